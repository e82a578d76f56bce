/*
 * explain.c - `khaldun explain`: why an event was coded. Takes one event from a store
 * (`--db FILE ID`) or the JSON event lines `khaldun code` writes (standard input), and prints
 * the event with its code's meaning, the sentence with the words each match covered marked
 * ([[...]], or colours on a terminal), and each dictionary line behind it, quoted from its file
 * (file:line). Invariant: a malformed input line or an unreadable dictionary file is reported
 * with its place and the rest is explained. Exit status: 0 explained; 1 usage or fatal error;
 * 2 some line or dictionary file could not be read.
 */
#include "khaldun.h"
#include "commands.h"
#include "lookup.h"
#include "common.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define MAX_LINE (16 << 20)

/* The fields of one event that explain uses; strings owned by the struct (freed by ev_free). */
enum { F_STORY, F_DATE, F_SOURCE, F_TARGET, F_CODE, F_SOURCE_TEXT, F_TARGET_TEXT, F_VERB_TEXT,
       F_SENTENCE, F_ATTRIBUTION, F_PATTERN, F_VERB_ENTRY, F_SOURCE_ENTRY, F_TARGET_ENTRY,
       F_CONTEXT, F__N };
static const char *const field_names[F__N] = {
	"story", "date", "source", "target", "code", "source_text", "target_text", "verb_text",
	"sentence_text", "attribution", "pattern", "verb_entry", "source_entry", "target_entry",
	"context"
};

typedef struct {
	char *f[F__N];
	const char *entry_text[4];   /* stored events: the entry text kept by the store */
} ev;

static void ev_free(ev *e)
{
	for (int i = 0; i < F__N; i++)
		free(e->f[i]);
	memset(e, 0, sizeof *e);
}

/* ---------------------------------------------------------------- a small JSON reader */

typedef struct {
	const char *p, *end;
	const char *err;
	unsigned wrong;   /* fields (1 << F_...) whose value was not a string or null: ignored */
} js;

static void ws(js *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

static void put_utf8(char *o, size_t *n, unsigned long c)
{
	if (c < 0x80)
		o[(*n)++] = (char)c;
	else if (c < 0x800) {
		o[(*n)++] = (char)(0xC0 | (c >> 6));
		o[(*n)++] = (char)(0x80 | (c & 0x3F));
	} else {
		o[(*n)++] = (char)(0xE0 | (c >> 12));
		o[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
		o[(*n)++] = (char)(0x80 | (c & 0x3F));
	}
}

/* Reads a JSON string at j->p (the opening quote); returns it malloc'd, or NULL on error. */
static char *jstring(js *j)
{
	if (j->p >= j->end || *j->p != '"')
		return j->err = "expected a string", NULL;
	j->p++;
	char *o = malloc((size_t)(j->end - j->p) + 1);
	size_t n = 0;
	if (!o)
		return j->err = "out of memory", NULL;
	while (j->p < j->end && *j->p != '"') {
		char c = *j->p++;
		if ((unsigned char)c < 0x20) {   /* a NUL would cut the value short unseen */
			free(o);
			return j->err = "control character in a string (JSON escapes it)", NULL;
		}
		if (c != '\\') {
			o[n++] = c;
			continue;
		}
		if (j->p >= j->end)
			break;
		c = *j->p++;
		const char *esc = strchr("\"\\/bfnrt", c);
		if (esc && c != 'u') {
			o[n++] = "\"\\/\b\f\n\r\t"[esc - "\"\\/bfnrt"];
		} else if (c == 'u' && j->end - j->p >= 4) {
			char hex[5] = { j->p[0], j->p[1], j->p[2], j->p[3], 0 };
			char *e;
			unsigned long u = strtoul(hex, &e, 16);
			if (*e || !u)   /* \\u0000 as a raw NUL: the same cut */
				break;
			j->p += 4;
			put_utf8(o, &n, u);   /* surrogates are kept as written: display only */
		} else {
			break;
		}
	}
	if (j->p >= j->end || *j->p != '"') {
		free(o);
		return j->err = "unterminated or invalid string", NULL;
	}
	j->p++;
	o[n] = 0;
	return o;
}

/* Skips a JSON value that is not kept (number, literal, array or object). */
static void jskip(js *j)
{
	int depth = 0;
	do {
		ws(j);
		if (j->p >= j->end)
			break;
		if (*j->p == '"') {
			free(jstring(j));
			if (j->err)
				return;
			continue;
		}
		if (*j->p == '{' || *j->p == '[')
			depth++;
		else if (*j->p == '}' || *j->p == ']')
			depth--;
		j->p++;
	} while (depth > 0 || (j->p < j->end && !strchr(",}]", *j->p) && depth == 0
			      && (isalnum((unsigned char)*j->p) || *j->p == '.' || *j->p == '-'
				  || *j->p == '+')));
	if (depth)
		j->err = "unbalanced brackets";
}

/* Reads an object's members into e; `nested` for the "evidence" object. */
static void jobject(js *j, ev *e, int nested)
{
	ws(j);
	if (j->p >= j->end || *j->p != '{') {
		j->err = "expected a JSON object";
		return;
	}
	j->p++;
	for (;;) {
		ws(j);
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			return;
		}
		char *key = jstring(j);
		if (!key)
			return;
		ws(j);
		if (j->p >= j->end || *j->p != ':') {
			free(key);
			j->err = "expected ':'";
			return;
		}
		j->p++;
		ws(j);
		int idx = -1;
		for (int i = 0; i < F__N; i++)
			if (!strcmp(key, field_names[i]) && (i >= F_PATTERN) == nested)
				idx = i;
		if (!nested && !strcmp(key, "evidence") && j->p < j->end && *j->p == '{')
			jobject(j, e, 1);
		else if (idx >= 0 && j->p < j->end && *j->p == '"') {
			free(e->f[idx]);
			e->f[idx] = jstring(j);
		} else {
			/* a field of ours of another type (`"attribution": 5`) is told, not
			 * passed over as if the event had none */
			if (idx >= 0 && !(j->end - j->p >= 4 && !memcmp(j->p, "null", 4)))
				j->wrong |= 1u << idx;
			jskip(j);
		}
		free(key);
		if (j->err)
			return;
		ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			return;
		}
		j->err = "expected ',' or '}'";
		return;
	}
}

