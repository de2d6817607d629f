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
			cr_assert_eq(iof_fault_check_v1_(&f), v < count[i] ? IOF_OK : IOF_E_INVAL, "member %u value %u",
				     i, v);
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
	} m[] = {{IOF_FLAG_SOURCE_ID_VALID, IOF_LOST_SOURCE_ID},
		 {IOF_FLAG_PASID_VALID, IOF_LOST_PASID},
		 {IOF_FLAG_ADDR_VALID, IOF_LOST_ADDR},
		 {IOF_FLAG_FETCH_ADDR_VALID, IOF_LOST_FETCH_ADDR},
		 {IOF_FLAG_IPA_VALID, IOF_LOST_IPA},
		 {IOF_FLAG_IRQ_INDEX_VALID, IOF_LOST_IRQ_INDEX}};
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

/* The flags without a member (FATAL, STAGE2, LAST, NEEDS_PASID, PRIV_DATA): any difference,
 * either way, is IOF_LOST_FLAGS. */
Test(skeleton, loss_rule_flags_without_a_member)
{
	static const uint32_t flag[] = {IOF_FLAG_FATAL, IOF_FLAG_STAGE2, IOF_FLAG_LAST, IOF_FLAG_NEEDS_PASID,
					IOF_FLAG_PRIV_DATA};
	struct iof_fault f;
	struct iof_fault_values_ v;
	size_t i;

	for (i = 0; i < sizeof(flag) / sizeof(flag[0]); i++) {
		request(&f);
		f.flags |= IOF_FLAG_PASID_VALID;
		f.flags &= ~flag[i];
		values_of(&f, &v);
		v.flags |= flag[i];
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_FLAGS, "flag %#x added", flag[i]);
		f.flags |= flag[i];
		v.flags &= ~flag[i];
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_FLAGS, "flag %#x dropped", flag[i]);
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
			static const uint32_t kinds[] = {IOF_KIND_DMA_FAULT,    IOF_KIND_IRQ_FAULT,
							 IOF_KIND_PAGE_REQUEST, IOF_KIND_STOP_MARKER,
							 IOF_KIND_EVENT,        IOF_KIND_IOMMU_ERROR};
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
			cr_expect_eq(c->fault_decode(rec, c->size, 0x80u, &f), IOF_E_INVAL, "%s: unknown option",
				     c->name);
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
				cr_expect_eq(c->fault_encode(&f, rec, cap, &lost), IOF_E_SHORT, "%s cap %zu", c->name,
					     cap);
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

/* ------------------------------------------------------------------------ */
/* The registry (codec.h): lookups, record size, byte-order wrappers, field reader. */

/* Every record type of a format that has rows has a row of its own: a format is one unit. */
Test(registry, every_record_type_of_a_registered_format_has_a_row)
{
	const struct iof_codec *c;
	uint32_t fmt, n, rec;
	size_t i, rows = 0;

	for (i = 0; (c = iof_codec_at(i)); i++) {
		rows++;
		cr_expect_str_eq(c->name, iof_record_name(c->record), "row %zu", i);
	}
	cr_expect_eq(rows, iof_codec_count());
	cr_expect_null(iof_codec_at(iof_codec_count()), "one past the last row");
	cr_expect_null(iof_codec_at((size_t)-1));
	for (fmt = 1; fmt < 0x80; fmt++) {
		int registered = 0;
		for (i = 0; (c = iof_codec_at(i)); i++)
			registered |= (c->record >> 8) == fmt;
		if (!registered)
			continue;
		for (n = 0; n < 0x100; n++) {
			rec = IOF_RECORD(fmt, n);
			if (strcmp(iof_record_name(rec), "?") == 0)
				continue;
			c = iof_codec_find(rec);
			cr_expect(c && c->record == rec, "%s has no row", iof_record_name(rec));
		}
	}
	cr_expect_null(iof_codec_find(IOF_REC_NONE));
	cr_expect_null(iof_codec_find(IOF_RECORD(0x7f, 0x01)));
}

