/*
 * ingest.c - `khaldun ingest`: reads stories from files, folders or standard input (format by
 * extension or content), codes each through the pipeline (khaldun_code_story) and hands the
 * batch to the store (khaldun_store_put), which deduplicates and writes it in one transaction.
 * Exit status as in common.h. Test-only: KHALDUN_TEST_KILL=N makes ingest kill itself with
 * SIGKILL right after the commit that makes N stories or more committed, and N:mid inside the
 * N-th story's savepoint before it is released (tests/store/run); KHALDUN_TEST_BATCH=N commits
 * every N stories, KHALDUN_TEST_BATCH_BYTES=N every N bytes of story text; KHALDUN_TEST_HOLD=S
 * makes it sleep S seconds inside its first story's transaction, holding the write lock
 * (tests/store/writers). Notes about repeated stories are summed up in one line at the end unless
 * --verbose; --quiet hides progress and those notes, never warnings or errors, nor the notes naming
 * inputs that were not read.
 */
#include "khaldun.h"
#include "commands.h"
#include "unpack.h"
#include "common.h"
#include "detect.h"
#include "shard.h"
#include <dirent.h>
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
	if (khaldun_array_reserve(&l->paths, &l->cap, l->n + 1, sizeof *l->paths, 64))
		return -1;
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
			fprintf(stderr, "%s: note: %s: not a regular file (%s); skipped\n",
				progname, p,
				S_ISFIFO(sb.st_mode) ? "a FIFO" : S_ISSOCK(sb.st_mode) ? "a socket"
				: "a device");
			return 0;
		}
		int r = seen_before(seen, &sb);
		if (r == 1)
			fprintf(stderr, "%s: note: %s: the same file as one already listed "
				"(a link); not read again\n", progname, p);
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

typedef struct {
	long kill_at;
	int kill_mid;
	long hold;           /* seconds to sleep in the first transaction */
} kill_hook;

/* Test-only crash injection (see the file comment). */
static void test_hook(void *ctx, int point, size_t n)
{
	kill_hook *k = ctx;
	if (k->hold > 0 && point == 0 && n == 0) {
		struct timespec ts = { k->hold, 0 };
		nanosleep(&ts, NULL);
	}
	if ((k->kill_mid && point == 0 && (long)n + 1 == k->kill_at)
	    || (!k->kill_mid && point == 1 && k->kill_at > 0 && (long)n >= k->kill_at)) {
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
	long pos = fp ? ftell(fp) : 0;   /* -1 on a pipe or an unpacking stream */
	long long at = p->done_bytes + (pos > 0 ? pos : 0);
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
		"usage: khaldun ingest --db FILE [--project FILE|DIR] [--cameo DIR] "
		"[--date YYYY-MM-DD]\n"
		"                      [--format auto|jsonl|text|tabari|file|rss|atom|html]\n"
		"                      [--similarity X] [--dedup-days N] "
		"[--quiet|--verbose] [--shallow]\n"
		"                      [-j N] [--max NAME=VALUE] [--shard K/N] [--queue]\n"
		"                      [--places FILE|none] [INPUT...]\n"
		"\n"
		"Codes stories and stores them, with their sentences and events, "
		"in the SQLite event\n"
		"database FILE (created when missing). INPUT: files or directories "
		"(read recursively,\n"
		"in name order); none or - reads standard input "
		"(JSON lines unless --format). With\n"
		"--format auto (the default) each file's format comes from its extension (.jsonl,\n"
		".rss/.atom/.xml, .html) or its content: a .txt whose blank-line separated blocks\n"
		"start with 'Date: YYYY-MM-DD' lines is read as text blocks, else as one story.\n"
		"A story already stored (same outlet and id, or same normalised text) "
		"is not stored\n"
		"again; a near-duplicate (estimated word-shingle similarity >= X, default 0.5; "
		"2 = off)\n"
		"adds mentions to the events it shares with the first report. Duplicates "
		"are looked\n"
		"for only among stories dated within N days (default 3) "
		"of it. Stories are committed\n"
		"in batches (16 MiB of text or 10 s, longer as the run grows), "
		"each story whole: an\n"
		"interrupted ingest can simply be run again. -j N codes on N threads "
		"(default: the\n"
		"number of cores); stories are stored in input order whatever N. Repeated stories\n"
		"are counted in one note at the\n"
		"end (--verbose: one note each); --quiet hides the progress line and those notes\n"
		"(warnings, errors and inputs not read are always shown). --shallow: "
		"no parser even\n"
		"when the project's options ask for it (KHALDUN: SYNTAX). --places: the gazetteer\n"
		"that places events (default: $KHALDUN_PLACES, or data/places.bin next to the\n"
		"command); none: every location null. Each story records its\n"
		"ordinal in the input (counted over every shard), "
		"the order `khaldun merge` follows.\n"
		"--queue (a PostgreSQL --db only): the INPUT files are added to the "
		"database's work\n"
		"queue (each once), then this worker ingests queued files, one at a time, "
		"until none\n"
		"is left; any number of workers on any machines share the queue (no coordinator),\n"
		"and a file held by a worker that dies is taken up again by the next one.\n%s%s",
		cli_limit_help, cli_shard_help);
}

