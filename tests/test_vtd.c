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
	case IOF_REC_VTD_PAGE_REQ: return iof_vtd_page_request_decode(b, len, opts, f);
	case IOF_REC_VTD_PAGE_REQ_V2: return iof_vtd_page_request_v2_decode(b, len, opts, f);
	default: return 99;
	}
}

static size_t record_size(uint32_t record)
{
	switch (record) {
	case IOF_REC_VTD_FAULT: return IOF_VTD_FAULT_SIZE;
	case IOF_REC_VTD_PAGE_REQ: return IOF_VTD_PAGE_REQ_SIZE;
	case IOF_REC_VTD_PAGE_REQ_V2: return IOF_VTD_PAGE_REQ_V2_SIZE;
	default: return 0;
	}
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
		uint8_t b[32];
		struct iof_fault f;
		int rc;
		store_words(b, v->w, v->nwords);
		cr_assert_eq(record_size(v->record), 8u * v->nwords, "%s: record size", v->name);
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
		if (!v3 && iof_vtd_vectors[i].record == IOF_REC_VTD_PAGE_REQ)
			v3 = &iof_vtd_vectors[i];
		if (!v2 && iof_vtd_vectors[i].record == IOF_REC_VTD_PAGE_REQ_V2)
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
	cr_expect_eq(f.perm, IOF_PERM_READ);                  /* "DMA Read" */
	cr_expect_eq(f.flags & IOF_FLAG_PASID_VALID, 0u);     /* "NO_PASID" */
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
	cr_expect(strstr(d, "compatibility") && strstr(d, "interrupt") && strstr(d, "blocked"),
		  "description: %s", d);
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
			cr_expect(r->fr == 0 && r->flags == 0 && !r->mnemonic && !r->desc, "FR 0x%02x: undefined row not zero", fr);
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
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FRCD_T2), 1u);
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FRCD_PRIV), 1u);
	cr_expect_eq(IOF_FD_WORD(IOF_VTD_FRCD_EXE), 1u);
	cr_expect_eq(IOF_FD_LSB(IOF_VTD_FRCD_PRIV), IOF_FD_LSB(IOF_VTD_FRCD_T2) + 1);
	cr_expect_eq(IOF_FD_LSB(IOF_VTD_FRCD_EXE), IOF_FD_LSB(IOF_VTD_FRCD_T2) + 2);
	cr_expect_eq(IOF_VTD_RESP_SUCCESS, (unsigned)IOF_RESP_SUCCESS);
	cr_expect_eq(IOF_VTD_RESP_INVALID, (unsigned)IOF_RESP_INVALID);
}

