/*
 * merge.c - `khaldun merge --db OUT IN.db...`: combines event stores (the per-shard stores of
 * `khaldun ingest --shard K/N`) into OUT so that OUT holds what one ingest of the whole input
 * stores (khaldun_store_merge: canonical order, the put path, nothing coded again). Inputs are
 * checked before OUT is opened: a missing file, a file that is not khaldun's or of an older
 * schema is refused (exit 1) and nothing is written. Exit status (common.h): 0 merged; 1 usage
 * or fatal error; 2 merged, but an input's imported events were left out (warned).
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void merge_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun merge --db OUT [--similarity X] [--dedup-days N] [--cameo DIR]\n"
		"                     [--quiet] IN.db...\n"
		"\n"
		"Puts the stories of the event databases IN.db "
		"(e.g. made by `khaldun ingest --shard\n"
		"K/N`, one per shard) into OUT (created when missing), "
		"as one `khaldun ingest` of all\n"
		"their input would have stored them: stories in the order that ingest met "
		"them (the\n"
		"input ordinal each store records; then date, outlet, id), duplicates and\n"
		"near-duplicate groups found again in that order with --similarity "
		"and --dedup-days\n"
		"(as for ingest; use the values the shards were ingested with). Nothing is coded\n"
		"again. A story already in OUT is skipped, "
		"so merging an input twice adds nothing.\n"
		"Inputs are only read; a missing file or one that is not a khaldun database "
		"(or of an\n"
		"older schema: `khaldun ingest --db IN.db < /dev/null` migrates it) is refused\n"
		"before anything is written. One line per input counts its stories.\n"
		"\n"
		"exit status: 0 merged; 1 usage or fatal error; 2 merged, "
		"but imported events (not\n"
		"coded news) were left out (see the warnings)\n");
}

typedef struct {
	const char *db, *cameo_dir;
	double similarity;
	int dedup_days, quiet, first;
} merge_opts;

/* Reads a number option's value; returns 0 or -1 (reported). */
static int number_opt(const char *opt, const char *v, double lo, double hi, double *out)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (errno || *end || end == v || !(d >= lo && d <= hi)) {
		fprintf(stderr, "%s: error: invalid %s '%s' (%g to %g)\n", progname, opt,
			cli_safe(v), lo, hi);
		return -1;
	}
	*out = d;
	return 0;
}

/* Returns 0, 1 for --help, or -1 on a usage error (reported). */
static int merge_options(int argc, char **argv, merge_opts *o)
{
	memset(o, 0, sizeof *o);
	o->dedup_days = -1;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		double d;
		if (lacks_value(argc, argv, i, "--db --similarity --dedup-days --cameo"))
			return -1;
		if (!strcmp(a, "--db") && i + 1 < argc)
			o->db = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			o->cameo_dir = argv[++i];
		else if (!strcmp(a, "--similarity") && i + 1 < argc) {
			if (number_opt(a, argv[++i], 0.000001, 2, &o->similarity))
				return -1;
		} else if (!strcmp(a, "--dedup-days") && i + 1 < argc) {
			if (number_opt(a, argv[++i], 0, 36500, &d))
				return -1;
			o->dedup_days = (int)d;
		} else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			o->quiet = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			merge_usage(stdout);
			return 1;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, merge_usage);
			return -1;
		} else
			break;
	}
	o->first = i;
	if (!o->db || i >= argc) {
		fprintf(stderr, "%s: error: merge needs --db OUT and at least one IN.db\n",
			progname);
		merge_usage(stderr);
		return -1;
	}
	return 0;
}

/* Checks the inputs before OUT is touched: each exists, is not OUT, and opens as a khaldun
 * store of the current schema (read-only: left untouched). Returns 0 or -1 (reported). */
static int check_inputs(const merge_opts *o, int argc, char **argv)
{
	struct stat out_sb;
	int have_out = !stat(o->db, &out_sb);
	for (int i = o->first; i < argc; i++) {
		struct stat sb;
		if (stat(argv[i], &sb)) {
			fprintf(stderr, "%s: error: %s: cannot open: %s\n", progname,
				cli_safe(argv[i]), strerror(errno));
			return -1;
		}
		if (have_out && sb.st_dev == out_sb.st_dev && sb.st_ino == out_sb.st_ino) {
			fprintf(stderr, "%s: error: %s: is the output database itself\n", progname,
				cli_safe(argv[i]));
			return -1;
		}
		khaldun_store *s;
		if (khaldun_store_open(&s, argv[i], 1, print_diag, NULL) != KHALDUN_OK)
			return -1;
		khaldun_store_free(s);
	}
	return 0;
}

/* One line per input, and warnings; returns 1 when an input was not merged whole. */
static int report(const merge_opts *o, char **paths, size_t n, const khaldun_merge_counts *c)
{
	int inexact = 0;
	for (size_t i = 0; i < n; i++) {
		if (!o->quiet)
			fprintf(stderr, "%s: %s: %zu stories: %zu stored, %zu near-duplicates, "
				"%zu same text, %zu already stored; %zu events (%zu new)\n",
				progname,
				cli_safe(paths[i]), c[i].stories, c[i].stored, c[i].near,
				c[i].same_text, c[i].same_id, c[i].events, c[i].new_events);
		if (c[i].regrouped)
			fprintf(stderr, "%s: warning: %s: %zu repeated stories belong to another "
				"group here: events they shared with their first report there are "
				"stored with that report's words and dictionary lines "
				"(docs/scale-out.md)\n", progname, cli_safe(paths[i]),
				c[i].regrouped);
		if (c[i].imported)
			fprintf(stderr, "%s: warning: %s: %ld imported events not merged (export "
				"and import them: docs/scale-out.md)\n", progname,
				cli_safe(paths[i]),
				c[i].imported);
		inexact |= c[i].imported != 0;
	}
	return inexact;
}

int cmd_merge(int argc, char **argv)
{
	merge_opts o;
	int r = merge_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_FATAL;
	if (check_inputs(&o, argc, argv))
		return EXIT_FATAL;
	khaldun_cameo *cameo = load_cameo(o.cameo_dir);
	khaldun_store *out;
	if (khaldun_store_open(&out, o.db, 0, print_diag, NULL) != KHALDUN_OK) {
		khaldun_cameo_free(cameo);
		return EXIT_FATAL;
	}
	khaldun_store_set_tables(out, cameo);
	khaldun_store_set_similarity(out, o.similarity);
	khaldun_store_set_dedup_days(out, o.dedup_days);
	size_t n = (size_t)(argc - o.first);
	khaldun_merge_counts *c = calloc(n, sizeof *c);
	int rc = c ? khaldun_store_merge(out, (const char *const *)(argv + o.first), n, c)
		: KHALDUN_ERR_NOMEM;
	if (rc == KHALDUN_ERR_NOMEM)
		fprintf(stderr, "%s: error: out of memory\n", progname);
	int inexact = c && !rc ? report(&o, argv + o.first, n, c) : 0;
	free(c);
	khaldun_store_free(out);
	khaldun_cameo_free(cameo);
	return rc ? EXIT_FATAL : inexact ? EXIT_SKIPPED : EXIT_OK;
}
