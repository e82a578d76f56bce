/*
 * syntax.c - the coder's use of the dependency parse (KHALDUN: SYNTAX, our dictionaries only):
 * after event.c has found a verb's pattern and TABARI-style source and target, the sentence is
 * parsed once (src/parse, re-tokenised on the coder's normalised text and aligned by byte
 * offsets) and source and target are re-chosen among the dictionary's actors by their relation
 * to the verb: subject, passive agent, object, oblique; places in locative phrases and actors
 * of other clauses are dropped; negated or refused cooperation becomes a rejection (12x);
 * reported speech names its speaker as the attribution (speech.c-like frame rules below).
 * Invariant: the model is read-only and shared; a sentence the parser cannot take (too long,
 * no memory) keeps the shallow result, with a note in the sentence's reason.
 */
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

int khaldun_dict_wants_parser(const khaldun_dict *d)
{
	return d && (d->options.news & NEWS_SYNTAX) != 0;
}

void khaldun_dict_set_parser(khaldun_dict *d, const khaldun_parser *p)
{
	if (d)
		d->parser = p;
}

int syntax_on(const coder_sent *S)
{
	return (S->c->o.news & NEWS_SYNTAX) && S->d->parser;
}

int syntax_shared_subject(coder_sent *S, int v, coder_slot *out)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	/* up the coordinated verbs that have no subject of their own */
	int sv = syn_subject_conjunct(P, P->tok2w[v]);
	int s = sv >= 0 ? syn_child_rel(P, sv, "nsubj") : -1;
	if (s < 0)
		return 0;
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] == s && sent_live(S, i)) {
			int a = sent_actor_at(S, i);
			if (a >= 0 && S->t[i].type == TY_ACTOR) {
				actors_make_slot(S, a, out);
				return out->n > 0;
			}
			break;
		}
	if (syn_upos_is(&P->w[s], "PRON"))
		return 0;   /* "they ... and shot them": left to the pronoun rules */
	return syn_open_phrase(S, P, s, out);
}

int syntax_pronoun_doer(coder_sent *S, int v, int pend, coder_slot *out)
{
	static const char *const personal[] = { "they", "it", "he", "she", "we", NULL };
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0 || syn_passive_verb(P, P->tok2w[v]))
		return 0;
	int vw = P->tok2w[v], sv = syn_subject_conjunct(P, vw);
	int s = syn_child_rel(P, sv >= 0 ? sv : vw, "nsubj");
	if (s < 0 || syn_rel_is(&P->w[s], "nsubj:pass") || !syn_word_in(&P->w[s], personal))
		return 0;
	/* the deed is done to people: an object pronoun, a person or group noun ("shot them",
	 * "holding hostages"), or none but the verb's ("opened fire"); not "shot a documentary",
	 * "killed the bill", whose object is a thing and the verb another sense */
	int o = syn_child_rel(P, vw, "obj");
	if (o >= 0 && !syn_upos_is(&P->w[o], "PRON")) {
		int person = 0;   /* or the verb entry's own word: "opened fire" */
		for (int i = 0; i < S->nt && !person; i++)
			person = P->tok2w[i] == o &&
				 (S->t[i].type == TY_AGENT || S->t[i].type == TY_ACTOR ||
				  (i > v && i <= pend));
		if (!person)
			return 0;
	}
	for (int i = 0; i < S->nt; i++) {
		if (P->tok2w[i] != s || !sent_live(S, i))
			continue;
		int a = sent_actor_at(S, i);
		if (a >= 0 && S->a[a].ref >= 0)
			return 0;   /* resolved: the pronoun rules' actor, not this */
		coder_actor *x = arena_alloc(&S->c->scratch, sizeof *x);
		if (!x)
			return 0;
		memset(x, 0, sizeof *x);
		x->pos = x->end = i;
		x->group = x->ref = -1;
		x->pron_kind = syn_word_is(&P->w[s], "they") || syn_word_is(&P->w[s], "we") ? 3 : 1;
		out->n = 1;
		out->m[0].code = "---";
		out->m[0].a = x;
		out->pos = i;
		out->pronoun = 0;
		out->key = sent_span_text(S, i, i);
		return 1;
	}
	return 0;
}

/* The words that open an adverbial clause; a clause after "until" or "once" tells of a deed
 * still to come ("will not lift the ban until Cuba undertakes reforms"), not one done. */
static const char *const subordinators[] = { "after", "since", "when", "although", "though",
	"because", "while", "as", "before", "whereas", "until", "once", NULL };

static int awaited_mark(const khaldun_parse_token *w)
{
	return syn_word_is(w, "until") || syn_word_is(w, "once");
}

/* 1 when the clause of verb word c, marked by word m, tells a deed of its own: a contrast
 * ("while", "whereas", "as") always; a clause of time, reason or concession ("after",
 * "because", "though" ...) only with a dictionary actor as its doer ("after Trump slashed
 * funding", not "after talks were suspended": a scene, no side acts). */
static int own_deed(coder_sent *S, const struct syntax_parse *P, int m, int c)
{
	static const char *const contrasts[] = { "while", "whereas", "as", NULL };
	return syn_word_in(&P->w[m], contrasts) || syn_actor_with_role(S, P, c, R_SRC, NULL) >= 0;
}

int syntax_contrast_clause(coder_sent *S, int i)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || i < 0 || i >= S->nt || P->tok2w[i] < 0)
		return 0;
	int m = P->tok2w[i];
	const khaldun_parse_token *w = &P->w[m];
	if (!syn_rel_is(w, "mark") || !syn_word_in(w, subordinators) || awaited_mark(w) || !w->head)
		return 0;
	int c = (int)w->head - 1, s = syn_child_rel(P, c, "nsubj");
	const khaldun_parse_token *cw = &P->w[c];
	/* a finite verb of its own ("as Tehran rejected its offer"), not "as expected", "as
	 * part of", nor a clause hung on a noun; not a sentence's opening "While ...," */
	return c > m && syn_upos_is(cw, "VERB") && syn_rel_is(cw, "advcl") &&
	       cw->head && (int)cw->head - 1 < m &&   /* after the clause it hangs on */
	       s > m && s < c && P->w[s].upos && strcmp(P->w[s].upos, "PRON") &&
	       !syn_ends_ing(cw) && own_deed(S, P, m, c);
}

static int syn_is_noun(const khaldun_parse_token *w)
{
	return w->upos && (!strcmp(w->upos, "NOUN") || !strcmp(w->upos, "PROPN"));
}

int syntax_noun_conjunction(coder_sent *S, int i)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || i < 0 || i >= S->nt || P->tok2w[i] < 0)
		return 0;
	const khaldun_parse_token *w = &P->w[P->tok2w[i]];
	if (!syn_rel_is(w, "cc") || !w->head)
		return 0;
	const khaldun_parse_token *c = &P->w[w->head - 1];
	/* the conjunct is a common noun hung as "conj" on a noun that modifies another noun
	 * through a preposition ("on steel and aluminum imports"): one phrase, whatever verb
	 * follows. Coordinated subjects and objects keep their split (a misparse there moves
	 * a side); a name may be a new clause's subject ("on steel and China retaliated") */
	if (!syn_upos_is(c, "NOUN") || !syn_rel_is(c, "conj") || !c->head)
		return 0;
	const khaldun_parse_token *f = &P->w[c->head - 1];
	if (!syn_is_noun(f) || !syn_rel_is(f, "nmod"))
		return 0;
	/* and the noun it modifies is the subject of a verb after the conjunction: the
	 * split would part that verb from its subject ("tariffs ... will take effect"); a
	 * modifier of an object or of an aside ("those in the hospitality and tourism
	 * sectors") keeps it */
	int m = P->tok2w[i], h = (int)f->head - 1;
	if (h < 0 || h >= m || !syn_is_noun(&P->w[h]) || !syn_rel_base(&P->w[h], "nsubj") ||
	    !P->w[h].head)
		return 0;
	int v = (int)P->w[h].head - 1;
	return v > m && syn_upos_is(&P->w[v], "VERB");
}

/* The parse's word index of token i (its parse in *pp), -1 when the sentence has no parse
 * or the token no word. */
static int token_word(coder_sent *S, int i, struct syntax_parse **pp)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	*pp = P;
	return P && i >= 0 && i < S->nt ? P->tok2w[i] : -1;
}

/* 1 when word w is top or hangs below it in the tree. */
static int hangs_below(const struct syntax_parse *P, int w, int top)
{
	return w >= 0 && (w == top || syn_below(P, w, top) >= 0);
}

/* participle53: the verb at v is a participle modifying a noun before it, with a "by" agent
 * ("recovered a truck seized by Islamic State fighters") and the target in that agent's
 * phrase while the source stands outside the participle's phrase (the main clause's
 * subject): the agent does the deed, to the noun's side (none when the noun names no
 * actor). Not a participle of ownership (news_owning_participle). */
void syntax_relative_deed(coder_sent *S, int v, coder_slot *src, coder_slot *tgt)
{
	struct syntax_parse *P;
	int m = token_word(S, v, &P);
	if (m < 0 || !src->n || !tgt->n || src->m[0].a->pos < 0 || tgt->m[0].a->pos < 0 ||
	    news_owning_participle(&S->t[v]))
		return;
	const khaldun_parse_token *w = &P->w[m];
	int n = w->head ? (int)w->head - 1 : -1;
	int a = syn_child_rel(P, m, "obl:agent");
	/* the parser may hang the participle on the verb as its xcomp: the noun is then the
	 * verb's object right before it */
	if (n >= 0 && syn_rel_is(w, "xcomp"))
		n = syn_child_rel(P, n, "obj") == m - 1 ? m - 1 : -1;
	else if (!syn_rel_is(w, "acl"))
		n = -1;
	if (!syn_upos_is(w, "VERB") || syn_ends_ing(w) || n < 0 || n >= m || a < 0)
		return;
	int sw = P->tok2w[src->m[0].a->pos], tw = P->tok2w[tgt->m[0].a->pos];
	if (sw < 0 || tw < 0 || !hangs_below(P, tw, a) || hangs_below(P, sw, m))
		return;
	slot_copy(src, tgt);
	for (int k = 0; k < S->nt; k++)
		if (P->tok2w[k] == n && sent_find_actor(S, k, k + 1, src, 0, tgt))
			return;
	event_null_slot(S, tgt);
}

int syntax_subject_participle(coder_sent *S, int v, int u)
{
	struct syntax_parse *P;
	int m = token_word(S, v, &P), h = P ? token_word(S, u, &P) : -1;
	if (m < 0 || h < 0 || m >= h)
		return 0;
	const khaldun_parse_token *w = &P->w[m];
	int n = w->head ? (int)w->head - 1 : -1;
	return syn_rel_is(w, "acl") && syn_upos_is(w, "VERB") && !syn_ends_ing(w) &&
	       n >= 0 && n < m && syn_rel_is(&P->w[n], "nsubj") && (int)P->w[n].head == h + 1;
}

int syntax_relative_clause(coder_sent *S, int v)
{
	static const char *const rel[] = { "WHO", "WHOM", "WHICH", "THAT", NULL };
	struct syntax_parse *P;
	int m = token_word(S, v, &P);
	if (m < 0 || !syn_rel_is(&P->w[m], "acl:relcl") || !P->w[m].head)
		return 0;
	int h = (int)P->w[m].head - 1;
	if (h >= m)
		return 0;
	/* restrictive, no comma between the noun and the verb: a relative set off by one
	 * answers or comments on the whole clause before it (clause66's ", which Asmara
	 * denied", charge54's ", a charge Lome rejected": a noun set off by a comma) and codes its
	 * own event; a main clause the parser hung on a noun before it ("Hours before the
	 * announcement, militants stormed a base") has the comma too */
	int lead = syn_child_rel(P, h, "punct");
	if (syn_rel_is(&P->w[h], "appos") || syn_rel_is(&P->w[h], "parataxis") ||
	    (lead >= 0 && lead < h))
		return 0;
	for (int k = h + 1; k < m; k++)
		if (syn_upos_is(&P->w[k], "PUNCT"))
			return 0;
	/* opened by a relative word ("a resolution that the envoy rejected"), or an object
	 * relative with its own subject ("the sanctions Washington has imposed"): a main verb
	 * the parser hung on its subject ("The Department for International Development has
	 * reduced aid") has neither */
	for (int k = h + 1; k < m; k++)
		if (syn_word_in(&P->w[k], rel) && syn_below(P, k, m) >= 0)
			return 1;
	int subj = syn_child_rel(P, m, "nsubj");
	return subj > h && subj < m;
}

int syntax_noun_modifier(coder_sent *S, int j)
{
	struct syntax_parse *P;
	int m = token_word(S, j, &P);
	if (m < 0)
		return 0;
	const khaldun_parse_token *w = &P->w[m];
	if (!syn_upos_is(w, "NOUN") || !w->head)
		return 0;
	/* the noun that coordinated modifiers describe ("curbs" in "trade and travel curbs on
	 * Somalia"): the object of the verb before them, no verb of its own */
	int c = syn_child_rel(P, m, "compound");
	if (c >= 0 && c < m && syn_child_rel(P, c, "conj") >= 0)
		return 1;
	/* a conjunct of a modifier ("trade and travel restrictions": travel hangs on trade)
	 * modifies what that one does */
	if (syn_rel_is(w, "conj")) {
		w = &P->w[w->head - 1];
		if (!syn_upos_is(w, "NOUN") || !w->head)
			return 0;
	}
	/* a compound modifier of a common noun after it: "travel" in "travel restrictions"
	 * names a kind of restriction, no deed of its own */
	int h = (int)w->head - 1;
	return syn_rel_is(w, "compound") && h > m && syn_upos_is(&P->w[h], "NOUN");
}

int syntax_parse_noun(coder_sent *S, int j)
{
	struct syntax_parse *P;
	int m = syntax_on(S) ? token_word(S, j, &P) : -1;
	return m >= 0 && syn_upos_is(&P->w[m], "NOUN");
}

int syntax_noun_conjunct(coder_sent *S, int j)
{
	if (!syntax_parse_noun(S, j))
		return 0;
	struct syntax_parse *P;
	int m = token_word(S, j, &P);
	const khaldun_parse_token *w = &P->w[m];
	int h = w->head ? (int)w->head - 1 : -1;
	/* a bare noun ("and caution", not "and the ensuing battle") after the bare noun of a
	 * preposition's phrase ("with skill", "the raid with speed"; not "in the attack": a
	 * deed's noun has its article) */
	static const char *const mods[] = { "det", "amod", "nmod:poss", "compound", "nmod",
		NULL };
	if (!syn_rel_is(w, "conj") || h < 0 || h >= m || !P->w[h].upos ||
	    strcmp(P->w[h].upos, "NOUN") ||
	    !(syn_rel_is(&P->w[h], "obl") || syn_rel_is(&P->w[h], "nmod")) ||
	    syn_child_rel(P, h, "case") < 0 || syn_child_rel(P, m, "cc") < 0)
		return 0;
	for (int k = 0; mods[k]; k++)
		if (syn_child_rel(P, m, mods[k]) >= 0 || syn_child_rel(P, h, mods[k]) >= 0)
			return 0;
	return 1;
}

int syntax_verb_adverb(coder_sent *S, int v, int vend, int q)
{
	if (q < 0 || q >= S->nt || S->t[q].cls != C_WORD)
		return 0;
	/* a manner or repetition adverb ("pushed hard for", "called repeatedly on", "argued
	 * strongly for"), never a particle that makes another verb ("backed away from",
	 * "stepped down") nor a negation */
	static const char *const also[] = { "HARD", "AGAIN", "ANEW", "ALSO", NULL };
	const coder_tok *t = &S->t[q];
	int ly = t->n > 4 && tok_ends(t, "LY");   /* five letters: not "only" */
	int k = 0;
	while (!ly && also[k] && !tok_is(t, also[k]))
		k++;
	if (!ly && !also[k])
		return 0;
	struct syntax_parse *P;
	int a = token_word(S, q, &P);
	if (a < 0)
		return 0;
	const khaldun_parse_token *w = &P->w[a];
	if (!syn_upos_is(w, "ADV") || !syn_rel_is(w, "advmod") || !w->head)
		return 0;
	/* the parse hangs it on the verb itself */
	for (int i = v; i <= vend && i < S->nt; i++)
		if (P->tok2w[i] == (int)w->head - 1)
			return 1;
	return 0;
}

int syntax_slot_argument(coder_sent *S, int v, const coder_slot *s)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	int w = P && v >= 0 && v < S->nt ? P->tok2w[v] : -1;
	if (w < 0)
		return 0;
	enum role r = syn_slot_role(S, P, w, s);
	return r == R_TGT || r == R_OBL;
}

int syntax_speech_in(coder_sent *S, int from, int to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	for (int i = from; P && i < to && i < S->nt; i++) {
		int w = P->tok2w[i];
		if (w >= 0 && syn_speech_word(&P->w[w]) && syn_child_rel(P, w, "nsubj") >= 0)
			return 1;
	}
	return 0;
}

/* 1 when the condition marked m ("if", "unless") is put on a side's future deed h: h said
 * with will/would/shall/'ll, its subject s a name or pronoun ("If the United States imposes
 * sanctions, Turkey will retaliate"), not a thing ("..., sanctions will be imposed") nor a
 * rule ("..., the person is usually deported"). */
static int side_promised(const struct syntax_parse *P, int m, int h, int s)
{
	const char *u = P->w[s].upos;
	return syn_word_in(&P->w[m], COND_WORDS) && syn_future_verb(P, h) == h && u &&
	       (!strcmp(u, "PROPN") || !strcmp(u, "PRON"));
}

/* 1 when word a heads a condition ("if"/"unless" its mark, an advcl with a subject of its
 * own) whatever tag the parse gave it: "If Israel attacks, ...", "attacks" tagged a noun;
 * not a predicate with a copula ("If you are willing to ..., we will try": a quotation's
 * condition on its hearer, whose speaker the attribution names). */
static int cond_head(const struct syntax_parse *P, int a)
{
	int m = syn_child_rel(P, a, "mark");
	return syn_rel_is(&P->w[a], "advcl") && m >= 0 && m < a &&
	       syn_word_in(&P->w[m], COND_WORDS) && syn_child_rel(P, a, "nsubj") >= 0 &&
	       syn_child_rel(P, a, "cop") < 0;
}

/* The word that marks the adverbial clause of verb word a: its "mark" ("after", "because",
 * "if"), or the "when" that the parse hangs on it as an adverb (UD's wh-adverb). -1: none. */
static int clause_marker(const struct syntax_parse *P, int a)
{
	int m = syn_child_rel(P, a, "mark");
	if (m >= 0)
		return m;
	m = syn_child_rel(P, a, "advmod");
	return m >= 0 && syn_word_is(&P->w[m], "when") ? m : -1;
}

/* The main verb that the adverbial clause of verb word a opens, after the comma cw: the
 * word a hangs on; or, when the parse made the opening clause the root ("Because Iran
 * attacked Israel, the United States imposed ...": the main verb its parataxis or
 * conjunct), its first such child after the comma. -1: none. */
static int main_verb(const struct syntax_parse *P, int a, int cw)
{
	const khaldun_parse_token *w = &P->w[a];
	if (syn_rel_is(w, "advcl"))
		return w->head ? (int)w->head - 1 : -1;
	if (w->head)
		return -1;
	for (int h = cw + 1; h < P->nw; h++)
		if ((int)P->w[h].head == a + 1 &&
		    (syn_rel_is(&P->w[h], "parataxis") || syn_rel_is(&P->w[h], "conj")))
			return h;
	return -1;
}

int syntax_adverbial_end(coder_sent *S, int i)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || i < 0 || i >= S->nt || P->tok2w[i] < 0)
		return 0;
	int cw = P->tok2w[i];
	if (!syn_rel_is(&P->w[cw], "punct"))
		return 0;
	for (int a = 0; a < cw; a++) {
		/* cond49: "If Israel attacks, ...": a condition's bare verb that the parse tags
		 * as a noun is still its predicate when it heads the condition (advcl, mark) */
		int h = syn_is_verb(&P->w[a]) || cond_head(P, a) ? main_verb(P, a, cw) : -1;
		if (h < 0)
			continue;
		int m = clause_marker(P, a);
		int as = syn_child_rel(P, a, "nsubj"), s = syn_child_rel(P, h, "nsubj");
		/* the comma is the clause's, or the main one's */
		int ch = (int)P->w[cw].head - 1;
		/* under an opening clause made the root, the comma may hang on its last word */
		int own = ch == a || ch == h || (!P->w[a].head && ch > m && ch < cw);
		/* cond49: a reduced condition ("If attacked,", "Unless provoked,") has no subject
		 * of its own: it asserts nothing, and only a side's future deed may follow it */
		int bare = as < 0 && m >= 0 && m == a - 1 && s > cw && side_promised(P, m, h, s);
		/* a condition's comma may hang on its last word ("If Iran attacks Israel, ...") */
		if (h > cw && m >= 0 && m < a && (bare || (as > m && as < a)) && s > cw && s < h &&
		    syn_is_verb(&P->w[h]) &&
		    ((own && syn_word_in(&P->w[m], subordinators)) ||
		     ((own || (ch > m && ch < cw)) && side_promised(P, m, h, s))))
			return 1;
	}
	return 0;
}

int syntax_root_after(coder_sent *S, int i)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || i < 0 || i >= S->nt || P->tok2w[i] < 0)
		return 0;
	for (int r = P->tok2w[i] + 1; r < P->nw; r++)
		if (!P->w[r].head)
			return syn_is_verb(&P->w[r]);
	return 0;
}

int syn_pronoun_agrees(const struct syntax_parse *P, int p, int s)
{
	const khaldun_parse_token *w = &P->w[s];
	int noun = !strcmp(w->upos, "NOUN");
	int plural = syn_child_rel(P, s, "conj") >= 0 ||
		     (noun && w->len > 2 && tolower((unsigned char)w->form[w->len - 1]) == 's') ||
		     (noun && syn_word_in(w, PLURAL_WORDS));
	if (syn_word_is(&P->w[p], "they") || syn_word_is(&P->w[p], "them"))
		return plural;
	if (syn_word_is(&P->w[p], "it") || syn_word_is(&P->w[p], "him") ||
	    syn_word_is(&P->w[p], "her"))
		return !plural;
	return !plural && !strcmp(w->upos, "PROPN");
}

int syntax_fronted_subject(coder_sent *S, int k)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || k <= 0 || k >= S->nt || P->tok2w[k] < 0)
		return 0;
	int kw = P->tok2w[k];
	for (int s = 0; s < kw; s++) {
		const khaldun_parse_token *w = &P->w[s];
		int a = (int)w->head - 1;
		if (!syn_rel_base(w, "nsubj") || a < 0 || a >= kw || !w->upos ||
		    !strcmp(w->upos, "PRON") || clause_marker(P, a) < 0 ||
		    !syn_pronoun_agrees(P, kw, s))
			continue;
		if (syn_rel_is(&P->w[a], "advcl") || !P->w[a].head)
			return 1;
	}
	return 0;
}

/* The passive subject word of the realised deed at verb word vw: its nsubj:pass, or for a
 * verb coordinated with a passive one ("was tortured and killed") that one's; not a pronoun
 * or nobody, not with a modal or an if/unless condition. -1: none. */
static int passive_victim_word(const struct syntax_parse *P, int vw)
{
	static const char *const unreal[] = { "could", "would", "may", "might", "should", "can",
		"must", "will", "shall", "'ll", "if", "unless", "whether", NULL };
	int h = vw, s = syn_child_rel(P, vw, "nsubj:pass");
	if (!syn_upos_is(&P->w[vw], "VERB"))
		return -1;
	if (s < 0 && syn_child_rel(P, vw, "nsubj") < 0 && syn_rel_is(&P->w[vw], "conj") &&
	    P->w[vw].head && (int)P->w[vw].head - 1 < vw) {
		h = (int)P->w[vw].head - 1;
		s = syn_child_rel(P, h, "nsubj:pass");
	}
	if (s < 0 || !P->w[s].upos || !strcmp(P->w[s].upos, "PRON") || syn_nobody(P, s) ||
	    syn_child_word(P, h, "aux", unreal) || syn_child_word(P, h, "mark", unreal) ||
	    syn_child_word(P, vw, "aux", unreal))
		return -1;   /* "can be revoked", "if the card is revoked": not done */
	return s;
}

int syntax_passive_subject_at(coder_sent *S, int v, int from, int to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0 || from < 0 || to >= S->nt)
		return 0;
	int s = passive_victim_word(P, P->tok2w[v]);
	for (int i = from; i <= to && s >= 0; i++)
		if (P->tok2w[i] == s)
			return 1;
	return 0;
}

int syntax_passive_victim(coder_sent *S, int v, coder_slot *out)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	int s = passive_victim_word(P, P->tok2w[v]);
	return s >= 0 && syn_open_phrase(S, P, s, out);
}

int syntax_clause_subject(coder_sent *S, int lo, int v, coder_slot *out)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	int vw = P->tok2w[v];
	const khaldun_parse_token *w = &P->w[vw];
	int s = syn_child_rel(P, vw, "nsubj");
	if (s >= 0 && syn_rel_is(&P->w[s], "nsubj:pass"))
		s = -1;
	/* "..., and security forces arrested ten men", read as forces (conj) + arrested (acl) */
	if (s < 0 && syn_rel_is(w, "acl") && w->head && (int)w->head - 1 < vw &&
	    syn_child_rel(P, vw, "obj") >= 0)
		s = (int)w->head - 1;
	if (s < 0 || s >= vw || !P->w[s].upos || !strcmp(P->w[s].upos, "PRON"))
		return 0;
	for (int i = lo; i < v; i++)
		if (P->tok2w[i] == s)
			return syn_open_phrase(S, P, s, out);
	return 0;
}

/* 1 when word c is a noun deed that is the object of a verb ("should use sanctions against",
 * "launched attacks on"): the clause is that verb's. */
static int deed_object(const struct syntax_parse *P, int c)
{
	const khaldun_parse_token *w = &P->w[c];
	return syn_rel_is(w, "obj") && syn_upos_is(w, "NOUN") && w->head &&
	       syn_is_verb(&P->w[w->head - 1]);
}

/* "X said on Tuesday that Y must mediate", parsed with "that" as a relative pronoun and the
 * clause as a relative clause of the day: a day or time word hung on a verb with a subject,
 * "that" right after it, and a subject of the clause's own (so "that" is no relative
 * subject). Returns that verb, the clause's reporter, or -1. */
static int said_on_day(const struct syntax_parse *P, int c)
{
	const khaldun_parse_token *w = &P->w[c];
	if (!syn_rel_is(w, "acl:relcl") || !w->head)
		return -1;
	int n = (int)w->head - 1, h = (int)P->w[n].head - 1, s = syn_child_rel(P, c, "nsubj");
	if (!syn_time_word(&P->w[n]) || h < 0 || !syn_rel_base(&P->w[n], "obl") || n + 1 >= P->nw ||
	    !syn_word_is(&P->w[n + 1], "that") || (int)P->w[n + 1].head != c + 1 || s <= n + 1 ||
	    !syn_is_verb(&P->w[h]) || syn_child_rel(P, h, "nsubj") < 0)
		return -1;
	return h;
}

/* The verb that reports the clause of verb vw ("X said Y attacked Z", "Y attacked Z, X
 * said"), or -1: the head of the complement clause (ccomp) that holds vw (through coordinated
 * verbs, complements and participles: "said Y attacked Z and killed W", "said Y must stop
 * attacking Z", "said Y attacked Z, killing W"), or a speech verb hung on vw as parataxis. The
 * reporting verb must have a subject of its own. */
static int reporting_verb(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	int c = vw;
	for (int hops = 0; hops < 4 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		int h = (int)w->head - 1;
		/* "allege Pakistan bombed" parsed as allege -obj-> Pakistan, bombed an xcomp
		 * without "to": a complement clause whose subject the parser took as object */
		int o = syn_child_rel(P, h, "obj");
		if (syn_rel_is(w, "xcomp") && o > h && o < c && !syn_child_word(P, c, "mark", to) &&
		    syn_child_rel(P, h, "nsubj") >= 0)
			return h;
		/* ", killing ten civilians": a participle is reported with its host */
		int part = syn_rel_is(w, "advcl") && c > 0 && syn_word_is(&P->w[c - 1], ",") &&
			   syn_ends_ing(w);
		if (!(syn_rel_is(w, "conj") || syn_rel_is(w, "xcomp") || part || deed_object(P, c)))
			break;
		c = h;
	}
	if (syn_rel_is(&P->w[c], "ccomp") && P->w[c].head) {
		int h = (int)P->w[c].head - 1;
		if (syn_is_verb(&P->w[h]) &&
		    (syn_child_rel(P, h, "nsubj") >= 0 || syn_subject_conjunct(P, h) >= 0 ||
		     syn_speech_tail(P, h) >= 0))
			return h;   /* ", saying ...": the speech of its host's subject */
	}
	int h = said_on_day(P, c);
	if (h >= 0)
		return h;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == c + 1 && syn_rel_is(&P->w[i], "parataxis") &&
		    syn_is_verb(&P->w[i]) && syn_child_rel(P, i, "nsubj") >= 0 &&
		    syn_child_rel(P, i, "obj") < 0 && syn_child_rel(P, i, "ccomp") < 0)
			return i;
	return -1;
}

/* 1 when the slot's actor is a place in a locative phrase ("the deadlock at Istanbul") that
 * is not inside the verb's subject or object ("the police in Gaza", "a target in Gaza");
 * strict: wherever it is ("an agreement in Istanbul"). */
static int place_slot(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *s,
		      int strict)
{
	int h, rank;
	const coder_actor *a = syn_slot_actor(S, P, s, &h);
	if (!a || a->agent || h < 0 || !syn_locative(P, h))
		return 0;
	enum role r = syn_role_of(P, h, vw, &rank);
	return strict || !((r == R_SRC || r == R_TGT || r == R_OBL) && rank == 1);
}

/* 1 when the slot's actor is the place or country a subject sits in or is posted to, a
 * phrase inside the verb's subject ("Russia's ambassador to Washington criticized the
 * sanctions", "the Iranian consulate in Herat protested"): where the actor is, no party. */
static int posted_slot(coder_sent *S, const struct syntax_parse *P, int sv, const coder_slot *s)
{
	int h, rank;
	const coder_actor *a = syn_slot_actor(S, P, s, &h);
	if (!a || a->agent || h < 0)
		return 0;
	int c = syn_case_of(P, h);
	if (c < 0 || !syn_rel_base(&P->w[h], "nmod") ||
	    !(syn_locative(P, h) || syn_word_is(&P->w[c], "to")))
		return 0;
	return syn_role_of(P, h, sv, &rank) == R_SRC && rank == 1;
}

static const char *const REFUSE[] = { "refuse", "refused", "refuses", "refusing", "refusal",
	"decline", "declined", "declines", "declining", "fail", "failed", "fails", "failure",
	"reluctance", "reluctant", "unwilling", "unwillingness", "rejected", "rejects", NULL };

int syn_unhesitating(const struct syntax_parse *P, int vw)
{
	static const char *const hesitate[] = { "hesitate", "hesitates", "hesitated",
		"hesitating", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "xcomp") || !w->head)
		return -1;
	int h = (int)w->head - 1;
	return syn_word_in(&P->w[h], hesitate) && syn_not_on(P, h) ? h : -1;
}

/* 1 when the deed of word vw lies in the scope of a negated verb above it: its object, its
 * complement or a verb coordinated with it ("will not tolerate interference or allow breaches",
 * "did not want to attack"); not across "but"/"yet" ("did not attend but criticised") nor to a
 * conjunct said to replace it ("instead"). Also the "to" clause of a negated noun predicate
 * ("It is not a criminal offense to disagree", "Now is not the time for the Council to
 * consider offering sanctions relief"). */
static int paired_denial(const struct syntax_parse *P, int vw);
static int negated(const struct syntax_parse *P, int vw);

/* negsay97: 1 when verb vw leads the clause of a negated verb of saying or reporting that
 * "that", "whether" or "if" opens, or no word ("has not confirmed that it arrested the
 * journalist", "did not say whether its troops attacked the camp"): the sentence does not
 * tell the deed done. Not a clause a wh-word opens ("did not say when it arrested him": the
 * arrest is taken as done), nor a denial ("did not deny that": no verb of saying). */
/* undone98: the verb whose clause verb vw leads: its head when a ccomp; also a clause
 * "that" opens on a report noun ("reports", "claims") the verb takes as object ("has not
 * confirmed reports that it attacked the camp"), the clause hung on the noun or the verb.
 * -1 when none. */
static int reporting_head(const struct syntax_parse *P, int vw)
{
	static const char *const that[] = { "that", NULL };
	static const char *const rels[] = { "acl", "advcl", "ccomp", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head)
		return -1;
	int h = (int)w->head - 1;
	int noun = syn_upos_is(&P->w[h], "NOUN");
	if (syn_rel_is(w, "ccomp") && !noun)
		return h;
	if (!syn_rel_base_in(w, rels) || !syn_child_word(P, vw, "mark", that))
		return -1;
	int o = noun ? h : syn_is_verb(&P->w[h]) ? syn_child_rel(P, h, "obj") : -1;
	if (o < 0 || o > vw || !syn_upos_is(&P->w[o], "NOUN") ||
	    !syn_report_word(&P->w[o]) || !syn_rel_is(&P->w[o], "obj") || !P->w[o].head)
		return -1;
	return (int)P->w[o].head - 1;
}

/* undone98: 1 when word vw is a report noun ("claims", "reports") a negated verb takes as
 * object ("has not confirmed claims that it arrested the journalist"): others' words the
 * subject does not confirm, no statement of its own. */
static int denied_report(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_upos_is(w, "NOUN") || !syn_report_word(w) || !syn_rel_is(w, "obj") ||
	    !w->head)
		return 0;
	int h = (int)w->head - 1;
	return syn_is_verb(&P->w[h]) && syn_not_on(P, h);
}

static int unsaid_clause(const struct syntax_parse *P, int vw)
{
	static const char *const open[] = { "that", "whether", "if", NULL };
	static const char *const wh[] = { "when", "where", "why", "how", "what", "which", "who",
		"whom", NULL };
	int h = reporting_head(P, vw);
	if (h < 0)
		return 0;
	if (!(syn_speech_word(&P->w[h]) || syn_report_word(&P->w[h])) || !syn_not_on(P, h))
		return 0;
	for (int i = 0; i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_word_in(&P->w[i], wh))
			return 0;
	return syn_child_rel(P, vw, "mark") < 0 || syn_child_word(P, vw, "mark", open);
}

/* negconj101: 1 when verb c, joined by "and" to the denied verb h, is a clause of its own that
 * the denial does not reach: it has a subject or an auxiliary of its own ("has not attacked the
 * camp and has warned Uganda"), or it is a past form where h is carried by "do" or a modal
 * ("did not attack the camp and later warned Uganda", "would not attack ... and met") or by no
 * auxiliary ("never attacked the camp and warned"). A bare verb sharing the denial ("did not
 * attack the camp and warn"), a participle sharing "has not", and "or" (paired_denial) stay
 * denied. */
static int own_tense_conjunct(const struct syntax_parse *P, int c, int h)
{
	static const char *const and_[] = { "and", NULL };
	static const char *const perfect_or_be[] = { "have", "has", "had", "having", "be", "is",
		"are", "was", "were", "been", "being", "am", NULL };
	if (!syn_child_word(P, c, "cc", and_))
		return 0;
	if (syn_child_rel(P, c, "aux") >= 0 || syn_child_rel(P, c, "nsubj") >= 0)
		return 1;
	return syn_past_form(&P->w[c]) && !syn_child_word(P, h, "aux", perfect_or_be);
}

static int denied_above(const struct syntax_parse *P, int vw)
{
	static const char *const contrast[] = { "but", "yet", NULL };
	static const char *const instead[] = { "instead", NULL };
	static const char *const to[] = { "to", NULL };
	if (syn_unhesitating(P, vw) >= 0)
		return 0;   /* "will not hesitate to strike": no denial */
	if (unsaid_clause(P, vw))
		return 1;
	int c = vw;
	for (int hops = 0; hops < 3 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (syn_rel_is(w, "acl") && syn_child_word(P, c, "mark", to) &&
		    syn_child_rel(P, (int)w->head - 1, "cop") >= 0)
			return syn_not_on(P, (int)w->head - 1);
		if (!(syn_rel_is(w, "obj") || syn_rel_is(w, "xcomp") || syn_rel_is(w, "conj")))
			return 0;
		/* negadv54: "seldom criticized China and instead accepted its loans" */
		if (syn_rel_is(w, "conj") && (syn_child_word(P, c, "cc", contrast) ||
					      syn_child_word(P, c, "advmod", instead)))
			return 0;
		if (syn_rel_is(w, "conj") && own_tense_conjunct(P, c, (int)w->head - 1))
			return 0;
		c = (int)w->head - 1;
		if (syn_not_on(P, c) || paired_denial(P, c))
			return 1;   /* undone95: "neither condemned nor praised the attack" */
	}
	return 0;
}

/* 1 when the deed of word vw is what a negated predicate adjective of support or openness
 * holds ("Beijing was not supportive of Wednesday's council meeting", "is not open to talks",
 * "is not interested in holding talks"): its phrase led by "of", "to" or "in", the adjective
 * with a copula and negated. */
static int unsupported(const struct syntax_parse *P, int vw)
{
	static const char *const adj[] = { "supportive", "open", "receptive", "interested",
		NULL };
	static const char *const lead[] = { "of", "to", "in", NULL };
	const khaldun_parse_token *v = &P->w[vw];
	int a = (int)v->head - 1;
	if (a < 0 || !syn_upos_is(&P->w[a], "ADJ") || !syn_word_in(&P->w[a], adj))
		return 0;
	if (!((syn_rel_base(v, "obl") && syn_child_word(P, vw, "case", lead)) ||
	      (syn_rel_is(v, "advcl") && syn_child_word(P, vw, "mark", lead))))
		return 0;
	return syn_child_rel(P, a, "cop") >= 0 && syn_not_on(P, a);
}

