/*
 * parse.c - `khaldun parse`: shows the tagger's and parser's analysis. Stories (any input
 * format `code` reads) are split into sentences and words, and each word is printed with its
 * UPOS tag, head and UD relation, as CoNLL-U (default) or one JSON object per sentence.
 * `--input conllu` keeps a CoNLL-U file's own tokens and fills in columns 4, 7 and 8;
 * `--score` compares the analysis of gold CoNLL-U files with their annotation.
 * Uses only the public header.
 */
#include "khaldun.h"
#include "commands.h"
#include "unpack.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun parse [--model FILE] [--beam K] [--format conllu|jsonl]\n"
		"                     [--date YYYY-MM-DD]\n"
		"                     [--input jsonl|text|tabari|file|rss|atom|html|conllu] [FILE...]\n"
		"       khaldun parse [--model FILE] [--beam K] --score GOLD.conllu...\n"
		"--beam K: beam search of K parses (1..%d; without it the greedy parse, which K = 1\n"
		"gives too, slower; docs/parser.md)\n"
		"the model: --model, $KHALDUN_MODEL, or data/model/en-ud.model next to "
		"the command\n"
		"(or in ../share/khaldun/model/). Sentences over %d words are tagged, "
		"not parsed.\n",
		KHALDUN_PARSE_MAX_BEAM, KHALDUN_PARSE_MAX_TOKENS);
}

const char *cli_default_model(void)
{
	static char path[4200];
	const char *env = getenv("KHALDUN_MODEL");
	if (env && *env)
		return env;
	if (cli_data_file(path, sizeof path, "data/model/en-ud.model", "model/en-ud.model"))
		return path;
	return "data/model/en-ud.model";
}

typedef struct {
	const khaldun_parser *p;
	const khaldun_story *st;
	int jsonl;
	size_t index, sentences, words, long_ones;
	khaldun_parse_token *t;
	size_t cap;
	int fatal;
} pctx;

/* v in decimal at q, as printf's %zu writes it (a token's id and head in CoNLL-U: "12");
 * returns the end. */
static char *put_size(char *q, size_t v)
{
	char b[24], *e = b + sizeof b, *d = e;
	do
		*--d = (char)('0' + v % 10);
	while (v /= 10);
	memcpy(q, d, (size_t)(e - d));
	return q + (e - d);
}

/* s then t at q (t NULL: none); returns the end. */
static char *put_two(char *q, const char *s, const char *t)
{
	size_t a = strlen(s);
	memcpy(q, s, a);
	q += a;
	if (t) {
		a = strlen(t);
		memcpy(q, t, a);
		q += a;
	}
	return q;
}

/* A token's CoNLL-U line, as printf("%zu\t%.*s\t_\t%s\t_\t_\t%zu\t%s\t_\t_\n", ...) wrote it
 * ("3\tarrested\t_\tVERB\t_\t_\t0\troot\t_\t_"), written with one fwrite: printf parsing its
 * format for each word took 7% of `parse --format conllu`'s instructions. */
static void put_token(size_t id, const khaldun_parse_token *k)
{
	size_t form = strnlen(k->form, k->len);   /* %.*s stops at a NUL */
	size_t need = 2 * 24 + form + strlen(k->upos) + (k->deprel ? strlen(k->deprel) : 0) + 16;
	char line[512], *q = line;
	if (need > sizeof line) {   /* a long word (a URL): the line in pieces */
		q = put_size(q, id);
		*q++ = '\t';
		fwrite(line, 1, (size_t)(q - line), stdout);
		fwrite(k->form, 1, form, stdout);
		q = line;
	} else {
		q = put_size(q, id);
		*q++ = '\t';
		memcpy(q, k->form, form);
		q += form;
	}
	q = put_two(q, "\t_\t", k->upos);
	q = put_two(q, "\t_\t_\t", NULL);
	if (k->deprel) {
		q = put_size(q, k->head);
		q = put_two(q, "\t", k->deprel);
		q = put_two(q, "\t_\t_\n", NULL);
	} else {
		q = put_two(q, "_\t_\t_\t_\n", NULL);
	}
	fwrite(line, 1, (size_t)(q - line), stdout);
}

