/* test_jsonl.c - the story readers (JSON lines and plain text): fields, escapes, positions of
 * errors, skip-and-go-on, hostile input (invalid UTF-8, NUL bytes, a 20 MB line, truncated
 * JSON, deep nesting), dates and defaults, CRLF, and dispatch to the TABARI reader. */
#include "check.h"
#include "khaldun.h"
#include <stdlib.h>

typedef struct {
	int errors, warnings;
	long line, col;
	char msg[512];      /* the last error (or, if none yet, the last warning) */
	char all[4096];     /* every message, one a line: "sev line:col msg" */
} diags;

static void on_diag(void *ctx, const khaldun_diag *d)
{
	diags *g = ctx;
	if (d->severity == KHALDUN_ERROR)
		g->errors++;
	else if (d->severity == KHALDUN_WARNING)
		g->warnings++;
	if (d->severity == KHALDUN_ERROR || !g->errors) {
		snprintf(g->msg, sizeof g->msg, "%s", d->message);
		g->line = d->line;
		g->col = d->column;
	}
	size_t n = strlen(g->all);
	snprintf(g->all + n, sizeof g->all - n, "%c %s:%ld:%ld: %s\n",
		 d->severity == KHALDUN_ERROR ? 'E' : 'W', d->file, d->line, d->column, d->message);
}

/* A reader over an in-memory input (bytes may include NULs). */
typedef struct {
	FILE *fp;
	khaldun_reader *r;
	diags d;
} rd;

static void rd_open(rd *x, const char *data, size_t n, enum khaldun_format fmt, const char *date)
{
	memset(x, 0, sizeof *x);
	x->fp = tmpfile();
	fwrite(data, 1, n, x->fp);
	rewind(x->fp);
	khaldun_reader_new(&x->r, x->fp, "s.jsonl", fmt, date, on_diag, &x->d);
}

#define OPEN(x, lit, fmt, date) rd_open(x, lit, sizeof lit - 1, fmt, date)

/* A reader over a temporary file the caller writes between rd_file and rd_read. */
static void rd_file(rd *x)
{
	memset(x, 0, sizeof *x);
	x->fp = tmpfile();
}

static void rd_read(rd *x, const char *name, enum khaldun_format fmt)
{
	rewind(x->fp);
	khaldun_reader_new(&x->r, x->fp, name, fmt, NULL, on_diag, &x->d);
}

static void rd_close(rd *x)
{
	khaldun_reader_free(x->r);
	fclose(x->fp);
}

static void fields(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "{\"id\": \"a1\", \"date\": \"2025-11-09\", \"text\": \"Kabul warned.\", "
	     "\"title\": \"T\", \"source\": \"ANI\", \"url\": \"http://x/\"}\n"
	     "\n   \n"
	     "{\"extra\": {\"a\": [1, -2.5e+3, true, false, null, {\"b\": []}], \"c\": {}}, "
	     "\"text\":\"Second.\",\"id\":42,\"date\":\"20251110\",\"title\":null}\r\n"
	     "{\"id\":\"last\",\"date\":\"2025-11-11T08:00:00Z\",\"text\":\"Last.\"}\n"
	     "{\"id\":\"pub\",\"published\":\"2025-03-14 20:30:26Z\",\"text\":\"No newline at end.\"}",
	     KHALDUN_FMT_JSONL, NULL);
	CHECK(x.r != NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "a1");
	CHECK_STR(s.date, "2025-11-09");
	CHECK_STR(s.text, "Kabul warned.");
	CHECK_INT(s.text_len, 13);
	CHECK_STR(s.title, "T");
	CHECK_STR(s.source, "ANI");
	CHECK_STR(s.url, "http://x/");
	CHECK_STR(s.file, "s.jsonl");
	CHECK_INT(s.line, 1);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "42");
	CHECK_STR(s.date, "2025-11-10");
	CHECK_STR(s.text, "Second.");
	CHECK(s.title == NULL && s.source == NULL && s.url == NULL);
	CHECK_INT(s.line, 4);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "last");
	CHECK_STR(s.date, "2025-11-11");
	CHECK_INT(s.line, 5);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "pub");
	CHECK_STR(s.date, "2025-03-14");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 0);
	CHECK_INT(x.d.errors + x.d.warnings, 0);
	rd_close(&x);
}

