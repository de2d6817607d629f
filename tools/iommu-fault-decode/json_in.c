/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: the JSON reader (--encode), strict, for exactly the
 * schema json_out.c prints (docs/json.md), and the --encode loop.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

enum jtype { J_NULL, J_STR, J_NUM, J_ARR };

#define J_STR_MAX 48
#define J_ARR_MAX 16

struct jval {
	enum jtype type;
	char str[J_STR_MAX];
	uint64_t num;
	unsigned n; /* array: items, each a string in item[] */
	char item[J_ARR_MAX][J_STR_MAX];
};

struct jmember {
	char key[J_STR_MAX];
	struct jval v;
};

#define J_MEMBERS_MAX 32

struct jreader {
	const char *s, *p;
	char msg[128];
};

static int jfail(struct jreader *r, const char *what)
{
	if (!r->msg[0])
		snprintf(r->msg, sizeof(r->msg), "%s at column %u", what, (unsigned)(r->p - r->s) + 1u);
	return -1;
}

static void jws(struct jreader *r)
{
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\r' || *r->p == '\n')
		r->p++;
}

static int jstring(struct jreader *r, char *out)
{
	size_t n = 0;
	if (*r->p != '"')
		return jfail(r, "expected a string");
	r->p++;
	for (;;) {
		unsigned char c = (unsigned char)*r->p;
		if (!c)
			return jfail(r, "unterminated string");
		if (c == '"')
			break;
		if (c < 0x20)
			return jfail(r, "control character in string");
		if (c == '\\') {
			r->p++;
			c = (unsigned char)*r->p;
			if (c != '"' && c != '\\' && c != '/')
				return jfail(r, "unsupported escape in string");
		}
		if (n + 1 >= J_STR_MAX)
			return jfail(r, "string too long");
		out[n++] = (char)c;
		r->p++;
	}
	out[n] = 0;
	r->p++;
	return 0;
}

static int jvalue(struct jreader *r, struct jval *v)
{
	memset(v, 0, sizeof(*v));
	jws(r);
	if (*r->p == '"') {
		v->type = J_STR;
		return jstring(r, v->str);
	}
	if (*r->p == '[') {
		v->type = J_ARR;
		r->p++;
		jws(r);
		if (*r->p == ']') {
			r->p++;
			return 0;
		}
		for (;;) {
			jws(r);
			if (v->n == J_ARR_MAX)
				return jfail(r, "array too long");
			if (jstring(r, v->item[v->n]))
				return -1;
			v->n++;
			jws(r);
			if (*r->p == ']') {
				r->p++;
				return 0;
			}
			if (*r->p != ',')
				return jfail(r, "expected ',' or ']'");
			r->p++;
		}
	}
	if (isdigit((unsigned char)*r->p)) {
		v->type = J_NUM;
		if (*r->p == '0' && isdigit((unsigned char)r->p[1]))
			return jfail(r, "leading zero in number");
		while (isdigit((unsigned char)*r->p)) {
			unsigned d = (unsigned)(*r->p - '0');
			if (v->num > (UINT64_MAX - d) / 10)
				return jfail(r, "number too large");
			v->num = v->num * 10 + d;
			r->p++;
		}
		if (*r->p == '.' || *r->p == 'e' || *r->p == 'E')
			return jfail(r, "only whole numbers are allowed");
		return 0;
	}
	if (!strncmp(r->p, "null", 4)) {
		v->type = J_NULL;
		r->p += 4;
		return 0;
	}
	return jfail(r, "expected a string, a whole number, an array of strings or null");
}

