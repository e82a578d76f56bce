/*
 * dedup.c - text fingerprints and MinHash signatures; see dedup.h.
 * Words are runs of letters and digits (any non-ASCII character but typographic punctuation
 * counts as a letter), lower-cased; apostrophes join ("Taliban's" = "Talibans"). A shingle is
 * DEDUP_SHINGLE consecutive words; each of the DEDUP_HASHES MinHash functions is splitmix64 of
 * the shingle hash xor a fixed seed, so signatures are stable across runs and machines.
 */
#include "store/dedup.h"
#include "base/utf8.h"
#include <stdlib.h>
#include <string.h>

static uint64_t mix64(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ull;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
	return x ^ (x >> 31);
}

/* Kind of the UTF-8 character at p: 0 separator, 1 word character, 2 joiner (apostrophe);
 * *len gets its byte length. */
static int char_kind(const unsigned char *p, size_t n, size_t *len)
{
	unsigned c = p[0];
	unsigned long cp;
	*len = 1;
	if (c < 0x80) {
		if (c == '\'')
			return 2;
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	}
	/* stepped loosely (stored text came through a reader, but the API takes any bytes) */
	size_t k = utf8_decode_loose(p, n, NULL);
	*len = k;
	if (utf8_decode(p, k, &cp) != k)
		return k > 1;   /* a stray byte separates; a broken sequence is a letter */
	if (cp >= 0x80 && cp <= 0xBF)
		return 0;   /* U+0080-U+00BF: no-break space, quotes, signs */
	if (cp >= 0x2000 && cp <= 0x207F)
		/* spaces, dashes, quotes; U+2018/U+2019 are apostrophes */
		return cp == 0x2018 || cp == 0x2019 ? 2 : 0;
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;   /* CJK punctuation */
	return k > 1;
}

/* char_kind of the ASCII bytes: digits and letters 1, the apostrophe 2, the rest 0. */
static const unsigned char ascii_kind[128] = {
	['\''] = 2,
	['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static inline int kind_at(const unsigned char *p, size_t i, size_t n, size_t *len)
{
	if (p[i] < 0x80) {
		*len = 1;
		return ascii_kind[p[i]];
	}
	return char_kind(p + i, n - i, len);
}

/* sig[h] = min(sig[h], the high 32 bits of mix64(sh ^ seeds[h])) for every hash function h:
 * most of a story's fingerprinting (128 hashes per shingle). Each lane is independent and the
 * arithmetic exact, so the vector builds (AVX-512 with its 64-bit multiply, AVX2), chosen
 * once at load by the dynamic linker, give the baseline's bits. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
static void minhash_add(uint64_t sh, const uint64_t *restrict seeds, uint32_t *restrict sig)
{
	for (int h = 0; h < DEDUP_HASHES; h++) {
		uint32_t v = (uint32_t)(mix64(sh ^ seeds[h]) >> 32);
		sig[h] = v < sig[h] ? v : sig[h];
	}
}

int dedup_compute(const char *text, size_t n, dedup_print *out)
{
	memset(out, 0, sizeof *out);
	const unsigned char *p = (const unsigned char *)text;
	size_t cap = n / 2 + 1;
	uint64_t *words = malloc(cap * sizeof *words);
	if (!words)
		return -1;
	uint64_t f1 = 0xCBF29CE484222325ull, f2 = 0x84222325CBF29CE4ull;
	size_t nw = 0, i = 0;
	while (i < n) {
		size_t len;
		int k = kind_at(p, i, n, &len);
		if (k != 1) {
			i += len;
			continue;
		}
		uint64_t h = 0xCBF29CE484222325ull;
		while (i < n) {
			if (p[i] < 0x80) {   /* ASCII: one byte, its kind from the table */
				k = ascii_kind[p[i]];
				if (k == 0)
					break;
				if (k == 1)
					h = (h ^ utf8_ascii_lower(p[i])) * 0x100000001B3ull;
				i++;
				continue;
			}
			k = char_kind(p + i, n - i, &len);
			if (k == 0)
				break;
			if (k == 1)
				for (size_t j = 0; j < len; j++) {
					unsigned char c = utf8_ascii_lower(p[i + j]);
					h = (h ^ c) * 0x100000001B3ull;
				}
			i += len;
		}
		if (nw < cap)
			words[nw++] = h;
		f1 = (f1 ^ h) * 0x100000001B3ull;
		f2 = mix64(f2 ^ h);
	}
	out->words = nw;
	static const char hex[] = "0123456789abcdef";
	for (int b = 0; b < 16; b++) {
		uint64_t v = b < 8 ? f1 : f2;
		unsigned byte = (unsigned)(v >> (8 * (b & 7))) & 0xFF;
		out->fingerprint[2 * b] = hex[byte >> 4];
		out->fingerprint[2 * b + 1] = hex[byte & 15];
	}
	out->fingerprint[32] = 0;

	size_t ns = nw >= DEDUP_SHINGLE ? nw - DEDUP_SHINGLE + 1 : nw ? 1 : 0;
	out->shingles = ns;
	out->has_signature = ns >= DEDUP_MIN_SHINGLES;
	if (out->has_signature) {
		uint64_t seeds[DEDUP_HASHES];
		for (int h = 0; h < DEDUP_HASHES; h++) {
			seeds[h] = mix64(0x5EED0000ull + (uint64_t)h);
			out->sig[h] = UINT32_MAX;
		}
		for (size_t s = 0; s < ns; s++) {
			uint64_t sh = 0x51A6E5ull;
			for (size_t w = s; w < s + DEDUP_SHINGLE && w < nw; w++)
				sh = mix64(sh ^ words[w]);
			minhash_add(sh, seeds, out->sig);
		}
		dedup_bands(out);
	}
	free(words);
	return 0;
}

