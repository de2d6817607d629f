/* SPDX-License-Identifier: MIT */
/*
 * IOF_CODEC_ROWS: every row of the codec registry as one list of
 * IOF_CODEC_ROW() calls, each followed by a comma -- the list codec.h builds
 * its table from.  A program that needs one definition per row (a direct-call
 * bench kernel, the enumerator name of a record type) redefines
 * IOF_CODEC_ROW() and expands this list; a program that only reads the rows
 * iterates iof_codec_at() instead.
 */
#ifndef IOF_TEST_REGISTRY_ROWS_H
#define IOF_TEST_REGISTRY_ROWS_H

#include "iommu_fault/codec.h"

#ifndef IOF_CODEC_ROWS
/* Until codec.h exports the list it gathers (the only place that names the formats). */
#define IOF_CODEC_ROWS IOF_SMMUV3_CODEC_ROWS IOF_VTD_CODEC_ROWS
#endif

#endif /* IOF_TEST_REGISTRY_ROWS_H */
