/* test_stamped.c - match.c's sent_next_stamped (speed152), which event.c's pattern loop and
 * match.c's slot memo use to pass over entries whose key word is in no token of the sentence:
 * on every length and start (both sides of the sixteen keys where it reads eight at a time),
 * with keys stamped, unstamped and past the stamp table (no word node: never passed over),
 * it gives the index a plain scan gives. */
#include "check.h"
#include "coder/sent.h"

/* The plain scan: the first index in [from, n) not passed over, or n. */
static int plain_next(const uint32_t *keys, int from, int n, const uint32_t *stamp,
		      uint32_t nstamp, uint32_t cur)
{
	for (int i = from; i < n; i++)
		if (keys[i] >= nstamp || stamp[keys[i]] == cur)
			return i;
	return n;
}

/* A fixed generator (xorshift), so that a failure repeats. */
static uint32_t next_rand(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static void same_as_plain_scan(void)
{
	enum { NSTAMP = 64, MAXN = 48 };
	uint32_t stamp[NSTAMP], keys[MAXN], seed = 2463534242u, cur = 7;
	for (int round = 0; round < 2000; round++) {
		/* few stamped words (the common case: long runs passed over) or many */
		uint32_t dense = round & 1 ? 2 : 16;
		for (int k = 0; k < NSTAMP; k++)
			stamp[k] = next_rand(&seed) % dense == 0 ? cur : cur - 1;
		int n = (int)(next_rand(&seed) % MAXN);
		for (int k = 0; k < n; k++) {
			uint32_t r = next_rand(&seed) % 100;
			/* now and then a key past the table: an element that is no word */
			keys[k] = r < 3 ? NSTAMP + r : r < 6 ? 0xFFFFFFF0u + r : r % NSTAMP;
		}
		for (int from = 0; from <= n; from++)
			CHECK_INT(sent_next_stamped(keys, from, n, stamp, NSTAMP, cur),
				  plain_next(keys, from, n, stamp, NSTAMP, cur));
	}
}

static void none_stamped_runs_to_the_end(void)
{
	uint32_t stamp[4] = { 1, 1, 1, 1 }, keys[40];
	for (int k = 0; k < 40; k++)
		keys[k] = (uint32_t)k % 4;
	CHECK_INT(sent_next_stamped(keys, 0, 40, stamp, 4, 2), 40);
	stamp[3] = 2;
	CHECK_INT(sent_next_stamped(keys, 0, 40, stamp, 4, 2), 3);
	CHECK_INT(sent_next_stamped(keys, 36, 40, stamp, 4, 2), 39);
}

TEST_MAIN(T(same_as_plain_scan), T(none_stamped_runs_to_the_end))
