/*
 * pg.h - the PostgreSQL backend of the event store (libpq), behind the same khaldun_store_*
 * as the SQLite store: a --db that is a postgresql:// URI or a libpq key=value string opens
 * it. pg.c: connection (credentials only from PG* variables or ~/.pgpass), errors, retries,
 * schema and migrations; pg_put.c: the ingest; pg_import.c: the import; pg_queue.c: the work
 * queue. With store.h's sqlite3.h, this folder holds the only code that includes libpq-fe.h.
 * Invariant: every write transaction holds the store's write lock (a transaction-level
 * advisory lock) from its first statement to its end, so writers on any number of machines
 * see each other's stories whole, as SQLite's one writer does.
 */
#ifndef KH_PG_H
#define KH_PG_H
#include "khaldun.h"
#include "base/arena.h"
#include <libpq-fe.h>

#define PG_SCHEMA 2              /* the PostgreSQL schema version (khaldun_meta 'schema') */
#define PG_LOCK_SCHEMA 0x4b484c44 /* advisory lock keys: migrations ('KHLD') ... */
#define PG_LOCK_WRITE 0x4b484c57 /* ... and every write transaction ('KHLW') */
#define PG_RETRIES 8             /* a batch is redone at most this many times */

/* Statements prepared once per connection (pg_put.c names them). */
#define PG_N_STMT 16

typedef struct pg_record pg_record;

struct pg_store {
	PGconn *conn;
	char *conninfo;          /* as given (it holds no password: refused at open) */
	int prepared[PG_N_STMT]; /* prepared on this connection */
	int in_tx;               /* a write transaction is open */
	/* the stories of the open batch, kept until it commits so that a retry writes them
	 * again (pg_put.c) */
	arena mem;
	pg_record **recs;
	size_t n_recs, cap_recs;
	/* the work queue (pg_queue.c): its own connection, holding the claimed item's row lock */
	PGconn *queue;
	long long claimed;       /* the claimed item's id, 0 when none */
	char *claimed_item;
};

/* 1 when db names a PostgreSQL database: a postgresql:// or postgres:// URI, or a libpq
 * key=value string (it contains '='); else it is a SQLite path. */
int pg_is_conninfo(const char *db);

/* khaldun_store_open for PostgreSQL (same contract). Refuses a password in conninfo. */
int pg_store_open(khaldun_store **out, const char *conninfo, int read_only, khaldun_diag_fn fn,
		  void *ctx);
/* Commits what is pending and closes the connection; frees s->pg (not s). */
void pg_store_close(khaldun_store *s);

/* Reports that `what` is not served on PostgreSQL yet; returns KHALDUN_ERR_ARG. */
int pg_unavailable(khaldun_store *s, const char *what);

/* Reports the error of result r (or of the connection when r is NULL) about `what`; returns
 * KHALDUN_ERR_IO. */
int pg_fail(khaldun_store *s, const char *what, const PGresult *r);

/* Runs sql with n text parameters (NULL: SQL NULL); returns the result when it succeeded
 * (PQclear it), else NULL after reporting. Never SQL built from input: values travel apart. */
PGresult *pg_query(khaldun_store *s, const char *what, const char *sql, int n,
		   const char *const *vals);
/* Runs sql (no parameters, no rows wanted): 0, or -1 with *r kept for the caller's
 * pg_retryable check when r is not NULL (else reported). */
int pg_exec(khaldun_store *s, const char *sql, PGresult **r);

/* 1 when the failure of r (NULL: the connection's) is worth redoing the transaction: a
 * serialization failure (40001), a deadlock (40P01) or a lost connection (then reconnected
 * first); 0 when not (or the reconnection failed). */
int pg_retryable(khaldun_store *s, const PGresult *r);

/* Opens a write transaction holding the write lock; returns 0 or -1 (r as pg_exec). */
int pg_begin(khaldun_store *s, PGresult **r);

/* The ingest (pg_put.c): khaldun_store_has/has_story (any: every outlet), put and flush. */
int pg_has(khaldun_store *s, const char *id, const char *source, int any);
int pg_put(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b,
	   khaldun_ingest_result *res);
int pg_flush(khaldun_store *s);
/* khaldun_store_import on PostgreSQL (pg_import.c; same contract). */
int pg_import(khaldun_store *s, FILE *fp, const char *name, enum khaldun_import_format fmt,
	      const char *dataset, khaldun_import_result *res);
/* Closes the work queue's connection (releasing a claimed item) (pg_queue.c). */
void pg_queue_close(struct pg_store *p);
/* Frees the kept batch (pg_put.c). */
void pg_batch_clear(khaldun_store *s);
#endif
