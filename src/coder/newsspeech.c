/*
 * newsspeech.c - the --shallow path's news rules (KHALDUN:) on reported speech: news outlets
 * and venues of speech ("told reporters", "in an interview with VOA"), who said a sentence
 * (speakers, observers, onlookers, anonymous sources), what is charged or judged in it
 * (accusations, blame, praise), quoted and reported wrongs and threats, documents and
 * claims. Split from news.c, which holds the rest of the news rules; callers reach these
 * through the news_ declarations of sent.h.
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

/* speech96: 1 when actor code carries the media agent among its three-letter parts after
 * the country ("GBRMED" Reuters, "~MED" reporters, "USAGOVMED"): a news outlet or reporter. */
static int media_agent_code(const char *code)
{
	for (size_t i = code[0] == '~' ? 1 : 3; i + 3 <= strlen(code); i += 3)
		if (!strncmp(code + i, "MED", 3))
			return 1;
	return 0;
}

/* shnews170: 1 when the phrase from token k to token end leads with a word of the press
 * (syn_press_word, the parse path's list), past its article and up to two lowercase words
 * ("VOA", "a local radio station", "Radio France International"). */
static int press_lead(const coder_sent *S, int k, int end)
{
	static const char *const art[] = { "A", "AN", "THE", NULL };
	for (int plain = 0; k <= end && k < S->nt; k++) {
		const coder_tok *t = &S->t[k];
		if (syn_press_word(t->s, t->n))
			return 1;
		if (tok_in(t, art))
			continue;
		if (t->cls != C_WORD || t->cap || ++plain > 2)
			return 0;
	}
	return 0;
}

/* accuse49: --shallow, 1 when slot s holds an actor of the press (coded with the media agent
 * MED: "Reuters", "reporters") standing right after a form of "tell": the one told, the
 * channel of a statement, neither its source ("The senator told Reuters that Iran ...": the
 * shallow rules took Reuters for want of a dictionary speaker) nor its target. Not one
 * told to do something ("told journalists to leave": a demand on them). target89: "the"
 * may stand between ("told the Reuters news agency"); told106: also at the sentence's end.
 * shnews170: also an outlet no dictionary codes with the media agent, whose phrase leads
 * with a press word ("told VOA there was ...", "told a local radio station", "told Radio
 * France International": none, FRA), as the parse path's outlet_slot reads its head. */
int news_told_press(const coder_sent *S, const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	const char *code = s->n ? s->m[0].code : NULL;
	static const char *const to[] = { "TO", NULL };   /* "told journalists to leave" */
	if (!a || a->pos < 1 || a->end >= S->nt || !code)
		return 0;
	int k = a->pos - 1;   /* target89: "told the Reuters news agency" */
	if (k > 0 && tok_is(&S->t[k], "THE"))
		k--;
	/* told106: the press may end the sentence ("..., the envoy told reporters.") */
	if (!tok_in(&S->t[k], TELL_WORDS) ||
	    (a->end + 1 < S->nt && tok_in(&S->t[a->end + 1], to)))
		return 0;
	return media_agent_code(code) || press_lead(S, a->pos, a->end);
}

/* toldin168: 1 when token k is a verb of telling or speaking ("said", "told", "speaking").
 * Not all of SPEECH_WORDS: without a parse "a police post in Garissa", "the state" are
 * nouns. */
static int speech_token(const coder_sent *S, int k)
{
	static const char *const speak[] = { "SAYING", "SPOKE", "SPEAKING", "STATED",
		"DECLARED", "ANNOUNCED", "WARNED", NULL };
	return tok_in(&S->t[k], PLAIN_SAY_WORDS) || tok_in(&S->t[k], TELL_WORDS) ||
	       tok_in(&S->t[k], speak);
}

/* toldin168: 1 when the audience word at token k follows a verb of speech, past its article,
 * plain words and "to", "at", "before" ("told a rally", "said at a news conference"), and is
 * not one told to do something ("told supporters to march": a demand on them). */
static int told_audience(const coder_sent *S, int k)
{
	static const char *const lead[] = { "A", "AN", "THE", "TO", "AT", "BEFORE", NULL };
	if (k + 1 < S->nt && tok_is(&S->t[k + 1], "TO"))
		return 0;
	for (int j = k - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
		if (speech_token(S, j))
			return 1;
		if (!tok_in(&S->t[j], lead) && (S->t[j].cls != C_WORD || S->t[j].cap ||
						 tok_has(&S->t[j], WF_PREP)))
			return 0;
	}
	return 0;
}

/* toldin168: --shallow, 1 when slot s holds the audience of a speech or the place it was
 * made: the audience right after the verb ("told a rally", "told journalists in Abuja"), or
 * the words after "in|at" that follow the verb or its audience ("said in Kabul", "said at a
 * news conference in Kabul"), when it is coded: the place's country leaked into it. The
 * parse path's speech_place (synnews.c), read from tokens: gold makes the place the event's
 * place and the audience no side; a body told ("told parliament in Ankara") is no audience
 * word and stays the target. */
int news_speech_place(const coder_sent *S, const coder_slot *s)
{
	static const char *const at[] = { "IN", "AT", NULL };
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pron_kind || a->pos < 2 || a->end >= S->nt || !strcmp(s->m[0].code, "---"))
		return 0;   /* an uncoded phrase ("told VOA") keeps its statement */
	int k = a->pos;
	const coder_tok *t = &S->t[k];
	if (syn_audience_word(t->s, t->n))
		return told_audience(S, k);
	k--;
	if (k > 1 && tok_is(&S->t[k], "THE"))
		k--;
	if (!tok_in(&S->t[k], at))
		return 0;
	k--;   /* the verb, or the audience: "told journalists in Abuja" */
	return speech_token(S, k) || (syn_audience_word(S->t[k].s, S->t[k].n) &&
				      told_audience(S, k));
}

/* ownphrase107: 1 when slot s holds a news outlet (an actor coded with the media agent)
 * right after "with" or "on" (token w, "the" may stand before the outlet), that after a venue
 * of speech led by a word of lead ("during an interview with CNN", "in an interview on state
 * television"): the channel the words went out on, no side of them. */
static int venue_outlet(const coder_sent *S, const coder_slot *s, int w,
			const char *const *lead, const char *const *venue)
{
	static const char *const with[] = { "WITH", "ON", NULL };
	if (w > 0 && tok_is(&S->t[w], "THE"))
		w--;
	if (w < 2 || !tok_in(&S->t[w], with) || !tok_in(&S->t[w - 1], venue) ||
	    !media_agent_code(s->m[0].code))
		return 0;
	int i = w - 2;   /* "during a live television interview": up to three plain words */
	for (int k = 0; k < 3 && i > 0 && S->t[i].cls == C_WORD && !tok_in(&S->t[i], lead) &&
	     !tok_has(&S->t[i], WF_PREP); k++)
		i--;
	return tok_in(&S->t[i], lead);
}

/* negadv54: 1 when slot s holds the words of a venue of speech, a phrase led by "during",
 * "at" or "in" whose noun is a conference, briefing, interview, speech, statement or rally
 * ("during a press conference", "in an interview with state television"): where the words
 * were said, no side; "press" there only says which conference, it is not the media. */
int news_speech_venue(const coder_sent *S, const coder_slot *s)
{
	static const char *const lead[] = { "DURING", "AT", "IN", NULL };
	static const char *const venue[] = { "CONFERENCE", "CONFERENCES", "BRIEFING",
		"BRIEFINGS", "INTERVIEW", "INTERVIEWS", "SPEECH", "SPEECHES", "STATEMENT",
		"STATEMENTS", "RALLY", "RALLIES", NULL };
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 1 || a->end >= S->nt)
		return 0;
	int i = a->pos - 1;   /* "during a joint news conference": articles and adjectives */
	if (venue_outlet(S, s, i, lead, venue))
		return 1;
	for (int k = 0; k < 3 && i > 0 && (S->t[i].type == TY_DET || S->t[i].type == TY_ADJ);
	     k++)
		i--;
	if (!tok_in(&S->t[i], lead))
		return 0;
	for (int j = a->pos; j < S->nt && j <= a->end + 2; j++) {
		if (S->t[j].cls != C_WORD || (j > a->pos && tok_has(&S->t[j], WF_PREP)))
			return 0;
		if (tok_in(&S->t[j], venue))
			return 1;
	}
	return 0;
}

/* 1 when one of the three words after token i (no comma between) is in accuse49's list
 * which ("behind the deadly attack", "harbored Islamist militants"). */
static int charge_word_near(const coder_sent *S, int i, enum syn_charge which)
{
	for (int j = i + 1; j < S->nt && j <= i + 3 && S->t[j].cls != C_COMMA; j++)
		if (syn_charge_word(S->t[j].s, S->t[j].n, which))
			return 1;
	return 0;
}

/* blame50: 1 when the words from token p bear blame for a deed or a wrong: "(must) bear /
 * bore / carries (the) (full) responsibility for the attack" (the parse path's borne_blame,
 * synspeech.c). A negation stands before the verb and so charges no one. */
static int borne_blame(const coder_sent *S, int p)
{
	static const char *const bear[] = { "BEAR", "BEARS", "BORE", "BORNE", "CARRY", "CARRIES",
		"CARRIED", "SHOULDER", "SHOULDERS", "SHOULDERED", NULL };
	if (p < S->nt && tok_is(&S->t[p], "MUST"))
		p++;
	if (p >= S->nt || !tok_in(&S->t[p], bear))
		return 0;
	for (p++; p < S->nt && (tok_is(&S->t[p], "THE") || tok_is(&S->t[p], "FULL")); p++)
		;
	return p + 1 < S->nt && tok_is(&S->t[p], "RESPONSIBILITY") &&
	       tok_is(&S->t[p + 1], "FOR") && (charge_word_near(S, p + 1, CHARGE_DEED) ||
					       charge_word_near(S, p + 1, CHARGE_WRONG));
}

/* quote3p113: 1 when the words from token p commit a wrong ("committed crimes", "is
 * committing abuses against"): a form of "commit" with a wrong (accuse49's list) in the three
 * words after it. The reported side's deed is the charge the statement makes (112). */
static int committed_wrong(const coder_sent *S, int p)
{
	static const char *const commit[] = { "COMMIT", "COMMITS", "COMMITTED", "COMMITTING",
		NULL };
	return p < S->nt && tok_in(&S->t[p], commit) && charge_word_near(S, p, CHARGE_WRONG);
}

/* quotefirst135: 1 when speech verb v closes a quotation that opens its sentence: the
 * sentence's first token is a double quotation mark, the only other one comes right after a
 * comma, and v follows it within eight words ('"Kenya's arrests are unacceptable," the
 * minister said'). The quotation is then the clause v reports, as "said (that)" opens one.
 * quotepraise150: a quotation with no opening mark, going on from the paragraph before, too. */
static int quote_opens_report(const coder_sent *S, int v)
{
	/* quotepraise150: or the quotation goes on from the paragraph before, with no opening
	 * mark ('So I'm very proud of Secretary Rubio," the congressman told VOA') */
	if (S->nt < 4)
		return 0;
	int q = -1;
	for (int k = S->t[0].cls == C_QUOTE; k < v; k++)
		if (S->t[k].cls == C_QUOTE) {
			if (q >= 0)
				return 0;
			q = k;
		}
	return q > 1 && S->t[q - 1].cls == C_COMMA && v - q <= 8;
}

/* shjudge149: the "that" past a phrase of time or place that opens at token i after a
 * speech verb ("said on Monday that", "said Tuesday that", "contended in a post on his
 * platform that"): a weekday or recent time word (news_recent_time) or a preposition, then
 * at most ten words with no comma, quotation mark or verb, then "that" and no verb after it
 * ("said in a report that accused ...": a relative clause, left). i when there is none. */
static int said_adverbial_end(const coder_sent *S, int i)
{
	if (i >= S->nt || S->t[i].cls != C_WORD ||
	    !((S->t[i].wf & WF_PREP) || news_recent_time(S->t[i].s, (size_t)S->t[i].n)))
		return i;
	for (int p = i + 1; p < S->nt && p <= i + 10; p++) {
		const coder_tok *t = &S->t[p];
		/* shjudge170: a gerund may open the clause ("warned Friday that expanding
		 * cooperation ... is illegal") */
		if (tok_is(t, "THAT"))
			return p + 1 < S->nt && (S->t[p + 1].type != TY_VERB ||
						 tok_ends(&S->t[p + 1], "ING")) ? p : i;
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_VERB)
			return i;
	}
	return i;
}

/* shjudge149: the token past a phrase of time or place that opens a reported clause at i and
 * ends in a comma ('"During the operation, these terrorists were in contact with ...,"
 * Chaudhry told', "said that on Monday, Iran's policy was reckless"): a preposition, then at
 * most five words with no verb or quotation mark, then the comma. i when there is none. */
static int opening_phrase_end(const coder_sent *S, int i)
{
	if (i < 0 || i >= S->nt || S->t[i].cls != C_WORD || !(S->t[i].wf & WF_PREP))
		return i;
	for (int p = i + 1; p < S->nt && p <= i + 6; p++) {
		const coder_tok *t = &S->t[p];
		if (t->cls == C_COMMA)
			return p > i + 1 ? p + 1 : i;
		if (t->cls == C_QUOTE || t->type == TY_VERB)
			return i;
	}
	return i;
}

/* shacc50: the first token of the clause a statement at speech verb v (its phrase ending at
 * vend) reports: after "said (that)", or after "told (the) reporters that" (blame50: the
 * press told, then "that"); quotefirst135: the quotation that opens the sentence and closes
 * before v (quote_opens_report). Returns -1 when v is no such verb or the press is not told. */
static int reported_start(const coder_sent *S, int v, int vend)
{
	static const char *const say[] = { "SAID", "SAYS", "SAY", "CLAIMED", "CLAIMS",
		"ALLEGED", "ALLEGES", "ADDED", "ADDS", "STATED", "INSISTED", "INSISTS",
		"ARGUED", "ARGUES", "CONTENDED", "CONTENDS", "MAINTAINED", "MAINTAINS",
		"WARNED", "WARNS", NULL };   /* shjudge170: "warned that ... is illegal" */
	static const char *const tell[] = { "TOLD", "TELLS", "TELL", NULL };
	int told = tok_in(&S->t[v], tell);
	if (!told && !tok_in(&S->t[v], say))
		return -1;
	if (quote_opens_report(S, v)) {
		int i = S->t[0].cls == C_QUOTE;
		/* quotepraise150: "So ...", "And ...": a quotation's linking word */
		if (i + 1 < S->nt && (tok_is(&S->t[i], "SO") || tok_is(&S->t[i], "AND") ||
				      tok_is(&S->t[i], "BUT")))
			i++;
		return opening_phrase_end(S, i);
	}
	int i = vend + 1;
	if (told) {
		int p = i + (i < S->nt && (tok_is(&S->t[i], "THE") || tok_is(&S->t[i], "A")));
		while (p < S->nt && p < i + 3 && !syn_press_word(S->t[p].s, S->t[p].n))
			p++;
		if (p + 1 >= S->nt || p >= i + 3 || !tok_is(&S->t[p + 1], "THAT"))
			return -1;
		i = p + 1;
	} else {
		i = said_adverbial_end(S, i);
	}
	if (i < S->nt && tok_is(&S->t[i], "THAT"))
		i++;
	return opening_phrase_end(S, i);
}

/* content147: 1 when the words from token p say their subject keeps company: "in touch
 * with", "in contact with", "in league with", "in cahoots with". */
static int company_with(const coder_sent *S, int p)
{
	static const char *const company[] = { "CONTACT", "TOUCH", "LEAGUE", "CAHOOTS", NULL };
	return p + 2 < S->nt && tok_is(&S->t[p], "IN") && tok_in(&S->t[p + 1], company) &&
	       tok_is(&S->t[p + 2], "WITH");
}

/* content147: 1 when the words from token p put their subject in the company of people of
 * violence (accuse49's list) named within the three words after "with" ("were in touch with
 * the attackers"); company of others ("in contact with Washington") charges no one. */
static int violent_company(const coder_sent *S, int p)
{
	if (!company_with(S, p))
		return 0;
	for (int j = p + 3; j < S->nt && j <= p + 5; j++)
		if (syn_charge_word(S->t[j].s, S->t[j].n, CHARGE_VIOLENT))
			return 1;
	return 0;
}

/* shjudge171: 1 when token t is a verb's form in -ed or -ing ("attacked", "operating"), not
 * a noun a verb's entry shares ("masterminds", "supporters"). */
static int verb_form(const coder_tok *t)
{
	return t->type == TY_VERB && (tok_ends(t, "ED") || tok_ends(t, "ING"));
}

/* shjudge171: 1 when token j (j >= start, the first word after "with") ends the "with" phrase
 * of company_kept_side: a comma, a quotation mark, an auxiliary, a verb in -ed or -ing, a
 * relative or clause word, a preposition that opens no place or origin of the people met ("via
 * satellite phone", "about the talks"; "in", "of", "from" belong to them: "handlers in
 * Afghanistan"), or the tenth word. The parse path reads the whole phrase ("their supporters
 * and masterminds in Afghanistan"); content147's five words cut such a joined phrase short. */
static int with_phrase_end(const coder_sent *S, int j, int start)
{
	static const char *const whence[] = { "IN", "OF", "FROM", NULL };
	const coder_tok *t = &S->t[j];
	if (j >= start + 10 || t->cls == C_COMMA || t->cls == C_QUOTE ||
	    (t->wf & (WF_REL | WF_CLAUSE | WF_SUB | WF_AUX)) || verb_form(t))
		return 1;
	return (t->wf & WF_PREP) && !tok_in(t, whence);
}

/* content147: the side a reported clause opening at token i, whose subject is people of
 * violence ("Tuesday's attackers", "the militants"), puts them in the company of: "said the
 * attackers were in touch with planners in Afghanistan" charges Afghanistan, the first actor
 * of the "with" phrase (shjudge171: with_phrase_end; the parse path's wrongdoer_word). The
 * subject's words are at most four plain words ending in a violent-people noun, then a form of
 * "be"; -1: none. */
static int company_kept_side(const coder_sent *S, int i)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAD", "HAS", "HAVE",
		"BEEN", NULL };
	int p = i, hit = 0;
	while (p < S->nt && p < i + 4 && !tok_in(&S->t[p], be) && S->t[p].actor < 0 &&
	       S->t[p].cls != C_COMMA)
		hit = syn_charge_word(S->t[p].s, S->t[p].n, CHARGE_VIOLENT), p++;
	if (!hit || p >= S->nt || !tok_in(&S->t[p], be))
		return -1;
	while (p < S->nt && tok_in(&S->t[p], be))
		p++;
	if (!company_with(S, p))
		return -1;
	for (int j = p + 3; j < S->nt && !with_phrase_end(S, j, p + 3); j++)
		if (S->t[j].type == TY_ACTOR && S->t[j].actor >= 0)
			return S->t[j].actor;
	return -1;
}

/* content147: 1 when the words from token p charge their subject with misusing a trust, as
 * the parse path's wrongdoer_word reads it: a verb of misuse and a trust noun within the two
 * words after it ("abused his power", "misused the office"), or "used" such a noun "for" a
 * gain of one's own within the six words after ('used power "for his own benefit"'). */
static int misused_trust(const coder_sent *S, int p)
{
	static const char *const used[] = { "USED", "USING", "USES", NULL };
	static const char *const own[] = { "OWN", "PERSONAL", "PRIVATE", NULL };
	if (p + 1 >= S->nt)
		return 0;
	int misuse = syn_charge_word(S->t[p].s, S->t[p].n, CHARGE_MISUSE);
	if (!misuse && !tok_in(&S->t[p], used))
		return 0;
	int q = -1;
	for (int j = p + 1; j < S->nt && j <= p + 3 && q < 0; j++)
		if (syn_charge_word(S->t[j].s, S->t[j].n, CHARGE_TRUST))
			q = j;
	if (q < 0)
		return 0;
	if (misuse)
		return 1;
	for (int j = q + 1; j + 1 < S->nt && j <= q + 6; j++)
		if (tok_in(&S->t[j], own) &&
		    syn_charge_word(S->t[j + 1].s, S->t[j + 1].n, CHARGE_GAIN))
			return tok_is(&S->t[q + 1], "FOR") || (q + 2 < S->nt &&
			       S->t[q + 1].cls == C_QUOTE && tok_is(&S->t[q + 2], "FOR"));
	return 0;
}

/* shacc50: --shallow, the side a statement at speech verb v (its phrase ending at vend)
 * charges with a wrong (the parse path's culprit_word and wrongdoer_word, synspeech.c): "said
 * (that) Ghana was behind the attack", "was responsible for", "were involved in" a deed or a
 * wrong ("in corrupt acts": one a word of blame describes), "had harbored militants" (a verb
 * of abetting with terror after it, its token put in *deed; else -1). The actor must follow
 * the verb (and "that") at once, and only forms of "be" and "have" stand between it and the
 * charge (shallowrep118: its agent noun, "Somali officials", and a quotation mark may follow
 * the actor): a negation, a modal ("could be behind") or "if"/"whether" before the actor
 * charges no one. content147: also "said (that) Berisha had used power for his own benefit",
 * "had misused his office", "Somalia was in touch with the militants" (misused_trust,
 * violent_company), the actor after "the" ("said the Pakistani army was behind"), and, when
 * people of violence open the clause, the side they kept company with (company_kept_side).
 * Returns the actor's index, -1: none. */
int news_charged_side(const coder_sent *S, int v, int vend, int *deed)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAD", "HAS", "HAVE",
		"BEEN", NULL };
	static const char *const culpable[] = { "RESPONSIBLE", "CULPABLE", NULL };
	static const char *const partaking[] = { "INVOLVED", "IMPLICATED", "COMPLICIT", NULL };
	*deed = -1;
	int i = reported_start(S, v, vend);
	/* content147: "said the government had misused its power" */
	if (i >= 0 && i + 1 < S->nt && tok_is(&S->t[i], "THE") && S->t[i + 1].actor >= 0)
		i++;
	/* content147: "said the attackers were in touch with planners in Afghanistan" */
	if (i >= 0 && i < S->nt && S->t[i].actor < 0)
		return company_kept_side(S, i);
	if (i < 0 || i >= S->nt || S->t[i].type != TY_ACTOR || S->t[i].actor < 0)
		return -1;
	/* shallowrep118: past the actor's agent ("Somali officials") and a quotation mark
	 * opening the charge ('said Berisha "was involved in corrupt acts"') */
	int k = S->t[i].actor, p = pattern_agent_end(S, &S->a[k], S->a[k].end) + 1, aux = 0;
	if (p < S->nt && S->t[p].cls == C_QUOTE)
		p++;
	while (p < S->nt && aux < 3 && tok_in(&S->t[p], be))
		p++, aux++;
	if (borne_blame(S, p))
		return k;
	if (committed_wrong(S, p))
		return k;
	/* content147: "said Berisha had used power for his own benefit", "was in touch with
	 * the attackers" */
	if (misused_trust(S, p) || (aux && violent_company(S, p)))
		return k;
	if (!aux || p + 1 >= S->nt)
		return -1;
	const coder_tok *t = &S->t[p];
	if (tok_is(t, "BEHIND") && charge_word_near(S, p, CHARGE_DEED))
		return k;
	if (tok_in(t, culpable) && tok_is(&S->t[p + 1], "FOR") &&
	    charge_word_near(S, p + 1, CHARGE_DEED))
		return k;
	if (tok_in(t, partaking) && tok_is(&S->t[p + 1], "IN") &&
	    (charge_word_near(S, p + 1, CHARGE_DEED) || charge_word_near(S, p + 1, CHARGE_WRONG) ||
	     charge_word_near(S, p + 1, CHARGE_BLAME)))
		return k;   /* shallowrep118: or a wrong blamed, "in corrupt acts" */
	if (syn_charge_word(t->s, t->n, CHARGE_ABET) && charge_word_near(S, p, CHARGE_TERROR)) {
		*deed = p;
		return k;
	}
	return -1;
}

