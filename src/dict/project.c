/*
 * project.c - khaldun_dict_load: reads a TABARI .project file (or a directory holding
 * khaldun.project) and loads the dictionaries it names, in order, through the TABARI loader
 * (tabari.c). Paths are relative to the project file's directory. Tags are recognised by
 * their first two letters, as TABARI does; tags that are not about dictionaries are skipped.
 */
#include "dict/tabari.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *join_path(const char *dir, const char *name)
{
	if (name[0] == '/' || !*dir)
		return strdup(name);
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	return p;
}

enum tag { TAG_OTHER, TAG_ACTORS, TAG_AGENTS, TAG_VERBS, TAG_OPTIONS, TAG_TEXTFILE };

/* The tag of a "<tag> file" line by its first two letters. */
static int tag_kind(const char *line)
{
	char t0 = (char)tolower((unsigned char)line[1]);
	char t1 = t0 ? (char)tolower((unsigned char)line[2]) : 0;
	if (t0 == 'a' && t1 == 'c')
		return TAG_ACTORS;
	if (t0 == 'a' && t1 == 'g')
		return TAG_AGENTS;
	if (t0 == 'v' && t1 == 'e')
		return TAG_VERBS;
	if (t0 == 'o' && t1 == 'p')
		return TAG_OPTIONS;
	if (t0 == 't' && t1 == 'e')
		return TAG_TEXTFILE;
	return TAG_OTHER;
}

/* The file name after the tag's '>' (blanks and an optional closing </...> removed, in
 * place). */
static char *tag_argument(char *close)
{
	char *arg = close + 1;
	while (*arg == ' ' || *arg == '\t')
		arg++;
	char *end = arg + strlen(arg);
	while (end > arg && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = 0;
	char *ct = strstr(arg, "</");
	if (ct) {
		*ct = 0;
		end = ct;
		while (end > arg && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = 0;
	}
	return arg;
}

/* Loads the file a tag names; returns 1 when it counts as a dictionary file (actors, agents,
 * verbs), else 0. */
static int load_tagged(khaldun_dict *d, int kind, const char *file)
{
	switch (kind) {
	case TAG_ACTORS:
		if (!tabari_load_actors(d, file, 0))
			dict_add_file(d, file, DICT_ACTORS);
		return 1;
	case TAG_AGENTS:
		if (!tabari_load_actors(d, file, 1))
			dict_add_file(d, file, DICT_AGENTS);
		return 1;
	case TAG_VERBS:
		if (!tabari_load_verbs(d, file))
			dict_add_file(d, file, DICT_VERBS);
		return 1;
	case TAG_OPTIONS:
		if (!tabari_load_options(d, file))
			dict_add_file(d, file, DICT_OPTIONS);
		return 0;
	case TAG_TEXTFILE:
		dict_add_textfile(d, file);
		return 0;
	}
	return 0;
}

/* Reads the project file line by line; returns the number of dictionary files named. */
static int read_project(khaldun_dict *d, FILE *fp, const char *project, const char *dir)
{
	char line[4096];
	long lineno = 0;
	int nfiles = 0;
	while (fgets(line, sizeof line, fp)) {
		lineno++;
		size_t n = strlen(line);
		if (n == sizeof line - 1 && line[n - 1] != '\n' && !feof(fp)) {
			/* a longer line is skipped whole (was: read on as another line) */
			int ch;
			while ((ch = getc(fp)) != EOF && ch != '\n')
				;
			diag_report(&d->diag, KHALDUN_ERROR, project, lineno, 0, NULL, 0,
				    "line longer than %zu bytes: skipped", sizeof line - 2);
			continue;
		}
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (line[0] != '<')
			continue;
		char *close = strchr(line, '>');
		if (!close) {
			diag_report(&d->diag, KHALDUN_ERROR, project, lineno, 1, line, n,
				    "expected '>' to close the tag");
			continue;
		}
		int kind = tag_kind(line);
		char *arg = tag_argument(close);
		if (kind == TAG_OTHER)
			continue;   /* <coder>, <session>, <eventfile>, ...: not ours to act on */
		if (!*arg) {
			diag_report(&d->diag, KHALDUN_ERROR, project, lineno, (long)(close - line) + 2,
				    line, n, "missing file name after the tag");
			continue;
		}
		char *file = join_path(dir ? dir : "", arg);
		if (!file)
			continue;
		nfiles += load_tagged(d, kind, file);
		free(file);
	}
	return nfiles;
}

int khaldun_dict_load(khaldun_dict **out, const char *path, khaldun_diag_fn fn, void *ctx)
{
	return khaldun_dict_load_limits(out, path, NULL, fn, ctx);
}

int khaldun_dict_load_limits(khaldun_dict **out, const char *path, const khaldun_limits *l,
			     khaldun_diag_fn fn, void *ctx)
{
	*out = NULL;
	if (!path)
		return KHALDUN_ERR_ARG;
	khaldun_dict *d = dict_new(fn, ctx);
	if (!d)
		return KHALDUN_ERR_NOMEM;
	d->line_max = khaldun_limits_resolve(l).dict_line;
	char *project = NULL;
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		project = join_path(path, "khaldun.project");
	else
		project = strdup(path);
	FILE *fp = project ? fopen(project, "r") : NULL;
	if (!fp) {
		diag_report(&d->diag, KHALDUN_ERROR, project ? project : path, 0, 0, NULL, 0,
			    "cannot open project file: %s", strerror(errno));
		free(project);
		khaldun_dict_free(d);
		return KHALDUN_ERR_IO;
	}
	char *dir = strdup(project);
	char *slash = dir ? strrchr(dir, '/') : NULL;
	if (slash)
		*slash = 0;
	else if (dir)
		dir[0] = 0;
	int nfiles = read_project(d, fp, project, dir);
	fclose(fp);
	free(dir);
	if (!nfiles)
		diag_report(&d->diag, KHALDUN_WARNING, project, 0, 0, NULL, 0,
			    "the project names no actor, agent or verb files");
	free(project);
	dict_finish(d);
	*out = d;
	return KHALDUN_OK;
}
