/* test_options.c - the options parser (src/dict/options.c): each TABARI command and the
 * KHALDUN: line set the fields they name; malformed lines are refused with a message and
 * change nothing; a project's options file is parsed when it loads, each bad line reported
 * through the callback with its file:line, and every coder starts from those options. */
#include "check.h"
#include "dict/dict.h"
#include "coder/coder.h"
#include <stdlib.h>
#include <unistd.h>

static arena mem;

static int apply(dict_options *o, const char *line)
{
	const char *why = NULL;
	int rc = dict_options_apply(o, line, &mem, &why);
	CHECK(rc == KHALDUN_OK ? why == NULL : why != NULL);
	return rc;
}

static void test_defaults(void)
{
	arena_init(&mem, 4096);
	dict_options o;
	dict_options_defaults(&o);
	CHECK_INT(o.code_by, CODE_BY_CLAUSE);
	CHECK_INT(o.min_words, 8);
	CHECK_INT(o.time_shift, -1);
	CHECK_INT(o.comma_middle_min, 2);
	CHECK_INT(o.comma_middle_max, 10);
	CHECK_INT(o.comma_begin_min, 128);
	CHECK_INT(o.news, 0);
}

static void test_good_lines(void)
{
	dict_options o;
	dict_options_defaults(&o);
	CHECK_INT(apply(&o, "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"), KHALDUN_OK);
	CHECK_INT(o.complex_verbs, 5);
	CHECK_INT(o.complex_conjunctions, 4);
	CHECK_INT(o.complex_no_actor_before_verb, 1);
	CHECK_INT(o.complex_no_actor_after_verb, 0);
	CHECK_INT(apply(&o, "set: code by sentence   # lower case and a comment"), KHALDUN_OK);
	CHECK_INT(o.code_by, CODE_BY_SENTENCE);
	CHECK_INT(apply(&o, "SET: MINIMUM WORDS = 5"), KHALDUN_OK);
	CHECK_INT(o.min_words, 5);
	CHECK_INT(apply(&o, "SET: YYYY = TRUE"), KHALDUN_OK);
	CHECK_INT(o.four_digit_years, 1);
	CHECK_INT(apply(&o, "SET: TIME SHIFT = FALSE"), KHALDUN_OK);
	CHECK_INT(o.time_shift, 0);
	CHECK_INT(apply(&o, "DEFAULT: SOURCE [ USA ] PRIOR TARGET [RUS]"), KHALDUN_OK);
	CHECK_STR(o.default_source, "USA");
	CHECK_STR(o.default_target, "RUS");
	CHECK_INT(o.default_source_prior, 1);
	CHECK_INT(o.default_target_after, 0);
	CHECK_INT(apply(&o, "DEFAULT: OFF"), KHALDUN_OK);
	CHECK(o.default_source == NULL && o.default_target == NULL);
	CHECK_INT(apply(&o, "COMMA: MIN = 1 MAX = 4 EMIN = 3 BMAX = 7"), KHALDUN_OK);
	CHECK_INT(o.comma_middle_min, 1);
	CHECK_INT(o.comma_middle_max, 4);
	CHECK_INT(o.comma_end_min, 3);
	CHECK_INT(o.comma_end_max, 10);
	CHECK_INT(o.comma_begin_max, 7);
	CHECK_INT(apply(&o, "COMMA: OFF"), KHALDUN_OK);
	CHECK_INT(o.comma_deletion_off, 1);
	CHECK_INT(apply(&o, "FORWARD: ^****NNNSS"), KHALDUN_OK);
	CHECK_INT(o.forward, 1);
	CHECK_STR(o.forward_format, "^****NNNSS");
	CHECK_INT(apply(&o, "KHALDUN: CLAUSES, MODALS"), KHALDUN_OK);
	CHECK_INT(o.news, NEWS_CLAUSES | NEWS_MODALS);
	CHECK_INT(apply(&o, "KHALDUN: NEWS"), KHALDUN_OK);
	CHECK_INT(o.news & NEWS_NEGATION, NEWS_NEGATION);
	CHECK_INT(o.news & NEWS_NO_MIRROR, 0);   /* a convention of its own, not part of NEWS */
	CHECK_INT(apply(&o, "KHALDUN: NEWS SYNTAX NO_MIRROR"), KHALDUN_OK);
	CHECK_INT(o.news, NEWS_ALL_SHALLOW | NEWS_SYNTAX | NEWS_NO_MIRROR);
	CHECK_INT(apply(&o, "LABEL: 010=YIELD"), KHALDUN_OK);
	CHECK_INT(apply(&o, "   "), KHALDUN_OK);
	CHECK_INT(apply(&o, "// only a comment"), KHALDUN_OK);
}

