/*
 * filter.c - the one WHERE clause of a khaldun_filter, for the SQLite store (query.c) and the
 * PostgreSQL store (pg_query.c); see filter.h. Parameters, in both dialects: 1/2 dates from,
 * to; 3/4 actor, 5/6 source, 7/8 target, 9/10 code (prefix, its bound); 13/14 source and
 * target country; 15 the event's country; 16-19 the --near box, 20/21 its centre, 22 its km.
 * Invariant: the same filter selects the same events in both stores.
 */
#include "store/filter.h"
#include <stdio.h>
#include <string.h>

/* SQLite: a code prefix P matches as the range P <= column < P' (P with its last byte raised
 * by one), which SQLite can answer from an index; the same rows as substr(column, 1, len(P))
 * = P. PostgreSQL: starts_with, which needs no bound (a raised last byte may not be UTF-8,
 * which PostgreSQL refuses) and compares bytes whatever the database's collation. */
static int range(buf *b, const char *t, const char *column, int param, filter_dialect d)
{
	if (d == FILTER_PG)
		return buf_printf(b, "starts_with(%s%s, $%d)", t, column, param);
	return buf_printf(b, "(%s%s >= ?%d AND %s%s < ?%d)", t, column, param, t, column,
			  param + 1);
}

/* The country dyad (13 source country, 14 target country) in one direction; reversed:
 * source country 14 and target country 13. Either may be absent. */
static int country_dyad(buf *b, const khaldun_filter *f, const char *t, int reversed,
			filter_dialect d)
{
	int sc = f->source_country && *f->source_country;
	int tc = f->target_country && *f->target_country;
	const char *s_col = reversed ? "target_country" : "source_country";
	const char *t_col = reversed ? "source_country" : "target_country";
	char m = d == FILTER_PG ? '$' : '?';
	if (sc && buf_printf(b, "%s%s = %c13", t, s_col, m))
		return -1;
	if (sc && tc && buf_adds(b, " AND "))
		return -1;
	if (tc && buf_printf(b, "%s%s = %c14", t, t_col, m))
		return -1;
	return 0;
}

/* The --near test: the box (16-19) an index answers, then the exact great-circle distance
 * from (20, 21) within 22 km: SQLite's khaldun_km (geo.c), in PostgreSQL the same haversine
 * (geo_km's formula and Earth radius) written in SQL. */
static int near(buf *b, const char *t, filter_dialect d)
{
	if (d == FILTER_SQLITE)
		return buf_printf(b, "(%sloc_lat BETWEEN ?16 AND ?17 AND %sloc_lon BETWEEN ?18 "
				  "AND ?19 AND khaldun_km(%sloc_lat, %sloc_lon, ?20, ?21) <= ?22)",
				  t, t, t, t);
	return buf_printf(b, "(%sloc_lat BETWEEN $16::float8 AND $17::float8 AND %sloc_lon BETWEEN "
			  "$18::float8 AND $19::float8 AND 2 * 6371.0088 * asin(sqrt(least(1.0, "
			  "sin(radians($20::float8 - %sloc_lat) / 2) * sin(radians($20::float8 - "
			  "%sloc_lat) / 2) + cos(radians(%sloc_lat)) * cos(radians($20::float8)) * "
			  "sin(radians($21::float8 - %sloc_lon) / 2) * sin(radians($21::float8 - "
			  "%sloc_lon) / 2)))) <= $22::float8)", t, t, t, t, t, t, t);
}

