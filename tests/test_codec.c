/* SPDX-License-Identifier: MIT */
/*
 * The codec registry (<iommu_fault/codec.h>) and the record model of fault.h.
 *
 *  - Completeness: every record type of enum iof_record, read from the source
 *    of include/iommu_fault/fault.h (so that a new IOF_REC_ value is seen
 *    before anything uses it), has a registry row, except the record types
 *    of the formats listed as pending below.
 *  - Every row: vectors in tests/vectors/, a docs page that names it, sizes
 *    within IOF_RECORD_MAX_SIZE, a shape that matches its functions, fields
 *    that fit the record, lookups by record type and by name.
 *  - The record model, with test-only rows defined here: big-endian words,
 *    a host-endian C struct longer than 32 bytes, a variable-length record.
 *
 * The suite runs from the repository root (make test, tests/mutation/run.py):
 * the files below are opened by paths relative to it.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iommu_fault/codec.h>

#include "vectors/all.h"

#define FAULT_H "include/iommu_fault/fault.h"
#define VECTORS_DIR "tests/vectors"

/*
 * Record types of the formats that have no header yet: they have no row.
 * When a format arrives, its records leave this list: the completeness test
 * fails while one of them has a row, or while its format has rows.
 */
static const char *const pending[] = {
	"IOF_REC_AMDVI_EVENT",       "IOF_REC_AMDVI_PPR",       "IOF_REC_AMDVI_CMD_COMPLETE_PPR",
	"IOF_REC_RISCV_FAULT",       "IOF_REC_RISCV_PAGE_REQ",  "IOF_REC_RISCV_CMD_PRGR",
	"IOF_REC_VIRTIO_FAULT",      "IOF_REC_IOMMUFD_PGFAULT", "IOF_REC_IOMMUFD_VEVENT",
	"IOF_REC_IOMMUFD_PAGE_RESP",
};

/* ---- reading the sources ---- */

/* The whole file at @p path, NUL-terminated; the test fails when it cannot be read. */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	cr_assert_not_null(f, "%s: cannot open it (the suite runs from the repository root)", path);
	cr_assert_eq(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	cr_assert(n >= 0, "%s: ftell", path);
	rewind(f);
	buf = malloc((size_t)n + 1);
	cr_assert_not_null(buf);
	cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n, "%s: short read", path);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Blanks out the C comments of @p s, in place. */
static void strip_comments(char *s)
{
	char *p = s;
	while (*p) {
		if (p[0] == '/' && p[1] == '*') {
			char *e = strstr(p + 2, "*/");
			char *end = e ? e + 2 : p + strlen(p);
			memset(p, ' ', (size_t)(end - p));
			p = end;
		} else if (p[0] == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				*p++ = ' ';
		} else {
			p++;
		}
	}
}

struct enumerator {
	char name[64];
	uint32_t value;
	int alias; /* its value is another enumerator's (written as that name) */
};

#define MAX_ENUMERATORS 128

/* The value of an identifier among the @p n enumerators @p e, or -1. */
static long lookup(const struct enumerator *e, size_t n, const char *name)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcmp(e[i].name, name))
			return (long)e[i].value;
	return -1;
}

/* Copies the identifier at @p p into @p out (@p cap bytes); returns the end. */
static const char *ident(const char *p, char *out, size_t cap)
{
	size_t k = 0;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	while ((*p == '_' || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) &&
	       k + 1 < cap)
		out[k++] = *p++;
	out[k] = '\0';
	return p;
}

/*
 * The enumerators of `enum @p tag { ... }` in the comment-free source @p src,
 * each `NAME = VALUE` with VALUE a number, IOF_RECORD(FORMAT, number) with
 * FORMAT one of @p fmt (@p nfmt of them), or an enumerator written before it
 * (an alias).  Returns how many were found.
 */
static size_t parse_enum(const char *src, const char *tag, const struct enumerator *fmt, size_t nfmt,
			 struct enumerator *out)
{
	char head[64];
	const char *p, *end;
	size_t n = 0;

