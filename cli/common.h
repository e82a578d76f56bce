/*
 * common.h - what the khaldun command's files share: exit codes, the program name, the
 * diagnostic printer (the library never prints; this is where its messages reach stderr) and
 * where the default dictionaries and CAMEO tables are looked for.
 */
#ifndef KH_CLI_COMMON_H
#define KH_CLI_COMMON_H
#include "khaldun.h"

enum { EXIT_OK = 0, EXIT_FATAL = 1, EXIT_SKIPPED = 2, EXIT_FAILED = 3 };

extern const char *progname;
extern int quiet_notes;   /* notes (not warnings or errors) are not printed */

/* A khaldun_diag_fn: "khaldun: SEVERITY: FILE:LINE:COL: message", then the line and a caret. */
void print_diag(void *ctx, const khaldun_diag *d);
/* print_diag that also counts errors in *(int *)ctx: for a command whose exit status says
 * that input was skipped (validate's dictionaries, train's treebank lines). */
void count_diag(void *ctx, const khaldun_diag *d);
/* s for echoing to a terminal: control characters and invalid UTF-8 bytes as \\xNN, C1
 * controls as \\u00NN, at most 200 bytes shown, cut before a character and followed by
 * "..." (one of four static buffers, reused in turn). */
const char *cli_safe(const char *s);
/* Writes p[0..n) as cli_safe shows it, whole (no 200-byte cut): for texts from the input. */
void cli_put_safe(FILE *fp, const char *p, size_t n);
/* Writes p[0..n) as a JSON string, quotes included: quote, backslash and control characters
 * (DEL too) escaped, a byte of no valid UTF-8 sequence as U+FFFD, so that the line stays
 * valid JSON whatever a gazetteer, a store or a treebank held. */
void cli_put_json(FILE *fp, const char *p, size_t n);
/* The default dictionaries: $KHALDUN_DICT, <exe>/dict, <exe>/../share/khaldun/dict. */
const char *default_project(void);
/* An override of the compiled-in CAMEO tables: $KHALDUN_CAMEO, or NULL. */
const char *default_cameo(void);
/* The CAMEO tables from `dir` (NULL: $KHALDUN_CAMEO, else the compiled-in ones); NULL when an
 * override cannot be read (reported). Free with khaldun_cameo_free. */
khaldun_cameo *load_cameo(const char *dir);
/* Reads a --format name (jsonl, text, tabari, file, rss, atom, html; "auto" gives FMT_AUTO
 * when allow_auto) into *out; returns 0, or -1 after printing what is accepted. */
enum { FMT_AUTO = -1 };
/* Prints "option 'OPT' needs a value" and returns EXIT_FATAL. */
int missing_value(const char *opt);
/* Says on stderr that the command takes no argument a: "unknown option 'A'" when a is an
 * option ('-' and more), else "unexpected argument 'A'" (A made safe by cli_safe); then the
 * command's usage, usage(stderr). Every command's parser says it this way. */
void cli_bad_arg(const char *a, void (*usage)(FILE *));
/* 1, after that message, when argv[i] is one of `opts` (space-separated, e.g. "--db --date")
 * and no value follows it; else 0. */
int lacks_value(int argc, char **argv, int i, const char *opts);
/* The end of a lookup command's (actor, cameo) options at argv[*i], an argument none of its
 * own options took: "--" ends them (*i moves past it), another "-x" is unknown (said, with the
 * usage on stderr: returns -1), anything else is the first operand. 0 when the options end. */
int lookup_options_end(char **argv, int *i, void (*usage)(FILE *));
/* EXIT_FATAL after "CMD needs a CODE or WORDS" and the usage on stderr when no operand is
 * left at i or one of them is blank; else EXIT_OK. */
int lookup_needs_operand(int argc, char **argv, int i, const char *cmd,
			 void (*usage)(FILE *));
int cli_format(const char *name, int allow_auto, int *out);

/* The number of online cores (at least 1): the default of -j. */
size_t cli_cores(void);
/* Reads -j's value (1-1024) into *out; returns 0, or -1 after printing. */
int cli_jobs(const char *v, size_t *out);

