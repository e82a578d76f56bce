/*
 * ingest.c - `khaldun ingest`: reads stories from files, folders or standard input (format by
 * extension or content), codes each through the pipeline (khaldun_code_story) and hands the
 * batch to the store (khaldun_store_put), which deduplicates and writes it in one transaction.
 * Exit status as in common.h. Test-only: KHALDUN_TEST_KILL=N makes ingest kill itself with
 * SIGKILL right after its N-th commit, and N:mid inside the N-th story's transaction before it
 * commits (tests/store/run).
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include "sniff.h"
#include <dirent.h>
#include <strings.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	char **paths;
	size_t n, cap;
} path_list;

static int add_path(path_list *l, const char *p)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		char **g = realloc(l->paths, cap * sizeof *g);
		if (!g)
			return -1;
		l->paths = g;
		l->cap = cap;
	}
	l->paths[l->n] = strdup(p);
	return l->paths[l->n++] ? 0 : -1;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directories and files met while expanding folders, by device and inode: a symlink
 * loop (or a second link to a folder or file already listed) is noted and not read again. */
typedef struct {
	struct seen_key { dev_t dev; ino_t ino; int used; } *v;   /* open addressing */
	size_t n, cap;
} seen_set;

static size_t seen_slot(const seen_set *s, dev_t dev, ino_t ino)
{
	size_t h = ((size_t)ino * 0x9E3779B97F4A7C15ull) ^ (size_t)dev;
	for (size_t i = h & (s->cap - 1);; i = (i + 1) & (s->cap - 1))
		if (!s->v[i].used || (s->v[i].dev == dev && s->v[i].ino == ino))
			return i;
}

/* 1 when (dev, ino) was seen already; else remembers it and returns 0 (-1: out of memory). */
static int seen_before(seen_set *s, const struct stat *sb)
{
	if (2 * (s->n + 1) > s->cap) {
		seen_set g = { calloc(s->cap ? 2 * s->cap : 256, sizeof *g.v), 0,
			       s->cap ? 2 * s->cap : 256 };
		if (!g.v)
			return -1;
		for (size_t i = 0; i < s->cap; i++)
			if (s->v[i].used) {
				g.v[seen_slot(&g, s->v[i].dev, s->v[i].ino)] = s->v[i];
				g.n++;
			}
		free(s->v);
		*s = g;
	}
	size_t i = seen_slot(s, sb->st_dev, sb->st_ino);
	if (s->v[i].used)
		return 1;
	s->v[i].dev = sb->st_dev;
	s->v[i].ino = sb->st_ino;
	s->v[i].used = 1;
	s->n++;
	return 0;
}

/* Adds a file, or a directory's files recursively in name order (hidden entries skipped).
 * Inside folders, what is not a regular file (FIFO, socket, device) is skipped with a note
 * and never opened: opening a FIFO would block. A path named on the command line is read
 * whatever it is (a FIFO, /dev/stdin). */
static int expand(path_list *l, const char *p, int depth, seen_set *seen)
{
	struct stat sb;
	if (stat(p, &sb))
		return add_path(l, p);   /* reported when it is opened */
	if (!S_ISDIR(sb.st_mode)) {
		if (!depth)
			return add_path(l, p);
		if (!S_ISREG(sb.st_mode)) {
			fprintf(stderr, "%s: note: %s: not a regular file (%s); skipped\n", progname, p,
				S_ISFIFO(sb.st_mode) ? "a FIFO" : S_ISSOCK(sb.st_mode) ? "a socket"
				: "a device");
			return 0;
		}
		int r = seen_before(seen, &sb);
		if (r == 1)
			fprintf(stderr, "%s: note: %s: the same file as one already listed (a link); "
				"not read again\n", progname, p);
		return r == 1 ? 0 : r ? -1 : add_path(l, p);
	}
	int seen_rc = seen_before(seen, &sb);
	if (seen_rc) {
		if (seen_rc == 1)
			fprintf(stderr, "%s: note: %s: a folder already read (a symlink loop or a "
				"second link); not read again\n", progname, p);
		return seen_rc == 1 ? 0 : -1;
	}
	if (depth > 32)
		return 0;
	DIR *d = opendir(p);
	if (!d) {
		fprintf(stderr, "%s: error: %s: cannot read the directory: %s\n", progname, p,
			strerror(errno));
		return 1;
	}
	path_list sub = { 0 };
	struct dirent *de;
	int rc = 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		size_t n = strlen(p) + strlen(de->d_name) + 2;
		char *full = malloc(n);
		if (!full) {
			rc = -1;
			break;
		}
		snprintf(full, n, "%s%s%s", p, p[strlen(p) - 1] == '/' ? "" : "/", de->d_name);
		if (add_path(&sub, full))
			rc = -1;
		free(full);
	}
	closedir(d);
	qsort(sub.paths, sub.n, sizeof *sub.paths, by_name);
	for (size_t i = 0; i < sub.n; i++) {
		if (!rc || rc == 1) {
			int r = expand(l, sub.paths[i], depth + 1, seen);
			if (r)
				rc = r;
		}
		free(sub.paths[i]);
	}
	free(sub.paths);
	return rc;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcasecmp(s + n - k, suffix);
}

