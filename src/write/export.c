/*
 * export.c - writers for stored events (khaldun_export_*): JSON lines (the `khaldun code`
 * event object plus the store's fields), CSV (RFC 4180: comma, CRLF, fields with a comma,
 * quote or line break quoted, quotes doubled), TSV (tab-separated; tabs and line breaks in
 * fields become spaces), and PLOVER JSON records (actor/recipient, event_type, mode, context).
 * Lists in CSV/TSV cells (stories, urls) are joined with ';'. Column order: see header[] and
 * docs/store.md. A cell of text from the input (story ids, urls, texts) that starts with =,
 * +, -, @, a tab or CR gets a leading ' so that spreadsheets show it rather than run it as a
 * formula; codes, names from the dictionaries and numbers are written as they are. Invariant: every
 * row has exactly the header's columns; JSON output is valid whatever the stored bytes
 * (write/json.h).
 */
#include "khaldun.h"
#include "write/json.h"
#include "write/layouts.h"
#include "base/date.h"
#include <string.h>

static const char *const header[] = {
	"id", "date", "source", "source_name", "source_country", "source_sector", "target",
	"target_name", "target_country", "target_sector", "code", "root", "quad", "goldstein",
	"plover", "mentions", "stories", "urls", "sources", "story", "sentence", "source_text",
	"target_text", "verb_text", "sentence_text",
	/* where it happened (issue 13): appended, so the columns before keep their places */
	"location_name", "location_country", "location_admin1", "location_lat", "location_lon",
	"location_geonameid", "location_precision", "location_text", NULL
};

/* ---------------------------------------------------------------- CSV / TSV cells */

typedef struct {
	FILE *fp;
	int tsv;
	int first;
} row;

static void cell_start(row *r)
{
	if (!r->first)
		putc(r->tsv ? '\t' : ',', r->fp);
	r->first = 0;
}

/* Writes s as one cell's content (the part between separators; quoting done by caller). */
static void cell_body(row *r, const char *s)
{
	for (; *s; s++) {
		if (r->tsv && (*s == '\t' || *s == '\n' || *s == '\r'))
			putc(' ', r->fp);
		else if (!r->tsv && *s == '"')
			fputs("\"\"", r->fp);
		else
			putc(*s, r->fp);
	}
}

static int needs_quotes(const char *s)
{
	return strpbrk(s, ",\"\r\n") != NULL;
}

static void cell(row *r, const char *s)
{
	cell_start(r);
	if (!s)
		return;
	int q = !r->tsv && needs_quotes(s);
	if (q)
		putc('"', r->fp);
	cell_body(r, s);
	if (q)
		putc('"', r->fp);
}

/* A cell a spreadsheet would take for a formula (=, +, -, @, tab or CR first): written with a
 * leading ' so that text from the web is shown, never run (CSV/TSV formula injection). */
static int formula_like(const char *s)
{
	return s && s[0] && strchr("=+-@\t\r", s[0]);
}

/* A text cell from the input (ids, names, texts): guarded against formula injection. */
static void cell_text(row *r, const char *s)
{
	if (!formula_like(s)) {
		cell(r, s);
		return;
	}
	cell_start(r);
	int q = !r->tsv && needs_quotes(s);
	if (q)
		putc('"', r->fp);
	putc('\'', r->fp);
	cell_body(r, s);
	if (q)
		putc('"', r->fp);
}

/* A list as one cell: the non-NULL items joined with ';', each once. */
static void cell_list(row *r, const char *const *items, size_t n)
{
	cell_start(r);
	int q = 0;
	for (size_t i = 0; i < n && !r->tsv; i++)
		if (items[i] && (needs_quotes(items[i]) || strchr(items[i], ';')))
			q = 1;
	if (q)
		putc('"', r->fp);
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		if (!items[i])
			continue;
		size_t k = 0;
		while (k < i && (!items[k] || strcmp(items[k], items[i])))
			k++;
		if (k < i)
			continue;
		if (any)
			putc(';', r->fp);
		else if (formula_like(items[i]))
			putc('\'', r->fp);   /* see cell_text */
		cell_body(r, items[i]);
		any = 1;
	}
	if (q)
		putc('"', r->fp);
}

static void cell_long(row *r, long long v)
{
	cell_start(r);
	fprintf(r->fp, "%lld", v);
}

/* The location columns: name, country, admin1, lat, lon, geonameid, precision, text (all
 * empty when the event has no place). */
static void location_cells(row *r, const khaldun_location *l)
{
	char lat[32] = "", lon[32] = "";
	int has = l->name != NULL;
	if (has)
		layout_point(l, lat, lon);
	cell_text(r, has ? l->name : NULL);
	cell(r, has ? l->country : NULL);
	cell_text(r, has ? l->admin1 : NULL);
	cell(r, lat);
	cell(r, lon);
	if (has && l->geonameid > 0)
		cell_long(r, l->geonameid);
	else
		cell(r, NULL);
	cell(r, has ? l->precision : NULL);
	cell_text(r, has ? l->text : NULL);
}

