/*
 * percep.c - averaged-perceptron weight table; see percep.h.
 * Averaging is lazy (Daume's trick): each entry keeps the running total of its weight over
 * all updates and the update count when it last changed, so an update costs O(features).
 */
#define _DEFAULT_SOURCE   /* madvise(MADV_HUGEPAGE) */
#include "parse/percep.h"
#include "base/pages.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define BUCKET 4   /* slots in a packed table's bucket (one cache line) */
_Static_assert(sizeof(percep_bucket) == 64, "a bucket is one cache line");

/* Zeroed memory for a big table, asking for huge pages: lookups hit the table at random, and
 * with 4 KiB pages nearly every one would also miss the TLB. free() releases it. */
static void *big_alloc(size_t n)
{
	void *p = NULL;
	size_t huge = (size_t)2 << 20;
	if (n < huge) {   /* cache-line aligned: a packed table's buckets are lines */
		if (posix_memalign(&p, 64, n ? n : 1))
			return NULL;
		memset(p, 0, n);
		return p;
	}
	n = (n + huge - 1) / huge * huge;
	if (posix_memalign(&p, huge, n))
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, n, MADV_HUGEPAGE);
#endif
	memset(p, 0, n);
	return p;
}

static int alloc_slots(percep *p, size_t slots)
{
	p->slot = big_alloc(slots * sizeof *p->slot);
	p->mask = slots - 1;
	return p->slot ? 0 : -1;
}

int percep_init(percep *p, int nclass)
{
	memset(p, 0, sizeof *p);
	p->nclass = nclass;
	return alloc_slots(p, (size_t)1 << 16);
}

/* A frozen table of exactly `slots` slots (a power of two): the slot order is the order
 * rows are saved in, so training must size tables the same way every time. */
static int init_slots(percep *p, int nclass, size_t slots, size_t entries)
{
	memset(p, 0, sizeof *p);
	p->nclass = nclass;
	p->e = big_alloc((entries + 1) * sizeof *p->e);
	if (!p->e || alloc_slots(p, slots)) {
		percep_free(p);
		return -1;
	}
	p->ne = p->ce = entries;
	return 0;
}

int percep_init_frozen(percep *p, int nclass, size_t features, size_t entries)
{
	size_t slots = 1 << 10;
	while (slots < features * 2)
		slots *= 2;
	return init_slots(p, nclass, slots, entries);
}

/* A packed table's sparse rows come first in one block with its buckets (so that a row kept
 * in a bucket's free slots has an offset from pe too): the rows' bytes, whole lines. */
static size_t rows_bytes(const percep *p)
{
	return ((p->pcap + 1) * sizeof *p->pe + 63) / 64 * 64;
}

static size_t packed_bytes(const percep *p)
{
	return rows_bytes(p) + (p->mask + 1) / BUCKET * sizeof *p->pb;
}

/* The bytes of the dense rows' high bytes (pq), whole lines; their low bytes (pr) follow. */
static size_t dense_bytes(const percep *p)
{
	return (p->pdcap * p->pstride + 64) / 64 * 64;
}

void percep_free(percep *p)
{
	free(p->slot);
	free(p->e);
	free(p->tot);
	free(p->stamp);
	pages_free(p->pe, packed_bytes(p));   /* the sparse rows and the buckets: one block */
	free(p->pnear);
	pages_free(p->pq, 2 * dense_bytes(p));
	memset(p, 0, sizeof *p);
}

int percep_ready(const percep *p)
{
	return p->slot || p->pb;
}

/* The bucket of a key in a table of pshift `shift`. */
static size_t bucket_of(uint32_t key, int shift)
{
	return (size_t)((uint32_t)(key * 0x9E3779B1u) >> shift);
}

static size_t pbucket(const percep *p, uint32_t key)
{
	return bucket_of(key, p->pshift);
}

/* a dense row's length is a multiple: one AVX-512 or two AVX2 adds */
#define DENSE_LANES PERCEP_BLOCK

int percep_init_packed(percep *p, int nclass, size_t features, size_t overflow, size_t dense,
		       float scale)
{
	size_t slots = 1 << 10;
	while (slots < features * 2)
		slots *= 2;
	memset(p, 0, sizeof *p);
	p->nclass = nclass;
	p->scale = scale;
	p->mask = slots - 1;
	p->pcap = overflow;
	/* the rows are written once, in order: fresh pages, not malloc's faulted one by one */
	p->pe = pages_zero(packed_bytes(p));
	p->pb = p->pe ? (percep_bucket *)(void *)((char *)p->pe + rows_bytes(p)) : NULL;
	p->pnear = malloc((overflow / 4 + 1) * sizeof *p->pnear);   /* a sparse row has 4+ */
	p->pstride = ((size_t)nclass + DENSE_LANES - 1) / DENSE_LANES * DENSE_LANES;
	if (p->pstride > 64)   /* a row of high bytes: whole cache lines */
		p->pstride = (p->pstride + 63) / 64 * 64;
	p->pdcap = dense;
	p->pq = pages_zero(2 * dense_bytes(p));
	p->pr = p->pq ? (uint8_t *)p->pq + dense_bytes(p) : NULL;
	/* offsets: 32 bits */
	if (!p->pb || !p->pq || !p->pnear || dense * p->pstride > UINT32_MAX ||
	    packed_bytes(p) / sizeof *p->pe > UINT32_MAX) {
		percep_free(p);
		return -1;
	}
	p->pshift = 32;
	for (size_t b = slots / BUCKET; b > 1; b >>= 1)
		p->pshift--;
	return 0;
}

