/*
 * pg.c - opening the PostgreSQL event store: the connection (libpq; credentials only from the
 * PG* environment variables or ~/.pgpass, a password in the --db string is refused because it
 * would show in `ps`), errors reported once through the store's sink, reconnecting after a
 * lost connection, and the write transaction with its lock. The schema is in pg_schema.c, the
 * ingest in pg_put.c.
 * Invariant: a read-only handle's session is read-only (default_transaction_read_only), so it
 * can never write, whatever the role may do.
 */
#include "store/store.h"
#include "store/pg.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

int pg_migrate(khaldun_store *s);   /* pg_schema.c */

int pg_is_conninfo(const char *db)
{
	return db && (!strncmp(db, "postgresql://", 13) || !strncmp(db, "postgres://", 11)
		      || strchr(db, '=') != NULL);
}

/* libpq's messages end with a newline (sometimes several lines): the first line, trimmed. */
static void report(khaldun_store *s, const char *what, const char *msg)
{
	const char *nl = msg ? strchr(msg, '\n') : NULL;
	int len = msg ? (int)(nl ? (size_t)(nl - msg) : strlen(msg)) : 0;
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0, "%s: %.*s", what, len,
		    len ? msg : "PostgreSQL gave no reason");
}

int pg_fail(khaldun_store *s, const char *what, const PGresult *r)
{
	const char *msg = r ? PQresultErrorMessage(r) : NULL;
	if ((!msg || !*msg) && s->pg && s->pg->conn)
		msg = PQerrorMessage(s->pg->conn);
	report(s, what, msg);
	return KHALDUN_ERR_IO;
}

int pg_unavailable(khaldun_store *s, const char *what)
{
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
		    "%s is not available on PostgreSQL yet (use a SQLite store for it)", what);
	return KHALDUN_ERR_ARG;
}

static int ok(const PGresult *r)
{
	ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	return t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK;
}

PGresult *pg_query(khaldun_store *s, const char *what, const char *sql, int n,
		   const char *const *vals)
{
	PGresult *r = PQexecParams(s->pg->conn, sql, n, NULL, vals, NULL, NULL, 0);
	if (ok(r))
		return r;
	pg_fail(s, what, r);
	PQclear(r);
	return NULL;
}

int pg_exec(khaldun_store *s, const char *sql, PGresult **keep)
{
	PGresult *r = PQexec(s->pg->conn, sql);
	if (ok(r)) {
		PQclear(r);
		return 0;
	}
	if (keep)
		*keep = r;
	else {
		pg_fail(s, "running a statement", r);
		PQclear(r);
	}
	return -1;
}

/* A writing session's limits (pg.h): the server ends a transaction idle for
 * PG_IDLE_TX_TIMEOUT, so that a writer stopped or cut off while it holds the write lock does
 * not block the others for ever (it finds its connection closed when it wakes, reconnects and
 * writes its batch again); the write lock is waited for PG_LOCK_WAIT at a time (pg_begin).
 * A limit the session has already (server or role settings, PGOPTIONS) is kept. 0 or -1. */
static int session_limits(khaldun_store *s)
{
	if (pg_exec(s, "SELECT set_config('idle_in_transaction_session_timeout', '"
		    PG_IDLE_TX_TIMEOUT "', false) WHERE current_setting("
		    "'idle_in_transaction_session_timeout') = '0'", NULL))
		return -1;
	PGresult *r = pg_query(s, "setting the session's limits",
			       "SELECT current_setting('lock_timeout')", 0, NULL);
	if (!r)
		return -1;
	const char *v = PQntuples(r) ? PQgetvalue(r, 0, 0) : "0";
	snprintf(s->pg->lock_wait, sizeof s->pg->lock_wait, "%s",
		 strcmp(v, "0") && strlen(v) < sizeof s->pg->lock_wait ? v : PG_LOCK_WAIT);
	PQclear(r);
	return 0;
}

/* The session's settings, after each (re)connection: UTF-8, ISO dates, quiet notices, and a
 * read-only session for a read-only handle, limits for a writing one. Returns 0 or -1
 * (reported). */
