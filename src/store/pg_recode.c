/*
 * pg_recode.c - `khaldun recode` on PostgreSQL, with recode.c's semantics: the unit is a group
 * (a first report, its near-duplicates and same-text repeats), rewritten whole in a savepoint
 * of the write transaction: its events and mentions deleted (the event triggers keep the daily
 * summary, pg_schema.c), its coded stories written again in stored order as the ingest writes
 * them (pg_write_events: near-duplicates claim matching events; sentence rows kept), each
 * same-text repeat given the events of the story it repeats, the group's stories marked with
 * the current dictionary version. Invariant: the write transaction holds the write lock
 * (pg_begin), so a group is rewritten by one writer at a time, and a group found re-coded
 * meanwhile by another recode (every story at the current version) is skipped, not redone.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/pg_rec.h"
#include "store/pg_read.h"
#include "base/buf.h"
#include "base/date.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#define SELECTED "($1::boolean OR dict_version IS DISTINCT FROM $2)" \
	" AND ($3::date IS NULL OR date >= $3::date) AND ($4::date IS NULL OR date <= $4::date)"

int pg_recode_groups(khaldun_store *s, const khaldun_recode_query *q,
		     int (*fn)(void *ctx, long long group), void *ctx, khaldun_recode_plan *plan)
{
	char from[11], to[11];
	const char *v[4] = { q->all ? "true" : "false", q->version &&
			     *q->version ? q->version : NULL, q->from &&
			     !date_to_iso(q->from, from) ? from : NULL,
			     q->to && !date_to_iso(q->to, to) ? to : NULL };
	s->pg->recode_all = q->all != 0;
	khaldun_recode_plan p = { 0, 0, 0 };
	PGresult *r = pg_read(s, "counting stories to recode", "SELECT (SELECT count(*) FROM story"
			      " WHERE " SELECTED "), (SELECT count(*) FROM event"
			      " WHERE dataset <> 'news')", 4, v);
	if (!r)
		return KHALDUN_ERR_IO;
	p.selected = (size_t)strtoull(PQgetvalue(r, 0, 0), NULL, 10);
	p.imported = strtol(PQgetvalue(r, 0, 1), NULL, 10);
	PQclear(r);
	if (plan)
		*plan = p;
	pg_cursor c;
	if (pg_cursor_open(s, &c, "listing stories to recode", "SELECT DISTINCT coalesce(same_as,"
			   " id) FROM story WHERE " SELECTED " ORDER BY 1", 4, v, 10000))
		return KHALDUN_ERR_IO;
	int rc = KHALDUN_OK, stop = 0;
	while (!stop) {
		if (!(r = pg_cursor_fetch(s, &c, "listing stories to recode"))) {
			rc = KHALDUN_ERR_IO;
			break;
		}
		int n = PQntuples(r);
		for (int i = 0; i < n && !stop; i++) {
			p.groups++;
			if (plan)
				plan->groups = p.groups;
			stop = fn(ctx, strtoll(PQgetvalue(r, i, 0), NULL, 10));
		}
		PQclear(r);
		stop |= !n;
	}
	pg_cursor_close(s, &c);
	return rc;
}

/* Joins the story's stored sentences into s->recode_text, one paragraph each (as recode.c);
 * returns their number, or -1 (reported). */
static long story_text(khaldun_store *s, const char *row, size_t *len)
{
	const char *v[1] = { row };
	PGresult *r = pg_read(s, "reading a stored story", "SELECT text FROM sentence"
			      " WHERE story = $1::bigint ORDER BY idx", 1, v);
	if (!r)
		return -1;
	long n = PQntuples(r);
	size_t at = 0;
	for (long i = 0; i < n; i++) {
		size_t k = (size_t)PQgetlength(r, (int)i, 0);
		if (store_text_add(s, &at, i, PQgetvalue(r, (int)i, 0), k)) {
			PQclear(r);
			return -1;
		}
	}
	PQclear(r);
	if (store_text_end(s, at))
		return -1;
	*len = at;
	return n;
}

