/*
 * code.c - `khaldun code`: reads stories, codes each through the pipeline (khaldun_code_story)
 * and writes one JSON event per line on standard output (the output contract: README, and
 * src/write/event_json.c). Exit status as in common.h. The input format of a named file comes
 * from detect.h unless --format names one (standard input: JSON lines).
 */
#include "khaldun.h"
#include "commands.h"
#include "unpack.h"
#include "common.h"
#include "detect.h"
#include "shard.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void code_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun code [--project FILE|DIR] [--date YYYY-MM-DD]\n"
		"                    [--format auto|jsonl|text|tabari|file|rss|atom|html] "
		"[--cameo DIR]\n"
		"                    [-j N] [--shallow] [--places FILE|none]\n"
		"                    [--max NAME=VALUE] [--shard K/N] [FILE...]\n"
		"\n"
		"Codes stories (FILEs, or standard input when none or -) "
		"and writes one JSON event per\n"
		"line on standard output (fields in README.md), "
		"with the dictionary file:line of each\n"
		"match; a summary line goes to stderr.\n"
		"  --project  a TABARI project file or a folder holding khaldun.project "
		"(default: our\n"
		"             dictionaries, dict/)\n"
		"  --date     the date of stories that carry none\n"
		"  --format   the input format (text: blank-line separated blocks). Default auto:\n"
		"             standard input is jsonl; a file's format comes from its extension\n"
		"             (.jsonl, .rss/.atom/.xml, .html) or its content: "
		"a .txt whose blocks\n"
		"             open with 'Date: YYYY-MM-DD' lines is text blocks, else one story\n"
		"  --cameo    CAMEO tables to use instead of the compiled-in ones "
		"(Goldstein, PLOVER)\n"
		"  --shallow  do not use the parser even when the project's options ask for it\n"
		"             (KHALDUN: SYNTAX): the fastest, TABARI-style coding\n"
		"  --places   the gazetteer that places events (default: $KHALDUN_PLACES, or\n"
		"             data/places.bin next to the command); none: every location null\n"
		"  -j N       code on N threads (default: the number of cores); the output is the\n"
		"             same, in input order, whatever N\n"
		"%s%s"
		"\n"
		"exit status: 0 all coded; 1 usage (a bad --shard value too) or fatal error; "
		"2 some input\n"
		"skipped or dictionary errors (reported on stderr)\n", cli_limit_help,
		cli_shard_help);
}

/* Writes the batch's events as JSON lines; returns -1 when writing failed. */
static int write_batch(const khaldun_story *st, const khaldun_batch *b,
		       const khaldun_cameo *cameo)
{
	const khaldun_sentence *sents;
	const khaldun_event *events;
	size_t n = khaldun_batch_sentences(b, &sents);
	khaldun_batch_events(b, &events);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sents[i].n_events; k++)
			if (khaldun_event_write_json(stdout, st, i, sents[i].text, sents[i].len,
						     &events[sents[i].first_event + k], cameo))
				return -1;
	return 0;
}

typedef struct {
	khaldun_pool *pool;
	const khaldun_cameo *cameo;
	const khaldun_limits *limits;
	cli_shard shard;
	size_t stories, sentences, events;
	int write_failed;
} code_run;

/* Takes the oldest coded story from the pool and writes its events; returns the exit status
 * so far, or -1 when nothing was in flight. */
static int write_next(code_run *x, int status)
{
	const khaldun_story *st;
	const khaldun_batch *b;
	int cr;
	if (khaldun_pool_take(x->pool, &st, &b, &cr) != KHALDUN_OK)
		return -1;
	if (cr == KHALDUN_ERR_FORMAT) {
		fprintf(stderr, "%s: error: %s:%ld: story \"%s\": invalid date, skipped\n",
			progname, cli_safe(st->file), st->line, cli_safe(st->id));
		return status == EXIT_FATAL ? status : EXIT_SKIPPED;
	}
	if (cr != KHALDUN_OK) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		return EXIT_FATAL;
	}
	const khaldun_sentence *sents;
	const khaldun_event *events;
	x->stories++;
	x->sentences += khaldun_batch_sentences(b, &sents);
	x->events += khaldun_batch_events(b, &events);
	if (cli_report_limits(st, b, x->limits) && status == EXIT_OK)
		status = EXIT_SKIPPED;
	if (write_batch(st, b, x->cameo)) {
		x->write_failed = 1;   /* reported once, at the end */
		return EXIT_FATAL;
	}
	return status;
}

/* Reads every story of one input into the pool, writing what comes out; returns the exit
 * status so far. */
