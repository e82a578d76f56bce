/*
 * sentence.c - splits story text into sentences (the stage between readers and the coder).
 * A sentence ends at . ! ? or an ellipsis (plus any closing quotes/brackets) followed by
 * whitespace and a capital, digit or opening quote; at a line break after such punctuation;
 * and at a blank line or the end of the text (so headlines stand alone). Single line breaks
 * inside a paragraph join lines. Titles (Mr., Gen.) never end a sentence; other abbreviations,
 * initials and dotted forms (U.S.) end one only before a common sentence-starting word or
 * when a closing quote follows them.
 * Invariants: one left-to-right pass with bounded look-around, so time is linear in the input
 * whatever it holds; sentences are views into the input, trimmed, never empty.
 */
#include "khaldun.h"
#include "base/utf8.h"
#include <pthread.h>
#include <stdint.h>
#include <string.h>

typedef const unsigned char uchar;

static int is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_alpha(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The code point at p[i] (ASCII, or a valid sequence; 0 for an invalid byte) and its length. */
static unsigned long char_at(uchar *p, size_t n, size_t i, size_t *len)
{
	unsigned long cp = 0;
	size_t k = utf8_decode(p + i, n - i, &cp);
	*len = k;
	return k ? cp : 0;
}

/* Length of a closing quote or bracket at p[i] (" ' ) ] ” ’ »), or 0. */
static size_t closer(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019
		|| c == 0xBB ? k : 0;
}

/* Length of an opening quote or bracket at p[i] (" ' ( [ “ ‘ «), or 0. */
static size_t opener(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018
		|| c == 0xAB ? k : 0;
}

static int is_ellipsis(uchar *p, size_t n, size_t i)
{
	size_t k;
	return char_at(p, n, i, &k) == 0x2026;
}

/* A lowercase letter at p[i]: ASCII, or Latin-1 lowercase (U+00DF-U+00FF but U+00F7). */
static int lower_at(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* Something that may start a sentence: a capital, a digit, or a letter of a script without
 * case (any non-ASCII character that is not a Latin-1 lowercase letter). */
static int upper_at(uchar *p, size_t n, size_t i)
{
	unsigned c = p[i];
	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 1;
	return c >= 0xC2 && !lower_at(p, n, i) && !closer(p, n, i) && !is_ellipsis(p, n, i);
}

/* Titles come before a name: they never end a sentence. */
static const char *const titles[] = {
	"Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
	"Capt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps",
	"Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Fr", NULL
};

/* Abbreviations that may end a sentence, but usually do not. */
static const char *const abbrevs[] = {
	"Jr", "Sr", "St", "Mt", "Ft", "No", "Nos", "vs", "etc", "al", "cf", "approx", "dept",
	"Dept", "est", "fig", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "Ltd", "Bros", "Ave", "Blvd", "Rd",
	"Univ", "Assn", "Govt", "Intl", "Natl", "pp", "p", "vol", "Vol", NULL
};

/* Words that often begin a sentence: after an abbreviation they mean it ended one. */
static const char *const starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But",
	"However", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their",
	"Our", "My", "Meanwhile", "After", "Before", "When", "While", "As", "If", "Some", "Many",
	"Most", "According", "Also", "And", "For", "Yet", "So", "Then", "Still", "Now", "Later",
	"Earlier", "Last", "Since", "Despite", "Although", "Though", "Both", "Each", "Every",
	"Neither", "Such", "What", "Who", "Why", "How", "Where", "Other", "Another", "Further",
	"Moreover", "Instead", "During", "From", "With", "Without", "Nevertheless", "Thus",
	"Indeed", "Officials", "Police", "Authorities", "Witnesses", "Analysts", NULL
};

/* The lists above, and for each the lengths of its words by first byte (bit n of
 * lengths[list][byte]): a word whose first byte and length no entry has is not looked for. */
static const char *const *const lists[] = { titles, abbrevs, starters };
static uint32_t lengths[3][128];
static pthread_once_t lengths_once = PTHREAD_ONCE_INIT;

static void lengths_init(void)
{
	for (int l = 0; l < 3; l++)
		for (const char *const *e = lists[l]; *e; e++) {
			size_t n = strlen(*e);
			if (n < 32 && (unsigned char)(*e)[0] < 128)
				lengths[l][(unsigned char)(*e)[0]] |= 1u << n;
		}
}

/* 1 when w[0..n) is a word of lists[l]. */
static int in_list(const char *w, size_t n, int l)
{
	pthread_once(&lengths_once, lengths_init);
	unsigned c = (unsigned char)w[0];
	if (!n || n >= 32 || c >= 128 || !(lengths[l][c] >> n & 1))
		return 0;
	for (const char *const *list = lists[l]; *list; list++) {
		const char *e = *list;
		size_t k = 0;
		while (k < n && e[k] && e[k] == w[k])
			k++;
		if (k == n && !e[k])
			return 1;
	}
	return 0;
}

enum { TOK_WORD, TOK_TITLE, TOK_ABBREV };

/* 1 when the token at p[s] follows a word in lowercase letters. A capital letter alone is an
 * initial (George W. Bush, analyst C. Raja), except X after such a word ("posted on X.", "the
 * platform X."): since 2023 the social network's name, seldom an initial (Malcolm X.). */
static int after_lower_word(uchar *p, size_t s)
{
	size_t b = s;
	while (b > 0 && is_space(p[b - 1]))
		b--;
	if (b == s)
		return 0;
	size_t w = b;
	while (w > 0 && p[w - 1] >= 'a' && p[w - 1] <= 'z')
		w--;
	return w < b && (w == 0 || !is_alpha(p[w - 1]));
}

/* Classifies the token p[s..e) that ends right before a single '.'. */
static int classify(uchar *p, size_t n, size_t s, size_t e)
{
	size_t o;
	while (s < e && (o = opener(p, n, s)))
		s += o;
	if (s >= e || e - s > 24)
		return TOK_WORD;
	const char *w = (const char *)p + s;
	size_t len = e - s;
	if (in_list(w, len, 0))
		return TOK_TITLE;
	if (in_list(w, len, 1))
		return TOK_ABBREV;
	if (len == 1 && p[s] >= 'A' && p[s] <= 'Z')
		return p[s] == 'X' && after_lower_word(p, s) ? TOK_WORD : TOK_ABBREV;
	/* dotted forms: U.S, e.g, J.R.R, Ph.D (segments of 1-3 letters) */
	int dots = 0;
	size_t seg = 0;
	for (size_t i = s; i < e; i++) {
		if (p[i] == '.') {
			if (!seg)
				return TOK_WORD;
			dots++;
			seg = 0;
		} else if (is_alpha(p[i]) && seg < 3) {
			seg++;
		} else {
			return TOK_WORD;
		}
	}
	return dots && seg ? TOK_ABBREV : TOK_WORD;
}

/* Whether the word at p[i] is a common sentence starter. */
static int starter_at(uchar *p, size_t n, size_t i)
{
	size_t e = i;
	while (e < n && e - i <= 16 && is_alpha(p[e]))
		e++;
	return e > i && e - i <= 16 && in_list((const char *)p + i, e - i, 2);
}

static size_t emit(const char *text, size_t s, size_t e,
		   void (*fn)(void *ctx, const char *s, size_t n), void *ctx)
{
	while (s < e && is_space((uchar)text[s]))
		s++;
	while (e > s && is_space((uchar)text[e - 1]))
		e--;
	if (e == s)
		return 0;
	if (fn)
		fn(ctx, text + s, e - s);
	return 1;
}

/* After the final punctuation at p[i] (the word before it starts at p[word]): sets *k past the
 * punctuation and any closing quotes, *m past the whitespace after them, and returns 1 when a
 * sentence ends at *k, 0 when not, -1 when the punctuation is inside a token (3.5, U.S.,
 * "word.word": *k is where to go on). */
static int ends_sentence(uchar *p, size_t len, size_t i, size_t word, size_t *k, size_t *m)
{
	size_t pe = i, o;
	int dots = 0, q = 0, ell = 0, nl = 0;
	for (;;) {   /* a run of final punctuation */
		if (pe < len && p[pe] == '.') {
			dots++;
			pe++;
		} else if (pe < len && (p[pe] == '!' || p[pe] == '?')) {
			q = 1;
			pe++;
		} else if (pe < len && is_ellipsis(p, len, pe)) {
			ell = 1;
			pe += 3;
		} else {
			break;
		}
	}
	if (dots >= 2)
		ell = 1;
	for (*k = pe; *k < len && (o = closer(p, len, *k)); *k += o)
		;
	if (*k < len && !is_space(p[*k]))
		return -1;
	for (*m = *k; *m < len && is_space(p[*m]); (*m)++)
		nl += p[*m] == '\n';
	if (*m == len || nl >= 2)
		return 1;
	size_t w = *m;
	while (w < len && (o = opener(p, len, w)))
		w += o;
	int may_start = nl ? !(w < len && lower_at(p, len, w))
			: w > *m || (w < len && upper_at(p, len, w));
	if (!may_start)
		return 0;
	if (q)
		return 1;
	if (ell)
		return nl || starter_at(p, len, w);
	int t = classify(p, len, word, i);
	/* a closing quote after an abbreviation ends the quoted sentence */
	return t == TOK_WORD || (t == TOK_ABBREV && (*k > pe || starter_at(p, len, w)));
}

/* The bytes the splitter looks at: whitespace, . ! ? and 0xE2 (the first byte of an
 * ellipsis, U+2026); every other byte only moves it on. */
static const unsigned char stop_byte[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	['!'] = 1, ['.'] = 1, ['?'] = 1, [0xE2] = 1,
};

size_t khaldun_split_sentences(const char *text, size_t len,
			       void (*fn)(void *ctx, const char *s, size_t n), void *ctx)
{
	uchar *p = (uchar *)text;
	size_t count = 0, start = 0, i = 0, word = 0;

	if (!text)
		return 0;
	while (i < len) {
		unsigned c = p[i];
		size_t k, m;
		if (!stop_byte[c]) {
			do   /* a run of bytes that only move it on, in one tight loop */
				i++;
			while (i < len && !stop_byte[p[i]]);
			continue;
		}
		if (c == '\n') {
			/* a line break without final punctuation: blank line or end -> split */
			int nl = 0;
			for (m = i; m < len && is_space(p[m]); m++)
				nl += p[m] == '\n';
			if (nl >= 2 || m == len) {
				count += emit(text, start, i, fn, ctx);
				start = m;
			}
			i = word = m;
			continue;
		}
		if (is_space(c)) {
			word = ++i;
			continue;
		}
		if (c != '.' && c != '!' && c != '?' && !is_ellipsis(p, len, i)) {
			i++;
			continue;
		}
		int split = ends_sentence(p, len, i, word, &k, &m);
		if (split < 0) {
			i = k;
			continue;
		}
		if (split) {
			count += emit(text, start, k, fn, ctx);
			start = m;
		}
		i = word = m;
	}
	count += emit(text, start, len, fn, ctx);
	return count;
}
