/*
 * store.c - opening the event store (read-write, read-only, refusing files that are not
 * khaldun's), waiting for other writers, and the store's settings. Writing coded stories is in
 * put.c, reading in query.c, the schema in schema.c.
 * Invariant: a read-only handle never writes, and a file that is not khaldun's is left
 * untouched.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/geo.h"
#include "store/dedup.h"
#include "cameo/actor.h"
#include "base/date.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>
#include <pthread.h>

int store_fail(khaldun_store *s, const char *what)
{
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0, "%s: %s", what,
		    s->db ? sqlite3_errmsg(s->db) : "cannot open");
	return KHALDUN_ERR_IO;
}

sqlite3_stmt *store_cached(khaldun_store *s, sqlite3_stmt **slot, const char *sql)
{
	if (!*slot && sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL)
	    != SQLITE_OK) {
		*slot = NULL;
		store_fail(s, "preparing a statement");
	}
	return *slot;
}

void store_release(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

int store_exec(khaldun_store *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* ---------------------------------------------------------------- other writers */

double store_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void nap(int count)
{
	long ms = count < 8 ? 1L << count : 200;   /* 1, 2, 4 ... 128 ms, then 200 ms */
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

/* One wait for a lock another connection holds: 1 to keep waiting, 0 to give up (after
 * STORE_BUSY_LIMIT seconds). A note goes out once per wait after STORE_BUSY_NOTE seconds. */
static int busy_wait(khaldun_store *s, int count)
{
	double t = store_now();
	if (s->busy_since == 0 || (count == 0 && !s->in_begin)) {
		s->busy_since = t;
		s->busy_noted = 0;
	}
	if (t - s->busy_since >= STORE_BUSY_LIMIT)
		return 0;
	if (!s->busy_noted && t - s->busy_since >= STORE_BUSY_NOTE) {
		s->busy_noted = 1;
		/* a warning, not a note: --quiet hides notes, and a stalled writer must say why */
		diag_report(&s->diag, KHALDUN_WARNING, s->path, 0, 0, NULL, 0,
			    "the database is busy (another writer); waiting up to %d minutes",
			    STORE_BUSY_LIMIT / 60);
	}
	nap(count);
	return 1;
}

static int busy_handler(void *ctx, int count)
{
	return busy_wait(ctx, count);
}

void store_busy_setup(khaldun_store *s, sqlite3 *db)
{
	sqlite3_busy_handler(db, busy_handler, s);
}

int store_batch_full(const khaldun_store *s)
{
	size_t bytes = s->batch_bytes_max;
	if (s->grow_age && s->grow_bytes && s->run_bytes > bytes)
		bytes = s->run_bytes;
	if (s->batch_stories >= s->batch_max || s->batch_bytes >= bytes)
		return 1;
	double age = s->batch_seconds, by_cost = STORE_COMMIT_RATIO * s->last_commit;
	if (by_cost > age)
		age = by_cost < STORE_BATCH_SECONDS_MAX ? by_cost : STORE_BATCH_SECONDS_MAX;
	if (s->grow_age && s->batch_bytes < s->run_bytes)
		age = STORE_BATCH_SECONDS_HOLD;
	return store_now() - s->batch_start >= age;
}

int store_begin(khaldun_store *s)
{
	int rc;
	s->busy_since = 0;
	s->in_begin = 1;
	/* SQLite may answer BUSY without calling the handler (e.g. a WAL being recovered) */
	for (int k = 0; ((rc = store_exec(s, "BEGIN IMMEDIATE")) & 0xff) == SQLITE_BUSY; k++)
		if (!busy_wait(s, k))
			break;
	s->busy_since = 0;
	s->in_begin = 0;
	return rc;
}

void store_batch_reset(khaldun_store *s)
{
	s->batch_stories = 0;
	s->batch_bytes = 0;
	s->batch_start = store_now();
}

int store_batch_open(khaldun_store *s)
{
	if (s->in_batch)
		return KHALDUN_OK;
	if (store_begin(s) != SQLITE_OK)
		return store_fail(s, "starting a transaction");
	s->in_batch = 1;
	store_batch_reset(s);
	return KHALDUN_OK;
}

/* ---------------------------------------------------------------- opening */

/* The first column of the first row of sql, as an integer (-1 on error, reported). */
static long long pragma_int(khaldun_store *s, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading the database header"), -1;
	int rc = sqlite3_step(st);
	long long v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : rc == SQLITE_DONE ? 0 : -1;
	sqlite3_finalize(st);
	if (v < 0)
		store_fail(s, "reading the database header");
	return v;
}

/* Refuses, before anything is written, a database that is not khaldun's: another application
 * id, or tables without a schema version, or a version without khaldun's story table (a
 * newer version is refused by store_migrate).
 * Returns 0 or a negative code (reported). */
static int check_owner(khaldun_store *s)
{
	/* one read transaction: another process may be creating the schema meanwhile */
	if (store_exec(s, "BEGIN") != SQLITE_OK)
		return store_fail(s, "reading the database header");
	long long app = pragma_int(s, "PRAGMA application_id");
	long long v = pragma_int(s, "PRAGMA user_version");
	long long tables = pragma_int(s, "SELECT count(*) FROM sqlite_master");
	long long story = pragma_int(s, "SELECT count(*) FROM sqlite_master "
				     "WHERE type = 'table' AND name = 'story'");
	store_exec(s, "COMMIT");
	if (app < 0 || v < 0 || tables < 0 || story < 0)
		return KHALDUN_ERR_IO;
	const char *why = NULL;
	char buf[96];
	if (app != 0 && app != STORE_APP_ID) {
		snprintf(buf, sizeof buf, "another application's (application_id %lld)", app);
		why = buf;
	} else if (app == 0 && v == 0 && tables > 0) {
		why = "it has tables but no khaldun schema version";
	} else if (app == 0 && v > 0 && v <= KHALDUN_STORE_SCHEMA && !story) {
		why = "a schema version but no khaldun story table";
	}
	if (!why)
		return KHALDUN_OK;
	diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
		    "not a khaldun event database (%s); left untouched", why);
	return KHALDUN_ERR_FORMAT;
}