static int code_input(code_run *x, const char *name, int fmt, const char *date, int status)
{
	FILE *fp = strcmp(name, "-") ? fopen(name, "rb") : stdin;
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open\n", progname, cli_safe(name));
		return EXIT_SKIPPED;
	}
	int is_stdin = fp == stdin;
	if (!(fp = unpack_input(fp, is_stdin ? "<stdin>" : name)))
		return EXIT_FATAL;
	if (fmt == FMT_AUTO)
		fmt = is_stdin ? KHALDUN_FMT_JSONL : (int)cli_detect_format(name, &fp);
	if (!fp)
		return EXIT_FATAL;
	khaldun_reader *r;
	khaldun_reader_new(&r, fp, strcmp(name, "-") ? name : "<stdin>", (enum khaldun_format)fmt,
			   date, print_diag, NULL);
	if (!r) {
		if (fp != stdin)
			fclose(fp);
		return EXIT_FATAL;
	}
	khaldun_reader_set_limits(r, x->limits);
	khaldun_story st;
	int rc;
	while (status != EXIT_FATAL && (rc = khaldun_reader_next(r, &st)) == KHALDUN_OK) {
		if (!cli_shard_takes(&x->shard, &st))
			continue;
		if (khaldun_pool_full(x->pool))
			status = write_next(x, status);
		if (status != EXIT_FATAL && khaldun_pool_submit(x->pool, &st) != KHALDUN_OK) {
			fprintf(stderr, "%s: error: out of memory\n", progname);
			status = EXIT_FATAL;
		}
		/* one coder: write at once, so messages come in reading order */
		if (status != EXIT_FATAL && khaldun_pool_threads(x->pool) == 1)
			status = write_next(x, status);
	}
	if (status != EXIT_FATAL &&
	    (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK)))
		if (status == EXIT_OK)
			status = EXIT_SKIPPED;
	khaldun_reader_free(r);
	if (fp != stdin)
		fclose(fp);
	return status;
}

typedef struct {
	const char *project, *date, *cameo_dir;
	int fmt, shallow;
	size_t jobs;
	khaldun_limits lim;
	cli_shard shard;
} code_opts;

/* Reads code's options into o; *first is the first input argument. Returns 0, 1 when --help
 * was answered, -1 on a usage error or -2 on a bad --shard value (reported; both exit 1). */
static int code_options(int argc, char **argv, code_opts *o, int *first)
{
	memset(o, 0, sizeof *o);
	o->fmt = FMT_AUTO;
	o->jobs = cli_cores();
	if (cli_limits_env(&o->lim))
		return -1;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		int m = cli_limit_opt(argc, argv, &i, &o->lim);
		if (m < 0)
			return -1;
		if (m)
			continue;
		if (lacks_value(argc, argv, i,
				"--project --date --cameo --format -j --jobs --places --shard"))
			return -1;
		if (!strcmp(a, "--project") && i + 1 < argc)
			o->project = argv[++i];
		else if (!strcmp(a, "--date") && i + 1 < argc)
			o->date = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			o->cameo_dir = argv[++i];
		else if (!strcmp(a, "--shallow"))
			o->shallow = 1;
		else if (!strcmp(a, "--shard") && i + 1 < argc) {
			if (cli_shard_opt(argv[++i], &o->shard))
				return -2;
		} else if (!strcmp(a, "--places") && i + 1 < argc)
			cli_places_option = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			if (cli_format(argv[++i], 1, &o->fmt))
				return -1;
		} else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
			if (cli_jobs(argv[++i], &o->jobs))
				return -1;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			code_usage(stdout);
			return 1;
		} else if (!strcmp(a, "--"))
			{ i++; break; }
		else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, code_usage);
			return -1;
		} else
			break;
	}
	*first = i;
	return 0;
}

int cmd_code(int argc, char **argv)
{
	code_opts o;
	int i, r = code_options(argc, argv, &o, &i);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_FATAL;
	const char *date = o.date;
	khaldun_limits lim = o.lim;
	size_t jobs = o.jobs;
	if (date && !khaldun_parse_date(date, strlen(date))) {
		fprintf(stderr, "%s: error: invalid --date '%s' (expected YYYY-MM-DD)\n", progname,
			date);
		return EXIT_FATAL;
	}
	cli_coding cc;
	if (cli_coding_load_limits(&cc, o.project, o.cameo_dir, &lim))
		return EXIT_FATAL;
	if (cli_coding_syntax(&cc, o.shallow)) {
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	cli_shard_warn_forwarding(&o.shard, cc.coder);
	code_run x;
	memset(&x, 0, sizeof x);
	x.cameo = cc.cameo;
	x.limits = &lim;
	x.shard = o.shard;
	if (khaldun_pool_new(&x.pool, cc.dict, jobs) != KHALDUN_OK
	    || khaldun_pool_set_limits(x.pool, &lim) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: cannot start %zu coders: out of memory\n", progname,
			jobs);
		cli_coding_free(&cc);
		return EXIT_FATAL;
	}
	int status = cc.dict_errors ? EXIT_SKIPPED : EXIT_OK;
	int nfiles = argc - i;
	for (int f = 0; f < (nfiles ? nfiles : 1) && status != EXIT_FATAL; f++)
		status = code_input(&x, nfiles ? argv[i + f] : "-", o.fmt, date, status);
	for (int w; status != EXIT_FATAL && (w = write_next(&x, status)) >= 0; )
		status = w;
	if (fflush(stdout) || x.write_failed) {
		/* exit 1 (fatal: stopped there); what was written before the failure stays */
		fprintf(stderr, "%s: error: writing events failed: the output is incomplete "
			"(stopped at story %zu)\n", progname, x.stories);
		status = EXIT_FATAL;
	}
	fprintf(stderr, "%s: %zu stories, %zu sentences, %zu events", progname, x.stories,
		x.sentences, x.events);
	if (x.shard.n)
		fprintf(stderr, " (shard %lu/%lu; %zu stories of other shards)", x.shard.k,
			x.shard.n, x.shard.other);
	fputc('\n', stderr);
	khaldun_pool_free(x.pool);
	cli_coding_free(&cc);
	return status;
}
