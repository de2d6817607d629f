/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: one target per row of the codec registry (codec.h),
 * plus the tool's JSON reader and log reader.  `make fuzz` builds it once
 * with clang -fsanitize=fuzzer,address,undefined, linked with the units of
 * tools/iommu-fault-decode/ but main.c, and runs it once per target; the
 * target is named at run time:
 *
 *   IOF_FUZZ_TARGET=<row name> fuzz ...   a registry row (struct iof_codec::name)
 *   IOF_FUZZ_TARGET=json fuzz ...         the tool's --encode reader
 *   IOF_FUZZ_TARGET=log fuzz ...          the tool's log reader
 *
 * (`fuzz_seeds --list` prints the targets.)  One binary for every row: a new
 * row is a new target with no build change, and the headers are compiled
 * with the sanitizers once instead of once per row.
 *
 * Properties checked on every input (a violation aborts, so libFuzzer keeps
 * the input as a crash):
 *  - a row's decoder writes the whole output struct and returns a status it
 *    documents; default mode never reports reserved bits; strict mode decodes
 *    the same fields; what it writes obeys the ABI v1 rules (iof_fault_import);
 *  - round trip: decode -> encode -> decode gives the same generic form
 *    (iof_fault_equal), the encoder reports no loss, and when strict mode
 *    found no reserved bit in the input it finds none in the output and the
 *    output is the input, byte for byte;
 *  - the encoder refuses a buffer one byte short (ASan sees any overrun);
 *  - the bytes after the record, read as a generic struct, are encoded too:
 *    what the encoder accepts decodes cleanly, and "nothing lost" means every
 *    valid field of what was encoded comes back (fz_kept);
 *  - json: a line the reader accepts names a row and encodes into a record
 *    that passes the row's checks; the whole --encode --json path runs;
 *  - log: the first three bytes choose the options (byte 0: bit 0 --json,
 *    bit 1 --strict; byte 1: --to, byte 2: --format, each 0 for none or
 *    1 + a row's index), the rest is the log.  With --json, every line the
 *    tool prints reads back through --encode --json without an error into
 *    the same line (what tests/tool/run.sh checks on the samples).
 */
#define _POSIX_C_SOURCE 200809L /* fmemopen, open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iommu_fault/codec.h>

#include "tool.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const uint8_t *fz_data;
static size_t fz_size;
static const char *fz_target;

/* Prints what failed and the input as hex, then aborts (libFuzzer saves it). */
static void fz_fail(const char *what, int a, int b)
{
	size_t i;
	fprintf(stderr, "fuzz_decode[%s]: %s (%d, %d); input %u bytes:", fz_target, what, a, b, (unsigned)fz_size);
	for (i = 0; i < fz_size && i < 512; i++)
		fprintf(stderr, "%s%02x", i % 8 ? "" : " ", fz_data[i]);
	fputc('\n', stderr);
	abort();
}

#define FZ_CHECK(cond, a, b)                                \
	do {                                                \
		if (!(cond))                                \
			fz_fail(#cond, (int)(a), (int)(b)); \
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
static void fz_generic(const struct iof_codec *c, const uint8_t *b, struct iof_fault *g)
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
static int fz_kept(const struct iof_codec *c, const struct iof_fault *want, const struct iof_fault *got)
{
	uint32_t fl = want->flags;
	unsigned i;

	if (want->kind != got->kind || want->reason != got->reason ||
	    (want->txn != IOF_TXN_UNSPECIFIED && want->txn != got->txn) || want->at != got->at ||
	    want->perm != got->perm || (fl & ~got->flags) || want->grpid != got->grpid || want->length != got->length)
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

static void fz_fault(const struct iof_codec *c, const uint8_t *data, size_t size)
{
	struct iof_fault f, fs, f2, imp, g;
	uint8_t *out;
	uint32_t lost = 0xdeadu;
	int st, sts, rc, st2;

	st = c->fault_decode(data, size, 0, &f);
	sts = c->fault_decode(data, size, IOF_DECODE_STRICT, &fs);
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
	rc = c->fault_encode(&f, out, c->size, &lost);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	FZ_CHECK(lost == 0, lost, 0);
	st2 = c->fault_decode(out, c->size, 0, &f2);
	FZ_CHECK(st2 == IOF_OK, st2, 0);
	FZ_CHECK(iof_fault_equal(&f, &f2), 0, 0);
	st2 = c->fault_decode(out, c->size, IOF_DECODE_STRICT, &f2);
	FZ_CHECK(st2 == IOF_OK || sts != IOF_OK, st2, sts);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, size < c->size ? c->min_size : c->size) == 0, 0, 0);
	rc = c->fault_encode(&f, out, c->size, IOF_NULL);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	free(out);
	out = fz_buf(c->min_size - 1);
	rc = c->fault_encode(&f, out, c->min_size - 1, &lost);
	FZ_CHECK(rc == IOF_E_SHORT, rc, 0);
	free(out);

	if (size < c->size + sizeof(g))
		return;
	fz_generic(c, data + c->size, &g);
	out = fz_buf(c->size);
	lost = 0;
	rc = c->fault_encode(&g, out, c->size, &lost);
	FZ_CHECK(fz_status_known(rc) && rc != IOF_E_SHORT && rc != IOF_E_RESERVED, rc, 0);
	if (rc == IOF_OK) {
		/* the record's own origin is written back as is: a code defined or
		 * not, and detail bits such as an empty-slot marker, so then (only)
		 * the decoder may say IOF_E_CODE or IOF_E_EMPTY */
		st2 = c->fault_decode(out, c->size, 0, &f2);
		FZ_CHECK(st2 == IOF_OK || (g.origin.record == c->record && (st2 == IOF_E_CODE || st2 == IOF_E_EMPTY)),
			 st2, (int)lost);
		if (!lost && st2 == IOF_OK)
			FZ_CHECK(fz_kept(c, &g, &f2), 0, 0);
	}
	free(out);
}

static int fz_resp_sane(const struct iof_codec *c, const struct iof_page_response *r, int st)
{
	if (r->size != IOF_PAGE_RESPONSE_SIZE_V1 || r->reserved0 || r->reserved1)
		return 0;
	if (st == IOF_E_SHORT)
		return 1;
	return r->code < IOF_RESP_COUNT && !(r->flags & ~IOF_RESP_FLAG_ALL_V1) &&
	       (r->record == c->record || (st == IOF_E_CODE && r->record == 0));
}

static void fz_resp(const struct iof_codec *c, const uint8_t *data, size_t size)
{
	struct iof_page_response r, rs, r2, g;
	uint8_t *out;
	int st, sts, rc, st2;

	st = c->response_decode(data, size, 0, &r);
	sts = c->response_decode(data, size, IOF_DECODE_STRICT, &rs);
	FZ_CHECK(fz_status_known(st) && st != IOF_E_RESERVED && st != IOF_E_INVAL, st, 0);
	FZ_CHECK(size >= c->min_size || (st == IOF_E_SHORT && sts == IOF_E_SHORT), st, sts);
	FZ_CHECK(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), st, sts);
	FZ_CHECK(iof_page_response_equal(&r, &rs), st, sts);
	FZ_CHECK(fz_resp_sane(c, &r, st), st, (int)r.code);
	if (st != IOF_OK)
		return;

	out = fz_buf(c->size);
	rc = c->response_encode(&r, out, c->size);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	st2 = c->response_decode(out, c->size, 0, &r2);
	FZ_CHECK(st2 == IOF_OK, st2, 0);
	FZ_CHECK(iof_page_response_equal(&r, &r2), 0, 0);
	st2 = c->response_decode(out, c->size, IOF_DECODE_STRICT, &r2);
	FZ_CHECK(st2 == IOF_OK || sts != IOF_OK, st2, sts);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, size < c->size ? c->min_size : c->size) == 0, 0, 0);
	free(out);
	out = fz_buf(c->min_size - 1);
	rc = c->response_encode(&r, out, c->min_size - 1);
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
	rc = c->response_encode(&g, out, c->size);
	FZ_CHECK(fz_status_known(rc) && rc != IOF_E_SHORT && rc != IOF_E_RESERVED, rc, 0);
	if (rc == IOF_OK) {
		/* detail of the same command type is put back as is, a reserved
		 * response code included, so then (only) the decoder may say IOF_E_CODE */
		st2 = c->response_decode(out, c->size, 0, &r2);
		FZ_CHECK(st2 == IOF_OK || (st2 == IOF_E_CODE && (g.detail[0] || g.detail[1])), st2, 0);
	}
	free(out);
}

