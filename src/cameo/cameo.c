/*
 * cameo.c - CAMEO event code -> Goldstein score, GDELT quad class and PLOVER type.
 * The default tables are compiled in (tables.c, from our data/cameo-codes.tsv); an external
 * directory can override them (--cameo DIR), read by path at run time in the third-party layout:
 *   CAMEO.goldsteinscale.GDELT.tsv  a header line, then "CODE<TAB>SCORE" lines
 *   CAMEO2PLOVER-2021.txt           "CODE: TYPE, mode, context # comment"; '#' starts a
 *                                   comment; a line starting "~~" ends the table
 * Codes are 2-4 digits, so the table is a direct index (2-digit, 3-digit and 4-digit codes
 * in three ranges): lookups are O(1) and the tables are read-only after loading.
 * Invariant: a malformed line is reported (file:line) and skipped; the first entry for a code wins.
 * Appeals (CAMEO 02) have no row in the PLOVER conversion table; PLOVER's REQUEST takes CAMEO's
 * appeals as well as its demands (10), so a table without a row for the root 02 gets REQUEST
 * there (fold_appeals), whichever table was loaded.
 */
#include "cameo/cameo.h"
#include "cameo/tables.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS (100 + 1000 + 10000)
#define MAX_TABLE_LINE 4096

typedef struct {
	double goldstein;
	const char *plover;
	const char *mode, *context;   /* PLOVER mode and context; NULL when blank */
	unsigned char has_goldstein;
} slot;

struct khaldun_cameo {
	slot slots[SLOTS];
	arena strings;
};

/* Index of a 2-4 digit code, or -1. */
static int code_index(const char *s, size_t n)
{
	if (n < 2 || n > 4)
		return -1;
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return n == 2 ? v : n == 3 ? 100 + v : 1100 + v;
}

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
		(*n)--;
}

/* Reads one line (without '\n') into b; returns 1, 0 at EOF, or -1 when the line passes
 * the ceiling (it is consumed). */
static int get_line(FILE *fp, buf *b)
{
	int c, got = 0, over = 0;
	buf_clear(b);
	while ((c = getc(fp)) != EOF) {
		got = 1;
		if (c == '\n')
			break;
		if (!over && buf_addc(b, (char)c))
			over = 1;
	}
	if (!got)
		return 0;
	return over ? -1 : 1;
}

static FILE *open_table(buf *path, const char *dir, const char *name, diag_sink *d)
{
	buf_clear(path);
	if (buf_printf(path, "%s/%s", dir, name))
		return NULL;
	FILE *fp = fopen(path->p, "r");
	if (!fp)
		diag_report(d, KHALDUN_ERROR, path->p, 0, 0, NULL, 0, "cannot open: %s",
			    strerror(errno));
	return fp;
}

/* A table's line reader: 0 to go on, 1 at an end-of-table marker, or a negative code. */
typedef int (*table_line_fn)(khaldun_cameo *t, const buf *line, long lineno, const char *file,
			     diag_sink *d);

/* Feeds each line of fp to fn; a line over the ceiling is reported (file:line) and skipped.
 * Returns fn's negative code if it fails, else 0 (at the end of the file or a marker). */
static int read_table(khaldun_cameo *t, FILE *fp, const char *file, diag_sink *d,
		      table_line_fn fn)
{
	buf line;
	buf_init(&line, MAX_TABLE_LINE);
	long lineno = 0;
	int st, rc = 0;
	while (!rc && (st = get_line(fp, &line)) != 0) {
		lineno++;
		if (st < 0)
			diag_report(d, KHALDUN_ERROR, file, lineno, 0, NULL, 0, "line too long");
		else
			rc = fn(t, &line, lineno, file, d);
	}
	buf_free(&line);
	return rc < 0 ? rc : 0;
}

