/*
 * synactor.c - actor choices the parse settles after syntax.c has chosen source and target
 * (KHALDUN: SYNTAX): an object is never the source of its own verb, a refusal after "but"
 * is a refusal of the other clause's subject, "met X and praised him" is X, and "talks with
 * X" names X, not the compound before the noun. Called from syntax_rebind; each rule that
 * moves a slot says so in the event's evidence (S->syn_note).
 * Invariant: reads the sentence's parse (syntree.h), never changes it; only slots move. */
#include "coder/syntree.h"
#include <string.h>

/* Adds a rule's words to the verb's note ("; " between two rules). */
static void add_note(coder_sent *S, const char *msg)
{
	if (!S->syn_note) {
		S->syn_note = msg;
		return;
	}
	size_t a = strlen(S->syn_note), b = strlen(msg);
	char *p = arena_alloc(&S->c->scratch, a + b + 3);
	if (!p)
		return;
	memcpy(p, S->syn_note, a);
	memcpy(p + a, "; ", 2);
	memcpy(p + a + 2, msg, b + 1);
	S->syn_note = p;
}

/* 1 when the subject of verb h (nsubj) is a personal pronoun (or "which") that holds no
 * live actor of its own ("they arrested seven IS members"). */
static int open_subject(coder_sent *S, const struct syntax_parse *P, int h)
{
	static const char *const personal[] = { "he", "she", "it", "they", "we", "which", NULL };
	int s = syn_child_rel(P, h, "nsubj"), hit = 0;
	for (int k = 0; s >= 0 && personal[k]; k++)
		hit |= syn_word_is(&P->w[s], personal[k]);
	if (!hit)
		return 0;   /* not "who" (the antecedent acts; "which" is a thing, as "it"), nor
			     * a noun the open-actor rule may not reach */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt || a->pron_kind)
			continue;   /* a pronoun names no actor of its own */
		int ah = syn_span_head(P, a->pos, a->end), rank;
		if (ah >= 0 && syn_role_of(P, ah, h, &rank) == R_SRC)
			return 0;
	}
	return 1;
}

/* The word right below word top on the way up from word h (h itself when it hangs on top),
 * or -1 when h is not under top. */
static int below(const struct syntax_parse *P, int h, int top)
{
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1;
		if (up == top)
			return h;
		h = up;
	}
	return -1;
}

/* The role towards vw of the actor the slot is bound to, a pronoun's referent included. */
static enum role referent_role(coder_sent *S, const struct syntax_parse *P, int vw,
			       const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return R_NONE;
	int h = syn_span_head(P, a->pos, a->end), rank;
	return h < 0 ? R_NONE : syn_role_of(P, h, vw, &rank);
}

/* TABARI takes the first actor after the verb as the source when none comes before it, and
 * a "they" before any actor for the sentence's first actor. When the parse makes that actor
 * the verb's own object and the verb's subject is a pronoun ("The officials said they
 * arrested seven IS members": "they" is not the IS members), the object is not the one who
 * acted: the source is dropped (the pronoun stands in, OPEN_ACTORS) and the object
 * is left for the target. Returns 1 when it dropped the source. */
static int syn_object_source(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			     coder_slot *src)
{
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt || referent_role(S, P, vw, src) != R_TGT)
		return 0;
	int w = below(P, syn_span_head(P, a->pos, a->end), vw);
	if (w < 0 || (!syn_rel_is(&P->w[w], "obj") && !syn_rel_is(&P->w[w], "iobj")))
		return 0;   /* not a subject the parser made passive ("officials are pleading") */
	if (S->t[src->pos].type != TY_PRON && P->tok2w[a->pos] < vw)
		return 0;   /* an actor before its verb is TABARI's own subject choice */
	if (!open_subject(S, P, sv) && (sv == vw || !open_subject(S, P, vw)))
		return 0;
	src->n = 0;
	add_note(S, "rule: the verb's object is not its source (its subject is a pronoun)");
	return 1;
}

/* "the Chinese side proposed ..., but the European side refused": a rejection (12x) with no
 * target (or only itself), coordinated by "but" with a verb whose subject is another
 * actor, rejects that one.
 * Returns 1 when it set the target. */
static int but_refusal(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		       const coder_slot *src, coder_slot *tgt)
{
	static const char *const but[] = { "but", "yet", NULL };
	if ((tgt->n && (!src->n || strcmp(tgt->m[0].code, src->m[0].code))) || a[0] != '1' ||
	    a[1] != '2' || !syn_rel_is(&P->w[vw], "conj") ||
	    !P->w[vw].head || !syn_child_word(P, vw, "cc", but))
		return 0;
	int h = (int)P->w[vw].head - 1;
	int k = syn_actor_with_role(S, P, h, R_SRC, src);
	if (k < 0)
		return 0;
	actors_make_slot(S, k, tgt);
	if (!tgt->n)
		return 0;
	add_note(S, "rule: a refusal after 'but' rejects the other clause's subject");
	return 1;
}

