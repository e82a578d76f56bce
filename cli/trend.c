/*
 * trend.c - `khaldun trend`: a dyad's course by day, week or month (khaldun_store_trend):
 * events by quad class, Goldstein sum and mean, conflict share and the store's news volume,
 * as TSV (default), CSV or JSON lines. Periods without events are rows of zeros.
 * Exit status (common.h): 0 done; 1 usage or fatal error.
 */
#include "khaldun.h"
#include "common.h"
#include "commands.h"
#include <stdio.h>
#include <string.h>

static void trend_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun trend --db FILE --source A --target B [--both] [--exact]\n"
		"                     [--by day|week|month] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
		"                     [--json|--csv]\n"
		"Per period (default: week, named by its Monday): events, by quad class "
		"(verbal and\n"
		"material cooperation, verbal and material conflict), Goldstein sum and mean, the\n"
		"conflict share and the news volume (events in the whole store that period).\n"
		"A and B match at country level (AFG covers AFGGOV, AFGMIL, ...) unless --exact;\n"
		"--both adds B -> A. Without --from/--to: the dyad's first to last event.\n");
}

enum { OUT_TSV, OUT_CSV, OUT_JSON };

static int print_row(void *ctx, const khaldun_trend_row *r)
{
	int out = *(int *)ctx;
	if (out == OUT_JSON) {
		printf("{\"period\":\"%s\",\"events\":%ld,\"verbal_cooperation\":%ld,"
		       "\"material_cooperation\":%ld,\"verbal_conflict\":%ld,"
		       "\"material_conflict\":%ld,\"goldstein_sum\":%.2f,\"goldstein_mean\":",
		       r->period, r->events, r->quad[1], r->quad[2], r->quad[3], r->quad[4],
		       r->goldstein_sum);
		if (r->has_goldstein)
			printf("%.3f", r->goldstein_mean);
		else
			printf("null");
		printf(",\"conflict_share\":%.4f,\"news_volume\":%ld}\n", r->conflict_share,
		       r->news_volume);
		return 0;
	}
	char sep = out == OUT_CSV ? ',' : '\t';
	printf("%s%c%ld%c%ld%c%ld%c%ld%c%ld%c%.2f%c", r->period, sep, r->events, sep, r->quad[1],
	       sep, r->quad[2], sep, r->quad[3], sep, r->quad[4], sep, r->goldstein_sum, sep);
	if (r->has_goldstein)
		printf("%.3f", r->goldstein_mean);
	printf("%c%.4f%c%ld\n", sep, r->conflict_share, sep, r->news_volume);
	return 0;
}

static int date_arg(const char *opt, const char *v, long *out)
{
	*out = khaldun_parse_date(v, strlen(v));
	if (*out)
		return 0;
	fprintf(stderr, "%s: error: invalid %s '%s' (expected YYYY-MM-DD)\n", progname, opt, v);
	return -1;
}

int cmd_trend(int argc, char **argv)
{
	const char *db = NULL;
	khaldun_trend_query q;
	memset(&q, 0, sizeof q);
	q.by = KHALDUN_PER_WEEK;
	int out = OUT_TSV;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--db") && v)
			db = argv[++i];
		else if (!strcmp(a, "--source") && v)
			q.source = argv[++i];
		else if (!strcmp(a, "--target") && v)
			q.target = argv[++i];
		else if (!strcmp(a, "--both"))
			q.both = 1;
		else if (!strcmp(a, "--exact"))
			q.exact = 1;
		else if (!strcmp(a, "--by") && v) {
			i++;
			q.by = !strcmp(v, "day") ? KHALDUN_PER_DAY : !strcmp(v, "week")
			       ? KHALDUN_PER_WEEK : !strcmp(v, "month") ? KHALDUN_PER_MONTH
			       : KHALDUN_PER_ALL;
			if (q.by == KHALDUN_PER_ALL) {
				fprintf(stderr, "%s: error: --by '%s' (day, week or month)\n",
					progname, v);
				return EXIT_FATAL;
			}
		} else if (!strcmp(a, "--from") && v) {
			if (date_arg(a, argv[++i], &q.from))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--to") && v) {
			if (date_arg(a, argv[++i], &q.to))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--json"))
			out = OUT_JSON;
		else if (!strcmp(a, "--csv"))
			out = OUT_CSV;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			trend_usage(stdout);
			return EXIT_OK;
		} else {
			trend_usage(stderr);
			return EXIT_FATAL;
		}
	}
	if (!db || !q.source || !q.target) {
		trend_usage(stderr);
		return EXIT_FATAL;
	}
	if (q.from && q.to && q.from > q.to) {
		fprintf(stderr, "%s: error: --from is after --to\n", progname);
		return EXIT_FATAL;
	}
	if (!q.exact && (strlen(q.source) < 3 || strlen(q.target) < 3)) {
		fprintf(stderr, "%s: error: --source and --target need at least 3 letters (a "
			"country code) unless --exact\n", progname);
		return EXIT_FATAL;
	}
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	if (out != OUT_JSON) {
		const char *h[] = { "period", "events", "verbal_cooperation",
				    "material_cooperation", "verbal_conflict", "material_conflict",
				    "goldstein_sum", "goldstein_mean", "conflict_share",
				    "news_volume" };
		for (int k = 0; k < 10; k++)
			printf("%s%s", k ? (out == OUT_CSV ? "," : "\t") : "", h[k]);
		printf("\n");
	}
	int rc = khaldun_store_trend(s, &q, print_row, &out);
	khaldun_store_free(s);
	if (rc == KHALDUN_ERR_ARG || rc == KHALDUN_ERR_LIMIT)
		fprintf(stderr, "%s: error: %s\n", progname, rc == KHALDUN_ERR_ARG
			? "invalid trend query" : "the range is over 300 years");
	return rc ? EXIT_FATAL : EXIT_OK;
}
