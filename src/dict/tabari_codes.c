/*
 * tabari_codes.c - the TABARI format's codes in [ ]: event codes of verbs and patterns
 * ("[123]", "[032:033]", "[023?]", "[031!]", the special "[---]", "[###]", "[+++]") and actor
 * and agent codes with their date restrictions ("[USA <950601]", "[A/B 950601-990815]"),
 * checked, upper-cased and interned in the dictionary's arena. A malformed code is reported
 * with file:line:column and its line is skipped.
 */
#define _GNU_SOURCE   /* strchrnul */
#include "base/date.h"
#include "dict/tabari.h"
#include <ctype.h>
#include <string.h>

/* ---------------------------------------------------------------- codes */

/* The kind of a code: the special null, discard and complex codes, or an event code. */
static uint8_t special_code(const char *c)
{
	if (c[0] != '-' && c[0] != '#' && c[0] != '+')   /* most codes: no strcmp */
		return CODE_EVENT;
	if (!strcmp(c, "---"))
		return CODE_NULL;
	if (!strcmp(c, "###"))
		return CODE_DISCARD;
	if (!strcmp(c, "+++"))
		return CODE_COMPLEX;
	return CODE_EVENT;
}

/* Parses an event code "[123]", "[032:033]", "[023?]", "[031!]", "[---]", "[###]", "[+++]". */
int tabari_evcode(tabari_src *s, const char *p, const char *e, dict_evcode *out)
{
	khaldun_dict *d = s->d;
	memset(out, 0, sizeof *out);
	const char *a = tabari_skip_ws(p);
	e = tabari_rtrim(a, e);
	/* "- - -" with blanks counts as the null code */
	char buf[128];
	size_t n = 0;
	for (const char *t = a; t < e && n < sizeof buf - 1; t++)
		if (*t != ' ' && *t != '\t')
			buf[n++] = *t;
	buf[n] = 0;
	if (!n) {
		tabari_error(s, p, "empty code in [ ]%s", NULL);
		return -1;
	}
	if ((out->kind = special_code(buf)) != CODE_EVENT)
		return 0;
	while (n && (buf[n - 1] == '?' || buf[n - 1] == '!' || buf[n - 1] == '}')) {
		if (buf[n - 1] == '?')
			out->sub = 1;
		else if (buf[n - 1] == '!')
			out->dom = 1;
		buf[--n] = 0;
	}
	char *colon = strchr(buf, ':');
	if (colon)
		*colon = 0;
	for (char *t = buf; *t; t++) {
		if (!isalnum((unsigned char)*t) && *t != '-' && *t != '+') {
			tabari_error(s, p, "invalid character in event code [%s]", buf);
			return -1;
		}
	}
	if (!*buf || (colon && !colon[1])) {
		tabari_error(s, p, "empty event code in [%s]", buf);
		return -1;
	}
	out->a = arena_strdup(&d->mem, buf);
	out->b = colon ? arena_strdup(&d->mem, colon + 1) : NULL;
	return 0;
}

/* The date restriction [r, e) after an actor code: "<DATE", ">DATE" or "DATE-DATE" into
 * out->lo/hi. Returns 0 or -1 (reported). */
static int parse_restriction(tabari_src *s, const char *r, const char *e, dict_dated_code *out)
{
	char rb[64];
	size_t rn = 0, dn = 0;   /* dn: 1 + the first dash's place in rb, found by the copy */
	for (const char *t = r; t < e && rn < sizeof rb - 1; t++)
		if (*t != ' ' && *t != '\t') {
			if (*t == '-' && !dn)
				dn = rn + 1;
			rb[rn++] = *t;
		}
	rb[rn] = 0;
	if (rb[0] == '<' || rb[0] == '>') {
		long dt = date_parse_digits(rb + 1, rn - 1, 1);
		if (!dt) {
			tabari_error(s, r, "invalid date in restriction '%s' (YYMMDD or YYYYMMDD)",
				rb);
			return -1;
		}
		if (rb[0] == '<')
			out->hi = dt;
		else
			out->lo = dt;
		return 0;
	}
	char *dash = dn ? rb + dn - 1 : NULL;
	long lo = dash ? date_parse_digits(rb, dn - 1, 1) : 0;
	long hi = dash ? date_parse_digits(dash + 1, rn - dn, 1) : 0;
	if (!lo || !hi) {
		tabari_error(s, r, "invalid date restriction '%s' (use <DATE, >DATE or DATE-DATE)",
			rb);
		return -1;
	}
	/* six-digit years pivot at 30: a range like 270101-730717 means 1927-1973 */
	if (lo > hi && dash - rb == 6 && lo - 1000000 <= hi)
		lo -= 1000000;
	if (lo > hi) {
		tabari_error(s, r, "reversed date range '%s'", rb);
		return -1;
	}
	out->lo = lo;
	out->hi = hi;
	return 0;
}

