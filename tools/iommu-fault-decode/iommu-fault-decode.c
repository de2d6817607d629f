/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: read IOMMU fault records the way the Linux kernel
 * prints them (64-bit hex words), and print them decoded, as JSON lines, or
 * converted into another record type; read the JSON back into words.
 *
 * Manual: docs/iommu-fault-decode.1.  JSON keys: docs/json.md.
 * Exit status: 0 ok, 2 some input was bad (other records still processed),
 * 3 a conversion lost information (and nothing was bad).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iommu_fault/fault.h>
#include <iommu_fault/smmuv3.h>
#include <iommu_fault/vtd.h>

#define PROG "iommu-fault-decode"
#define MAX_WORDS 4u
#define MAX_LINE (1u << 20)

/* ======================================================================== */
/* Record types the tool knows: one row per record layout of the library. */

enum shape { SHAPE_FAULT, SHAPE_RESPONSE, SHAPE_STALL_TERM };

typedef int (*fault_decode_fn)(const void *, size_t, unsigned, struct iof_fault *);
typedef int (*fault_encode_fn)(const struct iof_fault *, void *, size_t, uint32_t *);
typedef int (*resp_decode_fn)(const void *, size_t, unsigned, struct iof_page_response *);
typedef int (*resp_encode_fn)(const struct iof_page_response *, void *, size_t);
typedef const char *(*name_fn)(uint32_t);

struct rtype {
	uint32_t record;        /* enum iof_record; its iof_record_name() is the --format name */
	unsigned nwords;        /* 64-bit words in the record */
	enum shape shape;
	fault_decode_fn fdec;
	fault_encode_fn fenc;
	resp_decode_fn rdec;
	resp_encode_fn renc;
	name_fn code_name;      /* spec name of origin.code, or NULL when the record has no code */
	name_fn code_desc;
	void (*spec_fields)(const uint64_t *w); /* prints the record's own fields, or NULL */
	const struct field *fields; /* or the record's fields, for display */
};

/* Raw fields of a record, named as its spec names them, for display only:
 * the positions are the codec headers' own descriptors. */
struct field {
	const char *name;
	uint32_t fd;
	int inplace; /* an address: shown in place rather than shifted */
};

#define F(name, fd) { name, fd, 0 }
#define A(name, fd) { name, fd, 1 }
#define END { NULL, 0, 0 }
static const struct field smmuv3_pri_fields[] = {
	F("StreamID", IOF_SMMUV3_PRI_STREAMID), F("SSV", IOF_SMMUV3_PRI_SSV),
	F("SubstreamID", IOF_SMMUV3_PRI_SUBSTREAMID), F("Priv", IOF_SMMUV3_PRI_PRIV),
	F("Exec", IOF_SMMUV3_PRI_EXEC), F("R", IOF_SMMUV3_PRI_READ), F("W", IOF_SMMUV3_PRI_WRITE),
	F("L", IOF_SMMUV3_PRI_LAST), F("PRGIndex", IOF_SMMUV3_PRI_PRGINDEX),
	A("Addr[63:12]", IOF_SMMUV3_PRI_ADDR), END
};
static const struct field smmuv3_cmd_resume_fields[] = {
	F("Op", IOF_SMMUV3_CMD_OPCODE), F("SSec", IOF_SMMUV3_CMD_SSEC),
	F("Ac", IOF_SMMUV3_CMD_RESUME_AC), F("Ab", IOF_SMMUV3_CMD_RESUME_AB),
	F("StreamID", IOF_SMMUV3_CMD_STREAMID), F("STAG", IOF_SMMUV3_CMD_RESUME_STAG), END
};
static const struct field smmuv3_cmd_pri_resp_fields[] = {
	F("Op", IOF_SMMUV3_CMD_OPCODE), F("SSec", IOF_SMMUV3_CMD_SSEC), F("SSV", IOF_SMMUV3_CMD_SSV),
	F("SubstreamID", IOF_SMMUV3_CMD_SUBSTREAMID), F("StreamID", IOF_SMMUV3_CMD_STREAMID),
	F("PRGIndex", IOF_SMMUV3_CMD_PRI_PRGINDEX), F("Resp", IOF_SMMUV3_CMD_PRI_RESP), END
};
static const struct field smmuv3_cmd_stall_term_fields[] = {
	F("Op", IOF_SMMUV3_CMD_OPCODE), F("SSec", IOF_SMMUV3_CMD_SSEC),
	F("StreamID", IOF_SMMUV3_CMD_STREAMID), END
};
static const struct field vtd_fault_fields[] = {
	A("FI", IOF_VTD_FRCD_FI), F("SID", IOF_VTD_FRCD_SID), F("T2", IOF_VTD_FRCD_T2),
	F("PRIV", IOF_VTD_FRCD_PRIV), F("EXE", IOF_VTD_FRCD_EXE), F("PP", IOF_VTD_FRCD_PP),
	F("FR", IOF_VTD_FRCD_FR), F("PV", IOF_VTD_FRCD_PV), F("AT", IOF_VTD_FRCD_AT),
	F("T1", IOF_VTD_FRCD_T1), F("F", IOF_VTD_FRCD_F), END
};
static const struct field vtd_page_request_fields[] = {
	F("Type", IOF_VTD_PRQ_TYPE), F("PP", IOF_VTD_PRQ_PP), F("PDP", IOF_VTD_PRQ_PDP),
	F("RID", IOF_VTD_PRQ_RID), F("PASID", IOF_VTD_PRQ_PASID), F("EXE", IOF_VTD_PRQ_EXE),
	F("PM", IOF_VTD_PRQ_PM), F("RD", IOF_VTD_PRQ_RD), F("WR", IOF_VTD_PRQ_WR),
	F("LPIG", IOF_VTD_PRQ_LPIG), F("PRGI", IOF_VTD_PRQ_PRGI), A("ADDR", IOF_VTD_PRQ_ADDR),
	F("PrivateData0", IOF_VTD_PRQ_PRIV_DATA0), F("PrivateData1", IOF_VTD_PRQ_PRIV_DATA1), END
};
static const struct field vtd_page_request_v2_fields[] = {
	F("SRR", IOF_VTD_PRQ2_SRR), F("BOF", IOF_VTD_PRQ2_BOF), F("PP", IOF_VTD_PRQ2_PP),
	F("LPIG", IOF_VTD_PRQ2_LPIG), F("PASID", IOF_VTD_PRQ2_PASID), F("Bus", IOF_VTD_PRQ2_BUS),
	F("PrivateData", IOF_VTD_PRQ2_PRIV_DATA), F("PRGI", IOF_VTD_PRQ2_PRGI),
	F("RD", IOF_VTD_PRQ2_RD), F("WR", IOF_VTD_PRQ2_WR), F("EXE", IOF_VTD_PRQ2_EXE),
	F("PRIV", IOF_VTD_PRQ2_PRIV), F("DevFn", IOF_VTD_PRQ2_DEVFN), A("ADDR", IOF_VTD_PRQ2_ADDR),
	END
};
static const struct field vtd_page_grp_resp_fields[] = {
	F("Type[3:0]", IOF_VTD_PGRP_TYPE_LO), F("PP", IOF_VTD_PGRP_PP), F("PDP", IOF_VTD_PGRP_PDP),
	F("Type[6:4]", IOF_VTD_PGRP_TYPE_HI), F("RC", IOF_VTD_PGRP_RC), F("RID", IOF_VTD_PGRP_RID),
	F("PASID", IOF_VTD_PGRP_PASID), F("LPIG", IOF_VTD_PGRP_LPIG), F("PRGI", IOF_VTD_PGRP_PRGI),
	F("PrivateData0", IOF_VTD_PGRP_PRIV_DATA0), F("PrivateData1", IOF_VTD_PGRP_PRIV_DATA1),
	END
};
static const struct field vtd_page_grp_resp_v2_fields[] = {
	F("Type[3:0]", IOF_VTD_PGRP_TYPE_LO), F("PP", IOF_VTD_PGRP_PP), F("RID", IOF_VTD_PGRP_RID),
	F("PASID", IOF_VTD_PGRP_PASID), F("RC", IOF_VTD_PGRP2_RC),
	F("PrivateData", IOF_VTD_PGRP2_PRIV_DATA), F("PRGI", IOF_VTD_PGRP2_PRGI), END
};
#undef F
#undef A
#undef END

