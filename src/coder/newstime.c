/*
 * newstime.c - the --shallow path's news rules (KHALDUN:) on when an event happened and
 * whether it is asked about: old years and eras ("in 2015", "during the Cold War"), months
 * and dated clauses, background and biography ("has been held since 2019", "who fought in
 * the 1990s"), future and conditioned events ("if talks fail"), and questions ("Will Iran
 * attack?", "asked whether"). Split from news.c, which holds the rest of the news rules;
 * callers reach these through the news_ declarations of sent.h.
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

/* background73: 1 when token y is a year (four digits) two or more years before the
 * story's date. neg81: also one ending the sentence, its full stop glued on ("in 2015."). */
int news_old_year_tok(const coder_sent *S, const coder_tok *y)
{
	if (y->cls != C_NUMBER || !(y->n == 4 || (y->n == 5 && y->s[4] == '.')) || !S->date)
		return 0;
	int year = 0;
	for (int k = 0; k < 4; k++) {
		if (!isdigit((unsigned char)y->s[k]))
			return 0;
		year = year * 10 + (y->s[k] - '0');
	}
	return year >= 1800 && year <= S->date / 10000 - 2;
}

/* background83: 1 when the words MOD HEAD (any case, lengths mn and hn) name an era long
 * gone: an ordinal century up to the twentieth ("18th century", "early nineteenth century",
 * "mid-19th century"), the Middle Ages, colonial, ancient or medieval times (era, period),
 * the Cold War. Shared by the parse path (syntax.c era_deed) and --shallow (era_after): a
 * deed dated so is history, not news. Not the 21st century, nor a bare "century". */
int news_old_era(const char *mod, size_t mn, const char *head, size_t hn)
{
	static const char *const ord[] = { "first", "second", "third", "fourth", "fifth",
		"sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth", NULL };
	static const char *const old[] = { "colonial", "ancient", "medieval", NULL };
	static const char *const times[] = { "times", "era", "period", NULL };
#define ERA_IS(s, n, w) ((n) == strlen(w) && !strncasecmp((s), (w), (n)))
	if (mn > 4 && !strncasecmp(mod, "mid-", 4)) {
		mod += 4;
		mn -= 4;
	}
	if (ERA_IS(head, hn, "century") || ERA_IS(head, hn, "centuries")) {
		size_t d = 0;
		while (d < mn && isdigit((unsigned char)mod[d]))
			d++;
		if (d && d <= 2 && mn == d + 2)
			return atoi(mod) >= 1 && atoi(mod) <= 20;
		for (int k = 0; ord[k]; k++)
			if (ERA_IS(mod, mn, ord[k]))
				return 1;
		return 0;
	}
	if (ERA_IS(head, hn, "ages"))
		return ERA_IS(mod, mn, "middle");
	if (ERA_IS(head, hn, "war"))
		return ERA_IS(mod, mn, "cold");
	for (int k = 0; times[k]; k++)
		if (ERA_IS(head, hn, times[k]))
			for (int j = 0; old[j]; j++)
				if (ERA_IS(mod, mn, old[j]))
					return 1;
	return 0;
#undef ERA_IS
}

/* background86: 1 when the word s (any case, length n) is a month's name, as "in April 2019"
 * or "since August 2020" date a deed. Shared by the parse path (syntax.c dated_background)
 * and --shallow (dated_when), which both let a month stand before the old year. */
int news_month(const char *s, size_t n)
{
	static const char *const month[] = { "january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october", "november", "december", NULL };
	for (int k = 0; month[k]; k++)
		if (n == strlen(month[k]) && !strncasecmp(s, month[k], n))
			return 1;
	return 0;
}

/* background83: --shallow, 1 when verb v's clause dates it to an era long gone, as the parse
 * path's era_deed (syntax.c): "in" or "during", "the", an optional "early/late/mid" and the
 * era's words (news_old_era) after v, before any comma, quote, verb, clause word or "and",
 * "as", "of" ("Britain seized the islands from France during the 18th century"; not "accused
 * Iran of behaving as it did during the Cold War"). */
static int era_after(const coder_sent *S, int v)
{
	static const char *const prep[] = { "IN", "DURING", NULL };
	static const char *const part[] = { "EARLY", "LATE", "MID", NULL };
	static const char *const stop[] = { "AND", "BUT", "OR", "AS", "OF", "THAT", "WHILE",
					    "WHEN", NULL };
	for (int j = v + 1; j + 3 < S->nt && j <= v + 12; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_VERB ||
		    tok_in(t, stop) || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		if (!tok_in(t, prep) || !tok_is(&S->t[j + 1], "THE"))
			continue;
		int m = j + 2 + (tok_in(&S->t[j + 2], part) && j + 4 < S->nt);
		const coder_tok *h = &S->t[m + 1];
		size_t hn = h->n && h->s[h->n - 1] == '.' ? h->n - 1 : h->n;
		/* not before "and": a conjunct deed after it takes its doer from this one here
		 * ("fought Greece in the 20th century and signed a deal on Monday") */
		if (news_old_era(S->t[m].s, S->t[m].n, h->s, hn))
			return m + 2 >= S->nt || !tok_is(&S->t[m + 2], "AND");
	}
	return 0;
}

