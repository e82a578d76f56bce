/*
 * pg_query.c - reading the PostgreSQL event store: events with their mentions, counts by group
 * and period, places, the summary and the country dyads, as query.c and dyads.c read SQLite;
 * khaldun_store_* hand over on their first line (pg_read.h). The WHERE clause is filter.c's,
 * in its PostgreSQL dialect; orders compare bytes (COLLATE "C") and put NULL first, as SQLite.
 * Invariant: every value of a filter is a parameter ($1..$22, all sent as text); rows handed
 * to callbacks are borrowed from libpq's result and valid only during the call.
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "store/filter.h"
#include "store/geo.h"
#include "base/buf.h"
#include "base/date.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_OID 25   /* PostgreSQL's `text`: every parameter is sent as text */
#define PAGE 1000     /* events fetched per round trip (their mentions in one more) */

const char *pg_col(const PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? NULL : PQgetvalue(r, i, c);
}

static long col_long(const PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? 0 : strtol(PQgetvalue(r, i, c), NULL, 10);
}

static double col_double(const PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? 0 : strtod(PQgetvalue(r, i, c), NULL);
}

PGresult *pg_read(khaldun_store *s, const char *what, const char *sql, int n,
		  const char *const *vals)
{
	Oid types[FILTER_PARAMS + 1];
	for (int i = 0; i < n && i <= FILTER_PARAMS; i++)
		types[i] = TEXT_OID;
	PGresult *r = PQexecParams(s->pg->conn, sql, n, n ? types : NULL, vals, NULL, NULL, 0);
	ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (t == PGRES_TUPLES_OK || t == PGRES_COMMAND_OK)
		return r;
	pg_fail(s, what, r);
	PQclear(r);
	return NULL;
}

