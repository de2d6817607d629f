/* SPDX-License-Identifier: MIT */
/*
 * Intel VT-d decode vectors.  Every record is built here from the bit
 * positions of the spec field tables (restated in docs/vtd.md and
 * the project reference notes (shared/reference/vtd.md)), never from the codec's field descriptors
 * or output; expected values come from the same tables.  Each row names
 * its source.
 *
 *   Fault recording register (VT-d §11.4.14; 128 bits, qw1 = bits 127:64):
 *     FI 63:12 | SID 79:64 | T2 92 | PRIV 93 | EXE 94 | PP 95 | FR 103:96 |
 *     PV 123:104 | AT 125:124 | T1 126 | F 127; IR reasons: index in FI[63:48]
 *   Page request descriptor (VT-d §7.4.1.1; 256 bits): Type 7:0 | PP 8 |
 *     PDP 9 | RID 31:16 | PASID 51:32 | EXE 52 | PM 53 | RD 64 | WR 65 |
 *     LPIG 66 | PRG index 75:67 | Address 127:76 | Private Data 255:128
 *   VT-d 2.x page request descriptor (Linux v4.4 intel-svm.c; 128 bits):
 *     SRR 0 | BOF 1 | PP 2 | LPIG 3 | PASID 23:4 | Bus 31:24 | Private 54:32 |
 *     PRG index 63:55 | RD 64 | WR 65 | EXE 66 | PRIV 67 | devfn 75:68 | Address 127:76
 *   Page group response (Linux drivers/iommu/intel/iommu.h QI_PGRP_*; 256 bits):
 *     Type 3:0 = 0x9 | PP 4 | PDP 5 | Response Code 15:12 | RID 31:16 | PASID 51:32 |
 *     qw1 bit 2 (LPIG until rev 3.x, Reserved since rev 4.0) | PRG index 75:67 |
 *     Private Data 255:128
 *   VT-d 2.x page group response (Linux v4.4 include/linux/intel-iommu.h
 *     QI_PGRP_*, as intel-svm.c writes it; 128 bits): Type 3:0 = 0x9 | PP 4 |
 *     RID 31:16 | PASID 51:32 | Response Code 67:64 | Private 118:96 |
 *     PRG index 127:119
 * For response rows e.flags holds IOF_RESP_FLAG_* and e.code the enum iof_resp_code.
 *
 * After the decode vectors: the bit maps, identifier widths and code sweeps
 * of tests/test_strict.c, then iof_vtd_vec_set, which vectors/all.h lists.
 */
#ifndef IOF_TEST_VECTORS_VTD_H
#define IOF_TEST_VECTORS_VTD_H

#include "vector.h"

/* Fault recording register, qw1 (bit n of qw1 = record bit 64 + n). */
#define V_F ((uint64_t)1 << 63)          /* F, bit 127 */
#define V_T1 ((uint64_t)1 << 62)         /* T1, bit 126 */
#define V_AT(x) ((uint64_t)(x) << 60)    /* AT, bits 125:124 */
#define V_PV(x) ((uint64_t)(x) << 40)    /* PV, bits 123:104 */
#define V_FR(x) ((uint64_t)(x) << 32)    /* FR, bits 103:96 */
#define V_PP ((uint64_t)1 << 31)         /* PP, bit 95 */
#define V_EXE ((uint64_t)1 << 30)        /* EXE, bit 94 */
#define V_PRIV ((uint64_t)1 << 29)       /* PRIV, bit 93 */
#define V_T2 ((uint64_t)1 << 28)         /* T2, bit 92 */
/* Fault recording register, qw0. */
#define V_IDX(x) ((uint64_t)(x) << 48)   /* interrupt index, FI[63:48] */

/* 256-bit page request descriptor. */
#define V_PR_TYPE(x) ((uint64_t)(x))            /* qw0[7:0] */
#define V_PR_PP ((uint64_t)1 << 8)              /* qw0[8] */
#define V_PR_PDP ((uint64_t)1 << 9)             /* qw0[9] */
#define V_PR_RID(x) ((uint64_t)(x) << 16)       /* qw0[31:16] */
#define V_PR_PASID(x) ((uint64_t)(x) << 32)     /* qw0[51:32] */
#define V_PR_EXE ((uint64_t)1 << 52)            /* qw0[52] */
#define V_PR_PM ((uint64_t)1 << 53)             /* qw0[53] */
#define V_PR_RD ((uint64_t)1 << 0)              /* qw1[0] */
#define V_PR_WR ((uint64_t)1 << 1)              /* qw1[1] */
#define V_PR_LPIG ((uint64_t)1 << 2)            /* qw1[2] */
#define V_PR_PRGI(x) ((uint64_t)(x) << 3)       /* qw1[11:3] */

/* 128-bit VT-d 2.x page request descriptor. */
#define V_P2_SRR ((uint64_t)1 << 0)             /* qw0[0] */
#define V_P2_BOF ((uint64_t)1 << 1)             /* qw0[1] */
#define V_P2_PP ((uint64_t)1 << 2)              /* qw0[2] */
#define V_P2_LPIG ((uint64_t)1 << 3)            /* qw0[3] */
#define V_P2_PASID(x) ((uint64_t)(x) << 4)      /* qw0[23:4] */
#define V_P2_BUS(x) ((uint64_t)(x) << 24)       /* qw0[31:24] */
#define V_P2_PRIVD(x) ((uint64_t)(x) << 32)     /* qw0[54:32] */
#define V_P2_PRGI(x) ((uint64_t)(x) << 55)      /* qw0[63:55] */
#define V_P2_RD ((uint64_t)1 << 0)              /* qw1[0] */
#define V_P2_WR ((uint64_t)1 << 1)              /* qw1[1] */
#define V_P2_EXE ((uint64_t)1 << 2)             /* qw1[2] */
#define V_P2_PRIV ((uint64_t)1 << 3)            /* qw1[3] */
#define V_P2_DEVFN(x) ((uint64_t)(x) << 4)      /* qw1[11:4] */

