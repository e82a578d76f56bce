/* test_utf8.c - base/utf8: strict decoding (exhaustive over 1-3 byte sequences, sampled over
 * 4), repair to U+FFFD, encoding round trips, loose stepping and the coder's ASCII folding. */
#include "check.h"
#include "base/utf8.h"
#include <stdlib.h>

/* The canonical encoding of a Unicode scalar value, written independently of utf8.c. */
static int canonical(const unsigned char *p, size_t n, unsigned long *cp)
{
	unsigned long v;
	if (n == 1 && p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (n == 2 && (p[0] >> 5) == 6 && (p[1] >> 6) == 2)
		v = ((p[0] & 31ul) << 6) | (p[1] & 63);
	else if (n == 3 && (p[0] >> 4) == 14 && (p[1] >> 6) == 2 && (p[2] >> 6) == 2)
		v = ((p[0] & 15ul) << 12) | ((p[1] & 63ul) << 6) | (p[2] & 63);
	else if (n == 4 && (p[0] >> 3) == 30 && (p[1] >> 6) == 2 && (p[2] >> 6) == 2
		 && (p[3] >> 6) == 2)
		v = ((p[0] & 7ul) << 18) | ((p[1] & 63ul) << 12) | ((p[2] & 63ul) << 6) | (p[3] & 63);
	else
		return 0;
	unsigned long min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return 1;
}

static void decode_exhaustive(void)
{
	unsigned char b[4];
	unsigned long cp, want;
	long bad = 0;
	for (unsigned x = 0; x < 256; x++)
		for (unsigned y = 0; y < 256; y++) {
			b[0] = (unsigned char)x;
			b[1] = (unsigned char)y;
			/* a 2-byte buffer: the decoded length is 1, 2 or 0 */
			size_t k = utf8_decode(b, 2, &cp);
			if (k == 1)
				bad += !(canonical(b, 1, &want) && cp == want);
			else if (k == 2)
				bad += !(canonical(b, 2, &want) && cp == want);
			else
				bad += canonical(b, 1, &want) || canonical(b, 2, &want);
			for (unsigned z = 0x00; z < 256; z += (x >= 0xE0 && x < 0xF0) ? 1 : 256) {
				b[2] = (unsigned char)z;
				k = utf8_decode(b, 3, &cp);
				int c3 = canonical(b, 3, &want);
				if (x >= 0xE0 && x < 0xF0)
					bad += c3 ? !(k == 3 && cp == want) : k == 3;
			}
		}
	CHECK_INT(bad, 0);
	/* 4-byte leads against boundary continuation bytes */
	static const unsigned char cont[] = { 0x00, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF };
	bad = 0;
	for (unsigned x = 0xF0; x < 0x100; x++)
		for (size_t i = 0; i < 8; i++)
			for (size_t j = 0; j < 8; j++)
				for (size_t l = 0; l < 8; l++) {
					b[0] = (unsigned char)x;
					b[1] = cont[i];
					b[2] = cont[j];
					b[3] = cont[l];
					size_t k = utf8_decode(b, 4, &cp);
					int c4 = canonical(b, 4, &want);
					bad += c4 ? !(k == 4 && cp == want) : k != 0;
				}
	CHECK_INT(bad, 0);
	/* never reads past n */
	CHECK_INT(utf8_decode((const unsigned char *)"\xE2\x80", 2, NULL), 0);
	CHECK_INT(utf8_seq((const unsigned char *)"\xF0\x9F\x98\x80", 3), 0);
	CHECK_INT(utf8_seq((const unsigned char *)"\xF0\x9F\x98\x80", 4), 4);
}

static void encode_round_trip(void)
{
	long bad = 0;
	for (unsigned long c = 0; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char o[4];
		unsigned long back = 0;
		size_t k = utf8_encode(c, o);
		bad += utf8_decode((const unsigned char *)o, k, &back) != k || back != c;
	}
	CHECK_INT(bad, 0);
}

static void check_and_repair(void)
{
	CHECK_INT(utf8_check("abc", 3), 3);
	CHECK_INT(utf8_check("ab\xC3\xA9", 4), 4);
	CHECK_INT(utf8_check("ab\xC3", 3), 2);
	CHECK_INT(utf8_check("a\xED\xA0\x80", 4), 1);   /* a surrogate */
	CHECK_INT(utf8_check("a\xC0\xAF", 3), 1);       /* an overlong '/' */
	/* ASCII is passed eight bytes at a time: a bad byte and a good sequence at every offset
	 * of a 40-byte text, and a sequence cut by the end */
	for (size_t at = 0; at < 40; at++) {
		char t[48];
		memset(t, 'x', sizeof t);
		t[at] = (char)0xFF;
		CHECK_INT(utf8_check(t, 40), at);
		memcpy(t + at, "\xC3\xA9", 2);
		CHECK_INT(utf8_check(t, 40 + (at == 39)), 40 + (at == 39));
		CHECK_INT(utf8_check(t, at + 1), at);
	}
	CHECK_INT(utf8_bad_len((const unsigned char *)"\xE2\x80x", 3), 2);
	CHECK_INT(utf8_bad_len((const unsigned char *)"\x80\x80", 2), 1);
	CHECK_INT(utf8_bad_len((const unsigned char *)"\xF4\x90\x80\x80", 4), 1);
	buf b;
	buf_init(&b, 1000);
	CHECK_INT(utf8_repair(&b, "a\xE2\x80" "b\xFF\xC3\xA9", 7), 0);
	CHECK_STR(b.p, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xC3\xA9");
	buf_clear(&b);
	CHECK_INT(utf8_put(&b, 0x20AC), 0);
	CHECK_INT(utf8_put(&b, 0x1F600), 0);
	CHECK_STR(b.p, "\xE2\x82\xAC\xF0\x9F\x98\x80");
	buf_free(&b);
	buf_init(&b, 2);
	CHECK_INT(utf8_repair(&b, "\xFF\xFF", 2), -1);   /* the ceiling is kept */
	buf_free(&b);
}

static void loose(void)
{
	unsigned long cp;
	CHECK_INT(utf8_decode_loose((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(utf8_decode_loose((const unsigned char *)"\xE2\x80" "a", 3, &cp), 2);
	CHECK(cp == UTF8_CUT);
	CHECK_INT(utf8_decode_loose((const unsigned char *)"\x80", 1, &cp), 1);
	CHECK_INT(cp, 0xFFFD);
	CHECK_INT(utf8_decode_loose((const unsigned char *)"\xF0\x9F", 2, &cp), 2);
	CHECK_INT(utf8_decode_loose((const unsigned char *)"\xFF\x80\x80\x80\x80", 5, &cp), 4);
	CHECK_INT(utf8_ascii_lower('Q'), 'q');
	CHECK_INT(utf8_ascii_lower(0xC3), 0xC3);
}

/* The coder's fold_utf8 (src/coder/coder.c as of commit 2a97bfb), kept as the reference that
 * utf8_fold_next must match byte for byte, so that the coder can call it with no change in
 * output; since then, currency signs fold to '$' (money told from counts, pattern.c). */
static int ref_fold(const unsigned char *p, size_t n, char *out, int *outn)
{
	*outn = 0;
	if (p[0] < 0x80) {
		out[0] = (char)p[0];
		*outn = 1;
		return 1;
	}
	int len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
	if ((size_t)len > n)
		len = (int)n;
	for (int i = 1; i < len; i++)
		if ((p[i] & 0xC0) != 0x80)
			return i;
	unsigned cp = 0;
	if (len == 2)
		cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	else if (len == 3)
		cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
	else if (len == 4)
		cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
		     (p[3] & 0x3Fu);
	static const char *latin1 =
		"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
	if (cp >= 0xC0 && cp <= 0xFF) {
		out[0] = latin1[cp - 0xC0];
		*outn = 1;
		if (cp == 0xC6 || cp == 0xE6) {
			out[0] = cp == 0xC6 ? 'A' : 'a';
			out[1] = cp == 0xC6 ? 'E' : 'e';
			*outn = 2;
		} else if (cp == 0xDF) {
			out[0] = out[1] = 's';
			*outn = 2;
		}
		return len;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out[0] = '\''; *outn = 1; break;
	case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: out[0] = '"'; *outn = 1; break;
	case 0x2013: case 0x2014: case 0x2212: out[0] = '-'; *outn = 1; break;
	case 0x00A0: case 0x2009: case 0x200A: case 0x202F: out[0] = ' '; *outn = 1; break;
	case 0x2026: out[0] = ' '; *outn = 1; break;
	case 0x00A3: case 0x00A5: case 0x20AC: case 0x20A6: case 0x20B9: case 0x20BD:
		out[0] = '$';
		*outn = 1;
		break;
	default:
		if (cp >= 0x100 && cp < 0x180) {
			static const char *exta =
				"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
			out[0] = exta[cp - 0x100];
			*outn = 1;
		} else {
			out[0] = ' ';
			*outn = 1;
		}
	}
	return len;
}

static int same_fold(const unsigned char *p, size_t n)
{
	char a[4] = { 0 }, b[4] = { 0 };
	int an, bn;
	int ka = ref_fold(p, n, a, &an);
	size_t kb = utf8_fold_next(p, n, b, &bn);
	return (size_t)ka == kb && an == bn && !memcmp(a, b, (size_t)an);
}

static void fold_matches_coder(void)
{
	unsigned char b[4];
	long bad = 0;
	/* every 1- and 2-byte buffer, every 3-byte buffer with an E0-EF lead, and 4-byte
	 * buffers with every lead against boundary continuation bytes */
	for (unsigned x = 0; x < 256; x++)
		for (unsigned y = 0; y < 256; y++) {
			b[0] = (unsigned char)x;
			b[1] = (unsigned char)y;
			bad += !same_fold(b, 1) + !same_fold(b, 2);
			if (x >= 0xC0)
				for (unsigned z = 0; z < 256; z++) {
					b[2] = (unsigned char)z;
					bad += !same_fold(b, 3);
				}
		}
	static const unsigned char cont[] = { 0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF };
	for (unsigned x = 0x80; x < 0x100; x++)
		for (size_t i = 0; i < 8; i++)
			for (size_t j = 0; j < 8; j++)
				for (size_t l = 0; l < 8; l++) {
					b[0] = (unsigned char)x;
					b[1] = cont[i];
					b[2] = cont[j];
					b[3] = cont[l];
					bad += !same_fold(b, 4);
				}
	/* every code point, encoded */
	for (unsigned long c = 0x80; c <= 0x10FFFF; c++) {
		char o[4];
		size_t k = utf8_encode(c, o);
		bad += !same_fold((const unsigned char *)o, k);
	}
	CHECK_INT(bad, 0);
	char o[2];
	CHECK_INT(utf8_fold_ascii(0xE9, o), 1);
	CHECK(o[0] == 'e');
	CHECK_INT(utf8_fold_ascii(0x20AC, o), 1);   /* the euro sign: a currency sign */
	CHECK(o[0] == '$');
	CHECK_INT(utf8_fold_ascii(0xDF, o), 2);
	CHECK(o[0] == 's' && o[1] == 's');
	CHECK_INT(utf8_fold_ascii(0x141, o), 1);   /* Ł */
	CHECK(o[0] == 'L');
}

TEST_MAIN(T(decode_exhaustive), T(encode_round_trip), T(check_and_repair), T(loose),
	  T(fold_matches_coder))
