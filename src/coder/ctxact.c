/*
 * ctxact.c - story context (context.c): an act named by a definite noun has the author the
 * story told. "North Korea fired a missile on Monday. Japan condemned the launch." The
 * second sentence's reaction names no other side, yet "the launch" points back to the act
 * the story told: its author (PRK) is the target. Invariant: changes only reactions (praise,
 * criticism, rejection, protest) with no target of their own whose object is a definite act
 * noun with no owner word, and only when an earlier sentence of the story coded an act of
 * that kind by a known side other than the reacting one; notes why in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The act nouns, each with the kind of act (coder.h CTX_ACT_*) it names. */
static const struct {
	const char *noun;
	int kind;
} act_nouns[] = {
	{ "attack", CTX_ACT_ATTACK }, { "attacks", CTX_ACT_ATTACK },
	{ "strike", CTX_ACT_ATTACK }, { "strikes", CTX_ACT_ATTACK },
	{ "airstrike", CTX_ACT_ATTACK }, { "airstrikes", CTX_ACT_ATTACK },
	{ "raid", CTX_ACT_ATTACK }, { "raids", CTX_ACT_ATTACK },
	{ "bombing", CTX_ACT_ATTACK }, { "bombings", CTX_ACT_ATTACK },
	{ "shelling", CTX_ACT_ATTACK }, { "bombardment", CTX_ACT_ATTACK },
	{ "assault", CTX_ACT_ATTACK }, { "offensive", CTX_ACT_ATTACK },
	{ "invasion", CTX_ACT_ATTACK }, { "incursion", CTX_ACT_ATTACK },
	{ "killing", CTX_ACT_ATTACK }, { "killings", CTX_ACT_ATTACK },
	{ "launch", CTX_ACT_LAUNCH }, { "launches", CTX_ACT_LAUNCH },
	{ "test", CTX_ACT_TEST }, { "tests", CTX_ACT_TEST },
	{ "arrest", CTX_ACT_ARREST }, { "arrests", CTX_ACT_ARREST },
	{ "detention", CTX_ACT_ARREST }, { "detentions", CTX_ACT_ARREST },
	{ "deal", CTX_ACT_DEAL }, { "agreement", CTX_ACT_DEAL }, { "accord", CTX_ACT_DEAL },
	{ "pact", CTX_ACT_DEAL }, { "treaty", CTX_ACT_DEAL },
	{ "visit", CTX_ACT_VISIT }, { "trip", CTX_ACT_VISIT },
	{ "expulsion", CTX_ACT_EXPEL }, { "expulsions", CTX_ACT_EXPEL },
};
/* The words that open a definite object whose noun points back to an act told before. */
static const char *const definite[] = { "the", "this", "that", "these", "those", NULL };
/* The words that end the verb's object before its noun could come (as ctxdeny.c's). */
static const char *const object_ends[] = { "to", "as", "that", "which", "and", "by", "for",
	"from", "with", "after", "over", "on", "in", "at", "of", NULL };
/* The next word of a text (letters and hyphens, after spaces): its start *w and length *n;
 * *p moves past it. 0 when it is empty, owns what follows (a possessive) or, unless first, is
 * a capital: a definite phrase's head noun ("the strikes", "the new report") is then none,
 * the phrase naming its owner or author itself ("the Israeli strike"). */
int context_plain_word(const char **p, int first, const char **w, size_t *n)
{
	while (**p == ' ')
		(*p)++;
	*w = *p;
	while (isalpha((unsigned char)**p) || **p == '-')
		(*p)++;
	*n = (size_t)(*p - *w);
	return *n && **p != '\'' && (first || !isupper((unsigned char)**w));
}

/* The words that may follow the act noun as the end of its phrase; another word there could
 * make it a modifier ("the arrest warrant", "the deal terms"): no act then. */
static const char *const noun_ends[] = { "against", "near", "during", "into", "last",
	"earlier", "this", "but", "or", "who", "while", "saying", "calling", "describing",
	"carried", "launched", "committed", NULL };

static int word_is(const char *w, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == n && !strncasecmp(w, list[k], n))
			return 1;
	return 0;
}

/* 1 when the text at p (right after a noun) ends the noun's phrase: punctuation, the end, or
 * a word of object_ends or noun_ends. */
static int phrase_ends(const char *p)
{
	while (*p == ' ')
		p++;
	const char *w = p;
	while (isalpha((unsigned char)*p))
		p++;
	size_t n = (size_t)(p - w);
	return !n || word_is(w, n, object_ends) || word_is(w, n, noun_ends);
}

