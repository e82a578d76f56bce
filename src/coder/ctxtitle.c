/*
 * ctxtitle.c - story context (context.c) for a definite description that repeats a title:
 * "A U.S. State Department spokesperson said ... the spokesperson said" is the one actor of
 * that title (agent) the story named before with a country or a body (USAGOV), not the
 * story's country. Keeps, after each sentence, the last word of each dictionary actor's
 * title and the actor's code; a title given to two codes is ambiguous and names nobody.
 * Invariant: reads the sentence and the coder's story state; changes only event sides of no
 * country ("---", or a bare agent "~GOV") and the kept titles.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The token of actor a's title (its agent's last word), or -1. */
static int title_token(const coder_sent *S, const coder_actor *a)
{
	int from = a->pos > 8 ? a->pos - 8 : 0;
	for (int i = from; i < S->nt && i <= a->end + 8; i++)
		if (S->t[i].ent == a->agent && S->t[i].end >= i && S->t[i].end < S->nt)
			return S->t[i].end;
	return -1;
}

/* 1 when t is a capitalised word no dictionary knows and no article ("Kurdish"). */
static int plain_cap(const coder_tok *t)
{
	return t->cap && t->cls == C_WORD && !t->ent && t->actor < 0 && t->type != TY_DET;
}

/* headnoun54: the title of "a senior commander of the Pakistani Taliban", "a spokesman for
 * the RSF", whose agent the actor's own words do not take: the last word of a singular agent
 * phrase ("a", "an" or "the" and at most two words before it) right before "of" or "for",
 * ["the"], at most two plain_cap words and the actor; -1 when none. "Officials of the
 * ministry" (no article) name several people, no one the story can come back to as "the
 * official". */
static int of_title_token(const coder_sent *S, const coder_actor *a)
{
	int j = a->pos - 1;
	for (int n = 0; n < 2 && j >= 0 && plain_cap(&S->t[j]); n++)
		j--;   /* "the leader of the Kurdish PKK" */
	if (j >= 0 && tok_is(&S->t[j], "THE"))
		j--;
	if (j < 1 || (!tok_is(&S->t[j], "OF") && !tok_is(&S->t[j], "FOR")))
		return -1;
	int h = j - 1;
	while (h >= 0 && h >= j - 3 && !(S->t[h].type == TY_AGENT && S->t[h].ent &&
					   S->t[h].end == j - 1))
		h--;
	if (h < 0 || h < j - 3)
		return -1;
	for (int d = h - 1; d >= 0 && d >= h - 3; d--) {
		const coder_tok *t = &S->t[d];
		if (tok_in(t, ARTICLES))
			return j - 1;
		if (t->cls != C_WORD || t->ent || t->actor >= 0)
			return -1;   /* "Iran's commander of ...": the possessive names the side */
	}
	return -1;
}

/* Keeps title word w (upper case, n bytes) with code. */
static void keep_title(coder_context *x, const char *w, int n, const char *code)
{
	if (n <= 0 || n >= (int)sizeof x->titles[0].word ||
	    strlen(code) >= sizeof x->titles[0].code)
		return;
	int j = 0;
	while (j < x->ntitles && (strlen(x->titles[j].word) != (size_t)n ||
				  memcmp(x->titles[j].word, w, (size_t)n)))
		j++;
	coder_title *t = &x->titles[j];
	if (j < x->ntitles) {
		t->ambiguous |= strcmp(t->code, code) != 0;
		return;
	}
	if (j == CONTEXT_TITLES)
		return;
	x->ntitles++;
	memcpy(t->word, w, (size_t)n);
	t->word[n] = 0;
	strcpy(t->code, code);
	t->ambiguous = 0;
}

void context_keep_titles(coder_sent *S)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->ncodes != 1 || a->pos < 0 ||
		    a->codes[0][0] == '~' || !strcmp(a->codes[0], "---"))
			continue;
		int i = a->agent ? title_token(S, a) : -1;
		if (i >= 0)
			keep_title(&S->c->ctx, S->t[i].s, S->t[i].n, a->codes[0]);
		int o = of_title_token(S, a);
		if (o >= 0 && o != i)
			keep_title(&S->c->ctx, S->t[o].s, S->t[o].n, a->codes[0]);
	}
}

/* The title a side's words repeat: "the spokesperson", "the chief prosecutor" (the whole
 * phrase: "the" and at most two lower-case words before the title; not "the U.N. envoy",
 * which names its body itself), ambiguous or not; NULL when none. */
static const coder_title *title_kept(const coder_context *x, const char *text)
{
	if (!text || strncasecmp(text, "the ", 4) || strstr(text, " and ") || strstr(text, " or "))
		return NULL;   /* "the neighborhood or people": two things */
	const char *w = text + 4, *last = w;
	int words = 0;
	for (const char *p = w; *p; p++) {
		if (*p == ' ') {
			last = p + 1;
			continue;
		}
		if (p == last && ++words > 3)
			return NULL;
		if (!islower((unsigned char)*p) && *p != '-')
			return NULL;
	}
	char up[24];
	size_t n = strlen(last);
	if (!n || n >= sizeof up)
		return NULL;
	for (size_t k = 0; k <= n; k++)
		up[k] = (char)toupper((unsigned char)last[k]);
	for (int j = 0; j < x->ntitles; j++)
		if (!strcmp(x->titles[j].word, up))
			return &x->titles[j];
	return NULL;
}