/* background73: --shallow, 1 when the "when" at token w follows "in YEAR" of years before
 * ("chaos in 2012 when rebels seized the north"); background86: or "since YEAR", a comma
 * allowed before "when" after "since", and a month before either year ("Since August 2020,
 * when the premier called for war, the town has been ..."): the moment a state began. */
static int when_dated(const coder_sent *S, int w)
{
	static const char *const prep[] = { "IN", "SINCE", NULL };
	int y = w - 1, comma = y >= 0 && S->t[y].cls == C_COMMA;
	y -= comma;
	if (y < 1 || !news_old_year_tok(S, &S->t[y]))
		return 0;
	int p = y - 1 - (news_month(S->t[y - 1].s, S->t[y - 1].n) && y >= 2);
	return tok_in(&S->t[p], prep) && (!comma || tok_is(&S->t[p], "SINCE"));
}

/* background73: --shallow, 1 when verb v is told as background dated years back, as the
 * parse path's dated_background (syntax.c) decides: "in YEAR when" stands before it in the
 * sentence, no comma or quote between ("descended into chaos in 2012 when rebels seized the
 * north": how a state came about), or v is an -ing word after "a/the YEAR" and its noun with
 * no verb between ("after a 2013 agreement among Kenya, Somalia and the UNHCR supporting
 * returns": what an old deal did). background78: or v lies in an "although/though" clause
 * with such a year in it (the concession's old deed, beside the day's news). */
static int dated_when(const coder_sent *S, int v)
{
	static const char *const concede[] = { "ALTHOUGH", "THOUGH", NULL };
	static const char *const rel[] = { "THAT", "WHICH", NULL };
	/* background86: or v opens a relative clause ("that killed") on such a noun ("the 2004
	 * bombing of a French base in Ivory Coast that killed ..."): what the old deed did */
	int r = v >= 1 && tok_in(&S->t[v - 1], rel);
	if (tok_ends(&S->t[v], "ING") || r)
		for (int j = v - 2; j >= 1 && j >= v - 12 - 2 * r; j--) {
			if (S->t[j].type == TY_VERB || S->t[j].cls == C_QUOTE)
				break;
			if (news_old_year_tok(S, &S->t[j]) && tok_in(&S->t[j - 1], ARTICLES))
				return 1;
		}
	/* background78: v in an "although/though" clause with such a year in it, up to the
	 * comma after v ("Although Kenya banned the trade in 2019, inspectors found ...") */
	for (int j = v - 1; j >= 0 && j >= v - 15; j--) {
		if (S->t[j].cls == C_COMMA || S->t[j].cls == C_QUOTE)
			break;
		if (!tok_in(&S->t[j], concede))
			continue;
		for (int k = j + 1; k < S->nt && S->t[k].cls != C_COMMA &&
				    S->t[k].cls != C_QUOTE; k++)
			if (news_old_year_tok(S, &S->t[k]))
				return 1;
		break;
	}
	for (int j = v - 1; j >= 2 && j >= v - 15; j--) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			return 0;
		if (tok_is(t, "WHEN") && when_dated(S, j))
			return 1;
	}
	return 0;
}

/* background118: --shallow, 1 when one of "has/have/had" stands in tokens from..to-1: the
 * perfect of the main clause a "since" clause hangs on. */
static int perfect_in(const coder_sent *S, int from, int to)
{
	for (int j = from; j < to; j++)
		if (tok_in(&S->t[j], HAVE_FORMS))
			return 1;
	return 0;
}

/* background118: --shallow, 1 when verb v is the deed of a "since" clause whose main clause
 * is in the perfect, as the parse path's dated_background: "No country has recognized the
 * Taliban since they seized Kabul in 2021", "Since Kim and Putin held a summit in September,
 * Pyongyang has shipped shells": the moment the told state began. "since" at most 15 words
 * before v, no verb, comma, quote or "but" between ("rabies-free since 1995 but is
 * threatened": a phrase of time, then a clause of its own); the perfect before "since" in
 * its clause, or (the clause opening the sentence, after a comma or "that") in the first six
 * words after the comma that ends it. Not a "since" clause in the perfect itself ("since
 * Russia has refused to talk": a reason), nor one on a clause with no perfect ("remain in
 * custody since Thailand deported 40 others"). */
