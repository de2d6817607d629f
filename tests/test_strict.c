/* SPDX-License-Identifier: MIT */
/*
 * Strictness: every single bit of every record type, every value of every
 * code field, and out-of-range identifiers for every encoder.  Generic: it
 * iterates the codec registry (<iommu_fault/codec.h>) and the tables each
 * format provides in its tests/vectors/<format>.h (vectors/all.h).
 *
 * Bit maps (struct iof_bit_map).  Each is a valid record built from the spec
 * figures, with a hand-written map of its fields: word, lowest bit, width,
 * and the generic fields the field belongs to.  The maps are written from
 * the spec tables and the generic mapping in docs/ — never from the codecs'
 * own field descriptors, so they check the codecs rather than restate them.
 * Flipping one bit:
 *
 *  - a bit of a field (DEF) decodes with status OK in both modes and changes
 *    exactly the generic fields the map names (`must`), plus at most the
 *    ones it names as side effects (`may`);
 *  - a bit in no field is reserved (RES0 / RsvdZ): strict mode reports
 *    IOF_E_RESERVED, default mode decodes OK and changes at most the
 *    origin detail (where a decoder may keep bits for the round trip);
 *  - a bit of a code, type or valid field (ANY) may change the status, but
 *    must change the status or a generic field: no bit is ignored;
 *  - a bit the spec defines but calls irrelevant for this record (IRR, such as
 *    the DMA fields of an interrupt fault) changes at most the detail, strict mode may or may not
 *    flag it.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include <iommu_fault/codec.h>

#include "rng.h"
#include "vectors/all.h"

/* ---- generic fields, as bits of a "changed" mask (G_*: tests/vectors/vector.h) ---- */

static const char *const g_names[] = {"kind",  "reason", "txn",       "at",     "flags",      "perm", "source_id",
				      "pasid", "grpid",  "irq_index", "addr",   "fetch_addr", "ipa",  "length",
				      "count", "code",   "detail",    "record", "other"};

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
	      memcmp(a->reserved, b->reserved, sizeof(a->reserved)))
		     ? G_OTHER
		     : 0u;
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

/* ---- the registry and the bit maps ---- */

static const struct iof_codec *row_of(const char *what, uint32_t record)
{
	const struct iof_codec *c = iof_codec_find(record);
	cr_assert_not_null(c, "%s: record type %#x has no registry row", what, (unsigned)record);
	return c;
}

static const struct iof_span *span_of(const struct iof_bit_map *b, unsigned word, unsigned bit)
{
	const struct iof_span *s;
	for (s = b->s; s->width; s++)
		if (s->word == word && bit >= s->lsb && bit < (unsigned)s->lsb + s->width)
			return s;
	return NULL;
}

/* Decodes @rec with row @c: a fault into @f, a response into @r, and the
 * source of a command (IOF_SHAPE_COMMAND) into r->source_id. */
static int dec(const struct iof_codec *c, const uint8_t *rec, size_t len, unsigned opts, struct iof_fault *f,
	       struct iof_page_response *r)
{
	uint32_t sid = 0;
	int rc;
	iof_fault_init(f);
	iof_page_response_init(r);
	switch (c->shape) {
	case IOF_SHAPE_FAULT: return iof_codec_decode_fault(c, rec, len, opts, f);
	case IOF_SHAPE_RESPONSE: return iof_codec_decode_response(c, rec, len, opts, r);
	default:
		rc = iof_codec_decode_command(c, rec, len, opts, &sid);
		r->source_id = sid;
		return rc;
	}
}

static int status_known(int st)
{
	return st <= 0 && st >= IOF_E_EMPTY;
}

