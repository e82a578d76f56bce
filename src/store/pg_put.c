/*
 * pg_put.c - the ingest on PostgreSQL: khaldun_store_has, khaldun_store_put and flush, with
 * the SQLite store's deduplication (put.c): a story is looked up by outlet and id, then by its
 * normalised-text fingerprint, then by MinHash LSH bands among first reports, all within the
 * date window, and written as a first report, a near-duplicate or a same-text repeat.
 * Stories are committed in batches (khaldun_store_set_batch), each story in a savepoint; the
 * batch's transaction holds the write lock (pg.h), so the grouping of each story sees every
 * story stored before it and two workers never both create a group for the same story. A
 * deadlock, a serialization failure or a lost connection redoes the whole batch from its kept
 * records (pg_rec.c): stories are identified by (source, id), so a redo stores nothing twice.
 * Values travel as parameters of prepared statements, never inside SQL text.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/pg_rec.h"
#include "base/buf.h"
#include "base/date.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>

enum {
	Q_FIND_ID, Q_FIND_ANY_ID, Q_FIND_TEXT, Q_BANDS, Q_STORY, Q_SENTENCE, Q_EVENT, Q_CLAIM,
	Q_MENTION, Q_COUNTS, Q_ADD_BANDS, Q_SAME_BUMP, Q_SAME_MENTIONS, Q_N
};

static const struct {
	const char *sql;
	int n;
} stmts[Q_N] = {
	[Q_FIND_ID] = { "SELECT id FROM story WHERE ext_id = $1"
			" AND coalesce(source, '') = coalesce($2, '')", 2 },
	[Q_FIND_ANY_ID] = { "SELECT id FROM story WHERE ext_id = $1 LIMIT 1", 1 },
	[Q_FIND_TEXT] = { "SELECT id, coalesce(same_as, id), ext_id FROM story"
			  " WHERE fingerprint = $1 AND date BETWEEN $2 AND $3 ORDER BY id LIMIT 1",
			  3 },
	/* every band's candidates in one statement: per band the most recent STORE_BAND_CAP */
	[Q_BANDS] = { "SELECT DISTINCT c.story, s.signature, s.ext_id"
		      " FROM unnest($1::bigint[]) AS k(band) CROSS JOIN LATERAL"
		      " (SELECT b.story FROM story_band b WHERE b.band = k.band"
		      " AND b.day BETWEEN $2 AND $3 ORDER BY b.day DESC, b.story DESC LIMIT $4) c"
		      " LEFT JOIN story s ON s.id = c.story", 4 },
	[Q_STORY] = { "INSERT INTO story (ext_id, date, title, source, url, file, line, "
		      "fingerprint, words, signature, kind, same_as, similarity, dict_version)"
		      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
		      " ON CONFLICT (ext_id, (coalesce(source, ''))) DO NOTHING RETURNING id", 14 },
	/* a recoded story's sentence keeps its row (pg_recode.c: only its outcome changes) */
	[Q_SENTENCE] = { "INSERT INTO sentence (story, idx, text, outcome) VALUES ($1, $2, $3, $4)"
			 " ON CONFLICT (story, idx) DO UPDATE SET text = excluded.text,"
			 " outcome = excluded.outcome RETURNING id", 4 },
	[Q_EVENT] = { "INSERT INTO event (" STORE_EVENT_COLS ") VALUES "
		      "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
		      "$17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, "
		      "$32, "
		      "$33, $34, $35, $36, $37, $38, $39, $40, $41, $42) RETURNING id", 42 },
	/* the first report's event with the same dyad and code not yet claimed by this story:
	 * one more mention of it */
	[Q_CLAIM] = { "UPDATE event SET mentions = mentions + 1 WHERE id = "
		      "(SELECT e.id FROM event e WHERE e.cluster = $1 AND e.source IS NOT DISTINCT "
		      "FROM $2"
		      " AND e.target IS NOT DISTINCT FROM $3 AND e.code = $4 AND NOT EXISTS"
		      " (SELECT 1 FROM mention m WHERE m.event = e.id AND m.story = $5)"
		      " ORDER BY e.id LIMIT 1) RETURNING id", 5 },
	[Q_MENTION] = { "INSERT INTO mention (event, story, sentence) VALUES ($1, $2, $3)", 3 },
	[Q_COUNTS] = { "UPDATE story SET sentences = $1, events = $2 WHERE id = $3", 3 },
	[Q_ADD_BANDS] = { "INSERT INTO story_band (band, day, story)"
			  " SELECT unnest($1::bigint[]), $2, $3 ON CONFLICT DO NOTHING", 3 },
	[Q_SAME_BUMP] = { "UPDATE event SET mentions = mentions + 1"
			  " WHERE id IN (SELECT event FROM mention WHERE story = $1)", 1 },
	[Q_SAME_MENTIONS] = { "INSERT INTO mention (event, story, sentence)"
			      " SELECT event, $1, sentence FROM mention WHERE story = $2", 2 },
};

