/*
 * khaldun.h - the public header of libkhaldun, a political event coder (the store and early
 * warning part is in khaldun-store.h, which it includes: one header to include).
 *
 * Pipeline: story readers -> sentence splitter -> coder (dictionaries) -> events -> writers.
 * Ownership, for the whole API: a constructor is `int khaldun_T_new|load|open(khaldun_T **out,
 * ...)`: it returns KHALDUN_OK with *out set to an object the caller frees with khaldun_T_free,
 * or a negative status (khaldun_strerror) with *out = NULL. Every `const char *` or pointer
 * inside a result or event is borrowed and stays valid until the next call on the object that
 * produced it.
 * The library never prints: problems go to the caller's diagnostic callback, once each.
 * Compiled dictionaries are read-only after loading and may be shared by many coders
 * (one coder per thread).
 */
#ifndef KHALDUN_H
#define KHALDUN_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KHALDUN_VERSION "0.1.0"

/* Status codes: 0 or negative; append-only. */
enum khaldun_status {
	KHALDUN_OK = 0,
	KHALDUN_ERR_IO = -1,      /* a file could not be opened or read */
	KHALDUN_ERR_NOMEM = -2,   /* out of memory */
	KHALDUN_ERR_FORMAT = -3,  /* input did not follow its format (see diagnostics) */
	KHALDUN_ERR_LIMIT = -4,   /* input exceeded a documented ceiling */
	KHALDUN_ERR_ARG = -5,     /* the caller passed an invalid argument */
	KHALDUN_EOF = -6          /* a reader has no more stories */
};

/* A short English description of a status code ("out of memory"); never NULL, static. */
const char *khaldun_strerror(int status);

/* ---------------------------------------------------------------- diagnostics */

typedef enum { KHALDUN_NOTE, KHALDUN_WARNING, KHALDUN_ERROR } khaldun_severity;

/* One message about one place. `file` may be a path or a story id; line/column are 1-based,
 * 0 when unknown. `text` is the offending line (not NUL-terminated), or NULL. */
typedef struct {
	khaldun_severity severity;
	const char *file;
	long line;
	long column;
	const char *message;
	const char *text;
	size_t text_len;
} khaldun_diag;

typedef void (*khaldun_diag_fn)(void *ctx, const khaldun_diag *d);

/* ---------------------------------------------------------------- limits */

/* The ceilings on input (docs/robustness.md, "Limits"); a field left 0 takes its default.
 * Exceeding one never cuts silently: the item (record, document, feed element, dictionary line,
 * request) is skipped, or the sentence split and every part coded, with one message. */
typedef struct {
	size_t story;        /* bytes of one record: a JSON line, a text story (16 MiB) */
	size_t document;     /* bytes of a whole document: a feed, a page, an article (64 MiB) */
	size_t entity;       /* bytes of one feed element's text, entities expanded (16 MiB) */
	size_t sentence;     /* bytes of one sentence: longer ones are coded in parts (1 MiB) */
	size_t tokens;       /* coder tokens of one sentence (512, the most): as `sentence` */
	size_t events;       /* events kept from one sentence; the rest counted as dropped (64) */
	size_t dict_line;    /* bytes of one dictionary line: longer lines are skipped (64 KiB) */
	size_t request;      /* bytes of an HTTP request's line and headers (16 KiB) */
	size_t request_time; /* seconds an HTTP connection may stay idle (10) */
} khaldun_limits;

#define KHALDUN_MAX_TOKENS 512   /* the largest value of khaldun_limits.tokens */

/* Fills l with the defaults. */
void khaldun_limits_default(khaldun_limits *l);
/* l with its zero fields replaced by their defaults (l may be NULL: all defaults). */
khaldun_limits khaldun_limits_resolve(const khaldun_limits *l);
/* Sets one limit from "NAME=VALUE": NAME one of story, document, entity, sentence, tokens,
 * events, dict-line, request, request-time; VALUE a whole number > 0, with an optional K, M or
 * G suffix (x1024) for the byte limits. Returns KHALDUN_OK, or KHALDUN_ERR_ARG with *why (a
 * static string) saying what is wrong. */
int khaldun_limits_set(khaldun_limits *l, const char *assignment, const char **why);
/* Reads KHALDUN_MAX_<NAME> (upper case, '-' as '_': KHALDUN_MAX_DICT_LINE) from the
 * environment for every limit set there. Returns KHALDUN_OK, or KHALDUN_ERR_ARG with *bad
 * set to the variable's name and *why to what is wrong. */
