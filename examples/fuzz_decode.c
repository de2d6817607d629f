/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for every decoder, and for the JSON reader of
 * iommu-fault-decode.  `make fuzz` builds it once per target with clang
 * -fsanitize=fuzzer,address,undefined and one of:
 *
 *   -DIOF_FUZZ_TARGET='"smmuv3-event"'   a record type of tests/hardening/codecs.h
 *   -DIOF_FUZZ_TARGET='"smmuv3-cmd-stall-term"'
 *   -DIOF_FUZZ_JSON                      the tool's --encode path: its source is
 *                                        included here, its main renamed
 *
 * Properties checked on every input (a violation aborts, so libFuzzer keeps
 * the input as a crash):
 *  - the decoder writes the whole output struct and returns a status it
 *    documents; default mode never reports reserved bits; strict mode decodes
 *    the same fields; what it writes obeys the ABI v1 rules (iof_fault_import);
 *  - round trip: decode -> encode -> decode gives the same generic form
 *    (iof_fault_equal), the encoder reports no loss, and when strict mode
 *    found no reserved bit in the input it finds none in the output and the
 *    output is the input, byte for byte;
 *  - the encoder refuses a buffer one byte short (ASan sees any overrun);
 *  - the bytes after the record, read as a generic struct, are encoded too:
 *    what the encoder accepts decodes cleanly, and "nothing lost" means every
 *    valid field of what was encoded comes back (fz_kept).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef IOF_FUZZ_JSON
#define main iof_tool_main /* the tool's main is not ours */
#include "iommu-fault-decode.c"
#undef main
#define IOF_FUZZ_TARGET "json"
#endif
#include "hardening/codecs.h"

#ifndef IOF_FUZZ_TARGET
#error "build with -DIOF_FUZZ_TARGET='\"<record name>\"' or -DIOF_FUZZ_JSON"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const uint8_t *fz_data;
static size_t fz_size;

/* Prints what failed and the input as hex, then aborts (libFuzzer saves it). */
static void fz_fail(const char *target, const char *what, int a, int b)
{
	size_t i;
	fprintf(stderr, "fuzz_decode[%s]: %s (%d, %d); input %u bytes:", target, what, a, b,
		(unsigned)fz_size);
	for (i = 0; i < fz_size && i < 512; i++)
		fprintf(stderr, "%s%02x", i % 8 ? "" : " ", fz_data[i]);
	fputc('\n', stderr);
	abort();
}