/* accuse60: 1 when token t may be a noun of the thing an actor's possessive or modifier
 * names ("Pyongyang's launch", "the US sanctions"): a lower-case word, no actor, auxiliary,
 * modal, negation, relative or preposition (a deed verb's form may be the noun). */
static int thing_word(const coder_tok *t)
{
	return t->cls == C_WORD && !t->cap && t->actor < 0 &&
	       !(t->wf & (WF_PREP | WF_CLAUSE | WF_AUX | WF_MODAL | WF_NEG | WF_REL | WF_SUB)) &&
	       (t->type == TY_NULL || t->type == TY_NOUN || t->type == TY_ADJ ||
		t->type == TY_VERB);
}

/* judge98: 1 when token p is a plain lower-case adjective or unknown word joined by "and"
 * (or "or") to a word of blame right after it ("dangerous and reckless", "baseless and
 * malicious"): the pair is one predicate, judged by its second word. */
static int judged_pair(const coder_sent *S, int p)
{
	const coder_tok *t = &S->t[p];
	/* shjudge170: or a comma ("is dangerous, illegal and a growing threat") */
	if (p + 2 >= S->nt || !(tok_is(&S->t[p + 1], "AND") || tok_is(&S->t[p + 1], "OR") ||
				S->t[p + 1].cls == C_COMMA))
		return 0;
	const coder_tok *u = &S->t[p + 2];
	return t->cls == C_WORD && !t->cap && t->actor < 0 &&
	       (t->type == TY_ADJ || t->type == TY_NULL) && !tok_is(t, "NOT") &&
	       !tok_is(t, "NEVER") && syn_charge_word(u->s, u->n, CHARGE_BLAME);
}

/* shmiss128: --shallow, the side a reported clause opening at token i charges with a wrong
 * it names first: a noun of wrong (accuse49's list) with "in" or "by" and the side after it,
 * then a form of "be" ("said corruption in Albania is pervasive", "said abuses by the
 * militia were widespread"). "against" or "of" name the wronged ("aggression against
 * Ukraine"), not the doer, and are left alone; a negation or a modal after the side leaves
 * the statement plain. Returns the actor's index, -1 when none. */
static int wrong_by_side(const coder_sent *S, int i)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAS", "HAVE", "HAD", NULL };
	if (i < 0 || i + 2 >= S->nt || !syn_charge_word(S->t[i].s, S->t[i].n, CHARGE_WRONG) ||
	    !(tok_is(&S->t[i + 1], "IN") || tok_is(&S->t[i + 1], "BY")))
		return -1;
	int j = i + 2 + tok_is(&S->t[i + 2], "THE");
	if (j >= S->nt || S->t[j].type != TY_ACTOR || S->t[j].actor < 0)
		return -1;
	int k = S->t[j].actor, p = pattern_agent_end(S, &S->a[k], S->a[k].end) + 1;
	return p < S->nt && tok_in(&S->t[p], be) ? k : -1;
}

/* shjudge149: the token past a quotation mark opening the predicate at p and a superlative
 * frame that ranks the side among the worst ('said the EU is "one of the most hostile ..."',
 * "is among the most abusive regimes"): the judgement word follows it. "one of the least"
 * ranks the other way and is not passed; p itself when there is neither. */
static int judged_rank_end(const coder_sent *S, int p)
{
	if (p < S->nt && S->t[p].cls == C_QUOTE)
		p++;
	int q = p;
	if (q + 1 < S->nt && tok_is(&S->t[q], "ONE") && tok_is(&S->t[q + 1], "OF"))
		q += 2;
	else if (q < S->nt && tok_is(&S->t[q], "AMONG"))
		q++;
	else
		return p;
	if (q + 1 < S->nt && tok_is(&S->t[q], "THE") && tok_is(&S->t[q + 1], "MOST"))
		return q + 2;
	return p;
}

/* quotepraise150: the token of a side's name after a capitalised title that is no actor
 * ("President Emmanuel Macron", "Secretary Rubio"): i + 1 when token i is such a title and
 * an actor's first token follows it, else i. */
static int titled_side_start(const coder_sent *S, int i)
{
	if (i < 0 || i + 1 >= S->nt)
		return i;
	const coder_tok *t = &S->t[i];
	return t->cls == C_WORD && t->cap && t->actor < 0 &&
	       (t->type == TY_AGENT || t->type == TY_LIT || t->type == TY_NULL) &&
	       S->t[i + 1].type == TY_ACTOR &&
	       S->t[i + 1].actor >= 0 ? i + 1 : i;
}

/* quotepraise150: the side a reported clause opening at token i says the speaker feels
 * gratitude or pride towards, as the parse path's FELT_WORDS read it: "I" or "we", a form of
 * "be" ("'m", "am", "are", "was", "were"), at most two adverbs ("very", "so", "deeply"), a
 * word of feeling (syn_charge_word CHARGE_FELT: "proud", "grateful"), then "of", "to" or
 * "for" and an actor, after "the" at most ('"I\'m very proud of Secretary Rubio," the
 * congressman told VOA'). A negation anywhere between ("not proud of") leaves it; -1: none. */
static int felt_towards_side(const coder_sent *S, int i)
{
	static const char *const self[] = { "I", "WE", "I'M", "WE'RE", NULL };
	static const char *const be[] = { "'M", "AM", "'RE", "ARE", "WAS", "WERE", NULL };
	static const char *const adv[] = { "VERY", "SO", "DEEPLY", "TRULY", "REALLY", "EXTREMELY",
		"ALWAYS", "ALSO", "INCREDIBLY", "IMMENSELY", NULL };
	static const char *const prep[] = { "OF", "TO", "FOR", NULL };
	if (i < 0 || i >= S->nt || !tok_in(&S->t[i], self))
		return -1;
	int p = i + 1;
	if (!tok_is(&S->t[i], "I'M") && !tok_is(&S->t[i], "WE'RE")) {
		if (p >= S->nt || !tok_in(&S->t[p], be))
			return -1;
		p++;
	}
	for (int k = 0; k < 2 && p < S->nt && tok_in(&S->t[p], adv); k++)
		p++;
	if (p + 2 >= S->nt || !syn_charge_word(S->t[p].s, S->t[p].n, CHARGE_FELT) ||
	    !tok_in(&S->t[p + 1], prep))
		return -1;
	p += 2;
	if (tok_is(&S->t[p], "THE") && p + 1 < S->nt)
		p++;
	p = titled_side_start(S, p);
	return S->t[p].type == TY_ACTOR ? S->t[p].actor : -1;
}

/* accuse60: 1 when the words from token p, right after a reported clause's subject, judge
 * that subject: a form of "be" (up to three), then after adverbs and one article and adjective
 * at most, a word of blame (*code "111") or a noun of wrong ("112"); after a noun of conduct
 * (conduct: "Washington's trade policy was bad"), a word of a bad state (111) or of approval
 * (051); a word of approval of the side itself (bare: '"President Trump is right"', 051). A
 * negation, a modal or any other word before the judgement leaves it: 0. */
static int judged_predicate(const coder_sent *S, int p, int conduct, int bare, const char **code)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAS", "HAVE", "HAD",
		"BEEN", NULL };
	int aux = 0;
	while (p < S->nt && aux < 3 && tok_in(&S->t[p], be))
		p++, aux++;
	if (!aux)
		return 0;
	p = judged_rank_end(S, p);
	for (int extra = 0; p < S->nt && extra < 3; p++, extra++) {
		const coder_tok *t = &S->t[p];
		if (syn_charge_word(t->s, t->n, CHARGE_BLAME) ||
		    (conduct && syn_charge_word(t->s, t->n, CHARGE_STATE))) {
			*code = "111";
			return 1;
		}
		/* quotepraise150: '"President Macron is right," Merz said': a word of
		 * approval said of the side itself, as the parse path's PRAISE_WORDS */
		if ((conduct || bare) && syn_charge_word(t->s, t->n, CHARGE_PRAISE)) {
			*code = "051";
			return 1;
		}
		if (conduct && syn_charge_word(t->s, t->n, CHARGE_GOOD)) {
			*code = "051";
			return 1;
		}
		if (syn_charge_word(t->s, t->n, CHARGE_WRONG)) {
			*code = "112";
			return 1;
		}
		/* judge98: "was dangerous and reckless", "baseless and malicious": the first of
		 * two joined words of judgement leaves the second one's judgement */
		if (judged_pair(S, p)) {
			p++;
			continue;
		}
		int ly = t->n > 3 && tok_ends(t, "LY");
		if (!(t->cls == C_WORD && !t->cap && t->actor < 0 &&
		      (ly || tok_is(t, "A") || tok_is(t, "AN") || t->type == TY_ADJ ||
		       (extra && t->type == TY_NULL))) || tok_is(t, "NOT") || tok_is(t, "NEVER"))
			return 0;
	}
	return 0;
}

/* shjudge170: the side a reported clause's subject phrase opening at token i names after a
 * preposition of its owner or doer ("the decision of Kenya", "military cooperation between
 * Russia and North Korea", "threats from Iran"): one to four plain words, "of" (after a noun
 * of conduct), "by", "between" or "from", "the" at most, an actor and, joined by "and",
 * another; *p the token past them. Not "in" (a place: "the situation in Sudan"), nor
 * "against" or "on" (the side wronged: "the accusations against Rwanda", judge98). -1: none. */
static int phrase_side(const coder_sent *S, int i, int *p)
{
	static const char *const prep[] = { "OF", "BY", "BETWEEN", "FROM", NULL };
	int j = i;
	/* a lower-case agent word that forms no actor ("military cooperation") is a plain word */
	while (j >= 0 && j < S->nt && j < i + 4 && !tok_in(&S->t[j], prep) &&
	       (thing_word(&S->t[j]) || (S->t[j].type == TY_AGENT && S->t[j].cls == C_WORD &&
					 !S->t[j].cap && S->t[j].actor < 0)))
		j++;
	if (j <= i || j + 1 >= S->nt || !tok_in(&S->t[j], prep))
		return -1;
	/* "of" names the owner only after a noun of conduct ("the decision of Kenya"); after
	 * a deed ("the killing of Somali soldiers") it names the one the deed befalls */
	if (tok_is(&S->t[j], "OF") &&
	    !syn_charge_word(S->t[j - 1].s, S->t[j - 1].n, CHARGE_CONDUCT))
		return -1;
	j += 1 + tok_is(&S->t[j + 1], "THE");
	if (j >= S->nt || S->t[j].type != TY_ACTOR || S->t[j].actor < 0)
		return -1;
	int k = S->t[j].actor, e = pattern_agent_end(S, &S->a[k], S->a[k].end) + 1;
	if (e + 1 < S->nt && tok_is(&S->t[e], "AND") && S->t[e + 1].type == TY_ACTOR &&
	    S->t[e + 1].actor >= 0) {
		const coder_actor *b = &S->a[S->t[e + 1].actor];
		e = pattern_agent_end(S, b, b->end) + 1;
	}
	*p = e;
	return k;
}

/* accuse60: --shallow, the side a statement at speech verb v (its phrase ending at vend)
 * judges as wrong, as the parse path's judgement rules read it (synspeech.c): "said (that)
 * Egypt's dam filling was illegal", "told reporters that Pyongyang's launch was a grave
 * provocation", "said the US sanctions are unacceptable". The reported clause opens with an
 * actor (after "the"), or its possessive or modifier and up to three plain nouns, then a form
 * of "be" and, after adverbs and one article and adjective at most, a word of blame (*code
 * "111") or a noun of wrong (*code "112"); copula123: after a noun of conduct ("Washington's
 * trade policy was bad"), a word of a bad state (111) or of approval (051: "Ethiopia's
 * decision was good"). A negation, a modal ("could be illegal") or any other word before the
 * judgement leaves the statement plain. quotepraise150: a word of approval said of the side
 * itself ('"President Trump is right," ...': 051), a title before its name passed over, and
 * the speaker's pride or gratitude towards a side (felt_towards_side: "I'm proud of Rubio").
 * Returns the actor's index, -1 when none. */
int news_judged_side(const coder_sent *S, int v, int vend, const char **code)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAS", "HAVE", "HAD",
		"BEEN", NULL };
	int i = reported_start(S, v, vend);
	int thanked = felt_towards_side(S, i);
	/* shcomma151: or in a clause the reported one joins with "and" ('"This is a very
	 * positive thing, and I'm very proud of Secretary Rubio," ... told VOA') */
	for (int p = i + 1; thanked < 0 && i >= 0 && p < (v > i ? v : S->nt); p++)
		if (tok_is(&S->t[p - 1], "AND"))
			thanked = felt_towards_side(S, p);
	if (thanked >= 0) {
		*code = "051";
		return thanked;
	}
	if (i >= 0 && i < S->nt && tok_is(&S->t[i], "THE"))
		i++;
	/* quotepraise150: a capitalised title before the side's name ('"President Trump is
	 * right," ...'): the name is the side judged */
	i = titled_side_start(S, i);
	int wronged = wrong_by_side(S, i);
	if (wronged >= 0) {
		*code = "112";
		return wronged;
	}
	if (i < 0 || i >= S->nt)
		return -1;
	if (S->t[i].type != TY_ACTOR || S->t[i].actor < 0) {
		/* shjudge170: "said military cooperation between Russia and North Korea is
		 * illegal": blame and wrong only, as no conduct noun is read */
		int q, named = phrase_side(S, i, &q);
		return named >= 0 && judged_predicate(S, q, 0, 0, code) ? named : -1;
	}
	int k = S->t[i].actor, p = S->a[k].end + 1, n = 0;
	if (tok_possessive(&S->t[S->a[k].end]) || (p < S->nt && tok_is(&S->t[p], "'S"))) {
		p += p < S->nt && tok_is(&S->t[p], "'S");
		/* shjudge170: a quotation opening on the side's own thing ('said the newspaper's
		 * "thinking is antiquated"'): the speaker's quoted words judge that thing */
		p += p < S->nt && S->t[p].cls == C_QUOTE;
	}
	while (p < S->nt && n < 3 && thing_word(&S->t[p]) && !tok_in(&S->t[p], be))
		p++, n++;
	/* copula123: the last plain noun names the side's conduct ("Washington's trade
	 * policy"): a word of a bad state or of approval judges it, not a thing's state */
	int conduct = n && syn_charge_word(S->t[p - 1].s, S->t[p - 1].n, CHARGE_CONDUCT);
	if (judged_predicate(S, p, conduct, !n, code))
		return k;
	return -1;
}

/* shclaim164: --shallow, the side a claim at verb v (its phrase ending at vend) puts forward
 * a deed or state of, as the parse path's syn_claimed_wrong reads it (synspeech.c): a verb of
 * contested assertion (claim, allege, contend; "claiming" after a comma too), then "that" or
 * not, and a clause whose subject is an actor of another side than the claimant's (the code
 * of src) or its possessive with up to three plain nouns ("Ugandan boats": no possessive,
 * left), then a verb: "Nairobi claimed that
 * Somalia was arming militias", "Kenya recalled its envoy, claiming Somalia's troops had
 * crossed": CAMEO's accusation (112) of that side. Not a claim denied ("did not claim"), a
 * pronoun's clause ("claimed they had attacked": the claimant's own deed), a clause whose
 * subject is no actor ("claimed that 55 percent of Indonesians", "claims the islands"), nor
 * one about the claimant's own side ("Trump claimed the U.S. military is hitting ...").
 * Returns the actor's index, -1 when none. */
int news_claimed_side(const coder_sent *S, int v, int vend, const coder_slot *src)
{
	static const char *const claim[] = { "CLAIM", "CLAIMS", "CLAIMED", "CLAIMING", "ALLEGE",
		"ALLEGES", "ALLEGED", "ALLEGING", "CONTEND", "CONTENDS", "CONTENDED",
		"CONTENDING", NULL };
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "HAS", "HAVE", "HAD",
		"BEEN", NULL };
	if (!tok_in(&S->t[v], claim) || !src->n || !src->m[0].code)
		return -1;
	for (int j = v - 1; j >= 0 && j >= v - 2; j--)
		if (tok_has(&S->t[j], WF_NEG))
			return -1;   /* "did not claim", "never alleged" */
	int i = reported_start(S, v, vend);
	if (i < 0) {   /* "claiming", "allege": the forms reported_start does not read */
		i = vend + 1;
		if (i < S->nt && tok_is(&S->t[i], "THAT"))
			i++;
	}
	if (i < S->nt && tok_is(&S->t[i], "THE"))
		i++;
	i = titled_side_start(S, i);
	if (i < 0 || i >= S->nt || S->t[i].type != TY_ACTOR || S->t[i].actor < 0)
		return -1;
	int k = S->t[i].actor, p = pattern_agent_end(S, &S->a[k], S->a[k].end) + 1, n = 0;
	/* "Somalia's maritime case": a possessive's nouns; "Ugandan boats" (audita102's guard)
	 * is a thing the side's name only describes, left a statement */
	int owns = tok_possessive(&S->t[S->a[k].end]) || (p < S->nt && tok_is(&S->t[p], "'S"));
	p += owns && p < S->nt && tok_is(&S->t[p], "'S");
	while (owns && p < S->nt && n < 3 && thing_word(&S->t[p]) && !tok_in(&S->t[p], be) &&
	       S->t[p].type != TY_VERB)
		p++, n++;
	if (p >= S->nt || !(S->t[p].type == TY_VERB || tok_in(&S->t[p], be) ||
			    tok_has(&S->t[p], WF_AUX | WF_MODAL)))
		return -1;
	const char *c = S->a[k].ncodes ? S->a[k].codes[0] : NULL;
	if (!c || !strcmp(c, "---") || (syn_codes_same_side(src->m[0].code, c) &&
					!syn_codes_rivals(src->m[0].code, c)))
		return -1;
	return k;
}

/* callnadj175: 1 when token p is a word of blame that closes the phrase it stands in (no
 * plain noun after it): "called Canada's policy unbearable", not the adjective of the
 * object's own noun ("called Russia's illegal annexation ..."). */
static int closing_blame(const coder_sent *S, int p)
{
	return p < S->nt && syn_charge_word(S->t[p].s, S->t[p].n, CHARGE_BLAME) &&
	       (p + 1 >= S->nt || !thing_word(&S->t[p + 1]));
}

/* callnadj175: 1 when the words at p judge what a verb of naming names: a word of blame
 * (BLAME_WORDS), or "a"/"an", one plain word at most, and a noun of wrong or a name of wrong
 * (WRONG_NOUNS, NAMING_WORDS: "a crime", "a clear violation", "a failure"), the parse
 * path's predicates of syn_named_judgement. */
static int named_wrong(const coder_sent *S, int p)
{
	if (p >= S->nt)
		return 0;
	if (syn_charge_word(S->t[p].s, S->t[p].n, CHARGE_BLAME))
		return 1;
	if (!tok_is(&S->t[p], "A") && !tok_is(&S->t[p], "AN"))
		return 0;
	for (int i = p + 1; i < S->nt && i <= p + 2; i++) {
		const coder_tok *t = &S->t[i];
		if (syn_charge_word(t->s, t->n, CHARGE_WRONG) ||
		    syn_charge_word(t->s, t->n, CHARGE_NAMING))
			return 1;
		if (!thing_word(t))
			return 0;
	}
	return 0;
}

/* judgelist150: --shallow, 1 when a verb of naming at v with no code of its own names the
 * conduct of the actor right after it by a word of blame (the parse path's
 * syn_named_judgement): 'Macron called Chinese subsidies "unbearable"', "called Somalia's
 * border closure deplorable": the actor (after "the"), its possessive or modifier, up to
 * three plain nouns (or none: "called Russia reckless"), a quotation mark at most, then
 * the judgement (named_wrong). callnadj175: or a thing no actor names, a pronoun ("calls it a
 * clear violation") or a determiner and up to three plain nouns ("called the decision
 * egregious"). A negation, a verb or any other word before the judgement ("called on Russia
 * to stop its reckless war") names nothing. The target is the actor the pattern-less verb
 * already takes. */
int news_named_judgement(const coder_sent *S, int v, int vend)
{
	static const char *const naming[] = { "CALLED", "CALLS", "CALLING", "CALL", "LABELED",
		"LABELLED", "BRANDED", "DEEMED", "DEEMS", NULL };
	static const char *const pron[] = { "IT", "THEM", "THIS", NULL };
	static const char *const det[] = { "THE", "THESE", "THOSE", "ITS", "THEIR", NULL };
	if (v < 0 || vend + 1 >= S->nt || !tok_in(&S->t[v], naming))
		return 0;
	if (tok_in(&S->t[vend + 1], pron))
		return named_wrong(S, vend + 2);
	int d = tok_in(&S->t[vend + 1], det), i = vend + 1 + d;
	int actor = i < S->nt && S->t[i].type == TY_ACTOR && S->t[i].actor >= 0;
	if (i >= S->nt || (!actor && !d))
		return 0;
	int p = i, n = 0;
	if (actor) {
		int k = S->t[i].actor;
		p = S->a[k].end + 1;
		if (tok_possessive(&S->t[S->a[k].end]) || (p < S->nt && tok_is(&S->t[p], "'S")))
			p += p < S->nt && tok_is(&S->t[p], "'S");
	}
	while (p < S->nt && n < 3 && thing_word(&S->t[p]) && !closing_blame(S, p))
		p++, n++;
	if (!actor && !n)
		return 0;
	if (p < S->nt && S->t[p].cls == C_QUOTE)
		p++;
	return named_wrong(S, p);
}

/* 1 when token t is a plain lower-case word a doer's means could be ("missiles", "air",
 * "strikes"): no verb, auxiliary, determiner, pronoun, actor, agent or relative word. */
static int means_word(const coder_tok *t)
{
	static const char *const rel[] = { "THAT", "WHO", "WHICH", "WHERE", "WHEN", "NOT",
		"ALSO", NULL };
	return t->cls == C_WORD && !t->cap && !t->ent && t->actor < 0 &&
	       (t->type == TY_NULL || t->type == TY_NOUN || t->type == TY_ADJ) && !tok_in(t, rel);
}

/* speech86: 1 when token t is a dictionary phrase whose code on the sentence's date is the
 * null code ("ATTACKER_ [---]"): words the dictionaries know and give to no side. */
static int null_phrase(const coder_sent *S, const coder_tok *t)
{
	if (!t->ent || t->ent->type != ENT_ACTOR || !t->ent->codes)
		return 0;
	const dict_dated_code *dc = dict_actor_code_on(t->ent->codes, S->date);
	return dc && dc->kind == CODE_NULL;
}

/* speechside115: 1 when token j is a past participle the verb dictionary knows, lower-case,
 * right before a modifier or agent ahead of verb v ("the detained migrants", "the arrested
 * rebels"): an adjective of the phrase, not its verb nor a noun of a compound. Not before
 * a passive ("said the arrested rebels were released": the speaker's side, passive51). */
