/*
 * validate.c - `khaldun validate PROJECT`: runs a TABARI validation project. Each record's
 * comment holds what it must code ({SRC / TGT / CODE}, {---} none, {###} discard, {+++}
 * complex, -{...} not checked, OPTION: blocks applied in order); the record is coded and
 * compared as TABARI does. Ends with "N passed, N failed"; exit 3 when any failed.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
				fprintf(stderr, "%s: error: %s: cannot apply option \"%s\"\n",
					progname, id, line);
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
	if (strcmp(e->source ? e->source : "", x->src) ||
	    strcmp(e->target ? e->target : "", x->tgt) ||
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
		fprintf(stdout, "      { %s / %s / %s } %ld  [%s:%ld]\n", e->source, e->target,
			e->code, e->date, e->pattern.file ? e->pattern.file : "", e->pattern.line);
	}
}

static void validate_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun validate PROJECT_FILE [-v]\n"
		"\n"
		"Runs a TABARI validation project: codes each record of its text files and "
		"checks the\n"
		"events its comment expects ({SRC / TGT / CODE}, {---}, {###}, {+++}, "
		"OPTION: lines),\n"
		"printing each failure with the text, the expected and the coded events; "
		"stops at the\n"
		"record FINAL-01. -v also lists the records that pass. Ends with \"N passed, "
		"N failed\".\n"
		"\n"
		"exit status: 0 all passed; 1 usage or fatal error; 3 some records failed\n");
}

typedef struct {
	khaldun_coder *coder;
	int verbose;
	int passed, failed, unchecked, option_records, dash_only;
} validation;

static void print_failure(const khaldun_story *st, const char *tf, const expectations *x,
			  const khaldun_result *res)
{
	fprintf(stdout, "FAIL %s (%s:%ld)\n    text: %.300s\n    expected:", st->id, tf, st->line,
		res->sentence);
	if (x->kind == EXP_NONE)
		fprintf(stdout, " no events");
	else if (x->kind == EXP_DISCARD)
		fprintf(stdout, " discard");
	else if (x->kind == EXP_COMPLEX)
		fprintf(stdout, " complex");
	for (int i = 0; i < x->n; i++)
		fprintf(stdout, " { %s / %s / %s }", x->ev[i].src, x->ev[i].tgt, x->ev[i].code);
	fprintf(stdout, "%s\n", x->partial ? " (and possibly more)" : "");
	print_events(res);
}

/* Applies, codes and checks one record, counting it. */
static void validate_record(validation *v, const khaldun_story *st, const char *tf)
{
	expectations x;
	parse_expect(st->comment, &x, v->coder, st->id ? st->id : "?");
	if (x.options && x.n == 0 && x.kind == EXP_EVENTS && !x.partial) {
		v->option_records++;  /* applied above; nothing to check */
		return;
	}
	long date = khaldun_story_date(v->coder, st);
	if (!date) {
		fprintf(stdout, "FAIL %s (%s:%ld): invalid date \"%s\"\n", st->id, tf, st->line,
			st->record_date ? st->record_date : "");
		v->failed++;
		return;
	}
	const khaldun_result *res;
	khaldun_code_sentence(v->coder, st->text, st->text_len, date, st->id, &res);
	if (!x.any) {
		v->unchecked++;
		return;
	}
	if (x.partial && x.n == 0 && x.kind == EXP_EVENTS) {
		v->dash_only++;  /* only -{...}: TABARI's manual says it is never checked */
		return;
	}
	if (check_record(res, &x, khaldun_coder_time_shifting(v->coder))) {
		v->passed++;
		if (v->verbose)
			fprintf(stdout, "ok   %s\n", st->id);
		return;
	}
	v->failed++;
	print_failure(st, tf, &x, res);
}

/* Validates the records of one text file; returns 1 when FINAL-01 ended the run. */
static int validate_file(validation *v, const char *tf)
{
	FILE *fp = fopen(tf, "rb");
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open text file\n", progname, tf);
		v->failed++;
		return 0;
	}
	khaldun_reader *r;
	khaldun_reader_new(&r, fp, tf, KHALDUN_FMT_TABARI, NULL, print_diag, NULL);
	khaldun_story st;
	int done = 0;
	while (r && khaldun_reader_next(r, &st) == KHALDUN_OK) {
		if (st.id && !strncmp(st.id, "FINAL-01", 8)) {
			done = 1;
			break;
		}
		validate_record(v, &st, tf);
	}
	khaldun_reader_free(r);
	fclose(fp);
	return done;
}

int cmd_validate(int argc, char **argv)
{
	if (argc < 2 || (argv[1][0] == '-' && strcmp(argv[1], "-v"))) {
		int help = argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"));
		if (argc >= 2 && !help)
			cli_bad_arg(argv[1], validate_usage);
		else
			validate_usage(help ? stdout : stderr);
		return help ? EXIT_OK : EXIT_FATAL;
	}
	validation v;
	memset(&v, 0, sizeof v);
	v.verbose = argc > 2 && !strcmp(argv[2], "-v");
	khaldun_dict *d;
	int dict_errors = 0;
	if (khaldun_dict_load(&d, argv[1], count_diag, &dict_errors) != KHALDUN_OK)
		return EXIT_FATAL;
	if (dict_errors) {
		fprintf(stderr, "%s: error: %s: %d error%s in the dictionaries: not validated\n",
			progname, argv[1], dict_errors, dict_errors == 1 ? "" : "s");
		khaldun_dict_free(d);
		return EXIT_FATAL;
	}
	if (khaldun_coder_new(&v.coder, d) != KHALDUN_OK) {
		khaldun_dict_free(d);
		return EXIT_FATAL;
	}
	for (size_t f = 0; khaldun_dict_textfile(d, f); f++)
		if (validate_file(&v, khaldun_dict_textfile(d, f)))
			break;
	fprintf(stdout, "%d checked, %d passed, %d failed, %d not checked (%d option records, "
		"%d with only -{...}, %d without validation fields)\n", v.passed + v.failed,
		v.passed, v.failed, v.option_records + v.dash_only + v.unchecked,
		v.option_records, v.dash_only, v.unchecked);
	fprintf(stdout, "%d passed, %d failed\n", v.passed, v.failed);
	khaldun_coder_free(v.coder);
	khaldun_dict_free(d);
	return v.failed ? EXIT_FAILED : EXIT_OK;
}