static int session_setup(khaldun_store *s)
{
	PGconn *c = s->pg->conn;
	memset(s->pg->prepared, 0, sizeof s->pg->prepared);
	if (PQsetClientEncoding(c, "UTF8"))
		return pg_fail(s, "setting the client encoding", NULL), -1;
	if (pg_exec(s, "SET datestyle = 'ISO, YMD'; SET client_min_messages = warning;"
		    " SET extra_float_digits = 3", NULL))
		return -1;
	if (s->read_only)
		return pg_exec(s, "SET default_transaction_read_only = on", NULL);
	return session_limits(s);
}

/* Refuses a password inside the connection string. Returns 0, or a negative code (reported). */
static int check_conninfo(khaldun_store *s, const char *conninfo)
{
	char why[512];
	if (pg_lib_open(why, sizeof why)) {   /* before any other libpq call */
		report(s, "PostgreSQL needs libpq (libpq5), which cannot be opened", why);
		return KHALDUN_ERR_IO;
	}
	char *err = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &err);
	if (!opts) {
		report(s, "not a PostgreSQL connection string", err ? err : "cannot parse it");
		PQfreemem(err);
		return KHALDUN_ERR_ARG;
	}
	int bad = 0;
	for (PQconninfoOption *o = opts; o->keyword; o++)
		if (!strcmp(o->keyword, "password") && o->val && *o->val)
			bad = 1;
	PQconninfoFree(opts);
	if (!bad)
		return 0;
	/* the string is not repeated: it holds the password */
	diag_report(&s->diag, KHALDUN_ERROR, "--db", 0, 0, NULL, 0,
		    "a password in the database string is refused (it would show in `ps`): "
		    "give it in PGPASSWORD or ~/.pgpass");
	return KHALDUN_ERR_ARG;
}

/* A message the server sends outside a query (e.g. the FATAL of a session it ends while we
 * wait): a note through the store's sink, never printed by libpq. */
static void notice(void *arg, const char *msg)
{
	khaldun_store *s = arg;
	const char *nl = strchr(msg, '\n');
	diag_report(&s->diag, KHALDUN_NOTE, s->path, 0, 0, NULL, 0, "PostgreSQL said: %.*s",
		    (int)(nl ? (size_t)(nl - msg) : strlen(msg)), msg);
}

static int connect_db(khaldun_store *s)
{
	const char *keys[] = { "dbname", "fallback_application_name", NULL };
	const char *vals[] = { s->pg->conninfo, "khaldun", NULL };
	s->pg->conn = PQconnectdbParams(keys, vals, 1);
	if (!s->pg->conn)
		return KHALDUN_ERR_NOMEM;
	PQsetNoticeProcessor(s->pg->conn, notice, s);
	if (PQstatus(s->pg->conn) != CONNECTION_OK) {
		report(s, "cannot connect to PostgreSQL", PQerrorMessage(s->pg->conn));
		return KHALDUN_ERR_IO;
	}
	return session_setup(s) ? KHALDUN_ERR_IO : KHALDUN_OK;
}

int pg_retryable(khaldun_store *s, const PGresult *r)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (state && (!strcmp(state, "40001") || !strcmp(state, "40P01")))
		return 1;
	if (PQstatus(s->pg->conn) != CONNECTION_BAD)
		return 0;
	/* the connection's message names the server's reason first (e.g. "FATAL: terminating
	 * connection due to idle-in-transaction timeout"), the result's only the lost socket */
	const char *why = PQerrorMessage(s->pg->conn);
	if (!why || !*why)
		why = r ? PQresultErrorMessage(r) : NULL;
	if (why && !strncmp(why, "FATAL:", 6))
		for (why += 6; *why == ' '; why++)
			;
	const char *nl = why ? strchr(why, '\n') : NULL;
	int len = why ? (int)(nl ? (size_t)(nl - why) : strlen(why)) : 0;
	diag_report(&s->diag, KHALDUN_WARNING, s->path, 0, 0, NULL, 0,
		    "the connection to PostgreSQL was lost%s%.*s%s; reconnecting", len ? " (" : "",
		    len, len ? why : "", len ? ")" : "");
	s->pg->in_tx = 0;
	for (int k = 0; k < 5; k++) {
		PQreset(s->pg->conn);
		if (PQstatus(s->pg->conn) == CONNECTION_OK)
			return session_setup(s) == 0;
	}
	report(s, "cannot reconnect to PostgreSQL", PQerrorMessage(s->pg->conn));
	return 0;
}

