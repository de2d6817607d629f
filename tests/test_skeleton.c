/* SPDX-License-Identifier: MIT */
/*
 * Tests of the codec skeleton (fault.h, "Codec skeleton"): the ABI v1
 * check, the loss rule and its fast filter, the decode prologue and the
 * encoder exit, run over every row of the registry (codec.h), so that a new
 * format is covered by adding its rows.
 *
 * Expected values come from the rules written in fault.h and
 * docs/abi-policy.md ("Calling contract", "The loss rule"), and from the
 * published enumerator counts; the property tests compare each encoder's
 * reported loss with the written rule applied to the record it wrote.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "iommu_fault/codec.h"
#include "rng.h"

/* A page request from no hardware (origin NONE): source 0x10, address 0x1000. */
static void request(struct iof_fault *f)
{
	iof_fault_init(f);
	f->kind = IOF_KIND_PAGE_REQUEST;
	f->txn = IOF_TXN_PAGE_REQUEST;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_LAST;
	f->perm = IOF_PERM_READ;
	f->source_id = 0x10;
	f->addr = 0x1000;
	f->grpid = 5;
}

/* What f decodes to when every member is kept: the values of f itself. */
static void values_of(const struct iof_fault *f, struct iof_fault_values_ *v)
{
	iof_fault_values_of_(f, v);
}

/* iof_fault_values_of_() takes every member the loss rule reads, each from its own place. */
Test(skeleton, values_of_a_stored_record)
{
	struct iof_fault f;
	struct iof_fault_values_ v;
	iof_fault_init(&f);
	f.kind = 1, f.reason = 2, f.txn = 3, f.at = 1;
	f.flags = 0x11, f.perm = 0x3, f.source_id = 4, f.pasid = 5, f.grpid = 6, f.irq_index = 7;
	f.length = 8, f.origin.code = 9, f.addr = 10, f.fetch_addr = 11, f.ipa = 12;
	f.origin.detail[0] = 13, f.origin.detail[1] = 14, f.origin.detail[2] = 15;
	values_of(&f, &v);
	cr_expect_eq(v.head, 0x01030201u);
	cr_expect(v.flags == 0x11 && v.perm == 3 && v.source_id == 4 && v.pasid == 5 && v.grpid == 6 &&
		  v.irq_index == 7 && v.length == 8 && v.code == 9);
	cr_expect(v.addr == 10 && v.fetch_addr == 11 && v.ipa == 12 && v.detail[0] == 13 && v.detail[1] == 14 &&
		  v.detail[2] == 15);
}

Test(skeleton, head_is_kind_reason_txn_at)
{
	struct iof_fault f;
	iof_fault_init(&f);
	f.kind = 1;
	f.reason = 2;
	f.txn = 3;
	f.at = 0;
	/* bytes 4..7 of the struct, kind first (fault.h layout asserts) */
	cr_expect_eq(iof_fault_head_(&f), 0x00030201u);
	cr_expect_eq(IOF_FAULT_HEAD_(1, 2, 3, 0), 0x00030201u);
}

/* Each enumerator at its count is outside v1, one below is inside, and a byte with bit 7
 * set is refused too (the one-test range check must not wrap). */
Test(skeleton, v1_check_of_each_enumerator_edge)
{
	static const unsigned count[4] = {IOF_KIND_COUNT, IOF_REASON_COUNT, IOF_TXN_COUNT, IOF_AT_COUNT};
	struct iof_fault f;
	unsigned i, v;
	for (i = 0; i < 4; i++) {
		for (v = 0; v < 256; v++) {
			uint8_t *m;
			iof_fault_init(&f);
			m = i == 0 ? &f.kind : i == 1 ? &f.reason : i == 2 ? &f.txn : &f.at;
			*m = (uint8_t)v;
			cr_assert_eq(iof_fault_check_v1_(&f), v < count[i] ? IOF_OK : IOF_E_INVAL, "member %u value %u", i,
				     v);
		}
	}
	/* the other enumerators at their maximum do not disturb a valid one */
	iof_fault_init(&f);
	f.kind = IOF_KIND_COUNT - 1;
	f.reason = IOF_REASON_COUNT - 1;
	f.txn = IOF_TXN_COUNT - 1;
	f.at = IOF_AT_COUNT - 1;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_OK);
}