	(void)snprintf(head, sizeof(head), "enum %s {", tag);
	p = strstr(src, head);
	cr_assert_not_null(p, FAULT_H ": no \"%s\"", head);
	p += strlen(head);
	end = strchr(p, '}');
	cr_assert_not_null(end, FAULT_H ": %s has no end", head);
	while (p < end) {
		struct enumerator *e = &out[n];
		char *q;
		p = ident(p, e->name, sizeof(e->name));
		if (!e->name[0])
			break;
		cr_assert(n + 1 < MAX_ENUMERATORS, "%s: too many enumerators", tag);
		e->alias = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		cr_assert_eq(*p, '=', FAULT_H ": %s has no explicit value", e->name);
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!strncmp(p, "IOF_RECORD(", 11)) {
			char f[64];
			long fv;
			unsigned long num;
			p = ident(p + 11, f, sizeof(f));
			fv = lookup(fmt, nfmt, f);
			cr_assert(fv >= 0, FAULT_H ": %s: unknown format %s", e->name, f);
			while (*p == ' ' || *p == ',')
				p++;
			num = strtoul(p, &q, 0);
			cr_assert(q != p && *q == ')', FAULT_H ": %s: cannot read IOF_RECORD()", e->name);
			e->value = (uint32_t)IOF_RECORD((unsigned long)fv, num);
			p = q + 1;
		} else if (*p == '_' || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
			char other[64];
			long ov;
			p = ident(p, other, sizeof(other));
			ov = lookup(out, n, other);
			cr_assert(ov >= 0, FAULT_H ": %s = %s: not an enumerator above it", e->name, other);
			e->value = (uint32_t)ov;
			e->alias = 1;
		} else {
			e->value = (uint32_t)strtoul(p, &q, 0);
			cr_assert(q != p, FAULT_H ": %s: cannot read its value", e->name);
			p = q;
		}
		n++;
		while (p < end && *p != ',')
			p++;
		if (p < end)
			p++;
	}
	return n;
}

/* Every IOF_REC_* of enum iof_record, as written in fault.h. */
static size_t source_records(struct enumerator *rec)
{
	struct enumerator fmt[MAX_ENUMERATORS];
	char *src = slurp(FAULT_H);
	size_t nfmt, n;

	strip_comments(src);
	nfmt = parse_enum(src, "iof_format", NULL, 0, fmt);
	cr_assert(nfmt >= 3, FAULT_H ": enum iof_format: %zu formats read", nfmt);
	n = parse_enum(src, "iof_record", fmt, nfmt, rec);
	cr_assert(n >= 2, FAULT_H ": enum iof_record: %zu records read", n);
	free(src);
	return n;
}

static int is_pending(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(pending) / sizeof(pending[0]); i++)
		if (!strcmp(pending[i], name))
			return 1;
	return 0;
}

/* 1 when some row has a record type of the format of @p record. */
static int format_has_rows(uint32_t record)
{
	const struct iof_codec *c;
	size_t i;
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++)
		if (IOF_RECORD_FORMAT(c->record) == IOF_RECORD_FORMAT(record))
			return 1;
	return 0;
}

/* ---- completeness ---- */

Test(codec, every_record_type_has_a_row)
{
	struct enumerator rec[MAX_ENUMERATORS];
	const struct iof_codec *c;
	size_t n = source_records(rec), i, j, rows = 0;

	for (i = 0; i < n; i++) {
		const char *name = rec[i].name;
		uint32_t v = rec[i].value;
		c = iof_codec_find(v);
		cr_expect(!strncmp(name, "IOF_REC_", 8), "enum iof_record: %s", name);
		if (rec[i].alias) /* another spelling of a record checked under its first name */
			continue;
		if (v == IOF_REC_NONE) {
			cr_expect_null(c, "%s has a row", name);
			continue;
		}
		/* the value read matches the compiled enum: the library names it */
		cr_expect_str_neq(iof_record_name(v), "?", "%s = %#x: iof_record_name() does not know it", name,
				  (unsigned)v);
		if (is_pending(name)) {
			cr_expect_null(c, "%s has a row (%s): remove it from the pending list of " __FILE__, name,
				       c ? c->name : "");
			cr_expect(!format_has_rows(v),
				  "%s is pending, but its format has rows: every record of a format needs one", name);
		} else {
			cr_expect_not_null(c, "%s (%#x, \"%s\") has no row in the codec registry", name, (unsigned)v,
					   iof_record_name(v));
			rows += c != NULL;
		}
	}
	/* the pending list names records that exist */
	for (j = 0; j < sizeof(pending) / sizeof(pending[0]); j++) {
		int found = 0;
		for (i = 0; i < n; i++)
			found |= !strcmp(rec[i].name, pending[j]);
		cr_expect(found, "pending %s is not in enum iof_record", pending[j]);
	}
	/* every row is a record type of the enum */
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		int found = 0;
		for (j = 0; j < n; j++)
			found |= rec[j].value == c->record;
		cr_expect(found, "row %s: record type %#x is not in enum iof_record", c->name, (unsigned)c->record);
	}
	cr_expect_eq(rows, iof_codec_count(), "%zu record types with rows, %zu rows", rows, iof_codec_count());
	cr_log_info("enum iof_record: %zu values, %zu rows, %zu pending", n, rows,
		    sizeof(pending) / sizeof(pending[0]));
}

/* ---- every row ---- */

