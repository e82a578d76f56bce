/*
 * newsmodal.c - the --shallow path's news rules (KHALDUN:) on events not done: denied and
 * negated deeds ("did not attack", "denied sending troops"), hypothetical and modal ones
 * ("would", "could", "may", "must"), intents, plans and aims ("plans to", "aimed at"),
 * appeals and warnings ("urged X to", "warned it would"), and deeds feared, unseen, risked,
 * likened or failed. Split from news.c, which holds the rest of the news rules; callers reach
 * these through the news_ declarations of sent.h.
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include "base/boilerplate.h"
#include "cameo/actor.h"
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

/* lexvow62: 1 when token t is a vow, pledge, promise or oath verb ("vowed", "pledging",
 * "promised", "swore"): what such a verb codes is not done when it is plainly denied. */
int vow_word(const coder_tok *t)
{
	for (int k = 0; VOW_STEMS[k]; k++)
		if (t->n >= (int)strlen(VOW_STEMS[k]) &&
		    !memcmp(t->s, VOW_STEMS[k], strlen(VOW_STEMS[k])))
			return 1;
	return 0;
}

/* undone94: --shallow twin of syncode.c syn_neither: 1 when verb v's subject is a "neither
 * ... nor" pair ("Neither Kenya nor Uganda has confirmed the deal", "neither the army nor
 * the police fired"): "nor" at most eight words back, with only words and auxiliaries
 * between it and v (no other verb, comma, quotation mark or clause word), and "neither" at
 * most six words before "nor" with no verb, comma or quotation mark between. "Neither
 * Kenya nor Uganda said the army attacked" leaves the attack alone (a verb between). */
static int neither_subject(const coder_sent *S, int v, int lo)
{
	static const char *const aux[] = { "HAS", "HAVE", "HAD", "DID", "DOES", "DO", "WILL",
		"WOULD", "CAN", "COULD", "IS", "ARE", "WAS", "WERE", "YET", NULL };
	(void)lo;   /* the clause may be cut at "nor": the scan crosses it */
	for (int k = v - 1; k >= 1 && v - k <= 8; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL) ||
		    (t->type == TY_VERB && !tok_in(t, aux)))
			return 0;
		if (!tok_is(t, "NOR"))
			continue;
		for (int j = k - 1; j >= 0 && k - j <= 6; j--) {
			const coder_tok *n = &S->t[j];
			if (tok_is(n, "NEITHER"))
				return 1;
			if (n->cls == C_COMMA || n->cls == C_QUOTE || n->type == TY_VERB)
				return 0;
		}
		return 0;
	}
	return 0;
}

/* undone96: 1 when the verb at f, the first of a pair a "nor" ("nor" 1) or "or" joins, is
 * itself denied: "neither" right before it, or, after "or" only, a denial ("not", "never",
 * "n't") or a refusal's "to" ("declined to"; negconj101: "failed to" too, and "and" before a
 * bare verb as "or"). */
static int pair_head_denied(const coder_sent *S, int f, int nor)
{
	static const char *const refuse[] = { "REFUSED", "REFUSES", "REFUSE", "REFUSING",
		"DECLINED", "DECLINES", "DECLINE", "DECLINING", "FAILED", "FAILS", "FAIL",
		"FAILING", NULL };
	if (f < 1)
		return 0;
	const coder_tok *d = &S->t[f - 1];
	if (tok_is(d, "NEITHER"))
		return 1;
	if (nor)
		return 0;
	return tok_has(d, WF_NEG) ||
	       (tok_is(d, "TO") && f - 2 >= 0 && tok_in(&S->t[f - 2], refuse));
}

/* undone96: the first verb of a pair joined by the "nor"/"or" at j, read back over its
 * object ("did not attend the talks or sign", "neither attended the talks nor signed"): the
 * nearest word typed as a verb at most five plain lower-case words back, not one right after
 * an article ("the talks" is the object). -1 when a capital, actor, comma, clause word or
 * "that" comes first, or no such verb is found. */
static int paired_first(const coder_sent *S, int j)
{
	for (int f = j - 2; f >= 1 && j - f <= 6; f--) {
		const coder_tok *w = &S->t[f];
		if (w->cls != C_WORD || w->cap || w->type == TY_ACTOR ||
		    tok_has(w, WF_CLAUSE | WF_REL) || tok_is(w, "THAT"))
			return -1;
		if (w->type == TY_VERB && !tok_in(&S->t[f - 1], ARTICLES))
			return f;
	}
	return -1;
}

/* undone95: --shallow twin of syntax.c paired_denial: 1 when verb v is the second of a pair
 * of verbs a denial covers: "neither" right before v ("Kenya neither attacked nor shelled"),
 * or "nor"/"or" right before v after one plain word (the first verb) that "neither", a
 * denial ("not", "never", "n't") or a refusal's "to" ("declined to") stands before: "has
 * neither confirmed nor denied", "did not confirm or deny", "declined to confirm or deny".
 * undone96: the first verb may have its object between (paired_first); news_adverb_denied
 * drops v so paired whatever its code (no refusal is said). */
static int paired_denial(const coder_sent *S, int v, int lo)
{
	static const char *const joint[] = { "NOR", "OR", NULL };
	if (v - 1 >= lo && tok_is(&S->t[v - 1], "NEITHER"))
		return 1;
	/* negconj101: "and" before a bare verb shares the first verb's denial ("refused to attack
	 * the camp and warn Uganda"); a past ("and warned") is a deed of its own */
	int bare_and = v - 3 >= 0 && tok_is(&S->t[v - 1], "AND") && syn_base_form(S, v);
	if (v - 3 < 0 || (!tok_in(&S->t[v - 1], joint) && !bare_and))
		return 0;
	int nor = tok_is(&S->t[v - 1], "NOR");
	const coder_tok *f = &S->t[v - 2];
	if (f->cls == C_WORD && !f->cap && f->type != TY_ACTOR && pair_head_denied(S, v - 2, nor))
		return 1;
	int g = paired_first(S, v - 1);
	return g >= 0 && pair_head_denied(S, g, nor);
}

/* 1 when a denial ("not", "never", "refused") stands just before verb v, in its clause.
 * undone94: so when its subject is "neither X nor Y" (neither_subject).
 * clause79: so does "reluctant" or "reluctance" with "to" after it ("its reluctance to
 * fully endorse the plan"), as the parse path's REFUSE list has them; not the adjective
 * before a noun ("the reluctant ally endorsed"). */
static int denied_before(coder_sent *S, int v, int lo)
{
	static const char *const loath[] = { "RELUCTANT", "RELUCTANCE", NULL };
	if (neither_subject(S, v, lo))
		return 1;
	for (int k = 1; k <= 3 && v - k >= lo; k++) {
		const coder_tok *t = &S->t[v - k];
		if (tok_has(t, WF_NEG) || (tok_in(t, loath) && tok_is(&S->t[v - k + 1], "TO")))
			return 1;
		if (t->type == TY_VERB || t->cls == C_COMMA || t->type == TY_ACTOR)
			break;
	}
	return 0;
}

/* speech63: --shallow, 1 when verb v's subject is "no one", "nobody" or "no" and a noun
 * ("claimed no country had offered to take them", "No state has recognized the junta"):
 * the deed is said to be done by no one, so it is no event. The word must open the clause
 * (its start, or right after a verb, comma, quotation mark or "that"), with at most four
 * words of its phrase, auxiliaries or adverbs before v, none "that" or capitalized past the
 * word after "no": "there is no sign that Russia attacked" keeps Russia as the doer. */
int news_nobody_did(coder_sent *S, int v, int lo)
{
	static const char *const none[] = { "NO", "NOBODY", "NONE", NULL };
	/* undone87: "nobody is going to hold drills to support Laos": a "to" purpose clause is
	 * done by the subject of the verb before it (no actor, comma or other verb between) */
	if (v - 1 > lo && tok_is(&S->t[v - 1], "TO"))
		for (int k = v - 2; k >= lo && v - k <= 7; k--) {
			const coder_tok *t = &S->t[k];
			if (t->type == TY_ACTOR || t->cls != C_WORD || t->cap)
				break;
			if (t->type == TY_VERB)
				return news_nobody_did(S, k, lo);
		}
	for (int k = v - 1; k >= lo && v - k <= 5; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "GOING") && tok_is(&S->t[k + 1], "TO"))
			continue;   /* shundone86: "nobody is going to hold drills": a future */
		if (t->type == TY_VERB || t->cls == C_COMMA || tok_is(t, "THAT"))
			return 0;
		if (!tok_in(t, none))
			continue;
		/* "no sign Russia attacked": a named subject of its own */
		for (int j = k + 2; j < v; j++)
			if (S->t[j].cap)
				return 0;
		if (k + 1 >= v || S->t[k + 1].cls != C_WORD)
			return 0;   /* "No, ..." is an answer, not a subject */
		const coder_tok *p = k > lo ? &S->t[k - 1] : NULL;
		return !p || p->type == TY_VERB || p->cls != C_WORD || tok_is(p, "THAT");
	}
	return 0;
}

/* speech63: --shallow, 1 when verb v, an -ing form, is one of the deeds an accusation
 * charges ("accuses the rebels of looting, burning and raping", "accused the envoy of
 * misrepresenting the facts and providing false data"): those are the accused side's, told
 * by the accuser, whose charge (112) codes them; left alone they gave the accuser the deeds.
 * Within 12 tokens back (across the list's commas), no verb but -ing forms between, an OF
 * opening an -ing charge (of_clause) at most 6 tokens after a verb of accusing or charging. */
int news_charged_gerund(coder_sent *S, int v, int lo)
{
	const coder_tok *t = &S->t[v];
	if (t->cap || t->n < 5 || !tok_ends(t, "ING"))
		return 0;
	(void)lo;   /* the list's commas end clauses: the scan crosses them */
	for (int k = v - 1; k >= 0 && v - k <= 12; k--) {
		const coder_tok *w = &S->t[k];
		if (w->type == TY_VERB && (w->n < 5 || !tok_ends(w, "ING")))
			return 0;
		if (!of_clause(S, k, v + 1))
			continue;
		for (int j = k - 1; j >= 0 && k - j <= 6; j--)
			if (S->t[j].type == TY_VERB)
				return (S->t[j].n > 5 && !memcmp(S->t[j].s, "ACCUS", 5)) ||
				       (S->t[j].n > 5 && !memcmp(S->t[j].s, "CHARG", 5));
		return 0;
	}
	return 0;
}

/* "will not release", "refused to cooperate", "unwillingness to support": cooperation
 * (roots 03-08) that is denied. */
int news_negated(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	return root >= 3 && root <= 8 && denied_before(S, v, lo);
}

/* ruleout54: "did not rule out talks", "has not rejected the offer": a rejection (12x) that
 * is denied is no act toward the side, nor the deed it leaves open; a denied defiance (128,
 * "has not violated the deal") stays, as the parse path's syn_rejection keeps it. */
int news_denied_rejection(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	/* lexvow62: "did not vow to attack Israel": a threat (13x) of a vow denied is none */
	int vowed = c->a && c->a[0] == '1' && c->a[1] == '3' && vow_word(&S->t[v]);
	return c->a && c->a[0] == '1' && (c->a[1] == '2' || vowed) && strncmp(c->a, "128", 3) &&
	       denied_before(S, v, lo);
}

/* negadv54: --shallow, "never criticized Beijing", "seldom criticized China": an adverb that
 * denies the verb just before it leaves no statement, no rejection and no conflict deed (roots
 * 01 and 09-20, but a defiance denied, 128, stays), as the parse path's recode drops them
 * (syn_rejection; undones114: a denied modal too, "can't suppress", "cannot arrest"); a
 * cooperation so denied is news_negated's rejection. modal78: so does a
 * plain "not" ("did not shell the town", "were not deported"), but not "not only", nor a
 * denial before an infinitive's "to" ("did not hesitate to shell": the head verb's).
 * neg81: so does a side's reluctance just before that "to" ("is reluctant to criticize
 * China", "unwilling to condemn"), as the parse path drops it; "refused to" stays (120).
 * notdone117: so does a readiness denied ("is not ready to impose sanctions"). */
int news_adverb_denied(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const deny[] = { "NEVER", "SELDOM", "RARELY", "HARDLY", "SCARCELY",
		"NOT", "DIDN'T", "DOESN'T", "DON'T", "HASN'T", "HAVEN'T", "HADN'T", "ISN'T",
		"WASN'T", "WEREN'T", "CAN'T", "CANNOT", "COULDN'T", "WOULDN'T", "SHOULDN'T",
		NULL };
	static const char *const loath[] = { "RELUCTANT", "RELUCTANCE", "HESITANT",
		"UNWILLING", "UNWILLINGNESS", NULL };
	static const char *const ready[] = { "READY", "WILLING", "PREPARED", NULL };
	static const char *const failed[] = { "FAILED", "FAILS", "FAIL", "FAILING", NULL };
	int drop = 0;
	if (code_root_or_none(c->a) < 0)
		return 0;
	if (paired_denial(S, v, lo))
		return 1;   /* undone95; undone96: any code, "neither condemned nor praised" */
	syn_rejection(c->a, &drop);
	if (!drop)
		return 0;
	if (neither_subject(S, v, lo))
		return 1;   /* undone94: "Neither Kenya nor Uganda has confirmed" */
	for (int k = 1; k <= 3 && v - k >= lo; k++) {
		const coder_tok *t = &S->t[v - k];
		if (tok_in(t, deny))
			return !tok_is(&S->t[v - k + 1], "ONLY");   /* "not only arrested" */
		if (tok_is(t, "TO") && v - k - 1 >= lo && tok_in(&S->t[v - k - 1], loath))
			return 1;   /* "reluctant to criticize" */
		/* notdone117: a readiness denied, "is not ready to impose sanctions", "not
		 * willing to attack", "isn't prepared to be deported" */
		if (tok_is(t, "TO") && v - k - 2 >= lo && tok_in(&S->t[v - k - 1], ready) &&
		    tok_in(&S->t[v - k - 2], deny))
			return 1;
		/* attempt139: a failed or denied attempt, "failed to defeat the militants",
		 * "did not try to attack", "never tried to seize", as the parse path drops it */
		if (tok_is(t, "TO") && v - k - 1 >= lo && tok_in(&S->t[v - k - 1], failed))
			return 1;
		if (tok_is(t, "TO") && v - k - 2 >= lo &&
		    news_attempt_verb(&S->t[v - k - 1]) &&
		    (tok_in(&S->t[v - k - 2], deny) ||
		     (v - k - 3 >= lo && tok_in(&S->t[v - k - 3], deny))))
			return 1;
		/* "did not hesitate to shell": the denial is the head verb's, not v's */
		if (t->type == TY_VERB || t->cls != C_WORD || t->type == TY_ACTOR ||
		    tok_is(t, "TO"))
			break;
	}
	return 0;
}

