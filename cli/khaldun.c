/*
 * khaldun.c - the khaldun command: `code` turns stories into events, `validate` runs a TABARI
 * validation project; `ingest`, `export` and `query` (the event database) are in cli/store.c.
 * Uses only the public header (include/khaldun.h).
 *
 * Exit status: 0 all input coded; 1 usage or fatal error (nothing coded);
 * 2 done, but some input was skipped or some dictionary lines had errors (see stderr);
 * 3 validate: some records failed.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cmd_dict(int argc, char **argv);   /* cli/dictcmd.c */

static void usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun code [--project FILE|DIR] [--date YYYY-MM-DD]\n"
		"                    [--format jsonl|text|tabari|file|rss|atom|html]\n"
		"                    [--cameo DIR] [FILE...]\n"
		"       khaldun validate PROJECT_FILE\n"
		"       khaldun ingest --db FILE [--project FILE|DIR] [--format auto|...] [INPUT...]\n"
		"       khaldun export --db FILE [--format jsonl|csv|tsv|plover] [FILTERS]\n"
		"       khaldun query --db FILE [FILTERS] summary|counts|top|events\n"
		"       khaldun import --db FILE [--format events|icews|gdelt] [FILE...]\n"
		"       khaldun trend --db FILE --source A --target B [--by day|week|month]\n"
		"       khaldun alerts --db FILE [--from D] [--to D] [--dyad A-B] [--json]\n"
		"       khaldun serve --db FILE [--port N] [--host ADDR] [--web DIR]\n"
		"       khaldun dict check [--cameo DIR] [PROJECT|DIR]\n"
		"       khaldun version\n"
		"\n"
		"code      codes stories (JSON lines by default; - or no FILE reads standard input) and\n"
		"          writes one JSON event per line on standard output\n"
		"validate  runs a TABARI validation project and ends with \"N passed, N failed\"\n"
		"ingest    codes stories (JSON lines, text files, RSS/Atom feeds, HTML pages, folders)\n"
		"          into an SQLite event database, without duplicates\n"
		"export    writes stored events; query answers counts, top lists, a dyad's events\n"
		"          (khaldun COMMAND --help for each)\n"
		"serve     serves the database read-only: dashboard and JSON API over HTTP\n"
		"\n"
		"exit status: 0 all coded; 1 usage or fatal error; 2 some input skipped or dictionary\n"
		"errors (reported on stderr); 3 validation records failed\n");
}

/* ---------------------------------------------------------------- code */

typedef struct {
	khaldun_coder *coder;
	const khaldun_cameo *cameo;
	const khaldun_story *story;
	long date;
	size_t index;
	size_t events;
	int io_error;
} code_ctx;

static void code_one(void *vctx, const char *s, size_t n)
{
	code_ctx *cx = vctx;
	const khaldun_result *res;
	size_t idx = cx->index++;
	if (khaldun_code_sentence(cx->coder, s, n, cx->date, cx->story->id, &res) != KHALDUN_OK)
		return;
	for (size_t i = 0; i < res->n_events; i++) {
		if (khaldun_event_write_json(stdout, cx->story, idx, s, n, &res->events[i], cx->cameo))
			cx->io_error = 1;
		cx->events++;
	}
}

