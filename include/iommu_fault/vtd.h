/* SPDX-License-Identifier: MIT */
/**
 * @file vtd.h
 * @brief Intel VT-d codec: fault recording register, page request
 *        descriptors (256-bit and VT-d 2.x 128-bit), page group response
 *        (VT-d 3.0+ and VT-d 2.x layouts).
 *
 * API at a glance (every record: `decode(rec, len, opts, &out)` and
 * `encode(&in, rec, cap, &lost)`, the calling contract of docs/abi-policy.md):
 *
 *     iof_vtd_fault_decode / _encode                        fault recording register, 16 bytes
 *     iof_vtd_page_request_decode / _encode                 page request descriptor, 32 bytes (3.0+)
 *     iof_vtd_page_request_v2_decode / _encode              page request descriptor, 16 bytes (2.x)
 *     iof_vtd_page_group_response_decode / _encode          page group response, 32 (or 16) bytes
 *     iof_vtd_page_group_response_v2_decode / _encode       page group response, 16 bytes (2.x)
 *     iof_vtd_fr_lookup / _mnemonic / _desc / _reason       the fault reason table, the spec's names
 *     iof_vtd_fr_defined / _is_irq / _qualified / _stage2   properties of a fault reason
 *     iof_vtd_*_defined_mask                                the defined bits (reserved = the rest)
 *     IOF_VTD_FAULT_*, IOF_VTD_PAGE_REQUEST_*, IOF_VTD_PAGE_GROUP_RESPONSE_*   field descriptors
 *     IOF_VTD_FR_*, IOF_VTD_RESP_*                          fault reason and response codes
 *     IOF_VTD_CODEC_ROWS                                    this header's rows of the registry (codec.h)
 *
 * Names ending in `_` are internal helpers, not API.
 *
 * Spec reference: Intel Virtualization Technology for Directed I/O,
 * Architecture Specification.  Section numbers below are the ones public
 * code and documentation cite (each comment says which), and every bit
 * position is cross-checked against at least two public readers of the records: Linux
 * (drivers/iommu/intel/dmar.c, iommu.h, prq.c), QEMU
 * (hw/i386/intel_iommu_internal.h), VirtualBox (include/VBox/iommu-intel.h),
 * Asterinas and Intel datasheets that copy the register description.
 * docs/vtd.md has the tables and every place the sources disagree.
 *
 * Records are little-endian byte strings, read as 64-bit words qw0..qw3.
 * Every hardware field is defined once below as IOF_FD(word, lsb, width);
 * decoders and encoders both use those definitions.  Each record's field
 * list is one X-macro (IOF_VTD_*_FIELDS), from which the defined-bit masks
 * are compile-time constants; reserved bits are their complement.
 *
 * What no generic field carries goes to iof_origin::detail, in the record's
 * own layout (bits in place), so that an encoder of the same record type
 * puts it back:
 * - fault record: detail[0] = qw0 bits outside FI (interrupt faults: outside
 *   FI[63:48]); detail[1] = qw1 reserved bits, PV when PP=0, and for
 *   interrupt faults every qw1 bit except SID, FR and F; detail[1] bit 63
 *   is F inverted (set for an empty slot, F=0, so that it re-encodes bit
 *   for bit; clear for every recorded fault); detail[2] = 0;
 * - 256-bit page request: detail[0] = qw0 reserved bits and PASID when
 *   PP=0; detail[1] = qw2, detail[2] = qw3 (Private Data);
 * - 128-bit page request: detail[0] = SRR, BOF, Private Data, and PASID
 *   when PP=0; detail[1] = detail[2] = 0;
 * - page group response: iof_page_response::detail[0..1] = qw2, qw3
 *   (Private Data) when PDP=1; when PDP=0, detail[0] = qw1 bit 2 in place
 *   (LPIG up to rev 3.x, Reserved since rev 4.0) and detail[1] = 0;
 * - VT-d 2.x page group response: detail[0] = qw1 bits outside Response
 *   Code and PRG index (Private Data, reserved bits), detail[1] = qw0
 *   reserved bits and PASID when PP=0.
 */
#ifndef IOMMU_FAULT_VTD_H
#define IOMMU_FAULT_VTD_H

#include "fault.h"

IOF_BEGIN_DECLS


/* ======================================================================== */
/** @name Record sizes
 * @{ */
/** @brief Fault recording register (FRCD_REG): 128 bits. */
#define IOF_VTD_FAULT_SIZE 16u
/** @brief Page request descriptor, VT-d 3.0 and later: 256 bits. */
#define IOF_VTD_PAGE_REQUEST_SIZE 32u
/** @brief Page request descriptor, VT-d 2.x: 128 bits. */
#define IOF_VTD_PAGE_REQUEST_V2_SIZE 16u
/** @brief Page group response in a 256-bit invalidation queue slot (16 bytes in a 128-bit queue). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_SIZE 32u
/** @brief Page group response in a 128-bit invalidation queue (IQA_REG.DW=0): qw0, qw1 only. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128 16u
/** @brief Page group response descriptor, VT-d 2.x layout: 128 bits. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE 16u
/** @brief Descriptor type of a page request descriptor (Type field, qw0[7:0]). */
#define IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ 0x01u
/** @brief Invalidation descriptor type of the page group response. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_TYPE 0x9u
/** @} */

/* ======================================================================== */
/**
 * @brief Fault reason (FR) codes.
 *
 * Spec: the fault-reason tables of ch. 7 (non-recoverable faults; QEMU cites
 * "7.1.2" for the scalable-mode codes of rev 3.0+).  Values and mnemonics checked
 * against VirtualBox VTDADDRFAULT / VTDINTRFAULT and Linux dmar.c.  Newer
 * revisions rename the first-/second-level groups SFL.n / SSL.n to SFS.n /
 * SSS.n ("first stage", "second stage"); the values did not change and
 * these names follow the newer letters.  Interrupt-remapping conditions have
 * no mnemonic in the sources above: their names follow QEMU's constants
 * (VirtualBox's for 0x27-0x29).
 */
enum iof_vtd_fr {
	IOF_VTD_FR_LRT_2 = 0x01,         /**< Root entry: Present clear. */
	IOF_VTD_FR_LCT_2 = 0x02,         /**< Context entry: Present clear. */
	IOF_VTD_FR_LCT_4 = 0x03,         /**< Context entry: invalid programming (LCT.4.x). */
	IOF_VTD_FR_LGN_1 = 0x04,         /**< Input address beyond the address width (LGN.1.x). */
	IOF_VTD_FR_LGN_2 = 0x05,         /**< Write without write permission in the PTE. */
	IOF_VTD_FR_LGN_3 = 0x06,         /**< Read without read permission in the PTE. */
	IOF_VTD_FR_LSL_1 = 0x07,         /**< Error accessing a second-level paging entry. */
	IOF_VTD_FR_LRT_1 = 0x08,         /**< Error accessing the root entry (RTADDR). */
	IOF_VTD_FR_LCT_1 = 0x09,         /**< Error accessing the context entry (CTP). */
	IOF_VTD_FR_LRT_3 = 0x0a,         /**< Root entry: reserved field set. */
	IOF_VTD_FR_LCT_3 = 0x0b,         /**< Context entry: reserved field set. */
	IOF_VTD_FR_LSL_2 = 0x0c,         /**< Second-level paging entry: reserved field set. */
	IOF_VTD_FR_LCT_5 = 0x0d,         /**< Translation (type) blocked by the context entry's TT. */
	IOF_VTD_FR_LGN_4 = 0x0e,         /**< Translated address in the interrupt range. */
	IOF_VTD_FR_IR_REQ_RSVD = 0x20,   /**< Interrupt request: reserved field set. */
	IOF_VTD_FR_IR_INDEX_OVER = 0x21, /**< Interrupt index beyond the IRTE table. */
	IOF_VTD_FR_IR_ENTRY_P = 0x22,    /**< IRTE: Present clear. */
	IOF_VTD_FR_IR_ROOT_INVAL = 0x23, /**< Error accessing the IRTE (IRTA_REG). */
	IOF_VTD_FR_IR_IRTE_RSVD = 0x24,  /**< IRTE: reserved field set. */
	IOF_VTD_FR_IR_REQ_COMPAT = 0x25, /**< Compatibility-format interrupt blocked. */
	IOF_VTD_FR_IR_SID_ERR = 0x26,    /**< Source-id verification failed. */
	IOF_VTD_FR_IR_PID_READ = 0x27,   /**< Error accessing the posted-interrupt descriptor. */
	IOF_VTD_FR_IR_PID_RSVD = 0x28,   /**< Posted-interrupt descriptor: reserved field set. */
	IOF_VTD_FR_IR_NO_PASID = 0x29,   /**< Untranslated interrupt request without PASID invalid. */
	IOF_VTD_FR_RTA_1 = 0x30,         /**< Invalid RTADDR_REG programming (RTA.1.x). */
	IOF_VTD_FR_RTA_2 = 0x31,         /**< Legacy mode (TTM=0) and request with PASID. */
	IOF_VTD_FR_RTA_3 = 0x32,         /**< Legacy mode (TTM=0) and page request. */
	IOF_VTD_FR_RTA_4 = 0x33,         /**< RTA.4 (meaning not confirmed). */
	IOF_VTD_FR_SRT_1 = 0x38,         /**< Error accessing a scalable-mode root entry. */
	IOF_VTD_FR_SRT_2 = 0x39,         /**< SM root entry: Present clear. */
	IOF_VTD_FR_SRT_3 = 0x3a,         /**< SM root entry: reserved field set. */
	IOF_VTD_FR_SCT_1 = 0x40,         /**< Error accessing a scalable-mode context entry. */
	IOF_VTD_FR_SCT_2 = 0x41,         /**< SM context entry: Present clear. */
	IOF_VTD_FR_SCT_3 = 0x42,         /**< SM context entry: reserved field set. */
	IOF_VTD_FR_SCT_4 = 0x43,         /**< SM context entry: invalid programming (SCT.4.x). */
	IOF_VTD_FR_SCT_5 = 0x44,         /**< SM context entry: DTE clear (ATS request). */
	IOF_VTD_FR_SCT_6 = 0x45,         /**< SM context entry: PASID Enable clear. */
	IOF_VTD_FR_SCT_7 = 0x46,         /**< PASID larger than the context entry allows. */
	IOF_VTD_FR_SCT_8 = 0x47,         /**< SM context entry: PRE clear (page request). */
	IOF_VTD_FR_SCT_9 = 0x48,         /**< SM context entry: RID_PASID field error. */
	IOF_VTD_FR_SPD_1 = 0x50,         /**< Error accessing a PASID directory entry. */
	IOF_VTD_FR_SPD_2 = 0x51,         /**< PASID directory entry: Present clear. */
	IOF_VTD_FR_SPD_3 = 0x52,         /**< PASID directory entry: reserved field set. */
	IOF_VTD_FR_SPT_1 = 0x58,         /**< Error accessing a PASID table entry. */
	IOF_VTD_FR_SPT_2 = 0x59,         /**< PASID table entry: Present clear. */
	IOF_VTD_FR_SPT_3 = 0x5a,         /**< PASID table entry: reserved field set. */
	IOF_VTD_FR_SPT_4 = 0x5b,         /**< PASID table entry: invalid programming (SPT.4.x). */
	IOF_VTD_FR_SPT_5 = 0x5c,         /**< PASID table entry: ERE clear (execute request). */
	IOF_VTD_FR_SPT_6 = 0x5d,         /**< PASID table entry: SRE clear (supervisor request). */
	IOF_VTD_FR_SFS_1 = 0x70,         /**< Error accessing a first-stage paging entry (was SFL.1). */
	IOF_VTD_FR_SFS_2 = 0x71,         /**< First-stage paging entry: Present clear. */
	IOF_VTD_FR_SFS_3 = 0x72,         /**< First-stage paging entry: reserved field set. */
	IOF_VTD_FR_SFS_4 = 0x73,         /**< Error accessing the top-level first-stage entry. */
	IOF_VTD_FR_SFS_5 = 0x74,         /**< Nested: first-stage entry address beyond MGAW. */
	IOF_VTD_FR_SFS_6 = 0x75,         /**< Nested: read permission error on the top-level first-stage entry. */
	IOF_VTD_FR_SFS_7 = 0x76,         /**< Nested: read permission error on a first-stage entry. */
	IOF_VTD_FR_SFS_8 = 0x77,         /**< Nested: write permission error on a first-stage entry. */
	IOF_VTD_FR_SSS_1 = 0x78,         /**< Error accessing a second-stage paging entry (was SSL.1). */
	IOF_VTD_FR_SSS_2 = 0x79,         /**< Second-stage paging entry: read/write permission error. */
	IOF_VTD_FR_SSS_3 = 0x7a,         /**< Second-stage paging entry: reserved field set. */
	IOF_VTD_FR_SSS_4 = 0x7b,         /**< Invalid second-stage page-table pointer. */
	IOF_VTD_FR_SSS_5 = 0x7c,         /**< A/D update needed in a no-snoop second-stage entry. */
	IOF_VTD_FR_SSS_6 = 0x7d,         /**< SSS.6 (meaning not confirmed). */
	IOF_VTD_FR_SGN_1 = 0x80,         /**< Input address not canonical (first stage). */
	IOF_VTD_FR_SGN_2 = 0x81,         /**< User request to a supervisor-only first-stage page. */
	IOF_VTD_FR_SGN_3 = 0x82,         /**< No execute permission. */
	IOF_VTD_FR_SGN_4 = 0x83,         /**< Address beyond the hardware maximum (SGN.4.x). */
	IOF_VTD_FR_SGN_5 = 0x84,         /**< Second-stage entry address beyond the maximum. */
	IOF_VTD_FR_SGN_6 = 0x85,         /**< No write permission (Write / AtomicOp). */
	IOF_VTD_FR_SGN_7 = 0x86,         /**< No read permission (Read / AtomicOp). */
	IOF_VTD_FR_SGN_8 = 0x87,         /**< Translated address in the interrupt range. */
	IOF_VTD_FR_SGN_9 = 0x88,         /**< SGN.9 (meaning not confirmed). */
	IOF_VTD_FR_SGN_10 = 0x89,        /**< SGN.10 (meaning not confirmed). */
	IOF_VTD_FR_SFS_9 = 0x90,         /**< A/D update needed in a no-snoop first-stage entry. */
	IOF_VTD_FR_SFS_10 = 0x91         /**< First-stage A/D bit update failed. */
};

/** @name Reason-table flags (struct iof_vtd_fr_info::flags)
 * @{ */
#define IOF_VTD_FRF_IRQ 0x01u         /**< Interrupt-remapping class: FI holds an interrupt index. */
#define IOF_VTD_FRF_QUALIFIED 0x02u   /**< Qualified: reporting can be suppressed by an FPD bit. */
#define IOF_VTD_FRF_STAGE2 0x04u      /**< Second-stage fault (SSS.*, SFS.5-8, SGN.5): decoded with #IOF_FLAG_STAGE2. */
#define IOF_VTD_FRF_UNCONFIRMED 0x08u /**< The condition is not stated by the sources this header cites. */
/** @} */

/** @brief One row of the fault reason table (all rows: docs/vtd.md). */
struct iof_vtd_fr_info {
	uint8_t fr;           /**< Fault reason code. */
	uint8_t reason;       /**< enum iof_reason it decodes to. */
	uint8_t flags;        /**< IOF_VTD_FRF_* bits. */
	uint8_t reserved;     /**< Zero. */
	const char *mnemonic; /**< Spec mnemonic ("LCT.2", "SFS.1"), or the enumerator's name for IR codes. */
	const char *desc;     /**< One-line description. */
};

