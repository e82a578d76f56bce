/*
 * synnoun.c - an event said only as a noun phrase (KHALDUN: SYNTAX, branch nominal16): the
 * deed noun with its doer and its target ("Ankara's backing of the Libyan government",
 * "a Turkish offensive against the Syrian Kurdish militia") in a sentence whose verbs code
 * nothing ("averted", "are angry with"). Called by clause.c when the sentence gave no event.
 * Invariant: reads the sentence's parse (syntree.h), never changes it; a noun without a doer
 * and a target of two countries is left alone.
 */
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <ctype.h>
#include <string.h>

/* The actor whose live head is word h, or that names a word hung on h by a modifier
 * ("the [Syrian] Kurdish militia": the adjective on the target noun); -1: none. */
static int actor_at(coder_sent *S, const struct syntax_parse *P, int h)
{
	static const char *const mod[] = { "amod", "compound", "nmod:poss", "flat", NULL };
	for (int pass = 0; pass < 2; pass++)
		for (int k = 0; k < S->na; k++) {
			int w = syn_live_head(S, P, k);
			if (w < 0 || !S->a[k].ncodes)
				continue;
			if (!pass && w == h)
				return k;
			for (int r = 0; pass && mod[r]; r++)
				if ((int)P->w[w].head == h + 1 && syn_rel_is(&P->w[w], mod[r]))
					return k;
		}
	return -1;
}

/* The doer of deed noun n: an actor before it as its possessor, adjective or compound
 * ("Ankara's", "Turkish", "Russia"), or in its "by" phrase; -1: none. */
static int noun_doer(coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const by[] = { "by", NULL };
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != n + 1)
			continue;
		int before = i < n && (syn_rel_is(w, "nmod:poss") || syn_rel_is(w, "amod") ||
				       syn_rel_is(w, "compound"));
		if (!before && !(syn_rel_base(w, "nmod") && syn_child_word(P, i, "case", by)))
			continue;
		int k = actor_at(S, P, i);
		if (k >= 0)
			return k;
	}
	return -1;
}

/* The target of deed noun n: an actor in its "against", "on", "of" or "toward(s)" phrase
 * ("backing of the Libyan government", "an offensive against the militia"); -1: none. */
static int noun_target(coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const at[] = { "against", "on", "of", "toward", "towards", NULL };
	for (int i = n + 1; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", at)) {
			int k = actor_at(S, P, i);
			if (k >= 0)
				return k;
		}
	return -1;
}

/* 1 when noun n is only a topic: in a phrase "about", "over", "on", "regarding" something
 * ("talks about the sanctions"), or a modifier of another noun ("sanctions bills"). */
static int topic_noun(const struct syntax_parse *P, int n)
{
	static const char *const about[] = { "about", "over", "on", "regarding", "concerning",
		"of", "for", NULL };
	const khaldun_parse_token *w = &P->w[n];
	return syn_rel_is(w, "compound") || syn_rel_is(w, "amod") ||
	       syn_child_word(P, n, "case", about);
}

/* The deed root of token t when it is a noun in the parse (a verb root's word the coder
 * reads as a noun: "the attack", "sanctions", "backing"), else NULL. */
static const dict_verb_root *deed_noun(coder_sent *S, const struct syntax_parse *P, int t)
{
	const coder_tok *k = &S->t[t];
	int n = P->tok2w[t];
	if (!sent_live(S, t) || n < 0 || !k->ent || k->ent->type != ENT_VERB || !k->ent->verb ||
	    !P->w[n].upos || strcmp(P->w[n].upos, "NOUN"))
		return NULL;
	const dict_verb_root *vr = k->ent->verb;
	const char *a = vr->code.a;
	if (vr->code.kind != CODE_EVENT || !a || !isdigit((unsigned char)a[0]) ||
	    !isdigit((unsigned char)a[1]))
		return NULL;
	return vr;
}

/* A deed said as a noun phrase whose doer and target are actors of two countries, in a
 * sentence that coded no event: that deed, the doer's on the target. 1 and *out when found. */
int syn_nominal_event(coder_sent *S, coder_cand *out)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	for (int t = 0; P && t < S->nt; t++) {
		const dict_verb_root *vr = deed_noun(S, P, t);
		int n = vr ? P->tok2w[t] : -1;
		if (n < 0 || topic_noun(P, n))
			continue;
		int d = noun_doer(S, P, n), g = d >= 0 ? noun_target(S, P, n) : -1;
		if (g < 0 || syn_codes_same_side(S->a[d].codes[0], S->a[g].codes[0]))
			continue;
		memset(out, 0, sizeof *out);
		out->code = vr->code;
		out->code.b = NULL;
		if (syn_undone(S, P, n, 0, &out->code))
			continue;
		out->verb = t;
		out->root = vr;
		out->ok = 1;
		actors_make_slot(S, d, &out->src);
		actors_make_slot(S, g, &out->tgt);
		out->note = "rule: a deed said as a noun phrase with its doer and its target "
			    "('Turkey's offensive against the Kurds'), the sentence's verbs coding "
			    "nothing, is the doer's deed on the target";
		return out->src.n && out->tgt.n;
	}
	return 0;
}
