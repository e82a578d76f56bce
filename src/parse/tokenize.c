/*
 * tokenize.c - a PTB/UD-like word tokeniser for sentences from the splitter (src/parse, for
 * `khaldun parse` on stories): splits at spaces, splits off opening and closing punctuation
 * and quotes, a sentence-final period (not that of an abbreviation such as "Mr." or "U.S."),
 * clitics ('s 're 've 'll 'd 'm n't, straight or curly apostrophe), "cannot" into "can" and
 * "not" (as the UD treebanks split it), "$" before a number and "%" after one. Numbers
 * with commas or points (1,500.5), URLs, e-mail addresses and hyphenated words stay whole.
 * Invariant: tokens are views into the input, in order, non-empty and non-overlapping; time
 * is linear in the input.
 */
#include "khaldun.h"
#include <string.h>

typedef struct {
	khaldun_parse_token *out;
	size_t max, n;
} sink;

static void emit(sink *k, const char *p, size_t n)
{
	if (!n)
		return;
	if (k->n < k->max) {
		memset(&k->out[k->n], 0, sizeof k->out[k->n]);
		k->out[k->n].form = p;
		k->out[k->n].len = n;
	}
	k->n++;
}

/* Bytes of an opening (open=1) or closing punctuation mark at p[0..n), or 0. */
static size_t punct(const char *p, size_t n, int open)
{
	const unsigned char *u = (const unsigned char *)p;
	if (!n)
		return 0;
	const char *ascii = open ? "([{\"'`" : ")]}\"',;:!?";
	if (u[0] < 0x80 && strchr(ascii, u[0]) && u[0])
		return 1;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (open ? (u[2] == 0x9C || u[2] == 0x98) : (u[2] == 0x9D || u[2] == 0x99 ||
	    u[2] == 0xA6)))
		return 3;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93))
		return 3;   /* dashes split on either side */
	if (n >= 2 && u[0] == 0xC2 && u[1] == (open ? 0xAB : 0xBB))
		return 2;
	return 0;
}

static int lower_eq(const char *p, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
		if (c != w[i])
			return 0;
	}
	return 1;
}

static int is_abbrev(const char *p, size_t n)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
		"sgt", "capt", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "ltd", "co", "corp",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"vs", "etc", "no", "mt", "ft", "rev", "pres", "adm", "maj", "gens", "messrs" };
	if (n == 1)
		return 1;   /* an initial: "J." */
	if (memchr(p, '.', n))
		return 1;   /* dotted: "U.S." (the final dot is not counted in n) */
	for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
		if (lower_eq(p, n, abbr[i]))
			return 1;
	return 0;
}

/* Length of a clitic ending the word p[0..n) ("n't", "'s", "'re" ...), or 0. */
static size_t clitic(const char *p, size_t n)
{
	static const char *const cl[] = { "s", "re", "ve", "ll", "d", "m" };
	size_t ap = n, alen = 0;
	for (size_t i = n; i-- > 0; ) {
		if (p[i] == '\'') {
			ap = i, alen = 1;
			break;
		}
		if (i + 3 <= n && !memcmp(p + i, "\xE2\x80\x99", 3)) {
			ap = i, alen = 3;
			break;
		}
	}
	if (!alen || ap == 0)
		return 0;
	const char *suf = p + ap + alen;
	size_t sl = n - ap - alen;
	for (size_t i = 0; i < sizeof cl / sizeof *cl; i++)
		if (lower_eq(suf, sl, cl[i]))
			return n - ap;
	if (lower_eq(suf, sl, "t") && ap > 1 && (p[ap - 1] == 'n' || p[ap - 1] == 'N'))
		return n - ap + 1;
	return 0;
}

static int contains(const char *p, size_t n, const char *w)
{
	size_t k = strlen(w);
	for (size_t i = 0; i + k <= n; i++)
		if (!memcmp(p + i, w, k))
			return 1;
	return 0;
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* One whitespace-free chunk; `last` when it ends the sentence. */
static void chunk(sink *k, const char *p, size_t n, int last)
{
	size_t a;
	while (n && (a = punct(p, n, 1)) != 0 && a < n) {
		emit(k, p, a);
		p += a, n -= a;
	}
	if (n > 1 && *p == '$' && digit(p[1]))
		emit(k, p, 1), p++, n--;
	const char *tail[8];
	size_t tl[8], nt = 0;
	int url = memchr(p, '@', n) || contains(p, n, "://") || contains(p, n, "www.");
	for (;;) {
		size_t b = 0;
		const unsigned char *u = (const unsigned char *)p;
		for (size_t j = n; j-- > 0; )
			if (u[j] < 0x80 || u[j] >= 0xC0) {
				b = punct(p + j, n - j, 0) == n - j ? n - j : 0;
				break;
			}
		if (!b && n > 1 && p[n - 1] == '%')
			b = 1;
		if (!b && n > 3 && !memcmp(p + n - 3, "...", 3))
			b = 3;
		if (!b && n > 1 && p[n - 1] == '.' && last && !is_abbrev(p, n - 1))
			b = 1;
		if (!b || b >= n || nt == 8 || (url && p[n - 1] != '.' && p[n - 1] != ','))
			break;
		n -= b;
		tail[nt] = p + n, tl[nt++] = b;
	}
	size_t c = n > 2 ? clitic(p, n) : 0;
	/* undonetw115: "cannot" is the treebanks' "can" + "not": whole, the tagger read it as a
	 * verb or a noun and the deed after it as done */
	if (lower_eq(p, n - c, "cannot")) {
		emit(k, p, 3);
		p += 3, n -= 3;
	}
	emit(k, p, n - c);
	if (c)
		emit(k, p + n - c, c);
	while (nt--)
		emit(k, tail[nt], tl[nt]);
}

/* ASCII white space (no token, and so no CoNLL-U column, ever holds one) and NUL */
static int space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || !c;
}

size_t khaldun_tokenize(const char *s, size_t len, khaldun_parse_token *out, size_t max)
{
	sink k = { out, max, 0 };
	size_t i = 0;
	while (i < len) {
		while (i < len && space(s[i]))
			i++;
		size_t j = i;
		while (j < len && !space(s[j]))
			j++;
		if (j > i) {
			size_t e = j;
			while (e < len && space(s[e]))
				e++;
			chunk(&k, s + i, j - i, e >= len);
		}
		i = j;
	}
	return k.n;
}
