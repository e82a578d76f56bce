/*
 * text.c - plain-text story reader (KHALDUN_FMT_TEXT): stories are blocks of lines separated
 * by blank lines. A story's id is "<name>:<line of its first line>"; its date is the reader's
 * default date, or the one on a first line of the form "Date: YYYY-MM-DD" (that line is then
 * not part of the text). Lines are joined with '\n' (CRLF accepted).
 * Invariants: a bad story gets exactly one error, is counted in skipped and is consumed up to
 * its blank line; story text is valid UTF-8 without NUL bytes and at most limits.story bytes.
 */
#include "read/reader.h"
#include <string.h>

static int blank(const buf *b)
{
	for (size_t i = 0; i < b->len; i++)
		if (b->p[i] != ' ' && b->p[i] != '\t' && b->p[i] != '\r')
			return 0;
	return 1;
}

/* If the line is "Date: ...", returns the offset of the value, else 0. */
static size_t date_line(const buf *b)
{
	static const char key[] = "date:";
	size_t i = 0;
	while (i < b->len && (b->p[i] == ' ' || b->p[i] == '\t'))
		i++;
	if (b->len - i < 5)
		return 0;
	for (size_t k = 0; k < 5; k++) {
		char c = b->p[i + k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != key[k])
			return 0;
	}
	return i + 5;
}

typedef struct {
	long start;     /* line of the story's first line */
	int bad;        /* the story's error has been reported */
	int warned;     /* its invalid-UTF-8 warning has been reported */
	char id[80];
} block;

/* Reports the story's one error: about the current line (col > 0: at that column; col < 0:
 * the whole line) or about the story (col 0: at its first line). */
static void block_error(khaldun_reader *r, block *k, long col, const char *what)
{
	if (k->bad)
		return;
	k->bad = 1;
	read_report(r, KHALDUN_ERROR, col ? r->lineno : k->start, col > 0 ? col : 0, col > 0,
		    "story \"%s\": %s", k->id, what);
}

/* Reports the story's error "WHAT longer than <limit story>". */
static void block_too_long(khaldun_reader *r, block *k, const char *what)
{
	char msg[96];
	snprintf(msg, sizeof msg, "%s longer than %s (limit story)", what,
		 read_size(r, r->limits.story));
	block_error(r, k, -1, msg);
}

/* Appends r->line to the story text in r->tmp. */
static void add_line(khaldun_reader *r, block *k)
{
	if (k->bad)
		return;
	const char *nul = memchr(r->line.p, 0, r->line.len);
	if (nul) {
		block_error(r, k, (long)(nul - r->line.p) + 1, "NUL byte in story");
		return;
	}
	size_t bad = utf8_check(r->line.p, r->line.len);
	if (bad < r->line.len && !k->warned) {
		k->warned = 1;
		read_report(r, KHALDUN_WARNING, r->lineno, (long)bad + 1, 1,
			    "invalid UTF-8 at byte %zu of the line (replaced with U+FFFD)",
			    bad + 1);
	}
	if (r->tmp.len + r->line.len + 1 > r->limits.story
	    || (r->tmp.len && buf_addc(&r->tmp, '\n'))
	    || utf8_repair(&r->tmp, r->line.p, r->line.len))
		block_too_long(r, k, "story");
}

int text_next(khaldun_reader *r, khaldun_story *out)
{
	for (;;) {
		int st;
		do
			st = read_line(r);
		while (st == LINE_OK && blank(&r->line));
		if (st == LINE_EOF)
			return KHALDUN_EOF;
		if (st == LINE_IO)
			return KHALDUN_ERR_IO;

		block k = { r->lineno, 0, 0, "" };
		snprintf(k.id, sizeof k.id, "%.60s:%ld", r->name, r->lineno);
		int dated = 0;
		buf_clear(&r->tmp);
		if (st == LINE_TOO_LONG) {
			block_too_long(r, &k, "line");
		} else if (date_line(&r->line)) {
			size_t v = date_line(&r->line);
			while (v < r->line.len && (r->line.p[v] == ' ' || r->line.p[v] == '\t'))
				v++;
			if (read_set_date(r, r->line.p + v, r->line.len - v))
				block_error(r, &k, (long)v + 1, "invalid date on the Date: line "
					    "(expected YYYY-MM-DD)");
			else
				dated = 1;
		} else {
			add_line(r, &k);
		}
		for (;;) {
			st = read_line(r);
			if (st == LINE_EOF)
				break;
			if (st == LINE_IO)
				return KHALDUN_ERR_IO;
			if (st == LINE_TOO_LONG) {
				block_too_long(r, &k, "line");
				continue;
			}
			if (blank(&r->line))
				break;
			add_line(r, &k);
		}
		if (!k.bad && !r->tmp.len)
			block_error(r, &k, 0, "no text after the Date: line");
		if (!k.bad && !dated) {
			if (r->default_date[0])
				memcpy(r->date, r->default_date, sizeof r->date);
			else
				block_error(r, &k, 0, "missing date (use --date)");
		}
		if (k.bad) {
			r->skipped++;
			continue;
		}
		out->id = arena_strdup(&r->arena, k.id);
		if (!out->id)
			return KHALDUN_ERR_NOMEM;
		out->date = r->date;
		out->text = r->tmp.p;
		out->text_len = r->tmp.len;
		out->file = r->name;
		out->line = k.start;
		return KHALDUN_OK;
	}
}
