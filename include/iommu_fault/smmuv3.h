/* SPDX-License-Identifier: MIT */
/**
 * @file smmuv3.h
 * @brief Arm SMMUv3 codec: event queue records, PRI queue entries and the
 *        CMD_PRI_RESP / CMD_RESUME / CMD_STALL_TERM responses, converted
 *        losslessly to and from the generic fault ABI.
 *
 * API at a glance (every record: `decode(rec, len, opts, &out)` and
 * `encode(&in, rec, cap, &lost)`, the calling contract of docs/abi-policy.md):
 *
 *     iof_smmuv3_event_decode / _encode           32-byte event queue record (§7.3)
 *     iof_smmuv3_pri_decode / _encode             16-byte PRI queue entry (§8)
 *     iof_smmuv3_cmd_pri_resp_decode / _encode    CMD_PRI_RESP (§4.5.2)
 *     iof_smmuv3_cmd_resume_decode / _encode      CMD_RESUME (§4.7.1)
 *     iof_smmuv3_cmd_stall_term_decode / _encode  CMD_STALL_TERM (§4.7.2)
 *     iof_smmuv3_event_sid / _set_sid             the StreamID of a raw event (vEVENTQ forwarding)
 *     iof_smmuv3_event_forwardable                events a guest may see
 *     iof_smmuv3_event_info / _name / _desc       the per-event table, the spec's names
 *     iof_smmuv3_event_can_stall                  events with a Stall field
 *     iof_smmuv3_event_defined_mask, _pri_ / _cmd_defined_mask   the defined bits (RES0 = the rest)
 *     iof_smmuv3_class_name / _desc               CLASS values
 *     IOF_SMMUV3_EVENT_*, IOF_SMMUV3_PRI_*, IOF_SMMUV3_CMD_*   field descriptors and codes
 *     IOF_SMMUV3_CODEC_ROWS                       this header's rows of the registry (codec.h)
 *
 * Names ending in `_` are internal helpers, not API.
 *
 * Reference: Arm IHI 0070 G.b, "SMMU architecture version 3":
 * §7.3 event records, §8 PRI queue, §4.5.2 CMD_PRI_RESP, §4.7.1 CMD_RESUME,
 * §4.7.2 CMD_STALL_TERM, §4.1.6 common command fields.  Bit positions are
 * those of the record figures.
 *
 * Every hardware field is defined once below as a field descriptor
 * (IOF_FD(word, lsb, width)); the decoders, the encoders, the RES0 masks and
 * the per-event table (whose codec masks are compile-time constants built
 * from those descriptors) all read those definitions.  Every bit of a record
 * that no generic field carries goes to iof_origin::detail in the record's
 * own layout (in place, never shifted), whether the spec defines it or calls
 * it RES0, so that encode(decode(r)) == r:
 *
 * - event record, architected id: detail[0] = every dw1 bit not carried by
 *   PnU/InD/RnW or the R/W/X/P of F_BAD_ATS_TREQ (perm), S2 (STAGE2), Stall
 *   (kind) or the Span of E_PAGE_REQUEST (length), and STAG unless Stall == 1:
 *   CLASS, TTRnW, GPCF, Reason, NSIPA, IMPL_DEF, Overlay, DirtyBit,
 *   AssuredOnly, the Span of F_BAD_ATS_TREQ (STUs: no byte length), the six
 *   E_PAGE_REQUEST access bits and any RES0 bit (real F_TRANSLATION records set
 *   dw1[32] and dw1[44]); detail[1] = every dw0 bit but the event number and StreamID,
 *   minus SSV/SubstreamID when they are carried by `pasid` (so the
 *   SubstreamID with SSV == 0, and dw0[10:8]); detail[2] = every dw3 bit not
 *   carried by FetchAddr or (with S2 == 1) IPA: the UNKNOWN IPA with S2 == 0,
 *   and the RES0 bits.  Not kept: dw2 of an event without InputAddr, and
 *   dw2[11:0] of F_BAD_ATS_TREQ and E_PAGE_REQUEST (no detail word is free for them);
 * - event record, IMPDEF (0xE0-0xEF) or reserved id: detail[0..2] = raw dw1..dw3
 *   (IMPDEF: dw0[10:8] and the SubstreamID with SSV == 0 are not kept);
 * - PRI queue entry: detail[0] = dw0 SubstreamID bits when SSV == 0 and the
 *   RES0 dw0[57:52]; detail[1] = the RES0 dw1[11:9];
 * - commands (struct iof_page_response::detail): detail[0] = for CMD_RESUME
 *   the SSec bit and, for a Retry, the ignored Ab bit; for CMD_PRI_RESP the
 *   SubstreamID bits when SSV == 0 (CMD_PRI_RESP has no SSec: figure 4.5.2
 *   shows dw0[10:8] RES0); detail[1] = dw1 Resp bits when Resp is
 *   the reserved 0b11 (status #IOF_E_CODE; the encoder writes them back).
 *
 * Strict mode (#IOF_DECODE_STRICT) still reports any set RES0 bit as
 * #IOF_E_RESERVED.
 *
 * docs/smmuv3.md has the tables: fields, events, response codes, and the
 * points where the spec, Linux and QEMU disagree.
 */
#ifndef IOMMU_FAULT_SMMUV3_H
#define IOMMU_FAULT_SMMUV3_H

#include "fault.h"

IOF_BEGIN_DECLS

/* ======================================================================== */
/** @name Record sizes and codes
 * @{ */
/** @brief Size of an event queue record (§7.3): 4 little-endian 64-bit words. */
#define IOF_SMMUV3_EVENT_SIZE 32u
/** @brief Size of a PRI queue entry (§8): 2 little-endian 64-bit words. */
#define IOF_SMMUV3_PRI_SIZE 16u
/** @brief Size of a command queue entry (§4.1): 2 little-endian 64-bit words. */
#define IOF_SMMUV3_CMD_SIZE 16u

/** @brief Event numbers (§7.3.2-§7.3.21), spelled as in the spec. */
enum iof_smmuv3_event_id {
	IOF_SMMUV3_EVENT_F_UUT = 0x01,              /**< §7.3.2 Unsupported upstream transaction. */
	IOF_SMMUV3_EVENT_C_BAD_STREAMID = 0x02,     /**< §7.3.3 StreamID out of range. */
	IOF_SMMUV3_EVENT_F_STE_FETCH = 0x03,        /**< §7.3.4 STE fetch aborted. */
	IOF_SMMUV3_EVENT_C_BAD_STE = 0x04,          /**< §7.3.5 STE invalid. */
	IOF_SMMUV3_EVENT_F_BAD_ATS_TREQ = 0x05,     /**< §7.3.6 ATS translation request refused. */
	IOF_SMMUV3_EVENT_F_STREAM_DISABLED = 0x06,  /**< §7.3.7 Non-substream traffic disabled. */
	IOF_SMMUV3_EVENT_F_TRANSL_FORBIDDEN = 0x07, /**< §7.3.8 ATS translated transaction not allowed. */
	IOF_SMMUV3_EVENT_C_BAD_SUBSTREAMID = 0x08,  /**< §7.3.9 SubstreamID out of range or not allowed. */
	IOF_SMMUV3_EVENT_F_CD_FETCH = 0x09,         /**< §7.3.10 CD fetch aborted. */
	IOF_SMMUV3_EVENT_C_BAD_CD = 0x0A,           /**< §7.3.11 CD invalid. */
	IOF_SMMUV3_EVENT_F_WALK_EABT = 0x0B,        /**< §7.3.12 External abort on a table walk. */
	IOF_SMMUV3_EVENT_F_TRANSLATION = 0x10,      /**< §7.3.13 Translation fault (stall-capable). */
	IOF_SMMUV3_EVENT_F_ADDR_SIZE = 0x11,        /**< §7.3.14 Address size fault (stall-capable). */
	IOF_SMMUV3_EVENT_F_ACCESS = 0x12,           /**< §7.3.15 Access flag fault (stall-capable). */
	IOF_SMMUV3_EVENT_F_PERMISSION = 0x13,       /**< §7.3.16 Permission fault (stall-capable). */
	IOF_SMMUV3_EVENT_F_TLB_CONFLICT = 0x20,     /**< §7.3.17 TLB conflict. */
	IOF_SMMUV3_EVENT_F_CFG_CONFLICT = 0x21,     /**< §7.3.18 Configuration cache conflict. */
	IOF_SMMUV3_EVENT_E_PAGE_REQUEST = 0x24,     /**< §7.3.19 Speculative page request hint. */
	IOF_SMMUV3_EVENT_F_VMS_FETCH = 0x25,        /**< §7.3.20 VMS fetch aborted. */
	IOF_SMMUV3_EVENT_IMPDEF_FIRST = 0xE0,       /**< §7.3.21 First IMPLEMENTATION DEFINED event number. */
	IOF_SMMUV3_EVENT_IMPDEF_LAST = 0xEF         /**< §7.3.21 Last IMPLEMENTATION DEFINED event number. */
};

/** @brief CLASS field values (§7.3, common fields). */
enum iof_smmuv3_class {
	IOF_SMMUV3_CLASS_CD = 0,      /**< CD fetch. */
	IOF_SMMUV3_CLASS_TTD = 1,     /**< Stage 1 translation table fetch. */
	IOF_SMMUV3_CLASS_IN = 2,      /**< Input address caused the fault. */
	IOF_SMMUV3_CLASS_RESERVED = 3 /**< Reserved encoding. */
};

/** @brief Command opcodes (§4.1.1). */
enum iof_smmuv3_cmd_op {
	IOF_SMMUV3_OP_PRI_RESP = 0x41,  /**< CMD_PRI_RESP, §4.5.2. */
	IOF_SMMUV3_OP_RESUME = 0x44,    /**< CMD_RESUME, §4.7.1. */
	IOF_SMMUV3_OP_STALL_TERM = 0x45 /**< CMD_STALL_TERM, §4.7.2. */
};

/** @brief CMD_PRI_RESP Resp encodings (§4.5.2); 0b11 is reserved (ILLEGAL). */
enum iof_smmuv3_pri_resp {
	IOF_SMMUV3_PRI_RESP_FAILURE = 0, /**< 0b00 ResponseFailure: PCIe Response Failure (Fh). */
	IOF_SMMUV3_PRI_RESP_INVALID = 1, /**< 0b01 InvalidRequest: PCIe Invalid Request (1h). */
	IOF_SMMUV3_PRI_RESP_SUCCESS = 2  /**< 0b10 Success: PCIe Success (0h). */
};
/** @} */

/* ======================================================================== */
/** @name Event record fields (§7.3)
 * dw = 64-bit little-endian word; abs bit B of the spec figures = dw(B/64) bit (B%64).
 * Positions are those of the G.b record figures; Linux EVTQ_* and QEMU
 * EVT_SET_* agree wherever they define a field.
 * @{ */
/** @brief Event number, abs [7:0] (every §7.3 figure). */
#define IOF_SMMUV3_EVENT_ID IOF_FD(0, 0, 8)
/** @brief SSV, abs [11]: SubstreamID valid (§7.3 common fields; figures 7.3.2-7.3.5). */
#define IOF_SMMUV3_EVENT_SSV IOF_FD(0, 11, 1)
/** @brief SubstreamID, abs [31:12] (§7.3 common fields; figures 7.3.2, 7.3.9). */
#define IOF_SMMUV3_EVENT_SUBSTREAMID IOF_FD(0, 12, 20)
/** @brief StreamID, abs [63:32] (§7.3 common fields; every figure). */
#define IOF_SMMUV3_EVENT_STREAMID IOF_FD(0, 32, 32)
/** @brief STAG, abs [79:64]: stall tag of F_TRANSLATION..F_PERMISSION (§7.3.13-16, §7.3.21). */
#define IOF_SMMUV3_EVENT_STAG IOF_FD(1, 0, 16)
/** @brief Reason (IMPLEMENTATION DEFINED), abs [79:64] (figures 7.3.2, 7.3.4, 7.3.20). */
#define IOF_SMMUV3_EVENT_REASON IOF_FD(1, 0, 16)
/** @brief Reason[31:0] (IMPLEMENTATION DEFINED), abs [95:64] of F_TLB_CONFLICT and F_CFG_CONFLICT (figures 7.3.17, 7.3.18). */
#define IOF_SMMUV3_EVENT_CFG_REASON IOF_FD(1, 0, 32)
/** @brief GPCF, abs [80]: granule protection check fault (§7.3 common fields; figures 7.3.4, 7.3.20). */
#define IOF_SMMUV3_EVENT_GPCF IOF_FD(1, 16, 1)
/** @brief Stall, abs [95]: the transaction is stalled awaiting CMD_RESUME (§7.3.13-16, §7.3.21). */
#define IOF_SMMUV3_EVENT_STALL IOF_FD(1, 31, 1)
/** @brief PnU, abs [97]: 1 privileged (§7.3 common fields; figure 7.3.2). */
#define IOF_SMMUV3_EVENT_PNU IOF_FD(1, 33, 1)
/** @brief InD, abs [98]: 1 instruction (§7.3 common fields; figure 7.3.2). */
#define IOF_SMMUV3_EVENT_IND IOF_FD(1, 34, 1)
/** @brief RnW, abs [99]: 1 read, 0 write (§7.3 common fields; figures 7.3.2, 7.3.8). */
#define IOF_SMMUV3_EVENT_RNW IOF_FD(1, 35, 1)
/** @brief S2, abs [103]: 1 stage 2 fault (§7.3 common fields; figures 7.3.12-7.3.17, Linux EVTQ_1_S2 and QEMU agree). */
#define IOF_SMMUV3_EVENT_S2 IOF_FD(1, 39, 1)
/** @brief CLASS, abs [105:104] (§7.3 common fields; figures 7.3.12-7.3.16, Linux EVTQ_1_CLASS and QEMU agree). */
#define IOF_SMMUV3_EVENT_CLASS IOF_FD(1, 40, 2)
/** @brief TTRnW, abs [108]: F_PERMISSION with CLASS == TT (figure 7.3.16, Linux EVTQ_1_TT_READ). */
#define IOF_SMMUV3_EVENT_TTRNW IOF_FD(1, 44, 1)
/** @brief E_PAGE_REQUEST uX, abs [97]: unprivileged execute anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_UX IOF_FD(1, 33, 1)
/** @brief E_PAGE_REQUEST uW, abs [98]: unprivileged write anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_UW IOF_FD(1, 34, 1)
/** @brief E_PAGE_REQUEST uR, abs [99]: unprivileged read anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_UR IOF_FD(1, 35, 1)
/** @brief E_PAGE_REQUEST pX, abs [101]: privileged execute anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_PX IOF_FD(1, 37, 1)
/** @brief E_PAGE_REQUEST pW, abs [102]: privileged write anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_PW IOF_FD(1, 38, 1)
/** @brief E_PAGE_REQUEST pR, abs [103]: privileged read anticipated (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_PR IOF_FD(1, 39, 1)
/** @brief E_PAGE_REQUEST Span, abs [115:108]: bytes = Span * 4096 (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_SPAN IOF_FD(1, 44, 8)
/** @brief InputAddr[63:0], abs [191:128], all 64 bits as input (§7.3 common fields; figure 7.3.2). */
#define IOF_SMMUV3_EVENT_INPUTADDR IOF_FD(2, 0, 64)
/** @brief E_PAGE_REQUEST InputAddr[63:12], abs [191:140], kept in place (figure 7.3.19). */
#define IOF_SMMUV3_EVENT_PAGEADDR IOF_FD(2, 12, 52)
/** @brief IPA[55:12], abs [247:204], kept in place; valid iff S2 == 1 (§7.3.13, §7.3.17, §7.3.21). */
#define IOF_SMMUV3_EVENT_IPA IOF_FD(3, 12, 44)
/** @brief FetchAddr[55:3], abs [247:195], kept in place (figures 7.3.4, 7.3.20). */
#define IOF_SMMUV3_EVENT_FETCHADDR IOF_FD(3, 3, 53)
/** @brief IMPDEF events: raw dw1 (§7.3.21, layout IMPLEMENTATION DEFINED). */
#define IOF_SMMUV3_EVENT_IMPDEF_DW1 IOF_FD(1, 0, 64)
/** @brief IMPDEF events: raw dw2. */
#define IOF_SMMUV3_EVENT_IMPDEF_DW2 IOF_FD(2, 0, 64)
/** @brief IMPDEF events: raw dw3. */
#define IOF_SMMUV3_EVENT_IMPDEF_DW3 IOF_FD(3, 0, 64)
/** @brief F_BAD_ATS_TREQ R, abs [95]: read requested (always 1 for PCIe ATS; figure 7.3.6). */
#define IOF_SMMUV3_EVENT_ATS_R IOF_FD(1, 31, 1)
/** @brief F_BAD_ATS_TREQ W, abs [94]: write requested (W == !NW of the request; figure 7.3.6). */
#define IOF_SMMUV3_EVENT_ATS_W IOF_FD(1, 30, 1)
/** @brief F_BAD_ATS_TREQ X, abs [93]: execute requested (figure 7.3.6). */
#define IOF_SMMUV3_EVENT_ATS_X IOF_FD(1, 29, 1)
/** @brief F_BAD_ATS_TREQ P, abs [92]: privileged access requested (figure 7.3.6). */
#define IOF_SMMUV3_EVENT_ATS_P IOF_FD(1, 28, 1)
/** @brief F_BAD_ATS_TREQ Span, abs [67:64]: number of STUs requested (figure 7.3.6; the STU size is not in the record). */
#define IOF_SMMUV3_EVENT_ATS_SPAN IOF_FD(1, 0, 4)
/** @brief NSIPA, abs [100]: Non-secure IPA space, 0 on the Non-secure event queue (§7.3; figures 7.3.12-7.3.17). */
#define IOF_SMMUV3_EVENT_NSIPA IOF_FD(1, 36, 1)
/** @brief IMPL_DEF, abs [127:112] of F_TRANSLATION..F_PERMISSION (figures 7.3.13-7.3.16). */
#define IOF_SMMUV3_EVENT_IMPL_DEF IOF_FD(1, 48, 16)
/** @brief F_PERMISSION Overlay, abs [109]: stage 2 Overlay permission fault (figure 7.3.16, SMMU_IDR3.S2PO). */
#define IOF_SMMUV3_EVENT_OVERLAY IOF_FD(1, 45, 1)
/** @brief F_PERMISSION DirtyBit, abs [107]: fault would have updated dirty state (figure 7.3.16, S1PI/S2PI). */
#define IOF_SMMUV3_EVENT_DIRTYBIT IOF_FD(1, 43, 1)
/** @brief F_PERMISSION AssuredOnly, abs [106]: stage 2 AssuredOnly check failed (figure 7.3.16, S2PI). */
#define IOF_SMMUV3_EVENT_ASSUREDONLY IOF_FD(1, 42, 1)