int pg_recode_stories(khaldun_store *s, long long group,
		      int (*fn)(void *ctx, const khaldun_recode_story *st), void *ctx)
{
	char g[24];
	snprintf(g, sizeof g, "%lld", group);
	const char *v[1] = { g };
	PGresult *r = pg_read(s, "reading stored stories", "SELECT id, ext_id, date, title, source,"
			      " url, file, line, kind, events FROM story WHERE id = $1::bigint"
			      " OR same_as = $1::bigint ORDER BY id", 1, v);
	if (!r)
		return KHALDUN_ERR_IO;
	int stop = 0, rc = KHALDUN_OK;
	for (int i = 0; i < PQntuples(r) && !stop; i++) {
		khaldun_recode_story t;
		memset(&t, 0, sizeof t);
		t.row = strtoll(PQgetvalue(r, i, 0), NULL, 10);
		t.repeat = !strcmp(PQgetvalue(r, i, 8), "same-text");
		t.events = (size_t)strtoull(PQgetvalue(r, i, 9), NULL, 10);
		khaldun_story *y = &t.story;
		y->id = pg_col(r, i, 1);
		y->date = pg_col(r, i, 2);
		y->day = khaldun_parse_date(y->date, strlen(y->date));
		y->title = pg_col(r, i, 3);
		y->source = pg_col(r, i, 4);
		y->url = pg_col(r, i, 5);
		y->file = pg_col(r, i, 6);
		y->line = pg_col(r, i, 7) ? strtol(pg_col(r, i, 7), NULL, 10) : 0;
		long n = 0;
		if (!t.repeat && (n = story_text(s, PQgetvalue(r, i, 0), &y->text_len)) < 0) {
			rc = KHALDUN_ERR_IO;
			break;
		}
		y->text = t.repeat ? "" : s->recode_text;
		t.sentences = (size_t)n;
		y->one_sentence = n == 1;   /* coded whole, as split (or as a TABARI record) */
		stop = fn(ctx, &t);
	}
	PQclear(r);
	return rc;
}

/* Runs sql with the values (reported on failure); 0, or -1. The number of rows it changed
 * goes to *changed when not NULL. */
static int run(khaldun_store *s, const char *what, const char *sql, int n, const char *const *v,
	       long *changed)
{
	PGresult *r = pg_read(s, what, sql, n, v);
	if (!r)
		return -1;
	if (changed)
		*changed = strtol(PQcmdTuples(r), NULL, 10);
	PQclear(r);
	return 0;
}

/* Keeps the group's same-text repeats with the story each takes its events from: the one
 * whose sentences its mentions name; with no mention, the group's first coded story with its
 * text (recode.c's R_REPEATS_FILL). Returns 0 or -1 (reported). */
static int list_repeats(khaldun_store *s, const char *g)
{
	const char *v[1] = { g };
	PGresult *r = pg_read(s, "clearing a group's events", "SELECT s.id, coalesce("
			      "(SELECT se.story FROM mention m JOIN sentence se ON se.id = "
			      "m.sentence WHERE m.story = s.id LIMIT 1), (SELECT t.id FROM story t"
			      " WHERE (t.id = $1::bigint OR t.same_as = $1::bigint)"
			      " AND t.kind <> 'same-text' AND t.fingerprint = s.fingerprint"
			      " AND t.id < s.id ORDER BY t.id LIMIT 1)) FROM story s"
			      " WHERE s.same_as = $1::bigint AND s.kind = 'same-text' ORDER "
			      "BY s.id",
			      1, v);
	if (!r)
		return -1;
	struct pg_store *p = s->pg;
	size_t n = (size_t)PQntuples(r);
	if (buf_reserve_array(&p->rep, &p->cap_rep, 2 * n, sizeof *p->rep, 64)) {
		PQclear(r);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		p->rep[2 * i] = strtoll(PQgetvalue(r, (int)i, 0), NULL, 10);
		p->rep[2 * i + 1] = PQgetisnull(r, (int)i, 1) ? 0
			: strtoll(PQgetvalue(r, (int)i, 1), NULL, 10);
	}
	p->n_rep = n;
	PQclear(r);
	return 0;
}

