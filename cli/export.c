/*
 * export.c - `khaldun export`: writes stored events, selected by the shared filters, as JSON
 * lines, CSV, TSV or PLOVER records (src/write/export.c). Exit status as in common.h.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	FILE *fp;
	enum khaldun_export_format fmt;
	size_t written, unmapped;
	int io_error;
} export_ctx;

static int export_one(void *vctx, const khaldun_stored_event *e)
{
	export_ctx *x = vctx;
	int written;
	if (khaldun_export_event(x->fp, x->fmt, e, &written) != KHALDUN_OK) {
		x->io_error = 1;
		return 1;
	}
	if (written)
		x->written++;
	else
		x->unmapped++;
	return 0;
}

static void export_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun export --db FILE [--format jsonl|csv|tsv|plover|gdelt|icews]\n"
		"                      [--output FILE]\n"
		"                      [--from DATE] [--to DATE] [--actor CODE] [--dyad A,B]\n"
		"                      [--code PREFIX] [--limit N] [--country-of-event ISO3]\n"
		"                      [--near LAT,LON,KM]\n"
		"\n"
		"Writes the stored events, in date order, on standard output (or FILE):\n"
		"  jsonl   the fields of `khaldun code` plus id, mentions, sources, stories, "
		"urls and\n"
		"          source/target name, country and sector, and location "
		"(where it happened)\n"
		"  csv     RFC 4180, with a header row (columns in docs/store.md; "
		"the 8 location_*\n"
		"          columns last)\n"
		"  tsv     the same columns, tab-separated\n"
		"  plover  PLOVER JSON records, one a line "
		"(events without a PLOVER type are left out)\n"
		"  gdelt   GDELT 2.0's event export layout: 61 tab-separated columns, no header\n"
		"          (actor codes split into country and type parts, "
		"FIPS country geography,\n"
		"          ActionGeo_* the event's place)\n"
		"  icews   ICEWS's coded event layout: a header row and 20 tab-separated columns\n"
		"          (country names, sector lists, CAMEO code, Intensity = Goldstein, "
		"the place\n"
		"          in City, Province, Country, Latitude, Longitude)\n"
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
		int r = filter_opt(argc, argv, &i, FILTER_OPTS " --db --output --format", &f, dyad,
				   sizeof dyad);
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
			else if (!strcmp(v, "gdelt"))
				fmt = KHALDUN_EXPORT_GDELT;
			else if (!strcmp(v, "icews"))
				fmt = KHALDUN_EXPORT_ICEWS;
			else {
				fprintf(stderr,
					"%s: error: unknown export format '%s' (jsonl, csv, tsv, "
					"plover, gdelt or icews)\n", progname, v);
				return EXIT_FATAL;
			}
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			export_usage(stdout);
			return EXIT_OK;
		} else {
			cli_bad_arg(a, export_usage);
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
		fprintf(stderr, "%s: error: %s: cannot write: %s\n", progname, output,
			strerror(errno));
		khaldun_store_free(s);
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
	khaldun_store_free(s);
	return status;
}

