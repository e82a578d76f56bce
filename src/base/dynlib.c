/*
 * dynlib.c - see dynlib.h. POSIX gives a function's address as dlsym's void *; it is copied
 * into the caller's function pointer byte for byte.
 */
#include "base/dynlib.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int load(dynlib *l)
{
	void *h = NULL;
	const char *why = NULL;
	for (size_t i = 0; !h && l->sonames[i]; i++) {
		h = dlopen(l->sonames[i], RTLD_NOW | RTLD_LOCAL);
		if (!h && !why)
			why = dlerror();
	}
	if (!h) {
		snprintf(l->why, sizeof l->why, "%s", why ? why : "not found");
		return -1;
	}
	for (size_t i = 0; i < l->n; i++) {
		void *sym = dlsym(h, l->names[i]);
		if (!sym) {
			snprintf(l->why, sizeof l->why, "%s: no %s", l->sonames[0], l->names[i]);
			return -1;
		}
		memcpy(l->slots[i], &sym, sizeof sym);
	}
	return 0;
}

int dynlib_open(dynlib *l, char *err, size_t errn)
{
	pthread_mutex_lock(&lock);
	if (!l->state)
		l->state = load(l) ? -1 : 1;
	int state = l->state;
	pthread_mutex_unlock(&lock);
	if (state < 0)
		snprintf(err, errn, "%s", l->why);
	return state < 0 ? -1 : 0;
}
