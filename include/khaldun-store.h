/*
 * khaldun-store.h - the event store and early warning of libkhaldun (SQLite store, import,
 * recode, queries, trends, dyads, alerts). Part of the public API of khaldun.h, which includes
 * it where it stands: include khaldun.h, not this file. Same rules as there (constructors,
 * ownership, status codes, no printing).
 */
#ifndef KHALDUN_STORE_H
#define KHALDUN_STORE_H
#ifndef KHALDUN_H
#error "include khaldun.h, which includes khaldun-store.h"
#endif

/* ---------------------------------------------------------------- event store */


/* A durable event database (SQLite, WAL mode; schema in docs/store.md). It stores coded
 * stories (batches from khaldun_code_story) and never codes: one transaction per story, so a
 * story is stored whole or not at all. A handle serves one thread at a time (any thread; for
 * concurrent readers, one handle each, as the server's pool does). */
typedef struct khaldun_store khaldun_store;

#define KHALDUN_STORE_SCHEMA 6   /* the schema version this library writes (PRAGMA user_version) */

/* Opens the database at `path`, creating it unless `read_only`, and migrates an older schema
 * to KHALDUN_STORE_SCHEMA. Errors (with SQLite's message) go to fn. Returns KHALDUN_OK with
 * *out set (free it with khaldun_store_free), or a negative code with *out = NULL. */
int khaldun_store_open(khaldun_store **out, const char *path, int read_only,
		       khaldun_diag_fn fn, void *ctx);
void khaldun_store_free(khaldun_store *s);
/* 1 when `db` names a PostgreSQL database (a postgresql:// or postgres:// URI, or a libpq
 * key=value string), which khaldun_store_open opens through libpq; 0: a SQLite file. */
int khaldun_store_is_postgresql(const char *db);

/* The CAMEO tables (borrowed, may be NULL) that fill stored events' Goldstein and PLOVER. */
void khaldun_store_set_tables(khaldun_store *s, const khaldun_cameo *t);
/* The near-duplicate threshold: the estimated Jaccard similarity of word 4-shingles at or above
 * which a story is the same report as a stored one (0: the default, 0.5; above 1: off). */
void khaldun_store_set_similarity(khaldun_store *s, double near_threshold);

/* The dictionary version (khaldun_dict_version; copied, NULL for none) recorded with each story
 * stored from now on. */
void khaldun_store_set_dict_version(khaldun_store *s, const char *version);

/* The input ordinal recorded with the next story khaldun_store_put stores (one put only): its
 * position among the stories the ingest read, counted over every shard of the input, so that
 * `khaldun merge` of per-shard stores follows the order of one ingest (negative: none). */
void khaldun_store_set_ordinal(khaldun_store *s, long long ordinal);

/* The date window of duplicates: a story repeats (same text, or near-duplicate) only a stored
 * story dated at most `days` days before or after it (negative: the default, 3). */
void khaldun_store_set_dedup_days(khaldun_store *s, int days);

enum khaldun_ingest_outcome {
	KHALDUN_INGEST_STORED = 0,   /* new: stored with its events */
	KHALDUN_INGEST_SAME_ID = 1,  /* this outlet's story with this id is stored: nothing done */
	KHALDUN_INGEST_SAME_TEXT = 2,/* the same normalised text is stored under another id: the
				      * story is recorded as one more mention of its events */
	KHALDUN_INGEST_NEAR = 3      /* a near-duplicate: stored with its events; those that match
				      * the first report's count as mentions of them */
};

typedef struct {
	enum khaldun_ingest_outcome outcome;
	const char *same_as;      /* SAME_TEXT, NEAR: the id of the stored story it repeats
				   * (borrowed from the store until its next call) */
	double similarity;        /* NEAR: the estimated similarity */
	size_t sentences;         /* sentences stored */
	size_t events;            /* events coded in the story */
	size_t new_events;        /* of which stored as new events (the rest: mentions) */
} khaldun_ingest_result;

/* 1 when a story with this id is stored, 0 when not, or a negative code (reported). A cheap
 * check before coding; khaldun_store_put checks again inside its transaction. */
int khaldun_store_has(khaldun_store *s, const char *id);
/* The same for one outlet's story: ids are unique per outlet (source, NULL for none). */
int khaldun_store_has_story(khaldun_store *s, const char *id, const char *source);

