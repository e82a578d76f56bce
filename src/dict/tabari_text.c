/*
 * tabari_text.c - the TABARI format's text: a dictionary file read whole (at most 256 MiB) and
 * cut into lines (CR stripped, NUL bytes reported and blanked), diagnostics that name
 * file:line:column, and phrases: words with their stem/exact/consecutive marks, { a | b }
 * alternatives, &SYNSET references and the $ + % ^ @ * tokens. Every element is interned in
 * the dictionary's arena.
 */
#include "dict/tabari.h"
#include "base/buf.h"
#include "base/pages.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FILE_BYTES ((size_t)256 << 20)
#define MAX_ELEMS TABARI_MAX_ELEMS

/* ---------------------------------------------------------------- files and lines */

/* Moves s->data into a fresh block of cap bytes (the file is read into memory touched once:
 * pages_zero's, faulted in by one call or on huge pages). 0, or -1 when out of memory. */
static int data_grow(tabari_src *s, size_t cap)
{
	char *p = pages_zero(cap);
	if (!p)
		return -1;
	if (s->len)
		memcpy(p, s->data, s->len);
	pages_free(s->data, s->data_cap);
	s->data = p;
	s->data_cap = cap;
	return 0;
}

/* The first block for fp: the file's size and room for the NUL and for a read that finds the
 * end (so one read fills it); 64 KiB when the size is not known (a pipe). */
static size_t first_cap(FILE *fp)
{
	struct stat st;
	if (fstat(fileno(fp), &st) || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return 1 << 16;
	if ((unsigned long long)st.st_size + 2 > MAX_FILE_BYTES)
		return MAX_FILE_BYTES;   /* read up to the limit, and refused there */
	return (size_t)st.st_size + 2;
}

int tabari_open(tabari_src *s, khaldun_dict *d, const char *path)
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
	int ok = !data_grow(s, first_cap(fp));
	while (ok) {
		size_t n = fread(s->data + s->len, 1, s->data_cap - s->len - 1, fp);
		s->len += n;
		if (n == 0)
			break;
		if (s->len + 1 >= s->data_cap) {
			if (s->data_cap >= MAX_FILE_BYTES) {
				diag_report(&d->diag, KHALDUN_ERROR, path, 0, 0, NULL, 0,
					    "file larger than %zu MiB", MAX_FILE_BYTES >> 20);
				ok = 0;
			} else {
				ok = !data_grow(s, s->data_cap * 2);
			}
		}
	}
	if (!ok) {
		pages_free(s->data, s->data_cap);
		s->data = NULL;
	}
	int err = ferror(fp);
	fclose(fp);
	if (!s->data || err) {
		if (err)
			diag_report(&d->diag, KHALDUN_ERROR, path, 0, 0, NULL, 0, "read error");
		pages_free(s->data, s->data_cap);
		s->data = NULL;
		return KHALDUN_ERR_IO;
	}
	s->data[s->len] = 0;
	char *z = memchr(s->data, 0, s->len);
	s->nul_at = z ? (size_t)(z - s->data) : s->len;
	return 0;
}

