/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: the human-readable block of a record, and its words
 * under a label (what --to and --encode print).
 */
#include <stdarg.h>
#include <string.h>

#include "tool.h"

static void put_words_line(const uint64_t *w, unsigned n)
{
	unsigned i;
	for (i = 0; i < n; i++)
		fprintf(ifd_out, "%s0x%016llx", i ? " " : "", (unsigned long long)w[i]);
}

void ifd_print_words(const struct iof_codec *c, const uint64_t *w, const char *comment)
{
	unsigned i;
	if (comment)
		fprintf(ifd_out, "# %s\n", comment);
	fprintf(ifd_out, "%s:\n", c->name);
	for (i = 0; i < ifd_words(c); i++)
		fprintf(ifd_out, "0x%016llx\n", (unsigned long long)w[i]);
}

static void print_bits(uint32_t v, unsigned count, iof_name_fn name, const char *none)
{
	unsigned i, n = 0;
	for (i = 0; i < count; i++)
		if (v & (1u << i))
			fprintf(ifd_out, "%s%s", n++ ? " " : "", name(1u << i));
	if (v >> count)
		fprintf(ifd_out, "%s0x%x", n++ ? " " : "", (unsigned)(v >> count << count));
	if (!n)
		fprintf(ifd_out, "%s", none);
}

/* "name=value" items, wrapped under a heading. */
static unsigned field_col;

