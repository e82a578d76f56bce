/*
 * pg_import.c - khaldun_store_import on PostgreSQL: lines parsed by the import's own readers
 * (import_fmt.c, the same as for SQLite), rows sent with COPY into a temporary staging table,
 * then one INSERT ... SELECT ... ON CONFLICT DO NOTHING per batch: the unique (dataset,
 * ext_id) index makes a re-import (or a second importer of the same file) add nothing. The
 * daily country-dyad summary is added in the same statement from the rows actually inserted
 * (RETURNING), with khaldun_severity() (pg_schema.c), the SQL twin of import_severity.
 * Invariant: a batch is one transaction holding the write lock (pg.h) with its summary rows,
 * so the summary always equals the events it sums; a deadlock or a lost connection redoes the
 * batch from its kept COPY text.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/import.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>

#define PG_IMPORT_BATCH 20000            /* events per transaction */
#define PG_IMPORT_MAX_LINE ((size_t)16 << 20)   /* as import.c's IMPORT_MAX_LINE */

#define PG_IMPORT_COLS "date, source, source_name, source_country, source_sector, target, " \
	"target_name, target_country, target_sector, code, root, quad, goldstein, plover, " \
	"plover_mode, plover_context, source_text, target_text, verb_text, pattern_file, " \
	"pattern_line, verb_file, verb_line, source_file, source_line, target_file, target_line, " \
	"mentions, dataset, ext_id, ext_story, ext_sentence, ext_text, ext_url, loc_name, " \
	"loc_country, loc_admin1, loc_lat, loc_lon, loc_geonameid, loc_precision, loc_text, " \
	"loc_feature, loc_adm1_code, attribution, time_shift"

static const char *const STAGE_SQL =
	"CREATE TEMP TABLE IF NOT EXISTS khaldun_stage (date date, source text, "
	"source_name text, source_country text, source_sector text, target text, "
	"target_name text, target_country text, target_sector text, code text, root text, "
	"quad smallint, goldstein double precision, plover text, plover_mode text, "
	"plover_context text, source_text text, target_text text, verb_text text, "
	"pattern_file text, pattern_line integer, verb_file text, verb_line integer, "
	"source_file text, source_line integer, target_file text, target_line integer, "
	"mentions integer, dataset text, ext_id text, ext_story text, ext_sentence integer, "
	"ext_text text, ext_url text, loc_name text, loc_country text, loc_admin1 text, "
	"loc_lat double precision, loc_lon double precision, loc_geonameid bigint, "
	"loc_precision text, loc_text text, loc_feature text, loc_adm1_code text, "
	"attribution text, time_shift integer)";

/* The staged rows in, the summary of those inserted added, their number returned. */
static const char *const MOVE_SQL =
	"WITH ins AS (INSERT INTO event (" PG_IMPORT_COLS ") SELECT " PG_IMPORT_COLS
	" FROM khaldun_stage ON CONFLICT (dataset, ext_id) WHERE ext_id IS NOT NULL DO NOTHING"
	" RETURNING date, source_country, target_country, quad, goldstein,"
	" khaldun_severity(quad, goldstein, root) AS w),"
	" d AS (INSERT INTO dyad_day AS y SELECT coalesce(source_country, ''),"
	" coalesce(target_country, ''), to_char(date, 'YYYYMMDD')::integer, count(*),"
	" count(*) FILTER (WHERE coalesce(quad, 0) NOT IN (1, 2, 3, 4)),"
	" count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),"
	" count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),"
	" coalesce(sum(goldstein), 0), count(goldstein), sum(w), sum(w * w) FROM ins"
	" GROUP BY 1, 2, 3 ON CONFLICT (source, target, day) DO UPDATE SET"
	" events = y.events + excluded.events, q0 = y.q0 + excluded.q0, q1 = y.q1 + excluded.q1,"
	" q2 = y.q2 + excluded.q2, q3 = y.q3 + excluded.q3, q4 = y.q4 + excluded.q4,"
	" goldstein_sum = y.goldstein_sum + excluded.goldstein_sum,"
	" goldstein_n = y.goldstein_n + excluded.goldstein_n,"
	" severity = y.severity + excluded.severity, severity_sq = y.severity_sq + "
	"excluded.severity_sq), v AS (INSERT INTO day_volume AS z SELECT to_char(date, "
	"'YYYYMMDD')::integer, count(*)"
	" FROM ins GROUP BY 1 ON CONFLICT (day) DO UPDATE SET events = z.events + excluded.events)"
	" SELECT count(*) FROM ins";