/* shshould156, threatco173: how far back the first of two verbs "and" or "or" joins at token
 * k may stand: the lowest j down to k - 8 such that the tokens j .. k - 1 are all plain words
 * (no comma, quotation mark, clause word, relative word or other conjunction). k when none. */
static int joined_reach(const coder_sent *S, int k)
{
	int j = k;
	while (j - 1 >= 0 && j - 1 >= k - 8) {
		const coder_tok *t = &S->t[j - 1];
		if (t->cls != C_WORD || t->type == TY_CONJ || tok_has(t, WF_CLAUSE | WF_REL))
			break;
		j--;
	}
	return j;
}

/* shmodal73: the "to" of the infinitive verb v, also of the second of two joined by "and"/"or"
 * ("threatened to close or suspend"): v - 1, or v - 3 when v - 2 is a plain lower-case word
 * after that "to". threatco173: also when the first has an object, and with the "to" said
 * again ("threatened to attack U.S. forces and (to) kill their commanders"): the second is
 * under the verb the first hangs on, so the first's "to" is returned, found by joined_reach
 * (the nearest "to" before a verb; a past form after the conjunction, "and killed two
 * soldiers", is the subject's own deed, done). -1 when v has no "to" so. */
int to_of(const coder_sent *S, int v, int lo)
{
	(void)lo;   /* the clause of a joined verb starts after its "and": the scan crosses it */
	if (v - 1 >= 0 && tok_is(&S->t[v - 1], "TO") &&
	    !(v - 2 >= 0 && tok_in(&S->t[v - 2], AND_OR_WORDS)))
		return v - 1;
	int k = v - 1;
	if (k >= 0 && tok_is(&S->t[k], "TO"))
		k--;   /* "and to kill" */
	int own = k < v - 1 ? v - 1 : -1;   /* a second "to" is the verb's own at least */
	/* agreeto175: an adverb of degree or time between the conjunction and the verb ("agreed
	 * to share information and even cooperate") leaves the verb joined to the first */
	if (k == v - 1 && k >= 2 && (adverbish(&S->t[k]) || news_time_adverb(&S->t[k])) &&
	    tok_in(&S->t[k - 1], AND_OR_WORDS))
		k--;
	if (k < 1 || !tok_in(&S->t[k], AND_OR_WORDS) || tok_ends(&S->t[v], "ED"))
		return own;
	int reach = joined_reach(S, k);
	for (int j = k - 1; j >= reach; j--)
		if (tok_is(&S->t[j], "TO") && j + 1 < k && S->t[j + 1].type == TY_VERB)
			return j;
	if (k == v - 1 && v - 3 >= 0 && tok_is(&S->t[v - 3], "TO")) {
		const coder_tok *w = &S->t[v - 2];
		return w->cls == C_WORD && !w->cap && w->type != TY_ACTOR ? v - 3 : -1;
	}
	return own;
}

/* endup112: where a modal before deed verb v is looked for: before the bare "end" (or
 * "wind") of "end up" right before the -ING deed ("may end up attacking ports", "could
 * wind up expelling the envoys": the outcome verb carries the modal's doubt to the deed),
 * or before a bare verb of onset right before it ("could either resume shelling"); else
 * before v itself. */
int modal_reach(const coder_sent *S, int v, int lo)
{
	static const char *const end[] = { "END", "WIND", NULL };
	static const char *const onset[] = { "RESUME", "START", "BEGIN", "CONTINUE", NULL };
	if (!tok_ends(&S->t[v], "ING"))
		return v;
	if (v - 2 >= lo && tok_in(&S->t[v - 2], end) && tok_is(&S->t[v - 1], "UP"))
		return v - 2;
	return v - 1 >= lo && tok_in(&S->t[v - 1], onset) ? v - 1 : v;
}

/* would155: 1 when "would" at token k is a reported "will" (backshifted under a past speech
 * verb): "Kenyan officials said students would protest", "announced that the army would
 * attack the rebels": a speech verb (SPEECH_WORDS, "announced") before it in the same
 * stretch, only words of the reported clause between (no other verb, comma, modal, relative
 * word); not a conditional ("would protest if fees rose", "if ..., X would"): an "if" or
 * "unless" anywhere in the sentence keeps the guess. */
int reported_would(const coder_sent *S, int k)
{
	static const char *const would[] = { "WOULD", NULL };
	static const char *const announced[] = { "ANNOUNCED", "ANNOUNCES", NULL };
	if (k < 2 || !tok_in(&S->t[k], would))
		return 0;
	for (int i = 0; i < S->nt; i++)
		if (tok_in(&S->t[i], COND_WORDS))
			return 0;
	for (int j = k - 1; j >= 0 && j >= k - 10; j--) {
		const coder_tok *t = &S->t[j];
		if (tok_in(t, SPEECH_WORDS) || tok_in(t, announced))
			return j < k - 1;
		if (t->cls == C_COMMA || tok_has(t, WF_MODAL) || tok_has(t, WF_REL) ||
		    t->type == TY_VERB)
			return 0;
	}
	return 0;
}

/* "may resort to strikes", "could attack": a material event that has not happened ("threatened
 * to kill" aside: a threat, vow54). */
int news_hypothetical(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	int material = (root >= 6 && root <= 8) || root == 14 || root == 15 || root >= 17;
	if (!material)
		return 0;
	static const char *const threaten[] = { "THREATENED", "THREATENS", "THREATEN", NULL };
	int to = to_of(S, v, lo);
	/* vow54: "threatened to kill" is the threat of the deed (news_future_threat); shmodal73:
	 * so is "threatened to close or suspend" */
	if (to >= 1 && tok_in(&S->t[to - 1], threaten) && syn_threat_code(c->a))
		return 0;
	/* modal77: "could be attacked or abducted": the second of two joined verbs is as
	 * undone as the first (the joined verb's clause starts after its "or": the check
	 * crosses it, as to_of's does) */
	if (v >= 2 && tok_in(&S->t[v - 1], AND_OR_WORDS) && S->t[v - 2].type == TY_VERB &&
	    news_hypothetical(S, v - 2, 0, c))
		return 1;
	/* modal77: "says Tanzania can supply maize": an ability, no deed done; "can" is kept out
	 * of the shared modal class, which other rules read as doubt */
	static const char *const can[] = { "CAN", NULL };
	int e = modal_reach(S, v, lo);   /* endup112: "may end up attacking ports" */
	for (int k = 1; k <= 4 && e - k >= lo; k++) {
		const coder_tok *t = &S->t[e - k];
		if (tok_has(t, WF_MODAL) || tok_in(t, can))
			return 1;
		if (t->type == TY_VERB || t->cls == C_COMMA)
			break;
	}
	return 0;
}

/* undoneb109: 1 when deed noun v is the object of the nearest verb before it, at most five
 * plain words between (no comma, clause word or actor), and that verb comes right after
 * could/may/might (one of "also", "soon" and the like between): "may seek new talks". */
