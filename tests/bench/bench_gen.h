/* SPDX-License-Identifier: MIT */
/*
 * The shape of a bench record generator, and what the generators share.
 *
 * Each format has one file tests/bench/gen_<format>.h (mk/bench.mk finds them
 * by that name) that gives every record type of the format's registry rows a
 * generator: a function that fills one realistic generic record -- a struct
 * iof_fault, a struct iof_page_response or a uint32_t source ID, by the row's
 * shape -- and encodes it into the queue record, registered with
 *
 *     BENCH_GENERATOR(IOF_REC_<RECORD>, seed, function)
 *
 * bench.c looks the generator up by the record type's enumerator when it
 * expands the registry rows; a row without one does not build (the compiler
 * names `bench_generator_IOF_REC_<RECORD>`).  The seed starts the row's
 * random stream: any value, fixed, so that every run and every version
 * measures the same records (the figures of docs/benchmark.md stay
 * comparable).
 */
#ifndef IOF_BENCH_GEN_H
#define IOF_BENCH_GEN_H

#include "iommu_fault/fault.h"
#include "rng.h"

/*
 * Fills the generic record at @generic from @r and encodes it into @rec (the
 * row's size); returns the encoder's status, or IOF_E_LOSSY when the encoder
 * could not carry the record exactly: the driver then draws another one.
 */
typedef int (*bench_gen_fn)(struct iof_rng *r, void *generic, uint8_t *rec);

struct bench_generator {
	uint64_t seed; /* first state of the row's random stream */
	bench_gen_fn gen;
};

#define BENCH_GENERATOR(record, seed, fn) static const struct bench_generator bench_generator_##record = {seed, fn};

/* A value in [0, 100) to pick from a percentage mix. */
static inline unsigned bench_pct(struct iof_rng *r)
{
	return (unsigned)(iof_rng_next(r) % 100u);
}

/* The access of a DMA transaction: mostly reads and writes, some exec/priv. */
static inline uint32_t bench_perm(struct iof_rng *r)
{
	unsigned p = bench_pct(r);
	uint32_t perm = p < 55 ? IOF_PERM_READ : p < 95 ? IOF_PERM_WRITE : IOF_PERM_READ | IOF_PERM_EXEC;
	if (bench_pct(r) < 10)
		perm |= IOF_PERM_PRIV;
	return perm;
}

/* A user-space-like or kernel-like IOVA, 4 KiB page plus an offset. */
static inline uint64_t bench_iova(struct iof_rng *r)
{
	uint64_t a = iof_rng_bits(r, 36) << 12;
	return a | iof_rng_bits(r, 12);
}

/* Response code mix: mostly success. */
static inline uint32_t bench_resp_code(struct iof_rng *r)
{
	unsigned p = bench_pct(r);
	return p < 90 ? IOF_RESP_SUCCESS : p < 98 ? IOF_RESP_INVALID : IOF_RESP_FAILURE;
}

/* A page response of record type rec answering a page request group: code mix, 16-bit
 * source, 9-bit group index, mostly with the PASID (the draws in this order). */
static inline void bench_page_response(struct iof_rng *r, struct iof_page_response *g, uint32_t rec)
{
	iof_page_response_init(g);
	g->record = (uint16_t)rec;
	g->code = bench_resp_code(r);
	g->source_id = (uint32_t)iof_rng_bits(r, 16);
	g->grpid = (uint32_t)iof_rng_bits(r, 9);
	if (bench_pct(r) < 85) {
		g->flags = IOF_RESP_FLAG_PASID_VALID;
		g->pasid = (uint32_t)iof_rng_bits(r, 20);
	}
}

/* Encodes generic fault f with encoder enc; a record the encoder cannot carry
 * losslessly counts as rejected (the generator draws another one). */
#define BENCH_ENCODE_FAULT(enc, f, rec, RS)                      \
	do {                                                     \
		uint32_t lost_ = 0;                              \
		int rc_ = enc(f, rec, RS, &lost_);               \
		return rc_ ? rc_ : lost_ ? IOF_E_LOSSY : IOF_OK; \
	} while (0)

#endif /* IOF_BENCH_GEN_H */