typedef struct {
	khaldun_store *s;
	const char *name, *dataset;
	char *copy;               /* the batch as COPY text */
	size_t len, cap;
	size_t staged;            /* events in it */
	khaldun_import_result r;
	long unknown_country, unknown_line;
	char unknown_name[64];
	long bad_utf8, bad_utf8_line;   /* lines repaired (PostgreSQL holds only valid UTF-8) */
	int nomem;
} pg_importer;

/* Appends raw bytes to the COPY text. */
static void put(pg_importer *im, const char *p, size_t n)
{
	if (im->nomem)
		return;
	if (n >= SIZE_MAX - im->len ||
	    buf_reserve_array(&im->copy, &im->cap, im->len + n + 1, 1, 1 << 20)) {
		im->nomem = 1;
		return;
	}
	memcpy(im->copy + im->len, p, n);
	im->len += n;
}

/* One COPY field (text format): \N for NULL or empty, backslash escapes for \, tab, newline
 * and carriage return; a tab before every field but the first. */
static void field(pg_importer *im, int first, const char *v)
{
	if (!first)
		put(im, "\t", 1);
	if (!v || !*v) {
		put(im, "\\N", 2);
		return;
	}
	const char *run = v;
	for (const char *p = v; *p; p++) {
		const char *esc = *p == '\\' ? "\\\\" : *p == '\t' ? "\\t" : *p == '\n' ? "\\n"
			: *p == '\r' ? "\\r" : NULL;
		if (!esc)
			continue;
		put(im, run, (size_t)(p - run));
		put(im, esc, 2);
		run = p + 1;
	}
	put(im, run, strlen(run));
}

static void field_long(pg_importer *im, long v, int present)
{
	char b[24];
	snprintf(b, sizeof b, "%ld", v);
	field(im, 0, present ? b : NULL);
}

static void field_double(pg_importer *im, double v, int present)
{
	char b[40];
	snprintf(b, sizeof b, "%.17g", v);
	field(im, 0, present ? b : NULL);
}

/* Stages one parsed event (the SQLite import's store_one, as COPY text). */
static void stage(pg_importer *im, imp_event *e)
{
	khaldun_store *s = im->s;
	khaldun_cameo_info info;
	khaldun_cameo_lookup(s->cameo, e->code, &info);
	const char *mode = NULL, *context = NULL;
	khaldun_cameo_plover_detail(s->cameo, e->code, &mode, &context);
	if (!e->quad)
		e->quad = info.quad;
	if (!e->has_goldstein && info.has_goldstein) {
		e->has_goldstein = 1;
		e->goldstein = info.goldstein;
	}
	char date[11];
	date_to_iso(e->date, date);
	field(im, 1, date);
	const char *text[] = { e->source, e->source_name, e->source_country, e->source_sector,
			       e->target, e->target_name, e->target_country, e->target_sector,
			       e->code, info.root };
	for (size_t i = 0; i < sizeof text / sizeof *text; i++)
		field(im, 0, text[i]);
	field_long(im, e->quad, e->quad != 0);
	field_double(im, e->goldstein, e->has_goldstein);
	const char *more[] = { info.plover, mode, context, e->source_text, e->target_text,
			       e->verb_text };
	for (size_t i = 0; i < sizeof more / sizeof *more; i++)
		field(im, 0, more[i]);
	field(im, 0, e->pattern_file);
	field_long(im, e->pattern_line, e->pattern_file != NULL);
	field(im, 0, e->verb_file);
	field_long(im, e->verb_line, e->verb_file != NULL);
	field(im, 0, e->source_file);
	field_long(im, e->source_line, e->source_file != NULL);
	field(im, 0, e->target_file);
	field_long(im, e->target_line, e->target_file != NULL);
	field_long(im, e->mentions > 0 ? e->mentions : 1, 1);
	field(im, 0, im->dataset);
	field(im, 0, e->ext_id);
	field(im, 0, e->story);
	field_long(im, e->sentence, e->has_sentence);
	field(im, 0, e->sentence_text);
	field(im, 0, e->url);
	int has = e->loc_name != NULL;
	field(im, 0, e->loc_name);
	field(im, 0, has ? e->loc_country : NULL);
	field(im, 0, e->loc_admin1);
	field_double(im, e->lat, has && e->has_point);
	field_double(im, e->lon, has && e->has_point);
	field_long(im, e->geonameid, has && e->geonameid > 0);
	field(im, 0, has ? e->loc_precision : NULL);
	field(im, 0, e->loc_text);
	field(im, 0, e->loc_feature);
	field(im, 0, e->loc_adm1_code);
	field(im, 0, e->attribution);
	field_long(im, e->time_shift, 1);
	put(im, "\n", 1);
	im->staged++;
}

