/* SPDX-License-Identifier: MIT */
/*
 * Tests of the Intel VT-d codec (include/iommu_fault/vtd.h).
 *
 * Expected values come from outside the code: the bit positions of the
 * spec field tables (restated in tests/vectors/vtd.h and docs/vtd.md), the
 * reason table in docs/vtd.md, real Linux log lines (dmar.c formats) and
 * the PCIe PRG response codes.  Property tests use the seeded generator in
 * tests/rng.h, so a failure replays identically.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "iommu_fault/vtd.h"
#include "rng.h"
#include "vectors/vtd.h"

#define NVEC (sizeof(iof_vtd_vectors) / sizeof(iof_vtd_vectors[0]))
#define ROUNDS 100000

/* ---- helpers ---- */

static void store_words(uint8_t *b, const uint64_t *w, unsigned n)
{
	unsigned i, j;
	for (i = 0; i < n; i++)
		for (j = 0; j < 8; j++)
			b[8 * i + j] = (uint8_t)(w[i] >> (8 * j));
}

static uint64_t load_word(const uint8_t *b, unsigned i)
{
	uint64_t v = 0;
	unsigned j;
	for (j = 0; j < 8; j++)
		v |= (uint64_t)b[8 * i + j] << (8 * j);
	return v;
}

static int decode_any(uint32_t record, const uint8_t *b, size_t len, unsigned opts, struct iof_fault *f)
{
	switch (record) {
	case IOF_REC_VTD_FAULT: return iof_vtd_fault_decode(b, len, opts, f);
	case IOF_REC_VTD_PAGE_REQUEST: return iof_vtd_page_request_decode(b, len, opts, f);
	case IOF_REC_VTD_PAGE_REQUEST_V2: return iof_vtd_page_request_v2_decode(b, len, opts, f);
	default: return 99;
	}
}

static int decode_resp(uint32_t record, const uint8_t *b, size_t len, unsigned opts, struct iof_page_response *r)
{
	switch (record) {
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE: return iof_vtd_page_group_response_decode(b, len, opts, r);
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2: return iof_vtd_page_group_response_v2_decode(b, len, opts, r);
	default: return 99;
	}
}

static int is_resp(uint32_t record)
{
	return record == IOF_REC_VTD_PAGE_GROUP_RESPONSE || record == IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
}

static size_t record_size(uint32_t record)
{
	switch (record) {
	case IOF_REC_VTD_FAULT: return IOF_VTD_FAULT_SIZE;
	case IOF_REC_VTD_PAGE_REQUEST: return IOF_VTD_PAGE_REQUEST_SIZE;
	case IOF_REC_VTD_PAGE_REQUEST_V2: return IOF_VTD_PAGE_REQUEST_V2_SIZE;
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE: return IOF_VTD_PAGE_GROUP_RESPONSE_SIZE;
	case IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2: return IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE;
	default: return 0;
	}
}

static void check_resp_expect(const char *name, const struct iof_page_response *r, const struct iof_vec_expect *e)
{
	cr_expect_eq(r->size, IOF_PAGE_RESPONSE_SIZE_V1, "%s: size", name);
	cr_expect_eq(r->code, e->code, "%s: code %u != %u", name, r->code, e->code);
	cr_expect_eq(r->flags, e->flags, "%s: flags 0x%x != 0x%x", name, r->flags, e->flags);
	cr_expect_eq(r->source_id, e->source_id, "%s: source_id 0x%x", name, r->source_id);
	cr_expect_eq(r->pasid, e->pasid, "%s: pasid 0x%x", name, r->pasid);
	cr_expect_eq(r->grpid, e->grpid, "%s: grpid 0x%x", name, r->grpid);
}

static void check_expect(const char *name, const struct iof_fault *f, const struct iof_vec_expect *e)
{
	cr_expect_eq(f->size, IOF_FAULT_SIZE_V1, "%s: size", name);
	cr_expect_eq(f->kind, e->kind, "%s: kind %u != %u", name, f->kind, e->kind);
	cr_expect_eq(f->reason, e->reason, "%s: reason %s != %s", name, iof_reason_name(f->reason),
		     iof_reason_name(e->reason));
	cr_expect_eq(f->txn, e->txn, "%s: txn %u != %u", name, f->txn, e->txn);
	cr_expect_eq(f->at, e->at, "%s: at", name);
	cr_expect_eq(f->flags, e->flags, "%s: flags 0x%x != 0x%x", name, f->flags, e->flags);
	cr_expect_eq(f->perm, e->perm, "%s: perm 0x%x != 0x%x", name, f->perm, e->perm);
	cr_expect_eq(f->source_id, e->source_id, "%s: source_id 0x%x", name, f->source_id);
	cr_expect_eq(f->pasid, e->pasid, "%s: pasid 0x%x", name, f->pasid);
	cr_expect_eq(f->grpid, e->grpid, "%s: grpid", name);
	cr_expect_eq(f->irq_index, e->irq_index, "%s: irq_index 0x%x", name, f->irq_index);
	cr_expect_eq(f->addr, e->addr, "%s: addr 0x%llx", name, (unsigned long long)f->addr);
	cr_expect_eq(f->fetch_addr, e->fetch_addr, "%s: fetch_addr", name);
	cr_expect_eq(f->ipa, e->ipa, "%s: ipa", name);
	cr_expect_eq(f->length, e->length, "%s: length", name);
	cr_expect_eq(f->count, 0u, "%s: count", name);
	cr_expect_eq(f->origin.code, e->code, "%s: origin.code 0x%x", name, f->origin.code);
}

/* ---- vectors ---- */

Test(vtd_vectors, every_row_decodes_as_the_spec_tables_say)
{
	size_t i;
	for (i = 0; i < NVEC; i++) {
		const struct iof_vec *v = &iof_vtd_vectors[i];
		uint8_t b[32], out[32];
		struct iof_fault f;
		int rc;
		store_words(b, v->w, v->nwords);
		cr_assert_eq(record_size(v->record), 8u * v->nwords, "%s: record size", v->name);
		if (is_resp(v->record)) {
			struct iof_page_response r;
			rc = decode_resp(v->record, b, 8u * v->nwords, 0, &r);
			cr_expect_eq(rc, v->status, "%s: status %d != %d", v->name, rc, v->status);
			cr_expect_eq(r.record, v->record, "%s: record", v->name);
			check_resp_expect(v->name, &r, &v->e);
			if (rc == IOF_OK) {
				/* every OK row re-encodes bit for bit (detail keeps the rest) */
				rc = v->record == IOF_REC_VTD_PAGE_GROUP_RESPONSE
					     ? iof_vtd_page_group_response_encode(&r, out, 8u * v->nwords)
					     : iof_vtd_page_group_response_v2_encode(&r, out, 8u * v->nwords);
				cr_expect_eq(rc, 0, "%s: encode", v->name);
				cr_expect_eq(memcmp(b, out, 8u * v->nwords), 0, "%s: re-encoded bytes", v->name);
			}
			rc = decode_resp(v->record, b, 8u * v->nwords, IOF_DECODE_STRICT, &r);
			cr_expect_eq(rc, v->strict_status, "%s: strict status %d != %d", v->name, rc, v->strict_status);
			check_resp_expect(v->name, &r, &v->e);
			continue;
		}
		rc = decode_any(v->record, b, 8u * v->nwords, 0, &f);
		cr_expect_eq(rc, v->status, "%s: status %d != %d", v->name, rc, v->status);
		cr_expect_eq(f.origin.record, v->record, "%s: origin.record", v->name);
		check_expect(v->name, &f, &v->e);
		rc = decode_any(v->record, b, 8u * v->nwords, IOF_DECODE_STRICT, &f);
		cr_expect_eq(rc, v->strict_status, "%s: strict status %d != %d", v->name, rc, v->strict_status);
		check_expect(v->name, &f, &v->e);
	}
}

Test(vtd_vectors, one_row_per_defined_reason_code)
{
	uint32_t fr;
	unsigned n = 0;
	for (fr = 0; fr < 256; fr++) {
		size_t i;
		int found = 0;
		if (!iof_vtd_fr_defined(fr))
			continue;
		n++;
		for (i = 0; i < NVEC; i++)
			if (iof_vtd_vectors[i].record == IOF_REC_VTD_FAULT && iof_vtd_vectors[i].e.code == fr &&
			    iof_vtd_vectors[i].status == 0)
				found = 1;
		cr_expect(found, "no vector for FR 0x%02x", fr);
	}
	/* 14 legacy + 10 interrupt remapping + 51 scalable mode (docs/vtd.md). */
	cr_expect_eq(n, 75u);
}

Test(vtd_vectors, both_page_request_layouts_give_the_same_generic_request)
{
	/* Rows 0 of each layout describe the same request (tests/vectors/vtd.h). */
	const struct iof_vec *v3 = IOF_NULL, *v2 = IOF_NULL;
	struct iof_fault a, b;
	uint8_t r3[32], r2[16];
	size_t i;
	for (i = 0; i < NVEC; i++) {
		if (!v3 && iof_vtd_vectors[i].record == IOF_REC_VTD_PAGE_REQUEST)
			v3 = &iof_vtd_vectors[i];
		if (!v2 && iof_vtd_vectors[i].record == IOF_REC_VTD_PAGE_REQUEST_V2)
			v2 = &iof_vtd_vectors[i];
	}
	cr_assert(v3 && v2);
	store_words(r3, v3->w, 4);
	store_words(r2, v2->w, 2);
	cr_assert_eq(iof_vtd_page_request_decode(r3, 32, 0, &a), 0);
	cr_assert_eq(iof_vtd_page_request_v2_decode(r2, 16, 0, &b), 0);
	memset(&a.origin, 0, sizeof(a.origin));
	memset(&b.origin, 0, sizeof(b.origin));
	cr_expect(iof_fault_equal(&a, &b));
}

/* ---- the real Linux log lines ---- */

static const char *find_vec(const char *prefix, struct iof_fault *f)
{
	size_t i;
	for (i = 0; i < NVEC; i++) {
		if (!strncmp(iof_vtd_vectors[i].name, prefix, strlen(prefix))) {
			uint8_t b[16];
			store_words(b, iof_vtd_vectors[i].w, 2);
			cr_assert_eq(iof_vtd_fault_decode(b, 16, IOF_DECODE_STRICT, f), 0);
			return iof_vtd_fr_desc(f->origin.code);
		}
	}
	cr_assert_fail("no vector %s", prefix);
	return "";
}

Test(vtd_linux_log, dma_read_pte_read_access_not_set)
{
	/* DMAR: [DMA Read NO_PASID] Request device [00:02.0] fault addr 0x7fb2c000
	 * [fault reason 0x06] PTE Read access is not set */
	struct iof_fault f;
	const char *d = find_vec("linux: [DMA Read", &f);
	cr_expect_eq(f.source_id, (0x00u << 8) | (0x02u << 3) | 0x0u); /* 00:02.0 */
	cr_expect_eq(f.addr, 0x7fb2c000ull);
	cr_expect_eq(f.origin.code, 0x06u);
	cr_expect_eq(f.txn, IOF_TXN_MEMORY);
	cr_expect_eq(f.perm, IOF_PERM_READ);              /* "DMA Read" */
	cr_expect_eq(f.flags & IOF_FLAG_PASID_VALID, 0u); /* "NO_PASID" */
	cr_expect(strstr(d, "PTE") && strstr(d, "read"), "description: %s", d);
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x06), "LGN.3");
}

Test(vtd_linux_log, dma_write_pte_write_access_not_set)
{
	/* DMAR: [DMA Write NO_PASID] Request device [03:00.0] fault addr 0xfee0a000
	 * [fault reason 0x05] PTE Write access is not set */
	struct iof_fault f;
	const char *d = find_vec("linux: [DMA Write", &f);
	cr_expect_eq(f.source_id, 0x0300u);
	cr_expect_eq(f.addr, 0xfee0a000ull);
	cr_expect_eq(f.origin.code, 0x05u);
	cr_expect_eq(f.perm, IOF_PERM_WRITE);
	cr_expect_eq(f.flags & IOF_FLAG_PASID_VALID, 0u);
	cr_expect(strstr(d, "PTE") && strstr(d, "write"), "description: %s", d);
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x05), "LGN.2");
}

Test(vtd_linux_log, intr_remap_compatibility_format_blocked)
{
	/* DMAR: [INTR-REMAP] Request device [f0:1f.0] fault index 0x17
	 * [fault reason 0x25] Blocked a compatibility format interrupt request */
	struct iof_fault f;
	const char *d = find_vec("linux: [INTR-REMAP]", &f);
	cr_expect_eq(f.source_id, (0xf0u << 8) | (0x1fu << 3) | 0x0u); /* f0:1f.0 */
	cr_expect_eq(f.kind, IOF_KIND_IRQ_FAULT);
	cr_expect_eq(f.txn, IOF_TXN_INTERRUPT);
	cr_expect_eq(f.irq_index, 0x17u); /* Linux prints addr >> 48 */
	cr_expect_eq(f.flags & IOF_FLAG_ADDR_VALID, 0u);
	cr_expect_eq(f.origin.code, 0x25u);
	cr_expect(strstr(d, "compatibility") && strstr(d, "interrupt") && strstr(d, "blocked"), "description: %s", d);
}