int pg_cursor_open(khaldun_store *s, pg_cursor *c, const char *what, const char *sql, int n,
		   const char *const *vals, int batch)
{
	/* the frame's address names the cursor: a callback may open another one meanwhile */
	snprintf(c->name, sizeof c->name, "khaldun_%jx", (uintmax_t)(uintptr_t)c);
	c->batch = batch;
	c->own_tx = PQtransactionStatus(s->pg->conn) == PQTRANS_IDLE;
	if (c->own_tx && pg_exec(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", NULL))
		return -1;
	buf q;
	buf_init(&q, (size_t)1 << 20);
	PGresult *r = NULL;
	if (!buf_printf(&q, "DECLARE %s NO SCROLL CURSOR FOR %s", c->name, sql))
		r = pg_read(s, what, q.p, n, vals);
	buf_free(&q);
	if (r) {
		PQclear(r);
		return 0;
	}
	if (c->own_tx)
		pg_exec(s, "ROLLBACK", NULL);
	return -1;
}

PGresult *pg_cursor_fetch(khaldun_store *s, pg_cursor *c, const char *what)
{
	char q[64];
	snprintf(q, sizeof q, "FETCH %d FROM %s", c->batch, c->name);
	return pg_read(s, what, q, 0, NULL);
}

void pg_cursor_close(khaldun_store *s, pg_cursor *c)
{
	char q[64];
	snprintf(q, sizeof q, "CLOSE %s", c->name);
	if (PQtransactionStatus(s->pg->conn) == PQTRANS_INERROR)
		pg_exec(s, c->own_tx ? "ROLLBACK" : "SELECT 1", NULL);
	else {
		pg_exec(s, q, NULL);
		if (c->own_tx)
			pg_exec(s, "COMMIT", NULL);
	}
}

/* ---------------------------------------------------------------- parameters */

typedef struct {
	const char *v[FILTER_PARAMS];
	char own[FILTER_PARAMS][32];
} params;

/* The filter's values as text parameters in filter.c's numbering (unused: NULL). */
static void bind_filter(params *p, const khaldun_filter *f)
{
	memset(p->v, 0, sizeof p->v);
	if (!f)
		return;
	if (f->from && !date_to_iso(f->from, p->own[0]))
		p->v[0] = p->own[0];
	if (f->to && !date_to_iso(f->to, p->own[1]))
		p->v[1] = p->own[1];
	const char *v[4] = { f->actor, f->source, f->target, f->code };
	for (int k = 0; k < 4; k++)
		if (v[k] && *v[k])
			p->v[2 + 2 * k] = v[k];
	if (f->source_country && *f->source_country)
		p->v[12] = f->source_country;
	if (f->target_country && *f->target_country)
		p->v[13] = f->target_country;
	if (f->country_of_event && *f->country_of_event)
		p->v[14] = f->country_of_event;
	if (f->near_km > 0) {
		double x[7];
		geo_box(f->near_lat, f->near_lon, f->near_km, x);
		x[4] = f->near_lat;
		x[5] = f->near_lon;
		x[6] = f->near_km;
		for (int k = 0; k < 7; k++) {
			snprintf(p->own[15 + k], sizeof p->own[0], "%.17g", x[k]);
			p->v[15 + k] = p->own[15 + k];
		}
	}
}

/* ---------------------------------------------------------------- events */


static const char *or_empty(const char *v)
{
	return v ? v : "";
}

static void origin(khaldun_origin *o, const PGresult *r, int i, int file, int line, int entry)
{
	o->file = pg_col(r, i, file);
	o->line = (int)col_long(r, i, line);
	o->entry = entry >= 0 ? pg_col(r, i, entry) : NULL;
}

static void read_location(const PGresult *r, int i, int c, khaldun_location *l)
{
	memset(l, 0, sizeof *l);
	l->name = pg_col(r, i, c);
	if (!l->name)
		return;
	l->country = pg_col(r, i, c + 1);
	l->admin1 = pg_col(r, i, c + 2);
	int point = !PQgetisnull(r, i, c + 3) && !PQgetisnull(r, i, c + 4);
	l->lat = point ? col_double(r, i, c + 3) : NAN;
	l->lon = point ? col_double(r, i, c + 4) : NAN;
	l->geonameid = col_long(r, i, c + 5);
	l->precision = pg_col(r, i, c + 6);
	l->text = pg_col(r, i, c + 7);
}

static void read_event_row(const PGresult *r, int i, khaldun_stored_event *e)
{
	e->id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
	e->story = pg_col(r, i, 1);
	e->sentence = (size_t)col_long(r, i, 2);
	e->sentence_text = pg_col(r, i, 3);
	const char *date = or_empty(pg_col(r, i, 4));
	e->event.date = strlen(date) == 10 ? khaldun_parse_date(date, 10) : 0;
	e->event.source = pg_col(r, i, 5);
	e->event.target = pg_col(r, i, 6);
	e->event.code = pg_col(r, i, 7);
	e->root = pg_col(r, i, 8);
	e->quad = (int)col_long(r, i, 9);
	e->has_goldstein = !PQgetisnull(r, i, 10);
	e->goldstein = col_double(r, i, 10);
	e->plover = pg_col(r, i, 11);
	e->plover_mode = pg_col(r, i, 12);
	e->plover_context = pg_col(r, i, 13);
	e->source_name = pg_col(r, i, 14);
	e->target_name = pg_col(r, i, 15);
	e->source_country = or_empty(pg_col(r, i, 16));
	e->target_country = or_empty(pg_col(r, i, 17));
	e->source_sector = or_empty(pg_col(r, i, 18));
	e->target_sector = or_empty(pg_col(r, i, 19));
	e->event.source_text = pg_col(r, i, 20);
	e->event.target_text = pg_col(r, i, 21);
	e->event.verb_text = pg_col(r, i, 22);
	e->event.attribution = pg_col(r, i, 23);
	e->event.time_shift = (int)col_long(r, i, 24);
	origin(&e->event.pattern, r, i, 25, 26, 27);
	origin(&e->event.verb, r, i, 28, 29, 30);
	origin(&e->event.source_entry, r, i, 31, 32, -1);
	origin(&e->event.target_entry, r, i, 33, 34, -1);
	e->event.source_entry.entry = e->source_name;
	e->event.target_entry.entry = e->target_name;
	e->mentions = col_long(r, i, 35);
	e->dataset = pg_col(r, i, 36);
	read_location(r, i, 38, &e->event.location);
	e->loc_feature = pg_col(r, i, 46);
	e->loc_adm1_code = pg_col(r, i, 47);
}

/* The stories reporting the page's events, ordered by event then story: one round trip. */
static PGresult *page_mentions(khaldun_store *s, const PGresult *ev)
{
	int n = PQntuples(ev);
	buf ids;
	buf_init(&ids, (size_t)n * 24 + 16);
	int bad = buf_addc(&ids, '{');
	for (int i = 0; i < n && !bad; i++)
		bad = (i && buf_addc(&ids, ',')) || buf_adds(&ids, PQgetvalue(ev, i, 0));
	bad = bad || buf_addc(&ids, '}') || buf_addc(&ids, 0);
	const char *v[1] = { ids.p };
	PGresult *r = bad ? NULL
		: pg_read(s, "reading mentions", "SELECT m.event, s.ext_id, s.url, se.text, "
		      "coalesce(s.source, s.url, s.ext_id) FROM mention m JOIN story s ON s.id = "
		      "m.story LEFT JOIN sentence se ON se.id = m.sentence WHERE m.event = "
		      "ANY($1::bigint[]) ORDER BY m.event, m.story", 1, v);
	buf_free(&ids);
	return r;
}

/* The first row of mentions result m for event id (rows sorted by event): binary search. */
static int first_mention(const PGresult *m, long long id)
{
	int lo = 0, hi = PQntuples(m);
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (strtoll(PQgetvalue(m, mid, 0), NULL, 10) < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Hands the page's events to fn with their mentions; 1 when fn stopped, 0, or a negative
 * code. */
static int hand_page(khaldun_store *s, const PGresult *ev, const PGresult *m, story_cols *l,
		     int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx)
{
	for (int i = 0; i < PQntuples(ev); i++) {
		khaldun_stored_event e;
		memset(&e, 0, sizeof e);
		read_event_row(ev, i, &e);
		int k = first_mention(m, e.id), n = 0;
		while (k + n < PQntuples(m) && strtoll(PQgetvalue(m, k + n, 0), NULL, 10) == e.id)
			n++;
		if (story_cols_reserve(l, (size_t)n + 1))
			return KHALDUN_ERR_NOMEM;
		const char *srcs[64];
		size_t nsrc = 0;
		for (int j = 0; j < n; j++) {
			l->stories[j] = pg_col(m, k + j, 1);
			l->urls[j] = pg_col(m, k + j, 2);
			l->sentences[j] = pg_col(m, k + j, 3);
			const char *src = or_empty(pg_col(m, k + j, 4));
			size_t x = 0;
			while (x < nsrc && strcmp(srcs[x], src))
				x++;
			if (x == nsrc && nsrc < 64)
				srcs[nsrc++] = src;
		}
		if (!n && e.story) {   /* an imported event: its own story stands in */
			l->stories[0] = e.story;
			l->urls[0] = pg_col(ev, i, 37);
			l->sentences[0] = e.sentence_text;
			n = 1;
		}
		story_cols_lend(l, (size_t)n, &e);
		e.n_sources = nsrc;
		if (fn(ctx, &e))
			return 1;
	}
	return 0;
}

static int events_sql(buf *sql, const khaldun_filter *f, long long id)
{
	return buf_adds(sql, "SELECT " EVENT_COLUMNS " FROM event e LEFT JOIN story s ON s.id = "
			"e.story LEFT JOIN sentence se ON se.id = e.sentence")
	       || (id > 0 ? buf_printf(sql, " WHERE e.id = %lld", id)
		   : filter_paged_both(f) ? filter_both_page(sql, f, FILTER_PG)
		   : filter_where(sql, f, "e.", 0, FILTER_PG))
	       || buf_adds(sql, f && f->newest_first ? " ORDER BY e.date DESC, e.id DESC"
						     : " ORDER BY e.date, e.id")
	       || (f && f->limit && buf_printf(sql, " LIMIT %zu", f->limit))
	       || (f && f->offset && buf_printf(sql, " OFFSET %zu", f->offset));
}

int pg_events(khaldun_store *s, const khaldun_filter *f, long long id,
	      int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx)
{
	if (!fn || (f && f->near_km > 0 && !(f->near_km <= 20040)))
		return KHALDUN_ERR_ARG;
	buf sql;
	buf_init(&sql, 1 << 16);
	params p;
	bind_filter(&p, id > 0 ? NULL : f);
	if (events_sql(&sql, id > 0 ? NULL : f, id)) {
		buf_free(&sql);
		return KHALDUN_ERR_NOMEM;
	}
	pg_cursor c;
	int rc = pg_cursor_open(s, &c, "querying events", sql.p, FILTER_PARAMS, p.v, PAGE)
		 ? KHALDUN_ERR_IO : KHALDUN_OK;
	buf_free(&sql);
	if (rc)
		return rc;
	story_cols l = { NULL, NULL, NULL, 0 };
	for (;;) {
		PGresult *ev = pg_cursor_fetch(s, &c, "querying events"), *m = NULL;
		if (!ev || (PQntuples(ev) && !(m = page_mentions(s, ev)))) {
			rc = KHALDUN_ERR_IO;
			PQclear(ev);
			break;
		}
		int n = PQntuples(ev), stop = n ? hand_page(s, ev, m, &l, fn, ctx) : 1;
		PQclear(ev);
		PQclear(m);
		if (stop < 0)
			rc = stop;
		if (stop || n < PAGE)
			break;
	}
	pg_cursor_close(s, &c);
	story_cols_free(&l);
	return rc;
}

/* ---------------------------------------------------------------- counts */

/* The group's key columns (query.c's), and the period of a date as SQLite's expressions
 * print it: the day, its week's Monday, the month, the year. */
static int group_keys(enum khaldun_group g, const char **k, const char **k2)
{
	*k = "NULL::text";
	*k2 = "NULL::text";
	switch (g) {
	case KHALDUN_BY_NONE: break;
	case KHALDUN_BY_DYAD: *k = "source"; *k2 = "target"; break;
	case KHALDUN_BY_SOURCE: *k = "source"; break;
	case KHALDUN_BY_TARGET: *k = "target"; break;
	case KHALDUN_BY_ACTOR: *k = "source"; break;
	case KHALDUN_BY_CODE: *k = "code"; break;
	case KHALDUN_BY_ROOT: *k = "root"; break;
	case KHALDUN_BY_PLOVER: *k = "plover"; break;
	case KHALDUN_BY_QUAD: *k = "CAST(quad AS TEXT)"; break;
	case KHALDUN_BY_COUNTRY_DYAD: *k = "source_country"; *k2 = "target_country"; break;
	default: return -1;
	}
	return 0;
}

int pg_count(khaldun_store *s, const khaldun_filter *f, enum khaldun_group g,
	     enum khaldun_period p, int (*fn)(void *ctx, const khaldun_count *c), void *ctx)
{
	static const char *const periods[] = {
		"NULL::text", "to_char(date, 'YYYY-MM-DD')",
		"to_char(date_trunc('week', date), 'YYYY-MM-DD')", "to_char(date, 'YYYY-MM')",
		"to_char(date, 'YYYY')"
	};
	const char *k, *k2;
	if (!fn || group_keys(g, &k, &k2) || (unsigned)p > KHALDUN_PER_YEAR)
		return KHALDUN_ERR_ARG;
	buf sql;
	buf_init(&sql, 1 << 16);
	int bad = buf_printf(&sql, "SELECT p, k, k2, n, m, g FROM (SELECT p, k, k2, count(*) AS n, "
			     "sum(mentions) AS m, avg(goldstein) AS g, row_number() OVER "
			     "(PARTITION BY p ORDER BY count(*) DESC, k COLLATE \"C\" NULLS FIRST, "
			     "k2 COLLATE \"C\" NULLS FIRST) AS rk FROM (SELECT %s AS p, %s AS k, "
			     "%s AS k2, mentions, goldstein FROM event", periods[p], k, k2)
		  || filter_where(&sql, f, "", 0, FILTER_PG);
	if (g == KHALDUN_BY_ACTOR)
		bad = bad || buf_printf(&sql, " UNION ALL SELECT %s, target, NULL, mentions, "
					"goldstein FROM event", periods[p])
		      || filter_where(&sql, f, "", 0, FILTER_PG);
	bad = bad || buf_adds(&sql, ") AS x GROUP BY p, k, k2) AS y");
	if (f && f->limit)
		bad = bad || buf_printf(&sql, " WHERE rk <= %zu", f->limit);
	bad = bad || buf_adds(&sql, " ORDER BY p COLLATE \"C\" NULLS FIRST, rk");
	params v;
	bind_filter(&v, f);
	PGresult *r = bad ? NULL : pg_read(s, "counting events", sql.p, FILTER_PARAMS, v.v);
	buf_free(&sql);
	if (!r)
		return bad ? KHALDUN_ERR_NOMEM : KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++) {
		khaldun_count c = { pg_col(r, i, 0), pg_col(r, i, 1), pg_col(r, i, 2),
				    col_long(r, i, 3), col_long(r, i, 4), col_double(r, i, 5),
				    !PQgetisnull(r, i, 5) };
		if (fn(ctx, &c))
			break;
	}
	PQclear(r);
	return KHALDUN_OK;
}

/* ---------------------------------------------------------------- places */

int pg_places(khaldun_store *s, const khaldun_filter *f,
	      int (*fn)(void *ctx, const khaldun_place_count *p), void *ctx)
{
	if (!fn)
		return KHALDUN_ERR_ARG;
	buf sql;
	buf_init(&sql, 1 << 16);
	/* a place's country, region and precision: SQLite takes them from one of its events */
	int bad = buf_adds(&sql, "SELECT loc_name, min(loc_country), min(loc_admin1), "
			   "min(loc_precision), loc_lat, loc_lon, count(*) AS n, sum(mentions), "
			   "count(*) FILTER (WHERE coalesce(quad, 0) NOT IN (1, 2, 3, 4)), "
			   "count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2), "
			   "count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4) "
			   "FROM event");
	size_t before = sql.len;
	bad = bad || filter_where(&sql, f, "", 0, FILTER_PG);
	bad = bad || buf_adds(&sql, sql.len > before ? " AND" : " WHERE");
	bad = bad || buf_adds(&sql, " loc_lat IS NOT NULL AND loc_lon IS NOT NULL AND loc_name "
			      "IS NOT NULL GROUP BY loc_lat, loc_lon, loc_name "
			      "ORDER BY n DESC, loc_name COLLATE \"C\", loc_lat, loc_lon");
	if (f && f->limit)
		bad = bad || buf_printf(&sql, " LIMIT %zu", f->limit);
	params v;
	bind_filter(&v, f);
	PGresult *r = bad ? NULL : pg_read(s, "listing places", sql.p, FILTER_PARAMS, v.v);
	buf_free(&sql);
	if (!r)
		return bad ? KHALDUN_ERR_NOMEM : KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++) {
		khaldun_place_count pc = { pg_col(r, i, 0), pg_col(r, i, 1), pg_col(r, i, 2),
					   pg_col(r, i, 3), col_double(r, i, 4),
					   col_double(r, i, 5), col_long(r, i, 6),
					   col_long(r, i, 7), { 0, 0, 0, 0, 0 } };
		for (int q = 0; q < 5; q++)
			pc.quad[q] = col_long(r, i, 8 + q);
		if (fn(ctx, &pc))
			break;
	}
	PQclear(r);
	return KHALDUN_OK;
}

/* ---------------------------------------------------------------- summary */

int pg_summary(khaldun_store *s, khaldun_store_stats *o)
{
	if (!o)
		return KHALDUN_ERR_ARG;
	memset(o, 0, sizeof *o);
	o->schema = KHALDUN_STORE_SCHEMA;
	PGresult *r = pg_read(s, "summarising",
			  "SELECT (SELECT count(*) FROM story), "
			  "(SELECT count(*) FROM story WHERE kind = 'near'), "
			  "(SELECT count(*) FROM story WHERE kind = 'same-text'), "
			  "(SELECT count(*) FROM sentence), (SELECT count(*) FROM event), "
			  "(SELECT coalesce(sum(mentions), 0) FROM event), "
			  "(SELECT to_char(min(date), 'YYYYMMDD') FROM event), "
			  "(SELECT to_char(max(date), 'YYYYMMDD') FROM event)", 0, NULL);
	if (!r)
		return KHALDUN_ERR_IO;
	o->stories = col_long(r, 0, 0);
	o->near_duplicates = col_long(r, 0, 1);
	o->same_text = col_long(r, 0, 2);
	o->sentences = col_long(r, 0, 3);
	o->events = col_long(r, 0, 4);
	o->mentions = col_long(r, 0, 5);
	o->first = col_long(r, 0, 6);
	o->last = col_long(r, 0, 7);
	PQclear(r);
	return KHALDUN_OK;
}

/* ---------------------------------------------------------------- dyads */

int pg_dyads(khaldun_store *s, const khaldun_filter *f,
	     int (*fn)(void *ctx, const khaldun_count *c), void *ctx)
{
	if (!fn)
		return KHALDUN_ERR_ARG;
	const char *actor, *src, *tgt;
	if (filter_dyads_args(f, &actor, &src, &tgt))
		return KHALDUN_ERR_ARG;   /* the summary keeps neither codes nor places */
	char sql[1024] = "SELECT source, target, sum(events) AS n, sum(goldstein_sum), "
			 "sum(goldstein_n) FROM dyad_day WHERE source <> '' AND target <> ''";
	char from[24] = "", to[24] = "";
	const char *v[5] = { NULL, NULL, actor, src, tgt };
	if (f && f->from) {
		strcat(sql, " AND day >= $1::integer");
		snprintf(from, sizeof from, "%ld", f->from);
		v[0] = from;
	}
	if (f && f->to) {
		strcat(sql, " AND day <= $2::integer");
		snprintf(to, sizeof to, "%ld", f->to);
		v[1] = to;
	}
	if (actor)
		strcat(sql, " AND (starts_with(source, $3) OR starts_with(target, $3))");
	if (src)
		strcat(sql, " AND starts_with(source, $4)");
	if (tgt)
		strcat(sql, " AND starts_with(target, $5)");
	strcat(sql, " GROUP BY source, target ORDER BY n DESC, source COLLATE \"C\", "
	       "target COLLATE \"C\"");
	if (f && f->limit)
		snprintf(sql + strlen(sql), sizeof sql - strlen(sql), " LIMIT %zu", f->limit);
	PGresult *r = pg_read(s, "listing dyads", sql, 5, v);
	if (!r)
		return KHALDUN_ERR_IO;
	for (int i = 0; i < PQntuples(r); i++) {
		long gn = col_long(r, i, 4);
		khaldun_count c = { NULL, pg_col(r, i, 0), pg_col(r, i, 1), col_long(r, i, 2), 0,
				    gn ? col_double(r, i, 3) / (double)gn : 0, gn != 0 };
		if (fn(ctx, &c))
			break;
	}
	PQclear(r);
	return KHALDUN_OK;
}

/* ---------------------------------------------------------------- dictionary versions */

int pg_versions(khaldun_store *s, const char *current, khaldun_version_stats *out)
{
	if (!out)
		return KHALDUN_ERR_ARG;
	memset(out, 0, sizeof *out);
	const char *v[1] = { current && *current ? current : NULL };
	PGresult *r = pg_read(s, "counting dictionary versions",
			  "SELECT count(*), count(*) FILTER "
			  "(WHERE dict_version IS DISTINCT FROM $1 OR "
			  "($1 IS NULL AND dict_version IS NOT NULL)), count(*) FILTER (WHERE "
			  "dict_version IS NULL), count(DISTINCT dict_version) FROM story", 1, v);
	if (!r)
		return KHALDUN_ERR_IO;
	out->stories = col_long(r, 0, 0);
	out->other = col_long(r, 0, 1);
	out->unrecorded = col_long(r, 0, 2);
	out->versions = col_long(r, 0, 3);
	PQclear(r);
	return KHALDUN_OK;
}

int khaldun_store_is_postgresql(const char *db)
{
	return pg_is_conninfo(db);
}
