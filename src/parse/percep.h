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
} percep;

/* An empty training table for `nclass` (<= 256) classes. Returns 0 or -1 (out of memory). */
int percep_init(percep *p, int nclass);
/* An empty frozen table with room for `features` features and `entries` entries. */
int percep_init_frozen(percep *p, int nclass, size_t features, size_t entries);
/* Adds a feature and its row (a frozen table being built); returns 0, or -1 when the key is
 * 0 or already there. */
int percep_add_row(percep *p, uint64_t key, size_t off, size_t n);
void percep_free(percep *p);
/* Adds the rows of the nk features to scores[0..nclass) (which the caller zeroes). */
void percep_score(const percep *p, const uint64_t *keys, size_t nk, float *scores);
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
/* Features with weights in a frozen table. */
size_t percep_features(const percep *p);

/* Feature-key mixing: a strong 64-bit finaliser (never returns 0). */
static inline uint64_t percep_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h ? h : 1;
}
static inline uint64_t percep_key(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t h = percep_mix(tmpl * 0x9E3779B97F4A7C15ULL + a);
	h = percep_mix(h ^ (b * 0xC2B2AE3D27D4EB4FULL));
	return percep_mix(h ^ (c * 0x165667B19E3779F9ULL));
}
#endif