static int maybe_object(const coder_sent *S, int v, int lo)
{
	static const char *const adv[] = { "ALSO", "STILL", "EVEN", "THEN", "ONLY", "SOON",
		NULL };
	for (int k = v - 1; k > lo && k >= v - 6; k--) {
		const coder_tok *t = &S->t[k];
		if (t->type == TY_VERB) {
			int m = k - 1;
			if (k == v - 1 || m < lo)
				return 0;
			if (m > lo && tok_in(&S->t[m], adv))
				m--;   /* "may soon seek" */
			/* not "Theresa May" */
			return tok_in(&S->t[m], MAYBE_MODALS) && !S->t[m].cap;
		}
		if (t->cls != C_WORD || t->type == TY_ACTOR || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* irrealis55: --shallow, "If the talks fail, Ankara can complain to the WTO": an
 * accusation, demand or rejection (roots 09-12) right after could/would/may/might/can
 * ("also", "still", "even", "then", "only" between allowed) has not happened, as
 * syn_hypothetical drops it on the parse path. Not after a verb of saying or thinking
 * earlier in the sentence ("said he would call on the Council": reported intent, which the
 * parse path keeps in a complement clause). */
int news_verbal_modal(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const modal[] = { "COULD", "WOULD", "MAY", "MIGHT", "CAN", NULL };
	static const char *const say[] = { "SAID", "SAYS", "SAY", "TOLD", "ADDED", "STATED",
		"ANNOUNCED", "WARNED", "BELIEVES", "BELIEVE", "THINKS", "THINK", "EXPECTS",
		"EXPECT", "HOPES", "HOPED", "SAYING", NULL };
	int root = code_root_or_none(c->a);
	if (root < 0 || root > 19)
		return 0;   /* a first digit 0 or 1 (roots 00-19): the tests below read 02-13 */
	/* shundone65: "the deal could threaten the base": a risk foreseen, no threat made
	 * (after a verb of saying too: "critics say it might threaten") */
	if (root == 13 && tok_is(&S->t[v], "THREATEN") && v - 1 >= lo &&
	    tok_in(&S->t[v - 1], MAYBE_MODALS))
		return 1;
	static const char *const adv[] = { "ALSO", "STILL", "EVEN", "THEN", "ONLY", NULL };
	int m = modal_reach(S, v, lo) - 1;   /* endup112: "may end up suing" */
	if (m > lo && tok_in(&S->t[m], adv))
		m--;
	/* undoneb109: "Kenya could seek talks with Uganda, the analyst said": an appeal, an
	 * offer or a bid to cooperate (roots 02, 03, 05) right after could/may/might is a
	 * possibility, reported or not, as syn_hypothetical drops it on the parse path;
	 * "would" is an intent. A meeting (04) stays, unless it is the object of such a verb
	 * ("may seek talks": the talks are as possible as the seeking) */
	if ((root == 2 || root == 3 || root == 5) && m >= lo && tok_in(&S->t[m], MAYBE_MODALS) &&
	    !S->t[m].cap)   /* "Prime Minister May called for": a name */
		return 1;
	if (root >= 2 && root <= 5 && maybe_object(S, v, lo))
		return 1;
	if (root < 9 || root > 12)
		return 0;
	if (m < lo || !tok_in(&S->t[m], modal))
		return 0;
	for (int k = 0; k < m; k++)
		if (tok_in(&S->t[k], say))
			return 0;
	return 1;
}

/* forms54: "has yet to ratify the treaty", "are yet to release the hostages": the deed
 * verb v has not happened, whatever its code, so --shallow codes nothing, as the parse
 * path's recode ("has yet to approve") does. "yet" must follow a form of "have" or "be" (or
 * "remain"): "not yet" and "still has not" are denials, which news_negated makes rejections. */
static int yet_to_verb(const coder_sent *S, int v, int lo)
{
	static const char *const aux[] = { "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE",
					   "REMAINS", "REMAIN", "REMAINED", NULL };
	/* shundone86: "has yet to be declared free": the passive is as undone */
	if (v - 1 > lo && tok_is(&S->t[v - 1], "BE"))
		v--;
	return v - 3 >= lo && tok_is(&S->t[v - 1], "TO") && tok_is(&S->t[v - 2], "YET") &&
	       tok_in(&S->t[v - 3], aux);
}

/* shundone92: also a deed word in the object of a verb one "has yet to" do ("have yet to
 * comment on the Kenyan claims": the claims are not commented on, no event on them): the
 * nearest verb before v, at most five plain words between (prepositions, articles,
 * adjectival actors; no comma, clause word or other verb), is one yet to be done. */
int news_yet_undone(coder_sent *S, int v, int lo)
{
	if (yet_to_verb(S, v, lo))
		return 1;
	for (int k = v - 1; k > lo && k >= v - 6; k--) {
		const coder_tok *t = &S->t[k];
		if (t->type == TY_VERB)
			return k < v - 1 && yet_to_verb(S, k, lo);
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* shundone65: 1 when verb v opens a "to" clause after a form of "be" and a word that sets
 * the deed for a time or owes or forecasts it, not tells it done: "were supposed to sign",
 * "is scheduled to deport", "are now expected to attack" (news_undone_frame drops deals and
 * material deeds so told; meetings stay, as the annotators code a planned visit). */
static int slated_to(const coder_sent *S, int v, int lo)
{
	static const char *const slated[] = { "SCHEDULED", "SUPPOSED", "DUE", "EXPECTED",
		"SLATED", "POISED", NULL };   /* notdone118: "is poised to send troops" */
	int to = v - 1;
	if (to - 2 < lo || !tok_is(&S->t[to], "TO") || !tok_in(&S->t[to - 1], slated))
		return 0;
	for (int k = to - 2; k >= lo && k >= to - 3; k--) {   /* "is now expected to" */
		const coder_tok *t = &S->t[k];
		if (tok_in(t, BE_ALL))
			return 1;
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_ACTOR)
			return 0;
	}
	return 0;
}

/* undone67: the "to" before the verb that deed noun v is the object of, up to two plain
 * words between them ("to stop attacks on Gaza", "to end its raids"): the noun's deed is
 * the clause's, as undone as its verb; else dflt. */
static int deed_noun_clause(const coder_sent *S, int v, int lo, int dflt)
{
	int k = v - 1;
	while (k > lo && k >= v - 3 && S->t[k].cls == C_WORD && S->t[k].type != TY_VERB &&
	       S->t[k].type != TY_ACTOR && !tok_has(&S->t[k], WF_CLAUSE | WF_REL))
		k--;
	if (k - 1 > lo && S->t[k].type == TY_VERB && tok_is(&S->t[k - 1], "TO"))
		return k - 1;
	return dflt;
}

/* undone70: --shallow, "looks forward to discussing trade", "is looking forward to
 * meeting": 1 when the verb at v comes right after "look(s, ed, ing) forward to", a deed
 * awaited, not done (the parse path's syn_intended decides it there). Nouns after it ("look
 * forward to the talks") are no verb at v and are left alone. */
int news_looked_forward(const coder_sent *S, int v, int lo)
{
	static const char *const look[] = { "LOOK", "LOOKS", "LOOKED", "LOOKING", NULL };
	return v - 3 >= lo && S->t[v].type == TY_VERB && tok_is(&S->t[v - 1], "TO") &&
	       tok_is(&S->t[v - 2], "FORWARD") && tok_in(&S->t[v - 3], look);
}

/* undone71: --shallow, "is willing to resume talks", "plans to discuss trade", "seeks to
 * mediate": 1 when the verb at v comes right after "to" and a word of intent before it (an
 * adjective of readiness, a verb or noun of wanting or planning: the lists of syncode.c's
 * syn_intended and wanted_head), a deed intended, not done (the parse path's syn_intended
 * decides it there). "was forced to resume talks", "went on to meet" are left alone.
 * undonesh116: also a gerund after an adjective of interest and "in"/"on" ("is interested in
 * hosting talks", "keen on meeting"); "interested in trade" (no verb) is left alone. */
int news_intent_to(const coder_sent *S, int v, int lo)
{
	static const char *const intent[] = { "WILLING", "READY", "PREPARED", "WANT", "WANTS",
		"WANTED", "WISH", "WISHES", "WISHED", "PLAN", "PLANS", "PLANNED", "PLANNING",
		"INTEND", "INTENDS", "INTENDED", "AIM", "AIMS", "AIMED", "SEEK", "SEEKS", "SOUGHT",
		"SEEKING", "HOPE", "HOPES", "HOPED", "HOPING", NULL };
	static const char *const keen[] = { "INTERESTED", "KEEN", NULL };
	static const char *const in_on[] = { "IN", "ON", NULL };
	if (v - 2 < 0 || S->t[v].type != TY_VERB)
		return 0;
	/* undonesh116: "is interested in expelling", "keen on meeting": an adjective of
	 * interest's gerund, as undonep114's gerund_of_adjective reads it with the parse */
	if (v - 2 >= lo && tok_ends(&S->t[v], "ING") && tok_in(&S->t[v - 1], in_on) &&
	    tok_in(&S->t[v - 2], keen))
		return 1;
	/* threatco173: a verb joined to such an infinitive ("plans to open the border and
	 * resume trade") is intended too, and so is one joined to an infinitive a verb of
	 * promise or agreement takes ("agreed to open its borders and grant asylum": the first
	 * is the pattern's 03x, the second its intent, not a deed done) */
	int to = to_of(S, v, lo);
	if (to < 1 || !tok_is(&S->t[to], "TO") || (to == v - 1 && to - 1 < lo))
		return 0;   /* a clause's own first "to" stands in it (the joined one's need not) */
	return tok_in(&S->t[to - 1], intent) ||
	       (to < v - 1 && tok_in(&S->t[to - 1], PROMISE_WORDS));
}

/* sense79: --shallow, "officials warn it is far too big to contain": 1 when the verb at v is
 * a form of "warn" whose clause (after an optional "that") opens with "it", "this" or
 * "there" and a plain form of "be": a state told, no deed the speaker will do, so a pessimistic
 * comment (012), not a threat; the parse path's syn_warning decides it there. A readiness
 * after the verb of being ("warned it is ready to strike") and a modal ("warned it will
 * retaliate") are left alone, as is a warning about an actor ("warned that Iran is ...") */
int news_warned_state(const coder_sent *S, int v)
{
	static const char *const pron[] = { "IT", "THIS", "THERE", NULL };
	static const char *const ready[] = { "READY", "PREPARED", "SET", "GOING", "ABOUT",
		"DETERMINED", "WILLING", "POISED", "PREPARING", NULL };
	if (S->t[v].n < 4 || memcmp(S->t[v].s, "WARN", 4))
		return 0;
	int k = v + 1;
	if (k < S->nt && tok_is(&S->t[k], "THAT"))
		k++;
	if (k + 2 >= S->nt || !tok_in(&S->t[k], pron) || !tok_in(&S->t[k + 1], BE_FINITE))
		return 0;
	return !tok_in(&S->t[k + 2], ready);
}

/* sense83, target96: the subject of a "warn (that)" clause from token first: one to six
 * plain words or numbers (no pronoun or possessive, verb, clause word, modal or auxiliary)
 * ending right before a word of stop, with no actor in it on the warner's (src) side.
 * Returns the token of the stop word, or -1 when not such a subject; *actor gets the
 * subject's first actor token (its last when last is set), -2 when it holds none. */
static int warned_subject(coder_sent *S, int first, const char *const *stop,
			  const coder_slot *src, int last, int *actor)
{
	static const char *const own[] = { "ITS", "THEIR", "OUR", "HIS", "HER", "MY", "YOUR",
		"WE", "THEY", "IT", "HE", "SHE", "I", "YOU", "THIS", "THESE", "THERE", NULL };
	int k = first;
	*actor = -2;
	for (; k < S->nt && k - first <= 6 && !tok_in(&S->t[k], stop); k++) {
		const coder_tok *t = &S->t[k];
		if ((t->cls != C_WORD && t->cls != C_NUMBER) || t->type == TY_VERB ||
		    t->type == TY_PRON || tok_in(t, own) ||
		    tok_has(t, WF_CLAUSE | WF_REL | WF_MODAL | WF_AUX))
			return -1;
		if (t->actor >= 0 && (last || *actor == -2)) {
			const coder_actor *a = &S->a[t->actor];
			if (src->n && a->ncodes &&
			    syn_codes_same_side(a->codes[0], src->m[0].code))
				return -1;
			*actor = t->actor;
		}
	}
	return k == first || k >= S->nt || !tok_in(&S->t[k], stop) ? -1 : k;
}

/* sense83: --shallow, "researchers warn that heart disease could spread", "Israel warned
 * that Hezbollah could attack": the actor token (or -2: none) of the subject of a "warn"
 * clause (after an optional "that") that says what another may do: a run of one to six plain
 * words or numbers (no pronoun or possessive, verb, clause word or comma) before "could",
 * "may" or "might", no actor in it on the warner's side, and later in the sentence no
 * "if"/"unless" (a held-out condition stays a threat) nor "target" ("Finland could become a
 * target": sense75's patterns decide who would strike). A forecast, CAMEO's pessimistic
 * comment (012), not a threat; the parse path's syn_warning decides it there. -1: not such a
 * clause. "warned it could strike", "warned that its forces may respond" and "warned Iran
 * will pay" are left alone. */
int news_warned_forecast(coder_sent *S, int v, const coder_slot *src)
{
	static const char *const target[] = { "TARGET", "TARGETS", NULL };
	if (S->t[v].n < 4 || memcmp(S->t[v].s, "WARN", 4))
		return -1;
	int first = v + 1 < S->nt && tok_is(&S->t[v + 1], "THAT") ? v + 2 : v + 1, actor;
	int k = warned_subject(S, first, MAYBE_MODALS, src, 0, &actor);
	if (k < 0)
		return -1;
	for (int j = k + 1; j < S->nt; j++)
		if (tok_in(&S->t[j], COND_WORDS) || tok_in(&S->t[j], target))
			return -1;
	return actor;
}

/* appeal130: --shallow, "Germany hopes China can help end the war", "Tehran expressed hope
 * that Japan will persuade Washington": a hope (a form of the verb, or the noun right after
 * the statement verb) whose clause has another side for subject (warned_subject: one to six
 * plain words, none on the hoper's side) before "will", "would", "can", "could" or "'ll",
 * not negated nor passive ("will be punished"), is an appeal to that side (020), the parse
 * path's syn_hoped_deed (synspeech.c). Returns the subject's actor token, -1 when not such a
 * hope. "hopes to meet" (an intent), "hopes it will", "hopes the ceasefire will hold" (no
 * side), a side after a preposition ("a ceasefire between Russia and Ukraine could"), a
 * question, a hope inside a quote ("'I am hoping the government will ...,' she said") and
 * "hopes Kenya won't" are left alone. */
int news_hoped_appeal(coder_sent *S, int v, const coder_slot *src)
{
	static const char *const hope[] = { "HOPE", "HOPES", "HOPED", "HOPING", NULL };
	static const char *const can[] = { "WILL", "WOULD", "CAN", "COULD", "'LL", NULL };
	int h = tok_in(&S->t[v], hope) ? v :
		v + 1 < S->nt && tok_in(&S->t[v + 1], hope) ? v + 1 : -1;
	if (h < 0)
		return -1;
	for (int j = 0; j < h; j++)   /* a hope in a quote stays a statement (speeche112) */
		if (S->t[j].cls == C_QUOTE)
			return -1;
	int first = h + 1 < S->nt && tok_is(&S->t[h + 1], "THAT") ? h + 2 : h + 1, actor;
	int k = warned_subject(S, first, can, src, 0, &actor);
	if (k < 0 || actor < 0 || k + 2 >= S->nt)
		return -1;
	for (int j = first; j < S->a[actor].pos; j++)   /* "a ceasefire between Russia and" */
		if (tok_has(&S->t[j], WF_PREP))
			return -1;
	for (int j = k; j < S->nt; j++)   /* "Do you hope that China can ...?" */
		if (news_question_mark(S, j))
			return -1;
	const coder_tok *next = &S->t[k + 1];
	if (tok_has(next, WF_NEG) || tok_is(next, "NOT") || tok_is(next, "NEVER") ||
	    (tok_is(next, "BE") && (tok_ends(&S->t[k + 2], "ED") || tok_ends(&S->t[k + 2], "EN"))))
		return -1;
	return actor;
}

/* shappeal170: 1 when the words [tv+1, k) between a telling verb at tv and the "to" or
 * "that" at k are its object: no preposition before the side (actor, its token; -1 or -2:
 * none), no word of the press ("told a meeting with Kenya that", "told VOA"). A side the
 * dictionaries do not name ("national governments", "aid agencies") must be an open phrase
 * with an agent's code, then put in *open; "told reporters", "told the crowd" are no side. */
static int told_object(coder_sent *S, int tv, int k, int actor, coder_slot *open)
{
	for (int j = tv + 1; j < k; j++)
		if ((tok_has(&S->t[j], WF_PREP) && (actor < 0 || j < S->a[actor].pos)) ||
		    syn_press_word(S->t[j].s, S->t[j].n))
			return 0;
	return actor >= 0 || (news_open_span(S, tv + 1, k - 1, open) && open->n &&
			      strcmp(open->m[0].code, "---"));
}

/* shtold163: --shallow, "the European Union told Italy that it should not close its
 * borders", "EU officials told national governments that they must act": the reported form
 * of shtold131's demand. The object of "told"/"tells" at tv (warned_subject up to "that",
 * no preposition before the side, no word of the press; a side the dictionaries do not name
 * is taken as an open phrase with an agent, "national governments"), then "that", a subject
 * that is the one told ("it", "they", or the object's own side named again), an obligation
 * ("must", "should", "need(s) to", "has/have to", "ought to", "had better"), an optional
 * negation and a plain lower-case verb. Returns the object's actor token, or -2 with tgt set
 * to the open phrase, -1 (tgt untouched) when not such a telling.
 * "told Italy that it would send troops" (a statement or a promise: FUTURE_MODALS), "told
 * reporters that they must" (no side), "told Italy that Greece should" (another side's
 * duty) are left alone. */
static int told_that_modal(coder_sent *S, int tv, const coder_slot *src, coder_slot *tgt,
			   int *should)
{
	static const char *const that[] = { "THAT", NULL };
	static const char *const pron[] = { "IT", "THEY", NULL };
	static const char *const must[] = { "MUST", "MUSTN'T", NULL };
	static const char *const advise[] = { "SHOULD", "SHOULDN'T", NULL };
	int actor, k = warned_subject(S, tv + 1, that, src, 0, &actor);
	if (k < 0 || k + 3 >= S->nt)
		return -1;
	coder_slot open;
	if (!told_object(S, tv, k, actor, &open))
		return -1;
	int m = k + 1, sa = S->t[m].actor;
	if (!tok_in(&S->t[m], pron)) {   /* "told Italy that Italy should" */
		if (actor < 0 || sa < 0 || S->a[sa].pos != m || !S->a[sa].ncodes ||
		    !S->a[actor].ncodes || strcmp(S->a[sa].codes[0], S->a[actor].codes[0]))
			return -1;
		m = S->a[sa].end;
	}
	m++;
	if (m + 2 >= S->nt)
		return -1;
	if (tok_in(&S->t[m], must))
		m++;
	else if (tok_in(&S->t[m], advise))
		*should = 1, m++;
	else if (obliging_to(S, m))
		*should = obliging_to(S, m) == 2, m += 2;
	else if (tok_is(&S->t[m], "HAD") && tok_is(&S->t[m + 1], "BETTER"))
		m += 2;
	else
		return -1;
	while (m < S->nt && (tok_has(&S->t[m], WF_NEG) || tok_is(&S->t[m], "NOT") ||
			     tok_is(&S->t[m], "NEVER")))
		m++;
	if (m >= S->nt)
		return -1;
	const coder_tok *next = &S->t[m];
	if (next->cls != C_WORD || next->cap || tok_in(next, ARTICLES) || tok_has(next, WF_PREP))
		return -1;
	for (int j = m; j < S->nt; j++)   /* "Who told Kenya that it must ...?" */
		if (news_question_mark(S, j))
			return -1;
	if (actor < 0)
		slot_copy(tgt, &open);
	return actor < 0 ? -2 : actor;
}

/* shtoldtgt164: --shallow, the one told of a telling verb ("told", "assured", "informed",
 * "reminded", "warned") whose object, a side no dictionary names, stands right before "that":
 * "EU officials told national governments that they closed borders", "Police warned local
 * residents that the rebels would attack". The object (warned_subject up to "that": one to six
 * plain words, no pronoun, none on the teller's side; no preposition, no word of the press) as
 * an open phrase with an agent becomes tgt, so the search stops at "that" and the clause's
 * subject (a pronoun resolved to the teller, another side) is not taken as the one told.
 * Returns 1 when tgt is set. A dictionary object ("told Italy that") is found by the search
 * itself; a time phrase before "that" is passed ("told village elders on Monday that").
 * "told reporters that Ghana was behind the attack" (the press: the clause's side stays,
 * toldthat163), "told a conference that" (no agent), "told a meeting in Nairobi that" and the
 * parse path are left alone. */
int news_told_object(coder_sent *S, int v, int vend, const coder_slot *src, coder_slot *tgt)
{
	static const char *const inform[] = { "ASSURE", "ASSURES", "ASSURED", "INFORM", "INFORMS",
		"INFORMED", "REMIND", "REMINDS", "REMINDED", "WARN", "WARNS", "WARNED", NULL };
	static const char *const stop[] = { "THAT", "ON", "IN", "AT", "DURING", "BY", "LAST",
		"EARLIER", "LATER", NULL };
	if (!tok_in(&S->t[v], TELL_WORDS) && !tok_in(&S->t[v], inform))
		return 0;
	int actor, end = warned_subject(S, vend + 1, stop, src, 0, &actor), k = end;
	if (end < 0 || actor != -2)
		return 0;
	while (k < S->nt && k <= end + 5 && !tok_is(&S->t[k], "THAT"))
		k++;   /* "told village elders on Monday that": the time phrase is no object's */
	if (k >= S->nt || !tok_is(&S->t[k], "THAT") || (k > end && !context_time_lead(S, end, k)))
		return 0;
	for (int j = vend + 1; j < end; j++)   /* "told a meeting in Nairobi that", "told VOA" */
		if (tok_has(&S->t[j], WF_PREP) || syn_press_word(S->t[j].s, S->t[j].n))
			return 0;
	coder_slot open;
	if (!news_open_span(S, vend + 1, end - 1, &open) || !open.n ||
	    !strcmp(open.m[0].code, "---"))
		return 0;
	slot_copy(tgt, &open);
	return 1;
}

/* shtold131: --shallow, "the United States told Kenya to draft a new law", "India told
 * Pakistan on Monday to hand over the suspects": "told" (or "tells") with another side for
 * object (warned_subject: one to six plain words, no pronoun, none on the teller's side, no
 * preposition before the side, no word of the press) right before "to" and a plain lower-case
 * word is the teller's demand on the one told, the parse path's commanded (syntax.c). v is
 * "told" itself or the deed's verb right after "to" (the pattern that matched). Returns the
 * object's actor token, -1 when not such a telling. "told reporters to expect" (no side),
 * "did not tell Kenya to", "was told to", a question and a telling inside or after a quote
 * ('"...," he told Kenya to ...') are left alone. shtold163: on "told" itself, also
 * "told Italy that it should not close its borders" (told_that_modal; -2: tgt set to an open
 * object; *should set for "should" / "ought to", an appeal as syn_obligation_code has it). */
int news_told_demand(coder_sent *S, int v, const coder_slot *src, coder_slot *tgt,
		     int *should)
{
	static const char *const tell[] = { "TOLD", "TELLS", NULL };
	static const char *const to[] = { "TO", NULL };
	*should = 0;
	int tv = -1;
	if (tok_in(&S->t[v], tell))
		tv = v;
	else if (v >= 3 && tok_is(&S->t[v - 1], "TO"))
		for (int j = v - 3; j >= 0 && j >= v - 9 && tv < 0; j--)
			if (tok_in(&S->t[j], tell))
				tv = j;
	if (tv < 0 || tv + 3 >= S->nt)
		return -1;
	for (int j = 0; j < tv; j++)   /* a telling in a quote stays a statement */
		if (S->t[j].cls == C_QUOTE)
			return -1;
	for (int j = tv - 1; j >= 0 && j >= tv - 2; j--)   /* "did not tell", "was told" */
		if (tok_has(&S->t[j], WF_NEG) || tok_is(&S->t[j], "NOT") ||
		    tok_in(&S->t[j], BE_FINITE) || tok_is(&S->t[j], "BEEN") ||
		    tok_is(&S->t[j], "BEING"))
			return -1;
	int actor, k = warned_subject(S, tv + 1, to, src, 0, &actor);
	if (k < 0 && tv == v)
		return told_that_modal(S, tv, src, tgt, should);
	coder_slot open;   /* shappeal170: "told aid agencies to leave", an open side */
	if (k < 0 || k + 1 >= S->nt || (tv != v && k != v - 1) ||
	    !told_object(S, tv, k, actor, &open))
		return -1;
	const coder_tok *next = &S->t[k + 1];
	if (next->cls != C_WORD || next->cap || tok_in(next, ARTICLES) ||
	    tok_has(next, WF_NEG | WF_PREP))
		return -1;
	for (int j = k; j < S->nt; j++)   /* "Who told Kenya to ...?" */
		if (news_question_mark(S, j))
			return -1;
	if (actor < 0)
		slot_copy(tgt, &open);
	return actor < 0 ? -2 : actor;
}

/* target96: --shallow, "experts warn that Pakistani posts are of little value", "Israel
 * warned that Hezbollah is a danger": the subject of a "warn that" clause (one to six plain
 * words or numbers: no pronoun or possessive, verb, clause word or comma, no actor on the
 * warner's side) before a plain form of "be" tells a state of others, no deed the speaker
 * will do: a pessimistic comment (012), not a threat; the parse path's syn_warning decides it
 * there. Returns the actor heading the subject (it ends right before "be", or carries an
 * agent: "the Togolese army"), -2 when the subject is a thing ("Pakistani posts": no side),
 * -1 when not such a clause. A
 * readiness, an -ing or past participle or "to" after "be" ("are ready to strike", "is
 * making a mistake", "are sent") and an "if"/"unless" later are left alone. */
int news_warned_appraisal(coder_sent *S, int v, const coder_slot *src)
{
	static const char *const ready[] = { "READY", "PREPARED", "SET", "GOING", "ABOUT",
		"DETERMINED", "WILLING", "POISED", "PREPARING", "TO", "BEING", "BEEN", NULL };
	if (S->t[v].n < 4 || memcmp(S->t[v].s, "WARN", 4) || v + 1 >= S->nt ||
	    !tok_is(&S->t[v + 1], "THAT"))
		return -1;
	int actor, k = warned_subject(S, v + 2, BE_FINITE, src, 1, &actor);
	if (k < 0 || k + 1 >= S->nt)
		return -1;
	const coder_tok *next = &S->t[k + 1];
	if (tok_in(next, ready) || next->type == TY_VERB || tok_ends(next, "ING") ||
	    tok_ends(next, "ED"))
		return -1;
	for (int j = k + 1; j < S->nt; j++)
		if (tok_in(&S->t[j], COND_WORDS))
			return -1;
	if (actor >= 0 && S->a[actor].end < k - 1 && !S->a[actor].agent)
		actor = -2;   /* "Pakistani posts": the side only describes a thing */
	return actor;
}

/* concern144: 1 when the worry (012) of verb v is voiced over a deed of target tgt's side:
 * "Japan expressed concern over China's military buildup", "voiced alarm at Russia's
 * moves", "shared concerns over its nuclear program": a feeling noun right before "over",
 * "about", "at" or "regarding", then the side as a possessive (or "its", "their"), then a noun
 * of conduct (SIDE_DEED_NOUNS) within three words. CAMEO puts disapproval of another side's
 * conduct under 110, PLOVER's ACCUSE. Left alone: a situation ("concern about the economy",
 * "fears for the future"), a side's state ("concern for Buhari's health", "about the
 * country's ability"), and concern a deed raises ("raising concerns about Iran's plan"). */
int news_concern_deed(const coder_sent *S, int v, const coder_slot *tgt)
{
	static const char *const feel[] = { "CONCERN", "CONCERNS", "FEAR", "FEARS", "WORRY",
		"WORRIES", "ALARM", "ANXIETY", NULL };
	static const char *const over[] = { "OVER", "ABOUT", "AT", "REGARDING", NULL };
	static const char *const poss[] = { "ITS", "THEIR", NULL };
	if (tgt->n != 1 || !tgt->m[0].a || tok_in(&S->t[v], STIR_VERBS))
		return 0;
	int first = tgt->pronoun ? tgt->pos : tgt->m[0].a->pos, q = -1;
	if (first <= v + 2 || first >= S->nt)
		return 0;   /* also a side with no words (ACTOR_NO_WORDS) */
	if (tgt->pronoun) {
		if (tok_in(&S->t[first], poss))
			q = first;
	} else {
		for (int j = first; j <= tgt->m[0].a->end + 1 && j < S->nt && q < 0; j++)
			if (tok_possessive(&S->t[j]))
				q = j;
	}
	int p = first - 1;
	if (p > v && tok_in(&S->t[p], ARTICLES))
		p--;   /* "over the government's crackdown" */
	if (q < 0 || p - 1 <= v || !tok_in(&S->t[p], over) || !tok_in(&S->t[p - 1], feel))
		return 0;
	for (int j = q + 1, words = 0; j < S->nt && words < 3; j++) {
		if (S->t[j].cls == C_QUOTE)
			continue;   /* over China's "rapid expansion of its arsenal" */
		words++;
		if (tok_in(&S->t[j], SIDE_DEED_NOUNS))
			return 1;
		if (tok_has(&S->t[j], WF_PREP) || S->t[j].type == TY_VERB || S->t[j].cls != C_WORD)
			return 0;
	}
	return 0;
}

/* undonesh116: 1 when "for" at f follows a noun of plan (PLAN_NOUNS) at once, or over a
 * participle right after the noun and at most three plain words after it ("a proposal made on
 * Monday for", "the plan put forward for"; no comma, clause word or other verb): the "for"
 * phrase belongs to the plan, so its "X to V" is the deed proposed. */
static int plan_noun_for(const coder_sent *S, int f, int lo)
{
	for (int k = f - 1; k > lo && k >= f - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (tok_in(t, PLAN_NOUNS))
			return k == f - 1 || S->t[k + 1].type == TY_VERB ||
			       tok_ends(&S->t[k + 1], "ED");
		if (t->type == TY_VERB && !tok_in(&S->t[k - 1], PLAN_NOUNS))
			return 0;
	}
	return 0;
}

/* undone70: --shallow, "proposed a plan for rearming Europe and supporting Moldova": 1 when
 * the -ing verb at v stands in a "for" phrase of a noun of plan or proposal (within six plain
 * words after "for", "and" among them, no clause word; it may run back over the "and" that
 * opens the clause), the plan's aim, not a deed done (the parse path's plan_for_gerund
 * decides it there). "thanked Kenya for supporting" is left alone. */
int news_plan_for_gerund(const coder_sent *S, int v)
{
	if (!tok_ends(&S->t[v], "ING"))
		return 0;
	for (int k = v - 1; k > 0 && k >= v - 6; k--) {
		if (tok_is(&S->t[k], "FOR"))
			return tok_in(&S->t[k - 1], PLAN_NOUNS);
		if (S->t[k].cls != C_WORD || tok_has(&S->t[k], WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* clause96: --shallow, 1 when the -ing verb at g opens a "for" phrase of reason on a noun
 * phrase that a bare "and" joins to the object of a verb before it ("ordered the arrest of
 * the mayor and his aides for ignoring a summons"): the "and" joins two nouns, not two
 * clauses, so the gerund is the reason the earlier verb gives, the objects' deed told as its
 * cause, not a deed of the sentence's subject carried into a clause of its own (the parse
 * path hangs it on the noun and codes the head verb alone). From lo, the word after "and",
 * up to "for" right before g: at most six plain words, no verb, clause word or form in -ED
 * (a past no dictionary knows: "and Uganda voted for sending"); before "and" a plain word,
 * and a verb at most twelve plain words back with no comma between. */
static int reason_gerund_at(const coder_sent *S, int g, int lo)
{
	if (S->t[g].cap || !tok_ends(&S->t[g], "ING") || lo < 3 || g - 2 < lo || g - lo > 7 ||
	    !tok_is(&S->t[g - 1], "FOR") || !tok_is(&S->t[lo - 1], "AND"))
		return 0;
	for (int k = lo; k < g - 1; k++)
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB || tok_ends(&S->t[k], "ED") ||
		    tok_has(&S->t[k], WF_CLAUSE | WF_REL | WF_AUX | WF_MODAL))
			return 0;
	for (int k = lo - 2; k >= 0 && k >= lo - 13; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (t->type == TY_VERB)
			return k < lo - 2;
	}
	return 0;
}

/* clause96: 1 when the verb at v is such a reason gerund or a later verb of its phrase
 * ("for ignoring a court summons": "summons" read as a verb), up to a comma or quote. */
int news_reason_gerund(const coder_sent *S, int v, int lo)
{
	for (int g = lo + 2; g <= v && g - lo <= 7; g++) {
		if (S->t[g].cls == C_COMMA || S->t[g].cls == C_QUOTE)
			return 0;
		if (reason_gerund_at(S, g, lo)) {
			for (int k = g + 1; k < v; k++)
				if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE ||
				    tok_has(&S->t[k], WF_CLAUSE | WF_REL))
					return 0;
			return 1;
		}
	}
	return 0;
}

/* shundone65: --shallow, "it is crucial for Islamabad to negotiate", "time for Kenya to
 * act": the deed of a "for X to" clause after a word of need, weight or ease is only called
 * for, not done (any code). The words between "for" and "to" must be plain words, no verb.
 * shmodal73: so is the deed of a "to" after a word of need ("the need to protect Togo", "needs
 * a billion dollars to provide"), up to eight plain words or numbers between. */
static const char *const NEED_WORD[] = { "NEED", "NEEDS", "NEEDED", NULL };

/* modal77: the verb of an infinitive that the verb at v is joined to by "and"/"or", "to keep
 * contact with Fiji and help them", "to hold talks and sign" (undonesh116: "and to reopen"):
 * the nearest verb before the "and" with "to" right before it (at most ten words back, no
 * comma, quote or clause word between); -1 otherwise.
 * The scan crosses the joined verb's clause start, as to_of's does. */
static int joined_infinitive(const coder_sent *S, int v)
{
	int j = v - 1;
	/* undonesh116: also "to free the prisoners and to reopen the border" */
	if (j >= 2 && tok_is(&S->t[j], "TO") && tok_in(&S->t[j - 1], AND_OR_WORDS))
		j--;
	if (j < 2 || !tok_in(&S->t[j], AND_OR_WORDS))
		return -1;
	for (int k = j - 1; k >= 1 && k >= j - 10; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL))
			return -1;
		if (t->type == TY_VERB && tok_is(&S->t[k - 1], "TO"))
			return k;
	}
	return -1;
}

/* words after which a verb's form is a noun ("a new partner", "the talks") */
static const char *const noun_det[] = { "A", "AN", "THE", "NEW", NULL };

/* 1 when t is one of those words ("a new partner"): news.c's rules read the same list. */
int news_noun_det(const coder_tok *t)
{
	return tok_in(t, noun_det);
}

/* modal78: the verb whose deed the verb at v serves, as undone as it: the infinitive v is
 * joined to (joined_infinitive), the verb of "help" + object before a bare verb ("help them
 * train guards": "help", at most two plain words between), or the infinitive a purpose
 * infinitive follows ("to find a supplier to provide fuel": "find", any word after the
 * earlier "to"; at most eight plain words between, no verb but one after "a", "the", "new",
 * no comma, quote or clause word); -1 otherwise. */
static int served_infinitive(const coder_sent *S, int v)
{
	static const char *const help[] = { "HELP", "HELPS", "HELPED", "HELPING", NULL };
	int first = joined_infinitive(S, v);
	if (first >= 0)
		return first;
	for (int k = v - 1; k >= 1 && k >= v - 3; k--) {
		const coder_tok *t = &S->t[k];
		if (k < v - 1 && tok_in(t, help))
			return k;
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			break;
	}
	if (v < 3 || !tok_is(&S->t[v - 1], "TO"))
		return -1;
	for (int k = v - 2; k >= 1 && k >= v - 10; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "TO"))   /* the infinitive's verb need not be a dictionary verb */
			return k + 1 < v - 2 && S->t[k + 1].cls == C_WORD ? k + 1 : -1;
		/* "a new partner" */
		if ((t->type == TY_VERB && !tok_in(&S->t[k - 1], noun_det)) ||
		    (t->cls != C_WORD && t->cls != C_NUMBER) || tok_has(t, WF_CLAUSE | WF_REL))
			return -1;
	}
	return -1;
}

/* modal78: 1 when the "to" at `to` follows a copula whose subject is a noun of plan or aim,
 * "the plan of the ministry is to find", "Kenya's goal was to expel": the deed is the plan's
 * content, not done. The noun stands right before the copula or before its "of" phrase (at
 * most six plain words), and heads the subject: "the plan's author is to meet", "the author
 * of the plan is to meet" (scheduled deeds) are left alone. */
static int plan_is_to(const coder_sent *S, int to, int lo)
{
	static const char *const plan[] = { "PLAN", "PLANS", "AIM", "AIMS", "GOAL", "GOALS",
		"OBJECTIVE", "OBJECTIVES", "INTENTION", "PURPOSE", "IDEA", "MISSION", "STRATEGY",
		"AMBITION", "HOPE", "PRIORITY", NULL };
	if (to - 2 < lo || !tok_in(&S->t[to - 1], BE_FINITE))
		return 0;
	for (int k = to - 2; k >= lo && k >= to - 8; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, plan))   /* "the author of the plan is to": not the subject's head */
			return (k == to - 2 || tok_is(&S->t[k + 1], "OF")) &&
			       !(k - 1 >= lo && tok_is(&S->t[k - 1], "OF")) &&
			       !(k - 2 >= lo && tok_is(&S->t[k - 2], "OF"));
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* 1 when a word of verbs stands before the noun right before the "to" at `to`, with only
 * plain words between (no verb, clause word or punctuation), at most back to token last:
 * the noun is held or taken (power_to's power given, chance_to's chance used). */
static int noun_held_to(const coder_sent *S, int to, int last, const char *const *verbs)
{
	for (int k = to - 2; k >= last; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, verbs))
			return 1;
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* shundone83: 1 when the "to" at `to` follows a noun of power held or given, "has the
 * authority to expel", "have the right to sue", "gave the army the power to detain",
 * "reserves the right to respond": a power, not a deed done. The noun stands right before
 * "to" with at most two words between it and the verb of having or giving (a determiner, an
 * adjective: "has the sole legal right"). "used his power to expel" (a deed by means of the
 * power) and "came to power" are left alone. */
static int power_to(const coder_sent *S, int to, int lo)
{
	static const char *const power[] = { "AUTHORITY", "POWER", "POWERS", "RIGHT",
		"RIGHTS", "MANDATE", NULL };
	static const char *const have[] = { "HAS", "HAVE", "HAD", "HAVING", "GIVES", "GIVE",
		"GAVE", "GIVEN", "GIVING", "GRANTS", "GRANT", "GRANTED", "RESERVES", "RESERVE",
		"RESERVED", "RETAINS", "RETAIN", "RETAINED", "LACKS", "LACK", "LACKED", NULL };
	if (to - 2 < lo || !tok_in(&S->t[to - 1], power))
		return 0;
	return noun_held_to(S, to, lo > to - 5 ? lo : to - 5, have);
}

/* shundone83: 1 when the "to" at `to` follows a verb of aim whose subject is a noun of plan
 * or measure, "the plan aims to mobilize troops", "the bill seeks to expel", "the operation
 * is meant to drive out": the deed is the plan's aim, not done. The noun stands right before
 * the verb ("aims", "seeks", "is meant", "was designed", "is intended"). A side that seeks to
 * do a deed is news_intent_to's, left alone here. */
static int plan_aims_to(const coder_sent *S, int to, int lo)
{
	static const char *const plan[] = { "PLAN", "PLANS", "BILL", "BILLS", "LAW", "LAWS",
		"MEASURE", "MEASURES", "OPERATION", "OPERATIONS", "PROPOSAL", "PROPOSALS",
		"INITIATIVE", "PROGRAM", "PROGRAMME", "STRATEGY", "DECREE", "RESOLUTION",
		"PACKAGE", "PROJECT", "SCHEME", "POLICY", "CAMPAIGN", NULL };
	static const char *const aim[] = { "AIMS", "AIM", "AIMED", "SEEKS", "SEEK", "SOUGHT",
		NULL };
	static const char *const meant[] = { "MEANT", "DESIGNED", "INTENDED", NULL };
	int k = to - 1;
	if (k - 1 >= lo && tok_in(&S->t[k], meant) && tok_in(&S->t[k - 1], BE_FINITE))
		k--;
	else if (k < lo || !tok_in(&S->t[k], aim))
		return 0;
	return k - 1 >= lo && tok_in(&S->t[k - 1], plan);
}

/* undone89: 1 when the "to" at `to` opens the aim of a preparation, the --shallow twin of
 * syncode.c's prepared_aim: a verb of plotting right before it ("were plotting to kill the
 * president"), or a verb of preparing or of making or piling up means with its object
 * between ("was building explosives to carry out attacks", "had stockpiled rifles to attack
 * soldiers"; at most four plain words, no verb, comma or clause word): the deed prepared is
 * not done. "is preparing to launch a missile" (no object) is left to the intent rules. */
static int prepared_to(const coder_sent *S, int to, int lo)
{
	static const char *const plot[] = { "PLOT", "PLOTS", "PLOTTED", "PLOTTING", "CONSPIRE",
		"CONSPIRED", "CONSPIRING", NULL };
	static const char *const gear[] = { "PREPARE", "PREPARES", "PREPARED", "PREPARING",
		"BUILD", "BUILDS", "BUILT", "BUILDING", "STOCKPILE", "STOCKPILES", "STOCKPILED",
		"STOCKPILING", "AMASS", "AMASSED", "AMASSING", "MANUFACTURE", "MANUFACTURED",
		"MANUFACTURING", NULL };
	if (to - 1 >= lo && tok_in(&S->t[to - 1], plot))
		return 1;
	for (int k = to - 2; k >= lo && k >= to - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, gear))
			return !t->hyphened;   /* "auto-manufacturing countries": a compound */
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* notdone117: 1 when the "to" at `to` follows a noun of chance or ability ("sees a chance to
 * increase pressure on Ethiopia", "has the opportunity to impose sanctions"), the --shallow
 * twin of syncode.c's possible_deed: the deed is possible, not done. A chance taken (a verb
 * of taking or using before the noun, at most two plain words between: "took the
 * opportunity to criticise Beijing", "had a chance to meet", as taken_chance) is done. */
static int chance_to(const coder_sent *S, int to, int lo)
{
	static const char *const chance[] = { "CHANCE", "CHANCES", "OPPORTUNITY",
		"OPPORTUNITIES", "ABILITY", "CAPACITY", "CAPABILITY", NULL };
	static const char *const took[] = { "HAD", "TOOK", "USED", "SEIZED", "SEIZING", "USING",
		"TAKING", NULL };
	if (to - 1 < lo || !tok_in(&S->t[to - 1], chance))
		return 0;
	return !noun_held_to(S, to, lo > to - 4 ? lo : to - 4, took);
}

/* aim95: 1 when the "to" at `to` opens an aim, the --shallow twin of syncode.c's
 * purpose_aim: a participle of aim after a comma (", aiming to topple", ", seeking to
 * expand") or a passive of aim ("is aimed to", "was designed to", "are meant to"): the
 * deed aimed at is not done. */
static int aimed_to(const coder_sent *S, int to, int lo)
{
	static const char *const aiming[] = { "AIMING", "SEEKING", NULL };
	static const char *const aimed[] = { "AIMED", "DESIGNED", "INTENDED", "MEANT", NULL };
	/* the comma may close the clause before: looked at across lo */
	if (to >= 2 && tok_in(&S->t[to - 1], aiming) && S->t[to - 2].cls == C_COMMA)
		return 1;
	return to - 2 >= lo && tok_in(&S->t[to - 1], aimed) && tok_in(&S->t[to - 2], BE_FORMS);
}

/* aim95: 1 when the gerund at v follows a passive "aimed at" ("the visit is aimed at
 * boosting trade"): the aim of a deed or plan, not done. */
static int aimed_at_gerund(const coder_sent *S, int v, int lo)
{
	return v - 3 >= lo && tok_ends(&S->t[v], "ING") && tok_is(&S->t[v - 1], "AT") &&
	       tok_is(&S->t[v - 2], "AIMED") && tok_in(&S->t[v - 3], BE_FORMS);
}

/* clause96: 1 when the verb at v, right after "and"/"or", is the second verb of an aim
 * (", aiming to topple the government and impose its rule"): the nearest "to" before the
 * "and" (at most ten plain words back, no comma, quote or clause word between) opens an aim
 * (aimed_to). The first verb need not be a dictionary verb, as joined_infinitive wants:
 * after "aiming to" the word is the infinitive's verb. */
static int aimed_conjunct(const coder_sent *S, int v)
{
	if (v < 4 || !tok_in(&S->t[v - 1], AND_OR_WORDS))
		return 0;
	for (int k = v - 2; k >= 2 && k >= v - 11; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (tok_is(t, "TO"))
			return k + 1 < v - 1 && aimed_to(S, k, 0);
	}
	return 0;
}

/* aim95: 1 when the deed at v (code c) is an aim told beside a deed or plan: after ", aiming
 * to", "is designed to" (aimed_to) or "is aimed at" and a gerund (aimed_at_gerund). Words
 * and pressure (roots 01-02, 10-11: "tariffs aimed at pressuring carmakers") are made by
 * the means itself and stay. */
int news_aimed_deed(const coder_sent *S, int v, int lo, const dict_evcode *c)
{
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	if (root <= 2 || root == 10 || root == 11)
		return 0;
	return aimed_at_gerund(S, v, lo) ||
	       (v - 1 >= lo && tok_is(&S->t[v - 1], "TO") && aimed_to(S, v - 1, lo)) ||
	       aimed_conjunct(S, v);
}

/* aim95: the forms of being before "for X to V" ("the next step is for the envoy to travel") */
static const char *const be_for[] = { "IS", "WAS", "BE", NULL };

/* undone99: 1 when the "for" at k follows a form of being and one adverb of time or degree
 * ("it is now for Iran to accept it", "the choice is still for Kenya to make"): a duty
 * named, as aim95's "is for X to V" with nothing between. */
static int be_adverb_for(const coder_sent *S, int k, int lo)
{
	const coder_tok *a = &S->t[k - 1];
	if (k - 2 < lo || a->cls != C_WORD || a->cap)
		return 0;
	return (tok_is(a, "NOW") || news_time_adverb(a) ||
		(adverbish(a) && !tok_has(a, WF_AUX))) && tok_in(&S->t[k - 2], be_for);
}

/* undoneb109: 1 when deed noun v is the object of need/needs/needed, at most three plain
 * lower-case words between (no actor, verb, comma or clause word): "we need real diplomatic
 * talks with Ethiopia" asks for the talks, none held. */
static int needed_noun(const coder_sent *S, int v, int lo)
{
	for (int k = v - 1; k >= lo && k >= v - 4; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, NEED_WORD))
			return 1;
		if (t->cls != C_WORD || t->cap || t->type == TY_VERB || t->type == TY_ACTOR ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* leftb106: 1 when the infinitive v is the purpose of "find" + object ("trying to find another
 * partner to supply the grain"; at most six plain words between, no verb but the object's
 * head, no comma, quote or clause word): the deed waits on a side still to be found, as the
 * default path's sought_for (syncode.c) reads it. Not a way, means or time found ("found a way
 * to send aid": done). */
static int found_for(const coder_sent *S, int v)
{
	static const char *const find[] = { "FIND", "FINDS", "FOUND", "FINDING", NULL };
	static const char *const way[] = { "WAY", "WAYS", "MEANS", "TIME", NULL };
	if (v < 4 || !tok_is(&S->t[v - 1], "TO") || tok_in(&S->t[v - 2], way))
		return 0;
	for (int k = v - 2; k >= 1 && k >= v - 8; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, find))
			return k < v - 2;
		/* the object's head before "to" may be a verb's word ("another partner") */
		if ((t->cls != C_WORD && t->cls != C_NUMBER) || (t->type == TY_VERB && k < v - 2) ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

int news_needed_deed(const coder_sent *S, int v, int lo)
{
	/* modal77: the second of two joined verbs is as needed as the first; modal78: so is the
	 * verb after "help" and a purpose infinitive (served_infinitive) */
	int first = served_infinitive(S, v);
	if ((first >= 0 && news_needed_deed(S, first, 0)) || found_for(S, v) ||
	    needed_noun(S, v, lo))
		return 1;
	static const char *const need[] = { "CRUCIAL", "CRITICAL", "IMPORTANT", "ESSENTIAL",
		"NECESSARY", "VITAL", "URGENT", "IMPERATIVE", "TIME", "DIFFICULT", "HARD",
		"HARDER", "EASY", "EASIER", "IMPOSSIBLE", "POSSIBLE", "SENSE", NULL };
	int to = v - 1;
	if (to - 1 > lo && S->t[to].type == TY_VERB && tok_ends(&S->t[v], "ING"))
		to--;   /* "time for the Council to consider offering relief" */
	else
		to = deed_noun_clause(S, v, lo, to);
	if (to - 1 > lo && tok_is(&S->t[to], "EITHER"))
		to--;   /* undone84: "need to either destroy or return the weapons" */
	if (to - 1 < lo || !tok_is(&S->t[to], "TO"))
		return 0;
	if (plan_is_to(S, to, lo) || power_to(S, to, lo) || plan_aims_to(S, to, lo) ||
	    prepared_to(S, to, lo) || chance_to(S, to, lo))
		return 1;
	for (int k = to - 1; k - 1 >= lo && k >= to - 8; k--) {
		const coder_tok *t = &S->t[k];
		/* modal78: also "the need for France to meet"; aim95: "the next step is for
		 * the envoy to travel" (a verb of being before "for"); undonesh116: "a proposal
		 * for the Council to ease sanctions" (a noun of plan: the deed proposed) */
		if (tok_is(t, "FOR"))
			return k < to - 1 && (tok_in(&S->t[k - 1], need) ||
					      plan_noun_for(S, k, lo) ||
					      tok_in(&S->t[k - 1], NEED_WORD) ||
					      tok_in(&S->t[k - 1], be_for) ||
					      be_adverb_for(S, k, lo));
		/* shmodal73: "the need to protect Togo", "needs a billion dollars to provide" */
		if (tok_in(t, NEED_WORD))
			return 1;
		if ((t->cls != C_WORD && t->cls != C_NUMBER) || t->type == TY_VERB ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undonesh116: 1 when token t, a word between a modal and a means phrase's "by", is an
 * auxiliary that ends the modal's reach: a form of "be", "have" or "do" ("could say Kenya was
 * hit by"); not the time words and demonstratives the auxiliaries' list (WF_AUX) also holds
 * ("should respond to this provocation by committing troops"). */
static int means_aux_stop(const coder_tok *t)
{
	static const char *const have_do[] = { "HAS", "HAVE", "HAD", "DID", "DOES", "DO", NULL };
	return tok_has(t, WF_AUX) && (tok_in(t, BE_ALL) || tok_in(t, have_do));
}

/* shmodal73: 1 when the verb at v stands in a means phrase, "by" and a gerund ("could escalate
 * tensions by testing missiles", "may provoke Nairobi by attempting to buy drones and defying
 * Kenya": the gerund, an infinitive or gerund after it, or a gerund joined to it), of a verb
 * with a modal of chance or duty before it (could, may, might, would, should, can; generic84:
 * will; at most ten plain words and two verbs, no auxiliary or negation, between it and
 * "by"). The means is as
 * undone as the deed it serves. Only plain words, no clause word, and no verb but gerunds and
 * infinitives may stand between "by" and v ("was killed by gunmen" has no gerund). */
int news_modal_means(const coder_sent *S, int v, int lo)
{
	static const char *const modal[] = { "COULD", "MAY", "MIGHT", "WOULD", "SHOULD", "CAN",
		"WILL", "'LL", NULL };
	(void)lo;   /* a joined gerund's clause starts after its "and": the scans cross it */
	/* generic84: also a deed noun a gerund takes ("by ... authorizing fines") */
	if (!(tok_ends(&S->t[v], "ING") || (v > 0 && (tok_is(&S->t[v - 1], "TO") ||
	      (S->t[v - 1].type == TY_VERB && tok_ends(&S->t[v - 1], "ING"))))))
		return 0;
	int by = -1;
	for (int k = v - 1; k > 0 && k >= v - 12 && by < 0; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "BY"))
			by = k;
		else if (t->cls == C_QUOTE || t->cls == C_COMMA || tok_has(t, WF_CLAUSE | WF_REL) ||
			 (t->type == TY_VERB && !tok_ends(t, "ING") && !tok_is(&S->t[k - 1], "TO")))
			return 0;
	}
	if (by < 0 || !tok_ends(&S->t[by + 1], "ING"))
		return 0;
	/* the head verb, found or not: "could anger Accra" (a noun's form); generic84: and the
	 * bare infinitive it may take, "will help Beijing tighten control over the seas by" */
	int verbs = 0;
	for (int h = by - 1; h >= 0 && h >= by - 10; h--) {
		const coder_tok *t = &S->t[h];
		if (tok_in(t, modal))
			return h < by - 1;
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL | WF_NEG) ||
		    means_aux_stop(t) || (t->type == TY_VERB && ++verbs > 2))
			return 0;
	}
	return 0;
}

/* undone84: 1 when the verb at v heads a relative clause on "any" or "anyone" in a sentence
 * told with a modal, "will punish any diplomat who breaks the rules", "anyone who attacks
 * our ships will pay": the clause names whoever might do the deed, a condition, not a deed
 * done. The relative word stands at most two words before v ("who has broken"), "any" at
 * most four before it with no comma between; the modal before "any" in the clause or
 * within six words after v. "arrested anyone who protested" (no modal) is left alone. */
int news_any_condition(const coder_sent *S, int v, int lo)
{
	static const char *const rel[] = { "WHO", "THAT", "WHICH", NULL };
	static const char *const any[] = { "ANY", "ANYONE", "ANYBODY", NULL };
	static const char *const modal[] = { "WILL", "WOULD", "SHALL", "MUST", "CAN", "COULD",
		"SHOULD", "MAY", NULL };
	int r = -1, a = -1;
	for (int k = v - 1; k >= lo && k >= v - 3 && r < 0; k--) {
		if (S->t[k].cls != C_WORD)
			return 0;
		if (tok_in(&S->t[k], rel))
			r = k;
	}
	for (int k = r - 1; r > lo && k >= lo && k >= r - 4 && a < 0; k--) {
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB)
			return 0;
		if (tok_in(&S->t[k], any))
			a = k;
	}
	if (a < 0)
		return 0;
	for (int k = a - 1; k >= lo && k >= a - 8; k--) {
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
			break;
		if (tok_in(&S->t[k], modal))
			return 1;
	}
	for (int k = v + 1; k < S->nt && k <= v + 6; k++)
		if (tok_in(&S->t[k], modal))
			return 1;
	return 0;
}

/* quote107: 1 when the "should" at k has a third-person pronoun right before it ("They
 * should consider changing their name," the spokesperson added): advice on others a
 * speaker gives, whose deed is not done; the parse path makes it the speaker's appeal or
 * nothing (irreal28). Not "we should" (one's own plan), nor a named side (must75). */
int pronoun_urged(const coder_sent *S, int k, int lo)
{
	static const char *const third[] = { "THEY", "HE", "SHE", NULL };
	return k - 1 >= lo && tok_in(&S->t[k - 1], third);
}

/* demand137: --shallow, the obligation of a present "need(s) to" or "has/have to" at k (1,
 * must's demand: "Pakistan has to withdraw its troops", "Washington needs to act") or of
 * "ought to" (2, should's appeal: "Russia ought to return to the talks"), the "to" right
 * after it; else 0. Not "needed to", "had to" (a past need), and the auxiliary before the
 * word ("will have to look for alternatives") is its caller's to refuse (the actor stands
 * right before k there). The parse path's syn_need_to reads the same words. */
int obliging_to(const coder_sent *S, int k)
{
	static const char *const need[] = { "NEED", "NEEDS", "HAS", "HAVE", NULL };
	if (k < 0 || k + 1 >= S->nt || !tok_is(&S->t[k + 1], "TO"))
		return 0;
	return tok_in(&S->t[k], need) ? 1 : tok_is(&S->t[k], "OUGHT") ? 2 : 0;
}

/* demand137: --shallow, 1 when the obligation word at k ("should", or "needs", "has",
 * "ought" before "to") follows a named side the speaker lays it on (news_must_follows:
 * "Uganda needs to withdraw its troops", "Iran should return to the talks"): the deed after
 * it is asked of that side, not done. */
static int side_obliged_at(const coder_sent *S, int k)
{
	for (int i = 0; i < S->na; i++)
		if (S->a[i].pos >= 0 && S->a[i].end >= 0 &&
		    pattern_agent_end(S, &S->a[i], S->a[i].end) == k - 1 &&
		    news_must_follows(S, &S->a[i]))
			return 1;
	return 0;
}


/* shinfer149: --shallow, 1 when the "have" at h stands after "must" or "should" (a "not"
 * allowed between) that a named side's phrase ends before (side_obliged_at): the deed is
 * inferred ("the Ugandan army must have ordered the raid") or reproached ("Israel should have
 * stopped the strikes"), not told as done; the speech verb's statement becomes the speaker's
 * charge or criticism (event.c). A deed of cooperation (roots 03-09) "must have" done is left
 * as told ("China must have returned the fishermen": no charge), and so is a deed no verb of
 * speech or report in the sentence tells as someone's inference. */
static int past_modal_charged(const coder_sent *S, int h, int lo, int root)
{
	int m = h - 1;
	if (m > lo && tok_has(&S->t[m], WF_NEG))
		m--;
	if (m < lo || !(tok_is(&S->t[m], "MUST") || tok_is(&S->t[m], "SHOULD")) ||
	    past_modal_deed(S, m) != h + 1 || !side_obliged_at(S, m))
		return 0;
	int said = 0;   /* a speaker's inference; unsaid ("Ethiopian troops must have shelled
			 * the town") the deed stays, must74's guess */
	for (int k = 0; k < S->nt && !said; k++)
		said = speech_or_report(&S->t[k]);
	return said && (tok_is(&S->t[m], "SHOULD") || root < 3 || root > 9);
}

/* must74: --shallow, 1 when the material deed or meeting at v (roots 04-09, 14-20) stands
 * under "must": "the African Union must maintain sanctions on Mali", "France must withdraw
 * its troops": a duty laid on a side, not a deed done (the parse path's syn_said_must makes
 * the speaker's demand of it). "must" stands at most four plain words before v (an adverb,
 * the verb a deed noun follows, a determiner), no comma, clause word or other verb between.
 * "must not" forbids the deed: also none. Not "must have" (a guess at a past deed: "must
 * have fired the shells"). quote107: nor one under "should" a pronoun is urged to do
 * (pronoun_urged). */
static int must_deed_at(const coder_sent *S, int v, int lo, int root, int conj);

/* shshould156: --shallow, 1 when the deed at v is the second of two verbs "and" or "or" joins
 * right before it, the first under the modal: "said the Sri Lankan government must ensure
 * security and provide basic amenities", "Iran should free the sailors and return the ship":
 * the joined deed is asked as the first is, not done. The modal stands at most eight tokens
 * before the conjunction at k, no comma, quotation mark, clause word or other conjunction
 * between. */
static int joined_must_deed(const coder_sent *S, int k, int root)
{
	int reach = joined_reach(S, k);
	for (int j = k - 1; j >= reach; j--) {
		const coder_tok *t = &S->t[j];
		int u = j + 1;
		if (!tok_is(t, "MUST") && !tok_is(t, "SHOULD") &&
		    !(tok_is(t, "TO") && j >= 1 && obliging_to(S, j - 1)))
			continue;
		while (u < k && (adverbish(&S->t[u]) || tok_has(&S->t[u], WF_NEG)))
			u++;
		return u < k && must_deed_at(S, u, 0, root, 1);
	}
	return 0;
}

int news_must_deed(const coder_sent *S, int v, int lo, const dict_evcode *c)
{
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	if (root >= 10 && root <= 13)
		return 0;
	return must_deed_at(S, v, lo, root, 0);
}

/* must74's walk back from the deed at v to its modal (news_must_deed); conj: 1 when v is
 * already the first of two joined deeds (joined_must_deed), so no second step back. */
static int must_deed_at(const coder_sent *S, int v, int lo, int root, int conj)
{
	int verbs = 0;
	if (!conj && v >= 2 && S->t[v - 1].type == TY_CONJ &&
	    (tok_is(&S->t[v - 1], "AND") || tok_is(&S->t[v - 1], "OR")))
		return joined_must_deed(S, v - 1, root);   /* the clause may open at "and" */
	for (int k = v - 1; k >= lo && k >= v - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "MUST") || (tok_is(t, "SHOULD") &&
		    (pronoun_urged(S, k, lo) || side_obliged_at(S, k))))
			return k + 1 < S->nt && !tok_is(&S->t[k + 1], "HAVE");
		if (tok_is(t, "TO") && k - 1 >= lo && obliging_to(S, k - 1))
			return side_obliged_at(S, k - 1);   /* demand137: "Iran has to return" */
		if (tok_is(t, "HAVE") && k - 1 >= lo)
			return past_modal_charged(S, k, lo, root);
		if (tok_has(t, WF_NEG))   /* "must not deploy": forbidden, not done either */
			continue;
		if (tok_is(t, "BE") && stance_after_be(S, k))
			continue;   /* shrest142: "must be ready to mediate": asked, not done */
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL | WF_AUX) ||
		    (t->type == TY_VERB && verbs++))
			return 0;
	}
	return 0;
}