/* Page group response, both layouts (qw0). */
#define V_RG_TYPE ((uint64_t)0x9)               /* qw0[3:0] */
#define V_RG_PP ((uint64_t)1 << 4)              /* qw0[4] */
#define V_RG_PDP ((uint64_t)1 << 5)             /* qw0[5], 3.0+ layout */
#define V_RG_RC(x) ((uint64_t)(x) << 12)        /* qw0[15:12], 3.0+ layout */
#define V_RG_RID(x) ((uint64_t)(x) << 16)       /* qw0[31:16] */
#define V_RG_PASID(x) ((uint64_t)(x) << 32)     /* qw0[51:32] */
#define V_RG_LPIG ((uint64_t)1 << 2)            /* qw1[2], 3.0+ layout */
#define V_RG_PRGI(x) ((uint64_t)(x) << 3)       /* qw1[11:3], 3.0+ layout */
/* VT-d 2.x page group response, qw1. */
#define V_RG2_RC(x) ((uint64_t)(x))             /* qw1[3:0] */
#define V_RG2_PRIV(x) ((uint64_t)(x) << 32)     /* qw1[54:32] */
#define V_RG2_PRGI(x) ((uint64_t)(x) << 55)     /* qw1[63:55] */

#define V_DMA_FLAGS (IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID)
#define V_PR_FLAGS (IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID)
#define V_PASID_FLAGS (IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID)
#define V_IRQ_FLAGS (IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_IRQ_INDEX_VALID)

#define V_LEGACY_ROW(fr, mn, reason)                                                                  \
	{"FR " #fr " " mn ": legacy DMA read", IOF_REC_VTD_FAULT, 2,                                   \
	 {0x7ff3c000ull, V_F | V_T1 | V_FR(fr) | 0x00feu, 0, 0}, 0, 0,                                  \
	 {IOF_KIND_DMA_FAULT, reason, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, V_DMA_FLAGS, IOF_PERM_READ,  \
	  0x00fe, 0, 0, 0, 0x7ff3c000ull, 0, 0, 0, fr}}
#define V_IRQ_ROW(fr, what, reason)                                                                   \
	{"FR " #fr " interrupt remapping: " what, IOF_REC_VTD_FAULT, 2,                                \
	 {V_IDX(0x0042), V_F | V_FR(fr) | 0xf0f8u, 0, 0}, 0, 0,                                          \
	 {IOF_KIND_IRQ_FAULT, reason, IOF_TXN_INTERRUPT, 0, V_IRQ_FLAGS, 0, 0xf0f8, 0, 0, 0x42, 0, 0, 0, 0, fr}}
#define V_SM_ROW(fr, mn, reason, s2)                                                                  \
	{"FR " #fr " " mn ": scalable-mode privileged write with PASID", IOF_REC_VTD_FAULT, 2,        \
	 {0x00007f1234567000ull, V_F | V_PV(0x12345) | V_FR(fr) | V_PP | V_PRIV | 0x3a00u, 0, 0}, 0, 0,   \
	 {IOF_KIND_DMA_FAULT, reason, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,                              \
	  V_DMA_FLAGS | IOF_FLAG_PASID_VALID | (s2), IOF_PERM_WRITE | IOF_PERM_PRIV, 0x3a00, 0x12345, 0, 0, \
	  0x00007f1234567000ull, 0, 0, 0, fr}}

