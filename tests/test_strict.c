/* SPDX-License-Identifier: MIT */
/*
 * Strictness: every single bit of every record type, every 8-bit code, and
 * out-of-range identifiers for every encoder.
 *
 * Bit maps.  Each base record below is a valid record built from the spec
 * figures, with a hand-written map of its fields: word, lowest bit, width,
 * and the generic fields the field belongs to.  The maps are written from
 * the spec tables restated in the project reference notes (shared/reference/smmuv3.md) (IHI 0070 G.b
 * §7.3 event records, §8 PRI queue, §4.5.2 / §4.7 commands) and vtd.md (fault
 * recording register, page request descriptors, page group response) and
 * from the generic mapping in docs/ (reasons.md, responses.md, the detail
 * layout of each format) — never from the codecs' own field descriptors, so
 * they check the codecs rather than restate them.  Flipping one bit:
 *
 *  - a bit of a field (DEF) decodes with status OK in both modes and changes
 *    exactly the generic fields the map names (`must`), plus at most the
 *    ones it names as side effects (`may`);
 *  - a bit in no field is reserved (RES0 / RsvdZ): strict mode reports
 *    IOF_E_RESERVED, default mode decodes OK and changes at most the
 *    origin detail (where a decoder may keep bits for the round trip);
 *  - a bit of a code, type or valid field (ANY) may change the status, but
 *    must change the status or a generic field: no bit is ignored;
 *  - a bit the spec defines but calls irrelevant for this record (IRR, VT-d
 *    interrupt faults) changes at most the detail, strict mode may or may not
 *    flag it.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "hardening/codecs.h"
#include "rng.h"

/* ---- generic fields, as bits of a "changed" mask ---- */
enum {
	G_KIND = 1u << 0,
	G_REASON = 1u << 1,
	G_TXN = 1u << 2,
	G_AT = 1u << 3,
	G_FLAGS = 1u << 4,
	G_PERM = 1u << 5,
	G_SID = 1u << 6,
	G_PASID = 1u << 7,
	G_GRPID = 1u << 8,
	G_IRQ = 1u << 9,
	G_ADDR = 1u << 10,
	G_FETCH = 1u << 11,
	G_IPA = 1u << 12,
	G_LENGTH = 1u << 13,
	G_COUNT = 1u << 14,
	G_CODE = 1u << 15,   /* origin.code of a fault, code of a response */
	G_DETAIL = 1u << 16, /* origin.detail / response detail */
	G_RECORD = 1u << 17, /* origin.record / response record */
	G_OTHER = 1u << 18   /* size, reserved members */
};

static const char *const g_names[] = {"kind", "reason", "txn", "at", "flags", "perm", "source_id",
				      "pasid", "grpid", "irq_index", "addr", "fetch_addr", "ipa",
				      "length", "count", "code", "detail", "record", "other"};

static const char *g_str(uint32_t m)
{
	static char bufs[4][256];
	static unsigned next;
	char *buf = bufs[next++ % 4];
	size_t i, n = 0;
	buf[0] = 0;
	for (i = 0; i < sizeof(g_names) / sizeof(g_names[0]); i++)
		if (m & (1u << i))
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", n ? "," : "", g_names[i]);
	return n ? buf : "nothing";
}

static uint32_t fault_diff(const struct iof_fault *a, const struct iof_fault *b)
{
	uint32_t m = 0;
	m |= a->kind != b->kind ? G_KIND : 0u;
	m |= a->reason != b->reason ? G_REASON : 0u;
	m |= a->txn != b->txn ? G_TXN : 0u;
	m |= a->at != b->at ? G_AT : 0u;
	m |= a->flags != b->flags ? G_FLAGS : 0u;
	m |= a->perm != b->perm ? G_PERM : 0u;
	m |= a->source_id != b->source_id ? G_SID : 0u;
	m |= a->pasid != b->pasid ? G_PASID : 0u;
	m |= a->grpid != b->grpid ? G_GRPID : 0u;
	m |= a->irq_index != b->irq_index ? G_IRQ : 0u;
	m |= a->addr != b->addr ? G_ADDR : 0u;
	m |= a->fetch_addr != b->fetch_addr ? G_FETCH : 0u;
	m |= a->ipa != b->ipa ? G_IPA : 0u;
	m |= a->length != b->length ? G_LENGTH : 0u;
	m |= a->count != b->count ? G_COUNT : 0u;
	m |= a->origin.code != b->origin.code ? G_CODE : 0u;
	m |= memcmp(a->origin.detail, b->origin.detail, sizeof(a->origin.detail)) ? G_DETAIL : 0u;
	m |= a->origin.record != b->origin.record ? G_RECORD : 0u;
	m |= (a->size != b->size || a->origin.reserved0 != b->origin.reserved0 ||
	      memcmp(a->reserved, b->reserved, sizeof(a->reserved))) ? G_OTHER : 0u;
	return m;
}