/* ---------------------------------------------------------------- JSON */

static void jstr(FILE *fp, const char *name, const char *v, int first)
{
	if (!first)
		putc(',', fp);
	fprintf(fp, "\"%s\":", name);
	if (!v) {
		fputs("null", fp);
		return;
	}
	putc('"', fp);
	json_chars(fp, v, strlen(v));
	putc('"', fp);
}

static void jlist(FILE *fp, const char *name, const char *const *items, size_t n)
{
	fprintf(fp, ",\"%s\":[", name);
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		if (any)
			putc(',', fp);
		any = 1;
		if (!items[i]) {
			fputs("null", fp);
			continue;
		}
		putc('"', fp);
		json_chars(fp, items[i], strlen(items[i]));
		putc('"', fp);
	}
	putc(']', fp);
}

static void jorigin(FILE *fp, const char *name, const khaldun_origin *o, int first)
{
	if (!first)
		putc(',', fp);
	fprintf(fp, "\"%s\":", name);
	if (!o->file) {
		fputs("null", fp);
		return;
	}
	putc('"', fp);
	json_chars(fp, o->file, strlen(o->file));
	fprintf(fp, ":%ld\"", o->line);
}

static void jgoldstein(FILE *fp, const khaldun_stored_event *e)
{
	if (e->has_goldstein)
		fprintf(fp, "%.1f", e->goldstein == 0 ? 0.0 : e->goldstein);
	else
		fputs("null", fp);
}

static const char *empty_null(const char *s)
{
	return s && *s ? s : NULL;
}

/* ,"location":{name, country, admin1, lat, lon, geonameid, precision, text} or null. */
static void jlocation(FILE *fp, const khaldun_location *l)
{
	fputs(",\"location\":", fp);
	if (!l->name) {
		fputs("null", fp);
		return;
	}
	putc('{', fp);
	jstr(fp, "name", l->name, 1);
	jstr(fp, "country", empty_null(l->country), 0);
	jstr(fp, "admin1", l->admin1, 0);
	char lat[32], lon[32];
	int point = layout_point(l, lat, lon);
	fprintf(fp, ",\"lat\":%s,\"lon\":%s", point ? lat : "null", point ? lon : "null");
	if (l->geonameid > 0)
		fprintf(fp, ",\"geonameid\":%ld", l->geonameid);
	else
		fputs(",\"geonameid\":null", fp);
	jstr(fp, "precision", l->precision, 0);
	jstr(fp, "text", l->text, 0);
	putc('}', fp);
}

static void write_jsonl(FILE *fp, const khaldun_stored_event *e, const char *date)
{
	const khaldun_event *v = &e->event;
	putc('{', fp);
	jstr(fp, "story", e->story, 1);
	fprintf(fp, ",\"sentence\":%zu", e->sentence);
	jstr(fp, "date", date[0] ? date : NULL, 0);
	jstr(fp, "source", v->source, 0);
	jstr(fp, "target", v->target, 0);
	jstr(fp, "code", v->code, 0);
	jstr(fp, "root", e->root, 0);
	fputs(",\"quad\":", fp);
	if (e->quad)
		fprintf(fp, "%d", e->quad);
	else
		fputs("null", fp);
	fputs(",\"goldstein\":", fp);
	jgoldstein(fp, e);
	jstr(fp, "plover", e->plover, 0);
	jstr(fp, "source_text", v->source_text, 0);
	jstr(fp, "target_text", v->target_text, 0);
	jstr(fp, "verb_text", v->verb_text, 0);
	jstr(fp, "sentence_text", e->sentence_text, 0);
	fputs(",\"evidence\":{", fp);
	jorigin(fp, "pattern", &v->pattern, 1);
	jorigin(fp, "verb_entry", &v->verb, 0);
	jorigin(fp, "source_entry", &v->source_entry, 0);
	jorigin(fp, "target_entry", &v->target_entry, 0);
	putc('}', fp);
	if (e->n_stories && e->urls[0])
		jstr(fp, "url", e->urls[0], 0);
	if (v->time_shift)
		fprintf(fp, ",\"time_shift\":%d", v->time_shift);
	if (v->attribution)
		jstr(fp, "attribution", v->attribution, 0);
	fprintf(fp, ",\"id\":%lld", e->id);
	jstr(fp, "source_name", e->source_name, 0);
	jstr(fp, "source_country", empty_null(e->source_country), 0);
	jstr(fp, "source_sector", empty_null(e->source_sector), 0);
	jstr(fp, "target_name", e->target_name, 0);
	jstr(fp, "target_country", empty_null(e->target_country), 0);
	jstr(fp, "target_sector", empty_null(e->target_sector), 0);
	fprintf(fp, ",\"mentions\":%ld,\"sources\":%zu", e->mentions, e->n_sources);
	jlist(fp, "stories", e->stories, e->n_stories);
	jlist(fp, "urls", e->urls, e->n_stories);
	jlocation(fp, &v->location);
	fputs("}\n", fp);
}

