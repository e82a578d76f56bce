/*
 * dict.c - reads TABARI .actors, .agents, .verbs and .options files into a khaldun_dict.
 * Phrases are parsed into element sequences (words with stem/exact/consecutive flags,
 * alternatives, synsets, actor tokens), interned in the dictionary's arena and indexed by
 * their first word. Every malformed line is reported with file:line:column and skipped;
 * nothing is dropped silently and nothing here crashes on hostile input.
 */
#include "dict/dict.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FILE_BYTES ((size_t)256 << 20)
#define MAX_ELEMS 256

/* ---------------------------------------------------------------- files and lines */

typedef struct {
	khaldun_dict *d;
	const char *path;   /* interned */
	char *data;
	size_t len, pos;
	int lineno;
	const char *line;   /* current line (NUL-terminated, CR stripped) */
	size_t linelen;
	const char *copy;   /* a normalised copy of part of the line being parsed ... */
	size_t copy_len;
	long copy_col;      /* ... and the column where that part starts */
} src;

static int src_open(src *s, khaldun_dict *d, const char *path)
{
	memset(s, 0, sizeof *s);
	s->d = d;
	s->path = arena_strdup(&d->mem, path);
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		diag_report(&d->diag, KHALDUN_ERROR, path, 0, 0, NULL, 0, "cannot open: %s",
			    strerror(errno));
		return KHALDUN_ERR_IO;
	}
	size_t cap = 1 << 16;
	s->data = malloc(cap);
	while (s->data) {
		size_t n = fread(s->data + s->len, 1, cap - s->len - 1, fp);
		s->len += n;
		if (n == 0)
			break;
		if (s->len + 1 >= cap) {
			if (cap >= MAX_FILE_BYTES) {
				diag_report(&d->diag, KHALDUN_ERROR, path, 0, 0, NULL, 0,
					    "file larger than %zu MiB", MAX_FILE_BYTES >> 20);
				free(s->data);
				s->data = NULL;
				break;
			}
			char *p = realloc(s->data, cap * 2);
			if (!p) {
				free(s->data);
				s->data = NULL;
				break;
			}
			s->data = p;
			cap *= 2;
		}
	}
	int err = ferror(fp);
	fclose(fp);
	if (!s->data || err) {
		if (err)
			diag_report(&d->diag, KHALDUN_ERROR, path, 0, 0, NULL, 0, "read error");
		free(s->data);
		s->data = NULL;
		return KHALDUN_ERR_IO;
	}
	s->data[s->len] = 0;
	return 0;
}

/* Advances to the next line; returns 0 at end of file. NUL bytes are reported and blanked. */
static int src_next(src *s)
{
	if (s->pos >= s->len)
		return 0;
	char *p = s->data + s->pos;
	char *end = memchr(p, '\n', s->len - s->pos);
	size_t n = end ? (size_t)(end - p) : s->len - s->pos;
	s->pos += n + (end != NULL);
	s->lineno++;
	if (n && p[n - 1] == '\r')
		n--;
	p[n] = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == 0) {
			diag_report(&s->d->diag, KHALDUN_WARNING, s->path, s->lineno, (long)i + 1,
				    NULL, 0, "NUL byte replaced by a blank");
			p[i] = ' ';
		}
	}
	s->line = p;
	s->linelen = n;
	return 1;
}

static void src_close(src *s)
{
	free(s->data);
	s->data = NULL;
}

static long src_col(src *s, const char *at)
{
	if (!at)
		return 0;
	if (s->copy && at >= s->copy && at <= s->copy + s->copy_len)
		return s->copy_col + (long)(at - s->copy);
	if (at >= s->line && at <= s->line + s->linelen)
		return (long)(at - s->line) + 1;
	return 0;
}

static void src_error(src *s, const char *at, const char *fmt, const char *arg)
{
	diag_report(&s->d->diag, KHALDUN_ERROR, s->path, s->lineno, src_col(s, at), s->line,
		    s->linelen, fmt, arg ? arg : "");
}

/* A line that was used after a documented repair: reported, but not an error. */
static void src_warn(src *s, const char *at, const char *fmt, const char *arg)
{
	diag_report(&s->d->diag, KHALDUN_WARNING, s->path, s->lineno, src_col(s, at), s->line,
		    s->linelen, fmt, arg ? arg : "");
}

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Trims trailing blanks of [p, e) and returns the new end. */
static const char *rtrim(const char *p, const char *e)
{
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return e;
}

/* ---------------------------------------------------------------- the index */