static uint32_t resp_diff(const struct iof_page_response *a, const struct iof_page_response *b)
{
	uint32_t m = 0;
	m |= a->code != b->code ? G_CODE : 0u;
	m |= a->flags != b->flags ? G_FLAGS : 0u;
	m |= a->source_id != b->source_id ? G_SID : 0u;
	m |= a->pasid != b->pasid ? G_PASID : 0u;
	m |= a->grpid != b->grpid ? G_GRPID : 0u;
	m |= memcmp(a->detail, b->detail, sizeof(a->detail)) ? G_DETAIL : 0u;
	m |= a->record != b->record ? G_RECORD : 0u;
	m |= (a->size != b->size || a->reserved0 != b->reserved0 || a->reserved1 != b->reserved1) ? G_OTHER : 0u;
	return m;
}

/* ---- bit maps ---- */
enum span_class { DEF, ANY, IRR };

struct span {
	uint8_t word, lsb, width;
	uint8_t cls;
	uint32_t must, may;
	const char *name;
};

struct base {
	const char *name;  /* what the record is and its source */
	uint32_t record;   /* enum iof_record */
	uint64_t w[4];     /* the valid record */
	struct span s[24]; /* its fields; every other bit is reserved */
};

#define SPAN_END { 0, 0, 0, 0, 0, 0, 0 }

/* CMD_STALL_TERM decodes to a StreamID only: seen as a response here. */
static int stall_term_rdec(const void *rec, size_t len, unsigned opts, struct iof_page_response *out)
{
	uint32_t sid = 0;
	int rc = iof_smmuv3_cmd_stall_term_decode(rec, len, opts, &sid);
	iof_page_response_init(out);
	out->source_id = sid;
	return rc;
}

