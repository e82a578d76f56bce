/*
 * actor.h - the parts of a CAMEO actor code: its country (the first three letters, when they
 * are an ISO 3166 alpha-3 code or one of CAMEO's regions such as AFR, EUR, WST) and the rest,
 * its sector and subsectors (GOV, MILREB...). "AFGGOV" -> AFG + GOV; "IMGMOSISI" -> no country
 * + IMGMOSISI. Used by the store to keep GDELT-style country and sector columns.
 */
#ifndef KH_ACTOR_H
#define KH_ACTOR_H
#include <stddef.h>

/* Fills country[4] ("" when the code has no country part) and returns the sector part (a
 * suffix of code, "" when none). code may be NULL or TABARI's null actor "---" (then both
 * are ""). */
const char *actor_split(const char *code, char country[4]);

/* 1 when code's first three bytes are one of CAMEO's regions' codes (AFR, EUR, WST ...). */
int actor_is_region(const char *code);

/* The ISO 3166 alpha-3 code of a FIPS 10-4 country code (fips[0..n), as GDELT's geography
 * writes countries: "AF" -> "AFG"), a current country before a historical one sharing the code
 * (RO: ROU, not ROM); NULL when unknown. */
const char *actor_country_of_fips(const char *fips, size_t n);
#endif