static void escapes(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "{\"id\":\"e\",\"date\":\"2025-01-01\",\"text\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t "
	     "\\u00e9 \\u4E2D \\ud83d\\ude00 \\u00E9\"}\n"
	     "{\"id\":\"lone\",\"date\":\"2025-01-01\",\"text\":\"a\\ud800b\\udc00c\"}\n"
	     "{\"id\":\"\\u0069\\u0064\",\"date\":\"2025-01-01\",\"\\u0074ext\":\"escaped key\"}\n",
	     KHALDUN_FMT_JSONL, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.text, "q\" b\\ s/ \b\f\n\r\t \xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80 \xC3\xA9");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
	CHECK_INT(x.d.warnings, 1);   /* once per record */
	CHECK_INT(x.d.col, 43);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "id");
	CHECK_STR(s.text, "escaped key");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(x.d.errors, 0);
	rd_close(&x);
}

/* One bad line between two good ones: checks the error's message and column, that it is
 * the only error, that the record is skipped and the next one read. */
static void one_bad(int line, const char *bad, long col, const char *msg)
{
	rd x;
	khaldun_story s;
	char in[1024];
	int n = snprintf(in, sizeof in, "{\"id\":\"ok1\",\"date\":\"2025-01-01\",\"text\":\"a\"}\n"
			 "%s\n{\"id\":\"ok2\",\"date\":\"2025-01-01\",\"text\":\"b\"}\n", bad);
	rd_open(&x, in, (size_t)n, KHALDUN_FMT_JSONL, NULL);
	int ok = khaldun_reader_next(x.r, &s) == KHALDUN_OK && !strcmp(s.id, "ok1");
	ok = ok && khaldun_reader_next(x.r, &s) == KHALDUN_OK && !strcmp(s.id, "ok2");
	ok = ok && s.line == 3 && khaldun_reader_next(x.r, &s) == KHALDUN_EOF;
	ok = ok && khaldun_reader_skipped(x.r) == 1 && x.d.errors == 1 && x.d.line == 2;
	ok = ok && x.d.col == col && !strcmp(x.d.msg, msg);
	if (!ok) {
		check_failures++;
		fprintf(stderr, "%s:%d: for %s\n  expected 2:%ld: %s\n  got: %s", __FILE__, line,
			bad, col, msg, x.d.all);
	}
	rd_close(&x);
}
#define BAD(in, col, msg) one_bad(__LINE__, in, col, msg)

static void syntax_errors(void)
{
	BAD("{\"id\": \"abc\" \"text\": \"x\"}", 14, "expected ',' or '}' after a member, found '\"'");
	BAD("{\"id\": \"abc\", \"text\": \"unterminated", 36,
	    "unterminated string (it starts at column 23)");
	BAD("{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"t\"", 41,
	    "expected ',' or '}' after a member, found end of line");
	BAD("[1, 2]", 1, "expected '{' at the start of a record, found '['");
	BAD("{\"id\":\"a\",\"text\":\"t\",\"date\":\"2025-01-01\"} x", 43,
	    "expected end of line after the record's closing '}', found 'x'");
	BAD("{\"id\" \"a\"}", 7, "expected ':' after a member name, found '\"'");
	BAD("{id: \"a\"}", 2, "expected a member name (a string), found 'i'");
	BAD("{\"id\":\"a\",}", 11, "expected a member name (a string), found '}'");
	BAD("{\"text\": 5}", 10, "expected a string for \"text\", found '5'");
	BAD("{\"x\": [1, 2,, 3]}", 13, "expected a value, found ','");
	BAD("{\"x\": [1 2]}", 10, "expected ',' or ']' after an array element, found '2'");
	BAD("{\"x\": {\"a\" 1}}", 12, "expected ':' after a member name, found '1'");
	BAD("{\"x\": tru}", 7, "expected a value, found 't'");
	BAD("{\"x\": 01}", 8, "expected ',' or '}' after a member, found '1'");
	BAD("{\"x\": 1.}", 9, "expected a digit after '.', found '}'");
	BAD("{\"x\": -}", 7, "expected a value, found '-'");
	BAD("{\"x\": 1e}", 9, "expected a digit in the exponent, found '}'");
	BAD("{\"x\": \"a\\qb\"}", 9, "invalid escape '\\' followed by 'q'");
	BAD("{\"x\": \"\\u12G4\"}", 8, "expected 4 hex digits after \\u");
	BAD("{\"id\":\"n\",\"text\":\"a\\u0000b\"}", 20, "\\u0000 (a NUL character) in a string");
	BAD("{\"x\": \"tab\there\"}", 11, "unescaped control character 0x09 in a string");
	BAD("{\"x\": [1, {\"a\": [}]}", 18, "expected a value, found '}'");
	BAD("{\"x\": [1, {\"a\": 2]}", 18, "expected ',' or '}' after a member, found ']'");
	BAD("{\"x\": \xC3\xA9}", 7, "expected a value, found byte 0xC3");
	BAD("{", 2, "expected a member name (a string), found end of line");
}

