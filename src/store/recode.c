/*
 * recode.c - rewriting stored stories' events with other dictionaries (`khaldun recode`); the
 * store never codes: it hands out the stories' stored text and writes the caller's batches.
 * The unit is a group: a first report (kind 'original'), its near-duplicates and same-text
 * repeats (same_as = the first report): their events all have cluster = the first report, and
 * only the group's stories mention them. A group is rewritten whole inside the write batch, in
 * a savepoint: its events and mentions are deleted (trigger event_unsummary keeps the daily
 * summary), its coded stories are written again in stored order exactly as the ingest writes
 * them (store_write_batch: near-duplicates claim matching events), then each same-text repeat
 * takes the events of the story it repeats, and the group's stories record the current
 * dictionary version. Sentence rows are kept (the same texts; only their outcome changes).
 */
#include "store/store.h"
#include "store/pg_read.h"
#include "base/buf.h"
#include "base/date.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

enum {
	R_COUNT, R_GROUPS, R_IMPORTED, R_STORIES, R_SENTENCES, R_REPEATS_FILL, R_DEL_MENTIONS,
	R_DEL_EVENTS, R_REPEATS, R_KIND, R_TRIM, R_VERSION
};

static const char *const recode_sql[STORE_RECODE_STMTS] = {
	[R_COUNT] = "SELECT count(*) FROM story WHERE (?1 OR dict_version IS NOT ?2) "
		    "AND date BETWEEN ?3 AND ?4",
	[R_GROUPS] = "SELECT DISTINCT coalesce(same_as, id) FROM story "
		     "WHERE (?1 OR dict_version IS NOT ?2) AND date BETWEEN ?3 AND ?4 ORDER BY 1",
	[R_IMPORTED] = "SELECT count(*) FROM event WHERE dataset <> 'news'",
	[R_STORIES] = "SELECT id, ext_id, date, title, source, url, file, line, kind, events "
		      "FROM story "
		      "WHERE id = ?1 OR same_as = ?1 ORDER BY id",
	[R_SENTENCES] = "SELECT text FROM sentence WHERE story = ? ORDER BY idx",
	/* the story a same-text repeat took its events from: the one whose sentences its
	 * mentions name; with no mention, the group's first coded story with its text */
	[R_REPEATS_FILL] = "INSERT INTO temp.recode_repeat SELECT s.id, coalesce("
			   "(SELECT se.story FROM mention m JOIN sentence se ON se.id = m.sentence "
			   "WHERE m.story = s.id LIMIT 1), (SELECT t.id FROM story t "
			   "WHERE (t.id = ?1 OR t.same_as = ?1) AND t.kind <> 'same-text' "
			   "AND t.fingerprint = s.fingerprint AND t.id < s.id ORDER BY t.id LIMIT "
			   "1)) FROM story s WHERE s.same_as = ?1 AND s.kind = 'same-text'",
	[R_DEL_MENTIONS] = "DELETE FROM mention WHERE event IN "
			   "(SELECT id FROM event WHERE cluster = ?1)",
	[R_DEL_EVENTS] = "DELETE FROM event WHERE cluster = ?1",
	[R_REPEATS] = "SELECT story, source FROM temp.recode_repeat ORDER BY story",
	[R_KIND] = "SELECT kind, same_as FROM story WHERE id = ?",
	[R_TRIM] = "DELETE FROM sentence WHERE story = ? AND idx >= ?",
	[R_VERSION] = "UPDATE story SET dict_version = ?2 WHERE id = ?1 OR same_as = ?1",
};

/* The recode's statement k, prepared once per handle (reset by the caller), or NULL
 * (reported). */
static sqlite3_stmt *rq(khaldun_store *s, int k)
{
	return store_cached(s, &s->recode[k], recode_sql[k]);
}

