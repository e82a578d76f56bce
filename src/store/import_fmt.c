/*
 * import_fmt.c - one input line of an imported dataset -> imp_event (see import.h):
 * `khaldun code` JSON lines, ICEWS tab-separated files (header row), GDELT 1.0 / 2.0 exports
 * (tab-separated, no header; layouts in docs/early-warning.md). Lines are read, never
 * modified: strings are copied, NUL-terminated, into the caller's scratch buffer.
 * Invariant: a line that cannot give an event with a valid date, CAMEO code and id returns -1
 * with the reason, so that nothing is imported half-understood.
 */
#include "base/utf8.h"
#include "store/import.h"
#include "cameo/actor.h"
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- helpers */

typedef struct {
	char *p;      /* next free byte of the scratch buffer */
} scratch;

static const char *put(scratch *s, const char *v, size_t n)
{
	char *r = s->p;
	memcpy(r, v, n);
	r[n] = 0;
	s->p += n + 1;
	return r;
}

static int bad(imp_state *st, const char *why, long column)   /* column < 0: a field number */
{
	st->problem = why;
	st->column = column;
	return -1;
}

static int all_digits(const char *p, size_t n)
{
	if (!n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

static int all_zeros(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n && p[i] == '0')
		i++;
	return n && i == n;
}

/* A CAMEO event code: 2-4 digits whose root is 01-20; ICEWS drops the leading zero of some
 * ("42" for "042", "231" for "0231"), restored by length and root. Returns 0 or -1. */
static int cameo_code(const char *p, size_t n, int restore_zero, char out[8])
{
	while (n && (*p == ' ' || *p == '"'))
		p++, n--;
	while (n && (p[n - 1] == ' ' || p[n - 1] == '"'))
		n--;
	if (!all_digits(p, n) || n > 4)
		return -1;
	int root = n >= 2 ? (p[0] - '0') * 10 + (p[1] - '0') : 0;
	size_t k = 0;
	if (restore_zero && p[0] != '0' && (n == 2 || (n == 3 && (root < 10 || root > 20))))
		out[k++] = '0';
	if (k + n < 3 && n < 2)
		return -1;
	memcpy(out + k, p, n);
	out[k + n] = 0;
	root = (out[0] - '0') * 10 + (out[1] - '0');
	return root >= 1 && root <= 20 && strlen(out) >= 2 ? 0 : -1;
}

/* Parses a decimal number filling all of p[0..n); returns 0 or -1. */
static int number(const char *p, size_t n, double *out)
{
	char tmp[64];
	if (!n || n >= sizeof tmp)
		return -1;
	memcpy(tmp, p, n);
	tmp[n] = 0;
	char *end;
	*out = strtod(tmp, &end);
	return *end || *out != *out ? -1 : 0;
}

/* Splits a tab-separated line into at most max fields; returns the field count. */
static size_t split_tabs(const char *line, size_t n, const char **f, size_t *len, size_t max)
{
	size_t k = 0, start = 0;
	for (size_t i = 0; i <= n; i++)
		if (i == n || line[i] == '\t') {
			if (k < max) {
				f[k] = line + start;
				len[k] = i - start;
			}
			k++;
			start = i + 1;
		}
	return k;
}

static const char *opt(scratch *s, const char *v, size_t n)
{
	return n ? put(s, v, n) : NULL;
}

/* Steps over a UTF-8 byte order mark at the start of a line: Windows tools put one before a
 * file's first line (a GDELT or ICEWS file saved by Excel or Notepad), and a zip of such files
 * has one at each member's start. No field of any format opens with U+FEFF. */
static void skip_bom(const char **line, size_t *n)
{
	if (*n >= 3 && !memcmp(*line, "\xEF\xBB\xBF", 3))
		*line += 3, *n -= 3;
}

/* ---------------------------------------------------------------- GDELT */

/* GDELT 2.0 (61 columns) and 1.0 (57, or 58 with SOURCEURL) event files. Column numbers are
 * the codebook's (1-based). */
int imp_parse_gdelt(imp_state *st, const char *line, size_t n, char *sc, imp_event *e)
{
	const char *f[62];
	size_t len[62];
	skip_bom(&line, &n);
	if (!n || (n == 1 && line[0] == '\r'))
		return 0;
	size_t k = split_tabs(line, n, f, len, 62);
	if (k != 61 && k != 57 && k != 58)
		return bad(st, k == 1 ? "not tab-separated (GDELT files have 57, 58 or 61 columns)"
				      : "wrong number of columns (GDELT files have 57, 58 or 61)",
				      0);
	if (len[k - 1] && f[k - 1][len[k - 1] - 1] == '\r')
		len[k - 1]--;
	scratch s = { sc };
#define COL(i) f[(i) - 1], len[(i) - 1]
	if (!all_digits(COL(1)))
		return bad(st, "GLOBALEVENTID is not a number", -(long)(1));
	e->ext_id = put(&s, COL(1));
	e->date = len[1] == 8 ? khaldun_parse_date(COL(2)) : 0;
	if (!e->date)
		return bad(st, "SQLDATE is not a date (YYYYMMDD)", -(long)(2));
	if (cameo_code(COL(27), 0, e->code))   /* "---" and "0" are rows GDELT coded no event */
		return bad(st, (len[26] == 3 && !memcmp(f[26], "---", 3)) || all_zeros(COL(27))
			       ? "EventCode is GDELT's mark of no event (\"---\" or 0), "
				       "not a CAMEO code"
			       : "EventCode is not a CAMEO code", -(long)(27));
	e->source = opt(&s, COL(6));
	e->source_name = opt(&s, COL(7));
	e->target = opt(&s, COL(16));
	e->target_name = opt(&s, COL(17));
	if (len[7] == 3)
		memcpy(e->source_country, f[7], 3);
	if (len[17] == 3)
		memcpy(e->target_country, f[17], 3);
	e->source_sector = opt(&s, COL(13));
	e->target_sector = opt(&s, COL(23));
	double v;
	if (len[29] == 1 && f[29][0] >= '1' && f[29][0] <= '4')
		e->quad = f[29][0] - '0';
	else if (len[29])
		return bad(st, "QuadClass is not 1-4", -(long)(30));
	if (len[30] && (number(COL(31), &v) || v < -10 || v > 10))   /* as ICEWS's Intensity */
		return bad(st, "GoldsteinScale is not a number from -10 to 10", -(long)(31));
	if (len[30]) {
		e->has_goldstein = 1;
		e->goldstein = v;
	}
	/* a count of articles: refused when not a whole number from 0 to 10^15 (the bound of
	 * "mentions" in events files), never cast out of range nor replaced by 1 unseen */
	if (len[33] && (number(COL(34), &v) || !(v >= 0 && v <= 1e15) || v != (long)v))
		return bad(st, "NumArticles is not a count (0, 1, 2...)", -(long)(34));
	if (len[33])
		e->mentions = (long)v;
	if (k == 61)
		e->url = opt(&s, COL(61));
	else if (k == 58)
		e->url = opt(&s, COL(58));
#undef COL
	/* ActionGeo_: Type, FullName, CountryCode, ADM1Code, (2.0: ADM2Code), Lat, Long,
	 * FeatureID from column 52 (2.0) or 50 (1.0) */
	size_t a = k == 61 ? 51 : 49, o = k == 61 ? 1 : 0;
	const char *gf[7] = { f[a], f[a + 1], f[a + 2], f[a + 3], f[a + 4 + o], f[a + 5 + o],
			      f[a + 6 + o] };
	size_t gl[7] = { len[a], len[a + 1], len[a + 2], len[a + 3], len[a + 4 + o],
			 len[a + 5 + o], len[a + 6 + o] };
	if (imp_place_gdelt(st, gf, gl, &s.p, e)) {
		st->column = st->column == -1 ? -(long)(a + 1) : -(long)(a + 1 + 4 + o);
		return -1;
	}
	return 1;
}

/* ---------------------------------------------------------------- ICEWS */

enum { I_ID, I_DATE, I_SNAME, I_SSECT, I_SCTRY, I_TEXT, I_CODE, I_INTENS, I_TNAME, I_TSECT,
       I_TCTRY, I_STORY, I_SENT, I_PUB, I_N = 20 };
static const char *const icews_names[I_N] = {
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
	"CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
	"Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
	"Longitude"
};

/* Takes the double quotes off each field that has them at both ends: Dataverse's own ".tab"
 * (a file it ingested, as against the original kept as uploaded) writes every string so.
 * Quotes inside are left as they are. */
static void unquote(const char **f, size_t *len, size_t k)
{
	for (size_t c = 0; c < k && c < 64; c++)
		if (len[c] >= 2 && f[c][0] == '"' && f[c][len[c] - 1] == '"')
			f[c]++, len[c] -= 2;
}

static int icews_header(imp_state *st, const char **f, size_t *len, size_t k)
{
	for (int i = 0; i < I_N; i++)
		st->icews_col[i] = -1;
	st->icews_quoted = f[0][0] == '"';
	if (st->icews_quoted)
		unquote(f, len, k);
	for (size_t c = 0; c < k && c < 64; c++) {
		size_t l = len[c];
		const char *p = f[c];
		for (int i = 0; i < I_N; i++)
			if (strlen(icews_names[i]) == l && !memcmp(icews_names[i], p, l))
				st->icews_col[i] = (int)c;
	}
	st->icews_header = 1;
	for (int i = I_ID; i <= I_TCTRY; i++)
		if (st->icews_col[i] < 0 && i != I_TEXT && i != I_INTENS && i != I_SSECT
		    && i != I_TSECT)
			return bad(st, "ICEWS header lacks a required column (Event ID, "
				   "Event Date, Source Name, Source Country, CAMEO Code, "
				   "Target Name, Target "
				   "Country)", 0);
	return 0;
}

/* CAMEO-style sector of an ICEWS sector list ("Government,Executive,Cabinet" -> GOV). */
static const char *icews_sector(const char *p, size_t n)
{
	static const struct { const char *word, *code; } map[] = {
		{ "Police", "COP" }, { "Military", "MIL" }, { "Army", "MIL" }, { "Rebel", "REB" },
		{ "Insurgent", "REB" }, { "Government", "GOV" }, { "Executive", "GOV" },
		{ "Legislative", "GOV" }, { "Judicial", "JUD" }, { "Opposition", "OPP" },
		{ "Business", "BUS" }, { "Media", "MED" }, { "Criminal", "CRM" },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		size_t w = strlen(map[i].word);
		for (size_t j = 0; j + w <= n; j++)
			if (!memcmp(p + j, map[i].word, w))
				return map[i].code;
	}
	return NULL;
}

/* source/target code = country + sector, name and country of one ICEWS side. */
static void icews_actor(imp_state *st, scratch *s, const char *name, size_t nl, const char *sect,
			size_t sl, const char *ctry, size_t cl, const char **code, const char **nm,
			const char **sector, char country[4])
{
	*nm = opt(s, name, nl);
	const char *iso = cl ? import_country_iso(ctry, cl) : NULL;
	if (cl && !iso)
		st->unknown_country = put(s, ctry, cl);
	if (!iso)
		return;
	memcpy(country, iso, 4);
	const char *sec = sl ? icews_sector(sect, sl) : NULL;
	*sector = sec;
	char tmp[8];
	memcpy(tmp, iso, 3);
	memcpy(tmp + 3, sec ? sec : "", sec ? 4 : 1);
	*code = put(s, tmp, strlen(tmp));
}

int imp_parse_icews(imp_state *st, const char *line, size_t n, char *sc, imp_event *e)
{
	const char *f[64];
	size_t len[64];
	skip_bom(&line, &n);
	if (!n || (n == 1 && line[0] == '\r'))
		return 0;
	size_t k = split_tabs(line, n, f, len, 64);
	if (k > 64)
		k = 64;
	if (len[k - 1] && f[k - 1][len[k - 1] - 1] == '\r')
		len[k - 1]--;
	int hdr = (len[0] >= 8 && !memcmp(f[0], "Event ID", 8))
		  || (len[0] >= 9 && !memcmp(f[0], "\"Event ID", 9));
	if (hdr)
		return icews_header(st, f, len, k) ? -1 : 0;
	if (st->icews_quoted)
		unquote(f, len, k);
	if (!st->icews_header)   /* no header: the documented order */
		for (int i = 0; i < I_N; i++)
			st->icews_col[i] = i;
	const int *c = st->icews_col;
	for (int i = I_ID; i <= I_TCTRY; i++) {
		if (c[i] >= (int)k)
			return bad(st, "too few columns for the ICEWS header", -(long)((long)k));
		if (c[i] < 0 && i != I_TEXT && i != I_INTENS && i != I_SSECT && i != I_TSECT)
			return bad(st, "the ICEWS header lacks a required column", 0);
	}
	scratch s = { sc };
#define COL(i) f[c[i]], len[c[i]]
	if (!len[c[I_ID]])
		return bad(st, "empty Event ID", -(long)(c[I_ID] + 1));
	e->ext_id = put(&s, COL(I_ID));
	e->date = khaldun_parse_date(COL(I_DATE));
	if (!e->date)
		return bad(st, "Event Date is not a date (YYYY-MM-DD)", -(long)(c[I_DATE] + 1));
	if (cameo_code(COL(I_CODE), 1, e->code))
		return bad(st, "CAMEO Code is not a CAMEO event code", -(long)(c[I_CODE] + 1));
	double v;
	if (c[I_INTENS] >= 0 && c[I_INTENS] < (int)k && len[c[I_INTENS]]) {
		if (number(COL(I_INTENS), &v) || v < -10 || v > 10)
			return bad(st, "Intensity is not a number from -10 to 10",
				   -(long)(c[I_INTENS] + 1));
		e->has_goldstein = 1;
		e->goldstein = v;
	}
	static const size_t zero = 0;
	const char *none = "";
	int ss = c[I_SSECT], ts = c[I_TSECT];
	icews_actor(st, &s, COL(I_SNAME), ss >= 0 && ss < (int)k ? f[ss] : none,
		    ss >= 0 && ss < (int)k ? len[ss] : zero, COL(I_SCTRY), &e->source,
		    &e->source_name, &e->source_sector, e->source_country);
	icews_actor(st, &s, COL(I_TNAME), ts >= 0 && ts < (int)k ? f[ts] : none,
		    ts >= 0 && ts < (int)k ? len[ts] : zero, COL(I_TCTRY), &e->target,
		    &e->target_name, &e->target_sector, e->target_country);
	if (c[I_STORY] >= 0 && c[I_STORY] < (int)k)
		e->story = opt(&s, COL(I_STORY));
	if (c[I_SENT] >= 0 && c[I_SENT] < (int)k && len[c[I_SENT]]
	    && (!all_digits(COL(I_SENT)) || len[c[I_SENT]] > 9))   /* not dropped or overflowed */
		return bad(st, "Sentence Number is not a sentence number (0, 1, 2...)",
			   -(long)(c[I_SENT] + 1));
	if (c[I_SENT] >= 0 && c[I_SENT] < (int)k && all_digits(COL(I_SENT))) {
		e->sentence = atol(put(&s, COL(I_SENT)));
		e->has_sentence = 1;
	}
	if (c[I_TEXT] >= 0 && c[I_TEXT] < (int)k)
		e->verb_text = opt(&s, COL(I_TEXT));
#undef COL
	const char *pf[6];   /* City, District, Province, Country, Latitude, Longitude */
	size_t pl[6];
	for (int i = 0; i < 6; i++) {
		int ci = c[I_N - 6 + i];
		pf[i] = ci >= 0 && ci < (int)k ? f[ci] : "";
		pl[i] = ci >= 0 && ci < (int)k ? len[ci] : 0;
	}
	if (imp_place_icews(st, pf, pl, &s.p, e)) {
		int ci = c[I_N - 6 + (int)(-st->column - 1)];
		st->column = -(long)(ci + 1);
		return -1;
	}
	return 1;
}

/* ---------------------------------------------------------------- khaldun events (JSON) */

typedef struct {
	const char *p, *end, *start;
	scratch s;
	imp_state *st;
	int depth;
} json;

static void ws(json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

static int jbad(json *j, const char *why)
{
	return bad(j->st, why, (long)(j->p - j->start) + 1);
}

static int hex4(const char *p, unsigned long *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		*v = *v * 16 + (unsigned long)d;
	}
	return 0;
}

static void utf8(scratch *s, unsigned long c)
{
	s->p += utf8_encode(c, s->p);
}

/* A JSON string at j->p, decoded into scratch (NUL-terminated) when out is not NULL.
 * A decoded string is never longer than its JSON form, so scratch cannot overflow. */
static int jstring(json *j, const char **out)
{
	if (j->p >= j->end || *j->p != '"')
		return jbad(j, "expected a string");
	j->p++;
	char *start = j->s.p;
	while (j->p < j->end && *j->p != '"') {
		unsigned char ch = (unsigned char)*j->p;
		if (ch < 0x20)
			return jbad(j, "control character in a string");
		if (ch != '\\') {
			*j->s.p++ = (char)ch;
			j->p++;
			continue;
		}
		if (j->end - j->p < 2)
			return jbad(j, "unterminated string");
		char esc = j->p[1];
		j->p += 2;
		const char *m = strchr("\"\\/bfnrt", esc);
		if (m && esc) {
			*j->s.p++ = "\"\\/\b\f\n\r\t"[m - "\"\\/bfnrt"];
			continue;
		}
		unsigned long c, lo;
		if (esc != 'u' || j->end - j->p < 4 || hex4(j->p, &c))
			return jbad(j, "bad escape in a string");
		j->p += 4;
		if (c >= 0xD800 && c < 0xDC00 && j->end - j->p >= 6 && j->p[0] == '\\'
		    && j->p[1] == 'u' && !hex4(j->p + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
			c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
			j->p += 6;
		} else if (c >= 0xD800 && c < 0xE000) {
			c = 0xFFFD;
		}
		utf8(&j->s, c);
	}
	if (j->p >= j->end)
		return jbad(j, "unterminated string");
	j->p++;
	*j->s.p++ = 0;
	if (out)
		*out = start;
	else
		j->s.p = start;
	return 0;
}

static int jskip(json *j);

/* Skips an object or array (after its opening bracket). */
static int jskip_container(json *j, char close)
{
	if (++j->depth > 64)
		return jbad(j, "nesting too deep");
	ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return 0;
	}
	for (;;) {
		ws(j);
		if (close == '}') {
			if (jstring(j, NULL))
				return -1;
			ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return jbad(j, "expected ':'");
		}
		if (jskip(j))
			return -1;
		ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == close) {
			j->p++;
			j->depth--;
			return 0;
		}
		return jbad(j, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static int jskip(json *j)
{
	ws(j);
	if (j->p >= j->end)
		return jbad(j, "expected a value");
	char c = *j->p;
	if (c == '"')
		return jstring(j, NULL);
	if (c == '{' || c == '[') {
		j->p++;
		return jskip_container(j, c == '{' ? '}' : ']');
	}
	const char *s = j->p;
	while (j->p < j->end && (strchr("+-.eE", *j->p) || (*j->p >= '0' && *j->p <= '9')
				 || (*j->p >= 'a' && *j->p <= 'z')))
		j->p++;
	size_t n = (size_t)(j->p - s);
	double v;
	if ((n == 4 && !memcmp(s, "null", 4)) || (n == 4 && !memcmp(s, "true", 4))
	    || (n == 5 && !memcmp(s, "false", 5)) || !number(s, n, &v))
		return 0;
	j->p = s;
	return jbad(j, "expected a value");
}

/* A number or null at j->p: returns 1 (number in *v), 0 (null) or -1. */
static int jnumber(json *j, double *v)
{
	ws(j);
	const char *s = j->p;
	while (j->p < j->end && (strchr("+-.eE", *j->p) || (*j->p >= '0' && *j->p <= '9')
				 || (*j->p >= 'a' && *j->p <= 'z')))
		j->p++;
	size_t n = (size_t)(j->p - s);
	if (n == 4 && !memcmp(s, "null", 4))
		return 0;
	if (!number(s, n, v))
		return 1;
	j->p = s;
	return jbad(j, "expected a number or null");
}

/* A string or null: *out NULL for null. */
static int jstring_or_null(json *j, const char **out)
{
	ws(j);
	*out = NULL;
	if (j->end - j->p >= 4 && !memcmp(j->p, "null", 4)) {
		j->p += 4;
		return 0;
	}
	return jstring(j, out);
}

/* "file:line" of an evidence member. */
static void origin_of(const char *v, const char **file, long *line)
{
	if (!v)
		return;
	char *colon = strrchr(v, ':');
	if (colon && colon[1] && all_digits(colon + 1, strlen(colon + 1))) {
		*colon = 0;
		*line = atol(colon + 1);
	}
	*file = v;
}

static int jevidence(json *j, imp_event *e)
{
	ws(j);
	if (j->p < j->end && *j->p != '{')
		return jskip(j);
	j->p++;
	for (ws(j); j->p < j->end && *j->p != '}';) {
		const char *key, *v;
		if (jstring(j, &key))
			return -1;
		ws(j);
		if (j->p >= j->end || *j->p++ != ':')
			return jbad(j, "expected ':'");
		if (jstring_or_null(j, &v))
			return -1;
		if (!strcmp(key, "pattern"))
			origin_of(v, &e->pattern_file, &e->pattern_line);
		else if (!strcmp(key, "verb_entry"))
			origin_of(v, &e->verb_file, &e->verb_line);
		else if (!strcmp(key, "source_entry"))
			origin_of(v, &e->source_file, &e->source_line);
		else if (!strcmp(key, "target_entry"))
			origin_of(v, &e->target_file, &e->target_line);
		ws(j);
		if (j->p < j->end && *j->p == ',')
			j->p++, ws(j);
	}
	if (j->p >= j->end)
		return jbad(j, "unterminated evidence object");
	j->p++;
	return 0;
}

/* One member of a "location" object; unknown members are skipped. */
static int jplace_member(json *j, const char *key, imp_event *e, double *ll, int *has_ll)
{
	static const char *const strs[] = { "name", "admin1", "precision", "text" };
	const char **dst[] = { &e->loc_name, &e->loc_admin1, &e->loc_precision, &e->loc_text };
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
		if (!strcmp(key, strs[i]))
			return jstring_or_null(j, dst[i]);
	if (!strcmp(key, "country")) {
		const char *c;
		if (jstring_or_null(j, &c))
			return -1;
		if (c && strlen(c) != 3)
			return jbad(j, "location \"country\" is not an ISO 3166 alpha-3 code");
		if (c)
			memcpy(e->loc_country, c, 4);
		return 0;
	}
	int lat = !strcmp(key, "lat"), r;
	if (lat || !strcmp(key, "lon") || !strcmp(key, "geonameid")) {
		double v;
		if ((r = jnumber(j, &v)) <= 0)
			return r;
		if (lat || key[1] == 'o') {
			ll[!lat] = v;
			has_ll[!lat] = 1;
		} else {
			e->geonameid = v >= 1 && v < 1e15 ? (long)v : 0;
		}
		return 0;
	}
	return jskip(j);
}

/* "location": {"name", "country", "admin1", "lat", "lon", "geonameid", "precision", "text"}
 * or null; a place needs its name, and lat with lon (both or neither) on the globe. */
static int jlocation(json *j, imp_event *e)
{
	ws(j);
	if (j->end - j->p >= 4 && !memcmp(j->p, "null", 4)) {
		j->p += 4;
		return 0;
	}
	if (j->p >= j->end || *j->p != '{')
		return jbad(j, "\"location\" is not an object or null");
	j->p++;
	double ll[2] = { 0, 0 };
	int has_ll[2] = { 0, 0 };
	for (ws(j); j->p < j->end && *j->p != '}';) {
		const char *key;
		if (jstring(j, &key))
			return -1;
		ws(j);
		if (j->p >= j->end || *j->p++ != ':')
			return jbad(j, "expected ':'");
		if (jplace_member(j, key, e, ll, has_ll))
			return -1;
		ws(j);
		if (j->p < j->end && *j->p == ',')
			j->p++, ws(j);
		else if (j->p < j->end && *j->p != '}')
			return jbad(j, "expected ',' or '}'");
	}
	if (j->p >= j->end)
		return jbad(j, "unterminated location object");
	j->p++;
	if (!e->loc_name || has_ll[0] != has_ll[1] || (has_ll[0] && imp_point_ok(ll[0], ll[1])))
		return jbad(j, !e->loc_name ? "location without a \"name\""
			    : "location \"lat\" and \"lon\" are not a point on the globe");
	e->has_point = has_ll[0];
	e->lat = ll[0];
	e->lon = ll[1];
	return 0;
}

static unsigned long long fnv(unsigned long long h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (h ^ 0xFF) * 1099511628211ULL;   /* a separator: ("ab","c") != ("a","bc") */
}

/* The event's id when the line has none: a hash of what identifies it in its sentence. */
static const char *event_key(scratch *s, const imp_event *e, const char *date)
{
	char num[32];
	unsigned long long h = 14695981039346656037ULL;
	const char *parts[] = { e->story, date, e->source, e->target, e->code, e->source_text,
				e->target_text, e->verb_text, e->sentence_text };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		h = fnv(h, parts[i]);
	snprintf(num, sizeof num, "%ld", e->has_sentence ? e->sentence : -1);
	h = fnv(h, num);
	snprintf(num, sizeof num, "h%016llx", h);
	return put(s, num, strlen(num));
}

/* One member of an event object; unknown members are skipped. */
static int jmember(json *j, const char *key, imp_event *e, const char **date, const char **code,
		   const char **id)
{
	static const char *const strs[] = { "story", "source", "target", "source_text",
					    "target_text", "verb_text", "sentence_text", "url" };
	const char **dst[] = { &e->story, &e->source, &e->target, &e->source_text,
			       &e->target_text, &e->verb_text, &e->sentence_text, &e->url };
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
		if (!strcmp(key, strs[i]))
			return jstring_or_null(j, dst[i]);
	double v;
	int r;
	if (!strcmp(key, "date") || !strcmp(key, "code"))
		return jstring_or_null(j, key[0] == 'd' ? date : code);
	if (!strcmp(key, "id")) {
		ws(j);
		if (j->p < j->end && *j->p == '"')
			return jstring(j, id);
		const char *s = j->p;
		if ((r = jnumber(j, &v)) < 0)
			return -1;
		*id = r ? put(&j->s, s, (size_t)(j->p - s)) : NULL;
		return 0;
	}
	if (!strcmp(key, "attribution"))
		return jstring_or_null(j, &e->attribution);
	if (!strcmp(key, "sentence") || !strcmp(key, "quad") || !strcmp(key, "goldstein")
	    || !strcmp(key, "mentions") || !strcmp(key, "time_shift")) {
		const char *at = j->p;
		if ((r = jnumber(j, &v)) <= 0)
			return r;
		/* refused, not wrapped or cast out of range (undefined): a sentence index, a
		 * count, a shift of days and a Goldstein score each have their range */
		const char *range = key[0] == 's' && (v < 0 || v > 1e9 || v != (long)v)
				    ? "\"sentence\" is not a sentence number (0, 1, 2...)"
				  : key[0] == 'm' && !(v >= -1e15 && v <= 1e15)
				    ? "\"mentions\" is out of range"
				  : key[0] == 't' && (!(v >= -1e6 && v <= 1e6) || v != (long)v)
				    ? "\"time_shift\" is not a number of days"
				  : key[0] == 'g' && !(v >= -10 && v <= 10)
				    ? "\"goldstein\" is not a Goldstein score (-10 to 10)" : NULL;
		if (range) {
			j->p = at;
			ws(j);
			return jbad(j, range);
		}
		if (key[0] == 't') {
			e->time_shift = (long)v;
		} else if (key[0] == 's') {
			e->sentence = (long)v;
			e->has_sentence = 1;
		} else if (key[0] == 'q') {
			e->quad = v >= 1 && v <= 4 ? (int)v : 0;
		} else if (key[0] == 'g') {
			e->goldstein = v;
			e->has_goldstein = 1;
		} else {
			e->mentions = v >= 1 ? (long)v : 1;
		}
		return 0;
	}
	if (!strcmp(key, "evidence"))
		return jevidence(j, e);
	if (!strcmp(key, "location"))
		return jlocation(j, e);
	return jskip(j);
}

int imp_parse_events(imp_state *st, const char *line, size_t n, char *sc, imp_event *e)
{
	skip_bom(&line, &n);
	json j = { line, line + n, line, { sc }, st, 0 };
	ws(&j);
	if (j.p == j.end)
		return 0;
	if (*j.p != '{')
		return jbad(&j, "not a JSON object");
	j.p++;
	const char *date = NULL, *code = NULL, *id = NULL;
	for (ws(&j); j.p < j.end && *j.p != '}';) {
		const char *key;
		if (jstring(&j, &key))
			return -1;
		ws(&j);
		if (j.p >= j.end || *j.p++ != ':')
			return jbad(&j, "expected ':'");
		if (jmember(&j, key, e, &date, &code, &id))
			return -1;
		ws(&j);
		if (j.p < j.end && *j.p == ',') {
			j.p++;
			ws(&j);
		} else if (j.p < j.end && *j.p != '}') {
			return jbad(&j, "expected ',' or '}'");
		}
	}
	if (j.p >= j.end)
		return jbad(&j, "unterminated object");
	j.p++;
	ws(&j);
	if (j.p != j.end)
		return jbad(&j, "text after the object");
	if (!date || !(e->date = khaldun_parse_date(date, strlen(date))))
		return bad(st, date ? "\"date\" is not a date (YYYY-MM-DD)" : "no \"date\"", 0);
	if (!e->source || !e->target)
		return bad(st, e->source ? "no \"target\"" : "no \"source\"", 0);
	if (!code || cameo_code(code, strlen(code), 0, e->code))
		return bad(st, code ? "\"code\" is not a CAMEO event code" : "no \"code\"", 0);
	const char *ss = actor_split(e->source, e->source_country);
	const char *ts = actor_split(e->target, e->target_country);
	e->source_sector = *ss ? ss : NULL;
	e->target_sector = *ts ? ts : NULL;
	e->ext_id = id ? id : event_key(&j.s, e, date);
	return 1;
}
