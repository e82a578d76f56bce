/*
 * conllu.c - CoNLL-U reader and writer; see conllu.h. Format: one word a line, ten
 * tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), '#' comment
 * lines, a blank line after each sentence. Multi-word token lines (3-4) and empty nodes (8.1)
 * are kept for writing but are not words. Checks: ten columns, word IDs 1, 2, 3... in order,
 * a non-empty FORM, a known UPOS, HEAD a number within the sentence.
 */
#include "parse/conllu.h"
#include "parse/parse.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void conllu_open(conllu_reader *r, FILE *fp, const char *name, diag_sink *ds)
{
	memset(r, 0, sizeof *r);
	r->fp = fp;
	r->name = name;
	r->ds = ds;
	buf_init(&r->l, CONLLU_MAX_LINE);
}

void conllu_close(conllu_reader *r)
{
	buf_free(&r->l);
}

void conllu_sent_init(conllu_sent *s)
{
	memset(s, 0, sizeof *s);
	buf_init(&s->text, (size_t)1 << 30);
}

void conllu_sent_free(conllu_sent *s)
{
	buf_free(&s->text);
	free(s->line_off);
	free(s->w);
	memset(s, 0, sizeof *s);
}

/* Reads one line into r->l (without its newline). Returns 1, 0 at EOF, 2 when too long. */
static int read_line(conllu_reader *r)
{
	buf_clear(&r->l);
	int c, got = 0, over = 0;
	flockfile(r->fp);   /* the stream locked once a line, not once a byte (getc) */
	while ((c = getc_unlocked(r->fp)) != EOF) {
		got = 1;
		if (c == '\n')
			break;
		if (!over && buf_addc(&r->l, (char)c))
			over = 1;
	}
	funlockfile(r->fp);
	if (c == EOF && ferror(r->fp) && !r->read_error)
		r->read_error = errno ? errno : EIO;
	if (!got)
		return 0;
	r->line++;
	if (r->l.len && r->l.p[r->l.len - 1] == '\r')
		r->l.p[--r->l.len] = 0;
	return over ? 2 : 1;
}

static void bad(conllu_reader *r, conllu_sent *s, const char *msg, const char *what)
{
	s->bad = 1;
	diag_report(r->ds, KHALDUN_ERROR, r->name, r->line, 0, r->l.p, r->l.len, "%s%s%s", msg,
		    what ? ": " : "", what ? what : "");
}

static int add_line(conllu_sent *s, const char *p, size_t n)
{
	if (buf_grow_array(&s->line_off, &s->cap_lines, s->nlines, sizeof *s->line_off, 64))
		return -1;
	s->line_off[s->nlines++] = s->text.len;
	if (buf_add(&s->text, p, n) || buf_addc(&s->text, 0))
		return -1;
	return 0;
}

static int parse_num(const char *p, long *out)
{
	char *e;
	if (*p < '0' || *p > '9')
		return -1;
	long v = strtol(p, &e, 10);
	if (*e || v < 0 || v > 100000000)
		return -1;
	*out = v;
	return 0;
}

