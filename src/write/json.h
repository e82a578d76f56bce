/*
 * json.h - JSON string escaping for the event writers (event_json.c, export.c).
 * The output is valid JSON whatever the bytes: control characters are escaped and invalid
 * UTF-8 becomes U+FFFD, with the same UTF-8 rules as the story readers.
 */
#ifndef KH_JSON_H
#define KH_JSON_H
#include <stddef.h>
#include <stdio.h>

/* Writes s[0..n) escaped for the inside of a JSON string (no quotes). */
void json_chars(FILE *fp, const char *s, size_t n);
#endif