static void field_item(const char *heading, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static void field_item(const char *heading, const char *fmt, ...)
{
	char item[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(item, sizeof(item), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (!field_col || field_col + (unsigned)n > 92) {
		fprintf(ifd_out, "%s  %-11s", field_col ? "\n" : "", field_col ? "" : heading);
		field_col = 14;
	}
	fprintf(ifd_out, " %s", item);
	field_col += (unsigned)n + 1;
}

static void field_end(void)
{
	if (field_col)
		fprintf(ifd_out, "\n");
	field_col = 0;
}

/*
 * Every field of the record's layout that applies to it (the row's
 * field_set), as its specification names it, in hex; a field with a value
 * name (an enumeration) also with that name, and its value without 0x when
 * it is one digit ("CLASS=2 (IN)", "FR=0x25 (IR_REQ_COMPAT)").  Then the
 * section of the specification that defines the record's code, when the
 * row knows it.
 */
static void spec_fields(const struct ifd_record *d, const uint64_t *w)
{
	const struct iof_codec *c = d->c;
	const struct iof_codec_field *f;
	uint8_t rec[IOF_RECORD_MAX_SIZE];
	size_t len = c->size;
	uint64_t set, v;
	uint32_t i, n = 0;
	const char *ref, *doc, *sect;

	iof_words_store(rec, w, ifd_words(c));
	f = c->fields ? c->fields(&n) : NULL;
	set = c->field_set ? c->field_set(rec, len) : ~(uint64_t)0;
	for (i = 0; i < n; i++) {
		if (i < 64 && !((set >> i) & 1u))
			continue;
		v = iof_codec_field_get(rec, len, f[i].fd, (f[i].flags & IOF_FIELD_IN_PLACE) != 0);
		if (f[i].value_name) {
			const char *vn = f[i].value_name((uint32_t)v);
			field_item("spec fields", "%s=%s%llx (%s)", f[i].name, v > 9 ? "0x" : "", (unsigned long long)v,
				   vn ? vn : "?");
		} else {
			field_item("spec fields", "%s=0x%llx", f[i].name, (unsigned long long)v);
		}
	}
	field_end();
	if (c->shape != IOF_SHAPE_FAULT || !c->code_ref || !(ref = c->code_ref(d->f.origin.code)))
		return;
	/* the document of the row's spec: "Arm IHI 0070 G.b" of "Arm IHI 0070 G.b §7.3" */
	doc = c->spec ? c->spec : "";
	sect = strstr(doc, " \xc2\xa7");
	fprintf(ifd_out, "  spec        %.*s section %s\n", (int)(sect ? (size_t)(sect - doc) : strlen(doc)), doc, ref);
}

static void human_fault(const struct iof_codec *c, const struct iof_fault *f)
{
	static const struct {
		const char *name;
		uint32_t flag;
	} idf[] = {
		{"source_id", IOF_FLAG_SOURCE_ID_VALID},   {"pasid", IOF_FLAG_PASID_VALID},
		{"irq_index", IOF_FLAG_IRQ_INDEX_VALID},   {"addr", IOF_FLAG_ADDR_VALID},
		{"fetch_addr", IOF_FLAG_FETCH_ADDR_VALID}, {"ipa", IOF_FLAG_IPA_VALID},
	};
	const uint64_t vals[] = {f->source_id, f->pasid, f->irq_index, f->addr, f->fetch_addr, f->ipa};
	unsigned i, nv = 0;

	if (c->code_name) {
		const char *name = c->code_name(f->origin.code);
		const char *desc = c->code_desc ? c->code_desc(f->origin.code) : NULL;
		fprintf(ifd_out, "  code        0x%02x %s%s%s\n", (unsigned)f->origin.code, name ? name : "?",
			desc ? ": " : "", desc ? desc : "");
	}
	fprintf(ifd_out, "  kind        %s: %s\n", iof_kind_name(f->kind), iof_kind_desc(f->kind));
	fprintf(ifd_out, "  reason      %s: %s\n", iof_reason_name(f->reason), iof_reason_desc(f->reason));
	for (i = 0; i < sizeof(idf) / sizeof(idf[0]); i++) {
		if (!(f->flags & idf[i].flag))
			continue;
		if (i < 3)
			fprintf(ifd_out, "  %-11s 0x%llx\n", idf[i].name, (unsigned long long)vals[i]);
		else
			fprintf(ifd_out, "  %-11s 0x%016llx\n", idf[i].name, (unsigned long long)vals[i]);
	}
	if (f->kind == IOF_KIND_PAGE_REQUEST || f->grpid)
		fprintf(ifd_out, "  grpid       0x%x\n", (unsigned)f->grpid);
	if (f->length)
		fprintf(ifd_out, "  length      %u\n", (unsigned)f->length);
	if (f->kind == IOF_KIND_LOST || f->count)
		fprintf(ifd_out, "  count       %u%s\n", (unsigned)f->count, f->count ? "" : " (unknown)");
	fprintf(ifd_out, "  txn         %s, address type %s\n", iof_txn_name(f->txn), iof_at_name(f->at));
	if (f->txn == IOF_TXN_MEMORY || f->txn == IOF_TXN_PAGE_REQUEST || f->perm) {
		fprintf(ifd_out, "  access      ");
		print_bits(f->perm & ~IOF_PERM_PRIV, IOF_PERM_COUNT, iof_perm_name, "none");
		fprintf(ifd_out, ", %s\n", (f->perm & IOF_PERM_PRIV) ? "privileged" : "unprivileged");
	}
	if (f->txn == IOF_TXN_MEMORY)
		fprintf(ifd_out, "  stage       %s\n", (f->flags & IOF_FLAG_STAGE2) ? "2" : "1 (or not reported)");
	if (f->kind == IOF_KIND_PAGE_REQUEST) {
		uint32_t resp = iof_response_record_for(f->origin.record);
		if (f->flags & IOF_FLAG_LAST)
			fprintf(ifd_out, "  answer      %s to group 0x%x\n",
				resp ? iof_record_name(resp) : "a page response", (unsigned)f->grpid);
		else
			fprintf(ifd_out, "  answer      none until the last request of group 0x%x\n",
				(unsigned)f->grpid);
	}
	fprintf(ifd_out, "  flags       ");
	print_bits(f->flags, IOF_FLAG_COUNT, iof_flag_name, "none");
	fprintf(ifd_out, "\n  not valid  ");
	for (i = 0; i < sizeof(idf) / sizeof(idf[0]); i++)
		if (!(f->flags & idf[i].flag)) {
			fprintf(ifd_out, " %s", idf[i].name);
			nv++;
		}
	fprintf(ifd_out, "%s\n", nv ? "" : " (all valid)");
	if (f->origin.detail[0] || f->origin.detail[1] || f->origin.detail[2]) {
		fprintf(ifd_out, "  detail      ");
		put_words_line(f->origin.detail, 3);
		fprintf(ifd_out, "\n");
	}
}

static void human_resp(const struct iof_page_response *r)
{
	fprintf(ifd_out, "  response    %s\n", iof_resp_code_name(r->code));
	fprintf(ifd_out, "  source_id   0x%x\n", (unsigned)r->source_id);
	if (r->flags & IOF_RESP_FLAG_PASID_VALID)
		fprintf(ifd_out, "  pasid       0x%x\n", (unsigned)r->pasid);
	fprintf(ifd_out, "  grpid       0x%x\n", (unsigned)r->grpid);
	fprintf(ifd_out, "  flags       ");
	print_bits(r->flags, 2, iof_resp_flag_name, "none");
	fprintf(ifd_out, "\n");
	if (!(r->flags & IOF_RESP_FLAG_PASID_VALID))
		fprintf(ifd_out, "  not valid   pasid\n");
	if (r->detail[0] || r->detail[1]) {
		fprintf(ifd_out, "  detail      ");
		put_words_line(r->detail, 2);
		fprintf(ifd_out, "\n");
	}
}

static int any(const uint64_t *w, unsigned n)
{
	unsigned i;
	for (i = 0; i < n; i++)
		if (w[i])
			return 1;
	return 0;
}

void ifd_human_record(const struct ifd_record *d, const uint64_t *w, unsigned idx, const char *note)
{
	const struct iof_codec *c = d->c;
	unsigned nw = ifd_words(c);

	fprintf(ifd_out, "record %u: %s%s\n", idx, c->name, note ? note : "");
	fprintf(ifd_out, "  words       ");
	put_words_line(w, nw);
	fprintf(ifd_out, "\n");
	if (d->status)
		fprintf(ifd_out, "  status      %s: %s\n", ifd_status_name(d->status), iof_strerror(d->status));
	switch (c->shape) {
	case IOF_SHAPE_FAULT: human_fault(c, &d->f); break;
	case IOF_SHAPE_RESPONSE: human_resp(&d->r); break;
	case IOF_SHAPE_COMMAND: fprintf(ifd_out, "  source_id   0x%x\n", (unsigned)d->sid); break;
	default: break;
	}
	spec_fields(d, w);
	if (d->rebuild < 0) {
		fprintf(ifd_out, "  unkept      every bit: the library cannot encode this record again (%s)\n",
			iof_strerror(d->rebuild));
	} else if (any(d->unkept, nw)) {
		unsigned i, b;
		for (i = 0; i < nw; i++)
			for (b = 0; b < 64; b++)
				if ((d->unkept[i] >> b) & 1u)
					field_item("unkept", "dw%u[%u] (bit %u)", i, b, 64 * i + b);
		field_end();
		fprintf(ifd_out, "              (set bits that decoding and encoding again do not reproduce)\n");
	}
	fprintf(ifd_out, "\n");
}
