/*
 * store.h - the SQLite event store behind khaldun_store_* (khaldun.h): schema and migrations
 * (schema.c), ingest with deduplication (store.c), and reads: events, counts, summary (query.c).
 * This folder holds the only code that includes sqlite3.h.
 * Invariant: stories are written in batches (BEGIN IMMEDIATE ... COMMIT), each story inside a
 * savepoint released only when all of it is written, so the database only ever holds whole
 * stories; statements are cached on the handle and reset after each use.
 */
#ifndef KH_STORE_H
#define KH_STORE_H
#include "khaldun.h"
#include "base/diag.h"
#include <sqlite3.h>

#define STORE_SIMILARITY 0.5   /* default near-duplicate threshold */
#define STORE_APP_ID 1263029316   /* PRAGMA application_id of khaldun's databases: 'KHLD' */
#define STORE_DEDUP_DAYS 3     /* default date window of duplicates, in days either way */
#define STORE_DEDUP_MAX 36500  /* the widest window accepted (a century) */
#define STORE_BAND_CAP 8       /* near-duplicate candidates taken per LSH band (most recent) */
#define STORE_BUSY_LIMIT 600   /* seconds a writer waits for another before giving up */
#define STORE_BUSY_NOTE 2      /* seconds of waiting before a note says so */

/* Statements kept prepared across stories (cached() in store.c). */
enum store_stmt {
	STORE_FIND_ID, STORE_FIND_ANY_ID, STORE_FIND_TEXT, STORE_BAND_CANDIDATES, STORE_SIGNATURE,
	STORE_ADD_BAND, STORE_SAVEPOINT, STORE_RELEASE, STORE_N_STMT
};

#define STORE_RECODE_STMTS 12 /* statements of the recode kept prepared (recode.c) */
#define STORE_MAX_PREPARED 24  /* statements of the ingest kept prepared (prep() in store.c) */
/* A write transaction (batch) ends at STORE_BATCH stories, STORE_BATCH_BYTES of story text or
 * its age in seconds, whichever comes first. The age bound is STORE_BATCH_SECONDS, or
 * STORE_COMMIT_RATIO times the last commit's duration when that is longer (at most
 * STORE_BATCH_SECONDS_MAX): a commit writes every page the batch dirtied, and pages of indexes
 * on random keys (LSH bands, fingerprints, mentions) are spread over the whole file, so commits
 * grow with the database; spacing them by their own cost keeps their share of the time and of
 * the bytes written from growing with it (docs/performance.md). */
#define STORE_BATCH 100000
#define STORE_BATCH_BYTES ((size_t)16 << 20)
#define STORE_BATCH_SECONDS 10.0
#define STORE_BATCH_SECONDS_MAX 60.0
#define STORE_COMMIT_RATIO 20
/* A batch of the default bounds also grows with the run: it ends by age only once its text is
 * at least the text this handle committed before it, or at STORE_BATCH_SECONDS_HOLD (half of
 * STORE_BUSY_LIMIT, so a waiting writer still gets its turn), and its text bound is that text
 * when larger than STORE_BATCH_BYTES. The commits of a run are then spaced geometrically, not
 * by the clock: a slow coder (the parser), a loaded machine or a long input no longer
 * multiplies the commits, each of which rewrites the random-key index pages. */
#define STORE_BATCH_SECONDS_HOLD 300.0
/* WAL pages before an automatic checkpoint (64 MiB): a page dirtied by several batches is
 * copied into the database once per checkpoint, not once per commit */
#define STORE_WAL_PAGES 16384
/* Bytes of a savepoint's sub-journal SQLite holds in memory before it spills to a temporary
 * file (SQLite's default: 64 KiB). Each stored story is a savepoint, and on a store of some
 * megabytes a story changes ~150 pages spread over the random-key indexes, whose first copies
 * went to that file one pwrite each: 1.24 million writes for 8,000 stories (docs/performance.md) */
#define STORE_SUBJOURNAL_BYTES ((int)8 << 20)

typedef struct {
	const char *sql;       /* the string literal's address is the key */
	sqlite3_stmt *st;
} store_prepared;

struct pg_store;

