/*
 * store.c - the event-database commands: `ingest` codes stories into an SQLite store,
 * `export` writes stored events as JSON lines, CSV, TSV or PLOVER records, and `query` answers
 * quick questions (summary, counts, top lists, a dyad's events with their sentences).
 * Uses only the public header. Exit status as for `code` (common.h): 0 all done; 1 usage or
 * fatal error; 2 done, but some input was skipped (each reported on stderr).
 * Test-only: KHALDUN_TEST_KILL=N makes ingest kill itself with SIGKILL right after its N-th
 * commit, and N:mid inside the N-th story's transaction before it commits (tests/store/run).
 */
#include "khaldun.h"
#include "common.h"
#include "commands.h"
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

/* ---------------------------------------------------------------- shared option parsing */

static int parse_date_opt(const char *opt, const char *v, long *out)
{
	*out = khaldun_parse_date(v, strlen(v));
	if (!*out) {
		fprintf(stderr, "%s: error: invalid %s '%s' (expected YYYY-MM-DD)\n", progname, opt, v);
		return -1;
	}
	return 0;
}

/* Filter options shared by export and query. Returns 1 when argv[*i] was one (consumed),
 * 0 when not, -1 on a bad value. */
static int filter_opt(int argc, char **argv, int *i, khaldun_filter *f, char *dyad, size_t cap)
{
	const char *a = argv[*i];
	if (*i + 1 >= argc)
		return 0;
	const char *v = argv[*i + 1];
	if (!strcmp(a, "--from")) {
		if (parse_date_opt(a, v, &f->from))
			return -1;
	} else if (!strcmp(a, "--to")) {
		if (parse_date_opt(a, v, &f->to))
			return -1;
	} else if (!strcmp(a, "--actor")) {
		f->actor = v;
	} else if (!strcmp(a, "--code")) {
		f->code = v;
	} else if (!strcmp(a, "--limit")) {
		char *end;
		long n = strtol(v, &end, 10);
		if (*end || n < 0) {
			fprintf(stderr, "%s: error: invalid --limit '%s'\n", progname, v);
			return -1;
		}
		f->limit = (size_t)n;
	} else if (!strcmp(a, "--dyad")) {
		const char *comma = strchr(v, ',');
		if (!comma || strlen(v) >= cap || strchr(comma + 1, ',')) {
			fprintf(stderr, "%s: error: --dyad takes SOURCE,TARGET (either may be empty), "
				"not '%s'\n", progname, v);
			return -1;
		}
		strcpy(dyad, v);
		dyad[comma - v] = 0;
		f->source = dyad;
		f->target = dyad + (comma - v) + 1;
	} else {
		return 0;
	}
	(*i)++;
	return 1;
}

/* ---------------------------------------------------------------- ingest */


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
		"                      [--similarity X] [--quiet] [INPUT...]\n"
		"\n"
		"Codes stories and stores them, with their sentences and events, in the SQLite event\n"
		"database FILE (created when missing). INPUT: files or directories (read recursively,\n"
		"in name order); none or - reads standard input (JSON lines unless --format). With\n"
		"--format auto (the default) each file's format comes from its extension (.jsonl,\n"
		".txt = one story per file, .rss/.atom/.xml, .html) or its first bytes.\n"
		"A story already stored (same id, or same normalised text) is not stored again; a\n"
		"near-duplicate (estimated word-shingle similarity >= X, default 0.5; 2 = off) adds\n"
		"mentions to the events it shares with the first report. Each story is committed on\n"
		"its own: an interrupted ingest can simply be run again.\n");
}

