/* SPDX-License-Identifier: MIT */
/* iommu-fault-decode: options, diagnostics, line reading and hex words. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

struct ifd_options ifd_opt;
FILE *ifd_out;
FILE *ifd_errout;
int ifd_had_error;
int ifd_had_loss;

void ifd_reset(FILE *out, FILE *errout)
{
	memset(&ifd_opt, 0, sizeof(ifd_opt));
	ifd_out = out;
	ifd_errout = errout;
	ifd_had_error = 0;
	ifd_had_loss = 0;
}

void ifd_err(const char *where, const char *fmt, ...)
{
	va_list ap;
	fprintf(ifd_errout, IFD_PROG ": %s: ", where);
	va_start(ap, fmt);
	vfprintf(ifd_errout, fmt, ap);
	va_end(ap);
	fputc('\n', ifd_errout);
	ifd_had_error = 1;
}

const char *ifd_where(unsigned idx, unsigned line)
{
	static char buf[64];
	if (line)
		snprintf(buf, sizeof(buf), "record %u (line %u)", idx, line);
	else
		snprintf(buf, sizeof(buf), "record %u (arguments)", idx);
	return buf;
}

const char *ifd_status_name(int st)
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

void ifd_report_loss(const char *where, const char *what, uint32_t lost)
{
	unsigned i, n = 0;
	fprintf(ifd_errout, IFD_PROG ": %s: %s lost:", where, what);
	for (i = 0; i < IOF_LOST_COUNT; i++)
		if (lost & (1u << i))
			fprintf(ifd_errout, "%s %s", n++ ? "," : "", iof_lost_name(1u << i));
	fputc('\n', ifd_errout);
	ifd_had_loss = 1;
}

int ifd_read_line(FILE *in, char **buf, size_t *cap, int *too_long)
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
		if (n + 1 >= IFD_MAX_LINE) {
			*too_long = 1;
			continue;
		}
		if (n + 1 >= *cap) {
			size_t nc = *cap ? *cap * 2 : 256;
			char *nb = realloc(*buf, nc);
			if (!nb) {
				fprintf(ifd_errout, IFD_PROG ": out of memory\n");
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

int ifd_parse_word(const char *s, size_t len, uint64_t *v, char *msg, size_t msgsz)
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
		if (!isxdigit(c)) {
			snprintf(msg, msgsz, "bad hex word '%.*s': '%c' is not a hex digit", (int)(len > 40 ? 40 : len),
				 s, isprint(c) ? c : '?');
			return -1;
		}
		if (len - start > 16) {
			snprintf(msg, msgsz, "bad hex word '%.*s': more than 64 bits", (int)(len > 40 ? 40 : len), s);
			return -1;
		}
		x = (x << 4) | (uint64_t)(isdigit(c) ? c - '0' : (tolower(c) - 'a' + 10));
	}
	*v = x;
	return 0;
}

const char *ifd_skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\f' || *s == '\v')
		s++;
	return s;
}

unsigned ifd_words(const struct iof_codec *c)
{
	return (unsigned)((c->size + 7u) / 8u);
}

const struct iof_codec *ifd_row_at(size_t i)
{
	return iof_codec_at(i);
}

const struct iof_codec *ifd_row_find(uint32_t record)
{
	return iof_codec_find(record);
}

const struct iof_codec *ifd_row_by_name(const char *name, size_t len)
{
	return iof_codec_by_name(name, len);
}