typedef struct {
	const char *db, *project, *date, *cameo_dir;
	int fmt, quiet, verbose, shallow, queue;
	double similarity;
	int dedup_days;
	size_t jobs;
	int first_input;     /* argv index of the first INPUT */
	khaldun_limits limits;
	cli_shard shard;
} ingest_args;

/* The checks of ingest's options taken together. Returns 0 or -1 (reported). */
static int ingest_check(const ingest_args *o)
{
	if (o->quiet && o->verbose) {
		fprintf(stderr, "%s: error: --quiet and --verbose exclude each other\n", progname);
		return -1;
	}
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

/* --similarity X (in (0, 1], or 2 for off) or --dedup-days N (0 to 36500) into o; -1 when v is
 * no such value (reported). */
static int ingest_dedup_opt(const char *opt, const char *v, ingest_args *o)
{
	char *end;
	if (!strcmp(opt, "--similarity")) {
		o->similarity = strtod(v, &end);
		if (*end || end == v || !(o->similarity > 0 && o->similarity <= 2)) {
			fprintf(stderr, "%s: error: invalid --similarity '%s' (a number in (0, 1], "
				"or 2 for off)\n", progname, v);
			return -1;
		}
		return 0;
	}
	long d = strtol(v, &end, 10);
	if (*end || end == v || d < 0 || d > 36500) {
		fprintf(stderr, "%s: error: invalid --dedup-days '%s' (a whole number of "
			"days, 0 to 36500)\n", progname, v);
		return -1;
	}
	o->dedup_days = (int)d;
	return 0;
}

/* Reads the options; returns -1 (after printing) on a bad one, -2 on a bad --shard value (both exit
 * 1), 1 for --help, else 0. */
static int ingest_options(int argc, char **argv, ingest_args *o)
{
	memset(o, 0, sizeof *o);
	o->fmt = FMT_AUTO;
	o->dedup_days = -1;
	o->jobs = cli_cores();
	if (cli_limits_env(&o->limits))
		return -1;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		int m = cli_limit_opt(argc, argv, &i, &o->limits);
		if (m < 0)
			return -1;
		if (m)
			continue;
		if (lacks_value(argc, argv, i,
				"--db --project --date --cameo --format --similarity --dedup-days "
				"-j --jobs --shard --places"))
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
		} else if ((!strcmp(a, "--similarity") || !strcmp(a, "--dedup-days")) &&
			   i + 1 < argc) {
			if (ingest_dedup_opt(a, argv[++i], o))
				return -1;
		} else if (!strcmp(a, "--places") && i + 1 < argc) {
			cli_places_option = argv[++i];
		} else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
			if (cli_jobs(argv[++i], &o->jobs))
				return -1;
		} else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			o->quiet = 1;
		else if (!strcmp(a, "--verbose") || !strcmp(a, "-v"))
			o->verbose = 1;
		else if (!strcmp(a, "--shallow"))
			o->shallow = 1;
		else if (!strcmp(a, "--shard") && i + 1 < argc) {
			if (cli_shard_opt(argv[++i], &o->shard))
				return -2;
		} else if (!strcmp(a, "--queue"))
			o->queue = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			ingest_usage(stdout);
			return 1;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, ingest_usage);
			return -1;
		} else
			break;
	}
	o->first_input = i;
	return ingest_check(o);
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
	size_t batch;        /* the store's batch size and age for files (0: its defaults) */
	double batch_seconds;
	ingest_counts n;
	cli_shard shard;
	long long ordinal;   /* stories read so far, of every shard: the next one's ordinal */
	int stream;          /* the input is a pipe or terminal: each story stored at once */
	long long *fifo;     /* the ordinals of the stories in the pool, oldest at fifo[head] */
	size_t head, tail, cap;
	khaldun_story_print **prints;   /* per pool slot: fingerprints made on the coding thread */
	size_t n_prints;
} ingest_run;

