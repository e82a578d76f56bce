/*
 * percep.h - averaged-perceptron weights for the tagger and the parser, keyed by 64-bit
 * feature hashes. Each feature owns a short sparse row of (class, weight) pairs, so scoring
 * costs one hash probe per feature whatever the number of classes.
 * Invariant: key 0 never names a feature (it marks an empty slot); a frozen table (after
 * percep_finish or loading) is read-only and may be shared between threads.
 */
#ifndef KH_PERCEP_H
#define KH_PERCEP_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint64_t key;        /* 0 = empty */
	uint32_t off;        /* the feature's row: entries [off, off + n) */
	uint16_t n, cap;
} percep_slot;           /* one cache-line access finds a feature and its row */

typedef struct {
	float w;
	uint32_t cls;
} percep_entry;

/* The packed form of a loaded (quantised) table, keyed by 32-bit keys (percep_key32): slots
 * come in buckets of 4 (one aligned cache line: the four keys first, so one vector compare
 * finds a key, then the four slots), filled in order; a key lives in its hash's bucket or,
 * when that is full, in the next ones. A slot holds, for rows of up to 3 entries (most of
 * them), the row itself, so a feature costs one cache line; longer rows live in `pe` or,
 * dense, in `pq` and `pr` (each weight w split exactly as w = 256 q + r: its high byte q,
 * signed, and its low byte r, 0..255, in two arrays with the same offsets). Unused inline entries
 * (and every entry of a long row's slot) name class PERCEP_TRASH, so scoring adds all three without
 * looking at n. */
#define PERCEP_TRASH 255
enum { PERCEP_SPARSE = 1, PERCEP_DENSE = 2 };   /* a long row's kind, bits tested by scoring */
typedef struct {
	uint8_t n;           /* entries in the row */
	uint8_t cls[3];      /* inline row: classes (PERCEP_TRASH when unused) */
	union {
		int16_t w[4];    /* inline row: weights (w[3] unused) */
		struct {
			/* n > 3: pe[off, off + n), or pq and pr [off, off + pstride) */
			uint32_t off;
			uint16_t pad;
			/* n > 3: PERCEP_SPARSE or PERCEP_DENSE; 0 (w[3]) when n <= 3 */
			uint16_t kind;
		} r;
	} u;
} percep_pslot;

typedef struct {
	uint32_t key[4];     /* percep_key32 of the slots' features; 0 = empty */
	percep_pslot slot[4];
} percep_bucket;

typedef struct {
	int16_t w;
	uint8_t cls, pad;
} percep_pentry;

typedef struct {
	percep_slot *slot;   /* open addressing, linear probing */
	size_t mask;         /* slots - 1 (slots a power of two) */
	size_t used;
	percep_entry *e;
	double *tot;         /* training only: summed weight for averaging */
	uint32_t *stamp;     /* training only: update count when w last changed */
	size_t ne, ce;
	int nclass;
	uint32_t clock;      /* training only: updates so far */
	percep_bucket *pb;   /* packed tables only (then slot and e are NULL); (mask + 1) / 4 */
	percep_pentry *pe;   /* packed: the sparse rows longer than 3 */
	size_t pne, pcap;
	/* packed, while loading: the buckets of sparse rows (percep_pack_near) */
	uint32_t *pnear;
	size_t pnn;
	/* packed: the dense rows' high bytes (pstride classes each, 0 = none) */
	int8_t *pq;
	uint8_t *pr;         /* packed: their low bytes, at the same offsets (one block with pq) */
	size_t pdn, pdcap, pstride;
	int pshift;          /* packed: bucket = (key * golden) >> pshift */
	float scale;         /* packed: weight = int16 * scale */
} percep;

/* An empty training table for `nclass` (<= 256; packed tables: < PERCEP_TRASH) classes. Returns 0
 * or -1 (out of memory). */
int percep_init(percep *p, int nclass);
/* An empty frozen table with room for `features` features and `entries` entries. */
int percep_init_frozen(percep *p, int nclass, size_t features, size_t entries);
/* Adds a feature and its row (a frozen table being built) under its table key (the
 * percep_mix_end of its hash); returns 0, or -1 when the key is 0 or already there. */
