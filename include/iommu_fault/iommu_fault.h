/* SPDX-License-Identifier: MIT */
/**
 * @file iommu_fault.h
 * @brief Umbrella header: includes every public header of iommu_fault.
 *
 * `#include <iommu_fault/iommu_fault.h>` is all a user needs.  Each header
 * in include/iommu_fault/ is listed here (`make abi-check` fails when one
 * is missing): this is the one list of format headers, which the codec
 * registry (codec.h, last) gathers.  A new format is one line here.
 */
#ifndef IOMMU_FAULT_IOMMU_FAULT_H
#define IOMMU_FAULT_IOMMU_FAULT_H

#include "compat.h"
#include "fault.h"
#include "smmuv3.h"
#include "vtd.h"
/* the registry last: it reads the rows of the format headers above */
#include "codec.h"

#endif /* IOMMU_FAULT_IOMMU_FAULT_H */
