/*
 * ctxbloc.c - story context (context.c) for international bodies: counts the IGOs a story's
 * actors name, and tells a bare "the bloc", "the regional body", "the alliance" apart, so
 * that such a phrase takes the body the story is about.
 * Invariant: reads the sentence and the coder's story state; changes only the IGO counts.
 */
#include "coder/sent.h"
#include <string.h>
#include <strings.h>

/* Counts the international bodies (IGO codes, without an agent) this sentence's live
 * dictionary actors name; with other, returns 1 as soon as one differs from it. */
static int each_igo(coder_sent *S, const char *other)
{
	coder_context *x = &S->c->ctx;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->agent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			const char *code = a->codes[j];
			if (strncmp(code, "IGO", 3) || strlen(code) >= sizeof x->igo[0])
				continue;
			if (other) {
				if (strcmp(code, other))
					return 1;
				continue;
			}
			int m = 0;
			while (m < x->nigo && strcmp(x->igo[m], code))
				m++;
			if (m == x->nigo) {
				if (x->nigo == CONTEXT_IGOS)
					continue;
				strcpy(x->igo[x->nigo++], code);
			}
			x->igo_count[m]++;
		}
	}
	return 0;
}

/* 1 when the phrase (up to " of ") is a bare name for an international body: "the bloc",
 * "the 27-member bloc", "the regional body", "the alliance", "the world body". */
int context_bloc_phrase(const char *text)
{
	static const char *const whole[] = { "regional body", "regional organization",
					     "regional organisation", "world body", "organization",
					     "organisation", NULL };
	static const char *const last[] = { "bloc", "alliance", "grouping", NULL };
	if (!text || strncasecmp(text, "the ", 4))
		return 0;
	text += 4;
	const char *of = strstr(text, " of ");
	size_t n = of ? (size_t)(of - text) : strlen(text), words = 1;
	for (size_t i = 0; i < n; i++)
		words += text[i] == ' ';
	for (int k = 0; whole[k]; k++)
		if (n == strlen(whole[k]) && !strncasecmp(text, whole[k], n))
			return 1;
	for (int k = 0; last[k] && words <= 3; k++) {
		size_t m = strlen(last[k]);
		if (n >= m && !strncasecmp(text + n - m, last[k], m) &&
		    (n == m || text[n - m - 1] == ' ' || text[n - m - 1] == '-'))
			return 1;
	}
	return 0;
}

/* The story's international body: named at least twice and twice as often as any other,
 * and no other named in this sentence; NULL when none (*times: how often). */
const char *context_story_igo(coder_sent *S, int *times)
{
	coder_context *x = &S->c->ctx;
	int best = -1, second = 0;
	for (int k = 0; k < x->nigo; k++) {
		if (best < 0 || x->igo_count[k] > x->igo_count[best]) {
			second = best >= 0 ? x->igo_count[best] : 0;
			best = k;
		} else if (x->igo_count[k] > second) {
			second = x->igo_count[k];
		}
	}
	if (best < 0 || x->igo_count[best] < 2 || x->igo_count[best] < 2 * second ||
	    each_igo(S, x->igo[best]))
		return NULL;
	*times = x->igo_count[best];
	return x->igo[best];
}

void context_count_igos(coder_sent *S)
{
	each_igo(S, NULL);
}
