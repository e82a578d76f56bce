/*
 * query.c - reading the event store: selected events with their mentions (for exports and
 * `khaldun query events`), counts by group and period, and a summary.
 * Filters become one WHERE clause with numbered parameters (?1..?22, filter.c, shared with the
 * PostgreSQL store) used by every query, so a filter means the same thing everywhere; codes
 * match as prefixes (AFG matches AFGGOV).
 * Invariant: rows handed to callbacks are borrowed from SQLite and valid only during the call.
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "base/buf.h"
#include "base/date.h"
#include "store/geo.h"
#include "store/filter.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int where(buf *b, const khaldun_filter *f, const char *t)
{
	return filter_where(b, f, t, 0, FILTER_SQLITE);
}

static void bind_filter(sqlite3_stmt *st, const khaldun_filter *f)
{
	if (!f)
		return;
	char d[11];
	if (f->from && !date_to_iso(f->from, d))
		sqlite3_bind_text(st, 1, d, -1, SQLITE_TRANSIENT);
	if (f->to && !date_to_iso(f->to, d))
		sqlite3_bind_text(st, 2, d, -1, SQLITE_TRANSIENT);
	const char *v[4] = { f->actor, f->source, f->target, f->code };
	for (int k = 0; k < 4; k++) {
		if (!v[k] || !*v[k])
			continue;
		size_t n = strlen(v[k]);
		sqlite3_bind_text(st, 3 + 2 * k, v[k], (int)n, SQLITE_TRANSIENT);
		/* the bound: the prefix with its last byte raised; after a byte 0xff (never the
		 * end of UTF-8 text) an empty blob, which sorts after every text */
		char *up = (unsigned char)v[k][n - 1] < 0xff ? malloc(n) : NULL;
		if (up) {
			memcpy(up, v[k], n);
			up[n - 1] = (char)((unsigned char)up[n - 1] + 1);
			sqlite3_bind_text(st, 4 + 2 * k, up, (int)n, free);
		} else if ((unsigned char)v[k][n - 1] == 0xff)
			sqlite3_bind_blob(st, 4 + 2 * k, "", 0, SQLITE_STATIC);
		else   /* out of memory: an empty range, nothing selected */
			sqlite3_bind_text(st, 4 + 2 * k, v[k], (int)n, SQLITE_TRANSIENT);
	}
	if (f->source_country && *f->source_country)
		sqlite3_bind_text(st, 13, f->source_country, -1, SQLITE_TRANSIENT);
	if (f->target_country && *f->target_country)
		sqlite3_bind_text(st, 14, f->target_country, -1, SQLITE_TRANSIENT);
	if (f->country_of_event && *f->country_of_event)
		sqlite3_bind_text(st, 15, f->country_of_event, -1, SQLITE_TRANSIENT);
	if (f->near_km > 0) {
		double box[4];
		geo_box(f->near_lat, f->near_lon, f->near_km, box);
		for (int k = 0; k < 4; k++)
			sqlite3_bind_double(st, 16 + k, box[k]);
		sqlite3_bind_double(st, 20, f->near_lat);
		sqlite3_bind_double(st, 21, f->near_lon);
		sqlite3_bind_double(st, 22, f->near_km);
	}
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static const char *col_or_empty(sqlite3_stmt *st, int i)
{
	const char *v = col(st, i);
	return v ? v : "";
}

/* ---------------------------------------------------------------- events */


int story_cols_reserve(story_cols *l, size_t n)
{
	size_t c = l->cap;   /* each array grows from cap to the same new capacity */
	if (buf_reserve_array(&l->stories, &c, n, sizeof *l->stories, 16))
		return -1;
	c = l->cap;
	if (buf_reserve_array(&l->urls, &c, n, sizeof *l->urls, 16))
		return -1;
	c = l->cap;
	if (buf_reserve_array(&l->sentences, &c, n, sizeof *l->sentences, 16))
		return -1;
	l->cap = c;
	return 0;
}

void story_cols_lend(const story_cols *l, size_t n, khaldun_stored_event *e)
{
	e->n_stories = n;
	e->stories = l->stories;
	e->urls = l->urls;
	e->sentences = l->sentences;
}

