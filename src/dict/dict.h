/*
 * dict.h - the dictionary model: actors, agents, nouns, adjectives, verbs with their patterns,
 * synsets, <TIME> and <ATTRIB> phrases, and the project's options and text files. A format's
 * loader (tabari.h: TABARI's files; another format would be a sibling) builds it through the
 * builders below (model.c), once; then it is read-only and coders on many threads share it.
 * Every entry remembers the file:line it came from, for event evidence.
 */
#ifndef KH_DICT_H
#define KH_DICT_H
#include "base/arena.h"
#include "base/diag.h"
#include "dict/options.h"
#include <stdint.h>

/* Phrase elements. A phrase is a sequence of elements; `consec` on element k means element
 * k+1 must be the very next token. Words are upper case, without connectors. */
enum pel_kind {
	PEL_WORD,     /* literal word: stem (prefix) match, or exact */
	PEL_SYNSET,   /* &NAME: any of the synset's phrases */
	PEL_ALT,      /* { a | b c | d }: any option */
	PEL_SRC,      /* $ source actor */
	PEL_TGT,      /* + target actor */
	PEL_CMP,      /* % compound actor: source and target */
	PEL_SKIP,     /* ^ skip one actor */
	PEL_ATTR,     /* @ attribution actor */
	PEL_VERB      /* * the verb */
};

typedef struct dict_pel dict_pel;
typedef struct {
	const dict_pel *e;
	uint16_t n;
	uint16_t chars;   /* dict_seq_chars of the sequence, computed once at load */
} dict_pseq;

struct dict_pel {
	uint8_t kind;
	uint8_t exact;   /* whole-word match (trailing '_' or '=') */
	uint8_t consec;  /* next element follows immediately */
	uint8_t noend;   /* '=': no regular endings either */
	uint16_t len;
	const char *text;       /* PEL_WORD text; PEL_SYNSET name */
	const dict_pseq *opts;       /* PEL_ALT options; PEL_SYNSET members */
	uint16_t nopts;
	uint16_t maxchars;      /* PEL_ALT: the longest option's characters */
	uint32_t id;            /* PEL_WORD: its node in the dictionary's word trie (trie.c),
				 * set when the phrase is interned; 0: none (then any test by id
				 * must answer "maybe") */
};

/* Where an entry came from. */
typedef struct {
	const char *file;
	int line;
	const char *text;  /* the entry line, trimmed */
} dict_origin;

/* Event codes of a verb root or pattern. */
enum code_kind { CODE_EVENT, CODE_NULL, CODE_DISCARD, CODE_COMPLEX, CODE_NONE };
typedef struct {
	uint8_t kind;
	uint8_t sub;      /* '?' subordinate */
	uint8_t dom;      /* '!' dominant */
	const char *a;    /* primary code */
	const char *b;    /* paired code for the reversed event, or NULL */
} dict_evcode;

/* Actor and agent codes, with date restrictions tried in order; the default comes last. */
typedef struct {
	long lo, hi;        /* inclusive YYYYMMDD range; 0 / 99999999 when open */
	uint8_t kind;       /* CODE_EVENT (codes), CODE_NULL, CODE_DISCARD, CODE_COMPLEX */
	uint8_t ncodes;
	const char **codes; /* compound codes "A/B" split; agent codes keep their '~' */
} dict_dated_code;

typedef struct {
	uint16_t n;
	const dict_dated_code *v;
} dict_actor_codes;

typedef struct {
	dict_pseq lower, upper;  /* words after and before '*' (upper in text order) */
	dict_evcode code;
	int length;         /* TABARI's length: literal characters incl. '_', longest option */
	int has_src, has_tgt, has_cmp, has_attr;
	int verb_consec;    /* the first lower element must follow the verb immediately */
	dict_origin at;
	/* The literal words the pattern needs before (0) and after (1) the verb, as a set of
	 * dict_word_bit()s, set by dict_verb_finish: a clause side whose tokens' bits miss one
	 * cannot match (0: no literal word there). */
	uint64_t need[2];
} dict_pattern;

