/*
 * xml_lib.c - opens libxml2 at the first feed or page read (see xml_lib.h): its soname once,
 * every name the readers use looked up; a libxml2 that is missing, or lacks one of them, is
 * one error naming it, and no other command needs it.
 */
#define XML_LIB_IMPL
#include "read/xml_lib.h"
#include "base/dynlib.h"

xml_lib_fns xml_lib;

#define XML_LIB_NAME(f) #f,
#define XML_LIB_SLOT(f) &xml_lib.f,
static const char *const xml_sonames[] = { "libxml2.so.2", "libxml2.so", NULL };
static const char *const xml_names[] = { XML_LIB_FNS(XML_LIB_NAME) };
static void *const xml_slots[] = { XML_LIB_FNS(XML_LIB_SLOT) };
static dynlib libxml = { xml_sonames, xml_names, xml_slots,
			 sizeof xml_names / sizeof xml_names[0], 0, "" };

int xml_lib_open(char *err, size_t n)
{
	return dynlib_open(&libxml, err, n);
}
