/* SPDX-License-Identifier: MIT */
/*
 * Seed corpora for examples/fuzz_decode.c, produced by the encoders:
 *
 *   fuzz_seeds TARGET DIR
 *
 * writes one file per distinct record the encoder of TARGET produces from a
 * grid of generic records (every kind x reason x flag set, and every 8-bit
 * hardware code with the record's own origin), each also followed by a
 * generic struct (the harness encodes that part too).  For TARGET "json" it
 * is built with -DIOF_FUZZ_JSON, includes the tool, and writes the tool's
 * --json line of every seed record of every type instead.  File names are a
 * hash of the content, so rerunning adds nothing twice.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef IOF_FUZZ_JSON
#define main iof_tool_main /* the tool's main is not ours */
#include "iommu-fault-decode.c"
#undef main
#endif
#include "hardening/codecs.h"

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

/* Calls @p emit with every record the encoder of @p c makes from the grid. */
static void seed_faults(const struct iof_hcodec *c, void (*emit)(const struct iof_hcodec *, const uint8_t *))
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
	uint8_t rec[IOF_HCODEC_MAX_SIZE];
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
					if (c->fenc(&g, rec, c->size, &lost) == IOF_OK)
						emit(c, rec);
				}
			}
		}
	}
}

static void seed_resps(const struct iof_hcodec *c, void (*emit)(const struct iof_hcodec *, const uint8_t *))
{
	uint8_t rec[IOF_HCODEC_MAX_SIZE];
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
			if (c->renc(&r, rec, c->size) == IOF_OK)
				emit(c, rec);
		}
	}
}

/* A record alone, and followed by a generic struct for the encoder half. */
static void emit_record(const struct iof_hcodec *c, const uint8_t *rec)
{
	uint8_t buf[IOF_HCODEC_MAX_SIZE + sizeof(struct iof_fault)];
	struct iof_fault g;

	seed_write(rec, c->size);
	memcpy(buf, rec, c->size);
	if (c->fdec) {
		c->fdec(rec, c->size, 0, &g);
		memcpy(buf + c->size, &g, sizeof(g));
		seed_write(buf, c->size + sizeof(g));
	}
}

#ifdef IOF_FUZZ_JSON
/* The tool's own --json line for a record: what a user pipes into --encode. */
static void emit_json(const struct iof_hcodec *c, const uint8_t *rec)
{
	const struct rtype *t = rtype_by_record(c->record);
	struct decoded d;
	uint64_t w[MAX_WORDS];
	char *line = NULL;
	size_t len = 0;
	FILE *mem, *saved = stdout;

	if (!t)
		return;
	iof_words_load(w, rec, t->nwords);
	decode(t, w, &d);
	mem = open_memstream(&line, &len);
	if (!mem)
		exit(1);
	stdout = mem;
	print_record(&d, w, 1, IOF_NULL);
	fflush(mem);
	stdout = saved;
	fclose(mem);
	seed_write(line, len);
	free(line);
}
#endif

int main(int argc, char **argv)
{
	size_t i;
	int all;

	if (argc != 3) {
		fprintf(stderr, "usage: fuzz_seeds TARGET DIR\n");
		return 2;
	}
	seed_dir = argv[2];
	all = !strcmp(argv[1], "json");
	for (i = 0; i < IOF_HCODEC_COUNT; i++) {
		const struct iof_hcodec *c = &iof_hcodecs[i];
		void (*emit)(const struct iof_hcodec *, const uint8_t *) = emit_record;
		if (!all && strcmp(argv[1], c->name))
			continue;
#ifdef IOF_FUZZ_JSON
		opt.json = 1;
		emit = emit_json;
#endif
		if (c->fenc)
			seed_faults(c, emit);
		else
			seed_resps(c, emit);
	}
	if (!strcmp(argv[1], "smmuv3-cmd-stall-term")) {
		static const uint32_t sids[] = {0, 1, 0x0100, 0xffffffffu};
		uint8_t rec[IOF_SMMUV3_CMD_SIZE];
		for (i = 0; i < sizeof(sids) / sizeof(sids[0]); i++)
			if (iof_smmuv3_cmd_stall_term_encode(sids[i], rec, sizeof(rec)) == IOF_OK)
				seed_write(rec, sizeof(rec));
	}
	printf("fuzz_seeds: %s: %u encoder outputs, %u new files in %s\n", argv[1], seed_count, seed_new, seed_dir);
	return seed_count ? 0 : 1;
}