Test(skeleton, v1_check_of_the_members_that_must_be_zero)
{
	struct iof_fault f;
	unsigned i;
	iof_fault_init(&f);
	f.flags = IOF_FLAG_ALL_V1;
	f.perm = IOF_PERM_ALL_V1;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_OK);
	f.flags = IOF_FLAG_ALL_V1 + 1u;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL);
	f.flags = 0;
	f.perm = IOF_PERM_ALL_V1 + 1u;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL);
	f.perm = 0;
	f.count = 1;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL);
	f.count = 0;
	f.origin.reserved0 = 1;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL);
	f.origin.reserved0 = 0;
	for (i = 0; i < 4; i++) {
		f.reserved[i] = 1;
		cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL, "reserved[%u]", i);
		f.reserved[i] = 0;
	}
	/* origin.record and origin.code are free: any record may come in */
	f.origin.record = 0xffff;
	f.origin.code = 0xffffffffu;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_OK);
}

Test(skeleton, page_response_check)
{
	struct iof_page_response r;
	iof_page_response_init(&r);
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_OK);
	r.code = IOF_RESP_COUNT;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_E_INVAL);
	r.code = IOF_RESP_COUNT - 1u;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_OK);
	r.flags = IOF_RESP_FLAG_ALL_V1 + 1u;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_E_INVAL);
	r.flags = IOF_RESP_FLAG_ALL_V1;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_OK);
	r.reserved0 = 1;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_E_INVAL);
	r.reserved0 = 0;
	r.reserved1 = 1;
	cr_expect_eq(iof_page_response_check_v1_(&r), IOF_E_INVAL);
}

/* The loss rule, member by member (fault.h, iof_fault_loss_bits_()). */
Test(skeleton, loss_rule_member_by_member)
{
	struct iof_fault f;
	struct iof_fault_values_ v;
	const uint32_t rec = IOF_RECORD(0x7f, 0x01); /* any record type: the rule names none */

	request(&f);
	f.origin.record = (uint16_t)rec;
	values_of(&f, &v);
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), 0u);
	v.grpid = 6;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_GRPID);
	values_of(&f, &v);
	v.perm = IOF_PERM_WRITE;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_PERM);
	values_of(&f, &v);
	v.length = 4096;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_LENGTH);
	values_of(&f, &v);
	v.addr = 0x2000;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_ADDR);
	values_of(&f, &v);
	v.source_id = 0x11;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_SOURCE_ID);
	values_of(&f, &v);
	v.head = IOF_FAULT_HEAD_(IOF_KIND_STOP_MARKER, 0, IOF_TXN_PAGE_REQUEST, 0);
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_KIND);
	values_of(&f, &v);
	v.head = IOF_FAULT_HEAD_(IOF_KIND_PAGE_REQUEST, IOF_REASON_ACCESS, IOF_TXN_PAGE_REQUEST, 0);
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_REASON);
	values_of(&f, &v);
	v.head = IOF_FAULT_HEAD_(IOF_KIND_PAGE_REQUEST, 0, IOF_TXN_PAGE_REQUEST, IOF_AT_TRANSLATED);
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_TXN, "at is part of the transaction");
	values_of(&f, &v);
	v.flags &= ~IOF_FLAG_LAST;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_FLAGS);
	values_of(&f, &v);
	v.detail[1] = 1;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_DETAIL);
	values_of(&f, &v);
	v.code = 1;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_CODE);
}

/* A validity flag the input has and the record drops is the loss of its member; a flag the
 * record adds is IOF_LOST_FLAGS (it claims a member the input did not have). */