/* A command that names only a source. */
static void fz_command(const struct iof_codec *c, const uint8_t *data, size_t size)
{
	uint32_t sid = 0xdeadbeefu, sids = 0, sid2 = 0;
	uint8_t *out;
	int st, sts, rc, st2;

	st = c->command_decode(data, size, 0, &sid);
	sts = c->command_decode(data, size, IOF_DECODE_STRICT, &sids);
	FZ_CHECK(fz_status_known(st) && st != IOF_E_RESERVED && st != IOF_E_INVAL, st, 0);
	FZ_CHECK(size >= c->min_size || (st == IOF_E_SHORT && sts == IOF_E_SHORT), st, sts);
	FZ_CHECK(sts == st || (st == IOF_OK && sts == IOF_E_RESERVED), st, sts);
	FZ_CHECK(sid == sids, sid, sids);
	FZ_CHECK(st == IOF_OK || sid == 0, st, sid);
	if (st != IOF_OK)
		return;
	out = fz_buf(c->size);
	rc = c->command_encode(sid, out, c->size);
	FZ_CHECK(rc == IOF_OK, rc, 0);
	st2 = c->command_decode(out, c->size, IOF_DECODE_STRICT, &sid2);
	FZ_CHECK(st2 == IOF_OK && sid2 == sid, st2, sid2);
	if (sts == IOF_OK)
		FZ_CHECK(memcmp(out, data, c->size) == 0, 0, 0);
	free(out);
	out = fz_buf(c->min_size - 1);
	rc = c->command_encode(sid, out, c->min_size - 1);
	FZ_CHECK(rc == IOF_E_SHORT, rc, 0);
	free(out);
}