#define PREFETCH_AHEAD 16   /* rows: enough to overlap a dozen misses */

/* The largest of the n bytes at b: 16 at a time where SSE2 is (every x86-64). */
static unsigned max_byte(const uint8_t *b, size_t n)
{
	unsigned mx = 0;
	size_t i = 0;
#ifdef __SSE2__
	__m128i m = _mm_setzero_si128();
	for (; i + 16 <= n; i += 16)
		m = _mm_max_epu8(m, _mm_loadu_si128((const __m128i *)(const void *)(b + i)));
	uint8_t v[16];
	_mm_storeu_si128((__m128i *)(void *)v, m);
	for (int j = 0; j < 16; j++)
		mx = v[j] > mx ? v[j] : mx;
#endif
	for (; i < n; i++)
		mx = b[i] > mx ? b[i] : mx;
	return mx;
}

/* A short row is stored as two words, in the little-endian order of the model file's bytes. */
_Static_assert(offsetof(percep_pslot, u) == 4 && sizeof(percep_pslot) == 12,
	       "a slot is its length and classes in 4 bytes, then its weights in 8");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "percep.c stores a short row's words little-endian"
#endif

/* A row of n <= 3 entries into its empty slot, its unused places naming PERCEP_TRASH with
 * weight 0 (as the fresh pages were): cw holds its classes in its low n bytes, ww its weights in
 * its low 2n bytes, and whatever lies above them is masked off. Two stores, no branch: most of
 * a model's million rows are this short (speed175; speed170b had chosen each place). */
static void put_short_row(percep_pslot *s, uint32_t cw, uint64_t ww, size_t n)
{
	uint32_t keep = (1u << 8 * n) - 1;
	uint32_t head = (uint32_t)n | ((cw & keep) | (0xffffffu & ~keep)) << 8;
	uint64_t w = ww & (((uint64_t)1 << 16 * n) - 1);
	memcpy(s, &head, 4);
	memcpy(&s->u, &w, 8);
}

/* The first empty slot of key k's probe (its bucket's slots, then the next buckets'), its key's
 * place in *key; NULL when k is there already. Slot by slot: at a third of the slots used most
 * probes end at the first, where a vector compare of the bucket's keys costs more. */
static percep_pslot *free_slot(percep_bucket *pb, size_t mask, uint32_t k, int shift,
			       uint32_t **key)
{
	size_t i = bucket_of(k, shift) * BUCKET;
	while (pb[i / BUCKET].key[i % BUCKET] && pb[i / BUCKET].key[i % BUCKET] != k)
		i = (i + 1) & mask;
	*key = &pb[i / BUCKET].key[i % BUCKET];
	return **key ? NULL : &pb[i / BUCKET].slot[i % BUCKET];
}