/* 1 when the group needs no rewrite: not --all, and every story of it carries the current
 * dictionary version already (another recode did it since the listing); 0, or -1. */
static int group_done(khaldun_store *s, const char *g)
{
	if (s->pg->recode_all || !s->dict_version[0])
		return 0;
	const char *v[2] = { g, s->dict_version };
	PGresult *r = pg_read(s, "clearing a group's events", "SELECT coalesce(bool_and("
			      "dict_version IS NOT DISTINCT FROM $2), false) FROM story"
			      " WHERE id = $1::bigint OR same_as = $1::bigint", 2, v);
	if (!r)
		return -1;
	int done = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	return done;
}

/* Opens the write transaction when none is; 0 or -1 (reported). */
static int open_batch(khaldun_store *s)
{
	struct pg_store *p = s->pg;
	if (p->in_tx)
		return 0;
	if (p->recoding) {   /* the open batch's transaction was lost (reconnected since) */
		p->recoding = 0;
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0, "the transaction "
			    "of the groups recoded in this batch was lost (they are as they were); "
			    "run the recode again to finish");
		s->batch_stories = 0;
		return -1;
	}
	for (int k = 0; k < 2; k++) {
		PGresult *r = NULL;
		if (!pg_begin(s, &r)) {
			p->recoding = 1;
			store_batch_reset(s);
			return 0;
		}
		int again = !k && pg_retryable(s, r);   /* a lost connection: once more */
		if (!again)
			pg_fail(s, "starting a transaction", r);
		PQclear(r);
		if (!again)
			break;
	}
	return -1;
}

int pg_replace_begin(khaldun_store *s, long long group)
{
	if (s->read_only || s->in_group || s->pg->n_recs)
		return KHALDUN_ERR_ARG;
	if (open_batch(s))
		return KHALDUN_ERR_IO;
	if (pg_exec(s, "SAVEPOINT recode_group", NULL))
		return KHALDUN_ERR_IO;
	s->in_group = 1;
	char g[24];
	snprintf(g, sizeof g, "%lld", group);
	const char *v[1] = { g };
	int done = group_done(s, g);
	if (done > 0) {
		s->pg->skip_group = 1;
		diag_report(&s->diag, KHALDUN_NOTE, s->path, 0, 0, NULL, 0, "the group of story "
			    "row %lld was re-coded meanwhile by another recode: left as it is",
			    group);
		return KHALDUN_OK;
	}
	if (done < 0 || list_repeats(s, g)
	    || run(s, "clearing a group's events", "DELETE FROM mention WHERE event IN"
		   " (SELECT id FROM event WHERE cluster = $1::bigint)", 1, v, NULL)
	    || run(s, "clearing a group's events", "DELETE FROM event WHERE cluster = $1::bigint",
		   1, v, NULL)) {
		pg_replace_abort(s);
		return KHALDUN_ERR_IO;
	}
	return KHALDUN_OK;
}

