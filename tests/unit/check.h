/*
 * check.h - the unit tests' whole framework: CHECK records a failure with file:line and goes
 * on; TEST_MAIN runs the listed tests and ends with "N passed, N failed, N skipped". A test
 * whose fixture is missing calls check_skip() and is counted as skipped, never as passed; the
 * program then exits 77 (tests/run-tests reports the suite as skipped), 1 on any failure.
 * Third-party fixtures are found with shared_path() under $SHARED (default ../shared).
 */
#ifndef KH_CHECK_H
#define KH_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;
static int check_skips;

/* shared_path: REL under $SHARED (default ../shared); a static buffer, four in rotation. */
static inline const char *shared_path(const char *rel)
{
	static char buf[4][4096];
	static unsigned k;
	const char *s = getenv("SHARED");
	char *p = buf[k++ % 4];
	snprintf(p, sizeof buf[0], "%s/%s", s && *s ? s : "../shared", rel);
	return p;
}

/* check_skip: the running test cannot run (WHAT is missing): says so, counts it skipped. */
static inline void check_skip(const char *test, const char *what)
{
	check_skips++;
	printf("skipped: %s: %s not found\n", test, what);
}

#define CHECK(cond) do { if (!(cond)) { check_failures++; \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (!a_ || !b_ || strcmp(a_, b_)) { check_failures++; \
	fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
		b_ ? b_ : "(null)", a_ ? a_ : "(null)"); } } while (0)
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	if (a_ != b_) { check_failures++; \
	fprintf(stderr, "%s:%d: %s: expected %lld, got %lld\n", __FILE__, __LINE__, #a, b_, a_); } \
	} while (0)

typedef struct { const char *name; void (*fn)(void); } check_test;

#define TEST_MAIN(...) int main(void) { \
	check_test tests_[] = { __VA_ARGS__ }; \
	int passed_ = 0, failed_ = 0, skipped_ = 0; \
	for (size_t i_ = 0; i_ < sizeof tests_ / sizeof tests_[0]; i_++) { \
		int before_ = check_failures, skips_ = check_skips; \
		tests_[i_].fn(); \
		if (check_failures != before_) { \
			failed_++; fprintf(stderr, "FAIL %s\n", tests_[i_].name); } \
		else if (check_skips != skips_) skipped_++; \
		else passed_++; \
	} \
	printf("%d passed, %d failed, %d skipped\n", passed_, failed_, skipped_); \
	return failed_ ? 1 : skipped_ ? 77 : 0; }
#define T(fn) { #fn, fn }
#endif
