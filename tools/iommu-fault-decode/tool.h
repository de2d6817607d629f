/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: what its units share.  The tool knows record layouts
 * only through the library's codec registry (codec.h); the one place that
 * knows a format by name is its kernel-log recognizer (log_<format>.c).
 *
 *   main.c       options, usage, exit status
 *   common.c     options, diagnostics, line reading, hex words
 *   log.c        the log reader: prefixes, labels, words, the recognizer table
 *   log_*.c      one recognizer per format: the lines its kernel driver prints
 *   convert.c    decode, encode, conversion (--to), one record to output
 *   print.c      the human-readable block and the labelled words
 *   json_out.c   the JSON writer (--json)
 *   json_in.c    the JSON reader (--encode)
 */
#ifndef IFD_TOOL_H
#define IFD_TOOL_H

#include <stdint.h>
#include <stdio.h>

#include <iommu_fault/codec.h>

#define IFD_PROG "iommu-fault-decode"
/* Longest record, in 64-bit words. */
#define IFD_MAX_WORDS (IOF_RECORD_MAX_SIZE / 8u)
/* Longest input line; a longer one is an error. */
#define IFD_MAX_LINE (1u << 20)

/* ---- common.c ---------------------------------------------------------- */

struct ifd_options {
	const struct iof_codec *format; /* --format: type of words no header names */
	const struct iof_codec *to;     /* --to */
	int json;                       /* --json */
	int encode;                     /* --encode */
	unsigned decode_opts;           /* IOF_DECODE_* (--strict) */
};

extern struct ifd_options ifd_opt;
extern FILE *ifd_out;     /* records go here (main: stdout) */
extern FILE *ifd_errout;  /* diagnostics go here (main: stderr) */
extern int ifd_had_error; /* exit 2 */
extern int ifd_had_loss;  /* exit 3 */

