/* SPDX-License-Identifier: MIT */
/*
 * Dependency-free test runner for targets without Criterion (`make
 * cross-test` runs it on ppc64 and s390x, both big-endian, armhf and i686
 * under qemu-user, and natively).  It checks:
 *
 *  - byte order: the little-endian loads, stores and field descriptors of
 *    compat.h against byte arrays written out by hand;
 *  - every row of the shared vector tables (tests/vectors/all.h): decode
 *    status, every expected field, strict status, and for rows that decode
 *    cleanly the re-encode (the original bytes when strict mode finds
 *    nothing, the same generic form otherwise);
 *  - byte orders: a row whose layout lists big-endian words decodes the
 *    word-reversed vectors to the same result and encodes them back; every
 *    other row refuses IOF_DECODE_BIG_ENDIAN and IOF_ENCODE_BIG_ENDIAN;
 *  - a seeded round-trip sweep of every row of the codec registry: random
 *    records, and vector rows with a few bits flipped, decode, encode and
 *    decode again to the same generic form (and to the same bytes when
 *    strict mode finds nothing).
 *
 * It goes through the registry (<iommu_fault/codec.h>) and names no format.
 *
 * Prints "N passed, N failed" and exits non-zero when anything failed.
 * Only stdio and string.h beyond the library: plain C99.
 */
#include <stdio.h>
#include <string.h>

#include <iommu_fault/codec.h>

#include "rng.h"
#include "vectors/all.h"

static unsigned n_pass, n_fail;
static int cur_failed;
static const char *cur_name;

/* Records one failed expectation of the current check. */
static void fail(const char *what, unsigned long long got, unsigned long long want)
{
	if (!cur_failed)
		printf("FAIL %s\n", cur_name);
	printf("     %s: got %#llx, want %#llx\n", what, got, want);
	cur_failed = 1;
}

#define EXPECT_EQ(what, got, want)                                                         \
	do {                                                                               \
		if ((unsigned long long)(got) != (unsigned long long)(want))               \
			fail(what, (unsigned long long)(got), (unsigned long long)(want)); \
	} while (0)

static void begin(const char *name)
{
	cur_name = name;
	cur_failed = 0;
}

static void end(void)
{
	if (cur_failed)
		n_fail++;
	else
		n_pass++;
}

/* ---- byte order ---------------------------------------------------------- */

static void check_byte_order(void)
{
	static const uint8_t seq[17] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
					0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};
	uint8_t b[16];
	uint64_t w[2] = {0, 0}, r[2];
	const uint32_t fd = IOF_FD(1, 12, 20);
	union {
		uint32_t u;
		uint8_t c[4];
	} probe;

	probe.u = 0x01020304u;
	printf("host: %s-endian, %u-bit pointers, %u-bit long\n", probe.c[0] == 1 ? "big" : "little",
	       (unsigned)(8 * sizeof(void *)), (unsigned)(8 * sizeof(long)));

	begin("compat: little-endian loads at any offset");
	EXPECT_EQ("le16", iof_le16_load(seq), 0x0100);
	EXPECT_EQ("le32", iof_le32_load(seq), 0x03020100u);
	EXPECT_EQ("le64", iof_le64_load(seq), 0x0706050403020100ull);
	EXPECT_EQ("le16+1", iof_le16_load(seq + 1), 0x0201);
	EXPECT_EQ("le32+3", iof_le32_load(seq + 3), 0x06050403u);
	EXPECT_EQ("le64+9", iof_le64_load(seq + 9), 0x100f0e0d0c0b0a09ull);
	end();

	begin("compat: little-endian stores write bytes in order");
	memset(b, 0xee, sizeof(b));
	iof_le64_store(b + 1, 0x8877665544332211ull);
	EXPECT_EQ("b[0]", b[0], 0xee);
	EXPECT_EQ("b[1]", b[1], 0x11);
	EXPECT_EQ("b[8]", b[8], 0x88);
	EXPECT_EQ("b[9]", b[9], 0xee);
	iof_le32_store(b + 3, 0xa1b2c3d4u);
	EXPECT_EQ("b[3]", b[3], 0xd4);
	EXPECT_EQ("b[6]", b[6], 0xa1);
	iof_le16_store(b + 9, 0xbeef);
	EXPECT_EQ("b[9]", b[9], 0xef);
	EXPECT_EQ("b[10]", b[10], 0xbe);
	end();

	begin("compat: words round-trip through bytes");
	w[0] = 0x0123456789abcdefull;
	w[1] = 0xfedcba9876543210ull;
	iof_words_store(b, w, 2);
	EXPECT_EQ("b[0]", b[0], 0xef);
	EXPECT_EQ("b[7]", b[7], 0x01);
	EXPECT_EQ("b[8]", b[8], 0x10);
	EXPECT_EQ("b[15]", b[15], 0xfe);
	iof_words_load(r, b, 2);
	EXPECT_EQ("w0", r[0], w[0]);
	EXPECT_EQ("w1", r[1], w[1]);
	end();

	begin("compat: field descriptors");
	w[0] = w[1] = 0;
	EXPECT_EQ("max", iof_fd_max(fd), 0xfffffull);
	EXPECT_EQ("mask", iof_fd_mask(fd), 0xfffff000ull);
	EXPECT_EQ("put", iof_fd_put(w, fd, 0xabcde), 0);
	EXPECT_EQ("w1", w[1], 0xabcde000ull);
	EXPECT_EQ("get", iof_fd_get(w, fd), 0xabcde);
	EXPECT_EQ("put too wide", iof_fd_put(w, fd, 0x100000), -1);
	EXPECT_EQ("w1 unchanged", w[1], 0xabcde000ull);
	EXPECT_EQ("64-bit max", iof_fd_max(IOF_FD(0, 0, 64)), ~0ull);
	iof_words_store(b, w, 2);
	EXPECT_EQ("byte 9", b[9], 0xe0);
	EXPECT_EQ("byte 11", b[11], 0xab);
	end();
}