static void story_rules(void)
{
	BAD("{\"id\": \"abc\", \"date\": \"2025-01-01\"}", 0, "story \"abc\": missing \"text\"");
	BAD("{\"id\": \"abc\", \"date\": \"2025-01-01\", \"text\": \" \\n \"}", 45,
	    "story \"abc\": empty \"text\"");
	BAD("{\"id\": \"abc\", \"text\": \"x\"}", 0, "story \"abc\": missing date (use --date)");
	BAD("{\"id\": \"abc\", \"text\": \"x\", \"date\": \"2025-02-30\"}", 36,
	    "story \"abc\": invalid date \"2025-02-30\" (expected YYYY-MM-DD; use --date to give a default)");
	BAD("{\"text\": \"x\"}", 0, "story \"s.jsonl:2\": missing date (use --date)");
	BAD("{\"id\": \"abc\", \"text\": \"x\", \"published\": \"soon\"}", 41,
	    "story \"abc\": invalid date \"soon\" (expected YYYY-MM-DD; use --date to give a default)");
	BAD("{\"id\": \"abc\", \"text\": \"x\", \"date\": 1735689600}", 36,
	    "story \"abc\": invalid date \"1735689600\" (expected YYYY-MM-DD; use --date to give a default)");
	BAD("{\"id\": \"abc\", \"text\": \"x\", \"date\": [2025]}", 36,
	    "expected a string for \"date\", found '['");
	BAD("{\"id\": [1], \"text\": \"x\", \"date\": \"2025-01-01\"}", 8,
	    "expected a string for \"id\", found '['");
}

/* Issue 9 item 7: a number date is a date; a value of the wrong type in an optional member
 * is ignored with a warning naming it, and the story is kept; "date" of the wrong type falls
 * back to --date with a warning, as a bad date string does. */
static void member_types(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "{\"id\":\"n\",\"date\":20250101,\"text\":\"a\"}\n"
	     "{\"id\":\"t\",\"date\":\"2025-01-02\",\"source\":[\"x\"],\"title\":5,\"url\":{\"u\":1},"
	     "\"published\":true,\"text\":\"b\"}\n"
	     "{\"id\":\"d\",\"date\":{\"y\":2025},\"text\":\"c\"}\n",
	     KHALDUN_FMT_JSONL, "2024-02-29");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "n");
	CHECK_STR(s.date, "2025-01-01");
	CHECK_INT(x.d.warnings, 0);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "t");
	CHECK_STR(s.date, "2025-01-02");
	CHECK_STR(s.text, "b");
	CHECK(s.source == NULL && s.title == NULL && s.url == NULL);
	CHECK_INT(x.d.warnings, 4);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "d");
	CHECK_STR(s.date, "2024-02-29");
	CHECK_INT(x.d.warnings, 5);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 0);
	CHECK_INT(x.d.errors, 0);
	rd_close(&x);
}