/** @brief Index of each event field in iof_smmuv3_event_field_fd(): bit n of a field set. */
enum iof_smmuv3_event_field {
	IOF_SMMUV3_EVENT_FIELD_SSV = 0,          /**< #IOF_SMMUV3_EVENT_SSV */
	IOF_SMMUV3_EVENT_FIELD_SUBSTREAMID = 1,  /**< #IOF_SMMUV3_EVENT_SUBSTREAMID */
	IOF_SMMUV3_EVENT_FIELD_STREAMID = 2,     /**< #IOF_SMMUV3_EVENT_STREAMID */
	IOF_SMMUV3_EVENT_FIELD_STAG = 3,         /**< #IOF_SMMUV3_EVENT_STAG */
	IOF_SMMUV3_EVENT_FIELD_STALL = 4,        /**< #IOF_SMMUV3_EVENT_STALL */
	IOF_SMMUV3_EVENT_FIELD_REASON = 5,       /**< #IOF_SMMUV3_EVENT_REASON */
	IOF_SMMUV3_EVENT_FIELD_CFG_REASON = 6,   /**< #IOF_SMMUV3_EVENT_CFG_REASON */
	IOF_SMMUV3_EVENT_FIELD_GPCF = 7,         /**< #IOF_SMMUV3_EVENT_GPCF */
	IOF_SMMUV3_EVENT_FIELD_PNU = 8,          /**< #IOF_SMMUV3_EVENT_PNU */
	IOF_SMMUV3_EVENT_FIELD_IND = 9,          /**< #IOF_SMMUV3_EVENT_IND */
	IOF_SMMUV3_EVENT_FIELD_RNW = 10,         /**< #IOF_SMMUV3_EVENT_RNW */
	IOF_SMMUV3_EVENT_FIELD_S2 = 11,          /**< #IOF_SMMUV3_EVENT_S2 */
	IOF_SMMUV3_EVENT_FIELD_CLASS = 12,       /**< #IOF_SMMUV3_EVENT_CLASS */
	IOF_SMMUV3_EVENT_FIELD_TTRNW = 13,       /**< #IOF_SMMUV3_EVENT_TTRNW */
	IOF_SMMUV3_EVENT_FIELD_UX = 14,          /**< #IOF_SMMUV3_EVENT_UX */
	IOF_SMMUV3_EVENT_FIELD_UW = 15,          /**< #IOF_SMMUV3_EVENT_UW */
	IOF_SMMUV3_EVENT_FIELD_UR = 16,          /**< #IOF_SMMUV3_EVENT_UR */
	IOF_SMMUV3_EVENT_FIELD_PX = 17,          /**< #IOF_SMMUV3_EVENT_PX */
	IOF_SMMUV3_EVENT_FIELD_PW = 18,          /**< #IOF_SMMUV3_EVENT_PW */
	IOF_SMMUV3_EVENT_FIELD_PR = 19,          /**< #IOF_SMMUV3_EVENT_PR */
	IOF_SMMUV3_EVENT_FIELD_SPAN = 20,        /**< #IOF_SMMUV3_EVENT_SPAN */
	IOF_SMMUV3_EVENT_FIELD_INPUTADDR = 21,   /**< #IOF_SMMUV3_EVENT_INPUTADDR */
	IOF_SMMUV3_EVENT_FIELD_PAGEADDR = 22,    /**< #IOF_SMMUV3_EVENT_PAGEADDR */
	IOF_SMMUV3_EVENT_FIELD_IPA = 23,         /**< #IOF_SMMUV3_EVENT_IPA */
	IOF_SMMUV3_EVENT_FIELD_FETCHADDR = 24,   /**< #IOF_SMMUV3_EVENT_FETCHADDR */
	IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW1 = 25,  /**< #IOF_SMMUV3_EVENT_IMPDEF_DW1 */
	IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW2 = 26,  /**< #IOF_SMMUV3_EVENT_IMPDEF_DW2 */
	IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW3 = 27,  /**< #IOF_SMMUV3_EVENT_IMPDEF_DW3 */
	IOF_SMMUV3_EVENT_FIELD_ATS_R = 28,       /**< #IOF_SMMUV3_EVENT_ATS_R */
	IOF_SMMUV3_EVENT_FIELD_ATS_W = 29,       /**< #IOF_SMMUV3_EVENT_ATS_W */
	IOF_SMMUV3_EVENT_FIELD_ATS_X = 30,       /**< #IOF_SMMUV3_EVENT_ATS_X */
	IOF_SMMUV3_EVENT_FIELD_ATS_P = 31,       /**< #IOF_SMMUV3_EVENT_ATS_P */
	IOF_SMMUV3_EVENT_FIELD_ATS_SPAN = 32,    /**< #IOF_SMMUV3_EVENT_ATS_SPAN */
	IOF_SMMUV3_EVENT_FIELD_NSIPA = 33,       /**< #IOF_SMMUV3_EVENT_NSIPA */
	IOF_SMMUV3_EVENT_FIELD_IMPL_DEF = 34,    /**< #IOF_SMMUV3_EVENT_IMPL_DEF */
	IOF_SMMUV3_EVENT_FIELD_OVERLAY = 35,     /**< #IOF_SMMUV3_EVENT_OVERLAY */
	IOF_SMMUV3_EVENT_FIELD_DIRTYBIT = 36,    /**< #IOF_SMMUV3_EVENT_DIRTYBIT */
	IOF_SMMUV3_EVENT_FIELD_ASSUREDONLY = 37, /**< #IOF_SMMUV3_EVENT_ASSUREDONLY */
	IOF_SMMUV3_EVENT_FIELD_COUNT = 38        /**< Number of event fields. */
};

/** @brief Bit of field @p f in a field set (struct iof_smmuv3_event_info::fields). */
#define IOF_SMMUV3_EVENT_FIELD_BIT(f) ((uint64_t)1 << (f))

/** @brief Field set: SSV, SubstreamID, StreamID. */
#define IOF_SMMUV3_EVENT_FIELDS_STREAM                                    \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_SSV) |         \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_SUBSTREAMID) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_STREAMID))
/** @brief Field set: the input transaction's PnU, InD, RnW. */
#define IOF_SMMUV3_EVENT_FIELDS_ATTR                              \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_PNU) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IND) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_RNW))
/** @brief Field set: Reason[15:0] and GPCF of the fetch-abort events. */
#define IOF_SMMUV3_EVENT_FIELDS_FETCH                                \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_REASON) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_GPCF) |   \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_FETCHADDR))
/** @brief Field set of F_TRANSLATION, F_ADDR_SIZE, F_ACCESS (§7.3.13-15). */
#define IOF_SMMUV3_EVENT_FIELDS_XLATE                                    \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_ATTR | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_STAG) |       \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_STALL) |      \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_S2) |         \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_CLASS) |      \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_INPUTADDR) |  \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IPA))
/** @brief Field set: the six E_PAGE_REQUEST access bits. */
#define IOF_SMMUV3_EVENT_FIELDS_PAGE_PERMS                       \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_UX) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_UW) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_UR) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_PX) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_PW) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_PR))
/** @brief Field set: dw1 fields with no generic field, kept in origin.detail[0]. */
#define IOF_SMMUV3_EVENT_FIELDS_DETAIL0                                                                  \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_REASON) |                                     \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_CFG_REASON) |                                 \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_GPCF) |                                       \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_CLASS) |                                      \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_TTRNW) | IOF_SMMUV3_EVENT_FIELDS_PAGE_PERMS | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ATS_SPAN) |                                   \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_NSIPA) |                                      \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IMPL_DEF) |                                   \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_OVERLAY) |                                    \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_DIRTYBIT) |                                   \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ASSUREDONLY))
/** @brief Field set: the R, W, X, P bits of an ATS Translation Request (F_BAD_ATS_TREQ). */
#define IOF_SMMUV3_EVENT_FIELDS_ATS_PERMS                           \
	(IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ATS_R) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ATS_W) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ATS_X) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_ATS_P))
/** @brief Field set: raw words of an IMPDEF event. */
#define IOF_SMMUV3_EVENT_FIELDS_IMPDEF                                                                    \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW1) | \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW2) |                                  \
	 IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW3))

/** @cond IOF_INTERNAL */
IOF_API const char *iof_smmuv3_class_name(uint32_t cls); /* defined under Names below */
/** @endcond */

/**
 * @brief The event fields, indexed by enum iof_smmuv3_event_field, as the
 *        spec's figures name them (§7.3): the one table of their names and
 *        positions.  *@p count (unless null) receives #IOF_SMMUV3_EVENT_FIELD_COUNT.
 */
IOF_API const struct iof_codec_field *iof_smmuv3_event_fields(uint32_t *count)
{
	static const struct iof_codec_field t[IOF_SMMUV3_EVENT_FIELD_COUNT] = {
		IOF_FIELD("SSV", IOF_SMMUV3_EVENT_SSV),
		IOF_FIELD("SubstreamID", IOF_SMMUV3_EVENT_SUBSTREAMID),
		IOF_FIELD("StreamID", IOF_SMMUV3_EVENT_STREAMID),
		IOF_FIELD("STAG", IOF_SMMUV3_EVENT_STAG),
		IOF_FIELD("Stall", IOF_SMMUV3_EVENT_STALL),
		IOF_FIELD("Reason", IOF_SMMUV3_EVENT_REASON),
		IOF_FIELD("Reason", IOF_SMMUV3_EVENT_CFG_REASON),
		IOF_FIELD("GPCF", IOF_SMMUV3_EVENT_GPCF),
		IOF_FIELD("PnU", IOF_SMMUV3_EVENT_PNU),
		IOF_FIELD("InD", IOF_SMMUV3_EVENT_IND),
		IOF_FIELD("RnW", IOF_SMMUV3_EVENT_RNW),
		IOF_FIELD("S2", IOF_SMMUV3_EVENT_S2),
		{"CLASS", IOF_SMMUV3_EVENT_CLASS, 0, iof_smmuv3_class_name},
		IOF_FIELD("TTRnW", IOF_SMMUV3_EVENT_TTRNW),
		IOF_FIELD("uX", IOF_SMMUV3_EVENT_UX),
		IOF_FIELD("uW", IOF_SMMUV3_EVENT_UW),
		IOF_FIELD("uR", IOF_SMMUV3_EVENT_UR),
		IOF_FIELD("pX", IOF_SMMUV3_EVENT_PX),
		IOF_FIELD("pW", IOF_SMMUV3_EVENT_PW),
		IOF_FIELD("pR", IOF_SMMUV3_EVENT_PR),
		IOF_FIELD("Span", IOF_SMMUV3_EVENT_SPAN),
		{"InputAddr[63:0]", IOF_SMMUV3_EVENT_INPUTADDR, IOF_FIELD_IN_PLACE, IOF_NULL},
		{"InputAddr[63:12]", IOF_SMMUV3_EVENT_PAGEADDR, IOF_FIELD_IN_PLACE, IOF_NULL},
		{"IPA[55:12]", IOF_SMMUV3_EVENT_IPA, IOF_FIELD_IN_PLACE, IOF_NULL},
		{"FetchAddr[55:3]", IOF_SMMUV3_EVENT_FETCHADDR, IOF_FIELD_IN_PLACE, IOF_NULL},
		IOF_FIELD("dw1 (IMPDEF)", IOF_SMMUV3_EVENT_IMPDEF_DW1),
		IOF_FIELD("dw2 (IMPDEF)", IOF_SMMUV3_EVENT_IMPDEF_DW2),
		IOF_FIELD("dw3 (IMPDEF)", IOF_SMMUV3_EVENT_IMPDEF_DW3),
		IOF_FIELD("R", IOF_SMMUV3_EVENT_ATS_R),
		IOF_FIELD("W", IOF_SMMUV3_EVENT_ATS_W),
		IOF_FIELD("X", IOF_SMMUV3_EVENT_ATS_X),
		IOF_FIELD("P", IOF_SMMUV3_EVENT_ATS_P),
		IOF_FIELD("Span (STUs)", IOF_SMMUV3_EVENT_ATS_SPAN),
		IOF_FIELD("NSIPA", IOF_SMMUV3_EVENT_NSIPA),
		IOF_FIELD("IMPL_DEF", IOF_SMMUV3_EVENT_IMPL_DEF),
		IOF_FIELD("Overlay", IOF_SMMUV3_EVENT_OVERLAY),
		IOF_FIELD("DirtyBit", IOF_SMMUV3_EVENT_DIRTYBIT),
		IOF_FIELD("AssuredOnly", IOF_SMMUV3_EVENT_ASSUREDONLY)};
	if (count)
		*count = IOF_SMMUV3_EVENT_FIELD_COUNT;
	return t;
}

/** @brief The descriptor of event field @p f (enum iof_smmuv3_event_field); 0 when out of range. */
IOF_API uint32_t iof_smmuv3_event_field_fd(uint32_t f)
{
	return f < IOF_SMMUV3_EVENT_FIELD_COUNT ? iof_smmuv3_event_fields(IOF_NULL)[f].fd : 0u;
}

/** @brief Name of event field @p f as the spec spells it ("SubstreamID"); "?" when out of range. */
IOF_API const char *iof_smmuv3_event_field_name(uint32_t f)
{
	return f < IOF_SMMUV3_EVENT_FIELD_COUNT ? iof_smmuv3_event_fields(IOF_NULL)[f].name : "?";
}

/**
 * @brief Builds the in-place masks of a field set: @p m[i] gets every bit of word i
 *        that a field of @p fields occupies (the event number is not included);
 *        no-op when @p m is null.
 */
IOF_API void iof_smmuv3_event_fields_mask_(uint64_t fields, uint64_t m[4])
{
	uint32_t f, fd;
	if (!m)
		return;
	m[0] = m[1] = m[2] = m[3] = 0;
	for (f = 0; f < IOF_SMMUV3_EVENT_FIELD_COUNT; f++) {
		if (!(fields & IOF_SMMUV3_EVENT_FIELD_BIT(f)))
			continue;
		fd = iof_smmuv3_event_field_fd(f);
		m[IOF_FD_WORD(fd)] |= iof_fd_mask(fd);
	}
}
/** @} */

/* ======================================================================== */
/** @name The per-event table
 * One row per event number.  Besides the descriptive columns, each row holds
 * the in-place masks the codec needs, computed at compile time from the row's
 * field set and the field descriptors above (IOF_FD_MASK), so that decoding a
 * record is a handful of AND/shift operations with no loop and no search.
 * @{ */
/** @brief One row per event number: the fields it defines, its generic meaning, and its codec masks. */
struct iof_smmuv3_event_info {
	uint64_t fields; /**< Set of enum iof_smmuv3_event_field bits the record defines (IOF_SMMUV3_EVENT_FIELD_BIT()). */
	uint32_t id;     /**< Event number (0xE0 stands for the whole IMPDEF range). */
	uint8_t kind;    /**< Generic kind (with Stall == 1: #IOF_KIND_PAGE_REQUEST instead). */
	uint8_t reason; /**< Generic reason. */
	uint8_t txn;    /**< Generic transaction type. */
	uint8_t at;     /**< Generic PCIe address type. */
	/* The codec columns, all derived by IOF_SMMUV3_EVENT_ROW_() from the columns above and the field
	 * descriptors.  64-bit masks are used as the memory operand of one AND each. */
	uint32_t head;       /**< kind | reason << 8 | txn << 16 | at << 24: bytes 4..7 of struct iof_fault. */
	uint32_t head_stall; /**< #head with kind #IOF_KIND_PAGE_REQUEST: the head when Stall == 1. */
	uint32_t flags;    /**< Flags every record of the event gets (SOURCE_ID_VALID, ADDR_VALID, FETCH_ADDR_VALID). */
	uint32_t s2_flags; /**< Flags added when S2 == 1 (STAGE2, IPA_VALID). */
	uint32_t perm_sel; /**< dw1 bits (PnU/InD/RnW, uX..pR, or ATS R/W/X/P) that give `perm`, shifted down by #perm_shift. */
	uint32_t perm_base; /**< Index base in iof_smmuv3_event_perm(): 0x80 PnU/InD/RnW events, 0x90 F_BAD_ATS_TREQ, else 0. */
	uint32_t perm_shift;       /**< Lowest dw1 bit of the access field: 33, or 28 for F_BAD_ATS_TREQ. */
	int32_t status;            /**< Decode status: #IOF_OK, or #IOF_E_CODE for the row of the reserved numbers. */
	uint64_t mask_streamid;    /**< dw0: StreamID (every event has one; 0 in the row of the reserved numbers). */
	uint64_t mask_pasid_valid; /**< dw0: SSV's position when the event has a SubstreamID (0: the event has none). */
	uint64_t mask_pasid_always_valid; /**< dw0: SSV's position when the event has a SubstreamID but no SSV (always valid). */
	uint64_t mask_ssv;                /**< dw0: SSV, when the event has it. */
	uint64_t mask_pasid_carried; /**< dw0: bits carried by `pasid` when it is valid (SSV + SubstreamID). */
	uint64_t mask_detail_dw0; /**< dw0: bits kept in detail[1] unless carried (all but event number and StreamID; 0 for IMPDEF). */
	uint64_t mask_stall;       /**< dw1: Stall, for the stall-capable events. */
	uint64_t mask_carried_dw1; /**< dw1: bits always carried by generic fields (PnU, InD, RnW, S2, Stall, Span). */
	uint64_t mask_detail_dw1; /**< dw1: ~#mask_carried_dw1, the bits kept in detail[0] (STAG only while Stall == 0). */
	uint64_t mask_s2;         /**< dw1: S2, when the event has it. */
	uint64_t mask_span;       /**< dw1: Span (E_PAGE_REQUEST). */
	uint64_t mask_addr;       /**< dw2: InputAddr (all 64 bits, or [63:12] for E_PAGE_REQUEST). */
	uint64_t mask_raw_dw2;    /**< dw2: bits copied raw to detail[1] (all ones for IMPDEF, else 0). */
	uint64_t mask_fetch_addr; /**< dw3: FetchAddr[55:3]. */
	uint64_t mask_detail_dw3; /**< dw3: ~#mask_fetch_addr, the bits kept in detail[2] (IPA only while S2 == 0). */
	uint64_t mask_ipa;        /**< dw3: IPA[55:12] (carried only when S2 == 1). */
	const char *name;         /**< Spec name ("F_TRANSLATION"). */
	const char *desc;         /**< One-line description. */
	const char *section;      /**< Section of IHI 0070 G.b. */
};