static void smmuv3_event_fields(const uint64_t *w);

static const struct rtype rtypes[] = {
	{ .record = IOF_REC_SMMUV3_EVENT, .nwords = IOF_SMMUV3_EVENT_SIZE / 8, .shape = SHAPE_FAULT,
	  .fdec = iof_smmuv3_event_decode, .fenc = iof_smmuv3_event_encode,
	  .code_name = iof_smmuv3_event_name, .code_desc = iof_smmuv3_event_desc,
	  .spec_fields = smmuv3_event_fields },
	{ .record = IOF_REC_SMMUV3_PRI, .nwords = IOF_SMMUV3_PRI_SIZE / 8, .shape = SHAPE_FAULT,
	  .fdec = iof_smmuv3_pri_decode, .fenc = iof_smmuv3_pri_encode,
	  .fields = smmuv3_pri_fields },
	{ .record = IOF_REC_SMMUV3_CMD_RESUME, .nwords = IOF_SMMUV3_CMD_SIZE / 8,
	  .shape = SHAPE_RESPONSE, .rdec = iof_smmuv3_cmd_resume_decode,
	  .renc = iof_smmuv3_cmd_resume_encode, .fields = smmuv3_cmd_resume_fields },
	{ .record = IOF_REC_SMMUV3_CMD_PRI_RESP, .nwords = IOF_SMMUV3_CMD_SIZE / 8,
	  .shape = SHAPE_RESPONSE, .rdec = iof_smmuv3_cmd_pri_resp_decode,
	  .renc = iof_smmuv3_cmd_pri_resp_encode, .fields = smmuv3_cmd_pri_resp_fields },
	{ .record = IOF_REC_SMMUV3_CMD_STALL_TERM, .nwords = IOF_SMMUV3_CMD_SIZE / 8,
	  .shape = SHAPE_STALL_TERM, .fields = smmuv3_cmd_stall_term_fields },
	{ .record = IOF_REC_VTD_FAULT, .nwords = IOF_VTD_FAULT_SIZE / 8, .shape = SHAPE_FAULT,
	  .fdec = iof_vtd_fault_decode, .fenc = iof_vtd_fault_encode,
	  .code_name = iof_vtd_fr_mnemonic, .code_desc = iof_vtd_fr_desc,
	  .fields = vtd_fault_fields },
	{ .record = IOF_REC_VTD_PAGE_REQ, .nwords = IOF_VTD_PAGE_REQ_SIZE / 8, .shape = SHAPE_FAULT,
	  .fdec = iof_vtd_page_request_decode, .fenc = iof_vtd_page_request_encode,
	  .fields = vtd_page_request_fields },
	{ .record = IOF_REC_VTD_PAGE_REQ_V2, .nwords = IOF_VTD_PAGE_REQ_V2_SIZE / 8,
	  .shape = SHAPE_FAULT, .fdec = iof_vtd_page_request_v2_decode,
	  .fenc = iof_vtd_page_request_v2_encode, .fields = vtd_page_request_v2_fields },
	{ .record = IOF_REC_VTD_PAGE_GRP_RESP, .nwords = IOF_VTD_PAGE_GRP_RESP_SIZE / 8,
	  .shape = SHAPE_RESPONSE, .rdec = iof_vtd_page_grp_resp_decode,
	  .renc = iof_vtd_page_grp_resp_encode, .fields = vtd_page_grp_resp_fields },
	{ .record = IOF_REC_VTD_PAGE_GRP_RESP_V2, .nwords = IOF_VTD_PAGE_GRP_RESP_V2_SIZE / 8,
	  .shape = SHAPE_RESPONSE, .rdec = iof_vtd_page_grp_resp_v2_decode,
	  .renc = iof_vtd_page_grp_resp_v2_encode, .fields = vtd_page_grp_resp_v2_fields },
};
#define NRTYPES (sizeof(rtypes) / sizeof(rtypes[0]))

static const char *rname(const struct rtype *t)
{
	return iof_record_name(t->record);
}

static const struct rtype *rtype_by_name(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < NRTYPES; i++) {
		const char *n = rname(&rtypes[i]);
		if (strlen(n) == len && !strncmp(n, s, len))
			return &rtypes[i];
	}
	return NULL;
}

static const struct rtype *rtype_by_record(uint32_t rec)
{
	size_t i;
	for (i = 0; i < NRTYPES; i++)
		if (rtypes[i].record == rec)
			return &rtypes[i];
	return NULL;
}

/* ======================================================================== */
/* Options and diagnostics */

static struct {
	const struct rtype *format; /* --format: type of words no header names */
	const struct rtype *to;     /* --to */
	int json;
	int encode;
	unsigned decode_opts;
} opt;

static int had_error; /* exit 2 */
static int had_loss;  /* exit 3 */

/* One line on stderr: "iommu-fault-decode: <where>: <problem>". */
static void err(const char *where, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, PROG ": %s: ", where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	had_error = 1;
}

/* Names a record for messages: "record 3 (line 12)". */
static const char *where_rec(unsigned idx, unsigned line)
{
	static char buf[64];
	if (line)
		snprintf(buf, sizeof(buf), "record %u (line %u)", idx, line);
	else
		snprintf(buf, sizeof(buf), "record %u (arguments)", idx);
	return buf;
}

static const char *status_name(int st)
{
	switch (st) {
	case IOF_OK: return "OK";
	case IOF_E_SHORT: return "E_SHORT";
	case IOF_E_CODE: return "E_CODE";
	case IOF_E_RESERVED: return "E_RESERVED";
	case IOF_E_RANGE: return "E_RANGE";
	case IOF_E_UNSUPPORTED: return "E_UNSUPPORTED";
	case IOF_E_LOSSY: return "E_LOSSY";
	case IOF_E_2BIG: return "E_2BIG";
	case IOF_E_SIZE: return "E_SIZE";
	case IOF_E_INVAL: return "E_INVAL";
	case IOF_E_EMPTY: return "E_EMPTY";
	default: return "?";
	}
}