/* Stores story st (borrowed) and its batch b, coded from it by khaldun_code_story, whole or
 * not at all (a savepoint). Stories are committed in batches: when a batch reaches its size or
 * age (khaldun_store_set_batch), by khaldun_store_flush, or by khaldun_store_free. Returns
 * KHALDUN_OK (see res->outcome), or a negative code after reporting (nothing of the story is
 * stored; the stories before it in the batch are kept). */
int khaldun_store_put(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b,
		      khaldun_ingest_result *res);

/* A story's duplicate fingerprints (normalised-text hash, MinHash signature), which
 * khaldun_store_put computes itself: computed apart (on any thread: pure computation, no
 * store), so that `ingest -j N` spreads them over its coding threads. */
typedef struct khaldun_story_print khaldun_story_print;
int khaldun_story_print_new(khaldun_story_print **out);
void khaldun_story_print_free(khaldun_story_print *p);
/* Computes p for st's text. Returns KHALDUN_OK, KHALDUN_ERR_ARG (no text) or
 * KHALDUN_ERR_NOMEM; on failure p is marked not computed. */
int khaldun_story_print_compute(khaldun_story_print *p, const khaldun_story *st);
/* khaldun_store_put with p computed from st by khaldun_story_print_compute (one not computed,
 * or a PostgreSQL store: as khaldun_store_put). Stores exactly what khaldun_store_put stores. */
int khaldun_store_put_printed(khaldun_store *s, const khaldun_story *st,
			      const khaldun_batch *b, const khaldun_story_print *p,
			      khaldun_ingest_result *res);

/* Commits the stories put since the last commit. Returns KHALDUN_OK or a negative code
 * (reported; the batch is lost, so a re-run stores it again). */
int khaldun_store_flush(khaldun_store *s);

/* A batch is committed after `stories` stories (0: 100,000), 16 MiB of story text or `seconds`
 * seconds since its first (0: 10 s; longer, up to a minute, while commits take more than a
 * twentieth of that), whichever comes first; the write lock is held meanwhile. With both 0
 * (the default), a batch holding less text than the handle committed before it ends by age
 * only after 5 minutes, so batches grow geometrically with the run. */
void khaldun_store_set_batch(khaldun_store *s, size_t stories, double seconds);
/* The story-text bound of a batch, in bytes (0: 16 MiB, or with the default bounds of
 * khaldun_store_set_batch the text committed by this handle so far when that is more). */
void khaldun_store_set_batch_bytes(khaldun_store *s, size_t bytes);

/* For tests of crash safety: fn(ctx, point, n) is called inside the write transaction once a
 * story is written, before its savepoint is released (point 0; n counts the stories before
 * it), and after each commit (point 1; n counts the stories committed by this handle). */
void khaldun_store_set_hook(khaldun_store *s, void (*fn)(void *ctx, int point, size_t n),
			    void *ctx);

/* Merging stores (`khaldun merge`, docs/scale-out.md): the stories of the stores at paths[0..n)
 * (opened read-only: one that is not khaldun's or of an older schema is refused, reported,
 * before anything is written) are put into `out` as one ingest of their whole input stores
 * them: in the order of the input ordinal each records (khaldun_store_set_ordinal), then date,
 * outlet and id, through the same dedup and near-duplicate grouping (out's settings), with the
 * sentences and events each input keeps (nothing is coded again). A story already in out is
 * skipped: merging twice adds nothing. Imported events (no story) are not merged. */
typedef struct {
	size_t stories;           /* stories in the input */
	size_t stored, near, same_text;   /* put as first reports, near-duplicates, same text */
	size_t same_id;           /* in out already (this outlet's id): nothing done */
	size_t events, new_events;        /* as khaldun_ingest_result counts them, summed */
	size_t regrouped;         /* repeats (near or same text) in the input whose events shared
				   * with their first report there are not all shared in out: those
				   * are stored with that report's words and dictionary lines (the
				   * input kept no others) */
	long imported;            /* imported events in the input, not merged */
} khaldun_merge_counts;

/* counts: n entries, one per input. Returns KHALDUN_OK or a negative code (reported; the
 * stories committed before the failure stay, and a re-run adds the rest). */
int khaldun_store_merge(khaldun_store *out, const char *const *paths, size_t n,
			khaldun_merge_counts *counts);

