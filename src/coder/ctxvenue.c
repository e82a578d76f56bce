/*
 * ctxvenue.c - story context (context.c), after every rule that places a side: a target
 * whose phrase is a gathering ("on the sidelines of the 43rd security meeting of ECOWAS",
 * "attended a U.N.-organized meeting", "G-7 Summit", "the BJP parliamentary party meeting")
 * names where or at what the deed was done; the country or body that only owns, holds or
 * names the gathering (its "of" phrase, possessive, compound or adjective) is not the one
 * a cooperative deed or a show of force is done to. Its participants are ("talks with X",
 * "a meeting between X and Y"), and so is the audience of a statement or an appeal ("told
 * a meeting of the U.N. Security Council"); a blow or a ban at a gathering hits its people.
 * Invariant: only with the parse; changes only the target of events 03x-09x and 15x to ---,
 * noting why in event.context.
 */
#include "coder/syntree.h"
#include "coder/syntax.h"
#include <stdio.h>
#include <string.h>

/* Nouns of a gathering held somewhere by someone (not "talks": they are had with a party;
 * not "rally", "protest", "funeral": their people are the ones a deed there is done to). */
static const char *const gathering[] = { "meeting", "meetings", "summit", "summits",
	"conference", "conferences", "session", "sessions", "sidelines", "celebration",
	"celebrations", "ceremony", "ceremonies", "forum", NULL };
/* The prepositions that make a phrase a party of the gathering, not its owner. */
static const char *const party[] = { "with", "between", "among", "against", "to", "toward",
	"towards", "for", NULL };
/* The relations by which a word only modifies the noun it hangs on. */
static const char *const modifier[] = { "nmod", "compound", "amod", "flat", NULL };

/* 1 when the event's deed is one a gathering's owner is not the other side of: cooperation
 * and aid (03x-09x: "attended", "hosting", "announced ... on the sidelines of") and a show
 * of force (15x). */
static int venue_deed(const char *code)
{
	return code && ((code[0] == '0' && code[1] >= '3' && code[1] <= '9') ||
			(code[0] == '1' && code[1] == '5'));
}

/* The gathering word the phrase's head h is or modifies: h, or a noun above it reached only
 * through modifiers (no party's preposition on the way), that is a gathering; -1: none.
 * The caller keeps only one inside the target's own phrase. */
static int gathering_above(const struct syntax_parse *P, int h)
{
	for (int w = h, steps = 0; w >= 0 && steps < 8; steps++) {
		if (syn_word_in(&P->w[w], gathering))
			return w;
		int up = (int)P->w[w].head - 1, c = syn_case_of(P, w);
		if (up < 0 || !syn_rel_base_in(&P->w[w], modifier) || !P->w[up].upos ||
		    (strcmp(P->w[up].upos, "NOUN") && strcmp(P->w[up].upos, "PROPN")) ||
		    (c >= 0 && syn_word_in(&P->w[c], party)))
			return -1;
		w = up;
	}
	return -1;
}

/* 1 when the phrase names a party of the gathering in its own words: "talks with X". */
static int names_party(const struct syntax_parse *P, int a, int b)
{
	for (int i = a; i <= b; i++)
		if (syn_upos_is(&P->w[i], "ADP") && syn_word_in(&P->w[i], party))
			return 1;
	return 0;
}

/* Drops the target of each event whose target phrase is a gathering its deed was done at
 * (the file's comment); needs the parse, so does nothing without KHALDUN: SYNTAX. */
void context_venue_targets(coder_sent *S)
{
	khaldun_coder *c = S->c;
	struct syntax_parse *P = NULL;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		int a, b;
		if (!strcmp(e->target, "---") || !venue_deed(e->code) || !e->target_text)
			continue;
		if (!P && !(P = syntax_on(S) ? syn_get_parse(S) : NULL))
			return;
		if (!syn_text_words(S, P, e->target_text, &a, &b) || names_party(P, a, b))
			continue;
		int h = syn_words_head(P, a, b), g = h >= 0 ? gathering_above(P, h) : -1;
		if (g < a || g > b || (e->verb_text && syn_word_is(&P->w[g], e->verb_text)))
			/* a gathering above the phrase ("decisions taken at the meeting of X":
			 * X's); the deed's own noun ("a summit of two leaders") */
			continue;
		char why[160];
		snprintf(why, sizeof why, "none, not %s, which only holds or names the gathering "
			 "(\"%.*s\") the deed was done at", e->target, (int)P->w[g].len,
			 P->w[g].form);
		context_set_sides(S, e, NULL, "---", why);
		if (!strcmp(e->target, "---")) {
			e->target_text = NULL;
			memset(&e->target_entry, 0, sizeof e->target_entry);
		}
	}
}
