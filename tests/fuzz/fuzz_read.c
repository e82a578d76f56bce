/*
 * fuzz_read.c - libFuzzer target: the first byte picks a story format (JSON lines, text,
 * TABARI records, whole file, RSS/Atom, HTML), the rest is the input; every story read is
 * split into sentences. Must never crash, hang or leak.
 */
#include "khaldun.h"
#include <stdio.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const enum khaldun_format fmt[] = { KHALDUN_FMT_JSONL, KHALDUN_FMT_TEXT,
		KHALDUN_FMT_TABARI, KHALDUN_FMT_FILE, KHALDUN_FMT_RSS, KHALDUN_FMT_HTML };
	if (size < 1)
		return 0;
	FILE *fp = fmemopen((void *)(data + 1), size - 1, "rb");
	if (!fp)
		return 0;
	khaldun_reader *r;
	khaldun_reader_new(&r, fp, "fuzz", fmt[data[0] % 6], "2025-01-01", NULL,
					       NULL);
	khaldun_story st;
	for (int n = 0; r && n < 1000 && khaldun_reader_next(r, &st) == KHALDUN_OK; n++)
		khaldun_split_sentences(st.text, st.text_len, NULL, NULL);
	khaldun_reader_free(r);
	fclose(fp);
	return 0;
}