static void defaults(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "{\"id\":\"a\",\"text\":\"x\"}\n"
	     "{\"id\":\"b\",\"text\":\"y\"}\n"
	     "{\"id\":\"c\",\"text\":\"z\",\"date\":\"garbage\"}\n"
	     "{\"id\":\"d\",\"text\":\"z\",\"date\":\"251109\"}\n"
	     "{\"text\":\"no id\",\"id\":\"\"}\n",
	     KHALDUN_FMT_JSONL, "2024-02-29");
	CHECK(x.r != NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.date, "2024-02-29");
	CHECK_INT(x.d.warnings, 1);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.date, "2024-02-29");
	CHECK_INT(x.d.warnings, 1);          /* the missing-date warning comes once */
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "c");
	CHECK_STR(s.date, "2024-02-29");
	CHECK_INT(x.d.warnings, 2);          /* an invalid date warns each time */
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.date, "2025-11-09");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "s.jsonl:5");
	CHECK_STR(x.d.msg, "record has no \"id\"; using \"s.jsonl:5\"");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 0);
	CHECK_INT(x.d.errors, 0);
	rd_close(&x);

	diags d = { 0 };
	khaldun_reader *bad;
	CHECK(khaldun_reader_new(&bad, stdin, "x", KHALDUN_FMT_JSONL, "2025-13-01", on_diag, &d)
	      == KHALDUN_ERR_ARG && !bad);
	CHECK_INT(d.errors, 1);
	CHECK(khaldun_reader_new(&bad, NULL, "x", KHALDUN_FMT_JSONL, NULL, on_diag, &d)
	      == KHALDUN_ERR_ARG && !bad);
	CHECK(khaldun_reader_new(&bad, stdin, "x", (enum khaldun_format)7, NULL, NULL, NULL)
	      == KHALDUN_ERR_ARG && !bad);
	khaldun_reader_free(NULL);
	CHECK_INT(khaldun_reader_skipped(NULL), 0);
}

static void hostile_bytes(void)
{
	rd x;
	khaldun_story s;
	/* invalid UTF-8: a stray continuation byte, a truncated sequence, an overlong, a
	 * surrogate; then a NUL byte record; then a good one */
	static const char in[] =
		"{\"id\":\"u\",\"date\":\"2025-01-01\",\"text\":\"a\x80" "b\xE2\x80 c\xC0\xAF" "d\xED\xA0\x80" "e\"}\n"
		"{\"id\":\"n\",\"date\":\"2025-01-01\",\"text\":\"a\0b\"}\n"
		"{\"id\":\"ok\",\"date\":\"2025-01-01\",\"text\":\"fine\"}\n";
	rd_open(&x, in, sizeof in - 1, KHALDUN_FMT_JSONL, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "u");
	CHECK_STR(s.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD c\xEF\xBF\xBD\xEF\xBF\xBD"
		  "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e");
	CHECK_INT(x.d.warnings, 1);
	CHECK_STR(x.d.msg, "invalid UTF-8 at byte 40 of the line (replaced with U+FFFD)");
	CHECK_INT(x.d.col, 40);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "ok");
	CHECK_INT(s.line, 3);
	CHECK_INT(x.d.errors, 1);
	CHECK_STR(x.d.msg, "NUL byte in record");
	CHECK_INT(x.d.line, 2);
	CHECK_INT(x.d.col, 40);
	CHECK_INT(khaldun_reader_skipped(x.r), 1);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	rd_close(&x);
}