/* ---- reason table ---- */

Test(vtd_reasons, table_is_indexed_by_fr)
{
	/* The table has a row per 8-bit FR; undefined rows are all zero. */
	uint32_t fr;
	unsigned n = 0;
	for (fr = 0; fr < 256; fr++) {
		const struct iof_vtd_fr_info *r = iof_vtd_fr_row_(fr);
		if (r->reason == IOF_REASON_NONE) {
			cr_expect(r->fr == 0 && r->flags == 0 && !r->mnemonic && !r->desc,
				  "FR 0x%02x: undefined row not zero", fr);
			cr_expect_eq(iof_vtd_fr_lookup(fr), IOF_NULL);
			continue;
		}
		n++;
		cr_expect_eq(r->fr, fr, "row 0x%02x holds FR 0x%02x", fr, r->fr);
		cr_expect_eq(iof_vtd_fr_lookup(fr), r);
		cr_expect(r->mnemonic && r->desc, "FR 0x%02x names", fr);
	}
	cr_expect_eq(n, 75u);
	cr_expect_eq(iof_vtd_fr_lookup(0x100 | IOF_VTD_FR_LCT_2), IOF_NULL);
	cr_expect_eq(iof_vtd_fr_reason(0x100 | IOF_VTD_FR_LCT_2), (uint32_t)IOF_REASON_IMPDEF);
	cr_expect_eq(iof_vtd_fr_stage2(0x100 | IOF_VTD_FR_SSS_2), 0);
	cr_expect_eq(iof_vtd_fr_qualified(0x100 | IOF_VTD_FR_LCT_2), 0);
}

Test(vtd_reasons, decoder_layout_assumptions)
{
	/* iof_vtd_fault_decode reads T2, PRIV, EXE with one shift; the response decoder maps 0x0/0x1 by value. */
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FAULT_T2), 1u);
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FAULT_PRIV), 1u);
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FAULT_EXE), 1u);
	cr_expect_eq(IOF_FD_LSB(IOF_VTD_FAULT_PRIV), IOF_FD_LSB(IOF_VTD_FAULT_T2) + 1);
	cr_expect_eq(IOF_FD_LSB(IOF_VTD_FAULT_EXE), IOF_FD_LSB(IOF_VTD_FAULT_T2) + 2);
	cr_expect_eq(IOF_VTD_RESP_SUCCESS, (unsigned)IOF_RESP_SUCCESS);
	cr_expect_eq(IOF_VTD_RESP_INVALID, (unsigned)IOF_RESP_INVALID);
}

Test(vtd_reasons, field_masks_are_the_field_lists)
{
	/* The constant masks against the documented reserved bits (tests/vectors/vtd.h header). */
	cr_expect_eq(iof_vtd_fault_defined_mask(0, 0), ~(uint64_t)0xfff);
	cr_expect_eq(iof_vtd_fault_defined_mask(0, 1), ~(uint64_t)0 << 48);
	cr_expect_eq(iof_vtd_fault_defined_mask(1, 0), ~((uint64_t)0xfff << 16));
	cr_expect_eq(iof_vtd_fault_defined_mask(1, 1), ~((uint64_t)0xfff << 16));
	cr_expect_eq(iof_vtd_fault_defined_mask(2, 0), 0u);
	cr_expect_eq(iof_vtd_page_request_defined_mask(0), ~((uint64_t)0x3f << 10 | ~(uint64_t)0 << 54));
	cr_expect_eq(iof_vtd_page_request_defined_mask(2), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_page_request_defined_mask(3), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_page_request_defined_mask(4), 0u);
	cr_expect_eq(iof_vtd_page_group_response_defined_mask(0), ~((uint64_t)7 << 6 | ~(uint64_t)0 << 52));
	cr_expect_eq(iof_vtd_page_group_response_defined_mask(1), (uint64_t)0x1ff << 3 | (uint64_t)1 << 2);
	cr_expect_eq(iof_vtd_page_group_response_defined_mask(3), ~(uint64_t)0);
}

Test(vtd_reasons, table_is_consistent)
{
	uint32_t fr;
	for (fr = 0; fr < 300; fr++) {
		const struct iof_vtd_fr_info *i = iof_vtd_fr_lookup(fr);
		if (!i) {
			cr_expect_str_eq(iof_vtd_fr_mnemonic(fr), "?");
			cr_expect_str_eq(iof_vtd_fr_desc(fr), "?");
			cr_expect_eq(iof_vtd_fr_qualified(fr), 0);
			cr_expect_eq(iof_vtd_fr_reason(fr), (uint32_t)IOF_REASON_IMPDEF);
			continue;
		}
		cr_expect_eq(i->fr, fr);
		cr_expect(i->reason != IOF_REASON_NONE && i->reason != IOF_REASON_IMPDEF &&
				  i->reason < IOF_REASON_COUNT,
			  "FR 0x%02x reason", fr);
		cr_expect_eq(iof_vtd_fr_reason(fr), i->reason);
		/* Interrupt-remapping class <=> interrupt reasons <=> 0x20-0x2F. */
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_IRQ), iof_vtd_fr_is_irq(fr), "FR 0x%02x class", fr);
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_IRQ),
			     i->reason == IOF_REASON_IRQ_INVALID || i->reason == IOF_REASON_IRQ_ENTRY_FETCH ||
				     i->reason == IOF_REASON_BAD_IRQ_ENTRY,
			     "FR 0x%02x reason class", fr);
		/* Stage 2: the second-stage group SSS.* (0x78-0x7D), and the codes Linux dmar.c
		 * words as the second stage's view of nested translation: 0x74-0x77 "... in Nested
		 * translation", 0x84 "Second-level entry address beyond the max" (docs/vtd.md). */
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_STAGE2),
			     !strncmp(i->mnemonic, "SSS.", 4) || (fr >= 0x74 && fr <= 0x77) || fr == 0x84, "FR 0x%02x",
			     fr);
		cr_expect_eq(iof_vtd_fr_stage2(fr), !!(i->flags & IOF_VTD_FRF_STAGE2));
		cr_expect(strlen(i->desc) > 10 && strlen(i->desc) < 100);
		cr_expect_eq(i->reserved, 0);
	}
	/* Newer letters (SFS/SSS) for first- and second-stage codes. */
	cr_expect_str_eq(iof_vtd_fr_mnemonic(IOF_VTD_FR_SFS_1), "SFS.1");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(IOF_VTD_FR_SFS_10), "SFS.10");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(IOF_VTD_FR_SSS_5), "SSS.5");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(IOF_VTD_FR_SPT_2), "SPT.2");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(IOF_VTD_FR_LCT_2), "LCT.2");
	cr_expect_eq(IOF_VTD_FR_SPT_2, 0x59);
	cr_expect_eq(IOF_VTD_FR_LRT_2, 0x01);
	cr_expect_eq(IOF_VTD_FR_SFS_9, 0x90);
}

Test(vtd_reasons, qualified_per_documented_basis)
{
	/* QEMU vtd_qualified_faults[] for the legacy codes. */
	static const uint8_t q_legacy[] = {0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0c, 0x0d, 0x0e};
	static const uint8_t nq[] = {0x01, 0x08, 0x09, 0x0a, 0x0b, 0x20, 0x21, 0x23, 0x25,
				     0x29, 0x30, 0x31, 0x32, 0x33, 0x38, 0x39, 0x3a};
	/* IRTE / PID FPD: VirtualBox vtdIrFaultIsQualified(). */
	static const uint8_t q_ir[] = {0x22, 0x24, 0x26, 0x27, 0x28};
	size_t i;
	uint32_t fr;
	for (i = 0; i < sizeof(q_legacy); i++)
		cr_expect(iof_vtd_fr_qualified(q_legacy[i]), "0x%02x", q_legacy[i]);
	for (i = 0; i < sizeof(q_ir); i++)
		cr_expect(iof_vtd_fr_qualified(q_ir[i]), "0x%02x", q_ir[i]);
	for (i = 0; i < sizeof(nq); i++)
		cr_expect(!iof_vtd_fr_qualified(nq[i]), "0x%02x", nq[i]);
	/* Spec class statement: SCT, SPD, SPT, SFS, SSS, SGN are qualified. */
	for (fr = 0x40; fr < 0x100; fr++)
		if (iof_vtd_fr_defined(fr))
			cr_expect(iof_vtd_fr_qualified(fr), "0x%02x", fr);
}

/* ---- every FR value, every length ---- */

Test(vtd_fault, all_256_reason_codes_decode)
{
	uint32_t fr;
	for (fr = 0; fr < 256; fr++) {
		uint64_t w[2] = {0x0000123456789000ull | ((uint64_t)0x0042 << 48),
				 ((uint64_t)1 << 63) | ((uint64_t)fr << 32) | 0x0010u};
		uint8_t b[16];
		struct iof_fault f;
		int rc;
		store_words(b, w, 2);
		rc = iof_vtd_fault_decode(b, 16, 0, &f);
		cr_expect_eq(rc, iof_vtd_fr_defined(fr) ? 0 : IOF_E_CODE, "FR 0x%02x", fr);
		cr_expect_eq(f.origin.code, fr);
		cr_expect_eq(f.source_id, 0x0010u);
		cr_expect_eq(f.kind, (fr >= 0x20 && fr <= 0x2f) ? IOF_KIND_IRQ_FAULT : IOF_KIND_DMA_FAULT);
		cr_expect_eq(f.reason, iof_vtd_fr_reason(fr));
	}
}

Test(vtd_fault, empty_slot_round_trips_bit_exact)
{
	/* F=0 is kept inverted in origin.detail[1] bit 63; a recorded fault has it clear. */
	static const uint64_t slots[][2] = {
		{0, 0},                                                                  /* cleared register */
		{0x7ff3c000ull, ((uint64_t)0x06 << 32) | ((uint64_t)1 << 62) | 0x00feu}, /* LGN.3 with F cleared */
		{(uint64_t)0x42 << 48, ((uint64_t)0x22 << 32) | 0xf0f8u},                /* IR 0x22 with F cleared */
	};
	size_t i;
	for (i = 0; i < sizeof(slots) / sizeof(slots[0]); i++) {
		uint8_t b[16], out[16];
		struct iof_fault f, g;
		uint32_t lost = 0xdead;
		store_words(b, slots[i], 2);
		cr_expect_eq(iof_vtd_fault_decode(b, 16, 0, &f), IOF_E_EMPTY, "slot %zu", i);
		cr_expect_eq(f.origin.detail[1] >> 63, 1u, "slot %zu: F=0 kept", i);
		cr_assert_eq(iof_vtd_fault_encode(&f, out, sizeof(out), &lost), 0, "slot %zu", i);
		cr_expect_eq(lost, 0u);
		cr_expect_eq(memcmp(b, out, 16), 0, "slot %zu: qw1 %016llx -> %016llx", i,
			     (unsigned long long)slots[i][1], (unsigned long long)load_word(out, 1));
		/* The same record with F=1 has no detail bit 63, and converts without loss of detail. */
		store_words(b, slots[i], 2);
		b[15] |= 0x80;
		cr_expect_neq(iof_vtd_fault_decode(b, 16, 0, &g), IOF_E_EMPTY);
		cr_expect_eq(g.origin.detail[1] >> 63, 0u);
		g.origin.detail[1] |= f.origin.detail[1] & ((uint64_t)1 << 63);
		cr_expect(iof_fault_equal(&f, &g), "slot %zu: only F differs", i);
	}
}

Test(vtd_fault, short_inputs)
{
	uint8_t b[32];
	struct iof_fault f;
	struct iof_page_response r;
	size_t len;
	memset(b, 0xff, sizeof(b));
	for (len = 0; len < 32; len++) {
		if (len < 16) {
			cr_expect_eq(iof_vtd_fault_decode(b, len, 0, &f), IOF_E_SHORT);
			cr_expect_eq(f.size, IOF_FAULT_SIZE_V1);
			cr_expect_eq(f.kind, 0);
			cr_expect_eq(iof_vtd_page_request_v2_decode(b, len, 0, &f), IOF_E_SHORT);
			cr_expect_eq(iof_vtd_page_group_response_decode(b, len, 0, &r), IOF_E_SHORT);
			cr_expect_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1);
		}
		cr_expect_eq(iof_vtd_page_request_decode(b, len, 0, &f), IOF_E_SHORT);
	}
	cr_expect_eq(iof_vtd_fault_decode(IOF_NULL, 0, 0, &f), IOF_E_INVAL); /* null before short */
	cr_expect_eq(iof_vtd_fault_decode(IOF_NULL, 16, 0, &f), IOF_E_INVAL);
	cr_expect_eq(iof_vtd_fault_decode(b, 16, 0, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, IOF_NULL), IOF_E_INVAL);
}

/* ---- reserved bits, one at a time ---- */

/* Reserved bits by hand from the field tables (tests/vectors/vtd.h header). */
static int frcd_reserved(unsigned word, unsigned bit, int irq)
{
	if (word == 0)
		return bit < 12 || (irq && bit < 48);
	return bit >= 16 && bit <= 27;
}

