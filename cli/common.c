/*
 * common.c - what the khaldun command's files share (see common.h): diagnostics printing,
 * default paths, format names, and loading what coding needs.
 */
#include "common.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *progname = "khaldun";
int quiet_notes;

/* The length (1-4) of the well-formed UTF-8 sequence at p[0..n), or 0 (Unicode's table 3-7:
 * no overlong form, surrogate or code point past U+10FFFF). The CLI sees only khaldun.h, so
 * the library's decoder is not at hand; this is all put_safe needs of one. */
static size_t seq_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0], lo = 0x80, hi = 0xBF;
	size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
		 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	if (!k || k > n)
		return 0;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	for (size_t i = 1; i < k; i++, lo = 0x80, hi = 0xBF)
		if (p[i] < lo || p[i] > hi)
			return 0;
	return k;
}

/* Writes p[0..n) with control characters (C0 but tab, DEL) and bytes of no valid UTF-8
 * sequence as \xNN, C1 controls (as UTF-8) as \u00NN: ids, lines and texts from the input
 * reach a terminal, where ESC sequences would act and broken bytes garble the line. */
void cli_put_safe(FILE *fp, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n; ) {
		size_t k = seq_len(p + i, n - i);
		if (!k || (k == 1 && ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7F)))
			fprintf(fp, "\\x%02X", p[i]), k = 1;
		else if (k == 2 && p[i] == 0xC2 && p[i + 1] <= 0x9F)
			fprintf(fp, "\\u%04X", p[i + 1]);
		else
			fwrite(p + i, 1, k, fp);
		i += k;
	}
}

void cli_put_json(FILE *fp, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	putc('"', fp);
	for (size_t i = 0; i < n; ) {
		size_t k = seq_len(p + i, n - i);
		if (!k)
			fputs("\\ufffd", fp), k = 1;   /* one per byte of no valid sequence */
		else if (p[i] == '"' || p[i] == '\\')
			fprintf(fp, "\\%c", p[i]);
		else if (p[i] == '\n')
			fputs("\\n", fp);
		else if (p[i] == '\t')
			fputs("\\t", fp);
		else if (k == 1 && (p[i] < 0x20 || p[i] == 0x7F))
			fprintf(fp, "\\u%04x", p[i]);
		else
			fwrite(p + i, 1, k, fp);
		i += k;
	}
	putc('"', fp);
}

/* The length of p[0..n) cut to at most max bytes, before a character, not inside one. */
static size_t cut_len(const char *p, size_t n, size_t max)
{
	if (n <= max)
		return n;
	size_t k = max;
	while (k > 0 && ((unsigned char)p[k] & 0xC0) == 0x80)
		k--;
	return k;
}

const char *cli_safe(const char *s)
{
	/* 200 bytes, each escaped to at most 4 ("\xNN"), "..." and the NUL fit */
	static char bufs[4][1024];
	static unsigned k;
	if (!s)
		return "";
	char *b = bufs[k++ % 4];
	b[0] = 0;   /* nothing written ("") leaves the buffer as the last call left it */
	FILE *fp = fmemopen(b, sizeof bufs[0], "w");
	if (!fp)
		return "?";
	setvbuf(fp, NULL, _IONBF, 0);
	size_t n = strlen(s), shown = cut_len(s, n, 200);
	cli_put_safe(fp, s, shown);
	if (shown < n)
		fputs("...", fp);
	fclose(fp);
	b[sizeof bufs[0] - 1] = 0;
	return b;
}

static void put_diag(FILE *fp, const khaldun_diag *d)
{
	static const char *sev[] = { "note", "warning", "error" };
	fprintf(fp, "%s: %s: ", progname, sev[d->severity]);
	if (d->file) {
		cli_put_safe(fp, d->file, strlen(d->file));
		if (d->line)
			fprintf(fp, ":%ld", d->line);
		if (d->column)
			fprintf(fp, ":%ld", d->column);
		fprintf(fp, ": ");
	}
	cli_put_safe(fp, d->message, strlen(d->message));
	putc('\n', fp);
	if (d->text && d->text_len) {
		size_t n = cut_len(d->text, d->text_len, 200);
		fputs("    ", fp);
		cli_put_safe(fp, d->text, n);
		fprintf(fp, "%s\n", n < d->text_len ? "..." : "");
		if (d->column > 0 && (size_t)d->column <= n + 1)
			fprintf(fp, "    %*s^\n", (int)d->column - 1, "");
	}
}

