/*
 * pages.h - big zeroed tables straight from the kernel: fresh anonymous pages, zero already
 * (nothing clears them again); below 1 MiB faulted in by the one mmap call (MAP_POPULATE),
 * from 1 MiB on aligned to 2 MiB with huge pages asked for, so a table filled or probed at
 * random costs one system call or a few faults, not a fault (and a TLB miss) per 4 KiB.
 * Invariant: a block is released with pages_free and the size it was asked for.
 */
#ifndef KH_PAGES_H
#define KH_PAGES_H
#include <stddef.h>

/* n zeroed bytes (n > 0), or NULL when out of memory. */
void *pages_zero(size_t n);
/* Releases a block of pages_zero(n); p NULL does nothing. */
void pages_free(void *p, size_t n);

#endif
