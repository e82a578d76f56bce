/*
 * gazetteer.c - maps data/places.bin (written by scripts/gen-places.js) and looks names up:
 * a sorted table of folded names, each pointing at a place record (32 bytes: geonameid, name,
 * population, lat/lon in 1e-5 degrees, admin1 and country as place numbers, kind, ISO3).
 * Countries come first in the file, so a country's place number indexes the ISO3 table.
 * Invariant: the file is read-only and untrusted: the directory is checked once at load; every
 * offset and index is checked when used, so a damaged file gives wrong answers, never a crash.
 */
#include "place/place.h"
#include "base/buf.h"
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define REC 32
#define MAGIC "khaldun places 1\n"

struct khaldun_places {
	const unsigned char *map;
	size_t size;
	const unsigned char *places, *keys;
	const char *strings;
	uint32_t nplaces, nkeys, nstrings;
	uint32_t ncountries;
	char (*iso3)[4];       /* ISO3 of countries 0..ncountries-1 */
	long *capital;         /* their capitals (the most populous PPLC), or -1 */
	char *about;
};

static uint32_t u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void report(khaldun_diag_fn fn, void *ctx, const char *path, const char *msg)
{
	if (!fn)
		return;
	char m[512];
	snprintf(m, sizeof m, "cannot use the gazetteer: %s", msg);
	khaldun_diag d = { KHALDUN_ERROR, path, 0, 0, m, NULL, 0 };
	fn(ctx, &d);
}

/* Checks the directory and fills g's views; returns NULL or what is wrong. */
static const char *check(khaldun_places *g)
{
	size_t hdr = 0;
	if (g->size < 64 || memcmp(g->map, MAGIC, strlen(MAGIC)))
		return "not a khaldun gazetteer (no 'khaldun places 1' header)";
	while (hdr < g->size && g->map[hdr])
		hdr++;
	hdr = (hdr + 16) & ~(size_t)15;
	if (hdr + 32 > g->size || memcmp(g->map + hdr, "KPL1", 4))
		return "truncated or damaged header";
	const unsigned char *d = g->map + hdr + 4;
	uint32_t np = u32(d), nk = u32(d + 4), op = u32(d + 8), ok = u32(d + 12);
	uint32_t os = u32(d + 16), ns = u32(d + 20), total = u32(d + 24);
	if (total != g->size)
		return "truncated (its size is not the one its header gives)";
	if (op > g->size || (uint64_t)np * REC > g->size - op || ok > g->size ||
	    (uint64_t)nk * 8 > g->size - ok || os > g->size || ns > g->size - os || ns == 0 ||
	    g->map[os + ns - 1] != 0)
		return "damaged directory (a table lies outside the file)";
	g->places = g->map + op;
	g->keys = g->map + ok;
	g->strings = (const char *)g->map + os;
	g->nplaces = np;
	g->nkeys = nk;
	g->nstrings = ns;
	return NULL;
}

static int setup(khaldun_places *g)
{
	uint32_t n = 0;
	while (n < g->nplaces && (g->places[n * REC + 28] & 15) == PLACE_COUNTRY)
		n++;
	g->ncountries = n;
	g->iso3 = calloc(n ? n : 1, sizeof *g->iso3);
	g->capital = malloc((n ? n : 1) * sizeof *g->capital);
	size_t hl = strlen((const char *)g->map);
	g->about = malloc(hl + 1);
	if (!g->iso3 || !g->capital || !g->about)
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		memcpy(g->iso3[i], g->places + i * REC + 29, 3);
		g->capital[i] = -1;
	}
	for (uint32_t i = n; i < g->nplaces; i++) {
		const unsigned char *r = g->places + (size_t)i * REC;
		uint32_t cc = u32(r + 24);
		if (!(r[28] & PLACE_CAPITAL) || cc >= n)
			continue;
		long c = g->capital[cc];
		if (c < 0 || u32(g->places + (size_t)c * REC + 8) < u32(r + 8))
			g->capital[cc] = (long)i;
	}
	memcpy(g->about, g->map, hl + 1);
	return 0;
}

int khaldun_places_load(khaldun_places **out, const char *path, khaldun_diag_fn fn, void *ctx)
{
	*out = NULL;
	if (!path)
		return KHALDUN_ERR_ARG;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		report(fn, ctx, path, strerror(errno));
		return KHALDUN_ERR_IO;
	}
	struct stat st;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size < 64 ||
	    (uint64_t)st.st_size > 0xffffffffu) {
		close(fd);
		report(fn, ctx, path, "not a regular file of the right size");
		return KHALDUN_ERR_FORMAT;
	}
	khaldun_places *g = calloc(1, sizeof *g);
	if (!g) {
		close(fd);
		return KHALDUN_ERR_NOMEM;
	}
	g->size = (size_t)st.st_size;
	void *m = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED) {
		free(g);
		report(fn, ctx, path, strerror(errno));
		return KHALDUN_ERR_IO;
	}
	g->map = m;
	const char *bad = check(g);
	if (bad) {
		report(fn, ctx, path, bad);
		khaldun_places_free(g);
		return KHALDUN_ERR_FORMAT;
	}
	if (setup(g)) {
		khaldun_places_free(g);
		return KHALDUN_ERR_NOMEM;
	}
	*out = g;
	return KHALDUN_OK;
}