/* undone95: 1 when a "neither ... nor" or a denial covers verb vw as one of a pair of verbs:
 * "neither" stands on it ("Kenya neither attacked nor shelled Uganda"), "nor" joins it
 * ("has neither confirmed nor denied the deal"), or "or" joins it to a negated verb ("did
 * not confirm or deny", "declined to confirm or deny"). "but", "and" leave it alone. */
static int paired_denial(const struct syntax_parse *P, int vw)
{
	static const char *const neither[] = { "neither", NULL };
	static const char *const nor[] = { "nor", NULL };
	static const char *const or_[] = { "or", NULL };
	for (int i = 0; i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_word_in(&P->w[i], neither))
			return 1;
	const khaldun_parse_token *v = &P->w[vw];
	if (!v->head || !syn_rel_is(v, "conj"))
		return 0;
	return syn_child_word(P, vw, "cc", nor) ||
	       (syn_child_word(P, vw, "cc", or_) && negated(P, (int)v->head - 1));
}

/* 1 when verb word vw is the complement clause of a refusal ("refused to attack", "failed to
 * reach"). */
static int refused_clause(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	int up = (int)v->head - 1;
	return up >= 0 &&
	       (syn_rel_is(v, "xcomp") || syn_rel_is(v, "acl") || syn_rel_is(v, "ccomp")) &&
	       syn_word_in(&P->w[up], REFUSE);
}

/* negconj101: 1 when verb word vw is a bare conjunct of a refusal's complement, sharing its
 * "to" ("refused to attack the camp and warn Uganda", "failed to reach or free them"): no
 * subject or auxiliary of its own and no past in -ed ("refused to attack the camp and warned
 * Uganda": the warning was done). */
static int shared_refusal(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	if (!v->head || !syn_rel_is(v, "conj") || syn_past_form(v) || syn_ends_ing(v) ||
	    syn_child_rel(P, vw, "aux") >= 0 || syn_child_rel(P, vw, "nsubj") >= 0)
		return 0;
	return refused_clause(P, (int)v->head - 1);
}

/* 1 when the verb word is negated (not, never, n't, neither X nor Y), a refusal's complement
 * or what a negated adjective of support holds (unsupported); undone95: or one of a pair of
 * verbs a denial covers (paired_denial); negconj101: or a bare conjunct of a refusal's
 * complement (shared_refusal). */
static int negated(const struct syntax_parse *P, int vw)
{
	if (syn_not_on(P, vw) || syn_neither(P, vw) || unsupported(P, vw) ||
	    paired_denial(P, vw))
		return 1;
	if (refused_clause(P, vw) || shared_refusal(P, vw))
		return 1;
	/* "unwillingness to support", "reluctance to fully endorse", however it was attached */
	int to = vw - 1;
	while (to > 0 && syn_upos_is(&P->w[to], "ADV"))
		to--;
	return to >= 1 && syn_word_is(&P->w[to], "to") && syn_word_in(&P->w[to - 1], REFUSE);
}

/* 1 when verb vw is the "to" clause of "have" with an "until" phrase: "They have until Feb. 4
 * to appeal the ruling", "Iran has until Friday to respond". A deadline is set for the deed;
 * it is not done (false35). Read from the words ("have until" up to five words before "to"
 * and the verb), as the parser hangs the clause on the date, on "have" or on neither. */
static int deadline_for(const struct syntax_parse *P, int vw)
{
	static const char *const have[] = { "have", "has", "had", "having", NULL };
	static const char *const until[] = { "until", "till", NULL };
	if (vw < 3 || !syn_word_is(&P->w[vw - 1], "to"))
		return 0;
	for (int k = vw - 2; k >= 1 && k >= vw - 7; k--)
		if (syn_word_in(&P->w[k], until))
			return syn_word_in(&P->w[k - 1], have);
	return 0;
}

/* 1 when the deed of verb vw is said not to have happened yet, or not to be meant: "has yet to
 * approve", "has no plans to attack" (an acl of a noun determined by "no", or that noun as
 * the pattern's verb), "stopped short of imposing sanctions" (below "short" of "stop"). */
static int unrealised(const struct syntax_parse *P, int vw)
{
	/* nouns whose bare content clause the parser reads as a relative clause ("no
	 * indications the plane went down") */
	static const char *const evidence[] = { "indication", "indications", "evidence", "sign",
		"signs", "proof", "suggestion", NULL };
	static const char *const yet[] = { "yet", NULL };
	static const char *const no[] = { "no", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	int h = (int)w->head - 1;
	if (syn_upos_is(w, "NOUN") && syn_child_word(P, vw, "det", no))
		return 1;   /* "has no plans to attack" coded on "plans" */
	/* "has yet to comment", however the parse hangs "to comment" on "has" (an auxiliary,
	 * xcomp, advcl, obj), and the noun of such a verb ("has yet to impose sanctions") */
	for (int c = vw, k = 0; k < 2 && c >= 0; k++, c = (int)P->w[c].head - 1) {
		int up = (int)P->w[c].head - 1;
		if (syn_child_word(P, c, "mark", to) &&
		    (syn_child_word(P, c, "advmod", yet) ||
		     (up >= 0 && syn_child_word(P, up, "advmod", yet) &&
		      (syn_rel_is(&P->w[c], "xcomp") || syn_rel_is(&P->w[c], "advcl") ||
		       syn_rel_is(&P->w[c], "obj") || syn_rel_is(&P->w[c], "ccomp")))))
			return 1;
		if (!syn_rel_is(&P->w[c], "obj"))
			break;
	}
	if (h < 0)
		return 0;
	if (syn_rel_is(w, "xcomp") && syn_child_word(P, h, "advmod", yet))
		return 1;
	if (deadline_for(P, vw))
		return 1;
	/* up through clauses to a noun determined by "no" ("no plans to attack", "no signs
	 * that the North Koreans are interested in talking"), from a deed noun through its
	 * verb ("no indications the plane went down because of enemy fire") */
	int n = vw;
	if (syn_upos_is(w, "NOUN") && (syn_rel_base(w, "obl") || syn_rel_is(w, "obj")))
		n = h;
	for (int hops = 0; hops < 3 && P->w[n].head; hops++) {
		const khaldun_parse_token *x = &P->w[n];
		if (!(syn_rel_base(x, "acl") || syn_rel_is(x, "advcl") || syn_rel_is(x, "xcomp") ||
		      syn_rel_is(x, "ccomp")) ||
		    (syn_rel_is(x, "acl:relcl") && !syn_word_in(&P->w[x->head - 1], evidence)))
			break;
		n = (int)x->head - 1;
		if (syn_upos_is(&P->w[n], "NOUN") &&
		    syn_child_word(P, n, "det", no))
			return 1;
	}
	for (int c = vw, hops = 0; hops < 3 && P->w[c].head; hops++) {
		c = (int)P->w[c].head - 1;
		if (syn_word_is(&P->w[c], "short") && P->w[c].head &&
		    !strncasecmp(P->w[P->w[c].head - 1].form, "stop", 4))
			return 1;
	}
	return 0;
}

/* 1 when the clause of verb vw (or of the verb it completes) puts an auxiliary before its
 * subject: a yes/no question ("Did Iran supply drones to Russia?", "Will Russia attack?") or
 * a counterfactual condition ("Had Russia invaded Finland, ..."): no deed is told. */
static int inverted(const struct syntax_parse *P, int vw)
{
	int c = vw;
	for (int hops = 0; hops < 3; hops++) {
		static const char *const neg[] = { "only", "never", "rarely", "seldom", "nor",
						   NULL };
		int s = syn_child_rel(P, c, "nsubj");
		if (s >= 0) {
			if (syn_child_word(P, c, "advmod", neg) || syn_child_word(P, c, "cc", neg))
				return 0;   /* "Not only did Russia attack ...": told */
			for (int i = 0; i < s; i++)
				if ((int)P->w[i].head == c + 1 && syn_rel_base(&P->w[i], "aux") &&
				    !syn_word_is(&P->w[i], "to"))
					return 1;
			return 0;
		}
		if (!syn_rel_is(&P->w[c], "xcomp") || !P->w[c].head)
			return 0;
		c = (int)P->w[c].head - 1;
	}
	return 0;
}

/* 1 when the deed of verb vw is a threat, not a deed: said as future or conditional ("will
 * strike", "would bomb ... if", "... unless they surrender"), or the complement of a threat or
 * vow ("vowed to retaliate", "will not hesitate to strike"). */
static int threatened(const struct syntax_parse *P, int vw)
{
	static const char *const vows[] = { "threat", "vow", "warn", "pledg", "promis", "swor",
					    "swear", NULL };
	if (syn_child_word(P, vw, "aux", FUTURE_MODALS))
		return 1;
	/* undone72: "will stop buying Nigerian fuel": the future is on the verb it completes;
	 * not a deed going on ("will continue to attack", "will keep shelling": done, 190),
	 * nor a "would" ("Afghans would rise to fight": hypothetical, MODALS) */
	static const char *const ongoing[] = { "continu", "keep", "kept", "remain", NULL };
	static const char *const will[] = { "will", "shall", "'ll", NULL };
	const khaldun_parse_token *x = &P->w[vw];
	int f = syn_rel_is(x, "xcomp") && x->head && !syn_stem_in(&P->w[x->head - 1], ongoing) ?
		syn_future_verb(P, vw) : -1;
	if (f >= 0 && syn_child_word(P, f, "aux", will))
		return 1;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "advcl") &&
		    syn_conditional(P, i))
			return 1;
	int h = syn_unhesitating(P, vw);   /* "will not hesitate to strike": a vow */
	if (h >= 0 && syn_child_word(P, h, "aux", FUTURE_MODALS))
		return 1;
	const khaldun_parse_token *v = &P->w[vw];
	return syn_rel_is(v, "xcomp") && v->head && syn_stem_in(&P->w[v->head - 1], vows);
}

/* CAMEO's intent (03x) for material cooperation said as future: cooperation (06x) 031x,
 * aid (07x) 033x, yielding (08x) 035x (political reform, 083: 034); NULL: not one. */
const char *syn_intent_code(const char *a)
{
	static const char *const coop[] = { "031", "0311", "0312", "0313", "0314" };
	static const char *const aid[] = { "033", "0331", "0332", "0333", "0334" };
	static const char *const yield[] = { "035", "0351", "0352", "034", "0353", "0354",
					     "0355", "0356" };
	if (!a || a[0] != '0' || a[1] < '6' || a[1] > '8')
		return NULL;
	int sub = a[2] >= '0' && a[2] <= '9' ? a[2] - '0' : 0;
	if (a[1] == '6')
		return coop[sub <= 4 ? sub : 0];
	if (a[1] == '7')
		return aid[sub <= 4 ? sub : 0];
	return yield[sub <= 7 ? sub : 0];
}

/* 1 when the deed of verb vw is said as future or conditional (will, would, shall, 'll) on
 * vw or on the verb it completes or is coordinated with ("would allow the WFP to deliver
 * food", "would give ... and provide spare parts"): a promise, not a deed done. Not in a
 * relative clause ("a deal that would provide ..."): a description, not a promise. */
static int promised(const struct syntax_parse *P, int vw)
{
	return syn_future_verb(P, vw) >= 0;
}

/* 1 when the pattern's last word d lies in a complement clause of vw (ccomp) said with
 * will/would/shall/'ll ("announced it will return weapons", "announced that New Delhi would
 * invest ... in ... projects"): a pattern on a verb of saying codes the deed of that clause,
 * so the deed has the clause's tense, a promise or a threat, not a deed done. Not through a
 * relative clause ("announced a deal that would provide ...": a description). */
static int future_clause(const struct syntax_parse *P, int vw, int d)
{
	for (int c = d, hops = 0; c != vw && hops < 8; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (!w->head || syn_rel_is(w, "acl:relcl"))
			return 0;
		if ((int)w->head - 1 == vw)
			return syn_rel_is(w, "ccomp") && syn_child_word(P, c, "aux", FUTURE_MODALS);
		c = (int)w->head - 1;
	}
	return 0;
}

/* 1 when the deed of verb vw is a sanction (CAMEO 16) said with "could", "may" or "might"
 * ("Beijing hinted it could retaliate with tariffs"): not imposed, held out, so a threat
 * (1312/1313). Material deeds under these modals are not coded at all (MODALS). endup112:
 * the modal may stand on the verb whose scope the deed shares ("could end up expelling
 * the envoys": syncode.c syn_maybe_deed). */
static int hedged_sanction(const struct syntax_parse *P, int vw, const char *a)
{
	return code_root(a) == 16 && syn_maybe_deed(P, vw);
}

/* 1 for statements and appeals (CAMEO 01-02), which a denial around them leaves standing. */
static int statement(const char *a)
{
	return code_root(a) == 1 || code_root(a) == 2;
}

/* 1 for cooperation (CAMEO 03-06: intents, consultations, diplomatic and material). */
static int cooperative(const char *a)
{
	return a && a[0] == '0' && a[1] >= '3' && a[1] <= '6';
}

/* 1 for verbal events (CAMEO 01-05: statements, appeals, intents, consultations,
 * diplomatic cooperation), whose places are venues, never the other party. */
static int verbal(const char *a)
{
	return a && a[0] == '0' && a[1] >= '1' && a[1] <= '5';
}

/* sides50: 1 for a protest (CAMEO 14): made in a place against a side, so that its places
 * are venues, as a verbal event's ("protested the tuition increase in Nairobi": not KENGOV). */
static int protest(const char *a)
{
	return a && a[0] == '1' && a[1] == '4';
}

/* 1 for a visit (CAMEO 042): the place visited is the party visited, not a venue. */
static int visit(const char *a)
{
	return a && !strncmp(a, "042", 3);
}

/* The parse head of actor k's phrase when the actor is live in the sentence; -1: none. */
static int live_head(coder_sent *S, const struct syntax_parse *P, int k)
{
	const coder_actor *a = &S->a[k];
	if (a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos))
		return -1;
	return syn_span_head(P, a->pos, a->end);
}

int syntax_fronted_oblique(coder_sent *S, const coder_actor *a, int verb)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || a->pos < 0 || a->end >= S->nt || verb < 0 || verb >= S->nt ||
	    P->tok2w[a->pos] < 0 || P->tok2w[verb] < 0)
		return 0;
	int h = syn_span_head(P, a->pos, a->end), c = h >= 0 ? syn_child_rel(P, h, "case") : -1;
	int vw = P->tok2w[verb], lead = c;
	/* only punctuation or a conjunction ("But unlike ...") before the preposition: the
	 * phrase opens the sentence; "by" marks the doer of a passive whatever the parser
	 * calls it */
	while (lead > 0 && P->w[lead - 1].upos && (!strcmp(P->w[lead - 1].upos, "PUNCT") ||
						   !strcmp(P->w[lead - 1].upos, "CCONJ")))
		lead--;
	/* a subject of the verb's own, or a name after a comma the parser joined to the phrase
	 * ("Like Lutnick, Hassett ... emphasized"), is the doer the sentence names */
	if (c < 0 || syn_child_rel(P, vw, "nsubj") >= 0 || syn_child_rel(P, h, "conj") >= 0 ||
	    syn_child_rel(P, h, "appos") >= 0)
		return 0;
	/* "Around 3,000 fighters surrendered": a word before a number counts, it is no
	 * preposition */
	if (c + 1 < P->nw && syn_upos_is(&P->w[c + 1], "NUM"))
		return 0;
	return lead == 0 && c < h && h < vw && syn_rel_is(&P->w[h], "obl") &&
	       syn_upos_is(&P->w[c], "ADP") && !syn_word_is(&P->w[c], "by");
}

/* The actor whose phrase ends right before word w and is the object of an earlier verb:
 * "allege Pakistan demonstrated" parsed as allege -obj-> Pakistan, demonstrated an xcomp;
 * Pakistan is the subject of demonstrated. -1: none. */
static int object_before(coder_sent *S, const struct syntax_parse *P, int w)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int h = live_head(S, P, k), rank;
		if (h < 0 || P->tok2w[a->end] != w - 1 || !P->w[h].head ||
		    !syn_rel_is(&P->w[h], "obj"))
			continue;
		if (syn_role_of(P, h, (int)P->w[h].head - 1, &rank) == R_TGT && rank == 0)
			return k;
	}
	return -1;
}

/* The dictionary actor named in the subject phrase own of verb word host, live or in a
 * deleted comma part ("On Tuesday, the U.S. House ... voted, urging"): its head is own or
 * leads to it through name links (compound, flat, amod, a possessor). -1: none. */
static int subject_phrase_actor(coder_sent *S, const struct syntax_parse *P, int host, int own)
{
	static const char *const up[] = { "compound", "flat", "amod", "nmod:poss", NULL };
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || a->pron_kind)
			continue;
		int h = syn_span_head(P, a->pos, a->end);
		for (int steps = 0; h >= 0 && steps < 4 && syn_below(P, h, host) == own; steps++) {
			if (h == own)
				return k;
			int linked = 0;
			for (int j = 0; up[j]; j++)
				linked |= syn_rel_is(&P->w[h], up[j]);
			if (!linked)
				break;
			h = (int)P->w[h].head - 1;
		}
	}
	return -1;
}

/* The verb word the parse hangs comma tail pw on (", saying ...", ", urging ..."): up its
 * head and the heads of subjectless conjuncts and clauses ("or stay conservative, hoping":
 * "stay"'s subject), the first verb with a subject of its own; -1 when pw is no such tail
 * or hangs on no verb (a participle in a list of nouns: "assistance, training and
 * equipment"). */
int syn_tail_host(const struct syntax_parse *P, int pw)
{
	if (pw < 1 || !syn_ends_ing(&P->w[pw]) || !syn_word_is(&P->w[pw - 1], ",") ||
	    syn_child_rel(P, pw, "nsubj") >= 0 || !P->w[pw].head)
		return -1;
	int h = (int)P->w[pw].head - 1;
	if (!syn_is_verb(&P->w[h]))
		return -1;
	for (int steps = 0; h >= 0 && steps < 4 && syn_child_rel(P, h, "nsubj") < 0; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		if (!(syn_rel_is(w, "conj") || syn_rel_is(w, "xcomp") || syn_rel_is(w, "advcl")))
			return -1;
		h = (int)w->head - 1;
	}
	return h >= 0 && syn_child_rel(P, h, "nsubj") >= 0 ? h : -1;
}

/* The live actor that is the subject (rank 0 or 1) of verb word host; -1: none. */
static int host_subject(coder_sent *S, const struct syntax_parse *P, int host)
{
	for (int k = 0; k < S->na; k++) {
		int h = live_head(S, P, k), rank;
		if (h >= 0 && syn_role_of(P, h, host, &rank) == R_SRC && rank < 2)
			return k;
	}
	return -1;
}

static int spoken(const khaldun_parse_token *w);

/* The main verb a participial opener pw hangs on ("In announcing the sanctions on Iran, the
 * Treasury said", "After meeting Xi in Beijing, Macron praised"): pw in -ing, an adverbial
 * clause with no subject of its own before the subject of its head verb, a comma between
 * them. Its doer is that subject, not the first actor of its own words (the sanctions'
 * target, the one met). Not a verb that only speaks ("Speaking to reporters, X said": the
 * frame of the statement, no event of its own). -1: none. */
static int opener_host(const struct syntax_parse *P, int pw)
{
	const khaldun_parse_token *w = &P->w[pw];
	if (!syn_ends_ing(w) || spoken(w) || !syn_rel_is(w, "advcl") || !w->head ||
	    syn_child_rel(P, pw, "nsubj") >= 0)
		return -1;
	int host = (int)w->head - 1, own = syn_child_rel(P, host, "nsubj");
	if (own <= pw || host <= own || !syn_is_verb(&P->w[host]))
		return -1;
	int first = own;   /* the subject's phrase starts right after the opener's comma */
	for (int i = pw + 1; i < own; i++)
		if (syn_below(P, i, host) == own && i < first)
			first = i;
	if (syn_word_is(&P->w[first], ","))
		first++;   /* the parser may hang the comma on the subject */
	return first > pw + 1 && syn_word_is(&P->w[first - 1], ",") ? host : -1;
}

static int actor_headed(coder_sent *S, const struct syntax_parse *P, int h);

/* doc49: documents, and the verbs that make, pass or put them forward (document_maker;
 * news_open_subject on --shallow reads them through syntax_document_word). */
static const char *const DOC_NOUNS[] = { "law", "laws", "bill", "bills", "decree", "decrees",
	"order", "orders", "resolution", "resolutions", "measure", "measures", "legislation",
	"act", "directive", "directives", "regulation", "regulations", "ordinance",
	"ordinances", "amendment", "amendments", "package", "plan", "proposal", NULL };
static const char *const DOC_MAKERS[] = { "sign", "signs", "signed", "signing", "pass",
	"passes", "passed", "passing", "approve", "approves", "approved", "approving", "adopt",
	"adopts", "adopted", "adopting", "issue", "issues", "issued", "issuing", "introduce",
	"introduces", "introduced", "introducing", "enact", "enacts", "enacted", "enacting",
	"unveil", "unveils", "unveiled", "unveiling", "draft", "drafts", "drafted", "drafting",
	"propose", "proposes", "proposed", "proposing", "table", "tables", "tabled", "tabling",
	"vote", "votes", "voted", "voting", NULL };

int syntax_document_word(const coder_tok *t, int maker)
{
	const char *const *list = maker ? DOC_MAKERS : DOC_NOUNS;
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == (size_t)t->n && !strncasecmp(t->s, list[k], (size_t)t->n))
			return 1;
	return 0;
}

/* doc49: the maker of the document whose clause verb word vw is ("signed a bill imposing
 * sanctions", "passed a law that bans", "a resolution by the Council condemning"; the parse
 * may make the document the subject of a complement, "signed a decree annexing"): the
 * subject of the verb that makes, passes or puts it forward, else its possessor or "by"
 * phrase. A document does nothing: its phrase ("a bill") was the deed's open source.
 * Returns the maker's actor, else -1 with *open the maker's subject word when that is a
 * noun no dictionary knows ("The president signed"); both -1: vw is on no document. */
static int document_maker(coder_sent *S, const struct syntax_parse *P, int vw, int *open)
{
	static const char *const by[] = { "by", NULL }, *const for_[] = { "for", NULL };
	static const char *const rel[] = { "that", "which", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	int n = -1, m = -1, own = syn_child_rel(P, vw, "nsubj");
	*open = -1;
	if (!w->head || syn_child_rel(P, vw, "mark") >= 0)
		return -1;   /* "a law against deporting", "a plan to impose": no deed of its own */
	if (syn_rel_base(w, "acl") && (own < 0 || syn_word_in(&P->w[own], rel)))
		n = (int)w->head - 1;   /* "a bill imposing", "a law that bans"; not "a law Iran
					 * condemned": its own subject's deed */
	else if (syn_rel_is(w, "ccomp") && (n = own) >= 0)
		m = (int)w->head - 1;   /* "signed [a decree annexing]" misread as a complement */
	if (n < 0 || !syn_word_in(&P->w[n], DOC_NOUNS))
		return -1;
	if (m < 0 && P->w[n].head && (syn_rel_is(&P->w[n], "obj") ||
				      (syn_rel_base(&P->w[n], "obl") &&
				       syn_child_word(P, n, "case", for_))))
		m = (int)P->w[n].head - 1;   /* "passed a law", "voted for a resolution" */
	if (m >= 0 && syn_word_in(&P->w[m], DOC_MAKERS) &&
	    (own = syn_child_rel(P, m, "nsubj")) >= 0) {
		int k = host_subject(S, P, m);
		if (k < 0)
			k = subject_phrase_actor(S, P, m, own);
		if (k < 0 && P->w[own].upos && strcmp(P->w[own].upos, "PRON"))
			*open = own;
		return k;
	}
	for (int i = 0; i < P->nw; i++) {   /* "Congress's bill", "a resolution by the Council" */
		if ((int)P->w[i].head != n + 1 || !(syn_rel_is(&P->w[i], "nmod:poss") ||
		    (syn_rel_base(&P->w[i], "nmod") && syn_child_word(P, i, "case", by))))
			continue;
		int k = actor_headed(S, P, i);
		if (k >= 0)
			return k;
	}
	return -1;
}

/* 1 when verb word vw is the complement of a participle on a clause with no subject of its
 * own ("Anger grew, prompting Japan to criticize Russia": criticize): its doer is the
 * participle's object when it has one (syn_caused_doer), not the clause's subject. */
static int caused_tail(const struct syntax_parse *P, int vw)
{
	return (syn_rel_is(&P->w[vw], "xcomp") || syn_rel_is(&P->w[vw], "advcl")) &&
	       P->w[vw].head && syn_caused_clause(P, (int)P->w[vw].head - 1);
}

/* A participial clause after a comma (", refusing to accept ...", ", killing 20"): its subject
 * is the subject of the nearest verb before the comma that has one, not the sentence's ("X
 * allege Y demonstrated ..., refusing": Y). Verbs without a subject of their own ("using",
 * "to complain") are passed over. Returns the subject's actor index, else -1 (vw heads no
 * such clause, or that subject is no dictionary actor: then *open is the subject's word
 * when it is a noun whose phrase holds no live actor, "Other experts question ..., warning
 * that Russian ...": the tail is the experts', not an actor's of its own content). */
static int participle_subject(coder_sent *S, const struct syntax_parse *P, int vw, int *open)
{
	*open = -1;
	int pw = vw;
	if (syn_rel_is(&P->w[vw], "xcomp") && P->w[vw].head &&
	    syn_ends_ing(&P->w[P->w[vw].head - 1]))
		pw = (int)P->w[vw].head - 1;
	int opener = opener_host(P, pw);
	if (opener >= 0) {   /* "After meeting Xi in Beijing, Macron praised ...": Macron */
		int k = host_subject(S, P, opener);
		/* a dictionary actor only: an unknown doer ("After arriving in the U.S., David
		 * Gee was detained") is left to the rules as before */
		return k >= 0 ? k : subject_phrase_actor(S, P, opener,
							 syn_child_rel(P, opener, "nsubj"));
	}
	/* sides39: a subject the parse hangs on the participle from before its comma
	 * ("imposed sanctions on X and Y, freezing their assets": X) is a misreading, as
	 * no subject of a clause stands apart from its verb by a comma: not its own */
	if (!syn_ends_ing(&P->w[pw]) || pw < 2 || !syn_word_is(&P->w[pw - 1], ",") ||
	    (syn_child_rel(P, pw, "nsubj") >= 0 && !syn_rel_is(&P->w[pw], "advcl")))
		return -1;
	int th = syn_tail_host(P, pw);   /* may be a modal the parse heads a clause with */
	for (int host = pw - 2; host >= 0; host--) {
		if (!P->w[host].upos || (strcmp(P->w[host].upos, "VERB") && host != th) ||
		    syn_ends_ing(&P->w[host]))
			continue;
		int own = syn_child_rel(P, host, "nsubj"),
			k = own >= 0 ? host_subject(S, P, host) : -1;
		if (k >= 0)
			return k;
		if (own >= 0 && P->w[own].upos && strcmp(P->w[own].upos, "PRON") && th == host) {
			k = subject_phrase_actor(S, P, host, own);
			*open = k < 0 ? own : -1;
			return k;
		}
		if (own >= 0)
			return -1;
		int ob = object_before(S, P, host);
		if (ob >= 0)
			return ob;
	}
	return -1;
}

/* The actor of the noun phrase a relative clause hangs from: verb vw with a relative pronoun
 * (who, which, whom, that) as its child of relation rel ("nsubj": "Qatar, which hosted the
 * talks"; "obj": "the post, which Pakistan shelled"). The antecedent is vw's head when vw is
 * an acl, else the word before the pronoun (a comma skipped); its actor is the one whose
 * phrase ends there or whose head leads there through compound/flat/amod/poss/conj links.
 * -1: none. */
static int relative_antecedent(coder_sent *S, const struct syntax_parse *P, int vw,
			       const char *rel)
{
	static const char *const relpron[] = { "who", "which", "whom", "that", NULL };
	static const char *const up[] = { "compound", "flat", "amod", "nmod:poss", "conj",
					  "appos", NULL };
	int rp = -1;
	for (int i = 0; i < P->nw && rp < 0; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], rel) && P->w[i].upos &&
		    !strcmp(P->w[i].upos, "PRON"))
			for (int k = 0; relpron[k]; k++)
				if (syn_word_is(&P->w[i], relpron[k]))
					rp = i;
	if (rp < 0)
		return -1;
	int ant = rp - 1;
	if (syn_rel_base(&P->w[vw], "acl") && P->w[vw].head)
		ant = (int)P->w[vw].head - 1;
	else if (ant >= 0 && syn_word_is(&P->w[ant], ","))
		ant--;
	for (int k = 0; ant >= 0 && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos) ||
		    S->t[a->pos].type == TY_PRON)
			continue;
		if (P->tok2w[a->end] == ant)
			return k;
		int h = syn_span_head(P, a->pos, a->end);
		for (int steps = 0; h >= 0 && steps < 4; steps++) {
			if (h == ant)
				return k;
			int linked = 0;
			for (int j = 0; up[j]; j++)
				linked |= syn_rel_is(&P->w[h], up[j]);
			if (!linked || !P->w[h].head)
				break;
			h = (int)P->w[h].head - 1;
		}
	}
	return -1;
}

/* selfpass112: the word of the actor a relative clause's reporting verb rv speaks for
 * ("Kenya, which argues it was forced to ...": Kenya), its subject being the relative
 * pronoun; -1 when rv is no such clause (syn_reported_self_passive reads rv's subject). */
static int relative_speaker(coder_sent *S, const struct syntax_parse *P, int rv)
{
	int k = rv >= 0 ? relative_antecedent(S, P, rv, "nsubj") : -1;
	return k < 0 ? -1 : syn_span_head(P, S->a[k].pos, S->a[k].end);
}

/* srcphrase114: 1 when the subject of predicate noun n is a bare common noun (no
 * modifier, determiner or possessor of its own) whose token is no actor, agent or pronoun
 * ("Rastafarianism is ...", "Cricket is ..."): a thing, which no deed of a relative clause
 * on n has for its doer. */
static int thing_subject(coder_sent *S, const struct syntax_parse *P, int n)
{
	int s = syn_child_rel(P, n, "nsubj");
	if (s < 0 || !syn_upos_is(&P->w[s], "NOUN"))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == s + 1)
			return 0;
	for (int t = 0; t < S->nt; t++)
		if (P->tok2w[t] == s && (S->t[t].type == TY_ACTOR || S->t[t].type == TY_AGENT ||
					 S->t[t].type == TY_PRON || S->t[t].ent))
			return 0;
	return 1;
}

/* 1 when relative clause vw hangs (acl:relcl) on a common noun that holds no actor (the
 * caller found none): "an area of conflict that worries the whole world", "a company that
 * provides immigration services". Its relative pronoun subject is that thing, no doer the
 * sentence names: the clause describes the thing, no event. */
static int thing_antecedent(coder_sent *S, const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "acl:relcl") || !w->head)
		return 0;
	/* a text speaks for its authors: "issued a report that calls on the government to ..." */
	static const char *const text[] = { "report", "reports", "statement", "resolution",
					    "letter", "bill", "law", "article", "articles", "draft",
					    "declaration", "communique", "decree", "document",
					    NULL };
	int n = (int)w->head - 1;
	/* "Canada and Belgium are among countries that have banned ...": the predicate noun
	 * stands for the copula's subject, which may be an actor; srcphrase114: not when that
	 * subject is a common noun no side's word ("Rastafarianism is a religion from Jamaica
	 * that stresses ...": a thing) */
	if ((syn_child_rel(P, n, "cop") >= 0 && !thing_subject(S, P, n)) ||
	    syn_word_in(&P->w[n], text))
		return 0;
	return syn_upos_is(&P->w[n], "NOUN");
}

/* 1 when verb vw is the clause of a free relative ("what Turkey proposes", "What I fear",
 * "what you intended to do") and no verb of saying: it names a thing, the unnamed object of
 * the deed, and tells no deed toward anyone. "What I can tell people is that ...", "in what
 * he says is an effort" stay statements. */
static int free_relative(const struct syntax_parse *P, int vw)
{
	static const char *const what[] = { "what", "whatever", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "acl:relcl") || !w->head || !syn_word_in(&P->w[w->head - 1], what))
		return 0;
	if (!syn_word_in(w, SAY_FORMS) && !syn_word_is(w, "saying") && !syn_word_in(w, TELL_WORDS))
		return 1;
	/* subclause55: "not what Western diplomats say happened", "what critics say it is": the
	 * content is the "what" itself, the gap of the said clause (no subject, or a bare "is"):
	 * the claim is named, not told */
	int c = syn_child_rel(P, vw, "ccomp");
	return c >= 0 && (syn_child_rel(P, c, "nsubj") < 0 ||
			  (syn_upos_is(&P->w[c], "AUX")));
}

/* subclause55: 1 when saying verb vw tells a bare "is" whose predicate is a "what" before
 * it, however the parser hung the clause ("life in China is not what critics abroad say it
 * is": "say" read as parataxis of the main verb): the free relative's claim, named only. */
static int said_what_gap(const struct syntax_parse *P, int vw)
{
	static const char *const what[] = { "what", "whatever", NULL };
	if (!syn_word_in(&P->w[vw], SAY_WHAT_WORDS))
		return 0;
	int c = syn_child_rel(P, vw, "ccomp");
	if (c < 0 || !syn_upos_is(&P->w[c], "AUX"))
		return 0;
	for (int i = 0; i < vw; i++)
		if (syn_word_in(&P->w[i], what))
			return 1;
	return 0;
}

/* subclause55: 1 when verb vw tells of a past moment a comparison holds up ("sat as low in
 * the water as when it arrived in China", "lighter than when it docked"): an advcl with
 * "when" under "as"/"than". The moment is background, no news, unless its own subject is
 * a named actor ("as when Kenya met Uganda"). background73: also "than (it was) before"
 * and its clause ("smaller than it was before Russia invaded Ukraine"), whatever its subject:
 * the moment dates the comparison. */
static int compared_moment(coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const when[] = { "when", NULL };
	static const char *const as[] = { "as", "than", NULL };
	/* "smaller than it was before Russia invaded Ukraine": "before" at most eight words
	 * after "than", the verb at most six after it, no punctuation between (the parser
	 * makes the clause an acl on its subject) */
	for (int i = vw - 1, b = -1; i >= 0 && i >= vw - 14; i--) {
		const khaldun_parse_token *w = &P->w[i];
		if (syn_upos_is(w, "PUNCT"))
			break;
		if (syn_word_is(w, "before") && vw - i <= 6)
			b = i;
		else if (b >= 0 && b - i <= 8 && syn_word_is(w, "than"))
			return !syn_upos_is(&P->w[i + 1], "NUM");
	}
	if (!syn_rel_base(&P->w[vw], "advcl") || !syn_child_word(P, vw, "advmod", when) ||
	    !syn_child_word(P, vw, "mark", as))
		return 0;
	int s = syn_child_rel(P, vw, "nsubj");
	return s < 0 || syn_upos_is(&P->w[s], "PRON") ||
	       syn_actor_with_role(S, P, vw, R_SRC, NULL) < 0;
}

/* background73: 1 when word w of the parse is a year (a four-digit number) two or more
 * years before the story's date. */
static int old_year(const coder_sent *S, const khaldun_parse_token *w)
{
	if (!S->date || !syn_upos_is(w, "NUM") || w->len != 4)
		return 0;
	for (int i = 0; i < 4; i++)
		if (!isdigit((unsigned char)w->form[i]))
			return 0;
	int y = atoi(w->form);
	return y >= 1800 && y <= S->date / 10000 - 2;
}

/* background73: 1 when verb h has an oblique year two or more years before the story ("in
 * 2013"), or (background78, whole) when such a year lies anywhere in h's clause ("banned the
 * trade in 2019", the parser's nmod, "in April 2019"). */
static int clause_old_year(coder_sent *S, const struct syntax_parse *P, int h, int whole)
{
	for (int i = 0; i < P->nw; i++)
		if (old_year(S, &P->w[i]) &&
		    (whole ? syn_below(P, i, h) >= 0 :
			     (int)P->w[i].head - 1 == h && syn_rel_base(&P->w[i], "obl")))
			return 1;
	return 0;
}

/* background73: 1 when the "when" at parse word w follows "in YEAR" of years before ("chaos
 * in 2013 when rebels seized power"); background86: or "since YEAR", with a comma allowed
 * before "when" after "since", and a month allowed before either year ("Since August 2020,
 * when the premier called for war, the town has been a base"): the moment a state began.
 * As --shallow's when_dated (news.c). */
static int when_year(const coder_sent *S, const struct syntax_parse *P, int w)
{
	static const char *const prep[] = { "in", "since", NULL };
	int y = w - 1, comma = y >= 0 && syn_word_is(&P->w[y], ",");
	y -= comma;
	if (y < 1 || !old_year(S, &P->w[y]))
		return 0;
	int p = y - 1 - (news_month(P->w[y - 1].form, P->w[y - 1].len) && y >= 2);
	return syn_word_in(&P->w[p], prep) && (!comma || syn_word_is(&P->w[p], "since"));
}

/* background73: 1 when verb or deed word vw lies in a "when" clause that dates the story's
 * background ("Mali descended into chaos in 2012 when rebels seized the north", "the war
 * began in 2013 when rebels seized power"): an advcl with "when" whose head verb has an
 * oblique year two or more years before the story, or "in YEAR when" before the verb. The
 * clause tells how a state came about, not the day's news. A dated main clause ("Russia
 * annexed Crimea in 2014") keeps its deed, as do a recent year, a "when" clause with no
 * year and one dated in itself ("When Russia invaded Ukraine in 2022, the EU imposed ...").
 * Also an -ing participle hung on a noun with such a year before it ("a 2013 agreement
 * ... supporting returns"); background78: and an "although/though" clause with such a year
 * anywhere in it ("Although Kenya banned the trade in 2019, inspectors found ...").
 * background118: and a "since" clause in the past on a verb in the perfect ("No country has
 * recognized the Taliban since they seized Kabul", "since Kim and Putin held a summit in
 * September, Pyongyang has shipped shells"): the moment the told state began, dated or
 * not. A "since" clause in the perfect itself gives a reason ("since Russia has refused to
 * talk, the EU has ..."), and one on a verb in the past or present a cause or a date the
 * clause's own deed keeps ("remain in custody since Thailand deported 40 others"). */
