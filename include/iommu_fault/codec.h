/* SPDX-License-Identifier: MIT */
/**
 * @file codec.h
 * @brief The codec registry: every record layout of every format header,
 *        as one constant table a generic program iterates.
 *
 * API at a glance:
 *
 *     const struct iof_codec *iof_codec_at(size_t i);            // row i, null past the end
 *     size_t iof_codec_count(void);
 *     const struct iof_codec *iof_codec_find(uint32_t record);   // by enum iof_record
 *     const struct iof_codec *iof_codec_by_name(const char *name, size_t len);
 *     size_t iof_codec_record_size(c, rec, len);                 // bytes of the record at rec
 *     int iof_codec_decode_fault(c, rec, len, opts, &fault);
 *     int iof_codec_encode_fault(c, &fault, rec, cap, opts, &lost);
 *     int iof_codec_decode_response(c, rec, len, opts, &resp);
 *     int iof_codec_encode_response(c, &resp, rec, cap, opts);
 *     int iof_codec_decode_command(c, rec, len, opts, &source_id);
 *     int iof_codec_encode_command(c, source_id, rec, cap, opts);
 *
 * Each format header ends with its rows (`IOF_<FORMAT>_CODEC_ROWS`, built
 * with IOF_CODEC_ROW() of fault.h); this header gathers them.  It is
 * opt-in: a program that includes one format header compiles no table and
 * no other format's code.  Byte order is a property of the layout
 * (struct iof_codec::orders): the entry points here take
 * #IOF_DECODE_BIG_ENDIAN / #IOF_ENCODE_BIG_ENDIAN for a layout that lists
 * #IOF_ORDER_BE and convert the words around the format's own codec, so a
 * big-endian queue needs no second codec.  A byte order the layout does not
 * list is #IOF_E_INVAL.
 *
 * The table is constant data of each translation unit that uses it (the
 * library is `static inline`): a row found in one file and a row found in
 * another are equal when their `record` is, not their address.
 *
 * docs/adding-a-format.md gives the steps to add a format.
 */
#ifndef IOMMU_FAULT_CODEC_H
#define IOMMU_FAULT_CODEC_H

#include "compat.h"
#include "fault.h"
/* The format headers are listed once, in the umbrella header; it includes this one last. */
#include "iommu_fault.h"

IOF_BEGIN_DECLS

/** @cond IOF_INTERNAL */
/* The rows of the format whose enum iof_format value is N: its header defines
 * IOF_CODEC_ROWS_FORMAT_N; a format whose header is not there has none. */
#ifndef IOF_CODEC_ROWS_FORMAT_1
#define IOF_CODEC_ROWS_FORMAT_1
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_2
#define IOF_CODEC_ROWS_FORMAT_2
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_3
#define IOF_CODEC_ROWS_FORMAT_3
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_4
#define IOF_CODEC_ROWS_FORMAT_4
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_5
#define IOF_CODEC_ROWS_FORMAT_5
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_6
#define IOF_CODEC_ROWS_FORMAT_6
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_7
#define IOF_CODEC_ROWS_FORMAT_7
#endif
#ifndef IOF_CODEC_ROWS_FORMAT_8
#define IOF_CODEC_ROWS_FORMAT_8
#endif
/** @endcond */

/**
 * @brief Every row of every format header, in one list of IOF_CODEC_ROW()
 *        calls, in enum iof_format order.  A format header defines its rows
 *        (`IOF_<FORMAT>_CODEC_ROWS`) and `IOF_CODEC_ROWS_FORMAT_<n>`, n its
 *        enum iof_format value, and is included by iommu_fault.h: nothing here
 *        names a format or changes when one arrives.
 */
#define IOF_CODEC_ROWS                                                                                  \
	IOF_CODEC_ROWS_FORMAT_1 IOF_CODEC_ROWS_FORMAT_2 IOF_CODEC_ROWS_FORMAT_3 IOF_CODEC_ROWS_FORMAT_4 \
		IOF_CODEC_ROWS_FORMAT_5 IOF_CODEC_ROWS_FORMAT_6 IOF_CODEC_ROWS_FORMAT_7 IOF_CODEC_ROWS_FORMAT_8

/** @cond IOF_INTERNAL */
/* The table: every format header's rows, in record type order within a format. */
IOF_API const struct iof_codec *iof_codec_table_(size_t *count)
{
	static const struct iof_codec t[] = {IOF_CODEC_ROWS};
	*count = sizeof(t) / sizeof(t[0]);
	return t;
}
/** @endcond */

/** @brief Number of rows of the registry. */
IOF_API size_t iof_codec_count(void)
{
	size_t n;
	(void)iof_codec_table_(&n);
	return n;
}

/**
 * @brief The iterator: row @p i of the registry, or a null pointer when
 *        @p i >= iof_codec_count() (`for (i = 0; (c = iof_codec_at(i)); i++)`).
 */