/* The kind of act named by the event's object: "the launch", "the latest attacks", "this
 * week's raid" aside (an owner word: a capital or a possessive names the author itself,
 * "the Israeli strike"); 0: none. The object is the words right after the verb's first
 * word, a definite word first, the noun within three words after it. */
static int object_act(const coder_sent *S, const khaldun_event *e)
{
	const char *s = S->c->sentence.p, *v = e->verb_text;
	if (!s || !v || !*v)
		return 0;
	size_t vn = strcspn(v, " ");
	const char *p = s;
	while ((p = strchr(p, *v)) &&
	       (strncasecmp(p, v, vn) || (p > s && isalpha((unsigned char)p[-1])) ||
		isalpha((unsigned char)p[vn])))
		p++;
	if (!p)
		return 0;
	p += vn;
	for (int k = 0; k < 4; k++) {
		const char *w;
		size_t n;
		if (!context_plain_word(&p, k == 0, &w, &n))
			return 0;
		if (k == 0) {
			if (!word_is(w, n, definite))
				return 0;
			continue;
		}
		if (word_is(w, n, object_ends))
			return 0;
		for (size_t j = 0; j < sizeof act_nouns / sizeof act_nouns[0]; j++)
			if (strlen(act_nouns[j].noun) == n &&
			    !strncasecmp(w, act_nouns[j].noun, n))
				return phrase_ends(p) ? act_nouns[j].kind : 0;
	}
	return 0;
}

/* 1 when the verb's first word opens with one of the stems. */
static int verb_opens(const khaldun_event *e, const char *const *stems)
{
	const char *v = e->verb_text ? e->verb_text : "";
	for (int k = 0; stems[k]; k++)
		if (!strncasecmp(v, stems[k], strlen(stems[k])))
			return 1;
	return 0;
}

/* The kinds of act (a CTX_ACT_* mask) the event is: an attack is any use of force (18x-20x);
 * a launch is a show, threat or use of force (13x, 15x, 17x-20x) by a verb of firing or
 * testing, a test one by a verb of testing; an arrest is 173; a deal a signed agreement
 * (057); a visit 042; an expulsion 174 or a verb of expelling. */
static int event_acts(const khaldun_event *e)
{
	static const char *const fire[] = { "fire", "launch", "test-fire", NULL };
	static const char *const test[] = { "test", NULL };
	static const char *const expel[] = { "expel", NULL };
	const char *c = e->code;
	int m = 0, force = (c[0] == '1' && (c[1] == '3' || c[1] == '5' || c[1] >= '7')) ||
			   (c[0] == '2' && c[1] == '0');
	if ((c[0] == '1' && c[1] >= '8') || (c[0] == '2' && c[1] == '0'))
		m |= CTX_ACT_ATTACK;
	if (force && verb_opens(e, fire))
		m |= CTX_ACT_LAUNCH;
	if (force && verb_opens(e, test))
		m |= CTX_ACT_TEST | CTX_ACT_LAUNCH;   /* a missile test is its launch */
	if (!strncmp(c, "173", 3))
		m |= CTX_ACT_ARREST;
	if (!strcmp(c, "057"))
		m |= CTX_ACT_DEAL;
	if (!strcmp(c, "042"))
		m |= CTX_ACT_VISIT;
	if (!strcmp(c, "174") || verb_opens(e, expel))
		m |= CTX_ACT_EXPEL;
	return m;
}

/* 1 when the code is a reaction to an act: praise (051), criticism or an accusation (11x),
 * a rejection (12x), a protest (14x). */
static int reaction_code(const char *c)
{
	return !strcmp(c, "051") || (c[0] == '1' && (c[1] == '1' || c[1] == '2' || c[1] == '4'));
}

static int kind_index(int kind)
{
	int k = 0;
	while (kind > 1) {
		kind >>= 1;
		k++;
	}
	return k;
}

/* A reaction with no target of its own to a definite act noun takes as target the author of
 * the story's last act of that kind, unless that author is of the reacting side's country
 * (a reacting side of no country is left alone). */
