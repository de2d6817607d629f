/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: the log reader.  Lines the way Linux prints records
 * (64-bit hex words behind dmesg and syslog prefixes), label lines "NAME:"
 * naming the registry row of the words that follow, comments and blank
 * lines; each format's own kernel lines are its recognizer's (log_*.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

/*
 * The recognizers: one log_<format>.c each, listed by the build
 * (mk/tool.mk) as IFD_LOG_RECOGNIZERS = X(<format>) ..., so that adding a
 * format's recognizer is adding its file.
 */
#ifndef IFD_LOG_RECOGNIZERS
#error "build with -DIFD_LOG_RECOGNIZERS='X(name) ...', one per log_<name>.c (mk/tool.mk)"
#endif
#define X(name) extern const struct ifd_recognizer ifd_log_##name;
IFD_LOG_RECOGNIZERS
#undef X
#define X(name) &ifd_log_##name,
static const struct ifd_recognizer *const recognizers[] = {IFD_LOG_RECOGNIZERS NULL};
#undef X

/* each recognizer has its note (struct ifd_log) */
typedef char ifd_log_notes_fit[sizeof(recognizers) / sizeof(recognizers[0]) - 1 <= IFD_LOG_NOTES ? 1 : -1];

const struct ifd_recognizer *ifd_log_recognizer(size_t i)
{
	return i < sizeof(recognizers) / sizeof(recognizers[0]) ? recognizers[i] : NULL;
}

static const char *pwhere(const struct ifd_log *p, unsigned line)
{
	return ifd_where(p->idx, line);
}

void ifd_log_init(struct ifd_log *p, const struct iof_codec *format)
{
	memset(p, 0, sizeof(*p));
	p->format = format;
	p->cur = format;
}

/* Forgets the record being collected and what its header said. */
static void clear(struct ifd_log *p)
{
	p->n = 0;
	p->bad = 0;
	p->check = NULL;
	p->check_arg = 0;
	p->hdr_line = 0;
}

void ifd_log_end(struct ifd_log *p)
{
	if (p->n && p->cur) {
		p->idx++;
		if (p->bad)
			ifd_err(pwhere(p, p->line0), "%s", p->badmsg);
		else
			ifd_err(pwhere(p, p->line0), "%s needs %u words, got %u", p->cur->name, ifd_words(p->cur),
				p->n);
	}
	clear(p);
	p->orphan = 0;
}

static void complete(struct ifd_log *p)
{
	p->idx++;
	if (p->bad) {
		ifd_err(pwhere(p, p->line0), "%s", p->badmsg);
	} else {
		if (p->check)
			p->check(p, p->w, p->check_arg);
		ifd_emit(p->cur, p->w, p->idx, p->line0, NULL);
	}
	clear(p);
}

void ifd_log_start(struct ifd_log *p, const struct iof_codec *c)
{
	ifd_log_end(p);
	p->cur = c;
	p->hdr_line = p->line;
}

void ifd_log_rebuilt(struct ifd_log *p, const struct iof_codec *c, const uint64_t *w, const char *note)
{
	p->idx++;
	ifd_emit(c, w, p->idx, p->line, note);
}

void ifd_log_bad(struct ifd_log *p, const char *problem)
{
	p->idx++;
	ifd_err(pwhere(p, p->line), "%s", problem);
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
		if (!isxdigit((unsigned char)s[i]))
			return 0;
		digit |= isdigit((unsigned char)s[i]) != 0;
	}
	return len && (digit || len >= 8);
}