/* The format of a file from its name, else from its first bytes; *fpp may be replaced by a
 * stream that still yields those bytes (see sniff.h), or set to NULL when memory ran out. */
static enum khaldun_format detect(const char *path, FILE **fpp)
{
	static const struct { const char *ext; enum khaldun_format fmt; } exts[] = {
		{ ".jsonl", KHALDUN_FMT_JSONL }, { ".ndjson", KHALDUN_FMT_JSONL },
		{ ".json", KHALDUN_FMT_JSONL }, { ".txt", KHALDUN_FMT_FILE },
		{ ".text", KHALDUN_FMT_FILE }, { ".rss", KHALDUN_FMT_RSS },
		{ ".atom", KHALDUN_FMT_RSS }, { ".rdf", KHALDUN_FMT_RSS }, { ".xml", KHALDUN_FMT_RSS },
		{ ".html", KHALDUN_FMT_HTML }, { ".htm", KHALDUN_FMT_HTML },
		{ ".xhtml", KHALDUN_FMT_HTML },
	};
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (ends_with(path, exts[i].ext))
			return exts[i].fmt;
	char head[1025];
	size_t n;
	FILE *fp = sniff_input(*fpp, head, sizeof head, &n);
	if (!fp) {
		fclose(*fpp);
		*fpp = NULL;
		return KHALDUN_FMT_FILE;
	}
	*fpp = fp;
	size_t i = 0;
	if (n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
		i++;
	if (head[i] == '{')
		return KHALDUN_FMT_JSONL;
	if (head[i] == '<') {
		if (strstr(head, "<rss") || strstr(head, "<feed") || strstr(head, "<rdf:RDF"))
			return KHALDUN_FMT_RSS;
		return KHALDUN_FMT_HTML;
	}
	return KHALDUN_FMT_FILE;
}

typedef struct {
	long kill_at;
	int kill_mid;
} kill_hook;

/* Test-only crash injection (see the file comment). */
static void test_hook(void *ctx, int point, size_t n)
{
	kill_hook *k = ctx;
	if ((k->kill_mid && point == 0 && (long)n + 1 == k->kill_at)
	    || (!k->kill_mid && point == 1 && (long)n == k->kill_at)) {
		fflush(stderr);
		raise(SIGKILL);
	}
}

typedef struct {
	int on;
	double start, last;
	long long total_bytes, done_bytes;
} progress;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void show_progress(progress *p, FILE *fp, size_t stories, size_t events, int final)
{
	if (!p->on)
		return;
	double t = now();
	if (!final && t - p->last < 0.25)
		return;
	p->last = t;
	double el = t - p->start;
	long long at = p->done_bytes + (fp ? ftell(fp) : 0);
	char eta[32] = "";
	if (p->total_bytes > 0 && at > 0 && el > 0.5 && !final) {
		double left = el * (double)(p->total_bytes - at) / (double)at;
		if (left < 0)
			left = 0;
		snprintf(eta, sizeof eta, "  ETA %d:%02d", (int)left / 60, (int)left % 60);
	}
	fprintf(stderr, "\r%s: %zu stories  %.1f stories/s  %zu events%s\033[K", progname, stories,
		el > 0 ? stories / el : 0.0, events, eta);
	if (final)
		fputs("\r\033[K", stderr);
}

static void ingest_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun ingest --db FILE [--project FILE|DIR] [--cameo DIR] [--date YYYY-MM-DD]\n"
		"                      [--format auto|jsonl|text|tabari|file|rss|atom|html]\n"
		"                      [--similarity X] [--quiet] [--shallow] [-j N] [INPUT...]\n"
		"\n"
		"Codes stories and stores them, with their sentences and events, in the SQLite event\n"
		"database FILE (created when missing). INPUT: files or directories (read recursively,\n"
		"in name order); none or - reads standard input (JSON lines unless --format). With\n"
		"--format auto (the default) each file's format comes from its extension (.jsonl,\n"
		".txt = one story per file, .rss/.atom/.xml, .html) or its first bytes.\n"
		"A story already stored (same id, or same normalised text) is not stored again; a\n"
		"near-duplicate (estimated word-shingle similarity >= X, default 0.5; 2 = off) adds\n"
		"mentions to the events it shares with the first report. Each story is committed on\n"
		"its own: an interrupted ingest can simply be run again. -j N codes on N threads\n"
		"(default: the number of cores); stories are stored in input order whatever N.\n"
		"--shallow: no parser even when the project's options ask for it (KHALDUN: SYNTAX).\n");
}

