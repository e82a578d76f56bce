/*
 * api.h - what the API's handlers share (api.c: routing, arguments, summary, dyads, actors;
 * events.c: /api/events, /api/places; trend.c: /api/trend and /api/alerts).
 * A handler checks its arguments with arg_*, which record the first problem; it returns
 * API_BAD_ARGS when any was bad, before asking the store anything.
 */
#ifndef KH_SERVE_API_H
#define KH_SERVE_API_H
#include "serve/serve.h"
#include <stdio.h>

#define API_CODE 33   /* an actor code parameter: at most 32 characters */

enum { API_OK = 0, API_BAD_ARGS = 1, API_STORE_FAILED = 2, API_NOT_READY = 3 };

typedef struct {
	const serve_params *q;
	int bad;
	const char *param;   /* the parameter that was bad */
	char msg[200];
} api_args;

typedef struct {
	khaldun_store *store;
	FILE *out;           /* the response body (a memory stream) */
	api_args args;
} api_ctx;

/* Writes a JSON string, or null for NULL. */
void api_str(FILE *fp, const char *s);
/* Writes YYYYMMDD as "YYYY-MM-DD", or null for 0. */
void api_date(FILE *fp, long d);

const char *arg_get(api_args *a, const char *name);
void arg_bad(api_args *a, const char *name, const char *fmt, ...);
/* An actor code: letters and digits, upper-cased into out (empty when absent). */
void arg_code(api_args *a, const char *name, char *out, size_t cap);
/* A date YYYY-MM-DD (or YYYYMMDD) as YYYYMMDD; 0 when absent. */
long arg_date(api_args *a, const char *name);
long arg_long(api_args *a, const char *name, long lo, long hi, long dflt);
/* The index of the value in names (NULL-terminated), or dflt when absent. */
int arg_choice(api_args *a, const char *name, const char *const *names, int dflt);
/* "0" or "1"; 0 when absent. */
int arg_flag(api_args *a, const char *name);

/* Writes one stored event as a JSON object (events.c). */
void api_event_json(FILE *fp, const khaldun_stored_event *e);

int api_events(api_ctx *c);   /* events.c */
int api_places(api_ctx *c);
int api_trend(api_ctx *c);    /* trend.c */
int api_alerts(api_ctx *c);
#endif
