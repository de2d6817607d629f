/* SPDX-License-Identifier: MIT */
/*
 * Dependency-free test runner for targets without Criterion (`make
 * cross-test` runs it on ppc64 and s390x, both big-endian, armhf and i686
 * under qemu-user, and natively).  It checks:
 *
 *  - byte order: the little-endian loads, stores and field descriptors of
 *    compat.h against byte arrays written out by hand;
 *  - every row of the shared vector tables (tests/vectors/): decode status,
 *    every expected field, strict status, and for rows that decode cleanly
 *    the re-encode (the original bytes when strict mode finds nothing, the
 *    same generic form otherwise);
 *  - a seeded round-trip sweep of every codec: random records, and vector rows
 *    with a few bits flipped, decode, encode and decode again to the same
 *    generic form (and to the same bytes when strict mode finds nothing).
 *
 * Prints "N passed, N failed" and exits non-zero when anything failed.
 * Only stdio and string.h beyond the library: plain C99.
 */
#include <stdio.h>
#include <string.h>

#include "hardening/codecs.h"
#include "rng.h"
#include "vectors/smmuv3.h"
#include "vectors/vtd.h"

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

#define EXPECT_EQ(what, got, want)                                                        \
	do {                                                                              \
		if ((unsigned long long)(got) != (unsigned long long)(want))              \
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

static void check_stall_term_row(const struct iof_vec *v, const uint8_t *in, size_t len)
{
	uint8_t out[IOF_SMMUV3_CMD_SIZE];
	uint32_t sid = 0xdeadbeefu;
	int rc;

	EXPECT_EQ("status", iof_smmuv3_cmd_stall_term_decode(in, len, 0, &sid), v->status);
	EXPECT_EQ("source_id", sid, v->e.source_id);
	EXPECT_EQ("strict status", iof_smmuv3_cmd_stall_term_decode(in, len, IOF_DECODE_STRICT, &sid),
		  v->strict_status);
	if (v->strict_status != IOF_OK)
		return;
	rc = iof_smmuv3_cmd_stall_term_encode(sid, out, sizeof(out));
	EXPECT_EQ("encode", rc, IOF_OK);
	EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, sizeof(out)) != 0, 0);
}

static void check_row(const struct iof_vec *v)
{
	const struct iof_hcodec *c = iof_hcodec_find(v->record);
	uint8_t in[IOF_HCODEC_MAX_SIZE], out[IOF_HCODEC_MAX_SIZE];
	size_t len = (size_t)v->nwords * 8u;
	struct iof_fault f, f2;
	struct iof_page_response r, r2;
	uint32_t lost = 0xdeadu;
	int rc;

	begin(v->name);
	memset(in, 0, sizeof(in));
	iof_words_store(in, v->w, v->nwords);
	if (v->record == IOF_REC_SMMUV3_CMD_STALL_TERM) {
		check_stall_term_row(v, in, len);
		end();
		return;
	}
	if (!c) {
		fail("record type without a codec", v->record, 0);
		end();
		return;
	}
	if (c->fdec) {
		EXPECT_EQ("status", c->fdec(in, len, 0, &f), v->status);
		check_fault_fields(v, &f);
		EXPECT_EQ("strict status", c->fdec(in, len, IOF_DECODE_STRICT, &f2), v->strict_status);
		check_fault_fields(v, &f2);
		if (v->status == IOF_OK) {
			rc = c->fenc(&f, out, len, &lost);
			EXPECT_EQ("encode", rc, IOF_OK);
			EXPECT_EQ("lost", lost, 0);
			if (v->strict_status == IOF_OK)
				EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, len) != 0, 0);
			EXPECT_EQ("decode of re-encode", c->fdec(out, len, 0, &f2), IOF_OK);
			EXPECT_EQ("re-decoded generic form differs", iof_fault_equal(&f, &f2), 1);
		}
	} else {
		EXPECT_EQ("status", c->rdec(in, len, 0, &r), v->status);
		check_resp_fields(v, &r);
		EXPECT_EQ("strict status", c->rdec(in, len, IOF_DECODE_STRICT, &r2), v->strict_status);
		check_resp_fields(v, &r2);
		if (v->status == IOF_OK) {
			EXPECT_EQ("encode", c->renc(&r, out, len), IOF_OK);
			if (v->strict_status == IOF_OK)
				EXPECT_EQ("re-encoded bytes differ", memcmp(in, out, len) != 0, 0);
			EXPECT_EQ("decode of re-encode", c->rdec(out, len, 0, &r2), IOF_OK);
			EXPECT_EQ("re-decoded response differs", iof_page_response_equal(&r, &r2), 1);
		}
	}
	end();
}

static void check_table(const struct iof_vec *t, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		check_row(&t[i]);
}

/* ---- seeded round-trip sweep ---------------------------------------------- */

#define SWEEP_RECORDS 20000u

