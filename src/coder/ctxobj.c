/*
 * ctxobj.c - story context (context.c): objpron53: an object pronoun "him" or "her" left
 * unknown (---) as an event's target is a person other than the event's own source
 * ("Trump met Netanyahu at the White House. Netanyahu thanked him": him = Trump; "Putin
 * spoke with Erdogan. He urged him to ...": him = Erdogan). It takes the last person named
 * before it in its own sentence whose code is not the source's, else the last such person
 * among the previous sentence's event sides (a sentence that coded nothing forgets them).
 * Invariant: changes only --- targets whose words are "him" or "her", notes each.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Heads of a phrase that names one office holder: a singular noun, so "the Iranian foreign
 * minister" is one person as "Araghchi" is (not "ministers", "the ministry"). */
static const char *const office_heads[] = {
	"president", "minister", "premier", "chancellor", "king", "queen", "prince", "emir",
	"counterpart", "leader", "envoy", "ambassador", "secretary", "monarch", "sultan",
};

/* 1 when text, head word at w..n, is a role phrase: "the", "his" or "her" or nothing (the
 * shallow path drops the possessive), then words of which one is capitalised (the country:
 * "the Iranian foreign minister", "his Egyptian counterpart"; not "the president", whose
 * country the phrase does not give), then an office head. */
static int role_phrase(const char *text, size_t w, size_t n)
{
	size_t a = 0;
	if (!strncasecmp(text, "the ", 4) || !strncasecmp(text, "his ", 4) ||
	    !strncasecmp(text, "her ", 4))
		a = 4;
	int named = 0;
	for (size_t k = a; k < w; k++)
		if (isupper((unsigned char)text[k]) && (k == a || text[k - 1] == ' '))
			named = 1;
	for (size_t i = 0; named && i < sizeof office_heads / sizeof *office_heads; i++)
		if (strlen(office_heads[i]) == n - w && !strncmp(text + w, office_heads[i], n - w))
			return 1;
	return 0;
}

/* 1 when an event side (code, text) is a named person: a role of a country or a body
 * ("USAGOV", not "USA", nor an armed group or civilians), its phrase a capitalised name
 * with no article and not a plural ("Netanyahu", not "the ministry", "Police", "rebels"),
 * or a definite role phrase (role_phrase). */
static int named_person(const char *code, const char *text)
{
	char cc[4];
	const char *role = actor_split(code, cc);
	if (!text || !cc[0] || !*role || !strncmp(role, "REB", 3) || !strncmp(role, "INS", 3) ||
	    !strncmp(role, "CVL", 3))
		return 0;
	size_t n = strcspn(text, ",(");
	while (n && text[n - 1] == ' ')
		n--;
	size_t w = n;
	while (w && text[w - 1] != ' ')
		w--;
	if (role_phrase(text, w, n))
		return 1;
	/* the head word: a capitalised name in lower case after its capital (not "NATO"),
	 * no plural */
	return strncasecmp(text, "the ", 4) && n - w > 1 && text[n - 1] != 's' &&
	       isupper((unsigned char)text[w]) && islower((unsigned char)text[n - 1]);
}

static int object_pronoun(const char *text)
{
	return text && (!strcasecmp(text, "him") || !strcasecmp(text, "her"));
}

/* The person before byte offset at in this sentence's event sides, the last one, whose code
 * is not source's; NULL: none. */
static const char *person_before(coder_sent *S, int at, const char *source)
{
	khaldun_coder *c = S->c;
	const char *best = NULL;
	int best_at = -1;
	for (size_t i = 0; i < c->nevents; i++)
		for (int side = 0; side < 2; side++) {
			const khaldun_event *e = &c->events[i];
			const char *code = side ? e->target : e->source;
			const char *text = side ? e->target_text : e->source_text;
			int k = text ? sent_text_offset(S, text) : -1;
			if (k < 0 || k >= at || k <= best_at || !strcmp(code, source) ||
			    !named_person(code, text))
				continue;
			best = code;
			best_at = k;
		}
	return best;
}

/* The words of event e's target: its own, else those sent_widen() will give it later, the
 * clause below its verb, or the object pronoun "him" (syntax_clause_object_extent). */
const char *context_target_words(const coder_sent *S, const khaldun_event *e)
{
	for (int k = 0; !e->target_text && k < S->nlate; k++)
		if (e->verb_text == S->late_verb[k])
			return S->late_p[k];
	return e->target_text;
}

void context_object_pronouns(coder_sent *S)
{
	khaldun_coder *c = S->c;
	coder_context *x = &c->ctx;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		if (strcmp(e->target, "---") || !object_pronoun(context_target_words(S, e)) ||
		    !strcmp(e->source, "---"))
			continue;
		e->target_text = context_target_words(S, e);
		int at = sent_text_offset(S, e->target_text);
		const char *who = at >= 0 ? person_before(S, at, e->source) : NULL;
		char why[96];
		if (who) {
			snprintf(why, sizeof why, "\"%s\" = the person named before it, %s",
				 e->target_text, who);
		} else {
			for (int k = x->npeople - 1; k >= 0 && !who; k--)
				if (strcmp(x->people[k], e->source))
					who = x->people[k];
			if (!who)
				continue;
			snprintf(why, sizeof why, "\"%s\" = the previous sentence's person %s",
				 e->target_text, who);
		}
		context_set_sides(S, e, NULL, arena_strdup(&c->scratch, who), why);
	}
}

/* After any sentence: the people its event sides named, in the order of its words. */
void context_keep_people(coder_sent *S)
{
	khaldun_coder *c = S->c;
	coder_context *x = &c->ctx;
	int at[CONTEXT_PEOPLE];
	x->npeople = 0;
	for (size_t i = 0; S->outcome == KHALDUN_CODED && i < c->nevents; i++)
		for (int side = 0; side < 2; side++) {
			const khaldun_event *e = &c->events[i];
			const char *code = side ? e->target : e->source;
			const char *text = side ? e->target_text : e->source_text;
			int k = text ? sent_text_offset(S, text) : -1, j = 0;
			if (k < 0 || !named_person(code, text) ||
			    strlen(code) >= sizeof x->people[0])
				continue;
			while (j < x->npeople && strcmp(x->people[j], code))
				j++;
			if (j < x->npeople)
				continue;   /* named already: its first place stands */
			if (x->npeople == CONTEXT_PEOPLE)
				break;
			for (j = x->npeople; j > 0 && at[j - 1] > k; j--) {
				at[j] = at[j - 1];
				memcpy(x->people[j], x->people[j - 1], sizeof x->people[j]);
			}
			at[j] = k;
			strcpy(x->people[j], code);
			x->npeople++;
		}
}