int cmd_ingest(int argc, char **argv)
{
	const char *db = NULL, *project = NULL, *date = NULL, *cameo_dir = NULL;
	int fmt = FMT_AUTO, quiet = 0;
	double similarity = 0;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--project") && i + 1 < argc)
			project = argv[++i];
		else if (!strcmp(a, "--date") && i + 1 < argc)
			date = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			cameo_dir = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			if (cli_format(argv[++i], 1, &fmt))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--similarity") && i + 1 < argc) {
			char *end;
			similarity = strtod(argv[++i], &end);
			if (*end || end == argv[i] || !(similarity > 0 && similarity <= 2)) {
				fprintf(stderr, "%s: error: invalid --similarity '%s' (a number in (0, 1], "
					"or 2 for off)\n", progname, argv[i]);
				return EXIT_FATAL;
			}
		} else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			quiet = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			ingest_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "%s: error: unknown option '%s'\n", progname, a);
			ingest_usage(stderr);
			return EXIT_FATAL;
		} else
			break;
	}
	if (!db) {
		fprintf(stderr, "%s: error: ingest needs --db FILE\n", progname);
		ingest_usage(stderr);
		return EXIT_FATAL;
	}
	if (date && !khaldun_parse_date(date, strlen(date))) {
		fprintf(stderr, "%s: error: invalid --date '%s' (expected YYYY-MM-DD)\n", progname, date);
		return EXIT_FATAL;
	}
	int status = EXIT_OK;
	path_list inputs = { 0 };
	seen_set seen = { 0 };
	for (int k = i; k < argc; k++) {
		int r = strcmp(argv[k], "-") ? expand(&inputs, argv[k], 0, &seen)
			: add_path(&inputs, "-");
		if (r < 0) {
			fprintf(stderr, "%s: error: out of memory\n", progname);
			return EXIT_FATAL;
		}
		if (r)
			status = EXIT_SKIPPED;
	}
	free(seen.v);
	if (i == argc && add_path(&inputs, "-"))
		return EXIT_FATAL;

	if (!project)
		project = default_project();
	khaldun_dict *d;
	if (khaldun_dict_load(&d, project, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	if (khaldun_dict_errors(d))
		status = EXIT_SKIPPED;
	khaldun_cameo *cameo = NULL;
	if (!cameo_dir)
		cameo_dir = default_cameo();
	if (cameo_dir) {
		if (khaldun_cameo_load(&cameo, cameo_dir, print_diag, NULL) != KHALDUN_OK)
			cameo = NULL;
	} else {
		fprintf(stderr, "%s: warning: CAMEO tables not found (use --cameo DIR or "
				"KHALDUN_CAMEO): goldstein and plover will be null\n", progname);
	}
	khaldun_coder *coder = khaldun_coder_new(d);
	khaldun_store *store = NULL;
	if (!coder || khaldun_store_open(&store, db, 0, print_diag, NULL) != KHALDUN_OK) {
		khaldun_coder_free(coder);
		khaldun_cameo_free(cameo);
		khaldun_dict_free(d);
		return EXIT_FATAL;
	}
	khaldun_store_set_coder(store, coder, cameo, similarity);
	kill_hook kh = { 0, 0 };
	const char *kill_env = getenv("KHALDUN_TEST_KILL");
	if (kill_env && *kill_env) {
		kh.kill_at = strtol(kill_env, NULL, 10);
		kh.kill_mid = strstr(kill_env, ":mid") != NULL;
		khaldun_store_set_hook(store, test_hook, &kh);
	}

	progress pg = { !quiet && isatty(2), now(), 0, 0, 0 };
	for (size_t k = 0; k < inputs.n; k++) {
		struct stat sb;
		if (strcmp(inputs.paths[k], "-") && !stat(inputs.paths[k], &sb) && S_ISREG(sb.st_mode))
			pg.total_bytes += sb.st_size;
	}
	size_t read = 0, stored = 0, same_id = 0, same_text = 0, near = 0, events = 0,
	       new_events = 0, sentences = 0;
	for (size_t k = 0; k < inputs.n && status != EXIT_FATAL; k++) {
		const char *name = inputs.paths[k];
		int is_stdin = !strcmp(name, "-");
		FILE *fp = is_stdin ? stdin : fopen(name, "rb");
		if (!fp) {
			fprintf(stderr, "%s: error: %s: cannot open: %s\n", progname, name,
				strerror(errno));
			status = EXIT_SKIPPED;
			continue;
		}
		enum khaldun_format f = fmt != FMT_AUTO ? (enum khaldun_format)fmt
			: is_stdin ? KHALDUN_FMT_JSONL : detect(name, &fp);
		khaldun_reader *r = fp ? khaldun_reader_new(fp, is_stdin ? "<stdin>" : name, f, date,
							    print_diag, NULL) : NULL;
		if (!r) {
			if (fp && !is_stdin)
				fclose(fp);
			status = EXIT_FATAL;
			break;
		}
		khaldun_story st;
		int rc;
		while ((rc = khaldun_reader_next(r, &st)) == KHALDUN_OK) {
			read++;
			long day = f == KHALDUN_FMT_TABARI
				? khaldun_coder_record_date(coder, st.date ? st.date : "")
				: st.date ? khaldun_parse_date(st.date, strlen(st.date)) : 0;
			if (!day) {
				fprintf(stderr, "%s: error: %s:%ld: story \"%s\": invalid date, skipped\n",
					progname, cli_safe(st.file ? st.file : name), st.line, cli_safe(st.id));
				status = EXIT_SKIPPED;
				continue;
			}
			khaldun_ingest_result res;
			if (khaldun_store_ingest(store, &st, day, &res) != KHALDUN_OK) {
				status = EXIT_FATAL;   /* the database failed: stop, nothing half-done */
				break;
			}
			switch (res.outcome) {
			case KHALDUN_INGEST_STORED: stored++; break;
			case KHALDUN_INGEST_SAME_ID: same_id++; break;
			case KHALDUN_INGEST_SAME_TEXT: same_text++; break;
			case KHALDUN_INGEST_NEAR: near++; break;
			}
			/* the id may be another outlet's story: never silent (the first few named) */
			if (res.outcome == KHALDUN_INGEST_SAME_ID && same_id <= 5)
				fprintf(stderr, "%s: note: %s:%ld: story \"%s\"%s%s%s: a story with this id "
					"is stored already; not stored again%s\n", progname,
					cli_safe(st.file ? st.file : name), st.line, cli_safe(st.id),
					st.source ? " (" : "", cli_safe(st.source), st.source ? ")" : "",
					same_id == 5 ? " (further such notes not shown)" : "");
			if (res.outcome == KHALDUN_INGEST_SAME_TEXT || res.outcome == KHALDUN_INGEST_NEAR)
				fprintf(stderr, "%s: note: %s: story \"%s\" repeats \"%s\" (%s, "
					"similarity %.2f)\n", progname, cli_safe(st.file ? st.file : name),
					cli_safe(st.id), cli_safe(res.same_as), res.outcome == KHALDUN_INGEST_NEAR
					? "near-duplicate" : "same text", res.similarity);
			events += res.events;
			new_events += res.new_events;
			sentences += res.sentences;
			show_progress(&pg, fp, read, events, 0);
		}
		if (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK))
			if (status == EXIT_OK)
				status = EXIT_SKIPPED;
		khaldun_reader_free(r);
		if (!is_stdin) {
			struct stat sb;
			if (!stat(name, &sb))
				pg.done_bytes += sb.st_size;
			fclose(fp);
		}
	}
	show_progress(&pg, NULL, read, events, 1);
	fprintf(stderr, "%s: %zu stories read: %zu stored, %zu near-duplicates, %zu same text, "
		"%zu already stored; %zu sentences, %zu events (%zu new)\n", progname, read, stored,
		near, same_text, same_id, sentences, events, new_events);
	for (size_t k = 0; k < inputs.n; k++)
		free(inputs.paths[k]);
	free(inputs.paths);
	khaldun_store_close(store);
	khaldun_coder_free(coder);
	khaldun_cameo_free(cameo);
	khaldun_dict_free(d);
	return status;
}

