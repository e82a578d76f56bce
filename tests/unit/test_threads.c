/*
 * test_threads.c - one dictionary, four coders on four threads: every thread codes the same
 * sentences to the same events as a coder on the main thread (the dictionary is read-only
 * after loading and coders share nothing). Run under -fsanitize=thread to look for races.
 */
#include "khaldun.h"
#include "check.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *sentences[] = {
	"Pakistan's defence minister Khawaja Asif accused Afghanistan of sheltering militants.",
	"The Taliban government condemned the Pakistani air strikes in Paktika province.",
	"Turkey and Qatar signed an agreement with Pakistan on border security.",
	"Kyiv was shelled by Russian forces overnight, the mayor said.",
	"Indian Prime Minister Narendra Modi visited Japan on Monday.",
	"The European Union imposed sanctions on Russian officials over the war in Ukraine.",
	"According to Pakistan's foreign ministry, Afghan forces opened fire on a border post.",
	"Iran will not release the detained British journalists, the court said.",
};
#define NS (sizeof sentences / sizeof sentences[0])
#define ROUNDS 200

static khaldun_dict *dict;
static char expected[NS][512];

/* The events of one sentence as one string, for comparison. */
static void fingerprint(khaldun_coder *c, size_t i, char *out, size_t cap)
{
	const khaldun_result *r;
	out[0] = 0;
	if (khaldun_code_sentence(c, sentences[i], strlen(sentences[i]), 20250610, "t", &r))
		return;
	for (size_t k = 0; k < r->n_events; k++) {
		size_t n = strlen(out);
		snprintf(out + n, cap - n, "%s>%s:%s ", r->events[k].source, r->events[k].target,
			 r->events[k].code);
	}
}

static void *worker(void *arg)
{
	int *bad = arg;
	khaldun_coder *c;
	khaldun_coder_new(&c, dict);
	char got[512];
	for (int round = 0; round < ROUNDS && c; round++)
		for (size_t i = 0; i < NS; i++) {
			fingerprint(c, (i + (size_t)round) % NS, got, sizeof got);
			if (strcmp(got, expected[(i + (size_t)round) % NS]))
				(*bad)++;
		}
	khaldun_coder_free(c);
	return NULL;
}

static void shared_dictionary(void)
{
	CHECK_INT(khaldun_dict_load(&dict, "dict/khaldun.project", NULL, NULL), KHALDUN_OK);
	if (!dict)
		return;
	khaldun_coder *c;
	khaldun_coder_new(&c, dict);
	int coded = 0;
	for (size_t i = 0; i < NS; i++) {
		fingerprint(c, i, expected[i], sizeof expected[i]);
		coded += expected[i][0] != 0;
	}
	khaldun_coder_free(c);
	CHECK(coded >= (int)NS - 1);   /* the sentences do code: the comparison means something */
	pthread_t t[4];
	int bad[4] = { 0 };
	for (int k = 0; k < 4; k++)
		CHECK_INT(pthread_create(&t[k], NULL, worker, &bad[k]), 0);
	for (int k = 0; k < 4; k++) {
		pthread_join(t[k], NULL);
		CHECK_INT(bad[k], 0);
	}
	khaldun_dict_free(dict);
}

TEST_MAIN(T(shared_dictionary))