/* ======================================================================== */
/** @name Fault recording register fields (128 bits: qw0 = bits 63:0, qw1 = bits 127:64)
 *
 * Spec: §11.4.14 "Fault Recording Registers [n]" (the register chapter is
 * ch. 11 in rev 3.x and later, and QEMU cites 11.4.11.3 for PQA_REG in the same chapter).  Positions checked
 * against Linux iommu.h dma_frcd_*, VirtualBox VTD_BF_0/1_FRCD_REG_*,
 * Asterinas fault.rs and the Intel 7th-gen Core datasheet (FRCDL/FRCDH).
 * @{ */
#define IOF_VTD_FAULT_FI IOF_FD(0, 12, 52)        /**< FI: faulting page address, bits 63:12 (DMA reasons). */
#define IOF_VTD_FAULT_IRQ_INDEX IOF_FD(0, 48, 16) /**< FI[63:48]: interrupt index (interrupt-remapping reasons). */
#define IOF_VTD_FAULT_SID IOF_FD(1, 0, 16)        /**< SID: source (requester) ID, bus[15:8] devfn[7:0]. */
#define IOF_VTD_FAULT_T2 IOF_FD(1, 28, 1)         /**< T2: type bit 2 (VT-d 3.0+; reserved before). */
#define IOF_VTD_FAULT_PRIV IOF_FD(1, 29, 1)       /**< PRIV: privileged-mode request. */
#define IOF_VTD_FAULT_EXE IOF_FD(1, 30, 1)        /**< EXE: execute permission requested. */
#define IOF_VTD_FAULT_PP IOF_FD(1, 31, 1)         /**< PP: PASID present. */
#define IOF_VTD_FAULT_FR IOF_FD(1, 32, 8)         /**< FR: fault reason. */
#define IOF_VTD_FAULT_PV IOF_FD(1, 40, 20)        /**< PV: PASID value (20 bits). */
#define IOF_VTD_FAULT_AT IOF_FD(1, 60, 2)         /**< AT: PCIe address type of the request. */
#define IOF_VTD_FAULT_T1 IOF_FD(1, 62, 1)         /**< T1 ("T" before 3.0): type bit 1. */
#define IOF_VTD_FAULT_F IOF_FD(1, 63, 1)          /**< F: fault recorded (record valid). */
/** @} */

/** @name Page request descriptor fields, 256 bits (VT-d 3.0+)
 *
 * Spec: §7.4.1.1 "Page Request Descriptor" (section number as cited by
 * QEMU's PRI series).  Positions checked against Linux
 * prq.c struct page_req_dsc, iommu.h decode_prq_descriptor and QEMU
 * VTD_PRD_*.  PDP and qw2/qw3 are rev 3.x (reserved since rev 4.0).
 * @{ */
#define IOF_VTD_PAGE_REQUEST_TYPE IOF_FD(0, 0, 8)        /**< Type: 0x01. */
#define IOF_VTD_PAGE_REQUEST_PP IOF_FD(0, 8, 1)          /**< PP: PASID present. */
#define IOF_VTD_PAGE_REQUEST_PDP IOF_FD(0, 9, 1)         /**< PDP: private data present (rev 3.x). */
#define IOF_VTD_PAGE_REQUEST_RID IOF_FD(0, 16, 16)       /**< RID: requester ID. */
#define IOF_VTD_PAGE_REQUEST_PASID IOF_FD(0, 32, 20)     /**< PASID. */
#define IOF_VTD_PAGE_REQUEST_EXE IOF_FD(0, 52, 1)        /**< EXE: execute requested. */
#define IOF_VTD_PAGE_REQUEST_PM IOF_FD(0, 53, 1)         /**< PM: privileged mode requested. */
#define IOF_VTD_PAGE_REQUEST_RD IOF_FD(1, 0, 1)          /**< RD: read requested. */
#define IOF_VTD_PAGE_REQUEST_WR IOF_FD(1, 1, 1)          /**< WR: write requested. */
#define IOF_VTD_PAGE_REQUEST_LPIG IOF_FD(1, 2, 1)        /**< LPIG: last page in group. */
#define IOF_VTD_PAGE_REQUEST_PRGI IOF_FD(1, 3, 9)        /**< PRG index: page request group index. */
#define IOF_VTD_PAGE_REQUEST_ADDR IOF_FD(1, 12, 52)      /**< Address: page address, bits 63:12. */
#define IOF_VTD_PAGE_REQUEST_PRIV_DATA0 IOF_FD(2, 0, 64) /**< Private Data, low word (rev 3.x). */
#define IOF_VTD_PAGE_REQUEST_PRIV_DATA1 IOF_FD(3, 0, 64) /**< Private Data, high word (rev 3.x). */
/** @} */

/** @name Page request descriptor fields, 128 bits (VT-d 2.x)
 *
 * Spec: VT-d rev 2.x page request descriptor; layout from Linux v4.4
 * drivers/iommu/intel-svm.c struct page_req_dsc (16-byte queue entries).
 * @{ */
#define IOF_VTD_PAGE_REQUEST_V2_SRR IOF_FD(0, 0, 1)         /**< SRR: stream response requested. */
#define IOF_VTD_PAGE_REQUEST_V2_BOF IOF_FD(0, 1, 1)         /**< BOF: blocked on fault. */
#define IOF_VTD_PAGE_REQUEST_V2_PP IOF_FD(0, 2, 1)          /**< PP: PASID present. */
#define IOF_VTD_PAGE_REQUEST_V2_LPIG IOF_FD(0, 3, 1)        /**< LPIG: last page in group. */
#define IOF_VTD_PAGE_REQUEST_V2_PASID IOF_FD(0, 4, 20)      /**< PASID. */
#define IOF_VTD_PAGE_REQUEST_V2_BUS IOF_FD(0, 24, 8)        /**< Bus number (RID[15:8]). */
#define IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA IOF_FD(0, 32, 23) /**< Private data (echoed in the response). */
#define IOF_VTD_PAGE_REQUEST_V2_PRGI IOF_FD(0, 55, 9)       /**< PRG index. */
#define IOF_VTD_PAGE_REQUEST_V2_RD IOF_FD(1, 0, 1)          /**< RD: read requested. */
#define IOF_VTD_PAGE_REQUEST_V2_WR IOF_FD(1, 1, 1)          /**< WR: write requested. */
#define IOF_VTD_PAGE_REQUEST_V2_EXE IOF_FD(1, 2, 1)         /**< EXE: execute requested. */
#define IOF_VTD_PAGE_REQUEST_V2_PRIV IOF_FD(1, 3, 1)        /**< PRIV: privileged mode requested. */
#define IOF_VTD_PAGE_REQUEST_V2_DEVFN IOF_FD(1, 4, 8)       /**< devfn (RID[7:0]). */
#define IOF_VTD_PAGE_REQUEST_V2_ADDR IOF_FD(1, 12, 52)      /**< Address: page address, bits 63:12. */
/** @} */

/** @name Page group response descriptor fields (invalidation queue type 0x9)
 *
 * Spec: §6.5.2 invalidation descriptors, page group response subsection.
 * Positions checked against Linux iommu.h QI_PGRP_* and QEMU
 * VTD_INV_DESC_PGRESP_*; Type[6:4] position from VirtualBox
 * VTD_BF_0_GENERIC_INV_DSC_TYPE_HI.
 * @{ */
#define IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO IOF_FD(0, 0, 4) /**< Type[3:0]: 0x9. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PP IOF_FD(0, 4, 1)      /**< PP: PASID present. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PDP IOF_FD(0, 5, 1)     /**< PDP: private data present (rev 3.x). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_HI IOF_FD(0, 9, 3) /**< Type[6:4]: 0 for this descriptor. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_RC IOF_FD(0, 12, 4)     /**< Response code (PCIe PRG response code). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_RID IOF_FD(0, 16, 16)   /**< RID: requester ID the response goes to. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PASID IOF_FD(0, 32, 20) /**< PASID. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_LPIG \
	IOF_FD(1, 2, 1) /**< LPIG: last page in group (up to rev 3.x; Reserved since rev 4.0). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PRGI IOF_FD(1, 3, 9)        /**< PRG index. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA0 IOF_FD(2, 0, 64) /**< Private Data, low word (rev 3.x). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA1 IOF_FD(3, 0, 64) /**< Private Data, high word (rev 3.x). */
/** @} */

/** @name Page group response descriptor fields, VT-d 2.x layout (128 bits)
 *
 * Spec: VT-d rev 2.x page group response; positions follow Linux
 * v4.4-v4.19 include/linux/intel-iommu.h QI_PGRP_*.
 * qw0 is the 3.0+ layout without PDP and Response Code: Type[3:0] 0x9, PP,
 * RID and PASID at the same positions (#IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO,
 * #IOF_VTD_PAGE_GROUP_RESPONSE_PP, #IOF_VTD_PAGE_GROUP_RESPONSE_RID, #IOF_VTD_PAGE_GROUP_RESPONSE_PASID).  qw1 differs:
 * positions from Linux v4.4-v4.19 include/linux/intel-iommu.h
 * (QI_PGRP_RESP_CODE, QI_PGRP_PRIV << 32, QI_PGRP_IDX << 55) as written by
 * drivers/iommu/intel-svm.c prq_event_thread.
 * @{ */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC IOF_FD(1, 0, 4) /**< Response code (PCIe PRG response code). */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRIV_DATA \
	IOF_FD(1, 32, 23)                                    /**< Private data, echoed from the 2.x page request. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI IOF_FD(1, 55, 9) /**< PRG index. */
/** @} */

/** @name Page group response codes (the PCIe PRG response codes)
 * @{ */
#define IOF_VTD_RESP_SUCCESS 0x0u /**< Success. */
#define IOF_VTD_RESP_INVALID 0x1u /**< Invalid Request. */
#define IOF_VTD_RESP_FAILURE 0xfu /**< Response Failure. */
/** @cond IOF_INTERNAL */
/* Bit n set: code n is defined (both page group response layouts). */
#define IOF_VTD_RESP_DEFINED_ (1u << IOF_VTD_RESP_SUCCESS | 1u << IOF_VTD_RESP_INVALID | 1u << IOF_VTD_RESP_FAILURE)
/* Code -> enum iof_resp_code: 0x0 and 0x1 have the same values (checked by
 * tests/test_vtd.c); any other code is FAILURE, which PCIe receivers assume. */
#define IOF_VTD_RESP_TO_GENERIC_(hw) ((hw) <= IOF_VTD_RESP_INVALID ? (hw) : (uint32_t)IOF_RESP_FAILURE)
/** @endcond */
/** @} */

/* ======================================================================== */
/** @name Field lists and masks
 * Each record's field list appears once, here, as an X-macro over the
 * descriptors above; the defined-bit masks are integer constant expressions
 * built from it (#IOF_FD_MASK), so they cost nothing at run time.  Reserved
 * bits are the complement of the listed fields.
 * @{ */

/** @brief Every field of the fault recording register: `X(fd, arg)` once per field (FI[63:48] is part of FI). */
#define IOF_VTD_FAULT_FIELDS(X, arg) \
	X(IOF_VTD_FAULT_FI, arg)     \
	X(IOF_VTD_FAULT_SID, arg)    \
	X(IOF_VTD_FAULT_T2, arg)     \
	X(IOF_VTD_FAULT_PRIV, arg)   \
	X(IOF_VTD_FAULT_EXE, arg)    \
	X(IOF_VTD_FAULT_PP, arg)     \
	X(IOF_VTD_FAULT_FR, arg)     \
	X(IOF_VTD_FAULT_PV, arg)     \
	X(IOF_VTD_FAULT_AT, arg)     \
	X(IOF_VTD_FAULT_T1, arg)     \
	X(IOF_VTD_FAULT_F, arg)
/** @brief Every field of the 256-bit page request descriptor. */
#define IOF_VTD_PAGE_REQUEST_FIELDS(X, arg)     \
	X(IOF_VTD_PAGE_REQUEST_TYPE, arg)       \
	X(IOF_VTD_PAGE_REQUEST_PP, arg)         \
	X(IOF_VTD_PAGE_REQUEST_PDP, arg)        \
	X(IOF_VTD_PAGE_REQUEST_RID, arg)        \
	X(IOF_VTD_PAGE_REQUEST_PASID, arg)      \
	X(IOF_VTD_PAGE_REQUEST_EXE, arg)        \
	X(IOF_VTD_PAGE_REQUEST_PM, arg)         \
	X(IOF_VTD_PAGE_REQUEST_RD, arg)         \
	X(IOF_VTD_PAGE_REQUEST_WR, arg)         \
	X(IOF_VTD_PAGE_REQUEST_LPIG, arg)       \
	X(IOF_VTD_PAGE_REQUEST_PRGI, arg)       \
	X(IOF_VTD_PAGE_REQUEST_ADDR, arg)       \
	X(IOF_VTD_PAGE_REQUEST_PRIV_DATA0, arg) \
	X(IOF_VTD_PAGE_REQUEST_PRIV_DATA1, arg)
/** @brief Every field of the 128-bit (VT-d 2.x) page request descriptor. */
#define IOF_VTD_PAGE_REQUEST_V2_FIELDS(X, arg)    \
	X(IOF_VTD_PAGE_REQUEST_V2_SRR, arg)       \
	X(IOF_VTD_PAGE_REQUEST_V2_BOF, arg)       \
	X(IOF_VTD_PAGE_REQUEST_V2_PP, arg)        \
	X(IOF_VTD_PAGE_REQUEST_V2_LPIG, arg)      \
	X(IOF_VTD_PAGE_REQUEST_V2_PASID, arg)     \
	X(IOF_VTD_PAGE_REQUEST_V2_BUS, arg)       \
	X(IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA, arg) \
	X(IOF_VTD_PAGE_REQUEST_V2_PRGI, arg)      \
	X(IOF_VTD_PAGE_REQUEST_V2_RD, arg)        \
	X(IOF_VTD_PAGE_REQUEST_V2_WR, arg)        \
	X(IOF_VTD_PAGE_REQUEST_V2_EXE, arg)       \
	X(IOF_VTD_PAGE_REQUEST_V2_PRIV, arg)      \
	X(IOF_VTD_PAGE_REQUEST_V2_DEVFN, arg)     \
	X(IOF_VTD_PAGE_REQUEST_V2_ADDR, arg)
/** @brief Every field of the page group response descriptor. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS(X, arg)     \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO, arg)    \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PP, arg)         \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PDP, arg)        \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_HI, arg)    \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_RC, arg)         \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_RID, arg)        \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PASID, arg)      \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_LPIG, arg)       \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PRGI, arg)       \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA0, arg) \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA1, arg)
/** @brief Every field of the VT-d 2.x page group response descriptor. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS(X, arg)    \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO, arg)      \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PP, arg)           \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_RID, arg)          \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_PASID, arg)        \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC, arg)        \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRIV_DATA, arg) \
	X(IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI, arg)

/** @cond IOF_INTERNAL */
#define IOF_VTD_OR_IN_WORD_(fd, word) | (IOF_FD_WORD(fd) == (word) ? IOF_FD_MASK(fd) : (uint64_t)0)
/** @endcond */
/** @brief Defined bits of word @p word of a record whose field list is @p FIELDS (a constant expression). */
#define IOF_VTD_DEFINED(FIELDS, word) ((uint64_t)0 FIELDS(IOF_VTD_OR_IN_WORD_, word))

/** @cond IOF_INTERNAL */
/* The fault record's qw1 bits an interrupt-remapping fault decodes: the rest go to detail[1]. */
#define IOF_VTD_FAULT_IRQ_QW1_ \
	(IOF_FD_MASK(IOF_VTD_FAULT_SID) | IOF_FD_MASK(IOF_VTD_FAULT_FR) | IOF_FD_MASK(IOF_VTD_FAULT_F))
/* The 2.x page group response's qw1 bits no generic field carries: Private Data and reserved bits. */
#define IOF_VTD_PAGE_GROUP_RESPONSE_V2_KEEP1_ \
	(~(IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC) | IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI)))