/* What coding needs, loaded once by a command: the dictionaries, the CAMEO tables (NULL when
 * none were found: Goldstein and PLOVER are then null) and a coder. */
typedef struct {
	khaldun_dict *dict;
	khaldun_cameo *cameo;
	khaldun_coder *coder;
	int dict_errors;     /* some dictionary lines had errors (reported) */
	khaldun_parser *parser;  /* KHALDUN: SYNTAX projects, unless --shallow */
	khaldun_places *places;  /* the gazetteer (events' locations), or NULL */
	struct cli_places_job *places_job;  /* the gazetteer loading beside the dictionaries */
} cli_coding;

/* limits.c: KHALDUN_MAX_* into *l: returns 0, or -1 after printing which is invalid. */
int cli_limits_env(khaldun_limits *l);
/* --max NAME=VALUE: 1 when argv[*i] was --max (its value read into *l, *i moved past it), 0
 * when not, -1 on a missing or bad value (printed). */
int cli_limit_opt(int argc, char **argv, int *i, khaldun_limits *l);
/* The --help lines of --max. */
extern const char cli_limit_help[];
/* One warning per sentence of b that a limit (l, NULL: defaults) split into parts, and per
 * sentence whose events passed it; returns 1 when events were dropped, else 0. */
int cli_report_limits(const khaldun_story *st, const khaldun_batch *b, const khaldun_limits *l);

/* Loads `project` (NULL: default_project()) and the CAMEO tables from `cameo_dir` (NULL:
 * default_cameo()), and makes a coder. Returns 0, or -1 after reporting (nothing to free). */
int cli_coding_load(cli_coding *c, const char *project, const char *cameo_dir);
/* cli_coding_load with limits (dict-line for the dictionaries; sentence, tokens, events for
 * the coder; NULL: the defaults). */
int cli_coding_load_limits(cli_coding *c, const char *project, const char *cameo_dir,
			   const khaldun_limits *l);
void cli_coding_free(cli_coding *c);
/* For a project whose options ask for the parse (KHALDUN: SYNTAX) and unless `shallow`, loads
 * the parser model (cli_default_model) and hands it to the dictionary. Then loads the
 * gazetteer (cli_places_path) and hands it to the dictionary too: events get locations.
 * Returns 0, or -1 after the loader's error naming the model or gazetteer file. */
int cli_coding_syntax(cli_coding *c, int shallow);
/* place.c: the gazetteer: --places FILE (cli_places_option), $KHALDUN_PLACES,
 * data/places.bin next to the command or ../share/khaldun/data/ there; "" when none is found
 * (coding then goes on without locations). *explicit is set when the user named the file. */
extern const char *cli_places_option;
const char *cli_places_path(int *explicit_path);
/* Finds a data file installed with the command: `here` next to the executable (a build
 * tree: data/...), else `share` under ../share/khaldun (make install). Writes the path to
 * out and returns 1 when it is readable, else 0. */
int cli_data_file(char *out, size_t size, const char *here, const char *share);
/* parse.c: the model: $KHALDUN_MODEL, data/model/en-ud.model next to the command, or in
 * ../share/khaldun/model/ there, else data/model/en-ud.model. */
const char *cli_default_model(void);

/* filter.c: the event filters of export and query, the first step of their option loops.
 * filter_opt returns -1 when argv[*i] is an option of `takes` (every option of the command
 * that takes a value: FILTER_OPTS and its own) without its value, or a filter option with a
 * bad value (both reported); 1 when it was a filter option (its value consumed); 0 when not.
 * `dyad` is the caller's buffer of `cap` bytes for --dyad's two codes. */
int filter_opt(int argc, char **argv, int *i, const char *takes, khaldun_filter *f, char *dyad,
	       size_t cap);
extern const char filter_help[];
/* The filter options that take a value, for lacks_value. */
#define FILTER_OPTS "--from --to --actor --code --limit --dyad --country-of-event --near"
#endif
