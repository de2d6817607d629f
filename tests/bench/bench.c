/* SPDX-License-Identifier: MIT */
/*
 * `make bench`: decode and encode throughput of every record type against a
 * memcpy of the same output bytes.  docs/benchmark.md explains the method.
 *
 * Layouts (the queue side is always N distinct records, contiguous, the
 * record size apart, like a hardware queue):
 *   ring  (main)  the generic side is a small ring that stays in cache:
 *                 decode writes a ring of BENCH_DEC_RING structs (L1),
 *                 encode reads a ring of BENCH_ENC_RING structs (L2; large
 *                 enough that the branch predictor cannot learn the mix).
 *                 This measures the codec, not the memory system.
 *   array         the generic side is an array of N structs (128 MB for
 *                 N = 1e6): decode and encode stream it through DRAM, so
 *                 this measures memory bandwidth.
 * The memcpy reference of each kernel uses the same layout: decode copies
 * sizeof(generic) bytes per record from the record's queue slot to the
 * same ring/array slot, encode copies the record size from the same
 * ring/array slot to the same queue slot.
 *
 * Every kernel is a non-inlined loop `bench_k_<what>_<record>` so that
 * `make bench-callgrind` can count its instructions with --toggle-collect;
 * `bench_k_nul_*` are the same loops around an empty codec (loop overhead).
 */
#define _POSIX_C_SOURCE 199309L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "iommu_fault/iommu_fault.h"
/* The format headers are included directly as well, so the bench builds
 * whichever codecs exist even before the umbrella header lists them. */
#if defined(__has_include)
#if __has_include("iommu_fault/smmuv3.h")
#include "iommu_fault/smmuv3.h"
#define BENCH_HAVE_SMMUV3 1
#endif
#if __has_include("iommu_fault/vtd.h")
#include "iommu_fault/vtd.h"
#define BENCH_HAVE_VTD 1
#endif
#endif

#include "rng.h"

#define BENCH_DEC_RING 64u   /* decode output ring: 64 x 128 B = 8 KiB, stays in L1 */
#define BENCH_ENC_RING 1024u /* encode input ring: 1024 x 128 B = 128 KiB, stays in L2 */
#define BENCH_PAD 256u       /* queue slack: the decode reference reads 128 B past a 16 B slot */
#define BENCH_NOINLINE __attribute__((noinline))

/* ------------------------------------------------------------------------ */
/* Kernels */

typedef size_t (*bench_dec_fn)(const uint8_t *q, size_t n, void *out, size_t mask);
typedef size_t (*bench_enc_fn)(const void *in, size_t mask, uint8_t *q, size_t n);

/* Decode n records of RS bytes from q into out[i & mask]; returns the number of non-zero statuses. */
#define BENCH_DEC_KERNEL(name, T, RS, call)                                                \
	size_t name(const uint8_t *q, size_t n, void *out, size_t mask);                   \
	BENCH_NOINLINE size_t name(const uint8_t *q, size_t n, void *out, size_t mask)     \
	{                                                                                  \
		T *o = (T *)out;                                                           \
		size_t i, bad = 0;                                                         \
		for (i = 0; i < n; i++)                                                    \
			if (call(q + i * (RS), (RS), 0u, &o[i & mask]))                    \
				bad++;                                                     \
		return bad;                                                                \
	}

/* Encode in[i & mask] into n records of RS bytes at q (fault records: with a loss mask). */
#define BENCH_ENC_KERNEL_LOST(name, T, RS, call)                                           \
	size_t name(const void *in, size_t mask, uint8_t *q, size_t n);                    \
	BENCH_NOINLINE size_t name(const void *in, size_t mask, uint8_t *q, size_t n)      \
	{                                                                                  \
		const T *s = (const T *)in;                                                \
		size_t i, bad = 0;                                                         \
		uint32_t lost = 0, lost_any = 0;                                           \
		for (i = 0; i < n; i++) {                                                  \
			if (call(&s[i & mask], q + i * (RS), (RS), &lost))                 \
				bad++;                                                     \
			lost_any |= lost;                                                  \
		}                                                                          \
		return bad + (lost_any != 0);                                              \
	}