/* Parses one object into members; returns the count or -1. */
static int jobject(struct jreader *r, struct jmember *m)
{
	int n = 0, i;
	jws(r);
	if (*r->p != '{')
		return jfail(r, "expected '{'");
	r->p++;
	jws(r);
	if (*r->p == '}') {
		r->p++;
	} else {
		for (;;) {
			jws(r);
			if (n == J_MEMBERS_MAX)
				return jfail(r, "too many members");
			if (jstring(r, m[n].key))
				return -1;
			for (i = 0; i < n; i++)
				if (!strcmp(m[i].key, m[n].key))
					return jfail(r, "duplicate key");
			jws(r);
			if (*r->p != ':')
				return jfail(r, "expected ':'");
			r->p++;
			if (jvalue(r, &m[n].v))
				return -1;
			n++;
			jws(r);
			if (*r->p == '}') {
				r->p++;
				break;
			}
			if (*r->p != ',')
				return jfail(r, "expected ',' or '}'");
			r->p++;
		}
	}
	jws(r);
	if (*r->p)
		return jfail(r, "text after the object");
	return n;
}

/* Looks a name up in a name function over values 0..count-1. */
static int name_value(iof_name_fn fn, unsigned count, const char *s, uint32_t *out)
{
	unsigned i;
	for (i = 0; i < count; i++)
		if (!strcmp(fn(i), s)) {
			*out = i;
			return 0;
		}
	return -1;
}

static int bit_value(iof_name_fn fn, unsigned count, const char *s, uint32_t *out)
{
	unsigned i;
	for (i = 0; i < count; i++)
		if (!strcmp(fn(1u << i), s)) {
			*out = 1u << i;
			return 0;
		}
	return -1;
}

static int hex_string(const char *s, uint64_t *v)
{
	char msg[8];
	size_t len = strlen(s);
	if (len < 3 || s[0] != '0' || s[1] != 'x')
		return -1;
	return ifd_parse_word(s, len, v, msg, sizeof(msg));
}

/* Key table of the schema: which shapes accept it and the JSON type. */
enum jkey {
	K_FORMAT,
	K_RECORD,
	K_KIND,
	K_STATUS,
	K_CODE,
	K_CODE_NAME,
	K_REASON,
	K_RESPONSE,
	K_SOURCE_ID,
	K_PASID,
	K_GRPID,
	K_IRQ_INDEX,
	K_ADDR,
	K_FETCH_ADDR,
	K_IPA,
	K_LENGTH,
	K_COUNT,
	K_PERM,
	K_FLAGS,
	K_TXN,
	K_AT,
	K_DETAIL,
	K_UNKEPT,
	K_WORDS,
	K_NKEYS
};

#define SH_F (1u << IOF_SHAPE_FAULT)
#define SH_R (1u << IOF_SHAPE_RESPONSE)
#define SH_S (1u << IOF_SHAPE_COMMAND)
#define SH_ALL (SH_F | SH_R | SH_S)

static const struct {
	const char *name;
	unsigned shapes;
	enum jtype type;
} jkeys[K_NKEYS] = {
	[K_FORMAT] = {"format", SH_ALL, J_STR},
	[K_RECORD] = {"record", SH_ALL, J_STR},
	[K_KIND] = {"kind", SH_ALL, J_STR},
	[K_STATUS] = {"status", SH_ALL, J_STR},
	[K_CODE] = {"code", SH_F, J_NUM},
	[K_CODE_NAME] = {"code_name", SH_F, J_NULL},
	[K_REASON] = {"reason", SH_F, J_STR},
	[K_RESPONSE] = {"response", SH_R, J_STR},
	[K_SOURCE_ID] = {"source_id", SH_ALL, J_NUM},
	[K_PASID] = {"pasid", SH_F | SH_R, J_NUM},
	[K_GRPID] = {"grpid", SH_F | SH_R, J_NUM},
	[K_IRQ_INDEX] = {"irq_index", SH_F, J_NUM},
	[K_ADDR] = {"addr", SH_F, J_STR},
	[K_FETCH_ADDR] = {"fetch_addr", SH_F, J_STR},
	[K_IPA] = {"ipa", SH_F, J_STR},
	[K_LENGTH] = {"length", SH_F, J_NUM},
	[K_COUNT] = {"count", SH_F, J_NUM},
	[K_PERM] = {"perm", SH_F, J_ARR},
	[K_FLAGS] = {"flags", SH_F | SH_R, J_ARR},
	[K_TXN] = {"txn", SH_F, J_STR},
	[K_AT] = {"at", SH_F, J_STR},
	[K_DETAIL] = {"detail", SH_F | SH_R, J_ARR},
	[K_UNKEPT] = {"unkept", SH_ALL, J_ARR},
	[K_WORDS] = {"words", SH_ALL, J_ARR},
};