Test(codec, every_row_has_vectors)
{
	const struct iof_codec *c;
	size_t i, s, k;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		size_t n = 0;
		for (s = 0; s < IOF_VEC_SET_COUNT; s++)
			for (k = 0; k < iof_vec_sets[s]->nvec; k++)
				n += iof_vec_sets[s]->vec[k].record == c->record;
		cr_expect(n > 0, "%s has no vector in tests/vectors/ (vectors/all.h)", c->name);
		cr_log_info("%s: %zu vectors", c->name, n);
	}
	/* and every vector is of a row, with no more words than IOF_RECORD_MAX_SIZE */
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (k = 0; k < iof_vec_sets[s]->nvec; k++) {
			const struct iof_vec *v = &iof_vec_sets[s]->vec[k];
			c = iof_codec_find(v->record);
			cr_expect_not_null(c, "%s: record type %#x has no row", v->name, (unsigned)v->record);
			cr_expect(v->nwords >= 1 && v->nwords * 8u <= IOF_RECORD_MAX_SIZE, "%s: %u words", v->name,
				  (unsigned)v->nwords);
			if (c)
				cr_expect(v->nwords * 8u >= c->min_size && v->nwords * 8u <= c->size,
					  "%s: %u bytes for %s (%u..%u)", v->name, (unsigned)v->nwords * 8u, c->name,
					  (unsigned)c->min_size, (unsigned)c->size);
		}
}

/* Every file of tests/vectors/ is reached from vectors/all.h. */
Test(codec, every_vectors_file_is_listed)
{
	char *all = slurp(VECTORS_DIR "/all.h");
	DIR *d = opendir(VECTORS_DIR);
	struct dirent *e;
	size_t n = 0;

	cr_assert_not_null(d, VECTORS_DIR ": cannot open it (the suite runs from the repository root)");
	while ((e = readdir(d)) != NULL) {
		char inc[300];
		size_t len = strlen(e->d_name);
		if (len < 3 || strcmp(e->d_name + len - 2, ".h") || !strcmp(e->d_name, "all.h") ||
		    !strcmp(e->d_name, "vector.h"))
			continue;
		(void)snprintf(inc, sizeof(inc), "#include \"%s\"", e->d_name);
		cr_expect_not_null(strstr(all, inc), VECTORS_DIR "/%s is not included by vectors/all.h", e->d_name);
		n++;
	}
	closedir(d);
	free(all);
	cr_expect_eq(n, IOF_VEC_SET_COUNT, "%zu vectors files, %zu sets in vectors/all.h", n,
		     (size_t)IOF_VEC_SET_COUNT);
}

Test(codec, every_row_has_a_docs_page)
{
	const struct iof_codec *c;
	size_t i;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		char quoted[80];
		char *doc;
		cr_assert_not_null(c->doc, "%s: no docs page", c->name);
		cr_expect(!strncmp(c->doc, "docs/", 5), "%s: doc %s is not under docs/", c->name, c->doc);
		doc = slurp(c->doc);
		(void)snprintf(quoted, sizeof(quoted), "`%s`", c->name);
		cr_expect_not_null(strstr(doc, quoted), "%s does not mention %s", c->doc, quoted);
		free(doc);
	}
}

/* 1 when exactly the two functions of @p c's shape are set. */
static int shape_matches(const struct iof_codec *c)
{
	int f = c->fault_decode && c->fault_encode, nf = !c->fault_decode && !c->fault_encode;
	int r = c->response_decode && c->response_encode, nr = !c->response_decode && !c->response_encode;
	int m = c->command_decode && c->command_encode, nm = !c->command_decode && !c->command_encode;
	switch (c->shape) {
	case IOF_SHAPE_FAULT: return f && nr && nm;
	case IOF_SHAPE_RESPONSE: return nf && r && nm;
	case IOF_SHAPE_COMMAND: return nf && nr && m;
	default: return 0;
	}
}

Test(codec, rows_are_well_formed)
{
	const struct iof_codec *c;
	size_t i;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		cr_assert_not_null(c->name, "row %zu: no name", i);
		cr_expect_str_eq(iof_record_name(c->record), c->name, "row %s: iof_record_name(%#x) is \"%s\"", c->name,
				 (unsigned)c->record, iof_record_name(c->record));
		cr_expect(c->size > 0 && c->size <= IOF_RECORD_MAX_SIZE, "%s: size %u, IOF_RECORD_MAX_SIZE %u", c->name,
			  (unsigned)c->size, IOF_RECORD_MAX_SIZE);
		cr_expect(c->min_size > 0 && c->min_size <= c->size, "%s: min_size %u, size %u", c->name,
			  (unsigned)c->min_size, (unsigned)c->size);
		cr_expect(shape_matches(c), "%s: shape %u does not match its functions", c->name, c->shape);
		cr_expect_eq(c->flags & ~IOF_CODEC_VARIABLE, 0u, "%s: unknown flags %#x", c->name, (unsigned)c->flags);
		cr_expect_eq(!!(c->flags & IOF_CODEC_VARIABLE), c->record_size != NULL,
			     "%s: IOF_CODEC_VARIABLE and record_size disagree", c->name);
		cr_expect(c->orders && !(c->orders & ~(IOF_ORDER_LE | IOF_ORDER_BE | IOF_ORDER_HOST)), "%s: orders %#x",
			  c->name, c->orders);
		if (c->layout == IOF_LAYOUT_HOST_STRUCT) {
			cr_expect_eq(c->orders, IOF_ORDER_HOST, "%s: a host struct is in host order only", c->name);
		} else {
			cr_expect_eq(c->layout, IOF_LAYOUT_BYTES, "%s: layout %u", c->name, c->layout);
			cr_expect_eq(c->orders & IOF_ORDER_HOST, 0u, "%s: a byte string has no host order", c->name);
			cr_expect((c->word == 1 || c->word == 2 || c->word == 4 || c->word == 8) &&
					  c->size % c->word == 0,
				  "%s: %u-byte words in %u bytes", c->name, c->word, (unsigned)c->size);
		}
		cr_expect(c->spec && c->spec[0], "%s: no spec reference", c->name);
	}
}

