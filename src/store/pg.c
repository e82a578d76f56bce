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

/* The session's settings, after each (re)connection: UTF-8, ISO dates, quiet notices, and a
 * read-only session for a read-only handle. Returns 0 or -1 (reported). */
static int session_setup(khaldun_store *s)
{
	PGconn *c = s->pg->conn;
	memset(s->pg->prepared, 0, sizeof s->pg->prepared);
	if (PQsetClientEncoding(c, "UTF8"))
		return pg_fail(s, "setting the client encoding", NULL), -1;
	if (pg_exec(s, "SET datestyle = 'ISO, YMD'; SET client_min_messages = warning;"
		    " SET extra_float_digits = 3", NULL))
		return -1;
	if (s->read_only && pg_exec(s, "SET default_transaction_read_only = on", NULL))
		return -1;
	return 0;
}

/* Refuses a password inside the connection string. Returns 0, or a negative code (reported). */
static int check_conninfo(khaldun_store *s, const char *conninfo)
{
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

static int connect_db(khaldun_store *s)
{
	const char *keys[] = { "dbname", "fallback_application_name", NULL };
	const char *vals[] = { s->pg->conninfo, "khaldun", NULL };
	s->pg->conn = PQconnectdbParams(keys, vals, 1);
	if (!s->pg->conn)
		return KHALDUN_ERR_NOMEM;
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
	diag_report(&s->diag, KHALDUN_WARNING, s->path, 0, 0, NULL, 0,
		    "the connection to PostgreSQL was lost; reconnecting");
	s->pg->in_tx = 0;
	for (int k = 0; k < 5; k++) {
		PQreset(s->pg->conn);
		if (PQstatus(s->pg->conn) == CONNECTION_OK)
			return session_setup(s) == 0;
	}
	report(s, "cannot reconnect to PostgreSQL", PQerrorMessage(s->pg->conn));
	return 0;
}

int pg_begin(khaldun_store *s, PGresult **r)
{
	char sql[96];
	/* the lock is held until COMMIT or ROLLBACK: writers take turns per batch, so the
	 * near-duplicate grouping of each sees every story stored before it, whole */
	snprintf(sql, sizeof sql, "BEGIN; SELECT pg_advisory_xact_lock(%d)", PG_LOCK_WRITE);
	if (pg_exec(s, sql, r))
		return -1;
	s->pg->in_tx = 1;
	return 0;
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
	if (s->pg->conn)
		PQfinish(s->pg->conn);
	free(s->pg);
	s->pg = NULL;
}
