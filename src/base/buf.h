/*
 * buf.h - growable byte buffer with a ceiling.
 * Every append checks the ceiling first: a hostile 10 MB line costs one clear error, not the
 * process. The contents are always NUL-terminated.
 */
#ifndef KH_BUF_H
#define KH_BUF_H
#include <stddef.h>

typedef struct {
	char *p;
	size_t len, cap, max;
} buf;

void buf_init(buf *b, size_t max);
/* Return 0, or -1 when the ceiling would be passed or memory runs out (b is unchanged). */
int buf_add(buf *b, const void *p, size_t n);
int buf_addc(buf *b, char c);
/* Makes room for n more bytes (and the NUL) without adding any: 0, or -1 as buf_add. */
int buf_reserve(buf *b, size_t n);
int buf_adds(buf *b, const char *s);
int buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_clear(buf *b);
void buf_free(buf *b);

/* Growable arrays. Every size is counted in elements of `size` bytes and every byte count
 * (count * size, and a doubled capacity) is checked against SIZE_MAX before it is asked of
 * realloc: an overflow fails like running out of memory (errno ENOMEM), never as a short
 * block. */

/* realloc(p, n * size), checked: NULL (errno ENOMEM, p unchanged and still the caller's)
 * when n * size would overflow or memory runs out. */
void *buf_realloc_array(void *p, size_t n, size_t size);
/* Makes room for `need` elements in a growable array: items points to the array's pointer
 * (any T **), *cap is its capacity. The capacity doubles (from *cap, or `first` when empty)
 * until it holds need. Returns 0, or -1 on overflow or without memory (the array and *cap
 * as they were). */
int buf_reserve_array(void *items, size_t *cap, size_t need, size_t size, size_t first);
/* Makes room for one more element when n == *cap: buf_reserve_array for n + 1. */
int buf_grow_array(void *items, size_t *cap, size_t n, size_t size, size_t first);
#endif
