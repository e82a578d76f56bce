/*
 * alerts.c - khaldun_store_alerts: the store's daily country-dyad series (store/series.h),
 * grouped into undirected dyads, through the escalation method (detect.c); each episode that
 * touches [from, to] becomes an alert with the events that drove it. No SQL here.
 * Invariant: every dyad is measured against the same daily news volume (all events in the
 * store that day), and the series start 2 baselines + 1 window before `from`, so an alert
 * near `from` has the same baseline it would have in a run over all time.
 */
#include "warn/detect.h"
#include "base/buf.h"
#include "base/date.h"
#include "cameo/actor.h"
#include "store/series.h"
#include <stdlib.h>
#include <string.h>

/* baseline events (any kind, both directions) below which a dyad is thin and needs a higher
 * bar (docs/early-warning.md): one event every three days of a 90-day baseline */
#define WARN_MIN_HISTORY 30

void khaldun_alert_params_default(khaldun_alert_params *p)
{
	if (!p)
		return;
	memset(p, 0, sizeof *p);
	p->baseline_days = 90;
	p->window_days = 7;
	p->threshold = 5.0;
	p->min_events = 5;
	p->max_evidence = 20;
	p->min_ratio = 1.5;
	p->min_share = 0.2;
}

typedef struct {
	int pair;        /* index into the pair table */
	int day;         /* day index into the series */
	long events, conflict;
	double severity, severity_sq;
} drow;

typedef struct {
	char a[4], b[4];          /* a < b */
	long conflict;            /* over the whole span */
	size_t first, count;      /* its rows, after grouping */
} pair;

typedef struct {
	long day0, n;             /* series day numbers: day0 .. day0 + n - 1 */
	drow *rows;
	size_t nrows, caprows;
	pair *pairs;
	size_t npairs, cappairs;
	int *slot;                /* hash of packed pair -> pair index + 1 */
	unsigned long long *key;
	size_t capslot;
	long *volume;
	int failed;
	char last_src[4], last_tgt[4];   /* the rows come grouped by dyad: the last one's pair */
	int last_pair;                   /* its index, -2 (left out) or -3 (none yet) */
	int regions;                     /* CAMEO regions kept as sides (a dyad was asked for) */
} collect;

static unsigned long long pack(const char *a, const char *b)
{
	unsigned long long k = 0;
	for (int i = 0; i < 3; i++)
		k = k << 8 | (unsigned char)(a[i] ? a[i] : 0);
	for (int i = 0; i < 3; i++)
		k = k << 8 | (unsigned char)(b[i] ? b[i] : 0);
	return k;
}

static int grow_slots(collect *c)
{
	size_t cap = c->capslot ? 2 * c->capslot : 1024;
	int *slot = calloc(cap, sizeof *slot);
	unsigned long long *key = calloc(cap, sizeof *key);
	if (!slot || !key) {
		free(slot);
		free(key);
		return -1;
	}
	for (size_t i = 0; i < c->capslot; i++)
		if (c->slot[i]) {
			size_t h = (size_t)(c->key[i] * 0x9E3779B97F4A7C15ULL >> 20) & (cap - 1);
			while (slot[h])
				h = (h + 1) & (cap - 1);
			slot[h] = c->slot[i];
			key[h] = c->key[i];
		}
	free(c->slot);
	free(c->key);
	c->slot = slot;
	c->key = key;
	c->capslot = cap;
	return 0;
}

/* The index of the undirected pair {src, tgt}, added when new; -1 when out of memory. */
static int pair_of(collect *c, const char *src, const char *tgt)
{
	const char *a = strcmp(src, tgt) <= 0 ? src : tgt, *b = a == src ? tgt : src;
	if (strlen(a) > 3 || strlen(b) > 3)
		return -2;   /* not a country code: left out */
	/* a region (GDELT's EUR, AFR, WST for "European", "African" actors) is no country whose
	 * relations break: its events count in the volume only, unless its dyad was asked for */
	if (!c->regions && (actor_is_region(a) || actor_is_region(b)))
		return -2;
	unsigned long long k = pack(a, b);
	if (2 * (c->npairs + 1) > c->capslot && grow_slots(c))
		return -1;
	size_t h = (size_t)(k * 0x9E3779B97F4A7C15ULL >> 20) & (c->capslot - 1);
	while (c->slot[h]) {
		if (c->key[h] == k)
			return c->slot[h] - 1;
		h = (h + 1) & (c->capslot - 1);
	}
	if (buf_grow_array(&c->pairs, &c->cappairs, c->npairs, sizeof *c->pairs, 256))
		return -1;
	pair *p = &c->pairs[c->npairs];
	memset(p, 0, sizeof *p);
	memcpy(p->a, a, strlen(a) + 1);
	memcpy(p->b, b, strlen(b) + 1);
	c->slot[h] = (int)++c->npairs;
	c->key[h] = k;
	return (int)c->npairs - 1;
}