/* undone98: report nouns whose "that" clause tells others' words (unsaid_deed) */
static const char *const report_nouns[] = { "REPORTS", "CLAIMS", NULL };

/* 1 when the verb of saying at k is denied: a negation one or two tokens before it ("did not
 * say", "has not yet confirmed"). */
static int denied_at(const coder_sent *S, int k, int lo)
{
	return (k - 1 >= lo && tok_has(&S->t[k - 1], WF_NEG)) ||
	       (k - 2 >= lo && tok_has(&S->t[k - 2], WF_NEG));
}

/* sayhouse114: 1 when token t is a verb of speech or of report (SPEECH_WORDS, REPORT_WORDS:
 * the parse path's syn_speech_word and syn_report_word). */
int speech_or_report(const coder_tok *t)
{
	return tok_in(t, SPEECH_WORDS) || tok_in(t, REPORT_WORDS);
}

/* negsay97: --shallow twin of syntax.c unsaid_clause: 1 when the deed at v stands in the
 * clause a denied verb of saying or reporting opens with "that", "whether" or "if" ("has
 * not confirmed that it arrested the journalist", "did not say whether its troops attacked
 * the camp"): the sentence does not tell it done. The opener at most five tokens before v,
 * no comma, quotation mark or other verb between; the denial one or two tokens before the
 * verb of saying. Not a clause a wh-word opens ("did not say when": the deed is done). */
