/*
 * check_order.c - findings about what the coder always tries first: patterns of a root that
 * an earlier pattern pre-empts (in dict_pattern_order, the order the coder tries them), and
 * verb phrases an actor or noun phrase always takes (dict_entry_precedes, the lookup's
 * preference). Both use the model's precedence functions, so the linter cannot drift from the
 * coder. A check_finding is only reported when it holds for every sentence.
 */
#include "dict/check.h"
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- patterns */

static int star_word(const dict_pel *e, int n)
{
	for (int i = 0; i < n; i++)
		if (e[i].kind == PEL_WORD && !strcmp(e[i].text, "*"))
			return 1;
	return 0;
}

/* A pattern as the coder tries it (dict_pattern_flatten). */
typedef struct {
	dict_pel e[DICT_MAX_FLAT];
	int n;
} flat;

static void flatten(const dict_pattern *pt, flat *f)
{
	f->n = dict_pattern_flatten(pt, f->e);
}

/* 1 when pattern word x matches every token pattern word y matches (patterns match words
 * without endings: a stem is a prefix, an exact word the whole token). */
static int word_covers(const dict_pel *x, const dict_pel *y)
{
	if (!strcmp(x->text, "*") || !strcmp(y->text, "*"))
		return 0;
	if (x->exact)
		return y->exact && !strcmp(x->text, y->text);
	return y->len >= x->len && !memcmp(y->text, x->text, x->len);
}

/* 1 when element x (of the earlier pattern) matches wherever y does. */
static int pel_covers(const dict_pel *x, const dict_pel *y)
{
	if ((x->kind == PEL_ALT || x->kind == PEL_SYNSET) && x->kind == y->kind)
		return check_pel_same(x, y) ||
		       (x->kind == PEL_SYNSET && check_streq(x->text, y->text));
	if (x->kind == PEL_WORD && y->kind == PEL_WORD)
		return word_covers(x, y);
	if (x->kind == PEL_WORD && (y->kind == PEL_ALT || y->kind == PEL_SYNSET)) {
		for (int k = 0; k < y->nopts; k++)
			if (y->opts[k].n != 1 || y->opts[k].e[0].kind != PEL_WORD ||
			    !word_covers(x, &y->opts[k].e[0]))
				return 0;
		return y->nopts > 0;
	}
	if ((x->kind == PEL_ALT || x->kind == PEL_SYNSET) && y->kind == PEL_WORD) {
		for (int k = 0; k < x->nopts; k++)
			if (x->opts[k].n == 1 && x->opts[k].e[0].kind == PEL_WORD &&
			    word_covers(&x->opts[k].e[0], y))
				return 1;
		return 0;
	}
	return x->kind == y->kind && x->kind != PEL_ALT && x->kind != PEL_SYNSET &&
	       x->kind != PEL_WORD;
}

/* Maps x[i..] in order onto y[j..] (x[i] exactly at j when `must`), each element covering
 * its image and every '_' of x kept by y. */
static int embed(const flat *x, int i, const flat *y, int j, int must)
{
	if (i == x->n)
		return 1;
	for (int k = j; k < y->n; k++) {
		if (pel_covers(&x->e[i], &y->e[k]) && (!x->e[i].consec || y->e[k].consec) &&
		    embed(x, i + 1, y, k + 1, x->e[i].consec && i + 1 < x->n))
			return 1;
		if (must || x->e[i].kind == PEL_VERB)
			break;
	}
	return 0;
}

/* The coder tries a root's patterns in dict_pattern_order and stops at the first match that
 * is final (dict_pattern_match_final): a later pattern q is never tried when an earlier one p
 * matches wherever q does - unless p may match through a shorter alternative and q is still
 * tried after the least such match (dict_pattern_tried_after). */