/* The 2.x page request's qw0 bits no generic field carries: SRR, BOF, Private Data (and reserved bits, if any). */
#define IOF_VTD_PAGE_REQUEST_V2_KEEP0_                                                         \
	(IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_SRR) | IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_BOF) | \
	 IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA) | ~IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_V2_FIELDS, 0))
/** @endcond */

/**
 * @brief Defined bits of word @p word of the fault recording register.
 * @param word 0 or 1
 * @param irq  non-zero for an interrupt-remapping reason: FI is then only FI[63:48]
 */
IOF_API uint64_t iof_vtd_fault_defined_mask(unsigned word, int irq)
{
	if (word == 0)
		return irq ? IOF_FD_MASK(IOF_VTD_FAULT_IRQ_INDEX) : IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 0);
	return word == 1 ? IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 1) : 0;
}

/** @brief Defined bits of word @p word (0..3) of the 256-bit page request descriptor. */
IOF_API uint64_t iof_vtd_page_request_defined_mask(unsigned word)
{
	static const uint64_t m[4] = {
		IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 0), IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 1),
		IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 2), IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 3)};
	return word < 4 ? m[word] : 0;
}

/** @brief Defined bits of word @p word (0..1) of the 128-bit (VT-d 2.x) page request descriptor. */
IOF_API uint64_t iof_vtd_page_request_v2_defined_mask(unsigned word)
{
	if (word == 0)
		return IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_V2_FIELDS, 0);
	return word == 1 ? IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_V2_FIELDS, 1) : 0;
}

/** @brief Defined bits of word @p word (0..3) of the page group response descriptor. */
IOF_API uint64_t iof_vtd_page_group_response_defined_mask(unsigned word)
{
	static const uint64_t m[4] = {IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 0),
				      IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 1),
				      IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 2),
				      IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 3)};
	return word < 4 ? m[word] : 0;
}

/** @brief Defined bits of word @p word (0..1) of the VT-d 2.x page group response descriptor. */
IOF_API uint64_t iof_vtd_page_group_response_v2_defined_mask(unsigned word)
{
	if (word == 0)
		return IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 0);
	return word == 1 ? IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 1) : 0;
}
/** @} */

/* ======================================================================== */
/** @name Fault reason table
 * @{ */

/** @cond IOF_INTERNAL */
/* Rows of undefined codes (all zero: reason NONE marks an undefined code). */
#define IOF_VTD_FR_NONE_                       \
	{                                      \
		0, 0, 0, 0, IOF_NULL, IOF_NULL \
	}
#define IOF_VTD_FR_NONE2_ IOF_VTD_FR_NONE_, IOF_VTD_FR_NONE_
#define IOF_VTD_FR_NONE4_ IOF_VTD_FR_NONE2_, IOF_VTD_FR_NONE2_
#define IOF_VTD_FR_NONE16_ IOF_VTD_FR_NONE4_, IOF_VTD_FR_NONE4_, IOF_VTD_FR_NONE4_, IOF_VTD_FR_NONE4_

/*
 * The reason table: row FR for every 8-bit FR, so that one indexed load
 * answers every question about a code (no search, no branch).  An undefined
 * code's row is all zero (reason NONE, no names).  One table drives
 * decoding, encoding, the names and docs/vtd.md.  Reason choices follow
 * docs/reasons.md ("route the fault"); the "qualified" basis per code is in
 * docs/vtd.md (Q = QEMU vtd_qualified_faults[], C = the spec's class
 * statement quoted in qemu-devel, V = VirtualBox vtdIrFaultIsQualified(),
 * R = detected before any FPD bit can be read).  tests/test_vtd.c checks that
 * row n holds FR n.
 */
IOF_API const struct iof_vtd_fr_info *iof_vtd_fr_row_(uint32_t fr)
{
	static const struct iof_vtd_fr_info t[256] = {
		IOF_VTD_FR_NONE_, /* 0x00: undefined */
		/* Legacy-mode DMA remapping; qualified column from QEMU (Q). */
		{0x01, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, "LRT.2", "root entry present bit is clear"},
		{0x02, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "LCT.2",
		 "context entry present bit is clear"},
		{0x03, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "LCT.4",
		 "context entry is invalid"},
		{0x04, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "LGN.1",
		 "access beyond the guest address width (MGAW)"},
		{0x05, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "LGN.2",
		 "write not allowed: PTE write access is not set"},
		{0x06, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "LGN.3",
		 "read not allowed: PTE read access is not set"},
		{0x07, IOF_REASON_WALK_EABT, IOF_VTD_FRF_QUALIFIED, 0, "LSL.1",
		 "next page-table pointer is invalid (paging entry read failed)"},
		{0x08, IOF_REASON_DEVICE_CONTEXT_FETCH, 0, 0, "LRT.1",
		 "root table address is invalid (root entry read failed)"},
		{0x09, IOF_REASON_DEVICE_CONTEXT_FETCH, 0, 0, "LCT.1",
		 "context table pointer is invalid (context entry read failed)"},
		{0x0a, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, "LRT.3", "reserved field set in the root entry"},
		{0x0b, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, "LCT.3", "reserved field set in the context entry"},
		{0x0c, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "LSL.2",
		 "reserved field set in a page-table entry"},
		{0x0d, IOF_REASON_REQUEST_INVALID, IOF_VTD_FRF_QUALIFIED, 0, "LCT.5",
		 "translation request blocked by the context entry's translation type"},
		{0x0e, IOF_REASON_OOR_ADDRESS, IOF_VTD_FRF_QUALIFIED, 0, "LGN.4",
		 "translated address lies in the interrupt address range"},
		/* Interrupt remapping; qualified where the IRTE's FPD applies (V, Q). */
		IOF_VTD_FR_NONE16_,
		IOF_VTD_FR_NONE_, /* 0x0f-0x1f: undefined */
		{0x20, IOF_REASON_IRQ_INVALID, IOF_VTD_FRF_IRQ, 0, "IR_REQ_RSVD",
		 "reserved field set in the remappable interrupt request"},
		{0x21, IOF_REASON_IRQ_INVALID, IOF_VTD_FRF_IRQ, 0, "IR_INDEX_OVER",
		 "interrupt index beyond the interrupt-remapping table size"},
		{0x22, IOF_REASON_BAD_IRQ_ENTRY, IOF_VTD_FRF_IRQ | IOF_VTD_FRF_QUALIFIED, 0, "IR_ENTRY_P",
		 "IRTE present bit is clear"},
		{0x23, IOF_REASON_IRQ_ENTRY_FETCH, IOF_VTD_FRF_IRQ, 0, "IR_ROOT_INVAL",
		 "error reading the interrupt-remapping table at IRTA_REG"},
		{0x24, IOF_REASON_BAD_IRQ_ENTRY, IOF_VTD_FRF_IRQ | IOF_VTD_FRF_QUALIFIED, 0, "IR_IRTE_RSVD",
		 "reserved field set in the IRTE"},
		{0x25, IOF_REASON_IRQ_INVALID, IOF_VTD_FRF_IRQ, 0, "IR_REQ_COMPAT",
		 "compatibility-format interrupt request blocked"},
		{0x26, IOF_REASON_IRQ_INVALID, IOF_VTD_FRF_IRQ | IOF_VTD_FRF_QUALIFIED, 0, "IR_SID_ERR",
		 "interrupt request blocked: source-id verification failed"},
		{0x27, IOF_REASON_IRQ_ENTRY_FETCH, IOF_VTD_FRF_IRQ | IOF_VTD_FRF_QUALIFIED, 0, "IR_PID_READ",
		 "error reading the posted-interrupt descriptor"},
		{0x28, IOF_REASON_BAD_IRQ_ENTRY, IOF_VTD_FRF_IRQ | IOF_VTD_FRF_QUALIFIED, 0, "IR_PID_RSVD",
		 "reserved field set in the posted-interrupt descriptor"},
		{0x29, IOF_REASON_IRQ_INVALID, IOF_VTD_FRF_IRQ, 0, "IR_NO_PASID",
		 "untranslated interrupt request without PASID is invalid"},
		/* Scalable mode: RTA and SRT are checked before any FPD bit (R). */
		IOF_VTD_FR_NONE4_,
		IOF_VTD_FR_NONE2_, /* 0x2a-0x2f: undefined */
		{0x30, IOF_REASON_INTERNAL, 0, 0, "RTA.1", "invalid root table address programming (RTADDR_REG)"},
		{0x31, IOF_REASON_REQUEST_INVALID, 0, 0, "RTA.2",
		 "legacy translation mode (TTM=0) for a request with PASID"},
		{0x32, IOF_REASON_REQUEST_INVALID, 0, 0, "RTA.3", "legacy translation mode (TTM=0) for a page request"},
		{0x33, IOF_REASON_INTERNAL, IOF_VTD_FRF_UNCONFIRMED, 0, "RTA.4",
		 "root table address fault RTA.4 (meaning not confirmed)"},
		IOF_VTD_FR_NONE4_, /* 0x34-0x37: undefined */
		{0x38, IOF_REASON_DEVICE_CONTEXT_FETCH, 0, 0, "SRT.1", "error reading a scalable-mode root entry"},
		{0x39, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, "SRT.2",
		 "scalable-mode root entry present bit is clear"},
		{0x3a, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, "SRT.3",
		 "reserved field set in a scalable-mode root entry"},
		/* SCT, SPD, SPT, SFS, SSS, SGN: qualified by the spec's class statement (C). */
		IOF_VTD_FR_NONE4_,
		IOF_VTD_FR_NONE_, /* 0x3b-0x3f: undefined */
		{0x40, IOF_REASON_DEVICE_CONTEXT_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SCT.1",
		 "error reading a scalable-mode context entry"},
		{0x41, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SCT.2",
		 "scalable-mode context entry present bit is clear"},
		{0x42, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SCT.3",
		 "reserved field set in a scalable-mode context entry"},
		{0x43, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SCT.4",
		 "scalable-mode context entry is invalid"},
		{0x44, IOF_REASON_REQUEST_INVALID, IOF_VTD_FRF_QUALIFIED, 0, "SCT.5",
		 "device-TLB enable (DTE) is clear in the context entry"},
		{0x45, IOF_REASON_PASID_INVALID, IOF_VTD_FRF_QUALIFIED, 0, "SCT.6",
		 "PASID enable is clear in the context entry"},
		{0x46, IOF_REASON_PASID_INVALID, IOF_VTD_FRF_QUALIFIED, 0, "SCT.7",
		 "PASID is larger than the context entry allows"},
		{0x47, IOF_REASON_REQUEST_INVALID, IOF_VTD_FRF_QUALIFIED, 0, "SCT.8",
		 "page request enable (PRE) is clear in the context entry"},
		{0x48, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SCT.9",
		 "RID_PASID field error in the context entry"},
		IOF_VTD_FR_NONE4_,
		IOF_VTD_FR_NONE2_,
		IOF_VTD_FR_NONE_, /* 0x49-0x4f: undefined */
		{0x50, IOF_REASON_PASID_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SPD.1",
		 "error reading a PASID directory entry"},
		{0x51, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SPD.2",
		 "PASID directory entry present bit is clear"},
		{0x52, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SPD.3",
		 "reserved field set in a PASID directory entry"},
		IOF_VTD_FR_NONE4_,
		IOF_VTD_FR_NONE_, /* 0x53-0x57: undefined */
		{0x58, IOF_REASON_PASID_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SPT.1", "error reading a PASID table entry"},
		{0x59, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SPT.2",
		 "PASID table entry present bit is clear"},
		{0x5a, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SPT.3",
		 "reserved field set in a PASID table entry"},
		{0x5b, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED, 0, "SPT.4",
		 "scalable-mode PASID table entry is invalid"},
		{0x5c, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SPT.5",
		 "execute requests enable (ERE) is clear in the PASID table entry"},
		{0x5d, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SPT.6",
		 "supervisor requests enable (SRE) is clear in the PASID table entry"},
		IOF_VTD_FR_NONE16_,
		IOF_VTD_FR_NONE2_, /* 0x5e-0x6f: undefined */
		{0x70, IOF_REASON_WALK_EABT, IOF_VTD_FRF_QUALIFIED, 0, "SFS.1",
		 "error reading a first-stage paging entry"},
		{0x71, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SFS.2",
		 "first-stage paging entry present bit is clear"},
		{0x72, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SFS.3",
		 "reserved field set in a first-stage paging entry"},
		{0x73, IOF_REASON_WALK_EABT, IOF_VTD_FRF_QUALIFIED, 0, "SFS.4",
		 "error reading the top-level (FL-PML4) first-stage entry"},
		{0x74, IOF_REASON_OOR_ADDRESS, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SFS.5",
		 "nested translation: first-stage entry address beyond MGAW"},
		{0x75, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SFS.6",
		 "nested translation: read permission error on the top-level first-stage entry"},
		{0x76, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SFS.7",
		 "nested translation: read permission error on a first-stage paging entry"},
		{0x77, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SFS.8",
		 "nested translation: write permission error on a first-stage paging entry"},
		{0x78, IOF_REASON_WALK_EABT, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SSS.1",
		 "error reading a second-stage paging entry"},
		{0x79, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SSS.2",
		 "read/write permission error in a second-stage paging entry"},
		{0x7a, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SSS.3",
		 "reserved field set in a second-stage paging entry"},
		{0x7b, IOF_REASON_BAD_PASID_ENTRY, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SSS.4",
		 "second-stage page-table pointer is invalid"},
		{0x7c, IOF_REASON_ACCESS, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SSS.5",
		 "A/D bit update needed in a second-stage entry set up for no-snoop"},
		{0x7d, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2 | IOF_VTD_FRF_UNCONFIRMED, 0,
		 "SSS.6", "second-stage fault SSS.6 (meaning not confirmed)"},
		IOF_VTD_FR_NONE2_, /* 0x7e-0x7f: undefined */
		{0x80, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SGN.1",
		 "input address is not canonical for first-stage translation"},
		{0x81, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SGN.2",
		 "user-privilege request to a supervisor-only first-stage page (U/S clear)"},
		{0x82, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SGN.3",
		 "no execute permission for a request with PASID and execute requested"},
		{0x83, IOF_REASON_PTE_FETCH, IOF_VTD_FRF_QUALIFIED, 0, "SGN.4",
		 "address beyond the DMA hardware maximum"},
		{0x84, IOF_REASON_OOR_ADDRESS, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_STAGE2, 0, "SGN.5",
		 "second-stage entry address beyond the maximum"},
		{0x85, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SGN.6",
		 "no write permission for a write or AtomicOp request"},
		{0x86, IOF_REASON_PERMISSION, IOF_VTD_FRF_QUALIFIED, 0, "SGN.7",
		 "no read permission for a read or AtomicOp request"},
		{0x87, IOF_REASON_OOR_ADDRESS, IOF_VTD_FRF_QUALIFIED, 0, "SGN.8",
		 "translated address lies in the interrupt address range"},
		{0x88, IOF_REASON_REQUEST_INVALID, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_UNCONFIRMED, 0, "SGN.9",
		 "general fault SGN.9 (meaning not confirmed)"},
		{0x89, IOF_REASON_REQUEST_INVALID, IOF_VTD_FRF_QUALIFIED | IOF_VTD_FRF_UNCONFIRMED, 0, "SGN.10",
		 "general fault SGN.10 (meaning not confirmed)"},
		IOF_VTD_FR_NONE4_,
		IOF_VTD_FR_NONE2_, /* 0x8a-0x8f: undefined */
		{0x90, IOF_REASON_ACCESS, IOF_VTD_FRF_QUALIFIED, 0, "SFS.9",
		 "A/D bit update needed in a first-stage entry set up for no-snoop"},
		{0x91, IOF_REASON_ACCESS, IOF_VTD_FRF_QUALIFIED, 0, "SFS.10", "first-stage A/D bit update failed"},
		/* 0x92-0xff: undefined (zero rows) */
	};
	return &t[fr & 0xffu];
}
/** @endcond */

/** @brief The row of fault reason @p fr in the reason table, or null when @p fr is not defined. */
IOF_API const struct iof_vtd_fr_info *iof_vtd_fr_lookup(uint32_t fr)
{
	const struct iof_vtd_fr_info *i = iof_vtd_fr_row_(fr);
	return fr <= 0xffu && i->reason != IOF_REASON_NONE ? i : IOF_NULL;
}

/** @brief 1 when @p fr is a defined fault reason, else 0. */
IOF_API int iof_vtd_fr_defined(uint32_t fr)
{
	return iof_vtd_fr_lookup(fr) != IOF_NULL;
}

/**
 * @brief 1 when @p fr is in the interrupt-remapping block 0x20-0x2F, else 0.
 *
 * The whole block is classed as interrupt remapping (VirtualBox / spec
 * numbering), defined or not, so an undefined code in it is decoded with an
 * interrupt index like its neighbours; Linux prints 0x27-0x2F as DMA faults.
 */
IOF_API int iof_vtd_fr_is_irq(uint32_t fr)
{
	return fr >= 0x20u && fr <= 0x2fu;
}

/** @brief 1 when fault @p fr is qualified (suppressible by an FPD bit) per the basis in docs/vtd.md, else 0. */
IOF_API int iof_vtd_fr_qualified(uint32_t fr)
{
	return fr <= 0xffu && (iof_vtd_fr_row_(fr)->flags & IOF_VTD_FRF_QUALIFIED);
}

/**
 * @brief 1 when @p fr is a fault of the second stage, else 0.
 *
 * SSS.*, and the nested-translation codes where the second stage refuses
 * the first-stage walk (SFS.5-SFS.8) or a second-stage entry address is
 * beyond the maximum (SGN.5): docs/vtd.md, "Stage 2".
 */
IOF_API int iof_vtd_fr_stage2(uint32_t fr)
{
	return fr <= 0xffu && (iof_vtd_fr_row_(fr)->flags & IOF_VTD_FRF_STAGE2);
}

/** @brief The enum iof_reason of @p fr; #IOF_REASON_IMPDEF for an undefined code (see the origin code). */
IOF_API uint32_t iof_vtd_fr_reason(uint32_t fr)
{
	uint32_t r = fr <= 0xffu ? iof_vtd_fr_row_(fr)->reason : 0u;
	return r != IOF_REASON_NONE ? r : (uint32_t)IOF_REASON_IMPDEF;
}

/** @} */

/* ======================================================================== */
/** @name Decoders
 * Every decoder writes all of @p out whatever it returns: each member once
 * (computed first, then stored in member order), or zero with only the size
 * stamped when nothing can be decoded.
 * Status precedence: #IOF_E_INVAL (null @p out or null @p rec, whatever
 * the length), #IOF_E_SHORT, then #IOF_E_EMPTY, #IOF_E_CODE,
 * #IOF_E_UNSUPPORTED, #IOF_E_RESERVED (strict only); fields are decoded in
 * every case but the first two.  An option other than #IOF_DECODE_STRICT is
 * #IOF_E_INVAL with @p out cleared, checked after the null and short tests
 * (fault.h, "Codec skeleton").
 * @{ */

/** @cond IOF_INTERNAL */
/*
 * What a fault record decodes to by class and request bits, indexed by
 * T2 | PRIV << 1 | EXE << 2 | T1 << 3 | irq << 4 (T2, PRIV and EXE are
 * adjacent bits of qw1, read with one shift; tests/test_vtd.c checks it:
 * a file-scope assert here could collide with another header's C99
 * fallback typedef on the same line number).  DMA faults: request type (T1,T2)
 * 00 write, 01 page request (no R/W), 10 read, 11 AtomicOp (R+W), plus EXE
 * and PRIV, with an address.  Interrupt faults: txn INTERRUPT, no access, an
 * interrupt index.  The encoder reads it too, to report exactly what the
 * record will decode to.
 */
struct iof_vtd_fault_class_ {
	uint8_t kind, txn, perm, flags;
	uint32_t head; /* kind | txn << 16: the generic head without reason and at (IOF_FAULT_HEAD_()) */
};
#define IOF_VTD_FAULT_PERM_(i)                                                                                      \
	((((i)&8) ? (((i)&1) ? IOF_PERM_READ | IOF_PERM_WRITE : IOF_PERM_READ) : (((i)&1) ? 0u : IOF_PERM_WRITE)) | \
	 (((i)&4) ? IOF_PERM_EXEC : 0u) | (((i)&2) ? IOF_PERM_PRIV : 0u))
#define IOF_VTD_FAULT_TXN_(i) (!((i)&8) && ((i)&1) ? IOF_TXN_PAGE_REQUEST : IOF_TXN_MEMORY)
#define IOF_VTD_FAULT_DMA_(i)                                                            \
	{                                                                                \
		IOF_KIND_DMA_FAULT, IOF_VTD_FAULT_TXN_(i), IOF_VTD_FAULT_PERM_(i),       \
			IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID,                  \
			IOF_FAULT_HEAD_(IOF_KIND_DMA_FAULT, 0, IOF_VTD_FAULT_TXN_(i), 0) \
	}
#define IOF_VTD_FAULT_DMA4_(i) \
	IOF_VTD_FAULT_DMA_(i), IOF_VTD_FAULT_DMA_((i) + 1), IOF_VTD_FAULT_DMA_((i) + 2), IOF_VTD_FAULT_DMA_((i) + 3)
#define IOF_VTD_FAULT_IRQ_                                                                                     \
	{                                                                                                      \
		IOF_KIND_IRQ_FAULT, IOF_TXN_INTERRUPT, 0, IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_IRQ_INDEX_VALID, \
			IOF_FAULT_HEAD_(IOF_KIND_IRQ_FAULT, 0, IOF_TXN_INTERRUPT, 0)                           \
	}
#define IOF_VTD_FAULT_IRQ4_ IOF_VTD_FAULT_IRQ_, IOF_VTD_FAULT_IRQ_, IOF_VTD_FAULT_IRQ_, IOF_VTD_FAULT_IRQ_

IOF_API const struct iof_vtd_fault_class_ *iof_vtd_fault_class_(uint32_t i)
{
	static const struct iof_vtd_fault_class_ t[32] = {
		IOF_VTD_FAULT_DMA4_(0), IOF_VTD_FAULT_DMA4_(4), IOF_VTD_FAULT_DMA4_(8), IOF_VTD_FAULT_DMA4_(12),
		IOF_VTD_FAULT_IRQ4_,    IOF_VTD_FAULT_IRQ4_,    IOF_VTD_FAULT_IRQ4_,    IOF_VTD_FAULT_IRQ4_};
	return &t[i & 31u];
}

/*
 * The class index (T2 | PRIV << 1 | EXE << 2 | T1 << 3) a DMA fault is written
 * with, by access @p perm and @p pr (a page request): (T1,T2) page request
 * 01, else read 10, AtomicOp (R+W) 11, write (or no R/W) 00; one load.
 */
IOF_API uint32_t iof_vtd_fault_class_for_(uint32_t perm, uint32_t pr)
{
#define IOF_VTD_FAULT_FOR_(p, pr)                                                      \
	(uint8_t)(((pr) | ((p) & ((p) >> 1) & 1u)) | (((p)&IOF_PERM_PRIV) ? 2u : 0u) | \
		  (((p)&IOF_PERM_EXEC) ? 4u : 0u) | ((((p)&IOF_PERM_READ) && !(pr)) ? 8u : 0u))
#define IOF_VTD_FAULT_FOR4_(p, pr)                                                                     \
	IOF_VTD_FAULT_FOR_(p, pr), IOF_VTD_FAULT_FOR_((p) + 1u, pr), IOF_VTD_FAULT_FOR_((p) + 2u, pr), \
		IOF_VTD_FAULT_FOR_((p) + 3u, pr)
	static const uint8_t t[32] = {IOF_VTD_FAULT_FOR4_(0u, 0u), IOF_VTD_FAULT_FOR4_(4u, 0u),
				      IOF_VTD_FAULT_FOR4_(8u, 0u), IOF_VTD_FAULT_FOR4_(12u, 0u),
				      IOF_VTD_FAULT_FOR4_(0u, 1u), IOF_VTD_FAULT_FOR4_(4u, 1u),
				      IOF_VTD_FAULT_FOR4_(8u, 1u), IOF_VTD_FAULT_FOR4_(12u, 1u)};
#undef IOF_VTD_FAULT_FOR4_
#undef IOF_VTD_FAULT_FOR_
	return t[(perm & 15u) | (pr & 1u) << 4];
}

/* origin.detail masks of the fault record: what no generic field carries (F is kept inverted). */
#define IOF_VTD_FAULT_KEEP0_DMA_ (~IOF_FD_MASK(IOF_VTD_FAULT_FI))
#define IOF_VTD_FAULT_KEEP0_IRQ_ (~IOF_FD_MASK(IOF_VTD_FAULT_IRQ_INDEX))
#define IOF_VTD_FAULT_KEEP1_DMA_ (~IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 1) | IOF_FD_MASK(IOF_VTD_FAULT_F))
#define IOF_VTD_FAULT_KEEP1_IRQ_ (~IOF_VTD_FAULT_IRQ_QW1_ | IOF_FD_MASK(IOF_VTD_FAULT_F))

/*
 * Which bits of qw0/qw1 each generic member takes, by class: row
 * irq << 1 | PP.  Every member the fault decoder reads from the record is
 * `(w & mask) >> lsb`, so DMA and interrupt faults, with and without a
 * PASID, take the same instructions and differ only in the row.  A zero
 * mask is a member the class does not have.
 */
struct iof_vtd_fault_take_ {
	uint64_t addr;      /* qw0 -> addr: FI in place (DMA faults) */
	uint64_t irq_index; /* qw0 -> irq_index: FI[63:48] (interrupt faults) */
	uint64_t at;        /* qw1 -> at: AT (DMA faults) */
	uint64_t pasid;     /* qw1 -> pasid: PV (DMA faults with PP=1) */
	uint64_t detail0;   /* qw0 -> origin.detail[0] */
	uint64_t detail1;   /* qw1 with F inverted -> origin.detail[1] (PV too when PP=0) */
	uint64_t rsvd0;     /* qw0 reserved bits, for #IOF_DECODE_STRICT (qw1's are the same in every class) */
	uint32_t flags;     /* #IOF_FLAG_PASID_VALID (DMA faults with PP=1) */
	uint32_t reserved;  /* zero */
};
#define IOF_VTD_FAULT_TAKE_IRQ_                                                                                    \
	{                                                                                                          \
		0, IOF_FD_MASK(IOF_VTD_FAULT_IRQ_INDEX), 0, 0, IOF_VTD_FAULT_KEEP0_IRQ_, IOF_VTD_FAULT_KEEP1_IRQ_, \
			~IOF_FD_MASK(IOF_VTD_FAULT_IRQ_INDEX), 0, 0                                                \
	}

IOF_API const struct iof_vtd_fault_take_ *iof_vtd_fault_take_(uint32_t i)
{
	static const struct iof_vtd_fault_take_ t[4] = {
		/* DMA fault, PP=0: PV goes to detail[1] */
		{IOF_FD_MASK(IOF_VTD_FAULT_FI), 0, IOF_FD_MASK(IOF_VTD_FAULT_AT), 0, IOF_VTD_FAULT_KEEP0_DMA_,
		 IOF_VTD_FAULT_KEEP1_DMA_ | IOF_FD_MASK(IOF_VTD_FAULT_PV), ~IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 0), 0,
		 0},
		/* DMA fault, PP=1 */
		{IOF_FD_MASK(IOF_VTD_FAULT_FI), 0, IOF_FD_MASK(IOF_VTD_FAULT_AT), IOF_FD_MASK(IOF_VTD_FAULT_PV),
		 IOF_VTD_FAULT_KEEP0_DMA_, IOF_VTD_FAULT_KEEP1_DMA_, ~IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 0),
		 IOF_FLAG_PASID_VALID, 0},
		/* interrupt fault, PP=0 and PP=1: PP and PV go to detail[1] */
		IOF_VTD_FAULT_TAKE_IRQ_,
		IOF_VTD_FAULT_TAKE_IRQ_};
	return &t[i & 3u];
}