/* Binds ?1 all, ?2 version, ?3 ?4 the date range (ISO) of q. */
static void bind_query(sqlite3_stmt *st, const khaldun_recode_query *q)
{
	char from[11] = "0000-00-00", to[11] = "9999-99-99";
	if (q->from)
		date_to_iso(q->from, from);
	if (q->to)
		date_to_iso(q->to, to);
	sqlite3_bind_int(st, 1, q->all != 0);
	if (q->version && *q->version)
		sqlite3_bind_text(st, 2, q->version, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_text(st, 3, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, to, -1, SQLITE_TRANSIENT);
}

/* The first column of st's one row as a number (-1 on error, reported). */
static long long one_number(khaldun_store *s, sqlite3_stmt *st)
{
	long long v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	store_release(st);
	if (v < 0)
		store_fail(s, "counting stories to recode");
	return v;
}

int khaldun_store_recode_groups(khaldun_store *s, const khaldun_recode_query *q,
				int (*fn)(void *ctx, long long group), void *ctx,
				khaldun_recode_plan *plan)
{
	if (s && s->pg && q && fn)
		return pg_recode_groups(s, q, fn, ctx, plan);
	if (!s || !q || !fn)
		return KHALDUN_ERR_ARG;
	khaldun_recode_plan p = { 0, 0, 0 };
	sqlite3_stmt *c = rq(s, R_COUNT), *i = rq(s, R_IMPORTED), *g = rq(s, R_GROUPS);
	if (!c || !i || !g)
		return KHALDUN_ERR_IO;
	bind_query(c, q);
	long long n = one_number(s, c), imported = one_number(s, i);
	if (n < 0 || imported < 0)
		return KHALDUN_ERR_IO;
	p.selected = (size_t)n;
	p.imported = (long)imported;
	if (plan)
		*plan = p;
	bind_query(g, q);
	int rc;
	while ((rc = sqlite3_step(g)) == SQLITE_ROW) {
		p.groups++;
		if (plan)
			plan->groups = p.groups;
		if (fn(ctx, sqlite3_column_int64(g, 0))) {
			rc = SQLITE_DONE;
			break;
		}
	}
	store_release(g);
	return rc == SQLITE_DONE ? KHALDUN_OK : store_fail(s, "listing stories to recode");
}

int store_text_add(khaldun_store *s, size_t *at, long n, const char *t, size_t k)
{
	/* the blank line, the sentence and the NUL store_text_end writes */
	if (buf_reserve_array(&s->recode_text, &s->recode_cap, *at + k + 3, 1, 4096))
		return -1;
	if (n) {
		memcpy(s->recode_text + *at, "\n\n", 2);
		*at += 2;
	}
	memcpy(s->recode_text + *at, t, k);
	*at += k;
	return 0;
}

int store_text_end(khaldun_store *s, size_t at)
{
	if (buf_reserve_array(&s->recode_text, &s->recode_cap, at + 1, 1, 4096))
		return -1;
	s->recode_text[at] = 0;
	return 0;
}

/* Joins the story's stored sentences into s->recode_text, one paragraph each (a blank line
 * always ends a sentence, so the split gives them back); returns their number or -1. */
static long story_text(khaldun_store *s, long long row, size_t *len)
{
	sqlite3_stmt *st = rq(s, R_SENTENCES);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, row);
	long n = 0;
	size_t at = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		size_t k = (size_t)sqlite3_column_bytes(st, 0);
		if (store_text_add(s, &at, n, t ? t : "", k)) {
			store_release(st);
			return -1;
		}
		n++;
	}
	store_release(st);
	if (rc != SQLITE_DONE || store_text_end(s, at))
		return -1;
	*len = at;
	return n;
}

static const char *col(sqlite3_stmt *st, int k)
{
	return (const char *)sqlite3_column_text(st, k);
}