static void fz_record(const struct iof_codec *c, const uint8_t *data, size_t size)
{
	switch (c->shape) {
	case IOF_SHAPE_FAULT: fz_fault(c, data, size); break;
	case IOF_SHAPE_RESPONSE: fz_resp(c, data, size); break;
	case IOF_SHAPE_COMMAND: fz_command(c, data, size); break;
	default: FZ_CHECK(!"a row of a shape this harness does not know", c->shape, 0);
	}
}

/* A stream on /dev/null for the tool's output and messages. */
static FILE *fz_null(void)
{
	static FILE *null;
	if (!null && !(null = fopen("/dev/null", "w")))
		abort();
	return null;
}

/* Reads @p n bytes at @p p through the tool's --encode loop; returns what it printed (malloc'd). */
static char *fz_encode_json(const void *p, size_t n, size_t *outlen)
{
	char *text = NULL;
	FILE *in, *out;

	out = open_memstream(&text, outlen);
	if (!out)
		abort();
	in = fmemopen((void *)(uintptr_t)p, n, "r");
	if (!in)
		abort();
	ifd_out = out;
	ifd_json_file(in);
	fclose(in);
	fclose(out);
	ifd_out = fz_null();
	return text;
}

/*
 * One JSON line through the tool's reader and encoder (the --encode path),
 * then the record it produced through the row's checks above; then the
 * whole --encode --json loop on the input.
 */
