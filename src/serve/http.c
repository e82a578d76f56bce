/*
 * http.c - `khaldun serve`: the HTTP side (libmicrohttpd, one polling thread), the only code
 * in khaldun that touches sockets. GET /api/... goes to api.c; any other GET is a file of the
 * web folder (the dashboard). Read-only: the store is opened read-only and nothing is written.
 * Invariants: a request that breaks a limit (serve.h) is answered 400/414 before anything is
 * looked up; a static path holds only [A-Za-z0-9._/-], no segment starts with '.', and its
 * resolved real path lies inside the web folder (so "..", encoded or not, and symlinks out
 * are refused); each store connection of the pool answers one request at a time (taken and
 * given back under one mutex).
 */
#define _XOPEN_SOURCE 700   /* realpath */
#include "serve/serve.h"
#include "base/diag.h"
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include "serve/mhd_lib.h"   /* microhttpd.h, and the library opened when a server starts */
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>

/* libmicrohttpd's own limits (docs/serve.md): the request line and headers within
 * limits.request bytes (beyond: 414 or 431), a connection idle at most limits.request_time
 * seconds, and at most this many connections. */
#define HTTP_CONNECTIONS 64

struct khaldun_server {
	struct MHD_Daemon *daemon;
	khaldun_store *pool[KHALDUN_SERVE_POOL_MAX];   /* read-only store connections */
	int busy[KHALDUN_SERVE_POOL_MAX];   /* pool[i] is answering a request */
	int n_pool;
	pthread_mutex_t lock;     /* busy[] */
	pthread_cond_t freed;     /* a connection was given back */
	char *web;                /* real path of the web folder, or NULL */
	int port;
	diag_sink diag;
};

static char *copy(const char *s)
{
	char *c = malloc(strlen(s) + 1);
	return c ? strcpy(c, s) : NULL;
}

/* ---------------------------------------------------------------- parameters */

void serve_param_add(serve_params *p, const char *name, const char *value)
{
	if (p->error)
		return;
	if (!value)
		value = "";
	if (p->n == SERVE_MAX_PARAMS)
		p->error = "too many query parameters (at most 16)";
	else if (strlen(name) > SERVE_MAX_NAME || !*name)
		p->error = "a query parameter name is empty or longer than 32 bytes";
	else if (strlen(value) > SERVE_MAX_VALUE)
		p->error = "a query parameter value is longer than 256 bytes";
	else {
		p->name[p->n] = name;
		p->value[p->n++] = value;
	}
}

/* ---------------------------------------------------------------- static files */

static const struct { const char *ext, *type; } types[] = {
	{ ".html", "text/html; charset=utf-8" }, { ".js", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" }, { ".png", "image/png" },
	{ ".svg", "image/svg+xml" }, { ".json", "application/json" }, { ".ico", "image/x-icon" },
	{ ".txt", "text/plain; charset=utf-8" },
};

static const char *file_type(const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		size_t k = strlen(types[i].ext);
		if (n > k && !strcmp(path + n - k, types[i].ext))
			return types[i].type;
	}
	return NULL;
}

/* A path we are willing to look up: "/", or "/" segments of [A-Za-z0-9._-] none of which is
 * empty or starts with '.' (no "..", no hidden files). */
static int path_ok(const char *p)
{
	if (p[0] != '/')
		return 0;
	for (const char *s = p; *s; s++) {
		char ch = *s;
		int word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			(ch >= '0' && ch <= '9')
			   || ch == '-' || ch == '_';
		if (ch == '/') {
			if (s[1] == '/' || s[1] == '.')
				return 0;
		} else if (!word && ch != '.')
			return 0;
	}
	return 1;
}

static int read_file(const char *path, char **body, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	struct stat sb;
	if (fstat(fileno(fp), &sb) || !S_ISREG(sb.st_mode) || sb.st_size > SERVE_MAX_FILE) {
		fclose(fp);
		return -1;
	}
	size_t n = (size_t)sb.st_size;
	char *b = malloc(n ? n : 1);
	if (!b || fread(b, 1, n, fp) != n) {
		free(b);
		fclose(fp);
		return -1;
	}
	fclose(fp);
	*body = b;
	*len = n;
	return 0;
}

