/*
 * cameo.c - `khaldun cameo CODE|WORDS`: what a CAMEO event code is (name, root, quad class,
 * Goldstein score, PLOVER type, mode and context, from the compiled-in tables or --cameo DIR)
 * and which dictionary lines produce it (file:line and the line), from the loaded project
 * (default: our dict/); with words, the codes whose names have them and the verb entries whose
 * phrases do. Also the word matching that `khaldun actor` shares (commands.h).
 * Exit status: 0 found; 1 usage or fatal error; 2 nothing found.
 */
#include "khaldun.h"
#include "commands.h"
#include "lookup.h"
#include "common.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- word matching */

/* 1 when s contains w (case-insensitively) at the start of a word. */
static int has_word_start(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = s; *p; p++)
		if ((p == s || !isalnum((unsigned char)p[-1])) && !strncasecmp(p, w, n))
			return 1;
	return 0;
}

/* 1 when a dictionary phrase word (upper case; '_' or '=' at its end: whole word) matches the
 * query word q: it starts with q, or it is a stem (no '_') of at least 3 letters that q
 * starts with. */
static int token_matches(const char *tok, size_t n, const char *q)
{
	size_t qn = strlen(q);
	int exact = n && (tok[n - 1] == '_' || tok[n - 1] == '=');
	size_t wn = exact ? n - 1 : n;
	if (qn <= wn && !strncasecmp(tok, q, qn))
		return 1;
	return !exact && wn >= 3 && qn > wn && !strncasecmp(tok, q, wn);
}

int phrase_matches(const char *line, char **words, int nwords)
{
	if (!line || nwords <= 0)
		return 0;
	/* the phrase: up to the codes ('[') or a comment ('#', ';') */
	size_t end = strcspn(line, "[#;");
	for (int i = 0; i < nwords; i++) {
		int found = 0;
		for (size_t k = 0; k < end && !found; ) {
			while (k < end && !(isalnum((unsigned char)line[k]) || line[k] == '\''))
				k++;
			size_t s = k;
			while (k < end && (isalnum((unsigned char)line[k]) || line[k] == '\''
					   || line[k] == '=' || line[k] == '-' || line[k] == '.'))
				k++;
			if (k < end && line[k] == '_')
				/* keep a connector or the whole-word mark on the word before it */
				k++;
			if (k > s) {
				/* split at inner connectors: "NORTH_KOREA_" has two words */
				size_t a = s;
				for (size_t j = s; j <= k && !found; j++)
					if (j == k || (line[j] == '_' && j + 1 < k)) {
						size_t len = j - a + (j < k ? 1 : 0);
						if (token_matches(line + a, len, words[i]))
							found = 1;
						a = j + 1;
					}
			}
		}
		if (!found)
			return 0;
	}
	return 1;
}

int words_in(const char *text, char **words, int nwords)
{
	if (!text || nwords <= 0)
		return 0;
	for (int i = 0; i < nwords; i++)
		if (!has_word_start(text, words[i]))
			return 0;
	return 1;
}

int load_project_for_lookup(const char *project, khaldun_dict **d)
{
	if (!project)
		project = default_project();
	quiet_notes = 1;
	if (khaldun_dict_load(d, project, print_diag, NULL) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: cannot load the dictionaries %s\n", progname, project);
		return -1;
	}
	return 0;
}

void print_dates(FILE *fp, const khaldun_dict_code *c)
{
	if (c->from > 0)
		fprintf(fp, " from %04ld-%02ld-%02ld", c->from / 10000, c->from / 100 % 100,
			c->from % 100);
	if (c->to < 99999999)
		fprintf(fp, " until %04ld-%02ld-%02ld", c->to / 10000, c->to / 100 % 100,
			c->to % 100);
}

/* ---------------------------------------------------------------- cameo */

static const char *const quad_names[] = { "unknown", "verbal cooperation",
					  "material cooperation", "verbal conflict",
					  "material conflict" };