/* The work queue of a PostgreSQL store (`khaldun ingest --queue`; a SQLite store answers
 * KHALDUN_ERR_ARG, reported): inputs any number of workers take in turn, with no coordinator.
 * queue_add adds an item (a file as the workers see it) once: 1 added, 0 queued already, or a
 * negative code. queue_claim takes the oldest pending item no other worker holds: KHALDUN_OK
 * with *item (borrowed until queue_done), KHALDUN_EOF when none is left, or a negative code;
 * the item stays held until queue_done marks it done (error NULL) or failed (error: the
 * message kept with it), after the caller has flushed its stories. A worker that dies holding
 * an item releases it: the next claim takes it again. */
int khaldun_store_queue_add(khaldun_store *s, const char *item);
int khaldun_store_queue_claim(khaldun_store *s, const char **item);
int khaldun_store_queue_done(khaldun_store *s, const char *error);

/* Re-coding stored stories (`khaldun recode`). The store never codes: it lists the stories to
 * code again, with the text it keeps (their sentences), and writes the batches the caller codes
 * from them through khaldun_code_story. The unit is a group: a first report with its
 * near-duplicates and same-text repeats, the stories that share events. A group is rewritten
 * whole, its stories in stored order, as a fresh ingest of them in that order stores them. */
typedef struct {
	long from, to;            /* story dates, YYYYMMDD inclusive (0: open) */
	int all;                  /* every story, not only those of another dictionary version */
	const char *version;      /* the current dictionary version (khaldun_dict_version) */
} khaldun_recode_query;

typedef struct {
	size_t groups;            /* groups with a selected story */
	size_t selected;          /* stories selected */
	long imported;            /* imported events (no story text): left alone */
} khaldun_recode_plan;

/* Calls fn(ctx, group) for each group holding a selected story (the group is its first
 * report's row), in stored order; fn returns non-zero to stop. Fills *plan (may be NULL).
 * Returns KHALDUN_OK or a negative code (reported). */
int khaldun_store_recode_groups(khaldun_store *s, const khaldun_recode_query *q,
				int (*fn)(void *ctx, long long group), void *ctx,
				khaldun_recode_plan *plan);

/* One stored story of a group, as it is coded again. */
typedef struct {
	long long row;            /* the story's row in the store */
	khaldun_story story;      /* id, date, outlet...; text: its stored sentences, one
				   * paragraph each (a story of one sentence is coded whole) */
	size_t sentences;         /* sentences stored: coding the text splits as many */
	size_t events;            /* events it has now (before the recode) */
	int repeat;               /* 1: the same text as an earlier story of the group; not
				   * coded: it takes that story's events again */
} khaldun_recode_story;

/* Calls fn for each story of the group in stored order (everything borrowed until fn
 * returns; fn returns non-zero to stop). Returns KHALDUN_OK or a negative code (reported). */
int khaldun_store_recode_stories(khaldun_store *s, long long group,
				 int (*fn)(void *ctx, const khaldun_recode_story *st),
				 void *ctx);

/* Starts rewriting a group inside the current write batch (opened when none is): its events,
 * their mentions and its stories' sentences are deleted (the daily summary follows).
 * Returns KHALDUN_OK or a negative code (reported; nothing of the group changed). */
int khaldun_store_replace_begin(khaldun_store *s, long long group);
/* Writes the new batch (b, borrowed) of the group's coded story `row`; call it for the group's
 * coded stories in stored order. res as khaldun_store_put gives it. */
int khaldun_store_replace_story(khaldun_store *s, long long row, const khaldun_batch *b,
				khaldun_ingest_result *res);
/* Ends the group: each same-text repeat takes the events of the story it repeats, and every
 * story of the group records the current dictionary version (khaldun_store_set_dict_version)
 * in the same transaction as its events. The batch is committed when full (stories or age,
 * khaldun_store_set_batch). Returns KHALDUN_OK or a negative code (reported; the group is
 * rolled back). */
int khaldun_store_replace_end(khaldun_store *s, long long group);
/* Abandons the group being rewritten (rolled back; earlier groups of the batch are kept). */
void khaldun_store_replace_abort(khaldun_store *s);

/* The dictionary versions stories were coded with. */
typedef struct {
	long stories;             /* stories stored */
	long other;               /* of which coded with another version than `current` (all
				   * of them with a version recorded when current is NULL) */
	long unrecorded;          /* of which with no version recorded */
	long versions;            /* distinct versions recorded */
} khaldun_version_stats;

/* Counts stories by dictionary version against `current` (khaldun_dict_version, or NULL). */
int khaldun_store_versions(khaldun_store *s, const char *current, khaldun_version_stats *out);