static int plain(serve_reply *r, int status, const char *text)
{
	r->status = status;
	r->type = "text/plain; charset=utf-8";
	r->len = strlen(text);
	r->body = malloc(r->len + 1);
	if (!r->body)
		return -1;
	memcpy(r->body, text, r->len + 1);
	return 0;
}

static int static_file(khaldun_server *s, const char *path, serve_reply *r)
{
	if (!s->web)
		return plain(r, 404, "no dashboard: the web folder was not found (see --web)\n");
	if (!path_ok(path))
		return plain(r, 400, "bad path\n");
	char full[PATH_MAX], real[PATH_MAX];
	size_t n = strlen(path);
	if (snprintf(full, sizeof full, "%s%s%s", s->web, path,
		     path[n - 1] == '/' ? "index.html" : "") >= (int)sizeof full)
		return plain(r, 414, "path too long\n");
	const char *type = file_type(full);
	if (!realpath(full, real) || !type)
		return plain(r, 404, "not found\n");
	size_t w = strlen(s->web);
	if (strncmp(real, s->web, w) || real[w] != '/')
		return plain(r, 404, "not found\n");
	if (read_file(real, &r->body, &r->len))
		return plain(r, 404, "not found\n");
	r->status = 200;
	r->type = type;
	return 0;
}

/* One log line for a request answered 500: its body says "see the server's log", so the log
 * names the request (path and parameters, as decoded) after the store's own message, which
 * the store reported through the same sink when it had one. */
static void log_failure(khaldun_server *s, const char *path, const serve_params *q, int status)
{
	char req[SERVE_MAX_PATH + 128];
	int n = snprintf(req, sizeof req, "%s", path);
	for (int i = 0; i < q->n && n >= 0 && (size_t)n < sizeof req; i++)
		n += snprintf(req + n, sizeof req - (size_t)n, "%c%s=%s", i ? '&' : '?', q->name[i],
			      q->value[i]);
	diag_report(&s->diag, KHALDUN_ERROR, "serve", 0, 0, NULL, 0,
		    "GET %s answered %d: the store could not answer it%s", req, status,
		    n >= 0 && (size_t)n >= sizeof req ? " (request cut)" : "");
}

/* GET `path` (decoded) with parameters q, for both the socket and khaldun_server_get. */
static int answer(khaldun_server *s, const char *path, const serve_params *q, serve_reply *r)
{
	if (strlen(path) > SERVE_MAX_PATH)
		return plain(r, 414, "path too long\n");
	if (!strncmp(path, "/api/", 5) || !strcmp(path, "/api")) {
		pthread_mutex_lock(&s->lock);
		int i;
		for (;;) {
			for (i = 0; i < s->n_pool && s->busy[i]; i++)
				;
			if (i < s->n_pool)
				break;
			pthread_cond_wait(&s->freed, &s->lock);
		}
		s->busy[i] = 1;
		pthread_mutex_unlock(&s->lock);
		int rc = api_answer(s->pool[i], path, q, r);
		if (!rc && r->status >= 500 && r->status != 501)
			log_failure(s, path, q, r->status);
		pthread_mutex_lock(&s->lock);
		s->busy[i] = 0;
		pthread_cond_signal(&s->freed);
		pthread_mutex_unlock(&s->lock);
		return rc;
	}
	if (q->error)
		return plain(r, 400, q->error);
	return static_file(s, path, r);
}

/* ---------------------------------------------------------------- libmicrohttpd */

static int hex(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch |= 0x20;
	return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *key,
			       const char *value)
{
	(void)kind;
	serve_param_add(cls, key, value);
	return MHD_YES;
}

static enum MHD_Result send_reply(struct MHD_Connection *c, serve_reply *r, const char *path)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(r->len, r->body,
								   MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(r->body);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "Content-Security-Policy",
				"default-src 'self'; style-src 'self' 'unsafe-inline'; "
				"img-src 'self' data:; connect-src 'self'");
	if (!strncmp(path, "/api", 4))
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	if (r->status == 405)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	enum MHD_Result ok = MHD_queue_response(c, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_size, void **con_cls)
{
	(void)version;
	(void)upload_data;
	khaldun_server *s = cls;
	serve_reply r = { 0 };
	int rc;
	*upload_size = 0;
	*con_cls = s;
	if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
		rc = plain(&r, 405, "only GET and HEAD\n");
	else {
		serve_params q = { 0 };
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &q);
		rc = answer(s, url, &q, &r);
	}
	if (rc)
		return MHD_NO;   /* out of memory: libmicrohttpd closes the connection */
	return send_reply(c, &r, url);
}

