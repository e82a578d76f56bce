/*
 * shard.h - `--shard K/N` of code and ingest: which stories a run takes (cli/shard.c).
 * A story belongs to shard 1 + h mod N, where h is a stable 64-bit hash of its identity (the
 * outlet, then the id; the text when it has no id), never of its position: shards do not
 * depend on how the input is split into files, and every story lands in exactly one shard.
 */
#ifndef KH_CLI_SHARD_H
#define KH_CLI_SHARD_H
#include "khaldun.h"

typedef struct {
	unsigned long k, n;   /* shard k of n (1 <= k <= n); n == 0: no sharding */
	size_t other;         /* stories read that belong to other shards */
} cli_shard;

/* Reads "K/N" (1 <= K <= N <= 1000000) into *out. Returns 0, or -1 after printing why. */
int cli_shard_opt(const char *v, cli_shard *out);
/* 1 when st belongs to this run's shard (always, without --shard); else counts it in
 * s->other and returns 0. */
int cli_shard_takes(cli_shard *s, const khaldun_story *st);
/* Warns when the coder forwards actors between records (TABARI's FORWARD option): a story's
 * events then depend on the story before it, which another shard may hold. */
void cli_shard_warn_forwarding(const cli_shard *s, const khaldun_coder *c);
/* The --help lines of --shard. */
extern const char cli_shard_help[];
#endif
