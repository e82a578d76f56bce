/*
 * mhd_lib.c - opens libmicrohttpd when a server starts (see mhd_lib.h): its soname once, every
 * function http.c calls looked up; a missing library is one error naming it.
 */
#define MHD_LIB_IMPL
#include "serve/mhd_lib.h"
#include "base/dynlib.h"

mhd_lib_fns mhd_lib;

#define MHD_LIB_NAME(f) #f,
#define MHD_LIB_SLOT(f) &mhd_lib.f,
static const char *const mhd_sonames[] = { "libmicrohttpd.so.12", "libmicrohttpd.so", NULL };
static const char *const mhd_names[] = { MHD_LIB_FNS(MHD_LIB_NAME) };
static void *const mhd_slots[] = { MHD_LIB_FNS(MHD_LIB_SLOT) };
static dynlib libmhd = { mhd_sonames, mhd_names, mhd_slots,
			 sizeof mhd_names / sizeof mhd_names[0], 0, "" };

int mhd_lib_open(char *err, size_t n)
{
	return dynlib_open(&libmhd, err, n);
}