#define FZ_CHECK(cond, a, b)                                                 \
	do {                                                                 \
		if (!(cond))                                                 \
			fz_fail(c->name, #cond, (int)(a), (int)(b));         \
	} while (0)

static int fz_status_known(int st)
{
	return st <= 0 && st >= IOF_E_EMPTY;
}

/* Exactly @p n bytes on the heap, so ASan catches a write past @p n. */
static uint8_t *fz_buf(size_t n)
{
	uint8_t *p = (uint8_t *)malloc(n ? n : 1);
	if (!p)
		abort();
	memset(p, 0xa5, n);
	return p;
}

/* Makes arbitrary bytes an ABI-valid generic record the encoder can work on. */
static void fz_generic(const struct iof_hcodec *c, const uint8_t *b, struct iof_fault *g)
{
	memcpy(g, b, sizeof(*g));
	g->size = IOF_FAULT_SIZE_V1;
	g->kind = (uint8_t)(g->kind % IOF_KIND_COUNT);
	g->reason = (uint8_t)(g->reason % IOF_REASON_COUNT);
	g->txn = (uint8_t)(g->txn % IOF_TXN_COUNT);
	g->at = (uint8_t)(g->at % IOF_AT_COUNT);
	g->flags &= IOF_FLAG_ALL_V1;
	g->perm &= IOF_PERM_ALL_V1;
	g->count = 0;
	g->origin.reserved0 = 0;
	memset(g->reserved, 0, sizeof(g->reserved));
	/* half the time: from this very record type, so detail is put back */
	if (g->origin.record & 1u)
		g->origin.record = (uint16_t)c->record;
}

/*
 * 1 when @p got (the decode of what the encoder made of @p want) kept every
 * piece of information of @p want: what an encoder must ensure before it
 * reports nothing lost.  A field without its validity flag carries nothing,
 * nor does an unspecified transaction type; decoders may add validity flags
 * (a record always has a source ID).
 */
static int fz_kept(const struct iof_hcodec *c, const struct iof_fault *want,
		   const struct iof_fault *got)
{
	uint32_t fl = want->flags;
	unsigned i;

	if (want->kind != got->kind || want->reason != got->reason ||
	    (want->txn != IOF_TXN_UNSPECIFIED && want->txn != got->txn) || want->at != got->at || want->perm != got->perm || (fl & ~got->flags) ||
	    want->grpid != got->grpid || want->length != got->length)
		return 0;
	if (((fl & IOF_FLAG_SOURCE_ID_VALID) && want->source_id != got->source_id) ||
	    ((fl & IOF_FLAG_PASID_VALID) && want->pasid != got->pasid) ||
	    ((fl & IOF_FLAG_ADDR_VALID) && want->addr != got->addr) ||
	    ((fl & IOF_FLAG_FETCH_ADDR_VALID) && want->fetch_addr != got->fetch_addr) ||
	    ((fl & IOF_FLAG_IPA_VALID) && want->ipa != got->ipa) ||
	    ((fl & IOF_FLAG_IRQ_INDEX_VALID) && want->irq_index != got->irq_index))
		return 0;
	if (want->origin.record == c->record) {
		if (want->origin.code != got->origin.code)
			return 0;
		for (i = 0; i < 3; i++)
			if (want->origin.detail[i] != got->origin.detail[i])
				return 0;
	}
	return 1;
}

static void fz_fault(const struct iof_hcodec *c, const uint8_t *data, size_t size)
{
	struct iof_fault f, fs, f2, imp, g;
	uint8_t *out;
	uint32_t lost = 0xdeadu;
	int st, sts, rc, st2;

	st = c->fdec(data, size, 0, &f);
	sts = c->fdec(data, size, IOF_DECODE_STRICT, &fs);
	FZ_CHECK(fz_status_known(st) && st != IOF_E_RESERVED && st != IOF_E_INVAL, st, 0);
	FZ_CHECK(size >= c->min_size || (st == IOF_E_SHORT && sts == IOF_E_SHORT), st, sts);
	FZ_CHECK(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), st, sts);
	FZ_CHECK(f.size == IOF_FAULT_SIZE_V1, f.size, 0);
	FZ_CHECK(iof_fault_equal(&f, &fs), st, sts);
	rc = iof_fault_import(&imp, &f, sizeof(f));
	FZ_CHECK(rc == IOF_OK, rc, st);
	FZ_CHECK(st == IOF_E_SHORT || f.origin.record == c->record, f.origin.record, st);
	if (st != IOF_OK)
		return;

	out = fz_buf(c->size);
	rc = c->fenc(&f, out, c->size, &lost);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	FZ_CHECK(lost == 0, lost, 0);
	st2 = c->fdec(out, c->size, 0, &f2);
	FZ_CHECK(st2 == IOF_OK, st2, 0);
	FZ_CHECK(iof_fault_equal(&f, &f2), 0, 0);
	st2 = c->fdec(out, c->size, IOF_DECODE_STRICT, &f2);
	FZ_CHECK(st2 == IOF_OK || sts != IOF_OK, st2, sts);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, size < c->size ? c->min_size : c->size) == 0, 0, 0);
	rc = c->fenc(&f, out, c->size, IOF_NULL);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	free(out);
	out = fz_buf(c->min_size - 1);
	rc = c->fenc(&f, out, c->min_size - 1, &lost);
	FZ_CHECK(rc == IOF_E_SHORT, rc, 0);
	free(out);

	if (size < c->size + sizeof(g))
		return;
	fz_generic(c, data + c->size, &g);
	out = fz_buf(c->size);
	lost = 0;
	rc = c->fenc(&g, out, c->size, &lost);
	FZ_CHECK(fz_status_known(rc) && rc != IOF_E_SHORT && rc != IOF_E_RESERVED, rc, 0);
	if (rc == IOF_OK) {
		/* the record's own origin is written back as is: a code defined or
		 * not, and detail bits such as VT-d's inverted F (an empty slot),
		 * so then (only) the decoder may say IOF_E_CODE or IOF_E_EMPTY */
		st2 = c->fdec(out, c->size, 0, &f2);
		FZ_CHECK(st2 == IOF_OK || (g.origin.record == c->record &&
					   (st2 == IOF_E_CODE || st2 == IOF_E_EMPTY)),
			 st2, (int)lost);
		if (!lost && st2 == IOF_OK)
			FZ_CHECK(fz_kept(c, &g, &f2), 0, 0);
	}
	free(out);
}

