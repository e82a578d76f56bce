/*
 * unpack.h - compressed inputs read as they are: the public event datasets come compressed
 * (GDELT's exports and daily files as .zip, ICEWS's yearly files as .zip, news archives as
 * .gz), so `import`, `code`, `ingest` and `parse` read a gzip file or a zip archive's members
 * without a separate unpacking step. Recognised by their first bytes, not by the name.
 * Invariant: the stream handed back yields every byte of the (unpacked) input; a fault in the
 * compressed data is reported once, naming the input and the byte, and ends that input with a
 * read error (so the command's exit status says that not everything was read).
 */
#ifndef KH_CLI_UNPACK_H
#define KH_CLI_UNPACK_H
#include <stdio.h>

/* Takes fp (the input called `shown` in messages) and returns a stream of its content: fp
 * itself (repositioned, or replayed when it cannot seek) when it is not compressed; for a
 * gzip file (one or more members) the inflated bytes; for a zip archive the members' inflated
 * bytes in archive order, folders skipped and a newline put between members whose text does
 * not end with one. The returned stream owns fp (closing it closes fp unless fp is stdin).
 * Returns NULL, fp closed unless it is stdin, when memory runs out (reported). */
FILE *unpack_input(FILE *fp, const char *shown);

/* The length of path without a trailing .gz or .zip (any case), so that the format can still
 * be told by the name inside ("events.jsonl.gz" is JSON lines). */
size_t unpack_name_len(const char *path);
#endif