typedef struct {
	const char *db, *project, *date, *cameo_dir;
	int fmt, quiet, shallow;
	double similarity;
	size_t jobs;
	int first_input;     /* argv index of the first INPUT */
} ingest_args;

/* Reads the options; returns -1 (after printing) on a bad one, 1 for --help, else 0. */
static int ingest_options(int argc, char **argv, ingest_args *o)
{
	memset(o, 0, sizeof *o);
	o->fmt = FMT_AUTO;
	o->jobs = cli_cores();
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (lacks_value(argc, argv, i,
				"--db --project --date --cameo --format --similarity -j --jobs"))
			return -1;
		if (!strcmp(a, "--db") && i + 1 < argc)
			o->db = argv[++i];
		else if (!strcmp(a, "--project") && i + 1 < argc)
			o->project = argv[++i];
		else if (!strcmp(a, "--date") && i + 1 < argc)
			o->date = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			o->cameo_dir = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			if (cli_format(argv[++i], 1, &o->fmt))
				return -1;
		} else if (!strcmp(a, "--similarity") && i + 1 < argc) {
			char *end;
			o->similarity = strtod(argv[++i], &end);
			if (*end || end == argv[i] || !(o->similarity > 0 && o->similarity <= 2)) {
				fprintf(stderr, "%s: error: invalid --similarity '%s' (a number in (0, 1], "
					"or 2 for off)\n", progname, argv[i]);
				return -1;
			}
		} else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
			if (cli_jobs(argv[++i], &o->jobs))
				return -1;
		} else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			o->quiet = 1;
		else if (!strcmp(a, "--shallow"))
			o->shallow = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			ingest_usage(stdout);
			return 1;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "%s: error: unknown option '%s'\n", progname, a);
			ingest_usage(stderr);
			return -1;
		} else
			break;
	}
	o->first_input = i;
	if (!o->db) {
		fprintf(stderr, "%s: error: ingest needs --db FILE\n", progname);
		ingest_usage(stderr);
		return -1;
	}
	if (o->date && !khaldun_parse_date(o->date, strlen(o->date))) {
		fprintf(stderr, "%s: error: invalid --date '%s' (expected YYYY-MM-DD)\n", progname,
			o->date);
		return -1;
	}
	return 0;
}

typedef struct {
	size_t read, stored, same_id, same_text, near, events, new_events, sentences;
} ingest_counts;

typedef struct {
	const ingest_args *o;
	cli_coding *cc;
	khaldun_store *store;
	khaldun_pool *pool;
	progress pg;
	FILE *fp;            /* the input being read, for the progress line */
	ingest_counts n;
} ingest_run;

/* Counts a story whose id is stored already; the id may be another outlet's story, so it is
 * never silent (the first few are named). */