void check_patterns(chk *c, const dict_verb_root *vr)
{
	flat *fx = malloc(sizeof *fx), *fy = malloc(sizeof *fy);
	if (!fx || !fy) {
		free(fx);
		free(fy);
		c->nomem = 1;
		return;
	}
	for (int j = 1; j < vr->npats; j++) {
		const dict_pattern *q = &vr->pats[j];
		if (star_word(q->upper.e, q->upper.n) || star_word(q->lower.e, q->lower.n))
			continue;  /* the loader reported the second '*' */
		flatten(q, fy);
		for (int i = 0; i < j; i++) {
			const dict_pattern *p = &vr->pats[i];
			if (star_word(p->upper.e, p->upper.n) || star_word(p->lower.e, p->lower.n))
				continue;
			flatten(p, fx);
			if (!embed(fx, 0, fy, 0, 0))
				continue;
			/* p matched through a shorter option does not stop the loop: q, when
			 * longer than that match, is still tried */
			int alts, least = dict_pattern_least_length(p, &alts);
			if (alts && dict_pattern_tried_after(q, least))
				continue;
			int identical = fx->n == fy->n && p->verb_consec == q->verb_consec &&
					check_seq_same(p->upper.e, p->upper.n, q->upper.e,
					q->upper.n) &&
					check_seq_same(p->lower.e, p->lower.n, q->lower.e,
					q->lower.n);
			int same_code = check_evcode_same(&p->code, &q->code);
			SBUF(pc, 64);
			SBUF(qc, 64);
			check_render_evcode(&pc, &p->code);
			check_render_evcode(&qc, &q->code);
			long col = check_find_col(check_raw_line(c, q->at.file, q->at.line), "-",
				1);
			if (identical && same_code)
				check_finding(c, KHALDUN_WARNING, q->at.file, q->at.line, col,
					"duplicate pattern of %s: the same as line %d", vr->name,
					p->at.line);
			else if (identical)
				check_finding(c, KHALDUN_ERROR, q->at.file, q->at.line, col,
					"pattern of %s repeats line %d with another code: %s there "
					"always wins and %s is never coded", vr->name, p->at.line,
					pc.p,
					qc.p);
			else
				check_finding(c, same_code ? KHALDUN_WARNING : KHALDUN_ERROR,
					q->at.file, q->at.line, col,
					"pattern of %s can never be tried: the pattern at line %d "
					"(%s) is tried first and matches wherever this "
					"one does%s%s%s", vr->name,
					p->at.line, pc.p, same_code ? "" : ", so ",
					same_code ? "" : qc.p, same_code ? "" : " is never coded");
			break;
		}
	}
	free(fx);
	free(fy);
}

/* ---------------------------------------------------------------- verbs an actor takes */

static int noun_ending(const char *rest, size_t n)
{
	static const char *const endings[] = { "S", "'S", "ES", "'", "S'" };
	for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++)
		if (strlen(endings[i]) == n && !memcmp(rest, endings[i], n))
			return 1;
	return 0;
}

/* 1 when phrase word x (of a noun-like entry; `x_last`: its final word, which takes noun
 * endings) matches every token that verb word y matches (`y_last`: verb endings). */
static int noun_word_covers(const dict_pel *x, int x_last, const dict_pel *y, int y_last)
{
	if (!x->exact) {
		size_t need = x->len;
		/* an exact verb ending in E also matches -ING without the E (DEPLORE_ DEPLORING) */
		if (y_last && y->exact && !y->noend && y->len > 2 && y->text[y->len - 1] == 'E')
			return need <= (size_t)y->len - 1 && !memcmp(y->text, x->text, need);
		return y->len >= x->len && !memcmp(y->text, x->text, need);
	}
	if (!y->exact)
		return 0;
	if (!strcmp(x->text, y->text))
		return !y_last || y->noend;   /* verb endings are not noun endings */
	/* x with a noun ending is y itself: "PROTESTS_" against y = "PROTESTS=" */
	size_t xl = strlen(x->text);
	return x_last && !x->noend && y->noend && (size_t)y->len > xl &&
	       !memcmp(y->text, x->text, xl) && noun_ending(y->text + xl, (size_t)y->len - xl);
}

static int noun_embed(const dict_pseq *x, int i, const dict_pseq *y, int j)
{
	if (i == x->n)
		return 1;
	for (int k = j; k < y->n; k++) {
		if (noun_word_covers(&x->e[i], i == x->n - 1, &y->e[k], k == y->n - 1) &&
		    (!x->e[i].consec || y->e[k].consec) && noun_embed(x, i + 1, y, k + 1))
			return 1;
		if (i == 0 || x->e[i - 1].consec)
			break;   /* the first word starts where the verb does; '_' means next */
	}
	return 0;
}

typedef struct {
	const dict_entry *verb;
	const dict_entry *by;
} shadow_ctx;

static void shadow_candidate(void *vctx, const dict_entry *a)
{
	shadow_ctx *s = vctx;
	if (s->by || !check_nounish(a->type) || !dict_entry_precedes(a, s->verb))
		return;
	if (noun_embed(&a->words, 0, &s->verb->words, 0))
		s->by = a;
}

/* A verb phrase is never read as a verb when an actor, agent, noun or adjective phrase
 * matches every text it matches and is at least as long: the lookup keeps the longest
 * phrase and, at equal length, prefers those to verbs (dict_entry_precedes). */
void check_shadowed(chk *c, const dict_entry *v)
{
	const dict_pel *w = &v->words.e[0];
	if (w->kind != PEL_WORD)
		return;
	shadow_ctx s = { v, NULL };
	dict_candidates(c->d, w->text, w->len, shadow_candidate, &s);
	if (!s.by)
		return;
	SBUF(vp, 256);
	SBUF(ap, 256);
	check_render_seq(&vp, v->words.e, v->words.n);
	check_render_seq(&ap, s.by->words.e, s.by->words.n);
	check_finding(c, KHALDUN_WARNING, v->at.file, v->at.line, check_phrase_col(c, v),
		"verb%s '%s' of %s is never read as a verb: the %s '%s' at %s:%d matches wherever "
		"it does and always wins", check_is_root(v) ? "" : " form", vp.p, v->verb->name,
		check_type_name(s.by->type), ap.p, s.by->at.file, s.by->at.line);
}

