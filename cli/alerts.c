/*
 * alerts.c - `khaldun alerts`: escalation alerts over the event database's country dyads
 * (khaldun_store_alerts; method in docs/early-warning.md), each with the events that drove
 * it, their sentences and dictionary evidence, as text (default) or JSON lines.
 * Exit status (common.h): 0 done (with or without alerts); 1 usage or fatal error.
 */
#include "khaldun.h"
#include "common.h"
#include "commands.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void alerts_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun alerts --db FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
		"[--dyad A-B]\n"
		"                      [--baseline DAYS] [--window DAYS] [--threshold SCORE]\n"
		"                      [--min-events N] [--min-ratio X] [--min-share X]\n"
		"                      [--evidence N] [--json]\n"
		"Escalations of country dyads (undirected: A-B covers A->B and B->A): severity-\n"
		"weighted conflict in a window (default 7 days) against the dyad's own trailing\n"
		"baseline (90 days), scaled by the store's news volume, scored as -log10 of its\n"
		"Poisson tail probability; raised at --threshold (5) with at least --min-events "
		"(5) conflict events,\n"
		"--min-ratio (1.5) times the expected and --min-share (0.2) "
		"of the dyad's events in\n"
		"conflict. Newest first; each with up to --evidence (20) driving events.\n");
}

static void json_str(const char *s)
{
	if (!s)
		fputs("null", stdout);
	else
		cli_put_json(stdout, s, strlen(s));
}

static void json_origin(const char *name, const khaldun_origin *o, int comma)
{
	printf("%s\"%s\":", comma ? "," : "", name);
	char *v = NULL;
	if (o->file && (v = malloc(strlen(o->file) + 24)))
		sprintf(v, "%s:%ld", o->file, o->line);
	json_str(v);
	free(v);
}

typedef struct {
	int json;
	int first;
} out_ctx;

static void iso(long d, char out[11])
{
	int y = (int)(d / 10000 % 10000), m = (int)(d / 100 % 100), dd = (int)(d % 100);
	snprintf(out, 11, "%04d-%02d-%02d", y < 0 ? 0 : y, m < 0 ? 0 : m, dd < 0 ? 0 : dd);
}

static int print_event(void *vctx, const khaldun_stored_event *e)
{
	out_ctx *o = vctx;
	char d[11];
	iso(e->event.date, d);
	if (!o->json) {
		printf("    %s  %s -> %s  %s", d, e->event.source ? e->event.source : "-",
		       e->event.target ? e->event.target : "-", e->event.code);
		if (e->has_goldstein)
			printf("  goldstein %.1f", e->goldstein);
		printf("  [%s%s%s]\n", e->dataset ? e->dataset : "", e->story ? " " : "",
		       e->story ? e->story : "");
		if (e->sentence_text)
			printf("        %s\n", e->sentence_text);
		if (e->event.pattern.file)
			printf("        evidence: pattern %s:%ld\n", e->event.pattern.file,
			       e->event.pattern.line);
		return 0;
	}
	printf("%s{\"id\":%lld,\"date\":\"%s\",\"source\":", o->first ? "" : ",", e->id, d);
	o->first = 0;
	json_str(e->event.source);
	fputs(",\"target\":", stdout);
	json_str(e->event.target);
	fputs(",\"code\":", stdout);
	json_str(e->event.code);
	printf(",\"quad\":%d,\"goldstein\":", e->quad);
	if (e->has_goldstein)
		printf("%.1f", e->goldstein);
	else
		fputs("null", stdout);
	fputs(",\"dataset\":", stdout);
	json_str(e->dataset);
	fputs(",\"story\":", stdout);
	json_str(e->story);
	fputs(",\"sentence_text\":", stdout);
	json_str(e->sentence_text);
	fputs(",\"evidence\":{", stdout);
	json_origin("pattern", &e->event.pattern, 0);
	json_origin("verb_entry", &e->event.verb, 1);
	json_origin("source_entry", &e->event.source_entry, 1);
	json_origin("target_entry", &e->event.target_entry, 1);
	fputs("}}", stdout);
	return 0;
}

typedef struct {
	khaldun_store *s;
	int json;
	size_t n;
} alert_ctx;

