/*
 * tagdict.c - the tag dictionary (src/parse): words seen often in training and almost
 * always with one tag get that tag without the tagger's scoring (it saves the tagger's
 * ~37 weight lookups on about half of the words of news text). Built by `khaldun train`
 * from the train files, stored in the model file, read-only once loaded.
 * Invariant: keys are the words' exact-form hashes (parse_word.form), never 0.
 */
#include "parse/parse.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
	uint64_t key;
	uint32_t n[PARSE_NTAGS];
} tcount;

struct parse_tagcount {
	tcount *c;
	size_t mask, used;
};

static size_t slot_of(uint64_t key, size_t mask)
{
	return (size_t)(key ^ key >> 29) & mask;
}

int parse_tagdict_init(parse_tagdict *d, size_t n)
{
	size_t slots = 64;
	while (slots < n * 2)
		slots *= 2;
	memset(d, 0, sizeof *d);
	d->key = calloc(slots, sizeof *d->key);
	d->tag = calloc(slots, 1);
	if (!d->key || !d->tag) {
		parse_tagdict_free(d);
		return -1;
	}
	d->mask = slots - 1;
	return 0;
}

int parse_tagdict_add(parse_tagdict *d, uint64_t key, int tag)
{
	if (!key || tag < 0 || tag >= PARSE_NTAGS || (d->n + 1) * 2 > d->mask + 1)
		return -1;
	size_t i = slot_of(key, d->mask);
	while (d->key[i] && d->key[i] != key)
		i = (i + 1) & d->mask;
	if (d->key[i])
		return -1;
	d->key[i] = key;
	d->tag[i] = (uint8_t)tag;
	d->n++;
	return 0;
}

int parse_tagdict_find(const parse_tagdict *d, uint64_t key)
{
	if (!d || !d->n)
		return -1;
	size_t i = slot_of(key, d->mask);
	while (d->key[i] && d->key[i] != key)
		i = (i + 1) & d->mask;
	return d->key[i] ? d->tag[i] : -1;
}

void parse_tagdict_free(parse_tagdict *d)
{
	free(d->key);
	free(d->tag);
	memset(d, 0, sizeof *d);
}

parse_tagcount *parse_tagcount_new(void)
{
	parse_tagcount *tc = calloc(1, sizeof *tc);
	if (tc && !(tc->c = calloc(1 << 16, sizeof *tc->c))) {
		free(tc);
		return NULL;
	}
	if (tc)
		tc->mask = (1 << 16) - 1;
	return tc;
}

static int grow(parse_tagcount *tc)
{
	size_t slots = (tc->mask + 1) * 2;
	tcount *c = calloc(slots, sizeof *c);
	if (!c)
		return -1;
	for (size_t i = 0; i <= tc->mask; i++) {
		if (!tc->c[i].key)
			continue;
		size_t j = slot_of(tc->c[i].key, slots - 1);
		while (c[j].key)
			j = (j + 1) & (slots - 1);
		c[j] = tc->c[i];
	}
	free(tc->c);
	tc->c = c;
	tc->mask = slots - 1;
	return 0;
}

int parse_tagcount_add(parse_tagcount *tc, uint64_t key, int tag)
{
	if (!key || tag < 0 || tag >= PARSE_NTAGS)
		return 0;
	if ((tc->used + 1) * 2 > tc->mask + 1 && grow(tc))
		return -1;
	size_t i = slot_of(key, tc->mask);
	while (tc->c[i].key && tc->c[i].key != key)
		i = (i + 1) & tc->mask;
	if (!tc->c[i].key) {
		tc->c[i].key = key;
		tc->used++;
	}
	tc->c[i].n[tag]++;
	return 0;
}

int parse_tagdict_from_counts(parse_tagdict *d, const parse_tagcount *tc, unsigned min_count,
			      double min_share)
{
	size_t keep = 0;
	for (int pass = 0; pass < 2; pass++) {   /* count, then fill */
		if (pass && parse_tagdict_init(d, keep))
			return -1;
		for (size_t i = 0; i <= tc->mask; i++) {
			const tcount *c = &tc->c[i];
			unsigned long all = 0;
			int best = 0;
			for (int t = 0; t < PARSE_NTAGS; t++) {
				all += c->n[t];
				if (c->n[t] > c->n[best])
					best = t;
			}
			if (!c->key || all < min_count || c->n[best] < min_share * (double)all)
				continue;
			if (!pass)
				keep++;
			else if (parse_tagdict_add(d, c->key, best))
				return -1;
		}
	}
	return 0;
}

void parse_tagcount_free(parse_tagcount *tc)
{
	if (tc)
		free(tc->c);
	free(tc);
}