/* The pool's after hook: the story's duplicate fingerprints, on the coding thread; a story
 * without text is left to khaldun_store_put. Returns 0, or -1 without memory. */
static int print_story(void *ctx, size_t slot, const khaldun_story *st, const khaldun_batch *b)
{
	(void)b;
	ingest_run *x = ctx;
	return khaldun_story_print_compute(x->prints[slot], st) == KHALDUN_ERR_NOMEM ? -1 : 0;
}

/* One print per pool slot, computed by the coders (print_story); returns 0 or -1. */
static int prints_start(ingest_run *x)
{
	size_t n = khaldun_pool_depth(x->pool);
	x->prints = calloc(n, sizeof *x->prints);
	if (!x->prints)
		return -1;
	for (; x->n_prints < n; x->n_prints++)
		if (khaldun_story_print_new(&x->prints[x->n_prints]) != KHALDUN_OK)
			return -1;
	return khaldun_pool_set_after(x->pool, print_story, x) == KHALDUN_OK ? 0 : -1;
}

static void prints_free(ingest_run *x)
{
	for (size_t i = 0; i < x->n_prints; i++)
		khaldun_story_print_free(x->prints[i]);
	free(x->prints);
}

/* Queues the ordinal of a story handed to the pool (taken back in the same order); returns 0
 * or -1 without memory. */
static int ordinal_push(ingest_run *x, long long ordinal)
{
	if (x->head == x->tail)
		x->head = x->tail = 0;
	if (khaldun_array_reserve(&x->fifo, &x->cap, x->tail + 1, sizeof *x->fifo, 64))
		return -1;
	x->fifo[x->tail++] = ordinal;
	return 0;
}

/* The ordinal of the story just taken from the pool. */
static long long ordinal_pop(ingest_run *x)
{
	return x->head < x->tail ? x->fifo[x->head++] : -1;
}

/* Counts a story whose id is stored already, with a note for the first few: it may be
 * another outlet's story under the same id, which must not vanish silently. */