Test(codec, fields_fit_the_record)
{
	const struct iof_codec *c;
	size_t i;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		uint8_t ones[IOF_RECORD_MAX_SIZE], zeros[IOF_RECORD_MAX_SIZE];
		const struct iof_codec_field *f;
		uint32_t n = 0, k;

		cr_assert_not_null(c->fields, "%s: no field list", c->name);
		f = c->fields(&n);
		cr_assert(f && n > 0, "%s: %u fields", c->name, (unsigned)n);
		cr_expect(!c->field_set || n <= 64, "%s: %u fields, a field set of 64 bits", c->name, (unsigned)n);
		memset(ones, 0xff, sizeof(ones));
		memset(zeros, 0, sizeof(zeros));
		for (k = 0; k < n; k++) {
			uint32_t fd = f[k].fd, w = IOF_FD_WORD(fd), lsb = IOF_FD_LSB(fd), width = IOF_FD_WIDTH(fd);
			int in_place = (f[k].flags & IOF_FIELD_IN_PLACE) != 0;
			cr_expect(f[k].name && f[k].name[0], "%s: field %u has no name", c->name, (unsigned)k);
			cr_expect_eq(f[k].flags & ~IOF_FIELD_IN_PLACE, 0u, "%s: %s: flags %#x", c->name, f[k].name,
				     (unsigned)f[k].flags);
			cr_expect(width >= 1 && lsb + width <= 64 && (w + 1u) * 8u <= c->size,
				  "%s: %s: word %u, bits %u..%u do not fit %u bytes", c->name, f[k].name, (unsigned)w,
				  (unsigned)lsb, (unsigned)(lsb + width - 1), (unsigned)c->size);
			/* read back: all ones gives the field's all-ones value, all zeros 0, and a
			 * record too short for the field's word gives 0 */
			cr_expect_eq(iof_codec_field_get(ones, c->size, fd, in_place),
				     in_place ? iof_fd_mask(fd) : iof_fd_max(fd), "%s: %s of an all-ones record",
				     c->name, f[k].name);
			cr_expect_eq(iof_codec_field_get(zeros, c->size, fd, in_place), 0u, "%s: %s", c->name,
				     f[k].name);
			cr_expect_eq(iof_codec_field_get(ones, (size_t)w * 8u + 7u, fd, in_place), 0u,
				     "%s: %s read from %u bytes", c->name, f[k].name, (unsigned)(w * 8u + 7u));
		}
	}
}

Test(codec, lookups_round_trip)
{
	const struct iof_codec *c, *d;
	size_t i, j, n = iof_codec_count();

	cr_assert(n > 0);
	cr_expect_null(iof_codec_at(n));
	cr_expect_null(iof_codec_find(IOF_REC_NONE));
	cr_expect_null(iof_codec_find(0xffffu));
	cr_expect_null(iof_codec_by_name(NULL, 0));
	cr_expect_null(iof_codec_by_name("", 0));
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		size_t len = strlen(c->name);
		char longer[80];
		cr_expect_eq(iof_codec_find(c->record), c, "%s: iof_codec_find", c->name);
		cr_expect_eq(iof_codec_by_name(c->name, len), c, "%s: iof_codec_by_name", c->name);
		/* a prefix or an extension of the name is another name */
		cr_expect_neq(iof_codec_by_name(c->name, len - 1), c, "%s: found by a prefix", c->name);
		(void)snprintf(longer, sizeof(longer), "%s-x", c->name);
		cr_expect_neq(iof_codec_by_name(longer, len + 2), c, "%s: found by %s", c->name, longer);
		/* the name need not be NUL-terminated: len bytes of a longer string */
		cr_expect_eq(iof_codec_by_name(longer, len), c, "%s: by the first %zu bytes of %s", c->name, len,
			     longer);
		for (j = 0; (d = iof_codec_at(j)) != NULL; j++)
			if (j != i)
				cr_expect(d->record != c->record && strcmp(d->name, c->name),
					  "rows %zu and %zu share a record type or a name", i, j);
	}
	cr_expect_eq(i, n, "iof_codec_at() stops after %zu rows, iof_codec_count() is %zu", i, n);
}

