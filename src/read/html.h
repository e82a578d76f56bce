/*
 * html.h - HTML to story text with libxml2's HTML parser: the page reader (KHALDUN_FMT_HTML,
 * html.c) and the feed reader (rss.c, for HTML inside descriptions) share it.
 * A page keeps only its main text: navigation, scripts, forms, sidebars, share bars and comment
 * sections are dropped, and boilerplate lines ("No comments:", "Post a Comment", "Older Post";
 * the list is base/boilerplate) never reach the text. Output is one paragraph a line, valid UTF-8,
 * whitespace collapsed.
 */
#ifndef KH_HTML_H
#define KH_HTML_H
#include "base/arena.h"
#include "base/buf.h"
#include <stddef.h>

typedef struct {
	long date;            /* YYYYMMDD from meta tags, <time>, JSON-LD; 0 when none */
	const char *title;    /* og:title, <title> or the first <h1>, in the arena; or NULL */
	const char *url;      /* <link rel=canonical> or og:url; or NULL */
	const char *site;     /* og:site_name; or NULL */
} html_meta;

/* Appends the text of the HTML p[0..n) to `out`. page = 1: a whole page (main-content
 * extraction, meta read into *meta, which may be NULL); page = 0: a fragment (all its text).
 * `utf8`: the bytes are known to be UTF-8 (else the page's own charset, UTF-8 by default).
 * Strings in *meta live in `a`. Returns 0, or -1 when out of memory, past out's ceiling or
 * when libxml2 cannot be opened (read/xml_lib.h). */
int html_to_text(const char *p, size_t n, int page, int utf8, buf *out, html_meta *meta,
		 arena *a);
#endif
