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

/* Makes room for one more element in a growable array: items points to the array's pointer
 * (any T **), *cap is its size in elements of `size` bytes, n how many are used. When n ==
 * *cap the array doubles (to `first` elements from empty). Returns 0, or -1 without memory
 * (the array and *cap as they were). */
int buf_grow_array(void *items, size_t *cap, size_t n, size_t size, size_t first);
#endif