_Static_assert(Q_N <= PG_N_STMT, "PG_N_STMT (pg.h) counts pg_put.c's statements");

/* A failed statement's result, kept for the retry decision. */
typedef struct {
	khaldun_store *s;
	PGresult *err;
} put_ctx;

/* Runs prepared statement k (prepared on first use on this connection) with text values
 * (binary: the index of one bytea value of blen bytes, or -1). Returns the result, or NULL
 * with the failure in x->err. */
static PGresult *run(put_ctx *x, int k, const char *const *vals, int binary, int blen)
{
	struct pg_store *p = x->s->pg;
	char name[8];
	snprintf(name, sizeof name, "kh%d", k);
	PGresult *r;
	if (!p->prepared[k]) {
		r = PQprepare(p->conn, name, stmts[k].sql, stmts[k].n, NULL);
		if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
			x->err = r;
			return NULL;
		}
		PQclear(r);
		p->prepared[k] = 1;
	}
	int lens[16] = { 0 }, fmts[16] = { 0 };
	if (binary >= 0) {
		lens[binary] = blen;
		fmts[binary] = 1;
	}
	r = PQexecPrepared(p->conn, name, stmts[k].n, vals, binary >= 0 ? lens : NULL,
			   binary >= 0 ? fmts : NULL, 0);
	ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK)
		return r;
	x->err = r;
	return NULL;
}

/* Runs k and returns the first column of its first row as an integer: > 0, 0 when no row,
 * -1 on failure (x->err). */
static long long run_id(put_ctx *x, int k, const char *const *vals)
{
	PGresult *r = run(x, k, vals, -1, 0);
	if (!r)
		return -1;
	long long v = PQntuples(r) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
	PQclear(r);
	return v;
}

static int run_ok(put_ctx *x, int k, const char *const *vals)
{
	PGresult *r = run(x, k, vals, -1, 0);
	PQclear(r);
	return r ? 0 : -1;
}

#define I2S(buf, v) (snprintf(buf, sizeof buf, "%lld", (long long)(v)), (const char *)buf)

/* "{k1,k2,...}": the story's LSH band keys as a bigint[] value. */
static void band_array(const dedup_print *p, char *out, size_t cap)
{
	size_t o = 0;
	out[o++] = '{';
	for (int b = 0; b < DEDUP_BANDS && o < cap; b++)
		o += (size_t)snprintf(out + o, cap - o, "%s%lld", b ? "," : "",
			(long long)p->bands[b]);
	if (o + 2 <= cap)
		strcpy(out + o, "}");
}

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A bytea in PostgreSQL's hex output ("\x..."), of DEDUP_HASHES * 4 bytes, unpacked; 0, or
 * -1 when it is not one. */
static int signature_of(const char *v, uint32_t *sig)
{
	unsigned char bytes[DEDUP_HASHES * 4];
	if (strlen(v) != 2 + 2 * sizeof bytes || v[0] != '\\' || v[1] != 'x')
		return -1;
	for (size_t i = 0; i < sizeof bytes; i++) {
		int h = hex(v[2 + 2 * i]), l = hex(v[3 + 2 * i]);
		if (h < 0 || l < 0)
			return -1;
		bytes[i] = (unsigned char)(h << 4 | l);
	}
	dedup_sig_unpack(bytes, sig);
	return 0;
}

/* The most similar first report sharing a band with the story within the date window, at or
 * above the threshold (ties: the oldest, as the SQLite store). Returns 1 (*row, *sim and the
 * store's same_as set), 0 none, -1 failure. */
