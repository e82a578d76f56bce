/*
 * xml_lib.h - libxml2, opened when a feed or a page is first read (xml_lib.c) rather than
 * linked: it and what it needs (ICU with its 30 MB of data, libstdc++, liblzma, zlib) cost
 * every command ~7 ms of CPU and ~110 page faults at start-up (a dictionary load included),
 * and only the RSS/Atom and HTML readers use it. rss.c and html.c call it by its own names;
 * after this header they reach it through xml_lib, filled by xml_lib_open. xmlFree is
 * libxml2's variable (a pointer to its free function), reached through its address.
 * Invariant: no libxml2 function is called before xml_lib_open returned 0 (feed_next and
 * html_to_text open it before any other call).
 */
#ifndef KH_XML_LIB_H
#define KH_XML_LIB_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stddef.h>

#define XML_LIB_FNS(X) X(xmlGetLineNo) X(xmlNodeGetContent) X(xmlFree) X(xmlNewParserCtxt) \
	X(xmlCtxtReadMemory) X(xmlDocGetRootElement) X(xmlFreeDoc) X(xmlFreeParserCtxt) \
	X(htmlReadMemory)

#define XML_LIB_MEMBER(f) __typeof__(f) *f;
typedef struct {
	XML_LIB_FNS(XML_LIB_MEMBER)
} xml_lib_fns;
#undef XML_LIB_MEMBER
extern xml_lib_fns xml_lib;

/* Opens libxml2 once (thread-safe). Returns 0, or -1 with why (dlopen's message) in err. */
int xml_lib_open(char *err, size_t n);

#ifndef XML_LIB_IMPL
#define xmlGetLineNo xml_lib.xmlGetLineNo
#define xmlNodeGetContent xml_lib.xmlNodeGetContent
#define xmlFree (*xml_lib.xmlFree)
#define xmlNewParserCtxt xml_lib.xmlNewParserCtxt
#define xmlCtxtReadMemory xml_lib.xmlCtxtReadMemory
#define xmlDocGetRootElement xml_lib.xmlDocGetRootElement
#define xmlFreeDoc xml_lib.xmlFreeDoc
#define xmlFreeParserCtxt xml_lib.xmlFreeParserCtxt
#define htmlReadMemory xml_lib.htmlReadMemory
#endif
#endif
