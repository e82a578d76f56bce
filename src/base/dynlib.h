/*
 * dynlib.h - a shared library opened when a command first needs it (dlopen), not linked:
 * libpq (src/store/pg_lib.c) and libmicrohttpd (src/serve/mhd_lib.c) bring ~30 libraries
 * that every other command would load and relocate at start-up for nothing. The caller keeps
 * its functions in a struct of pointers named after them and calls them by their own names
 * through macros.
 */
#ifndef KH_DYNLIB_H
#define KH_DYNLIB_H
#include <stddef.h>

/* A library to open once: its sonames (NULL-terminated, tried in turn), the n functions
 * names[i] to look up and where each address goes, slots[i] (a pointer to a function
 * pointer); state and why are dynlib_open's. */
typedef struct {
	const char *const *sonames;
	const char *const *names;
	void *const *slots;
	size_t n;
	int state;        /* 0: not tried, 1: open, -1: failed (why says why) */
	char why[512];
} dynlib;

/* Opens l the first time it is asked (thread-safe; later calls return the first answer).
 * Returns 0, or -1 with why in err (the loader's message, or the missing name); an opened
 * library stays open. */
int dynlib_open(dynlib *l, char *err, size_t errn);
#endif
