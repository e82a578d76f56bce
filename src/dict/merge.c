/*
 * merge.c - a run of dictionary files loaded on a second thread, into a sub-dictionary of its
 * own (dict_sub_new: its own arena, word trie and held diagnostics), then merged into the main
 * dictionary after the files before it (project.c runs both). Invariant: the merged dictionary
 * is the one a single thread would have built: its new words get trie nodes in the order of
 * their first use, its entries the next numbers and index places, its diagnostics are reported
 * after the main thread's, in their order.
 */
#include "dict/dict.h"
#include "base/buf.h"
#include <stdlib.h>
#include <string.h>

/* A diagnostic of the sub-dictionary, kept until the merge reports it. */
typedef struct {
	khaldun_severity sev;
	long line, col;
	char *msg, *file, *text;   /* one malloc'd block, from msg */
	size_t text_len;
} held_diag;

typedef struct {
	held_diag *v;
	size_t n, cap;
	int lost;   /* one could not be kept: the part cannot be merged */
} held_list;

/* The sub-dictionary's diag callback (on its thread): copies the message, file and line. */
static void hold(void *ctx, const khaldun_diag *dg)
{
	held_list *h = ctx;
	if (buf_grow_array(&h->v, &h->cap, h->n, sizeof *h->v, 64)) {
		h->lost = 1;
		return;
	}
	size_t fl = dg->file ? strlen(dg->file) + 1 : 0, ml = strlen(dg->message) + 1;
	char *b = malloc(ml + fl + dg->text_len + 1);
	if (!b) {
		h->lost = 1;
		return;
	}
	held_diag *x = &h->v[h->n++];
	x->sev = dg->severity;
	x->line = dg->line;
	x->col = dg->column;
	x->msg = memcpy(b, dg->message, ml);
	x->file = dg->file ? memcpy(b + ml, dg->file, fl) : NULL;
	x->text = dg->text ? memcpy(b + ml + fl, dg->text, dg->text_len) : NULL;
	x->text_len = dg->text ? dg->text_len : 0;
}

khaldun_dict *dict_sub_new(const khaldun_dict *d)
{
	held_list *h = calloc(1, sizeof *h);
	khaldun_dict *s = h ? dict_new(hold, h) : NULL;
	if (!s) {
		free(h);
		return NULL;
	}
	s->line_max = d->line_max;
	s->sub = 1;
	return s;
}

void dict_sub_free(khaldun_dict *s)
{
	if (!s)
		return;
	held_list *h = s->diag.ctx;
	for (size_t i = 0; h && i < h->n; i++)
		free(h->v[i].msg);
	if (h)
		free(h->v);
	free(h);
	free(s->synsets);   /* the synsets' members are in the arena */
	s->synsets = NULL;
	khaldun_dict_free(s);
}

/* A sub-dictionary's word id as the main dictionary's: map[] by its node; others unchanged. */
static uint32_t remap(const uint32_t *map, uint32_t n, uint32_t id)
{
	if (!(id & DICT_SUB_ID))
		return id;
	id &= ~DICT_SUB_ID;
	return id < n ? map[id] : 0;
}

/* Renumbers the word ids of v[0, k) and of their { ... } options (a synset's members are
 * renumbered once, with the synset). Renumbering twice changes nothing. */
static void remap_pels(const uint32_t *map, uint32_t n, const dict_pel *v, int k, int depth)
{
	for (int i = 0; i < k; i++) {
		dict_pel *e = (dict_pel *)&v[i];
		e->id = remap(map, n, e->id);
		if (e->kind == PEL_ALT && depth < 4)
			for (int o = 0; o < e->nopts; o++)
				remap_pels(map, n, e->opts[o].e, e->opts[o].n, depth + 1);
	}
}

/* map[l]: the main trie's node for the sub-trie's node l, added when missing, in the order of
 * the sub-trie's nodes (the order of their first use: a parent before its children), so the
 * new nodes get the numbers a single thread would have given them. NULL when out of memory. */
