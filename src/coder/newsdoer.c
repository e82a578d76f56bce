/*
 * newsdoer.c - the --shallow path's news rules (KHALDUN:) on who did a deed when the clause
 * does not plainly say: passive verbs and their "by" agents ("were beaten and arrested by
 * soldiers"), participles and their objects or owners ("troops backed by Russia"), deed nouns
 * with "by" or "of" ("the attack by rebels"), and pronoun subjects, hopers and speakers ("he
 * later said"). Split from news.c, which holds the rest of the news rules; callers reach
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

/* verbs66: a participle coordinated with a passive one before it shares its "be" ("were
 * beaten and arrested by soldiers", "have been blocked or harassed by police"): for the verb
 * at v right after "and"/"or" (or ", and"), the token of that earlier participle, a verb word
 * not in "-ing" with a form of "be" right before it, though the clause the verb's match
 * sees starts after the conjunction; v itself otherwise (also when v is in -ing or -s). */
int news_coordinated_participle(const coder_sent *S, int v)
{
	int j = v - 1;
	if (j < 2 || !tok_in(&S->t[j], AND_OR_WORDS) || tok_ends(&S->t[v], "ING") ||
	    tok_ends(&S->t[v], "S"))   /* "was arrested and faces charges" is active */
		return v;
	int p = S->t[j - 1].cls == C_COMMA ? j - 2 : j - 1;
	const coder_tok *w = &S->t[p];
	if (p < 1 || w->cls != C_WORD || w->cap || tok_ends(w, "ING") ||
	    !(w->type == TY_VERB || tok_ends(w, "ED")) || !tok_in(&S->t[p - 1], BE_FORMS))
		return v;
	return p;
}

/* shallow47: without the parse, the verb at v (its last word vend) is passive: a form of
 * "be" right before it (or before one adverb: "were later released"), the verb no "-ing"
 * form ("were seeking" is active), its subject the phrase ending at token send, with only
 * words of that noun phrase between it and "be" (no verb, comma, quote or clause word: in
 * "Both forces say ammunition was seized" the forces are no subject of the passive).
 * Returns -1: no such passive; 0: no agent named before the clause ends, so its subject
 * suffers the deed with the doer unknown ("Three soldiers were killed in the ambush",
 * "Paris was accused of aiding rebels"); else the token of its "by", the agent's phrase
 * ("was attacked on Monday by Eritrea"). */
static const char *const RULER_NOUN[] = { "RULE", "CONTROL", "OCCUPATION", NULL };

/* 1 when t is one of those nouns of rule ("under Taliban rule"): news.c's rules read the
 * same list. */
int news_ruler_noun(const coder_tok *t)
{
	return tok_in(t, RULER_NOUN);
}

/* passive140: without the parse, an aside set off by commas right before a passive's "be" at
 * token j ("Victoire Ingabire, leader of the FDU party, was arrested", "Eighteen fishermen,
 * held captive in Libya for months, have been freed") leaves the phrase before it the
 * passive's subject, whether the subject's actor ends before the aside or takes it in
 * ("activist Boniface Mwangi, a critic of the government"). Returns the aside's opening
 * comma, or -1 when there is none: no comma right before j, no comma opening it after lo,
 * or a quote mark, an auxiliary or a form of "be" inside it (a clause of its own). */
static int passive_aside(const coder_sent *S, int lo, int j)
{
	if (j - 3 <= lo || S->t[j - 1].cls != C_COMMA)
		return -1;
	for (int k = j - 2; k > lo; k--) {
		const coder_tok *w = &S->t[k];
		if (w->cls == C_COMMA)
			return k < j - 2 ? k : -1;
		if (w->cls == C_QUOTE || w->type == TY_AUX || tok_in(w, BE_ALL))
			return -1;
	}
	return -1;
}

/* shaccuse68, shfalse163: "stand" right before a participle of a charge ("Two soldiers stand
 * accused of the bombing", "Lai stands charged with sedition") is the passive's "be": the
 * subject is the accused, not the accuser. Token k is that "stand" for the participle at v. */
int news_stand_charged(const coder_sent *S, int k, int v)
{
	static const char *const charged[] = { "ACCUSED", "CHARGED", "CONVICTED", "INDICTED",
		NULL };
	return k == v - 1 && tok_in(&S->t[k], STAND_WORDS) && tok_in(&S->t[v], charged);
}

