/*
 * boilerplate.c - the one list of web boilerplate lines and its matcher (see boilerplate.h).
 * Each phrase says, per user, whether it must be the whole line (EXACT) or its start (PREFIX),
 * case-insensitively after trimming; a few shapes ("3 comments", "By Jane Doe", "Based on a
 * Reuters report") are rules below the table. Adding a phrase for one user never changes what
 * the other drops.
 * Invariant: matching reads only p[0..n); the result depends on nothing but the arguments.
 */
#include "base/boilerplate.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

enum { NO, EXACT, PREFIX };

typedef struct {
	const char *text;
	unsigned char page, news;   /* how BOILERPLATE_PAGE / BOILERPLATE_NEWS match it */
} phrase;

static const phrase phrases[] = {
	{ "advertisement", EXACT, PREFIX },
	{ "all rights reserved", NO, PREFIX },
	{ "blogthis!", EXACT, NO },
	{ "click here", NO, PREFIX },
	{ "comment", EXACT, NO },
	{ "comments", EXACT, NO },
	{ "comments (", NO, PREFIX },
	{ "copyright", NO, PREFIX },
	{ "delete", EXACT, NO },
	{ "email this", EXACT, PREFIX },
	{ "file photo", NO, PREFIX },
	{ "follow us", PREFIX, PREFIX },
	{ "home", EXACT, NO },
	{ "image:", NO, PREFIX },
	{ "labels:", PREFIX, PREFIX },
	{ "leave a comment", EXACT, PREFIX },
	{ "leave a reply", EXACT, NO },
	{ "loading", NO, PREFIX },
	{ "loading...", EXACT, NO },
	{ "newer post", EXACT, PREFIX },
	{ "newer post older post home", EXACT, NO },
	{ "no comments", EXACT, PREFIX },
	{ "older post", EXACT, PREFIX },
	{ "photo:", NO, PREFIX },
	{ "post a comment", EXACT, PREFIX },
	{ "post comments (atom)", EXACT, NO },
	{ "posted by", NO, PREFIX },
	{ "posted by ", PREFIX, NO },
	{ "posted on", NO, PREFIX },
	{ "print", EXACT, NO },
	{ "print this", NO, PREFIX },
	{ "published on", NO, PREFIX },
	{ "read more", EXACT, PREFIX },
	{ "related", EXACT, NO },
	{ "related articles", EXACT, PREFIX },
	{ "related stories", EXACT, NO },
	{ "related:", NO, PREFIX },
	{ "reply", EXACT, NO },
	{ "see also", NO, PREFIX },
	{ "share", EXACT, NO },
	{ "share on", NO, PREFIX },
	{ "share on ", PREFIX, NO },
	{ "share this", EXACT, PREFIX },
	{ "share this article", EXACT, NO },
	{ "share this story", EXACT, NO },
	{ "share to ", PREFIX, NO },
	{ "share to x", EXACT, NO },
	{ "sign up", NO, PREFIX },
	{ "sign up for", PREFIX, NO },
	{ "skip to content", EXACT, NO },
	{ "skip to main content", EXACT, NO },
	{ "subscribe", NO, PREFIX },
	{ "subscribe to: post comments (atom)", EXACT, NO },
	{ "tags:", PREFIX, PREFIX },
	{ "tweet", EXACT, NO },
	{ "updated on", NO, PREFIX },
	{ "video:", NO, PREFIX },
};

/* "3 comments", "12 Comments" (pages) */
static int comment_count(const char *p, size_t n)
{
	size_t d = 0;
	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	return d && d < n && p[d] == ' ' && (n - d - 1 == 7 || n - d - 1 == 8)
		&& !strncasecmp(p + d + 1, "comments", n - d - 1);
}

/* "Based On ANI Report", "Based on a Reuters report" (news) */
static int credit(const char *p, size_t n)
{
	if (n < 8 || n >= 60 || ((unsigned char)p[0] | 0x20) != 'b' ||
	    strncasecmp(p, "based on", 8))
		return 0;
	const char *e = p + n;
	while (e > p && (e[-1] == '.' || e[-1] == ' '))
		e--;
	return e - p >= 6 && !strncasecmp(e - 6, "report", 6);
}

/* A byline: "By Jane Doe" (news) */
static int byline(const char *p, size_t n)
{
	if (n <= 3 || n >= 40 || strncmp(p, "By ", 3))
		return 0;
	int words = 1;
	for (size_t i = 3; i < n; i++)
		if (p[i] == ' ')
			words++;
	return words <= 4 && isupper((unsigned char)p[3]);
}

int boilerplate_line(const char *p, size_t n, enum boilerplate_use use)
{
	int page = use == BOILERPLATE_PAGE;
	while (n && (*p == ' ' || *p == '\t'))
		p++, n--;
	/* pages drop a trailing ':' ("No comments:"); the coder sees lines with a '\r' */
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == (page ? ':' : '\r')))
		n--;
	if (!n || (page && n > 80))
		return 0;
	/* bytes equal without case are equal once bit 0x20 is set: a phrase whose first byte
	 * differs from the line's there cannot match (strncasecmp's answer, sooner) */
	unsigned first = (unsigned char)p[0] | 0x20;
	for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
		if (((unsigned char)phrases[i].text[0] | 0x20) != first)
			continue;
		int how = page ? phrases[i].page : phrases[i].news;
		size_t k = strlen(phrases[i].text);
		if ((how == EXACT && n == k) || (how == PREFIX && n >= k))
			if (!strncasecmp(p, phrases[i].text, k))
				return 1;
	}
	if (page)
		return comment_count(p, n);
	return credit(p, n) || byline(p, n);
}
