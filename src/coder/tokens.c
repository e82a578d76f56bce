/*
 * tokens.c - the coder's first stage: a sentence's text is folded to ASCII under TABARI's
 * punctuation rules into the coder's sentence buffer, then cut into upper-case tokens (words,
 * numbers, commas, quotes) with their byte spans in that buffer. Also the built-in word types
 * (determiners, conjunctions, pronouns, ...). One pass over the bytes with a byte-class
 * table. Invariant: every token's text lives in the coder's token buffer (or, short of
 * memory, its scratch arena) until the next sentence, and its span [ostart, ostart+olen) lies
 * inside the normalised sentence.
 */
#include "coder/sent.h"
#include "base/utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- text filter */

/* One byte class table for the folded text (C locale, as isalnum & co. were): TK_WORD is a
 * byte that continues a word (letters, digits, ' . & / and every byte >= 0x80), TK_BLANK a
 * byte that separates words and is dropped (TABARI's punctuation rules). */
enum { TK_WORD = 1, TK_BLANK = 2, TK_DIGIT = 4, TK_LOWER = 8, TK_UPPER = 16 };
static const uint8_t tk_class[256] = {
	 0,  0,  0,  0,  0,  0,  0,  0,  0,  2,  0,  0,  0,  0,  0,  0,
	 0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
	 2,  2,  0,  0,  0,  0,  1,  1,  2,  2,  2,  0,  0,  2,  1,  1,
	 5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  2,  0,  2,  0,  2,  2,
	 0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
	17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,  2,  0,  2,  0,  2,
	 0,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
	 9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  2,  0,  2,  0,  0,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
	 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
};
#define TK(ch, k) (tk_class[(unsigned char)(ch)] & (k))

/* speed152: each letter or digit as the token's text has it (upper case), 0 for every other
 * byte: word_token's copy loop reads one table for its test and its byte ("Kenya" -> KENYA) */
static const char tk_upper[256] = {
	['0'] = '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
	['A'] = 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M',
		'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
	['a'] = 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M',
		'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
};

/* Pass 1: folds the text to ASCII into c->sentence (control characters become blanks) and
 * notes whether it is all capitals and whether it held non-printing characters. One pass
 * over the input: ASCII bytes are copied, only other bytes go through utf8_fold_next. The
 * output is cut at the buffer's ceiling (as byte-by-byte appends would be). */
static void fold_text(coder_sent *S, const char *text, size_t len)
{
	buf *b = &S->c->sentence;
	buf_clear(b);
	/* a folded character takes at most two bytes */
	size_t room = len > (b->max - 1) / 2 ? b->max : 2 * len;
	if (room && buf_reserve(b, room))
		room = 0;   /* out of memory: an empty sentence, as failed appends gave */
	char *o = b->p;
	size_t on = 0;
	unsigned lower = 0, np = 0;
	const unsigned char *p = (const unsigned char *)text;
	for (size_t i = 0; i < len;) {
		/* eight printable ASCII bytes at once (no byte >= 0x80 nor < 32), once the
		 * sentence is known to have lower case */
		uint64_t w8;
		if (lower && i + 8 <= len && on + 8 <= room &&
		    (memcpy(&w8, p + i, 8),
		     !((w8 | ((w8 - 0x2020202020202020ull) & ~w8)) & 0x8080808080808080ull))) {
			memcpy(o + on, &w8, 8);
			on += 8;
			i += 8;
			continue;
		}
		unsigned ch = p[i];
		if (ch < 0x80) {
			if (ch < 32) {
				np |= ch != '\n' && ch != '\t' && ch != '\r';
				ch = ' ';
			}
			if (on < room) {
				lower |= ch - 'a' < 26u;
				o[on++] = (char)ch;
			}
			i++;
			continue;
		}
		char f[2];
		int fn;
		i += utf8_fold_next(p + i, len - i, f, &fn);
		for (int k = 0; k < fn; k++) {
			unsigned fc = (unsigned char)f[k] < 32 ? ' ' : (unsigned char)f[k];
			if (on < room) {
				lower |= fc - 'a' < 26u;
				o[on++] = (char)fc;
			}
		}
	}
	if (room) {
		b->len = on;
		o[on] = 0;
	}
	S->allcaps = !lower;
	/* non-printing characters mean a mangled record (TABARI diverts it as complex) */
	S->nonprinting = (int)np;
}