/* A diagnostic is composed in memory and written in one piece: stderr is unbuffered, and
 * written directly it cost a write(2) per byte of a file name (4,646 calls for the production
 * dictionaries' 30 warnings), and lines of two threads could mix. */
void print_diag(void *ctx, const khaldun_diag *d)
{
	(void)ctx;
	if (d->severity == KHALDUN_NOTE && quiet_notes)
		return;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp) {
		put_diag(stderr, d);
		return;
	}
	put_diag(fp, d);
	if (fclose(fp) == 0)
		fwrite(buf, 1, len, stderr);
	else
		put_diag(stderr, d);
	free(buf);
}

void count_diag(void *ctx, const khaldun_diag *d)
{
	if (d->severity == KHALDUN_ERROR)
		(*(int *)ctx)++;
	print_diag(NULL, d);
}

/* The directory holding this executable, for finding the bundled dictionaries. */
static char *exe_dir(void)
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

static int exists(const char *p)
{
	return access(p, R_OK) == 0;
}

const char *default_project(void)
{
	static char buf[4200];
	const char *env = getenv("KHALDUN_DICT");
	if (env && *env)
		return env;
	char *d = exe_dir();
	if (d) {
		snprintf(buf, sizeof buf, "%s/dict/khaldun.project", d);
		if (exists(buf))
			return buf;
		snprintf(buf, sizeof buf, "%s/../share/khaldun/dict/khaldun.project", d);
		if (exists(buf))
			return buf;
	}
	return "dict/khaldun.project";
}

const char *default_cameo(void)
{
	const char *env = getenv("KHALDUN_CAMEO");
	return env && *env ? env : NULL;
}

khaldun_cameo *load_cameo(const char *dir)
{
	khaldun_cameo *t = NULL;
	if (!dir)
		dir = default_cameo();
	if (dir ? khaldun_cameo_load(&t, dir, print_diag, NULL) : khaldun_cameo_builtin(&t))
		t = NULL;
	return t;
}

int cli_format(const char *f, int allow_auto, int *out)
{
	static const struct { const char *name; int fmt; } names[] = {
		{ "auto", FMT_AUTO }, { "jsonl", KHALDUN_FMT_JSONL }, { "text", KHALDUN_FMT_TEXT },
		{ "tabari", KHALDUN_FMT_TABARI }, { "file", KHALDUN_FMT_FILE },
		{ "rss", KHALDUN_FMT_RSS }, { "atom", KHALDUN_FMT_RSS },
		{ "html", KHALDUN_FMT_HTML },
	};
	for (size_t i = allow_auto ? 0 : 1; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(f, names[i].name)) {
			*out = names[i].fmt;
			return 0;
		}
	fprintf(stderr, "%s: error: unknown format '%s' (%sjsonl, text, tabari, file, rss, atom "
		"or html)\n", progname, f, allow_auto ? "auto, " : "");
	return -1;
}

/* The gazetteer needs nothing from the dictionaries, so it loads on a thread of its own
 * while they load (the main thread waits for the dictionaries' second thread anyway). Its
 * messages are kept and printed when coding_places takes it: where and when they were printed
 * before (after the dictionaries' ones; not at all when the dictionaries fail). */
struct cli_places_job {
	pthread_t th;
	const char *path;
	khaldun_places *g;
	int rc;
	khaldun_diag *msgs;   /* kept messages, their strings copied */
	size_t nmsgs, capmsgs;
	int lost;             /* one could not be kept (memory) */
};

static char *copy_or_null(const char *p, size_t n, int *lost)
{
	char *s = p ? strndup(p, n) : NULL;
	if (p && !s)
		*lost = 1;
	return s;
}

