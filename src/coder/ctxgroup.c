/*
 * ctxgroup.c - group phrases that name their members, after a sentence is coded (our
 * dictionaries only, as context.c): "Central European populist leaders, such as Hungarian
 * Prime Minister Viktor Orban" is Orban's side (HUNGOV), not the region (CEU); "Western
 * governments, including Germany" is DEU. Any sentence, alone or in a story.
 * Invariant: moves only a side with no country of its own (---, a bare agent ~XXX, or a
 * CAMEO region such as CEU, EUR, WST) to the member's code, and notes it in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include "cameo/tables.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int row_cmp(const void *key, const void *row)
{
	return memcmp(key, ((const cameo_country_row *)row)->code, 3);
}

/* 1 when code has no country of its own: ---, a bare agent ("~GOV"), or a region's code. */
static int no_country(const char *code)
{
	char cc[4];
	if (!code || !strcmp(code, "---") || code[0] == '~')
		return 1;
	actor_split(code, cc);
	if (!cc[0])
		return 0;   /* IGO, IMG ...: a body of its own */
	const cameo_country_row *r = bsearch(cc, cameo_country_rows, cameo_n_country_rows,
					     sizeof cameo_country_rows[0], row_cmp);
	return r && r->kind && !strcmp(r->kind, "region");
}

/* The code of the first live dictionary actor whose words lie inside the sentence's bytes
 * [from, to), with a country or an international body; NULL when none. */
static const char *actor_within(coder_sent *S, int from, int to)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->ncodes < 1 || a->pos < 0 || a->end >= S->nt)
			continue;   /* live or not: a comma clause inside the side's own phrase */
		const coder_tok *t0 = &S->t[a->pos], *t1 = &S->t[a->end];
		if (t0->ostart >= from && t1->ostart + t1->olen <= to &&
		    !no_country(a->codes[0]))
			return a->codes[0];
	}
	return NULL;
}

/* The member a group phrase names ("..., such as X", "..., including X", up to the next
 * comma): its code, or NULL. */
static const char *member_code(coder_sent *S, const char *text)
{
	static const char *const marker[] = { ", such as ", " such as ", ", including ", NULL };
	const char *m = NULL;
	int off = text ? sent_text_offset(S, text) : -1;
	if (off < 0)
		return NULL;
	size_t ml = 0;
	for (int k = 0; marker[k] && !m; k++)
		if ((m = strstr(text, marker[k])))
			ml = strlen(marker[k]);
	if (!m)
		return NULL;
	const char *from = m + ml, *end = text + strlen(text);
	const char *comma = strchr(from, ',');
	if (comma && comma < end)
		end = comma;
	return actor_within(S, off + (int)(from - text), off + (int)(end - text));
}

void context_members(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *s = no_country(e->source) ? member_code(S, e->source_text) : NULL;
		const char *t = no_country(e->target) ? member_code(S, e->target_text) : NULL;
		if (s || t)
			context_set_sides(S, e, s, t, "the member the group phrase names ('such as', "
					  "'including')");
	}
}