static const struct iof_vec iof_vtd_vectors[] = {
	/* ---- One row per defined legacy-mode DMA reason (VT-d fault-reason table, ch. 7;
	 *      mnemonics: VirtualBox VTDADDRFAULT; reasons: docs/vtd.md).  Each row: a read
	 *      (T1=1, T2=0) from 00:1f.6 (SID 0x00fe) at page 0x7ff3c000, no PASID. ---- */
	V_LEGACY_ROW(0x01, "LRT.2", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY),
	V_LEGACY_ROW(0x02, "LCT.2", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY),
	V_LEGACY_ROW(0x03, "LCT.4", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY),
	V_LEGACY_ROW(0x04, "LGN.1", IOF_REASON_PTE_FETCH),
	V_LEGACY_ROW(0x05, "LGN.2", IOF_REASON_PERMISSION),
	V_LEGACY_ROW(0x06, "LGN.3", IOF_REASON_PERMISSION),
	V_LEGACY_ROW(0x07, "LSL.1", IOF_REASON_WALK_EABT),
	V_LEGACY_ROW(0x08, "LRT.1", IOF_REASON_DEVICE_CONTEXT_FETCH),
	V_LEGACY_ROW(0x09, "LCT.1", IOF_REASON_DEVICE_CONTEXT_FETCH),
	V_LEGACY_ROW(0x0a, "LRT.3", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY),
	V_LEGACY_ROW(0x0b, "LCT.3", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY),
	V_LEGACY_ROW(0x0c, "LSL.2", IOF_REASON_PTE_FETCH),
	V_LEGACY_ROW(0x0d, "LCT.5", IOF_REASON_REQUEST_INVALID),
	V_LEGACY_ROW(0x0e, "LGN.4", IOF_REASON_OOR_ADDRESS),
	/* ---- One row per defined interrupt-remapping reason (0x20-0x29; Linux
	 *      irq_remap_fault_reasons[], VirtualBox VTDINTRFAULT).  Each row: IOAPIC
	 *      f0:1f.0 (SID 0xf0f8), interrupt index 0x0042 in FI[63:48]. ---- */
	V_IRQ_ROW(0x20, "reserved field in interrupt request", IOF_REASON_IRQ_INVALID),
	V_IRQ_ROW(0x21, "index beyond IRTE table", IOF_REASON_IRQ_INVALID),
	V_IRQ_ROW(0x22, "IRTE not present", IOF_REASON_BAD_IRQ_ENTRY),
	V_IRQ_ROW(0x23, "IRTE read error (IRTA_REG)", IOF_REASON_IRQ_ENTRY_FETCH),
	V_IRQ_ROW(0x24, "IRTE reserved field", IOF_REASON_BAD_IRQ_ENTRY),
	V_IRQ_ROW(0x25, "compatibility format blocked", IOF_REASON_IRQ_INVALID),
	V_IRQ_ROW(0x26, "source-id verification failed", IOF_REASON_IRQ_INVALID),
	V_IRQ_ROW(0x27, "posted-interrupt descriptor read error (VB-H)", IOF_REASON_IRQ_ENTRY_FETCH),
	V_IRQ_ROW(0x28, "posted-interrupt descriptor reserved field (VB-H)", IOF_REASON_BAD_IRQ_ENTRY),
	V_IRQ_ROW(0x29, "untranslated request without PASID (VB-H)", IOF_REASON_IRQ_INVALID),
	/* ---- One row per defined scalable-mode reason (0x30-0x91; Linux
	 *      dma_remap_sm_fault_reasons[], VirtualBox VTDADDRFAULT, newer SFS/SSS letters).
	 *      Each row: a privileged write (T1=0, T2=0, PRIV=1) with PASID 0x12345
	 *      from 3a:00.0 (SID 0x3a00) at page 0x7f1234567000. ---- */
	V_SM_ROW(0x30, "RTA.1", IOF_REASON_INTERNAL, 0),
	V_SM_ROW(0x31, "RTA.2", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x32, "RTA.3", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x33, "RTA.4", IOF_REASON_INTERNAL, 0),
	V_SM_ROW(0x38, "SRT.1", IOF_REASON_DEVICE_CONTEXT_FETCH, 0),
	V_SM_ROW(0x39, "SRT.2", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x3a, "SRT.3", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x40, "SCT.1", IOF_REASON_DEVICE_CONTEXT_FETCH, 0),
	V_SM_ROW(0x41, "SCT.2", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x42, "SCT.3", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x43, "SCT.4", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x44, "SCT.5", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x45, "SCT.6", IOF_REASON_PASID_INVALID, 0),
	V_SM_ROW(0x46, "SCT.7", IOF_REASON_PASID_INVALID, 0),
	V_SM_ROW(0x47, "SCT.8", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x48, "SCT.9", IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0),
	V_SM_ROW(0x50, "SPD.1", IOF_REASON_PASID_FETCH, 0),
	V_SM_ROW(0x51, "SPD.2", IOF_REASON_BAD_PASID_ENTRY, 0),
	V_SM_ROW(0x52, "SPD.3", IOF_REASON_BAD_PASID_ENTRY, 0),
	V_SM_ROW(0x58, "SPT.1", IOF_REASON_PASID_FETCH, 0),
	V_SM_ROW(0x59, "SPT.2", IOF_REASON_BAD_PASID_ENTRY, 0),
	V_SM_ROW(0x5a, "SPT.3", IOF_REASON_BAD_PASID_ENTRY, 0),
	V_SM_ROW(0x5b, "SPT.4", IOF_REASON_BAD_PASID_ENTRY, 0),
	V_SM_ROW(0x5c, "SPT.5", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x5d, "SPT.6", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x70, "SFS.1", IOF_REASON_WALK_EABT, 0),
	V_SM_ROW(0x71, "SFS.2", IOF_REASON_PTE_FETCH, 0),
	V_SM_ROW(0x72, "SFS.3", IOF_REASON_PTE_FETCH, 0),
	V_SM_ROW(0x73, "SFS.4", IOF_REASON_WALK_EABT, 0),
	/* SFS.5-SFS.8, SGN.5: the second stage refuses a first-stage table access in nested
	 * translation, or a second-stage entry points beyond the maximum (Linux dmar.c: "...
	 * in Nested translation", "Second-level entry address beyond the max"): STAGE2,
	 * docs/vtd.md "Stage 2". */
	V_SM_ROW(0x74, "SFS.5", IOF_REASON_OOR_ADDRESS, IOF_FLAG_STAGE2),
	V_SM_ROW(0x75, "SFS.6", IOF_REASON_PERMISSION, IOF_FLAG_STAGE2),
	V_SM_ROW(0x76, "SFS.7", IOF_REASON_PERMISSION, IOF_FLAG_STAGE2),
	V_SM_ROW(0x77, "SFS.8", IOF_REASON_PERMISSION, IOF_FLAG_STAGE2),
	V_SM_ROW(0x78, "SSS.1", IOF_REASON_WALK_EABT, IOF_FLAG_STAGE2),
	V_SM_ROW(0x79, "SSS.2", IOF_REASON_PERMISSION, IOF_FLAG_STAGE2),
	V_SM_ROW(0x7a, "SSS.3", IOF_REASON_PTE_FETCH, IOF_FLAG_STAGE2),
	V_SM_ROW(0x7b, "SSS.4", IOF_REASON_BAD_PASID_ENTRY, IOF_FLAG_STAGE2),
	V_SM_ROW(0x7c, "SSS.5", IOF_REASON_ACCESS, IOF_FLAG_STAGE2),
	V_SM_ROW(0x7d, "SSS.6", IOF_REASON_PTE_FETCH, IOF_FLAG_STAGE2),
	V_SM_ROW(0x80, "SGN.1", IOF_REASON_PTE_FETCH, 0),
	V_SM_ROW(0x81, "SGN.2", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x82, "SGN.3", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x83, "SGN.4", IOF_REASON_PTE_FETCH, 0),
	V_SM_ROW(0x84, "SGN.5", IOF_REASON_OOR_ADDRESS, IOF_FLAG_STAGE2),
	V_SM_ROW(0x85, "SGN.6", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x86, "SGN.7", IOF_REASON_PERMISSION, 0),
	V_SM_ROW(0x87, "SGN.8", IOF_REASON_OOR_ADDRESS, 0),
	V_SM_ROW(0x88, "SGN.9", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x89, "SGN.10", IOF_REASON_REQUEST_INVALID, 0),
	V_SM_ROW(0x90, "SFS.9", IOF_REASON_ACCESS, 0),
	V_SM_ROW(0x91, "SFS.10", IOF_REASON_ACCESS, 0),


	/* ---- Fault record fields (field table above) ---- */
	/* Request type (T1,T2) = 00: write (VirtualBox VTDREQTYPE_WRITE, Asterinas). */
	{"type 00 write, AT translated (AT=10b)", IOF_REC_VTD_FAULT, 2,
	 {0x0000000fedc00000ull, V_F | V_AT(2) | V_FR(0x05) | 0x0100u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, IOF_AT_TRANSLATED, V_DMA_FLAGS,
	  IOF_PERM_WRITE, 0x0100, 0, 0, 0, 0x0000000fedc00000ull, 0, 0, 0, 0x05}},
	/* (T1,T2) = 01: page request; FRCD carries no R/W for it (reference vtd.md 7.6). */
	{"type 01 page request, SCT.8 with PASID", IOF_REC_VTD_FAULT, 2,
	 {0x0000555555555000ull, V_F | V_PV(0x00001) | V_FR(0x47) | V_PP | V_T2 | 0x0408u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_PAGE_REQUEST, 0,
	  V_DMA_FLAGS | IOF_FLAG_PASID_VALID, 0, 0x0408, 1, 0, 0, 0x0000555555555000ull, 0, 0, 0, 0x47}},
	/* (T1,T2) = 10: read; AT = 01b translation request with LCT.5. */
	{"type 10 read, AT translation request, LCT.5", IOF_REC_VTD_FAULT, 2,
	 {0x1000ull, V_F | V_T1 | V_AT(1) | V_FR(0x0d) | 0x6500u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATION, V_DMA_FLAGS,
	  IOF_PERM_READ, 0x6500, 0, 0, 0, 0x1000ull, 0, 0, 0, 0x0d}},
	/* (T1,T2) = 11: AtomicOp = read and write (reference vtd.md 6.3 perm rule). */
	{"type 11 AtomicOp, SGN.6, AT reserved (11b)", IOF_REC_VTD_FAULT, 2,
	 {0xfffffffffffff000ull, V_F | V_T1 | V_T2 | V_AT(3) | V_PV(0xfffff) | V_FR(0x85) | V_PP | 0xffffu, 0, 0},
	 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, IOF_AT_RESERVED,
	  V_DMA_FLAGS | IOF_FLAG_PASID_VALID, IOF_PERM_READ | IOF_PERM_WRITE, 0xffff, 0xfffff, 0, 0,
	  0xfffffffffffff000ull, 0, 0, 0, 0x85}},
	/* EXE and PRIV (bits 94, 93) from the PASID prefix: SGN.3 execute fault. */
	{"EXE and PRIV requested, SGN.3", IOF_REC_VTD_FAULT, 2,
	 {0x00007ffff000e000ull, V_F | V_T1 | V_PV(0x00abc) | V_FR(0x82) | V_PP | V_EXE | V_PRIV | 0x0018u, 0, 0},
	 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS | IOF_FLAG_PASID_VALID,
	  IOF_PERM_READ | IOF_PERM_EXEC | IOF_PERM_PRIV, 0x0018, 0xabc, 0, 0, 0x00007ffff000e000ull, 0, 0, 0,
	  0x82}},
	/* PP=0: PV is not a PASID (Linux reports IOMMU_PASID_INVALID); kept in origin.detail only. */
	{"PP clear, PV non-zero: no PASID", IOF_REC_VTD_FAULT, 2,
	 {0x2000ull, V_F | V_T1 | V_PV(0x00777) | V_FR(0x06) | 0x0010u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_READ, 0x0010, 0,
	  0, 0, 0x2000ull, 0, 0, 0, 0x06}},
	/* F=0: record not valid (hardware sets F last, DS2/DS7); fields still decoded. */
	{"F clear: empty record", IOF_REC_VTD_FAULT, 2, {0x3000ull, V_T1 | V_FR(0x06) | 0x0010u, 0, 0},
	 IOF_E_EMPTY, IOF_E_EMPTY,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_READ, 0x0010, 0,
	  0, 0, 0x3000ull, 0, 0, 0, 0x06}},
	{"all-zero register: empty", IOF_REC_VTD_FAULT, 2, {0, 0, 0, 0}, IOF_E_EMPTY, IOF_E_EMPTY,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_IMPDEF, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0, 0, 0, 0, 0,
	  0, 0, 0, 0x00}},
	/* Undefined FR codes (reference vtd.md 2.3 "undefined in every source"). */
	{"FR 0x00 reserved", IOF_REC_VTD_FAULT, 2, {0x4000ull, V_F | V_FR(0x00) | 0x0010u, 0, 0}, IOF_E_CODE,
	 IOF_E_CODE,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_IMPDEF, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0010, 0, 0,
	  0, 0x4000ull, 0, 0, 0, 0x00}},
	{"FR 0x0f undefined", IOF_REC_VTD_FAULT, 2, {0x4000ull, V_F | V_T1 | V_FR(0x0f) | 0x0010u, 0, 0},
	 IOF_E_CODE, IOF_E_CODE,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_IMPDEF, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_READ, 0x0010, 0, 0,
	  0, 0x4000ull, 0, 0, 0, 0x0f}},
	{"FR 0x2a undefined, interrupt-remapping block", IOF_REC_VTD_FAULT, 2,
	 {V_IDX(0x0007), V_F | V_FR(0x2a) | 0xf0f8u, 0, 0}, IOF_E_CODE, IOF_E_CODE,
	 {IOF_KIND_IRQ_FAULT, IOF_REASON_IMPDEF, IOF_TXN_INTERRUPT, 0, V_IRQ_FLAGS, 0, 0xf0f8, 0, 0, 7, 0, 0,
	  0, 0, 0x2a}},
	{"FR 0x92 undefined (beyond SFS.10)", IOF_REC_VTD_FAULT, 2, {0x5000ull, V_F | V_FR(0x92) | 0x0010u, 0, 0},
	 IOF_E_CODE, IOF_E_CODE,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_IMPDEF, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0010, 0, 0,
	  0, 0x5000ull, 0, 0, 0, 0x92}},
	{"FR 0xff undefined", IOF_REC_VTD_FAULT, 2, {0x5000ull, V_F | V_FR(0xff) | 0x0010u, 0, 0}, IOF_E_CODE,
	 IOF_E_CODE,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_IMPDEF, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0010, 0, 0,
	  0, 0x5000ull, 0, 0, 0, 0xff}},
	/* Reserved bits (RsvdZ): FI bits 11:0, bits 91:80; accepted, reported when strict. */
	{"reserved bit 0 (FI low bits) set", IOF_REC_VTD_FAULT, 2, {0x6001ull, V_F | V_FR(0x05) | 0x0010u, 0, 0},
	 0, IOF_E_RESERVED,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0010, 0,
	  0, 0, 0x6000ull, 0, 0, 0, 0x05}},
	{"reserved bit 80 set", IOF_REC_VTD_FAULT, 2,
	 {0x6000ull, V_F | V_FR(0x05) | ((uint64_t)1 << 16) | 0x0010u, 0, 0}, 0, IOF_E_RESERVED,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0010, 0,
	  0, 0, 0x6000ull, 0, 0, 0, 0x05}},
	/* IR reasons: FI[47:12] cleared by hardware (QEMU VTD_FRCD_IR_IDX; DS7). */
	{"IR fault with FI[47:12] non-zero", IOF_REC_VTD_FAULT, 2,
	 {V_IDX(0xffff) | 0x0000000000001000ull, V_F | V_FR(0x21) | 0x00a0u, 0, 0}, 0, IOF_E_RESERVED,
	 {IOF_KIND_IRQ_FAULT, IOF_REASON_IRQ_INVALID, IOF_TXN_INTERRUPT, 0, V_IRQ_FLAGS, 0, 0x00a0, 0, 0, 0xffff,
	  0, 0, 0, 0, 0x21}},

	/* ---- Real Linux log lines (drivers/iommu/intel/dmar.c dmar_fault_do_one formats) ----
	 * Values are ours, chosen to be plausible: i915 at 00:02.0 reading IOVA
	 * 0x7fb2c000; a NIC at 03:00.0 writing 0xfee0a000 (an unmapped page just
	 * above the usual DMA window); the IOAPIC at f0:1f.0 (SID 0xf0f8, the
	 * common Intel IOAPIC source ID) with index 0x17. */
	/* "DMAR: [DMA Read NO_PASID] Request device [00:02.0] fault addr 0x7fb2c000
	 *  [fault reason 0x06] PTE Read access is not set" */
	{"linux: [DMA Read NO_PASID] [00:02.0] 0x7fb2c000 reason 0x06", IOF_REC_VTD_FAULT, 2,
	 {0x7fb2c000ull, V_F | V_T1 | V_FR(0x06) | 0x0010u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_READ, 0x0010, 0,
	  0, 0, 0x7fb2c000ull, 0, 0, 0, 0x06}},
	/* "DMAR: [DMA Write NO_PASID] Request device [03:00.0] fault addr 0xfee0a000
	 *  [fault reason 0x05] PTE Write access is not set" */
	{"linux: [DMA Write NO_PASID] [03:00.0] 0xfee0a000 reason 0x05", IOF_REC_VTD_FAULT, 2,
	 {0xfee0a000ull, V_F | V_FR(0x05) | 0x0300u, 0, 0}, 0, 0,
	 {IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, 0, V_DMA_FLAGS, IOF_PERM_WRITE, 0x0300, 0,
	  0, 0, 0xfee0a000ull, 0, 0, 0, 0x05}},
	/* "DMAR: [INTR-REMAP] Request device [f0:1f.0] fault index 0x17
	 *  [fault reason 0x25] Blocked a compatibility format interrupt request" */
	{"linux: [INTR-REMAP] [f0:1f.0] index 0x17 reason 0x25", IOF_REC_VTD_FAULT, 2,
	 {V_IDX(0x17), V_F | V_FR(0x25) | 0xf0f8u, 0, 0}, 0, 0,
	 {IOF_KIND_IRQ_FAULT, IOF_REASON_IRQ_INVALID, IOF_TXN_INTERRUPT, 0, V_IRQ_FLAGS, 0, 0xf0f8, 0, 0, 0x17,
	  0, 0, 0, 0, 0x25}},

	/* ---- 256-bit page request descriptor (field table above) ---- */
	{"page request: read+write, PASID, last in group, PRG 0x1ff", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_PP | V_PR_RID(0x0300) | V_PR_PASID(0xabcde),
	  V_PR_RD | V_PR_WR | V_PR_LPIG | V_PR_PRGI(0x1ff) | 0x00007f0000001000ull, 0, 0},
	 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0,
	  V_PR_FLAGS | V_PASID_FLAGS | IOF_FLAG_LAST, IOF_PERM_READ | IOF_PERM_WRITE, 0x0300, 0xabcde, 0x1ff, 0,
	  0x00007f0000001000ull, 0, 0, 0, 1}},
	{"page request: EXE and PM, not last, no PASID", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_RID(0x0011) | V_PR_EXE | V_PR_PM, V_PR_RD | V_PR_PRGI(0x005) | 0xfffffffffffff000ull,
	  0, 0},
	 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS,
	  IOF_PERM_READ | IOF_PERM_EXEC | IOF_PERM_PRIV, 0x0011, 0, 5, 0, 0xfffffffffffff000ull, 0, 0, 0, 1}},
	/* PCIe stop marker: LPIG=1, RD=WR=0, with PASID (reference vtd.md 7.7). */
	{"page request: stop marker", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_PP | V_PR_RID(0x0300) | V_PR_PASID(0x00042), V_PR_LPIG | V_PR_PRGI(0x003), 0, 0}, 0,
	 0,
	 /* no response follows a stop marker: PASID_VALID only, no LAST / NEEDS_PASID (fault.h) */
	 {IOF_KIND_STOP_MARKER, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS | IOF_FLAG_PASID_VALID,
	  0, 0x0300, 0x42, 3, 0, 0, 0, 0, 0, 1}},
	{"page request: LPIG, RD=WR=0 but no PASID: not a stop marker", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_RID(0x0300), V_PR_LPIG | V_PR_PRGI(0x003), 0, 0}, 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS | IOF_FLAG_LAST, 0, 0x0300, 0,
	  3, 0, 0, 0, 0, 0, 1}},
	/* VT-d 3.x Private Data (Linux v5.1-v6.9 page_req_dsc, L-PDP). */
	{"page request: PDP with private data", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_PP | V_PR_PDP | V_PR_RID(0x0300) | V_PR_PASID(1), V_PR_WR | V_PR_PRGI(9) | 0x2000ull,
	  0x1122334455667788ull, 0x99aabbccddeeff00ull},
	 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0,
	  V_PR_FLAGS | V_PASID_FLAGS | IOF_FLAG_PRIV_DATA, IOF_PERM_WRITE, 0x0300, 1, 9, 0, 0x2000ull, 0, 0, 0, 1}},
	{"page request: Type 0x02 is not a page request", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(2) | V_PR_RID(0x0300), V_PR_RD | 0x3000ull, 0, 0}, IOF_E_CODE, IOF_E_CODE,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS, IOF_PERM_READ, 0x0300, 0, 0,
	  0, 0x3000ull, 0, 0, 0, 2}},
	{"page request: reserved bit 10 set", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | ((uint64_t)1 << 10) | V_PR_RID(0x0300), V_PR_RD | 0x3000ull, 0, 0}, 0, IOF_E_RESERVED,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS, IOF_PERM_READ, 0x0300, 0, 0,
	  0, 0x3000ull, 0, 0, 0, 1}},
	{"page request: reserved bit 63 set", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | ((uint64_t)1 << 63) | V_PR_RID(0x0300), V_PR_RD | 0x3000ull, 0, 0}, 0, IOF_E_RESERVED,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS, IOF_PERM_READ, 0x0300, 0, 0,
	  0, 0x3000ull, 0, 0, 0, 1}},
	{"page request: qw2 non-zero with PDP clear (reserved since rev 4.0)", IOF_REC_VTD_PAGE_REQ, 4,
	 {V_PR_TYPE(1) | V_PR_RID(0x0300), V_PR_RD | 0x3000ull, 1, 0}, 0, IOF_E_RESERVED,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS, IOF_PERM_READ, 0x0300, 0, 0,
	  0, 0x3000ull, 0, 0, 0, 1}},

	/* ---- 128-bit VT-d 2.x page request descriptor: same generic request ---- */
	{"v2 page request: the first 256-bit row in the 2.x layout", IOF_REC_VTD_PAGE_REQ_V2, 2,
	 {V_P2_PP | V_P2_LPIG | V_P2_PASID(0xabcde) | V_P2_BUS(0x03) | V_P2_PRGI(0x1ff),
	  V_P2_RD | V_P2_WR | V_P2_DEVFN(0x00) | 0x00007f0000001000ull, 0, 0},
	 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0,
	  V_PR_FLAGS | V_PASID_FLAGS | IOF_FLAG_LAST, IOF_PERM_READ | IOF_PERM_WRITE, 0x0300, 0xabcde, 0x1ff, 0,
	  0x00007f0000001000ull, 0, 0, 0, 0}},
	{"v2 page request: SRR, BOF, private data, EXE, PRIV, devfn 02.1", IOF_REC_VTD_PAGE_REQ_V2, 2,
	 {V_P2_SRR | V_P2_BOF | V_P2_BUS(0x5e) | V_P2_PRIVD(0x7fffff) | V_P2_PRGI(0x100),
	  V_P2_RD | V_P2_EXE | V_P2_PRIV | V_P2_DEVFN(0x11) | 0x8000ull, 0, 0},
	 0, 0,
	 {IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS,
	  IOF_PERM_READ | IOF_PERM_EXEC | IOF_PERM_PRIV, 0x5e11, 0, 0x100, 0, 0x8000ull, 0, 0, 0, 0}},
	{"v2 page request: stop marker", IOF_REC_VTD_PAGE_REQ_V2, 2,
	 {V_P2_PP | V_P2_LPIG | V_P2_PASID(0x00042) | V_P2_BUS(0x03) | V_P2_PRGI(3), V_P2_DEVFN(0x00), 0, 0}, 0, 0,
	 {IOF_KIND_STOP_MARKER, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, 0, V_PR_FLAGS | IOF_FLAG_PASID_VALID,
	  0, 0x0300, 0x42, 3, 0, 0, 0, 0, 0, 0}},

	/* ---- Page group response (invalidation descriptor type 0x9) ---- */
	/* What Linux writes since "iommu/vt-d: Remove LPIG from page group response
	 * descriptor" (4402e8f39d0b, Sept 2025; bit 66 Reserved since VT-d 4.0): issue 10,
	 * item 3.  Success, RID 0x100, PRG index 5. */
	{"page group response: bit 66 (LPIG) clear, as Linux writes it since VT-d 4.0", IOF_REC_VTD_PAGE_GRP_RESP, 4,
	 {V_RG_TYPE | V_RG_RC(0x0) | V_RG_RID(0x0100), V_RG_PRGI(5), 0, 0}, 0, 0,
	 {0, 0, 0, 0, 0, 0, 0x0100, 0, 5, 0, 0, 0, 0, 0, IOF_RESP_SUCCESS}},
	/* What Linux v5.1-v6.17 prq.c/svm.c wrote: QI_PGRP_LPIG(1), PASID present, Invalid Request 1h. */
	{"page group response: LPIG set (rev 3.x), PASID 0x42, Invalid Request", IOF_REC_VTD_PAGE_GRP_RESP, 4,
	 {V_RG_TYPE | V_RG_PP | V_RG_RC(0x1) | V_RG_RID(0x0300) | V_RG_PASID(0x42), V_RG_LPIG | V_RG_PRGI(0x1ff), 0,
	  0},
	 0, 0,
	 {0, 0, 0, 0, IOF_RESP_FLAG_PASID_VALID, 0, 0x0300, 0x42, 0x1ff, 0, 0, 0, 0, 0, IOF_RESP_INVALID}},
	/* rev 3.x private data (Linux v5.1-v6.9 handle_bad_prq_event: PDP, qw2/qw3). */
	{"page group response: PDP, LPIG and private data, Response Failure", IOF_REC_VTD_PAGE_GRP_RESP, 4,
	 {V_RG_TYPE | V_RG_PDP | V_RG_RC(0xf) | V_RG_RID(0x0300), V_RG_LPIG | V_RG_PRGI(9), 0x1122334455667788ull,
	  0x99aabbccddeeff00ull},
	 0, 0,
	 {0, 0, 0, 0, 0, 0, 0x0300, 0, 9, 0, 0, 0, 0, 0, IOF_RESP_FAILURE}},

	/* ---- VT-d 2.x page group response (128 bits) ---- */
	/* Issue 10, item 4: Response Failure Fh, RID 0x100, PRG index 0x1ff, laid out as
	 * Linux v4.4-v4.19 intel-svm.c builds it (QI_PGRP_RESP_CODE in qw1[3:0], QI_PGRP_IDX << 55). */
	{"v2 page group response: Response Failure, RID 0x100, PRG index 0x1ff", IOF_REC_VTD_PAGE_GRP_RESP_V2, 2,
	 {0x0000000001000009ull, 0xff8000000000000full, 0, 0}, 0, 0,
	 {0, 0, 0, 0, 0, 0, 0x0100, 0, 0x1ff, 0, 0, 0, 0, 0, IOF_RESP_FAILURE}},
	/* The answer intel-svm.c gives the second v2 page request row: PASID, private data echoed. */
	{"v2 page group response: Success, PASID 0xabcde, private data 0x7fffff, PRG 0x100",
	 IOF_REC_VTD_PAGE_GRP_RESP_V2, 2,
	 {V_RG_TYPE | V_RG_PP | V_RG_RID(0x5e11) | V_RG_PASID(0xabcde),
	  V_RG2_RC(0x0) | V_RG2_PRIV(0x7fffff) | V_RG2_PRGI(0x100), 0, 0},
	 0, 0,
	 {0, 0, 0, 0, IOF_RESP_FLAG_PASID_VALID, 0, 0x5e11, 0xabcde, 0x100, 0, 0, 0, 0, 0, IOF_RESP_SUCCESS}},
	{"v2 page group response: reserved code 2h", IOF_REC_VTD_PAGE_GRP_RESP_V2, 2,
	 {V_RG_TYPE | V_RG_RID(0x0100), V_RG2_RC(0x2) | V_RG2_PRGI(1), 0, 0}, IOF_E_CODE, IOF_E_CODE,
	 {0, 0, 0, 0, 0, 0, 0x0100, 0, 1, 0, 0, 0, 0, 0, IOF_RESP_FAILURE}},
	/* Reserved bits are kept in detail (docs/vtd.md), so even this re-encodes bit for bit. */
	{"v2 page group response: reserved qw1 bit 4", IOF_REC_VTD_PAGE_GRP_RESP_V2, 2,
	 {V_RG_TYPE | V_RG_RID(0x0100), V_RG2_RC(0x1) | ((uint64_t)1 << 4), 0, 0}, 0, IOF_E_RESERVED,
	 {0, 0, 0, 0, 0, 0, 0x0100, 0, 0, 0, 0, 0, 0, 0, IOF_RESP_INVALID}},
};