int khaldun_limits_from_env(khaldun_limits *l, const char **bad, const char **why);

/* ---------------------------------------------------------------- dictionaries */

typedef struct khaldun_dict khaldun_dict;

/* Loads a TABARI project file (.project) or a directory holding khaldun.project.
 * Every malformed line is reported through `fn` (which may be NULL) and skipped; loading goes
 * on. Returns KHALDUN_OK with *out set even when some lines had errors (count them with
 * khaldun_dict_errors); returns a negative code and *out = NULL only when nothing usable could
 * be read (e.g. the project file does not open). */
int khaldun_dict_load(khaldun_dict **out, const char *path, khaldun_diag_fn fn, void *ctx);
/* khaldun_dict_load with limits (dict_line; l is borrowed for the call, NULL: the defaults). */
int khaldun_dict_load_limits(khaldun_dict **out, const char *path, const khaldun_limits *l,
			     khaldun_diag_fn fn, void *ctx);
void khaldun_dict_free(khaldun_dict *d);
/* Number of error diagnostics reported while loading. */
size_t khaldun_dict_errors(const khaldun_dict *d);
/* The dictionaries' version: 16 hex digits hashing the contents of every dictionary file the
 * project named (re-read now), in order; equal for copies, different after any edit. Returns
 * KHALDUN_OK, or a negative code (out = "") when a file cannot be read. */
int khaldun_dict_version(const khaldun_dict *d, char out[17]);
/* The project's text files (TABARI <textfile> entries), in order; NULL past the end. */
const char *khaldun_dict_textfile(const khaldun_dict *d, size_t i);

/* khaldun_dict_check's cameo_dir for the tables compiled into the library. */
#define KHALDUN_CAMEO_BUILTIN ""

/* What khaldun_dict_check saw. */
typedef struct {
	size_t errors, warnings;  /* every diagnostic passed to fn: findings and load messages */
	size_t files;             /* dictionary files read (actors, agents, verbs, options) */
	size_t entries;           /* phrases and patterns checked */
} khaldun_dict_check_result;

/* Lints the project at `path` (as for khaldun_dict_load): passes on every load diagnostic and
 * reports, each with file:line[:column], duplicate phrases, event codes not in CAMEO (the
 * tables in `cameo_dir`; KHALDUN_CAMEO_BUILTIN: the compiled-in tables; NULL: only their shape), malformed actor and agent codes,
 * overlapping date restrictions, patterns that can never be tried and verb phrases an actor or
 * noun phrase always takes. Fills *out (may be NULL; nothing to free) and returns KHALDUN_OK
 * whatever it found, or a negative code when the project or the CAMEO tables cannot be read. */
int khaldun_dict_check(const char *path, const char *cameo_dir, khaldun_diag_fn fn, void *ctx,
		       khaldun_dict_check_result *out);

/* ---------------------------------------------------------------- coding */

typedef struct khaldun_coder khaldun_coder;

/* Creates a coder over `d` (borrowed: d must outlive the coder), with the project's options.
 * Returns KHALDUN_OK with *out set, or a negative code with *out = NULL. */
int khaldun_coder_new(khaldun_coder **out, const khaldun_dict *d);
void khaldun_coder_free(khaldun_coder *c);

/* Applies one TABARI .options line (e.g. "COMPLEX: VERBS[5]", "SET: CODE BY SENTENCE",
 * "DEFAULT: OFF") to this coder. Returns KHALDUN_OK or KHALDUN_ERR_FORMAT (reported via fn). */
int khaldun_coder_option(khaldun_coder *c, const char *line, khaldun_diag_fn fn, void *ctx);
/* Sets sentence, tokens, events (l copied; NULL: defaults). KHALDUN_ERR_ARG: tokens > 512. */
int khaldun_coder_set_limits(khaldun_coder *c, const khaldun_limits *l);

/* Interprets a TABARI record's date digits under this coder's options (SET: YYYY): the
 * first 6 (or 8) digits. Returns YYYYMMDD, or 0 when they are not a valid date. */
long khaldun_coder_record_date(const khaldun_coder *c, const char *digits);
/* 1 when this coder shifts event dates by <TIME> phrases (SET: TIME SHIFT). */
int khaldun_coder_time_shifting(const khaldun_coder *c);
/* 1 when this coder forwards actors from one record to the next (TABARI's FORWARD option):
 * records must then be coded in order by one coder. */
int khaldun_coder_forwarding(const khaldun_coder *c);