static int find_near(put_ctx *x, const pg_record *rec, long long *row, double *sim)
{
	khaldun_store *s = x->s;
	if (!rec->print.has_signature || s->threshold > 1)
		return 0;
	char bands[DEDUP_BANDS * 22 + 4], lo[16], hi[16], cap[16];
	band_array(&rec->print, bands, sizeof bands);
	const char *vals[4] = { bands, I2S(lo, date_add_days(rec->day, -s->dedup_days)),
				I2S(hi, date_add_days(rec->day, s->dedup_days)),
				I2S(cap, STORE_BAND_CAP) };
	PGresult *r = run(x, Q_BANDS, vals, -1, 0);
	if (!r)
		return -1;
	int best = -1;
	long long best_row = 0;
	double best_sim = 0;
	for (int i = 0; i < PQntuples(r); i++) {
		uint32_t sig[DEDUP_HASHES];
		if (PQgetisnull(r, i, 1) || signature_of(PQgetvalue(r, i, 1), sig))
			continue;
		double v = dedup_similarity(rec->print.sig, sig);
		long long id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
		if (v >= s->threshold &&
		    (best < 0 || v > best_sim || (v == best_sim && id < best_row))) {
			best = i;
			best_sim = v;
			best_row = id;
		}
	}
	if (best >= 0) {
		*row = best_row;
		*sim = best_sim;
		snprintf(s->same_as, sizeof s->same_as, "%s", PQgetvalue(r, best, 2));
	}
	PQclear(r);
	return best >= 0;
}

/* Inserts the story row; returns its id, 0 when (source, id) is stored already, -1 failure. */
static long long insert_story(put_ctx *x, const pg_record *rec, const char *kind,
			      long long same_as, double sim)
{
	char words[24], same[24], simv[32];
	unsigned char packed[DEDUP_HASHES * 4];
	if (rec->print.has_signature)
		dedup_sig_pack(rec->print.sig, packed);
	snprintf(simv, sizeof simv, "%.17g", sim);
	const char *vals[14] = { rec->id, rec->iso, rec->title, rec->source, rec->url, rec->file,
				 rec->line, rec->print.fingerprint, I2S(words, rec->print.words),
				 rec->print.has_signature ? (const char *)packed : NULL, kind,
				 same_as ? I2S(same, same_as) : NULL, same_as ? simv : NULL,
				 rec->dict_version };
	PGresult *r = run(x, Q_STORY, vals, 9, (int)sizeof packed);
	if (!r)
		return -1;
	long long v = PQntuples(r) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
	PQclear(r);
	return v;
}

/* Writes the record's sentences, events and mentions for story `row` (cluster: its first
 * report). Returns 0 or -1. */
static int write_events(put_ctx *x, const pg_record *rec, long long row, long long cluster,
			int near, khaldun_ingest_result *res)
{
	char rowv[24], clv[24], idx[24], sentv[24], evv[24];
	I2S(rowv, row);
	I2S(clv, cluster);
	for (size_t i = 0; i < rec->n_sent; i++) {
		const pg_sentence *k = &rec->sent[i];
		const char *sv[4] = { rowv, I2S(idx, i), k->text, k->outcome };
		long long sent = run_id(x, Q_SENTENCE, sv);
		if (sent <= 0)
			return -1;
		I2S(sentv, sent);
		for (size_t j = k->first; j < k->first + k->n; j++) {
			const char *const *e = rec->ev + j * PG_EV_COLS;
			long long ev = 0;
			if (near) {
				const char *cv[5] = { clv, e[PG_EV_SOURCE], e[PG_EV_TARGET],
						      e[PG_EV_CODE], rowv };
				if ((ev = run_id(x, Q_CLAIM, cv)) < 0)
					return -1;
			}
			if (!ev) {
				const char *iv[3 + PG_EV_COLS] = { clv, rowv, sentv };
				memcpy(iv + 3, e, PG_EV_COLS * sizeof *e);
				if ((ev = run_id(x, Q_EVENT, iv)) <= 0)
					return -1;
				res->new_events++;
			}
			const char *mv[3] = { I2S(evv, ev), rowv, sentv };
			if (run_ok(x, Q_MENTION, mv))
				return -1;
			res->events++;
		}
	}
	res->sentences = rec->n_sent;
	char ns[24], ne[24];
	const char *cv[3] = { I2S(ns, rec->n_sent), I2S(ne, res->events), rowv };
	return run_ok(x, Q_COUNTS, cv);
}

int pg_write_events(khaldun_store *s, const pg_record *rec, long long row, long long cluster,
		    int near, khaldun_ingest_result *res, PGresult **err)
{
	put_ctx x = { s, NULL };
	int rc = write_events(&x, rec, row, cluster, near, res);
	if (err)
		*err = x.err;
	else
		PQclear(x.err);
	return rc;
}

