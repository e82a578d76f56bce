/*
 * filter.h - what both stores share of an event query: a khaldun_filter as one SQL WHERE
 * clause, the event columns and the dyad list's limits. SQLite (query.c,
 * parameters ?1..?22) and PostgreSQL (pg_query.c, $1..$22, every parameter sent as text and
 * cast where the column needs it). One builder, so a filter means the same thing on both.
 * Invariant: no value of the filter is ever written into the SQL text; only numbered
 * parameters, column names and fixed fragments are (the limits of a page are numbers).
 */
#ifndef KH_STORE_FILTER_H
#define KH_STORE_FILTER_H
#include "khaldun.h"
#include "base/buf.h"

typedef enum { FILTER_SQLITE, FILTER_PG } filter_dialect;

#define FILTER_PARAMS 22   /* ?1/$1 .. ?22/$22 (see filter.c for which is which) */

/* Appends the WHERE clause for f (possibly empty) to b; column names get prefix `t`.
 * dir: 0 as f says (both_ways: either direction), 1 the country dyad A -> B only, 2 B -> A.
 * Returns 0 or -1 (the buffer's ceiling). */
int filter_where(buf *b, const khaldun_filter *f, const char *t, int dir, filter_dialect d);

/* The columns of an event row, in the order both stores' event readers take them (SQLite's
 * query.c, PostgreSQL's pg_query.c: the same text serves both). */
#define EVENT_COLUMNS \
	"e.id, coalesce(s.ext_id, e.ext_story), coalesce(se.idx, e.ext_sentence), " \
	"coalesce(se.text, e.ext_text), e.date, e.source, e.target, e.code, e.root, e.quad, " \
	"e.goldstein, e.plover, e.plover_mode, e.plover_context, e.source_name, e.target_name, " \
	"e.source_country, e.target_country, e.source_sector, e.target_sector, e.source_text, " \
	"e.target_text, e.verb_text, e.attribution, e.time_shift, e.pattern_file, " \
	"e.pattern_line, e.pattern_entry, e.verb_file, e.verb_line, e.verb_entry, " \
	"e.source_file, e.source_line, e.target_file, e.target_line, e.mentions, e.dataset, " \
	"e.ext_url, e.loc_name, e.loc_country, e.loc_admin1, e.loc_lat, e.loc_lon, " \
	"e.loc_geonameid, e.loc_precision, e.loc_text, e.loc_feature, e.loc_adm1_code"

/* The actor prefixes of f for the dyad list (khaldun_store_dyads), read from the daily summary:
 * *actor, *src, *tgt are f's actor, source and target or NULL when empty. Returns -1 when f
 * asks what the summary cannot answer (a code, a place, a prefix of 64 bytes or more or ending
 * in byte 0x7f), so that both stores refuse the same filters; 0 otherwise. */
int filter_dyads_args(const khaldun_filter *f, const char **actor, const char **src,
		      const char **tgt);

/* 1 when a page of a both-ways country dyad is best read one direction at a time. */
int filter_paged_both(const khaldun_filter *f);

/* Appends " WHERE e.id IN (the first offset+limit ids of each direction ...)". 0 or -1. */
int filter_both_page(buf *b, const khaldun_filter *f, filter_dialect d);
#endif