/* ---- vectors --------------------------------------------------------------- */

static void check_fault_fields(const struct iof_vec *v, const struct iof_fault *f)
{
	EXPECT_EQ("size", f->size, IOF_FAULT_SIZE_V1);
	EXPECT_EQ("kind", f->kind, v->e.kind);
	EXPECT_EQ("reason", f->reason, v->e.reason);
	EXPECT_EQ("txn", f->txn, v->e.txn);
	EXPECT_EQ("at", f->at, v->e.at);
	EXPECT_EQ("flags", f->flags, v->e.flags);
	EXPECT_EQ("perm", f->perm, v->e.perm);
	EXPECT_EQ("source_id", f->source_id, v->e.source_id);
	EXPECT_EQ("pasid", f->pasid, v->e.pasid);
	EXPECT_EQ("grpid", f->grpid, v->e.grpid);
	EXPECT_EQ("irq_index", f->irq_index, v->e.irq_index);
	EXPECT_EQ("addr", f->addr, v->e.addr);
	EXPECT_EQ("fetch_addr", f->fetch_addr, v->e.fetch_addr);
	EXPECT_EQ("ipa", f->ipa, v->e.ipa);
	EXPECT_EQ("length", f->length, v->e.length);
	EXPECT_EQ("origin.code", f->origin.code, v->e.code);
}

static void check_resp_fields(const struct iof_vec *v, const struct iof_page_response *r)
{
	EXPECT_EQ("size", r->size, IOF_PAGE_RESPONSE_SIZE_V1);
	EXPECT_EQ("code", r->code, v->e.code);
	EXPECT_EQ("flags", r->flags, v->e.flags);
	EXPECT_EQ("source_id", r->source_id, v->e.source_id);
	EXPECT_EQ("pasid", r->pasid, v->e.pasid);
	EXPECT_EQ("grpid", r->grpid, v->e.grpid);
}