/* A story whose text is stored (row `found`, first report `cluster`): one more mention of
 * that story's events. Returns 0 or -1. */
static int write_same_text(put_ctx *x, const pg_record *rec, long long found, long long cluster,
			   khaldun_ingest_result *res)
{
	long long row = insert_story(x, rec, "same-text", cluster, 1.0);
	if (row <= 0)
		return row == 0 ? (res->outcome = KHALDUN_INGEST_SAME_ID, 0) : -1;
	char rowv[24], fv[24];
	const char *bv[1] = { I2S(fv, found) };
	const char *mv[2] = { I2S(rowv, row), fv };
	PGresult *r;
	if (run_ok(x, Q_SAME_BUMP, bv) || !(r = run(x, Q_SAME_MENTIONS, mv, -1, 0)))
		return -1;
	res->events = strtoul(PQcmdTuples(r), NULL, 10);
	PQclear(r);
	char ns[24];
	const char *cv[3] = { "0", I2S(ns, res->events), rowv };
	return run_ok(x, Q_COUNTS, cv);
}

/* Writes one story (not yet stored) as a same-text repeat, a near-duplicate or a first report.
 * Returns 0 or -1. */
static int write_kind(put_ctx *x, const pg_record *rec, khaldun_ingest_result *res)
{
	khaldun_store *s = x->s;
	char lo[11], hi[11];
	if (date_to_iso(date_add_days(rec->day, -s->dedup_days), lo)
	    || date_to_iso(date_add_days(rec->day, s->dedup_days), hi)) {
		strcpy(lo, rec->iso);
		strcpy(hi, rec->iso);
	}
	const char *tv[3] = { rec->print.fingerprint, lo, hi };
	PGresult *r = run(x, Q_FIND_TEXT, tv, -1, 0);
	if (!r)
		return -1;
	if (PQntuples(r)) {
		long long found = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		long long cluster = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
		snprintf(s->same_as, sizeof s->same_as, "%s", PQgetvalue(r, 0, 2));
		PQclear(r);
		res->outcome = KHALDUN_INGEST_SAME_TEXT;
		res->same_as = s->same_as;
		res->similarity = 1;
		return write_same_text(x, rec, found, cluster, res);
	}
	PQclear(r);
	long long near = 0;
	double sim = 0;
	int f = find_near(x, rec, &near, &sim);
	if (f < 0)
		return -1;
	if (f) {
		res->outcome = KHALDUN_INGEST_NEAR;
		res->same_as = s->same_as;
		res->similarity = sim;
	}
	long long row = insert_story(x, rec, f ? "near" : "original", near, sim);
	if (row <= 0)
		return row == 0 ? (res->outcome = KHALDUN_INGEST_SAME_ID, 0) : -1;
	if (write_events(x, rec, row, f ? near : row, f, res))
		return -1;
	if (f || !rec->print.has_signature)
		return 0;
	/* only first reports are candidates: a group is matched through its first report */
	char bands[DEDUP_BANDS * 22 + 4], day[16], rowv[24];
	band_array(&rec->print, bands, sizeof bands);
	const char *bv[3] = { bands, I2S(day, rec->day), I2S(rowv, row) };
	return run_ok(x, Q_ADD_BANDS, bv);
}

/* Writes one record inside the open transaction, in a savepoint. Returns 0 (res filled), -1
 * when the story failed (reported, rolled back to the savepoint: the batch goes on), or -2
 * when the whole batch must be redone (deadlock, serialization, lost connection). */
static int write_story(khaldun_store *s, const pg_record *rec, khaldun_ingest_result *res)
{
	put_ctx x = { s, NULL };
	memset(res, 0, sizeof *res);
	const char *iv[2] = { rec->id, rec->source };
	int rc = 0;
	long long found;
	if (pg_exec(s, "SAVEPOINT story", &x.err))
		rc = -1;
	else if ((found = run_id(&x, Q_FIND_ID, iv)) < 0)
		rc = -1;
	else if (found)
		res->outcome = KHALDUN_INGEST_SAME_ID;
	else
		rc = write_kind(&x, rec, res);
	if (!rc && pg_exec(s, "RELEASE story", &x.err))
		rc = -1;
	if (!rc)
		return 0;
	if (pg_retryable(s, x.err)) {
		PQclear(x.err);
		return -2;
	}
	pg_fail(s, "storing a story", x.err);
	PQclear(x.err);
	diag_report(&s->diag, KHALDUN_ERROR, rec->file ? rec->file : rec->id,
		    rec->line ? atol(rec->line) : 0, 0, NULL, 0, "story \"%.80s\" not stored",
		    rec->id);
	pg_exec(s, "ROLLBACK TO story; RELEASE story", NULL);
	return -1;
}

