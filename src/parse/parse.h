/*
 * parse.h - the part-of-speech tagger and dependency parser (layer src/parse: above text,
 * below the coder). A model holds two averaged-perceptron tables: the tagger's (greedy, left
 * to right) and the parser's (greedy arc-hybrid transitions with UD labels). Callers hand in
 * tokens as (pointer, length) views; nothing here reads training data at run time.
 * Invariant: a loaded model is read-only; parse_tag and parse_sentence keep no state between
 * calls, so one model serves any number of threads.
 */
#ifndef KH_PARSE_H
#define KH_PARSE_H
#include "base/diag.h"
#include "parse/percep.h"
#include <stddef.h>
#include <stdint.h>

#define PARSE_MAX_TOKENS 500   /* longer sentences are tagged but not parsed */
#define PARSE_MAX_LABELS 127   /* so that 1 + 2 * labels transitions fit a byte */
#define PARSE_NTAGS 17

extern const char *const parse_upos[PARSE_NTAGS];
/* The UPOS index of (s, n), or -1. */
int parse_upos_index(const char *s, size_t n);

/* The tag dictionary (tagdict.c): exact-form hash -> UPOS, open addressing. */
typedef struct {
	uint64_t *key;           /* 0 = empty */
	uint8_t *tag;
	size_t mask, n;
} parse_tagdict;

typedef struct {
	percep tagger;
	parse_tagdict dict;      /* words tagged without scoring (may be empty) */
	percep parser;
	int nlabels;
	char *labels[PARSE_MAX_LABELS];
	int root_label;          /* index of "root" */
	int beam;                /* decoding: beam width (0: the greedy decoder; not in the file) */
	char *about;             /* the model file's header text (data, licence, settings) */
} parse_model;

/* What the features need of one token, hashed once per sentence. */
typedef struct {
	uint64_t form, lower, shape, pre[4], suf[5];
	uint64_t flags;
} parse_word;

void parse_word_init(parse_word *w, const char *s, size_t n);

/* Greedy tagging: tags[i] = UPOS index of words[i]; words in d (may be NULL) take its tag;
 * fixed (may be NULL): fixed[i] >= 0 is word i's tag, given by the caller. */
void parse_tag(const percep *p, const parse_tagdict *d, const parse_word *w, size_t n,
	       const int8_t *fixed, uint8_t *tags);

/* The tag dictionary. Each returns 0 or -1 (out of memory, or a bad/duplicate key). */
int parse_tagdict_init(parse_tagdict *d, size_t n);   /* room for n words */
int parse_tagdict_add(parse_tagdict *d, uint64_t key, int tag);
/* The tag of the word whose form hashes to key, or -1. */
int parse_tagdict_find(const parse_tagdict *d, uint64_t key);
void parse_tagdict_free(parse_tagdict *d);
/* Counting tags per word in training, then keeping the words seen at least min_count times
 * with one tag in at least min_share of them. */
typedef struct parse_tagcount parse_tagcount;
parse_tagcount *parse_tagcount_new(void);
int parse_tagcount_add(parse_tagcount *tc, uint64_t key, int tag);
int parse_tagdict_from_counts(parse_tagdict *d, const parse_tagcount *tc, unsigned min_count,
			      double min_share);
void parse_tagcount_free(parse_tagcount *tc);
/* One training pass over a sentence: tags it with the current weights, updating them where a
 * predicted tag differs from gold[i]. pred (may be NULL) receives the predicted tags.
 * Returns the number of correct tags, or -1 (out of memory). */
int parse_tag_train(percep *p, const parse_word *w, const uint8_t *gold, size_t n,
		    uint8_t *pred);
/* The tagger's features for word i given the two previous tags; returns how many. */
size_t parse_tag_features(const parse_word *w, size_t n, size_t i, int p1, int p2,
			  uint64_t *keys);

/* Parses n (<= PARSE_MAX_TOKENS) tagged words: heads[i] is 0 (root) or 1-based, labels[i] an
 * index into m->labels. Returns 0, or -1 when n is out of range or memory runs out. */
int parse_sentence(const parse_model *m, const parse_word *w, const uint8_t *tags, size_t n,
		   int *heads, int *labels);
/* parse_sentence by beam search: the k (1..PARSE_MAX_BEAM) best partial parses by the sum
 * of their transitions' log probabilities (parser.c, beam_expand) are kept each step; k = 1
 * is the greedy parse exactly. parse_sentence uses it when m->beam > 0. Returns 0, or -1
 * (n or k out of range, memory). */
#define PARSE_MAX_BEAM 64
int parse_sentence_beam(const parse_model *m, const parse_word *w, const uint8_t *tags,
			size_t n, int k, int *heads, int *labels);
/* One training pass (dynamic oracle) over a projective sentence with gold heads/labels;
 * `explore` follows the model's own (possibly wrong) transitions. Returns 0 or -1. */
int parse_train_sentence(percep *p, int nlabels, int root_label, const parse_word *w,
			 const uint8_t *tags, size_t n, const int *gheads, const int *glabels,
			 int explore);
/* 1 when the gold tree (heads 0..n, 1-based words) has no crossing arcs. */
int parse_projective(const int *heads, size_t n);

/* Model files (format in src/parse/model.c and docs/parser.md). Errors name the file. */
int parse_model_load(parse_model *m, const char *path, diag_sink *ds);
int parse_model_save(const parse_model *m, const char *path, diag_sink *ds);
void parse_model_free(parse_model *m);
#endif