void story_cols_free(story_cols *l)
{
	free(l->stories);
	free(l->urls);
	free(l->sentences);
	l->stories = l->urls = l->sentences = NULL;
	l->cap = 0;
}

typedef struct {
	story_cols c;
	size_t n;
	char **own;        /* copies of the strings above, freed after each event */
	size_t nown, capown;
} mention_list;

/* A copy of s (NULL for NULL) owned by m, in *out: 0, or -1 when out of memory. */
static int keep(mention_list *m, const char *s, const char **out)
{
	*out = NULL;
	if (!s)
		return 0;
	if (buf_grow_array(&m->own, &m->capown, m->nown, sizeof *m->own, 64))
		return -1;
	char *c = malloc(strlen(s) + 1);
	if (!c)
		return -1;
	strcpy(c, s);
	m->own[m->nown++] = c;
	*out = c;
	return 0;
}

static void list_clear(mention_list *m)
{
	for (size_t i = 0; i < m->nown; i++)
		free(m->own[i]);
	m->nown = 0;
	m->n = 0;
}

static int list_add(mention_list *m, const char *story, const char *url, const char *sentence)
{
	if (story_cols_reserve(&m->c, m->n + 1))
		return -1;
	if (keep(m, story, &m->c.stories[m->n]) || keep(m, url, &m->c.urls[m->n])
	    || keep(m, sentence, &m->c.sentences[m->n]))
		return -1;
	m->n++;
	return 0;
}

static void origin(khaldun_origin *o, sqlite3_stmt *st, int file, int line, int entry)
{
	o->file = col(st, file);
	o->line = sqlite3_column_int(st, line);
	o->entry = entry >= 0 ? col(st, entry) : NULL;
}

/* Reads the stories mentioning event `id` into ml (copied) and their distinct outlets into
 * srcs (at most 64); returns SQLITE_DONE or an SQLite error. */