static void write_plover(FILE *fp, const khaldun_stored_event *e, const char *date)
{
	const khaldun_event *v = &e->event;
	fprintf(fp, "{\"id\":\"khaldun-%lld\"", e->id);
	jstr(fp, "date", date[0] ? date : NULL, 0);
	jstr(fp, "event_type", e->plover, 0);
	jstr(fp, "mode", e->plover_mode, 0);
	jstr(fp, "context", e->plover_context, 0);
	jstr(fp, "actor", v->source, 0);
	jstr(fp, "actor_name", e->source_name, 0);
	jstr(fp, "actor_country", empty_null(e->source_country), 0);
	jstr(fp, "actor_sector", empty_null(e->source_sector), 0);
	jstr(fp, "actor_text", v->source_text, 0);
	jstr(fp, "recipient", v->target, 0);
	jstr(fp, "recipient_name", e->target_name, 0);
	jstr(fp, "recipient_country", empty_null(e->target_country), 0);
	jstr(fp, "recipient_sector", empty_null(e->target_sector), 0);
	jstr(fp, "recipient_text", v->target_text, 0);
	jstr(fp, "cameo", v->code, 0);
	fputs(",\"goldstein\":", fp);
	jgoldstein(fp, e);
	fprintf(fp, ",\"mentions\":%ld,\"sources\":%zu", e->mentions, e->n_sources);
	jlist(fp, "stories", e->stories, e->n_stories);
	jlist(fp, "urls", e->urls, e->n_stories);
	jstr(fp, "text", e->sentence_text, 0);
	jlocation(fp, &v->location);
	fputs("}\n", fp);
}

int khaldun_export_header(FILE *fp, enum khaldun_export_format fmt)
{
	if (!fp)
		return KHALDUN_ERR_ARG;
	if (fmt == KHALDUN_EXPORT_ICEWS) {
		icews_write_header(fp);
		return ferror(fp) ? KHALDUN_ERR_IO : KHALDUN_OK;
	}
	if (fmt != KHALDUN_EXPORT_CSV && fmt != KHALDUN_EXPORT_TSV)
		return KHALDUN_OK;
	row r = { fp, fmt == KHALDUN_EXPORT_TSV, 1 };
	for (int i = 0; header[i]; i++)
		cell(&r, header[i]);
	fputs(r.tsv ? "\n" : "\r\n", fp);
	return ferror(fp) ? KHALDUN_ERR_IO : KHALDUN_OK;
}

int khaldun_export_event(FILE *fp, enum khaldun_export_format fmt, const khaldun_stored_event *e,
			 int *written)
{
	if (written)
		*written = 0;
	if (!fp || !e)
		return KHALDUN_ERR_ARG;
	char date[11];
	if (date_to_iso(e->event.date, date))
		date[0] = 0;
	switch (fmt) {
	case KHALDUN_EXPORT_JSONL:
		write_jsonl(fp, e, date);
		break;
	case KHALDUN_EXPORT_GDELT:
		gdelt_write_event(fp, e);
		break;
	case KHALDUN_EXPORT_ICEWS:
		icews_write_event(fp, e);
		break;
	case KHALDUN_EXPORT_PLOVER:
		if (!e->plover)
			return KHALDUN_OK;   /* no PLOVER type: nothing to write */
		write_plover(fp, e, date);
		break;
	case KHALDUN_EXPORT_CSV:
	case KHALDUN_EXPORT_TSV: {
		row r = { fp, fmt == KHALDUN_EXPORT_TSV, 1 };
		char g[32] = "";
		if (e->has_goldstein)
			snprintf(g, sizeof g, "%.1f", e->goldstein == 0 ? 0.0 : e->goldstein);
		cell_long(&r, e->id);
		cell(&r, date);
		cell(&r, e->event.source);
		cell(&r, e->source_name);
		cell(&r, e->source_country);
		cell(&r, e->source_sector);
		cell(&r, e->event.target);
		cell(&r, e->target_name);
		cell(&r, e->target_country);
		cell(&r, e->target_sector);
		cell(&r, e->event.code);
		cell(&r, e->root);
		if (e->quad)
			cell_long(&r, e->quad);
		else
			cell(&r, NULL);
		cell(&r, g);
		cell(&r, e->plover);
		cell_long(&r, e->mentions);
		cell_list(&r, e->stories, e->n_stories);
		cell_list(&r, e->urls, e->n_stories);
		cell_long(&r, (long long)e->n_sources);
		cell_text(&r, e->story);
		cell_long(&r, (long long)e->sentence);
		cell_text(&r, e->event.source_text);
		cell_text(&r, e->event.target_text);
		cell_text(&r, e->event.verb_text);
		cell_text(&r, e->sentence_text);
		location_cells(&r, &e->event.location);
		fputs(r.tsv ? "\n" : "\r\n", fp);
		break;
	}
	default:
		return KHALDUN_ERR_ARG;
	}
	if (written)
		*written = 1;
	return ferror(fp) ? KHALDUN_ERR_IO : KHALDUN_OK;
}
