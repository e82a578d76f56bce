/*
 * test_pipeline.c - the seam: khaldun_code_story turns a story into a batch that owns its
 * data, and the store writes batches (khaldun_store_put) and reads them back. Uses our own
 * dictionaries (dict/), so it needs nothing outside the repository.
 */
#include "khaldun.h"
#include "check.h"
#include <stdlib.h>
#include <unistd.h>

static khaldun_dict *dict;
static khaldun_coder *coder;

static khaldun_story story(const char *id, const char *text, long day)
{
	khaldun_story st;
	memset(&st, 0, sizeof st);
	st.id = id;
	st.text = text;
	st.text_len = strlen(text);
	st.day = day;
	return st;
}

static const char two[] = "Pakistan accused Afghanistan of harbouring militants. "
			  "The weather was mild in the capital.";

static void test_story_to_batch(void)
{
	khaldun_batch *b;
	CHECK_INT(khaldun_batch_new(&b), KHALDUN_OK);
	khaldun_story st = story("s1", two, 20251109);
	CHECK_INT(khaldun_code_story(coder, &st, b), KHALDUN_OK);
	CHECK_INT(khaldun_batch_date(b), 20251109);
	const khaldun_sentence *s;
	const khaldun_event *e;
	CHECK_INT(khaldun_batch_sentences(b, &s), 2);
	size_t n = khaldun_batch_events(b, &e);
	CHECK(n >= 1);
	CHECK_INT(s[0].first_event, 0);
	CHECK_INT(s[0].n_events, n);
	CHECK_INT(s[1].n_events, 0);
	CHECK(n >= 1 && !strcmp(e[0].source, "PAK") && !strncmp(e[0].code, "11", 2));
	CHECK(!strncmp(s[1].text, "The weather", 11));
	/* the batch owns copies: coding another sentence does not change it */
	const khaldun_result *res;
	khaldun_code_sentence(coder, "Russia attacked Ukraine.", 24, 20251110, "x", &res);
	CHECK(n >= 1 && !strcmp(e[0].source, "PAK"));
	CHECK(n >= 1 && e[0].verb_text && strstr(e[0].verb_text, "accused"));
	khaldun_batch_free(b);
}

static void test_dates(void)
{
	khaldun_batch *b;
	khaldun_batch_new(&b);
	khaldun_story st = story("nodate", two, 0);
	CHECK_INT(khaldun_code_story(coder, &st, b), KHALDUN_ERR_FORMAT);
	const khaldun_sentence *s;
	CHECK_INT(khaldun_batch_sentences(b, &s), 0);
	st.record_date = "251109";   /* TABARI digits: YYMMDD without SET: YYYY */
	CHECK_INT(khaldun_story_date(coder, &st), 20251109);
	st.day = 20240229;           /* a parsed date wins */
	CHECK_INT(khaldun_story_date(coder, &st), 20240229);
	khaldun_batch_free(b);
}

static int count_event(void *ctx, const khaldun_stored_event *e)
{
	size_t *n = ctx;
	CHECK(e->sentence_text && strstr(e->sentence_text, "accused"));
	(*n)++;
	return 0;
}

