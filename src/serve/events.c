/*
 * events.c - /api/events and /api/places: a dyad's (or an actor's) events as JSON, each with its
 * sentence, the words the coder matched (source_text, target_text, verb_text) and its dictionary
 * evidence, so the dashboard can highlight them. Above the store (khaldun_store_events).
 * Invariant: events come out in (date, id) order (order=newest: reversed), `offset` and
 * `limit` slice that order, and `total` (with total=1) counts every selected event; both=1
 * (countries only) selects either
 * direction. Paging is the store's (SQL LIMIT/OFFSET), so a page costs what it shows.
 * /api/places: the same selection's places (for the dashboard's map), most events first.
 */
#include "serve/api.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void origin(FILE *fp, const char *name, const khaldun_origin *o, int comma)
{
	fprintf(fp, "%s\"%s\":", comma ? "," : "", name);
	if (!o->file) {
		fputs("null", fp);
		return;
	}
	char loc[4200];
	snprintf(loc, sizeof loc, "%s:%ld", o->file, o->line);
	api_str(fp, loc);
}

static void str_field(FILE *fp, const char *name, const char *v)
{
	fprintf(fp, ",\"%s\":", name);
	api_str(fp, v);
}

/* A JSON array of n strings (null for a NULL one). */
static void str_array(FILE *fp, const char *const *v, size_t n)
{
	fputc('[', fp);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? "," : "", fp);
		api_str(fp, v[i]);
	}
	fputc(']', fp);
}

static void api_location(FILE *fp, const khaldun_location *l);

void api_event_json(FILE *fp, const khaldun_stored_event *e)
{
	const khaldun_event *v = &e->event;
	fprintf(fp, "{\"id\":%lld,\"date\":", e->id);
	api_date(fp, v->date);
	str_field(fp, "source", v->source);
	str_field(fp, "target", v->target);
	str_field(fp, "source_name", e->source_name);
	str_field(fp, "target_name", e->target_name);
	str_field(fp, "source_country", e->source_country);
	str_field(fp, "target_country", e->target_country);
	str_field(fp, "code", v->code);
	str_field(fp, "root", e->root);
	fprintf(fp, ",\"quad\":%d,\"goldstein\":", e->quad);
	if (e->has_goldstein)
		fprintf(fp, "%.1f", e->goldstein);
	else
		fputs("null", fp);
	str_field(fp, "plover", e->plover);
	str_field(fp, "source_text", v->source_text);
	str_field(fp, "target_text", v->target_text);
	str_field(fp, "verb_text", v->verb_text);
	str_field(fp, "sentence_text", e->sentence_text);
	if (v->attribution)   /* a reported deed's reporter, only when there is one (as code) */
		str_field(fp, "attribution", v->attribution);
	str_field(fp, "story", e->story);
	fprintf(fp, ",\"sentence\":%zu,\"mentions\":%ld,\"stories\":", e->sentence, e->mentions);
	str_array(fp, e->stories, e->n_stories);
	fputs(",\"urls\":", fp);
	str_array(fp, e->urls, e->n_stories);
	fputs(",\"evidence\":{", fp);
	origin(fp, "pattern", &v->pattern, 0);
	origin(fp, "verb_entry", &v->verb, 1);
	origin(fp, "source_entry", &v->source_entry, 1);
	origin(fp, "target_entry", &v->target_entry, 1);
	fputs("},\"entries\":{\"pattern\":", fp);
	api_str(fp, v->pattern.entry);
	str_field(fp, "verb", v->verb.entry);
	str_field(fp, "source", e->source_name);
	str_field(fp, "target", e->target_name);
	fputs("},\"location\":", fp);
	api_location(fp, &v->location);
	fputc('}', fp);
}

/* {"name", "country", "admin1", "lat", "lon", "geonameid", "precision", "text"} or null. */
static void api_location(FILE *fp, const khaldun_location *l)
{
	if (!l->name) {
		fputs("null", fp);
		return;
	}
	fputs("{\"name\":", fp);
	api_str(fp, l->name);
	str_field(fp, "country", l->country);
	str_field(fp, "admin1", l->admin1);
	if (isnan(l->lat) || isnan(l->lon))
		fputs(",\"lat\":null,\"lon\":null", fp);
	else
		fprintf(fp, ",\"lat\":%.10g,\"lon\":%.10g", l->lat, l->lon);
	if (l->geonameid > 0)
		fprintf(fp, ",\"geonameid\":%ld", l->geonameid);
	else
		fputs(",\"geonameid\":null", fp);
	str_field(fp, "precision", l->precision);
	str_field(fp, "text", l->text);
	fputc('}', fp);
}

/* ---------------------------------------------------------------- selection */

typedef struct {
	FILE *out;
	int n;               /* events written */
} ev_ctx;

static int write_one(void *vctx, const khaldun_stored_event *e)
{
	ev_ctx *x = vctx;
	fputs(x->n++ ? ",\n" : "\n", x->out);
	api_event_json(x->out, e);
	return 0;
}

static int total_row(void *vctx, const khaldun_count *c)
{
	*(long *)vctx += c->events;
	return 0;
}

