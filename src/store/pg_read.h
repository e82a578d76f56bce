/*
 * pg_read.h - the read side of the PostgreSQL store (issue 14): what each public read
 * function of the SQLite store (query.c, dyads.c, trend.c) hands to on its first line when
 * the store is PostgreSQL. pg_query.c: events, counts, places, summary, dyads; pg_trend.c:
 * trend and the alerts' series (series.h). Same contracts as the functions they serve.
 * Invariant: SQL is never built from request or user text: values travel as parameters.
 */
#ifndef KH_PG_READ_H
#define KH_PG_READ_H
#include "khaldun.h"
#include "store/pg.h"

int pg_events(khaldun_store *s, const khaldun_filter *f, long long id,
	      int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx);
int pg_count(khaldun_store *s, const khaldun_filter *f, enum khaldun_group g,
	     enum khaldun_period p, int (*fn)(void *ctx, const khaldun_count *c), void *ctx);
int pg_places(khaldun_store *s, const khaldun_filter *f,
	      int (*fn)(void *ctx, const khaldun_place_count *p), void *ctx);
int pg_summary(khaldun_store *s, khaldun_store_stats *o);
int pg_versions(khaldun_store *s, const char *current, khaldun_version_stats *out);
int pg_dyads(khaldun_store *s, const khaldun_filter *f,
	     int (*fn)(void *ctx, const khaldun_count *c), void *ctx);

/* pg_trend.c: khaldun_store_trend, and series.h's functions for the alerts */
int pg_trend(khaldun_store *s, const khaldun_trend_query *q,
	     int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx);
int pg_series_dyad_days(khaldun_store *s, long from, long to, const char *a, const char *b,
			int (*fn)(void *ctx, const char *src, const char *tgt, long day,
				  long events, long conflict, double severity, double severity_sq),
			void *ctx);
int pg_series_volume_days(khaldun_store *s, long from, long to,
			  int (*fn)(void *ctx, long day, long events), void *ctx);
int pg_series_span(khaldun_store *s, long *first, long *last);
int pg_series_conflict_events(khaldun_store *s, const char *a, const char *b, long from,
			      long to, size_t max, long long *ids, size_t *n);

/* Runs sql with n parameters, each sent as text (so a parameter the SQL leaves out is no
 * error); the result (PQclear it), or NULL after reporting. */
PGresult *pg_read(khaldun_store *s, const char *what, const char *sql, int n,
		  const char *const *vals);

/* A read over many rows, fetched `batch` rows at a time through a cursor (inside a read
 * transaction opened for it, or the caller's). pg_cursor_open returns 0 or -1 (reported);
 * pg_cursor_fetch the next rows (PQntuples 0: the end; PQclear them) or NULL (reported);
 * pg_cursor_close ends it (and the transaction it opened). */
typedef struct {
	char name[32];
	int own_tx;
	int batch;
} pg_cursor;
int pg_cursor_open(khaldun_store *s, pg_cursor *c, const char *what, const char *sql, int n,
		   const char *const *vals, int batch);
PGresult *pg_cursor_fetch(khaldun_store *s, pg_cursor *c, const char *what);
void pg_cursor_close(khaldun_store *s, pg_cursor *c);

/* A column of row i: NULL when SQL NULL. */
const char *pg_col(const PGresult *r, int i, int c);
#endif
