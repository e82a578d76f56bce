/*
 * store.h - the SQLite event store behind khaldun_store_* (khaldun.h): schema and migrations
 * (schema.c), ingest with deduplication (store.c), and reads: events, counts, summary (query.c).
 * This folder holds the only code that includes sqlite3.h.
 * Invariant: each story is written in one transaction (BEGIN IMMEDIATE ... COMMIT), so the
 * database only ever holds whole stories; no statement outlives the call that prepared it.
 */
#ifndef KH_STORE_H
#define KH_STORE_H
#include "khaldun.h"
#include "base/diag.h"
#include <sqlite3.h>

#define STORE_SIMILARITY 0.5   /* default near-duplicate threshold */

struct khaldun_store {
	sqlite3 *db;
	char *path;
	diag_sink diag;
	int read_only;
	const khaldun_cameo *cameo;
	double threshold;
	void (*hook)(void *ctx, int point, size_t n);
	void *hook_ctx;
	size_t committed;
	char same_as[512];     /* khaldun_ingest_result.same_as of the last ingest */
};

/* Reports SQLite's current error about `what` through the store's sink; returns
 * KHALDUN_ERR_IO. */
int store_fail(khaldun_store *s, const char *what);

/* Brings the schema to KHALDUN_STORE_SCHEMA (schema.c). Returns KHALDUN_OK or a negative code
 * (reported). A read-only handle only checks the version. */
int store_migrate(khaldun_store *s);

/* Runs one SQL statement (no result rows); returns SQLITE_OK or an SQLite error code. */
int store_exec(khaldun_store *s, const char *sql);
#endif
