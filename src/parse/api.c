/*
 * api.c - the public khaldun_parser_* functions (src/parse): model loading, tagging and
 * parsing caller tokens, CoNLL-U in and out, scoring and training.
 * Invariant: nothing here writes to the model after loading; every call's memory is its own.
 */
#include "khaldun.h"
#include "parse/conllu.h"
#include "parse/parse.h"
#include "parse/train.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct khaldun_parser {
	parse_model m;
};

int khaldun_parser_load(khaldun_parser **out, const char *path, khaldun_diag_fn fn, void *ctx)
{
	*out = NULL;
	diag_sink ds = { fn, ctx, 0, 0 };
	khaldun_parser *p = calloc(1, sizeof *p);
	if (!p)
		return KHALDUN_ERR_NOMEM;
	int rc = parse_model_load(&p->m, path, &ds);
	if (rc != KHALDUN_OK) {
		free(p);
		return rc;
	}
	*out = p;
	return KHALDUN_OK;
}

void khaldun_parser_free(khaldun_parser *p)
{
	if (!p)
		return;
	parse_model_free(&p->m);
	free(p);
}

const char *khaldun_parser_about(const khaldun_parser *p)
{
	return p->m.about ? p->m.about : "";
}

_Static_assert(KHALDUN_PARSE_MAX_BEAM == PARSE_MAX_BEAM, "the public bound is the parser's");

int khaldun_parser_set_beam(khaldun_parser *p, int k)
{
	if (k < 1 || k > PARSE_MAX_BEAM)
		return KHALDUN_ERR_ARG;
	p->m.beam = k;
	return KHALDUN_OK;
}

/* The caller's tag constraints as tag indexes (-1: none) in *out, left NULL when no token
 * has one. Returns KHALDUN_OK, KHALDUN_ERR_ARG (a constraint is no UPOS tag) or
 * KHALDUN_ERR_NOMEM. */
static int fixed_tags(const khaldun_parse_token *t, size_t n, int8_t **out)
{
	*out = NULL;
	size_t i = 0;
	while (i < n && !t[i].fix_upos)
		i++;
	if (i == n)
		return KHALDUN_OK;
	int8_t *f = malloc(n);
	if (!f)
		return KHALDUN_ERR_NOMEM;
	for (i = 0; i < n; i++) {
		const char *u = t[i].fix_upos;
		f[i] = (int8_t)(u ? parse_upos_index(u, strlen(u)) : -1);
		if (u && f[i] < 0) {
			free(f);
			return KHALDUN_ERR_ARG;
		}
	}
	*out = f;
	return KHALDUN_OK;
}

int khaldun_parse_tokens(const khaldun_parser *p, khaldun_parse_token *t, size_t n)
{
	if (!n)
		return KHALDUN_OK;
	int8_t *fixed;
	int rc = fixed_tags(t, n, &fixed);
	if (rc != KHALDUN_OK)
		return rc;
	/* speed173: malloc, not calloc: parse_word_init sets every field of every word, so
	 * zeroing them first (a memset of 96 bytes a word, a parse) was work done twice */
	parse_word *w = malloc(n * sizeof *w);
	uint8_t *tag = malloc(n);
	int *head = malloc(n * sizeof(int)), *lab = malloc(n * sizeof(int));
	if (!w || !tag || !head || !lab) {
		free(w), free(tag), free(head), free(lab), free(fixed);
		return KHALDUN_ERR_NOMEM;
	}
	for (size_t i = 0; i < n; i++)
		parse_word_init(&w[i], t[i].form, t[i].len);
	parse_tag(&p->m.tagger, &p->m.dict, w, n, fixed, tag);
	free(fixed);
	if (n > PARSE_MAX_TOKENS)
		rc = KHALDUN_ERR_LIMIT;
	else if (parse_sentence(&p->m, w, tag, n, head, lab))
		rc = KHALDUN_ERR_NOMEM;
	for (size_t i = 0; i < n; i++) {
		t[i].upos = parse_upos[tag[i]];
		t[i].head = rc == KHALDUN_OK ? (size_t)head[i] : 0;
		t[i].deprel = rc == KHALDUN_OK ? p->m.labels[lab[i]] : NULL;
	}
	free(w), free(tag), free(head), free(lab);
	return rc;
}

/* Tags and parses a CoNLL-U sentence's words into the arrays (size s->n). */
static int parse_conllu_sent(const khaldun_parser *p, const conllu_sent *s, const char **upos,
			     int *heads, const char **deprels, diag_sink *ds, const char *name)
{
	khaldun_parse_token *t = malloc(s->n * sizeof *t);
	if (!t)
		return KHALDUN_ERR_NOMEM;
	for (size_t i = 0; i < s->n; i++)
		t[i].form = s->w[i].form, t[i].len = s->w[i].form_len, t[i].fix_upos = NULL;
	int rc = khaldun_parse_tokens(p, t, s->n);
	if (rc == KHALDUN_ERR_LIMIT)
		diag_report(ds, KHALDUN_NOTE, name, s->first_line, 0, NULL, 0,
			    "sentence of %zu words is over the parser's limit of %d: tagged only, "
			    "HEAD and DEPREL left as _", s->n, PARSE_MAX_TOKENS);
	for (size_t i = 0; i < s->n; i++) {
		upos[i] = t[i].upos;
		heads[i] = t[i].deprel ? (int)t[i].head : -1;
		deprels[i] = t[i].deprel;
	}
	free(t);
	return rc == KHALDUN_ERR_NOMEM ? rc : KHALDUN_OK;
}