int percep_add_packed_rows(percep *p, size_t nf, const void *keys, const void *lens,
			   const uint8_t *cls, const void *w)
{
	/* the table's fields are read into locals and written back at the end: the rows are
	 * stored a byte at a time, and a byte store may alias any field, so the compiler would
	 * otherwise read each field again after every one (a million rows a load) */
	percep_bucket *pb = p->pb;
	percep_pentry *pe = p->pe;
	int8_t *pq = p->pq;
	uint8_t *pr = p->pr;
	uint32_t *pnear = p->pnear;
	const size_t mask = p->mask, nclass = (size_t)p->nclass, pcap = p->pcap, pdcap = p->pdcap;
	const size_t pstride = p->pstride;
	const size_t full = (mask + 1) / 2;   /* keys at most half the slots */
	const int shift = p->pshift;
	size_t used = p->used, pne = p->pne, pdn = p->pdn, pnn = p->pnn, off = 0;
	const unsigned char *kb = keys, *lb = lens, *wb = w;
	int rc = pnear && nclass < PERCEP_TRASH ? 0 : -1;
	/* every class and length in range and room for every key, checked before any row is
	 * added (a refused row leaves the table as it was): the classes in one pass over the
	 * bytes, 16 at a time, not a test an entry */
	size_t ne = 0, longest = 0;
	for (size_t f = 0; f < nf; f++) {
		uint16_t n16;
		memcpy(&n16, lb + 2 * f, 2);
		ne += n16;
		longest = n16 > longest ? n16 : longest;
	}
	if ((ne && max_byte(cls, ne) >= nclass) || longest > nclass || nf > full - used)
		rc = -1;
	for (size_t f = 0; f < nf && !rc; f++) {
		uint32_t k, ahead;
		uint16_t n16;
		memcpy(&k, kb + 4 * f, 4);
		memcpy(&n16, lb + 2 * f, 2);
		if (f + PREFETCH_AHEAD < nf) {   /* a million rows at random places in 48 MB */
			memcpy(&ahead, kb + 4 * (f + PREFETCH_AHEAD), 4);
			__builtin_prefetch(&pb[bucket_of(ahead, shift)], 1);
		}
		size_t n = n16;
		const uint8_t *c = cls + off;
		const unsigned char *q = wb + 2 * off;
		/* a short row's classes and weights read 4 and 8 bytes wide where the arrays
		 * hold that many from here (all but the last rows), else as many as it has */
		uint32_t cw = 0;
		uint64_t ww = 0;
		if (off + 4 <= ne)
			memcpy(&cw, c, 4), memcpy(&ww, q, 8);
		else if (n <= 3)
			memcpy(&cw, c, n), memcpy(&ww, q, 2 * n);
		off += n;
		uint32_t *key = NULL;
		percep_pslot *s = k ? free_slot(pb, mask, k, shift, &key) : NULL;
		/* speed170b: a long row's room is tested only for a long row (most are short);
		 * a refused row still writes nothing */
		int dense = percep_packed_dense((int)nclass, n);
		if (!s || (dense ? pdn >= pdcap : n > 3 && pne + n > pcap)) {
			rc = -1;
			break;
		}
		*key = k;
		if (n <= 3) {
			put_short_row(s, cw, ww, n);
		} else if (dense) {
			size_t at = pdn++ * pstride;
			s->n = (uint8_t)n;
			s->cls[0] = s->cls[1] = s->cls[2] = PERCEP_TRASH;
			s->u.r.kind = PERCEP_DENSE;
			s->u.r.off = (uint32_t)at;
			for (size_t j = 0; j < n; j++) {
				int16_t x;
				memcpy(&x, q + 2 * j, 2);
				pq[at + c[j]] = (int8_t)(x >> 8);   /* x = 256 q + r exactly */
				pr[at + c[j]] = (uint8_t)(x & 255);
			}
		} else {
			s->n = (uint8_t)n;
			s->cls[0] = s->cls[1] = s->cls[2] = PERCEP_TRASH;
			s->u.r.kind = PERCEP_SPARSE;
			s->u.r.off = (uint32_t)pne;
			pnear[pnn++] = (uint32_t)(((char *)key - (char *)pb) / sizeof *pb);
			for (size_t j = 0; j < n; j++, pne++) {
				pe[pne].cls = c[j];
				memcpy(&pe[pne].w, q + 2 * j, 2);
			}
		}
		used++;
	}
	p->used = used, p->pne = pne, p->pdn = pdn, p->pnn = pnn;
	return rc;
}

int percep_add_packed(percep *p, uint32_t k, const uint8_t *cls, const void *w, size_t n)
{
	uint16_t n16 = (uint16_t)n;
	if (n > UINT16_MAX)
		return -1;
	return percep_add_packed_rows(p, 1, &k, &n16, cls, w);
}

/* Moves the sparse rows of bucket b's features into its free slots (the last 4 - used),
 * while they fit: such a row is read from the line its feature was found in. */
static void rows_into_bucket(percep *p, percep_bucket *b)
{
	size_t used = 0, in = rows_bytes(p) / sizeof *p->pe;   /* in: offsets past the rows */
	while (used < BUCKET && b->key[used])
		used++;
	percep_pentry *room = (percep_pentry *)(void *)&b->slot[used];
	size_t left = (BUCKET - used) * sizeof b->slot[0] / sizeof *room;
	for (size_t j = 0; j < used; j++)   /* rows moved by an earlier call come first */
		if (b->slot[j].u.r.kind == PERCEP_SPARSE && b->slot[j].u.r.off >= in)
			room += b->slot[j].n, left -= b->slot[j].n;
	for (size_t j = 0; j < used; j++) {
		percep_pslot *s = &b->slot[j];
		if (s->u.r.kind != PERCEP_SPARSE || s->u.r.off >= in || s->n > left)
			continue;
		memcpy(room, p->pe + s->u.r.off, s->n * sizeof *room);
		s->u.r.off = (uint32_t)(room - p->pe);
		room += s->n;
		left -= s->n;
	}
}

void percep_pack_near(percep *p)
{
	for (size_t k = 0; k < p->pnn; k++) {
		/* the buckets were last written long ago: overlap the misses */
		if (k + 16 < p->pnn)
			__builtin_prefetch(&p->pb[p->pnear[k + 16]], 1);
		rows_into_bucket(p, &p->pb[p->pnear[k]]);
	}
	free(p->pnear);
	p->pnear = NULL;
	p->pnn = 0;
}

