/*
 * filter.c - the event filters shared by `export` and `query` (--from, --to, --actor, --dyad,
 * --code, --limit, and where the event happened: --country-of-event, --near) and their help
 * text; see common.h.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse_date_opt(const char *opt, const char *v, long *out)
{
	*out = khaldun_parse_date(v, strlen(v));
	if (!*out) {
		fprintf(stderr, "%s: error: invalid %s '%s' (expected YYYY-MM-DD)\n", progname, opt,
			v);
		return -1;
	}
	return 0;
}

/* --near LAT,LON,KM: a point on the globe and a radius over 0 (at most half the Earth's
 * circumference). Returns 0 or -1 (reported). */
static int parse_near(const char *v, khaldun_filter *f)
{
	if (khaldun_filter_near(f, v) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: --near takes LAT,LON,KM (latitude -90 to 90, longitude "
			"-180 to 180, a radius over 0 and at most 20040 km), not '%s'\n", progname,
			cli_safe(v));
		return -1;
	}
	return 0;
}

/* Filter options shared by export and query (common.h says what it returns). */
int filter_opt(int argc, char **argv, int *i, const char *takes, khaldun_filter *f, char *dyad,
	       size_t cap)
{
	if (lacks_value(argc, argv, *i, takes))
		return -1;
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
			fprintf(stderr, "%s: error: --dyad takes SOURCE,TARGET "
				"(either may be empty), not '%s'\n", progname, v);
			return -1;
		}
		strcpy(dyad, v);
		dyad[comma - v] = 0;
		f->source = dyad;
		f->target = dyad + (comma - v) + 1;
	} else if (!strcmp(a, "--country-of-event")) {
		if (strlen(v) != 3 || strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3) {
			fprintf(stderr, "%s: error: --country-of-event takes an ISO 3166 alpha-3 "
				"code (e.g. AFG), not '%s'\n", progname, cli_safe(v));
			return -1;
		}
		f->country_of_event = v;
	} else if (!strcmp(a, "--near")) {
		if (parse_near(v, f))
			return -1;
	} else {
		return 0;
	}
	(*i)++;
	return 1;
}

const char filter_help[] =
	"filters (codes match as prefixes: --actor AFG matches AFGGOV):\n"
	"  --from DATE --to DATE   event dates, inclusive (YYYY-MM-DD)\n"
	"  --actor CODE            source or target\n"
	"  --dyad A,B              source A and target B (either may be empty: --dyad USA,)\n"
	"  --code PREFIX           CAMEO event code (e.g. 19, 112)\n"
	"  --limit N               at most N rows\n"
	"  --country-of-event ISO3 where the event happened: its place's country (e.g. AFG)\n"
	"  --near LAT,LON,KM       where the event happened: within KM km of the point\n";
