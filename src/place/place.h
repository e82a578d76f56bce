/*
 * place.h - the gazetteer's internals (gazetteer.c) and the place resolver (resolve.c), shared
 * inside src/place and with the pipeline, which calls the resolver once a story is coded.
 * Layer: after parse/, before dict/ (docs/internals.md). The gazetteer is a mapped read-only
 * file: every record is read through bounds-checked accessors, never trusted.
 */
#ifndef KH_PLACE_H
#define KH_PLACE_H
#include "khaldun.h"
#include <stdint.h>

enum { PLACE_COUNTRY = 0, PLACE_ADMIN1 = 1, PLACE_CITY = 2,
       PLACE_CAPITAL = 0x10, PLACE_SEAT = 0x20 };

#define PLACE_KEY_MAX 128   /* longest key (folded name) looked up, in bytes */

/* Folds s[0..n) as the generator folds names: Latin letters lower case and without their
 * diacritics, every run of other characters one space, no leading or trailing space. Writes at
 * most cap - 1 bytes and a NUL to out; returns the length, or 0 when nothing is left or the
 * key would not fit. */
size_t place_fold(const char *s, size_t n, char *out, size_t cap);

/* The entries whose key is exactly `key` (already folded): sets *first to the index of the
 * first of them in the key table and returns their count (0: none). */
size_t place_keys(const khaldun_places *g, const char *key, size_t *first);
/* The place of key number k; -1 when the file is inconsistent. */
long place_key_place(const khaldun_places *g, size_t k);
/* Fills *out from place number i; returns 0, or -1 when i is out of range. */
int place_get(const khaldun_places *g, long i, khaldun_place *out);
/* Kind bits (PLACE_*) of place i (0xff when out of range). */
unsigned place_kind(const khaldun_places *g, long i);
/* The capital city of country place c, or -1. */
long place_capital(const khaldun_places *g, long c);
/* The place of a country by ISO3 code, or -1. */
long place_country(const khaldun_places *g, const char *iso3);


/* ---------------------------------------------------------------- resolve.c */

/* A story's place mentions, kept while its events are placed; one per thread, reused. */
typedef struct place_story place_story;

place_story *place_story_new(void);
void place_story_free(place_story *ps);
/* Starts a story: forgets the last one and reads the dateline ("KABUL (Reuters) -") at the
 * start of text. Returns 0, or -1 when out of memory. */
int place_story_begin(place_story *ps, const khaldun_places *g, const char *text, size_t len);
/* Finds the place mentions of sentence number `sent` (s[0..len), which must stay valid until
 * the next begin): locative phrases ("in X", "near the border town of Y", "in X province").
 * Call it for every sentence, in order, before placing events. Returns 0 or -1 (no memory). */
int place_story_sentence(place_story *ps, size_t sent, const char *s, size_t len);
/* Places an event of sentence `sent` whose actors are `source` and `target` (its words
 * `target_text`, or NULL) and whose event code is `code` (codes or NULL):
 * fills *out (name NULL: no place) with strings borrowed from the gazetteer and the sentence
 * views (text is not NUL-terminated: its length is *text_len). Never changes the actors. */
void place_story_locate(place_story *ps, size_t sent, const char *source, const char *target,
			const char *target_text, const char *code, khaldun_location *out,
			size_t *text_len);
#endif
