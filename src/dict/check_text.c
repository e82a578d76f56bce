/*
 * check_text.c - the linter's view of entries as text: phrases, dated codes and event codes
 * written back as a dictionary would write them (for messages), and equality of phrases and
 * codes (for duplicates and patterns). Reads the dictionary only; strings are bounded.
 */
#include "dict/check.h"
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- rendering */


void check_sb_add(sbuf *b, const char *s, size_t n)
{
	if (b->n + 1 >= b->cap)
		return;
	if (n > b->cap - b->n - 1)
		n = b->cap - b->n - 1;
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
}

void check_sb_adds(sbuf *b, const char *s)
{
	check_sb_add(b, s, strlen(s));
}

/* Writes a phrase as a dictionary would: A_B (exact, next), A_ B (exact), A~ B, A= . */
void check_render_seq(sbuf *b, const dict_pel *e, int n)
{
	static const char tok[] = "$+%^@";
	for (int i = 0; i < n; i++) {
		const dict_pel *x = &e[i];
		switch (x->kind) {
		case PEL_WORD:
			check_sb_add(b, x->text, x->len ? x->len : strlen(x->text));
			if (x->noend)
				check_sb_adds(b, "=");
			else if (x->exact)
				check_sb_adds(b, "_");
			break;
		case PEL_SYNSET:
			check_sb_adds(b, "&");
			check_sb_adds(b, x->text);
			break;
		case PEL_ALT:
			check_sb_adds(b, "{ ");
			for (int k = 0; k < x->nopts; k++) {
				if (k)
					check_sb_adds(b, " | ");
				check_render_seq(b, x->opts[k].e, x->opts[k].n);
			}
			check_sb_adds(b, " }");
			break;
		case PEL_VERB:
			check_sb_adds(b, "*");
			break;
		default:
			check_sb_add(b, &tok[x->kind - PEL_SRC], 1);
			break;
		}
		if (i + 1 < n) {
			if (x->consec && !(x->kind == PEL_WORD && x->exact && !x->noend))
				check_sb_adds(b, "~ ");
			else if (!x->consec)
				check_sb_adds(b, " ");
		}
	}
}

void check_render_date(sbuf *b, long v)
{
	char t[32];
	snprintf(t, sizeof t, "%04ld-%02ld-%02ld", v / 10000, v / 100 % 100, v % 100);
	check_sb_adds(b, t);
}

void check_render_dated(sbuf *b, const dict_dated_code *dc)
{
	check_sb_adds(b, "[");
	if (dc->kind == CODE_NULL)
		check_sb_adds(b, "---");
	else if (dc->kind == CODE_DISCARD)
		check_sb_adds(b, "###");
	else if (dc->kind == CODE_COMPLEX)
		check_sb_adds(b, "+++");
	for (int i = 0; dc->kind == CODE_EVENT && i < dc->ncodes; i++) {
		if (i)
			check_sb_adds(b, "/");
		check_sb_adds(b, dc->codes[i]);
	}
	if (dc->lo && dc->hi != 99999999) {
		check_sb_adds(b, " ");
		check_render_date(b, dc->lo);
		check_sb_adds(b, "..");
		check_render_date(b, dc->hi);
	} else if (dc->lo) {
		check_sb_adds(b, " >");
		check_render_date(b, dc->lo);
	} else if (dc->hi != 99999999) {
		check_sb_adds(b, " <");
		check_render_date(b, dc->hi);
	}
	check_sb_adds(b, "]");
}

void check_render_codes(sbuf *b, const dict_actor_codes *ac)
{
	for (int i = 0; ac && i < ac->n; i++) {
		if (i)
			check_sb_adds(b, " ");
		check_render_dated(b, &ac->v[i]);
	}
}

void check_render_evcode(sbuf *b, const dict_evcode *c)
{
	check_sb_adds(b, "[");
	switch (c->kind) {
	case CODE_NULL: check_sb_adds(b, "---"); break;
	case CODE_DISCARD: check_sb_adds(b, "###"); break;
	case CODE_COMPLEX: check_sb_adds(b, "+++"); break;
	case CODE_NONE: break;
	default:
		check_sb_adds(b, c->a);
		if (c->b) {
			check_sb_adds(b, ":");
			check_sb_adds(b, c->b);
		}
		if (c->sub)
			check_sb_adds(b, "?");
		if (c->dom)
			check_sb_adds(b, "!");
	}
	check_sb_adds(b, "]");
}



/* ---------------------------------------------------------------- comparisons */

int check_streq(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}



int check_pel_same(const dict_pel *a, const dict_pel *b)
{
	if (a->kind != b->kind || a->exact != b->exact || a->consec != b->consec ||
	    a->noend != b->noend)
		return 0;
	if (a->kind == PEL_WORD || a->kind == PEL_SYNSET)
		return check_streq(a->text, b->text);
	if (a->kind == PEL_ALT) {
		if (a->nopts != b->nopts)
			return 0;
		for (int i = 0; i < a->nopts; i++)
			if (!check_seq_same(a->opts[i].e, a->opts[i].n, b->opts[i].e, b->opts[i].n))
				return 0;
	}
	return 1;
}

int check_seq_same(const dict_pel *a, int na, const dict_pel *b, int nb)
{
	if (na != nb)
		return 0;
	for (int i = 0; i < na; i++)
		if (!check_pel_same(&a[i], &b[i]))
			return 0;
	return 1;
}

static int dated_same(const dict_dated_code *a, const dict_dated_code *b)
{
	if (a->lo != b->lo || a->hi != b->hi || a->kind != b->kind || a->ncodes != b->ncodes)
		return 0;
	for (int i = 0; i < a->ncodes; i++)
		if (!check_streq(a->codes[i], b->codes[i]))
			return 0;
	return 1;
}

int check_codes_same(const dict_actor_codes *a, const dict_actor_codes *b)
{
	if (a == b)
		return 1;
	if (!a || !b || a->n != b->n)
		return 0;
	for (int i = 0; i < a->n; i++)
		if (!dated_same(&a->v[i], &b->v[i]))
			return 0;
	return 1;
}

int check_evcode_same(const dict_evcode *a, const dict_evcode *b)
{
	return a->kind == b->kind && a->sub == b->sub && a->dom == b->dom &&
	       check_streq(a->a, b->a) &&
	       check_streq(a->b, b->b);
}

