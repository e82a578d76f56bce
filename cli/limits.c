/*
 * limits.c - the command line's side of khaldun_limits: KHALDUN_MAX_<NAME> from the
 * environment, then `--max NAME=VALUE` options (the same names; docs/robustness.md "Limits"),
 * and the warnings for sentences that a limit split or whose events it dropped.
 * Invariant: every sentence the pipeline coded in parts, or whose events passed the limit,
 * gets one warning naming its story, file:line and the limit: no cut goes unsaid.
 */
#include "common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_limits_env(khaldun_limits *l)
{
	const char *bad = NULL, *why = NULL;
	if (khaldun_limits_from_env(l, &bad, &why) == KHALDUN_OK)
		return 0;
	fprintf(stderr, "%s: error: invalid %s='%s': %s\n", progname, bad, cli_safe(getenv(bad)),
		why);
	return -1;
}

int cli_limit_opt(int argc, char **argv, int *i, khaldun_limits *l)
{
	if (strcmp(argv[*i], "--max"))
		return 0;
	if (*i + 1 >= argc) {
		missing_value("--max");
		return -1;
	}
	const char *v = argv[++*i], *why = NULL;
	if (khaldun_limits_set(l, v, &why) == KHALDUN_OK)
		return 1;
	fprintf(stderr, "%s: error: invalid --max '%s': %s\n", progname, cli_safe(v), why);
	return -1;
}

const char cli_limit_help[] =
	"  --max NAME=VALUE  raise or lower one input limit (repeatable; also KHALDUN_MAX_NAME\n"
	"             in the environment): story, document, entity, sentence, tokens, events,\n"
	"             dict-line, request, request-time (docs/robustness.md, \"Limits\")\n";

int cli_report_limits(const khaldun_story *st, const khaldun_batch *b, const khaldun_limits *l)
{
	const khaldun_sentence *s;
	size_t n = khaldun_batch_sentences(b, &s);
	khaldun_limits r = khaldun_limits_resolve(l);
	int dropped = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i].part == 1) {
			size_t k = i + 1;
			while (k < n && s[k].part > 1)
				k++;
			int tok = s[i].cut_by && !strcmp(s[i].cut_by, "tokens");
			fprintf(stderr, "%s: warning: %s:%ld: story \"%s\": "
				"a sentence over the limit %s (%zu%s) coded in %zu parts "
				"(sentences %zu-%zu)\n", progname,
				cli_safe(st->file), st->line, cli_safe(st->id),
				tok ? "tokens" : "sentence", tok ? r.tokens : r.sentence,
				tok ? " tokens" : " bytes", k - i, i, k - 1);
		}
		if (s[i].cut)
			fprintf(stderr, "%s: warning: %s:%ld: story \"%s\": "
				"sentence %zu coded only in part (limits tokens, sentence)\n",
				progname, cli_safe(st->file),
				st->line, cli_safe(st->id), i);
		if (s[i].events_dropped) {
			dropped = 1;
			fprintf(stderr, "%s: warning: %s:%ld: story \"%s\": sentence %zu: "
				"%zu events past the limit events (%zu) not kept\n", progname,
				cli_safe(st->file), st->line, cli_safe(st->id), i,
				s[i].events_dropped, r.events);
		}
	}
	return dropped;
}