/* ---- the record model: test-only rows ---- */

/* Record types of the test-only rows: no format of enum iof_format uses 0xfe. */
#define TEST_REC_WORDS IOF_RECORD(0xfeu, 0x01u)
#define TEST_REC_HOST IOF_RECORD(0xfeu, 0x02u)
#define TEST_REC_VARIABLE IOF_RECORD(0xfeu, 0x03u)

/*
 * A 16-byte layout of two 64-bit words, little- or big-endian:
 * w0[31:0] source ID, w0[39:32] code, w0[63:40] reserved, w1 the address.
 */
static int words_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	const uint8_t *b = (const uint8_t *)rec;
	uint64_t w0, w1;

	if (!out)
		return IOF_E_INVAL;
	iof_fault_init(out);
	if (!rec || (opts & ~IOF_DECODE_STRICT)) /* the registry strips IOF_DECODE_BIG_ENDIAN */
		return IOF_E_INVAL;
	if (len < 16)
		return IOF_E_SHORT;
	w0 = iof_le64_load(b);
	w1 = iof_le64_load(b + 8);
	out->kind = IOF_KIND_DMA_FAULT;
	out->reason = IOF_REASON_PERMISSION;
	out->txn = IOF_TXN_MEMORY;
	out->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	out->source_id = (uint32_t)w0;
	out->addr = w1;
	out->origin.record = (uint16_t)TEST_REC_WORDS;
	out->origin.code = (uint32_t)(w0 >> 32) & 0xffu;
	return (opts & IOF_DECODE_STRICT) && (w0 >> 40) ? IOF_E_RESERVED : IOF_OK;
}

static int words_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	uint8_t *b = (uint8_t *)rec;
	if (lost)
		*lost = 0;
	if (!f || !rec)
		return IOF_E_INVAL;
	if (cap < 16)
		return IOF_E_SHORT;
	iof_le64_store(b, f->source_id | (uint64_t)(f->origin.code & 0xffu) << 32);
	iof_le64_store(b + 8, f->addr);
	return IOF_OK;
}

/* Each test-only row is an array of one: IOF_CODEC_ROW() carries its comma. */
static const struct iof_codec words_row[] = {
	IOF_CODEC_ROW("test-words", TEST_REC_WORDS, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE | IOF_ORDER_BE, 8,
		      0, 16, 16, IOF_NULL, words_decode, words_encode, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL,
		      IOF_NULL, IOF_NULL, "tests/test_codec.c", IOF_NULL, IOF_NULL, "tests/test_codec.c")};

Test(codec, big_endian_words_decode_and_encode_like_little_endian)
{
	/* source ID 0x00c0ffee, code 0x42, address 0x0000123456789abc, written out by hand */
	static const uint8_t le[16] = {0xee, 0xff, 0xc0, 0x00, 0x42, 0x00, 0x00, 0x00,
				       0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12, 0x00, 0x00};
	static const uint8_t be[16] = {0x00, 0x00, 0x00, 0x42, 0x00, 0xc0, 0xff, 0xee,
				       0x00, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc};
	uint8_t out[IOF_RECORD_MAX_SIZE], bad[16];
	struct iof_fault fl, fb;
	uint32_t lost = 0xdead;

	cr_assert_eq(iof_codec_decode_fault(words_row, le, sizeof(le), 0, &fl), IOF_OK);
	cr_expect_eq(fl.source_id, 0x00c0ffeeu);
	cr_expect_eq(fl.origin.code, 0x42u);
	cr_expect_eq(fl.addr, 0x0000123456789abcull);
	cr_assert_eq(iof_codec_decode_fault(words_row, be, sizeof(be), IOF_DECODE_BIG_ENDIAN, &fb), IOF_OK);
	cr_expect(iof_fault_equal(&fl, &fb), "the big-endian bytes decode to another record");
	cr_expect_eq(iof_codec_decode_fault(words_row, be, sizeof(be), IOF_DECODE_BIG_ENDIAN | IOF_DECODE_STRICT, &fb),
		     IOF_OK, "strict mode passes through");
	/* the byte order is that of the words: a reserved bit (w0 bit 40) is byte 2 in big-endian */
	memcpy(bad, be, sizeof(bad));
	bad[2] = 0x01;
	cr_expect_eq(iof_codec_decode_fault(words_row, bad, sizeof(bad), IOF_DECODE_BIG_ENDIAN | IOF_DECODE_STRICT,
					    &fb),
		     IOF_E_RESERVED);
	cr_expect_eq(iof_codec_decode_fault(words_row, bad, sizeof(bad), IOF_DECODE_BIG_ENDIAN, &fb), IOF_OK);
	cr_expect_eq(fb.source_id, 0x00c0ffeeu, "the reserved bit moved into the source ID");
	/* a short big-endian record is short */
	cr_expect_eq(iof_codec_decode_fault(words_row, be, 15, IOF_DECODE_BIG_ENDIAN, &fb), IOF_E_SHORT);

	memset(out, 0x5a, sizeof(out));
	cr_assert_eq(iof_codec_encode_fault(words_row, &fl, out, sizeof(out), IOF_ENCODE_BIG_ENDIAN, &lost), IOF_OK);
	cr_expect_arr_eq(out, be, sizeof(be), "IOF_ENCODE_BIG_ENDIAN does not give the byte-reversed words");
	cr_expect_eq(out[16], 0x5a, "the encoder wrote past the record");
	cr_assert_eq(iof_codec_encode_fault(words_row, &fl, out, sizeof(out), 0, &lost), IOF_OK);
	cr_expect_arr_eq(out, le, sizeof(le));
	/* an option the encoders do not know */
	cr_expect_eq(iof_codec_encode_fault(words_row, &fl, out, sizeof(out), 0x80u, &lost), IOF_E_INVAL);
}

