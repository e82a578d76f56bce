/*
 * import.c - `khaldun import`: events other tools and datasets coded (khaldun's own JSON
 * lines, ICEWS, GDELT) into an event database, beside coded news (khaldun_store_import).
 * Files or standard input; re-importing adds nothing. Exit status (common.h): 0 all imported;
 * 1 usage or fatal error; 2 done, but some lines were bad (each reported with file:line).
 */
#include "khaldun.h"
#include "common.h"
#include "commands.h"
#include "unpack.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void import_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun import --db FILE [--format events|icews|gdelt] [--dataset NAME]\n"
		"                      [--cameo DIR] [--quiet] [FILE...]\n"
		"Imports event data into the database (files, or standard input when none or '-'):\n"
		"  events  the JSON lines `khaldun code` writes (date, source, target, code required)\n"
		"  icews   ICEWS coded-event files (tab-separated, header row)\n"
		"  gdelt   GDELT 2.0 exports (61 columns) or GDELT 1.0 daily files (57/58 columns)\n"
		"--dataset names the origin kept with each event (default: the format's name);\n"
		"an event already stored under the same dataset and event id is skipped.\n"
		"--cameo DIR: CAMEO tables for Goldstein scores and PLOVER types the input lacks.\n");
}

static int import_format(const char *v, enum khaldun_import_format *out)
{
	static const char *const names[] = { "events", "icews", "gdelt" };
	for (int i = 0; i < 3; i++)
		if (!strcmp(v, names[i])) {
			*out = (enum khaldun_import_format)i;
			return 0;
		}
	fprintf(stderr, "%s: error: unknown import format '%s' (events, icews or gdelt)\n",
		progname, v);
	return -1;
}

static int import_one(khaldun_store *s, const char *path, enum khaldun_import_format fmt,
		      const char *dataset, khaldun_import_result *sum)
{
	int std = !strcmp(path, "-");
	FILE *fp = std ? stdin : fopen(path, "rb");
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open\n", progname, cli_safe(path));
		sum->bad++;
		return 0;
	}
	fp = unpack_input(fp, std ? "<stdin>" : path);
	if (!fp)
		return KHALDUN_ERR_NOMEM;
	khaldun_import_result r;
	int rc = khaldun_store_import(s, fp, std ? "<stdin>" : path, fmt, dataset, &r);
	if (fp != stdin)
		fclose(fp);
	if (rc == KHALDUN_ERR_IO && r.lines)
		sum->bad++;   /* a read error (reported) after some lines: those stay imported */
	sum->lines += r.lines;
	sum->imported += r.imported;
	sum->duplicates += r.duplicates;
	sum->bad += r.bad;
	return rc == KHALDUN_ERR_IO && r.lines ? 0 : rc;
}

int cmd_import(int argc, char **argv)
{
	const char *db = NULL, *dataset = NULL, *cameo_dir = NULL;
	enum khaldun_import_format fmt = KHALDUN_IMPORT_EVENTS;
	int quiet = 0, i;
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			if (import_format(argv[++i], &fmt))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--dataset") && i + 1 < argc)
			dataset = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			cameo_dir = argv[++i];
		else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
			quiet = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			import_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else {
			import_usage(stderr);
			return EXIT_FATAL;
		}
	}
	if (!db) {
		import_usage(stderr);
		return EXIT_FATAL;
	}
	if (dataset && (!*dataset || !strcmp(dataset, "news"))) {
		fprintf(stderr, "%s: error: --dataset '%s' is reserved or empty ('news' is for "
			"coded news)\n", progname, dataset);
		return EXIT_FATAL;
	}
	khaldun_cameo *cameo = load_cameo(cameo_dir);
	khaldun_store *s = NULL;
	if (khaldun_store_open(&s, db, 0, print_diag, NULL) != KHALDUN_OK) {
		khaldun_cameo_free(cameo);
		return EXIT_FATAL;
	}
	khaldun_store_set_tables(s, cameo);
	khaldun_import_result sum = { 0, 0, 0, 0 };
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int rc = KHALDUN_OK;
	if (i >= argc)
		rc = import_one(s, "-", fmt, dataset, &sum);
	for (; i < argc && rc == KHALDUN_OK; i++)
		rc = import_one(s, argv[i], fmt, dataset, &sum);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (!quiet || sum.bad || rc)
		fprintf(stderr, "%s: %zu lines read: %zu events imported, %zu already stored, "
			"%zu bad lines (%.1f s, %.0f events/s)\n", progname, sum.lines,
			sum.imported, sum.duplicates, sum.bad, secs,
			secs > 0 ? (double)(sum.imported + sum.duplicates) / secs : 0.0);
	khaldun_store_free(s);
	khaldun_cameo_free(cameo);
	return rc ? EXIT_FATAL : sum.bad ? EXIT_SKIPPED : EXIT_OK;
}