/* By name: the first len bytes are the whole name, exactly (the tool's --format spelling). */
Test(registry, by_name_takes_exactly_len_bytes)
{
	const struct iof_codec *c, *d, *exp;
	char buf[64];
	size_t i, k, len;

	for (i = 0; (c = iof_codec_at(i)); i++) {
		len = strlen(c->name);
		cr_expect_eq(iof_codec_by_name(c->name, len), c, "%s", c->name);
		/* followed by more text that len excludes */
		memcpy(buf, c->name, len);
		memcpy(buf + len, "-x", 3);
		cr_expect_eq(iof_codec_by_name(buf, len), c, "%s", c->name);
		cr_expect_null(iof_codec_by_name(buf, len + 2), "%s-x", c->name);
		/* its first len - 1 bytes name the row of that name, if there is one */
		exp = IOF_NULL;
		for (k = 0; (d = iof_codec_at(k)); k++)
			if (strlen(d->name) == len - 1 && strncmp(d->name, c->name, len - 1) == 0)
				exp = d;
		cr_expect_eq(iof_codec_by_name(c->name, len - 1), exp, "%s minus its last character", c->name);
		/* the last character changed */
		memcpy(buf, c->name, len + 1);
		buf[len - 1] = (char)(buf[len - 1] == 'x' ? 'y' : 'x');
		cr_expect_null(iof_codec_by_name(buf, len), "%s", buf);
	}
	cr_expect_eq(iof_codec_by_name("smmuv3-event", 12), iof_codec_find(IOF_REC_SMMUV3_EVENT));
	cr_expect_eq(iof_codec_by_name("vtd-page-request-v2", 16), iof_codec_find(IOF_REC_VTD_PAGE_REQUEST));
	cr_expect_eq(iof_codec_by_name("vtd-page-request-v2", 19), iof_codec_find(IOF_REC_VTD_PAGE_REQUEST_V2));
	cr_expect_null(iof_codec_by_name("smmuv3", 6), "a prefix of several names");
	cr_expect_null(iof_codec_by_name("vtd-page-request-v", 18));
	cr_expect_null(iof_codec_by_name("smmuv3-evenX", 12));
	cr_expect_null(iof_codec_by_name("", 0));
	cr_expect_null(iof_codec_by_name(IOF_NULL, 12));
}

/* A variable-length layout for the record_size tests: a 2-byte header whose byte 1 counts
 * the payload bytes after an 8-byte fixed part. */
static size_t var_size(const void *rec, size_t len)
{
	return len < 2 ? 0u : 8u + ((const uint8_t *)rec)[1];
}

Test(registry, record_size)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	const struct iof_codec *c;
	struct iof_codec v;
	size_t i;

	memset(rec, 0, sizeof(rec));
	for (i = 0; (c = iof_codec_at(i)); i++) {
		cr_expect_eq(iof_codec_record_size(c, rec, c->size), c->size, "%s", c->name);
		cr_expect_eq(iof_codec_record_size(c, rec, sizeof(rec)), c->size, "%s", c->name);
		cr_expect_eq(iof_codec_record_size(c, rec, c->size - 1u), 0u, "%s", c->name);
		cr_expect_eq(iof_codec_record_size(c, IOF_NULL, sizeof(rec)), 0u, "%s", c->name);
	}
	cr_expect_eq(iof_codec_record_size(IOF_NULL, rec, sizeof(rec)), 0u);
	/* a variable-length layout: the header gives the length, not the fixed size */
	v = *iof_codec_at(0);
	v.flags |= IOF_CODEC_VARIABLE;
	v.size = 8;
	v.record_size = var_size;
	rec[1] = 20;
	cr_expect_eq(iof_codec_record_size(&v, rec, sizeof(rec)), 28u);
	cr_expect_eq(iof_codec_record_size(&v, rec, 28), 28u);
	cr_expect_eq(iof_codec_record_size(&v, rec, 27), 0u);
	cr_expect_eq(iof_codec_record_size(&v, rec, 1), 0u, "the header does not fit");
	rec[1] = 0;
	cr_expect_eq(iof_codec_record_size(&v, rec, sizeof(rec)), 8u);
}

/* The big-endian image of n bytes of little-endian 8-byte words: each word's bytes reversed. */
static void reverse_words(uint8_t *dst, const uint8_t *src, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		dst[i] = src[(i & ~(size_t)7) + 7u - (i & 7u)];
}

/*
 * Byte order is a property of the layout (codec.h): a row that lists IOF_ORDER_BE decodes the
 * reversed words of a record exactly as it decodes the record, and encodes the reversed words
 * of what it encodes little-endian.  No row lists BE yet, so each row is tried as one.
 */