/*
 * Private Data of a page group response (PDP or qw2/qw3 set, rare): 1 when
 * the generic response cannot hold it: PDP disagreeing with the data, data
 * without LPIG (rev 3.x), or data equal to the bit-2 marker the decoder
 * keeps in detail[0] when PDP=0.
 */
IOF_API_NOINLINE int iof_vtd_resp_priv_bad_(const uint64_t *w, uint32_t pdp)
{
	return !pdp || !(w[2] | w[3]) || !(w[1] & IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_LPIG)) ||
	       (w[2] == IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_LPIG) && !w[3]);
}

/** @endcond */

/** @cond IOF_INTERNAL */
/*
 * What fault record words @p w0, @p w1 decode to, given the rows they select:
 * @p row of their FR @p fr, class @p cl and take row @p tk (the decoder
 * finds them from the words, the encoder from what it wrote).  The decoder
 * stores the values, the encoder compares them with its input.
 */
IOF_API_HOT void iof_vtd_fault_values_rows_(uint64_t w0, uint64_t w1, uint32_t fr, const struct iof_vtd_fr_info *row,
					    const struct iof_vtd_fault_class_ *cl, const struct iof_vtd_fault_take_ *tk,
					    struct iof_fault_values_ *v)
{
	uint32_t r = row->reason;

	/* an undefined FR (reason NONE, 0) is stored as IMPDEF */
	v->head = cl->head | (r | (uint32_t)(r == IOF_REASON_NONE) * IOF_REASON_IMPDEF) << 8 |
		  (uint32_t)((w1 & tk->at) >> IOF_FD_LSB(IOF_VTD_FAULT_AT)) << 24;
	/* Interrupt rows of the reason table have no STAGE2 flag. */
	v->flags = cl->flags | tk->flags |
		   (uint32_t)(row->flags & IOF_VTD_FRF_STAGE2) * (IOF_FLAG_STAGE2 / IOF_VTD_FRF_STAGE2);
	v->perm = cl->perm;
	v->source_id = (uint32_t)((w1 & IOF_FD_MASK(IOF_VTD_FAULT_SID)) >> IOF_FD_LSB(IOF_VTD_FAULT_SID));
	v->pasid = (uint32_t)((w1 & tk->pasid) >> IOF_FD_LSB(IOF_VTD_FAULT_PV));
	v->grpid = 0;
	v->irq_index = (uint32_t)((w0 & tk->irq_index) >> IOF_FD_LSB(IOF_VTD_FAULT_IRQ_INDEX));
	v->length = 0;
	v->addr = w0 & tk->addr;
	v->fetch_addr = 0;
	v->ipa = 0;
	v->detail[0] = w0 & tk->detail0;
	v->detail[1] = (w1 ^ IOF_FD_MASK(IOF_VTD_FAULT_F)) & tk->detail1;
	v->detail[2] = 0;
	v->code = fr;
}

/* The class row index of a fault record: T2 | PRIV << 1 | EXE << 2 | T1 << 3 | irq << 4 (see iof_vtd_fault_class_()). */
#define IOF_VTD_FAULT_CLASS_INDEX_(w1, irq)                        \
	(((uint32_t)((w1) >> IOF_FD_LSB(IOF_VTD_FAULT_T2)) & 7u) | \
	 ((uint32_t)((w1) >> IOF_FD_LSB(IOF_VTD_FAULT_T1)) & 1u) << 3 | (irq) << 4)
/** @endcond */