/* A one-character token (comma or quote) at byte i. */
static void punct_token(coder_sent *S, coder_tok *t, int cls, const char *text, size_t i)
{
	t->cls = (uint8_t)cls;
	t->s = text;
	t->n = 1;
	t->ostart = (int)i;
	t->olen = 1;
	S->nt++;
}

/* Room for n more bytes of token text in the coder's token buffer; the tokens made so far
 * follow it when it moves. 0, or -1 when memory runs out. */
static int tok_room(coder_sent *S, size_t n)
{
	khaldun_coder *c = S->c;
	if (S->tkpos + n <= c->tokcap)
		return 0;
	uintptr_t lo = (uintptr_t)c->tokbuf, hi = lo + c->tokcap;
	if (n > SIZE_MAX - S->tkpos ||
	    buf_reserve_array(&c->tokbuf, &c->tokcap, S->tkpos + n, 1, 1024))
		return -1;
	for (int k = 0; k < S->nt; k++) {
		uintptr_t a = (uintptr_t)S->t[k].s;
		if (a >= lo && a < hi)
			S->t[k].s = c->tokbuf + (a - lo);
	}
	return 0;
}

/* The built-in type and lists of word t (words_classify), from the kept words when t is
 * one of them; a word classified anew takes a slot of its set there (an empty one, else the
 * one the coder's clock points to), its walk still unknown (match.c's stamp_tokens records
 * it). kept: t->s lies in the token buffer. */
static void classify(khaldun_coder *c, coder_tok *t, int kept)
{
	if (!kept || t->n > WWORD_LEN) {
		words_classify(c->words, t);
		return;
	}
	uint64_t t0, t1, h = wword_hash(t, &t0, &t1);
	uint32_t at = wword_set(h) * WWORD_WAYS, w;
	uint16_t tag = wword_tag(h), *tags = c->wtags + at;
	for (w = 0; w < WWORD_WAYS; w++) {
		coder_wword *e = &c->wwords[at + w];
		if (tags[w] == tag && e->n == t->n && e->t0 == t0 && e->t1 == t1) {
			t->ww = (uint16_t)(at + w + 1);
			t->bt = e->bt;
			t->wf = e->wf;
			return;
		}
	}
	for (w = 0; w < WWORD_WAYS && tags[w]; w++)
		;
	if (w == WWORD_WAYS)
		w = c->wclock++ & (WWORD_WAYS - 1);
	coder_wword *e = &c->wwords[at + w];
	t->ww = (uint16_t)(at + w + 1);
	words_classify(c->words, t);
	tags[w] = tag;
	e->t0 = t0;
	e->t1 = t1;
	e->n = (uint8_t)t->n;
	e->bt = t->bt;
	e->wf = t->wf;
	e->nnodes = WWORD_WALK_UNKNOWN;
}

/* 1 when the word s[i, j) is an acronym in capitals that ends the sentence with its period
 * ("criticized the IMF.", "joined NATO."): the sentence's full stop, not an abbreviation's
 * ("U.S." keeps its periods, having one inside). */
static int final_acronym_stop(const char *s, size_t n, size_t i, size_t j)
{
	if (j < i + 3 || s[j - 1] != '.')
		return 0;
	for (size_t k = i; k < j - 1; k++)
		if (!TK(s[k], TK_UPPER))
			return 0;
	while (j < n && (TK(s[j], TK_BLANK) || s[j] == '"'))
		j++;
	return j == n;
}

/* 1 when the word w (wn bytes, as written in the text) is a dotted abbreviation of single
 * capitals, two to eight, that lacks its last period ("The C.A.R is pleading", "the U.K"):
 * the dictionaries name such abbreviations with every period ("C.A.R.", "U.K."), so the
 * caller adds the missing one. Words with a lower-case letter or a longer part ("St.Louis",
 * "No.1") are left. */
static int dotted_missing_stop(const char *w, int wn)
{
	if (wn < 3 || wn > 15 || !(wn & 1))
		return 0;
	for (int k = 0; k < wn; k++)
		if ((k & 1) ? w[k] != '.' : !TK(w[k], TK_UPPER))
			return 0;
	return 1;
}