/* A valid record of row @p c, from its first vector that decodes (0 bytes when none). */
static size_t valid_record(const struct iof_codec *c, uint8_t *rec)
{
	size_t s, k;
	for (s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (k = 0; k < iof_vec_sets[s]->nvec; k++) {
			const struct iof_vec *v = &iof_vec_sets[s]->vec[k];
			if (v->record == c->record && v->status == IOF_OK) {
				memset(rec, 0, IOF_RECORD_MAX_SIZE);
				iof_words_store(rec, v->w, v->nwords);
				return (size_t)v->nwords * 8u;
			}
		}
	return 0;
}

/* A layout without big-endian words refuses both options: IOF_E_INVAL, the
 * output cleared (a decoder) or zero (an encoder). */
Test(codec, little_endian_rows_refuse_big_endian)
{
	const struct iof_codec *c;
	size_t i, k, n = 0;

	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		uint8_t rec[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
		size_t len = valid_record(c, rec);
		struct iof_fault f, clear;
		struct iof_page_response r, rclear;
		uint32_t sid = 0xdead, lost = 0xdead;

		if (c->orders & IOF_ORDER_BE)
			continue;
		n++;
		cr_assert(len > 0, "%s: no vector that decodes", c->name);
		iof_fault_init(&clear);
		iof_page_response_init(&rclear);
		memset(out, 0xee, sizeof(out));
		if (c->shape == IOF_SHAPE_FAULT) {
			cr_assert_eq(iof_codec_decode_fault(c, rec, len, 0, &f), IOF_OK, "%s", c->name);
			cr_expect_eq(iof_codec_decode_fault(c, rec, len, IOF_DECODE_BIG_ENDIAN, &f), IOF_E_INVAL, "%s",
				     c->name);
			cr_expect(iof_fault_equal(&f, &clear), "%s: output not cleared", c->name);
			cr_assert_eq(iof_codec_decode_fault(c, rec, len, 0, &f), IOF_OK);
			cr_expect_eq(iof_codec_encode_fault(c, &f, out, len, IOF_ENCODE_BIG_ENDIAN, &lost), IOF_E_INVAL,
				     "%s", c->name);
			cr_expect_eq(lost, 0u);
		} else if (c->shape == IOF_SHAPE_RESPONSE) {
			cr_assert_eq(iof_codec_decode_response(c, rec, len, 0, &r), IOF_OK, "%s", c->name);
			cr_expect_eq(iof_codec_decode_response(c, rec, len, IOF_DECODE_BIG_ENDIAN, &r), IOF_E_INVAL,
				     "%s", c->name);
			cr_expect(iof_page_response_equal(&r, &rclear), "%s: output not cleared", c->name);
			cr_assert_eq(iof_codec_decode_response(c, rec, len, 0, &r), IOF_OK);
			cr_expect_eq(iof_codec_encode_response(c, &r, out, len, IOF_ENCODE_BIG_ENDIAN), IOF_E_INVAL,
				     "%s", c->name);
		} else {
			cr_assert_eq(iof_codec_decode_command(c, rec, len, 0, &sid), IOF_OK, "%s", c->name);
			cr_expect_eq(iof_codec_decode_command(c, rec, len, IOF_DECODE_BIG_ENDIAN, &sid), IOF_E_INVAL,
				     "%s", c->name);
			cr_expect_eq(sid, 0u, "%s: output not cleared", c->name);
			cr_expect_eq(iof_codec_encode_command(c, 0x42, out, len, IOF_ENCODE_BIG_ENDIAN), IOF_E_INVAL,
				     "%s", c->name);
		}
		for (k = 0; k < len; k++)
			cr_expect_eq(out[k], 0, "%s: byte %zu of a refused encode", c->name, k);
	}
	cr_log_info("%zu little-endian rows", n);
}

/*
 * A host-endian C struct of 40 bytes, longer than the 32 bytes the first
 * layouts needed, laid out like a Linux uapi page fault record: 32-bit
 * members, the padding written out, an 8-byte aligned 64-bit member, so that
 * it is 40 bytes on every ABI.
 */
struct test_host_fault {
	uint32_t flags; /* bit 0 PASID valid, bit 1 last page of the group */
	uint32_t dev_id;
	uint32_t pasid;
	uint32_t grpid;
	uint32_t perm; /* bit 0 read, bit 1 write */
	uint32_t reserved;
	uint64_t addr;
	uint32_t length;
	uint32_t cookie;
};
IOF_ASSERT_SIZE(struct test_host_fault, 40);

static int host_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	struct test_host_fault h;

	if (!out)
		return IOF_E_INVAL;
	iof_fault_init(out);
	if (!rec || (opts & ~IOF_DECODE_STRICT))
		return IOF_E_INVAL;
	if (len < sizeof(h))
		return IOF_E_SHORT;
	memcpy(&h, rec, sizeof(h));
	out->kind = IOF_KIND_PAGE_REQUEST;
	out->txn = IOF_TXN_PAGE_REQUEST;
	out->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | ((h.flags & 1u) ? IOF_FLAG_PASID_VALID : 0u) |
		     ((h.flags & 2u) ? IOF_FLAG_LAST : 0u);
	out->perm = h.perm & (IOF_PERM_READ | IOF_PERM_WRITE);
	out->source_id = h.dev_id;
	out->pasid = h.pasid;
	out->grpid = h.grpid;
	out->addr = h.addr;
	out->length = h.length;
	out->origin.record = (uint16_t)TEST_REC_HOST;
	out->origin.detail[0] = h.cookie;
	return (opts & IOF_DECODE_STRICT) && ((h.flags & ~3u) | (h.perm & ~3u) | h.reserved) ? IOF_E_RESERVED : IOF_OK;
}