Test(vtd_reasons, field_masks_are_the_field_lists)
{
	/* The constant masks against the documented reserved bits (tests/vectors/vtd.h header). */
	cr_expect_eq(iof_vtd_frcd_defined_mask(0, 0), ~(uint64_t)0xfff);
	cr_expect_eq(iof_vtd_frcd_defined_mask(0, 1), ~(uint64_t)0 << 48);
	cr_expect_eq(iof_vtd_frcd_defined_mask(1, 0), ~((uint64_t)0xfff << 16));
	cr_expect_eq(iof_vtd_frcd_defined_mask(1, 1), ~((uint64_t)0xfff << 16));
	cr_expect_eq(iof_vtd_frcd_defined_mask(2, 0), 0u);
	cr_expect_eq(iof_vtd_prq_defined_mask(0), ~((uint64_t)0x3f << 10 | ~(uint64_t)0 << 54));
	cr_expect_eq(iof_vtd_prq_defined_mask(2), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_prq_defined_mask(3), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_prq_defined_mask(4), 0u);
	cr_expect_eq(iof_vtd_pgrp_defined_mask(0), ~((uint64_t)7 << 6 | ~(uint64_t)0 << 52));
	cr_expect_eq(iof_vtd_pgrp_defined_mask(1), (uint64_t)0x1ff << 3 | (uint64_t)1 << 2);
	cr_expect_eq(iof_vtd_pgrp_defined_mask(3), ~(uint64_t)0);
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
		cr_expect(i->reason != IOF_REASON_NONE && i->reason != IOF_REASON_IMPDEF && i->reason < IOF_REASON_COUNT,
			  "FR 0x%02x reason", fr);
		cr_expect_eq(iof_vtd_fr_reason(fr), i->reason);
		/* Interrupt-remapping class <=> interrupt reasons <=> 0x20-0x2F. */
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_IRQ), iof_vtd_fr_is_irq(fr), "FR 0x%02x class", fr);
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_IRQ),
			     i->reason == IOF_REASON_IRQ_INVALID || i->reason == IOF_REASON_IRQ_ENTRY_FETCH ||
				     i->reason == IOF_REASON_BAD_IRQ_ENTRY,
			     "FR 0x%02x reason class", fr);
		/* Stage 2 exactly for SSS.* (second-stage group, 0x78-0x7D). */
		cr_expect_eq(!!(i->flags & IOF_VTD_FRF_STAGE2), !strncmp(i->mnemonic, "SSS.", 4), "FR 0x%02x", fr);
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
	static const uint8_t nq[] = {0x01, 0x08, 0x09, 0x0a, 0x0b, 0x20, 0x21, 0x23, 0x25, 0x29,
				     0x30, 0x31, 0x32, 0x33, 0x38, 0x39, 0x3a};
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
		{0, 0},                                                           /* cleared register */
		{0x7ff3c000ull, ((uint64_t)0x06 << 32) | ((uint64_t)1 << 62) | 0x00feu}, /* LGN.3 with F cleared */
		{(uint64_t)0x42 << 48, ((uint64_t)0x22 << 32) | 0xf0f8u},         /* IR 0x22 with F cleared */
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
			cr_expect_eq(iof_vtd_page_grp_resp_decode(b, len, 0, &r), IOF_E_SHORT);
			cr_expect_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1);
		}
		cr_expect_eq(iof_vtd_page_request_decode(b, len, 0, &f), IOF_E_SHORT);
	}
	cr_expect_eq(iof_vtd_fault_decode(IOF_NULL, 0, 0, &f), IOF_E_SHORT);
	cr_expect_eq(iof_vtd_fault_decode(IOF_NULL, 16, 0, &f), IOF_E_INVAL);
	cr_expect_eq(iof_vtd_fault_decode(b, 16, 0, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, IOF_NULL), IOF_E_INVAL);
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
			uint64_t defined = iof_vtd_frcd_defined_mask(word, irq);
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
		cr_expect_eq(!(iof_vtd_prq_defined_mask(0) >> bit & 1), rsv, "bit %u", bit);
		if (!rsv)
			continue;
		w[0] |= (uint64_t)1 << bit;
		store_words(b, w, 4);
		cr_expect_eq(iof_vtd_page_request_decode(b, 32, 0, &f), 0);
		cr_expect_eq(iof_vtd_page_request_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED, "bit %u", bit);
	}
	cr_expect_eq(iof_vtd_prq_defined_mask(1), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_prq2_defined_mask(0), ~(uint64_t)0);
	cr_expect_eq(iof_vtd_prq2_defined_mask(1), ~(uint64_t)0);
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
			cr_expect_eq(!(iof_vtd_pgrp_defined_mask(word) >> bit & 1), rsv, "qw%u bit %u", word, bit);
			if (!rsv)
				continue;
			w[word] |= (uint64_t)1 << bit;
			store_words(b, w, 4);
			cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), 0);
			cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, IOF_DECODE_STRICT, &r), IOF_E_RESERVED);
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
				w[0] &= iof_vtd_frcd_defined_mask(0, irq);
				w[1] &= iof_vtd_frcd_defined_mask(1, irq);
			}
		} else if (record == IOF_REC_VTD_PAGE_REQ && clear_reserved) {
			w[0] &= iof_vtd_prq_defined_mask(0);
		}
		store_words(in, w, nwords);
		rc = decode_any(record, in, 8u * nwords, 0, &f);
		if (rc != 0 && rc != IOF_E_CODE && rc != IOF_E_EMPTY)
			cr_assert_fail("seed %llu round %u: decode %d", (unsigned long long)seed, n, rc);
		memset(out, 0xa5, sizeof(out));
		switch (record) {
		case IOF_REC_VTD_FAULT: rc = iof_vtd_fault_encode(&f, out, sizeof(out), &lost); break;
		case IOF_REC_VTD_PAGE_REQ: rc = iof_vtd_page_request_encode(&f, out, sizeof(out), &lost); break;
		default: rc = iof_vtd_page_request_v2_encode(&f, out, sizeof(out), &lost); break;
		}
		if (rc || lost || memcmp(in, out, 8u * nwords))
			cr_assert_fail("round %u: encode %d lost 0x%x, qw0 %016llx -> %016llx, qw1 %016llx -> %016llx", n,
				       rc, lost, (unsigned long long)w[0], (unsigned long long)load_word(out, 0),
				       (unsigned long long)w[1], (unsigned long long)load_word(out, 1));
	}
}