/* ======================================================================== */
/* Output: human-readable blocks, JSON lines, Linux-style words */

static void put_words_line(const uint64_t *w, unsigned n)
{
	unsigned i;
	for (i = 0; i < n; i++)
		printf("%s0x%016llx", i ? " " : "", (unsigned long long)w[i]);
}

/* Words the way Linux prints a record, under a label the tool reads back. */
static void print_words(const struct rtype *t, const uint64_t *w, const char *comment)
{
	unsigned i;
	if (comment)
		printf("# %s\n", comment);
	printf("%s:\n", rname(t));
	for (i = 0; i < t->nwords; i++)
		printf("0x%016llx\n", (unsigned long long)w[i]);
}

static void print_bits(uint32_t v, unsigned count, name_fn name, const char *none)
{
	unsigned i, n = 0;
	for (i = 0; i < count; i++)
		if (v & (1u << i))
			printf("%s%s", n++ ? " " : "", name(1u << i));
	if (v >> count)
		printf("%s0x%x", n++ ? " " : "", (unsigned)(v >> count << count));
	if (!n)
		printf("%s", none);
}

/* "name=value" items, wrapped under a heading. */
static unsigned field_col;

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
		printf("%s  %-11s", field_col ? "\n" : "", field_col ? "" : heading);
		field_col = 14;
	}
	printf(" %s", item);
	field_col += (unsigned)n + 1;
}

static void field_end(void)
{
	if (field_col)
		printf("\n");
	field_col = 0;
}

static void table_fields(const struct field *f, const uint64_t *w)
{
	for (; f->name; f++) {
		uint64_t v = f->inplace ? iof_fd_get_inplace(w, f->fd) : iof_fd_get(w, f->fd);
		field_item("spec fields", "%s=0x%llx", f->name, (unsigned long long)v);
	}
	field_end();
}

/* Every field the event's spec figure defines, as the spec names it. */
static void smmuv3_event_fields(const uint64_t *w)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info((uint32_t)(w[0] & 0xffu));
	uint32_t f;

	if (!ei)
		return;
	for (f = 0; f < IOF_SMMUV3_EF_COUNT; f++) {
		uint32_t fd = iof_smmuv3_evt_field_fd(f);
		const char *name = iof_smmuv3_evt_field_name(f);
		uint64_t v;
		if (!(ei->fields & IOF_SMMUV3_EFM(f)))
			continue;
		/* ranged names ("IPA[55:12]") are shown in place, the rest shifted */
		v = strchr(name, '[') ? iof_fd_get_inplace(w, fd) : iof_fd_get(w, fd);
		if (f == IOF_SMMUV3_EF_CLASS)
			field_item("spec fields", "%s=%llu (%s)", name, (unsigned long long)v,
				   iof_smmuv3_class_name((uint32_t)v));
		else
			field_item("spec fields", "%s=0x%llx", name, (unsigned long long)v);
	}
	field_end();
	printf("  spec        IHI 0070 G.b section %s\n", ei->section);
}

static void human_fault(const struct rtype *t, const struct iof_fault *f)
{
	static const struct {
		const char *name;
		uint32_t flag;
	} idf[] = {
		{ "source_id", IOF_FLAG_SOURCE_ID_VALID }, { "pasid", IOF_FLAG_PASID_VALID },
		{ "irq_index", IOF_FLAG_IRQ_INDEX_VALID }, { "addr", IOF_FLAG_ADDR_VALID },
		{ "fetch_addr", IOF_FLAG_FETCH_ADDR_VALID }, { "ipa", IOF_FLAG_IPA_VALID },
	};
	const uint64_t vals[] = { f->source_id, f->pasid, f->irq_index,
				  f->addr, f->fetch_addr, f->ipa };
	unsigned i, nv = 0;

	if (t->code_name)
		printf("  code        0x%02x %s: %s\n", (unsigned)f->origin.code,
		       t->code_name(f->origin.code), t->code_desc(f->origin.code));
	printf("  kind        %s: %s\n", iof_kind_name(f->kind), iof_kind_desc(f->kind));
	printf("  reason      %s: %s\n", iof_reason_name(f->reason), iof_reason_desc(f->reason));
	for (i = 0; i < sizeof(idf) / sizeof(idf[0]); i++) {
		if (!(f->flags & idf[i].flag))
			continue;
		if (i < 3)
			printf("  %-11s 0x%llx\n", idf[i].name, (unsigned long long)vals[i]);
		else
			printf("  %-11s 0x%016llx\n", idf[i].name, (unsigned long long)vals[i]);
	}
	if (f->kind == IOF_KIND_PAGE_REQUEST || f->grpid)
		printf("  grpid       0x%x\n", (unsigned)f->grpid);
	if (f->length)
		printf("  length      %u\n", (unsigned)f->length);
	if (f->kind == IOF_KIND_LOST || f->count)
		printf("  count       %u%s\n", (unsigned)f->count, f->count ? "" : " (unknown)");
	printf("  txn         %s, address type %s\n", iof_txn_name(f->txn), iof_at_name(f->at));
	if (f->txn == IOF_TXN_MEMORY || f->txn == IOF_TXN_PAGE_REQUEST || f->perm) {
		printf("  access      ");
		print_bits(f->perm & ~IOF_PERM_PRIV, IOF_PERM_COUNT, iof_perm_name, "none");
		printf(", %s\n", (f->perm & IOF_PERM_PRIV) ? "privileged" : "unprivileged");
	}
	if (f->txn == IOF_TXN_MEMORY)
		printf("  stage       %s\n", (f->flags & IOF_FLAG_STAGE2) ? "2" : "1 (or not reported)");
	if (f->kind == IOF_KIND_PAGE_REQUEST) {
		uint32_t resp = iof_response_record_for(f->origin.record);
		if (f->flags & IOF_FLAG_LAST)
			printf("  answer      %s to group 0x%x\n",
			       resp ? iof_record_name(resp) : "a page response", (unsigned)f->grpid);
		else
			printf("  answer      none until the last request of group 0x%x\n",
			       (unsigned)f->grpid);
	}
	printf("  flags       ");
	print_bits(f->flags, IOF_FLAG_COUNT, iof_flag_name, "none");
	printf("\n  not valid  ");
	for (i = 0; i < sizeof(idf) / sizeof(idf[0]); i++)
		if (!(f->flags & idf[i].flag)) {
			printf(" %s", idf[i].name);
			nv++;
		}
	printf("%s\n", nv ? "" : " (all valid)");
	if (f->origin.detail[0] || f->origin.detail[1] || f->origin.detail[2]) {
		printf("  detail      ");
		put_words_line(f->origin.detail, 3);
		printf("\n");
	}
}