static int dated_background(coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const when[] = { "when", NULL };
	static const char *const concede[] = { "although", "though", NULL };
	static const char *const since[] = { "since", NULL };
	/* an -ing participle on a noun dated years back ("after a 2013 agreement among Kenya,
	 * Somalia and the UNHCR supporting returns"): what the old deal did, no deed today */
	if (syn_ends_ing(&P->w[vw]) && syn_rel_is(&P->w[vw], "acl")) {
		int n = (int)P->w[vw].head - 1;
		for (int i = 0; i < n; i++)
			if ((int)P->w[i].head == n + 1 && old_year(S, &P->w[i]))
				return 1;
	}
	/* the words "in YEAR when" before the verb, with no punctuation between, whatever the
	 * parser made of them ("chaos in 2013 when Muslim-led rebels seized power": an acl);
	 * background86: or "since [MONTH] YEAR[,] when" (when_year) */
	for (int i = vw - 1; i >= 2; i--) {
		const khaldun_parse_token *w = &P->w[i];
		if (syn_upos_is(w, "PUNCT") && !syn_word_is(w, "-"))
			break;
		if (syn_word_is(w, "when") && when_year(S, P, i))
			return 1;
	}
	for (int u = vw, hops = 0; hops < 6 && P->w[u].head; hops++, u = (int)P->w[u].head - 1) {
		if (!syn_rel_base(&P->w[u], "advcl"))
			continue;
		/* background118: the onset of a state the main clause tells in the perfect */
		if (syn_child_word(P, u, "mark", since))
			return syn_child_word(P, (int)P->w[u].head - 1, "aux", HAVE_FORMS) &&
			       !syn_child_word(P, u, "aux", HAVE_FORMS);
		/* background78: a concessive clause dated years back in itself ("Although Kenya
		 * banned the trade in 2019, inspectors found ivory last week") */
		if (syn_child_word(P, u, "mark", concede))
			return clause_old_year(S, P, u, 1);
		if (!syn_child_word(P, u, "advmod", when) && !syn_child_word(P, u, "mark", when))
			return 0;
		return clause_old_year(S, P, (int)P->w[u].head - 1, 0);
	}
	return 0;
}

/* relpast118: 1 when verb or deed word vw lies in a relative clause that recalls a past deed
 * of the main clause's subject: "Berisha, who resigned as party leader in 2013, rejected the
 * allegations Thursday", "Kenya, which sent troops to Somalia in 2011, said ...". The clause
 * opens with "who"/"which", its verb's subject, after a comma right after the subject's
 * name (over appos, flat or compound links; the parser may hang the clause as a relcl, a
 * parataxis or a ccomp), and a comma closes it before the main verb; its verb is a past
 * form (no auxiliary but "had"). It tells the reader who the side is, while the main clause
 * carries the day's deed. Kept as the day's news: a clause dated so (a weekday, "today",
 * "this week": news_recent_time: "Kenya, which closed its border on Monday, said"), and one
 * under a main verb of saying or reporting unless dated years back (an old year or
 * "until"): "The ministry, which summoned the envoy, said the remarks were false" may tell
 * the day's summons with its reason. Left alone: relative clauses on an object ("praised
 * Qatar, which hosted the talks": often the main deed's reason) and object relatives with a
 * doer of their own ("Kenya, which Somalia accused of meddling, denied the charge"). */
static int recalled_deed(coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const relpron[] = { "who", "which", NULL };
	int u = vw, r = -1;
	for (int hops = 0; hops < 6 && r < 0; hops++) {
		int s = syn_child_rel(P, u, "nsubj");
		if (s >= 2 && s < u && syn_word_in(&P->w[s], relpron) &&
		    syn_word_is(&P->w[s - 1], ","))
			r = s;
		else if (s >= 0 || !P->w[u].head)
			return 0;   /* a clause of its own subject: not in the relative clause */
		else
			u = (int)P->w[u].head - 1;
	}
	if (r < 0 || !syn_upos_is(&P->w[u], "VERB") || !syn_past_form(&P->w[u]))
		return 0;
	for (int i = 0; i < P->nw; i++)   /* "who has led", "which will host": no past */
		if ((int)P->w[i].head == u + 1 && syn_rel_base(&P->w[i], "aux") &&
		    !syn_word_is(&P->w[i], "had"))
			return 0;
	/* a later conjunct of its own tense: "who resigned in 2013 and now leads a party" */
	if (vw != u && syn_rel_is(&P->w[vw], "conj") && P->w[vw].upos &&
	    !strcmp(P->w[vw].upos, "VERB") && !syn_past_form(&P->w[vw]))
		return 0;
	int c = u + 1;
	while (c < P->nw && !syn_word_is(&P->w[c], ","))
		c++;
	int n = r - 2;
	for (int hops = 0; hops < 3 && P->w[n].head && syn_rel_base_in(&P->w[n], NAME_RELS);
	     hops++)
		n = (int)P->w[n].head - 1;
	int m = P->w[n].head ? (int)P->w[n].head - 1 : -1;
	if (vw >= c || !syn_rel_base(&P->w[n], "nsubj") || m <= c)
		return 0;
	int old = 0;
	for (int i = r + 1; i < c; i++) {
		if (news_recent_time(P->w[i].form, P->w[i].len))
			return 0;
		old |= syn_word_is(&P->w[i], "until") || old_year(S, &P->w[i]);
	}
	return old || !(syn_speech_word(&P->w[m]) || syn_report_word(&P->w[m]));
}

/* background83: 1 when verb vw is dated to an era long gone by an "in/during" phrase hung
 * on it, directly or through nmod links ("Britain seized the islands from France during the
 * 18th century", "Russia attacked Sweden in the Middle Ages"): the phrase's noun and one of
 * its modifiers name the era (news_old_era, shared with --shallow). Old history, unlike a
 * dated deed of recent years ("Russia annexed Crimea in 2014"), which keeps its event. */
static int era_deed(const struct syntax_parse *P, int vw)
{
	static const char *const prep[] = { "in", "during", NULL };
	for (int k = 0; k < P->nw; k++) {   /* each "in"/"during" and the noun it is case of */
		if (!P->w[k].head || !syn_rel_base(&P->w[k], "case") ||
		    !syn_word_in(&P->w[k], prep))
			continue;
		int i = (int)P->w[k].head - 1, u = i;
		while (u >= 0 && u != vw && (syn_rel_base(&P->w[u], "obl") ||
					     syn_rel_base(&P->w[u], "nmod")))
			u = (int)P->w[u].head - 1;
		if (u != vw)
			continue;
		for (int j = 0; j < P->nw; j++)
			if ((int)P->w[j].head == i + 1 &&
			    news_old_era(P->w[j].form, P->w[j].len, P->w[i].form, P->w[i].len))
				return 1;
	}
	return 0;
}

/* 1 when parse word n heads (through compound, flat, amod, conj or appos links, up to four)
 * a live actor of the sentence: "(Turkish and Egyptian) intelligence officers" is the
 * actors' noun; "China's major cities" is no actor's, a possessor is no doer. Shared by
 * noun_participle and goods_participle, whose nouns must name no doer. */
static int noun_holds_actor(coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const up[] = { "compound", "flat", "amod", "conj", "appos", NULL };
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		for (int steps = 0; h >= 0 && steps < 4; steps++) {
			if (h == n)
				return 1;
			if (!syn_rel_base_in(&P->w[h], up) || !P->w[h].head)
				break;
			h = (int)P->w[h].head - 1;
		}
	}
	return 0;
}

/* subclause55: 1 when -ing verb vw describes a common noun that names no actor ("showed
 * tourists strolling through Pyongyang praising its calm", "videos of influencers walking
 * the streets of China's cities praising ..."): the participle hangs (acl, or through
 * -ing advcl/conj/xcomp links up to one) on the noun, whose unnamed people do it; coded,
 * it took a doer from elsewhere (the verb's subject, a place the parser made a subject).
 * Not after a comma ("echoed the appeal, saying ...": the subject's speech), nor on a text,
 * a document or a copula's predicate, which speak for an actor, nor a gerund after a
 * preposition ("a day of mourning", "weeks of denying") or with a "by" doer ("the train
 * hijacking by militants"): a deed noun. */
static int noun_participle(coder_sent *S, const struct syntax_parse *P, int vw)
{
	/* what speaks for its makers or parties: "voted for a measure imposing tariffs", "posts
	 * videos condemning Russia", "an agreement among Kenya and Somalia supporting ..." */
	static const char *const text[] = { "report", "reports", "statement", "letter", "article",
					    "articles", "draft", "declaration", "communique",
					    "document", "agreement", "deal", "accord", "treaty",
					    "video", "videos", "post", "posts", "message",
					    "messages", "film", "films", "footage", "clip", "clips",
					    "speech", "broadcast", "campaign", "ad", "ads", NULL };
	static const char *const links[] = { "advcl", "conj", "xcomp", NULL };
	int u = vw;
	for (int hops = 0; hops < 3; hops++) {
		const khaldun_parse_token *w = &P->w[u];
		if (!syn_ends(w, "ing") || !w->head ||
		    syn_child_rel(P, u, "aux") >= 0 || syn_child_rel(P, u, "case") >= 0 ||
		    syn_child_rel(P, u, "obl:agent") >= 0)
			return 0;
		if (syn_rel_is(w, "acl"))
			break;
		if (!syn_rel_base_in(w, links))
			return 0;
		u = (int)w->head - 1;
	}
	if (!syn_rel_is(&P->w[u], "acl") || u < 1 || syn_word_is(&P->w[u - 1], ",") ||
	    syn_child_rel(P, u, "mark") >= 0)
		return 0;
	int n = (int)P->w[u].head - 1;
	if (!syn_upos_is(&P->w[n], "NOUN") || syn_word_in(&P->w[n], text) ||
	    syn_word_in(&P->w[n], DOC_NOUNS) || syn_child_rel(P, n, "cop") >= 0)
		return 0;
	return !noun_holds_actor(S, P, n);
}

/* noun74: 1 when past participle vw of a deed of material cooperation (code 06x) hangs bare
 * (acl: no auxiliary, no "by" doer, no object) on a common noun that holds no actor: "a
 * tax on all products exported to Kenya", "tariffs on goods imported from China". The
 * reduced relative sorts the goods by where they go; no one's shipment is told. The parser
 * may hang it on the clause's verb (advcl); then the noun just before it, in its phrase, is
 * the goods. "Russian oil exported to India" (an actor's goods) and "arms sold by Iran" (a
 * doer named) stay coded. */
static int goods_participle(coder_sent *S, const struct syntax_parse *P, int vw,
			    const char *code)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!code || strncmp(code, "06", 2) || !w->head || syn_ends_ing(w) ||
	    syn_child_rel(P, vw, "aux") >= 0 || syn_child_rel(P, vw, "aux:pass") >= 0 ||
	    syn_child_rel(P, vw, "obl:agent") >= 0 || syn_child_rel(P, vw, "obj") >= 0)
		return 0;
	int n = (int)w->head - 1;
	if (syn_rel_base(w, "advcl") && vw > 0 && syn_child_rel(P, vw, "nsubj") < 0 &&
	    syn_child_rel(P, vw, "mark") < 0 && syn_child_rel(P, vw - 1, "case") >= 0)
		n = vw - 1;
	else if (!syn_rel_is(w, "acl"))
		return 0;
	if (n >= vw || !syn_upos_is(&P->w[n], "NOUN"))
		return 0;
	return !noun_holds_actor(S, P, n);
}

/* 1 when the subject of relative clause vw is "which" after a proper noun (a comma
 * skipped) that no dictionary actor holds (the caller found none): "the deal, known as the
 * JCPOA, which provided Tehran with relief", "Sovcomflot, which ships Russian oil". The
 * clause describes that named thing; no actor of the sentence (nor, in a story, the main
 * clause's "it") is its doer. Not after a common noun: "the attack, which angered
 * Washington" may stand for the whole clause before it. */
static int unknown_name_antecedent(const struct syntax_parse *P, int vw)
{
	int rp = syn_child_rel(P, vw, "nsubj");
	if (rp < 1 || !syn_word_is(&P->w[rp], "which"))
		return 0;
	int ant = rp - 1;
	if (syn_word_is(&P->w[ant], ","))
		ant--;
	return ant >= 0 && syn_upos_is(&P->w[ant], "PROPN");
}

/* A relative clause's verb vw: "Qatar, which hosted the talks" -> *subj = Qatar's actor;
 * "the post, which Pakistan shelled" -> tgt = the post's actor (returns 1). A passive one
 * ("farmers who were killed") tells of its antecedent in passing: no event of its own (-1).
 * So does one whose "which" stands for a name no dictionary knows.
 * 0: not a relative clause, or nothing changed. */
static int relative(coder_sent *S, const struct syntax_parse *P, int vw, int *subj,
		    coder_slot *tgt)
{
	static const char *const relpron[] = { "who", "which", "whom", "that", NULL };
	if (syn_child_word(P, vw, "nsubj:pass", relpron) || free_relative(P, vw))
		return -1;
	/* false36: "stumped by a computer that just wanted to say no": the "to" clause of a
	 * relative clause's verb has that clause's subject, its antecedent; a thing with no
	 * actor is no doer there either (not the main clause's subject, "Italians") */
	int u = vw;
	for (int hops = 0; hops < 2 && syn_rel_is(&P->w[u], "xcomp") && P->w[u].head &&
	     syn_child_rel(P, u, "nsubj") < 0; hops++)
		u = (int)P->w[u].head - 1;
	if (u != vw && syn_child_word(P, u, "nsubj", relpron) &&
	    relative_antecedent(S, P, u, "nsubj") < 0 &&
	    (thing_antecedent(S, P, u) || unknown_name_antecedent(P, u)))
		return -1;
	if (syn_child_word(P, vw, "nsubj", relpron)) {
		int ra = relative_antecedent(S, P, vw, "nsubj");
		if (ra >= 0)
			*subj = ra;
		else if (thing_antecedent(S, P, vw) || unknown_name_antecedent(P, vw))
			return -1;   /* "content that supports government narratives" */
		return 0;
	}
	int ro = relative_antecedent(S, P, vw, "obj");
	/* clause.c split the clause at a relative pronoun after an actor: unless the verb has
	 * a subject actor of its own ("the post, which Pakistan shelled"), the antecedent is
	 * its subject, whatever the parser made of the pronoun */
	if (ro < 0 && S->rel_ante > 0 && syn_actor_with_role(S, P, vw, R_SRC, NULL) < 0)
		*subj = S->rel_ante - 1;
	if (ro < 0 || ro == *subj)
		return 0;
	actors_make_slot(S, ro, tgt);
	return 1;
}

/* The subject's verb: vw itself, or the verb an xcomp/conj complement hangs from. */
static int subject_verb(const struct syntax_parse *P, int vw)
{
	for (int hops = 0; hops < 3; hops++) {
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == vw + 1 &&
			    (syn_rel_is(&P->w[i], "nsubj") || syn_rel_is(&P->w[i], "nsubj:pass")))
				return vw;
		const khaldun_parse_token *v = &P->w[vw];
		if (!(syn_rel_is(v, "xcomp") || syn_rel_is(v, "conj")) || v->head == 0)
			return vw;
		vw = (int)v->head - 1;
	}
	return vw;
}

/* 1 when verb vw reports a deed done by a subject of its own: it has a nominal subject (not
 * a pronoun, which may be the speaker itself) and no auxiliary but has/had/did, a future
 * one (will/would/shall: reported_future's), or a form of "be" before a verb in -ing (a
 * deed in progress: "said gunmen were holding hostages"): a wish or a possibility ("may lay
 * down", "are committed to") is the speaker's statement. */
static int reported_deed(const struct syntax_parse *P, int vw)
{
	static const char *const past[] = { "has", "have", "had", "did", "will", "would",
					    "shall", "'ll", NULL };
	static const char *const be[] = { "is", "are", "was", "were", "been", NULL };
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0 || !P->w[s].upos || !strcmp(P->w[s].upos, "PRON"))
		return 0;
	const khaldun_parse_token *v = &P->w[vw];
	int ing = syn_ends_ing(v);
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != vw + 1 || !syn_rel_base(&P->w[i], "aux"))
			continue;
		int ok = syn_word_in(&P->w[i], past) || (ing && syn_word_in(&P->w[i], be));
		if (!ok || syn_rel_is(&P->w[i], "aux:pass"))
			return 0;
	}
	return 1;
}

/* syn_speaker_actor(); with story, a pronoun or definite description that the story context
 * resolved (actors_pronouns: forwarded from the previous sentence) counts as the speaker too.
 * A pronoun resolved only inside its own sentence is a guess, never a speaker. */
static int speaker_actor(coder_sent *S, const struct syntax_parse *P, int h, int per, int story)
{
	int sh = per ? -1 : syn_subject_conjunct(P, h);
	if (sh >= 0)
		h = sh;   /* "met the envoy and said ...": the first verb's subject */
	else if (!per && syn_speech_tail(P, h) >= 0)
		h = syn_speech_tail(P, h);   /* "condemned the attack, saying ...": its subject */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt ||
		    (S->t[a->pos].type == TY_PRON && !(story && a->forwarded)))
			continue;
		int w = syn_span_head(P, a->pos, a->end), rank;
		if (w < 0)
			continue;
		if (per ? !((int)P->w[w].head == h + 1 && syn_rel_base(&P->w[w], "obl") &&
			    syn_case_of(P, w) >= 0 &&
			    syn_word_is(&P->w[syn_case_of(P, w)], "according"))
			: syn_role_of(P, w, h, &rank) != R_SRC)
			continue;
		coder_slot sp;
		actors_make_slot(S, k, &sp);
		if (sp.n)
			return k;
	}
	return -1;
}

int syn_speaker_actor(coder_sent *S, const struct syntax_parse *P, int h, int per)
{
	return speaker_actor(S, P, h, per, 0);
}

/* The code of speaker_actor(), or NULL. */
static const char *speaker_code(coder_sent *S, const struct syntax_parse *P, int h, int per,
				int story)
{
	int k = speaker_actor(S, P, h, per, story);
	if (k < 0)
		return NULL;
	coder_slot sp;
	actors_make_slot(S, k, &sp);
	return sp.m[0].code;
}

/* Reported speech: *attr = the code of the speaker of verb vw's clause (the subject actor of
 * its reporting verb, or "according to X"), when there is one. Returns the reporting verb/-1. */
static int reported(coder_sent *S, const struct syntax_parse *P, int vw, const char **attr)
{
	int rv = reporting_verb(P, vw);
	if (rv >= 0)
		*attr = speaker_code(S, P, rv, 0, 0);
	if (!*attr)
		*attr = speaker_code(S, P, vw, 1, 0);
	return rv;
}

/* Issue 12: no named speaker, but one the story resolved ("Kenya's foreign minister spoke on
 * Monday. He said Somali militants attacked a border post": KENGOV): its code is the
 * attribution. Only after the rules that read *attr have decided, so that the events'
 * source, target and code are those of the named-speaker rules alone. */
static void story_speaker(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
			  const char **attr)
{
	if (*attr)
		return;
	if (rv >= 0)
		*attr = speaker_code(S, P, rv, 0, 1);
	if (!*attr)
		*attr = speaker_code(S, P, vw, 1, 1);
}

/* The verb of the clause that holds deed word vw and has must/should/ought: vw, or up from it
 * through complements, verbs coordinated without a subject of their own, purposes and a noun
 * deed's verb ("must stop attacking", "must ensure security and provide aid", "should use
 * sanctions", "must return to the table to discuss peace"). -1: none. */
static int obliged_verb(const struct syntax_parse *P, int vw)
{
	static const char *const must[] = { "must", "should", "ought", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const by[] = { "by", NULL };
	static const char *const contrast[] = { "but", "yet", NULL };
	int c = vw;
	for (int hops = 0; hops < 4; hops++) {
		if (syn_child_word(P, c, "aux", must) || syn_need_to(P, c))
			return c;   /* "needs to", "has to" (synspeech.c) */
		const khaldun_parse_token *w = &P->w[c];
		/* a verb in -ed is no modal's ("should not be packaged ... and called for": the
		 * speaker's own second verb, attached to the wrong clause) */
		int ed = w->len > 3 && syn_ends(w, "ed");
		int conj = syn_rel_is(w, "conj") && syn_child_rel(P, c, "nsubj") < 0 && !ed &&
			   !syn_child_word(P, c, "cc", contrast);
		int purpose = syn_rel_is(w, "advcl") && syn_child_word(P, c, "mark", to);
		/* "should respond ... by committing to ...": the means of the deed obliged */
		int means = syn_rel_is(w, "advcl") && syn_child_word(P, c, "mark", by);
		/* quote51: "must stop harboring terrorists" parsed with the -ing verb as a
		 * modifier of its own object: the object's verb is the one obliged */
		int gerund = syn_rel_is(w, "amod") && syn_is_verb(w) && syn_ends_ing(w) &&
			     w->head && deed_object(P, (int)w->head - 1);
		if (!w->head || !(syn_rel_is(w, "xcomp") || conj || purpose || means || gerund ||
				  deed_object(P, c)))
			return -1;
		c = (int)w->head - 1;
	}
	return -1;
}

/* *who = the speaker of verb rv: its subject actor, also a pronoun the story resolved from
 * the previous sentence (speaker_actor with story: "Erdogan criticized Israel. He said Israel
 * must stop its attacks" is TURGOV's demand, as "He urged Israel to stop" is TURGOV's appeal;
 * the pronoun's bare phrase would lose its code), else its subject's noun phrase, else (no
 * subject) the open subject before it (OPEN_ACTORS). 0: none. */
static int speaker_slot(coder_sent *S, const struct syntax_parse *P, int rv, coder_slot *who)
{
	int sp = speaker_actor(S, P, rv, 0, 1), rt = -1;
	if (sp >= 0) {
		actors_make_slot(S, sp, who);
		return 1;
	}
	for (int i = 0; i < S->nt && rt < 0; i++)
		if (P->tok2w[i] == rv)
			rt = i;
	/* a speaker the dictionaries do not know: its noun phrase (OPEN_ACTORS) */
	int sv = syn_subject_conjunct(P, rv);
	int subj = syn_child_rel(P, sv >= 0 ? sv : rv, "nsubj");
	return syn_open_phrase(S, P, subj, who) ||
	       (subj < 0 && rt >= 0 && (S->c->o.news & NEWS_OPEN_ACTORS) &&
		news_open_subject(S, 0, rt, who));
}

/* "Europe therefore needs to fortify its security architecture" (a quote whose speaker the
 * sentence does not name), "Dr. Lai said was China must quit intimidating Taiwan" (a report
 * the parse does not hang on its speech verb): a deed under must/should/needs to (clause verb
 * c) that no reporting verb governs is not done either, when the one who must is an actor
 * named (not a pronoun: "we must rebuild" is one's own plan) and no condition holds it ("if
 * a person cannot afford an attorney, the government must provide one"). It is a demand (10x,
 * appeal 02x with should) on that actor by the sentence's speaker (a speech verb with a
 * subject of its own), else by no one named (---). */
static int unreported_demand(coder_sent *S, const struct syntax_parse *P, int c,
			     coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	static const char *const should[] = { "should", "ought", NULL };
	static const char *const self[] = { "i", "we", NULL };
	int s = syn_child_rel(P, c, "nsubj");
	if (s >= 0 && syn_upos_is(&P->w[s], "PRON") &&
	    !syn_word_in(&P->w[s], self) &&
	    syn_child_word(P, c, "aux", should) && !syn_conditional(P, c))
		return -1;   /* "they should consider changing their name": advice, no deed */
	if (s < 0 || !P->w[s].upos || !strcmp(P->w[s].upos, "PRON") || syn_conditional(P, c))
		return 0;
	int k = syn_actor_with_role(S, P, c, R_SRC, NULL);
	if (k < 0)
		return 0;
	coder_slot who = { .n = 0 }, y = { .n = 0 };
	actors_make_slot(S, k, &y);
	for (int i = 0; i < P->nw && !who.n; i++)
		if (i != c && syn_speech_word(&P->w[i]) && syn_child_rel(P, i, "nsubj") >= 0)
			speaker_slot(S, P, i, &who);
	if (!who.n)
		event_null_slot(S, &who);
	if (!who.n || !y.n || !strcmp(who.m[0].code, y.m[0].code))
		return 0;   /* no memory for the null side; or the speaker's own side */
	*src = who;
	*tgt = y;
	code->a = syn_obligation_code(S, P, c, code->a);   /* must 10x, should 02x */
	code->b = NULL;
	return 0;
}

/* "X said Y must withdraw": not Y's deed but X's demand (10x) on Y. Applies when the clause
 * of verb vw (obliged_verb) has must/should/ought and is reported. The speaker is its
 * dictionary actor, else its noun phrase; with neither, the unmet obligation is no event.
 * The one who must is the clause's subject actor, else its noun phrase, else the deed's
 * source. Returns 0, or -1 to drop it. */
static int demanded(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
		    coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	int c = obliged_verb(P, vw);
	if (c >= 0 && rv < 0)
		rv = reporting_verb(P, c);
	if (c >= 0 && rv < 0)
		return unreported_demand(S, P, c, src, tgt, code);
	if (c < 0)
		return 0;
	coder_slot who = { .n = 0 };
	if (!speaker_slot(S, P, rv, &who))
		return -1;
	if (!syn_passive_verb(P, c)) {   /* Y, the one who must, is the target of the demand */
		int k = syn_actor_with_role(S, P, c, R_SRC, NULL);
		coder_slot y = { .n = 0 };
		if (k >= 0)
			actors_make_slot(S, k, &y);
		if (y.n || syn_open_phrase(S, P, syn_child_rel(P, c, "nsubj"), &y))
			*tgt = y;
		else
			slot_copy(tgt, src);
	}
	*src = who;
	code->a = syn_obligation_code(S, P, c, code->a);   /* must 10x, should 02x */
	code->b = NULL;
	return 0;
}

/* The live actor whose phrase is headed by word h; -1: none. */
static int actor_headed(coder_sent *S, const struct syntax_parse *P, int h)
{
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if (a->pos >= 0 && sent_live(S, a->pos) && a->end < S->nt &&
		    syn_span_head(P, a->pos, a->end) == h)
			return i;
	}
	return -1;
}

/* 1 when word s opens the sentence: every word before it is its own modifier or a quote
 * mark ("Analysts told VOA ...", "Security analysts say ..."). */
static int opening_word(const struct syntax_parse *P, int s)
{
	for (int i = 0; i < s; i++)
		if ((int)P->w[i].head != s + 1 && !syn_rel_is(&P->w[i], "punct"))
			return 0;
	return s >= 0;
}

/* "Experts say the actions of Dodik ... have precipitated a crisis", "analysts say",
 * "Researchers warn that ...": a statement (CAMEO 01) whose subject (or, for a coordinated
 * verb or complement with none, its head verb's: "are praising ... but remain doubtful";
 * generic83: so a subjectless participle's, "question the poll, warning that ...") is
 * an observer (syn_observer) with no actor heading its
 * phrase or modifying its head ("A Japanese virus expert says" stays) comments on events and
 * is no event between sides. Returns 1 when so. */
/* 1 when subject word w names commenting onlookers: an observer (syn_observer) or, generic63,
 * the advocates of a cause ("Human rights advocates say ...", "Media advocates say ..."). */
static int commenting_subject(const khaldun_parse_token *w)
{
	static const char *const advocate[] = { "advocates", NULL };
	return syn_observer(w) || syn_word_in(w, advocate);
}

/* observerb113: the noun the parser took as the root of "Other experts, however, question
 * the poll": verb u, with no subject, hangs as parataxis on a noun before it; that noun is the
 * subject the parse lost. -1: not so. */
static int parataxis_lost_subject(const struct syntax_parse *P, int u)
{
	if (!syn_rel_is(&P->w[u], "parataxis") || !P->w[u].head)
		return -1;
	int h = (int)P->w[u].head - 1;
	return h < u && syn_is_noun(&P->w[h]) ? h : -1;
}

static int observer_statement(coder_sent *S, const struct syntax_parse *P, int vw,
			      const char *a)
{
	if (!news_comment_code(a))
		return 0;
	int u = vw, s = syn_child_rel(P, u, "nsubj");
	for (int hops = 0; s < 0 && hops < 3 && P->w[u].head &&
	     (syn_rel_is(&P->w[u], "conj") || syn_rel_is(&P->w[u], "xcomp") ||
	      syn_rel_is(&P->w[u], "advcl")); hops++) {
		u = (int)P->w[u].head - 1;   /* "are praising ... but remain doubtful" */
		s = syn_child_rel(P, u, "nsubj");
	}
	if (s < 0)
		s = parataxis_lost_subject(P, u);
	if (s < 0 || !commenting_subject(&P->w[s]))
		return 0;
	/* generic70: an accusation (11x) only by the bare observers: a phrase on them may name
	 * a side the parse loses ("Critics, including the European Commission, accuse") */
	static const char *const np[] = { "nmod", "appos", "acl", NULL };
	if (a[0] == '1')
		for (int i = 0; np[i]; i++)
			if (syn_child_rel(P, s, np[i]) >= 0)
				return 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *x = &S->a[k];
		int w = x->pos >= 0 && sent_live(S, x->pos) && x->end < S->nt ?
			syn_span_head(P, x->pos, x->end) : -1;
		if (w >= 0 && (w == s || (int)P->w[w].head == s + 1) && !news_sector_only(x))
			return 0;
	}
	return 1;
}

/* "Governor X told city council members to draft regulations to ban the sale of dog meat": a
 * deed one is told or instructed to do (syn_teller, syncode.c) is not done but the teller's
 * demand on the one told (CAMEO 10x by the deed: release 1053, talks 106 ..., else 100; an
 * appeal or demand keeps its code); so is the telling itself when the deed codes nothing.
 * "We need Europe to send more weapons": a deed one wants, needs or (an actor) expects another
 * side to do is an appeal to it (02x by the deed, syn_appeal_code; the object an actor), and
 * so is one an actor looks to another for ("is looking to Trump to veto": the "to" oblique).
 * Source the teller's subject actor, else the source found so far unless it is the one told,
 * else the teller's phrase (speaker_slot); target the actor told (object), else its noun
 * phrase. Returns 1 when changed. */
static int commanded(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		     coder_slot *tgt, dict_evcode *code)
{
	int appeal, t = syn_teller(P, vw, code->a, &appeal);
	if (t < 0)
		return 0;
	coder_slot who = { .n = 0 }, told = { .n = 0 };
	int lt = syn_looked_to(P, t);
	int k = lt >= 0 ? actor_headed(S, P, lt) : syn_actor_with_role(S, P, t, R_TGT, NULL);
	int o = syn_child_rel(P, t, "iobj");
	if (k >= 0)
		actors_make_slot(S, k, &told);
	else if (appeal)
		return 0;   /* "wanted griots to play a role": no side asked */
	else
		syn_open_phrase(S, P, o >= 0 ? o : syn_child_rel(P, t, "obj"), &told);
	int sp = syn_speaker_actor(S, P, t, 0);
	if (sp >= 0)
		actors_make_slot(S, sp, &who);
	else if (appeal == 2)
		return 0;   /* "analysts expect the bank to cut rates": a forecast */
	/* a source found so far that is not the one told stays ("We need Europe to send
	 * weapons," Zelenskyy said: the quote's speaker; a teller with no subject in the parse);
	 * the one told as source was the deed's subject: the teller's phrase replaces it */
	else if (src->n && !(told.n && !strcmp(src->m[0].code, told.m[0].code)))
		who = *src;
	else if (!speaker_slot(S, P, t, &who))
		return 0;
	*src = who;
	*tgt = told;
	const char *a = code->a;
	if (!a || !((a[0] == '0' && a[1] == '2') || (a[0] == '1' && a[1] == '0')))
		code->a = appeal ? syn_appeal_code(a) : syn_demand_code(a);   /* 01: 100 */
	code->b = NULL;
	S->syn_note = appeal ? "rule: a deed one wants, needs or expects another to do is an "
			       "appeal (02x) to it"
			     : "rule: a deed one is told to do is the teller's demand (10x) on the "
			       "one told";
	return 1;
}

/* "This event underscores the need for the Haitian government to invest further in the
 * police," the spokesperson said; "it is necessary for India to have constant engagement with
 * Mauritius": a deed a word of necessity lays on a side (syn_needed_side, syncode.c) is not
 * done but asked of it: the appeal (02x by the deed, syn_appeal_code) of the one who says so
 * (the reporting verb's speaker, else the subject of the verb whose object the need is) to
 * that side's actor; no actor there, or nobody to ask: no event. Returns 0 or -1. */
static int needed(coder_sent *S, const struct syntax_parse *P, int vw, int side, int need,
		  coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	coder_slot who = { .n = 0 }, asked = { .n = 0 };
	int k = actor_headed(S, P, side);
	for (int i = 0; k < 0 && i < S->na; i++)   /* "the need for the Icelandic government" */
		if (syn_side_named(S, P, i, side))
			k = i;
	if (k >= 0)
		actors_make_slot(S, k, &asked);
	if (!asked.n)
		return -1;
	int h = need;
	if (syn_rel_is(&P->w[need], "obj") && P->w[need].head)
		h = (int)P->w[need].head - 1;   /* "underscored the need": its verb */
	int rv = reporting_verb(P, h);
	if (!(rv >= 0 ? speaker_slot(S, P, rv, &who) : h != need && speaker_slot(S, P, h, &who))) {
		if (!src->n || !strcmp(src->m[0].code, asked.m[0].code))
			return -1;
		who = *src;
	}
	*src = who;
	*tgt = asked;
	code->a = syn_appeal_code(code->a);   /* a statement (01): 020 */
	code->b = NULL;
	S->syn_note = "rule: a deed a word of need lays on a side ('the need for X to') is an "
		      "appeal (02x) to it";
	return 0;
}

/* 1 when a quotation mark stands between words a and b (either order): one of them is
 * inside a direct quote the other is not. */
static int quote_between(const struct syntax_parse *P, int a, int b)
{
	int lo = a < b ? a : b, hi = a < b ? b : a;
	for (int i = lo + 1; i < hi; i++)
		if (syn_quote_mark(&P->w[i]))
			return 1;
	return 0;
}

/* srcunk106: the verb whose subject speaks through reporting verb rv: rv itself, or for a
 * subjectless tail (", saying ...", "and said ...") the verb it hangs on, as speaker_actor
 * reads it ("The rebels denied involvement, saying they ...": "denied"). */
static int speaking_host(const struct syntax_parse *P, int rv)
{
	if (syn_child_rel(P, rv, "nsubj") >= 0)
		return rv;
	int h = syn_subject_conjunct(P, rv);
	if (h < 0)
		h = syn_speech_tail(P, rv);
	return h >= 0 ? h : rv;
}

/* srcunk106: 1 when pronoun word pw of a tail's clause may stand for host verb h's object
 * rather than its subject: it agrees with the object ("criticized the arrests, saying they
 * violate ...": the arrests), unless the clause's act is a comment or a criticism (01x, 11x)
 * that only a side voices ("denied involvement, saying it condemns ..."); or it does not
 * agree with the subject. */
static int tail_pronoun_unsure(const struct syntax_parse *P, int pw, int h, const char *code)
{
	int s = syn_child_rel(P, h, "nsubj"), o = syn_child_rel(P, h, "obj");
	int voiced = code && (!strncmp(code, "01", 2) || !strncmp(code, "11", 2));
	return s < 0 || !P->w[s].upos || !syn_pronoun_agrees(P, pw, s) ||
	       (!voiced && o >= 0 && P->w[o].upos && syn_pronoun_agrees(P, pw, o));
}

/* "The officials also said they arrested seven IS members": a clause reported by rv whose
 * subject is a personal pronoun the coder left unresolved (no source) is the speaker's deed:
 * the speaker's actor, else its noun phrase (OPEN_ACTORS). Returns 1 when *src was set. */
static int speaker_pronoun(coder_sent *S, const struct syntax_parse *P, int sv, int rv,
			   const char *code, coder_slot *src)
{
	static const char *const pron[] = { "they", "it", "he", "she", "we", NULL };
	static const char *const it[] = { "it", NULL };
	if (src->n || rv < 0 || !syn_child_word(P, sv, "nsubj", pron))
		return 0;
	/* sideaudit110: the pronoun subject of a passive deed (10-20) underwent it, the
	 * speaker's target (syn_reported_self_passive) */
	if (code_root(code) >= 10 && syn_passive_verb(P, sv) &&
	    syn_child_rel(P, sv, "nsubj:pass") >= 0)
		return 0;
	/* the reported clause itself (its ccomp, or the clause a ", X said" hangs on), not one
	 * inside it ("... unless they have intention to ..."); a speaker that is a noun phrase,
	 * and "it" only for a singular one ("They say it violates": not the speakers) */
	int host = speaking_host(P, rv);
	int sp = syn_child_rel(P, host, "nsubj");
	const khaldun_parse_token *h = sp >= 0 ? &P->w[sp] : NULL;
	int reported_here = (syn_rel_is(&P->w[sv], "ccomp") && (int)P->w[sv].head == rv + 1) ||
			    ((int)P->w[rv].head == sv + 1 && syn_rel_is(&P->w[rv], "parataxis"));
	int m = syn_child_rel(P, sv, "mark");   /* "that" only, not "unless they ..." */
	if (m >= 0 && !syn_word_is(&P->w[m], "that"))
		return 0;
	/* '"They shot them," Ajmal said': a third person inside the speaker's own words is
	 * someone else (the speaker says "we", quote_speaker in synactor.c): the doer is
	 * unknown ("---"), as for a passive with no "by" phrase */
	int pw = syn_child_rel(P, sv, "nsubj");
	if (pw >= 0 && !syn_word_is(&P->w[pw], "we") && quote_between(P, pw, rv)) {
		if (!syn_open_phrase(S, P, pw, src))
			event_null_slot(S, src);
		S->syn_note = "rule: a third-person pronoun inside a quote is not its speaker";
		return 1;
	}
	if (!reported_here || !h || !h->upos || !strcmp(h->upos, "PRON") ||
	    (syn_child_word(P, sv, "nsubj", it) && h->len > 1 && h->form[h->len - 1] == 's' &&
	     !strcmp(h->upos, "NOUN")))
		return 0;
	if (host != rv && tail_pronoun_unsure(P, syn_child_rel(P, sv, "nsubj"), host, code))
		return 0;
	int k = syn_speaker_actor(S, P, rv, 0);
	coder_slot who = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &who);
	else if (!syn_open_phrase(S, P, sp, &who))
		return 0;
	if (!who.n)
		return 0;
	*src = who;
	S->syn_note = "rule: the pronoun subject of a reported clause is its speaker";
	return 1;
}