static int on_row(void *ctx, const char *src, const char *tgt, long day, long events,
		  long conflict, double severity, double severity_sq)
{
	collect *c = ctx;
	src = src ? src : "";
	tgt = tgt ? tgt : "";
	size_t ns = strlen(src), nt = strlen(tgt);
	int p;
	if (c->last_pair != -3 && !strcmp(src, c->last_src) && !strcmp(tgt, c->last_tgt)) {
		p = c->last_pair;
	} else {
		p = pair_of(c, src, tgt);
		if (p == -1) {
			c->failed = 1;
			return 1;
		}
		c->last_pair = ns > 3 || nt > 3 ? -3 : p;   /* only country codes are kept */
		if (c->last_pair != -3) {
			memcpy(c->last_src, src, ns + 1);
			memcpy(c->last_tgt, tgt, nt + 1);
		}
	}
	if (p == -2)
		return 0;
	long k = date_day_number(day) - c->day0;
	if (p < 0 || k < 0 || k >= c->n) {
		c->failed |= p < 0;
		return p < 0;
	}
	if (buf_grow_array(&c->rows, &c->caprows, c->nrows, sizeof *c->rows, 65536)) {
		c->failed = 1;
		return 1;
	}
	c->rows[c->nrows++] = (drow){ p, (int)k, events, conflict, severity, severity_sq };
	c->pairs[p].conflict += conflict;
	return 0;
}

static int on_volume(void *ctx, long day, long events)
{
	collect *c = ctx;
	long k = date_day_number(day) - c->day0;
	if (k >= 0 && k < c->n)
		c->volume[k] += events;
	return 0;
}

/* Groups the rows by pair (a counting sort): pair i's rows are rows[first .. first+count). */
static int group_rows(collect *c)
{
	drow *sorted = malloc((c->nrows ? c->nrows : 1) * sizeof *sorted);
	if (!sorted)
		return -1;
	for (size_t i = 0; i < c->nrows; i++)
		c->pairs[c->rows[i].pair].count++;
	size_t at = 0;
	for (size_t p = 0; p < c->npairs; p++) {
		c->pairs[p].first = at;
		at += c->pairs[p].count;
		c->pairs[p].count = 0;
	}
	for (size_t i = 0; i < c->nrows; i++) {
		pair *p = &c->pairs[c->rows[i].pair];
		sorted[p->first + p->count++] = c->rows[i];
	}
	free(c->rows);
	c->rows = sorted;
	return 0;
}

typedef struct {
	char a[4], b[4];
	long start, end, peak;
	double score, expected, observed;
	long conflict_events;
} found;

typedef struct {
	found *v;
	size_t n, cap;
} found_list;

static int newest_first(const void *x, const void *y)
{
	const found *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? 1 : -1;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	int k = strcmp(a->a, b->a);
	return k ? k : strcmp(a->b, b->b);
}

/* Runs the method on every pair with enough conflict; keeps episodes touching [from, to]. */
static int detect_all(collect *c, const warn_params *wp, long from, long to, found_list *out)
{
	size_t n = (size_t)c->n, cap = 256;
	long *ev = calloc(n, sizeof *ev), *cf = calloc(n, sizeof *cf);
	double *sv = calloc(n, sizeof *sv), *sq = calloc(n, sizeof *sq);
	warn_episode *eps = malloc(cap * sizeof *eps);
	int rc = ev && cf && sv && sq && eps ? 0 : -1;
	for (size_t p = 0; !rc && p < c->npairs; p++) {
		pair *pr = &c->pairs[p];
		if (pr->conflict < wp->min_events)
			continue;
		const drow *r = c->rows + pr->first;
		for (size_t i = 0; i < pr->count; i++) {
			ev[r[i].day] += r[i].events;
			cf[r[i].day] += r[i].conflict;
			sv[r[i].day] += r[i].severity;
			sq[r[i].day] += r[i].severity_sq;
		}
		size_t k = warn_detect(wp, n, ev, cf, sv, sq, c->volume, eps, cap);
		if (k == (size_t)-1)
			rc = -1;
		for (size_t i = 0; !rc && i < k && i < cap; i++) {
			long s = date_from_day_number(c->day0 + eps[i].start);
			long e = eps[i].end < 0 ? 0 : date_from_day_number(c->day0 + eps[i].end);
			if (s > to || (e && e < from))
				continue;
			if (buf_grow_array(&out->v, &out->cap, out->n, sizeof *out->v, 64)) {
				rc = -1;
				break;
			}
			found *f = &out->v[out->n++];
			*f = (found){ .start = s, .end = e,
				      .peak = date_from_day_number(c->day0 + eps[i].peak),
				      .score = eps[i].score, .expected = eps[i].expected,
				      .observed = eps[i].observed,
				      .conflict_events = eps[i].conflict_events };
			memcpy(f->a, pr->a, 4);
			memcpy(f->b, pr->b, 4);
		}
		for (size_t i = 0; i < pr->count; i++) {
			ev[r[i].day] = cf[r[i].day] = 0;
			sv[r[i].day] = sq[r[i].day] = 0;
		}
	}
	free(ev);
	free(cf);
	free(sv);
	free(sq);
	free(eps);
	return rc;
}