Test(registry, a_big_endian_layout_is_the_little_endian_one_with_words_reversed)
{
	struct iof_rng r = {0xb16e}; /* "big endian" */
	const struct iof_codec *c;
	size_t i, k;
	unsigned n;

	for (i = 0; (c = iof_codec_at(i)); i++) {
		struct iof_codec be = *c;
		be.orders = IOF_ORDER_LE | IOF_ORDER_BE;
		for (n = 0; n < 300; n++) {
			uint64_t w[IOF_RECORD_MAX_SIZE / 8];
			uint8_t le[IOF_RECORD_MAX_SIZE], big[IOF_RECORD_MAX_SIZE];
			uint8_t out[IOF_RECORD_MAX_SIZE + 8], out_be[IOF_RECORD_MAX_SIZE + 8], rev[IOF_RECORD_MAX_SIZE];
			unsigned opts = n & 1u ? IOF_DECODE_STRICT : 0u;
			size_t cap = c->size;
			int ra, rb;

			for (k = 0; k < c->size / 8; k++)
				w[k] = iof_rng_next(&r);
			iof_words_store(le, w, c->size / 8);
			reverse_words(big, le, c->size);
			for (k = 0; k < sizeof(out); k++)
				out[k] = out_be[k] = (uint8_t)(k ^ 0x5a); /* no two words alike */
			if (c->shape == IOF_SHAPE_FAULT) {
				struct iof_fault a, b;
				uint32_t la = 1, lb = 2;
				ra = iof_codec_decode_fault(&be, le, c->size, opts, &a);
				rb = iof_codec_decode_fault(&be, big, c->size, opts | IOF_DECODE_BIG_ENDIAN, &b);
				cr_assert_eq(ra, rb, "%s", c->name);
				cr_assert(iof_fault_equal(&a, &b), "%s", c->name);
				cr_assert_eq(iof_codec_decode_fault(&be, big, c->min_size - 1u, IOF_DECODE_BIG_ENDIAN,
								    &b),
					     IOF_E_SHORT, "%s", c->name);
				ra = iof_codec_encode_fault(&be, &a, out, c->size, 0, &la);
				rb = iof_codec_encode_fault(&be, &a, out_be, c->size, IOF_ENCODE_BIG_ENDIAN, &lb);
				cr_assert_eq(ra, rb, "%s", c->name);
				cr_assert_eq(la, lb, "%s", c->name);
			} else if (c->shape == IOF_SHAPE_RESPONSE) {
				struct iof_page_response a, b;
				cap = n & 2u ? c->min_size : c->size; /* both forms of a layout with two */
				ra = iof_codec_decode_response(&be, le, cap, opts, &a);
				rb = iof_codec_decode_response(&be, big, cap, opts | IOF_DECODE_BIG_ENDIAN, &b);
				cr_assert_eq(ra, rb, "%s", c->name);
				cr_assert(iof_page_response_equal(&a, &b), "%s", c->name);
				cr_assert_eq(iof_codec_decode_response(&be, big, c->min_size - 1u,
								       IOF_DECODE_BIG_ENDIAN, &b),
					     IOF_E_SHORT, "%s", c->name);
				ra = iof_codec_encode_response(&be, &a, out, cap, 0);
				rb = iof_codec_encode_response(&be, &a, out_be, cap, IOF_ENCODE_BIG_ENDIAN);
				cr_assert_eq(ra, rb, "%s", c->name);
			} else {
				uint32_t a = 1, b = 2;
				ra = iof_codec_decode_command(&be, le, c->size, opts, &a);
				rb = iof_codec_decode_command(&be, big, c->size, opts | IOF_DECODE_BIG_ENDIAN, &b);
				cr_assert_eq(ra, rb, "%s", c->name);
				cr_assert_eq(a, b, "%s", c->name);
				ra = iof_codec_encode_command(&be, a, out, c->size, 0);
				rb = iof_codec_encode_command(&be, a, out_be, c->size, IOF_ENCODE_BIG_ENDIAN);
				cr_assert_eq(ra, rb, "%s", c->name);
			}
			reverse_words(rev, out, cap);
			cr_assert(memcmp(rev, out_be, cap) == 0, "%s: encoded words not reversed (cap %zu)", c->name,
				  cap);
			for (k = cap; k < sizeof(out_be); k++)
				cr_assert_eq(out_be[k], (uint8_t)(k ^ 0x5a), "%s: byte %zu past cap %zu written",
					     c->name, k, cap);
		}
	}
}

