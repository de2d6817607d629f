/* SPDX-License-Identifier: MIT */
/**
 * @file fault.h
 * @brief The generic IOMMU fault ABI, version 1: one record for every fault,
 *        page request and event that Arm SMMUv3, Intel VT-d, AMD-Vi, the
 *        RISC-V IOMMU, virtio-iommu and Linux iommufd report.
 *
 * Rules of the ABI (docs/abi-policy.md has the full policy):
 * - structs hold fixed-width integers only, padding is written out as
 *   `reserved` members that must be zero, and every size and offset is
 *   asserted right after each struct;
 * - enum types are API only: ABI fields that hold an enumerator are plain
 *   integers of a stated width, and every enumerator has an explicit value
 *   that never changes once published;
 * - every struct starts with its `size`; growth appends members, and
 *   iof_struct_copy() implements the extensible-struct rule.
 *
 * Calling contract of every function of the library (docs/abi-policy.md,
 * "Calling contract"):
 * - NULL: any pointer argument may be null without a crash.  A function
 *   that returns a status returns #IOF_E_INVAL, and checks for null first,
 *   before any length.  Others return a neutral value: the `*_equal()`
 *   functions 1 only when both pointers are the same (both null),
 *   iof_fault_format() 0 for a null record, the `*_init()` functions do
 *   nothing.  The byte-level primitives of compat.h (iof_le*_load/store,
 *   iof_words_*, iof_fd_*, iof_bzero, iof_bytes_equal) are not checked:
 *   like memcpy(), their pointers must point to the bytes they access.
 * - Decoders: status order null (#IOF_E_INVAL), short input
 *   (#IOF_E_SHORT), undefined code (#IOF_E_CODE), then reserved bits
 *   (#IOF_E_RESERVED) or an empty record (#IOF_E_EMPTY).  A non-null output
 *   struct is always fully written, whatever the status.
 * - Encoders: on every error, a non-null output buffer has its first
 *   min(capacity, record size) bytes zeroed (an all-zero record is never a
 *   valid record), and a non-null loss mask is 0, so a caller that ignores
 *   the status never forwards stale bytes.
 * - Shared memory: decoders read through a plain pointer and the compiler
 *   may read a byte more than once.  A hypervisor reading a queue the guest
 *   can still write must copy the record to private memory first and decode
 *   the copy, or a concurrent change could make one decode inconsistent.
 */
#ifndef IOMMU_FAULT_FAULT_H
#define IOMMU_FAULT_FAULT_H

#include "compat.h"

/** @brief Library major version. */
#define IOF_VERSION_MAJOR 1
/** @brief Library minor version. */
#define IOF_VERSION_MINOR 0
/** @brief Library patch level. */
#define IOF_VERSION_PATCH 0
/** @brief Library version as a string. */
#define IOF_VERSION_STRING "1.0.0"
/** @brief Library version as one comparable number: major * 10000 + minor * 100 + patch. */
#define IOF_VERSION_NUMBER (IOF_VERSION_MAJOR * 10000 + IOF_VERSION_MINOR * 100 + IOF_VERSION_PATCH)
/** @brief Version of the generic ABI defined here.  Bumped only for an incompatible ABI. */
#define IOF_ABI_VERSION 1

IOF_BEGIN_DECLS

/* ======================================================================== */
/** @name Status codes
 * Every function returns 0 or one of these negative values.
 * @{ */
/** @brief Status codes returned by every function of the library. */
enum iof_status {
	IOF_OK = 0,             /**< Success. */
	IOF_E_SHORT = -1,       /**< Input shorter than the record, or output capacity too small. */
	IOF_E_CODE = -2,        /**< Reserved or undefined hardware code; raw code kept in the origin. */
	IOF_E_RESERVED = -3,    /**< Strict mode: a reserved (RES0/RsvdZ) bit is set; fields still decoded. */
	IOF_E_RANGE = -4,       /**< Encoder: a value does not fit its hardware field. */
	IOF_E_UNSUPPORTED = -5, /**< Encoder: the generic record cannot be expressed in this format. */
	IOF_E_LOSSY = -6,       /**< Encoder: some information would be lost and no loss mask was given. */
	IOF_E_2BIG = -7,        /**< Extensible struct: unknown trailing bytes are not zero. */
	IOF_E_SIZE = -8,        /**< Extensible struct: size smaller than the first published version. */
	IOF_E_INVAL = -9,       /**< Invalid argument: null pointer or out-of-range enumerator. */
	IOF_E_EMPTY = -10       /**< The record is not valid (fault bit clear, zero entry); fields still decoded. */
};
/** @} */

/** @brief Decode option: report set reserved bits as #IOF_E_RESERVED. */
#define IOF_DECODE_STRICT 0x1u
/**
 * @brief Decode option: the record's words are big-endian.
 *
 * Only a layout whose registry row lists #IOF_ORDER_BE accepts it (codec.h);
 * a decoder of a little-endian-only layout answers #IOF_E_INVAL rather than
 * read the bytes in the wrong order.
 */
#define IOF_DECODE_BIG_ENDIAN 0x2u
/** @brief Encode option of the registry's encoders: write the words big-endian (see #IOF_DECODE_BIG_ENDIAN). */
#define IOF_ENCODE_BIG_ENDIAN 0x2u

/**
 * @brief The largest record of any layout, in bytes: a buffer of this size
 *        holds any fixed-size record, and the fixed part plus the largest
 *        payload of a variable-size one.  Every registry row is checked
 *        against it (tests/test_codec.c).  It may grow in a minor release when
 *        a larger layout arrives; code that sizes buffers with it follows.
 */
#define IOF_RECORD_MAX_SIZE 64u

/* ======================================================================== */
/** @name Formats and record types
 * @{ */
/** @brief Hardware or software fault formats. */
enum iof_format {
	IOF_FMT_NONE = 0,   /**< No origin (record built by software). */
	IOF_FMT_SMMUV3 = 1, /**< Arm SMMUv3 (IHI 0070). */
	IOF_FMT_VTD = 2,    /**< Intel VT-d. */
	IOF_FMT_AMDVI = 3,  /**< AMD I/O virtualization (AMD-Vi). */
	IOF_FMT_RISCV = 4,  /**< RISC-V IOMMU. */
	IOF_FMT_VIRTIO = 5, /**< virtio-iommu. */
	IOF_FMT_IOMMUFD = 6 /**< Linux iommufd user ABI. */
};

/** @brief Record type values: the format in the high byte, the record in the low byte. */
#define IOF_RECORD(fmt, n) (((fmt) << 8) | (n))
/** @brief The enum iof_format of a record type. */
#define IOF_RECORD_FORMAT(rec) (((rec) >> 8) & 0xffu)

/* one enumerator per line, as tests/test_codec.c reads them */
/* clang-format off */
/** @brief Record types: each raw record layout the library knows. */
enum iof_record {
	IOF_REC_NONE = 0,                                        /**< No record. */
	IOF_REC_SMMUV3_EVENT = IOF_RECORD(IOF_FMT_SMMUV3, 0x01),   /**< SMMUv3 event queue record, 32 bytes. */
	IOF_REC_SMMUV3_PRI = IOF_RECORD(IOF_FMT_SMMUV3, 0x02),     /**< SMMUv3 PRI queue entry, 16 bytes. */
	IOF_REC_SMMUV3_CMD_PRI_RESP = IOF_RECORD(IOF_FMT_SMMUV3, 0x10), /**< SMMUv3 CMD_PRI_RESP, 16 bytes. */
	IOF_REC_SMMUV3_CMD_RESUME = IOF_RECORD(IOF_FMT_SMMUV3, 0x11),   /**< SMMUv3 CMD_RESUME, 16 bytes. */
	IOF_REC_SMMUV3_CMD_STALL_TERM = IOF_RECORD(IOF_FMT_SMMUV3, 0x12), /**< SMMUv3 CMD_STALL_TERM, 16 bytes. */
	IOF_REC_VTD_FAULT = IOF_RECORD(IOF_FMT_VTD, 0x01),         /**< VT-d fault recording register, 16 bytes. */
	IOF_REC_VTD_PAGE_REQ = IOF_RECORD(IOF_FMT_VTD, 0x02),      /**< VT-d page request descriptor, 32 bytes (3.0+). */
	IOF_REC_VTD_PAGE_REQ_V2 = IOF_RECORD(IOF_FMT_VTD, 0x03),   /**< VT-d 2.x page request descriptor, 16 bytes. */
	IOF_REC_VTD_PAGE_GRP_RESP = IOF_RECORD(IOF_FMT_VTD, 0x10), /**< VT-d page group response descriptor, 32 bytes. */
	IOF_REC_AMDVI_EVENT = IOF_RECORD(IOF_FMT_AMDVI, 0x01),     /**< AMD-Vi event log entry, 16 bytes. */
	IOF_REC_AMDVI_PPR = IOF_RECORD(IOF_FMT_AMDVI, 0x02),       /**< AMD-Vi PPR log entry, 16 bytes. */
	IOF_REC_AMDVI_CMD_COMPLETE_PPR = IOF_RECORD(IOF_FMT_AMDVI, 0x10), /**< AMD-Vi COMPLETE_PPR_REQUEST, 16 bytes. */
	IOF_REC_RISCV_FAULT = IOF_RECORD(IOF_FMT_RISCV, 0x01),     /**< RISC-V IOMMU fault queue record, 32 bytes. */
	IOF_REC_RISCV_PAGE_REQ = IOF_RECORD(IOF_FMT_RISCV, 0x02),  /**< RISC-V IOMMU page request queue record, 16 bytes. */
	IOF_REC_RISCV_CMD_PRGR = IOF_RECORD(IOF_FMT_RISCV, 0x10),  /**< RISC-V IOMMU ATS.PRGR command, 16 bytes. */
	IOF_REC_VIRTIO_FAULT = IOF_RECORD(IOF_FMT_VIRTIO, 0x01),   /**< virtio-iommu fault report, 24 bytes. */
	IOF_REC_IOMMUFD_PGFAULT = IOF_RECORD(IOF_FMT_IOMMUFD, 0x01), /**< iommufd struct iommu_hwpt_pgfault, 40 bytes. */
	IOF_REC_IOMMUFD_VEVENT = IOF_RECORD(IOF_FMT_IOMMUFD, 0x02),  /**< iommufd vEVENT header (+ payload). */
	IOF_REC_IOMMUFD_PAGE_RESP = IOF_RECORD(IOF_FMT_IOMMUFD, 0x10), /**< iommufd struct iommu_hwpt_page_response, 8 bytes. */
	IOF_REC_VTD_PAGE_GRP_RESP_V2 = IOF_RECORD(IOF_FMT_VTD, 0x11), /**< VT-d 2.x page group response descriptor, 16 bytes (appended after v1). */
	/* The same record types spelled as their registry names (docs/abi-policy.md, "Names"):
	 * aliases appended after v1, with the values above. */
	IOF_REC_VTD_PAGE_REQUEST = IOF_REC_VTD_PAGE_REQ,                  /**< Alias of #IOF_REC_VTD_PAGE_REQ ("vtd-page-request"). */
	IOF_REC_VTD_PAGE_REQUEST_V2 = IOF_REC_VTD_PAGE_REQ_V2,            /**< Alias of #IOF_REC_VTD_PAGE_REQ_V2. */
	IOF_REC_VTD_PAGE_GROUP_RESPONSE = IOF_REC_VTD_PAGE_GRP_RESP,      /**< Alias of #IOF_REC_VTD_PAGE_GRP_RESP. */
	IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2 = IOF_REC_VTD_PAGE_GRP_RESP_V2 /**< Alias of #IOF_REC_VTD_PAGE_GRP_RESP_V2. */
};
/* clang-format on */
/** @} */