/* ---- Bit maps (tests/test_strict.c) ----
 * Each map is a valid record with its fields written out by hand: word, lowest
 * bit, width, and the generic fields the field belongs to, from the field
 * tables above (fault recording register, page request descriptors, page group
 * responses; shared/reference/vtd.md) and the generic mapping in docs/
 * (reasons.md, responses.md, "What goes in origin.detail" of vtd.md); never
 * from the codec's field descriptors. */
static const struct iof_bit_map iof_vtd_bit_maps[] = {
	/* VT-d fault recording register, FR 0x71 (SFS.2, first-stage walk), a write with
	 * PASID 0x12345 in supervisor mode; every DMA-remapping field present. */
	{ "VT-d FRCD DMA write with PASID", IOF_REC_VTD_FAULT,
	  { 0x00007f1234567000ull,
	    0x3a00 | (1ull << 29) | (1ull << 31) | (0x71ull << 32) | (0x12345ull << 40) | (1ull << 63),
	    0, 0 },
	  { { 0, 12, 52, DEF, G_ADDR, 0, "FI" },
	    { 1, 0, 16, DEF, G_SID, 0, "SID" },
	    { 1, 28, 1, DEF, G_TXN | G_PERM, 0, "T2" },
	    { 1, 29, 1, DEF, G_PERM, 0, "PRIV" },
	    { 1, 30, 1, DEF, G_PERM, 0, "EXE" },
	    { 1, 31, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "PP" },
	    { 1, 32, 8, ANY, G_CODE, 0, "FR" },
	    { 1, 40, 20, DEF, G_PASID, 0, "PV" },
	    { 1, 60, 2, DEF, G_AT, 0, "AT" },
	    { 1, 62, 1, DEF, G_PERM, 0, "T1" },
	    { 1, 63, 1, ANY, 0, 0, "F" },
	    SPAN_END } },
	/* FR 0x21 (interrupt remapping): index in FI[63:48], FI[47:12] cleared; the
	 * DMA-only fields are irrelevant (spec: "relevant only for DMA-remapping"). */
	{ "VT-d FRCD interrupt remapping", IOF_REC_VTD_FAULT,
	  { 0x0042ull << 48, 0xf0f8 | (0x21ull << 32) | (1ull << 63), 0, 0 },
	  { { 0, 48, 16, DEF, G_IRQ, 0, "FI[63:48] interrupt index" },
	    { 1, 0, 16, DEF, G_SID, 0, "SID" },
	    { 1, 28, 4, IRR, 0, 0, "T2, PRIV, EXE, PP" },
	    { 1, 32, 8, ANY, G_CODE, 0, "FR" },
	    { 1, 40, 23, IRR, 0, 0, "PV, AT, T1" },
	    { 1, 63, 1, ANY, 0, 0, "F" },
	    SPAN_END } },
	/* VT-d 3.0+ page request descriptor: read+write, PASID, supervisor, last in group. */
	{ "VT-d page request (256-bit)", IOF_REC_VTD_PAGE_REQ,
	  { 0x01 | (1ull << 8) | (0x3a00ull << 16) | (0x12345ull << 32) | (1ull << 53),
	    0x7 | (0x1a5ull << 3) | 0x00007f1234567000ull, 0, 0 },
	  { { 0, 0, 8, ANY, G_CODE, 0, "Type" },
	    { 0, 8, 1, DEF, G_FLAGS, G_PASID | G_DETAIL, "PP" },
	    { 0, 9, 1, DEF, G_FLAGS, G_DETAIL, "PDP" },
	    { 0, 16, 16, DEF, G_SID, 0, "RID" },
	    { 0, 32, 20, DEF, G_PASID, 0, "PASID" },
	    { 0, 52, 1, DEF, G_PERM, 0, "EXE" },
	    { 0, 53, 1, DEF, G_PERM, 0, "PM" },
	    { 1, 0, 1, DEF, G_PERM, 0, "RD" },
	    { 1, 1, 1, DEF, G_PERM, 0, "WR" },
	    { 1, 2, 1, DEF, G_FLAGS, 0, "LPIG" },
	    { 1, 3, 9, DEF, G_GRPID, 0, "PRG index" },
	    { 1, 12, 52, DEF, G_ADDR, 0, "Address" },
	    SPAN_END } },
	/* VT-d 2.x page request descriptor (Linux v4.4): every bit is a field. */
	{ "VT-d page request (128-bit, VT-d 2.x)", IOF_REC_VTD_PAGE_REQ_V2,
	  { (1ull << 2) | (1ull << 3) | (0x12345ull << 4) | (0x3aull << 24) | (0x2a5a5aull << 32) |
		    (0x1a5ull << 55),
	    0x1 | 0x2 | 0x8 | 0x00007f1234567000ull, 0, 0 },
	  { { 0, 0, 1, DEF, G_DETAIL, 0, "SRR" },
	    { 0, 1, 1, DEF, G_DETAIL, 0, "BOF" },
	    { 0, 2, 1, DEF, G_FLAGS, G_PASID | G_DETAIL, "PP" },
	    { 0, 3, 1, DEF, G_FLAGS, 0, "LPIG" },
	    { 0, 4, 20, DEF, G_PASID, 0, "PASID" },
	    { 0, 24, 8, DEF, G_SID, 0, "Bus" },
	    { 0, 32, 23, DEF, G_DETAIL, 0, "Private data" },
	    { 0, 55, 9, DEF, G_GRPID, 0, "PRG index" },
	    { 1, 0, 4, DEF, G_PERM, 0, "RD, WR, EXE, PRIV" },
	    { 1, 4, 8, DEF, G_SID, 0, "devfn" },
	    { 1, 12, 52, DEF, G_ADDR, 0, "Address" },
	    SPAN_END } },
	/* VT-d page group response (type 0x9), Success, with PASID, LPIG. */
	{ "VT-d page group response", IOF_REC_VTD_PAGE_GRP_RESP,
	  { 0x9 | (1ull << 4) | (0x3a00ull << 16) | (0x12345ull << 32), 0x4 | (0x1a5ull << 3), 0, 0 },
	  { { 0, 0, 4, ANY, 0, 0, "Type[3:0]" },
	    { 0, 4, 1, ANY, 0, 0, "PP" },
	    { 0, 5, 1, ANY, 0, 0, "PDP" },
	    { 0, 9, 3, ANY, 0, 0, "Type[6:4]" },
	    { 0, 12, 4, ANY, 0, 0, "Response Code" },
	    { 0, 16, 16, DEF, G_SID, 0, "RID" },
	    { 0, 32, 20, DEF, G_PASID, 0, "PASID" },
	    { 1, 2, 1, ANY, 0, 0, "LPIG" },
	    { 1, 3, 9, DEF, G_GRPID, 0, "PRG index" },
	    { 2, 0, 64, ANY, 0, 0, "Private Data" },
	    { 3, 0, 64, ANY, 0, 0, "Private Data" },
	    SPAN_END } },
	/* VT-d 2.x page group response (Linux v4.4 intel-iommu.h QI_PGRP_*): Success, PASID,
	 * private data echoed.  Reserved bits are kept in detail (docs/vtd.md). */
	{ "VT-d 2.x page group response", IOF_REC_VTD_PAGE_GRP_RESP_V2,
	  { 0x9 | (1ull << 4) | (0x3a00ull << 16) | (0x12345ull << 32),
	    (0x2a5a5aull << 32) | (0x1a5ull << 55), 0, 0 },
	  { { 0, 0, 4, ANY, 0, 0, "Type" },
	    { 0, 4, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "PP" },
	    { 0, 16, 16, DEF, G_SID, 0, "RID" },
	    { 0, 32, 20, DEF, G_PASID, 0, "PASID" },
	    { 1, 0, 4, ANY, 0, 0, "Response Code" },
	    { 1, 32, 23, DEF, G_DETAIL, 0, "Private data" },
	    { 1, 55, 9, DEF, G_GRPID, 0, "PRG index" },
	    SPAN_END } },
};

