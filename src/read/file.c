/*
 * file.c - one-story-per-file reader (KHALDUN_FMT_FILE), for a folder of saved articles.
 * The whole input is one story whose id is the reader's name (the path). Optional header lines
 * at the top, "Date: YYYY-MM-DD", "Title: ...", "Source: ..." and "URL: ..." (any case, any
 * order), are taken out of the text; without "Title:", a first paragraph that is one short line
 * with no closing punctuation followed by a blank line is taken as the headline.
 * Invariants: the story is valid UTF-8 (bad bytes become U+FFFD, with one warning), holds no NUL
 * byte (such a file is skipped with an error) and is at most limits.document bytes.
 */
#include "read/reader.h"
#include <stdlib.h>
#include <string.h>


/* If line p[0..n) is "KEY: value" for one of the header keys, returns the key's index and sets
 * *v to the value's offset; else -1. */
static int header_key(const char *p, size_t n, size_t *v)
{
	static const char *const keys[] = { "date", "title", "source", "url" };
	for (int k = 0; k < 4; k++) {
		size_t kn = strlen(keys[k]);
		if (n <= kn || p[kn] != ':')
			continue;
		size_t i = 0;
		while (i < kn && (p[i] | 0x20) == keys[k][i])
			i++;
		if (i < kn)
			continue;
		i = kn + 1;
		while (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		*v = i;
		return k;
	}
	return -1;
}

static int line_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	return 1;
}

/* Copies the value p[0..n) (trimmed) into the arena. */
static const char *value(khaldun_reader *r, const char *p, size_t n)
{
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	return n ? arena_strndup(&r->arena, p, n) : NULL;
}

/* Refuses what cannot be an article's text: UTF-16, a NUL byte. Returns 0 or -1 (reported). */
static int file_check_bytes(khaldun_reader *r, const char *p, size_t n)
{
	if (read_is_utf16(p, n)) {
		read_report(r, KHALDUN_ERROR, 1, 0, 0,
			    "UTF-16 input: convert to UTF-8 "
			    "(for example iconv -f UTF-16 -t UTF-8); story skipped");
		return -1;
	}
	const char *nul = memchr(p, 0, n);
	if (nul) {
		long line = 1;
		for (const char *q = p; q < nul; q++)
			line += *q == '\n';
		read_report(r, KHALDUN_ERROR, line, 0, 0, "NUL byte in the file; story skipped");
		return -1;
	}
	return 0;
}

typedef struct {
	const char *title, *source, *url;
	int dated;
} file_headers;

/* Reads the header lines (Date:, Title:, Source:, URL:) from p[*i..n), moving *i past them.
 * Returns 0, or -1 on an invalid date (reported). */
static int file_read_headers(khaldun_reader *r, const char *p, size_t n, size_t *i,
			     file_headers *h)
{
	long lineno = 0;
	while (*i < n) {
		const char *e = memchr(p + *i, '\n', n - *i);
		size_t len = e ? (size_t)(e - (p + *i)) : n - *i, v;
		if (line_blank(p + *i, len) && !h->dated && !h->title && !h->source && !h->url) {
			*i += len + (e != NULL);   /* blank lines before the headers */
			lineno++;
			continue;
		}
		int k = header_key(p + *i, len, &v);
		if (k < 0)
			break;
		lineno++;
		if (k == 0) {
			if (read_set_date(r, p + *i + v, len - v)) {
				read_report(r, KHALDUN_ERROR, lineno, (long)v + 1, 0,
					    "invalid date on the Date: line (expected YYYY-MM-DD); "
					    "story skipped");
				return -1;
			}
			h->dated = 1;
		} else {
			const char *val = value(r, p + *i + v, len - v);
			if (k == 1)
				h->title = val;
			else if (k == 2)
				h->source = val;
			else
				h->url = val;
		}
		*i += len + (e != NULL);
	}
	return 0;
}

/* Skips blank lines; then, when `want`, a lone short line with no closing punctuation followed
 * by a blank line is the headline (returned, *i moved past it). */
