/*
 * test_ewstore.c - the early-warning API as the dashboard uses it (khaldun.h): import from
 * memory into a temporary store, trend rows (zeros included), events by country dyad (one and
 * both ways), an event by id, alerts with their driving events, and bad arguments refused.
 */
#include "check.h"
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char path[64];

static khaldun_store *fresh(void)
{
	snprintf(path, sizeof path, "/tmp/khaldun-ewstore-%ld.db", (long)getpid());
	unlink(path);
	khaldun_store *s = NULL;
	CHECK(khaldun_store_open(&s, path, 0, NULL, NULL) == KHALDUN_OK);
	return s;
}

static void gone(khaldun_store *s)
{
	khaldun_store_free(s);
	char p[80];
	unlink(path);
	snprintf(p, sizeof p, "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", path);
	unlink(p);
}

/* n days (of 28-day months, no gaps within a month) of AFG-PAK events from 2025-01-01: one cooperative a day; from day `esc` on, six
 * conflict events a day; and one USA-RUS event a day for the news volume */
static void import_days(khaldun_store *s, int n, int esc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *w = open_memstream(&buf, &len);
	for (int d = 0; d < n; d++) {
		int y = 2025 + d / 336, m = d % 336 / 28 + 1, dd = d % 28 + 1;   /* 28-day months */
		fprintf(w, "{\"date\":\"%04d-%02d-%02d\",\"source\":\"AFGGOV\",\"target\":\"PAKGOV\","
			"\"code\":\"042\",\"story\":\"s%d\",\"sentence\":0,\"sentence_text\":\"Talks "
			"%d.\"}\n", y, m, dd, d, d);
		fprintf(w, "{\"date\":\"%04d-%02d-%02d\",\"source\":\"USA\",\"target\":\"RUS\","
			"\"code\":\"040\",\"story\":\"u%d\"}\n", y, m, dd, d);
		for (int k = 0; d >= esc && k < 6; k++)
			fprintf(w, "{\"date\":\"%04d-%02d-%02d\",\"source\":\"%s\",\"target\":\"%s\","
				"\"code\":\"%s\",\"story\":\"e%d\",\"sentence\":%d,\"sentence_text\":"
				"\"Strike %d.\"}\n", y, m, dd, k % 2 ? "PAKMIL" : "AFGMIL",
				k % 2 ? "AFG" : "PAK", k % 3 ? "190" : "138", d, k, k);
	}
	fclose(w);
	FILE *r = fmemopen(buf, len, "r");
	khaldun_import_result res;
	CHECK(khaldun_store_import(s, r, "mem", KHALDUN_IMPORT_EVENTS, NULL, &res) == KHALDUN_OK);
	CHECK_INT(res.bad, 0);
	CHECK_INT(res.imported, (size_t)(2 * n + 6 * (n > esc ? n - esc : 0)));
	fclose(r);
	free(buf);
}

static int count_rows(void *ctx, const khaldun_trend_row *r)
{
	long *n = ctx;
	n[0]++;
	n[1] += r->events;
	n[2] += r->events == 0;
	n[3] += r->quad[3] + r->quad[4];
	return 0;
}

static void trend(void)
{
	khaldun_store *s = fresh();
	import_days(s, 200, 1000);
	long n[4] = { 0 };
	khaldun_trend_query q = { "AFG", "PAK", 1, 0, KHALDUN_PER_DAY, 20241225, 20250105 };
	CHECK(khaldun_store_trend(s, &q, count_rows, n) == KHALDUN_OK);
	CHECK_INT(n[0], 12);   /* 7 empty days before the first event, 5 with one each */
	CHECK_INT(n[1], 5);
	CHECK_INT(n[2], 7);
	q.source = "AF";
	CHECK(khaldun_store_trend(s, &q, count_rows, n) == KHALDUN_ERR_ARG);
	gone(s);
}

static int count_event(void *ctx, const khaldun_stored_event *e)
{
	long *n = ctx;
	n[0]++;
	n[1] += e->sentence_text != NULL;
	return 0;
}

static void events_by_country(void)
{
	khaldun_store *s = fresh();
	import_days(s, 60, 30);
	khaldun_filter f = { 0 };
	f.source_country = "PAK";
	f.target_country = "AFG";
	long n[2] = { 0 };
	CHECK(khaldun_store_events(s, &f, count_event, n) == KHALDUN_OK);
	CHECK_INT(n[0], 30 * 3);   /* PAKMIL -> AFG, three a day for 30 days */
	f.both_ways = 1;
	n[0] = n[1] = 0;
	CHECK(khaldun_store_events(s, &f, count_event, n) == KHALDUN_OK);
	CHECK_INT(n[0], 60 + 30 * 6);
	CHECK_INT(n[1], 60 + 30 * 6);   /* every one with its sentence */
	n[0] = 0;
	CHECK(khaldun_store_event_get(s, 1, count_event, n) == KHALDUN_OK);
	CHECK_INT(n[0], 1);
	CHECK(khaldun_store_event_get(s, 999999, count_event, n) == KHALDUN_EOF);
	gone(s);
}

static int keep_alert(void *ctx, const khaldun_alert *a)
{
	khaldun_alert *out = ctx;
	if (!out->source) {
		*out = *a;
		out->event_ids = NULL;
		out->source = "x";   /* copied: the alert's strings are borrowed */
		CHECK_STR(a->source, "AFG");
		CHECK_STR(a->target, "PAK");
		CHECK(a->n_events == 20);
	}
	return 0;
}

static void alerts(void)
{
	khaldun_store *s = fresh();
	import_days(s, 200, 150);
	khaldun_alert_params p;
	khaldun_alert_params_default(&p);
	khaldun_alert a = { 0 };
	CHECK(khaldun_store_alerts(s, &p, keep_alert, &a) == KHALDUN_OK);
	CHECK(a.source != NULL);
	CHECK(a.start >= 20250611 && a.start <= 20250617);   /* day 150 is 2025-06-11 */
	CHECK_INT(a.end, 0);   /* still going at the last day: open */
	CHECK(a.score >= p.threshold);
	p.baseline_days = 2;
	CHECK(khaldun_store_alerts(s, &p, keep_alert, &a) == KHALDUN_ERR_ARG);
	gone(s);
}

TEST_MAIN(T(trend), T(events_by_country), T(alerts))