Test(vtd_roundtrip, fault_records_reserved_clear) { round_trip_records(IOF_REC_VTD_FAULT, 2, 1, 1); }
Test(vtd_roundtrip, fault_records_any_bits) { round_trip_records(IOF_REC_VTD_FAULT, 2, 2, 0); }
Test(vtd_roundtrip, page_requests_reserved_clear) { round_trip_records(IOF_REC_VTD_PAGE_REQ, 4, 3, 1); }
Test(vtd_roundtrip, page_requests_any_bits) { round_trip_records(IOF_REC_VTD_PAGE_REQ, 4, 4, 0); }
Test(vtd_roundtrip, page_requests_v2_any_bits) { round_trip_records(IOF_REC_VTD_PAGE_REQ_V2, 2, 5, 0); }

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
		rc = iof_vtd_page_grp_resp_decode(in, len, IOF_DECODE_STRICT, &r);
		if (rc)
			cr_assert_fail("round %u: decode %d", n, rc);
		memset(out, 0xa5, sizeof(out));
		rc = iof_vtd_page_grp_resp_encode(&r, out, len);
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
			g.origin.detail[0] = iof_rng_bits(&rng, 48);  /* qw0 below FI[63:48] */
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
			g.origin.detail[0] = iof_rng_bits(&rng, 12);                   /* FI 11:0 */
			g.origin.detail[1] = iof_rng_bits(&rng, 12) << 16;             /* bits 91:80 */
			if (iof_rng_bits(&rng, 1)) {
				g.flags |= IOF_FLAG_PASID_VALID;
				g.pasid = (uint32_t)iof_rng_bits(&rng, 20);
			} else {
				g.origin.detail[1] |= iof_rng_bits(&rng, 20) << 40;    /* PV without PP */
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
			g.origin.record = IOF_REC_VTD_PAGE_REQ_V2;
			g.origin.detail[0] = iof_rng_next(&rng) & (0x3ull | ((uint64_t)0x7fffff << 32)); /* SRR BOF priv */
			rc = iof_vtd_page_request_v2_encode(&g, b, sizeof(b), &lost);
			if (!rc)
				rc = iof_vtd_page_request_v2_decode(b, 16, 0, &d);
		} else {
			g.origin.record = IOF_REC_VTD_PAGE_REQ;
			g.origin.code = IOF_VTD_PRQ_TYPE_PAGE_REQ;
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

/* Runs all three record encoders that take struct iof_fault; expects @p want from each that applies. */
static int enc_fault(const struct iof_fault *f)
{
	uint8_t b[16];
	uint32_t lost;
	memset(b, 0x5a, sizeof(b));
	int rc = iof_vtd_fault_encode(f, b, sizeof(b), &lost);
	if (rc)
		for (unsigned i = 0; i < sizeof(b); i++)
			cr_expect_eq(b[i], 0x5a, "output written on error");
	return rc;
}
static int enc_prq(const struct iof_fault *f)
{
	uint8_t b[32];
	uint32_t lost;
	return iof_vtd_page_request_encode(f, b, sizeof(b), &lost);
}
static int enc_prq2(const struct iof_fault *f)
{
	uint8_t b[16];
	uint32_t lost;
	return iof_vtd_page_request_v2_encode(f, b, sizeof(b), &lost);
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
	f.origin.record = IOF_REC_VTD_PAGE_REQ;
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
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 15), IOF_E_SHORT);
	r.detail[0] = 1; /* Private Data does not fit a 128-bit queue slot */
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 16), IOF_E_SHORT);
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), 0);
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
	memset(z, 0x5a, sizeof(z));
	cr_expect_eq(iof_vtd_fault_encode(&f, b, sizeof(b), IOF_NULL), IOF_E_LOSSY);
	cr_expect_eq(memcmp(b, z, 16), 0, "nothing written when lossy");
	cr_assert_eq(iof_vtd_fault_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_CODE | IOF_LOST_DETAIL | IOF_LOST_IPA | IOF_LOST_FETCH_ADDR | IOF_LOST_FLAGS |
				   IOF_LOST_GRPID | IOF_LOST_LENGTH,
		     "lost 0x%x", lost);
	/* Legacy code for a request without PASID: LSL.2, reserved field in a PTE. */
	cr_expect_eq(load_word(b, 1) >> 32 & 0xff, 0x0cu);

	/* Stage 2 with a reason that has no SSS.* code. */
	dma_fault(&f);
	f.origin.record = 0;
	f.origin.code = 0;
	f.reason = IOF_REASON_OOR_ADDRESS;
	f.flags |= IOF_FLAG_STAGE2;
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
				cr_expect_eq(!!(lost & IOF_LOST_FLAGS), (d.flags & IOF_FLAG_STAGE2) != (f.flags & IOF_FLAG_STAGE2));
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
	/* A last request with no access and a PASID would come back as a stop marker. */
	page_req(&f);
	f.perm = 0;
	cr_assert_eq(iof_vtd_page_request_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost, IOF_LOST_KIND);
	/* 256-bit private data cannot go into the 2.x layout. */
	page_req(&f);
	f.origin.record = IOF_REC_VTD_PAGE_REQ;
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
		r.record = IOF_REC_VTD_PAGE_GRP_RESP;
		cr_assert_eq(iof_vtd_page_grp_resp_encode(&r, b, sizeof(b)), 0);
		qw0 = load_word(b, 0);
		qw1 = load_word(b, 1);
		cr_expect_eq(qw0 & 0xf, 0x9u);               /* Type[3:0] */
		cr_expect_eq(qw0 >> 4 & 1, 1u);              /* PP */
		cr_expect_eq(qw0 >> 5 & 1, 0u);              /* PDP */
		cr_expect_eq(qw0 >> 9 & 7, 0u);              /* Type[6:4] */
		cr_expect_eq(qw0 >> 12 & 0xf, want[code], "code %u", code);
		cr_expect_eq(qw0 >> 16 & 0xffff, 0x0300u);   /* RID */
		cr_expect_eq(qw0 >> 32 & 0xfffff, 0xabcdeu); /* PASID */
		cr_expect_eq(qw1, (uint64_t)1 << 2 | (uint64_t)0x1ff << 3); /* LPIG, PRG index */
		cr_expect_eq(load_word(b, 2) | load_word(b, 3), 0u);
		cr_assert_eq(iof_vtd_page_grp_resp_decode(b, 32, IOF_DECODE_STRICT, &d), 0);
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
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_CODE);
	cr_expect_eq(r.code, IOF_RESP_FAILURE);
	cr_expect_eq(r.source_id, 0x0300u);
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GRP_RESP);
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
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	cr_expect_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1);
	cr_expect_eq(r.code, IOF_RESP_INVALID);
	cr_expect_eq(r.flags, IOF_RESP_FLAG_PASID_VALID);
	cr_expect_eq(r.source_id, 0x0300u);
	cr_expect_eq(r.pasid, 0xabcdeu);
	cr_expect_eq(r.grpid, 0x1ffu);
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GRP_RESP);
	cr_expect_eq(r.reserved0, 0);
	cr_expect_eq(r.reserved1, 0u);
	cr_expect_eq(r.detail[0], 0x1234u);
	cr_expect_eq(r.detail[1], 0x5678u);
	w[0] = 0x9u | (uint64_t)0x0300 << 16;
	w[1] = w[2] = w[3] = 0;
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	w[1] = (uint64_t)1 << 2;
	w[0] |= (uint64_t)1 << 5; /* PDP without data */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	w[0] &= ~((uint64_t)1 << 5);
	w[0] |= (uint64_t)5 << 32; /* PASID value with PP=0 */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
	w[0] = 0xau | (uint64_t)0x0300 << 16; /* type 0xA: the removed page stream response */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_CODE);
	w[0] = 0x9u | (uint64_t)1 << 9; /* Type[6:4] = 1: type 0x19 */
	store_words(b, w, 4);
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_CODE);
}

