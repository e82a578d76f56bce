/*
 * put.c - writing coded stories (batches from the pipeline, khaldun_code_story): deduplicate,
 * write. The store never codes.
 * A story is looked up by outlet and id (stored: nothing to do), then by its normalised-text
 * fingerprint (stored under another id: it becomes one more mention of that story's events),
 * then by MinHash LSH bands among first reports (a near-duplicate: it is stored, and each of its
 * events that matches an unclaimed event of the first report with the same source, target and
 * code becomes a mention of it). Stories are committed in batches (16 MiB of text or 10 s, longer
 * as commits grow: store.h), each story in its own savepoint, so a kill at any moment leaves
 * whole stories, and a re-run skips exactly the stories already committed.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/dedup.h"
#include "cameo/actor.h"
#include "base/buf.h"
#include "base/date.h"
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>

/* ---------------------------------------------------------------- statements */

/* A prepared statement with its binding position; `own`: not from the store's cache. */
typedef struct {
	sqlite3_stmt *st;
	int i, own;
} stmt;

/* Prepares sql (a string literal: it is cached by address, so each statement is prepared once
 * per handle and reused across stories; done() resets it). Returns 0 or the reported error. */
static int prep(khaldun_store *s, stmt *q, const char *sql)
{
	q->i = 0;
	q->own = 0;
	for (size_t k = 0; k < s->n_prepared; k++)
		if (s->prepared[k].sql == sql) {
			q->st = s->prepared[k].st;
			return 0;
		}
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &q->st, NULL)
	    != SQLITE_OK) {
		q->st = NULL;
		return store_fail(s, "preparing a statement");
	}
	if (s->n_prepared < STORE_MAX_PREPARED)
		s->prepared[s->n_prepared++] = (store_prepared){ sql, q->st };
	else
		q->own = 1;
	return 0;
}