static void nap(int k)
{
	long ms = k < 7 ? 10L << k : 1000;   /* 10, 20, 40 ... 640 ms, then 1 s */
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

/* Starts the batch's transaction again and writes every kept record (the last one's result
 * into res, may be NULL), up to PG_RETRIES times. Returns 0, or -1 (reported). */
static int redo(khaldun_store *s, khaldun_ingest_result *res)
{
	struct pg_store *p = s->pg;
	for (int k = 0; k < PG_RETRIES; k++) {
		if (p->in_tx && PQstatus(p->conn) == CONNECTION_OK)
			pg_exec(s, "ROLLBACK", NULL);
		p->in_tx = 0;
		if (k)
			nap(k);
		PGresult *r = NULL;
		if (pg_begin(s, &r)) {
			int again = pg_retryable(s, r);
			if (!again)
				pg_fail(s, "starting a transaction", r);
			PQclear(r);
			if (!again)
				return -1;
			continue;
		}
		int rc = 0;
		for (size_t i = 0; i < p->n_recs && !rc; i++) {
			khaldun_ingest_result tmp;
			rc = write_story(s, p->recs[i], i + 1 == p->n_recs && res ? res : &tmp);
		}
		if (rc != -2)
			return rc;
	}
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
		    "gave up writing a batch after %d tries", PG_RETRIES);
	return -1;
}

void pg_batch_clear(khaldun_store *s)
{
	s->pg->n_recs = 0;
	arena_reset(&s->pg->mem);
}

/* Keeps rec in the open batch; 0 or -1 out of memory. */
static int keep(struct pg_store *p, pg_record *rec)
{
	if (buf_grow_array(&p->recs, &p->cap_recs, p->n_recs, sizeof *p->recs, 64))
		return -1;
	p->recs[p->n_recs++] = rec;
	return 0;
}

/* 1 when another writer waits for the write lock: then the batch commits at once, so that
 * the lock is held while stories are written, not while the next ones are coded (a lone
 * writer keeps its batches; the recode too). 0 otherwise, or when the check fails (in its
 * own savepoint, so the batch is not harmed). */
int pg_others_waiting(khaldun_store *s)
{
	char sql[320];
	snprintf(sql, sizeof sql, "SAVEPOINT wait_check; SELECT EXISTS (SELECT 1 FROM pg_locks"
		 " WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database"
		 " WHERE datname = current_database()) AND classid = 0 AND objid = %d"
		 " AND objsubid = 1 AND NOT granted)", PG_LOCK_WRITE);
	PGresult *r = PQexec(s->pg->conn, sql);
	int waiting = r && PQresultStatus(r) == PGRES_TUPLES_OK && PQgetvalue(r, 0, 0)[0] == 't';
	if (PQstatus(s->pg->conn) == CONNECTION_BAD) {
		/* the server ended the session (e.g. a stalled writer's transaction, ended by
		 * idle_in_transaction_session_timeout): said with its reason, reconnected; the
		 * next put or flush writes the batch again (a recode's is reported lost) */
		pg_retryable(s, r);
		PQclear(r);
		return 0;
	}
	PQclear(r);
	PQclear(PQexec(s->pg->conn, "ROLLBACK TO wait_check; RELEASE wait_check"));
	return waiting;
}

int pg_put(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b,
	   khaldun_ingest_result *res)
{
	if (!st || !st->id || !st->text || !b || !res)
		return KHALDUN_ERR_ARG;
	memset(res, 0, sizeof *res);
	char iso[11];
	if (date_to_iso(khaldun_batch_date(b), iso)) {
		diag_report(&s->diag, KHALDUN_ERROR, st->id, 0, 0, NULL, 0, "invalid date %ld",
			    khaldun_batch_date(b));
		return KHALDUN_ERR_ARG;
	}
	if (s->read_only)
		return KHALDUN_ERR_ARG;
	struct pg_store *p = s->pg;
	pg_record *rec = pg_rec_build(s, st, b);
	if (!rec || keep(p, rec))
		return KHALDUN_ERR_NOMEM;
	if (!p->in_tx && p->n_recs == 1)   /* a new batch */
		store_batch_reset(s);
	/* a transaction lost meanwhile (e.g. by khaldun_store_has) is redone first */
	int rc = !p->in_tx ? redo(s, res) : write_story(s, rec, res);
	if (rc == -2)
		rc = redo(s, res);
	if (rc) {
		p->n_recs--;   /* not stored: not kept (its arena copy waits for the batch's end) */
		return KHALDUN_ERR_IO;
	}
	if (s->hook)
		s->hook(s->hook_ctx, 0, s->committed + s->batch_stories);
	s->batch_stories++;
	if (s->batch_stories >= s->batch_max || store_now() - s->batch_start >= s->batch_seconds
	    || pg_others_waiting(s))
		return pg_flush(s);
	return KHALDUN_OK;
}

