/*
 * dictcmd.c - `khaldun dict check [--cameo DIR] [PROJECT|DIR]`: lints a TABARI-format
 * project (default: our own dictionaries) with khaldun_dict_check, prints each finding on
 * stderr as `khaldun: error|warning: file:line:column: message` with the line and a caret, and
 * ends with "dict check: N errors, N warnings in F files, E entries" on stdout.
 * Uses only the public header. Exit status: 0 no errors (warnings allowed), 1 usage or fatal,
 * 2 errors found.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>



static void dict_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun dict check [--cameo DIR] [PROJECT|DIR]\n"
		"\n"
		"check  lints dictionaries (default: dict/khaldun.project, "
		"as for `khaldun code`):\n"
		"       duplicate phrases, event codes not in CAMEO, "
		"malformed actor and agent codes,\n"
		"       overlapping date restrictions, patterns that can never be tried, verbs an\n"
		"       actor or noun phrase always takes, and every load error or warning\n"
		"\n"
		"exit status: 0 no errors (warnings allowed); 1 usage or fatal error; "
		"2 errors found\n");
}

static int dict_check(int argc, char **argv)
{
	const char *project = NULL, *cameo = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (lacks_value(argc, argv, i, "--cameo"))
			return EXIT_FATAL;
		if (!strcmp(a, "--cameo") && i + 1 < argc) {
			cameo = argv[++i];
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			dict_usage(stdout);
			return EXIT_OK;
		} else if ((a[0] == '-' && a[1]) || project) {
			cli_bad_arg(a, dict_usage);
			return EXIT_FATAL;
		} else {
			project = a;
		}
	}
	if (!project)
		project = default_project();
	if (!cameo && !(cameo = default_cameo()))
		cameo = KHALDUN_CAMEO_BUILTIN;
	khaldun_dict_check_result r;
	int rc = khaldun_dict_check(project, cameo, print_diag, NULL, &r);
	if (rc != KHALDUN_OK) {
		fprintf(stderr, "khaldun: error: dict check: cannot read %s\n",
			rc == KHALDUN_ERR_NOMEM ? "(out of memory)" : "the project or the "
			"CAMEO tables");
		return EXIT_FATAL;
	}
	printf("dict check: %zu error%s, %zu warning%s in %zu file%s, %zu entries\n", r.errors,
	       r.errors == 1 ? "" : "s", r.warnings, r.warnings == 1 ? "" : "s", r.files,
	       r.files == 1 ? "" : "s", r.entries);
	if (fflush(stdout))
		return EXIT_FATAL;
	return r.errors ? EXIT_SKIPPED : EXIT_OK;
}

/* `khaldun dict SUBCOMMAND ...`; argv[0] is "dict". */
int cmd_dict(int argc, char **argv)
{
	if (argc < 2) {
		dict_usage(stderr);
		return EXIT_FATAL;
	}
	if (!strcmp(argv[1], "check"))
		return dict_check(argc - 1, argv + 1);
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		dict_usage(stdout);
		return EXIT_OK;
	}
	fprintf(stderr, "khaldun: error: unknown dict command '%s'\n", argv[1]);
	dict_usage(stderr);
	return EXIT_FATAL;
}