static void check_fault_row(const struct iof_codec *c, const struct iof_vec *v, const uint8_t *in, size_t len)
{
	uint8_t out[IOF_RECORD_MAX_SIZE];
	struct iof_fault f, f2;
	uint32_t lost = 0xdeadu;

	EXPECT_EQ("status", iof_codec_decode_fault(c, in, len, 0, &f), v->status);
	check_fault_fields(v, &f);
	EXPECT_EQ("strict status", iof_codec_decode_fault(c, in, len, IOF_DECODE_STRICT, &f2), v->strict_status);
	check_fault_fields(v, &f2);
	if (v->status != IOF_OK)
		return;
	EXPECT_EQ("encode", iof_codec_encode_fault(c, &f, out, len, 0, &lost), IOF_OK);
	EXPECT_EQ("lost", lost, 0);
	if (v->strict_status == IOF_OK)
		EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, len) != 0, 0);
	EXPECT_EQ("decode of re-encode", iof_codec_decode_fault(c, out, len, 0, &f2), IOF_OK);
	EXPECT_EQ("re-decoded generic form differs", iof_fault_equal(&f, &f2), 1);
}

static void check_resp_row(const struct iof_codec *c, const struct iof_vec *v, const uint8_t *in, size_t len)
{
	uint8_t out[IOF_RECORD_MAX_SIZE];
	struct iof_page_response r, r2;

	EXPECT_EQ("status", iof_codec_decode_response(c, in, len, 0, &r), v->status);
	check_resp_fields(v, &r);
	EXPECT_EQ("strict status", iof_codec_decode_response(c, in, len, IOF_DECODE_STRICT, &r2), v->strict_status);
	check_resp_fields(v, &r2);
	if (v->status != IOF_OK)
		return;
	EXPECT_EQ("encode", iof_codec_encode_response(c, &r, out, len, 0), IOF_OK);
	if (v->strict_status == IOF_OK)
		EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, len) != 0, 0);
	EXPECT_EQ("decode of re-encode", iof_codec_decode_response(c, out, len, 0, &r2), IOF_OK);
	EXPECT_EQ("re-decoded response differs", iof_page_response_equal(&r, &r2), 1);
}

static void check_command_row(const struct iof_codec *c, const struct iof_vec *v, const uint8_t *in, size_t len)
{
	uint8_t out[IOF_RECORD_MAX_SIZE];
	uint32_t sid = 0xdeadbeefu;

	EXPECT_EQ("status", iof_codec_decode_command(c, in, len, 0, &sid), v->status);
	EXPECT_EQ("source_id", sid, v->e.source_id);
	EXPECT_EQ("strict status", iof_codec_decode_command(c, in, len, IOF_DECODE_STRICT, &sid), v->strict_status);
	if (v->strict_status != IOF_OK)
		return;
	EXPECT_EQ("encode", iof_codec_encode_command(c, sid, out, len, 0), IOF_OK);
	EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, len) != 0, 0);
}

static void check_row(const struct iof_vec *v)
{
	const struct iof_codec *c = iof_codec_find(v->record);
	uint8_t in[IOF_RECORD_MAX_SIZE];
	size_t len = (size_t)v->nwords * 8u;

	begin(v->name);
	if (!c || len > sizeof(in)) {
		fail(c ? "more words than IOF_RECORD_MAX_SIZE" : "record type without a registry row", v->record, 0);
		end();
		return;
	}
	memset(in, 0, sizeof(in));
	iof_words_store(in, v->w, v->nwords);
	if (c->shape == IOF_SHAPE_FAULT)
		check_fault_row(c, v, in, len);
	else if (c->shape == IOF_SHAPE_RESPONSE)
		check_resp_row(c, v, in, len);
	else
		check_command_row(c, v, in, len);
	end();
}

static void check_vectors(void)
{
	size_t s, i;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nvec; i++)
			check_row(&iof_vec_sets[s]->vec[i]);
}

/* ---- byte orders ----------------------------------------------------------- */

/* Reverses the bytes of each @p word-byte word of @p b: the big-endian image. */
static void reverse_words(uint8_t *b, size_t n, unsigned word)
{
	size_t i, j;
	for (i = 0; word > 1 && i + word <= n; i += word)
		for (j = 0; j < word / 2; j++) {
			uint8_t t = b[i + j];
			b[i + j] = b[i + word - 1 - j];
			b[i + word - 1 - j] = t;
		}
}

/* A layout that lists big-endian words: each strict-clean vector of the row,
 * word-reversed, decodes to what the little-endian bytes decode to and
 * encodes back to the reversed bytes. */
