/*
 * reader.c - the story reader handle: creation, dispatch to the format modules, the line
 * reader they share (the UTF-8 helpers they use are in base/utf8).
 * Lines are read through stdio's buffer (a run of bytes up to the line break at once where
 * glibc shows the buffer, else byte by byte), so a pipe streams story by story and NUL bytes
 * are seen, not silently truncated; a line past limits.story is consumed without being stored.
 * Invariant: after khaldun_reader_next returns, r->arena holds only the returned story.
 */
#include "read/reader.h"
#include "base/date.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 199506L
#define rd_getc(fp) getc_unlocked(fp)
#else
#define rd_getc(fp) getc(fp)
#endif
/* glibc's FILE shows its get area [_IO_read_ptr, _IO_read_end) (the same fields its getc
 * macro reads): read_line takes whole runs of bytes from it instead of one getc a byte */
#if defined(__GLIBC__) && defined(_IO_EOF_SEEN)
#define RD_GET_AREA 1
#endif

int khaldun_reader_new(khaldun_reader **out, FILE *fp, const char *name,
		       enum khaldun_format fmt, const char *default_date, khaldun_diag_fn fn,
		       void *ctx)
{
	diag_sink sink = { fn, ctx, 0, 0 };
	*out = NULL;
	if (!name)
		name = "<input>";
	if (!fp || (fmt != KHALDUN_FMT_JSONL && fmt != KHALDUN_FMT_TEXT && fmt != KHALDUN_FMT_TABARI
		    && fmt != KHALDUN_FMT_FILE && fmt != KHALDUN_FMT_RSS &&
			    fmt != KHALDUN_FMT_HTML)) {
		diag_report(&sink, KHALDUN_ERROR, name, 0, 0, NULL, 0, "invalid reader arguments");
		return KHALDUN_ERR_ARG;
	}
	long d = 0;
	if (default_date) {
		d = khaldun_parse_date(default_date, strlen(default_date));
		if (!d) {
			diag_report(&sink, KHALDUN_ERROR, name, 0, 0, NULL, 0,
				    "invalid default date \"%.40s\" (expected YYYY-MM-DD)",
				    default_date);
			return KHALDUN_ERR_ARG;
		}
	}
	khaldun_reader *r = calloc(1, sizeof *r);
	if (!r)
		return KHALDUN_ERR_NOMEM;
	r->name = malloc(strlen(name) + 1);
	if (!r->name) {
		free(r);
		return KHALDUN_ERR_NOMEM;
	}
	strcpy(r->name, name);
	r->fp = fp;
	r->fmt = fmt;
	r->diag = sink;
	if (d)
		date_to_iso(d, r->default_date);
	buf_init(&r->line, 0);
	buf_init(&r->tmp, 0);
	khaldun_reader_set_limits(r, NULL);
	arena_init(&r->arena, 65536);
	*out = r;
	return KHALDUN_OK;
}

int khaldun_reader_set_limits(khaldun_reader *r, const khaldun_limits *l)
{
	if (!r)
		return KHALDUN_ERR_ARG;
	r->limits = khaldun_limits_resolve(l);
	r->line.max = r->limits.story;
	/* decoded strings may grow (an invalid byte becomes 3 bytes of U+FFFD) */
	r->tmp.max = 3 * r->limits.story;
	return KHALDUN_OK;
}

const char *read_size(khaldun_reader *r, size_t n)
{
	if (n >= (1u << 20) && !(n & ((1u << 20) - 1)))
		snprintf(r->size_text, sizeof r->size_text, "%zu MiB", n >> 20);
	else if (n >= 1024 && !(n & 1023))
		snprintf(r->size_text, sizeof r->size_text, "%zu KiB", n >> 10);
	else
		snprintf(r->size_text, sizeof r->size_text, "%zu bytes", n);
	return r->size_text;
}

int khaldun_reader_next(khaldun_reader *r, khaldun_story *out)
{
	if (!r || !out)
		return KHALDUN_ERR_ARG;
	memset(out, 0, sizeof *out);
	arena_reset(&r->arena);
	if (r->io_error)
		return KHALDUN_ERR_IO;
	int rc = KHALDUN_ERR_ARG;
	switch (r->fmt) {
	case KHALDUN_FMT_JSONL: rc = jsonl_next(r, out); break;
	case KHALDUN_FMT_TEXT: rc = text_next(r, out); break;
	case KHALDUN_FMT_TABARI: rc = tabari_next(r, out); break;
	case KHALDUN_FMT_FILE: rc = file_next(r, out); break;
	case KHALDUN_FMT_RSS: rc = feed_next(r, out); break;
	case KHALDUN_FMT_HTML: rc = html_next(r, out); break;
	}
	/* the one place a story's date is parsed (TABARI records: see khaldun_story_date) */
	if (rc == KHALDUN_OK && out->date)
		out->day = khaldun_parse_date(out->date, strlen(out->date));
	return rc;
}

size_t khaldun_reader_skipped(const khaldun_reader *r)
{
	return r ? r->skipped : 0;
}

void khaldun_reader_free(khaldun_reader *r)
{
	if (!r)
		return;
	buf_free(&r->line);
	buf_free(&r->tmp);
	arena_free(&r->arena);
	if (r->state_free)
		r->state_free(r->state);
	else
		free(r->state);
	free(r->name);
	free(r);
}

void read_report(khaldun_reader *r, khaldun_severity sev, long line, long col, int with_text,
		 const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* the offending line goes along only when it is short enough to show */
	int show = with_text && r->line.p && r->line.len <= 4096;
	diag_report(&r->diag, sev, r->name, line, col, show ? r->line.p : NULL,
		    show ? r->line.len : 0, "%s", msg);
}

