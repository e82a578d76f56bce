/* test_synword.c - syntree.c's word and relation compares (speed128 rewrote them as one walk
 * of both strings): syn_word_is and syn_rel_base answer as the strncasecmp / strncmp forms
 * they replaced, for words of each length and case, prefixes, NUL-less forms and subtypes. */
#include "check.h"
#include "coder/syntree.h"
#include <string.h>
#include <strings.h>

/* The compares as they were before speed128 (the reference). */
static int word_is_ref(const khaldun_parse_token *w, const char *s)
{
	size_t n = strlen(s);
	return w->len == n && !strncasecmp(w->form, s, n);
}

static int rel_base_ref(const khaldun_parse_token *w, const char *r)
{
	if (!w->deprel || w->deprel[0] != r[0])
		return 0;
	size_t n = strlen(r);
	return !strncmp(w->deprel, r, n) && (w->deprel[n] == 0 || w->deprel[n] == ':');
}

static void words_as_before(void)
{
	/* forms borrowed from a longer text: "said" is the first 4 bytes of "saidx" */
	static const char *const forms[] = { "said", "SAID", "Said", "saidx", "sai", "s", "",
		"told", "@", "`", "[said]", "caf\xc3\xa9", "CAF\xc3\x89", "u.s.", "U.S.", NULL };
	static const char *const words[] = { "said", "sai", "saidx", "s", "told", "`", "@",
		"caf\xc3\xa9", "u.s.", "a", NULL };
	for (int f = 0; forms[f]; f++)
		for (size_t len = 0; len <= strlen(forms[f]); len++)
			for (int k = 0; words[k]; k++) {
				khaldun_parse_token w = { 0 };
				w.form = forms[f];
				w.len = len;
				CHECK_INT(syn_word_is(&w, words[k]), word_is_ref(&w, words[k]));
			}
}

static void relations_as_before(void)
{
	static const char *const rels[] = { "nsubj", "nsubj:pass", "nsub", "nsubjx", "obl",
		"obl:tmod", "obj", "o", "acl:relcl", "acl", "conj", NULL };
	for (int d = -1; rels[d < 0 ? 0 : d]; d++)
		for (int r = 0; rels[r]; r++) {
			khaldun_parse_token w = { 0 };
			w.deprel = d < 0 ? NULL : rels[d];
			CHECK_INT(syn_rel_base(&w, rels[r]), rel_base_ref(&w, rels[r]));
		}
}

TEST_MAIN(T(words_as_before), T(relations_as_before))