static uint32_t hash_str(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static dict_slot *slot_find(const khaldun_dict *d, const char *k, size_t n, int *found)
{
	uint32_t h = hash_str(k, n);
	uint32_t i = h & (d->nslots - 1);
	for (;;) {
		dict_slot *sl = &d->slots[i];
		if (!sl->key) {
			*found = 0;
			return sl;
		}
		if (sl->hash == h && sl->keylen == n && !memcmp(sl->key, k, n)) {
			*found = 1;
			return sl;
		}
		i = (i + 1) & (d->nslots - 1);
	}
}

static int index_grow(khaldun_dict *d)
{
	uint32_t n = d->nslots ? d->nslots * 2 : 4096;
	dict_slot *old = d->slots;
	uint32_t oldn = d->nslots;
	d->slots = calloc(n, sizeof *d->slots);
	if (!d->slots) {
		d->slots = old;
		return -1;
	}
	d->nslots = n;
	for (uint32_t i = 0; i < oldn; i++) {
		if (!old[i].key)
			continue;
		int found;
		dict_slot *sl = slot_find(d, old[i].key, old[i].keylen, &found);
		*sl = old[i];
	}
	free(old);
	return 0;
}

static int index_add(khaldun_dict *d, const char *key, dict_entry *e)
{
	if ((d->nused + 1) * 2 > d->nslots && index_grow(d))
		return -1;
	int found;
	size_t n = strlen(key);
	dict_slot *sl = slot_find(d, key, n, &found);
	if (!found) {
		sl->key = arena_strndup(&d->mem, key, n);
		sl->keylen = (uint32_t)n;
		sl->hash = hash_str(key, n);
		d->nused++;
	}
	if (sl->n == sl->cap) {
		uint32_t cap = sl->cap ? sl->cap * 2 : 2;
		dict_entry **v = realloc(sl->v, cap * sizeof *v);
		if (!v)
			return -1;
		sl->v = v;
		sl->cap = cap;
	}
	sl->v[sl->n++] = e;
	if ((int)n > d->max_word_chars)
		d->max_word_chars = (int)n;
	return 0;
}

void dict_candidates(const khaldun_dict *d, const char *tok, size_t len,
		     void (*fn)(void *ctx, const dict_entry *e), void *ctx)
{
	if (!d->nslots)
		return;
	size_t max = len < (size_t)d->max_word_chars ? len : (size_t)d->max_word_chars;
	for (size_t k = max; k >= 1; k--) {
		int found;
		dict_slot *sl = slot_find(d, tok, k, &found);
		if (!found)
			continue;
		for (uint32_t i = 0; i < sl->n; i++)
			fn(ctx, sl->v[i]);
	}
}

/* ---------------------------------------------------------------- dates */

static int valid_ymd(long y, long m, long dd)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12 || dd < 1 || dd > mdays[m - 1])
		return 0;
	if (m == 2 && dd == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}

long dict_parse_date(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	long v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	long y, m, dd;
	if (n == 6) {
		y = v / 10000;
		y += y <= 30 ? 2000 : 1900;
		m = v / 100 % 100;
		dd = v % 100;
	} else if (n == 8) {
		y = v / 10000;
		m = v / 100 % 100;
		dd = v % 100;
	} else {
		return 0;
	}
	/* dictionaries write "31" for the end of any month: clamp to the month's last day */
	if (m >= 1 && m <= 12 && dd >= 29 && dd <= 31) {
		while (dd > 28 && !valid_ymd(y, m, dd))
			dd--;
	}
	if (!valid_ymd(y, m, dd))
		return 0;
	return y * 10000 + m * 100 + dd;
}

/* ---------------------------------------------------------------- phrases */

typedef struct {
	src *s;
	const char *p;       /* cursor */
	const char *end;
	int in_synset;       /* parsing a synset member: its own name may not appear */
	const char *self;
	int words_only;      /* actor, agent, noun phrases: every other character is literal */
	int verbs;           /* '*' markers seen */
} pparse;

static int is_wordch(const pparse *pp, char c)
{
	if (pp->words_only)
		return c && !strchr(" \t_~=", c);
	return c && !strchr(" \t{}|[]*$+%^@&_~=;", c);
}

static const dict_synset *synset_find(const khaldun_dict *d, const char *name, size_t n)
{
	for (int i = 0; i < d->nsynsets; i++)
		if (strlen(d->synsets[i].name) == n && !memcmp(d->synsets[i].name, name, n))
			return &d->synsets[i];
	return NULL;
}

static dict_pseq *pseq_copy(khaldun_dict *d, const dict_pel *e, int n)
{
	dict_pseq *q = arena_alloc(&d->mem, sizeof *q);
	dict_pel *v = n ? arena_alloc(&d->mem, (size_t)n * sizeof *v) : NULL;
	if (!q || (n && !v))
		return NULL;
	if (n)
		memcpy(v, e, (size_t)n * sizeof *v);
	q->e = v;
	q->n = (uint16_t)n;
	q->chars = (uint16_t)dict_seq_chars(e, n);
	return q;
}

