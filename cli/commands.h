/*
 * commands.h - the khaldun subcommands, one file each in cli/. Each takes the arguments after
 * "khaldun" (argv[0] is the subcommand's name) and returns an exit status (see common.h).
 */
#ifndef KH_CLI_COMMANDS_H
#define KH_CLI_COMMANDS_H
#include "khaldun.h"
#include <stdio.h>

int cmd_code(int argc, char **argv);      /* cli/code.c */
int cmd_validate(int argc, char **argv);  /* cli/validate.c */
int cmd_ingest(int argc, char **argv);    /* cli/ingest.c */
int cmd_recode(int argc, char **argv);    /* cli/recode.c */
int cmd_export(int argc, char **argv);    /* cli/export.c */
int cmd_query(int argc, char **argv);     /* cli/query.c */
int cmd_dict(int argc, char **argv);      /* cli/dict.c */
int cmd_cameo(int argc, char **argv);     /* cli/cameo.c */
int cmd_actor(int argc, char **argv);     /* cli/actor.c */
int cmd_explain(int argc, char **argv);   /* cli/explain.c */
int cmd_import(int argc, char **argv);    /* cli/import.c */
int cmd_trend(int argc, char **argv);     /* cli/trend.c */
int cmd_alerts(int argc, char **argv);    /* cli/alerts.c */
int cmd_parse(int argc, char **argv);     /* cli/parse.c */
int cmd_train(int argc, char **argv);     /* cli/train.c */
/* cli/parse.c: prints a parser score (UPOS, UAS, LAS) for a treebank file */
void cli_print_score(const char *name, const khaldun_parse_score *s);
int cmd_serve(int argc, char **argv);     /* cli/serve.c */
int cmd_place(int argc, char **argv);     /* cli/place.c */
int cmd_merge(int argc, char **argv);     /* cli/merge.c */
#endif
