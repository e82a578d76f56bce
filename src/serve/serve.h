/*
 * serve.h - inside `khaldun serve`: http.c owns the sockets (libmicrohttpd), the request limits
 * and the static files; api.c answers /api/ requests from the store as JSON.
 * Invariant: a request reaches api.c only as a decoded path and at most SERVE_MAX_PARAMS
 * checked (name, value) pairs; request text is only ever bound as SQL parameters by the store,
 * never spliced into SQL, and is never used as a path outside the web folder.
 */
#ifndef KH_SERVE_H
#define KH_SERVE_H
#include "khaldun.h"
#include <stddef.h>

/* Request limits (documented in docs/serve.md). */
#define SERVE_MAX_PATH 1024        /* bytes of the decoded path: longer gets 414 */
#define SERVE_MAX_PARAMS 16        /* query parameters: more gets 400 */
#define SERVE_MAX_NAME 32          /* bytes of a parameter name: longer gets 400 */
#define SERVE_MAX_VALUE 256        /* bytes of a parameter value: longer gets 400 */
#define SERVE_MAX_FILE (8 << 20)   /* a static file larger than this is not served (404) */

typedef struct {
	const char *name[SERVE_MAX_PARAMS];
	const char *value[SERVE_MAX_PARAMS];
	int n;
	const char *error;   /* set when the query broke a limit: the request gets 400 */
} serve_params;

/* One response: body is malloc'ed (or NULL when len is 0) and given to the caller. */
typedef struct {
	int status;
	const char *type;    /* Content-Type */
	char *body;
	size_t len;
} serve_reply;

/* Adds one decoded parameter, checking the limits above (sets p->error on the first breach).
 * name and value are borrowed: they must outlive p. */
void serve_param_add(serve_params *p, const char *name, const char *value);

/* Answers GET `path` (decoded, starting "/api/") with parameters q. Returns 0, or -1 when
 * out of memory (r is then untouched). */
int api_answer(khaldun_store *st, const char *path, const serve_params *q, serve_reply *r);

/* Fills r with a JSON error {"error": message, "param": name-or-null} and status. Returns 0
 * or -1 when out of memory. */
int api_error(serve_reply *r, int status, const char *message, const char *param);
#endif
