/*
 * actor.h - the parts of a CAMEO actor code: its country (the first three letters, when they
 * are an ISO 3166 alpha-3 code or one of CAMEO's regions such as AFR, EUR, WST) and the rest,
 * its sector and subsectors (GOV, MILREB...). "AFGGOV" -> AFG + GOV; "IMGMOSISI" -> no country
 * + IMGMOSISI. Used by the store to keep GDELT-style country and sector columns.
 */
#ifndef KH_ACTOR_H
#define KH_ACTOR_H

/* Fills country[4] ("" when the code has no country part) and returns the sector part (a
 * suffix of code, "" when none). code may be NULL or TABARI's null actor "---" (then both
 * are ""). */
const char *actor_split(const char *code, char country[4]);
#endif