Test(skeleton, loss_rule_validity_flags_both_ways)
{
	static const struct {
		uint32_t flag, lost;
	} m[] = {{IOF_FLAG_SOURCE_ID_VALID, IOF_LOST_SOURCE_ID}, {IOF_FLAG_PASID_VALID, IOF_LOST_PASID},
		 {IOF_FLAG_ADDR_VALID, IOF_LOST_ADDR},           {IOF_FLAG_FETCH_ADDR_VALID, IOF_LOST_FETCH_ADDR},
		 {IOF_FLAG_IPA_VALID, IOF_LOST_IPA},             {IOF_FLAG_IRQ_INDEX_VALID, IOF_LOST_IRQ_INDEX}};
	struct iof_fault f;
	struct iof_fault_values_ v;
	size_t i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		iof_fault_init(&f);
		f.kind = IOF_KIND_DMA_FAULT;
		f.reason = IOF_REASON_PERMISSION;
		f.flags = m[i].flag;
		values_of(&f, &v);
		v.flags = 0;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), m[i].lost, "flag %#x dropped", m[i].flag);
		f.flags = 0;
		v.flags = m[i].flag;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_FLAGS, "flag %#x added", m[i].flag);
		/* a member whose flag is clear on both sides is not compared */
		f.flags = v.flags = 0;
		v.source_id = v.pasid = v.irq_index = 7;
		v.addr = v.fetch_addr = v.ipa = 0x7000;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), 0u);
	}
}

Test(skeleton, loss_rule_txn_unspecified_asks_nothing)
{
	struct iof_fault f;
	struct iof_fault_values_ v;
	request(&f);
	values_of(&f, &v);
	f.txn = IOF_TXN_UNSPECIFIED;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), 0u);
	f.txn = IOF_TXN_MEMORY;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_TXN);
}

/* From another record type: the code is lost when that record type has one (even 0) or it is
 * not zero; detail is lost when not zero; the record type alone is not a loss. */
Test(skeleton, loss_rule_origin_of_another_record)
{
	const uint32_t target = IOF_RECORD(0x7f, 0x02), plain = IOF_RECORD(0x7f, 0x03); /* no code */
	const struct iof_codec *c;
	struct iof_fault f;
	struct iof_fault_values_ v;
	size_t i;

	request(&f);
	values_of(&f, &v);
	f.origin.record = (uint16_t)plain;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, target), 0u);
	f.origin.code = 3;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, target), IOF_LOST_CODE);
	f.origin.code = 0;
	f.origin.detail[2] = 1;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, target), IOF_LOST_DETAIL);
	f.origin.detail[2] = 0;
	/* a record type with a code (one with a code name in the registry): its code 0 is a value */
	for (i = 0; (c = iof_codec_at(i)); i++) {
		if (!c->code_name)
			continue;
		cr_expect(iof_record_has_code_(c->record), "%s", c->name);
		f.origin.record = (uint16_t)c->record;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, target), IOF_LOST_CODE, "%s", c->name);
	}
	cr_expect(!iof_record_has_code_(IOF_REC_NONE) && !iof_record_has_code_(plain));
}

/* A record type without a code never decodes one: its origin.code is always 0. */
Test(skeleton, records_without_a_code_decode_code_zero)
{
	struct iof_rng r = {0xc0de};
	const struct iof_codec *c;
	size_t i;
	unsigned n, k;
	for (i = 0; (c = iof_codec_at(i)); i++) {
		if (c->shape != IOF_SHAPE_FAULT || iof_record_has_code_(c->record))
			continue;
		for (n = 0; n < 5000; n++) {
			uint64_t w[IOF_RECORD_MAX_SIZE / 8];
			uint8_t rec[IOF_RECORD_MAX_SIZE];
			struct iof_fault f;
			for (k = 0; k < c->size / 8; k++)
				w[k] = iof_rng_next(&r);
			iof_words_store(rec, w, c->size / 8);
			(void)c->fault_decode(rec, c->size, 0, &f);
			cr_assert_eq(f.origin.code, 0u, "%s", c->name);
		}
	}
}