Test(vtd_response, encoder_validation)
{
	struct iof_page_response r;
	uint8_t b[32];
	iof_page_response_init(&r);
	r.flags = IOF_RESP_FLAG_RAZWI;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_UNSUPPORTED);
	iof_page_response_init(&r);
	r.code = IOF_RESP_COUNT;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_INVAL);
	iof_page_response_init(&r);
	r.source_id = 0x10000;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.grpid = 0x200;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	r.pasid = 1u << 20;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_RANGE);
	iof_page_response_init(&r);
	r.record = IOF_REC_SMMUV3_CMD_PRI_RESP;
	r.detail[0] = 1;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_UNSUPPORTED);
	iof_page_response_init(&r);
	r.reserved1 = 1;
	cr_expect_eq(iof_vtd_page_grp_resp_encode(&r, b, 32), IOF_E_INVAL);
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
	cr_expect_eq(r.record, IOF_REC_VTD_PAGE_GRP_RESP);
	cr_assert_eq(iof_vtd_page_grp_resp_encode(&r, d, sizeof(d)), 0); /* 128-bit queue */
	cr_expect_eq(load_word(d, 0), 0x9u | 0x10u | 0xfu << 12 | (uint64_t)0x0300 << 16 | (uint64_t)0xabcde << 32);
	cr_expect_eq(load_word(d, 1), (uint64_t)1 << 2 | (uint64_t)0x1ff << 3);
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
		{IOF_REASON_INTERNAL, 0, 0, 0x30},                                   /* RTA.1 */
		{IOF_REASON_SOURCEID_INVALID, 0, 0, 0x01},                           /* LRT.2 */
		{IOF_REASON_SOURCEID_INVALID, 0, IOF_FLAG_PASID_VALID, 0x39},        /* SRT.2 */
		{IOF_REASON_DEVICE_CONTEXT_FETCH, 0, 0, 0x09},                       /* LCT.1 */
		{IOF_REASON_DEVICE_CONTEXT_FETCH, 0, IOF_FLAG_PASID_VALID, 0x40},    /* SCT.1 */
		{IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, 0, 0x03},                   /* LCT.4 */
		{IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 0, IOF_FLAG_PASID_VALID, 0x43}, /* SCT.4 */
		{IOF_REASON_PASID_FETCH, 0, 0, 0x58},                                /* SPT.1 */
		{IOF_REASON_BAD_PASID_ENTRY, 0, 0, 0x5b},                            /* SPT.4 */
		{IOF_REASON_BAD_PASID_ENTRY, 0, IOF_FLAG_STAGE2, 0x7b},              /* SSS.4 */
		{IOF_REASON_PASID_INVALID, 0, 0, 0x46},                              /* SCT.7 */
		{IOF_REASON_PASID_INVALID, 0, IOF_FLAG_PASID_VALID, 0x46},           /* SCT.7 */
		{IOF_REASON_WALK_EABT, 0, 0, 0x07},                                  /* LSL.1 */
		{IOF_REASON_WALK_EABT, 0, IOF_FLAG_PASID_VALID, 0x70},               /* SFS.1 */
		{IOF_REASON_WALK_EABT, 0, IOF_FLAG_STAGE2, 0x78},                    /* SSS.1 */
		{IOF_REASON_PTE_FETCH, 0, 0, 0x0c},                                  /* LSL.2 */
		{IOF_REASON_PTE_FETCH, 0, IOF_FLAG_PASID_VALID, 0x71},               /* SFS.2 */
		{IOF_REASON_PTE_FETCH, 0, IOF_FLAG_STAGE2, 0x7a},                    /* SSS.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_WRITE, 0, 0x05},                    /* LGN.2 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, 0, 0x06},                     /* LGN.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ | IOF_PERM_EXEC, 0, 0x06},     /* LGN.3: exec needs a PASID */
		{IOF_REASON_PERMISSION, IOF_PERM_WRITE, IOF_FLAG_PASID_VALID, 0x85}, /* SGN.6 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ | IOF_PERM_EXEC, IOF_FLAG_PASID_VALID, 0x82}, /* SGN.3 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, IOF_FLAG_PASID_VALID, 0x86},  /* SGN.7 */
		{IOF_REASON_PERMISSION, IOF_PERM_READ, IOF_FLAG_STAGE2, 0x79},       /* SSS.2 */
		{IOF_REASON_ACCESS, 0, 0, 0x91},                                     /* SFS.10 */
		{IOF_REASON_ACCESS, 0, IOF_FLAG_PASID_VALID, 0x91},                  /* SFS.10 */
		{IOF_REASON_ACCESS, 0, IOF_FLAG_STAGE2, 0x7c},                       /* SSS.5 */
		{IOF_REASON_OOR_ADDRESS, 0, 0, 0x0e},                                /* LGN.4 */
		{IOF_REASON_OOR_ADDRESS, 0, IOF_FLAG_PASID_VALID, 0x84},             /* SGN.5 */
		{IOF_REASON_REQUEST_INVALID, 0, 0, 0x0d},                            /* LCT.5 */
		{IOF_REASON_REQUEST_INVALID, 0, IOF_FLAG_PASID_VALID, 0x44},         /* SCT.5 */
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
	f.origin.record = IOF_REC_VTD_PAGE_REQ;
	f.origin.code = IOF_VTD_PRQ_TYPE_PAGE_REQ;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect_eq(lost & IOF_LOST_CODE, 0u);
	f.origin.code = 0x05;
	cr_assert_eq(iof_vtd_page_request_v2_encode(&f, b, sizeof(b), &lost), 0);
	cr_expect(lost & IOF_LOST_CODE);
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
	cr_expect_eq(iof_vtd_page_grp_resp_decode(b, 32, 0, &r), IOF_E_UNSUPPORTED);
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