static const struct base bases[] = {
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

#define NBASES (sizeof(bases) / sizeof(bases[0]))

static const struct span *span_of(const struct base *b, unsigned word, unsigned bit)
{
	const struct span *s;
	for (s = b->s; s->width; s++)
		if (s->word == word && bit >= s->lsb && bit < (unsigned)s->lsb + s->width)
			return s;
	return NULL;
}

/* Decodes @rec of @b's record type, as a fault (@f) or a response (@r). */
static int dec(const struct base *b, const uint8_t *rec, size_t len, unsigned opts,
	       struct iof_fault *f, struct iof_page_response *r)
{
	const struct iof_hcodec *c = iof_hcodec_find(b->record);
	iof_fault_init(f);
	iof_page_response_init(r);
	if (b->record == IOF_REC_SMMUV3_CMD_STALL_TERM)
		return stall_term_rdec(rec, len, opts, r);
	cr_assert_not_null(c, "%s: no codec", b->name);
	return c->fdec ? c->fdec(rec, len, opts, f) : c->rdec(rec, len, opts, r);
}

static size_t record_size(uint32_t record)
{
	const struct iof_hcodec *c = iof_hcodec_find(record);
	return c ? c->size : IOF_SMMUV3_CMD_SIZE;
}

static int status_known(int st)
{
	return st <= 0 && st >= IOF_E_EMPTY;
}

static void flip_every_bit(const struct base *b)
{
	size_t len = record_size(b->record);
	uint8_t rec[32], mod[32];
	struct iof_fault f0, fs0, f;
	struct iof_page_response r0, rs0, r;
	unsigned bit, nres = 0, ndef = 0;
	int st, sts;

	memset(rec, 0, sizeof(rec));
	iof_words_store(rec, b->w, (unsigned)(len / 8));
	st = dec(b, rec, len, 0, &f0, &r0);
	sts = dec(b, rec, len, IOF_DECODE_STRICT, &fs0, &rs0);
	cr_assert_eq(st, IOF_OK, "%s: the base record decodes with %d", b->name, st);
	cr_assert_eq(sts, IOF_OK, "%s: the base record is not strict-clean (%d)", b->name, sts);

	for (bit = 0; bit < 8u * len; bit++) {
		unsigned word = bit / 64, wbit = bit % 64;
		const struct span *s = span_of(b, word, wbit);
		uint32_t changed, strict_changed;

		memcpy(mod, rec, sizeof(mod));
		mod[bit / 8] ^= (uint8_t)(1u << (bit % 8));
		st = dec(b, mod, len, 0, &f, &r);
		changed = fault_diff(&f0, &f) | resp_diff(&r0, &r);
		sts = dec(b, mod, len, IOF_DECODE_STRICT, &f, &r);
		strict_changed = fault_diff(&f0, &f) | resp_diff(&r0, &r);
		cr_expect(status_known(st) && status_known(sts), "%s: dw%u[%u]: unknown status %d/%d",
			  b->name, word, wbit, st, sts);
		if (st == sts)
			cr_expect_eq(changed, strict_changed,
				     "%s: dw%u[%u]: strict mode decodes other fields (%s)", b->name, word,
				     wbit, g_str(changed ^ strict_changed));

		if (!s) { /* reserved */
			nres++;
			cr_expect_eq(sts, IOF_E_RESERVED, "%s: reserved dw%u[%u]: strict status %d",
				     b->name, word, wbit, sts);
			cr_expect_eq(st, IOF_OK, "%s: reserved dw%u[%u]: default status %d", b->name,
				     word, wbit, st);
			cr_expect_eq(changed & ~(uint32_t)G_DETAIL, 0u,
				     "%s: reserved dw%u[%u] changed %s", b->name, word, wbit,
				     g_str(changed));
			continue;
		}
		ndef++;
		switch (s->cls) {
		case DEF:
			cr_expect_eq(st, IOF_OK, "%s: %s dw%u[%u]: status %d", b->name, s->name, word,
				     wbit, st);
			cr_expect_eq(sts, IOF_OK, "%s: %s dw%u[%u]: strict status %d", b->name,
				     s->name, word, wbit, sts);
			cr_expect((changed & s->must) == s->must && !(changed & ~(s->must | s->may)),
				  "%s: %s dw%u[%u] changed {%s}; the map says {%s}", b->name, s->name,
				  word, wbit, g_str(changed), g_str(s->must));
			break;
		case IRR:
			cr_expect_eq(st, IOF_OK, "%s: %s dw%u[%u]: status %d", b->name, s->name, word,
				     wbit, st);
			cr_expect(sts == IOF_OK || sts == IOF_E_RESERVED,
				  "%s: %s dw%u[%u]: strict status %d", b->name, s->name, word, wbit, sts);
			cr_expect_eq(changed & ~(uint32_t)G_DETAIL, 0u, "%s: %s dw%u[%u] changed %s",
				     b->name, s->name, word, wbit, g_str(changed));
			break;
		default: /* ANY */
			cr_expect(st != IOF_OK || changed,
				  "%s: %s dw%u[%u] is ignored: nothing changed", b->name, s->name, word,
				  wbit);
			cr_expect((changed & s->must) == s->must, "%s: %s dw%u[%u] changed {%s}, not {%s}",
				  b->name, s->name, word, wbit, g_str(changed), g_str(s->must));
			break;
		}
	}
	cr_log_info("%s: %u defined bits, %u reserved bits", b->name, ndef, nres);
}

Test(strict, flip_every_bit_of_every_record_type)
{
	size_t i;
	for (i = 0; i < NBASES; i++)
		flip_every_bit(&bases[i]);
}

/* Every record type that has a codec has at least one base record above. */
Test(strict, every_record_type_has_a_bit_map)
{
	size_t i, j;
	for (i = 0; i < IOF_HCODEC_COUNT; i++) {
		int found = 0;
		for (j = 0; j < NBASES; j++)
			found |= bases[j].record == iof_hcodecs[i].record;
		cr_expect(found, "%s has no bit map", iof_hcodecs[i].name);
	}
}

/* ---- every 8-bit code ---- */

/* IHI 0070 G.b §7.3: architected event numbers; 0xE0-0xEF IMPDEF; all others reserved. */
static int smmuv3_event_defined(unsigned id)
{
	return (id >= 0x01 && id <= 0x0b) || (id >= 0x10 && id <= 0x13) || id == 0x20 || id == 0x21 ||
	       id == 0x24 || id == 0x25 || (id >= 0xe0 && id <= 0xef);
}

/* vtd.md §2: values no source defines (0x00 is reserved for advanced fault logging). */
static int vtd_fr_undefined(unsigned fr)
{
	return fr == 0 || (fr >= 0x34 && fr <= 0x37) || (fr >= 0x3b && fr <= 0x3f) ||
	       (fr >= 0x49 && fr <= 0x4f) || (fr >= 0x53 && fr <= 0x57) || (fr >= 0x5e && fr <= 0x6f) ||
	       (fr >= 0x7e && fr <= 0x7f) || (fr >= 0x8a && fr <= 0x8f) || fr >= 0x92;
}

static void check_code_decode(const char *what, unsigned code, int st, int sts,
			      const struct iof_fault *f)
{
	cr_expect(st == IOF_OK || st == IOF_E_CODE, "%s %#x: status %d", what, code, st);
	cr_expect(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), "%s %#x: strict %d, default %d",
		  what, code, sts, st);
	cr_expect_eq(f->origin.code, code, "%s %#x: origin.code %#x", what, code, f->origin.code);
	cr_expect(f->kind < IOF_KIND_COUNT && f->reason < IOF_REASON_COUNT && f->txn < IOF_TXN_COUNT &&
			  f->at < IOF_AT_COUNT && !(f->flags & ~IOF_FLAG_ALL_V1) &&
			  !(f->perm & ~IOF_PERM_ALL_V1),
		  "%s %#x: out-of-range generic values", what, code);
	cr_expect(iof_reason_name(f->reason)[0] != '?', "%s %#x: reason without a name", what, code);
}

