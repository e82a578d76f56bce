/*
 * detect.c - escalation episodes in one dyad's daily series (see detect.h and
 * docs/early-warning.md): severity-weighted conflict in a sliding window against the dyad's
 * own trailing baseline rate per unit of news volume, scored as a standardised surprise under
 * an overdispersed (negative-binomial-like) compound Poisson model; episodes open at the
 * threshold, keep their baseline frozen, close below half of it, and start on the surge's
 * first day. Invariant: O(n) per dyad plus O(baseline / window) per candidate day.
 */
#include "warn/detect.h"
#include <math.h>
#include <stdlib.h>

#define PRIOR_EVENTS 0.5   /* pseudo conflict events in every baseline: no zero rates */
#define DEFAULT_SEVERITY 3.0
#define MAX_PHI 4.0
#define DEFAULT_SPREAD 1.25   /* E[w^2] / E[w]^2 of conflict severities when unknown */

/* ln P(X >= k) for X ~ Poisson(lam), k > 0 real: the regularized lower incomplete gamma
 * P(k, lam), by its series below k + 1 and Lentz's continued fraction for 1 - P above. */
static double log_poisson_upper(double k, double lam)
{
	if (k <= 0)
		return 0;
	if (lam <= 0)
		return -INFINITY;
	if (lam < k + 1) {
		double ap = k, del = 1 / k, sum = del;
		for (int n = 0; n < 1000 && fabs(del) > fabs(sum) * 1e-15; n++) {
			ap += 1;
			del *= lam / ap;
			sum += del;
		}
		return log(sum) - lam + k * log(lam) - lgamma(k);
	}
	double b = lam + 1 - k, c = 1 / 1e-300, d = 1 / b, h = d;
	for (int i = 1; i < 1000; i++) {
		double an = -i * (i - k);
		b += 2;
		d = an * d + b;
		if (fabs(d) < 1e-300)
			d = 1e-300;
		c = b + an / c;
		if (fabs(c) < 1e-300)
			c = 1e-300;
		d = 1 / d;
		double del = d * c;
		h *= del;
		if (fabs(del - 1) < 1e-15)
			break;
	}
	double q = exp(-lam + k * log(lam) - lgamma(k)) * h;
	return log1p(q < 1 ? -q : -1 + 1e-16);
}

double warn_score(double x, double c, double v, double xb, double cb, double qb, double vb,
		  double phi, double *expected)
{
	/* mean severity of one conflict event: the baseline's, or pooled when it has few */
	double w = cb >= 3 ? xb / cb : (xb + x) > 0 && (cb + c) > 0 ? (xb + x) / (cb + c)
								      : DEFAULT_SEVERITY;
	double rate = (xb + PRIOR_EVENTS * w) / vb;
	double e = rate * v;
	*expected = e;
	if (x <= e)
		return 0;
	/* in event units: k observed against lam expected. Unequal weights (a compound Poisson:
	 * var = lam E[w^2] / w^2) and overdispersion (var = lam (1 + phi lam)) scale both down
	 * by the dispersion factor, as a quasi-Poisson model does */
	double spread = cb >= 3 && xb > 0 ? cb * qb / (xb * xb) : DEFAULT_SPREAD;
	if (spread < 1)
		spread = 1;
	double lam = e / w, k = x / w, disp = spread * (1 + phi * lam);
	return -log_poisson_upper(k / disp, lam / disp) / log(10.0);
}

typedef struct {
	double *ev, *c, *x, *q, *v, *vd;   /* prefix sums: events, conflict, severity, its
					    * squares, volume, days with news */
} prefix;

static double sum(const double *p, long a, long b)   /* days [a, b) */
{
	return a < b ? p[b] - p[a] : 0;
}

/* Method-of-moments overdispersion of the baseline [b0, b1) in window-sized blocks. */
static double overdispersion(const prefix *s, long b0, long b1, int W, double rate, double w)
{
	double num = 0, den = 0;
	for (long e = b1; e - W >= b0; e -= W) {
		double v = sum(s->v, e - W, e);
		if (v <= 0)
			continue;
		double ex = rate * v, d = sum(s->x, e - W, e) - ex;
		num += d * d - w * ex;
		den += ex * ex;
	}
	double phi = den > 0 ? num / den : 0;
	return phi < 0 ? 0 : phi > MAX_PHI ? MAX_PHI : phi;
}

typedef struct {
	double xb, cb, qb, vb, phi;   /* the frozen baseline */
	double rate;              /* its expected severity per unit of news volume */
	long start, peak, last_surge;
	double score, expected, observed;
} open_ep;

static double rate_of(const open_ep *o)
{
	return o->rate;
}

/* Day d is above its expected daily severity under the frozen baseline. */
static int surging(const prefix *s, const open_ep *o, long d)
{
	double x = sum(s->x, d, d + 1), v = sum(s->v, d, d + 1);
	return sum(s->c, d, d + 1) > 0 && x > rate_of(o) * v;
}

static int push(warn_episode *out, size_t cap, size_t *k, const prefix *s, const open_ep *o,
		long end, long n)
{
	if (*k < cap) {
		warn_episode *e = &out[*k];
		e->start = o->start;
		e->end = end;
		e->peak = o->peak;
		e->score = o->score;
		e->expected = o->expected;
		e->observed = o->observed;
		e->conflict_events = (long)sum(s->c, o->start, (end < 0 ? n - 1 : end) + 1);
	}
	(*k)++;
	return 0;
}