Test(vtd_strict, each_fault_record_reserved_bit)
{
	int irq;
	for (irq = 0; irq < 2; irq++) {
		unsigned word, bit;
		uint64_t base[2] = {irq ? ((uint64_t)0x0042 << 48) : 0x7ff3c000ull,
				    ((uint64_t)1 << 63) | ((uint64_t)(irq ? 0x22 : 0x06) << 32) | 0x0010u};
		for (word = 0; word < 2; word++) {
			uint64_t defined = iof_vtd_fault_defined_mask(word, irq);
			for (bit = 0; bit < 64; bit++) {
				uint64_t w[2] = {base[0], base[1]};
				uint8_t b[16];
				struct iof_fault plain, strict;
				int rsv = frcd_reserved(word, bit, irq);
				cr_expect_eq(!(defined >> bit & 1), rsv, "irq %d qw%u bit %u", irq, word, bit);
				if (!rsv)
					continue;
				w[word] |= (uint64_t)1 << bit;
				store_words(b, w, 2);
				cr_expect_eq(iof_vtd_fault_decode(b, 16, 0, &plain), 0);
				cr_expect_eq(iof_vtd_fault_decode(b, 16, IOF_DECODE_STRICT, &strict), IOF_E_RESERVED,
					     "irq %d qw%u bit %u", irq, word, bit);
				cr_expect(iof_fault_equal(&plain, &strict));
				cr_expect_eq(plain.origin.detail[word] >> bit & 1, 1u, "kept in detail");
			}
		}
	}
}

Test(vtd_strict, each_page_request_reserved_bit)
{
	unsigned bit;
	for (bit = 0; bit < 64; bit++) {
		/* qw0 reserved: 15:10 and 63:54 (field table). */
		int rsv = (bit >= 10 && bit <= 15) || bit >= 54;
		uint64_t w[4] = {0x01u | ((uint64_t)0x0300 << 16), 0x1ull | 0x3000ull, 0, 0};
		uint8_t b[32];
		struct iof_fault f;
		cr_expect_eq(!(iof_vtd_page_request_defined_mask(0) >> bit & 1), rsv, "bit %u", bit);
		if (!rsv)
			continue;
		w[0] |= (uint64_t)1 << bit;
		store_words(b, w, 4);
		cr_expect_eq(iof_vtd_page_request_decode(b, 32, 0, &f), 0);
		cr_expect_eq(iof_vtd_page_request_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED, "bit %u", bit);
	}
	cr_expect_eq(iof_vtd_page_request_defined_mask(1), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_page_request_v2_defined_mask(0), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_page_request_v2_defined_mask(1), ~(uint64_t)0);
}

Test(vtd_strict, each_page_group_response_reserved_bit)
{
	unsigned word, bit;
	for (word = 0; word < 2; word++) {
		for (bit = 0; bit < 64; bit++) {
			/* qw0 reserved 8:6 and 63:52; qw1 reserved 1:0 and 63:12 (field table). */
			int rsv = word == 0 ? ((bit >= 6 && bit <= 8) || bit >= 52) : (bit <= 1 || bit >= 12);
			uint64_t w[4] = {0x9u | ((uint64_t)0x0300 << 16), (uint64_t)1 << 2, 0, 0};
			uint8_t b[32];
			struct iof_page_response r;
			cr_expect_eq(!(iof_vtd_page_group_response_defined_mask(word) >> bit & 1), rsv, "qw%u bit %u",
				     word, bit);
			if (!rsv)
				continue;
			w[word] |= (uint64_t)1 << bit;
			store_words(b, w, 4);
			cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), 0);
			cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, IOF_DECODE_STRICT, &r), IOF_E_RESERVED);
		}
	}
}

/* ---- round trips ---- */

static void round_trip_records(uint32_t record, unsigned nwords, uint64_t seed, int clear_reserved)
{
	struct iof_rng rng = {seed};
	unsigned n;
	for (n = 0; n < ROUNDS; n++) {
		uint64_t w[4];
		uint8_t in[32], out[32];
		struct iof_fault f;
		uint32_t lost = 0xdead;
		unsigned i;
		int rc;
		for (i = 0; i < nwords; i++)
			w[i] = iof_rng_next(&rng);
		if (record == IOF_REC_VTD_FAULT) {
			if (clear_reserved) {
				w[1] |= (uint64_t)1 << 63; /* F=1; the any-bits run keeps empty slots (F=0) too */
				int irq = iof_vtd_fr_is_irq((uint32_t)(w[1] >> 32 & 0xff));
				w[0] &= iof_vtd_fault_defined_mask(0, irq);
				w[1] &= iof_vtd_fault_defined_mask(1, irq);
			}
		} else if (record == IOF_REC_VTD_PAGE_REQUEST && clear_reserved) {
			w[0] &= iof_vtd_page_request_defined_mask(0);
		}
		store_words(in, w, nwords);
		rc = decode_any(record, in, 8u * nwords, 0, &f);
		if (rc != 0 && rc != IOF_E_CODE && rc != IOF_E_EMPTY)
			cr_assert_fail("seed %llu round %u: decode %d", (unsigned long long)seed, n, rc);
		memset(out, 0xa5, sizeof(out));
		switch (record) {
		case IOF_REC_VTD_FAULT: rc = iof_vtd_fault_encode(&f, out, sizeof(out), &lost); break;
		case IOF_REC_VTD_PAGE_REQUEST: rc = iof_vtd_page_request_encode(&f, out, sizeof(out), &lost); break;
		default: rc = iof_vtd_page_request_v2_encode(&f, out, sizeof(out), &lost); break;
		}
		if (rc || lost || memcmp(in, out, 8u * nwords))
			cr_assert_fail("round %u: encode %d lost 0x%x, qw0 %016llx -> %016llx, qw1 %016llx -> %016llx",
				       n, rc, lost, (unsigned long long)w[0], (unsigned long long)load_word(out, 0),
				       (unsigned long long)w[1], (unsigned long long)load_word(out, 1));
	}
}

Test(vtd_roundtrip, fault_records_reserved_clear)
{
	round_trip_records(IOF_REC_VTD_FAULT, 2, 1, 1);
}
Test(vtd_roundtrip, fault_records_any_bits)
{
	round_trip_records(IOF_REC_VTD_FAULT, 2, 2, 0);
}
Test(vtd_roundtrip, page_requests_reserved_clear)
{
	round_trip_records(IOF_REC_VTD_PAGE_REQUEST, 4, 3, 1);
}
Test(vtd_roundtrip, page_requests_any_bits)
{
	round_trip_records(IOF_REC_VTD_PAGE_REQUEST, 4, 4, 0);
}
Test(vtd_roundtrip, page_requests_v2_any_bits)
{
	round_trip_records(IOF_REC_VTD_PAGE_REQUEST_V2, 2, 5, 0);
}

Test(vtd_roundtrip, page_group_responses)
{
	struct iof_rng rng = {6};
	static const uint64_t rc_hw[3] = {0x0, 0x1, 0xf}; /* PCIe PRG response codes */
	unsigned n;
	for (n = 0; n < ROUNDS; n++) {
		uint64_t w[4], pp = iof_rng_bits(&rng, 1), priv = iof_rng_bits(&rng, 1);
		uint8_t in[32], out[32];
		struct iof_page_response r;
		size_t len = priv ? 32 : (iof_rng_bits(&rng, 1) ? 32 : 16);
		int rc;
		w[0] = 0x9u | pp << 4 | priv << 5 | rc_hw[iof_rng_next(&rng) % 3] << 12 | iof_rng_bits(&rng, 16) << 16 |
		       (pp ? iof_rng_bits(&rng, 20) << 32 : 0);
		w[1] = (uint64_t)1 << 2 | iof_rng_bits(&rng, 9) << 3;
		w[2] = priv ? iof_rng_next(&rng) | 1 : 0;
		w[3] = priv ? iof_rng_next(&rng) : 0;
		store_words(in, w, 4);
		rc = iof_vtd_page_group_response_decode(in, len, IOF_DECODE_STRICT, &r);
		if (rc)
			cr_assert_fail("round %u: decode %d", n, rc);
		memset(out, 0xa5, sizeof(out));
		rc = iof_vtd_page_group_response_encode(&r, out, len);
		if (rc || memcmp(in, out, len) || (len == 16 && out[16] != 0xa5))
			cr_assert_fail("round %u: encode %d qw0 %016llx -> %016llx", n, rc, (unsigned long long)w[0],
				       (unsigned long long)load_word(out, 0));
	}
}

/* Generic faults of VT-d origin, generated field by field. */
Test(vtd_roundtrip, generic_faults_of_vtd_origin)
{
	struct iof_rng rng = {7};
	unsigned n;
	for (n = 0; n < ROUNDS; n++) {
		struct iof_fault g, d;
		uint8_t b[16];
		uint32_t lost = 0xdead, fr = (uint32_t)iof_rng_bits(&rng, 8);
		int rc, irq = fr >= 0x20 && fr <= 0x2f;
		iof_fault_init(&g);
		g.origin.record = IOF_REC_VTD_FAULT;
		g.origin.code = fr;
		g.reason = (uint8_t)iof_vtd_fr_reason(fr);
		g.flags = IOF_FLAG_SOURCE_ID_VALID;
		g.source_id = (uint32_t)iof_rng_bits(&rng, 16);
		if (irq) {
			g.kind = IOF_KIND_IRQ_FAULT;
			g.txn = IOF_TXN_INTERRUPT;
			g.flags |= IOF_FLAG_IRQ_INDEX_VALID;
			g.irq_index = (uint32_t)iof_rng_bits(&rng, 16);
			g.origin.detail[0] = iof_rng_bits(&rng, 48); /* qw0 below FI[63:48] */
			g.origin.detail[1] = iof_rng_next(&rng) & 0x7fffffffffff0000ull & ~((uint64_t)0xff << 32);
		} else {
			static const uint32_t type_perm[4] = {IOF_PERM_WRITE, 0, IOF_PERM_READ,
							      IOF_PERM_READ | IOF_PERM_WRITE};
			unsigned t = (unsigned)iof_rng_bits(&rng, 2);
			g.kind = IOF_KIND_DMA_FAULT;
			g.txn = t == 1 ? IOF_TXN_PAGE_REQUEST : IOF_TXN_MEMORY;
			g.perm = type_perm[t] | (uint32_t)iof_rng_bits(&rng, 2) << 2; /* EXEC, PRIV */
			g.at = (uint8_t)iof_rng_bits(&rng, 2);
			g.flags |= IOF_FLAG_ADDR_VALID;
			g.addr = iof_rng_next(&rng) & ~0xfffull;
			if (iof_vtd_fr_stage2(fr))
				g.flags |= IOF_FLAG_STAGE2;
			g.origin.detail[0] = iof_rng_bits(&rng, 12);       /* FI 11:0 */
			g.origin.detail[1] = iof_rng_bits(&rng, 12) << 16; /* bits 91:80 */
			if (iof_rng_bits(&rng, 1)) {
				g.flags |= IOF_FLAG_PASID_VALID;
				g.pasid = (uint32_t)iof_rng_bits(&rng, 20);
			} else {
				g.origin.detail[1] |= iof_rng_bits(&rng, 20) << 40; /* PV without PP */
			}
		}
		rc = iof_vtd_fault_encode(&g, b, sizeof(b), &lost);
		if (rc || lost)
			cr_assert_fail("round %u FR 0x%02x: encode %d lost 0x%x", n, fr, rc, lost);
		rc = iof_vtd_fault_decode(b, 16, 0, &d);
		if ((rc != 0 && rc != IOF_E_CODE) || !iof_fault_equal(&g, &d))
			cr_assert_fail("round %u FR 0x%02x: decode %d, generic record changed", n, fr, rc);
	}
}

Test(vtd_roundtrip, generic_page_requests_of_vtd_origin)
{
	struct iof_rng rng = {8};
	unsigned n;
	for (n = 0; n < ROUNDS; n++) {
		struct iof_fault g, d;
		uint8_t b[32];
		uint32_t lost = 0xdead;
		int rc, v2 = (int)iof_rng_bits(&rng, 1), pasid = (int)iof_rng_bits(&rng, 1);
		iof_fault_init(&g);
		g.kind = IOF_KIND_PAGE_REQUEST;
		g.txn = IOF_TXN_PAGE_REQUEST;
		g.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
		g.perm = (uint32_t)iof_rng_bits(&rng, 4);
		g.source_id = (uint32_t)iof_rng_bits(&rng, 16);
		g.grpid = (uint32_t)iof_rng_bits(&rng, 9);
		g.addr = iof_rng_next(&rng) & ~0xfffull;
		if (pasid) {
			g.flags |= IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
			g.pasid = (uint32_t)iof_rng_bits(&rng, 20);
		}
		if (iof_rng_bits(&rng, 1))
			g.flags |= IOF_FLAG_LAST;
		if ((g.flags & IOF_FLAG_LAST) && pasid && !(g.perm & (IOF_PERM_READ | IOF_PERM_WRITE))) {
			/* a stop marker expects no response: PASID_VALID only (fault.h) */
			g.kind = IOF_KIND_STOP_MARKER;
			g.flags &= ~(uint32_t)(IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID);
		}
		if (v2) {
			g.origin.record = IOF_REC_VTD_PAGE_REQUEST_V2;
			g.origin.detail[0] =
				iof_rng_next(&rng) & (0x3ull | ((uint64_t)0x7fffff << 32)); /* SRR BOF priv */
			rc = iof_vtd_page_request_v2_encode(&g, b, sizeof(b), &lost);
			if (!rc)
				rc = iof_vtd_page_request_v2_decode(b, 16, 0, &d);
		} else {
			g.origin.record = IOF_REC_VTD_PAGE_REQUEST;
			g.origin.code = IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ;
			if (iof_rng_bits(&rng, 1)) {
				g.flags |= IOF_FLAG_PRIV_DATA;
				g.origin.detail[1] = iof_rng_next(&rng);
				g.origin.detail[2] = iof_rng_next(&rng);
			}
			rc = iof_vtd_page_request_encode(&g, b, sizeof(b), &lost);
			if (!rc)
				rc = iof_vtd_page_request_decode(b, 32, IOF_DECODE_STRICT, &d);
		}
		if (rc || lost || !iof_fault_equal(&g, &d))
			cr_assert_fail("round %u (v2 %d): %d lost 0x%x", n, v2, rc, lost);
	}
}

