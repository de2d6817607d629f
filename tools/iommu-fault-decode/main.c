/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: read IOMMU fault records the way the Linux kernel
 * prints them (64-bit hex words), and print them decoded, as JSON lines, or
 * converted into another record type; read the JSON back into words.  Every
 * record type of the library's codec registry (codec.h) is known.
 *
 * Manual: docs/iommu-fault-decode.1.  JSON keys: docs/json.md.
 * Exit status: 0 ok, 2 some input was bad (other records still processed),
 * 3 a conversion lost information (and nothing was bad).
 */
#include <stdlib.h>
#include <string.h>

#include "tool.h"

static void usage(FILE *o)
{
	const struct ifd_recognizer *r;
	const struct iof_codec *c;
	size_t i;

	fprintf(o, "usage: " IFD_PROG " [--format NAME] [--json] [--to NAME] [--strict] [WORD...]\n"
		   "       " IFD_PROG " --encode [--json] [--to NAME] < records.jsonl\n"
		   "\n"
		   "Decodes IOMMU fault records given as 64-bit hex words (word 0 first), from the\n"
		   "arguments or, without WORDs, from standard input, in the forms Linux prints them:\n"
		   "dmesg prefixes are stripped, a word may lack 0x, a line may hold several words,\n"
		   "'#' starts a comment and a blank line ends a record.  The record type comes from\n"
		   "a kernel header line (below), from a label line \"NAME:\", or from --format.\n"
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
	for (i = 0; (c = ifd_row_at(i)) != NULL; i++)
		fprintf(o, "  %-26s %u words\n", c->name, ifd_words(c));
	fprintf(o, "\nKernel lines read, by format:\n");
	for (i = 0; (r = ifd_log_recognizer(i)) != NULL; i++)
		fprintf(o, "%s:\n%s\n", r->format, r->help);
	fprintf(o, "\nExit status: 0 ok, 2 bad input (other records still processed),\n"
		   "3 a conversion lost information.\n");
}

static const struct iof_codec *format_arg(const char *s)
{
	const struct iof_codec *c = ifd_row_by_name(s, strlen(s));
	if (!c)
		ifd_err("arguments", "unknown record type '%s' (see --help)", s);
	return c;
}

int main(int argc, char **argv)
{
	int i;
	unsigned records;

	ifd_reset(stdout, stderr);
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
				ifd_err("arguments", "%s needs a record type (see --help)", a);
				return 2;
			}
			if (a[2] == 'f')
				ifd_opt.format = format_arg(val);
			else
				ifd_opt.to = format_arg(val);
			if (ifd_had_error)
				return 2;
		} else if (!strcmp(a, "--json")) {
			ifd_opt.json = 1;
		} else if (!strcmp(a, "--encode")) {
			ifd_opt.encode = 1;
		} else if (!strcmp(a, "--strict")) {
			ifd_opt.decode_opts |= IOF_DECODE_STRICT;
		} else if (!strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf(IFD_PROG " (iommu_fault %s, ABI %d)\n", IOF_VERSION_STRING, IOF_ABI_VERSION);
			return 0;
		} else {
			ifd_err("arguments", "unknown option '%s' (see --help)", a);
			return 2;
		}
	}
	if (ifd_opt.encode) {
		if (i < argc) {
			ifd_err("arguments", "--encode reads JSON from standard input, not words");
			return 2;
		}
		records = ifd_json_file(stdin);
	} else if (i < argc) {
		records = ifd_log_args(argc, argv, i);
	} else {
		records = ifd_log_file(stdin);
	}
	if (!records && !ifd_had_error)
		ifd_err("input", "no records found");
	fflush(stdout);
	return ifd_had_error ? 2 : ifd_had_loss ? 3 : 0;
}