static void note_same_id(ingest_counts *n, const khaldun_story *st)
{
	if (++n->same_id > 5 || quiet_notes)
		return;
	fprintf(stderr, "%s: note: %s:%ld: story \"%s\"%s%s%s: a story with this id is stored "
		"already; not stored again%s\n", progname, cli_safe(st->file), st->line,
		cli_safe(st->id), st->source ? " (" : "", st->source ? cli_safe(st->source) : "",
		st->source ? ")" : "", n->same_id == 5 ? " (further such notes not shown)" : "");
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
	long long ordinal = ordinal_pop(x);
	if (rc == KHALDUN_ERR_FORMAT) {
		fprintf(stderr, "%s: error: %s:%ld: story \"%s\": invalid date, skipped\n",
			progname, cli_safe(st->file), st->line, cli_safe(st->id));
		return status == EXIT_FATAL ? status : EXIT_SKIPPED;
	}
	ingest_counts *n = &x->n;
	khaldun_ingest_result res;
	khaldun_store_set_ordinal(x->store, ordinal);
	if (rc != KHALDUN_OK || khaldun_store_put_printed(x->store, st, b,
			x->prints[khaldun_pool_last_slot(x->pool)], &res) != KHALDUN_OK)
		return EXIT_FATAL;   /* memory or the database failed: stop, nothing half-done */
	if (cli_report_limits(st, b, &x->o->limits) && status == EXIT_OK)
		status = EXIT_SKIPPED;
	switch (res.outcome) {
	case KHALDUN_INGEST_STORED: n->stored++; break;
	case KHALDUN_INGEST_SAME_ID: note_same_id(n, st); break;
	case KHALDUN_INGEST_SAME_TEXT: n->same_text++; break;
	case KHALDUN_INGEST_NEAR: n->near++; break;
	}
	if ((res.outcome == KHALDUN_INGEST_SAME_TEXT || res.outcome == KHALDUN_INGEST_NEAR)
	    && x->o->verbose)
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
	long long ordinal = x->ordinal++;
	if (!cli_shard_takes(&x->shard, st))
		return status;
	x->n.read++;
	int has = khaldun_store_has_story(x->store, st->id ? st->id : "", st->source);
	if (has < 0)
		return EXIT_FATAL;
	if (has) {   /* stored already: not coded again */
		note_same_id(&x->n, st);
		show_progress(&x->pg, x->fp, x->n.read, x->n.events, 0);
		return status;
	}
	if (khaldun_pool_full(x->pool))
		status = store_next(x, status);
	if (status != EXIT_FATAL && (khaldun_pool_submit(x->pool, st) != KHALDUN_OK
				     || ordinal_push(x, ordinal))) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		status = EXIT_FATAL;
	}
	/* one coder: store at once, so messages come in reading order; a stream: store at once,
	 * so that its stories are committed as they come, not when the pool fills */
	if (status != EXIT_FATAL && (khaldun_pool_threads(x->pool) == 1 || x->stream))
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
	/* a pipe or terminal may wait long between stories: commit each one, so that neither
	 * readers nor other writers wait for the next (regular files: batches; told before the
	 * input is wrapped for unpacking or replay, whose streams have no descriptor) */
	struct stat in;
	int stream = fstat(fileno(fp), &in) || !S_ISREG(in.st_mode);
	if (!(fp = unpack_input(fp, is_stdin ? "<stdin>" : name)))
		return EXIT_FATAL;
	enum khaldun_format f = x->o->fmt != FMT_AUTO ? (enum khaldun_format)x->o->fmt
		: is_stdin ? KHALDUN_FMT_JSONL : cli_detect_format(name, &fp);
	khaldun_reader *r = NULL;
	if (fp)
		khaldun_reader_new(&r, fp, is_stdin ? "<stdin>" : name, f, x->o->date,
				   print_diag, NULL);
	if (!r) {
		if (fp && !is_stdin)
			fclose(fp);
		return EXIT_FATAL;
	}
	khaldun_reader_set_limits(r, &x->o->limits);
	khaldun_story st;
	int rc;
	x->fp = fp;
	x->stream = stream;
	if (stream)
		khaldun_store_set_batch(x->store, 1, 0);
	while (status != EXIT_FATAL && (rc = khaldun_reader_next(r, &st)) == KHALDUN_OK)
		status = ingest_story(x, &st, status);
	if (stream)
		khaldun_store_set_batch(x->store, x->batch, x->batch_seconds);
	x->stream = 0;
	x->fp = NULL;
	if (status != EXIT_FATAL &&
	    (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK)))
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
	khaldun_store_set_dedup_days(x->store, x->o->dedup_days);
	char version[17];
	if (khaldun_dict_version(x->cc->dict, version) == KHALDUN_OK)
		khaldun_store_set_dict_version(x->store, version);
	const char *kill_env = getenv("KHALDUN_TEST_KILL");
	if (kill_env && *kill_env) {
		kh->kill_at = strtol(kill_env, NULL, 10);
		kh->kill_mid = strstr(kill_env, ":mid") != NULL;
	}
	const char *batch_env = getenv("KHALDUN_TEST_BATCH");
	if (batch_env && *batch_env) {
		x->batch = (size_t)strtoul(batch_env, NULL, 10);
		x->batch_seconds = 3600;
		khaldun_store_set_batch(x->store, x->batch, x->batch_seconds);
	}
	const char *bytes_env = getenv("KHALDUN_TEST_BATCH_BYTES");
	if (bytes_env && *bytes_env)
		khaldun_store_set_batch_bytes(x->store, (size_t)strtoul(bytes_env, NULL, 10));
	const char *hold_env = getenv("KHALDUN_TEST_HOLD");
	if (hold_env && *hold_env)
		kh->hold = strtol(hold_env, NULL, 10);
	if (kh->kill_at || kh->hold)
		khaldun_store_set_hook(x->store, test_hook, kh);
	return 0;
}