static void huge_line(void)
{
	rd x;
	khaldun_story s;
	size_t big = 20u << 20;
	memset(&x, 0, sizeof x);
	x.fp = tmpfile();
	fputs("{\"id\":\"big\",\"date\":\"2025-01-01\",\"text\":\"", x.fp);
	char *chunk = malloc(1 << 20);
	memset(chunk, 'a', 1 << 20);
	for (size_t i = 0; i < big >> 20; i++)
		fwrite(chunk, 1, 1 << 20, x.fp);
	free(chunk);
	fputs("\"}\n{\"id\":\"after\",\"date\":\"2025-01-01\",\"text\":\"b\"}\n", x.fp);
	/* just under the ceiling is fine: 16 MiB - 100 bytes of text */
	fputs("{\"id\":\"edge\",\"date\":\"2025-01-01\",\"text\":\"", x.fp);
	for (size_t i = 0; i < (16u << 20) - 100; i++)
		putc('x', x.fp);
	fputs("\"}\n", x.fp);
	rewind(x.fp);
	khaldun_reader_new(&x.r, x.fp, "big.jsonl", KHALDUN_FMT_JSONL, NULL, on_diag, &x.d);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "after");
	CHECK_INT(s.line, 2);
	CHECK_INT(x.d.errors, 1);
	CHECK_STR(x.d.msg, "record longer than 16 MiB (limit story)");
	CHECK_INT(x.d.line, 1);
	CHECK_INT(khaldun_reader_skipped(x.r), 1);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "edge");
	CHECK_INT(s.text_len, (16u << 20) - 100);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	rd_close(&x);
}

static void deep_nesting(void)
{
	rd x;
	khaldun_story s;
	size_t depth = 100000, n = 0;
	char *in = malloc(2 * depth + 4096);
	n = (size_t)sprintf(in, "{\"x\":");
	memset(in + n, '[', depth);
	n += depth;
	memset(in + n, ']', depth);
	n += depth;
	n += (size_t)sprintf(in + n, ",\"id\":\"d\",\"date\":\"2025-01-01\",\"text\":\"t\"}\n");
	/* 256 levels are fine */
	n += (size_t)sprintf(in + n, "{\"x\":");
	for (int i = 0; i < 128; i++)
		n += (size_t)sprintf(in + n, "{\"a\":[");
	n += (size_t)sprintf(in + n, "1");
	for (int i = 0; i < 128; i++)
		n += (size_t)sprintf(in + n, "]}");
	n += (size_t)sprintf(in + n, ",\"id\":\"ok\",\"date\":\"2025-01-01\",\"text\":\"t\"}\n");
	rd_open(&x, in, n, KHALDUN_FMT_JSONL, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "ok");
	CHECK_INT(x.d.errors, 1);
	CHECK_STR(x.d.msg, "values nested deeper than 256 levels");
	CHECK_INT(x.d.col, 6 + 256);
	CHECK_INT(khaldun_reader_skipped(x.r), 1);
	rd_close(&x);
	free(in);
}

static void text_format(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "\n\nHeadline here\r\nFirst line.\r\nSecond line.\r\n\r\n"
	     "Date: 2025-11-08\nA dated story.\n\n\n"
	     "  date:20251107  \nAnother.\nTwo lines.\n"
	     "   \t\n"
	     "Date: 2025-02-30\nbad date story\n\n"
	     "Date: 2025-11-01\n\n"
	     "Has a NUL \0 here\nmore\n\n"
	     "Bad \xFF byte\n",
	     KHALDUN_FMT_TEXT, "2025-11-09");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "s.jsonl:3");
	CHECK_STR(s.date, "2025-11-09");
	CHECK_STR(s.text, "Headline here\nFirst line.\nSecond line.");
	CHECK_INT(s.text_len, strlen(s.text));
	CHECK_INT(s.line, 3);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.id, "s.jsonl:7");
	CHECK_STR(s.date, "2025-11-08");
	CHECK_STR(s.text, "A dated story.");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.date, "2025-11-07");
	CHECK_STR(s.text, "Another.\nTwo lines.");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.text, "Bad \xEF\xBF\xBD byte");
	CHECK_STR(s.id, "s.jsonl:23");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 3);
	CHECK_INT(x.d.errors, 3);
	CHECK_INT(x.d.warnings, 1);
	CHECK(strstr(x.d.all, "E s.jsonl:15:7: story \"s.jsonl:15\": invalid date on the Date: line") != NULL);
	CHECK(strstr(x.d.all, "E s.jsonl:18:0: story \"s.jsonl:18\": no text after the Date: line") != NULL);
	CHECK(strstr(x.d.all, "E s.jsonl:20:11: story \"s.jsonl:20\": NUL byte in story") != NULL);
	CHECK(strstr(x.d.all, "W s.jsonl:23:5: invalid UTF-8 at byte 5 of the line") != NULL);
	rd_close(&x);

	/* no default date: each undated story is reported and skipped */
	OPEN(&x, "One.\n\nDate: 2025-01-01\nTwo.\n\nThree.\n", KHALDUN_FMT_TEXT, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.text, "Two.");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 2);
	CHECK(strstr(x.d.all, "E s.jsonl:1:0: story \"s.jsonl:1\": missing date (use --date)") != NULL);
	CHECK(strstr(x.d.all, "E s.jsonl:6:0: story \"s.jsonl:6\": missing date (use --date)") != NULL);
	rd_close(&x);

	/* empty input */
	OPEN(&x, "", KHALDUN_FMT_TEXT, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	rd_close(&x);
}

