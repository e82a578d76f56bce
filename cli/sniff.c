/*
 * sniff.c - see sniff.h. A pipe cannot be rewound (rewind() fails silently there, and the
 * bytes read to guess the format were lost: `ingest <(cat f)` dropped its first stories, a
 * FIFO or /dev/stdin all of them), so on such input the sniffed bytes are fed again through
 * a glibc cookie stream in front of the real one.
 */
#define _GNU_SOURCE
#include "sniff.h"
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

typedef struct {
	FILE *fp;
	char *head;
	size_t n, at;
} replay;

static ssize_t replay_read(void *cookie, char *buf, size_t size)
{
	replay *r = cookie;
	if (r->at < r->n) {
		size_t k = r->n - r->at < size ? r->n - r->at : size;
		memcpy(buf, r->head + r->at, k);
		r->at += k;
		return (ssize_t)k;
	}
	size_t k = fread(buf, 1, size, r->fp);
	if (!k && ferror(r->fp))
		return -1;
	return (ssize_t)k;
}

static int replay_close(void *cookie)
{
	replay *r = cookie;
	int rc = r->fp == stdin ? 0 : fclose(r->fp);
	free(r->head);
	free(r);
	return rc;
}

FILE *sniff_input(FILE *fp, char *head, size_t cap, size_t *n)
{
	long pos = ftell(fp);
	*n = fread(head, 1, cap - 1, fp);
	head[*n] = 0;
	if (pos >= 0 && !fseek(fp, pos, SEEK_SET))
		return fp;
	clearerr(fp);
	return sniff_replay(fp, head, *n);
}

FILE *sniff_replay(FILE *fp, const char *head, size_t n)
{
	replay *r = calloc(1, sizeof *r);
	char *copy = malloc(n ? n : 1);
	cookie_io_functions_t io = { replay_read, NULL, NULL, replay_close };
	FILE *out = r && copy ? fopencookie(r, "rb", io) : NULL;
	if (!out) {
		free(r);
		free(copy);
		return NULL;
	}
	memcpy(copy, head, n);
	r->fp = fp;
	r->head = copy;
	r->n = n;
	return out;
}