static int fz_resp_sane(const struct iof_hcodec *c, const struct iof_page_response *r, int st)
{
	if (r->size != IOF_PAGE_RESPONSE_SIZE_V1 || r->reserved0 || r->reserved1)
		return 0;
	if (st == IOF_E_SHORT)
		return 1;
	return r->code < IOF_RESP_COUNT && !(r->flags & ~IOF_RESP_FLAG_ALL_V1) &&
	       (r->record == c->record || (st == IOF_E_CODE && r->record == 0));
}

static void fz_resp(const struct iof_hcodec *c, const uint8_t *data, size_t size)
{
	struct iof_page_response r, rs, r2, g;
	uint8_t *out;
	int st, sts, rc, st2;

	st = c->rdec(data, size, 0, &r);
	sts = c->rdec(data, size, IOF_DECODE_STRICT, &rs);
	FZ_CHECK(fz_status_known(st) && st != IOF_E_RESERVED && st != IOF_E_INVAL, st, 0);
	FZ_CHECK(size >= c->min_size || (st == IOF_E_SHORT && sts == IOF_E_SHORT), st, sts);
	FZ_CHECK(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), st, sts);
	FZ_CHECK(iof_page_response_equal(&r, &rs), st, sts);
	FZ_CHECK(fz_resp_sane(c, &r, st), st, (int)r.code);
	if (st != IOF_OK)
		return;

	out = fz_buf(c->size);
	rc = c->renc(&r, out, c->size);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	st2 = c->rdec(out, c->size, 0, &r2);
	FZ_CHECK(st2 == IOF_OK, st2, 0);
	FZ_CHECK(iof_page_response_equal(&r, &r2), 0, 0);
	st2 = c->rdec(out, c->size, IOF_DECODE_STRICT, &r2);
	FZ_CHECK(st2 == IOF_OK || sts != IOF_OK, st2, sts);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, size < c->size ? c->min_size : c->size) == 0, 0, 0);
	free(out);
	out = fz_buf(c->min_size - 1);
	rc = c->renc(&r, out, c->min_size - 1);
	FZ_CHECK(rc == IOF_E_SHORT, rc, 0);
	free(out);

	if (size < c->size + sizeof(g))
		return;
	memcpy(&g, data + c->size, sizeof(g));
	g.size = IOF_PAGE_RESPONSE_SIZE_V1;
	g.code %= IOF_RESP_COUNT;
	g.flags &= IOF_RESP_FLAG_ALL_V1;
	g.reserved0 = 0;
	g.reserved1 = 0;
	g.record = (uint16_t)c->record;
	out = fz_buf(c->size);
	rc = c->renc(&g, out, c->size);
	FZ_CHECK(fz_status_known(rc) && rc != IOF_E_SHORT && rc != IOF_E_RESERVED, rc, 0);
	if (rc == IOF_OK) {
		/* detail of the same command type is put back as is, a reserved
		 * response code included (SMMUv3 CMD_PRI_RESP Resp 0b11) */
		st2 = c->rdec(out, c->size, 0, &r2);
		FZ_CHECK(st2 == IOF_OK || (st2 == IOF_E_CODE && (g.detail[0] || g.detail[1])), st2, 0);
	}
	free(out);
}