/* ---------------------------------------------------------------- export */

typedef struct {
	FILE *fp;
	enum khaldun_export_format fmt;
	size_t written, unmapped;
	int io_error;
} export_ctx;

static int export_one(void *vctx, const khaldun_stored_event *e)
{
	export_ctx *x = vctx;
	int rc = khaldun_export_event(x->fp, x->fmt, e);
	if (rc == 1) {
		x->unmapped++;
		return 0;
	}
	if (rc) {
		x->io_error = 1;
		return 1;
	}
	x->written++;
	return 0;
}

static const char filter_help[] =
	"filters (codes match as prefixes: --actor AFG matches AFGGOV):\n"
	"  --from DATE --to DATE   event dates, inclusive (YYYY-MM-DD)\n"
	"  --actor CODE            source or target\n"
	"  --dyad A,B              source A and target B (either may be empty: --dyad USA,)\n"
	"  --code PREFIX           CAMEO event code (e.g. 19, 112)\n"
	"  --limit N               at most N rows\n";

static void export_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun export --db FILE [--format jsonl|csv|tsv|plover] [--output FILE]\n"
		"                      [--from DATE] [--to DATE] [--actor CODE] [--dyad A,B]\n"
		"                      [--code PREFIX] [--limit N]\n"
		"\n"
		"Writes the stored events, in date order, on standard output (or FILE):\n"
		"  jsonl   the fields of `khaldun code` plus id, mentions, sources, stories, urls and\n"
		"          source/target name, country and sector\n"
		"  csv     RFC 4180, with a header row (columns in docs/store.md)\n"
		"  tsv     the same columns, tab-separated\n"
		"  plover  PLOVER JSON records, one a line (events without a PLOVER type are left out)\n"
		"\n%s", filter_help);
}

