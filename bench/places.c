/*
 * places.c - the gazetteer's own speed, for bench/places (run by `make bench`): maps
 * data/places.bin (or argv[1]) N times and reports the fastest and the median load (map, check,
 * ISO3 and capital tables, unmap), then looks a list of names up and reports lookups per
 * second. Nothing here asserts a time.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "data/places.bin";
	enum { LOADS = 50, ROUNDS = 2000 };
	double t[LOADS];
	khaldun_places *g = NULL;
	for (int i = 0; i < LOADS; i++) {
		double a = now();
		if (khaldun_places_load(&g, path, NULL, NULL) != KHALDUN_OK) {
			fprintf(stderr, "bench/places: cannot load %s\n", path);
			return 1;
		}
		/* touch the name table as a first lookup would */
		khaldun_place p;
		khaldun_places_find(g, "Kabul", 5, NULL, &p, 1);
		t[i] = now() - a;
		if (i < LOADS - 1)
			khaldun_places_free(g);
	}
	qsort(t, LOADS, sizeof *t, cmp);
	static const char *const names[] = { "Kabul", "Khost", "Paris", "Springfield", "Istanbul",
		"Washington", "Bombay", "Georgia", "Nowhere Qqq", "San Jose", "Tripoli", "Aleppo" };
	size_t n = sizeof names / sizeof names[0], found = 0;
	khaldun_place out[8];
	double a = now();
	for (int r = 0; r < ROUNDS; r++)
		for (size_t i = 0; i < n; i++)
			found += khaldun_places_find(g, names[i], strlen(names[i]), NULL, out, 8) > 0;
	double el = now() - a;
	printf("%-28s %8.2f ms fastest, %.2f ms median of %d (map + first lookup; %zu places)\n",
	       "gazetteer load", t[0] * 1e3, t[LOADS / 2] * 1e3, LOADS, khaldun_places_count(g));
	printf("%-28s %8.0f lookups/s (%zu names x %d)\n", "gazetteer lookup",
	       ROUNDS * n / el, n, ROUNDS);
	khaldun_places_free(g);
	return found ? 0 : 1;
}
