/*
 * tabari.c - TABARI text records (KHALDUN_FMT_TABARI): a line starting with a digit holds the
 * date (YYMMDD or YYYYMMDD) and the record id; text lines follow until a blank line.
 * Text between comment delimiters is not coded; it is handed to the caller as
 * story->comment (validation records keep their expected events there). Blocks that do not
 * start with a date line are comments and are skipped, as TABARI does.
 */
#include "read/reader.h"
#include <ctype.h>
#include <string.h>

/* Reports the line just read as over the story limit (it is skipped). */
static void tabari_too_long(khaldun_reader *r)
{
	read_report(r, KHALDUN_ERROR, r->lineno, 0, 0, "line longer than %s skipped (limit story)",
		    read_size(r, r->limits.story));
}

/* Reads up to the next record's date line. Returns KHALDUN_OK, KHALDUN_EOF or an error. */
static int tabari_find_date_line(khaldun_reader *r)
{
	for (;;) {
		int st = read_line(r);
		if (st == LINE_EOF)
			return KHALDUN_EOF;
		if (st == LINE_IO)
			return KHALDUN_ERR_IO;
		if (st == LINE_TOO_LONG) {
			tabari_too_long(r);
			r->skipped++;
			continue;
		}
		if (r->line.len && isdigit((unsigned char)r->line.p[0]))
			return KHALDUN_OK;
	}
}

/* The date digits and the id of the date line in r->line. */
static void tabari_read_head(khaldun_reader *r, khaldun_story *out)
{
	const char *l = r->line.p;
	size_t nd = 0;
	while (isdigit((unsigned char)l[nd]))
		nd++;
	out->record_date = arena_strndup(&r->arena, l, nd);
	const char *id = l + nd;
	while (*id == ' ' || *id == '\t')
		id++;
	size_t idn = strlen(id);
	while (idn && (id[idn - 1] == ' ' || id[idn - 1] == '\t'))
		idn--;
	out->id = arena_strndup(&r->arena, id, idn);
	out->file = r->name;
	out->line = r->lineno;
	out->one_sentence = 1;
}

/* 1 when p[0..n) holds a comment's opening slash-star. */
static int opens_comment(const char *p, size_t n)
{
	for (const char *q = p, *e = p + n; (q = memchr(q, '/', (size_t)(e - q))) && q + 1 < e; q++)
		if (q[1] == '*')
			return 1;
	return 0;
}

/* Splits one text line p[0..n) into its text (appended to r->tmp, then a blank) and its
 * comments (appended to comment), carrying *in_comment across lines. Returns -1 when the text
 * passes the ceiling. */
static int tabari_split_line(khaldun_reader *r, const char *p, size_t n, buf *comment,
			     int *in_comment)
{
	int too_long = 0;
	size_t run = 0;  /* start of the current run of text outside comments */
	/* the common line: no comment open and none opening in it, all text at once */
	if (!*in_comment && !opens_comment(p, n)) {
		if (n && utf8_repair(&r->tmp, p, n))
			too_long = 1;
		buf_addc(&r->tmp, ' ');
		return too_long ? -1 : 0;
	}
	for (size_t i = 0; i <= n; i++) {
		int opens = !*in_comment && i + 1 < n && p[i] == '/' && p[i + 1] == '*';
		if (!*in_comment && (i == n || opens)) {
			if (i > run && utf8_repair(&r->tmp, p + run, i - run))
				too_long = 1;
			if (opens) {
				*in_comment = 1;
				i++;
			}
			continue;
		}
		if (i == n)
			break;
		if (*in_comment && p[i] == '*' && i + 1 < n && p[i + 1] == '/') {
			*in_comment = 0;
			buf_addc(comment, '\n');
			i++;
			run = i + 1;
			continue;
		}
		if (*in_comment)
			buf_addc(comment, p[i]);
	}
	if (*in_comment)
		buf_addc(comment, '\n');
	else
		buf_addc(&r->tmp, ' ');
	return too_long ? -1 : 0;
}

/* The record's text lines, up to a blank line (which ends a record even inside an open
 * comment), into r->tmp and comment. Returns -1 when a line or the text was too long. */
static int tabari_read_body(khaldun_reader *r, buf *comment)
{
	int in_comment = 0, too_long = 0;
	buf_clear(&r->tmp);
	for (;;) {
		int st = read_line(r);
		if (st == LINE_EOF || st == LINE_IO)
			break;
		if (st == LINE_TOO_LONG) {
			tabari_too_long(r);
			too_long = 1;
			continue;
		}
		const char *p = r->line.p;
		size_t n = r->line.len, k = 0;
		while (k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (k == n)
			break;
		if (tabari_split_line(r, p, n, comment, &in_comment))
			too_long = 1;
	}
	return too_long ? -1 : 0;
}

int tabari_next(khaldun_reader *r, khaldun_story *out)
{
	for (;;) {   /* a record too long is skipped: then the next one */
		int rc = tabari_find_date_line(r);
		if (rc != KHALDUN_OK)
			return rc;
		tabari_read_head(r, out);
		buf comment;
		buf_init(&comment, r->limits.story);
		if (tabari_read_body(r, &comment)) {
			read_report(r, KHALDUN_ERROR, out->line, 0, 0,
				    "record \"%.40s\" skipped: too long", out->id);
			r->skipped++;
			buf_free(&comment);
			continue;
		}
		out->text = arena_strndup(&r->arena, r->tmp.p ? r->tmp.p : "", r->tmp.len);
		out->text_len = r->tmp.len;
		out->comment = comment.len ? arena_strndup(&r->arena, comment.p,
			comment.len) : NULL;
		buf_free(&comment);
		return KHALDUN_OK;
	}
}
