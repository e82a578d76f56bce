/*
 * events.c - /api/events: a dyad's (or an actor's) events as JSON, each with its sentence, the
 * words the coder matched (source_text, target_text, verb_text) and its dictionary evidence,
 * so the dashboard can highlight them. Above the store (khaldun_store_events).
 * Invariant: events come out in (date, id) order, `offset` and `limit` slice that order, and
 * `total` counts every selected event; with both=1 the two directions are merged.
 */
#include "serve/api.h"
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
	str_field(fp, "story", e->story);
	fprintf(fp, ",\"sentence\":%zu,\"mentions\":%ld,\"stories\":[", e->sentence, e->mentions);
	for (size_t i = 0; i < e->n_stories; i++) {
		fputs(i ? "," : "", fp);
		api_str(fp, e->stories[i]);
	}
	fputs("],\"urls\":[", fp);
	for (size_t i = 0; i < e->n_stories; i++) {
		fputs(i ? "," : "", fp);
		api_str(fp, e->urls[i]);
	}
	fputs("],\"evidence\":{", fp);
	origin(fp, "pattern", &v->pattern, 0);
	origin(fp, "verb_entry", &v->verb, 1);
	origin(fp, "source_entry", &v->source_entry, 1);
	origin(fp, "target_entry", &v->target_entry, 1);
	fputs("},\"entries\":{\"pattern\":", fp);
	api_str(fp, v->pattern.entry);
	str_field(fp, "verb", v->verb.entry);
	str_field(fp, "source", e->source_name);
	str_field(fp, "target", e->target_name);
	fputs("}}", fp);
}

/* ---------------------------------------------------------------- selection */

typedef struct {
	long date;
	long long id;
	char *json;      /* pass 2 of both=1: the event, formatted */
	size_t len;
} ev_key;

typedef struct {
	FILE *out;
	long skip, left;     /* one direction: events to pass over, then to write */
	int n;               /* events written */
	ev_key *keys;        /* both=1: pass 1 collects keys; pass 2 formats the chosen ones */
	size_t nk, cap;
	const long long *chosen;   /* pass 2: ids of the slice, sorted */
	size_t nchosen;
	int failed;          /* out of memory */
} ev_ctx;

static int write_one(void *vctx, const khaldun_stored_event *e)
{
	ev_ctx *x = vctx;
	if (x->skip > 0) {
		x->skip--;
		return 0;
	}
	fputs(x->n++ ? ",\n" : "\n", x->out);
	api_event_json(x->out, e);
	return --x->left <= 0;
}

static int push_key(ev_ctx *x, long date, long long id, char *json, size_t len)
{
	if (x->nk == x->cap) {
		size_t cap = x->cap ? 2 * x->cap : 256;
		ev_key *k = realloc(x->keys, cap * sizeof *k);
		if (!k)
			return -1;
		x->keys = k;
		x->cap = cap;
	}
	x->keys[x->nk++] = (ev_key){ date, id, json, len };
	return 0;
}

static int collect_key(void *vctx, const khaldun_stored_event *e)
{
	ev_ctx *x = vctx;
	if (push_key(x, e->event.date, e->id, NULL, 0))
		return x->failed = 1;
	return 0;
}

static int cmp_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

static int collect_chosen(void *vctx, const khaldun_stored_event *e)
{
	ev_ctx *x = vctx;
	if (!bsearch(&e->id, x->chosen, x->nchosen, sizeof *x->chosen, cmp_id))
		return 0;
	char *json = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&json, &len);
	if (!fp)
		return x->failed = 1;
	api_event_json(fp, e);
	if (fclose(fp) || push_key(x, e->event.date, e->id, json, len)) {
		free(json);
		return x->failed = 1;
	}
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	const ev_key *x = a, *y = b;
	if (x->date != y->date)
		return (x->date > y->date) - (x->date < y->date);
	return (x->id > y->id) - (x->id < y->id);
}

static void free_keys(ev_ctx *x)
{
	for (size_t i = 0; i < x->nk; i++)
		free(x->keys[i].json);
	free(x->keys);
	x->keys = NULL;
	x->nk = x->cap = 0;
}

