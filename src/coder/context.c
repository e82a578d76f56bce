/*
 * context.c - story context: what the earlier sentences of a story tell the coder about the
 * next one, for our dictionaries only (KHALDUN: OPEN ACTORS without FORWARD; TABARI projects
 * and `khaldun validate` never see it): a bare domestic institution ("authorities", "a court":
 * ~GOV, ~JUD ...) takes the story's country when one country clearly dominates the actors the
 * earlier sentences named (docs/coder.md, "Story context"). Invariant: context lives between
 * context_begin and context_end (one story, one coder, so `-j 1` = `-j N`); a story's first
 * sentence, and a sentence coded alone, are coded exactly as without it; every actor taken
 * from context says so in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The sectors of a bare domestic institution, role or group: each belongs to a country
 * (armed groups, criminals, civilians and the opposition of a story are its own). */
static const char *const domestic[] = { "GOV", "MIL", "COP", "JUD", "LEG", "SPY",
					 "REB", "INS", "CRM", "CVL", "OPP", NULL };

void context_begin(khaldun_coder *c)
{
	memset(&c->ctx, 0, sizeof c->ctx);
	c->ctx.on = (c->o.news & NEWS_OPEN_ACTORS) && !c->o.forward;
}

void context_end(khaldun_coder *c)
{
	memset(&c->ctx, 0, sizeof c->ctx);
}

/* The story's country so far: the country its actors named most, when it was named at least
 * twice and at least twice as often as any other; NULL when no country dominates. */
static const char *story_country(const coder_context *x, int *times)
{
	int best = -1, second = 0;
	for (int k = 0; k < x->ncc; k++) {
		if (best < 0 || x->count[k] > x->count[best]) {
			if (best >= 0)
				second = x->count[best];
			best = k;
		} else if (x->count[k] > second) {
			second = x->count[k];
		}
	}
	if (best < 0 || x->count[best] < 2 || x->count[best] < 2 * second)
		return NULL;
	*times = x->count[best];
	return x->cc[best];
}

/* "the three military-led nations", "Western governments": more than one country. */
static int plural_of_states(const char *text)
{
	static const char *const many[] = { "nations", "countries", "states", "governments",
					    "allies", "powers", NULL };
	if (!text)
		return 0;
	size_t n = strlen(text);
	for (int k = 0; many[k]; k++) {
		size_t m = strlen(many[k]);
		if (n >= m && !strcasecmp(text + n - m, many[k]))
			return 1;
	}
	return 0;
}

/* code with the story's country cc when it is a bare domestic sector ("~GOV"), else NULL. */
static const char *with_country(coder_sent *S, const char *code, const char *text,
				const char *cc)
{
	if (!code || code[0] != '~' || plural_of_states(text))
		return NULL;
	for (int k = 0; domestic[k]; k++)
		if (!strncmp(code + 1, domestic[k], 3)) {
			size_t n = strlen(code + 1);
			char *r = arena_alloc(&S->c->scratch, n + 4);
			if (!r)
				return NULL;
			memcpy(r, cc, 3);
			memcpy(r + 3, code + 1, n + 1);
			return r;
		}
	return NULL;
}

/* Appends "role: story country CC (...)" to the event's context note. */
static void note_country(coder_sent *S, khaldun_event *e, const char *role, const char *cc,
			 int times)
{
	char note[320];
	snprintf(note, sizeof note, "%s%s%s: story country %s (named by %d actors in the %d "
		 "sentences before)", e->context ? e->context : "", e->context ? "; " : "", role, cc,
		 times, S->c->ctx.sentences);
	const char *n = arena_strdup(&S->c->scratch, note);
	if (n)
		e->context = n;
}

/* 1 when an actor of this sentence names a country other than cc: the sentence may be about
 * that country's institutions ("in Zimbabwe, members of parliament ... kicked out"). */
static int names_other_country(coder_sent *S, const char *cc)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char x[4];
			actor_split(a->codes[j], x);
			if (x[0] && strcmp(x, cc))
				return 1;
		}
	}
	return 0;
}

/* A bare institution in this sentence's events takes the story's country, unless the
 * sentence names another country. */
static void apply_country(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int times = 0;
	const char *cc = story_country(&c->ctx, &times);
	if (!cc || names_other_country(S, cc))
		return;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *s = with_country(S, e->source, e->source_text, cc);
		const char *t = with_country(S, e->target, e->target_text, cc);
		if (s && strcmp(s, t ? t : e->target)) {
			e->source = s;
			note_country(S, e, "source", cc, times);
		}
		if (t && strcmp(t, e->source)) {
			e->target = t;
			note_country(S, e, "target", cc, times);
		}
	}
}

/* Counts the countries this sentence's actors name. */
static void count_countries(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char cc[4];
			actor_split(a->codes[j], cc);
			if (!cc[0])
				continue;
			int m = 0;
			while (m < x->ncc && strcmp(x->cc[m], cc))
				m++;
			if (m == x->ncc) {
				if (x->ncc == CONTEXT_COUNTRIES)
					continue;
				memcpy(x->cc[x->ncc++], cc, 4);
			}
			x->count[m]++;
		}
	}
}

/* After the stages: the story's country for bare institutions, then what this sentence tells
 * the next ones (its countries, its subject). */
void context_sentence_end(coder_sent *S)
{
	khaldun_coder *c = S->c;
	if (!c->ctx.on)
		return;
	if (c->ctx.sentences > 0 && S->outcome == KHALDUN_CODED)
		apply_country(S);
	if (S->outcome == KHALDUN_CODED)
		count_countries(S);
	c->ctx.sentences++;
}
