/*
 * tokens.c - the coder's first stage: a sentence's text is folded to ASCII under TABARI's
 * punctuation rules into the coder's sentence buffer, then cut into upper-case tokens (words,
 * numbers, commas, quotes) with their byte spans in that buffer. Also the built-in word types
 * (determiners, conjunctions, pronouns, ...). Invariant: every token's text lives in the
 * scratch arena and its span [ostart, ostart+olen) lies inside the normalised sentence.
 */
#include "coder/sent.h"
#include "base/utf8.h"
#include <ctype.h>
#include <string.h>

/* ---------------------------------------------------------------- text filter */

static int is_word_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '\'' || ch == '.' || ch == '&' || ch == '/';
}

/* Pass 1: folds the text to ASCII into c->sentence (control characters become blanks) and
 * notes whether it is all capitals and whether it held non-printing characters. */
static void fold_text(coder_sent *S, const char *text, size_t len)
{
	buf *b = &S->c->sentence;
	buf_clear(b);
	for (size_t i = 0; i < len;) {
		char o[2];
		int on;
		size_t used = utf8_fold_next((const unsigned char *)text + i, len - i, o, &on);
		for (int k = 0; k < on; k++) {
			char ch = o[k];
			if ((unsigned char)ch < 32)
				ch = ' ';
			if (buf_addc(b, ch))
				break;
		}
		i += used;
	}
	const char *s = b->p ? b->p : "";
	int lower = 0;
	for (size_t i = 0; i < b->len; i++)
		if (islower((unsigned char)s[i]))
			lower = 1;
	S->allcaps = !lower;
	/* non-printing characters mean a mangled record (TABARI diverts it as complex) */
	S->nonprinting = 0;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)text[i] < 32 && text[i] != '\n' && text[i] != '\t' &&
		    text[i] != '\r')
			S->nonprinting = 1;
}

/* Characters that separate words and are dropped (TABARI's punctuation rules). */
static int is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '?' || ch == '!' || ch == '-' || ch == '_' ||
	       ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '{' || ch == '}' ||
	       ch == ':' || ch == '*' || ch == '<' || ch == '>';
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

/* Reads the word starting at byte i of s (n bytes) into token t; returns where the next
 * token may start. A lone period is not kept as a token. */
static size_t word_token(coder_sent *S, coder_tok *t, const char *s, size_t n, size_t i)
{
	size_t j = i;
	char w[MAX_WORD + 1];
	int wn = 0;
	while (j < n && wn < MAX_WORD) {
		char cj = s[j];
		if (cj == ',' && j > i && j + 1 < n && isdigit((unsigned char)s[j - 1]) &&
		    isdigit((unsigned char)s[j + 1])) {
			j++;  /* 1,500 -> 1500 */
			continue;
		}
		if (!is_word_char(cj) && (unsigned char)cj < 0x80)
			break;
		/* a period after a lower-case letter ends a word and is dropped */
		if (cj == '.' && j > i && islower((unsigned char)s[j - 1]))
			break;
		w[wn++] = (char)toupper((unsigned char)cj);
		j++;
	}
	if (j == i)
		return i + 1;
	/* news: "US" in capitals is the country, "us" the pronoun */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && wn == 2 && j - i == 2 && s[i] == 'U' &&
	    s[i + 1] == 'S' && !S->allcaps) {
		memcpy(w, "U.S.", 4);
		wn = 4;
	}
	t->cls = isdigit((unsigned char)w[0]) ? C_NUMBER : C_WORD;
	t->cap = isupper((unsigned char)s[i]) ? 1 : 0;
	t->hyphened = i >= 2 && s[i - 1] == '-' && isalpha((unsigned char)s[i - 2]);
	t->s = arena_strndup(&S->c->scratch, w, (size_t)wn);
	t->n = wn;
	t->ostart = (int)i;
	t->olen = (int)(j - i);
	if (!(wn == 1 && w[0] == '.'))
		S->nt++;   /* a lone period is punctuation, not a word */
	if (j < n && s[j] == '.')
		j++;
	return j;
}

/* Cuts the folded text s[i, n) into tokens after the S->nt already made, until max tokens;
 * returns where it stopped. */
static size_t tokenize_from(coder_sent *S, const char *s, size_t n, size_t i, int max)
{
	while (i < n && S->nt < max) {
		char ch = s[i];
		if (is_blank(ch)) {
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
		if (is_blank(ch)) {
			i++;
			continue;
		}
		if (ch == ',' || ch == ';' || ch == '"')
			return i;
		coder_tok probe;
		memset(&probe, 0, sizeof probe);
		int nt = S->nt;
		size_t j = word_token(S, &probe, s, n, i);
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
			while (end < lim && text[end] != ' ' && text[end] != '\n' && text[end] != '\t')
				end++;
		}
		fold_text(S, text, end);
		const char *s = c->sentence.p ? c->sentence.p : "";
		size_t n = c->sentence.len;
		S->nt = 0;
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

int tok_is(const coder_tok *t, const char *w)
{
	/* the first byte settles nearly every call without a strlen */
	if (!t->n)
		return !w[0];
	if (w[0] != t->s[0])
		return 0;
	return (int)strlen(w) == t->n && !memcmp(t->s, w, (size_t)t->n);
}

int tok_in(const coder_tok *t, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (tok_is(t, list[i]))
			return 1;
	return 0;
}


int tok_builtin_type(const coder_tok *t)
{
#define W(s, ty) { s, sizeof s - 1, ty }
	static const struct { const char *w; int n, ty; } words[] = {
		W("A", TY_DET), W("AN", TY_DET), W("THE", TY_DET),
		W("AND", TY_CONJ), W("BUT", TY_CONJ), W("OR", TY_CONJ), W("NOR", TY_CONJ),
		W("HE", TY_PRON), W("SHE", TY_PRON), W("IT", TY_PRON), W("HIM", TY_PRON),
		W("HER", TY_PRON), W("ITS", TY_PRON), W("HIS", TY_PRON), W("THEY", TY_PRON),
		W("THEM", TY_PRON), W("THEIR", TY_PRON),
		W("WAS", TY_AUX), W("WERE", TY_AUX), W("BEEN", TY_AUX),
		W("BY", TY_BY), W("FORMER", TY_FORMER),
	};
#undef W
	if (t->cls == C_COMMA)
		return TY_COMMA;
	if (t->cls == C_NUMBER)
		return TY_NUM;
	if (t->cls == C_QUOTE)
		return TY_NULL;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (words[i].n == t->n && words[i].w[0] == t->s[0] &&
		    !memcmp(words[i].w, t->s, (size_t)t->n))
			return words[i].ty;
	return TY_NULL;
}