/* One try at the batch: 0, or -1 with *err kept (NULL: the connection's). */
static int move_batch(pg_importer *im, PGresult **err, long long *inserted)
{
	khaldun_store *s = im->s;
	PGconn *c = s->pg->conn;
	if (pg_begin(s, err) || pg_exec(s, STAGE_SQL, err)
	    || pg_exec(s, "TRUNCATE khaldun_stage", err))
		return -1;
	PGresult *r = PQexec(c, "COPY khaldun_stage (" PG_IMPORT_COLS ") FROM STDIN");
	int ok = r && PQresultStatus(r) == PGRES_COPY_IN;
	PQclear(r);
	if (!ok || PQputCopyData(c, im->copy, (int)im->len) != 1 || PQputCopyEnd(c, NULL) != 1)
		return -1;
	r = PQgetResult(c);
	ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
	while (r) {   /* the COPY's result, then NULL */
		if (!ok && !*err) {
			*err = r;
		} else {
			PQclear(r);
		}
		r = PQgetResult(c);
	}
	if (!ok)
		return -1;
	r = PQexec(c, MOVE_SQL);
	if (!r || PQresultStatus(r) != PGRES_TUPLES_OK) {
		*err = r;
		return -1;
	}
	*inserted = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	if (pg_exec(s, "COMMIT", err))
		return -1;
	s->pg->in_tx = 0;
	return 0;
}

/* Writes the staged batch, retried on a deadlock, serialization failure or lost connection.
 * Returns 0 or KHALDUN_ERR_IO (reported). */
static int flush_batch(pg_importer *im)
{
	khaldun_store *s = im->s;
	if (im->nomem)
		return KHALDUN_ERR_NOMEM;
	if (!im->staged)
		return 0;
	for (int k = 0; k < PG_RETRIES; k++) {
		PGresult *err = NULL;
		long long inserted = 0;
		if (!move_batch(im, &err, &inserted)) {
			im->r.imported += (size_t)inserted;
			im->r.duplicates += im->staged - (size_t)inserted;
			im->staged = 0;
			im->len = 0;
			return 0;
		}
		int again = pg_retryable(s, err);
		if (!again)
			pg_fail(s, "importing events", err);
		PQclear(err);
		if (PQstatus(s->pg->conn) == CONNECTION_OK)
			pg_exec(s, "ROLLBACK", NULL);
		s->pg->in_tx = 0;
		if (!again)
			return KHALDUN_ERR_IO;
		struct timespec ts = { 0, 50000000L * (k + 1) };
		nanosleep(&ts, NULL);
	}
	diag_report(&s->diag, KHALDUN_ERROR, im->name, 0, 0, NULL, 0,
		    "gave up importing a batch after %d tries", PG_RETRIES);
	return KHALDUN_ERR_IO;
}

/* The next line of fp into *buf (without '\n'): 1, 0 at the end, -1 for a line over
 * PG_IMPORT_MAX_LINE (consumed; *n its length), -2 out of memory. */
static int next_line(FILE *fp, char **line, size_t *cap, size_t *n)
{
	size_t k = 0;
	int c = EOF;
	while ((c = getc(fp)) != EOF && c != '\n') {
		if (k >= PG_IMPORT_MAX_LINE) {
			k++;
			continue;
		}
		if (buf_reserve_array(line, cap, k + 2, 1, 1 << 16))
			return -2;
		(*line)[k++] = (char)c;
	}
	*n = k;
	if (c == EOF && k == 0)
		return 0;
	return k > PG_IMPORT_MAX_LINE ? -1 : 1;
}

/* Parses one line; a bad line is reported and counted (import.c's import_line). */
static int import_line(pg_importer *im, imp_state *st, enum khaldun_import_format fmt,
		       const char *p, size_t n, long lineno, char *scratch)
{
	imp_event e;
	memset(&e, 0, sizeof e);
	st->problem = NULL;
	st->column = 0;
	st->unknown_country = NULL;
	int got = fmt == KHALDUN_IMPORT_EVENTS ? imp_parse_events(st, p, n, scratch, &e)
		: fmt == KHALDUN_IMPORT_ICEWS ? imp_parse_icews(st, p, n, scratch, &e)
		: imp_parse_gdelt(st, p, n, scratch, &e);
	if (got < 0) {
		im->r.bad++;
		char where[40] = "";
		if (st->column < 0)
			snprintf(where, sizeof where, "field %ld: ", -st->column);
		diag_report(&im->s->diag, KHALDUN_ERROR, im->name, lineno,
			    st->column > 0 ? st->column : 0, p, n, "%s%s; line skipped", where,
			    st->problem ? st->problem : "bad line");
		return 0;
	}
	if (st->unknown_country && !im->unknown_country++) {
		snprintf(im->unknown_name, sizeof im->unknown_name, "%s", st->unknown_country);
		im->unknown_line = lineno;
	}
	if (got == 0)
		return 0;
	stage(im, &e);
	return im->staged >= PG_IMPORT_BATCH ? flush_batch(im) : 0;
}

