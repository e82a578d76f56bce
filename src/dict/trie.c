/*
 * trie.c - every dictionary word as a path of bytes in one trie, built while the loader
 * interns phrases (dict_pseq_new, dict_entry_new, dict_entry_add). A word's id is the node its
 * last byte reaches; a first word that keys entries marks its node with the index slot. The
 * coder walks a token's bytes down the trie once: the nodes it passes are exactly the
 * dictionary words that are prefixes of the token (what match_word needs) and the first words
 * it may start. Invariant: node 0 is the root; an edge (parent, byte) is stored once; ids are
 * never reused and never change once loading is done.
 */
#include "dict/dict.h"
#include <stdlib.h>
#include <string.h>

static int grow_edges(dict_trie *t)
{
	uint32_t cap = t->ecap ? t->ecap * 2 : 1u << 14;
	dict_tedge *e = calloc(cap, sizeof *e);
	if (!e)
		return -1;
	for (uint32_t i = 0; i < t->ecap; i++) {
		if (!t->edges[i].key)
			continue;
		uint32_t k = dict_trie_hash(t->edges[i].key) & (cap - 1);
		while (e[k].key)
			k = (k + 1) & (cap - 1);
		e[k] = t->edges[i];
	}
	free(t->edges);
	t->edges = e;
	t->ecap = cap;
	return 0;
}

static int grow_nodes(dict_trie *t)
{
	uint32_t cap = t->ncap ? t->ncap * 2 : 1u << 12;
	uint32_t *s = realloc(t->slot, cap * sizeof *s);
	if (!s)
		return -1;
	memset(s + t->ncap, 0, (cap - t->ncap) * sizeof *s);
	t->slot = s;
	t->ncap = cap;
	return 0;
}

static uint32_t walk_add(dict_trie *t, const char *s, size_t n);

static int grow_words(dict_trie *t)
{
	uint32_t cap = t->wcap ? t->wcap * 2 : 1u << 14;
	dict_tword *w = calloc(cap, sizeof *w);
	if (!w)
		return -1;
	for (uint32_t i = 0; i < t->wcap; i++) {
		if (!t->words[i].s)
			continue;
		uint32_t k = t->words[i].h & (cap - 1);
		while (w[k].s)
			k = (k + 1) & (cap - 1);
		w[k] = t->words[i];
	}
	free(t->words);
	t->words = w;
	t->wcap = cap;
	return 0;
}

uint32_t dict_trie_add(dict_trie *t, const char *s, size_t n)
{
	if ((t->nwords + 1) * 2 > t->wcap && grow_words(t))
		return walk_add(t, s, n);
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	uint32_t k = h & (t->wcap - 1);
	for (; t->words[k].s; k = (k + 1) & (t->wcap - 1))
		if (t->words[k].h == h && t->words[k].n == n && !memcmp(t->words[k].s, s, n))
			return t->words[k].id;
	uint32_t id = walk_add(t, s, n);
	if (id) {
		t->words[k] = (dict_tword){ s, (uint32_t)n, h, id };
		t->nwords++;
	}
	return id;
}

/* dict_trie_add without the word table: the walk from the root, adding what is missing. */
static uint32_t walk_add(dict_trie *t, const char *s, size_t n)
{
	if (!t->nnodes) {   /* the root */
		if (grow_nodes(t))
			return 0;
		t->nnodes = 1;
	}
	uint32_t node = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!c || node >= DICT_TRIE_MAX_NODES)
			return 0;   /* no id: the coder treats the word as possibly present */
		uint32_t key = node << 8 | c;
		if ((t->nedges + 1) * 2 > t->ecap && grow_edges(t))
			return 0;
		uint32_t k = dict_trie_hash(key) & (t->ecap - 1);
		while (t->edges[k].key && t->edges[k].key != key)
			k = (k + 1) & (t->ecap - 1);
		if (t->edges[k].key) {
			node = t->edges[k].child;
			continue;
		}
		if (t->nnodes == t->ncap && grow_nodes(t))
			return 0;
		t->edges[k].key = key;
		t->edges[k].child = t->nnodes;
		t->nedges++;
		node = t->nnodes++;
	}
	return node;
}

void dict_trie_free(dict_trie *t)
{
	free(t->edges);
	free(t->slot);
	free(t->words);
	memset(t, 0, sizeof *t);
}