/** @cond IOF_INTERNAL */
/* Mask of field F (IOF_SMMUV3_EVENT_F) when field set fs holds it, else 0: a constant expression. */
#define IOF_SMMUV3_MASK_IF_SET_(fs, F)                                                                     \
	(((fs)&IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_##F)) ? IOF_FD_MASK(IOF_SMMUV3_EVENT_##F) \
								       : (uint64_t)0)
#define IOF_SMMUV3_FLAG_IF_SET_(fs, F, flag) \
	(((fs)&IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_##F)) ? (uint32_t)(flag) : 0u)
/* Lowest bit of the PnU/InD/RnW access bits and of the E_PAGE_REQUEST uX..pR bits in dw1. */
#define IOF_SMMUV3_PERM_LSB_ IOF_FD_LSB(IOF_SMMUV3_EVENT_PNU)
/* dw1 bits always carried by generic fields, for field set fs. */
#define IOF_SMMUV3_CARRY1_(fs)                                                                                      \
	(IOF_SMMUV3_MASK_IF_SET_(fs, PNU) | IOF_SMMUV3_MASK_IF_SET_(fs, IND) | IOF_SMMUV3_MASK_IF_SET_(fs, RNW) |   \
	 IOF_SMMUV3_MASK_IF_SET_(fs, S2) | IOF_SMMUV3_MASK_IF_SET_(fs, STALL) | IOF_SMMUV3_MASK_IF_SET_(fs, SPAN) | \
	 IOF_SMMUV3_ATS_PERM_(fs))
/* dw1 R/W/X/P bits of an ATS Translation Request (F_BAD_ATS_TREQ), for field set fs. */
#define IOF_SMMUV3_ATS_PERM_(fs)                                                   \
	(IOF_SMMUV3_MASK_IF_SET_(fs, ATS_R) | IOF_SMMUV3_MASK_IF_SET_(fs, ATS_W) | \
	 IOF_SMMUV3_MASK_IF_SET_(fs, ATS_X) | IOF_SMMUV3_MASK_IF_SET_(fs, ATS_P))
/* Lowest dw1 bit of the ATS R/W/X/P bits (P). */
#define IOF_SMMUV3_ATS_PERM_LSB_ IOF_FD_LSB(IOF_SMMUV3_EVENT_ATS_P)
#define IOF_SMMUV3_HEAD_(kind, reason, txn, at) \
	((uint32_t)(kind) | ((uint32_t)(reason) << 8) | ((uint32_t)(txn) << 16) | ((uint32_t)(at) << 24))
/* One whole row: event number, field set, generic kind/reason/txn/at, names; the codec columns are
 * derived from those (see struct iof_smmuv3_event_info). */
#define IOF_SMMUV3_EVENT_ROW_(id, fs, kind, reason, txn, at, name, desc, section)                                     \
	{                                                                                                             \
		(fs), (id), (uint8_t)(kind), (uint8_t)(reason), (uint8_t)(txn), (uint8_t)(at),                        \
			IOF_SMMUV3_HEAD_(kind, reason, txn, at),                                                      \
			IOF_SMMUV3_HEAD_(IOF_SMMUV3_MASK_IF_SET_(fs, STALL) ? IOF_KIND_PAGE_REQUEST : (kind), reason, \
					 txn, at),                                                                    \
			IOF_SMMUV3_FLAG_IF_SET_(fs, STREAMID, IOF_FLAG_SOURCE_ID_VALID) |                             \
				IOF_SMMUV3_FLAG_IF_SET_(fs, INPUTADDR, IOF_FLAG_ADDR_VALID) |                         \
				IOF_SMMUV3_FLAG_IF_SET_(fs, PAGEADDR, IOF_FLAG_ADDR_VALID) |                          \
				IOF_SMMUV3_FLAG_IF_SET_(fs, FETCHADDR, IOF_FLAG_FETCH_ADDR_VALID),                    \
			IOF_SMMUV3_FLAG_IF_SET_(fs, S2, IOF_FLAG_STAGE2) |                                            \
				IOF_SMMUV3_FLAG_IF_SET_(fs, IPA, IOF_FLAG_IPA_VALID),                                 \
			(uint32_t)((IOF_SMMUV3_MASK_IF_SET_(fs, PNU) | IOF_SMMUV3_MASK_IF_SET_(fs, IND) |             \
				    IOF_SMMUV3_MASK_IF_SET_(fs, RNW) | IOF_SMMUV3_MASK_IF_SET_(fs, UX) |              \
				    IOF_SMMUV3_MASK_IF_SET_(fs, UW) | IOF_SMMUV3_MASK_IF_SET_(fs, UR) |               \
				    IOF_SMMUV3_MASK_IF_SET_(fs, PX) | IOF_SMMUV3_MASK_IF_SET_(fs, PW) |               \
				    IOF_SMMUV3_MASK_IF_SET_(fs, PR)) >>                                               \
				   IOF_SMMUV3_PERM_LSB_) |                                                            \
				(uint32_t)(IOF_SMMUV3_ATS_PERM_(fs) >> IOF_SMMUV3_ATS_PERM_LSB_),                     \
			IOF_SMMUV3_FLAG_IF_SET_(fs, RNW, 0x80u) | IOF_SMMUV3_FLAG_IF_SET_(fs, ATS_R, 0x90u),          \
			IOF_SMMUV3_MASK_IF_SET_(fs, ATS_R) ? (uint32_t)IOF_SMMUV3_ATS_PERM_LSB_                       \
							   : (uint32_t)IOF_SMMUV3_PERM_LSB_,                          \
			IOF_SMMUV3_MASK_IF_SET_(fs, STREAMID) ? IOF_OK : IOF_E_CODE,                                  \
			IOF_SMMUV3_MASK_IF_SET_(fs, STREAMID),                                                        \
			IOF_SMMUV3_MASK_IF_SET_(fs, SUBSTREAMID) ? IOF_FD_MASK(IOF_SMMUV3_EVENT_SSV) : (uint64_t)0,   \
			IOF_SMMUV3_MASK_IF_SET_(fs, SUBSTREAMID) && !IOF_SMMUV3_MASK_IF_SET_(fs, SSV)                 \
				? IOF_FD_MASK(IOF_SMMUV3_EVENT_SSV)                                                   \
				: (uint64_t)0,                                                                        \
			IOF_SMMUV3_MASK_IF_SET_(fs, SSV),                                                             \
			IOF_SMMUV3_MASK_IF_SET_(fs, SSV) | IOF_SMMUV3_MASK_IF_SET_(fs, SUBSTREAMID),                  \
			~(IOF_FD_MASK(IOF_SMMUV3_EVENT_ID) | IOF_FD_MASK(IOF_SMMUV3_EVENT_STREAMID) |                 \
			  IOF_SMMUV3_MASK_IF_SET_(fs, IMPDEF_DW2)),                                                   \
			IOF_SMMUV3_MASK_IF_SET_(fs, STALL), IOF_SMMUV3_CARRY1_(fs), ~IOF_SMMUV3_CARRY1_(fs),          \
			IOF_SMMUV3_MASK_IF_SET_(fs, S2), IOF_SMMUV3_MASK_IF_SET_(fs, SPAN),                           \
			IOF_SMMUV3_MASK_IF_SET_(fs, INPUTADDR) | IOF_SMMUV3_MASK_IF_SET_(fs, PAGEADDR),               \
			IOF_SMMUV3_MASK_IF_SET_(fs, IMPDEF_DW2), IOF_SMMUV3_MASK_IF_SET_(fs, FETCHADDR),              \
			~IOF_SMMUV3_MASK_IF_SET_(fs, FETCHADDR), IOF_SMMUV3_MASK_IF_SET_(fs, IPA), (name), (desc),    \
			(section)                                                                                     \
	}
/** @endcond */

/**
 * @brief Generic access bits of dw1 bits [39:33] of an event record, as indexed by the
 *        decoder: @p idx = ((dw1 >> 33) & perm_sel) | perm_base of the event's row.
 *
 * - 0x80 + a, a = dw1[35:33] (bit 0 PnU, 1 InD, 2 RnW): the PnU/InD/RnW events
 *   (RnW 1 read, 0 write; InD execute; PnU privileged);
 * - 0x00..0x7F, dw1[39:33] of E_PAGE_REQUEST (bits 0-2 uX, uW, uR; 4-6 pX, pW, pR):
 *   the union of the u and p R/W/X bits, plus #IOF_PERM_PRIV when any p bit is set
 *   (iof_smmuv3_page_perm());
 * - 0x90 + x, x = dw1[31:28] of F_BAD_ATS_TREQ (bit 0 P, 1 X, 2 W, 3 R): the access the
 *   ATS Translation Request asked for (R/W/X as given, P privileged);
 * - 0: an event with no access field (always 0).
 */
IOF_API uint32_t iof_smmuv3_event_perm(uint32_t idx)
{
/** @cond IOF_INTERNAL */
#define IOF_SMMUV3_ATTR_PERM_(a)                                                              \
	(uint8_t)(((a)&4u ? IOF_PERM_READ : IOF_PERM_WRITE) | ((a)&2u ? IOF_PERM_EXEC : 0u) | \
		  ((a)&1u ? IOF_PERM_PRIV : 0u))
/* E_PAGE_REQUEST: x = uX..pR bits (bit 0 uX, 1 uW, 2 uR, 4 pX, 5 pW, 6 pR) */
#define IOF_SMMUV3_PAGE_PERM_(x)                                                                                     \
	(uint8_t)((((x) | ((x) >> 4)) & 4u ? IOF_PERM_READ : 0u) | (((x) | ((x) >> 4)) & 2u ? IOF_PERM_WRITE : 0u) | \
		  (((x) | ((x) >> 4)) & 1u ? IOF_PERM_EXEC : 0u) | ((x)&0x70u ? IOF_PERM_PRIV : 0u))
#define IOF_SMMUV3_PAGE_PERM8_(x)                                                                                  \
	IOF_SMMUV3_PAGE_PERM_(x), IOF_SMMUV3_PAGE_PERM_((x) + 1u), IOF_SMMUV3_PAGE_PERM_((x) + 2u),                \
		IOF_SMMUV3_PAGE_PERM_((x) + 3u), IOF_SMMUV3_PAGE_PERM_((x) + 4u), IOF_SMMUV3_PAGE_PERM_((x) + 5u), \
		IOF_SMMUV3_PAGE_PERM_((x) + 6u), IOF_SMMUV3_PAGE_PERM_((x) + 7u)
/* F_BAD_ATS_TREQ: x = dw1[31:28] (bit 0 P, 1 X, 2 W, 3 R; figure 7.3.6) */
#define IOF_SMMUV3_ATS_REQ_PERM_(x)                                                                                \
	(uint8_t)(((x)&8u ? IOF_PERM_READ : 0u) | ((x)&4u ? IOF_PERM_WRITE : 0u) | ((x)&2u ? IOF_PERM_EXEC : 0u) | \
		  ((x)&1u ? IOF_PERM_PRIV : 0u))
#define IOF_SMMUV3_ATS_REQ_PERM4_(x)                                                                         \
	IOF_SMMUV3_ATS_REQ_PERM_(x), IOF_SMMUV3_ATS_REQ_PERM_((x) + 1u), IOF_SMMUV3_ATS_REQ_PERM_((x) + 2u), \
		IOF_SMMUV3_ATS_REQ_PERM_((x) + 3u)
	/** @endcond */
	/* The PnU/InD/RnW and uX/uW/uR bits are the three bits from IOF_SMMUV3_PERM_LSB_ up, pX/pW/pR the
	 * three from PERM_LSB_ + 4: a compile error (division by zero) otherwise.
	 * An enum, not IOF_STATIC_ASSERT: its C99 fallback names the typedef by line number. */
	enum {
		IOF_SMMUV3_PERM_BITS_OK_ = 1 / (IOF_FD_LSB(IOF_SMMUV3_EVENT_IND) == IOF_SMMUV3_PERM_LSB_ + 1 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_RNW) == IOF_SMMUV3_PERM_LSB_ + 2 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_UX) == IOF_SMMUV3_PERM_LSB_ &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_UW) == IOF_SMMUV3_PERM_LSB_ + 1 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_UR) == IOF_SMMUV3_PERM_LSB_ + 2 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_PX) == IOF_SMMUV3_PERM_LSB_ + 4 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_PW) == IOF_SMMUV3_PERM_LSB_ + 5 &&
						IOF_FD_LSB(IOF_SMMUV3_EVENT_PR) == IOF_SMMUV3_PERM_LSB_ + 6)
	};
	static const uint8_t t[256] = {/* 0x88..0x8F and 0xA0..0xFF: 0 */
				       IOF_SMMUV3_PAGE_PERM8_(0x00u),
				       IOF_SMMUV3_PAGE_PERM8_(0x08u),
				       IOF_SMMUV3_PAGE_PERM8_(0x10u),
				       IOF_SMMUV3_PAGE_PERM8_(0x18u),
				       IOF_SMMUV3_PAGE_PERM8_(0x20u),
				       IOF_SMMUV3_PAGE_PERM8_(0x28u),
				       IOF_SMMUV3_PAGE_PERM8_(0x30u),
				       IOF_SMMUV3_PAGE_PERM8_(0x38u),
				       IOF_SMMUV3_PAGE_PERM8_(0x40u),
				       IOF_SMMUV3_PAGE_PERM8_(0x48u),
				       IOF_SMMUV3_PAGE_PERM8_(0x50u),
				       IOF_SMMUV3_PAGE_PERM8_(0x58u),
				       IOF_SMMUV3_PAGE_PERM8_(0x60u),
				       IOF_SMMUV3_PAGE_PERM8_(0x68u),
				       IOF_SMMUV3_PAGE_PERM8_(0x70u),
				       IOF_SMMUV3_PAGE_PERM8_(0x78u),
				       IOF_SMMUV3_ATTR_PERM_(0u),
				       IOF_SMMUV3_ATTR_PERM_(1u),
				       IOF_SMMUV3_ATTR_PERM_(2u),
				       IOF_SMMUV3_ATTR_PERM_(3u),
				       IOF_SMMUV3_ATTR_PERM_(4u),
				       IOF_SMMUV3_ATTR_PERM_(5u),
				       IOF_SMMUV3_ATTR_PERM_(6u),
				       IOF_SMMUV3_ATTR_PERM_(7u),
				       0,
				       0,
				       0,
				       0,
				       0,
				       0,
				       0,
				       0,
				       IOF_SMMUV3_ATS_REQ_PERM4_(0u),
				       IOF_SMMUV3_ATS_REQ_PERM4_(4u),
				       IOF_SMMUV3_ATS_REQ_PERM4_(8u),
				       IOF_SMMUV3_ATS_REQ_PERM4_(12u)};
#undef IOF_SMMUV3_ATS_REQ_PERM4_
#undef IOF_SMMUV3_ATS_REQ_PERM_
#undef IOF_SMMUV3_ATTR_PERM_
#undef IOF_SMMUV3_PAGE_PERM_
#undef IOF_SMMUV3_PAGE_PERM8_
	return t[idx & 0xffu];
}

/**
 * @brief Generic access bits of E_PAGE_REQUEST dw1 @p w1: the union of the
 *        u and p R/W/X bits, plus #IOF_PERM_PRIV when any p bit is set.
 */
IOF_API uint32_t iof_smmuv3_page_perm(uint64_t w1)
{
	return iof_smmuv3_event_perm((uint32_t)(w1 >> IOF_SMMUV3_PERM_LSB_) & 0x77u);
}

/**
 * @brief The table row of event number @p id, in O(1) (one load from a 256-entry table of row pointers).
 * @return the row (the shared IMPDEF row for 0xE0-0xEF), never null: the reserved
 *         numbers share row 0, whose masks decode to kind NONE with raw dw1..dw3 in
 *         origin.detail and whose status is #IOF_E_CODE.
 */
IOF_API const struct iof_smmuv3_event_info *iof_smmuv3_event_row_(uint32_t id)
{
/** @cond IOF_INTERNAL */
#define IOF_SMMUV3_FIELD_(f) IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_##f)
	/* The field set of each event, written once; the rows below derive everything from it
	 * (macros: a field set is 64 bits wide, more than an enumerator holds). */
#define IOF_SMMUV3_FS_UUT_                                                                           \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_ATTR | IOF_SMMUV3_FIELD_(REASON) | \
	 IOF_SMMUV3_FIELD_(INPUTADDR))
#define IOF_SMMUV3_FS_S_ IOF_SMMUV3_EVENT_FIELDS_STREAM
#define IOF_SMMUV3_FS_SFETCH_ (IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_FETCH)
#define IOF_SMMUV3_FS_SID_ IOF_SMMUV3_FIELD_(STREAMID)
#define IOF_SMMUV3_FS_BAD_ATS_TREQ_                                                                         \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_ATS_PERMS | IOF_SMMUV3_FIELD_(ATS_SPAN) | \
	 IOF_SMMUV3_FIELD_(PAGEADDR))
#define IOF_SMMUV3_FS_TRANSL_FORBIDDEN_ \
	(IOF_SMMUV3_FIELD_(STREAMID) | IOF_SMMUV3_FIELD_(RNW) | IOF_SMMUV3_FIELD_(INPUTADDR))
#define IOF_SMMUV3_FS_BAD_SUBSTREAMID_ (IOF_SMMUV3_FIELD_(SUBSTREAMID) | IOF_SMMUV3_FIELD_(STREAMID))
#define IOF_SMMUV3_FS_WALK_EABT_                                                                         \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_FETCH | IOF_SMMUV3_EVENT_FIELDS_ATTR | \
	 IOF_SMMUV3_FIELD_(S2) | IOF_SMMUV3_FIELD_(CLASS) | IOF_SMMUV3_FIELD_(NSIPA) | IOF_SMMUV3_FIELD_(INPUTADDR))
#define IOF_SMMUV3_FS_XLATE_ (IOF_SMMUV3_EVENT_FIELDS_XLATE | IOF_SMMUV3_FIELD_(NSIPA) | IOF_SMMUV3_FIELD_(IMPL_DEF))
#define IOF_SMMUV3_FS_PERMISSION_                                                                                     \
	(IOF_SMMUV3_FS_XLATE_ | IOF_SMMUV3_FIELD_(TTRNW) | IOF_SMMUV3_FIELD_(OVERLAY) | IOF_SMMUV3_FIELD_(DIRTYBIT) | \
	 IOF_SMMUV3_FIELD_(ASSUREDONLY))
#define IOF_SMMUV3_FS_TLB_CONFLICT_                                                                \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_ATTR | IOF_SMMUV3_FIELD_(S2) |   \
	 IOF_SMMUV3_FIELD_(NSIPA) | IOF_SMMUV3_FIELD_(CFG_REASON) | IOF_SMMUV3_FIELD_(INPUTADDR) | \
	 IOF_SMMUV3_FIELD_(IPA))
#define IOF_SMMUV3_FS_CFG_CONFLICT_ (IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_FIELD_(CFG_REASON))
#define IOF_SMMUV3_FS_PAGE_REQUEST_                                                                      \
	(IOF_SMMUV3_EVENT_FIELDS_STREAM | IOF_SMMUV3_EVENT_FIELDS_PAGE_PERMS | IOF_SMMUV3_FIELD_(SPAN) | \
	 IOF_SMMUV3_FIELD_(PAGEADDR))