/* Parses elements until end, '|' or '}' (at depth > 0). Returns the count or -1 (reported). */
static int parse_elems(pparse *pp, dict_pel *out, int max, int depth)
{
	khaldun_dict *d = pp->s->d;
	int n = 0;
	while (pp->p < pp->end) {
		char c = *pp->p;
		if (c == ' ' || c == '\t') {
			pp->p++;
			continue;
		}
		if (c == '_' && !pp->words_only) {
			/* a stray connector ("ON_ _", "} _*"): nothing to connect */
			pp->p++;
			if (n && (pp->p >= pp->end || *pp->p == ' ' || *pp->p == '\t')) {
				src_warn(pp->s, pp->p - 1, "stray '_' ignored%s", NULL);
			} else if (n) {
				out[n - 1].consec = 1;
			}
			continue;
		}
		if (c == '_') {
			pp->p++;
			continue;
		}
		if (c == ']' && depth) {
			src_warn(pp->s, pp->p, "']' read as '}' closing the alternatives%s", NULL);
			return n;
		}
		if (c == '|' || c == '}') {
			if (!depth) {
				if (c == '}') {
					src_warn(pp->s, pp->p, "'}' without '{' ignored%s", NULL);
					pp->p++;
					continue;
				}
				src_error(pp->s, pp->p, "unexpected '%s' outside { ... }", "|");
				return -1;
			}
			return n;
		}
		if (n >= max) {
			src_error(pp->s, pp->p, "phrase has too many elements%s", NULL);
			return -1;
		}
		dict_pel *e = &out[n];
		memset(e, 0, sizeof *e);
		const char *start = pp->p;
		if (c == '{') {
			if (depth) {
				src_error(pp->s, pp->p, "nested { ... } alternatives%s", NULL);
				return -1;
			}
			pp->p++;
			dict_pseq opts[64];
			int nopt = 0;
			for (;;) {
				dict_pel tmp[MAX_ELEMS];
				int k = parse_elems(pp, tmp, MAX_ELEMS, depth + 1);
				if (k < 0)
					return -1;
				if (pp->p >= pp->end) {
					src_error(pp->s, start, "'{' without a closing '}'%s", NULL);
					return -1;
				}
				if (k == 0) {
					src_error(pp->s, pp->p, "empty alternative in { ... }%s", NULL);
					return -1;
				}
				if (*pp->p == ']')
					*(char *)pp->p = '}';
				if (nopt == 64) {
					src_error(pp->s, pp->p, "more than 64 alternatives%s", NULL);
					return -1;
				}
				dict_pseq *q = pseq_copy(d, tmp, k);
				if (!q)
					return -1;
				opts[nopt++] = *q;
				if (*pp->p++ == '}')
					break;
			}
			dict_pseq *v = arena_alloc(&d->mem, (size_t)nopt * sizeof *v);
			if (!v)
				return -1;
			memcpy(v, opts, (size_t)nopt * sizeof *v);
			e->kind = PEL_ALT;
			e->opts = v;
			e->nopts = (uint16_t)nopt;
			for (int o = 0; o < nopt; o++)
				if (v[o].chars > e->maxchars)
					e->maxchars = v[o].chars;
		} else if (c == '&' && !pp->words_only) {
			const char *q = ++pp->p;
			while (q < pp->end && (isalnum((unsigned char)*q) || *q == '_' || *q == '\''))
				q++;
			/* the longest known synset name that ends at a '_' boundary or the end */
			const dict_synset *ss = NULL;
			const char *stop = q;
			while (stop > pp->p) {
				ss = synset_find(d, pp->p, (size_t)(stop - pp->p));
				if (ss)
					break;
				do
					stop--;
				while (stop > pp->p && *stop != '_');
			}
			if (!ss) {
				char name[64];
				snprintf(name, sizeof name, "%.*s", (int)(q - pp->p), pp->p);
				src_error(pp->s, start, "unknown synset &%s (declare it in <SYNSETS> first)",
					  name);
				return -1;
			}
			if (pp->in_synset && ss->name == pp->self) {
				src_error(pp->s, start, "synset &%s refers to itself", ss->name);
				return -1;
			}
			e->kind = PEL_SYNSET;
			e->text = ss->name;
			e->opts = ss->members;
			e->nopts = (uint16_t)ss->n;
			pp->p = stop;
		} else if (strchr("*$+%^@", c) && !pp->words_only) {
			static const char tok[] = "*$+%^@";
			static const uint8_t kind[] = { PEL_VERB, PEL_SRC, PEL_TGT, PEL_CMP, PEL_SKIP,
							PEL_ATTR };
			e->kind = kind[strchr(tok, c) - tok];
			if (c == '*' && pp->verbs++) {
				/* TABARI reads the first '*' as the verb; a second one matches nothing */
				src_warn(pp->s, pp->p, "second verb marker '*': this pattern can never "
						       "match%s", NULL);
				e->kind = PEL_WORD;
				e->text = "*";
				e->len = 1;
				e->exact = 1;
			}
			pp->p++;
		} else if (is_wordch(pp, c)) {
			const char *q = pp->p;
			while (q < pp->end && is_wordch(pp, *q))
				q++;
			e->kind = PEL_WORD;
			e->len = (uint16_t)(q - pp->p);
			char *w = arena_strndup(&d->mem, pp->p, (size_t)(q - pp->p));
			if (!w)
				return -1;
			for (char *t = w; *t; t++)
				*t = (char)toupper((unsigned char)*t);
			e->text = w;
			pp->p = q;
			if (pp->p < pp->end && *pp->p == '=') {
				e->exact = e->noend = 1;
				pp->p++;
			}
		} else {
			src_error(pp->s, pp->p, "unexpected character '%s' in phrase",
				  (char[]){ c, 0 });
			return -1;
		}
		/* connectors after the element */
		if (pp->p < pp->end && *pp->p == '~') {
			e->consec = 1;
			pp->p++;
			if (pp->p < pp->end && *pp->p == '_')
				pp->p++;
		} else if (pp->p < pp->end && *pp->p == '_') {
			while (pp->p < pp->end && *pp->p == '_')
				pp->p++;
			if (e->kind == PEL_WORD)
				e->exact = 1;
			if (pp->p < pp->end && *pp->p != ' ' && *pp->p != '\t' && *pp->p != '|' &&
			    *pp->p != '}' && *pp->p != ']')
				e->consec = 1;
		}
		/* '}_' marks the last element of every option consecutive with what follows */
		if (e->kind == PEL_ALT && e->consec) {
			for (int i = 0; i < e->nopts; i++) {
				dict_pel *last = (dict_pel *)&e->opts[i].e[e->opts[i].n - 1];
				last->consec = 1;
			}
		}
		n++;
	}
	if (depth) {
		/* reached the end inside { ... } */
		return n;
	}
	return n;
}

/* Counts TABARI's pattern length: literal characters and '_' connectors, the longest option
 * of { ... }, one for a synset reference. */
int dict_seq_chars(const dict_pel *e, int n)
{
	int len = 0;
	for (int i = 0; i < n; i++) {
		if (e[i].kind == PEL_WORD)
			len += e[i].len + (e[i].exact || e[i].consec);
		else if (e[i].kind == PEL_ALT || e[i].kind == PEL_SYNSET) {
			int best = 0;
			for (int k = 0; k < e[i].nopts; k++) {
				int l = dict_seq_chars(e[i].opts[k].e, e[i].opts[k].n);
				if (l > best)
					best = l;
			}
			/* a synset counts one: a pattern with one is longer than the same pattern
			 * without it, and shorter than one with any literal word in its place */
			len += e[i].kind == PEL_ALT ? best : 1;
		} else if (e[i].consec) {
			len++;
		}
	}
	return len;
}

