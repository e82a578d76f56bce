/*
 * version.c - khaldun_dict_version: a fingerprint of the dictionaries a coder uses, stored
 * with each ingested story so that stories coded with other dictionaries can be found (and
 * recoded). It hashes the contents of every dictionary file the project named, in project
 * order, with each file's length, so an edit to any line changes it; paths do not count (a
 * copied folder with the same files has the same version). Reads the files again: no state.
 */
#include "dict/dict.h"
#include <stdio.h>
#include <stdint.h>

static uint64_t fnv(uint64_t h, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

int khaldun_dict_version(const khaldun_dict *d, char out[17])
{
	if (!d || !out)
		return KHALDUN_ERR_ARG;
	out[0] = 0;
	uint64_t h = 14695981039346656037ULL;
	unsigned char buf[65536];
	for (int i = 0; i < d->nfiles; i++) {
		FILE *fp = fopen(d->files[i].path, "rb");
		if (!fp)
			return KHALDUN_ERR_IO;
		uint64_t len = 0;
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
			h = fnv(h, buf, n);
			len += n;
		}
		int bad = ferror(fp);
		fclose(fp);
		if (bad)
			return KHALDUN_ERR_IO;
		unsigned char lb[8];
		for (int k = 0; k < 8; k++)
			lb[k] = (unsigned char)(len >> (8 * k));
		h = fnv(h, lb, sizeof lb);
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
	return KHALDUN_OK;
}
