/*
 * ctxbloc.c - story context (context.c) for the bodies a story is about: counts the
 * international bodies (IGO codes) and the armed groups (PAKREB, SOMINS, IMGMOSISI) its
 * actors name, and tells a bare "the bloc", "the regional body" (an IGO) or "the group",
 * "the militants" (an armed group) apart, so that such a phrase takes the story's body.
 * A bare "the court" is likewise the story's international court ("the U.N.'s top court ...
 * The court rejected Kenya's request": IGOUNOICJ, not a Kenyan court), and a bare "the
 * council" the story's body's council (a U.N. story's: IGOUNO).
 * Invariant: reads the sentence and the coder's story state; changes only the body counts.
 */
#include "coder/sent.h"
#include <string.h>
#include <strings.h>

/* The kind of body a code names: CTX_IGO, CTX_ARMED (a non-state armed group: a
 * transnational militant group IMG..., or a country's REB, INS or UAF), CTX_NGO, or -1. */
static int body_kind(const char *code)
{
	if (!strncmp(code, "IGO", 3))
		return CTX_IGO;
	if (!strncmp(code, "NGO", 3))
		return CTX_NGO;
	if (!strncmp(code, "IMG", 3) || (strlen(code) >= 6 && (!strncmp(code + 3, "REB", 3) ||
			!strncmp(code + 3, "INS", 3) || !strncmp(code + 3, "UAF", 3))))
		return CTX_ARMED;
	return -1;
}

/* Counts the bodies of each kind (codes without an agent) this sentence's live dictionary
 * actors name; with other, returns 1 as soon as one of other's kind differs from it. */
static int each_body(coder_sent *S, const char *other)
{
	coder_context *x = &S->c->ctx;
	int want = other ? body_kind(other) : -1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->agent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			const char *code = a->codes[j];
			int kind = body_kind(code);
			if (kind < 0 || strlen(code) >= sizeof x->body[0][0])
				continue;
			if (other) {
				if (kind == want && strcmp(code, other))
					return 1;
				continue;
			}
			int m = 0;
			while (m < x->nbody[kind] && strcmp(x->body[kind][m], code))
				m++;
			if (m == x->nbody[kind]) {
				if (x->nbody[kind] == CONTEXT_IGOS)
					continue;
				strcpy(x->body[kind][x->nbody[kind]++], code);
			}
			x->body_count[kind][m]++;
		}
	}
	return 0;
}

/* 1 when text[0, n) is one of words, any case. */
static int one_of(const char *text, size_t n, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (n == strlen(words[k]) && !strncasecmp(text, words[k], n))
			return 1;
	return 0;
}

/* The kind of body a bare phrase names: CTX_IGO for "the bloc", "the 27-member bloc", "the
 * regional body", "the alliance", "the world body" (up to " of "); CTX_ARMED for the whole
 * phrase "the group", "the militant group", "the militants", "the rebels", "the outfit"
 * (not "the group of armed prisoners", nor "a group"); -1 for any other. */
int context_body_phrase(const char *text)
{
	static const char *const whole[] = { "regional body", "regional organization",
					     "regional organisation", "world body", "organization",
					     "organisation", NULL };
	static const char *const last[] = { "bloc", "alliance", "grouping", NULL };
	static const char *const armed[] = {
		"group", "militant group", "armed group", "terrorist group", "terror group",
		"extremist group", "jihadist group", "separatist group", "insurgent group",
		"rebel group", "militant organization", "terrorist organization",
		"militant outfit", "outfit", "militants", "rebels", "insurgents", "terrorists",
		"jihadists", "separatists", "extremists", "militia", "rebel movement", NULL };
	if (!text || strncasecmp(text, "the ", 4))
		return -1;
	text += 4;
	if (one_of(text, strlen(text), armed))
		return CTX_ARMED;
	const char *of = strstr(text, " of ");
	size_t n = of ? (size_t)(of - text) : strlen(text), words = 1;
	for (size_t i = 0; i < n; i++)
		words += text[i] == ' ';
	if (one_of(text, n, whole))
		return CTX_IGO;
	for (int k = 0; last[k] && words <= 3; k++) {
		size_t m = strlen(last[k]);
		if (n >= m && !strncasecmp(text + n - m, last[k], m) &&
		    (n == m || text[n - m - 1] == ' ' || text[n - m - 1] == '-'))
			return CTX_IGO;
	}
	return -1;
}

