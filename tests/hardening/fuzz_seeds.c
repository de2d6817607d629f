/* SPDX-License-Identifier: MIT */
/*
 * Seed corpora for tests/hardening/fuzz_decode.c, written by the encoders of
 * the codec registry's rows:
 *
 *   fuzz_seeds --list              the fuzz targets: every row, json, log
 *   fuzz_seeds TARGET DIR [FILE...]
 *
 * For a row, writes one file per distinct record its encoder produces from a
 * grid of generic records (every kind x reason x flag set, and every 8-bit
 * hardware code with the record's own origin; every response code and flag
 * set; a few source IDs for a command), a fault also followed by a generic
 * struct (the harness encodes that part too).  For "json" it writes the
 * tool's --json line of every seed record of every row; for "log" the
 * tool's labelled words of every seed record, and each FILE, each behind
 * the harness's option bytes (plain, and --json).  File names are a hash of
 * the content, so rerunning adds nothing twice.  Linked with the units of
 * tools/iommu-fault-decode/ but main.c.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iommu_fault/codec.h>

#include "tool.h"

static const char *seed_dir;
static unsigned seed_count, seed_new;

static void seed_write(const void *p, size_t n)
{
	const uint8_t *b = (const uint8_t *)p;
	uint64_t h = 0xcbf29ce484222325ull;
	char path[4096];
	FILE *f;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	snprintf(path, sizeof(path), "%s/seed-%016llx", seed_dir, (unsigned long long)h);
	seed_count++;
	f = fopen(path, "rb");
	if (f) {
		fclose(f); /* already there */
		return;
	}
	f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f)) {
		perror(path);
		exit(1);
	}
	seed_new++;
}

typedef void (*emit_fn)(const struct iof_codec *c, const uint8_t *rec);

/* Calls @p emit with every record the encoder of fault row @p c makes from the grid. */
static void seed_faults(const struct iof_codec *c, emit_fn emit)
{
	static const uint32_t flag_sets[] = {
		0,
		IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID,
		IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_FETCH_ADDR_VALID,
		IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_IPA_VALID | IOF_FLAG_STAGE2,
		IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID |
			IOF_FLAG_ADDR_VALID,
		IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_IRQ_INDEX_VALID,
	};
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	struct iof_fault g;
	uint32_t lost, kind, reason, code, fs;

	/* code 0..255 with this record's own origin; code 256: no origin, the
	 * encoder picks the hardware code from kind and reason */
	for (code = 0; code <= 256; code++) {
		for (fs = 0; fs < sizeof(flag_sets) / sizeof(flag_sets[0]); fs++) {
			for (kind = 0; kind < IOF_KIND_COUNT; kind++) {
				for (reason = 0; reason < IOF_REASON_COUNT; reason++) {
					if (code < 256 && (reason || fs > 2))
						continue;
					iof_fault_init(&g);
					g.kind = (uint8_t)kind;
					g.reason = (uint8_t)reason;
					g.txn = (uint8_t)(kind == IOF_KIND_PAGE_REQUEST ? IOF_TXN_PAGE_REQUEST
											: IOF_TXN_MEMORY);
					g.flags = flag_sets[fs];
					g.perm = IOF_PERM_READ | (kind & 1u ? IOF_PERM_WRITE : 0u);
					g.source_id = 0x0100u + kind;
					g.pasid = 0x1234u;
					g.grpid = 5u;
					g.irq_index = 0x2au;
					g.addr = 0x0000ffffc0de5000ull;
					g.fetch_addr = 0x80001000ull;
					g.ipa = 0x40002000ull;
					if (code < 256) {
						g.origin.record = (uint16_t)c->record;
						g.origin.code = code;
					}
					lost = 0;
					if (c->fault_encode(&g, rec, c->size, &lost) == IOF_OK)
						emit(c, rec);
				}
			}
		}
	}
}

static void seed_resps(const struct iof_codec *c, emit_fn emit)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	struct iof_page_response r;
	uint32_t code, flags;

	for (code = 0; code < IOF_RESP_COUNT; code++) {
		for (flags = 0; flags <= IOF_RESP_FLAG_ALL_V1; flags++) {
			iof_page_response_init(&r);
			r.record = (uint16_t)c->record;
			r.code = code;
			r.flags = flags;
			r.source_id = 0x0100u;
			r.pasid = flags & IOF_RESP_FLAG_PASID_VALID ? 0x1234u : 0u;
			r.grpid = 5u;
			if (c->response_encode(&r, rec, c->size) == IOF_OK)
				emit(c, rec);
		}
	}
}

static void seed_commands(const struct iof_codec *c, emit_fn emit)
{
	static const uint32_t sids[] = {0, 1, 0x0100, 0xffffffffu};
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	size_t i;

	for (i = 0; i < sizeof(sids) / sizeof(sids[0]); i++)
		if (c->command_encode(sids[i], rec, c->size) == IOF_OK)
			emit(c, rec);
}