/* libmicrohttpd's unescaper for the path and parameter values: %XX decoded, except %00 and
 * malformed escapes, which stay as written (and so fail the checks: '%' is never valid). */
static size_t unescape(void *cls, struct MHD_Connection *c, char *uri)
{
	(void)cls;
	(void)c;
	char *w = uri;
	for (const char *p = uri; *p; p++) {
		int h = *p == '%' ? hex((unsigned char)p[1]) : -1;
		int l = h < 0 ? -1 : hex((unsigned char)p[2]);
		if (l >= 0 && (h || l)) {
			*w++ = (char)(h * 16 + l);
			p += 2;
		} else
			*w++ = *p;
	}
	*w = 0;
	return (size_t)(w - uri);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	khaldun_server *s = cls;
	char msg[512];
	vsnprintf(msg, sizeof msg, fmt, ap);
	size_t n = strlen(msg);
	while (n && msg[n - 1] == '\n')
		msg[--n] = 0;
	diag_report(&s->diag, KHALDUN_WARNING, "serve", 0, 0, NULL, 0, "%s", msg);
}

/* ---------------------------------------------------------------- public */

static int bind_addr(khaldun_server *s, const khaldun_serve_options *o,
		     struct sockaddr_storage *ss, int *v6)
{
	const char *host = o->host && *o->host ? o->host : "127.0.0.1";
	struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
	memset(ss, 0, sizeof *ss);
	*v6 = 0;
	if (o->port < 0 || o->port > 65535) {
		diag_report(&s->diag, KHALDUN_ERROR, NULL, 0, 0, NULL, 0, "invalid port %d",
			o->port);
		return KHALDUN_ERR_ARG;
	}
	if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
		a4->sin_family = AF_INET;
		a4->sin_port = htons((unsigned short)o->port);
	} else if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((unsigned short)o->port);
		*v6 = 1;
	} else {
		diag_report(&s->diag, KHALDUN_ERROR, NULL, 0, 0, NULL, 0,
			    "invalid host '%s' (a numeric IPv4 or IPv6 address)", host);
		return KHALDUN_ERR_ARG;
	}
	return KHALDUN_OK;
}

static int set_web(khaldun_server *s, const char *dir)
{
	char real[PATH_MAX];
	if (!dir)
		return KHALDUN_OK;
	if (!realpath(dir, real)) {
		diag_report(&s->diag, KHALDUN_ERROR, dir, 0, 0, NULL, 0,
			    "web folder not found: %s", strerror(errno));
		return KHALDUN_ERR_IO;
	}
	s->web = copy(real);
	return s->web ? KHALDUN_OK : KHALDUN_ERR_NOMEM;
}

/* The pool: o->pool read-only connections to the store (0: 1 for SQLite, KHALDUN_SERVE_POOL
 * for PostgreSQL, whose handles keep their sessions read-only). Returns 0 or a negative code
 * (reported). */
static int open_pool(khaldun_server *s, const khaldun_serve_options *o)
{
	int n = o->pool ? o->pool : khaldun_store_is_postgresql(o->db) ? KHALDUN_SERVE_POOL : 1;
	if (n < 1 || n > KHALDUN_SERVE_POOL_MAX) {
		diag_report(&s->diag, KHALDUN_ERROR, NULL, 0, 0, NULL, 0,
			    "a pool of %d connections (1-%d)", n, KHALDUN_SERVE_POOL_MAX);
		return KHALDUN_ERR_ARG;
	}
	for (; s->n_pool < n; s->n_pool++) {
		int rc = khaldun_store_open(&s->pool[s->n_pool], o->db, 1, o->fn, o->ctx);
		if (rc)
			return rc;
	}
	return KHALDUN_OK;
}