static int cmd_code(int argc, char **argv)
{
	const char *project = NULL, *date = NULL, *cameo_dir = NULL;
	enum khaldun_format fmt = KHALDUN_FMT_JSONL;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--project") && i + 1 < argc)
			project = argv[++i];
		else if (!strcmp(a, "--date") && i + 1 < argc)
			date = argv[++i];
		else if (!strcmp(a, "--cameo") && i + 1 < argc)
			cameo_dir = argv[++i];
		else if (!strcmp(a, "--format") && i + 1 < argc) {
			int f;
			if (cli_format(argv[++i], 0, &f))
				return EXIT_FATAL;
			fmt = (enum khaldun_format)f;
		} else if (!strcmp(a, "--"))
			{ i++; break; }
		else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "%s: error: unknown option '%s'\n", progname, a);
			usage(stderr);
			return EXIT_FATAL;
		} else
			break;
	}
	if (date && !khaldun_parse_date(date, strlen(date))) {
		fprintf(stderr, "%s: error: invalid --date '%s' (expected YYYY-MM-DD)\n", progname, date);
		return EXIT_FATAL;
	}
	if (!project)
		project = default_project();
	khaldun_dict *d;
	if (khaldun_dict_load(&d, project, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	int status = khaldun_dict_errors(d) ? EXIT_SKIPPED : EXIT_OK;
	khaldun_cameo *cameo = NULL;
	if (!cameo_dir)
		cameo_dir = default_cameo();
	if (cameo_dir) {
		if (khaldun_cameo_load(&cameo, cameo_dir, print_diag, NULL) != KHALDUN_OK)
			cameo = NULL;
	} else {
		fprintf(stderr, "%s: warning: CAMEO tables not found (use --cameo DIR or "
				"KHALDUN_CAMEO): goldstein and plover will be null\n", progname);
	}
	khaldun_coder *coder = khaldun_coder_new(d);
	if (!coder) {
		khaldun_dict_free(d);
		return EXIT_FATAL;
	}
	size_t stories = 0, events = 0, sentences = 0;
	int nfiles = argc - i;
	for (int f = 0; f < (nfiles ? nfiles : 1); f++) {
		const char *name = nfiles ? argv[i + f] : "-";
		FILE *fp = strcmp(name, "-") ? fopen(name, "rb") : stdin;
		if (!fp) {
			fprintf(stderr, "%s: error: %s: cannot open\n", progname, name);
			status = EXIT_SKIPPED;
			continue;
		}
		khaldun_reader *r = khaldun_reader_new(fp, strcmp(name, "-") ? name : "<stdin>", fmt,
						       date, print_diag, NULL);
		if (!r) {
			if (fp != stdin)
				fclose(fp);
			status = EXIT_FATAL;
			break;
		}
		khaldun_story st;
		int rc;
		while ((rc = khaldun_reader_next(r, &st)) == KHALDUN_OK) {
			code_ctx cx = { coder, cameo, &st, 0, 0, 0, 0 };
			if (fmt == KHALDUN_FMT_TABARI)
				cx.date = khaldun_coder_record_date(coder, st.date ? st.date : "");
			else
				cx.date = st.date ? khaldun_parse_date(st.date, strlen(st.date)) : 0;
			if (!cx.date) {
				fprintf(stderr, "%s: error: %s:%ld: story \"%s\": invalid date, skipped\n",
					progname, st.file ? st.file : name, st.line, st.id ? st.id : "");
				status = EXIT_SKIPPED;
				continue;
			}
			stories++;
			if (st.one_sentence)
				code_one(&cx, st.text, st.text_len);
			else
				khaldun_split_sentences(st.text, st.text_len, code_one, &cx);
			sentences += cx.index;
			events += cx.events;
			if (cx.io_error) {
				fprintf(stderr, "%s: error: writing events failed\n", progname);
				status = EXIT_FATAL;
				break;
			}
		}
		if (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK))
			if (status == EXIT_OK)
				status = EXIT_SKIPPED;
		khaldun_reader_free(r);
		if (fp != stdin)
			fclose(fp);
	}
	if (fflush(stdout))
		status = EXIT_FATAL;
	fprintf(stderr, "%s: %zu stories, %zu sentences, %zu events\n", progname, stories,
		sentences, events);
	khaldun_coder_free(coder);
	khaldun_cameo_free(cameo);
	khaldun_dict_free(d);
	return status;
}

/* ---------------------------------------------------------------- validate */

typedef struct {
	char src[64], tgt[64], code[32];
	long date;
} expect;

enum { EXP_EVENTS, EXP_NONE, EXP_DISCARD, EXP_COMPLEX };

typedef struct {
	int kind;
	int partial;       /* -{ : the listed events need only be among those coded */
	expect ev[128];
	int n;
	int options;       /* OPTION: blocks seen */
	int any;           /* any validation field at all */
} expectations;

static void trim_copy(char *dst, size_t cap, const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
		e--;
	size_t n = (size_t)(e - p) < cap - 1 ? (size_t)(e - p) : cap - 1;
	memcpy(dst, p, n);
	dst[n] = 0;
}

