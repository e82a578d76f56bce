/*
 * utf8.h - the one UTF-8 decoder of the library: every stage that steps through text by
 * character (readers, sentence splitter, coder, dedup fingerprints, JSON writer) calls these.
 * Strict functions follow Unicode (no overlongs, no surrogates, nothing past U+10FFFF; an
 * invalid sequence is replaced by one U+FFFD per maximal ill-formed subpart); the loose
 * decoder steps over text that may be invalid without ever reading past p[n).
 * Invariant: no function reads outside p[0..n) and every length returned is 1..n (or 0 where
 * stated), so a caller's loop always advances and always ends.
 */
#ifndef KH_UTF8_H
#define KH_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "base/buf.h"

#define UTF8_REPLACEMENT 0xFFFDul          /* U+FFFD REPLACEMENT CHARACTER */
#define UTF8_REPLACEMENT_BYTES "\xEF\xBF\xBD"
#define UTF8_CUT ((unsigned long)-1)        /* utf8_decode_loose: a sequence cut short */

/* Decodes the valid sequence at p[0..n) (n >= 1): returns its length (1-4) and sets *cp (may
 * be NULL) to its code point, or returns 0 (and leaves *cp alone) when p starts no valid one. */
size_t utf8_decode(const unsigned char *p, size_t n, unsigned long *cp);
/* utf8_decode without the code point: the length of the valid sequence at p, or 0. */
size_t utf8_seq(const unsigned char *p, size_t n);
/* Offset of the first invalid UTF-8 byte in p[0..n), or n when all of it is valid. */
size_t utf8_check(const char *p, size_t n);
/* Length of the maximal ill-formed subpart at p (p[0] starts no valid sequence): a truncated
 * sequence counts as one unit, a stray byte as one. */
size_t utf8_bad_len(const unsigned char *p, size_t n);
/* Appends p[0..n) to b, replacing each invalid sequence by U+FFFD. Returns 0 or -1 (ceiling). */
int utf8_repair(buf *b, const char *p, size_t n);
/* Writes the UTF-8 encoding of c (<= U+10FFFF) into out; returns its length (1-4). */
size_t utf8_encode(unsigned long c, char out[4]);
/* Appends the UTF-8 encoding of code point c to b. Returns 0 or -1. */
int utf8_put(buf *b, unsigned long c);

/* Loose stepping, for stages that take text as it comes (it is valid when it came through a
 * reader): the sequence p[0] announces (1 byte for ASCII and a stray continuation byte; 2, 3
 * or 4 for lead bytes from 0xC0, 0xE0, 0xF0), shortened by the end of p[0..n) and cut before
 * the first byte in it that is not a continuation byte. Returns its length (>= 1) and sets
 * *cp (may be NULL): UTF8_CUT when cut by a non-continuation byte; otherwise the value of its
 * bits (a lone non-ASCII byte gives U+FFFD, a sequence shortened by the end is read as the
 * shorter sequence). Valid text decodes exactly as utf8_decode decodes it. */
size_t utf8_decode_loose(const unsigned char *p, size_t n, unsigned long *cp);

/* ASCII folding of one code point, for matching against ASCII dictionaries: Latin-1 and
 * Latin Extended-A letters lose their diacritics ("é" -> "e", "Æ" -> "AE", "ß" -> "ss"),
 * typographic quotes, dashes and spaces become their ASCII forms, the currency signs (pound,
 * yen, euro, naira, rupee, ruble) '$', the ellipsis and every
 * other non-ASCII character a space; ASCII is itself. Writes 1 or 2 bytes to out (no NUL) and
 * returns how many. */
int utf8_fold_ascii(unsigned long cp, char out[2]);

/* The folding of the character at p[0..n) (n >= 1) as the coder reads text: ASCII is copied;
 * a sequence is stepped over with utf8_decode_loose and its code point folded with
 * utf8_fold_ascii, except that a cut sequence yields nothing (*outn = 0) and a multi-byte
 * sequence whose bits give an ASCII value (an overlong) yields a space. Writes *outn (0-2)
 * bytes to out and returns the bytes consumed (>= 1). */
size_t utf8_fold_next(const unsigned char *p, size_t n, char out[2], int *outn);

/* ASCII lower-casing of one byte (other bytes unchanged), independent of the C locale. */
static inline unsigned char utf8_ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}
/* 1 when the eight bytes at p are all ASCII from 0x20 up, none '"' or '\\' (and none 0x7F
 * when del_too): the bytes a JSON string holds as they are, tested a word at a time with the
 * exact "some byte is zero / below n" word tricks. The caller has eight bytes at p. */
static inline int utf8_json_plain8(const unsigned char *p, int del_too)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t x;
	memcpy(&x, p, 8);
	uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\'), d = x ^ (ones * 0x7F);
	uint64_t bad = x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b);
	if (del_too)
		bad |= (d - ones) & ~d;
	return !(bad & high);
}
#endif