static void check_big_endian_row(const struct iof_codec *c)
{
	size_t s, i, n = 0;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nvec; i++) {
			const struct iof_vec *v = &iof_vec_sets[s]->vec[i];
			uint8_t le[IOF_RECORD_MAX_SIZE], be[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
			size_t len = (size_t)v->nwords * 8u;
			struct iof_fault f, fb;
			struct iof_page_response r, rb;
			uint32_t lost, sid, sidb;

			if (v->record != c->record || v->strict_status != IOF_OK || len > sizeof(le))
				continue;
			n++;
			memset(&f, 0, sizeof(f));
			memset(&fb, 0, sizeof(fb));
			memset(&r, 0, sizeof(r));
			memset(&rb, 0, sizeof(rb));
			sid = sidb = lost = 0;
			memset(le, 0, sizeof(le));
			iof_words_store(le, v->w, v->nwords);
			memcpy(be, le, sizeof(be));
			reverse_words(be, len, c->word);
			if (c->shape == IOF_SHAPE_FAULT) {
				EXPECT_EQ("decode LE", iof_codec_decode_fault(c, le, len, 0, &f), IOF_OK);
				EXPECT_EQ("decode BE", iof_codec_decode_fault(c, be, len, IOF_DECODE_BIG_ENDIAN, &fb),
					  IOF_OK);
				EXPECT_EQ("BE decodes to another generic form", iof_fault_equal(&f, &fb), 1);
				EXPECT_EQ("encode BE",
					  iof_codec_encode_fault(c, &f, out, len, IOF_ENCODE_BIG_ENDIAN, &lost),
					  IOF_OK);
			} else if (c->shape == IOF_SHAPE_RESPONSE) {
				EXPECT_EQ("decode LE", iof_codec_decode_response(c, le, len, 0, &r), IOF_OK);
				EXPECT_EQ("decode BE",
					  iof_codec_decode_response(c, be, len, IOF_DECODE_BIG_ENDIAN, &rb), IOF_OK);
				EXPECT_EQ("BE decodes to another response", iof_page_response_equal(&r, &rb), 1);
				EXPECT_EQ("encode BE",
					  iof_codec_encode_response(c, &r, out, len, IOF_ENCODE_BIG_ENDIAN), IOF_OK);
			} else {
				EXPECT_EQ("decode LE", iof_codec_decode_command(c, le, len, 0, &sid), IOF_OK);
				EXPECT_EQ("decode BE",
					  iof_codec_decode_command(c, be, len, IOF_DECODE_BIG_ENDIAN, &sidb), IOF_OK);
				EXPECT_EQ("BE decodes to another source", sidb, sid);
				EXPECT_EQ("encode BE",
					  iof_codec_encode_command(c, sid, out, len, IOF_ENCODE_BIG_ENDIAN), IOF_OK);
			}
			EXPECT_EQ("BE encode is not the reversed words", memcmp(out, be, len) != 0, 0);
		}
	EXPECT_EQ("strict-clean vectors of a big-endian row", n != 0, 1);
}

/* A layout without big-endian words refuses both big-endian options, and the
 * encoder leaves its output zero (fault.h: the rule of every encoder error). */
static void check_little_endian_row(const struct iof_codec *c)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
	struct iof_fault f;
	struct iof_page_response r;
	uint32_t lost = 0xdeadu, sid = 0xdeadu;
	size_t i;

	memset(rec, 0x5a, sizeof(rec));
	memset(out, 0xee, sizeof(out));
	iof_fault_init(&f);
	iof_page_response_init(&r);
	if (c->shape == IOF_SHAPE_FAULT) {
		EXPECT_EQ("decode BE", iof_codec_decode_fault(c, rec, c->size, IOF_DECODE_BIG_ENDIAN, &f), IOF_E_INVAL);
		EXPECT_EQ("encode BE", iof_codec_encode_fault(c, &f, out, c->size, IOF_ENCODE_BIG_ENDIAN, &lost),
			  IOF_E_INVAL);
		EXPECT_EQ("lost", lost, 0);
	} else if (c->shape == IOF_SHAPE_RESPONSE) {
		EXPECT_EQ("decode BE", iof_codec_decode_response(c, rec, c->size, IOF_DECODE_BIG_ENDIAN, &r),
			  IOF_E_INVAL);
		EXPECT_EQ("encode BE", iof_codec_encode_response(c, &r, out, c->size, IOF_ENCODE_BIG_ENDIAN),
			  IOF_E_INVAL);
	} else {
		EXPECT_EQ("decode BE", iof_codec_decode_command(c, rec, c->size, IOF_DECODE_BIG_ENDIAN, &sid),
			  IOF_E_INVAL);
		EXPECT_EQ("source_id", sid, 0);
		EXPECT_EQ("encode BE", iof_codec_encode_command(c, 0x42, out, c->size, IOF_ENCODE_BIG_ENDIAN),
			  IOF_E_INVAL);
	}
	for (i = 0; i < c->size; i++)
		EXPECT_EQ("output byte after a refused encode", out[i], 0);
}

