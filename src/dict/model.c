/*
 * model.c - the dictionary model every format builds: entries (phrases with their codes and
 * origins) indexed by first word, synsets, verb roots with their patterns in the coder's order,
 * actor codes with date restrictions, and the files a project named. A loader (tabari.c; a
 * PETRARCH loader would be another) parses its syntax and calls these builders; coders and the
 * linter only read the result. Invariant: everything is interned in the dictionary's arena
 * (the index and file lists excepted) and never changes once loading is done.
 */
#include "dict/dict.h"
#include "base/buf.h"
#include "base/pages.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- the index */

static uint32_t hash_str(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of key k[0..n) whose hash_str is h: the key's, or the empty one it would take. */
static dict_slot *slot_find_h(const khaldun_dict *d, const char *k, size_t n, uint32_t h,
			      int *found)
{
	uint32_t i = h & (d->nslots - 1);
	for (;;) {
		dict_slot *sl = &d->slots[i];
		if (!sl->key) {
			*found = 0;
			return sl;
		}
		if (sl->hash == h && sl->keylen == n && !memcmp(sl->key, k, n)) {
			*found = 1;
			return sl;
		}
		i = (i + 1) & (d->nslots - 1);
	}
}

static dict_slot *slot_find(const khaldun_dict *d, const char *k, size_t n, int *found)
{
	return slot_find_h(d, k, n, hash_str(k, n), found);
}

static int index_grow(khaldun_dict *d)
{
	uint32_t n = d->nslots ? d->nslots * 2 : 4096;
	dict_slot *old = d->slots;
	uint32_t oldn = d->nslots;
	d->slots = pages_zero((size_t)n * sizeof *d->slots);
	if (!d->slots) {
		d->slots = old;
		return -1;
	}
	d->nslots = n;
	for (uint32_t i = 0; i < oldn; i++) {
		if (!old[i].key)
			continue;
		int found;
		dict_slot *sl = slot_find(d, old[i].key, old[i].keylen, &found);
		*sl = old[i];
		if (sl->node)
			d->trie.slot[sl->node] = (uint32_t)(sl - d->slots) + 1;
	}
	pages_free(old, (size_t)oldn * sizeof *old);
	return 0;
}

/* Adds e under its first word key[0, n), whose trie node is `node` when known (else 0). */
static int index_add(khaldun_dict *d, const char *key, size_t n, uint32_t node, dict_entry *e)
{
	if ((d->nused + 1) * 2 > d->nslots && index_grow(d))
		return -1;
	int found = 0;
	dict_slot *sl = NULL;
	if (node && d->trie.slot[node]) {   /* the word's node knows its slot: no hash */
		sl = &d->slots[d->trie.slot[node] - 1];
		found = 1;
	}
	uint32_t h = found ? 0 : hash_str(key, n);
	if (!found)
		sl = slot_find_h(d, key, n, h, &found);
	if (!found) {
		sl->key = key;   /* the first word's text: interned, never changed */
		sl->keylen = (uint32_t)n;
		sl->hash = h;
		sl->node = node ? node : dict_trie_add(&d->trie, key, n);
		if (sl->node)
			d->trie.slot[sl->node] = (uint32_t)(sl - d->slots) + 1;
		else
			d->trie.lost = 1;
		d->nused++;
	}
	if (sl->n == sl->cap) {   /* in the arena: the old vector is left there, unused */
		uint32_t cap = sl->cap ? sl->cap * 2 : 2;
		dict_entry **v = arena_alloc(&d->mem, cap * sizeof *v);
		uint32_t *sec = arena_alloc_raw(&d->mem, cap * sizeof *sec);
		if (!v || !sec)
			return -1;
		if (sl->n) {
			memcpy(v, sl->v, sl->n * sizeof *v);
			memcpy(sec, sl->second, sl->n * sizeof *sec);
		}
		sl->v = v;
		sl->second = sec;
		sl->cap = cap;
	}
	sl->second[sl->n] = e->words.n > 1 && e->words.e[1].kind == PEL_WORD ? e->words.e[1].id : 0;
	sl->v[sl->n++] = e;
	if ((int)n > d->max_word_chars)
		d->max_word_chars = (int)n;
	return 0;
}

void dict_candidates(const khaldun_dict *d, const char *tok, size_t len,
		     void (*fn)(void *ctx, const dict_entry *e), void *ctx)
{
	dict_candidates_in(d, tok, len, ~0ull, fn, ctx);
}

void dict_candidates_in(const khaldun_dict *d, const char *tok, size_t len, uint64_t have,
			void (*fn)(void *ctx, const dict_entry *e), void *ctx)
{
	if (!d->nslots)
		return;
	size_t max = len < (size_t)d->max_word_chars ? len : (size_t)d->max_word_chars;
	/* the hashes of all prefixes in one pass (FNV-1a is incremental), then longest first */
	uint32_t hs[64];
	uint32_t h = 2166136261u;
	for (size_t k = 0; k < max && k < 64; k++) {
		h = (h ^ (unsigned char)tok[k]) * 16777619u;
		hs[k] = h;
	}
	for (size_t k = max; k >= 1; k--) {
		int found;
		dict_slot *sl = slot_find_h(d, tok, k, k <= 64 ? hs[k - 1] : hash_str(tok, k),
			&found);
		if (!found)
			continue;
		for (uint32_t i = 0; i < sl->n; i++)
			if (!(sl->v[i]->need & ~have))
				fn(ctx, sl->v[i]);
	}
}

/* ---------------------------------------------------------------- building */

khaldun_dict *dict_new(khaldun_diag_fn fn, void *ctx)
{
	khaldun_dict *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	arena_init(&d->mem, ARENA_HUGE);
	d->diag.fn = fn;
	d->diag.ctx = ctx;
	dict_options_defaults(&d->options);
	d->line_max = khaldun_limits_resolve(NULL).dict_line;
	return d;
}

/* A direct-mapped cache of the words interned lately (THE, OF, SAID come back thousands of
 * times): one slot per hash, the newest word wins. A word it misses is walked down the trie,
 * a cache miss at every byte, so it is big enough to hold a dictionary set's distinct words
 * (production: ~40,000) with few collisions: 1 MiB of fresh pages, freed when loading ends. */
#define WORD_CACHE_BITS 16
#define WORD_CACHE (1u << WORD_CACHE_BITS)
#define WORD_CACHE_LEN 64
struct dict_wcache {
	const char *s;
	uint32_t n, id;
};

static void wcache_free(khaldun_dict *d)
{
	pages_free(d->wcache, WORD_CACHE * sizeof *d->wcache);
	d->wcache = NULL;
}

void dict_finish(khaldun_dict *d)
{
	if (d->options.time_shift < 0)
		d->options.time_shift = d->has_time;
	wcache_free(d);   /* only loading interns words */
}

/* Bytes of dictionary files per trie edge and per distinct first word, measured on TABARI's
 * production dictionaries (2.80 MB: 116,177 edges, 19,199 first words) and ours (837 KB:
 * 29,911 and 5,690), rounded so that the estimate falls short rather than over. */
#define BYTES_PER_EDGE 28
#define BYTES_PER_KEY 150

void dict_reserve(khaldun_dict *d, long long bytes)
{
	long long edges = bytes / BYTES_PER_EDGE, keys = bytes / BYTES_PER_KEY;
	if (edges > 1 << 14)
		dict_trie_reserve(&d->trie, (uint32_t)(edges < DICT_TRIE_MAX_NODES ? edges
							: DICT_TRIE_MAX_NODES));
	if (d->sub || d->nslots || keys <= 2048)
		return;   /* a sub-dictionary has no index; a grown index stays as it is */
	uint32_t n = 4096;
	while (n < 2 * (keys + 1) && n < (1u << 26))
		n *= 2;
	d->slots = pages_zero((size_t)n * sizeof *d->slots);
	d->nslots = d->slots ? n : 0;
}

const dict_synset *dict_synset_find(const khaldun_dict *d, const char *name, size_t n)
{
	for (int i = 0; i < d->nsynsets; i++)
		if (strlen(d->synsets[i].name) == n && !memcmp(d->synsets[i].name, name, n))
			return &d->synsets[i];
	return NULL;
}

/* The id of word s[0, n) (its trie node, added when missing; in a sub-dictionary tagged
 * DICT_SUB_ID); 0 when it has none. */
static uint32_t word_node(khaldun_dict *d, const char *s, size_t n)
{
	uint32_t id = dict_trie_add(&d->trie, s, n);
	return id && d->sub ? id | DICT_SUB_ID : id;
}

/* Gives the words of v[0, n) that have none (not from dict_word) their ids in the trie. */
static void word_ids(khaldun_dict *d, dict_pel *v, int n)
{
	for (int k = 0; k < n; k++)
		if (v[k].kind == PEL_WORD && v[k].text && v[k].len && !v[k].id)
			v[k].id = word_node(d, v[k].text, v[k].len);
}

/* The eight bytes x with a-z upper-cased, other bytes (and those from 0x80) unchanged, as
 * toupper in the C locale: a byte's 'a' <= b <= 'z' is read off bit 7 of two sums of its low
 * seven bits, which cannot carry into the next byte. */
static inline uint64_t upper8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t low = x & ~high;
	uint64_t lower = (low + ones * (0x80 - 'a')) & ~(low + ones * (0x7f - 'z')) & ~x & high;
	return x - (lower >> 2);
}