/**
 * @brief Decodes a fault recording register (16 bytes).
 *
 * DMA-remapping reasons give #IOF_KIND_DMA_FAULT with `addr` = FI (page
 * address), `txn`/`perm` from (T1,T2), EXE and PRIV, `at` = AT, PASID iff PP.
 * Interrupt-remapping reasons (0x20-0x2F) give #IOF_KIND_IRQ_FAULT with
 * `irq_index` = FI[63:48] and no address.  `origin.code` = FR.  F=0 is kept
 * as bit 63 of `origin.detail[1]` set (F inverted), so that the encoder
 * writes the empty slot back bit for bit.
 * @return #IOF_OK; #IOF_E_EMPTY when F=0; #IOF_E_CODE for an undefined FR
 *         (reason #IOF_REASON_IMPDEF); #IOF_E_RESERVED in strict mode;
 *         #IOF_E_SHORT when @p len < #IOF_VTD_FAULT_SIZE.
 */
IOF_API_HOT int iof_vtd_fault_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	const struct iof_vtd_fr_info *row;
	const struct iof_vtd_fault_take_ *tk;
	struct iof_fault_values_ v;
	uint64_t w[2];
	uint32_t fr, irq;

	if (IOF_DECODE_STOP_(rec, len, IOF_VTD_FAULT_SIZE, out))
		return iof_decode_refuse_(rec, out);
	iof_words_load(w, rec, 2);
	fr = (uint32_t)iof_fd_get(w, IOF_VTD_FAULT_FR);
	row = iof_vtd_fr_row_(fr);
	irq = (uint32_t)iof_vtd_fr_is_irq(fr);
	tk = iof_vtd_fault_take_(irq << 1 | (uint32_t)iof_fd_get(w, IOF_VTD_FAULT_PP));
	iof_vtd_fault_values_rows_(w[0], w[1], fr, row, iof_vtd_fault_class_(IOF_VTD_FAULT_CLASS_INDEX_(w[1], irq)), tk,
				   &v);
	iof_fault_store_(out, &v, IOF_REC_VTD_FAULT);

	if (opts & ~IOF_DECODE_STRICT)
		return iof_decode_bad_option_(out);
	if (!iof_fd_get(w, IOF_VTD_FAULT_F))
		return IOF_E_EMPTY;
	if (row->reason == IOF_REASON_NONE)
		return IOF_E_CODE;
	if ((opts & IOF_DECODE_STRICT) && ((w[0] & tk->rsvd0) | (w[1] & ~IOF_VTD_DEFINED(IOF_VTD_FAULT_FIELDS, 1))))
		return IOF_E_RESERVED;
	return IOF_OK;
}

/** @cond IOF_INTERNAL */
/* What a page request decodes to (both layouts), from its fields. */
IOF_API_HOT void iof_vtd_page_request_common_values_(struct iof_fault_values_ *v, uint32_t pp, uint32_t lpig,
						     uint32_t perm, uint32_t flags, uint32_t rid, uint32_t pasid,
						     uint32_t prgi, uint64_t addr, uint32_t code, uint64_t d0,
						     uint64_t d1, uint64_t d2)
{
	/* Stop marker (LPIG, PP, no read or write): the kind after PAGE_REQUEST, without a branch. */
	uint32_t stop = lpig & pp & (uint32_t)((perm & (IOF_PERM_READ | IOF_PERM_WRITE)) == 0);
	v->head = IOF_FAULT_HEAD_(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0) + stop;
	/* A stop marker expects no response: PASID_VALID only, never LAST / NEEDS_PASID (fault.h). */
	v->flags = flags | IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | (lpig & ~stop) * IOF_FLAG_LAST |
		   pp * IOF_FLAG_PASID_VALID | (pp & ~stop) * IOF_FLAG_NEEDS_PASID;
	v->perm = perm;
	v->source_id = rid;
	v->pasid = pasid & (0u - pp);
	v->grpid = prgi;
	v->irq_index = 0;
	v->length = 0;
	v->code = code;
	v->addr = addr;
	v->fetch_addr = 0;
	v->ipa = 0;
	v->detail[0] = d0;
	v->detail[1] = d1;
	v->detail[2] = d2;
}

/* What 256-bit page request words @p w decode to. */
IOF_API_HOT void iof_vtd_page_request_values_(const uint64_t *w, struct iof_fault_values_ *v)
{
	uint32_t pp = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PP);
	iof_vtd_page_request_common_values_(v, pp, (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_LPIG),
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_RD) * IOF_PERM_READ |
						    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_WR) * IOF_PERM_WRITE |
						    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_EXE) * IOF_PERM_EXEC |
						    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PM) * IOF_PERM_PRIV,
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PDP) * IOF_FLAG_PRIV_DATA,
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_RID),
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PASID),
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PRGI),
					    iof_fd_get_inplace(w, IOF_VTD_PAGE_REQUEST_ADDR),
					    (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_TYPE),
					    w[0] & (~IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 0) |
						    (pp ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_PASID))),
					    iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PRIV_DATA0),
					    iof_fd_get(w, IOF_VTD_PAGE_REQUEST_PRIV_DATA1));
}

/* What 2.x page request words @p w decode to. */
IOF_API_HOT void iof_vtd_page_request_v2_values_(const uint64_t *w, struct iof_fault_values_ *v)
{
	uint32_t pp = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_PP);
	iof_vtd_page_request_common_values_(
		v, pp, (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_LPIG),
		(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_RD) * IOF_PERM_READ |
			(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_WR) * IOF_PERM_WRITE |
			(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_EXE) * IOF_PERM_EXEC |
			(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_PRIV) * IOF_PERM_PRIV,
		0u,
		(uint32_t)(iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_BUS) << IOF_FD_WIDTH(IOF_VTD_PAGE_REQUEST_V2_DEVFN) |
			   iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_DEVFN)),
		(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_PASID),
		(uint32_t)iof_fd_get(w, IOF_VTD_PAGE_REQUEST_V2_PRGI),
		iof_fd_get_inplace(w, IOF_VTD_PAGE_REQUEST_V2_ADDR), 0u,
		w[0] & (IOF_VTD_PAGE_REQUEST_V2_KEEP0_ | (pp ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_PASID))), 0u,
		0u);
}
/** @endcond */

/**
 * @brief Decodes a 256-bit page request descriptor (VT-d 3.0+, 32 bytes).
 *
 * #IOF_KIND_STOP_MARKER when LPIG=1, RD=WR=0 and PP=1, else
 * #IOF_KIND_PAGE_REQUEST; `grpid` = PRG index; `origin.code` = Type.
 * PDP sets #IOF_FLAG_PRIV_DATA; qw2/qw3 go to origin.detail[1..2] always.
 * @return #IOF_OK; #IOF_E_CODE when Type is not 0x01; #IOF_E_RESERVED in
 *         strict mode (qw0 reserved bits, or qw2/qw3 non-zero with PDP=0);
 *         #IOF_E_SHORT when @p len < #IOF_VTD_PAGE_REQUEST_SIZE.
 */
IOF_API_HOT int iof_vtd_page_request_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	struct iof_fault_values_ v;
	uint64_t w[4];

	if (IOF_DECODE_STOP_(rec, len, IOF_VTD_PAGE_REQUEST_SIZE, out))
		return iof_decode_refuse_outline_(rec, out);
	iof_words_load(w, rec, 4);
	iof_vtd_page_request_values_(w, &v);
	iof_fault_store_(out, &v, IOF_REC_VTD_PAGE_REQUEST);

	if (opts & ~IOF_DECODE_STRICT)
		return iof_decode_bad_option_(out);
	if (v.code != IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ)
		return IOF_E_CODE;
	if ((opts & IOF_DECODE_STRICT) && ((w[0] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 0)) |
					   (w[1] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 1)) |
					   ((v.flags & IOF_FLAG_PRIV_DATA) ? 0u : w[2] | w[3])))
		return IOF_E_RESERVED;
	return IOF_OK;
}

/**
 * @brief Decodes a 128-bit VT-d 2.x page request descriptor (16 bytes).
 *
 * Gives the same generic page request as the 256-bit layout (source_id =
 * bus << 8 | devfn); SRR, BOF and Private Data go to origin.detail[0] in
 * place; `origin.code` = 0 (the layout has no Type field).  Every bit is
 * defined, so only an all-zero descriptor (an unwritten queue slot, and
 * what an encoder leaves on error) is not a request.
 * @return #IOF_OK; #IOF_E_EMPTY for 16 zero bytes (fields still decoded);
 *         #IOF_E_SHORT.
 */
IOF_API_HOT int iof_vtd_page_request_v2_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	struct iof_fault_values_ v;
	uint64_t w[2];

	if (IOF_DECODE_STOP_(rec, len, IOF_VTD_PAGE_REQUEST_V2_SIZE, out))
		return iof_decode_refuse_outline_(rec, out);
	iof_words_load(w, rec, 2);
	iof_vtd_page_request_v2_values_(w, &v);
	iof_fault_store_(out, &v, IOF_REC_VTD_PAGE_REQUEST_V2);
	if (opts & ~IOF_DECODE_STRICT)
		return iof_decode_bad_option_(out);
	return (w[0] | w[1]) ? IOF_OK : IOF_E_EMPTY;
}

/**
 * @brief Decodes a page group response descriptor (16 or 32 bytes).
 *
 * Reads 32 bytes when @p len >= 32, else the 128-bit form (qw0, qw1).
 * Response code 0x0 / 0x1 / 0xF → SUCCESS / INVALID / FAILURE; PP →
 * #IOF_RESP_FLAG_PASID_VALID; `record` = #IOF_REC_VTD_PAGE_GROUP_RESPONSE.
 * `detail[0..1]` = Private Data (qw2, qw3) when PDP=1; when PDP=0,
 * `detail[0]` = qw1 bit 2 in place (LPIG up to rev 3.x, Reserved since
 * rev 4.0: set or clear, it is kept so that the encoder writes it back) and
 * `detail[1]` = 0.  Every field is decoded whatever the status.
 * @return #IOF_OK; #IOF_E_CODE for a type other than 0x9 or a reserved
 *         response code (then `code` = FAILURE, which PCIe receivers are
 *         expected to assume); #IOF_E_UNSUPPORTED when the descriptor says
 *         what the generic response cannot (PDP disagreeing with non-zero
 *         Private Data; Private Data with LPIG=0, or equal to the LPIG bit
 *         alone; a PASID value with PP=0); #IOF_E_RESERVED in strict mode;
 *         #IOF_E_SHORT when @p len < 16.
 */
IOF_API_HOT int iof_vtd_page_group_response_decode(const void *desc, size_t len, unsigned opts,
						   struct iof_page_response *out)
{
	uint64_t w[4];
	uint64_t lpig;
	uint32_t rc_hw, pp, pdp;
	int rc = IOF_OK;

	if (IOF_DECODE_STOP_(desc, len, IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128, out))
		return iof_response_decode_refuse_(desc, out);
	/* two constant-length loads: straight-line code, where one variable-length load is a loop */
	iof_words_load(w, desc, 2);
	w[2] = w[3] = 0;
	if (len >= IOF_VTD_PAGE_GROUP_RESPONSE_SIZE)
		iof_words_load(w + 2, (const uint8_t *)desc + IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128, 2);

	rc_hw = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_RC);
	pp = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PP);
	pdp = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PDP);
	lpig = w[1] & IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_LPIG);
	out->size = IOF_PAGE_RESPONSE_SIZE_V1;
	out->code = IOF_VTD_RESP_TO_GENERIC_(rc_hw);
	out->flags = pp ? IOF_RESP_FLAG_PASID_VALID : 0u;
	out->source_id = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_RID);
	out->pasid = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PASID) & (0u - pp);
	out->grpid = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PRGI);
	out->record = IOF_REC_VTD_PAGE_GROUP_RESPONSE;
	out->reserved0 = 0;
	out->reserved1 = 0;
	out->detail[0] = w[2] | (lpig & ((uint64_t)pdp - 1u)); /* qw1 bit 2 when PDP=0 */
	out->detail[1] = w[3];

	if (opts & ~IOF_DECODE_STRICT)
		return iof_response_decode_bad_option_(out);
	/* Type[3:0] = 0x9 and Type[6:4] = 0, tested together */
	if ((w[0] &
	     (IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO) | IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_HI))) !=
		    (uint64_t)IOF_VTD_PAGE_GROUP_RESPONSE_TYPE << IOF_FD_LSB(IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO) ||
	    !(IOF_VTD_RESP_DEFINED_ >> rc_hw & 1u))
		rc = IOF_E_CODE;
	/* What the generic response cannot say: PDP disagreeing with the Private Data;
	 * Private Data without LPIG, or equal to the bit-2 marker alone; a PASID with PP=0. */
	else if ((!pp && iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PASID)) ||
		 ((pdp | w[2] | w[3]) && iof_vtd_resp_priv_bad_(w, pdp)))
		rc = IOF_E_UNSUPPORTED;
	else if ((opts & IOF_DECODE_STRICT) && ((w[0] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 0)) |
						(w[1] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS, 1))))
		rc = IOF_E_RESERVED;
	return rc;
}

/**
 * @brief Decodes a VT-d 2.x page group response descriptor (16 bytes).
 *
 * The answer to a 128-bit (VT-d 2.x) page request: Response Code in
 * qw1[3:0], Private Data qw1[54:32], PRG index qw1[63:55]; qw0 as in the
 * 3.0+ layout without PDP and Response Code.  Codes are mapped as in
 * iof_vtd_page_group_response_decode(); `record` = #IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
 * in place, `detail[0]` = qw1 without Response Code and PRG index (Private
 * Data and reserved bits) and `detail[1]` = qw0 reserved bits and PASID
 * when PP=0, so that every descriptor re-encodes bit for bit.
 * @return #IOF_OK; #IOF_E_CODE for a type other than 0x9 in qw0[3:0] or a
 *         reserved response code (`code` = FAILURE); #IOF_E_RESERVED in
 *         strict mode; #IOF_E_SHORT when @p len < 16.
 */
IOF_API_HOT int iof_vtd_page_group_response_v2_decode(const void *desc, size_t len, unsigned opts,
						      struct iof_page_response *out)
{
	uint64_t w[2];
	uint32_t rc_hw, pp;
	int rc = IOF_OK;

	if (IOF_DECODE_STOP_(desc, len, IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE, out))
		return iof_response_decode_refuse_(desc, out);
	iof_words_load(w, desc, 2);

	rc_hw = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC);
	pp = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PP);
	out->size = IOF_PAGE_RESPONSE_SIZE_V1;
	out->code = IOF_VTD_RESP_TO_GENERIC_(rc_hw);
	out->flags = pp ? IOF_RESP_FLAG_PASID_VALID : 0u;
	out->source_id = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_RID);
	out->pasid = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_PASID) & (0u - pp);
	out->grpid = (uint32_t)iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI);
	out->record = IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
	out->reserved0 = 0;
	out->reserved1 = 0;
	out->detail[0] = w[1] & IOF_VTD_PAGE_GROUP_RESPONSE_V2_KEEP1_;
	out->detail[1] = w[0] & (~IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 0) |
				 (pp ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_PASID)));

	if (opts & ~IOF_DECODE_STRICT)
		return iof_response_decode_bad_option_(out);
	if (iof_fd_get(w, IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO) != IOF_VTD_PAGE_GROUP_RESPONSE_TYPE ||
	    !(IOF_VTD_RESP_DEFINED_ >> rc_hw & 1u))
		rc = IOF_E_CODE;
	else if ((opts & IOF_DECODE_STRICT) && ((w[0] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 0)) |
						(w[1] & ~IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 1))))
		rc = IOF_E_RESERVED;
	return rc;
}
/** @} */

/* ======================================================================== */
/** @name Encoders
 * Encoders validate and never truncate: a value that does not fit its field
 * is #IOF_E_RANGE, an inconsistent or malformed generic record is
 * #IOF_E_INVAL.  Information the record cannot carry is reported as
 * IOF_LOST_* bits in `*lost`; with @p lost null, any loss is #IOF_E_LOSSY.
 * On any error the first min(@p cap, record size) output bytes are zeroed
 * (an all-zero record is not a record: it decodes as #IOF_E_EMPTY or
 * #IOF_E_CODE) and `*lost` is 0, so a caller that ignores the status
 * never forwards stale bytes.
 * @{ */