int news_passive_by(const coder_sent *S, int v, int vend, int lo, int send)
{
	static const char *const adv[] = { "LATER", "THEN", "STILL", "SOON", "ALSO", "ALMOST",
		NULL };
	/* shreport152: "Egypt was supportive of the talks", "Kenya is skeptical of": a
	 * predicate adjective (a suffix no participle has) after "be", its subject the doer */
	static const char *const adj[] = { "IVE", "ICAL", "FUL", "OUS", NULL };
	const coder_tok *t = &S->t[v];
	if (t->cls != C_WORD || tok_ends(t, "ING"))
		return -1;
	/* wordcls175: "Ukraine is committed to peace": a participle of resolve with its "to"
	 * is a predicate adjective too, its subject the one resolved (syn_passive_verb's) */
	for (int k = 0; adj[k]; k++)
		if (t->n > 5 && tok_ends(t, adj[k]))
			return -1;
	if (tok_in(t, RESOLVE_WORDS) && v + 1 < S->nt && tok_is(&S->t[v + 1], "TO"))
		return -1;
	int j = news_coordinated_participle(S, v) - 1;
	if (j > lo && (adverbish(&S->t[j]) || tok_in(&S->t[j], adv)) && !tok_in(&S->t[j], BE_ALL) &&
	    !tok_has(&S->t[j], WF_NEG))
		j--;
	/* underrule54: "are being persecuted": the progressive's "being" after its "be" */
	if (j - 1 > lo && tok_is(&S->t[j], "BEING") && tok_in(&S->t[j - 1], BE_ALL))
		j--;
	if (j < lo || !(tok_in(&S->t[j], BE_ALL) || news_stand_charged(S, j, v)) || send < lo ||
	    send >= j)
		return -1;
	int aside = passive_aside(S, lo, j);
	for (int k = send + 1; k < j; k++) {
		const coder_tok *w = &S->t[k];
		if (aside >= 0 && k >= aside)
			break;   /* passive140: the aside up to the "be" */
		/* underrule54: "RSF-held territory": the participle is of the noun phrase */
		if (w->hyphened && news_owning_participle(w))
			continue;
		/* "Women under Taliban rule are being persecuted": the ruler's noun */
		int h = S->t[send].head >= 0 ? S->t[send].head : send;
		if (k == send + 1 && tok_in(w, RULER_NOUN) && h > lo &&
		    S->t[h].type == TY_ACTOR && tok_is(&S->t[h - 1], "UNDER"))
			continue;
		if (w->cls != C_WORD || w->type == TY_VERB || w->type == TY_AUX ||
		    tok_has(w, WF_CLAUSE) || tok_has(w, WF_REL) || tok_in(w, BE_ALL))
			return -1;
	}
	for (int k = vend + 1; k < S->nt && k <= vend + 10; k++) {
		const coder_tok *w = &S->t[k];
		if (w->cls != C_WORD || tok_has(w, WF_CLAUSE))
			break;
		if (w->type == TY_BY || tok_is(w, "BY"))
			return k;
	}
	return 0;
}

/* participle53: a participle of ownership, command, use or making ("a company operated by
 * China", "positions held by rebels", "a delegation led by X", "bases used by", "workers
 * employed by", "reforms taken by", "a measure floated by") tells whose the noun is, no deed
 * done to it: its agent stands for the noun's side. */
int news_owning_participle(const coder_tok *t)
{
	static const char *const owning[] = { "OWNED", "OPERATED", "RUN", "CONTROLLED", "HELD",
		"OCCUPIED", "LED", "HEADED", "MANAGED", "COMMANDED", "GOVERNED", "RULED",
		"ADMINISTERED", "CHAIRED", "DOMINATED", "STAFFED", "MANNED", "USED", "EMPLOYED",
		"HIRED", "APPOINTED", "SENT", "DEPLOYED", "FIELDED", "MADE", "TAKEN", "ADOPTED",
		"PROPOSED", "FLOATED", "IMPOSED", "INTRODUCED", "ISSUED", "ANNOUNCED", "PASSED",
		"ENACTED", "DRAFTED", "SUBMITTED", "PURSUED", "BUILT", "INSTALLED", "SET", "PUT",
		"LAUNCHED", "PLANNED", "ORDERED", "DECLARED", "TABLED", "SPONSORED", "AUTHORED",
		"WRITTEN", NULL };
	return tok_in(t, owning);
}

/* participle53: token p is a past participle that modifies the noun right before it, a
 * reduced relative ("a deal brokered by ...", "schoolgirls kidnapped by ..."): a lower-case
 * form in -ed or an irregular one, after a word of the noun phrase (no form of "be" or
 * "have", auxiliary, pronoun, conjunction, preposition, clause word or adverb in -ly: "was
 * brokered", "and kidnapped", "who were seized" are no such relative), nor one of
 * ownership (news_owning_participle). */
static int participle_on_noun(const coder_sent *S, int p);

int news_relative_participle(const coder_sent *S, int p)
{
	return p >= 1 && p < S->nt && !news_owning_participle(&S->t[p]) &&
	       participle_on_noun(S, p);
}

/* participle53: token p is a lower-case past participle (in -ed or irregular) right after a
 * word of a noun phrase: news_relative_participle's shape, ownership participles included
 * (passive87: "sanctions imposed on Iran by ..." tells its doer all the same). */
static int participle_on_noun(const coder_sent *S, int p)
{
	static const char *const irregular[] = { "GIVEN", "SHOT", "STRUCK", "CAUGHT",
		"BROUGHT", "KEPT", "FOUGHT", "WON", "SOUGHT", "BROKEN", "STOLEN", "THROWN",
		"BEATEN", "SEEN", "DONE", "SHOWN", "SPOKEN", "DRAWN", "BOUGHT", "SOLD", "PAID",
		"HIT", NULL };
	static const char *const verbal[] = { "IS", "ARE", "WAS", "WERE", "BE", "BEEN",
		"BEING", "HAS", "HAVE", "HAD", "HAVING", NULL };
	if (p < 1 || p >= S->nt)
		return 0;
	const coder_tok *t = &S->t[p], *n = &S->t[p - 1];
	if (t->cls != C_WORD || t->cap ||
	    !(tok_ends(t, "ED") || tok_in(t, irregular) || tok_is(t, "SENT")))
		return 0;
	return n->cls == C_WORD && n->type != TY_AUX && n->type != TY_PRON &&
	       n->type != TY_CONJ && n->type != TY_BY && n->type != TY_DET &&
	       !tok_in(n, verbal) && !tok_ends(n, "LY") &&
	       !tok_has(n, WF_PREP | WF_CLAUSE | WF_REL | WF_SUB | WF_AUX | WF_MODAL | WF_NEG);
}