/* An upper-cased copy of p[0, n) in the dictionary's arena (toupper in the C locale), or NULL
 * when out of memory. arena_strndup pads the copy with zeros to its 16-byte end, so the copy is
 * upper-cased eight bytes at a time (zeros stay zeros): a production load upper-cases ~44,000
 * code parts this way. */
char *dict_strndup_upper(khaldun_dict *d, const char *p, size_t n)
{
	char *s = arena_strndup(&d->mem, p, n);
	if (!s)
		return NULL;
	for (size_t i = 0; i < n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		x = upper8(x);
		memcpy(s + i, &x, 8);
	}
	return s;
}

/* The interned upper-case copy of word p[0, n) and its trie id: "said" in "* SAID_ THAT" gives
 * the one "SAID" every pattern shares. A word under WORD_CACHE_LEN bytes is upper-cased and
 * hashed eight bytes at a time in a zero-padded copy (a production load asks ~126,000 words,
 * two in three of them in the cache), and compared with the cached copy a word at a time:
 * arena_strndup leaves zeros from the text's end to its 16-byte boundary. */
const char *dict_word(khaldun_dict *d, const char *p, size_t n, uint16_t len, uint32_t *id)
{
	uint64_t up[WORD_CACHE_LEN / 8];
	if (n >= sizeof up) {   /* long words: interned alone */
		char *w = dict_strndup_upper(d, p, n);
		if (!w)
			return NULL;
		*id = len ? word_node(d, w, len) : 0;
		return w;
	}
	size_t nw = (n + 7) / 8;
	memset(up, 0, sizeof up);
	memcpy(up, p, n);
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < nw; i++) {
		up[i] = upper8(up[i]);
		h = (h ^ up[i]) * 1099511628211ull;
	}
	h = (h ^ h >> 32) * 0x9e3779b97f4a7c15ull;   /* the slot: the top bits */
	if (!d->wcache)
		d->wcache = pages_zero(WORD_CACHE * sizeof *d->wcache);
	struct dict_wcache *w = d->wcache ? &d->wcache[h >> (64 - WORD_CACHE_BITS)] : NULL;
	if (w && w->s && w->n == n) {
		size_t i = 0;
		for (uint64_t x; i < nw && (memcpy(&x, w->s + 8 * i, 8), x == up[i]); i++)
			;
		if (i == nw) {
			*id = w->id;
			return w->s;
		}
	}
	char *s = arena_strndup(&d->mem, (const char *)up, n);
	if (!s)
		return NULL;
	*id = len ? word_node(d, s, len) : 0;
	if (w)
		*w = (struct dict_wcache){ s, (uint32_t)n, *id };
	return s;
}