/* 1 when slot s's actor lies in the subject of verb word h (a causer that is no actor, as
 * "skepticism among U.S. allies" of "... is leading South Korea to call for ..."), or in the
 * clause a subjectless participle h hangs on (syn_caused_clause). */
static int caused_by(coder_sent *S, const struct syntax_parse *P, int h, const coder_slot *s)
{
	if (!s->n || s->m[0].a->pos < 0 || s->m[0].a->pos >= S->nt)
		return 0;
	int w = P->tok2w[s->m[0].a->pos], b = w >= 0 ? syn_below(P, w, h) : -1;
	if (b < 0 && w >= 0 && syn_caused_clause(P, h))
		return syn_below(P, w, (int)P->w[h].head - 1) >= 0;   /* in the causing clause */
	return b >= 0 && syn_rel_is(&P->w[b], "nsubj");
}

/* 1 when both slots are bound to actors of one noun phrase ("The U.S. State Department"). */
static int same_phrase(coder_sent *S, const struct syntax_parse *P, const coder_slot *a,
		       const coder_slot *b)
{
	if (!a->n || !b->n)
		return 0;
	const coder_actor *x = a->m[0].a, *y = b->m[0].a;
	if (x->pos < 0 || y->pos < 0 || x->end >= S->nt || y->end >= S->nt)
		return 0;
	int hx = syn_span_head(P, x->pos, x->end), hy = syn_span_head(P, y->pos, y->end);
	for (int steps = 0; hy >= 0 && steps < 4; steps++) {
		if (hy == hx)
			return 1;
		const khaldun_parse_token *w = &P->w[hy];
		if (!(syn_rel_is(w, "compound") || syn_rel_is(w, "amod") ||
		      syn_rel_is(w, "nmod:poss") ||
		      syn_rel_is(w, "flat")) || !w->head)
			return 0;
		hy = (int)w->head - 1;
	}
	return 0;
}

/* undone92: 1 when a disapproval (CAMEO 11, code a) is said as future or conditional on
 * verb vw or in the clause a verb of saying vw leads ("said he would mobilize protests
 * against Ruto", "will accuse Kigali if ..."): CAMEO has no intent to disapprove, and the
 * deed is not done; rallying opposition (113) said so is a threat of dissent (133), as
 * "would stage protests" is. Not a stance going on ("will continue to oppose": threatened). */
static int future_disapproval(const struct syntax_parse *P, int vw, int said_future,
			      const char *a)
{
	return a && a[0] == '1' && a[1] == '1' && (said_future || threatened(P, vw));
}

/* The code of verb vw as the parse tells it: -1 when its deed is denied or negated away; a
 * negated cooperation becomes a rejection, a future or conditional conflict deed a threat, cut
 * aid (the pattern's last word d) a reduction; not when the pattern matched words before vw. */
static int recode(const struct syntax_parse *P, int vw, int d, int upper, dict_evcode *code)
{
	/* undone98: a pattern on words before the verb ("would attack": 1384) is no less in the
	 * clause of a denied verb of saying ("did not say it would attack"): nothing said */
	if (upper)
		return unsaid_clause(P, vw) && !statement(code->a) ? -1 : 0;
	/* undone95: a verb of a pair one denial covers ("neither condemned nor praised", "did
	 * not attend the talks or sign the deal"): nothing done, and no refusal said either */
	if (paired_denial(P, vw) && !syn_not_on(P, vw) && !syn_neither(P, vw))
		return -1;
	/* "did not rule out military action": the negation is the threat (syncode.c) */
	if (negated(P, vw) && !syn_unruled(P, vw)) {
		if (syn_contact_not_made(P, vw, code->a))
			return -1;   /* "has not traveled to Afghanistan": no contact, no event */
		int drop = 0;
		const char *r = syn_denied_wrong(P, vw) ? "016" :   /* blame50 (synspeech.c) */
				syn_rejection(code->a, &drop);
		if (drop)
			return -1;
		if (r) {
			code->a = r;
			code->b = NULL;
		}
	}
	if (!negated(P, vw) && denied_above(P, vw) && !statement(code->a))
		return -1;   /* "will not ... allow breaches": no breach */
	if (denied_report(P, vw))
		return -1;   /* undone98: "has not confirmed claims that": no claim of its */
	if (syn_hypothetical(P, vw, code->a))   /* "which would violate sanctions" (syncode.c) */
		return -1;
	if (syn_likened(P, vw) || syn_hedged_saying(P, vw, code->a))
		return -1;   /* "it's kind of like ... is prosecuting", "I would say" (syncode.c) */
	if (inverted(P, vw) || unrealised(P, vw))
		/* "has yet to approve", "has no plans to attack", "stopped short of" */
		/* "Did Iran supply drones?", "Had Russia invaded Finland, ...": none */
		return -1;
	syn_cut(P, d, code);   /* "announced a suspension of aid": 162, not 070 (syncode.c) */
	int said_future = future_clause(P, vw, d);
	if (future_disapproval(P, vw, said_future, code->a)) {
		if (strcmp(code->a, "113"))
			return -1;   /* "said it would criticize Kampala": not done */
		code->a = "133";   /* "would mobilize protests against": a threat of dissent */
		code->b = NULL;
	}
	if (syn_threat_code(code->a) &&
	    (threatened(P, vw) || said_future || hedged_sanction(P, vw, code->a))) {
		code->a = syn_threat_code(code->a);
		code->b = NULL;
	}
	/* "said it would allow the WFP to deliver food", "agreed to ... and join forces": the
	 * promise (03x), as a threatened conflict is a threat (syncode.c syn_intended) */
	if (syn_intent_code(code->a) && (promised(P, vw) || said_future || syn_intended(P, vw))) {
		code->a = syn_intent_code(code->a);
		code->b = NULL;
	} else if (code->a && !strncmp(code->a, "04", 2) && syn_intended(P, vw)) {
		/* "willing to resume talks": the intent to meet or negotiate (036), to mediate
		 * (039); only where a word of intent governs, "will meet" has its own patterns */
		code->a = !strcmp(code->a, "045") ? "039" : "036";
		code->b = NULL;
	}
	return 0;
}

/* 1 when word vw, a VERB, follows a determiner or a preposition (adverbs between: "the
 * list of banned publications", "these proposed policies", "the recently concluded
 * meetings"): no finite verb stands there, so it is a participle before its noun. prenom55:
 * so after a count or a possessive pronoun on the same noun ("rescued 30 abducted pupils",
 * "his detained brother"): a count the parser hangs on the noun opens its phrase, and a
 * subject before a finite verb would be its nsubj, no nummod of the noun after it. */
static int after_determiner(const struct syntax_parse *P, int vw)
{
	int i = vw - 1;
	while (i >= 0 && syn_upos_is(&P->w[i], "ADV"))
		i--;
	const char *u = i >= 0 ? P->w[i].upos : NULL;
	if (u && (syn_rel_is(&P->w[i], "nummod") || syn_rel_is(&P->w[i], "nmod:poss")) &&
	    P->w[i].head && P->w[i].head == P->w[vw].head)
		return 1;
	return u && (!strcmp(u, "DET") || (!strcmp(u, "ADP") && syn_rel_is(&P->w[i], "case")));
}

/* false38: 1 when word vw, a VERB hung as amod on a noun after it, stands in a row of that
 * noun's modifiers (adverbs before it skipped): right after a possessive's "'s" ("the
 * country's elected parliament") or after another modifier of the same noun and a comma
 * ("Libya's Tripoli-based, internationally recognised Government"): a participle before its
 * noun, no finite verb, so no deed of the sentence. */
static int modifier_row(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "amod") || !w->head || (int)w->head - 1 <= vw || !w->upos ||
	    strcmp(w->upos, "VERB"))
		return 0;
	/* a participle's own ending: not "UN chief withdrew peacekeepers", a finite verb the
	 * parser hung on the noun after it */
	if (w->len < 5 || (!syn_ends(w, "ed") && !syn_ends(w, "en")))
		return 0;
	int i = vw - 1;
	while (i >= 0 && syn_upos_is(&P->w[i], "ADV"))
		i--;
	int comma = i > 0 && syn_word_is(&P->w[i], ",");
	i -= comma;
	const char *u = i >= 0 ? P->w[i].upos : NULL;
	if (!u)
		return 0;
	if (!comma && !strcmp(u, "PART") && syn_rel_is(&P->w[i], "case") &&
	    syn_word_in(&P->w[i], POSS_MARKS))
		return 1;
	return comma && (!strcmp(u, "ADJ") || !strcmp(u, "VERB")) &&
	       syn_rel_is(&P->w[i], "amod") && P->w[i].head == w->head;
}

/* wordclass77: 1 when word vw, hung as amod on a noun, stands right after a VERB that
 * governs that noun ("visited detained journalists", "include jailed publisher"): a verb's
 * object opens with its modifier, so the word is a participle before its noun, no deed. */
static int after_governor(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw], *p = vw > 0 ? &P->w[vw - 1] : NULL;
	return p && syn_upos_is(p, "VERB") && w->head &&
	       (int)P->w[w->head - 1].head == vw;
}

/* 1 when the event word only modifies a noun as an adjective ("pandemic-stricken New York",
 * "a ride-hailing startup", "war-torn Yemen"): an adjective (ADJ, or a hyphened word) hung
 * on a noun as amod reports no deed. A bare VERB read as amod is not enough: the parser
 * misreads finite verbs so ("yesterday denied charges"); only a VERB before its noun right
 * after a determiner or a preposition is (after_determiner: "of imprisoned publisher"). */
static int modifier_word(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "amod") || !w->head || !w->upos)
		return 0;
	const char *hu = P->w[w->head - 1].upos;
	if (!hu || (strcmp(hu, "NOUN") && strcmp(hu, "PROPN")))
		return 0;
	if (!strcmp(w->upos, "VERB") && (int)w->head - 1 > vw &&
	    (after_determiner(P, vw) || after_governor(P, vw)))
		return 1;
	return !strcmp(w->upos, "ADJ") || memchr(w->form, '-', w->len) != NULL;
}

/* word95: 1 when word vw, a VERB hung as amod on a noun after it, follows a determiner (or
 * a count or possessive on that noun: after_determiner): "this alleged Russian plot". A
 * pattern may end on that noun ("ALLEGED * &CRIME"); no finite verb stands between a
 * determiner and its noun, so no one alleges anything there (modifier_word when the
 * pattern ends on the verb itself). */
static int determined_participle(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "amod") || !w->head || (int)w->head - 1 <= vw || !w->upos ||
	    strcmp(w->upos, "VERB"))
		return 0;
	const char *hu = P->w[w->head - 1].upos;
	return hu && !strcmp(hu, "NOUN") && after_determiner(P, vw);
}

/* 1 when the slot's actor stands on the other side of a quote mark from word w. */
static int across_quote(coder_sent *S, const struct syntax_parse *P, const coder_slot *s, int w)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return 0;
	int h = syn_span_head(P, a->pos, a->end);
	return h >= 0 && quote_between(P, h, w);
}

/* 1 when the slot's actor is the subject of a speech verb other than vw, across a quote
 * mark from vw: the speaker of the quote vw is in ('"The arrests are unacceptable," the
 * spokesman told reporters'). */
static int quote_speaker_slot(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
			      int vw)
{
	if (!across_quote(S, P, s, vw))
		return 0;
	int h = syn_span_head(P, s->m[0].a->pos, s->m[0].a->end), rank;
	if (syn_tail_speaker(P, h, vw))
		return 1;   /* whatever the parse made of the tail (synquote.c) */
	for (int w = 0; w < P->nw; w++)
		if (w != vw && syn_speech_word(&P->w[w]) && syn_role_of(P, h, w, &rank) == R_SRC)
			return 1;
	return 0;
}

/* '"China does not trust Russia," he said', 'One of the authors told VOA that "the Chinese
 * ... are far from happy"': a speech verb whose own subject is no dictionary actor has that
 * subject (its noun phrase, OPEN_ACTORS, else none) as its source, not an actor the shallow
 * rules took from the other side of a quote mark. Returns 1 when *src was replaced. */
static int quoted_source(coder_sent *S, const struct syntax_parse *P, int sv, coder_slot *src)
{
	int k = syn_child_rel(P, sv, "nsubj");
	if (k < 0 || !syn_speech_word(&P->w[sv]) || !src->n || !across_quote(S, P, src, sv) ||
	    quote_between(P, k, sv))
		return 0;
	if (!syn_open_phrase(S, P, k, src))
		event_null_slot(S, src);
	S->syn_note = "rule: a speech verb's own subject is its source, not an actor of the quote";
	return 1;
}

/* '"China does not trust Russia," he said': TABARI's "he" after a quote is the sentence's
 * first actor, one of the quote, no more the speaker than a name in it would be: the source is
 * the previous sentence's subject when it fits the pronoun (context_quote_pronoun), else
 * none. si: the pronoun actor, *src its slot. */
static void quoted_pronoun(coder_sent *S, const struct syntax_parse *P, int sv, int si,
			   coder_slot *src)
{
	if (!S->a[si].pron_kind || !quoted_source(S, P, sv, src))
		return;
	const char *code = context_quote_pronoun(S, S->a[si].pos);
	if (!code)
		return;
	actors_make_slot(S, si, src);
	src->m[0].a = &S->a[si];
	src->m[0].code = code;
	src->n = 1;
	S->syn_note = "rule: a speaker pronoun after a quote is the previous sentence's subject, "
		      "not an actor of the quote";
}

/* 1 when word h lies in a clause that complements verb word v (its ccomp or xcomp, at any
 * depth below it): "demanded that [Beijing] remove them", "he said [China] must ...". */
static int in_complement(const struct syntax_parse *P, int h, int v)
{
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1;
		if (up == v)
			return syn_rel_base(&P->w[h], "ccomp") || syn_rel_base(&P->w[h], "xcomp");
		h = up;
	}
	return 0;
}

/* 'The government, which believed ..., demanded that Beijing remove them', 'he said China
 * must ...': a verb with a subject of its own that is no dictionary actor (a noun phrase, an
 * unresolved pronoun) has that subject as its source (OPEN_ACTORS, else none: the story may
 * name it), not an actor the shallow rules took from its complement clause, the other
 * clause's subject (actors13). Returns 1 when *src was replaced. */
static int complement_source(coder_sent *S, const struct syntax_parse *P, int sv,
			     coder_slot *src, int *moved)
{
	int k = syn_child_rel(P, sv, "nsubj");
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	if (k < 0 || syn_rel_is(&P->w[k], "nsubj:pass") || !a || a->pos < 0 || a->end >= S->nt ||
	    !in_complement(P, syn_span_head(P, a->pos, a->end), sv))
		return 0;
	/* an actor of the sentence's own list only: an open phrase's actor lives elsewhere */
	*moved = S->na > 0 && a >= S->a && a < S->a + S->na ? (int)(a - S->a) : -1;
	if (!syn_open_phrase(S, P, k, src))
		event_null_slot(S, src);
	S->syn_note = "rule: a verb's own subject is its source, not an actor of its complement";
	return 1;
}

/* 1 when the source slot's actor (role rs) is the side an active deed is done to, the head
 * or a modifier of the verb's "against", "with", "to", "on", "at" or "toward(s)" phrase
 * ("want to maintain economic relations with Beijing"): the shallow rules took it for want
 * of an actor before the verb. Not "from" (aid received from Y is Y's), not "by" (the doer),
 * not an actor inside another noun of the phrase ("on Thursday in Washington"). */
static int patient_source(coder_sent *S, const struct syntax_parse *P, int vw, enum role rs,
			  const coder_slot *src)
{
	static const char *const aimed[] = { "against", "with", "to", "on", "at", "toward",
					     "towards", NULL };
	if (rs != R_OBL || syn_passive_verb(P, vw) || !src->n)
		return 0;
	const coder_actor *a = src->m[0].a;
	if (a->pos < 0 || a->end >= S->nt)
		return 0;
	int h = syn_span_head(P, a->pos, a->end), rank;
	if (h < 0 || syn_role_of(P, h, vw, &rank) != R_OBL || rank == 1)
		return 0;
	h = syn_below(P, h, vw);
	int c = h >= 0 ? syn_case_of(P, h) : -1;
	return c >= 0 && syn_word_in(&P->w[c], aimed);
}

/* 1 when the source slot's actor lies in a clause of condition ("if", "unless") that does
 * not hold verb word vw: "If North Korea conducts a test, the U.S. is likely to respond with
 * threats to use force": the condition's party does the condition, not the deed it is
 * answered with (roles28). Not for targets: the party a conditional statement is about is
 * its target ("will respond positively if the United States lifts the freeze", cond14).
 * Not "before"/"after" clauses: a misparse often hangs the main verb under them. */
static int condition_source(coder_sent *S, const struct syntax_parse *P, int vw,
			    const coder_slot *s)
{
	int h;
	if (!syn_slot_actor(S, P, s, &h))
		return 0;
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		if (h == vw)
			return 0;   /* inside vw's own phrase or clause */
		if (syn_rel_is(&P->w[h], "advcl") && syn_child_word(P, h, "mark", COND_WORDS)) {
			for (int u = vw, k = 0; u >= 0 && k < P->nw; k++, u = (int)P->w[u].head - 1)
				if (u == h)
					return 0;   /* vw is in that clause too */
			return 1;
		}
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* The verb of the reported clause that holds deed word vw under reporting verb rv: the first
 * word up from vw (vw itself, the verb a deed noun is the object of, a complement's host) that
 * has a subject of its own ("said [the group] was making bombs to carry out attacks": making);
 * vw when none has before rv. */
static int reported_clause(const struct syntax_parse *P, int vw, int rv)
{
	for (int c = vw, steps = 0; c >= 0 && c != rv && steps < P->nw; steps++) {
		if (syn_child_rel(P, c, "nsubj") >= 0 || syn_child_rel(P, c, "nsubj:pass") >= 0)
			return c;
		c = (int)P->w[c].head - 1;
	}
	return vw;
}

/* The source of a deed reported in the clause of verb rc, for a deed word whose subject verb
 * is sv: none when rc is sv (the deed's own subject stands in), else rc's subject, the doer
 * of the deed its clause holds ("the group" of "said the group was making bombs to carry out
 * attacks"), as an open actor (OPEN_ACTORS) or none: never the speaker. */
static void reported_doer(coder_sent *S, const struct syntax_parse *P, int rc, int sv,
			  coder_slot *src)
{
	src->n = 0;
	if (rc == sv)
		return;
	int k = syn_child_rel(P, rc, "nsubj");
	if (k < 0 || !syn_open_phrase(S, P, k, src))
		event_null_slot(S, src);
	S->syn_note = "rule: a reported deed's doer is its clause's subject, not the speaker";
}

/* The reporting verb of deed word vw: reporting_verb's (rv), else, for a deed noun in an
 * oblique of the reported clause ("said 21 passengers died in the attack by the BLA"), the
 * verb whose complement (ccomp) holds it, a bounded climb; -1: none. */
static int reporting_host(const struct syntax_parse *P, int vw, int rv)
{
	if (rv >= 0)
		return rv;
	for (int c = vw, hops = 0; c >= 0 && P->w[c].head && hops < 6; hops++) {
		int h = (int)P->w[c].head - 1;
		if (syn_rel_is(&P->w[c], "ccomp"))
			return syn_is_verb(&P->w[h]) ? h : -1;
		/* "said [21 passengers] died": the clause's subject misparsed as the speech verb's
		 * object, its verb an acl of it */
		int g = P->w[h].head ? (int)P->w[h].head - 1 : -1;
		if (syn_rel_is(&P->w[c], "acl") && syn_is_verb(&P->w[c]) && h < c && g >= 0 &&
		    syn_rel_is(&P->w[h], "obj") && syn_speech_word(&P->w[g]))
			return g;
		c = h;
	}
	return -1;
}

/* 1 when slot s is the speaker of the deed at vw that speech verb hv reports: hv's subject,
 * not a phrase before the comma of a trailing attribution that the parse made hv's subject
 * ("will support the Philippine Plan ..., Rep. Nograles said": the plan is the target). */
static int reported_speaker(coder_sent *S, const struct syntax_parse *P, int vw, int hv,
			    const coder_slot *s)
{
	if (hv < 0 || !syn_speech_word(&P->w[hv]) || !syn_slot_speaks(S, P, hv, s))
		return 0;
	int w = s->pos >= 0 && s->pos < S->nt ? P->tok2w[s->pos] : -1;
	for (int i = w + 1; w > vw && i < hv; i++)
		if (syn_upos_is(&P->w[i], "PUNCT"))
			return 0;
	return 1;
}

/* 1 when slot s is bound to an actor inside an "according to" phrase: the report's source,
 * whom rechoose_source and rechoose_target keep when the parse offers no other side. */
static int attributed(coder_sent *S, const struct syntax_parse *P, const coder_slot *s)
{
	int h;
	return s->n && syn_slot_actor(S, P, s, &h) && h >= 0 && syn_attribution(P, h);
}

/* orders118: 1 when slot s, the target of verb word vw, is a second passive subject of vw
 * right after a plan's misread infinitive (syn_plan_to_noun): "A proposal to sanction Israel
 * was rejected" (the parse: "proposal" and "Israel" both nsubj:pass of "rejected") names
 * Israel as the plan's aim, no side of the rejection. */
static int plan_aim_target(coder_sent *S, const struct syntax_parse *P, int vw,
			   const coder_slot *s)
{
	int h;
	if (!s->n || !syn_slot_actor(S, P, s, &h) || h < 3 || !syn_rel_is(&P->w[h], "nsubj:pass") ||
	    (int)P->w[h].head - 1 != vw)
		return 0;
	for (int c = h - 1; c >= 2 && c >= h - 3; c--)
		if (syn_plan_to_noun(P, c))
			return 1;
	return 0;
}

static int name_head(const struct syntax_parse *P, int x, int h);

/* orders118: 1 when verb word vw is a passive verb of command ("order", "command", "direct",
 * "instruct") with a "to" clause and no "by" phrase, whose own pattern coded the deed
 * commanded, not a demand or appeal (10, 02) or a statement (01): "The army was ordered to
 * attack the rebels" (190) tells of the army's deed on the rebels, not of a deed on the army.
 * The ones commanded (the passive subject) become the source, the object of the "to" clause
 * the target (none when it holds no side); with a "by" phrase the source found stays and only
 * the target moves. Left alone: "was told that ...", "were told to leave" (a demand on them). */
static int ordered_doer(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			coder_slot *src, coder_slot *tgt)
{
	static const char *const to[] = { "to", NULL };
	int r = code_root(a);
	if (!a || r == 1 || r == 2 || r == 10 || !syn_word_in(&P->w[vw], COMMAND_VERBS) ||
	    !syn_passive_verb(P, vw))
		return 0;
	int p = syn_child_rel(P, vw, "nsubj:pass"), x = syn_child_rel(P, vw, "xcomp");
	if (p < 0 || x < 0 || !syn_child_word(P, x, "mark", to))
		return 0;
	coder_slot who = { .n = 0 }, on = { .n = 0 };
	int k = -1;
	for (int i = 0; k < 0 && i < S->na; i++) {   /* "Ugandan troops": Uganda's, amod */
		const coder_actor *c = &S->a[i];
		if (c->pos >= 0 && sent_live(S, c->pos) && c->end < S->nt &&
		    name_head(P, p, syn_span_head(P, c->pos, c->end)))
			k = i;
	}
	if (k >= 0)
		actors_make_slot(S, k, &who);
	else if (!syn_open_phrase(S, P, p, &who))
		return 0;
	int o = syn_child_rel(P, x, "obj");
	if (o >= 0 && (k = actor_headed(S, P, o)) >= 0)
		actors_make_slot(S, k, &on);
	else if (o >= 0)
		syn_open_phrase(S, P, o, &on);
	if (syn_by_phrase(P, vw) < 0)
		*src = who;
	*tgt = on;
	S->syn_note = "rule: the ones ordered to do a deed are its doers, not its target";
	return 1;
}

/* passive63: 1 when slot s, the source of passive verb vw with no "by" phrase, is an actor
 * inside an "under" phrase after vw: the deal or law the deed was done under ("were told to
 * leave under a deal with Uganda", "stands accused under a Chinese-imposed law") names no
 * doer. */
static int framework_doer(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *s)
{
	int h;
	return s->n && syn_passive_verb(P, vw) && syn_by_phrase(P, vw) < 0 &&
	       syn_slot_actor(S, P, s, &h) && h > vw && syn_in_phrase_of(P, h, "under");
}

/* 1 when actor k, put aside as the source of an appeal or demand (02, 10) at verb vw by
 * complement_source, heads the subject of vw's own complement clause: "The government, which
 * believed ..., demanded that Beijing remove them" asks Beijing, who is then its target. */
static int asked_subject(coder_sent *S, const struct syntax_parse *P, int vw, int k,
			 const char *a)
{
	const coder_actor *x = &S->a[k];
	if (!a || !((a[0] == '0' && a[1] == '2') || (a[0] == '1' && a[1] == '0')) ||
	    x->pos < 0 || x->end >= S->nt)
		return 0;
	int h = syn_span_head(P, x->pos, x->end);
	if (h < 0 || !syn_rel_is(&P->w[h], "nsubj"))
		return 0;
	int c = (int)P->w[h].head - 1;
	return c >= 0 && (int)P->w[c].head - 1 == vw && syn_rel_base(&P->w[c], "ccomp");
}

/* opener52: 1 when the shallow source src lies in an opening -ing clause of verb word sv
 * that has no subject of its own, a comma before sv's own noun subject ("Speaking to reporters
 * in Beijing, the spokesman criticized Japan": the reporters, who only heard him). The
 * opener's doer is the main subject: src becomes its open phrase ("the spokesman"), else
 * none; the reporters are never the source. */
static int opener_source(coder_sent *S, const struct syntax_parse *P, int sv, coder_slot *src)
{
	int h, own = syn_child_rel(P, sv, "nsubj");
	if (own < 0 || !P->w[own].upos || !strcmp(P->w[own].upos, "PRON") ||
	    !syn_slot_actor(S, P, src, &h) || h < 0 || h >= own)
		return 0;
	int pw = syn_below(P, h, sv), comma = 0;
	if (pw < 0 || pw >= own || !syn_ends_ing(&P->w[pw]) || !syn_rel_is(&P->w[pw], "advcl") ||
	    syn_child_rel(P, pw, "nsubj") >= 0)
		return 0;
	for (int i = h + 1; i < own; i++)
		comma |= syn_word_is(&P->w[i], ",");
	if (!comma)
		return 0;
	if (!syn_open_phrase(S, P, own, src))
		src->n = 0;
	S->syn_note = "rule: an opening participle's own words are not its doer: the main "
		      "subject is";
	return 1;
}

/* source78: 1 when verb word vw is a participle in -ing with no subject of its own whose
 * source slot's actor lies inside its own object or complement ("seeks to stop police from
 * deporting refugees, alleging the deportations violate Kenyan law": not Kenya): the
 * participle's doer is a subject up the clauses it hangs on, never a word of what it says or
 * does. *src becomes the nearest such subject (an open phrase) or the null actor. */
static int own_object_source(coder_sent *S, const struct syntax_parse *P, int vw,
			     coder_slot *src)
{
	static const char *const inner[] = { "obj", "ccomp", NULL };
	int h;
	if (!syn_ends_ing(&P->w[vw]) || syn_child_rel(P, vw, "nsubj") >= 0 ||
	    syn_child_rel(P, vw, "nsubj:pass") >= 0 || !syn_slot_actor(S, P, src, &h) ||
	    h < 0 || h == vw)
		return 0;
	int c = syn_below(P, h, vw);
	if (c < 0 || !syn_rel_base_in(&P->w[c], inner))
		return 0;
	int k = -1;
	for (int u = vw, hops = 0; k < 0 && hops < 4 && P->w[u].head; hops++) {
		u = (int)P->w[u].head - 1;
		k = syn_child_rel(P, u, "nsubj");
	}
	if (k < 0 || !syn_open_phrase(S, P, k, src))
		event_null_slot(S, src);
	S->syn_note = "rule: a subject-less participle's doer is not an actor of its own object "
		      "or complement";
	return 1;
}

/* coordsrc123: 1 when verb word vw is a conjunct with no subject of its own sharing that of an
 * earlier verb (syn_subject_conjunct: "Soldiers stopped a journalist in Kenya and beat him"),
 * or a subject-less "before"/"after" -ing clause on one ("... before beating him"), while the
 * source slot's word (an actor's head, a bound pronoun) lies in that verb's clause but not in
 * its subject (its object, a phrase of it, vw's own words): the doer of both verbs is the
 * first one's subject, never its object. *src becomes that subject as an open phrase
 * ("Soldiers": ~MIL), else the null actor (an unresolved "they": the story may name it). */
static int conjunct_object_source(coder_sent *S, const struct syntax_parse *P, int vw,
				  coder_slot *src)
{
	static const char *const time_marks[] = { "before", "after", NULL };
	int h = -1, c = syn_subject_conjunct(P, vw), joined = 0;
	/* "stopped a journalist before beating him": a subject-less -ing clause of time on an
	 * active verb with a subject shares that subject as a conjunct does */
	if (c < 0 && syn_rel_is(&P->w[vw], "advcl") && syn_ends_ing(&P->w[vw]) && P->w[vw].head &&
	    syn_child_word(P, vw, "mark", time_marks) && syn_child_rel(P, vw, "nsubj") < 0 &&
	    syn_child_rel(P, (int)P->w[vw].head - 1, "nsubj") >= 0 &&
	    !syn_passive_verb(P, (int)P->w[vw].head - 1)) {
		c = (int)P->w[vw].head - 1;
		joined = 1;
	}
	/* a coordination the text marks ("and", "but", a comma), not a misparse's bare conj
	 * ("a convoy belonging to the Nato mission ... has killed") */
	for (int i = c >= 0 && !joined ? c + 1 : P->nw; i < vw; i++)
		joined |= (int)P->w[i].head - 1 == vw && (syn_rel_is(&P->w[i], "cc") ||
							  syn_word_is(&P->w[i], ","));
	if (!joined)
		return 0;
	/* the slot's own word: an actor's head, or a pronoun bound to one ("beat him") */
	if (c >= 0 && src->n && src->pos >= 0 && src->pos < S->nt &&
	    S->t[src->pos].type == TY_PRON)
		h = P->tok2w[src->pos];
	else if (c >= 0)
		syn_slot_actor(S, P, src, &h);
	if (h < 0)
		return 0;
	int k = syn_child_rel(P, c, "nsubj"), b = syn_below(P, h, c);
	if (k < 0 || b < 0 || b == k || h == c)
		return 0;
	if (!syn_open_phrase(S, P, k, src))
		event_null_slot(S, src);
	S->syn_note = "rule: a coordinated verb's doer is the first verb's subject, not its object";
	return 1;
}

/* undone91: 1 when the deed of reported clause rc, said with a future auxiliary, is the
 * speaker's own all the same: its subject names no side (an actor of the dictionary, or an
 * open phrase with an agent's code: "said the rebels will release the prisoners" is the
 * rebels' deed to come, never the speaker's promise), as "said the duties would take
 * effect" (the speaker's own measure) or "told VOA the group would attack" (its own group,
 * an anaphor the open phrases leave out). */
static int speaker_future(coder_sent *S, const struct syntax_parse *P, int rc)
{
	if (syn_future_verb(P, rc) < 0)
		return 0;
	int k = syn_child_rel(P, rc, "nsubj");
	coder_slot side;
	side.n = 0;
	if (k < 0 || syn_actor_with_role(S, P, rc, R_SRC, NULL) >= 0)
		return k < 0;
	return !syn_open_phrase(S, P, k, &side) || !side.n || !strcmp(side.m[0].code, "---");
}

/* The source the parse chooses when it does not confirm the shallow one (rs): the actor
 * that is the subject of sv (else of vw); none for a place or the side the deed is done to
 * (then rechoose_target's); none for the speaker of a deed reported by rv (the deed's own
 * subject stands in: OPEN_ACTORS). *moved: the actor complement_source put aside, if any. */
static void rechoose_source(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			    int rv, enum role rs, coder_slot *src, int *moved)
{
	int si = syn_actor_with_role(S, P, sv, R_SRC, NULL);
	if (si < 0 && (sv == vw || (si = syn_actor_with_role(S, P, vw, R_SRC, NULL)) < 0))
		si = syn_appos_actor(S, P, sv, R_SRC, NULL);   /* "X, Iran's minister, said" */
	if (si >= 0) {
		actors_make_slot(S, si, src);
		if (sv == vw)
			quoted_pronoun(S, P, sv, si, src);
	} else if (sv == vw && quoted_source(S, P, sv, src))
		;
	else if (sv == vw && complement_source(S, P, sv, src, moved))
		;
	else if (rs == R_LOC || patient_source(S, P, vw, rs, src))
		src->n = 0;   /* "relations with Beijing": the target's side */
	/* "Pakistan said militants attacked": the speaker is not the one who acted */
	else if (rv >= 0 && reported_deed(P, reported_clause(P, sv, rv)) &&
		 !speaker_future(S, P, reported_clause(P, sv, rv)) &&
		 syn_slot_speaks(S, P, rv, src))
		reported_doer(S, P, reported_clause(P, sv, rv), sv, src);
	else if (opener_source(S, P, sv, src))
		;
	else if (own_object_source(S, P, vw, src))
		;
	else if (conjunct_object_source(S, P, vw, src))
		;
	else if (condition_source(S, P, vw, src)) {
		src->n = 0;   /* "If X tests a missile, Y is likely to threaten to use force" */
		S->syn_note = "rule: the subject of an 'if' clause is not the source of the deed "
			      "that answers it";
	}
}

/* The verb word coordinated right after verb word vw that shares its object ("killed and
 * wounded dozens of fighters", "condemned and rejected India's decision": vw has no object,
 * complement or subject-less conjunct between; only "and"/"or" and adverbs between the two,
 * the second with no subject of its own); -1: none. */
static int shared_object_verb(const struct syntax_parse *P, int vw)
{
	if (syn_child_rel(P, vw, "obj") >= 0 || syn_child_rel(P, vw, "ccomp") >= 0 ||
	    syn_child_rel(P, vw, "xcomp") >= 0)
		return -1;
	for (int c = vw + 1; c < P->nw && c <= vw + 3; c++) {
		const khaldun_parse_token *w = &P->w[c];
		if ((int)w->head == vw + 1 && syn_rel_is(w, "conj"))
			return syn_is_verb(w) && syn_child_rel(P, c, "nsubj") < 0 &&
			       syn_child_rel(P, c, "obj") >= 0 ? c : -1;
		if (!(syn_rel_is(w, "cc") || syn_rel_is(w, "advmod")))
			return -1;
	}
	return -1;
}

/* 1 when the slot's actor is in a "to" or "from" phrase: where someone was sent or came
 * from ("deported 173 women to Turkey", "expelled from Kenya"), not whom. */
static int way_slot(coder_sent *S, const struct syntax_parse *P, const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return 0;
	int h = syn_span_head(P, a->pos, a->end);
	int c = h >= 0 ? syn_case_of(P, h) : -1;
	return c >= 0 && (syn_word_is(&P->w[c], "to") || syn_word_is(&P->w[c], "from"));
}

/* 1 when code a is hostile, verbal or material (11-13, 15, 17, 20): a deed aimed at a side
 * (force of 18-19 is force_on's). */
static int hostile(const char *a)
{
	if (!a || (a[0] != '1' && a[0] != '2'))
		return 0;
	return a[0] == '2' ? a[1] == '0' : strchr("12357", a[1]) != NULL && a[1];
}

/* The verb that holds the "at" phrase of vw's deed: vw, or the last verb coordinated after
 * it with no subject of its own, on which the parse hangs a phrase that ends the list
 * ("fired tear gas, rubber bullets, and stun grenades at demonstrators": "stun" read as a
 * verb; "fired rockets and launched drones at towns"); -1: no such conjunct (k > 0). */
static int at_host(const struct syntax_parse *P, int vw, int k)
{
	if (k == 0)
		return vw;
	int last = -1;
	for (int c = vw + 1; c < P->nw; c++)
		if ((int)P->w[c].head == vw + 1 && syn_rel_is(&P->w[c], "conj") &&
		    syn_is_verb(&P->w[c]) && syn_child_rel(P, c, "nsubj") < 0 &&
		    syn_child_rel(P, c, "nsubj:pass") < 0)
			last = c;
	return last;
}

/* 1 when code a is force used on someone (175, 18-20): a deed whose object may be the
 * weapon or means, aimed at the people of a phrase on it. */
static int force_on(const char *a)
{
	return a && (a[0] == '2' || (a[0] == '1' && (a[1] == '8' || a[1] == '9')) ||
		     !strncmp(a, "175", 3));
}

/* The head of the "at" phrase the parse hung on the object of verb v, not on v, under which
 * actor word h lies ("fired water cannon at Venezuelan demonstrators": "demonstrators", of
 * "cannon"), when the deed a is force (175, 18-20) and the object names no actor: a weapon
 * fired at people; 0: none. */
static int instrument_at(coder_sent *S, const struct syntax_parse *P, int h, int v,
			 const char *a)
{
	if (!force_on(a))
		return 0;
	int o = syn_below(P, h, v);
	if (o < 0 || o == h || !syn_rel_is(&P->w[o], "obj") || actor_headed(S, P, o) >= 0)
		return 0;
	int x = syn_below(P, h, o);
	return x >= 0 && syn_rel_is(&P->w[x], "nmod") ? x : 0;
}

/* The actor a hostile deed or force is aimed at with "at" ("fired tear gas at Palestinian
 * demonstrators", "lashed out at critics", "fired drones at an Israeli military base"): the
 * "at" phrase of the verb (or of its last subject-less conjunct, at_host) headed by a common
 * noun (people, or a thing the actor owns), not a place or a venue ("at the Qahira Hotel",
 * "at a meeting", "fired missiles at Odesa"); -1: none. */
static int aimed_at(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		    const coder_slot *src)
{
	if (!hostile(a) && !force_on(a))
		return -1;
	for (int j = 0; j < 2; j++) {
		int v = at_host(P, vw, j);
		for (int k = 0; v >= 0 && k < S->na; k++) {
			int h = syn_live_head(S, P, k), rank;
			if (h < 0)
				continue;
			if (syn_role_of(P, h, v, &rank) == R_LOC)
				h = syn_below(P, h, v);   /* the phrase's head: "demonstrators" */
			else if (!(h = instrument_at(S, P, h, v, a)))
				continue;
			int c = h >= 0 ? syn_case_of(P, h) : -1;
			if (c >= 0 && syn_word_is(&P->w[c], "at") && P->w[h].upos &&
			    !strcmp(P->w[h].upos, "NOUN") && syn_actor_apart(S, k, src))
				return k;
		}
	}
	return -1;
}

/* The common-noun phrase force a (force_on) at verb vw is aimed at when its object is the
 * means, no actor: an "at", "against" or "on" phrase hung on the object or on one of its
 * conjuncts ("used batons and tear gas against hundreds of protesters": the parse hangs
 * the phrase on "batons", and the pattern, which matched "batons", leaves no object after
 * it), else on the verb after the object, or the object of a "to" clause of driving people
 * off ("used rubber bullets to disperse the protesters"); for a claim of responsibility
 * (015), the phrase on the deed claimed. -1: none. Its head is a common noun, never a name
 * (a place or a venue: "fired rockets at Kyiv", "at the Qahira Hotel"). */
static int aimed_phrase(coder_sent *S, const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const aim[] = { "at", "against", "on", NULL };
	/* verbs that drive people off or hold them back: what the force was used on */
	static const char *const repel[] = { "dispers", "scatter", "break", "push", "drive",
					     "repel", "quell", "subdu", "stop", "block", "evict",
					     "suppress", "crush", "chase", NULL };
	static const char *const fr[] = { "for", NULL };
	int o = syn_child_rel(P, vw, "obj");
	/* "claimed responsibility for a mortar and rocket attack on the government's bases": a
	 * claim (015) is aimed where the deed it claims was, the phrase on that deed */
	int claim = a && !strcmp(a, "015") && o >= 0;
	if (claim) {
		int d = -1;
		for (int i = o + 1; i < P->nw && d < 0; i++)
			if ((int)P->w[i].head == o + 1 && syn_rel_is(&P->w[i], "nmod") &&
			    syn_case_of(P, i) >= 0 && syn_word_in(&P->w[syn_case_of(P, i)], fr))
				d = i;
		o = d;
	}
	if ((!claim && !force_on(a)) || o < 0 || actor_headed(S, P, o) >= 0 || !P->w[o].upos ||
	    strcmp(P->w[o].upos, "NOUN"))
		return -1;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		int up = (int)w->head - 1, c = syn_case_of(P, i);
		/* "fired tear gas to disperse the protesters": the purpose clause's object */
		if (!claim && up >= 0 && (int)P->w[up].head - 1 == vw && syn_rel_is(w, "obj") &&
		    (syn_rel_is(&P->w[up], "advcl") || syn_rel_is(&P->w[up], "xcomp")) &&
		    syn_stem_in(&P->w[up], repel) && up > 0 && syn_word_is(&P->w[up - 1], "to") &&
		    syn_upos_is(w, "NOUN"))
			return i;
		int on_obj = up == o || (up >= 0 && syn_rel_is(&P->w[up], "conj") &&
					 (int)P->w[up].head - 1 == o);
		if (c < 0 || !syn_word_in(&P->w[c], aim) || !syn_upos_is(w, "NOUN"))
			continue;
		if ((on_obj && syn_rel_base(w, "nmod")) ||
		    (!claim && up == vw && i > o && syn_rel_base(w, "obl")))
			return i;
	}
	return -1;
}

static int phrase_tokens(coder_sent *S, const struct syntax_parse *P, int np, int h, int vw,
			 int actor, int *fp, int *tp);
static int clause_verb(const struct syntax_parse *P, int i);

int syntax_aimed_span(coder_sent *S, int v, const char *a, int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[v]);
	int x = aimed_phrase(S, P, vw, a);
	return x >= 0 && phrase_tokens(S, P, x, x, vw, 0, from, to);
}

