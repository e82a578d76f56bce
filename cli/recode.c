/*
 * recode.c - `khaldun recode`: codes stored stories again with the current dictionaries and
 * CAMEO tables and replaces their sentences' outcomes, events and mentions. The store lists
 * the groups to rewrite (a first report with its near-duplicates and same-text repeats) and
 * hands out each story's stored sentences as its text; each is coded through the pipeline
 * (khaldun_code_story, on N threads with the pool, taken back in stored order) and the store
 * writes the batches, a group whole in the write transaction that also records the new
 * dictionary version: a killed recode leaves whole groups, and a re-run picks up the rest.
 * Test-only: KHALDUN_TEST_KILL=N kills the process (SIGKILL) right after the commit that makes
 * N stories or more committed (tests/recode/run).
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void recode_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun recode --db FILE [--from DATE] [--to DATE] [--all]\n"
		"                      [--project FILE|DIR] [--dict DIR] [--cameo "
		"DIR] [--shallow]\n"
		"                      [-j N] [--batch N] [--quiet|--verbose]\n"
		"\n"
		"Codes the stories stored in FILE again with the current dictionaries "
		"(--project, or\n"
		"--dict DIR, as for ingest) and CAMEO tables, and replaces their events: "
		"the result is\n"
		"the database a fresh ingest of the same stories, in the same order, would give.\n"
		"By default only stories coded with another dictionary version (or none recorded)\n"
		"are re-coded; --all re-codes every one. --from/--to (YYYY-MM-DD) "
		"select stories by\n"
		"date. A story's near-duplicates and same-text repeats share its events, "
		"so they are\n"
		"re-coded with it, whatever their date or version. Imported events have no "
		"text and\n"
		"are left alone. Groups of stories are committed whole, with their new dictionary\n"
		"version, in transactions of about N stories (--batch, default 1,000; or 1 s): an\n"
		"interrupted recode can simply be run again. -j N codes on N threads "
		"(default: the\n"
		"number of cores). --verbose: one note per re-coded story with its events "
		"before and\n"
		"after; --quiet: no notes.\n");
}

typedef struct {
	const char *db, *project, *cameo_dir;
	long from, to;
	int all, quiet, verbose, shallow;
	size_t jobs, batch;
} recode_args;

static int date_opt(const char *opt, const char *v, long *out)
{
	*out = khaldun_parse_date(v, strlen(v));
	if (*out)
		return 0;
	fprintf(stderr, "%s: error: invalid %s '%s' (expected YYYY-MM-DD)\n", progname, opt,
		cli_safe(v));
	return -1;
}

/* Reads the options; returns -1 (after printing) on a bad one, 1 for --help, else 0. */
static int recode_options(int argc, char **argv, recode_args *o)
{
	memset(o, 0, sizeof *o);
	o->jobs = cli_cores();
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (lacks_value(argc, argv, i,
				"--db --from --to --project --dict --cameo -j --jobs --batch"))
			return -1;
		if (!strcmp(a, "--db"))
			o->db = argv[++i];
		else if (!strcmp(a, "--project") || !strcmp(a, "--dict"))
			o->project = argv[++i];
		else if (!strcmp(a, "--cameo"))
			o->cameo_dir = argv[++i];
		else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
			if (date_opt(a, argv[i + 1], a[2] == 'f' ? &o->from : &o->to))
				return -1;
			i++;
		} else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
			if (cli_jobs(argv[++i], &o->jobs))
				return -1;
		} else if (!strcmp(a, "--batch")) {
			char *end;
			unsigned long n = strtoul(argv[++i], &end, 10);
			if (*end || end == argv[i] || argv[i][0] == '-' || n < 1 || n > 1000000) {
				fprintf(stderr, "%s: error: invalid --batch '%s' (stories per "
					"transaction, 1 to 1000000)\n", progname,
					cli_safe(argv[i]));
				return -1;
			}
			o->batch = n;
		} else if (!strcmp(a, "--all"))
			o->all = 1;
		else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			o->quiet = 1;
		else if (!strcmp(a, "--verbose") || !strcmp(a, "-v"))
			o->verbose = 1;
		else if (!strcmp(a, "--shallow"))
			o->shallow = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			recode_usage(stdout);
			return 1;
		} else {
			cli_bad_arg(a, recode_usage);
			return -1;
		}
	}
	if (o->quiet && o->verbose) {
		fprintf(stderr, "%s: error: --quiet and --verbose exclude each other\n", progname);
		return -1;
	}
	if (!o->db) {
		fprintf(stderr, "%s: error: recode needs --db FILE\n", progname);
		recode_usage(stderr);
		return -1;
	}
	return 0;
}

/* A story handed to the pool, waiting to be written in order. */
typedef struct {
	long long row, group;
	int first, last;          /* the group's first / last coded story */
	size_t sentences, events; /* stored before */
} pending;

typedef struct {
	long long *v;
	size_t n, cap;
} group_list;