/* ---- Identifier widths (docs/vtd.md: fault recording register, page request, page group response) ---- */
static const struct iof_range_case iof_vtd_range_cases[] = {
	{ "VT-d FRCD SID", IOF_REC_VTD_FAULT, 16, R_SOURCE_ID },
	{ "VT-d FRCD PV", IOF_REC_VTD_FAULT, 20, R_PASID },
	{ "VT-d FRCD interrupt index", IOF_REC_VTD_FAULT, 16, R_IRQ_INDEX },
	{ "VT-d page request RID", IOF_REC_VTD_PAGE_REQ, 16, R_SOURCE_ID },
	{ "VT-d page request PASID", IOF_REC_VTD_PAGE_REQ, 20, R_PASID },
	{ "VT-d page request PRG index", IOF_REC_VTD_PAGE_REQ, 9, R_GRPID },
	{ "VT-d 2.x page request RID", IOF_REC_VTD_PAGE_REQ_V2, 16, R_SOURCE_ID },
	{ "VT-d 2.x page request PASID", IOF_REC_VTD_PAGE_REQ_V2, 20, R_PASID },
	{ "VT-d 2.x page request PRG index", IOF_REC_VTD_PAGE_REQ_V2, 9, R_GRPID },
	{ "VT-d page group response RID", IOF_REC_VTD_PAGE_GRP_RESP, 16, R_SOURCE_ID },
	{ "VT-d page group response PASID", IOF_REC_VTD_PAGE_GRP_RESP, 20, R_PASID },
	{ "VT-d page group response PRG index", IOF_REC_VTD_PAGE_GRP_RESP, 9, R_GRPID },
	{ "VT-d 2.x page group response RID", IOF_REC_VTD_PAGE_GRP_RESP_V2, 16, R_SOURCE_ID },
	{ "VT-d 2.x page group response PASID", IOF_REC_VTD_PAGE_GRP_RESP_V2, 20, R_PASID },
	{ "VT-d 2.x page group response PRG index", IOF_REC_VTD_PAGE_GRP_RESP_V2, 9, R_GRPID },
};

