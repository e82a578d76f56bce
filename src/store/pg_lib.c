/*
 * pg_lib.c - opens libpq at the first PostgreSQL store (see pg_lib.h): its soname once, every
 * function the store calls looked up; a libpq that is missing, or lacks one of them, is one
 * error naming it, and the SQLite store never needs it.
 */
#define PG_LIB_IMPL
#include "store/pg_lib.h"
#include "base/dynlib.h"

pg_lib_fns pg_lib;

#define PG_LIB_NAME(f) #f,
#define PG_LIB_SLOT(f) &pg_lib.f,
static const char *const pq_sonames[] = { "libpq.so.5", "libpq.so", NULL };
static const char *const pq_names[] = { PG_LIB_FNS(PG_LIB_NAME) };
static void *const pq_slots[] = { PG_LIB_FNS(PG_LIB_SLOT) };
static dynlib libpq = { pq_sonames, pq_names, pq_slots, sizeof pq_names / sizeof pq_names[0],
			0, "" };

int pg_lib_open(char *err, size_t n)
{
	return dynlib_open(&libpq, err, n);
}
