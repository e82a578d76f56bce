/*
 * trend.c - /api/trend (a dyad's course per period: cooperation and conflict counts, Goldstein
 * sum and mean, news volume) and /api/alerts (escalation alerts, newest first, each with the
 * events that drove it). Above the store's early-warning queries (khaldun_store_trend,
 * khaldun_store_alerts, khaldun_store_event_get; the method is docs/early-warning.md).
 * Invariant: the store is asked only after every argument has been checked.
 */
#include "serve/api.h"
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const period_names[] = { "day", "week", "month", NULL };
static const enum khaldun_period periods[] = { KHALDUN_PER_DAY, KHALDUN_PER_WEEK,
					       KHALDUN_PER_MONTH };

/* The store's early-warning placeholders answer KHALDUN_ERR_ARG until implemented; every
 * argument has been checked by then, so that means "not available". */
static int store_status(int rc)
{
	if (rc == KHALDUN_ERR_ARG)
		return API_NOT_READY;
	return rc ? API_STORE_FAILED : 0;
}

typedef struct {
	FILE *out;
	int n;
} trend_ctx;

static int trend_row(void *vctx, const khaldun_trend_row *r)
{
	trend_ctx *x = vctx;
	FILE *fp = x->out;
	fputs(x->n++ ? ",\n{\"period\":" : "\n{\"period\":", fp);
	api_str(fp, r->period);
	fprintf(fp, ",\"events\":%ld,\"quad\":[%ld,%ld,%ld,%ld],\"cooperation\":%ld,"
		"\"conflict\":%ld,\"goldstein_sum\":%.4g,\"goldstein_mean\":", r->events,
		r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->quad[1] + r->quad[2],
		r->quad[3] + r->quad[4], r->goldstein_sum);
	if (r->has_goldstein)
		fprintf(fp, "%.4g", r->goldstein_mean);
	else
		fputs("null", fp);
	fprintf(fp, ",\"conflict_share\":%.4g,\"news_volume\":%ld}", r->conflict_share,
		r->news_volume);
	return 0;
}

int api_trend(api_ctx *c)
{
	api_args *a = &c->args;
	char src[API_CODE], tgt[API_CODE];
	arg_code(a, "source", src, sizeof src);
	arg_code(a, "target", tgt, sizeof tgt);
	khaldun_trend_query q = { 0 };
	q.both = arg_flag(a, "both");
	q.exact = arg_flag(a, "exact");
	int by = arg_choice(a, "by", period_names, 1);
	q.from = arg_date(a, "from");
	q.to = arg_date(a, "to");
	if (!src[0])
		arg_bad(a, "source", "'source' is required");
	if (!tgt[0])
		arg_bad(a, "target", "'target' is required");
	if (q.from && q.to && q.from > q.to)
		arg_bad(a, "to", "'to' is before 'from'");
	if (a->bad)
		return API_BAD_ARGS;
	q.source = src;
	q.target = tgt;
	q.by = periods[by];
	fputs("{\"source\":", c->out);
	api_str(c->out, src);
	fputs(",\"target\":", c->out);
	api_str(c->out, tgt);
	fprintf(c->out, ",\"both\":%d,\"exact\":%d,\"by\":\"%s\",\"rows\":[", q.both, q.exact,
		period_names[by]);
	trend_ctx x = { c->out, 0 };
	int st = khaldun_store_trend(c->store, &q, trend_row, &x);
	if (st == KHALDUN_ERR_LIMIT) {   /* the asker's range, not a store failure (was a 500) */
		arg_bad(a, "from", "the range from 'from' to 'to' is over 300 years");
		return API_BAD_ARGS;
	}
	int rc = store_status(st);
	if (rc)
		return rc;
	fputs("\n]}\n", c->out);
	return 0;
}

/* ---------------------------------------------------------------- alerts */

typedef struct {
	khaldun_store *store;
	FILE *out;
	int n;
	long left;
	size_t evidence;     /* driving events written per alert */
	int failed;
} alert_ctx;

static int evidence_event(void *vctx, const khaldun_stored_event *e)
{
	alert_ctx *x = vctx;
	api_event_json(x->out, e);
	return 0;
}

