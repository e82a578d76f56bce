/*
 * arena.c - bump allocator; see arena.h.
 */
#define _GNU_SOURCE   /* madvise, MADV_HUGEPAGE */
#include "base/arena.h"
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct arena_chunk {
	arena_chunk *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

void arena_init(arena *a, size_t chunk_size)
{
	a->head = NULL;
	a->chunk_size = chunk_size ? chunk_size : 65536;
}

/* A chunk of sz bytes; an arena of ARENA_HUGE chunks takes each as one 2 MiB block aligned
 * to 2 MiB and asks the kernel for a huge page there (one fault instead of 512). */
static arena_chunk *chunk_alloc(const arena *a, size_t sz)
{
	if (a->chunk_size == ARENA_HUGE && sz == ARENA_HUGE) {
		arena_chunk *c = aligned_alloc(2u << 20, 2u << 20);
		if (c)
			/* advice: ignored where unsupported */
			madvise(c, 2u << 20, MADV_HUGEPAGE);
		return c;
	}
	return malloc(sizeof(arena_chunk) + sz);
}

/* n bytes (n a multiple of 16) from a new chunk, made current unless it was made for this one
 * big request: the slow path of take, apart so that take's common case stays a few
 * instructions (a production dictionary load takes ~410,000 pieces, almost all from the
 * current chunk). */
static __attribute__((noinline)) void *take_new(arena *a, size_t n)
{
	size_t sz = n > a->chunk_size ? n : a->chunk_size;
	arena_chunk *c = chunk_alloc(a, sz);
	if (!c)
		return NULL;
	c->size = sz;
	c->used = 0;
	/* a chunk made for one big request goes second, so the current chunk stays usable */
	if (a->head && sz > a->chunk_size) {
		c->next = a->head->next;
		a->head->next = c;
	} else {
		c->next = a->head;
		a->head = c;
	}
	c->used = n;
	return c->data;
}

/* n bytes (n a multiple of 16), not cleared: the current chunk's next ones when they fit
 * (inlined in each caller), else take_new's. */
static inline void *take(arena *a, size_t n)
{
	arena_chunk *c = a->head;
	if (!c || c->size - c->used < n)
		return take_new(a, n);
	void *p = c->data + c->used;
	c->used += n;
	return p;
}

void *arena_alloc(arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	void *p = take(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

void *arena_alloc_raw(arena *a, size_t n)
{
	return take(a, (n + 15) & ~(size_t)15);
}

/* The bytes are those of arena_alloc + memcpy: the padding after the text (all of it in the
 * last 16 bytes, as sz - 16 <= n) is cleared by one 16-byte store, then the text copied. */
char *arena_strndup(arena *a, const char *p, size_t n)
{
	size_t sz = (n + 1 + 15) & ~(size_t)15;
	char *s = take(a, sz);
	if (s) {
		memset(s + sz - 16, 0, 16);
		memcpy(s, p, n);
	}
	return s;
}

char *arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void arena_reset(arena *a)
{
	arena_chunk *keep = NULL, *c = a->head;
	while (c) {
		arena_chunk *next = c->next;
		if (!keep && c->size == a->chunk_size)
			keep = c;
		else
			free(c);
		c = next;
	}
	a->head = keep;
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
}

void arena_free(arena *a)
{
	arena_chunk *c = a->head;
	while (c) {
		arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}

void arena_adopt(arena *a, arena *from)
{
	arena_chunk *first = from->head, *last = first;
	if (!first)
		return;
	while (last->next)
		last = last->next;
	if (a->head) {
		last->next = a->head->next;
		a->head->next = first;
	} else {
		a->head = first;
	}
	from->head = NULL;
}
