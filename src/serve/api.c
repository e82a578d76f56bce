/*
 * api.c - the JSON API of `khaldun serve`: /api/summary, /api/dyads, /api/actors, /api/events,
 * /api/places (events.c; /api/trend, /api/alerts in trend.c), answered from the store's public
 * queries.
 * Sits above the store: request -> checked arguments -> khaldun_filter -> store -> JSON.
 * Invariant: every parameter is checked against its endpoint's list and its type (codes are
 * letters and digits, dates are YYYY-MM-DD, numbers have bounds) before the store is asked;
 * anything else gets 400 with a JSON error naming the parameter.
 */
#include "serve/api.h"
#include "write/json.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- JSON output */

void api_str(FILE *fp, const char *s)
{
	if (!s) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	json_chars(fp, s, strlen(s));
	fputc('"', fp);
}

void api_date(FILE *fp, long d)
{
	if (d <= 0)
		fputs("null", fp);
	else
		fprintf(fp, "\"%04ld-%02ld-%02ld\"", d / 10000, d / 100 % 100, d % 100);
}

int api_error(serve_reply *r, int status, const char *message, const char *param)
{
	char *body = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&body, &len);
	if (!fp)
		return -1;
	fputs("{\"error\":", fp);
	api_str(fp, message);
	fputs(",\"param\":", fp);
	api_str(fp, param);
	fputs("}\n", fp);
	if (fclose(fp)) {
		free(body);
		return -1;
	}
	r->status = status;
	r->type = "application/json";
	r->body = body;
	r->len = len;
	return 0;
}

/* ---------------------------------------------------------------- arguments */

const char *arg_get(api_args *a, const char *name)
{
	for (int i = 0; i < a->q->n; i++)
		if (!strcmp(a->q->name[i], name))
			return a->q->value[i];
	return NULL;
}

void arg_bad(api_args *a, const char *name, const char *fmt, ...)
{
	if (a->bad)
		return;
	a->bad = 1;
	a->param = name;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
}

/* Every parameter must be one of `names` (NULL-terminated), appear once and have a value:
 * `source=` is refused, not taken as absent, since an asker whose value went missing would
 * otherwise get every event instead of the selection they meant (docs/serve.md). */
static void arg_known(api_args *a, const char *const *names)
{
	for (int i = 0; i < a->q->n; i++) {
		const char *n = a->q->name[i];
		size_t k = 0;
		while (names[k] && strcmp(names[k], n))
			k++;
		if (!names[k])
			arg_bad(a, n, "unknown parameter '%s'", n);
		else if (!*a->q->value[i])
			arg_bad(a, n, "'%s' is empty: give it a value or leave it out", n);
		for (int j = 0; j < i; j++)
			if (!strcmp(a->q->name[j], n))
				arg_bad(a, n, "parameter '%s' given twice", n);
	}
}

/* An actor code (or its first letters): 1-32 letters and digits, upper-cased into out. */
static int code_ok(const char *v, char *out, size_t cap)
{
	size_t n = strlen(v);
	if (n == 0 || n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!isalnum((unsigned char)v[i]))
			return 0;
		out[i] = (char)toupper((unsigned char)v[i]);
	}
	out[n] = 0;
	return 1;
}

void arg_code(api_args *a, const char *name, char *out, size_t cap)
{
	const char *v = arg_get(a, name);
	out[0] = 0;
	/* `code` is a CAMEO event code (digits): told so, not called an actor code */
	int cameo = !strcmp(name, "code");
	if (v && *v && (!code_ok(v, out, cap)
			|| (cameo && strspn(out, "0123456789") != strlen(out))))
		arg_bad(a, name, cameo ? "'%s' must be a CAMEO code: 1-%zu digits"
			: "'%s' must be an actor code: 1-%zu letters and digits", name, cap - 1);
}

long arg_date(api_args *a, const char *name)
{
	const char *v = arg_get(a, name);
	if (!v || !*v)
		return 0;
	size_t n = strlen(v);
	long d = 0;
	int digits = 1;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)v[i]) &&
		    !(n == 10 && (i == 4 || i == 7) && v[i] == '-'))
			digits = 0;
	if (digits && (n == 10 || n == 8))
		d = khaldun_parse_date(v, n);
	if (!d)
		arg_bad(a, name, "'%s' must be a date YYYY-MM-DD", name);
	return d;
}