/* Reads the expected events and OPTION: commands from a validation record's comment. */
static void parse_expect(const char *c, expectations *x, khaldun_coder *coder, const char *id)
{
	memset(x, 0, sizeof *x);
	x->kind = EXP_EVENTS;
	if (!c)
		return;
	for (const char *p = c; (p = strchr(p, '{')); ) {
		int dash = p > c && p[-1] == '-';
		const char *e = strchr(p, '}');
		const char *opt = strstr(p, "OPTION:");
		const char *nl = e ? e : p + strlen(p);
		if (opt && opt < nl) {
			/* an OPTION: block may lack its closing brace */
			const char *oe = e ? e : strchr(opt, '*');
			if (!oe)
				oe = opt + strlen(opt);
			char line[512];
			trim_copy(line, sizeof line, opt + 7, oe);
			if (khaldun_coder_option(coder, line, print_diag, NULL) != KHALDUN_OK)
				fprintf(stderr, "%s: error: %s: cannot apply option \"%s\"\n", progname,
					id, line);
			x->options++;
			x->any = 1;
			if (!e)
				break;
			p = e + 1;
			continue;
		}
		if (!e)
			break;
		if (dash) {
			x->partial = 1;
			x->any = 1;
			break;
		}
		char body[256];
		trim_copy(body, sizeof body, p + 1, e);
		char flat[256];
		size_t k = 0;
		for (const char *q = body; *q && k < sizeof flat - 1; q++)
			if (*q != ' ')
				flat[k++] = *q;
		flat[k] = 0;
		x->any = 1;
		if (!strcmp(flat, "---"))
			x->kind = EXP_NONE;
		else if (!strcmp(flat, "###"))
			x->kind = EXP_DISCARD;
		else if (!strcmp(flat, "+++"))
			x->kind = EXP_COMPLEX;
		else if (x->n < 128) {
			char *s1 = strchr(body, '/');
			char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
			if (s1 && s2) {
				expect *ev = &x->ev[x->n++];
				trim_copy(ev->src, sizeof ev->src, body, s1);
				trim_copy(ev->tgt, sizeof ev->tgt, s1 + 1, s2);
				trim_copy(ev->code, sizeof ev->code, s2 + 1, body + strlen(body));
				/* a date may follow the closing brace */
				const char *q = e + 1;
				while (*q == ' ' || *q == '\t')
					q++;
				char digits[16];
				size_t nd = 0;
				while (q[nd] >= '0' && q[nd] <= '9' && nd < sizeof digits - 1) {
					digits[nd] = q[nd];
					nd++;
				}
				digits[nd] = 0;
				ev->date = nd ? khaldun_coder_record_date(coder, digits) : 0;
			}
		}
		p = e + 1;
		/* special codes are checked first; with one of them nothing else matters */
		if (x->kind != EXP_EVENTS)
			break;
	}
}

static int event_is(const khaldun_event *e, const expect *x, int check_date)
{
	if (strcmp(e->source ? e->source : "", x->src) || strcmp(e->target ? e->target : "", x->tgt) ||
	    strcmp(e->code ? e->code : "", x->code))
		return 0;
	if (check_date && x->date && e->date != x->date)
		return 0;
	return 1;
}

static int check_record(const khaldun_result *res, const expectations *x, int time_shift)
{
	if (x->kind == EXP_DISCARD)
		return res->outcome == KHALDUN_DISCARD;
	if (x->kind == EXP_COMPLEX)
		return res->outcome == KHALDUN_COMPLEX;
	if (x->kind == EXP_NONE)
		return res->n_events == 0 && res->outcome != KHALDUN_DISCARD &&
		       res->outcome != KHALDUN_COMPLEX;
	if (res->outcome == KHALDUN_DISCARD || res->outcome == KHALDUN_COMPLEX)
		return x->partial && x->n == 0;
	/* TABARI's check: the expected events, in order, are the first events coded */
	if (res->n_events < (size_t)x->n)
		return 0;
	for (int i = 0; i < x->n; i++)
		if (!event_is(&res->events[i], &x->ev[i], time_shift && i == 0))
			return 0;
	return 1;
}

static void print_events(const khaldun_result *res)
{
	static const char *what[] = { "coded", "discard", "complex", "too short" };
	fprintf(stdout, "    got (%s%s%s):", what[res->outcome], res->reason ? ": " : "",
		res->reason ? res->reason : "");
	if (!res->n_events)
		fprintf(stdout, " no events");
	fprintf(stdout, "\n");
	for (size_t i = 0; i < res->n_events; i++) {
		const khaldun_event *e = &res->events[i];
		fprintf(stdout, "      { %s / %s / %s } %ld  [%s:%ld]\n", e->source, e->target, e->code,
			e->date, e->pattern.file ? e->pattern.file : "", e->pattern.line);
	}
}