static void test_store_put(void)
{
	char path[] = "/tmp/khaldun-test-pipeline-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	close(fd);
	unlink(path);
	khaldun_store *s;
	CHECK_INT(khaldun_store_open(&s, path, 0, NULL, NULL), KHALDUN_OK);
	khaldun_batch *b;
	khaldun_batch_new(&b);
	khaldun_story st = story("s1", two, 20251109);
	khaldun_ingest_result r;
	CHECK_INT(khaldun_store_has(s, "s1"), 0);
	khaldun_code_story(coder, &st, b);
	CHECK_INT(khaldun_store_put(s, &st, b, &r), KHALDUN_OK);
	CHECK_INT(r.outcome, KHALDUN_INGEST_STORED);
	CHECK_INT(r.sentences, 2);
	CHECK(r.events >= 1);
	CHECK_INT(khaldun_store_has(s, "s1"), 1);
	CHECK_INT(khaldun_store_put(s, &st, b, &r), KHALDUN_OK);
	CHECK_INT(r.outcome, KHALDUN_INGEST_SAME_ID);
	khaldun_story copy = story("s2", two, 20251109);
	CHECK_INT(khaldun_store_put(s, &copy, b, &r), KHALDUN_OK);
	CHECK_INT(r.outcome, KHALDUN_INGEST_SAME_TEXT);
	CHECK_STR(r.same_as, "s1");
	khaldun_filter f;
	memset(&f, 0, sizeof f);
	f.source = "PAK";
	size_t n = 0;
	CHECK_INT(khaldun_store_events(s, &f, count_event, &n), KHALDUN_OK);
	CHECK(n >= 1);
	khaldun_store_stats stats;
	CHECK_INT(khaldun_store_summary(s, &stats), KHALDUN_OK);
	CHECK_INT(stats.stories, 2);
	CHECK_INT(stats.same_text, 1);
	CHECK_INT(stats.sentences, 2);
	khaldun_batch_free(b);
	khaldun_store_free(s);
	unlink(path);
}

/* khaldun_limits: defaults, NAME=VALUE settings, and the coder's token limit splitting a
 * sentence into parts that are all coded (never a silent cut). */
/* Codes text as story id (dated 2025-11-09) into a new batch *b (the caller frees it): its
 * sentences in *s, their count returned. */
static size_t code_text(khaldun_coder *c, const char *id, const char *text, khaldun_batch **b,
			const khaldun_sentence **s)
{
	khaldun_batch_new(b);
	khaldun_story st = story(id, text, 20251109);
	CHECK_INT(khaldun_code_story(c, &st, *b), KHALDUN_OK);
	return khaldun_batch_sentences(*b, s);
}

static void test_limits(void)
{
	khaldun_limits l = { 0 }, d;
	khaldun_limits_default(&d);
	CHECK_INT(d.tokens, 512);
	CHECK_INT(d.story, (size_t)16 << 20);
	const char *why = NULL;
	CHECK_INT(khaldun_limits_set(&l, "story=2M", &why), KHALDUN_OK);
	CHECK_INT(l.story, (size_t)2 << 20);
	CHECK_INT(khaldun_limits_set(&l, "dict-line=100", &why), KHALDUN_OK);
	CHECK_INT(l.dict_line, 100);
	CHECK_INT(khaldun_limits_set(&l, "tokens=513", &why), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_limits_set(&l, "tokens=2K", &why), KHALDUN_ERR_ARG);  /* not bytes */
	CHECK_INT(khaldun_limits_set(&l, "events=0", &why), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_limits_set(&l, "events=-1", &why), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_limits_set(&l, "nonsense=1", &why), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_limits_set(&l, "tokens", &why), KHALDUN_ERR_ARG);
	khaldun_limits r = khaldun_limits_resolve(&l);
	CHECK_INT(r.tokens, 512);            /* zero fields take their defaults */
	CHECK_INT(r.story, (size_t)2 << 20);

	khaldun_coder *c;
	khaldun_coder_new(&c, dict);
	khaldun_limits small = { 0 };
	small.tokens = 6;
	CHECK_INT(khaldun_coder_set_limits(c, &small), KHALDUN_OK);
	khaldun_batch *b;
	const khaldun_sentence *s;
	const khaldun_event *e;
	static const char two_clauses[] = "Pakistan accused Afghanistan of harbouring militants "
					  "while Russia accused Ukraine of attacking its embassy.";
	size_t n = code_text(c, "long", two_clauses, &b, &s);
	size_t ne = khaldun_batch_events(b, &e);
	CHECK(n >= 2);
	CHECK_INT(s[0].part, 1);
	CHECK(n >= 2 && s[n - 1].part == n && s[n - 1].cut_by && !strcmp(s[n - 1].cut_by, "tokens"));
	int pak = 0, rus = 0;
	for (size_t i = 0; i < ne; i++) {
		pak += !strcmp(e[i].source, "PAK");
		rus += !strcmp(e[i].source, "RUS");
	}
	CHECK(pak == 1 && rus == 1);         /* both clauses coded, in different parts */
	/* the coder alone codes only the first part, and says so */
	const khaldun_result *res;
	khaldun_code_sentence(c, two_clauses, strlen(two_clauses), 20251109, "x", &res);
	CHECK_INT(res->cut, 1);
	small.tokens = 600;
	CHECK_INT(khaldun_coder_set_limits(c, &small), KHALDUN_ERR_ARG);
	khaldun_batch_free(b);
	khaldun_coder_free(c);
}