Test(strict, every_smmuv3_event_id)
{
	unsigned id;
	for (id = 0; id < 256; id++) {
		uint8_t rec[32];
		uint64_t w[4] = {id | (0x0042ull << 32), 0, 0, 0};
		struct iof_fault f, fs;
		int st, sts;
		iof_words_store(rec, w, 4);
		st = iof_smmuv3_event_decode(rec, sizeof(rec), 0, &f);
		sts = iof_smmuv3_event_decode(rec, sizeof(rec), IOF_DECODE_STRICT, &fs);
		check_code_decode("SMMUv3 event id", id, st, sts, &f);
		cr_expect_eq(st, smmuv3_event_defined(id) ? IOF_OK : IOF_E_CODE,
			     "event id %#x: status %d (§7.3 says %s)", id, st,
			     smmuv3_event_defined(id) ? "defined" : "reserved");
		cr_expect(smmuv3_event_defined(id) || f.kind == IOF_KIND_NONE,
			  "reserved event id %#x: kind %u", id, f.kind);
	}
}

Test(strict, every_vtd_fault_reason)
{
	unsigned fr;
	for (fr = 0; fr < 256; fr++) {
		uint8_t rec[16];
		uint64_t w[2] = {0x1000, 0x00fe | ((uint64_t)fr << 32) | (1ull << 63)};
		struct iof_fault f, fs;
		int st, sts;
		iof_words_store(rec, w, 2);
		st = iof_vtd_fault_decode(rec, sizeof(rec), 0, &f);
		sts = iof_vtd_fault_decode(rec, sizeof(rec), IOF_DECODE_STRICT, &fs);
		check_code_decode("VT-d FR", fr, st, sts, &f);
		if (vtd_fr_undefined(fr))
			cr_expect_eq(st, IOF_E_CODE, "FR %#x is defined by no source: status %d", fr, st);
		cr_expect(fr < 0x20 || fr > 0x2f || st != IOF_OK || f.kind == IOF_KIND_IRQ_FAULT,
			  "FR %#x (interrupt remapping range): kind %u", fr, f.kind);
		/* F=0: not a record, whatever the code */
		w[1] &= ~(1ull << 63);
		iof_words_store(rec, w, 2);
		cr_expect_eq(iof_vtd_fault_decode(rec, sizeof(rec), 0, &f), IOF_E_EMPTY, "FR %#x, F=0", fr);
	}
}

