/*
 * entries.c - a compiled dictionary's entries, in the order they were loaded, for lookups
 * (`khaldun cameo`, `khaldun actor`): each actor, agent, noun, adjective, verb root, verb form,
 * pattern, <TIME> and <ATTRIB> phrase with its file:line, its line as written and its codes
 * (with their date restrictions). Read-only over the dict; allocates one index, freed here.
 */
#include "dict/dict.h"
#include <stdlib.h>
#include <string.h>

#define MAX_CODES 64

static int by_seq(const void *a, const void *b)
{
	const dict_entry *x = *(const dict_entry *const *)a, *y = *(const dict_entry *const *)b;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

static const char *special(uint8_t kind)
{
	return kind == CODE_NULL ? "---" : kind == CODE_DISCARD ? "###"
		: kind == CODE_COMPLEX ? "+++" : NULL;
}

/* The codes of an event code: the code, then its paired code. */
static size_t event_codes(const dict_evcode *c, khaldun_dict_code *out)
{
	size_t n = 0;
	const char *a = c->kind == CODE_EVENT ? c->a : special(c->kind);
	if (a)
		out[n++] = (khaldun_dict_code){ a, 0, 99999999 };
	if (c->kind == CODE_EVENT && c->b)
		out[n++] = (khaldun_dict_code){ c->b, 0, 99999999 };
	return n;
}

static size_t actor_codes_of(const dict_actor_codes *ac, khaldun_dict_code *out)
{
	size_t n = 0;
	for (uint16_t i = 0; ac && i < ac->n; i++) {
		const dict_dated_code *dc = &ac->v[i];
		const char *sp = special(dc->kind);
		if (sp && n < MAX_CODES)
			out[n++] = (khaldun_dict_code){ sp, dc->lo, dc->hi };
		for (uint8_t k = 0; !sp && k < dc->ncodes && n < MAX_CODES; k++)
			out[n++] = (khaldun_dict_code){ dc->codes[k], dc->lo, dc->hi };
	}
	return n;
}

static int is_root(const dict_entry *e)
{
	return e->verb && e->verb->at.line == e->at.line && e->verb->at.file && e->at.file
	       && !strcmp(e->verb->at.file, e->at.file);
}

/* Calls fn for one entry; returns fn's value. */
static int one(const dict_entry *e, int (*fn)(void *, const khaldun_dict_entry *), void *ctx)
{
	static const char *const kinds[] = { "actor", "agent", "noun", "adjective", "verb",
					     "time", "attrib" };
	khaldun_dict_code codes[MAX_CODES];
	khaldun_dict_entry x;
	memset(&x, 0, sizeof x);
	x.kind = e->type < ENT__N ? kinds[e->type] : "entry";
	x.at.file = e->at.file;
	x.at.line = e->at.line;
	x.at.entry = e->at.text;
	x.codes = codes;
	if (e->verb) {
		x.verb = e->verb->name;
		if (e->type == ENT_VERB && !is_root(e))
			x.kind = "verb form";
		x.n_codes = event_codes(&e->verb->code, codes);
	} else {
		x.n_codes = actor_codes_of(e->codes, codes);
	}
	int r = fn(ctx, &x);
	if (r || !e->verb || !is_root(e))
		return r;
	for (int k = 0; k < e->verb->npats; k++) {
		const dict_pattern *p = &e->verb->pats[k];
		x.kind = "pattern";
		x.at.file = p->at.file;
		x.at.line = p->at.line;
		x.at.entry = p->at.text;
		x.n_codes = event_codes(&p->code, codes);
		if ((r = fn(ctx, &x)))
			return r;
	}
	return 0;
}

int khaldun_dict_entries(const khaldun_dict *d, int (*fn)(void *ctx, const khaldun_dict_entry *e),
			 void *ctx)
{
	if (!d || !fn)
		return KHALDUN_ERR_ARG;
	size_t total = 0, n = 0;
	for (uint32_t i = 0; i < d->nslots; i++)
		total += d->slots[i].n;
	const dict_entry **v = malloc((total ? total : 1) * sizeof *v);
	if (!v)
		return KHALDUN_ERR_NOMEM;
	for (uint32_t i = 0; i < d->nslots; i++)
		for (uint32_t k = 0; k < d->slots[i].n; k++)
			v[n++] = d->slots[i].v[k];
	qsort(v, n, sizeof *v, by_seq);
	for (size_t i = 0; i < n; i++)
		if ((i == 0 || v[i] != v[i - 1]) && one(v[i], fn, ctx))
			break;
	free(v);
	return KHALDUN_OK;
}