/* Where a dictionary entry came from. */
typedef struct {
	const char *file;   /* NULL when the event used no entry of this kind */
	long line;
	const char *entry;  /* the entry's text as written */
} khaldun_origin;

/* One code of a dictionary entry, and the dates it applies to. */
typedef struct {
	const char *code;   /* actor code ("AFGGOV"), agent code ("~GOV"), event code ("195"), or
			     * the special "---", "###", "+++" */
	long from, to;      /* YYYYMMDD, inclusive; 0 and 99999999 when open */
} khaldun_dict_code;

/* One dictionary entry, as loaded. */
typedef struct {
	const char *kind;          /* "actor", "agent", "noun", "adjective", "verb" (a verb root),
				    * "verb form" (another phrase of its group), "pattern", "time",
				    * "attrib" */
	khaldun_origin at;         /* file, line and the entry's line as written */
	const char *verb;          /* verbs, verb forms and patterns: the verb root, else NULL */
	size_t n_codes;            /* codes in order: date-restricted ones first; an event code's
				    * paired code follows it */
	const khaldun_dict_code *codes;
} khaldun_dict_entry;

/* Calls fn for each entry of d in load order (a verb root's patterns follow it); fn returns
 * non-zero to stop. Everything passed to fn is borrowed for the call. Returns KHALDUN_OK or
 * a negative code. */
int khaldun_dict_entries(const khaldun_dict *d, int (*fn)(void *ctx, const khaldun_dict_entry *e),
			 void *ctx);

/* Where an event happened (issue 13). name == NULL: no place known. Strings are borrowed from
 * the gazetteer or the batch that holds the event. */
typedef struct {
	const char *name;         /* the gazetteer's name of the place ("Khost") */
	const char *country;      /* ISO 3166 alpha-3 ("AFG") */
	const char *admin1;       /* first-level region's name, or NULL */
	double lat, lon;          /* degrees (WGS84) */
	long geonameid;           /* GeoNames id, 0 when none (e.g. a country's centroid) */
	const char *precision;    /* "city", "admin1" or "country" */
	const char *text;         /* the words of the sentence (or dateline) that named it */
} khaldun_location;

typedef struct {
	const char *source;       /* actor codes, e.g. "AFGGOV" */
	const char *target;
	const char *code;         /* event code as in the dictionary, e.g. "112" */
	const char *attribution;  /* attribution actor code, or NULL */
	long date;                /* YYYYMMDD, after any time shift */
	int time_shift;           /* days shifted by a <TIME> phrase (0: none) */
	const char *source_text;  /* words the source match covered */
	const char *target_text;
	const char *verb_text;    /* words the verb pattern covered */
	khaldun_origin pattern;   /* the verb pattern (or root) line */
	khaldun_origin verb;      /* the verb root line */
	khaldun_origin source_entry;
	khaldun_origin target_entry;
	khaldun_location location; /* where it happened (location.name NULL: unknown) */
	const char *context;      /* an actor taken from the story's context, or a syntax rule
				   * that recoded the event, said in words ("source: story
				   * country IRQ (...)", "rule: ..."), or NULL */
} khaldun_event;

enum khaldun_outcome {
	KHALDUN_CODED = 0,      /* events (possibly none) were coded */
	KHALDUN_DISCARD = 1,    /* a discard [###] phrase was found */
	KHALDUN_COMPLEX = 2,    /* a complex [+++] phrase or a COMPLEX condition */
	KHALDUN_TOO_SHORT = 3   /* fewer words than MINIMUM WORDS */
};

typedef struct {
	enum khaldun_outcome outcome;
	const char *reason;       /* for COMPLEX/DISCARD: why; for CODED, NULL or a note (coded
				   * shallow, every event dropped by a story rule); static */
	size_t n_events;
	const khaldun_event *events;
	const char *sentence;     /* the sentence as coded (normalised) */
	int cut;                  /* 1: over limits.tokens or .sentence: only its first part was
				   * coded (khaldun_code_story codes every part instead) */
	size_t events_dropped;    /* events past limits.events, not in events[] */
} khaldun_result;

/* Codes one sentence dated `date` (YYYYMMDD). `id` names the sentence in diagnostics and
 * (with TABARI's FORWARD option) sequences pronoun forwarding. The result is owned by the coder
 * and valid until its next call. Returns KHALDUN_OK or a negative code. */
int khaldun_code_sentence(khaldun_coder *c, const char *text, size_t len, long date,
			  const char *id, const khaldun_result **out);

