/* test_synkids.c - syntree.c's children lists (speed129): with syn_index_children made,
 * syn_child_rel, syn_child_word and syn_case_of answer as their walk of every word does, for
 * trees of many shapes (the roots' query h = -1 too), and a head out of range leaves the
 * lists off. */
#include "check.h"
#include "coder/syntree.h"
#include <stdlib.h>
#include <string.h>

static const char *const RELS[] = { "nsubj", "nsubj:pass", "obj", "obl", "obl:tmod", "case",
	"conj", "acl:relcl", "root", NULL };
static const char *const FORMS[] = { "said", "in", "Kenya", "of", "police", "by", NULL };

/* Fills P with n words of pseudo-random heads (0..n), relations and forms from seed. */
static void fill(struct syntax_parse *P, int n, unsigned seed)
{
	P->ok = 1;
	P->nw = n;
	P->kids_ok = 0;
	for (int i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		khaldun_parse_token *w = &P->w[i];
		memset(w, 0, sizeof *w);
		w->head = (seed >> 8) % (unsigned)(n + 1);
		w->deprel = (seed >> 4) % 11 == 0 ? NULL : RELS[(seed >> 12) % 9];
		w->form = FORMS[(seed >> 16) % 6];
		w->len = strlen(w->form);
	}
}

static void children_as_walked(void)
{
	static const char *const words[] = { "in", "by", NULL };
	struct syntax_parse *P = malloc(sizeof *P);
	CHECK(P != NULL);
	for (unsigned seed = 1; seed < 400; seed++) {
		int n = 1 + (int)(seed * 7 % 60);
		fill(P, n, seed);
		int walk[3][64 * 10];
		int q = 0;
		for (int h = -2; h <= n; h++)
			for (int r = 0; RELS[r]; r++, q++) {
				walk[0][q] = syn_child_rel(P, h, RELS[r]);
				walk[1][q] = syn_child_word(P, h, RELS[r], words);
				walk[2][q] = syn_case_of(P, h);
			}
		syn_index_children(P);
		CHECK_INT(P->kids_ok, 1);
		q = 0;
		for (int h = -2; h <= n; h++)
			for (int r = 0; RELS[r]; r++, q++) {
				CHECK_INT(syn_child_rel(P, h, RELS[r]), walk[0][q]);
				CHECK_INT(syn_child_word(P, h, RELS[r], words), walk[1][q]);
				CHECK_INT(syn_case_of(P, h), walk[2][q]);
			}
	}
	fill(P, 5, 3);
	P->w[2].head = 9;   /* beyond the sentence: no lists, the walks answer */
	syn_index_children(P);
	CHECK_INT(P->kids_ok, 0);
	free(P);
}

TEST_MAIN(T(children_as_walked))