/* Normalises a dictionary phrase: hyphens become underscores (the text's become blanks). */
static char *norm_phrase(khaldun_dict *d, const char *p, const char *e)
{
	char *s = arena_strndup(&d->mem, p, (size_t)(e - p));
	if (!s)
		return NULL;
	for (char *t = s; *t; t++)
		if (*t == '-')
			*t = '_';
	return s;
}

static int parse_phrase_mode(src *s, const char *p, const char *e, dict_pel *out, int max,
			     int words_only)
{
	char *norm = norm_phrase(s->d, p, e);
	if (!norm)
		return -1;
	s->copy = norm;
	s->copy_len = strlen(norm);
	s->copy_col = src_col(s, p);
	pparse pp = { s, norm, norm + strlen(norm), 0, NULL, words_only, 0 };
	int n = parse_elems(&pp, out, max, 0);
	s->copy = NULL;
	return n;
}

static int parse_phrase(src *s, const char *p, const char *e, dict_pel *out, int max)
{
	return parse_phrase_mode(s, p, e, out, max, 0);
}

/* ---------------------------------------------------------------- codes */

/* The kind of a code: the special null, discard and complex codes, or an event code. */
static uint8_t special_code(const char *c)
{
	if (!strcmp(c, "---"))
		return CODE_NULL;
	if (!strcmp(c, "###"))
		return CODE_DISCARD;
	if (!strcmp(c, "+++"))
		return CODE_COMPLEX;
	return CODE_EVENT;
}

/* Parses an event code "[123]", "[032:033]", "[023?]", "[031!]", "[---]", "[###]", "[+++]". */
static int parse_evcode(src *s, const char *p, const char *e, dict_evcode *out)
{
	khaldun_dict *d = s->d;
	memset(out, 0, sizeof *out);
	const char *a = skip_ws(p);
	e = rtrim(a, e);
	/* "- - -" with blanks counts as the null code */
	char buf[128];
	size_t n = 0;
	for (const char *t = a; t < e && n < sizeof buf - 1; t++)
		if (*t != ' ' && *t != '\t')
			buf[n++] = *t;
	buf[n] = 0;
	if (!n) {
		src_error(s, p, "empty code in [ ]%s", NULL);
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
			src_error(s, p, "invalid character in event code [%s]", buf);
			return -1;
		}
	}
	if (!*buf || (colon && !colon[1])) {
		src_error(s, p, "empty event code in [%s]", buf);
		return -1;
	}
	out->a = arena_strdup(&d->mem, buf);
	out->b = colon ? arena_strdup(&d->mem, colon + 1) : NULL;
	return 0;
}

/* Parses one actor code block body: "CODE", "A/B", "~GOV", "CODE <YYMMDD", "CODE >YYMMDD",
 * "CODE YYMMDD-YYMMDD", "--- <YYMMDD", ... */
static int parse_dated(src *s, const char *p, const char *e, dict_dated_code *out)
{
	khaldun_dict *d = s->d;
	memset(out, 0, sizeof *out);
	out->lo = 0;
	out->hi = 99999999;
	const char *a = skip_ws(p);
	e = rtrim(a, e);
	/* split: code part (up to first blank or '<' '>' or digit-run date) and restriction */
	const char *c = a;
	while (c < e && *c != ' ' && *c != '\t' && *c != '<' && *c != '>')
		c++;
	/* a bare date range "950601-990815" with no code is an error */
	const char *r = skip_ws(c);
	char code[256];
	size_t cn = (size_t)(c - a);
	if (cn >= sizeof code) {
		src_error(s, a, "actor code too long%s", NULL);
		return -1;
	}
	memcpy(code, a, cn);
	code[cn] = 0;
	if (cn && isdigit((unsigned char)code[0]) && strchr(code, '-') == NULL &&
	    dict_parse_date(code, cn) && r >= e) {
		/* "[950601]": a date where a code belongs */
	}
	/* the date restriction */
	if (r < e) {
		char rb[64];
		size_t rn = 0;
		for (const char *t = r; t < e && rn < sizeof rb - 1; t++)
			if (*t != ' ' && *t != '\t')
				rb[rn++] = *t;
		rb[rn] = 0;
		if (rb[0] == '<' || rb[0] == '>') {
			long dt = dict_parse_date(rb + 1, rn - 1);
			if (!dt) {
				src_error(s, r, "invalid date in restriction '%s' (YYMMDD or YYYYMMDD)",
					  rb);
				return -1;
			}
			if (rb[0] == '<')
				out->hi = dt;
			else
				out->lo = dt;
		} else {
			char *dash = strchr(rb, '-');
			long lo = dash ? dict_parse_date(rb, (size_t)(dash - rb)) : 0;
			long hi = dash ? dict_parse_date(dash + 1, strlen(dash + 1)) : 0;
			if (!lo || !hi) {
				src_error(s, r,
					  "invalid date restriction '%s' (use <DATE, >DATE or DATE-DATE)",
					  rb);
				return -1;
			}
			/* six-digit years pivot at 30: a range like 270101-730717 means 1927-1973 */
			if (lo > hi && dash - rb == 6 && lo - 1000000 <= hi)
				lo -= 1000000;
			if (lo > hi) {
				src_error(s, r, "reversed date range '%s'", rb);
				return -1;
			}
			out->lo = lo;
			out->hi = hi;
		}
	}
	if (!cn) {
		src_error(s, p, "missing code before the date restriction%s", NULL);
		return -1;
	}
	if (isdigit((unsigned char)code[0]) && dict_parse_date(code, cn)) {
		src_error(s, a, "a date '%s' stands where the actor code belongs", code);
		return -1;
	}
	if ((out->kind = special_code(code)) != CODE_EVENT)
		return 0;
	/* compound codes A/B/C */
	const char *parts[64];
	size_t plen[64];
	int np = 0;
	const char *t = code;
	while (*t) {
		const char *slash = strchr(t, '/');
		size_t l = slash ? (size_t)(slash - t) : strlen(t);
		if (!l || np == 64) {
			src_error(s, a, "empty or too many parts in compound code '%s'", code);
			return -1;
		}
		for (size_t i = 0; i < l; i++) {
			if (!isalnum((unsigned char)t[i]) && t[i] != '~') {
				src_error(s, a, "invalid character in actor code '%s'", code);
				return -1;
			}
		}
		parts[np] = t;
		plen[np++] = l;
		t += l + (slash != NULL);
	}
	out->codes = arena_alloc(&d->mem, (size_t)np * sizeof *out->codes);
	if (!out->codes)
		return -1;
	for (int i = 0; i < np; i++) {
		char *cc = arena_strndup(&d->mem, parts[i], plen[i]);
		if (!cc)
			return -1;
		for (char *u = cc; *u; u++)
			*u = (char)toupper((unsigned char)*u);
		out->codes[i] = cc;
	}
	out->ncodes = (uint8_t)np;
	return 0;
}