/* A code "A/B/C" (a at the line's place, for columns) split into its upper-cased parts. */
static int parse_code_parts(tabari_src *s, const char *a, const char *code, dict_dated_code *out)
{
	khaldun_dict *d = s->d;
	const char *parts[64];
	size_t plen[64];
	int np = 0;
	const char *t = code;
	while (*t) {   /* one pass a part: its end ('/' or NUL) and its characters' test */
		size_t l = 0;
		unsigned char c = 0;
		while (np < 64 && (c = (unsigned char)t[l]) && c != '/') {
			/* isalnum in the C locale (the program never sets another): ASCII only */
			if ((unsigned)((c | 32) - 'a') >= 26u && (unsigned)(c - '0') >= 10u &&
			    c != '~') {
				tabari_error(s, a, "invalid character in actor code '%s'", code);
				return -1;
			}
			l++;
		}
		if (!l || np == 64) {
			tabari_error(s, a, "empty or too many parts in compound code '%s'", code);
			return -1;
		}
		parts[np] = t;
		plen[np++] = l;
		t += l + (c == '/');
	}
	/* not cleared: the loop below writes every part */
	out->codes = arena_alloc_raw(&d->mem, (size_t)np * sizeof *out->codes);
	if (!out->codes)
		return -1;
	for (int i = 0; i < np; i++) {
		char *cc = dict_strndup_upper(d, parts[i], plen[i]);
		if (!cc)
			return -1;
		out->codes[i] = cc;
	}
	out->ncodes = (uint8_t)np;
	return 0;
}

/* Parses one actor code block body: "CODE", "A/B", "~GOV", "CODE <YYMMDD", "CODE >YYMMDD",
 * "CODE YYMMDD-YYMMDD", "--- <YYMMDD", ... */
static int parse_dated(tabari_src *s, const char *p, const char *e, dict_dated_code *out)
{
	memset(out, 0, sizeof *out);
	out->lo = 0;
	out->hi = 99999999;
	const char *a = tabari_skip_ws(p);
	e = tabari_rtrim(a, e);
	/* split: code part (up to first blank or '<' '>') and restriction */
	const char *c = a;
	while (c < e && *c != ' ' && *c != '\t' && *c != '<' && *c != '>')
		c++;
	const char *r = tabari_skip_ws(c);
	char code[256];
	size_t cn = (size_t)(c - a);
	if (cn >= sizeof code) {
		tabari_error(s, a, "actor code too long%s", NULL);
		return -1;
	}
	memcpy(code, a, cn);
	code[cn] = 0;
	if (r < e && parse_restriction(s, r, e, out))
		return -1;
	if (!cn) {
		tabari_error(s, p, "missing code before the date restriction%s", NULL);
		return -1;
	}
	if (isdigit((unsigned char)code[0]) && date_parse_digits(code, cn, 1)) {
		tabari_error(s, a, "a date '%s' stands where the actor code belongs", code);
		return -1;
	}
	if ((out->kind = special_code(code)) != CODE_EVENT)
		return 0;
	return parse_code_parts(s, a, code, out);
}

/* Finds the code part "[...] [...]" of a line: returns a pointer to the first '[' outside any
 * comment, or NULL; sets *comment to the ';' that starts a comment (or the line end). */
const char *tabari_find_codes(const char *line, const char **comment)
{
	const char *end = strchrnul(line, ';');   /* one pass, not strchr then strlen */
	*comment = end;
	const char *b = memchr(line, '[', (size_t)(end - line));
	return b;
}

/* Parses "[..] [..] ..." from p up to end into dated codes; the default must be last. */
int tabari_code_blocks(tabari_src *s, const char *p, const char *end, dict_dated_code *out, int max,
			     int *nout)
{
	int n = *nout;
	while (p < end) {
		p = tabari_skip_ws(p);
		if (p >= end)
			break;
		if (*p != '[') {
			if (n > *nout) {
				/* "[MNCMED]<TAB>Newspapers/Magazines": a comment without ';' */
				tabari_warn(s, p,
					 "text after the code ignored (start comments with ';')%s",
					 NULL);
				break;
			}
			tabari_error(s, p, "expected '[' to start a code%s", NULL);
			return -1;
		}
		const char *q = memchr(p, ']', (size_t)(end - p));
		if (!q) {
			tabari_error(s, p, "missing ']' after the code%s", NULL);
			return -1;
		}
		if (n == max) {
			tabari_error(s, p, "too many codes for one phrase%s", NULL);
			return -1;
		}
		if (parse_dated(s, p + 1, q, &out[n]))
			return -1;
		n++;
		p = q + 1;
	}
	*nout = n;
	return 0;
}

const dict_actor_codes *tabari_actor_codes(tabari_src *s, const dict_dated_code *v, int n, int line,
					   const char *name)
{
	/* an unrestricted code must come last; with only restricted codes, null is the default */
	for (int i = 0; i + 1 < n; i++) {
		if (v[i].lo == 0 && v[i].hi == 99999999) {
			diag_report(&s->d->diag, KHALDUN_WARNING, s->path, line, 0, NULL, 0,
				    "'%s': unrestricted code before a dated one: "
				    "the dated ones after it are never used", name ? name : "?");
			break;
		}
	}
	return dict_actor_codes_new(s->d, v, n);
}