static int build(prefix *s, size_t n, const long *events, const long *conflict,
		 const double *severity, const double *severity_sq, const long *volume)
{
	double **p[] = { &s->ev, &s->c, &s->x, &s->q, &s->v, &s->vd };
	for (int i = 0; i < 6; i++)
		if (!(*p[i] = malloc((n + 1) * sizeof(double))))
			return -1;
	s->ev[0] = s->c[0] = s->x[0] = s->q[0] = s->v[0] = s->vd[0] = 0;
	for (size_t d = 0; d < n; d++) {
		s->ev[d + 1] = s->ev[d] + (double)events[d];
		s->c[d + 1] = s->c[d] + (double)conflict[d];
		s->x[d + 1] = s->x[d] + severity[d];
		s->q[d + 1] = s->q[d] + severity_sq[d];
		s->v[d + 1] = s->v[d] + (double)volume[d];
		s->vd[d + 1] = s->vd[d] + (volume[d] > 0);
	}
	return 0;
}

static void release(prefix *s)
{
	free(s->ev);
	free(s->c);
	free(s->x);
	free(s->q);
	free(s->v);
	free(s->vd);
}

/* Tries to open an episode on day t (window [o0, t], baseline [b0, o0)). Returns 1 when it
 * opened (*o filled), else 0. */
static int try_open(const warn_params *p, const prefix *s, long b0, long o0, long t, open_ep *o)
{
	long W = p->window_days;
	double c = sum(s->c, o0, t + 1);
	/* a thin dyad (little baseline history) needs a higher bar: its rate is barely known
	 * and there are many such dyads, so a few stray reports are not news */
	int thin = p->min_history > 0 && sum(s->ev, b0, o0) < p->min_history;
	double threshold = thin ? 1.5 * p->threshold : p->threshold;
	if (c < (thin ? 2 * p->min_events : p->min_events))
		return 0;
	double ev = sum(s->ev, o0, t + 1);
	if (ev > 0 && c / ev < p->min_share)
		return 0;   /* mostly cooperation: a summit, not an escalation */
	double x = sum(s->x, o0, t + 1), v = sum(s->v, o0, t + 1);
	double xb = sum(s->x, b0, o0), cb = sum(s->c, b0, o0), vb = sum(s->v, b0, o0);
	double qb = sum(s->q, b0, o0);
	double e, z = warn_score(x, c, v, xb, cb, qb, vb, 0, &e);
	if (z < threshold || x < p->min_ratio * e)
		return 0;
	double rate = e / v, w = cb >= 3 ? xb / cb : DEFAULT_SEVERITY;
	double phi = overdispersion(s, b0, o0, p->window_days, rate, w);
	z = warn_score(x, c, v, xb, cb, qb, vb, phi, &e);
	if (z < threshold)
		return 0;
	*o = (open_ep){ xb, cb, qb, vb, phi, rate, o0, t, t, z, e, x };
	/* the surge's first day: back from the last surging day of the window over surging days,
	 * across at most one quiet day at a time, at most a window before the window */
	long d = t;
	while (d > o0 && !surging(s, o, d))
		d--;
	o->start = d;
	for (long lo = o0 - W > 0 ? o0 - W : 0; d - 1 >= lo; d--)
		if (surging(s, o, d - 1))
			o->start = d - 1;
		else if (!(d - 2 >= lo && surging(s, o, d - 2)))
			break;
	return 1;
}

size_t warn_detect(const warn_params *p, size_t n, const long *events, const long *conflict,
		   const double *severity, const double *severity_sq, const long *volume,
		   warn_episode *out, size_t cap)
{
	prefix s = { 0 };
	if (build(&s, n, events, conflict, severity, severity_sq, volume)) {
		release(&s);
		return (size_t)-1;
	}
	long W = p->window_days > 0 ? p->window_days : 7;
	long B = p->baseline_days > 0 ? p->baseline_days : 90;
	size_t k = 0;
	int in = 0;
	open_ep o = { 0 };   /* set by try_open before use; zeroed for -O3's flow analysis */
	for (long t = W - 1; t < (long)n; t++) {
		long o0 = t - W + 1, b0 = o0 - B < 0 ? 0 : o0 - B;
		double v = sum(s.v, o0, t + 1);
		if (v <= 0)
			continue;   /* no news at all: nothing is known, nothing changes */
		if (!in) {
			if (o0 < B || sum(s.vd, b0, o0) * 3 < (double)B)
				continue;   /* no full baseline yet, or too little news in it */
			in = try_open(p, &s, b0, o0, t, &o);
			continue;
		}
		double e, x = sum(s.x, o0, t + 1), c = sum(s.c, o0, t + 1);
		double z = warn_score(x, c, v, o.xb, o.cb, o.qb, o.vb, o.phi, &e);
		if (surging(&s, &o, t))
			o.last_surge = t;
		if (z > o.score) {
			o.score = z;
			o.peak = t;
			o.expected = e;
			o.observed = x;
		}
		if (z < p->threshold / 2 || t - o.start >= B) {
			push(out, cap, &k, &s, &o, o.last_surge, (long)n);
			in = 0;
		}
	}
	if (in)
		push(out, cap, &k, &s, &o, -1, (long)n);
	release(&s);
	return k;
}
