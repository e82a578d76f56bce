/*
 * detect.c - see detect.h: the input format by extension, else by content, for `ingest` and
 * `code`. A .txt is text blocks only when at least two blank-line separated blocks open with a
 * "Date:" line (a single leading Date:/Title: header is an article's, read by the file reader).
 */
#include "detect.h"
#include "sniff.h"
#include "unpack.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { HEAD = 65536 };

/* 1 when s, without a trailing .gz or .zip, ends with suffix (any case). */
static int ends_with(const char *s, const char *suffix)
{
	size_t n = unpack_name_len(s), k = strlen(suffix);
	return n >= k && !strcasecmp(s + n - k, suffix);
}

/* 1 when the line at p (spaces allowed before) is "Date: <digit>..." in any case. */
static int date_line(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	if (strncasecmp(p, "date:", 5))
		return 0;
	p += 5;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p >= '0' && *p <= '9';
}

/* The number of blocks (runs of non-blank lines) in head whose first line is a Date: line. */
static size_t dated_blocks(const char *head)
{
	size_t n = 0;
	int at_block_start = 1;
	for (const char *p = head; *p; ) {
		const char *eol = strchr(p, '\n');
		const char *end = eol ? eol : p + strlen(p), *q = p;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		int blank = q == end;
		if (blank)
			at_block_start = 1;
		else {
			if (at_block_start && date_line(p))
				n++;
			at_block_start = 0;
		}
		if (!eol)
			break;
		p = eol + 1;
	}
	return n;
}

enum khaldun_format cli_detect_format(const char *path, FILE **fpp)
{
	static const struct { const char *ext; enum khaldun_format fmt; } exts[] = {
		{ ".jsonl", KHALDUN_FMT_JSONL }, { ".ndjson", KHALDUN_FMT_JSONL },
		{ ".json", KHALDUN_FMT_JSONL }, { ".rss", KHALDUN_FMT_RSS },
		{ ".atom", KHALDUN_FMT_RSS }, { ".rdf", KHALDUN_FMT_RSS },
		{ ".xml", KHALDUN_FMT_RSS },
		{ ".html", KHALDUN_FMT_HTML }, { ".htm", KHALDUN_FMT_HTML },
		{ ".xhtml", KHALDUN_FMT_HTML },
	};
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (ends_with(path, exts[i].ext))
			return exts[i].fmt;
	int plain = ends_with(path, ".txt") || ends_with(path, ".text");
	char *head = malloc(HEAD);
	size_t n;
	FILE *fp = head ? sniff_input(*fpp, head, HEAD, &n) : NULL;
	if (!fp) {
		free(head);
		fclose(*fpp);
		*fpp = NULL;
		return KHALDUN_FMT_FILE;
	}
	*fpp = fp;
	enum khaldun_format f = KHALDUN_FMT_FILE;
	size_t i = 0;
	if (n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
		i++;
	if (!plain && head[i] == '{')
		f = KHALDUN_FMT_JSONL;
	else if (!plain && head[i] == '<') {
		if (n > 1024)
			head[1024] = 0;   /* the feed's root element is looked for near the top */
		f = strstr(head, "<rss") || strstr(head, "<feed") || strstr(head, "<rdf:RDF")
			? KHALDUN_FMT_RSS : KHALDUN_FMT_HTML;
	} else if (dated_blocks(head + i) >= 2)
		f = KHALDUN_FMT_TEXT;
	free(head);
	return f;
}
