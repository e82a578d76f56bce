/*
 * reader.h - the story reader handle shared by the format modules (jsonl.c, text.c, tabari.c,
 * file.c, rss.c, html.c).
 * reader.c owns the handle and the line reader (UTF-8 checks: base/utf8.h); each format
 * supplies one `*_next` function that fills a khaldun_story from r->arena / r->line.
 * Invariants: a line is never longer than limits.story bytes in memory (longer lines are
 * consumed and reported, never stored); everything a story points to lives in r->arena or
 * the reader's buffers and stays valid until the next call to khaldun_reader_next.
 */
#ifndef KH_READER_H
#define KH_READER_H
#include "khaldun.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/utf8.h"


struct khaldun_reader {
	FILE *fp;
	char *name;                  /* for diagnostics and story ids */
	enum khaldun_format fmt;
	char default_date[11];       /* "YYYY-MM-DD", or "" when none */
	diag_sink diag;
	size_t skipped;
	long lineno;                 /* number of the line last read (1-based) */
	int eof, io_error;
	int warned_nodate;           /* the default date was applied (reported once) */
	long records;                /* non-blank lines met (jsonl: the first may be a '[') */
	buf line;                    /* the current line, without '\n' or a final '\r' */
	buf tmp;                     /* scratch for decoding strings and joining lines */
	arena arena;                 /* per-story strings; reset at each call */
	char date[11];               /* the current story's date */
	void *state;                 /* format-private state, freed by reader.c with free() */
	void (*state_free)(void *);  /* or with this, when set */
	khaldun_limits limits;       /* resolved: story, document, entity */
	char size_text[32];          /* read_size's result */
};

enum { LINE_OK = 0, LINE_TOO_LONG = 1, LINE_EOF = 2, LINE_IO = 3 };

/* Reads the next line into r->line (CRLF and LF accepted; a UTF-8 BOM on line 1 dropped).
 * Returns LINE_OK, LINE_TOO_LONG (the line was consumed, r->line is empty), LINE_EOF, or
 * LINE_IO (reported). r->lineno is the line's number in every case but LINE_EOF. */
int read_line(khaldun_reader *r);

/* 1 when p[0..n), the start of an input, is UTF-16: a BOM (FF FE or FE FF), or a NUL in
 * every other byte of its first 64 bytes (ASCII written as UTF-16 without a BOM). */
int read_is_utf16(const char *p, size_t n);

/* Reports a diagnostic about line `line` (text = r->line when `with_text`). */
void read_report(khaldun_reader *r, khaldun_severity sev, long line, long col, int with_text,
		 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Sets r->date from "YYYY-MM-DD"-ish s[0..n) (date_parse_field: an ISO timestamp's date part
 * is accepted); returns 0, or -1 when s holds no valid date. Web dates: date_parse_web. */
int read_set_date(khaldun_reader *r, const char *s, size_t n);

/* The format modules: fill *out and return KHALDUN_OK, KHALDUN_EOF or a negative error. */
int jsonl_next(khaldun_reader *r, khaldun_story *out);
int text_next(khaldun_reader *r, khaldun_story *out);
int tabari_next(khaldun_reader *r, khaldun_story *out);
int file_next(khaldun_reader *r, khaldun_story *out);
int feed_next(khaldun_reader *r, khaldun_story *out);
int html_next(khaldun_reader *r, khaldun_story *out);
/* Opens libxml2 for the page and feed readers (read/xml_lib.h): 1, or 0 with the error
 * reported and the document counted as skipped. */
int html_lib_ready(khaldun_reader *r);

/* n bytes for a message: "16 MiB", "64 KiB" or "1000 bytes" (valid until the next call). */
const char *read_size(khaldun_reader *r, size_t n);

/* Reads the rest of r->fp into *b (a buffer with ceiling limits.document, NUL-terminated).
 * Returns 0, or -1 after reporting (too large, or a read error). */
int read_whole(khaldun_reader *r, buf *b);

/* Readers whose whole input is one story (file, html): the input and a text buffer. */
typedef struct {
	buf raw, text;
	int done;
} whole_state;

/* Reads the whole input into the reader's whole_state the first time it is called; returns
 * the state, or NULL with *rc set (KHALDUN_EOF when the story was given already or the input
 * could not be read, KHALDUN_ERR_NOMEM, KHALDUN_ERR_IO). */
whole_state *read_whole_story(khaldun_reader *r, int *rc);
#endif
