/*
 * trie.c - every dictionary word as a path of bytes in one trie, built while the loader
 * interns phrases (dict_pseq_new, dict_entry_new, dict_entry_add). A word's id is the node its
 * last byte reaches; a first word that keys entries marks its node with the index slot. The
 * coder walks a token's bytes down the trie once: the nodes it passes are exactly the
 * dictionary words that are prefixes of the token (what match_word needs) and the first words
 * it may start. The root's children are a table by byte; every other edge (parent, byte) is one
 * 8-byte entry of an open-addressing table. Invariant: node 0 is the root; an edge is stored
 * once; ids are never reused and never change once loading is done.
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
		uint32_t k = dict_trie_hash(t->edges[i].key) & (cap - 1);
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


/* Moves the nodes' slots into a fresh zeroed array of cap (not realloc and memset: pages that
 * are touched once, faulted in together). 0, or -1 when out of memory. */
static int grow_slots_to(dict_trie *t, uint32_t cap)
{
	uint32_t *s = pages_zero((size_t)cap * sizeof *s);
	if (!s)
		return -1;
	if (t->nnodes)
		memcpy(s, t->slot, (size_t)t->nnodes * sizeof *s);
	pages_free(t->slot, (size_t)t->ncap * sizeof *t->slot);
	t->slot = s;
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

/* A new node (its slot cleared), or 0 when memory or the node ceiling runs out. */
static uint32_t new_node(dict_trie *t)
{
	if (t->nnodes >= DICT_TRIE_MAX_NODES)
		return 0;
	if (t->nnodes == t->ncap && grow_slots_to(t, t->ncap ? t->ncap * 2 : 1u << 12))
		return 0;
	return t->nnodes++;
}

/* The child of node (not the root) by byte c, added when missing; 0 when it cannot be. */
static uint32_t edge_add(dict_trie *t, uint32_t node, unsigned char c)
{
	uint32_t key = node << 8 | c;
	uint32_t k = 0;
	if (t->ecap) {
		k = dict_trie_hash(key) & (t->ecap - 1);
		for (; t->edges[k].key; k = (k + 1) & (t->ecap - 1))
			if (t->edges[k].key == key)
				return t->edges[k].child;
	}
	if ((t->nedges + 1) * 2 > t->ecap) {   /* grown before it is half full */
		if (grow_edges(t))
			return 0;
		k = dict_trie_hash(key) & (t->ecap - 1);
		while (t->edges[k].key)
			k = (k + 1) & (t->ecap - 1);
	}
	uint32_t child = new_node(t);
	if (!child)
		return 0;
	t->edges[k].key = key;
	t->edges[k].child = child;
	t->nedges++;
	return child;
}

uint32_t dict_trie_step(dict_trie *t, uint32_t node, unsigned char c)
{
	if (!t->nnodes) {   /* the root: node 0 */
		new_node(t);
		if (!t->nnodes)
			return 0;
	}
	uint32_t child = node ? edge_add(t, node, c) : t->root[c];
	if (!node && !child && (child = new_node(t)))
		t->root[c] = child;
	return child;
}

uint32_t dict_trie_add(dict_trie *t, const char *s, size_t n)
{
	if (!t->nnodes) {   /* the root: node 0 */
		new_node(t);
		if (!t->nnodes)
			return 0;
	}
	uint32_t node = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!c)
			return 0;   /* no id: the coder treats the word as possibly present */
		uint32_t child = node ? edge_add(t, node, c) : t->root[c];
		if (!node && !child && (child = new_node(t)))
			t->root[c] = child;
		if (!child)
			return 0;
		node = child;
	}
	return node;
}

void dict_trie_free(dict_trie *t)
{
	pages_free(t->edges, (size_t)t->ecap * sizeof *t->edges);
	pages_free(t->slot, (size_t)t->ncap * sizeof *t->slot);
	memset(t, 0, sizeof *t);
}