/* 1 when text is a bare council: "the council", "council members", "the council members",
 * "members of the council" (any case; the first three up to " of ", as the phrase may run on
 * into the event's noun: "accused the council of bias"), not "the city council": a council a
 * story names so is an organ of the international body it is about. */
int context_council_phrase(const char *text)
{
	static const char *const bare[] = { "the council", "council members",
					    "the council members", "members of the council", NULL };
	if (!text)
		return 0;
	const char *of = strstr(text, " of ");
	return one_of(text, strlen(text), bare) ||
	       (of && one_of(text, (size_t)(of - text), bare));
}

/* The code a bare council takes in a story about body: a U.N. agency's story
 * (IGOUNOKID, UNICEF) means the U.N.'s own council (the Security Council, the Human Rights
 * Council: IGOUNO), as no agency has one; any other body's council is that body's. */
const char *context_council_code(const char *body)
{
	return strncmp(body, "IGOUNO", 6) ? body : "IGOUNO";
}

/* The story's body of a kind: named at least twice (an armed group: once, if no other was)
 * and twice as often as any other of its kind, and no other of its kind named in this
 * sentence; NULL when none (*times: how often). */
const char *context_story_body(coder_sent *S, int kind, int *times)
{
	coder_context *x = &S->c->ctx;
	int best = -1, second = 0;
	for (int k = 0; k < x->nbody[kind]; k++) {
		int n = x->body_count[kind][k];
		if (best < 0 || n > x->body_count[kind][best]) {
			second = best >= 0 ? x->body_count[kind][best] : 0;
			best = k;
		} else if (n > second) {
			second = n;
		}
	}
	/* an armed group named once is the story's when it is the only one ("The militant
	 * group al-Shabab claimed the attack. The group frequently conducts bombings") */
	int least = kind == CTX_ARMED && !second ? 1 : 2;
	if (best < 0 || x->body_count[kind][best] < least ||
	    x->body_count[kind][best] < 2 * second || each_body(S, x->body[kind][best]))
		return NULL;
	*times = x->body_count[kind][best];
	return x->body[kind][best];
}

void context_count_bodies(coder_sent *S)
{
	each_body(S, NULL);
}

/* 1 when an IGO code is an international court: the ICJ, the ICC, the Permanent Court of
 * Arbitration, or a body's judiciary ("IGOEUREECJUD"). */
static int court_code(const char *code)
{
	size_t n = strlen(code);
	return !strncmp(code, "IGO", 3) && (strstr(code, "ICJ") || strstr(code, "ICC") ||
					    strstr(code, "PCA") ||
					    (n >= 6 && !strcmp(code + n - 3, "JUD")));
}

/* The international court the story's earlier sentences named, when they named one and no
 * other, and this sentence names no other; NULL when none. */
const char *context_story_court(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	const char *court = NULL;
	for (int k = 0; k < x->nbody[CTX_IGO]; k++) {
		if (!court_code(x->body[CTX_IGO][k]))
			continue;
		if (court)
			return NULL;
		court = x->body[CTX_IGO][k];
	}
	for (int k = 0; court && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if (court_code(a->codes[j]) && strcmp(a->codes[j], court))
				return NULL;
	}
	return court;
}

/* 1 when text is a bare "the court", "the tribunal" (or its possessive: "the court's
 * president, Judge ..."), not "the court in Nairobi" nor "the Kenyan court". */
int context_court_phrase(const char *text)
{
	static const char *const bare[] = { "the court", "the tribunal", NULL };
	for (int k = 0; text && bare[k]; k++) {
		size_t n = strlen(bare[k]);
		if (strncasecmp(text, bare[k], n))
			continue;
		const char *r = text + n;
		if (!*r || *r == ',' || !strncmp(r, "'s", 2) || !strncmp(r, "\xe2\x80\x99s", 4))
			return 1;
	}
	return 0;
}