static void human_resp(const struct iof_page_response *r)
{
	printf("  response    %s\n", iof_resp_code_name(r->code));
	printf("  source_id   0x%x\n", (unsigned)r->source_id);
	if (r->flags & IOF_RESP_FLAG_PASID_VALID)
		printf("  pasid       0x%x\n", (unsigned)r->pasid);
	printf("  grpid       0x%x\n", (unsigned)r->grpid);
	printf("  flags       ");
	print_bits(r->flags, 2, iof_resp_flag_name, "none");
	printf("\n");
	if (!(r->flags & IOF_RESP_FLAG_PASID_VALID))
		printf("  not valid   pasid\n");
	if (r->detail[0] || r->detail[1]) {
		printf("  detail      ");
		put_words_line(r->detail, 2);
		printf("\n");
	}
}

static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void json_key_str(const char *k, const char *v)
{
	printf(",\"%s\":", k);
	json_str(v);
}

static void json_hex64(const char *k, uint64_t v)
{
	printf(",\"%s\":\"0x%016llx\"", k, (unsigned long long)v);
}

static void json_hexarr(const char *k, const uint64_t *w, unsigned n)
{
	unsigned i;
	printf(",\"%s\":[", k);
	for (i = 0; i < n; i++)
		printf("%s\"0x%016llx\"", i ? "," : "", (unsigned long long)w[i]);
	putchar(']');
}

static void json_bits(const char *k, uint32_t v, unsigned count, name_fn name)
{
	unsigned i, n = 0;
	printf(",\"%s\":[", k);
	for (i = 0; i < count; i++)
		if (v & (1u << i)) {
			printf("%s", n++ ? "," : "");
			json_str(name(1u << i));
		}
	putchar(']');
}

static void json_begin(const struct rtype *t)
{
	printf("{\"format\":");
	json_str(iof_format_name(IOF_RECORD_FORMAT(t->record)));
	json_key_str("record", rname(t));
}

static void json_fault(const struct rtype *t, const struct iof_fault *f, int st)
{
	json_begin(t);
	printf(",\"code\":%u,\"code_name\":", (unsigned)f->origin.code);
	if (t->code_name)
		json_str(t->code_name(f->origin.code));
	else
		printf("null");
	json_key_str("kind", iof_kind_name(f->kind));
	json_key_str("reason", iof_reason_name(f->reason));
	json_key_str("status", status_name(st));
	printf(",\"source_id\":%u,\"pasid\":%u,\"grpid\":%u,\"irq_index\":%u",
	       (unsigned)f->source_id, (unsigned)f->pasid, (unsigned)f->grpid, (unsigned)f->irq_index);
	json_hex64("addr", f->addr);
	json_hex64("fetch_addr", f->fetch_addr);
	json_hex64("ipa", f->ipa);
	printf(",\"length\":%u,\"count\":%u", (unsigned)f->length, (unsigned)f->count);
	json_bits("perm", f->perm, IOF_PERM_COUNT, iof_perm_name);
	json_bits("flags", f->flags, IOF_FLAG_COUNT, iof_flag_name);
	json_key_str("txn", iof_txn_name(f->txn));
	json_key_str("at", iof_at_name(f->at));
	json_hexarr("detail", f->origin.detail, 3);
}

static void json_resp(const struct rtype *t, const struct iof_page_response *r, int st)
{
	json_begin(t);
	json_key_str("kind", "PAGE_RESPONSE");
	json_key_str("response", iof_resp_code_name(r->code));
	json_key_str("status", status_name(st));
	printf(",\"source_id\":%u,\"pasid\":%u,\"grpid\":%u", (unsigned)r->source_id,
	       (unsigned)r->pasid, (unsigned)r->grpid);
	json_bits("flags", r->flags, 2, iof_resp_flag_name);
	json_hexarr("detail", r->detail, 2);
}

/* A decoded record of any shape. */
struct decoded {
	const struct rtype *t;
	int status;
	struct iof_fault f;
	struct iof_page_response r;
	uint32_t sid; /* SHAPE_STALL_TERM */
	/* Bits of the words that decode -> encode of the same type does not
	 * reproduce (reserved bits the hardware set), XOR per word. */
	uint64_t unkept[MAX_WORDS];
	int rebuild; /* status of re-encoding as the same type; < 0: unkept = the words */
	int has_unkept; /* --encode: the JSON gave "unkept" */
};

static int encode(const struct decoded *d, const struct rtype *to, uint64_t *out, uint32_t *lost);