int khaldun_store_recode_stories(khaldun_store *s, long long group,
				 int (*fn)(void *ctx, const khaldun_recode_story *st),
				 void *ctx)
{
	if (s && s->pg && fn)
		return pg_recode_stories(s, group, fn, ctx);
	if (!s || !fn)
		return KHALDUN_ERR_ARG;
	sqlite3_stmt *st = rq(s, R_STORIES);
	if (!st)
		return KHALDUN_ERR_IO;
	sqlite3_bind_int64(st, 1, group);
	int rc, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		khaldun_recode_story r;
		memset(&r, 0, sizeof r);
		r.row = sqlite3_column_int64(st, 0);
		r.repeat = !strcmp(col(st, 8), "same-text");
		r.events = (size_t)sqlite3_column_int64(st, 9);
		khaldun_story *y = &r.story;
		y->id = col(st, 1);
		y->date = col(st, 2);
		y->day = khaldun_parse_date(y->date, strlen(y->date));
		y->title = col(st, 3);
		y->source = col(st, 4);
		y->url = col(st, 5);
		y->file = col(st, 6);
		y->line = sqlite3_column_int64(st, 7);
		long n = 0;
		if (!r.repeat && (n = story_text(s, r.row, &y->text_len)) < 0) {
			store_release(st);
			return store_fail(s, "reading a stored story");
		}
		y->text = r.repeat ? "" : s->recode_text;
		r.sentences = (size_t)n;
		y->one_sentence = n == 1;   /* coded whole, as split (or as a TABARI record) */
		stop = fn(ctx, &r);
	}
	store_release(st);
	return stop || rc == SQLITE_DONE ? KHALDUN_OK : store_fail(s, "reading stored stories");
}