/* ---- encoder validation: one test per field ---- */

static void dma_fault(struct iof_fault *f)
{
	iof_fault_init(f);
	f->kind = IOF_KIND_DMA_FAULT;
	f->reason = IOF_REASON_PERMISSION;
	f->txn = IOF_TXN_MEMORY;
	f->perm = IOF_PERM_READ;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID;
	f->source_id = 0x0010;
	f->pasid = 5;
	f->addr = 0x7ff3c000;
	f->origin.record = IOF_REC_VTD_FAULT;
	f->origin.code = 0x86;
}

static void irq_fault(struct iof_fault *f)
{
	iof_fault_init(f);
	f->kind = IOF_KIND_IRQ_FAULT;
	f->reason = IOF_REASON_IRQ_INVALID;
	f->txn = IOF_TXN_INTERRUPT;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_IRQ_INDEX_VALID;
	f->source_id = 0xf0f8;
	f->irq_index = 0x17;
	f->origin.record = IOF_REC_VTD_FAULT;
	f->origin.code = 0x25;
}

static void page_req(struct iof_fault *f)
{
	iof_fault_init(f);
	f->kind = IOF_KIND_PAGE_REQUEST;
	f->txn = IOF_TXN_PAGE_REQUEST;
	f->perm = IOF_PERM_READ;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID |
		   IOF_FLAG_LAST;
	f->source_id = 0x0300;
	f->pasid = 1;
	f->grpid = 3;
	f->addr = 0x1000;
}

/*
 * Each encoder that takes struct iof_fault, into a buffer of stale bytes one
 * larger than the record; on error the record's bytes must be zeroed (not
 * the byte past it) and *lost must be 0 (calling contract, docs/vtd.md).
 */
typedef int (*fenc_fn)(const struct iof_fault *, void *, size_t, uint32_t *);
static int enc_checked(fenc_fn fn, size_t size, const struct iof_fault *f)
{
	uint8_t b[33];
	uint32_t lost = 0xdead;
	size_t i;
	int rc;
	memset(b, 0x5a, sizeof(b));
	rc = fn(f, b, size, &lost);
	if (rc) {
		for (i = 0; i < size; i++)
			cr_expect_eq(b[i], 0, "byte %zu not zeroed on error %d", i, rc);
		cr_expect_eq(lost, 0u, "lost 0x%x on error %d", lost, rc);
	}
	cr_expect_eq(b[size], 0x5a, "byte past the record written");
	return rc;
}
static int enc_fault(const struct iof_fault *f)
{
	return enc_checked(iof_vtd_fault_encode, 16, f);
}
static int enc_prq(const struct iof_fault *f)
{
	return enc_checked(iof_vtd_page_request_encode, 32, f);
}
static int enc_prq2(const struct iof_fault *f)
{
	return enc_checked(iof_vtd_page_request_v2_encode, 16, f);
}

Test(vtd_encode, pasid_beyond_20_bits)
{
	struct iof_fault f;
	dma_fault(&f);
	f.pasid = 1u << 20;
	cr_expect_eq(enc_fault(&f), IOF_E_RANGE);
	f.pasid = (1u << 20) - 1;
	cr_expect_eq(enc_fault(&f), 0);
	page_req(&f);
	f.pasid = 1u << 20;
	cr_expect_eq(enc_prq(&f), IOF_E_RANGE);
	cr_expect_eq(enc_prq2(&f), IOF_E_RANGE);
}

Test(vtd_encode, prg_index_beyond_9_bits)
{
	struct iof_fault f;
	page_req(&f);
	f.grpid = 1u << 9;
	cr_expect_eq(enc_prq(&f), IOF_E_RANGE);
	cr_expect_eq(enc_prq2(&f), IOF_E_RANGE);
	f.grpid = (1u << 9) - 1;
	cr_expect_eq(enc_prq(&f), 0);
	cr_expect_eq(enc_prq2(&f), 0);
}

Test(vtd_encode, address_with_page_offset_bits)
{
	struct iof_fault f;
	unsigned bit;
	for (bit = 0; bit < 12; bit++) {
		dma_fault(&f);
		f.addr |= 1ull << bit;
		cr_expect_eq(enc_fault(&f), IOF_E_RANGE, "bit %u", bit);
		page_req(&f);
		f.addr |= 1ull << bit;
		cr_expect_eq(enc_prq(&f), IOF_E_RANGE);
		cr_expect_eq(enc_prq2(&f), IOF_E_RANGE);
	}
}

Test(vtd_encode, source_id_beyond_16_bits)
{
	struct iof_fault f;
	dma_fault(&f);
	f.source_id = 0x10000;
	cr_expect_eq(enc_fault(&f), IOF_E_RANGE);
	irq_fault(&f);
	f.source_id = 0x10000;
	cr_expect_eq(enc_fault(&f), IOF_E_RANGE);
	page_req(&f);
	f.source_id = 0x10000;
	cr_expect_eq(enc_prq(&f), IOF_E_RANGE);
	cr_expect_eq(enc_prq2(&f), IOF_E_RANGE);
}

Test(vtd_encode, interrupt_index_beyond_16_bits)
{
	struct iof_fault f;
	irq_fault(&f);
	f.irq_index = 0x10000;
	cr_expect_eq(enc_fault(&f), IOF_E_RANGE);
}

Test(vtd_encode, irq_fault_with_address_and_dma_fault_with_index)
{
	struct iof_fault f;
	irq_fault(&f);
	f.flags |= IOF_FLAG_ADDR_VALID;
	f.addr = 0xfee00000;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 1;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	/* Kind and FR class must agree. */
	dma_fault(&f);
	f.origin.code = 0x25;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.origin.record = 0;
	f.origin.code = 0;
	f.reason = IOF_REASON_IRQ_INVALID;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	f.reason = IOF_REASON_NONE;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
}

Test(vtd_encode, fault_reason_beyond_8_bits)
{
	struct iof_fault f;
	dma_fault(&f);
	f.origin.code = 0x100;
	cr_expect_eq(enc_fault(&f), IOF_E_RANGE);
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQUEST;
	f.origin.code = 0x100;
	cr_expect_eq(enc_prq(&f), IOF_E_RANGE);
}

Test(vtd_encode, flags_perm_and_enumerators_outside_abi_v1)
{
	struct iof_fault f;
	dma_fault(&f);
	f.flags |= 1u << 11;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.perm |= 1u << 4;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.reason = IOF_REASON_COUNT;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.at = IOF_AT_COUNT;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.reserved[2] = 1;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	page_req(&f);
	f.flags |= 1u << 31;
	cr_expect_eq(enc_prq(&f), IOF_E_INVAL);
	cr_expect_eq(enc_prq2(&f), IOF_E_INVAL);
	page_req(&f);
	f.kind = IOF_KIND_COUNT;
	cr_expect_eq(enc_prq(&f), IOF_E_INVAL);
}

Test(vtd_encode, detail_outside_the_documented_bits)
{
	struct iof_fault f;
	dma_fault(&f);
	f.origin.detail[0] = 0x1000; /* FI bit: carried by addr, not detail */
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.origin.detail[1] = (uint64_t)1 << 40; /* PV while PP=1 */
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
	dma_fault(&f);
	f.origin.detail[2] = 1;
	cr_expect_eq(enc_fault(&f), IOF_E_INVAL);
}

Test(vtd_encode, capacity_too_small)
{
	struct iof_fault f;
	struct iof_page_response r;
	uint8_t b[32];
	uint32_t lost;
	dma_fault(&f);
	cr_expect_eq(iof_vtd_fault_encode(&f, b, 15, &lost), IOF_E_SHORT);
	page_req(&f);
	cr_expect_eq(iof_vtd_page_request_encode(&f, b, 31, &lost), IOF_E_SHORT);
	cr_expect_eq(iof_vtd_page_request_v2_encode(&f, b, 15, &lost), IOF_E_SHORT);
	iof_page_response_init(&r);
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 15), IOF_E_SHORT);
	r.detail[0] = 1; /* Private Data does not fit a 128-bit queue slot */
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 16), IOF_E_SHORT);
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), 0);
}

Test(vtd_encode, kinds_the_record_cannot_hold)
{
	struct iof_fault f;
	page_req(&f);
	cr_expect_eq(enc_fault(&f), IOF_E_UNSUPPORTED);
	dma_fault(&f);
	cr_expect_eq(enc_prq(&f), IOF_E_UNSUPPORTED);
	cr_expect_eq(enc_prq2(&f), IOF_E_UNSUPPORTED);
	/* A stop marker has a PASID and no read/write. */
	page_req(&f);
	f.kind = IOF_KIND_STOP_MARKER;
	cr_expect_eq(enc_prq(&f), IOF_E_INVAL);
	f.perm = 0;
	f.flags &= ~(uint32_t)(IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID);
	cr_expect_eq(enc_prq(&f), IOF_E_INVAL);
}

/* ---- loss reporting ---- */

Test(vtd_lost, nothing_is_dropped_silently)
{
	struct iof_fault f;
	uint8_t b[16], z[16];
	uint32_t lost;
	/* A generic record from another format (an SMMUv3-like stage-2 translation fault). */
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PTE_FETCH;
	f.txn = IOF_TXN_MEMORY;
	f.perm = IOF_PERM_READ;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_IPA_VALID | IOF_FLAG_FETCH_ADDR_VALID |
		  IOF_FLAG_FATAL;
	f.source_id = 0x10;
	f.addr = 0x40000000;
	f.ipa = 0x80000000;
	f.fetch_addr = 0x90000000;
	f.grpid = 7;
	f.length = 64;
	f.origin.record = IOF_REC_SMMUV3_EVENT;
	f.origin.code = 0x10;
	f.origin.detail[0] = 1;
	memset(b, 0x5a, sizeof(b));
	memset(z, 0, sizeof(z));
	cr_expect_eq(iof_vtd_fault_encode(&f, b, sizeof(b), IOF_NULL), IOF_E_LOSSY);
	cr_expect_eq(memcmp(b, z, 16), 0, "zeroed when lossy");
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost,
		     IOF_LOST_CODE | IOF_LOST_DETAIL | IOF_LOST_IPA | IOF_LOST_FETCH_ADDR | IOF_LOST_FLAGS |
			     IOF_LOST_GRPID | IOF_LOST_LENGTH,
		     "lost 0x%x", lost);
	/* Legacy code for a request without PASID: LSL.2, reserved field in a PTE. */
	cr_expect_eq(load_word(b, 1) >> 32 & 0xff, 0x0cu);

	/* Stage 2 with a reason that has no stage-2 code (REQUEST_INVALID: SCT.5). */
	dma_fault(&f);
	f.origin.record = 0;
	f.origin.code = 0;
	f.reason = IOF_REASON_REQUEST_INVALID;
	f.flags |= IOF_FLAG_STAGE2;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_FLAGS);
	cr_expect_eq(load_word(b, 1) >> 32 & 0xff, 0x44u);
	/* A VT-d origin whose FR is stage 2 (SSS.2) while the generic record says stage 1. */
	dma_fault(&f);
	f.origin.code = IOF_VTD_FR_SSS_2;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_FLAGS);
	/* An IOMMU error has no record of its own. */
	dma_fault(&f);
	f.kind = IOF_KIND_IOMMU_ERROR;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_KIND);
	/* A memory access without read or write: VT-d must say write. */
	dma_fault(&f);
	f.perm = IOF_PERM_EXEC;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_PERM);
	/* Interrupt fault: PASID, access and AT have no place. */
	irq_fault(&f);
	f.flags |= IOF_FLAG_PASID_VALID;
	f.perm = IOF_PERM_WRITE;
	f.at = IOF_AT_TRANSLATED;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_PASID | IOF_LOST_PERM | IOF_LOST_TXN);
}