/* participle53: the actor at token pos is the "by" agent of a reduced relative after the
 * verb's last word vend ("exchanged prisoners in a deal brokered by the United Arab
 * Emirates"): the participle's doer, no side of the verb. Not the maker of words the noun
 * names ("rejected the allegations made by Pakistan"): what answers the words reaches him. */
int news_relative_agent(const coder_sent *S, int vend, int pos)
{
	static const char *const words[] = { "ALLEGATION", "ALLEGATIONS", "ACCUSATION",
		"ACCUSATIONS", "CLAIM", "CLAIMS", "CHARGE", "CHARGES", "ASSERTION", "ASSERTIONS",
		"STATEMENT", "STATEMENTS", "REMARKS", "COMMENTS", "PROPOSAL", "PROPOSALS", "OFFER",
		"OFFERS", "DEMAND", "DEMANDS", "REQUEST", "REQUESTS", "APPEAL", "APPEALS", "CALL",
		"CALLS", "THREAT", "THREATS", "PROMISE", "PROMISES", "PLEDGE", "PLEDGES",
		"INVITATION", "ULTIMATUM", "PLAN", "PLANS", "RESOLUTION", "RESOLUTIONS", "LETTER",
		NULL };
	static const char *const at[] = { "IN", "FROM", "NEAR", "OF", NULL };
	int b = pos - 1;
	if (b >= 0 && tok_is(&S->t[b], "THE"))
		b--;
	/* "by gunmen in Kaduna state": the place phrase of an agent the actor's code took */
	if (b > vend + 3 && tok_in(&S->t[b], at))
		for (int k = b - 1; k > vend + 2 && k >= b - 3; k--) {
			const coder_tok *w = &S->t[k];
			if (w->cls != C_WORD || w->cap || w->type == TY_VERB || w->type == TY_BY ||
			    tok_is(w, "BY")) {
				if (tok_is(w, "BY") || w->type == TY_BY)
					b = k;
				break;
			}
		}
	if (b - 1 <= vend + 1 || !(S->t[b].type == TY_BY || tok_is(&S->t[b], "BY")))
		return 0;
	return news_relative_participle(S, b - 1) && !tok_in(&S->t[b - 2], words);
}

/* source95: 1 when the first actor after the verb's last word vend (before hi) stands in a
 * "by" phrase right after the verb's object noun, the noun's owner ("blamed travel
 * restrictions by Ghana", "welcomed a decision by the court"): the object is that side's
 * deed, so the side is what the verb is aimed at, never its doer. The object: one to four
 * plain words after the verb (no actor, verb but a noun's modifier, participle, comma or
 * clause word), the last a lower-case noun; a "by" right after the verb is a passive's
 * agent ("was blocked by"). */
int news_object_owner_after(const coder_sent *S, int vend, int hi)
{
	int b = vend + 1;
	for (; b < hi && b <= vend + 5; b++) {
		const coder_tok *w = &S->t[b];
		if (w->type == TY_BY || tok_is(w, "BY"))
			break;
		/* a verb form before a noun modifies it ("travel restrictions") */
		int modifier = w->type == TY_VERB && b + 1 < hi && S->t[b + 1].type == TY_NOUN;
		/* source96: or a word of the verb dictionary the parse reads as a noun ("raids") */
		modifier |= w->type == TY_VERB && syntax_parse_noun((coder_sent *)S, b);
		if (w->cls != C_WORD || w->type == TY_ACTOR || (w->type == TY_VERB && !modifier) ||
		    w->type == TY_AUX || w->type == TY_CONJ || w->type == TY_PRON ||
		    tok_has(w, WF_PREP | WF_CLAUSE | WF_REL | WF_SUB | WF_AUX | WF_MODAL | WF_NEG))
			return 0;
	}
	if (b >= hi || b > vend + 5 || b == vend + 1 || !(S->t[b].type == TY_BY ||
							  tok_is(&S->t[b], "BY")))
		return 0;
	const coder_tok *n = &S->t[b - 1];
	if (n->cap || n->type == TY_DET || tok_ends(n, "ED") || participle_on_noun(S, b - 1))
		return 0;
	int a = b + 1;
	if (a < hi && tok_is(&S->t[a], "THE"))
		a++;
	return a < hi && S->t[a].type == TY_ACTOR && S->t[a].actor >= 0;
}

/* passive87: without the parse, the actor at pos (ending at end) is the object of a reduced
 * relative's preposition (passive91: "at" too) and the actor at agent its "by" phrase
 * ("sanctions imposed on Iran by the United States"): the participle's doer is the "by" actor,
 * the first its target, never the other way round. Returns 1 for that shape, else 0. */
