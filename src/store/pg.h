/*
 * pg.h - the PostgreSQL backend of the event store (libpq), behind the same khaldun_store_*
 * as the SQLite store: a --db that is a postgresql:// URI or a libpq key=value string opens
 * it. pg.c: connection (credentials only from PG* variables or ~/.pgpass), errors, retries,
 * schema and migrations; pg_put.c: the ingest; pg_import.c: the import; pg_queue.c: the work
 * queue; pg_recode.c: the recode; pg_lib.c: libpq, opened at the first PostgreSQL store. With
 * store.h's sqlite3.h, this folder holds the only code that includes libpq-fe.h.
 * Invariant: every write transaction holds the store's write lock (a transaction-level
 * advisory lock) from its first statement to its end, so writers on any number of machines
 * see each other's stories whole, as SQLite's one writer does.
 */
#ifndef KH_PG_H
#define KH_PG_H
#include "khaldun.h"
#include "base/arena.h"
#include "store/pg_lib.h"   /* libpq-fe.h, and libpq opened when first used */

#define PG_SCHEMA 2              /* the PostgreSQL schema version (khaldun_meta 'schema') */
#define PG_LOCK_SCHEMA 0x4b484c44 /* advisory lock keys: migrations ('KHLD') ... */
#define PG_LOCK_WRITE 0x4b484c57 /* ... and every write transaction ('KHLW') */
#define PG_RETRIES 8             /* a batch is redone at most this many times */
/* Session limits of a writing handle (pg.c), unless the session has its own already (server
 * or role settings, PGOPTIONS): the server ends a transaction left idle this long (a writer
 * stopped or cut off while holding the write lock), and a writer waiting for the write lock
 * reports after this long and waits again. */
#define PG_IDLE_TX_TIMEOUT "60s"
#define PG_LOCK_WAIT "10s"

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
	char lock_wait[32];      /* how long one wait for the write lock lasts (pg_begin) */
	/* the recode (pg_recode.c): the open transaction holds rewritten groups, which are not
	 * kept as records (a lost transaction is reported, not redone: a re-run finishes) */
	int recoding;
	int recode_all;          /* the listing's --all: no group is skipped as done */
	int skip_group;          /* the open group was re-coded meanwhile: its writes are skipped */
	long long *rep;          /* the open group's same-text repeats: (story, source) pairs */
	size_t n_rep, cap_rep;
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
/* 1 when another writer waits for the write lock (pg_put.c; 0 when not or unknown). */
int pg_others_waiting(khaldun_store *s);
/* Writes a record's sentences (kept rows updated), events and mentions for story `row` of
 * group `cluster` (near: claims the group's matching events) and its counts, as the ingest
 * does (pg_put.c). Returns 0, or -1 with the failed result in *err (may be NULL). */
int pg_write_events(khaldun_store *s, const pg_record *rec, long long row, long long cluster,
		    int near, khaldun_ingest_result *res, PGresult **err);

/* The recode on PostgreSQL (pg_recode.c): khaldun_store_recode_groups, recode_stories and
 * replace_begin/story/end/abort, same contracts. */
int pg_recode_groups(khaldun_store *s, const khaldun_recode_query *q,
		     int (*fn)(void *ctx, long long group), void *ctx, khaldun_recode_plan *plan);
int pg_recode_stories(khaldun_store *s, long long group,
		      int (*fn)(void *ctx, const khaldun_recode_story *st), void *ctx);
int pg_replace_begin(khaldun_store *s, long long group);
int pg_replace_story(khaldun_store *s, long long row, const khaldun_batch *b,
		     khaldun_ingest_result *res);
int pg_replace_end(khaldun_store *s, long long group);
void pg_replace_abort(khaldun_store *s);
#endif