/* Built three times (AVX-512, AVX2, the baseline), chosen once at load by the dynamic linker. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define VECTOR_CLONES
#endif

/* acc[c, c + nb DENSE_LANES) += the sum of the nr (<= 256) dense rows' bytes there (base +
 * off[r]), each a high byte (signed, times 256) when `high`, else a low byte (0..255), for nb
 * (1, 2 or 4) blocks side by side. The bytes are summed in 16 bits, twice the classes a vector
 * holds: 256 rows' high bytes sum to [-32768, 32512], their low bytes to at most 65280, so a
 * sum kept modulo 65536 (unsigned) is exact, read back as signed for the high bytes (GCC
 * converts modulo 2^16). Inlined with constant `high` and `nb`: e.g. a parser transition's
 * 100 classes in 7 wanted blocks are 4 + 2 + 1 passes over the rows, not 2 + 2 + 2 + 1. */
static inline __attribute__((always_inline)) void add_blocks(int32_t *restrict acc,
		const int8_t *restrict base, const uint32_t *restrict off, size_t nr, size_t c,
		int high, size_t nb)
{
	enum { W = 2 * DENSE_LANES };
	uint16_t v[W] = { 0 }, u[W] = { 0 };   /* u: blocks 3 and 4, when nb is 4 */
	size_t n = nb > 1 ? W : DENSE_LANES;
	for (size_t r = 0; r < nr; r++) {
		const int8_t *row = base + off[r] + c;
		const uint8_t *low = (const uint8_t *)row;
		for (size_t j = 0; j < n; j++)
			v[j] += high ? (uint16_t)row[j] : low[j];
		if (nb > 2)
			for (size_t j = 0; j < W; j++)
				u[j] += high ? (uint16_t)row[W + j] : low[W + j];
	}
	for (size_t j = 0; j < n; j++)
		acc[c + j] += high ? (int16_t)v[j] * 256 : v[j];
	if (nb > 2)
		for (size_t j = 0; j < W; j++)
			acc[c + W + j] += high ? (int16_t)u[j] * 256 : u[j];
}

/* acc[0..stride) += the sum of the nr dense rows' high or low bytes (add_blocks), stride a
 * multiple of DENSE_LANES, in the blocks of DENSE_LANES classes whose bit is set in `blocks`
 * (the others are left as they are: their classes are not wanted). The loop runs over blocks
 * of classes outside (four or two wanted blocks side by side at once, which cuts the row
 * loop's overhead) and rows inside; integer sums are exact, so the order does not matter. */
static inline __attribute__((always_inline)) void add_dense(int32_t *restrict acc,
		const int8_t *restrict base, const uint32_t *restrict off, size_t nr,
		size_t stride, uint64_t blocks, int high)
{
	for (size_t c = 0; c < stride; c += DENSE_LANES) {
		size_t b = c / DENSE_LANES;
		if (!(blocks >> b & 1))
			continue;
		if (c + 4 * DENSE_LANES <= stride && (blocks >> b & 15) == 15) {
			add_blocks(acc, base, off, nr, c, high, 4);
			c += 3 * DENSE_LANES;
		} else if (c + 2 * DENSE_LANES <= stride && blocks >> (b + 1) & 1) {
			add_blocks(acc, base, off, nr, c, high, 2);
			c += DENSE_LANES;
		} else {
			add_blocks(acc, base, off, nr, c, high, 1);
		}
	}
}

/* The dense rows' high bytes times 256 (pq), then their low bytes (pr): w = 256 q + r. */
VECTOR_CLONES
static void add_high(int32_t *restrict acc, const percep *p, const uint32_t *restrict off,
		     size_t nr, uint64_t blocks)
{
	add_dense(acc, p->pq, off, nr, p->pstride, blocks, 1);
}

VECTOR_CLONES
static void add_low(int32_t *restrict acc, const percep *p, const uint32_t *restrict off,
		    size_t nr, uint64_t blocks)
{
	add_dense(acc, (const int8_t *)p->pr, off, nr, p->pstride, blocks, 0);
}

/* scores[0..room) += acc * scale, room a multiple of 8 (a vector's floats): the same products
 * and sums, one class at a time or eight, so the result is the same. */
VECTOR_CLONES
static void add_scaled(float *restrict scores, const int32_t *restrict acc, size_t room,
		       float scale)
{
	for (size_t c = 0; c < room; c += 8)
		for (size_t j = 0; j < 8; j++)
			scores[c + j] += (float)acc[c + j] * scale;
}

/* What an absent feature finds: a row of nothing, added to the trash class. */
static const percep_pslot NONE = { 0, { PERCEP_TRASH, PERCEP_TRASH, PERCEP_TRASH },
				   { { 0, 0, 0, 0 } } };

/* Bit j set when k[j] == key, for the BUCKET keys of a bucket (one vector compare). */
static unsigned key_mask(const uint32_t *k, uint32_t key)
{
#ifdef __SSE2__
	__m128i v = _mm_load_si128((const __m128i *)(const void *)k);
	return (unsigned)_mm_movemask_ps(
		_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_set1_epi32((int)key))));
#else
	return (unsigned)(k[0] == key) | (unsigned)(k[1] == key) << 1 |
	       (unsigned)(k[2] == key) << 2 | (unsigned)(k[3] == key) << 3;
#endif
}

/* The slot of key in its bucket (b = p->pb + pbucket(p, key)) or the ones after (&NONE when
 * absent). The bucket's four keys are compared without branches; a bucket that is not full
 * ends the search, so a second bucket is read (its index worked out) only after an overflow
 * (rare at half load). */