/* A "file:" URI for path opened immutable (percent-encoded); malloc'd, NULL without memory. */
static char *immutable_uri(const char *path)
{
	size_t n = strlen(path);
	char *u = malloc(3 * n + 32);
	if (!u)
		return NULL;
	size_t k = (size_t)sprintf(u, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
		    || strchr("/-._~", *p))
			u[k++] = (char)*p;
		else
			k += (size_t)sprintf(u + k, "%%%02X", *p);
	}
	strcpy(u + k, "?immutable=1");
	return u;
}

/* Opens the database read-only. A WAL database in a folder or file we cannot write (no -shm
 * can be made) is opened again as immutable: read as it is on disk, nothing created. Returns
 * SQLITE_OK or an SQLite error code. */
static int open_read_only(khaldun_store *s)
{
	int rc = sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK
	    && sqlite3_exec(s->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL)
		       == SQLITE_OK)
		return SQLITE_OK;
	char *uri = immutable_uri(s->path);
	if (!uri)
		return SQLITE_NOMEM;
	sqlite3_close_v2(s->db);
	s->db = NULL;
	rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	free(uri);
	return rc;
}

/* SQLite's process-wide settings, made before its first use (sqlite3_config refuses them
 * after: a host program that used SQLite first keeps its own, and stores only write slower) */
