/*
 * filter.h - a khaldun_filter as one SQL WHERE clause, for both stores: SQLite (query.c,
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

/* 1 when a page of a both-ways country dyad is best read one direction at a time. */
int filter_paged_both(const khaldun_filter *f);

/* Appends " WHERE e.id IN (the first offset+limit ids of each direction ...)". 0 or -1. */
int filter_both_page(buf *b, const khaldun_filter *f, filter_dialect d);
#endif
