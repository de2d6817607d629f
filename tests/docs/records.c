/* SPDX-License-Identifier: MIT */
/*
 * The record list of the docs, printed from the codec registry.
 *
 *   records --markdown   the Markdown table of README.md and docs/mainpage.md
 *   records --man        the "Record types" list of docs/iommu-fault-decode.1
 *   records --names      the rows' names, one a line (what mk/ iterates)
 *
 * Every row comes from iof_codec_at(); the row list the table is built from
 * (IOF_CODEC_ROWS) is expanded here as well, for the enumerator of each
 * record type, and the two must agree row by row or the program fails:
 * `make test` (docs-records-check) thereby also proves that the list the
 * bench and this program expand is the registry.  tests/docs/records.sh
 * writes the output between the marker lines of each file, or compares it.
 */
#include <stdio.h>
#include <string.h>

#include "iommu_fault/codec.h"

struct records_row {
	const char *name;
	uint32_t record;
	const char *enumerator;
};

#undef IOF_CODEC_ROW
#define IOF_CODEC_ROW(name, record, shape, layout, orders, word, flags, size, min_size, record_size, fdec, fenc, rdec, \
		      renc, cdec, cenc, code_name, code_desc, code_ref, spec, fields, field_set, doc)                  \
	{name, record, #record},
static const struct records_row records_rows[] = {IOF_CODEC_ROWS};
#undef IOF_CODEC_ROW

#define RECORDS_NROWS (sizeof(records_rows) / sizeof(records_rows[0]))

/* The row's shape, as what it decodes to. */
static const char *records_shape(const struct iof_codec *c)
{
	switch (c->shape) {
	case IOF_SHAPE_FAULT: return "struct iof_fault";
	case IOF_SHAPE_RESPONSE: return "struct iof_page_response";
	case IOF_SHAPE_COMMAND: return "a source ID";
	default: return "?";
	}
}

/*
 * The row's size in units of @unit bytes named @name: "32 B",
 * "32 B (16 B accepted)" when the decoder takes a shorter form, "16 B + payload".
 */
static void records_size(const struct iof_codec *c, unsigned unit, const char *name, char *buf, size_t cap)
{
	unsigned size = (unsigned)c->size / unit, min = (unsigned)c->min_size / unit;
	if (c->flags & IOF_CODEC_VARIABLE)
		snprintf(buf, cap, "%u %s + payload", size, name);
	else if (min < size)
		snprintf(buf, cap, "%u %s (%u %s accepted)", size, name, min, name);
	else
		snprintf(buf, cap, "%u %s", size, name);
}

/* @s with each "§" (UTF-8) written as troff's \[sc]. */
static void records_put_troff(const char *s)
{
	for (; *s; s++) {
		if (!strncmp(s, "\xc2\xa7", 2)) {
			fputs("\\[sc]", stdout);
			s++;
		} else if (*s == '\\') {
			fputs("\\e", stdout);
		} else {
			putchar(*s);
		}
	}
}

int main(int argc, char **argv)
{
	const struct iof_codec *c;
	const char *mode = argc == 2 ? argv[1] : "";
	char size[64];
	size_t i;

	if (strcmp(mode, "--markdown") && strcmp(mode, "--man") && strcmp(mode, "--names")) {
		fprintf(stderr, "usage: records --markdown | --man | --names\n");
		return 2;
	}
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++)
		if (i >= RECORDS_NROWS || c->record != records_rows[i].record ||
		    strcmp(c->name, records_rows[i].name)) {
			fprintf(stderr, "records: registry row %zu (%s) is not row %zu of IOF_CODEC_ROWS\n", i, c->name,
				i);
			return 1;
		}
	if (i != RECORDS_NROWS) {
		fprintf(stderr, "records: %zu registry rows, %zu in IOF_CODEC_ROWS\n", i, (size_t)RECORDS_NROWS);
		return 1;
	}

	if (!strcmp(mode, "--markdown"))
		printf("| record (`--format`) | record type | size | decodes to | layout defined in | docs page |\n"
		       "|---|---|---|---|---|---|\n");
	for (i = 0; (c = iof_codec_at(i)) != NULL; i++) {
		/* the tool reads words: the man page counts them where the layout is made of words */
		if (!strcmp(mode, "--man") && c->word && c->size % c->word == 0 && c->min_size % c->word == 0)
			records_size(c, c->word, "words", size, sizeof(size));
		else
			records_size(c, 1, "B", size, sizeof(size));
		if (!strcmp(mode, "--names")) {
			printf("%s\n", c->name);
		} else if (!strcmp(mode, "--markdown")) {
			printf("| `%s` | `%s` = 0x%04x | %s | %s | %s | `%s` |\n", c->name, records_rows[i].enumerator,
			       (unsigned)c->record, size, records_shape(c), c->spec, c->doc);
		} else {
			printf(".TP\n.B %s\n%s, decodes to %s: ", c->name, size, records_shape(c));
			records_put_troff(c->spec);
			printf(".\n");
		}
	}
	return 0;
}
