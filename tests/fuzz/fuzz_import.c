/*
 * fuzz_import.c - libFuzzer target for the event-import parsers (khaldun_store_import): the
 * first byte picks the format (khaldun events JSON lines, ICEWS TSV, GDELT TSV) and whether
 * the CAMEO tables fill in scores; the rest is imported into a fresh in-memory store, and
 * inputs up to 64 KiB a second time (every event must then be a duplicate: the import is
 * idempotent). Must never crash, hang or leak, and must account for every line: imported +
 * duplicates + bad never exceeds lines read.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>

static khaldun_cameo *tables;

static void quiet(void *ctx, const khaldun_diag *d)
{
	(void)ctx, (void)d;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (khaldun_cameo_builtin(&tables) != KHALDUN_OK)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const enum khaldun_import_format fmt[] = { KHALDUN_IMPORT_EVENTS,
		KHALDUN_IMPORT_ICEWS, KHALDUN_IMPORT_GDELT };
	if (size < 1)
		return 0;
	khaldun_store *st;
	if (khaldun_store_open(&st, ":memory:", 0, quiet, NULL) != KHALDUN_OK)
		abort();
	if (data[0] & 0x80)
		khaldun_store_set_tables(st, tables);
	for (int pass = 0; pass < (size <= 65536 ? 2 : 1); pass++) {
		FILE *fp = fmemopen((void *)(data + 1), size - 1, "rb");
		if (!fp)
			break;
		khaldun_import_result res;
		int rc = khaldun_store_import(st, fp, "fuzz", fmt[(data[0] & 0x7f) % 3], NULL, &res);
		fclose(fp);
		if (rc == KHALDUN_OK && res.imported + res.duplicates + res.bad > res.lines)
			abort();
		if (rc == KHALDUN_OK && pass == 1 && res.imported)
			abort();   /* an event stored twice: the import is not idempotent */
	}
	khaldun_store_free(st);
	return 0;
}
