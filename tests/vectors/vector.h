/* SPDX-License-Identifier: MIT */
/*
 * Shape of a decode test vector, shared by the Criterion suite and by the
 * dependency-free runner used on cross targets (tests/portable_runner.c).
 * Each vectors/<format>.h file holds plain tables of these, one row per
 * record, each with a comment naming where its values come from (a spec
 * section or a public log line) — never the library's own output.
 */
#ifndef IOF_TEST_VECTOR_H
#define IOF_TEST_VECTOR_H

#include <stdint.h>

/* Expected generic fields of a decoded record. */
struct iof_vec_expect {
	uint8_t kind, reason, txn, at;
	uint32_t flags, perm, source_id, pasid, grpid, irq_index;
	uint64_t addr, fetch_addr, ipa;
	uint32_t length, code;
};

struct iof_vec {
	const char *name;        /* what the row is, and its source */
	uint32_t record;         /* enum iof_record: which decoder */
	uint32_t nwords;         /* 64-bit little-endian words in w[] */
	uint64_t w[4];           /* the record as its 64-bit words */
	int status;              /* expected decoder status (default options) */
	int strict_status;       /* expected status with IOF_DECODE_STRICT */
	struct iof_vec_expect e; /* expected generic fields */
};

#endif