/* ---------------------------------------------------------------- printing */

typedef struct {
	int color;
	int status;
	const khaldun_cameo *tables;   /* the compiled-in tables */
} out_ctx;

typedef struct {
	size_t at, len;
	int kind;   /* 0 source, 1 target, 2 verb */
} span;

/* The words w in sentence s: after its dateline first (dateline53: "KYIV, Ukraine (AP) -
 * Russia ... on Ukraine": the target is the later "Ukraine", the dateline is no actor). */
static int find_span(const char *s, const char *w, size_t *at)
{
	if (!w || !*w)
		return 0;
	const char *p = strstr(s + khaldun_dateline(s, strlen(s)), w);
	if (!p)
		p = strstr(s, w);
	for (const char *q = s; !p && *q; q++)
		if (!strncasecmp(q, w, strlen(w)))
			p = q;
	if (!p)
		return 0;
	*at = (size_t)(p - s);
	return 1;
}

static void print_marked(const ev *e, const out_ctx *o)
{
	static const char *const on[] = { "\033[1;32m", "\033[1;31m", "\033[1;33m" };
	const char *s = e->f[F_SENTENCE];
	span v[3];
	int n = 0;
	const int which[3] = { F_SOURCE_TEXT, F_TARGET_TEXT, F_VERB_TEXT };
	for (int k = 0; k < 3; k++) {
		size_t at;
		if (!find_span(s, e->f[which[k]], &at))
			continue;
		size_t len = strlen(e->f[which[k]]);
		int overlap = 0;
		for (int i = 0; i < n; i++)
			if (at < v[i].at + v[i].len && v[i].at < at + len)
				overlap = 1;
		if (!overlap)
			v[n++] = (span){ at, len, k };
	}
	for (int i = 1; i < n; i++)   /* by position */
		for (int k = i; k > 0 && v[k].at < v[k - 1].at; k--) {
			span t = v[k];
			v[k] = v[k - 1];
			v[k - 1] = t;
		}
	size_t pos = 0;
	fputs("  ", stdout);
	for (int i = 0; i < n; i++) {   /* the texts are the input's: escaped (cli_put_safe) */
		cli_put_safe(stdout, s + pos, v[i].at - pos);
		fputs(o->color ? on[v[i].kind] : "[[", stdout);
		cli_put_safe(stdout, s + v[i].at, v[i].len);
		fputs(o->color ? "\033[0m" : "]]", stdout);
		pos = v[i].at + v[i].len;
	}
	cli_put_safe(stdout, s + pos, strlen(s + pos));
	putchar('\n');
}

