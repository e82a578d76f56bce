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
/* s for echoing to a terminal: control characters as \\xNN, at most 200 bytes shown (one of
 * four static buffers, reused in turn). */
const char *cli_safe(const char *s);
/* The default dictionaries: $KHALDUN_DICT, <exe>/dict, <exe>/../share/khaldun/dict. */
const char *default_project(void);
/* The CAMEO tables: $KHALDUN_CAMEO, then ../shared/cameo next to the checkout; or NULL. */
const char *default_cameo(void);
/* Reads a --format name (jsonl, text, tabari, file, rss, atom, html; "auto" gives FMT_AUTO
 * when allow_auto) into *out; returns 0, or -1 after printing what is accepted. */
enum { FMT_AUTO = -1 };
int cli_format(const char *name, int allow_auto, int *out);
#endif
