/*
 * limits.c - the named ceilings on input (khaldun_limits): their defaults, "NAME=VALUE"
 * settings from the command line and KHALDUN_MAX_<NAME> from the environment. Every reader,
 * the coder, the dictionary loader and the server take their ceilings from one resolved
 * khaldun_limits, so a limit is documented, set and checked under one name.
 * Invariant: a resolved limit is never 0, and tokens never exceeds KHALDUN_MAX_TOKENS.
 */
#include "khaldun.h"
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KIB ((size_t)1 << 10)
#define MIB ((size_t)1 << 20)

static const struct {
	const char *name, *env;
	size_t offset, def, max;
	int bytes;   /* accepts K, M, G */
} lim[] = {
	{ "story", "KHALDUN_MAX_STORY", offsetof(khaldun_limits, story), 16 * MIB, 0, 1 },
	{ "document", "KHALDUN_MAX_DOCUMENT", offsetof(khaldun_limits, document), 64 * MIB, 0, 1 },
	{ "entity", "KHALDUN_MAX_ENTITY", offsetof(khaldun_limits, entity), 16 * MIB, 0, 1 },
	{ "sentence", "KHALDUN_MAX_SENTENCE", offsetof(khaldun_limits, sentence), MIB, 0, 1 },
	{ "tokens", "KHALDUN_MAX_TOKENS", offsetof(khaldun_limits, tokens), KHALDUN_MAX_TOKENS,
	  KHALDUN_MAX_TOKENS, 0 },
	{ "events", "KHALDUN_MAX_EVENTS", offsetof(khaldun_limits, events), 64, 0, 0 },
	{ "dict-line", "KHALDUN_MAX_DICT_LINE", offsetof(khaldun_limits, dict_line), 64 * KIB, 0,
	  1 },
	{ "request", "KHALDUN_MAX_REQUEST", offsetof(khaldun_limits, request), 16 * KIB, 0, 1 },
	{ "request-time", "KHALDUN_MAX_REQUEST_TIME", offsetof(khaldun_limits, request_time), 10,
	  86400, 0 },
};
#define NLIM (sizeof lim / sizeof lim[0])

static size_t *field(khaldun_limits *l, size_t k)
{
	return (size_t *)(void *)((char *)l + lim[k].offset);
}

void khaldun_limits_default(khaldun_limits *l)
{
	for (size_t k = 0; k < NLIM; k++)
		*field(l, k) = lim[k].def;
}

khaldun_limits khaldun_limits_resolve(const khaldun_limits *l)
{
	khaldun_limits r;
	if (l)
		r = *l;
	else
		memset(&r, 0, sizeof r);
	for (size_t k = 0; k < NLIM; k++)
		if (!*field(&r, k))
			*field(&r, k) = lim[k].def;
	return r;
}

/* Parses value s for limit k into *out; returns NULL or why it is refused. */
static const char *parse_value(size_t k, const char *s, size_t *out)
{
	if (!isdigit((unsigned char)*s))
		return "the value must be a whole number above 0";
	errno = 0;
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	size_t mul = 1;
	if (lim[k].bytes && *end && !end[1]) {
		switch (toupper((unsigned char)*end)) {
		case 'K': mul = KIB; end++; break;
		case 'M': mul = MIB; end++; break;
		case 'G': mul = KIB * MIB; end++; break;
		default: break;
		}
	}
	if (*end)
		return lim[k].bytes ? "the value must be a whole number of bytes (K, M, G allowed)"
				    : "the value must be a whole number";
	if (errno || v == 0 || v > (unsigned long long)(SIZE_MAX / 2) / mul)
		return "the value must be above 0 and not absurdly large";
	if (lim[k].max && v * mul > lim[k].max)
		return !strcmp(lim[k].name, "tokens") ? "tokens can be at most 512"
						   : "the value is above this limit's maximum";
	*out = (size_t)(v * mul);
	return NULL;
}

static long find(const char *name, size_t n)
{
	for (size_t k = 0; k < NLIM; k++)
		if (strlen(lim[k].name) == n && !memcmp(lim[k].name, name, n))
			return (long)k;
	return -1;
}

int khaldun_limits_set(khaldun_limits *l, const char *assignment, const char **why)
{
	const char *w = "expected NAME=VALUE";
	const char *eq = assignment ? strchr(assignment, '=') : NULL;
	if (l && eq) {
		long k = find(assignment, (size_t)(eq - assignment));
		if (k < 0)
			w = "unknown limit (story, document, entity, sentence, tokens, events, "
			    "dict-line, request, request-time)";
		else if (!(w = parse_value((size_t)k, eq + 1, field(l, (size_t)k))))
			return KHALDUN_OK;
	}
	if (why)
		*why = w;
	return KHALDUN_ERR_ARG;
}

int khaldun_limits_from_env(khaldun_limits *l, const char **bad, const char **why)
{
	for (size_t k = 0; k < NLIM; k++) {
		const char *v = getenv(lim[k].env);
		if (!v)
			continue;
		const char *w = parse_value(k, v, field(l, k));
		if (w) {
			if (bad)
				*bad = lim[k].env;
			if (why)
				*why = w;
			return KHALDUN_ERR_ARG;
		}
	}
	return KHALDUN_OK;
}