int cmd_export(int argc, char **argv)
{
	const char *db = NULL, *output = NULL;
	enum khaldun_export_format fmt = KHALDUN_EXPORT_JSONL;
	khaldun_filter f;
	memset(&f, 0, sizeof f);
	char dyad[256];
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = filter_opt(argc, argv, &i, &f, dyad, sizeof dyad);
		if (r < 0)
			return EXIT_FATAL;
		if (r)
			continue;
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--output") && i + 1 < argc)
			output = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			const char *v = argv[++i];
			if (!strcmp(v, "jsonl"))
				fmt = KHALDUN_EXPORT_JSONL;
			else if (!strcmp(v, "csv"))
				fmt = KHALDUN_EXPORT_CSV;
			else if (!strcmp(v, "tsv"))
				fmt = KHALDUN_EXPORT_TSV;
			else if (!strcmp(v, "plover"))
				fmt = KHALDUN_EXPORT_PLOVER;
			else {
				fprintf(stderr, "%s: error: unknown export format '%s' (jsonl, csv, tsv "
					"or plover)\n", progname, v);
				return EXIT_FATAL;
			}
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			export_usage(stdout);
			return EXIT_OK;
		} else {
			fprintf(stderr, "%s: error: unknown argument '%s'\n", progname, a);
			export_usage(stderr);
			return EXIT_FATAL;
		}
	}
	if (!db) {
		fprintf(stderr, "%s: error: export needs --db FILE\n", progname);
		export_usage(stderr);
		return EXIT_FATAL;
	}
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	FILE *fp = output ? fopen(output, "wb") : stdout;
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot write: %s\n", progname, output, strerror(errno));
		khaldun_store_close(s);
		return EXIT_FATAL;
	}
	export_ctx x = { fp, fmt, 0, 0, 0 };
	int status = EXIT_OK;
	if (khaldun_export_header(fp, fmt) != KHALDUN_OK
	    || khaldun_store_events(s, &f, export_one, &x) != KHALDUN_OK)
		status = EXIT_FATAL;
	if (x.io_error || fflush(fp) || (output && fclose(fp))) {
		fprintf(stderr, "%s: error: writing the export failed\n", progname);
		status = EXIT_FATAL;
	}
	fprintf(stderr, "%s: %zu events exported", progname, x.written);
	if (x.unmapped)
		fprintf(stderr, " (%zu without a PLOVER type left out)", x.unmapped);
	fputc('\n', stderr);
	khaldun_store_close(s);
	return status;
}

/* ---------------------------------------------------------------- query */

