/*
 * fuzz_serve.c - libFuzzer target: any bytes as a request target ("/api/events?source=...")
 * answered in-process by khaldun serve (khaldun_server_get) over an empty store and the web
 * folder: the query parser, every parameter check, the store's filters and the static-path
 * rules. Must never crash, hang or leak, and never answer 200 for a path outside web/.
 */
#include "khaldun.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static khaldun_server *srv;
static char db[64];

static void cleanup(void)
{
	khaldun_server_free(srv);
	unlink(db);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(db, sizeof db, "/tmp/khaldun-fuzz-serve-%ld.db", (long)getpid());
	khaldun_store *st;
	if (khaldun_store_open(&st, db, 0, NULL, NULL) != KHALDUN_OK)
		abort();
	khaldun_store_free(st);
	khaldun_serve_options o = { 0 };
	o.db = db;
	o.web_dir = access("web/index.html", R_OK) == 0 ? "web" : NULL;
	if (khaldun_server_open(&srv, &o) != KHALDUN_OK)
		abort();
	atexit(cleanup);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size > 20000)
		return 0;
	char *t = malloc(size + 2);
	if (!t)
		return 0;
	t[0] = '/';
	memcpy(t + 1, data, size);
	t[size + 1] = 0;
	int status;
	char *body;
	size_t len;
	if (khaldun_server_get(srv, t, &status, &body, &len) == KHALDUN_OK) {
		/* a 200 outside /api/ is a file of web/: never one whose path has ".." */
		char *q = strchr(t, '?');
		if (q)
			*q = 0;
		if (status == 200 && strncmp(t, "/api", 4) && strstr(t, ".."))
			abort();
		free(body);
	}
	free(t);
	return 0;
}