static const char *jtype_name(enum jtype t)
{
	switch (t) {
	case J_STR: return "a string";
	case J_NUM: return "a whole number";
	case J_ARR: return "an array of strings";
	default: return "null";
	}
}

/* Builds a decoded record from the members; returns 0 or -1 with msg. */
static int json_to_record(struct jmember *m, int n, struct ifd_record *d, char *msg, size_t msgsz)
{
	const struct jval *v[K_NKEYS];
	const struct iof_codec *t;
	int i;
	unsigned k, j;
	uint32_t x;

	memset(v, 0, sizeof(v));
	memset(d, 0, sizeof(*d));
	for (i = 0; i < n; i++) {
		for (k = 0; k < K_NKEYS; k++)
			if (!strcmp(m[i].key, jkeys[k].name))
				break;
		if (k == K_NKEYS) {
			snprintf(msg, msgsz, "unknown key \"%.40s\"", m[i].key);
			return -1;
		}
		v[k] = &m[i].v;
	}
	if (!v[K_RECORD] || v[K_RECORD]->type != J_STR) {
		snprintf(msg, msgsz, "\"record\" (a string) is required");
		return -1;
	}
	t = ifd_row_by_name(v[K_RECORD]->str, strlen(v[K_RECORD]->str));
	if (!t) {
		snprintf(msg, msgsz, "unknown record \"%s\"", v[K_RECORD]->str);
		return -1;
	}
	d->c = t;
	for (k = 0; k < K_NKEYS; k++) {
		if (!v[k])
			continue;
		if (!(jkeys[k].shapes & (1u << t->shape))) {
			snprintf(msg, msgsz, "key \"%s\" does not apply to %s", jkeys[k].name, t->name);
			return -1;
		}
		/* code_name is a string or null; every other key has one type */
		if (v[k]->type != jkeys[k].type && !(k == K_CODE_NAME && v[k]->type == J_STR)) {
			snprintf(msg, msgsz, "\"%s\" must be %s", jkeys[k].name, jtype_name(jkeys[k].type));
			return -1;
		}
		if (jkeys[k].type == J_NUM && v[k]->num > UINT32_MAX) {
			snprintf(msg, msgsz, "\"%s\" is larger than 32 bits", jkeys[k].name);
			return -1;
		}
		if (k == K_DETAIL || k == K_UNKEPT || k == K_WORDS) {
			uint64_t tmp;
			for (j = 0; j < v[k]->n; j++)
				if (hex_string(v[k]->item[j], &tmp)) {
					snprintf(msg, msgsz, "\"%s\" item %u is not a 0x hex word", jkeys[k].name, j);
					return -1;
				}
		}
	}
	if (v[K_FORMAT] && strcmp(v[K_FORMAT]->str, iof_format_name(IOF_RECORD_FORMAT(t->record)))) {
		snprintf(msg, msgsz, "\"format\" \"%s\" does not match record %s", v[K_FORMAT]->str, t->name);
		return -1;
	}
	for (k = K_UNKEPT; k <= K_WORDS; k++)
		if (v[k] && v[k]->n != ifd_words(t)) {
			snprintf(msg, msgsz, "\"%s\" has %u items, %s has %u words", jkeys[k].name, v[k]->n, t->name,
				 ifd_words(t));
			return -1;
		}
	for (j = 0; v[K_UNKEPT] && j < ifd_words(t); j++)
		hex_string(v[K_UNKEPT]->item[j], &d->unkept[j]);
	d->has_unkept = v[K_UNKEPT] != NULL;
#define NUM(key) (v[key] ? (uint32_t)v[key]->num : 0u)
	if (t->shape == IOF_SHAPE_COMMAND) {
		d->sid = NUM(K_SOURCE_ID);
		return 0;
	}
	if (t->shape == IOF_SHAPE_RESPONSE) {
		struct iof_page_response *r = &d->r;
		iof_page_response_init(r);
		r->record = (uint16_t)t->record;
		if (v[K_RESPONSE] && name_value(iof_resp_code_name, IOF_RESP_COUNT, v[K_RESPONSE]->str, &r->code)) {
			snprintf(msg, msgsz, "unknown response \"%s\"", v[K_RESPONSE]->str);
			return -1;
		}
		r->source_id = NUM(K_SOURCE_ID);
		r->pasid = NUM(K_PASID);
		r->grpid = NUM(K_GRPID);
		for (j = 0; v[K_FLAGS] && j < v[K_FLAGS]->n; j++) {
			if (bit_value(iof_resp_flag_name, 2, v[K_FLAGS]->item[j], &x)) {
				snprintf(msg, msgsz, "unknown response flag \"%s\"", v[K_FLAGS]->item[j]);
				return -1;
			}
			r->flags |= x;
		}
		if (v[K_DETAIL] && v[K_DETAIL]->n != 2) {
			snprintf(msg, msgsz, "\"detail\" of a response has 2 items");
			return -1;
		}
		for (j = 0; v[K_DETAIL] && j < 2; j++)
			hex_string(v[K_DETAIL]->item[j], &r->detail[j]);
		return 0;
	}
	{
		struct iof_fault *f = &d->f;
		uint32_t val;
		iof_fault_init(f);
		f->origin.record = (uint16_t)t->record;
		f->origin.code = NUM(K_CODE);
		if (v[K_KIND]) {
			if (name_value(iof_kind_name, IOF_KIND_COUNT, v[K_KIND]->str, &val)) {
				snprintf(msg, msgsz, "unknown kind \"%s\"", v[K_KIND]->str);
				return -1;
			}
			f->kind = (uint8_t)val;
		}
		if (v[K_REASON]) {
			if (name_value(iof_reason_name, IOF_REASON_COUNT, v[K_REASON]->str, &val)) {
				snprintf(msg, msgsz, "unknown reason \"%s\"", v[K_REASON]->str);
				return -1;
			}
			f->reason = (uint8_t)val;
		}
		if (v[K_TXN]) {
			if (name_value(iof_txn_name, IOF_TXN_COUNT, v[K_TXN]->str, &val)) {
				snprintf(msg, msgsz, "unknown txn \"%s\"", v[K_TXN]->str);
				return -1;
			}
			f->txn = (uint8_t)val;
		}
		if (v[K_AT]) {
			if (name_value(iof_at_name, IOF_AT_COUNT, v[K_AT]->str, &val)) {
				snprintf(msg, msgsz, "unknown at \"%s\"", v[K_AT]->str);
				return -1;
			}
			f->at = (uint8_t)val;
		}
		f->source_id = NUM(K_SOURCE_ID);
		f->pasid = NUM(K_PASID);
		f->grpid = NUM(K_GRPID);
		f->irq_index = NUM(K_IRQ_INDEX);
		f->length = NUM(K_LENGTH);
		f->count = NUM(K_COUNT);
		if ((v[K_ADDR] && hex_string(v[K_ADDR]->str, &f->addr)) ||
		    (v[K_FETCH_ADDR] && hex_string(v[K_FETCH_ADDR]->str, &f->fetch_addr)) ||
		    (v[K_IPA] && hex_string(v[K_IPA]->str, &f->ipa))) {
			snprintf(msg, msgsz, "an address is not a 0x hex word");
			return -1;
		}
		for (j = 0; v[K_PERM] && j < v[K_PERM]->n; j++) {
			if (bit_value(iof_perm_name, IOF_PERM_COUNT, v[K_PERM]->item[j], &x)) {
				snprintf(msg, msgsz, "unknown perm \"%s\"", v[K_PERM]->item[j]);
				return -1;
			}
			f->perm |= x;
		}
		for (j = 0; v[K_FLAGS] && j < v[K_FLAGS]->n; j++) {
			if (bit_value(iof_flag_name, IOF_FLAG_COUNT, v[K_FLAGS]->item[j], &x)) {
				snprintf(msg, msgsz, "unknown flag \"%s\"", v[K_FLAGS]->item[j]);
				return -1;
			}
			f->flags |= x;
		}
		if (v[K_DETAIL] && v[K_DETAIL]->n != 3) {
			snprintf(msg, msgsz, "\"detail\" of a fault has 3 items");
			return -1;
		}
		for (j = 0; v[K_DETAIL] && j < 3; j++)
			hex_string(v[K_DETAIL]->item[j], &f->origin.detail[j]);
	}
#undef NUM
	return 0;
}


