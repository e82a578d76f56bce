/*
 * arena.h - bump allocator: many small allocations, one free.
 * Dictionaries intern everything into one long-lived arena; each sentence uses a scratch arena
 * that is reset after it. Invariant: nothing allocated from an arena is freed individually.
 */
#ifndef KH_ARENA_H
#define KH_ARENA_H
#include <stddef.h>

typedef struct arena_chunk arena_chunk;
typedef struct {
	arena_chunk *head;
	size_t chunk_size;
} arena;

/* chunk_size ARENA_HUGE: chunks of 2 MiB less their header, each on a huge page where the
 * kernel gives one (a dictionary's arena: ~20 MB touched once). */
#define ARENA_HUGE (((size_t)2 << 20) - 64)
void arena_init(arena *a, size_t chunk_size);
/* Returns zeroed memory aligned for any type, or NULL when out of memory. */
void *arena_alloc(arena *a, size_t n);
/* Returns memory aligned for any type, NOT cleared (for arrays the caller writes before it
 * reads), or NULL when out of memory. */
void *arena_alloc_raw(arena *a, size_t n);
/* Copies p[0..n) into the arena and NUL-terminates it. */
char *arena_strndup(arena *a, const char *p, size_t n);
char *arena_strdup(arena *a, const char *s);
/* Frees all chunks but the first and rewinds it (for per-sentence reuse). */
void arena_reset(arena *a);
void arena_free(arena *a);
/* Moves every chunk of `from` into `a` (freed with it; a's current chunk stays current);
 * `from` is left empty. */
void arena_adopt(arena *a, arena *from);
#endif
