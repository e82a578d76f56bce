/*
 * shard.c - `--shard K/N` (shard.h): one run of code or ingest takes only the stories of
 * shard K, so that N runs - on GNU parallel, a Slurm array or a Kubernetes Job - together
 * take every story exactly once (docs/scale-out.md).
 * The shard comes from FNV-1a over the story's outlet and id (finished by a 64-bit mixer, so
 * that N need not be prime), not from its ordinal: a story keeps its shard whatever file it
 * comes in and whatever comes before it, and the repeats of one outlet's id land together.
 */
#include "shard.h"
#include "common.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cli_shard_help[] =
	"  --shard K/N  take only the stories of shard K of N (1 <= K <= N), chosen by a\n"
	"             stable hash of the story's outlet and id: N runs with K = 1..N take\n"
	"             every story exactly once, however the input is split into files\n";

#define SHARD_MAX 1000000UL

static int bad_shard(const char *v, const char *why)
{
	fprintf(stderr, "%s: error: invalid --shard '%s': %s (expected K/N with 1 <= K <= N, "
		"e.g. 2/4)\n", progname, cli_safe(v), why);
	return -1;
}

/* Reads a decimal number of 1-7 digits at *p (moved past it); -1 when there is none. */
static long digits(const char **p)
{
	long v = 0;
	int n = 0;
	while (**p >= '0' && **p <= '9' && n < 8) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n == 0 || n > 7 ? -1 : v;
}

int cli_shard_opt(const char *v, cli_shard *out)
{
	const char *p = v;
	long k = digits(&p);
	if (k < 0 || *p != '/')
		return bad_shard(v, "not two whole numbers K/N");
	p++;
	long n = digits(&p);
	if (n < 0 || *p)
		return bad_shard(v, "not two whole numbers K/N");
	if (n == 0 || (unsigned long)n > SHARD_MAX)
		return bad_shard(v, "N must be 1 to 1000000");
	if (k == 0 || k > n)
		return bad_shard(v, "K must be 1 to N (shards are numbered from 1)");
	out->k = (unsigned long)k;
	out->n = (unsigned long)n;
	out->other = 0;
	return 0;
}

static uint64_t fnv(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001B3ull;
	}
	return h;
}

int cli_shard_takes(cli_shard *s, const khaldun_story *st)
{
	if (!s->n)
		return 1;
	uint64_t h = 0xCBF29CE484222325ull;
	if (st->source)
		h = fnv(h, st->source, strlen(st->source));
	h = fnv(h, "\x1f", 1);   /* outlet "a" id "bc" differs from outlet "ab" id "c" */
	if (st->id)
		h = fnv(h, st->id, strlen(st->id));
	else if (st->text)
		h = fnv(h, st->text, st->text_len);
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	if (h % s->n + 1 == s->k)
		return 1;
	s->other++;
	return 0;
}

void cli_shard_warn_forwarding(const cli_shard *s, const khaldun_coder *c)
{
	if (s->n > 1 && c && khaldun_coder_forwarding(c))
		fprintf(stderr, "%s: warning: the project forwards actors from one record to the "
			"next (FORWARD): a story's events depend on the record before it, "
			"so shards may "
			"code some differently from one run\n", progname);
}