/* ======================================================================== */
/** @name Kinds, reasons, transactions
 * @{ */
/** @brief What a generic record is. */
enum iof_kind {
	IOF_KIND_NONE = 0,         /**< Not a record (all-zero struct). */
	IOF_KIND_DMA_FAULT = 1,    /**< Unrecoverable fault of a DMA transaction or its configuration. */
	IOF_KIND_PAGE_REQUEST = 2, /**< Recoverable: a page request or stalled transaction awaiting a page response. */
	IOF_KIND_STOP_MARKER =
		3, /**< PCIe PRI stop marker: a PASID is done; no response (flags: PASID_VALID, never LAST / NEEDS_PASID). */
	IOF_KIND_IRQ_FAULT = 4,   /**< Interrupt remapping fault. */
	IOF_KIND_IOMMU_ERROR = 5, /**< Error of the IOMMU itself, not tied to one device transaction. */
	IOF_KIND_EVENT = 6,       /**< Informational event (a hint, a counter); nothing failed. */
	IOF_KIND_LOST = 7         /**< Records were lost (queue overflow); `count` says how many if known. */
};
/** @brief Number of enum iof_kind values (API only). */
#define IOF_KIND_COUNT 8

/**
 * @brief Why a fault happened, coarse on purpose: enough to route it.
 *
 * The principle (2017 agreement on the Linux iommu list): a reason tells a
 * device driver, a guest or a vIOMMU whose problem the fault is — the
 * process's page tables, the PASID table's owner, the device context's
 * owner (hypervisor / IOMMU driver), the device driver, or the IOMMU
 * itself — and no more.  There is no ambiguous "unknown": an error of the
 * IOMMU is #IOF_REASON_INTERNAL, a vendor-defined event is
 * #IOF_REASON_IMPDEF, and the exact hardware code always travels in
 * iof_origin::code.  Fatality is a flag (#IOF_FLAG_FATAL), not a reason.
 */
enum iof_reason {
	IOF_REASON_NONE = 0,             /**< No fault: page requests, stop markers, hints, lost markers. */
	IOF_REASON_INTERNAL = 1,         /**< The IOMMU itself failed or was misprogrammed (not per device). */
	IOF_REASON_IMPDEF = 2,           /**< Implementation-defined event; see the origin code. */
	IOF_REASON_SOURCEID_INVALID = 3, /**< Source (requester / stream / device) ID outside the device table. */
	IOF_REASON_DEVICE_CONTEXT_FETCH =
		4, /**< Fetching the device context (root/context entry, STE, DTE, DDT) aborted. */
	IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY =
		5,                      /**< Device context entry not present, reserved bits set, or misconfigured. */
	IOF_REASON_PASID_FETCH = 6,     /**< Fetching the PASID table / directory / CD aborted. */
	IOF_REASON_BAD_PASID_ENTRY = 7, /**< PASID entry (CD, PASID-table entry) not present or misconfigured. */
	IOF_REASON_PASID_INVALID = 8,   /**< PASID out of range, disabled, absent where required, or not allowed. */
	IOF_REASON_WALK_EABT = 9,       /**< External abort fetching or updating a page-table descriptor. */
	IOF_REASON_PTE_FETCH = 10,      /**< Translation fault: no valid mapping for the input address. */
	IOF_REASON_PERMISSION = 11,     /**< The mapping exists but does not allow this access. */
	IOF_REASON_ACCESS = 12,         /**< Access/dirty flag fault (flag clear or cannot be updated). */
	IOF_REASON_OOR_ADDRESS = 13,    /**< Output (or table) address out of the supported range. */
	IOF_REASON_REQUEST_INVALID =
		14,                  /**< The request is malformed or of a type the device context does not allow. */
	IOF_REASON_IRQ_INVALID = 15, /**< Interrupt request malformed, out of range or blocked. */
	IOF_REASON_IRQ_ENTRY_FETCH = 16, /**< Fetching the interrupt remapping entry (IRTE, MSI PTE) aborted. */
	IOF_REASON_BAD_IRQ_ENTRY = 17    /**< Interrupt remapping entry not present or misconfigured. */
};
/** @brief Number of enum iof_reason values (API only). */
#define IOF_REASON_COUNT 18

/** @brief What kind of inbound transaction caused the record. */
enum iof_txn {
	IOF_TXN_UNSPECIFIED = 0,  /**< The record does not identify the transaction. */
	IOF_TXN_MEMORY = 1,       /**< Memory read / write / atomic / execute: `perm` holds the access. */
	IOF_TXN_PAGE_REQUEST = 2, /**< A PCIe page request message (PRI). */
	IOF_TXN_MESSAGE = 3,      /**< Another PCIe message. */
	IOF_TXN_INTERRUPT = 4,    /**< An interrupt (MSI write) being remapped. */
	IOF_TXN_INTERNAL = 5      /**< Not caused by an inbound transaction (the IOMMU's own access). */
};
/** @brief Number of enum iof_txn values (API only). */
#define IOF_TXN_COUNT 6

/** @brief PCIe Address Type of the faulting request (the AT field of the TLP). */
enum iof_at {
	IOF_AT_UNTRANSLATED = 0, /**< Untranslated request. */
	IOF_AT_TRANSLATION = 1,  /**< ATS translation request. */
	IOF_AT_TRANSLATED = 2,   /**< Translated request. */
	IOF_AT_RESERVED = 3      /**< Reserved encoding (kept as reported). */
};
/** @brief Number of enum iof_at values (API only). */
#define IOF_AT_COUNT 4
/** @} */

/* ======================================================================== */
/** @name Flags of struct iof_fault
 * @{ */
#define IOF_FLAG_FATAL (1u << 0)            /**< The source (or the IOMMU) stops until software acts. */
#define IOF_FLAG_SOURCE_ID_VALID (1u << 1)  /**< `source_id` is valid. */
#define IOF_FLAG_PASID_VALID (1u << 2)      /**< `pasid` is valid (the request carried a PASID). */
#define IOF_FLAG_ADDR_VALID (1u << 3)       /**< `addr` (the input address) is valid. */
#define IOF_FLAG_FETCH_ADDR_VALID (1u << 4) /**< `fetch_addr` is valid. */
#define IOF_FLAG_IPA_VALID (1u << 5)        /**< `ipa` (intermediate / guest-physical address) is valid. */
#define IOF_FLAG_IRQ_INDEX_VALID (1u << 6)  /**< `irq_index` is valid. */
#define IOF_FLAG_STAGE2 (1u << 7)           /**< The fault happened at stage 2 (the hypervisor's tables). */
#define IOF_FLAG_LAST (1u << 8)             /**< Last page request of its group: a response is expected. */
#define IOF_FLAG_NEEDS_PASID (1u << 9)      /**< The page response must carry the request's PASID. */
#define IOF_FLAG_PRIV_DATA (1u << 10)       /**< Page request carries private data (origin detail). */
/** @brief Every flag defined by ABI v1; other bits must be zero. */
#define IOF_FLAG_ALL_V1 0x7ffu
/** @brief Number of flag bits defined by ABI v1 (API only). */
#define IOF_FLAG_COUNT 11
/** @} */

/** @name Access bits (struct iof_fault::perm), same values as Linux's IOMMU_FAULT_PERM_*
 * @{ */
#define IOF_PERM_READ (1u << 0)  /**< Read (for an atomic: with #IOF_PERM_WRITE). */
#define IOF_PERM_WRITE (1u << 1) /**< Write. */
#define IOF_PERM_EXEC (1u << 2)  /**< Instruction fetch / execute requested. */
#define IOF_PERM_PRIV (1u << 3)  /**< Privileged (supervisor) access. */
/** @brief Every access bit defined by ABI v1. */
#define IOF_PERM_ALL_V1 0xfu
/** @brief Number of access bits (API only). */
#define IOF_PERM_COUNT 4
/** @} */

/** @name Loss bits: what an encoder could not carry into its format
 * @{ */
#define IOF_LOST_KIND (1u << 0)       /**< The kind has no equivalent record. */
#define IOF_LOST_REASON (1u << 1)     /**< The reason became a different (nearest) one. */
#define IOF_LOST_CODE (1u << 2)       /**< The origin hardware code could not be kept. */
#define IOF_LOST_SOURCE_ID (1u << 3)  /**< The source ID does not fit or has no field. */
#define IOF_LOST_PASID (1u << 4)      /**< The PASID has no field. */
#define IOF_LOST_ADDR (1u << 5)       /**< The input address has no field (bits a field cannot hold are IOF_E_RANGE). */
#define IOF_LOST_FETCH_ADDR (1u << 6) /**< The fetch address has no field. */
#define IOF_LOST_IPA (1u << 7)        /**< The intermediate address has no field. */
#define IOF_LOST_IRQ_INDEX (1u << 8)  /**< The interrupt index has no field. */
#define IOF_LOST_GRPID (1u << 9)      /**< The group ID / tag does not fit. */
#define IOF_LOST_PERM (1u << 10)      /**< Some access bits have no field. */
#define IOF_LOST_TXN (1u << 11)       /**< The transaction type or address type cannot be expressed. */
#define IOF_LOST_FLAGS (1u << 12)     /**< A flag (stage 2, fatal, last, needs-PASID) cannot be expressed. */
#define IOF_LOST_LENGTH (1u << 13)    /**< The length cannot be expressed. */
#define IOF_LOST_DETAIL (1u << 14)    /**< Format-specific detail of another format was dropped. */
/** @brief Number of loss bits (API only). */
#define IOF_LOST_COUNT 15
/** @} */

