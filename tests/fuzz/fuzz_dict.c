/*
 * fuzz_dict.c - libFuzzer target: the input, cut in two, becomes an .actors and a .verbs file
 * of a project that is loaded and used to code two sentences. Dictionary loading must report
 * bad lines and go on, never crash, hang or leak.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char dir[] = "/tmp/khaldun-fuzz-XXXXXX";
	if (!mkdtemp(dir))
		return 0;
	char a[64], v[64], p[64];
	snprintf(a, sizeof a, "%s/f.actors", dir);
	snprintf(v, sizeof v, "%s/f.verbs", dir);
	snprintf(p, sizeof p, "%s/f.project", dir);
	FILE *f = fopen(a, "wb");
	if (f) {
		fwrite(data, 1, size / 2, f);
		fclose(f);
	}
	f = fopen(v, "wb");
	if (f) {
		fwrite(data + size / 2, 1, size - size / 2, f);
		fclose(f);
	}
	f = fopen(p, "w");
	if (f) {
		fprintf(f, "<actorfile> %s\n<verbfile> %s\n", a, v);
		fclose(f);
	}
	khaldun_dict *d;
	if (khaldun_dict_load(&d, p, NULL, NULL) == KHALDUN_OK) {
		khaldun_coder *c;
		khaldun_coder_new(&c, d);
		const khaldun_result *r;
		const char *s = "Arnor accused Gondor of attacking its embassy in Minas Tirith on Monday.";
		if (c) {
			khaldun_code_sentence(c, s, strlen(s), 19950101, "fuzz", &r);
			khaldun_code_sentence(c, (const char *)data, size < 400 ? size : 400, 19950101,
					      "fuzz", &r);
		}
		khaldun_coder_free(c);
		khaldun_dict_free(d);
	}
	unlink(a);
	unlink(v);
	unlink(p);
	rmdir(dir);
	return 0;
}