static void add_word(struct ifd_log *p, const char *tok, size_t len)
{
	uint64_t v = 0;
	char msg[128];
	int bad = ifd_parse_word(tok, len, &v, msg, sizeof(msg));

	if (!p->cur) {
		if (!p->orphan) {
			p->idx++;
			ifd_err(ifd_where(p->idx, p->line),
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
	if (p->n == ifd_words(p->cur))
		complete(p);
}

static size_t tok_len(const char *s)
{
	size_t n = 0;
	while (s[n] && !isspace((unsigned char)s[n]) && s[n] != ',')
		n++;
	return n;
}

/* Strips what Linux and syslog put before a message: "<4>", "[  12.345678]",
 * "Nov 24 03:40:45 host kernel: ", "driver device: ". */
static const char *strip_prefix(const char *s)
{
	const char *k = strstr(s, "kernel: ");
	size_t l1, l2;
	const char *t2;

	if (k)
		s = k + 8;
	s = ifd_skip_ws(s);
	if (*s == '<') {
		const char *e = s + 1;
		while (isdigit((unsigned char)*e))
			e++;
		if (*e == '>' && e > s + 1)
			s = ifd_skip_ws(e + 1);
	}
	if (*s == '[') {
		const char *e = strchr(s, ']');
		if (e)
			s = ifd_skip_ws(e + 1);
	}
	/* "driver device: " or "subsystem: " — never a hex word or a label */
	l1 = tok_len(s);
	if (l1 > 1 && s[l1 - 1] == ':' && !ifd_row_by_name(s, l1 - 1))
		return ifd_skip_ws(s + l1);
	if (l1 && !looks_hex(s, l1)) {
		t2 = ifd_skip_ws(s + l1);
		l2 = tok_len(t2);
		if (l2 > 1 && t2[l2 - 1] == ':' && !ifd_row_by_name(t2, l2 - 1))
			return ifd_skip_ws(t2 + l2);
	}
	return s;
}

void ifd_log_text(struct ifd_log *p, const char *line)
{
	char buf[4096];
	const char *s, *msg, *hash;
	size_t n, l1, i;
	const struct iof_codec *c;

	/* a note lives one line */
	memcpy(p->prev_note, p->note, sizeof(p->note));
	memset(p->note, 0, sizeof(p->note));
	/* '#' starts a comment at the start of a line or after a blank
	 * ("CPU#1" in a log line is text, not a comment) */
	n = strlen(line);
	for (hash = line; (hash = strchr(hash, '#')) != NULL; hash++)
		if (hash == line || isspace((unsigned char)hash[-1]))
			break;
	if (hash)
		n = (size_t)(hash - line);
	if (n >= sizeof(buf)) {
		ifd_err(ifd_where(p->idx + 1, p->line), "line longer than %u characters", (unsigned)sizeof(buf) - 1);
		return;
	}
	memcpy(buf, line, n);
	buf[n] = 0;
	s = ifd_skip_ws(buf);
	if (!*s) {
		if (!hash)
			ifd_log_end(p); /* a blank line ends a record */
		return;
	}
	msg = strip_prefix(s);
	for (i = 0; recognizers[i]; i++)
		if (recognizers[i]->line(p, s, msg, p->prev_note[i], &p->note[i]))
			return;
	s = msg;
	/* A label: a row name and a colon ("NAME:"), alone or before words. */
	l1 = tok_len(s);
	if (l1 > 1 && s[l1 - 1] == ':' && (c = ifd_row_by_name(s, l1 - 1)) != NULL) {
		ifd_log_start(p, c);
		s = ifd_skip_ws(s + l1);
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

unsigned ifd_log_file(FILE *in)
{
	struct ifd_log p;
	char *buf = NULL;
	size_t cap = 0;
	int too_long;

	ifd_log_init(&p, ifd_opt.format);
	while (ifd_read_line(in, &buf, &cap, &too_long)) {
		p.line++;
		if (too_long)
			ifd_err(ifd_where(p.idx + 1, p.line), "line too long");
		else
			ifd_log_text(&p, buf);
	}
	free(buf);
	ifd_log_end(&p);
	return p.idx;
}

unsigned ifd_log_args(int argc, char **argv, int first)
{
	struct ifd_log p;
	size_t len = 1;
	int i;
	char *all;

	ifd_log_init(&p, ifd_opt.format);
	/* the words on the command line are one line, joined by spaces */
	for (i = first; i < argc; i++)
		len += strlen(argv[i]) + 1;
	all = calloc(len, 1);
	if (!all)
		exit(2);
	for (i = first; i < argc; i++) {
		strcat(all, argv[i]);
		strcat(all, " ");
	}
	if (len > 4000)
		ifd_err("arguments", "too long");
	else
		ifd_log_text(&p, all);
	free(all);
	ifd_log_end(&p);
	return p.idx;
}