/** @cond IOF_INTERNAL */
/* 1 for the interrupt-remapping reasons. */
IOF_API int iof_vtd_reason_is_irq_(uint32_t reason)
{
	return reason == IOF_REASON_IRQ_INVALID || reason == IOF_REASON_IRQ_ENTRY_FETCH ||
	       reason == IOF_REASON_BAD_IRQ_ENTRY;
}

/*
 * The preferred FR for a generic fault that did not come from a VT-d fault
 * record: by reason, then legacy code without a PASID, scalable-mode code
 * with one (legacy mode cannot translate requests with PASID: RTA.2), and
 * the stage-2 code (SSS.*, SGN.5) when the fault is at stage 2 and one
 * exists.  0: none.
 */
IOF_API uint32_t iof_vtd_fr_for_(const struct iof_fault *f)
{
	static const uint8_t t[IOF_REASON_COUNT][3] = {
		/* no PASID, PASID, stage 2 */
		{0, 0, 0},          /* NONE: not a fault */
		{0x30, 0x30, 0},    /* INTERNAL: RTA.1 */
		{0x30, 0x30, 0},    /* IMPDEF: no exact FR; nearest RTA.1 */
		{0x01, 0x39, 0},    /* SOURCEID_INVALID: no exact FR; root entry not present */
		{0x09, 0x40, 0},    /* DEVICE_CONTEXT_FETCH: LCT.1 / SCT.1 */
		{0x03, 0x43, 0},    /* BAD_DEVICE_CONTEXT_ENTRY: LCT.4 / SCT.4 */
		{0x58, 0x58, 0},    /* PASID_FETCH: SPT.1 */
		{0x5b, 0x5b, 0x7b}, /* BAD_PASID_ENTRY: SPT.4, SSS.4 */
		{0x46, 0x46, 0},    /* PASID_INVALID: SCT.7 */
		{0x07, 0x70, 0x78}, /* WALK_EABT: LSL.1 / SFS.1, SSS.1 */
		{0x0c, 0x71, 0x7a}, /* PTE_FETCH: LSL.2 / SFS.2, SSS.3 */
		{0x06, 0x86, 0x79}, /* PERMISSION: by access below; SSS.2 */
		{0x91, 0x91, 0x7c}, /* ACCESS: SFS.10, SSS.5 */
		{0x0e, 0x87, 0x84}, /* OOR_ADDRESS: LGN.4 / SGN.8, SGN.5 */
		{0x0d, 0x44, 0},    /* REQUEST_INVALID: LCT.5 / SCT.5 */
		{0x21, 0x21, 0},    /* IRQ_INVALID: index beyond the table */
		{0x23, 0x23, 0},    /* IRQ_ENTRY_FETCH */
		{0x22, 0x22, 0},    /* BAD_IRQ_ENTRY: IRTE not present */
	};
	int pasid = (f->flags & IOF_FLAG_PASID_VALID) != 0;
	if ((f->flags & IOF_FLAG_STAGE2) && t[f->reason][2])
		return t[f->reason][2];
	if (f->reason == IOF_REASON_PERMISSION && (f->perm & IOF_PERM_WRITE))
		return pasid ? IOF_VTD_FR_SGN_6 : IOF_VTD_FR_LGN_2;
	if (f->reason == IOF_REASON_PERMISSION && pasid && (f->perm & IOF_PERM_EXEC))
		return IOF_VTD_FR_SGN_3;
	return t[f->reason][pasid];
}
/** @endcond */

/**
 * @brief Encodes a DMA or interrupt fault as a fault recording register (16 bytes).
 *
 * When `f->origin.record` is #IOF_REC_VTD_FAULT the FR is `origin.code`
 * (any 8-bit value, defined or not) and `origin.detail` is put back (it
 * must hold only the bits the decoder puts there, else #IOF_E_INVAL;
 * detail[1] bit 63 set writes F=0, the empty slot it was decoded from);
 * otherwise the FR is chosen from kind, reason, PASID, access and
 * #IOF_FLAG_STAGE2 (docs/vtd.md), with #IOF_LOST_REASON when that FR
 * decodes to another reason, #IOF_LOST_CODE for a non-zero code of another
 * record type and #IOF_LOST_DETAIL for its non-zero detail.
 * #IOF_KIND_IOMMU_ERROR is encoded as a DMA fault with #IOF_LOST_KIND; other
 * non-fault kinds are #IOF_E_UNSUPPORTED.
 * @return #IOF_OK, #IOF_E_SHORT (@p cap < 16), #IOF_E_RANGE, #IOF_E_INVAL,
 *         #IOF_E_UNSUPPORTED or #IOF_E_LOSSY.
 */
IOF_API int iof_vtd_fault_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	struct iof_fault_values_ back;
	uint64_t w[2] = {0, 0};
	uint32_t fr, flags, perm, irq, loss, cls;
	int rc = iof_encode_begin_(f, rec, cap, IOF_VTD_FAULT_SIZE, lost);

	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_VTD_FAULT_SIZE, lost);
	flags = f->flags;
	perm = f->perm;
	/* IOMMU_ERROR is written as a DMA fault: the round trip reports IOF_LOST_KIND */
	if (f->kind != IOF_KIND_DMA_FAULT && f->kind != IOF_KIND_IRQ_FAULT && f->kind != IOF_KIND_IOMMU_ERROR)
		return iof_encode_fail_(IOF_E_UNSUPPORTED, rec, cap, IOF_VTD_FAULT_SIZE, lost);
	irq = f->kind == IOF_KIND_IRQ_FAULT;

	if (f->origin.record == IOF_REC_VTD_FAULT) {
		uint64_t keep1 = irq ? IOF_VTD_FAULT_KEEP1_IRQ_
				     : IOF_VTD_FAULT_KEEP1_DMA_ |
						 ((flags & IOF_FLAG_PASID_VALID) ? 0u : IOF_FD_MASK(IOF_VTD_FAULT_PV));
		if (f->origin.code > IOF_FD_MAX(IOF_VTD_FAULT_FR))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		fr = f->origin.code;
		if ((uint32_t)iof_vtd_fr_is_irq(fr) != irq ||
		    (f->origin.detail[0] & ~(irq ? IOF_VTD_FAULT_KEEP0_IRQ_ : IOF_VTD_FAULT_KEEP0_DMA_)) |
			    (f->origin.detail[1] & ~keep1) | f->origin.detail[2])
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		/* detail[1] holds F inverted: flipped back with F below. */
		w[0] = f->origin.detail[0];
		w[1] = f->origin.detail[1];
	} else {
		if (f->reason == IOF_REASON_NONE || (uint32_t)iof_vtd_reason_is_irq_(f->reason) != irq)
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		fr = iof_vtd_fr_for_(f);
	}
	if ((flags & IOF_FLAG_SOURCE_ID_VALID) && iof_fd_put(w, IOF_VTD_FAULT_SID, f->source_id))
		return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_FAULT_SIZE, lost);

	if (irq) {
		if (flags & IOF_FLAG_ADDR_VALID)
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		if (((flags & IOF_FLAG_IRQ_INDEX_VALID) && iof_fd_put(w, IOF_VTD_FAULT_IRQ_INDEX, f->irq_index)) ||
		    ((flags & IOF_FLAG_PASID_VALID) && f->pasid > IOF_FD_MAX(IOF_VTD_FAULT_PV)))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		/* the class row of the bits the detail put back (interrupt rows are all alike) */
		cls = IOF_VTD_FAULT_CLASS_INDEX_(w[1], 1u);
	} else {
		cls = iof_vtd_fault_class_for_(perm, f->txn == IOF_TXN_PAGE_REQUEST);
		if (flags & IOF_FLAG_IRQ_INDEX_VALID)
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		if (((flags & IOF_FLAG_ADDR_VALID) && iof_fd_put_inplace(w, IOF_VTD_FAULT_FI, f->addr)) ||
		    ((flags & IOF_FLAG_PASID_VALID) && iof_fd_put(w, IOF_VTD_FAULT_PV, f->pasid)))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_FAULT_SIZE, lost);
		if (flags & IOF_FLAG_PASID_VALID)
			w[1] |= IOF_FD_MASK(IOF_VTD_FAULT_PP);
		/* T2, PRIV, EXE from bits 0-2 of the class index, T1 from bit 3 */
		w[1] |= (uint64_t)(cls & 7u) << IOF_FD_LSB(IOF_VTD_FAULT_T2) |
			(uint64_t)(cls >> 3) << IOF_FD_LSB(IOF_VTD_FAULT_T1) |
			(uint64_t)f->at << IOF_FD_LSB(IOF_VTD_FAULT_AT);
	}
	w[1] |= (uint64_t)fr << IOF_FD_LSB(IOF_VTD_FAULT_FR);
	w[1] ^= IOF_FD_MASK(IOF_VTD_FAULT_F); /* F=1, or F=0 kept in detail[1] */

	iof_words_store(rec, w, 2);
	/* what the record reads back, compared with f: the one loss rule (fault.h) */
	iof_vtd_fault_values_rows_(w[0], w[1], fr, iof_vtd_fr_row_(fr), iof_vtd_fault_class_(cls),
				   iof_vtd_fault_take_(irq << 1 | (uint32_t)iof_fd_get(w, IOF_VTD_FAULT_PP)), &back);
	loss = iof_fault_loss_(f, &back, IOF_REC_VTD_FAULT, rec, IOF_VTD_FAULT_SIZE, iof_vtd_fault_decode,
			       IOF_VERBATIM_IDS_ | IOF_VERBATIM_ADDRS_ | IOF_VERBATIM_ORIGIN_);
	if (loss && !lost)
		return iof_encode_fail_(IOF_E_LOSSY, rec, cap, IOF_VTD_FAULT_SIZE, lost);
	if (lost)
		*lost = loss;
	return IOF_OK;
}

/** @cond IOF_INTERNAL */
/*
 * The part both page request encoders share: the prologue, then what a
 * generic record must be to be a page request or a stop marker.
 */
IOF_API int iof_vtd_page_request_check_(const struct iof_fault *f, const void *rec, size_t cap, size_t size,
					uint32_t *lost)
{
	int rc = iof_encode_begin_(f, rec, cap, size, lost);

	if (rc)
		return rc;
	if (f->kind != IOF_KIND_PAGE_REQUEST && f->kind != IOF_KIND_STOP_MARKER)
		return IOF_E_UNSUPPORTED;
	/* PCIe stop marker: LPIG, no read or write, and a PASID; it expects no
	 * response, so LAST / NEEDS_PASID are not part of it (fault.h). */
	if (f->kind == IOF_KIND_STOP_MARKER &&
	    ((f->perm & (IOF_PERM_READ | IOF_PERM_WRITE)) || !(f->flags & IOF_FLAG_PASID_VALID) ||
	     (f->flags & (IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID))))
		return IOF_E_INVAL;
	return IOF_OK;
}

/* Where one page request layout keeps the fields both layouts have (256-bit
 * and VT-d 2.x): the descriptors of that layout, so one body encodes both. */
struct iof_vtd_page_request_layout_ {
	uint32_t pp, pasid, exe, priv, rd, wr, lpig, prgi, addr;
};

/* The fields of layout l that both layouts have: #IOF_OK or #IOF_E_RANGE. */
IOF_API_HOT int iof_vtd_page_request_put_(uint64_t *w, const struct iof_vtd_page_request_layout_ *l,
					  const struct iof_fault *f)
{
	uint32_t lpig = f->kind == IOF_KIND_STOP_MARKER || (f->flags & IOF_FLAG_LAST);
	if (f->flags & IOF_FLAG_PASID_VALID) {
		iof_fd_put(w, l->pp, 1);
		if (iof_fd_put(w, l->pasid, f->pasid))
			return IOF_E_RANGE;
	}
	iof_fd_put(w, l->exe, (f->perm & IOF_PERM_EXEC) ? 1u : 0u);
	iof_fd_put(w, l->priv, (f->perm & IOF_PERM_PRIV) ? 1u : 0u);
	iof_fd_put(w, l->rd, (f->perm & IOF_PERM_READ) ? 1u : 0u);
	iof_fd_put(w, l->wr, (f->perm & IOF_PERM_WRITE) ? 1u : 0u);
	iof_fd_put(w, l->lpig, lpig);
	if (iof_fd_put(w, l->prgi, f->grpid))
		return IOF_E_RANGE;
	if ((f->flags & IOF_FLAG_ADDR_VALID) && iof_fd_put_inplace(w, l->addr, f->addr))
		return IOF_E_RANGE;
	return IOF_OK;
}

/*
 * The one documented equivalence of the two layouts: the 256-bit Type 0x01
 * (page request) is what the 2.x layout, which has no Type, implies.  Not a
 * lost code either way.
 */
IOF_API_HOT uint32_t iof_vtd_page_request_loss_(const struct iof_fault *f, const struct iof_fault_values_ *v,
						uint32_t record, const void *rec, size_t size,
						iof_fault_decode_fn decode)
{
	uint32_t loss = iof_fault_loss_(f, v, record, rec, size, decode, 0u);
	if (record == IOF_REC_VTD_PAGE_REQUEST_V2 && f->origin.record == IOF_REC_VTD_PAGE_REQUEST &&
	    f->origin.code == IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ)
		loss &= ~IOF_LOST_CODE;
	return loss;
}
/** @endcond */

/**
 * @brief Encodes a page request or stop marker as a 256-bit page request descriptor (32 bytes).
 *
 * Type = `origin.code` and qw0 reserved bits / qw2 / qw3 from
 * `origin.detail` when the origin is #IOF_REC_VTD_PAGE_REQUEST, else Type 0x01
 * and zeros.  PDP = #IOF_FLAG_PRIV_DATA, which only a VT-d 256-bit origin
 * can carry (else #IOF_LOST_FLAGS).
 * @return #IOF_OK, #IOF_E_SHORT (@p cap < 32), #IOF_E_RANGE, #IOF_E_INVAL,
 *         #IOF_E_UNSUPPORTED or #IOF_E_LOSSY.
 */
IOF_API int iof_vtd_page_request_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	static const struct iof_vtd_page_request_layout_ layout = {
		IOF_VTD_PAGE_REQUEST_PP,   IOF_VTD_PAGE_REQUEST_PASID, IOF_VTD_PAGE_REQUEST_EXE,
		IOF_VTD_PAGE_REQUEST_PM,   IOF_VTD_PAGE_REQUEST_RD,    IOF_VTD_PAGE_REQUEST_WR,
		IOF_VTD_PAGE_REQUEST_LPIG, IOF_VTD_PAGE_REQUEST_PRGI,  IOF_VTD_PAGE_REQUEST_ADDR};
	struct iof_fault_values_ back;
	uint64_t w[4] = {0, 0, 0, 0};
	uint32_t loss, type = IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ;
	int rc = iof_vtd_page_request_check_(f, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);

	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);
	if (f->origin.record == IOF_REC_VTD_PAGE_REQUEST) {
		uint64_t keep0 = ~IOF_VTD_DEFINED(IOF_VTD_PAGE_REQUEST_FIELDS, 0) |
				 ((f->flags & IOF_FLAG_PASID_VALID) ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_PASID));
		if (f->origin.code > IOF_FD_MAX(IOF_VTD_PAGE_REQUEST_TYPE))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);
		if (f->origin.detail[0] & ~keep0)
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);
		type = f->origin.code;
		w[0] = f->origin.detail[0];
		w[2] = f->origin.detail[1];
		w[3] = f->origin.detail[2];
		iof_fd_put(w, IOF_VTD_PAGE_REQUEST_PDP, (f->flags & IOF_FLAG_PRIV_DATA) ? 1u : 0u);
	}
	iof_fd_put(w, IOF_VTD_PAGE_REQUEST_TYPE, type);
	if (((f->flags & IOF_FLAG_SOURCE_ID_VALID) && iof_fd_put(w, IOF_VTD_PAGE_REQUEST_RID, f->source_id)) ||
	    iof_vtd_page_request_put_(w, &layout, f))
		return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);
	iof_words_store(rec, w, 4);
	iof_vtd_page_request_values_(w, &back);
	loss = iof_vtd_page_request_loss_(f, &back, IOF_REC_VTD_PAGE_REQUEST, rec, IOF_VTD_PAGE_REQUEST_SIZE,
					  iof_vtd_page_request_decode);
	if (loss && !lost)
		return iof_encode_fail_(IOF_E_LOSSY, rec, cap, IOF_VTD_PAGE_REQUEST_SIZE, lost);
	if (lost)
		*lost = loss;
	return IOF_OK;
}

