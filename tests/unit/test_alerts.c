/*
 * test_alerts.c - the escalation method (src/warn/detect.c) on generated daily series: a
 * quiet cooperative year then a month of conflict raises one episode starting in its first
 * week; a cooperative summit, a two-week gap with no news, a news flood that lifts every
 * dyad alike, and stationary Poisson noise raise none; a surge still going on at the last
 * day is open; the score grows with the surprise and shrinks with overdispersion.
 */
#include "check.h"
#include "warn/detect.h"
#include <math.h>
#include <stdlib.h>

#define N 500

static long events[N], conflict[N], volume[N];
static double severity[N], severity_sq[N];
static unsigned long long seed = 42;

static double unit(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (double)(seed >> 11) / 9007199254740992.0;
}

static long poisson(double lam)
{
	double l = exp(-lam), p = 1;
	long k = 0;
	while ((p *= unit()) > l)
		k++;
	return k;
}

static warn_params defaults(void)
{
	warn_params p = { 90, 7, 5.0, 1.5, 5, 0.2, 0 };
	return p;
}

/* A dyad with `coop` cooperative and `conf` conflict events a day (severity w each) in a
 * store of `vol` events a day. */
static void fill(double coop, double conf, double w, long vol)
{
	for (int d = 0; d < N; d++) {
		long c = poisson(conf), k = poisson(coop);
		conflict[d] = c;
		events[d] = c + k;
		severity[d] = c * w;
		severity_sq[d] = c * w * w;
		volume[d] = vol + poisson(vol * 0.05);
	}
}

static size_t detect(warn_episode *out, size_t cap)
{
	warn_params p = defaults();
	return warn_detect(&p, N, events, conflict, severity, severity_sq, volume, out, cap);
}

/* days 400-430: 2-8 conflict events a day, threats and strikes */
static void escalate(int from, int to)
{
	for (int d = from; d < to; d++) {
		long c = 2 + poisson(3);
		double w = 0;
		for (long i = 0; i < c; i++) {
			double s = unit() < 0.5 ? 7 : 10;
			w += s;
			severity_sq[d] += s * s;
		}
		conflict[d] += c;
		events[d] += c;
		severity[d] += w;
	}
}

static void quiet_year_then_escalation(void)
{
	fill(1.5, 0.02, 2, 1000);
	escalate(400, 431);
	warn_episode e[8];
	size_t n = detect(e, 8);
	CHECK_INT(n, 1);
	if (n >= 1) {
		CHECK(e[0].start >= 400 && e[0].start < 407);
		CHECK(e[0].end >= 425 && e[0].end <= 431);
		CHECK(e[0].score >= 5);
		CHECK(e[0].observed > 10 * e[0].expected);
		CHECK(e[0].conflict_events >= 60);
	}
}

static void open_at_the_end(void)
{
	fill(1.5, 0.02, 2, 1000);
	escalate(480, N);
	warn_episode e[4];
	size_t n = detect(e, 4);
	CHECK_INT(n, 1);
	if (n >= 1) {
		CHECK_INT(e[0].end, -1);
		CHECK(e[0].start >= 480 && e[0].start < 487);
	}
}

static void summit_is_not_escalation(void)
{
	fill(1.5, 0.05, 2, 1000);
	for (int d = 300; d < 305; d++) {   /* 40 cooperative events a day, one criticism */
		events[d] += 40;
		conflict[d] += 1;
		events[d] += 1;
		severity[d] += 2;
		severity_sq[d] += 4;
	}
	warn_episode e[4];
	CHECK_INT(detect(e, 4), 0);
}

static void gap_is_not_calm_nor_surge(void)
{
	fill(3, 1.0, 4, 1000);
	for (int d = 200; d < 214; d++)   /* no news at all */
		events[d] = conflict[d] = volume[d] = 0, severity[d] = severity_sq[d] = 0;
	warn_episode e[4];
	CHECK_INT(detect(e, 4), 0);
}

static void flood_is_not_war(void)
{
	fill(3, 1.0, 4, 1000);
	for (int d = 300; d < 314; d++) {   /* three times the news, conflict included */
		volume[d] *= 3;
		events[d] *= 3;
		conflict[d] *= 3;
		severity[d] *= 3;
		severity_sq[d] *= 3;
	}
	warn_episode e[4];
	CHECK_INT(detect(e, 4), 0);
}

static void noise_raises_nothing(void)
{
	long raised = 0;
	for (int k = 0; k < 20; k++) {
		fill(2 + k * 0.5, 0.2 + k * 0.3, 3, 800 + 50 * k);
		warn_episode e[4];
		raised += (long)detect(e, 4);
	}
	CHECK_INT(raised, 0);
}

static void score_shape(void)
{
	double e1, e2, e3;
	double a = warn_score(40, 10, 7000, 90, 30, 300, 90000, 0, &e1);
	double b = warn_score(80, 20, 7000, 90, 30, 300, 90000, 0, &e2);
	double c = warn_score(80, 20, 7000, 90, 30, 300, 90000, 1.0, &e3);
	CHECK(e1 > 6.9 && e1 < 7.2);   /* (90 + 0.5 * 3) / 90000 * 7000 */
	CHECK(b > a);
	CHECK(c < b);
	CHECK(warn_score(5, 2, 7000, 90, 30, 300, 90000, 0, &e1) == 0);   /* below expected */
	/* the same conflict in twice the news is expected twice as much, and less surprising */
	CHECK(warn_score(80, 20, 14000, 90, 30, 300, 90000, 0, &e3) < b);
	CHECK(fabs(e3 - 2 * e2) < 1e-9);
}

TEST_MAIN(T(quiet_year_then_escalation), T(open_at_the_end), T(summit_is_not_escalation),
	  T(gap_is_not_calm_nor_surge), T(flood_is_not_war), T(noise_raises_nothing),
	  T(score_shape))