Test(vtd_lost, reverse_reason_table)
{
	uint32_t reason;
	int pasid, s2;
	for (reason = 1; reason < IOF_REASON_COUNT; reason++) {
		for (pasid = 0; pasid < 2; pasid++) {
			for (s2 = 0; s2 < 2; s2++) {
				struct iof_fault f, d;
				uint8_t b[16];
				uint32_t lost;
				int irq = reason >= IOF_REASON_IRQ_INVALID;
				if (irq) {
					irq_fault(&f);
				} else {
					dma_fault(&f);
					if (!pasid)
						f.flags &= ~(uint32_t)IOF_FLAG_PASID_VALID;
					if (s2)
						f.flags |= IOF_FLAG_STAGE2;
				}
				f.origin.record = 0;
				f.origin.code = 0;
				f.reason = (uint8_t)reason;
				cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
				cr_assert_eq(iof_vtd_fault_decode(b, 16, IOF_DECODE_STRICT, &d), 0);
				/* Only IMPDEF and SOURCEID_INVALID have no exact FR. */
				cr_expect_eq(!!(lost & IOF_LOST_REASON),
					     reason == IOF_REASON_IMPDEF || reason == IOF_REASON_SOURCEID_INVALID,
					     "reason %s", iof_reason_name(reason));
				cr_expect_eq(d.reason == reason, !(lost & IOF_LOST_REASON));
				cr_expect_eq(!!(lost & IOF_LOST_FLAGS),
					     (d.flags & IOF_FLAG_STAGE2) != (f.flags & IOF_FLAG_STAGE2));
				/* With a PASID only scalable-mode codes; without, legacy where one exists. */
				if (!irq && pasid)
					cr_expect_geq(d.origin.code, 0x30u, "reason %s", iof_reason_name(reason));
			}
		}
	}
}

Test(vtd_lost, page_request_from_another_format)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;
	page_req(&f);
	f.origin.record = IOF_REC_SMMUV3_PRI;
	f.origin.detail[0] = 3;
	f.at = IOF_AT_TRANSLATED;
	f.flags |= IOF_FLAG_PRIV_DATA;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_DETAIL | IOF_LOST_TXN | IOF_LOST_FLAGS, "lost 0x%x", lost);
	/* A last request with no access and a PASID would come back as a stop marker,
	 * which has no LAST / NEEDS_PASID (fault.h): the kind and those flags are lost. */
	page_req(&f);
	f.perm = 0;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_KIND | IOF_LOST_FLAGS, "lost 0x%x", lost);
	/* 256-bit private data cannot go into the 2.x layout. */
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQUEST;
	f.origin.code = 1;
	f.flags |= IOF_FLAG_PRIV_DATA;
	f.origin.detail[1] = 0x1234;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_DETAIL | IOF_LOST_FLAGS, "lost 0x%x", lost);
	cr_expect_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), IOF_NULL), IOF_E_LOSSY);
}

/* ---- page group response ---- */

Test(vtd_response, codes_are_mapped_not_copied)
{
	/* PCIe PRG response codes: Success 0h, Invalid Request 1h, Response Failure Fh. */
	static const uint32_t want[3] = {0x0, 0x1, 0xf};
	uint32_t code;
	for (code = 0; code < IOF_RESP_COUNT; code++) {
		struct iof_page_response r, d;
		uint8_t b[32];
		uint64_t qw0, qw1;
		iof_page_response_init(&r);
		r.code = code;
		r.flags = IOF_RESP_FLAG_PASID_VALID;
		r.source_id = 0x0300;
		r.pasid = 0xabcde;
		r.grpid = 0x1ff;
		r.record = IOF_REC_VTD_PAGE_GROUP_RESPONSE;
		cr_assert_eq(iof_vtd_page_group_response_encode(&r, b, sizeof(b)), 0);
		qw0 = load_word(b, 0);
		qw1 = load_word(b, 1);
		cr_expect_eq(qw0 & 0xf, 0x9u);  /* Type[3:0] */
		cr_expect_eq(qw0 >> 4 & 1, 1u); /* PP */
		cr_expect_eq(qw0 >> 5 & 1, 0u); /* PDP */
		cr_expect_eq(qw0 >> 9 & 7, 0u); /* Type[6:4] */
		cr_expect_eq(qw0 >> 12 & 0xf, want[code], "code %u", code);
		cr_expect_eq(qw0 >> 16 & 0xffff, 0x0300u);   /* RID */
		cr_expect_eq(qw0 >> 32 & 0xfffff, 0xabcdeu); /* PASID */
		cr_expect_eq(qw1, (uint64_t)0x1ff << 3);     /* PRG index; bit 2 Reserved since rev 4.0 */
		cr_expect_eq(load_word(b, 2) | load_word(b, 3), 0u);
		cr_assert_eq(iof_vtd_page_group_response_decode(b, 32, IOF_DECODE_STRICT, &d), 0);
		cr_expect_eq(memcmp(&r, &d, sizeof(r)), 0);
	}
}

Test(vtd_response, reserved_code_2_is_not_failure)
{
	/* What Linux put on the wire for IOMMU_PAGE_RESP_FAILURE: code 2 (reserved). */
	uint64_t w[4] = {0x9u | 0x2u << 12 | (uint64_t)0x0300 << 16, (uint64_t)1 << 2, 0, 0};
	uint8_t b[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_CODE);
	cr_expect_eq(r.code, IOF_RESP_FAILURE);
	cr_expect_eq(r.source_id, 0x0300u);
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GROUP_RESPONSE);
}

Test(vtd_response, what_the_generic_response_cannot_say)
{
	/* LPIG=0: a rev 3.x private-data response to a non-last request; every field still decoded. */
	uint64_t w[4] = {0x9u | (uint64_t)1 << 4 | (uint64_t)1 << 5 | (uint64_t)0x1 << 12 | (uint64_t)0x0300 << 16 |
				 (uint64_t)0xabcde << 32,
			 (uint64_t)0x1ff << 3, 0x1234, 0x5678};
	uint8_t b[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	memset(&r, 0xa5, sizeof(r));
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	cr_expect_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1);
	cr_expect_eq(r.code, IOF_RESP_INVALID);
	cr_expect_eq(r.flags, IOF_RESP_FLAG_PASID_VALID);
	cr_expect_eq(r.source_id, 0x0300u);
	cr_expect_eq(r.pasid, 0xabcdeu);
	cr_expect_eq(r.grpid, 0x1ffu);
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	cr_expect_eq(r.reserved0, 0);
	cr_expect_eq(r.reserved1, 0u);
	cr_expect_eq(r.detail[0], 0x1234u);
	cr_expect_eq(r.detail[1], 0x5678u);
	w[0] = 0x9u | (uint64_t)0x0300 << 16;
	w[1] = (uint64_t)1 << 2;
	w[2] = w[3] = 0;
	w[0] |= (uint64_t)1 << 5; /* PDP without data */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	w[0] &= ~((uint64_t)1 << 5);
	w[0] |= (uint64_t)5 << 32; /* PASID value with PP=0 */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	w[0] = 0xau | (uint64_t)0x0300 << 16; /* type 0xA: the removed page stream response */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_CODE);
	w[0] = 0x9u | (uint64_t)1 << 9; /* Type[6:4] = 1: type 0x19 */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_CODE);
}

Test(vtd_response, encoder_validation)
{
	struct iof_page_response r;
	uint8_t b[32];
	iof_page_response_init(&r);
	r.flags = IOF_RESP_FLAG_RAZWI;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_UNSUPPORTED);
	iof_page_response_init(&r);
	r.code = IOF_RESP_COUNT;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_INVAL);
	iof_page_response_init(&r);
	r.source_id = 0x10000;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.grpid = 0x200;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	r.pasid = 1u << 20;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.record = IOF_REC_SMMUV3_CMD_PRI_RESP;
	r.detail[0] = 1;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_UNSUPPORTED);
	iof_page_response_init(&r);
	r.reserved1 = 1;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 32), IOF_E_INVAL);
}

Test(vtd_response, answers_a_decoded_page_request)
{
	/* Request from the first 256-bit vector row -> iof_page_response_for -> descriptor. */
	uint64_t w[4] = {0x01u | (uint64_t)1 << 8 | (uint64_t)0x0300 << 16 | (uint64_t)0xabcde << 32,
			 0x1u | (uint64_t)1 << 2 | (uint64_t)0x1ff << 3 | 0x00007f0000001000ull, 0, 0};
	uint8_t b[32], d[16];
	struct iof_fault req;
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_assert_eq(iof_vtd_page_request_decode(b, 32, 0, &req), 0);
	cr_assert_eq(iof_page_response_for(&req, IOF_RESP_FAILURE, &r), 0);
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	cr_assert_eq(iof_vtd_page_group_response_encode(&r, d, sizeof(d)), 0); /* 128-bit queue */
	cr_expect_eq(load_word(d, 0), 0x9u | 0x10u | 0xfu << 12 | (uint64_t)0x0300 << 16 | (uint64_t)0xabcde << 32);
	cr_expect_eq(load_word(d, 1), (uint64_t)0x1ff << 3); /* no LPIG: Linux since 4402e8f39d0b */
}

/* ---- calling contract (docs/vtd.md "Calling contract"; issue 10 item 6) ---- */

typedef int (*fdec_fn)(const void *, size_t, unsigned, struct iof_fault *);
typedef int (*rdec_fn)(const void *, size_t, unsigned, struct iof_page_response *);
typedef int (*renc_fn)(const struct iof_page_response *, void *, size_t);

static const struct {
	const char *name;
	fdec_fn dec;
	fenc_fn enc;
	size_t size;
} fault_codecs[] = {
	{"fault", iof_vtd_fault_decode, iof_vtd_fault_encode, IOF_VTD_FAULT_SIZE},
	{"page request", iof_vtd_page_request_decode, iof_vtd_page_request_encode, IOF_VTD_PAGE_REQUEST_SIZE},
	{"2.x page request", iof_vtd_page_request_v2_decode, iof_vtd_page_request_v2_encode,
	 IOF_VTD_PAGE_REQUEST_V2_SIZE},
};

static const struct {
	const char *name;
	rdec_fn dec;
	renc_fn enc;
	size_t size, min_size;
} resp_codecs[] = {
	{"page group response", iof_vtd_page_group_response_decode, iof_vtd_page_group_response_encode,
	 IOF_VTD_PAGE_GROUP_RESPONSE_SIZE, IOF_VTD_PAGE_GROUP_RESPONSE_SIZE_128},
	{"2.x page group response", iof_vtd_page_group_response_v2_decode, iof_vtd_page_group_response_v2_encode,
	 IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE, IOF_VTD_PAGE_GROUP_RESPONSE_V2_SIZE},
};

#define NFC (sizeof(fault_codecs) / sizeof(fault_codecs[0]))
#define NRC (sizeof(resp_codecs) / sizeof(resp_codecs[0]))

Test(vtd_contract, decoders_null_first_then_short_and_out_always_written)
{
	static const size_t lens[] = {0, 1, 15, 16, 31, 32, 33};
	uint8_t b[33];
	struct iof_fault f, init;
	struct iof_page_response r, rinit;
	size_t i, j;
	memset(b, 0xff, sizeof(b));
	iof_fault_init(&init);
	iof_page_response_init(&rinit);
	for (i = 0; i < NFC; i++) {
		for (j = 0; j < sizeof(lens) / sizeof(lens[0]); j++) {
			size_t len = lens[j];
			cr_expect_eq(fault_codecs[i].dec(b, len, 0, IOF_NULL), IOF_E_INVAL, "%s", fault_codecs[i].name);
			cr_expect_eq(fault_codecs[i].dec(IOF_NULL, len, 0, IOF_NULL), IOF_E_INVAL);
			memset(&f, 0xa5, sizeof(f));
			cr_expect_eq(fault_codecs[i].dec(IOF_NULL, len, 0, &f), IOF_E_INVAL, "%s: null, len %zu",
				     fault_codecs[i].name, len);
			cr_expect(iof_fault_equal(&f, &init), "%s: out not initialised", fault_codecs[i].name);
			if (len < fault_codecs[i].size) {
				memset(&f, 0xa5, sizeof(f));
				cr_expect_eq(fault_codecs[i].dec(b, len, 0, &f), IOF_E_SHORT);
				cr_expect(iof_fault_equal(&f, &init), "%s: short: out not initialised",
					  fault_codecs[i].name);
			}
		}
	}
	for (i = 0; i < NRC; i++) {
		for (j = 0; j < sizeof(lens) / sizeof(lens[0]); j++) {
			size_t len = lens[j];
			cr_expect_eq(resp_codecs[i].dec(b, len, 0, IOF_NULL), IOF_E_INVAL, "%s", resp_codecs[i].name);
			memset(&r, 0xa5, sizeof(r));
			cr_expect_eq(resp_codecs[i].dec(IOF_NULL, len, 0, &r), IOF_E_INVAL, "%s: null, len %zu",
				     resp_codecs[i].name, len);
			cr_expect(iof_page_response_equal(&r, &rinit));
			if (len < resp_codecs[i].min_size) {
				memset(&r, 0xa5, sizeof(r));
				cr_expect_eq(resp_codecs[i].dec(b, len, 0, &r), IOF_E_SHORT);
				cr_expect(iof_page_response_equal(&r, &rinit));
			}
		}
	}
}

