/*
 * pg_trend.c - a dyad's course (khaldun_store_trend) and the alerts' daily series (series.h)
 * on the PostgreSQL store: the rows come from its dyad_day and day_volume (or, for exact
 * codes, the events aggregated per day in SQL); trend.c's trend_run folds them into periods
 * and src/warn's method reads the series, the same C code as for SQLite.
 * Invariant: series rows come in (source, target, day) order, bytes compared, as SQLite's
 * primary key gives them; every value is a parameter.
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "store/series.h"
#include "base/date.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SERIES_BATCH 20000   /* dyad-days fetched per round trip */

static long num(const PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? 0 : strtol(PQgetvalue(r, i, c), NULL, 10);
}

static double real(const PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? 0 : strtod(PQgetvalue(r, i, c), NULL);
}

/* ---------------------------------------------------------------- trend */

static int span_of(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		   const char *b, long *first, long *last)
{
	const char *v[3] = { a, b, q->both ? "true" : "false" };
	PGresult *r = pg_read(s, "reading a trend", q->exact
		? "SELECT to_char(min(date), 'YYYYMMDD'), to_char(max(date), 'YYYYMMDD') "
		  "FROM event WHERE (source = $1 AND target = $2) OR "
		  "($3::boolean AND source = $2 AND "
		  "target = $1)"
		: "SELECT min(day), max(day) FROM dyad_day WHERE (source = $1 AND target = $2) OR "
		  "($3::boolean AND source = $2 AND target = $1)", 3, v);
	if (!r)
		return KHALDUN_ERR_IO;
	*first = num(r, 0, 0);
	*last = num(r, 0, 1);
	PQclear(r);
	return 0;
}

static int add_days(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		    const char *b, long f0, long n, trend_day *rows)
{
	char d1[16], d2[16];
	long from = date_from_day_number(f0), to = date_from_day_number(f0 + n - 1);
	if (q->exact) {
		date_to_iso(from, d1);
		date_to_iso(to, d2);
	} else {
		snprintf(d1, sizeof d1, "%ld", from);
		snprintf(d2, sizeof d2, "%ld", to);
	}
	const char *v[4] = { a, b, d1, d2 };
	PGresult *r = pg_read(s, "reading a trend", q->exact
		? "SELECT to_char(date, 'YYYYMMDD'), count(*), count(*) FILTER (WHERE quad = 1), "
		  "count(*) FILTER (WHERE quad = 2), count(*) FILTER (WHERE quad = 3), "
		  "count(*) FILTER (WHERE quad = 4), coalesce(sum(goldstein), 0), count(goldstein) "
		  "FROM event WHERE source = $1 AND target = $2 AND date BETWEEN $3::date AND "
		  "$4::date GROUP BY date"
		: "SELECT day, events, q1, q2, q3, q4, goldstein_sum, goldstein_n FROM dyad_day "
		  "WHERE source = $1 AND target = $2 AND day BETWEEN $3::integer AND $4::integer",
		4, v);
	if (!r)
		return KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++) {
		long quad[4];
		for (int k = 0; k < 4; k++)
			quad[k] = num(r, i, 2 + k);
		trend_add(rows, f0, n, num(r, i, 0), num(r, i, 1), quad, real(r, i, 6),
			  num(r, i, 7));
	}
	PQclear(r);
	return 0;
}

static int add_volume(khaldun_store *s, long f0, long n, trend_day *rows)
{
	char d1[16], d2[16];
	snprintf(d1, sizeof d1, "%ld", date_from_day_number(f0));
	snprintf(d2, sizeof d2, "%ld", date_from_day_number(f0 + n - 1));
	const char *v[2] = { d1, d2 };
	PGresult *r = pg_read(s, "reading the news volume", "SELECT day, events FROM day_volume "
			      "WHERE day BETWEEN $1::integer AND $2::integer", 2, v);
	if (!r)
		return KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++) {
		long k = date_day_number(num(r, i, 0)) - f0;
		if (k >= 0 && k < n)
			rows[k].volume += num(r, i, 1);
	}
	PQclear(r);
	return 0;
}

static const trend_reader pg_reader = { span_of, add_days, add_volume };

int pg_trend(khaldun_store *s, const khaldun_trend_query *q,
	     int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx)
{
	return trend_run(s, q, &pg_reader, fn, ctx);
}