/* "CODE<TAB>SCORE", after a header line that does not start with a digit. */
static int goldstein_line(khaldun_cameo *t, const buf *line, long lineno, const char *file,
			  diag_sink *d)
{
	const char *s = line->p;
	size_t n = line->len;
	trim(&s, &n);
	if (!n)
		return 0;
	if (lineno == 1 && (s[0] < '0' || s[0] > '9'))
		return 0;   /* the header */
	const char *tab = memchr(s, '\t', n);
	const char *code = s, *val = tab ? tab + 1 : NULL;
	size_t cn = tab ? (size_t)(tab - s) : n, vn = tab ? n - cn - 1 : 0;
	if (tab) {
		trim(&code, &cn);
		trim(&val, &vn);
	}
	int idx = tab ? code_index(code, cn) : -1;
	char num[32], *end = NULL;
	double g = 0;
	if (idx >= 0 && vn && vn < sizeof num) {
		memcpy(num, val, vn);
		num[vn] = 0;
		g = strtod(num, &end);
	}
	if (idx < 0 || !end || *end || g < -10 || g > 10) {
		diag_report(d, KHALDUN_ERROR, file, lineno, 0, line->p, line->len,
			    "expected CODE<TAB>SCORE (a 2-4 digit CAMEO code and a number "
			    "from -10 to 10)");
		return 0;
	}
	if (!t->slots[idx].has_goldstein) {
		t->slots[idx].has_goldstein = 1;
		t->slots[idx].goldstein = g;
	}
	return 0;
}

/* "CODE: TYPE[, mode, context] # comment"; "~~" ends the table. */
static int plover_line(khaldun_cameo *t, const buf *line, long lineno, const char *file,
		       diag_sink *d)
{
	const char *s = line->p;
	size_t n = line->len;
	const char *hash = memchr(s, '#', n);
	if (hash)
		n = (size_t)(hash - s);
	trim(&s, &n);
	if (!n)
		return 0;
	if (n >= 2 && s[0] == '~' && s[1] == '~')
		return 1;   /* end-of-table marker */
	const char *colon = memchr(s, ':', n);
	const char *code = s, *type = colon ? colon + 1 : NULL;
	size_t cn = colon ? (size_t)(colon - s) : 0, tn = 0;
	if (colon) {
		const char *comma = memchr(type, ',', n - cn - 1);
		tn = comma ? (size_t)(comma - type) : n - cn - 1;
		trim(&code, &cn);
		trim(&type, &tn);
	}
	int idx = colon ? code_index(code, cn) : -1;
	if (idx < 0 || !tn) {
		diag_report(d, KHALDUN_ERROR, file, lineno, 0, line->p, line->len,
			    "expected CODE: PLOVER-TYPE[, mode, context] (a 2-4 digit CAMEO code)");
		return 0;
	}
	if (t->slots[idx].plover)
		return 0;
	t->slots[idx].plover = arena_strndup(&t->strings, type, tn);
	if (!t->slots[idx].plover)
		return KHALDUN_ERR_NOMEM;
	/* ", mode, context" after the type */
	const char *rest = type + tn, *end = s + n;
	for (int field = 0; field < 2; field++) {
		while (rest < end && (*rest == ' ' || *rest == '\t'))
			rest++;
		if (rest >= end || *rest != ',')
			break;
		const char *f = rest + 1, *comma = memchr(f, ',', (size_t)(end - f));
		size_t fn = comma ? (size_t)(comma - f) : (size_t)(end - f);
		rest = f + fn;
		trim(&f, &fn);
		if (!fn)
			continue;
		const char *v = arena_strndup(&t->strings, f, fn);
		if (field == 0)
			t->slots[idx].mode = v;
		else
			t->slots[idx].context = v;
	}
	return 0;
}

/* Reads dir/name with fn into t: KHALDUN_ERR_IO when it cannot be opened or read. */
static int load_table(khaldun_cameo *t, buf *path, const char *dir, const char *name,
		      table_line_fn fn, diag_sink *d)
{
	FILE *fp = open_table(path, dir, name, d);
	if (!fp)
		return path->p ? KHALDUN_ERR_IO : KHALDUN_ERR_NOMEM;
	int rc = read_table(t, fp, path->p, d, fn);
	if (!rc && ferror(fp))
		rc = KHALDUN_ERR_IO;
	fclose(fp);
	return rc;
}

/* The root 02 (appeals) as PLOVER's REQUEST, unless the table has a row for it. */
static void fold_appeals(khaldun_cameo *t)
{
	slot *sl = &t->slots[code_index("02", 2)];
	if (!sl->plover)
		sl->plover = "REQUEST";
}