static int read_mentions(sqlite3_stmt *ms, long long id, mention_list *ml, const char **srcs,
			 size_t *nsrc)
{
	list_clear(ml);
	sqlite3_bind_int64(ms, 1, id);
	*nsrc = 0;
	int mrc;
	while ((mrc = sqlite3_step(ms)) == SQLITE_ROW) {
		if (list_add(ml, col(ms, 0), col(ms, 1), col(ms, 2))) {
			mrc = SQLITE_NOMEM;
			break;
		}
		const char *src = col(ms, 3);
		size_t k = 0;
		while (k < *nsrc && strcmp(srcs[k], src ? src : ""))
			k++;
		if (k == *nsrc && *nsrc < 64 && keep(ml, src ? src : "", &srcs[(*nsrc)++])) {
			mrc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_reset(ms);
	return mrc;
}

/* The 8 location columns from column i on; coordinates NaN when unknown, all zero (name
 * NULL) when the event has no place. */
static void read_location(sqlite3_stmt *st, int i, khaldun_location *l)
{
	memset(l, 0, sizeof *l);
	l->name = col(st, i);
	if (!l->name)
		return;
	l->country = col(st, i + 1);
	l->admin1 = col(st, i + 2);
	int point = sqlite3_column_type(st, i + 3) != SQLITE_NULL
		    && sqlite3_column_type(st, i + 4) != SQLITE_NULL;
	l->lat = point ? sqlite3_column_double(st, i + 3) : NAN;
	l->lon = point ? sqlite3_column_double(st, i + 4) : NAN;
	l->geonameid = (long)sqlite3_column_int64(st, i + 5);
	l->precision = col(st, i + 6);
	l->text = col(st, i + 7);
}

static void read_event_row(sqlite3_stmt *st, khaldun_stored_event *e)
{
	e->story = col(st, 1);
	e->sentence = (size_t)sqlite3_column_int64(st, 2);
	e->sentence_text = col(st, 3);
		const char *date = col_or_empty(st, 4);
	e->event.date = strlen(date) == 10 ? khaldun_parse_date(date, 10) : 0;
	e->event.source = col(st, 5);
	e->event.target = col(st, 6);
	e->event.code = col(st, 7);
	e->root = col(st, 8);
	e->quad = sqlite3_column_int(st, 9);
	e->has_goldstein = sqlite3_column_type(st, 10) != SQLITE_NULL;
	e->goldstein = sqlite3_column_double(st, 10);
	e->plover = col(st, 11);
	e->plover_mode = col(st, 12);
	e->plover_context = col(st, 13);
	e->source_name = col(st, 14);
	e->target_name = col(st, 15);
	e->source_country = col_or_empty(st, 16);
	e->target_country = col_or_empty(st, 17);
	e->source_sector = col_or_empty(st, 18);
	e->target_sector = col_or_empty(st, 19);
	e->event.source_text = col(st, 20);
	e->event.target_text = col(st, 21);
	e->event.verb_text = col(st, 22);
	e->event.attribution = col(st, 23);
	e->event.time_shift = sqlite3_column_int(st, 24);
		origin(&e->event.pattern, st, 25, 26, 27);
		origin(&e->event.verb, st, 28, 29, 30);
		origin(&e->event.source_entry, st, 31, 32, -1);
		origin(&e->event.target_entry, st, 33, 34, -1);
	e->event.source_entry.entry = e->source_name;
	e->event.target_entry.entry = e->target_name;
	e->mentions = sqlite3_column_int(st, 35);
	e->dataset = col(st, 36);
	read_location(st, 38, &e->event.location);
	e->loc_feature = col(st, 46);
	e->loc_adm1_code = col(st, 47);
}

/* Events selected by f, or the one event `id` when id > 0 (see khaldun_store_events). */
static int select_events(khaldun_store *s, const khaldun_filter *f, long long id,
			 int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx)
{
	buf sql;
	buf_init(&sql, 1 << 16);
	/* imported events have no stored story: their own story id, sentence and URL stand in */
	if (buf_adds(&sql, "SELECT " EVENT_COLUMNS " FROM event e LEFT JOIN story s ON s.id = "
		     "e.story LEFT JOIN sentence se ON se.id = e.sentence")
	    || (id > 0 ? buf_printf(&sql, " WHERE e.id = %lld", id)
		: filter_paged_both(f) ? filter_both_page(&sql, f, FILTER_SQLITE)
		: where(&sql, f, "e."))
	    || buf_adds(&sql, f && f->newest_first ? " ORDER BY e.date DESC, e.id DESC"
						   : " ORDER BY e.date, e.id")
	    || (f && (f->limit || f->offset)
		&& buf_printf(&sql, " LIMIT %lld OFFSET %zu", f->limit ? (long long)f->limit : -1LL,
			      f->offset))) {
		buf_free(&sql);
		return KHALDUN_ERR_NOMEM;
	}
	sqlite3_stmt *st = NULL, *ms = NULL;
	int rc = KHALDUN_OK;
	if (sqlite3_prepare_v2(s->db, sql.p, -1, &st, NULL) != SQLITE_OK
	    || sqlite3_prepare_v2(s->db, "SELECT s.ext_id, s.url, se.text, "
				  "coalesce(s.source, s.url, s.ext_id) FROM mention m "
				  "JOIN story s ON s.id = m.story "
				  "LEFT JOIN sentence se ON se.id = m.sentence "
				  "WHERE m.event = ? ORDER BY m.story", -1, &ms,
				  NULL) != SQLITE_OK) {
		rc = store_fail(s, "querying events");
		goto out;
	}
	bind_filter(st, f);
	mention_list ml;
	memset(&ml, 0, sizeof ml);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		khaldun_stored_event e;
		memset(&e, 0, sizeof e);
		e.id = sqlite3_column_int64(st, 0);
		/* the mentions first: their strings are copied, the event's stay in `st` */
		size_t nsrc;
		const char *srcs[64];
		if (read_mentions(ms, e.id, &ml, srcs, &nsrc) != SQLITE_DONE) {
			rc = store_fail(s, "reading mentions");
			list_clear(&ml);
			break;
		}
		read_event_row(st, &e);
		if (!ml.n && col(st, 1)
		    && list_add(&ml, col(st, 1), col(st, 37),
			    e.sentence_text ? col(st, 3) : NULL)) {
			rc = KHALDUN_ERR_NOMEM;
			break;
		}
		story_cols_lend(&ml.c, ml.n, &e);
		e.n_sources = nsrc;
		int stop = fn(ctx, &e);
		list_clear(&ml);
		if (stop)
			break;
	}
	if (step != SQLITE_ROW && step != SQLITE_DONE && rc == KHALDUN_OK)
		rc = store_fail(s, "querying events");
	story_cols_free(&ml.c);
	free(ml.own);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(ms);
	buf_free(&sql);
	return rc;
}

int khaldun_store_events(khaldun_store *s, const khaldun_filter *f,
			 int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx)
{
	if (s && s->pg)
		return pg_events(s, f, 0, fn, ctx);
	if (!s || !fn)
		return KHALDUN_ERR_ARG;
	return select_events(s, f, 0, fn, ctx);
}

typedef struct {
	int (*fn)(void *ctx, const khaldun_stored_event *e);
	void *ctx;
	int seen;
} get_ctx;

static int got(void *vctx, const khaldun_stored_event *e)
{
	get_ctx *g = vctx;
	g->seen = 1;
	g->fn(g->ctx, e);
	return 1;
}

int khaldun_store_event_get(khaldun_store *s, long long id,
			    int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx)
{
	if (!s || !fn || id <= 0)
		return KHALDUN_ERR_ARG;
	get_ctx g = { fn, ctx, 0 };
	int rc = s->pg ? pg_events(s, NULL, id, got, &g) : select_events(s, NULL, id, got, &g);
	return rc ? rc : g.seen ? KHALDUN_OK : KHALDUN_EOF;
}

/* ---------------------------------------------------------------- counts */

int khaldun_store_count(khaldun_store *s, const khaldun_filter *f, enum khaldun_group g,
			enum khaldun_period p, int (*fn)(void *ctx, const khaldun_count *c),
			void *ctx)
{
	if (s && s->pg)
		return pg_count(s, f, g, p, fn, ctx);
	if (!s || !fn)
		return KHALDUN_ERR_ARG;
	static const char *const periods[] = {
		"NULL", "date", "date(date, 'weekday 0', '-6 days')", "substr(date, 1, 7)",
		"substr(date, 1, 4)"
	};
	const char *k = "NULL", *k2 = "NULL";
	switch (g) {
	case KHALDUN_BY_NONE: break;
	case KHALDUN_BY_DYAD: k = "source"; k2 = "target"; break;
	case KHALDUN_BY_SOURCE: k = "source"; break;
	case KHALDUN_BY_TARGET: k = "target"; break;
	case KHALDUN_BY_ACTOR: k = "source"; break;
	case KHALDUN_BY_CODE: k = "code"; break;
	case KHALDUN_BY_ROOT: k = "root"; break;
	case KHALDUN_BY_PLOVER: k = "plover"; break;
	case KHALDUN_BY_QUAD: k = "CAST(quad AS TEXT)"; break;
	case KHALDUN_BY_COUNTRY_DYAD: k = "source_country"; k2 = "target_country"; break;
	default: return KHALDUN_ERR_ARG;
	}
	if ((unsigned)p > KHALDUN_PER_YEAR)
		return KHALDUN_ERR_ARG;
	buf sql;
	buf_init(&sql, 1 << 16);
	int bad = buf_printf(&sql, "SELECT p, k, k2, n, m, g FROM (SELECT p, k, k2, count(*) AS n, "
			     "sum(mentions) AS m, avg(goldstein) AS g, row_number() OVER "
			     "(PARTITION BY p ORDER BY count(*) DESC, k, k2) AS rk FROM (SELECT "
			     "%s AS p, %s AS k, %s AS k2, mentions, goldstein FROM event",
			     periods[p], k, k2) || where(&sql, f, "");
	if (g == KHALDUN_BY_ACTOR)
		bad = bad || buf_printf(&sql, " UNION ALL SELECT %s, target, NULL, mentions, "
					"goldstein FROM event", periods[p]) || where(&sql, f, "");
	bad = bad || buf_adds(&sql, ") GROUP BY p, k, k2)");
	if (f && f->limit)
		bad = bad || buf_printf(&sql, " WHERE rk <= %zu", f->limit);
	bad = bad || buf_adds(&sql, " ORDER BY p, rk");
	if (bad) {
		buf_free(&sql);
		return KHALDUN_ERR_NOMEM;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql.p, -1, &st, NULL) != SQLITE_OK) {
		buf_free(&sql);
		return store_fail(s, "counting events");
	}
	buf_free(&sql);
	bind_filter(st, f);
	int rc, out = KHALDUN_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		khaldun_count c = { col(st, 0), col(st, 1), col(st, 2), sqlite3_column_int(st, 3),
				    sqlite3_column_int(st, 4), sqlite3_column_double(st, 5),
				    sqlite3_column_type(st, 5) != SQLITE_NULL };
		if (fn(ctx, &c))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		out = store_fail(s, "counting events");
	sqlite3_finalize(st);
	return out;
}

