/*
 * import_place.c - where an imported event happened: the location fields of an ICEWS row
 * (City, District, Province, Country, Latitude, Longitude) and of a GDELT row (ActionGeo_*)
 * -> the imp_event's place (import.h), the shape khaldun_location has. Field mapping only:
 * import_fmt.c splits the rows, import.c stores them. Invariant: a place is kept whole or the
 * line is refused with the reason (a coordinate that is not a number on the globe); an
 * unknown country name or FIPS code leaves the country empty, never another country.
 */
#include "store/import.h"
#include "cameo/actor.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *copy(char **sp, const char *v, size_t n)
{
	char *r = *sp;
	memcpy(r, v, n);
	r[n] = 0;
	*sp += n + 1;
	return r;
}

/* v[0..n) without leading and trailing spaces. */
static void trim(const char **v, size_t *n)
{
	while (*n && **v == ' ')
		(*v)++, (*n)--;
	while (*n && (*v)[*n - 1] == ' ')
		(*n)--;
}

int imp_point_ok(double lat, double lon)
{
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 ? 0 : -1;
}

/* A coordinate filling v[0..n); returns 0 or -1. */
static int coordinate(const char *v, size_t n, double *out)
{
	char tmp[64];
	if (!n || n >= sizeof tmp)
		return -1;
	memcpy(tmp, v, n);
	tmp[n] = 0;
	char *end;
	*out = strtod(tmp, &end);
	return *end || *out != *out ? -1 : 0;
}

/* Latitude f[a], longitude f[b]: both empty (no point), or both numbers on the globe. */
static int point(imp_state *st, const char *const *f, const size_t *len, int a, int b,
		 imp_event *e)
{
	if (!len[a] && !len[b])
		return 0;
	if (coordinate(f[a], len[a], &e->lat) || coordinate(f[b], len[b], &e->lon)
	    || imp_point_ok(e->lat, e->lon)) {
		st->problem = "the place's latitude and longitude are not numbers on the globe "
			      "(-90 to 90, -180 to 180)";
		st->column = -(long)(a + 1);
		return -1;
	}
	e->has_point = 1;
	return 0;
}

int imp_place_icews(imp_state *st, const char *const *f, const size_t *len, char **sp,
		    imp_event *e)
{
	enum { CITY, DISTRICT, PROVINCE, COUNTRY, LAT, LON };
	const char *v[6];
	size_t n[6];
	for (int i = 0; i < 6; i++) {
		v[i] = f[i];
		n[i] = len[i];
		trim(&v[i], &n[i]);
	}
	if (!n[CITY] && !n[DISTRICT] && !n[PROVINCE] && !n[COUNTRY]) {
		if (point(st, v, n, LAT, LON, e))
			return -1;
		if (e->has_point) {   /* coordinates alone: the point is its own name */
			char *name = *sp;
			*sp += (size_t)sprintf(name, "%.*s, %.*s", (int)n[LAT], v[LAT], (int)n[LON],
					       v[LON]) + 1;
			e->loc_name = name;
			e->loc_precision = "city";
		}
		return 0;
	}
	if (point(st, v, n, LAT, LON, e))
		return -1;
	const char *iso = n[COUNTRY] ? import_country_iso(v[COUNTRY], n[COUNTRY]) : NULL;
	if (iso)
		memcpy(e->loc_country, iso, 4);
	else if (n[COUNTRY] && !st->unknown_country)
		st->unknown_country = copy(sp, v[COUNTRY], n[COUNTRY]);
	if (n[PROVINCE])
		e->loc_admin1 = copy(sp, v[PROVINCE], n[PROVINCE]);
	int named = n[CITY] ? CITY : n[DISTRICT] ? DISTRICT : n[PROVINCE] ? PROVINCE : COUNTRY;
	e->loc_precision = named <= DISTRICT ? "city" : named == PROVINCE ? "admin1" : "country";
	e->loc_name = named == PROVINCE ? e->loc_admin1 : copy(sp, v[named], n[named]);
	return 0;
}

int imp_place_gdelt(imp_state *st, const char *const *f, const size_t *len, char **sp,
		    imp_event *e)
{
	enum { TYPE, NAME, CTRY, ADM1, LAT, LON, FEATURE };
	if (!len[TYPE] || (len[TYPE] == 1 && f[TYPE][0] == '0'))
		return 0;   /* no ActionGeo */
	if (len[TYPE] != 1 || f[TYPE][0] < '1' || f[TYPE][0] > '5') {
		st->problem = "ActionGeo_Type is not 0-5";
		st->column = -1;
		return -1;
	}
	if (point(st, f, len, LAT, LON, e))
		return -1;
	int type = f[TYPE][0] - '0';
	/* FullName: "City, Region, Country", "Region, Country" or "Country" */
	const char *name = f[NAME], *comma = memchr(name, ',', len[NAME]);
	size_t nl = comma ? (size_t)(comma - name) : len[NAME];
	const char *iso = actor_country_of_fips(f[CTRY], len[CTRY]);
	if (iso)
		memcpy(e->loc_country, iso, 4);
	e->loc_precision = type == 1 ? "country" : type == 2 || type == 5 ? "admin1" : "city";
	e->loc_name = copy(sp, name, nl);
	if (type == 2 || type == 5) {
		e->loc_admin1 = e->loc_name;
	} else if (type != 1 && comma) {   /* the region is the second part of three */
		const char *r = comma + 1, *end = name + len[NAME];
		const char *c2 = memchr(r, ',', (size_t)(end - r));
		size_t rl = c2 ? (size_t)(c2 - r) : 0;
		trim(&r, &rl);
		if (rl)
			e->loc_admin1 = copy(sp, r, rl);
	}
	if (len[ADM1])
		e->loc_adm1_code = copy(sp, f[ADM1], len[ADM1]);
	if (len[FEATURE])
		e->loc_feature = copy(sp, f[FEATURE], len[FEATURE]);
	return 0;
}