static uint32_t *map_nodes(khaldun_dict *d, const dict_trie *t)
{
	uint32_t n = t->nnodes;
	uint32_t *map = malloc((size_t)(n ? n : 1) * 2 * sizeof *map);
	unsigned char *byte = malloc(n ? n : 1);
	if (!map || !byte) {
		free(map);
		free(byte);
		return NULL;
	}
	uint32_t *par = map + n;
	memset(par, 0, (size_t)n * sizeof *par);
	memset(byte, 0, n ? n : 1);
	for (int c = 0; c < 256; c++)
		if (t->root[c] && t->root[c] < n)
			byte[t->root[c]] = (unsigned char)c;
	for (uint32_t i = 0; i < t->ecap; i++) {
		uint32_t key = t->edges[i].key, ch = t->edges[i].child;
		if (key && ch < n) {
			par[ch] = key >> 8;
			byte[ch] = (unsigned char)(key & 255);
		}
	}
	if (n)
		map[0] = 0;
	dict_trie *m = &d->trie;
	for (uint32_t l = 1; l < n; l++) {
		/* a node's bucket in the main trie is known from its prefix hash (the same bytes,
		 * the same hash): fetched DICT_TRIE_AHEAD nodes before it is stepped to */
		if (l + DICT_TRIE_AHEAD < n && m->ecap)
			__builtin_prefetch(&m->edges[dict_trie_place(t->hash[l + DICT_TRIE_AHEAD]) &
						     (m->ecap - 1)]);
		uint32_t p = par[l] < l ? map[par[l]] : 0;
		map[l] = p || !par[l] ? dict_trie_step(m, p, byte[l], t->hash[l]) : 0;
	}
	free(byte);
	return map;
}

/* Room in d for s's synsets, made before the merge changes anything (so that running out of
 * memory leaves d as it was and the caller loads the part again). Returns 0 or -1. */
static int reserve_synsets(khaldun_dict *d, const khaldun_dict *s)
{
	size_t need = (size_t)d->nsynsets + (size_t)s->nsynsets;
	return buf_reserve_array(&d->synsets, &d->capsynsets, need, sizeof *d->synsets, 16);
}

/* Appends s's synsets (their members already renumbered) to d's, in the room
 * reserve_synsets made. */
static void move_synsets(khaldun_dict *d, khaldun_dict *s)
{
	if (!s->nsynsets)
		return;
	memcpy(d->synsets + d->nsynsets, s->synsets, (size_t)s->nsynsets * sizeof *s->synsets);
	d->nsynsets += s->nsynsets;
	free(s->synsets);
	s->synsets = NULL;
	s->nsynsets = 0;
}

/* Renumbers the words of every entry, pattern and synset member of s into d's trie. */
static void remap_all(khaldun_dict *s, const uint32_t *map)
{
	uint32_t n = s->trie.nnodes;
	for (uint32_t i = 0; i < s->npending; i++)
		remap_pels(map, n, s->pending[i]->words.e, s->pending[i]->words.n, 0);
	for (uint32_t i = 0; i < s->nroots; i++) {
		dict_verb_root *r = s->roots[i];
		for (int k = 0; k < r->npats; k++) {
			remap_pels(map, n, r->pats[k].upper.e, r->pats[k].upper.n, 0);
			remap_pels(map, n, r->pats[k].lower.e, r->pats[k].lower.n, 0);
			if (r->keys)
				r->keys[k] = remap(map, n, r->keys[k]);
		}
	}
	for (int i = 0; i < s->nsynsets; i++)
		for (int k = 0; k < s->synsets[i].n; k++)
			remap_pels(map, n, s->synsets[i].members[k].e, s->synsets[i].members[k].n,
				0);
}

int dict_merge(khaldun_dict *d, khaldun_dict *s)
{
	held_list *h = s->diag.ctx;
	if (s->sub_lost || h->lost || reserve_synsets(d, s))
		return -1;
	uint32_t *map = map_nodes(d, &s->trie);
	if (!map)
		return -1;
	for (size_t i = 0; i < h->n; i++) {
		held_diag *x = &h->v[i];
		diag_report(&d->diag, x->sev, x->file, x->line, x->col, x->text, x->text_len, "%s",
			    x->msg);
	}
	remap_all(s, map);
	free(map);
	for (uint32_t i = 0; i < s->npending; i++) {
		s->pending[i]->seq += d->nentries;
		/* out of memory: not indexed, as in one thread */
		dict_entry_index(d, s->pending[i]);
	}
	d->nentries += s->nentries;
	d->has_time |= s->has_time;
	d->has_attrib |= s->has_attrib;
	move_synsets(d, s);
	arena_adopt(&d->mem, &s->mem);
	dict_sub_free(s);
	return 0;
}
