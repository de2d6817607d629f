/* SPDX-License-Identifier: MIT */
/* Seeded generator for property tests: splitmix64, so a failing seed replays
 * the same records on every machine. */
#ifndef IOF_TEST_RNG_H
#define IOF_TEST_RNG_H

#include <stdint.h>

struct iof_rng {
	uint64_t s;
};

static inline uint64_t iof_rng_next(struct iof_rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Uniform value of `bits` bits (1..64). */
static inline uint64_t iof_rng_bits(struct iof_rng *r, unsigned bits)
{
	uint64_t v = iof_rng_next(r);
	return bits >= 64 ? v : (v & ((1ull << bits) - 1u));
}

#endif