static inline __attribute__((always_inline)) const percep_pslot *find_packed(const percep *p,
		uint32_t key, const percep_bucket *b)
{
	for (;;) {
		unsigned m = key_mask(b->key, key);
		if (m | (unsigned)(b->key[BUCKET - 1] == 0)) {
			/* BUCKET: absent */
			unsigned at = (unsigned)__builtin_ctz(m | 1u << BUCKET);
			return at < BUCKET ? b->slot + at : &NONE;
		}
		b = p->pb + (((size_t)(b - p->pb) + 1) & p->mask / BUCKET);
	}
}

/* Adds slot s's short row to acc (its unused entries to the trash class) and sorts a long row
 * into the dense list (off, *nd) or the sparse one (sparse, *ns) without branches, a dense
 * row's first line of high bytes prefetched. Any other row prefetches pq's first line
 * instead, its offset masked to 0 (speed170: and, add, where a select of the slot's own line
 * took eight instructions); a line read so often stays cached. */
static inline __attribute__((always_inline)) void take_slot(const percep *p,
		const percep_pslot *s, int32_t *acc, uint32_t *off, size_t *nd,
		const percep_pslot **sparse, size_t *ns)
{
	acc[s->cls[0]] += s->u.w[0];
	acc[s->cls[1]] += s->u.w[1];
	acc[s->cls[2]] += s->u.w[2];
	uint32_t o = s->u.r.off, kind = s->u.r.kind, dn = kind >> 1;
	__builtin_prefetch(p->pq + (o & -dn));
	off[*nd] = o;
	*nd += dn;
	sparse[*ns] = s;
	*ns += kind & PERCEP_SPARSE;
}

/* acc[0..pstride) = the exact sums of the short and sparse rows of the nk features and of the
 * np (nk + np <= 256) found before, slots pre[] (the caller's acc has room for 256:
 * acc[PERCEP_TRASH] takes what unused entries add, then is cleared); off[] = the offsets of
 * their dense rows, which are not added. Returns the dense rows'
 * number. First every feature's bucket is prefetched, then found (its long row prefetched),
 * so all the misses of one call are in flight together; then the sparse rows are added. */
static size_t sum_sparse(const percep *p, const uint64_t *keys, size_t nk,
			 const percep_pslot *const *pre, size_t np, int32_t *acc, uint32_t *off)
{
	memset(acc, 0, p->pstride * sizeof acc[0]);   /* only the room read back, not 1 KB */
	acc[PERCEP_TRASH] = 0;
	uint32_t k32[256];
	const percep_bucket *at[256];   /* each key's bucket */
	size_t nd = 0;
	for (size_t k = 0; k < nk; k++) {
		k32[k] = percep_key32(keys[k]);
		at[k] = p->pb + pbucket(p, k32[k]);
		__builtin_prefetch(at[k]);
	}
	/* each feature is found and its short row added at once, the keys' slots, then those
	 * found before (two loops: no test a feature of which kind it is) */
	const percep_pslot *sparse[256];
	size_t ns = 0;
	for (size_t k = 0; k < nk; k++)
		take_slot(p, find_packed(p, k32[k], at[k]), acc, off, &nd, sparse, &ns);
	for (size_t k = 0; k < np; k++)
		take_slot(p, pre[k], acc, off, &nd, sparse, &ns);
	for (size_t k = 0; k < ns; k++) {
		const percep_pentry *e = p->pe + sparse[k]->u.r.off, *end = e + sparse[k]->n;
		for (; e < end; e++)
			acc[e->cls] += e->w;
	}
	acc[PERCEP_TRASH] = 0;   /* within the room only when nclass > 248 */
	return nd;
}

/* percep_score on a packed table: the weights (int16) are summed exactly in 32-bit integers,
 * then scaled once, so the result does not depend on the order of the features or the layout. */
static void score_packed(const percep *p, const percep_pslot *const *pre, size_t np,
			 const uint64_t *keys, size_t nk, float *scores, uint64_t blocks)
{
	int32_t acc[256];
	uint32_t off[256];
	size_t nd = sum_sparse(p, keys, nk, pre, np, acc, off);
	add_high(acc, p, off, nd, blocks);
	add_low(acc, p, off, nd, blocks);
	add_scaled(scores, acc, PERCEP_ROOM((size_t)p->nclass), p->scale);
}

int percep_argmax(const float *sc, const unsigned char *ok, int nc)
{
	int b = -1;
	for (int c = 0; c < nc; c++)
		if (ok[c] && (b < 0 || sc[c] > sc[b]))
			b = c;
	return b;
}

/* Eight classes' sums (GCC's and clang's vector type: one AVX2 register, two SSE2 ones). */
typedef int32_t v8i __attribute__((vector_size(32)));

/* *k = -1 in lane j where ok[j] (0 or 1) is 1, else 0: each half's four bytes shifted in
 * place (GCC 12 widens a vector of bytes one byte at a time). */
