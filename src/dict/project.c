/*
 * project.c - khaldun_dict_load: reads a TABARI .project file (or a directory holding
 * khaldun.project) and loads the dictionaries it names, in order, through the TABARI loader
 * (tabari.c). Paths are relative to the project file's directory. Tags are recognised by
 * their first two letters, as TABARI does; tags that are not about dictionaries are skipped.
 * A big project loads a run of its files on a second thread (merge.c): same dictionary, same
 * diagnostics in the same order as one thread.
 */
#include "dict/tabari.h"
#include "base/buf.h"
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
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

/* A line of the project: a file to load (TAG_*), or a problem to report (ITEM_DIAG), kept
 * so that the files can be loaded on two threads and still report in the project's order. */
enum { ITEM_DIAG = -1 };
typedef struct {
	int kind;
	char *file;          /* malloc'd; ITEM_DIAG: the message */
	long lineno, col;    /* ITEM_DIAG (0 for a file) */
	char *text;          /* ITEM_DIAG: the line (malloc'd), or NULL */
	size_t text_len;
	long long bytes;     /* a dictionary file's size, for the split */
	int rc;              /* the loader's status, when loaded on the second thread */
} item;

typedef struct {
	item *v;
	int n;
	size_t cap;
	int nomem;   /* a line's item was lost: the project cannot be loaded as written */
} items;

static void items_free(items *it)
{
	for (int i = 0; i < it->n; i++) {
		free(it->v[i].file);
		free(it->v[i].text);
	}
	free(it->v);
}

static item *item_add(items *it, int kind)
{
	if (buf_grow_array(&it->v, &it->cap, (size_t)it->n, sizeof *it->v, 16)) {
		it->nomem = 1;
		return NULL;
	}
	item *x = &it->v[it->n++];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	return x;
}

/* A problem of project line `lineno` (msg copied; text, the line, may be NULL). */
static void item_diag(items *it, long lineno, long col, const char *text, size_t n,
		      const char *msg)
{
	item *x = item_add(it, ITEM_DIAG);
	if (!x)
		return;
	x->lineno = lineno;
	x->col = col;
	x->file = strdup(msg);
	x->text = text ? malloc(n + 1) : NULL;
	if (x->text) {
		memcpy(x->text, text, n);
		x->text_len = n;
	}
}

static int is_dict_file(int kind)
{
	return kind == TAG_ACTORS || kind == TAG_AGENTS || kind == TAG_VERBS;
}

/* Loads the file a tag names into d (a sub-dictionary too); the loader's status. */
static int load_file(khaldun_dict *d, int kind, const char *file)
{
	switch (kind) {
	case TAG_ACTORS:
		return tabari_load_actors(d, file, 0);
	case TAG_AGENTS:
		return tabari_load_actors(d, file, 1);
	case TAG_VERBS:
		return tabari_load_verbs(d, file);
	case TAG_OPTIONS:
		return tabari_load_options(d, file);
	}
	return 0;
}

/* Remembers a loaded file (for `dict check`), as the project names it: 0, or -1 when out of
 * memory. */
static int file_loaded(khaldun_dict *d, int kind, const char *file)
{
	static const int kinds[] = { [TAG_ACTORS] = DICT_ACTORS, [TAG_AGENTS] = DICT_AGENTS,
				     [TAG_VERBS] = DICT_VERBS, [TAG_OPTIONS] = DICT_OPTIONS };
	if (kind >= TAG_ACTORS && kind <= TAG_OPTIONS)
		return dict_add_file(d, file, kinds[kind]);
	return 0;
}

/* A file record the project could not keep (out of memory) is an error at its line. */
static void record_failed(khaldun_dict *d, const item *x, const char *project)
{
	diag_report(&d->diag, KHALDUN_ERROR, project, x->lineno, x->col, NULL, 0,
		    "%s: out of memory recording the file", x->file);
}

/* Runs one item on the main thread; returns 1 when it counts as a dictionary file. */
static int run_item(khaldun_dict *d, item *x, const char *project)
{
	if (x->kind == ITEM_DIAG) {
		diag_report(&d->diag, KHALDUN_ERROR, project, x->lineno, x->col, x->text,
			    x->text_len, "%s", x->file ? x->file : "?");
		return 0;
	}
	if (x->kind == TAG_TEXTFILE) {
		if (dict_add_textfile(d, x->file))
			record_failed(d, x, project);
		return 0;
	}
	if (!load_file(d, x->kind, x->file) && file_loaded(d, x->kind, x->file))
		record_failed(d, x, project);
	return is_dict_file(x->kind);
}

/* Reads the project file line by line into its items. */
static void read_project(items *it, FILE *fp, const char *dir)
{
	char line[4096];
	long lineno = 0;
	while (fgets(line, sizeof line, fp)) {
		lineno++;
		size_t n = strlen(line);
		if (n == sizeof line - 1 && line[n - 1] != '\n' && !feof(fp)) {
			/* a longer line is skipped whole (was: read on as another line) */
			int ch;
			while ((ch = getc(fp)) != EOF && ch != '\n')
				;
			char msg[64];
			snprintf(msg, sizeof msg, "line longer than %zu bytes: skipped",
				sizeof line - 2);
			item_diag(it, lineno, 0, NULL, 0, msg);
			continue;
		}
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (line[0] != '<')
			continue;
		char *close = strchr(line, '>');
		if (!close) {
			item_diag(it, lineno, 1, line, n, "expected '>' to close the tag");
			continue;
		}
		int kind = tag_kind(line);
		char *arg = tag_argument(close);
		if (kind == TAG_OTHER)
			continue;   /* <coder>, <session>, <eventfile>, ...: not ours to act on */
		if (!*arg) {
			item_diag(it, lineno, (long)(close - line) + 2, line, n,
				  "missing file name after the tag");
			continue;
		}
		char *file = join_path(dir ? dir : "", arg);
		item *x = file ? item_add(it, kind) : NULL;
		if (!x) {
			it->nomem = 1;
			free(file);
			continue;
		}
		x->file = file;
		struct stat st;
		x->bytes = is_dict_file(kind) && stat(file, &st) == 0 ? (long long)st.st_size : 0;
	}
}
/* ---------------------------------------------------------------- two threads */