dict_pseq *dict_pseq_new(khaldun_dict *d, const dict_pel *e, int n)
{
	dict_pseq *q = arena_alloc(&d->mem, sizeof *q);
	/* not cleared: the copy below writes all of it */
	dict_pel *v = n ? arena_alloc_raw(&d->mem, (size_t)n * sizeof *v) : NULL;
	if (!q || (n && !v))
		return NULL;
	if (n) {
		memcpy(v, e, (size_t)n * sizeof *v);
		word_ids(d, v, n);
	}
	q->e = v;
	q->n = (uint16_t)n;
	q->chars = (uint16_t)dict_seq_chars(e, n);
	return q;
}

dict_synset *dict_synset_add(khaldun_dict *d, const char *name)
{
	if (buf_grow_array(&d->synsets, &d->capsynsets, (size_t)d->nsynsets, sizeof *d->synsets,
			   16))
		return NULL;
	dict_synset *s = &d->synsets[d->nsynsets++];
	memset(s, 0, sizeof *s);
	s->name = name;
	return s;
}

int dict_synset_add_member(khaldun_dict *d, dict_synset *s, const dict_pel *e, int n)
{
	if (s->n == s->cap) {
		int cap = s->cap ? s->cap * 2 : 8;
		dict_pseq *v = arena_alloc(&d->mem, (size_t)cap * sizeof *v);
		if (!v)
			return KHALDUN_ERR_NOMEM;
		if (s->n)
			memcpy(v, s->members, (size_t)s->n * sizeof *v);
		s->members = v;
		s->cap = cap;
	}
	dict_pseq *q = dict_pseq_new(d, e, n);
	if (!q)
		return KHALDUN_ERR_NOMEM;
	s->members[s->n++] = *q;
	return KHALDUN_OK;
}