static int unsaid_deed(const coder_sent *S, int v, int lo)
{
	static const char *const open[] = { "THAT", "WHETHER", "IF", NULL };
	static const char *const wh[] = { "WHEN", "WHERE", "WHY", "HOW", "WHAT", "WHICH", "WHO",
		NULL };
	int stop = 0;   /* a conjunction or wh-word seen: no clause of the verb of saying */
	for (int j = v - 1; j - 1 > lo && j >= v - 5; j--) {
		const coder_tok *t = &S->t[j];
		if (tok_in(t, open)) {
			int k = j - 1;
			/* undone98: "has not confirmed (the) reports that it attacked" */
			if (tok_is(t, "THAT") && tok_in(&S->t[k], report_nouns) && k - 1 > lo) {
				k--;
				if (tok_is(&S->t[k], "THE") && k - 1 > lo)
					k--;
			}
			return speech_or_report(&S->t[k]) && denied_at(S, k, lo);
		}
		/* undone98: no opener, the clause's subject between and no "and"/"but" nor a
		 * wh-word ("did not say it would attack the camp"; not "did not say much but
		 * attacked", "did not say when it detained him") */
		if (speech_or_report(t) && j < v - 1)
			return !stop && denied_at(S, j, lo);
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_VERB)
			return 0;
		stop |= t->type == TY_CONJ || tok_in(t, wh) ||
			tok_has(t, WF_CLAUSE | WF_REL | WF_WHEN | WF_SUB);
	}
	return 0;
}