/**
 * @brief Encodes a page request or stop marker as a 128-bit VT-d 2.x descriptor (16 bytes).
 *
 * SRR, BOF and Private Data come from `origin.detail[0]` when the origin
 * is #IOF_REC_VTD_PAGE_REQUEST_V2, else they are zero.  The layout has no
 * Type and no PDP: #IOF_FLAG_PRIV_DATA and the 128-bit Private Data of a
 * 256-bit origin are reported lost.  A request that would be written as
 * 16 zero bytes (no access, not last, no PASID, RID 0, address 0, group 0)
 * is #IOF_E_INVAL: those bytes decode as an empty slot.
 * @return #IOF_OK, #IOF_E_SHORT (@p cap < 16), #IOF_E_RANGE, #IOF_E_INVAL,
 *         #IOF_E_UNSUPPORTED or #IOF_E_LOSSY.
 */
IOF_API int iof_vtd_page_request_v2_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	static const struct iof_vtd_page_request_layout_ layout = {
		IOF_VTD_PAGE_REQUEST_V2_PP,   IOF_VTD_PAGE_REQUEST_V2_PASID, IOF_VTD_PAGE_REQUEST_V2_EXE,
		IOF_VTD_PAGE_REQUEST_V2_PRIV, IOF_VTD_PAGE_REQUEST_V2_RD,    IOF_VTD_PAGE_REQUEST_V2_WR,
		IOF_VTD_PAGE_REQUEST_V2_LPIG, IOF_VTD_PAGE_REQUEST_V2_PRGI,  IOF_VTD_PAGE_REQUEST_V2_ADDR};
	struct iof_fault_values_ back;
	uint64_t w[2] = {0, 0};
	uint32_t loss;
	int rc = iof_vtd_page_request_check_(f, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);

	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);
	if (f->origin.record == IOF_REC_VTD_PAGE_REQUEST_V2) {
		uint64_t keep0 = IOF_VTD_PAGE_REQUEST_V2_KEEP0_ |
				 ((f->flags & IOF_FLAG_PASID_VALID) ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_PASID));
		if ((f->origin.detail[0] & ~keep0) | f->origin.detail[1] | f->origin.detail[2])
			return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);
		w[0] = f->origin.detail[0];
	}
	/* RID = bus:devfn; the bus field rejects a source ID above 16 bits. */
	if (((f->flags & IOF_FLAG_SOURCE_ID_VALID) &&
	     iof_fd_put(w, IOF_VTD_PAGE_REQUEST_V2_BUS, f->source_id >> IOF_FD_WIDTH(IOF_VTD_PAGE_REQUEST_V2_DEVFN))) ||
	    iof_vtd_page_request_put_(w, &layout, f))
		return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);
	if (f->flags & IOF_FLAG_SOURCE_ID_VALID)
		iof_fd_put(w, IOF_VTD_PAGE_REQUEST_V2_DEVFN, f->source_id & iof_fd_max(IOF_VTD_PAGE_REQUEST_V2_DEVFN));
	/* 16 zero bytes read back as an empty slot (IOF_E_EMPTY), not as this request */
	if (!(w[0] | w[1]))
		return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);
	iof_words_store(rec, w, 2);
	iof_vtd_page_request_v2_values_(w, &back);
	loss = iof_vtd_page_request_loss_(f, &back, IOF_REC_VTD_PAGE_REQUEST_V2, rec, IOF_VTD_PAGE_REQUEST_V2_SIZE,
					  iof_vtd_page_request_v2_decode);
	if (loss && !lost)
		return iof_encode_fail_(IOF_E_LOSSY, rec, cap, IOF_VTD_PAGE_REQUEST_V2_SIZE, lost);
	if (lost)
		*lost = loss;
	return IOF_OK;
}

/**
 * @brief Encodes a page group response descriptor (invalidation queue type 0x9).
 *
 * Writes 32 bytes when @p cap >= 32, else the 16-byte form for a 128-bit
 * queue (Private Data must then be zero).  The response code is mapped, not
 * copied: SUCCESS → 0x0, INVALID → 0x1, FAILURE → 0xF.  PP =
 * #IOF_RESP_FLAG_PASID_VALID.  `detail` is read when `record` is 0 or
 * #IOF_REC_VTD_PAGE_GROUP_RESPONSE (and must be zero otherwise), as the decoder
 * writes it: `detail[0]` equal to qw1 bit 2 alone, or zero, is no Private
 * Data and gives qw1 bit 2 (Reserved since rev 4.0, so 0 by default; 1 when
 * the decoded descriptor had it); any other value is Private Data (rev 3.x),
 * written with PDP=1 and LPIG=1.
 * @return #IOF_OK; #IOF_E_SHORT (@p cap < 16, or Private Data with @p cap < 32);
 *         #IOF_E_RANGE; #IOF_E_UNSUPPORTED (#IOF_RESP_FLAG_RAZWI, or
 *         detail of another record type); #IOF_E_INVAL.  On error the first
 *         min(@p cap, 32) bytes of @p desc are zeroed.
 */
IOF_API int iof_vtd_page_group_response_encode(const struct iof_page_response *r, void *desc, size_t cap);
/** @cond IOF_INTERNAL */
/* The response codes of both page group response layouts, by enum iof_resp_code. */
IOF_API uint32_t iof_vtd_resp_code_(uint32_t code)
{
	static const uint8_t code_map[IOF_RESP_COUNT] = {IOF_VTD_RESP_SUCCESS, IOF_VTD_RESP_INVALID,
							 IOF_VTD_RESP_FAILURE};
	return code_map[code];
}

/*
 * What both page group response encoders check first, in this order: the
 * skeleton's prologue (null pointers, @p cap below @p size, the generic
 * response), then RAZWI, and detail of another record type than @p record.
 */
IOF_API int iof_vtd_resp_check_(const struct iof_page_response *r, const void *desc, size_t cap, size_t size,
				uint32_t record)
{
	int rc = iof_response_encode_begin_(r, desc, cap, size);
	if (rc)
		return rc;
	if (r->flags & IOF_RESP_FLAG_RAZWI)
		return IOF_E_UNSUPPORTED;
	if ((r->detail[0] | r->detail[1]) && r->record != IOF_REC_NONE && r->record != record)
		return IOF_E_UNSUPPORTED;
	return IOF_OK;
}

/* qw0 of both layouts: Type 0x9, RID, PP and PASID. */
IOF_API int iof_vtd_resp_qw0_(const struct iof_page_response *r, uint64_t *w)
{
	if (iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_RID, r->source_id))
		return IOF_E_RANGE;
	if (r->flags & IOF_RESP_FLAG_PASID_VALID) {
		iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PP, 1);
		if (iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PASID, r->pasid))
			return IOF_E_RANGE;
	}
	iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO, IOF_VTD_PAGE_GROUP_RESPONSE_TYPE);
	return IOF_OK;
}

IOF_API int iof_vtd_page_group_response_encode_body_(const struct iof_page_response *r, void *desc, size_t cap)
{
	const uint64_t lpig_bit = IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_LPIG);
	uint64_t w[4] = {0, 0, 0, 0};
	int has_priv, rc;

	rc = iof_vtd_resp_check_(r, desc, cap, IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128, IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	if (rc)
		return rc;
	has_priv = r->detail[1] || (r->detail[0] & ~lpig_bit);
	if (has_priv && cap < IOF_VTD_PAGE_GROUP_RESPONSE_SIZE)
		return IOF_E_SHORT;
	if (iof_vtd_resp_qw0_(r, w) || iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PRGI, r->grpid))
		return IOF_E_RANGE;
	iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_RC, iof_vtd_resp_code_(r->code));
	if (has_priv) {
		/* Private Data exists only in rev 3.x, where LPIG says the response completes the group. */
		iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PDP, 1);
		iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_LPIG, 1);
		iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA0, r->detail[0]);
		iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA1, r->detail[1]);
	} else {
		w[1] |= r->detail[0]; /* qw1 bit 2 as decoded, or 0 */
	}
	iof_words_store(desc, w, cap >= IOF_VTD_PAGE_GROUP_RESPONSE_SIZE ? 4u : 2u);
	return IOF_OK;
}
/** @endcond */

IOF_API int iof_vtd_page_group_response_encode(const struct iof_page_response *r, void *desc, size_t cap)
{
	int rc = iof_vtd_page_group_response_encode_body_(r, desc, cap);
	return rc ? iof_encode_fail_(rc, desc, cap, IOF_VTD_PAGE_GROUP_RESPONSE_SIZE, IOF_NULL) : rc;
}

/**
 * @brief Encodes a VT-d 2.x page group response descriptor (16 bytes).
 *
 * The answer to a 128-bit page request (iof_response_record_for()).  Codes
 * are mapped as in iof_vtd_page_group_response_encode().  `detail` is put back
 * in place as the decoder writes it (`detail[0]`: qw1 Private Data and
 * reserved bits; `detail[1]`: qw0 reserved bits, and PASID when
 * #IOF_RESP_FLAG_PASID_VALID is clear) when `record` is 0 or
 * #IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2; non-zero detail of another record type is
 * #IOF_E_UNSUPPORTED, bits of a generic field in it #IOF_E_INVAL.
 * @return #IOF_OK; #IOF_E_SHORT (@p cap < 16); #IOF_E_RANGE; #IOF_E_UNSUPPORTED
 *         (#IOF_RESP_FLAG_RAZWI, or detail of another record type);
 *         #IOF_E_INVAL.  On error the first min(@p cap, 16) bytes of
 *         @p desc are zeroed.
 */
IOF_API int iof_vtd_page_group_response_v2_encode(const struct iof_page_response *r, void *desc, size_t cap);
/** @cond IOF_INTERNAL */
IOF_API int iof_vtd_page_group_response_v2_encode_body_(const struct iof_page_response *r, void *desc, size_t cap)
{
	uint64_t w[2] = {0, 0};
	int rc;

	rc = iof_vtd_resp_check_(r, desc, cap, IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE, IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2);
	if (rc)
		return rc;
	if ((r->detail[0] & ~IOF_VTD_PAGE_GROUP_RESPONSE_V2_KEEP1_) |
	    (r->detail[1] & IOF_VTD_DEFINED(IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS, 0) &
	     ~((r->flags & IOF_RESP_FLAG_PASID_VALID) ? 0u : IOF_FD_MASK(IOF_VTD_PAGE_GROUP_RESPONSE_PASID))))
		return IOF_E_INVAL;
	if (iof_vtd_resp_qw0_(r, w) || iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI, r->grpid))
		return IOF_E_RANGE;
	iof_fd_put(w, IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC, iof_vtd_resp_code_(r->code));
	w[0] |= r->detail[1];
	w[1] |= r->detail[0];
	iof_words_store(desc, w, 2);
	return IOF_OK;
}
/** @endcond */

IOF_API int iof_vtd_page_group_response_v2_encode(const struct iof_page_response *r, void *desc, size_t cap)
{
	int rc = iof_vtd_page_group_response_v2_encode_body_(r, desc, cap);
	return rc ? iof_encode_fail_(rc, desc, cap, IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE, IOF_NULL) : rc;
}
/** @} */

/* ======================================================================== */
/** @name Names
 * Each returns a static string; an undefined code gives "?" and never null.
 * @{ */
/** @brief Spec mnemonic of @p fr ("LCT.2", "SFS.1"; IR codes: "IR_REQ_COMPAT"), "?" when undefined. */
IOF_API const char *iof_vtd_fr_mnemonic(uint32_t fr)
{
	const struct iof_vtd_fr_info *i = iof_vtd_fr_lookup(fr);
	return i ? i->mnemonic : "?";
}

/** @brief One-line description of @p fr, "?" when undefined. */
IOF_API const char *iof_vtd_fr_desc(uint32_t fr)
{
	const struct iof_vtd_fr_info *i = iof_vtd_fr_lookup(fr);
	return i ? i->desc : "?";
}
/** @} */

/* ======================================================================== */
/** @name Registry rows (codec.h)
 * The fields of each record as the spec names them, and one row per record
 * type.  Nothing here is compiled unless codec.h uses it.
 * @{ */