/* n with thousands separators ("4,450") in one of two static buffers, used in turn. */
static const char *grouped(size_t n)
{
	static char bufs[2][32];
	static int turn;
	char digits[24], *out = bufs[turn ^= 1];
	int len = snprintf(digits, sizeof digits, "%zu", n), k = 0;
	for (int i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			out[k++] = ',';
		out[k++] = digits[i];
	}
	out[k] = 0;
	return out;
}

/* The notes about repeated stories, summed up in one line (unless --verbose or --quiet). */
static void note_repeats(const ingest_args *o, const ingest_counts *n)
{
	if (o->verbose || o->quiet || (!n->near && !n->same_text))
		return;
	fprintf(stderr, "%s: note: %s near-duplicate%s merged, %s same text%s (--verbose names "
		"each)\n", progname, grouped(n->near), n->near == 1 ? "" : "s",
		grouped(n->same_text), n->same_text == 1 ? "" : "s");
}

static void free_paths(path_list *l)
{
	for (size_t k = 0; k < l->n; k++)
		free(l->paths[k]);
	free(l->paths);
}

/* --queue: adds the inputs to the store's work queue, then ingests queued files until none is
 * left, each committed before it is marked done; returns the exit status so far. */
static int ingest_queue(ingest_run *x, const path_list *inputs, int status)
{
	for (size_t k = 0; k < inputs->n; k++)
		if (khaldun_store_queue_add(x->store, inputs->paths[k]) < 0)
			return EXIT_FATAL;
	const char *item;
	int rc;
	while (status != EXIT_FATAL &&
	       (rc = khaldun_store_queue_claim(x->store, &item)) == KHALDUN_OK) {
		char why[300] = "";
		FILE *probe = fopen(item, "rb");
		if (!probe)
			snprintf(why, sizeof why, "cannot open: %s", strerror(errno));
		else
			fclose(probe);
		status = why[0] ? EXIT_SKIPPED : ingest_input(x, item, status);
		if (why[0])
			fprintf(stderr, "%s: error: %s: %s (marked failed in the queue)\n",
				progname, cli_safe(item), why);
		for (int w; status != EXIT_FATAL && (w = store_next(x, status)) >= 0; )
			status = w;
		if (status == EXIT_FATAL || khaldun_store_flush(x->store) != KHALDUN_OK)
			/* left held: released with the connection, taken again */
			return EXIT_FATAL;
		if (khaldun_store_queue_done(x->store, why[0] ? why : NULL) != KHALDUN_OK)
			return EXIT_FATAL;
	}
	return status != EXIT_FATAL && rc != KHALDUN_EOF ? EXIT_FATAL : status;
}