dict_entry *dict_entry_new(khaldun_dict *d, int type, const dict_pel *w, int nw,
			   const dict_origin *at)
{
	/* the entry and its words in one allocation (arena_alloc clears it) */
	size_t head = (sizeof(dict_entry) + 15) & ~(size_t)15;
	dict_entry *e = arena_alloc(&d->mem, head + (size_t)nw * sizeof *w);
	if (!e)
		return NULL;
	dict_pel *v = nw ? (dict_pel *)((char *)e + head) : NULL;
	if (nw) {
		memcpy(v, w, (size_t)nw * sizeof *w);
		/* the first word needs no id: the lookup reaches it by its key's node */
		word_ids(d, v + 1, nw - 1);
	}
	e->type = (uint8_t)type;
	e->words.e = v;
	e->words.n = (uint16_t)nw;
	e->nchars = dict_seq_chars(w, nw);
	e->words.chars = (uint16_t)e->nchars;
	e->at = *at;
	e->seq = d->nentries++;
	return e;
}

int dict_entry_add(khaldun_dict *d, dict_entry *e)
{
	if (!e->words.n || e->words.e[0].kind != PEL_WORD)
		return KHALDUN_ERR_FORMAT;
	e->need = 0;
	for (int k = 1; k < e->words.n; k++)
		if (e->words.e[k].text)
			e->need |= dict_word_bit(e->words.e[k].text, e->words.e[k].len);
	if (d->sub) {   /* indexed when merged (merge.c), in this order */
		if (buf_grow_array(&d->pending, &d->cappending, d->npending, sizeof *d->pending,
				   1024))
			return KHALDUN_ERR_NOMEM;
		d->pending[d->npending++] = e;
		return KHALDUN_OK;
	}
	return dict_entry_index(d, e);
}