/* ---------------------------------------------------------------- stories */

typedef struct {
	const char *id;
	const char *date;     /* "YYYY-MM-DD" as the story gave it (or the default date), or NULL */
	long day;             /* that date parsed, YYYYMMDD; 0 when absent or invalid */
	const char *record_date; /* KHALDUN_FMT_TABARI: the record's date digits as written
			       * (YYMMDD or YYYYMMDD, read under the project's SET: YYYY option:
			       * see khaldun_story_date); NULL otherwise */
	const char *text;
	size_t text_len;
	const char *title;    /* optional fields: NULL when absent */
	const char *source;
	const char *url;
	const char *file;     /* where it was read, and the line its record starts on */
	long line;
	const char *comment;  /* KHALDUN_FMT_TABARI: the record's comment text, or NULL */
	int one_sentence;     /* the text is one sentence (a TABARI record): code it whole */
} khaldun_story;

enum khaldun_format { KHALDUN_FMT_JSONL, KHALDUN_FMT_TEXT, KHALDUN_FMT_TABARI,
		      KHALDUN_FMT_FILE,   /* the whole input is one story (an article file) */
		      KHALDUN_FMT_RSS,    /* an RSS 2.0, RSS 1.0 or Atom feed: one story per item */
		      KHALDUN_FMT_HTML }; /* an HTML article page: its main text is one story */

typedef struct khaldun_reader khaldun_reader;

/* Opens a story reader on `fp` (borrowed; not closed by the reader). `name` is used in
 * diagnostics. `default_date` ("YYYY-MM-DD" or NULL) dates stories that carry none. Returns
 * KHALDUN_OK with *out set, or a negative code (reported) with *out = NULL. */
int khaldun_reader_new(khaldun_reader **out, FILE *fp, const char *name,
		       enum khaldun_format fmt, const char *default_date, khaldun_diag_fn fn,
		       void *ctx);
/* Sets the reader's limits (story, document, entity; l is copied, NULL: the defaults): call it
 * before the first khaldun_reader_next. Returns KHALDUN_OK or KHALDUN_ERR_ARG. */
int khaldun_reader_set_limits(khaldun_reader *r, const khaldun_limits *l);
/* Reads the next story into *out (valid until the next call). Returns KHALDUN_OK, KHALDUN_EOF,
 * or a negative error; malformed records are reported, counted and skipped. */
int khaldun_reader_next(khaldun_reader *r, khaldun_story *out);
/* Records that were skipped because they were malformed. */
size_t khaldun_reader_skipped(const khaldun_reader *r);
void khaldun_reader_free(khaldun_reader *r);

/* Splits text into sentences; calls fn(ctx, start, len) for each, in order. Handles
 * abbreviations, initials, decimal numbers and closing quotes. Returns the count. */
size_t khaldun_split_sentences(const char *text, size_t len,
			       void (*fn)(void *ctx, const char *s, size_t n), void *ctx);

/* The bytes of the dateline that opens text ("BEIRUT -", "KYIV, Ukraine (AP) -",
 * "Beirut, Lebanon -"), up to and with its dash, or 0 when it opens with none. */
size_t khaldun_dateline(const char *text, size_t len);

/* Parses "YYYY-MM-DD", "YYYYMMDD" or "YYMMDD" into YYYYMMDD; returns 0 when invalid. */
long khaldun_parse_date(const char *s, size_t len);

/* The library's rule for a growable array, for a caller's own arrays: makes room for `need`
 * elements of `size` bytes in the array *items points to (any T **; malloc'd, the caller's
 * to free), whose capacity is *cap, doubling it (from `first` when empty). Returns 0, or -1
 * when need * size or the doubled capacity would overflow, or memory runs out (errno ENOMEM;
 * the array and *cap as they were). */
int khaldun_array_reserve(void *items, size_t *cap, size_t need, size_t size, size_t first);

/* ---------------------------------------------------------------- the pipeline: story -> events */

/* A coded story: its sentences in order and their events. Owns copies of everything it holds,
 * so it stays valid after the coder and the reader move on, until the next khaldun_code_story
 * on it or khaldun_batch_free. One batch per thread. */
typedef struct khaldun_batch khaldun_batch;