int read_is_utf16(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return 1;
	/* no BOM: ASCII text in UTF-16 has a NUL in every other byte */
	size_t k = n < 64 ? n & ~(size_t)1 : 64, even = 0, odd = 0;
	for (size_t i = 0; i < k; i += 2) {
		even += !u[i] && u[i + 1];
		odd += u[i] && !u[i + 1];
	}
	return k >= 4 && (even == k / 2 || odd == k / 2);
}

/* Appends p[0..n) to the line unless it is already too long; on passing the ceiling the line
 * is dropped and *too_long set (the rest of it is still consumed). */
static void line_add(khaldun_reader *r, const char *p, size_t n, int *too_long)
{
	if (*too_long || !n)
		return;
	if (buf_add(&r->line, p, n)) {
		*too_long = 1;
		buf_clear(&r->line);
	}
}

int read_line(khaldun_reader *r)
{
	char tmp[4096];
	size_t n = 0;
	int c, got = 0, too_long = 0;

	buf_clear(&r->line);
	if (r->eof)
		return LINE_EOF;
	for (;;) {
#ifdef RD_GET_AREA
		/* the bytes stdio holds already: up to the line break in one memchr and one copy */
		FILE *fp = r->fp;
		if (fp->_IO_read_ptr < fp->_IO_read_end) {
			char *bp = fp->_IO_read_ptr, *be = fp->_IO_read_end;
			char *nl = memchr(bp, '\n', (size_t)(be - bp));
			got = 1;
			line_add(r, tmp, n, &too_long);   /* the byte getc took before the refill */
			n = 0;
			line_add(r, bp, (size_t)((nl ? nl : be) - bp), &too_long);
			fp->_IO_read_ptr = nl ? nl + 1 : be;
			if (nl) {
				c = '\n';
				break;
			}
			continue;
		}
#endif
		/* an empty buffer: getc refills it with one read (a pipe streams line by line) */
		if ((c = rd_getc(r->fp)) == EOF)
			break;
		got = 1;
		if (c == '\n')
			break;
		if (too_long)
			continue;
		tmp[n++] = (char)c;
		if (n == sizeof tmp) {
			line_add(r, tmp, n, &too_long);
			n = 0;
		}
	}
	if (c == EOF) {
		r->eof = 1;
		if (ferror(r->fp)) {
			r->io_error = 1;
			read_report(r, KHALDUN_ERROR, r->lineno + 1, 0, 0, "read error: %s",
				    strerror(errno));
			return LINE_IO;
		}
		if (!got)
			return LINE_EOF;
	}
	r->lineno++;
	line_add(r, tmp, n, &too_long);
	if (too_long)
		return LINE_TOO_LONG;
	if (r->line.len && r->line.p[r->line.len - 1] == '\r')
		r->line.p[--r->line.len] = 0;
	if (r->lineno == 1 && read_is_utf16(r->line.p, r->line.len)) {
		read_report(r, KHALDUN_ERROR, 1, 0, 0, "UTF-16 input: convert to UTF-8 (for "
			    "example iconv -f UTF-16 -t UTF-8); file skipped");
		r->skipped++;
		r->eof = 1;
		buf_clear(&r->line);
		return LINE_EOF;
	}
	if (r->lineno == 1 && r->line.len >= 3 && !memcmp(r->line.p, "\xEF\xBB\xBF", 3)) {
		memmove(r->line.p, r->line.p + 3, r->line.len - 2);
		r->line.len -= 3;
	}
	if (!r->line.p)
		buf_add(&r->line, "", 0);  /* an empty line still has a NUL-terminated p */
	return LINE_OK;
}

int read_set_date(khaldun_reader *r, const char *s, size_t n)
{
	long d = date_parse_field(s, n);
	if (!d)
		return -1;
	date_to_iso(d, r->date);
	return 0;
}

int read_whole(khaldun_reader *r, buf *b)
{
	char tmp[65536];
	size_t n;
	buf_clear(b);
	while ((n = fread(tmp, 1, sizeof tmp, r->fp)) > 0) {
		if (buf_add(b, tmp, n)) {
			read_report(r, KHALDUN_ERROR, 0, 0, 0, "document larger than %s (limit "
				    "document)", read_size(r, r->limits.document));
			r->eof = 1;
			return -1;
		}
	}
	r->eof = 1;
	if (ferror(r->fp)) {
		r->io_error = 1;
		read_report(r, KHALDUN_ERROR, 0, 0, 0, "read error: %s", strerror(errno));
		return -1;
	}
	if (!b->p && buf_add(b, "", 0))
		return -1;
	return 0;
}

static void whole_state_free(void *p)
{
	whole_state *s = p;
	if (!s)
		return;
	buf_free(&s->raw);
	buf_free(&s->text);
	free(s);
}

whole_state *read_whole_story(khaldun_reader *r, int *rc)
{
	whole_state *s = r->state;
	if (!s) {
		s = calloc(1, sizeof *s);
		if (!s) {
			*rc = KHALDUN_ERR_NOMEM;
			return NULL;
		}
		buf_init(&s->raw, r->limits.document);
		buf_init(&s->text, 3 * r->limits.document);
		r->state = s;
		r->state_free = whole_state_free;
	}
	*rc = KHALDUN_EOF;
	if (s->done)
		return NULL;
	s->done = 1;
	if (read_whole(r, &s->raw)) {
		r->skipped++;
		if (r->io_error)
			*rc = KHALDUN_ERR_IO;
		return NULL;
	}
	return s;
}
