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
#include <ctype.h>

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

/* A pronoun subject opening a sentence ("They stormed the hotel", "He said ...") stands for the
 * previous sentence's subject actor in a story (the last sentence that coded an event, at
 * most one sentence back), when: it is HE, SHE, IT or THEY with a verb within the next twelve
 * words, before any comma or quote, and nothing but quotes, commas and lead-in words
 * ("Then", "But") before it; HE and SHE only for a person (keep_subject), IT and THEY only
 * for what is not one; and no quote comes before it when it is HE or SHE or the
 * previous sentence was a statement (", he said" after a quotation is its speaker, and a
 * quoted speaker's "he" is someone else). */
const char *context_pronoun(coder_sent *S, int i, int kind)
{
	const coder_context *x = &S->c->ctx;
	if (!x->on || !x->subject[0] || x->subject_age > 1 || kind == 2 || S->c->o.forward)
		return NULL;
	const coder_tok *t = &S->t[i];
	int person = tok_is(t, "HE") || tok_is(t, "SHE");
	if (!person && !tok_is(t, "IT") && !tok_is(t, "THEY"))
		return NULL;
	if (person != x->subject_person)
		return NULL;   /* HE, SHE: a person; IT, THEY: not */
	/* it opens the sentence: only quotes, commas and lead-in words before it */
	static const char *const lead[] = { "THEN", "BUT", "AND", "SO", "LATER", "ALSO",
					    "MEANWHILE", "HOWEVER", "STILL", "YET", NULL };
	for (int k = 0; k < i; k++) {
		int ok = S->t[k].cls == C_QUOTE || S->t[k].cls == C_COMMA;
		for (int j = 0; lead[j] && !ok; j++)
			ok = tok_is(&S->t[k], lead[j]);
		if (!ok)
			return NULL;
	}
	int verb = 0;
	for (int k = i + 1; k < S->nt && k <= i + 12 && !verb; k++) {
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
			break;
		verb = S->t[k].type == TY_VERB;
	}
	if (!verb)
		return NULL;
	for (int k = 0; k < i; k++)
		if (S->t[k].cls == C_QUOTE && (person || x->subject_said))
			return NULL;
	S->c->ctx.pronoun_used = 1;
	return arena_strdup(&S->c->scratch, x->subject);
}

/* 1 when text is a subject pronoun. */
static int pronoun_text(const char *text)
{
	static const char *const p[] = { "he", "she", "it", "they", NULL };
	for (int k = 0; text && p[k]; k++)
		if (!strcasecmp(text, p[k]))
			return 1;
	return 0;
}

/* Notes the events whose actor is a pronoun taken from the previous sentence. */
static void note_pronouns(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		for (int side = 0; side < 2; side++) {
			const char *code = side ? e->target : e->source;
			const char *text = side ? e->target_text : e->source_text;
			if (!pronoun_text(text) || strcmp(code, c->ctx.subject))
				continue;
			char note[320];
			snprintf(note, sizeof note, "%s%s%s: \"%s\" = the previous sentence's subject "
				 "%s (%s)", e->context ? e->context : "", e->context ? "; " : "",
				 side ? "target" : "source", text, code, c->ctx.subject_text);
			const char *n = arena_strdup(&c->scratch, note);
			if (n)
				e->context = n;
		}
	}
}

/* Remembers this sentence's subject (its first event's source) for the next one's pronouns. */
static void keep_subject(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	const khaldun_event *e = S->c->nevents ? &S->c->events[0] : NULL;
	if (!e || !strcmp(e->source, "---") || strlen(e->source) >= sizeof x->subject) {
		if (++x->subject_age > 1)
			x->subject[0] = 0;
		return;
	}
	if (strcmp(e->source, x->subject) || !pronoun_text(e->source_text))
		snprintf(x->subject_text, sizeof x->subject_text, "%s",
			 e->source_text ? e->source_text : "");
	snprintf(x->subject, sizeof x->subject, "%s", e->source);
	char cc[4];
	const char *role = actor_split(e->source, cc);
	/* a person: a role of a country (AFGGOV, not AFG, IGOUNO, ~GOV) named in the singular
	 * with a capital and no article ("President Buhari", "Trump", not "the militants", "the
	 * ministry", "the Taliban") */
	const char *w = e->source_text ? strrchr(e->source_text, ' ') : NULL;
	w = w ? w + 1 : e->source_text;
	size_t n = w ? strlen(w) : 0;
	x->subject_person = cc[0] && *role && n > 1 && w[n - 1] != 's' &&
			    strncasecmp(e->source_text, "the ", 4) &&
			    isupper((unsigned char)w[0]) && strncmp(role, "REB", 3) &&
			    strncmp(role, "INS", 3) && strncmp(role, "CVL", 3);
	x->subject_said = e->code && e->code[0] == '0' && e->code[1] == '1';
	x->subject_age = 0;
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
	if (c->ctx.pronoun_used)
		note_pronouns(S);
	c->ctx.pronoun_used = 0;
	if (S->outcome == KHALDUN_CODED)
		count_countries(S);
	keep_subject(S);
	c->ctx.sentences++;
}
