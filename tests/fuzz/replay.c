/*
 * replay.c - runs a fuzz target over saved inputs without libFuzzer: every crash a fuzzer
 * found is kept in tests/fuzz/corpus/TARGET/ and replayed by every test run (as SQLite's
 * fuzzcheck does). Usage: replay FILE... ; prints "N passed, 0 failed" (a crash never returns).
 */
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	int n = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			fprintf(stderr, "replay: cannot open %s\n", argv[i]);
			printf("%d passed, 1 failed\n", n);
			return 1;
		}
		unsigned char *buf = NULL;
		size_t len = 0, cap = 0;
		for (;;) {
			if (len == cap) {
				cap = cap ? cap * 2 : 4096;
				unsigned char *p = realloc(buf, cap);
				if (!p)
					return 1;
				buf = p;
			}
			size_t r = fread(buf + len, 1, cap - len, f);
			if (!r)
				break;
			len += r;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("%d passed, 0 failed\n", n);
	return 0;
}