static int host_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	struct test_host_fault h;

	if (lost)
		*lost = 0;
	if (!f || !rec)
		return IOF_E_INVAL;
	if (cap < sizeof(h))
		return IOF_E_SHORT;
	memset(&h, 0, sizeof(h));
	h.flags = ((f->flags & IOF_FLAG_PASID_VALID) ? 1u : 0u) | ((f->flags & IOF_FLAG_LAST) ? 2u : 0u);
	h.dev_id = f->source_id;
	h.pasid = f->pasid;
	h.grpid = f->grpid;
	h.perm = f->perm & (IOF_PERM_READ | IOF_PERM_WRITE);
	h.addr = f->addr;
	h.length = f->length;
	h.cookie = (uint32_t)f->origin.detail[0];
	memcpy(rec, &h, sizeof(h));
	return IOF_OK;
}

static const struct iof_codec host_row[] = {
	IOF_CODEC_ROW("test-host", TEST_REC_HOST, IOF_SHAPE_FAULT, IOF_LAYOUT_HOST_STRUCT, IOF_ORDER_HOST, 0, 0,
		      sizeof(struct test_host_fault), sizeof(struct test_host_fault), IOF_NULL, host_decode,
		      host_encode, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL,
		      "tests/test_codec.c", IOF_NULL, IOF_NULL, "tests/test_codec.c")};