static void collect_free(collect *c)
{
	free(c->rows);
	free(c->pairs);
	free(c->slot);
	free(c->key);
	free(c->volume);
}

/* Hands each alert, with its driving events, to fn. */
static int report(khaldun_store *s, const khaldun_alert_params *p, found_list *fl, long last,
		  int (*fn)(void *ctx, const khaldun_alert *a), void *ctx)
{
	if (fl->n)   /* fl->v is NULL when nothing was found: qsort must not see it */
		qsort(fl->v, fl->n, sizeof *fl->v, newest_first);
	long long *ids = malloc((p->max_evidence ? p->max_evidence : 1) * sizeof *ids);
	if (!ids)
		return KHALDUN_ERR_NOMEM;
	int rc = KHALDUN_OK;
	for (size_t i = 0; i < fl->n; i++) {
		found *f = &fl->v[i];
		size_t nids = 0;
		if (p->max_evidence)
			rc = series_conflict_events(s, f->a, f->b, f->start, f->end ? f->end : last,
						    p->max_evidence, ids, &nids);
		if (rc)
			break;
		khaldun_alert a = { f->a, f->b, f->start, f->end, f->peak, f->score, f->expected,
				    f->observed, f->conflict_events, nids, ids };
		if (fn(ctx, &a))
			break;
	}
	free(ids);
	return rc;
}

int khaldun_store_alerts(khaldun_store *s, const khaldun_alert_params *p,
			 int (*fn)(void *ctx, const khaldun_alert *a), void *ctx)
{
	khaldun_alert_params def;
	if (!p) {
		khaldun_alert_params_default(&def);
		p = &def;
	}
	if (!s || !fn || p->baseline_days < 7 || p->baseline_days > 3660 || p->window_days < 1
	    || p->window_days > 366 || p->threshold <= 0 || p->min_events < 1
	    || (!p->dyad_source != !p->dyad_target) || (p->from && p->to && p->from > p->to))
		return KHALDUN_ERR_ARG;
	long first, last;
	int rc = series_span(s, &first, &last);
	if (rc || !first)
		return rc;
	long to = p->to && p->to < last ? p->to : last, from = p->from ? p->from : first;
	if (from > to)
		return KHALDUN_OK;
	long f0 = date_day_number(from) - 2L * p->baseline_days - p->window_days;
	if (f0 < date_day_number(first))
		f0 = date_day_number(first);
	collect c;
	memset(&c, 0, sizeof c);
	c.last_pair = -3;
	c.regions = p->dyad_source != NULL;
	c.day0 = f0;
	c.n = date_day_number(to) - f0 + 1;
	c.volume = calloc((size_t)c.n, sizeof *c.volume);
	found_list fl = { NULL, 0, 0 };
	warn_params wp = { p->baseline_days, p->window_days, p->threshold,
			   p->min_ratio >= 0 ? p->min_ratio : 1.5, p->min_events,
			   p->min_share >= 0 ? p->min_share : 0.2, WARN_MIN_HISTORY };
	rc = c.volume ? KHALDUN_OK : KHALDUN_ERR_NOMEM;
	if (!rc)
		rc = series_volume_days(s, date_from_day_number(f0), to, on_volume, &c);
	if (!rc)
		rc = series_dyad_days(s, date_from_day_number(f0), to, p->dyad_source,
				      p->dyad_target, on_row, &c);
	if (!rc && c.failed)
		rc = KHALDUN_ERR_NOMEM;
	if (!rc && (group_rows(&c) || detect_all(&c, &wp, from, to, &fl)))
		rc = KHALDUN_ERR_NOMEM;
	if (!rc)
		rc = report(s, p, &fl, to, fn, ctx);
	free(fl.v);
	collect_free(&c);
	return rc;
}