static void check_byte_orders(void)
{
	static char name[96];
	const struct iof_codec *c;
	size_t i;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		(void)snprintf(name, sizeof(name), "byte order %s: %s", c->name,
			       (c->orders & IOF_ORDER_BE) ? "big-endian words" : "big-endian refused");
		begin(name);
		if (c->orders & IOF_ORDER_BE)
			check_big_endian_row(c);
		else
			check_little_endian_row(c);
		end();
	}
}

/* ---- seeded round-trip sweep ---------------------------------------------- */

#define SWEEP_RECORDS 20000u

/* Valid records to mutate: the vector rows of @p record that decode cleanly. */
static const struct iof_vec *sweep_base(uint32_t record, uint64_t pick)
{
	size_t s, i, n = 0;

	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nvec; i++)
			if (iof_vec_sets[s]->vec[i].record == record && iof_vec_sets[s]->vec[i].status == IOF_OK)
				n++;
	if (!n)
		return 0;
	pick %= n;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (i = 0; i < iof_vec_sets[s]->nvec; i++)
			if (iof_vec_sets[s]->vec[i].record == record && iof_vec_sets[s]->vec[i].status == IOF_OK &&
			    !pick--)
				return &iof_vec_sets[s]->vec[i];
	return 0;
}

/* Flips one to four random bits of the first @p size bytes of @p in. */
static void flip_bits(struct iof_rng *rng, uint8_t *in, size_t size)
{
	unsigned j;
	for (j = (unsigned)iof_rng_bits(rng, 2); j < 4; j++) {
		unsigned bit = (unsigned)(iof_rng_next(rng) % (8u * size));
		in[bit / 8] ^= (uint8_t)(1u << (bit % 8));
	}
}

/* Decodes @p in, and when it decodes, encodes it and decodes the result again:
 * the same generic form.  Returns the default-mode status; *strict_ok is set
 * when strict mode finds nothing, and @p out holds the re-encoded record. */
static int sweep_one(const struct iof_codec *c, const uint8_t *in, uint8_t *out, int *strict_ok)
{
	struct iof_fault f, f2;
	struct iof_page_response r, r2;
	uint32_t lost = 0xdeadu, sid = 0, sid2 = 0;
	size_t n = c->size;
	int st, sts;

	if (c->shape == IOF_SHAPE_FAULT) {
		st = iof_codec_decode_fault(c, in, n, 0, &f);
		sts = iof_codec_decode_fault(c, in, n, IOF_DECODE_STRICT, &f2);
		if (st == IOF_OK) {
			EXPECT_EQ("encode", iof_codec_encode_fault(c, &f, out, n, 0, &lost), IOF_OK);
			EXPECT_EQ("lost", lost, 0);
			EXPECT_EQ("decode of re-encode", iof_codec_decode_fault(c, out, n, 0, &f2), IOF_OK);
			EXPECT_EQ("re-decoded generic form differs", iof_fault_equal(&f, &f2), 1);
		}
	} else if (c->shape == IOF_SHAPE_RESPONSE) {
		st = iof_codec_decode_response(c, in, n, 0, &r);
		sts = iof_codec_decode_response(c, in, n, IOF_DECODE_STRICT, &r2);
		if (st == IOF_OK) {
			EXPECT_EQ("encode", iof_codec_encode_response(c, &r, out, n, 0), IOF_OK);
			EXPECT_EQ("decode of re-encode", iof_codec_decode_response(c, out, n, 0, &r2), IOF_OK);
			EXPECT_EQ("re-decoded response differs", iof_page_response_equal(&r, &r2), 1);
		}
	} else {
		st = iof_codec_decode_command(c, in, n, 0, &sid);
		sts = iof_codec_decode_command(c, in, n, IOF_DECODE_STRICT, &sid2);
		if (st == IOF_OK) {
			EXPECT_EQ("encode", iof_codec_encode_command(c, sid, out, n, 0), IOF_OK);
			EXPECT_EQ("decode of re-encode", iof_codec_decode_command(c, out, n, 0, &sid2), IOF_OK);
			EXPECT_EQ("re-decoded source differs", sid2, sid);
		}
	}
	*strict_ok = sts == IOF_OK;
	return st;
}