/* Sets the output streams and clears the options and the exit state. */
void ifd_reset(FILE *out, FILE *errout);
/* One line on ifd_errout: "iommu-fault-decode: <where>: <problem>"; sets ifd_had_error. */
void ifd_err(const char *where, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Names a record for messages: "record 3 (line 12)", or "(arguments)" for line 0. */
const char *ifd_where(unsigned idx, unsigned line);
/* "E_SHORT" for IOF_E_SHORT, and so on. */
const char *ifd_status_name(int st);
/* Lists the IOF_LOST_* bits of @lost on ifd_errout; sets ifd_had_loss. */
void ifd_report_loss(const char *where, const char *what, uint32_t lost);
/* Reads a line of any length up to IFD_MAX_LINE; returns 0 at end of input. */
int ifd_read_line(FILE *in, char **buf, size_t *cap, int *too_long);
/* Parses one hex word (with or without 0x); returns 0, or -1 with a reason in msg. */
int ifd_parse_word(const char *s, size_t len, uint64_t *v, char *msg, size_t msgsz);
const char *ifd_skip_ws(const char *s);
/* 64-bit words of a record of row @c. */
unsigned ifd_words(const struct iof_codec *c);
/*
 * The registry's lookups (codec.h), made in this one unit: the library's
 * functions are static inline, so each unit that looked rows up itself
 * would compile its own copy of the table and of every codec, and rows
 * from two units would not compare equal as pointers.
 */
const struct iof_codec *ifd_row_at(size_t i);
const struct iof_codec *ifd_row_find(uint32_t record);
const struct iof_codec *ifd_row_by_name(const char *name, size_t len);

/* ---- convert.c --------------------------------------------------------- */

/* A decoded record of any shape. */
struct ifd_record {
	const struct iof_codec *c;
	int status;
	struct iof_fault f;         /* IOF_SHAPE_FAULT */
	struct iof_page_response r; /* IOF_SHAPE_RESPONSE */
	uint32_t sid;               /* IOF_SHAPE_COMMAND */
	/* Bits of the words that decode -> encode of the same type does not
	 * reproduce (reserved bits the hardware set), XOR per word. */
	uint64_t unkept[IFD_MAX_WORDS];
	int rebuild;    /* status of re-encoding as the same type; < 0: unkept = the words */
	int has_unkept; /* --encode: the JSON gave "unkept" */
};

void ifd_decode(const struct iof_codec *c, const uint64_t *w, struct ifd_record *d);
/* Encodes @d as a record of row @to into @out: 0 and the loss bits in *lost, or a negative status. */
int ifd_encode(const struct ifd_record *d, const struct iof_codec *to, uint64_t *out, uint32_t *lost);
/* Prints @d (words @w) in the chosen style; @note follows the record's name. */
void ifd_show(const struct ifd_record *d, const uint64_t *w, unsigned idx, const char *note);
/* Converts (--to) or prints one record of words; idx/line name it in messages. */
void ifd_emit(const struct iof_codec *c, const uint64_t *w, unsigned idx, unsigned line, const char *note);

/* ---- print.c ----------------------------------------------------------- */

void ifd_human_record(const struct ifd_record *d, const uint64_t *w, unsigned idx, const char *note);
/* The words the way Linux prints a record, under a label the log reader reads back. */
void ifd_print_words(const struct iof_codec *c, const uint64_t *w, const char *comment);

/* ---- json_out.c -------------------------------------------------------- */

/* One JSON object and a newline (keys: docs/json.md). */
void ifd_json_record(const struct ifd_record *d, const uint64_t *w);

/* ---- json_in.c --------------------------------------------------------- */

/* Reads one JSON line into @d; returns 0, or -1 with a reason in msg. */
int ifd_json_parse(const char *line, struct ifd_record *d, char *msg, size_t msgsz);
/* --encode: every JSON line of @in; returns the number of records. */
unsigned ifd_json_file(FILE *in);

/* ---- log.c ------------------------------------------------------------- */

#define IFD_LOG_NOTES 8 /* recognizers at most */

/* The log reader's state: one record being collected. */
struct ifd_log {
	const struct iof_codec *format; /* --format */
	const struct iof_codec *cur;    /* record type of the words being collected */
	uint64_t w[IFD_MAX_WORDS];
	unsigned n;        /* words collected */
	unsigned line0;    /* line of the record's header or first word */
	unsigned hdr_line; /* line of the header or label that started the record */
	unsigned line;     /* current line (0: arguments) */
	unsigned idx;      /* records seen so far */
	int bad;           /* the record being collected has a bad word */
	char badmsg[128];
	int orphan; /* words with no record type reported in this run */
	/* Set by a recognizer for the block it started: checks the whole record. */
	void (*check)(struct ifd_log *p, const uint64_t *w, unsigned long arg);
	unsigned long check_arg;
	/* What each recognizer noted on the previous line (0 after any other line). */
	unsigned note[IFD_LOG_NOTES], prev_note[IFD_LOG_NOTES];
};

/*
 * A kernel-log recognizer: the lines one format's driver prints.  @line is
 * called for every line that is not blank, in table order, with @text (the
 * line without leading blanks and comment) and @msg (the message, with the
 * dmesg and syslog prefixes stripped); it returns 1 when the line was its
 * own.  It may start a block (ifd_log_start), rebuild a record from a
 * decoded line (ifd_log_rebuilt) and leave a note for the next line.
 */
struct ifd_recognizer {
	const char *format; /* iof_format_name() of its format */
	const char *help;   /* the lines it reads, for --help */
	int (*line)(struct ifd_log *p, const char *text, const char *msg, unsigned prev_note, unsigned *note);
};

void ifd_log_init(struct ifd_log *p, const struct iof_codec *format);
/* One line (or the arguments joined by spaces). */
void ifd_log_text(struct ifd_log *p, const char *line);
/* Ends the record being collected: a short record is an error. */
void ifd_log_end(struct ifd_log *p);
/* Starts a block of record type @c (a kernel header or a label). */
void ifd_log_start(struct ifd_log *p, const struct iof_codec *c);
/* A record rebuilt from a decoded line: counted and emitted with @note. */
void ifd_log_rebuilt(struct ifd_log *p, const struct iof_codec *c, const uint64_t *w, const char *note);
/* A decoded line that cannot be rebuilt into a record: counted and reported. */
void ifd_log_bad(struct ifd_log *p, const char *problem);
/* Every line of @in; returns the number of records. */
unsigned ifd_log_file(FILE *in);
/* Words given as arguments argv[first..argc-1]; returns the number of records. */
unsigned ifd_log_args(int argc, char **argv, int first);
/* The recognizers, in the order they are tried; a null pointer ends the list. */
const struct ifd_recognizer *ifd_log_recognizer(size_t i);

#endif /* IFD_TOOL_H */
