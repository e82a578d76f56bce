/*
 * clause.c - the sentence-level stages around the verbs: comma-clause deletion (TABARI's COMMA
 * limits), <TIME> shifts, the COMPLEX conditions, and the split into clauses at conjunctions,
 * whose verbs are coded (event.c) and whose candidates are then selected by CODE BY and
 * dominant/subordinate codes. Deletion only marks tokens (coder_tok.deleted); nothing is freed.
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include "base/date.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Words of the comma clause [from, to) as the COMMA limits count them; -1 for a clause of
 * nothing but a compound's actors ("..., and Ithilen and Dagolath,"): it belongs to the
 * compound and is never deleted. */
static int clause_words(coder_sent *S, int from, int to)
{
	int words = 0;
	for (int i = from; i < to; i++)
		if (S->t[i].cls != C_COMMA && S->t[i].cls != C_QUOTE)
			words++;
	int only_compound = 1, actors = 0;
	for (int i = from; i < to && only_compound; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_ACTOR && t->actor >= 0 && S->a[t->actor].group >= 0)
			actors++;
		else if (!(t->type == TY_LIT || t->type == TY_DET || t->type == TY_ADJ ||
			   (t->type == TY_CONJ && t->in_compound_conj)))
			only_compound = 0;
	}
	return only_compound && actors ? -1 : words;
}

static int ends_with(const coder_tok *t, const char *sfx)
{
	size_t n = strlen(sfx);
	return (size_t)t->n > n + 1 && !memcmp(t->s + t->n - n, sfx, n);
}

/* clause66: 1 when --shallow's relative pronoun at token i, after a comma, has an actor of
 * its own right after it ("Kenya, which Somalia accused of meddling, recalled"): an object
 * relative, whose subject is that actor and whose object the antecedent; a subject relative
 * ("Qatar, which hosted the talks") needs the parse to tell its verb's sides. */
static int object_relative(coder_sent *S, int i)
{
	int j = i + 1;
	if (j < S->nt && tok_is(&S->t[j], "THE"))
		j++;
	return i > 0 && j < S->nt && S->t[i - 1].cls == C_COMMA && S->t[j].type == TY_ACTOR &&
	       S->t[j].actor >= 0 && (tok_is(&S->t[i], "WHICH") || tok_is(&S->t[i], "WHOM") ||
	       tok_is(&S->t[i], "WHO"));
}

/* clause86: 1 when --shallow's relative pronoun WHICH or WHO at token i, after a comma, opens a
 * subject relative: its verb follows at once, over one auxiliary or -ly adverb ("Gabon,
 * which imports from Cameroon", "Ruto, who has visited Uganda.") and runs to the sentence's
 * end. Its doer is the antecedent, not the first actor of the sentence (TABARI's rule took
 * "$12 in Cameroon"). News rules only; "which the army said" (no verb next) is
 * object_relative's; a relative between commas is left to the aside rules. */
static int subject_relative(coder_sent *S, int i)
{
	if (i < 1 || !(S->c->o.news & NEWS_CLAUSES) || S->t[i - 1].cls != C_COMMA ||
	    !(tok_is(&S->t[i], "WHICH") || tok_is(&S->t[i], "WHO")))
		return 0;   /* asked of every token: the cheap tests first */
	int j = i + 1;
	if (j < S->nt && (S->t[j].type == TY_AUX || tok_has(&S->t[j], WF_AUX) ||
			  ends_with(&S->t[j], "LY")))
		j++;
	for (int k = j + 1; k < S->nt; k++)
		if (S->t[k].cls == C_COMMA)
			return 0;
	return j < S->nt && S->t[j].type == TY_VERB && sent_live(S, j);
}

/* KHALDUN: SYNTAX: when token i is a relative pronoun (WHO, WHICH) right after an actor's
 * phrase that opens a clause with a verb before the next comma or conjunction ("Qatar, which
 * hosted the talks", "the Taliban fighters who attacked a post"), that actor's index + 1 (the
 * clause's subject: it codes its own event); else 0. */
static int relative_start(coder_sent *S, int i)
{
	/* speed152: asked of every token; the word's bit first, the shallow path's two walks
	 * (object_relative, subject_relative) last */
	if (i >= S->nt || !tok_has(&S->t[i], WF_REL) || !sent_live(S, i) ||
	    S->c->sentence.p[S->t[i].ostart] == 'W' ||
	    (!syntax_on(S) && !object_relative(S, i) && !subject_relative(S, i)))
		return 0;   /* not "Who" opening a sentence, nor the WHO */
	int verb = 0;
	for (int j = i + 1; j < S->nt && !verb; j++) {
		if (S->t[j].cls == C_COMMA ||
		    (S->t[j].type == TY_CONJ && !S->t[j].in_compound_conj))
			return 0;
		verb = sent_live(S, j) && S->t[j].type == TY_VERB;
	}
	if (!verb)
		return 0;
	/* the antecedent, right before (a comma skipped), is a dictionary actor's phrase */
	int a = i - 1;
	if (a >= 0 && S->t[a].cls == C_COMMA)
		a--;
	if (a < 0 || !sent_live(S, a))
		return 0;
	/* over an agent or noun ("the Taliban fighters who") and a phrase's literal tail, never
	 * over a verb or preposition ("accused X of sheltering militants who") */
	for (int k = 0; k < 3 && a > 0 && S->t[a].type != TY_ACTOR; k++) {
		if (S->t[a].type == TY_LIT && S->t[a].head >= 0)
			a = S->t[a].head;
		else if (S->t[a].type == TY_AGENT || S->t[a].type == TY_ADJ ||
			 S->t[a].type == TY_NOUN || S->t[a].type == TY_LIT)
			a--;   /* an attached agent is a literal of its own */
		else
			return 0;
	}
	if (S->t[a].type != TY_ACTOR || S->t[a].actor < 0 || !sent_live(S, a))
		return 0;
	return S->t[a].actor + 1;
}


/* KEEP_AS_ASIDE: kept, and the chain goes on as after a deleted aside (generic86) */
enum { KEEP_NONE, KEEP_CLAUSE, KEEP_AND_RESET, KEEP_AS_ASIDE };

/* 1 when token t is a word that opens an adverbial clause (words.c's WF_SUB list: AFTER,
 * SINCE, WHILE, ...; the parse decides which clause it opens): one bit, as this is asked of
 * every token of every clause. */
static int subordinator(const coder_tok *t)
{
	return tok_has(t, WF_SUB);
}

/* source73: prepositions that put a deed in -ING before the main clause as its means or
 * its moment ("In announcing the sanctions on X,", "By closing the border,", "On hearing
 * the verdict,", "Upon arriving in Kabul,"): the main clause's subject does that deed */
static const char *const ING_LEADS[] = { "IN", "BY", "ON", "UPON", NULL };

/* source73: 1 when token i is one of ING_LEADS before a word in -ING that takes an object or
 * phrase of its own (a determiner, an actor, a pronoun, a number or a preposition after it:
 * "In announcing the", "On learning of"), no noun compound ("In training camps run by"). */
static int lead_ing(const coder_sent *S, int i, int to)
{
	if (i + 2 >= to || !tok_in(&S->t[i], ING_LEADS) || !ends_with(&S->t[i + 1], "ING"))
		return 0;
	const coder_tok *n = &S->t[i + 2];
	return n->type == TY_DET || n->type == TY_ACTOR || n->type == TY_AGENT ||
	       n->type == TY_PRON || n->type == TY_NUM || tok_has(n, WF_PREP);
}


/* srcsh110: the words a span of time takes after a subordinator at token i before the
 * deed it measures ("After weeks of", "Before two years of", "after several months of"):
 * a span noun, a count or determiner before it, and "of"; 0 for none. The deed in -ING
 * after them is the opener's, done by the main clause's subject as after "After". */
static int span_of_len(const coder_sent *S, int i, int to)
{
	int k = i + 1;
	if (k < to && (S->t[k].type == TY_NUM || S->t[k].type == TY_DET ||
		       S->t[k].cls == C_NUMBER || tok_in(&S->t[k], SPAN_COUNTS)))
		k++;
	return k + 2 < to && tok_in(&S->t[k], SPAN_PLURALS) && tok_is(&S->t[k + 1], "OF") ?
	       k + 1 - i : 0;
}

/* The -ING word that opens the comma part [from, to), first or after a subordinator or one
 * of ING_LEADS, no actor ("Speaking to", "After meeting", "In announcing", "During"), or
 * after a subordinator's span of time ("After weeks of denying"); NULL: none. */
static const coder_tok *opening_ing(coder_sent *S, int from, int to)
{
	while (from < to && !sent_live(S, from))
		from++;
	if (from >= to)
		return NULL;
	const coder_tok *f = &S->t[from];
	int span = subordinator(f) ? span_of_len(S, from, to) : 0;
	const coder_tok *p = (subordinator(f) || lead_ing(S, from, to)) && from + 1 < to ?
			     &S->t[from + 1 + span] : f;
	return p->type != TY_ACTOR && p->type != TY_AGENT && ends_with(p, "ING") ? p : NULL;
}

/* 1 when the comma clause [from, to) is a participial opener ("Speaking to reporters,",
 * "Threatening to kill the hostages,", "During a visit to Kabul,"): its first live word ends
 * in -ING and is no actor, or a subordinator does and the word after it ("Before concluding
 * his cross-examination,", "Since leaving the EU bureaucracy,"); or a prepositional lead-in
 * whose only verbs are participles after a noun that is no actor ("In a statement issued
 * on Monday,"). */
static int participial_opener(coder_sent *S, int from, int to)
{
	if (opening_ing(S, from, to))
		return 1;
	while (from < to && !sent_live(S, from))
		from++;
	if (from >= to)
		return 0;
	const coder_tok *f = &S->t[from];
	if (!tok_has(f, WF_PREP))
		return 0;
	int verbs = 0;
	for (int i = from + 1; i < to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type != TY_VERB || !sent_live(S, i))
			continue;
		const coder_tok *b = &S->t[i - 1];
		if (!(ends_with(t, "ED") || ends_with(t, "EN")) || b->type == TY_ACTOR ||
		    b->type == TY_AGENT || b->type == TY_PRON)
			return 0;
		verbs++;
	}
	return verbs > 0;
}

/* 1 when the verb at token i, inside an opening phrase that starts at token from, is no
 * finite verb of a main clause: an infinitive ("to discuss"), a participle ("marking", "aimed"
 * not after an actor, a pronoun or an auxiliary), or a verb after a clause word of the phrase
 * ("a summit that ended", "talks in which Kenya accused ..."). */
static int nested_verb(coder_sent *S, int from, int i)
{
	const coder_tok *t = &S->t[i], *b = &S->t[i - 1];
	if (tok_is(b, "TO") || (i - 2 >= from && tok_is(&S->t[i - 2], "TO")) || ends_with(t, "ING"))
		return 1;
	for (int j = from + 1; j < i; j++)
		if (tok_has(&S->t[j], WF_CLAUSE) || tok_has(&S->t[j], WF_SUB))
			return 1;
	/* "have really improved": an adverb between the auxiliary and the verb */
	if (i - 2 >= from && b->n > 4 && tok_ends(b, "LY"))
		b = &S->t[i - 2];
	return (ends_with(t, "ED") || ends_with(t, "EN")) && b->type != TY_ACTOR &&
	       b->type != TY_AGENT && b->type != TY_PRON && b->type != TY_AUX &&
	       !tok_has(b, WF_AUX);
}

/* 1 when the words from token i on open with a named side, the subject an opener's main
 * clause needs ("..., Kenya condemned", "..., the Iranian foreign minister accused"), not
 * a pronoun or a thing ("..., he has warned", "..., the train remains blocked"): only then
 * is the part after the opener sure to be the main clause. */
static int named_subject(coder_sent *S, int i)
{
	while (i < S->nt && (!sent_live(S, i) || S->t[i].type == TY_DET))
		i++;
	return i < S->nt && S->t[i].type != TY_PRON &&
	       (S->t[i].type == TY_ACTOR || S->t[i].type == TY_AGENT || sent_actor_at(S, i) >= 0);
}

/* shpick171: 1 when the words from token i on open with a count or quantifier taken "of" a
 * named group ("some of its officials", "two of the ministers"), a subject as named_subject's
 * own (news.c's news_conj_subject reads the same count after a conjunction). */
static int counted_subject(coder_sent *S, int i)
{
	static const char *const quantifier[] = { "SOME", "MANY", "MOST", "SEVERAL", "ALL",
		"NONE", "BOTH", "EACH", "ONE", NULL };
	while (i < S->nt && !sent_live(S, i))
		i++;
	if (i + 2 >= S->nt || !tok_is(&S->t[i + 1], "OF"))
		return 0;
	const coder_tok *t = &S->t[i];
	int g = i + 2;   /* "of its officials": the owner's pronoun is no subject */
	if (g + 1 < S->nt && tok_has(&S->t[g], WF_POSS))
		g++;
	return (t->cls == C_NUMBER || tok_in(t, quantifier) || tok_in(t, COUNT_WORDS)) &&
	       named_subject(S, g);
}

/* clause102: 1 when the words from token i on open with a name the dictionaries do not know,
 * one to three capitalised words of no type (no actor, agent, pronoun or known word) right
 * before an auxiliary or a verb ("..., Li Wei was detained", "..., John Okello criticized
 * Kenya"): a person is the main subject, so an actor of the opener ("After arriving in
 * Canada,") is the place or the one met, never the doer of the main deed. */
static int person_subject(coder_sent *S, int i)
{
	while (i < S->nt && !sent_live(S, i))
		i++;
	int n = 0;
	while (i < S->nt && S->t[i].cap && S->t[i].type == TY_NULL && S->t[i].wf == 0 && n < 3)
		i++, n++;
	if (n == 0 || i >= S->nt)
		return 0;
	/* shfront173: the name's apposition or a second subject ("Willy Neth, coordinator for
	 * ..., says", "Okello and the rights groups say"): still the main clause's doer */
	const coder_tok *a = &S->t[i];
	if (i + 1 < S->nt && ((a->cls == C_COMMA && !S->t[i + 1].cap) || tok_is(a, "AND")))
		return 1;
	return a->type == TY_AUX || tok_has(a, WF_AUX) || a->type == TY_VERB;
}

/* -ING words that are prepositions ("According to", "Following the talks"), no deed */
static const char *const ING_PREPS[] = { "ACCORDING", "FOLLOWING", "REGARDING",
	"CONCERNING", "INCLUDING", "EXCLUDING", "NOTWITHSTANDING", "PENDING", "BARRING",
	"CONSIDERING", "DURING", NULL };

/* opener52: 1 when the participial opener [from, to) opens with a verb in -ING ("Speaking
 * to reporters in Beijing,", "After meeting the Chinese minister,") before a named main
 * subject ("..., the spokesman criticized", "..., Lavrov criticized"): the opener has no
 * subject but that one (code_verbs). Not a gerund subject ("Training of pilots would be
 * in Moscow, as ..."), nor a preposition in -ING ("According to the index released ..."). */
static int ing_opener(coder_sent *S, int from, int to)
{
	const coder_tok *g = opening_ing(S, from, to);
	return g && !tok_in(g, ING_PREPS) &&
		(named_subject(S, to + 1) || person_subject(S, to + 1));
}

/* 1 when the words from token i on open with a subject pronoun ('they killed'). */
static int pronoun_subject(coder_sent *S, int i)
{
	while (i < S->nt && !sent_live(S, i))
		i++;
	return i < S->nt && S->t[i].type == TY_PRON;
}

/* 1 when the comma part [from, to) opening the sentence is an adverbial opener whose main
 * clause comes after it, whatever verbs it holds: an adverbial clause ("While Egypt met
 * Qatar,", "As talks resumed,", "When asked about the sanctions,"; not "if", whose
 * conditions the parse weighs); a preposition ("Ahead of", "Prior to" too) whose phrase
 * holds only nested verbs ("Before the meeting to discuss the plan,", "In an effort to calm
 * tensions,", "Following a summit that ended without agreement,", "To show its support,");
 * a participle or adjective put before its phrase ("Asked whether ...,", "Encouraged by
 * ...,", "Unable to reach a deal,"). The parse, when on, may also tell it: the sentence's
 * root lies after the part. News puts the subject of the main clause after such a phrase,
 * so its event is kept and its subject found there (issue 12). */
