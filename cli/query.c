/*
 * query.c - `khaldun query`: quick questions to a store: summary, counts by group and period,
 * top lists, a dyad's events with the sentences reporting them. Output is TSV (or text for
 * events). Exit status as in common.h. Groups of actors leave out `---`, bare agents (`~GOV`)
 * and codes without a country, region or IGO part unless --all-actors (the per-period --limit
 * is then applied here, after that choice); an unknown number prints as an empty field.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void query_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun query --db FILE [FILTERS] [--project P] summary\n"
		"       khaldun query --db FILE [FILTERS] counts [--by GROUP] [--per PERIOD]\n"
		"       khaldun query --db FILE [FILTERS] top "
		"actors|sources|targets|dyads|codes|roots|\n"
		"                                         plover|countries [--limit N]\n"
		"       khaldun query --db FILE [FILTERS] events\n"
		"\n"
		"summary  stories (and duplicates), sentences, events, mentions, date range, the\n"
		"         distinct dictionary versions stories were coded with, and how many were\n"
		"         coded with another version than the dictionaries of --project "
		"P (default:\n"
		"         the default dictionaries, when found): `khaldun recode` re-codes them\n"
		"counts   events per GROUP and PERIOD, as TSV: period, key(s), events, mentions,\n"
		"         mean goldstein. GROUP: dyad (default), source, target, actor, "
		"code, root,\n"
		"         plover, quad, countries, none. PERIOD: day, week (its Monday), month\n"
		"         (default), year, all. --limit N: the N largest groups of each period\n"
		"top      the largest groups over all dates (--limit, default 10), as TSV\n"
		"         Groups of actors (dyad, source, target, actor, countries) "
		"leave out '---',\n"
		"         bare agents (~GOV) and codes with no country, region or IGO part;\n"
		"         --all-actors keeps them. An unknown mean Goldstein prints empty.\n"
		"events   the selected events (e.g. --dyad AFG,PAK) "
		"with the sentences reporting them\n"
		"\n%s", filter_help);
}

typedef struct {
	int header;
	int two_keys;
	int with_period;
	int actors_only;     /* leave out rows whose key is not a located actor */
	size_t limit, shown; /* rows of the current period printed (limit 0: all) */
	char period[32];
} count_ctx;

/* 1 when an actor code names someone located: its first part is a country, a region, a
 * historical state, an IGO or another international body. `---`, bare agents (`~GOV`, `GOV`) and
 * empty codes are not. */
static int located_actor(const char *code)
{
	static const char *const kinds[] = { "country", "historical", "region", "international",
					     "organization" };
	khaldun_actor_part p[8];
	if (!code || !*code || code[0] == '~' || !strcmp(code, "---")
	    || !khaldun_actor_parts(code, p, 8) || !p[0].kind)
		return 0;
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		if (!strcmp(p[0].kind, kinds[k]))
			return 1;
	return 0;
}

/* 0 when the row is left out by the actor choice or the per-period limit, else 1. */
static int count_shown(count_ctx *x, const khaldun_count *c)
{
	if (!x->actors_only)
		return 1;
	if (!located_actor(c->key) || (x->two_keys && !located_actor(c->key2)))
		return 0;
	const char *per = c->period ? c->period : "";
	if (strcmp(per, x->period)) {
		snprintf(x->period, sizeof x->period, "%s", per);
		x->shown = 0;
	}
	return !x->limit || x->shown++ < x->limit;
}

static int print_count(void *vctx, const khaldun_count *c)
{
	count_ctx *x = vctx;
	if (!count_shown(x, c))
		return 0;
	if (!x->header) {
		x->header = 1;
		printf("%s%s%s\tevents\tmentions\tgoldstein\n", x->with_period ? "period\t" : "",
		       x->two_keys ? "source\ttarget" : "key", "");
	}
	if (x->with_period)
		printf("%s\t", c->period ? c->period : "");
	printf("%s", c->key ? c->key : "");
	if (x->two_keys)
		printf("\t%s", c->key2 ? c->key2 : "");
	printf("\t%ld\t%ld\t", c->events, c->mentions);
	if (c->has_goldstein)   /* unknown: empty, not 0.00 */
		printf("%.2f", c->goldstein);
	putchar('\n');
	return 0;
}

