/*
 * series.h - what the store hands the early-warning layer (src/warn): daily country-dyad
 * conflict series and daily news volume from the summary tables, and the events behind an
 * alert, and the trend's days. Implemented in trend.c (SQLite; PostgreSQL: pg_trend.c); no
 * SQLite or libpq type crosses this header.
 * Invariant: days are YYYYMMDD; rows come in (source, target, day) order; strings passed to
 * callbacks are borrowed for the call only.
 */
#ifndef KH_SERIES_H
#define KH_SERIES_H
#include "khaldun.h"

/* Calls fn for each (source country, target country, day) of [from, to] with events: their
 * count, the conflict events (quad 3 or 4) among them, their summed severity and the sum of
 * its squares. Countries ""
 * (none) are left out; when `a` and `b` are given, only the dyad a-b and b-a. fn returns
 * non-zero to stop. Returns KHALDUN_OK or a negative code (reported). */
int series_dyad_days(khaldun_store *s, long from, long to, const char *a, const char *b,
		     int (*fn)(void *ctx, const char *src, const char *tgt, long day, long events,
			       long conflict, double severity, double severity_sq), void *ctx);

/* Calls fn(ctx, day, events) for each day of [from, to] with events in the store. */
int series_volume_days(khaldun_store *s, long from, long to,
		       int (*fn)(void *ctx, long day, long events), void *ctx);

/* The first and last event days in the store (0, 0 when empty). */
int series_span(khaldun_store *s, long *first, long *last);

/* Up to `max` ids of the conflict events between countries a and b (either direction) from
 * `from` to `to`, most severe first (then earliest). Fills ids, sets *n. */
int series_conflict_events(khaldun_store *s, const char *a, const char *b, long from, long to,
			   size_t max, long long *ids, size_t *n);

/* The days of a trend (khaldun_store_trend): trend_run validates the query, finds its span,
 * reads the dyad's daily rows and the news volume through a store's reader into one
 * trend_day per day from day number f0 (n days), and folds them into periods. */
typedef struct {
	long events, quad[5], gn, volume;
	double gsum;
} trend_day;

typedef struct {
	/* the first and last day (YYYYMMDD) of dyad a -> b (and b -> a with q->both) */
	int (*span)(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		    const char *b, long *first, long *last);
	/* adds the dyad a -> b's days into rows (trend_add) */
	int (*days)(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		    const char *b, long f0, long n, trend_day *rows);
	/* adds the store's events per day into rows[].volume */
	int (*volume)(khaldun_store *s, long f0, long n, trend_day *rows);
} trend_reader;

int trend_run(khaldun_store *s, const khaldun_trend_query *q, const trend_reader *rd,
	      int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx);
/* Adds one day's counts (quad: quad classes 1-4) into rows (days outside are left out). */
void trend_add(trend_day *rows, long f0, long n, long day, long events, const long quad[4],
	       double gsum, long gn);
#endif