/* Projects whose dictionary files total fewer bytes load on one thread (a thread costs more
 * than it saves there); KHALDUN_TEST_LOAD_SPLIT=1 splits any project, =reload too and then
 * refuses the merge as if memory ran out, so that the part loads again on the main thread
 * (tests compare all three). */
#define SPLIT_MIN_BYTES (256 << 10)

/* The run of dictionary files v[*k, *m) to load on a second thread while the main thread
 * loads the items before it, chosen to shorten the longer of the two (the merge counted as
 * an eighth of the part's bytes); 0 when one thread is as quick. A part may not hold a .verbs
 * file when the items before it do: its patterns could name their synsets. */
static int plan_split(const items *it, int *k, int *m)
{
	const char *force = getenv("KHALDUN_TEST_LOAD_SPLIT");
	int forced = force && (!strcmp(force, "1") || !strcmp(force, "reload"));
	long long total = 0;
	for (int i = 0; i < it->n; i++)
		total += it->v[i].bytes;
	if (!forced && total < SPLIT_MIN_BYTES)
		return 0;
	long long best = total, before = 0;
	int found = 0, verbs_before = 0;
	for (int a = 0; a < it->n; a++) {
		long long part = 0;
		int verbs = 0;
		for (int b = a; b < it->n && is_dict_file(it->v[b].kind); b++) {
			part += it->v[b].bytes;
			verbs |= it->v[b].kind == TAG_VERBS;
			if (verbs && verbs_before)
				break;
			long long after = total - before - part;
			long long cost = (before > part + part / 8 ? before : part + part / 8)
				+ after;
			if (cost < best || (forced && !found)) {
				best = cost;
				*k = a;
				*m = b + 1;
				found = 1;
			}
		}
		before += it->v[a].bytes;
		verbs_before |= it->v[a].kind == TAG_VERBS;
	}
	return found;
}

typedef struct {
	khaldun_dict *sub;
	item *v;
	int n;
} part;

static void *load_part(void *arg)
{
	part *p = arg;
	for (int i = 0; i < p->n; i++)
		p->v[i].rc = load_file(p->sub, p->v[i].kind, p->v[i].file);
	return NULL;
}

/* Runs the items v[0, n) in order, the run [k, m) on a second thread; returns the number of
 * dictionary files named. */
static int run_split(khaldun_dict *d, items *it, int k, int m, const char *project)
{
	int nfiles = 0;
	part p = { dict_sub_new(d), it->v + k, m - k };
	long long bytes = 0;
	for (int i = k; i < m; i++)
		bytes += it->v[i].bytes;
	if (p.sub)
		dict_reserve(p.sub, bytes);
	pthread_t th;
	int started = p.sub && pthread_create(&th, NULL, load_part, &p) == 0;
	for (int i = 0; i < k; i++)
		nfiles += run_item(d, &it->v[i], project);
	if (started)
		pthread_join(th, NULL);
	else if (p.sub)
		load_part(&p);
	const char *force = getenv("KHALDUN_TEST_LOAD_SPLIT");
	int refuse = force && !strcmp(force, "reload");
	if (p.sub && !refuse && dict_merge(d, p.sub) == 0) {
		for (int i = k; i < m; i++) {
			if (!it->v[i].rc && file_loaded(d, it->v[i].kind, it->v[i].file))
				record_failed(d, &it->v[i], project);
			nfiles++;
		}
	} else {   /* not mergeable (memory): loaded again here, in order */
		dict_sub_free(p.sub);
		for (int i = k; i < m; i++)
			nfiles += run_item(d, &it->v[i], project);
	}
	for (int i = m; i < it->n; i++)
		nfiles += run_item(d, &it->v[i], project);
	return nfiles;
}

static int run_items(khaldun_dict *d, items *it, const char *project)
{
	int k = 0, m = 0, nfiles = 0;
	long long bytes = 0;
	for (int i = 0; i < it->n; i++)
		bytes += it->v[i].bytes;
	dict_reserve(d, bytes);
	if (plan_split(it, &k, &m))
		return run_split(d, it, k, m, project);
	for (int i = 0; i < it->n; i++)
		nfiles += run_item(d, &it->v[i], project);
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
	items it = { NULL, 0, 0, !dir };
	read_project(&it, fp, dir);
	fclose(fp);
	free(dir);
	if (it.nomem) {
		diag_report(&d->diag, KHALDUN_ERROR, project, 0, 0, NULL, 0,
			    "out of memory reading the project");
		items_free(&it);
		free(project);
		khaldun_dict_free(d);
		return KHALDUN_ERR_NOMEM;
	}
	int nfiles = run_items(d, &it, project);
	items_free(&it);
	if (!nfiles)
		diag_report(&d->diag, KHALDUN_WARNING, project, 0, 0, NULL, 0,
			    "the project names no actor, agent or verb files");
	free(project);
	dict_finish(d);
	*out = d;
	return KHALDUN_OK;
}