static void store_configure_sqlite(void)
{
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, STORE_SUBJOURNAL_BYTES);
	/* no memory statistics: with them every allocation of SQLite's takes a process-wide
	 * mutex (1,300 lock/unlock pairs per story of an ingest, 3% of its instructions), for
	 * counts that nothing here reads (sqlite3_memory_used, soft heap limits) */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int khaldun_store_open(khaldun_store **out, const char *path, int read_only,
		       khaldun_diag_fn fn, void *ctx)
{
	static pthread_once_t configured = PTHREAD_ONCE_INIT;
	pthread_once(&configured, store_configure_sqlite);
	if (path && pg_is_conninfo(path))
		return out ? pg_store_open(out, path, read_only, fn, ctx) : KHALDUN_ERR_ARG;
	if (!out)
		return KHALDUN_ERR_ARG;
	*out = NULL;
	if (!path)
		return KHALDUN_ERR_ARG;
	khaldun_store *s = calloc(1, sizeof *s);
	if (!s)
		return KHALDUN_ERR_NOMEM;
	s->path = malloc(strlen(path) + 1);
	if (!s->path) {
		free(s);
		return KHALDUN_ERR_NOMEM;
	}
	strcpy(s->path, path);
	s->diag = (diag_sink){ fn, ctx, 0, 0 };
	s->read_only = read_only;
	s->threshold = STORE_SIMILARITY;
	s->dedup_days = STORE_DEDUP_DAYS;
	s->ordinal = -1;
	s->batch_max = STORE_BATCH;
	s->batch_seconds = STORE_BATCH_SECONDS;
	s->batch_bytes_max = STORE_BATCH_BYTES;
	s->grow_age = s->grow_bytes = 1;
	int rc = KHALDUN_OK;
	if ((read_only ? open_read_only(s)
	     /* NOMUTEX: a handle serves one thread at a time (khaldun-store.h), so SQLite's
	      * per-call connection mutex is not needed: 4% of ingest's instructions */
	     : sqlite3_open_v2(path, &s->db,
			       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
			       NULL))
	    != SQLITE_OK) {
		rc = store_fail(s, "cannot open the database");
		goto fail;
	}
	store_busy_setup(s, s->db);
	sqlite3_extended_result_codes(s->db, 1);
	if (geo_register(s->db) != SQLITE_OK) {
		rc = store_fail(s, "cannot set up the database");
		goto fail;
	}
	rc = check_owner(s);
	if (rc)
		goto fail;
	/* WAL: readers never block the ingest; NORMAL: a commit survives a killed process (the
	 * WAL is in the OS's hands), a power cut may lose the last commits, never consistency */
	if (!read_only && (store_exec(s, "PRAGMA journal_mode = WAL") != SQLITE_OK
			   || store_exec(s, "PRAGMA synchronous = NORMAL") != SQLITE_OK
			   /* 16 MiB of page cache: the hot pages of the dedup's indexes stay in
			    * memory; a larger cache held the whole store of a 100 MB ingest (peak
			    * RSS 80 MB at -j 2, issue 11 asks <= 64) for no measurable speed, as
			    * pages it misses come from the OS's cache (docs/performance.md) */
			   || store_exec(s, "PRAGMA cache_size = -16384") != SQLITE_OK
			   || sqlite3_wal_autocheckpoint(s->db, STORE_WAL_PAGES) != SQLITE_OK)) {
		rc = store_fail(s, "cannot set up the database");
		goto fail;
	}
	if (store_exec(s, "PRAGMA foreign_keys = ON") != SQLITE_OK) {
		rc = store_fail(s, "cannot set up the database");
		goto fail;
	}
	rc = store_migrate(s);
	if (rc)
		goto fail;
	*out = s;
	return KHALDUN_OK;
fail:
	khaldun_store_free(s);
	return rc ? rc : KHALDUN_ERR_IO;
}

void khaldun_store_free(khaldun_store *s)
{
	if (!s)
		return;
	if (s->pg)
		pg_store_close(s);   /* then s->pg is NULL: the rest frees what both share */
	khaldun_store_flush(s);
	for (int k = 0; k < STORE_N_STMT; k++)
		sqlite3_finalize(s->stmts[k]);
	for (int k = 0; k < STORE_RECODE_STMTS; k++)
		sqlite3_finalize(s->recode[k]);
	free(s->recode_text);
	free(s->bumps);
	for (size_t k = 0; k < s->n_prepared; k++)
		sqlite3_finalize(s->prepared[k].st);
	if (s->db)
		sqlite3_close_v2(s->db);
	free(s->path);
	free(s);
}

void khaldun_store_set_tables(khaldun_store *s, const khaldun_cameo *t)
{
	if (s)
		s->cameo = t;
}

void khaldun_store_set_similarity(khaldun_store *s, double near_threshold)
{
	if (s)
		s->threshold = near_threshold > 0 ? near_threshold : STORE_SIMILARITY;
}

void khaldun_store_set_dedup_days(khaldun_store *s, int days)
{
	if (s)
		s->dedup_days = days < 0 ? STORE_DEDUP_DAYS
			: days > STORE_DEDUP_MAX ? STORE_DEDUP_MAX : days;
}

void khaldun_store_set_dict_version(khaldun_store *s, const char *version)
{
	if (s)
		snprintf(s->dict_version, sizeof s->dict_version, "%s", version ? version : "");
}

void khaldun_store_set_ordinal(khaldun_store *s, long long ordinal)
{
	if (s)
		s->ordinal = ordinal < 0 ? -1 : ordinal;
}

void khaldun_store_set_batch(khaldun_store *s, size_t stories, double seconds)
{
	if (!s)
		return;
	s->batch_max = stories ? stories : STORE_BATCH;
	s->batch_seconds = seconds > 0 ? seconds : STORE_BATCH_SECONDS;
	s->grow_age = !stories && seconds <= 0;
}

void khaldun_store_set_batch_bytes(khaldun_store *s, size_t bytes)
{
	if (!s)
		return;
	s->batch_bytes_max = bytes ? bytes : STORE_BATCH_BYTES;
	s->grow_bytes = !bytes;
}

void khaldun_store_set_hook(khaldun_store *s, void (*fn)(void *ctx, int point, size_t n),
			    void *ctx)
{
	if (!s)
		return;
	s->hook = fn;
	s->hook_ctx = ctx;
}