static void fz_json(const uint8_t *data, size_t size)
{
	char *line = (char *)fz_buf(size + 1);
	struct ifd_record d;
	char msg[160];
	uint64_t w[IFD_MAX_WORDS];
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	uint32_t lost;
	size_t n;

	memcpy(line, data, size);
	line[size] = 0;
	ifd_reset(fz_null(), fz_null());
	if (!ifd_json_parse(line, &d, msg, sizeof(msg))) {
		FZ_CHECK(d.c != IOF_NULL, 0, 0);
		if (!ifd_encode(&d, d.c, w, &lost)) {
			iof_words_store(rec, w, ifd_words(d.c));
			fz_record(d.c, rec, d.c->size);
		}
	} else {
		FZ_CHECK(msg[0] && strlen(msg) < sizeof(msg), 0, 0);
	}
	free(line);
	if (size) {
		ifd_opt.json = 1;
		free(fz_encode_json(data, size, &n));
	}
}

/* The tool's row the option byte @p b names: 0 none, else 1 + an index (modulo the rows). */
static const struct iof_codec *fz_row_option(uint8_t b)
{
	return b ? ifd_row_at((size_t)(b - 1u) % iof_codec_count()) : IOF_NULL;
}

/* A log through the tool's log reader, with options from its first three bytes. */
static void fz_log(const uint8_t *data, size_t size)
{
	char *text = NULL, *again;
	size_t len = 0, len2 = 0;
	FILE *in, *out;
	unsigned opts;

	if (size < 4)
		return;
	ifd_reset(fz_null(), fz_null());
	ifd_opt.json = data[0] & 1u;
	ifd_opt.decode_opts = (data[0] & 2u) ? IOF_DECODE_STRICT : 0u;
	ifd_opt.to = fz_row_option(data[1]);
	ifd_opt.format = fz_row_option(data[2]);
	out = open_memstream(&text, &len);
	in = fmemopen((void *)(uintptr_t)(data + 3), size - 3, "r");
	if (!out || !in)
		abort();
	ifd_out = out;
	ifd_log_file(in);
	fclose(in);
	fclose(out);
	if (ifd_opt.json && len) {
		/* what --json printed reads back into the same lines */
		opts = ifd_opt.decode_opts;
		ifd_reset(fz_null(), fz_null());
		ifd_opt.json = 1;
		ifd_opt.decode_opts = opts;
		again = fz_encode_json(text, len, &len2);
		FZ_CHECK(!ifd_had_error && !ifd_had_loss, ifd_had_error, ifd_had_loss);
		FZ_CHECK(len2 == len && !memcmp(again, text, len), len, len2);
		free(again);
	}
	free(text);
}

static enum { FZ_ROW, FZ_JSON, FZ_LOG } fz_kind;
static const struct iof_codec *fz_row;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t i;
	(void)argc;
	(void)argv;
	fz_target = getenv("IOF_FUZZ_TARGET");
	if (fz_target && !strcmp(fz_target, "json")) {
		fz_kind = FZ_JSON;
		return 0;
	}
	if (fz_target && !strcmp(fz_target, "log")) {
		fz_kind = FZ_LOG;
		return 0;
	}
	fz_kind = FZ_ROW;
	fz_row = fz_target ? iof_codec_by_name(fz_target, strlen(fz_target)) : IOF_NULL;
	if (fz_row)
		return 0;
	fprintf(stderr, "fuzz_decode: set IOF_FUZZ_TARGET to json, log or a registry row:");
	for (i = 0; i < iof_codec_count(); i++)
		fprintf(stderr, " %s", iof_codec_at(i)->name);
	fputc('\n', stderr);
	exit(2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_data = data;
	fz_size = size;
	switch (fz_kind) {
	case FZ_ROW: fz_record(fz_row, data, size); break;
	case FZ_JSON: fz_json(data, size); break;
	case FZ_LOG: fz_log(data, size); break;
	}
	return 0;
}