static void decode(const struct rtype *t, const uint64_t *w, struct decoded *d)
{
	uint8_t rec[8 * MAX_WORDS];
	size_t len = 8u * t->nwords;

	memset(d, 0, sizeof(*d));
	d->t = t;
	iof_words_store(rec, w, t->nwords);
	switch (t->shape) {
	case SHAPE_FAULT:
		d->status = t->fdec(rec, len, opt.decode_opts, &d->f);
		break;
	case SHAPE_RESPONSE:
		d->status = t->rdec(rec, len, opt.decode_opts, &d->r);
		break;
	case SHAPE_STALL_TERM:
		d->status = iof_smmuv3_cmd_stall_term_decode(rec, len, opt.decode_opts, &d->sid);
		break;
	}
	{
		uint64_t back[MAX_WORDS];
		uint32_t lost;
		unsigned i;
		/* A record the encoder refuses (a reserved code, say) is rebuilt
		 * from nothing: all its bits are unkept. */
		d->rebuild = encode(d, t, back, &lost);
		for (i = 0; i < t->nwords; i++)
			d->unkept[i] = w[i] ^ (d->rebuild < 0 ? 0 : back[i]);
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

/* Prints one decoded record in the chosen style; w are its words. */
static void print_record(const struct decoded *d, const uint64_t *w, unsigned idx, const char *note)
{
	const struct rtype *t = d->t;

	if (opt.json) {
		switch (t->shape) {
		case SHAPE_FAULT: json_fault(t, &d->f, d->status); break;
		case SHAPE_RESPONSE: json_resp(t, &d->r, d->status); break;
		case SHAPE_STALL_TERM:
			json_begin(t);
			json_key_str("kind", "STALL_TERM");
			json_key_str("status", status_name(d->status));
			printf(",\"source_id\":%u", (unsigned)d->sid);
			break;
		}
		json_hexarr("unkept", d->unkept, t->nwords);
		json_hexarr("words", w, t->nwords);
		printf("}\n");
		return;
	}
	printf("record %u: %s%s\n", idx, rname(t), note ? note : "");
	printf("  words       ");
	put_words_line(w, t->nwords);
	printf("\n");
	if (d->status)
		printf("  status      %s: %s\n", status_name(d->status), iof_strerror(d->status));
	switch (t->shape) {
	case SHAPE_FAULT: human_fault(t, &d->f); break;
	case SHAPE_RESPONSE: human_resp(&d->r); break;
	case SHAPE_STALL_TERM: printf("  source_id   0x%x\n", (unsigned)d->sid); break;
	}
	if (t->spec_fields)
		t->spec_fields(w);
	else if (t->fields)
		table_fields(t->fields, w);
	if (d->rebuild < 0) {
		printf("  unkept      every bit: the library cannot encode this record again (%s)\n",
		       iof_strerror(d->rebuild));
	} else if (any(d->unkept, t->nwords)) {
		unsigned i, b;
		for (i = 0; i < t->nwords; i++)
			for (b = 0; b < 64; b++)
				if ((d->unkept[i] >> b) & 1u)
					field_item("unkept", "dw%u[%u] (bit %u)", i, b, 64 * i + b);
		field_end();
		printf("              (set bits that decoding and encoding again do not reproduce)\n");
	}
	printf("\n");
}

/* ======================================================================== */
/* Conversion (--to) and encoding */

/* Prints the names of the loss bits, comma separated, on stderr. */
static void report_loss(const char *where, const char *what, uint32_t lost)
{
	unsigned i, n = 0;
	fprintf(stderr, PROG ": %s: %s lost:", where, what);
	for (i = 0; i < IOF_LOST_COUNT; i++)
		if (lost & (1u << i))
			fprintf(stderr, "%s %s", n++ ? "," : "", iof_lost_name(1u << i));
	fputc('\n', stderr);
	had_loss = 1;
}

/*
 * Encodes decoded record @d as record type @to into @out.  Returns 0 and the
 * loss bits in *lost, or a negative status.
 */
static int encode(const struct decoded *d, const struct rtype *to, uint64_t *out, uint32_t *lost)
{
	uint8_t rec[8 * MAX_WORDS];
	size_t cap = 8u * to->nwords;
	int rc = IOF_E_UNSUPPORTED;

	*lost = 0;
	memset(rec, 0, sizeof(rec));
	if (d->t->shape != to->shape)
		return IOF_E_UNSUPPORTED;
	switch (to->shape) {
	case SHAPE_FAULT:
		rc = to->fenc(&d->f, rec, cap, lost);
		break;
	case SHAPE_RESPONSE: {
		struct iof_page_response r = d->r;
		if (r.record != to->record) {
			/* Command bits of another response type have no place here. */
			if (r.detail[0] || r.detail[1])
				*lost |= IOF_LOST_DETAIL;
			r.detail[0] = r.detail[1] = 0;
			if ((r.flags & IOF_RESP_FLAG_RAZWI) && to->record != IOF_REC_SMMUV3_CMD_RESUME) {
				*lost |= IOF_LOST_FLAGS;
				r.flags &= ~IOF_RESP_FLAG_RAZWI;
			}
			r.record = (uint16_t)to->record;
		}
		rc = to->renc(&r, rec, cap);
		break;
	}
	case SHAPE_STALL_TERM:
		rc = iof_smmuv3_cmd_stall_term_encode(d->sid, rec, cap);
		break;
	}
	if (rc < 0)
		return rc;
	iof_words_load(out, rec, to->nwords);
	return 0;
}

/* Converts or prints one record of words; idx/line name it in messages. */
static void emit(const struct rtype *t, const uint64_t *w, unsigned idx, unsigned line,
		 const char *note)
{
	struct decoded d;
	const char *where = where_rec(idx, line);
	char comment[160];
	uint64_t out[MAX_WORDS];
	uint32_t lost;
	int rc;

	decode(t, w, &d);
	if (!opt.to) {
		print_record(&d, w, idx, note);
		return;
	}
	rc = encode(&d, opt.to, out, &lost);
	if (rc < 0) {
		err(where, "cannot convert %s to %s: %s", rname(t), rname(opt.to), iof_strerror(rc));
		return;
	}
	snprintf(comment, sizeof(comment), "record %u: %s -> %s", idx, rname(t), rname(opt.to));
	if (lost) {
		char what[96];
		snprintf(what, sizeof(what), "%s -> %s", rname(t), rname(opt.to));
		report_loss(where, what, lost);
	}
	if (opt.json) {
		struct decoded d2;
		decode(opt.to, out, &d2);
		print_record(&d2, out, idx, NULL);
	} else {
		print_words(opt.to, out, comment);
	}
}

/* ======================================================================== */
/* Word input: Linux log lines, bare words, labels */

struct parser {
	const struct rtype *cur; /* record type of the words being collected */
	uint64_t w[MAX_WORDS];
	unsigned n;              /* words collected */
	unsigned line0;          /* line of the record's header or first word */
	unsigned hdr_line;       /* line of the header or label that started the record */
	unsigned line;           /* current line (0: arguments) */
	unsigned idx;            /* records seen so far */
	int bad;                 /* the record being collected has a bad word */
	char badmsg[128];
	int expect_id;           /* SMMUv3 event id from the kernel's header, or -1 */
	int orphan;              /* words with no record type reported in this run */
	int pri_header;          /* the previous line was "unexpected PRI request received:" */
};

static const char *pwhere(const struct parser *p, unsigned line)
{
	return where_rec(p->idx, line);
}

/* Ends the record being collected: a short record is an error. */
static void flush(struct parser *p)
{
	if (p->n && p->cur) {
		p->idx++;
		if (p->bad)
			err(pwhere(p, p->line0), "%s", p->badmsg);
		else
			err(pwhere(p, p->line0), "%s needs %u words, got %u", rname(p->cur),
			    p->cur->nwords, p->n);
	}
	p->n = 0;
	p->bad = 0;
	p->expect_id = -1;
	p->orphan = 0;
	p->hdr_line = 0;
}

static void complete(struct parser *p)
{
	p->idx++;
	if (p->bad) {
		err(pwhere(p, p->line0), "%s", p->badmsg);
	} else {
		if (p->expect_id >= 0 && (p->w[0] & 0xffu) != (unsigned)p->expect_id)
			err(pwhere(p, p->line0), "header says event 0x%02x, record holds 0x%02x",
			    (unsigned)p->expect_id, (unsigned)(p->w[0] & 0xffu));
		emit(p->cur, p->w, p->idx, p->line0, NULL);
	}
	p->n = 0;
	p->bad = 0;
	p->expect_id = -1;
	p->hdr_line = 0;
}

/* Starts a block of record type t (a kernel header or a label). */
static void start(struct parser *p, const struct rtype *t)
{
	flush(p);
	p->cur = t;
	p->hdr_line = p->line;
}

static int is_hex(int c)
{
	return isxdigit((unsigned char)c) != 0;
}

/* Is the token [s, s+len) meant as a hex word?  0x-prefixed, or bare hex
 * digits with a decimal digit or 8+ characters (so "bad" or "added" in a
 * log line are words of text). */
static int looks_hex(const char *s, size_t len)
{
	size_t i;
	int digit = 0;
	if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		return 1;
	for (i = 0; i < len; i++) {
		if (!is_hex(s[i]))
			return 0;
		digit |= isdigit((unsigned char)s[i]) != 0;
	}
	return len && (digit || len >= 8);
}

/* Parses one hex word; returns 0, or -1 with a reason in msg. */
static int parse_word(const char *s, size_t len, uint64_t *v, char *msg, size_t msgsz)
{
	size_t i, start = 0;
	uint64_t x = 0;

	if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		start = 2;
	if (start == len) {
		snprintf(msg, msgsz, "bad hex word '%.*s': no digits", (int)len, s);
		return -1;
	}
	for (i = start; i < len; i++) {
		int c = (unsigned char)s[i];
		if (!is_hex(c)) {
			snprintf(msg, msgsz, "bad hex word '%.*s': '%c' is not a hex digit",
				 (int)(len > 40 ? 40 : len), s, isprint(c) ? c : '?');
			return -1;
		}
		if (len - start > 16) {
			snprintf(msg, msgsz, "bad hex word '%.*s': more than 64 bits",
				 (int)(len > 40 ? 40 : len), s);
			return -1;
		}
		x = (x << 4) | (uint64_t)(isdigit(c) ? c - '0' : (tolower(c) - 'a' + 10));
	}
	*v = x;
	return 0;
}

static void add_word(struct parser *p, const char *tok, size_t len)
{
	uint64_t v = 0;
	char msg[128];
	int bad = parse_word(tok, len, &v, msg, sizeof(msg));

	if (!p->cur) {
		if (!p->orphan) {
			p->idx++;
			err(where_rec(p->idx, p->line),
			    "cannot tell the record type of '%.*s': use --format or a header line",
			    (int)(len > 40 ? 40 : len), tok);
		}
		p->orphan = 1;
		return;
	}
	if (!p->n)
		p->line0 = p->hdr_line ? p->hdr_line : p->line;
	if (bad && !p->bad) {
		p->bad = 1;
		snprintf(p->badmsg, sizeof(p->badmsg), "%s", msg);
	}
	p->w[p->n++] = v;
	if (p->n == p->cur->nwords)
		complete(p);
}

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\f' || *s == '\v')
		s++;
	return s;
}

static size_t tok_len(const char *s)
{
	size_t n = 0;
	while (s[n] && !isspace((unsigned char)s[n]) && s[n] != ',')
		n++;
	return n;
}

/* Strips what Linux and syslog put before a message: "<4>", "[  12.345678]",
 * "Nov 24 03:40:45 host kernel: ", "arm-smmu-v3 arm-smmu-v3.0.auto: ". */
static const char *strip_prefix(const char *s)
{
	const char *k = strstr(s, "kernel: ");
	size_t l1, l2;
	const char *t2;

	if (k)
		s = k + 8;
	s = skip_ws(s);
	if (*s == '<') {
		const char *e = s + 1;
		while (isdigit((unsigned char)*e))
			e++;
		if (*e == '>' && e > s + 1)
			s = skip_ws(e + 1);
	}
	if (*s == '[') {
		const char *e = strchr(s, ']');
		if (e)
			s = skip_ws(e + 1);
	}
	/* "driver device: " or "subsystem: " — never a hex word or a label */
	l1 = tok_len(s);
	if (l1 > 1 && s[l1 - 1] == ':' && !rtype_by_name(s, l1 - 1))
		return skip_ws(s + l1);
	if (l1 && !looks_hex(s, l1)) {
		t2 = skip_ws(s + l1);
		l2 = tok_len(t2);
		if (l2 > 1 && t2[l2 - 1] == ':' && !rtype_by_name(t2, l2 - 1))
			return skip_ws(t2 + l2);
	}
	return s;
}

/*
 * The kernel's decoded PRI line (arm_smmu_handle_ppr()):
 *   "sid 0x%08x.0x%05x: [%u%s] %sprivileged %s%s%s access at iova 0x%016llx"
 * The raw words are not printed, so the record is rebuilt through the
 * SMMUv3 PRI encoder from what the line says.  SSID 0 means "no PASID"
 * there (IOMMU_NO_PASID), so a PASID 0 request cannot be told apart.
 */
static int pri_line(struct parser *p, const char *s)
{
	unsigned long sid, ssid, grp;
	unsigned long long iova;
	char *e;
	struct iof_fault f;
	uint8_t rec[IOF_SMMUV3_PRI_SIZE];
	uint64_t w[2];
	uint32_t lost = 0;
	const struct rtype *t = rtype_by_record(IOF_REC_SMMUV3_PRI);

	if (strncmp(s, "sid 0x", 6))
		return 0;
	iof_fault_init(&f);
	sid = strtoul(s + 4, &e, 16);
	if (strncmp(e, ".0x", 3))
		return 0;
	ssid = strtoul(e + 1, &e, 16);
	if (strncmp(e, ": [", 3))
		return 0;
	grp = strtoul(e + 3, &e, 10);
	if (*e == 'L') {
		f.flags |= IOF_FLAG_LAST;
		e++;
	}
	if (*e != ']')
		return 0;
	e = (char *)skip_ws(e + 1);
	if (!strncmp(e, "un", 2))
		e += 2;
	else
		f.perm |= IOF_PERM_PRIV;
	if (strncmp(e, "privileged ", 11))
		return 0;
	for (e += 11; *e == 'R' || *e == 'W' || *e == 'X'; e++)
		f.perm |= *e == 'R' ? IOF_PERM_READ : *e == 'W' ? IOF_PERM_WRITE : IOF_PERM_EXEC;
	e = (char *)skip_ws(e);
	if (strncmp(e, "access at iova 0x", 17))
		return 0;
	iova = strtoull(e + 15, &e, 16);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.flags |= IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f.source_id = (uint32_t)sid;
	if (ssid) {
		f.flags |= IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
		f.pasid = (uint32_t)ssid;
	}
	f.grpid = (uint32_t)grp;
	f.addr = (uint64_t)iova;
	f.origin.record = (uint16_t)IOF_REC_SMMUV3_PRI;
	p->idx++;
	if (iof_smmuv3_pri_encode(&f, rec, sizeof(rec), &lost) < 0 || lost) {
		err(pwhere(p, p->line), "cannot rebuild the PRI entry from the kernel's line");
		return 1;
	}
	iof_words_load(w, rec, 2);
	emit(t, w, p->idx, p->line, " (rebuilt from the kernel's decoded line)");
	return 1;
}

/* One line (or the arguments joined by spaces). */
static void add_text(struct parser *p, const char *line)
{
	char buf[4096];
	const char *s, *hash;
	size_t n, l1;
	const struct rtype *t;
	int pri = p->pri_header;

	p->pri_header = 0;
	/* '#' starts a comment at the start of a line or after a blank
	 * ("CPU#1" in a log line is text, not a comment) */
	n = strlen(line);
	for (hash = line; (hash = strchr(hash, '#')) != NULL; hash++)
		if (hash == line || isspace((unsigned char)hash[-1]))
			break;
	if (hash)
		n = (size_t)(hash - line);
	if (n >= sizeof(buf)) {
		err(where_rec(p->idx + 1, p->line), "line longer than %u characters",
		    (unsigned)sizeof(buf) - 1);
		return;
	}
	memcpy(buf, line, n);
	buf[n] = 0;
	s = skip_ws(buf);
	if (!*s) {
		if (!hash)
			flush(p); /* a blank line ends a record */
		return;
	}
	/* The kernel's event header: "arm-smmu-v3 ...: event 0x10 received:" */
	{
		const char *ev = strstr(s, "event 0x");
		if (ev && strstr(ev, " received:")) {
			start(p, opt.format ? opt.format : rtype_by_record(IOF_REC_SMMUV3_EVENT));
			p->expect_id = p->cur->record == IOF_REC_SMMUV3_EVENT
					       ? (int)(strtoul(ev + 6, NULL, 16) & 0xffu)
					       : -1;
			return;
		}
		if (strstr(s, "unexpected PRI request received:")) {
			start(p, opt.format ? opt.format : rtype_by_record(IOF_REC_SMMUV3_PRI));
			p->pri_header = 1;
			return;
		}
	}
	s = strip_prefix(s);
	if (pri && pri_line(p, s))
		return;
	/* A label: "vtd-fault:" alone or before words. */
	l1 = tok_len(s);
	if (l1 > 1 && s[l1 - 1] == ':' && (t = rtype_by_name(s, l1 - 1)) != NULL) {
		start(p, t);
		s = skip_ws(s + l1);
		if (!*s)
			return;
	}
	if (!looks_hex(s, tok_len(s)))
		return; /* a line of text */
	while (*s) {
		size_t l = tok_len(s);
		if (l)
			add_word(p, s, l);
		s += l;
		while (*s == ',' || isspace((unsigned char)*s))
			s++;
	}
}

/* Reads one line of any length up to MAX_LINE; returns 0 at end of input. */
static int read_line(FILE *in, char **buf, size_t *cap, int *too_long)
{
	size_t n = 0;
	int c;

	*too_long = 0;
	for (;;) {
		c = getc(in);
		if (c == EOF) {
			if (!n)
				return 0;
			break;
		}
		if (c == '\n')
			break;
		if (n + 1 >= MAX_LINE) {
			*too_long = 1;
			continue;
		}
		if (n + 1 >= *cap) {
			size_t nc = *cap ? *cap * 2 : 256;
			char *nb = realloc(*buf, nc);
			if (!nb) {
				fprintf(stderr, PROG ": out of memory\n");
				exit(2);
			}
			*buf = nb;
			*cap = nc;
		}
		(*buf)[n++] = (char)c;
	}
	if (!*buf) {
		*buf = malloc(1);
		if (!*buf)
			exit(2);
		*cap = 1;
	}
	(*buf)[n] = 0;
	return 1;
}

static unsigned decode_words(int argc, char **argv, int first)
{
	struct parser p;
	memset(&p, 0, sizeof(p));
	p.cur = opt.format;
	p.expect_id = -1;

	if (first < argc) {
		/* Words on the command line: one line, joined by spaces. */
		size_t len = 1;
		int i;
		char *all;
		for (i = first; i < argc; i++)
			len += strlen(argv[i]) + 1;
		all = calloc(len, 1);
		if (!all)
			exit(2);
		for (i = first; i < argc; i++) {
			strcat(all, argv[i]);
			strcat(all, " ");
		}
		if (len > 4000) {
			err("arguments", "too long");
		} else {
			add_text(&p, all);
		}
		free(all);
	} else {
		char *buf = NULL;
		size_t cap = 0;
		int too_long;
		while (read_line(stdin, &buf, &cap, &too_long)) {
			p.line++;
			if (too_long)
				err(where_rec(p.idx + 1, p.line), "line too long");
			else
				add_text(&p, buf);
		}
		free(buf);
	}
	flush(&p);
	return p.idx;
}

/* ======================================================================== */
/* JSON input (--encode): a strict reader for exactly the schema printed above */

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
		snprintf(r->msg, sizeof(r->msg), "%s at column %u", what,
			 (unsigned)(r->p - r->s) + 1u);
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
static int name_value(name_fn fn, unsigned count, const char *s, uint32_t *out)
{
	unsigned i;
	for (i = 0; i < count; i++)
		if (!strcmp(fn(i), s)) {
			*out = i;
			return 0;
		}
	return -1;
}

static int bit_value(name_fn fn, unsigned count, const char *s, uint32_t *out)
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
	return parse_word(s, len, v, msg, sizeof(msg));
}

