/*
 * boilerplate.h - the one list of web-page furniture lines ("Post a Comment", "Share this",
 * "Read more", "3 comments", bylines) that are not news.
 * Two stages drop such lines: the HTML reader (read/html.c) before a page becomes a story, and
 * the coder's news rules (coder/news.c) before a sentence is coded. They match differently
 * (the reader only whole short lines, the coder also line starts), so each phrase states how
 * each of them matches it. It lives in base/ because base/ is the lowest layer both can see
 * and the list needs no pipeline knowledge (see docs/internals.md).
 * Invariant: a pure function of its arguments; reads only p[0..n).
 */
#ifndef KH_BOILERPLATE_H
#define KH_BOILERPLATE_H
#include <stddef.h>

/* Who asks: the rules differ by user, the list is one. */
enum boilerplate_use {
	BOILERPLATE_PAGE,   /* read/html.c: a line of page text (no more than 80 bytes) */
	BOILERPLATE_NEWS    /* coder/news.c: a line of a story being coded */
};

/* Returns 1 when the line p[0..n) (without its '\n') is boilerplate for `use`, else 0. */
int boilerplate_line(const char *p, size_t n, enum boilerplate_use use);
#endif
