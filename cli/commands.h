/*
 * commands.h - the khaldun subcommands defined outside cli/khaldun.c. Each takes the
 * arguments after "khaldun" (argv[0] is the subcommand's name) and returns an exit status
 * (see common.h).
 */
#ifndef KH_CLI_COMMANDS_H
#define KH_CLI_COMMANDS_H
#include "khaldun.h"

/* cli/store.c: the event database */
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_query(int argc, char **argv);

/* cli/parse.c, cli/train.c: the tagger and parser */
int cmd_parse(int argc, char **argv);
int cmd_train(int argc, char **argv);
void cli_print_score(const char *name, const khaldun_parse_score *s);
#endif