static int print_event(void *vctx, const khaldun_stored_event *e)
{
	size_t *n = vctx;
	char date[16];
	snprintf(date, sizeof date, "%04ld-%02ld-%02ld", e->event.date / 10000 % 10000,
		 e->event.date / 100 % 100, e->event.date % 100);
	printf("%s  %s -> %s  %s %s", date, e->event.source ? e->event.source : "-",
	       e->event.target ? e->event.target : "-", e->event.code, e->plover ? e->plover : "");
	if (e->has_goldstein)
		printf("  goldstein %.1f", e->goldstein);
	printf("  mentions %ld\n", e->mentions);
	const khaldun_location *l = &e->event.location;
	if (l->name) {   /* where it happened: "    at Khost, Khost, AFG (33.3395, 69.9204)" */
		printf("    at %s", cli_safe(l->name));
		if (l->admin1)
			printf(", %s", cli_safe(l->admin1));
		if (l->country)
			printf(", %s", cli_safe(l->country));
		if (!isnan(l->lat) && !isnan(l->lon))
			printf(" (%.10g, %.10g)", l->lat, l->lon);
		putchar('\n');
	}
	for (size_t i = 0; i < e->n_stories; i++)
		printf("    [%s%s%s] %s\n", e->stories[i] ? e->stories[i] : "",
		       e->urls[i] ? " " : "", e->urls[i] ? e->urls[i] : "",
		       e->sentences[i] ? e->sentences[i] : "");
	(*n)++;
	return 0;
}

/* `counts` and `top` (what) by the group gname: returns the exit status. */
static int query_counts(const char *db, const char *gname, const char *what, const char *per,
			int all_actors, khaldun_filter *f)
{
	static const struct {
		const char *name; enum khaldun_group g; int two, actors;
	} groups[] = {
		{ "dyad", KHALDUN_BY_DYAD, 1, 1 }, { "dyads", KHALDUN_BY_DYAD, 1, 1 },
		{ "source", KHALDUN_BY_SOURCE, 0, 1 }, { "sources", KHALDUN_BY_SOURCE, 0, 1 },
		{ "target", KHALDUN_BY_TARGET, 0, 1 }, { "targets", KHALDUN_BY_TARGET, 0, 1 },
		{ "actor", KHALDUN_BY_ACTOR, 0, 1 }, { "actors", KHALDUN_BY_ACTOR, 0, 1 },
		{ "code", KHALDUN_BY_CODE, 0, 0 }, { "codes", KHALDUN_BY_CODE, 0, 0 },
		{ "root", KHALDUN_BY_ROOT, 0, 0 }, { "roots", KHALDUN_BY_ROOT, 0, 0 },
		{ "plover", KHALDUN_BY_PLOVER, 0, 0 }, { "quad", KHALDUN_BY_QUAD, 0, 0 },
		{ "countries", KHALDUN_BY_COUNTRY_DYAD, 1, 1 }, { "none", KHALDUN_BY_NONE, 0, 0 },
	};
	static const char *const periods[] = { "all", "day", "week", "month", "year" };
	int gi = -1;
	for (size_t k = 0; gname && k < sizeof groups / sizeof groups[0]; k++)
		if (!strcmp(gname, groups[k].name))
			gi = (int)k;
	if (gi < 0) {
		fprintf(stderr, "%s: error: %s '%s' (dyads, actors, sources, targets, codes, "
			"roots, plover, quad, countries, none)\n", progname,
			gname ? "unknown group" : "top needs a group, e.g.",
			gname ? gname : "actors");
		return EXIT_FATAL;
	}
	int top = !strcmp(what, "top"), pi = top ? 0 : 3;
	if (per) {
		pi = -1;
		for (int k = 0; k < 5; k++)
			if (!strcmp(per, periods[k]))
				pi = k;
		if (pi < 0) {
			fprintf(stderr, "%s: error: unknown period '%s' (day, week, month, year, "
				"all)\n", progname, per);
			return EXIT_FATAL;
		}
	}
	if (top && !f->limit)
		f->limit = 10;
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	count_ctx x = { 0, groups[gi].two, pi != 0, groups[gi].actors && !all_actors, 0, 0, "" };
	if (x.actors_only) {   /* the limit counts the rows kept: applied in count_shown */
		x.limit = f->limit;
		f->limit = 0;
	}
	int status = EXIT_OK;
	if (khaldun_store_count(s, f, groups[gi].g, (enum khaldun_period)pi, print_count, &x)
	    || fflush(stdout))
		status = EXIT_FATAL;
	khaldun_store_free(s);
	return status;
}

static void silent(void *ctx, const khaldun_diag *d)
{
	(void)ctx;
	(void)d;
}