/* undone98: --shallow twin of syntax.c denied_report: 1 when the token at v is a report noun
 * right after a denied verb of confirming or reporting, "the" between or none ("has not
 * confirmed claims that it arrested the journalist"): others' words, no claim of the
 * subject's. */
static int denied_report(const coder_sent *S, int v, int lo)
{
	static const char *const confirm[] = { "CONFIRM", "CONFIRMED", "ACKNOWLEDGE",
		"ACKNOWLEDGED", "REPORT", "REPORTED", NULL };
	if (!tok_in(&S->t[v], report_nouns))
		return 0;
	int k = v - 1;
	if (k > lo && tok_is(&S->t[k], "THE"))
		k--;
	return k > lo && tok_in(&S->t[k], confirm) && denied_at(S, k, lo);
}

/* undonec111: 1 when the deed word at v, in -ING, follows a noun of difficulty ("has trouble
 * meeting", "had difficulty even reaching"), one adverb of time or degree between at most:
 * a deed found hard, none done (twin of syncode.c unreal_clause). */
static int hard_deed(const coder_sent *S, int v, int lo)
{
	if (!tok_ends(&S->t[v], "ING"))
		return 0;
	int k = v - 1;
	if (k > lo && (adverbish(&S->t[k]) || news_time_adverb(&S->t[k])))
		k--;
	return k >= lo && tok_in(&S->t[k], HARD_NOUNS);
}