int news_participle_object(const coder_sent *S, int pos, int end, int agent)
{
	static const char *const preps[] = { "ON", "TO", "AGAINST", "UPON", "AT", NULL };
	static const char *const particles[] = { "OUT", "UP", "OFF", NULL };
	int p = pos - 1;
	if (p >= 0 && tok_is(&S->t[p], "THE"))
		p--;
	int b = end + 1;
	if (p < 2 || b + 1 >= S->nt || !tok_in(&S->t[p], preps) ||
	    !(S->t[b].type == TY_BY || tok_is(&S->t[b], "BY")))
		return 0;
	if (agent != b + 1 && !(agent == b + 2 && tok_is(&S->t[b + 1], "THE")))
		return 0;
	/* passive90: a phrasal participle's particle before the preposition ("airstrikes
	 * carried out against Yemen by ...", "attacks stepped up on ...") */
	if (p >= 3 && tok_in(&S->t[p - 1], particles))
		p--;
	return participle_on_noun(S, p - 1);
}

/* passive91: without the parse, the actor at pos is the object of the preposition of a
 * participle right after the deed noun the verb matched (its last word vend, opening the
 * clause: "Sanctions imposed on Cuba have hurt", "Raids carried out against Mali killed"):
 * the participle's receiver, the target, never the doer. Returns 1 for that shape. */
int news_deed_participle_object(const coder_sent *S, int vend, int pos)
{
	static const char *const preps[] = { "ON", "TO", "AGAINST", "UPON", "AT", NULL };
	static const char *const particles[] = { "OUT", "UP", "OFF", NULL };
	int p = vend + 2;
	if (vend < 0 || pos >= S->nt || tok_ends(&S->t[vend], "ED") ||
	    !participle_on_noun(S, vend + 1))
		return 0;
	if (p < pos && tok_in(&S->t[p], particles))
		p++;
	if (!tok_in(&S->t[p], preps))
		return 0;
	return pos == p + 1 || (pos == p + 2 && tok_is(&S->t[p + 1], "THE"));
}

/* passive89: the actor at tokens [pos, end] is the "by" agent of a participle that names
 * its receiver by a pronoun, before a "to" infinitive whose verb is at v ("used the
 * authority given it by Congress to deny visas", "the powers granted to him by the Kenyan
 * parliament to ban ..."): the giver, no side of what the receiver does with the gift. The
 * agent's phrase runs to the "to" in plain words (no verb, preposition, clause word). */
int news_giver_agent(const coder_sent *S, int pos, int end, int v)
{
	int b = pos - 1;
	if (b >= 0 && tok_is(&S->t[b], "THE"))
		b--;
	if (b < 3 || v - 1 <= end || v - 1 > end + 3 || !tok_is(&S->t[v - 1], "TO") ||
	    !(S->t[b].type == TY_BY || tok_is(&S->t[b], "BY")) || S->t[b - 1].type != TY_PRON)
		return 0;
	for (int k = end + 1; k < v - 1; k++)
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB ||
		    tok_has(&S->t[k], WF_PREP | WF_CLAUSE | WF_REL | WF_SUB))
			return 0;
	int p = b - 2;
	if (tok_is(&S->t[p], "TO"))
		p--;
	return participle_on_noun(S, p);
}

/* participle53: the verb at v (last word vend) is a reduced relative with its "by" agent
 * ("rescued 30 schoolgirls kidnapped by gunmen"): a participle modifying the noun before
 * it, "by" right after it and no "-ing" form after "by" (in "retaliated by announcing" the
 * verb is the clause's own), after a verb of the clause from lo, the clause's own verb
 * (one the dictionaries code, or any lower-case past form: "rescued"). */
int news_relative_deed(const coder_sent *S, int v, int vend, int lo, int hi)
{
	if (vend + 2 >= hi || !(S->t[vend + 1].type == TY_BY || tok_is(&S->t[vend + 1], "BY")) ||
	    tok_ends(&S->t[vend + 2], "ING") || !news_relative_participle(S, v))
		return 0;
	for (int k = lo; k < v - 1; k++)
		if (!S->t[k].cap && (S->t[k].type == TY_VERB || tok_ends(&S->t[k], "ED")))
			return 1;
	return 0;
}

/* misc52: without the parse, a "when" / "as" / "after" clause right after the passive verb's
 * last word vend ("were killed when gunmen attacked a village") tells of the deed that did
 * the harm: the words between the clause word and the clause's verb are its subject, the
 * passive's doer. Returns -1: no such clause; 0: a clause whose subject names no one; 1:
 * *doer is set (the subject's actor, else its words as an open actor with an agent). */
int news_when_doer(coder_sent *S, int vend, int hi, coder_slot *doer)
{
	static const char *const when[] = { "WHEN", "AS", "AFTER", NULL };
	int w = vend + 1;
	if (w >= hi || !tok_in(&S->t[w], when))
		return -1;
	int e = w + 1;
	while (e < hi && e <= w + 6 && S->t[e].cls == C_WORD && S->t[e].type != TY_VERB &&
	       S->t[e].type != TY_AUX && !tok_has(&S->t[e], WF_CLAUSE | WF_PREP))
		e++;
	if (e >= hi || e == w + 1 || S->t[e].type != TY_VERB)
		return -1;   /* "as part of", "after the attack": no clause */
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pos > w && S->a[k].pos < e) {
			actors_make_slot(S, k, doer);
			return doer->n > 0;
		}
	return news_open_span(S, w + 1, e - 1, doer) && strcmp(doer->m[0].code, "---");
}