static int adverbial_opener(coder_sent *S, int from, int to)
{
	static const char *const of_lead[] = { "AHEAD", "PRIOR", "INSTEAD", "REGARDLESS",
		"BEYOND", "UNLIKE", "AMIDST", "BESIDES", NULL };
	static const char *const lead_adv[] = { "SHORTLY", "JUST", "SOON", "LONG", "RIGHT",
		"IMMEDIATELY", "EVEN", "WELL", NULL };   /* and TIME_SPAN_WORDS */
	static const char *const ever[] = { "WHOEVER", "WHOMEVER", "WHATEVER", "WHICHEVER",
		"WHEREVER", "WHENEVER", NULL };
	/* reported41: a quotation's own opener ('"When the soldiers left, the rebels
	 * attacked ...," a resident said') is one as an unquoted one is, and the quoted main
	 * clause after it may open with a pronoun ('"Whoever stayed, they killed"') */
	int q = news_quoted_opener(S, from, to);
	if (q < 0)
		return 0;
	for (int i = q; i < to; i++)
		if (S->t[i].cls == C_QUOTE)
			return 0;   /* '"To me things have improved," said ...': a quotation */
	int quoted = q > from;
	from = q;
	while (from < to && !sent_live(S, from))
		from++;
	/* types40: "Shortly before the press conference to announce ...,", "Days after the
	 * vote that ...,": an adverb or a span of time put ahead of the preposition or
	 * subordinator leaves the opener what it is */
	int lead = from;   /* adjunct51: "A day after", "Two weeks before": a count first */
	if (from + 3 < to && (S->t[from].type == TY_DET || S->t[from].type == TY_NUM ||
	    tok_in(&S->t[from], SPAN_COUNTS)) &&
	    time_span_lead(1, S->t[from + 1].s, (size_t)S->t[from + 1].n))
		lead++;
	if (lead + 2 < to && (tok_in(&S->t[lead], lead_adv) ||
			      tok_in(&S->t[lead], TIME_SPAN_WORDS)) &&
	    (tok_has(&S->t[lead + 1], WF_PREP) || subordinator(&S->t[lead + 1])))
		from = lead + 1;
	/* shfront173: a person the dictionaries lack is the main subject too ("Unlike Egypt,
	 * John Okello has condemned ..."): the opener's actor is no doer of the main deed */
	if (from + 1 >= to || !(named_subject(S, to + 1) || counted_subject(S, to + 1) ||
				person_subject(S, to + 1) ||
				(quoted && pronoun_subject(S, to + 1))))
		return 0;
	const coder_tok *f = &S->t[from], *n = &S->t[from + 1];
	if (f->type == TY_ACTOR || f->type == TY_AGENT || f->type == TY_PRON)
		return 0;
	if (subordinator(f))
		return 1;
	/* reported41: a free relative put first ("Whoever stayed on the train, they killed",
	 * "Wherever they went, ..."), the fronted object or setting of the clause after it */
	for (int k = 0; ever[k]; k++)
		if (tok_is(f, ever[k]))
			return 1;
	/* "Asked whether", "Encouraged by"; "Unable to", "Determined to" */
	if (f->type != TY_DET && ((ends_with(f, "ED") && (tok_has(n, WF_PREP) ||
	    tok_has(n, WF_CLAUSE))) || (tok_is(n, "TO") && !tok_has(f, WF_PREP))))
		return 1;
	int prep = tok_has(f, WF_PREP) && !(tok_is(f, "AT") && (tok_is(n, "LEAST") ||
		   tok_is(n, "MOST")));   /* "At least 20 people were killed" is a clause */
	for (int k = 0; of_lead[k] && !prep; k++)
		prep = tok_is(f, of_lead[k]);
	if (!prep)
		return 0;
	int nested = 1;
	for (int i = from + 1; i < to && nested; i++)
		if (S->t[i].type == TY_VERB && sent_live(S, i))
			nested = nested_verb(S, from, i);
	return nested || syntax_root_after(S, to);
}

/* 1 when the opener [from, to) is an adverbial clause with a subject of its own before its
 * first verb ("As Kenya met Uganda,", not "When asked about ..."): its subject is never the
 * main clause's. */
static int own_subject(coder_sent *S, int from, int to)
{
	while (from < to && !sent_live(S, from))
		from++;
	if (from >= to || !subordinator(&S->t[from]))
		return 0;
	for (int i = from + 1; i < to && S->t[i].type != TY_VERB; i++)
		if (sent_live(S, i) && (S->t[i].type == TY_ACTOR || S->t[i].type == TY_AGENT ||
					S->t[i].type == TY_PRON))
			return 1;
	return 0;
}

/* 1 when the comma part [from, to) opens the sentence before its main clause: a lead-in
 * without a verb, a participial opener, or an adverbial one. */
static int opener(coder_sent *S, int from, int to)
{
	return news_lead_in(S, from, to) || participial_opener(S, from, to) ||
	       adverbial_opener(S, from, to);
}

/* 1 when token t opens a clause of time or reason ("after", "since", "because" ...), not a
 * contrast or concession ("while", "whereas", "as", "though", "although"): what it tells is
 * the setting of the main clause's deed. */
static int setting_word(const coder_tok *t)
{
	return subordinator(t) && !(tok_is(t, "WHILE") || tok_is(t, "WHEREAS") || tok_is(t, "AS") ||
				    tok_is(t, "THOUGH") || tok_is(t, "ALTHOUGH"));
}

/* clause112: 1 when the word at token i is followed by a named side's phrase (a determiner,
 * actor and agent words) and right after it a dictionary verb in a finite past or present
 * form ("as Uganda attacked", "while the army killed", "as the Kremlin said": clauseb113's
 * irregular past forms of news.c's list); shclause129: with agents, over the agent an actor's
 * phrase took in ("after Sudanese troops attacked": "troops" a literal of the phrase). */
static int named_subject_verb(coder_sent *S, int i, int agents)
{
	int side = 0, j = i + 1;
	while (j < S->nt && j <= i + 5 && sent_live(S, j) &&
	       (S->t[j].type == TY_DET || S->t[j].type == TY_ACTOR || S->t[j].type == TY_AGENT)) {
		side |= S->t[j].type != TY_DET;
		int e = S->t[j].type == TY_ACTOR && S->t[j].end > j ? S->t[j].end : j;
		if (agents && S->t[j].type == TY_ACTOR && S->t[j].actor >= 0)
			e = pattern_agent_end(S, &S->a[S->t[j].actor], e);
		j = e + 1;
	}
	if (!side || j >= S->nt || !sent_live(S, j) || S->t[j].type != TY_VERB || S->t[j].cap)
		return 0;
	const coder_tok *v = &S->t[j];
	return news_irregular_past(v) ||
	       (v->n > 3 && (tok_ends(v, "ED") || (v->s[v->n - 1] == 'S' && !tok_ends(v, "SS"))));
}

/* clause112: 1 when "as", "while" or "whereas" at token i (not the sentence's first word,
 * not "such as") is followed by a named side's phrase (a determiner, actor and agent words)
 * and right after it a dictionary verb in a finite past or present form ("Kenya spoke as
 * Uganda attacked Somalia", "... while the army killed rebels"): a contrast clause with a
 * subject of its own, whether or not the parse saw it (its "as" taken for a preposition).
 * Not "as Uganda's ally" (no verb next), "as fighting Uganda" (a form in -ING). clauseb113:
 * also an irregular past form of news.c's list ("as Uganda struck", "as the Kremlin said"). */
static int named_contrast(coder_sent *S, int i)
{
	static const char *const contrasts[] = { "AS", "WHILE", "WHEREAS", NULL };
	if (i < 2 || !tok_in(&S->t[i], contrasts) || S->t[i].cap || tok_is(&S->t[i - 1], "SUCH"))
		return 0;
	return named_subject_verb(S, i, 0);
}

/* shclause129: --shallow, 1 when the time or reason word at token i ("after", "before",
 * "when", "because"; "as", "while", "whereas" too, whose named_contrast stops at an actor's
 * agent; not "until", whose deed is still awaited, nor "since", whose deed background118's
 * golden records give the main subject; not the sentence's first words, not a capital) opens
 * a clause whose named side and verb follow (named_subject_verb, over the actor's agent):
 * "Kenya protested after Sudanese troops attacked Chad", "... when the army shelled the
 * town". Its subject is its own, no target of a verb before it. Not "after Kenya's talks" (no
 * verb next), "after attacking Chad" (no side). */
static int named_setting(coder_sent *S, int i)
{
	static const char *const settings[] = {
		"AFTER", "BEFORE", "WHEN", "BECAUSE", "AS", "WHILE", "WHEREAS", NULL
	};
	if (syntax_on(S) || i < 2 || !tok_in(&S->t[i], settings) || S->t[i].cap ||
	    tok_is(&S->t[i - 1], "SUCH"))
		return 0;
	return named_subject_verb(S, i, 1);
}

/* shdev3153: --shallow, 1 when "though" or "although" at token i (not the sentence's first
 * words, not a capital), right after a comma, opens a clause whose named side and finite verb
 * follow (named_subject_verb, over the actor's agent): "..., though Kenya refused to attend
 * the hearing". A concession with a subject of its own, as named_contrast's "while". Not
 * without the comma ("imposed sanctions on Syria although Russia objected": sense84's
 * records keep the one deed). */
static int named_concession(coder_sent *S, int i)
{
	static const char *const concede[] = { "THOUGH", "ALTHOUGH", NULL };
	if (syntax_on(S) || i < 2 || !tok_in(&S->t[i], concede) || S->t[i].cap ||
	    S->t[i - 1].cls != C_COMMA)
		return 0;   /* sense84: "imposed sanctions on Syria although Russia objected" */
	return named_subject_verb(S, i, 1);
}

/* 1 when token i opens an adverbial clause with a subject of its own after the clause it
 * hangs on (KHALDUN: SYNTAX): "..., while Canada imposed new tariffs", "..., as Tehran
 * rejected its offer", "..., though Kenya refused to attend the hearing". */
static int contrast_start(coder_sent *S, int i)
{
	if (i < S->nt && sent_live(S, i) &&
	    (named_contrast(S, i) || named_setting(S, i) || named_concession(S, i)))
		return 1;
	if (i >= S->nt || !sent_live(S, i) || !subordinator(&S->t[i]))
		return 0;
	int verb = 0;   /* a dictionary verb after it, or no need to parse */
	for (int j = i + 1; j < S->nt && !verb; j++)
		verb = sent_live(S, j) && S->t[j].type == TY_VERB;
	return verb && syntax_contrast_clause(S, i);
}

/* 1 when a dictionary verb lies in tokens [from, to). */
static int verb_in(coder_sent *S, int from, int to)
{
	for (int j = from; j < to; j++)
		if (S->t[j].type == TY_VERB)
			return 1;
	return 0;
}

/* 1 when a subordinating word ("after", "since", "although" ...) and then a dictionary verb
 * come before token to, or "if"/"unless" with any verb (the parse then asks for a side's
 * future deed after it: "if Europe follows through on ..., he will impose"): a comma there
 * may close an adverbial clause (cheap test before the parse is asked). */
static int adverbial_before(coder_sent *S, int to)
{
	for (int j = 0; j < to; j++) {
		if (tok_is(&S->t[j], "IF") || tok_is(&S->t[j], "UNLESS"))
			return 1;
		if (subordinator(&S->t[j]) && verb_in(S, j + 1, to))
			return 1;
	}
	return 0;
}

/* answer_verb's answerer when a definite noun with no actor names the side accused */
#define ANSWER_ACCUSED (-2)

/* KHALDUN: the verb of a comma part [from, to) that is a charge and the answer to it, a noun
 * and a reduced relative clause ("..., a charge New Delhi quickly rejected", "..., an
 * accusation the Kremlin denies"): the noun names the claim the main clause made, the actor
 * after it answers it. -1: not such a part. The clause codes its own event, the actor's,
 * towards the main clause's subject (the accuser), and no other verb of the part. Read from
 * the words alone, so --shallow, with no parse, keeps the answer too (charge54).
 * clause66: a relative clause of the whole main clause with a subject of its own and a verb
 * that denies or rejects ("..., which Asmara denied", "..., which the group has rejected")
 * answers it the same way; "..., which Uganda attended" is no answer. */
static int answer_verb(coder_sent *S, int from, int to, int *actor)
{
	static const char *const claim[] = { "CHARGE", "CHARGES", "ACCUSATION", "ACCUSATIONS",
		"ALLEGATION", "ALLEGATIONS", "CLAIM", "CLAIMS", "ASSERTION", "ASSERTIONS",
		"CHARACTERIZATION", "CHARACTERISATION", NULL };
	static const char *const refuse[] = { "DENIED", "DENIES", "DENY", "REJECTED", "REJECTS",
		"REJECT", "DISMISSED", "DISMISSES", "REFUTED", "REFUTES", "DISPUTED", "DISPUTES",
		NULL };
	int i = from;
	while (i < to && !sent_live(S, i))
		i++;
	int which = i < to && tok_is(&S->t[i], "WHICH");
	if (which)
		i++;
	else if (i < to && (tok_is(&S->t[i], "A") || tok_is(&S->t[i], "AN")))
		i++;
	int noun = which;
	for (int k = 0; i < to && claim[k] && !noun; k++)
		noun = tok_is(&S->t[i], claim[k]);
	if (!noun)
		return -1;
	if (!which)
		i++;
	int the = i < to && tok_is(&S->t[i], "THE");
	if (the)
		i++;
	if (i >= to || !sent_live(S, i))
		return -1;
	*actor = sent_actor_at(S, i);
	if (*actor < 0 && which && the) {
		/* "..., which the group denied": a definite noun no dictionary knows stands
		 * for the side the main clause accused (ANSWER_ACCUSED); at most three of its
		 * words, none a verb, a name or a clause word, before the verb */
		int n = 0;
		while (n < 3 && i + n < to && S->t[i + n].type != TY_VERB && !S->t[i + n].cap &&
		       isalpha((unsigned char)S->t[i + n].s[0]) &&
		       !tok_has(&S->t[i + n], WF_CLAUSE))
			n++;
		if (!n || i + n >= to || S->t[i + n].type != TY_VERB ||
		    !tok_in(&S->t[i + n], refuse))
			return -1;
		*actor = ANSWER_ACCUSED;
		return i + n;
	}
	if (*actor < 0)
		return -1;
	i = S->t[i].end > i ? S->t[i].end + 1 : i + 1;
	/* "a charge Afghan foreign ministry spokesperson Abdul Qahar Balkhi rejected": a title
	 * and the name after the answerer are the same person, the answerer (the name's own
	 * actor when a dictionary knows it) */
	for (int k = 0; k < 6 && i < to && (S->t[i].cap || S->t[i].type == TY_AGENT ||
	     S->t[i].type == TY_LIT) && S->t[i].type != TY_VERB; k++) {
		int a = S->t[i].type == TY_ACTOR && S->t[i].cap ? sent_actor_at(S, i) : -1;
		if (a >= 0)
			*actor = a;
		i = a >= 0 && S->t[i].end > i ? S->t[i].end + 1 : i + 1;
	}
	/* "has", "quickly", "has repeatedly": at most two words before the verb */
	for (int k = 0; k < 3 && i < to; k++, i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_VERB && sent_live(S, i))
			return !which || tok_in(t, refuse) ? i : -1;
		if (t->type == TY_ACTOR || t->type == TY_CONJ || t->type == TY_PRON ||
		    t->cls == C_COMMA || tok_has(t, WF_CLAUSE) || tok_has(t, WF_NEG))
			return -1;
	}
	return -1;
}

/* 1 when t is a modal of the future ("will", "would", "shall") */
static int future_modal(const coder_tok *t)
{
	return tok_is(t, "WILL") || tok_is(t, "WOULD") || tok_is(t, "SHALL");
}

/* 1 when the comma part [from, to) opens with AND or BUT (not a compound's) and holds a verb
 * of its own before any other conjunction or clause word: a coordinated clause ("..., and
 * Afghan forces returned fire", "..., but Tokyo rejected the criticism"). A part without a
 * verb ("..., and China") is a list's last member; "..., and to curb" a purpose. */
static int coordinated_clause(coder_sent *S, int from, int to)
{
	while (from < to && !sent_live(S, from))
		from++;
	if (from >= to || S->t[from].type != TY_CONJ || S->t[from].in_compound_conj ||
	    !(tok_is(&S->t[from], "AND") || tok_is(&S->t[from], "BUT")))
		return 0;
	for (int i = from + 1; i < to; i++) {
		if (sent_live(S, i) && S->t[i].type == TY_VERB)
			return !tok_is(&S->t[i - 1], "TO");   /* "..., and to curb": a purpose */
		/* "..., but we will not allow violent disturbances": a refusal vowed is the
		 * clause's own deed */
		if (tok_has(&S->t[i], WF_NEG) && i > from + 1 && future_modal(&S->t[i - 1]))
			continue;
		/* "..., but if convicted": a condition; "..., but don't think X should": the
		 * deed is another's, denied */
		if ((S->t[i].type == TY_CONJ && !S->t[i].in_compound_conj) ||
		    tok_has(&S->t[i], WF_CLAUSE) || tok_has(&S->t[i], WF_NEG))
			return 0;
	}
	return 0;
}