/* Reads line `line` of `file` into buf; 0, or -1 when it cannot be read. */
static int file_line(const char *file, long line, char *buf, size_t cap)
{
	FILE *fp = fopen(file, "rb");
	if (!fp)
		return -1;
	long n = 0;
	int found = -1;
	while (fgets(buf, (int)cap, fp)) {
		size_t len = strlen(buf);
		int whole = len && buf[len - 1] == '\n';
		if (++n == line) {
			while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
				buf[--len] = 0;
			found = 0;
			break;
		}
		while (!whole && fgets(buf, (int)cap, fp)) {   /* the rest of a long line */
			len = strlen(buf);
			whole = len && buf[len - 1] == '\n';
		}
	}
	fclose(fp);
	return found;
}

/* The length of the note on side `what` in the event's context notes ("source: country PNG
 * of ...; target: ..."), setting *at to its text after "what: "; 0: none. */
static size_t side_note(const char *context, const char *what, const char **at)
{
	size_t wn = strlen(what);
	for (const char *p = context; p && *p; p = strstr(p, "; ")) {
		if (p != context)
			p += 2;
		if (!strncmp(p, what, wn) && p[wn] == ':' && p[wn + 1] == ' ') {
			const char *end = strstr(p, "; ");
			*at = p + wn + 2;
			return end ? (size_t)(end - *at) : strlen(*at);
		}
	}
	return 0;
}

/* One evidence row: what, code, the words, and the dictionary line quoted from its file; a
 * side no dictionary line gave, the story-context note that says where it came from. */
static void print_origin(const char *what, const char *code, const char *words,
			 const char *where, const char *kept, const char *context, out_ctx *o)
{
	printf("%-8s %-10s %-28s", what, cli_safe(code), cli_safe(words));
	if (!where || !*where) {
		const char *note;
		size_t n = side_note(context, what, &note);
		if (n) {
			fputs("  (context: ", stdout);
			cli_put_safe(stdout, note, n);
			fputs(")\n", stdout);
			return;
		}
		printf("  (no dictionary entry: %s)\n", !strcmp(what, "verb") ||
			!strcmp(what, "pattern")
		       ? "none" : "a noun phrase or the null actor");
		return;
	}
	printf("  %s\n", cli_safe(where));
	char path[4096], text[4096];
	const char *colon = strrchr(where, ':');
	long line = colon ? strtol(colon + 1, NULL, 10) : 0;
	size_t pn = colon ? (size_t)(colon - where) : 0;
	if (!colon || line <= 0 || pn >= sizeof path) {
		printf("         (not a FILE:LINE place)\n");
		o->status = EXIT_SKIPPED;
		return;
	}
	memcpy(path, where, pn);
	path[pn] = 0;
	if (file_line(path, line, text, sizeof text) == 0) {
		fputs("         | ", stdout);
		cli_put_safe(stdout, text, strlen(text));
		putchar('\n');
	} else if (kept) {
		fputs("         | ", stdout);
		cli_put_safe(stdout, kept, strlen(kept));
		printf("   (as stored; %s cannot be read)\n", cli_safe(path));
	} else {
		fprintf(stderr, "%s: warning: %s: cannot read line %ld\n", progname, cli_safe(path),
			line);
		o->status = EXIT_SKIPPED;
	}
}

static void explain(const ev *e, out_ctx *o)
{
	const char *code = e->f[F_CODE] ? e->f[F_CODE] : "";
	const char *name = khaldun_cameo_name(code);
	khaldun_cameo_info ci;
	khaldun_cameo_lookup(o->tables, code, &ci);
	printf("event    %s -> %s  %s %s\n", e->f[F_SOURCE] ? cli_safe(e->f[F_SOURCE]) : "-",
	       e->f[F_TARGET] ? cli_safe(e->f[F_TARGET]) : "-", cli_safe(code), name ? name : "");
	printf("         quad %d", ci.quad);
	if (ci.has_goldstein)
		printf(", goldstein %.1f", ci.goldstein);
	if (ci.plover)
		printf(", PLOVER %s", ci.plover);
	putchar('\n');
	printf("         story %s, %s\n", e->f[F_STORY] ? cli_safe(e->f[F_STORY]) : "?",
	       e->f[F_DATE] ? cli_safe(e->f[F_DATE]) : "no date");
	/* a reported deed: who reported it ("X said Y attacked Z": X), named or resolved */
	if (e->f[F_ATTRIBUTION])
		printf("         said by %s\n", cli_safe(e->f[F_ATTRIBUTION]));
	if (e->f[F_SENTENCE])
		print_marked(e, o);
	print_origin("source", e->f[F_SOURCE], e->f[F_SOURCE_TEXT], e->f[F_SOURCE_ENTRY],
		     e->entry_text[2], e->f[F_CONTEXT], o);
	print_origin("target", e->f[F_TARGET], e->f[F_TARGET_TEXT], e->f[F_TARGET_ENTRY],
		     e->entry_text[3], e->f[F_CONTEXT], o);
	print_origin("verb", "", e->f[F_VERB_TEXT], e->f[F_VERB_ENTRY], e->entry_text[1], NULL, o);
	print_origin("pattern", code, "", e->f[F_PATTERN], e->entry_text[0], NULL, o);
}