static int alert_row(void *vctx, const khaldun_alert *al)
{
	alert_ctx *x = vctx;
	FILE *fp = x->out;
	fputs(x->n++ ? ",\n{\"source\":" : "\n{\"source\":", fp);
	api_str(fp, al->source);
	fputs(",\"target\":", fp);
	api_str(fp, al->target);
	fputs(",\"start\":", fp);
	api_date(fp, al->start);
	fputs(",\"end\":", fp);
	api_date(fp, al->end);
	fputs(",\"peak\":", fp);
	api_date(fp, al->peak);
	fprintf(fp, ",\"score\":%.4g,\"baseline\":%.4g,\"observed\":%.4g,\"conflict_events\":%ld,"
		"\"event_ids\":[", al->score, al->baseline, al->observed, al->conflict_events);
	for (size_t i = 0; i < al->n_events; i++)
		fprintf(fp, "%s%lld", i ? "," : "", al->event_ids[i]);
	fputs("],\"events\":[", fp);
	size_t shown = 0;
	for (size_t i = 0; i < al->n_events && shown < x->evidence; i++) {
		long pos = ftell(fp);
		if (shown)
			fputc(',', fp);
		int rc = khaldun_store_event_get(x->store, al->event_ids[i], evidence_event, x);
		if (rc == KHALDUN_EOF) {   /* gone since: leave it out */
			fseek(fp, pos, SEEK_SET);
			continue;
		}
		if (rc)
			return x->failed = 1;
		shown++;
	}
	fputs("]}", fp);
	return --x->left <= 0;
}

static double arg_double(api_args *a, const char *name, double lo, double hi, double dflt)
{
	const char *v = arg_get(a, name);
	if (!v || !*v)
		return dflt;
	char *end;
	double x = strtod(v, &end);
	if (*end || !(isdigit((unsigned char)v[0]) || v[0] == '.') || !isfinite(x) || x < lo
	    || x > hi) {
		arg_bad(a, name, "'%s' must be a number from %g to %g", name, lo, hi);
		return dflt;
	}
	return x;
}

/* dyad=A-B (or A,B): two country codes. */
static void arg_dyad(api_args *a, char *s1, char *s2, size_t cap)
{
	const char *v = arg_get(a, "dyad");
	s1[0] = s2[0] = 0;
	if (!v || !*v)
		return;
	size_t cut = strcspn(v, "-,");
	size_t n2 = v[cut] ? strlen(v + cut + 1) : 0;
	int ok = cut > 0 && cut < cap && v[cut] && n2 > 0 && n2 < cap;
	for (size_t i = 0; ok && v[i]; i++)
		if (i != cut && !isalnum((unsigned char)v[i]))
			ok = 0;
	if (!ok) {
		arg_bad(a, "dyad", "'dyad' must be two actor codes such as AFG-PAK");
		return;
	}
	for (size_t i = 0; i < cut; i++)
		s1[i] = (char)toupper((unsigned char)v[i]);
	s1[cut] = 0;
	for (size_t i = 0; i < n2; i++)
		s2[i] = (char)toupper((unsigned char)v[cut + 1 + i]);
	s2[n2] = 0;
}

int api_alerts(api_ctx *c)
{
	api_args *a = &c->args;
	khaldun_alert_params p;
	khaldun_alert_params_default(&p);
	char s1[API_CODE], s2[API_CODE];
	arg_dyad(a, s1, s2, sizeof s1);
	p.from = arg_date(a, "from");
	p.to = arg_date(a, "to");
	p.baseline_days = (int)arg_long(a, "baseline", 7, 3660, p.baseline_days);
	p.threshold = arg_double(a, "threshold", 0, 1000, p.threshold);
	p.min_events = (int)arg_long(a, "min_events", 1, 1000000, p.min_events);
	long limit = arg_long(a, "limit", 1, 1000, 200);
	long evidence = arg_long(a, "evidence", 0, 100, 5);
	if (p.from && p.to && p.from > p.to)
		arg_bad(a, "to", "'to' is before 'from'");
	if (a->bad)
		return API_BAD_ARGS;
	if (s1[0]) {
		p.dyad_source = s1;
		p.dyad_target = s2;
	}
	alert_ctx x = { c->store, c->out, 0, limit, (size_t)evidence, 0 };
	fputs("{\"alerts\":[", c->out);
	int rc = store_status(khaldun_store_alerts(c->store, &p, alert_row, &x));
	if (rc || x.failed)
		return rc ? rc : API_STORE_FAILED;
	fputs("\n]}\n", c->out);
	return 0;
}