int filter_where(buf *b, const khaldun_filter *f, const char *t, int dir, filter_dialect d)
{
	int n = 0;
	const char *date = d == FILTER_PG ? "$%d::date" : "?%d";
	char m = d == FILTER_PG ? '$' : '?';
#define AND (buf_adds(b, n++ ? " AND " : " WHERE "))
	if (!f)
		return 0;
	if (f->from && (AND || buf_printf(b, "%sdate >= ", t) || buf_printf(b, date, 1)))
		return -1;
	if (f->to && (AND || buf_printf(b, "%sdate <= ", t) || buf_printf(b, date, 2)))
		return -1;
	if (f->actor && *f->actor && (AND || buf_adds(b, "(") || range(b, t, "source", 3, d)
				       || buf_adds(b, " OR ") || range(b, t, "target", 3, d)
				       || buf_adds(b, ")")))
		return -1;
	if (f->source && *f->source && (AND || range(b, t, "source", 5, d)))
		return -1;
	if (f->target && *f->target && (AND || range(b, t, "target", 7, d)))
		return -1;
	if (f->code && *f->code && (AND || range(b, t, "code", 9, d)))
		return -1;
	if ((f->source_country && *f->source_country) ||
	    (f->target_country && *f->target_country)) {
		if (AND)
			return -1;
		if (dir == 0 && f->both_ways) {
			if (buf_adds(b, "((") || country_dyad(b, f, t, 0, d) ||
			    buf_adds(b, ") OR (")
			    || country_dyad(b, f, t, 1, d) || buf_adds(b, "))"))
				return -1;
		} else if (buf_adds(b, "(") || country_dyad(b, f, t, dir == 2, d)
			   || buf_adds(b, ")"))
			return -1;
	}
	if (f->country_of_event && *f->country_of_event
	    && (AND || buf_printf(b, "%sloc_country = %c15", t, m)))
		return -1;
	if (f->near_km > 0 && (AND || near(b, t, d)))
		return -1;
#undef AND
	return 0;
}

int filter_paged_both(const khaldun_filter *f)
{
	return f && f->both_ways && f->limit && f->source_country && *f->source_country
	       && f->target_country && *f->target_country;
}

/* A page of both directions: " WHERE e.id IN (the first offset+limit ids of each direction,
 * in the page's order, each under the whole filter)". Each direction is then a walk of an
 * index in date order that stops early, instead of sorting every event of the dyad; the outer
 * ORDER BY, LIMIT and OFFSET pick the page from at most 2 (offset+limit) rows. Same rows. */
int filter_both_page(buf *b, const khaldun_filter *f, filter_dialect d)
{
	const char *order = f->newest_first ? " ORDER BY date DESC, id DESC" : " ORDER BY date, id";
	size_t n = f->limit + f->offset;
	if (buf_adds(b, " WHERE e.id IN (SELECT id FROM (SELECT id FROM event")
	    || filter_where(b, f, "", 1, d) || buf_printf(b, "%s LIMIT %zu)", order, n)
	    || buf_adds(b, d == FILTER_PG ? " AS a UNION ALL SELECT id FROM (SELECT id FROM event"
					  : " UNION ALL SELECT id FROM (SELECT id FROM event")
	    || filter_where(b, f, "", 2, d) || buf_printf(b, "%s LIMIT %zu)", order, n)
	    || (d == FILTER_PG && buf_adds(b, " AS b")) || buf_adds(b, ")"))
		return -1;
	return 0;
}

/* A prefix the summary's range scan can bound: its last byte can be raised by one. */
static int dyad_prefix_ok(const char *v)
{
	size_t n = strlen(v);
	return n < 64 && (unsigned char)v[n - 1] < 0x7f;
}

int filter_dyads_args(const khaldun_filter *f, const char **actor, const char **src,
		      const char **tgt)
{
	*actor = f && f->actor && *f->actor ? f->actor : NULL;
	*src = f && f->source && *f->source ? f->source : NULL;
	*tgt = f && f->target && *f->target ? f->target : NULL;
	if ((*actor && !dyad_prefix_ok(*actor)) || (*src && !dyad_prefix_ok(*src))
	    || (*tgt && !dyad_prefix_ok(*tgt)))
		return -1;
	if (f && ((f->code && *f->code) || (f->country_of_event && *f->country_of_event)
		  || f->near_km > 0))
		return -1;
	return 0;
}