static const char *file_read_headline(khaldun_reader *r, const char *p, size_t n, size_t *i,
				      int want)
{
	while (*i < n) {
		const char *e = memchr(p + *i, '\n', n - *i);
		size_t len = e ? (size_t)(e - (p + *i)) : n - *i;
		if (!line_blank(p + *i, len))
			break;
		*i += len + (e != NULL);
	}
	if (!want || *i >= n)
		return NULL;
	const char *e = memchr(p + *i, '\n', n - *i);
	size_t len = e ? (size_t)(e - (p + *i)) : n - *i, after = *i + len + 1;
	size_t tl = len;
	while (tl && (p[*i + tl - 1] == ' ' || p[*i + tl - 1] == '\t' || p[*i + tl - 1] == '\r'))
		tl--;
	int closed = tl && strchr(".!?:;\"')", p[*i + tl - 1]);
	if (!closed && tl >= 3)
		closed = !memcmp(p + *i + tl - 3, "\xE2\x80\x9D", 3);  /* a closing ” */
	if (!e || !tl || tl > 300 || closed || after >= n)
		return NULL;
	const char *e2 = memchr(p + after, '\n', n - after);
	size_t len2 = e2 ? (size_t)(e2 - (p + after)) : n - after;
	if (!line_blank(p + after, len2))
		return NULL;
	const char *title = value(r, p + *i, tl);
	*i = after;
	return title;
}

/* The text p[i..n) into s->text: CRLF -> LF, trimmed, invalid UTF-8 repaired. Returns 0, or -1
 * when it is empty or over the ceiling (reported). */
static int file_copy_text(khaldun_reader *r, whole_state *s, const char *p, size_t n, size_t i)
{
	buf_clear(&s->text);
	size_t end = n;
	while (end > i && (p[end - 1] == ' ' || p[end - 1] == '\t' || p[end - 1] == '\r'
			   || p[end - 1] == '\n'))
		end--;
	while (i < end && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	size_t bad = utf8_check(p + i, end - i);
	if (bad < end - i)
		read_report(r, KHALDUN_WARNING, 0, 0, 0,
			    "invalid UTF-8 at byte %zu of the file (replaced with U+FFFD)",
			    (size_t)(p + i + bad - s->raw.p) + 1);
	size_t run = i;
	for (size_t k = i; k <= end; k++) {
		if (k < end && !(p[k] == '\r' && k + 1 < end && p[k + 1] == '\n'))
			continue;
		if (utf8_repair(&s->text, p + run, k - run)) {
			read_report(r, KHALDUN_ERROR, 0, 0, 0,
				"story longer than the ceiling; skipped");
			return -1;
		}
		run = k + 1;
	}
	if (!s->text.len) {
		read_report(r, KHALDUN_ERROR, 0, 0, 0, "no story text in the file; skipped");
		return -1;
	}
	return 0;
}

int file_next(khaldun_reader *r, khaldun_story *out)
{
	int rc;
	whole_state *s = read_whole_story(r, &rc);
	if (!s)
		return rc;
	const char *p = s->raw.p;
	size_t n = s->raw.len, i = 0;
	if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3, n -= 3;
	file_headers h = { NULL, NULL, NULL, 0 };
	if (file_check_bytes(r, p, n) || file_read_headers(r, p, n, &i, &h)) {
		r->skipped++;
		return KHALDUN_EOF;
	}
	const char *headline = file_read_headline(r, p, n, &i, !h.title);
	if (headline)
		h.title = headline;
	if (file_copy_text(r, s, p, n, i)) {
		r->skipped++;
		return KHALDUN_EOF;
	}
	if (!h.dated) {
		if (!r->default_date[0]) {
			read_report(r, KHALDUN_ERROR, 0, 0, 0,
				    "missing date (no Date: line; use --date); story skipped");
			r->skipped++;
			return KHALDUN_EOF;
		}
		memcpy(r->date, r->default_date, sizeof r->date);
	}
	out->id = r->name;
	out->date = r->date;
	out->text = s->text.p;
	out->text_len = s->text.len;
	out->title = h.title;
	out->source = h.source;
	out->url = h.url;
	out->file = r->name;
	out->line = 1;
	return KHALDUN_OK;
}