/* ======================================================================== */
/**
 * @brief Where a generic record came from, kept so that nothing is lost.
 *
 * `detail` holds the bits of the original record that have no generic
 * field, in the record's own layout; which words and bits, per record type,
 * is documented in the format header and docs/.  An encoder of the same
 * record type puts them back; an encoder of another type reports
 * #IOF_LOST_DETAIL if any is non-zero.
 */
struct iof_origin {
	uint16_t record;    /**< enum iof_record of the original record (0: none). */
	uint16_t reserved0; /**< Must be zero. */
	uint32_t code;      /**< Raw hardware code: event id, fault reason, cause, ... */
	uint64_t detail[3]; /**< Format-specific bits with no generic field (per record type). */
};
IOF_ASSERT_SIZE(struct iof_origin, 32);
IOF_ASSERT_MEMBER(struct iof_origin, record, 0, 2);
IOF_ASSERT_MEMBER(struct iof_origin, reserved0, 2, 2);
IOF_ASSERT_MEMBER(struct iof_origin, code, 4, 4);
IOF_ASSERT_MEMBER(struct iof_origin, detail, 8, 24);

/** @brief Size of struct iof_fault in ABI v1. */
#define IOF_FAULT_SIZE_V1 128u

/**
 * @brief The generic fault record, ABI v1 (128 bytes, same layout on every target).
 *
 * A field is meaningful only when its validity flag is set (or, for
 * `perm`, when `txn` is #IOF_TXN_MEMORY or #IOF_TXN_PAGE_REQUEST); invalid
 * fields are zero.  Decoders write every byte; encoders read a member that
 * has a validity flag only when the flag is set, and ignore it otherwise.
 */
struct iof_fault {
	uint32_t size;      /**< Bytes of this struct the writer knew: #IOF_FAULT_SIZE_V1. */
	uint8_t kind;       /**< enum iof_kind. */
	uint8_t reason;     /**< enum iof_reason. */
	uint8_t txn;        /**< enum iof_txn. */
	uint8_t at;         /**< enum iof_at (PCIe address type). */
	uint32_t flags;     /**< IOF_FLAG_* bits. */
	uint32_t perm;      /**< IOF_PERM_* bits: the access made or requested. */
	uint32_t source_id; /**< Requester / stream / device ID (SMMU StreamID, PCIe RID, RISC-V DID, virtio endpoint). */
	uint32_t pasid;     /**< PASID / SubstreamID / process_id (20 bits in every format so far). */
	uint32_t grpid;     /**< Page request group index, SMMU stall tag (STAG) or AMD PPR tag. */
	uint32_t irq_index;       /**< Interrupt remapping table index (interrupt faults). */
	uint64_t addr;            /**< Input address (IOVA / VA / GVA), all 64 bits as reported. */
	uint64_t fetch_addr;      /**< Physical address of a structure fetch or walk that aborted. */
	uint64_t ipa;             /**< Intermediate / guest-physical address of a stage-2 fault. */
	uint32_t length;          /**< Bytes the request covers (0: one page or unknown). */
	uint32_t count;           /**< Kind #IOF_KIND_LOST: records lost (0: unknown); otherwise 0. */
	struct iof_origin origin; /**< The original record's type, code and format-specific bits. */
	uint64_t reserved[4];     /**< Must be zero; room to grow without changing the size. */
};
IOF_ASSERT_SIZE(struct iof_fault, 128);
IOF_ASSERT_MEMBER(struct iof_fault, size, 0, 4);
IOF_ASSERT_MEMBER(struct iof_fault, kind, 4, 1);
IOF_ASSERT_MEMBER(struct iof_fault, reason, 5, 1);
IOF_ASSERT_MEMBER(struct iof_fault, txn, 6, 1);
IOF_ASSERT_MEMBER(struct iof_fault, at, 7, 1);
IOF_ASSERT_MEMBER(struct iof_fault, flags, 8, 4);
IOF_ASSERT_MEMBER(struct iof_fault, perm, 12, 4);
IOF_ASSERT_MEMBER(struct iof_fault, source_id, 16, 4);
IOF_ASSERT_MEMBER(struct iof_fault, pasid, 20, 4);
IOF_ASSERT_MEMBER(struct iof_fault, grpid, 24, 4);
IOF_ASSERT_MEMBER(struct iof_fault, irq_index, 28, 4);
IOF_ASSERT_MEMBER(struct iof_fault, addr, 32, 8);
IOF_ASSERT_MEMBER(struct iof_fault, fetch_addr, 40, 8);
IOF_ASSERT_MEMBER(struct iof_fault, ipa, 48, 8);
IOF_ASSERT_MEMBER(struct iof_fault, length, 56, 4);
IOF_ASSERT_MEMBER(struct iof_fault, count, 60, 4);
IOF_ASSERT_MEMBER(struct iof_fault, origin, 64, 32);
IOF_ASSERT_MEMBER(struct iof_fault, reserved, 96, 32);

/* ======================================================================== */
/** @name Page responses
 * @{ */
/**
 * @brief Generic page response codes (the PCIe PRG response semantics).
 *
 * The values are this library's own and are NOT the codes any hardware
 * puts on the wire (PCIe: Success 0h, Invalid Request 1h, Response
 * Failure Fh; SMMUv3 CMD_PRI_RESP: 0b10, 0b01, 0b00).  Every encoder maps
 * them explicitly; docs/responses.md has the table.
 */
enum iof_resp_code {
	IOF_RESP_SUCCESS = 0, /**< The pages are mapped: retry the access. */
	IOF_RESP_INVALID = 1, /**< Invalid request: the access fails, do not retry. */
	IOF_RESP_FAILURE = 2  /**< Response failure: a permanent error; the device stops page requests. */
};
/** @brief Number of enum iof_resp_code values (API only). */
#define IOF_RESP_COUNT 3

#define IOF_RESP_FLAG_PASID_VALID (1u << 0) /**< The response carries `pasid`. */
#define IOF_RESP_FLAG_RAZWI (1u << 1)       /**< SMMUv3 stall only: terminate with RAZ/WI instead of an abort. */
/** @brief Every response flag defined by ABI v1. */
#define IOF_RESP_FLAG_ALL_V1 0x3u

/** @brief Size of struct iof_page_response in ABI v1. */
#define IOF_PAGE_RESPONSE_SIZE_V1 48u

/** @brief A generic page response (the answer to an #IOF_KIND_PAGE_REQUEST). */
struct iof_page_response {
	uint32_t size;      /**< Bytes of this struct the writer knew: #IOF_PAGE_RESPONSE_SIZE_V1. */
	uint32_t code;      /**< enum iof_resp_code. */
	uint32_t flags;     /**< IOF_RESP_FLAG_* bits. */
	uint32_t source_id; /**< Requester / stream ID the response goes to. */
	uint32_t pasid;     /**< PASID, when #IOF_RESP_FLAG_PASID_VALID. */
	uint32_t grpid;     /**< PRG index or stall tag, echoed from the request. */
	uint16_t record;    /**< enum iof_record of the response command (e.g. #IOF_REC_SMMUV3_CMD_RESUME); 0: none. */
	uint16_t reserved0; /**< Must be zero. */
	uint32_t reserved1; /**< Must be zero. */
	uint64_t detail[2]; /**< Format-specific bits of the command with no generic field. */
};
IOF_ASSERT_SIZE(struct iof_page_response, 48);
IOF_ASSERT_MEMBER(struct iof_page_response, size, 0, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, code, 4, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, flags, 8, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, source_id, 12, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, pasid, 16, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, grpid, 20, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, record, 24, 2);
IOF_ASSERT_MEMBER(struct iof_page_response, reserved0, 26, 2);
IOF_ASSERT_MEMBER(struct iof_page_response, reserved1, 28, 4);
IOF_ASSERT_MEMBER(struct iof_page_response, detail, 32, 16);
/** @} */

/* ======================================================================== */
/** @name Struct helpers
 * @{ */

/**
 * @brief Clears @p f and stamps its size: the state every decoder starts from
 *        (nothing when @p f is null).
 *
 * Member by member rather than a byte loop: compilers turn this into a few
 * wide stores, where a loop becomes a slow-starting `rep stos` (measured by
 * `make bench-callgrind`).  The struct has no padding, so every byte is set.
 */
IOF_API void iof_fault_init(struct iof_fault *f)
{
	if (!f)
		return;
	f->size = IOF_FAULT_SIZE_V1;
	f->kind = 0;
	f->reason = 0;
	f->txn = 0;
	f->at = 0;
	f->flags = 0;
	f->perm = 0;
	f->source_id = 0;
	f->pasid = 0;
	f->grpid = 0;
	f->irq_index = 0;
	f->addr = 0;
	f->fetch_addr = 0;
	f->ipa = 0;
	f->length = 0;
	f->count = 0;
	f->origin.record = 0;
	f->origin.reserved0 = 0;
	f->origin.code = 0;
	f->origin.detail[0] = 0;
	f->origin.detail[1] = 0;
	f->origin.detail[2] = 0;
	f->reserved[0] = 0;
	f->reserved[1] = 0;
	f->reserved[2] = 0;
	f->reserved[3] = 0;
}

/** @brief Clears @p r and stamps its size (nothing when @p r is null). */
IOF_API void iof_page_response_init(struct iof_page_response *r)
{
	if (!r)
		return;
	iof_bzero(r, sizeof(*r));
	r->size = IOF_PAGE_RESPONSE_SIZE_V1;
}

/**
 * @brief Copies an extensible struct of another size (Linux's copy_struct_from_user rule).
 *
 * - equal sizes: copied as is;
 * - @p src_size < @p dst_size (older writer): @p src_size bytes copied, the rest of @p dst zeroed;
 * - @p src_size > @p dst_size (newer writer): accepted only if every byte of @p src beyond
 *   @p dst_size is zero, else #IOF_E_2BIG and @p dst is left zeroed.
 *
 * A null @p src is #IOF_E_INVAL whatever @p src_size (@p dst is zeroed).
 * @return #IOF_OK, #IOF_E_2BIG or #IOF_E_INVAL (null pointer).
 */
IOF_API int iof_struct_copy(void *dst, size_t dst_size, const void *src, size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	size_t i, n = src_size < dst_size ? src_size : dst_size;

	if (!dst)
		return IOF_E_INVAL;
	iof_bzero(dst, dst_size);
	if (!src)
		return IOF_E_INVAL;
	for (i = dst_size; i < src_size; i++)
		if (s[i])
			return IOF_E_2BIG;
	for (i = 0; i < n; i++)
		d[i] = s[i];
	return IOF_OK;
}

