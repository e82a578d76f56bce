/*
 * train.c - `khaldun train --ud DIR [--out FILE] [--seed N] [--jackknife K]`: trains the
 * tagger and parser on the UD English treebanks in DIR and writes the model file, then scores
 * it on the test files found there (gold tokens, predicted tags).
 * Uses only the public header.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *fp)
{
	fprintf(fp, "usage: khaldun train --ud DIR [--out FILE] [--seed N] [--jackknife K] "
		"[--prune W]\n"
		    "                     [--select M]\n"
		    "trains on DIR/en_ewt-train.conllu and DIR/en_gum-ccby-train.conllu (the dev\n"
		    "files choose the epochs), writes the model (default data/model/en-ud.model)\n"
		    "and reports UPOS/UAS/LAS on the test files. --jackknife K: "
		    "the parser trains on\n"
		    "tags from K cross-trained taggers (make model uses 5); --prune W: "
		    "parser weights\n"
		    "below W are dropped (default 1; use 0 for a small treebank); "
		    "--select M: then\n"
		    "parser features whose weights add up to less than M (default 0: none; make\n"
		    "model uses 2)\n");
}

void cli_print_score(const char *name, const khaldun_parse_score *s)
{
	double w = s->words ? (double)s->words : 1;
	printf("%s: %zu sentences, %zu words: UPOS %.2f%%  UAS %.2f%%  LAS %.2f%%  "
	       "(universal relations: LAS %.2f%%)", name, s->sentences, s->words,
	       100.0 * (double)s->upos / w, 100.0 * (double)s->uas / w, 100.0 * (double)s->las / w,
	       100.0 * (double)s->las_universal / w);
	if (s->unparsed)   /* tagged only: counted, their heads and labels as wrong */
		printf(" (%zu over the parser's limit: their heads counted wrong)", s->unparsed);
	if (s->skipped)
		printf(" (%zu malformed sentences skipped)", s->skipped);
	putchar('\n');
}

int cmd_train(int argc, char **argv)
{
	const char *ud = NULL, *out = "data/model/en-ud.model";
	unsigned long seed = 1;
	int jk = 0;
	double prune = 1, select = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--ud") && i + 1 < argc)
			ud = argv[++i];
		else if (!strcmp(argv[i], "--out") && i + 1 < argc)
			out = argv[++i];
		else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
			seed = strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--jackknife") && i + 1 < argc)
			jk = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--prune") && i + 1 < argc)
			prune = atof(argv[++i]);
		else if (!strcmp(argv[i], "--select") && i + 1 < argc)
			select = atof(argv[++i]);
		else if (!strcmp(argv[i], "--help")) {
			usage(stdout);
			return EXIT_OK;
		} else {
			cli_bad_arg(argv[i], usage);
			return EXIT_FATAL;
		}
	}
	if (!ud) {
		usage(stderr);
		return EXIT_FATAL;
	}
	/* lines and sentences skipped are reported as errors: the model is written all the same,
	 * and the exit status is then 2, as any command that went on past bad input */
	int errors = 0;
	if (khaldun_parser_train(ud, out, seed, jk, prune, select, count_diag, &errors)
	    != KHALDUN_OK)
		return EXIT_FATAL;
	khaldun_parser *p;
	if (khaldun_parser_load(&p, out, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	printf("model written to %s\n%s", out, khaldun_parser_about(p));
	static const char *const tests[] = { "en_ewt-test.conllu", "en_gum-ccby-test.conllu" };
	for (int t = 0; t < 2; t++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", ud, tests[t]);
		FILE *fp = fopen(path, "rb");
		if (!fp)
			continue;
		khaldun_parse_score s;
		if (khaldun_parser_score(p, fp, path, count_diag, &errors, &s) == KHALDUN_OK)
			cli_print_score(tests[t], &s);
		fclose(fp);
	}
	khaldun_parser_free(p);
	return errors ? EXIT_SKIPPED : EXIT_OK;
}
