/*
 * cameo.h - library-internal access to the CAMEO tables of cameo.c; the public API
 * (khaldun_cameo_load, khaldun_cameo_lookup) is in khaldun.h. Lookups there fall back to a
 * code's parent; the linter (src/dict/check.c) needs to know whether a code has a row itself.
 */
#ifndef KH_CAMEO_H
#define KH_CAMEO_H
#include "khaldun.h"

/* 1 when `code` (2-4 digits) has its own row in the Goldstein table, 0 otherwise. */
int cameo_has_code(const khaldun_cameo *t, const char *code);
#endif
