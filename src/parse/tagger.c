/*
 * tagger.c - greedy left-to-right averaged-perceptron UPOS tagger (src/parse). Features: the
 * word, its lower case, shape, prefixes 1-3 and suffixes 1-4, the neighbouring words (two
 * each side) and the two previous predicted tags.
 * Invariant: tagging word i reads only words and the tags already predicted left of it, so
 * training and tagging see the same features. A caller's tag constraint (fixed) takes the
 * place of the prediction: the words after it read it as their previous tag.
 */
#include "parse/parse.h"
#include <string.h>

#define NOTAG (PARSE_NTAGS + 1)   /* before the sentence */
#define NOWORD 0x9ae16a3b2f90404fULL

size_t parse_tag_features(const parse_word *w, size_t n, size_t i, int p1, int p2,
			  uint64_t *k)
{
	const parse_word *c = &w[i];
	uint64_t l1 = i > 0 ? w[i - 1].lower : NOWORD, l2 = i > 1 ? w[i - 2].lower : NOWORD;
	uint64_t r1 = i + 1 < n ? w[i + 1].lower : NOWORD, r2 = i + 2 < n ? w[i + 2].lower : NOWORD;
	uint64_t s1 = i > 0 ? w[i - 1].suf[2] : 0, sr = i + 1 < n ? w[i + 1].suf[2] : 0;
	uint64_t h1 = i > 0 ? w[i - 1].shape : 0, hr = i + 1 < n ? w[i + 1].shape : 0;
	size_t m = 0;
	k[m++] = percep_key(1, 0, 0, 0);
	k[m++] = percep_key(2, c->lower, 0, 0);
	k[m++] = percep_key(3, c->form, 0, 0);
	for (int j = 0; j < 4; j++)
		k[m++] = percep_key(4 + j, c->suf[j], 0, 0);
	for (int j = 0; j < 3; j++)
		k[m++] = percep_key(8 + j, c->pre[j], 0, 0);
	k[m++] = percep_key(11, c->shape, 0, 0);
	k[m++] = percep_key(12, c->flags, i == 0, 0);
	k[m++] = percep_key(13, (uint64_t)p1, 0, 0);
	k[m++] = percep_key(14, (uint64_t)p1, (uint64_t)p2, 0);
	k[m++] = percep_key(15, (uint64_t)p1, c->lower, 0);
	k[m++] = percep_key(16, l1, 0, 0);
	k[m++] = percep_key(17, s1, 0, 0);
	k[m++] = percep_key(18, l2, 0, 0);
	k[m++] = percep_key(19, r1, 0, 0);
	k[m++] = percep_key(20, sr, 0, 0);
	k[m++] = percep_key(21, r2, 0, 0);
	k[m++] = percep_key(22, h1, c->shape, hr);
	k[m++] = percep_key(23, c->lower, r1, 0);
	k[m++] = percep_key(24, l1, c->lower, 0);
	k[m++] = percep_key(25, (uint64_t)p1, c->suf[2], 0);
	k[m++] = percep_key(26, c->suf[1], r1, 0);
	k[m++] = percep_key(27, (uint64_t)p1, r1, 0);
	k[m++] = percep_key(28, (uint64_t)p2, c->lower, 0);
	k[m++] = percep_key(29, l1, c->suf[2], 0);
	k[m++] = percep_key(30, c->lower, sr, 0);
	k[m++] = percep_key(31, c->pre[3], 0, 0);
	k[m++] = percep_key(32, c->suf[4], 0, 0);
	k[m++] = percep_key(33, r1, r2, 0);
	k[m++] = percep_key(34, l1, r1, 0);
	k[m++] = percep_key(35, c->lower, hr, 0);
	k[m++] = percep_key(36, (uint64_t)p1, c->shape, 0);
	k[m++] = percep_key(37, (uint64_t)p1, (uint64_t)p2, c->suf[2]);
	return m;
}

static int best(const float *s)
{
	int b = 0;
	for (int c = 1; c < PARSE_NTAGS; c++)
		if (s[c] > s[b])
			b = c;
	return b;
}

/* Every tag may be chosen (percep_best's ok: 1 for each tag, 0 past them). */
_Static_assert(PARSE_NTAGS == 17, "one 1 a tag below");
static const unsigned char ANY_TAG[PERCEP_ROOM(PARSE_NTAGS)] = { 1, 1, 1, 1, 1, 1, 1, 1, 1,
								  1, 1, 1, 1, 1, 1, 1, 1 };

void parse_tag(const percep *p, const parse_tagdict *d, const parse_word *w, size_t n,
	       const int8_t *fixed, uint8_t *tags)
{
	uint64_t keys[64];
	int p1 = NOTAG, p2 = NOTAG;
	for (size_t i = 0; i < n; i++) {
		int t = fixed && fixed[i] >= 0 ? fixed[i] : parse_tagdict_find(d, w[i].form);
		if (t < 0) {   /* the first best tag, as best() would choose from the scores */
			size_t nk = parse_tag_features(w, n, i, p1, p2, keys);
			t = percep_best(p, keys, nk, ANY_TAG, ~(uint64_t)0, NULL);
		}
		tags[i] = (uint8_t)t;
		p2 = p1;
		p1 = tags[i];
	}
}

int parse_tag_train(percep *p, const parse_word *w, const uint8_t *gold, size_t n,
		    uint8_t *pred)
{
	uint64_t keys[64];
	int p1 = NOTAG, p2 = NOTAG, right = 0;
	for (size_t i = 0; i < n; i++) {
		float s[PERCEP_ROOM(PARSE_NTAGS)] = { 0 };
		size_t nk = parse_tag_features(w, n, i, p1, p2, keys);
		percep_score(p, keys, nk, s);
		int g = best(s);
		if (percep_update(p, keys, nk, gold[i], g))
			return -1;
		right += g == gold[i];
		if (pred)
			pred[i] = (uint8_t)g;
		p2 = p1;
		p1 = g;
	}
	return right;
}