/* ---------------------------------------------------------------- places */

int khaldun_store_places(khaldun_store *s, const khaldun_filter *f,
			 int (*fn)(void *ctx, const khaldun_place_count *p), void *ctx)
{
	if (s && s->pg)
		return pg_places(s, f, fn, ctx);
	if (!s || !fn)
		return KHALDUN_ERR_ARG;
	buf sql;
	buf_init(&sql, 1 << 16);
	int bad = buf_adds(&sql, "SELECT loc_name, loc_country, loc_admin1, loc_precision, "
			   "loc_lat, loc_lon, count(*) AS n, sum(mentions), sum(coalesce(quad, 0) "
			   "NOT IN "
			   "(1, 2, 3, 4)), sum(quad = 1), sum(quad = 2), sum(quad = 3), "
			   "sum(quad = 4) FROM event");
	size_t before = sql.len;
	bad = bad || where(&sql, f, "");
	bad = bad || buf_adds(&sql, sql.len > before ? " AND" : " WHERE");
	bad = bad || buf_adds(&sql, " loc_lat IS NOT NULL AND loc_lon IS NOT NULL AND loc_name "
			      "IS NOT NULL GROUP BY loc_lat, loc_lon, loc_name "
			      "ORDER BY n DESC, loc_name, loc_lat, loc_lon");
	if (f && f->limit)
		bad = bad || buf_printf(&sql, " LIMIT %zu", f->limit);
	sqlite3_stmt *st = NULL;
	if (bad) {
		buf_free(&sql);
		return KHALDUN_ERR_NOMEM;
	}
	int rc = sqlite3_prepare_v2(s->db, sql.p, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return store_fail(s, "listing places");
	bind_filter(st, f);
	int out = KHALDUN_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		khaldun_place_count p = { col(st, 0), col(st, 1), col(st, 2), col(st, 3),
					  sqlite3_column_double(st, 4),
					  sqlite3_column_double(st, 5),
					  sqlite3_column_int(st, 6), sqlite3_column_int(st, 7),
					  { 0, 0, 0, 0, 0 } };
		for (int q = 0; q < 5; q++)
			p.quad[q] = sqlite3_column_int(st, 8 + q);
		if (fn(ctx, &p))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		out = store_fail(s, "listing places");
	sqlite3_finalize(st);
	return out;
}

/* ---------------------------------------------------------------- summary */

int khaldun_store_summary(khaldun_store *s, khaldun_store_stats *o)
{
	if (s && s->pg)
		return pg_summary(s, o);
	if (!s || !o)
		return KHALDUN_ERR_ARG;
	memset(o, 0, sizeof *o);
	o->schema = KHALDUN_STORE_SCHEMA;
	sqlite3_stmt *st;
	const char *sql =
		"SELECT (SELECT count(*) FROM story), "
		"(SELECT count(*) FROM story WHERE kind = 'near'), "
		"(SELECT count(*) FROM story WHERE kind = 'same-text'), "
		"(SELECT count(*) FROM sentence), (SELECT count(*) FROM event), "
		"(SELECT coalesce(sum(mentions), 0) FROM event), "
		"(SELECT replace(min(date), '-', '') FROM event), "
		"(SELECT replace(max(date), '-', '') FROM event)";
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "summarising");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		o->stories = sqlite3_column_int(st, 0);
		o->near_duplicates = sqlite3_column_int(st, 1);
		o->same_text = sqlite3_column_int(st, 2);
		o->sentences = sqlite3_column_int(st, 3);
		o->events = sqlite3_column_int(st, 4);
		o->mentions = sqlite3_column_int(st, 5);
		o->first = sqlite3_column_int(st, 6);
		o->last = sqlite3_column_int(st, 7);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? KHALDUN_OK : store_fail(s, "summarising");
}
