/*
 * fuzz_code.c - libFuzzer target: any bytes as a sentence, coded with our dictionaries both
 * ways (syntax-aware, with our tagger and parser: the default; and shallow) and, when $SHARED
 * holds it, with TABARI's validation project (TABARI's rules). Must never crash, hang or leak.
 * Dictionaries or a model that fail to load stop the target at once with a message (a fuzzer
 * coding with no dictionary would test nothing). Build and run: `make fuzz`.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static khaldun_coder *news, *shallow, *tabari;
static khaldun_parser *parser;

static void count_errors(void *ctx, const khaldun_diag *d)
{
	if (d->severity == KHALDUN_ERROR) {
		(*(int *)ctx)++;
		fprintf(stderr, "fuzz_code: %s:%ld: %s\n", d->file ? d->file : "?", d->line,
			d->message);
	}
}

/* A coder of the project's dictionaries; with the parser (the model file `model`) when the
 * dictionaries ask for one and model is not NULL. */
static khaldun_coder *load(const char *project, const char *model)
{
	khaldun_dict *d;
	int errors = 0;
	if (khaldun_dict_load(&d, project, count_errors, &errors) != KHALDUN_OK || errors) {
		fprintf(stderr, "fuzz_code: %s: the dictionaries did not load (%d errors)\n",
			project, errors);
		exit(1);
	}
	if (model && khaldun_dict_wants_parser(d)) {
		if (!parser && (khaldun_parser_load(&parser, model, count_errors, &errors)
				!= KHALDUN_OK || !parser)) {
			fprintf(stderr, "fuzz_code: %s: the model did not load\n", model);
			exit(1);
		}
		khaldun_dict_set_parser(d, parser);
	}
	khaldun_coder *c;
	khaldun_coder_new(&c, d);
	if (!c) {
		fprintf(stderr, "fuzz_code: %s: no coder\n", project);
		exit(1);
	}
	return c;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
	char p[4096];
	news = load("dict/khaldun.project", "data/model/en-ud.model");
	shallow = load("dict/khaldun.project", NULL);
	snprintf(p, sizeof p, "%s/tabari/Validate.project", shared);
	if (access(p, R_OK) == 0)
		tabari = load(p, NULL);
	else
		fprintf(stderr, "fuzz_code: %s not found: coding with our dictionaries only\n", p);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const khaldun_result *r;
	khaldun_code_sentence(news, (const char *)data, size, 20250101, "fuzz", &r);
	khaldun_code_sentence(shallow, (const char *)data, size, 20250101, "fuzz", &r);
	if (tabari)
		khaldun_code_sentence(tabari, (const char *)data, size, 19950101, "fuzz", &r);
	return 0;
}