/* passive83: without the parse, the doer a passive's "by" at token by names: the first actor
 * in its phrase (up to a comma or clause word, eight words at most: "by Iranian security
 * forces", "by a hitman sent by Iran"), put in *doer. Returns 1 when found, else 0 (a doer
 * no dictionary knows: "by a hitman"). */
int news_by_doer(coder_sent *S, int by, int hi, coder_slot *doer)
{
	int e = by + 1;
	while (e < hi && e <= by + 8 && S->t[e].cls == C_WORD && !tok_has(&S->t[e], WF_CLAUSE))
		e++;
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pos > by && S->a[k].pos < e) {
			actors_make_slot(S, k, doer);
			return doer->n > 0;
		}
	return 0;
}

/* deedby155: without the parse, the doer a deed noun's "by" at token by names: an actor that
 * opens the phrase (after an article at most), else the phrase's plain words (up to a
 * comma, a clause word, a verb or a word in -ing, six at most) as an open actor whose
 * people word gives a code ("by criminal gangs seeking huge ransoms": the gangs). Put in
 * *doer; 0 when neither ("by a court order" names no one). */
int news_by_agent(coder_sent *S, int by, int hi, coder_slot *doer)
{
	int f = by + 1 + (by + 1 < hi && tok_in(&S->t[by + 1], ARTICLES));
	if (f >= hi)
		return 0;
	int a = sent_actor_at(S, f);
	if (a >= 0) {
		if (S->t[f].type == TY_PRON)
			return 0;
		actors_make_slot(S, a, doer);
		return doer->n > 0;
	}
	int e = f;
	while (e < hi && e < f + 6 && S->t[e].cls == C_WORD && S->t[e].type != TY_VERB &&
	       !tok_ends(&S->t[e], "ING") && !tok_has(&S->t[e], WF_CLAUSE | WF_PREP))
		e++;
	return e > f && news_open_span(S, f, e - 1, doer) && doer->n &&
	       strcmp(doer->m[0].code, "---");
}

/* fix51: without the parse, the verb at v is a deed noun whose "by" phrase names its doer
 * ("said 21 passengers died in the initial attack by the BLA"): a determiner opens its
 * phrase, at most two plain lowercase words (adjectives: "the initial", "a deadly") stand
 * between (or the noun's phrase opens the sentence or a clause reported by "said"), and
 * "by" follows it at once. The actor
 * before such a noun reports or suffers the deed, never does it. Returns the token of the
 * "by", or -1. */
/* byagent97: token j opens its sentence: the first token, or the second after an opening
 * quote mark ('"Coordinated airstrikes by ...," the statement said': its capital is the
 * sentence's too). */
static int opens_sentence(const coder_sent *S, int j)
{
	return j == 0 || (j == 1 && S->t[0].cls == C_QUOTE);
}

/* speech108: 1 when token t is the possessive of a day or a span of time that dates the deed
 * noun after it ("Monday's bombing", "last week's attack", "Saturday's raid"): it opens the
 * noun's phrase as a determiner does, though its capital is a name's. */
static int dated_possessive(const coder_tok *t)
{
	static const char *const when[] = { "YESTERDAY", "TODAY", "WEEK", "WEEKEND", "MONTH",
		"NIGHT", NULL };
	if (!tok_possessive(t) || t->n < 4)
		return 0;
	coder_tok w = *t;   /* the word without its "'S" */
	w.n -= 2;
	return tok_in(&w, WEEKDAYS) || tok_in(&w, when);
}

int news_deed_noun_by(const coder_sent *S, int v, int vend, int lo)
{
	if (vend + 1 >= S->nt || S->t[vend + 1].type != TY_BY || tok_ends(&S->t[v], "ED"))
		return -1;
	for (int j = v - 1; j >= lo && v - j <= 3; j--) {
		const coder_tok *t = &S->t[j];
		if (t->type == TY_DET || dated_possessive(t))
			return vend + 1;
		/* passive91: the reported clause opens with the phrase ("said deadly attacks by
		 * Chad killed") */
		if (tok_in(t, PLAIN_SAY_WORDS))
			return vend + 1;
		if (t->cls == C_QUOTE && j > lo && tok_in(&S->t[j - 1], PLAIN_SAY_WORDS))
			return vend + 1;   /* byagent97: so too a quote it opens ('said "deadly
					    * attacks by Chad killed ...') */
		if (t->cls != C_WORD || (t->cap && !opens_sentence(S, j)) ||
		    tok_has(t, WF_CLAUSE) || tok_has(t, WF_PREP) ||
		    !(t->type == TY_NULL || t->type == TY_LIT || t->type == TY_ADJ ||
		      t->type == TY_NOUN))
			return -1;
		if (opens_sentence(S, j))   /* passive90: the phrase opens the sentence
					     * ("Coordinated airstrikes by the Somali army
					     * killed ...": its capital is the sentence's) */
			return vend + 1;
	}
	return -1;
}

