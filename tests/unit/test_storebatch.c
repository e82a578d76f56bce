/*
 * test_storebatch.c - the store's write batches as one handle opens them for the ingest and
 * then for the recode (store_batch_open, store.h): each batch counts only the story text it
 * writes, so the text committed by the handle (run_bytes, which sizes its later batches) is
 * the ingested text once, however many batches of either kind follow. Uses our own
 * dictionaries (dict/), so it needs nothing outside the repository.
 */
#include "check.h"
#include "khaldun.h"
#include "store/store.h"
#include <stdlib.h>
#include <unistd.h>

static khaldun_dict *dict;
static khaldun_coder *coder;

static const char *const texts[] = {
	"Russia attacked Ukraine today.",
	"Israel met Egypt in Cairo on Monday.",
	"Pakistan accused Afghanistan of harbouring militants.",
	"China praised France during the summit.",
};

/* Codes and stores texts[k] as story "sK"; returns its text's length (0 when not stored). */
static size_t ingest(khaldun_store *s, size_t k)
{
	char id[16];
	snprintf(id, sizeof id, "s%zu", k);
	khaldun_story st;
	memset(&st, 0, sizeof st);
	st.id = id;
	st.text = texts[k];
	st.text_len = strlen(texts[k]);
	st.day = 20251109;
	khaldun_batch *b;
	CHECK_INT(khaldun_batch_new(&b), KHALDUN_OK);
	CHECK_INT(khaldun_code_story(coder, &st, b), KHALDUN_OK);
	khaldun_ingest_result r;
	int rc = khaldun_store_put(s, &st, b, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK_INT(r.outcome, KHALDUN_INGEST_STORED);
	khaldun_batch_free(b);
	return rc == KHALDUN_OK ? st.text_len : 0;
}

typedef struct {
	long long groups[8];
	size_t n;
} group_list;

/* Keeps a group to recode; returns 0 (go on). */
static int keep_group(void *ctx, long long group)
{
	group_list *g = ctx;
	CHECK(g->n < 8);
	if (g->n < 8)
		g->groups[g->n++] = group;
	return 0;
}

/* Codes one stored story again and writes its batch into the open group; returns 0. */
static int recode_story(void *ctx, const khaldun_recode_story *r)
{
	khaldun_store *s = ctx;
	khaldun_batch *b;
	CHECK_INT(khaldun_batch_new(&b), KHALDUN_OK);
	CHECK_INT(khaldun_code_story(coder, &r->story, b), KHALDUN_OK);
	khaldun_ingest_result res;
	CHECK_INT(khaldun_store_replace_story(s, r->row, b, &res), KHALDUN_OK);
	khaldun_batch_free(b);
	return 0;
}

/* Recodes every stored story, one group after another, as `khaldun recode --all` does;
 * returns the groups rewritten. */
static size_t recode_all(khaldun_store *s)
{
	khaldun_recode_query q;
	memset(&q, 0, sizeof q);
	q.all = 1;
	group_list g = { { 0 }, 0 };
	CHECK_INT(khaldun_store_recode_groups(s, &q, keep_group, &g, NULL), KHALDUN_OK);
	for (size_t k = 0; k < g.n; k++) {
		CHECK_INT(khaldun_store_replace_begin(s, g.groups[k]), KHALDUN_OK);
		CHECK_INT(khaldun_store_recode_stories(s, g.groups[k], recode_story, s), KHALDUN_OK);
		CHECK_INT(khaldun_store_replace_end(s, g.groups[k]), KHALDUN_OK);
	}
	return g.n;
}

/* Ingest, recode, ingest again on one handle: the text committed is the ingested text, and a
 * batch opened after another starts from nothing. */
static void test_ingest_then_recode(void)
{
	char path[] = "/tmp/khaldun-test-storebatch-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	close(fd);
	unlink(path);
	khaldun_store *s;
	CHECK_INT(khaldun_store_open(&s, path, 0, NULL, NULL), KHALDUN_OK);
	size_t text = 0;
	for (size_t k = 0; k < 3; k++)
		text += ingest(s, k);
	CHECK_INT(s->batch_bytes, text);
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text);
	CHECK_INT(recode_all(s), 3);
	CHECK(s->in_batch);
	CHECK_INT(s->batch_bytes, 0);   /* the recode writes no story text of its own */
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text);
	size_t more = ingest(s, 3);
	CHECK_INT(s->batch_bytes, more);
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text + more);
	khaldun_store_free(s);
	char p[64];
	unlink(path);
	snprintf(p, sizeof p, "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", path);
	unlink(p);
}

int main(void)
{
	if (khaldun_dict_load(&dict, "dict/khaldun.project", NULL, NULL) != KHALDUN_OK) {
		fprintf(stderr, "cannot load dict/khaldun.project (run from the repository root)\n");
		return 1;
	}
	khaldun_coder_new(&coder, dict);
	check_test tests[] = { T(test_ingest_then_recode) };
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