/* The shipped model loaded and set on the dictionaries (the default coder's parse), or NULL
 * with a failed check. */
static khaldun_parser *parser_on(void)
{
	khaldun_parser *p;
	if (khaldun_parser_load(&p, "data/model/en-ud.model", NULL, NULL) != KHALDUN_OK) {
		CHECK(!"cannot load data/model/en-ud.model");
		return NULL;
	}
	khaldun_dict_set_parser(dict, p);
	return p;
}

/* Back to the shallow coder: the parser unset and freed. */
static void parser_off(khaldun_parser *p)
{
	khaldun_dict_set_parser(dict, NULL);
	khaldun_parser_free(p);
}

/* A sentence whose every event a story rule dropped (an unplaced person's statement,
 * needing the parse) keeps the outcome of a sentence with no event, coded, and names why. */
static void test_dropped_reason(void)
{
	khaldun_parser *p = parser_on();
	if (!p)
		return;
	khaldun_batch *b;
	const khaldun_sentence *s;
	CHECK_INT(code_text(coder, "dropped", "Pakistan accused India of attacking its border "
			    "posts. Manning said Trump is turning away from allies in Asia.", &b, &s), 2);
	CHECK(s[0].n_events >= 1 && !s[0].reason);
	CHECK_INT(s[1].outcome, KHALDUN_CODED);
	CHECK_INT(s[1].n_events, 0);
	CHECK(s[1].reason && strstr(s[1].reason, "every event dropped"));
	khaldun_batch_free(b);
	parser_off(p);
}

/* irreal26: a material deed told in the simple present in a story's body is a habit: the
 * parse drops it and the sentence's reason names the rule; the story's first sentence in
 * the present, and the same body coded shallow (no parse), keep their events. */
static void test_habit_reason(void)
{
	static const char text[] = "Israeli troops raid the Jenin camp. Russia supplies natural "
				   "gas to Hungary through a pipeline.";
	khaldun_batch *b;
	const khaldun_sentence *s;
	CHECK_INT(code_text(coder, "habit", text, &b, &s), 2);
	CHECK(s[1].n_events == 1 && !s[1].reason);   /* shallow: no parser set */
	khaldun_batch_free(b);
	khaldun_parser *p = parser_on();
	if (!p)
		return;
	CHECK_INT(code_text(coder, "habit", text, &b, &s), 2);
	CHECK(s[0].n_events >= 1);
	CHECK_INT(s[1].outcome, KHALDUN_CODED);
	CHECK_INT(s[1].n_events, 0);
	CHECK(s[1].reason && strstr(s[1].reason, "simple present"));
	khaldun_batch_free(b);
	parser_off(p);
}

static void test_strerror(void)
{
	CHECK_STR(khaldun_strerror(KHALDUN_ERR_NOMEM), "out of memory");
	CHECK(khaldun_strerror(-999) != NULL);
}

int main(void)
{
	if (khaldun_dict_load(&dict, "dict/khaldun.project", NULL, NULL) != KHALDUN_OK) {
		fprintf(stderr, "cannot load dict/khaldun.project (run from the repository root)\n");
		return 1;
	}
	khaldun_coder_new(&coder, dict);
	check_test tests[] = { T(test_story_to_batch), T(test_dates), T(test_store_put),
			       T(test_strerror), T(test_limits), T(test_dropped_reason),
			       T(test_habit_reason) };
	int passed = 0, failed = 0;
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		int before = check_failures;
		tests[i].fn();
		if (check_failures == before)
			passed++;
		else {
			failed++;
			fprintf(stderr, "FAIL %s\n", tests[i].name);
		}
	}
	khaldun_coder_free(coder);
	khaldun_dict_free(dict);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