static int since_onset(const coder_sent *S, int v)
{
	static const char *const but[] = { "BUT", "YET", NULL };
	int s = -1;
	for (int j = v - 1; j >= 0 && j >= v - 15; j--) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_VERB || tok_in(t, but))
			return 0;
		if (tok_is(t, "SINCE")) {
			s = j;
			break;
		}
	}
	if (s < 0 || tok_in(&S->t[v - 1], HAVE_FORMS) ||
	    (v >= 2 && tok_in(&S->t[v - 2], HAVE_FORMS)))
		return 0;
	int b = s - 1;
	while (b >= 0 && S->t[b].cls != C_COMMA && S->t[b].cls != C_QUOTE)
		b--;
	if (perfect_in(S, b + 1, s))
		return 1;
	if (b + 1 != s && !(s >= 1 && tok_is(&S->t[s - 1], "THAT")))
		return 0;
	for (int c = v + 1; c < S->nt; c++) {
		if (S->t[c].cls == C_QUOTE)
			return 0;
		if (S->t[c].cls == C_COMMA)
			return perfect_in(S, c + 1, c + 7 < S->nt ? c + 7 : S->nt);
	}
	return 0;
}

/* background87: both paths, 1 when conflict verb v (code c, 18x-20x) is the second verb of a
 * relative clause on a war noun that the main clause's "end" verb takes as its object: "The
 * accord ended a war that lasted four years and killed 80,000 people". The parser and the
 * shallow rules hang "and killed" on "ended", so the accord becomes the killer; the killing
 * is the ended war's past toll, told as background. "Rebels attacked a town that lies near
 * the border and killed 20 people" (no war noun, no "end") keeps its deed. */
int news_ended_war_toll(const coder_sent *S, int v, const dict_evcode *c)
{
	static const char *const rel[] = { "THAT", "WHICH", NULL };
	static const char *const war[] = { "WAR", "CONFLICT", "INSURGENCY", "REBELLION",
					   "UPRISING", "FIGHTING", "GENOCIDE", "VIOLENCE", NULL };
	static const char *const end[] = { "END", "ENDS", "ENDED", "ENDING", "HALTED",
					   "STOPPED", NULL };
	int root = code_root(c->a);
	if (root < 18 || root > 20 || v < 4 || !tok_is(&S->t[v - 1], "AND"))
		return 0;
	for (int r = v - 2; r >= 2 && r >= v - 10; r--) {
		const coder_tok *t = &S->t[r];
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			return 0;
		if (!tok_in(t, rel))
			continue;
		if (!tok_in(&S->t[r - 1], war))
			return 0;
		for (int e = r - 2; e >= 0 && e >= r - 5; e--)
			if (tok_in(&S->t[e], end))
				return 1;
		return 0;
	}
	return 0;
}

/* relpast118: 1 when the word s (n bytes, any case) dates a deed to the day's news: a
 * weekday, "today", "yesterday", "tonight", "this" (week, month), "week" ("last week"),
 * "recently" ("Kenya, which closed its border on Monday, said ..."). Shared by
 * biography_dated and the parse path's recalled_deed (syntax.c). */
int news_recent_time(const char *s, size_t n)
{
	static const char *const recent[] = { "TODAY", "YESTERDAY", "TONIGHT", "THIS", "WEEK",
		"RECENTLY", NULL };
	for (int k = 0; WEEKDAYS[k]; k++)
		if (n == strlen(WEEKDAYS[k]) && !strncasecmp(s, WEEKDAYS[k], n))
			return 1;
	for (int k = 0; recent[k]; k++)
		if (n == strlen(recent[k]) && !strncasecmp(s, recent[k], n))
			return 1;
	return 0;
}

/* background98: 1 when tokens from..to-1 date a deed years back: "until" (a role that
 * ended: "led the alliance until he resigned") or a year two or more back; 0 when a recent
 * time stands there too (a weekday, "today", "yesterday", "this", "week", "recently": the
 * day's news). Relative dates ("last year", "in October") are left to the annotators, who
 * code them. */
static int biography_dated(const coder_sent *S, int from, int to)
{
	int old = 0;
	for (int j = from; j < to; j++) {
		if (news_recent_time(S->t[j].s, (size_t)S->t[j].n))
			return 0;
		old |= tok_is(&S->t[j], "UNTIL") || news_old_year_tok(S, &S->t[j]);
	}
	return old;
}

