/* SPDX-License-Identifier: MIT */
/*
 * Arm SMMUv3 test vectors.  Every record below is built by hand from the bit
 * positions of Arm IHI 0070 G.b (abs bit B of a figure = word B/64, bit B%64)
 * and the expected generic fields are stated from the spec text and the
 * mapping in docs/smmuv3.md — never copied from the decoder's output.
 *
 * Event rows: record = IOF_REC_SMMUV3_EVENT, 4 words.
 * PRI rows:   record = IOF_REC_SMMUV3_PRI, 2 words.
 * Command rows (record = IOF_REC_SMMUV3_CMD_*): the expect block is reused
 * for the page response: e.code = iof_resp_code, e.flags = IOF_RESP_FLAG_*,
 * e.source_id, e.pasid, e.grpid; the other members are zero.
 *
 * After the decode vectors: the bit maps, identifier widths and code sweeps
 * of tests/test_strict.c, then iof_smmuv3_vec_set, which vectors/all.h lists.
 */
#ifndef IOF_TEST_VECTORS_SMMUV3_H
#define IOF_TEST_VECTORS_SMMUV3_H

#include "vector.h"

/* Flag shorthands for the table. */
#define V_SID IOF_FLAG_SOURCE_ID_VALID
#define V_PASID IOF_FLAG_PASID_VALID
#define V_ADDR IOF_FLAG_ADDR_VALID
#define V_FETCH IOF_FLAG_FETCH_ADDR_VALID
#define V_IPA IOF_FLAG_IPA_VALID
#define V_S2 IOF_FLAG_STAGE2
#define V_LAST IOF_FLAG_LAST
#define V_NEEDS IOF_FLAG_NEEDS_PASID

/* Expect initialiser: kind, reason, txn, at, flags, perm, sid, pasid, grpid, irq, addr, fetch, ipa, length, code */
#define V_E(k, r, t, a, fl, pe, sid, pasid, grp, addr, fetch, ipa, len, code) \
	{ (k), (r), (t), (a), (fl), (pe), (sid), (pasid), (grp), 0, (addr), (fetch), (ipa), (len), (code) }

