/*
 * fuzz_code.c - libFuzzer target: any bytes as a sentence, coded with our dictionaries (news
 * rules on) and with TABARI's validation project (TABARI's rules). Must never crash, hang or
 * leak. Build and run: `make fuzz` (clang with -fsanitize=fuzzer,address,undefined).
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>

static khaldun_coder *news, *tabari;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	khaldun_dict *d1, *d2;
	const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
	char p[4096];
	if (khaldun_dict_load(&d1, "dict/khaldun.project", NULL, NULL) == KHALDUN_OK)
		news = khaldun_coder_new(d1);
	snprintf(p, sizeof p, "%s/tabari/Validate.project", shared);
	if (khaldun_dict_load(&d2, p, NULL, NULL) == KHALDUN_OK)
		tabari = khaldun_coder_new(d2);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const khaldun_result *r;
	if (news)
		khaldun_code_sentence(news, (const char *)data, size, 20250101, "fuzz", &r);
	if (tabari)
		khaldun_code_sentence(tabari, (const char *)data, size, 19950101, "fuzz", &r);
	return 0;
}