/* Advances to the next line; returns 0 at end of file. NUL bytes are reported and blanked. */
int tabari_next_line(tabari_src *s)
{
	if (s->pos >= s->len)
		return 0;
	if (s->nul_at < s->pos) {   /* the last NUL met was in an earlier line: find the next */
		char *z = memchr(s->data + s->pos, 0, s->len - s->pos);
		s->nul_at = z ? (size_t)(z - s->data) : s->len;
	}
	size_t off = s->pos;
	char *p = s->data + s->pos;
	char *end = memchr(p, '\n', s->len - s->pos);
	size_t n = end ? (size_t)(end - p) : s->len - s->pos;
	s->pos += n + (end != NULL);
	s->lineno++;
	if (n && p[n - 1] == '\r')
		n--;
	if (n > s->d->line_max) {   /* skipped whole: a cut line could change an entry */
		diag_report(&s->d->diag, KHALDUN_ERROR, s->path, s->lineno, 0, NULL, 0,
			    "line of %zu bytes longer than %zu (limit dict-line): skipped", n,
			    s->d->line_max);
		n = 0;
	}
	p[n] = 0;
	for (size_t i = 0; s->nul_at < off + n && i < n && memchr(p + i, 0, n - i); i++) {
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

void tabari_close(tabari_src *s)
{
	pages_free(s->data, s->data_cap);
	s->data = NULL;
	free(s->scratch);
	s->scratch = NULL;
	s->scratch_cap = 0;
}

static long src_col(tabari_src *s, const char *at)
{
	if (!at)
		return 0;
	if (s->copy && at >= s->copy && at <= s->copy + s->copy_len)
		return s->copy_col + (long)(at - s->copy);
	if (at >= s->line && at <= s->line + s->linelen)
		return (long)(at - s->line) + 1;
	return 0;
}

void tabari_error(tabari_src *s, const char *at, const char *fmt, const char *arg)
{
	diag_report(&s->d->diag, KHALDUN_ERROR, s->path, s->lineno, src_col(s, at), s->line,
		    s->linelen, fmt, arg ? arg : "");
}

/* A line that was used after a documented repair: reported, but not an error. */
void tabari_warn(tabari_src *s, const char *at, const char *fmt, const char *arg)
{
	diag_report(&s->d->diag, KHALDUN_WARNING, s->path, s->lineno, src_col(s, at), s->line,
		    s->linelen, fmt, arg ? arg : "");
}

const char *tabari_skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Trims trailing blanks of [p, e) and returns the new end. */
const char *tabari_rtrim(const char *p, const char *e)
{
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return e;
}

/* ---------------------------------------------------------------- phrases */

typedef struct {
	tabari_src *s;
	const char *p;       /* cursor */
	const char *end;
	int in_synset;       /* parsing a synset member: its own name may not appear */
	const char *self;
	int words_only;      /* actor, agent, noun phrases: every other character is literal */
	int verbs;           /* '*' markers seen */
} pparse;

/* Characters that end a word: bit 1 in phrases of words only, bit 2 in patterns; bit 4: the
 * tokens * $ + % ^ @. A table, not a switch: it is asked once per dictionary byte. */
static const unsigned char word_end_tab[256] = {
	[0] = 3, [' '] = 3, ['\t'] = 3, ['_'] = 3, ['~'] = 3, ['='] = 3,
	['{'] = 2, ['}'] = 2, ['|'] = 2, ['['] = 2, [']'] = 2, ['*'] = 6, ['$'] = 6, ['+'] = 6,
	['%'] = 6, ['^'] = 6, ['@'] = 6, ['&'] = 2, [';'] = 2,
};

static int is_wordch(const pparse *pp, char c)
{
	return !(word_end_tab[(unsigned char)c] & (pp->words_only ? 1 : 2));
}

static int parse_elems(pparse *pp, dict_pel *out, int max, int depth);

/* { a | b c | d }: the options, each interned; pp->p is just past the '{'. */
static int parse_alt(pparse *pp, dict_pel *e, int depth, const char *start)
{
	khaldun_dict *d = pp->s->d;
	dict_pseq opts[64];
	int nopt = 0;
	for (;;) {
		dict_pel tmp[MAX_ELEMS];
		int k = parse_elems(pp, tmp, MAX_ELEMS, depth + 1);
		if (k < 0)
			return -1;
		if (pp->p >= pp->end) {
			tabari_error(pp->s, start, "'{' without a closing '}'%s", NULL);
			return -1;
		}
		if (k == 0) {
			tabari_error(pp->s, pp->p, "empty alternative in { ... }%s", NULL);
			return -1;
		}
		if (*pp->p == ']')
			*(char *)pp->p = '}';
		if (nopt == 64) {
			tabari_error(pp->s, pp->p, "more than 64 alternatives%s", NULL);
			return -1;
		}
		dict_pseq *q = dict_pseq_new(d, tmp, k);
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
	return 0;
}

/* &NAME: the longest known synset name that ends at a '_' boundary or the end. */
static int parse_synset_ref(pparse *pp, dict_pel *e, const char *start)
{
	const char *q = ++pp->p;
	while (q < pp->end && (isalnum((unsigned char)*q) || *q == '_' || *q == '\''))
		q++;
	const dict_synset *ss = NULL;
	const char *stop = q;
	while (stop > pp->p) {
		ss = dict_synset_find(pp->s->d, pp->p, (size_t)(stop - pp->p));
		if (ss)
			break;
		do
			stop--;
		while (stop > pp->p && *stop != '_');
	}
	if (!ss) {
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(q - pp->p), pp->p);
		tabari_error(pp->s, start, "unknown synset &%s (declare it in <SYNSETS> first)",
			name);
		return -1;
	}
	if (pp->in_synset && ss->name == pp->self) {
		tabari_error(pp->s, start, "synset &%s refers to itself", ss->name);
		return -1;
	}
	e->kind = PEL_SYNSET;
	e->text = ss->name;
	e->opts = ss->members;
	e->nopts = (uint16_t)ss->n;
	pp->p = stop;
	return 0;
}

/* One of the tokens * $ + % ^ @ (c). */
static void parse_marker(pparse *pp, dict_pel *e, char c)
{
	static const char tok[] = "*$+%^@";
	static const uint8_t kind[] = { PEL_VERB, PEL_SRC, PEL_TGT, PEL_CMP, PEL_SKIP, PEL_ATTR };
	e->kind = kind[strchr(tok, c) - tok];
	if (c == '*' && pp->verbs++) {
		/* TABARI reads the first '*' as the verb; a second one matches nothing */
		tabari_warn(pp->s, pp->p, "second verb marker '*': this pattern can never match%s",
			 NULL);
		e->kind = PEL_WORD;
		e->text = "*";
		e->len = 1;
		e->exact = 1;
	}
	pp->p++;
}

/* A word, upper-cased; '=' after it: exact, without endings. */
static int parse_word(pparse *pp, dict_pel *e)
{
	const char *q = pp->p;
	while (q < pp->end && is_wordch(pp, *q))
		q++;
	e->kind = PEL_WORD;
	e->len = (uint16_t)(q - pp->p);
	size_t n = (size_t)(q - pp->p);
	e->text = dict_word(pp->s->d, pp->p, n, e->len, &e->id);
	if (!e->text)
		return -1;
	pp->p = q;
	if (pp->p < pp->end && *pp->p == '=') {
		e->exact = e->noend = 1;
		pp->p++;
	}
	return 0;
}

/* The connectors after an element: '~' (next element follows), '_' (exact word; followed
 * by more text: consecutive). '}_' marks every option's last element consecutive. */
static void parse_connectors(pparse *pp, dict_pel *e)
{
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
	if (e->kind == PEL_ALT && e->consec) {
		for (int i = 0; i < e->nopts; i++) {
			dict_pel *last = (dict_pel *)&e->opts[i].e[e->opts[i].n - 1];
			last->consec = 1;
		}
	}
}

/* One element at pp->p (c = *pp->p) into *e, with its connectors; 0 or -1 (reported). */
static int parse_element(pparse *pp, dict_pel *e, char c, int depth)
{
	memset(e, 0, sizeof *e);
	const char *start = pp->p;
	int r = 0;
	if (c == '{') {
		if (depth) {
			tabari_error(pp->s, pp->p, "nested { ... } alternatives%s", NULL);
			return -1;
		}
		pp->p++;
		r = parse_alt(pp, e, depth, start);
	} else if (c == '&' && !pp->words_only) {
		r = parse_synset_ref(pp, e, start);
	} else if ((word_end_tab[(unsigned char)c] & 4) && !pp->words_only) {
		parse_marker(pp, e, c);
	} else if (is_wordch(pp, c)) {
		r = parse_word(pp, e);
	} else {
		tabari_error(pp->s, pp->p, "unexpected character '%s' in phrase", (char[]){ c, 0 });
		return -1;
	}
	if (r)
		return -1;
	parse_connectors(pp, e);
	return 0;
}

enum { SEP_NEXT, SEP_ELEMENT, SEP_END, SEP_ERROR };

/* What stands at pp->p between elements: blanks and stray connectors (SEP_NEXT: skipped),
 * the end of an option or of the alternatives (SEP_END), an element (SEP_ELEMENT). */
static int separator(pparse *pp, dict_pel *out, int n, int depth)
{
	char c = *pp->p;
	if (c == ' ' || c == '\t') {
		pp->p++;
		return SEP_NEXT;
	}
	if (c == '_') {
		pp->p++;
		/* a stray connector ("ON_ _", "} _*"): nothing to connect */
		if (pp->words_only)
			return SEP_NEXT;
		if (n && (pp->p >= pp->end || *pp->p == ' ' || *pp->p == '\t'))
			tabari_warn(pp->s, pp->p - 1, "stray '_' ignored%s", NULL);
		else if (n)
			out[n - 1].consec = 1;
		return SEP_NEXT;
	}
	if (c == ']' && depth) {
		tabari_warn(pp->s, pp->p, "']' read as '}' closing the alternatives%s", NULL);
		return SEP_END;
	}
	if (c == '|' || c == '}') {
		if (depth)
			return SEP_END;
		if (c == '}') {
			tabari_warn(pp->s, pp->p, "'}' without '{' ignored%s", NULL);
			pp->p++;
			return SEP_NEXT;
		}
		tabari_error(pp->s, pp->p, "unexpected '%s' outside { ... }", "|");
		return SEP_ERROR;
	}
	return SEP_ELEMENT;
}

/* Parses elements until end, '|' or '}' (at depth > 0). Returns the count or -1 (reported). */
static int parse_elems(pparse *pp, dict_pel *out, int max, int depth)
{
	int n = 0;
	while (pp->p < pp->end) {
		int sep = separator(pp, out, n, depth);
		if (sep == SEP_NEXT)
			continue;
		if (sep == SEP_END)
			return n;
		if (sep == SEP_ERROR)
			return -1;
		if (n >= max) {
			tabari_error(pp->s, pp->p, "phrase has too many elements%s", NULL);
			return -1;
		}
		if (parse_element(pp, &out[n], *pp->p, depth))
			return -1;
		n++;
	}
	return n;
}

/* Normalises a dictionary phrase into the source's scratch buffer (nothing in it outlives the
 * parse: words are interned as they are read): hyphens become underscores (the text's become
 * blanks). NULL when out of memory. */
static char *norm_phrase(tabari_src *src, const char *p, const char *e)
{
	size_t n = (size_t)(e - p);
	if (buf_reserve_array(&src->scratch, &src->scratch_cap, n + 1, 1, 256))
		return NULL;
	char *s = src->scratch;
	memcpy(s, p, n);
	s[n] = 0;
	for (char *t = memchr(s, '-', n); t; t = memchr(t + 1, '-', n - (size_t)(t + 1 - s)))
		*t = '_';
	return s;
}

static int parse_phrase_mode(tabari_src *s, const char *p, const char *e, dict_pel *out, int max,
			     int words_only)
{
	char *norm = norm_phrase(s, p, e);
	if (!norm)
		return -1;
	size_t len = strlen(norm);
	s->copy = norm;
	s->copy_len = len;
	s->copy_col = src_col(s, p);
	pparse pp = { s, norm, norm + len, 0, NULL, words_only, 0 };
	int n = parse_elems(&pp, out, max, 0);
	s->copy = NULL;
	return n;
}

int tabari_phrase(tabari_src *s, const char *p, const char *e, dict_pel *out, int max)
{
	return parse_phrase_mode(s, p, e, out, max, 0);
}

int tabari_synset_member(tabari_src *s, const char *p, const char *e, const char *self,
			 dict_pel *out, int max)
{
	char *norm = norm_phrase(s, p, e);
	if (!norm)
		return -1;
	pparse pp = { s, norm, norm + strlen(norm), 1, self, 0, 0 };
	return parse_elems(&pp, out, max, 0);
}

/* Parses the phrase part [p, e) of a dictionary line: words only (no tokens or sets). */
int tabari_phrase_words(tabari_src *s, const char *p, const char *e, dict_pel *w, int max)
{
	e = tabari_rtrim(p, e);
	p = tabari_skip_ws(p);
	if (p >= e) {
		tabari_error(s, p, "missing phrase%s", NULL);
		return -1;
	}
	int n = parse_phrase_mode(s, p, e, w, max, 1);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		if (w[i].kind != PEL_WORD) {
			tabari_error(s, p, "only words may appear in this phrase: '%s'",
				  arena_strndup(&s->d->mem, p, (size_t)(e - p)));
			return -1;
		}
	}
	if (!n) {
		tabari_error(s, p, "missing phrase%s", NULL);
		return -1;
	}
	return n;
}

dict_entry *tabari_entry(tabari_src *s, int type, const dict_pel *w, int nw, const char *text)
{
	dict_origin at = { s->path, s->lineno, text };
	return dict_entry_new(s->d, type, w, nw, &at);
}

int tabari_add_entry(tabari_src *s, dict_entry *e)
{
	int rc = dict_entry_add(s->d, e);
	if (rc == KHALDUN_ERR_FORMAT)
		tabari_error(s, NULL, "a phrase must begin with a word%s", NULL);
	return rc ? -1 : 0;
}