IOF_API const struct iof_codec *iof_codec_at(size_t i)
{
	size_t n;
	const struct iof_codec *t = iof_codec_table_(&n);
	return i < n ? &t[i] : IOF_NULL;
}

/** @brief The row of record type @p record (enum iof_record), or a null pointer. */
IOF_API const struct iof_codec *iof_codec_find(uint32_t record)
{
	size_t i, n;
	const struct iof_codec *t = iof_codec_table_(&n);
	for (i = 0; i < n; i++)
		if (t[i].record == record)
			return &t[i];
	return IOF_NULL;
}

/**
 * @brief The row named @p name (its first @p len bytes; the tool's
 *        `--format` spelling, iof_record_name()), or a null pointer.
 */
IOF_API const struct iof_codec *iof_codec_by_name(const char *name, size_t len)
{
	size_t i, j, n;
	const struct iof_codec *t = iof_codec_table_(&n);
	if (!name)
		return IOF_NULL;
	for (i = 0; i < n; i++) {
		const char *s = t[i].name;
		for (j = 0; j < len && s[j] && s[j] == name[j]; j++)
			;
		if (j == len && !s[j])
			return &t[i];
	}
	return IOF_NULL;
}

/**
 * @brief Bytes of the record at @p rec: the row's size, or for a
 *        variable-length layout what its header says.
 * @return the size, or 0 when @p len cannot hold it (or a pointer is null).
 */
IOF_API size_t iof_codec_record_size(const struct iof_codec *c, const void *rec, size_t len)
{
	size_t n;
	if (!c || !rec)
		return 0;
	n = (c->flags & IOF_CODEC_VARIABLE) && c->record_size ? c->record_size(rec, len) : c->size;
	return n && n <= len ? n : 0;
}

/** @cond IOF_INTERNAL */
/* IOF_E_INVAL unless the layout of @p c lists the byte order @p opts asks for. */
IOF_API int iof_codec_order_ok_(const struct iof_codec *c, unsigned opts)
{
	unsigned want = (opts & IOF_DECODE_BIG_ENDIAN) ? IOF_ORDER_BE : (IOF_ORDER_LE | IOF_ORDER_HOST);
	return (c->orders & want) ? IOF_OK : IOF_E_INVAL;
}

/* Reverses the bytes of each @p word-byte word of the first @p n bytes of @p p. */
IOF_API void iof_codec_swap_(uint8_t *p, size_t n, unsigned word)
{
	size_t i, j;
	uint8_t t;
	if (word < 2)
		return;
	for (i = 0; i + word <= n; i += word)
		for (j = 0; j < word / 2; j++) {
			t = p[i + j];
			p[i + j] = p[i + word - 1 - j];
			p[i + word - 1 - j] = t;
		}
}

/* Copies the first min(@p len, #IOF_RECORD_MAX_SIZE) bytes of a big-endian record to @p buf in little-endian order. */
IOF_API size_t iof_codec_to_le_(const struct iof_codec *c, const void *rec, size_t len, uint8_t *buf)
{
	size_t i, n = len < IOF_RECORD_MAX_SIZE ? len : IOF_RECORD_MAX_SIZE;
	/* cppcheck-suppress knownConditionTrueFalse ; n is 0 only for an empty input */
	for (i = 0; i < n; i++)
		buf[i] = ((const uint8_t *)rec)[i];
	iof_codec_swap_(buf, n, c->word);
	return n;
}
/** @endcond */

/**
 * @brief Decodes a fault-shaped record with row @p c, in the byte order
 *        @p opts selects (#IOF_DECODE_BIG_ENDIAN).
 * @return the decoder's status; #IOF_E_INVAL for a null row, a row of
 *         another shape or a byte order the layout does not list (a non-null
 *         @p out is then cleared).
 */
IOF_API int iof_codec_decode_fault(const struct iof_codec *c, const void *rec, size_t len, unsigned opts,
				   struct iof_fault *out)
{
	uint8_t buf[IOF_RECORD_MAX_SIZE];
	if (!c || !c->fault_decode || iof_codec_order_ok_(c, opts)) {
		iof_fault_init(out);
		return IOF_E_INVAL;
	}
	if (!(opts & IOF_DECODE_BIG_ENDIAN) || !rec)
		return c->fault_decode(rec, len, opts, out);
	return c->fault_decode(buf, iof_codec_to_le_(c, rec, len, buf), opts & ~IOF_DECODE_BIG_ENDIAN, out);
}

/**
 * @brief Encodes @p f with row @p c, in the byte order @p opts selects
 *        (#IOF_ENCODE_BIG_ENDIAN); the rest is the format encoder's contract.
 * @return the encoder's status; #IOF_E_INVAL for a null row, a row of
 *         another shape or a byte order the layout does not list.
 */
