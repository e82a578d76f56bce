/*
 * ewquery.c - timings of the early-warning read API on a store (bench/ew): trend by week over
 * the whole span and by day over a year, for the busiest country dyads; an events page
 * (dyad, a month, 100 rows) as the dashboard asks for it; one event by id; alerts over every
 * dyad. Prints the median and the worst of each, in milliseconds. Usage: ewquery DB
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int count_row(void *ctx, const khaldun_trend_row *r)
{
	(void)r;
	++*(long *)ctx;
	return 0;
}

static int count_event(void *ctx, const khaldun_stored_event *e)
{
	(void)e;
	++*(long *)ctx;
	return 0;
}

static int count_alert(void *ctx, const khaldun_alert *a)
{
	(void)a;
	++*(long *)ctx;
	return 0;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void report(const char *what, double *ms, int n, long rows)
{
	qsort(ms, (size_t)n, sizeof *ms, cmp);
	printf("%-44s median %8.1f ms  worst %8.1f ms  (%d runs, %ld rows)\n", what, ms[n / 2],
	       ms[n - 1], n, rows);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: ewquery DB\n");
		return 1;
	}
	khaldun_store *s;
	if (khaldun_store_open(&s, argv[1], 1, NULL, NULL) != KHALDUN_OK) {
		fprintf(stderr, "ewquery: cannot open %s\n", argv[1]);
		return 1;
	}
	static const char *dyads[][2] = { { "USA", "RUS" }, { "RUS", "CHN" }, { "CHN", "GBR" },
					  { "IRN", "ISR" }, { "AFG", "PAK" }, { "BRA", "MEX" },
					  { "KEN", "ETH" }, { "MDA", "BLR" } };
	enum { ND = sizeof dyads / sizeof dyads[0] };
	double ms[ND];
	long rows = 0;
	khaldun_store_stats st;
	khaldun_store_summary(s, &st);
	long last = st.last, year_ago = st.last - 10000;
	for (int i = 0; i < ND; i++) {
		khaldun_trend_query q = { dyads[i][0], dyads[i][1], 1, 0, KHALDUN_PER_WEEK, 0, 0 };
		double t0 = now_ms();
		khaldun_store_trend(s, &q, count_row, &rows);
		ms[i] = now_ms() - t0;
	}
	report("trend, by week, whole span, --both", ms, ND, rows);
	rows = 0;
	for (int i = 0; i < ND; i++) {
		khaldun_trend_query q = { dyads[i][0], dyads[i][1], 1, 0, KHALDUN_PER_DAY, year_ago,
					  last };
		double t0 = now_ms();
		khaldun_store_trend(s, &q, count_row, &rows);
		ms[i] = now_ms() - t0;
	}
	report("trend, by day, last year, --both", ms, ND, rows);
	rows = 0;
	for (int i = 0; i < ND; i++) {
		khaldun_filter f;
		memset(&f, 0, sizeof f);
		f.source_country = dyads[i][0];   /* as the dashboard asks: country level */
		f.target_country = dyads[i][1];
		f.both_ways = 1;
		f.from = last / 100 * 100 + 1;   /* the last month */
		f.to = last;
		f.limit = 100;
		double t0 = now_ms();
		khaldun_store_events(s, &f, count_event, &rows);
		ms[i] = now_ms() - t0;
	}
	report("events, country dyad, last month, 100 rows", ms, ND, rows);
	rows = 0;
	for (int i = 0; i < ND; i++) {
		double t0 = now_ms();
		khaldun_store_event_get(s, 1 + (long long)i * (st.events / ND), count_event, &rows);
		ms[i] = now_ms() - t0;
	}
	report("event by id", ms, ND, rows);
	rows = 0;
	double a[3];
	for (int i = 0; i < 3; i++) {
		khaldun_alert_params p;
		khaldun_alert_params_default(&p);
		double t0 = now_ms();
		khaldun_store_alerts(s, &p, count_alert, &rows);
		a[i] = now_ms() - t0;
	}
	report("alerts, every dyad, whole span", a, 3, rows / 3);
	khaldun_store_free(s);
	return 0;
}