/* ---------------------------------------------------------------- from a store */

typedef struct {
	long long id;
	ev e;
	int found;
} find_ctx;

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static char *place(const khaldun_origin *o)
{
	if (!o->file)
		return NULL;
	size_t n = strlen(o->file) + 24;
	char *s = malloc(n);
	if (s)
		snprintf(s, n, "%s:%ld", o->file, o->line);
	return s;
}

static int find_event(void *vctx, const khaldun_stored_event *se)
{
	find_ctx *x = vctx;
	if (se->id != x->id)
		return 0;
	const khaldun_event *e = &se->event;
	char date[32];
	snprintf(date, sizeof date, "%04ld-%02ld-%02ld", e->date / 10000, e->date / 100 % 100,
		 e->date % 100);
	x->e.f[F_STORY] = dup_or_null(se->story);
	x->e.f[F_DATE] = strdup(date);
	x->e.f[F_SOURCE] = dup_or_null(e->source);
	x->e.f[F_TARGET] = dup_or_null(e->target);
	x->e.f[F_CODE] = dup_or_null(e->code);
	x->e.f[F_SOURCE_TEXT] = dup_or_null(e->source_text);
	x->e.f[F_TARGET_TEXT] = dup_or_null(e->target_text);
	x->e.f[F_VERB_TEXT] = dup_or_null(e->verb_text);
	x->e.f[F_SENTENCE] = dup_or_null(se->sentence_text);
	x->e.f[F_ATTRIBUTION] = dup_or_null(e->attribution);
	x->e.f[F_PATTERN] = place(&e->pattern);
	x->e.f[F_VERB_ENTRY] = place(&e->verb);
	x->e.f[F_SOURCE_ENTRY] = place(&e->source_entry);
	x->e.f[F_TARGET_ENTRY] = place(&e->target_entry);
	x->found = 1;
	return 1;
}

static int from_store(const char *db, const char *id, out_ctx *o)
{
	char *end;
	find_ctx x;
	memset(&x, 0, sizeof x);
	x.id = strtoll(id, &end, 10);
	if (!*id || *end || x.id <= 0) {
		fprintf(stderr, "%s: error: invalid event id '%s' (a number, as in `export`)\n",
			progname, cli_safe(id));
		return EXIT_FATAL;
	}
	khaldun_store *s;
	if (khaldun_store_open(&s, db, 1, print_diag, NULL) != KHALDUN_OK)
		return EXIT_FATAL;
	khaldun_filter f;
	memset(&f, 0, sizeof f);
	int rc = khaldun_store_events(s, &f, find_event, &x);
	if (rc == KHALDUN_OK && x.found)
		explain(&x.e, o);
	else if (rc == KHALDUN_OK)
		fprintf(stderr, "%s: error: %s: no event with id %s\n", progname, cli_safe(db),
			cli_safe(id));
	ev_free(&x.e);
	khaldun_store_free(s);
	return rc != KHALDUN_OK || !x.found ? EXIT_FATAL : o->status;
}

/* ---------------------------------------------------------------- from standard input */

/* Reads one line (without its '\n'; NUL bytes in it kept and counted) into *buf, growing it
 * up to MAX_LINE bytes: a longer line is read to its end but not kept, so memory stays bounded
 * whatever the input. Returns its length, -1 at EOF, -2 when the line and its NUL pass MAX_LINE
 * bytes (the line is dropped and so is the buffer it grew, not kept for the next lines), -3 out
 * of memory (the rest of the line consumed), -4 on a read error (errno says which). */
static long read_line(FILE *fp, char **buf, size_t *cap)
{
	size_t n = 0;
	int c, got = 0, too_long = 0, nomem = 0;

	flockfile(fp);
	while ((c = getc_unlocked(fp)) != EOF && c != '\n') {
		got = 1;
		if (too_long || nomem)
			continue;
		if (n + 2 > MAX_LINE) {
			too_long = 1;
			continue;
		}
		if (n + 2 > *cap) {
			size_t want = *cap ? *cap * 2 : 4096;
			if (want > MAX_LINE)
				want = MAX_LINE;
			char *p = realloc(*buf, want);
			if (!p) {
				nomem = 1;
				continue;
			}
			*buf = p;
			*cap = want;
		}
		(*buf)[n++] = (char)c;
	}
	int err = ferror(fp);
	funlockfile(fp);
	if (c == EOF && err)
		return -4;
	if (c == EOF && !got)
		return -1;
	if (nomem)
		return -3;
	if (too_long) {
		free(*buf);
		*buf = NULL;
		*cap = 0;
		return -2;
	}
	if (!*buf && !(*buf = malloc(*cap = 64)))
		return -3;
	(*buf)[n] = 0;
	return (long)n;
}