/* background98: both paths, 1 when verb v lies in a "who" clause set off by commas whose
 * subject's main clause goes on in the present tense, and the clause dates the deed as
 * over (biography_dated: "until" or an old year): "Odinga, who led the alliance until he
 * resigned in August, knows the cost well": biography of the subject, not the day's news.
 * The clause follows the sentence's first words (no verb, comma or number before it: the
 * subject's noun); the main verb is "is/are/has/have" or an -s word other than a speech
 * verb. Left alone: a main clause in the past ("who resigned in 1997, rejected ..."), a
 * speech ("..., says"), a recent time in the clause ("who resigned on Monday, is ..."), a
 * clause with no "until" or old year ("last year", "in October": the annotators code
 * them), "which" clauses. */
int news_relative_biography(const coder_sent *S, int v)
{
	static const char *const have[] = { "IS", "ARE", "HAS", "HAVE", NULL };
	static const char *const say[] = { "SAYS", "TELLS", "ADDS", "WARNS", "ARGUES", "CLAIMS",
		"INSISTS", "WRITES", "STATES", "NOTES", NULL };
	int w = -1, c = -1;
	for (int j = v - 1; j >= 2 && j >= v - 15; j--) {
		if (S->t[j].cls == C_COMMA || S->t[j].cls == C_QUOTE)
			return 0;
		if (tok_is(&S->t[j], "WHO")) {
			w = j;
			break;
		}
	}
	if (w < 0 || S->t[w - 1].cls != C_COMMA)
		return 0;
	for (int j = 0; j < w - 1; j++)   /* the clause's noun is in the subject, before any verb */
		if (S->t[j].type == TY_VERB || S->t[j].cls != C_WORD)
			return 0;
	for (int j = v + 1; j < S->nt && j <= v + 15; j++) {
		if (S->t[j].cls == C_QUOTE)
			return 0;
		if (S->t[j].cls == C_COMMA) {
			c = j;
			break;
		}
	}
	if (c < 0 || c + 1 >= S->nt)
		return 0;
	const coder_tok *k = &S->t[c + 1];
	int present = tok_in(k, have) ||
		      (k->cls == C_WORD && k->type != TY_ACTOR && k->n > 3 &&
		       k->s[k->n - 1] == 'S' && k->s[k->n - 2] != 'S' && !tok_in(k, say));
	return present && biography_dated(S, w + 1, c);
}

/* relpast118: --shallow twin of syntax.c recalled_deed: 1 when the comma part from..to-1
 * (to the comma at to) is a "who"/"which" clause right after the sentence's opening
 * subject (no verb, comma or number before it) that recalls a past deed of that subject:
 * its first verb (over an -ly adverb, "had", "once", "later" or "also") is a past form, no
 * verb in it is in the present, and a verb follows the closing comma. "Berisha, who
 * resigned as leader of his party but remained in Parliament after being defeated in 2013,
 * rejected the allegations Thursday" recalls who the side is; the main clause carries the
 * day's deed. The caller deletes the part as an aside whatever its length (TABARI's comma
 * rule deletes only short ones), so the main verb keeps the subject as its doer. Kept: a
 * clause dated to the day (news_recent_time: "Kenya, which closed its border on Monday,
 * said"), and one under a main verb of saying or reporting unless it holds "until" or a
 * year two or more back ("The ministry, which summoned the envoy, said ..."). */
int news_recalled_aside(const coder_sent *S, int from, int to)
{
	static const char *const rel[] = { "WHO", "WHICH", NULL };
	static const char *const skip[] = { "HAD", "ONCE", "LATER", "ALSO", NULL };
	if (from < 2 || to + 2 >= S->nt || !tok_in(&S->t[from], rel) ||
	    S->t[from - 1].cls != C_COMMA)
		return 0;
	for (int j = 0; j < from - 1; j++)   /* the opening subject, before any verb */
		if (S->t[j].type == TY_VERB || S->t[j].cls != C_WORD)
			return 0;
	int k = from + 1;
	if (k < to && (tok_in(&S->t[k], skip) || tok_ends(&S->t[k], "LY")))
		k++;
	const coder_tok *f = &S->t[k];
	if (k >= to || tok_in(f, BE_FORMS) || !(tok_ends(f, "ED") || news_irregular_past(f)))
		return 0;
	int old = 0;
	for (int j = from + 1; j < to; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_QUOTE || news_recent_time(t->s, (size_t)t->n))
			return 0;
		/* "and now leads a new party": a deed of its own present ("to protest": none) */
		if (t->type == TY_VERB && !tok_ends(t, "ED") && !tok_ends(t, "ING") &&
		    !news_irregular_past(t) && !tok_is(&S->t[j - 1], "TO"))
			return 0;
		old |= tok_is(t, "UNTIL") || news_old_year_tok(S, t);
	}
	int m = to + 1;
	if (S->t[m].type == TY_AUX || tok_has(&S->t[m], WF_AUX) || tok_ends(&S->t[m], "LY"))
		m++;
	if (S->t[m].type != TY_VERB)
		return 0;
	return old || !speech_or_report(&S->t[m]);
}

