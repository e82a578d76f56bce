/*
 * import_read.c - the import's reader thread: reads the input's lines and parses them
 * (import_fmt.c, the CAMEO lookups included) into chunks of items, while the importer's thread
 * (import.c) writes the chunk before into the store; on two cores parsing then costs the
 * writer nothing. Invariant: items come out in input order, exactly one per line, each with
 * all the writer needs to store or report its line as a serial import would; a chunk stays
 * unchanged until the writer asks for the next one.
 */
#include "store/import.h"
#include "base/buf.h"
#include "base/date.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_ITEMS 4096
#define CHUNK_TEXT ((size_t)4 << 20)
#define CHUNKS 3   /* one being written, one ready, one being parsed */

typedef struct {
	imp_item *item;
	size_t n;
	char *text;        /* the items' strings */
	size_t cap, used;
} chunk;

typedef struct {
	FILE *fp;
	char *buf;
	size_t cap, start, end;
	int eof, error;    /* error: IMP_READER_READ_ERROR or IMP_READER_NOMEM */
	long lineno;
} lines;

struct imp_reader {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	chunk ch[CHUNKS];
	size_t filled, released;   /* chunks parsed; chunks the writer is done with */
	int holding;               /* the writer holds chunk `released` */
	int stop, done, status;
	enum khaldun_import_format fmt;
	const khaldun_cameo *cameo;
	lines l;
	imp_state st;
	int pending;               /* a line read for a chunk that had no room: next chunk's */
	const char *pend_p;
	size_t pend_n;
	int pend_got;
	long pend_lineno;
};

/* The next line (without '\n') in *p, *n; returns 1, 0 at the end, or -1 for a line over
 * IMPORT_MAX_LINE (consumed; *n is its length so far). *p stays valid until the next call. */
static int next_line(lines *l, const char **p, size_t *n)
{
	size_t scan = l->start;
	for (;;) {
		char *nl = memchr(l->buf + scan, '\n', l->end - scan);
		if (nl || (l->eof && l->end > l->start)) {
			size_t e = nl ? (size_t)(nl - l->buf) : l->end;
			*p = l->buf + l->start;
			*n = e - l->start;
			l->start = nl ? e + 1 : e;
			l->lineno++;
			return 1;
		}
		if (l->eof)
			return 0;
		scan = l->end;
		if (l->start > 0) {   /* keep the partial line at the front */
			memmove(l->buf, l->buf + l->start, l->end - l->start);
			scan -= l->start;
			l->end -= l->start;
			l->start = 0;
		}
		if (l->end == l->cap) {
			if (l->cap >= IMPORT_MAX_LINE) {   /* drop it up to its newline */
				size_t len = l->end;
				int c;
				while ((c = getc(l->fp)) != EOF && c != '\n')
					len++;
				l->eof = c == EOF;
				l->start = l->end = 0;
				l->lineno++;
				*n = len;
				return -1;
			}
			if (buf_grow_array(&l->buf, &l->cap, l->cap, 1, 1)) {   /* doubles it */
				l->error = IMP_READER_NOMEM;
				return 0;
			}
		}
		size_t got = fread(l->buf + l->end, 1, l->cap - l->end, l->fp);
		l->end += got;
		if (got == 0) {
			l->eof = 1;
			l->error = ferror(l->fp) ? IMP_READER_READ_ERROR : 0;
		}
	}
}

/* What the writer would look up for an event: its CAMEO row, PLOVER detail, ISO date; a quad
 * and Goldstein score the line lacks come from the code. */
static void complete(const khaldun_cameo *cameo, imp_item *it)
{
	imp_event *e = &it->e;
	khaldun_cameo_lookup(cameo, e->code, &it->info);
	khaldun_cameo_plover_detail(cameo, e->code, &it->mode, &it->context);
	if (!e->quad)
		e->quad = it->info.quad;
	if (!e->has_goldstein && it->info.has_goldstein) {
		e->has_goldstein = 1;
		e->goldstein = it->info.goldstein;
	}
	date_to_iso(e->date, it->date);
}

/* Parses line p[0..n) (got: next_line's result) into item it, its strings at c->text + used. */
static void parse_line(imp_reader *r, chunk *c, imp_item *it, int got, const char *p, size_t n,
		       long lineno)
{
	memset(it, 0, sizeof *it);
	it->lineno = lineno;
	it->n = n;
	if (got < 0) {
		it->kind = IMP_ITEM_LONG;
		return;
	}
	imp_state *st = &r->st;
	st->problem = NULL;
	st->column = 0;
	st->unknown_country = NULL;
	char *scratch = c->text + c->used;
	/* a NUL would end a field's string early: "Pu\0tin" stored as "Pu", unseen */
	const char *nul = memchr(p, 0, n);
	int k = nul ? -1
		: r->fmt == KHALDUN_IMPORT_EVENTS ? imp_parse_events(st, p, n, scratch, &it->e)
		: r->fmt == KHALDUN_IMPORT_ICEWS ? imp_parse_icews(st, p, n, scratch, &it->e)
		: imp_parse_gdelt(st, p, n, scratch, &it->e);
	if (nul) {
		st->problem = "a NUL byte in the line";
		st->column = (long)(nul - p) + 1;
	}
	c->used += 2 * n + 256;
	if (k < 0) {   /* the line itself, for the message */
		it->kind = IMP_ITEM_BAD;
		it->problem = st->problem;
		it->column = st->column;
		memcpy(c->text + c->used, p, n);
		it->line = c->text + c->used;
		c->used += n;
		return;
	}
	it->unknown_country = st->unknown_country;
	it->kind = k ? IMP_ITEM_EVENT : IMP_ITEM_NONE;
	if (k)
		complete(r->cameo, it);
}