/* Reads the word starting at byte i of s (n bytes) into token t, its upper-case text in the
 * coder's token buffer (NUL-terminated, kept until the next sentence); returns where the
 * next token may start. A lone period is not kept as a token. */
static size_t word_token(coder_sent *S, coder_tok *t, const char *s, size_t n, size_t i)
{
	size_t j = i;
	/* the text goes straight into the token buffer (a local one when memory runs out) */
	char local[MAX_WORD + 4];
	char *w = tok_room(S, MAX_WORD + 5) ? local : S->c->tokbuf + S->tkpos;
	int wn = 0;
	const unsigned char *us = (const unsigned char *)s;
	for (;;) {
		/* the common case: letters and digits, up to the end or MAX_WORD, one bound */
		char *restrict wp = w;
		size_t lim = n - j > (size_t)(MAX_WORD - wn) ? j + (size_t)(MAX_WORD - wn) : n;
		while (j < lim) {
			char u = tk_upper[us[j]];
			if (!u)
				break;
			wp[wn++] = u;
			j++;
		}
		if (j >= n || wn >= MAX_WORD)
			break;
		unsigned char cj = us[j];
		uint8_t k = tk_class[cj];
		if (!(k & TK_WORD)) {
			if (cj == ',' && j > i && j + 1 < n && TK(s[j - 1], TK_DIGIT) &&
			    TK(s[j + 1], TK_DIGIT)) {
				j++;  /* 1,500 -> 1500 */
				continue;
			}
			break;
		}
		/* a period after a lower-case letter ends a word and is dropped */
		if (cj == '.' && j > i && TK(s[j - 1], TK_LOWER))
			break;
		w[wn++] = (char)cj;   /* ' . & / and bytes >= 0x80: no case */
		j++;
	}
	if (j == i)
		return i + 1;
	if (final_acronym_stop(s, n, i, j)) {
		wn--;
		j--;   /* the stop is skipped below, as after a lower-case word */
	}
	/* news: "US" in capitals is the country, "us" the pronoun; "IS" the Islamic State
	 * ("airstrikes against IS in Syria"), "is" the verb: U.S., I.S. as the dictionaries
	 * name them */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && wn == 2 && j - i == 2 && !S->allcaps &&
	    (s[i] == 'U' || s[i] == 'I') && s[i + 1] == 'S') {
		memcpy(w + 1, ".S.", 3);
		wn = 4;
	}
	if ((size_t)wn == j - i && dotted_missing_stop(s + i, wn))
		w[wn++] = '.';
	t->cls = TK(w[0], TK_DIGIT) ? C_NUMBER : C_WORD;
	t->cap = TK(s[i], TK_UPPER) ? 1 : 0;
	/* srcsh84: a hyphen after an abbreviation's stop joins too ("U.S.-backed") */
	t->hyphened = i >= 2 && s[i - 1] == '-' &&
		      (TK(s[i - 2], TK_LOWER | TK_UPPER) ||
		       (i >= 3 && s[i - 2] == '.' && TK(s[i - 3], TK_UPPER)));
	w[wn] = 0;
	t->s = w != local ? w : arena_strndup(&S->c->scratch, w, (size_t)wn);
	t->n = wn;
	classify(S->c, t, w != local);
	t->ostart = (int)i;
	t->olen = (int)(j - i);
	if (!(wn == 1 && w[0] == '.')) {
		S->nt++;   /* a lone period is punctuation, not a word */
		if (w != local)
			S->tkpos += (size_t)wn + 1;
	}
	if (j < n && s[j] == '.')
		j++;
	return j;
}

/* speech96: 1 when the single quote at s[i] opens a quotation glued to its first word
 * ("'Uganda has ...", after a blank, the text's start or a double mark, before a letter):
 * a mark of its own, as when spaced, not part of the word (which the dictionaries then
 * missed). "Kenya's", "'90s" are left alone. */
static int opening_single_quote(const char *s, size_t n, size_t i)
{
	return s[i] == '\'' && i + 1 < n && TK(s[i + 1], TK_UPPER | TK_LOWER) &&
	       (i == 0 || TK(s[i - 1], TK_BLANK) || s[i - 1] == '"');
}

/* Cuts the folded text s[i, n) into tokens after the S->nt already made, until max tokens;
 * returns where it stopped. */
