/*
 * trend.c - a dyad's course by period (khaldun_store_trend) and the series the alerts read
 * (series.h), from the daily summary tables dyad_day and day_volume (schema 2) - or, for
 * exact actor codes, from the events themselves.
 * Periods are filled day by day from `from` to `to`, so a period without events is a row of
 * zeros, never a gap; the folding (trend_run) is shared with the PostgreSQL store, which only
 * reads its own rows (pg_trend.c). Invariant: every count a row shows is summed from the same
 * days as the news volume beside it.
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "store/series.h"
#include "base/buf.h"
#include "base/date.h"
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>



/* A Goldstein sum without floating-point dust: weights have one decimal, so a sum that adds
 * and subtracts them (batches, recode) may end at -4e-16 instead of 0 (printed "-0.00"). */
static double undust(double x)
{
	double r = round(x * 1e6) / 1e6;
	return r == 0 ? 0 : r;
}
/* ---------------------------------------------------------------- daily rows */

void trend_add(trend_day *rows, long f0, long n, long day, long events, const long quad[4],
	       double gsum, long gn)
{
	long k = date_day_number(day) - f0, known = 0;
	if (k < 0 || k >= n)
		return;
	trend_day *r = &rows[k];
	r->events += events;
	for (int i = 1; i <= 4; i++) {
		r->quad[i] += quad[i - 1];
		known += quad[i - 1];
	}
	r->quad[0] += events - known;
	r->gsum += gsum;
	r->gn += gn;
}

/* Adds the dyad's daily rows of [from, to] (day numbers f0..) into rows[]. Country level from
 * dyad_day; exact codes from the events. Returns 0 or a negative code. */
static int add_days(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		    const char *b, long f0, long n, trend_day *rows)
{
	const char *sql = q->exact
		? "SELECT replace(date, '-', ''), 1, quad = 1, quad = 2, quad = 3, quad = 4, "
		  "coalesce(goldstein, 0), goldstein IS NOT NULL FROM event "
		  "WHERE source = ?1 AND target = ?2 AND date BETWEEN ?3 AND ?4"
		: "SELECT day, events, q1, q2, q3, q4, goldstein_sum, goldstein_n FROM dyad_day "
		  "WHERE source = ?1 AND target = ?2 AND day BETWEEN ?5 AND ?6";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading a trend");
	char d1[11], d2[11];
	long from = date_from_day_number(f0), to = date_from_day_number(f0 + n - 1);
	date_to_iso(from, d1);
	date_to_iso(to, d2);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	if (q->exact) {
		sqlite3_bind_text(st, 3, d1, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, d2, -1, SQLITE_STATIC);
	} else {
		sqlite3_bind_int64(st, 5, from);
		sqlite3_bind_int64(st, 6, to);
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long quad[4];
		for (int i = 0; i < 4; i++)
			quad[i] = sqlite3_column_int64(st, 2 + i);
		trend_add(rows, f0, n, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
			  quad, sqlite3_column_double(st, 6), sqlite3_column_int64(st, 7));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, "reading a trend");
}

static int span_of(khaldun_store *s, const khaldun_trend_query *q, const char *a,
		   const char *b, long *first, long *last)
{
	sqlite3_stmt *st;
	const char *sql = q->exact
		? "SELECT replace(min(date), '-', ''), replace(max(date), '-', '') FROM event "
		  "WHERE (source = ?1 AND target = ?2) OR (?3 AND source = ?2 AND target = ?1)"
		: "SELECT min(day), max(day) FROM dyad_day "
		  "WHERE (source = ?1 AND target = ?2) OR (?3 AND source = ?2 AND target = ?1)";
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading a trend");
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, q->both);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*first = sqlite3_column_int64(st, 0);
		*last = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_fail(s, "reading a trend");
}

static int add_volume(khaldun_store *s, long f0, long n, trend_day *rows)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT day, events FROM day_volume WHERE day BETWEEN ? "
			       "AND ?", -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading the news volume");
	sqlite3_bind_int64(st, 1, date_from_day_number(f0));
	sqlite3_bind_int64(st, 2, date_from_day_number(f0 + n - 1));
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long k = date_day_number(sqlite3_column_int64(st, 0)) - f0;
		if (k >= 0 && k < n)
			rows[k].volume += sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, "reading the news volume");
}

