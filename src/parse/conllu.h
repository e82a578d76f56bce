/*
 * conllu.h - CoNLL-U reader for training, scoring and `parse --input conllu` (src/parse).
 * A sentence keeps every line as read (comments, multi-word token ranges, empty nodes) so a
 * writer can reproduce it with only columns 4, 7 and 8 of the word lines replaced.
 * Invariant: a malformed line is reported once with file:line and marks its sentence bad; the
 * reader always goes on to the next sentence.
 */
#ifndef KH_CONLLU_H
#define KH_CONLLU_H
#include "base/buf.h"
#include "base/diag.h"
#include <stdio.h>

#define CONLLU_MAX_LINE (1 << 20)     /* longer lines are reported and skipped */
#define CONLLU_MAX_WORDS 100000       /* a sentence longer than this is cut (reported) */

typedef struct {
	const char *form;
	size_t form_len;
	int upos;            /* UPOS index, -1 for '_' or unknown */
	int head;            /* 0..n, -1 for '_' or invalid */
	const char *deprel;  /* NUL-terminated inside the sentence's text */
	size_t line;         /* index of its line in the sentence */
	size_t form_at, deprel_at;   /* offsets in the text (the buffer may move while reading) */
} conllu_word;

typedef struct {
	buf text;            /* the lines, each NUL-terminated */
	size_t *line_off;
	size_t nlines, cap_lines;
	conllu_word *w;
	size_t n, cap;
	long first_line;     /* line number of the first line */
	int bad;             /* a line was malformed (already reported) */
} conllu_sent;

typedef struct {
	FILE *fp;
	const char *name;
	long line;
	diag_sink *ds;
	buf l;
	int eof;
	int read_error;      /* errno of a failed read (a folder, an I/O error), 0 when none */
	int error_told;      /* and it was reported */
} conllu_reader;

void conllu_open(conllu_reader *r, FILE *fp, const char *name, diag_sink *ds);
void conllu_close(conllu_reader *r);
void conllu_sent_init(conllu_sent *s);
void conllu_sent_free(conllu_sent *s);
/* Reads the next sentence. Returns 1, 0 at end of input, -1 when out of memory. */
int conllu_next(conllu_reader *r, conllu_sent *s);
/* Writes the sentence with each word's UPOS, HEAD and DEPREL from the arrays (heads NULL:
 * keep columns 7 and 8). Returns 0 or -1 (write error). */
int conllu_write(FILE *out, const conllu_sent *s, const char *const *upos, const int *heads,
		 const char *const *deprels);
#endif