static void query_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun query --db FILE [FILTERS] summary\n"
		"       khaldun query --db FILE [FILTERS] counts [--by GROUP] [--per PERIOD]\n"
		"       khaldun query --db FILE [FILTERS] top actors|sources|targets|dyads|codes|roots|\n"
		"                                         plover|countries [--limit N]\n"
		"       khaldun query --db FILE [FILTERS] events\n"
		"\n"
		"summary  stories (and duplicates), sentences, events, mentions, date range\n"
		"counts   events per GROUP and PERIOD, as TSV: period, key(s), events, mentions,\n"
		"         mean goldstein. GROUP: dyad (default), source, target, actor, code, root,\n"
		"         plover, quad, countries, none. PERIOD: day, week (its Monday), month\n"
		"         (default), year, all. --limit N: the N largest groups of each period\n"
		"top      the largest groups over all dates (--limit, default 10), as TSV\n"
		"events   the selected events (e.g. --dyad AFG,PAK) with the sentences reporting them\n"
		"\n%s", filter_help);
}

typedef struct {
	int header;
	int two_keys;
	int with_period;
} count_ctx;

static int print_count(void *vctx, const khaldun_count *c)
{
	count_ctx *x = vctx;
	if (!x->header) {
		x->header = 1;
		printf("%s%s%s\tevents\tmentions\tgoldstein\n", x->with_period ? "period\t" : "",
		       x->two_keys ? "source\ttarget" : "key", "");
	}
	if (x->with_period)
		printf("%s\t", c->period ? c->period : "");
	printf("%s", c->key ? c->key : "");
	if (x->two_keys)
		printf("\t%s", c->key2 ? c->key2 : "");
	printf("\t%ld\t%ld\t%.2f\n", c->events, c->mentions, c->goldstein);
	return 0;
}

static int print_event(void *vctx, const khaldun_stored_event *e)
{
	size_t *n = vctx;
	char date[16];
	snprintf(date, sizeof date, "%04ld-%02ld-%02ld", e->event.date / 10000 % 10000,
		 e->event.date / 100 % 100, e->event.date % 100);
	printf("%s  %s -> %s  %s %s", date, e->event.source ? e->event.source : "-",
	       e->event.target ? e->event.target : "-", e->event.code, e->plover ? e->plover : "");
	if (e->has_goldstein)
		printf("  goldstein %.1f", e->goldstein);
	printf("  mentions %ld\n", e->mentions);
	for (size_t i = 0; i < e->n_stories; i++)
		printf("    [%s%s%s] %s\n", e->stories[i] ? e->stories[i] : "",
		       e->urls[i] ? " " : "", e->urls[i] ? e->urls[i] : "",
		       e->sentences[i] ? e->sentences[i] : "");
	(*n)++;
	return 0;
}