/* clause82: --shallow, 1 when the comma part [from, to) is a clause coordinated by BUT
 * (coordinated_clause) whose verb is a deed of its own: ", but his mission criticized it".
 * Deleted as an aside, the verb before it searched on into the words after it for a target.
 * Not "but there is ..." (a state, no deed) nor a part whose verb is arrive or come (",
 * but help arrived from ...": a list of places, no side's deed on them), nor a part that
 * closes a quotation ('..., but the strikes go on," X said'): left to the aside rule, so
 * that the attribution after it stays chained and kept. */
static int shallow_but_clause(coder_sent *S, int from, int to)
{
	static const char *const move[] = { "ARRIVE", "ARRIVES", "ARRIVED", "ARRIVING", "COME",
		"COMES", "CAME", "COMING", NULL };
	int f = from;
	while (f < to && !sent_live(S, f))
		f++;
	if (f + 1 >= to || (to + 1 < S->nt && S->t[to + 1].cls == C_QUOTE) ||
	    !tok_is(&S->t[f], "BUT") || tok_is(&S->t[f + 1], "THERE") ||
	    !coordinated_clause(S, from, to))
		return 0;
	for (int i = f + 1; i < to; i++)
		if (sent_live(S, i) && S->t[i].type == TY_VERB)
			return !tok_in(&S->t[i], move);
	return 0;
}

/* shdev3153: --shallow, 1 when the comma part [from, to) after the main clause opens with a
 * word of concession or contrast ("though", "although": named_concession; "while", "whereas",
 * "as": named_contrast) and a named side with a finite verb of its own: "The case went before
 * the court in March, though Kenya refused to attend the hearing", "..., while Ethiopia
 * accused Egypt of sabotage". The clause is a deed of its own, as the parse path's
 * contrast_start keeps it; deleted as an aside, it was lost. Not a part that closes a
 * quotation ('..., though Kenya refused," X said'), left to the attribution rules, nor one
 * with no named subject ("..., though talks continued"). */
static int shallow_contrast_clause(coder_sent *S, int from, int to)
{
	int f = from;
	while (f < to && !sent_live(S, f))
		f++;
	if (f + 2 >= to || (to + 1 < S->nt && S->t[to + 1].cls == C_QUOTE))
		return 0;
	return named_concession(S, f) || (!syntax_on(S) && named_contrast(S, f));
}

/* 1 when the comma part [from, to) opening the sentence is a condition ("If Israel
 * attacks,", "Unless the sanctions end,") and the part after it, from token next on, opens
 * with a named side, a future modal and a dictionary verb ("Iran will strike"), or with a
 * named side that says, warns or vows that it (or a side named) will do it ("Iran said it
 * will strike back", shallow49; 2 then): the side's future deed on that condition is the
 * sentence's threat or promise, whatever the parse made of the condition's words (cond49:
 * "attacks", "end" tagged nouns), and --shallow, with no parse, keeps it so too. */
static int condition_then_deed(coder_sent *S, int from, int to, int next)
{
	static const char *const say[] = { "SAID", "SAYS", "WARNED", "WARNS", "VOWED", "VOWS",
		"ANNOUNCED", "DECLARED", "INSISTED", NULL };
	while (from < to && !sent_live(S, from))
		from++;
	if (from >= to || !(tok_is(&S->t[from], "IF") || tok_is(&S->t[from], "UNLESS")))
		return 0;
	while (next < S->nt && (!sent_live(S, next) || S->t[next].type == TY_DET))
		next++;
	if (!named_subject(S, next))
		return 0;
	int i = S->t[next].end > next ? S->t[next].end + 1 : next + 1;
	int reported = i < S->nt && tok_in(&S->t[i], say);
	if (reported) {
		/* the deed reported: "said (that) it will", "warned that Iran would" */
		i += 1 + (i + 1 < S->nt && tok_is(&S->t[i + 1], "THAT"));
		if (i < S->nt && S->t[i].type == TY_PRON)
			i++;
		else if (named_subject(S, i))
			i = S->t[i].end > i ? S->t[i].end + 1 : i + 1;
		else
			return 0;
	}
	if (i >= S->nt || !(future_modal(&S->t[i]) || tok_is(&S->t[i], "'LL")))
		return 0;
	i++;
	if (i < S->nt && tok_has(&S->t[i], WF_NEG))
		i++;
	return i < S->nt && sent_live(S, i) && S->t[i].type == TY_VERB ? 1 + reported : 0;
}

/* The verbs of an inverted speech tag ('"...," said Charles Brown'): named_speaker and
 * speech_tag_part. quotespk152: "tweeted" too ('"...," tweeted Asli Aydintasbas, a senior
 * fellow at ...'). */
static const char *const tag_say[] = { "SAID", "SAYS", "ADDED", "WROTE", "TWEETED", NULL };

/* named60: 1 when the words before comma c are an inverted speech verb and the speaker's
 * bare name ('"...," said Charles Brown, commander of ...'): a closing quote (and comma),
 * then "said" (says, added, wrote), then one to five capitalised words (without the quote,
 * the words before may be the speaker's own clause). The comma part after such a name is
 * its apposition, the speaker's post, which gives the side. heldout128: the name may be an
 * actor the dictionary knows ('said Bola Tinubu, Nigeria's president'): the post is still
 * the same speaker, not a second side after the verb that cannot have spoken. */
static int named_speaker(const coder_sent *S, int c)
{
	int i = c - 1, n = 0;
	while (i > 0 && n < 6 && (S->t[i].cap || S->t[i].cls != C_WORD) &&
	       S->t[i].cls != C_COMMA && S->t[i].cls != C_QUOTE &&
	       S->t[i].type != TY_PRON && !tok_in(&S->t[i], tag_say)) {
		n += S->t[i].cls == C_WORD;
		i--;
	}
	return n >= 1 && n <= 5 && i > 0 && tok_in(&S->t[i], tag_say) &&
	       (S->t[i - 1].cls == C_QUOTE ||
		(i > 1 && S->t[i - 1].cls == C_COMMA && S->t[i - 2].cls == C_QUOTE));
}

/* place90: 1 when the comma part [from, to) is an inverted speech tag with no quotation
 * mark: "said" (says, added, wrote), then one to five capitalised words that name no actor
 * and end the part ('..., said Ann Chong' before her post). After a quote, named60 and
 * shquote80 decide. */
static int speech_tag_part(const coder_sent *S, int from, int to)
{
	int i = from;
	if (i >= to || !tok_in(&S->t[i], tag_say))
		return 0;
	int n = 0;
	for (i++; i < to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || !t->cap || t->type == TY_ACTOR || t->type == TY_PRON ||
		    t->type == TY_VERB || t->actor >= 0)
			return 0;
		n++;
	}
	return n >= 1 && n <= 5;
}

static int post_words(const coder_sent *S, int c);

/* place90: 1 when the words from lo up to the next comma are an inverted speech tag
 * (speech_tag_part) and the words after that comma the speaker's post (post_words): the
 * tag's clause has its own subject, the speaker, never the one before. */
static int speech_tag_at(const coder_sent *S, int lo)
{
	int c = lo;
	while (c < S->nt && S->t[c].cls != C_COMMA)
		c++;
	return c < S->nt && speech_tag_part(S, lo, c) && post_words(S, c);
}

/* named60: 1 when comma c ends an inverted speech verb's bare name and opens its
 * apposition, a post with no verb up to the next comma: not a clause (", adding ...", ",
 * who previously worked for ...", "a lecturer focusing on ...": the actors there are the
 * clause's, not the speaker's side) nor a conjunction's part, nor a tie to another side
 * ("a critic of the government"). */
/* 1 when the comma part after comma c, up to the next comma, reads as a post: no verb, no
 * participle in -ing, no conjunction or relative word opening it, no tie to another side
 * (shared by the speaker's post and the opening name's post, shpronoun72). */
static int post_words(const coder_sent *S, int c)
{
	if (c + 1 >= S->nt || S->t[c + 1].type == TY_CONJ || tok_has(&S->t[c + 1], WF_REL))
		return 0;
	for (int i = c + 1; i < S->nt && S->t[i].cls != C_COMMA; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_VERB || (!t->cap && t->n > 4 && tok_ends(t, "ING")))
			return 0;
		for (int k = 0; OTHER_SIDE[k]; k++)   /* "a critic of the government" */
			if (t->n >= (int)strlen(OTHER_SIDE[k]) &&
			    !strncasecmp(t->s, OTHER_SIDE[k], strlen(OTHER_SIDE[k])))
				return 0;
	}
	return 1;
}

int clause_speaker_post(const coder_sent *S, int c)
{
	return post_words(S, c) && named_speaker(S, c);
}

/* 1 when token t can be a word of a bare name, one no dictionary codes: capitalised, no
 * actor, pronoun, verb, preposition or lead-in word ("Peter", "Mwangi"; not "Kenya", "In"). */
static int bare_name_word(const coder_tok *t)
{
	return t->cls == C_WORD && t->cap && t->type != TY_ACTOR && t->type != TY_PRON &&
	       t->type != TY_VERB && t->actor < 0 && !tok_has(t, WF_PREP) &&
	       !tok_has(t, WF_LEAD);
}

/* shfront173: 1 when the words [start, c) are a bare name of one to five words
 * (bare_name_word) and no lead-in ("Meanwhile", "In Washington"). */
static int bare_name_part(coder_sent *S, int start, int c)
{
	if (c - start < 1 || c - start > 5 || news_lead_in(S, start, c))
		return 0;
	for (int i = start; i < c; i++)
		if (!bare_name_word(&S->t[i]))
			return 0;
	return 1;
}

/* shpronoun72: --shallow, 1 when the sentence opens with a bare name (one to five capitalised
 * words, no actor, pronoun or verb) and comma c, its first, opens that name's post naming an
 * actor ("Peter Mwangi, Kenya's finance minister, visited Beijing"): the post is the
 * subject's side, as the parse path's apposition (syn_appos_actor) makes it; deleted as an
 * aside, the shallow rules took the verb's object for the source. shfront173: the name may
 * open the main clause after an opener, at start ("Unlike Egypt, Peter Mwangi, ..."). */
static int opening_name_post(coder_sent *S, int start, int c, int to)
{
	if (syntax_on(S) || !post_words(S, c) || !bare_name_part(S, start, c) ||
	    (tok_has(&S->t[c + 1], WF_PREP) && !tok_is(&S->t[c + 1], "OF")))
		return 0;   /* not "Meanwhile, in Washington, ..." */
	for (int i = c + 1; i < to; i++)
		if (sent_actor_at(S, i) >= 0)
			return 1;
	return 0;
}

/* shappos163: --shallow, 1 when comma c follows an event verb's object that is a bare name
 * naming no actor (one to five capitalised words, one of them a word nothing knows) and opens
 * that name's post naming an actor and a person's role up to `to` ("Nigeria criticized Kwame
 * Osei, the foreign minister of Ghana, on Tuesday", "police arrested Ama Boateng, a Ghanaian
 * opposition activist,"): the post is the object's side, as the parse path's apposition
 * (syn_appos_actor) makes it, and as opening_name_post keeps the subject's. Not a post with
 * no role noun ("visited Kumasi, Ghana's second city": a place; ", 54,": an age; a date). */
static int object_name_post(const coder_sent *S, int c, int to)
{
	if (syntax_on(S) || c < 2 || !post_words(S, c) ||
	    (tok_has(&S->t[c + 1], WF_PREP) && !tok_is(&S->t[c + 1], "OF")))
		return 0;
	int i = c - 1, unknown = 0;
	for (; i >= 0 && c - i <= 5 && bare_name_word(&S->t[i]); i--)
		unknown |= news_unknown_name_word(S, i);
	if (i < 0 || i == c - 1 || !unknown || S->t[i].type != TY_VERB || !sent_live(S, i) ||
	    S->t[i].cap || tok_in(&S->t[i], tag_say) ||
	    (i > 0 && (S->t[i - 1].cls == C_QUOTE || S->t[i - 1].cls == C_COMMA)))
		/* '"...," warned Asli Aydintasbas, a senior fellow at ...': the speaker */
		return 0;
	/* the post's head, the word before its first preposition or "of", names a person or
	 * body: an agent or a word of an actor's phrase ("the foreign minister of Ghana", "a
	 * Ghanaian opposition activist"; not "the military airfield 15 miles north of Kabul");
	 * a post that opens with "of" names the body ("of the Lashkar-e-Taiba group") */
	int h = c + 1;
	while (h < to && !tok_has(&S->t[h], WF_PREP) && !tok_is(&S->t[h], "OF"))
		h++;
	const coder_tok *head = &S->t[h - 1];
	if (h > c + 1 && head->type != TY_AGENT && head->type != TY_LIT &&
	    head->type != TY_ACTOR)
		return 0;
	for (int k = c + 1; k < to; k++)
		if (S->t[k].type == TY_ACTOR && S->t[k].actor >= 0)
			return 1;
	return 0;
}

/* source65: 1 when the comma part after comma c is an aside on some of the members of the
 * noun phrase before c ("thousands of people, many waving Palestinian flags, massed", ",
 * some carrying signs,", ", most of them students,"): a quantifier pronoun, then a
 * participle in -ing or -ed or "of". Its words (the flags' country) are none of the doers'
 * side; the phrase before it is the subject (also read by news.c's describing_part). */
int clause_members_aside(const coder_sent *S, int c)
{
	static const char *const quant[] = { "MANY", "SOME", "MOST", "SEVERAL", "FEW", "ALL",
		"BOTH", NULL };
	if (c + 2 >= S->nt || !tok_in(&S->t[c + 1], quant))
		return 0;
	const coder_tok *t = &S->t[c + 2];
	return tok_is(t, "OF") ||
	       (!t->cap && t->n > 4 && (tok_ends(t, "ING") || tok_ends(t, "ED")));
}

/* shclause123: --shallow, 1 when the part after ", and" that opens at f (past "the") is a
 * clause whose subject is a bare agent phrase, a group no dictionary names, its verb right
 * after it over auxiliaries and adverbs ("Rebels attacked a police station, and police
 * arrested three men", "..., and soldiers later killed the attackers"): its deed is that
 * group's, coded beside the first clause's. Up to two lower-case adjectives may open the
 * phrase ("and riot police fired"); a capitalised agent (a title before a name), an -ing or
 * "to" verb and a verb whose object is a pronoun ("and troops expelled them") are left alone. */
static int agent_subject_clause(const coder_sent *S, int f, int to)
{
	for (int n = 0; n < 2 && f < to && S->t[f].type == TY_ADJ && !S->t[f].cap; n++)
		f++;
	if (f >= to || S->t[f].type != TY_AGENT || S->t[f].cap || S->t[f].end < f ||
	    S->t[f].end + 1 >= to || !actors_verb_after(S, S->t[f].end + 1))
		return 0;
	/* "..., and troops expelled them": an object pronoun the token path resolves to an
	 * earlier actor of the sentence (the place of the first clause), left alone */
	for (int v = S->t[f].end + 1; v < to && v <= S->t[f].end + 4; v++)
		if (S->t[v].type == TY_VERB)
			return !(v + 1 < to && S->t[v + 1].type == TY_PRON);
	return 1;
}

/* clause84: 1 when the comma part [from, to) is a main clause with a subject of its own: after
 * a semicolon, or (--shallow; the parse path has coordinated_clause) after ", and", a named
 * actor (THE may stand before it) that a verb follows (actors_subject_verb): "Kenya praised
 * China; Ghana condemned Togo", "..., and Ghana condemned Togo". Deleted as an aside, its deed
 * was lost. Not a part that closes a quotation ('..., and Ghana condemned Togo," X said'),
 * left to the attribution rules, nor a list after a semicolon (no verb). shandadj123: after
 * ", and", the verb after a nationality's actor and its agent ("..., and Thai troops shelled
 * Cambodian positions", "..., and the Malian army attacked rebels": shandthe123). */
static int own_subject_clause(coder_sent *S, int from, int to)
{
	int f = from;
	while (f < to && !sent_live(S, f))
		f++;
	if (from < 1 || f + 1 >= to || (to + 1 < S->nt && S->t[to + 1].cls == C_QUOTE))
		return 0;
	int semi = S->c->sentence.p[S->t[from - 1].ostart] == ';';
	if (!semi && (syntax_on(S) || !tok_is(&S->t[f], "AND") || S->t[f].in_compound_conj))
		return 0;
	if (!semi)
		f++;
	int the = f < to && tok_is(&S->t[f], "THE");
	f += the;
	int a = f < to && S->t[f].type == TY_ACTOR ? S->t[f].actor : -1;
	if (a < 0 && !semi)
		return agent_subject_clause(S, f, to);
	if (a < 0 || S->a[a].pos != f || S->a[a].end + 1 >= to)
		return 0;
	/* shandadj123: "..., and Thai troops shelled": the verb after the adjective's agent;
	 * shandthe123: after THE too ("..., and the Malian army attacked"; find_source reads
	 * the actor over THE as the clause's own opener, so no place before is its source) */
	int e = semi ? S->a[a].end : pattern_agent_end(S, &S->a[a], S->a[a].end);
	return e + 1 < to && actors_verb_after(S, e + 1);
}