/* The summary's dictionary versions: distinct versions recorded, and with dictionaries (the
 * project named, else the default ones when they load) the stories coded with another
 * version, with a hint on stderr. Returns 0, or -1 when the project named fails to load. */
static int print_versions(khaldun_store *s, const char *project)
{
	khaldun_dict *d = NULL;
	char version[17] = "";
	if (project ? khaldun_dict_load(&d, project, print_diag, NULL) != KHALDUN_OK
	    : khaldun_dict_load(&d, default_project(), silent, NULL) != KHALDUN_OK)
		d = NULL;
	if (project && !d)
		return -1;
	if (d && khaldun_dict_version(d, version) != KHALDUN_OK)
		version[0] = 0;
	khaldun_dict_free(d);
	khaldun_version_stats v;
	if (khaldun_store_versions(s, version[0] ? version : NULL, &v) != KHALDUN_OK)
		return -1;
	printf("dict_versions\t%ld\n", v.versions);
	if (!version[0])
		return 0;
	printf("stories_other_dict_version\t%ld\n", v.other);
	if (v.other)
		fprintf(stderr, "%s: note: %ld stories coded with an older dictionary version; run "
			"khaldun recode\n", progname, v.other);
	return 0;
}

/* `summary` or `events`: returns the exit status. */
static int query_store(const char *db, const char *what, const khaldun_filter *f,
		       const char *project)
{
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	int status = EXIT_OK;
	if (!strcmp(what, "summary")) {
		khaldun_store_stats st;
		if (khaldun_store_summary(s, &st)) {
			status = EXIT_FATAL;
		} else {
			printf("schema\t%d\nstories\t%ld\nnear_duplicates\t%ld\nsame_text\t%ld\n"
			       "sentences\t%ld\nevents\t%ld\nmentions\t%ld\n", st.schema,
			       st.stories, st.near_duplicates, st.same_text, st.sentences,
			       st.events, st.mentions);
			if (st.first)
				printf("first\t%04ld-%02ld-%02ld\nlast\t%04ld-%02ld-%02ld\n",
				       st.first / 10000, st.first / 100 % 100, st.first % 100,
				       st.last / 10000, st.last / 100 % 100, st.last % 100);
			if (print_versions(s, project))
				status = EXIT_FATAL;
		}
	} else {
		size_t n = 0;
		if (khaldun_store_events(s, f, print_event, &n))
			status = EXIT_FATAL;
		fprintf(stderr, "%s: %zu events\n", progname, n);
	}
	if (fflush(stdout))
		status = EXIT_FATAL;
	khaldun_store_free(s);
	return status;
}

int cmd_query(int argc, char **argv)
{
	const char *db = NULL, *what = NULL, *arg = NULL, *by = NULL, *per = NULL;
	const char *project = NULL;
	khaldun_filter f;
	memset(&f, 0, sizeof f);
	char dyad[256];
	int all_actors = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = filter_opt(argc, argv, &i, FILTER_OPTS " --db --by --per --project", &f,
				   dyad, sizeof dyad);
		if (r < 0)
			return EXIT_FATAL;
		if (r)
			continue;
		if (!strcmp(a, "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(a, "--by") && i + 1 < argc)
			by = argv[++i];
		else if (!strcmp(a, "--per") && i + 1 < argc)
			per = argv[++i];
		else if (!strcmp(a, "--project") && i + 1 < argc)
			project = argv[++i];
		else if (!strcmp(a, "--all-actors"))
			all_actors = 1;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			query_usage(stdout);
			return EXIT_OK;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, query_usage);
			return EXIT_FATAL;
		} else if (!what)
			what = a;
		else if (!arg)
			arg = a;
		else {
			cli_bad_arg(a, query_usage);
			return EXIT_FATAL;
		}
	}
	if (!db || !what) {
		fprintf(stderr, "%s: error: query needs --db FILE and a question\n", progname);
		query_usage(stderr);
		return EXIT_FATAL;
	}
	if (strcmp(what, "summary") && strcmp(what, "counts") && strcmp(what, "top")
	    && strcmp(what, "events")) {
		fprintf(stderr, "%s: error: unknown question '%s' (summary, counts, "
			"top or events)\n", progname, what);
		return EXIT_FATAL;
	}
	if (!strcmp(what, "counts") || !strcmp(what, "top"))
		return query_counts(db, !strcmp(what, "top") ? arg : by ? by : "dyad", what, per,
				    all_actors, &f);
	return query_store(db, what, &f, project);
}