/* Runs statement k with ?1 = v to its end; returns 0 or -1. */
static int run_with(khaldun_store *s, int k, long long v)
{
	sqlite3_stmt *st = rq(s, k);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, v);
	int rc = sqlite3_step(st);
	store_release(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int khaldun_store_replace_begin(khaldun_store *s, long long group)
{
	if (s && s->pg)
		return pg_replace_begin(s, group);
	if (!s || s->read_only || s->in_group)
		return KHALDUN_ERR_ARG;
	int rc = store_batch_open(s);
	if (rc)
		return rc;
	if (store_exec(s, "SAVEPOINT recode_group") != SQLITE_OK)
		return store_fail(s, "starting a transaction");
	s->in_group = 1;
	if (store_exec(s, "CREATE TEMP TABLE IF NOT EXISTS recode_repeat "
		       "(story INTEGER PRIMARY KEY, source INTEGER)") != SQLITE_OK
	    || store_exec(s, "DELETE FROM temp.recode_repeat") != SQLITE_OK
	    || run_with(s, R_REPEATS_FILL, group) || run_with(s, R_DEL_MENTIONS, group)
	    || run_with(s, R_DEL_EVENTS, group)) {
		int err = store_fail(s, "clearing a group's events");
		khaldun_store_replace_abort(s);
		return err;
	}
	return KHALDUN_OK;
}

int khaldun_store_replace_story(khaldun_store *s, long long row, const khaldun_batch *b,
				khaldun_ingest_result *res)
{
	if (s && s->pg)
		return pg_replace_story(s, row, b, res);
	if (!s || !b || !res || !s->in_group)
		return KHALDUN_ERR_ARG;
	memset(res, 0, sizeof *res);
	sqlite3_stmt *k = rq(s, R_KIND);
	if (!k)
		return KHALDUN_ERR_IO;
	sqlite3_bind_int64(k, 1, row);
	int found = sqlite3_step(k) == SQLITE_ROW;
	int near = found && !strcmp(col(k, 0), "near");
	long long first = found ? sqlite3_column_int64(k, 1) : 0;
	int repeat = found && !strcmp(col(k, 0), "same-text");
	store_release(k);
	if (!found || repeat)
		return KHALDUN_ERR_ARG;
	res->outcome = near ? KHALDUN_INGEST_NEAR : KHALDUN_INGEST_STORED;
	sqlite3_stmt *t = rq(s, R_TRIM);
	int rc = store_write_batch(s, row, near ? first : 0, b, res);
	if (!rc && t) {   /* sentences beyond the new split (none when it splits as before) */
		sqlite3_bind_int64(t, 1, row);
		sqlite3_bind_int64(t, 2, (long long)res->sentences);
		rc = sqlite3_step(t) == SQLITE_DONE ? 0 : -1;
		store_release(t);
	}
	if (rc || !t)
		return store_fail(s, "writing a recoded story");
	return KHALDUN_OK;
}

/* Gives each same-text repeat of the group (temp.recode_repeat) the mentions of the story it
 * repeats, as the ingest did; returns the group's repeats or -1. */
static long take_repeats(khaldun_store *s)
{
	sqlite3_stmt *r = rq(s, R_REPEATS), *q[3] = { NULL, NULL, NULL };
	static const char *const sql[3] = {
		"UPDATE event SET mentions = mentions + 1 "
		"WHERE id IN (SELECT event FROM mention WHERE story = ?2)",
		"INSERT INTO mention (event, story, sentence) "
		"SELECT event, ?1, sentence FROM mention WHERE story = ?2",
		"UPDATE story SET events = (SELECT count(*) FROM mention WHERE story = ?1) "
		"WHERE id = ?1",
	};
	for (int k = 0; k < 3; k++)
		if (sqlite3_prepare_v2(s->db, sql[k], -1, &q[k], NULL) != SQLITE_OK)
			q[k] = NULL;
	long n = r && q[0] && q[1] && q[2] ? 0 : -1;
	while (n >= 0 && sqlite3_step(r) == SQLITE_ROW) {
		long long story = sqlite3_column_int64(r, 0), source = sqlite3_column_int64(r, 1);
		for (int k = 0; k < 3 && n >= 0; k++) {
			sqlite3_bind_int64(q[k], 1, story);
			if (k < 2)
				sqlite3_bind_int64(q[k], 2, source);
			if (sqlite3_step(q[k]) != SQLITE_DONE)
				n = -1;
			store_release(q[k]);
		}
		n += n >= 0;
	}
	if (r)
		store_release(r);
	for (int k = 0; k < 3; k++)
		sqlite3_finalize(q[k]);
	return n;
}

int khaldun_store_replace_end(khaldun_store *s, long long group)
{
	if (s && s->pg)
		return pg_replace_end(s, group);
	if (!s || !s->in_group)
		return KHALDUN_ERR_ARG;
	long repeats = take_repeats(s);
	sqlite3_stmt *v = rq(s, R_VERSION);
	int rc = repeats < 0 || !v ? -1 : 0;
	if (!rc) {
		sqlite3_bind_int64(v, 1, group);
		if (s->dict_version[0])
			sqlite3_bind_text(v, 2, s->dict_version, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(v) == SQLITE_DONE ? 0 : -1;
		s->batch_stories += (size_t)sqlite3_changes(s->db);
		store_release(v);
	}
	if (rc || store_exec(s, "RELEASE recode_group") != SQLITE_OK) {
		int err = store_fail(s, "finishing a recoded group");
		khaldun_store_replace_abort(s);
		return err;
	}
	s->in_group = 0;
	if (s->batch_stories >= s->batch_max || store_now() - s->batch_start >= s->batch_seconds)
		return khaldun_store_flush(s);
	return KHALDUN_OK;
}

void khaldun_store_replace_abort(khaldun_store *s)
{
	if (s && s->pg) {
		pg_replace_abort(s);
		return;
	}
	if (!s || !s->in_group)
		return;
	store_exec(s, "ROLLBACK TO recode_group");
	store_exec(s, "RELEASE recode_group");
	s->in_group = 0;
}

int khaldun_store_versions(khaldun_store *s, const char *current, khaldun_version_stats *out)
{
	if (s && s->pg)
		return pg_versions(s, current, out);
	if (!s || !out)
		return KHALDUN_ERR_ARG;
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*), count(*) FILTER (WHERE dict_version IS NOT "
			       "?1 OR ?1 IS NULL AND dict_version IS NOT NULL), "
			       "count(*) FILTER (WHERE dict_version IS NULL), "
			       "count(DISTINCT dict_version) FROM story", -1, &st,
			       NULL) != SQLITE_OK)
		return store_fail(s, "counting dictionary versions");
	if (current && *current)
		sqlite3_bind_text(st, 1, current, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->stories = sqlite3_column_int64(st, 0);
		out->other = sqlite3_column_int64(st, 1);
		out->unrecorded = sqlite3_column_int64(st, 2);
		out->versions = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? KHALDUN_OK : store_fail(s, "counting dictionary versions");
}