static void flip_every_bit(const struct iof_bit_map *b)
{
	const struct iof_codec *c = row_of(b->name, b->record);
	size_t len = c->size;
	uint8_t rec[IOF_RECORD_MAX_SIZE], mod[IOF_RECORD_MAX_SIZE];
	struct iof_fault f0, fs0, f;
	struct iof_page_response r0, rs0, r;
	unsigned bit, nres = 0, ndef = 0;
	int st, sts;

	cr_assert(len % 8 == 0 && len <= IOF_RECORD_MAX_SIZE, "%s: row %s, size %zu", b->name, c->name, len);
	memset(rec, 0, sizeof(rec));
	iof_words_store(rec, b->w, (unsigned)(len / 8));
	st = dec(c, rec, len, 0, &f0, &r0);
	sts = dec(c, rec, len, IOF_DECODE_STRICT, &fs0, &rs0);
	cr_assert_eq(st, IOF_OK, "%s: the base record decodes with %d", b->name, st);
	cr_assert_eq(sts, IOF_OK, "%s: the base record is not strict-clean (%d)", b->name, sts);

	for (bit = 0; bit < 8u * len; bit++) {
		unsigned word = bit / 64, wbit = bit % 64;
		const struct iof_span *s = span_of(b, word, wbit);
		uint32_t changed, strict_changed;

		memcpy(mod, rec, sizeof(mod));
		mod[bit / 8] ^= (uint8_t)(1u << (bit % 8));
		st = dec(c, mod, len, 0, &f, &r);
		changed = fault_diff(&f0, &f) | resp_diff(&r0, &r);
		sts = dec(c, mod, len, IOF_DECODE_STRICT, &f, &r);
		strict_changed = fault_diff(&f0, &f) | resp_diff(&r0, &r);
		cr_expect(status_known(st) && status_known(sts), "%s: dw%u[%u]: unknown status %d/%d", b->name, word,
			  wbit, st, sts);
		if (st == sts)
			cr_expect_eq(changed, strict_changed, "%s: dw%u[%u]: strict mode decodes other fields (%s)",
				     b->name, word, wbit, g_str(changed ^ strict_changed));

		if (!s) { /* reserved */
			nres++;
			cr_expect_eq(sts, IOF_E_RESERVED, "%s: reserved dw%u[%u]: strict status %d", b->name, word,
				     wbit, sts);
			cr_expect_eq(st, IOF_OK, "%s: reserved dw%u[%u]: default status %d", b->name, word, wbit, st);
			cr_expect_eq(changed & ~(uint32_t)G_DETAIL, 0u, "%s: reserved dw%u[%u] changed %s", b->name,
				     word, wbit, g_str(changed));
			continue;
		}
		ndef++;
		switch (s->cls) {
		case DEF:
			cr_expect_eq(st, IOF_OK, "%s: %s dw%u[%u]: status %d", b->name, s->name, word, wbit, st);
			cr_expect_eq(sts, IOF_OK, "%s: %s dw%u[%u]: strict status %d", b->name, s->name, word, wbit,
				     sts);
			cr_expect((changed & s->must) == s->must && !(changed & ~(s->must | s->may)),
				  "%s: %s dw%u[%u] changed {%s}; the map says {%s}", b->name, s->name, word, wbit,
				  g_str(changed), g_str(s->must));
			break;
		case IRR:
			cr_expect_eq(st, IOF_OK, "%s: %s dw%u[%u]: status %d", b->name, s->name, word, wbit, st);
			cr_expect(sts == IOF_OK || sts == IOF_E_RESERVED, "%s: %s dw%u[%u]: strict status %d", b->name,
				  s->name, word, wbit, sts);
			cr_expect_eq(changed & ~(uint32_t)G_DETAIL, 0u, "%s: %s dw%u[%u] changed %s", b->name, s->name,
				     word, wbit, g_str(changed));
			break;
		default: /* ANY */
			cr_expect(st != IOF_OK || changed, "%s: %s dw%u[%u] is ignored: nothing changed", b->name,
				  s->name, word, wbit);
			cr_expect((changed & s->must) == s->must, "%s: %s dw%u[%u] changed {%s}, not {%s}", b->name,
				  s->name, word, wbit, g_str(changed), g_str(s->must));
			break;
		}
	}
	cr_log_info("%s: %u defined bits, %u reserved bits", b->name, ndef, nres);
}

Test(strict, flip_every_bit_of_every_record_type)
{
	size_t s, i;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nmaps; i++)
			flip_every_bit(&iof_vec_sets[s]->maps[i]);
}

/* Every row of the registry has at least one bit map. */
Test(strict, every_record_type_has_a_bit_map)
{
	const struct iof_codec *c;
	size_t i, s, j;
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		int found = 0;
		for (s = 0; s < IOF_VEC_SET_COUNT; s++)
			for (j = 0; j < iof_vec_sets[s]->nmaps; j++)
				found |= iof_vec_sets[s]->maps[j].record == c->record;
		cr_expect(found, "%s has no bit map in tests/vectors/", c->name);
	}
}

/* ---- every value of a code field ---- */

static void check_code_decode(const char *what, unsigned code, int st, int sts, const struct iof_fault *f)
{
	cr_expect_eq(f->origin.code, code, "%s %#x: origin.code %#x", what, code, f->origin.code);
	cr_expect(f->kind < IOF_KIND_COUNT && f->reason < IOF_REASON_COUNT && f->txn < IOF_TXN_COUNT &&
			  f->at < IOF_AT_COUNT && !(f->flags & ~IOF_FLAG_ALL_V1) && !(f->perm & ~IOF_PERM_ALL_V1),
		  "%s %#x: out-of-range generic values (status %d/%d)", what, code, st, sts);
	cr_expect(iof_reason_name(f->reason)[0] != '?', "%s %#x: reason without a name", what, code);
}

