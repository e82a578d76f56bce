/*
 * fuzz_project.c - libFuzzer target for the parsers fuzz_dict does not reach: the .project
 * file, the .options file, the .agents file and OPTION: lines applied at run time. The first
 * byte picks which file the rest of the input becomes (the others are small fixed ones); then
 * each input line is also tried as a run-time option, and a sentence is coded. Must never
 * crash, hang or leak; bad lines are reported with file:line and skipped.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char actors[] = "ARNOR_ [ARN]\nGONDOR_ [GON]\nMINAS_TIRITH_ [GON]\n~~FINISH\n";
static const char verbs[] = "ACCUSE [110]\n- * OF  [112]\nRESTORE [---]\n- * TIES [064]\n"
			    "~~FINISH\n";
static const char agents[] = "PRESIDENT_ [~GOV]\nARMY_ [~MIL]\n~~FINISH\n";
static const char options[] = "SET: CODE BY CLAUSE\nSET: MINIMUM WORDS = 3\n~~FINISH\n";

static void put(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(p, 1, n, f);
		fclose(f);
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size < 1)
		return 0;
	char dir[] = "/tmp/khaldun-fuzzp-XXXXXX";
	if (!mkdtemp(dir))
		return 0;
	static const char *const names[] = { "f.actors", "f.verbs", "f.agents", "f.options" };
	char path[5][96];
	for (int i = 0; i < 4; i++)
		snprintf(path[i], sizeof path[i], "%s/%s", dir, names[i]);
	snprintf(path[4], sizeof path[4], "%s/f.project", dir);
	put(path[0], actors, sizeof actors - 1);
	put(path[1], verbs, sizeof verbs - 1);
	put(path[2], agents, sizeof agents - 1);
	put(path[3], options, sizeof options - 1);
	char project[512];
	int pn = snprintf(project, sizeof project, "<actorfile> %s\n<verbfile> %s\n<agentfile> %s\n"
			  "<optionsfile> %s\n", path[0], path[1], path[2], path[3]);
	put(path[4], project, (size_t)pn);
	int which = data[0] % 3;   /* 0: the .options, 1: the .agents, 2: the .project */
	put(path[which == 0 ? 3 : which == 1 ? 2 : 4], data + 1, size - 1);
	khaldun_dict *d;
	if (khaldun_dict_load(&d, path[4], NULL, NULL) == KHALDUN_OK) {
		khaldun_coder *c;
		khaldun_coder_new(&c, d);
		const khaldun_result *r;
		const char *s = "The Arnor president accused Gondor of attacking Minas Tirith on Monday.";
		char line[512];
		size_t at = 1;
		for (int k = 0; c && k < 16 && at < size; k++) {
			const unsigned char *nl = memchr(data + at, '\n', size - at);
			size_t n = nl ? (size_t)(nl - (data + at)) : size - at;
			size_t m = n < sizeof line - 1 ? n : sizeof line - 1;
			memcpy(line, data + at, m);
			line[m] = 0;
			khaldun_coder_option(c, line, NULL, NULL);
			at += n + 1;
		}
		if (c)
			khaldun_code_sentence(c, s, strlen(s), 20250101, "fuzz", &r);
		khaldun_coder_free(c);
		khaldun_dict_free(d);
	}
	for (int i = 0; i < 5; i++)
		unlink(path[i]);
	rmdir(dir);
	return 0;
}