/* A word's bit (of 64) for the pattern index: from its first two bytes (len >= 2) or its first
 * byte (len 1), which every token matching it shares (a stem matches on its prefix; a verb
 * dropping its final E keeps at least two bytes); 0 for no text. A token of n >= 2 bytes
 * sets dict_word_bit(s, 1) and dict_word_bit(s, 2). */
static inline uint64_t dict_word_bit(const char *s, int len)
{
	if (len <= 0)
		return 0;
	uint32_t k = len >= 2 ? ((uint32_t)(unsigned char)s[0] << 8 | (unsigned char)s[1]) * 40503u
			      : ((uint32_t)(unsigned char)s[0] + 0x10000u) * 40503u;
	return 1ull << ((k >> 10) & 63);
}

typedef struct {
	dict_evcode code;        /* the root's own code */
	dict_pattern *pats;      /* sorted longest first, stable */
	int npats;
	uint32_t *keys;          /* pats[i]'s longest literal word's id (0: none): a sentence
				  * without that word cannot match pats[i], and the coder learns
				  * so without reading the pattern (1,467 for production's SAID) */
	dict_origin at;
	const char *name;   /* the root as written */
} dict_verb_root;

enum entry_type {
	ENT_ACTOR, ENT_AGENT, ENT_NOUN, ENT_ADJ, ENT_VERB, ENT_TIME, ENT_ATTRIB, ENT__N
};

typedef struct dict_entry {
	uint8_t type;
	dict_pseq words;               /* the phrase */
	int nchars;               /* literal characters, for longest match */
	const dict_actor_codes *codes; /* actors and agents */
	const dict_verb_root *verb;    /* verbs, <TIME> and <ATTRIB> phrases */
	const char *parent;       /* first phrase of a synonym group */
	dict_origin at;
	int seq;                  /* load order, for ties */
	uint64_t need;            /* dict_word_bit()s of the words after the first, set by
				   * dict_entry_add: a sentence whose tokens' bits miss one cannot
				   * hold the phrase */
} dict_entry;

typedef struct {
	const char *key;
	uint32_t keylen;
	uint32_t hash;
	dict_entry **v;
	uint32_t *second;  /* v[i]'s second word's id (0: none, or not a word), so that a
			    * lookup passes over phrases whose second word is absent without
			    * reading them */
	uint32_t n, cap;
	uint32_t node;     /* the key's node in the word trie (0: none) */
} dict_slot;

/* ---------------------------------------------------------------- the word trie (trie.c)
 * Every PEL_WORD's bytes as a path from the root (node 0): the root's children in root[] by
 * byte, every other edge (parent, byte) one entry of an open-addressing table, placed by the
 * hash of the child's whole prefix (dict_trie_roll over its bytes from DICT_TRIE_SEED) and
 * checked by (parent, byte). A word's buckets are known from its bytes alone, before the walk
 * finds its nodes: they are fetched together (dict_trie_prefetch), not one miss after another.
 * slot[node] is 1 + the index in khaldun_dict.slots of the first word ending at node (0: none);
 * hash[node] is the node's prefix hash. */
#define DICT_TRIE_MAX_NODES (1u << 24)
#define DICT_TRIE_SEED 2166136261u
#define DICT_TRIE_AHEAD 32   /* buckets dict_trie_prefetch fetches at once */
typedef struct {
	uint32_t key;     /* parent << 8 | byte, parent > 0 (so never 0); 0: empty */
	uint32_t child;
} dict_tedge;
typedef struct {
	dict_tedge *edges;
	uint32_t ecap, nedges;
	uint32_t root[256];  /* the root's child by byte (0: none) */
	uint32_t *slot;
	/* the node's prefix hash, where its edge is placed (in slot's block) */
	uint32_t *hash;
	uint32_t nnodes, ncap;
	int lost;            /* a first word got no node (memory, the node ceiling): the coder
			      * looks first words up by the index's hash instead */
} dict_trie;

/* The node of word s[0, n), added with its prefixes; 0 when it cannot be (memory, a NUL
 * byte, the node ceiling, n == 0). */
uint32_t dict_trie_add(dict_trie *t, const char *s, size_t n);
/* Room for `edges` edges without growing (and rehashing) the table: 0, or -1 when out of
 * memory (the table then grows as it fills). */
