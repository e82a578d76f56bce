/*
 * trie.c - every dictionary word as a path of bytes in one trie, built while the loader
 * interns phrases (dict_pseq_new, dict_entry_new, dict_entry_add). A word's id is the node its
 * last byte reaches; a first word that keys entries marks its node with the index slot. The
 * coder walks a token's bytes down the trie once: the nodes it passes are exactly the
 * dictionary words that are prefixes of the token (what match_word needs) and the first words
 * it may start. The root's children are a table by byte; every other edge (parent, byte) is one
 * 8-byte entry of an open-addressing table, placed by the hash of the child's whole prefix so
 * that a word's buckets are fetched together before the walk. Invariant: node 0 is the root;
 * an edge is stored once, at or after its prefix hash's bucket; ids are never reused and never
 * change once loading is done.
 */
#include "dict/dict.h"
#include "base/pages.h"
#include <stdlib.h>
#include <string.h>

/* Rehashes the edges into a table of cap entries (a power of two above twice the edges). The
 * table is probed at random while loading (production: 2 MB): fresh pages, huge ones when big. */
static int grow_edges_to(dict_trie *t, uint32_t cap)
{
	dict_tedge *e = pages_zero((size_t)cap * sizeof *e);
	if (!e)
		return -1;
	for (uint32_t i = 0; i < t->ecap; i++) {
		if (!t->edges[i].key)
			continue;
		uint32_t k = dict_trie_place(t->hash[t->edges[i].child]) & (cap - 1);
		while (e[k].key)
			k = (k + 1) & (cap - 1);
		e[k] = t->edges[i];
	}
	pages_free(t->edges, (size_t)t->ecap * sizeof *t->edges);
	t->edges = e;
	t->ecap = cap;
	return 0;
}

static int grow_edges(dict_trie *t)
{
	return grow_edges_to(t, t->ecap ? t->ecap * 2 : 1u << 14);
}

/* Moves the nodes' slots and hashes into one fresh zeroed block of cap of each (not realloc and
 * memset: pages that are touched once, faulted in together; one block, so that from 2^17
 * nodes it takes a huge page, not 256 small ones). 0, or -1 when out of memory. */
static int grow_slots_to(dict_trie *t, uint32_t cap)
{
	uint32_t *s = pages_zero((size_t)cap * 2 * sizeof *s);
	if (!s)
		return -1;
	if (t->nnodes) {
		memcpy(s, t->slot, (size_t)t->nnodes * sizeof *s);
		memcpy(s + cap, t->hash, (size_t)t->nnodes * sizeof *s);
	}
	pages_free(t->slot, (size_t)t->ncap * 2 * sizeof *s);
	t->slot = s;
	t->hash = s + cap;
	t->ncap = cap;
	return 0;
}

int dict_trie_reserve(dict_trie *t, uint32_t edges)
{
	if (edges >= DICT_TRIE_MAX_NODES)
		edges = DICT_TRIE_MAX_NODES;
	uint32_t cap = 1u << 14;
	while (cap < 2 * (edges + 1))
		cap *= 2;
	if (cap > t->ecap && grow_edges_to(t, cap))
		return -1;
	if (cap / 2 > t->ncap && grow_slots_to(t, cap / 2))   /* about one node an edge */
		return -1;
	return 0;
}

/* A new node of prefix hash h (its slot cleared), or 0 when memory or the node ceiling runs
 * out. */
static uint32_t new_node(dict_trie *t, uint32_t h)
{
	if (t->nnodes >= DICT_TRIE_MAX_NODES)
		return 0;
	if (t->nnodes == t->ncap && grow_slots_to(t, t->ncap ? t->ncap * 2 : 1u << 12))
		return 0;
	t->hash[t->nnodes] = h;
	return t->nnodes++;
}

/* The child of node (not the root) by byte c, of prefix hash h, added when missing; 0 when
 * it cannot be. */
static uint32_t edge_add(dict_trie *t, uint32_t node, unsigned char c, uint32_t h)
{
	uint32_t key = node << 8 | c;
	uint32_t k = 0;
	if (t->ecap) {
		k = dict_trie_place(h) & (t->ecap - 1);
		for (; t->edges[k].key; k = (k + 1) & (t->ecap - 1))
			if (t->edges[k].key == key)
				return t->edges[k].child;
	}
	if ((t->nedges + 1) * 2 > t->ecap) {   /* grown before it is half full */
		if (grow_edges(t))
			return 0;
		k = dict_trie_place(h) & (t->ecap - 1);
		while (t->edges[k].key)
			k = (k + 1) & (t->ecap - 1);
	}
	uint32_t child = new_node(t, h);
	if (!child)
		return 0;
	t->edges[k].key = key;
	t->edges[k].child = child;
	t->nedges++;
	return child;
}

/* Node 0, the root, made on first use: 0, or -1 when out of memory. */
static int have_root(dict_trie *t)
{
	if (!t->nnodes)
		new_node(t, DICT_TRIE_SEED);
	return t->nnodes ? 0 : -1;
}

static uint32_t step(dict_trie *t, uint32_t node, unsigned char c, uint32_t h)
{
	uint32_t child = node ? edge_add(t, node, c, h) : t->root[c];
	if (!node && !child && (child = new_node(t, h)))
		t->root[c] = child;
	return child;
}

uint32_t dict_trie_step(dict_trie *t, uint32_t node, unsigned char c, uint32_t h)
{
	return have_root(t) ? 0 : step(t, node, c, h);
}

/* The word's buckets are fetched DICT_TRIE_AHEAD at a time before the walk reaches them. */
uint32_t dict_trie_add(dict_trie *t, const char *s, size_t n)
{
	if (have_root(t))
		return 0;
	const unsigned char *w = (const unsigned char *)s;
	uint32_t node = 0, h[DICT_TRIE_AHEAD], h0 = DICT_TRIE_SEED;
	for (size_t i = 0; i < n;) {
		size_t m = dict_trie_prefetch(t, w + i, n - i, h0, h);
		for (size_t j = 0; j < m; j++, i++) {
			if (!w[i])
				/* no id: the coder treats the word as possibly present */
				return 0;
			node = step(t, node, w[i], h[j]);
			if (!node)
				return 0;
		}
		h0 = h[m - 1];
	}
	return node;
}

void dict_trie_free(dict_trie *t)
{
	pages_free(t->edges, (size_t)t->ecap * sizeof *t->edges);
	pages_free(t->slot, (size_t)t->ncap * 2 * sizeof *t->slot);   /* and the hashes */
	memset(t, 0, sizeof *t);
}