#define IOF_SMMUV3_FS_IMPDEF_ IOF_SMMUV3_EVENT_FIELDS_IMPDEF
/* reserved numbers: no StreamID, kind NONE, raw dw1..dw3 in detail (status IOF_E_CODE) */
#define IOF_SMMUV3_FS_RESERVED_ \
	(IOF_SMMUV3_FIELD_(IMPDEF_DW1) | IOF_SMMUV3_FIELD_(IMPDEF_DW2) | IOF_SMMUV3_FIELD_(IMPDEF_DW3))
	/** @endcond */
	static const struct iof_smmuv3_event_info t[] = {
		IOF_SMMUV3_EVENT_ROW_(0x00, IOF_SMMUV3_FS_RESERVED_, IOF_KIND_NONE, IOF_REASON_NONE,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "RESERVED", "reserved event number",
				      "7.3"),
		IOF_SMMUV3_EVENT_ROW_(0x01, IOF_SMMUV3_FS_UUT_, IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_UUT",
				      "unsupported upstream transaction (cause in the IMPDEF Reason)", "7.3.2"),
		IOF_SMMUV3_EVENT_ROW_(0x02, IOF_SMMUV3_FS_S_, IOF_KIND_DMA_FAULT, IOF_REASON_SOURCEID_INVALID,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "C_BAD_STREAMID",
				      "StreamID beyond the stream table", "7.3.3"),
		IOF_SMMUV3_EVENT_ROW_(0x03, IOF_SMMUV3_FS_SFETCH_, IOF_KIND_DMA_FAULT, IOF_REASON_DEVICE_CONTEXT_FETCH,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "F_STE_FETCH",
				      "reading the STE aborted or its address was out of range", "7.3.4"),
		IOF_SMMUV3_EVENT_ROW_(0x04, IOF_SMMUV3_FS_S_, IOF_KIND_DMA_FAULT, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "C_BAD_STE",
				      "the STE is not valid or is misconfigured", "7.3.5"),
		IOF_SMMUV3_EVENT_ROW_(0x05, IOF_SMMUV3_FS_BAD_ATS_TREQ_, IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID,
				      IOF_TXN_MEMORY, IOF_AT_TRANSLATION, "F_BAD_ATS_TREQ",
				      "ATS translation request from a stream that may not use ATS", "7.3.6"),
		IOF_SMMUV3_EVENT_ROW_(0x06, IOF_SMMUV3_FS_SID_, IOF_KIND_DMA_FAULT, IOF_REASON_PASID_INVALID,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "F_STREAM_DISABLED",
				      "traffic without a SubstreamID is disabled by the STE", "7.3.7"),
		IOF_SMMUV3_EVENT_ROW_(0x07, IOF_SMMUV3_FS_TRANSL_FORBIDDEN_, IOF_KIND_DMA_FAULT,
				      IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATED,
				      "F_TRANSL_FORBIDDEN",
				      "ATS-translated transaction from a stream that may not bypass", "7.3.8"),
		IOF_SMMUV3_EVENT_ROW_(0x08, IOF_SMMUV3_FS_BAD_SUBSTREAMID_, IOF_KIND_DMA_FAULT,
				      IOF_REASON_PASID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
				      "C_BAD_SUBSTREAMID", "SubstreamID out of range or substreams not enabled",
				      "7.3.9"),
		IOF_SMMUV3_EVENT_ROW_(0x09, IOF_SMMUV3_FS_SFETCH_, IOF_KIND_DMA_FAULT, IOF_REASON_PASID_FETCH,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "F_CD_FETCH", "reading the CD aborted",
				      "7.3.10"),
		IOF_SMMUV3_EVENT_ROW_(0x0A, IOF_SMMUV3_FS_S_, IOF_KIND_DMA_FAULT, IOF_REASON_BAD_PASID_ENTRY,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "C_BAD_CD",
				      "the CD is not valid or is misconfigured", "7.3.11"),
		IOF_SMMUV3_EVENT_ROW_(0x0B, IOF_SMMUV3_FS_WALK_EABT_, IOF_KIND_DMA_FAULT, IOF_REASON_WALK_EABT,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_WALK_EABT",
				      "a translation table descriptor access aborted", "7.3.12"),
		IOF_SMMUV3_EVENT_ROW_(0x10, IOF_SMMUV3_FS_XLATE_, IOF_KIND_DMA_FAULT, IOF_REASON_PTE_FETCH,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_TRANSLATION",
				      "no valid translation for the address", "7.3.13"),
		IOF_SMMUV3_EVENT_ROW_(0x11, IOF_SMMUV3_FS_XLATE_, IOF_KIND_DMA_FAULT, IOF_REASON_OOR_ADDRESS,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_ADDR_SIZE",
				      "a translation stage output an address beyond its size", "7.3.14"),
		IOF_SMMUV3_EVENT_ROW_(0x12, IOF_SMMUV3_FS_XLATE_, IOF_KIND_DMA_FAULT, IOF_REASON_ACCESS, IOF_TXN_MEMORY,
				      IOF_AT_UNTRANSLATED, "F_ACCESS", "access flag of the descriptor is clear",
				      "7.3.15"),
		IOF_SMMUV3_EVENT_ROW_(0x13, IOF_SMMUV3_FS_PERMISSION_, IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_PERMISSION",
				      "the translation does not permit the access", "7.3.16"),
		IOF_SMMUV3_EVENT_ROW_(0x20, IOF_SMMUV3_FS_TLB_CONFLICT_, IOF_KIND_DMA_FAULT, IOF_REASON_INTERNAL,
				      IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, "F_TLB_CONFLICT",
				      "conflicting TLB entries matched the transaction", "7.3.17"),
		IOF_SMMUV3_EVENT_ROW_(0x21, IOF_SMMUV3_FS_CFG_CONFLICT_, IOF_KIND_DMA_FAULT, IOF_REASON_INTERNAL,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "F_CFG_CONFLICT",
				      "conflicting configuration cache entries matched the stream", "7.3.18"),
		IOF_SMMUV3_EVENT_ROW_(0x24, IOF_SMMUV3_FS_PAGE_REQUEST_, IOF_KIND_EVENT, IOF_REASON_NONE,
				      IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, "E_PAGE_REQUEST",
				      "hint: the device expects to access this range soon", "7.3.19"),
		IOF_SMMUV3_EVENT_ROW_(0x25, IOF_SMMUV3_FS_SFETCH_, IOF_KIND_DMA_FAULT, IOF_REASON_DEVICE_CONTEXT_FETCH,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "F_VMS_FETCH",
				      "reading the VMS aborted", "7.3.20"),
		IOF_SMMUV3_EVENT_ROW_(0xE0, IOF_SMMUV3_FS_IMPDEF_, IOF_KIND_EVENT, IOF_REASON_IMPDEF,
				      IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, "IMPDEF",
				      "implementation-defined event", "7.3.21")};
#undef IOF_SMMUV3_FS_UUT_
#undef IOF_SMMUV3_FS_S_
#undef IOF_SMMUV3_FS_SFETCH_
#undef IOF_SMMUV3_FS_SID_
#undef IOF_SMMUV3_FS_BAD_ATS_TREQ_
#undef IOF_SMMUV3_FS_TRANSL_FORBIDDEN_
#undef IOF_SMMUV3_FS_BAD_SUBSTREAMID_
#undef IOF_SMMUV3_FS_WALK_EABT_
#undef IOF_SMMUV3_FS_XLATE_
#undef IOF_SMMUV3_FS_PERMISSION_
#undef IOF_SMMUV3_FS_TLB_CONFLICT_
#undef IOF_SMMUV3_FS_CFG_CONFLICT_
#undef IOF_SMMUV3_FS_PAGE_REQUEST_
#undef IOF_SMMUV3_FS_IMPDEF_
#undef IOF_SMMUV3_FS_RESERVED_
#undef IOF_SMMUV3_FIELD_
	/* Row of each event number (0: a reserved number); tests/test_smmuv3.c checks it against t[].id. */
	/* Row of each event number (t + 0: a reserved number), as a pointer: one load, no
	 * multiply by the row size; tests/test_smmuv3.c checks it against t[].id. */
/** @cond IOF_INTERNAL */
#define IOF_SMMUV3_R0_16_ t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t
	/** @endcond */
	static const struct iof_smmuv3_event_info *const row[256] = {/* 0x00 */ t + 0,
								     t + 1,
								     t + 2,
								     t + 3,
								     t + 4,
								     t + 5,
								     t + 6,
								     t + 7,
								     t + 8,
								     t + 9,
								     t + 10,
								     t + 11,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     /* 0x10 */ t + 12,
								     t + 13,
								     t + 14,
								     t + 15,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     /* 0x20 */ t + 16,
								     t + 17,
								     t + 0,
								     t + 0,
								     t + 18,
								     t + 19,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     t + 0,
								     /* 0x30 */ IOF_SMMUV3_R0_16_,
								     /* 0x40 */ IOF_SMMUV3_R0_16_,
								     /* 0x50 */ IOF_SMMUV3_R0_16_,
								     /* 0x60 */ IOF_SMMUV3_R0_16_,
								     /* 0x70 */ IOF_SMMUV3_R0_16_,
								     /* 0x80 */ IOF_SMMUV3_R0_16_,
								     /* 0x90 */ IOF_SMMUV3_R0_16_,
								     /* 0xA0 */ IOF_SMMUV3_R0_16_,
								     /* 0xB0 */ IOF_SMMUV3_R0_16_,
								     /* 0xC0 */ IOF_SMMUV3_R0_16_,
								     /* 0xD0 */ IOF_SMMUV3_R0_16_,
								     /* 0xE0 */ t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     t + 20,
								     /* 0xF0 */ IOF_SMMUV3_R0_16_};
#undef IOF_SMMUV3_R0_16_
	return id < 256u ? row[id] : t;
}

/** @brief The table row of event number @p id, or null for a reserved number (O(1)). */
IOF_API const struct iof_smmuv3_event_info *iof_smmuv3_event_info(uint32_t id)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_row_(id);
	return ei->status ? IOF_NULL : ei;
}

/** @brief 1 when event @p id is stall-capable (F_TRANSLATION, F_ADDR_SIZE, F_ACCESS, F_PERMISSION). */
IOF_API int iof_smmuv3_event_can_stall(uint32_t id)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	return ei && ei->mask_stall ? 1 : 0;
}

/**
 * @brief In-place masks of every bit event @p id defines (event number included);
 *        the complement is RES0 (§7.3: "Portions ... not explicitly defined ... are RES0").
 *
 * Built from the field set by a loop: only strict decoding and tools need it.
 * @return #IOF_OK, #IOF_E_CODE (masks zero) for a reserved number, #IOF_E_INVAL when @p m is null.
 */
IOF_API int iof_smmuv3_event_defined_mask(uint32_t id, uint64_t m[4])
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	if (!m)
		return IOF_E_INVAL;
	if (!ei) {
		m[0] = m[1] = m[2] = m[3] = 0;
		return IOF_E_CODE;
	}
	iof_smmuv3_event_fields_mask_(ei->fields, m);
	m[0] |= iof_fd_mask(IOF_SMMUV3_EVENT_ID);
	return IOF_OK;
}
/** @} */

/* ======================================================================== */
/** @name PRI queue entry fields (§8, Linux PRIQ_* agree)
 * @{ */
/** @brief StreamID, abs [31:0] (with PCIe, StreamID[15:0] is the RequesterID). */
#define IOF_SMMUV3_PRI_STREAMID IOF_FD(0, 0, 32)
/** @brief SubstreamID (PASID), abs [51:32]; UNKNOWN when SSV == 0. */
#define IOF_SMMUV3_PRI_SUBSTREAMID IOF_FD(0, 32, 20)
/** @brief Priv, abs [58]: privileged-mode access requested. */
#define IOF_SMMUV3_PRI_PRIV IOF_FD(0, 58, 1)
/** @brief Exec, abs [59]: execute access requested. */
#define IOF_SMMUV3_PRI_EXEC IOF_FD(0, 59, 1)
/** @brief Read, abs [60]: read access requested. */
#define IOF_SMMUV3_PRI_READ IOF_FD(0, 60, 1)
/** @brief Write, abs [61]: write access requested. */
#define IOF_SMMUV3_PRI_WRITE IOF_FD(0, 61, 1)
/** @brief Last, abs [62]: last request of the page request group. */
#define IOF_SMMUV3_PRI_LAST IOF_FD(0, 62, 1)
/** @brief SSV, abs [63]: the request carried a PASID prefix. */
#define IOF_SMMUV3_PRI_SSV IOF_FD(0, 63, 1)
/** @brief PRGIndex, abs [72:64]: page request group index. */
#define IOF_SMMUV3_PRI_PRGINDEX IOF_FD(1, 0, 9)
/** @brief Page address[63:12], abs [127:76], kept in place. */
#define IOF_SMMUV3_PRI_ADDR IOF_FD(1, 12, 52)

/** @brief dw0 bits of a PRI queue entry (§8) that are always carried by generic fields (SubstreamID is added when SSV == 1). */
#define IOF_SMMUV3_PRI_CARRY0                                                                                         \
	(IOF_FD_MASK(IOF_SMMUV3_PRI_STREAMID) | IOF_FD_MASK(IOF_SMMUV3_PRI_PRIV) | IOF_FD_MASK(IOF_SMMUV3_PRI_EXEC) | \
	 IOF_FD_MASK(IOF_SMMUV3_PRI_READ) | IOF_FD_MASK(IOF_SMMUV3_PRI_WRITE) | IOF_FD_MASK(IOF_SMMUV3_PRI_LAST) |    \
	 IOF_FD_MASK(IOF_SMMUV3_PRI_SSV))
/** @brief dw1 bits of a PRI queue entry carried by generic fields (PRGIndex, page address). */
#define IOF_SMMUV3_PRI_CARRY1 (IOF_FD_MASK(IOF_SMMUV3_PRI_PRGINDEX) | IOF_FD_MASK(IOF_SMMUV3_PRI_ADDR))

/** @brief In-place masks of every bit a PRI queue entry defines; the rest is RES0 (no-op when @p m is null). */
IOF_API void iof_smmuv3_pri_defined_mask(uint64_t m[2])
{
	if (!m)
		return;
	m[0] = IOF_SMMUV3_PRI_CARRY0 | IOF_FD_MASK(IOF_SMMUV3_PRI_SUBSTREAMID);
	m[1] = IOF_SMMUV3_PRI_CARRY1;
}
/** @} */

/* ======================================================================== */
/** @name Command fields (§4.1.6 common fields, §4.5.2, §4.7.1, §4.7.2)
 * Positions from the command figures 4.5.2, 4.7.1 and 4.7.2 (G.b figure text);
 * Linux's CMDQ_* and QEMU's CMD_* definitions agree (QEMU's unused CMD_RESP
 * extractor at dw1[12:11] excepted, see docs).
 * @{ */
/** @brief Opcode, abs [7:0]. */
#define IOF_SMMUV3_CMD_OPCODE IOF_FD(0, 0, 8)
/** @brief SSec, abs [10]: Secure stream; must be 0 on the Non-secure queue (§4.1.6).  CMD_RESUME and
 *  CMD_STALL_TERM only (figures 4.7.1, 4.7.2): CMD_PRI_RESP has dw0[10:8] RES0 (figure 4.5.2). */
#define IOF_SMMUV3_CMD_SSEC IOF_FD(0, 10, 1)
/** @brief CMD_PRI_RESP SSV, abs [11]: respond with a PASID prefix. */
#define IOF_SMMUV3_CMD_SSV IOF_FD(0, 11, 1)
/** @brief CMD_PRI_RESP SubstreamID, abs [31:12]. */
#define IOF_SMMUV3_CMD_SUBSTREAMID IOF_FD(0, 12, 20)
/** @brief StreamID, abs [63:32]. */
#define IOF_SMMUV3_CMD_STREAMID IOF_FD(0, 32, 32)
/** @brief CMD_PRI_RESP PRGIndex, abs [72:64]. */
#define IOF_SMMUV3_CMD_PRI_RESP_PRGINDEX IOF_FD(1, 0, 9)
/** @brief CMD_PRI_RESP Resp, abs [77:76] (Linux CMDQ_PRI_1_RESP). */
#define IOF_SMMUV3_CMD_PRI_RESP_RESP IOF_FD(1, 12, 2)
/** @brief CMD_RESUME Ac (Action: 1 Retry, 0 Terminate), abs [12] (QEMU CMD_RESUME_AC). */
#define IOF_SMMUV3_CMD_RESUME_AC IOF_FD(0, 12, 1)
/** @brief CMD_RESUME Ab (Abort: 1 abort, 0 RAZ/WI), abs [13] (QEMU CMD_RESUME_AB). */
#define IOF_SMMUV3_CMD_RESUME_AB IOF_FD(0, 13, 1)
/** @brief CMD_RESUME STAG, abs [79:64]. */
#define IOF_SMMUV3_CMD_RESUME_STAG IOF_FD(1, 0, 16)

/**
 * @brief In-place masks of every bit command @p op defines; the rest is RES0.
 * SSec (dw0[10]) is defined for CMD_RESUME and CMD_STALL_TERM (figures 4.7.1, 4.7.2), not
 * for CMD_PRI_RESP (figure 4.5.2: dw0[10:8] RES0).
 * @return #IOF_OK, #IOF_E_CODE (masks zero) for an opcode this codec does not handle,
 *         #IOF_E_INVAL when @p m is null.
 */
IOF_API int iof_smmuv3_cmd_defined_mask(uint32_t op, uint64_t m[2])
{
/** @cond IOF_INTERNAL */
#define IOF_SMMUV3_CMD_MASK_(f) IOF_FD_MASK(IOF_SMMUV3_CMD_##f)
	/** @endcond */
	if (!m)
		return IOF_E_INVAL;
	m[0] = IOF_SMMUV3_CMD_MASK_(OPCODE) | IOF_SMMUV3_CMD_MASK_(SSEC) | IOF_SMMUV3_CMD_MASK_(STREAMID);
	switch (op) {
	case IOF_SMMUV3_OP_PRI_RESP: /* figure 4.5.2: dw0[10:8] RES0, no SSec */
		m[0] = IOF_SMMUV3_CMD_MASK_(OPCODE) | IOF_SMMUV3_CMD_MASK_(STREAMID) | IOF_SMMUV3_CMD_MASK_(SSV) |
		       IOF_SMMUV3_CMD_MASK_(SUBSTREAMID);
		m[1] = IOF_SMMUV3_CMD_MASK_(PRI_RESP_PRGINDEX) | IOF_SMMUV3_CMD_MASK_(PRI_RESP_RESP);
		return IOF_OK;
	case IOF_SMMUV3_OP_RESUME:
		m[0] |= IOF_SMMUV3_CMD_MASK_(RESUME_AC) | IOF_SMMUV3_CMD_MASK_(RESUME_AB);
		m[1] = IOF_SMMUV3_CMD_MASK_(RESUME_STAG);
		return IOF_OK;
	case IOF_SMMUV3_OP_STALL_TERM: m[1] = 0; return IOF_OK;
	default: m[0] = m[1] = 0; return IOF_E_CODE;
	}
#undef IOF_SMMUV3_CMD_MASK_
}
/** @} */

/* ======================================================================== */
/** @name Decoders
 * @{ */