/* Malformed lines are refused, say why, and leave every field as it was. */
static void test_malformed_lines(void)
{
	static const char *bad[] = {
		"SET CODE BY SENTENCE",          /* no colon */
		"FROBNICATE: ALL",               /* unknown command */
		"KHALDUN: CLAUSES FLYING",       /* unknown rule, after a good one */
		":",
	};
	dict_options o, before;
	dict_options_defaults(&o);
	apply(&o, "KHALDUN: NOUNS");
	before = o;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *why = NULL;
		CHECK_INT(dict_options_apply(&o, bad[i], &mem, &why), KHALDUN_ERR_FORMAT);
		CHECK(why != NULL && *why);
		CHECK(!memcmp(&o, &before, sizeof o));
	}
	const char *why = NULL;
	dict_options_apply(&o, "SET CODE BY SENTENCE", &mem, &why);
	CHECK(why && strstr(why, "COMMAND:"));
	dict_options_apply(&o, "KHALDUN: FLYING", &mem, &why);
	CHECK(why && strstr(why, "KHALDUN: rule"));
}

typedef struct {
	char all[4096];
	int n;
} diags;

static void on_diag(void *ctx, const khaldun_diag *d)
{
	diags *g = ctx;
	size_t n = strlen(g->all);
	const char *base = d->file ? strrchr(d->file, '/') : NULL;
	snprintf(g->all + n, sizeof g->all - n, "%s:%ld:%ld: %s\n", base ? base + 1 : d->file,
		 d->line, d->column, d->message);
	g->n++;
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	CHECK(fp != NULL);
	if (fp) {
		fputs(text, fp);
		fclose(fp);
	}
}

/* Loading a project parses its options once: bad lines reported with file:line, good ones
 * applied (before and after), time shifting settled by the project; coders copy them and
 * khaldun_coder_option changes only its own coder. */
static void test_load(void)
{
	char dir[] = "/tmp/khaldun-options-XXXXXX", project[256];
	CHECK(mkdtemp(dir) != NULL);
	write_file(dir, "t.actors", "ARNOR [ARN]\n");
	write_file(dir, "t.verbs", "RESTORE [064]\n<TIME>\nYESTERDAY [-1]\n");
	write_file(dir, "t.options", "SET: MINIMUM WORDS = 3\n  NO COLON HERE\n"
				     "KHALDUN: CLAUSES WHAT\nCOMPLEX: VERBS[7]\n~~\nGARBAGE\n");
	write_file(dir, "t.project", "<optionsfile> t.options\n<actorfile> t.actors\n"
				     "<verbfile> t.verbs\n");
	snprintf(project, sizeof project, "%s/t.project", dir);
	diags g = { "", 0 };
	khaldun_dict *d = NULL;
	CHECK_INT(khaldun_dict_load(&d, project, on_diag, &g), KHALDUN_OK);
	CHECK_INT(g.n, 2);
	CHECK(strstr(g.all, "t.options:2:3: expected COMMAND:") != NULL);
	CHECK(strstr(g.all, "t.options:3:1: unknown KHALDUN: rule") != NULL);
	CHECK_INT(khaldun_dict_errors(d), 2);
	if (d) {
		CHECK_INT(d->options.min_words, 3);
		CHECK_INT(d->options.complex_verbs, 7);
		CHECK_INT(d->options.news, 0);
		CHECK_INT(d->options.time_shift, 1);   /* the .verbs file has <TIME>, after the options */
		khaldun_coder *a, *b;
		khaldun_coder_new(&a, d);
		khaldun_coder_new(&b, d);
		CHECK(a && b);
		CHECK_INT(khaldun_coder_option(a, "SET: TIME SHIFT = FALSE", NULL, NULL), KHALDUN_OK);
		CHECK_INT(khaldun_coder_time_shifting(a), 0);
		CHECK_INT(khaldun_coder_time_shifting(b), 1);
		CHECK_INT(khaldun_coder_option(a, "NOPE", NULL, NULL), KHALDUN_ERR_FORMAT);
		khaldun_coder_free(a);
		khaldun_coder_free(b);
	}
	khaldun_dict_free(d);
	static const char *names[] = { "t.actors", "t.verbs", "t.options", "t.project" };
	for (size_t i = 0; i < 4; i++) {
		char path[256];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		remove(path);
	}
	rmdir(dir);
}

TEST_MAIN(T(test_defaults), T(test_good_lines), T(test_malformed_lines), T(test_load))
