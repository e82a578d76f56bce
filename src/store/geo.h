/*
 * geo.h - distances for the store's map queries (query.c's --near filter): the great-circle
 * distance, the latitude/longitude box that a circle fits in (the index prefilter), and the
 * SQL function khaldun_km(lat1, lon1, lat2, lon2) registered on each connection (the exact
 * check). Invariant: every point within km of the centre lies inside geo_box's box.
 */
#ifndef KH_STORE_GEO_H
#define KH_STORE_GEO_H
#include <sqlite3.h>

/* Kilometres along the great circle (haversine, mean Earth radius 6371.0088 km). */
double geo_km(double lat1, double lon1, double lat2, double lon2);
/* box = { lat_lo, lat_hi, lon_lo, lon_hi } holding the circle of radius km around (lat, lon);
 * the longitudes span -180..180 when the circle reaches a pole or crosses the antimeridian. */
void geo_box(double lat, double lon, double km, double box[4]);
/* Registers khaldun_km on db (NULL when any argument is NULL). Returns SQLITE_OK or an error. */
int geo_register(sqlite3 *db);
#endif