struct khaldun_store {
	struct pg_store *pg;   /* PostgreSQL (pg.h), or NULL: this SQLite store */
	sqlite3 *db;
	char *path;
	diag_sink diag;
	int read_only;
	const khaldun_cameo *cameo;
	double threshold;
	int dedup_days;        /* duplicates merge only within this many days of each other */
	void (*hook)(void *ctx, int point, size_t n);
	void *hook_ctx;
	size_t committed;
	double busy_since;     /* when the current wait for another connection's lock began */
	int busy_noted, in_begin;
	sqlite3_stmt *stmts[STORE_N_STMT];
	store_prepared prepared[STORE_MAX_PREPARED];
	size_t n_prepared;
	int in_batch;          /* a write transaction is open (stories since: batch_stories) */
	size_t batch_stories, batch_max;
	size_t batch_bytes, batch_bytes_max;   /* story text in the open batch, and its cap */
	size_t run_bytes;      /* story text committed by this handle */
	int grow_age, grow_bytes;   /* default bounds: batches grow with run_bytes (above) */
	double last_commit;    /* seconds the last batch's COMMIT took (0: none yet) */
	double batch_start, batch_seconds;
	char dict_version[17]; /* recorded with each story ("" : none) */
	long long ordinal;     /* recorded with the next story stored (< 0: none) */
	char same_as[512];     /* khaldun_ingest_result.same_as of the last ingest */
	sqlite3_stmt *recode[STORE_RECODE_STMTS];   /* recode.c's statements, prepared once */
	char *recode_text;     /* recode.c: the story text being handed out */
	size_t recode_cap;
	int in_group;          /* recode.c: a group's savepoint is open */
	/* events of the open batch whose mention count grows by one per entry (a same-text
	 * story's), added to event.mentions at the latest before the commit (store_bumps_apply) */
	long long *bumps;
	size_t n_bumps, cap_bumps;
};

/* Pending mention counts are added once this many are queued (bounding their memory). */
#define STORE_BUMPS_MAX 65536

/* Adds the queued mention counts to their events (one UPDATE per event, in id order) and
 * empties the queue; returns 0 or -1 (SQLite's error pending, the queue and the events as
 * they were). Called by khaldun_store_flush before COMMIT. */
int store_bumps_apply(khaldun_store *s);

/* Reports SQLite's current error about `what` through the store's sink; returns
 * KHALDUN_ERR_IO. */
int store_fail(khaldun_store *s, const char *what);

/* The statement for sql cached in *slot: prepared once per handle (persistent), or NULL
 * (reported). The caller readies it for its next use with store_release. */
sqlite3_stmt *store_cached(khaldun_store *s, sqlite3_stmt **slot, const char *sql);

/* Resets a cached statement and clears its bindings. */
void store_release(sqlite3_stmt *st);

/* Brings the schema to KHALDUN_STORE_SCHEMA (schema.c). Returns KHALDUN_OK or a negative code
 * (reported). A read-only handle only checks the version. */
int store_migrate(khaldun_store *s);

/* Makes db (the store's or a second connection of it) wait for other writers' locks up to
 * STORE_BUSY_LIMIT seconds, with backoff and one note per wait. */
void store_busy_setup(khaldun_store *s, sqlite3 *db);

/* BEGIN IMMEDIATE, retried while another writer holds the lock (up to STORE_BUSY_LIMIT
 * seconds); returns SQLITE_OK or SQLite's error code. */
int store_begin(khaldun_store *s);
/* Seconds on the monotonic clock (batch timing, lock waits). */
double store_now(void);
/* 1 when the open batch is due for its commit (size, bytes or age: STORE_BATCH above). */
int store_batch_full(const khaldun_store *s);
/* Starts a batch's counts: no stories, no story text, its age from now. Every opener of a
 * batch calls it (store_batch_open; the PostgreSQL twins, pg_put.c and pg_recode.c), so a
 * handle that ingests and then recodes counts each batch's text once. */
void store_batch_reset(khaldun_store *s);
/* Opens the write batch of the ingest (put.c) and the recode (recode.c) when none is open:
 * store_begin, then store_batch_reset. Returns KHALDUN_OK or KHALDUN_ERR_IO (reported). */
int store_batch_open(khaldun_store *s);