/* What the wrappers refuse (codec.h): a null row, a row of another shape, a byte order the
 * layout does not list, an unknown encoder option; outputs cleared, *lost 0, and an encoder's
 * output zeroed for min(cap, size) bytes as after any encoder error. */
Test(registry, wrappers_refuse_what_the_row_cannot_do)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE + 8];
	const struct iof_codec *c;
	struct iof_fault f, g, clear;
	struct iof_page_response p, q, pclear;
	uint32_t lost, sid;
	size_t i, k;

	iof_fault_init(&clear);
	iof_page_response_init(&pclear);
	for (i = 0; (c = iof_codec_at(i)); i++) {
		struct iof_codec be_only = *c, host = *c;
		be_only.orders = IOF_ORDER_BE;
		host.orders = IOF_ORDER_HOST;
		memset(rec, 0x5a, sizeof(rec));
		request(&f);
		iof_page_response_init(&p);
		/* a host-order layout is read in the host's order with no option; a big-endian-only one
		 * refuses the little-endian default; a little-endian one refuses big-endian */
		if (c->shape == IOF_SHAPE_FAULT) {
			cr_expect_eq(iof_codec_decode_fault(&host, rec, c->size, 0, &g),
				     c->fault_decode(rec, c->size, 0, &f), "%s", c->name);
			cr_expect(iof_fault_equal(&f, &g), "%s", c->name);
			memset(&g, 0xa5, sizeof(g));
			cr_expect_eq(iof_codec_decode_fault(&be_only, rec, c->size, 0, &g), IOF_E_INVAL, "%s", c->name);
			cr_expect(iof_fault_equal(&g, &clear), "%s", c->name);
			memset(&g, 0xa5, sizeof(g));
			cr_expect_eq(iof_codec_decode_fault(c, rec, c->size, IOF_DECODE_BIG_ENDIAN, &g), IOF_E_INVAL,
				     "%s", c->name);
			cr_expect(iof_fault_equal(&g, &clear), "%s", c->name);
			cr_expect_eq(iof_codec_decode_fault(&be_only, IOF_NULL, c->size, IOF_DECODE_BIG_ENDIAN, &g),
				     IOF_E_INVAL, "%s: null record", c->name);
			request(&f);
			lost = 7;
			cr_expect_eq(iof_codec_encode_fault(&be_only, &f, rec, sizeof(rec), 0, &lost), IOF_E_INVAL,
				     "%s", c->name);
			cr_expect_eq(lost, 0u, "%s", c->name);
		} else if (c->shape == IOF_SHAPE_RESPONSE) {
			cr_expect_eq(iof_codec_decode_response(&host, rec, c->size, 0, &q),
				     c->response_decode(rec, c->size, 0, &p), "%s", c->name);
			cr_expect(iof_page_response_equal(&p, &q), "%s", c->name);
			memset(&q, 0xa5, sizeof(q));
			cr_expect_eq(iof_codec_decode_response(&be_only, rec, c->size, 0, &q), IOF_E_INVAL, "%s",
				     c->name);
			cr_expect(iof_page_response_equal(&q, &pclear), "%s", c->name);
		} else {
			cr_expect_eq(iof_codec_decode_command(&host, rec, c->size, 0, &sid),
				     c->command_decode(rec, c->size, 0, &lost), "%s", c->name);
			cr_expect_eq(sid, lost, "%s", c->name);
			sid = 7;
			cr_expect_eq(iof_codec_decode_command(&be_only, rec, c->size, 0, &sid), IOF_E_INVAL, "%s",
				     c->name);
			cr_expect_eq(sid, 0u, "%s", c->name);
		}
		/* every wrapper of another shape refuses the row */
		if (c->shape != IOF_SHAPE_FAULT) {
			memset(&g, 0xa5, sizeof(g));
			cr_expect_eq(iof_codec_decode_fault(c, rec, c->size, 0, &g), IOF_E_INVAL, "%s", c->name);
			cr_expect(iof_fault_equal(&g, &clear), "%s", c->name);
			lost = 7;
			cr_expect_eq(iof_codec_encode_fault(c, &f, rec, sizeof(rec), 0, &lost), IOF_E_INVAL, "%s",
				     c->name);
			cr_expect_eq(lost, 0u, "%s", c->name);
		}
		if (c->shape != IOF_SHAPE_RESPONSE) {
			memset(&q, 0xa5, sizeof(q));
			cr_expect_eq(iof_codec_decode_response(c, rec, c->size, 0, &q), IOF_E_INVAL, "%s", c->name);
			cr_expect(iof_page_response_equal(&q, &pclear), "%s", c->name);
			cr_expect_eq(iof_codec_encode_response(c, &p, rec, sizeof(rec), 0), IOF_E_INVAL, "%s", c->name);
		}
		if (c->shape != IOF_SHAPE_COMMAND) {
			sid = 7;
			cr_expect_eq(iof_codec_decode_command(c, rec, c->size, 0, &sid), IOF_E_INVAL, "%s", c->name);
			cr_expect_eq(sid, 0u, "%s", c->name);
			cr_expect_eq(iof_codec_encode_command(c, 1, rec, sizeof(rec), 0), IOF_E_INVAL, "%s", c->name);
		}
		/* an unknown encoder option: the encoder's error exit */
		memset(rec, 0xa5, sizeof(rec));
		lost = 7;
		if (c->shape == IOF_SHAPE_FAULT) {
			cr_expect_eq(iof_codec_encode_fault(c, &f, rec, sizeof(rec), 0x80u, &lost), IOF_E_INVAL, "%s",
				     c->name);
			cr_expect_eq(lost, 0u, "%s", c->name);
		} else if (c->shape == IOF_SHAPE_RESPONSE) {
			cr_expect_eq(iof_codec_encode_response(c, &p, rec, sizeof(rec), 0x80u), IOF_E_INVAL, "%s",
				     c->name);
		} else {
			cr_expect_eq(iof_codec_encode_command(c, 1, rec, sizeof(rec), 0x80u), IOF_E_INVAL, "%s",
				     c->name);
		}
		for (k = 0; k < sizeof(rec); k++)
			cr_assert_eq(rec[k], k < c->size ? 0 : 0xa5, "%s byte %zu", c->name, k);
	}
	/* a null row */
	memset(&g, 0xa5, sizeof(g));
	cr_expect_eq(iof_codec_decode_fault(IOF_NULL, rec, sizeof(rec), 0, &g), IOF_E_INVAL);
	cr_expect(iof_fault_equal(&g, &clear));
	lost = 7;
	cr_expect_eq(iof_codec_encode_fault(IOF_NULL, &f, rec, sizeof(rec), 0, &lost), IOF_E_INVAL);
	cr_expect_eq(lost, 0u);
	sid = 7;
	cr_expect_eq(iof_codec_decode_command(IOF_NULL, rec, sizeof(rec), 0, &sid), IOF_E_INVAL);
	cr_expect_eq(sid, 0u);
}