static int participle_modifier(const coder_sent *S, int j, int v)
{
	const coder_tok *t = &S->t[j];
	return j + 1 < v && t->cls == C_WORD && !t->cap && t->actor < 0 && t->ent &&
	       t->ent->type == ENT_VERB && t->n > 3 && tok_ends(t, "ED") &&
	       S->t[j + 1].cls == C_WORD && !tok_in(&S->t[j + 1], HAVE_FORMS) &&
	       !news_passive_aux(S, j, v);
}

/* The token past the modifiers opening at j before verb v: adjectives of no actor and
 * (speech98) one plain noun ("village elders", "local clan elders"; *nouns: 1); the head. */
static int agent_head(const coder_sent *S, int j, int v, int *nouns)
{
	*nouns = 0;
	while (j < v && S->t[j].actor < 0 &&
	       (S->t[j].type == TY_ADJ || participle_modifier(S, j, v) ||
		(!*nouns && means_word(&S->t[j]) && ++*nouns)))
		j++;
	return j;
}

/* speech98: the last token of an agent phrase joined at token p by "and" before verb v
 * ("(elders) and police officers", "and the local militias"): "and", an article,
 * adjectives, then an agent the dictionaries know; p - 1 when none. */
static int joined_agent(const coder_sent *S, int p, int v)
{
	if (p + 1 >= v || !tok_is(&S->t[p], "AND"))
		return p - 1;
	int nouns, j = agent_head(S, p + 1 + (S->t[p + 1].type == TY_DET), v, &nouns);
	if (j >= v || S->t[j].type != TY_AGENT || !S->t[j].ent || S->t[j].ent->type != ENT_AGENT)
		return p - 1;
	return S->t[j].end > j ? S->t[j].end : j;
}

/* speechside114: 1 when the words from p up to verb v are only "has", "had" or "have" and v
 * is a past in -ED: a deed done, active ("attacked", "had killed"); not a passive ("was
 * attacked"), a deed going on ("were meeting") or one to come. */
static int past_deed(const coder_sent *S, int p, int v)
{
	while (p < v && tok_in(&S->t[p], HAVE_FORMS))
		p++;
	return p == v && S->t[v].n > 3 && tok_ends(&S->t[v], "ED");
}

/* bareagent153: 1 when the words from p up to verb v tell a deed its subject did or was
 * doing, in a form past_deed leaves out: a past of no -ED ending ("said village elders met",
 * "had held"; news_irregular_past) or a form of "was/were/is/are" before an -ING verb ("said
 * local elders were meeting"). A passive ("were met") or a modal ("will meet") is neither. */
static int other_deed(const coder_sent *S, int p, int v)
{
	const coder_tok *t = &S->t[v];
	if (p + 1 == v && tok_in(&S->t[p], BE_FORMS) && !tok_is(&S->t[p], "BE") &&
	    !tok_is(&S->t[p], "BEEN"))
		return t->n > 5 && tok_ends(t, "ING");
	while (p < v && tok_in(&S->t[p], HAVE_FORMS))
		p++;
	return p == v && news_irregular_past(t) && !tok_in(t, BE_FORMS) && !tok_is(t, "HAD") &&
	       !tok_is(t, "SAID") && !tok_is(t, "TOLD");
}

/* reported154: 1 when the words from p up to verb v are "will" or "would" alone, the deed
 * a reported clause's subject is to do ("said community elders will meet", "said local
 * students would march"): a report of a third party's plan, not the speaker's intent, as
 * the parse path has it. Not "could/may/might" (a chance) or "should/must" (a demand). */
static int future_deed(const coder_sent *S, int p, int v)
{
	static const char *const will[] = { "WILL", "WOULD", NULL };
	return p + 1 == v && tok_in(&S->t[p], will) && S->t[v].type == TY_VERB;
}

/* speechside114: 1 when token i opens a subject phrase before its head as an article does:
 * a determiner, or a number or count word before an active verb v ("said 300 rebels
 * attacked", "said two gunmen had"), so that the agent after it is still the phrase's head.
 * Before a passive ("said 40 residents were arrested") the count stays no head's (passive51
 * gives the deed to the authorities). */
static int opens_count(const coder_sent *S, int i, int v)
{
	const coder_tok *t = &S->t[i];
	return t->type == TY_DET || ((t->cls == C_NUMBER || tok_in(t, COUNT_WORDS)) &&
				     !news_passive_aux(S, i, v));
}

/* shsaid54: the subject at token i of a clause a speech verb reports, when it is an agent
 * phrase no dictionary actor names ("said (the) rebels attacked", "said armed militants had
 * attacked", "said the army shelled"): an article, adjectives, the agent, then only
 * auxiliaries before verb v. The agent is the doer as much as an actor there would be; the
 * phrase goes to *open. Returns 1 when found. */
static int reported_agent(coder_sent *S, int i, int v, coder_slot *open)
{
	static const char *const aux[] = { "HAS", "HAD", "HAVE", "WAS", "WERE", "IS", "ARE",
		"BEEN", "WILL", "WOULD", "COULD", "MAY", "MIGHT", "ALSO", "LATER", "THEN",
		"ALREADY", "RECENTLY", NULL };
	int nouns, j = agent_head(S, i + opens_count(S, i, v), v, &nouns);
	/* speech86: a phrase the dictionaries name as nobody's ("attackers", "assailants":
	 * a null code) is the doer as much, of no side */
	int sideless = j < v && S->t[j].type == TY_NOUN && null_phrase(S, &S->t[j]);
	if (j >= v || (!sideless && (S->t[j].type != TY_AGENT || !S->t[j].ent ||
				     S->t[j].ent->type != ENT_AGENT)))
		return 0;
	int end = S->t[j].end > j ? S->t[j].end : j, p = end + 1;
	/* speech98: "said village elders and police officers were meeting": agents joined by
	 * "and" are the subject together; the first of them a side names is the doer */
	int from = i, second = joined_agent(S, p, v), compound = 0;
	if (second > p)
		p = second + 1;
	else if (nouns)   /* a plain noun before a lone agent: a compound no rule reads yet */
		compound = 1;
	/* knownas150: a naming phrase on the agent ("say a rebel group known as the 3R has
	 * attacked"; aside146's deleted list "known as A, B, or C,") only labels it */
	int named = p < v && second <= p ? clause_naming_list(S, p) : -1;
	if (named > p && named < v)
		p = named + 1;
	else if (second <= p && p < v && naming_participle(S, p, v))
		while (p < v && !tok_in(&S->t[p], aux) && S->t[p].type != TY_VERB)
			p++;
	/* shclause123: an adverb too ("said rebels reportedly attacked", "troops again shelled") */
	while (p < v && (tok_in(&S->t[p], aux) || actors_subject_adverb(&S->t[p])))
		p++;
	/* "the troop drawdown": an agent before a deed noun names no clause's subject; a
	 * verb is told by an auxiliary or its past in -ed */
	const coder_tok *vt = &S->t[v];
	int finite = p > end + 1 || (vt->n > 3 && tok_ends(vt, "ED")) ||
		     other_deed(S, end + 1, v);   /* bareagent153: "said elders met" */
	if (p == v && finite && second > end && open_actor(S, i, end, open) && open->n &&
	    !sideless && !strcmp(open->m[0].code, "---"))
		from = end + 2, end = second;   /* the first names no side: the second */
	/* bareagent153: a compound also does a past of no -ED ending or a deed going on
	 * ("said village elders met", "said local elders were meeting"), reported154: or one to
	 * come ("said community elders will meet"): then its agent keeps its side, as a lone
	 * agent's does (the speaker's country comes later) */
	int going = compound && (other_deed(S, end + 1, v) || future_deed(S, end + 1, v));
	if (compound && !going && !past_deed(S, end + 1, v))
		return 0;   /* speechside114: a compound does only a past deed, active */
	if (p == v && finite && open_actor(S, from, end, open) && open->n &&
	    (sideless || compound || strcmp(open->m[0].code, "---") != 0)) {
		/* speechside114: the compound ("said local rebels attacked", "said clan
		 * militias had raided"): its side is not read (speech98 measured reading
		 * it), but it is the doer all the same: no side, and never the speaker */
		if (compound && !going)
			open->m[0].code = open->key = "---", open->n = 1;
		return 1;
	}
	open->n = 0;
	return 0;
}

/* speechside115: 1 when token p, after an article and plain words, is a lower-case word the
 * verb dictionary knows read as a noun, the head of a past deed's subject ("said the blast
 * had killed", "said the bombing wounded"): a deed noun names no doer, so the speaker is no
 * side of the deed either. Only right before the deed (past_deed from p + 1). */
static int deed_noun_head(const coder_sent *S, int p, int v)
{
	const coder_tok *t = &S->t[p];
	return t->cls == C_WORD && !t->cap && t->actor < 0 && t->ent &&
	       t->ent->type == ENT_VERB && past_deed(S, p + 1, v);
}

/* speechside114: the subject at token i of a past deed a speech verb reports, when it is a
 * plain noun phrase no dictionary names ("said the group attacked", "said the blast had
 * killed"): an article, one to three lower-case nouns or adjectives of no actor, then a
 * past deed (past_deed). That phrase, not the speaker, did the deed; it names no side, so
 * *open gets it with the null code. A modal ("said the deal will help"), a present tense
 * or a passive is left to the statement rules. Returns 1 when found. */
static int reported_plain_subject(coder_sent *S, int i, int v, coder_slot *open)
{
	if (i >= v || !tok_in(&S->t[i], ARTICLES))
		return 0;
	int p = i + 1;
	while (p < v && p < i + 4 && means_word(&S->t[p]) && !tok_in(&S->t[p], HAVE_FORMS))
		p++;
	if (p < v && p < i + 4 && deed_noun_head(S, p, v))
		p++;   /* speechside115: "said the blast had killed": the deed noun heads it */
	int end = p - 1;
	if (end == i || !past_deed(S, p, v) || !open_actor(S, i, end, open) || !open->n)
		return 0;
	open->m[0].code = open->key = "---";
	open->n = 1;
	return 1;
}

/* speech65: the end (exclusive) of the longest time phrase opening at token p before verb v
 * ("in recent months", "last week", "on Monday"; context_time_lead), p when none: a time
 * between a reported subject and its verb ("said Cairo in recent months imposed controls")
 * leaves the subject the doer, as the parse path reads it. A number first is a count. */
static int time_span(const coder_sent *S, int p, int v)
{
	if (p < v && S->t[p].cls == C_NUMBER)   /* "said 16 rebels": a count, no time */
		return p;
	for (int q = v < p + 5 ? v : p + 5; q > p; q--)
		if (context_time_lead(S, p, q))
			return q;
	return p;
}

/* shreport152: the end (exclusive) of a fixed two-word adverb of stance opening at token p
 * before verb v ("in fact", "in turn", "of course": "said China had in fact asked"), p when
 * none: it leaves the reported subject before it the doer, as an adverb in -ly does. */
static int stance_phrase(const coder_sent *S, int p, int v)
{
	static const char *const in2[] = { "FACT", "TURN", "PRINCIPLE", "PRACTICE", NULL };
	if (p + 2 > v)
		return p;
	if (tok_is(&S->t[p], "IN") && tok_in(&S->t[p + 1], in2))
		return p + 2;
	if (tok_is(&S->t[p], "OF") && tok_is(&S->t[p + 1], "COURSE"))
		return p + 2;
	return p;
}

/* shdev3153: the end (exclusive) of an adverb in quotation marks opening at token p before
 * verb v, the reporter's scare quotes on the speaker's word ("said Iran is "flagrantly"
 * defying the U.N."), p when none: like a bare adverb it leaves the subject before it the
 * doer, as the parse path reads it. */
static int quoted_adverb(const coder_sent *S, int p, int v)
{
	if (p + 3 > v || S->t[p].cls != C_QUOTE || S->t[p + 2].cls != C_QUOTE ||
	    !actors_subject_adverb(&S->t[p + 1]))
		return p;
	return p + 3;
}

/* shsaid53: --shallow, the subject of a finite clause a speech verb reports right before
 * verb v, in clause [lo, v): "Pakistan said (that) India attacked", "told reporters that
 * Syria had closed": the reported deed is that subject's, its speaker only the attribution,
 * as the parse path codes it (tests/heldout/README.md rule 3). Only auxiliaries and the
 * modals of a deed to come stand between the subject (an actor, or actors joined by "and")
 * and v: "said Israel must withdraw" stays the speaker's demand, a negation is left to the
 * negation rules, a pronoun ("said it would") to the speaker. The speech verb is looked for
 * among the few words before v. Returns the subject's actor index, -1: none; *spk: the
 * speech verb's token. shsaid54: an agent phrase as that subject goes to *open (returns -1,
 * open->n set). */
int news_reported_subject(coder_sent *S, int lo, int v, int *spk, coder_slot *open)
{
	static const char *const say[] = { "SAID", "SAYS", "SAY", "CLAIMED", "CLAIMS",
		"ALLEGED", "ALLEGES", "ANNOUNCED", "ANNOUNCES", "REPORTED", "REPORTS",
		"CONFIRMED", "CONFIRMS", "STATED", "ADDED", "INSISTED", NULL };
	static const char *const tell[] = { "TOLD", "TELLS", "TELL", NULL };
	static const char *const aux[] = { "HAS", "HAD", "HAVE", "WAS", "WERE", "IS", "ARE",
		"BEEN", "WILL", "WOULD", "COULD", "MAY", "MIGHT", "ALSO", "LATER", "THEN",
		"ALREADY", "RECENTLY", NULL };
	open->n = 0;
	/* speech98: a clause that opens on "and" may be the second half of a joined subject
	 * ("said elders and police officers were meeting"): its speech verb lies before */
	if (lo > 0 && tok_is(&S->t[lo - 1], "AND"))
		lo = 0;
	for (int s = v - 2; s >= lo && s >= v - 14; s--) {
		int told = tok_in(&S->t[s], tell);
		if (!told && !tok_in(&S->t[s], say))
			continue;
		int i = s + 1;
		if (told) {   /* "told (the) reporters that": the press told, then "that" */
			int p = i + (i < v && (tok_is(&S->t[i], "THE") || tok_is(&S->t[i], "A")));
			while (p < v && p < i + 3 && !syn_press_word(S->t[p].s, S->t[p].n))
				p++;
			if (p + 1 >= v || p >= i + 3 || !tok_is(&S->t[p + 1], "THAT"))
				continue;
			i = p + 1;
		}
		if (i < v && tok_is(&S->t[i], "THAT"))
			i++;
		i = time_span(S, i, v);   /* speech65: "said in recent months Iran has" */
		if (i < v && (reported_agent(S, i, v, open) ||
			      reported_plain_subject(S, i, v, open))) {
			*spk = s;
			return -1;
		}
		if (i + 1 < v && S->t[i].type != TY_DET && opens_count(S, i, v))
			i++;   /* speechside114: "said 16 Ugandan rebels attacked": a count */
		if (i >= v || S->t[i].type != TY_ACTOR || S->t[i].actor < 0)
			continue;
		int k = S->t[i].actor, p = S->a[k].end + 1;
		/* "said Indian troops shelled": the agent the actor's adjective qualifies;
		 * "said Israel and the United States attacked": the joined actors */
		for (;;) {
			while (p < v && S->t[p].ent && S->t[p].ent->type == ENT_AGENT)
				p = S->t[p].end > p ? S->t[p].end + 1 : p + 1;
			int j = p + 1 < v && tok_is(&S->t[p], "AND") ?
				p + 1 + (S->t[p + 1].type == TY_DET) : v;
			if (j >= v || S->t[j].type != TY_ACTOR || S->t[j].actor < 0)
				break;
			p = S->a[S->t[j].actor].end + 1;
		}
		/* ctx54: "said Russian missiles struck", "Israeli air strikes killed": the
		 * actor's adjective before the deed's means (one or two plain nouns) names the
		 * doer as well */
		for (int m = 0; m < 2 && p < v && means_word(&S->t[p]) &&
				!tok_in(&S->t[p], HAVE_FORMS) && stance_phrase(S, p, v) == p; m++)
			p++;
		for (int q; p < v; p = q)   /* speech65: "said Cairo in recent months imposed" */
			if ((q = stance_phrase(S, p, v)) == p && (q = p + (tok_in(&S->t[p], aux) ||
			    actors_subject_adverb(&S->t[p]))) == p &&
			    (q = time_span(S, p, v)) == p && (q = quoted_adverb(S, p, v)) == p)
				break;
		/* speech101: "said Ugandan soldiers who crossed the border attacked": a relative
		 * clause on the subject (news_relative_cut) stands between it and v; not before a
		 * passive ("who attacked the camp were arrested": the subject is no doer) */
		if (p != v && (p >= v || p != news_relative_cut(S, i, v) ||
			       news_passive_aux(S, p, v)))
			continue;
		*spk = s;
		return k;
	}
	return -1;
}

/* The token after an actor ending at c - 1 and the agents, "have" or "also" that follow it
 * (before v): its verb's, when the actor is that verb's subject. */
static int subject_verb(const coder_sent *S, int c, int v)
{
	while (c < v && S->t[c].ent && S->t[c].ent->type == ENT_AGENT)
		c = S->t[c].end > c ? S->t[c].end + 1 : c + 1;
	while (c < v && (tok_is(&S->t[c], "HAVE") || tok_is(&S->t[c], "HAS") ||
			 tok_is(&S->t[c], "HAD") || tok_is(&S->t[c], "ALSO")))
		c++;
	return c;
}

/* shsaid54: 1 when the source's actor (with the agent its adjective qualifies) is the
 * subject of "came under" right before it: "Indian troops came under attack": the deed
 * befalls it, and names no doer. */
static int come_under_subject(const coder_sent *S, int v, const coder_slot *src)
{
	static const char *const come[] = { "CAME", "COME", "COMES", NULL };
	int c = subject_verb(S, src->m[0].a->end + 1, v);
	return c + 1 < v && tok_in(&S->t[c], come) && tok_is(&S->t[c + 1], "UNDER");
}

/* vow60: both paths, 1 when v is "came / come under" and the actor a pattern designates
 * before it (+) is not its subject: "Kenyan police said the bus came under attack by
 * Somali militants": the bus befell the attack, not the speaker, and names no side; the
 * speaker's own ("said its base came under") stays the target. */
int news_under_other(const coder_sent *S, int v, const coder_slot *tgt)
{
	static const char *const come[] = { "CAME", "COME", "COMES", "COMING", NULL };
	if (!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos < 0 || tgt->m[0].a->end >= v ||
	    v + 1 >= S->nt || !tok_in(&S->t[v], come) || !tok_is(&S->t[v + 1], "UNDER"))
		return 0;
	int c = tgt->m[0].a->end + 1;
	return subject_verb(S, c, v) != v && !news_own_subject(S, c, v);
}

/* 1 when actor x names a sector only, with no country ("Media advocates": ~MED), so that an
 * observer's phrase it heads stays an observer's (generic63; syntax.c's observer_statement). */
int news_sector_only(const coder_actor *x)
{
	for (int c = 0; c < x->ncodes; c++)
		if (!x->codes[c] || x->codes[c][0] != '~')
			return 0;
	return x->ncodes > 0;
}

/* generic83: 1 when CAMEO code a is one an onlooker gives as comment: a statement (01x), an
 * accusation or blame (11x); the code families news_observer_statement and syntax.c's
 * observer_statement drop for them. Not praise (051): measured, the annotators code it. */
int news_comment_code(const char *a)
{
	return code_root(a) == 1 || code_root(a) == 11;
}

/* generic83: 1 when the tokens before k hold a comma or quote, but for one opening
 * connective set off by a comma ("However, critics say ..."), or an actor naming more than a
 * sector: an observer's phrase must open the sentence (news_observer_statement). */
static int observer_opening_broken(const coder_sent *S, int k)
{
	static const char *const connective[] = { "HOWEVER", "MEANWHILE", "STILL", "YET",
		"INDEED", "BUT", NULL };
	for (int i = 0; i < k; i++) {
		const coder_tok *t = &S->t[i];
		if ((t->cls == C_COMMA && !(i == 1 && tok_in(&S->t[0], connective))) ||
		    t->cls == C_QUOTE || (t->actor >= 0 && !news_sector_only(&S->a[t->actor])))
			return 1;
	}
	return 0;
}

/* press97: the singular observer titles (observer_titled_name, observer_apposed_name). */
static const char *const observer_title[] = { "ANALYST", "EXPERT", "OBSERVER", "CRITIC",
	"RESEARCHER", "ECONOMIST", "SCHOLAR", "COMMENTATOR", "SPECIALIST", "HISTORIAN", NULL };

/* press97: the token of an observer's title before a name that ends at token w ("Analyst
 * Denny Roy said", "Economist Jane Mwangi says"): one to three capitalised words of no actor
 * right after one observer noun of the singular; else -1. The parse
 * path drops such a speaker's statement for its unknown source. */
static int observer_titled_name(const coder_sent *S, int w)
{
	int k = w;
	while (k >= 0 && w - k < 3 && S->t[k].cls == C_WORD && S->t[k].cap &&
	       S->t[k].actor < 0 && !tok_in(&S->t[k], observer_title))
		k--;
	return k < w && k >= 0 && tok_in(&S->t[k], observer_title) ? k : -1;
}

/* observer112: the token of the name a comma-set observer title describes when that title
 * ends at token w, a comma after it ("Jane Okafor, a political and security analyst, told
 * VOA"): "a" or "an", at most four words of no actor and no comma, and the title, after a
 * comma that ends one to three capitalised words of no actor; else -1. A country or a body
 * in the apposition makes it a side's voice ("a Kenyan analyst": KEN) and keeps it. */
static int observer_apposed_name(const coder_sent *S, int w)
{
	if (w < 4 || S->t[w].cls != C_COMMA || !tok_in(&S->t[w - 1], observer_title))
		return -1;
	int a = w - 2;
	while (a > 0 && w - a <= 6 && S->t[a].cls == C_WORD && S->t[a].actor < 0 &&
	       !tok_in(&S->t[a], A_AN))
		a--;
	if (a < 2 || !tok_in(&S->t[a], A_AN) ||
	    S->t[a - 1].cls != C_COMMA)
		return -1;
	int k = a - 2;
	while (k >= 0 && a - 1 - k <= 3 && S->t[k].cls == C_WORD && S->t[k].cap &&
	       S->t[k].actor < 0)
		k--;
	return k + 1 < a - 1 && (k < 0 || S->t[k].cls != C_WORD) ? k + 1 : -1;
}

/* observer112: 1 when the observers' word at token w opens a main clause of its own in
 * mid-sentence, only a quantifier ("some", "other", "many") before it: a comma ("while ...,
 * experts say") or "but" / "yet" ("..., but analysts say") comes right before. The observers
 * are then the subject of the verb after them, as the parse path's observer_statement finds.
 * Not after "and" (a joined subject: "The party of Khan and observers criticized ..."), nor
 * after a relative or a noun ("who analysts say", "a move analysts say": saidb106 codes
 * those). */
static int observer_opens_clause(const coder_sent *S, int w)
{
	static const char *const quant[] = { "SOME", "MANY", "MOST", "OTHER", "SEVERAL", "FEW",
		NULL };
	static const char *const joins[] = { "BUT", "YET", NULL };
	int k = w - 1;
	while (k >= 0 && tok_in(&S->t[k], quant))
		k--;
	return k >= 0 && (S->t[k].cls == C_COMMA || tok_in(&S->t[k], joins));
}

/* generic63: --shallow, 1 when statement (01) v is said by observers or advocates of no side
 * opening the sentence ("Media advocates say ...", "Analysts say ..."): the word before v names
 * them, and the words before it hold no comma and no actor but one naming a sector only; the
 * parse path's observer_statement. generic70: so their accusation or blame (11x). generic83:
 * also past up to three auxiliaries or adverbs before v ("Analysts are raising concerns",
 * "some analysts are questioning"), and after an opening connective ("However, critics
 * say"). */