static inline __attribute__((always_inline)) void ok_mask(const unsigned char *ok, v8i *k)
{
	const v8i at = { 0, 8, 16, 24, 0, 8, 16, 24 };
	int32_t w[2];
	memcpy(w, ok, sizeof w);
	v8i four = { w[0], w[0], w[0], w[0], w[1], w[1], w[1], w[1] };
	*k = -((four >> at) & 1);
}

/* With acc the sums of everything but the nd dense rows' low bytes: the class every exact
 * sum puts first, or -1 when the low bytes could change it. The exact sums lie in [acc, acc +
 * 255 nd] and x -> (float)x * scale is non-decreasing (scale > 0), so when one ok class has
 * the best sum M and the best of the others, M2, has (float)(M2 + 255 nd) * scale <
 * (float)M * scale, that class's score beats every other ok class's whatever the low bytes.
 * Two passes over the classes, eight at a time, without branches (ok[c] is 0 or 1). */
VECTOR_CLONES
static int decided(const int32_t *acc, size_t room, size_t nd, const unsigned char *ok,
		   float scale)
{
	const v8i none = INT32_MIN - (v8i){ 0 };
	v8i x[PERCEP_ROOM(256) / 8], m = none, m2 = none, n = { 0 }, at = { 0 };
	v8i idx = { 0, 1, 2, 3, 4, 5, 6, 7 };
	size_t nv = room / 8;
	for (size_t i = 0; i < nv; i++) {   /* x: the sums, none where not ok; m: their best */
		v8i a, k, gt;
		ok_mask(ok + 8 * i, &k);
		memcpy(&a, acc + 8 * i, sizeof a);
		x[i] = (a & k) | (none & ~k);
		gt = x[i] > m;
		m = (x[i] & gt) | (m & ~gt);
	}
	int32_t best = INT32_MIN, second = INT32_MIN, count = 0, b = 0;
	for (size_t j = 0; j < 8; j++)
		best = m[j] > best ? m[j] : best;
	for (size_t i = 0; i < nv; i++, idx += 8) {   /* the classes at best, the best below */
		v8i eq = x[i] == best, lt = x[i] < best;
		v8i y = (x[i] & lt) | (none & ~lt), gt = y > m2;
		m2 = (y & gt) | (m2 & ~gt);
		n -= eq;
		at += eq & idx;
	}
	for (size_t j = 0; j < 8; j++) {
		second = m2[j] > second ? m2[j] : second;
		count += n[j], b += at[j];
	}
	if (count != 1 || !(scale > 0))
		return -1;   /* no ok class, or a tie the low bytes may break */
	if (second == INT32_MIN)
		return b;    /* the one ok class */
	return (float)best * scale > (float)(second + 255 * (int32_t)nd) * scale ? b : -1;
}

int percep_best(const percep *p, const uint64_t *keys, size_t nk, const unsigned char *ok,
		uint64_t blocks, int *low)
{
	return percep_best_found(p, NULL, 0, keys, nk, ok, blocks, low);
}

/* percep_best with np features already found (percep_find): e.g. the parser's keys of
 * "arrested" on the stack, found once a sentence, not once a transition. */
int percep_best_found(const percep *p, const percep_pslot *const *pre, size_t np,
		      const uint64_t *keys, size_t nk, const unsigned char *ok, uint64_t blocks,
		      int *low)
{
	float sc[PERCEP_ROOM(256)];
	int32_t acc[256];
	uint32_t off[256];
	size_t room = PERCEP_ROOM((size_t)p->nclass);
	if (nk > 256)
		nk = 256;
	if (np > 256 - nk)
		np = 256 - nk;
	if (low)
		*low = 1;
	if (!p->pb) {
		memset(sc, 0, room * sizeof sc[0]);   /* not 1 KB a call */
		percep_score_some(p, keys, nk, sc, blocks);
		return percep_argmax(sc, ok, p->nclass);
	}
	size_t nd = sum_sparse(p, keys, nk, pre, np, acc, off);
	add_high(acc, p, off, nd, blocks);
	int b = nd ? decided(acc, room, nd, ok, p->scale) : -1;
	if (low)
		*low = b < 0 && nd;
	if (b >= 0)
		return b;
	add_low(acc, p, off, nd, blocks);
	memset(sc, 0, room * sizeof sc[0]);   /* only when `decided` did not answer */
	add_scaled(sc, acc, room, p->scale);
	return percep_argmax(sc, ok, p->nclass);
}

void percep_score_found(const percep *p, const percep_pslot *const *pre, size_t np,
			const uint64_t *keys, size_t nk, float *scores, uint64_t blocks)
{
	if (nk > 256)
		nk = 256;
	if (np > 256 - nk)
		np = 256 - nk;
	if (p->pb)
		score_packed(p, pre, np, keys, nk, scores, blocks);
	else
		percep_score_some(p, keys, nk, scores, blocks);
}

/* out[k] = the slot of keys[k] (a row of nothing when absent): "protesters" at the head of
 * the buffer, its keys found once for the transitions that see it there. */
