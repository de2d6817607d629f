/* SPDX-License-Identifier: MIT */
/*
 * Every format's test data as one list, for the programs that treat formats
 * alike and iterate the codec registry (<iommu_fault/codec.h>): the portable
 * runner, test_strict, test_codec, and the C++ and freestanding checks.
 *
 * A new format adds its vectors file here: one include and one entry of
 * iof_vec_sets.  tests/test_codec.c fails when a registry row has no vector
 * in these sets, or when a file of tests/vectors/ is not included here.
 */
#ifndef IOF_TEST_VECTORS_ALL_H
#define IOF_TEST_VECTORS_ALL_H

#include "vector.h"

#include "smmuv3.h"
#include "vtd.h"

static const struct iof_vec_set *const iof_vec_sets[] = {
	&iof_smmuv3_vec_set,
	&iof_vtd_vec_set,
};

#define IOF_VEC_SET_COUNT IOF_VEC_COUNT(iof_vec_sets)

#endif