/* near=LAT,LON,KM into f (absent: no restriction). */
static void arg_near(api_args *a, khaldun_filter *f)
{
	const char *v = arg_get(a, "near");
	if (!v || !*v)
		return;
	if (khaldun_filter_near(f, v) != KHALDUN_OK)
		arg_bad(a, "near", "'near' must be LAT,LON,KM (a point on the globe and a radius "
			"over 0, at most 20040 km)");
}

/* The selection /api/events and /api/places share: source, target, both, exact, from, to,
 * code, country_of_event, near. The codes live in sel. Returns 0, or API_BAD_ARGS. */
typedef struct {
	char src[API_CODE], tgt[API_CODE], code[API_CODE], place[API_CODE];
} selection;

static int select_events(api_args *a, khaldun_filter *f, selection *sel)
{
	arg_code(a, "source", sel->src, sizeof sel->src);
	arg_code(a, "target", sel->tgt, sizeof sel->tgt);
	arg_code(a, "code", sel->code, sizeof sel->code);
	arg_code(a, "country_of_event", sel->place, sizeof sel->place);
	int both = arg_flag(a, "both");
	int exact = arg_flag(a, "exact");
	f->from = arg_date(a, "from");
	f->to = arg_date(a, "to");
	arg_near(a, f);
	const char *src = sel->src, *tgt = sel->tgt;
	/* three letters are a country, as /api/trend and /api/dyads count (and the store's
	 * country index answers quickly), unless exact=1: then codes match as prefixes */
	int country = !exact && (src[0] || tgt[0]) && (!src[0] || strlen(src) == 3)
		      && (!tgt[0] || strlen(tgt) == 3);
	if (f->from && f->to && f->from > f->to)
		arg_bad(a, "to", "'to' is before 'from'");
	if (both && (!src[0] || !tgt[0]))
		arg_bad(a, "both", "both=1 needs a source and a target");
	if (both && !country)
		arg_bad(a, "both", "both=1 works on countries (three-letter codes, exact=0)");
	if (sel->place[0] && strlen(sel->place) != 3)
		arg_bad(a, "country_of_event",
			"'country_of_event' must be an ISO 3166 alpha-3 code");
	if (a->bad)
		return API_BAD_ARGS;
	if (country) {
		f->source_country = src[0] ? src : NULL;
		f->target_country = tgt[0] ? tgt : NULL;
		f->both_ways = both;
	} else {
		f->source = src[0] ? src : NULL;
		f->target = tgt[0] ? tgt : NULL;
	}
	f->code = sel->code[0] ? sel->code : NULL;
	f->country_of_event = sel->place[0] ? sel->place : NULL;
	return 0;
}

int api_events(api_ctx *c)
{
	static const char *const orders[] = { "oldest", "newest", NULL };
	api_args *a = &c->args;
	selection sel;
	khaldun_filter f = { 0 };
	int want_total = arg_flag(a, "total");
	long limit = arg_long(a, "limit", 1, 1000, 100);
	long offset = arg_long(a, "offset", 0, 100000000, 0);
	f.newest_first = arg_choice(a, "order", orders, 0);
	if (select_events(a, &f, &sel))
		return API_BAD_ARGS;
	/* the total costs a pass over every selected event: only on request */
	long total = -1;
	if (want_total) {
		total = 0;
		if (khaldun_store_count(c->store, &f, KHALDUN_BY_NONE, KHALDUN_PER_ALL, total_row,
					&total))
			return API_STORE_FAILED;
	}
	fputs("{\"total\":", c->out);
	if (total >= 0)
		fprintf(c->out, "%ld", total);
	else
		fputs("null", c->out);
	fprintf(c->out, ",\"offset\":%ld,\"limit\":%ld,\"order\":\"%s\",\"events\":[", offset,
		limit, orders[f.newest_first]);
	f.limit = (size_t)limit;
	f.offset = (size_t)offset;
	ev_ctx x = { c->out, 0 };
	if (total != 0 && khaldun_store_events(c->store, &f, write_one, &x))
		return API_STORE_FAILED;
	fputs("\n]}\n", c->out);
	return 0;
}

/* ---------------------------------------------------------------- /api/places */

static int write_place(void *vctx, const khaldun_place_count *p)
{
	ev_ctx *x = vctx;
	fputs(x->n++ ? ",\n{\"name\":" : "\n{\"name\":", x->out);
	api_str(x->out, p->name);
	str_field(x->out, "country", p->country);
	str_field(x->out, "admin1", p->admin1);
	str_field(x->out, "precision", p->precision);
	fprintf(x->out, ",\"lat\":%.10g,\"lon\":%.10g,\"events\":%ld,\"mentions\":%ld,"
		"\"quads\":[%ld,%ld,%ld,%ld,%ld]}", p->lat, p->lon, p->events, p->mentions,
		p->quad[0], p->quad[1], p->quad[2], p->quad[3], p->quad[4]);
	return 0;
}

int api_places(api_ctx *c)
{
	selection sel;
	khaldun_filter f = { 0 };
	long limit = arg_long(&c->args, "limit", 1, 5000, 1000);
	if (select_events(&c->args, &f, &sel))
		return API_BAD_ARGS;
	f.limit = (size_t)limit;
	fputs("{\"places\":[", c->out);
	ev_ctx x = { c->out, 0 };
	if (khaldun_store_places(c->store, &f, write_place, &x))
		return API_STORE_FAILED;
	fputs("\n]}\n", c->out);
	return 0;
}