/* ---- Every value of a code field ---- */

/* Fault reasons no source defines (shared/reference/vtd.md §2, docs/vtd.md; 0x00 is
 * reserved for advanced fault logging): IOF_E_CODE.  The others are settled by the
 * reason table of test_vtd.c. */
static inline int vec_vtd_fault_reason(unsigned fr)
{
	int undefined = fr == 0 || (fr >= 0x34 && fr <= 0x37) || (fr >= 0x3b && fr <= 0x3f) ||
			(fr >= 0x49 && fr <= 0x4f) || (fr >= 0x53 && fr <= 0x57) || (fr >= 0x5e && fr <= 0x6f) ||
			(fr >= 0x7e && fr <= 0x7f) || (fr >= 0x8a && fr <= 0x8f) || fr >= 0x92;
	return undefined ? IOF_E_CODE : IOF_VEC_EITHER;
}

/* F (bit 127) clear: the register holds no fault, whatever its FR. */
static inline int vec_vtd_fault_reason_f0(unsigned fr)
{
	(void)fr;
	return IOF_E_EMPTY;
}

/* VT-d §7.4.1.1: a page request descriptor has Type 01h. */
static inline int vec_vtd_page_request_type(unsigned type)
{
	return type == 0x01 ? IOF_OK : IOF_E_CODE;
}