/* Fills chunk c with the next lines; sets *end at the end of the input (the caller tells the
 * writer, under the lock). Returns 0 or -1 (out of memory). */
static int fill(imp_reader *r, chunk *c, int *end)
{
	c->n = c->used = 0;
	if (!c->item && !(c->item = malloc(CHUNK_ITEMS * sizeof *c->item)))
		return -1;
	while (c->n < CHUNK_ITEMS) {
		const char *p = r->pend_p;
		size_t n = r->pend_n;
		int got = r->pend_got;
		if (!r->pending && (got = next_line(&r->l, &p, &n)) == 0) {
			*end = 1;
			return 0;
		}
		long lineno = r->pending ? r->pend_lineno : r->l.lineno;
		r->pending = 0;
		size_t need = got < 0 ? 0 : 3 * n + 256;
		if (c->cap - c->used < need) {
			if (c->n) {   /* this chunk is full: the line opens the next */
				r->pending = 1;
				r->pend_p = p;
				r->pend_n = n;
				r->pend_got = got;
				r->pend_lineno = lineno;
				return 0;
			}
			size_t cap = need > CHUNK_TEXT ? need : CHUNK_TEXT;
			char *t = buf_realloc_array(c->text, cap, 1);
			if (!t)
				return -1;
			c->text = t;
			c->cap = cap;
		}
		parse_line(r, c, &c->item[c->n], got, p, n, lineno);
		c->n++;
	}
	return 0;
}

static void *reader_main(void *arg)
{
	imp_reader *r = arg;
	pthread_mutex_lock(&r->mu);
	while (!r->stop && !r->done) {
		if (r->filled - r->released >= CHUNKS) {   /* every chunk is the writer's */
			pthread_cond_wait(&r->cv, &r->mu);
			continue;
		}
		chunk *c = &r->ch[r->filled % CHUNKS];
		pthread_mutex_unlock(&r->mu);
		int end = 0, bad = fill(r, c, &end);
		pthread_mutex_lock(&r->mu);
		r->done = end;
		if (bad) {
			r->status = IMP_READER_NOMEM;
			r->done = 1;
		} else if (r->l.error) {   /* next_line ended the input there */
			r->status = r->l.error;
		}
		if (c->n)
			r->filled++;
		pthread_cond_broadcast(&r->cv);
	}
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

int imp_reader_start(imp_reader **out, FILE *fp, enum khaldun_import_format fmt,
		     const khaldun_cameo *cameo)
{
	imp_reader *r = calloc(1, sizeof *r);
	*out = NULL;
	if (!r || !(r->l.buf = malloc(1 << 20))) {
		free(r);
		return -1;
	}
	r->l.fp = fp;
	r->l.cap = 1 << 20;
	r->fmt = fmt;
	r->cameo = cameo;
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->cv, NULL);
	if (pthread_create(&r->thread, NULL, reader_main, r)) {
		pthread_mutex_destroy(&r->mu);
		pthread_cond_destroy(&r->cv);
		free(r->l.buf);
		free(r);
		return -1;
	}
	*out = r;
	return 0;
}

size_t imp_reader_next(imp_reader *r, const imp_item **items)
{
	pthread_mutex_lock(&r->mu);
	if (r->holding) {
		r->released++;
		r->holding = 0;
		pthread_cond_broadcast(&r->cv);
	}
	while (r->filled == r->released && !r->done)
		pthread_cond_wait(&r->cv, &r->mu);
	size_t n = 0;
	if (r->filled > r->released) {
		chunk *c = &r->ch[r->released % CHUNKS];
		*items = c->item;
		n = c->n;
		r->holding = 1;
	}
	pthread_mutex_unlock(&r->mu);
	return n;
}

int imp_reader_end(imp_reader *r)
{
	if (!r)
		return 0;
	pthread_mutex_lock(&r->mu);
	r->stop = 1;
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	pthread_join(r->thread, NULL);
	int status = r->status;
	for (int i = 0; i < CHUNKS; i++) {
		free(r->ch[i].item);
		free(r->ch[i].text);
	}
	pthread_mutex_destroy(&r->mu);
	pthread_cond_destroy(&r->cv);
	free(r->l.buf);
	free(r);
	return status;
}