/* The field reader: the field's word must lie within len; in place or right-aligned.
 * An SMMUv3 event (§7.3): StreamID is dw0[63:32], FetchAddr dw3[55:3] (figure 7.3.3). */
Test(registry, field_get)
{
	uint8_t rec[32];
	memset(rec, 0, sizeof(rec));
	rec[4] = 0x34; /* StreamID 0x1234 */
	rec[5] = 0x12;
	rec[24 + 1] = 0x10; /* FetchAddr: dw3 = 0x1000 */
	cr_expect_eq(iof_codec_field_get(rec, 32, IOF_SMMUV3_EVENT_STREAMID, 0), 0x1234u);
	cr_expect_eq(iof_codec_field_get(rec, 8, IOF_SMMUV3_EVENT_STREAMID, 0), 0x1234u, "dw0 is within 8 bytes");
	cr_expect_eq(iof_codec_field_get(rec, 7, IOF_SMMUV3_EVENT_STREAMID, 0), 0u);
	cr_expect_eq(iof_codec_field_get(rec, 32, IOF_SMMUV3_EVENT_FETCHADDR, 1), 0x1000u);
	cr_expect_eq(iof_codec_field_get(rec, 32, IOF_SMMUV3_EVENT_FETCHADDR, 0), 0x1000u >> 3);
	cr_expect_eq(iof_codec_field_get(rec, 31, IOF_SMMUV3_EVENT_FETCHADDR, 1), 0u, "dw3 ends at byte 32");
	cr_expect_eq(iof_codec_field_get(IOF_NULL, 32, IOF_SMMUV3_EVENT_STREAMID, 0), 0u);
}

