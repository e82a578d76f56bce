/*
 * actor.c - `khaldun actor CODE|WORDS`: what a CAMEO actor code means, part by part (country
 * or region with its name and FIPS code, roles, sectors, organisations, from the compiled-in
 * tables), and the dictionary entries that give it (file:line, the line, the dates each code
 * applies); with words, the countries whose names have them and the actor and agent entries
 * whose phrases do. Exit status: 0 found; 1 usage or fatal error; 2 nothing found.
 */
#include "khaldun.h"
#include "commands.h"
#include "lookup.h"
#include "common.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *code;   /* the code looked up, or NULL for words */
	char **words;
	int nwords;
	size_t found;
} actor_ctx;

static int actor_entry(void *vctx, const khaldun_dict_entry *e)
{
	actor_ctx *x = vctx;
	if (strcmp(e->kind, "actor") && strcmp(e->kind, "agent"))
		return 0;
	int hit = 0;
	for (size_t i = 0; x->code && i < e->n_codes && !hit; i++)
		hit = !strcmp(e->codes[i].code, x->code);
	if (!x->code)
		hit = phrase_matches(e->at.entry, x->words, x->nwords);
	if (!hit)
		return 0;
	if (!x->found++)
		printf("\ndictionary entries:\n");
	printf("%s:%ld: %s  (%s)\n", e->at.file ? e->at.file : "", e->at.line,
	       e->at.entry ? e->at.entry : "", e->kind);
	for (size_t i = 0; i < e->n_codes; i++) {
		if (x->code && strcmp(e->codes[i].code, x->code) && e->n_codes == 1)
			continue;
		printf("    %s", e->codes[i].code);
		print_dates(stdout, &e->codes[i]);
		putchar('\n');
	}
	return 0;
}

static int is_actor_code(const char *s)
{
	size_t n = strlen(s);
	if (n < 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '~')
			return 0;
	return 1;
}

/* Prints the parts of an actor code; returns how many are known. */
static size_t describe(const char *code)
{
	khaldun_actor_part parts[16];
	char c[64];
	snprintf(c, sizeof c, "%s", code[0] == '~' ? code + 1 : code);
	if (*c && c[strlen(c) - 1] == '~')
		c[strlen(c) - 1] = 0;   /* an agent prefix, GOV~ */
	size_t n = khaldun_actor_parts(c, parts, 16), known = 0;
	printf("%s%s\n", code, code[0] == '~' ? "  (an agent: joins the actor before or after it)"
		: code[strlen(code) - 1] == '~' ? "  (an agent prefix)" : "");
	for (size_t i = 0; i < n && i < 16; i++) {
		khaldun_actor_part *p = &parts[i];
		printf("  %-9s  %-15s  %s", p->code, p->kind ? p->kind : "?",
		       p->name ? p->name : "(not in our tables: a group's own code)");
		if (p->fips && *p->fips)
			printf("  (FIPS %s)", p->fips);
		if (p->meaning && p->name && strcmp(p->meaning, p->name))
			printf("\n  %-9s  %-15s  %s", "", "", p->meaning);
		putchar('\n');
		known += p->kind != NULL;
	}
	return known;
}

static void actor_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun actor [--project FILE|DIR] CODE|WORDS...\n"
		"\n"
		"CODE (e.g. SOMINSGOV, IGOGOS, ~GOV): its parts with their meanings "
		"(country or region\n"
		"and FIPS code, roles, sectors, organisations) "
		"and the dictionary entries that give\n"
		"this very code, with file:line and the dates each code applies.\n"
		"WORDS (e.g. somalia, \"al shabaab\"): the countries whose names have them and "
		"the actor\n"
		"and agent entries whose phrases do, with their codes and dates.\n"
		"The dictionaries are --project's (default: ours, as for `khaldun code`).\n"
		"\n"
		"exit status: 0 found; 1 usage or fatal error; 2 nothing found\n");
}

int cmd_actor(int argc, char **argv)
{
	const char *project = NULL;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			actor_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--project")) {
			if (i + 1 >= argc)
				return missing_value(a);
			project = argv[++i];
		} else if (lookup_options_end(argv, &i, actor_usage)) {
			return EXIT_FATAL;
		} else
			break;
	}
	if (lookup_needs_operand(argc, argv, i, "actor", actor_usage))
		return EXIT_FATAL;
	khaldun_dict *d = NULL;
	if (load_project_for_lookup(project, &d))
		return EXIT_FATAL;
	actor_ctx x = { NULL, argv + i, argc - i, 0 };
	size_t found = 0;
	if (argc - i == 1 && is_actor_code(argv[i])) {
		x.code = argv[i];
		found = describe(argv[i]);
		khaldun_dict_entries(d, actor_entry, &x);
		if (!x.found)
			printf("\nno dictionary entry gives %s\n", x.code);
		if (!found && !x.found) {
			x.code = NULL;   /* not a code after all: try it as a word */
			printf("\n");
		}
	}
	if (!x.code) {
		size_t nc = 0;
		for (size_t k = 0; ; k++) {
			const char *c = khaldun_actor_code_at(k);
			if (!c)
				break;
			const char *name = khaldun_country_name(c);
			if (!words_in(name, x.words, x.nwords))
				continue;
			if (!nc++)
				printf("countries and regions:\n");
			const char *fips = khaldun_country_fips(c);
			printf("%s\t%s%s%s\n", c, name, fips ? "\tFIPS " : "", fips ? fips : "");
		}
		found += nc;
		khaldun_dict_entries(d, actor_entry, &x);
	}
	found += x.found;
	if (!found)
		fprintf(stderr, "%s: nothing found for '%s'\n", progname, argv[i]);
	if (fflush(stdout))
		found = 0;
	khaldun_dict_free(d);
	return found ? EXIT_OK : EXIT_SKIPPED;
}
