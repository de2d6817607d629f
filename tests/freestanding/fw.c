/* SPDX-License-Identifier: MIT */
/*
 * A firmware-style user of iommu_fault: no libc, no start files, one entry
 * point that decodes and encodes a record of every row of the codec
 * registry, from fixed buffers, and returns a value.  `make
 * freestanding-check` compiles and links it for arm-none-eabi with
 * -ffreestanding -nostdlib -nostartfiles, and compiles it with tcc and
 * chibicc; an undefined symbol at link time means the library reached for
 * something a firmware does not have.  The records are the test vectors
 * (tests/vectors/all.h, reached by a relative path so the build needs only
 * -Iinclude).
 */
#include <iommu_fault/codec.h>
#include <iommu_fault/iommu_fault.h>

#include "../vectors/all.h"

/* GCC and Clang may lower struct copies and zeroing loops to these calls
 * even with -ffreestanding (documented in the GCC manual, "Standards"). */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	const unsigned char *s = (const unsigned char *)src;
	while (n--)
		*d++ = *s++;
	return dst;
}

static uint8_t fw_in[IOF_RECORD_MAX_SIZE], fw_out[IOF_RECORD_MAX_SIZE];

int fw_entry(void);

/* Decodes the record in fw_in (@p n bytes) with row @p c and encodes it back
 * into fw_out.  Returns 0 when the bytes are the same, else a negative status
 * (IOF_E_INVAL when they differ). */
static int fw_round_trip(const struct iof_codec *c, size_t n, uint32_t source_id)
{
	struct iof_fault f;
	struct iof_page_response r;
	uint32_t lost = 0, sid = 0;
	size_t i;
	int rc;

	if (c->shape == IOF_SHAPE_FAULT) {
		rc = iof_codec_decode_fault(c, fw_in, n, IOF_DECODE_STRICT, &f);
		if (!rc)
			rc = iof_codec_encode_fault(c, &f, fw_out, n, 0, &lost);
		if (!rc && lost)
			rc = IOF_E_INVAL;
	} else if (c->shape == IOF_SHAPE_RESPONSE) {
		rc = iof_codec_decode_response(c, fw_in, n, IOF_DECODE_STRICT, &r);
		if (!rc)
			rc = iof_codec_encode_response(c, &r, fw_out, n, 0);
	} else {
		rc = iof_codec_decode_command(c, fw_in, n, IOF_DECODE_STRICT, &sid);
		if (!rc)
			rc = sid == source_id ? iof_codec_encode_command(c, sid, fw_out, n, 0) : IOF_E_INVAL;
	}
	for (i = 0; !rc && i < n; i++)
		if (fw_in[i] != fw_out[i])
			rc = IOF_E_INVAL;
	return rc;
}

/* What a firmware does with its queues, for every row of the registry: the
 * first strict-clean vector of the row (tests/vectors/all.h) is decoded and
 * encoded back to the same bytes.  Returns the number of rows, or a negative
 * status when one fails or has no such vector. */
int fw_entry(void)
{
	const struct iof_codec *c;
	size_t i, s, k;
	int rc;

	for (i = 0; (c = iof_codec_at(i)) != IOF_NULL; i++) {
		const struct iof_vec *v = IOF_NULL;
		for (s = 0; s < IOF_VEC_SET_COUNT && !v; s++)
			for (k = 0; k < iof_vec_sets[s]->nvec && !v; k++)
				if (iof_vec_sets[s]->vec[k].record == c->record &&
				    iof_vec_sets[s]->vec[k].status == IOF_OK &&
				    iof_vec_sets[s]->vec[k].strict_status == IOF_OK)
					v = &iof_vec_sets[s]->vec[k];
		if (!v || 8u * v->nwords > sizeof(fw_in))
			return IOF_E_INVAL;
		iof_words_store(fw_in, v->w, v->nwords);
		rc = fw_round_trip(c, 8u * v->nwords, v->e.source_id);
		if (rc < 0)
			return rc;
	}
	return (int)i;
}