/* The "to help/assist/aid/support/benefit" clause of a cooperative act or appeal (02, 03,
 * 05-08) at verb vw, on the verb or on the verb a deed noun hangs on ("euros in aid to help
 * Haiti"); -1: none. */
static int help_clause(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const help[] = { "help", "assist", "aid", "support", "benefit", NULL };
	static const char *const to[] = { "to", NULL };
	if (!a || a[0] != '0' || a[1] < '2' || a[1] > '8' || a[1] == '4')
		return -1;
	const khaldun_parse_token *v = &P->w[vw];
	int up = syn_upos_is(v, "NOUN") && v->head ? (int)v->head : vw + 1;
	for (int c = vw + 1; c < P->nw; c++) {
		const khaldun_parse_token *w = &P->w[c];
		if (((int)w->head == vw + 1 || (int)w->head == up) &&
		    (syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp")) && syn_word_in(w, help) &&
		    syn_word_in(&P->w[c - 1], to) && syn_rel_is(&P->w[c - 1], "mark"))
			return c;
	}
	return -1;
}

/* The actor a cooperative act or appeal is for, named as the object of its help clause
 * ("earmarked 1.5 million euros in emergency aid to help Haiti cope", "reiterated its
 * commitment to support the Nigeria Police"); -1: none. */
static int helped(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		  const coder_slot *src)
{
	int c = help_clause(P, vw, a);
	return c < 0 ? -1 : syn_actor_with_role(S, P, c, R_TGT, src);
}

/* 1 when word h has a child of relation rel whose case word is one of words. */
static int cased_child(const struct syntax_parse *P, int h, const char *rel,
		       const char *const *words)
{
	for (int i = 0; h >= 0 && i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], rel) &&
		    syn_case_of(P, i) >= 0 && syn_word_in(&P->w[syn_case_of(P, i)], words))
			return 1;
	return 0;
}

/* 1 when the bare aid of verb vw (code a, the root's own 070: no aid noun matched), a verb of
 * giving or helping, is given to no one: no indirect object, no "to"/"for"/"with" phrase on
 * the verb or its object, no actor in its object or an oblique ("the eggs that Cameroon
 * needs", read as an oblique), no deed helped ("helped establish", "helped Ukraine
 * rebuild") and no "to help" clause. CAMEO's aid is an act toward a recipient: "the
 * government must provide a public defender", "to supply the local market", "assist in the
 * fight against diabetes" tell of a service, a trade or a task, no aid. A verb the parse
 * hangs on a noun as an adjective ("donors provided support", read as "provided support")
 * is left alone. */
static int unaddressed_aid(coder_sent *S, const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const giving[] = { "provid", "suppl", "deliver", "dispatch", "donat",
					      "grant", "contribut", "allocat", "ship", "fund",
					      "financ", "help", "assist", NULL };
	static const char *const to[] = { "to", "toward", "towards", "for", "with", NULL };
	const khaldun_parse_token *v = &P->w[vw];
	if (!a || strcmp(a, "070") || !syn_upos_is(v, "VERB") ||
	    syn_rel_is(v, "amod") || !syn_stem_in(v, giving))
		return 0;
	int o = syn_child_rel(P, vw, "obj");
	if (syn_child_rel(P, vw, "iobj") >= 0 || syn_child_rel(P, vw, "xcomp") >= 0 ||
	    syn_child_rel(P, vw, "ccomp") >= 0 || help_clause(P, vw, a) >= 0 ||
	    cased_child(P, vw, "obl", to) || cased_child(P, o, "nmod", to))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 &&
		    (syn_rel_is(&P->w[i], "obj") || syn_rel_base(&P->w[i], "obl")) &&
		    syn_actor_under(S, P, i, -1) >= 0)
			return 0;
	return 1;
}

static int pattern_word(coder_sent *S, const struct syntax_parse *P, int w, int verb, int tail);

/* 1 when actor k is a possessive pronoun on the noun the pattern of the verb at token v
 * matched ("used [its] veto", "lifted [its] blockade"): the deed's own noun belongs to
 * its doer, so the pronoun names the source, never the side acted on, whatever actor
 * the shallow rules bound it to ("Blinken said Hungary had used its veto": not Blinken). */
static int deed_owner(coder_sent *S, const struct syntax_parse *P, int k, int v, int tail)
{
	const coder_actor *a = &S->a[k];
	if (a->pos < 0 || a->pos >= S->nt || S->t[a->pos].type != TY_PRON)
		return 0;
	int w = P->tok2w[a->pos];
	return w >= 0 && syn_rel_is(&P->w[w], "nmod:poss") && P->w[w].head &&
	       pattern_word(S, P, (int)P->w[w].head - 1, v, tail);
}

/* The live actor heading the phrase headed by word x, else one inside it but not in a
 * locative phrase of it, other than the source; -1: none. */
static int phrase_actor(coder_sent *S, const struct syntax_parse *P, int x,
			const coder_slot *src)
{
	int best = -1, best_rank = 9;
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k), rank = h == x ? 0 : 1;
		if (h < 0 || rank >= best_rank || (h != x && syn_below(P, h, x) < 0) ||
		    syn_inside_locative(P, h, x) || !syn_actor_apart(S, k, src))
			continue;
		best = k;
		best_rank = rank;
	}
	return best;
}

/* target59: 1 when object o of a verb of force is the weapon sent, no side: a word that
 * is no agent and heads no actor ("fired missiles at Kyiv"), so that the "at" phrase,
 * a place too, is where the force lands; not a person or a side shot there ("shot a
 * journalist at Kabul airport"). */
static int weapon_object(coder_sent *S, const struct syntax_parse *P, int o)
{
	return o >= 0 && syn_upos_is(&P->w[o], "NOUN") &&
	       !syn_agent_word(S, P, o) && actor_headed(S, P, o) < 0;
}

/* The side verb vw is aimed at, named by a phrase the verb or its pattern makes its own, not
 * a place (issue 12), as an actor index; -1: none. Either the matched pattern's own last
 * word d is the preposition of a phrase on the verb or on a noun under it ("lashed out at
 * Iran": LASH_'s "*_OUT_AT"; "took aim at NATO", whose "at" the parse hangs on "aim"), or
 * a verb that sends or turns a thing at someone, in a hostile deed a (not "launched the
 * report at Geneva", a venue), has an "at" or "toward(s)" phrase on itself or on its object
 * ("hurled accusations at India", "launched drones at Russia"). */
static int aimed_phrase_actor(coder_sent *S, const struct syntax_parse *P, int vw, int d,
			      const char *a, const coder_slot *src)
{
	static const char *const to[] = { "at", "toward", "towards", NULL };
	if (d != vw && syn_rel_is(&P->w[d], "case") && P->w[d].head) {
		int x = (int)P->w[d].head - 1;
		if (x != vw && syn_below(P, x, vw) >= 0 && (syn_rel_base(&P->w[x], "obl") ||
							    syn_rel_base(&P->w[x], "nmod")))
			return phrase_actor(S, P, x, src);
	}
	int o = syn_child_rel(P, vw, "obj");
	if (!(hostile(a) || (force_on(a) && weapon_object(S, P, o))) ||
	    !syn_sender_verb(&P->w[vw]))
		return -1;
	for (int x = vw + 1; x < P->nw; x++) {
		int up = (int)P->w[x].head - 1, c = syn_case_of(P, x);
		if (c >= 0 && syn_word_in(&P->w[c], to) &&
		    ((up == vw && syn_rel_base(&P->w[x], "obl")) ||
		     (up == o && o >= 0 && syn_rel_base(&P->w[x], "nmod"))))
			return phrase_actor(S, P, x, src);
	}
	return -1;
}

/* shloc53: the object of verb vw that is where the deed is, "outside", "near" or "inside"
 * parsed as the verb's modifier right before it ("rallied outside parliament in Tbilisi
 * against the government": parliament), else -1; an "against" phrase hung on it is the
 * verb's (protested_against). */
static int placed_object(const struct syntax_parse *P, int vw)
{
	static const char *const where[] = { "outside", "near", "inside", NULL };
	int o = syn_child_rel(P, vw, "obj");
	if (o < 1 || !syn_rel_is(&P->w[o - 1], "advmod") || (int)P->w[o - 1].head - 1 != vw ||
	    !syn_word_in(&P->w[o - 1], where))
		return -1;
	return o;
}

/* against52: a protest (14) is made against the side of the verb's own "against" phrase, a
 * clash (145) with the side of its "with" phrase, wherever a locative phrase stands before
 * it ("protested in Dhaka against the government", "clashed in Nairobi with police"): that
 * phrase's actor, else its agent phrase given as an open actor; the place is the venue.
 * Returns 1 when *tgt changed. */
static int protested_against(coder_sent *S, const struct syntax_parse *P, int vw,
			     const char *a, const coder_slot *src, coder_slot *tgt)
{
	static const char *const against[] = { "against", NULL };
	static const char *const clash[] = { "against", "with", NULL };
	if (!protest(a))
		return 0;
	int o = placed_object(P, vw);
	for (int x = vw + 1; x < P->nw; x++) {
		int c = syn_case_of(P, x), up = (int)P->w[x].head - 1;
		if (!((up == vw && syn_rel_base(&P->w[x], "obl")) ||
		      (up == o && o >= 0 && syn_rel_base(&P->w[x], "nmod"))) || c < 0 ||
		    !syn_word_in(&P->w[c], strncmp(a, "145", 3) ? against : clash))
			continue;
		int k = phrase_actor(S, P, x, src);
		coder_slot y;
		if (k >= 0)
			actors_make_slot(S, k, &y);
		else if (!syn_agent_word(S, P, x) || !syn_open_phrase(S, P, x, &y) ||
			 !strcmp(y.m[0].code, "---"))
			return 0;
		*tgt = y;
		S->syn_note = "rule: a protest is aimed at its 'against' phrase, not the place";
		return 1;
	}
	return 0;
}

/* acl51: 1 when slot s is a dictionary actor inside a clause that modifies the object o of
 * the verb ("arrested a man accused of spying for China", "a man who spied for Iran"): the
 * clause tells what the object did, and its actors are not the side acted on. Not a clause
 * of employment, whose actor is the object's own side ("expelled workers employed by the
 * UNHCR": the UN's staff). */
static int in_object_clause(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
			    int o)
{
	static const char *const member[] = { "employ", "hire", "work", "serve", "belong",
					      "affiliate", "attach", "contract", "staff", NULL };
	int h;
	if (o < 0 || !syn_slot_actor(S, P, s, &h))
		return 0;
	for (int steps = 0; h >= 0 && h != o && steps < P->nw; steps++) {
		if (syn_rel_base(&P->w[h], "acl") && syn_on_path(P, o, h, -1))
			return !syn_stem_in(&P->w[h], member);
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* objposs51: the owner of a plan the verb acts on ("blocked [the government's] plan to deploy
 * police to Haiti", "rejected Uganda's proposal to build a dam"): the object is a noun of
 * intent or decision with a possessor, and the words of its own infinitive or relative
 * clause tell what the owner means to do, not whom the verb's deed is aimed at. Sets o to
 * that noun and returns the possessor word; -1 when the object is no such noun. */
static int plan_possessor(const struct syntax_parse *P, int vw, int *o)
{
	static const char *const plan[] = { "plan", "plans", "decision", "decisions",
					    "proposal", "proposals", "policy", "policies",
					    "move", "bid", "offer", "demand", "demands", "call",
					    "calls", "claims", "remarks", "warnings", "request",
					    "attempt", "order", "decree", NULL };
	*o = syn_child_rel(P, vw, "obj");
	if (*o < 0 || !syn_word_in(&P->w[*o], plan))
		return -1;
	return syn_child_rel(P, *o, "nmod:poss");
}

/* objposs51: 1 when word x lies in a clause on noun o ("the decision [to ban the party]"). */
static int in_noun_clause(const struct syntax_parse *P, int x, int o)
{
	int c = x >= 0 && o >= 0 ? syn_below(P, x, o) : -1;
	return c >= 0 && syn_rel_base(&P->w[c], "acl");
}

/* objposs51: a pattern whose last word d lies in the plan's own clause ("suspended the
 * government's decision to ban the opposition party": the ban's "party") codes the plan's
 * deed, not the verb's: the verb's own code is the event (none when it has no code). */
static int plan_pattern(coder_sent *S, const struct syntax_parse *P, int v, int vw, int d,
			dict_evcode *code)
{
	int o;
	if (d == vw || plan_possessor(P, vw, &o) < 0 || !in_noun_clause(P, d, o))
		return 0;
	const dict_verb_root *vr = S->t[v].ent->verb;
	if (vr->code.kind != CODE_EVENT)
		return -1;
	*code = vr->code;
	S->syn_note = "rule: a pattern inside the clause of a plan the verb acts on is not "
		      "its code";
	return 0;
}

/* objposs51: the target of a deed on a plan (plan_possessor) is its owner, the actor of the
 * possessor, when the target chosen so far is none, the plan's own words, or an actor inside
 * the plan's clause. Returns 1 when *tgt changed. */
static int plan_owner(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		      coder_slot *tgt)
{
	int o, p = plan_possessor(P, vw, &o), h;
	if (p < 0)
		return 0;
	int inside = syn_slot_actor(S, P, tgt, &h) && in_noun_clause(P, h, o);
	if (tgt->n && !inside && !(tgt->m[0].a == NULL || !strcmp(tgt->m[0].code, "---")))
		return 0;
	for (int k = 0; k < S->na; k++) {
		if (syn_live_head(S, P, k) != p || !syn_actor_apart(S, k, src))
			continue;
		actors_make_slot(S, k, tgt);
		S->syn_note = "rule: the owner of the plan the verb acts on is the target";
		return 1;
	}
	coder_slot who;
	if (!syn_open_phrase(S, P, p, &who) || !strcmp(who.m[0].code, "---"))
		return 0;
	*tgt = who;
	S->syn_note = "rule: the owner of the plan the verb acts on is the target";
	return 1;
}

/* clause52: "Iran's president met Iraq's prime minister and signed several agreements": a
 * cooperative deed (03x-05x: signed, held talks, discussed, agreed) whose object is no actor,
 * coordinated after a meeting verb with the same subject (no subject of its own), is done
 * with the one met: that verb's object actor, or -1. */
static int met_partner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		       const coder_slot *src)
{
	static const char *const meet[] = { "met", "meets", "meet", "hosted", "hosts", "host",
		"received", "receives", "welcomed", "welcomes", "visited", "visits", NULL };
	int h = (int)P->w[vw].head - 1;
	if (!a || a[0] != '0' || a[1] < '3' || a[1] > '5' || h < 0 ||
	    !syn_rel_is(&P->w[vw], "conj") || !syn_word_in(&P->w[h], meet) ||
	    syn_child_rel(P, vw, "nsubj") >= 0)
		return -1;
	return syn_actor_with_role(S, P, h, R_TGT, src);
}

/* Nouns of a place, which a proper name or an adjective before them may name ("the East
 * African nation", "Estonia, a small country"). */
static const char *const PLACE_NOUNS[] = { "country", "nation", "state", "city", "capital",
	"town", "village", "province", "region", "territory", "island", "enclave", "stronghold",
	"airfield", "airport", "base", "port", "flashpoint", "hub", NULL };

/* defappos164: the actor of the post an uncoded object name is given after its comma
 * ("Turkish police arrested Selin Arkan, a Greek opposition activist, in Istanbul": the Greek
 * activist, not the country of the place), or -1. The object is a proper name (the caller
 * found no actor in it), its apposition headed by a common noun holding the actor (a person
 * or a body: activist, minister, group); never a place or a date ("Kobani, a Syrian border
 * town"; "Tuesday, March 3", a proper name). */
static int object_appos_actor(coder_sent *S, const struct syntax_parse *P, int vw,
			      const coder_slot *src)
{
	int o = syn_child_rel(P, vw, "obj");
	if (o < 0 || !syn_upos_is(&P->w[o], "PROPN"))
		return -1;
	int ap = syn_child_rel(P, o, "appos");
	if (ap < 0 || !syn_upos_is(&P->w[ap], "NOUN") ||
	    syn_word_in(&P->w[ap], PLACE_NOUNS))
		return -1;
	int k = syn_appos_actor(S, P, vw, R_TGT, src);
	if (k < 0)
		return -1;
	int h = syn_span_head(P, S->a[k].pos, S->a[k].end);
	return h == ap || syn_below(P, h, ap) >= 0 ? k : -1;
}

/* The target the parse chooses when it does not confirm the shallow one (rt): the object
 * actor, else an oblique one (a hostile deed's "at" phrase of people too), else the object
 * of a verb coordinated right after it that shares it; none for the verb's own locative
 * oblique. */
static void rechoose_target(coder_sent *S, const struct syntax_parse *P, int v, int vw, int tail,
			    enum role rt, const dict_evcode *code, const coder_slot *src,
			    coder_slot *tgt)
{
	int ti = syn_actor_with_role(S, P, vw, R_TGT, src);
	if (ti >= 0 && deed_owner(S, P, ti, v, tail))
		ti = -1;
	ti = ti >= 0 || tgt->n ? ti : syn_appos_actor(S, P, vw, R_TGT, src);
	if (ti < 0 && (ti = object_appos_actor(S, P, vw, src)) >= 0)
		S->syn_note = "rule: an uncoded object name's apposition gives the target";
	int o = syn_child_rel(P, vw, "obj");
	coder_slot who;
	/* an object headed by an agent word (a person or group), with no actor of its own:
	 * that phrase, not an actor of the clause modifying it ("a man accused of spying for
	 * China": ~CVL; not "aid meant for Gaza" nor "the military drills encircling Taiwan",
	 * things, whose recipient or aim other rules find) */
	if (ti < 0 && in_object_clause(S, P, tgt, o) && syn_agent_word(S, P, o) &&
	    syn_open_phrase(S, P, o, &who) && strcmp(who.m[0].code, "---")) {
		*tgt = who;
		S->syn_note = "rule: an actor in a clause modifying the object is not the target";
		return;
	}
	if (ti < 0 && rt != R_OBL)
		ti = syn_actor_with_role(S, P, vw, R_OBL, src);
	if (ti < 0 && visit(code->a))
		ti = syn_actor_with_role(S, P, vw, R_LOC, src);   /* "arrived in Kyrgyzstan" */
	if (ti < 0)
		ti = aimed_at(S, P, vw, code->a, src);   /* "fired tear gas at demonstrators" */
	if (ti < 0)
		ti = helped(S, P, vw, code->a, src);   /* "earmarked aid to help Haiti" */
	int c = ti < 0 && !tgt->n ? shared_object_verb(P, vw) : -1;
	if (c >= 0)
		ti = syn_actor_with_role(S, P, c, R_TGT, src);   /* "killed and wounded X" */
	if (ti < 0 && (!tgt->n || !strcmp(tgt->m[0].code, "---")))
		ti = met_partner(S, P, vw, code->a, src);   /* "met X and signed deals" */
	if (ti >= 0)
		actors_make_slot(S, ti, tgt);
	else if (rt == R_LOC && !visit(code->a))
		tgt->n = 0;
	else if (tgt->n == 1 && tgt->m[0].a && event_relative_aside(S, src, tgt->m[0].a, v))
		tgt->n = 0;   /* relcl107: "Modi, who was guest at a Kenyan fair, said": no one */
	else if (code->a && !strncmp(code->a, "01", 2) && syn_speech_word(&P->w[vw]) &&
		 across_quote(S, P, tgt, vw))
		tgt->n = 0;   /* '"China will lead the U.S.," Towson said': no one told */
	else if (quote_speaker_slot(S, P, tgt, vw)) {
		tgt->n = 0;   /* '"... arbitrary arrests ...," Dujarric told reporters': not his */
		if (src->n > 1 && src->m[0].a->group >= 0)
			/* TABARI's compound source as its own target, as with no speaker:
			 * '"Russia and North Korea signed a treaty," Wood said' */
			slot_copy(tgt, src);
	}

}

/* target59: a statement (01x) is not made to the place a thing moves from or comes from
 * inside its topic ("commented on the tanker's departure from Venezuela"): a target whose
 * head is a "from" phrase hung on a noun of going away (departure, withdrawal, return), not
 * on the verb, is dropped. Returns 1 when it was. Leaves "from" on the verb or on another
 * noun ("received a letter from Iran": the sender) and other deeds alone. */
static int origin_topic(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			coder_slot *tgt)
{
	/* nouns of going away from a place: the "from" phrase is where, not who */
	static const char *const away[] = { "depart", "exit", "flight", "escape", "withdraw",
					    "evacuat", "retreat", "expul", "deport", "return",
					    NULL };
	int h;
	if (!a || a[0] != '0' || a[1] != '1' || !tgt->n || tgt->pronoun ||
	    !syn_slot_actor(S, P, tgt, &h) || h < 0 || !P->w[h].head ||
	    !syn_rel_base(&P->w[h], "nmod"))
		return 0;
	int c = syn_case_of(P, h), up = (int)P->w[h].head - 1;
	if (c < 0 || !syn_word_is(&P->w[c], "from") || up == vw || !P->w[up].upos ||
	    strcmp(P->w[up].upos, "NOUN") || !syn_stem_in(&P->w[up], away) ||
	    syn_below(P, up, vw) < 0)
		return 0;
	tgt->n = 0;
	S->syn_note = "rule: the place a topic's thing comes from is no addressee";
	return 1;
}

/* target65: a plain statement (010) on a worry ("dismissed concerns about Nigerian fuel
 * imports") is not made to an actor inside the worry's topic: a target under an "about",
 * "over" or "regarding" phrase of the verb's object, a noun of worry, is dropped. Returns 1
 * when it was. Leaves "expressed concern about Iran" (012: the worry is the speaker's own,
 * said of Iran) and a target that is no part of the topic alone. */
static int worry_topic(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		       coder_slot *tgt)
{
	static const char *const worry[] = { "concern", "worr", "fear", "doubt", "anxiet", NULL };
	static const char *const about[] = { "about", "over", "regarding", NULL };
	int o = syn_child_rel(P, vw, "obj"), h;
	if (!a || strcmp(a, "010") || o < 0 || !tgt->n || tgt->pronoun ||
	    !syn_stem_in(&P->w[o], worry) || !syn_slot_actor(S, P, tgt, &h) || h < 0)
		return 0;
	int b = syn_below(P, h, o), c = b >= 0 ? syn_case_of(P, b) : -1;
	if (c < 0 || !syn_word_in(&P->w[c], about))
		return 0;
	tgt->n = 0;
	S->syn_note = "rule: an actor in a worry's topic is no addressee of a statement on it";
	return 1;
}

/* target95: a statement (01x) is not made to a place where its content's deed or thing is
 * ("Officials say rebels relaunched hostilities in the East African nation"): a target
 * whose head is a locative phrase ("in", "at", "near", ...)
 * hung on a word of the content below the verb, not on the verb itself, is dropped. Returns 1
 * when it was. Leaves a place inside an agent's phrase ("the police in Kenya"), the "at"
 * phrase of a thing sent at someone ("fired rockets at Israel") and the verb's own venue
 * (the locative rules) alone. */
static int locative_topic(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			  coder_slot *tgt)
{
	int h;
	const coder_actor *x;
	if (!a || a[0] != '0' || a[1] != '1' || !tgt->n || tgt->pronoun ||
	    !(x = syn_slot_actor(S, P, tgt, &h)) || h < 0)
		return 0;
	/* up from a name inside the place's phrase ("the East African nation") */
	for (int n = 0; n < 4 && P->w[h].head && (syn_rel_is(&P->w[h], "compound") ||
		     syn_rel_is(&P->w[h], "flat") || syn_rel_is(&P->w[h], "amod")); n++)
		h = (int)P->w[h].head - 1;
	/* "people in Syria", "divisions in the Pakistan Army": no place; nor is a thing a
	 * country's adjective modifies ("gives in to Ugandan pressure"): a bare country code is
	 * a place when its phrase's head is a name */
	if (!syn_word_in(&P->w[h], PLACE_NOUNS) &&
	    (x->agent || strlen(tgt->m[0].code) != 3 || !P->w[h].upos ||
	     strcmp(P->w[h].upos, "PROPN")))
		return 0;
	int up = (int)P->w[h].head - 1, c = syn_case_of(P, h);
	if (up < 0 || up == vw || c < 0 || !syn_locative(P, h) ||
	    !(syn_rel_base(&P->w[h], "obl") || syn_rel_base(&P->w[h], "nmod")) ||
	    syn_below(P, h, vw) < 0 || syn_agent_word(S, P, up) ||
	    (syn_word_is(&P->w[c], "at") && syn_sender_verb(&P->w[up])))
		return 0;
	tgt->n = 0;
	S->syn_note = "rule: a place in a locative phrase of a statement's content is no addressee";
	return 1;
}

/* place108: a force (18x to 20x) is not used against a name that only describes a place of
 * the deed: a participle clause with a by-agent right after a locative phrase's noun ("hitting
 * targets in areas abandoned by troops loyal to the former president") says whose the place
 * was, and a target below it other than that agent's own phrase is dropped. Returns 1 when
 * it was. Leaves the agent itself ("areas held by rebels": the holders may be the side hit),
 * the verb's own passive and a place with no such clause ("the camp in Uganda") alone. */
static int place_described(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			   coder_slot *tgt)
{
	int h;
	if (!a ||
	    !((a[0] == '1' && (a[1] == '8' || a[1] == '9')) || (a[0] == '2' && a[1] == '0')) ||
	    !tgt->n || tgt->pronoun || !syn_slot_actor(S, P, tgt, &h) || h < 0)
		return 0;
	for (int n = 0; n < 4 && P->w[h].head && (syn_rel_is(&P->w[h], "compound") ||
		     syn_rel_is(&P->w[h], "flat")); n++)
		h = (int)P->w[h].head - 1;
	for (int p = vw + 2; p < h; p++) {
		int ag = syn_child_rel(P, p, "obl:agent");
		if (ag < 0 || ag == h || !syn_upos_is(&P->w[p], "VERB") ||
		    !syn_upos_is(&P->w[p - 1], "NOUN") ||
		    !syn_locative(P, p - 1) || syn_below(P, h, p) < 0)
			continue;
		tgt->n = 0;
		S->syn_note = "rule: a name describing a place of the deed is not the side hit";
		return 1;
	}
	return 0;
}

/* comment109: a comment appended to the clause ("upgraded its ties - a move aimed at
 * countering Uganda") names no side of the deed (event.c appended_comment without the
 * parse): past the verb, a punctuation word (comma or dash), "a"/"an" and a noun that sums up
 * the deed (move, step, decision) open the comment; a target below that noun is dropped.
 * Returns 1 when it was. Leaves a target before the comment ("upgraded its ties with
 * Tanzania, a step ...": Tanzania) and a deed noun with no comma or dash before it alone. */
static int comment_target(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt)
{
	static const char *const art[] = { "a", "an", NULL };
	static const char *const marks[] = { ",", "-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL };
	int h;
	if (!tgt->n || tgt->pronoun || !syn_slot_actor(S, P, tgt, &h) || h < 0)
		return 0;
	for (int p = vw + 3; p < h; p++) {
		if (!syn_word_in(&P->w[p], DEED_SUM_NOUNS) || !syn_word_in(&P->w[p - 1], art) ||
		    !syn_word_in(&P->w[p - 2], marks) || syn_below(P, h, p) < 0)
			continue;
		tgt->n = 0;
		S->syn_note = "rule: a comment appended to the clause names no side of the deed";
		return 1;
	}
	return 0;
}

/* target71: a claim of responsibility (015) is aimed at the claimed deed's target, which
 * may sit one clause down ("claimed responsibility for attacking a convoy escorting Malian
 * troops": the troops). An actor two clauses down only says whose or where a thing in the
 * deed's phrase was ("attacking a truck guarding a mine run by a foreign firm": not the
 * firm): that target is dropped. Returns 1 when it was. */
static int claim_far_target(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			    coder_slot *tgt)
{
	static const char *const owned[] = { "responsibility", "credit", NULL };
	static const char *const fors[] = { "for", NULL };
	static const char *const clause[] = { "acl", "ccomp", "advcl", NULL };
	int h, r = -1, clauses = 0;
	if (!a || strcmp(a, "015") || !tgt->n || tgt->pronoun || !syn_slot_actor(S, P, tgt, &h) ||
	    h < 0)
		return 0;
	for (int i = vw + 1; i + 1 < P->nw && r < 0; i++)
		if (syn_word_in(&P->w[i], owned) && syn_word_is(&P->w[i + 1], "for"))
			r = i;
	/* up from the target to the claim (the verb or its noun), counting the clauses crossed;
	 * the deed's own clause on the noun ("responsibility for attacking") is none. The
	 * parse may hang a clause of the deed's phrase on the noun or the verb: it counts. */
	int x = h;
	for (int hops = 0; x >= 0 && x != vw && x != r && hops < P->nw; hops++) {
		int up = (int)P->w[x].head - 1;
		if (syn_rel_base_in(&P->w[x], clause) &&
		    !(up == r && x > r && x < r + 4 && syn_child_word(P, x, "mark", fors)))
			clauses++;
		x = up;
	}
	if (r < 0 || x < 0 || clauses < 2)
		return 0;
	tgt->n = 0;
	S->syn_note = "rule: an actor two clauses below a claimed deed is no target of the claim";
	return 1;
}

/* ruletarget175: the word heading the party a disapproval (11x) of verb vw is aimed at, ahead
 * of the clause top that says the charge: the verb's object ("accused YChina of supporting
 * Chinese government propaganda"), its "against" phrase ("railed against Schengen, arguing
 * that ... the EU's borders ...") or the subject of the reported clause ("alleges the insurgent
 * group has not lived up to ... with Afghan rivals"); -1: none. Only a party: an actor, a
 * name or a phrase an agent word codes, not a thing ("criticized the decision to attack
 * Iran"). */
static int charged_party(coder_sent *S, const struct syntax_parse *P, int vw, int top,
			 const coder_slot *src)
{
	static const char *const against[] = { "against", NULL };
	int p = syn_child_rel(P, vw, "obj");
	for (int i = 0; p < 0 && i < P->nw; i++) {
		int c = syn_case_of(P, i);
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "obl") && c >= 0 &&
		    syn_word_in(&P->w[c], against))
			p = i;
	}
	if (p >= 0 && (p == top || syn_below(P, p, top) >= 0))
		return -1;   /* the object inside the charge's clause: no party ahead of it */
	if (p < 0 && syn_rel_is(&P->w[top], "ccomp") && (int)P->w[top].head == vw + 1)
		p = syn_child_rel(P, top, "nsubj");
	if (p < 0)
		return -1;
	coder_slot who;
	return syn_phrase_actor(S, P, p, src) >= 0 || syn_upos_is(&P->w[p], "PROPN") ||
	       (syn_open_phrase(S, P, p, &who) && strcmp(who.m[0].code, "---")) ? p : -1;
}

/* ruletarget175: a disapproval (11x) is aimed at the party charged, not at an actor inside
 * the charge: a target below a clause (acl, advcl, ccomp, xcomp) under verb vw gives way to
 * that party (charged_party), its actor or, with none, its open phrase. Returns 1 when *tgt
 * was changed. Leaves a target that is the party or is outside any clause of the verb, and
 * charges with no party named (the target stays). */
static int charge_target(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			 const coder_slot *src, coder_slot *tgt)
{
	static const char *const clause[] = { "acl", "advcl", "ccomp", "xcomp", NULL };
	int h, top = -1;
	if (!a || a[0] != '1' || a[1] != '1' || !tgt->n || tgt->pronoun ||
	    !syn_slot_actor(S, P, tgt, &h) || h < 0)
		return 0;
	for (int x = h, hops = 0; x >= 0 && x != vw && hops < P->nw; hops++) {
		if (syn_rel_base_in(&P->w[x], clause))
			top = x;
		x = (int)P->w[x].head - 1;
		if (x < 0)
			top = -1;
	}
	int p = top >= 0 ? charged_party(S, P, vw, top, src) : -1, k;
	coder_slot who;
	if (p < 0)
		return 0;
	if ((k = syn_phrase_actor(S, P, p, src)) >= 0)
		actors_make_slot(S, k, tgt);
	else if (syn_open_phrase(S, P, p, &who))
		*tgt = who;
	else
		return 0;
	S->syn_note = "rule: a disapproval is aimed at the party charged, not at an actor inside "
		      "the charge";
	return 1;
}

/* target94: a show of force (15x) by trying out or showing one's own weapons ("tested the
 * newly acquired Russian missile system", "paraded Chinese tanks") is aimed at no one: an
 * actor that only modifies the verb's object (amod, compound: its maker or origin) is no
 * target and is dropped. Returns 1 when it was. Left alone: a noun that is an agent word,
 * free or taken into the actor ("Russian troops"); other verbs of force ("breached the
 * Syrian border": the border's side, cyber52); statements and violations, whose topic's
 * owner is their target by the golden conventions ("commented on the Russian proposal",
 * "violates the Kenyan constitution"). */
static int owner_of_thing(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			  coder_slot *tgt)
{
	static const char *const mod[] = { "amod", "compound", NULL };
	/* verbs of trying out or showing off one's own hardware */
	static const char *const show[] = { "test", "trial", "parad", "display", "showcas",
					    "unveil", NULL };
	int h, o = syn_child_rel(P, vw, "obj");
	if (!a || a[0] != '1' || a[1] != '5' || !tgt->n || tgt->pronoun || o < 0 ||
	    !syn_stem_in(&P->w[vw], show))
		return 0;
	const coder_actor *ac = syn_slot_actor(S, P, tgt, &h);
	if (!ac || h < 0 || !P->w[h].head || !syn_rel_base_in(&P->w[h], mod) ||
	    (int)P->w[h].head - 1 != o || o <= P->tok2w[ac->end] || !P->w[o].upos ||
	    strcmp(P->w[o].upos, "NOUN"))
		return 0;
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] == o && (S->t[i].type == TY_AGENT || S->t[i].type == TY_LIT))
			return 0;   /* "the Russian troops": a side */
	tgt->n = 0;
	S->syn_note = "rule: the maker of the weapon shown or tested is no target";
	return 1;
}

