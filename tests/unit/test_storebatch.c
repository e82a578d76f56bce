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

static const char *const texts[] = {
	"Russia attacked Ukraine today.",
	"Israel met Egypt in Cairo on Monday.",
	"Pakistan accused Afghanistan of harbouring militants.",
	"China praised France during the summit.",
};

/* Codes texts[k] with c and stores it in s as story "sK"; returns its text's length (0 when
 * not stored). */
static size_t ingest(khaldun_store *s, khaldun_coder *c, size_t k)
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
	CHECK_INT(khaldun_code_story(c, &st, b), KHALDUN_OK);
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

typedef struct {
	khaldun_store *s;
	khaldun_coder *c;
} recoder;

/* Keeps a group to recode; returns 0 (go on). */
static int keep_group(void *ctx, long long group)
{
	group_list *g = ctx;
	CHECK(g->n < 8);
	if (g->n < 8)
		g->groups[g->n++] = group;
	return 0;
}

/* Codes one stored story again and writes its batch into the open group (ctx: a recoder);
 * returns 0. */
static int recode_story(void *ctx, const khaldun_recode_story *r)
{
	recoder *x = ctx;
	khaldun_batch *b;
	CHECK_INT(khaldun_batch_new(&b), KHALDUN_OK);
	CHECK_INT(khaldun_code_story(x->c, &r->story, b), KHALDUN_OK);
	khaldun_ingest_result res;
	CHECK_INT(khaldun_store_replace_story(x->s, r->row, b, &res), KHALDUN_OK);
	khaldun_batch_free(b);
	return 0;
}

/* Recodes every stored story, one group after another, as `khaldun recode --all` does;
 * returns the groups rewritten. */
static size_t recode_all(khaldun_store *s, khaldun_coder *c)
{
	recoder x = { s, c };
	khaldun_recode_query q;
	memset(&q, 0, sizeof q);
	q.all = 1;
	group_list g = { { 0 }, 0 };
	CHECK_INT(khaldun_store_recode_groups(s, &q, keep_group, &g, NULL), KHALDUN_OK);
	for (size_t k = 0; k < g.n; k++) {
		CHECK_INT(khaldun_store_replace_begin(s, g.groups[k]), KHALDUN_OK);
		CHECK_INT(khaldun_store_recode_stories(s, g.groups[k], recode_story, &x), KHALDUN_OK);
		CHECK_INT(khaldun_store_replace_end(s, g.groups[k]), KHALDUN_OK);
	}
	return g.n;
}

/* Ingest, recode, ingest again on one handle: the text committed is the ingested text, and a
 * batch opened after another starts from nothing. */
static void test_ingest_then_recode(void)
{
	khaldun_dict *d;
	khaldun_coder *c;
	if (khaldun_dict_load(&d, "dict/khaldun.project", NULL, NULL) != KHALDUN_OK) {
		CHECK(!"cannot load dict/khaldun.project (run from the repository root)");
		return;
	}
	CHECK_INT(khaldun_coder_new(&c, d), KHALDUN_OK);
	char path[64];   /* this process's own store, created by the open */
	snprintf(path, sizeof path, "/tmp/khaldun-test-storebatch-%ld.db", (long)getpid());
	unlink(path);
	khaldun_store *s;
	CHECK_INT(khaldun_store_open(&s, path, 0, NULL, NULL), KHALDUN_OK);
	size_t text = 0;
	for (size_t k = 0; k < 3; k++)
		text += ingest(s, c, k);
	CHECK_INT(s->batch_bytes, text);
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text);
	CHECK_INT(recode_all(s, c), 3);
	CHECK(s->in_batch);
	CHECK_INT(s->batch_bytes, 0);   /* the recode writes no story text of its own */
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text);
	size_t more = ingest(s, c, 3);
	CHECK_INT(s->batch_bytes, more);
	CHECK_INT(khaldun_store_flush(s), KHALDUN_OK);
	CHECK_INT(s->run_bytes, text + more);
	khaldun_store_free(s);
	khaldun_coder_free(c);
	khaldun_dict_free(d);
	static const char *const files[] = { "", "-wal", "-shm" };
	for (size_t k = 0; k < 3; k++) {
		char p[64];
		snprintf(p, sizeof p, "%s%s", path, files[k]);
		unlink(p);
	}
}

TEST_MAIN(T(test_ingest_then_recode))