IOF_API int iof_codec_encode_fault(const struct iof_codec *c, const struct iof_fault *f, void *rec, size_t cap,
				   unsigned opts, uint32_t *lost)
{
	int rc;
	if (!c || !c->fault_encode || iof_codec_order_ok_(c, opts) || (opts & ~IOF_ENCODE_BIG_ENDIAN))
		return iof_encode_fail_(IOF_E_INVAL, rec, cap, c ? c->size : 0u, lost);
	rc = c->fault_encode(f, rec, cap, lost);
	if (!rc && (opts & IOF_ENCODE_BIG_ENDIAN))
		iof_codec_swap_((uint8_t *)rec, cap < c->size ? cap : c->size, c->word);
	return rc;
}

/** @brief iof_codec_decode_fault() for a page response row. */
IOF_API int iof_codec_decode_response(const struct iof_codec *c, const void *rec, size_t len, unsigned opts,
				      struct iof_page_response *out)
{
	uint8_t buf[IOF_RECORD_MAX_SIZE];
	if (!c || !c->response_decode || iof_codec_order_ok_(c, opts)) {
		iof_page_response_init(out);
		return IOF_E_INVAL;
	}
	if (!(opts & IOF_DECODE_BIG_ENDIAN) || !rec)
		return c->response_decode(rec, len, opts, out);
	return c->response_decode(buf, iof_codec_to_le_(c, rec, len, buf), opts & ~IOF_DECODE_BIG_ENDIAN, out);
}

/** @brief iof_codec_encode_fault() for a page response row. */
IOF_API int iof_codec_encode_response(const struct iof_codec *c, const struct iof_page_response *r, void *rec,
				      size_t cap, unsigned opts)
{
	int rc;
	if (!c || !c->response_encode || iof_codec_order_ok_(c, opts) || (opts & ~IOF_ENCODE_BIG_ENDIAN))
		return iof_encode_fail_(IOF_E_INVAL, rec, cap, c ? c->size : 0u, IOF_NULL);
	rc = c->response_encode(r, rec, cap);
	if (!rc && (opts & IOF_ENCODE_BIG_ENDIAN))
		iof_codec_swap_((uint8_t *)rec, cap < c->size ? cap : c->size, c->word);
	return rc;
}

/** @brief iof_codec_decode_fault() for a command row (#IOF_SHAPE_COMMAND): @p source_id receives the source. */
IOF_API int iof_codec_decode_command(const struct iof_codec *c, const void *rec, size_t len, unsigned opts,
				     uint32_t *source_id)
{
	uint8_t buf[IOF_RECORD_MAX_SIZE];
	if (!c || !c->command_decode || iof_codec_order_ok_(c, opts)) {
		if (source_id)
			*source_id = 0;
		return IOF_E_INVAL;
	}
	if (!(opts & IOF_DECODE_BIG_ENDIAN) || !rec)
		return c->command_decode(rec, len, opts, source_id);
	return c->command_decode(buf, iof_codec_to_le_(c, rec, len, buf), opts & ~IOF_DECODE_BIG_ENDIAN, source_id);
}

/** @brief iof_codec_encode_fault() for a command row. */
IOF_API int iof_codec_encode_command(const struct iof_codec *c, uint32_t source_id, void *rec, size_t cap,
				     unsigned opts)
{
	int rc;
	if (!c || !c->command_encode || iof_codec_order_ok_(c, opts) || (opts & ~IOF_ENCODE_BIG_ENDIAN))
		return iof_encode_fail_(IOF_E_INVAL, rec, cap, c ? c->size : 0u, IOF_NULL);
	rc = c->command_encode(source_id, rec, cap);
	if (!rc && (opts & IOF_ENCODE_BIG_ENDIAN))
		iof_codec_swap_((uint8_t *)rec, cap < c->size ? cap : c->size, c->word);
	return rc;
}

/**
 * @brief Value of field @p fd (an IOF_FD() descriptor) of the record at
 *        @p rec, @p len bytes, little-endian words; in place when @p in_place.
 * @return the value, or 0 when the field lies beyond @p len (or @p rec is null).
 */
IOF_API uint64_t iof_codec_field_get(const void *rec, size_t len, uint32_t fd, int in_place)
{
	uint64_t w[IOF_RECORD_MAX_SIZE / 8] = {0};
	uint32_t wi = IOF_FD_WORD(fd);
	if (!rec || (size_t)(wi + 1u) * 8u > len || wi >= IOF_RECORD_MAX_SIZE / 8)
		return 0;
	w[wi] = iof_le64_load((const uint8_t *)rec + (size_t)wi * 8u);
	/* the helpers index w by the descriptor's word: only that word is read */
	return in_place ? iof_fd_get_inplace(w, fd) : iof_fd_get(w, fd);
}

IOF_END_DECLS

#endif /* IOMMU_FAULT_CODEC_H */