static size_t tokenize_from(coder_sent *S, const char *s, size_t n, size_t i, int max)
{
	while (i < n && S->nt < max) {
		char ch = s[i];
		if (TK(ch, TK_BLANK)) {
			i++;
			continue;
		}
		coder_tok *t = &S->t[S->nt];
		memset(t, 0, sizeof *t);
		t->head = -1;
		t->actor = -1;
		if (ch == ',' || ch == ';')
			punct_token(S, t, C_COMMA, ",", i++);
		else if (ch == '"')
			punct_token(S, t, C_QUOTE, "\"", i++);
		else if (opening_single_quote(s, n, i))
			i = word_token(S, t, s, i + 1, i);   /* the mark alone, as "' Uganda" */
		else
			i = word_token(S, t, s, n, i);
	}
	return i;
}

/* Where the next token of the folded text s[i, n) starts, or n when no token is left; S->nt
 * and S->t are unchanged. */
static size_t next_token(coder_sent *S, const char *s, size_t n, size_t i)
{
	while (i < n) {
		char ch = s[i];
		if (TK(ch, TK_BLANK)) {
			i++;
			continue;
		}
		if (ch == ',' || ch == ';' || ch == '"')
			return i;
		coder_tok probe;
		memset(&probe, 0, sizeof probe);
		int nt = S->nt;
		size_t pos = S->tkpos;
		size_t j = word_token(S, &probe, s, n, i);
		S->tkpos = pos;
		if (S->nt != nt) {
			S->nt = nt;
			return i;
		}
		i = j;
	}
	return n;
}

/* Normalises the text (ASCII folding, TABARI's punctuation rules) into c->sentence and
 * splits it into at most limits.tokens tokens; c->cut notes that more were left. */
void tok_tokenize(coder_sent *S, const char *text, size_t len)
{
	fold_text(S, text, len);
	buf *b = &S->c->sentence;
	const char *s = b->p ? b->p : "";
	size_t n = b->len;
	S->nt = 0;
	S->tkpos = 0;
	int max = (int)S->c->limits.tokens;
	size_t i = tokenize_from(S, s, n, 0, max);
	S->c->cut = S->nt == max && next_token(S, s, n, i) < n;
	if (S->nt < MAX_TOKENS)   /* one past the end reads as an empty token */
		memset(&S->t[S->nt], 0, sizeof S->t[0]);
}

/* Where the text is cut when longer than max bytes: after its last line break before max,
 * else before its last blank, else at a character boundary (> 0). */
static size_t byte_cut(const char *text, size_t max)
{
	size_t k = max;
	while (k > 0 && text[k - 1] != '\n')
		k--;
	if (k)
		return k;
	for (k = max; k > 0 && text[k - 1] != ' ' && text[k - 1] != '\t'; k--)
		;
	if (k)
		return k;
	for (k = max; k > 1 && ((unsigned char)text[k] & 0xC0) == 0x80; k--)
		;
	return k;
}

/* The input offset whose folding starts at byte f of the folded text. */
static size_t input_offset(const char *text, size_t len, size_t f)
{
	size_t i = 0, out = 0;
	while (i < len && out < f) {
		char o[2];
		int on;
		i += utf8_fold_next((const unsigned char *)text + i, len - i, o, &on);
		out += (size_t)on;
	}
	return i;
}

size_t coder_fit(khaldun_coder *c, const char *text, size_t len, const char **why)
{
	size_t lim = len;
	*why = NULL;
	if (len > c->limits.sentence) {
		lim = byte_cut(text, c->limits.sentence);
		*why = "sentence";
	}
	if (lim <= c->limits.tokens)   /* a token takes a byte at least */
		return lim;
	coder_sent *S = c->sent;
	S->c = c;
	int max = (int)c->limits.tokens;
	/* fold a growing prefix that ends at a blank: a cut needs only the tokens up to it */
	for (size_t chunk = 4096;; chunk *= 2) {
		size_t end = lim;
		if (chunk < lim) {
			end = chunk;
			while (end < lim && text[end] != ' ' && text[end] != '\n' &&
			       text[end] != '\t')
				end++;
		}
		fold_text(S, text, end);
		const char *s = c->sentence.p ? c->sentence.p : "";
		size_t n = c->sentence.len;
		S->nt = 0;
		S->tkpos = 0;
		size_t i = tokenize_from(S, s, n, 0, max), next;
		if (S->nt == max && (next = next_token(S, s, n, i)) < n) {
			size_t k = input_offset(text, end, next);
			*why = "tokens";
			/* prefer whole lines: cut after the last line break before that token */
			for (size_t j = k; j > 0; j--)
				if (text[j - 1] == '\n')
					return j;
			return k;
		}
		if (end == lim)
			return lim;
	}
}