void dedup_bands(dedup_print *p)
{
	for (int b = 0; b < DEDUP_BANDS; b++) {
		uint64_t k = mix64(0xBA4D0000ull + (uint64_t)b);
		for (int r = 0; r < DEDUP_ROWS; r++)
			k = mix64(k ^ p->sig[b * DEDUP_ROWS + r]);
		p->bands[b] = (int64_t)(k >> 1);   /* non-negative, as SQLite likes */
	}
}

double dedup_similarity(const uint32_t *a, const uint32_t *b)
{
	int same = 0;
	for (int h = 0; h < DEDUP_HASHES; h++)
		same += a[h] == b[h];
	return (double)same / DEDUP_HASHES;
}

/* The stored form is little-endian, the host's own on x86 and most others: there a copy is
 * the same bytes as the shifts (a candidate's signature is unpacked for every near-duplicate
 * candidate, 1,800 instructions a time byte by byte). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SIG_HOST_ORDER 1
#else
#define SIG_HOST_ORDER 0
#endif

void dedup_sig_pack(const uint32_t *sig, unsigned char *out)
{
	if (SIG_HOST_ORDER) {
		memcpy(out, sig, DEDUP_HASHES * 4);
		return;
	}
	for (int h = 0; h < DEDUP_HASHES; h++)
		for (int k = 0; k < 4; k++)
			out[4 * h + k] = (unsigned char)(sig[h] >> (8 * k));
}

void dedup_sig_unpack(const unsigned char *in, uint32_t *sig)
{
	if (SIG_HOST_ORDER) {
		memcpy(sig, in, DEDUP_HASHES * 4);
		return;
	}
	for (int h = 0; h < DEDUP_HASHES; h++)
		sig[h] = (uint32_t)in[4 * h] | (uint32_t)in[4 * h + 1] << 8
			| (uint32_t)in[4 * h + 2] << 16 | (uint32_t)in[4 * h + 3] << 24;
}
