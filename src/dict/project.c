/*
 * project.c - reads a TABARI .project file (or a directory holding khaldun.project) and loads
 * the dictionaries it names, in order. Paths are relative to the project file's directory.
 * Tags are recognised by their first two letters, as TABARI does.
 */
#include "dict/dict.h"
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

static int add_textfile(khaldun_dict *d, const char *path)
{
	if (d->ntextfiles == d->captextfiles) {
		int cap = d->captextfiles ? d->captextfiles * 2 : 8;
		char **v = realloc(d->textfiles, (size_t)cap * sizeof *v);
		if (!v)
			return -1;
		d->textfiles = v;
		d->captextfiles = cap;
	}
	d->textfiles[d->ntextfiles++] = arena_strdup(&d->mem, path);
	return 0;
}

/* Remembers a file the loader read, with its kind (entries' origins name it). */
static void add_file(khaldun_dict *d, const char *path, int kind)
{
	if (d->nfiles == d->capfiles) {
		int cap = d->capfiles ? d->capfiles * 2 : 8;
		dict_file *v = realloc(d->files, (size_t)cap * sizeof *v);
		if (!v)
			return;
		d->files = v;
		d->capfiles = cap;
	}
	d->files[d->nfiles].path = arena_strdup(&d->mem, path);
	d->files[d->nfiles++].kind = (uint8_t)kind;
}

int dict_file_kind(const khaldun_dict *d, const char *path)
{
	for (int i = 0; path && i < d->nfiles; i++)
		if (!strcmp(d->files[i].path, path))
			return d->files[i].kind;
	return DICT_ACTORS;
}

int khaldun_dict_load(khaldun_dict **out, const char *path, khaldun_diag_fn fn, void *ctx)
{
	*out = NULL;
	if (!path)
		return KHALDUN_ERR_ARG;
	khaldun_dict *d = calloc(1, sizeof *d);
	if (!d)
		return KHALDUN_ERR_NOMEM;
	arena_init(&d->mem, 1 << 20);
	d->diag.fn = fn;
	d->diag.ctx = ctx;

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

	char line[4096];
	long lineno = 0;
	int nfiles = 0;
	while (fgets(line, sizeof line, fp)) {
		lineno++;
		size_t n = strlen(line);
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
		char t0 = (char)tolower((unsigned char)line[1]);
		char t1 = (char)tolower((unsigned char)line[2]);
		char *arg = close + 1;
		while (*arg == ' ' || *arg == '\t')
			arg++;
		char *end = arg + strlen(arg);
		while (end > arg && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = 0;
		/* an optional closing tag </...> after the file name */
		char *ct = strstr(arg, "</");
		if (ct) {
			*ct = 0;
			end = ct;
			while (end > arg && (end[-1] == ' ' || end[-1] == '\t'))
				*--end = 0;
		}
		int kind = 0;
		if (t0 == 'a' && t1 == 'c')
			kind = 1;
		else if (t0 == 'a' && t1 == 'g')
			kind = 2;
		else if (t0 == 'v' && t1 == 'e')
			kind = 3;
		else if (t0 == 'o' && t1 == 'p')
			kind = 4;
		else if (t0 == 't' && t1 == 'e')
			kind = 5;
		if (!kind)
			continue;   /* <coder>, <session>, <eventfile>, ...: not ours to act on */
		if (!*arg) {
			diag_report(&d->diag, KHALDUN_ERROR, project, lineno, (long)(close - line) + 2,
				    line, n, "missing file name after the tag");
			continue;
		}
		char *file = join_path(dir ? dir : "", arg);
		if (!file)
			continue;
		switch (kind) {
		case 1:
			if (!dict_load_actors(d, file, 0))
				add_file(d, file, DICT_ACTORS);
			nfiles++;
			break;
		case 2:
			if (!dict_load_actors(d, file, 1))
				add_file(d, file, DICT_AGENTS);
			nfiles++;
			break;
		case 3:
			if (!dict_load_verbs(d, file))
				add_file(d, file, DICT_VERBS);
			nfiles++;
			break;
		case 4:
			if (!dict_load_options(d, file))
				add_file(d, file, DICT_OPTIONS);
			break;
		case 5: add_textfile(d, file); break;
		}
		free(file);
	}
	fclose(fp);
	free(dir);
	if (!nfiles)
		diag_report(&d->diag, KHALDUN_WARNING, project, 0, 0, NULL, 0,
			    "the project names no actor, agent or verb files");
	free(project);
	*out = d;
	return KHALDUN_OK;
}

void khaldun_dict_free(khaldun_dict *d)
{
	if (!d)
		return;
	for (uint32_t i = 0; i < d->nslots; i++)
		free(d->slots[i].v);
	free(d->slots);
	free(d->synsets);
	free(d->options);
	free(d->textfiles);
	free(d->files);
	arena_free(&d->mem);
	free(d);
}

size_t khaldun_dict_errors(const khaldun_dict *d)
{
	return d ? d->diag.errors : 0;
}

const char *khaldun_dict_textfile(const khaldun_dict *d, size_t i)
{
	return d && i < (size_t)d->ntextfiles ? d->textfiles[i] : NULL;
}