static int is_code(const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static void describe(const khaldun_cameo *t, const char *code)
{
	khaldun_cameo_info ci;
	khaldun_cameo_lookup(t, code, &ci);
	const char *name = khaldun_cameo_name(code), *rname = khaldun_cameo_name(ci.root);
	const char *mode, *context;
	khaldun_cameo_plover_detail(t, code, &mode, &context);
	printf("code\t%s\nname\t%s\nroot\t%s %s\nquad\t%d %s\ngoldstein\t", code, name ? name : "",
	       ci.root, rname ? rname : "", ci.quad, quad_names[ci.quad]);
	if (ci.has_goldstein)
		printf("%.1f", ci.goldstein);
	printf("\nplover\t%s\nplover_mode\t%s\nplover_context\t%s\n", ci.plover ? ci.plover : "",
	       mode ? mode : "", context ? context : "");
}

typedef struct {
	const char *code;        /* the code looked up, or NULL */
	char **words;            /* or the words */
	int nwords;
	size_t found;
} cameo_ctx;

static int print_entry_codes(const khaldun_dict_entry *e)
{
	for (size_t i = 0; i < e->n_codes; i++) {
		const char *name = khaldun_cameo_name(e->codes[i].code);
		printf("%s%s%s%s", i ? ", " : "  -> ", e->codes[i].code, name ? " " : "",
		       name ? name : "");
	}
	return 0;
}

static int cameo_entry(void *vctx, const khaldun_dict_entry *e)
{
	cameo_ctx *x = vctx;
	if (strcmp(e->kind, "verb") && strcmp(e->kind, "pattern") && strcmp(e->kind, "verb form"))
		return 0;
	int hit = 0;
	if (x->code) {
		for (size_t i = 0; i < e->n_codes && !hit; i++)
			hit = !strcmp(e->codes[i].code, x->code) && strcmp(e->kind, "verb form");
	} else if (e->verb && !strcmp(e->kind, "pattern")) {
		/* a pattern's words with its verb's: "impose curfew" finds IMPOSE's "- * CURFEW" */
		char both[1024];
		snprintf(both, sizeof both, "%s %s", e->verb, e->at.entry ? e->at.entry : "");
		hit = phrase_matches(both, x->words, x->nwords);
	} else {
		hit = phrase_matches(e->at.entry, x->words, x->nwords);
	}
	if (!hit)
		return 0;
	if (!x->found++)
		printf("\ndictionary %s:\n", x->code ? "lines coding it" : "verb entries");
	printf("%s:%ld: %s  (%s %s)", e->at.file ? e->at.file : "", e->at.line,
	       e->at.entry ? e->at.entry : "", e->kind, e->verb ? e->verb : "");
	if (!x->code)
		print_entry_codes(e);
	putchar('\n');
	return 0;
}

static void cameo_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun cameo [--project FILE|DIR] [--cameo DIR] CODE|WORDS...\n"
		"\n"
		"CODE (2-4 digits, e.g. 1721): its name, root, quad class, "
		"Goldstein score, PLOVER\n"
		"type, mode and context, and the dictionary lines (file:line) that code it.\n"
		"WORDS (e.g. impose curfew): the CAMEO codes whose names have all the words "
		"and the\n"
		"verb entries whose phrases have them, with the codes they give.\n"
		"The dictionaries are --project's (default: ours, as for `khaldun code`); "
		"the tables\n"
		"are the compiled-in ones unless --cameo DIR or KHALDUN_CAMEO.\n"
		"\n"
		"exit status: 0 found; 1 usage or fatal error; 2 nothing found\n");
}

int cmd_cameo(int argc, char **argv)
{
	const char *project = NULL, *cameo_dir = NULL;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			cameo_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--project") || !strcmp(a, "--cameo")) {
			if (i + 1 >= argc)
				return missing_value(a);
			*(a[2] == 'p' ? &project : &cameo_dir) = argv[++i];
		} else if (lookup_options_end(argv, &i, cameo_usage)) {
			return EXIT_FATAL;
		} else
			break;
	}
	if (lookup_needs_operand(argc, argv, i, "cameo", cameo_usage))
		return EXIT_FATAL;
	khaldun_cameo *t = load_cameo(cameo_dir);
	cameo_ctx x = { NULL, argv + i, argc - i, 0 };
	size_t found = 0;
	if (argc - i == 1 && is_code(argv[i])) {
		khaldun_cameo_info ci;
		khaldun_cameo_lookup(t, argv[i], &ci);
		if (!ci.root[0]) {
			fprintf(stderr, "%s: error: '%s' is not a CAMEO event code (root 01-20)\n",
				progname, argv[i]);
			khaldun_cameo_free(t);
			return EXIT_FATAL;
		}
		if (!khaldun_cameo_name(argv[i]))
			fprintf(stderr, "%s: warning: %s is not a code of CAMEO 1.1b3: "
				"what follows is its parent's\n", progname, argv[i]);
		describe(t, argv[i]);
		x.code = argv[i];
		found = 1;
	} else {
		for (size_t k = 0; khaldun_cameo_code_at(k); k++) {
			const char *c = khaldun_cameo_code_at(k), *name = khaldun_cameo_name(c);
			if (!words_in(name, x.words, x.nwords))
				continue;
			if (!found++)
				printf("CAMEO codes:\n");
			khaldun_cameo_info ci;
			khaldun_cameo_lookup(t, c, &ci);
			printf("%s\t%s\tquad %d", c, name, ci.quad);
			if (ci.has_goldstein)
				printf("\tgoldstein %.1f", ci.goldstein);
			printf("\t%s\n", ci.plover ? ci.plover : "");
		}
	}
	khaldun_dict *d = NULL;
	if (load_project_for_lookup(project, &d)) {
		khaldun_cameo_free(t);
		return EXIT_FATAL;
	}
	khaldun_dict_entries(d, cameo_entry, &x);
	if (x.code && !x.found)
		printf("\nno dictionary line codes %s\n", x.code);
	found += x.found;
	if (!found)
		fprintf(stderr, "%s: nothing found for '%s'\n", progname, argv[i]);
	if (fflush(stdout))
		found = 0;
	khaldun_dict_free(d);
	khaldun_cameo_free(t);
	return found ? EXIT_OK : EXIT_SKIPPED;
}