/* undone61: --shallow, a material deed (roots 06-08, 14-15, 17-20; statements, appeals and
 * meetings stay) in a "to" clause that tells it only affordable, due, likely or wished for,
 * as the parse path's possible_deed drops it: "cannot afford to send troops", "is due to be
 * released", "is unlikely to attack", "its willingness to deploy". Also any deed but a
 * statement or appeal another is expected to do ("expect Ruto to discuss": a forecast, the
 * parse path's expected_deed), a word or more between the verb of expecting and "to". */
int news_undone_frame(const coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const frame[] = { "AFFORD", "AFFORDS", "AFFORDED", "DUE", "LIKELY",
		"UNLIKELY", "WILLINGNESS", "READINESS", NULL };
	static const char *const expect[] = { "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING",
		NULL };
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	static const char *const likely[] = { "LIKELY", "UNLIKELY", NULL };
	if (denied_report(S, v, lo))
		return 1;   /* undone98: "has not confirmed claims that": no claim of its */
	if (root >= 3 && unsaid_deed(S, v, lo))
		return 1;   /* negsay97: "has not confirmed that it arrested" */
	if (hard_deed(S, v, lo))
		return 1;   /* undonec111: "has trouble even meeting" */
	int to = v - 1;
	/* shundone86: "likely to be further angered": one adverb after the "be" */
	if (to - 2 > lo && tok_is(&S->t[to - 1], "BE") && S->t[to].cls == C_WORD &&
	    !S->t[to].cap && (adverbish(&S->t[to]) || news_time_adverb(&S->t[to]) ||
			      tok_is(&S->t[to], "FURTHER")))
		to--;
	if (to - 1 > lo && tok_is(&S->t[to], "BE"))   /* "due to be released" */
		to--;
	if (to - 1 < lo || !tok_is(&S->t[to], "TO"))
		return 0;
	if (((root >= 6 && root <= 8) || root == 14 || root == 15 || root >= 17) &&
	    tok_in(&S->t[to - 1], frame))
		return 1;
	/* shundone86: a reaction or conflict deed only forecast, "are likely to be angered by
	 * the ruling", "is unlikely to condemn": roots 09-13 and 16 too */
	if (root >= 9 && tok_in(&S->t[to - 1], likely))
		return 1;
	/* shundone65: a material deed or a deal (05x) only scheduled, supposed or expected */
	if (((root >= 5 && root <= 8) || root == 14 || root == 15 || root >= 17) &&
	    slated_to(S, v, lo))
		return 1;
	if (root <= 2)
		return 0;
	/* "expect President Ruto to discuss": an actor, the object of expecting, between, no
	 * clause break ("does not expect the trial to resolve": no side forecast) */
	int actor = 0;
	for (int k = to - 1; k >= lo && k >= to - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, expect))
			return actor;
		actor |= t->type == TY_ACTOR;
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone85: --shallow twin of syncode.c merited_noun: the deed word at v after a verb of
 * merit ("the budget deserves further review", "the case merits an investigation"), at
 * most two plain words between (an article, "further"; no "to", actor or verb), is a deed
 * called due, not done. Not the nouns "warrant(s)" ("an arrest warrant"). 1 when so. */
int news_merited_deed(const coder_sent *S, int v, int lo)
{
	static const char *const merit[] = { "DESERVE", "DESERVES", "DESERVED", "DESERVING",
		"MERIT", "MERITS", "MERITED", "WARRANTED", NULL };
	for (int k = v - 1; k >= lo && k >= v - 3; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, merit))
			return 1;
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_ACTOR ||
		    tok_is(t, "TO") || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone108: 1 when the "that" at k closes a judgement of likelihood: an adjective of
 * likelihood ("it is likely that", "it seems possible that") or "stands to reason". */
static int likely_that(const coder_sent *S, int k, int lo)
{
	if (k - 1 < lo || !tok_is(&S->t[k], "THAT"))
		return 0;
	if (tok_in(&S->t[k - 1], LIKELY_WORDS))
		return 1;
	return k - 3 >= lo && tok_is(&S->t[k - 1], "REASON") && tok_is(&S->t[k - 2], "TO") &&
	       tok_in(&S->t[k - 3], STAND_WORDS);
}

/* undone108: --shallow, "it is likely that Kenya would expel the envoys", "it stands to
 * reason that Kenya would seek gain": a modal deed in a clause of likelihood (likely_that),
 * the modal at most three tokens before v and "that" at most six before the modal, is a
 * guess, as the parse path's judged_likely (syncode.c) drops it. Not a meeting or an
 * intent (roots 03, 04): expected meetings are coded. 1 when so. */
int news_judged_likely(const coder_sent *S, int v, int lo, const dict_evcode *c)
{
	if (!c->a || (c->a[0] == '0' && (c->a[1] == '3' || c->a[1] == '4')))
		return 0;
	for (int m = v - 1; m > lo && m >= v - 3; m--) {
		if (S->t[m].cls == C_COMMA || S->t[m].cls == C_QUOTE)
			break;
		if (!tok_in(&S->t[m], WILL_MAY_MODALS))
			continue;
		for (int k = m - 1; k > lo && k >= m - 6; k--) {
			if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
				break;
			if (likely_that(S, k, lo))
				return 1;
		}
		break;
	}
	return 0;
}

/* shundone86: --shallow, the deed at v later in a clause that "likely to" or "unlikely to"
 * opens ("is likely to respond with threats to use force"): the whole clause is a forecast,
 * as the parse path keeps its deeds under the forecast verb. Within twelve tokens back, no
 * comma, clause word or quotation mark between. The verb right after the "to" (or "to
 * be") is news_undone_frame's, which keeps a meeting only forecast ("likely to host the
 * summit" stays 043). 1 when so. */
int news_likely_clause(const coder_sent *S, int v, int lo)
{
	static const char *const likely[] = { "LIKELY", "UNLIKELY", NULL };
	for (int k = v - 1; k > lo && k >= v - 12; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (tok_is(t, "TO") && tok_in(&S->t[k - 1], likely) && k < v - 2)
			return 1;
	}
	return 0;
}

/* shundone86: --shallow, the deed verb at v after "of" and a noun of risk ("face the risk of
 * being deported", "in danger of being arrested", "fear of losing power"): a deed feared,
 * not done, as the parse path's possible_deed drops it. v must be a verb, passive after
 * "of being" or an -ing form right after "of"; a noun after "of" ("the threat of
 * sanctions") is left alone. shundone89: an adjective of fear may stand for the noun
 * ("terrified of being forced back"). 1 when so. */
int news_risked_deed(const coder_sent *S, int v, int lo)
{
	static const char *const risk[] = { "RISK", "RISKS", "DANGER", "FEAR", "FEARS",
		"PROSPECT", "POSSIBILITY", "AFRAID", "TERRIFIED", "FEARFUL", "SCARED",
		"FRIGHTENED", "WORRIED", NULL };
	const coder_tok *t = &S->t[v];
	int of = v - 1;
	if (t->type != TY_VERB || t->cap)
		return 0;
	if (of > lo && tok_is(&S->t[of], "BEING"))
		of--;
	else if (t->n < 5 || !tok_ends(t, "ING"))
		return 0;
	return of - 1 >= lo && tok_is(&S->t[of], "OF") && tok_in(&S->t[of - 1], risk);
}

/* verbs of facing, for news_faced_deed and modal_faced (shundone89) */
static const char *const face[] = { "FACE", "FACES", "FACED", "FACING", NULL };

/* shundone89: the deed noun at v is the object of "face" under a modal ("could face a
 * forced return to China", "may face new sanctions"): at most two words (no actor) and an
 * article between, the modal right before "face". 1 when so. */
static int modal_faced(const coder_sent *S, int v, int lo)
{
	int k = v - 1;
	for (int n = 0; n < 2 && k > lo && S->t[k].cls == C_WORD &&
	     S->t[k].type != TY_ACTOR && !tok_in(&S->t[k], ARTICLES) &&
	     !tok_in(&S->t[k], face); n++)
		k--;
	if (k > lo && tok_in(&S->t[k], ARTICLES))
		k--;
	return k - 1 >= lo && tok_in(&S->t[k], face) && tok_in(&S->t[k - 1], WILL_MAY_MODALS);
}

/* shundone89: --shallow, the deed noun at v after "of" and a noun of risk that a verb of
 * facing takes ("or face the possibility of new sanctions", "faces the threat of arrest"):
 * a deed that may befall the one facing it, not done. At most two plain words (an
 * adjective) between the "of" and v, an article at most between the verb and the noun.
 * "the threat of sanctions" with no "face" before it is left alone (a threat made); a deed
 * noun faced under a modal is modal_faced's. 1 when so. */
int news_faced_deed(const coder_sent *S, int v, int lo)
{
	static const char *const chance[] = { "RISK", "DANGER", "PROSPECT", "POSSIBILITY",
		"THREAT", "SPECTER", "SPECTRE", NULL };
	if (modal_faced(S, v, lo))
		return 1;
	int of = v - 1;
	while (of > lo && of >= v - 3 && !tok_is(&S->t[of], "OF")) {
		const coder_tok *t = &S->t[of];
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_ACTOR)
			return 0;
		of--;
	}
	if (of - 2 < lo || !tok_is(&S->t[of], "OF") || !tok_in(&S->t[of - 1], chance))
		return 0;
	int f = of - 2;
	if (tok_in(&S->t[f], ARTICLES))
		f--;
	return f >= lo && tok_in(&S->t[f], face);
}

/* shundone89: --shallow, the deed at v inside a clause that a noun of fear opens with
 * "that", a modal between ("there are fears that Brazil could accept a deal", "for fear
 * that China might retaliate", "concerns that the law will help Beijing ... impose
 * fines"): the deed is feared, not done. At most 25 tokens back, no comma or quotation mark
 * between. "dismissed fears that" leaves its own verb (before the noun) alone, and so is
 * a clause with no modal ("concerns that Russia has deployed troops"). generic91: also a
 * clause that a noun of sign or guarantee with "no" or "little" opens ("there is no
 * guarantee that Kenya will withdraw"): forecast as unlikely, as syncode.c forecast_denied.
 * 1 when so. */
int news_feared_clause(const coder_sent *S, int v)
{
	static const char *const fear[] = { "FEAR", "FEARS", "CONCERN", "CONCERNS", "WORRY",
		"WORRIES", "RISK", "RISKS", "DANGER", "POSSIBILITY", "PROSPECT", NULL };
	static const char *const maybe[] = { "WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN",
		NULL };
	/* generic91: a forecast denied, "there is no guarantee that Kenya will withdraw",
	 * "little sign that the rebels would attack" (syncode.c forecast_denied's nouns) */
	static const char *const unsure[] = { "GUARANTEE", "GUARANTEES", "SIGN", "SIGNS",
		"INDICATION", "INDICATIONS", "EVIDENCE", "REASON", "CHANCE", "CHANCES", NULL };
	static const char *const little[] = { "NO", "LITTLE", NULL };
	/* undone102: a forecast doubted, "it is unlikely that", "doubts that" (syncode.c
	 * forecast_denied's words) */
	static const char *const doubt[] = { "DOUBT", "DOUBTS", "DOUBTED", "UNLIKELY",
		"IMPROBABLE", NULL };
	static const char *const believe[] = { "THINK", "BELIEVE", "EXPECT", "SUPPOSE",
		"ASSUME", "SUSPECT", NULL };
	int modal = 0;
	for (int k = v - 1; k > 0 && k >= v - 25; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			return 0;
		if (tok_in(t, maybe))
			modal = 1;
		if (tok_is(t, "THAT")) {
			int n = k - 1;
			/* undone102: "little reason to think that": a verb of belief after the
			 * noun's "to" */
			if (n >= 3 && tok_in(&S->t[n], believe) && tok_is(&S->t[n - 1], "TO"))
				n -= 2;
			return modal &&
			       (tok_in(&S->t[k - 1], fear) || tok_in(&S->t[k - 1], doubt) ||
				(n >= 2 && tok_in(&S->t[n], unsure) &&
				 tok_in(&S->t[n - 1], little)));
		}
	}
	return 0;
}

/* undone95: 1 when the deed at v, an -ing form or the participle after "being", is the
 * gerund an "of" after the noun of evidence at k opens ("no sign of Kenya withdrawing its
 * troops", "no sign of the ship being intercepted"): at most five plain words (its doer)
 * and "being" between "of" and v, no other verb. "no sign of the attacks ending" leaves
 * the attacks (a noun) alone. */