/* Selects events; every member may be 0/NULL (no restriction). Codes match as prefixes. */
typedef struct {
	long from, to;          /* YYYYMMDD, inclusive */
	const char *actor;      /* source or target starts with this */
	const char *source;     /* dyad: source starts with this ... */
	const char *target;     /* ... and target starts with this */
	const char *code;       /* the CAMEO code starts with this */
	size_t limit;           /* at most this many rows (0: all) */
	/* a country dyad, as trends and alerts count it (the events' country columns, exact):
	 * source country A and target country B, or also B -> A with both_ways; the fast way
	 * to a dyad's events (an index serves it) */
	const char *source_country, *target_country;
	int both_ways;
	size_t offset;          /* khaldun_store_events: skip this many selected events first */
	int newest_first;       /* khaldun_store_events: latest date (and id) first */
	/* where the event happened (issue 13): its location's country (ISO 3166 alpha-3, exact),
	 * and/or within near_km kilometres (great circle) of near_lat, near_lon (near_km > 0) */
	const char *country_of_event;
	double near_lat, near_lon, near_km;
} khaldun_filter;

/* Reads "LAT,LON,KM" (latitude -90 to 90, longitude -180 to 180, a radius over 0 and at most
 * 20040 km, half the Earth's circumference) into f's near_* fields. Returns KHALDUN_OK, or
 * KHALDUN_ERR_FORMAT with f unchanged. */
int khaldun_filter_near(khaldun_filter *f, const char *v);

/* One stored event: the coder's event (its dictionary origins included) and the store's. */
typedef struct {
	long long id;
	khaldun_event event;
	const char *story;             /* the first story reporting it, and the sentence there */
	size_t sentence;
	const char *sentence_text;
	const char *source_name, *target_name;       /* dictionary entries that matched */
	const char *source_country, *target_country; /* "AFG"; "" when the code has none */
	const char *source_sector, *target_sector;   /* "GOV"; "" when none */
	const char *root, *plover, *plover_mode, *plover_context;   /* NULL when unknown */
	int quad;
	int has_goldstein;
	double goldstein;
	long mentions;                 /* stories reporting it (GDELT NumArticles) */
	size_t n_stories;              /* = mentions: then each story's id, URL (or NULL), and */
	const char *const *stories;    /* the sentence that reported the event in it */
	const char *const *urls;
	const char *const *sentences;
	size_t n_sources;              /* distinct outlets (story sources) among them */
	const char *dataset;           /* "news" (coded here) or the import's dataset name */
	/* an imported place's own ids (GDELT's ActionGeo_FeatureID, ActionGeo_ADM1Code), NULL
	 * when none; the place itself is event.location (lat, lon NaN when not known) */
	const char *loc_feature, *loc_adm1_code;
} khaldun_stored_event;

/* Calls fn for each selected event in date order; fn returns non-zero to stop. Everything
 * is borrowed until fn returns. Returns KHALDUN_OK or a negative code (reported). */
int khaldun_store_events(khaldun_store *s, const khaldun_filter *f,
			 int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx);

enum khaldun_group {
	KHALDUN_BY_NONE, KHALDUN_BY_DYAD, KHALDUN_BY_SOURCE, KHALDUN_BY_TARGET,
	KHALDUN_BY_ACTOR,        /* each event counts for its source and for its target */
	KHALDUN_BY_CODE, KHALDUN_BY_ROOT, KHALDUN_BY_PLOVER, KHALDUN_BY_QUAD,
	KHALDUN_BY_COUNTRY_DYAD  /* source country, target country */
};
enum khaldun_period {
	KHALDUN_PER_ALL, KHALDUN_PER_DAY, KHALDUN_PER_WEEK, KHALDUN_PER_MONTH, KHALDUN_PER_YEAR
};

typedef struct {
	const char *period;   /* "2025-03-14", week: its Monday "2025-03-10", "2025-03", "2025";
			       * NULL with KHALDUN_PER_ALL */
	const char *key;      /* the group's value (the source for dyads); NULL for BY_NONE */
	const char *key2;     /* the target for dyads, else NULL */
	long events;          /* distinct events */
	long mentions;        /* their mentions summed */
	double goldstein;     /* mean Goldstein score of the events that have one (0 when none) */
	int has_goldstein;    /* 0 when none of the events has a Goldstein score */
} khaldun_count;

/* Counts selected events by group and period: rows ordered by period, then by most events;
 * f->limit caps the rows of each period. fn returns non-zero to stop. */
