/*
 * synnoun.c - an event said only as a noun phrase (KHALDUN: SYNTAX, branch nominal16): the
 * deed noun with its doer and its target ("Ankara's backing of the Libyan government",
 * "a Turkish offensive against the Syrian Kurdish militia") in a sentence whose verbs code
 * nothing ("averted", "are angry with"). Called by clause.c when the sentence gave no event;
 * synactor.c asks it for a deed noun's own sides (syn_deed_noun_sides, syn_deed_target).
 * Invariant: reads the sentence's parse (syntree.h), never changes it; a noun without a doer
 * and a target of two countries is left alone.
 */
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <ctype.h>
#include <string.h>

/* The actor whose live head is word h, or that names a word hung on h by modifiers ("the
 * [Syrian] Kurdish militia", "a [U.S.] Senate committee"): the nearest; -1: none. */
int syn_actor_at(coder_sent *S, const struct syntax_parse *P, int h)
{
	static const char *const mod[] = { "amod", "compound", "nmod:poss", "flat", NULL };
	int best = -1, hops = 4;
	for (int k = 0; k < S->na; k++) {
		int w = syn_live_head(S, P, k);
		for (int up = 0; w >= 0 && up < hops; up++) {
			if (w == h) {
				best = k;
				hops = up;
				break;
			}
			int m = 0;
			while (mod[m] && !syn_rel_is(&P->w[w], mod[m]))
				m++;
			if (!mod[m])
				break;
			w = (int)P->w[w].head - 1;
		}
	}
	return best;
}

/* 1 when CAMEO code a is a verbal act (01-03, 05, 09-13: statements, appeals, offers,
 * praise, demands, criticism, threats): one said by a side "from" which it comes and "to"
 * whom it is said ("warnings from Moscow to Kyiv"), where a deed "from" a place is done
 * there or leaves it ("rocket fire from Gaza", "a withdrawal from Syria"). Not a visit
 * (04): "a visit to China" is most often one planned, not made ("is planned for May"). */
static int verbal_code(const char *a)
{
	return a && ((a[0] == '0' && ((a[1] >= '1' && a[1] <= '3') || a[1] == '5' ||
				      a[1] == '9')) ||
		     (a[0] == '1' && a[1] >= '0' && a[1] <= '3'));
}

static int phrase_actor(coder_sent *S, const struct syntax_parse *P, int h,
			const char *const *cases);

/* The actor in a "by" phrase that the parser hung on deed noun n's "of" phrase ("the
 * expulsion of the envoy by Kenya": an envoy is not "by" anyone, the deed is); -1: none. */
static int of_phrase_doer(coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const of[] = { "of", NULL }, *const by[] = { "by", NULL };
	for (int i = n + 1; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", of)) {
			int k = phrase_actor(S, P, i, by);
			if (k >= 0)
				return k;
		}
	return -1;
}

/* The doer of deed noun n: an actor before it as its possessor, adjective or compound
 * ("Ankara's", "Turkish", "Russia"), or in its "by" phrase (also "from" for a verbal act,
 * verbal_code: "threats from Beijing"), or in a "by" phrase hung on its "of" phrase
 * (of_phrase_doer); -1: none. */
static int noun_doer(coder_sent *S, const struct syntax_parse *P, int n, int verbal)
{
	static const char *const by[] = { "by", NULL }, *const from[] = { "by", "from", NULL };
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != n + 1)
			continue;
		int before = i < n && (syn_rel_is(w, "nmod:poss") || syn_rel_is(w, "amod") ||
				       syn_rel_is(w, "compound"));
		if (!before && !(syn_rel_base(w, "nmod") &&
				 syn_child_word(P, i, "case", verbal ? from : by)))
			continue;
		int k = syn_actor_at(S, P, i);
		if (k >= 0)
			return k;
	}
	return of_phrase_doer(S, P, n);
}

/* The actor in an nmod phrase on word h after h, marked by one of `cases`; -1: none. */
static int phrase_actor(coder_sent *S, const struct syntax_parse *P, int h,
			const char *const *cases)
{
	for (int i = h + 1; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", cases)) {
			int k = syn_actor_at(S, P, i);
			if (k >= 0)
				return k;
		}
	return -1;
}

/* The target of deed noun n: an actor in its "against", "on", "of" or "toward(s)" phrase
 * ("backing of the Libyan government", "an offensive against the militia"); else in an
 * "against", "on" or "toward(s)" phrase that the parser hung on the noun's "by" doer
 * ("attacks by Hezbollah on Israel", "threats by China against Taiwan": a name takes no
 * such phrase of its own, the deed does; not "of", "by the government of Iraq" being the
 * doer's own name). A verbal act (verbal_code) is also said "to" its target, and its doer
 * may be a "from" phrase ("warnings from Russia to Ukraine"); -1: none. */
