/*
 * dyads.c - country dyads ranked by events, read from the daily country-dyad summary
 * (dyad_day, kept by the store for coded news and imports) instead of the event table, so a
 * dashboard's dyad list costs the summary's rows, not the store's events.
 * Invariant: counts equal those of khaldun_store_count(KHALDUN_BY_COUNTRY_DYAD, ALL) over the
 * same dates; codes are bound as SQL parameters, never spliced.
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "store/filter.h"
#include <stdlib.h>
#include <string.h>

/* Appends " AND (col >= ?p AND col < ?p+1)" for a prefix; see bind_prefix. */
static void prefix_sql(char *sql, size_t cap, const char *col, int p)
{
	size_t n = strlen(sql);
	snprintf(sql + n, cap - n, " AND (%s >= ?%d AND %s < ?%d)", col, p, col, p + 1);
}

/* Binds prefix v as ?p and its upper bound (last byte raised) as ?p+1. */
static void bind_prefix(sqlite3_stmt *st, int p, const char *v)
{
	size_t n = strlen(v);
	char hi[64];
	sqlite3_bind_text(st, p, v, (int)n, SQLITE_TRANSIENT);
	memcpy(hi, v, n);
	hi[n - 1] = (char)((unsigned char)hi[n - 1] + 1);
	sqlite3_bind_text(st, p + 1, hi, (int)n, SQLITE_TRANSIENT);
}

int khaldun_store_dyads(khaldun_store *s, const khaldun_filter *f,
			int (*fn)(void *ctx, const khaldun_count *c), void *ctx)
{
	if (s && s->pg)
		return pg_dyads(s, f, fn, ctx);
	if (!s || !fn)
		return KHALDUN_ERR_ARG;
	const char *actor, *src, *tgt;
	if (filter_dyads_args(f, &actor, &src, &tgt))
		return KHALDUN_ERR_ARG;   /* the summary keeps neither codes nor places */
	char sql[1024] = "SELECT source, target, sum(events) AS n, sum(goldstein_sum), "
			 "sum(goldstein_n) FROM dyad_day WHERE source <> '' AND target <> ''";
	if (f && f->from)
		strcat(sql, " AND day >= ?1");
	if (f && f->to)
		strcat(sql, " AND day <= ?2");
	if (actor)
		strcat(sql, " AND ((source >= ?3 AND source < ?4) OR "
			"(target >= ?3 AND target < ?4))");
	if (src)
		prefix_sql(sql, sizeof sql, "source", 5);
	if (tgt)
		prefix_sql(sql, sizeof sql, "target", 7);
	strcat(sql, " GROUP BY source, target ORDER BY n DESC, source, target");
	if (f && f->limit)
		snprintf(sql + strlen(sql), sizeof sql - strlen(sql), " LIMIT %zu", f->limit);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "listing dyads");
	if (f && f->from)
		sqlite3_bind_int64(st, 1, f->from);
	if (f && f->to)
		sqlite3_bind_int64(st, 2, f->to);
	if (actor)
		bind_prefix(st, 3, actor);
	if (src)
		bind_prefix(st, 5, src);
	if (tgt)
		bind_prefix(st, 7, tgt);
	int rc, out = KHALDUN_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long gn = sqlite3_column_int(st, 4);
		khaldun_count c = { NULL, (const char *)sqlite3_column_text(st, 0),
				    (const char *)sqlite3_column_text(st, 1),
				    sqlite3_column_int(st, 2),
				    0, gn ? sqlite3_column_double(st, 3) / (double)gn : 0,
				    gn != 0 };
		if (fn(ctx, &c))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		out = store_fail(s, "listing dyads");
	sqlite3_finalize(st);
	return out;
}