/* target55: what is discussed is a topic, not a partner ("Ministers discussed Iran's
 * nuclear programme", "China's role"): a consultation (04x) whose target sits in the object
 * of "discuss", not through a "with" phrase, takes its partner from a "with"
 * phrase of the verb (or of its object) instead, else none. target77: with no noun object,
 * a clause discussed ("discussed imposing new costs on Iran", the parse's xcomp or ccomp)
 * is the topic the same way. Returns 1 when *tgt changed. */
static int discussed_topic(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			   const coder_slot *src, coder_slot *tgt)
{
	static const char *const discuss[] = { "discuss", "discussed", "discusses", "discussing",
		NULL };
	int o = syn_child_rel(P, vw, "obj"), h, clause = o < 0;
	if (o < 0 && (o = syn_child_rel(P, vw, "xcomp")) < 0)
		o = syn_child_rel(P, vw, "ccomp");
	if (!a || strncmp(a, "04", 2) || o < 0 || !syn_word_in(&P->w[vw], discuss) ||
	    !syn_slot_actor(S, P, tgt, &h) || (h != o && syn_below(P, h, o) < 0))
		return 0;
	for (int x = h; x != o; x = (int)P->w[x].head - 1) {
		int c = syn_case_of(P, x);
		if (c >= 0 && syn_word_is(&P->w[c], "with"))
			return 0;   /* "discussed a plan with Iran's envoy": the envoy */
	}
	for (int x = vw + 1; x < P->nw; x++) {
		int c = syn_case_of(P, x);
		int up = (int)P->w[x].head - 1;   /* the parse may hang "with" on the topic */
		int deep = clause && syn_below(P, x, o) >= 0;   /* "upgrading ties with X" */
		if ((up != vw && up != o && !deep) || c < 0 || !syn_word_is(&P->w[c], "with"))
			continue;
		int k = phrase_actor(S, P, x, src);
		if (k >= 0) {
			actors_make_slot(S, k, tgt);
			S->syn_note = "rule: what is discussed is the topic; the partner is 'with'";
			return 1;
		}
		if (clause)
			return 0;   /* "with the island nation": left to the later rules */
	}
	tgt->n = 0;
	S->syn_note = "rule: what is discussed is the topic, not a partner";
	return 1;
}

/* target77: a consultation (04x) whose verb has a "with" phrase met its partner there: a
 * target reached through an "about", "regarding" or "concerning" phrase of the verb is the
 * topic ("spoke with Armitage about his trip to Taiwan"), so the target is the partner's
 * actor, else none. Returns 1 when *tgt changed. */
static int about_partner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			 const coder_slot *src, coder_slot *tgt)
{
	static const char *const about[] = { "about", "regarding", "concerning", NULL };
	int h, x, topic = 0;
	if (!a || strncmp(a, "04", 2) || !syn_slot_actor(S, P, tgt, &h))
		return 0;
	for (x = h; x >= 0 && x != vw; x = (int)P->w[x].head - 1) {
		int c = syn_case_of(P, x);
		if (c >= 0 && syn_word_is(&P->w[c], "with"))
			return 0;   /* the target is itself the partner */
		topic |= c >= 0 && syn_word_in(&P->w[c], about) && (int)P->w[x].head - 1 == vw;
	}
	if (x != vw || !topic)
		return 0;
	for (int y = 0; y < P->nw; y++) {
		int c = syn_case_of(P, y);
		if ((int)P->w[y].head - 1 != vw || c < 0 || !syn_word_is(&P->w[c], "with"))
			continue;
		int k = phrase_actor(S, P, y, src);
		if (k >= 0)
			actors_make_slot(S, k, tgt);
		else
			tgt->n = 0;
		S->syn_note = "rule: the partner of a talk is 'with', not its 'about' topic";
		return 1;
	}
	return 0;
}

/* acl51: a taking of ground (192: "retook the palace in Khartoum from the RSF", "wrested
 * the town from the rebels") is aimed at the side it is taken from: the actor of a "from"
 * phrase on the verb (else its agent noun phrase) becomes the target, not the place taken
 * or where it lies. Returns 1 when *tgt changed. */
static int taken_from(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		      const coder_slot *src, coder_slot *tgt)
{
	if (!a || strncmp(a, "192", 3))
		return 0;
	for (int x = vw + 1; x < P->nw; x++) {
		int c = syn_case_of(P, x);
		if ((int)P->w[x].head - 1 != vw || !syn_rel_base(&P->w[x], "obl") || c < 0 ||
		    !syn_word_is(&P->w[c], "from"))
			continue;
		int k = phrase_actor(S, P, x, src);
		coder_slot y;
		if (k >= 0)
			actors_make_slot(S, k, &y);
		else if (!syn_by_agent(S, P, x, &y))
			return 0;
		if (tgt->n && tgt->m[0].a == y.m[0].a)
			return 0;
		*tgt = y;
		S->syn_note = "rule: ground taken from a side is taken from that side";
		return 1;
	}
	return 0;
}

/* passive90: the actor heading an "on"/"upon"/"against" phrase of participle vw ("tariffs
 * imposed on Brazil by Argentina", "strikes launched against Mali"): the side the deed is
 * aimed at, when the noun the participle modifies names no side; -1: none. passive93: an
 * "at" phrase too ("rockets fired at Israel by Hamas"), as --shallow's
 * news_participle_object reads it. */
static int participle_aim(coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const aimed[] = { "on", "upon", "against", "at", NULL };
	for (int i = vw + 1; i < P->nw; i++) {
		int c = (int)P->w[i].head - 1 == vw && syn_rel_is(&P->w[i], "obl") ?
			syn_case_of(P, i) : -1;
		int k = c >= 0 && syn_word_in(&P->w[c], aimed) ? phrase_actor(S, P, i, NULL) : -1;
		if (k >= 0)
			return k;
	}
	return -1;
}

/* acl51: a past participle modifying a noun with a "by" phrase is a passive clause cut
 * short ("students kidnapped by gunmen", "a convoy attacked by militants"), as the full
 * relative "students who were kidnapped by gunmen" is: the "by" phrase is the doer and the
 * noun modified the target (its actor, not one of the clause, else its noun phrase). Not
 * when the target already has the object role. Returns 1 when the slots changed. */
static int reduced_passive(coder_sent *S, const struct syntax_parse *P, int vw,
			   coder_slot *src, coder_slot *tgt)
{
	int n = (int)P->w[vw].head - 1, by = -1;
	if (n < 0 || !syn_rel_is(&P->w[vw], "acl") || !syn_is_verb(&P->w[vw]) ||
	    syn_ends_ing(&P->w[vw]) || syn_child_rel(P, vw, "nsubj") >= 0 ||
	    (tgt->n && syn_slot_role(S, P, vw, tgt) == R_TGT))
		return 0;
	for (int i = vw + 1; i < P->nw && by < 0; i++)
		if ((int)P->w[i].head - 1 == vw && syn_case_of(P, i) >= 0 &&
		    syn_word_is(&P->w[syn_case_of(P, i)], "by"))
			by = i;
	coder_slot x, y;
	int k = by >= 0 ? phrase_actor(S, P, by, NULL) : -1;
	if (k >= 0)
		actors_make_slot(S, k, &x);
	else if (by < 0 || !syn_by_agent(S, P, by, &x))
		return 0;
	int t = -1;
	for (int j = 0; j < S->na && t < 0; j++) {
		int h = syn_live_head(S, P, j);
		if (h >= 0 && (h == n || syn_below(P, h, n) >= 0) && !syn_on_path(P, vw, h, n) &&
		    !syn_inside_locative(P, h, n) && syn_actor_apart(S, j, &x))
			t = j;
	}
	int o = t < 0 ? participle_aim(S, P, vw) : -1;
	if (t >= 0 || o >= 0)
		actors_make_slot(S, t >= 0 ? t : o, &y);
	else if (!syn_open_phrase(S, P, n, &y))
		return 0;
	*src = x;
	*tgt = y;
	S->syn_note = "rule: a participle with a 'by' phrase modifying a noun is a passive";
	return 1;
}

static int partnered(const struct syntax_parse *P, int n);

/* 1 when verb vw is an accord a coordinated subject failed to reach among its members (a
 * rejection, 12x: "British and EU negotiators failed to reach a deal on the Irish border",
 * "Netherlands and Russia failed to reach agreement"): no "with" partner on the verb or
 * its object, and no target that is the object itself; an actor inside the object's
 * phrase ("a deal on the Irish border") is what the accord is about, not a party. */
static int failed_accord(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			 const coder_slot *tgt)
{
	static const char *const accord[] = { "reach", "reached", "reaching", "reaches", "agree",
		"agreed", "agreeing", "agrees", "sign", "signed", "signing", "signs", "conclude",
		"concluded", "concluding", NULL };
	int o = syn_child_rel(P, vw, "obj"), h, rank;
	if (!a || a[0] != '1' || a[1] != '2' || !syn_word_in(&P->w[vw], accord) ||
	    partnered(P, vw) || (o >= 0 && partnered(P, o)))
		return 0;
	if (tgt->n && syn_slot_actor(S, P, tgt, &h) && h >= 0 &&
	    syn_role_of(P, h, vw, &rank) == R_TGT && rank == 0)
		return 0;
	return 1;
}

/* The relations an actor may hang on the noun of a party's phrase by (amod, compound,
 * appos, flat: "an Egyptian ally", "the Chinese officials"): to_party, other_party. */
static const char *const PARTY_MODS[] = { "amod", "compound", "appos", "flat", NULL };

/* 1 when the target slot is an actor in a "to" phrase of verb vw ("Turkey and Egypt made
 * overtures to France", "... to an Egyptian ally"): the coordinated subject acts towards
 * that side, not each other. The actor may modify the phrase's noun (amod, compound). */