/* The loss rule's corners: txn UNSPECIFIED still compares at; every detail word, from the
 * same record type and from another; address bits above 31. */
Test(skeleton, loss_rule_corners)
{
	const uint32_t rec = IOF_RECORD(0x7f, 0x01), other = IOF_RECORD(0x7f, 0x03);
	struct iof_fault f;
	struct iof_fault_values_ v;
	unsigned k;

	request(&f);
	f.txn = IOF_TXN_UNSPECIFIED;
	values_of(&f, &v);
	v.head = IOF_FAULT_HEAD_(f.kind, f.reason, IOF_TXN_PAGE_REQUEST, IOF_AT_TRANSLATED);
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_TXN, "at is asked even when txn is not");

	for (k = 0; k < 3; k++) {
		request(&f);
		f.origin.record = (uint16_t)rec;
		values_of(&f, &v);
		v.detail[k] = 1;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_DETAIL, "same record, detail[%u]", k);
		request(&f);
		f.origin.record = (uint16_t)other;
		f.origin.detail[k] = 1;
		values_of(&f, &v);
		v.detail[k] = 0;
		cr_expect_eq(iof_fault_loss_bits_(&f, &v, rec), IOF_LOST_DETAIL, "other record, detail[%u]", k);
	}

	request(&f);
	f.flags |= IOF_FLAG_FETCH_ADDR_VALID | IOF_FLAG_IPA_VALID;
	f.addr = 0x123400001000ull;
	f.fetch_addr = 0x567800002000ull;
	f.ipa = 0x9abc00003000ull;
	values_of(&f, &v);
	v.addr ^= 1ull << 40;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_ADDR);
	values_of(&f, &v);
	v.fetch_addr ^= 1ull << 63;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_FETCH_ADDR);
	values_of(&f, &v);
	v.ipa ^= 1ull << 32;
	cr_expect_eq(iof_fault_loss_bits_(&f, &v, IOF_REC_NONE), IOF_LOST_IPA);
}

/* A decoder for the filter tests: counts its calls and gives back filter_back. */
static unsigned filter_calls;
static struct iof_fault filter_back;
static int filter_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	(void)rec;
	(void)len;
	(void)opts;
	filter_calls++;
	*out = filter_back;
	return IOF_OK;
}

/* What iof_fault_loss_() gives for f when the record decodes to g (stored as origin record rec). */
static uint32_t filtered_loss(const struct iof_fault *f, const struct iof_fault *g, uint32_t rec, unsigned verbatim)
{
	struct iof_fault_values_ v;
	uint8_t bytes[16] = {0};
	values_of(g, &v);
	filter_back = *g;
	filter_back.origin.record = (uint16_t)rec;
	return iof_fault_loss_(f, &v, rec, bytes, sizeof(bytes), filter_decode, verbatim);
}

/*
 * The fast filter of iof_fault_loss_() (fault.h): the record is decoded again only when
 * something differs, the result is then the loss rule, and a group an encoder writes verbatim
 * (IOF_VERBATIM_*_) is skipped by the filter, and only that group.
 */