int news_observer_statement(const coder_sent *S, int v, const char *a)
{
	static const char *const who[] = { "ANALYSTS", "EXPERTS", "OBSERVERS", "CRITICS",
		"RESEARCHERS", "ECONOMISTS", "SCHOLARS", "COMMENTATORS", "SPECIALISTS",
		"HISTORIANS", "ADVOCATES", NULL };
	static const char *const aux[] = { "ARE", "WERE", "HAVE", "HAD", "BEEN", "REMAIN",
		"ALSO", "STILL", "NOW", "ALREADY", NULL };
	if (!news_comment_code(a))
		return 0;
	int w = v - 1;
	while (w > 0 && v - w <= 3 && tok_in(&S->t[w], aux))
		w--;
	if (w >= 0 && tok_in(&S->t[w], who) &&
	    (!observer_opening_broken(S, w) || observer_opens_clause(S, w)))
		return 1;
	int t = observer_titled_name(S, w);
	if (t < 0)
		t = observer_apposed_name(S, w);
	return t >= 0 && !observer_opening_broken(S, t);
}

static const char *const onlooker_who[] = { "ANALYST", "ANALYSTS", "EXPERT", "EXPERTS",
	"OBSERVERS", "COMMENTATORS", "RETIRED", "FORMER", NULL };
static const char *const onlooker_say[] = { "SAID", "SAYS", "SAY", "BELIEVE", "BELIEVES",
	"THINK", "THINKS", "EXPECT", "EXPECTS", "PREDICT", "PREDICTED", "PREDICTS", NULL };

/* 1 when an onlooker (an analyst, expert, observer, a retired or former official; no actor)
 * says or believes what follows, before token v ("Analysts (here) believe ..."): the
 * clause after is their reading of a side, not the side's word (vow60, undone67). */
static int onlooker_before(const coder_sent *S, int v)
{
	for (int k = 0; k + 1 < v; k++)
		if (tok_in(&S->t[k], onlooker_who) && S->t[k].type != TY_ACTOR &&
		    (tok_in(&S->t[k + 1], onlooker_say) ||
		     (k + 2 < v && tok_in(&S->t[k + 2], onlooker_say))))
			return 1;
	return 0;
}

/* undone67: --shallow, 1 when deed v (no statement or appeal) is the "to" clause of a verb of
 * wanting or planning that an onlooker reports ("Analysts say Egypt wants to strengthen
 * ties"): their reading of a wish, no deed nor stated intent; the parse path's
 * observers_say on syncode.c's wanted_head. */
int news_onlooker_wish(const coder_sent *S, int v, const char *a)
{
	static const char *const want[] = { "WANT", "WANTS", "WANTED", "WISHES", "PLANS",
		"PLANNED", "PLANNING", "INTENDS", "AIMS", "SEEKS", "HOPES", NULL };
	if (!a || (a[0] == '0' && (a[1] == '1' || a[1] == '2')) || v < 2 ||
	    !tok_is(&S->t[v - 1], "TO") || !tok_in(&S->t[v - 2], want))
		return 0;
	return onlooker_before(S, v - 2);
}

/* vow60: both paths, 1 when the threat (13x) a modal makes of deed v ("could / would / will
 * retaliate") is an onlooker's guess, not the doer's word: the sentence's speaker or believer
 * is an analyst or expert ("Analysts believe Iran could retaliate"), or a retired or former
 * official after the clause (", said a retired Turkish general"). */
int news_onlooker_guess(const coder_sent *S, int v, const char *a)
{
	if (!a || a[0] != '1' || a[1] != '3' || v < 2 || !tok_in(&S->t[v - 1], WILL_MAY_MODALS))
		return 0;
	if (onlooker_before(S, v))
		return 1;
	for (int k = v + 1; k + 3 < S->nt; k++)   /* "..., said a retired general" */
		if (S->t[k].cls == C_COMMA && tok_in(&S->t[k + 1], onlooker_say))
			for (int j = k + 2; j < S->nt && j <= k + 4; j++)
				if (tok_in(&S->t[j], onlooker_who))
					return 1;
	return 0;
}

/* reported54: the speech verbs whose clause reports a deed or a fact (news_befallen_speaker,
 * news_copula_predicate, news_doerless_report). */
static const char *const report_say[] = { "SAID", "SAYS", "SAY", "CLAIMED", "CLAIMS",
	"ANNOUNCED", "ANNOUNCES", "REPORTED", "REPORTS", "CONFIRMED", "CONFIRMS",
	"STATED", "ADDED", "TOLD", "TELLS", NULL };

/* reported54: both paths, 1 when the source of deed v is the speaker of a clause that
 * reports the deed befalling someone ("authorities reported the convoy came under attack",
 * "said the town was attacked"): "came under" a deed noun, or a verb of attack in the
 * passive, makes the clause's subject the target and names no doer, so the speaker (an
 * actor before a speech verb that comes before v) is none. A doer after v ("by", "from")
 * is left to the other rules. *spk: the speech verb's token; shsaid54: -1 when the source
 * is itself the subject of "came under". */
int news_befallen_speaker(const coder_sent *S, int v, const coder_slot *src, int *spk)
{
	static const char *const come[] = { "CAME", "COME", "COMES", "COMING", NULL };
	static const char *const be[] = { "WAS", "WERE", "BEEN", "BEING", "IS", "ARE", NULL };
	static const char *const struck[] = { "ATTACKED", "HIT", "SHELLED", "BOMBED",
		"BOMBARDED", "TARGETED", "AMBUSHED", "STRUCK", "STORMED", NULL };
	if (!src->n || !src->m[0].a || src->m[0].a->pos < 0 || src->m[0].a->end >= v)
		return 0;
	int befallen = v >= 1 && tok_in(&S->t[v - 1], be) && tok_in(&S->t[v], struck);
	/* "came under (heavy / rocket) attack": up to two words qualify the deed noun */
	for (int u = v - 1; !befallen && u >= 1 && u >= v - 3; u--)
		if (tok_is(&S->t[u], "UNDER"))
			befallen = tok_in(&S->t[u - 1], come);
	if (!befallen)
		return 0;
	for (int a = v + 1; a < S->nt && a <= v + 2; a++)
		if (tok_is(&S->t[a], "BY") || tok_is(&S->t[a], "FROM"))
			return 0;
	if (come_under_subject(S, v, src))
		return *spk = -1, 1;
	for (int s = v - 2; s > src->m[0].a->end; s--)
		if (tok_in(&S->t[s], report_say)) {
			*spk = s;
			return 1;
		}
	return 0;
}

/* speech98: 1 when an actor of code c, a non-governmental body (NGO...: the Red Cross, a
 * rights group), would be the source of deed a, a fight, an assault or mass violence (roots
 * 18-20): such a body reports harm done, it does none. */
static int aid_reports_harm(const char *c, const char *a)
{
	return c && a && !strncmp(c, "NGO", 3) && (!strncmp(a, "18", 2) || !strncmp(a, "19", 2) ||
						   !strncmp(a, "20", 2));
}

/* speech96: --shallow, the token of the speech verb when source src of deed v is a news
 * outlet or reporter (media_agent_code) who only reports the deed: a verb of report_say
 * follows its phrase within four words, with no verb, comma or quotation mark between
 * ("Reuters reported that ...", "A VOA reporter in Goma said ..."), and stands before v.
 * The press is the channel, never the doer (sides24 on the parse path). speech98: so is an
 * aid or rights body (aid_reports_harm) that tells of violence, deed a, in the passive
 * ("the Red Cross told VOA five people had likely been killed"). -1 else. */
int news_reporting_press(const coder_sent *S, int v, const coder_slot *src, const char *code)
{
	const coder_actor *a = src->n == 1 ? src->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= v)
		return -1;
	int aid = !media_agent_code(src->m[0].code);
	if (aid && !aid_reports_harm(src->m[0].code, code))
		return -1;
	for (int k = a->end + 1; k < v && k <= a->end + 4; k++) {
		if (tok_in(&S->t[k], report_say))
			return !aid || news_passive_aux(S, k + 1, v) ? k : -1;
		if (S->t[k].type == TY_VERB || S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
			return -1;
	}
	return -1;
}

/* speech78: 1 when deed v (its phrase ending at vend) is a bare gerund that opens the clause
 * speech verb s reports and is that clause's subject: "says fighting in Sudan has forced
 * thousands to flee", "said shelling near the port had killed five". The gerund takes no
 * object (only a place or time phrase after it, no "between" / "by" sides) and a finite verb
 * or auxiliary follows it in the clause: the deed is told, its doer unnamed. */
static int gerund_subject(const coder_sent *S, int s, int v, int vend)
{
	static const char *const place[] = { "IN", "ON", "NEAR", "AROUND", "ACROSS", "ALONG",
		"AT", "OVER", "THROUGHOUT", "INSIDE", "OUTSIDE", NULL };
	static const char *const fin[] = { "HAS", "HAVE", "HAD", "IS", "WAS", "ARE", "WERE",
		"WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN", "CONTINUES", "CONTINUED", NULL };
	const coder_tok *t = &S->t[v];
	if (v != s + 1 + (tok_is(&S->t[s + 1], "THAT")) || t->n < 6 || !tok_ends(t, "ING") ||
	    vend + 1 >= S->nt)
		return 0;
	if (!tok_in(&S->t[vend + 1], place) && !tok_in(&S->t[vend + 1], fin))
		return 0;
	for (int k = vend + 1; k < S->nt && k <= vend + 12; k++) {
		if (S->t[k].type == TY_COMMA || tok_is(&S->t[k], "BETWEEN") ||
		    tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return 0;
		if (tok_in(&S->t[k], fin))
			return 1;
	}
	return 0;
}

/* speech78: both paths, 1 when deed v (its phrase ending at vend) is a bare gerund subject
 * of the clause a speech verb right before it (or before its "that") reports: the speaker
 * is no side of it (gerund_subject). event.c reads it again after the parse path's rebind,
 * which otherwise climbs from the gerund (misparsed as the speech verb's xcomp) to the
 * speaker. */
int news_gerund_report(const coder_sent *S, int v, int vend)
{
	int s = v >= 1 && tok_in(&S->t[v - 1], report_say) ? v - 1 :
		v >= 2 && tok_is(&S->t[v - 1], "THAT") && tok_in(&S->t[v - 2], report_say) ?
		v - 2 : -1;
	return s >= 0 && gerund_subject(S, s, v, vend);
}

/* speech78: --shallow, 1 when target tgt of deed v is the speaker after the quotation that
 * holds v: a comma and a closing quotation mark lie between v's phrase (ending at vend) and
 * the target, and a speech verb follows the target within eight words ('Diaz was killed,"
 * the minister told reporters'): the attribution, no side of the quoted deed. */
int news_quote_speaker(const coder_sent *S, int vend, const coder_slot *tgt)
{
	if (!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend + 2)
		return 0;
	int p = tgt->m[0].a->pos, q = -1;
	for (int k = vend + 1; k + 1 < p; k++)
		if (S->t[k].cls == C_COMMA && S->t[k + 1].cls == C_QUOTE)
			q = k + 1;
	if (q < 0)
		return 0;
	for (int k = q + 1; k < p; k++)   /* only the speaker's name and title between */
		if (S->t[k].type == TY_VERB || S->t[k].cls == C_QUOTE)
			return 0;
	for (int k = tgt->m[0].a->end + 1; k < S->nt && k <= tgt->m[0].a->end + 8; k++)
		if (tok_in(&S->t[k], report_say))
			return 1;
	return 0;
}

/* speech95: 1 when deed v (code a) is a wrong a speaker may charge a side with: a verbal deed
 * (01-13) on a verb of wrongdoing (the parse path's WRONG_VERBS, syn_charge_word: "tried to
 * sabotage", "has been undermining"; "fail" only before "to"). Not a defiance (128) as the
 * parse path takes it: --shallow leaves a quoted "has ignored every appeal" the doer's
 * (quote67). */
static int wrong_verb(const coder_sent *S, int v, const char *a)
{
	const coder_tok *t = &S->t[v];
	if (!a || !a[0] || !a[1])
		return 0;
	if (!(a[0] == '0' || (a[0] == '1' && a[1] <= '3')) ||
	    !syn_charge_word(t->s, t->n, CHARGE_WRONG_VERB))
		return 0;
	return strncmp(t->s, "FAIL", 4) || (v + 1 < S->nt && tok_is(&S->t[v + 1], "TO"));
}

/* quotefirst135: 1 when hostile deed v (code a, CAMEO 11-20) of actor src is told in a "how"
 * clause a statement cites as its proof ('"The trials are an example of how China uses its
 * laws to suppress dissent," the spokesperson said', "The raids show how Tehran persecutes
 * its critics"): "how" (and "the") right before the doer, after a verb of showing or "of"
 * after a noun of proof; the parse path's syn_cited_deed. Not a passive ("an example of how
 * protesters were treated": no doer named). The speaker's evidence against the doer. */
static int cited_deed(const coder_sent *S, int v, const char *a, const coder_slot *src)
{
	static const char *const shows[] = { "SHOW", "SHOWS", "SHOWED", "SHOWN", "ILLUSTRATE",
		"ILLUSTRATES", "ILLUSTRATED", "DEMONSTRATE", "DEMONSTRATES", "DEMONSTRATED",
		"PROVE", "PROVES", "PROVED", "REVEAL", "REVEALS", "REVEALED", NULL };
	static const char *const proof[] = { "EXAMPLE", "EXAMPLES", "EVIDENCE", "PROOF",
		"ILLUSTRATION", "REMINDER", "SIGN", NULL };
	if (!a || !a[0] || !a[1] || !(a[0] == '2' || (a[0] == '1' && a[1] >= '1')) ||
	    !src->n || !src->m[0].a || src->m[0].a->pos < 2 || src->m[0].a->end >= v)
		return 0;
	int h = src->m[0].a->pos - 1;
	if (tok_is(&S->t[h], "THE"))
		h--;
	if (h < 1 || !tok_is(&S->t[h], "HOW") ||
	    news_passive_aux(S, src->m[0].a->end + 1, v))
		return 0;
	return tok_in(&S->t[h - 1], shows) ||
	       (h >= 2 && tok_is(&S->t[h - 1], "OF") && tok_in(&S->t[h - 2], proof));
}

/* speech95: 1 when token t is a quotation mark: a double one, or a lone single one the
 * tokenizer keeps as a word ("process,' the minister said"). */
static int quote_mark(const coder_tok *t)
{
	return t->cls == C_QUOTE || (t->n == 1 && t->s[0] == '\'');
}

/* speech95: the speech verb after a quotation that holds deed v (its phrase ending at vend):
 * the first quotation mark after the phrase comes right after a comma, and a speech verb
 * follows it within eight words ('... the peace process," the Taliban leader said'); *q
 * the mark. Without marks, the first comma after the phrase, when only the speaker's words
 * (no verb, comma, conjunction or relative) stand between it and the speech verb ("Uganda
 * tried to sabotage the talks, Kenyan officials said"); *q the comma. -1: none. */
static int quote_tail_verb(const coder_sent *S, int vend, int *q)
{
	int k = vend + 1;
	while (k < S->nt && !quote_mark(&S->t[k]))
		k++;
	if (k < S->nt && S->t[k - 1].cls == C_COMMA) {
		*q = k;
		for (int s = k + 1; s < S->nt && s <= k + 8; s++)
			if (tok_in(&S->t[s], report_say))
				return s;
		return -1;
	}
	for (k = vend + 1; k < S->nt && S->t[k].cls != C_COMMA; k++)
		if (quote_mark(&S->t[k]))
			return -1;
	*q = k;
	for (int s = k + 1; s < S->nt && s <= k + 8; s++) {
		const coder_tok *t = &S->t[s];
		if (tok_in(t, report_say))
			return s;
		if (t->cls != C_WORD || quote_mark(t) || t->type == TY_VERB || t->type == TY_CONJ ||
		    t->type == TY_PRON || tok_has(t, WF_CLAUSE | WF_REL | WF_SUB))
			return -1;
	}
	return -1;
}

static int speech_subject(coder_sent *S, int lo, int s, coder_slot *who);

/* quotesrc155: --shallow, the parse path's own_country_plan (synactor.c): '"Turkey will buy
 * Russian aircraft if ...," said Casin': source src, a bare country inside a quotation whose
 * verb v comes after "will" with only words between, and a speaker tag after the closing mark
 * (quote_tail_verb): the source becomes the speaker, a dictionary actor of that country
 * ('..., Turkish officials said') or the tag's open words ('said Casin', 'Akar said') coded
 * with the country. Left alone: a speaker of another country, a deed done (no "will"), a
 * pronoun speaker. Returns 1 when *src became the speaker. */
int news_country_plan(coder_sent *S, int v, int vend, coder_slot *src)
{
	const coder_actor *x = src->n == 1 ? src->m[0].a : NULL;
	const char *cc = x ? src->m[0].code : NULL;
	if (!x || x->agent || x->pos < 1 || x->end >= v || !cc || strlen(cc) != 3 ||
	    !strcmp(cc, "---"))
		return 0;
	int will = 0, open = 0;
	for (int k = x->end + 1; k < v; k++) {
		if (S->t[k].cls != C_WORD || quote_mark(&S->t[k]))
			return 0;
		will |= tok_is(&S->t[k], "WILL");
	}
	for (int k = 0; k < x->pos; k++)
		open ^= quote_mark(&S->t[k]);
	int q = -1, s = quote_tail_verb(S, vend, &q);
	if (!will || !open || s < 0 || q < 0 || !quote_mark(&S->t[q]))
		return 0;
	int from = q + 1, to = s - 1;
	if (to < from) {   /* 'said Casin' */
		from = s + 1;
		for (to = from; to + 1 < S->nt && S->t[to + 1].cls == C_WORD; to++)
			;
	}
	if (from >= S->nt || S->t[from].type == TY_PRON)
		return 0;
	coder_slot who = { .n = 0 };
	for (int i = 0; i < S->na && !who.n; i++)
		if (S->a[i].pos >= from && S->a[i].end <= to)
			actors_make_slot(S, i, &who);
	if (!who.n && !news_open_span(S, from, to, &who))
		return 0;
	if (who.n != 1 || !who.m[0].code)
		return 0;
	if (!strcmp(who.m[0].code, "---"))
		who.m[0].code = cc;
	else if (strncmp(who.m[0].code, cc, 3))
		return 0;   /* a third party's speaker tells of the country's plan */
	*src = who;
	return 1;
}

/* speech95: --shallow, a wrong (wrong_verb) told by a speaker of its doer: the deed's source
 * src (an actor before v, with no negation or speech verb between them) in a quotation
 * whose tail names the speaker ('"Kabul has repeatedly tried to sabotage the talks," the
 * Taliban leader said': quote_tail_verb and the subject before it), or in a clause a speech
 * verb (and "that") right before it reports ("Pakistan said India tried to sabotage the
 * talks": the subject of that verb); or, when the rules took the speaker as the source, the
 * target src's speech verb reports right after it ("Pakistan said India has repeatedly
 * tried"). *spk gets the speaker, *doer the doer. Returns 1 when found; event.c codes it
 * as the speaker's accusation of the doer (112), as the parse path's syn_reported_defiance
 * does. */
int news_reported_wrong(coder_sent *S, int v, int vend, const char *a, const coder_slot *src,
			const coder_slot *tgt, coder_slot *spk, coder_slot *doer)
{
	/* shdev3153: a defiance (128) only in a clause a speech verb opens, not in a quotation */
	int defy = a && !strncmp(a, "128", 3);
	if (!(defy || wrong_verb(S, v, a) || cited_deed(S, v, a, src)) || !src->n ||
	    !src->m[0].a || src->m[0].a->pos < 0 || src->m[0].a->end >= v)
		return 0;
	const coder_slot *d = src;
	int s = -1;
	/* the speaker as the source: "Pakistan said (that) India ...", the target its doer */
	if (tgt->n && tgt->m[0].a && tgt->m[0].a->pos > src->m[0].a->end &&
	    tgt->m[0].a->end < v) {
		int p = tgt->m[0].a->pos - 1;
		if (p > src->m[0].a->end && tok_is(&S->t[p], "THAT"))
			p--;
		if (p > src->m[0].a->end && tok_in(&S->t[p], report_say)) {
			d = tgt;
			s = p;
		}
	}
	for (int k = d->m[0].a->end + 1; k < v; k++) {
		if (quoted_adverb(S, k, v) > k) {
			k += 2;   /* shdev3153: 'is "flagrantly" defying': the word is still told */
			continue;
		}
		if ((S->t[k].wf & WF_NEG) || tok_in(&S->t[k], report_say) ||
		    quote_mark(&S->t[k]))
			return 0;   /* "has not tried to", another speaker's clause */
	}
	if (s >= 0) {
		*spk = *src;
		*doer = *d;
		return 1;
	}
	int p = src->m[0].a->pos - 1, q = -1;
	while (p >= 0 && S->t[p].cls == C_QUOTE)
		p--;
	if (p >= 0 && tok_is(&S->t[p], "THAT"))
		p--;
	if (p >= 1 && tok_in(&S->t[p], report_say))
		s = p;
	else if (defy || (s = quote_tail_verb(S, vend, &q)) < 0)
		return 0;
	if (!speech_subject(S, q >= 0 ? q + 1 : 0, s, spk))
		return 0;
	*doer = *src;
	return 1;
}

/* speech95: the speaker of speech verb s, its words from lo: the open subject before s ("the
 * Taliban leader said"), else the dictionary actor ending within three words before it
 * ("Pakistan said"). *who gets it; 0 when none has a code. */
static int speech_subject(coder_sent *S, int lo, int s, coder_slot *who)
{
	who->n = 0;
	if (!news_open_subject(S, lo, s, who) || !who->n || !who->m[0].code ||
	    !strcmp(who->m[0].code, "---")) {
		int k = -1;   /* a dictionary actor right before the verb ("Pakistan said") */
		for (int i = 0; i < S->na; i++)
			if (S->a[i].pos >= lo && S->a[i].end < s && S->a[i].end >= s - 3 &&
			    (k < 0 || S->a[i].end > S->a[k].end))
				k = i;
		if (k < 0)
			return 0;
		actors_make_slot(S, k, who);
	}
	return who->n && who->m[0].code && strcmp(who->m[0].code, "---");
}

/* shquote136: the speech verb (report_say) whose clause holds verb v, found back from v past
 * only its own auxiliaries and plain words ('the minister said: "Any attack will be
 * responded to"', "said any attack would be responded to"); -1: another verb or a negation
 * comes first. */
static int said_before(const coder_sent *S, int v)
{
	for (int k = v - 1; k >= 1; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, report_say))
			return k;
		if ((t->type == TY_VERB && !tok_in(t, BE_ALL) && !tok_has(t, WF_MODAL)) ||
		    tok_has(t, WF_NEG | WF_SUB | WF_REL))
			return -1;
	}
	return -1;
}

/* condthreat146: 1 when token t's words are in a syntree list of the parse's words
 * (syn_observer, syn_coop_outcome), read as a parse word. */
static int tok_as_word(const coder_tok *t, int (*in)(const khaldun_parse_token *))
{
	khaldun_parse_token w = { 0 };
	w.form = t->s;
	w.len = t->n;
	return in(&w);
}

