/*
 * print.c - a story's duplicate fingerprints (khaldun_story_print: the normalised-text hash and
 * the MinHash signature with its LSH bands, dedup.c) computed apart from the store, so that
 * `ingest -j N` computes them on the coding threads, and the put that takes them.
 * Invariant: a print is pure computation over the story's text (no database, no shared state);
 * khaldun_store_put_printed stores exactly what khaldun_store_put stores.
 */
#include "khaldun.h"
#include "store/store.h"
#include "store/pg.h"
#include "store/dedup.h"
#include <stdlib.h>

struct khaldun_story_print {
	dedup_print p;
	int ok;                 /* computed for the story last given */
};

int khaldun_story_print_new(khaldun_story_print **out)
{
	*out = calloc(1, sizeof **out);
	return *out ? KHALDUN_OK : KHALDUN_ERR_NOMEM;
}

void khaldun_story_print_free(khaldun_story_print *p)
{
	free(p);
}

int khaldun_story_print_compute(khaldun_story_print *p, const khaldun_story *st)
{
	if (!p)
		return KHALDUN_ERR_ARG;
	p->ok = 0;
	if (!st || !st->text)
		return KHALDUN_ERR_ARG;
	if (dedup_compute(st->text, st->text_len, &p->p))
		return KHALDUN_ERR_NOMEM;
	p->ok = 1;
	return KHALDUN_OK;
}

int khaldun_store_put_printed(khaldun_store *s, const khaldun_story *st,
			      const khaldun_batch *batch, const khaldun_story_print *p,
			      khaldun_ingest_result *res)
{
	if (!s || s->pg || !p || !p->ok || !st || !st->id || !st->text || !batch || !res)
		return khaldun_store_put(s, st, batch, res);   /* checks, or computes its own */
	store_parts pt = { khaldun_batch_date(batch), NULL, 0, NULL };
	pt.n_sents = khaldun_batch_sentences(batch, &pt.sents);
	khaldun_batch_events(batch, &pt.events);
	return store_put_print(s, st, &pt, &p->p, res);
}