static void text_huge(void)
{
	rd x;
	khaldun_story s;
	rd_file(&x);
	fputs("Date: 2025-01-01\nstart\n", x.fp);
	for (size_t i = 0; i < (17u << 20); i++)
		putc(i % 80 == 79 ? '\n' : 'w', x.fp);
	fputs("\n\nSmall story.\n", x.fp);
	rd_read(&x, "t.txt", KHALDUN_FMT_TEXT);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(x.d.errors, 2);  /* the big story, then the small one has no date */
	CHECK(strstr(x.d.all, "story \"t.txt:1\": story longer than 16 MiB") != NULL);
	CHECK_INT(khaldun_reader_skipped(x.r), 2);
	rd_close(&x);
}

static void bom_and_eof(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "\xEF\xBB\xBF{\"id\":\"b\",\"date\":\"2025-01-01\",\"text\":\"bom\"}\n"
	     "{\"id\":\"t\",\"date\":\"2025-01-01\",\"text\":\"trunc",
	     KHALDUN_FMT_JSONL, NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
	CHECK_STR(s.text, "bom");
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(x.d.errors, 1);
	CHECK_INT(x.d.line, 2);
	CHECK_STR(x.d.msg, "unterminated string (it starts at column 38)");
	CHECK_INT(khaldun_reader_skipped(x.r), 1);
	rd_close(&x);
}

/* TABARI records belong to tabari.c; here only the dispatch: text without a record ends
 * cleanly. */
static void tabari_dispatch(void)
{
	rd x;
	khaldun_story s;
	OPEN(&x, "some text\n", KHALDUN_FMT_TABARI, NULL);
	CHECK(x.r != NULL);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	rd_close(&x);
}

/* Each byte a JSON string treats apart (quote, backslash escape, a control character, UTF-8
 * valid and not, DEL which is plain) at every offset of a 24-byte text: the reader finds
 * runs of plain bytes eight at a time. */
static void string_offsets(void)
{
	static const struct { const char *in, *out; int err; } sp[] = {
		{ "\\\"", "\"", 0 }, { "\\\\", "\\", 0 }, { "\\n", "\n", 0 },
		{ "\\u00e9", "\xc3\xa9", 0 }, { "\xc3\xa9", "\xc3\xa9", 0 },
		{ "\x7f", "\x7f", 0 }, { "\xff", "\xef\xbf\xbd", 0 }, { "\x01", NULL, 1 },
	};
	for (size_t k = 0; k < sizeof sp / sizeof *sp; k++)
		for (int at = 0; at < 24; at++) {
			char line[160], want[64];
			snprintf(line, sizeof line, "{\"id\":\"x\",\"date\":\"2025-01-01\",\"text\":"
				 "\"%.*s%s%.*s\"}\n", at, "abcdefghijklmnopqrstuvwx", sp[k].in,
				 23 - at, "ABCDEFGHIJKLMNOPQRSTUVWX");
			rd x;
			khaldun_story s;
			rd_open(&x, line, strlen(line), KHALDUN_FMT_JSONL, NULL);
			int rc = khaldun_reader_next(x.r, &s);
			if (sp[k].err) {
				CHECK_INT(rc, KHALDUN_EOF);
				CHECK_INT(x.d.errors, 1);
			} else {
				snprintf(want, sizeof want, "%.*s%s%.*s", at, "abcdefghijklmnopqrstuvwx",
					 sp[k].out, 23 - at, "ABCDEFGHIJKLMNOPQRSTUVWX");
				CHECK_INT(rc, KHALDUN_OK);
				CHECK_STR(s.text, want);
			}
			rd_close(&x);
		}
}