/* background87: both paths, 1 when verb v, in the perfect ("has received", "have carried
 * out"), takes a count as its object ("17 loans", "more than 40 raids") and the sentence
 * opens with a "since" phrase holding a year two or more years back ("Since 1990,", "Since
 * gaining independence in 1960,"): "Since gaining independence in 1960, Ghana has received
 * 17 loans from the IMF" tallies deeds over the years, history, not the day's deed. "Kenya
 * has received 12 loans this year" and "Since 2020, Kenya has received a loan" (no count)
 * keep their events. */
int news_since_tally(const coder_sent *S, int v)
{
	static const char *const have[] = { "HAS", "HAVE", NULL };
	static const char *const more[] = { "MORE", "OVER", "NEARLY", "ALMOST", "SOME", NULL };
	if (v < 3 || v + 1 >= S->nt || !tok_is(&S->t[0], "SINCE") ||
	    !(tok_in(&S->t[v - 1], have) || tok_in(&S->t[v - 2], have)))
		return 0;
	int n = v + 1;
	if (tok_is(&S->t[n], "AT") && n + 1 < S->nt && tok_is(&S->t[n + 1], "LEAST"))
		n += 2;
	else if (tok_in(&S->t[n], more))
		n += 1 + (n + 1 < S->nt && tok_is(&S->t[n + 1], "THAN"));
	if (n >= S->nt || S->t[n].cls != C_NUMBER || news_old_year_tok(S, &S->t[n]))
		return 0;
	int old = 0;
	for (int j = 1; j < v - 1 && j <= 12; j++) {
		if (S->t[j].cls == C_COMMA)
			return old;
		old |= news_old_year_tok(S, &S->t[j]);
	}
	return 0;
}

/* subclause55: --shallow, a deed in a clause that is background the sentence only points
 * at, as the parse path's compared_moment and said_what_gap (syntax.c) drop it: the past
 * moment of a comparison ("as low as when it arrived in Syria", "lighter than when it
 * docked"), unless a named actor is its subject ("as when Kenya met Uganda"); and a saying
 * whose content is a "what" before it, the said clause left with a gap ("not what Western
 * diplomats say happened", "what critics say it is"); background73: a clause after "in
 * YEAR when" of years before (dated_when), and a deed "once" done ("Ngugi once lamented");
 * background83: a deed dated to an era long gone ("during the 18th century", era_after);
 * background118: the deed of a "since" clause on a perfect (since_onset). */
int news_background_clause(const coder_sent *S, int v, int lo)
{
	static const char *const as[] = { "AS", "THAN", NULL };
	static const char *const what[] = { "WHAT", "WHATEVER", NULL };
	for (int j = v - 1; j > lo && j >= v - 5; j--) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || t->type == TY_ACTOR || t->type == TY_VERB)
			break;
		if (tok_is(t, "WHEN") && tok_in(&S->t[j - 1], as))
			return 1;
	}
	if (dated_when(S, v) || era_after(S, v) || since_onset(S, v))
		return 1;
	/* background73: "smaller than it was before Russia invaded Ukraine", as syntax.c's
	 * compared_moment: "before" at most 8 words after "than", v at most 6 after it */
	for (int j = v - 1, b = -1; j >= 0 && j >= v - 14; j--) {
		if (S->t[j].cls == C_COMMA || S->t[j].cls == C_QUOTE)
			break;
		if (tok_is(&S->t[j], "BEFORE") && v - j <= 6)
			b = j;
		else if (b >= 0 && b - j <= 8 && tok_is(&S->t[j], "THAN"))
			return S->t[j + 1].cls != C_NUMBER;   /* not "more than 800 days before" */
	}
	/* "Kenya's Ngugi once lamented": "once" between the subject and the verb, a former
	 * time (syncode.c once_before); not "once" opening the sentence or a clause */
	if (v >= 2 && tok_is(&S->t[v - 1], "ONCE") && S->t[v - 2].cls == C_WORD &&
	    !tok_has(&S->t[v - 2], WF_CLAUSE | WF_REL))
		return 1;
	if (!tok_in(&S->t[v], SAY_WHAT_WORDS) || v + 1 >= S->nt)
		return 0;
	static const char *const pron[] = { "IT", "THEY", "HE", "SHE", "WE", "I", "YOU", NULL };
	const coder_tok *n = &S->t[v + 1];
	/* a verb with no subject ("say happened"), or a bare "is" ("say it is") */
	int gap = n->type == TY_VERB ||
		  (n->type != TY_ACTOR && n->n > 3 && tok_ends(n, "ED")) ||
		  (tok_in(n, pron) && v + 2 < S->nt && tok_in(&S->t[v + 2], BE_FINITE) &&
		   (v + 3 >= S->nt || S->t[v + 3].cls != C_WORD));
	/* over the clause start: "what rights groups and critics say" splits at "and" */
	for (int j = v - 1; gap && j >= 0 && j >= v - 10; j--) {
		if (tok_in(&S->t[j], what))
			return 1;
		if (S->t[j].type == TY_VERB || S->t[j].cls == C_COMMA)
			break;
	}
	return 0;
}

