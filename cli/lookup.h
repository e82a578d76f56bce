/*
 * lookup.h - what the lookup commands (cli/cameo.c, cli/actor.c, cli/explain.c) share; the
 * functions are in cli/cameo.c.
 */
#ifndef KH_CLI_LOOKUP_H
#define KH_CLI_LOOKUP_H
#include "khaldun.h"
#include <stdio.h>

/* phrase_matches: 1 when every query word matches a word of a dictionary line's phrase (a
 * prefix of it, or it is a stem of the query word); words_in: 1 when every word starts a word
 * of text (case-insensitive). */
int phrase_matches(const char *line, char **words, int nwords);
int words_in(const char *text, char **words, int nwords);
/* Loads `project` (NULL: the default) quietly (notes off); -1 after a message. */
int load_project_for_lookup(const char *project, khaldun_dict **d);
/* " from YYYY-MM-DD until YYYY-MM-DD" for a dated code (nothing when open). */
void print_dates(FILE *fp, const khaldun_dict_code *c);
#endif
