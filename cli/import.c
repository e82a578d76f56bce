/*
 * import.c - `khaldun import`: events other tools and datasets coded (khaldun's own JSON
 * lines, ICEWS, GDELT) into an event database, beside coded news (khaldun_store_import).
 * Files or standard input; re-importing adds nothing. Exit status (common.h): 0 all imported;
 * 1 usage or fatal error; 2 done, but some lines were bad (each reported with file:line).
 */
#include "khaldun.h"
#include "common.h"
#include "commands.h"
#include "sniff.h"
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
		"Imports event data into the database (files, "
		"or standard input when none or '-'):\n"
		"  events  the JSON lines `khaldun code` writes (date, source, target, "
		"code required)\n"
		"  icews   ICEWS coded-event files (tab-separated, header row)\n"
		"  gdelt   GDELT 2.0 exports (61 columns) or GDELT 1.0 files (57/58 columns)\n"
		"Without --format, each input's format is told by its first line.\n"
		"--dataset names the origin kept with each event (default: the format's name);\n"
		"an event already stored under the same dataset and event id is skipped.\n"
		"--cameo DIR: CAMEO tables for Goldstein scores and PLOVER types the "
		"input lacks.\n");
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

enum { SNIFF_HEAD = 65536 };   /* a GDELT row is ~1 KiB; a JSON event rarely over 64 KiB */

/* The format of an input whose --format was not given, from its first non-blank line (a BOM
 * before it skipped): a JSON object is khaldun's events, a first field "Event ID" an ICEWS
 * header, 57, 58 or 61 tab-separated fields opening with a number a GDELT row. Returns -1
 * when it is none of these. */
static int sniff_format(const char *head, size_t n)
{
	size_t i = n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
		i++;
	if (i < n && head[i] == '{')
		return KHALDUN_IMPORT_EVENTS;
	while (i > 0 && head[i - 1] != '\n')   /* back to the line's start (its leading tabs) */
		i--;
	const char *line = head + i, *eol = memchr(line, '\n', n - i);
	size_t len = eol ? (size_t)(eol - line) : n - i, tabs = 0;
	if (len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
		line += 3, len -= 3;
	const char *id = line[0] == '"' ? line + 1 : line;   /* a header some tools quote */
	if ((size_t)(id - line) + 8 <= len && !memcmp(id, "Event ID", 8))
		return KHALDUN_IMPORT_ICEWS;
	for (size_t k = 0; k < len; k++)
		tabs += line[k] == '\t';
	if ((tabs == 56 || tabs == 57 || tabs == 60) && len && line[0] >= '0' && line[0] <= '9')
		return KHALDUN_IMPORT_GDELT;
	return -1;
}

/* Opens fp's format for import_one when none was given: sniffed, said once (unless quiet),
 * and when the content is none of the three, khaldun's events (the default) with a hint. */
static FILE *detect_format(FILE *fp, const char *shown, int quiet,
			   enum khaldun_import_format *fmt)
{
	static const char *const names[] = { "events", "icews", "gdelt" };
	char *head = malloc(SNIFF_HEAD);
	size_t n = 0;
	FILE *out = head ? sniff_input(fp, head, SNIFF_HEAD, &n) : NULL;
	if (!out) {
		free(head);
		if (fp != stdin)
			fclose(fp);
		fprintf(stderr, "%s: error: out of memory\n", progname);
		return NULL;
	}
	int f = sniff_format(head, n);
	free(head);
	if (f < 0 && n)
		fprintf(stderr, "%s: warning: %s: the first line is not a JSON event, "
			"an ICEWS header (\"Event ID\"...) nor a GDELT row (57, "
			"58 or 61 tab-separated columns); "
			"read as events (JSON lines): give --format icews or --format gdelt if it "
			"is one of those\n", progname, cli_safe(shown));
	*fmt = f < 0 ? KHALDUN_IMPORT_EVENTS : (enum khaldun_import_format)f;
	if (f >= 0 && !quiet)
		fprintf(stderr, "%s: %s: format %s (detected; --format sets it)\n", progname,
			cli_safe(shown), names[f]);
	return out;
}

static int import_one(khaldun_store *s, const char *path, int detect, int quiet,
		      enum khaldun_import_format fmt, const char *dataset,
		      khaldun_import_result *sum)
{
	int std = !strcmp(path, "-");
	FILE *fp = std ? stdin : fopen(path, "rb");
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open\n", progname, cli_safe(path));
		sum->bad++;
		return 0;
	}
	fp = unpack_input(fp, std ? "<stdin>" : path);
	if (fp && detect)
		fp = detect_format(fp, std ? "<stdin>" : path, quiet, &fmt);
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
	int quiet = 0, detect = 1, i;
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			if (import_format(argv[++i], &fmt))
				return EXIT_FATAL;
			detect = 0;
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
		rc = import_one(s, "-", detect, quiet, fmt, dataset, &sum);
	for (; i < argc && rc == KHALDUN_OK; i++)
		rc = import_one(s, argv[i], detect, quiet, fmt, dataset, &sum);
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
