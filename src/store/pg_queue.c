/*
 * pg_queue.c - the work queue of a PostgreSQL store (`khaldun ingest --queue`): inputs (files
 * as the workers see them) are added once each to khaldun_queue; each worker claims the
 * oldest pending one with SELECT ... FOR UPDATE SKIP LOCKED on a second connection of its
 * own, ingests it on the store's connection, and marks it done (or failed, with the message)
 * in the claiming transaction. No coordinator and no lease timeout: a killed worker's
 * connection dies, its transaction rolls back, and the row lock is released, so the item is
 * pending and claimable again at once (the ingest is idempotent per story).
 * Invariant: an item is marked done only after the stories read from it are committed.
 */
#include "store/store.h"
#include "store/pg.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

/* Not part of the versioned schema: made on first use, under the schema lock, so that
 * queue-less stores carry no queue. */
static const char *const QUEUE_SQL =
	"CREATE TABLE IF NOT EXISTS khaldun_queue ("
	" id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	" item text NOT NULL UNIQUE,"
	" state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),"
	" added timestamptz NOT NULL DEFAULT now(), finished timestamptz,"
	" worker text, message text, tries integer NOT NULL DEFAULT 0)";

static int need_pg(khaldun_store *s)
{
	if (s && s->pg)
		return 0;
	if (s)
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "the work queue needs a PostgreSQL store (--db postgresql://...)");
	return KHALDUN_ERR_ARG;
}

/* The queue's own connection (opened on first use) with the table made. 0 or -1. */
static int queue_conn(khaldun_store *s)
{
	struct pg_store *p = s->pg;
	if (p->queue && PQstatus(p->queue) == CONNECTION_OK)
		return 0;
	if (p->queue)
		PQfinish(p->queue);
	const char *keys[] = { "dbname", "fallback_application_name", NULL };
	const char *vals[] = { p->conninfo, "khaldun-queue", NULL };
	p->queue = PQconnectdbParams(keys, vals, 1);
	if (!p->queue || PQstatus(p->queue) != CONNECTION_OK) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "cannot open the queue's connection: %s",
			    p->queue ? PQerrorMessage(p->queue) : "out of memory");
		return -1;
	}
	char sql[640];
	snprintf(sql, sizeof sql, "SET client_min_messages = warning; BEGIN;"
		 " SELECT pg_advisory_xact_lock(%d); %s; COMMIT", PG_LOCK_SCHEMA, QUEUE_SQL);
	PGresult *r = PQexec(p->queue, sql);
	int ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		pg_fail(s, "making the work queue", r);
	PQclear(r);
	return ok ? 0 : -1;
}

/* Runs sql on the queue's connection; the result when it succeeded, else NULL (reported). */
static PGresult *qrun(khaldun_store *s, const char *what, const char *sql, int n,
		      const char *const *vals)
{
	PGresult *r = PQexecParams(s->pg->queue, sql, n, NULL, vals, NULL, NULL, 0);
	ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK)
		return r;
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0, "%s: %s", what,
		    r ? PQresultErrorMessage(r) : PQerrorMessage(s->pg->queue));
	PQclear(r);
	return NULL;
}

int khaldun_store_queue_add(khaldun_store *s, const char *item)
{
	int rc = need_pg(s);
	if (rc || !item || !*item)
		return rc ? rc : KHALDUN_ERR_ARG;
	if (queue_conn(s))
		return KHALDUN_ERR_IO;
	PGresult *r = qrun(s, "adding to the work queue", "INSERT INTO khaldun_queue (item)"
			   " VALUES ($1) ON CONFLICT (item) DO NOTHING", 1, &item);
	if (!r)
		return KHALDUN_ERR_IO;
	int added = atoi(PQcmdTuples(r)) > 0;
	PQclear(r);
	return added;
}

int khaldun_store_queue_claim(khaldun_store *s, const char **item)
{
	int rc = need_pg(s);
	if (rc || !item)
		return rc ? rc : KHALDUN_ERR_ARG;
	*item = NULL;
	struct pg_store *p = s->pg;
	if (p->claimed) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "a work queue item is claimed already "
			    "(khaldun_store_queue_done first)");
		return KHALDUN_ERR_ARG;
	}
	if (queue_conn(s))
		return KHALDUN_ERR_IO;
	PGresult *b = qrun(s, "claiming from the work queue", "BEGIN", 0, NULL);
	PQclear(b);
	PGresult *r = b ? qrun(s, "claiming from the work queue",
			       "SELECT id, item FROM khaldun_queue WHERE state = 'pending'"
			       " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", 0, NULL) : NULL;
	if (!r || !PQntuples(r)) {
		PQclear(r);
		PQclear(PQexec(p->queue, "ROLLBACK"));
		return r ? KHALDUN_EOF : KHALDUN_ERR_IO;
	}
	free(p->claimed_item);
	p->claimed_item = strdup(PQgetvalue(r, 0, 1));
	p->claimed = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	if (!p->claimed_item) {
		PQclear(PQexec(p->queue, "ROLLBACK"));
		p->claimed = 0;
		return KHALDUN_ERR_NOMEM;
	}
	*item = p->claimed_item;
	return KHALDUN_OK;
}

int khaldun_store_queue_done(khaldun_store *s, const char *error)
{
	int rc = need_pg(s);
	if (rc)
		return rc;
	struct pg_store *p = s->pg;
	if (!p->claimed)
		return KHALDUN_ERR_ARG;
	char id[24], worker[300], host[256] = "";
	snprintf(id, sizeof id, "%lld", p->claimed);
	gethostname(host, sizeof host - 1);
	snprintf(worker, sizeof worker, "%s:%ld", host, (long)getpid());
	const char *vals[4] = { id, error ? "failed" : "done", error, worker };
	PGresult *r = qrun(s, "marking a work queue item", "UPDATE khaldun_queue SET state = $2,"
			   " message = $3, worker = $4, finished = now(), tries = tries + 1"
			   " WHERE id = $1", 4, vals);
	PQclear(r);
	PGresult *c = r ? qrun(s, "marking a work queue item", "COMMIT", 0, NULL) : NULL;
	PQclear(c);
	if (!c)
		PQclear(PQexec(p->queue, "ROLLBACK"));
	p->claimed = 0;
	return c ? KHALDUN_OK : KHALDUN_ERR_IO;
}

void pg_queue_close(struct pg_store *p)
{
	free(p->claimed_item);
	p->claimed_item = NULL;
	if (p->queue)
		PQfinish(p->queue);   /* an item still claimed is released: pending again */
	p->queue = NULL;
}