typedef struct {
	const recode_args *o;
	khaldun_store *store;
	khaldun_pool *pool;
	pending *q;               /* FIFO: q[head..tail) */
	size_t head, tail, cap;
	size_t stories, repeats, groups, sentences, events, before, resplit;
	int oom;                  /* a story could not be copied */
	/* the group being listed: its stories, copied */
	khaldun_recode_story *list;
	size_t n_list, cap_list;
} recode_run;

static int add_group(void *ctx, long long group)
{
	group_list *l = ctx;
	if (khaldun_array_reserve(&l->v, &l->cap, l->n + 1, sizeof *l->v, 256))
		return 1;
	l->v[l->n++] = group;
	return 0;
}

static char *dup_or_null(const char *s, int *failed)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*failed = 1;
	return d;
}

static void free_story_copy(khaldun_recode_story *r)
{
	khaldun_story *y = &r->story;
	free((char *)y->id);
	free((char *)y->date);
	free((char *)y->title);
	free((char *)y->source);
	free((char *)y->url);
	free((char *)y->file);
	free((char *)y->text);
}

/* Copies one story of the group being listed (the store's strings are borrowed). */
static int keep_story(void *ctx, const khaldun_recode_story *r)
{
	recode_run *x = ctx;
	if (khaldun_array_reserve(&x->list, &x->cap_list, x->n_list + 1, sizeof *x->list, 16))
		return x->oom = 1;
	khaldun_recode_story *c = &x->list[x->n_list];
	*c = *r;
	int failed = 0;
	khaldun_story *y = &c->story;
	y->id = dup_or_null(r->story.id, &failed);
	y->date = dup_or_null(r->story.date, &failed);
	y->title = dup_or_null(r->story.title, &failed);
	y->source = dup_or_null(r->story.source, &failed);
	y->url = dup_or_null(r->story.url, &failed);
	y->file = dup_or_null(r->story.file, &failed);
	char *t = malloc(r->story.text_len + 1);
	if (t) {
		memcpy(t, r->story.text, r->story.text_len);
		t[r->story.text_len] = 0;
	}
	y->text = t;
	x->n_list++;
	x->oom |= failed || !t;
	return x->oom;
}

/* Writes the oldest story the pool has coded (its group begun before, ended after); returns
 * 0, 1 when nothing was in flight, or -1 on a fatal error (reported). */
static int write_next(recode_run *x)
{
	const khaldun_story *st;
	const khaldun_batch *b;
	int rc;
	if (khaldun_pool_take(x->pool, &st, &b, &rc) != KHALDUN_OK)
		return 1;
	pending *p = &x->q[x->head++];
	if (rc != KHALDUN_OK) {
		fprintf(stderr, "%s: error: story \"%s\": %s\n", progname, cli_safe(st->id),
			khaldun_strerror(rc));
		return -1;
	}
	const khaldun_sentence *sents;
	size_t n = khaldun_batch_sentences(b, &sents);
	if (n != p->sentences) {
		x->resplit++;
		fprintf(stderr, "%s: warning: story \"%s\": "
			"its %zu stored sentences split into %zu when coded again\n", progname,
			cli_safe(st->id), p->sentences, n);
	}
	khaldun_ingest_result res;
	if ((p->first && khaldun_store_replace_begin(x->store, p->group) != KHALDUN_OK)
	    || khaldun_store_replace_story(x->store, p->row, b, &res) != KHALDUN_OK
	    || (p->last && khaldun_store_replace_end(x->store, p->group) != KHALDUN_OK))
		return -1;
	x->stories++;
	x->sentences += res.sentences;
	x->events += res.events;
	x->before += p->events;
	if (x->o->verbose)
		fprintf(stderr, "%s: note: story \"%s\": %zu events (%zu before)\n", progname,
			cli_safe(st->id), res.events, p->events);
	return 0;
}

/* Hands one coded story of the group to the pool, after writing the oldest when it is full;
 * returns 0 or -1. */
static int submit(recode_run *x, const khaldun_recode_story *r, long long group, int first,
		  int last)
{
	if (khaldun_pool_full(x->pool) && write_next(x) < 0)
		return -1;
	if (x->tail == x->cap) {   /* compact, or grow */
		if (x->head) {
			memmove(x->q, x->q + x->head, (x->tail - x->head) * sizeof *x->q);
			x->tail -= x->head;
			x->head = 0;
		}
		if (khaldun_array_reserve(&x->q, &x->cap, x->tail + 1, sizeof *x->q, 64))
			return -1;
	}
	x->q[x->tail++] = (pending){ r->row, group, first, last, r->sentences, r->events };
	if (khaldun_pool_submit(x->pool, &r->story) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		return -1;
	}
	if (khaldun_pool_threads(x->pool) == 1 && write_next(x) < 0)
		return -1;
	return 0;
}