/* condthreat146: --shallow, '"Turkey will have to look for alternatives if F-35s cannot be
 * acquired," Akar said': a deed with no code of its own at v that a future "have to"
 * compels ("will", "would", "shall", "'ll" right before "have to" right before v; "will not
 * have to" is none) with an "if"/"unless" clause after it in its clause (before a quotation
 * mark or speech verb) is the threat of a response the side says it will be driven to,
 * 130, as the parse path's syn_compelled_threat has it. Not a condition on a cooperative
 * outcome not negated ("if Ethiopia agrees": a promise; syn_coop_outcome on the
 * condition's first verb, no negation before it), nor a forecast of observers of no side
 * ("Analysts say Turkey will have to ...": syn_observer right before a speech verb before
 * v). shinfer149: so is a response the side says it will make ("will", "would", "shall",
 * "'ll" right before "respond" or "react", the null-coded verb at v): "The Chinese foreign
 * minister said Beijing would respond if NATO deploys troops in Asia", as the parse path's
 * syn_response_threat codes it on its condition. Returns the token of "if"/"unless", 0 when
 * not such a deed. */
int news_compelled_threat(const coder_sent *S, int v, int lo)
{
	static const char *const respond[] = { "RESPOND", "REACT", NULL };
	if (syntax_on(S))
		return 0;
	int m = v - 3;   /* the future's token */
	if (v - 1 >= lo && tok_in(&S->t[v], respond) && tok_in(&S->t[v - 1], FUTURE_MODALS))
		m = v - 1;   /* shinfer149: "would respond if NATO deploys", syn_response_threat */
	else if (v - 3 < lo || !tok_is(&S->t[v - 1], "TO") || !tok_is(&S->t[v - 2], "HAVE") ||
		 !tok_in(&S->t[v - 3], FUTURE_MODALS))
		return 0;
	for (int k = lo + 1; k < m; k++)
		if (tok_in(&S->t[k], report_say) && tok_as_word(&S->t[k - 1], syn_observer))
			return 0;
	int c = -1;
	for (int k = v + 1; k < S->nt && c < 0; k++) {
		const coder_tok *t = &S->t[k];
		if (quote_mark(t) || tok_in(t, report_say))
			return 0;
		if (tok_in(t, COND_WORDS))
			c = k;
	}
	if (c < 0)
		return 0;
	for (int k = c + 1; k < S->nt && S->t[k].cls != C_COMMA; k++) {
		const coder_tok *t = &S->t[k];
		if (tok_has(t, WF_NEG) || tok_is(&S->t[c], "UNLESS"))
			break;
		if (t->type == TY_VERB || tok_as_word(t, syn_coop_outcome)) {
			if (tok_as_word(t, syn_coop_outcome))
				return 0;
			break;
		}
	}
	return c;
}

/* shquote136: --shallow, '"Any attack will be responded to with full force," the minister
 * said': a threat (13x) at verb v said in the passive (a form of "be" among the three words
 * before v) with no doer ("by ...") up to the quotation's close is the speaker's own, the side
 * that will respond: *spk gets the speaker named in the quotation's tail (quote_tail_verb,
 * speech_subject), as the parse path's voiceless_speaker finds it. Not a threat with its doer
 * ("will be punished by the army"), nor a quotation with no tail naming a speaker, nor a
 * clause after "said" with another verb, a negation or "if" before it. 1 when found. */
int news_passive_threat(coder_sent *S, int lo, int v, int vend, const char *a,
			coder_slot *spk)
{
	if (syntax_on(S) || !a || strncmp(a, "13", 2) || !news_passive_aux(S, lo, v))
		return 0;
	int q = -1, s = quote_tail_verb(S, vend, &q), from = q + 1;
	if (s < 0 || q < 0) {
		s = said_before(S, v);   /* 'the minister said: "Any attack will be ..."' */
		q = S->nt;
		from = 0;
	}
	if (s < 0)
		return 0;
	for (int k = v + 1; k < q && !(s < v && quote_mark(&S->t[k])); k++)
		if (S->t[k].type == TY_BY)
			return 0;
	return speech_subject(S, from, s, spk);
}

/* speech96: --shallow, the doer a speaker charges in the quotation its statement closes: v
 * (a statement, code a 01x) is a speech verb of report_say after a comma and a closing mark
 * within eight words ('"India has been undermining the talks," the minister said'), and
 * the quotation holds a verb of wrongdoing (syn_charge_word's CHARGE_WRONG_VERB, "fail"
 * only before "to") whose subject is a dictionary actor in the quotation, with no negation,
 * speech verb or mark between them. The shallow rules code no deed on such a verb that the
 * dictionary lacks, so only the statement was left. *doer gets the actor; 1 when found. */
int news_quoted_wrong(coder_sent *S, int v, const char *a, coder_slot *doer)
{
	if (!a || a[0] != '0' || a[1] != '1' || !tok_in(&S->t[v], report_say))
		return 0;
	int q = -1;
	for (int k = v - 1; k >= 2 && k >= v - 8 && q < 0; k--)
		if (quote_mark(&S->t[k]) && S->t[k - 1].cls == C_COMMA)
			q = k - 1;
	int w = -1;
	for (int k = q - 1; k > 0 && !quote_mark(&S->t[k]) && w < 0; k--) {
		const coder_tok *t = &S->t[k];
		if (syn_charge_word(t->s, t->n, CHARGE_WRONG_VERB) &&
		    (strncmp(t->s, "FAIL", 4) || tok_is(&S->t[k + 1], "TO")))
			w = k;
	}
	if (w < 0)
		return 0;
	int d = -1;   /* the last actor before the verb, in the quotation */
	for (int i = 0; i < S->na; i++)
		if (S->a[i].pos >= 0 && S->a[i].end < w && (d < 0 || S->a[i].end > S->a[d].end))
			d = i;
	if (d < 0)
		return 0;
	for (int k = S->a[d].pos - 1; k >= 0 && !quote_mark(&S->t[k]); k--)
		if (k == 0)
			return 0;   /* no opening mark before the doer: not in the quotation */
	for (int k = S->a[d].end + 1; k < w; k++)
		if ((S->t[k].wf & WF_NEG) || tok_in(&S->t[k], report_say) ||
		    quote_mark(&S->t[k]))
			return 0;
	actors_make_slot(S, d, doer);
	return doer->n && doer->m[0].code && strcmp(doer->m[0].code, "---");
}

/* clause83: 1 when deed v is a participle after "be among those" ("18 soldiers were among
 * those killed in the attack"), with no "by"/"from" after it before a comma and not in -ing:
 * a list of the deed's victims (or objects), which names no doer of it. */
static int listed_among(const coder_sent *S, int v, const char *const *be)
{
	const coder_tok *t = &S->t[v];
	if (v < 3 || !tok_is(&S->t[v - 1], "THOSE") || !tok_is(&S->t[v - 2], "AMONG") ||
	    !tok_in(&S->t[v - 3], be) || (tok_ends(t, "ING")))
		return 0;
	for (int k = v + 1; k < S->nt && S->t[k].type != TY_COMMA; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return 0;
	return 1;
}

/* clause83: 1 when tokens [lo, hi) hold a dictionary actor of another country than the
 * source's ("Israel said Hamas fighters were among those killed"): a side listing its foes
 * among the dead claims the deed (side23), unlike one listing its own or civilians. */
static int foe_listed(const coder_sent *S, int lo, int hi, const coder_slot *src)
{
	const char *sc = src->m[0].code;
	if (!sc || sc[0] == '~' || sc[0] == '-')
		return 0;   /* a bare role ("A police spokesman") is no warring side */
	for (int k = lo; k < hi; k++) {
		const coder_tok *t = &S->t[k];
		if (t->type != TY_ACTOR || t->actor < 0 || !S->a[t->actor].ncodes)
			continue;
		const char *c = S->a[t->actor].codes[0];
		if (c && c[0] != '~' && c[0] != '-' && strncmp(c, sc, 3))
			return 1;
	}
	return 0;
}

/* speech73: both paths, 1 when the source of deed v (its phrase ending at vend) is the speaker
 * of a clause that names no doer of it: "the spokesman said 300 tickets were sold" (a passive
 * with no "by"/"from" after it), "the minister said there were 120 cases of attacks" (an
 * existential "there be" opening the clause). The speaker only tells of the deed, so it is no
 * side of it. Not when the clause before v holds an actor, an agent or a pronoun ("said 40
 * protesters were arrested", "said he was beaten": other rules place those), nor a progressive
 * ("were selling"); the passive only for deeds of code a 05-13. */
int news_doerless_report(const coder_sent *S, int v, int vend, const char *a,
			 const coder_slot *src)
{
	if (!src->n || !src->m[0].a || src->m[0].a->pos < 0 || src->m[0].a->end >= v)
		return 0;
	/* cheap test first (it runs for every deed): a passive at v or a "there" before it */
	int among = listed_among(S, v, BE_ALL);
	int maybe = among || tok_in(&S->t[v - 1], BE_ALL) || tok_in(&S->t[v - 1], report_say) ||
		    (v >= 2 && tok_is(&S->t[v - 1], "THAT") && tok_in(&S->t[v - 2], report_say));
	for (int k = v - 2; !maybe && k > src->m[0].a->end && k >= v - 13; k--)
		maybe = tok_is(&S->t[k], "THERE");
	if (!maybe)
		return 0;
	int s = v - 1, far = among ? 30 : 14;   /* a list of victims may be long */
	while (s > src->m[0].a->end && s >= v - far && !tok_in(&S->t[s], report_say))
		s--;
	if (s <= src->m[0].a->end || s < v - far || !tok_in(&S->t[s], report_say))
		return 0;
	if (among)   /* clause83: "said 18 soldiers were among those killed" */
		return !foe_listed(S, s + 1, v, src);
	int i = s + 1 + (s + 1 < v && tok_is(&S->t[s + 1], "THAT"));
	for (int k = s + 1; k < v; k++)
		if (S->t[k].type == TY_ACTOR || S->t[k].type == TY_AGENT ||
		    S->t[k].type == TY_PRON || S->t[k].type == TY_COMMA)
			return 0;
	if (i + 1 < v && tok_is(&S->t[i], "THERE") && (tok_in(&S->t[i + 1], BE_ALL) ||
	    (i + 2 < v && tok_in(&S->t[i + 1], HAVE_FORMS) && tok_is(&S->t[i + 2], "BEEN"))))
		return 1;   /* "said there were 120 cases of attacks" */
	if (gerund_subject(S, s, v, vend))
		return 1;   /* speech78: "says fighting in Sudan has forced ..." */
	const coder_tok *t = &S->t[v];
	if (!tok_in(&S->t[v - 1], BE_ALL) || (tok_ends(t, "ING")))
		return 0;
	/* a passive of deeds 05-13 only: a statement or intent (01-04: "plans are being
	 * considered") is the speaker's side's own; coercion (17x) the authorities' (passive51);
	 * force (14-20) is left to the reported-passive rules (reported54) */
	if (!a || !a[0] || !a[1] || !((a[0] == '0' && a[1] >= '5') || (a[0] == '1' && a[1] <= '3')))
		return 0;
	for (int k = vend + 1; k < S->nt && S->t[k].type != TY_COMMA; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return 0;
	return 1;   /* "said 300 tickets were sold" */
}

/* speech98: the token past the press told at token k, before v ("told (the) VOA", "told
 * reporters": an actor of the media agent or a press word), k when none. */
static int told_press_end(const coder_sent *S, int k, int v)
{
	int p = k + (k < v && tok_is(&S->t[k], "THE"));
	if (p >= v)
		return k;
	if (syn_press_word(S->t[p].s, S->t[p].n))
		return p + 1;
	int x = S->t[p].actor;
	if (x >= 0 && S->a[x].ncodes && S->a[x].codes[0] && media_agent_code(S->a[x].codes[0]))
		return S->a[x].end + 1;
	return k;
}

/* speech98: --shallow, 1 when both sides of deed v (its phrase ending at vend), source src and
 * target tgt, lie in the phrase of the speaker of a clause that tells of violence (code a,
 * roots 18-20) in the passive with no doer: "The head of the Kenyan Red Cross told VOA six
 * people had likely been killed" (KEN and the Red Cross). Neither is a side of the deed. The
 * clause (from the speech verb of report_say, within fourteen words before v) holds no
 * actor, pronoun or comma but the press told; no "by" / "from" follows v before a comma.
 * A target placed by "in" (where the speaker is) is left to the place rules. */
int news_speaker_pair(const coder_sent *S, int v, int vend, const char *a,
		      const coder_slot *src, const coder_slot *tgt)
{
	int violence = a && ((a[0] == '1' && a[1] >= '8') || (a[0] == '2' && a[1] == '0'));
	if (!violence || !src->n || !tgt->n || !src->m[0].a || !tgt->m[0].a ||
	    src->m[0].a->pos < 0 || tgt->m[0].a->pos < 0 || v < 1 || !news_passive_aux(S, 0, v))
		return 0;
	int tp = tgt->m[0].a->pos;
	tp -= tp > 0 && tok_is(&S->t[tp - 1], "THE");
	if (tp > 0 && tok_is(&S->t[tp - 1], "IN"))
		return 0;   /* "a reporter in Nairobi said": the place keeps the deed (speech96) */
	int last = src->m[0].a->end > tgt->m[0].a->end ? src->m[0].a->end : tgt->m[0].a->end;
	int s = v - 1;
	while (s > last && s >= v - 14 && !tok_in(&S->t[s], report_say))
		s--;
	if (s <= last || s < v - 14)
		return 0;
	int k = s + 1;
	if (tok_is(&S->t[s], "TOLD") || tok_is(&S->t[s], "TELLS"))   /* "told VOA": the one told */
		k = told_press_end(S, k, v);
	for (; k < v; k++)   /* an agent there is the victims ("six people") */
		if (S->t[k].type == TY_ACTOR || S->t[k].type == TY_PRON ||
		    S->t[k].type == TY_COMMA)
			return 0;
	const coder_tok *t = &S->t[v];
	if (tok_ends(t, "ING"))
		return 0;
	for (k = vend + 1; k < S->nt && S->t[k].type != TY_COMMA; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return 0;
	return 1;
}

/* speech86: --shallow, 1 when deed v (its phrase ending at vend) is the passive of a relative
 * clause ("the girls, who were kidnapped last week during a raid"): "who" or "which" and a
 * form of "be" right before it, v no -ing form, and no "by" or "from" after it before a comma
 * or the sentence's end. The clause names no doer, so the source found before the relative
 * (the sentence's subject or speaker: "Officials said no ransom was paid for the girls, who
 * were kidnapped") has no part in it. The parse path reads the relative from its tree. */
int news_relative_passive(const coder_sent *S, int v, int vend, const coder_slot *src)
{
	static const char *const be[] = { "WAS", "WERE", "IS", "ARE", "BEEN", NULL };
	static const char *const rel[] = { "WHO", "WHICH", NULL };
	const coder_tok *t = &S->t[v];
	if (!src->n || !src->m[0].a || src->m[0].a->pos < 0 || v < 2 ||
	    !tok_in(&S->t[v - 1], be) || !tok_in(&S->t[v - 2], rel) ||
	    src->m[0].a->end >= v - 2 || tok_ends(t, "ING"))
		return 0;
	for (int k = vend + 1; k < S->nt && S->t[k].type != TY_COMMA; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM") ||
		    S->t[k].type == TY_BY)
			return 0;
	return 1;
}

/* speech101: --shallow, the relative word that opens a relative clause on a noun with deed v
 * as its verb ("fighters who attack villages", "the men that attacked the camp"): "who",
 * "which" or "that" right before v (over auxiliaries, negation and adverbs), after a plain
 * word that is no verb (the antecedent's last word), or -1. */
static int relative_opener(const coder_sent *S, int lo, int v)
{
	static const char *const rel[] = { "WHO", "WHICH", "THAT", NULL };
	int r = v - 1;
	while (r > lo && (S->t[r].type == TY_AUX || tok_has(&S->t[r], WF_AUX) ||
			  tok_has(&S->t[r], WF_NEG) || adverbish(&S->t[r])))
		r--;
	if (r <= lo || !tok_in(&S->t[r], rel) || sent_actor_at(S, r) >= 0)
		return -1;
	const coder_tok *p = &S->t[r - 1];
	if (p->cls != C_WORD || p->type == TY_VERB || tok_in(p, report_say))
		return -1;
	/* clause83: "were among those (countries) who attacked": the listed phrase is the doer */
	for (int k = r - 1; k > lo && k >= r - 3; k--)
		if (tok_is(&S->t[k], "AMONG"))
			return -1;
	return r;
}

/* speech101: --shallow, 1 when deed v is the verb of a relative clause inside a clause a
 * speech verb reports and its source src is that speaker: "Malian officials say the group
 * has fighters who fight to control villages", "Tanzania said it is hunting soldiers who
 * attacked a camp". TABARI's first actor before the verb is the speaker, who only tells of
 * the deed; its doer is the relative's antecedent, a description of what is reported. The
 * speech verb (report_say) stands after the speaker's phrase and before the relative word,
 * with no quotation mark between them. */
int news_relative_report(const coder_sent *S, int lo, int v, const coder_slot *src)
{
	if (src->n != 1 || !src->m[0].a || src->m[0].a->pos < 0 || src->m[0].a->end >= v)
		return 0;
	int r = relative_opener(S, lo, v);
	for (int k = r - 1; r >= 0 && k > src->m[0].a->end; k--) {
		if (S->t[k].cls == C_QUOTE)
			return 0;
		if (tok_in(&S->t[k], report_say))
			return 1;
	}
	return 0;
}

/* clause83: both paths, 1 when deed v follows "be among those" in a clause a speech verb
 * reports ("said 18 soldiers were among those killed") and the listed phrase before "among"
 * has an agent or actor: *out gets it, the deed's victims (news_doerless_report has made the
 * speaker no side of it). */
int news_among_listed(coder_sent *S, int v, coder_slot *out)
{
	if (!listed_among(S, v, BE_FORMS))
		return 0;
	int s = v - 4;
	while (s > 0 && s >= v - 30 && !tok_in(&S->t[s], report_say))
		s--;
	coder_slot y = { .n = 0 };
	if (s < 0 || !tok_in(&S->t[s], report_say) || !news_open_subject(S, s + 1, v - 3, &y) ||
	    !y.n || !strcmp(y.m[0].code, "---"))
		return 0;
	*out = y;
	return 1;
}

/* The comma that closes a concessive clause opening the sentence ("While Kenya wants to close
 * the camps, ..."), or -1. With quote set an opening quotation mark may stand before the
 * concessive word ("\"While the police acted fast, I urge ...\""). */
static int concessive_comma(const coder_sent *S, int quote)
{
	static const char *const conc[] = { "WHILE", "ALTHOUGH", "THOUGH", "WHEREAS", NULL };
	int f = 0;
	while (f < S->nt && (!sent_live(S, f) || (quote && S->t[f].cls == C_QUOTE)))
		f++;
	if (f >= S->nt || !tok_in(&S->t[f], conc))
		return -1;
	int c = f + 1;
	while (c < S->nt && S->t[c].type != TY_COMMA)
		c++;
	return c < S->nt ? c : -1;
}

/* clause83: both paths, 1 when target tgt of a statement (code a 01x) lies in a concessive
 * clause opening the sentence ("While Kenya wants to close the camps, residents say ...")
 * and the statement's source, if any, after that clause's comma: the side the concession
 * names is no addressee of the main clause's words. */
int news_concessive_target(const coder_sent *S, const char *a, const coder_slot *src,
			   const coder_slot *tgt)
{
	if (!a || a[0] != '0' || a[1] != '1' || !tgt->n || !tgt->m[0].a || tgt->m[0].a->pos < 0)
		return 0;
	int c = concessive_comma(S, 1);
	if (c < 0 || tgt->m[0].a->pos >= c)
		return 0;
	return !src->n || !src->m[0].a || src->m[0].a->pos < 0 || src->m[0].a->pos > c;
}

/* srcsh86: --shallow, where the source of verb v is looked for in the clause from lo: after
 * the comma of a concessive clause opening the sentence (or its quote) when v lies past it
 * and the main clause opens on a first person ("\"While the quick response of the Haitian
 * police stopped more escapes, I urge the police ...\"": the police's response is no doer of
 * the appeal, the speaker is), else lo. A third person may stand for the concession's own
 * subject ("While the president praised the deal, he ..."): left alone. */
int news_concessive_source_from(const coder_sent *S, int lo, int v)
{
	static const char *const first[] = { "I", "WE", NULL };
	int c = concessive_comma(S, 1);
	return c >= lo && c + 1 < v && tok_in(&S->t[c + 1], first) ? c + 1 : lo;
}

/* srcsh89: --shallow, where the source of verb v is looked for: "..., leading South Korea to
 * call for its own weapons", "prompting Kenya to recall its envoy": a causing participle
 * (leading, prompting, forcing, pushing, causing, driving, spurring, compelling), an actor
 * right after it (an article may stand before it, its agent after it) and "to" before the
 * verb make that actor the doer; the phrases before the participle (the skepticism "among
 * U.S. allies") are no side of the caused deed. A pronoun ("leading them to") is left to
 * the pronoun rules. Returns the actor's token, lo when the shape is not there. */
int news_caused_doer_from(const coder_sent *S, int lo, int v)
{
	static const char *const cause[] = { "LEADING", "PROMPTING", "FORCING", "PUSHING",
		"CAUSING", "DRIVING", "SPURRING", "COMPELLING", NULL };
	if (v < 3 || !tok_is(&S->t[v - 1], "TO"))
		return lo;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int p = a->end + 1;   /* its agent may follow: "the Sudanese government to" */
		while (p < v - 1 && S->t[p].ent && S->t[p].ent->type == ENT_AGENT)
			p = S->t[p].end > p ? S->t[p].end + 1 : p + 1;
		if (a->pos < lo || p != v - 1 || a->pos < 1 || a->pron_kind)
			continue;
		int b = a->pos - 1;
		if (b > lo && tok_is(&S->t[b], "THE"))
			b--;
		return b >= lo && tok_in(&S->t[b], cause) ? a->pos : lo;
	}
	return lo;
}

/* reported54: 1 when tokens [lo, hi) hold a possessive pronoun ("its base", "their
 * convoy"): the subject of a reported clause is the speaker's own. The words, not the
 * actors: the parse path resolves pronouns its own way. */
int news_own_subject(const coder_sent *S, int lo, int hi)
{
	static const char *const poss[] = { "ITS", "THEIR", "OUR", "HIS", "HER", NULL };
	for (int i = lo; i < hi; i++)
		if (tok_in(&S->t[i], poss))
			return 1;
	return 0;
}

/* reported54: both paths, the copula of a clause speech verb v reports, when it stands
 * before token tp: "said (that) the man was the top commander of the group for Iraq",
 * "al-Rufay'i, also known as Abu Khadija, was the top IS official": the predicate (an
 * article after is / was / are / were) states a fact about the clause's subject, and an
 * actor in it is no side the statement is about. Returns the copula's token, 0: none. */
int news_copula_predicate(const coder_sent *S, int v, int tp)
{
	/* "said the proposal was the work of Germany": the side the predicate's noun is of
	 * (its author, owner) is what the statement is about */
	if (!tok_in(&S->t[v], report_say) || tok_is(&S->t[tp - 1], "OF") ||
	    (tok_is(&S->t[tp - 1], "THE") && tok_is(&S->t[tp - 2], "OF")))
		return 0;
	for (int c = v + 2; c + 1 < tp && c <= v + 12; c++)
		if (tok_in(&S->t[c], BE_FINITE))   /* "there is a threat from China": no subject */
			return tok_in(&S->t[c + 1], ARTICLES) && !tok_is(&S->t[c - 1], "THERE") ?
			       c : 0;
	return 0;
}

/* blame50: --shallow, 1 when negated verb v is a speaker's denial of its own abetting: "said
 * (that) it did not harbor militants" (a verb of abetting with terror after it, as
 * news_charged_side's charge, its subject a personal pronoun right after the statement, only
 * auxiliaries and the negation between): CAMEO's denial (016), the parse path's
 * syn_denied_wrong, not a rejection of the deed (12x). */
int news_denied_deed(const coder_sent *S, int v)
{
	static const char *const aux[] = { "DID", "DOES", "DO", "HAS", "HAD", "HAVE", "NOT",
		"NEVER", "N'T", NULL };
	static const char *const self[] = { "IT", "WE", "I", "HE", "SHE", "THEY", NULL };
	const coder_tok *t = &S->t[v];
	if (!syn_charge_word(t->s, t->n, CHARGE_ABET) || !charge_word_near(S, v, CHARGE_TERROR))
		return 0;
	int p = v - 1;
	while (p > 0 && p >= v - 3 && tok_in(&S->t[p], aux))
		p--;
	if (p == v - 1 || p < 1 || !tok_in(&S->t[p], self))
		return 0;
	p -= p > 1 && tok_is(&S->t[p - 1], "THAT");
	return tok_in(&S->t[p - 1], SAY_FORMS);
}

/* srcsh86: the quantity word of a clause that "and"/"or" cut before verb v ("some even
 * write and insult Zanu PF": the clause seen opens on "insult"), or -1. A plain word (no
 * actor) stands before the conjunction, only adverbs between it and the quantity word, and a
 * clause boundary (start, comma, quote, conjunction) before that: the same people do both. */
static int generic_joined_start(const coder_sent *S, int v, const char *const *some)
{
	if (v < 3 || !tok_in(&S->t[v - 1], AND_OR_WORDS) || S->t[v - 2].cls != C_WORD ||
	    sent_actor_at(S, v - 2) >= 0 || tok_has(&S->t[v - 2], WF_AUX | WF_CLAUSE))
		return -1;
	int j = v - 3;
	while (j >= 0 && j > v - 6 && (adverbish(&S->t[j]) || news_time_adverb(&S->t[j])))
		j--;
	if (j < 0 || !tok_in(&S->t[j], some))
		return -1;
	if (j > 0 && S->t[j - 1].cls != C_COMMA && S->t[j - 1].cls != C_QUOTE &&
	    S->t[j - 1].type != TY_CONJ)
		return -1;
	return j;
}

/* the quantity words that name a part of a population ("some", "many") */
static const char *const quantity_words[] = { "SOME", "MANY", "MOST", "FEW", NULL };

/* srcsh87: the quantity word of a clause a dash opens right before verb v ("Voters write
 * about the party - some praise it"), or -1: only adverbs between the quantity word and v,
 * a dash set off by a blank right before it (the tokens leave dashes out), after lo. The
 * dash joins a second clause, whose subject is the quantity word, not the phrase before. */
static int generic_dash_start(const coder_sent *S, int lo, int v, const char *const *some)
{
	int j = v - 1;
	while (j > lo && j > v - 4 && (adverbish(&S->t[j]) || news_time_adverb(&S->t[j])))
		j--;
	if (j <= lo || !tok_in(&S->t[j], some))
		return -1;
	const char *p = S->c->sentence.p;
	int a = S->t[j - 1].ostart + S->t[j - 1].olen, dash = 0, blank = 0;
	for (int b = a; b < S->t[j].ostart; b++) {
		dash |= p[b] == '-';
		blank |= p[b] == ' ';
	}
	return dash && blank ? j : -1;   /* "day - some", not a hyphened word */
}

/* srcsh86: --shallow, 1 when verb v is a speech participle glossing the statement before it
 * ("\"Many German drivers choose hybrids,\" Wang said, talking about his firm"): "talking",
 * "speaking", "referring" or "commenting" right after "said,"/"says,"/"added,", whose speaker
 * (the words back to the quotation mark) names no actor. Its doer is that speaker, never an
 * actor of the quote, and the statement is coded by the speech verb itself. */
int news_said_gloss(const coder_sent *S, int v)
{
	static const char *const gloss[] = { "TALKING", "SPEAKING", "REFERRING", "COMMENTING",
					     NULL };
	static const char *const say[] = { "SAID", "SAYS", "ADDED", NULL };
	if (v < 3 || !tok_in(&S->t[v], gloss) || S->t[v - 1].cls != C_COMMA ||
	    !tok_in(&S->t[v - 2], say))
		return 0;
	for (int j = v - 3; j >= 0 && S->t[j].cls != C_QUOTE; j--)
		if (sent_actor_at(S, j) >= 0)
			return 0;
	return 1;
}

/* generic55: --shallow, 1 when verb v, in its base form (a plural's simple present), has
 * for subject people named by a quantity only: the clause opens on "some", "many", "most" or
 * "few", before the verb with only adverbs ("some even insult ...") or with a noun of a
 * population ("Many young people in Egypt complain ..."), no verb or auxiliary. What part of
 * a population does is no deed of a side; the parse path's syn_generic_people. speech59: nor
 * is a deed such people fear (a verb of fear after the population noun, v after it).
 * generic70: nor the bare quantity word's deed in the present perfect ("some have urged"). */
int news_generic_people(const coder_sent *S, int lo, int v)
{
	const char *const *some = quantity_words;
	static const char *const people[] = { "PEOPLE", "YOUTH", "YOUTHS", "CITIZENS",
					      "RESIDENTS", NULL };
	int k = lo;
	/* the clause may open on a quotation mark, "and" or a clause word ("While some ...") */
	while (k < v && (S->t[k].cls == C_QUOTE || S->t[k].type == TY_CONJ ||
			 tok_has(&S->t[k], WF_CLAUSE)))
		k++;
	int end = v;   /* the words between the quantity word and end are read */
	if (k >= v && (k = generic_joined_start(S, v, some)) >= 0)
		end = v - 2;
	if (k < 0 || k >= v || v - k > 7 || !tok_in(&S->t[k], some))
		return 0;
	/* generic70: the bare quantity word in the present perfect ("some have urged");
	 * generic77: adverbs may stand on either side of "have" ("some have even said") */
	static const char *const have[] = { "HAVE", "HAS", NULL };
	int haves = 0, plain = 1;
	for (int j = k + 1; j < end; j++) {   /* "have been killed": a passive, no deed of theirs */
		const coder_tok *t = &S->t[j];
		int have_j = tok_in(t, have);
		haves += have_j;
		plain &= have_j || (!tok_is(t, "BEEN") && (adverbish(t) ||
							    news_time_adverb(t)));
	}
	if (haves)
		return haves == 1 && plain;
	if (!syn_base_form(S, v))
		return 0;
	static const char *const fear[] = { "FEAR", "FEARED", "WORRY", "WORRIED", "DREAD", NULL };
	int named = 0, adverbs = 1;
	for (int j = k + 1; j < end; j++) {
		const coder_tok *t = &S->t[j];
		/* speech59: "many people fear the army will attack": the deed they fear is
		 * nobody's event either (the parse path codes none for a feared deed) */
		if (named && t->type == TY_VERB && tok_in(t, fear))
			return 1;
		if (!sent_live(S, j) || t->type == TY_VERB || t->type == TY_AUX ||
		    tok_has(t, WF_AUX) || tok_has(t, WF_CLAUSE) || t->cls == C_COMMA)
			return 0;
		named |= tok_in(t, people);
		adverbs &= adverbish(t) || tok_is(t, "EVEN");
	}
	return named || adverbs;
}

/* generic91: both paths, 1 when the consultation (root 04) at verb v is a crowd's talk
 * among itself: the clause opens (past a quotation mark, "and" or a clause word) on a bare
 * plural of a population ("People are discussing the future of the talks", "Residents met
 * on Sunday"), only auxiliaries and adverbs between it and v, and no actor after v before
 * the clause ends (a comma, a clause word). A crowd meeting a side ("Residents met the
 * governor") and protests (14x) are left alone. */
int news_crowd_talk(const coder_sent *S, int lo, int v, const char *code)
{
	static const char *const crowd[] = { "PEOPLE", "RESIDENTS", "CITIZENS", "VILLAGERS",
					     NULL };
	if (!code || code[0] != '0' || code[1] != '4')
		return 0;
	int k = lo;
	while (k < v && (S->t[k].cls == C_QUOTE || S->t[k].type == TY_CONJ ||
			 tok_has(&S->t[k], WF_CLAUSE)))
		k++;
	if (k >= v || !tok_in(&S->t[k], crowd))
		return 0;
	static const char *const in[] = { "IN", "FROM", NULL };
	for (int j = k + 1; j < v; j++) {
		const coder_tok *t = &S->t[j];
		if (j == k + 1 && tok_in(t, in) && j + 1 < v && S->t[j + 1].cap) {
			j++;   /* "People in Nairobi": the crowd's place, one capitalized word */
			continue;
		}
		if (!(t->type == TY_AUX || tok_has(t, WF_AUX) || adverbish(t) ||
		      news_time_adverb(t)))
			return 0;
	}
	for (int j = v + 1; j < S->nt; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL))
			break;
		if (sent_actor_at(S, j) >= 0 || t->type == TY_ACTOR || t->type == TY_AGENT)
			return 0;
	}
	return 1;
}