static void note_same_id(ingest_counts *n, const khaldun_story *st)
{
	if (++n->same_id > 5)
		return;
	fprintf(stderr, "%s: note: %s:%ld: story \"%s\"%s%s%s: a story with this id is stored "
		"already; not stored again%s\n", progname, cli_safe(st->file), st->line,
		cli_safe(st->id), st->source ? " (" : "", cli_safe(st->source), st->source ? ")" : "",
		n->same_id == 5 ? " (further such notes not shown)" : "");
}

/* Takes the oldest coded story from the pool and stores it; returns the exit status so far,
 * or -1 when nothing was in flight. */
static int store_next(ingest_run *x, int status)
{
	const khaldun_story *st;
	const khaldun_batch *b;
	int rc;
	if (khaldun_pool_take(x->pool, &st, &b, &rc) != KHALDUN_OK)
		return -1;
	if (rc == KHALDUN_ERR_FORMAT) {
		fprintf(stderr, "%s: error: %s:%ld: story \"%s\": invalid date, skipped\n",
			progname, cli_safe(st->file), st->line, cli_safe(st->id));
		return status == EXIT_FATAL ? status : EXIT_SKIPPED;
	}
	ingest_counts *n = &x->n;
	khaldun_ingest_result res;
	if (rc != KHALDUN_OK || khaldun_store_put(x->store, st, b, &res) != KHALDUN_OK)
		return EXIT_FATAL;   /* memory or the database failed: stop, nothing half-done */
	switch (res.outcome) {
	case KHALDUN_INGEST_STORED: n->stored++; break;
	case KHALDUN_INGEST_SAME_ID: note_same_id(n, st); break;
	case KHALDUN_INGEST_SAME_TEXT: n->same_text++; break;
	case KHALDUN_INGEST_NEAR: n->near++; break;
	}
	if (res.outcome == KHALDUN_INGEST_SAME_TEXT || res.outcome == KHALDUN_INGEST_NEAR)
		fprintf(stderr, "%s: note: %s: story \"%s\" repeats \"%s\" (%s, similarity %.2f)\n",
			progname, cli_safe(st->file), cli_safe(st->id), cli_safe(res.same_as),
			res.outcome == KHALDUN_INGEST_NEAR ? "near-duplicate" : "same text",
			res.similarity);
	n->events += res.events;
	n->new_events += res.new_events;
	n->sentences += res.sentences;
	show_progress(&x->pg, x->fp, n->read, n->events, 0);
	return status;
}

/* Hands one story to the pool (after storing the oldest when it is full), unless it is
 * stored already; returns the exit status so far. */
static int ingest_story(ingest_run *x, const khaldun_story *st, int status)
{
	x->n.read++;
	int has = khaldun_store_has(x->store, st->id ? st->id : "");
	if (has < 0)
		return EXIT_FATAL;
	if (has) {   /* stored already: not coded again */
		note_same_id(&x->n, st);
		show_progress(&x->pg, x->fp, x->n.read, x->n.events, 0);
		return status;
	}
	if (khaldun_pool_full(x->pool))
		status = store_next(x, status);
	if (status != EXIT_FATAL && khaldun_pool_submit(x->pool, st) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		status = EXIT_FATAL;
	}
	/* one coder: store at once, so messages come in reading order */
	if (status != EXIT_FATAL && khaldun_pool_threads(x->pool) == 1)
		status = store_next(x, status);
	return status;
}

/* Reads one input (a file or "-") and ingests its stories; returns the exit status so far. */
static int ingest_input(ingest_run *x, const char *name, int status)
{
	int is_stdin = !strcmp(name, "-");
	FILE *fp = is_stdin ? stdin : fopen(name, "rb");
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open: %s\n", progname, cli_safe(name),
			strerror(errno));
		return EXIT_SKIPPED;
	}
	enum khaldun_format f = x->o->fmt != FMT_AUTO ? (enum khaldun_format)x->o->fmt
		: is_stdin ? KHALDUN_FMT_JSONL : detect(name, &fp);
	khaldun_reader *r = NULL;
	if (fp)
		khaldun_reader_new(&r, fp, is_stdin ? "<stdin>" : name, f,
						    x->o->date, print_diag, NULL);
	if (!r) {
		if (fp && !is_stdin)
			fclose(fp);
		return EXIT_FATAL;
	}
	khaldun_story st;
	int rc;
	x->fp = fp;
	while (status != EXIT_FATAL && (rc = khaldun_reader_next(r, &st)) == KHALDUN_OK)
		status = ingest_story(x, &st, status);
	x->fp = NULL;
	if (status != EXIT_FATAL && (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK)))
		if (status == EXIT_OK)
			status = EXIT_SKIPPED;
	khaldun_reader_free(r);
	if (!is_stdin) {
		struct stat sb;
		if (!stat(name, &sb))
			x->pg.done_bytes += sb.st_size;
		fclose(fp);
	}
	return status;
}