/* The first day number of the period holding day number d. */
static long period_start(enum khaldun_period by, long d)
{
	if (by == KHALDUN_PER_WEEK)
		return d - ((d + 3) % 7 + 7) % 7;   /* 1970-01-01 was a Thursday */
	if (by == KHALDUN_PER_MONTH)
		return date_day_number(date_from_day_number(d) / 100 * 100 + 1);
	return d;
}

/* Folds the daily rows into periods and calls fn for each. */
static int emit_periods(const khaldun_trend_query *q, long f0, long n, const trend_day *rows,
			int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx)
{
	long k = 0;
	while (k < n) {
		long p = period_start(q->by, f0 + k);
		trend_day sum;
		memset(&sum, 0, sizeof sum);
		for (; k < n && period_start(q->by, f0 + k) == p; k++) {
			sum.events += rows[k].events;
			for (int i = 0; i < 5; i++)
				sum.quad[i] += rows[k].quad[i];
			sum.gsum += rows[k].gsum;
			sum.gn += rows[k].gn;
			sum.volume += rows[k].volume;
		}
		char name[11];
		date_to_iso(date_from_day_number(p), name);
		if (q->by == KHALDUN_PER_MONTH)
			name[7] = 0;
		khaldun_trend_row r;
		memset(&r, 0, sizeof r);
		r.period = name;
		r.events = sum.events;
		memcpy(r.quad, sum.quad, sizeof r.quad);
		r.goldstein_sum = undust(sum.gsum);
		r.has_goldstein = sum.gn > 0;
		r.goldstein_mean = sum.gn ? r.goldstein_sum / (double)sum.gn : 0;
		r.conflict_share = sum.events
			? (double)(sum.quad[3] + sum.quad[4]) / (double)sum.events : 0;
		r.news_volume = sum.volume;
		if (fn(ctx, &r))
			break;
	}
	return KHALDUN_OK;
}

static const trend_reader sqlite_reader = { span_of, add_days, add_volume };

int khaldun_store_trend(khaldun_store *s, const khaldun_trend_query *q,
			int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx)
{
	if (s && s->pg)
		return pg_trend(s, q, fn, ctx);
	return trend_run(s, q, &sqlite_reader, fn, ctx);
}

int trend_run(khaldun_store *s, const khaldun_trend_query *q, const trend_reader *rd,
	      int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx)
{
	if (!s || !q || !fn || !q->source || !q->target
	    || (q->by != KHALDUN_PER_DAY && q->by != KHALDUN_PER_WEEK && q->by != KHALDUN_PER_MONTH)
	    || (q->from && !date_valid(q->from)) || (q->to && !date_valid(q->to)))
		return KHALDUN_ERR_ARG;
	char a[64], b[64];
	size_t la = strlen(q->source), lb = strlen(q->target);
	if (la >= sizeof a || lb >= sizeof b || (!q->exact && (la < 3 || lb < 3)) || !la || !lb)
		return KHALDUN_ERR_ARG;
	memcpy(a, q->source, q->exact ? la + 1 : 3);
	memcpy(b, q->target, q->exact ? lb + 1 : 3);
	a[q->exact ? la : 3] = 0;
	b[q->exact ? lb : 3] = 0;
	long first = q->from, last = q->to;
	if (!first || !last) {
		long f = 0, l = 0;
		if (rd->span(s, q, a, b, &f, &l))
			return KHALDUN_ERR_IO;
		if (!first)
			first = f ? f : last;
		if (!last)
			last = l ? l : first;
	}
	if (!first || !last)
		return KHALDUN_OK;   /* no events, no range: no rows */
	long f0 = date_day_number(first), n = date_day_number(last) - f0 + 1;
	if (n <= 0)
		return KHALDUN_ERR_ARG;
	if (n > 366L * 300)
		return KHALDUN_ERR_LIMIT;
	trend_day *rows = calloc((size_t)n, sizeof *rows);
	if (!rows)
		return KHALDUN_ERR_NOMEM;
	int rc = rd->days(s, q, a, b, f0, n, rows);
	if (!rc && q->both && strcmp(a, b))
		rc = rd->days(s, q, b, a, f0, n, rows);
	if (!rc)
		rc = rd->volume(s, f0, n, rows);
	if (!rc)
		rc = emit_periods(q, f0, n, rows, fn, ctx);
	free(rows);
	return rc;
}

/* ---------------------------------------------------------------- series for the alerts */

