/* SPDX-License-Identifier: MIT */
/*
 * Shapes of the test data every format provides, shared by the Criterion
 * suite, the dependency-free runner used on cross targets
 * (tests/portable_runner.c) and the C++ and freestanding checks.  Each
 * vectors/<format>.h file holds plain tables of these, each row with a
 * comment naming where its values come from (a spec section or a public
 * log line), never the library's own output, and ends with one struct
 * iof_vec_set that points at them.  vectors/all.h lists the sets.
 *
 * A record is held as 64-bit little-endian words, at most
 * IOF_RECORD_MAX_SIZE bytes (fault.h): the bound of every layout.
 */
#ifndef IOF_TEST_VECTOR_H
#define IOF_TEST_VECTOR_H

#include <stddef.h>
#include <stdint.h>

#include <iommu_fault/fault.h>

/* ---- decode vectors ---- */

/* Expected generic fields of a decoded record.  Response rows reuse it:
 * code = enum iof_resp_code, flags = IOF_RESP_FLAG_*, source_id, pasid,
 * grpid; command rows (IOF_SHAPE_COMMAND) use source_id only. */
struct iof_vec_expect {
	uint8_t kind, reason, txn, at;
	uint32_t flags, perm, source_id, pasid, grpid, irq_index;
	uint64_t addr, fetch_addr, ipa;
	uint32_t length, code;
};

struct iof_vec {
	const char *name;                   /* what the row is, and its source */
	uint32_t record;                    /* enum iof_record: which registry row */
	uint32_t nwords;                    /* 64-bit little-endian words in w[] */
	uint64_t w[IOF_RECORD_MAX_SIZE / 8]; /* the record as its 64-bit words */
	int status;                         /* expected decoder status (default options) */
	int strict_status;                  /* expected status with IOF_DECODE_STRICT */
	struct iof_vec_expect e;            /* expected generic fields */
};

/* ---- bit maps (tests/test_strict.c) ---- */

/* Generic fields, as bits of a "changed" mask. */
enum iof_vec_generic {
	G_KIND = 1 << 0,
	G_REASON = 1 << 1,
	G_TXN = 1 << 2,
	G_AT = 1 << 3,
	G_FLAGS = 1 << 4,
	G_PERM = 1 << 5,
	G_SID = 1 << 6,
	G_PASID = 1 << 7,
	G_GRPID = 1 << 8,
	G_IRQ = 1 << 9,
	G_ADDR = 1 << 10,
	G_FETCH = 1 << 11,
	G_IPA = 1 << 12,
	G_LENGTH = 1 << 13,
	G_COUNT = 1 << 14,
	G_CODE = 1 << 15,   /* origin.code of a fault, code of a response */
	G_DETAIL = 1 << 16, /* origin.detail / response detail */
	G_RECORD = 1 << 17, /* origin.record / response record */
	G_OTHER = 1 << 18   /* size, reserved members */
};

/*
 * What flipping one bit of a span may do (tests/test_strict.c):
 *  DEF  a field: decodes OK in both modes and changes exactly `must`, plus at
 *       most `may`;
 *  ANY  a code, type or valid bit: may change the status, but must change the
 *       status or a generic field, and at least `must`;
 *  IRR  defined by the spec but irrelevant to this record: changes at most
 *       the detail; strict mode may or may not flag it.
 * A bit in no span is reserved: strict mode reports IOF_E_RESERVED.
 */
enum iof_span_class { DEF, ANY, IRR };

struct iof_span {
	uint8_t word, lsb, width; /* position: 64-bit word, lowest bit, bits */
	uint8_t cls;              /* enum iof_span_class */
	uint32_t must, may;       /* enum iof_vec_generic bits */
	const char *name;         /* the spec's name of the field */
};

/* The end of a span list. */
#define SPAN_END { 0, 0, 0, 0, 0, 0, 0 }

/* A valid record built from the spec figures, with a hand-written map of its
 * fields: written from the spec tables, never from the codec's descriptors. */
struct iof_bit_map {
	const char *name;                   /* what the record is and its source */
	uint32_t record;                    /* enum iof_record */
	uint64_t w[IOF_RECORD_MAX_SIZE / 8]; /* the valid record */
	struct iof_span s[24];              /* its fields, SPAN_END after the last */
};

/* ---- identifier widths (tests/test_strict.c) ---- */

/* The generic member an identifier case is about. */
enum iof_range_field { R_SOURCE_ID, R_PASID, R_GRPID, R_IRQ_INDEX };

/* An identifier field of a record: its encoder must refuse (IOF_E_RANGE) any
 * value wider than `width` bits. */
struct iof_range_case {
	const char *what;  /* the field and where its width comes from */
	uint32_t record;   /* enum iof_record */
	unsigned width;    /* bits of the hardware field */
	int field;         /* enum iof_range_field */
};

/* ---- every value of a code field (tests/test_strict.c) ---- */

/* Returned by iof_code_sweep::status when no source settles a code. */
#define IOF_VEC_EITHER 1

/* Every value of a code, type or opcode field of a record, put into `w`:
 * the decoder's default-mode status must be status(value) (IOF_OK,
 * IOF_E_CODE, IOF_E_EMPTY, or IOF_VEC_EITHER for IOF_OK or IOF_E_CODE). */
struct iof_code_sweep {
	const char *what;                   /* the field and its source */
	uint32_t record;                    /* enum iof_record */
	uint64_t w[IOF_RECORD_MAX_SIZE / 8]; /* the rest of the record */
	uint8_t word, lsb, width;           /* the code field (width <= 16) */
	int (*status)(unsigned value);      /* the spec's verdict on a value */
};

/* ---- one format's tables ---- */

struct iof_vec_set {
	const char *format; /* for messages */
	const struct iof_vec *vec;
	size_t nvec;
	const struct iof_bit_map *maps;
	size_t nmaps;
	const struct iof_range_case *ranges;
	size_t nranges;
	const struct iof_code_sweep *codes;
	size_t ncodes;
};

/* Number of elements of an array. */
#define IOF_VEC_COUNT(a) (sizeof(a) / sizeof((a)[0]))

#endif