/** @brief 1 when field @p f is in field set @p fields. */
#define IOF_SMMUV3_EVENT_HAS(fields, f) (((fields)&IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_##f)) != 0)


/**
 * @brief What an event record decodes to, member by member (iof_smmuv3_event_values()):
 *        the public view of the struct iof_fault_values_ the codec computes.
 */
struct iof_smmuv3_event_values {
	uint32_t head;       /**< kind | reason << 8 | txn << 16 | at << 24 (struct iof_smmuv3_event_info::head). */
	uint32_t flags;      /**< `flags`. */
	uint32_t perm;       /**< `perm`. */
	uint32_t source_id;  /**< `source_id`: the StreamID. */
	uint32_t pasid;      /**< `pasid`: the SubstreamID when valid, else 0. */
	uint32_t grpid;      /**< `grpid`: STAG when Stall == 1, else 0. */
	uint32_t length;     /**< `length`: Span * 4096 (E_PAGE_REQUEST), else 0. */
	uint64_t addr;       /**< `addr`. */
	uint64_t fetch_addr; /**< `fetch_addr`. */
	uint64_t ipa;        /**< `ipa`: IPA when S2 == 1, else 0. */
	uint64_t detail[3];  /**< `origin.detail`. */
};

/**
 * @brief Computes what the words @p w0..@p w3 of an event record with table row
 *        @p ei (event number @p id) decode to.
 *
 * No branch depends on the record's bits: each generic field is the word ANDed
 * with a mask of the row, and the data-dependent choices (SSV, Stall, S2)
 * become 0 / all-ones masks.  Detail words are "the word minus what is carried":
 * a carried value is a subset of its word, so `w ^ carried` clears exactly it.
 * Unchecked: @p ei and @p v must not be null (the decoder and the encoder call
 * it with a table row and a local).
 */
IOF_API_HOT void iof_smmuv3_event_values_(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3,
					  const struct iof_smmuv3_event_info *ei, uint32_t id,
					  struct iof_fault_values_ *v)
{
	/* PASID valid (0/1): the event has a SubstreamID, and SSV is set or the event has no SSV (C_BAD_SUBSTREAMID). */
	uint64_t pv = ((w0 | ei->mask_pasid_always_valid) & ei->mask_pasid_valid) >> IOF_FD_LSB(IOF_SMMUV3_EVENT_SSV);
	uint64_t sub = w0 & ei->mask_pasid_carried & (0u - pv);                         /* carried by `pasid` */
	uint64_t stalled = (w1 & ei->mask_stall) >> IOF_FD_LSB(IOF_SMMUV3_EVENT_STALL); /* 0/1 */
	uint64_t s2 = (w1 & ei->mask_s2) >> IOF_FD_LSB(IOF_SMMUV3_EVENT_S2);            /* 0/1 */
	uint64_t stag = w1 & IOF_FD_MASK(IOF_SMMUV3_EVENT_STAG) & (0u - stalled);       /* carried by `grpid` */
	uint64_t ipa = w3 & ei->mask_ipa & (0u - s2);                                   /* carried by `ipa` */


	v->head = stalled ? ei->head_stall : ei->head;
	v->flags = ei->flags | ((uint32_t)pv * IOF_FLAG_PASID_VALID) | ((uint32_t)s2 * ei->s2_flags) |
		   ((uint32_t)stalled * IOF_FLAG_LAST);
	v->perm = iof_smmuv3_event_perm(((uint32_t)(w1 >> ei->perm_shift) & ei->perm_sel) | ei->perm_base);
	v->source_id = (uint32_t)((w0 & ei->mask_streamid) >> IOF_FD_LSB(IOF_SMMUV3_EVENT_STREAMID));
	v->pasid = (uint32_t)(sub >> IOF_FD_LSB(IOF_SMMUV3_EVENT_SUBSTREAMID)); /* SSV falls off the right */
	v->grpid = (uint32_t)stag;
	/* Span * 4096: the field shifted down by its lsb, then up by 12 */
	v->length = (uint32_t)((w1 & ei->mask_span) >> (IOF_FD_LSB(IOF_SMMUV3_EVENT_SPAN) - 12u));
	v->addr = w2 & ei->mask_addr;
	v->fetch_addr = w3 & ei->mask_fetch_addr;
	v->ipa = ipa;
	/* every bit no generic field carries, in place (IMPDEF: raw dw1..dw3) */
	v->detail[0] = (w1 ^ stag) & ei->mask_detail_dw1;
	v->detail[1] = ((w0 ^ sub) & ei->mask_detail_dw0) | (w2 & ei->mask_raw_dw2);
	v->detail[2] = (w3 ^ ipa) & ei->mask_detail_dw3;
	v->irq_index = 0;
	v->code = id;
}

/**
 * @brief Computes what the words @p w0..@p w3 of an event record with table row
 *        @p ei decode to: nothing is written when @p v is null; a null @p ei reads
 *        as the row of the reserved numbers (no field).
 */
IOF_API void iof_smmuv3_event_values(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3,
				     const struct iof_smmuv3_event_info *ei, struct iof_smmuv3_event_values *v)
{
	struct iof_fault_values_ x;
	if (!v)
		return;
	iof_smmuv3_event_values_(w0, w1, w2, w3, ei ? ei : iof_smmuv3_event_row_(0), 0, &x);
	v->head = x.head;
	v->flags = x.flags;
	v->perm = x.perm;
	v->source_id = x.source_id;
	v->pasid = x.pasid;
	v->grpid = x.grpid;
	v->length = x.length;
	v->addr = x.addr;
	v->fetch_addr = x.fetch_addr;
	v->ipa = x.ipa;
	v->detail[0] = x.detail[0];
	v->detail[1] = x.detail[1];
	v->detail[2] = x.detail[2];
}

/**
 * @brief Decodes the words @p w0..@p w3 of an event record with table row @p ei
 *        (event number @p id) into @p out, writing every member once: the core of
 *        iof_smmuv3_event_decode(), unchecked (@p ei and @p out must not be null).
 */
IOF_API_HOT void iof_smmuv3_event_decode_words_(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3,
						const struct iof_smmuv3_event_info *ei, uint32_t id,
						struct iof_fault *out)
{
	struct iof_fault_values_ v;
	iof_smmuv3_event_values_(w0, w1, w2, w3, ei, id, &v);
	iof_fault_store_(out, &v, IOF_REC_SMMUV3_EVENT);
}

/**
 * @brief Decodes the words @p w0..@p w3 of an event record with table row @p ei
 *        (event number @p id) into @p out, writing every member once; nothing is
 *        written when @p out is null, and a null @p ei reads as the row of the
 *        reserved numbers (kind NONE).
 */
IOF_API void iof_smmuv3_event_decode_words(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3,
					   const struct iof_smmuv3_event_info *ei, uint32_t id, struct iof_fault *out)
{
	if (out)
		iof_smmuv3_event_decode_words_(w0, w1, w2, w3, ei ? ei : iof_smmuv3_event_row_(0), id, out);
}

/** @cond IOF_INTERNAL */
/* 1 when the words @p w of event @p ei have a RES0 bit set (strict mode only: builds the masks). */
IOF_API int iof_smmuv3_event_res0_(const uint64_t w[4], const struct iof_smmuv3_event_info *ei)
{
	uint64_t m[4];
	iof_smmuv3_event_fields_mask_(ei->fields, m);
	m[0] |= iof_fd_mask(IOF_SMMUV3_EVENT_ID);
	/* IMPDEF: no detail word is left for a SubstreamID with SSV == 0, so those bits count as reserved */
	if (ei->mask_raw_dw2 && !(w[0] & ei->mask_ssv))
		m[0] &= ~iof_fd_mask(IOF_SMMUV3_EVENT_SUBSTREAMID);
	return ((w[0] & ~m[0]) | (w[1] & ~m[1]) | (w[2] & ~m[2]) | (w[3] & ~m[3])) != 0;
}
/** @endcond */

/**
 * @brief Decodes a 32-byte event queue record (§7.3) into @p out.
 *
 * @p out is always fully written.  Reserved event numbers give #IOF_E_CODE
 * with origin.record/code set and raw dw1..dw3 in origin.detail (kind NONE).
 * Every bit that no generic field carries goes to origin.detail in place
 * (see the file comment), RES0 bits included, so that encoding the result
 * gives the record back bit for bit (except the RES0 bits listed in
 * docs/smmuv3.md).  Under #IOF_DECODE_STRICT a set RES0 bit is reported as
 * #IOF_E_RESERVED (fields still decoded).
 * @return #IOF_OK, #IOF_E_SHORT (@p len < 32), #IOF_E_CODE, #IOF_E_RESERVED or
 *         #IOF_E_INVAL (null pointer, or an option other than #IOF_DECODE_STRICT).
 */
IOF_API_HOT int iof_smmuv3_event_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	const struct iof_smmuv3_event_info *ei;
	uint64_t w[4];
	uint32_t id;

	if (IOF_DECODE_STOP_(rec, len, IOF_SMMUV3_EVENT_SIZE, out))
		return iof_decode_refuse_(rec, out);
	w[0] = iof_le64_load((const uint8_t *)rec);
	w[1] = iof_le64_load((const uint8_t *)rec + 8);
	w[2] = iof_le64_load((const uint8_t *)rec + 16);
	w[3] = iof_le64_load((const uint8_t *)rec + 24);
	id = (uint32_t)w[0] & (uint32_t)IOF_FD_MAX(IOF_SMMUV3_EVENT_ID);
	ei = iof_smmuv3_event_row_(id); /* a reserved number has a row too: no branch here */
	iof_smmuv3_event_decode_words_(w[0], w[1], w[2], w[3], ei, id, out);
	if (opts) {
		if (opts & ~IOF_DECODE_STRICT)
			return iof_decode_bad_option_(out);
		if (!ei->status && iof_smmuv3_event_res0_(w, ei))
			return IOF_E_RESERVED;
	}
	return ei->status;
}

/**
 * @brief Generic access bits of PRI dw0 bits [61:58] @p x (bit 0 Priv, 1 Exec, 2 Read, 3 Write).
 */
IOF_API uint32_t iof_smmuv3_pri_perm_(uint32_t x)
{
	enum { /* Priv, Exec, Read, Write are contiguous: a compile error (division by zero) otherwise */
	       IOF_SMMUV3_PRI_PERM_BITS_OK_ =
		       1 / (IOF_FD_LSB(IOF_SMMUV3_PRI_EXEC) == IOF_FD_LSB(IOF_SMMUV3_PRI_PRIV) + 1 &&
			    IOF_FD_LSB(IOF_SMMUV3_PRI_READ) == IOF_FD_LSB(IOF_SMMUV3_PRI_PRIV) + 2 &&
			    IOF_FD_LSB(IOF_SMMUV3_PRI_WRITE) == IOF_FD_LSB(IOF_SMMUV3_PRI_PRIV) + 3)
	};
/* the generic access bits of x = Write Read Exec Priv (bit 3 .. bit 0): one load instead of four shifts */
/** @cond IOF_INTERNAL */
#define IOF_SMMUV3_PRI_PERM_(x)                                                            \
	(uint8_t)((((x) >> 2) & 1u) * IOF_PERM_READ | (((x) >> 3) & 1u) * IOF_PERM_WRITE | \
		  (((x) >> 1) & 1u) * IOF_PERM_EXEC | ((x)&1u) * IOF_PERM_PRIV)
	static const uint8_t t[16] = {IOF_SMMUV3_PRI_PERM_(0u),  IOF_SMMUV3_PRI_PERM_(1u),  IOF_SMMUV3_PRI_PERM_(2u),
				      IOF_SMMUV3_PRI_PERM_(3u),  IOF_SMMUV3_PRI_PERM_(4u),  IOF_SMMUV3_PRI_PERM_(5u),
				      IOF_SMMUV3_PRI_PERM_(6u),  IOF_SMMUV3_PRI_PERM_(7u),  IOF_SMMUV3_PRI_PERM_(8u),
				      IOF_SMMUV3_PRI_PERM_(9u),  IOF_SMMUV3_PRI_PERM_(10u), IOF_SMMUV3_PRI_PERM_(11u),
				      IOF_SMMUV3_PRI_PERM_(12u), IOF_SMMUV3_PRI_PERM_(13u), IOF_SMMUV3_PRI_PERM_(14u),
				      IOF_SMMUV3_PRI_PERM_(15u)};
#undef IOF_SMMUV3_PRI_PERM_
	/** @endcond */
	return t[x & 15u];
}

/** @cond IOF_INTERNAL */
/* What the words @p w0, @p w1 of a PRI queue entry decode to. */
IOF_API_HOT void iof_smmuv3_pri_values_(uint64_t w0, uint64_t w1, struct iof_fault_values_ *v)
{
	uint32_t perm = iof_smmuv3_pri_perm_((uint32_t)(w0 >> IOF_FD_LSB(IOF_SMMUV3_PRI_PRIV)) & 15u);
	uint32_t ssv = (uint32_t)(w0 >> IOF_FD_LSB(IOF_SMMUV3_PRI_SSV)) & 1u;
	uint32_t last = (uint32_t)(w0 >> IOF_FD_LSB(IOF_SMMUV3_PRI_LAST)) & 1u;
	uint32_t stop = ssv & last & ((perm & (IOF_PERM_READ | IOF_PERM_WRITE)) == 0);
	uint64_t sub = IOF_FD_MASK(IOF_SMMUV3_PRI_SUBSTREAMID) & (0u - (uint64_t)ssv);

	/* branch-free: stop, last and ssv are 0/1 */
	v->head = IOF_FAULT_HEAD_(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0) ^
		  stop * (IOF_KIND_PAGE_REQUEST ^ IOF_KIND_STOP_MARKER);
	v->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | (last & ~stop) * IOF_FLAG_LAST |
		   ssv * IOF_FLAG_PASID_VALID | (ssv & ~stop) * IOF_FLAG_NEEDS_PASID;
	v->perm = perm;
	v->source_id = (uint32_t)w0;
	v->pasid = (uint32_t)((w0 & sub) >> IOF_FD_LSB(IOF_SMMUV3_PRI_SUBSTREAMID));
	v->grpid = (uint32_t)(w1 & IOF_FD_MASK(IOF_SMMUV3_PRI_PRGINDEX));
	v->irq_index = 0;
	v->length = 0;
	v->code = 0;
	v->addr = w1 & IOF_FD_MASK(IOF_SMMUV3_PRI_ADDR);
	v->fetch_addr = 0;
	v->ipa = 0;
	/* every bit no generic field carries, in place: SubstreamID when SSV == 0, and the RES0 bits */
	v->detail[0] = w0 & ~(IOF_SMMUV3_PRI_CARRY0 | sub);
	v->detail[1] = w1 & ~IOF_SMMUV3_PRI_CARRY1;
	v->detail[2] = 0;
}

/* Unchecked core of iof_smmuv3_pri_decode_words(): @p out must not be null. */
IOF_API_HOT void iof_smmuv3_pri_decode_words_(uint64_t w0, uint64_t w1, struct iof_fault *out)
{
	struct iof_fault_values_ v;
	iof_smmuv3_pri_values_(w0, w1, &v);
	iof_fault_store_(out, &v, IOF_REC_SMMUV3_PRI);
}
/** @endcond */

/** @brief Decodes the words @p w0, @p w1 of a PRI queue entry into @p out, writing every member once (nothing when @p out is null). */
IOF_API void iof_smmuv3_pri_decode_words(uint64_t w0, uint64_t w1, struct iof_fault *out)
{
	if (out)
		iof_smmuv3_pri_decode_words_(w0, w1, out);
}

/**
 * @brief Decodes a 16-byte PRI queue entry (§8) into @p out.
 *
 * A page request gives kind #IOF_KIND_PAGE_REQUEST, txn #IOF_TXN_PAGE_REQUEST,
 * grpid = PRGIndex, #IOF_FLAG_LAST from Last, and #IOF_FLAG_PASID_VALID +
 * #IOF_FLAG_NEEDS_PASID when SSV == 1.  A Stop Marker (Last = 1, R = W = 0,
 * SSV = 1; §8) gives kind #IOF_KIND_STOP_MARKER with #IOF_FLAG_PASID_VALID only.
 * The SubstreamID bits with SSV == 0 and the RES0 bits go to origin.detail[0..1] in place.
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_RESERVED (strict) or #IOF_E_INVAL.
 */
IOF_API int iof_smmuv3_pri_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	uint64_t w[2];

	if (IOF_DECODE_STOP_(rec, len, IOF_SMMUV3_PRI_SIZE, out))
		return iof_decode_refuse_(rec, out);
	w[0] = iof_le64_load((const uint8_t *)rec);
	w[1] = iof_le64_load((const uint8_t *)rec + 8);
	iof_smmuv3_pri_decode_words_(w[0], w[1], out);
	if (opts & ~IOF_DECODE_STRICT)
		return iof_decode_bad_option_(out);
	if ((opts & IOF_DECODE_STRICT) && ((w[0] & ~(IOF_SMMUV3_PRI_CARRY0 | IOF_FD_MASK(IOF_SMMUV3_PRI_SUBSTREAMID))) |
					   (w[1] & ~IOF_SMMUV3_PRI_CARRY1)))
		return IOF_E_RESERVED;
	return IOF_OK;
}
/** @} */

/* ======================================================================== */
/** @name Encoders
 * @{ */

/**
 * @brief The event number that expresses a generic record of another origin
 *        (the reverse of the table; the nearest event where none is exact).
 * @return the event number, or 0 when the kind has no SMMUv3 event record (or @p f is null).
 */