/* A random generic record of ABI v1, mostly plausible for the given kind. */
static void random_fault(struct iof_rng *r, struct iof_fault *f, uint32_t kind)
{
	iof_fault_init(f);
	f->kind = (uint8_t)kind;
	f->reason = (uint8_t)(iof_rng_next(r) % IOF_REASON_COUNT);
	f->txn = (uint8_t)(iof_rng_next(r) % IOF_TXN_COUNT);
	f->at = (uint8_t)(iof_rng_bits(r, 4) == 0 ? iof_rng_next(r) % IOF_AT_COUNT : 0);
	f->flags = (uint32_t)iof_rng_bits(r, 11) & IOF_FLAG_ALL_V1;
	f->perm = (uint32_t)iof_rng_bits(r, 4);
	f->source_id = (uint32_t)iof_rng_bits(r, iof_rng_bits(r, 1) ? 16 : 32);
	f->pasid = (uint32_t)iof_rng_bits(r, 20);
	f->grpid = (uint32_t)iof_rng_bits(r, iof_rng_bits(r, 1) ? 9 : 16);
	f->irq_index = (uint32_t)iof_rng_bits(r, 16);
	f->addr = iof_rng_bits(r, 48) << 12;
	f->fetch_addr = iof_rng_bits(r, 1) ? iof_rng_bits(r, 53) << 3 : 0;
	f->ipa = iof_rng_bits(r, 1) ? iof_rng_bits(r, 44) << 12 : 0;
	f->length = iof_rng_bits(r, 2) == 0 ? 4096u : 0u;
}

/*
 * Every fault encoder of the registry: whatever it is given, the loss it reports is the
 * written rule (iof_fault_loss_bits_()) applied to what its record decodes to.  This is the
 * contract of the fast filter and of each encoder's IOF_VERBATIM_*_ claim.
 */
Test(skeleton, every_encoder_reports_the_rule_applied_to_its_record)
{
	struct iof_rng r = {0x5ce1e700u};
	const struct iof_codec *c;
	size_t i;
	unsigned n, ok;

	for (i = 0; (c = iof_codec_at(i)); i++) {
		if (c->shape != IOF_SHAPE_FAULT)
			continue;
		for (n = ok = 0; n < 20000; n++) {
			static const uint32_t kinds[] = {IOF_KIND_DMA_FAULT, IOF_KIND_IRQ_FAULT, IOF_KIND_PAGE_REQUEST,
							 IOF_KIND_STOP_MARKER, IOF_KIND_EVENT, IOF_KIND_IOMMU_ERROR};
			struct iof_fault f, g;
			struct iof_fault_values_ v;
			uint8_t rec[IOF_RECORD_MAX_SIZE];
			uint32_t lost;
			int rc;

			random_fault(&r, &f, kinds[n % 6]);
			/* half of them start from a record of this type, as a forwarded record does */
			if (n & 1) {
				uint64_t w[IOF_RECORD_MAX_SIZE / 8];
				unsigned k;
				for (k = 0; k < c->size / 8; k++)
					w[k] = iof_rng_next(&r);
				iof_words_store(rec, w, c->size / 8);
				(void)c->fault_decode(rec, c->size, 0, &f);
				if (iof_rng_bits(&r, 1))
					f.flags ^= 1u << iof_rng_bits(&r, 3); /* and sometimes changed */
			}
			rc = c->fault_encode(&f, rec, c->size, &lost);
			if (rc)
				continue;
			ok++;
			(void)c->fault_decode(rec, c->size, 0, &g);
			values_of(&g, &v);
			cr_assert_eq(lost, iof_fault_loss_bits_(&f, &v, c->record), "%s: reported %#x, rule %#x (n=%u)",
				     c->name, lost, iof_fault_loss_bits_(&f, &v, c->record), n);
		}
		cr_expect_gt(ok, 1000u, "%s: too few records encoded (%u)", c->name, ok);
	}
}

/* The decode prologue: null output, null input, short input, in that order; an option the
 * decoder does not support is IOF_E_INVAL with the output cleared (after the decode). */