int dict_trie_reserve(dict_trie *t, uint32_t edges);
/* The child of node by byte c, added when missing (the root too); h is the child's prefix
 * hash (dict_trie_roll of node's by c). 0 when it cannot be. */
uint32_t dict_trie_step(dict_trie *t, uint32_t node, unsigned char c, uint32_t h);
void dict_trie_free(dict_trie *t);
/* The prefix hash of a node's bytes followed by c, from its parent's h (FNV-1a). */
static inline uint32_t dict_trie_roll(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}
/* Where an edge whose child has prefix hash h starts its probe (before the mask). */
static inline uint32_t dict_trie_place(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x45d9f3bu;
	return h ^ (h >> 16);
}
/* Fills h[0, m) with the prefix hashes of s[0, m), m = min(n, DICT_TRIE_AHEAD), going on
 * from prefix hash h0, and prefetches their buckets. Returns m. */
static inline size_t dict_trie_prefetch(const dict_trie *t, const unsigned char *s, size_t n,
					 uint32_t h0, uint32_t *h)
{
	size_t m = n < DICT_TRIE_AHEAD ? n : DICT_TRIE_AHEAD;
	for (size_t i = 0; i < m; i++) {
		h0 = h[i] = dict_trie_roll(h0, s[i]);
		if (t->ecap)
			__builtin_prefetch(&t->edges[dict_trie_place(h0) & (t->ecap - 1)]);
	}
	return m;
}
/* The child of node by byte c whose prefix hash is h (dict_trie_roll of node's by c), or 0
 * when the trie has none. */
static inline uint32_t dict_trie_child_at(const dict_trie *t, uint32_t node, unsigned char c,
					  uint32_t h)
{
	if (!node)
		return t->root[c];
	if (!t->ecap)
		return 0;
	uint32_t key = node << 8 | c;
	uint32_t k = dict_trie_place(h) & (t->ecap - 1);
	for (;;) {
		uint32_t kk = t->edges[k].key;
		if (kk == key)
			return t->edges[k].child;
		if (!kk)
			return 0;
		k = (k + 1) & (t->ecap - 1);
	}
}
/* The child of node by byte c, or 0 when the trie has none. */
static inline uint32_t dict_trie_child(const dict_trie *t, uint32_t node, unsigned char c)
{
	return node ? dict_trie_child_at(t, node, c, dict_trie_roll(t->hash[node], c))
		    : t->root[c];
}

typedef struct dict_synset {
	const char *name;
	dict_pseq *members;
	int n, cap;
} dict_synset;

/* A dictionary file the project named and the loader read (for `dict check`). */
enum dict_file_kind { DICT_ACTORS, DICT_AGENTS, DICT_VERBS, DICT_OPTIONS };
typedef struct {
	const char *path;   /* as opened: equal (strcmp) to the origin.file of its entries */
	uint8_t kind;
} dict_file;

struct khaldun_dict {
	arena mem;
	diag_sink diag;
	dict_slot *slots;       /* open-addressing hash: first word -> entries */
	uint32_t nslots, nused;
	dict_trie trie;         /* every word's bytes (trie.c): ids and first-word walks */
	struct dict_wcache *wcache;  /* dict_word's cache while loading (model.c), else NULL */
	dict_synset *synsets;
	int nsynsets;
	size_t capsynsets;
	int nentries;
	int has_time;           /* .verbs had a <TIME> section */
	int has_attrib;
	dict_options options;   /* the .options files' commands, parsed in project order */
	size_t line_max;        /* limits.dict_line: longer dictionary lines are skipped */
	char **textfiles;
	int ntextfiles;
	size_t captextfiles;
	int max_word_chars;     /* longest first word, bounds prefix lookups */
	dict_file *files;       /* the dictionary files read, in project order */
	int nfiles;
	size_t capfiles;
	const khaldun_parser *parser;  /* KHALDUN: SYNTAX: the caller's model (borrowed, set
					* before coders are made; read-only, shared by threads) */
	const khaldun_places *places;  /* the caller's gazetteer (borrowed, like parser): the
					* pipeline places events with it; NULL: no locations */
	/* A part loaded on a second thread (merge.c), not yet merged: its word ids carry
	 * DICT_SUB_ID (its own trie's nodes), its entries wait in `pending` (not indexed) and
	 * its verb roots in `roots`, for dict_merge to renumber and index in load order. */
	int sub;
	int sub_lost;           /* a root or a diagnostic could not be kept: not mergeable */
	dict_entry **pending;
	dict_verb_root **roots;
	uint32_t npending, nroots;
	size_t cappending, caproots;
};

