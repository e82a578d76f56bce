/*
 * detect.h - the input format of a file when --format is auto (the default of `ingest`, and of
 * `code` for named files): by extension, else by content. One rule for both commands.
 * Invariant: the stream handed back yields every byte of the input (see sniff.h).
 */
#ifndef KH_CLI_DETECT_H
#define KH_CLI_DETECT_H
#include "khaldun.h"
#include <stdio.h>

/* The format of the file `path` open as *fpp: .jsonl/.ndjson/.json -> jsonl, .rss/.atom/.rdf/
 * .xml -> rss, .html/.htm/.xhtml -> html; otherwise (.txt and the rest) by its first 64 KiB:
 * '{' -> jsonl, '<' -> rss or html, two or more blank-line separated blocks that open with a
 * "Date: YYYY-MM-DD" line -> text (one story a block), else file (one article). *fpp may be
 * replaced by a stream that still yields the bytes looked at, or set to NULL (and closed)
 * when memory ran out. */
enum khaldun_format cli_detect_format(const char *path, FILE **fpp);
#endif