/* srcsh87: both paths, 1 when verb v opens a clause a dash joins and whose subject is a
 * quantity word only ("Voters write about the party every day - some praise it"): read
 * from that word, news_generic_people's deed of a part of a population, no side's. The
 * parse path needs it when the parser takes such a verb for a noun ("some praise"). */
int news_generic_dash(const coder_sent *S, int lo, int v)
{
	int j = generic_dash_start(S, lo, v, quantity_words);
	return j >= 0 && news_generic_people(S, j, v);
}

/* generic70: --shallow, 1 when verb v, right after "to", is the deed an appeal of people
 * named by a quantity only asks for ("some have urged Basha to cut ties with X"): the
 * appeal is no side's (news_generic_people), and what it asks is no one's deed either, as
 * the parse path's syn_asked_deed has it. The appeal verb is looked for among the few
 * words before "to", with no comma or clause word between. */
int news_generic_asked(const coder_sent *S, int lo, int v)
{
	if (v < lo + 3 || !tok_is(&S->t[v - 1], "TO"))
		return 0;
	for (int j = v - 2; j > lo && j >= v - 8; j--) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (t->type == TY_VERB && news_appeal_word(t))
			return news_generic_people(S, lo, j);
	}
	return 0;
}

/* generic74: --shallow, 1 when a visit (042, with its host's 043) by a travel verb v
 * ("visited", "arrived", "traveled", "toured") is made by private people: its source is an
 * agent coded civilian ("~CVL": "Chinese tourists", "pilgrims", "residents") with no named
 * actor of its own, and that agent's phrase ends right before the verb (only adverbs or
 * auxiliaries between), so it is the verb's subject. Tourism and private trips are travel,
 * no diplomatic visit; the parse path's private_travel (syntax.c). Offices, names and
 * pronouns keep the visit. */
int news_private_travel(const coder_sent *S, int v, const char *a, const coder_slot *src)
{
	static const char *const travel[] = { "VISIT", "VISITS", "VISITED", "VISITING",
		"ARRIVE", "ARRIVES", "ARRIVED", "ARRIVING", "TRAVEL", "TRAVELS", "TRAVELED",
		"TRAVELLED", "TRAVELING", "TRAVELLING", "TOUR", "TOURS", "TOURED", "TOURING",
		NULL };
	if (!a || strncmp(a, "042", 3) || !tok_in(&S->t[v], travel) || src->n != 1)
		return 0;
	const coder_actor *who = src->m[0].a;
	const char *c = src->m[0].code;
	size_t n = c ? strlen(c) : 0;
	/* "the tourists": an open actor (no entry) is the agent's phrase itself */
	const dict_entry *ag = who->agent;
	if ((!ag && who->ent) || who->pos < 0 || who->end >= v || n < 3 ||
	    strcmp(c + n - 3, "CVL"))
		return 0;
	int agent = !ag;   /* "Chinese tourists": the agent may follow the actor's own words */
	for (int j = who->pos; j < v; j++) {
		const coder_tok *t = &S->t[j];
		if (ag && t->ent == ag && t->end >= j && t->end < v) {
			agent = 1;
			j = t->end;
		} else if (j > who->end && !adverbish(t) && t->type != TY_AUX &&
			   !tok_has(t, WF_AUX))
			return 0;
	}
	return agent;
}

/* generic75: 1 when actor code c holds no office: no side ("---"), a bare country, or a
 * country with a private role (civilian, school, farm, business, labour, health). Such a
 * speaker is a person of that place, whose words are no side's statement. */
static int private_code(const char *c)
{
	static const char *const private_role[] = { "", "CVL", "EDU", "AGR", "BUS", "LAB",
						    "HLH", "MED", NULL };
	if (!c)
		return 0;
	if (!strcmp(c, "---"))
		return 1;
	for (int k = 0; private_role[k]; k++)
		if (strlen(c) >= 3 && !strcmp(c + 3, private_role[k]))
			return 1;
	return 0;
}

/* generic75: both paths, 1 when a statement (01) by verb v is a private person's: its one
 * source is named right before an age set off by commas ("Indian engineer Raj Patel, 45,
 * said", "Mark Jones, 58, said": a name, then ", NUMBER," with only adverbs or auxiliaries
 * up to the verb) and its code holds no office (a bare country, a civilian, school, farm,
 * business, labour or health role, or no side). News gives an age after the name of a
 * witness or a resident, whose words are no side's statement; an office ("Indian Prime
 * Minister X, 70, said", INDGOV) keeps it, and so does any deed other than a statement. */
int news_aged_private(const coder_sent *S, int v, const char *a, const coder_slot *src)
{
	if (!a || strncmp(a, "01", 2) || src->n != 1 || !private_code(src->m[0].code))
		return 0;
	const coder_actor *who = src->m[0].a;
	if (who->pos < 0 || who->end >= v)
		return 0;
	int j = who->end + 1, words = 0;
	while (j < v && S->t[j].cls == C_WORD && S->t[j].type != TY_VERB && words++ < 5)
		j++;   /* "Indian engineer Raj Patel": the name may follow the actor's words */
	if (j + 3 > v || S->t[j].cls != C_COMMA || S->t[j + 1].cls != C_NUMBER ||
	    S->t[j + 1].n > 3 || S->t[j + 2].cls != C_COMMA)
		return 0;
	for (j += 3; j < v; j++)
		if (!adverbish(&S->t[j]) && S->t[j].type != TY_AUX)
			return 0;
	return 1;
}

/* shacc50: --shallow, 1 when verb v is the deed of abetting a statement before it charges
 * (news_charged_side: "said Ghana had harbored militants"): the charge codes, not the deed
 * (harbor's asylum, 075). The speech verb is looked for among the few words before v. */
int news_charged_deed(const coder_sent *S, int v)
{
	const coder_tok *t = &S->t[v];
	if (!syn_charge_word(t->s, t->n, CHARGE_ABET) || !charge_word_near(S, v, CHARGE_TERROR))
		return 0;
	for (int s = v - 2; s >= 0 && s >= v - 12; s--) {
		int deed;
		if (S->t[s].type == TY_VERB && S->t[s].ent &&
		    news_charged_side(S, s, S->t[s].end >= s ? S->t[s].end : s, &deed) >= 0)
			return deed == v;
	}
	return 0;
}

/* speaking53: the participle frame of the sentence: a clause opened by "speaking",
 * "meeting", "addressing", "visiting", "talking" or "having met" and closed by a comma,
 * either set off by commas right after a subject phrase with no verb of its own ("Rubio,
 * speaking after talks with his Saudi counterpart, said") or opening the sentence
 * ("Speaking after talks with X, the minister called"). English gives such a participle
 * the main clause's subject: the actors of its own words are the ones met, never the
 * main verb's doer. Sets [*from, *to] (the participle, the closing comma) and returns the
 * first token of the main subject's search: 0 before the frame, *to + 1 after it; -1:
 * none. */
/* meeting54: when token i opens a phrase of a meeting held with someone: "after",
 * "following", "during", "at" or "in", a few words, the meeting's noun and "with" ("after a
 * phone call with", "in talks with"), the noun's token; else 0. Such a phrase set off like
 * a participle frame tells what its subject did, as "having met" does. */
int news_meeting_opener(const coder_sent *S, int i)
{
	static const char *const prep[] = { "AFTER", "FOLLOWING", "DURING", "AT", "IN", NULL };
	/* not words.c TALK_NOUNS: a meeting held, a "call" too, no talks that go on */
	static const char *const noun[] = { "MEETING", "MEETINGS", "TALKS", "CALL", "SUMMIT",
		NULL };
	if (!tok_in(&S->t[i], prep))
		return 0;
	for (int j = i + 1; j < S->nt - 1 && j <= i + 4; j++) {
		if (S->t[j].cls == C_COMMA || S->t[j].type == TY_ACTOR)
			return 0;
		if (tok_in(&S->t[j], noun))
			return tok_is(&S->t[j + 1], "WITH") ? j : 0;
	}
	return 0;
}

int news_participle_frame(const coder_sent *S, int *from, int *to)
{
	static const char *const part[] = { "SPEAKING", "MEETING", "ADDRESSING", "VISITING",
		"TALKING", NULL };
	int p = -1;
	for (int i = 0; i < S->nt && i < 16 && p < 0; i++) {
		const coder_tok *t = &S->t[i];
		if (tok_in(t, part) || news_meeting_opener(S, i) ||
		    (tok_is(t, "HAVING") && i + 1 < S->nt && tok_is(&S->t[i + 1], "MET")))
			p = i;
		else if (t->cls == C_COMMA && i + 1 < S->nt && !tok_in(&S->t[i + 1], part) &&
			 !tok_is(&S->t[i + 1], "HAVING") && !news_meeting_opener(S, i + 1))
			return -1;   /* a comma that opens no participle ends the subject */
		else if (t->type == TY_VERB || t->type == TY_AUX || t->type == TY_CONJ)
			return -1;   /* the subject's phrase is a clause of its own */
	}
	if (p < 0 || (p > 0 && S->t[p - 1].cls != C_COMMA))
		return -1;
	int actor = 0;
	for (int i = 0; p > 0 && i < p - 1; i++)
		actor |= S->t[i].type == TY_ACTOR;
	if (p > 0 && !actor)
		return -1;
	for (int c = p + 1; c < S->nt; c++)
		if (S->t[c].cls == C_COMMA) {
			*from = p;
			*to = c;
			return p > 0 ? 0 : c + 1;
		}
	return -1;
}

/* boiler54: token i opens "(asked|declined|...) (not) to be named|identified|quoted", the
 * wire's way of saying who would not be named; the phrase's last token, else -1. */
static int unnamed_formula(const coder_sent *S, int i)
{
	static const char *const ask[] = { "ASKED", "ASKING", "DECLINED", "DECLINING",
		"REQUESTED", "REQUESTING", "REFUSED", "REFUSING", NULL };
	static const char *const named[] = { "NAMED", "IDENTIFIED", "QUOTED", NULL };
	if (!tok_in(&S->t[i], ask))
		return -1;
	int j = i + 1;
	if (j < S->nt && tok_is(&S->t[j], "NOT"))
		j++;
	if (j + 2 < S->nt && tok_is(&S->t[j], "TO") && tok_is(&S->t[j + 1], "BE") &&
	    tok_in(&S->t[j + 2], named))
		return j + 2;
	return -1;
}

/* boiler54: the verb at v belongs to the sourcing formula of wire copy: "speaking on
 * (the) condition of anonymity to discuss X", "who spoke to VOA on condition of
 * anonymity", "because they were not authorized to speak publicly", "asked not to be
 * named", "declined to be identified". The formula says why a source is not named; what
 * the source discusses or talks about is no meeting, statement or refusal of its own. */
static int anonymity_formula(const coder_sent *S, int v)
{
	for (int i = v - 5; i <= v; i++) {
		int e = i >= 0 ? unnamed_formula(S, i) : -1;
		if (e >= v)
			return 1;
	}
	/* "spoke to VOA on condition of anonymity", "requested anonymity": the verb's own
	 * clause goes on to it, with no other verb, comma or clause word between */
	int end = S->t[v].end > v ? S->t[v].end : v;
	for (int i = end + 1; i < S->nt && i <= end + 8; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE))
			break;
		if (tok_is(t, "ANONYMITY"))
			return 1;
	}
	/* "anonymity to discuss the operation", "not authorized to (publicly) speak" */
	int k = v - 1;
	if (k >= 0 && tok_is(&S->t[k], "PUBLICLY"))
		k--;
	if (k < 1 || !tok_is(&S->t[k], "TO"))
		return 0;
	const coder_tok *w = &S->t[k - 1];
	if (tok_is(w, "ANONYMITY"))
		return 1;
	return tok_is(w, "AUTHORIZED") && k >= 2 &&
	       (tok_is(&S->t[k - 2], "NOT") || tok_has(&S->t[k - 2], WF_NEG));
}

/* generic77: 1 when tokens [i, e) say why a source is not named: "who requested
 * anonymity", "speaking on condition of anonymity", "who asked not to be named" (the
 * wire's unnamed_formula), "who declined to give his name", "who gave only her first
 * name". */
static int anonymous_clause(const coder_sent *S, int i, int e)
{
	static const char *const refuse[] = { "DECLINED", "DECLINING", "REFUSED", "REFUSING",
		"ASKED", "NOT", NULL };
	int refused = 0;
	for (int j = i; j < e; j++) {
		const coder_tok *t = &S->t[j];
		if (tok_is(t, "ANONYMITY") || unnamed_formula(S, j) >= 0)
			return 1;
		refused |= tok_in(t, refuse) || tok_is(t, "FIRST");
		if (refused && (tok_is(t, "NAME") || tok_is(t, "NAMES")))
			return 1;
	}
	return 0;
}

/* generic77: both paths, 1 when speech verb v ("said", "told", "added") has for its one
 * source a private person who is not named: the source's code holds no office
 * (private_code) and its phrase (with up to eight words of its own, "a shop owner in
 * Kabul") is followed by a clause set off by commas that says why it is not named
 * (anonymous_clause: "A student in Lagos, who asked not to be named, said ...", "...,
 * said a farmer, who requested anonymity"), then by its speech verb ("said she agreed, but
 * added ..." drops both). A reporter's unnamed passer-by speaks for no side: no event of
 * the verb (what such a person reports, "that the ministry ordered ...", is its own doer's
 * deed). An unnamed official ("a senior official, who requested anonymity", GOV) keeps it. */
int news_anonymous_private(const coder_sent *S, int v, const coder_slot *src)
{
	static const char *const say[] = { "SAY", "SAYS", "SAID", "SAYING", "TELL", "TELLS",
		"TOLD", "ADD", "ADDS", "ADDED", NULL };
	if (!tok_in(&S->t[v], say) || src->n != 1 || !private_code(src->m[0].code))
		return 0;
	const coder_actor *who = src->m[0].a;
	if (who->pos < 0 || (who->pos <= v && who->end >= v))
		return 0;
	int open = who->end + 1;
	while (open < S->nt && open <= who->end + 9 && S->t[open].cls == C_WORD && open != v)
		open++;
	if (open >= S->nt || S->t[open].cls != C_COMMA)
		return 0;
	int close = open + 1;
	while (close < S->nt && S->t[close].cls != C_COMMA && S->t[close].cls != C_QUOTE &&
	       close != v)
		close++;
	if (close == v || !anonymous_clause(S, open + 1, close))
		return 0;
	if (who->pos > v)   /* "..., said a farmer, who requested anonymity" */
		return 1;
	int j = close + 1;   /* the source's own speech verb: v or one before it */
	while (j < v && (adverbish(&S->t[j]) || S->t[j].type == TY_AUX))
		j++;
	return close < v && j <= v && tok_in(&S->t[j], say);
}