static void print_conllu(pctx *cx, const char *s, size_t len, size_t n)
{
	const char *id = cx->st->id ? cx->st->id : "";
	printf("# sent_id = ");
	for (; *id; id++)   /* a comment is one line */
		putchar(*id == '\n' || *id == '\r' ? ' ' : *id);
	printf("-%zu\n# text = ", cx->index);
	for (size_t i = 0; i < len; i++)
		putchar(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' || !s[i] ? ' ' : s[i]);
	putchar('\n');
	for (size_t i = 0; i < n; i++)
		put_token(i + 1, &cx->t[i]);
	putchar('\n');
}

static void print_jsonl(pctx *cx, const char *s, size_t len, size_t n)
{
	printf("{\"story\": ");
	cli_put_json(stdout, cx->st->id ? cx->st->id : "", cx->st->id ? strlen(cx->st->id) : 0);
	printf(", \"sentence\": %zu, \"text\": ", cx->index);
	cli_put_json(stdout, s, len);
	printf(", \"tokens\": [");
	for (size_t i = 0; i < n; i++) {
		const khaldun_parse_token *k = &cx->t[i];
		printf("%s{\"id\": %zu, \"form\": ", i ? ", " : "", i + 1);
		cli_put_json(stdout, k->form, k->len);
		printf(", \"upos\": \"%s\", \"head\": ", k->upos);
		if (k->deprel)
			printf("%zu, \"deprel\": \"%s\"}", k->head, k->deprel);
		else
			printf("null, \"deprel\": null}");
	}
	printf("]}\n");
}

static void parse_one(void *vctx, const char *s, size_t len)
{
	pctx *cx = vctx;
	size_t n = khaldun_tokenize(s, len, cx->t, cx->cap);
	if (n > cx->cap) {
		if (khaldun_array_reserve(&cx->t, &cx->cap, n, sizeof *cx->t, n)) {
			cx->fatal = 1;
			return;
		}
		khaldun_tokenize(s, len, cx->t, cx->cap);
	}
	if (!n)
		return;
	int rc = khaldun_parse_tokens(cx->p, cx->t, n);
	if (rc == KHALDUN_ERR_NOMEM) {
		cx->fatal = 1;
		return;
	}
	if (rc == KHALDUN_ERR_LIMIT) {
		fprintf(stderr, "%s: note: %s:%ld: story \"%s\", sentence %zu: %zu words, over the "
			"parser's limit of %d: tagged only (HEAD and DEPREL _)\n", progname,
			cx->st->file ? cx->st->file : "", cx->st->line,
			cx->st->id ? cx->st->id : "",
			cx->index, n, KHALDUN_PARSE_MAX_TOKENS);
		cx->long_ones++;
	}
	if (cx->jsonl)
		print_jsonl(cx, s, len, n);
	else
		print_conllu(cx, s, len, n);
	cx->index++;
	cx->sentences++;
	cx->words += n;
}

/* Stories in one file: returns an exit status. */
static int parse_stories(pctx *cx, FILE *fp, const char *name, int fmt, const char *date)
{
	khaldun_reader *r;
	if (khaldun_reader_new(&r, fp, name, (enum khaldun_format)fmt, date, print_diag, NULL)
	    != KHALDUN_OK)
		return EXIT_FATAL;
	khaldun_story st;
	int rc, status = EXIT_OK;
	while ((rc = khaldun_reader_next(r, &st)) == KHALDUN_OK && !cx->fatal) {
		cx->st = &st;
		cx->index = 0;
		if (st.one_sentence)
			parse_one(cx, st.text, st.text_len);
		else
			khaldun_split_sentences(st.text, st.text_len, parse_one, cx);
	}
	if (khaldun_reader_skipped(r) || (rc != KHALDUN_EOF && rc != KHALDUN_OK))
		status = EXIT_SKIPPED;
	khaldun_reader_free(r);
	return cx->fatal ? EXIT_FATAL : status;
}

static int one_file(pctx *cx, const char *name, int fmt, int score, const char *date)
{
	FILE *fp = strcmp(name, "-") ? fopen(name, "rb") : stdin;
	const char *shown = strcmp(name, "-") ? name : "<stdin>";
	if (!fp) {
		fprintf(stderr, "%s: error: %s: cannot open\n", progname, cli_safe(name));
		return EXIT_SKIPPED;
	}
	if (!(fp = unpack_input(fp, shown)))
		return EXIT_FATAL;
	int status = EXIT_OK;
	if (score) {
		khaldun_parse_score s;
		if (khaldun_parser_score(cx->p, fp, shown, print_diag, NULL, &s) != KHALDUN_OK)
			status = EXIT_FATAL;
		else if (!s.sentences)   /* a score of no words is not 0.00%: nothing was scored */
			fprintf(stderr, "%s: error: %s: no sentence to score%s\n", progname,
				cli_safe(shown), s.skipped ? " (every one was malformed)" : "");
		else
			cli_print_score(shown, &s);
		if (status != EXIT_FATAL && (s.skipped || !s.sentences))
			status = EXIT_SKIPPED;
	} else if (fmt == -2) {
		int rc = khaldun_parser_conllu(cx->p, fp, shown, stdout, print_diag, NULL);
		status = rc == KHALDUN_OK ? EXIT_OK : rc == KHALDUN_ERR_FORMAT ? EXIT_SKIPPED
									: EXIT_FATAL;
	} else {
		status = parse_stories(cx, fp, shown, fmt, date);
	}
	if (fp != stdin)
		fclose(fp);
	return status;
}

int cmd_parse(int argc, char **argv)
{
	const char *model = NULL, *date = NULL;
	int fmt = KHALDUN_FMT_JSONL, jsonl = 0, score = 0, beam = 0, i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--model") && i + 1 < argc)
			model = argv[++i];
		else if (!strcmp(a, "--date") && i + 1 < argc)
			date = argv[++i];
		else if (!strcmp(a, "--score"))
			score = 1;
		else if (!strcmp(a, "--beam") && i + 1 < argc) {
			char *end;
			long k = strtol(argv[++i], &end, 10);
			if (*end || end == argv[i] || k < 1 || k > KHALDUN_PARSE_MAX_BEAM) {
				fprintf(stderr, "%s: error: --beam: expected a number from 1 to %d\n",
					progname, KHALDUN_PARSE_MAX_BEAM);
				return EXIT_FATAL;
			}
			beam = (int)k;
		} else if (!strcmp(a, "--format") && i + 1 < argc) {
			const char *f = argv[++i];
			if (strcmp(f, "jsonl") && strcmp(f, "conllu")) {
				fprintf(stderr, "%s: error: --format: expected conllu or jsonl\n",
					progname);
				return EXIT_FATAL;
			}
			jsonl = !strcmp(f, "jsonl");
		} else if (!strcmp(a, "--input") && i + 1 < argc) {
			if (!strcmp(argv[++i], "conllu"))
				fmt = -2;
			else if (cli_format(argv[i], 0, &fmt))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			cli_bad_arg(a, usage);
			return EXIT_FATAL;
		} else
			break;
	}
	if (date && !khaldun_parse_date(date, strlen(date))) {
		fprintf(stderr, "%s: error: invalid --date '%s' (expected YYYY-MM-DD)\n", progname,
			date);
		return EXIT_FATAL;
	}
	khaldun_parser *p;
	if (khaldun_parser_load(&p, model ? model : cli_default_model(), print_diag, NULL))
		return EXIT_FATAL;
	if (beam)
		khaldun_parser_set_beam(p, beam);   /* in range: checked above */
	pctx cx = { p, NULL, jsonl, 0, 0, 0, 0, NULL, 0, 0 };
	int status = EXIT_OK, nfiles = argc - i;
	for (int f = 0; f < (nfiles ? nfiles : 1); f++) {
		int s = one_file(&cx, nfiles ? argv[i + f] : "-", fmt, score, date);
		if (s > status)
			status = s;
		if (s == EXIT_FATAL)
			break;
	}
	if (fflush(stdout))
		status = EXIT_FATAL;
	if (!score && fmt != -2)
		fprintf(stderr, "%s: %zu sentences, %zu words parsed%s\n", progname, cx.sentences,
			cx.words, cx.long_ones ? " (some over the limit: tagged only)" : "");
	free(cx.t);
	khaldun_parser_free(p);
	return status;
}