/* Runs one SQL statement (no result rows); returns SQLITE_OK or an SQLite error code. */
int store_exec(khaldun_store *s, const char *sql);

/* A coded story's parts as the store writes them: a batch's (store_put_print) or rebuilt
 * from another store (merge.c). */
typedef struct {
	long date;                        /* the story's date, YYYYMMDD */
	const khaldun_sentence *sents;
	size_t n_sents;
	const khaldun_event *events;
} store_parts;

/* The sentence.outcome text of a sentence's coding status and outcome ("error" when status
 * is not KHALDUN_OK): put.c's and pg_rec.c's. */
const char *store_outcome_name(int status, enum khaldun_outcome o);

/* The 42 columns a coded event's row is inserted with, in the order both stores bind them
 * (put.c's insert_event; pg_put.c's Q_EVENT with pg_rec.c's event_values). */
#define STORE_EVENT_COLS                                                                     \
	"cluster, story, sentence, date, "                                                    \
	"source, source_name, source_country, source_sector, "                               \
	"target, target_name, target_country, target_sector, "                               \
	"code, root, quad, goldstein, plover, plover_mode, plover_context, "                 \
	"attribution, time_shift, source_text, target_text, verb_text, "                     \
	"pattern_file, pattern_line, pattern_entry, verb_file, verb_line, verb_entry, "       \
	"source_file, source_line, target_file, target_line, loc_name, loc_country, "        \
	"loc_admin1, loc_lat, loc_lon, loc_geonameid, loc_precision, loc_text"

/* What an event's row holds beyond the event's own fields, as both stores write it (put.c's
 * insert_event, pg_rec.c's event_values): its code's CAMEO facts and PLOVER mode and context,
 * each actor's country (sc, tc; "" when none) and the rest of its code (ss, ts), and its ISO
 * date (the story's when the event's own is not valid). ss and ts point into the event. */
typedef struct {
	khaldun_cameo_info info;
	const char *mode, *context;
	char sc[4], tc[4], date[11];
	const char *ss, *ts;
} store_event_cols;
void store_event_cols_of(const khaldun_store *s, const khaldun_event *e, long story_date,
			 store_event_cols *c);

/* khaldun_store_put with the story's dedup print p (dedup.h) and parts given: the merge of
 * stores (merge.c) passes those stored in its input. Same result and contract. */
struct dedup_print_s;
int store_put_print(khaldun_store *s, const khaldun_story *st, const store_parts *parts,
		    const struct dedup_print_s *p, khaldun_ingest_result *res);

/* Writes a coded batch's sentences and events for the stored story `row` (a near-duplicate of
 * first report `near`, or 0: its own group) and its counts (put.c; the ingest and the recode
 * share it). Returns 0 or -1 (SQLite's error pending). */
int store_write_batch(khaldun_store *s, long long row, long long near,
		      const khaldun_batch *batch, khaldun_ingest_result *res);

/* A stored story's text rebuilt in s->recode_text for the recode (recode.c; pg_recode.c
 * shares it): store_text_add appends sentence t[0, k) at *at, after a blank line unless it is
 * the first (n == 0), so the sentence split gives the sentences back; store_text_end ends the
 * text with a NUL at `at` (a story without sentences gets an empty one). Both return 0, or -1
 * without memory (the text as it was). */
int store_text_add(khaldun_store *s, size_t *at, long n, const char *t, size_t k);
int store_text_end(khaldun_store *s, size_t at);

/* A read event's mentions as khaldun_stored_event hands them: stories, URLs and sentences in
 * three parallel arrays of one capacity, grown and freed together (query.c; the SQLite and
 * PostgreSQL readers share it). The strings are the reader's, borrowed. */
typedef struct {
	const char **stories, **urls, **sentences;
	size_t cap;
} story_cols;
/* Room for n rows in each array: 0, or -1 on overflow or without memory (the rows kept). */
int story_cols_reserve(story_cols *l, size_t n);
/* Points e's stories, urls and sentences at l's first n rows (borrowed: valid until l
 * changes). */
void story_cols_lend(const story_cols *l, size_t n, khaldun_stored_event *e);
void story_cols_free(story_cols *l);
#endif
