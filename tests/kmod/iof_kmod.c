// SPDX-License-Identifier: MIT
/*
 * iommu_fault inside a kernel module: <linux/iommu.h> and the library's
 * umbrella header in one translation unit, decoding a record in module init.
 * `make kmod-check` builds this with kbuild against the installed Debian
 * kernel headers; building it (not loading it) is the check.  It proves that
 * no iof_/IOF_ name collides with a kernel name and that the headers need
 * nothing from libc (a module cannot link against it).
 */
#include <linux/iommu.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include <iommu_fault/iommu_fault.h>

/* A C_BAD_STE event (IHI 0070 §7.3.5): event id 0x04, StreamID 0x2a. */
static const u8 iof_kmod_record[32] = {0x04, 0, 0, 0, 0x2a, 0, 0, 0};

static int __init iof_kmod_init(void)
{
	struct iof_fault f;
	struct iommu_fault kf; /* the kernel's own generic fault, in the same TU */
	int rc;

	rc = iof_smmuv3_event_decode(iof_kmod_record, sizeof(iof_kmod_record), IOF_DECODE_STRICT, &f);
	memset(&kf, 0, sizeof(kf));
	kf.prm.addr = f.addr; /* prm exists in every kernel since v5.3 */
	pr_info("iof_kmod: decode %d (%s): kind %s reason %s source_id %u addr %llx\n", rc, iof_strerror(rc),
		iof_kind_name(f.kind), iof_reason_name(f.reason), f.source_id, (unsigned long long)kf.prm.addr);
	return 0;
}

static void __exit iof_kmod_exit(void)
{
}

module_init(iof_kmod_init);
module_exit(iof_kmod_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("iommu_fault kernel build check");