static void seed_row(const struct iof_codec *c, emit_fn emit)
{
	switch (c->shape) {
	case IOF_SHAPE_FAULT: seed_faults(c, emit); break;
	case IOF_SHAPE_RESPONSE: seed_resps(c, emit); break;
	case IOF_SHAPE_COMMAND: seed_commands(c, emit); break;
	default: fprintf(stderr, "fuzz_seeds: %s: a shape this program does not know\n", c->name); exit(1);
	}
}

/* A record alone, and a fault followed by a generic struct for the encoder half. */
static void emit_record(const struct iof_codec *c, const uint8_t *rec)
{
	uint8_t buf[IOF_RECORD_MAX_SIZE + sizeof(struct iof_fault)];
	struct iof_fault g;

	seed_write(rec, c->size);
	memcpy(buf, rec, c->size);
	if (c->shape == IOF_SHAPE_FAULT) {
		c->fault_decode(rec, c->size, 0, &g);
		memcpy(buf + c->size, &g, sizeof(g));
		seed_write(buf, c->size + sizeof(g));
	}
}

/* Runs @p print with the tool's output in memory, @p prefix (n bytes) first; writes it as a seed. */
static void seed_printed(const void *prefix, size_t n, void (*print)(const struct iof_codec *, const uint64_t *),
			 const struct iof_codec *c, const uint64_t *w)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);

	if (!mem || fwrite(prefix, 1, n, mem) != n)
		exit(1);
	ifd_out = mem;
	print(c, w);
	fclose(mem);
	ifd_out = stdout;
	seed_write(text, len);
	free(text);
}

/* The tool's --json line of a record: what a user pipes into --encode. */
static void print_json(const struct iof_codec *c, const uint64_t *w)
{
	struct ifd_record d;
	ifd_opt.json = 1;
	ifd_decode(c, w, &d);
	ifd_json_record(&d, w);
}

static void print_words(const struct iof_codec *c, const uint64_t *w)
{
	ifd_print_words(c, w, NULL);
}

/* The option bytes of the harness's log target: none, and --json. */
static const uint8_t log_plain[3] = {0, 0, 0}, log_json[3] = {1, 0, 0};

/* The tool's rows for the tool's functions (rows of this unit's registry copy are the same data). */
static const struct iof_codec *tool_row(const struct iof_codec *c)
{
	return ifd_row_find(c->record);
}

static void emit_json(const struct iof_codec *c, const uint8_t *rec)
{
	uint64_t w[IFD_MAX_WORDS];
	iof_words_load(w, rec, ifd_words(c));
	seed_printed("", 0, print_json, tool_row(c), w);
}

static void emit_log(const struct iof_codec *c, const uint8_t *rec)
{
	uint64_t w[IFD_MAX_WORDS];
	iof_words_load(w, rec, ifd_words(c));
	seed_printed(log_plain, sizeof(log_plain), print_words, tool_row(c), w);
	seed_printed(log_json, sizeof(log_json), print_words, tool_row(c), w);
}

/* A file behind each option prefix. */
static void seed_file(const char *path)
{
	static char buf[1 << 16];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f) {
		perror(path);
		exit(1);
	}
	n = fread(buf + 3, 1, sizeof(buf) - 3, f);
	fclose(f);
	memcpy(buf, log_plain, 3);
	seed_write(buf, n + 3);
	memcpy(buf, log_json, 3);
	seed_write(buf, n + 3);
}

int main(int argc, char **argv)
{
	const struct iof_codec *c;
	size_t i;
	int j;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (i = 0; (c = iof_codec_at(i)) != IOF_NULL; i++)
			printf("%s\n", c->name);
		printf("json\nlog\n");
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: fuzz_seeds --list | fuzz_seeds TARGET DIR [FILE...]\n");
		return 2;
	}
	seed_dir = argv[2];
	ifd_reset(stdout, stderr);
	if (!strcmp(argv[1], "json") || !strcmp(argv[1], "log")) {
		for (i = 0; (c = iof_codec_at(i)) != IOF_NULL; i++)
			seed_row(c, argv[1][0] == 'j' ? emit_json : emit_log);
		for (j = 3; argv[1][0] == 'l' && j < argc; j++)
			seed_file(argv[j]);
	} else if ((c = iof_codec_by_name(argv[1], strlen(argv[1]))) != IOF_NULL) {
		seed_row(c, emit_record);
	} else {
		fprintf(stderr, "fuzz_seeds: no target '%s' (fuzz_seeds --list)\n", argv[1]);
		return 2;
	}
	printf("fuzz_seeds: %s: %u encoder outputs, %u new files in %s\n", argv[1], seed_count, seed_new, seed_dir);
	return seed_count ? 0 : 1;
}