/* boiler54: the event noun at v is named as history: "the 20th anniversary of the
 * terrorist strikes", "in memory of the massacre", "to commemorate the uprising", "since
 * the 2001 attacks". Such a phrase recalls a deed done long ago; the commemorating act
 * itself ("marched to mark the anniversary") stays an event of its own verb. Only the
 * words of a noun phrase may stand between the frame and v; after "since" no actor or
 * pronoun either ("since Russia invaded" is a clause, a deed told with its doer). */
static int history_frame(const coder_sent *S, int v)
{
	static const char *const recall[] = { "ANNIVERSARY", "ANNIVERSARIES", "MEMORY",
		"REMEMBRANCE", "COMMEMORATION", "MEMORIAL", NULL };
	static const char *const mark[] = { "COMMEMORATE", "COMMEMORATES", "COMMEMORATED",
		"COMMEMORATING", NULL };
	int named = 0;
	for (int i = v - 1; i >= 0 && v - i <= 7; i--) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || tok_has(t, WF_CLAUSE) ||
		    tok_has(t, WF_AUX))
			return 0;
		if (tok_is(t, "OF") && i > 0 && tok_in(&S->t[i - 1], recall))
			return 1;
		if (tok_in(t, mark))
			return 1;
		if (tok_is(t, "SINCE"))
			return !named && i + 1 < v;
		if (t->type == TY_ACTOR || t->type == TY_AGENT || t->type == TY_PRON)
			named = 1;
	}
	return 0;
}

/* boiler54: the event noun at v is counted in a comparison: "has suffered more terrorist
 * attacks than any other city", "fewer strikes than last year", "saw the most attacks".
 * The sentence states a record, not a deed with a doer. */
static int counted_record(const coder_sent *S, int v)
{
	/* the count's word, with up to two modifiers between ("more jihadist attacks") */
	int q = v - 1;
	while (q >= 0 && q >= v - 3 && !tok_is(&S->t[q], "MORE") && !tok_is(&S->t[q], "FEWER") &&
	       !tok_is(&S->t[q], "MOST") && S->t[q].cls == C_WORD && S->t[q].type != TY_VERB &&
	       !tok_has(&S->t[q], WF_CLAUSE | WF_PREP | WF_AUX))
		q--;
	if (q < 0 || q < v - 3)
		return 0;
	if (tok_is(&S->t[q], "MOST"))   /* "the most serious attack" is one attack */
		return q == v - 1 && q >= 1 && tok_is(&S->t[q - 1], "THE");
	if (!tok_is(&S->t[q], "MORE") && !tok_is(&S->t[q], "FEWER"))
		return 0;
	int end = S->t[v].end > v ? S->t[v].end : v;
	for (int i = end + 1; i < S->nt && i <= end + 6; i++) {
		const coder_tok *t = &S->t[i];
		if (tok_is(t, "THAN"))
			return 1;
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE))
			return 0;
	}
	return 0;
}

/* boiler54: 1 when token t may stand inside a noun phrase between a frame and its event
 * noun: no comma, quote, clause word, auxiliary or verb of its own. */
static int np_word(const coder_tok *t)
{
	return t->cls != C_COMMA && t->cls != C_QUOTE && t->type != TY_VERB &&
	       !tok_has(t, WF_CLAUSE | WF_AUX);
}

/* boiler54: the event noun at v is told in a definition, not as a deed: "deterrence
 * involves a U.S. commitment to defend", "a summit can be defined as a meeting of leaders",
 * "the only way forward on the talks is for Washington to yield". A definitional verb
 * before its noun phrase, or a noun of means ("way", "path", "key") whose modifier holds
 * it and whose phrase is the subject of "is". */
static int defined_deed(const coder_sent *S, int v)
{
	static const char *const define[] = { "INVOLVES", "INVOLVE", "ENTAILS", "ENTAIL",
		"MEANS", "REQUIRES", "REQUIRE", NULL };
	static const char *const means[] = { "WAY", "WAYS", "PATH", "KEY", "ROUTE", NULL };
	for (int i = v - 1; i >= 0 && v - i <= 6; i--) {
		const coder_tok *t = &S->t[i];
		if (tok_in(t, define))
			return 1;
		if (tok_is(t, "AS") && i > 0 && tok_is(&S->t[i - 1], "DEFINED"))
			return 1;
		if ((tok_is(t, "ON") || tok_is(t, "TO") || tok_is(t, "FOR")) && i > 0) {
			int h = i - 1;
			if (tok_is(&S->t[h], "FORWARD") && h > 0)
				h--;
			if (!tok_in(&S->t[h], means))
				return 0;
			int end = S->t[v].end > v ? S->t[v].end : v;
			for (int k = end + 1; k < S->nt && k <= end + 4; k++) {
				if (tok_in(&S->t[k], BE_FINITE))
					return 1;
				if (!np_word(&S->t[k]))
					return 0;
			}
			return 0;
		}
		if (!np_word(t))
			return 0;
	}
	return 0;
}

/* boiler54: no event for the verb or noun at v: a sourcing formula of wire copy, a deed
 * recalled as history, one counted in a record or one told in a definition (above). */
int news_framed_deed(const coder_sent *S, int v)
{
	return anonymity_formula(S, v) || history_frame(S, v) || counted_record(S, v) ||
	       defined_deed(S, v);
}

/* timenoun118: 1 when the deed noun at v heads the object of a time preposition ("after",
 * "following", "since", "before", "in the wake of"): "Russia says Israel must end attacks
 * on Syria after latest strikes", "days after the coup", "following the Bali bombing". The
 * noun names an earlier deed that only dates the clause's own; the annotators code the
 * clause. At most five words of its noun phrase stand between (an article, a possessor, a
 * modifier, a head and "of": "following Washington's imposition of sanctions"; no verb,
 * comma, other preposition, pronoun subject or -ed word). A clause there is
 * left alone: "after China donated vaccines", "since authorities deported", "after the
 * government placed blame", "have since banned", "after repeatedly requesting" (an -ing
 * word needs an article or a possessor before it), "after Turkish soldiers shot" (a name
 * needs one too), "after the rebels struck" (a plural right before the deed word).
 * words123: not one predicate with history_frame's "since" (boiler54: no actor or pronoun
 * between, any code, meetings too: "since the 2001 attacks", "since the talks") nor with
 * event.c time_adjunct_target (tgtplace114: it drops the side of the clause's own deed past
 * ", a day after", the deed stays); each decides a different thing. */
int news_dated_deed(const coder_sent *S, int v)
{
	const char *const *when = TIME_PREPS;
	if (tok_ends(&S->t[v], "ED"))
		return 0;
	int q = v - 1;
	while (q >= 0 && v - q <= 6 && !tok_in(&S->t[q], when)) {
		const coder_tok *t = &S->t[q];
		if (tok_is(t, "OF") && q > 0 && tok_is(&S->t[q - 1], "WAKE"))
			break;   /* "in the wake of" */
		if (!np_word(t) || (tok_has(t, WF_PREP) && !tok_is(t, "OF")) || tok_ends(t, "ED") ||
		    (t->type == TY_PRON && !tok_has(t, WF_POSS)))
			return 0;
		q--;
	}
	if (q < 0 || v - q > 6)
		return 0;
	int wake = q >= 3 && tok_is(&S->t[q], "OF") && tok_is(&S->t[q - 1], "WAKE") &&
		   tok_is(&S->t[q - 2], "THE") && tok_is(&S->t[q - 3], "IN");
	if (!wake && !tok_in(&S->t[q], when))
		return 0;
	const coder_tok *d = &S->t[q + 1];
	int headed = q + 1 < v && (d->type == TY_DET || d->type == TY_NUM ||
				   tok_has(d, WF_POSS) || tok_possessive(d));
	for (int i = q + 1; i < v; i++)
		if (!headed && S->t[i].cap)
			return 0;   /* "after Turkish soldiers shot": a named subject */
	const coder_tok *b = &S->t[v - 1];
	if (q + 1 < v && tok_ends(b, "S") && !tok_ends(b, "SS") && !tok_possessive(b))
		return 0;   /* "after the rebels struck": a plural subject */
	return headed || !tok_ends(&S->t[v], "ING");
}

/* false135: 1 when the verb at v is a participle that opens the sentence right before the
 * noun phrase it describes: "Jailed Bahraini activists went on hunger strike", "Detained
 * journalists' families protested", "Imprisoned opposition leader X has started a hunger
 * strike". The participle tells what befell the subject before, no deed of this sentence.
 * Only a capitalised -ed word with nothing but quotes before it and a word of a noun phrase
 * after it (an adjective, a name, a noun); left alone: "Arrested on Monday, the men ...",
 * "Jailed by a military court, ..." (a preposition or comma follows), and any verb later
 * in the sentence; and a posture the noun's own side took ("Reinforced British troops
 * remained on alert": 154, the troops' side reinforced them; protests, 14x, the same). */
int news_fronted_participle(const coder_sent *S, int v, const char *code)
{
	if (!code || code_root(code) == 14 || code_root(code) == 15)
		return 0;
	for (int i = 0; i < v; i++)
		if (S->t[i].cls != C_QUOTE)
			return 0;
	const coder_tok *t = &S->t[v];
	if (!t->cap || t->n < 4 || !tok_ends(t, "ED") || v + 1 >= S->nt)
		return 0;
	const coder_tok *n = &S->t[v + 1];
	return n->cls == C_WORD && np_word(n) && n->type != TY_DET && n->type != TY_PRON &&
	       n->type != TY_CONJ && n->type != TY_BY &&
	       !tok_has(n, WF_PREP | WF_NEG | WF_REL | WF_SUB | WF_MODAL) && !tok_is(n, "TO");
}

/* sense65: 1 when token i names a text, a record or a recording: a thing published, not a
 * person set free. */
static int published_word(const coder_tok *t)
{
	static const char *const doc[] = { "REPORT", "REPORTS", "STUDY", "STUDIES", "SURVEY",
		"STATEMENT", "DATA", "FIGURES", "FINDINGS", "RESULTS", "DOCUMENT", "DOCUMENTS",
		"VIDEO", "VIDEOS", "FOOTAGE", "IMAGES", "PHOTOS", "PHOTOGRAPHS", "LETTER",
		"STATISTICS", "TRANSCRIPT", "RECORDING", "AUDIO", "BOOK", "FILM", "ALBUM", "INDEX",
		"DETAILS", "POLL", "ANALYSIS", "MEMO", "FILES", "ESTIMATES",
		"FORECAST", "GUIDELINES", "ASSESSMENT", "SUMMARY", NULL };
	return tok_in(t, doc);
}

/* sense70: coercion (17x) whose outcome, after the verb's object, is "out of business" or
 * "out of work": "the situation has forced a third of the farmers out of business", "rising
 * costs pushed the mill out of business". Economic ruin, no expulsion or coercion by a side.
 * The phrase is sought after the verb (vend) up to the sentence's end, a semicolon or 30
 * words. Returns 1 when so; "forced the rebels out of the town" is left alone. */
int news_ruined_out(const coder_sent *S, int vend, const char *a)
{
	static const char *const ruin[] = { "BUSINESS", "WORK", NULL };
	if (!a || a[0] != '1' || a[1] != '7')
		return 0;
	for (int q = vend + 1; q + 2 < S->nt && q <= vend + 30; q++) {
		if (tok_is(&S->t[q], ";") || tok_is(&S->t[q], "."))
			return 0;
		if (tok_is(&S->t[q], "OUT") && tok_is(&S->t[q + 1], "OF") &&
		    tok_in(&S->t[q + 2], ruin))
			return 1;
	}
	return 0;
}

/* sense74: 1 when the noun phrase that ends at token p is a text with its maker after it, a
 * reduced relative on the verb that follows ("a preliminary assessment from Malawi's
 * disaster office released Thursday", "the study by the World Bank released"): a text word
 * then "from" or "by", and only noun-phrase words (an "of" among them) up to p, at most ten
 * words. "prisoners from the camp released" names no text and is left alone. */
static int document_from(const coder_sent *S, int p)
{
	for (int q = p; q > 0 && p - q <= 10; q--) {
		const coder_tok *t = &S->t[q];
		if ((tok_is(t, "FROM") || tok_is(t, "BY")) && q < p)
			return published_word(&S->t[q - 1]);
		if (!np_word(t) || (tok_has(t, WF_PREP) && !tok_is(t, "OF")))
			return 0;
	}
	return 0;
}

/* sense65: a "release" (0841) whose thing released is a text or a record: "the report was
 * released by the World Bank", "a survey, The Student Assessment, released this month by the
 * OECD", "released its annual report": publication, no release of persons. The thing is the
 * word right before the verb (past "be"/"have" auxiliaries and an adverb), or, before a
 * comma there, the word before the comma or before the comma that opens an apposition; or a
 * word among the first four after the verb, before any comma or preposition. Returns 1 when
 * so; "released two hostages", "prisoners were released" are left alone. */
int news_released_document(const coder_sent *S, int v, int vend, const char *a)
{
	static const char *const aux[] = { "WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING",
		"HAS", "HAVE", "HAD", "JUST", "RECENTLY", "ALSO", "FIRST", "LATER", NULL };
	static const char *const stop[] = { ",", "OF", "ON", "TO", "FROM", "IN", "BY", "AND",
		"AFTER", "FOR", "WITH", NULL };
	if (!a || strncmp(a, "0841", 4) || S->t[v].n < 6 || strncmp(S->t[v].s, "RELEAS", 6))
		return 0;
	int p = v - 1;
	while (p >= 0 && tok_in(&S->t[p], aux))
		p--;
	if (p >= 0 && published_word(&S->t[p]))
		return 1;
	if (p >= 0 && document_from(S, p))
		return 1;
	if (p >= 1 && tok_is(&S->t[p], ",")) {
		if (published_word(&S->t[p - 1]))
			return 1;
		for (int q = p - 1; q > 0 && q >= p - 10; q--)
			if (tok_is(&S->t[q], ","))
				return published_word(&S->t[q - 1]);
	}
	for (int q = vend + 1; q < S->nt && q <= vend + 4 && !tok_in(&S->t[q], stop); q++)
		if (published_word(&S->t[q]))
			return 1;
	return 0;
}

/* generic71: the relative word "who" that opens the restrictive relative clause of verb v
 * (only auxiliaries, negation and adverbs between, from clause start lo or the "who" just
 * before it, no comma before "who"), or -1. */
static int restrictive_who(const coder_sent *S, int lo, int v)
{
	int r = v - 1;
	while (r > 0 && r >= lo - 1 && (S->t[r].type == TY_AUX || tok_has(&S->t[r], WF_AUX) ||
					 tok_has(&S->t[r], WF_NEG) || adverbish(&S->t[r])))
		r--;
	if (r < 1 || r < lo - 1 || !tok_is(&S->t[r], "WHO") || S->t[r - 1].cls == C_COMMA)
		return -1;
	return r;
}

/* generic71: both paths, 1 when deed v (a verb) sits in a restrictive relative clause on the
 * clause's first phrase ("Somalis who are fighting for their land say ...") and one of its
 * sides, sl, is an actor named after the speech verb that follows it: that actor belongs to
 * what the people say ("... say the courts in Mogadishu are too slow"), not to the background
 * deed that describes them, which is no event of the story. The phrase before "who" (back to
 * a comma or the sentence's start) has no verb; the speech verb follows v before any comma. A
 * side named inside the relative clause ("who attacked Kenyan troops say ...") is left alone. */
int news_speaker_relative(const coder_sent *S, int lo, int v, const coder_slot *sl)
{
	static const char *const speak[] = { "SAY", "SAYS", "SAID", "TELL", "TELLS", "TOLD",
		"COMPLAIN", "COMPLAINED", "CLAIM", "CLAIMED", "INSIST", "INSISTED", NULL };
	int r = restrictive_who(S, lo, v);
	if (r < 0)
		return 0;
	for (int k = r - 1; k >= 0 && S->t[k].cls != C_COMMA; k--)
		if (sent_live(S, k) && S->t[k].type == TY_VERB)
			return 0;
	int say = -1;
	for (int k = v + 1; k < S->nt && say < 0 && S->t[k].cls != C_COMMA; k++)
		if (tok_in(&S->t[k], speak))
			say = k;
	if (say < 0)
		return 0;
	for (int i = 0; i < sl->n; i++)
		if (sl->m[i].a && sl->m[i].a->pos > say)
			return 1;
	return 0;
}

/* generic71: both paths, 1 when deed v is told of a people in a restrictive relative clause
 * in the progressive ("help Ukrainians who are fighting for their freedom"): the source src
 * is a bare one-word people noun right before "who" (no article or other word of its phrase
 * before it) and the deed names no actor as its target tgt. Such a clause describes a
 * population, no deed of a side in the story. A people fighting a named actor ("Somalis
 * who are fighting al-Shabab") is left alone, and so are a phrase with an article ("the
 * Somalis who ...") or more words and a past deed ("detained Kenyans who attacked a bus": a
 * deed of the story). */
int news_described_people(const coder_sent *S, int lo, int v, const coder_slot *src,
			  const coder_slot *tgt)
{
	int r = restrictive_who(S, lo, v);
	if (r < 0 || r + 1 >= v || !tok_ends(&S->t[v], "ING") || src->n != 1 || !src->m[0].a ||
	    src->m[0].a->pos != r - 1 || src->m[0].a->end != r - 1 ||
	    S->t[r - 1].type != TY_ACTOR || !S->t[r - 1].cap)
		return 0;
	int b = r >= 2 ? S->t[r - 2].type : TY_NULL;
	if (b == TY_DET || b == TY_ADJ || b == TY_NUM || b == TY_ACTOR || b == TY_AGENT ||
	    b == TY_NOUN || b == TY_PRON || (r >= 2 && tok_is(&S->t[r - 2], "THE")))
		return 0;
	for (int i = 0; i < tgt->n; i++)
		if (strcmp(tgt->m[i].code, "---"))
			return 0;
	return 1;
}

/* shlast141: --shallow, the first token of the clause a speaker who comes last reports: 1
 * when the sentence opens with a quotation (quote74's form); 0 when it holds no quotation
 * mark and its last comma part is a speaker and a verb of speech or report ("Iran must return
 * to talks, the French minister said", "..., he told reporters"): the speech verb at most
 * eight words after that comma, no other verb before it. Else -1. */
int news_report_opens(const coder_sent *S)
{
	if (S->nt < 4)
		return -1;
	if (S->t[0].cls == C_QUOTE)
		return 1;
	int c = -1;
	for (int i = 0; i < S->nt; i++) {
		if (S->t[i].cls == C_QUOTE)
			return -1;
		if (S->t[i].cls == C_COMMA)
			c = i;
	}
	if (c < 3)
		return -1;
	for (int i = c + 1; i < S->nt && i <= c + 8; i++)
		if (S->t[i].type == TY_VERB)
			return i > c + 1 && speech_or_report(&S->t[i]) ? 0 : -1;
	return -1;
}

/* shappeal170: --shallow, the first token of the content a speech verb reports when token v
 * stands in it ("said [that] the government should use sanctions ... to push for"): the
 * nearest verb of telling or speaking before v (speech_token), past a "that" after it, or a
 * lower-case past form in -ed before "that" ("suggested that", "insisted that": a "that"
 * clause after a verb of the past is what was said or thought); no comma or quotation mark
 * between it and v (the content runs to the clause's end). -1: v is in no such content.
 * Without a parse, the extent of what was said. */
int news_said_content(const coder_sent *S, int v)
{
	for (int k = v - 1; k >= 0; k--) {
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
			return -1;
		int that = k + 1 < v && tok_is(&S->t[k + 1], "THAT");
		if (speech_token(S, k) || (that && S->t[k].cls == C_WORD && !S->t[k].cap &&
					   tok_ends(&S->t[k], "ED")))
			return that ? k + 2 : k + 1;
	}
	return -1;
}

/* quote74: --shallow, 1 when the sentence opens with a quotation whose first phrase (token 1
 * or 2, after the mark) is a named actor "must" lays a deed on ('"China must stop the drills,"
 * the minister said'): its attribution is kept as a clause of its own for the demand.
 * shlast141: so does an unquoted clause its speaker closes (news_report_opens), its first
 * phrase at token 0 or 1 ("Iran has to return to talks, the minister said", "Serbia should
 * ..."), "must" too ("Brazil must pull its soldiers out of Haiti, the Haitian prime minister
 * said": the prime minister's demand, 100, as the parse path codes it; the withdrawal is
 * still not done). */
int news_quoted_must(const coder_sent *S)
{
	int s = news_report_opens(S);
	if (s < 0)
		return 0;
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if ((a->pos != s && a->pos != s + 1) || !news_must_follows(S, a))
			continue;
		return 1;
	}
	/* shmodal152: a third-person pronoun opening the clause ('"They must stop the attacks,"
	 * the Kenyan foreign minister said'): the pronoun's side is found later (actors_pronouns,
	 * the story's previous subject), so its word is read here; the speech verb's statement
	 * is coded only when that side is found and recoded as the demand (must75) */
	coder_actor p = { 0 };
	p.pos = p.end = s;
	p.group = p.ref = -1;
	return s + 1 < S->nt && pronoun_urged(S, s + 1, s) && news_must_follows(S, &p);
}

/* undone87: 1 when actor a is anyone at all: a phrase under "each", "every" or "any" with
 * no capitalized word past it ("every country", "any government"; not "every Arab state"),
 * the --shallow twin of the parse path's generic_must (sense86): a must laid on it is a
 * comment, not a demand on a side. */
static int anyone_actor(const coder_sent *S, const coder_actor *a)
{
	static const char *const each[] = { "EACH", "EVERY", "ANY", NULL };
	int k = a->pos;
	if (!tok_in(&S->t[k], each) && !(--k >= 0 && tok_in(&S->t[k], each)))
		return 0;
	for (k++; k <= a->end; k++)
		if (S->t[k].cap)
			return 0;
	return 1;
}

/* shrest142: --shallow, 1 when the "be" at b (after "must", "should", "needs to") is followed
 * by an adjective of a stance a side takes ("ready", "prepared", "willing", "clear", "united",
 * "firm", "transparent", "serious"): '"The Council must be clear and united," the
 * U.S. statement said', 'said the European Union must be ready to mediate': a stance asked of
 * the side, as the parse path's syn_said_must reads it. Not a passive ("must be punished",
 * "must be held accountable": by whom?), a noun ("must be a priority") nor another adjective
 * ("must be possible": no side asked), nor a word of caution ("must be careful": advice,
 * golden shallowrep118). */
int stance_after_be(const coder_sent *S, int b)
{
	static const char *const stance[] = { "READY", "PREPARED", "WILLING", "CLEAR", "UNITED",
		"FIRM", "RESOLUTE", "TRANSPARENT", "SERIOUS", "SINCERE", NULL };
	int p = b + 1;
	if (p < S->nt && (tok_is(&S->t[p], "MORE") || tok_is(&S->t[p], "FULLY")))
		p++;   /* "must be more transparent", "must be fully prepared" */
	return p < S->nt && tok_in(&S->t[p], stance);
}

