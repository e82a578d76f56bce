/*
 * commands.h - the khaldun subcommands defined outside cli/khaldun.c. Each takes the
 * arguments after "khaldun" (argv[0] is the subcommand's name) and returns an exit status
 * (see common.h).
 */
#ifndef KH_CLI_COMMANDS_H
#define KH_CLI_COMMANDS_H

/* cli/store.c: the event database */
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_query(int argc, char **argv);

/* cli/import.c, cli/trend.c, cli/alerts.c: early warning */
int cmd_import(int argc, char **argv);
int cmd_trend(int argc, char **argv);
int cmd_alerts(int argc, char **argv);

/* cli/serve.c: the HTTP API and dashboard */
int cmd_serve(int argc, char **argv);
#endif
