/*
 * ctxhome.c - story context (context.c), after every rule that places a side: a bare
 * "Congress", "the Senate" or "the House" that nothing placed (no country before it, no
 * story country, no place, not the sentence's only country) is the U.S. legislature, which
 * is what news means by the bare names (VOA corpus: 13 of 14 bare uses). A capitalised word
 * before the name makes it another body ("National Congress", "Philippine Senate", "White
 * House"), and so does a story about another country. A bill with no sponsor named
 * ("sanctions bills ... are pending in Congress") is the legislature's where the sentence
 * puts it in one of the bare bodies: the body is the side that acts through it.
 * Invariant: changes only sides coded ~LEG (Congress, Senate) or --- (House, a bill), notes each.
 */
#include "coder/syntax.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const houses[] = { "Congress", "Senate", "House", NULL };
/* The last words of a body's own phrase ("the full Senate", "the House Foreign Affairs
 * Committee"), not a person's name. */
static const char *const body_words[] = { "Congress", "Senate", "House", "Committee",
	"Subcommittee", NULL };

/* 1 when the word before text + at (the phrase's own start) opens a name of its own: a
 * capitalised word other than an article ("National Congress", "White House"). */
static int named_before(const char *text, size_t at)
{
	if (!at)
		return 0;
	size_t end = at;
	while (end && text[end - 1] == ' ')
		end--;
	size_t start = end;
	while (start && text[start - 1] != ' ')
		start--;
	size_t n = end - start;
	if (!n || !isupper((unsigned char)text[start]))
		return 0;
	return !((n == 3 && !strncmp(text + start, "The", 3)) ||
		 (n == 1 && text[start] == 'A') || (n == 2 && !strncmp(text + start, "An", 2)));
}

/* 1 when the phrase's head text[0, n) ends in a capitalised word that is no body word: a
 * person with the body in the title ("Senate President Ahmad Lawan"), whom the body's
 * country does not place (a person the dictionaries know is placed already). */
static int titled_person(const char *text, size_t n)
{
	while (n && text[n - 1] == ' ')
		n--;
	size_t last = n;
	while (last && text[last - 1] != ' ')
		last--;
	if (last == n || !isupper((unsigned char)text[last]) || !last)
		return 0;
	if (n - last > 2 && !strncmp(text + n - 2, "'s", 2))
		n -= 2;   /* "the Senate's" */
	for (int k = 0; body_words[k]; k++)
		if (strlen(body_words[k]) == n - last &&
		    !strncmp(text + last, body_words[k], n - last))
			return 0;
	return 1;
}

/* 1 when the phrase's head (up to a comma or a parenthesis) holds one of the bare names as a
 * word of its own, not a name's last word, not "House of ...", and no person's title. */
static int bare_house(const char *text, int agent)
{
	if (!text)
		return 0;
	size_t n = strcspn(text, ",(");
	if (titled_person(text, n))
		return 0;
	for (int k = 0; houses[k]; k++) {
		size_t len = strlen(houses[k]);
		if (agent != (k < 2))
			continue;   /* Congress, Senate are ~LEG agents; House is no entry */
		for (const char *at = strstr(text, houses[k]); at && (size_t)(at - text) < n;
		     at = strstr(at + 1, houses[k])) {
			size_t i = (size_t)(at - text);
			char next = at[len];
			if ((i && text[i - 1] != ' ') || isalnum((unsigned char)next) ||
			    named_before(text, i) || !strncmp(at + len, " of ", 4))
				continue;
			return 1;
		}
	}
	return 0;
}

/* The side's new code: USALEG for a bare name (NULL: unchanged). */
static const char *home_code(const char *code, const char *text)
{
	int agent = !strcmp(code, "~LEG");
	return (agent || !strcmp(code, "---")) && bare_house(text, agent) ? "USALEG" : NULL;
}

/* What a bill is called: a sentence source that names only the bill acts through the body
 * that holds it. */
static const char *const bill_words[] = { "bill", "bills", "legislation", "resolution",
	"resolutions", NULL };

/* 1 when the source phrase's head (its last word before a comma or a parenthesis) is a bill
 * word ("Several other sanctions bills"). */
static int bill_phrase(const char *text)
{
	if (!text)
		return 0;
	size_t n = strcspn(text, ",(");
	while (n && text[n - 1] == ' ')
		n--;
	size_t last = n;
	while (last && text[last - 1] != ' ')
		last--;
	for (int k = 0; bill_words[k]; k++)
		if (strlen(bill_words[k]) == n - last &&
		    !strncmp(text + last, bill_words[k], n - last))
			return 1;
	return 0;
}

/* 1 when the sentence puts something in a bare body: "in", "before" or "through" then
 * "Congress", "the Senate" or "the House" as a name of its own (capitalised, not "House of
 * ..."). Tokens are upper-case text; cap marks a capitalised word. */
static int held_in_house(const coder_sent *S)
{
	static const char *const preps[] = { "IN", "BEFORE", "THROUGH", NULL };
	for (int i = 0; i + 1 < S->nt; i++) {
		int p = 0;
		while (preps[p] && !(S->t[i].n == (int)strlen(preps[p]) &&
				     !strncmp(S->t[i].s, preps[p], (size_t)S->t[i].n)))
			p++;
		if (!preps[p])
			continue;
		int j = i + 1;
		if (S->t[j].n == 3 && !strncmp(S->t[j].s, "THE", 3))
			j++;
		if (j >= S->nt || !S->t[j].cap)
			continue;
		if (j + 1 < S->nt && S->t[j + 1].n == 2 && !strncmp(S->t[j + 1].s, "OF", 2))
			continue;   /* "House of Commons": any country's */
		const coder_tok *w = &S->t[j];
		if ((w->n == 8 && !strncmp(w->s, "CONGRESS", 8)) ||
		    (j > i + 1 && ((w->n == 6 && !strncmp(w->s, "SENATE", 6)) ||
				   (w->n == 5 && !strncmp(w->s, "HOUSE", 5)))))
			return 1;
	}
	return 0;
}

void context_home_house(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int times = 0;
	const char *cc = context_story_country(&c->ctx, &times);
	if (cc && strcmp(cc, "USA"))
		return;   /* a story about another country: its own legislature */
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		context_set_sides(S, e, home_code(e->source, e->source_text),
				  home_code(e->target, e->target_text),
				  "the U.S. legislature, what a bare name means");
		if (!strcmp(e->source, "---") && bill_phrase(e->source_text) && held_in_house(S))
			context_set_sides(S, e, "USALEG", NULL,
					  "the U.S. legislature, which holds the bill");
	}
}