static int noun_target(coder_sent *S, const struct syntax_parse *P, int n, int verbal)
{
	static const char *const at[] = { "against", "on", "of", "toward", "towards", NULL };
	static const char *const aimed[] = { "against", "on", "toward", "towards", NULL };
	static const char *const at_to[] = { "against", "on", "of", "toward", "towards", "to",
		NULL };
	static const char *const aimed_to[] = { "against", "on", "toward", "towards", "to",
		NULL };
	static const char *const by[] = { "by", NULL }, *const from[] = { "by", "from", NULL };
	int k = phrase_actor(S, P, n, verbal ? at_to : at);
	for (int i = n + 1; k < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", verbal ? from : by))
			k = phrase_actor(S, P, i, verbal ? aimed_to : aimed);
	return k;
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

/* word99: 1 when noun n is what a defiance defies: the object of a verb, or the "of"
 * phrase of a noun, whose own dictionary root codes 128 ("such sales would violate a U.N.
 * arms embargo on Iran", "a breach of the Israeli blockade of Gaza"). The measure named
 * there stands already; it is no deed of the sentence (the dictionary's &DEFIANCE null
 * patterns say the same where a pattern matches). */
static int defied_measure(const coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const of[] = { "of", NULL };
	const khaldun_parse_token *w = &P->w[n];
	if (!w->head || !(syn_rel_is(w, "obj") ||
			  (syn_rel_base(w, "nmod") && syn_child_word(P, n, "case", of))))
		return 0;
	for (int t = 0; t < S->nt; t++) {
		const coder_tok *k = &S->t[t];
		if (P->tok2w[t] == (int)w->head - 1 && k->ent && k->ent->type == ENT_VERB &&
		    k->ent->verb && k->ent->verb->code.a &&
		    !strcmp(k->ent->verb->code.a, "128"))
			return 1;
	}
	return 0;
}

static const dict_verb_root *named_root(const coder_sent *S, const char *name);

/* Nouns of a deed that no form of their verb's root matches ("threat" is no THREATEN
 * stem): the root each stands for. Read only here, where the noun codes with an actor doer
 * and an actor target ("China's threats against Taiwan"): a root of its own would code
 * "the threat of famine", "a threat to peace". */
static const char *const THREAT_NOUNS[] = { "THREAT", "THREATS", NULL };
/* leftovers34: "pressure" is no form of PRESSURED_ (a bare "pressure" is mostly a noun,
 * "under pressure", "blood pressure"); with an actor doer and an actor target ("pressure by
 * Washington on Pakistan", "Beijing's pressure on Taipei") it is the coercive demand the
 * dictionary gives "put pressure on" (100). */
static const char *const PRESSURE_NOUNS[] = { "PRESSURE", "PRESSURES", NULL };

/* The root a deed noun with no entry of its own stands for (THREAT_NOUNS, PRESSURE_NOUNS),
 * or NULL. */
static const dict_verb_root *noun_root(const coder_sent *S, const coder_tok *k)
{
	if (k->ent)
		return NULL;
	return tok_in(k, THREAT_NOUNS) ? named_root(S, "THREATEN") :
	       tok_in(k, PRESSURE_NOUNS) ? named_root(S, "PRESSURED_") : NULL;
}

/* The deed root of token t when it is a noun in the parse (a verb root's word the coder
 * reads as a noun: "the attack", "sanctions", "backing"; a threat noun: THREATEN), else
 * NULL. */
static const dict_verb_root *deed_noun(coder_sent *S, const struct syntax_parse *P, int t)
{
	const coder_tok *k = &S->t[t];
	int n = P->tok2w[t];
	if (!sent_live(S, t) || n < 0 || !syn_upos_is(&P->w[n], "NOUN"))
		return NULL;
	const dict_verb_root *vr = k->ent && k->ent->type == ENT_VERB ? k->ent->verb :
				   noun_root(S, k);
	const char *a = vr ? vr->code.a : NULL;
	if (!vr || vr->code.kind != CODE_EVENT || code_root_or_none(a) < 0)
		return NULL;
	return vr;
}

struct root_query {
	const char *name;
	const dict_verb_root *found;
};

/* dict_candidates' callback: the verb root named as the query asks (named_root). */
static void root_candidate(void *ctx, const dict_entry *e)
{
	struct root_query *q = ctx;
	if (!q->found && e->type == ENT_VERB && e->verb && e->verb->name &&
	    !strcmp(e->verb->name, q->name))
		q->found = e->verb;
}

/* The dictionary's verb root written `name` ("SANCTION"), or NULL: the dictionary line a
 * rule's event on a noun with no entry of its own names as its pattern, so that every event
 * keeps the dictionary line it was made from (a dictionary without that root: no event). */
static const dict_verb_root *named_root(const coder_sent *S, const char *name)
{
	struct root_query q = { name, NULL };
	dict_candidates(S->d, name, strlen(name), root_candidate, &q);
	return q.found;
}

/* 1 unless the candidate's source and target are of two countries (or one side open). */
static int apart(const coder_cand *cd)
{
	return !cd->src.n || !cd->tgt.n ||
	       syn_codes_same_side(cd->src.m[0].code, cd->tgt.m[0].code);
}

/* Finish candidate *out of the deed or measure noun at token t: 0 when its sides are not of
 * two countries or the deed is not done (syn_undone); else its verb, ok and note set, 1. */
static int nominal_done(coder_sent *S, const struct syntax_parse *P, coder_cand *out, int t,
			const char *note)
{
	if (apart(out) || syn_undone(S, P, P->tok2w[t], 0, &out->code))
		return 0;
	out->verb = t;
	out->ok = 1;
	out->note = note;
	return 1;
}

/* The target of measure noun n: its own target phrase, else the object of a clause on it
 * that aims it ("legislation targeting Turkey"); -1: none. */
static int measure_target(coder_sent *S, const struct syntax_parse *P, int n)
{
	static const char *const aim[] = { "targeting", "sanctioning", "punishing", NULL };
	/* the clause hangs on the noun, or on the verb whose object the noun is ("passed
	 * legislation targeting Turkey" as the parser may read it) */
	int g = noun_target(S, P, n, 0), v = syn_rel_is(&P->w[n], "obj") ? (int)P->w[n].head : 0;
	for (int i = n + 1; g < 0 && i < P->nw; i++)
		if (((int)P->w[i].head == n + 1 || (v && (int)P->w[i].head == v)) &&
		    syn_word_in(&P->w[i], aim) && syn_child_rel(P, i, "obj") >= 0)
			g = syn_actor_at(S, P, syn_child_rel(P, i, "obj"));
	return g;
}

/* 1 when noun n is what a vote is on ("prepares to vote on measures against Turkey"). */
static int voted_on(const struct syntax_parse *P, int n)
{
	static const char *const vote[] = { "vote", "votes", "voted", "voting", NULL };
	const khaldun_parse_token *w = &P->w[n];
	return w->head && syn_rel_base(w, "obl") && syn_word_in(&P->w[w->head - 1], vote);
}

/* 1 when measure noun n is not yet in force: a bill or legislation (a text not yet law),
 * or sanctions or measures said to be new, pending or proposed, awaiting or pending
 * something, or voted on ("sanctions against Turkey are in Congress awaiting
 * ratification", "prepares to vote on measures against Turkey"). */
static int pending_measure(const struct syntax_parse *P, int n)
{
	static const char *const bill[] = { "bill", "bills", "legislation", NULL };
	static const char *const fresh[] = { "new", "pending", "proposed", NULL };
	static const char *const wait[] = { "awaiting", "pending", NULL };
	const khaldun_parse_token *w = &P->w[n];
	int h = w->head ? (int)w->head - 1 : -1;
	if (syn_word_in(w, bill) || syn_child_word(P, n, "amod", fresh) ||
	    (h >= 0 && syn_word_in(&P->w[h], wait)))
		return 1;
	for (int i = 0; h >= 0 && i < P->nw; i++)
		if (((int)P->w[i].head == h + 1 || (int)P->w[i].head == n + 1) &&
		    syn_word_in(&P->w[i], wait))
			return 1;
	return voted_on(P, n);
}

/* The actor side word i names (an open phrase is none: the sentence's country would place
 * "the Senate committee" in the target's, Turkey's; a bare legislature of an "in" phrase is
 * taken by legislature_at). 1 and *out when found. */
static int side_at(coder_sent *S, const struct syntax_parse *P, int i, coder_slot *out)
{
	int k = syn_actor_at(S, P, i);
	if (k >= 0)
		actors_make_slot(S, k, out);
	return k >= 0 && out->n > 0;
}

/* The bare legislature that "in" phrase noun i names ("in Congress", "in the Senate": an
 * open phrase of agent ~LEG with no country of its own), as the open side of i's words and
 * the compound or adjective words right before them ("the Foreign Affairs Committee"); the
 * bare name's country comes later (context.c, ctxhome.c). 1 and *out when found. */
static int legislature_at(coder_sent *S, const struct syntax_parse *P, int i, coder_slot *out)
{
	int from = -1, to = -1;
	for (int t = 0; t < S->nt && t < MAX_TOKENS; t++)
		if (P->tok2w[t] == i) {
			from = from < 0 ? t : from;
			to = t;
		}
	while (from > 0 && P->tok2w[from - 1] >= 0 && P->tok2w[from - 1] < i &&
	       (int)P->w[P->tok2w[from - 1]].head == i + 1 &&
	       (syn_rel_is(&P->w[P->tok2w[from - 1]], "compound") ||
		syn_rel_is(&P->w[P->tok2w[from - 1]], "amod")))
		from--;
	if (from < 0 || !news_open_span(S, from, to, out) || out->n != 1 || !out->m[0].code)
		return 0;
	return !strcmp(out->m[0].code, "~LEG");
}

/* The side that holds a pending measure n: the subject of the nearest verb above it that
 * names a side, else a side in an "in" phrase there ("in Congress"), or a bare legislature
 * as either ("Senate committee passed legislation targeting Turkey": legislature_at; the
 * sentence's country does not place a sanctioner, so it is not Turkey's). 1 and *out. */
static int measure_holder(coder_sent *S, const struct syntax_parse *P, int n, coder_slot *out)
{
	static const char *const in[] = { "in", NULL };
	for (int h = n, steps = 0; h >= 0 && steps < P->nw; h = (int)P->w[h].head - 1, steps++)
		for (int i = 0; i < P->nw; i++) {
			const khaldun_parse_token *w = &P->w[i];
			int up = w->head ? (int)P->w[w->head - 1].head : 0;   /* "currently in" */
			if (i != n && (((int)w->head == h + 1 && syn_rel_base(w, "nsubj")) ||
			    (((int)w->head == h + 1 || up == h + 1) && syn_rel_base(w, "obl") &&
			     syn_child_word(P, i, "case", in))) &&
			    (side_at(S, P, i, out) || legislature_at(S, P, i, out)))
				return 1;
		}
	return 0;
}

/* Sanctions, measures or legislation against a country not yet in force, in a sentence that
 * coded no event: a threat of sanctions (1312) by the side that holds them (the subject,
 * "in Congress", else open). 1 and *out when found. */
static int pending_sanction(coder_sent *S, const struct syntax_parse *P, coder_cand *out)
{
	static const char *const measure[] = { "sanction", "sanctions", "embargo", "measure",
		"measures", "bill", "bills", "legislation", NULL };
	for (int n = 0; n < P->nw; n++) {
		int t = -1;
		for (int i = 0; i < S->nt && t < 0; i++)
			if (P->tok2w[i] == n && sent_live(S, i))
				t = i;
		if (t < 0 || !syn_upos_is(&P->w[n], "NOUN") ||
		    !syn_word_in(&P->w[n], measure) || (topic_noun(P, n) && !voted_on(P, n)) ||
		    !pending_measure(P, n))
			continue;
		int g = measure_target(S, P, n);
		if (g < 0)
			continue;
		memset(out, 0, sizeof *out);
		if (!measure_holder(S, P, n, &out->src)) {
			out->src.n = 0;
			event_null_slot(S, &out->src);
		}
		actors_make_slot(S, g, &out->tgt);
		if (apart(out))
			continue;
		out->root = named_root(S, "SANCTION");
		if (!out->root)
			return 0;
		out->code.kind = CODE_EVENT;
		out->code.a = "1312";
		out->verb = t;
		out->ok = 1;
		out->note = "rule: sanctions, measures or legislation against a country not yet in "
			    "force (pending, proposed, awaiting, a bill) are a threat of sanctions "
			    "(1312)";
		return out->src.n && out->tgt.n;
	}
	return 0;
}

/* The CAMEO code of a coercive measure noun n in force (inforce18): a coercion (16x, 17x) or
 * blockade (191) verb root's noun ("ban", "blockade", "curfew"), or a measure word the coder
 * reads as no root's ("tariffs", "duties", "sanctions", "embargo": 163; "restrictions":
 * 172); NULL when none. */
static const char *measure_code(coder_sent *S, const struct syntax_parse *P, int t)
{
	static const char *const duties[] = { "duties", NULL };   /* and SANCTION_NOUNS */
	static const char *const curb[] = { "restrictions", "curbs", NULL };
	int n = P->tok2w[t];
	const dict_verb_root *vr = deed_noun(S, P, t);
	if (vr) {
		const char *a = vr->code.a;
		return a[0] == '1' && (a[1] == '6' || a[1] == '7' || !strcmp(a, "191")) ? a : NULL;
	}
	if (n < 0 || !sent_live(S, t) || !syn_upos_is(&P->w[n], "NOUN"))
		return NULL;
	if (syn_word_in(&P->w[n], SANCTION_NOUNS) || syn_word_in(&P->w[n], duties))
		return "163";
	return syn_word_in(&P->w[n], curb) ? "172" : NULL;
}

/* The word that says measure noun n is in force, under way or kept: the verb whose object
 * it is when that verb is one of having or keeping ("still has a ban", "maintains
 * restrictions"), the verb whose subject it is when one of lasting ("the blockade
 * continues", "the embargo stays"), else a phrase "in place", "in force", "in effect" or
 * "under way" on the noun or on that verb; -1: none (or negated: "does not have"). */
static int in_force_at(const struct syntax_parse *P, int n)
{
	static const char *const hold[] = { "has", "have", "had", "having", "keeps", "keep",
		"kept", "keeping", "maintains", "maintain", "maintained", "maintaining", NULL };
	static const char *const last[] = { "remains", "remain", "remained", "continues",
		"continue", "continued", "stays", "stay", "stayed", NULL };
	static const char *const state[] = { "place", "force", "effect", "way", NULL };
	static const char *const in[] = { "in", "under", NULL };
	const khaldun_parse_token *w = &P->w[n];
	int h = w->head ? (int)w->head - 1 : -1;
	if (h >= 0 && syn_not_on(P, h))
		return -1;
	if (h >= 0 && ((syn_rel_is(w, "obj") && syn_word_in(&P->w[h], hold)) ||
		       (syn_rel_base(w, "nsubj") && syn_word_in(&P->w[h], last))))
		return h;
	if (h >= 0 && syn_rel_base(w, "nsubj") && syn_word_in(&P->w[h], state) &&
	    syn_child_word(P, h, "case", in))
		return h;   /* "the drawdown has been under way": the state word is the head */
	for (int i = 0; i < P->nw; i++)
		if (((int)P->w[i].head == n + 1 || (h >= 0 && (int)P->w[i].head == h + 1)) &&
		    syn_word_in(&P->w[i], state) && syn_child_word(P, i, "case", in))
			return i;
	return -1;
}

/* 1 when word i lies in the phrase of word top, at most three heads up. */
static int under(const struct syntax_parse *P, int i, int top)
{
	for (int up = 0; i >= 0 && up < 4; up++, i = (int)P->w[i].head - 1)
		if (i == top)
			return 1;
	return 0;
}

/* The target of a measure n in force: an actor in an "against", "on", "of", "from" or
 * "toward(s)" phrase inside the noun's phrase or the in-force word's f ("a ban in place for
 * travel from the U.S.", "tariffs in place on Mexico"); -1: none. */
static int held_target(coder_sent *S, const struct syntax_parse *P, int n, int f)
{
	static const char *const at[] = { "against", "on", "of", "from", "toward", "towards",
		NULL };
	for (int i = 0; i < P->nw; i++)
		if (i != n && i != f && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", at) && (under(P, i, n) || under(P, i, f))) {
			int k = syn_actor_at(S, P, i);
			if (k >= 0)
				return k;
		}
	return -1;
}

/* The verb or clause that aims measure noun n at a side: the verb whose subject it is ("The
 * EU duties aimed for political pressure points in the U.S.", "the sanctions hit Russia's
 * economy"), else a clause on it ("tariffs targeting Canada"); -1: none, or negated. */
static int aimed_at(const struct syntax_parse *P, int n)
{
	static const char *const aim[] = { "aim", "aims", "aimed", "aiming", "target", "targets",
		"targeted", "targeting", "hit", "hits", "hitting", NULL };
	const khaldun_parse_token *w = &P->w[n];
	int h = w->head ? (int)w->head - 1 : -1;
	if (h >= 0 && syn_rel_base(w, "nsubj") && syn_word_in(&P->w[h], aim) && !syn_not_on(P, h))
		return h;
	for (int i = n + 1; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_is(&P->w[i], "acl") &&
		    syn_word_in(&P->w[i], aim) && !syn_not_on(P, i))
			return i;
	return -1;
}

/* The side aimed verb f aims measure n at: an actor in f's object or in a phrase under it,
 * at most three heads down and through no other verb ("aimed for pressure points in the
 * U.S.", not "aimed at cutting deaths in the U.S.": a purpose); -1: none. */
static int aim_target(coder_sent *S, const struct syntax_parse *P, int n, int f)
{
	for (int k = 0; k < S->na; k++) {
		int w = syn_live_head(S, P, k);
		for (int up = 0; w >= 0 && w != n && up < 4; up++) {
			int h = P->w[w].head ? (int)P->w[w].head - 1 : -1;
			if (h == f)
				return k;
			if (h < 0 || syn_upos_is(&P->w[h], "VERB"))
				break;
			w = h;
		}
	}
	return -1;
}

/* The target of measure n (a coercion noun) in force or aimed at a side, and *f the word that
 * says so (in_force_at, else aimed_at, unless the measure is still pending): the side aimed
 * at, else one in the noun's own phrase ("China's sanctions against Australia hit its
 * economy"); -1: none. */
static int measure_side(coder_sent *S, const struct syntax_parse *P, int n, int *f)
{
	*f = in_force_at(P, n);
	if (*f >= 0)
		return held_target(S, P, n, *f);
	*f = pending_measure(P, n) ? -1 : aimed_at(P, n);   /* "proposed sanctions target" */
	int g = *f >= 0 ? aim_target(S, P, n, *f) : -1;
	return g < 0 && *f >= 0 ? held_target(S, P, n, *f) : g;
}

/* A coercive measure in force, under way, kept or aimed at a side ("The EU still has a ban
 * in place for travel from the U.S.", "the blockade of Qatar remains in force", "The EU
 * duties aimed for political pressure points in the U.S."), in a sentence that coded no
 * event: the measure itself by its doer (possessor or adjective, else the subject of the
 * verb of having or keeping) on its target, not a threat. 1 and *out when found. */
static int measure_in_force(coder_sent *S, const struct syntax_parse *P, coder_cand *out)
{
	for (int t = 0; t < S->nt; t++) {
		const char *a = measure_code(S, P, t);
		int n = a ? P->tok2w[t] : -1, f = -1;
		int g = n >= 0 && !topic_noun(P, n) ? measure_side(S, P, n, &f) : -1;
		if (g < 0)
			continue;
		memset(out, 0, sizeof *out);
		int d = noun_doer(S, P, n, 0), s = syn_rel_is(&P->w[n], "obj") ?
			syn_child_rel(P, (int)P->w[n].head - 1, "nsubj") : -1;
		if (d >= 0)
			actors_make_slot(S, d, &out->src);
		else if (s < 0 || !side_at(S, P, s, &out->src))
			continue;   /* no doer: neither the noun's nor the holding verb's subject */
		actors_make_slot(S, g, &out->tgt);
		out->root = deed_noun(S, P, t);
		if (!out->root)   /* a measure word with no root of its own: the root of its code */
			out->root = named_root(S, a[1] == '6' ? "SANCTION" : "RESTRICT");
		if (!out->root)
			continue;
		out->code.kind = CODE_EVENT;
		out->code.a = a;
		if (nominal_done(S, P, out, t, "rule: a coercive measure in force, under way, "
				 "kept or aimed at a side ('still has a ban in place', 'the "
				 "blockade remains in force', 'duties aimed for pressure points in "
				 "the U.S.') is the measure, its doer's on its target"))
			return out->src.n && out->tgt.n;
	}
	return 0;
}

/* Adjectives of anger or disapproval a side feels towards another ("angry with Ankara",
 * "critical of the British government"): CAMEO's criticism, 111, of the side in the
 * phrase they take ("with", "at", "of", "over", "about"). "critical" only so: "critical
 * to" is "crucial". */
static const char *const DISAPPROVING[] = { "ANGRY", "FURIOUS", "UPSET", "UNHAPPY",
	"DISPLEASED", "DISSATISFIED", "FRUSTRATED", "CRITICAL", "INCENSED", "INDIGNANT",
	"OUTRAGED", NULL };

/* The phrase adjective j is felt about: a word hung on it (an oblique, or a clause the
 * parser opened on "with": "angry with Ankara's perceived shift") led by "with", "at",
 * "of", "over" or "about"; -1: none. */
static int felt_about(const struct syntax_parse *P, int j)
{
	static const char *const about[] = { "with", "at", "of", "over", "about", NULL };
	for (int i = j + 1; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != j + 1)
			continue;
		if ((syn_rel_base(w, "obl") && syn_child_word(P, i, "case", about)) ||
		    (syn_rel_is(w, "advcl") && syn_child_word(P, i, "mark", about)))
			return i;
	}
	return -1;
}

/* The side phrase p names as the one disapproved of, apart from the feeler's slot src: the
 * actor of its head or of a word on it ("with Germany", "of China's buildup": syn_actor_at),
 * the subject of the clause the parser may open there ("with Ankara's perceived shift"),
 * else the doer in an "of" or "by" phrase on it ("about the actions of Dodik"); never an
 * actor the deed befalls ("over the attack on Israel", "for Europe"). -1: none. */
static int disapproved(coder_sent *S, const struct syntax_parse *P, int p, const coder_slot *src)
{
	static const char *const of[] = { "of", "by", NULL };
	int k = syn_actor_at(S, P, p);
	if (k < 0 && syn_rel_is(&P->w[p], "advcl") && syn_child_rel(P, p, "nsubj") >= 0)
		k = syn_actor_at(S, P, syn_child_rel(P, p, "nsubj"));
	for (int i = p + 1; k < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == p + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", of))
			k = syn_actor_at(S, P, i);
	return k >= 0 && syn_actor_apart(S, k, src) ? k : -1;
}

/* The side that feels disapproving adjective j: the subject of its clause (a predicate,
 * "are angry with"), or, for an adjective with no subject of its own that completes a verb
 * with no object ("remains critical of") or is an adverbial clause ("While highly critical
 * of the government, he warned"), that verb's subject. Not an adjective on a noun ("videos
 * critical of the authorities": a description), nor one said of a verb's object ("found
 * him critical of ..."). 1 and *src when found. */
static int feeler(coder_sent *S, const struct syntax_parse *P, int j, coder_slot *src)
{
	const khaldun_parse_token *w = &P->w[j];
	int c = j, v = w->head ? (int)w->head - 1 : -1;
	if (syn_child_rel(P, j, "nsubj") < 0 && v >= 0 &&
	    (syn_rel_is(w, "advcl") || (syn_rel_is(w, "xcomp") && syn_child_rel(P, v, "obj") < 0)))
		c = v;
	else if (syn_child_rel(P, j, "cop") < 0)
		return 0;
	int k = syn_actor_with_role(S, P, c, R_SRC, NULL);
	src->n = 0;
	if (k >= 0)
		actors_make_slot(S, k, src);
	return src->n || side_at(S, P, syn_child_rel(P, c, "nsubj"), src);
}

/* "Republicans and Democrats are not only angry with Ankara's perceived shift ...": anger
 * or disapproval (DISAPPROVING) a side states of another side in a sentence that coded no
 * event is its criticism of that side (111), the feeler the source, the side in the phrase
 * it is felt about the target. Not negated ("is not unhappy with"), nor a question. 1 and
 * *out when found. */
static int felt_disapproval(coder_sent *S, const struct syntax_parse *P, coder_cand *out)
{
	for (int t = 0; t < S->nt; t++) {
		int j = tok_in(&S->t[t], DISAPPROVING) ? P->tok2w[t] : -1;
		int p = j >= 0 && syn_upos_is(&P->w[j], "ADJ") &&
			!syn_not_on(P, j) ? felt_about(P, j) : -1;
		if (p < 0)
			continue;
		memset(out, 0, sizeof *out);
		int g = feeler(S, P, j, &out->src) ? disapproved(S, P, p, &out->src) : -1;
		out->root = g >= 0 ? named_root(S, "CRITICI") : NULL;
		if (!out->root)
			continue;
		actors_make_slot(S, g, &out->tgt);
		out->code.kind = CODE_EVENT;
		out->code.a = "111";
		if (nominal_done(S, P, out, t, "rule: anger or disapproval a side states of "
				 "another ('are angry with Ankara's perceived shift') is its "
				 "criticism of that side (111)"))
			return 1;
	}
	return 0;
}

/* recall38: the doer of a support noun said as the manner of a clause ("Mosques across
 * Turkey broadcast prayers in support of Palestinians"): the nearest actor in the active
 * subject's phrase of the verb the "in" phrase hangs on. A noun's own doer comes first
 * (noun_doer); this is read only in a sentence whose verbs coded nothing, so a march or
 * a deployment "in support of" someone keeps its own code. -1: none. */
static int manner_doer(coder_sent *S, const struct syntax_parse *P, int n,
		       const dict_verb_root *vr)
{
	static const char *const in[] = { "in", NULL };
	const khaldun_parse_token *w = &P->w[n];
	if (!vr->name || strncmp(vr->name, "SUPPORT", 7) ||
	    (vr->name[7] && vr->name[7] != '_') || !syn_rel_is(w, "obl") || !w->head ||
	    !syn_child_word(P, n, "case", in))
		return -1;
	int v = (int)w->head - 1;
	int s = syn_upos_is(&P->w[v], "VERB") ? syn_child_rel(P, v, "nsubj") :
		-1;
	int best = -1, depth = 5;
	for (int k = 0; s >= 0 && k < S->na; k++) {
		int h = syn_live_head(S, P, k), d = 0;
		for (int i = h; i >= 0 && d < 4 && i != s; i = (int)P->w[i].head - 1)
			d++;
		if (h >= 0 && d < depth && under(P, h, s)) {
			best = k;
			depth = d;
		}
	}
	return best;
}

/* A charge told as the sentence's main clause (syn_alleged_culprit), in a sentence
 * that coded no event: the accusation (112) of the culprit by the "according to" phrase's
 * side. 1 and *out when found. */
static int alleged_culprit(coder_sent *S, const struct syntax_parse *P, coder_cand *out)
{
	int c = -1, by = -1, g = syn_alleged_culprit(S, P, &c, &by), t = -1;
	for (int i = 0; g >= 0 && i < S->nt && t < 0; i++)
		if (P->tok2w[i] == c)
			t = i;
	if (t < 0)
		return 0;
	memset(out, 0, sizeof *out);
	out->root = named_root(S, "ACCUSE");
	if (!out->root)
		return 0;
	/* the charge's maker must be an actor: with none ("according to prosecutors") the
	 * sentence leaves the accuser's country unknown, and an event with no source scored
	 * worse than none on the study sets (voa-plover-dev3 plover+cc 45.7 -> 45.1, though
	 * plover 64.2 -> 66.1) */
	int k = by >= 0 ? syn_actor_at(S, P, by) : -1;
	if (k < 0)
		return 0;
	actors_make_slot(S, k, &out->src);
	actors_make_slot(S, g, &out->tgt);
	out->code.kind = CODE_EVENT;
	out->code.a = "112";
	return nominal_done(S, P, out, t, "rule: a side told as the culprit of a violent deed, "
			    "told as another's charge ('Russia was behind the cyberattack, "
			    "according to British officials'), is that charge: an accusation of it "
			    "(112)");
}

/* The target actor of deed word n whose code is a, as syn_nominal_event reads it ("attacks
 * by the Houthis on Saudi Arabia": Saudi Arabia); -1: none. */
int syn_deed_target(coder_sent *S, const struct syntax_parse *P, int n, const char *a)
{
	return n >= 0 ? noun_target(S, P, n, verbal_code(a)) : -1;
}

/* 1 when word n heads a deed noun (its own word's root, or that of a compound on it:
 * "Rocket attacks") whose doer is actor d and whose target is actor g, as
 * syn_nominal_event reads them: the deed a clause verb on the noun ("continued", "have
 * grown") carries, whose two sides are both in the noun's phrase. */
int syn_deed_noun_sides(coder_sent *S, const struct syntax_parse *P, int n, int d, int g)
{
	for (int t = 0; n >= 0 && t < S->nt; t++) {
		int w = P->tok2w[t];
		if (w < 0 || (w != n && !((int)P->w[w].head == n + 1 &&
					  syn_rel_is(&P->w[w], "compound"))))
			continue;
		const dict_verb_root *vr = deed_noun(S, P, t);
		int v = vr ? verbal_code(vr->code.a) : 0;
		if (vr && noun_doer(S, P, n, v) == d && noun_target(S, P, n, v) == g)
			return 1;
	}
	return 0;
}

/* between51: nouns of a mutual event that no form of a verb root matches, and the root and
 * code each stands for when its parties are named by "between X and Y": the dictionary's
 * codes of "held talks" (040), "held negotiations" (046), "signed an agreement" (057),
 * "declared a ceasefire" (0871), "clashed" (190). */
/* TALK_NOUNS and NEGOTIATION_NOUNS: words.c (event.c meeting_partner reads them too) */
static const char *const PACT_NOUNS[] = { "AGREEMENT", "AGREEMENTS", "DEAL", "ACCORD",
	"TREATY", NULL };
static const char *const TRUCE_NOUNS[] = { "CEASEFIRE", "TRUCE", "ARMISTICE", NULL };
static const char *const SKIRMISH_NOUNS[] = { "SKIRMISH", "SKIRMISHES", "HOSTILITIES", NULL };

/* 1 when code a is one a "between" phrase makes mutual: consultation (04), a signed
 * agreement (057), a ceasefire (0871), force (19). */
static int between_code(const char *a)
{
	return a && ((a[0] == '0' && a[1] == '4') || !strcmp(a, "057") || !strcmp(a, "0871") ||
		     (a[0] == '1' && a[1] == '9'));
}

/* The root and code of mutual-event noun t (between_code): a deed noun's own root, or that
 * of the lists above; NULL: none. */
static const dict_verb_root *between_noun(coder_sent *S, const struct syntax_parse *P, int t,
					  const char **code)
{
	const dict_verb_root *vr = deed_noun(S, P, t);
	const coder_tok *k = &S->t[t];
	int n = P->tok2w[t];
	if (vr) {
		*code = vr->code.a;
		return between_code(*code) ? vr : NULL;
	}
	if (!sent_live(S, t) || n < 0 || !syn_upos_is(&P->w[n], "NOUN") ||
	    (k->ent && k->ent->type == ENT_VERB))
		return NULL;
	*code = tok_in(k, TALK_NOUNS) ? "040" : tok_in(k, NEGOTIATION_NOUNS) ? "046" :
		tok_in(k, PACT_NOUNS) ? "057" : tok_in(k, TRUCE_NOUNS) ? "0871" :
		tok_in(k, SKIRMISH_NOUNS) ? "190" : NULL;
	return !*code ? NULL : named_root(S, !strcmp(*code, "046") ? "NEGOTIATE" :
					  (*code)[1] == '4' ? "TALK_" :
					  (*code)[1] == '5' ? "SIGN_" :
					  (*code)[1] == '8' ? "DECLARE" : "CLASH");
}

/* Fills *out with the members of noun n's "between" phrase ("between Iran, Iraq and
 * Syria"), each in source and target: 1 when two actors of two codes are there. */
static int between_parties(coder_sent *S, const struct syntax_parse *P, int n,
			   coder_cand *out)
{
	static const char *const between[] = { "between", NULL };
	int b = -1;
	for (int i = n + 1; i < P->nw && b < 0; i++)
		if ((int)P->w[i].head == n + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", between))
			b = i;
	coder_slot *s = &out->src, one;
	slot_empty(s);
	for (int i = b; b >= 0 && i < P->nw; i++) {
		if (i != b && !((int)P->w[i].head == b + 1 && syn_rel_is(&P->w[i], "conj")))
			continue;
		int k = syn_actor_at(S, P, i);
		if (k < 0)
			continue;
		actors_make_slot(S, k, &one);
		for (int m = 0; m < one.n && s->n < MAX_MEMBERS; m++)
			s->m[s->n++] = one.m[m];
		if (!s->pos)
			s->pos = one.pos;
	}
	for (int m = 1; m < s->n; m++)
		if (strcmp(s->m[m].code, s->m[0].code)) {
			slot_copy(&out->tgt, s);
			return 1;
		}
	return 0;
}

/* 1 when the clause verb noun n hangs on tells the event is only wished, planned, judged,
 * failed or denied ("called for talks between", "will hold talks between", "never signed
 * a deal between", "a meeting between ... is planned", "talks between ... can succeed",
 * "welcomed the agreement between", "talks between ... collapsed"): a "for" phrase, a verb
 * that coded a statement, appeal, intent, praise (050-055), demand, criticism, rejection or
 * threat (cands, nc), a future, a modal, a word of planning or failure, or a negation. */
static int between_unmet(coder_sent *S, const struct syntax_parse *P, int n,
			 const coder_cand *cands, int nc)
{
	static const char *const modal[] = { "can", "could", "may", "might", "should", "must",
		"to", NULL };
	static const char *const plan[] = { "planned", "scheduled", "expected", "proposed",
		"set", "due", "possible", "likely", "needed", "collapsed", "failed", "stalled",
		"broke", "fell", NULL };
	static const char *const for_[] = { "for", NULL };
	int v = n;
	while (P->w[v].head && (syn_rel_base(&P->w[v], "nmod") || syn_rel_is(&P->w[v], "conj"))) {
		if (syn_child_word(P, v, "case", for_))
			return 1;   /* "time for talks", "pressed for a truce": wished */
		v = (int)P->w[v].head - 1;
	}
	if (syn_child_word(P, v, "case", for_))
		return 1;
	if (!P->w[v].head)
		return 0;
	v = (int)P->w[v].head - 1;
	if (syn_not_on(P, v) || syn_future_verb(P, v) >= 0 || syn_child_word(P, v, "aux", modal) ||
	    syn_child_word(P, v, "mark", modal) || syn_word_in(&P->w[v], plan))
		return 1;
	for (int i = 0; i < nc; i++) {
		const char *a = cands[i].code.a;
		if (P->tok2w[cands[i].verb] == v && a &&
		    ((a[0] == '0' && a[1] >= '1' && a[1] <= '3') ||
		     (a[0] == '0' && a[1] == '5' && a[2] && a[2] < '6') ||
		     (a[0] == '1' && a[1] >= '0' && a[1] <= '3')))
			return 1;
	}
	return 0;
}

/* between51: the next event named by a noun with a "between" phrase ("Clashes between
 * Israeli troops and Palestinian gunmen killed three people", "Talks between Iran and the
 * United States ended") from token *from on: the noun's mutual event, both ways among the
 * phrase's members, whatever verb the noun hangs on; a noun a candidate of cands (nc) was
 * coded from is left to it. 1 and *out (and *from past the noun) when found. */
int syn_between_event(coder_sent *S, int *from, const coder_cand *cands, int nc,
		      coder_cand *out)
{
	static const char *const between[] = { "BETWEEN", NULL };
	int any = 0;   /* no parse for a sentence with no "between" (the parse is the cost) */
	if (!syntax_on(S) || S->na < 2)
		return 0;
	for (int t = *from; t < S->nt && !any; t++)
		any = tok_in(&S->t[t], between);
	struct syntax_parse *P = any ? syn_get_parse(S) : NULL;
	for (int t = *from; P && t < S->nt; t++) {
		const char *code = NULL;
		const dict_verb_root *vr = between_noun(S, P, t, &code);
		int n = vr ? P->tok2w[t] : -1, coded = 0;
		for (int i = 0; i < nc && !coded; i++)
			coded = cands[i].verb == t;
		if (n < 0 || coded)
			continue;
		memset(out, 0, sizeof *out);
		if (!between_parties(S, P, n, out) || between_unmet(S, P, n, cands, nc))
			continue;
		out->root = vr;
		out->code.kind = CODE_EVENT;
		out->code.a = code;
		if (syn_undone(S, P, n, 0, &out->code))
			continue;
		out->verb = t;
		out->ok = 1;
		out->note = "rule: a noun of a mutual event with a 'between' phrase ('talks "
			    "between Iran and the United States') is that event among the "
			    "phrase's members, both ways";
		*from = t + 1;
		return 1;
	}
	return 0;
}

/* 1 when the sentence could hold an event the rules above read: an actor, and a word that is
 * a dictionary verb's (a deed noun), a measure word with no root of its own, an adjective
 * of disapproval, or "behind", "responsible" (a culprit). Read from the coder's tokens, so
 * that a sentence with none is not parsed for nothing (most sentences that code no event:
 * the parse is the coder's largest cost). */
static int may_hold_noun_event(const coder_sent *S)
{
	static const char *const behind[] = { "BEHIND", "RESPONSIBLE", NULL };   /* a culprit */
	static const char *const measure[] = { "SANCTION", "SANCTIONS", "EMBARGO", "MEASURE",
		"MEASURES", "BILL", "BILLS", "LEGISLATION", "TARIFF", "TARIFFS", "DUTIES",
		"RESTRICTIONS", "CURBS", NULL };
	if (S->na < 1)
		return 0;
	for (int t = 0; t < S->nt; t++) {
		const coder_tok *k = &S->t[t];
		if ((k->ent && k->ent->type == ENT_VERB) || tok_in(k, measure) ||
		    tok_in(k, DISAPPROVING) || tok_in(k, THREAT_NOUNS) || tok_in(k, behind) ||
		    tok_in(k, PRESSURE_NOUNS))
			return 1;
	}
	return 0;
}

/* A deed said as a noun phrase whose doer and target are actors of two countries, in a
 * sentence that coded no event: that deed, the doer's on the target. 1 and *out when found. */
int syn_nominal_event(coder_sent *S, coder_cand *out)
{
	struct syntax_parse *P = syntax_on(S) && may_hold_noun_event(S) ? syn_get_parse(S) : NULL;
	if (P && (pending_sanction(S, P, out) || felt_disapproval(S, P, out) ||
		  alleged_culprit(S, P, out)))
		return 1;
	for (int t = 0; P && t < S->nt; t++) {
		const dict_verb_root *vr = deed_noun(S, P, t);
		int n = vr ? P->tok2w[t] : -1;
		if (n < 0 || topic_noun(P, n) || defied_measure(S, P, n))
			continue;
		int v = verbal_code(vr->code.a);
		int d = noun_doer(S, P, n, v);
		if (d < 0)
			d = manner_doer(S, P, n, vr);
		int g = d >= 0 ? noun_target(S, P, n, v) : -1;
		if (g < 0)
			continue;
		memset(out, 0, sizeof *out);
		actors_make_slot(S, d, &out->src);
		actors_make_slot(S, g, &out->tgt);
		out->code = vr->code;
		out->code.b = NULL;
		out->root = vr;
		if (nominal_done(S, P, out, t, "rule: a deed said as a noun phrase with its doer "
				 "and its target ('Turkey's offensive against the Kurds'), the "
				 "sentence's verbs coding nothing, is the doer's deed on the "
				 "target"))
			return out->src.n && out->tgt.n;
	}
	return P && measure_in_force(S, P, out);
}