/* addclause118: 1 when token i is a speech tail's participle that the dictionary codes no
 * verb of its own, after a comma and before "that" ("Rebels attacked a police station, the
 * governor said, adding that soldiers killed three militants"): the clause after it is a
 * statement of its own, whose deed ("soldiers killed") is coded beside the first clause's
 * (in one clause, only the first deed was). A tail the dictionary codes ("saying") opens
 * its own clause already (news_keeps); without "that" ("adding to the strain") no clause. */
static int speech_tail_clause(const coder_sent *S, int i)
{
	return i > 0 && i + 1 < S->nt && S->t[i - 1].cls == C_COMMA &&
	       tok_in(&S->t[i], SPEECH_TAIL_INGS) &&
	       tok_is(&S->t[i + 1], "THAT");
}

/* negquote129: 1 when the comma part after the one comma c opens (the speaker's post) is the
 * sentence's last and a phrase with no verb that opens with a preposition or is a bare time phrase
 * (news_lead_in: ', on Monday.', ', in Abuja.'). */
static int time_tail(coder_sent *S, int c)
{
	int i = c + 1;
	while (i < S->nt && S->t[i].cls != C_COMMA)
		i++;
	int end = S->nt;
	while (end > i + 1 && S->t[end - 1].cls != C_WORD)
		end--;
	for (int j = i + 1; j < end; j++)
		if (S->t[j].cls == C_COMMA)
			return 0;
	return i + 1 < end && news_lead_in(S, i + 1, end);
}

/* placeaside150: 1 when token i of an aside opening with participle p is a place where the
 * subject was, no side: the participle one of speaking or being somewhere (PRESENCE_INGS), the
 * token a country or capital actor right after "in", "at" or "from" ("The president, speaking
 * in Kabul, criticized ...", "..., speaking at a news conference in Nairobi, ..."). */
static int aside_place(const coder_sent *S, int p, int i)
{
	static const char *const where[] = { "IN", "AT", "FROM", NULL };
	int a = sent_actor_at(S, i);
	if (a < 0 || S->t[i].type != TY_ACTOR || !tok_in(&S->t[p], PRESENCE_INGS) ||
	    i <= p + 1 || !tok_in(&S->t[i - 1], where) || S->a[a].ncodes < 1)
		return 0;
	/* a country ("in Somalia") or a capital the dictionary codes as its government
	 * ("in Kabul": AFGGOV, a metonym where no place is meant) */
	size_t n = strlen(S->a[a].codes[0]);
	return n == 3 || (n == 6 && !strcmp(S->a[a].codes[0] + 3, "GOV"));
}

/* ingaside148: 1 when comma part k ([from, to), an -ing participle opening it) is the second
 * of the sentence, between an opening phrase with no dictionary verb and a finite verb right
 * after its closing comma, an auxiliary perhaps before it ("Rebels, using heavy weapons,
 * attacked a police post", "Police, acting on a tip, have raided ..."): an aside on the
 * opening phrase, which stays the verb's subject, no clause of its own. Not a part after a
 * clause ("The army shelled the town, killing five, ..."), nor one naming a side ("The
 * Polish minister, visiting Kyiv, promised ...": a deed of its own with that side).
 * placeaside150: nor the third part after a lead-in with no verb and a subject with none
 * ("On Monday, rebels, using heavy weapons, attacked ..."); a place where the subject spoke
 * (aside_place) names no side. */
static int subject_ing_aside(coder_sent *S, int k, int nc, int first_comma, int from, int to)
{
	if (k >= nc || k < 1 || k > 2 || verb_in(S, 0, first_comma))
		return 0;
	if (k == 2 && (!S->t[first_comma].clause_break || !news_lead_in(S, 0, first_comma) ||
		       verb_in(S, first_comma + 1, from - 1)))
		return 0;
	int p = from;
	while (p < to && !sent_live(S, p))
		p++;
	for (int i = from; i < to; i++)
		if ((sent_actor_at(S, i) >= 0 && !aside_place(S, p, i)) ||
		    S->t[i].type == TY_AGENT)
			return 0;   /* "visiting Kyiv", "speaking after talks with X": a deed */
	int v = to + 1;
	while (v < S->nt && (S->t[v].type == TY_AUX || tok_has(&S->t[v], WF_AUX)))
		v++;
	/* a verb of speech after it ("Two officers, speaking on condition of anonymity, said")
	 * is left to the rules of speakers and their asides (boiler54, speaking53) */
	return v < S->nt && S->t[v].type == TY_VERB && !ends_with(&S->t[v], "ING") &&
	       !tok_in(&S->t[v], SPEECH_WORDS);
}

/* The next live token from i on, S->nt when none. */
static int next_live(const coder_sent *S, int i)
{
	while (i < S->nt && !sent_live(S, i))
		i++;
	return i;
}

/* 1 when token i is a live dictionary verb that can be a clause's own finite verb: no -ing
 * form (a participle's clause has rules of its own). */
static int bare_finite_verb(const coder_sent *S, int i)
{
	return i < S->nt && sent_live(S, i) && S->t[i].type == TY_VERB &&
	       !tok_ends(&S->t[i], "ING");
}

/* coordv171: 1 when a verb in -ED and one in -S meet: no list of one subject's deeds
 * ("reinforced intelligence and supplies to French forces": an adjective and a noun). */
static int tense_clash(const coder_tok *a, const coder_tok *b)
{
	return (tok_ends(a, "ED") && tok_ends(b, "S")) || (tok_ends(a, "S") && tok_ends(b, "ED"));
}

/* coordv171: 1 when the clause before comma c puts its verb in a scope that the verbs listed
 * after the comma share in their bare form: TO and a verb ("asked NATO to help patrol its
 * airspace, share intelligence and increase patrols": what was asked, no deeds of the
 * subject), a modal, a negation or DO ("did not criticize Uganda, praise Tanzania or
 * threaten Somalia"): the existing rules of modal scope and negation stand, the list is left
 * as it was. */
static int verb_scope_before(const coder_sent *S, int c)
{
	static const char *const dos[] = { "DO", "DOES", "DID", NULL };
	for (int i = c - 1; i >= 0 && !S->t[i].clause_break; i--) {
		if (!sent_live(S, i))
			continue;
		if (tok_has(&S->t[i], WF_MODAL | WF_NEG) || tok_in(&S->t[i], dos) ||
		    (i > 0 && S->t[i].type == TY_VERB && tok_is(&S->t[i - 1], "TO")))
			return 1;
	}
	return 0;
}

/* coordv171: 1 when comma part [from, to) is a middle member of a list of verbs that share the
 * sentence's subject ("Kenya criticized Uganda, praised Tanzania and threatened Somalia"): it
 * opens with a finite verb, a verb stands before its comma, and the list closes with AND or
 * OR and a finite verb before any subordinate or relative clause. Deleted as an aside, the
 * part took the closing member with it and only the first verb was coded. Not a participle
 * with its agent (", backed by Tanzania and joined by ..."). */
static int verb_list_member(coder_sent *S, int from, int to)
{
	int f = next_live(S, from);
	if (f >= to || !bare_finite_verb(S, f) || !verb_in(S, 0, from - 1) ||
	    verb_scope_before(S, from - 1))
		return 0;
	int n = next_live(S, f + 1);
	if (n < S->nt && tok_is(&S->t[n], "BY"))
		return 0;
	for (int j = n; j < S->nt; j++) {
		if (tok_has(&S->t[j], WF_CLAUSE | WF_SUB) || relative_start(S, j))
			return 0;
		if (sent_live(S, j) && S->t[j].type == TY_CONJ && !S->t[j].in_compound_conj &&
		    tok_in(&S->t[j], AND_OR_WORDS)) {
			int v = next_live(S, j + 1);
			return bare_finite_verb(S, v) && !tense_clash(&S->t[f], &S->t[v]);
		}
	}
	return 0;
}

/* coordv171: 1 when the comma part from token from opens with AND or OR and a finite verb and
 * the part before it is a member of a list of verbs (verb_list_member): ", praised Tanzania,
 * and threatened Somalia" closes the list (--shallow deleted it as an aside). */
static int verb_list_close(coder_sent *S, int from)
{
	int c = from - 2;
	while (c > 0 && !(S->t[c].cls == C_COMMA && !S->t[c].in_compound_conj))
		c--;
	int f = next_live(S, from);
	return c > 0 && f < S->nt && S->t[f].type == TY_CONJ && tok_in(&S->t[f], AND_OR_WORDS) &&
	       bare_finite_verb(S, next_live(S, f + 1)) && verb_list_member(S, c + 1, from - 1);
}

/* shcond173 (--shallow): 1 when comma part k, after the main clause, opens a contrast clause
 * whose subject an aside cuts from its verb: "while"/"whereas" and two words or more with no
 * verb, then a part with no verb (the aside), then a part that opens with a dictionary verb
 * (", while Prime Minister Abe, in addition to his own condemnation, stated that ..."). The
 * three parts are one clause, deleted together as the short form's ", while Abe stated ..."
 * is: chained one by one, the aside stayed between the main verb and the end. */
static int contrast_aside(coder_sent *S, const int *commas, int nc, int k)
{
	static const char *const contrasts[] = { "WHILE", "WHEREAS", NULL };
	if (k < 1 || k + 2 > nc || syntax_on(S))
		return 0;
	int from = commas[k - 1] + 1, to = commas[k];
	int f = next_live(S, from);
	if (f + 2 > to || S->t[f].cap || !tok_in(&S->t[f], contrasts) || verb_in(S, from, to) ||
	    verb_in(S, to + 1, commas[k + 1]))
		return 0;
	int end = k + 2 < nc ? commas[k + 2] : S->nt;
	int v = next_live(S, commas[k + 1] + 1);
	return v < end && S->t[v].type == TY_VERB;
}

/* The news rules that keep comma clause k of nc+1 ([from, to)) from deletion: KEEP_NONE
 * (none applies), KEEP_CLAUSE, KEEP_AND_RESET (kept, and it opens a fresh chain) or
 * KEEP_AS_ASIDE. */