/* both=1: the events of A->B and B->A merged by (date, id), sliced. Two passes keep memory
 * to a key per event before the slice plus the slice's JSON. */
static int both_ways(api_ctx *c, khaldun_filter f[2], long offset, long limit)
{
	ev_ctx x = { 0 };
	int rc = 0;
	for (int k = 0; k < 2 && !rc; k++)
		rc = khaldun_store_events(c->store, &f[k], collect_key, &x);
	if (rc || x.failed) {
		free_keys(&x);
		return API_STORE_FAILED;
	}
	qsort(x.keys, x.nk, sizeof *x.keys, cmp_key);
	size_t from = (size_t)offset < x.nk ? (size_t)offset : x.nk;
	size_t to = from + (size_t)limit < x.nk ? from + (size_t)limit : x.nk;
	long long *ids = malloc((to - from + 1) * sizeof *ids);
	if (!ids) {
		free_keys(&x);
		return API_STORE_FAILED;
	}
	for (size_t i = from; i < to; i++)
		ids[i - from] = x.keys[i].id;
	free_keys(&x);
	qsort(ids, to - from, sizeof *ids, cmp_id);
	x.chosen = ids;
	x.nchosen = to - from;
	for (int k = 0; k < 2 && !rc && x.nchosen; k++)
		rc = khaldun_store_events(c->store, &f[k], collect_chosen, &x);
	free(ids);
	if (!rc && !x.failed) {
		qsort(x.keys, x.nk, sizeof *x.keys, cmp_key);
		for (size_t i = 0; i < x.nk; i++) {
			fputs(i ? ",\n" : "\n", c->out);
			fwrite(x.keys[i].json, 1, x.keys[i].len, c->out);
		}
	}
	free_keys(&x);
	return rc || x.failed ? API_STORE_FAILED : 0;
}

static int total_row(void *vctx, const khaldun_count *c)
{
	*(long *)vctx += c->events;
	return 0;
}

int api_events(api_ctx *c)
{
	api_args *a = &c->args;
	char src[API_CODE], tgt[API_CODE], code[API_CODE];
	arg_code(a, "source", src, sizeof src);
	arg_code(a, "target", tgt, sizeof tgt);
	arg_code(a, "code", code, sizeof code);
	int both = arg_flag(a, "both");
	khaldun_filter f[2] = { { 0 } };
	f[0].from = arg_date(a, "from");
	f[0].to = arg_date(a, "to");
	long limit = arg_long(a, "limit", 1, 1000, 100);
	long offset = arg_long(a, "offset", 0, 1000000, 0);
	if (f[0].from && f[0].to && f[0].from > f[0].to)
		arg_bad(a, "to", "'to' is before 'from'");
	if (both && (!src[0] || !tgt[0]))
		arg_bad(a, "both", "both=1 needs a source and a target");
	if (a->bad)
		return API_BAD_ARGS;
	f[0].source = src[0] ? src : NULL;
	f[0].target = tgt[0] ? tgt : NULL;
	f[0].code = code[0] ? code : NULL;
	f[1] = f[0];
	f[1].source = f[0].target;
	f[1].target = f[0].source;
	long total = 0;
	for (int k = 0; k <= both; k++)
		if (khaldun_store_count(c->store, &f[k], KHALDUN_BY_NONE, KHALDUN_PER_ALL, total_row,
					&total))
			return API_STORE_FAILED;
	fprintf(c->out, "{\"total\":%ld,\"offset\":%ld,\"limit\":%ld,\"events\":[", total, offset,
		limit);
	if (both) {
		f[0].limit = f[1].limit = (size_t)(offset + limit);
		int rc = both_ways(c, f, offset, limit);
		if (rc)
			return rc;
	} else {
		ev_ctx x = { c->out, offset, limit, 0, NULL, 0, 0, NULL, 0, 0 };
		f[0].limit = (size_t)(offset + limit);
		if (khaldun_store_events(c->store, &f[0], write_one, &x))
			return API_STORE_FAILED;
	}
	fputs("\n]}\n", c->out);
	return 0;
}
