/*
 * khaldun.c - the khaldun command: dispatches to one file per command (cli/code.c,
 * validate.c, ingest.c, export.c, query.c, dict.c). Uses only the public header
 * (include/khaldun.h).
 *
 * Exit status: 0 all input coded; 1 usage or fatal error: the command stopped there (for
 * `code`, writing the events failed: the events before the failure were written, the output is
 * incomplete and stderr says so; nothing is coded after it); 2 done, but some input was
 * skipped or some dictionary lines had errors (see stderr); 3 validate: some records failed.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun code [--project FILE|DIR] [--date YYYY-MM-DD]\n"
		"                    [--format auto|jsonl|text|tabari|file|rss|atom|html]\n"
		"                    [--cameo DIR] [FILE...]\n"
		"       khaldun validate PROJECT_FILE\n"
		"       khaldun ingest --db FILE [--project FILE|DIR] [--format "
		"auto|...] [INPUT...]\n"
		"       khaldun recode --db FILE [--from D] [--to D] [--project P] [--all] [-j N]\n"
		"       khaldun export --db FILE [--format jsonl|csv|tsv|plover] [FILTERS]\n"
		"       khaldun query --db FILE [FILTERS] summary|counts|top|events\n"
		"       khaldun import --db FILE [--format events|icews|gdelt] [FILE...]\n"
		"       khaldun merge --db OUT IN.db...   (per-shard stores into one)\n"
		"       khaldun trend --db FILE --source A --target B [--by day|week|month]\n"
		"       khaldun alerts --db FILE [--from D] [--to D] [--dyad A-B] [--json]\n"
		"       khaldun serve --db FILE [--port N] [--host ADDR] [--web DIR]\n"
		"       khaldun dict check [--cameo DIR] [PROJECT|DIR]\n"
		"       khaldun cameo CODE|WORDS   khaldun actor CODE|WORDS\n"
		"       khaldun place [--country ISO3] [--json] [--limit N] NAME\n"
		"       khaldun explain [--db FILE ID]   (or a JSON event of `code` on stdin)\n"
		"       khaldun parse [--model FILE] [--format conllu|jsonl] [--input "
		"FMT] [FILE...]\n"
		"       khaldun train --ud DIR [--out FILE] [--seed N]\n"
		"       khaldun version\n"
		"\n"
		"code      codes stories (JSON lines by default; "
		"- or no FILE reads standard input) and\n"
		"          writes one JSON event per line on standard output\n"
		"validate  runs a TABARI validation project and ends with \"N passed, N failed\"\n"
		"ingest    codes stories (JSON lines, text files, RSS/Atom feeds, "
		"HTML pages, folders)\n"
		"          into an SQLite event database, without duplicates\n"
		"recode    codes stored stories again with the current dictionaries "
		"(after an edit)\n"
		"merge     puts event databases (one per shard) into one, "
		"as one ingest stores them\n"
		"export    writes stored events; query answers counts, top lists, a dyad's events\n"
		"parse     tags and parses stories' sentences (UPOS, UD dependencies)\n"
		"train     trains the tagger and parser on UD treebanks\n"
		"          (khaldun COMMAND --help for each)\n"
		"cameo     what a CAMEO event code means and which dictionary lines code it\n"
		"actor     what an actor code means (country, sector, role) "
		"and its dictionary entries\n"
		"explain   why an event was coded: its sentence marked and each dictionary line\n"
		"serve     serves the database read-only: dashboard and JSON API over HTTP\n"
		"place     looks a place name up in the gazetteer (countries, regions, cities)\n"
		"\n"
		"exit status: 0 all coded; 1 usage or fatal error (stopped there: output written\n"
		"before it stays, incomplete); 2 some input skipped or dictionary errors "
		"(reported on\n"
		"stderr); 3 validation records failed\n");
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{ "code", cmd_code }, { "validate", cmd_validate }, { "ingest", cmd_ingest },
	{ "recode", cmd_recode },
	{ "export", cmd_export }, { "query", cmd_query }, { "dict", cmd_dict },
	{ "cameo", cmd_cameo }, { "actor", cmd_actor }, { "explain", cmd_explain },
	{ "import", cmd_import }, { "trend", cmd_trend }, { "alerts", cmd_alerts },
	{ "parse", cmd_parse }, { "train", cmd_train }, { "serve", cmd_serve },
	{ "place", cmd_place }, { "merge", cmd_merge },
};

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_FATAL;
	}
	const char *cmd = argv[1];
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(cmd, commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
		printf("khaldun %s\n", KHALDUN_VERSION);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		usage(stdout);
		return EXIT_OK;
	}
	fprintf(stderr, "%s: error: unknown command '%s'\n", progname, cmd);
	usage(stderr);
	return EXIT_FATAL;
}