static int news_keeps(coder_sent *S, int k, int nc, int from, int to, int first_comma,
		      int prev_deleted)
{
	/* a lead-in without a verb ("According to the ministry,", "On Monday,", "Meanwhile,")
	 * is a clause of its own, so the main clause keeps its subject */
	if (k == 0 && to < S->nt && news_lead_in(S, from, to)) {
		S->t[to].clause_break = 1;
		return KEEP_CLAUSE;
	}
	/* generic86: a second lead-in right after the first ("In Thailand, for example,
	 * people visit ..."), deleted as an aside, took the first one's break with it, and the
	 * place became the subject: it is a clause of its own too, and the part after it is
	 * kept as after an aside ("Meanwhile, in Washington, three senators - A, B and C -
	 * led ..."). A capitalised word in -ly there is a name ("Willy"), no adverb. */
	const coder_tok *f1 = &S->t[from];
	if (k == 1 && to < S->nt && S->t[from - 1].clause_break == 1 &&
	    (!f1->cap || tok_has(f1, WF_PREP) || tok_has(f1, WF_LEAD)) &&
	    news_lead_in(S, from, to)) {
		S->t[to].clause_break = 1;
		return KEEP_AS_ASIDE;
	}
	/* "Speaking to reporters, the minister accused ...", "Before the meeting to discuss the
	 * plan, Kenya condemned ...": a participial or adverbial opener is a clause of its own,
	 * so the main clause after it is kept and keeps its subject */
	if (k == 0 && to < S->nt) {
		/* opener() less its lead-in, just found false: each test once */
		int participial = participial_opener(S, from, to);
		int adverbial = !participial && adverbial_opener(S, from, to);
		if (participial || adverbial) {
			S->t[to].clause_break = participial && ing_opener(S, from, to) ?
						OPENER_ING :
						!adverbial ? 1 : own_subject(S, from, to) ?
						OPENER_OWN : OPENER_END;
			return KEEP_CLAUSE;
		}
	}
	/* whether the first part is an opener (-1: not yet asked), asked at most once a call:
	 * the tokens it reads change only between calls (a part deleted); asked only where a
	 * rule needs it, since it may parse the sentence */
	int lead = -1;
	/* "Threatening to kill the hostages, BLA demanded the release of prisoners, missing
	 * persons, and ...": the part right after a lead-in or opener holds the main clause
	 * when it has a verb, wherever the commas after it fall */
	if (k == 1 && (lead = opener(S, 0, first_comma)))
		for (int i = from; i < to; i++)
			if (S->t[i].type == TY_VERB && sent_live(S, i))
				return KEEP_CLAUSE;
	/* source65: "On Monday, thousands of people, many waving Palestinian flags, massed":
	 * a middle part without a verb before an aside on some of its members is the
	 * subject, kept, so that the aside after it is the part left out (chained, the aside
	 * would stay and lend its flags' country to the doers) */
	if (k > 0 && k + 1 < nc && !verb_in(S, from, to) && clause_members_aside(S, to))
		return KEEP_CLAUSE;
	/* "Egypt's ally, Saudi Arabia, criticized": the name in apposition to a tie noun is
	 * the side (actors.c, tie_owners), no aside */
	if (k > 0 && from >= 2 && actors_tie_noun(&S->t[from - 2])) {
		int f = from < to && S->t[from].type == TY_DET ? from + 1 : from;
		if (f < to && S->t[f].type == TY_ACTOR && S->t[f].actor >= 0 &&
		    S->a[S->t[f].actor].end + 1 == to)
			return KEEP_CLAUSE;
	}
	/* aside152: "On Monday, Somali militants, firing rockets, attacked a police station":
	 * the part between a lead-in and an -ing aside that subject_ing_aside takes (third
	 * part) is the subject, kept; deleted as a middle part of two or more words, it kept
	 * the aside by the chain, and the aside coded the deed ("firing" rockets, the target
	 * the doer) while "militants" alone, too short to delete, left the aside deleted */
	if (k == 1 && k + 1 < nc && !verb_in(S, from, to)) {
		int to2 = to + 1, f = to + 1;
		while (to2 < S->nt && !(S->t[to2].cls == C_COMMA && !S->t[to2].in_compound_conj))
			to2++;
		while (f < to2 && !sent_live(S, f))
			f++;
		if (to2 < S->nt && f < to2 && S->t[f].type == TY_VERB && S->t[f].n > 4 &&
		    !memcmp(S->t[f].s + S->t[f].n - 3, "ING", 3) &&
		    subject_ing_aside(S, 2, nc, first_comma, to + 1, to2))
			return KEEP_CLAUSE;
	}
	/* ", expressing appreciation to Turkey": a participial clause is an event of the
	 * sentence's subject, not an aside */
	if (k > 0) {
		int f = from;
		while (f < to && !sent_live(S, f))
			f++;
		if (f < to && S->t[f].type == TY_VERB && S->t[f].n > 4 &&
		    !memcmp(S->t[f].s + S->t[f].n - 3, "ING", 3) &&
		    !subject_ing_aside(S, k, nc, first_comma, from, to)) {
			S->t[from - 1].clause_break = 1;
			return KEEP_AND_RESET;
		}
	}
	/* coordv171: ", praised Tanzania and threatened Somalia": a member of a list of verbs,
	 * the sentence's next clause (its subject the first verb's) */
	if (k > 0 && (verb_list_member(S, from, to) || verb_list_close(S, from))) {
		S->t[from - 1].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* addclause118: ", adding that soldiers killed three militants": a further statement,
	 * no aside (its tail word bounds its clause: clause_bounds) */
	if (k > 0 && speech_tail_clause(S, from))
		return KEEP_AND_RESET;
	/* named60: '"...," said Charles Brown, commander of U.S. forces': the last part is the
	 * apposition of the speaker's bare name, his post, kept with the part of the verb and
	 * name so that its actor is the speaker's side, as when the name and post come before
	 * the verb */
	if (k > 0 && ((k == nc && clause_speaker_post(S, from - 1)) ||
		      (k == nc - 1 && clause_speaker_post(S, to))))
		return KEEP_CLAUSE;
	/* negquote129: '"...," said Bola Tinubu, Nigeria's president, on Monday': a phrase of
	 * time or place with no verb after the post (news_lead_in) does not hide the speaker */
	if (k > 0 && ((k == nc - 1 && clause_speaker_post(S, from - 1) &&
		       time_tail(S, from - 1)) ||
		      (k == nc - 2 && clause_speaker_post(S, to) && time_tail(S, to))))
		return KEEP_CLAUSE;
	/* shpronoun72: "Peter Mwangi, Kenya's finance minister, visited ...": the opening
	 * name's post, kept as the subject's side (shallow) */
	if (k == 1 && k < nc && from - 1 == first_comma && opening_name_post(S, 0, first_comma, to))
		return KEEP_CLAUSE;
	/* shfront173: --shallow, "Unlike Egypt, Peter Mwangi, a lawyer, condemned ...": the bare
	 * name after an opener is the main clause's subject, kept (deleted as a middle part it
	 * took the opener's break with it, and the opener's actor became the doer); its post
	 * is kept as the name's side when it names an actor, as shpronoun72's */
	if (!syntax_on(S) && k == 1 && k < nc && lead > 0 && bare_name_part(S, from, to))
		return KEEP_CLAUSE;   /* lead: asked above for every k == 1 */
	if (k == 2 && k < nc && opening_name_post(S, first_comma + 1, from - 1, to) &&
	    opener(S, 0, first_comma))
		return KEEP_CLAUSE;
	/* shappos163: "criticized Kwame Osei, the foreign minister of Ghana, ...": the
	 * object's post, kept as the object's side (shallow) */
	if (k > 0 && object_name_post(S, from - 1, to))
		return KEEP_CLAUSE;
	/* ", and security forces arrested ten men": a part that opens with a coordinating
	 * conjunction and holds a verb is the sentence's next clause, not an aside */
	if (k > 0 && syntax_on(S) && (coordinated_clause(S, from, to) || contrast_start(S, from)))
		return KEEP_AND_RESET;
	/* clause84: "Kenya praised China; Ghana condemned Togo": a clause of its own */
	if (k > 0 && own_subject_clause(S, from, to)) {
		S->t[from - 1].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* clause82: --shallow, ", but his mission criticized it, saying ...": the BUT clause is
	 * the sentence's next clause, its own (a clause break: the verb before it takes no
	 * target from it) */
	if (k > 0 && !syntax_on(S) && (shallow_but_clause(S, from, to) ||
					shallow_contrast_clause(S, from, to))) {
		S->t[from - 1].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* "After Russia attacked Ukraine, the United States imposed sanctions": the comma that
	 * closes an adverbial clause opens the main clause, no aside (a verb on both sides) */
	if (k > 0 && syntax_on(S) && verb_in(S, from, to) && adverbial_before(S, from - 1) &&
	    syntax_adverbial_end(S, from - 1)) {
		S->t[from - 1].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* "If Israel attacks, Iran will strike Israel": the main clause after a fronted
	 * condition is a side's threat or promise, kept, while the condition codes nothing */
	int cond = k == 1 ? condition_then_deed(S, 0, first_comma, from) : 0;
	if (cond) {
		S->t[from - 1].clause_break = 1;
		/* "If Israel attacks, Iran said it will strike": the condition, which the parse
		 * path may have kept, names no side of the reported deed; live, its side would
		 * be the first actor a pronoun ("it") stands for */
		for (int i = 0; cond == 2 && i < first_comma; i++)
			S->t[i].deleted = 1;
		return KEEP_AND_RESET;
	}
	/* ", a charge New Delhi quickly rejected": the answer to the main clause's charge is a
	 * clause of its own */
	int actor;
	if (k > 0 && answer_verb(S, from, to, &actor) >= 0) {
		S->t[from - 1].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* clause86: --shallow, "..., and $15 in Gabon, which imports from Cameroon": the
	 * middle part that ends on a subject relative's antecedent is kept with it (deleted
	 * as an aside, the relative took the sentence's first actor for its doer) */
	if (k > 0 && k < nc && !syntax_on(S) && subject_relative(S, to + 1) &&
	    relative_start(S, to + 1))
		return KEEP_CLAUSE;
	/* ", which hosted the talks,": a relative clause is kept as a clause of its own; the
	 * comma that closes it closes the clause */
	if (k > 0 && relative_start(S, from)) {
		if (to < S->nt)
			S->t[to].clause_break = 1;
		return KEEP_AND_RESET;
	}
	/* "According to the ministry, Afghan forces opened fire": when nothing before the first
	 * comma is a verb, the last part holds the main clause */
	if (k == nc && k > 0 && !prev_deleted) {
		int verb = 0;   /* an opener's verbs do not count */
		for (int i = 0; i < first_comma && !verb; i++)
			verb = S->t[i].type == TY_VERB &&
			       !(lead >= 0 ? lead : (lead = opener(S, 0, first_comma)));
		if (!verb)
			return KEEP_CLAUSE;
	}
	return KEEP_NONE;
}

/* 1 when the words before token from lay an obligation (must, should, ought): an unquoted
 * demand or appeal whose speaker the last comma part names ("All sides should refrain from
 * violence, the Arab League said"), kept as a quotation's attribution is. */
static int obliged_before(coder_sent *S, int from)
{
	for (int i = 0; i < from; i++)
		if (tok_is(&S->t[i], "MUST") || tok_is(&S->t[i], "SHOULD") ||
		    tok_is(&S->t[i], "OUGHT"))
			return 1;
	return 0;
}

static int shallow_attribution_part(const coder_sent *S, int from, int to);

/* '"... was lifted by the administration," Democratic Representative Jason Crow told VOA':
 * the last comma part [from, to) of nc+1, after a closing quotation mark, holding a speech
 * verb with a subject of its own, is the quotation's attribution, no aside. Kept, where the
 * comma limits would delete it, for the speech rules only (its words marked: selected codes
 * its statement only when a rule recoded it, as praise, a charge, a demand). quote74: on
 * --shallow, with no parse to find the speech verb, the split-off attribution (quote67) of a
 * quotation opening with "X must" (news_quoted_must), for the demand. Returns 1 when so. */
static int attribution(coder_sent *S, int k, int nc, int from, int to)
{
	/* negquote129: or the last part but one before ", adding that ..." (speech_tail_clause) */
	int last = k == nc || (k == nc - 1 && speech_tail_clause(S, to + 1));
	/* shlast141: --shallow, the unquoted "Iran has to return to talks, the minister said":
	 * the speaker's part is kept, as after a quotation (its own clause: shallow_attribution) */
	int unquoted = k == nc && !syntax_on(S) && news_report_opens(S) == 0 &&
		       news_quoted_must(S);
	if (!last || !k || from >= to || !(S->t[from].cls == C_QUOTE || unquoted ||
	    (from > 1 && S->t[from - 2].cls == C_QUOTE) || obliged_before(S, from)) ||
	    !(syntax_speech_in(S, from, to) || unquoted || (!syntax_on(S) &&
	    news_quoted_must(S) && shallow_attribution_part(S, from, to))))
		return 0;
	for (int i = from; i < to; i++)
		S->t[i].attribution = 1;
	return 1;
}

/* quote67: --shallow, 1 when the last comma part [from, to) opens with a closing quotation
 * mark and holds a speech verb among its first words, its speaker before it ('," Akhundzada
 * alleged in ...'): the quotation's attribution, told without the parse. shquote80: '," said
 * the minister' too (the verb right after the mark, a word after it): the inverted tail is a
 * clause of its own, its speaker the subject after the verb. */
static int shallow_attribution_part(const coder_sent *S, int from, int to)
{
	if (from >= to || S->t[from].cls != C_QUOTE)
		return 0;
	/* shquotespk159: the words of a speaker's aside deleted before (quote_speaker_aside)
	 * are not counted */
	for (int i = from + 1, n = 1; i < to && n <= 8; i++, n += !S->t[i - 1].deleted)
		if (S->t[i].type == TY_VERB)
			return (i > from + 1 || i + 1 < to) &&
			       (tok_in(&S->t[i], SPEECH_WORDS) || tok_in(&S->t[i], REPORT_WORDS));
	return 0;
}

/* quote67: --shallow, a quotation's attribution ('"...," X alleged in a statement he issued
 * ...'; '"Unfortunately, the American side has violated ...," X alleged') is a clause of its
 * own: its speech verb's source is the speaker before or after it, not the quote's first
 * actor, and the speaker is no target of the quoted deed. The parse path binds the speaker
 * itself (synquote.c). place90: so is an unquoted inverted tag, the last part but one, before
 * the speaker's post ('Kenya raised pressure, said Ann Chong, a professor at the Lee School in
 * Singapore'): the deed takes no target from the post; the tag's part is kept (never deleted
 * as an aside, which left the post to the deed). Returns 1 when that tag's part is kept. */
static int shallow_attribution(coder_sent *S, int k, int nc, int from, int to)
{
	if (syntax_on(S) || !k)
		return 0;
	if (k == nc && (shallow_attribution_part(S, from, to) ||   /* shlast141: unquoted */
			(news_report_opens(S) == 0 && news_quoted_must(S)))) {
		S->t[from - 1].clause_break = 1;
		return 0;
	}
	if (k == nc - 1 && speech_tag_part(S, from, to) && post_words(S, to)) {
		S->t[from - 1].clause_break = 1;
		return 1;
	}
	return 0;
}

/* Cancels phrases whose words fall partly inside a deleted clause. */
static void cancel_straddling(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->head >= 0 || !t->ent || t->end <= i)
			continue;
		int del = 0, live = 0;
		for (int j = i; j <= t->end; j++) {
			if (j != i && S->t[j].head != i)
				continue;
			if (S->t[j].deleted)
				del = 1;
			else
				live = 1;
		}
		if (del && live)
			for (int j = i; j <= t->end; j++)
				if (j == i || S->t[j].head == i)
					S->t[j].deleted = 1;
	}
}

/* shcond173: 1 when tokens from..to-1 may be a short member of a noun list: one to three words,
 * none a verb, auxiliary, dictionary actor, conjunction or quotation mark ("activists",
 * "Science"). */
static int list_member(const coder_sent *S, int from, int to)
{
	if (to - from < 1 || to - from > 3)
		return 0;
	for (int i = from; i < to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_AUX ||
		    tok_has(t, WF_AUX) || sent_actor_at(S, i) >= 0 || tok_in(t, AND_OR_WORDS))
			return 0;
	}
	return 1;
}

/* shcond173: the conjunction of a noun list's last member that opens at token f, or -1: its
 * first word "and"/"or" (", and Education of Italy"), or, after two short members or more,
 * one within its first four words with no verb or actor before it ("civil society and
 * human rights groups"). */
static int list_last(const coder_sent *S, int f, int members)
{
	if (f < S->nt && tok_in(&S->t[f], AND_OR_WORDS))
		return f;
	for (int i = f; members >= 2 && i < S->nt && i < f + 4; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->type == TY_VERB || sent_actor_at(S, i) >= 0)
			return -1;
		if (i > f && tok_in(t, AND_OR_WORDS))
			return i;
	}
	return -1;
}

/* shcond173 (--shallow): the last comma of a noun list that comma c opens, or -1. "Seventy
 * groups, activists, scholars, civil society and rights groups in Nigeria, on Tuesday,
 * condemned ...", "X, Vice President of the Commission for Culture, Science, and Education
 * of Italy, condemned ...": the list's commas cut its members into comma parts, and the
 * chain of deleted parts (one deleted, the next kept) fell out of step with the real asides,
 * so the verb was deleted or the subject cut from it. They are no clause breaks. The words
 * before c are no lead-in ("On Monday, police, troops and militia attacked": a break). */
static int list_commas(coder_sent *S, int c, int *conj)
{
	for (int i = 0; i < c; i++)
		if (S->t[i].type == TY_VERB || clause_naming_list(S, i) >= c)
			return -1;   /* a subject's list, not one named ("known as A, B, or C") */
	int members = 0, j = c;
	while (j < S->nt && S->t[j].cls == C_COMMA) {
		int n = j + 1;
		while (n < S->nt && S->t[n].cls != C_COMMA)
			n++;
		if (n >= S->nt || !list_member(S, j + 1, n))
			break;
		members++;
		if ((*conj = list_last(S, n + 1, members)) > n) {
			int from = c;
			while (from > 0 && S->t[from - 1].cls != C_COMMA)
				from--;
			return from < c && !news_lead_in(S, from, c) ? n : -1;
		}
		j = n;
	}
	return -1;
}

/* aside146: the closing comma of a naming aside on the phrase before token n, or -1: a naming
 * participle ("known as", "called", "named", "dubbed") whose names run as a comma list, the
 * last one holding "or" or "and" (a comma before it or none), and a verb or auxiliary right
 * after the list's closing comma ("a rebel group known as the Return, Reclamation,
 * Rehabilitation, or 3R, has relaunched hostilities"). The list only names the phrase before
 * it, which stays the verb's subject; comma deletion alone removed only ", or 3R,". Each list
 * part has at most four words and no verb, agent or dictionary actor (", and the army," is a
 * second subject; "known as Islamic State, ISIS, or ISIL" names the side itself); a subject
 * list with no naming participle ("Russia, China, and Iran have condemned") is none. */
int clause_naming_list(const coder_sent *S, int n)
{
	static const char *const naming[] = { "CALLED", "NAMED", "DUBBED", NULL };
	static const char *const ends[] = { "OR", "AND", NULL };
	if (n < 1 || n + 2 >= S->nt || S->t[n].cls != C_WORD || S->t[n].cap)
		return -1;
	int f = n + 1;
	if (tok_is(&S->t[n], "KNOWN") && tok_is(&S->t[n + 1], "AS"))
		f = n + 2;
	else if (!tok_in(&S->t[n], naming))
		return -1;
	int start = f, last = 0, parts = 0;
	for (int i = f; i < S->nt; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA) {
			if (i == start || i - start > 4)
				return -1;
			parts++;
			if (last) {
				const coder_tok *v = i + 1 < S->nt ? &S->t[i + 1] : NULL;
				int verb = v && (v->type == TY_VERB || v->type == TY_AUX ||
						 tok_has(v, WF_AUX));
				return parts >= 2 && verb ? i : -1;
			}
			start = i + 1;
			last = i + 1 < S->nt && tok_in(&S->t[i + 1], ends);
			continue;
		}
		if (t->cls == C_QUOTE || (t->type == TY_VERB && i != start) ||
		    t->type == TY_AGENT || sent_actor_at(S, i) >= 0 ||
		    (i > f && i == start && !t->cap && !last))
			return -1;
		if (i > f && tok_in(t, ends))   /* "the Sons, Brothers and Guardians," */
			last = 1;
	}
	return -1;
}

/* aside146: deletes each naming aside's list (clause_naming_list) whole, from its participle
 * to its closing comma, after the comma clauses: its middle parts were too short or chained
 * to go, the phrase before it stayed cut from its verb. */
static void delete_naming_lists(coder_sent *S)
{
	for (int n = 1; n < S->nt; n++) {
		int c = clause_naming_list(S, n);
		for (int i = n; c > 0 && i <= c; i++)
			S->t[i].deleted = 1;
	}
}

/* shcomma151: 1 when comma c stands between a quotation's speaker and its speech verb
 * ('"...," Republican Representative Derrick Van Orden, told VOA'): the word after it a verb
 * of SPEECH_WORDS, the word before it capitalised, and back from it, within eight tokens with
 * no verb, comma or other quotation mark, the quotation's close (a comma then the mark). The
 * stray comma is no clause break: it is passed over, the speaker the verb's subject.
 * quotetail154: on the parse path too, whose parse has the speaker as the subject of "told"
 * but whose comma clauses had set the speaker aside (an aside's actor, read without its
 * title's country: "---"). */
static int speaker_comma(const coder_sent *S, int c)
{
	if (c < 3 || c + 1 >= S->nt || !S->t[c - 1].cap || S->t[c + 1].type != TY_VERB ||
	    !tok_in(&S->t[c + 1], SPEECH_WORDS))
		return 0;
	for (int i = c - 1; i >= 1 && i >= c - 8; i--) {
		if (S->t[i].cls == C_QUOTE)
			return i < c - 1 && S->t[i - 1].cls == C_COMMA;
		if (S->t[i].cls == C_COMMA || S->t[i].type == TY_VERB)
			return 0;
	}
	return 0;
}

/* shquotespk159: --shallow, the comma that closes the aside when comma c opens one between a
 * quotation's speaker and its speech verb ('"...," McCaul, a Texas Republican, said',
 * '"...," McCaul, who leads the committee, told reporters'): the words before c back to the
 * quotation's close (a comma then the mark, at most eight tokens, no verb or comma) end in a
 * capitalised word, the aside is a post (post_words) or a "who"/"which" clause, and a speech
 * verb of SPEECH_WORDS follows its closing comma at once. *post is set to 1 for a post that
 * names an actor while the speaker's name names none: the post is then the speaker's side,
 * as the parse path's apposition makes it. -1 when there is no such aside. */