int percep_add_row(percep *p, uint64_t key, size_t off, size_t n);
void percep_free(percep *p);
/* Whether a packed table keeps a row of n entries dense (a vector add beats n scattered ones).
 * Inline: asked of each of a model's million rows twice a load (speed170). */
static inline int percep_packed_dense(int nclass, size_t n)
{
	return n > 3 && (n * 4 >= (size_t)nclass || n >= 12);
}
/* An empty packed table for `features` features, `dense` of them dense, the other rows
 * longer than 3 holding `overflow` entries in all; weights are int16 * scale. Returns 0 or
 * -1 (out of memory). */
int percep_init_packed(percep *p, int nclass, size_t features, size_t overflow, size_t dense,
		       float scale);
/* Adds a feature and its row of n (<= nclass) entries to a packed table; returns 0, or -1
 * when the key is 0 or already there, a class is out of range or the room is exceeded. The
 * row's n weights are int16 in native order at w, aligned or not (read from a mapped file). */
int percep_add_packed(percep *p, uint32_t key, const uint8_t *cls, const void *w, size_t n);
/* percep_add_packed for nf features in turn, as a model file stores them: keys u32[nf] and
 * row lengths u16[nf] (native order, aligned or not), then their rows' classes and weights
 * one after another; each feature's bucket is fetched a few rows ahead. Returns 0, or -1 at
 * the first row refused (the table is then only fit to be freed). */
int percep_add_packed_rows(percep *p, size_t nf, const void *keys, const void *lens,
			   const uint8_t *cls, const void *w);
/* After the last percep_add_packed: a sparse row that fits in its bucket's free slots (a
 * bucket at half load has two on average; 3 entries a slot) is moved there, so finding the
 * feature brings its row in the same cache line, not a second miss. The scores are the same
 * (integer sums). The free slots keep key 0, so lookups and the bucket's end are unchanged;
 * percep_add_packed refuses any feature afterwards. */
void percep_pack_near(percep *p);
/* A frozen copy of p keyed by the 32-bit keys (as uint64 values): the rows of features
 * whose 32-bit keys coincide are added together, as a 32-bit-keyed table would have learnt
 * them. Model files store these. Returns 0 or -1 (out of memory). */
int percep_fold32(const percep *p, percep *out);
/* 1 when the table can score (a training, frozen or packed table). */
int percep_ready(const percep *p);
/* Room a scores array needs for nclass classes: dense rows are added in blocks of 8. */
#define PERCEP_ROOM(nclass) (((nclass) + 7) / 8 * 8)
/* Adds the rows of the nk features to scores[0..PERCEP_ROOM(nclass)) (which the caller
 * zeroes; past nclass they stay 0). Here and below, keys are the features' hashes
 * (percep_key), which each kind of table makes its own key of (percep_mix_end, percep_key32). */
void percep_score(const percep *p, const uint64_t *keys, size_t nk, float *scores);
/* percep_score for the classes that are wanted: bit b of `blocks` stands for classes
 * [PERCEP_BLOCK * b, PERCEP_BLOCK * (b + 1)); the scores of classes in no wanted block may
 * be left short (a packed table skips their dense rows), the others are exact. */
#define PERCEP_BLOCK 16
void percep_score_some(const percep *p, const uint64_t *keys, size_t nk, float *scores,
		       uint64_t blocks);
/* The first c < nc of the best scores sc[c] with ok[c] set (-1: none). */
int percep_argmax(const float *sc, const unsigned char *ok, int nc);
/* The first of the best-scoring classes c with ok[c] set, in class order (ok: PERCEP_ROOM(
 * nclass) bytes, each 0 or 1, 0 past nclass): the class that the scores of
 * percep_score_some(p, keys, nk, scores, blocks) would give, exactly, floats' ties included;
 * -1 when no class is ok. Every ok class must lie in a wanted block. A packed table first
 * adds its dense rows' high bytes only: their low bytes add at most 255 a dense row to any
 * class, so when the best class's sum beats every other ok class's by more than that, they
 * are not read; *low (NULL: not asked) tells whether they were. */
