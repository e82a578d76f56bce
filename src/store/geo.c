/*
 * geo.c - great-circle distances for the store's map queries (see geo.h), and the reading of a
 * "LAT,LON,KM" filter (khaldun_filter_near, for the command line and the API alike). Where in the
 * pipeline: queries over stored events (query.c), registered when a store opens (store.c).
 * Invariant: geo_box never excludes a point that geo_km puts within the radius (the box is
 * the prefilter an index answers; khaldun_km is the exact check after it).
 */
#include "khaldun.h"
#include "store/geo.h"
#include <stdlib.h>
#include <math.h>
#include <stddef.h>

#define EARTH_KM 6371.0088
#define DEG (3.14159265358979323846 / 180.0)

double geo_km(double lat1, double lon1, double lat2, double lon2)
{
	double dlat = (lat2 - lat1) * DEG, dlon = (lon2 - lon1) * DEG;
	double a = sin(dlat / 2) * sin(dlat / 2)
		   + cos(lat1 * DEG) * cos(lat2 * DEG) * sin(dlon / 2) * sin(dlon / 2);
	if (a > 1)
		a = 1;
	return 2 * EARTH_KM * asin(sqrt(a));
}

void geo_box(double lat, double lon, double km, double box[4])
{
	double dlat = km / (EARTH_KM * DEG);   /* degrees of latitude per km, everywhere */
	box[0] = lat - dlat;
	box[1] = lat + dlat;
	box[2] = -180;
	box[3] = 180;
	if (box[0] <= -90 || box[1] >= 90)
		return;   /* the circle holds a pole: every longitude */
	/* the widest longitude span of the circle: asin(sin(r) / cos(lat)) (r in radians) */
	double r = km / EARTH_KM, s = sin(r) / cos(lat * DEG);
	if (r >= 3.14159265358979323846 / 2 || s >= 1)
		return;
	double dlon = asin(s) / DEG + 1e-9;
	if (lon - dlon < -180 || lon + dlon > 180)
		return;   /* crosses the antimeridian: no longitude prefilter */
	box[2] = lon - dlon;
	box[3] = lon + dlon;
}

static void km_fn(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	for (int i = 0; i < argc; i++)
		if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
			sqlite3_result_null(cx);
			return;
		}
	sqlite3_result_double(cx, geo_km(sqlite3_value_double(argv[0]),
					 sqlite3_value_double(argv[1]),
					 sqlite3_value_double(argv[2]),
					 sqlite3_value_double(argv[3])));
}

int geo_register(sqlite3 *db)
{
	return sqlite3_create_function(db, "khaldun_km", 4,
				       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				       km_fn, NULL, NULL);
}

int khaldun_filter_near(khaldun_filter *f, const char *v)
{
	double x[3];
	const char *p = v;
	int ok = v != NULL;
	for (int k = 0; k < 3 && ok; k++) {
		char *end;
		x[k] = strtod(p, &end);
		ok = end != p && x[k] == x[k] && *end == (k < 2 ? ',' : 0);
		p = end + 1;
	}
	if (!ok || x[0] < -90 || x[0] > 90 || x[1] < -180 || x[1] > 180 || !(x[2] > 0)
	    || x[2] > 20040)
		return KHALDUN_ERR_FORMAT;
	f->near_lat = x[0];
	f->near_lon = x[1];
	f->near_km = x[2];
	return KHALDUN_OK;
}