Test(strict, every_type_and_opcode)
{
	unsigned v;
	for (v = 0; v < 256; v++) {
		uint8_t rec[32] = {0};
		struct iof_fault f;
		struct iof_page_response r;
		uint32_t sid;
		int st;

		rec[0] = (uint8_t)v; /* VT-d page request Type, qw0[7:0] */
		rec[8] = 0x1;        /* RD */
		st = iof_vtd_page_request_decode(rec, 32, 0, &f);
		cr_expect_eq(st, v == 0x01 ? IOF_OK : IOF_E_CODE, "page request type %#x: %d", v, st);
		cr_expect_eq(f.origin.code, v, "page request type %#x: origin.code", v);

		memset(rec, 0, sizeof(rec));
		rec[0] = (uint8_t)v; /* SMMUv3 command opcode, dw0[7:0] */
		rec[9] = 0x20;       /* CMD_PRI_RESP Resp = 0b10, dw1[13:12] */
		st = iof_smmuv3_cmd_pri_resp_decode(rec, 16, 0, &r);
		cr_expect_eq(st, v == 0x41 ? IOF_OK : IOF_E_CODE, "CMD_PRI_RESP opcode %#x: %d", v, st);
		st = iof_smmuv3_cmd_resume_decode(rec, 16, 0, &r);
		cr_expect_eq(st, v == 0x44 ? IOF_OK : IOF_E_CODE, "CMD_RESUME opcode %#x: %d", v, st);
		st = iof_smmuv3_cmd_stall_term_decode(rec, 16, 0, &sid);
		cr_expect(st == (v == 0x45 ? IOF_OK : IOF_E_CODE) || (v == 0x45 && st == IOF_OK),
			  "CMD_STALL_TERM opcode %#x: %d", v, st);
	}
}

/* ---- encoders reject identifiers wider than their field ---- */

struct range_case {
	const char *what;
	uint32_t record;
	unsigned width; /* bits of the hardware field */
	int field;      /* 0 source_id, 1 pasid, 2 grpid, 3 irq_index */
};

/* Field widths from the spec tables (smmuv3.md §1.1, §2, §3; vtd.md §1.2, §3, §4). */
static const struct range_case range_cases[] = {
	{ "SMMUv3 event SubstreamID", IOF_REC_SMMUV3_EVENT, 20, 1 },
	{ "SMMUv3 event STAG", IOF_REC_SMMUV3_EVENT, 16, 2 },
	{ "SMMUv3 PRI SubstreamID", IOF_REC_SMMUV3_PRI, 20, 1 },
	{ "SMMUv3 PRI PRGIndex", IOF_REC_SMMUV3_PRI, 9, 2 },
	{ "CMD_RESUME STAG", IOF_REC_SMMUV3_CMD_RESUME, 16, 2 },
	{ "CMD_PRI_RESP SubstreamID", IOF_REC_SMMUV3_CMD_PRI_RESP, 20, 1 },
	{ "CMD_PRI_RESP PRGIndex", IOF_REC_SMMUV3_CMD_PRI_RESP, 9, 2 },
	{ "VT-d FRCD SID", IOF_REC_VTD_FAULT, 16, 0 },
	{ "VT-d FRCD PV", IOF_REC_VTD_FAULT, 20, 1 },
	{ "VT-d FRCD interrupt index", IOF_REC_VTD_FAULT, 16, 3 },
	{ "VT-d page request RID", IOF_REC_VTD_PAGE_REQ, 16, 0 },
	{ "VT-d page request PASID", IOF_REC_VTD_PAGE_REQ, 20, 1 },
	{ "VT-d page request PRG index", IOF_REC_VTD_PAGE_REQ, 9, 2 },
	{ "VT-d 2.x page request RID", IOF_REC_VTD_PAGE_REQ_V2, 16, 0 },
	{ "VT-d 2.x page request PASID", IOF_REC_VTD_PAGE_REQ_V2, 20, 1 },
	{ "VT-d 2.x page request PRG index", IOF_REC_VTD_PAGE_REQ_V2, 9, 2 },
	{ "VT-d page group response RID", IOF_REC_VTD_PAGE_GRP_RESP, 16, 0 },
	{ "VT-d page group response PASID", IOF_REC_VTD_PAGE_GRP_RESP, 20, 1 },
	{ "VT-d page group response PRG index", IOF_REC_VTD_PAGE_GRP_RESP, 9, 2 },
	{ "VT-d 2.x page group response RID", IOF_REC_VTD_PAGE_GRP_RESP_V2, 16, 0 },
	{ "VT-d 2.x page group response PASID", IOF_REC_VTD_PAGE_GRP_RESP_V2, 20, 1 },
	{ "VT-d 2.x page group response PRG index", IOF_REC_VTD_PAGE_GRP_RESP_V2, 9, 2 },
};