void context_act_authors(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; x->acts && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		/* a bare role ("~GOV": "the three governments") has no side to tell apart from
		 * the act's author: it may be that author's own */
		if (!reaction_code(e->code) || strcmp(e->target, "---") ||
		    !strcmp(e->source, "---") || e->source[0] == '~')
			continue;
		int kind = object_act(S, e);
		if (!kind || !(x->acts & kind))
			continue;
		const char *a = x->act_author[kind_index(kind)];
		char ac[4], sc[4];
		actor_split(a, ac);
		actor_split(e->source, sc);
		if (!strcmp(a, e->source) || (ac[0] && !strcmp(ac, sc)))
			continue;   /* its own act: no other side */
		const char *t = arena_strdup(&S->c->scratch, a);
		if (!t)
			return;
		char why[120];
		snprintf(why, sizeof why, "the author %s of the act the story told before, "
			 "which the object's noun names", a);
		context_set_sides(S, e, NULL, t, why);
	}
}

/* The kind of act a definite subject names with no owner word: "The strikes", "These
 * attacks", "The latest raid" ("Israeli strikes", "A Russian strike" and "an attack" name
 * their own author or a new act); 0: none. The noun ends the phrase (phrase_ends). */
static int subject_act(const char *t)
{
	if (!t)
		return 0;
	for (int k = 0; k < 4; k++) {
		const char *w;
		size_t n;
		if (!context_plain_word(&t, k == 0, &w, &n))
			return 0;
		if (k == 0) {
			if (!word_is(w, n, definite))
				return 0;
			continue;
		}
		for (size_t j = 0; j < sizeof act_nouns / sizeof act_nouns[0]; j++)
			if (strlen(act_nouns[j].noun) == n &&
			    !strncasecmp(w, act_nouns[j].noun, n))
				return phrase_ends(t) ? act_nouns[j].kind : 0;
	}
	return 0;
}

/* A verb of harm whose subject can be the act itself ("The strikes killed three people"). */
static int harm_verb(const khaldun_event *e)
{
	static const char *const harm[] = { "kill", "wound", "injur", "destroy", "damag", "hit",
		"level", "flatten", NULL };
	return verb_opens(e, harm);
}

/* "Israeli warplanes struck targets in southern Lebanon. The strikes killed three people":
 * an event of no doer (source "---") whose verb is one of harm and whose subject is a
 * definite act noun with no owner word is done by the author of the story's last act of
 * that kind; a bare people target ("~CVL") takes the country that act struck (LBNCVL). */
void context_act_doers(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; x->acts && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		if (strcmp(e->source, "---") || !harm_verb(e))
			continue;
		int kind = subject_act(e->source_text);
		if (!kind || !(x->acts & kind))
			continue;
		int k = kind_index(kind);
		const char *a = x->act_author[k], *cc = x->act_cc[k], *t = NULL;
		if (cc[0])
			t = context_with_country(S, e->target, e->target_text, cc);
		const char *s = arena_strdup(&S->c->scratch, a);
		if (!s)
			return;
		char why[120];
		snprintf(why, sizeof why, "the author %s of the act the story told before, "
			 "which the subject's noun names", a);
		context_set_sides(S, e, s, t, why);
	}
}

/* The country event e's act struck: its target's, else the one country its sentence named
 * other than the author's country ac ("struck targets in southern Lebanon"); "" none. */
static void struck_country(const coder_context *x, const khaldun_event *e, const char *ac,
			   char *cc)
{
	actor_split(e->target, cc);
	if (cc[0]) {
		if (context_region(cc))   /* a region's people have no one country */
			cc[0] = 0;
		return;
	}
	for (int k = 0; k < x->nlast; k++) {
		if (!strcmp(x->last[k], ac) || !strcmp(x->last[k], cc) ||
		    context_region(x->last[k]))
			continue;
		if (cc[0]) {   /* two: no one place */
			cc[0] = 0;
			return;
		}
		strcpy(cc, x->last[k]);
	}
}

/* After a sentence: the author of its first act of each kind with a known source, and the
 * country that act struck. Run after context_keep_last (the sentence's countries). */
void context_keep_acts(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	int seen = 0;
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		if (!strcmp(e->source, "---") || e->source[0] == '~' ||
		    strlen(e->source) >= sizeof x->act_author[0])
			continue;
		int m = event_acts(e) & ~seen;
		seen |= m;
		x->acts |= m;
		char ac[4], cc[4];
		actor_split(e->source, ac);
		struck_country(x, e, ac, cc);
		for (int k = 0; m; k++, m >>= 1)
			if (m & 1) {
				strcpy(x->act_author[k], e->source);
				strcpy(x->act_cc[k], cc);
			}
	}
}