static void b_text(stmt *q, const char *v)
{
	q->i++;
	if (v)
		sqlite3_bind_text(q->st, q->i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(q->st, q->i);
}

static void b_textn(stmt *q, const char *v, size_t n)
{
	sqlite3_bind_text(q->st, ++q->i, v, (int)n, SQLITE_TRANSIENT);
}

static void b_int(stmt *q, long long v)
{
	sqlite3_bind_int64(q->st, ++q->i, v);
}

static void b_nullable_int(stmt *q, long long v, int present)
{
	q->i++;
	if (present)
		sqlite3_bind_int64(q->st, q->i, v);
	else
		sqlite3_bind_null(q->st, q->i);
}

static void b_blob(stmt *q, const void *p, int n)
{
	sqlite3_bind_blob(q->st, ++q->i, p, n, SQLITE_TRANSIENT);
}

/* Steps a statement that returns no row (or only the first); resets it. Returns 0 or -1. */
static int run(stmt *q)
{
	int rc = sqlite3_step(q->st);
	store_release(q->st);
	q->i = 0;
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

static void done(stmt *q)
{
	if (q->own)
		sqlite3_finalize(q->st);
	else if (q->st)
		store_release(q->st);
	q->st = NULL;
}

/* ---------------------------------------------------------------- ingest */

typedef struct {
	khaldun_store *s;
	long date;
	long long story_row, cluster;
	int near;
	size_t events, new_events;
	stmt ins_sentence, ins_event, ins_mention, find_match, bump;
} ingest_ctx;

const char *store_outcome_name(int status, enum khaldun_outcome o)
{
	if (status != KHALDUN_OK)
		return "error";
	switch (o) {
	case KHALDUN_CODED: return "coded";
	case KHALDUN_DISCARD: return "discard";
	case KHALDUN_COMPLEX: return "complex";
	case KHALDUN_TOO_SHORT: return "too-short";
	}
	return "coded";
}

/* The first report's event with the same dyad and code, not yet claimed by this story: its
 * row, with one more mention (0 when none; -1 on error). */
static long long claim_match(ingest_ctx *cx, const khaldun_event *e)
{
	long long event_row = 0;
	stmt *q = &cx->find_match;
	b_int(q, cx->cluster);
	b_text(q, e->source);
	b_text(q, e->target);
	b_text(q, e->code);
	b_int(q, cx->story_row);
	int rc = sqlite3_step(q->st);
	if (rc == SQLITE_ROW)
		event_row = sqlite3_column_int64(q->st, 0);
	if (run(q))
		return -1;
	if (event_row) {
		stmt *b = &cx->bump;
		b_int(b, event_row);
		if (run(b))
			return -1;
	}
	return event_row;
}

/* Binds the event's origins (dictionary file:line and entry of each match). */
static void bind_origins(stmt *q, const khaldun_event *e)
{
	b_text(q, e->pattern.file);
	b_nullable_int(q, e->pattern.line, e->pattern.file != NULL);
	b_text(q, e->pattern.entry);
	b_text(q, e->verb.file);
	b_nullable_int(q, e->verb.line, e->verb.file != NULL);
	b_text(q, e->verb.entry);
	b_text(q, e->source_entry.file);
	b_nullable_int(q, e->source_entry.line, e->source_entry.file != NULL);
	b_text(q, e->target_entry.file);
	b_nullable_int(q, e->target_entry.line, e->target_entry.file != NULL);
}

/* Binds the event's location (8 columns, all NULL when it has none). */
static void bind_location(stmt *q, const khaldun_location *l)
{
	int has = l->name != NULL;
	b_text(q, l->name);
	b_text(q, has && l->country && *l->country ? l->country : NULL);
	b_text(q, has ? l->admin1 : NULL);
	int point = has && !isnan(l->lat) && !isnan(l->lon);   /* NaN: coordinates unknown */
	q->i++;
	if (point)
		sqlite3_bind_double(q->st, q->i, l->lat);
	else
		sqlite3_bind_null(q->st, q->i);
	q->i++;
	if (point)
		sqlite3_bind_double(q->st, q->i, l->lon);
	else
		sqlite3_bind_null(q->st, q->i);
	b_nullable_int(q, l->geonameid, has && l->geonameid > 0);
	b_text(q, has ? l->precision : NULL);
	b_text(q, has ? l->text : NULL);
}

void store_event_cols_of(const khaldun_store *s, const khaldun_event *e, long story_date,
			 store_event_cols *c)
{
	khaldun_cameo_lookup(s->cameo, e->code, &c->info);
	c->mode = c->context = NULL;
	khaldun_cameo_plover_detail(s->cameo, e->code, &c->mode, &c->context);
	c->ss = actor_split(e->source, c->sc);
	c->ts = actor_split(e->target, c->tc);
	if (date_to_iso(e->date ? e->date : story_date, c->date))
		date_to_iso(story_date, c->date);
}

/* Inserts the event as a new row; returns its row or -1. */
static long long insert_event(ingest_ctx *cx, const khaldun_event *e, long long sentence_row)
{
	khaldun_store *s = cx->s;
	store_event_cols c;
	store_event_cols_of(s, e, cx->date, &c);
	stmt *q = &cx->ins_event;
	b_int(q, cx->cluster);
	b_int(q, cx->story_row);
	b_int(q, sentence_row);
	b_text(q, c.date);
	b_text(q, e->source);
	b_text(q, e->source_entry.entry);
	b_text(q, c.sc[0] ? c.sc : NULL);
	b_text(q, *c.ss ? c.ss : NULL);
	b_text(q, e->target);
	b_text(q, e->target_entry.entry);
	b_text(q, c.tc[0] ? c.tc : NULL);
	b_text(q, *c.ts ? c.ts : NULL);
	b_text(q, e->code);
	b_text(q, c.info.root[0] ? c.info.root : NULL);
	b_nullable_int(q, c.info.quad, c.info.quad != 0);
	q->i++;
	if (c.info.has_goldstein)
		sqlite3_bind_double(q->st, q->i, c.info.goldstein);
	else
		sqlite3_bind_null(q->st, q->i);
	b_text(q, c.info.plover);
	b_text(q, c.mode);
	b_text(q, c.context);
	b_text(q, e->attribution);
	b_int(q, e->time_shift);
	b_text(q, e->source_text);
	b_text(q, e->target_text);
	b_text(q, e->verb_text);
	bind_origins(q, e);
	bind_location(q, &e->location);
	if (run(q))
		return -1;
	cx->new_events++;
	return sqlite3_last_insert_rowid(s->db);
}

static int put_event(ingest_ctx *cx, const khaldun_event *e, long long sentence_row)
{
	long long event_row = cx->near ? claim_match(cx, e) : 0;
	if (!event_row)
		event_row = insert_event(cx, e, sentence_row);
	if (event_row < 0)
		return -1;
	stmt *m = &cx->ins_mention;
	b_int(m, event_row);
	b_int(m, cx->story_row);
	b_int(m, sentence_row);
	if (run(m))
		return -1;
	cx->events++;
	return 0;
}

/* Writes one sentence of the batch and its events. Returns 0 or -1. */
static int put_sentence(ingest_ctx *cx, size_t idx, const khaldun_sentence *sent,
			const khaldun_event *events)
{
	stmt *q = &cx->ins_sentence;
	b_int(q, cx->story_row);
	b_int(q, (long long)idx);
	b_textn(q, sent->text, sent->len);
	b_text(q, store_outcome_name(sent->status, sent->outcome));
	/* RETURNING: a recoded story's sentence keeps its row (only its outcome changes) */
	long long sentence_row = sqlite3_step(q->st) == SQLITE_ROW ? sqlite3_column_int64(q->st, 0)
		: 0;
	if (run(q) || !sentence_row)
		return -1;
	for (size_t i = 0; i < sent->n_events; i++)
		if (put_event(cx, &events[sent->first_event + i], sentence_row))
			return -1;
	return 0;
}

/* A first report's LSH band rows, written by one INSERT of DEDUP_BANDS rows rather than one
 * statement per band: each row costs an index insert either way, and a statement per band
 * added its step, halt and reset, about a third again (docs/performance.md, 2026-12-03).
 * Parameters: ?1..?DEDUP_BANDS the band keys, then the day and the story. Built once per
 * process. (The lookup stays one statement per band: one compound SELECT of the 42 per-band
 * queries measured no cheaper, as each band's index seek is most of its cost.) */
static char band_insert_sql[64 + DEDUP_BANDS * 32];

static void band_sql_build(void)
{
	char *p = band_insert_sql, *end = p + sizeof band_insert_sql;
	p += snprintf(p, (size_t)(end - p), "INSERT OR IGNORE INTO story_band (band, day, story) "
		      "VALUES ");
	for (int b = 1; b <= DEDUP_BANDS && p < end; b++)
		p += snprintf(p, (size_t)(end - p), "%s(?%d, ?%d, ?%d)", b > 1 ? ", " : "", b,
			      DEDUP_BANDS + 1, DEDUP_BANDS + 2);
}

/* The store's cached statement k (prepared on first use, reset after each use; finalized by
 * khaldun_store_free), or NULL (reported). */
static sqlite3_stmt *cached(khaldun_store *s, enum store_stmt k)
{
	static pthread_once_t built = PTHREAD_ONCE_INIT;
	pthread_once(&built, band_sql_build);
	static const char *const sql[STORE_N_STMT] = {
		[STORE_FIND_ID] = "SELECT id FROM story WHERE ext_id = ? "
				  "AND coalesce(source, '') = coalesce(?, '')",
		[STORE_FIND_ANY_ID] = "SELECT id FROM story WHERE ext_id = ? LIMIT 1",
		/* the oldest in the window: min(id) reads only the (fingerprint, date) index, then
		 * one row (ORDER BY id read and sorted every row of the window: a repeated text
		 * has one per repeat) */
		[STORE_FIND_TEXT] = "SELECT id, coalesce(same_as, id), ext_id FROM story "
				    "WHERE id = (SELECT min(id) FROM story "
				    "WHERE fingerprint = ? AND date BETWEEN ? AND ?)",
		/* the candidates' signatures come with them: one statement per band, none per
		 * candidate (LEFT JOIN: a band row counts toward the cap as before) */
		[STORE_BAND_CANDIDATES] = "SELECT b.story, s.signature FROM story_band b "
					  "LEFT JOIN story s ON s.id = b.story WHERE b.band = ? "
					  "AND b.day BETWEEN ? AND ? "
					  "ORDER BY b.day DESC, b.story DESC LIMIT ?",
		[STORE_SIGNATURE] = "SELECT signature, ext_id FROM story WHERE id = ?",
		[STORE_ADD_BAND] = band_insert_sql,
		/* each story's savepoint, prepared once rather than parsed per story */
		[STORE_SAVEPOINT] = "SAVEPOINT story",
		[STORE_RELEASE] = "RELEASE story",
	};
	return store_cached(s, &s->stmts[k], sql[k]);
}

/* Runs the cached statement k (SAVEPOINT or RELEASE of the story's savepoint); returns
 * SQLITE_OK or SQLite's error code. */
static int story_point(khaldun_store *s, enum store_stmt k)
{
	sqlite3_stmt *q = cached(s, k);
	if (!q)
		return SQLITE_ERROR;
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Looks up a story by outlet and id (any outlet when source is ANY); returns its row (0:
 * none, -1: error). */
#define ANY ((const char *)1)
static long long find_id(khaldun_store *s, const char *id, const char *source)
{
	sqlite3_stmt *q = cached(s, source == ANY ? STORE_FIND_ANY_ID : STORE_FIND_ID);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
	if (source != ANY)
		sqlite3_bind_text(q, 2, source, -1, SQLITE_STATIC);
	long long row = 0;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		row = sqlite3_column_int64(q, 0);
	else if (rc != SQLITE_DONE)
		row = -1;
	store_release(q);
	return row;
}

int khaldun_store_has(khaldun_store *s, const char *id)
{
	if (s && s->pg)
		return pg_has(s, id, NULL, 1);
	if (!s || !id)
		return KHALDUN_ERR_ARG;
	long long row = find_id(s, id, ANY);
	return row < 0 ? store_fail(s, "looking up a story") : row > 0;
}

int khaldun_store_has_story(khaldun_store *s, const char *id, const char *source)
{
	if (s && s->pg)
		return pg_has(s, id, source, 0);
	if (!s || !id)
		return KHALDUN_ERR_ARG;
	long long row = find_id(s, id, source);
	return row < 0 ? store_fail(s, "looking up a story") : row > 0;
}

/* The stored story with this fingerprint dated within [lo, hi] (ISO dates): its row, the first
 * report of its cluster and its id (copied into idbuf). Returns 1 found, 0 not, -1 error. */
static int find_text(khaldun_store *s, const char *fp, const char *lo, const char *hi,
		     long long *row, long long *cluster, char *idbuf, size_t cap)
{
	sqlite3_stmt *q = cached(s, STORE_FIND_TEXT);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, fp, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, lo, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, hi, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q), found = 0;
	if (rc == SQLITE_ROW) {
		*row = sqlite3_column_int64(q, 0);
		*cluster = sqlite3_column_int64(q, 1);
		snprintf(idbuf, cap, "%s", (const char *)sqlite3_column_text(q, 2));
		found = 1;
	} else if (rc != SQLITE_DONE) {
		found = -1;
	}
	store_release(q);
	return found;
}

/* A near-duplicate candidate: a first report's row and its similarity to the story (< 0:
 * no usable signature). */
typedef struct {
	long long row;
	double sim;
} near_cand;

/* Collects into cand (deduplicated, at most STORE_BAND_CAP per band) the first reports dated
 * within [lo, hi] (YYYYMMDD) that share an LSH band with p, the most recent first, each with
 * its similarity to p computed once, in memory; returns their number, or -1 on error. */
static int band_candidates(khaldun_store *s, const dedup_print *p, long lo, long hi,
			   near_cand *cand)
{
	sqlite3_stmt *q = cached(s, STORE_BAND_CANDIDATES);
	if (!q)
		return -1;
	int n = 0, rc = SQLITE_DONE;
	for (int b = 0; b < DEDUP_BANDS; b++) {
		sqlite3_bind_int64(q, 1, p->bands[b]);
		sqlite3_bind_int64(q, 2, lo);
		sqlite3_bind_int64(q, 3, hi);
		sqlite3_bind_int(q, 4, STORE_BAND_CAP);
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			long long id = sqlite3_column_int64(q, 0);
			int k = 0;
			while (k < n && cand[k].row != id)
				k++;
			if (k < n)
				continue;
			cand[n].row = id;
			cand[n].sim = -1;
			const void *blob = sqlite3_column_blob(q, 1);
			if (blob && sqlite3_column_bytes(q, 1) == DEDUP_HASHES * 4) {
				uint32_t sig[DEDUP_HASHES];
				dedup_sig_unpack(blob, sig);
				cand[n].sim = dedup_similarity(p->sig, sig);
			}
			n++;
		}
		store_release(q);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return n;
}

static int by_row(const void *a, const void *b)
{
	long long x = ((const near_cand *)a)->row, y = ((const near_cand *)b)->row;
	return x < y ? -1 : x > y;
}

/* The most similar first report sharing an LSH band with p and dated within the window around
 * day, if at or above the threshold (ties: the oldest). Returns 1 found (*row, *sim, idbuf
 * set), 0 not, -1 error. */
static int find_near(khaldun_store *s, const dedup_print *p, long day, long long *row,
		     double *sim, char *idbuf, size_t cap)
{
	if (!p->has_signature || s->threshold > 1)
		return 0;
	near_cand cand[DEDUP_BANDS * STORE_BAND_CAP];
	int n = band_candidates(s, p, date_add_days(day, -s->dedup_days),
				date_add_days(day, s->dedup_days), cand);
	if (n <= 0)
		return n;
	qsort(cand, (size_t)n, sizeof *cand, by_row);
	int best = -1;
	for (int k = 0; k < n; k++)
		if (cand[k].sim >= s->threshold && (best < 0 || cand[k].sim > cand[best].sim))
			best = k;
	*sim = best >= 0 ? cand[best].sim : 0;
	if (best < 0)
		return 0;
	*row = cand[best].row;
	sqlite3_stmt *q = cached(s, STORE_SIGNATURE);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, *row);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		snprintf(idbuf, cap, "%s", (const char *)sqlite3_column_text(q, 1));
	store_release(q);
	return rc == SQLITE_ROW ? 1 : -1;
}

/* Inserts the story's row with `events` events (its mentions, when known before they are
 * written: a same-text story's; else 0, the column's default, set by write_parts). Returns
 * its row or -1. */
static long long insert_story(khaldun_store *s, const khaldun_story *st, const char *date,
			      const dedup_print *p, const char *kind, long long same_as,
			      double sim, long long events)
{
	stmt q;
	if (prep(s, &q, "INSERT INTO story (ext_id, date, title, source, url, file, line, "
		 "fingerprint, words, signature, kind, same_as, similarity, dict_version, ordinal, "
		 "events) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
		return -1;
	b_text(&q, st->id);
	b_text(&q, date);
	b_text(&q, st->title);
	b_text(&q, st->source);
	b_text(&q, st->url);
	b_text(&q, st->file);
	b_nullable_int(&q, st->line, st->line > 0);
	b_text(&q, p->fingerprint);
	b_int(&q, (long long)p->words);
	if (p->has_signature) {
		unsigned char packed[DEDUP_HASHES * 4];
		dedup_sig_pack(p->sig, packed);
		b_blob(&q, packed, (int)sizeof packed);
	} else {
		q.i++;
	}
	b_text(&q, kind);
	b_nullable_int(&q, same_as, same_as != 0);
	q.i++;
	if (same_as)
		sqlite3_bind_double(q.st, q.i, sim);
	b_text(&q, s->dict_version[0] ? s->dict_version : NULL);
	b_nullable_int(&q, s->ordinal, s->ordinal >= 0);
	b_int(&q, events);
	int rc = run(&q);
	done(&q);
	return rc ? -1 : sqlite3_last_insert_rowid(s->db);
}

/* Queues one more mention of event `id` (store_bumps_apply); returns 0 or -1 without memory. */
static int bump_queue(khaldun_store *s, long long id)
{
	if (buf_grow_array(&s->bumps, &s->cap_bumps, s->n_bumps, sizeof *s->bumps, 1024))
		return -1;
	s->bumps[s->n_bumps++] = id;
	return 0;
}

static int by_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

int store_bumps_apply(khaldun_store *s)
{
	if (!s->n_bumps)
		return 0;
	qsort(s->bumps, s->n_bumps, sizeof *s->bumps, by_id);
	stmt q;
	if (store_exec(s, "SAVEPOINT bumps") != SQLITE_OK)
		return -1;
	int rc = prep(s, &q, "UPDATE event SET mentions = mentions + ? WHERE id = ?");
	for (size_t i = 0, j; i < s->n_bumps && !rc; i = j) {
		for (j = i + 1; j < s->n_bumps && s->bumps[j] == s->bumps[i]; j++)
			;
		b_int(&q, (long long)(j - i));
		b_int(&q, s->bumps[i]);
		rc = run(&q);
	}
	if (q.st)
		done(&q);
	if (rc) {
		store_exec(s, "ROLLBACK TO bumps");
		store_exec(s, "RELEASE bumps");
		return -1;
	}
	s->n_bumps = 0;
	return store_exec(s, "RELEASE bumps") == SQLITE_OK ? 0 : -1;
}

/* Stores a story whose text is already stored: one more mention of the same events. */
static int ingest_same_text(khaldun_store *s, const khaldun_story *st, const char *date,
			    const dedup_print *p, long long found, long long cluster,
			    khaldun_ingest_result *res)
{
	stmt q;
	if (prep(s, &q, "SELECT count(*) FROM mention WHERE story = ?"))
		return -1;
	b_int(&q, found);
	long long n = sqlite3_step(q.st) == SQLITE_ROW ? sqlite3_column_int64(q.st, 0) : -1;
	done(&q);
	long long row = n < 0 ? -1 : insert_story(s, st, date, p, "same-text", cluster, 1.0, n);
	if (row < 0)
		return -1;
	/* the story's mentions are those of the story it repeats; each of their events gets one
	 * more mention, queued (store_bumps_apply): an event repeated by many stories of a batch
	 * is rewritten once, not once per story */
	if (prep(s, &q, "INSERT INTO mention (event, story, sentence) "
		 "SELECT event, ?, sentence FROM mention WHERE story = ? RETURNING event"))
		return -1;
	b_int(&q, row);
	b_int(&q, found);
	int rc;
	res->events = 0;
	while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
		if (bump_queue(s, sqlite3_column_int64(q.st, 0))) {
			rc = SQLITE_NOMEM;
			break;
		}
		res->events++;
	}
	done(&q);
	/* the count read before is the count written (one transaction, one writer) */
	return rc == SQLITE_DONE && (long long)res->events == n ? 0 : -1;
}

static int write_parts(khaldun_store *s, long long row, long long near, const store_parts *pt,
		       khaldun_ingest_result *res);

/* Writes the sentences and events of batch for the stored story `row` (a near-duplicate of
 * first report `near`, or 0) and its counts; res gets them. Returns 0 or -1. Shared by the
 * ingest and by the recode (recode.c), so both store a batch the same way. */
int store_write_batch(khaldun_store *s, long long row, long long near,
		      const khaldun_batch *batch, khaldun_ingest_result *res)
{
	if (store_bumps_apply(s))   /* the group's events as a commit would leave them */
		return -1;
	store_parts pt = { khaldun_batch_date(batch), NULL, 0, NULL };
	pt.n_sents = khaldun_batch_sentences(batch, &pt.sents);
	khaldun_batch_events(batch, &pt.events);
	return write_parts(s, row, near, &pt, res);
}

/* store_write_batch over a story's parts (a batch's, or rebuilt by merge.c). */
static int write_parts(khaldun_store *s, long long row, long long near, const store_parts *pt,
		       khaldun_ingest_result *res)
{
	ingest_ctx cx;
	memset(&cx, 0, sizeof cx);
	int failed = 0;
	cx.s = s;
	cx.date = pt->date;
	cx.story_row = row;
	cx.cluster = near ? near : row;
	cx.near = near != 0;
	if (prep(s, &cx.ins_sentence, "INSERT INTO sentence (story, idx, text, outcome) "
		 "VALUES (?,?,?,?) ON CONFLICT (story, idx) DO UPDATE SET text = excluded.text, "
		 "outcome = excluded.outcome RETURNING id")
	    || prep(s, &cx.ins_event, "INSERT INTO event (" STORE_EVENT_COLS ") "
		    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
		    "?,?,?,?,?,?,?,?)")
	    || prep(s, &cx.ins_mention, "INSERT INTO mention (event, story, sentence) "
		    "VALUES (?,?,?)")
	    || prep(s, &cx.find_match, "SELECT e.id FROM event e WHERE e.cluster = ? "
		    "AND e.source IS ? AND e.target IS ? AND e.code = ? AND NOT EXISTS "
		    "(SELECT 1 FROM mention m WHERE m.event = e.id AND m.story = ?) "
		    "ORDER BY e.id LIMIT 1")
	    || prep(s, &cx.bump, "UPDATE event SET mentions = mentions + 1 WHERE id = ?"))
		failed = 1;
	size_t n = pt->n_sents;
	for (size_t i = 0; i < n && !failed; i++)
		failed = put_sentence(&cx, i, &pt->sents[i], pt->events) != 0;
	done(&cx.ins_sentence);
	done(&cx.ins_event);
	done(&cx.ins_mention);
	done(&cx.find_match);
	done(&cx.bump);
	if (failed)
		return -1;
	res->sentences = n;
	res->events = cx.events;
	res->new_events = cx.new_events;
	stmt q;
	if (prep(s, &q, "UPDATE story SET sentences = ?, events = ? WHERE id = ?"))
		return -1;
	b_int(&q, (long long)n);
	b_int(&q, (long long)cx.events);
	b_int(&q, row);
	int rc = run(&q);
	done(&q);
	return rc;
}

static int ingest_coded(khaldun_store *s, const khaldun_story *st, const store_parts *pt,
			const char *iso, const dedup_print *p, long long near, double sim,
			khaldun_ingest_result *res)
{
	long long row = insert_story(s, st, iso, p, near ? "near" : "original", near, sim, 0);
	if (row < 0 || write_parts(s, row, near, pt, res))
		return -1;
	int rc = 0;
	long date = pt->date;
	/* only first reports are candidates: a cluster is matched through its first report */
	if (!near && p->has_signature) {
		sqlite3_stmt *add = cached(s, STORE_ADD_BAND);   /* all bands in one statement */
		if (!add)
			return -1;
		for (int b = 0; b < DEDUP_BANDS; b++)
			sqlite3_bind_int64(add, b + 1, p->bands[b]);
		sqlite3_bind_int64(add, DEDUP_BANDS + 1, date);
		sqlite3_bind_int64(add, DEDUP_BANDS + 2, row);
		rc = sqlite3_step(add) == SQLITE_DONE ? 0 : -1;
		store_release(add);
	}
	return rc;
}

/* Stores a story not stored yet: as the same text, a near-duplicate or a first report (see
 * the file comment). Returns 0 or -1 (SQLite's error pending). */
static int put_kind(khaldun_store *s, const khaldun_story *st, const store_parts *pt,
		    const char *iso, long date, const dedup_print *p, khaldun_ingest_result *res)
{
	long long found = 0;
	long long cluster = 0, near = 0;
	double sim = 0;
	char lo[11], hi[11];
	int days = s->dedup_days;
	if (date_to_iso(date_add_days(date, -days), lo) ||
	    date_to_iso(date_add_days(date, days), hi)) {
		strcpy(lo, iso);
		strcpy(hi, iso);
	}
	int rc, f = find_text(s, p->fingerprint, lo, hi, &found, &cluster, s->same_as,
			      sizeof s->same_as);
	if (f > 0) {
		res->outcome = KHALDUN_INGEST_SAME_TEXT;
		res->same_as = s->same_as;
		res->similarity = 1;
		rc = ingest_same_text(s, st, iso, p, found, cluster, res);
	} else if (f == 0
		   && (f = find_near(s, p, date, &near, &sim, s->same_as,
			   sizeof s->same_as)) >= 0) {
		if (f > 0) {
			res->outcome = KHALDUN_INGEST_NEAR;
			res->same_as = s->same_as;
			res->similarity = sim;
		}
		rc = ingest_coded(s, st, pt, iso, p, f > 0 ? near : 0, sim, res);
	} else {
		rc = -1;
	}
	return rc;
}

int khaldun_store_put(khaldun_store *s, const khaldun_story *st, const khaldun_batch *batch,
		      khaldun_ingest_result *res)
{
	if (s && s->pg)
		return pg_put(s, st, batch, res);
	if (!s || !st || !st->id || !st->text || !batch || !res) {
		if (s)
			s->ordinal = -1;
		return KHALDUN_ERR_ARG;
	}
	store_parts pt = { khaldun_batch_date(batch), NULL, 0, NULL };
	pt.n_sents = khaldun_batch_sentences(batch, &pt.sents);
	khaldun_batch_events(batch, &pt.events);
	dedup_print *p = malloc(sizeof *p);
	if (!p || dedup_compute(st->text, st->text_len, p)) {
		free(p);
		s->ordinal = -1;
		return KHALDUN_ERR_NOMEM;
	}
	int rc = store_put_print(s, st, &pt, p, res);
	free(p);
	return rc;
}

static int put_story(khaldun_store *s, const khaldun_story *st, const store_parts *pt,
		     const dedup_print *p, khaldun_ingest_result *res);

int store_put_print(khaldun_store *s, const khaldun_story *st, const store_parts *pt,
		    const struct dedup_print_s *p, khaldun_ingest_result *res)
{
	int rc = put_story(s, st, pt, p, res);
	s->ordinal = -1;   /* set for one story */
	return rc;
}

static int put_story(khaldun_store *s, const khaldun_story *st, const store_parts *pt,
		     const dedup_print *p, khaldun_ingest_result *res)
{
	if (!st->id || !res)
		return KHALDUN_ERR_ARG;
	memset(res, 0, sizeof *res);
	char iso[11];
	long date = pt->date;
	if (date_to_iso(date, iso)) {
		diag_report(&s->diag, KHALDUN_ERROR, st->id, 0, 0, NULL, 0, "invalid date %ld",
			date);
		return KHALDUN_ERR_ARG;
	}
	if (s->read_only)
		return KHALDUN_ERR_ARG;
	int rc = store_batch_open(s);
	if (rc)
		return rc;
	if (story_point(s, STORE_SAVEPOINT) != SQLITE_OK)
		return store_fail(s, "starting a transaction");
	size_t bumps = s->n_bumps;   /* the queue as it was before this story */
	/* checked inside the transaction: another writer may have stored it meanwhile */
	long long found = find_id(s, st->id, st->source);
	if (found) {
		story_point(s, STORE_RELEASE);
		if (found < 0)
			return store_fail(s, "looking up a story");
		res->outcome = KHALDUN_INGEST_SAME_ID;
		return KHALDUN_OK;
	}
	rc = put_kind(s, st, pt, iso, date, p, res);
	if (rc) {
		int err = store_fail(s, "storing a story");
		diag_report(&s->diag, KHALDUN_ERROR, st->file ? st->file : st->id, st->line, 0,
			    NULL, 0, "story \"%.80s\" not stored", st->id);
		store_exec(s, "ROLLBACK TO story");
		store_exec(s, "RELEASE story");
		s->n_bumps = bumps;
		return err;
	}
	if (s->hook)
		s->hook(s->hook_ctx, 0, s->committed + s->batch_stories);
	if (story_point(s, STORE_RELEASE) != SQLITE_OK) {
		int err = store_fail(s, "storing a story");
		store_exec(s, "ROLLBACK TO story");
		store_exec(s, "RELEASE story");
		s->n_bumps = bumps;
		return err;
	}
	s->batch_stories++;
	s->batch_bytes += st->text_len;
	if (s->n_bumps >= STORE_BUMPS_MAX && store_bumps_apply(s))
		return store_fail(s, "counting mentions");
	if (store_batch_full(s))
		return khaldun_store_flush(s);
	return KHALDUN_OK;
}

int khaldun_store_flush(khaldun_store *s)
{
	if (s && s->pg)
		return pg_flush(s);
	if (!s)
		return KHALDUN_ERR_ARG;
	if (!s->in_batch)
		return KHALDUN_OK;
	if (s->in_group)   /* a group's rewrite left unfinished (recode.c) is not committed */
		khaldun_store_replace_abort(s);
	s->in_batch = 0;
	if (store_bumps_apply(s)) {
		int err = store_fail(s, "counting mentions");
		store_exec(s, "ROLLBACK");
		s->n_bumps = 0;
		return err;
	}
	double t = store_now();
	int rc = store_exec(s, "COMMIT");
	s->last_commit = store_now() - t;
	if (rc != SQLITE_OK) {
		int err = store_fail(s, "committing stories");
		store_exec(s, "ROLLBACK");
		return err;
	}
	s->committed += s->batch_stories;
	s->run_bytes += s->batch_bytes;
	s->batch_stories = 0;
	if (s->hook)
		s->hook(s->hook_ctx, 1, s->committed);
	return KHALDUN_OK;
}