/* A sub-dictionary's word ids: its own trie's node | DICT_SUB_ID (merge.c maps them). */
#define DICT_SUB_ID 0x80000000u

/* ---------------------------------------------------------------- building (model.c) */

/* An empty dictionary reporting through fn (may be NULL), with TABARI's default options;
 * freed with khaldun_dict_free. */
khaldun_dict *dict_new(khaldun_diag_fn fn, void *ctx);
/* Ends loading: settles what depends on the whole project (time shifting defaults to on when
 * a .verbs file had a <TIME> section). Then the dictionary is read-only. */
void dict_finish(khaldun_dict *d);
/* Sizes the word trie and the first-word index for `bytes` of dictionary files to load, so
 * that they do not grow (rehashing, and touching twice the memory) while loading. Only speed
 * depends on it: a table still grows when the estimate falls short. */
void dict_reserve(khaldun_dict *d, long long bytes);
/* A copy of p[0, n) in d's arena, upper-cased as toupper in the C locale, not interned; NULL
 * when out of memory. */
char *dict_strndup_upper(khaldun_dict *d, const char *p, size_t n);
/* Word p[0, n) upper-cased (ASCII, as toupper in the C locale) and interned: a repeated word
 * shares its text; *id gets the node of its first len bytes in the word trie (0: none).
 * NULL when out of memory. */
const char *dict_word(khaldun_dict *d, const char *p, size_t n, uint16_t len, uint32_t *id);
/* Interns a copy of e[0..n) (with its dict_seq_chars); NULL when out of memory. */
dict_pseq *dict_pseq_new(khaldun_dict *d, const dict_pel *e, int n);
/* A new entry of `type` for the phrase w[0..nw), from `at`; not yet indexed. */
dict_entry *dict_entry_new(khaldun_dict *d, int type, const dict_pel *w, int nw,
			   const dict_origin *at);
/* Indexes an entry by its first word: KHALDUN_OK, KHALDUN_ERR_FORMAT when the phrase does not
 * begin with a word, KHALDUN_ERR_NOMEM. */
int dict_entry_add(khaldun_dict *d, dict_entry *e);
const dict_synset *dict_synset_find(const khaldun_dict *d, const char *name, size_t n);
/* A new, empty synset named `name` (interned by the caller); NULL when out of memory. The
 * pointer is valid until the next dict_synset_add. */
dict_synset *dict_synset_add(khaldun_dict *d, const char *name);
int dict_synset_add_member(khaldun_dict *d, dict_synset *s, const dict_pel *e, int n);
/* Interns dated codes (tried in order; the unrestricted default last). */
const dict_actor_codes *dict_actor_codes_new(khaldun_dict *d, const dict_dated_code *v, int n);

/* A verb root being built: its patterns are collected, then put in the coder's order. */
typedef struct {
	dict_verb_root *root;
	dict_pattern *pats;
	int n;
	size_t cap;
} dict_verb_build;
/* Finishes the root being built (if any) and starts `root`. */
void dict_verb_begin(khaldun_dict *d, dict_verb_build *vb, dict_verb_root *root);
int dict_verb_add_pattern(dict_verb_build *vb, const dict_pattern *pt);
/* Sorts the root's patterns into the order the coder tries them and interns them; the
 * caller frees vb->pats when the file is done. */
void dict_verb_finish(khaldun_dict *d, dict_verb_build *vb);

/* ---------------------------------------------------------------- two threads (merge.c)
 * A run of dictionary files can be loaded on a second thread into a sub-dictionary while the
 * main thread loads the files before it; dict_merge then appends the part as if it had been
 * loaded after them: the same word ids, entry numbers, index order and diagnostics. */