/* deedby155: --shallow, the token of the "by" that ends a deed noun's "of" ("on", "against")
 * phrase, or -1. The noun at v (its last word vend, lower-case, not a participle in -ed)
 * follows an article, a possessive, an "of" or a lower-case modifier; the preposition
 * follows it at once; the target's phrase (tpos..tend) opens at it or within three words
 * after it; and "by" follows the target within four plain words: "a wave of kidnappings
 * of school children by criminal gangs", "attacks on miners by armed gangs". The "by" actor
 * did the deed, the phrase's people suffered it. Not a verb ("accused of ... by"), nor a
 * "by" after a comma. */
int news_deed_of_by(const coder_sent *S, int v, int vend, int tpos, int tend)
{
	static const char *const side[] = { "OF", "ON", "AGAINST", NULL };
	if (v < 1 || vend + 2 >= S->nt || !tok_in(&S->t[vend + 1], side) || S->t[v].cap ||
	    tok_ends(&S->t[v], "ED") || tpos < vend + 1 || tpos > vend + 4)
		return -1;
	const coder_tok *b = &S->t[v - 1];
	if (!(b->type == TY_DET || tok_possessive(b) || tok_is(b, "OF") ||
	      (b->cls == C_WORD && !b->cap && !tok_has(b, WF_PREP | WF_CLAUSE) &&
	       (b->type == TY_NULL || b->type == TY_ADJ || b->type == TY_NOUN))))
		return -1;
	for (int k = vend + 2; k < tpos; k++)   /* none when the phrase holds its "of" */
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB ||
		    tok_has(&S->t[k], WF_CLAUSE))
			return -1;
	for (int k = tend + 1; k < S->nt && k <= tend + 4; k++) {
		const coder_tok *t = &S->t[k];
		if (t->type == TY_BY || tok_is(t, "BY"))
			return k;
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_ACTOR ||
		    tok_has(t, WF_CLAUSE | WF_PREP))
			return -1;
	}
	return -1;
}

/* frozen113: a participle of doing a deed noun ("strikes were carried out / conducted /
 * mounted / staged / waged by Israel"): like one of making, its "by" actor did the deed. */
static int doing_participle(const coder_tok *t)
{
	static const char *const doing[] = { "CARRIED", "CONDUCTED", "MOUNTED", "STAGED",
		"WAGED", NULL };
	return tok_in(t, doing);
}

/* passiveb112: without the parse, the deed noun at v (its last word vend) opens its sentence
 * (over a determiner: "The sanctions") and a preposition joins it to the actor at pos..end,
 * whose clause is a passive with the actor at agent as its "by" phrase ("Embargoes against
 * Iran were imposed by Washington", "Raids on Gaza were launched by Israel"): the noun
 * phrase is the passive's subject; when the participle is one of making or ownership
 * (news_owning_participle: "imposed", "announced", never "criticized") or of doing
 * (frozen113: doing_participle, "carried out"), the "by" actor does the deed to the first.
 * Returns 1 for that shape, else 0. */
int news_noun_subject_passive(const coder_sent *S, int v, int vend, int pos, int end,
			      int agent)
{
	static const char *const preps[] = { "ON", "AGAINST", "UPON", "AT", NULL };
	static const char *const particles[] = { "OUT", "UP", "OFF", NULL };
	int o = v - (v > 0 && S->t[v - 1].type == TY_DET);
	int p = pos - 1 - (pos > 0 && tok_is(&S->t[pos - 1], "THE"));
	if (!opens_sentence(S, o) || p != vend + 1 || !tok_in(&S->t[p], preps) ||
	    agent <= end + 2)
		return 0;
	int part = end + 2;   /* the participle after the form of "be" */
	if (part < S->nt && adverbish(&S->t[part]))
		part++;
	int by = part + 1 + (part + 1 < S->nt && tok_in(&S->t[part + 1], particles));
	if (by >= S->nt || S->t[by].type != TY_BY ||
	    !(news_owning_participle(&S->t[part]) || doing_participle(&S->t[part])) ||
	    news_passive_by(S, part, part, pos, end) < 0)
		return 0;
	return agent == by + 1 || (agent == by + 2 && tok_is(&S->t[by + 1], "THE"));
}

/* shallow47: without the parse, the verb at v has a subject pronoun right before it (over
 * adverbs and auxiliaries: "He also urged", "They later attacked") that names no actor: the
 * verb's subject is someone unnamed, so an actor after the verb is no source of it. With
 * it_too (pronoun48, the parse path) "it" as well: the parse has found no expletive
 * subject there ("It issued a statement ..."); without it the shallow rules take "It ended
 * because Washington's call ..." for one. */
/* The token right before the verb at v, over adverbs and auxiliaries ("He also urged", "They
 * had later attacked"): where the verb's subject pronoun stands, if it has one. */
/* hopedef160: "She hopes to visit Kenya": 1 when the verb at v follows a form of "hope" and
 * "to", a hope to do the deed oneself, the hoper its subject as with "will" ("She will visit
 * Kenya"), no one's appeal to the side after it. plansto161: any verb of intention ("she
 * plans / wants / intends / expects to visit Kenya", "she is set to visit Kenya"), and the
 * intention verb itself when the dictionary codes it with its infinitive ("hopes to visit",
 * 036 at "hopes"). */
