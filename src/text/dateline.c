/*
 * dateline.c - the dateline that opens a wire story ("BEIRUT -", "KYIV, Ukraine (AP) -"):
 * where the reporter files from, which the coder leaves out of the first sentence's actors
 * (pipeline.c) and explain out of its search for an event's words.
 * Invariant: reads only the text's opening words (place words of at most 40 bytes, an agency
 * of at most 30), whatever its length.
 */
#include "khaldun.h"
#include <string.h>

static int is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_letter(char c)
{
	return is_upper(c) || (c >= 'a' && c <= 'z');
}

/* Capitalised words ("ADDIS ABABA", "Lebanon", "D.C.", "N'DJAMENA") from t[i]; the index
 * after them, or i when there is none or they run past 40 bytes (no place name). *lower
 * counts their lower-case letters, *upper their capitals. */
static size_t place_words(const char *t, size_t n, size_t i, size_t *upper, size_t *lower)
{
	size_t a = i, end = i;
	while (i < n && is_upper(t[i]) && i - a < 40) {
		/* a hyphen inside a word only: "KABUL- Taliban ..." ends with its dash */
		while (i < n && (is_letter(t[i]) || t[i] == '.' || t[i] == '\'' ||
				 (t[i] == '-' && i + 1 < n && is_letter(t[i + 1])))) {
			*upper += is_upper(t[i]);
			*lower += t[i] >= 'a' && t[i] <= 'z';
			i++;
		}
		end = i;
		if (i + 1 < n && t[i] == ' ' && is_upper(t[i + 1]))
			i++;
	}
	return i - a > 40 ? a : end;
}

/* dateline53: the dateline that opens a wire story ("BEIRUT -", "KYIV, Ukraine (AP) -",
 * "WASHINGTON, D.C. -", "Beirut, Lebanon -") says where the reporter files from. Coded with
 * the sentence, its capital was taken for the government as the subject, or glued onto it
 * ("BEIRUT - Israeli warplanes" as LBNGOV), and then led the story's context. Returns the
 * bytes of text up to and with the dash, or 0. Upper-case place words need nothing more;
 * mixed-case ones only with a ", Country" or "(Agency)" part and a capital after the dash
 * ("Meanwhile, Israel - which ..." is none). */
size_t khaldun_dateline(const char *t, size_t n)
{
	size_t upper = 0, lower = 0, i = 0;
	while (i < n && is_space(t[i]))
		i++;
	size_t j = place_words(t, n, i, &upper, &lower);
	if (j == i)
		return 0;
	int caps = !lower && upper >= 3, more = 0;
	if (j + 2 < n && t[j] == ',' && t[j + 1] == ' ') {
		size_t up2 = 0, low2 = 0, k = place_words(t, n, j + 2, &up2, &low2);
		if (k == j + 2)
			return 0;
		j = k;
		more = 1;
	}
	if (j + 2 < n && t[j] == ' ' && t[j + 1] == '(' && is_upper(t[j + 2])) {
		/* an agency's name is words of letters ("AP", "Reuters"), no party and state
		 * after a lawmaker ("Jim Jordan (R-Ohio)") */
		size_t k = j + 2;
		while (k < n && k - j < 30 && (is_letter(t[k]) || t[k] == ' '))
			k++;
		if (k >= n || t[k] != ')' || k - j < 4)
			return 0;
		j = k + 1;
		more = 1;
	}
	if (!caps && !more)
		return 0;
	size_t k = j;
	while (k < n && t[k] == ' ')
		k++;
	size_t dash = 0;
	if (k + 3 <= n && !memcmp(t + k, "\xe2\x80", 2) &&
	    (t[k + 2] == '\x93' || t[k + 2] == '\x94'))   /* en or em dash */
		dash = 3;
	else if (k + 2 <= n && t[k] == '-' && t[k + 1] == '-')
		dash = 2;
	else if (k + 1 < n && t[k] == '-' && t[k + 1] == ' ')
		dash = 1;
	if (!dash)
		return 0;
	k += dash;
	size_t next = k;
	while (next < n && t[next] == ' ')
		next++;
	/* "ISIS - linked militants": a word broken by a spaced hyphen goes on in lower case */
	if (next >= n || (t[next] >= 'a' && t[next] <= 'z') ||
	    (!caps && !is_upper(t[next]) && t[next] != '"'))
		return 0;
	return k;
}
