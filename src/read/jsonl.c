/*
 * jsonl.c - JSON-lines story reader (KHALDUN_FMT_JSONL): one story object per line,
 *   {"id": "...", "date": "YYYY-MM-DD", "text": "...", "title"?, "source"?, "url"?}
 * Unknown members are skipped whatever their value. A date may be an ISO timestamp; without
 * "date", a "published" timestamp (as in news-scraper output) dates the story. The parser is a
 * strict RFC 8259 parser over one line, written here so every complaint carries an exact line and
 * byte column. Invariants: each bad record gets exactly one error (and is counted in skipped) and
 * reading goes on at the next line; nesting is tracked with an explicit stack capped at
 * JSON_MAX_DEPTH, never by recursion; every string handed out is valid UTF-8 (bad bytes become
 * U+FFFD).
 */
#include "read/reader.h"
#include <stdarg.h>
#include <string.h>

#define JSON_MAX_DEPTH 256

enum { F_ID, F_DATE, F_TEXT, F_TITLE, F_SOURCE, F_URL, F_PUBLISHED, F_COUNT, F_UNKNOWN = F_COUNT };
static const char *const field_names[F_COUNT] = {
	"id", "date", "text", "title", "source", "url", "published"
};

typedef struct {
	khaldun_reader *r;
	const char *p;
	size_t n, i;
	int failed;           /* the record's one error has been reported */
	int warned_surrogate;
} jparse;

/* Describes what is at p[at] for "expected X, found Y" messages. */
static const char *found(const jparse *j, size_t at, char tmp[16])
{
	if (at >= j->n)
		return "end of line";
	unsigned char c = (unsigned char)j->p[at];
	if (c >= 0x20 && c < 0x7F)
		snprintf(tmp, 16, "'%c'", c);
	else
		snprintf(tmp, 16, "byte 0x%02X", c);
	return tmp;
}

#define NO_COLUMN ((size_t)-1)

