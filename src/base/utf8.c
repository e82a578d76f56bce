/*
 * utf8.c - the one UTF-8 decoder and what is built on it: validity, repair to U+FFFD,
 * encoding, loose stepping and ASCII folding (see utf8.h for each contract).
 * The base layer: no pipeline knowledge; readers repair their input with it, and every later
 * stage (sentences, coder, dedup, writers) steps through characters with it.
 * Invariant: every read is bounds-checked against n; lengths returned are >= 1 where the
 * caller loops on them.
 */
#include "base/utf8.h"
#include <stdint.h>
#include <string.h>

size_t utf8_decode(const unsigned char *p, size_t n, unsigned long *cp)
{
	unsigned c = p[0];
	size_t k;
	unsigned lo = 0x80, hi = 0xBF;
	if (c < 0x80) {
		if (cp)
			*cp = c;
		return 1;
	}
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		k = 2;
	} else if (c < 0xF0) {
		k = 3;
		lo = c == 0xE0 ? 0xA0 : 0x80;   /* no overlongs */
		hi = c == 0xED ? 0x9F : 0xBF;   /* no surrogates */
	} else if (c < 0xF5) {
		k = 4;
		lo = c == 0xF0 ? 0x90 : 0x80;   /* no overlongs */
		hi = c == 0xF4 ? 0x8F : 0xBF;   /* nothing past U+10FFFF */
	} else {
		return 0;
	}
	if (n < k || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < k; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	if (cp) {
		unsigned long v = c & (0x7Fu >> k);
		for (size_t i = 1; i < k; i++)
			v = (v << 6) | (p[i] & 0x3Fu);
		*cp = v;
	}
	return k;
}

size_t utf8_seq(const unsigned char *p, size_t n)
{
	return utf8_decode(p, n, NULL);
}

size_t utf8_check(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		uint64_t w8;   /* eight ASCII bytes at once */
		if (i + 8 <= n && (memcpy(&w8, p + i, 8), !(w8 & 0x8080808080808080ull))) {
			i += 8;
			continue;
		}
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_decode(p + i, n - i, NULL);
		if (!k)
			return i;
		i += k;
	}
	return n;
}

/* Unicode's "maximal subpart" practice: one U+FFFD per truncated sequence or stray byte. */
size_t utf8_bad_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0], need = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
		: c >= 0xF0 && c < 0xF5 ? 4 : 1;
	unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
	unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
	size_t k = 1;
	while (k < need && k < n) {
		unsigned b = p[k];
		if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80)
			break;
		k++;
	}
	return k;
}

int utf8_repair(buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	while (i < n) {
		uint64_t w8;   /* eight ASCII bytes at once: nothing to check */
		if (i + 8 <= n && (memcpy(&w8, p + i, 8), !(w8 & 0x8080808080808080ull))) {
			i += 8;
			continue;
		}
		size_t k = p[i] < 0x80 ? 1 : utf8_decode(p + i, n - i, NULL);
		if (k) {
			i += k;
			continue;
		}
		if (buf_add(b, s + run, i - run) || buf_add(b, UTF8_REPLACEMENT_BYTES, 3))
			return -1;
		i += utf8_bad_len(p + i, n - i);
		run = i;
	}
	return buf_add(b, s + run, n - run);
}

size_t utf8_encode(unsigned long c, char o[4])
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xC0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xE0 | (c >> 12));
		o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (c >> 18));
	o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

int utf8_put(buf *b, unsigned long c)
{
	char o[4];
	size_t n = utf8_encode(c, o);
	return buf_add(b, o, n);
}

size_t utf8_decode_loose(const unsigned char *p, size_t n, unsigned long *cp)
{
	unsigned c = p[0];
	size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (k > n)
		k = n;
	for (size_t i = 1; i < k; i++)
		if ((p[i] & 0xC0) != 0x80) {
			if (cp)
				*cp = UTF8_CUT;
			return i;
		}
	if (cp) {
		/* the lead byte's bits as the (possibly shortened) length reads them */
		static const unsigned lead_mask[5] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
		unsigned long v = c & lead_mask[k];
		for (size_t i = 1; i < k; i++)
			v = (v << 6) | (p[i] & 0x3Fu);
		*cp = k == 1 && c >= 0x80 ? UTF8_REPLACEMENT : v;
	}
	return k;
}

int utf8_fold_ascii(unsigned long cp, char out[2])
{
	static const char latin1[] =
		/* U+00C0 .. U+00FF */
		"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
	static const char exta[] =
		/* U+0100 .. U+017F: letters with diacritics, in upper/lower pairs */
		"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlL"
		"lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp == 0xC6 || cp == 0xE6) {
		out[0] = cp == 0xC6 ? 'A' : 'a';
		out[1] = cp == 0xC6 ? 'E' : 'e';
		return 2;
	}
	if (cp == 0xDF) {
		out[0] = out[1] = 's';
		return 2;
	}
	if (cp >= 0xC0 && cp <= 0xFF) {
		out[0] = latin1[cp - 0xC0];
		return 1;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out[0] = '\''; break;
	case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: out[0] = '"'; break;
	case 0x2013: case 0x2014: case 0x2212: out[0] = '-'; break;
	/* currency signs: the dollar sign, so the coder tells money from a count of things */
	case 0x00A3: case 0x00A5: case 0x20AC: case 0x20A6: case 0x20B9: case 0x20BD:
		out[0] = '$';
		break;
	default:
		/* no-break and thin spaces, the ellipsis and every other character: a space */
		out[0] = cp >= 0x100 && cp < 0x180 ? exta[cp - 0x100] : ' ';
	}
	return 1;
}

size_t utf8_fold_next(const unsigned char *p, size_t n, char out[2], int *outn)
{
	unsigned long cp;
	if (p[0] < 0x80) {
		out[0] = (char)p[0];
		*outn = 1;
		return 1;
	}
	size_t k = utf8_decode_loose(p, n, &cp);
	if (cp == UTF8_CUT)
		*outn = 0;
	else
		*outn = utf8_fold_ascii(cp < 0x80 ? ' ' : cp, out);
	return k;
}