/* coref86: people who speak for a titled person ("lawyers for the journalist", "the family
 * of Moyo", "the journalist's lawyers") stand on that person's side. Copies the
 * person's words ("the journalist") into out (n bytes) and returns out; NULL when text is no
 * such phrase. Only a client's lawyers and kin: "supporters of the minister" may be anyone. */
const char *context_rep_person(const char *text, char *out, size_t n)
{
	static const char *const rep[] = { "lawyer", "lawyers", "attorney", "attorneys",
					   "family", "relatives", NULL };
	const char *w = text;
	if (!w)
		return NULL;
	if (!strncasecmp(w, "a ", 2) || !strncasecmp(w, "the ", 4) || !strncasecmp(w, "an ", 3))
		w = strchr(w, ' ') + 1;
	for (int k = 0; rep[k]; k++) {
		size_t m = strlen(rep[k]);
		if (strncasecmp(w, rep[k], m) || w[m] != ' ')
			continue;
		const char *p = w + m + 1;
		if (strncmp(p, "for ", 4) && strncmp(p, "of ", 3))
			return NULL;
		p = strchr(p, ' ') + 1;   /* "the journalist", "Moyo" */
		return strlen(p) < n ? strcpy(out, p) : NULL;
	}
	const char *s = strstr(text, "'s ");
	if (!s || strncasecmp(text, "the ", 4) || (size_t)(s - text) >= n)
		return NULL;
	for (int k = 0; rep[k]; k++)
		if (!strcmp(s + 3, rep[k])) {   /* "the journalist's lawyers" */
			memcpy(out, text, (size_t)(s - text));
			out[s - text] = 0;
			return out;
		}
	return NULL;
}

/* The one actor of the title a side's words repeat; NULL when none, or when the title
 * names two. */
static const coder_title *titled(const coder_context *x, const char *text)
{
	const coder_title *t = title_kept(x, text);
	return t && !t->ambiguous ? t : NULL;
}

/* 1 when a side's words repeat a title the story gave two actors ("The spokesperson" after
 * a Pakistani and an Afghan spokesperson): it names neither. */
int context_title_ambiguous(const coder_context *x, const char *text)
{
	const coder_title *t = title_kept(x, text);
	return t && t->ambiguous;
}

/* 1 when code names no country nor body: unknown, or a bare agent ("~GOV"). */
static int open_code(const char *code)
{
	return !strcmp(code, "---") || code[0] == '~';
}

/* story140: the owner "the newspaper" (copied into out, n bytes) of a side "the newspaper's
 * thinking" or "the newspaper's" (the coder's phrase may end at the possessive), a title's
 * possessive (either apostrophe) with the thing it owns; NULL when text opens otherwise. */
static const char *title_owner(const char *text, char *out, size_t n)
{
	if (!text || strncasecmp(text, "the ", 4))
		return NULL;
	for (int k = 0; POSS_MARKS[k]; k++) {
		const char *s = strstr(text, POSS_MARKS[k]);
		const char *after = s ? s + strlen(POSS_MARKS[k]) : NULL;
		if (s && (size_t)(s - text) < n && (!*after || *after == ' ')) {
			memcpy(out, text, (size_t)(s - text));
			out[s - text] = 0;
			return out;
		}
	}
	return NULL;
}

/* story140: the code of a side that is a thing owned by a titled actor ("He said the
 * newspaper's thinking is antiquated", after "The New York Times ... the newspaper": USAMED),
 * into out: a criticism of what the actor thinks, says or does is aimed at the actor. Only
 * when the side's own code is unknown or the bare agent of the title ("~MED" from
 * "newspaper"), not another agent the owner has ("the minister's aides", ~GOV); NULL when
 * none. */
static const char *owned_by_title(const coder_context *x, const char *code, const char *text,
				  char *out)
{
	char owner[64], cc[4];
	const coder_title *t = title_owner(text, owner, sizeof owner) ? titled(x, owner) : NULL;
	if (!t)
		return NULL;
	const char *role = actor_split(t->code, cc);
	if (strcmp(code, "---") && (!*role || strncmp(code + 1, role, 3)))
		return NULL;
	return strcpy(out, t->code);
}

/* The code a side of open code takes from a title its words repeat, into out (a title code's size):
 * the titled actor's code, or its country alone for the person's lawyers or kin (coref86:
 * "Lawyers for the journalist" ZWE), or the titled actor's code for a thing it owns
 * (owned_by_title); NULL when none. */
static const char *side_title(const coder_context *x, const char *code, const char *text,
			      char *out)
{
	char inner[64];
	if (!open_code(code) || !text)
		return NULL;
	const coder_title *t = titled(x, text);
	if (t)
		return strcpy(out, t->code);
	t = context_rep_person(text, inner, sizeof inner) ? titled(x, inner) : NULL;
	if (!t)
		return owned_by_title(x, code, text, out);
	actor_split(t->code, out);
	return out[0] ? out : NULL;
}

void context_titles(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	for (size_t i = 0; x->ntitles && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		char sb[sizeof x->titles[0].code], tb[sizeof x->titles[0].code];
		const char *s = side_title(x, e->source, e->source_text, sb);
		const char *t = side_title(x, e->target, e->target_text, tb);
		if (!s && !t)
			continue;
		char why[160];
		snprintf(why, sizeof why,
			 "\"%s\" repeats the title of the one actor so named before "
			 "in the story (%s)", s ? e->source_text : e->target_text, s ? s : t);
		const char *sc = s ? arena_strdup(&S->c->scratch, s) : NULL;
		const char *tc = t ? arena_strdup(&S->c->scratch, t) : NULL;
		context_set_sides(S, e, sc, tc, why);
	}
}
