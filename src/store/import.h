/*
 * import.h - importing other tools' event data into the store (khaldun_store_import):
 * import.c reads lines, writes events in large transactions and keeps the daily dyad summary;
 * import_fmt.c turns one line of each format into an imp_event; country.c maps country names.
 * Invariant: a parser never keeps a pointer past its line: every string of an imp_event
 * points into the line's scratch buffer and is valid until the next line.
 */
#ifndef KH_IMPORT_H
#define KH_IMPORT_H
#include "khaldun.h"

/* One event as an input line gives it; NULL / 0 members are unknown. */
typedef struct {
	const char *ext_id;               /* the dataset's event id */
	long date;                        /* YYYYMMDD */
	const char *source, *target;      /* actor codes */
	const char *source_name, *target_name;
	char source_country[4], target_country[4];   /* "" when none */
	const char *source_sector, *target_sector;
	char code[8];                     /* CAMEO event code, leading zero kept */
	int quad;                         /* 1-4, 0: derive from the code */
	int has_goldstein;
	double goldstein;
	long mentions;                    /* 0: 1 */
	const char *story, *sentence_text, *url;
	long sentence;
	int has_sentence;
	const char *source_text, *target_text, *verb_text;
	const char *pattern_file, *verb_file, *source_file, *target_file;
	long pattern_line, verb_line, source_line, target_line;
	/* where it happened (issue 13): loc_name NULL when unknown */
	const char *loc_name, *loc_admin1, *loc_precision, *loc_text;
	const char *loc_feature, *loc_adm1_code;   /* GDELT's FeatureID and ADM1Code, or NULL */
	char loc_country[4];              /* ISO 3166 alpha-3, "" when unknown */
	int has_point;                    /* lat, lon known */
	double lat, lon;
	long geonameid;                   /* 0: none */
	const char *attribution;          /* a reported deed's speaker (actor code), or NULL */
	long time_shift;                  /* days a <TIME> phrase shifted the date (0: none) */
} imp_event;

/* Per-file parser state (ICEWS: the header's column order). */
typedef struct {
	int icews_col[20];    /* column of each documented ICEWS field, -1 when absent */
	int icews_header;     /* a header row was seen */
	int icews_quoted;     /* its names were in double quotes: so is every field (unwrapped) */
	const char *problem;  /* set by a parser returning -1: what is wrong */
	long column;          /* and where (1-based field or byte), 0 when unknown */
	const char *unknown_country;  /* set when a country name is not in the table */
} imp_state;

/* Each parser reads line[0..n) (not NUL-terminated, not modified) into *e, using scratch
 * (at least 2 * n + 256 bytes) for the strings. Returns 1 (an event), 0 (nothing to import:
 * a blank line or a header) or -1 (bad line: st->problem says why). */
int imp_parse_events(imp_state *st, const char *line, size_t n, char *scratch, imp_event *e);
int imp_parse_icews(imp_state *st, const char *line, size_t n, char *scratch, imp_event *e);
int imp_parse_gdelt(imp_state *st, const char *line, size_t n, char *scratch, imp_event *e);

/* import_read.c: one input line, parsed, as the writer (import.c) takes it. */
enum { IMP_ITEM_NONE, IMP_ITEM_EVENT, IMP_ITEM_BAD, IMP_ITEM_LONG };
typedef struct {
	int kind;                   /* NONE: blank or header; BAD: unusable; LONG: over the limit */
	long lineno;
	imp_event e;                /* EVENT: the event, quad and Goldstein completed */
	khaldun_cameo_info info;    /* EVENT: its code's CAMEO row */
	const char *mode, *context; /* EVENT: its PLOVER mode and context, or NULL */
	char date[11];              /* EVENT: YYYY-MM-DD */
	const char *unknown_country;   /* a country name not in the table, or NULL */
	const char *problem;        /* BAD: why */
	long column;                /* BAD: where (as imp_state's), 0 unknown */
	const char *line;           /* BAD: the line's text, n bytes */
	size_t n;                   /* BAD, LONG: the line's length */
} imp_item;

/* The reader thread. Start returns 0 or -1 (out of memory, no thread); next gives the next
 * chunk of items (borrowed until the next call), 0 at the end of the input; end stops the
 * thread, frees r and returns 0, IMP_READER_READ_ERROR (the items before it are complete) or
 * IMP_READER_NOMEM. Lines over IMPORT_MAX_LINE are LONG items. */
#define IMPORT_MAX_LINE ((size_t)16 << 20)
enum { IMP_READER_READ_ERROR = 1, IMP_READER_NOMEM };
typedef struct imp_reader imp_reader;
int imp_reader_start(imp_reader **out, FILE *fp, enum khaldun_import_format fmt,
		     const khaldun_cameo *cameo);
size_t imp_reader_next(imp_reader *r, const imp_item **items);
int imp_reader_end(imp_reader *r);

/* import_place.c: the event's place from a row's location fields (f[i], len[i]; an absent
 * or empty field has len 0), its strings copied at *sp (advanced). ICEWS: City, District,
 * Province, Country, Latitude, Longitude; GDELT's ActionGeo_: Type, FullName, CountryCode
 * (FIPS 10-4), ADM1Code, Lat, Long, FeatureID. Return 0, or -1 for a coordinate that is not
 * a number in range (st->problem says which; column: the field index, -(i + 1)). */
int imp_place_icews(imp_state *st, const char *const *f, const size_t *len, char **sp,
		    imp_event *e);
int imp_place_gdelt(imp_state *st, const char *const *f, const size_t *len, char **sp,
		    imp_event *e);
/* 0 when lat, lon are a point on the globe (|lat| <= 90, |lon| <= 180), else -1. */
int imp_point_ok(double lat, double lon);

/* The ISO 3166 alpha-3 code of an English country name (case, diacritics and a leading
 * "The" ignored), or NULL. */
const char *import_country_iso(const char *name, size_t n);

/* A conflict event's weight for the alerts: -Goldstein clamped to [1, 10], or the root's
 * typical score when there is none; 0 for cooperation (quad 1, 2) and unknown classes. Kept
 * equal to the SQL of the event_summary trigger (schema.c). */
double import_severity(const char *root, int quad, int has_goldstein, double goldstein);
#endif