/* A record made by the row's encoder from random identifiers, for a row with
 * no vector to start from: a response or a command. */
static int sweep_encoded(const struct iof_codec *c, struct iof_rng *rng, uint8_t *in)
{
	struct iof_page_response r;

	if (c->shape == IOF_SHAPE_COMMAND)
		return iof_codec_encode_command(c, (uint32_t)iof_rng_bits(rng, 16), in, c->size, 0);
	iof_page_response_init(&r);
	r.record = (uint16_t)c->record;
	r.code = (uint32_t)(iof_rng_next(rng) % IOF_RESP_COUNT);
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	r.source_id = (uint32_t)iof_rng_bits(rng, 16);
	r.pasid = (uint32_t)iof_rng_bits(rng, 20);
	r.grpid = (uint32_t)iof_rng_bits(rng, 9);
	return iof_codec_encode_response(c, &r, in, c->size, 0);
}

static void sweep(const struct iof_codec *c, uint64_t seed)
{
	static char name[96];
	struct iof_rng rng;
	uint8_t in[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
	unsigned i, j, ok = 0, clean = 0;
	int strict_ok;

	(void)snprintf(name, sizeof(name), "sweep %s: %u seeded records (seed %#llx)", c->name, SWEEP_RECORDS,
		       (unsigned long long)seed);
	begin(name);
	if (!c->size || c->size > IOF_RECORD_MAX_SIZE || c->size % 8) {
		fail("record size", c->size, IOF_RECORD_MAX_SIZE);
		end();
		return;
	}
	rng.s = seed;
	for (i = 0; i < SWEEP_RECORDS && !cur_failed; i++) {
		const struct iof_vec *base = (i & 1u) ? sweep_base(c->record, iof_rng_next(&rng)) : 0;
		memset(in, 0, sizeof(in));
		if (!base && (i & 1u) && c->shape != IOF_SHAPE_FAULT) {
			/* no vector row: a record made by the encoder, bits flipped */
			if (sweep_encoded(c, &rng, in) != IOF_OK)
				fail("encoder refused a valid record", 0, 0);
			flip_bits(&rng, in, c->size);
		} else if (base) {
			/* half: a valid vector row with one to four bits flipped */
			iof_words_store(in, base->w, base->nwords);
			flip_bits(&rng, in, c->size);
		} else {
			for (j = 0; j < c->size; j += 8)
				iof_le64_store(in + j, iof_rng_next(&rng));
			/* a quarter: only a few low bits set in each byte: sparse records */
			if ((i & 3u) == 0)
				for (j = 0; j < c->size; j++)
					in[j] &= (uint8_t)(j % 8 ? 0x01 : 0x3f);
		}
		if (sweep_one(c, in, out, &strict_ok) != IOF_OK)
			continue;
		ok++;
		if (strict_ok) {
			clean++;
			EXPECT_EQ("strict-clean record re-encoded to other bytes", memcmp(in, out, c->size) != 0, 0);
		}
		if (cur_failed) {
			printf("     record %u:", i);
			for (j = 0; j < c->size; j++)
				printf("%s%02x", j % 8 ? "" : " ", in[j]);
			printf("\n");
		}
	}
	end();
	printf("     %s: %u of %u decoded, %u strict-clean\n", c->name, ok, SWEEP_RECORDS, clean);
}

int main(void)
{
	const struct iof_codec *c;
	size_t i;

	check_byte_order();
	check_vectors();
	check_byte_orders();
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++)
		sweep(c, 0x10f5eed0ull + i);
	printf("%u passed, %u failed\n", n_pass, n_fail);
	return n_fail ? 1 : 0;
}