static int quote_speaker_aside(const coder_sent *S, int c, int *post)
{
	static const char *const rel[] = { "WHO", "WHICH", NULL };
	*post = 0;
	if (syntax_on(S) || c < 3 || c + 2 >= S->nt || !S->t[c - 1].cap)
		return -1;
	int q = c - 1;
	while (q >= 1 && q >= c - 8 && S->t[q].cls != C_QUOTE) {
		if (S->t[q].cls == C_COMMA || S->t[q].type == TY_VERB)
			return -1;
		q--;
	}
	if (q < 1 || q >= c - 1 || S->t[q].cls != C_QUOTE || S->t[q - 1].cls != C_COMMA)
		return -1;
	int e = c + 1;
	while (e < S->nt && e <= c + 16 && S->t[e].cls != C_COMMA && S->t[e].cls != C_QUOTE)
		e++;
	if (e + 1 >= S->nt || S->t[e].cls != C_COMMA || S->t[e + 1].type != TY_VERB ||
	    !tok_in(&S->t[e + 1], SPEECH_WORDS))
		return -1;
	if (tok_in(&S->t[c + 1], rel))
		return e;
	if (!post_words(S, c))
		return -1;
	for (int i = c + 1; i < e && !*post; i++)
		*post = sent_actor_at(S, i) >= 0;
	for (int i = q + 1; i < c && *post; i++)
		*post = sent_actor_at(S, i) < 0;
	return e;
}

/* Deletes comma-delimited clauses whose length falls in the COMMA limits; phrases whose
 * words fall partly inside a deleted clause are cancelled. */
void clause_delete_commas(coder_sent *S)
{
	const dict_options *o = &S->c->o;
	if (o->comma_deletion_off)
		return;
	int commas[MAX_TOKENS];
	unsigned char set_off[MAX_TOKENS];   /* shquotespk159: a speaker's aside, not counted */
	int nc = 0;
	memset(set_off, 0, (size_t)S->nt);
	for (int i = 0; i < S->nt; i++) {
		if (S->t[i].cls != C_COMMA || S->t[i].in_compound_conj)
			continue;
		if ((o->news & NEWS_CLAUSES) && speaker_comma(S, i)) {
			S->t[i].deleted = 1;   /* shcomma151: no clause break */
			continue;
		}
		int post = 0, e = (o->news & NEWS_CLAUSES) ? quote_speaker_aside(S, i, &post) : -1;
		if (e > i) {
			/* shquotespk159: the aside set off, or the name when its post names the
			 * side: the speaker's phrase is the speech verb's subject, no clause */
			int from = i, to = e;
			if (post) {
				while (S->t[from - 1].cls != C_QUOTE)
					from--;
				to = i;
			}
			for (int k = from; k <= to; k++)
				S->t[k].deleted = set_off[k] = 1;
			S->t[e].deleted = set_off[e] = 1;
			i = e;
			continue;
		}
		int conj, last = (o->news & NEWS_CLAUSES) && !syntax_on(S) ?
				 list_commas(S, i, &conj) : -1;
		if (last > i) {
			/* shcond173: a list's commas and its conjunction break no clause */
			S->t[conj].in_compound_conj = 1;
			i = last;
			continue;
		}
		commas[nc++] = i;
	}
	if (!nc)
		return;
	int prev_deleted = 0;
	for (int k = 0; k <= nc; k++) {
		int from = k == 0 ? 0 : commas[k - 1] + 1;
		int to = k == nc ? S->nt : commas[k];  /* exclusive */
		int words = clause_words(S, from, to);
		for (int i = from; i < to && words > 0; i++)
			words -= set_off[i] && S->t[i].cls == C_WORD;
		int lo, hi;
		if (k == 0)
			lo = o->comma_begin_min, hi = o->comma_begin_max;
		else if (k == nc)
			lo = o->comma_end_min, hi = o->comma_end_max;
		else
			lo = o->comma_middle_min, hi = o->comma_middle_max;
		if ((o->news & NEWS_CLAUSES) && contrast_aside(S, commas, nc, k)) {
			int end = k + 2 < nc ? commas[k + 2] : S->nt;
			for (int i = from - 1; i < end; i++)
				S->t[i].deleted = 1;
			if (end < S->nt)
				S->t[end].deleted = 1;
			prev_deleted = 1;
			k += 2;
			continue;
		}
		if (o->news & NEWS_CLAUSES) {
			if (shallow_attribution(S, k, nc, from, to)) {
				prev_deleted = 0;
				continue;
			}
			int keep = news_keeps(S, k, nc, from, to, commas[0], prev_deleted);
			if (keep == KEEP_AND_RESET)
				prev_deleted = 0;
			if (keep == KEEP_AS_ASIDE)
				prev_deleted = 1;
			if (keep != KEEP_NONE)
				continue;
		}
		/* relpast118: --shallow, "Berisha, who resigned as party leader ... in 2013,
		 * rejected ...": a relative aside on the opening subject that recalls a past
		 * deed is deleted however long (news_recalled_aside) */
		if (words > hi && k == 1 && k < nc && !prev_deleted && !syntax_on(S) &&
		    (o->news & NEWS_CLAUSES) && news_recalled_aside(S, from, to))
			words = hi;
		/* clauses are chained: the comma that closed a deleted clause opens no other */
		if (words < lo || words > hi || prev_deleted) {
			prev_deleted = 0;
			continue;
		}
		if ((o->news & NEWS_CLAUSES) && attribution(S, k, nc, from, to))
			continue;
		prev_deleted = 1;
		for (int i = from; i < to; i++)
			S->t[i].deleted = 1;
		/* the comma ending an initial clause, or opening a terminal one */
		if (to < S->nt)
			S->t[to].deleted = 1;
		if (k > 0)
			S->t[from - 1].deleted = 1;
	}
	if (o->news & NEWS_CLAUSES)
		delete_naming_lists(S);
	cancel_straddling(S);
}

/* ---------------------------------------------------------------- the sentence */

void clause_time_shift(coder_sent *S)
{
	if (!S->c->o.time_shift)
		return;
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_TIME)
			continue;
		const dict_verb_root *vr = t->ent->verb;
		dict_evcode code = vr->code;
		coder_match m;
		for (int k = 0; k < vr->npats; k++) {
			if (pat_try(S, &vr->pats[k], i, t->end, 0, S->nt, &m)) {
				code = vr->pats[k].code;
				break;
			}
		}
		if (code.kind == CODE_DISCARD) {
			sent_set_outcome(S, KHALDUN_DISCARD, "discard code in a time phrase");
			return;
		}
		if (code.kind == CODE_COMPLEX) {
			sent_set_outcome(S, KHALDUN_COMPLEX, "complex code in a time phrase");
			return;
		}
		if (code.kind != CODE_EVENT)
			continue;
		int days = atoi(code.a);
		long nd = date_add_days(S->date, days);
		if (nd) {
			S->date = nd;
			S->time_shift = days;
		}
		return;
	}
}

int clause_complexity(coder_sent *S)
{
	dict_options *o = &S->c->o;
	int verbs = 0, conj = 0, actors = 0, prons = 0;
	int first_verb = -1;
	for (int i = 0; i < S->nt; i++) {
		if (!sent_live(S, i))
			continue;
		coder_tok *t = &S->t[i];
		if (t->type == TY_VERB) {
			verbs++;
			if (first_verb < 0 && t->ent->verb->code.kind != CODE_NULL)
				first_verb = i;
		} else if (t->type == TY_CONJ && !t->in_compound_conj)
			conj++;
		else if (t->type == TY_ACTOR)
			actors++;
		else if (t->type == TY_PRON)
			prons++;
	}
	if (o->complex_verbs > 0 && verbs >= o->complex_verbs)
		return sent_set_outcome(S, KHALDUN_COMPLEX, "too many verbs"), 1;
	if (o->complex_conjunctions > 0 && conj >= o->complex_conjunctions)
		return sent_set_outcome(S, KHALDUN_COMPLEX, "too many conjunctions"), 1;
	if (o->complex_actors > 0 && actors >= o->complex_actors)
		return sent_set_outcome(S, KHALDUN_COMPLEX, "too many actors"), 1;
	if (o->complex_pronouns > 0 && prons >= o->complex_pronouns)
		return sent_set_outcome(S, KHALDUN_COMPLEX, "too many pronouns"), 1;
	if (o->complex_no_verb && first_verb < 0)
		return sent_set_outcome(S, KHALDUN_COMPLEX, "no verb"), 1;
	if (o->complex_late_verb > 0 && (first_verb < 0 || first_verb >= o->complex_late_verb))
		return sent_set_outcome(S, KHALDUN_COMPLEX, "late verb"), 1;
	if (o->complex_no_actor_before_verb && first_verb >= 0) {
		int found = 0;
		for (int i = 0; i < first_verb; i++)
			if (sent_live(S, i) && sent_actor_at(S, i) >= 0)
				found = 1;
		if (!found)
			return sent_set_outcome(S, KHALDUN_COMPLEX,
						"no actor before the first verb"), 1;
	}
	if (o->complex_no_actor_after_verb && first_verb >= 0) {
		int found = 0;
		for (int i = first_verb + 1; i < S->nt; i++)
			if (sent_live(S, i) && sent_actor_at(S, i) >= 0)
				found = 1;
		if (!found)
			return sent_set_outcome(S, KHALDUN_COMPLEX,
						"no actor after the first verb"), 1;
	}
	return 0;
}

/* Clause boundaries: bounds[b] is the first token of clause b; returns the count (the
 * sentinel bounds[count] = nt + 1). Conjunctions outside compounds and news clause breaks
 * open clauses. */
/* tgtmiss115: 1 when token t can modify a noun after it inside a noun phrase: a lower-case
 * word, no function word, adverb or verb form in -ed ("intelligence", "military", "data"). */
static int np_modifier(const coder_tok *t)
{
	return t->cls == C_WORD && !t->cap &&
	       (t->type == TY_NULL || t->type == TY_NOUN || t->type == TY_ADJ ||
		t->type == TY_AGENT) &&
	       !tok_has(t, WF_AUX | WF_PREP | WF_CLAUSE | WF_REL) && !tok_ends(t, "ED") &&
	       !(t->n > 4 && tok_ends(t, "LY")) && !news_time_adverb(t) && !tok_is(t, "NOT");
}

/* tgtmiss115: without the parse, 1 when verb form j, after the conjunction at i, heads a noun
 * phrase and opens no clause: it follows an article ("ended aid and the trade with Peru"),
 * or it ends in -ing and only noun modifiers (np_modifier) stand between the conjunction
 * and it, the last one no plural ("ended aid and intelligence sharing with Peru"): an -ing
 * form is a clause's verb only after an auxiliary, and one right after the conjunction
 * shares the first clause's ("was attacking Peru and then shelling Chile", split as before). */
static int noun_verb_form(coder_sent *S, int i, int j)
{
	if (syntax_on(S) || j < i + 2 || !sent_live(S, j - 1))
		return 0;
	if (tok_in(&S->t[j - 1], ARTICLES))
		return 1;
	if (!tok_ends(&S->t[j], "ING"))
		return 0;
	for (int k = i + 1; k < j; k++)
		if (!sent_live(S, k) || !np_modifier(&S->t[k]))
			return 0;
	/* "leaders and groups calling for their release": a plural before it is the doer of
	 * a participle, which keeps its own clause */
	return !tok_ends(&S->t[j - 1], "S");
}

static int clause_bounds(coder_sent *S, int *bounds)
{
	int nb = 0;
	bounds[nb++] = 0;
	for (int i = 0; i < S->nt; i++) {
		if (S->t[i].clause_break && sent_live(S, i)) {
			bounds[nb++] = i + 1;
			continue;
		}
		if (relative_start(S, i)) {
			bounds[nb++] = i + 1;   /* the pronoun, like a conjunction, in neither */
			continue;
		}
		/* addclause118: ", the governor said, adding that soldiers killed ..." */
		if ((S->c->o.news & NEWS_CLAUSES) && speech_tail_clause(S, i)) {
			bounds[nb++] = i + 1;   /* the tail word, like a conjunction, in neither */
			continue;
		}
		/* "..., while Canada imposed new tariffs": a contrast with its own subject */
		if ((S->c->o.news & NEWS_CLAUSES) && contrast_start(S, i)) {
			bounds[nb++] = i + 1;
			continue;
		}
		if (S->t[i].type != TY_CONJ || S->t[i].in_compound_conj || !sent_live(S, i))
			continue;
		if (S->c->o.news & NEWS_CLAUSES) {
			/* news: a clause needs a verb; "suspended aid and weapons deals with
			 * Pakistan" has one clause */
			int verb = 0;
			for (int j = i + 1; j < S->nt && !verb; j++) {
				if (S->t[j].type == TY_CONJ && !S->t[j].in_compound_conj)
					break;
				/* tgtmiss114: "sought trade and military aid from Uganda,
				 * which has refused": a relative clause's verb is its own */
				if (relative_start(S, j))
					break;
				/* "lifted trade and travel restrictions on Israel": a verb
				 * form the parse takes for a noun's modifier is no verb */
				verb = sent_live(S, j) && S->t[j].type == TY_VERB &&
				       !syntax_noun_modifier(S, j) && !noun_verb_form(S, i, j);
			}
			if (!verb)
				continue;
			/* "tariffs on steel and aluminum imports will take effect": the verb
			 * after the conjunction is the coordinated nouns' phrase's own */
			if (syntax_noun_conjunction(S, i))
				continue;
		}
		bounds[nb++] = i + 1;
	}
	bounds[nb] = S->nt + 1;
	return nb;
}

/* clause87: the slot of the dictionary actor that opens the clause at token i, a determiner
 * before it passed over ("the Taliban spokesman"), its subject by its place; 1 when found,
 * else 0 and out left alone (a pronoun, "the spokesman", an object after "he"). */
static int opening_actor(coder_sent *S, int i, coder_slot *out)
{
	while (i < S->nt && (!sent_live(S, i) || S->t[i].type == TY_DET))
		i++;
	if (i >= S->nt || S->t[i].type != TY_ACTOR || S->t[i].actor < 0)
		return 0;
	actors_make_slot(S, S->t[i].actor, out);
	return 1;
}

/* 1 when the first part [0, to) opens with its participle itself, no subordinator before it
 * and no "having" ("Speaking to British lawmakers, Starmer said", "Threatening to kill the
 * hostages, BLA demanded"): a bare participle, the manner of the main clause's deed. */
static int bare_participle(coder_sent *S, int to)
{
	int f = 0;
	while (f < to && !sent_live(S, f))
		f++;
	const coder_tok *g = opening_ing(S, 0, to);
	return g && g == &S->t[f] && !tok_is(g, "HAVING");
}

/* lead171: the comma that closes a bare participle opener (bare_participle) when it is the
 * sentence's first part (OPENER_ING); 0: none. */
static int bare_opener_end(coder_sent *S)
{
	int oe = 0;
	while (oe < S->nt && !S->t[oe].clause_break)
		oe++;
	return oe < S->nt && S->t[oe].clause_break == OPENER_ING && bare_participle(S, oe) ?
	       oe : 0;
}

/* opener52: the slot of the actor that opens the main clause at token i (a determiner before
 * it passed over: "the Taliban spokesman"), the doer of the -ing opener that ends at the
 * comma before it; left empty when no dictionary actor stands there (a pronoun, "the
 * spokesman"). Returns 1 when the opener is a deed of that doer, 0 for a bare participle. */
static int opener_doer(coder_sent *S, int i, coder_slot *out)
{
	/* a deed before the main one ("After meeting X,", "While hosting X,", "Having met
	 * X,"), not a bare participle, which tells the manner of the main deed */
	if (!opening_ing(S, 0, i - 1) || bare_participle(S, i - 1))
		return 0;
	opening_actor(S, i, out);
	return 1;
}

/* clause102: the sides of cd, coded in the -ing opener that ends at token oe and whose doer is
 * a main subject no dictionary actor names ("After arriving in Canada, Li Wei ...", "After
 * meeting the Chinese minister, the spokesman ..."): an actor of the opener's own words is
 * the place gone to or the one met, never the doer: it becomes the target when there is
 * none, and the source is left unknown. */
static void opener_unnamed_doer(coder_sent *S, int oe, coder_cand *cd)
{
	if (!cd->src.n || cd->src.pos < 0 || cd->src.pos >= oe)
		return;
	if (!cd->tgt.n)
		slot_copy(&cd->tgt, &cd->src);
	event_null_slot(S, &cd->src);
}

/* source73: the comma that closes an -ing opener (OPENER_ING) at or after token hi, the end
 * of the first clause: a conjunction may cut the opener short ("In announcing the sanctions
 * on X and his family, Y said"), the main clause still its doer's; S->nt: none. */