/**
 * @brief Imports a struct iof_fault written by another version of the ABI.
 *
 * Applies iof_struct_copy() and then the v1 rules: the input must hold at
 * least #IOF_FAULT_SIZE_V1 bytes (the first published version), its `size`
 * member must agree with @p src_size, and v1 reserved members, flags and
 * enumerators must be valid.  A non-null @p dst is always written (cleared
 * by iof_fault_init() when the input is refused before the copy).
 * @return #IOF_OK, #IOF_E_SIZE, #IOF_E_2BIG or #IOF_E_INVAL (also: null pointer).
 */
IOF_API int iof_fault_import(struct iof_fault *dst, const void *src, size_t src_size)
{
	int rc;
	unsigned i;

	if (!dst)
		return IOF_E_INVAL;
	if (!src) {
		iof_fault_init(dst);
		return IOF_E_INVAL;
	}
	if (src_size < IOF_FAULT_SIZE_V1) {
		iof_fault_init(dst);
		return IOF_E_SIZE;
	}
	rc = iof_struct_copy(dst, sizeof(*dst), src, src_size);
	if (rc)
		return rc;
	if (dst->size != src_size || dst->kind >= IOF_KIND_COUNT || dst->reason >= IOF_REASON_COUNT ||
	    dst->txn >= IOF_TXN_COUNT || dst->at >= IOF_AT_COUNT || (dst->flags & ~IOF_FLAG_ALL_V1) ||
	    (dst->perm & ~IOF_PERM_ALL_V1) || dst->origin.reserved0)
		rc = IOF_E_INVAL;
	for (i = 0; i < 4; i++)
		if (dst->reserved[i])
			rc = IOF_E_INVAL;
	dst->size = IOF_FAULT_SIZE_V1;
	return rc;
}

/**
 * @brief The response command that answers a request of record type @p request_record.
 * @return an enum iof_record value, or #IOF_REC_NONE when the record type needs no response.
 */
IOF_API uint32_t iof_response_record_for(uint32_t request_record)
{
	switch (request_record) {
	case IOF_REC_SMMUV3_EVENT: return IOF_REC_SMMUV3_CMD_RESUME;
	case IOF_REC_SMMUV3_PRI: return IOF_REC_SMMUV3_CMD_PRI_RESP;
	case IOF_REC_VTD_PAGE_REQUEST: return IOF_REC_VTD_PAGE_GROUP_RESPONSE;
	case IOF_REC_VTD_PAGE_REQUEST_V2: return IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
	case IOF_REC_AMDVI_PPR: return IOF_REC_AMDVI_CMD_COMPLETE_PPR;
	case IOF_REC_RISCV_PAGE_REQ: return IOF_REC_RISCV_CMD_PRGR;
	case IOF_REC_IOMMUFD_PGFAULT: return IOF_REC_IOMMUFD_PAGE_RESP;
	default: return IOF_REC_NONE;
	}
}

/**
 * @brief Prepares the response to page request @p req with response @p code.
 *
 * Copies the source ID and group ID, sets `record` to the command that
 * answers the request's record type (iof_response_record_for()), and the PASID exactly
 * when the request says the response needs it (#IOF_FLAG_NEEDS_PASID).
 * Format-specific detail is not copied: `detail` stays zero.  A request
 * with #IOF_FLAG_PRIV_DATA (VT-d Private Data) expects its data echoed in
 * the response; the caller copies it from the request's origin.detail
 * (docs/vtd.md and docs/responses.md give the words and bits).
 * @return #IOF_OK, or #IOF_E_INVAL when @p req or @p out is null, @p req is
 *         not a page request or @p code is unknown (a non-null @p out is cleared).
 */
IOF_API int iof_page_response_for(const struct iof_fault *req, uint32_t code, struct iof_page_response *out)
{
	iof_page_response_init(out);
	if (!req || !out || req->kind != IOF_KIND_PAGE_REQUEST || code >= IOF_RESP_COUNT)
		return IOF_E_INVAL;
	out->code = code;
	out->source_id = req->source_id;
	out->grpid = req->grpid;
	out->record = (uint16_t)iof_response_record_for(req->origin.record);
	if (req->flags & IOF_FLAG_NEEDS_PASID) {
		out->flags |= IOF_RESP_FLAG_PASID_VALID;
		out->pasid = req->pasid;
	}
	return IOF_OK;
}

/**
 * @brief Compares two generic records field by field (reserved members included).
 * @return 1 when equal, 0 otherwise; with a null pointer, 1 only when both are null.
 */
IOF_API int iof_fault_equal(const struct iof_fault *a, const struct iof_fault *b)
{
	if (!a || !b)
		return a == b;
	return iof_bytes_equal(a, b, sizeof(*a));
}

/**
 * @brief Compares two page responses field by field (reserved members included).
 * @return 1 when equal, 0 otherwise; with a null pointer, 1 only when both are null.
 */
IOF_API int iof_page_response_equal(const struct iof_page_response *a, const struct iof_page_response *b)
{
	if (!a || !b)
		return a == b;
	return iof_bytes_equal(a, b, sizeof(*a));
}
/** @} */

/* ======================================================================== */
/** @name Names and descriptions (for logs and tools)
 * Each returns a static string; an unknown value gives "?" and never null.
 * @{ */

/** @brief Message for a status code. */
IOF_API const char *iof_strerror(int status)
{
	switch (status) {
	case IOF_OK: return "success";
	case IOF_E_SHORT: return "input shorter than the record or output too small";
	case IOF_E_CODE: return "reserved or undefined hardware code";
	case IOF_E_RESERVED: return "reserved bit set";
	case IOF_E_RANGE: return "value does not fit its hardware field";
	case IOF_E_UNSUPPORTED: return "record cannot be expressed in this format";
	case IOF_E_LOSSY: return "conversion would lose information";
	case IOF_E_2BIG: return "unknown trailing bytes are not zero";
	case IOF_E_SIZE: return "struct smaller than its first published version";
	case IOF_E_INVAL: return "invalid argument";
	case IOF_E_EMPTY: return "record not valid (empty entry)";
	default: return "?";
	}
}

/** @brief Short name of an enum iof_format value ("smmuv3", "vtd", ...). */
IOF_API const char *iof_format_name(uint32_t fmt)
{
	switch (fmt) {
	case IOF_FMT_NONE: return "none";
	case IOF_FMT_SMMUV3: return "smmuv3";
	case IOF_FMT_VTD: return "vtd";
	case IOF_FMT_AMDVI: return "amdvi";
	case IOF_FMT_RISCV: return "riscv";
	case IOF_FMT_VIRTIO: return "virtio";
	case IOF_FMT_IOMMUFD: return "iommufd";
	default: return "?";
	}
}

/** @brief Short name of an enum iof_record value ("smmuv3-event", "vtd-fault", ...). */
IOF_API const char *iof_record_name(uint32_t rec)
{
	switch (rec) {
	case IOF_REC_NONE: return "none";
	case IOF_REC_SMMUV3_EVENT: return "smmuv3-event";
	case IOF_REC_SMMUV3_PRI: return "smmuv3-pri";
	case IOF_REC_SMMUV3_CMD_PRI_RESP: return "smmuv3-cmd-pri-resp";
	case IOF_REC_SMMUV3_CMD_RESUME: return "smmuv3-cmd-resume";
	case IOF_REC_SMMUV3_CMD_STALL_TERM: return "smmuv3-cmd-stall-term";
	case IOF_REC_VTD_FAULT: return "vtd-fault";
	case IOF_REC_VTD_PAGE_REQUEST: return "vtd-page-request";
	case IOF_REC_VTD_PAGE_REQUEST_V2: return "vtd-page-request-v2";
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE: return "vtd-page-group-response";
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2: return "vtd-page-group-response-v2";
	case IOF_REC_AMDVI_EVENT: return "amdvi-event";
	case IOF_REC_AMDVI_PPR: return "amdvi-ppr";
	case IOF_REC_AMDVI_CMD_COMPLETE_PPR: return "amdvi-cmd-complete-ppr";
	case IOF_REC_RISCV_FAULT: return "riscv-fault";
	case IOF_REC_RISCV_PAGE_REQ: return "riscv-page-request";
	case IOF_REC_RISCV_CMD_PRGR: return "riscv-cmd-prgr";
	case IOF_REC_VIRTIO_FAULT: return "virtio-fault";
	case IOF_REC_IOMMUFD_PGFAULT: return "iommufd-pgfault";
	case IOF_REC_IOMMUFD_VEVENT: return "iommufd-vevent";
	case IOF_REC_IOMMUFD_PAGE_RESP: return "iommufd-page-response";
	default: return "?";
	}
}

/** @brief Name of an enum iof_kind value ("DMA_FAULT", ...). */
IOF_API const char *iof_kind_name(uint32_t kind)
{
	switch (kind) {
	case IOF_KIND_NONE: return "NONE";
	case IOF_KIND_DMA_FAULT: return "DMA_FAULT";
	case IOF_KIND_PAGE_REQUEST: return "PAGE_REQUEST";
	case IOF_KIND_STOP_MARKER: return "STOP_MARKER";
	case IOF_KIND_IRQ_FAULT: return "IRQ_FAULT";
	case IOF_KIND_IOMMU_ERROR: return "IOMMU_ERROR";
	case IOF_KIND_EVENT: return "EVENT";
	case IOF_KIND_LOST: return "LOST";
	default: return "?";
	}
}

/** @brief One-line description of an enum iof_kind value. */
IOF_API const char *iof_kind_desc(uint32_t kind)
{
	switch (kind) {
	case IOF_KIND_NONE: return "no record";
	case IOF_KIND_DMA_FAULT: return "unrecoverable DMA fault";
	case IOF_KIND_PAGE_REQUEST: return "recoverable page request awaiting a page response";
	case IOF_KIND_STOP_MARKER: return "PRI stop marker (no response)";
	case IOF_KIND_IRQ_FAULT: return "interrupt remapping fault";
	case IOF_KIND_IOMMU_ERROR: return "error of the IOMMU itself";
	case IOF_KIND_EVENT: return "informational event";
	case IOF_KIND_LOST: return "records were lost";
	default: return "?";
	}
}