int pg_replace_story(khaldun_store *s, long long row, const khaldun_batch *b,
		     khaldun_ingest_result *res)
{
	if (!s->in_group || !b || !res)
		return KHALDUN_ERR_ARG;
	memset(res, 0, sizeof *res);
	if (s->pg->skip_group)
		return KHALDUN_OK;
	char rv[24];
	snprintf(rv, sizeof rv, "%lld", row);
	const char *v[2] = { rv, NULL };
	PGresult *k = pg_read(s, "writing a recoded story", "SELECT kind, same_as, ext_id, file,"
			      " line FROM story WHERE id = $1::bigint", 1, v);
	if (!k)
		return KHALDUN_ERR_IO;
	int found = PQntuples(k) == 1, near = found && !strcmp(PQgetvalue(k, 0, 0), "near");
	if (!found || !strcmp(PQgetvalue(k, 0, 0), "same-text")) {
		PQclear(k);
		return KHALDUN_ERR_ARG;
	}
	long long first = near ? strtoll(PQgetvalue(k, 0, 1), NULL, 10) : row;
	khaldun_story st;   /* names the story in messages */
	memset(&st, 0, sizeof st);
	st.id = PQgetvalue(k, 0, 2);
	st.file = pg_col(k, 0, 3);
	st.line = pg_col(k, 0, 4) ? strtol(pg_col(k, 0, 4), NULL, 10) : 0;
	pg_record *rec = pg_rec_coded(s, &st, b);
	PQclear(k);
	if (!rec)
		return KHALDUN_ERR_NOMEM;
	res->outcome = near ? KHALDUN_INGEST_NEAR : KHALDUN_INGEST_STORED;
	PGresult *err = NULL;
	int rc = pg_write_events(s, rec, row, first, near, res, &err);
	pg_batch_clear(s);   /* the record is not kept: a recode batch is not redone */
	if (rc) {
		pg_fail(s, "writing a recoded story", err);
		PQclear(err);
		return KHALDUN_ERR_IO;
	}
	char nv[24];   /* sentences beyond the new split (none when it splits as before) */
	snprintf(nv, sizeof nv, "%zu", res->sentences);
	v[1] = nv;
	if (run(s, "writing a recoded story", "DELETE FROM sentence WHERE story = $1::bigint"
		" AND idx >= $2::integer", 2, v, NULL))
		return KHALDUN_ERR_IO;
	return KHALDUN_OK;
}

/* Gives each same-text repeat of the group the mentions of the story it repeats, as the
 * ingest did (pg_put.c's write_same_text); 0 or -1 (reported). */
static int take_repeats(khaldun_store *s)
{
	struct pg_store *p = s->pg;
	for (size_t i = 0; i < p->n_rep; i++) {
		char story[24], source[24];
		snprintf(story, sizeof story, "%lld", p->rep[2 * i]);
		snprintf(source, sizeof source, "%lld", p->rep[2 * i + 1]);
		const char *v[2] = { story, p->rep[2 * i + 1] ? source : NULL };
		if (run(s, "finishing a recoded group", "UPDATE event SET mentions = mentions + 1"
			" WHERE id IN (SELECT event FROM mention WHERE story = $2::bigint)", 2, v,
			NULL)
		    || run(s, "finishing a recoded group", "INSERT INTO mention (event, story,"
			   " sentence) SELECT event, $1::bigint, sentence FROM mention"
			   " WHERE story = $2::bigint", 2, v, NULL)
		    || run(s, "finishing a recoded group", "UPDATE story SET events = (SELECT"
			   " count(*) FROM mention WHERE story = $1::bigint) WHERE id = $1::bigint",
			   1, v, NULL))
			return -1;
	}
	return 0;
}

int pg_replace_end(khaldun_store *s, long long group)
{
	if (!s->in_group)
		return KHALDUN_ERR_ARG;
	char g[24];
	snprintf(g, sizeof g, "%lld", group);
	const char *v[2] = { g, s->dict_version[0] ? s->dict_version : NULL };
	long changed = 0;
	if (!s->pg->skip_group
	    && (take_repeats(s)
		|| run(s, "finishing a recoded group", "UPDATE story SET dict_version = $2"
		       " WHERE id = $1::bigint OR same_as = $1::bigint", 2, v, &changed))) {
		pg_replace_abort(s);
		return KHALDUN_ERR_IO;
	}
	if (pg_exec(s, "RELEASE recode_group", NULL)) {
		pg_replace_abort(s);
		return KHALDUN_ERR_IO;
	}
	s->in_group = s->pg->skip_group = 0;
	s->batch_stories += (size_t)changed;
	if (s->batch_stories >= s->batch_max || store_now() - s->batch_start >= s->batch_seconds
	    || pg_others_waiting(s))
		return pg_flush(s);
	return KHALDUN_OK;
}

void pg_replace_abort(khaldun_store *s)
{
	if (!s->in_group)
		return;
	s->in_group = s->pg->skip_group = 0;
	if (PQstatus(s->pg->conn) == CONNECTION_OK)
		pg_exec(s, "ROLLBACK TO recode_group; RELEASE recode_group", NULL);
}