/* Valid records to mutate: the vector rows of @p record that decode cleanly. */
static const struct iof_vec *sweep_base(uint32_t record, uint64_t pick)
{
	static const struct iof_vec *const tables[2] = {iof_smmuv3_vectors, iof_vtd_vectors};
	static const size_t sizes[2] = {sizeof(iof_smmuv3_vectors) / sizeof(iof_smmuv3_vectors[0]),
					sizeof(iof_vtd_vectors) / sizeof(iof_vtd_vectors[0])};
	size_t t, i, n = 0;

	for (t = 0; t < 2; t++)
		for (i = 0; i < sizes[t]; i++)
			if (tables[t][i].record == record && tables[t][i].status == IOF_OK)
				n++;
	if (!n)
		return 0;
	pick %= n;
	for (t = 0; t < 2; t++)
		for (i = 0; i < sizes[t]; i++)
			if (tables[t][i].record == record && tables[t][i].status == IOF_OK && !pick--)
				return &tables[t][i];
	return 0;
}

static void sweep(const struct iof_hcodec *c, uint64_t seed)
{
	static char name[96];
	struct iof_rng rng;
	uint8_t in[IOF_HCODEC_MAX_SIZE], out[IOF_HCODEC_MAX_SIZE];
	struct iof_fault f, f2;
	struct iof_page_response r, r2;
	unsigned i, j, ok = 0, clean = 0;
	uint32_t lost;
	int st, sts;

	(void)snprintf(name, sizeof(name), "sweep %s: %u seeded records (seed %#llx)", c->name,
		       SWEEP_RECORDS, (unsigned long long)seed);
	begin(name);
	if (!c->size || c->size > IOF_HCODEC_MAX_SIZE) {
		fail("record size", c->size, IOF_HCODEC_MAX_SIZE);
		end();
		return;
	}
	rng.s = seed;
	for (i = 0; i < SWEEP_RECORDS && !cur_failed; i++) {
		const struct iof_vec *base = (i & 1u) ? sweep_base(c->record, iof_rng_next(&rng)) : 0;
		if (!base && (i & 1u) && c->renc) {
			/* no vector row: a response made by the encoder, bits flipped */
			iof_page_response_init(&r);
			r.record = (uint16_t)c->record;
			r.code = (uint32_t)(iof_rng_next(&rng) % IOF_RESP_COUNT);
			r.flags = IOF_RESP_FLAG_PASID_VALID;
			r.source_id = (uint32_t)iof_rng_bits(&rng, 16);
			r.pasid = (uint32_t)iof_rng_bits(&rng, 20);
			r.grpid = (uint32_t)iof_rng_bits(&rng, 9);
			memset(in, 0, sizeof(in));
			if (c->renc(&r, in, c->size) != IOF_OK)
				fail("encoder refused a valid response", 0, 0);
			for (j = (unsigned)iof_rng_bits(&rng, 2); j < 4; j++) {
				unsigned bit = (unsigned)(iof_rng_next(&rng) % (8u * c->size));
				in[bit / 8] ^= (uint8_t)(1u << (bit % 8));
			}
		} else if (base) {
			/* half: a valid vector row with one to four bits flipped */
			memset(in, 0, sizeof(in));
			iof_words_store(in, base->w, base->nwords);
			for (j = (unsigned)iof_rng_bits(&rng, 2); j < 4; j++) {
				unsigned bit = (unsigned)(iof_rng_next(&rng) % (8u * c->size));
				in[bit / 8] ^= (uint8_t)(1u << (bit % 8));
			}
		} else {
			for (j = 0; j < c->size; j += 8)
				iof_le64_store(in + j, iof_rng_next(&rng));
			/* a quarter: only a few low bits set in each byte: sparse records */
			if ((i & 3u) == 0)
				for (j = 0; j < c->size; j++)
					in[j] &= (uint8_t)(j % 8 ? 0x01 : 0x3f);
		}
		if (c->fdec) {
			st = c->fdec(in, c->size, 0, &f);
			sts = c->fdec(in, c->size, IOF_DECODE_STRICT, &f2);
			if (st != IOF_OK)
				continue;
			ok++;
			lost = 0xdeadu;
			EXPECT_EQ("encode", c->fenc(&f, out, c->size, &lost), IOF_OK);
			EXPECT_EQ("lost", lost, 0);
			EXPECT_EQ("decode of re-encode", c->fdec(out, c->size, 0, &f2), IOF_OK);
			EXPECT_EQ("re-decoded generic form differs", iof_fault_equal(&f, &f2), 1);
		} else {
			st = c->rdec(in, c->size, 0, &r);
			sts = c->rdec(in, c->size, IOF_DECODE_STRICT, &r2);
			if (st != IOF_OK)
				continue;
			ok++;
			EXPECT_EQ("encode", c->renc(&r, out, c->size), IOF_OK);
			EXPECT_EQ("decode of re-encode", c->rdec(out, c->size, 0, &r2), IOF_OK);
			EXPECT_EQ("re-decoded response differs", iof_page_response_equal(&r, &r2), 1);
		}
		if (sts == IOF_OK) {
			clean++;
			EXPECT_EQ("strict-clean record re-encoded to other bytes",
				  memcmp(in, out, c->size) != 0, 0);
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
	size_t i;

	check_byte_order();
	check_table(iof_smmuv3_vectors, sizeof(iof_smmuv3_vectors) / sizeof(iof_smmuv3_vectors[0]));
	check_table(iof_vtd_vectors, sizeof(iof_vtd_vectors) / sizeof(iof_vtd_vectors[0]));
	for (i = 0; i < IOF_HCODEC_COUNT; i++)
		sweep(&iof_hcodecs[i], 0x10f5eed0ull + i);
	printf("%u passed, %u failed\n", n_pass, n_fail);
	return n_fail ? 1 : 0;
}