/** @brief The fault recording register's fields (§11.4.14); *@p count (unless null) receives their number. */
IOF_API const struct iof_codec_field *iof_vtd_fault_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {{"FI", IOF_VTD_FAULT_FI, IOF_FIELD_IN_PLACE, IOF_NULL},
						   IOF_FIELD("FI[63:48] (index)", IOF_VTD_FAULT_IRQ_INDEX),
						   IOF_FIELD("SID", IOF_VTD_FAULT_SID),
						   IOF_FIELD("T2", IOF_VTD_FAULT_T2),
						   IOF_FIELD("PRIV", IOF_VTD_FAULT_PRIV),
						   IOF_FIELD("EXE", IOF_VTD_FAULT_EXE),
						   IOF_FIELD("PP", IOF_VTD_FAULT_PP),
						   {"FR", IOF_VTD_FAULT_FR, 0, iof_vtd_fr_mnemonic},
						   IOF_FIELD("PV", IOF_VTD_FAULT_PV),
						   IOF_FIELD("AT", IOF_VTD_FAULT_AT),
						   IOF_FIELD("T1", IOF_VTD_FAULT_T1),
						   IOF_FIELD("F", IOF_VTD_FAULT_F)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief The 3.x page request descriptor's fields (§7.4.1.1). */
IOF_API const struct iof_codec_field *iof_vtd_page_request_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("Type", IOF_VTD_PAGE_REQUEST_TYPE),
						   IOF_FIELD("PP", IOF_VTD_PAGE_REQUEST_PP),
						   IOF_FIELD("PDP", IOF_VTD_PAGE_REQUEST_PDP),
						   IOF_FIELD("RID", IOF_VTD_PAGE_REQUEST_RID),
						   IOF_FIELD("PASID", IOF_VTD_PAGE_REQUEST_PASID),
						   IOF_FIELD("EXE", IOF_VTD_PAGE_REQUEST_EXE),
						   IOF_FIELD("PM", IOF_VTD_PAGE_REQUEST_PM),
						   IOF_FIELD("RD", IOF_VTD_PAGE_REQUEST_RD),
						   IOF_FIELD("WR", IOF_VTD_PAGE_REQUEST_WR),
						   IOF_FIELD("LPIG", IOF_VTD_PAGE_REQUEST_LPIG),
						   IOF_FIELD("PRGI", IOF_VTD_PAGE_REQUEST_PRGI),
						   {"ADDR", IOF_VTD_PAGE_REQUEST_ADDR, IOF_FIELD_IN_PLACE, IOF_NULL},
						   IOF_FIELD("PrivateData0", IOF_VTD_PAGE_REQUEST_PRIV_DATA0),
						   IOF_FIELD("PrivateData1", IOF_VTD_PAGE_REQUEST_PRIV_DATA1)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief The 2.x page request descriptor's fields. */
IOF_API const struct iof_codec_field *iof_vtd_page_request_v2_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {
		IOF_FIELD("SRR", IOF_VTD_PAGE_REQUEST_V2_SRR),
		IOF_FIELD("BOF", IOF_VTD_PAGE_REQUEST_V2_BOF),
		IOF_FIELD("PP", IOF_VTD_PAGE_REQUEST_V2_PP),
		IOF_FIELD("LPIG", IOF_VTD_PAGE_REQUEST_V2_LPIG),
		IOF_FIELD("PASID", IOF_VTD_PAGE_REQUEST_V2_PASID),
		IOF_FIELD("Bus", IOF_VTD_PAGE_REQUEST_V2_BUS),
		IOF_FIELD("PrivateData", IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA),
		IOF_FIELD("PRGI", IOF_VTD_PAGE_REQUEST_V2_PRGI),
		IOF_FIELD("RD", IOF_VTD_PAGE_REQUEST_V2_RD),
		IOF_FIELD("WR", IOF_VTD_PAGE_REQUEST_V2_WR),
		IOF_FIELD("EXE", IOF_VTD_PAGE_REQUEST_V2_EXE),
		IOF_FIELD("PRIV", IOF_VTD_PAGE_REQUEST_V2_PRIV),
		IOF_FIELD("DevFn", IOF_VTD_PAGE_REQUEST_V2_DEVFN),
		{"ADDR", IOF_VTD_PAGE_REQUEST_V2_ADDR, IOF_FIELD_IN_PLACE, IOF_NULL}};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief The 3.x page group response descriptor's fields (§6.5.2). */
IOF_API const struct iof_codec_field *iof_vtd_page_group_response_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("Type[3:0]", IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO),
						   IOF_FIELD("PP", IOF_VTD_PAGE_GROUP_RESPONSE_PP),
						   IOF_FIELD("PDP", IOF_VTD_PAGE_GROUP_RESPONSE_PDP),
						   IOF_FIELD("Type[6:4]", IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_HI),
						   IOF_FIELD("RC", IOF_VTD_PAGE_GROUP_RESPONSE_RC),
						   IOF_FIELD("RID", IOF_VTD_PAGE_GROUP_RESPONSE_RID),
						   IOF_FIELD("PASID", IOF_VTD_PAGE_GROUP_RESPONSE_PASID),
						   IOF_FIELD("LPIG", IOF_VTD_PAGE_GROUP_RESPONSE_LPIG),
						   IOF_FIELD("PRGI", IOF_VTD_PAGE_GROUP_RESPONSE_PRGI),
						   IOF_FIELD("PrivateData0", IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA0),
						   IOF_FIELD("PrivateData1", IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA1)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief The 2.x page group response descriptor's fields. */
IOF_API const struct iof_codec_field *iof_vtd_page_group_response_v2_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("Type[3:0]", IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO),
						   IOF_FIELD("PP", IOF_VTD_PAGE_GROUP_RESPONSE_PP),
						   IOF_FIELD("RID", IOF_VTD_PAGE_GROUP_RESPONSE_RID),
						   IOF_FIELD("PASID", IOF_VTD_PAGE_GROUP_RESPONSE_PASID),
						   IOF_FIELD("RC", IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC),
						   IOF_FIELD("PrivateData", IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRIV_DATA),
						   IOF_FIELD("PRGI", IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @cond IOF_INTERNAL */
/* The fields a fault record @p rec uses: FI for a DMA reason, FI[63:48] for an interrupt one (bits of iof_vtd_fault_fields()). */
IOF_API uint64_t iof_vtd_fault_field_set_(const void *rec, size_t len)
{
	uint32_t fr;
	if (!rec || len < IOF_VTD_FAULT_SIZE)
		return 0;
	fr = ((const uint8_t *)rec)[12];
	return iof_vtd_fr_is_irq(fr) ? 0xffeu : 0xffdu;
}
/** @endcond */

/** @brief Spec of the VT-d layouts. */
#define IOF_VTD_SPEC_ "Intel VT-d (D51397)"

/**
 * @brief The registry rows of this header (codec.h), one per record type:
 *        each an IOF_CODEC_ROW().
 */
#define IOF_VTD_CODEC_ROWS                                                                                             \
	IOF_CODEC_ROW("vtd-fault", IOF_REC_VTD_FAULT, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE, 8, 0,           \
		      IOF_VTD_FAULT_SIZE, IOF_VTD_FAULT_SIZE, IOF_NULL, iof_vtd_fault_decode, iof_vtd_fault_encode,    \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, iof_vtd_fr_mnemonic, iof_vtd_fr_desc, IOF_NULL,          \
		      IOF_VTD_SPEC_ " §11.4.14", iof_vtd_fault_fields, iof_vtd_fault_field_set_, "docs/vtd.md")        \
	IOF_CODEC_ROW("vtd-page-request", IOF_REC_VTD_PAGE_REQUEST, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE,   \
		      8, 0, IOF_VTD_PAGE_REQUEST_SIZE, IOF_VTD_PAGE_REQUEST_SIZE, IOF_NULL,                            \
		      iof_vtd_page_request_decode, iof_vtd_page_request_encode, IOF_NULL, IOF_NULL, IOF_NULL,          \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_VTD_SPEC_ " §7.4.1.1", iof_vtd_page_request_fields,  \
		      IOF_NULL, "docs/vtd.md")                                                                         \
	IOF_CODEC_ROW("vtd-page-request-v2", IOF_REC_VTD_PAGE_REQUEST_V2, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES,           \
		      IOF_ORDER_LE, 8, 0, IOF_VTD_PAGE_REQUEST_V2_SIZE, IOF_VTD_PAGE_REQUEST_V2_SIZE, IOF_NULL,        \
		      iof_vtd_page_request_v2_decode, iof_vtd_page_request_v2_encode, IOF_NULL, IOF_NULL, IOF_NULL,    \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_VTD_SPEC_ " rev 2.x, page request descriptor",       \
		      iof_vtd_page_request_v2_fields, IOF_NULL, "docs/vtd.md")                                         \
	IOF_CODEC_ROW("vtd-page-group-response", IOF_REC_VTD_PAGE_GROUP_RESPONSE, IOF_SHAPE_RESPONSE,                  \
		      IOF_LAYOUT_BYTES, IOF_ORDER_LE, 8, 0, IOF_VTD_PAGE_GROUP_RESPONSE_SIZE,                          \
		      IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128, IOF_NULL, IOF_NULL, IOF_NULL,                              \
		      iof_vtd_page_group_response_decode, iof_vtd_page_group_response_encode, IOF_NULL, IOF_NULL,      \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_VTD_SPEC_ " §6.5.2", iof_vtd_page_group_response_fields,       \
		      IOF_NULL, "docs/vtd.md")                                                                         \
	IOF_CODEC_ROW("vtd-page-group-response-v2", IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2, IOF_SHAPE_RESPONSE,            \
		      IOF_LAYOUT_BYTES, IOF_ORDER_LE, 8, 0, IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE,                       \
		      IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE, IOF_NULL, IOF_NULL, IOF_NULL,                               \
		      iof_vtd_page_group_response_v2_decode, iof_vtd_page_group_response_v2_encode, IOF_NULL,          \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL,                                                          \
		      IOF_VTD_SPEC_ " rev 2.x, page group response descriptor", iof_vtd_page_group_response_v2_fields, \
		      IOF_NULL, "docs/vtd.md")
/** @brief This format's slot in the registry (codec.h): #IOF_FMT_VTD is 2. */
#define IOF_CODEC_ROWS_FORMAT_2 IOF_VTD_CODEC_ROWS
/** @} */

/* ======================================================================== */
/**
 * @name Earlier spellings
 * One spelling per record (docs/abi-policy.md, "Names"): the names above
 * follow the record's registry name.  The spellings used before that rule
 * still compile, as aliases; they are deprecated and go in 2.0.
 * @{ */
/** @cond IOF_DEPRECATED */
#define IOF_VTD_FRCD_AT IOF_VTD_FAULT_AT
#define IOF_VTD_FRCD_EXE IOF_VTD_FAULT_EXE
#define IOF_VTD_FRCD_F IOF_VTD_FAULT_F
#define IOF_VTD_FRCD_FI IOF_VTD_FAULT_FI
#define IOF_VTD_FRCD_FIELDS IOF_VTD_FAULT_FIELDS
#define IOF_VTD_FRCD_FR IOF_VTD_FAULT_FR
#define IOF_VTD_FRCD_IRQ_INDEX IOF_VTD_FAULT_IRQ_INDEX
#define IOF_VTD_FRCD_PP IOF_VTD_FAULT_PP
#define IOF_VTD_FRCD_PRIV IOF_VTD_FAULT_PRIV
#define IOF_VTD_FRCD_PV IOF_VTD_FAULT_PV
#define IOF_VTD_FRCD_SID IOF_VTD_FAULT_SID
#define IOF_VTD_FRCD_T1 IOF_VTD_FAULT_T1
#define IOF_VTD_FRCD_T2 IOF_VTD_FAULT_T2
#define IOF_VTD_PAGE_GRP_RESP_SIZE IOF_VTD_PAGE_GROUP_RESPONSE_SIZE
#define IOF_VTD_PAGE_GRP_RESP_SIZE_128 IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128
#define IOF_VTD_PAGE_GRP_RESP_V2_SIZE IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE
#define IOF_VTD_PAGE_REQ_SIZE IOF_VTD_PAGE_REQUEST_SIZE
#define IOF_VTD_PAGE_REQ_V2_SIZE IOF_VTD_PAGE_REQUEST_V2_SIZE
#define IOF_VTD_PGRP2_FIELDS IOF_VTD_PAGE_GROUP_RESPONSE_V2_FIELDS
#define IOF_VTD_PGRP2_PRGI IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRGI
#define IOF_VTD_PGRP2_PRIV_DATA IOF_VTD_PAGE_GROUP_RESPONSE_V2_PRIV_DATA
#define IOF_VTD_PGRP2_RC IOF_VTD_PAGE_GROUP_RESPONSE_V2_RC
#define IOF_VTD_PGRP_FIELDS IOF_VTD_PAGE_GROUP_RESPONSE_FIELDS
#define IOF_VTD_PGRP_LPIG IOF_VTD_PAGE_GROUP_RESPONSE_LPIG
#define IOF_VTD_PGRP_PASID IOF_VTD_PAGE_GROUP_RESPONSE_PASID
#define IOF_VTD_PGRP_PDP IOF_VTD_PAGE_GROUP_RESPONSE_PDP
#define IOF_VTD_PGRP_PP IOF_VTD_PAGE_GROUP_RESPONSE_PP
#define IOF_VTD_PGRP_PRGI IOF_VTD_PAGE_GROUP_RESPONSE_PRGI
#define IOF_VTD_PGRP_PRIV_DATA0 IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA0
#define IOF_VTD_PGRP_PRIV_DATA1 IOF_VTD_PAGE_GROUP_RESPONSE_PRIV_DATA1
#define IOF_VTD_PGRP_RC IOF_VTD_PAGE_GROUP_RESPONSE_RC
#define IOF_VTD_PGRP_RID IOF_VTD_PAGE_GROUP_RESPONSE_RID
#define IOF_VTD_PGRP_TYPE IOF_VTD_PAGE_GROUP_RESPONSE_TYPE
#define IOF_VTD_PGRP_TYPE_HI IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_HI
#define IOF_VTD_PGRP_TYPE_LO IOF_VTD_PAGE_GROUP_RESPONSE_TYPE_LO
#define IOF_VTD_PRQ2_ADDR IOF_VTD_PAGE_REQUEST_V2_ADDR
#define IOF_VTD_PRQ2_BOF IOF_VTD_PAGE_REQUEST_V2_BOF
#define IOF_VTD_PRQ2_BUS IOF_VTD_PAGE_REQUEST_V2_BUS
#define IOF_VTD_PRQ2_DEVFN IOF_VTD_PAGE_REQUEST_V2_DEVFN
#define IOF_VTD_PRQ2_EXE IOF_VTD_PAGE_REQUEST_V2_EXE
#define IOF_VTD_PRQ2_FIELDS IOF_VTD_PAGE_REQUEST_V2_FIELDS
#define IOF_VTD_PRQ2_LPIG IOF_VTD_PAGE_REQUEST_V2_LPIG
#define IOF_VTD_PRQ2_PASID IOF_VTD_PAGE_REQUEST_V2_PASID
#define IOF_VTD_PRQ2_PP IOF_VTD_PAGE_REQUEST_V2_PP
#define IOF_VTD_PRQ2_PRGI IOF_VTD_PAGE_REQUEST_V2_PRGI
#define IOF_VTD_PRQ2_PRIV IOF_VTD_PAGE_REQUEST_V2_PRIV
#define IOF_VTD_PRQ2_PRIV_DATA IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA
#define IOF_VTD_PRQ2_RD IOF_VTD_PAGE_REQUEST_V2_RD
#define IOF_VTD_PRQ2_SRR IOF_VTD_PAGE_REQUEST_V2_SRR
#define IOF_VTD_PRQ2_WR IOF_VTD_PAGE_REQUEST_V2_WR
#define IOF_VTD_PRQ_ADDR IOF_VTD_PAGE_REQUEST_ADDR
#define IOF_VTD_PRQ_EXE IOF_VTD_PAGE_REQUEST_EXE
#define IOF_VTD_PRQ_FIELDS IOF_VTD_PAGE_REQUEST_FIELDS
#define IOF_VTD_PRQ_LPIG IOF_VTD_PAGE_REQUEST_LPIG
#define IOF_VTD_PRQ_PASID IOF_VTD_PAGE_REQUEST_PASID
#define IOF_VTD_PRQ_PDP IOF_VTD_PAGE_REQUEST_PDP
#define IOF_VTD_PRQ_PM IOF_VTD_PAGE_REQUEST_PM
#define IOF_VTD_PRQ_PP IOF_VTD_PAGE_REQUEST_PP
#define IOF_VTD_PRQ_PRGI IOF_VTD_PAGE_REQUEST_PRGI
#define IOF_VTD_PRQ_PRIV_DATA0 IOF_VTD_PAGE_REQUEST_PRIV_DATA0
#define IOF_VTD_PRQ_PRIV_DATA1 IOF_VTD_PAGE_REQUEST_PRIV_DATA1
#define IOF_VTD_PRQ_RD IOF_VTD_PAGE_REQUEST_RD
#define IOF_VTD_PRQ_RID IOF_VTD_PAGE_REQUEST_RID
#define IOF_VTD_PRQ_TYPE IOF_VTD_PAGE_REQUEST_TYPE
#define IOF_VTD_PRQ_TYPE_PAGE_REQ IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ
#define IOF_VTD_PRQ_WR IOF_VTD_PAGE_REQUEST_WR
#define iof_vtd_frcd_defined_mask iof_vtd_fault_defined_mask
#define iof_vtd_page_grp_resp_decode iof_vtd_page_group_response_decode
#define iof_vtd_page_grp_resp_encode iof_vtd_page_group_response_encode
#define iof_vtd_page_grp_resp_fields iof_vtd_page_group_response_fields
#define iof_vtd_page_grp_resp_v2_decode iof_vtd_page_group_response_v2_decode
#define iof_vtd_page_grp_resp_v2_encode iof_vtd_page_group_response_v2_encode
#define iof_vtd_page_grp_resp_v2_fields iof_vtd_page_group_response_v2_fields
#define iof_vtd_pgrp2_defined_mask iof_vtd_page_group_response_v2_defined_mask
#define iof_vtd_pgrp_defined_mask iof_vtd_page_group_response_defined_mask
#define iof_vtd_prq2_defined_mask iof_vtd_page_request_v2_defined_mask
#define iof_vtd_prq_defined_mask iof_vtd_page_request_defined_mask
/** @endcond */
/** @} */

IOF_END_DECLS

#endif /* IOMMU_FAULT_VTD_H */