static int unseen_gerund(const coder_sent *S, int k, int v)
{
	const coder_tok *g = &S->t[v];
	int ing = g->n > 4 && tok_ends(g, "ING");
	if (!tok_is(&S->t[k + 1], "OF") || v - (k + 1) > 6 ||
	    !(ing || tok_is(&S->t[v - 1], "BEING")))
		return 0;
	for (int j = k + 2; j < v; j++) {
		const coder_tok *w = &S->t[j];
		if (w->cls != C_WORD || (w->type == TY_VERB && !tok_is(w, "BEING")))
			return 0;
	}
	return 1;
}

/* notdone117: 1 when the deed at v is a noun the "of" after the noun of evidence or report
 * at k opens ("there were no signs of enemy fire", "no reports of Russian shelling"): at
 * most three plain words (its modifiers) between "of" and v, no verb; "no sign of the
 * attacks ending" (an -ing word after the noun) is left to unseen_gerund. */
static int unseen_of_noun(const coder_sent *S, int k, int v)
{
	if (!tok_is(&S->t[k + 1], "OF") || v - (k + 1) > 4)
		return 0;
	if (v + 1 < S->nt && S->t[v + 1].n > 4 && tok_ends(&S->t[v + 1], "ING"))
		return 0;
	for (int j = k + 2; j < v; j++) {
		const coder_tok *w = &S->t[j];
		if (w->cls != C_WORD || w->type == TY_VERB)
			return 0;
	}
	return 1;
}

/* undone96: 1 when the "that" at k follows a noun of evidence with "no" or "little" before
 * it ("no sign that"), also over the words of its verb of appearing or finding, at most four
 * ("No evidence has emerged that", "no proof was found that", "no sign has yet surfaced"). */
static int evidence_before_that(const coder_sent *S, int k, const char *const *seen,
				const char *const *little)
{
	static const char *const appear[] = { "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE",
		"BE", "BEEN", "YET", "EMERGED", "SURFACED", "APPEARED", "EXISTS", "EXISTED",
		"FOUND", NULL };
	for (int j = k - 1; j >= 1 && k - j <= 5; j--) {
		if (tok_in(&S->t[j], seen))
			return tok_in(&S->t[j - 1], little);
		if (!tok_in(&S->t[j], appear))
			return 0;
	}
	return 0;
}

/* shundone92: --shallow, the deed at v in a clause that a noun of evidence denied opens
 * ("there was no sign that Kenya has withdrawn its troops", "no indication the plane was
 * shot down", "little evidence that the army attacked"): told as not seen, not done, with or
 * without a modal (news_feared_clause takes the modal forecasts of more nouns). "no" or
 * "little" right before the noun, "that" or the clause's own first word right after it; at
 * most 25 tokens back, no comma, quotation mark or other clause word between. "no evidence
 * for the claims" (a preposition after the noun) is left alone. undone95: so is a gerund
 * after "of" (unseen_gerund), and "no confirmation that" is a noun of evidence. 1 when so. */
int news_unseen_clause(const coder_sent *S, int v)
{
	static const char *const seen[] = { "SIGN", "SIGNS", "INDICATION", "INDICATIONS",
		"EVIDENCE", "PROOF", "CONFIRMATION", NULL };
	static const char *const reports[] = { "REPORT", "REPORTS", NULL };
	static const char *const little[] = { "NO", "LITTLE", NULL };
	static const char *const prep[] = { "FOR", "OF", "IN", "ON", "AT", "FROM", "TO", "WITH",
		"ABOUT", "AGAINST", "OVER", "YET", NULL };
	for (int k = v - 1; k >= 2 && k >= v - 25; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			return 0;
		if (tok_in(t, seen) && tok_in(&S->t[k - 1], little))
			return k + 1 < v &&
			       (!tok_in(&S->t[k + 1], prep) || unseen_gerund(S, k, v) ||
				unseen_of_noun(S, k, v));
		/* notdone117: "no reports of shelling" (a report, only before "of") */
		if (tok_in(t, reports) && tok_in(&S->t[k - 1], little))
			return unseen_of_noun(S, k, v);
		if (tok_is(t, "THAT"))
			return evidence_before_that(S, k, seen, little);
		/* undone96: "because of enemy fire" is a preposition, no clause of its own */
		if (tok_has(t, WF_CLAUSE | WF_REL) && !tok_is(&S->t[k + 1], "OF"))
			return 0;
	}
	return 0;
}

/* shundone92: 1 when the asking noun at k is the object of a verb of heeding ("heeded calls
 * to withdraw", "met the demands to release", "granted a request to extradite"; undone99: or
 * of yielding, "bowed to pressure to resign"), at most two plain words between: the deed
 * asked for was done. */
static int heeded_ask(const coder_sent *S, int k)
{
	static const char *const heed[] = { "HEED", "HEEDS", "HEEDED", "HEEDING", "ANSWERED",
		"MET", "GRANTED", "GRANTS", "ACCEPTED", "HONORED", "HONOURED", "FULFILLED",
		"SATISFIED", "BOWED", "BOWING", "YIELDED", "YIELDING", "CAVED", "SUCCUMBED", NULL };
	/* undone99: also a verb of yielding ("bowed to mounting pressure to resign") */
	for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
		if (tok_in(&S->t[j], heed))
			return 1;
		if (S->t[j].cls != C_WORD || S->t[j].type == TY_VERB)
			return 0;
	}
	return 0;
}

/* shundone92: --shallow, the deed at v is the one a call, demand or appeal asks for ("renewed
 * calls in the Senate to impose sanctions on Kenya", "demands for Uganda to withdraw", "an
 * appeal to release the prisoners"): a noun of asking before the deed's "to", at most six
 * words between (prepositions, articles, actors; no comma, clause word or other verb).
 * Asked for, not done (the asking itself is its own word's event). "phone calls to discuss
 * trade" (the talk held) and a heeded call (heeded_ask) are left alone. 1 when so. */
int news_called_deed(const coder_sent *S, int v, int lo)
{
	/* undone99: "under pressure to resign", "pressure from the opposition to resign" */
	static const char *const ask[] = { "CALLS", "DEMAND", "DEMANDS", "APPEAL", "APPEALS",
		"PLEA", "PLEAS", "REQUEST", "REQUESTS", "PRESSURE", NULL };
	static const char *const phone[] = { "PHONE", "TELEPHONE", "VIDEO", "CONFERENCE", NULL };
	(void)lo;   /* an actor right before "to" opens the deed's clause: scans cross it */
	int to = v > 0 && tok_is(&S->t[v - 1], "TO") ? v - 1 : deed_noun_clause(S, v, 0, v - 1);
	if (to < 2 || !tok_is(&S->t[to], "TO"))
		return 0;
	for (int k = to - 1; k > 0 && k >= to - 7; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, ask))
			return !tok_in(&S->t[k - 1], phone) && !heeded_ask(S, k);
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone99: 1 when the "like" at k follows a form of being or feeling ("is like", "it's
 * rather like", "felt just like"; at most two words of degree between): a likening, not
 * "looks like" (what one sees) nor "countries like Kenya" (a preposition). */
static int likening_like(const coder_sent *S, int k)
{
	static const char *const be_feel[] = { "IS", "WAS", "ARE", "WERE", "BE", "BEEN", "FEEL",
		"FEELS", "FELT", "IT'S", "THAT'S", NULL };
	static const char *const degree[] = { "RATHER", "JUST", "MORE", "QUITE", "MUCH",
		"KIND", "SORT", "OF", NULL };
	for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
		const coder_tok *t = &S->t[j];
		if (tok_in(t, be_feel))
			return 1;
		if (t->cls != C_WORD ||
		    !(tok_in(t, degree) || (adverbish(t) && !tok_has(t, WF_AUX))))
			return 0;
	}
	return 0;
}

/* undone99: --shallow twin of syncode.c syn_likened: the deed at v in a clause that "like"
 * opens after a form of being or feeling (likening_like: "it's rather like the police are
 * arresting the judge", "it felt like we were being attacked"), or "as if"/"as though" ("it
 * was as if the army had won"): a likening, no deed done. At most eight words back, only
 * plain words and auxiliaries between (the clause's subject); no comma, quotation mark,
 * clause word or other verb. 1 when so. */
int news_likened_clause(const coder_sent *S, int v)
{
	static const char *const iff[] = { "IF", "THOUGH", NULL };
	for (int k = v - 1; k > 0 && k >= v - 8; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, iff) && tok_is(&S->t[k - 1], "AS"))
			return 1;
		if (tok_is(t, "LIKE"))
			return k < v - 1 && likening_like(S, k);
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL) ||
		    (t->type == TY_VERB && !tok_has(t, WF_AUX)))
			return 0;
	}
	return 0;
}

/* undone90: --shallow twin of syncode.c hoped_clause: the deed at v in a clause that a verb
 * of hoping or expecting opens, a modal between ("is hoping the rebels will come to the table
 * and release the prisoners", "We expect Uganda will attack the rebels", "anticipates that
 * Kenya will impose sanctions"): hoped or forecast, not done, nor its subject's threat or
 * promise. At most 25 tokens back, no comma or quotation mark between. "hopes to sign"
 * (a "to" right after the verb: one's own plan, the intent rules') and "is expected to
 * attack" (no modal between) are left alone. 1 when so. */
int news_hoped_clause(const coder_sent *S, int v)
{
	static const char *const hope[] = { "HOPE", "HOPES", "HOPED", "HOPING", "WISH", "WISHES",
		"WISHED", "PRAY", "PRAYS", "PRAYED", "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING",
		"ANTICIPATE", "ANTICIPATES", "ANTICIPATED", "PREDICT", "PREDICTS", "PREDICTED",
		NULL };
	static const char *const will[] = { "WILL", "WOULD", "CAN", "COULD", NULL };
	int modal = 0;
	for (int k = v - 1; k >= 0 && k >= v - 25; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			return 0;
		if (tok_in(t, will))
			modal = 1;
		if (tok_in(t, hope))
			return modal && !tok_is(&S->t[k + 1], "TO");
	}
	return 0;
}

/* shundone89: --shallow, the deed at v is the aim of an effort that failed ("talks to
 * resolve the impasse officially failed last week", "efforts to end the war collapsed"):
 * "to" and a noun of effort right before v, and the effort's own verb a word of failure
 * (or "broke down") within fifteen tokens after v, no comma, quotation mark or clause word
 * between. An effort that goes on ("talks to resolve the impasse resumed") is left alone:
 * whether its aim counts is the intent rules'. 1 when so. */
int news_failed_aim(const coder_sent *S, int v)
{
	static const char *const effort[] = { "TALKS", "EFFORT", "EFFORTS", "ATTEMPT",
		"ATTEMPTS", "BID", "BIDS", "NEGOTIATIONS", "PUSH", "DRIVE", "INITIATIVE", NULL };
	static const char *const failed[] = { "FAILED", "COLLAPSED", "STALLED", "FALTERED",
		"FOUNDERED", "FIZZLED", NULL };
	if (v < 2 || !tok_is(&S->t[v - 1], "TO") || !tok_in(&S->t[v - 2], effort))
		return 0;
	for (int k = v + 1; k < S->nt && k <= v + 15; k++) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (tok_in(t, failed) ||
		    (tok_is(t, "BROKE") && k + 1 < S->nt && tok_is(&S->t[k + 1], "DOWN")))
			return 1;
	}
	return 0;
}

/* notdone118: 1 when the word at v is a deed its subject kept clear of or fell short of: a
 * gerund right after a verb of avoidance ("Iran avoided condemning Russia") or after
 * "against" ("Japan decided against sending troops"), or v after "to" or "of" that an
 * adjective of inability ("was unable to meet Greek officials", "incapable of protecting")
 * or "close"/"short" after "come" or "fall" ("came close to signing the deal") stands
 * before, an adverb in -ly between allowed; or a gerund after "on" and a verb of focus ("will
 * focus on ending the war") or "toward(s)" and a verb of effort ("working toward ending"). */
static int missed_at(const coder_sent *S, int v)
{
	static const char *const to_of[] = { "TO", "OF", NULL };
	static const char *const near[] = { "CLOSE", "SHORT", NULL };
	static const char *const focus[] = { "FOCUS", "FOCUSES", "FOCUSED", "FOCUSING",
		"FOCUSSED", "CONCENTRATE", "CONCENTRATES", "CONCENTRATED", "CONCENTRATING",
		"CENTER", "CENTERS", "CENTERED", "CENTRED", "CENTRES", NULL };
	static const char *const work[] = { "WORK", "WORKS", "WORKED", "WORKING", "STRIVE",
		"STRIVES", "STROVE", "STRIVING", NULL };
	if (v < 1)
		return 0;
	int k = v - 1;
	if (k >= 1 && !S->t[k].cap && tok_ends(&S->t[k], "LY"))
		k--;   /* "avoided directly condemning", "unable to fully meet" */
	const coder_tok *t = &S->t[k];
	if (tok_ends(&S->t[v], "ING") &&
	    (tok_in(t, EVADE_WORDS) || tok_in(t, SHUN_WORDS) || tok_is(t, "AGAINST")))
		return 1;
	/* "will focus on ending the war", "is working toward ending the conflict": an aim */
	if (tok_ends(&S->t[v], "ING") && k >= 1 &&
	    (((tok_is(t, "ON") || tok_is(t, "UPON")) && tok_in(&S->t[k - 1], focus)) ||
	     ((tok_is(t, "TOWARD") || tok_is(t, "TOWARDS")) && tok_in(&S->t[k - 1], work))))
		return 1;
	if (k < 1 || !tok_in(t, to_of))
		return 0;
	const coder_tok *p = &S->t[k - 1];
	return tok_in(p, UNABLE_WORDS) ||
	       (tok_in(p, near) && k >= 2 && tok_in(&S->t[k - 2], COME_FALL_WORDS));
}

/* notdone118: --shallow twin of syncode.c missed_deed: 1 when the deed at v is missed
 * (missed_at), or is the noun a missed gerund takes, up to three plain lower-case words
 * after it ("voted against imposing sanctions on Iran" coded on "sanctions"). Statements and
 * appeals (01-02) are left alone, as on the parse path. */
int news_missed_deed(const coder_sent *S, int v, const char *a)
{
	if (!a || (a[0] == '0' && (a[1] == '1' || a[1] == '2')))
		return 0;
	if (missed_at(S, v))
		return 1;
	for (int g = v - 1; g >= 1 && v - g <= 3; g--) {
		const coder_tok *t = &S->t[g];
		if (t->cls != C_WORD || t->cap || t->type == TY_ACTOR)
			return 0;
		if (tok_ends(t, "ING"))
			return missed_at(S, g);
	}
	return 0;
}