int dict_entry_index(khaldun_dict *d, dict_entry *e)
{
	const char *key = e->words.e[0].text;
	size_t n = strlen(key);
	uint32_t node = n == e->words.e[0].len ? e->words.e[0].id : 0;
	return index_add(d, key, n, node, e) ? KHALDUN_ERR_NOMEM : KHALDUN_OK;
}

const dict_actor_codes *dict_actor_codes_new(khaldun_dict *d, const dict_dated_code *v, int n)
{
	/* the header and its codes in one allocation */
	size_t head = (sizeof(dict_actor_codes) + 15) & ~(size_t)15;
	dict_actor_codes *ac = arena_alloc(&d->mem, head + (size_t)(n ? n : 1) * sizeof *v);
	if (!ac)
		return NULL;
	dict_dated_code *cv = (dict_dated_code *)((char *)ac + head);
	memcpy(cv, v, (size_t)n * sizeof *cv);
	ac->v = cv;
	ac->n = (uint16_t)n;
	return ac;
}

/* ---------------------------------------------------------------- verb roots and patterns */

int dict_verb_add_pattern(dict_verb_build *vb, const dict_pattern *pt)
{
	if (buf_grow_array(&vb->pats, &vb->cap, (size_t)vb->n, sizeof *vb->pats, 16))
		return KHALDUN_ERR_NOMEM;
	vb->pats[vb->n++] = *pt;
	return KHALDUN_OK;
}

void dict_verb_begin(khaldun_dict *d, dict_verb_build *vb, dict_verb_root *root)
{
	dict_verb_finish(d, vb);
	vb->root = root;
}

static uint64_t need_bits(const dict_pseq *q)
{
	uint64_t b = 0;
	for (int k = 0; k < q->n; k++)
		if (q->e[k].kind == PEL_WORD)
			b |= dict_word_bit(q->e[k].text, q->e[k].len);
	return b;
}

/* The id of the pattern's longest literal word outside { ... } (every one must be there for
 * a match), 0 when it has none with an id. */
static uint32_t pattern_key(const dict_pattern *pt)
{
	uint32_t id = 0;
	int best = 0;
	const dict_pseq *side[2] = { &pt->upper, &pt->lower };
	for (int s = 0; s < 2; s++)
		for (int k = 0; k < side[s]->n; k++) {
			const dict_pel *e = &side[s]->e[k];
			if (e->kind == PEL_WORD && e->id && e->len > best) {
				best = e->len;
				id = e->id;
			}
		}
	return id;
}

/* Copies the n patterns into out in dict_pattern_order (a total order: length, then line,
 * so the result is qsort's); a binary insertion sort of indices, so each big pattern is
 * copied once and nothing is allocated for up to 256 patterns. */