Test(vtd_contract, decoders_write_every_byte_of_out_whatever_the_status)
{
	struct iof_rng rng = {0xc0de};
	unsigned n;
	size_t i;
	for (n = 0; n < 2000; n++) {
		uint8_t b[32];
		for (i = 0; i < 32; i += 8) {
			uint64_t v = iof_rng_next(&rng);
			memcpy(b + i, &v, 8);
		}
		for (i = 0; i < NFC; i++) {
			struct iof_fault a, c;
			int ra, rc;
			memset(&a, 0x00, sizeof(a));
			memset(&c, 0xff, sizeof(c));
			ra = fault_codecs[i].dec(b, fault_codecs[i].size, IOF_DECODE_STRICT, &a);
			rc = fault_codecs[i].dec(b, fault_codecs[i].size, IOF_DECODE_STRICT, &c);
			cr_assert_eq(ra, rc);
			cr_assert(!memcmp(&a, &c, sizeof(a)), "%s: a byte of out depends on its old value (status %d)",
				  fault_codecs[i].name, ra);
		}
		for (i = 0; i < NRC; i++) {
			struct iof_page_response a, c;
			int ra, rc;
			memset(&a, 0x00, sizeof(a));
			memset(&c, 0xff, sizeof(c));
			ra = resp_codecs[i].dec(b, resp_codecs[i].size, IOF_DECODE_STRICT, &a);
			rc = resp_codecs[i].dec(b, resp_codecs[i].size, IOF_DECODE_STRICT, &c);
			cr_assert_eq(ra, rc);
			cr_assert(!memcmp(&a, &c, sizeof(a)), "%s: a byte of out depends on its old value (status %d)",
				  resp_codecs[i].name, ra);
		}
	}
}

/* Output of a failed encode: min(cap, size) bytes zeroed, nothing past them, *lost 0. */
static void expect_zeroed(const char *what, const uint8_t *b, size_t cap, size_t size, size_t buf)
{
	size_t i, n = cap < size ? cap : size;
	for (i = 0; i < n; i++)
		cr_expect_eq(b[i], 0, "%s: byte %zu of %zu not zeroed", what, i, n);
	for (; i < buf; i++)
		cr_expect_eq(b[i], 0x5a, "%s: byte %zu written past min(cap, size)", what, i);
}

Test(vtd_contract, fault_encoders_zero_their_output_on_every_error)
{
	struct iof_fault good[NFC], bad;
	uint8_t b[40];
	size_t i, cap;
	uint32_t lost;
	dma_fault(&good[0]);
	page_req(&good[1]);
	page_req(&good[2]);
	for (i = 0; i < NFC; i++) {
		size_t sz = fault_codecs[i].size;
		/* null struct, null output (E_INVAL first), short capacity (E_SHORT) */
		memset(b, 0x5a, sizeof(b));
		lost = 0xdead;
		cr_expect_eq(fault_codecs[i].enc(IOF_NULL, b, sizeof(b), &lost), IOF_E_INVAL);
		expect_zeroed(fault_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		cr_expect_eq(lost, 0u);
		lost = 0xdead;
		cr_expect_eq(fault_codecs[i].enc(&good[i], IOF_NULL, 0, &lost), IOF_E_INVAL);
		cr_expect_eq(lost, 0u);
		cr_expect_eq(fault_codecs[i].enc(IOF_NULL, IOF_NULL, 0, IOF_NULL), IOF_E_INVAL);
		for (cap = 0; cap < sz; cap++) {
			memset(b, 0x5a, sizeof(b));
			lost = 0xdead;
			cr_expect_eq(fault_codecs[i].enc(&good[i], b, cap, &lost), IOF_E_SHORT);
			expect_zeroed(fault_codecs[i].name, b, cap, sz, sizeof(b));
			cr_expect_eq(lost, 0u);
		}
		/* E_INVAL from a bad member, E_RANGE, E_UNSUPPORTED, E_LOSSY: all zero the record */
		bad = good[i];
		bad.count = 1;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(fault_codecs[i].enc(&bad, b, sizeof(b), &lost), IOF_E_INVAL, "%s: count",
			     fault_codecs[i].name);
		expect_zeroed(fault_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		bad = good[i];
		bad.source_id = 0x10000;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(fault_codecs[i].enc(&bad, b, sizeof(b), &lost), IOF_E_RANGE);
		expect_zeroed(fault_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		cr_expect_eq(lost, 0u);
		bad = good[i];
		bad.kind = i ? IOF_KIND_DMA_FAULT : IOF_KIND_PAGE_REQUEST;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(fault_codecs[i].enc(&bad, b, sizeof(b), &lost), IOF_E_UNSUPPORTED);
		expect_zeroed(fault_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		bad = good[i];
		bad.length = 4096; /* no place for it: lossy without a lost mask */
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(fault_codecs[i].enc(&bad, b, sizeof(b), IOF_NULL), IOF_E_LOSSY);
		expect_zeroed(fault_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		/* the all-zero record a failed encode leaves is not a record */
		{
			struct iof_fault d;
			int st;
			memset(b, 0, sizeof(b));
			st = fault_codecs[i].dec(b, sz, 0, &d);
			cr_expect(st == IOF_E_EMPTY || st == IOF_E_CODE, "%s: zero record decodes %d",
				  fault_codecs[i].name, st);
		}
	}
}

Test(vtd_contract, response_encoders_zero_their_output_on_every_error)
{
	uint8_t b[40];
	size_t i, cap;
	for (i = 0; i < NRC; i++) {
		struct iof_page_response good, bad, d;
		size_t sz = resp_codecs[i].size;
		int st;
		iof_page_response_init(&good);
		good.source_id = 0x100;
		good.grpid = 5;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(resp_codecs[i].enc(IOF_NULL, b, sizeof(b)), IOF_E_INVAL);
		expect_zeroed(resp_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		cr_expect_eq(resp_codecs[i].enc(&good, IOF_NULL, sizeof(b)), IOF_E_INVAL);
		cr_expect_eq(resp_codecs[i].enc(IOF_NULL, IOF_NULL, 0), IOF_E_INVAL);
		for (cap = 0; cap < resp_codecs[i].min_size; cap++) {
			memset(b, 0x5a, sizeof(b));
			cr_expect_eq(resp_codecs[i].enc(&good, b, cap), IOF_E_SHORT);
			expect_zeroed(resp_codecs[i].name, b, cap, sz, sizeof(b));
		}
		bad = good;
		bad.reserved1 = 1;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(resp_codecs[i].enc(&bad, b, sizeof(b)), IOF_E_INVAL);
		expect_zeroed(resp_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		bad = good;
		bad.grpid = 0x200;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(resp_codecs[i].enc(&bad, b, sizeof(b)), IOF_E_RANGE);
		expect_zeroed(resp_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		bad = good;
		bad.flags = IOF_RESP_FLAG_RAZWI;
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(resp_codecs[i].enc(&bad, b, sizeof(b)), IOF_E_UNSUPPORTED);
		expect_zeroed(resp_codecs[i].name, b, sizeof(b), sz, sizeof(b));
		memset(b, 0, sizeof(b));
		st = resp_codecs[i].dec(b, sz, 0, &d);
		cr_expect_eq(st, IOF_E_CODE, "%s: zero record decodes %d", resp_codecs[i].name, st);
	}
	/* a 128-bit queue slot (cap 16..31) of the 3.0+ layout: 16 bytes written, or zeroed */
	{
		struct iof_page_response r;
		iof_page_response_init(&r);
		r.detail[0] = 0x1234; /* Private Data needs 32 bytes */
		memset(b, 0x5a, sizeof(b));
		cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 20), IOF_E_SHORT);
		expect_zeroed("page group response, cap 20", b, 20, 32, sizeof(b));
	}
}

/* ---- tests that kill the mutants an audit found alive (issue 10 item 7) ---- */

Test(vtd_mutants, unconfirmed_codes_are_exactly_the_four_no_source_describes)
{
	/* RTA.4, SSS.6, SGN.9, SGN.10: VirtualBox names them (VTDATFAULT) but neither Linux
	 * dmar.c nor QEMU states their condition (docs/vtd.md, shared reference vtd.md §2). */
	uint32_t fr;
	for (fr = 0; fr < 256; fr++) {
		const struct iof_vtd_fr_info *i = iof_vtd_fr_lookup(fr);
		int want = fr == 0x33 || fr == 0x7d || fr == 0x88 || fr == 0x89;
		if (!i)
			continue;
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_UNCONFIRMED), want, "FR 0x%02x", fr);
		cr_expect_eq(!!strstr(i->desc, "not confirmed"), want, "FR 0x%02x description", fr);
	}
}

/* The FR a generic fault (no VT-d origin) is written with. */
static uint32_t fr_of(uint32_t reason, int pasid, int s2, uint32_t perm)
{
	struct iof_fault f;
	uint8_t b[16];
	uint32_t lost;
	if (reason >= IOF_REASON_IRQ_INVALID) {
		irq_fault(&f);
	} else {
		dma_fault(&f);
		f.perm = perm;
		if (!pasid)
			f.flags &= ~(uint32_t)IOF_FLAG_PASID_VALID;
		if (s2)
			f.flags |= IOF_FLAG_STAGE2;
	}
	f.origin.record = 0;
	f.origin.code = 0;
	f.reason = (uint8_t)reason;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	return (uint32_t)(load_word(b, 1) >> 32 & 0xff);
}

Test(vtd_mutants, reverse_reason_table_gives_the_documented_fr)
{
	/* docs/vtd.md "Encoding a fault": reason -> FR without PASID / with PASID / at stage 2.
	 * Codes from the VT-d fault-reason tables (Linux dmar.c, QEMU VTD_FR_*, VirtualBox). */
	static const struct {
		uint32_t reason, legacy, sm, s2;
	} t[] = {
		{IOF_REASON_INTERNAL, 0x30, 0x30, 0x30},             /* RTA.1 */
		{IOF_REASON_DEVICE_CONTEXT_FETCH, 0x09, 0x40, 0x40}, /* LCT.1 / SCT.1 */
		{IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0x03, 0x43, 0x43},
		{IOF_REASON_PASID_FETCH, 0x58, 0x58, 0x58},     /* SPT.1 */
		{IOF_REASON_BAD_PASID_ENTRY, 0x5b, 0x5b, 0x7b}, /* SPT.4, SSS.4 */
		{IOF_REASON_PASID_INVALID, 0x46, 0x46, 0x46}, /* SCT.7: "PASID larger than the context entry allows" */
		{IOF_REASON_WALK_EABT, 0x07, 0x70, 0x78},     /* LSL.1 / SFS.1, SSS.1 */
		{IOF_REASON_PTE_FETCH, 0x0c, 0x71, 0x7a},     /* LSL.2 / SFS.2, SSS.3 */
		{IOF_REASON_ACCESS, 0x91, 0x91, 0x7c},        /* SFS.10 "A/D bit update failed", SSS.5 */
		{IOF_REASON_OOR_ADDRESS, 0x0e, 0x87, 0x84},   /* LGN.4 / SGN.8, SGN.5 */
		{IOF_REASON_REQUEST_INVALID, 0x0d, 0x44, 0x44}, /* LCT.5 / SCT.5 */
		{IOF_REASON_IRQ_INVALID, 0x21, 0x21, 0x21},
		{IOF_REASON_IRQ_ENTRY_FETCH, 0x23, 0x23, 0x23},
		{IOF_REASON_BAD_IRQ_ENTRY, 0x22, 0x22, 0x22},
	};
	size_t i;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		cr_expect_eq(fr_of(t[i].reason, 0, 0, IOF_PERM_READ), t[i].legacy, "%s", iof_reason_name(t[i].reason));
		cr_expect_eq(fr_of(t[i].reason, 1, 0, IOF_PERM_READ), t[i].sm, "%s PASID",
			     iof_reason_name(t[i].reason));
		if (t[i].reason < IOF_REASON_IRQ_INVALID)
			cr_expect_eq(fr_of(t[i].reason, 1, 1, IOF_PERM_READ), t[i].s2, "%s stage 2",
				     iof_reason_name(t[i].reason));
	}
	/* PERMISSION by access: LGN.2 write / LGN.3 read; SGN.6 write, SGN.3 execute, SGN.7 read; SSS.2 */
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 0, 0, IOF_PERM_WRITE), 0x05u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 0, 0, IOF_PERM_READ), 0x06u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 1, 0, IOF_PERM_WRITE), 0x85u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 1, 0, IOF_PERM_READ | IOF_PERM_WRITE), 0x85u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 1, 0, IOF_PERM_READ | IOF_PERM_EXEC), 0x82u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 1, 0, IOF_PERM_READ), 0x86u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 1, 1, IOF_PERM_WRITE), 0x79u);
	cr_expect_eq(fr_of(IOF_REASON_PERMISSION, 0, 1, IOF_PERM_READ), 0x79u);
}

Test(vtd_mutants, page_request_loss_of_length_and_interrupt_index)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;
	page_req(&f);
	f.length = 4096; /* an SMMUv3 Span: no VT-d field */
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	page_req(&f);
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 7;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_IRQ_INDEX);
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_IRQ_INDEX);
}

Test(vtd_mutants, stop_marker_needs_a_pasid)
{
	/* PCIe stop marker: L=1, R=W=0 and a PASID prefix (vectors: "page request: stop marker"). */
	struct iof_fault f;
	page_req(&f);
	f.kind = IOF_KIND_STOP_MARKER;
	f.perm = 0;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID;
	cr_expect_eq(enc_prq(&f), 0);
	cr_expect_eq(enc_prq2(&f), 0);
	f.flags &= ~(uint32_t)IOF_FLAG_PASID_VALID;
	cr_expect_eq(enc_prq(&f), IOF_E_INVAL);
	cr_expect_eq(enc_prq2(&f), IOF_E_INVAL);
}

