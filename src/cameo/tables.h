/*
 * tables.h - the compiled-in reference tables (tables.c, generated from the data/ files by
 * src/cameo/gen-tables.sh). Event rows are in code order (a 2-digit root before its 3- and
 * 4-digit codes); country rows are sorted by code (for bsearch); part rows keep the order of
 * data/sectors.tsv (the first row for a code wins). Strings are NULL when the field is empty.
 */
#ifndef KH_CAMEO_TABLES_H
#define KH_CAMEO_TABLES_H
#include <stddef.h>

typedef struct {
	const char *code, *name;     /* "0231", "Appeal for economic aid" */
	double goldstein;
	int has_goldstein;           /* a row in GDELT's Goldstein table */
	int quad;
	const char *plover, *mode, *context;   /* a row in the CAMEO->PLOVER table, else NULL */
} cameo_event_row;

typedef struct {
	const char *code, *name, *fips, *kind;   /* kind: country, historical or region */
} cameo_country_row;

typedef struct {
	const char *code, *kind, *name, *meaning;   /* "GOV", "primary role", "Government", ... */
} cameo_part_row;

extern const cameo_event_row cameo_event_rows[];
extern const size_t cameo_n_event_rows;
extern const cameo_country_row cameo_country_rows[];
extern const size_t cameo_n_country_rows;
extern const cameo_part_row cameo_part_rows[];
extern const size_t cameo_n_part_rows;
#endif