static int to_party(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *tgt)
{
	static const char *const to[] = { "to", NULL };
	int h;
	if (!syn_slot_actor(S, P, tgt, &h))
		return 0;
	for (int up = 0; h >= 0 && up < 3; up++) {   /* a bounded climb: modifiers nest little */
		if ((int)P->w[h].head == vw + 1)
			return syn_rel_base(&P->w[h], "obl") && syn_child_word(P, h, "case", to);
		if (!P->w[h].head || !syn_rel_base_in(&P->w[h], PARTY_MODS))
			return 0;
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* The live actor outside the coordinated source src that is the object of verb vw (or a
 * modifier of it: "met the Chinese foreign minister in Beijing") or sits in a "with" phrase
 * on the verb or on its object ("held talks with Chinese officials", "signed a deal with
 * China"): the party the coordinated subject acts towards, whom a venue or an oblique the
 * pattern took instead must not turn into each other; -1: none. */
static int other_party(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src)
{
	static const char *const with[] = { "with", NULL };
	int o = syn_child_rel(P, vw, "obj");
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k), rank, own = 0;
		for (int i = 0; i < src->n; i++)
			own |= src->m[i].a == &S->a[k];
		if (h < 0 || own || S->a[k].pron_kind ||
		    (S->a[k].group >= 0 && S->a[k].group == src->m[0].a->group))
			continue;
		if (syn_role_of(P, h, vw, &rank) == R_TGT && !syn_inside_locative(P, h, vw))
			return k;   /* not "held a summit in Russia": the venue */
		for (int up = 0; h >= 0 && up < 3; up++) {   /* bounded: modifiers nest little */
			int on = (int)P->w[h].head - 1;
			if ((on == vw && syn_rel_base(&P->w[h], "obl")) ||
			    (on == o && o >= 0 && syn_rel_base(&P->w[h], "nmod"))) {
				if (syn_child_word(P, h, "case", with))
					return k;
				break;
			}
			if (on < 0 || !syn_rel_base_in(&P->w[h], PARTY_MODS))
				break;
			h = on;
		}
	}
	return -1;
}

/* words151: 1 when word w is a measure laid on a side, a sanction ("impose sanctions on
 * Russia", SANCTION_NOUNS) or one of the list more ("a ban on imports from"). */
static int measure_noun(const khaldun_parse_token *w, const char *const *more)
{
	return syn_word_in(w, SANCTION_NOUNS) || syn_word_in(w, more);
}

/* pairdef150: 1 when the target slot's actor names no party of verb vw's act but what it is
 * about: climbing from the actor to vw, a phrase of a topic or time preposition ("share
 * intelligence on Burkina Faso", "talks over Syria", "after the UK leaves the EU": a clause
 * on the way) and no object of a verb on the way nor a party's preposition ("agreed to help
 * Mali", "to send troops to Mali", "a deal with China") nor a measure laid on a side
 * ("agreed to impose sanctions on Russia"). */
static int topic_target(coder_sent *S, const struct syntax_parse *P, int vw,
			const coder_slot *tgt)
{
	static const char *const topic[] = { "on", "over", "about", "after", "of", "regarding",
		"concerning", NULL };
	static const char *const party[] = { "with", "to", "for", "from", "against", "between",
		"by", NULL };
	/* a measure laid on a side: "impose sanctions on Russia", "a ban on imports from" */
	static const char *const measure[] = { "duties", "ban", "bans", "restrictions", "curbs",
		"pressure", NULL };   /* and SANCTION_NOUNS */
	static const char *const obj[] = { "obj", "iobj", NULL };
	int h, seen = 0;
	if (!syn_slot_actor(S, P, tgt, &h) || h < 0)
		return 0;
	for (int up = 0; h >= 0 && up < 8; up++) {   /* bounded: a few phrases deep */
		int o = syn_child_rel(P, h, "obj");
		if (measure_noun(&P->w[h], measure) || (o >= 0 && measure_noun(&P->w[o], measure)))
			return 0;
		if (h == vw)
			return seen;
		if (syn_child_word(P, h, "case", party))
			return 0;   /* not the infinitive's "to" (a mark) */
		if (syn_rel_base_in(&P->w[h], obj) && !seen)
			return 0;   /* "agreed to help Mali": the helped */
		if (syn_child_word(P, h, "case", topic) || syn_child_word(P, h, "mark", topic))
			seen = 1;
		if (!P->w[h].head)
			return 0;
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* The conjunct of subject word s (s itself or a "conj" child of it) that word h lies in,
 * or -1 when h is not under s. */
static int conjunct_of(const struct syntax_parse *P, int s, int h)
{
	for (int up = 0; h >= 0 && up < P->nw; up++) {
		if (h == s || (syn_rel_is(&P->w[h], "conj") && (int)P->w[h].head - 1 == s))
			return h;
		h = (int)P->w[h].head - 1;
	}
	return -1;
}

/* joint49: the other member of a two-member coordinated subject of verb sv when the parse
 * gave the source slot src one member only ("Kenya and Zorbania signed a trade deal": the
 * name no dictionary knows; "the President of Ukraine and the Prime Minister of Britain":
 * the member the parse did not choose). Its dictionary actor, else its phrase as an open
 * actor (its agent's code or "---"). 1 when *out got it. */
static int joint_partner(coder_sent *S, const struct syntax_parse *P, int sv,
			 const coder_slot *src, coder_slot *out)
{
	static const char *const and[] = { "and", NULL };
	int h, s = syn_child_rel(P, sv, "nsubj"), other = -1, n = 0;
	const coder_actor *a = syn_slot_actor(S, P, src, &h);
	if (!a || src->n != 1 || s < 0 || syn_child_rel(P, s, "cc") >= 0)
		return 0;
	int mine = conjunct_of(P, s, h);
	if (mine < 0)
		return 0;
	for (int k = 0; k < P->nw; k++)
		if (k == s || (syn_rel_is(&P->w[k], "conj") && (int)P->w[k].head - 1 == s)) {
			n++;
			if (k != mine)
				other = k;
		}
	if (n != 2 || other < 0 || !syn_child_word(P, other > mine ? other : mine, "cc", and))
		return 0;   /* not "X or Y", "X, Y and Z": one pair of parties */
	for (int k = 0; k < S->na; k++) {
		int hk = syn_live_head(S, P, k);
		if (hk >= 0 && &S->a[k] != a && !S->a[k].pron_kind &&
		    conjunct_of(P, s, hk) == other) {
			actors_make_slot(S, k, out);
			return out->n > 0;
		}
	}
	return syn_open_phrase(S, P, other, out);
}

/* sides41: the author of the verb's object (or passive subject) named in an aside, a
 * participle of authorship with a "by" phrase set off by commas: "Israel criticized the plan,
 * put forward by Egypt", "The proposal, drafted by France, was rejected by Russia". The comma
 * rules delete the aside (its actor is not live), so the target was the thing's bare words;
 * the deed is done to whoever owns it, as "Egypt's plan" or the plan put forward by Egypt
 * without commas (CAMEO codes rejecting a side's proposal against that side). Only verbs of
 * authorship: "the town, shelled by rebels," names a doer of another deed, no owner. The
 * actor (live or deleted), not the source's; -1: none. */
static int aside_owner(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		       int subject)
{
	static const char *const author[] = { "propos", "draft", "submit", "present", "tabl",
		"float", "sponsor", "introduc", "broker", "unveil", "author", "craft", "put",
		NULL };
	static const char *const fwd[] = { "forward", "together", NULL };
	/* joined42: the subject word too (subject >= 0), when the thing it names meets a
	 * reaction (reaction_target) */
	int own[3] = { syn_child_rel(P, vw, "obj"), syn_child_rel(P, vw, "nsubj:pass"), subject };
	for (int j = 0; j < 3; j++) {
		int t = own[j];
		if (t < 0 || !syn_upos_is(&P->w[t], "NOUN"))
			continue;
		for (int p = t + 2; p < P->nw && p <= t + 4; p++) {
			const khaldun_parse_token *w = &P->w[p];
			/* the parse hangs the aside on the noun (acl) or, after an object, on the
			 * verb (parataxis, advcl): a comma before it either way */
			int on = (int)w->head - 1;
			if (!syn_word_is(&P->w[p - 1], ",") || !syn_is_verb(w) ||
			    !((on == t && (syn_rel_base(w, "acl") ||
					   (j == 2 && syn_rel_base(w, "parataxis")))) ||
			      (j == 2 && (int)P->w[vw].head - 1 == p) ||   /* the verb on it */
			      (on == vw && j == 0 && (syn_rel_base(w, "parataxis") ||
						      syn_rel_base(w, "advcl")))) ||
			    !syn_stem_in(w, author) ||
			    (syn_word_is(w, "put") && !syn_child_word(P, p, "advmod", fwd) &&
			     !syn_child_word(P, p, "compound:prt", fwd)))
				continue;
			int b = syn_by_phrase(P, p);
			for (int k = 0; b >= 0 && k < S->na; k++) {
				const coder_actor *a = &S->a[k];
				if (a->pron_kind || a->pos < 0 || a->end >= S->nt)
					continue;
				int h = syn_span_head(P, a->pos, a->end);
				if (h >= 0 && syn_below(P, h, p) == b && syn_actor_apart(S, k, src))
					return k;
			}
		}
	}
	return -1;
}

/* joined42: a reaction noun's line without '+' ("The plan, put forward by Egypt, met with
 * criticism from Israel": 11x): the critic in the "from" phrase is the source, and what the
 * reaction meets is the thing the verb's subject names, whose author in a comma aside
 * (aside_owner) is the target. With no such author the thing's own words are the open
 * target (also when a '+' line's subject is a phrase no dictionary knows: "The plan drew
 * criticism from Israel"; never the reaction noun the shallow rules took after the verb,
 * "opposition" read as ~OPP); -1, no event, when it has none. A '+' line's target before
 * the verb stays: 0. 1: the target was set. */
static int reaction_target(coder_sent *S, const struct syntax_parse *P, int v, int vw,
			   const dict_evcode *code, const coder_slot *src, coder_slot *tgt)
{
	static const char *const from[] = { "from", NULL };
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	if (!code->a || code->a[0] != '1' || code->a[1] != '1' || !a || a->pos <= v ||
	    (tgt->n && tgt->m[0].a && tgt->m[0].a->pos >= 0 && tgt->m[0].a->pos < v))
		return 0;
	int h = syn_span_head(P, a->pos, a->end), s = syn_child_rel(P, vw, "nsubj");
	if (s < 0 && P->w[vw].head) {
		/* the parse may hang the verb on the aside itself ("The plan, put forward by
		 * Egypt, met ...": "met" a conj or advcl of "put", "plan" the root): the noun
		 * the aside is on is then the subject */
		int q = (int)P->w[vw].head - 1, n = P->w[q].head ? (int)P->w[q].head - 1 : -1;
		if (!(syn_rel_base(&P->w[q], "acl") || syn_rel_base(&P->w[q], "parataxis")))
			/* or the aside its clause: "put" the root */
			n = syn_child_rel(P, q, "nsubj");
		if (q < vw && n >= 0 && n < q && syn_is_verb(&P->w[q]) &&
		    (syn_rel_base(&P->w[vw], "conj") || syn_rel_base(&P->w[vw], "advcl")) &&
		    syn_upos_is(&P->w[n], "NOUN"))
			s = n;
	}
	/* the critic's name may modify the phrase's noun ("from China's U.N. mission") */
	for (int up = 0; h >= 0 && up < 2 && !syn_child_word(P, h, "case", from) && P->w[h].head &&
	     (syn_rel_is(&P->w[h], "nmod:poss") || syn_rel_is(&P->w[h], "compound") ||
	      syn_rel_is(&P->w[h], "amod") || syn_rel_is(&P->w[h], "flat")); up++)
		h = (int)P->w[h].head - 1;
	if (h < 0 || s < 0 || !syn_child_word(P, h, "case", from))
		return 0;
	int owner = aside_owner(S, P, vw, src, s);
	if (owner >= 0) {
		actors_make_slot(S, owner, tgt);
		return 1;
	}
	/* misc49: with no author the reaction meets the thing itself, an open target with its
	 * words, as on --shallow ("The plan met with opposition from China": CHN -> ---) */
	return syn_open_phrase(S, P, s, tgt) ? 1 : -1;
}

/* recip51: 1 when word i is a reciprocal pronoun's first word ("each other", "one
 * another"). */
static int reciprocal_word(const struct syntax_parse *P, int i)
{
	if (i < 0 || i + 1 >= P->nw)
		return 0;
	return (syn_word_is(&P->w[i], "each") && syn_word_is(&P->w[i + 1], "other")) ||
	       (syn_word_is(&P->w[i], "one") && syn_word_is(&P->w[i + 1], "another"));
}

/* recip51: 1 when verb vw's object, or a phrase on it or on its object, is a reciprocal
 * ("accused each other", "fired on one another", "held talks with each other"). The parse
 * joins the pair as one word with a "fixed" or "det" child, either way round. */
static int reciprocal_object(const struct syntax_parse *P, int vw)
{
	int o = syn_child_rel(P, vw, "obj");
	for (int i = 0; i + 1 < P->nw; i++) {
		if (!reciprocal_word(P, i))
			continue;
		int r = (int)P->w[i].head - 1 == i + 1 ? i + 1 : i, on = (int)P->w[r].head - 1;
		if (on == vw || (o >= 0 && on == o && syn_rel_base(&P->w[r], "nmod")))
			return 1;
	}
	return 0;
}

/* recip51: 1 for a verb of exchange ("swapped prisoners", "exchanged visits", "traded
 * accusations"): what one side gives the other gives back. */
static int exchange_verb(const struct syntax_parse *P, int vw)
{
	static const char *const swap[] = { "swap", "exchang", "trade", "traded", "trading",
					    NULL };
	return syn_is_verb(&P->w[vw]) && syn_stem_in(&P->w[vw], swap);
}

/* recip51: the two members of a coordinated subject that act on each other ("Thailand and
 * Cambodia accused each other", "Russia and Ukraine swapped prisoners"): a reciprocal object
 * whatever else the verb has, or a verb of exchange with no party of its own; the pair goes
 * into *src and *tgt both ways. 1 when so. Not "Egypt and Qatar urged Israel and Hamas":
 * another party the verb acts on. */
static int each_other(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		      coder_slot *src, coder_slot *tgt)
{
	int recip = reciprocal_object(P, vw);
	if ((!recip && !exchange_verb(P, vw)) || !src->n || src->pronoun ||
	    other_party(S, P, vw, src) >= 0)
		return 0;
	if (!recip && tgt->n && (tgt->pronoun || tgt->m[0].a->ent || strcmp(tgt->m[0].code, "---")))
		return 0;   /* "exchanged fire with the rebels" */
	coder_slot pair;
	if (src->n == 1 && joint_partner(S, P, sv, src, &pair) &&
	    strcmp(pair.m[0].code, src->m[0].code)) {
		src->m[1] = pair.m[0];
		src->n = 2;
	}
	else if (src->n < 2 || src->m[0].a->group < 0 ||
		 syn_slot_role(S, P, sv, src) != R_SRC)
		return 0;
	slot_copy(tgt, src);
	syn_note_add(S, "rule: the members of a coordinated subject act on each other");
	return 1;
}

/* coord51: two sides who spoke, talked or conferred with no one else named ("Israel's prime
 * minister and the U.S. president spoke about the hostages", "talked on Monday") consulted
 * each other: a statement (01) becomes 040, its topic no party, and settle_slots pairs the
 * members both ways. Not when the verb has an object or a party
 * ("spoke to reporters", "talked with Iran"), a venue of its own ("spoke at a rally"), or
 * the sides spoke apart ("separately"). */
static void conferred(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		      dict_evcode *code, coder_slot *src, coder_slot *tgt)
{
	static const char *const talk[] = { "speak", "spoke", "talk", "confer", "convers",
		NULL };
	static const char *const aside[] = { "to", "with", "at", "before", "against", NULL };
	static const char *const apart[] = { "separately", "individually", "apart", NULL };
	const char *a = code->a;
	coder_slot pair;
	if (!a || a[0] != '0' || a[1] != '1' || !syn_is_verb(&P->w[vw]) ||
	    !syn_stem_in(&P->w[vw], talk) || !src->n || src->pronoun ||
	    syn_child_rel(P, vw, "obj") >= 0 || syn_child_word(P, vw, "advmod", apart) ||
	    syn_slot_role(S, P, sv, src) != R_SRC || other_party(S, P, vw, src) >= 0)
		return;
	for (int k = 0; k < P->nw; k++)
		if ((int)P->w[k].head - 1 == vw && syn_rel_base(&P->w[k], "obl") &&
		    syn_child_word(P, k, "case", aside))
			return;
	int two = 0;   /* the members name two sides or more, not one side twice */
	for (int i = 1; i < src->n; i++)
		two |= strcmp(src->m[i].code, src->m[0].code) != 0;
	if (src->n == 1 ? !joint_partner(S, P, sv, src, &pair) ||
			  !strcmp(pair.m[0].code, src->m[0].code)
			: src->m[0].a->group < 0 || !two)
		return;
	code->a = "040";
	code->b = NULL;
	tgt->n = 0;
	syn_note_add(S, "rule: two sides who spoke with no one else named consulted each other");
}

/* Last checks on the chosen slots: places, the same actor twice, reciprocal acts; -1: none. */
static int settle_slots(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			const dict_evcode *code, coder_slot *src, coder_slot *tgt)
{
	if (syn_actor_rules(S, P, vw, sv, code, src, tgt) < 0)   /* synactor.c */
		return -1;   /* an actor on its own phrase, an animal victim: no event */
	/* a place never acts; as a target it may be the one a material deed is done to ("aid to
	 * ... in Haiti", "struck a target in Gaza"), unless it is the verb's locative (R_LOC) */
	if (place_slot(S, P, vw, src, 0))
		src->n = 0;
	if ((verbal(code->a) || protest(code->a)) && !visit(code->a) &&
	    place_slot(S, P, vw, tgt, 1) &&
	    !syn_beneficiary_place(S, P, vw, code->a, tgt))
		tgt->n = 0;   /* "signed an agreement in Istanbul": the venue; not "an appeal
			       * to help people in Ethiopia" (synrecip.c) */
	syn_situation_place(S, P, vw, code->a, src, tgt);   /* "the violence in Myanmar" */
	if (posted_slot(S, P, sv, tgt))
		tgt->n = 0;   /* "Russia's ambassador to Washington criticized": his post */
	int owner;   /* a target of no side: none, or the thing's bare words ("---") */
	if ((!tgt->n || (!tgt->pronoun && !strcmp(tgt->m[0].code, "---"))) &&
	    (owner = aside_owner(S, P, vw, src, -1)) >= 0)
		actors_make_slot(S, owner, tgt);   /* "the plan, put forward by Egypt," */
	/* "the U.S. tariff on ...": who levies it */
	syn_tariff_owner(S, P, vw, code->a, src, tgt);
	/* "tariffs on Chinese goods took effect" */
	syn_tariff_goods(S, P, vw, code->a, src, tgt);
	syn_act_owner(S, P, vw, code->a, src, tgt);   /* "condemned the Israeli strike on Doha" */
	if (code->a && !strncmp(code->a, "174", 3) && way_slot(S, P, tgt))
		tgt->n = 0;   /* "deported 173 women to Turkey": the deported, not where to */
	/* the target left where the parse moved the source ("X said Pakistani troops attacked
	 * a border post": the troops, once X's target): none, so the object stands in */
	if (src->n && tgt->n && src->m[0].a == tgt->m[0].a && src->n == 1 && tgt->n == 1)
		tgt->n = 0;
	if (each_other(S, P, vw, sv, src, tgt))
		return 0;
	/* "Armenia and Azerbaijan agreed to a ceasefire": a cooperative act (03-06) of a
	 * coordinated subject with no object actor is the members' act towards each other */
	int party;
	coder_slot pair;
	const char *a = code->a;
	/* joint49: a cooperative mutual act (03-06, not an intent to give, 033-035) of a
	 * coordinated subject the parse gave one member of, with no party of its own, is the
	 * two members' act towards each other, both ways, as for two dictionary actors:
	 * "Kenya and Zorbania signed a trade deal". Not force (19): "X and Y killed 400
	 * people" has its victims as the object the parse fills later. */
	int given = a && a[0] == '0' && a[1] == '3' && a[2] >= '3' && a[2] <= '5';
	if (cooperative(a) && actors_mutual_code(a) && !given &&
	    (!tgt->n || (!tgt->pronoun && !tgt->m[0].a->ent && !strcmp(tgt->m[0].code, "---") &&
			 syn_slot_role(S, P, vw, tgt) != R_OBL)) &&
	    !to_party(S, P, vw, tgt) && other_party(S, P, vw, src) < 0 &&
	    joint_partner(S, P, sv, src, &pair) && strcmp(pair.m[0].code, src->m[0].code)) {
		src->m[1] = pair.m[0];
		src->n = 2;
		slot_copy(tgt, src);
		syn_note_add(S, "rule: a coordinated subject's two members act on each other in a "
			        "mutual act");
		return 0;
	}
	if (src->n > 1 && src->m[0].a->group >= 0 && cooperative(code->a) &&
	    syn_slot_role(S, P, sv, src) == R_SRC && syn_slot_role(S, P, vw, tgt) != R_TGT &&
	    (syn_child_rel(P, vw, "xcomp") < 0 || (!given && actors_mutual_code(a) &&
					       topic_target(S, P, vw, tgt))) &&
	    !to_party(S, P, vw, tgt)) {
		/* not "agreed to lift tariffs on X": X is the other party; nor "Kenya and
		 * Uganda held talks with China", "met Chinese officials in Beijing" */
		if ((party = other_party(S, P, vw, src)) >= 0)
			actors_make_slot(S, party, tgt);
		else
			slot_copy(tgt, src);
	}
	else if (src->n > 1 && src->m[0].a->group >= 0 && failed_accord(S, P, vw, code->a, tgt) &&
		 syn_slot_role(S, P, sv, src) == R_SRC)
		slot_copy(tgt, src);
	return 0;
}

/* 1 when a visit (042, or its host's 043) is made by people who represent no one: the
 * subject that travels is a common noun other than an office ("Chinese tourists visited
 * Vietnam", "another wave of Somalis arrived in Kenya", "detainees began arriving at
 * Guantanamo", "travelers arriving from other EU countries", "reinforcements have arrived",
 * the main clause's subject of an opener, "After arriving in Tehran, the tourist"):
 * travel, no diplomatic visit. Names, pronouns and offices ("the delegation", "officials",
 * "the minister") and warships on port calls keep it. */
static int private_travel(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const office[] = { "official", "officials", "minister", "ministers",
		"leader", "leaders", "delegation", "delegations", "delegate", "delegates", "envoy",
		"envoys", "diplomat", "diplomats", "ambassador", "ambassadors", "lawmaker",
		"lawmakers", "legislator", "legislators", "senator", "senators", "president",
		"premier", "chancellor", "king", "queen", "prince", "secretary", "chief", "chiefs",
		"commander", "commanders", "general", "generals", "head", "heads", "mission",
		"missions", "representative", "representatives", "counterpart", "counterparts",
		"spokesman", "spokeswoman", "spokesperson", "governor", "governors", "mayor",
		"mayors", "monarch", "emir", "sultan", "pope", "inspectors", "observers",
		"negotiators", "warship", "warships", "fleet", "flotilla", "navy", NULL };
	static const char *const travel[] = { "visit", "arriv", "travel", "tour", NULL };
	if (!a || a[0] != '0' || a[1] != '4' || (a[2] != '2' && a[2] != '3') ||
	    !syn_stem_in(&P->w[vw], travel))
		return 0;
	const khaldun_parse_token *v = &P->w[vw];
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0 && syn_rel_is(v, "xcomp") && v->head)   /* "began arriving" */
		s = syn_child_rel(P, (int)v->head - 1, "nsubj");
	if (s < 0 && syn_rel_base(v, "acl") && v->head)   /* "travelers arriving from" */
		s = (int)v->head - 1;
	int host = s < 0 ? opener_host(P, vw) : -1;
	if (host >= 0)   /* "After arriving in Tehran, the French tourist was detained" */
		s = syn_child_rel(P, host, "nsubj");
	if (s < 0)
		return 0;
	const khaldun_parse_token *w = &P->w[s];
	/* "VOA: Russia's President Vladimir Putin visited": a name in apposition is the visitor */
	return syn_upos_is(w, "NOUN") && !syn_word_in(w, office) &&
	       syn_child_rel(P, s, "appos") < 0;
}

/* 1 when noun n has a partner: a "with" phrase ("talks with Russia"). */
static int partnered(const struct syntax_parse *P, int n)
{
	static const char *const with[] = { "with", NULL };
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", with))
			return 1;
	return 0;
}

/* 1 when verb word w only speaks: a verb of saying, or "speak" */
static int spoken(const khaldun_parse_token *w)
{
	static const char *const speak[] = { "speak", "speaks", "spoke", "speaking", "spoken",
		NULL };
	return syn_speech_word(w) || (syn_is_verb(w) && syn_word_in(w, speak));
}

/* worddef83: verbs whose object noun of a meeting is their subject's own meeting ("held a
 * meeting", "called a private meeting", "is to have a meeting with") */
static const char *const GATHER[] = { "have", "has", "had", "having", "hold", "holds",
	"held", "holding", "attend", "attends", "attended", "attending", "host", "hosts",
	"hosted", "hosting", "chair", "chairs", "chaired", "chairing", "join", "joins",
	"joined", "joining", "call", "calls", "called", "calling", "convene", "convenes",
	"convened", "convening", NULL };

/* worddef83: verbs that state or give their object noun ("affirmed their unwavering
 * support", "expressed deep concern", "offered generous aid"): the noun is the deed. */
static const char *const STATED[] = { "affirm", "affirms", "affirmed", "reaffirm",
	"reaffirms", "reaffirmed", "express", "expresses", "expressed", "voice", "voices",
	"voiced", "reiterate", "reiterates", "reiterated", "pledge", "pledges", "pledged",
	"offer", "offers", "offered", "extend", "extends", "extended", "declare", "declares",
	"declared", "announce", "announces", "announced", NULL };

/* sanction100: verbs that bring their object measure in or put it in force ("unveiled new
 * sanctions on", "adopted tough curbs", "introduced fresh tariffs"): the noun is the deed
 * done. Not verbs that only put one forward (propose, draft, table: DOC_MAKERS has them). */
static const char *const ENACTED[] = { "unveil", "unveils", "unveiled", "unveiling",
	"introduce", "introduces", "introduced", "introducing", "adopt", "adopts", "adopted",
	"adopting", "enact", "enacts", "enacted", "enacting", "impose", "imposes", "imposed",
	"imposing", "slap", "slaps", "slapped", "slapping", "levy", "levies", "levied",
	"levying", NULL };

/* sanction100: 1 when verb h is an ENACTED word told as done: no modal or future on it
 * ("may introduce", "will unveil"), not a "to" clause ("is expected to adopt"), not negated.
 * A measure only foreseen keeps what the other rules give it (a threat, 1312, or none). */
static int enacted_done(const struct syntax_parse *P, int h)
{
	static const char *const modal[] = { "will", "would", "shall", "'ll", "can", "could",
		"may", "might", "should", "must", "to", NULL };
	return syn_word_in(&P->w[h], ENACTED) && !syn_child_word(P, h, "aux", modal) &&
	       !syn_child_word(P, h, "mark", modal) && !syn_not_on(P, h) &&
	       syn_future_verb(P, h) < 0;
}

/* worddef83: 1 when event word vw is a NOUN the parse hangs as the object of a verb with an
 * adjective of its own on it ("want firm legal guarantees", "seek closer ties"): a verb
 * takes no adjective, so the word names a thing the verb's subject wants or has, not a deed
 * of that subject's; the governing verb codes the sentence or nothing does. Not after a
 * verb of gathering (GATHER: "have a pull-aside meeting with") or of stating or giving
 * (STATED: "affirmed their unwavering support for Ukraine") or of enacting (ENACTED, sanction100:
 * "unveiled new sanctions on Uganda"), nor after a verb of saying or
 * reporting ("reported heavy shelling by Russian troops"), nor a noun with an owner or a doer
 * of its own (a possessive, a "by" phrase): a deed told as news. */
static int described_object(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	const khaldun_parse_token *h = w->head ? &P->w[w->head - 1] : NULL;
	if (!syn_upos_is(w, "NOUN") || !syn_rel_is(w, "obj") || !h ||
	    !syn_is_verb(h) || syn_word_in(h, GATHER) || syn_word_in(h, STATED) ||
	    enacted_done(P, (int)w->head - 1) || syn_speech_word(h) ||
	    syn_child_rel(P, vw, "nmod:poss") >= 0)
		return 0;
	static const char *const by[] = { "by", NULL };
	for (int i = vw + 1; i < P->nw; i++)   /* a doer of its own: "shelling by Russian troops" */
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", by))
			return 0;
	for (int i = 0; i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "amod") && P->w[i].upos &&
		    !strcmp(P->w[i].upos, "ADJ"))
			return 1;
	return 0;
}

/* nounverb114: 1 when event word vw, a statement word (code root 01) the parse reads as a
 * NOUN, is the object or oblique of a verb that is no verb of saying or stating ("to
 * ground its maritime claims", "disputes China's maritime claims"): a claim or remark
 * named as a thing the clause's verb acts on; no one states it in the sentence. */
static int statement_thing(const struct syntax_parse *P, int vw, const char *code)
{
	const khaldun_parse_token *w = &P->w[vw];
	const khaldun_parse_token *h = w->head ? &P->w[w->head - 1] : NULL;
	/* wordcls117: or the "of" phrase of a noun such a verb acts on ("contest parts of
	 * Ethiopia's sovereignty claims") */
	static const char *const of[] = { "of", NULL };
	if (h && syn_rel_is(w, "nmod") && syn_child_word(P, vw, "case", of) && h->upos &&
	    !strcmp(h->upos, "NOUN") && h->head && syn_upos_is(w, "NOUN")) {
		w = h;
		h = &P->w[h->head - 1];
	}
	return code_root(code) == 1 && syn_upos_is(w, "NOUN") && h &&
	       (syn_rel_is(w, "obj") || syn_rel_base(w, "obl")) && syn_is_verb(h) &&
	       !syn_speech_word(h) && !syn_word_in(h, STATED);
}

/* wordcls117: 1 when event word vw is a NOUN the parse reads as the indirect object of a
 * verb ("told a cabinet meeting that ...", "told a news conference"): the audience the
 * verb addresses, named by its gathering; the noun's own deed is not done in the sentence. */
static int addressee_noun(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	return syn_upos_is(w, "NOUN") && w->head && syn_rel_is(w, "iobj") &&
	       syn_is_verb(&P->w[w->head - 1]);
}

/* worddef83: 1 when the consultation noun vw, a gerund ("meeting", "meetings") the parse
 * reads as a NOUN with a determiner, a possessive or a compound on it ("Tuesday's council
 * meeting", "the summit meetings"), is the object or oblique of another word that is no verb
 * of gathering: an adjective ("was not supportive of the council meeting") or a verb the
 * dictionary leaves uncoded ("skipped the meeting"). The sentence's subject takes a stand on
 * a meeting or misses it; it does not meet. Not with a partner on the noun ("a meeting with
 * Modi"), nor after "have", "hold", "attend", "host", "chair", "join", "call" or "convene",
 * nor under a preposition of occasion (occasion_noun), nor on a negated word ("was not
 * supportive of the meeting": reject22's rejection, 120). Read by word, not by code. */
static int held_by_others(const struct syntax_parse *P, int vw)
{
	static const char *const gerund[] = { "meeting", "meetings", NULL };
	static const char *const mods[] = { "det", "nmod:poss", "compound", NULL };
	static const char *const partner[] = { "with", "between", "among", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_upos_is(w, "NOUN") || !w->head || !syn_word_in(w, gerund))
		return 0;
	if (!(syn_rel_is(w, "obj") || syn_rel_base(w, "obl")))
		return 0;
	int m = 0;
	for (int k = 0; mods[k] && !m; k++)
		m = syn_child_rel(P, vw, mods[k]) >= 0;
	for (int i = vw + 1; m && i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", partner))
			return 0;
	const khaldun_parse_token *h = &P->w[w->head - 1];
	return m && h->upos && !syn_not_on(P, (int)w->head - 1) && (!strcmp(h->upos, "ADJ") ||
				(!strcmp(h->upos, "VERB") && !syn_word_in(h, GATHER)));
}

/* occasion16: 1 when the consultation noun vw (an 04x event: meeting, talks, summit, visit)
 * only says when or where the deed of the clause it hangs on happened: its phrase (or the
 * noun phrase it is part of) is marked by a preposition of time or occasion ("during the visit",
 * "at a Security Council meeting", "after talks with Putin", "following the summit") or is the "of"
 * phrase of a word of occasion ("on the sidelines of the 43rd security meeting", "ahead of the
 * summit", "on the eve of talks"), and a verb governs it. Not "in" ("took part in talks": the talks
 * are the deed), nor a noun no verb governs (a headline), nor talks with a partner when that verb
 * only speaks ("spoke to reporters after talks with Russia": the talks are the news; the
 * statement, 010, has no PLOVER type). */
static int occasion_noun(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const when[] = { "during", "at", "after", "before", "following",
		"amid", "throughout", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const frame[] = { "sidelines", "sideline", "margins", "margin", "eve",
		"ahead", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!a || a[0] != '0' || a[1] != '4' || !syn_upos_is(w, "NOUN") || !w->head)
		return 0;
	/* the marker on the noun or on a noun it is a phrase of ("during a visit to Quetta for
	 * a high-level security meeting") */
	int k = vw;
	while (!syn_child_word(P, k, "case", when)) {
		int h = P->w[k].head ? (int)P->w[k].head - 1 : -1;
		if (h < 0 || !syn_rel_base(&P->w[k], "nmod"))
			return 0;
		if (syn_child_word(P, k, "case", of) && syn_word_in(&P->w[h], frame)) {
			k = h;
			break;
		}
		if (!syn_upos_is(&P->w[h], "NOUN"))
			return 0;
		k = h;
	}
	if (!(syn_rel_base(&P->w[k], "obl") || syn_rel_base(&P->w[k], "nmod") ||
	      syn_rel_is(&P->w[k], "advmod")))
		return 0;
	for (int i = 0, h = k; i < P->nw && P->w[h].head; i++) {
		h = (int)P->w[h].head - 1;
		if (syn_is_verb(&P->w[h]))
			return !(spoken(&P->w[h]) && (partnered(P, vw) || partnered(P, k)));
	}
	return 0;
}

/* accuse37: "Chris Doe, Canada's trade minister, called the EU move to tax Canadian spirits
 * 'deeply disappointing'": the shallow rules took the first actor after the verb (the EU)
 * as the source for want of one before it, and the next (Canadian) as the target. When the
 * parse moves the source away (the apposition's Canada) onto the target's own code, the
 * displaced actor after the verb is the target: the event is not lost as the same actor
 * twice. Only a target the parse did not confirm, and a displaced actor of another code.
 * possing163: the same side counts as the same actor ("Pakistan's commerce minister" PAKGOV,
 * "Pakistani textiles" PAK: the minister's own country is no target of his complaint). */
static void displaced_target(coder_sent *S, int v, const coder_actor *was,
			     const coder_slot *src, coder_slot *tgt)
{
	if (!was || !src->n || !tgt->n || src->m[0].a == was || was->pos <= v ||
	    !src->m[0].code || !tgt->m[0].code ||
	    !syn_codes_same_side(src->m[0].code, tgt->m[0].code) ||
	    !was->ncodes || !was->codes[0] || !strcmp(was->codes[0], src->m[0].code))
		return;
	actors_make_slot(S, (int)(was - S->a), tgt);
}

/* 1 when deed noun vw is an oblique of another verb ("responded to the Bouake attack",
 * "kidnapped during an overnight raid", "comment on the Iraqi claims") and the source lies
 * outside the noun's phrase: the noun tells a deed of its own, the background of that verb's
 * act, whose doer is only what the noun's phrase names (a possessor, a "by" or "between"
 * phrase), not the clause's subject. Left alone: a bare noun, whose doer the subject is ("in
 * support of", "in retaliation for", "through talks"), "under" (syn_under_deed), a meeting or
 * talks (04, or an intent (03) when only planned), whose parties meet the subject ("after
 * the talks with Putin, Macron ...", "prepared for Modi's scheduled meeting with Biden"),
 * a "such" noun, the clause's own deed named again ("carried out a raid ..., in the second
 * such strike"), an adjective's oblique, the subject's stance on the deed ("was not
 * supportive of the meeting"), and a verb of taking part ("played a role in the
 * protests", "took part in", "participated in", "engaged in", "joined in"). */
static int oblique_deed(coder_sent *S, const struct syntax_parse *P, int vw,
			const coder_slot *src, const char *a)
{
	static const char *const under[] = { "under", NULL };
	static const char *const such[] = { "such", NULL };
	static const char *const share[] = { "role", "roles", "part", NULL };
	static const char *const partake[] = { "participate", "participates", "participated",
		"participating", "engage", "engages", "engaged", "engaging", "join", "joins",
		"joined", "joining", "involved", NULL };
	const khaldun_parse_token *n = &P->w[vw];
	if (!syn_upos_is(n, "NOUN") || !syn_rel_is(n, "obl") || !n->head ||
	    !a || (a[0] == '0' && (a[1] == '3' || a[1] == '4')) ||
	    syn_child_word(P, vw, "case", under) || syn_child_word(P, vw, "amod", such) ||
	    (syn_child_rel(P, vw, "det") < 0 && syn_child_rel(P, vw, "nmod:poss") < 0))
		return 0;
	int h = (int)n->head - 1;
	if (!syn_is_verb(&P->w[h]) || syn_word_in(&P->w[h], partake) ||
	    syn_child_word(P, h, "obj", share))
		return 0;
	const coder_actor *sa = src->n && !src->pronoun ? src->m[0].a : NULL;
	int w = sa && sa->pos >= 0 && sa->pos < S->nt ? P->tok2w[sa->pos] : -1;
	if (w < 0)
		return 0;
	for (int hops = 0; w >= 0 && hops < P->nw; hops++, w = (int)P->w[w].head - 1)
		if (w == vw)
			return 0;
	return 1;
}

/* nounverb53: 1 when the noun compound that verb-stem noun m modifies ("export" in "export
 * controls would hurt") ends on a thing, not on a doer ("suicide bomber" names who killed)
 * or a body of them: syn_event_word's move to the subject's verb is then no deed of the
 * stem's. */
static int compound_thing(coder_sent *S, const struct syntax_parse *P, int m)
{
	/* a body of people that does the deed ("a training team developed a course") */
	static const char *const crew[] = { "team", "teams", "squad", "squads", "crew", "crews",
					    "unit", "units", "mission", "missions", NULL };
	int h = m;
	for (int hops = 0; hops < 3 && P->w[h].head && syn_rel_is(&P->w[h], "compound"); hops++)
		h = (int)P->w[h].head - 1;
	if (syn_word_in(&P->w[h], crew))
		return 0;
	for (int k = 0; k < S->nt; k++)
		if (P->tok2w[k] == h && (S->t[k].type == TY_AGENT || S->t[k].type == TY_ACTOR))
			return 0;
	return h != m;
}

/* nounverb53: "dissolved the government after youth-led protests", "fired the cabinet after
 * weeks of protests": a verb stem the parse reads as a noun after a preposition of time or
 * cause (or in an "of" phrase of such a time noun) is the background of another deed, done
 * by someone the sentence does not name as its subject. Talks or a meeting there are left to
 * the caller: their parties meet the subject ("spoke to reporters after talks with Russia").
 * Returns 1 when so. */
static int background_noun(const struct syntax_parse *P, int vw)
{
	static const char *const when[] = { "after", "before", "amid", "following", "during",
					    "despite", "since", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const spans[] = { "days", "weeks", "months", "years", NULL };
	const khaldun_parse_token *n = &P->w[vw];
	if (!syn_upos_is(n, "NOUN") || !n->head)
		return 0;
	const khaldun_parse_token *t = &P->w[n->head - 1];
	/* the tagger reads "following" as a participle with the noun as its object */
	if (syn_rel_is(n, "obj") && syn_word_is(t, "following") && syn_rel_is(t, "acl"))
		return 1;
	if (!(syn_rel_base(n, "obl") || syn_rel_base(n, "nmod")))
		return 0;
	if (syn_child_word(P, vw, "case", when))
		return 1;
	return syn_child_word(P, vw, "case", of) && (syn_time_word(t) || syn_word_in(t, spans)) &&
	       t->head && (syn_rel_base(t, "obl") || syn_rel_base(t, "nmod")) &&
	       syn_child_word(P, (int)n->head - 1, "case", when);
}

/* nounverb53: 1 when the clause that word m stands in has a verb with an object of its own
 * ("dissolved the government after protests"): that deed is the subject's news. An
 * intransitive or passive clause ("died in prison after torture", "was killed in an
 * airstrike") tells of the background deed itself. */
static int transitive_clause(const struct syntax_parse *P, int m)
{
	for (int hops = 0; hops < P->nw && P->w[m].head; hops++) {
		m = (int)P->w[m].head - 1;
		if (syn_is_verb(&P->w[m]))
			return syn_child_rel(P, m, "obj") >= 0;
	}
	return 0;
}

/* 1 when parse word vw is a noun the parse makes the subject of a verb ("Azerbaijani hackers
 * launched cyber attacks": "hackers"; "The rocket attacks ... were claimed by Hamas"). */
static int subject_noun(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	return syn_upos_is(w, "NOUN") && (syn_rel_is(w, "nsubj") || syn_rel_is(w, "nsubj:pass")) &&
	       w->head && syn_is_verb(&P->w[w->head - 1]);
}

/* claimby173: 1 when the coder token before the verb at token v is a compound of parse word vw
 * ("rocket attacks", "drone strikes", "suicide bombing"): a weapon or manner noun the pattern
 * names the deed's kind by, inside the deed's own noun phrase, no side before a verb. */
static int compound_before(const struct syntax_parse *P, int v, int vw)
{
	if (v <= 0 || P->tok2w[v - 1] < 0)
		return 0;
	const khaldun_parse_token *m = &P->w[P->tok2w[v - 1]];
	return syn_rel_is(m, "compound") && (int)m->head == vw + 1;
}

int syntax_rebind(coder_sent *S, int v, int designated, int upper, int tail, coder_slot *src,
		  coder_slot *tgt, dict_evcode *code, int *decided, const char **attr)
{
	*decided = 0;
	*attr = NULL;
	struct syntax_parse *P = syn_get_parse(S);
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[v]);
	if (!upper && S->t[v].end == v && vw != P->tok2w[v] && compound_thing(S, P, P->tok2w[v]) &&
	    syn_noun_use(P, P->tok2w[v]))
		return -1;   /* "the new export controls would hurt": no export done */
	if (!upper && S->t[v].end == v && background_noun(P, vw) && transitive_clause(P, vw) &&
	    code->a && !(code->a[0] == '0' && (code->a[1] == '3' || code->a[1] == '4')))
		return -1;   /* "dissolved the government after protests": no protest of its */
	/* "Azerbaijani hackers launched cyber attacks": a verb stem the parser reads as the
	 * subject noun of another verb is no event verb; that verb is coded instead;
	 * claimby173: so is one whose pattern word before it is its own compound when the verb
	 * is a claim in the passive, whose rule codes the deed by the claimant (syncode.c);
	 * deedsubj175: or any passive with a "by" phrase ("were condemned by the U.N."), whose
	 * subject is a deed done or judged by another; the pattern word otherwise keeps a verb
	 * the parse misread ("Israeli jets struck") */
	if (subject_noun(P, vw) &&
	    (!upper || (compound_before(P, v, vw) && syn_passive_by_subject(P, vw))))
		return -1;
	int d = tail > v && tail < S->nt && P->tok2w[tail] >= 0 ? P->tok2w[tail] : vw;
	if (!upper && d == vw && S->t[v].end == v && (modifier_word(P, vw) || syn_noun_use(P, vw)))
		return -1;   /* "pandemic-stricken New York", "export revenue": no deed */
	if (!upper && S->t[v].end == v && d != vw && d == (int)P->w[vw].head - 1 &&
	    determined_participle(P, vw))
		return -1;   /* "this alleged Russian plot": the pattern ends on the noun */
	if (!upper && d == vw && S->t[v].end == v && described_object(P, vw))
		return -1;   /* "want firm legal guarantees": a thing wanted, no deed */
	if (!upper && d == vw && S->t[v].end == v && statement_thing(P, vw, code->a))
		return -1;   /* "to ground its maritime claims": a claim named, none made */
	if (!upper && d == vw && S->t[v].end == v && addressee_noun(P, vw))
		return -1;   /* "told a cabinet meeting that ...": the audience, no meeting */
	if (!upper && S->t[v].end == v && (d == vw || d == (int)P->w[vw].head - 1) &&
	    modifier_row(P, vw))
		/* "internationally recognised Government": the pattern may end on the noun */
		return -1;
	if (syn_charged_deed_clause(S, P, vw))
		return -1;   /* "said the bombing was carried out by X": the accusation (112) */
	int rv = reported(S, P, vw, attr);
	if (recode(P, vw, d, upper, code) < 0)
		return -1;
	if (!upper && plan_pattern(S, P, v, vw, d, code) < 0)
		return -1;   /* "suspended X's decision to ban the party": no code of its own */
	if (!upper && private_travel(P, vw, code->a))
		return -1;   /* "Chinese tourists visited Vietnam": travel, no visit */
	if (!upper && (occasion_noun(P, vw, code->a) || held_by_others(P, vw)))
		return -1;   /* "on the sidelines of the ... meeting": the occasion, no deed */
	if (syn_generic_present(S, P, v, vw, rv, *attr, code->a)) {
		if (!S->reason)
			S->reason = SYN_GENERIC_NOTE;
		return -1;   /* "the group frequently attacks convoys": a habit (syncode.c) */
	}
	if (!upper && syn_generic_people(S, P, v, vw)) {
		if (!S->reason)
			S->reason = SYN_PEOPLE_NOTE;
		return -1;   /* "many people complain about prices": no side's deed (syncode.c) */
	}
	story_speaker(S, P, vw, rv, attr);
	if (!upper && syn_asked_deed(P, vw, code->a))
		/* "urged Israel to allow aid ... and release the prisoners" (syncode.c) */
		return -1;
	if (!upper && syn_causer_verb(S, P, vw))
		return -1;   /* "The crisis forced Lebanon to ask ...": no coercion (syncode.c) */
	if (!upper && syn_stirred_feeling(S, P, vw, code->a))
		/* "..., raising fears of renewed war": no one voices them (syncode.c) */
		return -1;
	/* speech95: a pact said to yield ("said the deal gives in to ...") yields to no one */
	if (!upper && ((rv < 0 && !*attr) || (code->a && !strncmp(code->a, "08", 2))) &&
	    syn_thing_subject(S, P, vw, code->a))
		return -1;   /* "the treaty guarantees Uganda access to the port" (syncode.c) */
	if (!upper && rv < 0 && !*attr && syn_thing_agent(S, P, vw, code->a))
		return -1;   /* verb95: "can be justified by the shortage" (syncode.c) */
	int need, side = upper ? -1 : syn_needed_side(P, vw, &need);
	if (side < 0 && syn_undone(S, P, vw, upper, code))
		return -1;   /* "no passengers were killed", "accused of killing" (syncode.c) */
	if (code->a && syn_feared_deed(P, vw, code->a))
		return -1;   /* "for fear China would retaliate": a fear, no threat (syncode.c) */
	if (!upper && S->t[v].end == v && syn_topic_deed_noun(P, vw))
		return -1;   /* "cases of rape", "support for regular talks" (syncode.c) */
	if (!upper && syn_commerce_noun(P, vw, d, code->a))
		/* "tariffs on steel and aluminum exports": no trade deed (syncode.c) */
		return -1;
	if (!upper && d == vw && unaddressed_aid(S, P, vw, code->a))
		return -1;   /* "must provide a public defender": aid to no one, no aid */
	if (!upper && (compared_moment(S, P, vw) || dated_background(S, P, vw) ||
		       era_deed(P, vw) || recalled_deed(S, P, vw) ||
		       noun_participle(S, P, vw) || said_what_gap(P, vw) ||
		       goods_participle(S, P, vw, code->a)))
		return -1;   /* "as when it arrived in China", "tourists strolling ... praising" */
	int open, pi = participle_subject(S, P, vw, &open);
	coder_slot rtgt = { .n = 0 };
	int rel = relative(S, P, vw, &pi, &rtgt);
	if (rel < 0)
		return -1;   /* a relative clause that only tells of its antecedent */
	int cw = (pi < 0 && open < 0) || caused_tail(P, vw) ? syn_caused_doer(S, P, vw) : -1;
	if (cw >= 0) {
		/* "Growing doubts ... led Belgium to demand talks": the object does the deed */
		int k = syn_actor_with_role(S, P, (int)P->w[vw].head - 1, R_TGT, NULL);
		pi = open = -1;   /* "Anger grew, prompting Japan to ...": Japan, not the anger */
		if (k >= 0)
			pi = k;
		else
			open = cw;
	}
	int ow = cw < 0 && !upper ? syn_controlled_object(P, vw) : -1;
	if (ow >= 0) {
		/* objctl158: "Egypt invited Israel to join": Israel joins, not Egypt */
		int k = -1;
		for (int j = 0; j < S->na && k < 0; j++) {
			int ah = syn_live_head(S, P, j);
			if (ah >= 0 && (ah == ow || syn_below(P, ah, ow) >= 0))
				k = j;
		}
		if (k >= 0) {
			pi = k;
			open = -1;
		} else if (!syn_agent_word(S, P, ow)) {
			return -1;   /* "gathered 30 influencers from 25 countries to visit" */
		}
	}
	if (pi < 0 && open < 0) {
		int dopen, dk = document_maker(S, P, vw, &dopen);
		if (dk >= 0 || dopen >= 0) {
			pi = dk;   /* "The president signed a bill imposing ...": not "a bill" */
			open = dopen;
		}
	}
	if (designated) {
		/* joined42: the pattern's meeting of a coordinated subject with itself ("% * IN_":
		 * "Kenya and Uganda met the Chinese foreign minister in Beijing") meets the third
		 * party named as the object or "with" party instead, as settle_slots does */
		int party;
		if (src->n > 1 && tgt->n == src->n && tgt->m[0].a == src->m[0].a &&
		    src->m[0].a->group >= 0 && (party = other_party(S, P, vw, src)) >= 0)
			actors_make_slot(S, party, tgt);
		return reaction_target(S, P, v, vw, code, src, tgt) < 0 ? -1 : 0;
	}
	/* a slot the parse confirms stays as the shallow rules chose it (its span too) */
	enum role rs = syn_slot_role(S, P, vw, src), rt = syn_slot_role(S, P, vw, tgt);
	int sv = subject_verb(P, vw), th;
	if (rt == R_TGT && syn_slot_actor(S, P, tgt, &th) && th >= 0 && syn_absolute_with(P, th))
		rt = R_NONE;   /* stmttgt110: ", with its minister speaking": no argument */
	if (rs != R_SRC && sv != vw && syn_slot_role(S, P, sv, src) == R_SRC)
		rs = R_SRC;
	if (rel) {
		*tgt = rtgt;
		rt = R_TGT;
	}
	if (open >= 0) {
		if (!syn_open_phrase(S, P, open, src))
			src->n = 0;   /* the tail's doer: the host's subject, no dictionary actor */
		rs = R_SRC;
		if (same_phrase(S, P, src, tgt))
			tgt->n = 0;
	} else if (pi >= 0) {
		actors_make_slot(S, pi, src);
		rs = R_SRC;
		if (same_phrase(S, P, src, tgt))
			tgt->n = 0;
	}
	int pk = rt != R_TGT && !rel ? aimed_phrase_actor(S, P, vw, d, code->a, src) : -1;
	if (pk >= 0) {
		if (!tgt->n || tgt->m[0].a != &S->a[pk])
			actors_make_slot(S, pk, tgt);
		rt = R_TGT;
		S->syn_note = "rule: the actor in the phrase the verb or its pattern is aimed "
			      "at is the target, not the place";
	}
	if (pk < 0 && (rt != R_TGT || placed_object(P, vw) >= 0) && !rel &&
	    protested_against(S, P, vw, code->a, src, tgt))
		rt = R_TGT;
	int moved = -1;
	const coder_actor *was = src->n && !src->pronoun ? src->m[0].a : NULL;
	if (rs != R_SRC)
		rechoose_source(S, P, vw, sv, rv, rs, src, &moved);
	if (rt != R_TGT)
		rechoose_target(S, P, v, vw, tail, rt, code, src, tgt);
	if (taken_from(S, P, vw, code->a, src, tgt))
		rt = R_OBL;
	if (!upper && plan_owner(S, P, vw, src, tgt))
		rt = R_OBL;   /* "blocked the government's plan to ...": the government */
	if (discussed_topic(S, P, vw, code->a, src, tgt))
		rt = R_OBL;   /* "discussed Iran's nuclear programme": no partner named */
	if (about_partner(S, P, vw, code->a, src, tgt))
		rt = R_OBL;   /* "spoke with Armitage about his trip to Taiwan": Armitage */
	if (origin_topic(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "commented on the tanker's departure from Venezuela": none */
	if (worry_topic(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "dismissed concerns about Nigerian fuel imports": none */
	if (locative_topic(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "say rebels relaunched hostilities in the nation": none */
	if (claim_far_target(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "attacking a truck guarding a mine run by a firm": none */
	if (place_described(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "hit targets in areas abandoned by troops loyal to X": none */
	if (owner_of_thing(S, P, vw, code->a, tgt))
		rt = R_OBL;   /* "tested the Russian missile system": its maker, none */
	if (comment_target(S, P, vw, tgt))
		rt = R_OBL;   /* "upgraded its ties - a move aimed at countering Uganda": none */
	if (charge_target(S, P, vw, code->a, src, tgt))
		rt = R_OBL;   /* "accused YChina of supporting Chinese propaganda": YChina */
	if (rt != R_TGT && tgt->n && reported_speaker(S, P, vw, reporting_host(P, vw, rv), tgt)) {
		tgt->n = 0;   /* "He said 21 passengers died in the attack by the BLA": not his */
		S->syn_note = "rule: the speaker is not the target of the deed they report";
	}
	if (attributed(S, P, tgt)) {
		tgt->n = 0;   /* "According to a Turkish official, rebels shelled the town" */
		S->syn_note = "rule: an 'according to' phrase is no side of the deed it reports";
	}
	if (attributed(S, P, src))
		src->n = 0;   /* "According to officials, the town was shelled": none */
	if (framework_doer(S, P, vw, src)) {
		src->n = 0;   /* "were told to leave under a deal with Uganda": no teller */
		event_null_slot(S, src);
	}
	if (rt == R_NONE)
		displaced_target(S, v, was, src, tgt);
	if (!tgt->n && moved >= 0 && asked_subject(S, P, vw, moved, code->a))
		actors_make_slot(S, moved, tgt);   /* "demanded that Beijing remove them" */
	if (syn_recipient_target(S, P, vw, src, tgt))
		/* "returned artifacts to the government of Iraq": Iraq's government */
		rt = R_OBL;
	else if (syn_withdrawal_target(S, P, vw, src, tgt))
		rt = R_OBL;   /* "withdrew peacekeepers from Sinai": Egypt */
	else if (syn_beneficiary_target(S, P, vw, code->a, src, tgt))
		rt = R_OBL;   /* "earmarked euros in aid to help Haiti": Haiti (synrecip.c) */
	if (syn_mission_target(S, P, vw, code->a, src, tgt))
		rt = R_OBL;   /* "sent troops to the UN mission in Mali": Mali (synrecip.c) */
	int self = syn_reported_self_passive(S, P, vw, rv, relative_speaker(S, P, rv), code->a,
					     src, tgt);
	if (self)
		rs = rt = R_TGT;   /* "Kenya said it was threatened": Kenya's (synpassive.c) */
	else if (syn_reported_passive(S, P, vw, rv, code->a, src, tgt))
		rs = rt = R_TGT;   /* "X said Y was killed": not X's deed (synpassive.c) */
	else if (syn_reported_person_passive(S, P, vw, rv, code->a, src, tgt))
		rs = rt = R_TGT;   /* "X said he was threatened": not X's deed (synpassive.c) */
	else if (syn_passive_subject(S, P, vw, code->a, src, tgt))
		rs = rt = R_TGT;   /* "the commander was killed in an airstrike": the victim */
	else if (syn_passive_oblique(S, P, vw, src, tgt))
		rs = rt = R_TGT;   /* "sanctions were imposed on Iran": Iran (synpassive.c) */
	else if (syn_phrasal_passive(P, vw) >= 0 &&
		 syn_passive_subject(S, P, syn_phrasal_passive(P, vw), code->a,
					 src, tgt))
		rs = rt = R_TGT;   /* "he was placed under house arrest": him (synpassive.c) */
	if (!self && syn_passive_open_target(S, P, vw, src, tgt))
		rs = rt = R_TGT;   /* "the journalist was detained by police": the journalist */
	if (syn_ruler_doer(S, P, vw, code->a, src, tgt))
		rs = rt = R_TGT;   /* "is banned under the Taliban": the Taliban did it */
	if (syn_participle_passive(S, P, vw, src, tgt)) {
		rs = R_SRC;   /* "the leader is dead, killed ... by Iraqi forces" (synpassive.c) */
		rt = R_TGT;
	}
	if (syn_passive_open_doer(S, P, vw, src, tgt)) {
		rs = R_SRC;   /* "he was hunted down by our soldiers": ~MIL (synpassive.c) */
		rt = R_TGT;
	}
	if (reduced_passive(S, P, vw, src, tgt)) {
		rs = R_SRC;   /* "students kidnapped by gunmen": the gunmen -> the students */
		rt = R_TGT;
	}
	if (syn_passive_authority(S, P, vw, code->a, src, tgt))
		rs = R_SRC;   /* "was arrested in Ankara": the Turkish authorities (synpassive.c) */
	if (syn_passive_clash(S, P, vw, code->a, src, tgt)) {
		rs = R_SRC;   /* "was killed in a clash with army troops": ~MIL (synpassive.c) */
		rt = R_TGT;
	}
	if (syn_passive_force(S, P, vw, code->a, src, tgt)) {
		rs = R_SRC;   /* "troops were deployed to X": the troops' side (synpassive.c) */
		rt = R_TGT;
	}
	if (syn_felt_passive(S, P, vw, code->a, src, tgt)) {
		rs = R_SRC;   /* "Norway was dismayed by Russia": Norway -> Russia (synpassive.c) */
		rt = R_TGT;
	}
	if (plan_aim_target(S, P, vw, tgt) || plan_aim_target(S, P, vw, src))
		return -1;   /* "A proposal to sanction Israel was rejected": no side coded */
	if (ordered_doer(S, P, vw, code->a, src, tgt)) {
		rs = R_SRC;   /* "The army was ordered to attack the rebels": the army's deed */
		rt = R_TGT;
	}
	if (!upper)
		conferred(S, P, vw, sv, code, src, tgt);
	if (settle_slots(S, P, vw, sv, code, src, tgt) < 0)
		return -1;
	if (cw >= 0 && caused_by(S, P, (int)P->w[vw].head - 1, tgt))
		tgt->n = 0;   /* "doubts among U.S. allies led Korea to ...": the cause's */
	syn_left_organisation(P, vw, tgt, code);   /* "withdrew from ECOWAS": 160 (syncode.c) */
	if (speaker_pronoun(S, P, sv, rv, code->a, src))
		rs = R_SRC;   /* "the officials said they arrested ...": the officials */
	*decided = rs != R_NONE || rt != R_NONE;
	if (syn_ultimatum(S, P, vw, src, tgt, code))
		*decided = 1;   /* "will buy ... if the freeze is not lifted": 139 (syncode.c) */
	if (!upper && syn_speaker_recode(S, P, vw, src, tgt, code))
		/* "X said that Y must ensure ...": X's demand; a warning (syncode.c) */
		*decided = 1;
	else if (upper && syn_under_deed(S, P, vw, src, tgt))
		*decided = 1;   /* sides136: "came under a Russian missile attack" (syncode.c) */
	if (!upper && oblique_deed(S, P, vw, src, code->a))
		return -1;   /* "France responded to the Bouake attack": not France's deed */
	if (!upper && observer_statement(S, P, vw, code->a)) {
		S->observer |= opening_word(P, syn_child_rel(P, vw, "nsubj"));
		return -1;   /* "Experts say ...", "Researchers warn ...": observers' comment */
	}
	if (!upper && syn_unspoken_report(P, vw, code->a))
		return -1;   /* "two Chinese were said to be ...": no speaker (synpassive.c) */
	if (side >= 0) {
		*decided = 1;   /* "the need for X to invest": an appeal to X */
		return needed(S, P, vw, side, need, src, tgt, code);
	}
	if (!upper && commanded(S, P, vw, src, tgt, code)) {
		*decided = 1;   /* "told X to ban ...": the teller's demand on X */
		return 0;
	}
	return demanded(S, P, vw, rv, src, tgt, code);
}

/* 1 when word x is the actor's head h or a word its name leads to (compound, flat, amod:
 * "the [Pakistani] army"), not a possessed noun ("China's handling"). */
static int name_head(const struct syntax_parse *P, int x, int h)
{
	for (int steps = 0; h >= 0 && steps < 4; steps++) {
		if (h == x)
			return 1;
		const khaldun_parse_token *w = &P->w[h];
		if (!(syn_rel_is(w, "compound") || syn_rel_is(w, "flat") || syn_rel_is(w, "amod")))
			return 0;
		h = (int)w->head - 1;
	}
	return 0;
}

/* 1 for the "least" or "most" of "at least 23 civilians": the number's limit, in its phrase. */
static int quantity_limit(const struct syntax_parse *P, int i)
{
	const khaldun_parse_token *w = &P->w[i];
	if (!syn_rel_base(w, "nmod") || !(syn_word_is(w, "least") || syn_word_is(w, "most")))
		return 0;   /* the word itself first: the case child is a walk of the sentence */
	int c = syn_case_of(P, i);
	return c >= 0 && syn_word_is(&P->w[c], "at");
}

/* anaphor54: 1 when word w is a verb that lays a charge on its object, whose "of" phrase is
 * the charge: accuse, charge, blame, suspect, convict in any form ("accused the paramilitary
 * group of genocide": the group is what the deed is aimed at, genocide the charge). */
static int charge_verb(const khaldun_parse_token *w)
{
	static const char *const stems[] = { "accus", "charg", "blam", "suspect", "convict",
					     NULL };
	for (int k = 0; stems[k]; k++)
		if (w->len >= strlen(stems[k]) && !strncasecmp(w->form, stems[k], strlen(stems[k])))
			return 1;
	return 0;
}

/* phrase_words' test of one word i on the way up from a word to np: 1 in the phrase (i is np),
 * 0 out of it (the event's verb, a clause of its own, a prepositional phrase that leaves it),
 * -1 on up to i's head: "of Ukraine" in "President Zelenskyy of Ukraine", the "least" of "at
 * least 23 civilians". It reads word i alone (and the fixed np, h, vw), so its answer for a
 * word holds for every word below it (speed123: phrase_words). */
/* phrase_step's ways: an "of" charge out, a place in, another member of a coordination out */
enum { PH_CHARGE = 1, PH_PLACE = 2, PH_MEMBER = 4 };

/* cutshort150: 1 when word i names a place: a proper name that is no time ("in eastern
 * [Afghanistan]", not "in late [September]") or a place noun ("in a southern [city]"), or
 * a word whose "of" phrase is one ("in the [southeast] of the country"); not a deed or
 * manner ("in airstrikes", "in a statement", "in hopes"). */
static int place_named(const struct syntax_parse *P, int i)
{
	for (int k = 0; k < 2 && i >= 0; k++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((syn_upos_is(w, "PROPN") && !syn_time_word(w)) ||
		    syn_word_in(w, PLACE_NOUNS))
			return 1;
		i = syn_child_rel(P, i, "nmod");
		if (i >= 0) {
			int c = syn_case_of(P, i);
			if (!(c >= 0 && syn_word_is(&P->w[c], "of")))
				return 0;
		}
	}
	return 0;
}

/* conjspan151: 1 when word f is a time the parser made the first member of a list of actors
 * after it ("In late [January], Burkina Faso, Mali and Niger withdrew": the date of an opening
 * phrase, its comma read as the list's): each member after it is its own actor and phrase. */
static int time_list(coder_sent *S, const struct syntax_parse *P, int f)
{
	if (f < 0 || syn_child_rel(P, f, "conj") <= f)
		return 0;
	if (syn_time_word(&P->w[f]))
		return 1;
	for (int t = 0; t < S->nt; t++)
		if (P->tok2w[t] == f && tok_has(&S->t[t], WF_WHEN))
			return 1;
	return 0;
}

static int phrase_step(const struct syntax_parse *P, int i, int np, int h, int vw, int actor)
{
	static const char *const clause[] = { "acl", "advcl", "ccomp", "parataxis", "xcomp",
					      "csubj", "obl", NULL };
	if (i == np)
		return 1;
	if (i == vw)
		return 0;   /* never across the event's verb */
	const khaldun_parse_token *w = &P->w[i];
	if (quantity_limit(P, i))
		return -1;
	if (syn_rel_base_in(w, clause))
		return 0;
	/* conjspan151: another member of a list a time heads is its own actor ("In late
	 * January, [Burkina Faso], Mali and Niger withdrew") */
	if (syn_rel_base(w, "conj") && (actor & PH_MEMBER) && !syn_on_path(P, i, h, np))
		return 0;
	if (syn_rel_base(w, "nmod") && !syn_rel_is(w, "nmod:poss")) {
		int c = syn_case_of(P, i);
		int of = c >= 0 && syn_word_is(&P->w[c], "of");
		/* "accused [Islamabad] of insincerity": the charge, not the actor's name
		 * ("President Zelenskyy of Ukraine") */
		int charge = (actor & PH_CHARGE) && of && name_head(P, (int)w->head - 1, h) &&
			     w->len && islower((unsigned char)w->form[0]);
		/* cutshort150: an object's place after its common head stays ("attacked [a
		 * police headquarters in eastern Afghanistan]", "aid to [women in Afghanistan]");
		 * a name's is where it was met ("met Erdogan in Ankara") */
		int place = (actor & PH_PLACE) && (int)w->head - 1 == np && i > np &&
			    syn_locative(P, i) && place_named(P, i) &&
			    !syn_upos_is(&P->w[np], "PROPN");
		if (!syn_on_path(P, i, h, np) && (!of || charge) && !place)
			return 0;
	}
	return -1;
}

/* 1 when word i lies in the noun phrase headed by word np that holds the actor's head h: in
 * np's subtree, reached without passing through a clause of its own (relative, adverbial,
 * complement) or a prepositional phrase other than "of" ("the president of Armenia"; not
 * "... in Washington on Tuesday") unless that phrase holds the actor ("a court in Istanbul",
 * "a police headquarters in eastern Afghanistan"); with `actor` (an object actor) or a
 * charge verb (charge_verb, set by the caller: the phrase of an object no dictionary names),
 * an "of" phrase on the actor's name (name_head) headed by a lower-case word is its charge,
 * not part of its name ("accused Islamabad of insincerity"; not "the Chamber of Commerce").
 * Each word's answer in inside[0 .. P->nw): the walk up from a word stops at the first word
 * already answered, whose answer is that of every word on the way (speed123: once a word a
 * phrase, not once a word below it); a walk that comes back to itself is out, as a walk of
 * P->nw steps was. */
static void phrase_words(const struct syntax_parse *P, int np, int h, int vw, int actor,
			 uint8_t *inside)
{
	enum { UNSEEN = 2, ON_WAY = 3 };
	int way[SYN_MAX];
	memset(inside, UNSEEN, (size_t)P->nw);
	for (int i = 0; i < P->nw; i++) {
		int n = 0, j = i, r = 0;
		while (j >= 0 && inside[j] == UNSEEN) {
			int d = phrase_step(P, j, np, h, vw, actor);
			if (d >= 0) {
				inside[j] = (uint8_t)d;
				break;
			}
			inside[j] = ON_WAY;
			way[n++] = j;
			j = (int)P->w[j].head - 1;
		}
		if (j >= 0 && inside[j] != ON_WAY)
			r = inside[j];
		while (n > 0)
			inside[way[--n]] = (uint8_t)r;
	}
}

/* 1 when noun n has a finite-looking verb as its clause (acl: no "to", not in -ing, with an
 * object of its own): "security forces arrested ten men", a clause the parser hung on a noun. */
static int clause_read_as_acl(const struct syntax_parse *P, int n)
{
	int a = syn_child_rel(P, n, "acl");
	return a > n && syn_upos_is(&P->w[a], "VERB") && !syn_ends_ing(&P->w[a]) &&
	       syn_child_rel(P, a, "mark") < 0 && syn_child_rel(P, a, "obj") >= 0;
}

/* 1 when word i is the comma before an apposition that tells what place a proper name is:
 * "Bagram[,] the military airfield", "Estonia[,] a small but strong country"; not a
 * person's title ("Vladimir Putin, the Russian president"), kept as the news names him. */
static int described_name(const struct syntax_parse *P, int i)
{
	const khaldun_parse_token *c = &P->w[i];
	if (!syn_rel_is(c, "punct") || !syn_word_is(c, ",") || (int)c->head - 1 <= i)
		return 0;
	const khaldun_parse_token *ap = &P->w[c->head - 1];
	int name = (int)ap->head - 1;
	return syn_rel_is(ap, "appos") && name >= 0 && name < i && syn_word_in(ap, PLACE_NOUNS) &&
	       syn_upos_is(&P->w[name], "PROPN");
}

/* 1 when word w opens a noun phrase by how many or which: a determiner, a number, or a
 * quantity adjective ("more", "several") */
static int quantity_word(const khaldun_parse_token *w)
{
	static const char *const much[] = { "more", "fewer", "less", "many", "several", "few",
					    "additional", "further", NULL };
	return syn_rel_is(w, "det") || syn_rel_is(w, "nummod") ||
	       (syn_rel_is(w, "amod") && syn_word_in(w, much));
}

/* The coder tokens [*f, *t] of the phrase headed by word np (holding word h) towards verb
 * word vw: np's subtree by phrase_words(), trimmed; actor: np is an object actor's phrase,
 * whose "of" charge is left out. Returns 0 when no token maps to it. */
static int phrase_tokens(coder_sent *S, const struct syntax_parse *P, int np, int h, int vw,
			 int actor, int *fp, int *tp)
{
	int lo = np, hi = np;
	uint8_t inside[SYN_MAX];   /* phrase_words: each word in np's phrase or not */
	phrase_words(P, np, h, vw, (actor & PH_PLACE) |
		     ((actor & PH_CHARGE) || (vw >= 0 && charge_verb(&P->w[vw])) ? PH_CHARGE : 0),
		     inside);
	for (int i = 0; i < P->nw; i++)
		if (i != vw && inside[i]) {
			if (i < lo)
				lo = i;
			if (i > hi)
				hi = i;
		}
	/* source55: a phrase lies on one side of the event's verb when that is a clause's
	 * verb, whatever the parser hung on it: a list subject read as one noun phrase with
	 * the verb an adjective of its last name ("France, Germany and Amnesty International
	 * criticized Hungary": Hungary a conjunct of France, criticized its amod) is the
	 * subject before the verb and the object after it (a name takes no participle of a
	 * deed as its adjective). A deed word inside its phrase stays ("the announcement of
	 * upgraded ties", "another crackdown on ...") */
	const khaldun_parse_token *vh = P->w[vw].head ? &P->w[P->w[vw].head - 1] : NULL;
	if (vw > lo && vw < hi && (clause_verb(P, vw) ||
				   (syn_is_verb(&P->w[vw]) && vh && vh->upos &&
				    !strcmp(vh->upos, "PROPN")))) {
		if (h < vw)
			hi = vw - 1;
		else
			lo = vw + 1;
	}
	/* not into a relative clause the parser hung on the phrase ("Modi, who was ...") */
	for (int i = h + 1; i <= hi; i++)
		if (syn_upos_is(&P->w[i], "PRON") &&
		    (syn_word_is(&P->w[i], "who") || syn_word_is(&P->w[i], "which"))) {
			hi = i - 1;
			break;
		}
	/* not into the next clause the parser read as a conjunct with a clause on it ("a
	 * village in Mali, and security forces arrested ten men": forces conj, arrested acl) */
	for (int i = h + 1; i + 1 <= hi; i++)
		if (syn_rel_is(&P->w[i], "punct") && syn_rel_is(&P->w[i + 1], "cc") &&
		    P->w[i + 1].head && clause_read_as_acl(P, (int)P->w[i + 1].head - 1)) {
			hi = i - 1;
			break;
		}
	/* span53: a phrase is one run of words: not past a word of another part of the clause
	 * to a common noun's apposition beyond it ("accused [Azerbaijan] of firing on its
	 * positions, a charge Baku denied": the charge is the accusation's, not Azerbaijan's
	 * name); a name after a title stays ("the ambassador to Kenya, Mohamud Ahmed Nur") */
	for (int i = h + 1, gap = -1; i <= hi; i++) {
		if (gap < 0 && !inside[i])
			gap = i;
		if (gap >= 0 && syn_rel_is(&P->w[i], "appos") &&
		    !syn_upos_is(&P->w[i], "PROPN")) {
			hi = gap - 1;
			break;
		}
	}
	/* not into a place's description set off by a comma ("Haifa, Israel's third largest
	 * city") unless it holds the actor */
	for (int i = h + 1; i <= hi; i++)
		if (described_name(P, i)) {
			hi = i - 1;
			break;
		}
	/* a compound before the head's determiner, number or quantity is no part of the head's
	 * name: English puts those before a compound ("two Pakistani fishermen", "more weapons"),
	 * so the parser glued another phrase on ("troops shot dead [two Pakistani fishermen]",
	 * "promised [Ukraine] more weapons": the indirect object); the actor keeps its side */
	for (int c = lo; c < np; c++) {
		if ((int)P->w[c].head != np + 1 || !syn_rel_is(&P->w[c], "compound"))
			continue;
		int k = c + 1;
		while (k < np && !((int)P->w[k].head == np + 1 && quantity_word(&P->w[k])))
			k++;
		if (k == np)
			continue;
		if (h <= c)
			hi = c;
		else
			lo = k;
		break;
	}
	/* no leading preposition or punctuation, no trailing punctuation */
	while (lo < hi && (((int)P->w[lo].head == np + 1 && syn_rel_is(&P->w[lo], "case")) ||
			   syn_rel_is(&P->w[lo], "punct") || syn_rel_is(&P->w[lo], "cc")))
		lo++;
	while (hi > lo && (syn_rel_is(&P->w[hi], "punct") || syn_rel_is(&P->w[hi], "case")))
		hi--;
	int f = -1, t = -1;
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] >= lo && P->tok2w[i] <= hi) {
			if (f < 0)
				f = i;
			t = i;
		}
	*fp = f;
	*tp = t;
	return f >= 0;
}

/* 1 when parse word w is a token the verb's pattern matched after the verb (verb's end up
 * to token tail): the pattern's own noun ("lifted its [blockade] of Yemen"). */
static int pattern_word(coder_sent *S, const struct syntax_parse *P, int w, int verb, int tail)
{
	for (int i = S->t[verb].end + 1; i <= tail && i < S->nt; i++)
		if (P->tok2w[i] == w)
			return 1;
	return 0;
}

/* 1 when parse word w is a word for people: an agent of the dictionary ("people",
 * "militants"), alone or ending a phrase, or an actor's word ("the military"). */
static int people_word(coder_sent *S, const struct syntax_parse *P, int w)
{
	for (int i = 0; i < S->nt; i++) {
		if (P->tok2w[i] != w)
			continue;
		for (int j = i; j >= 0 && j >= i - 4; j--)
			if (S->t[j].ent && S->t[j].end >= i &&
			    (S->t[j].ent->type == ENT_AGENT || S->t[j].actor >= 0))
				return 1;
		if (S->t[i].type == TY_AGENT || S->t[i].actor >= 0)
			return 1;
	}
	return 0;
}

/* tgtchoice152: 1 when parse word w is a common noun for people named by their part for
 * another side, which the dictionary leaves without a role ("in touch with [planners] in
 * Afghanistan", "arrested [supporters] of the opposition leader"): the place or name in its
 * phrase tells whose they are, the phrase is theirs. */
static int side_people_word(const struct syntax_parse *P, int w)
{
	return !syn_upos_is(&P->w[w], "PROPN") &&
	       syn_word_in(&P->w[w], SIDE_PEOPLE_NOUNS);
}

/* 1 when an actor in a locative phrase of noun n is itself the party of a cooperative deed
 * (CAMEO 03 and 06-08: aid, troops, peacekeeping, a surrender) in role r: a deed goes to
 * the country where the thing it feeds lies ("deployed troops to the UN mission in
 * [Mali]", "provided aid after the earthquake in [Haiti]"), unless that thing is a name or
 * people ("the people in Yemen", whom the aid is for). A hostile deed keeps the place's
 * thing whole: what is struck is the base or mosque in it. */
static int placed_aid(coder_sent *S, const struct syntax_parse *P, int n, enum role r,
		      const char *code)
{
	static const char *const coop[] = { "03", "06", "07", "08", NULL };
	if (r == R_SRC || !code || syn_upos_is(&P->w[n], "PROPN") ||
	    people_word(S, P, n) || side_people_word(P, n))
		return 0;
	for (int k = 0; coop[k]; k++)
		if (!strncmp(code, coop[k], 2))
			return 1;
	return 0;
}

/* objfirst53: 1 when parse word w is people an actor took as its agent across a fight
 * (match.c fight_place: "six rebels during clashes in eastern Congo" are Congo's): the
 * people, not the fight, are the phrase of the actor. */
static const char *const fight_time[] = { "during", "amid", NULL };
static int placed_agent(const coder_sent *S, const struct syntax_parse *P, int w)
{
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] == w && S->t[i].type == TY_LIT && S->t[i].ent &&
		    S->t[i].ent->type == ENT_AGENT)
			return 1;
	return 0;
}

/* appospan149: 1 when parse word w, the thing an owner's possessive hangs on, is itself
 * an actor's phrase: a name, a word for people, or a word of an actor the dictionary found
 * ("Libya's [government]", "China's U.N. [mission]", "Pakistan's [Prime Minister]"), a place
 * or a subject; 0 for a thing or deed aimed at ("Ankara's perceived [shift]", "Israel's
 * heinous [attacks]"). */
static int owned_actor(coder_sent *S, const struct syntax_parse *P, int w)
{
	if (syn_upos_is(&P->w[w], "PROPN"))
		return 1;
	/* a place the owner's land holds ("in [Kenya]'s Garissa town") or a doer ("[Sudan]'s
	 * new ruling council dissolved") keeps its owner's phrase whole */
	if (syn_locative(P, w) || syn_rel_base(&P->w[w], "nsubj"))
		return 1;
	/* a word inside the owned phrase, not its head ("Tehran's human [rights] abuses",
	 * "Israel's [heinous] and cruel attacks"): the parse's own link decides nothing */
	if (syn_rel_base(&P->w[w], "compound") || syn_rel_base(&P->w[w], "amod") ||
	    syn_rel_base(&P->w[w], "flat"))
		return 1;
	/* a deed with what it bears on ("Israel's violations of the truce", "Eritrea's
	 * treatment of journalists": older records keep these whole) */
	for (int i = w + 1; i < P->nw; i++)
		if ((int)P->w[i].head - 1 == w && syn_rel_base(&P->w[i], "nmod") &&
		    syn_case_of(P, i) >= 0 && syn_word_is(&P->w[syn_case_of(P, i)], "of"))
			return 1;
	/* a body a name qualifies ("China's [U.N.] mission") */
	for (int i = 0; i < w; i++)
		if ((int)P->w[i].head - 1 == w && syn_rel_is(&P->w[i], "compound") &&
		    syn_upos_is(&P->w[i], "PROPN"))
			return 1;
	if (people_word(S, P, w))
		return 1;
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] == w && S->t[i].actor >= 0)
			return 1;
	return 0;
}

/* The head word of the noun phrase that holds the actor's head h in role r of verb word vw:
 * up from h through the phrase's own links, not across a preposition ("an assault on [the
 * last ISIS group bastion]"); a subject is taken whole ("[a court in Istanbul] lifted"); not
 * up to a noun the verb's pattern matched up to token tail ("announced a ceasefire in
 * [Idlib]": the pattern's noun is the deed, the place its target). */
static int phrase_top(coder_sent *S, const struct syntax_parse *P, int h, int vw, enum role r,
		      int verb, int tail, const char *code)
{
	static const char *const inner[] = { "compound", "flat", "amod", "nmod:poss", "appos",
					     "conj", "det", "nummod", "fixed", NULL };
	int np = h;
	for (int steps = 0; steps < P->nw && P->w[np].head && (int)P->w[np].head - 1 != vw;
	     steps++) {
		const khaldun_parse_token *w = &P->w[np];
		int ok = r == R_SRC, nmod = syn_rel_base(w, "nmod") && !syn_rel_is(w, "nmod:poss");
		for (int k = 0; inner[k]; k++)
			ok |= syn_rel_is(w, inner[k]);
		if (nmod && syn_case_of(P, np) >= 0 && syn_word_is(&P->w[syn_case_of(P, np)], "of"))
			ok = 1;   /* "the president of [Armenia]" */
		if (nmod && syn_locative(P, np) && !placed_aid(S, P, (int)w->head - 1, r, code))
			/* the place of the object: "[a police headquarters in Afghanistan]" */
			ok = 1;
		if (nmod && syn_case_of(P, np) >= 0 &&
		    syn_word_in(&P->w[syn_case_of(P, np)], fight_time) &&
		    placed_agent(S, P, (int)w->head - 1))
			ok = 1;   /* objfirst53: "[six rebels during clashes in eastern Congo]" */
		if (!ok || (nmod && pattern_word(S, P, (int)w->head - 1, verb, tail)))
			break;
		/* conjspan151: nor onto a time the parser made the head of a list of actors ("In
		 * late January, Burkina Faso, [Mali] and Niger withdrew") */
		if (r != R_NONE && syn_rel_base(w, "conj") && time_list(S, P, (int)w->head - 1))
			break;
		/* an actor in no role of the verb climbs inside its noun phrase only, never
		 * onto a verb the parser hung a noun on ("Libya's recognized government") */
		if (r == R_NONE && syn_is_verb(&P->w[w->head - 1]))
			break;
		/* appospan149: nor from a named owner onto the thing or deed it owns when the
		 * owner is the one aimed at ("angry with [Ankara]'s perceived shift", "pointed to
		 * [China]'s punitive measures"): a name's or people's phrase stays whole
		 * ("Libya's recognized government", "China's U.N. mission") */
		if ((r == R_TGT || r == R_OBL) && syn_rel_is(w, "nmod:poss") && w->upos &&
		    !strcmp(w->upos, "PROPN") && !owned_actor(S, P, (int)w->head - 1))
			break;
		/* nor onto a deed or thing the name is the place or owner of ("a ceasefire in
		 * [Yemen]", "the ouster of [Morsi]"): only onto a name or a word for people
		 * ("the president of Armenia", "people in Sri Lanka") */
		if (r == R_NONE && nmod && !(P->w[w->head - 1].upos &&
					     !strcmp(P->w[w->head - 1].upos, "PROPN")) &&
		    !people_word(S, P, (int)w->head - 1) && !side_people_word(P, (int)w->head - 1))
			break;
		np = (int)w->head - 1;
	}
	return np;
}

int syntax_np_extent(coder_sent *S, const coder_actor *a, int verb, int tail,
		     const char *code, int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || a->pos < 0 || a->end >= S->nt || verb < 0 || verb >= S->nt)
		return 0;
	int vw = P->tok2w[verb], h = syn_span_head(P, a->pos, a->end), rank;
	if (vw < 0 || h < 0)
		return 0;
	vw = syn_event_word(P, vw);
	enum role r = syn_role_of(P, h, vw, &rank);
	/* "threatened to shell [all the bases of government forces]", "agreed to provide aid
	 * to [X]": the object of the verb's complement */
	for (int x = syn_child_rel(P, vw, "xcomp"), hops = 0; x >= 0 && hops < 2 &&
	     r != R_SRC && r != R_TGT && r != R_OBL; x = syn_child_rel(P, x, "xcomp"), hops++) {
		enum role rx = syn_role_of(P, h, x, &rank);
		if (rx == R_TGT || rx == R_OBL) {
			r = rx;
			vw = x;
		}
	}
	/* the speaker taken as the source of a future deed said in the passive with no doer
	 * (voiceless_speaker: '"... will be responded to with full force," [Balochistan
	 * Chief Minister Sarfraz Bugti] said'): the phrase of the speech verb's subject */
	int sp = r == R_NONE && syn_passive_verb(P, vw) && syn_future_verb(P, vw) >= 0 &&
		 syn_child_rel(P, vw, "obl:agent") < 0 ? syn_speech_verb(P, vw) : -1;
	if (sp >= 0 && syn_role_of(P, h, sp, &rank) == R_SRC) {
		r = R_SRC;
		vw = sp;
	}
	if (r != R_SRC && r != R_TGT && r != R_OBL && r != R_LOC)   /* R_LOC: a place visited */
		return 0;
	int f, t, np = phrase_top(S, P, h, vw, r, verb, tail, code);
	/* cutshort150: a site struck keeps its place, which tells which site it is ("attacked
	 * [a military base in northeast Nigeria]": CAMEO 18-20); people keep theirs out, the
	 * place where the deed was done ("killed [Boko Haram militants] in Borno state") */
	int armed = code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
			     !strncmp(code, "20", 2));
	int ways = (syn_rel_base(&P->w[h], "conj") && time_list(S, P, (int)P->w[h].head - 1) ?
		    PH_MEMBER : 0) | (r == R_TGT && a->ent ? PH_CHARGE : 0) |
		   ((r == R_TGT || r == R_OBL) && armed && !people_word(S, P, np) ? PH_PLACE : 0);
	/* an open actor the pattern's words begin ("the arrest [of Dodik]"): the whole phrase */
	if (!phrase_tokens(S, P, np, h, vw, ways, &f, &t) || f > a->pos || t < a->end) {
		np = phrase_top(S, P, h, vw, r, verb, -1, code);
		ways &= people_word(S, P, np) ? ~PH_PLACE : ~0;
	}
	if (!phrase_tokens(S, P, np, h, vw, ways, &f, &t) || f > a->pos || t < a->end)
		return 0;   /* the phrase must hold the actor */
	*from = f;
	*to = t;
	return 1;
}

/* 1 when parse word i is a verb that is no adjective of a noun ("recognized", "US-backed"
 * stay): a clause of its own, the end of any noun phrase that reaches it. */
static int clause_verb(const struct syntax_parse *P, int i)
{
	static const char *const rel[] = { "root", "conj", "ccomp", "advcl", "acl", "parataxis",
					   "xcomp", "csubj", NULL };
	static const char *const adj[] = { "amod", "compound", NULL };
	const khaldun_parse_token *w = &P->w[i];
	return syn_is_verb(w) && (syn_rel_base_in(w, rel) || !syn_rel_base_in(w, adj) ||
				  syn_child_rel(P, i, "nsubj") >= 0 ||
				  syn_child_rel(P, i, "obj") >= 0);
}

/* 1 when parse word w links what follows to a clause and so opens no noun phrase: a
 * preposition, conjunction or mark ("to", "and", "that"), the rest of a preposition of two
 * words ("[according] to"), a relative or interrogative word ("where he posts ...", "who",
 * "how": the parse has no PronType, so the words themselves), and "that" as no determiner
 * (a complementizer or relative pronoun the parser hung on a noun: "a case that press
 * freedom groups say ..."; "that agreement" keeps its DET). */
static int clause_link(const khaldun_parse_token *w)
{
	static const char *const rel[] = { "case", "mark", "cc", "punct", "fixed", NULL };
	static const char *const wh[] = { "where", "when", "which", "who", "whose", "whom", "how",
					  "why", "while", "whether", "what", "whereas", NULL };
	return syn_rel_base_in(w, rel) || syn_word_in(w, wh) ||
	       (syn_word_is(w, "that") && !syn_upos_is(w, "DET"));
}

int syntax_np_whole(coder_sent *S, const coder_actor *a, int verb, int tail, const char *code,
		    int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || a->pos < 0 || a->end >= S->nt || verb < 0 || verb >= S->nt)
		return 0;
	int vw = P->tok2w[verb], h = syn_span_head(P, a->pos, a->end), f, t;
	if (vw < 0 || h < 0)
		return 0;
	vw = syn_event_word(P, vw);
	int np = phrase_top(S, P, h, vw, R_NONE, verb, tail, code);
	if (!phrase_tokens(S, P, np, h, vw, 0, &f, &t) || f > *from || t < *to)
		return 0;   /* only ever wider than the span it had */
	for (int i = f; i <= t; i++)
		if ((i < *from || i > *to) && P->tok2w[i] >= 0 && clause_verb(P, P->tok2w[i]))
			return 0;   /* never across a verb with a clause of its own */
	/* not back across a comma: what comes before it is another part of the sentence
	 * ("Last week, [Russian and DPRK leaders]") or a name the actor's title describes */
	for (int i = *from - 1; i >= f; i--)
		if (S->t[i].type == TY_COMMA ||
		    (P->tok2w[i] >= 0 && syn_word_is(&P->w[P->tok2w[i]], ","))) {
			f = i + 1;
			break;
		}
	/* forward across a comma only into a list or an apposition ("Mike Pompeo, Alex Azar,
	 * and Steve Bannon"), not into the clause a fronted phrase opens ("In a case like
	 * Khalil's, ICE attorneys will ask") */
	for (int i = *to + 1; i <= t; i++) {
		int w = P->tok2w[i];
		if (w < 0 || !syn_word_is(&P->w[w], ",") || !P->w[w].head)
			continue;
		const khaldun_parse_token *nx = &P->w[P->w[w].head - 1];
		if ((int)P->w[w].head - 1 <= w ||
		    !(syn_rel_is(nx, "conj") || syn_rel_is(nx, "appos"))) {
			t = i - 1;
			break;
		}
	}
	/* no leading word that links the phrase to its clause ("to", "with", "that", "when") */
	while (f < *from && (P->tok2w[f] < 0 || clause_link(&P->w[P->tok2w[f]])))
		f++;
	*from = f;
	*to = t;
	return 1;
}

int syntax_trim_verbs(coder_sent *S, int from, int keep, int to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	static const char *const poss[] = { "'s", "’s", "'", NULL };
	/* the first such verb after the actor's words ends it, whatever follows ("The Security
	 * Council [adopted a resolution] condemning"); a possessive is no subject ("Ankara's
	 * perceived shift") */
	for (int i = keep + 1; P && P->tok2w[from] >= 0 && i <= to; i++) {
		int v = P->tok2w[i], s = v >= 0 ? syn_child_rel(P, v, "nsubj") : -1;
		if (v >= 0 && syn_is_verb(&P->w[v]) && s >= P->tok2w[from] && s < v &&
		    !syn_child_word(P, s, "case", poss))
			return i - 1;   /* only a verb whose own subject the phrase holds */
	}
	return to;
}

int syntax_trim_lead(coder_sent *S, int from, int pos)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	int f = from;
	/* a verb by its form too, the dictionary's or one with an auxiliary or a pronoun subject
	 * ("That [meant]"): the parser reads some nouns and adjectives before a name as verbs
	 * ("The media [watchdog] Reporters Without Borders", "the president of [war-ravaged]
	 * South Sudan", "to [displaced] Afghans", a "to" or "of" taken for its mark) */
	for (int i = from; P && i < pos && i < S->nt; i++) {
		int w = P->tok2w[i];
		if (w < 0 || !clause_verb(P, w) || syn_child_rel(P, w, "mark") >= 0 ||
		    (P->w[w].form && memchr(P->w[w].form, '-', P->w[w].len)))
			continue;
		size_t n = P->w[w].form ? P->w[w].len : 0;
		const char *end = n >= 2 ? P->w[w].form + n - 2 : "";
		int subj = syn_child_rel(P, w, "nsubj");
		if (S->t[i].type == TY_VERB || syn_ends_ing(&P->w[w]) || !strncmp(end, "ed", 2) ||
		    (n >= 2 && end[1] == 's') || syn_child_rel(P, w, "aux") >= 0 ||
		    (subj >= 0 && syn_upos_is(&P->w[subj], "PRON")))
			f = i + 1;
	}
	while (P && f > from && f < pos && (P->tok2w[f] < 0 || clause_link(&P->w[P->tok2w[f]])))
		f++;
	return f;
}

int syntax_subject_words(coder_sent *S, int verb, int from, int to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || verb < 0 || verb >= S->nt || P->tok2w[verb] < 0 || from < 0 || to >= S->nt)
		return 0;
	int vw = syn_event_word(P, P->tok2w[verb]), h = syn_span_head(P, from, to), rank;
	return h >= 0 && !syn_passive_verb(P, vw) && !syn_bare_participle(P, vw) &&
	       syn_role_of(P, h, vw, &rank) == R_SRC;
}

/* The object word of verb word vw: its recipient ("provided aid to [550 households]"), obj,
 * iobj, else an oblique with to, against, with, toward; -1 for none or a pronoun. */
static int object_word(const struct syntax_parse *P, int vw)
{
	static const char *const preps[] = { "to", "against", "with", "toward", "towards", NULL };
	int o = syn_recipient(P, vw);
	if (o < 0)
		o = syn_child_rel(P, vw, "obj");
	if (o < 0)
		o = syn_child_rel(P, vw, "iobj");
	for (int i = 0; o < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "obl") &&
		    syn_case_of(P, i) >= 0) {
			for (int k = 0; preps[k]; k++)
				if (syn_word_is(&P->w[syn_case_of(P, i)], preps[k]))
					o = i;
		}
	/* trail145: a phrasal verb's object the parser took for an oblique with no preposition
	 * ("rooted out [Islamist rebels]": "out" read as ADP) */
	if (o < 0 && syn_child_rel(P, vw, "compound:prt") >= 0)
		for (int i = vw + 1; o < 0 && i < P->nw; i++)
			if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "obl") &&
			    syn_case_of(P, i) < 0 && !syn_time_word(&P->w[i]))
				o = i;
	/* defobj149: the same particle the parser hung as the case of the noun after it, right
	 * after the verb ("rooted [out] the Islamist rebels", "wiped [out] the fighters"), not
	 * the path word of a place ("out of the city") */
	static const char *const prt[] = { "out", "off", "up", "down", NULL };
	for (int i = vw + 2; o < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "obl") &&
		    syn_case_of(P, i) == vw + 1 && syn_word_in(&P->w[vw + 1], prt) &&
		    !syn_word_is(&P->w[vw + 2], "of") && !syn_time_word(&P->w[i]))
			o = i;
	if (o < 0 || P->w[o].upos == NULL || !strcmp(P->w[o].upos, "PRON"))
		return -1;
	return o;
}