static int ing_opener_end(const coder_sent *S, int hi)
{
	for (int i = hi; i < S->nt; i++)
		if (S->t[i].clause_break)
			return S->t[i].clause_break == OPENER_ING ? i : S->nt;
	return S->nt;
}

/* The sides of answer_verb's answer cd: the answerer (for
 * ANSWER_ACCUSED the side the main clause's charge, code keep_code, accused: its target) to
 * the accuser, the kept subject keep; the answer keeps its own verb's code (a charge
 * rejected stays 120, as charge54 set). 0 when the answer has no such side (no charge
 * accused anyone): no event. */
static int answer_sides(coder_sent *S, coder_cand *cd, int answerer, const coder_slot *keep,
			const coder_slot *accused, const char *keep_code)
{
	int charge = keep_code && keep_code[0] == '1' && keep_code[1] == '1';
	if (answerer == ANSWER_ACCUSED) {
		if (!charge || !accused->n || !strcmp(accused->m[0].code, "---"))
			return 0;
		slot_copy(&cd->src, accused);
	} else {
		actors_make_slot(S, answerer, &cd->src);
	}
	if (keep->n && (!cd->tgt.n || !strcmp(cd->tgt.m[0].code, "---")) &&
	    cd->src.n && strcmp(cd->src.m[0].code, keep->m[0].code))
		slot_copy(&cd->tgt, keep);
	return 1;
}

/* clause66: 1 when verb v (from lo on) is the progressive of a relative clause of place with
 * no comma before it, "a hotel where elders were meeting", "the hall where delegates were
 * talking": what went on there describes the place, the setting of the main deed, no event
 * of its own when it is cooperation or talk (roots 01-09; "where troops were shelling homes"
 * keeps its attack). Not "asked where they were meeting" (a verb before WHERE: a question).
 * Read from the words back to WHERE, over the clause bounds ("elders and officials"). */
static int place_progressive(coder_sent *S, int v, const char *code)
{
	if (!code || code[0] != '0' || !ends_with(&S->t[v], "ING") || v < 2 ||
	    !(tok_is(&S->t[v - 1], "WAS") || tok_is(&S->t[v - 1], "WERE")))
		return 0;
	for (int j = v - 2; j > 0; j--) {
		const coder_tok *t = &S->t[j], *b = &S->t[j - 1];
		if (t->type == TY_VERB || t->cls == C_COMMA)
			return 0;
		if (tok_is(t, "WHERE"))
			return b->cls != C_COMMA && b->type != TY_VERB && b->type != TY_ACTOR &&
			       isalpha((unsigned char)b->s[0]);
	}
	return 0;
}

/* clause66: --shallow, the actor that is the subject of an object relative clause with no
 * comma, "a tariff that Germany fears could spark ...", "the plan which Iraq proposed": an
 * actor's phrase right before verb v (over one auxiliary or -ly adverb) after THAT, WHICH or
 * WHOM (over THE) after a lower-case word, no verb or conjunction (a noun: "said that
 * Germany fears", "said Thursday that", "and that India will" are speech, its own rules'
 * business). -1: none. News rules only: TABARI's own records ("noted that North Yemen
 * regretted ...") keep the main subject. The shallow rules gave such a verb the main clause's
 * subject (TABARI's first actor), the clause's own subject its target. */
static int relative_own_subject(coder_sent *S, int v)
{
	int p = v - 1;
	if (p > 0 && (S->t[p].type == TY_AUX || tok_has(&S->t[p], WF_AUX) ||
		      ends_with(&S->t[p], "LY")))
		p--;
	if (p > 0 && S->t[p].type == TY_LIT && S->t[p].head >= 0)
		p = S->t[p].head;
	int a = sent_actor_at(S, p);
	if (a < 0 || S->t[p].type != TY_ACTOR)
		return -1;
	int q = S->a[a].pos - 1;
	if (q > 0 && tok_is(&S->t[q], "THE"))
		q--;
	if (q < 1 || !(tok_is(&S->t[q], "THAT") || tok_is(&S->t[q], "WHICH") ||
		       tok_is(&S->t[q], "WHOM")))
		return -1;
	const coder_tok *b = &S->t[q - 1];
	return b->type != TY_VERB && b->type != TY_CONJ && b->type != TY_ACTOR && !b->cap &&
	       isalpha((unsigned char)b->s[0]) ? a : -1;
}

/* verbor170: 1 when verb v is an -ing form in a preposition's phrase after a word that is no
 * verb form ("procedures for exchanging and protecting classified information"): it names what
 * the noun is for, no deed of the clause ("hinting at lifting or reducing": the verb's). */
static int purpose_gerund(const coder_sent *S, int v)
{
	int p = v - 1;
	while (p >= 0 && !sent_live(S, p))
		p--;
	if (p < 0 || !tok_ends(&S->t[v], "ING") || !tok_has(&S->t[p], WF_PREP))
		return 0;
	int w = p - 1;
	while (w >= 0 && !sent_live(S, w))
		w--;
	/* a verb form the dictionaries may not list ("hinting at lifting") is no noun */
	return w >= 0 && S->t[w].type != TY_VERB && !tok_ends(&S->t[w], "ING") &&
	       !tok_ends(&S->t[w], "ED");
}

/* verbor170: "lifted or eased the sanctions", "hinting at lifting or reducing the sanctions":
 * when verb v is the last word of clause b, that clause ends at AND or OR and a verb of the
 * same form (both in -ing or neither) comes right after it, the two verbs share the object
 * after the second, which a pattern of v needs; returns the end of the second verb's clause,
 * for v's pattern to reach, or -1 when the conjunction does not join two such verbs. */
static int shared_object_end(coder_sent *S, const int *bounds, int nb, int b, int v)
{
	/* news only: TABARI codes each verb in its own clause ("alleged and acknowledged
	 * that ...": the validation suite's COMPLEX-05) */
	if (!(S->c->o.news & NEWS_CLAUSES) || b + 1 >= nb)
		return -1;
	int c = bounds[b + 1] - 1, e = bounds[b + 2] - 1;
	if (c <= v || c >= S->nt || S->t[c].type != TY_CONJ || !tok_in(&S->t[c], AND_OR_WORDS))
		return -1;
	for (int k = (S->t[v].end > v ? S->t[v].end : v) + 1; k < c; k++)
		if (sent_live(S, k))
			return -1;   /* "lifted them or eased ...": v has its own words */
	if (purpose_gerund(S, v))
		return -1;
	int j = c + 1;
	while (j < S->nt && !sent_live(S, j))
		j++;
	if (j >= S->nt || j >= e || S->t[j].type != TY_VERB ||
	    tok_ends(&S->t[v], "ING") != tok_ends(&S->t[j], "ING"))
		return -1;
	return e > S->nt ? S->nt : e;
}

/* Codes every live verb of every clause into cands (cl: each one's clause; room for cap, one
 * per live verb: clauses do not overlap); returns the count, or -1 when the sentence was
 * discarded or made complex. */
static int code_verbs(coder_sent *S, const int *bounds, int nb, coder_cand *cands, int *cl,
		      int cap)
{
	int nc = 0;
	/* empty slots (slot_empty: their 1 KB of members is not cleared; only n is read) */
	coder_slot carried;   /* the source of the previous clause's event */
	coder_slot keep;      /* the subject later clauses keep */
	coder_slot accused;   /* the target of the event that set keep, and its code */
	const char *keep_code = NULL;
	slot_empty(&carried);
	slot_empty(&accused);
	slot_empty(&keep);
	for (int b = 0; b < nb; b++) {
		int lo = bounds[b];
		int hi = bounds[b + 1] - 1;  /* the conjunction itself is excluded */
		if (hi > S->nt)
			hi = S->nt;
		int coded = 0, verbs = 0;
		/* a relative clause's subject is its antecedent, never the main clause's
		 * subject carried over */
		int rel = lo > 0 ? relative_start(S, lo - 1) : 0;
		S->rel_ante = rel;
		/* a contrast clause has its own subject: none carried or kept into it */
		int own = lo > 0 && !rel && (S->c->o.news & NEWS_CLAUSES) &&
			contrast_start(S, lo - 1);
		int setting = own && setting_word(&S->t[lo - 1]);
		/* addclause118: the statement after ", adding that" names its own doer */
		own = own || (lo > 0 && (S->c->o.news & NEWS_CLAUSES) &&
			      speech_tail_clause(S, lo - 1));
		/* ", a charge New Delhi rejected": only the answer is coded, its own subject's */
		int answerer = -1, answer = lo > 0 && !rel && (S->c->o.news & NEWS_CLAUSES) &&
			S->t[lo - 1].cls == C_COMMA ? answer_verb(S, lo, hi, &answerer) : -1;
		/* after an opener ("As Kenya met Uganda, the army attacked ..."), the main
		 * clause has a subject of its own: the opener's is never carried into it */
		own = own || answer >= 0 || (lo > 0 && S->t[lo - 1].clause_break == OPENER_OWN);
		/* quote67: a quotation's attribution split off ('," X alleged') has its own
		 * subject, the speaker, never the quote's */
		own = own || (lo > 0 && !syntax_on(S) && S->t[lo - 1].clause_break &&
			      (shallow_attribution_part(S, lo, hi) || speech_tag_at(S, lo)));
		/* opener52: "Speaking to reporters in Beijing, the spokesman criticized",
		 * "After meeting the Chinese minister, Lavrov criticized": the -ing opener has
		 * no subject of its own but the main clause's, named right after its comma;
		 * the actors in its words (the reporters, the one met) are never that subject */
		int unnamed_end = -1;   /* clause102: the opener's end, its doer unnamed */
		if (lo > 0 && S->t[lo - 1].clause_break == OPENER_ING)
			own = 1;
		else if (!b) {
			int oe = ing_opener_end(S, hi);
			if (oe < S->nt && opener_doer(S, oe + 1, &carried) && !carried.n)
				unnamed_end = oe;
		}
		coder_slot ante;
		slot_empty(&ante);
		if (rel) {
			actors_make_slot(S, rel - 1, &ante);
			/* "The politician, who ..., says": the antecedent is the main subject */
			if (!carried.n)
				slot_copy(&carried, &ante);
			if (!keep.n)
				slot_copy(&keep, &ante);
		}
		for (int v = lo; v < hi; v++) {
			if (!sent_live(S, v) || S->t[v].type != TY_VERB ||
			    (answer >= 0 && v != answer))
				continue;
			verbs++;
			/* coded in place: cands[nc] is taken only when it yields an event */
			coder_cand spare, *cd = nc < cap ? &cands[nc] : &spare;
			/* --shallow's object relative finds its own subject (object_relative) */
			int objrel = rel && !syntax_on(S) && object_relative(S, lo - 1);
			const coder_slot *from = rel ? (ante.n && !objrel ? &ante : NULL) :
						 carried.n && !own ? &carried : NULL;
			const coder_slot *kept = b && keep.n && !rel && !own ? &keep : NULL;
			int r = event_code_verb(S, v, lo, hi, from, kept, cd);
			int shared = r == 0 ? shared_object_end(S, bounds, nb, b, v) : -1;
			if (shared >= 0)   /* verbor170: coded by the next verb's object */
				r = event_code_verb(S, v, lo, shared, from, kept, cd);
			if (r < 0)
				return -1;
			/* addclause118: "conducted with skill and caution": a noun, no verb (asked
			 * once the verb is coded, when the parse path has its parse) */
			if (r == 0 || nc == cap || place_progressive(S, v, cd->code.a) ||
			    syntax_noun_conjunct(S, v))
				continue;
			if (unnamed_end >= 0)
				opener_unnamed_doer(S, unnamed_end, cd);
			/* the answer is the answerer's (a misparse may give it another subject),
			 * to the accuser, the main clause's subject */
			int own_subj = !syntax_on(S) && (S->c->o.news & NEWS_CLAUSES) ?
				       relative_own_subject(S, v) : -1;
			if (own_subj >= 0 && cd->src.n && cd->src.pos != S->a[own_subj].pos) {
				if (cd->tgt.n && cd->tgt.pos == S->a[own_subj].pos)
					event_null_slot(S, &cd->tgt);
				actors_make_slot(S, own_subj, &cd->src);
			}
			/* ... and the antecedent is its object, when it found none */
			if (objrel && ante.n && (!cd->tgt.n || !strcmp(cd->tgt.m[0].code, "---")) &&
			    cd->src.n && strcmp(cd->src.m[0].code, ante.m[0].code))
				slot_copy(&cd->tgt, &ante);
			if (answer >= 0 &&
			    !answer_sides(S, cd, answerer, &keep, &accused, keep_code))
				continue;
			cd->relative = rel != 0;
			cd->background = setting;
			cl[nc] = b;
			nc++;
			/* a relative clause leaves the main one's subject */
			if (!coded && !rel) {
				slot_copy(&carried, &cd->src);
				slot_copy(&keep, &cd->src);
				slot_copy(&accused, &cd->tgt);
				keep_code = cd->code.a;
				coded = 1;
			}
		}
		S->rel_ante = 0;
		/* a clause with verbs but no event: its first actor is the subject kept;
		 * clause87: after an opener ("Two days after the WHO declared ..., Kenya went
		 * on alert, raising concerns") the main clause's own, never the opener's, and
		 * carried into the participle clauses after it as their doer */
		int opened = !syntax_on(S) && (S->c->o.news & NEWS_CLAUSES) && lo > 0 &&
			     S->t[lo - 1].clause_break >= OPENER_END;
		if (!coded && opened) {
			coder_slot first;
			slot_empty(&first);
			if (opening_actor(S, lo, &first))
				slot_copy(&carried, &first);
			slot_copy(&keep, &first);
		} else if (!coded && verbs && !keep.n) {
			coder_slot first;
			if (sent_find_actor(S, lo, hi, NULL, 0, &first))
				slot_copy(&keep, &first);
		} else if (!coded && !verbs && !keep.n && (S->c->o.news & NEWS_CLAUSES)) {
			/* shallowsubj118: "Beijing cites records and has rejected": its
			 * subject, before a verb the dictionaries do not code */
			coder_slot first;
			if (news_verbless_subject(S, lo, hi, &first))
				slot_copy(&keep, &first);
		}
	}
	return nc;
}

/* shared107: 1 when slot s names no target: empty, or the null slot of no words
 * (event_null_slot) */
static int no_target(const coder_slot *s)
{
	return s->n == 0 || (s->n == 1 && s->m[0].a && s->m[0].a->pos == ACTOR_NO_WORDS &&
			     s->m[0].code && !strcmp(s->m[0].code, "---"));
}

/* stmtafter132: 1 when the target of the setting's deed bd is a personal object pronoun
 * after its verb ("She issued the statement a day after Ethiopia expelled them", "... after the
 * Taliban barred them from the country"): the deed's own object, coded as "---" with its
 * words or placed by story context. A possessive ("after Uganda requested their
 * extradition", "after Uganda arrested her husband") is no such object. */
static int object_pronoun(const coder_sent *S, const coder_cand *bd)
{
	static const char *const obj[] = { "HIM", "HER", "THEM", NULL };
	int p = bd->tgt.pos;
	return p > bd->verb && p < S->nt && tok_in(&S->t[p], obj) &&
	       (!tok_is(&S->t[p], "HER") || p + 1 >= S->nt ||
		!isalpha((unsigned char)S->t[p + 1].s[0]) ||
		tok_has(&S->t[p + 1], WF_PREP | WF_CLAUSE | WF_SUB));
}

/* clausesrc128: 1 when candidate k of the main clause hides the setting's deed bd: any deed
 * of its own, but not one with no target when the setting's deed, after k's verb, names both
 * its sides in its own words, doer first ("Kenya protested after Sudanese troops attacked
 * Chad", "He made the trip after Israeli jets struck a village in Lebanon": the protest and
 * the trip name nobody they are done to, the attack does; both are coded). A setting whose
 * target is a pronoun or not in its words ("Kenya hands over suspects after Uganda requested
 * their extradition": "their" read as Kenya) stays hidden; stmtafter132: not one whose target
 * is a personal object pronoun (object_pronoun: "a day after Ethiopia expelled them"). */
static int hides_setting(const coder_sent *S, const coder_cand *k, const coder_cand *bd)
{
	if (k->background || k->code.sub)
		return 0;
	if (!no_target(&k->tgt) || !bd->tgt.n || !bd->src.n ||
	    !strcmp(bd->src.m[0].code, "---") || bd->src.pos < k->verb ||
	    bd->tgt.pos <= bd->src.pos)
		return 1;
	return (!strcmp(bd->tgt.m[0].code, "---") || bd->tgt.pronoun) &&
	       !object_pronoun(S, bd);
}

