/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: decoding and encoding through the registry's rows, and
 * conversion (--to) through the generic form.
 */
#include <string.h>

#include "tool.h"

void ifd_decode(const struct iof_codec *c, const uint64_t *w, struct ifd_record *d)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	uint64_t back[IFD_MAX_WORDS];
	unsigned i, nw = ifd_words(c);
	size_t len = c->size;
	uint32_t lost;

	memset(d, 0, sizeof(*d));
	d->c = c;
	iof_words_store(rec, w, nw);
	switch (c->shape) {
	case IOF_SHAPE_FAULT: d->status = iof_codec_decode_fault(c, rec, len, ifd_opt.decode_opts, &d->f); break;
	case IOF_SHAPE_RESPONSE: d->status = iof_codec_decode_response(c, rec, len, ifd_opt.decode_opts, &d->r); break;
	case IOF_SHAPE_COMMAND: d->status = iof_codec_decode_command(c, rec, len, ifd_opt.decode_opts, &d->sid); break;
	default: d->status = IOF_E_UNSUPPORTED; break;
	}
	/* A record the encoder refuses (a reserved code, say) is rebuilt
	 * from nothing: all its bits are unkept. */
	d->rebuild = ifd_encode(d, c, back, &lost);
	for (i = 0; i < nw; i++)
		d->unkept[i] = w[i] ^ (d->rebuild < 0 ? 0 : back[i]);
}

/* 1 when a response of row @to can carry response flag @flag. */
static int carries_flag(const struct iof_codec *to, uint32_t flag)
{
	struct iof_page_response r;
	uint8_t rec[IOF_RECORD_MAX_SIZE];

	iof_page_response_init(&r);
	r.record = (uint16_t)to->record;
	r.code = IOF_RESP_INVALID;
	r.flags = flag;
	return iof_codec_encode_response(to, &r, rec, sizeof(rec), 0) == IOF_OK;
}

int ifd_encode(const struct ifd_record *d, const struct iof_codec *to, uint64_t *out, uint32_t *lost)
{
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	size_t cap = to->size;
	int rc = IOF_E_UNSUPPORTED;

	*lost = 0;
	memset(rec, 0, sizeof(rec));
	if (d->c->shape != to->shape)
		return IOF_E_UNSUPPORTED;
	switch (to->shape) {
	case IOF_SHAPE_FAULT: rc = iof_codec_encode_fault(to, &d->f, rec, cap, 0, lost); break;
	case IOF_SHAPE_RESPONSE: {
		struct iof_page_response r = d->r;
		if (r.record != to->record) {
			/* Command bits of another response type have no place here. */
			if (r.detail[0] || r.detail[1])
				*lost |= IOF_LOST_DETAIL;
			r.detail[0] = r.detail[1] = 0;
			/* RAZWI (terminate a stall without an abort) exists only where the command has it */
			if ((r.flags & IOF_RESP_FLAG_RAZWI) && !carries_flag(to, IOF_RESP_FLAG_RAZWI)) {
				*lost |= IOF_LOST_FLAGS;
				r.flags &= ~IOF_RESP_FLAG_RAZWI;
			}
			r.record = (uint16_t)to->record;
		}
		rc = iof_codec_encode_response(to, &r, rec, cap, 0);
		break;
	}
	case IOF_SHAPE_COMMAND: rc = iof_codec_encode_command(to, d->sid, rec, cap, 0); break;
	default: break;
	}
	if (rc < 0)
		return rc;
	iof_words_load(out, rec, ifd_words(to));
	return 0;
}

void ifd_show(const struct ifd_record *d, const uint64_t *w, unsigned idx, const char *note)
{
	if (ifd_opt.json)
		ifd_json_record(d, w);
	else
		ifd_human_record(d, w, idx, note);
}

void ifd_emit(const struct iof_codec *c, const uint64_t *w, unsigned idx, unsigned line, const char *note)
{
	struct ifd_record d;
	const char *where = ifd_where(idx, line);
	const struct iof_codec *to = ifd_opt.to;
	char comment[160];
	uint64_t out[IFD_MAX_WORDS];
	uint32_t lost;
	int rc;

	ifd_decode(c, w, &d);
	if (!to) {
		ifd_show(&d, w, idx, note);
		return;
	}
	rc = ifd_encode(&d, to, out, &lost);
	if (rc < 0) {
		ifd_err(where, "cannot convert %s to %s: %s", c->name, to->name, iof_strerror(rc));
		return;
	}
	snprintf(comment, sizeof(comment), "record %u: %s -> %s", idx, c->name, to->name);
	if (lost) {
		char what[96];
		snprintf(what, sizeof(what), "%s -> %s", c->name, to->name);
		ifd_report_loss(where, what, lost);
	}
	if (ifd_opt.json) {
		struct ifd_record d2;
		ifd_decode(to, out, &d2);
		ifd_show(&d2, out, idx, NULL);
	} else {
		ifd_print_words(to, out, comment);
	}
}
