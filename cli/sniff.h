/*
 * sniff.h - looking at an input's first bytes (to tell its format) without losing them, on
 * any kind of input: files, pipes, FIFOs, /dev/stdin, process substitution.
 * Invariant: the stream handed back yields every byte of the input from where it stood.
 */
#ifndef KH_CLI_SNIFF_H
#define KH_CLI_SNIFF_H
#include <stdio.h>

/* Reads up to cap - 1 bytes of fp into head (NUL-terminated; *n set) and returns a stream
 * that reads the input from its start: fp itself, repositioned, when it can seek; otherwise
 * a new stream that serves head and then the rest of fp, and owns fp (closing it closes fp).
 * Returns NULL (fp untouched, still owned by the caller) only when memory runs out. */
FILE *sniff_input(FILE *fp, char *head, size_t cap, size_t *n);

/* A stream that serves head[0..n) (bytes already read from fp, which cannot seek back) and
 * then the rest of fp, owning fp as above; NULL (fp untouched) when memory runs out. */
FILE *sniff_replay(FILE *fp, const char *head, size_t n);
#endif