static const struct iof_code_sweep iof_vtd_code_sweeps[] = {
	{"FR, bits 103:96 of the fault recording register (F=1, SID 0x00fe, FI 0x1000)", IOF_REC_VTD_FAULT,
	 {0x1000, V_F | 0x00feu, 0, 0}, 1, 32, 8, vec_vtd_fault_reason},
	{"FR of a fault recording register with F=0 (SID 0x00fe, FI 0x1000)", IOF_REC_VTD_FAULT,
	 {0x1000, 0x00feu, 0, 0}, 1, 32, 8, vec_vtd_fault_reason_f0},
	{"Type, qw0[7:0] of the page request descriptor (RD)", IOF_REC_VTD_PAGE_REQ,
	 {0, V_PR_RD, 0, 0}, 0, 0, 8, vec_vtd_page_request_type},
};

static const struct iof_vec_set iof_vtd_vec_set = {
	"VT-d",
	iof_vtd_vectors,
	IOF_VEC_COUNT(iof_vtd_vectors),
	iof_vtd_bit_maps,
	IOF_VEC_COUNT(iof_vtd_bit_maps),
	iof_vtd_range_cases,
	IOF_VEC_COUNT(iof_vtd_range_cases),
	iof_vtd_code_sweeps,
	IOF_VEC_COUNT(iof_vtd_code_sweeps),
};

#endif
