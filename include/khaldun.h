/*
 * khaldun.h - the one public header of libkhaldun, a political event coder.
 *
 * Pipeline: story readers -> sentence splitter -> coder (dictionaries) -> events -> writers.
 * Ownership, for the whole API: a function named *_new or *_load returns an object the caller
 * frees with the matching *_free; every `const char *` or pointer inside a result or event is
 * borrowed and stays valid until the next call on the object that produced it.
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

/* ---------------------------------------------------------------- dictionaries */

typedef struct khaldun_dict khaldun_dict;

/* Loads a TABARI project file (.project) or a directory holding khaldun.project.
 * Every malformed line is reported through `fn` (which may be NULL) and skipped; loading goes
 * on. Returns KHALDUN_OK with *out set even when some lines had errors (count them with
 * khaldun_dict_errors); returns a negative code and *out = NULL only when nothing usable could
 * be read (e.g. the project file does not open). */
int khaldun_dict_load(khaldun_dict **out, const char *path, khaldun_diag_fn fn, void *ctx);
void khaldun_dict_free(khaldun_dict *d);
/* Number of error diagnostics reported while loading. */
size_t khaldun_dict_errors(const khaldun_dict *d);
/* The project's text files (TABARI <textfile> entries), in order; NULL past the end. */
const char *khaldun_dict_textfile(const khaldun_dict *d, size_t i);

/* ---------------------------------------------------------------- coding */

typedef struct khaldun_coder khaldun_coder;

/* Creates a coder over `d` (borrowed: d must outlive the coder), with the project's options. */
khaldun_coder *khaldun_coder_new(const khaldun_dict *d);
void khaldun_coder_free(khaldun_coder *c);

/* Applies one TABARI .options line (e.g. "COMPLEX: VERBS[5]", "SET: CODE BY SENTENCE",
 * "DEFAULT: OFF") to this coder. Returns KHALDUN_OK or KHALDUN_ERR_FORMAT (reported via fn). */
int khaldun_coder_option(khaldun_coder *c, const char *line, khaldun_diag_fn fn, void *ctx);

/* Interprets a TABARI record's date digits under this coder's options (SET: YYYY): the
 * first 6 (or 8) digits. Returns YYYYMMDD, or 0 when they are not a valid date. */
long khaldun_coder_record_date(const khaldun_coder *c, const char *digits);
/* 1 when this coder shifts event dates by <TIME> phrases (SET: TIME SHIFT). */
int khaldun_coder_time_shifting(const khaldun_coder *c);

/* Where a dictionary entry came from. */
typedef struct {
	const char *file;   /* NULL when the event used no entry of this kind */
	long line;
	const char *entry;  /* the entry's text as written */
} khaldun_origin;

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
} khaldun_event;

enum khaldun_outcome {
	KHALDUN_CODED = 0,      /* events (possibly none) were coded */
	KHALDUN_DISCARD = 1,    /* a discard [###] phrase was found */
	KHALDUN_COMPLEX = 2,    /* a complex [+++] phrase or a COMPLEX condition */
	KHALDUN_TOO_SHORT = 3   /* fewer words than MINIMUM WORDS */
};

typedef struct {
	enum khaldun_outcome outcome;
	const char *reason;       /* for COMPLEX/DISCARD: why */
	size_t n_events;
	const khaldun_event *events;
	const char *sentence;     /* the sentence as coded (normalised) */
} khaldun_result;

/* Codes one sentence dated `date` (YYYYMMDD). `id` names the sentence in diagnostics and
 * (with TABARI's FORWARD option) sequences pronoun forwarding. The result is owned by the coder
 * and valid until its next call. Returns KHALDUN_OK or a negative code. */
int khaldun_code_sentence(khaldun_coder *c, const char *text, size_t len, long date,
			  const char *id, const khaldun_result **out);

/* ---------------------------------------------------------------- stories */

typedef struct {
	const char *id;
	const char *date;     /* "YYYY-MM-DD" or NULL; KHALDUN_FMT_TABARI: the record's date digits
			       * as written (YYMMDD or YYYYMMDD), see khaldun_coder_record_date */
	const char *text;
	size_t text_len;
	const char *title;    /* optional fields: NULL when absent */
	const char *source;
	const char *url;
	const char *file;     /* where it was read, and the line its record starts on */
	long line;
	const char *comment;  /* KHALDUN_FMT_TABARI: the record's comment text, or NULL */
} khaldun_story;

enum khaldun_format { KHALDUN_FMT_JSONL, KHALDUN_FMT_TEXT, KHALDUN_FMT_TABARI };

typedef struct khaldun_reader khaldun_reader;

/* Opens a story reader on `fp` (borrowed; not closed by the reader). `name` is used in
 * diagnostics. `default_date` ("YYYY-MM-DD" or NULL) dates stories that carry none. */
khaldun_reader *khaldun_reader_new(FILE *fp, const char *name, enum khaldun_format fmt,
				   const char *default_date, khaldun_diag_fn fn, void *ctx);
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

/* Parses "YYYY-MM-DD", "YYYYMMDD" or "YYMMDD" into YYYYMMDD; returns 0 when invalid. */
long khaldun_parse_date(const char *s, size_t len);

/* ---------------------------------------------------------------- CAMEO tables and output */

typedef struct khaldun_cameo khaldun_cameo;

/* Loads CAMEO -> Goldstein, quad class and PLOVER tables from `dir` (the files
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

/* Writes one event as a JSON object on one line (the `khaldun code` output contract). */
int khaldun_event_write_json(FILE *fp, const khaldun_story *story, size_t sentence_index,
			     const char *sentence, size_t sentence_len, const khaldun_event *e,
			     const khaldun_cameo *t);

#ifdef __cplusplus
}
#endif
#endif