/* Checks one word line (already stored as line `li`) and records it. */
static int word_line(conllu_reader *r, conllu_sent *s, size_t li)
{
	char *line = s->text.p + s->line_off[li];
	char *col[10];
	int nc = 0;
	for (char *p = line; nc < 10; ) {
		col[nc++] = p;
		char *t = strchr(p, '\t');
		if (!t)
			break;
		*t = 0;   /* split in place; the writer rejoins with tabs */
		p = t + 1;
	}
	if (nc != 10 || strchr(col[9], '\t')) {
		char m[64];
		snprintf(m, sizeof m, "found %d", nc == 10 ? 11 : nc);
		bad(r, s, "expected 10 tab-separated columns", m);
		return 0;
	}
	if (strchr(col[0], '-') || strchr(col[0], '.'))
		return 0;   /* a multi-word token or an empty node: kept, not a word */
	long id;
	if (parse_num(col[0], &id) || id != (long)s->n + 1) {
		bad(r, s, "word ID out of sequence", col[0]);
		return 0;
	}
	if (!*col[1]) {
		bad(r, s, "empty FORM", NULL);
		return 0;
	}
	if (s->n >= CONLLU_MAX_WORDS) {
		bad(r, s, "sentence too long, word dropped", NULL);
		return 0;
	}
	if (buf_grow_array(&s->w, &s->cap, s->n, sizeof *s->w, 64))
		return -1;
	conllu_word *w = &s->w[s->n++];
	w->form_at = (size_t)(col[1] - s->text.p);
	w->form_len = strlen(col[1]);
	w->line = li;
	w->upos = strcmp(col[3], "_") ? parse_upos_index(col[3], strlen(col[3])) : -1;
	if (w->upos < 0 && strcmp(col[3], "_"))
		bad(r, s, "unknown UPOS", col[3]);
	long h = -1;
	if (strcmp(col[6], "_") && parse_num(col[6], &h)) {
		/* digits with or without a minus are a number, only not a possible head */
		const char *d = col[6] + (col[6][0] == '-');
		int digits = *d && strspn(d, "0123456789") == strlen(d);
		bad(r, s, digits ? "HEAD is out of range (0 to 100000000)" : "HEAD is not a number",
		    col[6]);
		h = -1;
	}
	w->head = (int)h;
	w->deprel_at = (size_t)(col[7] - s->text.p);
	return 0;
}

/* Reports a sentence's first tree fault at the line of the word it concerns (li < 0: the
 * sentence's first line) and marks the sentence bad. */
static void tree_bad(conllu_reader *r, conllu_sent *s, long li, const char *fmt, int a, int b)
{
	s->bad = 1;
	diag_report(r->ds, KHALDUN_ERROR, r->name, s->first_line + (li < 0 ? 0 : li), 0, NULL, 0,
		    fmt, a, b);
}

/* When every word has a HEAD, they must form one tree: no word its own head, exactly one
 * root (HEAD 0), no cycle. A sentence that is not one is reported and marked bad, as any
 * malformed line: training would learn from a structure no parse can have, and scoring
 * against it would measure the annotation's fault (docs/parser.md). Heads of words 1..n in
 * 0..n are given (checked above). Linear: each word is walked once. Returns 0, or -1 when
 * out of memory. */
static int tree_check(conllu_reader *r, conllu_sent *s)
{
	size_t n = s->n, root = 0;   /* root: 1 + the index of the first word with HEAD 0 */
	for (size_t i = 0; i < n; i++)
		if (s->w[i].head < 0)
			return 0;   /* not annotated (input to parse): nothing to check */
	for (size_t i = 0; i < n; i++) {
		if (s->w[i].head == (int)i + 1) {
			tree_bad(r, s, (long)s->w[i].line, "HEAD %d is the word itself", (int)i + 1,
				 0);
			return 0;
		}
		if (s->w[i].head == 0 && root) {
			tree_bad(r, s, (long)s->w[i].line,
				 "a second root: words %d and %d both have HEAD 0 (one is allowed)",
				 (int)root, (int)i + 1);
			return 0;
		}
		if (s->w[i].head == 0)
			root = i + 1;
	}
	if (n && !root) {
		tree_bad(r, s, -1, "no root: no word has HEAD 0", 0, 0);
		return 0;
	}
	/* mark[i]: 0 unseen, walk number k+1 while walking from word k, n+1 once it reaches the
	 * root; meeting the current walk's own mark again is a cycle */
	size_t *mark = calloc(n ? n : 1, sizeof *mark);
	if (!mark)
		return -1;
	for (size_t k = 0; k < n && !s->bad; k++) {
		size_t i = k;
		while (!mark[i]) {
			mark[i] = k + 1;
			if (s->w[i].head == 0)
				break;
			i = (size_t)s->w[i].head - 1;
		}
		if (mark[i] == k + 1 && s->w[i].head != 0)
			tree_bad(r, s, (long)s->w[i].line,
				 "a HEAD cycle: word %d does not lead to the root", (int)i + 1, 0);
		for (size_t j = k; mark[j] == k + 1; j = (size_t)s->w[j].head - 1) {
			mark[j] = n + 1;
			if (s->w[j].head == 0)
				break;
		}
	}
	free(mark);
	return 0;
}