void percep_find(const percep *p, const uint64_t *keys, size_t nk, const percep_pslot **out)
{
	for (size_t k = 0; k < nk; k++) {
		uint32_t k32 = percep_key32(keys[k]);
		out[k] = find_packed(p, k32, p->pb + pbucket(p, k32));
	}
}

static size_t find(const percep *p, uint64_t key)
{
	size_t i = (size_t)key & p->mask;
	while (p->slot[i].key && p->slot[i].key != key)
		i = (i + 1) & p->mask;
	return i;
}

int percep_add_row(percep *p, uint64_t key, size_t off, size_t n)
{
	size_t i = find(p, key);
	if (!key || p->slot[i].key || off + n > p->ne || n > 0xffff)
		return -1;
	p->slot[i].key = key;
	p->slot[i].off = (uint32_t)off;
	p->slot[i].n = (uint16_t)n;
	p->used++;
	return 0;
}

void percep_score(const percep *p, const uint64_t *keys, size_t nk, float *scores)
{
	percep_score_some(p, keys, nk, scores, ~(uint64_t)0);
}

void percep_score_some(const percep *p, const uint64_t *keys, size_t nk, float *scores,
		       uint64_t blocks)
{
	const percep_slot *at[256];
	uint64_t key[256];   /* the table's keys of the features */
	if (nk > 256)
		nk = 256;
	if (p->pb) {
		score_packed(p, NULL, 0, keys, nk, scores, blocks);
		return;
	}
	if (!p->slot)
		return;
	/* The table is far bigger than the caches: the first pass prefetches every feature's
	 * slot, the second finds them and prefetches their rows, so the misses of all features
	 * overlap instead of coming one after another. */
	for (size_t k = 0; k < nk; k++) {
		key[k] = percep_mix_end(keys[k]);
		__builtin_prefetch(&p->slot[(size_t)key[k] & p->mask]);
	}
	for (size_t k = 0; k < nk; k++) {
		size_t i = (size_t)key[k] & p->mask;
		while (p->slot[i].key && p->slot[i].key != key[k])
			i = (i + 1) & p->mask;
		at[k] = p->slot[i].key ? &p->slot[i] : NULL;
		if (at[k])
			__builtin_prefetch(&p->e[at[k]->off]);
	}
	for (size_t k = 0; k < nk; k++) {
		if (!at[k])
			continue;
		const percep_entry *e = p->e + at[k]->off, *end = e + at[k]->n;
		for (; e < end; e++)
			scores[e->cls] += e->w;
	}
}

static int grow_table(percep *p)
{
	percep q = *p;
	if (alloc_slots(&q, (p->mask + 1) * 2))
		return -1;
	for (size_t i = 0; i <= p->mask; i++)
		if (p->slot[i].key)
			q.slot[find(&q, p->slot[i].key)] = p->slot[i];
	free(p->slot);
	*p = q;
	return 0;
}

static int reserve_entries(percep *p, size_t more)
{
	if (p->ne + more <= p->ce)
		return 0;
	size_t ce = p->ce ? p->ce : 1 << 16;
	while (ce < p->ne + more)
		ce *= 2;
	percep_entry *e = realloc(p->e, ce * sizeof *e);
	if (e)
		p->e = e;
	double *tot = realloc(p->tot, ce * sizeof *tot);
	if (tot)
		p->tot = tot;
	uint32_t *st = realloc(p->stamp, ce * sizeof *st);
	if (st)
		p->stamp = st;
	if (!e || !tot || !st)
		return -1;
	p->ce = ce;
	return 0;
}

/* The entry of (key, cls), created when missing; (size_t)-1 when out of memory. */
static size_t entry(percep *p, uint64_t key, int c)
{
	if ((p->used + 1) * 2 > p->mask + 1 && grow_table(p))
		return (size_t)-1;
	size_t i = find(p, key);
	percep_slot *s = &p->slot[i];
	if (!s->key) {
		s->key = key;
		s->n = s->cap = 0;
		p->used++;
	}
	size_t o = s->off, n = s->n;
	for (size_t e = o; e < o + n; e++)
		if (p->e[e].cls == (uint32_t)c)
			return e;
	if (n == s->cap) {   /* move the row to the end with room to grow */
		size_t cap = n ? n * 2 : 2;
		if (cap > (size_t)p->nclass)
			cap = (size_t)p->nclass;
		if (reserve_entries(p, cap))
			return (size_t)-1;
		memmove(p->e + p->ne, p->e + o, n * sizeof *p->e);
		memmove(p->tot + p->ne, p->tot + o, n * sizeof *p->tot);
		memmove(p->stamp + p->ne, p->stamp + o, n * sizeof *p->stamp);
		s->off = (uint32_t)p->ne;
		s->cap = (uint16_t)cap;
		p->ne += cap;
		o = s->off;
	}
	size_t e = o + n;
	p->e[e].cls = (uint32_t)c;
	p->e[e].w = 0;
	p->tot[e] = 0;
	p->stamp[e] = p->clock;
	s->n++;
	return e;
}

static void bump(percep *p, size_t e, float d)
{
	p->tot[e] += (double)(p->clock - p->stamp[e]) * p->e[e].w;
	p->stamp[e] = p->clock;
	p->e[e].w += d;
}

