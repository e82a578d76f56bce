/*
 * actor.c - CAMEO actor code -> country + sector, and each part's meaning; see actor.h.
 * The countries are the compiled-in data/countries.tsv (ISO 3166-1 alpha-3 codes, historical
 * ones CAMEO still uses such as YUG and SUN, and CAMEO's regional codes), sorted by code,
 * found through an index of all three-letter codes.
 * The other parts (roles, international codes, religions, organisations) are data/sectors.tsv.
 * Not countries: IGO, IMG, NGO, NGM, INT, MNC, UIS and the role codes.
 */
#include "cameo/actor.h"
#include "cameo/tables.h"
#include "khaldun.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The row (+ 1) of each code of three capital letters, 0 where the table has none; made on
 * first use (pthread_once: coders on several threads ask). 35 KB. */
#define CODE_INDEX (26 * 26 * 26)
static uint16_t code_index[CODE_INDEX];
static pthread_once_t code_index_once = PTHREAD_ONCE_INIT;

/* 1 when c's first three bytes are capital letters A-Z. */
static int cap3(const unsigned char *c)
{
	return (unsigned)(c[0] - 'A') < 26 && (unsigned)(c[1] - 'A') < 26 &&
	       (unsigned)(c[2] - 'A') < 26;
}

/* Fills code_index from the country table (once, by pthread_once). */
static void code_index_build(void)
{
	for (size_t i = 0; i < cameo_n_country_rows; i++) {
		const unsigned char *c = (const unsigned char *)cameo_country_rows[i].code;
		if (cap3(c))
			code_index[((c[0] - 'A') * 26 + (c[1] - 'A')) * 26 + (c[2] - 'A')] =
				(uint16_t)(i + 1);
	}
}

/* The country row of the code's first three bytes, or NULL (also for a code shorter than
 * three). The coder asks this of every actor code it reads: three capital letters are one
 * read of code_index; anything else a binary search, its bytes compared as unsigned like
 * memcmp (bsearch, a comparator and memcmp per step, cost six times the index). */
static const cameo_country_row *country(const char *code)
{
	if (!code || !code[0] || !code[1] || !code[2])
		return NULL;
	const unsigned char *k = (const unsigned char *)code;
	if (cap3(k)) {
		pthread_once(&code_index_once, code_index_build);
		unsigned r = code_index[((k[0] - 'A') * 26 + (k[1] - 'A')) * 26 + (k[2] - 'A')];
		return r ? &cameo_country_rows[r - 1] : NULL;
	}
	size_t lo = 0, hi = cameo_n_country_rows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const unsigned char *r = (const unsigned char *)cameo_country_rows[mid].code;
		int d = k[0] - r[0];
		if (!d)
			d = k[1] - r[1];
		if (!d)
			d = k[2] - r[2];
		if (!d)
			return &cameo_country_rows[mid];
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const char *actor_split(const char *code, char out[4])
{
	out[0] = 0;
	if (!code || !strcmp(code, "---"))
		return "";   /* TABARI's null actor */
	if (country(code)) {
		memcpy(out, code, 3);
		out[3] = 0;
		return code + 3;
	}
	return code;
}

int actor_is_region(const char *code)
{
	const cameo_country_row *r = country(code);
	return r && r->kind && !strcmp(r->kind, "region");
}

const char *khaldun_country_name(const char *code)
{
	const cameo_country_row *r = code && strlen(code) == 3 ? country(code) : NULL;
	return r ? r->name : NULL;
}

const char *khaldun_country_fips(const char *code)
{
	const cameo_country_row *r = code && strlen(code) == 3 ? country(code) : NULL;
	return r ? r->fips : NULL;
}

const char *khaldun_actor_code_at(size_t i)
{
	return i < cameo_n_country_rows ? cameo_country_rows[i].code : NULL;
}

/* The longest organisation code (e.g. IGOUNOKID) that s starts with, or NULL. */
static const cameo_part_row *organisation(const char *s)
{
	const cameo_part_row *best = NULL;
	for (size_t i = 0; i < cameo_n_part_rows; i++) {
		const cameo_part_row *r = &cameo_part_rows[i];
		size_t n = strlen(r->code);
		if (n > 3 && !strncmp(s, r->code, n) && (!best || n > strlen(best->code)))
			best = r;
	}
	return best;
}

static const cameo_part_row *part3(const char *s)
{
	for (size_t i = 0; i < cameo_n_part_rows; i++)
		if (strlen(cameo_part_rows[i].code) == 3 && !strncmp(s, cameo_part_rows[i].code, 3))
			return &cameo_part_rows[i];
	return NULL;
}

/* An organisation by its own three letters after other parts (IGOWSTNAT: NAT is IGONAT). */
static const cameo_part_row *org_suffix(const char *s)
{
	for (size_t i = 0; i < cameo_n_part_rows; i++) {
		const char *c = cameo_part_rows[i].code;
		if (strlen(c) == 6 && !strcmp(cameo_part_rows[i].kind, "organization")
		    && !strncmp(s, c + 3, 3))
			return &cameo_part_rows[i];
	}
	return NULL;
}

size_t khaldun_actor_parts(const char *code, khaldun_actor_part *out, size_t max)
{
	size_t n = 0, len = code ? strlen(code) : 0, at = 0;
	if (!code || !strcmp(code, "---"))
		return 0;
	const cameo_country_row *c = country(code);
	if (c) {
		if (n < max) {
			memset(&out[n], 0, sizeof out[n]);
			memcpy(out[n].code, code, 3);
			out[n].kind = c->kind;
			out[n].name = c->name;
			out[n].fips = c->fips;
		}
		n++;
		at = 3;
	}
	while (at < len) {
		const cameo_part_row *r = organisation(code + at);
		size_t k = r ? strlen(r->code) : len - at < 3 ? len - at : 3;
		if (!r)
			r = k == 3 ? part3(code + at) : NULL;
		const cameo_country_row *place = !r && k == 3 ? country(code + at) : NULL;
		if (!r && !place && k == 3)
			r = org_suffix(code + at);
		if (n < max) {
			memset(&out[n], 0, sizeof out[n]);
			memcpy(out[n].code, code + at,
				k < sizeof out[n].code ? k : sizeof out[n].code - 1);
			if (place) {
				out[n].kind = place->kind;
				out[n].name = place->name;
				out[n].fips = place->fips;
			} else if (r) {
				out[n].kind = r->kind;
				out[n].name = r->name;
				out[n].meaning = r->meaning;
			}
		}
		n++;
		at += k;
	}
	return n;
}

const char *actor_country_of_fips(const char *fips, size_t n)
{
	const char *historical = NULL;
	if (n != 2)
		return NULL;
	for (size_t i = 0; i < cameo_n_country_rows; i++) {
		const cameo_country_row *r = &cameo_country_rows[i];
		if (!r->fips || r->fips[0] != fips[0] || r->fips[1] != fips[1] || r->fips[2])
			continue;
		if (r->kind && !strcmp(r->kind, "country"))
			return r->code;
		if (!historical)
			historical = r->code;
	}
	return historical;
}