/* shallow49: without the parse, a conflict deed (14-20) said as a future or intended act
 * that is denied: "will not impose tariffs", "won't attack", "would never bomb", "has no
 * plans to invade", "no intention of striking". It has not happened and is not held out:
 * no event, as the parse path's recode drops a negated conflict deed. Only adverbs and
 * auxiliaries may stand between the denial and the verb; "will not hesitate to strike" is
 * a vow (the denial is on "hesitate", another verb). */
int news_future_denied(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const intent[] = { "PLANS", "PLAN", "INTENTION", "INTENT", NULL };
	static const char *const denied[] = { "WON'T", "WOULDN'T", NULL };
	static const char *const plan[] = { "PLANS", "PLAN", "PLANNED", "PLANNING", NULL };
	static const char *const intend[] = { "PLANS", "PLAN", "PLANNED", "PLANNING", "INTENDS",
		"INTEND", "INTENDED", "INTENDING", NULL };
	int root = code_root_or_none(c->a);
	if (root < 0)
		return 0;
	/* the intent coded on its own noun or verb ("has no plans to attack", "does not plan
	 * to bomb": PLANS * [1384]) */
	int planned = tok_in(&S->t[v], plan);
	if (root < 13 + !planned || root > 20)
		return 0;
	/* forms54: "does not plan to sanction Iran", "never intended to invade": the deed
	 * verb after the plan word, denied before it */
	if (!planned && v - 2 >= lo && tok_is(&S->t[v - 1], "TO") &&
	    tok_in(&S->t[v - 2], intend)) {
		v -= 2;
		planned = 1;
	}
	if (planned)
		for (int k = 1; k <= 3 && v - k >= lo; k++) {
			const coder_tok *w = &S->t[v - k];
			if (tok_is(w, "NO") || tok_has(w, WF_NEG))
				return 1;
			if (w->cls != C_WORD || !tok_has(w, WF_AUX))
				return 0;
		}
	int neg = 0;
	for (int k = 1; k <= 4 && v - k >= lo; k++) {
		const coder_tok *w = &S->t[v - k];
		if (tok_in(w, denied) || (neg && tok_in(w, FUTURE_MODALS)))
			return 1;
		/* "no plans to attack", "no intention of striking" */
		if ((tok_is(w, "TO") || tok_is(w, "OF")) && k == 1 && v - 3 >= lo &&
		    tok_in(&S->t[v - 2], intent) && tok_is(&S->t[v - 3], "NO"))
			return 1;
		if (tok_is(w, "NOT") || tok_is(w, "NEVER")) {
			neg = 1;
			continue;
		}
		if (w->cls != C_WORD || w->type == TY_ACTOR || w->type == TY_VERB ||
		    !(tok_has(w, WF_AUX) || adverbish(w)))
			return 0;
	}
	return 0;
}

/* shundone83: 1 when the clause opened by "how", "to what extent" or "when" at wh, holding
 * the verb at v, tells a deed to come, not done: a modal of future or chance stands between
 * wh and v ("how far Germany will go to defend Poland", "to what extent Rome would help"),
 * or, for "when", just before it in the main clause (at most four words, no comma: "the
 * talks may resume when Kenya signs a deal"). "resumed when Kenya signed" and "how Germany
 * defended Poland" are left alone. */
static int undone_wh(const coder_sent *S, int wh, int v)
{
	static const char *const modal[] = { "WILL", "WOULD", "MAY", "MIGHT", "COULD", "CAN",
		"SHALL", NULL };
	for (int k = wh + 1; k < v; k++)
		if (tok_in(&S->t[k], modal))
			return !tok_is(&S->t[wh], "WHEN");
	if (!tok_is(&S->t[wh], "WHEN"))
		return 0;
	for (int k = wh - 1; k >= 0 && k >= wh - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, modal))
			return 1;
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone102, undones114: the "if" or "unless" that opens the sentence before v (its first live
 * word, a quotation mark aside; "and", "but" or "so" may stand before it), or -1. */