int percep_best(const percep *p, const uint64_t *keys, size_t nk, const unsigned char *ok,
		uint64_t blocks, int *low);
/* percep_best on a packed table with np more features whose slots percep_find gave (the
 * parser's one-word features, found once a sentence): the class percep_best gives for the nk
 * keys and those features' keys together (integer sums: the order does not matter). np must
 * be 0 for a table that is not packed (p->pb NULL). */
int percep_best_found(const percep *p, const percep_pslot *const *pre, size_t np,
		      const uint64_t *keys, size_t nk, const unsigned char *ok, uint64_t blocks,
		      int *low);
/* percep_score_some on the nk keys and the np features found before (percep_find; np must
 * be 0 for a table that is not packed): the scores percep_best_found ranks, for a decoder
 * that needs every class's (the parser's beam). */
void percep_score_found(const percep *p, const percep_pslot *const *pre, size_t np,
			const uint64_t *keys, size_t nk, float *scores, uint64_t blocks);
/* out[k] = the slot of keys[k] in a packed table (a slot with no row when absent). */
void percep_find(const percep *p, const uint64_t *keys, size_t nk, const percep_pslot **out);
/* One perceptron step: +1 for truth, -1 for guess on every feature (nothing if equal).
 * Returns 0 or -1 (out of memory). */
int percep_update(percep *p, const uint64_t *keys, size_t nk, int truth, int guess);
/* Replaces the weights by their averages, drops entries whose |weight| < min_abs and rebuilds
 * a compact frozen table. Returns 0 or -1. */
int percep_finish(percep *p, float min_abs);
/* A copy of p (a training table) made into a frozen, averaged one. Returns 0 or -1. */
int percep_snapshot(const percep *p, percep *out, float min_abs);
/* Drops the entries of a frozen table whose |weight| < min_abs (and features left with
 * none). Returns 0 or -1. */
int percep_prune(percep *p, float min_abs);
/* Drops the features of a frozen table whose row's weights add up (in magnitude) to less
 * than min_mass: feature selection, a smaller table at a small cost measured on dev.
 * Returns 0 or -1. */
int percep_select(percep *p, float min_mass);
/* Features with weights in a frozen table. */
size_t percep_features(const percep *p);

/* The 32-bit key a model file stores for a feature: the top half of its hash, never 0. The
 * same for a feature hash (percep_key) and its 64-bit key (percep_mix_end): the last step
 * x ^= x >> 33 changes no bit above bit 30, and x is 0 after it only when it was 0 before. */
static inline uint32_t percep_key32(uint64_t key)
{
	uint32_t k = (uint32_t)(key >> 32);
	return k ? k : 1;
}

/* The two rounds of percep_mix before its last step (h ^= h >> 33), which leaves the top 32
 * bits as they are. */
static inline uint64_t percep_mix_rounds(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h;
}
/* percep_mix's last step, never 0: a feature hash's 64-bit key (the key of a training or
 * frozen table). */
static inline uint64_t percep_mix_end(uint64_t h)
{
	h ^= h >> 33;
	return h ? h : 1;
}
/* Feature-key mixing: a strong 64-bit finaliser (never returns 0). */
static inline uint64_t percep_mix(uint64_t h)
{
	return percep_mix_end(percep_mix_rounds(h));
}
/* A feature's hash, what the percep_* functions take as keys: its template and up to three
 * values (hashes or small numbers), each multiplied by its own odd constant, then mixed once
 * (format 3; format 2 mixed three times, which cost a third of the parser's time spent making
 * keys) but for the mix's last step. A table keyed by 64 bits takes the step (percep_mix_end:
 * the key percep_mix gives); a packed table reads the top 32 bits alone (percep_key32), which
 * the step leaves as they are, so the parser's 60 hashes a transition skip it (speed170). */
static inline uint64_t percep_key(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
	return percep_mix_rounds(tmpl * 0x9E3779B97F4A7C15ULL ^ a * 0xC2B2AE3D27D4EB4FULL ^
				 b * 0x165667B19E3779F9ULL ^ (c + 0x27D4EB2F165667C5ULL) *
				 0xD6E8FEB86659FD93ULL);
}
#endif
