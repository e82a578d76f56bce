/* test_buf.c - base/buf's growable arrays: capacities double from `first`, and a count or a
 * capacity whose byte size would overflow size_t is refused (errno ENOMEM) with the array
 * and its capacity left as they were. */
#include "check.h"
#include "base/buf.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

static void grows_by_doubling(void)
{
	int *v = NULL;
	size_t cap = 0;
	CHECK_INT(buf_grow_array(&v, &cap, 0, sizeof *v, 4), 0);
	CHECK_INT((int)cap, 4);
	CHECK_INT(buf_grow_array(&v, &cap, 3, sizeof *v, 4), 0);   /* room left: unchanged */
	CHECK_INT((int)cap, 4);
	CHECK_INT(buf_grow_array(&v, &cap, 4, sizeof *v, 4), 0);
	CHECK_INT((int)cap, 8);
	v[7] = 7;
	CHECK_INT(buf_reserve_array(&v, &cap, 33, sizeof *v, 4), 0);
	CHECK_INT((int)cap, 64);
	CHECK_INT(v[7], 7);
	free(v);
}

static void overflow_refused(void)
{
	int *v = NULL;
	size_t cap = 0;
	CHECK_INT(buf_grow_array(&v, &cap, 0, sizeof *v, 2), 0);
	int *was = v;
	errno = 0;
	CHECK(buf_realloc_array(v, SIZE_MAX / 2, 4) == NULL);
	CHECK_INT(errno, ENOMEM);
	errno = 0;
	CHECK_INT(buf_reserve_array(&v, &cap, SIZE_MAX / 4 + 2, sizeof *v, 2), -1);
	CHECK_INT(errno, ENOMEM);
	errno = 0;
	CHECK_INT(buf_reserve_array(&v, &cap, SIZE_MAX, 1, 2), -1);   /* cap would wrap */
	CHECK_INT(errno, ENOMEM);
	CHECK(v == was);
	CHECK_INT((int)cap, 2);
	free(v);
}

static void buffer_ceiling(void)
{
	buf b;
	buf_init(&b, 600);
	for (int i = 0; i < 60; i++)
		CHECK_INT(buf_adds(&b, "0123456789"), 0);
	CHECK_INT((int)b.cap, 1024);
	CHECK_INT(buf_addc(&b, 'x'), -1);   /* the ceiling is kept */
	CHECK_INT((int)b.len, 600);
	buf_free(&b);
}

TEST_MAIN(T(grows_by_doubling), T(overflow_refused), T(buffer_ceiling))