static int opening_if(const coder_sent *S, int v)
{
	static const char *const conj[] = { "AND", "BUT", "SO", NULL };
	int f = 0;
	while (f < v && (!sent_live(S, f) || S->t[f].cls == C_QUOTE))
		f++;
	if (f + 1 < v && tok_in(&S->t[f], conj))
		f++;
	return f < v && tok_in(&S->t[f], COND_WORDS) ? f : -1;
}

/* undone102: --shallow, 1 when the deed at v, a statement or appeal too (01x, 02x, which
 * news_questioned leaves alone), lies in a condition that opens the sentence ("If the court
 * agrees with the ministry, the mine will close"): "if" or "unless" is its first live word
 * (a quotation mark aside) and no comma, quotation mark or other clause word stands between
 * it and v. The main clause after the comma is left alone. undones114: "and", "but" or "so"
 * may stand before it ("And if the board agrees with the ministry, ..."). */
int news_opening_condition(const coder_sent *S, int v)
{
	int f = opening_if(S, v);
	if (f < 0)
		return 0;
	for (int k = f + 1; k < v; k++)
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE ||
		    tok_has(&S->t[k], WF_CLAUSE))
			return 0;
	return 1;
}

/* undones114: --shallow, 1 when the deed verb v, in the main clause after a condition that
 * opens the sentence (opening_if; a comma between), comes right after can, could, may,
 * might or would ("If the board agrees, the holder can appeal to a court"): a deed the
 * condition allows, not done. "will" is left (a conditional threat is a threat), and so is
 * a verb with no modal ("If the talks fail, Kenya said it will act") and one whose modal
 * follows another verb after the comma ("..., Kenya said it could attack": a warning). */
int news_conditioned_modal(const coder_sent *S, int v, int lo)
{
	static const char *const modal[] = { "CAN", "COULD", "MAY", "MIGHT", "WOULD", NULL };
	static const char *const adv[] = { "ALSO", "STILL", "EVEN", "THEN", "ONLY", NULL };
	int f = opening_if(S, v), comma = -1;
	if (f < 0)
		return 0;
	for (int k = f + 1; k < v; k++)
		if (S->t[k].cls == C_COMMA)
			comma = k;
	int m = modal_reach(S, v, lo) - 1;
	if (m > lo && tok_in(&S->t[m], adv))
		m--;
	if (comma < 0 || m <= comma || !tok_in(&S->t[m], modal) || S->t[m].cap)
		return 0;
	for (int k = comma + 1; k < m; k++)
		if (S->t[k].type == TY_VERB)
			return 0;
	return 1;
}

/* shallow49: without the parse, the verb at v is told inside an open question, as the
 * parse path's questioned() (hypo48) finds: "asked whether Israel would attack", "it is
 * unclear whether", "wondered if Pakistan would retaliate". A "whether" before it in its
 * clause (no comma, quote or other clause word between), not "whether or not", or an "if"
 * right after a word of asking or not knowing, or (undones114) any "unless" ("unless they
 * mean to invade": a condition). The clause asserts nothing, a threat
 * neither; a threat's own condition ("will strike if attacked") comes after its verb. */
int news_questioned(coder_sent *S, int v)
{
	static const char *const asking[] = { "ASK", "ASKS", "ASKED", "ASKING", "WONDER",
		"WONDERS", "WONDERED", "WONDERING", "UNCLEAR", "UNCERTAIN", "UNKNOWN", "KNOW",
		"KNOWS", "KNEW", "SEE", "SEEN", "DOUBT", "DOUBTS", "DOUBTED", "SURE", NULL };
	for (int i = v - 1; i >= 0 && v - i <= 12; i--) {
		const coder_tok *w = &S->t[i];
		if (w->cls == C_COMMA || w->cls == C_QUOTE)
			return 0;
		if (tok_is(w, "WHETHER"))
			return !(i + 2 < v && tok_is(&S->t[i + 1], "OR") &&
				 tok_is(&S->t[i + 2], "NOT"));
		if (tok_is(w, "UNLESS"))   /* undones114: "unless they mean to invade" */
			return 1;
		if (tok_is(w, "IF"))   /* shundone83: a condition's deed is not told as done */
			return (i > 0 && tok_in(&S->t[i - 1], asking)) ||
			       !(i > 0 && (tok_is(&S->t[i - 1], "AS") ||
					   tok_is(&S->t[i - 1], "EVEN")));
		if (tok_is(w, "WHEN") || tok_is(w, "HOW") ||
		    (tok_is(w, "EXTENT") && i > 0 && tok_is(&S->t[i - 1], "WHAT")))
			return undone_wh(S, i, v);
		if (tok_has(w, WF_CLAUSE) && !tok_is(w, "THAT"))
			return 0;
	}
	return 0;
}

/* question72: 1 when a question mark stands in the sentence's text right after token q
 * (before the next token, or the end): the tokenizer keeps no token for it. */