/* Key table of the schema: which shapes accept it and the JSON type. */
enum jkey {
	K_FORMAT, K_RECORD, K_KIND, K_STATUS, K_CODE, K_CODE_NAME, K_REASON, K_RESPONSE,
	K_SOURCE_ID, K_PASID, K_GRPID, K_IRQ_INDEX, K_ADDR, K_FETCH_ADDR, K_IPA, K_LENGTH,
	K_COUNT, K_PERM, K_FLAGS, K_TXN, K_AT, K_DETAIL, K_UNKEPT, K_WORDS, K_NKEYS
};

#define SH_F (1u << SHAPE_FAULT)
#define SH_R (1u << SHAPE_RESPONSE)
#define SH_S (1u << SHAPE_STALL_TERM)
#define SH_ALL (SH_F | SH_R | SH_S)

static const struct {
	const char *name;
	unsigned shapes;
	enum jtype type;
} jkeys[K_NKEYS] = {
	[K_FORMAT] = { "format", SH_ALL, J_STR },     [K_RECORD] = { "record", SH_ALL, J_STR },
	[K_KIND] = { "kind", SH_ALL, J_STR },         [K_STATUS] = { "status", SH_ALL, J_STR },
	[K_CODE] = { "code", SH_F, J_NUM },           [K_CODE_NAME] = { "code_name", SH_F, J_NULL },
	[K_REASON] = { "reason", SH_F, J_STR },       [K_RESPONSE] = { "response", SH_R, J_STR },
	[K_SOURCE_ID] = { "source_id", SH_ALL, J_NUM }, [K_PASID] = { "pasid", SH_F | SH_R, J_NUM },
	[K_GRPID] = { "grpid", SH_F | SH_R, J_NUM },  [K_IRQ_INDEX] = { "irq_index", SH_F, J_NUM },
	[K_ADDR] = { "addr", SH_F, J_STR },           [K_FETCH_ADDR] = { "fetch_addr", SH_F, J_STR },
	[K_IPA] = { "ipa", SH_F, J_STR },             [K_LENGTH] = { "length", SH_F, J_NUM },
	[K_COUNT] = { "count", SH_F, J_NUM },         [K_PERM] = { "perm", SH_F, J_ARR },
	[K_FLAGS] = { "flags", SH_F | SH_R, J_ARR },  [K_TXN] = { "txn", SH_F, J_STR },
	[K_AT] = { "at", SH_F, J_STR },               [K_DETAIL] = { "detail", SH_F | SH_R, J_ARR },
	[K_UNKEPT] = { "unkept", SH_ALL, J_ARR },    [K_WORDS] = { "words", SH_ALL, J_ARR },
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
static int json_to_record(struct jmember *m, int n, struct decoded *d, char *msg, size_t msgsz)
{
	const struct jval *v[K_NKEYS];
	const struct rtype *t;
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
	t = rtype_by_name(v[K_RECORD]->str, strlen(v[K_RECORD]->str));
	if (!t) {
		snprintf(msg, msgsz, "unknown record \"%s\"", v[K_RECORD]->str);
		return -1;
	}
	d->t = t;
	for (k = 0; k < K_NKEYS; k++) {
		if (!v[k])
			continue;
		if (!(jkeys[k].shapes & (1u << t->shape))) {
			snprintf(msg, msgsz, "key \"%s\" does not apply to %s", jkeys[k].name, rname(t));
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
					snprintf(msg, msgsz, "\"%s\" item %u is not a 0x hex word",
						 jkeys[k].name, j);
					return -1;
				}
		}
	}
	if (v[K_FORMAT] && strcmp(v[K_FORMAT]->str, iof_format_name(IOF_RECORD_FORMAT(t->record)))) {
		snprintf(msg, msgsz, "\"format\" \"%s\" does not match record %s", v[K_FORMAT]->str,
			 rname(t));
		return -1;
	}
	for (k = K_UNKEPT; k <= K_WORDS; k++)
		if (v[k] && v[k]->n != t->nwords) {
			snprintf(msg, msgsz, "\"%s\" has %u items, %s has %u words", jkeys[k].name,
				 v[k]->n, rname(t), t->nwords);
			return -1;
		}
	for (j = 0; v[K_UNKEPT] && j < t->nwords; j++)
		hex_string(v[K_UNKEPT]->item[j], &d->unkept[j]);
	d->has_unkept = v[K_UNKEPT] != NULL;
#define NUM(key) (v[key] ? (uint32_t)v[key]->num : 0u)
	if (t->shape == SHAPE_STALL_TERM) {
		d->sid = NUM(K_SOURCE_ID);
		return 0;
	}
	if (t->shape == SHAPE_RESPONSE) {
		struct iof_page_response *r = &d->r;
		iof_page_response_init(r);
		r->record = (uint16_t)t->record;
		if (v[K_RESPONSE] && name_value(iof_resp_code_name, IOF_RESP_COUNT, v[K_RESPONSE]->str,
						&r->code)) {
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

static unsigned encode_json(void)
{
	char *buf = NULL;
	size_t cap = 0;
	unsigned line = 0, idx = 0;
	int too_long;
	static struct jmember m[J_MEMBERS_MAX];

	while (read_line(stdin, &buf, &cap, &too_long)) {
		struct jreader r;
		struct decoded d;
		char msg[128], where[64], comment[160];
		uint64_t out[MAX_WORDS];
		uint32_t lost;
		const struct rtype *to;
		int n, rc;

		line++;
		if (!*skip_ws(buf))
			continue;
		idx++;
		snprintf(where, sizeof(where), "record %u (line %u)", idx, line);
		if (too_long) {
			err(where, "invalid JSON: line too long");
			continue;
		}
		memset(&r, 0, sizeof(r));
		r.s = r.p = buf;
		n = jobject(&r, m);
		if (n < 0) {
			err(where, "invalid JSON: %s", r.msg);
			continue;
		}
		if (json_to_record(m, n, &d, msg, sizeof(msg))) {
			err(where, "%s", msg);
			continue;
		}
		to = opt.to ? opt.to : d.t;
		rc = encode(&d, to, out, &lost);
		if (rc < 0 && to == d.t && d.has_unkept) {
			/* --json printed a record the encoder refuses as all unkept */
			memset(out, 0, sizeof(out));
			rc = 0;
		}
		if (rc < 0) {
			err(where, "cannot encode as %s: %s", rname(to), iof_strerror(rc));
			continue;
		}
		if (to == d.t) {
			unsigned i;
			for (i = 0; i < to->nwords; i++)
				out[i] ^= d.unkept[i];
		}
		if (lost) {
			char what[96];
			snprintf(what, sizeof(what), "%s -> %s", rname(d.t), rname(to));
			report_loss(where, what, lost);
		}
		if (opt.json) {
			struct decoded d2;
			decode(to, out, &d2);
			print_record(&d2, out, idx, NULL);
		} else {
			snprintf(comment, sizeof(comment), "record %u: %s", idx, rname(to));
			print_words(to, out, comment);
		}
	}
	free(buf);
	return idx;
}

/* ======================================================================== */

static void usage(FILE *o)
{
	size_t i;
	fprintf(o,
		"usage: " PROG " [--format NAME] [--json] [--to NAME] [--strict] [WORD...]\n"
		"       " PROG " --encode [--json] [--to NAME] < records.jsonl\n"
		"\n"
		"Decodes IOMMU fault records given as 64-bit hex words (word 0 first), from the\n"
		"arguments or, without WORDs, from standard input, in the forms Linux prints them:\n"
		"dmesg prefixes are stripped, a word may lack 0x, a line may hold several words,\n"
		"'#' starts a comment and a blank line ends a record.  The record type comes from\n"
		"the kernel's \"event 0xNN received:\" (SMMUv3 event) or \"unexpected PRI request\n"
		"received:\" header, from a label line \"NAME:\", or from --format.\n"
		"\n"
		"  --format NAME  record type of words no header or label names\n"
		"  --json         one JSON object per record and line (keys: docs/json.md)\n"
		"  --to NAME      convert each record through the generic form into NAME and\n"
		"                 print its words; losses are listed on stderr (exit 3)\n"
		"  --encode       read JSON lines as printed by --json and print the words\n"
		"  --strict       report reserved bits set (status E_RESERVED)\n"
		"  -h, --help     this help\n"
		"  --version      library version\n"
		"\n"
		"Record types (NAME):\n");
	for (i = 0; i < NRTYPES; i++)
		fprintf(o, "  %-26s %u words\n", rname(&rtypes[i]), rtypes[i].nwords);
	fprintf(o, "\nExit status: 0 ok, 2 bad input (other records still processed),\n"
		   "3 a conversion lost information.\n");
}

static const struct rtype *format_arg(const char *s)
{
	const struct rtype *t = rtype_by_name(s, strlen(s));
	if (!t)
		err("arguments", "unknown record type '%s' (see --help)", s);
	return t;
}

int main(int argc, char **argv)
{
	int i;
	unsigned records;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		const char *eq;
		size_t alen = strlen(a);

		if (a[0] != '-' || a[1] != '-') {
			if (!strcmp(a, "-h")) {
				usage(stdout);
				return 0;
			}
			break; /* words */
		}
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		eq = strchr(a, '=');
		if (eq)
			alen = (size_t)(eq - a);
		if ((alen == 8 && !strncmp(a, "--format", 8)) || (alen == 4 && !strncmp(a, "--to", 4))) {
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else {
				err("arguments", "%s needs a record type (see --help)", a);
				return 2;
			}
			if (a[2] == 'f')
				opt.format = format_arg(val);
			else
				opt.to = format_arg(val);
			if (had_error)
				return 2;
		} else if (!strcmp(a, "--json")) {
			opt.json = 1;
		} else if (!strcmp(a, "--encode")) {
			opt.encode = 1;
		} else if (!strcmp(a, "--strict")) {
			opt.decode_opts |= IOF_DECODE_STRICT;
		} else if (!strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf(PROG " (iommu_fault %s, ABI %d)\n", IOF_VERSION_STRING, IOF_ABI_VERSION);
			return 0;
		} else {
			err("arguments", "unknown option '%s' (see --help)", a);
			return 2;
		}
	}
	if (opt.encode) {
		if (i < argc) {
			err("arguments", "--encode reads JSON from standard input, not words");
			return 2;
		}
		records = encode_json();
	} else {
		records = decode_words(argc, argv, i);
	}
	if (!records && !had_error)
		err("input", "no records found");
	fflush(stdout);
	return had_error ? 2 : had_loss ? 3 : 0;
}