/* A read-only connection of the scan's own, without SQLite's per-call mutex, the pages mapped
 * rather than copied by a read() each (an eighth of the scan's time; an I/O error on a mapped
 * page would be a signal, as for any reader of the file); NULL for an in-memory store. */
static sqlite3 *open_scan(khaldun_store *s)
{
	sqlite3 *db = NULL;
	if (!strcmp(s->path, ":memory:") || !*s->path
	    || sqlite3_open_v2(s->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL)
		       != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, 10000);
	sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
	return db;
}

typedef int (*row_fn)(void *ctx, const char *src, const char *tgt, long day, long events,
		      long conflict, double severity, double severity_sq);

#define ROW_COLS "SELECT source, target, day, events, q3 + q4, severity, severity_sq " \
	"FROM dyad_day WHERE "
/* the whole scan cut at a source country: two ranges of the primary key, in its order */
#define SPLIT_AT "M"

/* Steps st (bound), calling fn per row until it returns non-zero; returns the last step's
 * code (SQLITE_DONE, SQLITE_ROW when fn stopped, or an error). */
static int run_rows(sqlite3_stmt *st, row_fn fn, void *ctx)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(ctx, (const char *)sqlite3_column_text(st, 0),
		       (const char *)sqlite3_column_text(st, 1), sqlite3_column_int64(st, 2),
		       sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4),
		       sqlite3_column_double(st, 5), sqlite3_column_double(st, 6)))
			break;
	return rc;
}

/* The upper half of a split scan, read on a thread of its own into memory, then handed on. */
typedef struct {
	sqlite3 *db;
	long from, to;
	struct half_row { size_t text; long day, events, conflict; double sv, sq; } *rows;
	size_t n, cap;
	char *text;             /* "src\0tgt\0" per row */
	size_t ntext, captext;
	int rc, nomem;
	pthread_t thread;
} half;

static int keep_row(void *ctx, const char *src, const char *tgt, long day, long events,
		    long conflict, double severity, double severity_sq)
{
	half *h = ctx;
	size_t ls = src ? strlen(src) : 0, lt = tgt ? strlen(tgt) : 0;
	if (buf_grow_array(&h->rows, &h->cap, h->n, sizeof *h->rows, 65536))
		return h->nomem = 1;
	if (buf_reserve_array(&h->text, &h->captext, h->ntext + ls + lt + 2, 1, (size_t)1 << 20))
		return h->nomem = 1;
	h->rows[h->n++] = (struct half_row){ h->ntext, day, events, conflict, severity,
					     severity_sq };
	memcpy(h->text + h->ntext, src ? src : "", ls + 1);
	memcpy(h->text + h->ntext + ls + 1, tgt ? tgt : "", lt + 1);
	h->ntext += ls + lt + 2;
	return 0;
}

static void *upper_half(void *arg)
{
	half *h = arg;
	sqlite3_stmt *st;
	h->rc = sqlite3_prepare_v2(h->db, ROW_COLS "source >= '" SPLIT_AT "' AND day BETWEEN ?1 "
				   "AND ?2 AND target <> ''", -1, &st, NULL);
	if (h->rc != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, h->from);
	sqlite3_bind_int64(st, 2, h->to);
	h->rc = run_rows(st, keep_row, h);
	sqlite3_finalize(st);
	return NULL;
}

/* Every dyad's rows on two cores: the upper half (sources from SPLIT_AT on) on a thread,
 * while this one reads the lower half and hands it to fn; then the upper half to fn. fn
 * sees the rows in the order one scan gives. Returns KHALDUN_OK, a negative code
 * (reported), or 1 when the thread could not start (nothing read: scan in one piece). */