static int from_stdin(out_ctx *o)
{
	char *line = NULL;
	size_t cap = 0;
	long n;
	long lineno = 0, done = 0;
	while ((n = read_line(stdin, &line, &cap)) != -1) {
		lineno++;
		if (n == -3 || n == -4) {
			fprintf(stderr, "%s: error: <stdin>:%ld: %s\n", progname, lineno,
				n == -3 ? "out of memory" : strerror(errno));
			free(line);
			return EXIT_FATAL;
		}
		if (n == -2) {
			fprintf(stderr, "%s: error: <stdin>:%ld: line over 16 MiB, skipped\n",
				progname, lineno);
			o->status = EXIT_SKIPPED;
			continue;
		}
		if (!line)
			continue;
		js j = { line, line + n, NULL, 0 };
		ws(&j);
		if (j.p == j.end)
			continue;
		ev e;
		memset(&e, 0, sizeof e);
		jobject(&j, &e, 0);
		for (int i = 0; i < F__N && !j.err && e.f[F_CODE]; i++)
			if (j.wrong & (1u << i)) {
				fprintf(stderr, "%s: warning: <stdin>:%ld: \"%s\" is not a string; "
					"ignored\n", progname, lineno, field_names[i]);
				o->status = EXIT_SKIPPED;
			}
		if (j.err || !e.f[F_CODE]) {
			const char *why = j.err ? j.err
					  : j.wrong & (1u << F_CODE) ? "\"code\" is not a string"
					  : "not an event of `khaldun code` (no \"code\")";
			fprintf(stderr, "%s: error: <stdin>:%ld: %s, skipped\n", progname, lineno,
				why);
			o->status = EXIT_SKIPPED;
			ev_free(&e);
			continue;
		}
		if (done++)
			putchar('\n');
		explain(&e, o);
		ev_free(&e);
	}
	free(line);
	if (!done && o->status == EXIT_OK) {
		fprintf(stderr, "%s: error: no event on standard input\n", progname);
		return EXIT_FATAL;
	}
	return o->status;
}

static void explain_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun explain [--plain|--color] --db FILE ID\n"
		"       khaldun code ... | khaldun explain [--plain|--color]\n"
		"\n"
		"Explains events: the event and its code's name; the sentence with the words each\n"
		"match covered marked ([[...]], or colours on a terminal: source green, "
		"target red,\n"
		"verb yellow); and each dictionary line behind it (source, target, "
		"verb, pattern),\n"
		"quoted from its file with file:line. ID is the event's id in the store (the `id`\n"
		"column of `export`); without --db the JSON event lines of `khaldun code` "
		"are read\n"
		"from standard input (run explain where code ran: the places are relative to it).\n"
		"\n"
		"exit status: 0 explained; 1 usage or fatal error; "
		"2 some input line or dictionary\n"
		"line could not be read (reported)\n");
}

int cmd_explain(int argc, char **argv)
{
	const char *db = NULL, *id = NULL;
	out_ctx o = { isatty(1), EXIT_OK, NULL };
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			explain_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--db")) {
			if (i + 1 >= argc)
				return missing_value(a);
			db = argv[++i];
		} else if (!strcmp(a, "--plain")) {
			o.color = 0;
		} else if (!strcmp(a, "--color")) {
			o.color = 1;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, explain_usage);
			return EXIT_FATAL;
		} else if (!id) {
			id = a;
		} else {
			cli_bad_arg(a, explain_usage);
			return EXIT_FATAL;
		}
	}
	if (db && !id) {
		fprintf(stderr, "%s: error: explain --db FILE needs an event ID\n", progname);
		explain_usage(stderr);
		return EXIT_FATAL;
	}
	if (id && !db) {
		fprintf(stderr, "%s: error: an event ID needs --db FILE\n", progname);
		return EXIT_FATAL;
	}
	khaldun_cameo *t = load_cameo(NULL);
	o.tables = t;
	int st = db ? from_store(db, id, &o) : from_stdin(&o);
	khaldun_cameo_free(t);
	if (fflush(stdout))
		st = EXIT_FATAL;
	return st;
}