Test(codec, host_struct_of_40_bytes_round_trips)
{
	struct test_host_fault h;
	uint8_t rec[IOF_RECORD_MAX_SIZE], out[IOF_RECORD_MAX_SIZE];
	struct iof_fault f, g;
	uint32_t lost = 0xdead;

	cr_assert(host_row[0].size > 32 && host_row[0].size <= IOF_RECORD_MAX_SIZE, "%u bytes",
		  (unsigned)host_row[0].size);
	memset(&h, 0, sizeof(h));
	h.flags = 3;
	h.dev_id = 0x0000abcd;
	h.pasid = 0x12345;
	h.grpid = 0x1ff;
	h.perm = 3;
	h.addr = 0x00007fff12345000ull;
	h.length = 4096;
	h.cookie = 0xc00c1e;
	memset(rec, 0, sizeof(rec));
	memcpy(rec, &h, sizeof(h));

	cr_assert_eq(iof_codec_record_size(host_row, rec, sizeof(rec)), 40u);
	cr_expect_eq(iof_codec_record_size(host_row, rec, 39), 0u, "39 bytes cannot hold it");
	cr_assert_eq(iof_codec_decode_fault(host_row, rec, 40, IOF_DECODE_STRICT, &f), IOF_OK);
	cr_expect_eq(f.source_id, 0xabcdu);
	cr_expect_eq(f.pasid, 0x12345u);
	cr_expect_eq(f.grpid, 0x1ffu);
	cr_expect_eq(f.addr, 0x00007fff12345000ull);
	cr_expect_eq(f.length, 4096u);
	cr_expect_eq(f.flags & (IOF_FLAG_PASID_VALID | IOF_FLAG_LAST), IOF_FLAG_PASID_VALID | IOF_FLAG_LAST);
	cr_expect_eq(f.perm, IOF_PERM_READ | IOF_PERM_WRITE);
	cr_expect_eq(iof_codec_decode_fault(host_row, rec, 39, 0, &g), IOF_E_SHORT);

	memset(out, 0x5a, sizeof(out));
	cr_assert_eq(iof_codec_encode_fault(host_row, &f, out, sizeof(out), 0, &lost), IOF_OK);
	cr_expect_arr_eq(out, rec, 40, "the 40 bytes do not round-trip");
	cr_expect_eq(out[40], 0x5a, "the encoder wrote past the record");
	cr_assert_eq(iof_codec_decode_fault(host_row, out, 40, 0, &g), IOF_OK);
	cr_expect(iof_fault_equal(&f, &g), "the generic form does not round-trip");
	/* host order is the only order of a host struct */
	cr_expect_eq(iof_codec_decode_fault(host_row, rec, 40, IOF_DECODE_BIG_ENDIAN, &g), IOF_E_INVAL);
	cr_expect_eq(iof_codec_encode_fault(host_row, &f, out, sizeof(out), IOF_ENCODE_BIG_ENDIAN, &lost), IOF_E_INVAL);
}

/* A variable-length layout: an 8-byte header (u32 type, u32 payload bytes,
 * little-endian) and the payload. */
static size_t variable_record_size(const void *rec, size_t len)
{
	uint32_t payload;
	if (len < 8)
		return 0;
	payload = iof_le32_load((const uint8_t *)rec + 4);
	return payload <= IOF_RECORD_MAX_SIZE - 8u ? 8u + payload : 0;
}

static int variable_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	size_t n;
	if (!out)
		return IOF_E_INVAL;
	iof_fault_init(out);
	if (!rec || (opts & ~IOF_DECODE_STRICT))
		return IOF_E_INVAL;
	n = variable_record_size(rec, len);
	if (!n || n > len)
		return IOF_E_SHORT;
	out->kind = IOF_KIND_EVENT;
	out->length = (uint32_t)(n - 8u);
	out->origin.record = (uint16_t)TEST_REC_VARIABLE;
	out->origin.code = iof_le32_load((const uint8_t *)rec);
	return IOF_OK;
}

static int variable_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	(void)f;
	(void)rec;
	(void)cap;
	if (lost)
		*lost = 0;
	return IOF_E_UNSUPPORTED;
}

static const struct iof_codec variable_row[] = {
	IOF_CODEC_ROW("test-variable", TEST_REC_VARIABLE, IOF_SHAPE_FAULT, IOF_LAYOUT_BYTES, IOF_ORDER_LE, 4,
		      IOF_CODEC_VARIABLE, 8, 8, variable_record_size, variable_decode, variable_encode, IOF_NULL,
		      IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, IOF_NULL, "tests/test_codec.c", IOF_NULL,
		      IOF_NULL, "tests/test_codec.c")};

Test(codec, variable_length_record_size)
{
	/* type 7, a payload of 40 bytes: 48 in all, more than 32 */
	uint8_t rec[IOF_RECORD_MAX_SIZE] = {7, 0, 0, 0, 40, 0, 0, 0};
	struct iof_fault f;

	cr_expect_eq(iof_codec_record_size(variable_row, rec, sizeof(rec)), 48u);
	cr_expect_eq(iof_codec_record_size(variable_row, rec, 48), 48u);
	cr_expect_eq(iof_codec_record_size(variable_row, rec, 47), 0u, "a truncated record");
	cr_expect_eq(iof_codec_record_size(variable_row, rec, 7), 0u, "a truncated header");
	cr_expect_eq(iof_codec_record_size(variable_row, NULL, 48), 0u);
	cr_expect_eq(iof_codec_record_size(NULL, rec, 48), 0u);
	cr_assert_eq(iof_codec_decode_fault(variable_row, rec, 48, 0, &f), IOF_OK);
	cr_expect_eq(f.length, 40u);
	cr_expect_eq(f.origin.code, 7u);
	cr_expect_eq(iof_codec_decode_fault(variable_row, rec, 47, 0, &f), IOF_E_SHORT);
	/* an empty payload: the header alone */
	rec[4] = 0;
	cr_expect_eq(iof_codec_record_size(variable_row, rec, 8), 8u);
	/* a fixed-size row: its size, or 0 when the buffer is shorter */
	cr_expect_eq(iof_codec_record_size(words_row, rec, sizeof(rec)), 16u);
	cr_expect_eq(iof_codec_record_size(words_row, rec, 15), 0u);
}