int cmd_query(int argc, char **argv)
{
	const char *db = NULL, *what = NULL, *arg = NULL, *by = NULL, *per = NULL;
	khaldun_filter f;
	memset(&f, 0, sizeof f);
	char dyad[256];
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = filter_opt(argc, argv, &i, &f, dyad, sizeof dyad);
		if (r < 0)
			return EXIT_FATAL;
		if (r)
			continue;
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--by") && i + 1 < argc)
			by = argv[++i];
		else if (!strcmp(a, "--per") && i + 1 < argc)
			per = argv[++i];
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			query_usage(stdout);
			return EXIT_OK;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "%s: error: unknown option '%s'\n", progname, a);
			query_usage(stderr);
			return EXIT_FATAL;
		} else if (!what)
			what = a;
		else if (!arg)
			arg = a;
		else {
			fprintf(stderr, "%s: error: unexpected argument '%s'\n", progname, a);
			return EXIT_FATAL;
		}
	}
	if (!db || !what) {
		fprintf(stderr, "%s: error: query needs --db FILE and a question\n", progname);
		query_usage(stderr);
		return EXIT_FATAL;
	}
	static const struct { const char *name; enum khaldun_group g; int two; } groups[] = {
		{ "dyad", KHALDUN_BY_DYAD, 1 }, { "dyads", KHALDUN_BY_DYAD, 1 },
		{ "source", KHALDUN_BY_SOURCE, 0 }, { "sources", KHALDUN_BY_SOURCE, 0 },
		{ "target", KHALDUN_BY_TARGET, 0 }, { "targets", KHALDUN_BY_TARGET, 0 },
		{ "actor", KHALDUN_BY_ACTOR, 0 }, { "actors", KHALDUN_BY_ACTOR, 0 },
		{ "code", KHALDUN_BY_CODE, 0 }, { "codes", KHALDUN_BY_CODE, 0 },
		{ "root", KHALDUN_BY_ROOT, 0 }, { "roots", KHALDUN_BY_ROOT, 0 },
		{ "plover", KHALDUN_BY_PLOVER, 0 }, { "quad", KHALDUN_BY_QUAD, 0 },
		{ "countries", KHALDUN_BY_COUNTRY_DYAD, 1 }, { "none", KHALDUN_BY_NONE, 0 },
	};
	static const char *const periods[] = { "all", "day", "week", "month", "year" };
	int status = EXIT_OK;
	khaldun_store *s;
	if (strcmp(what, "summary") && strcmp(what, "counts") && strcmp(what, "top")
	    && strcmp(what, "events")) {
		fprintf(stderr, "%s: error: unknown question '%s' (summary, counts, top or events)\n",
			progname, what);
		return EXIT_FATAL;
	}
	if (!strcmp(what, "counts") || !strcmp(what, "top")) {
		const char *gname = !strcmp(what, "top") ? arg : by ? by : "dyad";
		int gi = -1;
		for (size_t k = 0; gname && k < sizeof groups / sizeof groups[0]; k++)
			if (!strcmp(gname, groups[k].name))
				gi = (int)k;
		if (gi < 0) {
			fprintf(stderr, "%s: error: %s '%s' (dyads, actors, sources, targets, codes, "
				"roots, plover, quad, countries, none)\n", progname,
				gname ? "unknown group" : "top needs a group, e.g.", gname ? gname : "actors");
			return EXIT_FATAL;
		}
		int pi = !strcmp(what, "top") ? 0 : 3;
		if (per) {
			pi = -1;
			for (int k = 0; k < 5; k++)
				if (!strcmp(per, periods[k]))
					pi = k;
			if (pi < 0) {
				fprintf(stderr, "%s: error: unknown period '%s' (day, week, month, year, "
					"all)\n", progname, per);
				return EXIT_FATAL;
			}
		}
		if (!strcmp(what, "top") && !f.limit)
			f.limit = 10;
		if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
			return EXIT_FATAL;
		count_ctx x = { 0, groups[gi].two, pi != 0 };
		if (khaldun_store_count(s, &f, groups[gi].g, (enum khaldun_period)pi, print_count, &x))
			status = EXIT_FATAL;
	} else {
		if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
			return EXIT_FATAL;
		if (!strcmp(what, "summary")) {
			khaldun_store_stats st;
			if (khaldun_store_summary(s, &st)) {
				status = EXIT_FATAL;
			} else {
				printf("schema\t%d\nstories\t%ld\nnear_duplicates\t%ld\nsame_text\t%ld\n"
				       "sentences\t%ld\nevents\t%ld\nmentions\t%ld\n", st.schema,
				       st.stories, st.near_duplicates, st.same_text, st.sentences,
				       st.events, st.mentions);
				if (st.first)
					printf("first\t%04ld-%02ld-%02ld\nlast\t%04ld-%02ld-%02ld\n",
					       st.first / 10000, st.first / 100 % 100, st.first % 100,
					       st.last / 10000, st.last / 100 % 100, st.last % 100);
			}
		} else {
			size_t n = 0;
			if (khaldun_store_events(s, &f, print_event, &n))
				status = EXIT_FATAL;
			fprintf(stderr, "%s: %zu events\n", progname, n);
		}
	}
	if (fflush(stdout))
		status = EXIT_FATAL;
	khaldun_store_close(s);
	return status;
}