static void keep_diag(void *ctx, const khaldun_diag *d)
{
	struct cli_places_job *j = ctx;
	if (khaldun_array_reserve(&j->msgs, &j->capmsgs, j->nmsgs + 1, sizeof *j->msgs, 16)) {
		j->lost = 1;
		return;
	}
	khaldun_diag *k = &j->msgs[j->nmsgs++];
	*k = *d;
	k->file = copy_or_null(d->file, d->file ? strlen(d->file) : 0, &j->lost);
	k->message = copy_or_null(d->message, d->message ? strlen(d->message) : 0, &j->lost);
	k->text = copy_or_null(d->text, d->text_len, &j->lost);
}

static void *places_thread(void *arg)
{
	struct cli_places_job *j = arg;
	j->rc = khaldun_places_load(&j->g, j->path, keep_diag, j);
	return NULL;
}

/* The job loading the gazetteer, or NULL when there is none to load or no thread (then
 * coding_places loads it itself). */
static struct cli_places_job *places_start(void)
{
	const char *path = cli_places_path(NULL);
	struct cli_places_job *j = *path ? calloc(1, sizeof *j) : NULL;
	if (!j)
		return NULL;
	j->path = path;
	if (pthread_create(&j->th, NULL, places_thread, j)) {
		free(j);
		return NULL;
	}
	return j;
}

/* Waits for c's job and takes it off c: the gazetteer into c->places, its messages printed
 * when `report`, else the gazetteer freed. Returns the load's code. */
static int places_join(cli_coding *c, int report)
{
	struct cli_places_job *j = c->places_job;
	c->places_job = NULL;
	pthread_join(j->th, NULL);
	for (size_t i = 0; i < j->nmsgs; i++) {
		if (report)
			print_diag(NULL, &j->msgs[i]);
		free((char *)j->msgs[i].file);
		free((char *)j->msgs[i].message);
		free((char *)j->msgs[i].text);
	}
	if (report && j->lost)
		fprintf(stderr, "%s: error: out of memory\n", progname);
	int rc = j->rc;
	if (report)
		c->places = j->g;
	else
		khaldun_places_free(j->g);
	free(j->msgs);
	free(j);
	return rc;
}

static void places_drop(cli_coding *c)
{
	if (c->places_job)
		places_join(c, 0);
}

int cli_coding_load(cli_coding *c, const char *project, const char *cameo_dir)
{
	return cli_coding_load_limits(c, project, cameo_dir, NULL);
}

int cli_coding_load_limits(cli_coding *c, const char *project, const char *cameo_dir,
			   const khaldun_limits *l)
{
	memset(c, 0, sizeof *c);
	if (!project)
		project = default_project();
	c->places_job = places_start();
	if (khaldun_dict_load_limits(&c->dict, project, l, print_diag, NULL) != KHALDUN_OK) {
		places_drop(c);
		return -1;
	}
	c->dict_errors = khaldun_dict_errors(c->dict) != 0;
	c->cameo = load_cameo(cameo_dir);
	if (khaldun_coder_new(&c->coder, c->dict) != KHALDUN_OK
	    || khaldun_coder_set_limits(c->coder, l) != KHALDUN_OK) {
		fprintf(stderr, "%s: error: out of memory\n", progname);
		cli_coding_free(c);
		return -1;
	}
	return 0;
}

int cli_data_file(char *out, size_t size, const char *here, const char *share)
{
	const char *exe = exe_dir();
	if (!exe)
		return 0;
	snprintf(out, size, "%s/%s", exe, here);
	if (access(out, R_OK) == 0)
		return 1;
	snprintf(out, size, "%s/../share/khaldun/%s", exe, share);
	return access(out, R_OK) == 0;
}

/* Where the gazetteer is: --places (cli_places_option), $KHALDUN_PLACES ("none": no
 * places), data/places.bin next to the command or under ../share/khaldun, or in the current
 * folder; "" when none. *explicit_path says whether the user named it. */
const char *cli_places_option;

