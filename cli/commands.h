/*
 * commands.h - the khaldun subcommands defined outside cli/khaldun.c. Each takes the
 * arguments after "khaldun" (argv[0] is the subcommand's name) and returns an exit status
 * (see common.h).
 */
#ifndef KH_CLI_COMMANDS_H
#define KH_CLI_COMMANDS_H
#include "khaldun.h"
#include <stdio.h>

/* cli/store.c: the event database */
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_query(int argc, char **argv);

/* cli/cameo.c, cli/actor.c, cli/explain.c: lookups */
int cmd_cameo(int argc, char **argv);
int cmd_actor(int argc, char **argv);
int cmd_explain(int argc, char **argv);
/* Shared by the lookups (cli/cameo.c). phrase_matches: 1 when every query word matches a word
 * of a dictionary line's phrase (a prefix of it, or it is a stem of the query word);
 * words_in: 1 when every word starts a word of text (case-insensitive). */
int phrase_matches(const char *line, char **words, int nwords);
int words_in(const char *text, char **words, int nwords);
/* Loads `project` (NULL: the default) quietly (notes off); -1 after a message. */
int load_project_for_lookup(const char *project, khaldun_dict **d);
/* " from YYYY-MM-DD until YYYY-MM-DD" for a dated code (nothing when open). */
void print_dates(FILE *fp, const khaldun_dict_code *c);
#endif