/* objpron53b: the token of a person verb word vw takes as object or indirect object, "him"
 * or "her", or -1. That person is the target, not a thing inside the clause or infinitive
 * that follows nor the thing given ("urged [him] to help end the war", "promised [him] more
 * weapons"): the pronoun's words, for the story context (ctxobj.c) to resolve. */
static int person_object(const coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const person[] = { "him", "her", NULL };
	for (int i = 0; i < S->nt; i++) {
		int w = P->tok2w[i];
		if (w >= 0 && (int)P->w[w].head - 1 == vw && syn_word_in(&P->w[w], person) &&
		    (syn_rel_is(&P->w[w], "obj") || syn_rel_is(&P->w[w], "iobj")))
			return i;
	}
	return -1;
}

int syntax_object_extent(coder_sent *S, int verb, int *from, int *to, int *head)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || verb < 0 || verb >= S->nt || P->tok2w[verb] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[verb]);
	int o = object_word(P, vw);
	if (person_object(S, P, vw) >= 0)
		return 0;   /* objpron53b: the person, not the thing given, is the target */
	if (o < 0 || reciprocal_word(P, o) || reciprocal_word(P, o - 1))
		return 0;   /* recip51: "the two leaders accused one another": no thing aimed at */
	*head = -1;
	for (int i = 0; i < S->nt && *head < 0; i++)
		if (P->tok2w[i] == o)
			*head = i;
	return phrase_tokens(S, P, o, o, vw, 0, from, to);
}

int syntax_subject_extent(coder_sent *S, int verb, int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || verb < 0 || verb >= S->nt || P->tok2w[verb] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[verb]);
	if (syn_passive_verb(P, vw))
		return 0;   /* "Paris was accused of ...": the doer is not named */
	int sv = syn_subject_conjunct(P, vw);
	int v = sv >= 0 ? sv : vw, s = syn_child_rel(P, v, "nsubj");
	/* an -ing participle or a "to" infinitive the clause hangs on its own verb: "He
	 * repeated the theories, [claiming] ..." is said by that verb's subject; not a past
	 * participle ("the case of a journalist [arrested] over ...": he is the one arrested) */
	static const char *const inf[] = { "to", NULL };
	int m = syn_child_rel(P, v, "mark");
	int open = syn_ends_ing(&P->w[v]) || (m >= 0 && syn_word_in(&P->w[m], inf));
	if (s < 0 && open && (syn_rel_is(&P->w[v], "advcl") || syn_rel_is(&P->w[v], "xcomp")) &&
	    P->w[v].head > 0 && !syn_passive_verb(P, (int)P->w[v].head - 1)) {
		v = (int)P->w[v].head - 1;
		s = syn_child_rel(P, v, "nsubj");
	}
	if (s < 0 || !syn_rel_is(&P->w[s], "nsubj") || syn_time_word(&P->w[s]) ||
	    syn_nobody(P, s))
		return 0;
	return phrase_tokens(S, P, s, s, v, 0, from, to);
}

int syntax_passive_subject_extent(coder_sent *S, int verb, int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || verb < 0 || verb >= S->nt || P->tok2w[verb] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[verb]);
	int s = syn_child_rel(P, vw, "nsubj:pass");
	if (s < 0 || syn_time_word(&P->w[s]) || syn_nobody(P, s))
		return 0;
	return phrase_tokens(S, P, s, s, vw, 0, from, to);
}

/* The phrase of word o towards verb word v as coder tokens: what the deed is aimed at, as a
 * verb's object is for a target no dictionary names; not a pronoun nor a time ("Sunday") the
 * parser took for an object; 0 for none (o < 0). */
static int word_phrase(coder_sent *S, const struct syntax_parse *P, int o, int v, int *from,
		       int *to)
{
	return o >= 0 && P->w[o].upos && strcmp(P->w[o].upos, "PRON") &&
	       !syn_time_word(&P->w[o]) && phrase_tokens(S, P, o, o, v, 0, from, to);
}

int syntax_clause_object_extent(coder_sent *S, int verb, int *from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || verb < 0 || verb >= S->nt || P->tok2w[verb] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[verb]);
	int i = person_object(S, P, vw);
	if (i >= 0) {
		*from = *to = i;
		return 1;
	}
	if (syn_speech_word(&P->w[vw]) || syn_report_word(&P->w[vw]))
		return 0;   /* what a speaker says or reports is no target */
	/* the deed the verb weighs or offers: "is considering giving money to [local
	 * communities]" */
	for (int x = syn_child_rel(P, vw, "xcomp"), hops = 0; x >= 0 && hops < 2;
	     x = syn_child_rel(P, x, "xcomp"), hops++)
		if (word_phrase(S, P, object_word(P, x), x, from, to))
			return 1;
	/* the clause the verb hopes, fears or warns is about its subject ("hoped that
	 * [insurers] would not ..."), else its object; an adjective's oblique ("is skeptical
	 * of [that death toll]") */
	int c = syn_child_rel(P, vw, "ccomp");
	if (c < vw || syn_speech_word(&P->w[c]))
		return 0;   /* not a quote before its verb, nor its speaker ('..." Trump wrote') */
	if (word_phrase(S, P, syn_child_rel(P, c, "nsubj"), c, from, to) ||
	    word_phrase(S, P, object_word(P, c), c, from, to))
		return 1;
	return syn_upos_is(&P->w[c], "ADJ") &&
	       word_phrase(S, P, syn_child_rel(P, c, "obl"), c, from, to);
}

/* A phrase ends at the first comma after the actor's own words (token keep) that opens another
 * part of the clause, not an apposition or a list: a preposition ("President Trump[, in many
 * ways,] is"), or a speaker whose verb follows the phrase ("from Syria[, Defence Minister
 * Sergei Shoigu] said"; verb is the event's own verb token, which may be that verb). A
 * participle's clause stays: annotators keep "soldiers, supported by ..." whole. 1 when it
 * cut. */
int syntax_trim_comma(coder_sent *S, int keep, int verb, int from, int *to)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || keep < from || *to >= S->nt)
		return 0;
	int after = *to + 1 < S->nt ? P->tok2w[*to + 1] : -1;
	int speaker = after >= 0 && *to + 1 != verb && syn_speech_word(&P->w[after]);
	for (int c = keep + 1; c < *to; c++) {
		int cw = P->tok2w[c], n = P->tok2w[c + 1];
		if (cw < 0 || n < 0 || !syn_word_is(&P->w[cw], ","))
			continue;
		if (!speaker && !syn_upos_is(&P->w[n], "ADP"))
			continue;
		int b = c - 1;
		while (b > keep && P->tok2w[b] >= 0 && syn_word_is(&P->w[P->tok2w[b]], ","))
			b--;
		*to = b;
		return 1;
	}
	return 0;
}

int syntax_trim_ends(coder_sent *S, int *from, int *to)
{
	static const char *const preps[] = { "of", "in", "on", "to", "with", "from", "by", "for",
		"against", "regarding", "over", NULL };
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	int f = *from, t = *to;
	while (P && f < t && P->tok2w[f] >= 0) {
		int w = P->tok2w[f], n = P->tok2w[f + 1];
		const khaldun_parse_token *x = &P->w[w];
		/* the adverb of a preposition of two words goes with it ("[ahead] of a meeting",
		 * "[because] of the war") */
		if (syn_upos_is(x, "ADV") && n == w + 1 && P->w[n].upos &&
		    !strcmp(P->w[n].upos, "ADP") && syn_rel_is(&P->w[n], "case") &&
		    syn_word_in(&P->w[n], preps) && f + 1 < t) {
			f++;
			continue;
		}
		/* not before a number: "of 500 people" is a quantity's phrase */
		if (!syn_upos_is(x, "ADP") || !syn_word_in(x, preps) || n == w ||
		    (n >= 0 && syn_upos_is(&P->w[n], "NUM")))
			break;
		f++;
	}
	/* a participle whose clause the phrase cut off ("the death toll [reported]" before "by
	 * aid groups"), by its ending: the parser tags foreign words VERB too ("charge
	 * d'affaires") */
	while (P && t > f && P->tok2w[t] >= 0) {
		int w = P->tok2w[t], h = (int)P->w[w].head - 1;
		size_t n = P->w[w].form ? P->w[w].len : 0;
		const char *end = n >= 2 ? P->w[w].form + n - 2 : "";
		if (!syn_upos_is(&P->w[w], "VERB") ||
		    !syn_rel_base(&P->w[w], "acl") ||
		    !(syn_ends_ing(&P->w[w]) || !strncmp(end, "ed", 2) || !strncmp(end, "en", 2) ||
		      !strncmp(end, "wn", 2)) ||
		    h < 0 || h >= w || P->tok2w[f] < 0 || h < P->tok2w[f] ||
		    syn_child_rel(P, w, "nsubj") >= 0)
			break;   /* "what they viewed" keeps its verb */
		t--;
	}
	int changed = f != *from || t != *to;
	*from = f;
	*to = t;
	return changed;
}