/* Encode responses (no loss mask). */
#define BENCH_ENC_KERNEL(name, T, RS, call)                                                \
	size_t name(const void *in, size_t mask, uint8_t *q, size_t n);                    \
	BENCH_NOINLINE size_t name(const void *in, size_t mask, uint8_t *q, size_t n)      \
	{                                                                                  \
		const T *s = (const T *)in;                                                \
		size_t i, bad = 0;                                                         \
		for (i = 0; i < n; i++)                                                    \
			if (call(&s[i & mask], q + i * (RS), (RS)))                        \
				bad++;                                                     \
		return bad;                                                                \
	}

/* The references: the same loops, with a fixed-size memcpy of the output bytes. */
#define BENCH_CPY_DEC_KERNEL(name, GS, RS)                                                 \
	size_t name(const uint8_t *q, size_t n, void *out, size_t mask);                   \
	BENCH_NOINLINE size_t name(const uint8_t *q, size_t n, void *out, size_t mask)     \
	{                                                                                  \
		uint8_t *o = (uint8_t *)out;                                               \
		size_t i;                                                                  \
		for (i = 0; i < n; i++)                                                    \
			memcpy(o + (i & mask) * (GS), q + i * (RS), (GS));                 \
		return 0;                                                                  \
	}
#define BENCH_CPY_ENC_KERNEL(name, GS, RS)                                                 \
	size_t name(const void *in, size_t mask, uint8_t *q, size_t n);                    \
	BENCH_NOINLINE size_t name(const void *in, size_t mask, uint8_t *q, size_t n)      \
	{                                                                                  \
		const uint8_t *s = (const uint8_t *)in;                                    \
		size_t i;                                                                  \
		for (i = 0; i < n; i++)                                                    \
			memcpy(q + i * (RS), s + (i & mask) * (GS), (RS));                 \
		return 0;                                                                  \
	}

/* Empty codecs: the loop overhead that `make bench-callgrind` subtracts. */
static inline int bench_nul_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	(void)len;
	(void)opts;
	out->size = *(const uint8_t *)rec;
	return 0;
}
static inline int bench_nul_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	(void)cap;
	*lost = 0;
	*(uint8_t *)rec = (uint8_t)f->size;
	return 0;
}
static inline int bench_nul_resp_decode(const void *cmd, size_t len, unsigned opts,
					struct iof_page_response *out)
{
	(void)len;
	(void)opts;
	out->size = *(const uint8_t *)cmd;
	return 0;
}
static inline int bench_nul_resp_encode(const struct iof_page_response *r, void *cmd, size_t cap)
{
	(void)cap;
	*(uint8_t *)cmd = (uint8_t)r->size;
	return 0;
}