/* Finds the code part "[...] [...]" of a line: returns a pointer to the first '[' outside any
 * comment, or NULL; sets *comment to the ';' that starts a comment (or the line end). */
static const char *find_codes(const char *line, const char **comment)
{
	const char *sc = strchr(line, ';');
	const char *end = sc ? sc : line + strlen(line);
	*comment = end;
	const char *b = memchr(line, '[', (size_t)(end - line));
	return b;
}

/* Parses "[..] [..] ..." from p up to end into dated codes; the default must be last. */
static int parse_code_blocks(src *s, const char *p, const char *end, dict_dated_code *out, int max,
			     int *nout)
{
	int n = *nout;
	while (p < end) {
		p = skip_ws(p);
		if (p >= end)
			break;
		if (*p != '[') {
			if (n > *nout) {
				/* "[MNCMED]<TAB>Newspapers/Magazines": a comment without ';' */
				src_warn(s, p, "text after the code ignored (start comments with ';')%s",
					 NULL);
				break;
			}
			src_error(s, p, "expected '[' to start a code%s", NULL);
			return -1;
		}
		const char *q = memchr(p, ']', (size_t)(end - p));
		if (!q) {
			src_error(s, p, "missing ']' after the code%s", NULL);
			return -1;
		}
		if (n == max) {
			src_error(s, p, "too many codes for one phrase%s", NULL);
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

static const dict_actor_codes *finish_codes(src *s, dict_dated_code *v, int n, int line,
				       const char *name)
{
	khaldun_dict *d = s->d;
	/* an unrestricted code must come last; with only restricted codes, null is the default */
	for (int i = 0; i + 1 < n; i++) {
		if (v[i].lo == 0 && v[i].hi == 99999999) {
			diag_report(&d->diag, KHALDUN_WARNING, s->path, line, 0, NULL, 0,
				    "'%s': unrestricted code before a dated one: the dated ones after "
				    "it are never used", name ? name : "?");
			break;
		}
	}
	dict_actor_codes *ac = arena_alloc(&d->mem, sizeof *ac);
	dict_dated_code *cv = arena_alloc(&d->mem, (size_t)(n ? n : 1) * sizeof *cv);
	if (!ac || !cv)
		return NULL;
	memcpy(cv, v, (size_t)n * sizeof *cv);
	ac->v = cv;
	ac->n = (uint16_t)n;
	return ac;
}

/* ---------------------------------------------------------------- entries */

static dict_entry *new_entry(src *s, int type, const dict_pel *w, int nw, const char *text)
{
	khaldun_dict *d = s->d;
	dict_entry *e = arena_alloc(&d->mem, sizeof *e);
	dict_pseq *q = pseq_copy(d, w, nw);
	if (!e || !q)
		return NULL;
	e->type = (uint8_t)type;
	e->words = *q;
	e->nchars = dict_seq_chars(w, nw);
	e->at.file = s->path;
	e->at.line = s->lineno;
	e->at.text = text;
	e->seq = d->nentries++;
	return e;
}

static int add_entry(src *s, dict_entry *e)
{
	const dict_pel *f = &e->words.e[0];
	if (f->kind != PEL_WORD) {
		src_error(s, NULL, "a phrase must begin with a word%s", NULL);
		return -1;
	}
	return index_add(s->d, f->text, e);
}

/* Parses the phrase part [p, e) of a dictionary line: words only (no tokens or sets). */
static int phrase_words(src *s, const char *p, const char *e, dict_pel *w, int max)
{
	e = rtrim(p, e);
	p = skip_ws(p);
	if (p >= e) {
		src_error(s, p, "missing phrase%s", NULL);
		return -1;
	}
	int n = parse_phrase_mode(s, p, e, w, max, 1);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		if (w[i].kind != PEL_WORD) {
			src_error(s, p, "only words may appear in this phrase: '%s'",
				  arena_strndup(&s->d->mem, p, (size_t)(e - p)));
			return -1;
		}
	}
	if (!n) {
		src_error(s, p, "missing phrase%s", NULL);
		return -1;
	}
	return n;
}

/* ---------------------------------------------------------------- .actors / .agents */

/* A synonym group in progress: the head phrase and its + synonyms, waiting for codes. */
typedef struct {
	dict_entry *group[1024];
	int ngroup;
	dict_dated_code codes[64];
	int ncodes;
	const char *parent;
	int group_line;
} synonyms;

/* Gives the group's phrases their codes and indexes them (a group without codes is reported
 * and not used); then starts a new group. */
static void flush_group(src *s, synonyms *g)
{
	if (g->ngroup && !g->ncodes) {
		diag_report(&s->d->diag, KHALDUN_WARNING, s->path, g->group_line, 0, NULL, 0,
			    "'%s' has no code and is not used (expected [CODE] on its line or on "
			    "indented lines after it)", g->parent ? g->parent : "?");
	} else if (g->ngroup) {
		const dict_actor_codes *ac = finish_codes(s, g->codes, g->ncodes, g->group_line, g->parent);
		int is_agent = 0;
		for (int i = 0; i < g->ncodes; i++)
			for (int j = 0; j < g->codes[i].ncodes; j++)
				if (strchr(g->codes[i].codes[j], '~'))
					is_agent = 1;
		for (int i = 0; ac && i < g->ngroup; i++) {
			g->group[i]->codes = ac;
			g->group[i]->type = (uint8_t)(is_agent ? ENT_AGENT : ENT_ACTOR);
			g->group[i]->parent = g->parent;
			add_entry(s, g->group[i]);
		}
	}
	g->ngroup = 0;
	g->ncodes = 0;
	g->parent = NULL;
}

int dict_load_actors(khaldun_dict *d, const char *path, int agents)
{
	src s;
	if (src_open(&s, d, path))
		return KHALDUN_ERR_IO;
	enum { SEC_ACTORS, SEC_NOUN, SEC_ADJ } sec = SEC_ACTORS;
	synonyms g = { .ngroup = 0 };


	while (src_next(&s)) {
		const char *line = s.line;
		const char *p = skip_ws(line);
		if (!*p)
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		if (*line == '#' || *line == '/' || *p == ';')
			continue;
		if (*p == '<') {
			char tag[32];
			size_t k = 0;
			const char *t = p + 1;
			while (*t && *t != '>' && k < sizeof tag - 1)
				tag[k++] = (char)toupper((unsigned char)*t++);
			tag[k] = 0;
			flush_group(&s, &g);
			if (!strncmp(tag, "NOUN", 4))
				sec = SEC_NOUN;
			else if (!strncmp(tag, "ADJ", 3))
				sec = SEC_ADJ;
			else if (tag[0] == '/')
				sec = SEC_ACTORS;
			else
				src_error(&s, p, "unknown section tag '<%s>' (expected <NOUN> or "
						 "<ADJECTIVE>)", tag);
			continue;
		}
		const char *comment;
		const char *codes_at = find_codes(p, &comment);
		if (sec != SEC_ACTORS) {
			dict_pel w[MAX_ELEMS];
			const char *e = codes_at ? codes_at : comment;
			int n = phrase_words(&s, p, e, w, MAX_ELEMS);
			if (n < 0)
				continue;
			dict_entry *en = new_entry(&s, sec == SEC_NOUN ? ENT_NOUN : ENT_ADJ, w, n,
					      arena_strndup(&d->mem, p, (size_t)(rtrim(p, comment) - p)));
			if (en)
				add_entry(&s, en);
			continue;
		}
		/* indented code line of a synonym group */
		if ((line[0] == ' ' || line[0] == '\t') && *p == '[') {
			if (!g.ngroup) {
				src_error(&s, p, "indented code line without an actor before it%s",
					  NULL);
				continue;
			}
			parse_code_blocks(&s, p, comment, g.codes, 64, &g.ncodes);
			continue;
		}
		if (*p == '+') {
			if (!g.ngroup) {
				src_error(&s, p, "synonym '+' line without an actor before it%s", NULL);
				continue;
			}
			dict_pel w[MAX_ELEMS];
			int n = phrase_words(&s, p + 1, codes_at ? codes_at : comment, w, MAX_ELEMS);
			if (n < 0)
				continue;
			if (g.ngroup == 1024) {
				src_error(&s, p, "more than 1024 synonyms%s", NULL);
				continue;
			}
			dict_entry *en = new_entry(&s, ENT_ACTOR, w, n,
					      arena_strndup(&d->mem, p, (size_t)(rtrim(p, comment) - p)));
			if (!en)
				continue;
			g.group[g.ngroup++] = en;
			if (codes_at)
				parse_code_blocks(&s, codes_at, comment, g.codes, 64, &g.ncodes);
			continue;
		}
		/* a new actor phrase */
		flush_group(&s, &g);
		dict_pel w[MAX_ELEMS];
		int n = phrase_words(&s, p, codes_at ? codes_at : comment, w, MAX_ELEMS);
		if (n < 0)
			continue;
		const char *text = arena_strndup(&d->mem, p, (size_t)(rtrim(p, comment) - p));
		dict_entry *en = new_entry(&s, agents ? ENT_AGENT : ENT_ACTOR, w, n, text);
		if (!en)
			continue;
		g.group[g.ngroup++] = en;
		g.parent = arena_strndup(&d->mem, p,
				       (size_t)(rtrim(p, codes_at ? codes_at : comment) - p));
		g.group_line = s.lineno;
		if (codes_at && parse_code_blocks(&s, codes_at, comment, g.codes, 64, &g.ncodes)) {
			g.ngroup = 0;
			g.ncodes = 0;
		}
	}
	flush_group(&s, &g);
	src_close(&s);
	return 0;
}

/* ---------------------------------------------------------------- .verbs */

static int cmp_pattern(const void *a, const void *b)
{
	const dict_pattern *x = a, *y = b;
	if (x->length != y->length)
		return y->length - x->length;
	return x->at.line - y->at.line;  /* stable: file order */
}

typedef struct {
	dict_verb_root *root;
	dict_pattern *pats;
	int n, cap;
	dict_entry *forms[64];
	int nforms;
} verb_build;

static void verb_finish(khaldun_dict *d, verb_build *vb)
{
	if (!vb->root)
		return;
	if (vb->n)
		qsort(vb->pats, (size_t)vb->n, sizeof *vb->pats, cmp_pattern);
	dict_pattern *v = vb->n ? arena_alloc(&d->mem, (size_t)vb->n * sizeof *v) : NULL;
	if (vb->n && v)
		memcpy(v, vb->pats, (size_t)vb->n * sizeof *v);
	vb->root->pats = v;
	vb->root->npats = v ? vb->n : 0;
	vb->root = NULL;
	vb->n = 0;
	vb->nforms = 0;
}

static int parse_pattern(src *s, const char *p, const char *codes_at, const char *comment,
			 verb_build *vb)
{
	khaldun_dict *d = s->d;
	dict_pel w[MAX_ELEMS];
	if (!codes_at) {
		src_error(s, p, "pattern without a [code]%s", NULL);
		return -1;
	}
	const char *q = memchr(codes_at, ']', (size_t)(comment - codes_at));
	if (!q) {
		src_error(s, codes_at, "missing ']' after the code%s", NULL);
		return -1;
	}
	dict_evcode c;
	if (parse_evcode(s, codes_at + 1, q, &c))
		return -1;
	int n = parse_phrase(s, p, rtrim(p, codes_at), w, MAX_ELEMS);
	if (n < 0)
		return -1;
	int verb = -1;
	for (int i = 0; i < n; i++) {
		if (w[i].kind == PEL_VERB) {
			if (verb >= 0) {
				src_error(s, p, "more than one verb marker '*' in pattern%s", NULL);
				return -1;
			}
			verb = i;
		}
	}
	if (verb < 0) {
		src_error(s, p, "missing verb marker '*' in pattern%s", NULL);
		return -1;
	}
	if (vb->n == vb->cap) {
		int cap = vb->cap ? vb->cap * 2 : 16;
		dict_pattern *np = realloc(vb->pats, (size_t)cap * sizeof *np);
		if (!np)
			return -1;
		vb->pats = np;
		vb->cap = cap;
	}
	dict_pattern *pt = &vb->pats[vb->n];
	memset(pt, 0, sizeof *pt);
	dict_pseq *up = pseq_copy(d, w, verb);
	dict_pseq *lo = pseq_copy(d, w + verb + 1, n - verb - 1);
	if (!up || !lo)
		return -1;
	pt->upper = *up;
	pt->lower = *lo;
	pt->code = c;
	pt->length = dict_seq_chars(w, n);
	for (int i = 0; i < n; i++) {
		pt->has_src |= w[i].kind == PEL_SRC;
		pt->has_tgt |= w[i].kind == PEL_TGT;
		pt->has_cmp |= w[i].kind == PEL_CMP;
		pt->has_attr |= w[i].kind == PEL_ATTR;
	}
	pt->verb_consec = w[verb].consec;
	pt->at.file = s->path;
	pt->at.line = s->lineno;
	pt->at.text = arena_strndup(&d->mem, s->line, (size_t)(rtrim(s->line, comment) - s->line));
	vb->n++;
	return 0;
}

int dict_load_verbs(khaldun_dict *d, const char *path)
{
	src s;
	if (src_open(&s, d, path))
		return KHALDUN_ERR_IO;
	enum { SEC_VERBS, SEC_SYNSETS, SEC_TIME, SEC_ATTRIB } sec = SEC_VERBS;
	verb_build vb = { 0 };
	dict_synset *cur_syn = NULL;
	int root_type = ENT_VERB;
	int forms_ok = 0;

	while (src_next(&s)) {
		const char *line = s.line;
		const char *p = skip_ws(line);
		if (!*p)
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		if (*line == '#' || *line == '/')
			continue;
		if (*p == '<') {
			char tag[32];
			size_t k = 0;
			const char *t = p + 1;
			while (*t && *t != '>' && k < sizeof tag - 1)
				tag[k++] = (char)toupper((unsigned char)*t++);
			tag[k] = 0;
			verb_finish(d, &vb);
			cur_syn = NULL;
			forms_ok = 0;
			if (!strncmp(tag, "SYNSET", 6))
				sec = SEC_SYNSETS;
			else if (!strcmp(tag, "TIME"))
				sec = SEC_TIME, d->has_time = 1;
			else if (!strncmp(tag, "ATTRIB", 6))
				sec = SEC_ATTRIB, d->has_attrib = 1;
			else if (tag[0] == '/')
				sec = SEC_VERBS;
			else
				src_error(&s, p, "unknown section tag '<%s>'", tag);
			root_type = sec == SEC_TIME ? ENT_TIME : sec == SEC_ATTRIB ? ENT_ATTRIB : ENT_VERB;
			continue;
		}
		const char *comment;
		const char *codes_at = find_codes(p, &comment);
		if (sec == SEC_SYNSETS) {
			if (*p == '&') {
				const char *q = p + 1;
				while (isalnum((unsigned char)*q) || *q == '_' || *q == '\'')
					q++;
				if (q == p + 1) {
					src_error(&s, p, "missing synset name after '&'%s", NULL);
					continue;
				}
				size_t nl = (size_t)(q - p - 1);
				char *name = arena_strndup(&d->mem, p + 1, nl);
				for (char *t = name; *t; t++)
					*t = (char)toupper((unsigned char)*t);
				if (synset_find(d, name, nl)) {
					/* a repeated declaration continues the set */
					cur_syn = (dict_synset *)synset_find(d, name, nl);
					continue;
				}
				if (d->nsynsets == d->capsynsets) {
					int cap = d->capsynsets ? d->capsynsets * 2 : 16;
					dict_synset *v = realloc(d->synsets, (size_t)cap * sizeof *v);
					if (!v)
						continue;
					d->synsets = v;
					d->capsynsets = cap;
				}
				cur_syn = &d->synsets[d->nsynsets++];
				memset(cur_syn, 0, sizeof *cur_syn);
				cur_syn->name = name;
				continue;
			}
			if (*p == '+') {
				if (!cur_syn) {
					src_error(&s, p, "synonym '+' before any &SYNSET name%s", NULL);
					continue;
				}
				char *norm = norm_phrase(d, p + 1, rtrim(p + 1, comment));
				pparse pp = { &s, norm, norm + strlen(norm), 1, cur_syn->name, 0, 0 };
				dict_pel w[MAX_ELEMS];
				int n = parse_elems(&pp, w, MAX_ELEMS, 0);
				if (n <= 0) {
					if (n == 0)
						src_error(&s, p, "empty synonym%s", NULL);
					continue;
				}
				if (cur_syn->n == cur_syn->cap) {
					int cap = cur_syn->cap ? cur_syn->cap * 2 : 8;
					dict_pseq *v = arena_alloc(&d->mem, (size_t)cap * sizeof *v);
					if (!v)
						continue;
					if (cur_syn->n)
						memcpy(v, cur_syn->members, (size_t)cur_syn->n * sizeof *v);
					cur_syn->members = v;
					cur_syn->cap = cap;
				}
				dict_pseq *q = pseq_copy(d, w, n);
				if (q)
					cur_syn->members[cur_syn->n++] = *q;
				continue;
			}
			src_error(&s, p, "expected '&NAME' or '+member' inside <SYNSETS>%s", NULL);
			continue;
		}
		if (*p == '{') {
			/* irregular forms of the current root */
			if (!vb.root || !forms_ok) {
				src_error(&s, p, "verb forms { ... } must follow a verb root line%s", NULL);
				continue;
			}
			const char *q = strchr(p, '}');
			if (!q) {
				src_error(&s, p, "missing '}' after verb forms%s", NULL);
				continue;
			}
			const char *t = p + 1;
			while (t < q) {
				t = skip_ws(t);
				const char *u = t;
				while (u < q && *u != ' ' && *u != '\t')
					u++;
				if (u > t) {
					dict_pel w[MAX_ELEMS];
					int n = phrase_words(&s, t, u, w, MAX_ELEMS);
					if (n > 0) {
						dict_entry *en = new_entry(&s, root_type, w, n,
								      arena_strndup(&d->mem, t, (size_t)(u - t)));
						if (en) {
							en->verb = vb.root;
							add_entry(&s, en);
						}
					}
				}
				t = u;
			}
			continue;
		}
		if (*p == '-' && (p[1] == ' ' || p[1] == '\t' || p[1] == 0)) {
			if (!vb.root) {
				src_error(&s, p, "pattern before any verb root%s", NULL);
				continue;
			}
			forms_ok = 0;
			parse_pattern(&s, p + 1, codes_at, comment, &vb);
			continue;
		}
		/* a verb root */
		verb_finish(d, &vb);
		forms_ok = 0;
		dict_pel w[MAX_ELEMS];
		int n = phrase_words(&s, p, codes_at ? codes_at : comment, w, MAX_ELEMS);
		if (n < 0)
			continue;
		dict_evcode c = { CODE_NONE, 0, 0, NULL, NULL };
		if (codes_at) {
			const char *q = memchr(codes_at, ']', (size_t)(comment - codes_at));
			if (!q) {
				src_error(&s, codes_at, "missing ']' after the code%s", NULL);
				continue;
			}
			if (parse_evcode(&s, codes_at + 1, q, &c))
				continue;
			if (sec == SEC_TIME && c.kind == CODE_EVENT) {
				char *end;
				long days = strtol(c.a, &end, 10);
				if (*end || days > 8192 || days < -8192) {
					src_error(&s, codes_at, "time shift must be a number of days "
								"from -8192 to 8192, not '%s'", c.a);
					continue;
				}
			}
		} else if (sec == SEC_VERBS) {
			src_error(&s, p, "verb root without a [code] (use [---] for a root that codes "
					 "only through its patterns)%s", NULL);
			continue;
		}
		dict_verb_root *vr = arena_alloc(&d->mem, sizeof *vr);
		const char *text = arena_strndup(&d->mem, p, (size_t)(rtrim(p, comment) - p));
		dict_entry *en = new_entry(&s, root_type, w, n, text);
		if (!vr || !en)
			continue;
		vr->code = c;
		vr->at = en->at;
		vr->name = arena_strndup(&d->mem, p, (size_t)(rtrim(p, codes_at ? codes_at : comment) - p));
		en->verb = vr;
		add_entry(&s, en);
		vb.root = vr;
		forms_ok = 1;
	}
	verb_finish(d, &vb);
	free(vb.pats);
	src_close(&s);
	return 0;
}

/* ---------------------------------------------------------------- .options */

int dict_load_options(khaldun_dict *d, const char *path)
{
	src s;
	if (src_open(&s, d, path))
		return KHALDUN_ERR_IO;
	d->options_file = s.path;
	while (src_next(&s)) {
		const char *p = skip_ws(s.line);
		if (!*p || *p == '#' || (p[0] == '/' && p[1] == '/'))
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		if (d->noptions == d->capoptions) {
			int cap = d->capoptions ? d->capoptions * 2 : 32;
			char **v = realloc(d->options, (size_t)cap * sizeof *v);
			if (!v)
				break;
			d->options = v;
			d->capoptions = cap;
		}
		/* keep file:line with the option so a bad one can be reported where it is */
		char *o = arena_alloc(&d->mem, strlen(p) + 32);
		if (!o)
			break;
		sprintf(o, "%d\t%s", s.lineno, p);
		d->options[d->noptions++] = o;
	}
	src_close(&s);
	return 0;
}