int khaldun_store_count(khaldun_store *s, const khaldun_filter *f, enum khaldun_group g,
			enum khaldun_period p, int (*fn)(void *ctx, const khaldun_count *c),
			void *ctx);

/* Country dyads (source country, target country; both known) by events, most first, read from
 * the store's daily country-dyad summary: fast on large stores. Of f, only from, to, actor (a
 * country prefix, either side), source, target (prefixes) and limit apply (a code or place
 * filter is KHALDUN_ERR_ARG). Rows as khaldun_store_count gives them for KHALDUN_BY_COUNTRY_DYAD and
 * KHALDUN_PER_ALL, except that mentions is 0 (the summary does not keep them). */
int khaldun_store_dyads(khaldun_store *s, const khaldun_filter *f,
			int (*fn)(void *ctx, const khaldun_count *c), void *ctx);

/* One place of the selected events (issue 13): the events at the same coordinates and name,
 * counted by CAMEO quad class. Strings borrowed until fn returns. */
typedef struct {
	const char *name, *country, *admin1, *precision;   /* country, admin1 may be NULL */
	double lat, lon;
	long events, mentions;
	long quad[5];             /* events by quad class 1-4 (quad[0]: without one) */
} khaldun_place_count;

/* The places of the events selected by f (every filter applies; events without coordinates
 * are left out), most events first (then by name), at most f->limit (0: all). fn returns
 * non-zero to stop. Returns KHALDUN_OK or a negative code (reported). */
int khaldun_store_places(khaldun_store *s, const khaldun_filter *f,
			 int (*fn)(void *ctx, const khaldun_place_count *p), void *ctx);

typedef struct {
	int schema;
	long stories;            /* stories stored (all kinds) */
	long near_duplicates;    /* of which near-duplicates of another */
	long same_text;          /* of which exact texts under another id */
	long sentences, events, mentions;
	long first, last;        /* event dates, YYYYMMDD (0 when no events) */
} khaldun_store_stats;

int khaldun_store_summary(khaldun_store *s, khaldun_store_stats *out);

/* Export formats: header (CSV/TSV) and one event per row/line. */
enum khaldun_export_format { KHALDUN_EXPORT_JSONL, KHALDUN_EXPORT_CSV, KHALDUN_EXPORT_TSV,
			     KHALDUN_EXPORT_PLOVER,
			     KHALDUN_EXPORT_GDELT,    /* GDELT 2.0 event export: 61 columns, no header */
			     KHALDUN_EXPORT_ICEWS };  /* ICEWS coded event file: header, 20 columns */

/* Writes the header row (CSV, TSV, ICEWS; nothing for the others). */
int khaldun_export_header(FILE *fp, enum khaldun_export_format fmt);
/* Writes one event and sets *written (may be NULL) to 1, or to 0 when the format has no
 * representation for it (PLOVER: an event without a PLOVER type). Returns KHALDUN_OK or
 * KHALDUN_ERR_IO. */
int khaldun_export_event(FILE *fp, enum khaldun_export_format fmt, const khaldun_stored_event *e,
			 int *written);

/* ---------------------------------------------------------------- early warning */

/* Event import (docs/early-warning.md). Formats:
 *   KHALDUN_IMPORT_EVENTS: the JSON lines `khaldun code` writes; `date`, `source`, `target` and
 *     `code` are required, every other field is optional;
 *   KHALDUN_IMPORT_ICEWS: ICEWS coded-event files (tab-separated, header row), country names
 *     mapped to ISO 3166 alpha-3;
 *   KHALDUN_IMPORT_GDELT: GDELT 2.0 exports (61 columns) and GDELT 1.0 daily files (57/58). */
enum khaldun_import_format { KHALDUN_IMPORT_EVENTS, KHALDUN_IMPORT_ICEWS, KHALDUN_IMPORT_GDELT };

typedef struct {
	size_t lines;        /* lines read (the ICEWS header and blank lines included) */
	size_t imported;     /* new events stored */
	size_t duplicates;   /* events already stored (same dataset and event id): skipped */
	size_t bad;          /* lines rejected, each reported with file:line */
} khaldun_import_result;