int percep_update(percep *p, const uint64_t *keys, size_t nk, int truth, int guess)
{
	p->clock++;
	if (truth == guess)
		return 0;
	for (size_t k = 0; k < nk; k++) {
		uint64_t key = percep_mix_end(keys[k]);   /* the table's key of the feature */
		size_t a = entry(p, key, truth);
		if (a == (size_t)-1)
			return -1;
		bump(p, a, 1);
		size_t b = entry(p, key, guess);
		if (b == (size_t)-1)
			return -1;
		bump(p, b, -1);
	}
	return 0;
}

int percep_finish(percep *p, float min_abs)
{
	size_t kept = 0;
	for (size_t i = 0; i <= p->mask; i++)
		kept += p->slot[i].key != 0;
	size_t slots = 1 << 16;
	while (slots < kept * 2)
		slots *= 2;
	percep q;
	if (init_slots(&q, p->nclass, slots, p->ne))
		return -1;
	q.ne = 0;
	for (size_t i = 0; i <= p->mask; i++) {
		const percep_slot *s = &p->slot[i];
		if (!s->key)
			continue;
		size_t start = q.ne;
		for (size_t e = s->off; e < (size_t)s->off + s->n; e++) {
			double tot = p->tot[e] + (double)(p->clock - p->stamp[e]) * p->e[e].w;
			float avg = p->clock ? (float)(tot / p->clock) : p->e[e].w;
			if (fabsf(avg) < min_abs || avg == 0)
				continue;
			q.e[q.ne].cls = p->e[e].cls;
			q.e[q.ne++].w = avg;
		}
		if (q.ne > start) {
			size_t ne = q.ne;
			q.ne = p->ne;   /* room check in percep_add_row */
			percep_add_row(&q, s->key, start, ne - start);
			q.ne = ne;
		}
	}
	q.ce = q.ne;
	percep_free(p);
	*p = q;
	return 0;
}

int percep_fold32(const percep *p, percep *out)
{
	percep q;
	if (percep_init(&q, p->nclass))
		return -1;
	for (size_t i = 0; i <= p->mask; i++) {
		const percep_slot *s = &p->slot[i];
		for (size_t e = s->off; s->key && e < (size_t)s->off + s->n; e++) {
			size_t at = entry(&q, percep_key32(s->key), (int)p->e[e].cls);
			if (at == (size_t)-1) {
				percep_free(&q);
				return -1;
			}
			q.e[at].w += p->e[e].w;
		}
	}
	if (percep_finish(&q, 0)) {   /* no updates were counted: the weights stay as added */
		percep_free(&q);
		return -1;
	}
	*out = q;
	return 0;
}

int percep_snapshot(const percep *p, percep *out, float min_abs)
{
	percep c = *p;
	size_t slots = p->mask + 1;
	c.slot = malloc(slots * sizeof *c.slot);
	c.e = malloc((p->ne + 1) * sizeof *c.e);
	c.tot = malloc((p->ne + 1) * sizeof *c.tot);
	c.stamp = malloc((p->ne + 1) * sizeof *c.stamp);
	if (!c.slot || !c.e || !c.tot || !c.stamp) {
		percep_free(&c);
		return -1;
	}
	memcpy(c.slot, p->slot, slots * sizeof *c.slot);
	memcpy(c.e, p->e, p->ne * sizeof *c.e);
	memcpy(c.tot, p->tot, p->ne * sizeof *c.tot);
	memcpy(c.stamp, p->stamp, p->ne * sizeof *c.stamp);
	if (percep_finish(&c, min_abs)) {
		percep_free(&c);
		return -1;
	}
	*out = c;
	return 0;
}

/* Keeps the features whose weights add up (in magnitude) to min_mass or more, and of them the
 * weights of magnitude min_abs or more; a feature left with no weight is dropped. */
static int percep_keep(percep *p, float min_abs, float min_mass)
{
	percep q;
	if (init_slots(&q, p->nclass, p->mask + 1, p->ne))
		return -1;
	size_t ne = 0;
	for (size_t i = 0; i <= p->mask; i++) {
		const percep_slot *s = &p->slot[i];
		if (!s->key)
			continue;
		double mass = 0;
		for (size_t e = s->off; e < (size_t)s->off + s->n; e++)
			mass += fabsf(p->e[e].w);
		if (mass < min_mass)
			continue;
		size_t start = ne;
		for (size_t e = s->off; e < (size_t)s->off + s->n; e++)
			if (fabsf(p->e[e].w) >= min_abs)
				q.e[ne++] = p->e[e];
		if (ne > start)
			percep_add_row(&q, s->key, start, ne - start);
	}
	q.ne = q.ce = ne;
	percep_free(p);
	*p = q;
	return 0;
}

int percep_prune(percep *p, float min_abs)
{
	return percep_keep(p, min_abs, 0);
}

int percep_select(percep *p, float min_mass)
{
	return percep_keep(p, 0, min_mass);
}

size_t percep_features(const percep *p)
{
	return p->used;
}