void khaldun_places_free(khaldun_places *g)
{
	if (!g)
		return;
	if (g->map)
		munmap((void *)g->map, g->size);
	free(g->iso3);
	free(g->capital);
	free(g->about);
	free(g);
}

const char *khaldun_places_about(const khaldun_places *g)
{
	return g ? g->about : "";
}

size_t khaldun_places_count(const khaldun_places *g)
{
	return g ? g->nplaces : 0;
}

static const char *str(const khaldun_places *g, uint32_t off)
{
	return off < g->nstrings ? g->strings + off : "";
}

/* U+00C0..U+017F folded (scripts/gen-places.js's fold: NFD, marks off, lower case);
 * 0x20: not a letter. */
static const uint16_t latin[192] = {
	0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xe6, 0x63, 0x65, 0x65, 0x65, 0x65,
	0x69, 0x69, 0x69, 0x69, 0xf0, 0x6e, 0x6f, 0x6f, 0x6f, 0x6f, 0x6f, 0x20,
	0xf8, 0x75, 0x75, 0x75, 0x75, 0x79, 0xfe, 0xdf, 0x61, 0x61, 0x61, 0x61,
	0x61, 0x61, 0xe6, 0x63, 0x65, 0x65, 0x65, 0x65, 0x69, 0x69, 0x69, 0x69,
	0xf0, 0x6e, 0x6f, 0x6f, 0x6f, 0x6f, 0x6f, 0x20, 0xf8, 0x75, 0x75, 0x75,
	0x75, 0x79, 0xfe, 0x79, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x63, 0x63,
	0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x64, 0x64, 0x111, 0x111, 0x65, 0x65,
	0x65, 0x65, 0x65, 0x65, 0x65, 0x65, 0x65, 0x65, 0x67, 0x67, 0x67, 0x67,
	0x67, 0x67, 0x67, 0x67, 0x68, 0x68, 0x127, 0x127, 0x69, 0x69, 0x69, 0x69,
	0x69, 0x69, 0x69, 0x69, 0x69, 0x131, 0x133, 0x133, 0x6a, 0x6a, 0x6b, 0x6b,
	0x138, 0x6c, 0x6c, 0x6c, 0x6c, 0x6c, 0x6c, 0x140, 0x140, 0x142, 0x142, 0x6e,
	0x6e, 0x6e, 0x6e, 0x6e, 0x6e, 0x149, 0x14b, 0x14b, 0x6f, 0x6f, 0x6f, 0x6f,
	0x6f, 0x6f, 0x153, 0x153, 0x72, 0x72, 0x72, 0x72, 0x72, 0x72, 0x73, 0x73,
	0x73, 0x73, 0x73, 0x73, 0x73, 0x73, 0x74, 0x74, 0x74, 0x74, 0x167, 0x167,
	0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75, 0x75,
	0x77, 0x77, 0x79, 0x79, 0x79, 0x7a, 0x7a, 0x7a, 0x7a, 0x7a, 0x7a, 0x17f,

};

static size_t put_cp(char *out, size_t o, size_t cap, unsigned cp)
{
	if (cp < 0x80) {
		if (o + 1 >= cap)
			return cap;
		out[o++] = (char)cp;
	} else if (o + 2 < cap) {
		out[o++] = (char)(0xc0 | cp >> 6);
		out[o++] = (char)(0x80 | (cp & 0x3f));
	} else {
		return cap;
	}
	return o;
}

size_t place_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	int space = 0;
	for (size_t i = 0; i < n && o < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		unsigned cp = c;
		size_t extra = 0;
		if (c == 0xe2 && i + 2 < n && ((unsigned char)s[i + 1] & 0xfe) == 0x80) {
			i += 2;   /* general punctuation (U+2000-U+207F: quotes, dashes) */
			space = 1;
			continue;
		}
		if (c >= 0x80) {   /* two-byte Latin letters folded; marks dropped; others kept */
			unsigned c1 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
			if (c >= 0xc2 && c <= 0xdf && (c1 & 0xc0) == 0x80) {
				cp = (c & 0x1fu) << 6 | (c1 & 0x3f);
				extra = 1;
			}
			if (extra && cp >= 0x300 && cp < 0x370) {
				i++;
				continue;
			}
			if (extra && cp >= 0xc0 && cp < 0x180)
				cp = latin[cp - 0xc0];
			else if (!extra || cp < 0xc0)
				cp = (extra && cp < 0xc0) ? 0x20 : 0;   /* symbols; else raw byte */
			if (cp == 0) {
				if (space && o) {
					out[o++] = ' ';
					space = 0;
				}
				if (o + 1 < cap)
					out[o++] = (char)c;
				else
					o = cap;
				continue;
			}
			i += extra;
		} else if (c >= 'A' && c <= 'Z') {
			cp = c + 32;
		} else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
			cp = 0x20;
		}
		if (cp == 0x20) {
			space = 1;
			continue;
		}
		if (space && o) {
			if (o + 1 < cap)
				out[o++] = ' ';
			else
				o = cap;
		}
		space = 0;
		o = put_cp(out, o, cap, cp);
	}
	if (o >= cap) {
		out[0] = 0;
		return 0;
	}
	out[o] = 0;
	return o;
}