Test(vtd_mutants, response_private_data_in_qw3_alone_counts)
{
	/* PDP=0 with only qw3 non-zero: Private Data the flag denies (rev 3.x field table). */
	uint64_t w[4] = {0x9u | (uint64_t)0x0300 << 16, (uint64_t)5 << 3, 0, 0x5678};
	uint8_t b[32], out[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	/* PDP=1 with qw2 zero and qw3 non-zero is valid Private Data (LPIG set: rev 3.x) */
	w[0] |= (uint64_t)1 << 5;
	w[1] |= (uint64_t)1 << 2;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, IOF_DECODE_STRICT, &r), 0);
	cr_expect_eq(r.detail[0], 0u);
	cr_expect_eq(r.detail[1], 0x5678u);
	cr_assert_eq(iof_vtd_page_group_response_encode(&r, out, 32), 0);
	cr_expect_eq(memcmp(b, out, 32), 0);
}

Test(vtd_mutants, response_pasid_only_with_pp)
{
	/* PP=0 with a PASID value: pasid must read 0 (and the descriptor is unsupported). */
	uint64_t w[4] = {0x9u | (uint64_t)0x0300 << 16 | (uint64_t)0x42 << 32, 0, 0, 0};
	uint8_t b[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	cr_expect_eq(r.pasid, 0u);
	cr_expect_eq(r.flags, 0u);
	/* the 2.x layout keeps it in detail[1], in place, and re-encodes it */
	w[0] = 0x9u | (uint64_t)0x0300 << 16 | (uint64_t)0x42 << 32;
	w[1] = 0;
	store_words(b, w, 2);
	cr_expect_eq(iof_vtd_page_group_response_v2_decode(b, 16, IOF_DECODE_STRICT, &r), 0);
	cr_expect_eq(r.pasid, 0u);
	cr_expect_eq(r.flags, 0u);
	cr_expect_eq(r.detail[1], (uint64_t)0x42 << 32);
}

/* ---- issue 10 reproducers ---- */

Test(vtd_issue10, lpig_clear_decodes_and_round_trips)
{
	/* Item 3: qw0 = type 0x9, RID 0x100; qw1 = PRG index 5, bit 2 clear (Linux since
	 * 4402e8f39d0b, VT-d 4.0: bit 66 Reserved). */
	uint64_t w[4] = {0x9u | (uint64_t)0x100 << 16, (uint64_t)5 << 3, 0, 0};
	uint8_t b[32], out[32];
	struct iof_page_response r;
	size_t len;
	for (len = 16; len <= 32; len += 16) {
		store_words(b, w, 4);
		cr_assert_eq(iof_vtd_page_group_response_decode(b, len, IOF_DECODE_STRICT, &r), IOF_OK);
		cr_expect_eq(r.source_id, 0x100u);
		cr_expect_eq(r.grpid, 5u);
		cr_expect_eq(r.code, IOF_RESP_SUCCESS);
		cr_expect_eq(r.detail[0] | r.detail[1], 0u);
		cr_assert_eq(iof_vtd_page_group_response_encode(&r, out, len), 0);
		cr_expect_eq(memcmp(b, out, len), 0);
	}
	/* the same with the bit set (Linux before it): kept in detail[0], in place, and written back */
	w[1] |= (uint64_t)1 << 2;
	store_words(b, w, 4);
	cr_assert_eq(iof_vtd_page_group_response_decode(b, 32, IOF_DECODE_STRICT, &r), IOF_OK);
	cr_expect_eq(r.detail[0], (uint64_t)1 << 2);
	cr_assert_eq(iof_vtd_page_group_response_encode(&r, out, 32), 0);
	cr_expect_eq(memcmp(b, out, 32), 0);
	/* a generic response (no detail) gets the current spec's default: bit 66 clear */
	iof_page_response_init(&r);
	r.source_id = 0x100;
	r.grpid = 5;
	cr_assert_eq(iof_vtd_page_group_response_encode(&r, out, 32), 0);
	cr_expect_eq(load_word(out, 1), (uint64_t)5 << 3);
	/* Private Data equal to the bit-2 marker alone cannot be told apart: unsupported */
	w[0] |= (uint64_t)1 << 5;
	w[2] = (uint64_t)1 << 2;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
}

Test(vtd_issue10, v2_response_layout_both_directions)
{
	/* Item 4: FAILURE, RID 0x100, PRGI 0x1ff -> 0x1000009 / 0xff8000000000000f (Linux v4.4
	 * intel-iommu.h: QI_PGRP_RESP_CODE(res) in qw1[3:0], QI_PGRP_IDX(idx) << 55, QI_PGRP_DID << 16). */
	struct iof_page_response r, d;
	uint8_t b[16];
	iof_page_response_init(&r);
	r.record = IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
	r.code = IOF_RESP_FAILURE;
	r.source_id = 0x100;
	r.grpid = 0x1ff;
	cr_assert_eq(iof_vtd_page_group_response_v2_encode(&r, b, sizeof(b)), 0);
	cr_expect_eq(load_word(b, 0), 0x1000009ull);
	cr_expect_eq(load_word(b, 1), 0xff8000000000000full);
	cr_assert_eq(iof_vtd_page_group_response_v2_decode(b, 16, IOF_DECODE_STRICT, &d), 0);
	cr_expect(iof_page_response_equal(&r, &d));
	/* a 2.x page request is answered in that layout; its private data echoed in place */
	{
		uint64_t q[2] = {(uint64_t)1 << 2 | (uint64_t)1 << 3 | (uint64_t)0xabcde << 4 | (uint64_t)0x03 << 24 |
					 (uint64_t)0x2a5a5a << 32 | (uint64_t)0x1ff << 55,
				 0x1u | 0x00007f0000001000ull};
		struct iof_fault req;
		uint8_t p[16];
		store_words(p, q, 2);
		cr_assert_eq(iof_vtd_page_request_v2_decode(p, 16, 0, &req), 0);
		cr_assert_eq(iof_page_response_for(&req, IOF_RESP_SUCCESS, &r), 0);
		cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2);
		r.detail[0] = req.origin.detail[0] & IOF_FD_MASK(IOF_VTD_PAGE_REQUEST_V2_PRIV_DATA);
		cr_assert_eq(iof_vtd_page_group_response_v2_encode(&r, b, sizeof(b)), 0);
		cr_expect_eq(load_word(b, 0), 0x9u | 0x10u | (uint64_t)0x0300 << 16 | (uint64_t)0xabcde << 32);
		cr_expect_eq(load_word(b, 1), (uint64_t)0x2a5a5a << 32 | (uint64_t)0x1ff << 55);
	}
	/* the 3.x encoder refuses a 2.x response's detail, and the other way round */
	iof_page_response_init(&r);
	r.record = IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
	r.detail[0] = (uint64_t)1 << 32;
	cr_expect_eq(iof_vtd_page_group_response_encode(&r, b, 16), IOF_E_UNSUPPORTED);
	r.record = IOF_REC_VTD_PAGE_GROUP_RESPONSE;
	cr_expect_eq(iof_vtd_page_group_response_v2_encode(&r, b, 16), IOF_E_UNSUPPORTED);
	/* detail bits of a generic field are not detail */
	r.record = IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2;
	r.detail[0] = 0xf; /* Response Code */
	cr_expect_eq(iof_vtd_page_group_response_v2_encode(&r, b, 16), IOF_E_INVAL);
	r.detail[0] = 0;
	r.detail[1] = (uint64_t)0x100 << 16; /* RID */
	cr_expect_eq(iof_vtd_page_group_response_v2_encode(&r, b, 16), IOF_E_INVAL);
	r.detail[1] = (uint64_t)1 << 32; /* PASID while PASID_VALID */
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	cr_expect_eq(iof_vtd_page_group_response_v2_encode(&r, b, 16), IOF_E_INVAL);
	/* codes: 0x0 / 0x1 / 0xF in qw1[3:0], anything else E_CODE as FAILURE */
	{
		static const uint32_t want[3] = {0x0, 0x1, 0xf};
		uint32_t c;
		for (c = 0; c < IOF_RESP_COUNT; c++) {
			iof_page_response_init(&r);
			r.code = c;
			cr_assert_eq(iof_vtd_page_group_response_v2_encode(&r, b, 16), 0);
			cr_expect_eq(load_word(b, 1) & 0xf, want[c]);
		}
	}
}

Test(vtd_issue10, nested_translation_codes_are_stage_2)
{
	/* Item 5 (docs/vtd.md "Stage 2"): Linux dmar.c words 0x74-0x77 as "... in Nested
	 * translation" (the second stage refusing a first-stage table access) and 0x84 as
	 * "Second-level entry address beyond the max"; SFS.1-SFS.4 and SGN.8 stay stage 1. */
	static const uint32_t s2[] = {0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x84};
	static const uint32_t s1[] = {0x70, 0x71, 0x72, 0x73, 0x80, 0x81, 0x82, 0x83, 0x85, 0x86, 0x87, 0x90, 0x91};
	size_t i;
	for (i = 0; i < sizeof(s2) / sizeof(s2[0]); i++) {
		uint64_t w[2] = {0x7f1234567000ull, V_F | V_FR(s2[i]) | V_PP | V_PV(1) | 0x3a00u};
		uint8_t b[16];
		struct iof_fault f;
		store_words(b, w, 2);
		cr_assert_eq(iof_vtd_fault_decode(b, 16, IOF_DECODE_STRICT, &f), 0);
		cr_expect(f.flags & IOF_FLAG_STAGE2, "FR 0x%02x", s2[i]);
		cr_expect(iof_vtd_fr_stage2(s2[i]));
	}
	for (i = 0; i < sizeof(s1) / sizeof(s1[0]); i++)
		cr_expect(!iof_vtd_fr_stage2(s1[i]), "FR 0x%02x", s1[i]);
}

Test(vtd_issue10, v2_response_masks_and_bit_exact_round_trip)
{
	/* Field table (Linux v4.4 QI_PGRP_*): qw0 Type 3:0, PP 4, RID 31:16, PASID 51:32;
	 * qw1 Response Code 3:0, Private Data 54:32, PRG index 63:55. */
	struct iof_rng rng = {11};
	unsigned n;
	cr_expect_eq(iof_vtd_page_group_response_v2_defined_mask(0),
		     0xfull | 1ull << 4 | 0xffffull << 16 | 0xfffffull << 32);
	cr_expect_eq(iof_vtd_page_group_response_v2_defined_mask(1), 0xfull | 0x7fffffull << 32 | 0x1ffull << 55);
	cr_expect_eq(iof_vtd_page_group_response_v2_defined_mask(2), 0u);
	/* any descriptor with Type 0x9 and a defined code, reserved bits and all, re-encodes bit for bit */
	for (n = 0; n < ROUNDS; n++) {
		static const uint64_t rc_hw[3] = {0x0, 0x1, 0xf};
		uint64_t w[2] = {(iof_rng_next(&rng) & ~0xfull) | 0x9, (iof_rng_next(&rng) & ~0xfull) | rc_hw[n % 3]};
		uint8_t in[16], out[17];
		struct iof_page_response r;
		int rc;
		store_words(in, w, 2);
		rc = iof_vtd_page_group_response_v2_decode(in, 16, 0, &r);
		if (rc)
			cr_assert_fail("round %u: decode %d", n, rc);
		memset(out, 0xa5, sizeof(out));
		rc = iof_vtd_page_group_response_v2_encode(&r, out, sizeof(out));
		if (rc || memcmp(in, out, 16) || out[16] != 0xa5)
			cr_assert_fail("round %u: encode %d, qw0 %016llx -> %016llx, qw1 %016llx -> %016llx", n, rc,
				       (unsigned long long)w[0], (unsigned long long)load_word(out, 0),
				       (unsigned long long)w[1], (unsigned long long)load_word(out, 1));
	}
}

Test(vtd_mutants, response_data_the_flags_deny_and_bytes_past_len)
{
	/* PDP=0 with LPIG set and qw3 non-zero: still data PDP denies (rev 3.x field table). */
	uint64_t w[4] = {0x9u | (uint64_t)0x0300 << 16, (uint64_t)1 << 2 | (uint64_t)5 << 3, 0, 0x5678};
	uint8_t b[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	/* a 16-byte slot (128-bit queue): the bytes after it are not read */
	memset(b + 16, 0xff, 16);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 16, IOF_DECODE_STRICT, &r), IOF_OK);
	cr_expect_eq(r.detail[0], (uint64_t)1 << 2);
	cr_expect_eq(r.detail[1], 0u);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 31, IOF_DECODE_STRICT, &r), IOF_OK);
	cr_expect_eq(r.detail[1], 0u);
}

Test(vtd_contract, v2_page_request_never_written_as_an_empty_slot)
{
	/* No access, not last, no PASID, RID 0, page 0, group 0: the 2.x layout has no Type,
	 * so these would be 16 zero bytes, which decode as an empty slot (IOF_E_EMPTY). */
	struct iof_fault f, d;
	uint8_t b[16];
	iof_fault_init(&f);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	cr_expect_eq(enc_prq2(&f), IOF_E_INVAL);
	cr_expect_eq(enc_prq(&f), 0); /* the 256-bit layout has Type 0x01 */
	memset(b, 0, sizeof(b));
	cr_expect_eq(iof_vtd_page_request_v2_decode(b, 16, 0, &d), IOF_E_EMPTY);
	cr_expect_eq(d.kind, IOF_KIND_PAGE_REQUEST); /* fields still decoded */
	f.grpid = 1;
	cr_expect_eq(enc_prq2(&f), 0);
}