/* Opens the store and the test crash hook; returns 0 or -1 (reported). */
static int ingest_open(ingest_run *x, kill_hook *kh)
{
	if (khaldun_store_open(&x->store, x->o->db, 0, print_diag, NULL) != KHALDUN_OK)
		return -1;
	khaldun_store_set_tables(x->store, x->cc->cameo);
	khaldun_store_set_similarity(x->store, x->o->similarity);
	const char *kill_env = getenv("KHALDUN_TEST_KILL");
	if (kill_env && *kill_env) {
		kh->kill_at = strtol(kill_env, NULL, 10);
		kh->kill_mid = strstr(kill_env, ":mid") != NULL;
		khaldun_store_set_hook(x->store, test_hook, kh);
	}
	return 0;
}

int cmd_ingest(int argc, char **argv)
{
	ingest_args o;
	int r = ingest_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_FATAL;
	int status = EXIT_OK;
	path_list inputs = { 0 };
	seen_set seen = { 0 };
	for (int k = o.first_input; k < argc; k++) {
		r = strcmp(argv[k], "-") ? expand(&inputs, argv[k], 0, &seen)
			: add_path(&inputs, "-");
		if (r < 0) {
			fprintf(stderr, "%s: error: out of memory\n", progname);
			return EXIT_FATAL;
		}
		if (r)
			status = EXIT_SKIPPED;
	}
	free(seen.v);
	if (o.first_input == argc && add_path(&inputs, "-"))
		return EXIT_FATAL;
	cli_coding cc;
	if (cli_coding_load(&cc, o.project, o.cameo_dir))
		return EXIT_FATAL;
	if (cli_coding_syntax(&cc, o.shallow)) {
		for (size_t k = 0; k < inputs.n; k++)
			free(inputs.paths[k]);
		free(inputs.paths);
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	if (cc.dict_errors)
		status = EXIT_SKIPPED;
	ingest_run x;
	memset(&x, 0, sizeof x);
	x.o = &o;
	x.cc = &cc;
	kill_hook kh = { 0, 0 };
	if (khaldun_pool_new(&x.pool, cc.dict, o.jobs) != KHALDUN_OK || ingest_open(&x, &kh)) {
		khaldun_pool_free(x.pool);
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	x.pg = (progress){ !o.quiet && isatty(2), now(), 0, 0, 0 };
	for (size_t k = 0; k < inputs.n; k++) {
		struct stat sb;
		if (strcmp(inputs.paths[k], "-") && !stat(inputs.paths[k], &sb) && S_ISREG(sb.st_mode))
			x.pg.total_bytes += sb.st_size;
	}
	for (size_t k = 0; k < inputs.n && status != EXIT_FATAL; k++)
		status = ingest_input(&x, inputs.paths[k], status);
	for (int w; status != EXIT_FATAL && (w = store_next(&x, status)) >= 0; )
		status = w;
	ingest_counts *n = &x.n;
	show_progress(&x.pg, NULL, n->read, n->events, 1);
	fprintf(stderr, "%s: %zu stories read: %zu stored, %zu near-duplicates, %zu same text, "
		"%zu already stored; %zu sentences, %zu events (%zu new)\n", progname, n->read,
		n->stored, n->near, n->same_text, n->same_id, n->sentences, n->events, n->new_events);
	for (size_t k = 0; k < inputs.n; k++)
		free(inputs.paths[k]);
	free(inputs.paths);
	khaldun_store_free(x.store);
	khaldun_pool_free(x.pool);
	cli_coding_free(&cc);
	return status;
}