int ifd_json_parse(const char *line, struct ifd_record *d, char *msg, size_t msgsz)
{
	static struct jmember m[J_MEMBERS_MAX];
	struct jreader r;
	int n;

	memset(&r, 0, sizeof(r));
	r.s = r.p = line;
	n = jobject(&r, m);
	if (n < 0) {
		memset(d, 0, sizeof(*d));
		snprintf(msg, msgsz, "invalid JSON: %s", r.msg);
		return -1;
	}
	return json_to_record(m, n, d, msg, msgsz);
}

unsigned ifd_json_file(FILE *in)
{
	char *buf = NULL;
	size_t cap = 0;
	unsigned line = 0, idx = 0;
	int too_long;

	while (ifd_read_line(in, &buf, &cap, &too_long)) {
		struct ifd_record d;
		char msg[160], where[64], comment[160];
		uint64_t out[IFD_MAX_WORDS];
		uint32_t lost;
		const struct iof_codec *to;
		int rc;

		line++;
		if (!*ifd_skip_ws(buf))
			continue;
		idx++;
		snprintf(where, sizeof(where), "record %u (line %u)", idx, line);
		if (too_long) {
			ifd_err(where, "invalid JSON: line too long");
			continue;
		}
		if (ifd_json_parse(buf, &d, msg, sizeof(msg))) {
			ifd_err(where, "%s", msg);
			continue;
		}
		/* rows are compared by record: each unit has its own copy of the registry */
		to = ifd_opt.to ? ifd_opt.to : d.c;
		rc = ifd_encode(&d, to, out, &lost);
		if (rc < 0 && to->record == d.c->record && d.has_unkept) {
			/* --json printed a record the encoder refuses as all unkept */
			memset(out, 0, sizeof(out));
			rc = 0;
		}
		if (rc < 0) {
			ifd_err(where, "cannot encode as %s: %s", to->name, iof_strerror(rc));
			continue;
		}
		if (to->record == d.c->record) {
			unsigned i;
			for (i = 0; i < ifd_words(to); i++)
				out[i] ^= d.unkept[i];
		}
		if (lost) {
			char what[96];
			snprintf(what, sizeof(what), "%s -> %s", d.c->name, to->name);
			ifd_report_loss(where, what, lost);
		}
		if (ifd_opt.json) {
			struct ifd_record d2;
			ifd_decode(to, out, &d2);
			ifd_show(&d2, out, idx, NULL);
		} else {
			snprintf(comment, sizeof(comment), "record %u: %s", idx, to->name);
			ifd_print_words(to, out, comment);
		}
	}
	free(buf);
	return idx;
}
