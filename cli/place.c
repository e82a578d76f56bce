/*
 * place.c - `khaldun place NAME`: looks a name up in the gazetteer (data/places.bin, see
 * docs/places.md) and lists the candidates best first, one a line (name, country, admin1,
 * population, lat/lon, geonameid, kind) or as JSON lines (the gazetteer found by
 * cli_places_path, cli/common.c). Exit status: 0 found; 1 usage or fatal; 2 none.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun place [--country ISO3] [--json] [--limit N] [--places "
		"FILE] NAME...\n"
		"       khaldun place --about [--places FILE]\n"
		"\n"
		"Looks NAME (the words given, joined by spaces) up in the gazetteer and lists the\n"
		"places of that name, best first: name, country (ISO3), "
		"admin1 region, population,\n"
		"latitude, longitude, GeoNames id, kind (country, admin1, city). Case, "
		"diacritics and\n"
		"punctuation do not matter; historical names (Bombay, Peking) find today's place.\n"
		"  --country  only places in this country (ISO 3166 alpha-3, e.g. AFG)\n"
		"  --json     one JSON object per place\n"
		"  --limit    at most N places (default 10)\n"
		"  --places   the gazetteer file (default: $KHALDUN_PLACES, "
		"or data/places.bin next to\n"
		"             the command, or ../share/khaldun/data/ there)\n"
		"  --about    prints the gazetteer's header: its data and their licence\n"
		"\n"
		"exit status: 0 found; 1 usage or fatal error; 2 no such place\n");
}

static void json_str(const char *s)
{
	cli_put_json(stdout, s ? s : "", s ? strlen(s) : 0);
}

static void print_place(const khaldun_place *p, int json)
{
	if (!json) {   /* names from a gazetteer given with --places: escaped as any input */
		printf("%s\t%s\t%s\t%lu\t%.5f\t%.5f\t%ld\t%s%s\n", cli_safe(p->name),
		       cli_safe(p->country), p->admin1 ? cli_safe(p->admin1) : "-", p->population,
		       p->lat, p->lon, p->geonameid, p->kind, p->capital ? " (capital)" : "");
		return;
	}
	fputs("{\"name\":", stdout);
	json_str(p->name);
	fputs(",\"country\":", stdout);
	json_str(p->country);
	fputs(",\"admin1\":", stdout);
	if (p->admin1)
		json_str(p->admin1);
	else
		fputs("null", stdout);
	printf(",\"population\":%lu,\"lat\":%.5f,\"lon\":%.5f,\"geonameid\":%ld,\"kind\":",
	       p->population, p->lat, p->lon, p->geonameid);
	json_str(p->kind);
	printf(",\"capital\":%s}\n", p->capital ? "true" : "false");
}

/* Parses the options (anywhere among the words of NAME, which are moved to the front of
 * argv + 1 in order); returns the number of words of NAME, or -1 (an exit status in *status). */
static int options(int argc, char **argv, const char **country, int *json, long *limit,
		   int *about, int *status)
{
	int i = 1, nw = 0, rest = 0;
	*status = EXIT_FATAL;
	for (; i < argc; i++) {
		if (rest) {
			argv[1 + nw++] = argv[i];
			continue;
		}
		const char *a = argv[i];
		if (lacks_value(argc, argv, i, "--country --limit --places"))
			return -1;
		if (!strcmp(a, "--country")) {
			*country = argv[++i];
			if (strlen(*country) != 3) {
				fprintf(stderr,
					"%s: error: --country '%s': an ISO3 code (e.g. AFG)\n",
					progname, cli_safe(*country));
				return -1;
			}
		} else if (!strcmp(a, "--limit")) {
			char *end;
			*limit = strtol(argv[++i], &end, 10);
			if (*end || *limit < 1 || *limit > 100000) {
				fprintf(stderr, "%s: error: invalid --limit '%s' (1 to 100000)\n",
					progname, cli_safe(argv[i]));
				return -1;
			}
		} else if (!strcmp(a, "--places")) {
			cli_places_option = argv[++i];
		} else if (!strcmp(a, "--json")) {
			*json = 1;
		} else if (!strcmp(a, "--about")) {
			*about = 1;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			*status = EXIT_OK;
			return -1;
		} else if (!strcmp(a, "--")) {
			rest = 1;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, usage);
			return -1;
		} else {
			argv[1 + nw++] = argv[i];
		}
	}
	return nw;
}

int cmd_place(int argc, char **argv)
{
	const char *country = NULL;
	int json = 0, about = 0, status;
	long limit = 10;
	int nw = options(argc, argv, &country, &json, &limit, &about, &status);
	if (nw < 0)
		return status;
	if (!nw && !about) {
		usage(stderr);
		return EXIT_FATAL;
	}
	const char *path = cli_places_path(NULL);
	if (!*path) {
		fprintf(stderr, "%s: error: no gazetteer found (data/places.bin): "
			"use --places FILE or $KHALDUN_PLACES\n", progname);
		return EXIT_FATAL;
	}
	khaldun_places *g;
	if (khaldun_places_load(&g, path, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	if (about) {
		fputs(khaldun_places_about(g), stdout);
		khaldun_places_free(g);
		return EXIT_OK;
	}
	char name[512];
	size_t n = 0;
	for (int k = 1; k <= nw; k++) {
		int w = snprintf(name + n, sizeof name - n, "%s%s", n ? " " : "", argv[k]);
		if (w < 0 || (size_t)w >= sizeof name - n) {
			fprintf(stderr, "%s: error: name too long (at most %zu bytes)\n", progname,
				sizeof name - 1);
			khaldun_places_free(g);
			return EXIT_FATAL;
		}
		n += (size_t)w;
	}
	khaldun_place *out = calloc((size_t)limit, sizeof *out);
	if (!out) {
		khaldun_places_free(g);
		return EXIT_FATAL;
	}
	size_t found = khaldun_places_find(g, name, n, country, out, (size_t)limit);
	if (found == KHALDUN_PLACES_NOMEM) {
		fprintf(stderr, "%s: error: looking up '%s': out of memory\n", progname,
			cli_safe(name));
		free(out);
		khaldun_places_free(g);
		return EXIT_FATAL;
	}
	for (size_t k = 0; k < found && k < (size_t)limit; k++)
		print_place(&out[k], json);
	if (!found)
		fprintf(stderr, "%s: no place named '%s'%s%s\n", progname, cli_safe(name),
			country ? " in " : "", country ? cli_safe(country) : "");
	free(out);
	khaldun_places_free(g);
	return found ? EXIT_OK : EXIT_SKIPPED;
}