/* Lists one group's stories and submits its coded ones; returns 0 or -1. */
static int recode_group(recode_run *x, long long group)
{
	x->n_list = 0;
	int rc = khaldun_store_recode_stories(x->store, group, keep_story, x) != KHALDUN_OK
		? -1 : 0;
	if (x->oom) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		rc = -1;
	}
	size_t coded = 0, last = 0;
	for (size_t k = 0; k < x->n_list; k++)
		if (!x->list[k].repeat) {
			coded++;
			last = k;
		}
	if (!rc && !coded) {   /* nothing to code: write it in its turn (drain first) */
		int w;
		while ((w = write_next(x)) == 0)
			;
		if (w < 0 || khaldun_store_replace_begin(x->store, group) != KHALDUN_OK
		    || khaldun_store_replace_end(x->store, group) != KHALDUN_OK)
			rc = -1;
	}
	for (size_t k = 0, seen = 0; k < x->n_list && !rc; k++) {
		if (x->list[k].repeat) {
			x->repeats++;
			continue;
		}
		rc = submit(x, &x->list[k], group, seen++ == 0, k == last);
	}
	for (size_t k = 0; k < x->n_list; k++)
		free_story_copy(&x->list[k]);
	x->groups += !rc;
	return rc;
}

/* Test-only crash injection (see the file comment). */
static void kill_hook(void *ctx, int point, size_t n)
{
	long at = *(long *)ctx;
	if (point == 1 && at > 0 && (long)n >= at) {
		fflush(stderr);
		raise(SIGKILL);
	}
}

/* Opens the store for writing with the tables, version and batch size; NULL on error. */
static khaldun_store *recode_open(const recode_args *o, const cli_coding *cc,
				  const char *version, long *kill_at)
{
	khaldun_store *s;
	if (khaldun_store_open(&s, o->db, 0, print_diag, NULL) != KHALDUN_OK)
		return NULL;
	khaldun_store_set_tables(s, cc->cameo);
	khaldun_store_set_dict_version(s, version);
	khaldun_store_set_batch(s, o->batch ? o->batch : 1000, 1.0);   /* its documented default */
	const char *kill_env = getenv("KHALDUN_TEST_KILL");
	*kill_at = kill_env && *kill_env ? strtol(kill_env, NULL, 10) : 0;
	if (*kill_at > 0)
		khaldun_store_set_hook(s, kill_hook, kill_at);
	return s;
}

/* Re-codes the selected groups; returns the exit status. */
static int recode_all(const recode_args *o, cli_coding *cc, int status)
{
	char version[17];
	if (khaldun_dict_version(cc->dict, version) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: cannot read the dictionaries again to know their "
			"version\n", progname);
		return EXIT_FATAL;
	}
	long kill_at;
	recode_run x;
	memset(&x, 0, sizeof x);
	x.o = o;
	x.store = recode_open(o, cc, version, &kill_at);
	if (!x.store)
		return EXIT_FATAL;
	khaldun_recode_query q = { o->from, o->to, o->all, version };
	khaldun_recode_plan plan;
	group_list groups = { 0 };
	int rc = khaldun_store_recode_groups(x.store, &q, add_group, &groups, &plan);
	if (!rc && groups.n < plan.groups) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		rc = -1;
	}
	if (!rc && khaldun_pool_new(&x.pool, cc->dict, o->jobs) != KHALDUN_OK)
		rc = -1;
	for (size_t k = 0; k < groups.n && !rc; k++)
		rc = recode_group(&x, groups.v[k]);
	int w;
	while (!rc && (w = write_next(&x)) <= 0)
		rc = w;
	if (rc)
		status = EXIT_FATAL;
	if (khaldun_store_flush(x.store) != KHALDUN_OK)
		status = EXIT_FATAL;
	if (x.resplit && status == EXIT_OK)
		status = EXIT_SKIPPED;
	char imported[64] = "";
	if (plan.imported)
		snprintf(imported, sizeof imported, "; %ld imported events left alone (no text)",
			 plan.imported);
	if (!o->quiet || status != EXIT_OK)
		fprintf(stderr, "%s: %zu stories re-coded (%zu selected, %zu groups, %zu same-text "
			"repeats) with dictionary version %s: %zu sentences, %zu events (%zu "
			"before)%s\n", progname, x.stories + x.repeats, plan.selected, x.groups,
			x.repeats, version, x.sentences, x.events, x.before, imported);
	free(groups.v);
	free(x.q);
	free(x.list);
	khaldun_pool_free(x.pool);
	khaldun_store_free(x.store);
	return status;
}

int cmd_recode(int argc, char **argv)
{
	recode_args o;
	int r = recode_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_FATAL;
	if (o.quiet)
		quiet_notes = 1;
	cli_coding cc;
	if (cli_coding_load(&cc, o.project, o.cameo_dir))
		return EXIT_FATAL;
	if (cli_coding_syntax(&cc, o.shallow)) {
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	int status = recode_all(&o, &cc, cc.dict_errors ? EXIT_SKIPPED : EXIT_OK);
	cli_coding_free(&cc);
	return status;
}