/* shmust72: --shallow, 1 when the named actor a (not a pronoun: "we must" is one's own duty)
 * is followed at once by "must" and a plain verb ("China must stop", "must now withdraw"):
 * the one a demand is laid on. must75: 2 for "should" in the same place ("Japan should
 * withdraw"): a deed urged on the side, the speaker's appeal (the parse path's syn_said_must
 * codes it so); not a "should" actor after a preposition, the object of another noun.
 * demand137: a present "needs to", "has to" (1) or "ought to" (2) in must's and should's
 * place ("Washington needs to act", "Russia ought to return to the talks"). */
/* shinfer149: --shallow, the participle after "must" or "should" at k when "have" (a "not"
 * allowed before it) stands between: "the Ugandan army must have ordered the raid", "Russia
 * should not have invaded Ukraine": a modal of the past, a deed inferred or reproached, no
 * duty laid (quotecontent148's inferred_deed_code on the parse path). -1: none, or a passive
 * ("must have been killed": the side named is no doer). */
int past_modal_deed(const coder_sent *S, int k)
{
	int h = k + 1;
	if (h < S->nt && tok_has(&S->t[h], WF_NEG))
		h++;
	if (h + 1 >= S->nt || !tok_is(&S->t[h], "HAVE") || tok_is(&S->t[h + 1], "BEEN") ||
	    S->t[h + 1].cls != C_WORD || tok_is(&S->t[h + 1], "TO"))
		return -1;
	return h + 1;
}

int news_must_follows(const coder_sent *S, const coder_actor *a)
{
	if (!a || a->pos < 0 || a->end < 0)
		return 0;
	int e = pattern_agent_end(S, a, a->end);   /* shallowrep118: "Sudanese authorities" */
	if (e + 2 >= S->nt)
		return 0;
	int p = e + 2;
	int kind = tok_is(&S->t[e + 1], "MUST") ? 1 :
		   tok_is(&S->t[e + 1], "SHOULD") ? 2 : obliging_to(S, e + 1);
	if (kind && !tok_is(&S->t[e + 1], "MUST") && !tok_is(&S->t[e + 1], "SHOULD")) {
		/* demand137: past the "to" of "needs to", "has to", "ought to"; not the idiom
		 * of time "has to date received" (no duty), nor the object of "what" ("what
		 * Uganda has to offer": the side's means, nothing asked of it) */
		static const char *const what[] = { "WHAT", "WHATEVER", "WHICH", NULL };
		if (++p >= S->nt || S->t[p].type == TY_TIME || tok_is(&S->t[p], "DATE") ||
		    (a->pos > 0 && tok_in(&S->t[a->pos - 1], what)))
			return 0;
	}
	if (!kind || (kind == 2 && a->pos > 0 && tok_has(&S->t[a->pos - 1], WF_PREP)))
		return 0;   /* "immigration to France should stop": not France urged */
	if (anyone_actor(S, a) || p >= S->nt)
		return 0;   /* undone87: "every country must fight terrorism": no side asked */
	if ((kind == 1 || kind == 2) && obliging_to(S, e + 1) == 0 &&
	    past_modal_deed(S, e + 1) >= 0)
		return kind + 2;   /* shinfer149: "must have ordered" 3, "should have" 4 */
	if (tok_is(&S->t[p], "NOW") || tok_is(&S->t[p], "ALSO") || tok_is(&S->t[p], "IMMEDIATELY"))
		p++;
	if (p < S->nt && tok_is(&S->t[p], "BE"))
		return stance_after_be(S, p) ? kind : 0;
	return p < S->nt && S->t[p].cls == C_WORD && !tok_has(&S->t[p], WF_NEG) &&
	       !tok_is(&S->t[p], "HAVE") ? kind : 0;
}

/* passive78: 1 when token f is the "from" of a barring verb (bar, ban, prohibit, forbid), an
 * adverb allowed between ("barred indefinitely from"): the deed the verb keeps one from. */
int news_barred_from(const coder_sent *S, int f)
{
	static const char *const bar[] = { "BARRED", "BANNED", "PROHIBITED", "FORBIDDEN",
		NULL };
	if (f < 1 || f >= S->nt || !tok_is(&S->t[f], "FROM"))
		return 0;
	int v = f - 1;
	if (v > 0 && adverbish(&S->t[v]))
		v--;
	return tok_in(&S->t[v], bar);
}

/* passive78: both paths, "Kenyan officials are barred from travel to the United States": a
 * passive of barring (news_barred_from) with no "by" whose target is the actor right after
 * "from" and a word of going there ("travel to", "entry into", "entering", "visiting", a
 * determiner allowed): the country one is kept from going to is the one who bars, the
 * passive subject before the verb the barred; the sides swap. Not an agent given ("was
 * barred from entering Britain by the court"), nor a "from" phrase of no going ("barred
 * from the meeting"). Returns 1 when swapped. */
int news_barred_entry(coder_sent *S, int v, int lo, int hi, const char *a, coder_slot *src,
		      coder_slot *tgt)
{
	static const char *const go_to[] = { "TRAVEL", "TRAVELING", "TRAVELLING", "ENTRY",
		NULL };
	static const char *const go_in[] = { "ENTERING", "VISITING", NULL };
	static const char *const to[] = { "TO", "INTO", NULL };
	if (!a || strncmp(a, "17", 2) || !news_passive_aux(S, lo, v) || src->n < 1 ||
	    tgt->n != 1 || !strcmp(tgt->m[0].code, "---") || src->m[0].a->pos < 0 ||
	    src->m[0].a->pos >= v)
		return 0;
	int j = v + 1 + (v + 1 < hi && adverbish(&S->t[v + 1]));
	if (j + 2 >= hi || !news_barred_from(S, j))   /* v's own "from" */
		return 0;
	j++;
	if (tok_in(&S->t[j], go_to) && j + 1 < hi && tok_in(&S->t[j + 1], to))
		j += 2;
	else if (tok_in(&S->t[j], go_in))
		j++;
	else
		return 0;
	if (j < hi && S->t[j].type == TY_DET)
		j++;
	if (tgt->m[0].a->pos != j)
		return 0;
	for (int k = j; k < hi; k++)
		if (S->t[k].type == TY_BY)
			return 0;
	slot_swap(src, tgt);
	return 1;
}

/* content138: the claim candidate cd's target kept on the deed *out whose word is at p when
 * it stands in the deed's own phrase (ending after it, no comma or clause word between),
 * else an open one; 0 when none can be made. */
static int claimed_deed_target(coder_sent *S, const coder_cand *cd, int p, coder_cand *out)
{
	const coder_actor *ta = cd->tgt.n ? cd->tgt.m[0].a : NULL;
	int inside = ta && ta->end > p && ta->end < S->nt;
	for (int i = p + 1; inside && i < ta->end; i++)
		if (S->t[i].cls == C_COMMA || (S->t[i].wf & (WF_CLAUSE | WF_REL | WF_SUB)))
			inside = 0;
	if (!inside) {
		out->tgt.n = 0;
		event_null_slot(S, &out->tgt);
	}
	return out->tgt.n > 0;
}

/* shclaim170: the last deed of force's word (syn_deed_cand) of the noun phrase from token
 * `from` up to a comma, preposition or clause word ("the hotel attack", "the bombing of a
 * police station"; shaccpass173: a year in it, "the 2004 bombing"), its deed in *out; -1:
 * none. */
static int phrase_deed(const coder_sent *S, const coder_cand *cd, int from, coder_cand *out)
{
	int d = -1;
	for (int i = from; i >= 0 && i < S->nt && i <= from + 7; i++) {
		const coder_tok *t = &S->t[i];
		if ((t->cls != C_WORD && t->cls != C_NUMBER) ||
		    (t->wf & (WF_PREP | WF_CLAUSE | WF_REL | WF_SUB)))
			break;
		if (syn_deed_cand(S, cd, i, out))
			d = i;
	}
	/* *out holds d's deed: syn_deed_cand writes it only when it finds one */
	return d;
}

/* The deed of force a preposition's object from token p names ("for the hotel attack", "of
 * the bombing of a base"), phrase_deed, its deed in *out; -1: none. A gerund is the deed
 * itself or names none: its object's words are no deed of its own ("for rescuing the
 * kidnapped schoolgirls", "of plotting to attack"). */
static int named_deed(const coder_sent *S, const coder_cand *cd, int p, coder_cand *out)
{
	if (p < 0 || p >= S->nt)
		return -1;
	if (tok_ends(&S->t[p], "ING"))
		return syn_deed_cand(S, cd, p, out) ? p : -1;
	return phrase_deed(S, cd, p, out);
}

/* claimpass171: the first word of the passive subject of claim verb v when "by" names the
 * claimant ("Past attacks were claimed by Islamic State", "The bombing of a police station
 * has been claimed by ..."), or -1: a form of "be" among the three words before v, and the
 * phrase before it, back over its "of"/"on" phrases to the determiner (or the word after a
 * comma, clause word or conjunction) that opens it. */
static int passive_claim_subject(const coder_sent *S, int v)
{
	int by = v + 1 + (v + 1 < S->nt && adverbish(&S->t[v + 1]));
	if (by >= S->nt || S->t[by].type != TY_BY || !news_passive_aux(S, 0, v))
		return -1;
	int i = v - 1;
	while (i >= 0 && v - i <= 4 && (tok_has(&S->t[i], WF_AUX) || adverbish(&S->t[i])))
		i--;   /* "has been", "was quickly" */
	int s = -1;
	for (; i >= 0 && v - i <= 16; i--) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->type == TY_CONJ ||
		    (t->wf & (WF_CLAUSE | WF_REL | WF_SUB)))
			break;
		/* the determiner opened the phrase unless a preposition ("on"; "of", which
		 * is no WF_PREP word) ties it to a head before */
		if (s >= 0 && S->t[s].type == TY_DET && !(t->wf & WF_PREP) && !tok_is(t, "OF"))
			break;
		s = i;
	}
	return s;
}

/* shclaim170: the token of the deed a claim of responsibility or credit (015) at verb v
 * names, or -1: its CLAIM_OWN_NOUNS word within three words after v ("claimed full
 * responsibility"), then "for" and the noun phrase after it (phrase_deed: "for the hotel
 * attack", "for the bombing of a police station"); claimforms172: also an "-ing" word right
 * after "for", the deed told as a verb with its object ("took credit for attacking a convoy",
 * as the parse path reads it), that word alone. claimpass171: in the passive the claim's
 * subject names the deed ("the attack was claimed by ...") or holds the "responsibility for"
 * ("Responsibility for the attack was claimed by ..."). */
static int responsibility_deed(const coder_sent *S, const coder_cand *cd, int v,
			       coder_cand *out)
{
	int f = -1;
	for (int i = v + 1; i < S->nt && i <= v + 3 && f < 0; i++)
		if (tok_in(&S->t[i], CLAIM_OWN_NOUNS))
			f = i + 1;
	int s = f < 0 ? passive_claim_subject(S, v) : -1;
	if (s >= 0 && s + 1 < v && tok_in(&S->t[s], CLAIM_OWN_NOUNS))
		f = s + 1;
	else if (s >= 0)
		return phrase_deed(S, cd, s, out);
	if (f < 0 || f + 1 >= S->nt || !tok_is(&S->t[f], "FOR"))
		return -1;
	return named_deed(S, cd, f + 1, out);
}

/* shaccpass173: 1 when token t ends a verb's phrase: a comma, a clause word or a verb. */
static int clause_edge(const coder_tok *t)
{
	return t->cls == C_COMMA || t->type == TY_VERB || (t->wf & (WF_CLAUSE | WF_REL | WF_SUB));
}

/* shaccpass173: the first actor in the phrase of deed word d after it ("the bombing of the
 * French army base", "the attack on the convoy"), eight words at most up to a comma, clause
 * word or "by"; -1: none. The deed's target. */
static int deed_phrase_actor(const coder_sent *S, int d)
{
	for (int i = d + 1; i >= 1 && i < S->nt && i <= d + 8; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_BY || clause_edge(t))
			return -1;
		if (t->type == TY_ACTOR && sent_actor_at(S, i) >= 0)
			return sent_actor_at(S, i);
	}
	return -1;
}

/* shaccpass173: the deed *out by the side in slot doer on the actor in the deed's phrase at
 * token d (deed_phrase_actor), else an open target; 0 when none can be made. */
static int doer_deed(coder_sent *S, const coder_slot *doer, int d, coder_cand *out)
{
	slot_copy(&out->src, doer);
	int k = deed_phrase_actor(S, d);
	if (k >= 0)
		actors_make_slot(S, k, &out->tgt);
	else {
		out->tgt.n = 0;
		event_null_slot(S, &out->tgt);
	}
	return out->src.n && out->tgt.n;
}

/* shaccpass173: the first actor of the subject phrase before the passive at verb token v
 * ("Two Ivorian soldiers and a mercenary from Belarus stand accused": the soldiers, as the
 * parse path's nsubj), over its auxiliaries and adverbs back to a comma, clause word or verb,
 * twelve words at most; -1: none. */
static int subject_actor(const coder_sent *S, int v)
{
	int a = -1, j = v - 1;
	while (j >= 0 && (tok_in(&S->t[j], STAND_WORDS) || tok_has(&S->t[j], WF_AUX) ||
			  adverbish(&S->t[j])))
		j--;
	for (; j >= 0 && v - j <= 12 && !clause_edge(&S->t[j]); j--)
		if (S->t[j].type == TY_ACTOR && sent_actor_at(S, j) >= 0)
			a = sent_actor_at(S, j);
	return a;
}

/* shaccpass173: --shallow, the parse path's charged_attack (syncode.c). A 112 at "accused"
 * in the passive ("is/are/was/were/been accused", "stand(s) accused"), nobody named making
 * it (no "by" in its phrase), whose "of" phrase names a deed of force (named_deed: "of the
 * 2004 bombing of the French army base", "of shelling villages") is that deed, by the
 * accused (the 112's target), on the actor in the deed's phrase, else open. The active
 * "accused the rebels of the attack" and a plan ("of plotting to attack") are left alone.
 * Returns 2 (the deed, no accusation besides) or 0. */
static int charged_deed(coder_sent *S, const coder_cand *cd, coder_cand *out)
{
	int v = cd->verb, of = v + 1;
	if (strncmp(cd->code.a, "112", 3) || !tok_is(&S->t[v], "ACCUSED") || v < 1 ||
	    !(news_passive_aux(S, 0, v) || news_stand_charged(S, v - 1, v)))
		return 0;
	if (of < S->nt && adverbish(&S->t[of]))
		of++;
	int a = subject_actor(S, v);
	if (of + 1 >= S->nt || !tok_is(&S->t[of], "OF") || a < 0)
		return 0;
	for (int i = of + 1; i < S->nt && i <= of + 10 && !clause_edge(&S->t[i]); i++)
		if (S->t[i].type == TY_BY)
			return 0;   /* "accused of the bombing by prosecutors": the accusation */
	coder_slot doer;
	actors_make_slot(S, a, &doer);
	int d = named_deed(S, cd, of + 1, out);
	if (d < 0 || !doer_deed(S, &doer, d, out))
		return 0;
	out->note = "rule: an accusation nobody is named making ('are accused of the bombing of "
		    "a base') is the deed of force charged, by the accused (--shallow)";
	return 2;
}

/* content138: --shallow, the deed a claim names, as the parse path's syn_claimed_attack reads
 * it (syncode.c). A claim verb's statement (010) whose object is a deed of force, its noun
 * followed by "of" ("The military claimed the killing of 33 terrorists", "claimed the capture
 * of the town"), is that deed by the claimant, and no statement besides (returns 2). The
 * deed's word is a dictionary verb root of root 18 or more after at most "the" or "a". A claim
 * whose object is a clause or a plain noun ("claimed the attackers were ...", "claimed
 * victory") is left alone. shclaim170: a claim of responsibility or credit (015) for such a
 * deed ("claimed responsibility for the raid on the border post", responsibility_deed) is
 * also the deed, by the claimant, beside the claim (returns 1), as the parse path codes it.
 * The deed's target is the claim's when that stands in the deed's own phrase, else open
 * (claimed_deed_target). Returns 0: no such claim. */
int news_claimed_deed(coder_sent *S, const coder_cand *cd, coder_cand *out)
{
	static const char *const claim[] = { "CLAIM", "CLAIMS", "CLAIMED", "CLAIMING", NULL };
	if (syntax_on(S) || !cd->ok || !cd->code.a || cd->verb < 0 || cd->verb >= S->nt)
		return 0;
	if (!strcmp(cd->code.a, "015")) {
		int d = responsibility_deed(S, cd, cd->verb, out);
		if (d < 0 || !claimed_deed_target(S, cd, d, out))
			return 0;
		out->note = "rule: a claim of responsibility for an attack ('claimed responsibility "
			    "for the attack on ...') is also the attack, by the claimant on the "
			    "attack's target (--shallow)";
		return 1;
	}
	if (!strncmp(cd->code.a, "112", 3))
		return charged_deed(S, cd, out);
	if (strcmp(cd->code.a, "010") || !tok_in(&S->t[cd->verb], claim))
		return 0;
	int p = cd->verb + 1;
	if (p < S->nt && (tok_is(&S->t[p], "THE") || tok_is(&S->t[p], "A")))
		p++;
	if (p + 1 >= S->nt || !tok_is(&S->t[p + 1], "OF") || !syn_deed_cand(S, cd, p, out))
		return 0;
	out->note = "rule: a side's claim of a deed ('claimed the killing of 33 terrorists') "
		    "is the deed, by the claimant on the deed's target (--shallow)";
	return claimed_deed_target(S, cd, p, out) ? 2 : 0;
}

/* shaccpass173: the actor whose phrase ends right before token j, or -1: a pronoun ("who",
 * "it") or a word of no actor is none. */
static int actor_ending_at(const coder_sent *S, int j)
{
	for (int k = 0; j >= 0 && k < S->na; k++)
		if (S->a[k].end == j && S->a[k].pos >= 0 && !S->a[k].pron_kind)
			return k;
	return -1;
}

/* shaccpass173: both paths, an assertion of who did a deed: "X was/is/has been responsible
 * for" a deed of force (named_deed: "for the killing of Kurdish people", "for the attack on
 * the convoy") is that deed, by X (the actor right before the form of "be", "has" and
 * adverbs allowed between) on the actor in the deed's phrase, else open. Left alone: a duty
 * ("responsible for scrutinizing the policies": no deed word), an indirect question ("who
 * was responsible for", no actor before "was"), a negation ("was not responsible"), a guess
 * ("may be responsible": "may" stands before "be"). Returns 1 with *out the deed, or 0. */
int news_responsible_deed(coder_sent *S, coder_cand *out)
{
	for (int r = 2; r + 2 < S->nt; r++) {
		if (!tok_is(&S->t[r], "RESPONSIBLE") || !tok_is(&S->t[r + 1], "FOR"))
			continue;
		int j = r - 1, be = 0;
		for (; j >= 0 && r - j <= 4; j--) {
			const coder_tok *t = &S->t[j];
			if (tok_has(t, WF_NEG | WF_MODAL) || tok_in(t, WILL_MAY_MODALS))
				break;   /* "was not", "may be", "will be": no deed asserted */
			if (tok_in(t, BE_ALL))
				be = 1;
			else if (!(be && tok_is(t, "HAS")) && !(be && tok_is(t, "HAVE")) &&
				 !adverbish(t))
				break;
		}
		int a = be ? actor_ending_at(S, j) : -1;
		if (a < 0)
			continue;
		coder_cand blank;
		memset(&blank, 0, sizeof blank);
		blank.ok = 1;
		coder_slot doer;
		actors_make_slot(S, a, &doer);
		int d = named_deed(S, &blank, r + 2, out);
		if (d < 0 || !doer_deed(S, &doer, d, out))
			continue;
		out->note = "rule: a side said to be responsible for a deed of force ('was "
			    "responsible for the killing of ...') did that deed";
		return 1;
	}
	return 0;
}

/* ownpassive147: the verbs of a speaker who alleges or complains ("alleged that ...",
 * "complained that ..."): the wrong it reports is another's deed, never its own. */
static const char *const complain_say[] = { "ALLEGE", "ALLEGES", "ALLEGED", "COMPLAIN",
	"COMPLAINS", "COMPLAINED", NULL };

/* ownpassive147: 1 when source src speaks with speech verb s, or is of the speaker's side
 * (same code or country): the speaker's phrase ends right before s, or before an auxiliary or
 * an "-ly" adverb there ("India has said", "Bennett also alleged"), and is src's phrase (its
 * last two words may be agent nouns the actor leaves out: "The U.N. envoy alleged") or an
 * actor of src's side ("in which India said": the source "Indian troops" before it). */
static int speaks_for_source(const coder_sent *S, int s, const coder_slot *src)
{
	int k = s - 1;
	while (k > 0 && s - k <= 2 && (tok_in(&S->t[k], HAVE_FORMS) || tok_is(&S->t[k], "ALSO") ||
				      (S->t[k].n > 4 && tok_ends(&S->t[k], "LY"))))
		k--;
	const coder_actor *a = src->m[0].a;
	if (k < 0 || (a->end <= k && a->end >= k - 2))
		return k >= 0;
	int x = S->t[k].actor;
	return x >= 0 && S->a[x].ncodes && syn_codes_same_side(S->a[x].codes[0], src->m[0].code);
}

/* ownpassive147: both paths, how the speaker of a clause that reports deed v (its phrase
 * ending at vend; code a, roots 14-20) in the passive with no "by" / "from" doer stands to
 * it, when the deed's source src is that speaker or of its side (same code or country,
 * syn_codes_same_side). 1: the passive's subject is the speaker's own, a possessive pronoun
 * in it ("India said 20 of its soldiers were killed", "the army said two of its bases were
 * shelled"): the speaker's side underwent the deed (not a show of force, root 15: "said its
 * troops were deployed" is its own). 2: the speaker alleges or complains
 * (complain_say: "Bennett alleged that women ... are being persecuted"): it tells of
 * another's wrong. 0 else, and for a plain report ("Central Command said al-Rufay'i was
 * killed in an airstrike": its own deed may be told so). *spk: the speech verb's token. The
 * clause from the speech verb (within fourteen words before v) holds no comma. */
int news_own_passive(const coder_sent *S, int v, int vend, const char *a, const coder_slot *src,
		     int *spk)
{
	if (code_root(a) < 14 || !src->n || !src->m[0].a || src->m[0].a->pos < 0 ||
	    src->m[0].a->end >= v || v < 2 || tok_ends(&S->t[v], "ING") ||
	    !news_passive_aux(S, 0, v))
		return 0;
	for (int k = vend + 1; k < S->nt && S->t[k].type != TY_COMMA; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return 0;
	int s = v - 2;
	while (s > src->m[0].a->end && s >= v - 14 && S->t[s].type != TY_COMMA &&
	       !tok_in(&S->t[s], report_say) && !tok_in(&S->t[s], SPEECH_WORDS) &&
	       !tok_in(&S->t[s], complain_say))
		s--;
	if (s <= src->m[0].a->end || s < v - 14 || S->t[s].type == TY_COMMA)
		return 0;
	if (!speaks_for_source(S, s, src))
		return 0;
	*spk = s;
	if (tok_in(&S->t[s], complain_say))
		return 2;
	if (code_root(a) == 15)
		return 0;   /* "said its troops were deployed": a show of force is its own */
	for (int j = s + 1; j < v; j++)
		if (S->t[j].type == TY_ACTOR)
			return 0;   /* "said Kenya's troops were attacked": another's own */
	return news_own_subject(S, s + 1, v);
}