/* All kernels of one fault record type (generic side struct iof_fault). */
#define BENCH_FAULT_KERNELS(id, RS, prefix)                                                 \
	BENCH_DEC_KERNEL(bench_k_dec_##id, struct iof_fault, RS, prefix##_decode)            \
	BENCH_DEC_KERNEL(bench_p_dec_##id, struct iof_fault, RS, prefix##_decode)            \
	BENCH_ENC_KERNEL_LOST(bench_k_enc_##id, struct iof_fault, RS, prefix##_encode)       \
	BENCH_CPY_DEC_KERNEL(bench_k_cpy_dec_##id, 128u, RS)                                 \
	BENCH_CPY_ENC_KERNEL(bench_k_cpy_enc_##id, 128u, RS)                                 \
	BENCH_DEC_KERNEL(bench_k_nul_dec_##id, struct iof_fault, RS, bench_nul_decode)       \
	BENCH_ENC_KERNEL_LOST(bench_k_nul_enc_##id, struct iof_fault, RS, bench_nul_encode)

/* All kernels of one response command type (generic side struct iof_page_response). */
#define BENCH_RESP_KERNELS(id, RS, prefix)                                                           \
	BENCH_DEC_KERNEL(bench_k_dec_##id, struct iof_page_response, RS, prefix##_decode)             \
	BENCH_DEC_KERNEL(bench_p_dec_##id, struct iof_page_response, RS, prefix##_decode)             \
	BENCH_ENC_KERNEL(bench_k_enc_##id, struct iof_page_response, RS, prefix##_encode)             \
	BENCH_CPY_DEC_KERNEL(bench_k_cpy_dec_##id, 48u, RS)                                           \
	BENCH_CPY_ENC_KERNEL(bench_k_cpy_enc_##id, 48u, RS)                                           \
	BENCH_DEC_KERNEL(bench_k_nul_dec_##id, struct iof_page_response, RS, bench_nul_resp_decode)   \
	BENCH_ENC_KERNEL(bench_k_nul_enc_##id, struct iof_page_response, RS, bench_nul_resp_encode)

/* ------------------------------------------------------------------------ */
/* Generators: realistic generic records, turned into queue records by the encoders. */

/* A value in [0, 100) to pick from a percentage mix. */
static unsigned bench_pct(struct iof_rng *r)
{
	return (unsigned)(iof_rng_next(r) % 100u);
}

/* The access of a DMA transaction: mostly reads and writes, some exec/priv. */
static uint32_t bench_perm(struct iof_rng *r)
{
	unsigned p = bench_pct(r);
	uint32_t perm = p < 55 ? IOF_PERM_READ : p < 95 ? IOF_PERM_WRITE : IOF_PERM_READ | IOF_PERM_EXEC;
	if (bench_pct(r) < 10)
		perm |= IOF_PERM_PRIV;
	return perm;
}

/* A user-space-like or kernel-like IOVA, 4 KiB page plus an offset. */
static uint64_t bench_iova(struct iof_rng *r)
{
	uint64_t a = iof_rng_bits(r, 36) << 12;
	return a | iof_rng_bits(r, 12);
}

#include "bench_gen.h"

/* ------------------------------------------------------------------------ */
/* The table of record types */

struct bench_type {
	const char *name;
	size_t rec_size; /* bytes per queue record */
	size_t gen_size; /* bytes of the generic struct */
	/* Fills one generic struct and encodes it into rec; returns the encoder status. */
	int (*gen)(struct iof_rng *r, void *generic, uint8_t *rec);
	bench_dec_fn dec, cpy_dec, nul_dec;
	bench_dec_fn prep_dec; /* the decoder outside the counted kernels (bench_p_*) */
	bench_enc_fn enc, cpy_enc, nul_enc;
};

#define BENCH_TYPE(id, label, RS, GS, genfn)                                                   \
	{ label, RS, GS, genfn, bench_k_dec_##id, bench_k_cpy_dec_##id, bench_k_nul_dec_##id,   \
	  bench_p_dec_##id, bench_k_enc_##id, bench_k_cpy_enc_##id, bench_k_nul_enc_##id }

static const struct bench_type bench_types[] = { BENCH_TYPE_LIST };

#define BENCH_NTYPES (sizeof(bench_types) / sizeof(bench_types[0]))

/* ------------------------------------------------------------------------ */
/* Timing and statistics */

static double bench_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

struct bench_stat {
	double med, min, max;
};

static struct bench_stat bench_stats(const double *v, unsigned n)
{
	double s[64];
	struct bench_stat st;
	unsigned i;
	for (i = 0; i < n; i++)
		s[i] = v[i];
	qsort(s, n, sizeof(s[0]), bench_cmp_double);
	st.min = s[0];
	st.max = s[n - 1];
	st.med = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
	return st;
}

static uint64_t bench_mix(uint64_t h, const void *p, size_t n)
{
	const uint8_t *b = (const uint8_t *)p;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

/* ------------------------------------------------------------------------ */

static void *bench_alloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fprintf(stderr, "bench: out of memory (%zu bytes)\n", n);
		exit(2);
	}
	memset(p, 0, n); /* fault the pages in before any timing */
	return p;
}

static void bench_usage(void)
{
	fprintf(stderr, "usage: bench [-n RECORDS] [-r REPETITIONS] [--ring-only] [--callgrind]\n");
	exit(2);
}

enum { BENCH_DEC = 0, BENCH_CPY_DEC, BENCH_ENC, BENCH_CPY_ENC, BENCH_NKERN };
enum { BENCH_RING = 0, BENCH_ARRAY, BENCH_NLAYOUT };

#define BENCH_MAX_REPS 63u

int main(int argc, char **argv)
{
	size_t n = 1000000, i, max_rs = 0, max_gs = 0, bad_status = 0;
	unsigned reps = 7, rep, t, k, l, callgrind = 0, ring_only = 0;
	uint64_t check = 0xcbf29ce484222325ull;
	uint8_t *queue, *qout;
	uint8_t *array, *dring, *ering;
	static double ns[sizeof(bench_types) / sizeof(bench_types[0])][BENCH_NLAYOUT][BENCH_NKERN]
			[BENCH_MAX_REPS];
	static size_t bad[sizeof(bench_types) / sizeof(bench_types[0])][BENCH_NLAYOUT][BENCH_NKERN];
	int a;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "-n") && a + 1 < argc)
			n = (size_t)strtoull(argv[++a], NULL, 0);
		else if (!strcmp(argv[a], "-r") && a + 1 < argc)
			reps = (unsigned)strtoul(argv[++a], NULL, 0);
		else if (!strcmp(argv[a], "--callgrind"))
			callgrind = 1;
		else if (!strcmp(argv[a], "--ring-only"))
			ring_only = 1;
		else
			bench_usage();
	}
	if (n < BENCH_ENC_RING || reps < 1 || reps > BENCH_MAX_REPS)
		bench_usage();

	for (t = 0; t < BENCH_NTYPES; t++) {
		if (bench_types[t].rec_size > max_rs)
			max_rs = bench_types[t].rec_size;
		if (bench_types[t].gen_size > max_gs)
			max_gs = bench_types[t].gen_size;
	}
	queue = (uint8_t *)bench_alloc(n * max_rs + BENCH_PAD);
	qout = (uint8_t *)bench_alloc(n * max_rs + BENCH_PAD);
	array = (uint8_t *)bench_alloc((callgrind || ring_only) ? max_gs : n * max_gs);
	dring = (uint8_t *)bench_alloc(BENCH_DEC_RING * max_gs);
	ering = (uint8_t *)bench_alloc(BENCH_ENC_RING * max_gs);

	if (!callgrind) {
		printf("iommu_fault bench: N = %zu records per type, %u repetitions (median, min..max)\n",
		       n, reps);
		printf("queue side: N records contiguous; generic side: ring of %u (decode) / %u (encode)"
		       " structs, or an array of N\n",
		       BENCH_DEC_RING, BENCH_ENC_RING);
	}

	for (t = 0; t < BENCH_NTYPES; t++) {
		const struct bench_type *bt = &bench_types[t];
		const size_t rs = bt->rec_size, gs = bt->gen_size;
		struct iof_rng rng;
		uint8_t gen_tmp[128];
		size_t rejected = 0, diff = 0;

		/* Generate the queue with the encoders (seeded: the same records every run). */
		rng.s = 0x10f0000u + t;
		memset(queue, 0, n * rs + BENCH_PAD);
		for (i = 0; i < n; i++) {
			unsigned tries = 0;
			while (bt->gen(&rng, gen_tmp, queue + i * rs) != 0) {
				rejected++;
				if (++tries > 100) {
					fprintf(stderr, "bench: %s: the encoder rejects every generated record\n",
						bt->name);
					return 1;
				}
			}
		}
		/* The encode ring: the first records of the queue, decoded. */
		for (i = 0; i < BENCH_ENC_RING; i++)
			bad_status += bt->prep_dec(queue + i * rs, 1, ering + i * gs, 0);

		if (callgrind) {
			/* One pass of every kernel, ring layout: instructions / N is exact. */
			bad_status += bt->nul_dec(queue, n, dring, BENCH_DEC_RING - 1);
			bad_status += bt->dec(queue, n, dring, BENCH_DEC_RING - 1);
			bad_status += bt->cpy_dec(queue, n, dring, BENCH_DEC_RING - 1);
			bad_status += bt->nul_enc(ering, BENCH_ENC_RING - 1, qout, n);
			bad_status += bt->enc(ering, BENCH_ENC_RING - 1, qout, n);
			bad_status += bt->cpy_enc(ering, BENCH_ENC_RING - 1, qout, n);
			check = bench_mix(check, dring, BENCH_DEC_RING * gs);
			check = bench_mix(check, qout, BENCH_ENC_RING * rs);
			continue;
		}

		/* Warm-up and round-trip check: decode into the array, encode back, compare. */
		if (!ring_only) {
			bad_status += bt->dec(queue, n, array, ~(size_t)0);
			bad_status += bt->enc(array, ~(size_t)0, qout, n);
			for (i = 0; i < n; i++)
				diff += memcmp(queue + i * rs, qout + i * rs, rs) != 0;
			if (diff)
				printf("  %s: %zu of %zu records differ after decode + encode\n", bt->name,
				       diff, n);
		}
		if (rejected)
			printf("  %s: the encoder rejected %zu generated records (regenerated)\n", bt->name,
			       rejected);

		for (rep = 0; rep < reps; rep++) {
			for (l = 0; l < BENCH_NLAYOUT; l++) {
				uint8_t *dout = l == BENCH_RING ? dring : array;
				const uint8_t *ein = l == BENCH_RING ? ering : array;
				size_t dmask = l == BENCH_RING ? BENCH_DEC_RING - 1 : ~(size_t)0;
				size_t emask = l == BENCH_RING ? BENCH_ENC_RING - 1 : ~(size_t)0;
				double t0;

				if (l == BENCH_ARRAY && ring_only)
					continue;
				/* dec before enc: in the array layout the encoder reads what the decoder wrote */
				t0 = bench_now_ns();
				bad[t][l][BENCH_DEC] += bt->dec(queue, n, dout, dmask);
				ns[t][l][BENCH_DEC][rep] = bench_now_ns() - t0;
				check = bench_mix(check, dout + (n - 1 < dmask ? n - 1 : dmask) * gs, gs);

				t0 = bench_now_ns();
				bad[t][l][BENCH_ENC] += bt->enc(ein, emask, qout, n);
				ns[t][l][BENCH_ENC][rep] = bench_now_ns() - t0;
				check = bench_mix(check, qout + (n - 1) * rs, rs);

				t0 = bench_now_ns();
				bt->cpy_dec(queue, n, dout, dmask);
				ns[t][l][BENCH_CPY_DEC][rep] = bench_now_ns() - t0;
				check = bench_mix(check, dout, gs);

				t0 = bench_now_ns();
				bt->cpy_enc(ein, emask, qout, n);
				ns[t][l][BENCH_CPY_ENC][rep] = bench_now_ns() - t0;
				check = bench_mix(check, qout + (n - 1) * rs, rs);
			}
		}
	}

	if (callgrind) {
		printf("callgrind run: N = %zu, checksum %016llx, non-zero statuses %zu\ntypes:", n,
		       (unsigned long long)check, bad_status);
		for (t = 0; t < BENCH_NTYPES; t++)
			printf(" %s", bench_types[t].name);
		printf("\n");
		return 0;
	}

	for (l = 0; l < BENCH_NLAYOUT; l++) {
		if (l == BENCH_ARRAY && ring_only)
			continue;
		printf("\n%s\n", l == BENCH_RING
				       ? "layout ring (main figure: the codec itself; generic side stays in cache)"
				       : "layout array (generic side is an N-struct array: memory bandwidth)");
		printf("%-22s %-6s %7s %17s %8s %7s %17s %6s %13s\n", "record", "dir", "ns/rec",
		       "(min..max)", "Mrec/s", "memcpy", "(min..max)", "ratio", "(min..max)");
		for (t = 0; t < BENCH_NTYPES; t++) {
			for (k = BENCH_DEC; k <= BENCH_ENC; k += 2) {
				double v[BENCH_MAX_REPS], c[BENCH_MAX_REPS], q[BENCH_MAX_REPS];
				struct bench_stat sv, sc, sq;
				for (rep = 0; rep < reps; rep++) {
					v[rep] = ns[t][l][k][rep] / (double)n;
					c[rep] = ns[t][l][k + 1][rep] / (double)n;
					q[rep] = v[rep] / c[rep];
				}
				sv = bench_stats(v, reps);
				sc = bench_stats(c, reps);
				sq = bench_stats(q, reps);
				printf("%-22s %-6s %7.2f (%6.2f..%7.2f) %8.1f %7.2f (%6.2f..%7.2f) %6.2f (%4.2f..%5.2f)",
				       bench_types[t].name, k == BENCH_DEC ? "decode" : "encode", sv.med,
				       sv.min, sv.max, 1e3 / sv.med, sc.med, sc.min, sc.max, sq.med, sq.min,
				       sq.max);
				if (bad[t][l][k])
					printf("  (%zu non-zero statuses)", bad[t][l][k]);
				bad_status += bad[t][l][k];
				printf("\n");
			}
		}
	}
	printf("\nmemcpy: fixed-size memcpy of the output bytes per record (decode: the generic struct,"
	       " encode: the record), same layout\n");
	printf("non-zero statuses: %zu; checksum %016llx\n", bad_status, (unsigned long long)check);
	return 0;
}