IOF_API uint32_t iof_smmuv3_event_pick_(const struct iof_fault *f)
{
	switch (f->kind) {
	case IOF_KIND_PAGE_REQUEST:
		switch (f->reason) {
		case IOF_REASON_OOR_ADDRESS: return IOF_SMMUV3_EVENT_F_ADDR_SIZE;
		case IOF_REASON_ACCESS: return IOF_SMMUV3_EVENT_F_ACCESS;
		case IOF_REASON_PERMISSION: return IOF_SMMUV3_EVENT_F_PERMISSION;
		default: return IOF_SMMUV3_EVENT_F_TRANSLATION;
		}
	case IOF_KIND_EVENT:
		return f->reason == IOF_REASON_IMPDEF ? (uint32_t)IOF_SMMUV3_EVENT_IMPDEF_FIRST
						      : (uint32_t)IOF_SMMUV3_EVENT_E_PAGE_REQUEST;
	case IOF_KIND_DMA_FAULT:
	case IOF_KIND_IRQ_FAULT:
	case IOF_KIND_IOMMU_ERROR:
		switch (f->reason) {
		case IOF_REASON_INTERNAL: return IOF_SMMUV3_EVENT_F_TLB_CONFLICT;
		case IOF_REASON_SOURCEID_INVALID: return IOF_SMMUV3_EVENT_C_BAD_STREAMID;
		case IOF_REASON_DEVICE_CONTEXT_FETCH: return IOF_SMMUV3_EVENT_F_STE_FETCH;
		case IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY: return IOF_SMMUV3_EVENT_C_BAD_STE;
		case IOF_REASON_PASID_FETCH: return IOF_SMMUV3_EVENT_F_CD_FETCH;
		case IOF_REASON_BAD_PASID_ENTRY: return IOF_SMMUV3_EVENT_C_BAD_CD;
		case IOF_REASON_PASID_INVALID:
			return (f->flags & IOF_FLAG_PASID_VALID) ? (uint32_t)IOF_SMMUV3_EVENT_C_BAD_SUBSTREAMID
								 : (uint32_t)IOF_SMMUV3_EVENT_F_STREAM_DISABLED;
		case IOF_REASON_WALK_EABT: return IOF_SMMUV3_EVENT_F_WALK_EABT;
		case IOF_REASON_PTE_FETCH: return IOF_SMMUV3_EVENT_F_TRANSLATION;
		case IOF_REASON_PERMISSION: return IOF_SMMUV3_EVENT_F_PERMISSION;
		case IOF_REASON_ACCESS: return IOF_SMMUV3_EVENT_F_ACCESS;
		case IOF_REASON_OOR_ADDRESS: return IOF_SMMUV3_EVENT_F_ADDR_SIZE;
		case IOF_REASON_REQUEST_INVALID:
			if (f->at == IOF_AT_TRANSLATION)
				return IOF_SMMUV3_EVENT_F_BAD_ATS_TREQ;
			if (f->at == IOF_AT_TRANSLATED)
				return IOF_SMMUV3_EVENT_F_TRANSL_FORBIDDEN;
			return IOF_SMMUV3_EVENT_F_UUT;
		default: return IOF_SMMUV3_EVENT_F_UUT; /* NONE, IMPDEF, IRQ_*: nearest, reason lost */
		}
	default: return 0;
	}
}

/** @cond IOF_INTERNAL */
/* Writes right-aligned value @p v into field @p fd of @p w: #IOF_OK or #IOF_E_RANGE. */
IOF_API int iof_smmuv3_put_(uint64_t *w, uint32_t fd, uint64_t v)
{
	return iof_fd_put(w, fd, v) ? IOF_E_RANGE : IOF_OK;
}
/** @endcond */

/**
 * @brief Builds the words of event @p ei (number @p id) from @p f.
 *
 * With @p same, origin.detail goes back where the decoder took it from
 * (file comment); the generic fields are then written over it.  Detail bits
 * the decoder never produces for this event (bits of a field that is always
 * carried by a generic field) are #IOF_E_RANGE.
 * @param f    generic record (already checked by iof_fault_check_v1_())
 * @param ei   table row of the event
 * @param id   event number (the row of an IMPDEF event stands for 0xE0-0xEF)
 * @param same 1 when @p f came from an SMMUv3 event record: its origin detail is put back
 * @param w    receives the record's four words
 * Unchecked: no pointer may be null.
 * @return #IOF_OK or #IOF_E_RANGE (a value does not fit its field).
 */
IOF_API int iof_smmuv3_event_build_(const struct iof_fault *f, const struct iof_smmuv3_event_info *ei, uint32_t id,
				    int same, uint64_t w[4])
{
	uint64_t d0 = 0, d1 = 0, d2 = 0,
		 page = IOF_FD_MASK(IOF_SMMUV3_EVENT_UX) | IOF_FD_MASK(IOF_SMMUV3_EVENT_UW) |
			IOF_FD_MASK(IOF_SMMUV3_EVENT_UR) | IOF_FD_MASK(IOF_SMMUV3_EVENT_PX) |
			IOF_FD_MASK(IOF_SMMUV3_EVENT_PW) | IOF_FD_MASK(IOF_SMMUV3_EVENT_PR);
	uint32_t p, fl, a;

	w[0] = w[1] = w[2] = w[3] = 0;
	p = f->perm;
	fl = f->flags;
	if (same) {
		d0 = f->origin.detail[0];
		d1 = f->origin.detail[1];
		d2 = f->origin.detail[2];
	}
	if (ei->mask_raw_dw2) { /* IMPDEF: raw dw1..dw3 */
		w[0] = 0;
		w[1] = d0;
		w[2] = d1;
		w[3] = d2;
	} else {
		/* dw0 detail never holds SSV, nor the SubstreamID of an event without SSV */
		uint64_t ok1 = ei->mask_detail_dw0 & ~(ei->mask_ssv ? ei->mask_ssv : ei->mask_pasid_carried);
		if ((d0 & ei->mask_carried_dw1) | (d1 & ~ok1) | (d2 & ei->mask_fetch_addr))
			return IOF_E_RANGE;
		w[0] = d1;
		w[1] = d0;
		w[2] = 0;
		w[3] = d2;
	}
	w[0] |= (uint64_t)id | ((uint64_t)f->source_id << IOF_FD_LSB(IOF_SMMUV3_EVENT_STREAMID));
	if (ei->mask_pasid_valid && (fl & IOF_FLAG_PASID_VALID)) {
		if (f->pasid > IOF_FD_MAX(IOF_SMMUV3_EVENT_SUBSTREAMID))
			return IOF_E_RANGE;
		w[0] = (w[0] & ~IOF_FD_MASK(IOF_SMMUV3_EVENT_SUBSTREAMID)) |
		       ((uint64_t)f->pasid << IOF_FD_LSB(IOF_SMMUV3_EVENT_SUBSTREAMID)) | ei->mask_ssv;
	}
	if (ei->mask_stall && f->kind == IOF_KIND_PAGE_REQUEST) {
		if (f->grpid > IOF_FD_MAX(IOF_SMMUV3_EVENT_STAG))
			return IOF_E_RANGE;
		w[1] = (w[1] & ~IOF_FD_MASK(IOF_SMMUV3_EVENT_STAG)) | f->grpid | ei->mask_stall;
	}
	/* PnU/InD/RnW from perm (bit 0 PnU, 1 InD, 2 RnW), as far as the event has them */
	a = ((p & IOF_PERM_READ) ? 4u : 0u) | ((p & IOF_PERM_EXEC) ? 2u : 0u) | ((p & IOF_PERM_PRIV) ? 1u : 0u);
	w[1] |= (uint64_t)(a & (ei->perm_shift == IOF_SMMUV3_PERM_LSB_ && ei->perm_base ? ei->perm_sel : 0u))
		<< IOF_SMMUV3_PERM_LSB_;
	if (ei->perm_shift == IOF_SMMUV3_ATS_PERM_LSB_) { /* F_BAD_ATS_TREQ: R, W, X, P as requested */
		a = ((p & IOF_PERM_READ) ? 8u : 0u) | ((p & IOF_PERM_WRITE) ? 4u : 0u) |
		    ((p & IOF_PERM_EXEC) ? 2u : 0u) | ((p & IOF_PERM_PRIV) ? 1u : 0u);
		w[1] |= (uint64_t)a << IOF_SMMUV3_ATS_PERM_LSB_;
	}
	if (ei->mask_span) {
		if (!(w[1] & page)) { /* no access bits from detail: derive them from perm (u, or p when PRIV) */
			a = ((p & IOF_PERM_READ) ? 4u : 0u) | ((p & IOF_PERM_WRITE) ? 2u : 0u) |
			    ((p & IOF_PERM_EXEC) ? 1u : 0u);
			w[1] |= (uint64_t)a << (IOF_SMMUV3_PERM_LSB_ + ((p & IOF_PERM_PRIV) ? 4u : 0u));
		}
		if (f->length % 4096u || f->length / 4096u > IOF_FD_MAX(IOF_SMMUV3_EVENT_SPAN))
			return IOF_E_RANGE;
		w[1] |= (uint64_t)(f->length / 4096u) << IOF_FD_LSB(IOF_SMMUV3_EVENT_SPAN);
	}
	if (fl & IOF_FLAG_STAGE2)
		w[1] |= ei->mask_s2;
	if (ei->mask_ipa && (fl & IOF_FLAG_IPA_VALID)) {
		if (f->ipa & ~ei->mask_ipa)
			return IOF_E_RANGE;
		if (fl & IOF_FLAG_STAGE2)
			w[3] = (w[3] & ~ei->mask_ipa) | f->ipa;
	}
	if (ei->mask_addr && (fl & IOF_FLAG_ADDR_VALID)) {
		if (f->addr & ~ei->mask_addr)
			return IOF_E_RANGE;
		w[2] = f->addr;
	}
	if (ei->mask_fetch_addr && (fl & IOF_FLAG_FETCH_ADDR_VALID)) {
		if (f->fetch_addr & ~ei->mask_fetch_addr)
			return IOF_E_RANGE;
		w[3] |= f->fetch_addr;
	}
	return IOF_OK;
}

/**
 * @brief Encodes @p f as a 32-byte event queue record in @p rec.
 *
 * With an SMMUv3 event origin (origin.record == #IOF_REC_SMMUV3_EVENT) the
 * event number is origin.code and origin.detail is put back; otherwise the
 * number is chosen from kind and reason (the nearest event).  The
 * record's decoding (iof_smmuv3_event_decode_words(), branch-free and
 * without a memory round trip) is compared with @p f: every difference is a
 * loss, reported as IOF_LOST_* bits in @p *lost.
 *
 * @param f    generic record
 * @param rec  destination, @p cap bytes; the first 32 are zeroed on error
 * @param cap  capacity of @p rec
 * @param lost receives the IOF_LOST_* bits; null means "refuse any loss"
 * @return #IOF_OK; #IOF_E_SHORT (@p cap < 32); #IOF_E_INVAL (null pointer,
 *         enumerator, flag or perm outside ABI v1, non-zero reserved member,
 *         reserved origin code); #IOF_E_RANGE (a value does not fit its field,
 *         e.g. SubstreamID >= 2^20, STAG >= 2^16, IPA outside [55:12],
 *         FetchAddr outside [55:3], page address with bits [11:0], origin
 *         detail in a field a generic field always carries); #IOF_E_UNSUPPORTED (kind NONE,
 *         STOP_MARKER or LOST); #IOF_E_LOSSY (@p lost null and something
 *         would be lost).
 */