static int split_scan(khaldun_store *s, sqlite3 *db, long from, long to, row_fn fn, void *ctx)
{
	half h;
	memset(&h, 0, sizeof h);
	h.from = from;
	h.to = to;
	if (!(h.db = open_scan(s)))
		return 1;
	if (pthread_create(&h.thread, NULL, upper_half, &h)) {
		sqlite3_close(h.db);
		return 1;
	}
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, ROW_COLS "source <> '' AND source < '" SPLIT_AT "' AND "
				    "day BETWEEN ?1 AND ?2 AND target <> ''", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, from);
		sqlite3_bind_int64(st, 2, to);
		rc = run_rows(st, fn, ctx);
		sqlite3_finalize(st);
	}
	pthread_join(h.thread, NULL);
	const char *bad = rc != SQLITE_ROW && rc != SQLITE_DONE ? sqlite3_errmsg(db)
		: h.rc != SQLITE_DONE && h.rc != SQLITE_ROW ? sqlite3_errmsg(h.db) : NULL;
	if (bad)
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "reading dyad series: %s", bad);
	int out = bad ? KHALDUN_ERR_IO : h.nomem ? KHALDUN_ERR_NOMEM : KHALDUN_OK;
	for (size_t i = 0; !out && rc != SQLITE_ROW && i < h.n; i++) {
		const struct half_row *r = &h.rows[i];
		const char *src = h.text + r->text, *tgt = src + strlen(src) + 1;
		if (fn(ctx, src, tgt, r->day, r->events, r->conflict, r->sv, r->sq))
			break;
	}
	sqlite3_close(h.db);
	free(h.rows);
	free(h.text);
	return out;
}

int series_dyad_days(khaldun_store *s, long from, long to, const char *a, const char *b,
		     row_fn fn, void *ctx)
{
	if (s && s->pg)
		return pg_series_dyad_days(s, from, to, a, b, fn, ctx);
	sqlite3_stmt *st;
	/* millions of rows: on connections of their own (open_scan) when the store is a file,
	 * every dyad on two threads */
	sqlite3 *own = open_scan(s), *db = own ? own : s->db;
	if (own && !(a && b)) {
		int rc = split_scan(s, own, from, to, fn, ctx);
		if (rc <= 0) {
			sqlite3_close(own);
			return rc;
		}
	}
	const char *sql = a && b
		? ROW_COLS "((source = ?3 AND target = ?4) OR (source = ?4 AND target = ?3)) AND "
		  "day BETWEEN ?1 AND ?2"
		: ROW_COLS "day BETWEEN ?1 AND ?2 AND source <> '' AND target <> ''";
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		sqlite3_close(own);
		return store_fail(s, "reading dyad series");
	}
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	if (a && b) {
		sqlite3_bind_text(st, 3, a, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, b, -1, SQLITE_STATIC);
	}
	int rc = run_rows(st, fn, ctx);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE && own)
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "reading dyad series: %s", sqlite3_errmsg(own));
	sqlite3_close(own);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return own ? KHALDUN_ERR_IO : store_fail(s, "reading dyad series");
	return KHALDUN_OK;
}

int series_volume_days(khaldun_store *s, long from, long to,
		       int (*fn)(void *ctx, long day, long events), void *ctx)
{
	if (s && s->pg)
		return pg_series_volume_days(s, from, to, fn, ctx);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT day, events FROM day_volume WHERE day BETWEEN ? "
			       "AND ? ORDER BY day", -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading the news volume");
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(ctx, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)))
			break;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? KHALDUN_OK
						      : store_fail(s, "reading the news volume");
}

int series_span(khaldun_store *s, long *first, long *last)
{
	if (s && s->pg)
		return pg_series_span(s, first, last);
	sqlite3_stmt *st;
	*first = *last = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT min(day), max(day) FROM day_volume", -1, &st, NULL)
	    != SQLITE_OK)
		return store_fail(s, "reading the store's span");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*first = sqlite3_column_int64(st, 0);
		*last = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? KHALDUN_OK : store_fail(s, "reading the store's span");
}

int series_conflict_events(khaldun_store *s, const char *a, const char *b, long from, long to,
			   size_t max, long long *ids, size_t *n)
{
	if (s && s->pg)
		return pg_series_conflict_events(s, a, b, from, to, max, ids, n);
	sqlite3_stmt *st;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT id FROM event WHERE ((source_country = ?1 AND "
			       "target_country = ?2) OR (source_country = ?2 AND target_country = "
			       "?1)) AND date BETWEEN ?3 AND ?4 AND quad IN (3, 4) ORDER BY "
			       "coalesce(goldstein, 0), date, id LIMIT ?5", -1, &st, NULL)
	    != SQLITE_OK)
		return store_fail(s, "reading an alert's events");
	char d1[11], d2[11];
	date_to_iso(from, d1);
	date_to_iso(to, d2);
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d1, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, d2, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (long long)max);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max)
		ids[(*n)++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? KHALDUN_OK
						      : store_fail(s, "reading an alert's events");
}