/* Reads events from `fp` (borrowed; `name` names it in diagnostics) and stores them under
 * `dataset` (NULL: "events", "icews" or "gdelt" after the format). Idempotent: an event whose
 * (dataset, event id) is stored is skipped (the id is the dataset's own event id, or for
 * KHALDUN_IMPORT_EVENTS a hash of story, sentence, date, source, target and code). Each bad
 * line is reported once with file:line and skipped; the rest is imported in large
 * transactions (a crash loses at most the uncommitted batch, never consistency). Fills *res
 * (may be NULL). Returns KHALDUN_OK, or a negative code (reported) on an I/O or database
 * error. The CAMEO tables set by khaldun_store_set_coder (may be NULL) fill in Goldstein
 * scores and PLOVER types that the input lacks. */
int khaldun_store_import(khaldun_store *s, FILE *fp, const char *name,
			 enum khaldun_import_format fmt, const char *dataset,
			 khaldun_import_result *res);

/* A dyad's course: one row per period from `from` to `to`, periods without events as zeros. */
typedef struct {
	const char *source, *target;  /* country-level (first 3 letters) unless `exact` */
	int both;                     /* also count target -> source */
	int exact;                    /* whole codes: AFGGOV matches AFGGOV only */
	enum khaldun_period by;       /* KHALDUN_PER_DAY, _WEEK (Monday) or _MONTH */
	long from, to;                /* YYYYMMDD; 0: the dyad's first / last event */
} khaldun_trend_query;

typedef struct {
	const char *period;    /* "2025-03-14", week: its Monday, "2025-03" */
	long events;
	long quad[5];          /* events by GDELT QuadClass: quad[1..4]; quad[0] unknown */
	double goldstein_sum, goldstein_mean;  /* over the events that have a score */
	int has_goldstein;     /* some event of the period has a score */
	double conflict_share; /* (quad 3 + quad 4) / events; 0 when no events */
	long news_volume;      /* events in the whole store in that period (all dyads) */
} khaldun_trend_row;

/* Calls fn for each period in order (fn returns non-zero to stop); rows are borrowed until fn
 * returns. Returns KHALDUN_OK, KHALDUN_ERR_ARG (no source/target, bad period) or a negative
 * code (reported). */
int khaldun_store_trend(khaldun_store *s, const khaldun_trend_query *q,
			int (*fn)(void *ctx, const khaldun_trend_row *r), void *ctx);

/* Escalation alerts (method and defaults in docs/early-warning.md). */
typedef struct {
	long from, to;                 /* YYYYMMDD: alerts active in [from, to]; 0: open-ended */
	const char *dyad_source, *dyad_target;  /* countries (e.g. "AFG", "PAK"); NULL: all */
	int baseline_days;             /* trailing baseline window (default 90) */
	int window_days;               /* observation window (default 7) */
	double threshold;              /* surprise score, -log10 p, to raise (default 5) */
	int min_events;                /* conflict events in the window to raise (default 5) */
	size_t max_evidence;           /* driving events listed per alert (default 20) */
	double min_ratio;              /* observed / expected severity to raise (default 1.5) */
	double min_share;              /* conflict share of the dyad's events in the window to
					* raise (default 0.2): cooperative surges are ignored */
} khaldun_alert_params;

void khaldun_alert_params_default(khaldun_alert_params *p);

typedef struct {
	const char *source, *target;   /* countries, in alphabetical order (dyads are undirected) */
	long start, end;               /* YYYYMMDD; end 0 = open (still escalated at the last day) */
	long peak;                     /* the day the score peaked */
	double score;                  /* peak surprise: -log10 of its upper-tail probability */
	double baseline;               /* expected conflict intensity in the window at the peak */
	double observed;               /* observed conflict intensity in the window at the peak */
	long conflict_events;          /* conflict events of the dyad from start to end */
	size_t n_events;
	const long long *event_ids;    /* the events that drove it (store ids), most severe first */
} khaldun_alert;

/* Computes alerts over the store's daily country-dyad series and calls fn for each, newest
 * start first (fn returns non-zero to stop); the alert is borrowed until fn returns. Returns
 * KHALDUN_OK, KHALDUN_ERR_ARG, or a negative code (reported). */
int khaldun_store_alerts(khaldun_store *s, const khaldun_alert_params *p,
			 int (*fn)(void *ctx, const khaldun_alert *a), void *ctx);

/* Calls fn once with the stored event `id` (as khaldun_store_events gives it). Returns
 * KHALDUN_OK, KHALDUN_EOF when there is no such event, or a negative code (reported). */
int khaldun_store_event_get(khaldun_store *s, long long id,
			    int (*fn)(void *ctx, const khaldun_stored_event *e), void *ctx);

#endif