int khaldun_cameo_load(khaldun_cameo **out, const char *dir, khaldun_diag_fn fn, void *ctx)
{
	diag_sink d = { fn, ctx, 0, 0 };
	if (!out)
		return KHALDUN_ERR_ARG;
	*out = NULL;
	if (!dir)
		return KHALDUN_ERR_ARG;
	khaldun_cameo *t = calloc(1, sizeof *t);
	if (!t)
		return KHALDUN_ERR_NOMEM;
	arena_init(&t->strings, 4096);

	buf path;
	buf_init(&path, 8192);
	int rc = load_table(t, &path, dir, "CAMEO.goldsteinscale.GDELT.tsv", goldstein_line, &d);
	if (!rc)
		rc = load_table(t, &path, dir, "CAMEO2PLOVER-2021.txt", plover_line, &d);
	buf_free(&path);
	if (rc) {
		khaldun_cameo_free(t);
		return rc;
	}
	fold_appeals(t);
	*out = t;
	return KHALDUN_OK;
}

int khaldun_cameo_builtin(khaldun_cameo **out)
{
	if (!out)
		return KHALDUN_ERR_ARG;
	khaldun_cameo *t = calloc(1, sizeof *t);
	*out = t;
	if (!t)
		return KHALDUN_ERR_NOMEM;
	arena_init(&t->strings, 64);
	for (size_t i = 0; i < cameo_n_event_rows; i++) {
		const cameo_event_row *r = &cameo_event_rows[i];
		int idx = code_index(r->code, strlen(r->code));
		if (idx < 0)
			continue;
		slot *sl = &t->slots[idx];
		if (r->has_goldstein && !sl->has_goldstein) {
			sl->has_goldstein = 1;
			sl->goldstein = r->goldstein;
		}
		if (r->plover && !sl->plover) {
			sl->plover = r->plover;
			sl->mode = r->mode;
			sl->context = r->context;
		}
	}
	fold_appeals(t);
	return KHALDUN_OK;
}

const char *khaldun_cameo_name(const char *code)
{
	size_t n = code ? strlen(code) : 0;
	if (code_index(code, n) < 0)
		return NULL;
	for (size_t i = 0; i < cameo_n_event_rows; i++)
		if (!strcmp(cameo_event_rows[i].code, code))
			return cameo_event_rows[i].name;
	return NULL;
}

const char *khaldun_cameo_code_at(size_t i)
{
	return i < cameo_n_event_rows ? cameo_event_rows[i].code : NULL;
}

void khaldun_cameo_free(khaldun_cameo *t)
{
	if (!t)
		return;
	arena_free(&t->strings);
	free(t);
}

void khaldun_cameo_lookup(const khaldun_cameo *t, const char *code, khaldun_cameo_info *info)
{
	memset(info, 0, sizeof *info);
	size_t n = code ? strlen(code) : 0;
	if (code_index(code, n) < 0)
		return;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 1 || root > 20)
		return;
	info->root[0] = code[0];
	info->root[1] = code[1];
	info->quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
	if (!t)
		return;
	/* the exact code, then its 3-digit parent, then the root */
	int keys[3], nk = 0;
	keys[nk++] = code_index(code, n);
	if (n == 4)
		keys[nk++] = code_index(code, 3);
	if (n > 2)
		keys[nk++] = code_index(code, 2);
	for (int k = 0; k < nk; k++)
		if (t->slots[keys[k]].has_goldstein) {
			info->has_goldstein = 1;
			info->goldstein = t->slots[keys[k]].goldstein;
			break;
		}
	for (int k = 0; k < nk; k++)
		if (t->slots[keys[k]].plover) {
			info->plover = t->slots[keys[k]].plover;
			break;
		}
}

int cameo_has_code(const khaldun_cameo *t, const char *code)
{
	int idx = code ? code_index(code, strlen(code)) : -1;
	return t && idx >= 0 && t->slots[idx].has_goldstein;
}

void khaldun_cameo_plover_detail(const khaldun_cameo *t, const char *code, const char **mode,
				 const char **context)
{
	*mode = *context = NULL;
	size_t n = code ? strlen(code) : 0;
	if (!t || code_index(code, n) < 0)
		return;
	/* the entry that gave the PLOVER type: the exact code, its parent, its root */
	for (size_t k = n; k >= 2; k--) {
		const slot *sl = &t->slots[code_index(code, k)];
		if (sl->plover) {
			*mode = sl->mode;
			*context = sl->context;
			return;
		}
	}
}