/* Reports a wait for the write lock that timed out: for how long, and who holds it. */
static void note_wait(khaldun_store *s, double waited)
{
	char sql[400];
	snprintf(sql, sizeof sql, "SELECT a.pid, coalesce(a.state, '?'), coalesce(extract(epoch"
		 " FROM now() - a.state_change)::bigint, 0) FROM pg_locks l JOIN pg_stat_activity a"
		 " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = "
		 "%d AND l.objsubid = 1 AND l.granted AND l.database = (SELECT oid FROM pg_database"
		 " WHERE datname = current_database())", PG_LOCK_WRITE);
	PGresult *r = PQexec(s->pg->conn, sql);
	char holder[160] = "another writer, which has ended meanwhile";
	if (r && PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		snprintf(holder, sizeof holder, "PostgreSQL process %s (%s for %s s)",
			 PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 1), PQgetvalue(r, 0, 2));
	PQclear(r);
	diag_report(&s->diag, KHALDUN_WARNING, s->path, 0, 0, NULL, 0,
		    "waited %.0f s for the write lock, held by %s; waiting again", waited, holder);
}

int pg_begin(khaldun_store *s, PGresult **r)
{
	char sql[192];
	/* the lock is held until COMMIT or ROLLBACK: writers take turns per batch, so the
	 * near-duplicate grouping of each sees every story stored before it, whole. A wait
	 * longer than lock_wait is reported and begun again: a stalled holder's transaction is
	 * ended by the server (idle_in_transaction_session_timeout), a busy one's by its commit */
	snprintf(sql, sizeof sql, "BEGIN; SET LOCAL lock_timeout = '%s';"
		 " SELECT pg_advisory_xact_lock(%d); SET LOCAL lock_timeout TO DEFAULT",
		 s->pg->lock_wait, PG_LOCK_WRITE);
	double start = store_now();
	for (;;) {
		PGresult *e = NULL;
		if (!pg_exec(s, sql, &e)) {
			s->pg->in_tx = 1;
			return 0;
		}
		const char *state = e ? PQresultErrorField(e, PG_DIAG_SQLSTATE) : NULL;
		if (!state || strcmp(state, "55P03")) {   /* not a lock timeout */
			if (r)
				*r = e;
			else {
				pg_fail(s, "starting a transaction", e);
				PQclear(e);
			}
			return -1;
		}
		PQclear(e);
		if (pg_exec(s, "ROLLBACK", r))
			return -1;
		note_wait(s, store_now() - start);
	}
}

int pg_store_open(khaldun_store **out, const char *conninfo, int read_only, khaldun_diag_fn fn,
		  void *ctx)
{
	*out = NULL;
	khaldun_store *s = calloc(1, sizeof *s);
	if (!s)
		return KHALDUN_ERR_NOMEM;
	s->pg = calloc(1, sizeof *s->pg);
	s->path = malloc(strlen(conninfo) + 1);
	if (!s->pg || !s->path) {
		free(s->pg);
		free(s->path);
		free(s);
		return KHALDUN_ERR_NOMEM;
	}
	strcpy(s->path, conninfo);
	s->pg->conninfo = s->path;
	strcpy(s->pg->lock_wait, PG_LOCK_WAIT);
	arena_init(&s->pg->mem, 1 << 16);
	s->diag = (diag_sink){ fn, ctx, 0, 0 };
	s->read_only = read_only;
	s->threshold = STORE_SIMILARITY;
	s->dedup_days = STORE_DEDUP_DAYS;
	s->batch_max = STORE_BATCH;
	s->batch_seconds = STORE_BATCH_SECONDS;
	int rc = check_conninfo(s, conninfo);
	if (!rc)
		rc = connect_db(s);
	if (!rc)
		rc = pg_migrate(s);
	if (rc) {
		khaldun_store_free(s);
		return rc;
	}
	*out = s;
	return KHALDUN_OK;
}

void pg_store_close(khaldun_store *s)
{
	if (s->pg->conn && PQstatus(s->pg->conn) == CONNECTION_OK)
		pg_flush(s);
	pg_batch_clear(s);
	pg_queue_close(s->pg);
	arena_free(&s->pg->mem);
	free(s->pg->recs);
	free(s->pg->rep);
	if (s->pg->conn)
		PQfinish(s->pg->conn);
	free(s->pg);
	s->pg = NULL;
}