static int cmd_validate(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_FATAL;
	}
	int verbose = argc > 2 && !strcmp(argv[2], "-v");
	khaldun_dict *d;
	if (khaldun_dict_load(&d, argv[1], print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	khaldun_coder *coder = khaldun_coder_new(d);
	if (!coder) {
		khaldun_dict_free(d);
		return EXIT_FATAL;
	}
	int passed = 0, failed = 0, unchecked = 0, done = 0, option_records = 0;
	for (size_t f = 0; !done && khaldun_dict_textfile(d, f); f++) {
		const char *tf = khaldun_dict_textfile(d, f);
		FILE *fp = fopen(tf, "rb");
		if (!fp) {
			fprintf(stderr, "%s: error: %s: cannot open text file\n", progname, tf);
			failed++;
			continue;
		}
		khaldun_reader *r = khaldun_reader_new(fp, tf, KHALDUN_FMT_TABARI, NULL, print_diag,
						       NULL);
		khaldun_story st;
		while (r && khaldun_reader_next(r, &st) == KHALDUN_OK) {
			if (st.id && !strncmp(st.id, "FINAL-01", 8)) {
				done = 1;
				break;
			}
			expectations x;
			parse_expect(st.comment, &x, coder, st.id ? st.id : "?");
			if (x.options && x.n == 0 && x.kind == EXP_EVENTS && !x.partial) {
				passed++;  /* an options record: applied above */
				option_records++;
				continue;
			}
			long date = khaldun_coder_record_date(coder, st.date ? st.date : "");
			if (!date) {
				fprintf(stdout, "FAIL %s (%s:%ld): invalid date \"%s\"\n", st.id, tf,
					st.line, st.date ? st.date : "");
				failed++;
				continue;
			}
			const khaldun_result *res;
			khaldun_code_sentence(coder, st.text, st.text_len, date, st.id, &res);
			if (!x.any) {
				unchecked++;
				continue;
			}
			int time_shift = khaldun_coder_time_shifting(coder);
			int ok = check_record(res, &x, time_shift);
			if (ok) {
				passed++;
				if (verbose)
					fprintf(stdout, "ok   %s\n", st.id);
				continue;
			}
			failed++;
			fprintf(stdout, "FAIL %s (%s:%ld)\n    text: %.300s\n    expected:", st.id, tf,
				st.line, res->sentence);
			if (x.kind == EXP_NONE)
				fprintf(stdout, " no events");
			else if (x.kind == EXP_DISCARD)
				fprintf(stdout, " discard");
			else if (x.kind == EXP_COMPLEX)
				fprintf(stdout, " complex");
			for (int i = 0; i < x.n; i++)
				fprintf(stdout, " { %s / %s / %s }", x.ev[i].src, x.ev[i].tgt, x.ev[i].code);
			fprintf(stdout, "%s\n", x.partial ? " (and possibly more)" : "");
			print_events(res);
		}
		khaldun_reader_free(r);
		fclose(fp);
	}
	if (unchecked)
		fprintf(stdout, "%d records had no validation fields and were coded unchecked\n",
			unchecked);
	fprintf(stdout, "%d records coded and checked, %d option records applied\n",
		passed + failed - option_records, option_records);
	fprintf(stdout, "%d passed, %d failed\n", passed, failed);
	khaldun_coder_free(coder);
	khaldun_dict_free(d);
	return failed ? EXIT_FAILED : EXIT_OK;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_FATAL;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "code"))
		return cmd_code(argc - 1, argv + 1);
	if (!strcmp(cmd, "validate"))
		return cmd_validate(argc - 1, argv + 1);
	if (!strcmp(cmd, "ingest"))
		return cmd_ingest(argc - 1, argv + 1);
	if (!strcmp(cmd, "export"))
		return cmd_export(argc - 1, argv + 1);
	if (!strcmp(cmd, "query"))
		return cmd_query(argc - 1, argv + 1);
	if (!strcmp(cmd, "serve"))
		return cmd_serve(argc - 1, argv + 1);
	if (!strcmp(cmd, "dict")) return cmd_dict(argc - 1, argv + 1);
	if (!strcmp(cmd, "import")) return cmd_import(argc - 1, argv + 1);
	if (!strcmp(cmd, "trend")) return cmd_trend(argc - 1, argv + 1);
	if (!strcmp(cmd, "alerts")) return cmd_alerts(argc - 1, argv + 1);
	if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
		printf("khaldun %s\n", KHALDUN_VERSION);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		usage(stdout);
		return EXIT_OK;
	}
	fprintf(stderr, "%s: error: unknown command '%s'\n", progname, cmd);
	usage(stderr);
	return EXIT_FATAL;
}
