/* SPDX-License-Identifier: MIT */
/*
 * ABI layout check, compiled by `make abi-check` on every target and language
 * standard the machine has (tests/abi/run.sh).  Nothing here runs: a layout
 * difference on any target is a compile error.
 *
 * The offsets and sizes below are written from the documented layout
 * (docs/abi-policy.md), not copied from the asserts in fault.h, so a change to
 * a struct and to its own asserts in one commit is still caught here.  Every
 * value below is frozen for ABI v1.
 */
#include <iommu_fault/iommu_fault.h>

/* One assert per line: the C99 fallback of IOF_STATIC_ASSERT pastes __LINE__. */
#define ABI_MEMBER(type, member, off, sz)                                                                       \
	IOF_STATIC_ASSERT(offsetof(struct type, member) == (off) && sizeof(((struct type *)0)->member) == (sz), \
			  "ABI v1 layout of " #type "." #member)
#define ABI_SIZE(type, sz) IOF_STATIC_ASSERT(sizeof(struct type) == (sz), "ABI v1 size of " #type)
#define ABI_VALUE(name, v) IOF_STATIC_ASSERT((name) == (v), "ABI v1 value of " #name)

#ifdef IOF_ABI_SELFTEST
/* tests/abi/run.sh compiles this once per target and expects it to fail:
 * proof that IOF_STATIC_ASSERT really stops the build in that mode. */
ABI_MEMBER(iof_fault, addr, 36, 8);
#endif

/* ---- Version ---- */
ABI_VALUE(IOF_ABI_VERSION, 1);
ABI_VALUE(IOF_VERSION_NUMBER, IOF_VERSION_MAJOR * 10000 + IOF_VERSION_MINOR * 100 + IOF_VERSION_PATCH);

/* ---- struct iof_origin: 32 bytes ---- */
ABI_SIZE(iof_origin, 32);
ABI_MEMBER(iof_origin, record, 0, 2);
ABI_MEMBER(iof_origin, reserved0, 2, 2);
ABI_MEMBER(iof_origin, code, 4, 4);
ABI_MEMBER(iof_origin, detail, 8, 24);
ABI_MEMBER(iof_origin, detail[0], 8, 8);
ABI_MEMBER(iof_origin, detail[2], 24, 8);

/* ---- struct iof_fault: 128 bytes ---- */
ABI_VALUE(IOF_FAULT_SIZE_V1, 128u);
ABI_SIZE(iof_fault, 128);
ABI_MEMBER(iof_fault, size, 0, 4);
ABI_MEMBER(iof_fault, kind, 4, 1);
ABI_MEMBER(iof_fault, reason, 5, 1);
ABI_MEMBER(iof_fault, txn, 6, 1);
ABI_MEMBER(iof_fault, at, 7, 1);
ABI_MEMBER(iof_fault, flags, 8, 4);
ABI_MEMBER(iof_fault, perm, 12, 4);
ABI_MEMBER(iof_fault, source_id, 16, 4);
ABI_MEMBER(iof_fault, pasid, 20, 4);
ABI_MEMBER(iof_fault, grpid, 24, 4);
ABI_MEMBER(iof_fault, irq_index, 28, 4);
ABI_MEMBER(iof_fault, addr, 32, 8);
ABI_MEMBER(iof_fault, fetch_addr, 40, 8);
ABI_MEMBER(iof_fault, ipa, 48, 8);
ABI_MEMBER(iof_fault, length, 56, 4);
ABI_MEMBER(iof_fault, count, 60, 4);
ABI_MEMBER(iof_fault, origin, 64, 32);
ABI_MEMBER(iof_fault, origin.record, 64, 2);
ABI_MEMBER(iof_fault, origin.reserved0, 66, 2);
ABI_MEMBER(iof_fault, origin.code, 68, 4);
ABI_MEMBER(iof_fault, origin.detail, 72, 24);
ABI_MEMBER(iof_fault, reserved, 96, 32);
ABI_MEMBER(iof_fault, reserved[0], 96, 8);
ABI_MEMBER(iof_fault, reserved[3], 120, 8);

/* ---- struct iof_page_response: 48 bytes ---- */
ABI_VALUE(IOF_PAGE_RESPONSE_SIZE_V1, 48u);
ABI_SIZE(iof_page_response, 48);
ABI_MEMBER(iof_page_response, size, 0, 4);
ABI_MEMBER(iof_page_response, code, 4, 4);
ABI_MEMBER(iof_page_response, flags, 8, 4);
ABI_MEMBER(iof_page_response, source_id, 12, 4);
ABI_MEMBER(iof_page_response, pasid, 16, 4);
ABI_MEMBER(iof_page_response, grpid, 20, 4);
ABI_MEMBER(iof_page_response, record, 24, 2);
ABI_MEMBER(iof_page_response, reserved0, 26, 2);
ABI_MEMBER(iof_page_response, reserved1, 28, 4);
ABI_MEMBER(iof_page_response, detail, 32, 16);
ABI_MEMBER(iof_page_response, detail[1], 40, 8);

/* ---- Status codes ---- */
ABI_VALUE(IOF_OK, 0);
ABI_VALUE(IOF_E_SHORT, -1);
ABI_VALUE(IOF_E_CODE, -2);
ABI_VALUE(IOF_E_RESERVED, -3);
ABI_VALUE(IOF_E_RANGE, -4);
ABI_VALUE(IOF_E_UNSUPPORTED, -5);
ABI_VALUE(IOF_E_LOSSY, -6);
ABI_VALUE(IOF_E_2BIG, -7);
ABI_VALUE(IOF_E_SIZE, -8);
ABI_VALUE(IOF_E_INVAL, -9);
ABI_VALUE(IOF_E_EMPTY, -10);

/* ---- Formats and record types (format in the high byte) ---- */
ABI_VALUE(IOF_FMT_NONE, 0);
ABI_VALUE(IOF_FMT_SMMUV3, 1);
ABI_VALUE(IOF_FMT_VTD, 2);
ABI_VALUE(IOF_FMT_AMDVI, 3);
ABI_VALUE(IOF_FMT_RISCV, 4);
ABI_VALUE(IOF_FMT_VIRTIO, 5);
ABI_VALUE(IOF_FMT_IOMMUFD, 6);
ABI_VALUE(IOF_REC_NONE, 0);
ABI_VALUE(IOF_REC_SMMUV3_EVENT, 0x0101);
ABI_VALUE(IOF_REC_SMMUV3_PRI, 0x0102);
ABI_VALUE(IOF_REC_SMMUV3_CMD_PRI_RESP, 0x0110);
ABI_VALUE(IOF_REC_SMMUV3_CMD_RESUME, 0x0111);
ABI_VALUE(IOF_REC_SMMUV3_CMD_STALL_TERM, 0x0112);
ABI_VALUE(IOF_REC_VTD_FAULT, 0x0201);
ABI_VALUE(IOF_REC_VTD_PAGE_REQUEST, 0x0202);
ABI_VALUE(IOF_REC_VTD_PAGE_REQUEST_V2, 0x0203);
ABI_VALUE(IOF_REC_VTD_PAGE_GROUP_RESPONSE, 0x0210);
ABI_VALUE(IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2, 0x0211);
ABI_VALUE(IOF_REC_AMDVI_EVENT, 0x0301);
ABI_VALUE(IOF_REC_AMDVI_PPR, 0x0302);
ABI_VALUE(IOF_REC_AMDVI_CMD_COMPLETE_PPR, 0x0310);
ABI_VALUE(IOF_REC_RISCV_FAULT, 0x0401);
ABI_VALUE(IOF_REC_RISCV_PAGE_REQ, 0x0402);
ABI_VALUE(IOF_REC_RISCV_CMD_PRGR, 0x0410);
ABI_VALUE(IOF_REC_VIRTIO_FAULT, 0x0501);
ABI_VALUE(IOF_REC_IOMMUFD_PGFAULT, 0x0601);
ABI_VALUE(IOF_REC_IOMMUFD_VEVENT, 0x0602);
ABI_VALUE(IOF_REC_IOMMUFD_PAGE_RESP, 0x0610);

/* ---- Kinds, reasons, transactions, address types ---- */
ABI_VALUE(IOF_KIND_NONE, 0);
ABI_VALUE(IOF_KIND_DMA_FAULT, 1);
ABI_VALUE(IOF_KIND_PAGE_REQUEST, 2);
ABI_VALUE(IOF_KIND_STOP_MARKER, 3);
ABI_VALUE(IOF_KIND_IRQ_FAULT, 4);
ABI_VALUE(IOF_KIND_IOMMU_ERROR, 5);
ABI_VALUE(IOF_KIND_EVENT, 6);
ABI_VALUE(IOF_KIND_LOST, 7);
ABI_VALUE(IOF_REASON_NONE, 0);
ABI_VALUE(IOF_REASON_INTERNAL, 1);
ABI_VALUE(IOF_REASON_IMPDEF, 2);
ABI_VALUE(IOF_REASON_SOURCEID_INVALID, 3);
ABI_VALUE(IOF_REASON_DEVICE_CONTEXT_FETCH, 4);
ABI_VALUE(IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 5);
ABI_VALUE(IOF_REASON_PASID_FETCH, 6);
ABI_VALUE(IOF_REASON_BAD_PASID_ENTRY, 7);
ABI_VALUE(IOF_REASON_PASID_INVALID, 8);
ABI_VALUE(IOF_REASON_WALK_EABT, 9);
ABI_VALUE(IOF_REASON_PTE_FETCH, 10);
ABI_VALUE(IOF_REASON_PERMISSION, 11);
ABI_VALUE(IOF_REASON_ACCESS, 12);
ABI_VALUE(IOF_REASON_OOR_ADDRESS, 13);
ABI_VALUE(IOF_REASON_REQUEST_INVALID, 14);
ABI_VALUE(IOF_REASON_IRQ_INVALID, 15);
ABI_VALUE(IOF_REASON_IRQ_ENTRY_FETCH, 16);
ABI_VALUE(IOF_REASON_BAD_IRQ_ENTRY, 17);
ABI_VALUE(IOF_TXN_UNSPECIFIED, 0);
ABI_VALUE(IOF_TXN_MEMORY, 1);
ABI_VALUE(IOF_TXN_PAGE_REQUEST, 2);
ABI_VALUE(IOF_TXN_MESSAGE, 3);
ABI_VALUE(IOF_TXN_INTERRUPT, 4);
ABI_VALUE(IOF_TXN_INTERNAL, 5);
ABI_VALUE(IOF_AT_UNTRANSLATED, 0);
ABI_VALUE(IOF_AT_TRANSLATION, 1);
ABI_VALUE(IOF_AT_TRANSLATED, 2);
ABI_VALUE(IOF_AT_RESERVED, 3);

/* ---- Flag and access bits ---- */
ABI_VALUE(IOF_FLAG_FATAL, 0x001u);
ABI_VALUE(IOF_FLAG_SOURCE_ID_VALID, 0x002u);
ABI_VALUE(IOF_FLAG_PASID_VALID, 0x004u);
ABI_VALUE(IOF_FLAG_ADDR_VALID, 0x008u);
ABI_VALUE(IOF_FLAG_FETCH_ADDR_VALID, 0x010u);
ABI_VALUE(IOF_FLAG_IPA_VALID, 0x020u);
ABI_VALUE(IOF_FLAG_IRQ_INDEX_VALID, 0x040u);
ABI_VALUE(IOF_FLAG_STAGE2, 0x080u);
ABI_VALUE(IOF_FLAG_LAST, 0x100u);
ABI_VALUE(IOF_FLAG_NEEDS_PASID, 0x200u);
ABI_VALUE(IOF_FLAG_PRIV_DATA, 0x400u);
ABI_VALUE(IOF_FLAG_ALL_V1, 0x7ffu);
ABI_VALUE(IOF_PERM_READ, 0x1u);
ABI_VALUE(IOF_PERM_WRITE, 0x2u);
ABI_VALUE(IOF_PERM_EXEC, 0x4u);
ABI_VALUE(IOF_PERM_PRIV, 0x8u);
ABI_VALUE(IOF_PERM_ALL_V1, 0xfu);

/* ---- Page responses ---- */
ABI_VALUE(IOF_RESP_SUCCESS, 0);
ABI_VALUE(IOF_RESP_INVALID, 1);
ABI_VALUE(IOF_RESP_FAILURE, 2);
ABI_VALUE(IOF_RESP_FLAG_PASID_VALID, 0x1u);
ABI_VALUE(IOF_RESP_FLAG_RAZWI, 0x2u);
ABI_VALUE(IOF_RESP_FLAG_ALL_V1, 0x3u);

/* Keeps the translation unit non-empty and the structs used in every mode. */
int iof_abi_layout_check(void);
int iof_abi_layout_check(void)
{
	struct iof_fault f;
	iof_fault_init(&f);
	return (int)f.size;
}