int tok_is_rest(const coder_tok *t, const char *w)
{
	if (!t->n)
		return !w[0];
	return (int)strlen(w) == t->n && !memcmp(t->s, w, (size_t)t->n);
}

_Thread_local struct tok_list_map tok_list_maps[TOK_LIST_SLOTS];
static _Thread_local int tok_list_used;

/* The map's bits: the folded first two bytes of each listed word (sent.h tok_list_may). */
static void list_map_fill(struct tok_list_map *p, const char *const *list)
{
	p->list = list;
	p->first = list[0];
	memset(p->bits, 0, sizeof p->bits);
	/* a first byte no word has is turned away by the bits: its span is never read */
	memset(p->from, 255, sizeof p->from);
	for (int k = 0; list[k]; k++) {
		/* an empty listed word has no second byte to read */
		unsigned c0 = (unsigned char)list[k][0], c1 = c0 ? (unsigned char)list[k][1] : 0;
		unsigned f = (c0 | 0x20) & 31, b = f << 5 | ((c1 | 0x20) & 31);
		p->bits[b >> 6] |= 1ull << (b & 63);
		if (p->from[f] == 255)
			p->from[f] = (uint8_t)(k < 255 ? k : 255);
		p->to[f] = (uint8_t)(k < 254 ? k + 1 : 255);
	}
}

const struct tok_list_map *tok_list_find(const char *const *list)
{
	unsigned h = tok_list_home(list);
	for (unsigned k = 0; k < TOK_LIST_SLOTS; k++) {
		struct tok_list_map *p = &tok_list_maps[(h + k) % TOK_LIST_SLOTS];
		if (p->list == list) {
			if (p->first != list[0])
				list_map_fill(p, list);
			return p;
		}
		if (p->list)
			continue;
		/* three quarters full: further lists are walked whole, as before speed171 */
		if (tok_list_used >= TOK_LIST_SLOTS * 3 / 4)
			return NULL;
		tok_list_used++;
		list_map_fill(p, list);
		return p;
	}
	return NULL;
}

/* 1 when token t is one of list's words (a NULL-ended list of upper-case words): "ARMY" is
 * in GROUP_NOUNS. As tok_is over the list, with the token's first two bytes read once and a
 * listed word compared whole only when both match (lists of 10-80 words, asked a few
 * hundred thousand times a corpus: speed129). */
int tok_in_walk(const coder_tok *t, const char *const *list)
{
	if (t->n <= 0 || !t->s[0]) {   /* no first byte to read a second after */
		for (int k = 0; list[k]; k++)
			if (tok_is(t, list[k]))
				return 1;
		return 0;
	}
	/* a one-byte token matches only a listed word whose second byte is its end, NUL */
	char c0 = t->s[0], c1 = t->n > 1 ? t->s[1] : 0;
	struct tok_span sp = tok_list_span(list, (unsigned char)c0, (unsigned char)c1);
	for (int k = sp.from; k < sp.to && list[k]; k++) {
		const char *w = list[k];
		if (w[0] == c0 && w[1] == c1 && (int)strlen(w) == t->n &&
		    !memcmp(t->s, w, (size_t)t->n))
			return 1;
	}
	return 0;
}

int tok_ends(const coder_tok *t, const char *suf)
{
	size_t k = strlen(suf);
	return t->cls == C_WORD && (size_t)t->n > k && !memcmp(t->s + t->n - k, suf, k);
}

int tok_count_of(const coder_sent *S, int i)
{
	static const char *const count[] = { "THOUSANDS", "HUNDREDS", "DOZENS", "SCORES", NULL };
	return i >= 0 && i + 1 < S->nt && tok_in(&S->t[i], count) && tok_is(&S->t[i + 1], "OF");
}