/* A valid generic record the case's encoder accepts: a base record decoded. */
static const struct base *base_for(const struct range_case *rc)
{
	size_t i;
	for (i = 0; i < NBASES; i++) {
		if (bases[i].record != rc->record)
			continue;
		/* the field must be in use: a stalled event for STAG, an IRQ fault for the index */
		if (rc->record == IOF_REC_SMMUV3_EVENT && rc->field == 2 && !(bases[i].w[1] >> 31 & 1))
			continue;
		if (rc->record == IOF_REC_VTD_FAULT && (rc->field == 3) != (bases[i].w[0] >> 48 == 0x42))
			continue;
		return &bases[i];
	}
	return NULL;
}

static uint32_t *range_field(uint32_t *sid, uint32_t *pasid, uint32_t *grpid, uint32_t *irq, int field)
{
	return field == 0 ? sid : field == 1 ? pasid : field == 2 ? grpid : irq;
}

Test(strict, encoders_reject_out_of_range_identifiers)
{
	struct iof_rng rng = {0x5a7e1d5ull};
	size_t i;
	unsigned n;

	for (i = 0; i < sizeof(range_cases) / sizeof(range_cases[0]); i++) {
		const struct range_case *rc = &range_cases[i];
		const struct base *b = base_for(rc);
		const struct iof_hcodec *c = iof_hcodec_find(rc->record);
		uint8_t rec[32], out[32];
		struct iof_fault f0, f;
		struct iof_page_response r0, r;
		size_t len;

		cr_assert_not_null(b, "%s: no base record", rc->what);
		cr_assert_not_null(c, "%s: no codec", rc->what);
		len = c->size;
		memset(rec, 0, sizeof(rec));
		iof_words_store(rec, b->w, (unsigned)(len / 8));
		cr_assert_eq(dec(b, rec, len, 0, &f0, &r0), IOF_OK, "%s: base", rc->what);
		for (n = 0; n < 2000; n++) {
			/* a value with at least one bit above the field, up to 32 bits */
			uint32_t v = (uint32_t)((1ull << rc->width) +
						iof_rng_next(&rng) % ((1ull << 32) - (1ull << rc->width)));
			uint32_t lost = 0;
			int st;
			f = f0;
			r = r0;
			if (c->fenc) {
				*range_field(&f.source_id, &f.pasid, &f.grpid, &f.irq_index, rc->field) = v;
				st = c->fenc(&f, out, len, &lost);
			} else {
				uint32_t irq_unused = 0;
				*range_field(&r.source_id, &r.pasid, &r.grpid, &irq_unused, rc->field) = v;
				st = c->renc(&r, out, len);
			}
			cr_expect_eq(st, IOF_E_RANGE, "%s = %#x: encoder returned %d (lost %#x)", rc->what,
				     v, st, lost);
			if (st != IOF_E_RANGE)
				break;
		}
	}
}