static int print_alert(void *vctx, const khaldun_alert *a)
{
	alert_ctx *x = vctx;
	char s[11], e[11], pk[11];
	iso(a->start, s);
	iso(a->peak, pk);
	if (a->end)
		iso(a->end, e);
	x->n++;
	if (x->json) {
		printf("{\"source\":\"%s\",\"target\":\"%s\",\"start\":\"%s\",\"end\":", a->source,
		       a->target, s);
		if (a->end)
			printf("\"%s\"", e);
		else
			fputs("null", stdout);
		printf(",\"open\":%s,\"peak\":\"%s\",\"score\":%.2f,\"baseline\":%.2f,"
		       "\"observed\":%.2f,\"conflict_events\":%ld,\"events\":[", a->end ? "false"
		       : "true", pk, a->score, a->baseline, a->observed, a->conflict_events);
	} else {
		printf("%s-%s  %s .. %s  score %.1f  observed %.1f  baseline %.1f  (peak %s, %ld "
		       "conflict events)\n", a->source, a->target, s, a->end ? e : "open", a->score,
		       a->observed, a->baseline, pk, a->conflict_events);
	}
	out_ctx o = { x->json, 1 };
	for (size_t i = 0; i < a->n_events; i++)
		if (khaldun_store_event_get(x->s, a->event_ids[i], print_event, &o) < 0)
			return 1;
	if (x->json)
		fputs("]}\n", stdout);
	return 0;
}

static int num_arg(const char *opt, const char *v, double lo, double hi, double *out)
{
	char *end;
	*out = strtod(v, &end);
	if (*v && !*end && *out >= lo && *out <= hi)
		return 0;
	fprintf(stderr, "%s: error: invalid %s '%s' (a number from %g to %g)\n", progname, opt, v,
		lo, hi);
	return -1;
}

/* Reads one option at argv[*i] into p; returns 0, or -1 after a message. */
static int alert_opt(int argc, char **argv, int *i, khaldun_alert_params *p, char *dyad)
{
	const char *a = argv[*i], *v = *i + 1 < argc ? argv[*i + 1] : NULL;
	double x;
	if (!v)
		return -1;
	++*i;
	if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
		long d = khaldun_parse_date(v, strlen(v));
		if (!d) {
			fprintf(stderr, "%s: error: invalid %s '%s' (expected YYYY-MM-DD)\n",
				progname, a, v);
			return -1;
		}
		*(a[2] == 'f' ? &p->from : &p->to) = d;
		return 0;
	}
	if (!strcmp(a, "--dyad")) {
		const char *dash = strchr(v, '-');
		if (!dash || dash == v || !dash[1] || strlen(v) > 15) {
			fprintf(stderr, "%s: error: --dyad '%s' (expected A-B, e.g. AFG-PAK)\n",
				progname, v);
			return -1;
		}
		strcpy(dyad, v);
		dyad[dash - v] = 0;
		p->dyad_source = dyad;
		p->dyad_target = dyad + (dash - v) + 1;
		return 0;
	}
	static const struct { const char *name; double lo, hi; } nums[] = {
		{ "--baseline", 7, 3660 }, { "--window", 1, 366 }, { "--threshold", 0.1, 1000 },
		{ "--min-events", 1, 1e9 }, { "--min-ratio", 0, 1000 }, { "--min-share", 0, 1 },
		{ "--evidence", 0, 10000 },
	};
	for (int k = 0; k < 7; k++)
		if (!strcmp(a, nums[k].name)) {
			if (num_arg(a, v, nums[k].lo, nums[k].hi, &x))
				return -1;
			switch (k) {
			case 0: p->baseline_days = (int)x; break;
			case 1: p->window_days = (int)x; break;
			case 2: p->threshold = x; break;
			case 3: p->min_events = (int)x; break;
			case 4: p->min_ratio = x; break;
			case 5: p->min_share = x; break;
			default: p->max_evidence = (size_t)x; break;
			}
			return 0;
		}
	--*i;
	alerts_usage(stderr);
	return -1;
}

int cmd_alerts(int argc, char **argv)
{
	const char *db = NULL;
	khaldun_alert_params p;
	khaldun_alert_params_default(&p);
	char dyad[16];
	int json = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(argv[i], "--json"))
			json = 1;
		else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			alerts_usage(stdout);
			return EXIT_OK;
		} else if (alert_opt(argc, argv, &i, &p, dyad))
			return EXIT_FATAL;
	}
	if (!db) {
		alerts_usage(stderr);
		return EXIT_FATAL;
	}
	if (p.from && p.to && p.from > p.to) {
		fprintf(stderr, "%s: error: --from is after --to\n", progname);
		return EXIT_FATAL;
	}
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	alert_ctx x = { s, json, 0 };
	int rc = khaldun_store_alerts(s, &p, print_alert, &x);
	khaldun_store_free(s);
	if (rc == KHALDUN_ERR_ARG)
		fprintf(stderr, "%s: error: invalid alert parameters\n", progname);
	if (!json && !rc)
		fprintf(stderr, "%s: %zu alerts\n", progname, x.n);
	return rc ? EXIT_FATAL : EXIT_OK;
}