typedef struct {
	const char *text;          /* the sentence as split from the story */
	size_t len;
	int status;                /* KHALDUN_OK, or the coder's negative code: the sentence was
				    * not coded (it is kept, with no events) */
	enum khaldun_outcome outcome;
	size_t first_event;        /* its events are events[first_event .. first_event + n_events) */
	size_t n_events;
	unsigned part;             /* 0: whole; k >= 1: kth part of one over a limit (cut_by:
				    * "tokens" or "sentence", static) */
	const char *cut_by;
	size_t events_dropped;     /* events past limits.events (not in the batch) */
	int cut;                   /* 1: coded only in part (should not happen: parts fit) */
	const char *reason;        /* the coder's reason (khaldun_result.reason), or NULL; static */
} khaldun_sentence;

int khaldun_batch_new(khaldun_batch **out);
void khaldun_batch_free(khaldun_batch *b);
/* The story's date (YYYYMMDD) the batch was coded with. */
long khaldun_batch_date(const khaldun_batch *b);
/* The batch's sentences (events) in order: sets *out, returns the count. Borrowed from b. */
size_t khaldun_batch_sentences(const khaldun_batch *b, const khaldun_sentence **out);
size_t khaldun_batch_events(const khaldun_batch *b, const khaldun_event **out);

/* The story's date: the reader's parsed date (st->day), or for a TABARI record its date digits
 * read under the coder's SET: YYYY option. YYYYMMDD, or 0 when the story has no valid date. */
long khaldun_story_date(const khaldun_coder *c, const khaldun_story *st);

/* Codes a whole story into b (cleared first): split into sentences (a one_sentence story is
 * coded whole), each coded with c. Returns KHALDUN_OK; KHALDUN_ERR_FORMAT when the story has no
 * valid date (b is empty); KHALDUN_ERR_NOMEM. A sentence the coder refuses is kept in the batch
 * with its status. */
int khaldun_code_story(khaldun_coder *c, const khaldun_story *st, khaldun_batch *b);

/* N coders over one dictionary: stories are submitted in input order from one thread, coded
 * on `threads` worker threads, and taken back in the same order, so that what the caller
 * writes is identical to one coder's. With threads <= 1, or a project whose coder forwards
 * actors between records, stories are coded in the caller's thread as they are submitted. */
typedef struct khaldun_pool khaldun_pool;

/* d is borrowed and must outlive the pool. */
int khaldun_pool_new(khaldun_pool **out, const khaldun_dict *d, size_t threads);
void khaldun_pool_free(khaldun_pool *p);
/* Sets every coder's limits (as khaldun_coder_set_limits); call it before the first submit. */
int khaldun_pool_set_limits(khaldun_pool *p, const khaldun_limits *l);
/* The threads that code (1 when coding in the caller's thread). */
size_t khaldun_pool_threads(const khaldun_pool *p);
/* 1 when no story can be submitted before one is taken. */
int khaldun_pool_full(const khaldun_pool *p);
/* Hands over a copy of st. Returns KHALDUN_OK; KHALDUN_ERR_LIMIT when the pool is full (take
 * one first); KHALDUN_ERR_NOMEM. */
int khaldun_pool_submit(khaldun_pool *p, const khaldun_story *st);
/* Waits for the oldest story in flight and returns it (*st: the pool's copy) with its batch
 * and khaldun_code_story's status; both are borrowed until the next khaldun_pool_submit.
 * Returns KHALDUN_OK, or KHALDUN_EOF when no story is in flight. */
int khaldun_pool_take(khaldun_pool *p, const khaldun_story **st, const khaldun_batch **b,
		      int *status);
/* Work done on the coding thread after each story is coded (e.g. the store's fingerprints,
 * khaldun_story_print_compute), into the caller's per-slot data: slot is in
 * [0, khaldun_pool_depth). Returns 0, or -1 (the story's status becomes KHALDUN_ERR_NOMEM).
 * It must touch nothing shared. Set it before the first submit. */
typedef int (*khaldun_pool_after_fn)(void *ctx, size_t slot, const khaldun_story *st,
				     const khaldun_batch *b);
int khaldun_pool_set_after(khaldun_pool *p, khaldun_pool_after_fn fn, void *ctx);
/* The number of slots (stories in flight at most), and the slot of the story last taken. */
size_t khaldun_pool_depth(const khaldun_pool *p);
size_t khaldun_pool_last_slot(const khaldun_pool *p);

/* ---------------------------------------------------------------- CAMEO tables and output */

typedef struct khaldun_cameo khaldun_cameo;

/* The CAMEO -> Goldstein, quad class and PLOVER tables compiled into the library (our
 * data/cameo-codes.tsv: GDELT's Goldstein table and the CAMEO->PLOVER 2021 mapping). Fills *out
 * (free with khaldun_cameo_free); returns KHALDUN_OK or KHALDUN_ERR_NOMEM. */
