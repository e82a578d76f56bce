/*
 * fuzz_conllu.c - libFuzzer target: the input is read as CoNLL-U (every sentence written
 * back out with made-up columns 4, 7, 8) and, as a sentence, split into words by the parser's
 * tokeniser. Must never crash, hang or leak.
 */
#include "khaldun.h"
#include "parse/conllu.h"
#include <stdio.h>
#include <stdlib.h>

static void quiet(void *ctx, const khaldun_diag *d)
{
	(void)ctx, (void)d;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	FILE *fp = fmemopen((void *)data, size ? size : 1, "rb");
	FILE *out = fopen("/dev/null", "wb");
	if (!fp || !out) {
		if (fp)
			fclose(fp);
		if (out)
			fclose(out);
		return 0;
	}
	diag_sink ds = { quiet, NULL, 0, 0 };
	conllu_reader r;
	conllu_sent s;
	conllu_open(&r, fp, "fuzz", &ds);
	conllu_sent_init(&s);
	while (size && conllu_next(&r, &s) == 1) {
		const char **up = calloc(s.n + 1, sizeof *up), **rel = calloc(s.n + 1, sizeof *rel);
		int *heads = calloc(s.n + 1, sizeof *heads);
		for (size_t i = 0; up && rel && heads && i < s.n; i++) {
			up[i] = "X";
			rel[i] = s.w[i].deprel;
			heads[i] = (int)i - 1;
		}
		if (up && rel && heads)
			conllu_write(out, &s, up, heads, rel);
		conllu_write(out, &s, NULL, NULL, NULL);
		free(up), free(rel), free(heads);
	}
	conllu_sent_free(&s);
	conllu_close(&r);
	fclose(fp);
	fclose(out);
	khaldun_parse_token t[64];
	khaldun_tokenize((const char *)data, size, t, 64);
	return 0;
}
