/*
 * word.c - token hashing for the tagger and parser (src/parse): each token is hashed once per
 * sentence into the values its features use (form, lower case, shape, prefixes, suffixes).
 * Invariant: hashes depend only on the token's bytes, so a model works on any tokeniser's
 * output that splits words as UD does.
 */
#include "parse/parse.h"
#include <string.h>

const char *const parse_upos[PARSE_NTAGS] = {
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
	"PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"
};

int parse_upos_index(const char *s, size_t n)
{
	for (int i = 0; i < PARSE_NTAGS; i++)
		if (strlen(parse_upos[i]) == n && !memcmp(parse_upos[i], s, n))
			return i;
	return -1;
}

static uint64_t fnv(uint64_t h, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return percep_mix(h);
}

enum { F_DIGIT = 1, F_UPPER = 2, F_HYPHEN = 4, F_ALLUP = 8, F_PUNCT = 16, F_LONG = 32 };

void parse_word_init(parse_word *w, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char low[64], shape[16];
	size_t ln = n < sizeof low ? n : sizeof low, sn = 0;
	uint64_t flags = 0;
	int upper = 0, alpha = 0, other = 0;
	char last = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned c = u[i];
		char k;
		if (c >= 'A' && c <= 'Z')
			k = 'X', upper++, alpha++;
		else if (c >= 'a' && c <= 'z')
			k = 'x', alpha++;
		else if (c >= '0' && c <= '9')
			k = 'd', flags |= F_DIGIT;
		else if (c >= 0x80)
			k = 'u', alpha++;
		else
			k = (char)c, other++;
		if (c == '-')
			flags |= F_HYPHEN;
		if (i < ln)
			low[i] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		if (k != last && sn < sizeof shape)
			shape[sn++] = (unsigned char)k;
		last = k;
	}
	if (n && u[0] >= 'A' && u[0] <= 'Z')
		flags |= F_UPPER;
	if (upper > 1 && upper == alpha)
		flags |= F_ALLUP;
	if (n && !alpha && !(flags & F_DIGIT))
		flags |= F_PUNCT;
	if (n > 12)
		flags |= F_LONG;
	(void)other;
	w->form = fnv(0xcbf29ce484222325ULL, u, n);
	w->lower = n <= sizeof low ? fnv(0x84222325cbf29ce4ULL, low, ln) : w->form ^ 0x5bd1e995;
	w->shape = fnv(7, shape, sn);
	for (size_t k = 0; k < 4; k++)
		w->pre[k] = n > k ? fnv(11 + k, low, k + 1 < ln ? k + 1 : ln) : 0;
	for (size_t k = 0; k < 5; k++)
		w->suf[k] = n > k + 1 && ln == n ? fnv(23 + k, low + n - k - 1, k + 1) :
			    (n > k + 1 ? fnv(23 + k, u + n - k - 1, k + 1) : 0);
	w->flags = flags + 1;
}