int khaldun_cameo_builtin(khaldun_cameo **out);
/* Loads the same tables from `dir` instead, to override the compiled-in ones (the files
 * CAMEO.goldsteinscale.GDELT.tsv and CAMEO2PLOVER-2021.txt). */
int khaldun_cameo_load(khaldun_cameo **out, const char *dir, khaldun_diag_fn fn, void *ctx);
void khaldun_cameo_free(khaldun_cameo *t);

typedef struct {
	char root[3];          /* "11"; empty when the code is not CAMEO */
	int quad;              /* GDELT QuadClass 1-4, 0 when unknown */
	int has_goldstein;
	double goldstein;
	const char *plover;    /* PLOVER type or NULL */
} khaldun_cameo_info;

/* Fills *info for an event code (t may be NULL: then only root and quad are derived). */
void khaldun_cameo_lookup(const khaldun_cameo *t, const char *code, khaldun_cameo_info *info);
/* PLOVER mode and context of an event code from the CAMEO->PLOVER table (the entry that gives
 * its PLOVER type); each NULL when blank or unknown. Borrowed from t. */
void khaldun_cameo_plover_detail(const khaldun_cameo *t, const char *code, const char **mode,
				 const char **context);
/* The name of a CAMEO event code in CAMEO 1.1b3 ("0231" -> "Appeal for economic aid"), or NULL
 * when the code has none. Static: never freed. */
const char *khaldun_cameo_name(const char *code);
/* The i-th CAMEO event code of the compiled-in table, in code order; NULL past the end. */
const char *khaldun_cameo_code_at(size_t i);

/* One part of a CAMEO actor code. Strings are static (never freed); NULL when unknown. */
typedef struct {
	char code[16];        /* the part as written: "AFG", "GOV", "IGOUNOKID" */
	const char *kind;     /* "country", "historical", "region", "primary role", "secondary role",
			       * "tertiary role", "party", "international", "religion", "organization";
			       * NULL: not in our tables (e.g. a group's own three letters) */
	const char *name;     /* "Afghanistan", "Government", "United Nations" */
	const char *meaning;  /* the longer description of a role or code, or NULL */
	const char *fips;     /* countries: the FIPS 10-4 code ("AF"), else NULL */
} khaldun_actor_part;

/* Splits an actor code ("AFGGOVMIL", "IGOUNOKID") into its parts, left to right: a country or
 * region (first three letters), then organisations (longest known code) and three-letter codes.
 * Writes at most max parts and returns how many there are (0 for NULL and "---"). */
size_t khaldun_actor_parts(const char *code, khaldun_actor_part *out, size_t max);
/* A country's or region's name ("AFG" -> "Afghanistan") and FIPS 10-4 code ("AF"); NULL when
 * unknown (regions have no FIPS code). Static strings. */
const char *khaldun_country_name(const char *iso3);
const char *khaldun_country_fips(const char *iso3);
/* The i-th country or region code of the compiled-in table, in code order; NULL past the end. */
const char *khaldun_actor_code_at(size_t i);

/* Writes one event as a JSON object on one line (the `khaldun code` output contract). */
int khaldun_event_write_json(FILE *fp, const khaldun_story *story, size_t sentence_index,
			     const char *sentence, size_t sentence_len, const khaldun_event *e,
			     const khaldun_cameo *t);

/* the event store and early warning: khaldun-store.h */
#include "khaldun-store.h"

/* ---------------------------------------------------------------- tagger and parser */

/* A part-of-speech tagger and dependency parser model (UPOS tags, UD relations), read-only
 * once loaded: one model may serve any number of threads. */
typedef struct khaldun_parser khaldun_parser;

#define KHALDUN_PARSE_MAX_TOKENS 500   /* longer sentences are tagged, not parsed */

/* Loads a model file (data/model/en-ud.model). A missing, truncated or foreign file gets one
 * error naming it through fn. Returns KHALDUN_OK with *out set, or a negative code. */
int khaldun_parser_load(khaldun_parser **out, const char *path, khaldun_diag_fn fn, void *ctx);
void khaldun_parser_free(khaldun_parser *p);
/* The model's header lines: its data, licence and training settings (borrowed from p). */
const char *khaldun_parser_about(const khaldun_parser *p);
/* Decoding by beam search of width k (1..KHALDUN_PARSE_MAX_BEAM), set before the model
 * serves any thread; without it the greedy decoder, whose parse k = 1 gives too (slower).
 * Returns KHALDUN_OK, or KHALDUN_ERR_ARG when k is out of range (nothing changed). */