/* Loads the dictionaries, opens the store and ingests the inputs; returns the exit status. */
static int ingest_all(const ingest_args *o, const path_list *inputs, int status)
{
	cli_coding cc;
	if (cli_coding_load_limits(&cc, o->project, o->cameo_dir, &o->limits))
		return EXIT_FATAL;
	if (cli_coding_syntax(&cc, o->shallow)) {
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	if (cc.dict_errors)
		status = EXIT_SKIPPED;
	cli_shard_warn_forwarding(&o->shard, cc.coder);
	ingest_run x;
	memset(&x, 0, sizeof x);
	x.o = o;
	x.cc = &cc;
	x.shard = o->shard;
	kill_hook kh = { 0, 0, 0 };
	if (khaldun_pool_new(&x.pool, cc.dict, o->jobs) != KHALDUN_OK
	    || khaldun_pool_set_limits(x.pool, &o->limits) != KHALDUN_OK || prints_start(&x)
	    || ingest_open(&x, &kh)) {
		khaldun_pool_free(x.pool);
		prints_free(&x);
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	x.pg = (progress){ !o->quiet && isatty(2), now(), 0, 0, 0 };
	for (size_t k = 0; k < inputs->n; k++) {
		struct stat sb;
		if (strcmp(inputs->paths[k], "-") && !stat(inputs->paths[k], &sb) &&
		    S_ISREG(sb.st_mode))
			x.pg.total_bytes += sb.st_size;
	}
	if (o->queue)
		status = ingest_queue(&x, inputs, status);
	for (size_t k = 0; k < inputs->n && status != EXIT_FATAL && !o->queue; k++)
		status = ingest_input(&x, inputs->paths[k], status);
	for (int w; status != EXIT_FATAL && (w = store_next(&x, status)) >= 0; )
		status = w;
	if (khaldun_store_flush(x.store) != KHALDUN_OK)
		status = EXIT_FATAL;
	ingest_counts *n = &x.n;
	show_progress(&x.pg, NULL, n->read, n->events, 1);
	note_repeats(o, n);
	fprintf(stderr, "%s: %zu stories read: %zu stored, %zu near-duplicates, %zu same text, "
		"%zu already stored; %zu sentences, %zu events (%zu new)\n", progname, n->read,
		n->stored, n->near, n->same_text, n->same_id, n->sentences, n->events,
		n->new_events);
	if (x.shard.n)
		fprintf(stderr, "%s: shard %lu/%lu: %zu stories of other shards not read\n",
			progname, x.shard.k, x.shard.n, x.shard.other);
	khaldun_store_free(x.store);
	khaldun_pool_free(x.pool);
	prints_free(&x);
	free(x.fifo);
	cli_coding_free(&cc);
	return status;
}

int cmd_ingest(int argc, char **argv)
{
	ingest_args o;
	int r = ingest_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_FATAL;
	if (o.quiet)
		quiet_notes = 1;
	int status = EXIT_OK;
	path_list inputs = { 0 };
	seen_set seen = { 0 };
	for (int k = o.first_input; k < argc; k++) {
		r = strcmp(argv[k], "-") ? expand(&inputs, argv[k], 0, &seen)
			: add_path(&inputs, "-");
		if (r < 0) {
			fprintf(stderr, "%s: error: out of memory\n", progname);
			free(seen.v);
			free_paths(&inputs);
			return EXIT_FATAL;
		}
		if (r)
			status = EXIT_SKIPPED;
	}
	free(seen.v);
	if (o.first_input == argc && !o.queue && add_path(&inputs, "-"))
		status = EXIT_FATAL;
	else
		status = ingest_all(&o, &inputs, status);
	free_paths(&inputs);
	return status;
}