/** @brief Name of an enum iof_reason value ("PTE_FETCH", ...). */
IOF_API const char *iof_reason_name(uint32_t reason)
{
	switch (reason) {
	case IOF_REASON_NONE: return "NONE";
	case IOF_REASON_INTERNAL: return "INTERNAL";
	case IOF_REASON_IMPDEF: return "IMPDEF";
	case IOF_REASON_SOURCEID_INVALID: return "SOURCEID_INVALID";
	case IOF_REASON_DEVICE_CONTEXT_FETCH: return "DEVICE_CONTEXT_FETCH";
	case IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY: return "BAD_DEVICE_CONTEXT_ENTRY";
	case IOF_REASON_PASID_FETCH: return "PASID_FETCH";
	case IOF_REASON_BAD_PASID_ENTRY: return "BAD_PASID_ENTRY";
	case IOF_REASON_PASID_INVALID: return "PASID_INVALID";
	case IOF_REASON_WALK_EABT: return "WALK_EABT";
	case IOF_REASON_PTE_FETCH: return "PTE_FETCH";
	case IOF_REASON_PERMISSION: return "PERMISSION";
	case IOF_REASON_ACCESS: return "ACCESS";
	case IOF_REASON_OOR_ADDRESS: return "OOR_ADDRESS";
	case IOF_REASON_REQUEST_INVALID: return "REQUEST_INVALID";
	case IOF_REASON_IRQ_INVALID: return "IRQ_INVALID";
	case IOF_REASON_IRQ_ENTRY_FETCH: return "IRQ_ENTRY_FETCH";
	case IOF_REASON_BAD_IRQ_ENTRY: return "BAD_IRQ_ENTRY";
	default: return "?";
	}
}

/** @brief One-line description of an enum iof_reason value. */
IOF_API const char *iof_reason_desc(uint32_t reason)
{
	switch (reason) {
	case IOF_REASON_NONE: return "not a fault";
	case IOF_REASON_INTERNAL: return "IOMMU internal error";
	case IOF_REASON_IMPDEF: return "implementation-defined event";
	case IOF_REASON_SOURCEID_INVALID: return "source ID outside the device table";
	case IOF_REASON_DEVICE_CONTEXT_FETCH: return "device context fetch aborted";
	case IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY: return "device context entry invalid or misconfigured";
	case IOF_REASON_PASID_FETCH: return "PASID table fetch aborted";
	case IOF_REASON_BAD_PASID_ENTRY: return "PASID entry invalid or misconfigured";
	case IOF_REASON_PASID_INVALID: return "PASID out of range, disabled or not allowed";
	case IOF_REASON_WALK_EABT: return "external abort on a page-table walk";
	case IOF_REASON_PTE_FETCH: return "translation fault: no valid mapping";
	case IOF_REASON_PERMISSION: return "permission fault";
	case IOF_REASON_ACCESS: return "access or dirty flag fault";
	case IOF_REASON_OOR_ADDRESS: return "address out of the supported range";
	case IOF_REASON_REQUEST_INVALID: return "request malformed or not allowed for the device";
	case IOF_REASON_IRQ_INVALID: return "interrupt request malformed, out of range or blocked";
	case IOF_REASON_IRQ_ENTRY_FETCH: return "interrupt remapping entry fetch aborted";
	case IOF_REASON_BAD_IRQ_ENTRY: return "interrupt remapping entry invalid or misconfigured";
	default: return "?";
	}
}

/** @brief Name of an enum iof_txn value. */
IOF_API const char *iof_txn_name(uint32_t txn)
{
	switch (txn) {
	case IOF_TXN_UNSPECIFIED: return "UNSPECIFIED";
	case IOF_TXN_MEMORY: return "MEMORY";
	case IOF_TXN_PAGE_REQUEST: return "PAGE_REQUEST";
	case IOF_TXN_MESSAGE: return "MESSAGE";
	case IOF_TXN_INTERRUPT: return "INTERRUPT";
	case IOF_TXN_INTERNAL: return "INTERNAL";
	default: return "?";
	}
}

/** @brief Name of an enum iof_at value. */
IOF_API const char *iof_at_name(uint32_t at)
{
	switch (at) {
	case IOF_AT_UNTRANSLATED: return "UNTRANSLATED";
	case IOF_AT_TRANSLATION: return "TRANSLATION_REQUEST";
	case IOF_AT_TRANSLATED: return "TRANSLATED";
	case IOF_AT_RESERVED: return "RESERVED";
	default: return "?";
	}
}

/** @brief Name of one IOF_FLAG_* bit (pass the bit, not a mask of several). */
IOF_API const char *iof_flag_name(uint32_t flag)
{
	switch (flag) {
	case IOF_FLAG_FATAL: return "FATAL";
	case IOF_FLAG_SOURCE_ID_VALID: return "SOURCE_ID_VALID";
	case IOF_FLAG_PASID_VALID: return "PASID_VALID";
	case IOF_FLAG_ADDR_VALID: return "ADDR_VALID";
	case IOF_FLAG_FETCH_ADDR_VALID: return "FETCH_ADDR_VALID";
	case IOF_FLAG_IPA_VALID: return "IPA_VALID";
	case IOF_FLAG_IRQ_INDEX_VALID: return "IRQ_INDEX_VALID";
	case IOF_FLAG_STAGE2: return "STAGE2";
	case IOF_FLAG_LAST: return "LAST";
	case IOF_FLAG_NEEDS_PASID: return "NEEDS_PASID";
	case IOF_FLAG_PRIV_DATA: return "PRIV_DATA";
	default: return "?";
	}
}

/** @brief One-line description of one IOF_FLAG_* bit. */
IOF_API const char *iof_flag_desc(uint32_t flag)
{
	switch (flag) {
	case IOF_FLAG_FATAL: return "the source or the IOMMU stops until software acts";
	case IOF_FLAG_SOURCE_ID_VALID: return "source ID is valid";
	case IOF_FLAG_PASID_VALID: return "PASID is valid";
	case IOF_FLAG_ADDR_VALID: return "input address is valid";
	case IOF_FLAG_FETCH_ADDR_VALID: return "fetch address is valid";
	case IOF_FLAG_IPA_VALID: return "intermediate physical address is valid";
	case IOF_FLAG_IRQ_INDEX_VALID: return "interrupt index is valid";
	case IOF_FLAG_STAGE2: return "fault at stage 2";
	case IOF_FLAG_LAST: return "last request of its group";
	case IOF_FLAG_NEEDS_PASID: return "response must carry the PASID";
	case IOF_FLAG_PRIV_DATA: return "request carries private data";
	default: return "?";
	}
}

/** @brief Name of one IOF_PERM_* bit. */
IOF_API const char *iof_perm_name(uint32_t perm)
{
	switch (perm) {
	case IOF_PERM_READ: return "READ";
	case IOF_PERM_WRITE: return "WRITE";
	case IOF_PERM_EXEC: return "EXEC";
	case IOF_PERM_PRIV: return "PRIV";
	default: return "?";
	}
}

/** @brief Name of one IOF_LOST_* bit. */
IOF_API const char *iof_lost_name(uint32_t lost)
{
	switch (lost) {
	case IOF_LOST_KIND: return "kind";
	case IOF_LOST_REASON: return "reason";
	case IOF_LOST_CODE: return "code";
	case IOF_LOST_SOURCE_ID: return "source_id";
	case IOF_LOST_PASID: return "pasid";
	case IOF_LOST_ADDR: return "addr";
	case IOF_LOST_FETCH_ADDR: return "fetch_addr";
	case IOF_LOST_IPA: return "ipa";
	case IOF_LOST_IRQ_INDEX: return "irq_index";
	case IOF_LOST_GRPID: return "grpid";
	case IOF_LOST_PERM: return "perm";
	case IOF_LOST_TXN: return "txn";
	case IOF_LOST_FLAGS: return "flags";
	case IOF_LOST_LENGTH: return "length";
	case IOF_LOST_DETAIL: return "detail";
	default: return "?";
	}
}

/** @brief Name of an enum iof_resp_code value. */
IOF_API const char *iof_resp_code_name(uint32_t code)
{
	switch (code) {
	case IOF_RESP_SUCCESS: return "SUCCESS";
	case IOF_RESP_INVALID: return "INVALID";
	case IOF_RESP_FAILURE: return "FAILURE";
	default: return "?";
	}
}

/** @brief Name of one IOF_RESP_FLAG_* bit. */
IOF_API const char *iof_resp_flag_name(uint32_t flag)
{
	switch (flag) {
	case IOF_RESP_FLAG_PASID_VALID: return "PASID_VALID";
	case IOF_RESP_FLAG_RAZWI: return "RAZWI";
	default: return "?";
	}
}
/** @} */

/* ======================================================================== */
/** @name Text (no libc: for freestanding hypervisors and kernel logs)
 * @{ */

/** @brief Bounded text buffer used by iof_fault_format(). */
struct iof_textbuf {
	char *buf;  /**< Destination (may be null when cap is 0). */
	size_t cap; /**< Capacity in bytes, including the terminating NUL. */
	size_t len; /**< Characters produced so far (may exceed cap - 1: truncated). */
};

/** @brief Appends string @p s to @p t, truncating at the capacity (a null @p t or @p s: nothing). */
IOF_API void iof_text_puts(struct iof_textbuf *t, const char *s)
{
	if (!t || !s)
		return;
	for (; *s; s++, t->len++)
		if (t->buf && t->len + 1 < t->cap)
			t->buf[t->len] = *s;
}

/** @brief Appends @p v in hexadecimal with a `0x` prefix and no leading zeros (a null @p t: nothing). */
IOF_API void iof_text_hex(struct iof_textbuf *t, uint64_t v)
{
	char d[19];
	int n = 0, i;
	static const char digits[] = "0123456789abcdef";
	if (!t)
		return;
	do {
		d[n++] = digits[v & 0xfu];
		v >>= 4;
	} while (v);
	iof_text_puts(t, "0x");
	for (i = n - 1; i >= 0; i--, t->len++)
		if (t->buf && t->len + 1 < t->cap)
			t->buf[t->len] = d[i];
}

/** @brief Appends " name=0x..." to @p t (a null @p t: nothing; a null @p name: an empty name). */
IOF_API void iof_text_field(struct iof_textbuf *t, const char *name, uint64_t v)
{
	iof_text_puts(t, " ");
	iof_text_puts(t, name);
	iof_text_puts(t, "=");
	iof_text_hex(t, v);
}

/**
 * @brief Writes a one-line description of @p f into @p buf (at most @p cap bytes).
 *
 * The line names the record type and hardware code, the kind and reason,
 * and every valid field, e.g.
 * `smmuv3-event code=0x10 DMA_FAULT PTE_FETCH sid=0x7501 pasid=0x1 addr=0xaaaada7af000 perm=WRITE`.
 * After the record name, `code=`, the kind and the reason come, in this
 * order and each only when it applies: `sid=`, `pasid=` (their flags),
 * `grpid=` (page requests and stop markers), `index=`, `addr=`, `fetch=`,
 * `ipa=` (their flags), `length=` (non-zero), `count=` (#IOF_KIND_LOST),
 * `txn=NAME` (other than UNSPECIFIED and MEMORY), `at=NAME` (other than
 * UNTRANSLATED), `perm=` with the access names joined by commas, and the
 * names of the flags FATAL, STAGE2, LAST, NEEDS_PASID and PRIV_DATA.
 * Numbers are hexadecimal with `0x` and no leading zeros.
 * Like snprintf(), the result is NUL-terminated whenever @p cap > 0, and the
 * return value is the length the full line has (>= @p cap means truncated).
 *
 * Null pointers: a null @p buf is taken as @p cap 0 (nothing is written, the
 * length is measured, as snprintf(NULL, 0, ...) does); a null @p f formats
 * nothing and returns 0, leaving an empty string in @p buf when @p buf is
 * non-null and @p cap > 0.
 */
