/*
 * replay.c - runs a fuzz target over saved inputs without libFuzzer: every crash a fuzzer
 * found is kept in tests/fuzz/corpus/TARGET/ and replayed by every test run (as SQLite's
 * fuzzcheck does), built with ASan+UBSan. Each file is read whole and handed over in a buffer
 * of exactly its size, so that a one-byte over-read or overflow hits the sanitizer's red zone.
 * Usage: replay FILE... ; prints "N passed, 0 failed" (a sanitizer report exits non-zero).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

/* The whole of PATH in a malloc'd buffer of exactly *len bytes (one byte for an empty file). */
static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	unsigned char *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1 << 16;
			unsigned char *p = realloc(buf, cap);
			if (!p) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = p;
		}
		size_t r = fread(buf + n, 1, cap - n, f);
		if (!r)
			break;
		n += r;
	}
	int bad = ferror(f);
	fclose(f);
	unsigned char *exact = bad ? NULL : malloc(n ? n : 1);
	if (exact && n)
		memcpy(exact, buf, n);
	free(buf);
	*len = n;
	return exact;
}

int main(int argc, char **argv)
{
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	int n = 0;
	for (int i = 1; i < argc; i++) {
		size_t len = 0;
		unsigned char *buf = slurp(argv[i], &len);
		if (!buf) {
			fprintf(stderr, "replay: cannot read %s\n", argv[i]);
			printf("%d passed, 1 failed\n", n);
			return 1;
		}
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("%d passed, 0 failed\n", n);
	return 0;
}