static void sort_patterns(const dict_pattern *p, int n, dict_pattern *out)
{
	int small[256];
	int *ix = n <= 256 ? small : malloc((size_t)n * sizeof *ix);
	if (!ix) {   /* out of memory for the indices: sort in place */
		memcpy(out, p, (size_t)n * sizeof *out);
		qsort(out, (size_t)n, sizeof *out, dict_pattern_order);
		return;
	}
	for (int i = 0; i < n; i++) {   /* binary insertion: after every one that is not after */
		int lo = 0, hi = i;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (dict_pattern_order(&p[ix[mid]], &p[i]) > 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		memmove(ix + lo + 1, ix + lo, (size_t)(i - lo) * sizeof *ix);
		ix[lo] = i;
	}
	for (int i = 0; i < n; i++)
		out[i] = p[ix[i]];
	if (ix != small)
		free(ix);
}

void dict_verb_finish(khaldun_dict *d, dict_verb_build *vb)
{
	if (!vb->root)
		return;
	if (d->sub) {   /* merge.c renumbers their words */
		if (!buf_grow_array(&d->roots, &d->caproots, d->nroots, sizeof *d->roots, 256))
			d->roots[d->nroots++] = vb->root;
		else
			d->sub_lost = 1;
	}
	for (int i = 0; i < vb->n; i++) {
		vb->pats[i].need[0] = need_bits(&vb->pats[i].upper);
		vb->pats[i].need[1] = need_bits(&vb->pats[i].lower);
	}
	dict_pattern *v = vb->n ? arena_alloc(&d->mem, (size_t)vb->n * sizeof *v) : NULL;
	if (vb->n && v)
		sort_patterns(vb->pats, vb->n, v);
	vb->root->pats = v;
	vb->root->npats = v ? vb->n : 0;
	vb->root->keys = v ? arena_alloc_raw(&d->mem,
		(size_t)vb->n * sizeof *vb->root->keys) : NULL;
	for (int i = 0; vb->root->keys && i < vb->n; i++)
		vb->root->keys[i] = pattern_key(&v[i]);
	vb->root = NULL;
	vb->n = 0;
}

/* Counts TABARI's pattern length: literal characters and '_' connectors, the longest option
 * of { ... }, one for a synset reference. */
int dict_seq_chars(const dict_pel *e, int n)
{
	int len = 0;
	for (int i = 0; i < n; i++) {
		if (e[i].kind == PEL_WORD)
			len += e[i].len + (e[i].exact || e[i].consec);
		else if (e[i].kind == PEL_SYNSET)   /* counts one: a pattern with one is longer than
						     * the same pattern without it, and shorter
						     * than one with any literal word in its place
						     * (its members are not walked) */
			len++;
		else if (e[i].kind == PEL_ALT) {
			int best = 0;
			for (int k = 0; k < e[i].nopts; k++) {
				int l = dict_seq_chars(e[i].opts[k].e, e[i].opts[k].n);
				if (l > best)
					best = l;
			}
			len += best;
		} else if (e[i].consec) {
			len++;
		}
	}
	return len;
}


/* ---------------------------------------------------------------- files */

int dict_add_textfile(khaldun_dict *d, const char *path)
{
	if (buf_grow_array(&d->textfiles, &d->captextfiles, (size_t)d->ntextfiles,
			   sizeof *d->textfiles, 8))
		return -1;
	char *p = arena_strdup(&d->mem, path);
	if (!p)
		return -1;
	d->textfiles[d->ntextfiles++] = p;
	return 0;
}

int dict_add_file(khaldun_dict *d, const char *path, int kind)
{
	if (buf_grow_array(&d->files, &d->capfiles, (size_t)d->nfiles, sizeof *d->files, 8))
		return -1;
	const char *p = arena_strdup(&d->mem, path);
	if (!p)
		return -1;
	d->files[d->nfiles].path = p;
	d->files[d->nfiles++].kind = (uint8_t)kind;
	return 0;
}

int dict_file_kind(const khaldun_dict *d, const char *path)
{
	for (int i = 0; path && i < d->nfiles; i++)
		if (!strcmp(d->files[i].path, path))
			return d->files[i].kind;
	return DICT_ACTORS;
}

void khaldun_dict_free(khaldun_dict *d)
{
	if (!d)
		return;
	pages_free(d->slots, (size_t)d->nslots * sizeof *d->slots);
	wcache_free(d);
	dict_trie_free(&d->trie);
	free(d->synsets);
	free(d->textfiles);
	free(d->files);
	free(d->pending);
	free(d->roots);
	arena_free(&d->mem);
	free(d);
}

size_t khaldun_dict_errors(const khaldun_dict *d)
{
	return d ? d->diag.errors : 0;
}

const char *khaldun_dict_textfile(const khaldun_dict *d, size_t i)
{
	return d && i < (size_t)d->ntextfiles ? d->textfiles[i] : NULL;
}

void khaldun_dict_set_places(khaldun_dict *d, const khaldun_places *g)
{
	if (d)
		d->places = g;
}
