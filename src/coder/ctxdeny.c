/*
 * ctxdeny.c - story context (context.c): a denial answers its accuser. "Russia accused
 * Ukraine of attacking a nuclear plant. Kyiv denied the accusation." The second sentence's
 * denial names no other side, yet English points "the accusation" back to the one the story
 * told: its target is the accuser (RUS). So for "dismissed the allegation as baseless" and
 * for a rejection of such words ("The opposition rejected the claims": CAMEO 120, a denial
 * when the story accused the rejecter: 016). Invariant: changes only events whose verb's
 * object is an accusation noun, with no target of their own, answering an accusation the
 * story made against the same side; notes why in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The nouns that name an accusation as the thing denied or rejected. "claims" and "reports"
 * name other things too (a territory's claims, news reports): a rejection of them is a
 * denial only when the story accused the rejecter, which the rule asks anyway. */
static const char *const charge_nouns[] = { "accusation", "accusations", "allegation",
	"allegations", "claim", "claims", "charge", "charges", "report", "reports", NULL };
/* The words that end the verb's object before its noun could come: a clause or a phrase
 * of another role ("rejected calls to answer the charges"). */
static const char *const object_ends[] = { "to", "as", "that", "which", "and", "by", "for",
	"from", "with", "after", "over", "on", "in", "at", NULL };

static int word_is(const char *w, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == n && !strncasecmp(w, list[k], n))
			return 1;
	return 0;
}

/* 1 when one of the four words after the event's verb, before any punctuation or a word
 * that ends its object, is an accusation noun ("denied the accusation", "dismissed the
 * latest allegations", "rejected the claims"); not "rejected the proposal". */
static int denies_charge(const coder_sent *S, const khaldun_event *e)
{
	const char *s = S->c->sentence.p, *v = e->verb_text;
	if (!s || !v || !*v)
		return 0;
	size_t vn = strlen(v);
	const char *p = s;
	while ((p = strchr(p, *v)) && strncasecmp(p, v, vn))
		p++;
	if (!p)
		return 0;
	p += vn;
	for (int k = 0; k < 4; k++) {
		while (*p == ' ')
			p++;
		const char *w = p;
		while (isalpha((unsigned char)*p) || *p == '-' || *p == '\'')
			p++;
		size_t n = (size_t)(p - w);
		if (!n || word_is(w, n, object_ends))
			return 0;
		if (word_is(w, n, charge_nouns))
			return 1;
	}
	return 0;
}

/* 1 when the code is an accusation or a complaint against its target: criticism (111), an
 * accusation (112x), an official complaint (114), a lawsuit (115), a verdict (116); not a
 * rally against someone (113). */
static int charge_code(const char *code)
{
	return code && code[0] == '1' && code[1] == '1' && code[2] >= '1' && code[2] <= '6' &&
	       code[2] != '3';
}

/* 1 when the code is a denial (016x) or a rejection (12x). */
static int answer_code(const char *code)
{
	return code && ((code[0] == '0' && code[1] == '1' && code[2] == '6') ||
			(code[0] == '1' && code[1] == '2'));
}

/* The side the story accused that the denier d is, as the accusation coded it ("KENOPP" for
 * the bare "~OPP" when that accusation was against Kenya's opposition), or NULL: the same
 * code, the same country, or the same bare role. */
static const char *accused_as(const char *accused, const char *d)
{
	char ac[4], dc[4];
	const char *ar = actor_split(accused, ac);
	actor_split(d, dc);
	if (!strcmp(accused, d) || (ac[0] && dc[0] && !strcmp(ac, dc)))
		return d;
	if (d[0] == '~' && ac[0] && *ar && !strncmp(ar, d + 1, 3))
		return accused;
	return NULL;
}

/* A denial or rejection of an accusation noun with no target of its own takes as target the
 * accuser of the story's last accusation against the denier, and the denier the accused's
 * code when it was a bare role; a rejection so becomes a denial (016). */
void context_denials(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; x->naccuse && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		if (!answer_code(e->code) || strcmp(e->target, "---") ||
		    !strcmp(e->source, "---") || !denies_charge(S, e))
			continue;
		for (int k = x->naccuse - 1; k >= 0; k--) {
			const char *d = accused_as(x->accused[k], e->source);
			if (!d || !strcmp(d, x->accuser[k]))
				continue;   /* not this one's target, or the accuser itself */
			const char *s = d == e->source ? NULL : arena_strdup(&S->c->scratch, d);
			const char *t = arena_strdup(&S->c->scratch, x->accuser[k]);
			if (!t || (d != e->source && !s))
				break;
			char why[160];
			snprintf(why, sizeof why, "the accuser %s of the story's accusation "
				 "against %s, which the %s answers", x->accuser[k],
				 x->accused[k], e->code[0] == '1' ?
				 "rejection (so a denial, 016)" : "denial");
			if (e->code[0] == '1')
				e->code = "016";
			context_set_sides(S, e, s, t, why);
			break;
		}
	}
}

/* After a sentence: its accusations between two known sides, the newest last. */
void context_keep_accusations(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		if (!charge_code(e->code) || !strcmp(e->source, "---") ||
		    !strcmp(e->target, "---") || strlen(e->source) >= sizeof x->accuser[0] ||
		    strlen(e->target) >= sizeof x->accused[0])
			continue;
		if (x->naccuse == CONTEXT_ACCUSATIONS) {
			size_t n = sizeof x->accuser - sizeof x->accuser[0];
			memmove(x->accuser[0], x->accuser[1], n);
			memmove(x->accused[0], x->accused[1], n);
			x->naccuse--;
		}
		strcpy(x->accuser[x->naccuse], e->source);
		strcpy(x->accused[x->naccuse], e->target);
		x->naccuse++;
	}
}