static void sweep_code(const struct iof_code_sweep *sw)
{
	const struct iof_codec *c = row_of(sw->what, sw->record);
	uint64_t mask = ((uint64_t)1 << sw->width) - 1u;
	unsigned v;

	cr_assert(sw->width <= 16 && sw->word < c->size / 8, "%s: the field is outside the record", sw->what);
	for (v = 0; v <= mask; v++) {
		uint64_t w[IOF_RECORD_MAX_SIZE / 8];
		uint8_t rec[IOF_RECORD_MAX_SIZE];
		struct iof_fault f, fs;
		struct iof_page_response r, rs;
		int st, sts, want = sw->status(v);

		memcpy(w, sw->w, sizeof(w));
		w[sw->word] = (w[sw->word] & ~(mask << sw->lsb)) | ((uint64_t)v << sw->lsb);
		iof_words_store(rec, w, (unsigned)(c->size / 8));
		st = dec(c, rec, c->size, 0, &f, &r);
		sts = dec(c, rec, c->size, IOF_DECODE_STRICT, &fs, &rs);
		if (want == IOF_VEC_EITHER)
			cr_expect(st == IOF_OK || st == IOF_E_CODE, "%s %#x: status %d", sw->what, v, st);
		else
			cr_expect_eq(st, want, "%s %#x: status %d, the spec says %d", sw->what, v, st, want);
		cr_expect(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), "%s %#x: strict %d, default %d",
			  sw->what, v, sts, st);
		if (c->shape == IOF_SHAPE_FAULT)
			check_code_decode(sw->what, v, st, sts, &f);
	}
}

Test(strict, every_value_of_every_code_field)
{
	size_t s, i;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->ncodes; i++)
			sweep_code(&iof_vec_sets[s]->codes[i]);
}

/* ---- encoders reject identifiers wider than their field ---- */

/* 1 when the generic member @field of a decoded record is in use, so that the
 * encoder must write it: a valid flag, a page request's group, a response's ids. */
static int in_use(const struct iof_codec *c, const struct iof_fault *f, const struct iof_page_response *r, int field)
{
	if (c->shape == IOF_SHAPE_FAULT) {
		switch (field) {
		case R_SOURCE_ID: return (f->flags & IOF_FLAG_SOURCE_ID_VALID) != 0;
		case R_PASID: return (f->flags & IOF_FLAG_PASID_VALID) != 0;
		case R_GRPID: return f->kind == IOF_KIND_PAGE_REQUEST || f->kind == IOF_KIND_STOP_MARKER;
		default: return (f->flags & IOF_FLAG_IRQ_INDEX_VALID) != 0;
		}
	}
	switch (field) {
	case R_PASID: return (r->flags & IOF_RESP_FLAG_PASID_VALID) != 0;
	case R_IRQ_INDEX: return 0;
	default: return 1;
	}
}

static uint32_t *range_field(uint32_t *sid, uint32_t *pasid, uint32_t *grpid, uint32_t *irq, int field)
{
	return field == R_SOURCE_ID ? sid : field == R_PASID ? pasid : field == R_GRPID ? grpid : irq;
}

static void check_range_case(const struct iof_range_case *rc, struct iof_rng *rng)
{
	const struct iof_codec *c = row_of(rc->what, rc->record);
	const struct iof_bit_map *b = NULL;
	size_t len = c->size, s, i;
	uint8_t rec[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
	struct iof_fault f0, f;
	struct iof_page_response r0, r;
	unsigned n;

	cr_assert(c->shape != IOF_SHAPE_COMMAND, "%s: a command row has no identifier to range-check", rc->what);
	/* a valid generic record the encoder accepts, with the field in use: a bit map's record decoded */
	for (s = 0; s < IOF_VEC_SET_COUNT && !b; s++)
		for (i = 0; i < iof_vec_sets[s]->nmaps && !b; i++) {
			const struct iof_bit_map *m = &iof_vec_sets[s]->maps[i];
			if (m->record != rc->record)
				continue;
			memset(rec, 0, sizeof(rec));
			iof_words_store(rec, m->w, (unsigned)(len / 8));
			if (dec(c, rec, len, 0, &f0, &r0) == IOF_OK && in_use(c, &f0, &r0, rc->field))
				b = m;
		}
	cr_assert_not_null(b, "%s: no bit map of %s uses the field", rc->what, c->name);
	for (n = 0; n < 2000; n++) {
		/* a value with at least one bit above the field, up to 32 bits */
		uint32_t v = (uint32_t)((1ull << rc->width) + iof_rng_next(rng) % ((1ull << 32) - (1ull << rc->width)));
		uint32_t lost = 0;
		int st;
		f = f0;
		r = r0;
		if (c->shape == IOF_SHAPE_FAULT) {
			*range_field(&f.source_id, &f.pasid, &f.grpid, &f.irq_index, rc->field) = v;
			st = iof_codec_encode_fault(c, &f, out, len, 0, &lost);
		} else {
			uint32_t irq_unused = 0;
			*range_field(&r.source_id, &r.pasid, &r.grpid, &irq_unused, rc->field) = v;
			st = iof_codec_encode_response(c, &r, out, len, 0);
		}
		cr_expect_eq(st, IOF_E_RANGE, "%s = %#x: encoder returned %d (lost %#x)", rc->what, v, st, lost);
		if (st != IOF_E_RANGE)
			break;
	}
}

Test(strict, encoders_reject_out_of_range_identifiers)
{
	struct iof_rng rng = {0x5a7e1d5ull};
	size_t s, i;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nranges; i++)
			check_range_case(&iof_vec_sets[s]->ranges[i], &rng);
}