const char *cli_places_path(int *explicit_path)
{
	static char path[4200];
	const char *env = getenv("KHALDUN_PLACES");
	if (explicit_path)
		*explicit_path = 1;
	if (cli_places_option)
		return strcmp(cli_places_option, "none") ? cli_places_option : "";
	if (env && *env)
		return strcmp(env, "none") ? env : "";
	if (explicit_path)
		*explicit_path = 0;
	if (cli_data_file(path, sizeof path, "data/places.bin", "data/places.bin"))
		return path;
	return access("data/places.bin", R_OK) == 0 ? "data/places.bin" : "";
}

/* The gazetteer, when one is found (a found file that does not load stops the command).
 * None found where none was asked for ("none") is said once: the events then carry no
 * place, which a user who moved the command away from its data/ would not otherwise see. */
static int coding_places(cli_coding *c)
{
	int named;
	const char *path = cli_places_path(&named);
	if (!*path && !named)
		fprintf(stderr, "khaldun: warning: no gazetteer found (data/places.bin next to the "
			"command, ../share/khaldun or here): events are coded without places; "
			"--places FILE names one, --places none says so\n");
	if (c->places_job ? places_join(c, 1) != KHALDUN_OK
	    : *path && khaldun_places_load(&c->places, path, print_diag, NULL) != KHALDUN_OK)
		return -1;
	if (c->places)
		khaldun_dict_set_places(c->dict, c->places);
	return 0;
}

int cli_coding_syntax(cli_coding *c, int shallow)
{
	if (coding_places(c))
		return -1;
	if (shallow || !khaldun_dict_wants_parser(c->dict))
		return 0;
	if (khaldun_parser_load(&c->parser, cli_default_model(), print_diag, NULL) != KHALDUN_OK)
		return -1;
	khaldun_dict_set_parser(c->dict, c->parser);
	return 0;
}

void cli_coding_free(cli_coding *c)
{
	places_drop(c);
	khaldun_coder_free(c->coder);
	khaldun_cameo_free(c->cameo);
	khaldun_dict_free(c->dict);
	khaldun_parser_free(c->parser);
	khaldun_places_free(c->places);
	memset(c, 0, sizeof *c);
}

size_t cli_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (size_t)n : 1;
}

int cli_jobs(const char *v, size_t *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (end == v || *end || n < 1 || n > 1024) {
		fprintf(stderr, "%s: error: invalid -j '%s' (a number of threads, 1 to 1024)\n",
			progname, v);
		return -1;
	}
	*out = (size_t)n;
	return 0;
}

int missing_value(const char *opt)
{
	fprintf(stderr, "%s: error: option '%s' needs a value\n", progname, opt);
	return EXIT_FATAL;
}

void cli_bad_arg(const char *a, void (*usage)(FILE *))
{
	fprintf(stderr, "%s: error: %s '%s'\n", progname,
		a[0] == '-' && a[1] ? "unknown option" : "unexpected argument", cli_safe(a));
	usage(stderr);
}

int lookup_options_end(char **argv, int *i, void (*usage)(FILE *))
{
	const char *a = argv[*i];
	if (!strcmp(a, "--")) {
		(*i)++;
		return 0;
	}
	if (a[0] == '-' && a[1]) {
		cli_bad_arg(a, usage);
		return -1;
	}
	return 0;
}

int lookup_needs_operand(int argc, char **argv, int i, const char *cmd,
			 void (*usage)(FILE *))
{
	/* a blank operand (`khaldun cameo "$unset"`) matches every line: it would list the
	 * whole dictionary as found, so it counts as none */
	int blank = 0;
	for (int j = i; j < argc; j++)
		blank |= argv[j][strspn(argv[j], " \t\r\n")] == 0;
	if (i < argc && !blank)
		return EXIT_OK;
	fprintf(stderr, "%s: error: %s needs a CODE or WORDS%s\n", progname, cmd,
		i < argc ? " (an operand is empty)" : "");
	usage(stderr);
	return EXIT_FATAL;
}

int lacks_value(int argc, char **argv, int i, const char *opts)
{
	size_t n = strlen(argv[i]);
	if (i + 1 < argc || n == 0)
		return 0;
	for (const char *p = opts; (p = strstr(p, argv[i])); p += n)
		if ((p == opts || p[-1] == ' ') && (p[n] == ' ' || p[n] == 0)) {
			missing_value(argv[i]);
			return 1;
		}
	return 0;
}