/* A sub-dictionary for the files after d's (its diagnostics held, not reported); NULL when
 * out of memory. Only dict_merge or khaldun_dict_free release it. */
khaldun_dict *dict_sub_new(const khaldun_dict *d);
/* Reports s's held diagnostics through d, in their order, then moves s's words, entries,
 * verb roots, synsets and memory into d and frees s: 0; or -1, d untouched and s still
 * to be freed (dict_sub_free), when s cannot be merged (out of memory): the caller then
 * loads its files again into d. */
int dict_merge(khaldun_dict *d, khaldun_dict *s);
void dict_sub_free(khaldun_dict *s);
/* Indexes an entry by its first word (dict_entry_add's second half; model.c). */
int dict_entry_index(khaldun_dict *d, dict_entry *e);

/* The files a project named: dictionary files (with their kind) and text files. Each returns
 * 0, or -1 when out of memory (the file is not recorded). */
int dict_add_file(khaldun_dict *d, const char *path, int kind);
int dict_add_textfile(khaldun_dict *d, const char *path);

/* ---------------------------------------------------------------- precedence (precedence.c)
 * The coder's preferences, in one place: the coder applies them, the linter reasons with them. */

/* Lookup: of two phrases matching at the same token, 1 when a is kept over b: the longer
 * (dict_seq_chars), then by type (dict_type_rank), then the one loaded first. */
int dict_entry_precedes(const dict_entry *a, const dict_entry *b);
/* Preference by type at equal length: actor, agent, noun, adjective, <TIME>, verb, others. */
int dict_type_rank(int type);
/* 1 for an unrestricted (default) code. */
int dict_dated_open(const dict_dated_code *dc);
/* The code of an actor or agent on `date` (YYYYMMDD): the first restricted code whose range
 * holds it, else the first unrestricted one whose range does; NULL when none applies. */
const dict_dated_code *dict_actor_code_on(const dict_actor_codes *ac, long date);
/* The order a root's patterns are tried in (longest first, then file order): a qsort
 * comparator; dict_verb_finish leaves every root's patterns in this order. */
int dict_pattern_order(const void *a, const void *b);
/* A pattern as the coder matches it: upper elements, the verb (PEL_VERB, consecutive when
 * the pattern says so), lower elements, into out[DICT_MAX_FLAT]; returns the count. */
#define DICT_MAX_FLAT 256
int dict_pattern_flatten(const dict_pattern *pt, dict_pel *out);
/* What a match of pt counts: its length plus alt_chars (<= 0: the options matched in its
 * { ... } alternatives were shorter than their longest). */
int dict_pattern_match_length(const dict_pattern *pt, int alt_chars);
/* 1 when a match of pt counting `len` ends the search: no later pattern is tried. */
int dict_pattern_match_final(const dict_pattern *pt, int len);
/* 1 when pattern q, later in the order, is still tried after a match counting `len`. */
int dict_pattern_tried_after(const dict_pattern *q, int len);
/* The least a match of pt can count (every alternative through its shortest option); sets
 * *alts to 1 when pt has { ... } alternatives at all. */
int dict_pattern_least_length(const dict_pattern *pt, int *alts);

/* ---------------------------------------------------------------- reading */

/* Entries whose first word could match `tok` (upper case): calls fn for each candidate. */
void dict_candidates(const khaldun_dict *d, const char *tok, size_t len,
		     void (*fn)(void *ctx, const dict_entry *e), void *ctx);
/* The same, but only the entries whose later words' bits (need) are all in `have` (the
 * dict_word_bit()s of the sentence's tokens): the others cannot match there. */
void dict_candidates_in(const khaldun_dict *d, const char *tok, size_t len, uint64_t have,
			void (*fn)(void *ctx, const dict_entry *e), void *ctx);
/* TABARI's length of a phrase: literal characters and '_' connectors, longest option. */
int dict_seq_chars(const dict_pel *e, int n);
/* The kind of the file an entry came from (DICT_ACTORS when the file is not listed). */
int dict_file_kind(const khaldun_dict *d, const char *path);
#endif
