/*
 * layouts.h - the event layouts of the field's datasets, written from stored events:
 * GDELT 2.0's event export (gdelt.c) and ICEWS's coded event files (icews.c); layouts in
 * docs/formats.md. Called by khaldun_export_header/_event (export.c). Fields never hold a tab
 * or a line break (each becomes a space), since neither layout quotes.
 */
#ifndef KH_WRITE_LAYOUTS_H
#define KH_WRITE_LAYOUTS_H
#include "khaldun.h"
#include <stdio.h>

/* One GDELT 2.0 event line: 61 tab-separated columns, no header. */
void gdelt_write_event(FILE *fp, const khaldun_stored_event *e);
/* ICEWS's header row, and one event row (20 tab-separated columns). */
void icews_write_header(FILE *fp);
void icews_write_event(FILE *fp, const khaldun_stored_event *e);

/* A place's latitude and longitude as text (lat, lon: 32 bytes each; "%.10g", so what was
 * read is written back); returns 1, or 0 (both "") when it has no coordinates. */
int layout_point(const khaldun_location *l, char *lat, char *lon);

/* Writes s with tabs, CR and LF as spaces (NULL writes nothing). */
void layout_field(FILE *fp, const char *s);
/* A dictionary phrase as a name: "+NORTH_KOREAN_" -> "NORTH KOREAN" into out (cap bytes). */
const char *layout_name(const char *phrase, char *out, size_t cap);
#endif