/* negquote129: 1 when candidate i is the only verb of the sentence coded outside a
 * quotation's attribution and the quotation before it is the speaker's own ("we", "I")
 * denied or hypothetical (a word of negation or of mood, WF_NEG or WF_MODAL: '"We are not
 * going to draw lines on a map," Rubio said', '"We would never accept it," the minister
 * said'): its deed is undone, not the speaker's statement. A quotation said as fact that
 * codes nothing ('"The talks resumed in Doha," the minister said') or about others leaves
 * its attribution uncoded (praise17). */
static int attribution_alone(const coder_sent *S, const coder_cand *cands, int nc, int i)
{
	for (int k = 0; k < nc; k++)
		if (k != i && !S->t[cands[k].verb].attribution)
			return 0;
	static const char *const we[] = { "WE", "I", "WE'RE", "WE'LL", "WE'VE", "I'M", "I'LL",
		"I'VE", NULL };
	int own = 0, undone = 0;
	for (int j = 0; j < S->nt && !S->t[j].attribution; j++) {
		own |= tok_in(&S->t[j], we);
		undone |= tok_has(&S->t[j], WF_NEG) || tok_has(&S->t[j], WF_MODAL);
	}
	return own && undone;
}

/* lead171: 1 when candidate cd codes a meeting (04x), which a participle opener names as a
 * deed of its own ("Speaking after talks with Y, X called ...") */
static int opener_meeting(const coder_cand *cd)
{
	return cd->code.a && cd->code.a[0] == '0' && cd->code.a[1] == '4';
}

/* relmain175: 1 when selected candidate i is a relative clause's deed on the parse path ("the
 * sanctions Washington has imposed", "a resolution that Pyongyang's envoy rejected") and
 * another selected candidate (sel), a deed outside any relative clause and no setting's, codes
 * the main clause: the relative describes a noun of that clause, and the annotated sets code
 * the main clause's event (the first main verb's). A relative whose main clause codes no deed
 * ("Canada and Belgium are among countries that have banned ...", a statement's "who
 * attacked") keeps its event. */
static int relative_yields(coder_sent *S, const coder_cand *cands, const int *sel, int nc,
			   int i)
{
	if (!(S->c->o.news & NEWS_CLAUSES) || cands[i].relative ||
	    !syntax_relative_clause(S, cands[i].verb))
		return 0;
	for (int k = 0; k < nc; k++)
		if (k != i && sel[k] && !cands[k].code.sub && !cands[k].relative &&
		    !cands[k].background && !syntax_relative_clause(S, cands[k].verb))
			return 1;
	return 0;
}

/* 1 when candidate i is coded: dominant codes win; otherwise per CODE BY, subordinate codes
 * only when nothing else was coded in the clause (sentence). */
static int selected(coder_sent *S, const coder_cand *cands, const int *cl, int nc, int i,
		    int any_dom)
{
	const coder_cand *cd = &cands[i];
	int by = S->c->o.code_by;
	/* a statement in a quotation's attribution kept for the speech rules (attribution):
	 * only when a rule recoded it (praise, a charge, a demand), no plain 01x; negquote129:
	 * unless the quotation codes no deed of its own (attribution_alone) */
	if (S->t[cd->verb].attribution && code_root(cd->code.a) == 1 &&
	    !attribution_alone(S, cands, nc, (int)(cd - cands)))
		return 0;
	/* "..., after Trump slashed funding": the setting's deed is coded only when the rest of
	 * the sentence codes no deed (a statement aside); clause128: a named side's plain
	 * statement (root 01, "Kenya expressed concern after Uganda attacked Rwanda") is no
	 * deed either; one whose side is a pronoun, none in its words or after its verb ("She
	 * issued a statement after Hamas freed ...") still keeps the setting's deed out
	 * (pronoun48); clausesrc128: nor does a deed with no target when the setting names both
	 * its sides (hides_setting) */
	for (int k = 0; k < nc && cd->background; k++)
		if (hides_setting(S, &cands[k], cd) &&
		    (code_root(cands[k].code.a) != 1 || !cands[k].src.n ||
		     cands[k].src.pronoun || cands[k].src.pos < 0 ||
		     cands[k].src.pos > cands[k].verb))
			return 0;
	/* "Asked by a reporter ..., the president said ...": the statement of the participle
	 * that opens an adverbial opener (a question put to the main clause's subject) yields
	 * to the main clause's event after it */
	int oe = 0, first = 0;
	while (oe < S->nt && (S->t[oe].clause_break < OPENER_END ||
			      S->t[oe].clause_break == OPENER_ING))
		oe++;
	while (first < oe && !sent_live(S, first))
		first++;
	for (int k = 0; k < nc && cd->code.sub && cd->verb == first && first < oe; k++)
		if (cands[k].verb > oe && selected(S, cands, cl, nc, k, any_dom))
			return 0;   /* (k's verb opens no opener: no deeper call) */
	/* lead171: "Appealing for funds, Guterres said ...", "Threatening to kill the
	 * hostages, BLA demanded ...": a bare participle opener tells the manner of the main
	 * clause's deed, so its own deed is coded only when the main clause codes none (the
	 * annotated sets code the main clause). A meeting named there stays a deed of its own
	 * beside the main one (speaking53). */
	int be = bare_opener_end(S);
	for (int k = 0; k < nc && be && cd->verb < be && !opener_meeting(cd); k++)
		if (cands[k].verb > be && !cands[k].relative &&
		    selected(S, cands, cl, nc, k, any_dom))
			return 0;   /* (k's verb is after the opener: no deeper call) */
	if (any_dom && by == CODE_BY_ALL)
		return cd->code.dom;
	if (by == CODE_BY_ALL) {
		int nonsub = 0;
		for (int k = 0; k < nc; k++)
			nonsub |= !cands[k].code.sub;
		return nonsub ? !cd->code.sub : 1;
	}
	/* the first non-subordinate candidate of its scope, else the first; not a participle
	 * on the subject of another candidate's verb (subjacl51: "Kenyan police deployed to
	 * Haiti clashed with gangs" codes the clash, not the deployment) */
	int first_nonsub = -1, first_any = -1;
	for (int k = 0; k < nc; k++) {
		if (by == CODE_BY_CLAUSE && cl[k] != cl[i])
			continue;
		int described = 0;
		for (int j = 0; j < nc && !described; j++)
			described = j != k && cl[j] == cl[k] &&
				    syntax_subject_participle(S, cands[k].verb, cands[j].verb);
		if (described)
			continue;
		if (first_any < 0)
			first_any = k;
		if (first_nonsub < 0 && !cands[k].code.sub)
			first_nonsub = k;
	}
	int take = i == (first_nonsub >= 0 ? first_nonsub : first_any) || cd->code.dom;
	/* news: a statement ("said", "announced") is coded only when nothing else in the
	 * sentence is */
	if (take && cd->code.sub && (S->c->o.news & NEWS_CLAUSES))
		for (int k = 0; k < nc; k++)
			/* lead171: nor is a bare participle opener's deed the sentence's */
			if (!cands[k].code.sub && !cands[k].relative &&
			    !(be && cands[k].verb < be && cd->verb > be))
				/* a relative clause's deed is background: it does not */
				take = 0;
	return take;
}

/* between51: 1 when one of candidates c (n) is between codes x and y, either way: "The summit
 * between the EU and Turkey failed to reach agreement" (120) says what the summit came to,
 * "attacked Gaza after an exchange of fire between Israeli troops and Palestinians" what
 * followed it; the noun's own event (syn_between_event) would be a second for that pair. */
static int linked(const coder_cand *c, int n, const char *x, const char *y)
{
	for (int k = 0; k < n; k++) {
		int sx = 0, sy = 0, tx = 0, ty = 0;
		for (int i = 0; i < c[k].src.n; i++) {
			sx |= !strcmp(c[k].src.m[i].code, x);
			sy |= !strcmp(c[k].src.m[i].code, y);
		}
		for (int i = 0; i < c[k].tgt.n; i++) {
			tx |= !strcmp(c[k].tgt.m[i].code, x);
			ty |= !strcmp(c[k].tgt.m[i].code, y);
		}
		if ((sx && ty) || (sy && tx))
			return 1;
	}
	return 0;
}

/* shared107: --shallow, the verb after candidate i when only AND stands between their verbs
 * ("Rebels attacked and killed soldiers", "has been attacking and fighting troops") and
 * candidate i has no target of its own while that verb has one: the two verbs share that
 * object (the parse path's conjoined verbs do so). -1 when none. */
static int and_object_verb(coder_sent *S, const coder_cand *cands, int nc, int i)
{
	static const char *const and[] = { "AND", NULL };
	const coder_cand *cd = &cands[i];
	if (syntax_on(S) || !no_target(&cd->tgt) || !cd->code.a)
		return -1;
	int j = cd->verb + 1;
	while (j < S->nt && !sent_live(S, j))
		j++;
	if (j >= S->nt || !tok_in(&S->t[j], and))
		return -1;
	j++;
	while (j < S->nt && !sent_live(S, j))
		j++;
	for (int k = 0; k < nc; k++)
		if (cands[k].verb == j && !no_target(&cands[k].tgt) && cands[k].code.a)
			return k;
	return -1;
}

/* shared107: 1 when candidate i, sharing the next verb's object (and_object_verb), codes the
 * same CAMEO root as that verb: "attacked and killed soldiers" is one deed, one event is
 * enough (the parse path codes one). A different root keeps its own open target by golden
 * convention ("Police beat and detained students": 182 with no target, verbs66). */
static int and_object_yields(coder_sent *S, const coder_cand *cands, int nc, int i)
{
	int k = and_object_verb(S, cands, nc, i);
	return k >= 0 && !strncmp(cands[i].code.a, cands[k].code.a, 2);
}

/* vow54: "vowed to destroy Hamas", "pledged to kill the militants", "threatened to shoot
 * protesters" (vow60: "swore to crush the rebels"): a vow, pledge, promise, oath or threat
 * that codes only its verb's own default (030, 130: no pattern of its own matched, no rule
 * recoded it) and whose "to" complement (one adverb may stand between) is a deed of force or
 * coercion (14-20, or the threat the parse path made of it) is the threat of that deed
 * (CAMEO's 13x by the deed: 138 for force, 137 repression, 1312 sanctions), not an intent to
 * cooperate; the deed's candidate takes the event and the vow's yields. A cooperative deed
 * keeps the vow's own patterns ("pledged to free" 0353). Returns 1 when candidate i yields
 * (the deed's code is set). */
static int vow_yields(coder_sent *S, coder_cand *cands, int nc, int i)
{
	static const char *const vows[] = { "VOW", "PLEDGE", "PROMISE", "THREATEN", "SWEAR_",
		NULL };
	const coder_cand *cd = &cands[i];
	if (cd->pt || !cd->root || !cd->root->name || !cd->code.a || !cd->root->code.a ||
	    strcmp(cd->code.a, cd->root->code.a))
		return 0;
	int k = 0;
	while (vows[k] && strcmp(cd->root->name, vows[k]))
		k++;
	int v = S->t[cd->verb].end > cd->verb ? S->t[cd->verb].end : cd->verb;
	if (!vows[k] || v + 2 >= S->nt || !tok_is(&S->t[v + 1], "TO"))
		return 0;
	for (k = 0; k < nc; k++) {
		int d = cands[k].verb;
		const char *a = cands[k].code.a;
		const coder_tok *between = &S->t[v + 2];
		if (!(d == v + 2 || (d == v + 3 && between->n > 3 && tok_ends(between, "LY"))) ||
		    !a)
			continue;
		const char *t = syn_threat_code(a);
		if (!t && !(a[0] == '1' && a[1] == '3'))
			return 0;
		if (t) {
			cands[k].code.a = t;
			cands[k].code.b = NULL;
		}
		return 1;
	}
	return 0;
}

/* 1 when coder token t is the verb of one of the nc candidates selected (sel): a deed coded
 * there. */
static int verb_coded(const coder_cand *cands, const int *sel, int nc, int t)
{
	for (int k = 0; k < nc; k++)
		if (sel[k] && cands[k].verb == t)
			return 1;
	return 0;
}

/* Splits the sentence into clauses, codes their verbs and emits the selected events. */
void clause_code(coder_sent *S)
{
	int bounds[MAX_TOKENS + 2];
	int nb = clause_bounds(S, bounds);
	/* a candidate per live verb at most (a candidate is ~2 KB: no room per token) */
	int nverbs = 0;
	for (int i = 0; i < S->nt; i++)
		nverbs += sent_live(S, i) && S->t[i].type == TY_VERB;
	/* not cleared: code_verbs writes each candidate and clause it returns */
	coder_cand *cands = arena_alloc_raw(&S->c->scratch, sizeof *cands * (size_t)(nverbs + 1));
	int *cl = arena_alloc_raw(&S->c->scratch, sizeof *cl * (size_t)(nverbs + 1));
	if (!cands || !cl)
		return;
	int nc = code_verbs(S, bounds, nb, cands, cl, nverbs);
	/* '"President Trump is right, and his proposal to deepen U.S. investment in Ukraine
	 * ...," Barr told VOA': a statement coded by what it says (praise, a charge, a threat,
	 * synspeech.c) holds the deeds of that content; they are what is judged, no events */
	int kept = 0;
	for (int i = 0; i < nc; i++) {
		int inside = 0;
		for (int k = 0; k < nc && !inside; k++)
			inside = k != i && cands[k].content &&
				 syn_in_content(S, cands[k].content, cands[k].verb, cands[i].verb);
		if (inside || vow_yields(S, cands, nc, i) || and_object_yields(S, cands, nc, i))
			continue;
		if (kept != i) {
			cands[kept] = cands[i];
			cl[kept] = cl[i];
		}
		kept++;
	}
	nc = kept;
	int any_dom = 0;
	for (int i = 0; i < nc; i++)
		any_dom |= cands[i].code.dom;
	int emitted = 0;
	coder_cand deed;   /* the attack a claim of responsibility names; a nominal deed */
	int *sel = arena_alloc_raw(&S->c->scratch, sizeof *sel * (size_t)(nverbs + 1));
	if (!sel)
		return;
	for (int i = 0; i < nc; i++)
		sel[i] = selected(S, cands, cl, nc, i, any_dom);
	for (int i = 0; i < nc; i++)   /* (a main-clause deed is never cleared here) */
		sel[i] = sel[i] && !relative_yields(S, cands, sel, nc, i);
	for (int i = 0; i < nc; i++)
		if (sel[i]) {
			int claimed = syn_claimed_attack(S, &cands[i], &deed);
			if (!claimed)   /* content138: the same claim read on --shallow */
				claimed = news_claimed_deed(S, &cands[i], &deed);
			/* shclaim170: a claimed deed word the coder read as a verb of its own
			 * ("for missile and drone attack on ...") is coded there already */
			if (claimed == 1 && !syntax_on(S) && verb_coded(cands, sel, nc, deed.verb))
				claimed = 0;
			if (claimed != 2) {   /* a claimed deed is no statement besides */
				event_emit(S, &cands[i]);
				emitted++;
			}
			if (claimed) {
				event_emit(S, &deed);
				emitted++;
			}
		}
	/* "Ankara's backing of the Libyan government averted its defeat": no verb codes, the
	 * noun phrase does (synnoun.c) */
	if (!emitted && syn_nominal_event(S, &deed)) {
		event_emit(S, &deed);
		emitted++;
	}
	/* shaccpass173: "X was responsible for the killing of Y" has no verb of the deed. Only
	 * when nothing else codes: a deed word read as a verb ("for mass killings") is coded
	 * already, and a side a speaker says was responsible is that speaker's charge
	 * (accuse36, blame50, quotefirst135) */
	if (!emitted && news_responsible_deed(S, &deed))
		event_emit(S, &deed);
	/* "Talks between Iran and the United States ended": the noun's own mutual event, beside
	 * the verb's (synnoun.c), member by member: a ceasefire (0871) of a compound with
	 * itself would leave its target open */
	kept = 0;   /* the emitted candidates: a noun one codes, or a pair one links, is left
		     * to it */
	for (int i = 0; i < nc; i++)
		if (sel[i] && kept++ != i)
			cands[kept - 1] = cands[i];
	/* "X, after talks with Y, said": the meeting the frame names (event.c) */
	if (event_meeting_frame(S, cands, kept, &deed))
		event_emit(S, &deed);
	for (int from = 0; syn_between_event(S, &from, cands, kept, &deed);) {
		coder_slot all;
		slot_copy(&all, &deed.src);
		for (int i = 0; i < all.n; i++)
			for (int j = 0; j < all.n; j++) {
				const char *x = all.m[i].code, *y = all.m[j].code;
				if (all.m[i].a == all.m[j].a || !strcmp(x, y) ||
				    linked(cands, kept, x, y))
					continue;
				deed.src.m[0] = all.m[i];
				deed.tgt.m[0] = all.m[j];
				deed.src.n = deed.tgt.n = 1;
				event_emit(S, &deed);
			}
	}
}