long arg_long(api_args *a, const char *name, long lo, long hi, long dflt)
{
	const char *v = arg_get(a, name);
	if (!v || !*v)
		return dflt;
	char *end;
	long x = strtol(v, &end, 10);
	if (*end || !isdigit((unsigned char)v[0]) || x < lo || x > hi) {
		arg_bad(a, name, "'%s' must be a whole number from %ld to %ld", name, lo, hi);
		return dflt;
	}
	return x;
}

int arg_choice(api_args *a, const char *name, const char *const *names, int dflt)
{
	const char *v = arg_get(a, name);
	if (!v || !*v)
		return dflt;
	for (int i = 0; names[i]; i++)
		if (!strcmp(v, names[i]))
			return i;
	char list[128] = "";
	for (int i = 0; names[i]; i++) {
		strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
		strncat(list, names[i], sizeof list - strlen(list) - 1);
	}
	arg_bad(a, name, "'%s' must be one of: %s", name, list);
	return dflt;
}

int arg_flag(api_args *a, const char *name)
{
	static const char *const no_yes[] = { "0", "1", NULL };
	return arg_choice(a, name, no_yes, 0);
}

/* from/to as a range, checked in order. */
static void arg_range(api_args *a, long *from, long *to)
{
	*from = arg_date(a, "from");
	*to = arg_date(a, "to");
	if (*from && *to && *from > *to)
		arg_bad(a, "to", "'to' is before 'from'");
}

/* ---------------------------------------------------------------- /api/summary */

static int summary(api_ctx *c)
{
	khaldun_store_stats s;
	if (khaldun_store_summary(c->store, &s))
		return API_STORE_FAILED;
	fprintf(c->out, "{\"schema\":%d,\"stories\":%ld,\"near_duplicates\":%ld,\"same_text\":%ld,"
		"\"sentences\":%ld,\"events\":%ld,\"mentions\":%ld,\"first\":", s.schema, s.stories,
		s.near_duplicates, s.same_text, s.sentences, s.events, s.mentions);
	api_date(c->out, s.first);
	fputs(",\"last\":", c->out);
	api_date(c->out, s.last);
	fputs("}\n", c->out);
	return 0;
}

/* ---------------------------------------------------------------- /api/dyads, /api/actors */

typedef struct {
	FILE *out;
	const char *prefix;   /* actors: keep keys starting with it */
	long left;            /* rows still to write */
	int n;
} rows_ctx;

static void count_fields(FILE *fp, const khaldun_count *c)
{
	fprintf(fp, ",\"events\":%ld,\"mentions\":%ld,\"goldstein\":%.4g}", c->events, c->mentions,
		c->goldstein);
}

static int dyad_row(void *vctx, const khaldun_count *c)
{
	rows_ctx *x = vctx;
	if (!c->key || !*c->key || !c->key2 || !*c->key2)
		return 0;   /* an actor without a country: no country dyad */
	fputs(x->n++ ? ",\n{\"source\":" : "\n{\"source\":", x->out);
	api_str(x->out, c->key);
	fputs(",\"target\":", x->out);
	api_str(x->out, c->key2);
	fprintf(x->out, ",\"events\":%ld,\"goldstein\":%.4g}", c->events, c->goldstein);
	return --x->left <= 0;
}

/* q: "AFG" (either side), or a dyad "AFG-PAK" ("AFG,PAK", "AFG PAK"); codes as prefixes. */
static void dyad_query(api_args *a, khaldun_filter *f, char *s1, char *s2, size_t cap)
{
	const char *q = arg_get(a, "q");
	s1[0] = s2[0] = 0;
	if (!q || !*q)
		return;
	size_t cut = strcspn(q, "-, >");
	char left[64];
	if (cut >= sizeof left || strlen(q) >= 2 * cap) {
		arg_bad(a, "q", "'q' is too long");
		return;
	}
	memcpy(left, q, cut);
	left[cut] = 0;
	const char *right = q[cut] ? q + cut + 1 : NULL;
	if ((cut && !code_ok(left, s1, cap)) || (right && *right && !code_ok(right, s2, cap))
	    || (!cut && !(right && *right))) {
		arg_bad(a, "q", "'q' must be an actor code or a dyad such as AFG-PAK");
		return;
	}
	if (right)
		f->source = s1[0] ? s1 : NULL, f->target = s2[0] ? s2 : NULL;
	else
		f->actor = s1;
}

