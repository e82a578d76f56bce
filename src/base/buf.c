/*
 * buf.c - growable byte buffer with a ceiling; see buf.h.
 */
#include "khaldun.h"
#include "base/buf.h"
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(buf *b, size_t max)
{
	b->p = NULL;
	b->len = b->cap = 0;
	b->max = max ? max : (size_t)1 << 30;
}

static int grow(buf *b, size_t n)
{
	if (n > b->max - b->len)
		return -1;
	return buf_reserve_array(&b->p, &b->cap, b->len + n + 1, 1, 256);
}

int buf_add(buf *b, const void *p, size_t n)
{
	if (grow(b, n))
		return -1;
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = 0;
	return 0;
}

int buf_reserve(buf *b, size_t n)
{
	return grow(b, n);
}

int buf_addc(buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_adds(buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_printf(buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char tmp[512];
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof tmp)
		return buf_add(b, tmp, (size_t)n);
	if (grow(b, (size_t)n))
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void buf_clear(buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = 0;
}

void buf_free(buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

void *buf_realloc_array(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n * size);
}

int buf_reserve_array(void *items, size_t *cap, size_t need, size_t size, size_t first)
{
	if (need <= *cap)
		return 0;
	size_t c = *cap ? *cap : first ? first : 1;
	while (c < need) {
		if (c > SIZE_MAX / 2) {
			errno = ENOMEM;
			return -1;
		}
		c *= 2;
	}
	void *p;
	memcpy(&p, items, sizeof p);   /* items is a T **: read and write it as bytes */
	p = buf_realloc_array(p, c, size);
	if (!p)
		return -1;
	memcpy(items, &p, sizeof p);
	*cap = c;
	return 0;
}

int khaldun_array_reserve(void *items, size_t *cap, size_t need, size_t size, size_t first)
{
	return buf_reserve_array(items, cap, need, size, first);
}

int buf_grow_array(void *items, size_t *cap, size_t n, size_t size, size_t first)
{
	return n < *cap ? 0 : buf_reserve_array(items, cap, n + 1, size, first);
}