IOF_API size_t iof_fault_format(const struct iof_fault *f, char *buf, size_t cap)
{
	struct iof_textbuf t;
	uint32_t bit;
	int first = 1;

	if (!buf)
		cap = 0;
	if (!f) {
		if (cap)
			buf[0] = '\0';
		return 0;
	}
	t.buf = buf;
	t.cap = cap;
	t.len = 0;
	iof_text_puts(&t, iof_record_name(f->origin.record));
	iof_text_field(&t, "code", f->origin.code);
	iof_text_puts(&t, " ");
	iof_text_puts(&t, iof_kind_name(f->kind));
	iof_text_puts(&t, " ");
	iof_text_puts(&t, iof_reason_name(f->reason));
	if (f->flags & IOF_FLAG_SOURCE_ID_VALID)
		iof_text_field(&t, "sid", f->source_id);
	if (f->flags & IOF_FLAG_PASID_VALID)
		iof_text_field(&t, "pasid", f->pasid);
	if (f->kind == IOF_KIND_PAGE_REQUEST || f->kind == IOF_KIND_STOP_MARKER)
		iof_text_field(&t, "grpid", f->grpid);
	if (f->flags & IOF_FLAG_IRQ_INDEX_VALID)
		iof_text_field(&t, "index", f->irq_index);
	if (f->flags & IOF_FLAG_ADDR_VALID)
		iof_text_field(&t, "addr", f->addr);
	if (f->flags & IOF_FLAG_FETCH_ADDR_VALID)
		iof_text_field(&t, "fetch", f->fetch_addr);
	if (f->flags & IOF_FLAG_IPA_VALID)
		iof_text_field(&t, "ipa", f->ipa);
	if (f->length)
		iof_text_field(&t, "length", f->length);
	if (f->kind == IOF_KIND_LOST)
		iof_text_field(&t, "count", f->count);
	if (f->txn != IOF_TXN_UNSPECIFIED && f->txn != IOF_TXN_MEMORY) {
		iof_text_puts(&t, " txn=");
		iof_text_puts(&t, iof_txn_name(f->txn));
	}
	if (f->at != IOF_AT_UNTRANSLATED) {
		iof_text_puts(&t, " at=");
		iof_text_puts(&t, iof_at_name(f->at));
	}
	for (bit = 1; bit <= IOF_PERM_PRIV; bit <<= 1) {
		if (!(f->perm & bit))
			continue;
		iof_text_puts(&t, first ? " perm=" : ",");
		iof_text_puts(&t, iof_perm_name(bit));
		first = 0;
	}
	for (bit = IOF_FLAG_FATAL; bit & IOF_FLAG_ALL_V1; bit <<= 1) {
		if ((f->flags & bit) && (bit == IOF_FLAG_FATAL || bit == IOF_FLAG_STAGE2 || bit == IOF_FLAG_LAST ||
					 bit == IOF_FLAG_NEEDS_PASID || bit == IOF_FLAG_PRIV_DATA)) {
			iof_text_puts(&t, " ");
			iof_text_puts(&t, iof_flag_name(bit));
		}
	}
	if (cap)
		buf[t.len < cap ? t.len : cap - 1] = '\0';
	return t.len;
}
/** @} */

/* ======================================================================== */
/**
 * @name Codec skeleton
 *
 * What every format header is built from: the row type of the codec registry
 * (codec.h), and the parts every codec shares.  These are API, not ABI v1:
 * their shape may grow in a minor release (docs/abi-policy.md, "Codec tables
 * are API, not frozen").  Names ending in `_` are internal helpers of the
 * codecs, not entry points.
 *
 * **The contract every codec keeps** (docs/abi-policy.md, "Calling contract"):
 * - A decoder checks, in this order, a null output (#IOF_E_INVAL, nothing
 *   written), a null input (#IOF_E_INVAL) and a short input (#IOF_E_SHORT):
 *   IOF_DECODE_STOP_() and iof_decode_refuse_().  Then the whole output is
 *   written once, and the status is the first of: an option the decoder does
 *   not support (#IOF_E_INVAL, output cleared: iof_decode_bad_option_();
 *   #IOF_DECODE_BIG_ENDIAN for a little-endian-only layout), #IOF_E_CODE
 *   (undefined code), #IOF_E_EMPTY (entry not valid) and, in strict mode
 *   only, #IOF_E_RESERVED (a reserved bit set).
 * - An encoder sets `*lost` to 0, then checks a null argument (#IOF_E_INVAL),
 *   the capacity (#IOF_E_SHORT) and the generic record (iof_fault_check_v1_()
 *   or iof_page_response_check_v1_(): #IOF_E_INVAL): iof_encode_begin_().
 *   It builds the words, decodes them back into a struct iof_fault_values_
 *   and reports every difference from its input as IOF_LOST_* bits
 *   (iof_fault_loss_()).  On any error it leaves the first min(cap, size)
 *   output bytes zero and `*lost` 0 (iof_encode_fail_()): a caller that
 *   ignores the status never forwards stale bytes.
 * @{ */

/** @brief Shape of a registry row: what the record decodes to. */
enum iof_codec_shape {
	IOF_SHAPE_FAULT = 1,    /**< A fault, event or page request: struct iof_fault. */
	IOF_SHAPE_RESPONSE = 2, /**< A page response: struct iof_page_response. */
	IOF_SHAPE_COMMAND = 3   /**< A command that names only a source (SMMUv3 CMD_STALL_TERM). */
};

/** @brief Kind of layout of a registry row. */
enum iof_layout {
	IOF_LAYOUT_BYTES = 1, /**< A byte string of fixed-width words (hardware queues, registers). */
	IOF_LAYOUT_HOST_STRUCT =
		2 /**< A C struct of the host's ABI (Linux uapi): host byte order and alignment rules. */
};

/** @name Byte orders a layout supports (struct iof_codec::orders)
 * @{ */
#define IOF_ORDER_LE 0x1u   /**< Little-endian words (the default). */
#define IOF_ORDER_BE 0x2u   /**< Big-endian words: #IOF_DECODE_BIG_ENDIAN / #IOF_ENCODE_BIG_ENDIAN. */
#define IOF_ORDER_HOST 0x4u /**< The host's order (#IOF_LAYOUT_HOST_STRUCT); no option selects another. */
/** @} */

/** @brief Row flag: the record has a variable-length payload; struct iof_codec::record_size gives its length. */
#define IOF_CODEC_VARIABLE 0x1u

/** @brief Field flag: an address field, shown in place (its low bits are zero) rather than shifted down. */
#define IOF_FIELD_IN_PLACE 0x1u

/** @brief A decoder of a fault-shaped record. */
typedef int (*iof_fault_decode_fn)(const void *rec, size_t len, unsigned opts, struct iof_fault *out);
/** @brief An encoder of a fault-shaped record. */
typedef int (*iof_fault_encode_fn)(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost);
/** @brief A decoder of a page response command. */
typedef int (*iof_response_decode_fn)(const void *rec, size_t len, unsigned opts, struct iof_page_response *out);
/** @brief An encoder of a page response command. */
typedef int (*iof_response_encode_fn)(const struct iof_page_response *r, void *rec, size_t cap);
/** @brief A decoder of a command that names a source only. */
typedef int (*iof_command_decode_fn)(const void *rec, size_t len, unsigned opts, uint32_t *source_id);
/** @brief An encoder of a command that names a source only. */
typedef int (*iof_command_encode_fn)(uint32_t source_id, void *rec, size_t cap);
/** @brief A name function: the spec's name of a code or value, "?" or a null pointer when none. */
typedef const char *(*iof_name_fn)(uint32_t value);

/** @brief One field of a layout, as its specification names it. */
struct iof_codec_field {
	const char *
		name; /**< The spec's name ("StreamID", "FI"); a range suffix when the field is a slice ("Addr[63:12]"). */
	uint32_t fd;            /**< Its position: an IOF_FD() descriptor of the format header. */
	uint32_t flags;         /**< IOF_FIELD_* bits. */
	iof_name_fn value_name; /**< Names a value of the field (SMMUv3 CLASS), or a null pointer. */
};

/**
 * @brief One row of the codec registry: everything a generic program needs
 *        to know of one record layout.  Each format header defines its rows
 *        (`IOF_<FORMAT>_CODEC_ROWS`); codec.h gathers them.
 */
struct iof_codec {
	const char *name;  /**< iof_record_name() of the record: the tool's `--format` spelling. */
	uint32_t record;   /**< enum iof_record. */
	uint8_t shape;     /**< enum iof_codec_shape. */
	uint8_t layout;    /**< enum iof_layout. */
	uint8_t orders;    /**< IOF_ORDER_* bits the layout supports. */
	uint8_t word;      /**< Bytes per word the byte order applies to (8 for the 64-bit queue words). */
	uint32_t flags;    /**< IOF_CODEC_* bits. */
	uint32_t size;     /**< Bytes of the record (of its fixed part when #IOF_CODEC_VARIABLE). */
	uint32_t min_size; /**< Fewest bytes the decoder accepts (a shorter form of the layout), else `size`. */
	/** Bytes of the variable-length record at @p rec, 0 when @p len cannot hold its header; null for fixed sizes. */
	size_t (*record_size)(const void *rec, size_t len);
	iof_fault_decode_fn fault_decode;       /**< #IOF_SHAPE_FAULT: the decoder, else null. */
	iof_fault_encode_fn fault_encode;       /**< #IOF_SHAPE_FAULT: the encoder, else null. */
	iof_response_decode_fn response_decode; /**< #IOF_SHAPE_RESPONSE: the decoder, else null. */
	iof_response_encode_fn response_encode; /**< #IOF_SHAPE_RESPONSE: the encoder, else null. */
	iof_command_decode_fn command_decode;   /**< #IOF_SHAPE_COMMAND: the decoder, else null. */
	iof_command_encode_fn command_encode;   /**< #IOF_SHAPE_COMMAND: the encoder, else null. */
	iof_name_fn code_name; /**< Spec name of origin.code ("F_TRANSLATION"), or null when the record has no code. */
	iof_name_fn code_desc; /**< One-line description of origin.code, or null. */
	iof_name_fn code_ref;  /**< Spec section that defines origin.code, or null. */
	const char *spec;      /**< The document and section that define the layout. */
	/** The layout's fields; *@p count receives their number. */
	const struct iof_codec_field *(*fields)(uint32_t *count);
	/** Bit i set when field i applies to the record at @p rec (at least `size` bytes); null: every field applies. */
	uint64_t (*field_set)(const void *rec, size_t len);
	const char *doc; /**< The page of docs/ that describes the layout. */
};

