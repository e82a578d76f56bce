/*
 * check.h - the unit tests' whole framework: CHECK records a failure with file:line and goes
 * on; TEST_MAIN runs the listed tests and ends with "N passed, N failed".
 */
#ifndef KH_CHECK_H
#define KH_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures;

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
	int passed_ = 0, failed_ = 0; \
	for (size_t i_ = 0; i_ < sizeof tests_ / sizeof tests_[0]; i_++) { \
		int before_ = check_failures; \
		tests_[i_].fn(); \
		if (check_failures == before_) passed_++; \
		else { failed_++; fprintf(stderr, "FAIL %s\n", tests_[i_].name); } \
	} \
	printf("%d passed, %d failed\n", passed_, failed_); \
	return failed_ != 0; }
#define T(fn) { #fn, fn }
#endif