/* Lines longer and shorter than stdio's buffer, so that line breaks fall anywhere in it and
 * lines straddle its refills (read_line copies runs of the buffer): every record whole, in
 * order, with its comment apart, and a line past the ceiling consumed without its neighbours. */
static void lines_across_buffers(void)
{
	rd x;
	khaldun_story s;
	rd_file(&x);
	unsigned seed = 7;
	size_t lens[400];
	for (int i = 0; i < 400; i++) {
		seed = seed * 1103515245u + 12345u;
		lens[i] = i == 150 ? 9000 : (seed >> 8) % 6000;
		fprintf(x.fp, "250314 R%03d\n", i);
		for (size_t k = 0; k < lens[i]; k++)
			putc('a' + (int)((k + (size_t)i) % 26), x.fp);
		fputs(i % 7 ? "\n\n" : " /* kept */\n\n", x.fp);
	}
	rd_read(&x, "r.txt", KHALDUN_FMT_TABARI);
	khaldun_limits lim = { 0 };
	lim.story = 8192;
	khaldun_reader_set_limits(x.r, &lim);
	for (int i = 0; i < 400; i++) {
		if (i == 150)
			continue;   /* longer than the ceiling: skipped */
		char id[16];
		snprintf(id, sizeof id, "R%03d", i);
		CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_OK);
		CHECK_STR(s.id, id);
		size_t want = lens[i] + (i % 7 ? 1 : 2);   /* the text, a blank (two before a comment) */
		CHECK_INT(s.text_len, want);
		int ok = 1;
		for (size_t k = 0; k < lens[i] && ok; k++)
			ok = s.text[k] == 'a' + (int)((k + (size_t)i) % 26);
		CHECK(ok);
		CHECK(i % 7 ? s.comment == NULL : s.comment && !strcmp(s.comment, " kept \n"));
	}
	CHECK_INT(khaldun_reader_next(x.r, &s), KHALDUN_EOF);
	CHECK_INT(khaldun_reader_skipped(x.r), 1);
	rd_close(&x);
}

/* Real files, when the shared fixtures are there: all records read, none skipped. */
static void real_files(void)
{
	const char *files[] = { shared_path("seed/istanbul-talks.jsonl"),
				shared_path("eval/dev.jsonl"),
				shared_path("corpus/voa_stories.jsonl") };
	for (size_t f = 0; f < 3; f++) {
		FILE *fp = fopen(files[f], "rb");
		if (!fp) {
			check_skip("real_files", files[f]);
			continue;
		}
		diags d = { 0 };
		khaldun_reader *r;
		khaldun_reader_new(&r, fp, files[f], KHALDUN_FMT_JSONL, NULL,
						       on_diag, &d);
		khaldun_story s;
		size_t n = 0;
		while (khaldun_reader_next(r, &s) == KHALDUN_OK)
			n++;
		CHECK(n > 0);
		CHECK_INT(khaldun_reader_skipped(r), 0);
		CHECK_INT(d.errors + d.warnings, 0);
		if (f == 1)
			CHECK_INT(n, 1349);
		if (f == 2)   /* dated by "published": "2025-03-14 20:30:26Z" */
			CHECK_INT(n, 89);
		khaldun_reader_free(r);
		fclose(fp);
	}
}

TEST_MAIN(T(fields), T(escapes), T(syntax_errors), T(story_rules), T(member_types), T(defaults),
	  T(hostile_bytes), T(huge_line), T(deep_nesting), T(text_format), T(text_huge),
	  T(bom_and_eof), T(tabari_dispatch), T(string_offsets), T(lines_across_buffers), T(real_files))