int news_hope_to(const coder_sent *S, int lo, int v)
{
	return intent_to_at(S, lo, v - 2) || intent_to_at(S, lo, v);
}

static int pronoun_slot(const coder_sent *S, int lo, int v)
{
	if (intent_to_at(S, lo, v - 2))   /* hopedef160: "She hopes to visit": over "hopes to" */
		v -= 2;
	int j = v - 1;
	while (j > lo && v - j <= 3 && S->t[j].cls == C_WORD && S->t[j].type != TY_PRON &&
	       (adverbish(&S->t[j]) || news_time_adverb(&S->t[j]) || S->t[j].type == TY_AUX))
		j--;
	return j;
}

/* passive75: the token that stands before the pronoun at j once a time phrase right before
 * it is passed over ("said on Monday they ...", "said Friday they ..."): j - 1 when none
 * stands there. A time phrase (context_time_lead) counts only when a verb comes right
 * before it, so "In April they ..." at a sentence's start is left as it was. */
static int before_time_phrase(const coder_sent *S, int lo, int j)
{
	for (int f = j - 1; f > lo && j - f <= 4; f--)
		if (S->t[f - 1].type == TY_VERB && context_time_lead(S, f, j))
			return f - 1;
	return j - 1;
}

/* swap110: 1 when the "it" at j opens a clause reported by a plain statement verb right
 * before it, over "that" ("Activists say it violates ...", "said that it breached ..."):
 * a subject there, never the expletive "It ended because ..." that opens a sentence. */
static int reported_it(const coder_sent *S, int lo, int j)
{
	if (!tok_is(&S->t[j], "IT"))
		return 0;
	int sv = j - 1;
	if (sv > lo && tok_is(&S->t[sv], "THAT"))
		sv--;
	return sv >= lo && tok_in(&S->t[sv], PLAIN_SAY_WORDS);
}

/* The pronoun at j is resolved to an actor before it or in an earlier sentence: it names
 * that actor ("Kenya said it ..."; one after it, "He urged Nigeria", is no antecedent). */
static int pronoun_names(const coder_sent *S, int j)
{
	int k = S->t[j].actor;
	return k >= 0 && k < S->na && (S->a[k].forwarded || S->a[k].ncodes ||
	       (S->a[k].ref >= 0 && S->a[k].ref < S->na && S->a[S->a[k].ref].pos < j));
}

int news_unnamed_pronoun_subject(const coder_sent *S, int lo, int v, int it_too)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	int j = pronoun_slot(S, lo, v);
	if (j < lo || !(tok_in(&S->t[j], subj) || (it_too && tok_is(&S->t[j], "IT")) ||
			reported_it(S, lo, j)))
		return 0;
	if (pronoun_names(S, j))
		return 0;
	if (j == 0)
		return 1;
	int b = before_time_phrase(S, lo, j);
	return S->t[b].cls != C_WORD || tok_has(&S->t[b], WF_CLAUSE) ||
	       S->t[b].type == TY_CONJ || S->t[b].type == TY_VERB;
}

/* shgap168: --shallow, the token of the unnamed personal pronoun ("he", "she", "they") that is
 * the subject of the verb at v (news_unnamed_pronoun_subject: at a clause's start, naming no
 * actor), or -1. *passive is 1 when a form of "be" stands between them ("he was criticized
 * by ..."): the pronoun is then the deed's target, else its doer. */
int news_pronoun_side(const coder_sent *S, int v, int *passive)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	int j = pronoun_slot(S, 0, v);
	if (j < 0 || !tok_in(&S->t[j], subj) || !news_unnamed_pronoun_subject(S, 0, v, 0))
		return -1;
	*passive = 0;
	for (int k = j + 1; k < v; k++)
		*passive |= tok_in(&S->t[k], BE_ALL);
	return j;
}

/* hopeconv159: --shallow, "She told VOA she hopes Brazil and Argentina can settle", "He
 * told reporters that he hoped Kenya would ...": 1 when the subject of verb v is "he", "she"
 * or "they" naming no actor (pronoun_names), right after "told" and the press told
 * (syn_press_word: "VOA", "reporters", "journalists"; "that" may follow): the told clause's
 * subject, its speaker unnamed, as after "said" (news_unnamed_pronoun_subject). "Lavrov told
 * reporters he hopes" (the pronoun names Lavrov) and "told Kenya he" (a side told, no
 * press) are left alone. */
int news_told_press_pronoun(const coder_sent *S, int lo, int v)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	int j = pronoun_slot(S, lo, v), p = j - 1;
	if (p > lo && tok_is(&S->t[p], "THAT"))
		p--;
	return p > lo && tok_in(&S->t[j], subj) && !pronoun_names(S, j) &&
	       syn_press_word(S->t[p].s, S->t[p].n) && tok_in(&S->t[p - 1], TELL_WORDS);
}

/* shallowsubj118: 1 when the sentence's last comma part after v holds a speech verb among
 * its first six words (", a passenger said"): the sentence is a speaker's account. */
static int told_after(const coder_sent *S, int v)
{
	int c = -1;
	for (int i = v + 1; i < S->nt; i++)
		if (S->t[i].cls == C_COMMA)
			c = i;
	for (int i = c + 1; c >= 0 && i < S->nt && i <= c + 6; i++)
		if (tok_in(&S->t[i], SPEECH_WORDS))
			return 1;
	return 0;
}