static const struct iof_vec iof_smmuv3_vectors[] = {
	/* ---------------- Event records, one per architected id (§7.3) ---------------- */
	{ "F_UUT: §7.3.2 figure, SSV+SubstreamID 5, Reason 0xbeef at [79:64], RnW [99]=1, InD [98]=1, InputAddr [191:128]",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x12ull << 32) | (0x5ull << 12) | (1ull << 11) | 0x01,
	    (1ull << 35) | (1ull << 34) | 0xbeefull,
	    0xffff800012345678ull, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID | V_ADDR, IOF_PERM_READ | IOF_PERM_EXEC, 0x12, 5, 0, 0xffff800012345678ull, 0, 0, 0, 0x01) },
	{ "C_BAD_STREAMID: §7.3.3 figure, StreamID 0xffff0000 [63:32], SSV=0",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0xffff0000ull << 32) | 0x02, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_SOURCEID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID, 0, 0xffff0000u, 0, 0, 0, 0, 0, 0, 0x02) },
	{ "F_STE_FETCH: §7.3.4 figure, Reason 3 [79:64], GPCF [80]=1, FetchAddr[55:3] all ones at [247:195]",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x40ull << 32) | 0x03, (1ull << 16) | 0x3, 0, 0x00fffffffffffff8ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_DEVICE_CONTEXT_FETCH, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_FETCH, 0, 0x40, 0, 0, 0, 0x00fffffffffffff8ull, 0, 0, 0x03) },
	{ "C_BAD_STE: §7.3.5 figure, SSV=1 SubstreamID 0xfffff (20 bits)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (7ull << 32) | (0xfffffull << 12) | (1ull << 11) | 0x04, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID, 0, 7, 0xfffff, 0, 0, 0, 0, 0, 0x04) },
	{ "F_BAD_ATS_TREQ: issue #10 reproducer; figure 7.3.6: SSV [11] SubstreamID 0x42 [31:12], R [95] W [94] P [92], "
	  "Span 2 [67:64] (kept in detail), InputAddr[63:12] at [191:140]",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { 0x0000010000042805ull, 0x00000000d0000002ull, 0x00007f0012345000ull, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATION,
	      V_SID | V_PASID | V_ADDR, IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV, 0x100, 0x42, 0,
	      0x7f0012345000ull, 0, 0, 0, 0x05) },
	{ "F_BAD_ATS_TREQ: X [93] alone, SSV=0; dw1[35] (abs 99) is inside RES0 [127:96] of figure 7.3.6: strict flags it",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x100ull << 32) | 0x05, (1ull << 35) | (1ull << 29), 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATION,
	      V_SID | V_ADDR, IOF_PERM_EXEC, 0x100, 0, 0, 0, 0, 0, 0, 0x05) },
	{ "F_BAD_ATS_TREQ: InputAddr[11:0] position [139:128] is RES0 in figure 7.3.6: strict flags it",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x100ull << 32) | 0x05, 1ull << 31, 0x1000ull | 0x1ull, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATION,
	      V_SID | V_ADDR, IOF_PERM_READ, 0x100, 0, 0, 0x1000ull, 0, 0, 0, 0x05) },
	{ "F_STREAM_DISABLED: §7.3.7 figure, StreamID only ([31:8] RES0)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (3ull << 32) | 0x06, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PASID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID, 0, 3, 0, 0, 0, 0, 0, 0, 0x06) },
	{ "F_STREAM_DISABLED with SSV [11] set: RES0 in the §7.3.7 figure",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (3ull << 32) | (1ull << 11) | 0x06, 0, 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PASID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID, 0, 3, 0, 0, 0, 0, 0, 0, 0x06) },
	{ "F_TRANSL_FORBIDDEN: §7.3.8 figure, RnW [99]=0 (write), InputAddr 0x1000, AT = translated",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (9ull << 32) | 0x07, 0, 0x1000, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATED,
	      V_SID | V_ADDR, IOF_PERM_WRITE, 9, 0, 0, 0x1000, 0, 0, 0, 0x07) },
	{ "F_TRANSL_FORBIDDEN with InD [98] set: RES0 per the §7.3.8 figure ([98:96] RES0)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (9ull << 32) | 0x07, (1ull << 35) | (1ull << 34), 0x1000, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_REQUEST_INVALID, IOF_TXN_MEMORY, IOF_AT_TRANSLATED,
	      V_SID | V_ADDR, IOF_PERM_READ, 9, 0, 0, 0x1000, 0, 0, 0, 0x07) },
	{ "C_BAD_SUBSTREAMID: §7.3.9 figure, SubstreamID 0 always valid (no SSV)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (2ull << 32) | 0x08, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PASID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID, 0, 2, 0, 0, 0, 0, 0, 0, 0x08) },
	{ "C_BAD_SUBSTREAMID: SubstreamID 0x80001, bit [11] is RES0 here (figure: [11:8] RES0)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (2ull << 32) | (0x80001ull << 12) | (1ull << 11) | 0x08, 0, 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PASID_INVALID, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID, 0, 2, 0x80001, 0, 0, 0, 0, 0, 0x08) },
	{ "F_CD_FETCH: §7.3.10 text (FetchAddr PA, Reason), SSV=1 SubstreamID 0x33, FetchAddr 0x80001040",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x20ull << 32) | (0x33ull << 12) | (1ull << 11) | 0x09, 0x1, 0, 0x80001040ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PASID_FETCH, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID | V_FETCH, 0, 0x20, 0x33, 0, 0, 0x80001040ull, 0, 0, 0x09) },
	{ "C_BAD_CD: §7.3.11 figure, SSV=1 SubstreamID 0x44",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x20ull << 32) | (0x44ull << 12) | (1ull << 11) | 0x0a, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_BAD_PASID_ENTRY, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID, 0, 0x20, 0x44, 0, 0, 0, 0, 0, 0x0a) },
	{ "F_WALK_EABT: §7.3.12 stage-1 walk abort = S2 0, CLASS TT (0b01 at [105:104]), RnW 1, InputAddr, FetchAddr",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (1ull << 32) | 0x0b, (1ull << 40) | (1ull << 35), 0x40000000ull, 0x800001000ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_WALK_EABT, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_FETCH, IOF_PERM_READ, 1, 0, 0, 0x40000000ull, 0x800001000ull, 0, 0, 0x0b) },
	{ "F_WALK_EABT: stage 2 walk abort, S2 [103]=1 (no IPA field: STAGE2 flag only)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (1ull << 32) | 0x0b, (1ull << 39) | (2ull << 40), 0x40000000ull, 0x800001000ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_WALK_EABT, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_FETCH | V_S2, IOF_PERM_WRITE, 1, 0, 0, 0x40000000ull, 0x800001000ull, 0, 0, 0x0b) },
	{ "F_TRANSLATION: §7.3.13 stage 2, S2=1 CLASS IN, IPA 0x12345000 at [247:204], PnU [97]=1, RnW 0",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x55ull << 32) | 0x10, (2ull << 40) | (1ull << 39) | (1ull << 33), 0x7f0012345678ull, 0x12345000ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PTE_FETCH, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_IPA | V_S2, IOF_PERM_WRITE | IOF_PERM_PRIV, 0x55, 0, 0, 0x7f0012345678ull, 0,
	      0x12345000ull, 0, 0x10) },
	{ "F_ADDR_SIZE: §7.3.14 stage-1 bypass: S2 0, CLASS IN, Stall 0, RnW 1",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x56ull << 32) | 0x11, (2ull << 40) | (1ull << 35), 0xfff0000000000000ull, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_OOR_ADDRESS, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR, IOF_PERM_READ, 0x56, 0, 0, 0xfff0000000000000ull, 0, 0, 0, 0x11) },
	{ "F_ACCESS: §7.3.15 + §7.3.21 stall: Stall [95]=1, STAG 0xabcd [79:64] -> page request, grpid = STAG",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x57ull << 32) | (0x9ull << 12) | (1ull << 11) | 0x12, (2ull << 40) | (1ull << 35) | (1ull << 31) | 0xabcd,
	    0x400000ull, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_ACCESS, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID | V_ADDR | V_LAST, IOF_PERM_READ, 0x57, 9, 0xabcd, 0x400000ull, 0, 0, 0, 0x12) },
	{ "F_PERMISSION: §7.3.16 S2=1 CLASS TT, TTRnW [108]=1, IPA = S1 descriptor address, InD+RnW",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x58ull << 32) | 0x13, (1ull << 44) | (1ull << 40) | (1ull << 39) | (1ull << 35) | (1ull << 34),
	    0x1000ull, 0xabc000ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PERMISSION, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_IPA | V_S2, IOF_PERM_READ | IOF_PERM_EXEC, 0x58, 0, 0, 0x1000ull, 0, 0xabc000ull, 0,
	      0x13) },
	{ "F_TLB_CONFLICT: §7.3.17 S2=1, IPA[55:12] all ones (figure: [255:248] RES0), RnW 1",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x59ull << 32) | 0x20, (1ull << 39) | (1ull << 35), 0x2000ull, 0x00fffffffffff000ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_INTERNAL, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_IPA | V_S2, IOF_PERM_READ, 0x59, 0, 0, 0x2000ull, 0, 0x00fffffffffff000ull, 0, 0x20) },
	{ "F_TLB_CONFLICT with dw3[56] set: RES0 per the §7.3.17 figure fragment",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x59ull << 32) | 0x20, (1ull << 39) | (1ull << 35), 0x2000ull, (1ull << 56) | 0x1000ull },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_INTERNAL, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_ADDR | V_IPA | V_S2, IOF_PERM_READ, 0x59, 0, 0, 0x2000ull, 0, 0x1000ull, 0, 0x20) },
	{ "F_CFG_CONFLICT: §7.3.18 figure, SSV=1 SubstreamID 1, Reason row [95:64] = 0x12345678",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x5aull << 32) | (1ull << 12) | (1ull << 11) | 0x21, 0x12345678ull, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_INTERNAL, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID, 0, 0x5a, 1, 0, 0, 0, 0, 0, 0x21) },
	{ "E_PAGE_REQUEST: §7.3.19 figure, uR [99] + pW [102], Span 16 [115:108] = 64 KiB, InputAddr[63:12]",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x5bull << 32) | (9ull << 12) | (1ull << 11) | 0x24, (16ull << 44) | (1ull << 38) | (1ull << 35),
	    0x7fff00000000ull, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_EVENT, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_PASID | V_ADDR,
	      IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV, 0x5b, 9, 0, 0x7fff00000000ull, 0, 0, 65536, 0x24) },
	{ "E_PAGE_REQUEST with InputAddr bit [128] (dw2[0]) set: RES0 per the §7.3.19 figure",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x5bull << 32) | 0x24, (1ull << 33), 0x7fff00000001ull, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_EVENT, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_ADDR,
	      IOF_PERM_EXEC, 0x5b, 0, 0, 0x7fff00000000ull, 0, 0, 0, 0x24) },
	{ "F_VMS_FETCH: §7.3.20 figure, Reason 7, FetchAddr 0x10000008",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x5cull << 32) | 0x25, 0x7, 0, 0x10000008ull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_DEVICE_CONTEXT_FETCH, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_FETCH, 0, 0x5c, 0, 0, 0, 0x10000008ull, 0, 0, 0x25) },
	{ "F_VMS_FETCH with FetchAddr bits [2:0] set: RES0 per the §7.3.20 figure ([194:192])",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x5cull << 32) | 0x25, 0x7, 0, 0x1000000full },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_DEVICE_CONTEXT_FETCH, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED,
	      V_SID | V_FETCH, 0, 0x5c, 0, 0, 0, 0x10000008ull, 0, 0, 0x25) },
	{ "IMPDEF_EVENT 0xe5: §7.3.21, StreamID/SSV/SubstreamID common, raw dw1..dw3 to detail",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x44ull << 32) | (0x7ull << 12) | (1ull << 11) | 0xe5, 0x1111222233334444ull, 0x5555666677778888ull,
	    0x99990000aaaabbbbull },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_EVENT, IOF_REASON_IMPDEF, IOF_TXN_UNSPECIFIED, IOF_AT_UNTRANSLATED, V_SID | V_PASID, 0, 0x44, 7,
	      0, 0, 0, 0, 0, 0xe5) },
	{ "reserved event number 0x00 (§7.3.21: all other numbers reserved)",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { (0x44ull << 32) | 0x00, 1, 2, 3 },
	  IOF_E_CODE, IOF_E_CODE,
	  V_E(IOF_KIND_NONE, IOF_REASON_NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00) },
	{ "reserved event number 0x0c",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { 0x0c, 0, 0, 0 },
	  IOF_E_CODE, IOF_E_CODE,
	  V_E(IOF_KIND_NONE, IOF_REASON_NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0c) },
	{ "reserved event number 0xf0",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { 0xf0, 0, 0, 0 },
	  IOF_E_CODE, IOF_E_CODE,
	  V_E(IOF_KIND_NONE, IOF_REASON_NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xf0) },

	/* ---------------- Real records printed by Linux (arm-smmu-v3 event dump) ---------------- */
	/* Worked from the bits: id 0x10, SID 0x7d00, SSV 0; dw1: STAG 0x80 with Stall 0 (kept in detail),
	 * RnW [99]=1, CLASS [105:104]=0b10 IN, S2 0; dw1[32] is set, which no figure defines (RES0:
	 * strict flags it); InputAddr 0xf47cf000; dw3 is UNKNOWN with S2=0 (kept in detail[2]). */
	{ "Linux log 1: 0x00007d0000000010 0x0000020900000080 0x00000000f47cf000 0x00000000f47cf000",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { 0x00007d0000000010ull, 0x0000020900000080ull, 0x00000000f47cf000ull, 0x00000000f47cf000ull },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_DMA_FAULT, IOF_REASON_PTE_FETCH, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED, V_SID | V_ADDR,
	      IOF_PERM_READ, 0x7d00, 0, 0, 0xf47cf000ull, 0, 0, 0, 0x10) },
	/* Kernel: sid 0x7501, ssid 0x1, iova 0xaaaada7af000, ipa 0xaaaada7af000, unpriv data write,
	 * s1, class "Input address caused fault", stall, stag 0x176.  dw1[44] (TTRnW position, defined
	 * only for F_PERMISSION) is set: RES0 here, strict flags it.  S2 = 0 so the IPA is UNKNOWN
	 * (§7.3.13): not IPA_VALID, the dw3 value the kernel printed is kept in detail[2]. */
	{ "Linux log 2: 0x0000750100001810 0x0000120080000176 0x0000aaaada7af000 0x0000aaaada7af000",
	  IOF_REC_SMMUV3_EVENT, 4,
	  { 0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull, 0x0000aaaada7af000ull },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_PTE_FETCH, IOF_TXN_MEMORY, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID | V_ADDR | V_LAST, IOF_PERM_WRITE, 0x7501, 1, 0x176, 0xaaaada7af000ull, 0, 0, 0, 0x10) },

	/* ---------------- PRI queue entries (§8) ---------------- */
	{ "PRI: SSV [63], Last [62], W [61], R [60], SubstreamID 0x42 [51:32], StreamID 0x100, PRGIndex 0x1ab, addr",
	  IOF_REC_SMMUV3_PRI, 2,
	  { (1ull << 63) | (1ull << 62) | (1ull << 61) | (1ull << 60) | (0x42ull << 32) | 0x100,
	    0x00007fffdead0000ull | 0x1ab, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED,
	      V_SID | V_PASID | V_NEEDS | V_ADDR | V_LAST, IOF_PERM_READ | IOF_PERM_WRITE, 0x100, 0x42, 0x1ab,
	      0x00007fffdead0000ull, 0, 0, 0, 0) },
	{ "PRI: no PASID (SSV 0), not last, read, Exec [59] + Priv [58], PRGIndex 0",
	  IOF_REC_SMMUV3_PRI, 2,
	  { (1ull << 60) | (1ull << 59) | (1ull << 58) | 0x0008, 0xffffffffffff0000ull, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_ADDR,
	      IOF_PERM_READ | IOF_PERM_EXEC | IOF_PERM_PRIV, 0x8, 0, 0, 0xffffffffffff0000ull, 0, 0, 0, 0) },
	{ "PRI stop marker: §8 Last=1, W=R=0 with SSV=1",
	  IOF_REC_SMMUV3_PRI, 2,
	  { (1ull << 63) | (1ull << 62) | (0x42ull << 32) | 0x100, 0x5, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_STOP_MARKER, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_PASID | V_ADDR,
	      0, 0x100, 0x42, 0x5, 0, 0, 0, 0, 0) },
	{ "PRI: Last=1, W=R=0 but SSV=0 is an ordinary page request (§8)",
	  IOF_REC_SMMUV3_PRI, 2,
	  { (1ull << 62) | 0x100, 0x5, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_ADDR | V_LAST,
	      0, 0x100, 0, 0x5, 0, 0, 0, 0, 0) },
	{ "PRI: bit [73] (dw1[9]) set is RES0 (§8)",
	  IOF_REC_SMMUV3_PRI, 2,
	  { (1ull << 60) | 0x100, (1ull << 9) | 0x1000, 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(IOF_KIND_PAGE_REQUEST, IOF_REASON_NONE, IOF_TXN_PAGE_REQUEST, IOF_AT_UNTRANSLATED, V_SID | V_ADDR,
	      IOF_PERM_READ, 0x100, 0, 0, 0x1000, 0, 0, 0, 0) },

	/* ---------------- Commands (§4.5.2, §4.7.1, §4.7.2) ---------------- */
	{ "CMD_PRI_RESP: opcode 0x41, SSV [11], SubstreamID 0x42, StreamID 0x100, PRGIndex 0x1ab, Resp 0b10 Success",
	  IOF_REC_SMMUV3_CMD_PRI_RESP, 2,
	  { (0x100ull << 32) | (0x42ull << 12) | (1ull << 11) | 0x41, (2ull << 12) | 0x1ab, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, IOF_RESP_FLAG_PASID_VALID, 0, 0x100, 0x42, 0x1ab, 0, 0, 0, 0, IOF_RESP_SUCCESS) },
	{ "CMD_PRI_RESP: Resp 0b01 InvalidRequest (§4.5.2)",
	  IOF_REC_SMMUV3_CMD_PRI_RESP, 2,
	  { (0x100ull << 32) | 0x41, (1ull << 12) | 0x3, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, 0, 0, 0x100, 0, 0x3, 0, 0, 0, 0, IOF_RESP_INVALID) },
	{ "CMD_PRI_RESP: Resp 0b00 ResponseFailure (§4.5.2; Linux PRI_RESP_DENY)",
	  IOF_REC_SMMUV3_CMD_PRI_RESP, 2,
	  { (0x100ull << 32) | 0x41, 0x3, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, 0, 0, 0x100, 0, 0x3, 0, 0, 0, 0, IOF_RESP_FAILURE) },
	/* an ILLEGAL command is read as "not a success": code FAILURE, raw bits in detail[1] */
	{ "CMD_PRI_RESP: Resp 0b11 is reserved / ILLEGAL (§4.5.2)",
	  IOF_REC_SMMUV3_CMD_PRI_RESP, 2,
	  { (0x100ull << 32) | 0x41, (3ull << 12), 0, 0 },
	  IOF_E_CODE, IOF_E_CODE,
	  V_E(0, 0, 0, 0, 0, 0, 0x100, 0, 0, 0, 0, 0, 0, IOF_RESP_FAILURE) },
	{ "CMD_RESUME: opcode 0x44, Ac [12]=1 Retry, StreamID 0x7501, STAG 0x176",
	  IOF_REC_SMMUV3_CMD_RESUME, 2,
	  { (0x7501ull << 32) | (1ull << 12) | 0x44, 0x176, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, 0, 0, 0x7501, 0, 0x176, 0, 0, 0, 0, IOF_RESP_SUCCESS) },
	{ "CMD_RESUME: Ac=0 Ab [13]=1: terminate with abort",
	  IOF_REC_SMMUV3_CMD_RESUME, 2,
	  { (0x7501ull << 32) | (1ull << 13) | 0x44, 0xffff, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, 0, 0, 0x7501, 0, 0xffff, 0, 0, 0, 0, IOF_RESP_INVALID) },
	{ "CMD_RESUME: Ac=0 Ab=0: terminate, RAZ/WI",
	  IOF_REC_SMMUV3_CMD_RESUME, 2,
	  { (0x7501ull << 32) | 0x44, 0x1, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, IOF_RESP_FLAG_RAZWI, 0, 0x7501, 0, 0x1, 0, 0, 0, 0, IOF_RESP_INVALID) },
	{ "CMD_RESUME: SSec [10]=1 must be 0 on the Non-secure queue (§4.1.6): strict flags it",
	  IOF_REC_SMMUV3_CMD_RESUME, 2,
	  { (0x7501ull << 32) | (1ull << 12) | (1ull << 10) | 0x44, 0x1, 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(0, 0, 0, 0, 0, 0, 0x7501, 0, 0x1, 0, 0, 0, 0, IOF_RESP_SUCCESS) },
	{ "CMD_RESUME: wrong opcode (0x45) -> IOF_E_CODE",
	  IOF_REC_SMMUV3_CMD_RESUME, 2,
	  { (0x7501ull << 32) | 0x45, 0, 0, 0 },
	  IOF_E_CODE, IOF_E_CODE,
	  V_E(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) },
	{ "CMD_STALL_TERM: opcode 0x45, StreamID 0x7501 (§4.7.2)",
	  IOF_REC_SMMUV3_CMD_STALL_TERM, 2,
	  { (0x7501ull << 32) | 0x45, 0, 0, 0 },
	  IOF_OK, IOF_OK,
	  V_E(0, 0, 0, 0, 0, 0, 0x7501, 0, 0, 0, 0, 0, 0, 0) },
	{ "CMD_STALL_TERM: dw1 bit set is RES0",
	  IOF_REC_SMMUV3_CMD_STALL_TERM, 2,
	  { (0x7501ull << 32) | 0x45, 0x10, 0, 0 },
	  IOF_OK, IOF_E_RESERVED,
	  V_E(0, 0, 0, 0, 0, 0, 0x7501, 0, 0, 0, 0, 0, 0, 0) },
};

/* ---------------- Bit maps (tests/test_strict.c) ----------------
 * Each map is a valid record with its fields written out by hand: word, lowest
 * bit, width, and the generic fields the field belongs to.  Written from the
 * figures of IHI 0070 G.b (§7.3 event records, §8 PRI queue, §4.5.2 / §4.7
 * commands) as the project reference notes restate them
 * (shared/reference/smmuv3.md), and from the generic mapping in docs/
 * (reasons.md, responses.md, "What goes in origin.detail" of smmuv3.md);
 * never from the codec's field descriptors. */
static const struct iof_bit_map iof_smmuv3_bit_maps[] = {
	/* IHI 0070 §7.3.13 F_TRANSLATION, no stall, stage 2 (IPA valid), CLASS=IN. */
	{ "SMMUv3 F_TRANSLATION S2=1 Stall=0", IOF_REC_SMMUV3_EVENT,
	  { 0x10 | (1ull << 11) | (0x12345ull << 12) | (0x00c0ffeeull << 32),
	    0x5a5aull | (1ull << 33) | (1ull << 35) | (1ull << 39) | (2ull << 40),
	    0xffff800012345678ull, 0x00abcdef12345000ull },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 16, DEF, G_DETAIL, 0, "STAG (Stall=0: detail)" },
	    { 1, 31, 1, DEF, G_KIND | G_FLAGS | G_GRPID | G_DETAIL, 0, "Stall" },
	    { 1, 33, 1, DEF, G_PERM, 0, "PnU" },
	    { 1, 34, 1, DEF, G_PERM, 0, "InD" },
	    { 1, 35, 1, DEF, G_PERM, 0, "RnW" },
	    { 1, 39, 1, DEF, G_FLAGS | G_IPA | G_DETAIL, 0, "S2" },
	    { 1, 36, 1, DEF, G_DETAIL, 0, "NSIPA (figure 7.3.13, abs 100)" },
	    { 1, 40, 2, DEF, G_DETAIL, 0, "CLASS" },
	    { 1, 48, 16, DEF, G_DETAIL, 0, "IMPL_DEF (figure 7.3.13, abs [127:112])" },
	    { 2, 0, 64, DEF, G_ADDR, 0, "InputAddr" },
	    { 3, 12, 44, DEF, G_IPA, 0, "IPA[55:12]" },
	    SPAN_END } },
	/* §7.3.16 F_PERMISSION stalled (a page request), stage 1, CLASS=TT, TTRnW. */
	{ "SMMUv3 F_PERMISSION Stall=1 S2=0", IOF_REC_SMMUV3_EVENT,
	  { 0x13 | (1ull << 11) | (0x00042ull << 12) | (0x0100ull << 32),
	    0x1234ull | (1ull << 31) | (1ull << 34) | (1ull << 35) | (1ull << 40) | (1ull << 44),
	    0x00007fffdead0000ull, 0x0000000040002000ull },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 16, DEF, G_GRPID, 0, "STAG" },
	    { 1, 31, 1, DEF, G_KIND | G_FLAGS | G_GRPID | G_DETAIL, 0, "Stall" },
	    { 1, 33, 1, DEF, G_PERM, 0, "PnU" },
	    { 1, 34, 1, DEF, G_PERM, 0, "InD" },
	    { 1, 35, 1, DEF, G_PERM, 0, "RnW" },
	    { 1, 39, 1, DEF, G_FLAGS | G_IPA | G_DETAIL, 0, "S2" },
	    { 1, 36, 1, DEF, G_DETAIL, 0, "NSIPA (figure 7.3.16, abs 100)" },
	    { 1, 40, 2, DEF, G_DETAIL, 0, "CLASS" },
	    { 1, 42, 1, DEF, G_DETAIL, 0, "AssuredOnly (figure 7.3.16, abs 106)" },
	    { 1, 43, 1, DEF, G_DETAIL, 0, "DirtyBit (figure 7.3.16, abs 107)" },
	    { 1, 44, 1, DEF, G_DETAIL, 0, "TTRnW" },
	    { 1, 45, 1, DEF, G_DETAIL, 0, "Overlay (figure 7.3.16, abs 109)" },
	    { 1, 48, 16, DEF, G_DETAIL, 0, "IMPL_DEF (figure 7.3.16, abs [127:112])" },
	    { 2, 0, 64, DEF, G_ADDR, 0, "InputAddr" },
	    { 3, 12, 44, DEF, G_DETAIL, 0, "IPA[55:12] (S2=0: UNKNOWN, detail)" },
	    SPAN_END } },
	/* §7.3.6 F_BAD_ATS_TREQ (figure 7.3.6, pdftotext copy of G.b): the issue #10 reproducer. */
	{ "SMMUv3 F_BAD_ATS_TREQ", IOF_REC_SMMUV3_EVENT,
	  { 0x0000010000042805ull, 0x00000000d0000002ull, 0x00007f0012345000ull, 0 },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 4, DEF, G_DETAIL, 0, "Span (STUs)" },
	    { 1, 28, 1, DEF, G_PERM, 0, "P" },
	    { 1, 29, 1, DEF, G_PERM, 0, "X" },
	    { 1, 30, 1, DEF, G_PERM, 0, "W" },
	    { 1, 31, 1, DEF, G_PERM, 0, "R" },
	    { 2, 12, 52, DEF, G_ADDR, 0, "InputAddr[63:12]" },
	    SPAN_END } },
	/* §7.3.17 F_TLB_CONFLICT (figure 7.3.17): Reason [95:64], PnU/InD/RnW, NSIPA, S2, InputAddr, IPA. */
	{ "SMMUv3 F_TLB_CONFLICT S2=1", IOF_REC_SMMUV3_EVENT,
	  { 0x20 | (1ull << 11) | (0x00321ull << 12) | (0x0077ull << 32),
	    0x89abcdefull | (1ull << 33) | (1ull << 35) | (1ull << 39),
	    0x0000123456789abcull, 0x0000000087654000ull },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 32, DEF, G_DETAIL, 0, "Reason[31:0] (IMPDEF)" },
	    { 1, 33, 1, DEF, G_PERM, 0, "PnU" },
	    { 1, 34, 1, DEF, G_PERM, 0, "InD" },
	    { 1, 35, 1, DEF, G_PERM, 0, "RnW" },
	    { 1, 36, 1, DEF, G_DETAIL, 0, "NSIPA" },
	    { 1, 39, 1, DEF, G_FLAGS | G_IPA | G_DETAIL, 0, "S2" },
	    { 2, 0, 64, DEF, G_ADDR, 0, "InputAddr" },
	    { 3, 12, 44, DEF, G_IPA, 0, "IPA[55:12]" },
	    SPAN_END } },
	/* §7.3.4 F_STE_FETCH (figure survived): Reason, GPCF, FetchAddr[55:3]. */
	{ "SMMUv3 F_STE_FETCH", IOF_REC_SMMUV3_EVENT,
	  { 0x03 | (1ull << 11) | (0x00777ull << 12) | (0x0042ull << 32), 0xbeefull,
	    0, 0x0000008000001238ull },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 16, DEF, G_DETAIL, 0, "Reason (IMPDEF)" },
	    { 1, 16, 1, DEF, G_DETAIL, 0, "GPCF" },
	    { 3, 3, 53, DEF, G_FETCH, 0, "FetchAddr[55:3]" },
	    SPAN_END } },
	/* §7.3.19 E_PAGE_REQUEST (figure text): access bits, Span, InputAddr[63:12]. */
	{ "SMMUv3 E_PAGE_REQUEST", IOF_REC_SMMUV3_EVENT,
	  { 0x24 | (1ull << 11) | (0x00099ull << 12) | (0x0042ull << 32), 4ull << 44,
	    0x0000555500001000ull, 0 },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 33, 1, DEF, G_PERM | G_DETAIL, 0, "uX" },
	    { 1, 34, 1, DEF, G_PERM | G_DETAIL, 0, "uW" },
	    { 1, 35, 1, DEF, G_PERM | G_DETAIL, 0, "uR" },
	    { 1, 37, 1, DEF, G_PERM | G_DETAIL, 0, "pX" },
	    { 1, 38, 1, DEF, G_PERM | G_DETAIL, 0, "pW" },
	    { 1, 39, 1, DEF, G_PERM | G_DETAIL, 0, "pR" },
	    { 1, 44, 8, DEF, G_LENGTH, 0, "Span" },
	    { 2, 12, 52, DEF, G_ADDR, 0, "InputAddr[63:12]" },
	    SPAN_END } },
	/* §7.3.9 C_BAD_SUBSTREAMID: SubstreamID always valid, no SSV (bits 11:8 RES0). */
	{ "SMMUv3 C_BAD_SUBSTREAMID", IOF_REC_SMMUV3_EVENT,
	  { 0x08 | (0x54321ull << 12) | (0x0042ull << 32), 0, 0, 0 },
	  { { 0, 0, 8, ANY, G_CODE, 0, "event id" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    SPAN_END } },
	/* §8 PRI queue entry: a read/write page request with a PASID, last of its group. */
	{ "SMMUv3 PRI page request", IOF_REC_SMMUV3_PRI,
	  { 0x00c0ffeeull | (0x12345ull << 32) | (1ull << 58) | (1ull << 60) | (1ull << 61) |
		    (1ull << 62) | (1ull << 63),
	    0x1a5 | 0x0000ffff12345000ull, 0, 0 },
	  { { 0, 0, 32, DEF, G_SID, 0, "StreamID" },
	    { 0, 32, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 58, 1, DEF, G_PERM, 0, "Priv" },
	    { 0, 59, 1, DEF, G_PERM, 0, "X" },
	    { 0, 60, 1, DEF, G_PERM, 0, "R" },
	    { 0, 61, 1, DEF, G_PERM, 0, "W" },
	    { 0, 62, 1, DEF, G_FLAGS, 0, "Last" },
	    { 0, 63, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 1, 0, 9, DEF, G_GRPID, 0, "PRGIndex" },
	    { 1, 12, 52, DEF, G_ADDR, 0, "Page address[63:12]" },
	    SPAN_END } },
	/* §4.7.1 CMD_RESUME Retry (Ac=1): Ab is ignored then, kept in detail. */
	{ "SMMUv3 CMD_RESUME Retry", IOF_REC_SMMUV3_CMD_RESUME,
	  { 0x44 | (1ull << 12) | (0x00c0ffeeull << 32), 0x1234, 0, 0 },
	  { { 0, 0, 8, ANY, G_RECORD, 0, "opcode" },
	    { 0, 12, 1, DEF, G_CODE | G_FLAGS, 0, "Ac" },
	    { 0, 13, 1, DEF, G_DETAIL, 0, "Ab (ignored with Ac=1)" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 16, DEF, G_GRPID, 0, "STAG" },
	    SPAN_END } },
	/* §4.7.1 CMD_RESUME Abort (Ac=0, Ab=1). */
	{ "SMMUv3 CMD_RESUME Abort", IOF_REC_SMMUV3_CMD_RESUME,
	  { 0x44 | (1ull << 13) | (0x00c0ffeeull << 32), 0x1234, 0, 0 },
	  { { 0, 0, 8, ANY, G_RECORD, 0, "opcode" },
	    { 0, 12, 1, DEF, G_CODE | G_DETAIL, 0, "Ac" },
	    { 0, 13, 1, DEF, G_FLAGS, 0, "Ab" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 16, DEF, G_GRPID, 0, "STAG" },
	    SPAN_END } },
	/* §4.5.2 CMD_PRI_RESP Success (Resp=0b10) with a SubstreamID; figure 4.5.2: dw0[10:8] RES0 (no SSec). */
	{ "SMMUv3 CMD_PRI_RESP Success", IOF_REC_SMMUV3_CMD_PRI_RESP,
	  { 0x41 | (1ull << 11) | (0x12345ull << 12) | (0x00c0ffeeull << 32), 0x1a5 | (2ull << 12), 0, 0 },
	  { { 0, 0, 8, ANY, G_RECORD, G_CODE | G_FLAGS | G_SID | G_PASID | G_GRPID, "opcode" },
	    { 0, 11, 1, DEF, G_FLAGS | G_PASID | G_DETAIL, 0, "SSV" },
	    { 0, 12, 20, DEF, G_PASID, 0, "SubstreamID" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    { 1, 0, 9, DEF, G_GRPID, 0, "PRGIndex" },
	    { 1, 12, 1, ANY, 0, 0, "Resp[0] (0b11 is reserved)" },
	    { 1, 13, 1, DEF, G_CODE, 0, "Resp[1]" },
	    SPAN_END } },
	/* §4.7.2 CMD_STALL_TERM: StreamID only. */
	{ "SMMUv3 CMD_STALL_TERM", IOF_REC_SMMUV3_CMD_STALL_TERM,
	  { 0x45 | (0x00c0ffeeull << 32), 0, 0, 0 },
	  { { 0, 0, 8, ANY, 0, G_SID, "opcode" },
	    { 0, 32, 32, DEF, G_SID, 0, "StreamID" },
	    SPAN_END } },
};

/* ---------------- Identifier widths (docs/smmuv3.md: event, PRI and command fields) ---------------- */
static const struct iof_range_case iof_smmuv3_range_cases[] = {
	{ "SMMUv3 event SubstreamID", IOF_REC_SMMUV3_EVENT, 20, R_PASID },
	{ "SMMUv3 event STAG", IOF_REC_SMMUV3_EVENT, 16, R_GRPID },
	{ "SMMUv3 PRI SubstreamID", IOF_REC_SMMUV3_PRI, 20, R_PASID },
	{ "SMMUv3 PRI PRGIndex", IOF_REC_SMMUV3_PRI, 9, R_GRPID },
	{ "CMD_RESUME STAG", IOF_REC_SMMUV3_CMD_RESUME, 16, R_GRPID },
	{ "CMD_PRI_RESP SubstreamID", IOF_REC_SMMUV3_CMD_PRI_RESP, 20, R_PASID },
	{ "CMD_PRI_RESP PRGIndex", IOF_REC_SMMUV3_CMD_PRI_RESP, 9, R_GRPID },
};

/* ---------------- Every value of a code field ---------------- */

/* IHI 0070 G.b §7.3: architected event numbers; 0xE0-0xEF IMPDEF; all others reserved. */
static inline int vec_smmuv3_event_id(unsigned id)
{
	int defined = (id >= 0x01 && id <= 0x0b) || (id >= 0x10 && id <= 0x13) || id == 0x20 || id == 0x21 ||
		      id == 0x24 || id == 0x25 || (id >= 0xe0 && id <= 0xef);
	return defined ? IOF_OK : IOF_E_CODE;
}

/* §4.5.2, §4.7.1, §4.7.2: the opcode of each command. */
static inline int vec_smmuv3_cmd_pri_resp_opcode(unsigned op)
{
	return op == 0x41 ? IOF_OK : IOF_E_CODE;
}

static inline int vec_smmuv3_cmd_resume_opcode(unsigned op)
{
	return op == 0x44 ? IOF_OK : IOF_E_CODE;
}

static inline int vec_smmuv3_cmd_stall_term_opcode(unsigned op)
{
	return op == 0x45 ? IOF_OK : IOF_E_CODE;
}

static const struct iof_code_sweep iof_smmuv3_code_sweeps[] = {
	{ "SMMUv3 event id [7:0] (§7.3), StreamID 0x42", IOF_REC_SMMUV3_EVENT,
	  { 0x0042ull << 32, 0, 0, 0 }, 0, 0, 8, vec_smmuv3_event_id },
	{ "CMD_PRI_RESP opcode dw0[7:0], Resp dw1[13:12] = 0b10", IOF_REC_SMMUV3_CMD_PRI_RESP,
	  { 0, 2ull << 12 }, 0, 0, 8, vec_smmuv3_cmd_pri_resp_opcode },
	{ "CMD_RESUME opcode dw0[7:0], STAG 0x2000", IOF_REC_SMMUV3_CMD_RESUME,
	  { 0, 2ull << 12 }, 0, 0, 8, vec_smmuv3_cmd_resume_opcode },
	{ "CMD_STALL_TERM opcode dw0[7:0], StreamID 0x42", IOF_REC_SMMUV3_CMD_STALL_TERM,
	  { 0x0042ull << 32, 0 }, 0, 0, 8, vec_smmuv3_cmd_stall_term_opcode },
};

static const struct iof_vec_set iof_smmuv3_vec_set = {
	"SMMUv3",
	iof_smmuv3_vectors,
	IOF_VEC_COUNT(iof_smmuv3_vectors),
	iof_smmuv3_bit_maps,
	IOF_VEC_COUNT(iof_smmuv3_bit_maps),
	iof_smmuv3_range_cases,
	IOF_VEC_COUNT(iof_smmuv3_range_cases),
	iof_smmuv3_code_sweeps,
	IOF_VEC_COUNT(iof_smmuv3_code_sweeps),
};

#undef V_E
#undef V_SID
#undef V_PASID
#undef V_ADDR
#undef V_FETCH
#undef V_IPA
#undef V_S2
#undef V_LAST
#undef V_NEEDS

#endif