/** @brief A field of a layout's field list: spec name @p name, descriptor @p fd, no flag, no value names. */
#define IOF_FIELD(name, fd)           \
	{                             \
		name, fd, 0, IOF_NULL \
	}

/** @cond IOF_INTERNAL */
/* The end of every fields() function of a format header: *count (unless null) gets n, t is returned. */
IOF_API const struct iof_codec_field *iof_codec_fields_(const struct iof_codec_field *t, uint32_t n, uint32_t *count)
{
	if (count)
		*count = n;
	return t;
}
/** @endcond */

/** @brief Returns the field list @p t (a static array) and its length in `*count` (unless null). */
#define IOF_CODEC_FIELDS_RETURN(t, count) return iof_codec_fields_(t, (uint32_t)(sizeof(t) / sizeof((t)[0])), count)

/**
 * @brief One row of a format header's row list (`IOF_<FORMAT>_CODEC_ROWS`):
 *        the initializer of a struct iof_codec, member by member in order (C99
 *        and C++11 both take a positional initializer), and its comma.  A
 *        program that wants something else from the rows (one bench kernel per
 *        row, a generated table) defines its own IOF_CODEC_ROW() and expands
 *        #IOF_CODEC_ROWS (codec.h).
 */
#define IOF_CODEC_ROW(name, record, shape, layout, orders, word, flags, size, min_size, record_size, fdec, fenc, rdec, \
		      renc, cdec, cenc, code_name, code_desc, code_ref, spec, fields, field_set, doc)                  \
	{name, record, shape, layout, orders,    word,      flags,    size, min_size, record_size, fdec, fenc,         \
	 rdec, renc,   cdec,  cenc,   code_name, code_desc, code_ref, spec, fields,   field_set,   doc},

/**
 * @brief What a record decodes to, member by member, before it is stored:
 *        a decoder stores it with iof_fault_store_(), an encoder compares it
 *        with its input with iof_fault_loss_().
 */
struct iof_fault_values_ {
	uint32_t head;       /**< kind | reason << 8 | txn << 16 | at << 24 (IOF_FAULT_HEAD_()). */
	uint32_t flags;      /**< `flags`. */
	uint32_t perm;       /**< `perm`. */
	uint32_t source_id;  /**< `source_id`. */
	uint32_t pasid;      /**< `pasid`. */
	uint32_t grpid;      /**< `grpid`. */
	uint32_t irq_index;  /**< `irq_index`. */
	uint32_t length;     /**< `length`. */
	uint32_t code;       /**< `origin.code`. */
	uint64_t addr;       /**< `addr`. */
	uint64_t fetch_addr; /**< `fetch_addr`. */
	uint64_t ipa;        /**< `ipa`. */
	uint64_t detail[3];  /**< `origin.detail`. */
};

/** @brief The `head` of struct iof_fault_values_: kind, reason, txn and at in one word. */
#define IOF_FAULT_HEAD_(kind, reason, txn, at) \
	((uint32_t)(kind) | (uint32_t)(reason) << 8 | (uint32_t)(txn) << 16 | (uint32_t)(at) << 24)

/** @cond IOF_INTERNAL */

/**
 * @brief The `head` of @p f (IOF_FAULT_HEAD_()): its bytes 4..7, kind, reason,
 *        txn and at, read as one little-endian word (one load where the target
 *        allows it; the layout is asserted above).
 */
IOF_API_HOT uint32_t iof_fault_head_(const struct iof_fault *f)
{
	return iof_le32_load((const uint8_t *)f + 4);
}

/**
 * @brief The ABI v1 rules every encoder relies on: enumerators in range, no
 *        flag or perm bit outside v1, reserved members and `count` zero.
 * @return #IOF_OK or #IOF_E_INVAL.  @p f must not be null.
 */
IOF_API int iof_fault_check_v1_(const struct iof_fault *f)
{
	/* one test of the ORed members that must be zero, then the enumerators */
	if ((f->flags & ~IOF_FLAG_ALL_V1) | (f->perm & ~IOF_PERM_ALL_V1) | f->origin.reserved0 | f->count |
	    f->reserved[0] | f->reserved[1] | f->reserved[2] | f->reserved[3])
		return IOF_E_INVAL;
	/* kind, reason, txn and at below their counts, in one test: a byte b < 0x80 gets bit 7
	 * from b + (0x80 - count) exactly when b >= count, without a carry; b >= 0x80 has it */
	if ((iof_fault_head_(f) | (iof_fault_head_(f) + IOF_FAULT_HEAD_(0x80 - IOF_KIND_COUNT, 0x80 - IOF_REASON_COUNT,
									0x80 - IOF_TXN_COUNT, 0x80 - IOF_AT_COUNT))) &
	    0x80808080u)
		return IOF_E_INVAL;
	return IOF_OK;
}

/**
 * @brief The ABI v1 rules of a page response: a defined code, no flag outside
 *        v1, reserved members zero.  @return #IOF_OK or #IOF_E_INVAL.  @p r must not be null.
 */
IOF_API int iof_page_response_check_v1_(const struct iof_page_response *r)
{
	if (r->code >= IOF_RESP_COUNT || (r->flags & ~IOF_RESP_FLAG_ALL_V1) || r->reserved0 || r->reserved1)
		return IOF_E_INVAL;
	return IOF_OK;
}

/**
 * @brief The decode prologue's slow half: the status of a decoder that
 *        stops before decoding (iof_decode_stop_() said so).
 * @return #IOF_E_INVAL (a null pointer) or #IOF_E_SHORT, with @p out cleared
 *         (iof_fault_init()) unless it is null.
 */
IOF_API int iof_decode_refuse_(const void *rec, struct iof_fault *out)
{
	if (!out)
		return IOF_E_INVAL;
	iof_fault_init(out);
	return rec ? IOF_E_SHORT : IOF_E_INVAL;
}

/**
 * @brief iof_decode_refuse_() kept out of line: the same prologue for the
 *        decoders whose main path compiles better with the cold start as a
 *        tail call (the VT-d page request decoders, by `make bench-callgrind`).
 */
IOF_API_NOINLINE int iof_decode_refuse_outline_(const void *rec, struct iof_fault *out)
{
	return iof_decode_refuse_(rec, out);
}

/** @brief iof_decode_refuse_() for a page response decoder. */
IOF_API int iof_response_decode_refuse_(const void *rec, struct iof_page_response *out)
{
	if (!out)
		return IOF_E_INVAL;
	iof_page_response_init(out);
	return rec ? IOF_E_SHORT : IOF_E_INVAL;
}

/** @brief The decode prologue's fast half: 1 when a decoder must stop (null pointer, short input). */
#define IOF_DECODE_STOP_(rec, len, size, out) (!(out) || !(rec) || (len) < (size))

/**
 * @brief The status of a decoder given an option it does not support, tested
 *        after the decode so that the common `opts == 0` costs nothing:
 *        @p out cleared, #IOF_E_INVAL.
 */
IOF_API_NOINLINE int iof_decode_bad_option_(struct iof_fault *out)
{
	iof_fault_init(out);
	return IOF_E_INVAL;
}

/** @brief iof_decode_bad_option_() for a page response decoder. */
IOF_API_NOINLINE int iof_response_decode_bad_option_(struct iof_page_response *out)
{
	iof_page_response_init(out);
	return IOF_E_INVAL;
}

/**
 * @brief The exit of an encoder that failed: writes min(@p cap, @p size) zero
 *        bytes to @p rec unless it is null (an all-zero record is not a record),
 *        sets `*lost` to 0 unless @p lost is null, returns @p rc.
 */
IOF_API_NOINLINE int iof_encode_fail_(int rc, void *rec, size_t cap, size_t size, uint32_t *lost)
{
	if (rec)
		iof_bzero(rec, cap < size ? cap : size);
	if (lost)
		*lost = 0;
	return rc;
}

/**
 * @brief The encode prologue of a fault-shaped record: `*lost` = 0, then null
 *        arguments, capacity and the ABI v1 rules, in that order.
 * @return #IOF_OK, #IOF_E_INVAL or #IOF_E_SHORT (the caller exits through iof_encode_fail_()).
 */
IOF_API int iof_encode_begin_(const struct iof_fault *f, const void *rec, size_t cap, size_t size, uint32_t *lost)
{
	if (lost)
		*lost = 0;
	if (!f || !rec)
		return IOF_E_INVAL;
	if (cap < size)
		return IOF_E_SHORT;
	return iof_fault_check_v1_(f);
}

/** @brief The encode prologue of a page response: null arguments, capacity, ABI v1 rules. */
IOF_API_HOT int iof_response_encode_begin_(const struct iof_page_response *r, const void *rec, size_t cap, size_t size)
{
	if (!r || !rec)
		return IOF_E_INVAL;
	if (cap < size)
		return IOF_E_SHORT;
	return iof_page_response_check_v1_(r);
}

/**
 * @brief Stores @p v into @p out with origin record @p record, writing every
 *        member once (the one member-by-member store of the decoders).
 */
IOF_API_HOT void iof_fault_store_(struct iof_fault *out, const struct iof_fault_values_ *v, uint32_t record)
{
	out->size = IOF_FAULT_SIZE_V1;
	out->kind = (uint8_t)v->head;
	out->reason = (uint8_t)(v->head >> 8);
	out->txn = (uint8_t)(v->head >> 16);
	out->at = (uint8_t)(v->head >> 24);
	out->flags = v->flags;
	out->perm = v->perm;
	out->source_id = v->source_id;
	out->pasid = v->pasid;
	out->grpid = v->grpid;
	out->irq_index = v->irq_index;
	out->addr = v->addr;
	out->fetch_addr = v->fetch_addr;
	out->ipa = v->ipa;
	out->length = v->length;
	out->count = 0;
	out->origin.record = (uint16_t)record;
	out->origin.reserved0 = 0;
	out->origin.code = v->code;
	out->origin.detail[0] = v->detail[0];
	out->origin.detail[1] = v->detail[1];
	out->origin.detail[2] = v->detail[2];
	out->reserved[0] = 0;
	out->reserved[1] = 0;
	out->reserved[2] = 0;
	out->reserved[3] = 0;
}

/** @brief All-ones when @p flag is set in @p flags, else 0 (a 32-bit mask). */
#define IOF_IF32_(flags, flag) (0u - (uint32_t)(((flags) & (flag)) != 0))
/** @brief All-ones when @p flag is set in @p flags, else 0 (a 64-bit mask). */
#define IOF_IF64_(flags, flag) ((uint64_t)0 - (uint64_t)(((flags) & (flag)) != 0))