/* ---------------------------------------------------------------- series for the alerts */

int pg_series_dyad_days(khaldun_store *s, long from, long to, const char *a, const char *b,
			int (*fn)(void *ctx, const char *src, const char *tgt, long day,
				  long events, long conflict, double severity, double severity_sq),
			void *ctx)
{
	char d1[16], d2[16];
	snprintf(d1, sizeof d1, "%ld", from);
	snprintf(d2, sizeof d2, "%ld", to);
	const char *v[4] = { d1, d2, a && b ? a : NULL, a && b ? b : NULL };
	pg_cursor c;
	if (pg_cursor_open(s, &c, "reading dyad series", a && b
		? "SELECT source, target, day, events, q3 + q4, severity, "
		  "severity_sq FROM dyad_day WHERE ((source = $3 AND target = $4) OR "
		  "(source = $4 AND target = $3)) AND day "
		  "BETWEEN $1::integer AND $2::integer ORDER BY source COLLATE \"C\", "
		  "target COLLATE \"C\", day"
		: "SELECT source, target, day, events, q3 + q4, severity, "
		  "severity_sq FROM dyad_day WHERE day BETWEEN $1::integer AND $2::integer AND "
		  "source <> '' AND target <> '' "
		  "ORDER BY source COLLATE \"C\", target COLLATE \"C\", day", 4, v, SERIES_BATCH))
		return KHALDUN_ERR_IO;
	int rc = KHALDUN_OK, stop = 0;
	while (!stop) {
		PGresult *r = pg_cursor_fetch(s, &c, "reading dyad series");
		if (!r) {
			rc = KHALDUN_ERR_IO;
			break;
		}
		int n = PQntuples(r);
		for (int i = 0; i < n && !stop; i++)
			stop = fn(ctx, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), num(r, i, 2),
				  num(r, i, 3), num(r, i, 4), real(r, i, 5), real(r, i, 6));
		PQclear(r);
		stop = stop || n < SERIES_BATCH;
	}
	pg_cursor_close(s, &c);
	return rc;
}

int pg_series_volume_days(khaldun_store *s, long from, long to,
			  int (*fn)(void *ctx, long day, long events), void *ctx)
{
	char d1[16], d2[16];
	snprintf(d1, sizeof d1, "%ld", from);
	snprintf(d2, sizeof d2, "%ld", to);
	const char *v[2] = { d1, d2 };
	PGresult *r = pg_read(s, "reading the news volume", "SELECT day, events FROM day_volume "
			      "WHERE day BETWEEN $1::integer AND $2::integer ORDER BY day", 2, v);
	if (!r)
		return KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++)
		if (fn(ctx, num(r, i, 0), num(r, i, 1)))
			break;
	PQclear(r);
	return KHALDUN_OK;
}

int pg_series_span(khaldun_store *s, long *first, long *last)
{
	*first = *last = 0;
	PGresult *r = pg_read(s, "reading the store's span", "SELECT min(day), max(day) FROM "
			      "day_volume", 0, NULL);
	if (!r)
		return KHALDUN_ERR_IO;
	*first = num(r, 0, 0);
	*last = num(r, 0, 1);
	PQclear(r);
	return KHALDUN_OK;
}

int pg_series_conflict_events(khaldun_store *s, const char *a, const char *b, long from,
			      long to, size_t max, long long *ids, size_t *n)
{
	char d1[11], d2[11], lim[24];
	*n = 0;
	date_to_iso(from, d1);
	date_to_iso(to, d2);
	snprintf(lim, sizeof lim, "%zu", max);
	const char *v[5] = { a, b, d1, d2, lim };
	PGresult *r = pg_read(s, "reading an alert's events", "SELECT id FROM event WHERE "
			      "((source_country = $1 AND target_country = $2) OR (source_country = "
			      "$2 AND target_country = $1)) AND date BETWEEN $3::date AND $4::date "
			      "AND quad IN (3, 4) ORDER BY coalesce(goldstein, 0), date, id "
			      "LIMIT $5::bigint", 5, v);
	if (!r)
		return KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r) && *n < max; i++)
		ids[(*n)++] = strtoll(PQgetvalue(r, i, 0), NULL, 10);
	PQclear(r);
	return KHALDUN_OK;
}
