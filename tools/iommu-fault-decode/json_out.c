/* SPDX-License-Identifier: MIT */
/* iommu-fault-decode: the JSON writer (--json); the keys are docs/json.md. */
#include "tool.h"

static void json_str(const char *s)
{
	putc('"', ifd_out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(ifd_out, "\\%c", c);
		else if (c < 0x20)
			fprintf(ifd_out, "\\u%04x", c);
		else
			putc(c, ifd_out);
	}
	putc('"', ifd_out);
}

static void json_key_str(const char *k, const char *v)
{
	fprintf(ifd_out, ",\"%s\":", k);
	json_str(v);
}

static void json_hex64(const char *k, uint64_t v)
{
	fprintf(ifd_out, ",\"%s\":\"0x%016llx\"", k, (unsigned long long)v);
}

static void json_hexarr(const char *k, const uint64_t *w, unsigned n)
{
	unsigned i;
	fprintf(ifd_out, ",\"%s\":[", k);
	for (i = 0; i < n; i++)
		fprintf(ifd_out, "%s\"0x%016llx\"", i ? "," : "", (unsigned long long)w[i]);
	putc(']', ifd_out);
}

static void json_bits(const char *k, uint32_t v, unsigned count, iof_name_fn name)
{
	unsigned i, n = 0;
	fprintf(ifd_out, ",\"%s\":[", k);
	for (i = 0; i < count; i++)
		if (v & (1u << i)) {
			fprintf(ifd_out, "%s", n++ ? "," : "");
			json_str(name(1u << i));
		}
	putc(']', ifd_out);
}

static void json_begin(const struct iof_codec *c)
{
	fprintf(ifd_out, "{\"format\":");
	json_str(iof_format_name(IOF_RECORD_FORMAT(c->record)));
	json_key_str("record", c->name);
}

static void json_fault(const struct iof_codec *c, const struct iof_fault *f, int st)
{
	const char *name = c->code_name ? c->code_name(f->origin.code) : NULL;

	json_begin(c);
	fprintf(ifd_out, ",\"code\":%u,\"code_name\":", (unsigned)f->origin.code);
	if (c->code_name)
		json_str(name ? name : "?");
	else
		fprintf(ifd_out, "null");
	json_key_str("kind", iof_kind_name(f->kind));
	json_key_str("reason", iof_reason_name(f->reason));
	json_key_str("status", ifd_status_name(st));
	fprintf(ifd_out, ",\"source_id\":%u,\"pasid\":%u,\"grpid\":%u,\"irq_index\":%u", (unsigned)f->source_id,
		(unsigned)f->pasid, (unsigned)f->grpid, (unsigned)f->irq_index);
	json_hex64("addr", f->addr);
	json_hex64("fetch_addr", f->fetch_addr);
	json_hex64("ipa", f->ipa);
	fprintf(ifd_out, ",\"length\":%u,\"count\":%u", (unsigned)f->length, (unsigned)f->count);
	json_bits("perm", f->perm, IOF_PERM_COUNT, iof_perm_name);
	json_bits("flags", f->flags, IOF_FLAG_COUNT, iof_flag_name);
	json_key_str("txn", iof_txn_name(f->txn));
	json_key_str("at", iof_at_name(f->at));
	json_hexarr("detail", f->origin.detail, 3);
}

static void json_resp(const struct iof_codec *c, const struct iof_page_response *r, int st)
{
	json_begin(c);
	json_key_str("kind", "PAGE_RESPONSE");
	json_key_str("response", iof_resp_code_name(r->code));
	json_key_str("status", ifd_status_name(st));
	fprintf(ifd_out, ",\"source_id\":%u,\"pasid\":%u,\"grpid\":%u", (unsigned)r->source_id, (unsigned)r->pasid,
		(unsigned)r->grpid);
	json_bits("flags", r->flags, 2, iof_resp_flag_name);
	json_hexarr("detail", r->detail, 2);
}

void ifd_json_record(const struct ifd_record *d, const uint64_t *w)
{
	const struct iof_codec *c = d->c;

	switch (c->shape) {
	case IOF_SHAPE_FAULT: json_fault(c, &d->f, d->status); break;
	case IOF_SHAPE_RESPONSE: json_resp(c, &d->r, d->status); break;
	default:
		/* a command that names only a source: the one row of this shape
		 * today terminates a stall (docs/json.md) */
		json_begin(c);
		json_key_str("kind", "STALL_TERM");
		json_key_str("status", ifd_status_name(d->status));
		fprintf(ifd_out, ",\"source_id\":%u", (unsigned)d->sid);
		break;
	}
	json_hexarr("unkept", d->unkept, ifd_words(c));
	json_hexarr("words", w, ifd_words(c));
	fprintf(ifd_out, "}\n");
}