int khaldun_server_open(khaldun_server **out, const khaldun_serve_options *o)
{
	if (!out || !o || !o->db)
		return KHALDUN_ERR_ARG;
	*out = NULL;
	khaldun_server *s = calloc(1, sizeof *s);
	if (!s)
		return KHALDUN_ERR_NOMEM;
	s->diag = (diag_sink){ o->fn, o->ctx, 0, 0 };
	char why[512];
	if (mhd_lib_open(why, sizeof why)) {   /* before any other MHD call */
		diag_report(&s->diag, KHALDUN_ERROR, NULL, 0, 0, NULL, 0,
			    "serving needs libmicrohttpd (libmicrohttpd12), "
			    "which cannot be opened: %s",
			    why);
		free(s);
		return KHALDUN_ERR_IO;
	}
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->freed, NULL);
	struct sockaddr_storage ss;
	int v6, rc = bind_addr(s, o, &ss, &v6);
	if (!rc)
		rc = set_web(s, o->web_dir);
	if (!rc)
		rc = open_pool(s, o);
	if (rc) {
		khaldun_server_free(s);
		return rc;
	}
	khaldun_limits lim = khaldun_limits_resolve(o->limits);
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG
			 | (v6 ? MHD_USE_IPv6 : 0);
	/* one request thread per connection of the pool (a pool of 1: the polling thread) */
	unsigned threads = s->n_pool > 1 ? (unsigned)s->n_pool : 0;
	s->daemon = MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, on_request, s,
				     MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s,
				     MHD_OPTION_THREAD_POOL_SIZE, threads,
				     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
				     MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
				     MHD_OPTION_CONNECTION_MEMORY_LIMIT, lim.request,
				     MHD_OPTION_CONNECTION_LIMIT, (unsigned)HTTP_CONNECTIONS,
				     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)lim.request_time,
				     MHD_OPTION_END);
	const union MHD_DaemonInfo *info = s->daemon ? MHD_get_daemon_info(s->daemon,
						MHD_DAEMON_INFO_BIND_PORT) : NULL;
	if (!info) {
		diag_report(&s->diag, KHALDUN_ERROR, NULL, 0, 0, NULL, 0,
			    "cannot listen on %s port %d (in use, or not an address of this "
			    "machine?)", o->host && *o->host ? o->host : "127.0.0.1", o->port);
		khaldun_server_free(s);
		return KHALDUN_ERR_IO;
	}
	s->port = info->port;
	*out = s;
	return KHALDUN_OK;
}

int khaldun_server_port(const khaldun_server *s)
{
	return s ? s->port : 0;
}

void khaldun_server_free(khaldun_server *s)
{
	if (!s)
		return;
	if (s->daemon)
		MHD_stop_daemon(s->daemon);
	for (int i = 0; i < s->n_pool; i++)
		khaldun_store_free(s->pool[i]);
	pthread_cond_destroy(&s->freed);
	pthread_mutex_destroy(&s->lock);
	free(s->web);
	free(s);
}

/* ---------------------------------------------------------------- in-process requests */

/* Decodes %XX (and '+' as a space when `plus`) in place; -1 on a bad escape or a NUL. */
static int decode(char *p, int plus)
{
	char *w = p;
	for (; *p; p++) {
		if (*p == '%') {
			int h = hex((unsigned char)p[1]), l = h < 0 ? -1 : hex((unsigned char)p[2]);
			if (h < 0 || l < 0 || (h == 0 && l == 0))
				return -1;
			*w++ = (char)(h * 16 + l);
			p += 2;
		} else
			*w++ = plus && *p == '+' ? ' ' : *p;
	}
	*w = 0;
	return 0;
}

int khaldun_server_get(khaldun_server *s, const char *target, int *status, char **body,
		      size_t *len)
{
	if (!s || !target || !status || !body || !len)
		return KHALDUN_ERR_ARG;
	char *t = copy(target);
	if (!t)
		return KHALDUN_ERR_NOMEM;
	serve_params q = { 0 };
	char *query = strchr(t, '?');
	if (query)
		*query++ = 0;
	for (char *pair = query, *next; pair; pair = next) {
		next = strchr(pair, '&');
		if (next)
			*next++ = 0;
		if (!*pair)
			continue;
		char *eq = strchr(pair, '=');
		if (eq)
			*eq++ = 0;
		if (decode(pair, 1) || (eq && decode(eq, 1)))
			q.error = "bad %-escape in the query";
		serve_param_add(&q, pair, eq);
	}
	serve_reply r = { 0 };
	int rc = decode(t, 0) ? plain(&r, 400, "bad %-escape in the path\n") : answer(s, t, &q, &r);
	free(t);
	if (rc)
		return KHALDUN_ERR_NOMEM;
	*status = r.status;
	*body = r.body;
	*len = r.len;
	return KHALDUN_OK;
}