/**
 * @brief 1 when records of type @p record carry a hardware code in
 *        origin.code (an event number, a fault reason, a descriptor type), so
 *        that its code 0 is a value; 0 for the layouts without one, whose
 *        origin.code is always 0.
 */
IOF_API int iof_record_has_code_(uint32_t record)
{
	switch (record) {
	case IOF_REC_SMMUV3_EVENT:
	case IOF_REC_VTD_FAULT:
	case IOF_REC_VTD_PAGE_REQUEST:
	case IOF_REC_AMDVI_EVENT:
	case IOF_REC_RISCV_FAULT:
	case IOF_REC_VIRTIO_FAULT: return 1;
	default: return 0;
	}
}

/**
 * @brief The loss rule: what encoding @p f as record type @p record lost,
 *        from @p v, what the words the encoder built decode to.
 *
 * The rules, the same for every encoder:
 * - kind, reason, at, perm, grpid and length: any difference is lost; txn
 *   too, unless @p f leaves it #IOF_TXN_UNSPECIFIED;
 * - a member with a validity flag (source ID, PASID, addresses, interrupt
 *   index) is lost when @p f sets the flag and the record drops it or holds
 *   another value; a member whose flag is clear in @p f is not compared;
 * - #IOF_LOST_FLAGS: FATAL, STAGE2, LAST, NEEDS_PASID or PRIV_DATA differ, or
 *   the record sets a validity flag @p f did not (it claims a member the
 *   input did not have, e.g. a fault record whose address is always there);
 * - origin: from the same record type, code and detail are compared with
 *   @p v; from another one, its code is #IOF_LOST_CODE when that record type
 *   has a code (iof_record_has_code_(), code 0 included) or the code is not
 *   zero, and non-zero detail is #IOF_LOST_DETAIL.  A record type without a
 *   code (a PRI entry) loses nothing by itself.
 * An encoder may clear a bit afterwards only for a documented equivalence of
 * its own layouts (VT-d: the 3.x Type 0x01 that the 2.x layout implies).
 * No branch on the data: every comparison is a mask.
 * @return IOF_LOST_* bits.  Neither pointer may be null.
 */
IOF_API uint32_t iof_fault_loss_bits_(const struct iof_fault *f, const struct iof_fault_values_ *v, uint32_t record)
{
	uint32_t fl = f->flags, hx = iof_fault_head_(f) ^ v->head;
	uint32_t gone = fl & ~v->flags, extra = v->flags & ~fl, l;
	uint64_t dx, code;

	if (f->origin.record == record) {
		code = f->origin.code ^ v->code;
		dx = (f->origin.detail[0] ^ v->detail[0]) | (f->origin.detail[1] ^ v->detail[1]) |
		     (f->origin.detail[2] ^ v->detail[2]);
	} else {
		code = f->origin.code | (uint32_t)iof_record_has_code_(f->origin.record);
		dx = f->origin.detail[0] | f->origin.detail[1] | f->origin.detail[2];
	}
	/* txn UNSPECIFIED (0) asks nothing: a record that names the transaction loses nothing */
	hx &= f->txn ? ~0u : ~0xff0000u;
	l = ((hx & 0xffu) ? IOF_LOST_KIND : 0u) | ((hx & 0xff00u) ? IOF_LOST_REASON : 0u) |
	    ((hx >> 16) ? IOF_LOST_TXN : 0u) | (code ? IOF_LOST_CODE : 0u) | (dx ? IOF_LOST_DETAIL : 0u);
	/* a member is lost when its flag is set and the record drops the flag or changes the value */
	l |= ((gone & IOF_FLAG_SOURCE_ID_VALID) |
	      ((f->source_id ^ v->source_id) & IOF_IF32_(fl, IOF_FLAG_SOURCE_ID_VALID)))
		     ? IOF_LOST_SOURCE_ID
		     : 0u;
	l |= ((gone & IOF_FLAG_PASID_VALID) | ((f->pasid ^ v->pasid) & IOF_IF32_(fl, IOF_FLAG_PASID_VALID)))
		     ? IOF_LOST_PASID
		     : 0u;
	l |= ((gone & IOF_FLAG_ADDR_VALID) | ((f->addr ^ v->addr) & IOF_IF64_(fl, IOF_FLAG_ADDR_VALID))) ? IOF_LOST_ADDR
													 : 0u;
	l |= ((gone & IOF_FLAG_FETCH_ADDR_VALID) |
	      ((f->fetch_addr ^ v->fetch_addr) & IOF_IF64_(fl, IOF_FLAG_FETCH_ADDR_VALID)))
		     ? IOF_LOST_FETCH_ADDR
		     : 0u;
	l |= ((gone & IOF_FLAG_IPA_VALID) | ((f->ipa ^ v->ipa) & IOF_IF64_(fl, IOF_FLAG_IPA_VALID))) ? IOF_LOST_IPA
												     : 0u;
	l |= ((gone & IOF_FLAG_IRQ_INDEX_VALID) |
	      ((f->irq_index ^ v->irq_index) & IOF_IF32_(fl, IOF_FLAG_IRQ_INDEX_VALID)))
		     ? IOF_LOST_IRQ_INDEX
		     : 0u;
	/* a flag without a member that differs, or a validity flag the record adds (it claims a
	 * member the input did not have): the flag cannot be expressed */
	l |= (((fl ^ v->flags) &
	       (IOF_FLAG_FATAL | IOF_FLAG_STAGE2 | IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID | IOF_FLAG_PRIV_DATA)) |
	      extra)
		     ? IOF_LOST_FLAGS
		     : 0u;
	l |= (f->grpid != v->grpid ? IOF_LOST_GRPID : 0u) | (f->perm != v->perm ? IOF_LOST_PERM : 0u) |
	     (f->length != v->length ? IOF_LOST_LENGTH : 0u);
	return l;
}

/** @brief The values of a stored record @p g (the reverse of iof_fault_store_()). */
IOF_API void iof_fault_values_of_(const struct iof_fault *g, struct iof_fault_values_ *v)
{
	v->head = iof_fault_head_(g);
	v->flags = g->flags;
	v->perm = g->perm;
	v->source_id = g->source_id;
	v->pasid = g->pasid;
	v->grpid = g->grpid;
	v->irq_index = g->irq_index;
	v->length = g->length;
	v->code = g->origin.code;
	v->addr = g->addr;
	v->fetch_addr = g->fetch_addr;
	v->ipa = g->ipa;
	v->detail[0] = g->origin.detail[0];
	v->detail[1] = g->origin.detail[1];
	v->detail[2] = g->origin.detail[2];
}

/**
 * @brief The rare half of iof_fault_loss_(): decodes the record the encoder
 *        wrote at @p rec (@p size bytes) with @p decode, and gives the
 *        IOF_LOST_* bits of iof_fault_loss_bits_().  Out of line, so that the
 *        common path keeps no copy of the decoded values.
 */
IOF_API_NOINLINE uint32_t iof_fault_loss_slow_(const struct iof_fault *f, const void *rec, size_t size,
					       iof_fault_decode_fn decode, uint32_t record)
{
	struct iof_fault g;
	struct iof_fault_values_ v;
	(void)decode(rec, size, 0, &g);
	iof_fault_values_of_(&g, &v);
	return iof_fault_loss_bits_(f, &v, record);
}

/** @name What an encoder writes verbatim (iof_fault_loss_() @p verbatim)
 * An encoder that writes a group of members into the record unchanged
 * whenever their flags are set and in range (it refuses the rest with
 * #IOF_E_RANGE), and whose decoder gives 0 for them when the flags are
 * clear, names the group: the filter then skips those comparisons.  The
 * flags themselves are always compared, and the exact rule still sees
 * every member whenever anything differs.
 * @{ */
#define IOF_VERBATIM_IDS_ 0x1u   /**< source_id, pasid, irq_index. */
#define IOF_VERBATIM_ADDRS_ 0x2u /**< addr, fetch_addr, ipa. */
#define IOF_VERBATIM_ORIGIN_ \
	0x4u /**< origin.code and origin.detail of the same record type (checked by the encoder). */
/** @} */

/**
 * @brief The one loss routine of the encoders: what writing @p f as the
 *        record at @p rec (@p size bytes, record type @p record, already
 *        stored) lost, given @p v, what those words decode to.
 *
 * One wide comparison of @p f with @p v, less the groups named in
 * @p verbatim (IOF_VERBATIM_*_; 0 compares everything); only when something
 * differs are the IOF_LOST_* bits worked out (iof_fault_loss_bits_() has
 * the rules), from the record decoded again by @p decode, out of line.
 * @return IOF_LOST_* bits.  No pointer may be null.
 */
IOF_API_HOT uint32_t iof_fault_loss_(const struct iof_fault *f, const struct iof_fault_values_ *v, uint32_t record,
				     const void *rec, size_t size, iof_fault_decode_fn decode, unsigned verbatim)
{
	uint32_t s32 = (verbatim & IOF_VERBATIM_IDS_) ? 0u : ~0u;
	uint64_t s64 = (verbatim & IOF_VERBATIM_ADDRS_) ? 0u : ~(uint64_t)0;
	uint64_t so = (verbatim & IOF_VERBATIM_ORIGIN_) ? 0u : ~(uint64_t)0;
	/* A filter, not the rule: zero only when iof_fault_loss_bits_() is zero.  Every member is
	 * compared unmasked (a decoder leaves a member without its flag at 0, so an input that
	 * does too passes), txn included, and an origin of another record type always differs:
	 * those cases take the exact rule, out of line. */
	uint32_t d32 = (iof_fault_head_(f) ^ v->head) | (f->flags ^ v->flags) | (f->grpid ^ v->grpid) |
		       (f->perm ^ v->perm) | (f->length ^ v->length) | (f->origin.record ^ record) |
		       (((f->source_id ^ v->source_id) | (f->pasid ^ v->pasid) | (f->irq_index ^ v->irq_index)) & s32) |
		       ((f->origin.code ^ v->code) & (uint32_t)so);
	uint64_t d64 = (((f->addr ^ v->addr) | (f->fetch_addr ^ v->fetch_addr) | (f->ipa ^ v->ipa)) & s64) |
		       (((f->origin.detail[0] ^ v->detail[0]) | (f->origin.detail[1] ^ v->detail[1]) |
			 (f->origin.detail[2] ^ v->detail[2])) &
			so);
	return (d32 | d64) ? iof_fault_loss_slow_(f, rec, size, decode, record) : 0u;
}

/** @endcond */
/** @} */

IOF_END_DECLS

#endif /* IOMMU_FAULT_FAULT_H */