#ifdef IOMMU_FAULT_SMMUV3_H
static void fz_stall_term(const uint8_t *data, size_t size)
{
	static const struct iof_hcodec term = { "smmuv3-cmd-stall-term", IOF_REC_SMMUV3_CMD_STALL_TERM,
						IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE, 0, 0, 0, 0 };
	const struct iof_hcodec *c = &term;
	uint32_t sid = 0xdeadbeefu, sids = 0, sid2 = 0;
	uint8_t *out;
	int st, sts, rc, st2;

	st = iof_smmuv3_cmd_stall_term_decode(data, size, 0, &sid);
	sts = iof_smmuv3_cmd_stall_term_decode(data, size, IOF_DECODE_STRICT, &sids);
	FZ_CHECK(fz_status_known(st) && st != IOF_E_RESERVED && st != IOF_E_INVAL, st, 0);
	FZ_CHECK(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), st, sts);
	FZ_CHECK(sid == sids, sid, sids);
	FZ_CHECK(st == IOF_OK || sid == 0, st, sid);
	if (st != IOF_OK)
		return;
	out = fz_buf(c->size);
	rc = iof_smmuv3_cmd_stall_term_encode(sid, out, c->size);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	st2 = iof_smmuv3_cmd_stall_term_decode(out, c->size, IOF_DECODE_STRICT, &sid2);
	FZ_CHECK(st2 == IOF_OK && sid2 == sid, st2, sid2);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, c->size) == 0, 0, 0);
	free(out);
}
#endif

static void fz_record(const struct iof_hcodec *c, const uint8_t *data, size_t size)
{
	if (c->fdec)
		fz_fault(c, data, size);
	else
		fz_resp(c, data, size);
}

#ifdef IOF_FUZZ_JSON
/*
 * One JSON line through the tool's reader and encoder (the --encode path),
 * then the record it produced through the codec checks above.
 */
static void fz_json(const uint8_t *data, size_t size)
{
	static struct jmember m[J_MEMBERS_MAX];
	static const struct iof_hcodec json = { "json", 0, 0, 0, 0, 0, 0, 0 };
	const struct iof_hcodec *c = &json;
	char *line = (char *)fz_buf(size + 1);
	struct jreader r;
	struct decoded d;
	char msg[128];
	uint64_t w[MAX_WORDS];
	uint8_t rec[8 * MAX_WORDS];
	uint32_t lost;
	int n;

	memcpy(line, data, size);
	line[size] = 0;
	memset(&r, 0, sizeof(r));
	r.s = r.p = line;
	n = jobject(&r, m);
	FZ_CHECK(n <= J_MEMBERS_MAX, n, 0);
	if (n >= 0 && !json_to_record(m, n, &d, msg, sizeof(msg))) {
		FZ_CHECK(d.t != IOF_NULL, 0, 0);
		if (!encode(&d, d.t, w, &lost)) {
			const struct iof_hcodec *rc = iof_hcodec_find(d.t->record);
			iof_words_store(rec, w, d.t->nwords);
			if (rc)
				fz_record(rc, rec, rc->size);
#ifdef IOMMU_FAULT_SMMUV3_H
			else if (d.t->record == IOF_REC_SMMUV3_CMD_STALL_TERM)
				fz_stall_term(rec, IOF_SMMUV3_CMD_SIZE);
#endif
		}
	}
	free(line);
}
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct iof_hcodec *codec;
	static int resolved;

	fz_data = data;
	fz_size = size;
#ifdef IOF_FUZZ_JSON
	(void)codec;
	(void)resolved;
	fz_json(data, size);
#else
	if (!resolved) {
		size_t i;
		for (i = 0; i < IOF_HCODEC_COUNT; i++)
			if (!strcmp(iof_hcodecs[i].name, IOF_FUZZ_TARGET))
				codec = &iof_hcodecs[i];
		resolved = 1;
	}
	if (codec)
		fz_record(codec, data, size);
#ifdef IOMMU_FAULT_SMMUV3_H
	else if (!strcmp(IOF_FUZZ_TARGET, "smmuv3-cmd-stall-term"))
		fz_stall_term(data, size);
#endif
	else
		abort(); /* unknown target name: a build mistake */
#endif
	return 0;
}
