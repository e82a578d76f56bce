/*
 * detect.h - the escalation method of `khaldun alerts`, pure arithmetic over one dyad's daily
 * series (no database here; src/warn/alerts.c feeds it from the store). Method and defaults:
 * docs/early-warning.md.
 * Invariant: an episode is raised only from days whose window holds news (volume > 0) and
 * whose baseline holds news on at least a third of its days and lies whole inside the series
 * (no alert before a full baseline: the start of a dataset is not a surge), so gaps in the
 * data are never read as calm, nor their end as a surge.
 */
#ifndef KH_DETECT_H
#define KH_DETECT_H
#include <stddef.h>

typedef struct {
	int baseline_days;    /* trailing baseline, before the window (default 90) */
	int window_days;      /* observation window (default 7) */
	double threshold;     /* score to raise an episode (default 4); it ends below half */
	double min_ratio;     /* observed / expected to raise (default 1.5) */
	int min_events;       /* conflict events in the window to raise (default 5) */
	double min_share;     /* conflict share of the dyad's events in the window (0.2) */
	int min_history;      /* events (any kind) in the baseline below which a dyad is thin:
			       * it needs twice min_events and 1.5 x the threshold (0: off) */
} warn_params;

typedef struct {
	long start, end;      /* day indexes into the series; end -1: still open at the last day */
	long peak;            /* day of the highest score */
	double score;         /* the highest score */
	double expected;      /* expected severity in the window at the peak (baseline) */
	double observed;      /* observed severity in the window at the peak */
	long conflict_events; /* conflict events from start to end (or the last day) */
} warn_episode;

/* One dyad's series over n days: its events per day (both directions), of which conflict
 * events (quad 3 and 4), their summed severity, and the store's news volume per day (events
 * of every dyad).
 * Writes up to cap episodes to out, in order; returns how many were found (may exceed cap:
 * then only the first cap are written), or (size_t)-1 when out of memory. */
size_t warn_detect(const warn_params *p, size_t n, const long *events, const long *conflict,
		   const double *severity, const double *severity_sq, const long *volume,
		   warn_episode *out, size_t cap);

/* The score of one window against its baseline (exposed for tests and the docs' worked
 * example): -log10 of the upper-tail probability of observed severity x (c conflict events)
 * over news volume v, given baseline severity xb (cb events, squares summing to qb) over
 * volume vb (> 0) and overdispersion phi. Fills *expected (severity). */
double warn_score(double x, double c, double v, double xb, double cb, double qb, double vb,
		  double phi, double *expected);
#endif