Test(skeleton, loss_filter)
{
	const uint32_t rec = IOF_RECORD(0x7f, 0x01);
	struct iof_fault f, g;
	unsigned k;
	static const struct {
		unsigned member;
		uint32_t lost;
	} m[] = {{0, IOF_LOST_KIND},   {1, IOF_LOST_REASON},    {2, IOF_LOST_TXN},     {3, IOF_LOST_FLAGS},
		 {4, IOF_LOST_GRPID},  {5, IOF_LOST_PERM},      {6, IOF_LOST_LENGTH},  {7, IOF_LOST_SOURCE_ID},
		 {8, IOF_LOST_PASID},  {9, IOF_LOST_IRQ_INDEX}, {10, IOF_LOST_ADDR},   {11, IOF_LOST_FETCH_ADDR},
		 {12, IOF_LOST_IPA},   {13, IOF_LOST_CODE},     {14, IOF_LOST_DETAIL}, {15, IOF_LOST_DETAIL},
		 {16, IOF_LOST_DETAIL}};

	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PERMISSION;
	f.txn = IOF_TXN_MEMORY;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_FETCH_ADDR_VALID |
		  IOF_FLAG_IPA_VALID | IOF_FLAG_IRQ_INDEX_VALID | IOF_FLAG_FATAL;
	f.perm = IOF_PERM_WRITE;
	f.source_id = 0x100;
	f.pasid = 0x200;
	f.grpid = 3;
	f.irq_index = 4;
	f.addr = 0x5000;
	f.fetch_addr = 0x6000;
	f.ipa = 0x7000;
	f.length = 4096;
	f.origin.record = (uint16_t)rec;
	f.origin.code = 9;
	f.origin.detail[0] = 10;
	f.origin.detail[1] = 11;
	f.origin.detail[2] = 12;

	filter_calls = 0;
	cr_expect_eq(filtered_loss(&f, &f, rec, 0), 0u);
	cr_expect_eq(filter_calls, 0u, "nothing differs: the record is not decoded again");

	for (k = 0; k < sizeof(m) / sizeof(m[0]); k++) {
		g = f;
		switch (m[k].member) {
		case 0: g.kind = IOF_KIND_IOMMU_ERROR; break;
		case 1: g.reason = IOF_REASON_ACCESS; break;
		case 2: g.txn = IOF_TXN_PAGE_REQUEST; break;
		case 3: g.flags &= ~IOF_FLAG_FATAL; break;
		case 4: g.grpid = 5; break;
		case 5: g.perm = IOF_PERM_READ; break;
		case 6: g.length = 8192; break;
		case 7: g.source_id = 0x101; break;
		case 8: g.pasid = 0x201; break;
		case 9: g.irq_index = 5; break;
		case 10: g.addr = 0x500000005000ull; break;
		case 11: g.fetch_addr = 0x6008; break;
		case 12: g.ipa = 0x8000; break;
		case 13: g.origin.code = 8; break;
		default: g.origin.detail[m[k].member - 14] ^= 1ull << 62; break;
		}
		cr_expect_eq(filtered_loss(&f, &g, rec, 0), m[k].lost, "member %u", m[k].member);
	}
	/* an origin of another record type that has a code: lost, although code and detail match */
	g = f;
	g.origin.record = (uint16_t)IOF_REC_SMMUV3_EVENT;
	g.origin.code = 0;
	g.origin.detail[0] = g.origin.detail[1] = g.origin.detail[2] = 0;
	cr_expect_eq(filtered_loss(&g, &g, rec, IOF_VERBATIM_ORIGIN_), IOF_LOST_CODE);

	/* each group named verbatim is skipped, and no other */
	g = f;
	g.source_id = 0x101;
	filter_calls = 0;
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_IDS_), 0u);
	cr_expect_eq(filter_calls, 0u);
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_ADDRS_ | IOF_VERBATIM_ORIGIN_), IOF_LOST_SOURCE_ID);
	g = f;
	g.addr = 0x9000;
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_ADDRS_), 0u);
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_IDS_ | IOF_VERBATIM_ORIGIN_), IOF_LOST_ADDR);
	g = f;
	g.origin.code = 8;
	g.origin.detail[1] = 0;
	filter_calls = 0;
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_ORIGIN_), 0u);
	cr_expect_eq(filter_calls, 0u);
	cr_expect_eq(filtered_loss(&f, &g, rec, IOF_VERBATIM_IDS_ | IOF_VERBATIM_ADDRS_),
		     IOF_LOST_CODE | IOF_LOST_DETAIL);
}

/* Which record types carry a hardware code (iof_record_has_code_()): the SMMUv3 event number
 * (§7.3, dw0[7:0]), the VT-d fault reason (FR) and the 256-bit page request's Type
 * (qw0[7:0], 0x01); the PRI queue entry, the 2.x page request (no Type field), the commands
 * and responses have none. */
Test(skeleton, record_types_with_a_code)
{
	cr_expect(iof_record_has_code_(IOF_REC_SMMUV3_EVENT));
	cr_expect(iof_record_has_code_(IOF_REC_VTD_FAULT));
	cr_expect(iof_record_has_code_(IOF_REC_VTD_PAGE_REQUEST));
	cr_expect(!iof_record_has_code_(IOF_REC_SMMUV3_PRI));
	cr_expect(!iof_record_has_code_(IOF_REC_VTD_PAGE_REQUEST_V2));
	cr_expect(!iof_record_has_code_(IOF_REC_SMMUV3_CMD_PRI_RESP));
	cr_expect(!iof_record_has_code_(IOF_REC_VTD_PAGE_GROUP_RESPONSE));
	cr_expect(!iof_record_has_code_(IOF_REC_NONE));
}