Test(skeleton, decode_prologue_of_every_row)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	const struct iof_codec *c;
	struct iof_fault f, clear;
	struct iof_page_response p, pclear;
	size_t i;

	memset(rec, 0x5a, sizeof(rec));
	iof_fault_init(&clear);
	iof_page_response_init(&pclear);
	for (i = 0; (c = iof_codec_at(i)); i++) {
		if (c->shape == IOF_SHAPE_FAULT) {
			cr_expect_eq(c->fault_decode(rec, c->size, 0, IOF_NULL), IOF_E_INVAL, "%s", c->name);
			memset(&f, 0xa5, sizeof(f));
			cr_expect_eq(c->fault_decode(IOF_NULL, c->size, 0, &f), IOF_E_INVAL, "%s", c->name);
			cr_expect(iof_fault_equal(&f, &clear), "%s: output cleared", c->name);
			memset(&f, 0xa5, sizeof(f));
			cr_expect_eq(c->fault_decode(rec, c->min_size - 1u, 0, &f), IOF_E_SHORT, "%s", c->name);
			cr_expect(iof_fault_equal(&f, &clear), "%s: output cleared", c->name);
			memset(&f, 0xa5, sizeof(f));
			cr_expect_eq(c->fault_decode(rec, c->size, 0x80u, &f), IOF_E_INVAL, "%s: unknown option", c->name);
			cr_expect(iof_fault_equal(&f, &clear), "%s: output cleared", c->name);
			cr_expect_eq(c->fault_decode(rec, c->size, IOF_DECODE_BIG_ENDIAN, &f), IOF_E_INVAL,
				     "%s: a little-endian layout refuses big-endian", c->name);
		} else if (c->shape == IOF_SHAPE_RESPONSE) {
			cr_expect_eq(c->response_decode(rec, c->size, 0, IOF_NULL), IOF_E_INVAL, "%s", c->name);
			memset(&p, 0xa5, sizeof(p));
			cr_expect_eq(c->response_decode(IOF_NULL, c->size, 0, &p), IOF_E_INVAL, "%s", c->name);
			cr_expect(iof_page_response_equal(&p, &pclear), "%s: output cleared", c->name);
			memset(&p, 0xa5, sizeof(p));
			cr_expect_eq(c->response_decode(rec, c->min_size - 1u, 0, &p), IOF_E_SHORT, "%s", c->name);
			cr_expect(iof_page_response_equal(&p, &pclear), "%s: output cleared", c->name);
			memset(&p, 0xa5, sizeof(p));
			cr_expect_eq(c->response_decode(rec, c->size, 0x80u, &p), IOF_E_INVAL, "%s: unknown option",
				     c->name);
			cr_expect(iof_page_response_equal(&p, &pclear), "%s: output cleared", c->name);
		}
	}
}

/* The one rule for the output buffer on every encoder error: min(cap, size) bytes zeroed,
 * nothing beyond, *lost 0. */
Test(skeleton, encoder_exit_of_every_row)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE + 8];
	const struct iof_codec *c;
	struct iof_fault f;
	struct iof_page_response p;
	uint32_t lost;
	size_t i, k, cap;

	for (i = 0; (c = iof_codec_at(i)); i++) {
		for (cap = 0; cap < c->min_size; cap++) {
			memset(rec, 0xa5, sizeof(rec));
			lost = 7;
			if (c->shape == IOF_SHAPE_FAULT) {
				request(&f);
				cr_expect_eq(c->fault_encode(&f, rec, cap, &lost), IOF_E_SHORT, "%s cap %zu", c->name, cap);
				cr_expect_eq(lost, 0u, "%s", c->name);
			} else if (c->shape == IOF_SHAPE_RESPONSE) {
				iof_page_response_init(&p);
				cr_expect_eq(c->response_encode(&p, rec, cap), IOF_E_SHORT, "%s cap %zu", c->name, cap);
			} else {
				cr_expect_eq(c->command_encode(1, rec, cap), IOF_E_SHORT, "%s cap %zu", c->name, cap);
			}
			for (k = 0; k < sizeof(rec); k++)
				cr_assert_eq(rec[k], k < cap ? 0 : 0xa5, "%s cap %zu byte %zu", c->name, cap, k);
		}
		if (c->shape == IOF_SHAPE_FAULT) {
			memset(rec, 0xa5, sizeof(rec));
			request(&f);
			f.reserved[2] = 1; /* outside v1 */
			lost = 7;
			cr_expect_eq(c->fault_encode(&f, rec, sizeof(rec), &lost), IOF_E_INVAL, "%s", c->name);
			cr_expect_eq(lost, 0u);
			for (k = 0; k < sizeof(rec); k++)
				cr_assert_eq(rec[k], k < c->size ? 0 : 0xa5, "%s byte %zu", c->name, k);
		}
	}
}
