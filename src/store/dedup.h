/*
 * dedup.h - duplicate and near-duplicate stories, before the store: the normalised-text
 * fingerprint (exact duplicates) and MinHash signatures over word shingles with LSH bands
 * (the same report republished, lightly edited, by several outlets).
 * Normalising lower-cases, drops punctuation and apostrophes and collapses whitespace, so
 * re-encoded quotes, dashes and spacing do not make two texts differ. Pure computation: no I/O.
 */
#ifndef KH_DEDUP_H
#define KH_DEDUP_H
#include <stddef.h>
#include <stdint.h>

#define DEDUP_SHINGLE 4        /* words per shingle */
#define DEDUP_HASHES 128       /* MinHash signature length */
#define DEDUP_BANDS 42         /* LSH bands of DEDUP_ROWS values (42 x 3 = 126 <= 128) */
#define DEDUP_ROWS 3
#define DEDUP_MIN_SHINGLES 8   /* shorter texts are matched only exactly */

typedef struct dedup_print_s {
	char fingerprint[33];            /* 128-bit hash of the normalised text, in hex */
	size_t words, shingles;
	int has_signature;               /* shingles >= DEDUP_MIN_SHINGLES */
	uint32_t sig[DEDUP_HASHES];
	int64_t bands[DEDUP_BANDS];      /* one key per band (band number mixed in) */
} dedup_print;

/* Fingerprints text[0..n) (UTF-8). Returns 0, or -1 when out of memory. */
int dedup_compute(const char *text, size_t n, dedup_print *out);

/* Fills p->bands from p->sig (dedup_compute does; a signature read back from a store needs
 * it). */
void dedup_bands(dedup_print *p);

/* Estimated Jaccard similarity of two signatures' shingle sets (fraction of equal values). */
double dedup_similarity(const uint32_t *a, const uint32_t *b);

/* Signature <-> bytes (little-endian, DEDUP_HASHES * 4 bytes) for storage. */
void dedup_sig_pack(const uint32_t *sig, unsigned char *out);
void dedup_sig_unpack(const unsigned char *in, uint32_t *sig);
#endif