static int dyads(api_ctx *c)
{
	static const char *const level_names[] = { "country", "actor", NULL };
	khaldun_filter f = { 0 };
	char s1[API_CODE], s2[API_CODE];
	dyad_query(&c->args, &f, s1, s2, sizeof s1);
	long limit = arg_long(&c->args, "limit", 1, 1000, 50);
	int level = arg_choice(&c->args, "level", level_names, 0);
	arg_range(&c->args, &f.from, &f.to);
	if (c->args.bad)
		return API_BAD_ARGS;
	rows_ctx x = { c->out, NULL, limit, 0 };
	fputs("{\"dyads\":[", c->out);
	/* country dyads from the store's daily summary (fast); actor dyads from the events */
	f.limit = level ? 0 : (size_t)limit;
	if (level ? khaldun_store_count(c->store, &f, KHALDUN_BY_DYAD, KHALDUN_PER_ALL, dyad_row,
					&x)
		  : khaldun_store_dyads(c->store, &f, dyad_row, &x))
		return API_STORE_FAILED;
	fputs("\n]}\n", c->out);
	return 0;
}

static int actor_row(void *vctx, const khaldun_count *c)
{
	rows_ctx *x = vctx;
	if (!c->key || !*c->key || (x->prefix && strncmp(c->key, x->prefix, strlen(x->prefix))))
		return 0;
	fputs(x->n++ ? ",\n{\"code\":" : "\n{\"code\":", x->out);
	api_str(x->out, c->key);
	count_fields(x->out, c);
	return --x->left <= 0;
}

static int actors(api_ctx *c)
{
	khaldun_filter f = { 0 };
	char q[API_CODE];
	arg_code(&c->args, "q", q, sizeof q);
	long limit = arg_long(&c->args, "limit", 1, 1000, 50);
	arg_range(&c->args, &f.from, &f.to);
	if (c->args.bad)
		return API_BAD_ARGS;
	f.actor = q[0] ? q : NULL;
	rows_ctx x = { c->out, f.actor, limit, 0 };
	fputs("{\"actors\":[", c->out);
	if (khaldun_store_count(c->store, &f, KHALDUN_BY_ACTOR, KHALDUN_PER_ALL, actor_row, &x))
		return API_STORE_FAILED;
	fputs("\n]}\n", c->out);
	return 0;
}

/* ---------------------------------------------------------------- routing */

static const char *const no_params[] = { NULL };
static const char *const dyad_params[] = { "q", "limit", "level", "from", "to", NULL };
static const char *const actor_params[] = { "q", "limit", "from", "to", NULL };
static const char *const event_params[] = { "source", "target", "both", "exact", "from", "to",
					    "code", "limit", "offset", "order", "total",
					    "country_of_event", "near", NULL };
static const char *const place_params[] = { "source", "target", "both", "exact", "from", "to",
					    "code", "limit", "country_of_event", "near", NULL };
static const char *const trend_params[] = { "source", "target", "both", "exact", "by", "from",
					    "to", NULL };
static const char *const alert_params[] = { "from", "to", "dyad", "baseline", "threshold",
					    "min_events", "limit", "evidence", NULL };

static const struct {
	const char *path;
	const char *const *params;
	int (*fn)(api_ctx *c);
} routes[] = {
	{ "/api/summary", no_params, summary },
	{ "/api/dyads", dyad_params, dyads },
	{ "/api/actors", actor_params, actors },
	{ "/api/events", event_params, api_events },
	{ "/api/places", place_params, api_places },
	{ "/api/trend", trend_params, api_trend },
	{ "/api/alerts", alert_params, api_alerts },
};

int api_answer(khaldun_store *st, const char *path, const serve_params *q, serve_reply *r)
{
	size_t i = 0, n = sizeof routes / sizeof routes[0];
	while (i < n && strcmp(routes[i].path, path))
		i++;
	if (i == n)
		return api_error(r, 404, "no such API endpoint", NULL);
	if (q->error)
		return api_error(r, 400, q->error, NULL);
	api_ctx c = { st, NULL, { q, 0, NULL, "" } };
	char *body = NULL;
	size_t len = 0;
	c.out = open_memstream(&body, &len);
	if (!c.out)
		return -1;
	arg_known(&c.args, routes[i].params);
	int rc = c.args.bad ? API_BAD_ARGS : routes[i].fn(&c);
	if (fclose(c.out)) {
		free(body);
		return -1;
	}
	if (rc == API_BAD_ARGS || rc == API_STORE_FAILED || rc == API_NOT_READY) {
		free(body);
		if (rc == API_BAD_ARGS)
			return api_error(r, 400, c.args.msg, c.args.param);
		if (rc == API_NOT_READY)
			return api_error(r, 501, "not available in this build", NULL);
		return api_error(r, 500, "the store could not answer (see the server's log)",
				 NULL);
	}
	r->status = 200;
	r->type = "application/json";
	r->body = body;
	r->len = len;
	return 0;
}