static const char *key_at(const khaldun_places *g, size_t k)
{
	return str(g, u32(g->keys + 8 * k));
}

size_t place_keys(const khaldun_places *g, const char *key, size_t *first)
{
	size_t lo = 0, hi = g->nkeys;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(key_at(g, mid), key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < g->nkeys && !strcmp(key_at(g, end), key))
		end++;
	*first = lo;
	return end - lo;
}

long place_key_place(const khaldun_places *g, size_t k)
{
	if (k >= g->nkeys)
		return -1;
	uint32_t i = u32(g->keys + 8 * k + 4);
	return i < g->nplaces ? (long)i : -1;
}

unsigned place_kind(const khaldun_places *g, long i)
{
	return i >= 0 && (uint32_t)i < g->nplaces ? g->places[i * REC + 28] : 0xff;
}

int place_get(const khaldun_places *g, long i, khaldun_place *out)
{
	static const char *const kinds[] = { "country", "admin1", "city" };
	if (i < 0 || (uint32_t)i >= g->nplaces)
		return -1;
	const unsigned char *r = g->places + (size_t)i * REC;
	uint32_t a1 = u32(r + 20), cc = u32(r + 24);
	unsigned kind = r[28] & 15;
	out->geonameid = (long)u32(r);
	out->name = str(g, u32(r + 4));
	out->population = u32(r + 8);
	out->lat = (int32_t)u32(r + 12) / 1e5;
	out->lon = (int32_t)u32(r + 16) / 1e5;
	out->admin1 = NULL;
	if (a1 && a1 - 1 < g->nplaces && a1 - 1 != (uint32_t)i)
		out->admin1 = str(g, u32(g->places + (size_t)(a1 - 1) * REC + 4));
	out->country = cc < g->ncountries ? g->iso3[cc] : "";
	out->kind = kind <= PLACE_CITY ? kinds[kind] : "city";
	out->capital = (r[28] & PLACE_CAPITAL) != 0;
	return 0;
}

long place_capital(const khaldun_places *g, long c)
{
	return c >= 0 && (uint32_t)c < g->ncountries ? g->capital[c] : -1;
}

/* Countries come in ISO3 order (the generator sorts them): a binary search. */
long place_country(const khaldun_places *g, const char *iso3)
{
	if (strlen(iso3) != 3)
		return -1;
	size_t lo = 0, hi = g->ncountries;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(g->iso3[mid], iso3);
		if (!c)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The order of candidates for one name: countries, then by population (a capital as ten
 * times its own), a region counting a tenth of its cities' people. */
static double weight(const khaldun_place *p)
{
	double pop = (double)p->population + 1;
	if (!strcmp(p->kind, "country"))
		return 1e12 + pop;
	if (!strcmp(p->kind, "admin1"))
		return pop / 10;
	return p->capital ? pop * 10 : pop;
}

typedef struct {
	khaldun_place p;
	double w;
	long i;
} cand;

static int by_weight(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

size_t khaldun_places_find(const khaldun_places *g, const char *name, size_t len,
			   const char *country, khaldun_place *out, size_t max)
{
	char key[PLACE_KEY_MAX];
	if (!g || !name || !place_fold(name, len, key, sizeof key))
		return 0;
	size_t first, n = place_keys(g, key, &first);
	cand *c = buf_realloc_array(NULL, n ? n : 1, sizeof *c);
	if (!c)
		return KHALDUN_PLACES_NOMEM;
	size_t m = 0;
	for (size_t k = first; k < first + n; k++) {
		long i = place_key_place(g, k);
		if (i < 0 || place_get(g, i, &c[m].p))
			continue;
		if (country && strcmp(c[m].p.country, country))
			continue;
		c[m].w = weight(&c[m].p);
		c[m].i = i;
		m++;
	}
	qsort(c, m, sizeof *c, by_weight);
	for (size_t j = 0; j < m && j < max; j++)
		out[j] = c[j].p;
	free(c);
	return m;
}
