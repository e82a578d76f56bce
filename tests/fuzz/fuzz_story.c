/*
 * fuzz_story.c - libFuzzer target: any bytes as one story's text, coded by the pipeline
 * (khaldun_code_story: sentence splitting, parts over the limits, story context across
 * sentences, pronouns, places) with our dictionaries, our tagger and parser and the shipped
 * gazetteer, as `khaldun code` does by default; every event is then written as JSON. Must
 * never crash, hang or leak. A dictionary, model or gazetteer that fails to load stops the
 * target at once with a message. Build and run: `make fuzz`.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>

static khaldun_coder *coder;
static khaldun_batch *batch;
static khaldun_cameo *cameo;
static FILE *sink;

static void count_errors(void *ctx, const khaldun_diag *d)
{
	if (d->severity == KHALDUN_ERROR) {
		(*(int *)ctx)++;
		fprintf(stderr, "fuzz_story: %s:%ld: %s\n", d->file ? d->file : "?", d->line,
			d->message);
	}
}

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_story: %s did not load\n", what);
	exit(1);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	khaldun_dict *d;
	khaldun_parser *p;
	khaldun_places *g;
	int errors = 0;
	if (khaldun_dict_load(&d, "dict/khaldun.project", count_errors, &errors) != KHALDUN_OK
	    || errors)
		fail("dict/khaldun.project");
	if (khaldun_parser_load(&p, "data/model/en-ud.model", count_errors, &errors) != KHALDUN_OK)
		fail("data/model/en-ud.model");
	if (khaldun_places_load(&g, "data/places.bin", count_errors, &errors) != KHALDUN_OK)
		fail("data/places.bin");
	khaldun_dict_set_parser(d, p);
	khaldun_dict_set_places(d, g);
	if (khaldun_coder_new(&coder, d) != KHALDUN_OK || khaldun_batch_new(&batch) != KHALDUN_OK
	    || khaldun_cameo_builtin(&cameo) != KHALDUN_OK)
		fail("the coder");
	sink = fopen("/dev/null", "w");
	if (!sink)
		fail("/dev/null");
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	khaldun_story st = { 0 };
	st.id = "fuzz";
	st.date = "2025-01-01";
	st.day = 20250101;
	st.text = (const char *)data;
	st.text_len = size;
	if (khaldun_code_story(coder, &st, batch) != KHALDUN_OK)
		return 0;
	const khaldun_sentence *s;
	const khaldun_event *e;
	size_t ns = khaldun_batch_sentences(batch, &s);
	khaldun_batch_events(batch, &e);
	for (size_t i = 0; i < ns; i++)
		for (size_t k = 0; k < s[i].n_events; k++)
			khaldun_event_write_json(sink, &st, i, s[i].text, s[i].len,
						 &e[s[i].first_event + k], cameo);
	return 0;
}
