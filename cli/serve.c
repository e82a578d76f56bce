/*
 * serve.c - `khaldun serve --db FILE [--port N] [--host ADDR] [--web DIR]`: the read-only
 * HTTP API and dashboard over an event store (the server itself is src/serve/).
 * Prints the address it listens on ("http://127.0.0.1:8080/") as the first line of standard
 * output, then serves until SIGINT or SIGTERM; exit status 0 after a signal, 1 when it could
 * not start.
 */
#include "khaldun.h"
#include "commands.h"
#include "common.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void serve_usage(FILE *fp)
{
	fprintf(fp,
		"usage: khaldun serve --db FILE [--port N] [--host ADDR] [--web DIR] [--pool N]\n"
		"                     [--max NAME=VALUE]\n"
		"\n"
		"Serves the event store read-only over HTTP: the dashboard at / and the JSON API\n"
		"under /api/ (summary, dyads, actors, events, trend, alerts; docs/serve.md).\n"
		"  --db FILE    the event database (opened read-only; ingest may keep writing)\n"
		"  --port N     port to listen on (default 8080; 0 picks a free one)\n"
		"  --host ADDR  numeric address to bind (default 127.0.0.1: this machine only)\n"
		"  --web DIR    the dashboard's files (default: $KHALDUN_WEB, web/ next to the\n"
		"               executable, or ../share/khaldun/web)\n"
		"  --pool N     read-only connections to the store, one per request thread\n"
		"               (default 1 for a SQLite file, 4 for PostgreSQL; at most 64)\n"
		"%s"
		"Here the limits are request (bytes of a request line and headers, default 16K:\n"
		"beyond it 414 or 431) and request-time (seconds a connection may stay idle, 10).\n"
		"The first line of standard output is the address served; "
		"SIGINT or SIGTERM stops.\n",
		cli_limit_help);
}

/* The dashboard: $KHALDUN_WEB, else next to the executable (a checkout) or in the installed
 * share folder. */
static const char *default_web(void)
{
	static char path[4200];
	const char *env = getenv("KHALDUN_WEB");
	if (env && *env)
		return env;
	if (!cli_data_file(path, sizeof path, "web/index.html", "web/index.html"))
		return NULL;
	path[strlen(path) - strlen("/index.html")] = 0;
	return path;
}

/* Reads option a's value v as a whole number in [lo, hi] into *out; -1 (reported) if it is not. */
static int int_opt(const char *a, const char *v, long lo, long hi, int *out)
{
	char *end;
	long p = strtol(v, &end, 10);
	if (*end || !*v || p < lo || p > hi) {
		fprintf(stderr, "%s: error: invalid %s '%s' (%ld-%ld)\n", progname, a, cli_safe(v),
			lo, hi);
		return -1;
	}
	*out = (int)p;
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	khaldun_serve_options o = { 0 };
	o.port = 8080;
	o.fn = print_diag;
	khaldun_limits lim = { 0 };
	if (cli_limits_env(&lim))
		return EXIT_FATAL;
	o.limits = &lim;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int m = cli_limit_opt(argc, argv, &i, &lim);
		if (m < 0)
			return EXIT_FATAL;
		if (m)
			continue;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			serve_usage(stdout);
			return EXIT_OK;
		}
		if (lacks_value(argc, argv, i, "--db --host --web --port --pool"))
			return EXIT_FATAL;
		if (i + 1 >= argc || a[0] != '-') {   /* an operand, or an option none of these */
			cli_bad_arg(a, serve_usage);
			return EXIT_FATAL;
		}
		const char *v = argv[++i];
		if (!strcmp(a, "--db"))
			o.db = v;
		else if (!strcmp(a, "--host"))
			o.host = v;
		else if (!strcmp(a, "--web"))
			o.web_dir = v;
		else if (!strcmp(a, "--port")) {
			if (int_opt(a, v, 0, 65535, &o.port))
				return EXIT_FATAL;
		} else if (!strcmp(a, "--pool")) {
			if (int_opt(a, v, 1, KHALDUN_SERVE_POOL_MAX, &o.pool))
				return EXIT_FATAL;
		} else {
			cli_bad_arg(a, serve_usage);
			return EXIT_FATAL;
		}
	}
	if (!o.db) {
		fprintf(stderr, "%s: error: serve needs --db FILE\n", progname);
		serve_usage(stderr);
		return EXIT_FATAL;
	}
	if (!o.web_dir && !(o.web_dir = default_web()))
		fprintf(stderr, "%s: warning: dashboard files not found (use --web DIR): serving "
				"the API only\n", progname);
	/* block the stop signals in every thread (the server's inherits the mask); sigwait
	 * below takes them */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigprocmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	khaldun_server *srv;
	if (khaldun_server_open(&srv, &o) != KHALDUN_OK)
		return EXIT_FATAL;
	const char *host = o.host ? o.host : "127.0.0.1";
	int v6 = strchr(host, ':') != NULL;
	printf("http://%s%s%s:%d/\n", v6 ? "[" : "", host, v6 ? "]" : "", khaldun_server_port(srv));
	fflush(stdout);
	fprintf(stderr, "%s: serving %s read-only%s; stop with Ctrl-C\n", progname, o.db,
		o.web_dir ? "" : " (API only)");
	int sig = 0;
	sigwait(&stop, &sig);
	khaldun_server_free(srv);
	fprintf(stderr, "%s: stopped (%s)\n", progname, sig == SIGINT ? "SIGINT" : "SIGTERM");
	return EXIT_OK;
}
