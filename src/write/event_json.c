/*
 * event_json.c - writes one coded event as one JSON object on one line (the output contract
 * of `khaldun code`). Members, in order: story, sentence, date, source, target, code, root,
 * quad, goldstein, plover, source_text, target_text, verb_text, sentence_text, evidence
 * {pattern, verb_entry, source_entry, target_entry}, location {name, country, admin1, lat,
 * lon, geonameid, precision, text} (null: no place known; docs/places.md), then url,
 * time_shift and attribution only when present. Missing values are null.
 * Invariant: the output is always valid JSON in UTF-8 whatever the input bytes (control
 * characters are escaped, invalid UTF-8 becomes U+FFFD); nothing is allocated.
 */
#include "khaldun.h"
#include "base/date.h"
#include "write/json.h"
#include <string.h>

static void put_str(FILE *fp, const char *s, size_t n)
{
	putc('"', fp);
	json_chars(fp, s, n);
	putc('"', fp);
}

static void member(FILE *fp, const char *name, int first)
{
	if (!first)
		putc(',', fp);
	putc('"', fp);
	fputs(name, fp);
	fputs("\":", fp);
}

static void str_or_null(FILE *fp, const char *name, const char *s)
{
	member(fp, name, 0);
	if (s)
		put_str(fp, s, strlen(s));
	else
		fputs("null", fp);
}

static void origin(FILE *fp, const char *name, const khaldun_origin *o, int first)
{
	member(fp, name, first);
	if (o->file) {
		putc('"', fp);
		json_chars(fp, o->file, strlen(o->file));
		fprintf(fp, ":%ld\"", o->line);
	} else {
		fputs("null", fp);
	}
}

static void location(FILE *fp, const khaldun_location *l)
{
	member(fp, "location", 0);
	if (!l->name) {
		fputs("null", fp);
		return;
	}
	putc('{', fp);
	member(fp, "name", 1);
	put_str(fp, l->name, strlen(l->name));
	str_or_null(fp, "country", l->country);
	str_or_null(fp, "admin1", l->admin1);
	fprintf(fp, ",\"lat\":%.5f,\"lon\":%.5f,\"geonameid\":", l->lat, l->lon);
	if (l->geonameid)
		fprintf(fp, "%ld", l->geonameid);
	else
		fputs("null", fp);
	str_or_null(fp, "precision", l->precision);
	str_or_null(fp, "text", l->text);
	putc('}', fp);
}

int khaldun_event_write_json(FILE *fp, const khaldun_story *story, size_t sentence_index,
			     const char *sentence, size_t sentence_len, const khaldun_event *e,
			     const khaldun_cameo *t)
{
	if (!fp || !e)
		return KHALDUN_ERR_ARG;
	khaldun_cameo_info info;
	khaldun_cameo_lookup(t, e->code, &info);
	char date[11];

	fputs("{\"story\":", fp);
	if (story && story->id)
		put_str(fp, story->id, strlen(story->id));
	else
		fputs("null", fp);
	member(fp, "sentence", 0);
	fprintf(fp, "%zu", sentence_index);
	member(fp, "date", 0);
	if (!date_to_iso(e->date, date))
		put_str(fp, date, 10);
	else
		fputs("null", fp);
	str_or_null(fp, "source", e->source);
	str_or_null(fp, "target", e->target);
	str_or_null(fp, "code", e->code);
	str_or_null(fp, "root", info.root[0] ? info.root : NULL);
	member(fp, "quad", 0);
	if (info.quad)
		fprintf(fp, "%d", info.quad);
	else
		fputs("null", fp);
	member(fp, "goldstein", 0);
	if (info.has_goldstein)
		fprintf(fp, "%.1f", info.goldstein == 0 ? 0.0 : info.goldstein);
	else
		fputs("null", fp);
	str_or_null(fp, "plover", info.plover);
	str_or_null(fp, "source_text", e->source_text);
	str_or_null(fp, "target_text", e->target_text);
	str_or_null(fp, "verb_text", e->verb_text);
	member(fp, "sentence_text", 0);
	if (sentence)
		put_str(fp, sentence, sentence_len);
	else
		fputs("null", fp);
	member(fp, "evidence", 0);
	putc('{', fp);
	origin(fp, "pattern", &e->pattern, 1);
	origin(fp, "verb_entry", &e->verb, 0);
	origin(fp, "source_entry", &e->source_entry, 0);
	origin(fp, "target_entry", &e->target_entry, 0);
	putc('}', fp);
	location(fp, &e->location);
	if (story && story->url)
		str_or_null(fp, "url", story->url);
	if (e->time_shift) {
		member(fp, "time_shift", 0);
		fprintf(fp, "%d", e->time_shift);
	}
	if (e->attribution)
		str_or_null(fp, "attribution", e->attribution);
	fputs("}\n", fp);
	return ferror(fp) ? KHALDUN_ERR_IO : KHALDUN_OK;
}