#define KHALDUN_PARSE_MAX_BEAM 64
int khaldun_parser_set_beam(khaldun_parser *p, int k);

/* One token: the caller sets form/len (borrowed) and fix_upos; parsing sets the rest. */
typedef struct {
	const char *form;
	size_t len;
	const char *fix_upos; /* NULL, or a tag constraint: the UPOS this word gets ("PROPN"),
			       * kept by the tagger and read by the words after it as their
			       * previous tag; khaldun_tokenize sets NULL */
	const char *upos;     /* UPOS tag (static string) */
	size_t head;          /* 1-based index of the head word; 0 for the root */
	const char *deprel;   /* UD relation, e.g. "nsubj:pass" (borrowed from the model); NULL
			       * when the sentence was not parsed */
} khaldun_parse_token;

/* Tags and parses the n tokens (words with a fix_upos keep that tag). Returns KHALDUN_OK;
 * KHALDUN_ERR_LIMIT when n exceeds KHALDUN_PARSE_MAX_TOKENS (tokens are tagged, heads 0 and
 * deprel NULL); KHALDUN_ERR_ARG when a fix_upos is no UPOS tag (nothing tagged);
 * KHALDUN_ERR_NOMEM. */
int khaldun_parse_tokens(const khaldun_parser *p, khaldun_parse_token *t, size_t n);

/* Splits a sentence into words as UD English does (punctuation, clitics such as n't and 's
 * apart; abbreviations, numbers, URLs whole). Fills out[0..max) with views into s (form and
 * len only) and returns the number of tokens, which may exceed max (the rest not stored). */
size_t khaldun_tokenize(const char *s, size_t len, khaldun_parse_token *out, size_t max);

/* Reads CoNLL-U from `in` and writes it to `out` with columns 4, 7 and 8 (UPOS, HEAD,
 * DEPREL) of every word line filled in by p; everything else is kept as read. Malformed lines
 * are reported (name:line) and their sentence is written unchanged; over-long sentences are
 * tagged, given HEAD and DEPREL "_", and noted. Returns KHALDUN_OK, KHALDUN_ERR_FORMAT when
 * something was reported, or KHALDUN_ERR_IO / KHALDUN_ERR_NOMEM. */
int khaldun_parser_conllu(const khaldun_parser *p, FILE *in, const char *name, FILE *out,
			  khaldun_diag_fn fn, void *ctx);

/* Accuracy against gold CoNLL-U (gold tokens, predicted tags): counts of words. */
typedef struct {
	size_t sentences, words;
	size_t upos;            /* words with the right UPOS */
	size_t uas, las;        /* right head; right head and full relation (nsubj:pass) */
	size_t las_universal;   /* right head and universal relation (subtypes ignored) */
	size_t unparsed;        /* sentences over the limit (their words count as wrong) */
	size_t skipped;         /* malformed sentences, not scored (reported) */
} khaldun_parse_score;

int khaldun_parser_score(const khaldun_parser *p, FILE *gold, const char *name,
			 khaldun_diag_fn fn, void *ctx, khaldun_parse_score *out);

/* Trains a model on the UD English treebanks in ud_dir (en_ewt and en_gum-ccby train files;
 * their dev files for early stopping) and writes it to out_path. Progress goes to fn as
 * notes. The same data and seed give the same file. jackknife > 1: the parser trains on
 * tags predicted by that many cross-trained taggers instead of gold tags. Parser weights
 * whose averaged magnitude is below prune are dropped (1 suits the UD treebanks; 0 keeps
 * all, as a small treebank needs); then parser features whose weights add up to less than
 * select (0: none) are dropped (feature selection; make model uses 2). */
int khaldun_parser_train(const char *ud_dir, const char *out_path, unsigned long seed,
			 int jackknife, double prune, double select, khaldun_diag_fn fn,
			 void *ctx);

/* Syntax-aware coding (KHALDUN: SYNTAX in the project's options): 1 when the dictionary's
 * options ask for a parser model. khaldun_dict_set_parser hands one to the dictionary
 * (borrowed: p must outlive d and every coder made from it; NULL: shallow coding); call it
 * before making coders. Without a parser the SYNTAX rule is off. */
int khaldun_dict_wants_parser(const khaldun_dict *d);
void khaldun_dict_set_parser(khaldun_dict *d, const khaldun_parser *p);