int khaldun_parser_conllu(const khaldun_parser *p, FILE *in, const char *name, FILE *out,
			  khaldun_diag_fn fn, void *ctx)
{
	diag_sink ds = { fn, ctx, 0, 0 };
	conllu_reader r;
	conllu_sent s;
	conllu_open(&r, in, name, &ds);
	conllu_sent_init(&s);
	const char **upos = NULL, **dep = NULL;
	int *heads = NULL, rc, status = KHALDUN_OK;
	size_t cap = 0;
	while ((rc = conllu_next(&r, &s)) == 1) {
		if (s.bad || !s.n) {
			if (s.nlines)   /* none when all its lines were skipped (reported) */
				conllu_write(out, &s, NULL, NULL, NULL);
			continue;
		}
		if (s.n > cap) {
			cap = s.n;
			free(upos), free(dep), free(heads);
			upos = malloc(cap * sizeof *upos);
			dep = malloc(cap * sizeof *dep);
			heads = malloc(cap * sizeof *heads);
			if (!upos || !dep || !heads) {
				status = KHALDUN_ERR_NOMEM;
				break;
			}
		}
		if (parse_conllu_sent(p, &s, upos, heads, dep, &ds, name)) {
			status = KHALDUN_ERR_NOMEM;
			break;
		}
		if (conllu_write(out, &s, upos, heads, dep)) {
			status = KHALDUN_ERR_IO;
			break;
		}
	}
	if (rc < 0)
		status = KHALDUN_ERR_NOMEM;
	if (status == KHALDUN_OK && ds.errors)
		status = KHALDUN_ERR_FORMAT;
	free(upos), free(dep), free(heads);
	conllu_sent_free(&s);
	conllu_close(&r);
	return status;
}

int khaldun_parser_score(const khaldun_parser *p, FILE *gold, const char *name,
			 khaldun_diag_fn fn, void *ctx, khaldun_parse_score *out)
{
	diag_sink ds = { fn, ctx, 0, 0 };
	memset(out, 0, sizeof *out);
	conllu_reader r;
	conllu_sent s;
	conllu_open(&r, gold, name, &ds);
	conllu_sent_init(&s);
	int rc, status = KHALDUN_OK;
	while ((rc = conllu_next(&r, &s)) == 1) {
		int ok = !s.bad && s.n;
		for (size_t i = 0; ok && i < s.n; i++)
			ok = s.w[i].upos >= 0 && s.w[i].head >= 0;
		if (!ok) {
			out->skipped++;
			continue;
		}
		parse_word *w = malloc(s.n * sizeof *w);
		uint8_t *tag = malloc(s.n);
		int *head = malloc(s.n * sizeof(int));
		const char **lab = malloc(s.n * sizeof *lab);
		if (!w || !tag || !head || !lab) {
			free(w), free(tag), free(head), free(lab);
			status = KHALDUN_ERR_NOMEM;
			break;
		}
		for (size_t i = 0; i < s.n; i++) {
			parse_word_init(&w[i], s.w[i].form, s.w[i].form_len);
			tag[i] = (uint8_t)s.w[i].upos;
			head[i] = s.w[i].head;
			lab[i] = s.w[i].deprel;
		}
		int scored = parse_score_sentence(&p->m, w, tag, head, lab, s.n, out);
		free(w), free(tag), free(head), free(lab);
		if (scored) {
			status = KHALDUN_ERR_NOMEM;
			break;
		}
	}
	if (rc < 0)
		status = KHALDUN_ERR_NOMEM;
	conllu_sent_free(&s);
	conllu_close(&r);
	return status;
}

int khaldun_parser_train(const char *ud_dir, const char *out_path, unsigned long seed,
			 int jackknife, double prune, double select, khaldun_diag_fn fn,
			 void *ctx)
{
	diag_sink ds = { fn, ctx, 0, 0 };
	khaldun_train_options o = { 15, 20, jackknife, (float)prune, (float)select, NULL };
	const char *ep = getenv("KHALDUN_TRAIN_EPOCHS");   /* "T,P": for quick experiments */
	if (ep && sscanf(ep, "%d,%d", &o.tagger_epochs, &o.parser_epochs) != 2)
		o.tagger_epochs = 15, o.parser_epochs = 20;
	parse_model m;
	int rc = parse_train_model(&m, ud_dir, seed, &o, &ds);
	if (rc != KHALDUN_OK)
		return rc;
	rc = parse_model_save(&m, out_path, &ds);
	parse_model_free(&m);
	return rc;
}