/* Reports the record's one error at byte `at` of the line (NO_COLUMN: about the whole record). */
static int jerr(jparse *j, size_t at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int jerr(jparse *j, size_t at, const char *fmt, ...)
{
	if (j->failed)
		return -1;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	j->failed = 1;
	read_report(j->r, KHALDUN_ERROR, j->r->lineno, at == NO_COLUMN ? 0 : (long)at + 1, 1,
		    "%s", msg);
	return -1;
}

/* Reports "expected WHAT, found ..." at the cursor. */
static int expected(jparse *j, const char *what)
{
	char tmp[16];
	return jerr(j, j->i, "expected %s, found %s", what, found(j, j->i, tmp));
}

static void ws(jparse *j)
{
	while (j->i < j->n && (j->p[j->i] == ' ' || j->p[j->i] == '\t' || j->p[j->i] == '\r'))
		j->i++;
}

static int hex4(const char *p, unsigned long *out)
{
	unsigned long v = 0;
	for (int k = 0; k < 4; k++) {
		char c = p[k];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned long)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned long)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* The escape at j->i (a backslash) inside the string opened at column `open`: appends what it
 * stands for to out (may be NULL) and moves past it. Returns 0 or -1 (reported). */
static int string_escape(jparse *j, buf *out, size_t open)
{
	size_t esc = j->i;
	if (j->i + 1 >= j->n)
		return jerr(j, j->n, "unterminated string (it starts at column %zu)", open + 1);
	char e = j->p[j->i + 1], lit = 0;
	j->i += 2;
	switch (e) {
	case '"': lit = '"'; break;
	case '\\': lit = '\\'; break;
	case '/': lit = '/'; break;
	case 'b': lit = '\b'; break;
	case 'f': lit = '\f'; break;
	case 'n': lit = '\n'; break;
	case 'r': lit = '\r'; break;
	case 't': lit = '\t'; break;
	case 'u': break;
	default: {
		char tmp[16];
		return jerr(j, esc, "invalid escape '\\' followed by %s", found(j, esc + 1, tmp));
	}
	}
	if (lit) {
		if (out && buf_addc(out, lit))
			return jerr(j, esc, "string too long");
		return 0;
	}
	unsigned long u;
	if (j->n - j->i < 4 || hex4(j->p + j->i, &u))
		return jerr(j, esc, "expected 4 hex digits after \\u");
	j->i += 4;
	if (u == 0)
		return jerr(j, esc, "\\u0000 (a NUL character) in a string");
	int lone = 0;
	if (u >= 0xD800 && u <= 0xDBFF) {
		unsigned long lo;
		if (j->n - j->i >= 6 && j->p[j->i] == '\\' && j->p[j->i + 1] == 'u'
		    && !hex4(j->p + j->i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			j->i += 6;
		} else {
			lone = 1;
		}
	} else if (u >= 0xDC00 && u <= 0xDFFF) {
		lone = 1;
	}
	if (lone)
		u = 0xFFFD;
	if (lone && !j->warned_surrogate) {
		j->warned_surrogate = 1;
		read_report(j->r, KHALDUN_WARNING, j->r->lineno, (long)esc + 1, 1,
			    "unpaired surrogate escape replaced with U+FFFD");
	}
	if (out && utf8_put(out, u))
		return jerr(j, esc, "string too long");
	return 0;
}

/* Parses the string at the cursor (which is on its '"'); appends its decoded value to `out`
 * when non-NULL. Leaves the cursor after the closing quote. Returns 0 or -1 (reported). */
static int string(jparse *j, buf *out)
{
	size_t open = j->i++;
	const unsigned char *p = (const unsigned char *)j->p;
	for (;;) {
		size_t run = j->i;
		/* the common case: a run of plain bytes copied at once (found eight at a time) */
		while (j->i + 8 <= j->n && utf8_json_plain8(p + j->i, 0))
			j->i += 8;
		while (j->i < j->n && p[j->i] != '"' && p[j->i] != '\\' && p[j->i] >= 0x20
		       && p[j->i] < 0x80)
			j->i++;
		if (out && buf_add(out, j->p + run, j->i - run))
			return jerr(j, run, "string too long");
		if (j->i >= j->n)
			return jerr(j, j->n, "unterminated string (it starts at column %zu)",
				    open + 1);
		unsigned char c = p[j->i];
		if (c == '"') {
			j->i++;
			return 0;
		}
		if (c < 0x20)
			return jerr(j, j->i, "unescaped control character 0x%02X in a string", c);
		if (c >= 0x80) {
			size_t k = utf8_seq(p + j->i, j->n - j->i);
			if (k) {
				if (out && buf_add(out, j->p + j->i, k))
					return jerr(j, j->i, "string too long");
				j->i += k;
			} else {
				/* reported once per line before parsing; repair one bad subpart */
				size_t k2 = utf8_bad_len(p + j->i, j->n - j->i);
				if (out && utf8_repair(out, j->p + j->i, k2))
					return jerr(j, j->i, "string too long");
				j->i += k2;
			}
			continue;
		}
		if (string_escape(j, out, open))
			return -1;
	}
}

static int number(jparse *j)
{
	size_t s = j->i;
	const char *p = j->p;
	if (j->i < j->n && p[j->i] == '-')
		j->i++;
	if (j->i < j->n && p[j->i] == '0') {
		j->i++;
	} else if (j->i < j->n && p[j->i] >= '1' && p[j->i] <= '9') {
		while (j->i < j->n && p[j->i] >= '0' && p[j->i] <= '9')
			j->i++;
	} else {
		j->i = s;
		return expected(j, "a value");
	}
	if (j->i < j->n && p[j->i] == '.') {
		j->i++;
		if (j->i >= j->n || p[j->i] < '0' || p[j->i] > '9')
			return expected(j, "a digit after '.'");
		while (j->i < j->n && p[j->i] >= '0' && p[j->i] <= '9')
			j->i++;
	}
	if (j->i < j->n && (p[j->i] == 'e' || p[j->i] == 'E')) {
		j->i++;
		if (j->i < j->n && (p[j->i] == '+' || p[j->i] == '-'))
			j->i++;
		if (j->i >= j->n || p[j->i] < '0' || p[j->i] > '9')
			return expected(j, "a digit in the exponent");
		while (j->i < j->n && p[j->i] >= '0' && p[j->i] <= '9')
			j->i++;
	}
	return 0;
}

static int literal(jparse *j, const char *word)
{
	size_t k = strlen(word);
	if (j->n - j->i >= k && !memcmp(j->p + j->i, word, k)) {
		j->i += k;
		return 0;
	}
	return expected(j, "a value");
}

/* At a member name: reads the string and the ':' after it; returns 0, or -1 (reported,
 * `what` naming what was expected). */
static int member_name(jparse *j, const char *what)
{
	if (j->i >= j->n || j->p[j->i] != '"')
		return expected(j, what);
	if (string(j, NULL))
		return -1;
	ws(j);
	if (j->i >= j->n || j->p[j->i] != ':')
		return expected(j, "':' after a member name");
	j->i++;
	return 0;
}

/* Parses one scalar or a whole nested value at the cursor, discarding it. Nesting uses an
 * explicit stack, so hostile depth costs one error, not the C stack. */
static int skip_value(jparse *j)
{
	char stack[JSON_MAX_DEPTH];
	int depth = 0;
	for (;;) {
		/* a value is expected here */
		ws(j);
		if (j->i >= j->n)
			return expected(j, "a value");
		char c = j->p[j->i];
		if (c == '{' || c == '[') {
			if (depth == JSON_MAX_DEPTH)
				return jerr(j, j->i, "values nested deeper than %d levels",
					    JSON_MAX_DEPTH);
			stack[depth++] = c;
			j->i++;
			ws(j);
			if (j->i < j->n && j->p[j->i] == (c == '{' ? '}' : ']')) {
				j->i++;
				depth--;
			} else if (c == '{') {
				if (member_name(j, "a member name (a string) or '}'"))
					return -1;
				continue;
			} else {
				continue;
			}
		} else if (c == '"') {
			if (string(j, NULL))
				return -1;
		} else if (c == 't') {
			if (literal(j, "true"))
				return -1;
		} else if (c == 'f') {
			if (literal(j, "false"))
				return -1;
		} else if (c == 'n') {
			if (literal(j, "null"))
				return -1;
		} else if (number(j)) {
			return -1;
		}
		/* after a complete value: close containers or move to the next element */
		for (;;) {
			if (depth == 0)
				return 0;
			ws(j);
			char top = stack[depth - 1];
			if (j->i < j->n && j->p[j->i] == ',') {
				j->i++;
				if (top == '{') {
					ws(j);
					if (member_name(j, "a member name (a string)"))
						return -1;
				}
				break;
			}
			if (j->i < j->n && j->p[j->i] == (top == '{' ? '}' : ']')) {
				j->i++;
				depth--;
				continue;
			}
			return expected(j, top == '{' ? "',' or '}' after a member"
					 : "',' or ']' after an array element");
		}
	}
}

static int field_of(const buf *key)
{
	for (int f = 0; f < F_COUNT; f++)
		if (key->len == strlen(field_names[f]) && !memcmp(key->p, field_names[f], key->len))
			return f;
	return F_UNKNOWN;
}

static int is_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return 0;
	return 1;
}

/* Reads the value of member f at j->i into *v (arena copy), *vlen, *vcol (1-based column).
 * Strings are taken for every member; numbers for "id" and the dates (20250101 reads as a
 * date); null means absent. A value of another type in an optional member (title, source,
 * url, published) is skipped with a warning and the story kept; in "id", "text" or "date" it
 * is the record's error ("date" falls back to --date when there is one, as a bad string does).
 * Returns 0, or -1 after reporting the record's one error. */
static int member_value(jparse *j, int f, const char **v, size_t *vlen, size_t *vcol)
{
	khaldun_reader *r = j->r;
	size_t at = j->i;
	char c = j->i < j->n ? j->p[j->i] : 0;
	if (f == F_UNKNOWN)
		return skip_value(j);
	if (c == '"') {
		buf_clear(&r->tmp);
		if (string(j, &r->tmp))
			return -1;
		*v = arena_strndup(&r->arena, r->tmp.p ? r->tmp.p : "", r->tmp.len);
		*vlen = r->tmp.len;
	} else if ((f == F_ID || f == F_DATE || f == F_PUBLISHED) &&
		   (c == '-' || (c >= '0' && c <= '9'))) {
		/* numeric ids are common enough to take as written, and 20250101 is a date */
		if (number(j))
			return -1;
		*v = arena_strndup(&r->arena, j->p + at, j->i - at);
		*vlen = j->i - at;
	} else if (j->n - j->i >= 4 && !memcmp(j->p + j->i, "null", 4)) {
		j->i += 4;   /* null: the member is absent */
		*v = NULL;
		return 0;
	} else if (f == F_DATE && r->default_date[0]) {
		if (skip_value(j))
			return -1;
		*v = "(not a string)";
		*vlen = strlen(*v);
		*vcol = at + 1;
		return 0;
	} else if (f != F_ID && f != F_TEXT && f != F_DATE) {
		if (skip_value(j))
			return -1;
		read_report(r, KHALDUN_WARNING, r->lineno, (long)at + 1, 1,
			    "\"%s\" is not a string; ignored", field_names[f]);
		*v = NULL;
		return 0;
	} else {
		char what[48];
		snprintf(what, sizeof what, "a string for \"%s\"", field_names[f]);
		return expected(j, what);
	}
	if (!*v)
		return jerr(j, at, "out of memory");
	*vcol = at + 1;
	return 0;
}

/* Parses r->line into *out. Returns 0, or -1 after reporting the record's one error. */
typedef struct {
	const char *val[F_COUNT];
	size_t vlen[F_COUNT], vcol[F_COUNT];
} members;

/* Parses the line as one JSON object, keeping the members we know in m. Returns 0 or -1
 * (reported). */
static int parse_members(jparse *jp, members *m)
{
	jparse j = *jp;
	khaldun_reader *r = j.r;
	const char **val = m->val;
	size_t *vlen = m->vlen, *vcol = m->vcol;
	const char *nul = memchr(j.p, 0, j.n);
	if (nul)
		return jerr(&j, (size_t)(nul - j.p), "NUL byte in record");
	size_t bad = utf8_check(j.p, j.n);
	if (bad < j.n)
		read_report(r, KHALDUN_WARNING, r->lineno, (long)bad + 1, 1,
			    "invalid UTF-8 at byte %zu of the line (replaced with U+FFFD)",
			    bad + 1);

	ws(&j);
	if (j.i >= j.n || j.p[j.i] != '{')
		return expected(&j, "'{' at the start of a record");
	j.i++;
	ws(&j);
	if (j.i < j.n && j.p[j.i] == '}') {
		j.i++;
	} else {
		for (;;) {
			ws(&j);
			if (j.i >= j.n || j.p[j.i] != '"')
				return expected(&j, "a member name (a string)");
			buf_clear(&r->tmp);
			if (string(&j, &r->tmp))
				return -1;
			int f = field_of(&r->tmp);
			ws(&j);
			if (j.i >= j.n || j.p[j.i] != ':')
				return expected(&j, "':' after a member name");
			j.i++;
			ws(&j);
			if (member_value(&j, f, &val[f], &vlen[f], &vcol[f]))
				return -1;
			ws(&j);
			if (j.i < j.n && j.p[j.i] == ',') {
				j.i++;
				continue;
			}
			if (j.i < j.n && j.p[j.i] == '}') {
				j.i++;
				break;
			}
			return expected(&j, "',' or '}' after a member");
		}
	}
	ws(&j);
	if (j.i < j.n)
		return expected(&j, "end of line after the record's closing '}'");
	*jp = j;
	return 0;
}

/* Sets the story's date from its date member, else the default; returns 0 or -1 (reported). */
static int record_date(jparse *j, members *m, const char *shown)
{
	khaldun_reader *r = j->r;
	const char **val = m->val;
	size_t *vlen = m->vlen, *vcol = m->vcol;
	if (val[F_DATE] && read_set_date(r, val[F_DATE], vlen[F_DATE])) {
		if (!r->default_date[0])
			return jerr(j, vcol[F_DATE] - 1,
				    "story \"%.80s\": invalid date \"%.40s\" (expected YYYY-MM-DD; "
				    "use --date to give a default)", shown, val[F_DATE]);
		read_report(r, KHALDUN_WARNING, r->lineno, (long)vcol[F_DATE], 1,
			    "story \"%.80s\": invalid date \"%.40s\"; using the default date %s",
			    shown, val[F_DATE], r->default_date);
		memcpy(r->date, r->default_date, sizeof r->date);
	} else if (!val[F_DATE]) {
		if (!r->default_date[0])
			return jerr(j, NO_COLUMN, "story \"%.80s\": missing date (use --date)",
				    shown);
		/* once per reader: with --date given, undated stories are expected, not news */
		if (!r->warned_nodate) {
			r->warned_nodate = 1;
			read_report(r, KHALDUN_WARNING, r->lineno, 0, 0,
				    "story \"%.80s\" has no date; using %s for it and every later "
				    "undated story", shown, r->default_date);
		}
		memcpy(r->date, r->default_date, sizeof r->date);
	}
	return 0;
}

static int parse_record(khaldun_reader *r, khaldun_story *out)
{
	jparse j = { r, r->line.p, r->line.len, 0, 0, 0 };
	members m;
	memset(&m, 0, sizeof m);
	const char **val = m.val;
	size_t *vlen = m.vlen, *vcol = m.vcol;
	if (parse_members(&j, &m))
		return -1;
	/* the record is well-formed JSON; now the story's own rules */
	if (!val[F_DATE] && val[F_PUBLISHED]) {
		val[F_DATE] = val[F_PUBLISHED];
		vlen[F_DATE] = vlen[F_PUBLISHED];
		vcol[F_DATE] = vcol[F_PUBLISHED];
	}
	char idbuf[64];
	const char *id = val[F_ID] && vlen[F_ID] ? val[F_ID] : NULL;
	const char *shown = id;
	if (!shown) {
		snprintf(idbuf, sizeof idbuf, "%s:%ld", r->name, r->lineno);
		shown = idbuf;
	}
	if (!val[F_TEXT])
		return jerr(&j, NO_COLUMN, "story \"%.80s\": missing \"text\"", shown);
	if (is_blank(val[F_TEXT], vlen[F_TEXT]))
		return jerr(&j, vcol[F_TEXT] - 1, "story \"%.80s\": empty \"text\"", shown);
	if (record_date(&j, &m, shown))
		return -1;
	if (!id) {
		id = arena_strdup(&r->arena, idbuf);
		if (!id)
			return jerr(&j, NO_COLUMN, "out of memory");
		read_report(r, KHALDUN_WARNING, r->lineno, 0, 0,
			    "record has no \"id\"; using \"%s\"", idbuf);
	}
	out->id = id;
	out->date = r->date;
	out->text = val[F_TEXT];
	out->text_len = vlen[F_TEXT];
	out->title = val[F_TITLE];
	out->source = val[F_SOURCE];
	out->url = val[F_URL];
	out->file = r->name;
	out->line = r->lineno;
	return 0;
}

/* 1 when the line starts a JSON array ('[' after blanks), as a .json file of stories does. */
static int json_array_start(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
		i++;
	return i < n && p[i] == '[';
}

int jsonl_next(khaldun_reader *r, khaldun_story *out)
{
	for (;;) {
		int st = read_line(r);
		if (st == LINE_EOF)
			return KHALDUN_EOF;
		if (st == LINE_IO)
			return KHALDUN_ERR_IO;
		if (st == LINE_TOO_LONG) {
			read_report(r, KHALDUN_ERROR, r->lineno, 0, 0,
				    "record longer than %s (limit story)",
				    read_size(r, r->limits.story));
			r->skipped++;
			continue;
		}
		if (is_blank(r->line.p, r->line.len))
			continue;
		if (!r->records++ && json_array_start(r->line.p, r->line.len)) {
			/* one hint, not an error per line of a pretty-printed array */
			read_report(r, KHALDUN_ERROR, r->lineno, 0, 0,
				    "a JSON array: use JSON lines, one story a line "
				    "(for example jq -c '.[]'); file skipped");
			r->skipped++;
			r->eof = 1;
			return KHALDUN_EOF;
		}
		arena_reset(&r->arena);
		if (!parse_record(r, out))
			return KHALDUN_OK;
		memset(out, 0, sizeof *out);
		r->skipped++;
	}
}