/* shallowrep118: 1 when verb v is the present -s form after "he" or "she" at j ("she helps
 * people", "he assists farmers"): a habit or a calling described, no deed done on a day.
 * The news tells a past deed in the past ("he opened fire"). */
static int habit_form(const coder_sent *S, int j, int v)
{
	const coder_tok *t = &S->t[v];
	if (!(tok_is(&S->t[j], "HE") || tok_is(&S->t[j], "SHE")) || t->n < 4)
		return 0;
	int z = toupper((unsigned char)t->s[t->n - 1]), y = toupper((unsigned char)t->s[t->n - 2]);
	return z == 'S' && y != 'S' && y != 'U';
}

/* shallowsubj118: --shallow, "they shot them", "He opened fire on a police patrol": the
 * subject of verb v is a third-person pronoun naming no actor (news_unnamed_pronoun_subject)
 * and no actor stands on either side: *out gets that pronoun as an unnamed doer ("---" over
 * its word), as the parse path codes it. Not in a speaker's account told after it ("They
 * shot and killed people on the bus, a passenger said": people of the account only), nor in
 * a clause under a time or other adverbial word ("when he arrived"), nor for a habit
 * (habit_form: "she helps people"). shsource170: a pronoun inside the quotation marks of
 * that account ('"They burned the houses," the farmer said') is someone the speaker tells
 * of, never the speaker ("we" would be): the deed stays, its doer unnamed, as the parse
 * path's speaker_pronoun keeps it. */
int news_pronoun_doer(coder_sent *S, int lo, int v, coder_slot *out)
{
	if (syntax_on(S) || !news_unnamed_pronoun_subject(S, lo, v, 0))
		return 0;
	int j = pronoun_slot(S, lo, v);
	if (told_after(S, v) && !context_quoted_at(S, j))
		return 0;
	if (tok_is(&S->t[j], "IT") || (j > 0 && tok_has(&S->t[j - 1], WF_SUB)) ||
	    habit_form(S, j, v))
		return 0;   /* shallowrep118: "when he arrived", "she helps people" */
	if (!phrase_slot(S, j, j, "---", out))
		return 0;
	/* shsource170: the doer stays a pronoun nothing resolved, so a deed of force it does
	 * to no one named ("they killed them") is still an event (event.c pronoun_deed) */
	((coder_actor *)out->m[0].a)->pron_kind = tok_is(&S->t[j], "THEY") ? 3 : 1;
	return 1;
}

/* hopeconv159: --shallow, "She said she hopes Brazil and Argentina can settle": the
 * pronoun subject of the hope at v, which names no one, as its unnamed hoper ("---" over
 * the pronoun's word), the source the parse path gives such an appeal. shclaimpro173: the
 * same for every statement whose content is about another side ("He claimed that Somalia
 * was arming militias": the unnamed claimant, event.c pronoun_content). 0 when no pronoun
 * stands there. */
int news_pronoun_teller(coder_sent *S, int lo, int v, coder_slot *out)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	int j = pronoun_slot(S, lo, v);
	return j >= lo && tok_in(&S->t[j], subj) && phrase_slot(S, j, j, "---", out);
}

/* passive74: the verb at v has "they" for its subject right after a plain statement verb
 * ("The police said they detained six fighters", "Officials also say that they seized ..."),
 * and that pronoun names no actor (news_unnamed_pronoun_subject): the statement's subject
 * is a bare role the actor list does not hold yet, and "they" is that role, the doer. *out
 * gets the role's open phrase (its code not "---"); 0 when no such speaker stands there. Not
 * "told" (its object comes between: "told reporters they ..."), nor "he"/"she" ("Officials
 * said he fled": someone else), nor a speaker with no role word ("Witnesses said they ..."
 * gives "---" and is left as it was). */
int news_pronoun_speaker(coder_sent *S, int lo, int v, coder_slot *out)
{
	static const char *const say[] = { "SAID", "SAYS", "SAY", "ADDED", "ANNOUNCED",
		"CONFIRMED", NULL };
	int j = pronoun_slot(S, lo, v);
	if (j < 1 || !tok_is(&S->t[j], "THEY"))
		return 0;
	int sv = tok_is(&S->t[j - 1], "THAT") ? j - 2 : j - 1;
	if (sv >= 1)   /* passive75: "said on Monday (that) they ..." */
		sv = before_time_phrase(S, lo, sv + 1);
	if (sv < 1 || !tok_in(&S->t[sv], say))
		return 0;
	coder_slot spk;
	if (!news_open_subject(S, 0, sv, &spk) || spk.n != 1 || !spk.m[0].code ||
	    !strcmp(spk.m[0].code, "---"))
		return 0;
	*out = spk;
	return 1;
}

/* pronoun48: 1 when a form of "be" stands among the three words before the verb at v ("he
 * was criticized", "they were later freed"): a passive, whose "by" phrase is its doer. */
int news_passive_aux(const coder_sent *S, int lo, int v)
{
	for (int j = v - 1; j >= lo && j >= 0 && v - j <= 3; j--)
		if (tok_in(&S->t[j], BE_ALL))
			return 1;
	return 0;
}