/* "requested World Trade Organization dispute consultations with the U.S.": the target the
 * shallow rules chose only modifies the object noun (a compound or adjective before it),
 * and a "with / against / toward(s) / on" phrase of that noun holds another actor: that one
 * is the party of the talks, sanctions or attack. Returns 1 when it moved the target. */
static int nominal_party(coder_sent *S, const struct syntax_parse *P, int vw,
			 const coder_slot *src, coder_slot *tgt)
{
	static const char *const party[] = { "with", "against", "toward", "towards", "on", NULL };
	int o = syn_child_rel(P, vw, "obj");
	if (!tgt->n || o < 0 || !tgt->m[0].a || tgt->m[0].a->pos < 0)
		return 0;
	int th = syn_span_head(P, tgt->m[0].a->pos, tgt->m[0].a->end);
	int tb = th >= 0 ? below(P, th, o) : -1;
	if (tb < 0 || (!syn_rel_is(&P->w[tb], "compound") && !syn_rel_is(&P->w[tb], "amod")))
		return 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt || a == tgt->m[0].a)
			continue;
		int ah = syn_span_head(P, a->pos, a->end);
		int ab = ah >= 0 ? below(P, ah, o) : -1;
		if (ab < 0 || !syn_rel_is(&P->w[ab], "nmod"))
			continue;
		int c = syn_case_of(P, ab), hit = 0;
		for (int j = 0; c >= 0 && party[j]; j++)
			hit |= syn_word_is(&P->w[c], party[j]);
		coder_slot s;
		actors_make_slot(S, k, &s);
		if (!hit || !s.n || (src->n && !strcmp(s.m[0].code, src->m[0].code)))
			continue;
		*tgt = s;
		add_note(S, "rule: the party of a nominal event ('talks with X'), not a modifier "
			    "of its noun");
		return 1;
	}
	return 0;
}

/* "called Erdogan ... and urged him", "detained a British couple and accused them": an
 * object pronoun of a verb coordinated with a verb whose object is an actor stands for that
 * object, when the shallow rules gave no target or bound the pronoun to the subject (TABARI's
 * "him" = the sentence's first actor). Returns 1 when it set the target. */
static int object_pronoun(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *src, coder_slot *tgt)
{
	static const char *const obj[] = { "him", "her", "them", NULL };
	if (!syn_rel_is(&P->w[vw], "conj") || !P->w[vw].head || !syn_child_word(P, vw, "obj", obj))
		return 0;
	int h = (int)P->w[vw].head - 1;
	/* a pronoun bound to the subject, or to an actor before the first verb ("him" = the US
	 * of "US President Donald Trump called"), is not that verb's object */
	const coder_actor *r = tgt->n ? tgt->m[0].a : NULL;
	if (tgt->n && !(tgt->pronoun && r && r->pos >= 0 && r->pos < S->nt &&
			(P->tok2w[r->pos] < h || (src->n && r == src->m[0].a))))
		return 0;
	int k = syn_actor_with_role(S, P, h, R_TGT, src);
	if (k < 0)
		return 0;
	coder_slot s;
	actors_make_slot(S, k, &s);
	if (!s.n)
		return 0;
	*tgt = s;
	add_note(S, "rule: an object pronoun of a coordinated verb is the first verb's object");
	return 1;
}

/* The rules above, run on the slots syntax.c settled (the source first, then the target,
 * since a dropped source leaves the object for the target). */
void syn_actor_rules(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		     const dict_evcode *code, coder_slot *src, coder_slot *tgt)
{
	coder_slot obj = *src;
	if (syn_object_source(S, P, vw, sv, src)) {
		/* the object becomes the target when there is none or it is the object's own
		 * head ("a news conference at the Pentagon with the French minister": the
		 * minister stays) */
		const coder_actor *a = obj.m[0].a;
		int k = (int)(a - S->a), h = syn_span_head(P, a->pos, a->end);
		if (k >= 0 && k < S->na && h >= 0 && (!tgt->n || below(P, h, vw) == h))
			actors_make_slot(S, k, tgt);
	}
	if (!but_refusal(S, P, vw, code->a, src, tgt) && !object_pronoun(S, P, vw, src, tgt))
		nominal_party(S, P, vw, src, tgt);
}