int conllu_next(conllu_reader *r, conllu_sent *s)
{
	buf_clear(&s->text);
	s->nlines = s->n = 0;
	s->bad = 0;
	s->first_line = 0;
	int rc;
	while ((rc = read_line(r)) != 0) {
		if (rc == 2) {
			s->bad = 1;
			diag_report(r->ds, KHALDUN_ERROR, r->name, r->line, 0, NULL, 0,
				    "line longer than %d bytes, skipped", CONLLU_MAX_LINE);
			continue;
		}
		if (!r->l.len) {
			/* a sentence whose only lines were skipped ends here too: else the
			 * next one would join it and be thrown away with it */
			if (s->nlines || s->bad)
				break;
			continue;
		}
		if (!s->nlines)
			s->first_line = r->line;
		if (memchr(r->l.p, 0, r->l.len)) {
			bad(r, s, "NUL byte in line, line skipped", NULL);
			continue;
		}
		if (add_line(s, r->l.p, r->l.len))
			return -1;
		if (r->l.p[0] == '#')
			continue;
		if (word_line(r, s, s->nlines - 1))
			return -1;
	}
	if (rc == 0 && r->read_error && !r->error_told) {
		/* a read that failed (a folder named as a file: EISDIR) is not an end of input:
		 * told once, and the sentence it cut short (or an empty one) counts as bad */
		r->error_told = 1;
		s->bad = 1;
		diag_report(r->ds, KHALDUN_ERROR, r->name, r->line + 1, 0, NULL, 0,
			    "read error: %s", strerror(r->read_error));
	}
	/* heads must name a word of the sentence */
	for (size_t i = 0; i < s->n; i++)
		if (s->w[i].head > (int)s->n) {
			s->bad = 1;
			size_t li = s->w[i].line;
			diag_report(r->ds, KHALDUN_ERROR, r->name, s->first_line + (long)li, 0,
				    NULL, 0, "HEAD %d is past the sentence's %zu words",
				    s->w[i].head, s->n);
			s->w[i].head = -1;
		}
	if (!s->bad && tree_check(r, s))
		return -1;
	for (size_t i = 0; i < s->n; i++) {   /* the text is complete: point into it */
		s->w[i].form = s->text.p + s->w[i].form_at;
		s->w[i].deprel = s->text.p + s->w[i].deprel_at;
	}
	return s->nlines || s->bad ? 1 : 0;   /* a bad one is returned, so that it is counted */
}

int conllu_write(FILE *out, const conllu_sent *s, const char *const *upos, const int *heads,
		 const char *const *deprels)
{
	size_t wi = 0;
	for (size_t li = 0; li < s->nlines; li++) {
		const char *line = s->text.p + s->line_off[li];
		size_t end = li + 1 < s->nlines ? s->line_off[li + 1] - 1 : s->text.len - 1;
		if (line[0] == '#' || wi >= s->n || s->w[wi].line != li) {
			/* a comment, range or empty node: as read (its NULs were tabs) */
			for (const char *p = line; p < s->text.p + end; p++)
				putc(*p ? *p : '\t', out);
			putc('\n', out);
			continue;
		}
		const char *col[10];
		const char *p = line;
		for (int c = 0; c < 10; c++) {
			col[c] = p;
			p += strlen(p) + 1;
		}
		fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t", col[0], col[1], col[2],
			upos && upos[wi] ? upos[wi] : col[3], col[4], col[5]);
		if (heads && heads[wi] >= 0)
			fprintf(out, "%d\t%s", heads[wi], deprels[wi]);
		else if (heads)
			fprintf(out, "_\t_");
		else
			fprintf(out, "%s\t%s", col[6], col[7]);
		fprintf(out, "\t%s\t%s\n", col[8], col[9]);
		wi++;
	}
	putc('\n', out);
	return ferror(out) ? -1 : 0;
}