/* ---- found by make mutation (tests/mutation/) ---- */

/* The FR the encoder picks for a generic fault of another origin: every row of
 * the table in docs/vtd.md ("Encoding a generic fault"), FR values from its
 * reason-code table. */
Test(vtd_lost, reverse_reason_table_row_by_row)
{
	static const struct {
		uint8_t reason;
		uint32_t perm, flags; /* PASID_VALID, STAGE2 */
		uint32_t fr;
	} rows[] = {
		{IOF_REASON_INTERNAL, 0, 0, 0x30},                                    /* RTA.1 */
		{IOF_REASON_SOURCEID_INVALID, 0, 0, 0x01},                            /* LRT.2 */
		{IOF_REASON_SOURCEID_INVALID, 0, IOF_FLAG_PASID_VALID, 0x39},         /* SRT.2 */
		{IOF_REASON_DEVICE_CONTEXT_FETCH, 0, 0, 0x09},                        /* LCT.1 */
		{IOF_REASON_DEVICE_CONTEXT_FETCH, 0, IOF_FLAG_PASID_VALID, 0x40},     /* SCT.1 */
		{IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, 0x03},                    /* LCT.4 */
		{IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, IOF_FLAG_PASID_VALID, 0x43}, /* SCT.4 */
		{IOF_REASON_PASID_FETCH, 0, 0, 0x58},                                 /* SPT.1 */
		{IOF_REASON_BAD_PASID_ENTRY, 0, 0, 0x5b},                             /* SPT.4 */
		{IOF_REASON_BAD_PASID_ENTRY, 0, IOF_FLAG_STAGE2, 0x7b},               /* SSS.4 */
		{IOF_REASON_PASID_INVALID, 0, 0, 0x46},                               /* SCT.7 */
		{IOF_REASON_PASID_INVALID, 0, IOF_FLAG_PASID_VALID, 0x46},            /* SCT.7 */
		{IOF_REASON_WALK_EABT, 0, 0, 0x07},                                   /* LSL.1 */
		{IOF_REASON_WALK_EABT, 0, IOF_FLAG_PASID_VALID, 0x70},                /* SFS.1 */
		{IOF_REASON_WALK_EABT, 0, IOF_FLAG_STAGE2, 0x78},                     /* SSS.1 */
		{IOF_REASON_PTE_FETCH, 0, 0, 0x0c},                                   /* LSL.2 */
		{IOF_REASON_PTE_FETCH, 0, IOF_FLAG_PASID_VALID, 0x71},                /* SFS.2 */
		{IOF_REASON_PTE_FETCH, 0, IOF_FLAG_STAGE2, 0x7a},                     /* SSS.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_WRITE, 0, 0x05},                     /* LGN.2 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, 0, 0x06},                      /* LGN.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ | IOF_PERM_EXEC, 0, 0x06},      /* LGN.3: exec needs a PASID */
		{IOF_REASON_PERMISSION, IOF_PERM_WRITE, IOF_FLAG_PASID_VALID, 0x85},  /* SGN.6 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ | IOF_PERM_EXEC, IOF_FLAG_PASID_VALID, 0x82}, /* SGN.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, IOF_FLAG_PASID_VALID, 0x86},                 /* SGN.7 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, IOF_FLAG_STAGE2, 0x79},                      /* SSS.2 */
		{IOF_REASON_ACCESS, 0, 0, 0x91},                                                    /* SFS.10 */
		{IOF_REASON_ACCESS, 0, IOF_FLAG_PASID_VALID, 0x91},                                 /* SFS.10 */
		{IOF_REASON_ACCESS, 0, IOF_FLAG_STAGE2, 0x7c},                                      /* SSS.5 */
		{IOF_REASON_OOR_ADDRESS, 0, 0, 0x0e},                                               /* LGN.4 */
		{IOF_REASON_OOR_ADDRESS, 0, IOF_FLAG_PASID_VALID, 0x87},                            /* SGN.8: stage 1 */
		{IOF_REASON_OOR_ADDRESS, 0, IOF_FLAG_PASID_VALID | IOF_FLAG_STAGE2, 0x84},          /* SGN.5: stage 2 */
		{IOF_REASON_REQUEST_INVALID, 0, 0, 0x0d},                                           /* LCT.5 */
		{IOF_REASON_REQUEST_INVALID, 0, IOF_FLAG_PASID_VALID, 0x44},                        /* SCT.5 */
	};
	unsigned i;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct iof_fault f, d;
		uint8_t b[16];
		uint32_t lost;
		dma_fault(&f);
		f.origin.record = 0;
		f.origin.code = 0;
		f.reason = rows[i].reason;
		f.perm = rows[i].perm;
		f.flags = (f.flags & ~(uint32_t)IOF_FLAG_PASID_VALID) | rows[i].flags;
		cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0, "row %u", i);
		cr_assert_eq(iof_vtd_fault_decode(b, 16, 0, &d), 0, "row %u", i);
		cr_expect_eq(d.origin.code, rows[i].fr, "row %u (%s): FR %#x, want %#x", i,
			     iof_reason_name(rows[i].reason), d.origin.code, rows[i].fr);
	}
}

/* Mnemonics of the SGN codes (docs/vtd.md reason table: 0x82 SGN.3, 0x85 SGN.6, 0x86 SGN.7). */
Test(vtd_reasons, sgn_mnemonics)
{
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x82), "SGN.3");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x85), "SGN.6");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x86), "SGN.7");
	cr_expect_str_eq(iof_vtd_fr_mnemonic(0x46), "SCT.7");
}

/* PP = 0: the PASID field is not a PASID (fault.h: an invalid field is zero);
 * its bits stay in origin.detail[0] (vtd.h file comment).  Both layouts. */
Test(vtd_page_request, pasid_field_without_pp_is_not_a_pasid)
{
	/* 256-bit: Type 0x01, RID 0x0100, PASID field 0x42 with PP = 0; RD, LPIG, PRG index 5. */
	uint64_t w[4] = {0x01u | (uint64_t)0x0100 << 16 | (uint64_t)0x42 << 32,
			 1u | 1u << 2 | (uint64_t)5 << 3 | 0x7f0012345000ull, 0, 0};
	/* 2.x: PP (bit 2) = 0, LPIG, PASID field 0x42 at [23:4], bus 1; RD, devfn 0. */
	uint64_t w2[2] = {1u << 3 | (uint64_t)0x42 << 4 | (uint64_t)0x01 << 24 | (uint64_t)5 << 55,
			  1u | 0x7f0012345000ull};
	uint8_t b[32];
	struct iof_fault f;

	store_words(b, w, 4);
	cr_assert_eq(iof_vtd_page_request_decode(b, 32, 0, &f), IOF_OK);
	cr_expect_eq(f.pasid, 0u);
	cr_expect_eq(f.flags & (IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID), 0u);
	cr_expect_eq(f.origin.detail[0], (uint64_t)0x42 << 32, "PASID bits kept in place");
	cr_expect_eq(f.source_id, 0x0100u);

	store_words(b, w2, 2);
	cr_assert_eq(iof_vtd_page_request_v2_decode(b, 16, 0, &f), IOF_OK);
	cr_expect_eq(f.pasid, 0u);
	cr_expect_eq(f.flags & (IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID), 0u);
	cr_expect_eq(f.origin.detail[0], (uint64_t)0x42 << 4, "PASID bits kept in place");
	cr_expect_eq(f.source_id, 0x0100u);
}

/* A page-request fault is (T1,T2) = (0,1) (docs/vtd.md fault record table):
 * the encoder must not set T1 for it, whatever `perm` says. */
Test(vtd_encode, page_request_fault_is_t1_0_t2_1)
{
	struct iof_fault f, d;
	uint8_t b[16];
	uint32_t lost;
	dma_fault(&f);
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.perm = IOF_PERM_READ;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(load_word(b, 1) >> 62 & 1u, 0u, "T1 (qw1[62])");
	cr_expect_eq(load_word(b, 1) >> 28 & 1u, 1u, "T2 (qw1[28])");
	cr_expect(lost & IOF_LOST_PERM, "a page-request fault carries no read/write");
	cr_assert_eq(iof_vtd_fault_decode(b, 16, 0, &d), 0);
	cr_expect_eq(d.txn, IOF_TXN_PAGE_REQUEST);
}

/* The 2.x layout implies Type 0x01; any other Type of a 256-bit origin is a lost code. */
Test(vtd_lost, v2_layout_keeps_only_type_1)
{
	struct iof_fault f;
	uint8_t b[16];
	uint32_t lost;
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQUEST;
	f.origin.code = IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost & IOF_LOST_CODE, 0u);
	f.origin.code = 0x05;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect(lost & IOF_LOST_CODE);
}

/* Only the 256-bit layout's Type 0x01 is implied by the 2.x layout: code 0x01 of another record
 * type (here an FR, LRT.2) is a lost code, and so is any code on a 2.x origin (the layout has no
 * Type: the loss rule compares the code of the same record type, fault.h). */
Test(vtd_lost, v2_layout_implies_type_1_of_the_256_bit_layout_only)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;
	page_req(&f);
	f.origin.record = IOF_REC_VTD_FAULT;
	f.origin.code = 0x01;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_CODE);
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQUEST_V2;
	f.origin.code = 0x01;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), 0);
	cr_expect_eq(lost, IOF_LOST_CODE);
	/* the 256-bit layout writes its Type: nothing lost */
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQUEST;
	f.origin.code = 0x05;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), 0);
	cr_expect_eq(lost, 0u);
}

/* RTA.4 (0x33): no source states its condition (docs/vtd.md reason table). */
Test(vtd_reasons, rta4_is_unconfirmed)
{
	const struct iof_vtd_fr_info *i = iof_vtd_fr_lookup(0x33);
	cr_assert_not_null(i);
	cr_expect(i->flags & IOF_VTD_FRF_UNCONFIRMED);
	cr_expect_eq(iof_vtd_fr_lookup(0x30)->flags & IOF_VTD_FRF_UNCONFIRMED, 0, "RTA.1 is confirmed");
}

/* PP = 0 in a page group response: the PASID field is not a PASID (fault.h:
 * an invalid field is zero), even though the descriptor is refused. */
Test(vtd_response, pasid_field_without_pp_is_not_a_pasid)
{
	/* Type 0x9, PP = 0, RC 0, RID 0x0100, PASID field 0x42; qw1 LPIG, PRG index 5. */
	uint64_t w[4] = {0x9u | (uint64_t)0x0100 << 16 | (uint64_t)0x42 << 32, 1u << 2 | (uint64_t)5 << 3, 0, 0};
	uint8_t b[32];
	struct iof_page_response r;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_group_response_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	cr_expect_eq(r.pasid, 0u);
	cr_expect_eq(r.flags & IOF_RESP_FLAG_PASID_VALID, 0u);
	cr_expect_eq(r.source_id, 0x0100u);
}

/* Nothing dropped silently: a length or an interrupt index has no field in
 * either page request layout; `count` outside a LOST record breaks ABI v1; a
 * PCIe stop marker always carries a PASID (fault.h, IOF_KIND_STOP_MARKER). */
Test(vtd_lost, page_request_length_irq_index_count_and_stop_marker)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;

	page_req(&f);
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	f.length = 0x1000;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	f.length = 0;
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 3;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_IRQ_INDEX);
	f.flags &= ~(uint32_t)IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 0;
	f.count = 1;
	cr_expect_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_E_INVAL);
	dma_fault(&f);
	f.count = 1;
	cr_expect_eq(iof_vtd_fault_encode(&f, b, 16, &lost), IOF_E_INVAL);

	/* Stop marker: LPIG, no read or write, a PASID (PCIe PRI stop marker). */
	page_req(&f);
	f.kind = IOF_KIND_STOP_MARKER;
	f.perm = 0;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_OK);
	f.flags &= ~(uint32_t)IOF_FLAG_PASID_VALID;
	cr_expect_eq(iof_vtd_page_request_encode(&f, b, 32, &lost), IOF_E_INVAL);
	cr_expect_eq(iof_vtd_page_request_v2_encode(&f, b, 16, &lost), IOF_E_INVAL);
}

/* A DMA fault record always carries FI (VT-d spec, Fault Recording Registers:
 * FI holds the page address of the faulting request), so a generic DMA fault
 * without ADDR_VALID comes back with an address: reported as IOF_LOST_FLAGS,
 * never written silently (found by an independent review). */
Test(vtd_lost, dma_fault_without_address_is_a_loss)
{
	struct iof_fault f, d;
	uint8_t b[16];
	uint32_t lost = 0;

	dma_fault(&f);
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	f.flags &= ~(uint32_t)IOF_FLAG_ADDR_VALID;
	f.addr = 0;
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_FLAGS);
	cr_assert_eq(iof_vtd_fault_decode(b, sizeof(b), 0, &d), IOF_OK);
	cr_expect(d.flags & IOF_FLAG_ADDR_VALID);
	cr_expect_eq(iof_vtd_fault_encode(&f, b, sizeof(b), IOF_NULL), IOF_E_LOSSY);
}