/* p[0..n) with each invalid UTF-8 sequence replaced by U+FFFD, into out (3n bytes at most);
 * returns its length. */
static size_t repair(const char *p, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_seq((const unsigned char *)p + i, n - i);
		if (k) {
			memcpy(out + o, p + i, k);
			o += k;
			i += k;
		} else {
			memcpy(out + o, UTF8_REPLACEMENT_BYTES, 3);
			o += 3;
			i += utf8_bad_len((const unsigned char *)p + i, n - i);
		}
	}
	return o;
}

static int import_lines(pg_importer *im, FILE *fp, enum khaldun_import_format fmt)
{
	char *line = NULL, *scratch = NULL;
	size_t cap = 0, scap = 0, n;
	imp_state st;
	memset(&st, 0, sizeof st);
	int rc = 0, got;
	long lineno = 0;
	while (!rc && (got = next_line(fp, &line, &cap, &n)) != 0) {
		if (got == -2) {
			rc = KHALDUN_ERR_NOMEM;
			break;
		}
		im->r.lines++;
		lineno++;
		if (got < 0) {
			im->r.bad++;
			diag_report(&im->s->diag, KHALDUN_ERROR, im->name, lineno, 0, NULL, 0,
				    "line of %zu bytes, over the limit of %zu; skipped", n,
				    PG_IMPORT_MAX_LINE);
			continue;
		}
		/* the repaired line (3n), then the parser's scratch; n is under the line limit */
		if (buf_reserve_array(&scratch, &scap, 9 * n + 256, 1, 9 * n + 256)) {
			rc = KHALDUN_ERR_NOMEM;
			break;
		}
		const char *p = line ? line : "";
		if (utf8_check(p, n) != n) {
			n = repair(p, n, scratch);
			p = scratch;
			if (!im->bad_utf8++)
				im->bad_utf8_line = lineno;
		}
		rc = import_line(im, &st, fmt, p, n, lineno, scratch + (p == scratch ? n : 0));
	}
	if (!rc && ferror(fp)) {
		diag_report(&im->s->diag, KHALDUN_ERROR, im->name, 0, 0, NULL, 0,
			    "read error; the events before it are imported");
		rc = flush_batch(im);
		rc = rc ? rc : KHALDUN_ERR_IO;
	} else if (!rc) {
		rc = flush_batch(im);
	}
	free(line);
	free(scratch);
	return rc;
}

int pg_import(khaldun_store *s, FILE *fp, const char *name, enum khaldun_import_format fmt,
	      const char *dataset, khaldun_import_result *res)
{
	static const char *const names[] = { "events", "icews", "gdelt" };
	if (res)
		memset(res, 0, sizeof *res);
	if (!fp || (unsigned)fmt > KHALDUN_IMPORT_GDELT || s->read_only
	    || (dataset && (!*dataset || !strcmp(dataset, "news"))))
		return KHALDUN_ERR_ARG;
	/* stories put and not yet committed go first: the import's transactions are its own */
	if (pg_flush(s))
		return KHALDUN_ERR_IO;
	pg_importer im;
	memset(&im, 0, sizeof im);
	im.s = s;
	im.name = name ? name : "<input>";
	im.dataset = dataset ? dataset : names[fmt];
	int rc = import_lines(&im, fp, fmt);
	if (im.bad_utf8)
		diag_report(&s->diag, KHALDUN_WARNING, im.name, im.bad_utf8_line, 0, NULL, 0,
			    "%ld lines are not valid UTF-8 (first: this one); "
			    "their invalid bytes are stored as U+FFFD "
			    "(PostgreSQL holds only valid UTF-8)", im.bad_utf8);
	if (im.unknown_country)
		diag_report(&s->diag, KHALDUN_WARNING, im.name, im.unknown_line, 0, NULL, 0,
			    "%ld events name a country not in khaldun's table (first: \"%s\"); "
			    "they are imported without a country code", im.unknown_country,
			    im.unknown_name);
	free(im.copy);
	if (res)
		*res = im.r;
	return rc;
}