IOF_API int iof_smmuv3_event_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	const struct iof_smmuv3_event_info *ei;
	struct iof_fault_values_ back;
	uint64_t w[4];
	uint32_t id, loss;
	int rc = iof_encode_begin_(f, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);

	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
	if (f->kind == IOF_KIND_NONE || f->kind == IOF_KIND_STOP_MARKER || f->kind == IOF_KIND_LOST)
		return iof_encode_fail_(IOF_E_UNSUPPORTED, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
	if (f->origin.record == IOF_REC_SMMUV3_EVENT) {
		if (f->origin.code > IOF_FD_MAX(IOF_SMMUV3_EVENT_ID))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
		id = f->origin.code;
	} else {
		id = iof_smmuv3_event_pick_(f);
	}
	ei = iof_smmuv3_event_info(id);
	if (!ei)
		return iof_encode_fail_(IOF_E_INVAL, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
	rc = iof_smmuv3_event_build_(f, ei, id, f->origin.record == IOF_REC_SMMUV3_EVENT, w);
	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
	iof_le64_store((uint8_t *)rec, w[0]);
	iof_le64_store((uint8_t *)rec + 8, w[1]);
	iof_le64_store((uint8_t *)rec + 16, w[2]);
	iof_le64_store((uint8_t *)rec + 24, w[3]);
	iof_smmuv3_event_values_(w[0], w[1], w[2], w[3], ei, id, &back);
	loss = iof_fault_loss_(f, &back, IOF_REC_SMMUV3_EVENT, rec, IOF_SMMUV3_EVENT_SIZE, iof_smmuv3_event_decode, 0u);
	if (loss && !lost)
		return iof_encode_fail_(IOF_E_LOSSY, rec, cap, IOF_SMMUV3_EVENT_SIZE, lost);
	if (lost)
		*lost = loss;
	return IOF_OK;
}

/**
 * @brief Encodes @p f (a page request or stop marker) as a 16-byte PRI queue entry.
 *
 * Same conventions as iof_smmuv3_event_encode(): with a PRI origin the
 * detail is put back, every difference of the round trip is reported in
 * @p *lost, and a null @p lost refuses any loss.
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_INVAL, #IOF_E_RANGE (PASID >= 2^20,
 *         PRG index >= 2^9, address with bits [11:0], detail in a field a
 *         generic field always carries), #IOF_E_UNSUPPORTED (another kind) or #IOF_E_LOSSY.
 */
IOF_API int iof_smmuv3_pri_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	struct iof_fault_values_ back;
	uint64_t w[2] = {0, 0};
	uint32_t loss, p, fl;
	int rc = iof_encode_begin_(f, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);

	if (rc)
		return iof_encode_fail_(rc, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
	if (f->kind != IOF_KIND_PAGE_REQUEST && f->kind != IOF_KIND_STOP_MARKER)
		return iof_encode_fail_(IOF_E_UNSUPPORTED, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
	p = f->perm;
	fl = f->flags;
	if (f->origin.record == IOF_REC_SMMUV3_PRI) {
		w[0] = f->origin.detail[0];
		w[1] = f->origin.detail[1];
		if ((w[0] & IOF_SMMUV3_PRI_CARRY0) | (w[1] & IOF_SMMUV3_PRI_CARRY1) | f->origin.detail[2])
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
	}
	if (fl & IOF_FLAG_PASID_VALID) {
		if (f->pasid > IOF_FD_MAX(IOF_SMMUV3_PRI_SUBSTREAMID))
			return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
		w[0] = (w[0] & ~IOF_FD_MASK(IOF_SMMUV3_PRI_SUBSTREAMID)) |
		       ((uint64_t)f->pasid << IOF_FD_LSB(IOF_SMMUV3_PRI_SUBSTREAMID)) | IOF_FD_MASK(IOF_SMMUV3_PRI_SSV);
	}
	if (f->grpid > IOF_FD_MAX(IOF_SMMUV3_PRI_PRGINDEX) ||
	    ((fl & IOF_FLAG_ADDR_VALID) && (f->addr & ~IOF_FD_MASK(IOF_SMMUV3_PRI_ADDR))))
		return iof_encode_fail_(IOF_E_RANGE, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
	w[1] |= f->grpid | ((fl & IOF_FLAG_ADDR_VALID) ? f->addr : 0u);
	w[0] |= (uint64_t)f->source_id | ((p & IOF_PERM_READ) ? IOF_FD_MASK(IOF_SMMUV3_PRI_READ) : 0u) |
		((p & IOF_PERM_WRITE) ? IOF_FD_MASK(IOF_SMMUV3_PRI_WRITE) : 0u) |
		((p & IOF_PERM_EXEC) ? IOF_FD_MASK(IOF_SMMUV3_PRI_EXEC) : 0u) |
		((p & IOF_PERM_PRIV) ? IOF_FD_MASK(IOF_SMMUV3_PRI_PRIV) : 0u) |
		((f->kind == IOF_KIND_STOP_MARKER || (fl & IOF_FLAG_LAST)) ? IOF_FD_MASK(IOF_SMMUV3_PRI_LAST) : 0u);
	iof_words_store(rec, w, 2);
	iof_smmuv3_pri_values_(w[0], w[1], &back);
	loss = iof_fault_loss_(f, &back, IOF_REC_SMMUV3_PRI, rec, IOF_SMMUV3_PRI_SIZE, iof_smmuv3_pri_decode, 0u);
	if (loss && !lost)
		return iof_encode_fail_(IOF_E_LOSSY, rec, cap, IOF_SMMUV3_PRI_SIZE, lost);
	if (lost)
		*lost = loss;
	return IOF_OK;
}
/** @} */

/* ======================================================================== */
/** @name Responses: CMD_PRI_RESP, CMD_RESUME, CMD_STALL_TERM
 * @{ */

/**
 * @brief Encodes CMD_PRI_RESP (§4.5.2): SUCCESS → Resp 0b10, INVALID → 0b01, FAILURE → 0b00.
 *
 * #IOF_RESP_FLAG_PASID_VALID sets SSV and SubstreamID.  detail[0] may hold,
 * without a PASID, the SubstreamID bits (as decoded).  The command has no SSec
 * (figure 4.5.2: dw0[10:8] RES0), so bit 10 is never written.  detail[1] is 0,
 * or, with record #IOF_REC_SMMUV3_CMD_PRI_RESP, the reserved Resp 0b11 in
 * place as the decoder keeps it: that value is written instead of @p r->code,
 * so decode → encode gives such a command back unchanged.
 * @return #IOF_OK, #IOF_E_SHORT (@p cap < 16), #IOF_E_INVAL (null, unknown
 *         code or flag, #IOF_RESP_FLAG_RAZWI, reserved members), #IOF_E_RANGE
 *         (PASID >= 2^20, PRG index >= 2^9, detail bits outside those fields,
 *         detail[1] other than the Resp 0b11 of a CMD_PRI_RESP origin).
 */
IOF_API int iof_smmuv3_cmd_pri_resp_encode(const struct iof_page_response *r, void *cmd, size_t cap)
{
	static const uint8_t resp[IOF_RESP_COUNT] = {IOF_SMMUV3_PRI_RESP_SUCCESS, IOF_SMMUV3_PRI_RESP_INVALID,
						     IOF_SMMUV3_PRI_RESP_FAILURE};
	uint64_t w[2] = {0, 0};
	int rc = iof_response_encode_begin_(r, cmd, cap, IOF_SMMUV3_CMD_SIZE);

	if (rc)
		return iof_encode_fail_(rc, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	if (r->flags & IOF_RESP_FLAG_RAZWI)
		return iof_encode_fail_(IOF_E_INVAL, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	/* detail[1] holds the Resp bits only for the reserved Resp 0b11 the decoder kept
	 * (with code FAILURE): put it back then, and never under another code, so that a
	 * response changed to SUCCESS cannot go out as an ILLEGAL command. */
	if (r->detail[1] && r->code != IOF_RESP_FAILURE)
		return iof_encode_fail_(IOF_E_INVAL, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	if ((r->detail[1] &&
	     (r->record != IOF_REC_SMMUV3_CMD_PRI_RESP || r->detail[1] != IOF_FD_MASK(IOF_SMMUV3_CMD_PRI_RESP_RESP))) ||
	    (r->detail[0] & ~iof_fd_mask(IOF_SMMUV3_CMD_SUBSTREAMID)))
		return iof_encode_fail_(IOF_E_RANGE, cmd, cap, IOF_SMMUV3_CMD_SIZE,
					IOF_NULL); /* figure 4.5.2: dw0[10:8] RES0, no SSec: never written */
	w[0] = r->detail[0];
	if (r->flags & IOF_RESP_FLAG_PASID_VALID) {
		rc |= iof_smmuv3_put_(w, IOF_SMMUV3_CMD_SUBSTREAMID, r->pasid);
		iof_fd_put(w, IOF_SMMUV3_CMD_SSV, 1);
	}
	rc |= iof_smmuv3_put_(w, IOF_SMMUV3_CMD_PRI_RESP_PRGINDEX, r->grpid);
	if (rc)
		return iof_encode_fail_(IOF_E_RANGE, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	iof_fd_put(w, IOF_SMMUV3_CMD_OPCODE, IOF_SMMUV3_OP_PRI_RESP);
	iof_fd_put(w, IOF_SMMUV3_CMD_STREAMID, r->source_id);
	w[1] |= r->detail[1] ? r->detail[1] : (uint64_t)resp[r->code] << IOF_FD_LSB(IOF_SMMUV3_CMD_PRI_RESP_RESP);
	iof_words_store(cmd, w, 2);
	return IOF_OK;
}

/** @cond IOF_INTERNAL */
/* The slow half of iof_smmuv3_cmd_load_(): #IOF_E_INVAL (an option other than strict),
 * #IOF_E_CODE (another opcode), #IOF_E_RESERVED (strict: a RES0 bit or SSec set) or #IOF_OK. */
IOF_API_NOINLINE int iof_smmuv3_cmd_check_(uint64_t w0, uint64_t w1, unsigned opts, uint32_t op)
{
	uint64_t m[2], w[2];
	w[0] = w0;
	w[1] = w1;
	if (opts & ~IOF_DECODE_STRICT)
		return IOF_E_INVAL;
	if (iof_fd_get(w, IOF_SMMUV3_CMD_OPCODE) != op)
		return IOF_E_CODE;
	iof_smmuv3_cmd_defined_mask(op, m);
	if ((opts & IOF_DECODE_STRICT) && ((w[0] & ~m[0]) || (w[1] & ~m[1]) || iof_fd_get(w, IOF_SMMUV3_CMD_SSEC)))
		return IOF_E_RESERVED;
	return IOF_OK;
}

/* Loads command @p cmd (at least 16 bytes) and checks options, opcode and, in strict mode,
 * the RES0/SSec bits (iof_smmuv3_cmd_check_(), out of line: a caller that passes a constant 0
 * keeps only the opcode test). */
IOF_API_HOT int iof_smmuv3_cmd_load_(const void *cmd, unsigned opts, uint32_t op, uint64_t w[2])
{
	iof_words_load(w, cmd, 2);
	if (opts)
		return iof_smmuv3_cmd_check_(w[0], w[1], opts, op);
	return iof_fd_get(w, IOF_SMMUV3_CMD_OPCODE) != op ? IOF_E_CODE : IOF_OK;
}
/*
 * The decode prologue of both response commands: null and short input, a cleared @p out, the
 * words in @p w, then options and opcode (iof_smmuv3_cmd_load_()); an unknown option clears
 * @p out again.  Returns the status; the caller goes on when it is 0 or #IOF_E_RESERVED.
 */
IOF_API_HOT int iof_smmuv3_cmd_response_load_(const void *cmd, size_t len, unsigned opts, uint32_t op, uint64_t w[2],
					      struct iof_page_response *out)
{
	int rc;
	if (IOF_DECODE_STOP_(cmd, len, IOF_SMMUV3_CMD_SIZE, out))
		return iof_response_decode_refuse_(cmd, out);
	iof_page_response_init(out);
	rc = iof_smmuv3_cmd_load_(cmd, opts, op, w);
	return rc == IOF_E_INVAL ? iof_response_decode_bad_option_(out) : rc;
}
/** @endcond */

/**
 * @brief Decodes CMD_PRI_RESP (§4.5.2): Resp 0b10 → SUCCESS, 0b01 → INVALID,
 *        0b00 → FAILURE, 0b11 → #IOF_E_CODE (raw Resp bits in detail[1]).
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_CODE (other opcode or reserved Resp),
 *         #IOF_E_RESERVED (strict) or #IOF_E_INVAL.
 */
IOF_API int iof_smmuv3_cmd_pri_resp_decode(const void *cmd, size_t len, unsigned opts, struct iof_page_response *out)
{
	static const uint8_t code[4] = {IOF_RESP_FAILURE, IOF_RESP_INVALID, IOF_RESP_SUCCESS, 0};
	uint64_t w[2] = {0, 0};
	uint32_t resp;
	int rc;

	rc = iof_smmuv3_cmd_response_load_(cmd, len, opts, IOF_SMMUV3_OP_PRI_RESP, w, out);
	if (rc && rc != IOF_E_RESERVED)
		return rc;
	out->record = (uint16_t)IOF_REC_SMMUV3_CMD_PRI_RESP;
	out->source_id = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_STREAMID);
	out->grpid = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_PRI_RESP_PRGINDEX);
	/* figure 4.5.2: dw0[10:8] RES0 (no SSec): not kept, strict mode reports it */
	if (iof_fd_get(w, IOF_SMMUV3_CMD_SSV)) {
		out->flags |= IOF_RESP_FLAG_PASID_VALID;
		out->pasid = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_SUBSTREAMID);
	} else {
		out->detail[0] |= iof_fd_get_inplace(w, IOF_SMMUV3_CMD_SUBSTREAMID);
	}
	resp = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_PRI_RESP_RESP);
	if (resp == 3u) {
		/* Reserved Resp: an ILLEGAL command.  Read as "not a success" (FAILURE, as
		 * the VT-d decoder does), the raw bits kept in detail[1]. */
		out->code = IOF_RESP_FAILURE;
		out->detail[1] = iof_fd_get_inplace(w, IOF_SMMUV3_CMD_PRI_RESP_RESP);
		return IOF_E_CODE;
	}
	out->code = code[resp];
	return rc;
}

/**
 * @brief Encodes CMD_RESUME (§4.7.1): SUCCESS → Retry (Ac = 1); INVALID or
 *        FAILURE → Abort (Ab = 1); with #IOF_RESP_FLAG_RAZWI → Terminate
 *        RAZ/WI (Ac = Ab = 0).  StreamID = source_id, STAG = grpid.
 *
 * detail[0] may hold SSec and, for a Retry, the ignored Ab bit (as decoded).
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_INVAL (null, unknown code or flag,
 *         SUCCESS with RAZWI, reserved members), #IOF_E_RANGE (STAG >= 2^16,
 *         detail bits outside those fields), #IOF_E_UNSUPPORTED (a PASID:
 *         CMD_RESUME has no SubstreamID, §4.7.1).
 */
IOF_API int iof_smmuv3_cmd_resume_encode(const struct iof_page_response *r, void *cmd, size_t cap)
{
	uint64_t w[2] = {0, 0};
	uint64_t keep;
	int rc = iof_response_encode_begin_(r, cmd, cap, IOF_SMMUV3_CMD_SIZE);

	if (rc)
		return iof_encode_fail_(rc, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	if (r->code == IOF_RESP_SUCCESS && (r->flags & IOF_RESP_FLAG_RAZWI))
		return iof_encode_fail_(IOF_E_INVAL, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	if (r->flags & IOF_RESP_FLAG_PASID_VALID)
		return iof_encode_fail_(IOF_E_UNSUPPORTED, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	keep = iof_fd_mask(IOF_SMMUV3_CMD_SSEC) |
	       (r->code == IOF_RESP_SUCCESS ? iof_fd_mask(IOF_SMMUV3_CMD_RESUME_AB) : 0u);
	if (r->detail[1] || (r->detail[0] & ~keep) || iof_smmuv3_put_(w, IOF_SMMUV3_CMD_RESUME_STAG, r->grpid))
		return iof_encode_fail_(IOF_E_RANGE, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	w[0] = r->detail[0];
	iof_fd_put(w, IOF_SMMUV3_CMD_OPCODE, IOF_SMMUV3_OP_RESUME);
	iof_fd_put(w, IOF_SMMUV3_CMD_STREAMID, r->source_id);
	if (r->code == IOF_RESP_SUCCESS)
		iof_fd_put(w, IOF_SMMUV3_CMD_RESUME_AC, 1);
	else if (!(r->flags & IOF_RESP_FLAG_RAZWI))
		iof_fd_put(w, IOF_SMMUV3_CMD_RESUME_AB, 1);
	iof_words_store(cmd, w, 2);
	return IOF_OK;
}

/**
 * @brief Decodes CMD_RESUME (§4.7.1): Ac = 1 → SUCCESS (Ab kept in detail[0]);
 *        Ab = 1 → INVALID; neither → INVALID + #IOF_RESP_FLAG_RAZWI.
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_CODE (other opcode), #IOF_E_RESERVED
 *         (strict: RES0 or SSec set) or #IOF_E_INVAL.
 */
IOF_API int iof_smmuv3_cmd_resume_decode(const void *cmd, size_t len, unsigned opts, struct iof_page_response *out)
{
	uint64_t w[2] = {0, 0};
	int rc;

	rc = iof_smmuv3_cmd_response_load_(cmd, len, opts, IOF_SMMUV3_OP_RESUME, w, out);
	if (rc && rc != IOF_E_RESERVED)
		return rc;
	out->record = (uint16_t)IOF_REC_SMMUV3_CMD_RESUME;
	out->source_id = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_STREAMID);
	out->grpid = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_RESUME_STAG);
	out->detail[0] = iof_fd_get_inplace(w, IOF_SMMUV3_CMD_SSEC);
	if (iof_fd_get(w, IOF_SMMUV3_CMD_RESUME_AC)) {
		out->code = IOF_RESP_SUCCESS;
		out->detail[0] |= iof_fd_get_inplace(w, IOF_SMMUV3_CMD_RESUME_AB);
	} else if (iof_fd_get(w, IOF_SMMUV3_CMD_RESUME_AB)) {
		out->code = IOF_RESP_INVALID;
	} else {
		out->code = IOF_RESP_INVALID;
		out->flags |= IOF_RESP_FLAG_RAZWI;
	}
	return rc;
}

/**
 * @brief Encodes CMD_STALL_TERM(StreamID) (§4.7.2), SSec = 0.
 * @return #IOF_OK, #IOF_E_SHORT (@p cap < 16) or #IOF_E_INVAL (null).
 */
IOF_API int iof_smmuv3_cmd_stall_term_encode(uint32_t stream_id, void *cmd, size_t cap)
{
	uint64_t w[2] = {0, 0};
	if (!cmd || cap < IOF_SMMUV3_CMD_SIZE)
		return iof_encode_fail_(cmd ? IOF_E_SHORT : IOF_E_INVAL, cmd, cap, IOF_SMMUV3_CMD_SIZE, IOF_NULL);
	iof_fd_put(w, IOF_SMMUV3_CMD_OPCODE, IOF_SMMUV3_OP_STALL_TERM);
	iof_fd_put(w, IOF_SMMUV3_CMD_STREAMID, stream_id);
	iof_words_store(cmd, w, 2);
	return IOF_OK;
}

/**
 * @brief Decodes CMD_STALL_TERM (§4.7.2) into @p stream_id (0 on error).
 * @return #IOF_OK, #IOF_E_SHORT, #IOF_E_CODE (other opcode), #IOF_E_RESERVED
 *         (strict: RES0 or SSec set) or #IOF_E_INVAL.
 */
IOF_API int iof_smmuv3_cmd_stall_term_decode(const void *cmd, size_t len, unsigned opts, uint32_t *stream_id)
{
	uint64_t w[2] = {0, 0};
	int rc;
	if (!stream_id)
		return IOF_E_INVAL;
	*stream_id = 0;
	if (!cmd)
		return IOF_E_INVAL;
	if (len < IOF_SMMUV3_CMD_SIZE)
		return IOF_E_SHORT;
	rc = iof_smmuv3_cmd_load_(cmd, opts, IOF_SMMUV3_OP_STALL_TERM, w);
	if (rc && rc != IOF_E_RESERVED)
		return rc;
	*stream_id = (uint32_t)iof_fd_get(w, IOF_SMMUV3_CMD_STREAMID);
	return rc;
}
/** @} */

/* ======================================================================== */
/** @name Forwarding a raw record to a guest (iommufd vEVENTQ)
 * @{ */

/**
 * @brief Reads the StreamID of raw event record @p rec of @p len bytes into @p *sid
 *        (0 on error; reads bytes 0..7 only).
 * @return #IOF_OK, #IOF_E_INVAL (@p rec or @p sid null) or #IOF_E_SHORT (@p len < 32).
 */
IOF_API int iof_smmuv3_event_sid(const void *rec, size_t len, uint32_t *sid)
{
	uint64_t w[1];
	if (!rec || !sid) {
		if (sid)
			*sid = 0;
		return IOF_E_INVAL;
	}
	*sid = 0;
	if (len < IOF_SMMUV3_EVENT_SIZE)
		return IOF_E_SHORT;
	iof_words_load(w, rec, 1);
	*sid = (uint32_t)iof_fd_get(w, IOF_SMMUV3_EVENT_STREAMID);
	return IOF_OK;
}

/**
 * @brief StreamID of raw event record @p rec, 0 when @p rec is null.
 * @deprecated Reads 8 bytes with no length to bound it: a vIOMMU reading guest
 *             bytes cannot make it safe.  Use iof_smmuv3_event_sid().
 */
IOF_API uint32_t iof_smmuv3_event_get_sid(const void *rec)
{
	uint64_t w[1];
	if (!rec)
		return 0;
	iof_words_load(w, rec, 1);
	return (uint32_t)iof_fd_get(w, IOF_SMMUV3_EVENT_STREAMID);
}

/**
 * @brief Replaces the StreamID of raw event record @p rec with @p sid (a
 *        virtual SID), leaving every other bit unchanged.
 * @return #IOF_OK, #IOF_E_SHORT (@p len < 32) or #IOF_E_INVAL (null).
 */
IOF_API int iof_smmuv3_event_set_sid(void *rec, size_t len, uint32_t sid)
{
	uint64_t w[1];
	if (!rec)
		return IOF_E_INVAL;
	if (len < IOF_SMMUV3_EVENT_SIZE)
		return IOF_E_SHORT;
	iof_words_load(w, rec, 1);
	iof_fd_put(w, IOF_SMMUV3_EVENT_STREAMID, sid);
	iof_words_store(rec, w, 1);
	return IOF_OK;
}

/**
 * @brief 1 when event @p id may be forwarded to a stage-1 guest: the ids the
 *        Linux iommufd vEVENTQ forwards (C_BAD_STE, F_STREAM_DISABLED,
 *        C_BAD_SUBSTREAMID, C_BAD_CD, F_TRANSLATION..F_PERMISSION).  Never
 *        F_STE_FETCH / F_CD_FETCH / F_VMS_FETCH: FetchAddr is a host PA.
 */
IOF_API int iof_smmuv3_event_forwardable(uint32_t id)
{
	switch (id) {
	case IOF_SMMUV3_EVENT_C_BAD_STE:
	case IOF_SMMUV3_EVENT_F_STREAM_DISABLED:
	case IOF_SMMUV3_EVENT_C_BAD_SUBSTREAMID:
	case IOF_SMMUV3_EVENT_C_BAD_CD:
	case IOF_SMMUV3_EVENT_F_TRANSLATION:
	case IOF_SMMUV3_EVENT_F_ADDR_SIZE:
	case IOF_SMMUV3_EVENT_F_ACCESS:
	case IOF_SMMUV3_EVENT_F_PERMISSION: return 1;
	default: return 0;
	}
}
/** @} */

/* ======================================================================== */
/** @name Names
 * Each returns a static string, never null.
 * @{ */

/** @brief Spec name of event @p id ("F_TRANSLATION"); "IMPDEF" for 0xE0-0xEF, "RESERVED" otherwise. */
IOF_API const char *iof_smmuv3_event_name(uint32_t id)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	return ei ? ei->name : "RESERVED";
}

/** @brief One-line description of event @p id. */
IOF_API const char *iof_smmuv3_event_desc(uint32_t id)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	return ei ? ei->desc : "reserved event number";
}

/** @brief Name of CLASS value @p cls: "CD", "TTD", "IN", or "RESERVED". */
IOF_API const char *iof_smmuv3_class_name(uint32_t cls)
{
	switch (cls) {
	case IOF_SMMUV3_CLASS_CD: return "CD";
	case IOF_SMMUV3_CLASS_TTD: return "TTD";
	case IOF_SMMUV3_CLASS_IN: return "IN";
	default: return "RESERVED";
	}
}

/** @brief What CLASS value @p cls means (§7.3 common fields). */
IOF_API const char *iof_smmuv3_class_desc(uint32_t cls)
{
	switch (cls) {
	case IOF_SMMUV3_CLASS_CD: return "CD fetch";
	case IOF_SMMUV3_CLASS_TTD: return "Stage 1 translation table fetch";
	case IOF_SMMUV3_CLASS_IN: return "Input address caused fault";
	default: return "Reserved";
	}
}
/** @} */

/* ======================================================================== */
/** @name Registry rows (codec.h)
 * The fields of each record as the spec names them, and one row per record
 * type.  Nothing here is compiled unless codec.h uses it.
 * @{ */

/** @brief The PRI queue entry's fields (§8, figure 8.1); *@p count (unless null) receives their number. */
IOF_API const struct iof_codec_field *iof_smmuv3_pri_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("StreamID", IOF_SMMUV3_PRI_STREAMID),
						   IOF_FIELD("SSV", IOF_SMMUV3_PRI_SSV),
						   IOF_FIELD("SubstreamID", IOF_SMMUV3_PRI_SUBSTREAMID),
						   IOF_FIELD("Priv", IOF_SMMUV3_PRI_PRIV),
						   IOF_FIELD("Exec", IOF_SMMUV3_PRI_EXEC),
						   IOF_FIELD("R", IOF_SMMUV3_PRI_READ),
						   IOF_FIELD("W", IOF_SMMUV3_PRI_WRITE),
						   IOF_FIELD("L", IOF_SMMUV3_PRI_LAST),
						   IOF_FIELD("PRGIndex", IOF_SMMUV3_PRI_PRGINDEX),
						   {"Addr[63:12]", IOF_SMMUV3_PRI_ADDR, IOF_FIELD_IN_PLACE, IOF_NULL}};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief CMD_RESUME's fields (§4.7.1). */
IOF_API const struct iof_codec_field *iof_smmuv3_cmd_resume_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {
		IOF_FIELD("Op", IOF_SMMUV3_CMD_OPCODE),         IOF_FIELD("SSec", IOF_SMMUV3_CMD_SSEC),
		IOF_FIELD("Ac", IOF_SMMUV3_CMD_RESUME_AC),      IOF_FIELD("Ab", IOF_SMMUV3_CMD_RESUME_AB),
		IOF_FIELD("StreamID", IOF_SMMUV3_CMD_STREAMID), IOF_FIELD("STAG", IOF_SMMUV3_CMD_RESUME_STAG)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief CMD_PRI_RESP's fields (§4.5.2; no SSec). */
IOF_API const struct iof_codec_field *iof_smmuv3_cmd_pri_resp_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("Op", IOF_SMMUV3_CMD_OPCODE),
						   IOF_FIELD("SSV", IOF_SMMUV3_CMD_SSV),
						   IOF_FIELD("SubstreamID", IOF_SMMUV3_CMD_SUBSTREAMID),
						   IOF_FIELD("StreamID", IOF_SMMUV3_CMD_STREAMID),
						   IOF_FIELD("PRGIndex", IOF_SMMUV3_CMD_PRI_RESP_PRGINDEX),
						   IOF_FIELD("Resp", IOF_SMMUV3_CMD_PRI_RESP_RESP)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @brief CMD_STALL_TERM's fields (§4.7.2). */
IOF_API const struct iof_codec_field *iof_smmuv3_cmd_stall_term_fields(uint32_t *count)
{
	static const struct iof_codec_field t[] = {IOF_FIELD("Op", IOF_SMMUV3_CMD_OPCODE),
						   IOF_FIELD("SSec", IOF_SMMUV3_CMD_SSEC),
						   IOF_FIELD("StreamID", IOF_SMMUV3_CMD_STREAMID)};
	IOF_CODEC_FIELDS_RETURN(t, count);
}

/** @cond IOF_INTERNAL */
/* The fields event record @p rec defines (bit i: iof_smmuv3_event_fields()[i]); 0 for a reserved number. */
IOF_API uint64_t iof_smmuv3_event_field_set_(const void *rec, size_t len)
{
	const struct iof_smmuv3_event_info *ei;
	if (!rec || len < 1)
		return 0;
	ei = iof_smmuv3_event_info(*(const uint8_t *)rec);
	return ei ? ei->fields : 0u;
}

/* The section of IHI 0070 G.b that defines event @p id, or a null pointer. */
IOF_API const char *iof_smmuv3_event_ref_(uint32_t id)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	return ei ? ei->section : IOF_NULL;
}
/** @endcond */

/** @brief Spec of the SMMUv3 layouts. */
#define IOF_SMMUV3_SPEC_ "Arm IHI 0070 G.b"

/**
 * @brief The registry rows of this header (codec.h), one per record type:
 *        each an IOF_CODEC_ROW().
 */
#define IOF_SMMUV3_CODEC_ROWS                                                                                          \
	IOF_CODEC_ROW("smmuv3-event", IOF_REC_SMMUV3_EVENT, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE, 8, 0,     \
		      IOF_SMMUV3_EVENT_SIZE, IOF_SMMUV3_EVENT_SIZE, IOF_NULL, iof_smmuv3_event_decode,                 \
		      iof_smmuv3_event_encode, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, iof_smmuv3_event_name,          \
		      iof_smmuv3_event_desc, iof_smmuv3_event_ref_, IOF_SMMUV3_SPEC_ " §7.3", iof_smmuv3_event_fields, \
		      iof_smmuv3_event_field_set_, "docs/smmuv3.md")                                                   \
	IOF_CODEC_ROW("smmuv3-pri", IOF_REC_SMMUV3_PRI, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE, 8, 0,         \
		      IOF_SMMUV3_PRI_SIZE, IOF_SMMUV3_PRI_SIZE, IOF_NULL, iof_smmuv3_pri_decode,                       \
		      iof_smmuv3_pri_encode, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL,     \
		      IOF_SMMUV3_SPEC_ " §8", iof_smmuv3_pri_fields, IOF_NULL, "docs/smmuv3.md")                       \
	IOF_CODEC_ROW("smmuv3-cmd-pri-resp", IOF_REC_SMMUV3_CMD_PRI_RESP, IOF_SHAPE_RESPONSE, IOF_LAYOUT_BYTES,        \
		      IOF_ORDER_LE, 8, 0, IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE, IOF_NULL, IOF_NULL, IOF_NULL,      \
		      iof_smmuv3_cmd_pri_resp_decode, iof_smmuv3_cmd_pri_resp_encode, IOF_NULL, IOF_NULL, IOF_NULL,    \
		      IOF_NULL, IOF_NULL, IOF_SMMUV3_SPEC_ " §4.5.2", iof_smmuv3_cmd_pri_resp_fields, IOF_NULL,        \
		      "docs/smmuv3.md")                                                                                \
	IOF_CODEC_ROW("smmuv3-cmd-resume", IOF_REC_SMMUV3_CMD_RESUME, IOF_SHAPE_RESPONSE, IOF_LAYOUT_BYTES,            \
		      IOF_ORDER_LE, 8, 0, IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE, IOF_NULL, IOF_NULL, IOF_NULL,      \
		      iof_smmuv3_cmd_resume_decode, iof_smmuv3_cmd_resume_encode, IOF_NULL, IOF_NULL, IOF_NULL,        \
		      IOF_NULL, IOF_NULL, IOF_SMMUV3_SPEC_ " §4.7.1", iof_smmuv3_cmd_resume_fields, IOF_NULL,          \
		      "docs/smmuv3.md")                                                                                \
	IOF_CODEC_ROW("smmuv3-cmd-stall-term", IOF_REC_SMMUV3_CMD_STALL_TERM, IOF_SHAPE_COMMAND, IOF_LAYOUT_BYTES,     \
		      IOF_ORDER_LE, 8, 0, IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE, IOF_NULL, IOF_NULL, IOF_NULL,      \
		      IOF_NULL, IOF_NULL, iof_smmuv3_cmd_stall_term_decode, iof_smmuv3_cmd_stall_term_encode,          \
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_SMMUV3_SPEC_ " §4.7.2", iof_smmuv3_cmd_stall_term_fields,      \
		      IOF_NULL, "docs/smmuv3.md")
/** @brief This format's slot in the registry (codec.h): #IOF_FMT_SMMUV3 is 1. */
#define IOF_CODEC_ROWS_FORMAT_1 IOF_SMMUV3_CODEC_ROWS
/** @} */

/* ======================================================================== */
/**
 * @name Earlier spellings
 * One spelling per record (docs/abi-policy.md, "Names"): the names above
 * follow the record's registry name.  The spellings used before that rule
 * still compile, as aliases; they are deprecated and go in 2.0.
 * @{ */
/** @cond IOF_DEPRECATED */
#define IOF_SMMUV3_CMD_PRI_PRGINDEX IOF_SMMUV3_CMD_PRI_RESP_PRGINDEX
#define IOF_SMMUV3_CMD_PRI_RESP IOF_SMMUV3_CMD_PRI_RESP_RESP
#define IOF_SMMUV3_EFM IOF_SMMUV3_EVENT_FIELD_BIT
#define IOF_SMMUV3_EFS_ATS_PERMS IOF_SMMUV3_EVENT_FIELDS_ATS_PERMS
#define IOF_SMMUV3_EFS_ATTR IOF_SMMUV3_EVENT_FIELDS_ATTR
#define IOF_SMMUV3_EFS_DETAIL0 IOF_SMMUV3_EVENT_FIELDS_DETAIL0
#define IOF_SMMUV3_EFS_FETCH IOF_SMMUV3_EVENT_FIELDS_FETCH
#define IOF_SMMUV3_EFS_IMPDEF IOF_SMMUV3_EVENT_FIELDS_IMPDEF
#define IOF_SMMUV3_EFS_PAGE_PERMS IOF_SMMUV3_EVENT_FIELDS_PAGE_PERMS
#define IOF_SMMUV3_EFS_STREAM IOF_SMMUV3_EVENT_FIELDS_STREAM
#define IOF_SMMUV3_EFS_XLATE IOF_SMMUV3_EVENT_FIELDS_XLATE
#define IOF_SMMUV3_EF_ASSUREDONLY IOF_SMMUV3_EVENT_FIELD_ASSUREDONLY
#define IOF_SMMUV3_EF_ATS_P IOF_SMMUV3_EVENT_FIELD_ATS_P
#define IOF_SMMUV3_EF_ATS_R IOF_SMMUV3_EVENT_FIELD_ATS_R
#define IOF_SMMUV3_EF_ATS_SPAN IOF_SMMUV3_EVENT_FIELD_ATS_SPAN
#define IOF_SMMUV3_EF_ATS_W IOF_SMMUV3_EVENT_FIELD_ATS_W
#define IOF_SMMUV3_EF_ATS_X IOF_SMMUV3_EVENT_FIELD_ATS_X
#define IOF_SMMUV3_EF_CFG_REASON IOF_SMMUV3_EVENT_FIELD_CFG_REASON
#define IOF_SMMUV3_EF_CLASS IOF_SMMUV3_EVENT_FIELD_CLASS
#define IOF_SMMUV3_EF_COUNT IOF_SMMUV3_EVENT_FIELD_COUNT
#define IOF_SMMUV3_EF_DIRTYBIT IOF_SMMUV3_EVENT_FIELD_DIRTYBIT
#define IOF_SMMUV3_EF_FETCHADDR IOF_SMMUV3_EVENT_FIELD_FETCHADDR
#define IOF_SMMUV3_EF_GPCF IOF_SMMUV3_EVENT_FIELD_GPCF
#define IOF_SMMUV3_EF_IMPDEF_DW1 IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW1
#define IOF_SMMUV3_EF_IMPDEF_DW2 IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW2
#define IOF_SMMUV3_EF_IMPDEF_DW3 IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW3
#define IOF_SMMUV3_EF_IMPL_DEF IOF_SMMUV3_EVENT_FIELD_IMPL_DEF
#define IOF_SMMUV3_EF_IND IOF_SMMUV3_EVENT_FIELD_IND
#define IOF_SMMUV3_EF_INPUTADDR IOF_SMMUV3_EVENT_FIELD_INPUTADDR
#define IOF_SMMUV3_EF_IPA IOF_SMMUV3_EVENT_FIELD_IPA
#define IOF_SMMUV3_EF_NSIPA IOF_SMMUV3_EVENT_FIELD_NSIPA
#define IOF_SMMUV3_EF_OVERLAY IOF_SMMUV3_EVENT_FIELD_OVERLAY
#define IOF_SMMUV3_EF_PAGEADDR IOF_SMMUV3_EVENT_FIELD_PAGEADDR
#define IOF_SMMUV3_EF_PNU IOF_SMMUV3_EVENT_FIELD_PNU
#define IOF_SMMUV3_EF_PR IOF_SMMUV3_EVENT_FIELD_PR
#define IOF_SMMUV3_EF_PW IOF_SMMUV3_EVENT_FIELD_PW
#define IOF_SMMUV3_EF_PX IOF_SMMUV3_EVENT_FIELD_PX
#define IOF_SMMUV3_EF_REASON IOF_SMMUV3_EVENT_FIELD_REASON
#define IOF_SMMUV3_EF_RNW IOF_SMMUV3_EVENT_FIELD_RNW
#define IOF_SMMUV3_EF_S2 IOF_SMMUV3_EVENT_FIELD_S2
#define IOF_SMMUV3_EF_SPAN IOF_SMMUV3_EVENT_FIELD_SPAN
#define IOF_SMMUV3_EF_SSV IOF_SMMUV3_EVENT_FIELD_SSV
#define IOF_SMMUV3_EF_STAG IOF_SMMUV3_EVENT_FIELD_STAG
#define IOF_SMMUV3_EF_STALL IOF_SMMUV3_EVENT_FIELD_STALL
#define IOF_SMMUV3_EF_STREAMID IOF_SMMUV3_EVENT_FIELD_STREAMID
#define IOF_SMMUV3_EF_SUBSTREAMID IOF_SMMUV3_EVENT_FIELD_SUBSTREAMID
#define IOF_SMMUV3_EF_TTRNW IOF_SMMUV3_EVENT_FIELD_TTRNW
#define IOF_SMMUV3_EF_UR IOF_SMMUV3_EVENT_FIELD_UR
#define IOF_SMMUV3_EF_UW IOF_SMMUV3_EVENT_FIELD_UW
#define IOF_SMMUV3_EF_UX IOF_SMMUV3_EVENT_FIELD_UX
#define IOF_SMMUV3_EVT_ASSUREDONLY IOF_SMMUV3_EVENT_ASSUREDONLY
#define IOF_SMMUV3_EVT_ATS_P IOF_SMMUV3_EVENT_ATS_P
#define IOF_SMMUV3_EVT_ATS_R IOF_SMMUV3_EVENT_ATS_R
#define IOF_SMMUV3_EVT_ATS_SPAN IOF_SMMUV3_EVENT_ATS_SPAN
#define IOF_SMMUV3_EVT_ATS_W IOF_SMMUV3_EVENT_ATS_W
#define IOF_SMMUV3_EVT_ATS_X IOF_SMMUV3_EVENT_ATS_X
#define IOF_SMMUV3_EVT_CFG_REASON IOF_SMMUV3_EVENT_CFG_REASON
#define IOF_SMMUV3_EVT_CLASS IOF_SMMUV3_EVENT_CLASS
#define IOF_SMMUV3_EVT_C_BAD_CD IOF_SMMUV3_EVENT_C_BAD_CD
#define IOF_SMMUV3_EVT_C_BAD_STE IOF_SMMUV3_EVENT_C_BAD_STE
#define IOF_SMMUV3_EVT_C_BAD_STREAMID IOF_SMMUV3_EVENT_C_BAD_STREAMID
#define IOF_SMMUV3_EVT_C_BAD_SUBSTREAMID IOF_SMMUV3_EVENT_C_BAD_SUBSTREAMID
#define IOF_SMMUV3_EVT_DIRTYBIT IOF_SMMUV3_EVENT_DIRTYBIT
#define IOF_SMMUV3_EVT_E_PAGE_REQUEST IOF_SMMUV3_EVENT_E_PAGE_REQUEST
#define IOF_SMMUV3_EVT_F IOF_SMMUV3_EVENT_F
#define IOF_SMMUV3_EVT_FETCHADDR IOF_SMMUV3_EVENT_FETCHADDR
#define IOF_SMMUV3_EVT_F_ACCESS IOF_SMMUV3_EVENT_F_ACCESS
#define IOF_SMMUV3_EVT_F_ADDR_SIZE IOF_SMMUV3_EVENT_F_ADDR_SIZE
#define IOF_SMMUV3_EVT_F_BAD_ATS_TREQ IOF_SMMUV3_EVENT_F_BAD_ATS_TREQ
#define IOF_SMMUV3_EVT_F_CD_FETCH IOF_SMMUV3_EVENT_F_CD_FETCH
#define IOF_SMMUV3_EVT_F_CFG_CONFLICT IOF_SMMUV3_EVENT_F_CFG_CONFLICT
#define IOF_SMMUV3_EVT_F_PERMISSION IOF_SMMUV3_EVENT_F_PERMISSION
#define IOF_SMMUV3_EVT_F_STE_FETCH IOF_SMMUV3_EVENT_F_STE_FETCH
#define IOF_SMMUV3_EVT_F_STREAM_DISABLED IOF_SMMUV3_EVENT_F_STREAM_DISABLED
#define IOF_SMMUV3_EVT_F_TLB_CONFLICT IOF_SMMUV3_EVENT_F_TLB_CONFLICT
#define IOF_SMMUV3_EVT_F_TRANSLATION IOF_SMMUV3_EVENT_F_TRANSLATION
#define IOF_SMMUV3_EVT_F_TRANSL_FORBIDDEN IOF_SMMUV3_EVENT_F_TRANSL_FORBIDDEN
#define IOF_SMMUV3_EVT_F_UUT IOF_SMMUV3_EVENT_F_UUT
#define IOF_SMMUV3_EVT_F_VMS_FETCH IOF_SMMUV3_EVENT_F_VMS_FETCH
#define IOF_SMMUV3_EVT_F_WALK_EABT IOF_SMMUV3_EVENT_F_WALK_EABT
#define IOF_SMMUV3_EVT_GPCF IOF_SMMUV3_EVENT_GPCF
#define IOF_SMMUV3_EVT_ID IOF_SMMUV3_EVENT_ID
#define IOF_SMMUV3_EVT_IMPDEF_DW1 IOF_SMMUV3_EVENT_IMPDEF_DW1
#define IOF_SMMUV3_EVT_IMPDEF_DW2 IOF_SMMUV3_EVENT_IMPDEF_DW2
#define IOF_SMMUV3_EVT_IMPDEF_DW3 IOF_SMMUV3_EVENT_IMPDEF_DW3
#define IOF_SMMUV3_EVT_IMPDEF_FIRST IOF_SMMUV3_EVENT_IMPDEF_FIRST
#define IOF_SMMUV3_EVT_IMPDEF_LAST IOF_SMMUV3_EVENT_IMPDEF_LAST
#define IOF_SMMUV3_EVT_IMPL_DEF IOF_SMMUV3_EVENT_IMPL_DEF
#define IOF_SMMUV3_EVT_IND IOF_SMMUV3_EVENT_IND
#define IOF_SMMUV3_EVT_INPUTADDR IOF_SMMUV3_EVENT_INPUTADDR
#define IOF_SMMUV3_EVT_IPA IOF_SMMUV3_EVENT_IPA
#define IOF_SMMUV3_EVT_NSIPA IOF_SMMUV3_EVENT_NSIPA
#define IOF_SMMUV3_EVT_OVERLAY IOF_SMMUV3_EVENT_OVERLAY
#define IOF_SMMUV3_EVT_PAGEADDR IOF_SMMUV3_EVENT_PAGEADDR
#define IOF_SMMUV3_EVT_PNU IOF_SMMUV3_EVENT_PNU
#define IOF_SMMUV3_EVT_PR IOF_SMMUV3_EVENT_PR
#define IOF_SMMUV3_EVT_PW IOF_SMMUV3_EVENT_PW
#define IOF_SMMUV3_EVT_PX IOF_SMMUV3_EVENT_PX
#define IOF_SMMUV3_EVT_REASON IOF_SMMUV3_EVENT_REASON
#define IOF_SMMUV3_EVT_RNW IOF_SMMUV3_EVENT_RNW
#define IOF_SMMUV3_EVT_S2 IOF_SMMUV3_EVENT_S2
#define IOF_SMMUV3_EVT_SPAN IOF_SMMUV3_EVENT_SPAN
#define IOF_SMMUV3_EVT_SSV IOF_SMMUV3_EVENT_SSV
#define IOF_SMMUV3_EVT_STAG IOF_SMMUV3_EVENT_STAG
#define IOF_SMMUV3_EVT_STALL IOF_SMMUV3_EVENT_STALL
#define IOF_SMMUV3_EVT_STREAMID IOF_SMMUV3_EVENT_STREAMID
#define IOF_SMMUV3_EVT_SUBSTREAMID IOF_SMMUV3_EVENT_SUBSTREAMID
#define IOF_SMMUV3_EVT_TTRNW IOF_SMMUV3_EVENT_TTRNW
#define IOF_SMMUV3_EVT_UR IOF_SMMUV3_EVENT_UR
#define IOF_SMMUV3_EVT_UW IOF_SMMUV3_EVENT_UW
#define IOF_SMMUV3_EVT_UX IOF_SMMUV3_EVENT_UX
#define IOF_SMMUV3_HAS IOF_SMMUV3_EVENT_HAS
#define iof_smmuv3_evt_field iof_smmuv3_event_field
#define iof_smmuv3_evt_field_fd iof_smmuv3_event_field_fd
#define iof_smmuv3_evt_field_name iof_smmuv3_event_field_name
#define iof_smmuv3_evt_perm iof_smmuv3_event_perm
/** @endcond */
/** @} */

IOF_END_DECLS

#endif /* IOMMU_FAULT_SMMUV3_H */
