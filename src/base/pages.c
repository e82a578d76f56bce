/*
 * pages.c - zeroed tables from mmap, on huge pages when big; see pages.h.
 */
#define _DEFAULT_SOURCE   /* MAP_ANONYMOUS, madvise(MADV_HUGEPAGE) */
#include "base/pages.h"
#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)
#define SMALL_PAGE ((size_t)4 << 10)

/* The bytes a block of n takes: whole huge pages from 1 MiB on, whole small pages below. */
static size_t block_size(size_t n)
{
	size_t unit = n >= HUGE_PAGE / 2 ? HUGE_PAGE : SMALL_PAGE;
	return (n + unit - 1) / unit * unit;
}

void *pages_zero(size_t n)
{
	size_t sz = block_size(n ? n : 1);
	if (sz < HUGE_PAGE) {   /* faulted in by this one call, not page by page */
		void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
		return p == MAP_FAILED ? NULL : p;
	}
	/* map one huge page more, then cut what lies outside the aligned block */
	char *m = mmap(NULL, sz + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	char *a = (char *)(((uintptr_t)m + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (a > m)
		munmap(m, (size_t)(a - m));
	if (m + HUGE_PAGE > a)
		munmap(a + sz, (size_t)(m + HUGE_PAGE - a));
#ifdef MADV_HUGEPAGE
	madvise(a, sz, MADV_HUGEPAGE);   /* advice: ignored where unsupported */
#endif
	return a;
}

void pages_free(void *p, size_t n)
{
	if (p)
		munmap(p, block_size(n ? n : 1));
}
