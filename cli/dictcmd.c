/*
 * dictcmd.c - `khaldun dict check [--cameo DIR] [PROJECT|DIR]`: lints a TABARI-format
 * project (default: our own dictionaries) with khaldun_dict_check, prints each finding on
 * stderr as `khaldun: error|warning: file:line:column: message` with the line and a caret, and
 * ends with "dict check: N errors, N warnings in F files, E entries" on stdout.
 * Uses only the public header. Exit status: 0 no errors (warnings allowed), 1 usage or fatal,
 * 2 errors found.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { DICT_EXIT_OK = 0, DICT_EXIT_FATAL = 1, DICT_EXIT_ERRORS = 2 };

int cmd_dict(int argc, char **argv);

static void dict_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun dict check [--cameo DIR] [PROJECT|DIR]\n"
		"\n"
		"check  lints dictionaries (default: dict/khaldun.project, as for `khaldun code`):\n"
		"       duplicate phrases, event codes not in CAMEO, malformed actor and agent codes,\n"
		"       overlapping date restrictions, patterns that can never be tried, verbs an\n"
		"       actor or noun phrase always takes, and every load error or warning\n"
		"\n"
		"exit status: 0 no errors (warnings allowed); 1 usage or fatal error; 2 errors found\n");
}

static void print_diag(void *ctx, const khaldun_diag *d)
{
	static const char *sev[] = { "note", "warning", "error" };
	(void)ctx;
	fprintf(stderr, "khaldun: %s: ", sev[d->severity]);
	if (d->file) {
		fprintf(stderr, "%s", d->file);
		if (d->line)
			fprintf(stderr, ":%ld", d->line);
		if (d->column)
			fprintf(stderr, ":%ld", d->column);
		fprintf(stderr, ": ");
	}
	fprintf(stderr, "%s\n", d->message);
	if (d->text && d->text_len) {
		size_t n = d->text_len > 200 ? 200 : d->text_len;
		fprintf(stderr, "    %.*s%s\n", (int)n, d->text, n < d->text_len ? "..." : "");
		if (d->column > 0 && (size_t)d->column <= n + 1)
			fprintf(stderr, "    %*s^\n", (int)d->column - 1, "");
	}
}

/* The directory holding this executable. */
static const char *exe_dir(void)
{
	static char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	if (n <= 0)
		return NULL;
	path[n] = 0;
	char *slash = strrchr(path, '/');
	if (slash)
		*slash = 0;
	return path;
}

/* The lookups of `khaldun code` (cli/khaldun.c): $KHALDUN_DICT, <exe>/dict,
 * <exe>/../share/khaldun/dict, dict/khaldun.project. */
static const char *default_project(void)
{
	static char buf[4200];
	const char *env = getenv("KHALDUN_DICT");
	if (env && *env)
		return env;
	const char *d = exe_dir();
	if (d) {
		snprintf(buf, sizeof buf, "%s/dict/khaldun.project", d);
		if (!access(buf, R_OK))
			return buf;
		snprintf(buf, sizeof buf, "%s/../share/khaldun/dict/khaldun.project", d);
		if (!access(buf, R_OK))
			return buf;
	}
	return "dict/khaldun.project";
}

/* $KHALDUN_CAMEO, then ../shared/cameo or ../share/khaldun/cameo next to the executable. */
static const char *default_cameo(void)
{
	static char buf[4200];
	const char *env = getenv("KHALDUN_CAMEO");
	if (env && *env)
		return env;
	const char *d = exe_dir();
	if (d) {
		snprintf(buf, sizeof buf, "%s/../shared/cameo", d);
		if (!access(buf, R_OK))
			return buf;
		snprintf(buf, sizeof buf, "%s/../share/khaldun/cameo", d);
		if (!access(buf, R_OK))
			return buf;
	}
	return NULL;
}

static int dict_check(int argc, char **argv)
{
	const char *project = NULL, *cameo = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--cameo") && i + 1 < argc) {
			cameo = argv[++i];
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			dict_usage(stdout);
			return DICT_EXIT_OK;
		} else if ((a[0] == '-' && a[1]) || project) {
			fprintf(stderr, "khaldun: error: unexpected argument '%s'\n", a);
			dict_usage(stderr);
			return DICT_EXIT_FATAL;
		} else {
			project = a;
		}
	}
	if (!project)
		project = default_project();
	if (!cameo && !(cameo = default_cameo()))
		fprintf(stderr, "khaldun: warning: CAMEO tables not found (use --cameo DIR or "
				"KHALDUN_CAMEO): event codes are checked for their shape only\n");
	khaldun_dict_check_result r;
	int rc = khaldun_dict_check(project, cameo, print_diag, NULL, &r);
	if (rc != KHALDUN_OK) {
		fprintf(stderr, "khaldun: error: dict check: cannot read %s\n",
			rc == KHALDUN_ERR_NOMEM ? "(out of memory)" : "the project or the CAMEO tables");
		return DICT_EXIT_FATAL;
	}
	printf("dict check: %zu error%s, %zu warning%s in %zu file%s, %zu entries\n", r.errors,
	       r.errors == 1 ? "" : "s", r.warnings, r.warnings == 1 ? "" : "s", r.files,
	       r.files == 1 ? "" : "s", r.entries);
	if (fflush(stdout))
		return DICT_EXIT_FATAL;
	return r.errors ? DICT_EXIT_ERRORS : DICT_EXIT_OK;
}

/* `khaldun dict SUBCOMMAND ...`; argv[0] is "dict". */
int cmd_dict(int argc, char **argv)
{
	if (argc < 2) {
		dict_usage(stderr);
		return DICT_EXIT_FATAL;
	}
	if (!strcmp(argv[1], "check"))
		return dict_check(argc - 1, argv + 1);
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		dict_usage(stdout);
		return DICT_EXIT_OK;
	}
	fprintf(stderr, "khaldun: error: unknown dict command '%s'\n", argv[1]);
	dict_usage(stderr);
	return DICT_EXIT_FATAL;
}