/* COMMIT, which must say COMMIT: a transaction that failed answers ROLLBACK without an
 * error, and its stories must not count as stored. 0, or -1 (r as pg_exec; NULL: redo). */
static int commit(khaldun_store *s, PGresult **r)
{
	PGresult *c = PQexec(s->pg->conn, "COMMIT");
	if (c && PQresultStatus(c) == PGRES_COMMAND_OK && !strcmp(PQcmdStatus(c), "COMMIT")) {
		PQclear(c);
		return 0;
	}
	if (c && PQresultStatus(c) == PGRES_COMMAND_OK) {   /* rolled back: write it again */
		PQclear(c);
		*r = NULL;
		return -1;
	}
	*r = c;
	return -1;
}

/* A recode's batch that did not commit: its groups are not kept as records, so it is not
 * redone but reported (a re-run of the recode rewrites them). Returns KHALDUN_ERR_IO. */
static int recode_lost(khaldun_store *s, PGresult *r)
{
	if (r) {
		pg_fail(s, "committing recoded stories", r);
		if (PQstatus(s->pg->conn) == CONNECTION_BAD)
			pg_retryable(s, r);   /* reconnects */
		PQclear(r);
	}
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
		    "the transaction of the groups recoded in this batch was lost (they are as "
		    "they were, unless its COMMIT landed); run the recode again to finish");
	s->pg->in_tx = s->pg->recoding = 0;
	s->batch_stories = 0;
	return KHALDUN_ERR_IO;
}

int pg_flush(khaldun_store *s)
{
	struct pg_store *p = s->pg;
	if (s->in_group)   /* a group's rewrite left unfinished (pg_recode.c) is not committed */
		pg_replace_abort(s);
	if (!p->n_recs && !p->in_tx && !p->recoding)
		return KHALDUN_OK;
	for (int k = 0; k < PG_RETRIES; k++) {
		PGresult *r = NULL;
		if (!p->in_tx && p->recoding)   /* lost (reconnected since): not redone */
			return recode_lost(s, NULL);
		if (!p->in_tx && redo(s, NULL))
			break;   /* reported */
		if (!commit(s, &r)) {
			p->in_tx = p->recoding = 0;
			s->committed += s->batch_stories;
			s->batch_stories = 0;
			pg_batch_clear(s);
			if (s->hook)
				s->hook(s->hook_ctx, 1, s->committed);
			return KHALDUN_OK;
		}
		/* a lost COMMIT may have committed: the redo finds those stories stored; a
		 * COMMIT that rolled back (r NULL) is redone */
		if (p->recoding)
			return recode_lost(s, r);
		int again = r ? pg_retryable(s, r) : 1;
		if (!again && r)
			pg_fail(s, "committing stories", r);
		PQclear(r);
		p->in_tx = 0;
		if (!again)
			break;
	}
	pg_batch_clear(s);
	s->batch_stories = 0;
	return KHALDUN_ERR_IO;
}

int pg_has(khaldun_store *s, const char *id, const char *source, int any)
{
	if (!id)
		return KHALDUN_ERR_ARG;
	const char *vals[2] = { id, source };
	for (int k = 0; k < 2; k++) {
		put_ctx x = { s, NULL };
		long long row = run_id(&x, any ? Q_FIND_ANY_ID : Q_FIND_ID, vals);
		if (row >= 0)
			return row > 0;
		/* a lost connection: once more on a new one (the open batch is redone by the
		 * next put or flush) */
		int again = !k && PQstatus(s->pg->conn) == CONNECTION_BAD && pg_retryable(s, x.err);
		if (!again)
			pg_fail(s, "looking up a story", x.err);
		PQclear(x.err);
		if (!again)
			break;
	}
	return KHALDUN_ERR_IO;
}