/* ---------------------------------------------------------------- places (issue 13) */

/* The gazetteer: GeoNames countries, first-level regions and cities of >= 1000 people
 * (data/places.bin, docs/places.md), mapped read-only: one may serve any number of threads. */
typedef struct khaldun_places khaldun_places;

/* Maps a gazetteer file. A missing, truncated or foreign file gets one error naming it through
 * fn. Returns KHALDUN_OK with *out set, or a negative code with *out = NULL. */
int khaldun_places_load(khaldun_places **out, const char *path, khaldun_diag_fn fn, void *ctx);
void khaldun_places_free(khaldun_places *g);
/* The file's header lines: its data and their licence (borrowed from g). */
const char *khaldun_places_about(const khaldun_places *g);
/* The number of places in g. */
size_t khaldun_places_count(const khaldun_places *g);

/* One gazetteer entry; strings borrowed from the gazetteer. */
typedef struct {
	const char *name;        /* "Khost" */
	const char *country;     /* ISO 3166 alpha-3 */
	const char *admin1;      /* its first-level region's name, or NULL */
	const char *kind;        /* "country", "admin1" or "city" */
	double lat, lon;
	long geonameid;          /* 0 for countries and regions */
	unsigned long population;  /* countries, regions: the sum of their cities' */
	int capital;             /* a national capital */
} khaldun_place;

/* Looks up `name` (case, diacritics and punctuation ignored; exonyms such as "Bombay" find
 * their place), in `country` (ISO3) only unless it is NULL. Fills out[0..max) best first
 * (country, then by population, a capital first) and returns the number of candidates, which
 * may exceed max, or KHALDUN_PLACES_NOMEM without memory (out untouched): never 0 for a name
 * it could not look up. */
#define KHALDUN_PLACES_NOMEM ((size_t)-1)
size_t khaldun_places_find(const khaldun_places *g, const char *name, size_t len,
			   const char *country, khaldun_place *out, size_t max);

/* Hands a gazetteer to the dictionary (borrowed: g must outlive d and every coder made from
 * it; NULL: no places). khaldun_code_story then fills each event's location (docs/places.md).
 * Call it before making coders. */
void khaldun_dict_set_places(khaldun_dict *d, const khaldun_places *g);

/* ---------------------------------------------------------------- serve (HTTP API, dashboard) */

/* A read-only HTTP server over an event store (libmicrohttpd; one request thread per store
 * connection of its pool, khaldun_serve_options.pool): the JSON
 * API under /api/ and the dashboard's static files (docs/serve.md lists routes and limits). */
typedef struct khaldun_server khaldun_server;

typedef struct {
	const char *db;        /* the event store; opened read-only (an ingest may keep writing) */
	const char *host;      /* numeric IPv4 or IPv6 address to bind; NULL: "127.0.0.1" */
	int port;              /* 0: any free port (see khaldun_server_port) */
	const char *web_dir;   /* the dashboard's files (index.html...); NULL: the API only */
	khaldun_diag_fn fn;    /* problems while serving (may be NULL; called from the server's
				* thread) */
	void *ctx;
	const khaldun_limits *limits;  /* request, request_time (copied; NULL: the defaults) */
	int pool;              /* connections to the store, each answering one API request at a
				* time, and as many request threads (0: 1 for a SQLite file,
				* KHALDUN_SERVE_POOL for PostgreSQL; at most KHALDUN_SERVE_POOL_MAX) */
} khaldun_serve_options;

#define KHALDUN_SERVE_POOL 4
#define KHALDUN_SERVE_POOL_MAX 64

/* Opens the store and starts serving (o and its strings are copied). Returns KHALDUN_OK with
 * *out set, or a negative code (reported through o->fn) with *out = NULL. */
int khaldun_server_open(khaldun_server **out, const khaldun_serve_options *o);
/* The port the server listens on. */
int khaldun_server_port(const khaldun_server *s);
/* Answers one GET request in-process, as the server would (for tests and benchmarks):
 * `target` is a path with an optional query ("/api/events?source=AFG"). Sets *status and
 * *body (the caller frees it with free()) and *len. Returns KHALDUN_OK or a negative code. */
int khaldun_server_get(khaldun_server *s, const char *target, int *status, char **body,
		      size_t *len);
/* Stops serving, closes the store and frees s (NULL: nothing). */
void khaldun_server_free(khaldun_server *s);

#ifdef __cplusplus
}
#endif
#endif