int news_question_mark(const coder_sent *S, int q)
{
	const char *p = S->c->sentence.p;
	if (!p || q < 0 || q >= S->nt)
		return 0;
	int from = S->t[q].ostart + S->t[q].olen;
	int to = q + 1 < S->nt ? S->t[q + 1].ostart : (int)strlen(p);
	for (int k = from; k < to && p[k]; k++)
		if (p[k] == '?')
			return 1;
	return 0;
}

/* question72: 1 when the words after the comma at q, the sentence's last, are a short
 * attribution closed by a word of asking ("..., the minister asked."): what came before
 * the comma was put as a question though no question mark closes it. */
static int asked_after(const coder_sent *S, int q)
{
	static const char *const ask[] = { "ASKED", "ASKS", "WONDERED", "WONDERS", NULL };
	int last = S->nt - 1;
	return last > q + 1 && last - q <= 5 && tok_in(&S->t[last], ask);
}

/* question72: 1 when the verb at v is told inside a direct question: its clause (from the
 * sentence start, a quote or a comma) opens with an auxiliary, a question word before it or
 * not, the subject between it and v, and a question mark closes the clause after v ("Did
 * Iran attack the ship?", "Why would Russia accept a ceasefire?"), or a comma and a closing
 * "the minister asked" (asked_after). The question asks, it
 * tells no deed. A statement ("Iran will attack the ship.") has no fronted auxiliary; a
 * participle after a preposition or article is left alone. */
int news_direct_question(const coder_sent *S, int v)
{
	static const char *const aux[] = { "WILL", "WOULD", "DID", "DOES", "DO", "CAN", "COULD",
		"SHOULD", "SHALL", "MAY", "MIGHT", "MUST", "IS", "ARE", "WAS", "WERE", "HAS",
		"HAVE", "HAD", NULL };
	static const char *const wh[] = { "WHY", "HOW", "WHEN", "WHERE", "WHAT", NULL };
	int i = v - 1;
	while (i >= 0 && v - i <= 12 && S->t[i].cls != C_QUOTE && S->t[i].cls != C_COMMA)
		i--;
	if (v - i > 12)
		return 0;
	int a = i + 1;
	if (a < v && tok_in(&S->t[a], wh))
		a++;
	/* "Where are the examples of killed reporters?": a participle after a preposition or
	 * article names a deed done, asked about */
	if (a + 1 >= v || !tok_in(&S->t[a], aux) || tok_has(&S->t[v - 1], WF_PREP | WF_LOC) ||
	    S->t[v - 1].type == TY_DET)
		return 0;
	for (int q = v; q < S->nt && q <= v + 15; q++) {
		if (news_question_mark(S, q))
			return 1;
		if (q > v && S->t[q].cls == C_COMMA)
			return asked_after(S, q);
		if (q > v && S->t[q].cls == C_QUOTE)
			return 0;
	}
	return 0;
}

/* shallow43: without the parse, a call, visit or information shared (041-043, 064) under a
 * plain negation with no modal ("have not traveled to Afghanistan", "did not share further
 * details") did not take place: no event, as the parse path's syn_contact_not_made; a
 * refusal ("will not visit", "cannot share") stays a rejection, and so does information not
 * given ("has not provided"). */
int news_contact_not_made(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const modal[] = { "WILL", "WOULD", "SHALL", "CAN", "COULD", "MAY",
		"MIGHT", "MUST", "SHOULD", "WON'T", "CAN'T", "CANNOT", "WOULDN'T", "COULDN'T",
		"REFUSED", "REFUSES", "REFUSE", "REFUSING", "DECLINED", "DECLINES", NULL };
	static const char *const give[] = { "PROVID", "GIV", "GAVE", "HAND", "SUPPL", NULL };
	const char *a = c->a;
	const coder_tok *t = &S->t[v];
	/* lexvow62: a vow or promise not made ("did not promise to help") is no refusal */
	if (!a || a[0] != '0' || !a[1] || !a[2] ||
	    (!((a[1] == '4' && a[2] >= '1' && a[2] <= '3') || (a[1] == '6' && a[2] == '4')) &&
	     !vow_word(t)))
		return 0;
	for (int k = 0; give[k]; k++)
		if (t->n >= (int)strlen(give[k]) && !memcmp(t->s, give[k], strlen(give[k])))
			return 0;
	int neg = 0;
	for (int k = 1; k <= 3 && v - k >= lo; k++) {
		const coder_tok *w = &S->t[v - k];
		if (tok_in(w, modal))
			return 0;
		if (tok_has(w, WF_NEG))
			neg = 1;
		if (w->type == TY_VERB || w->cls != C_WORD || w->type == TY_ACTOR)
			break;
	}
	return neg;
}
