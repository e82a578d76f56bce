/*
 * pool.c - N coders over one read-only dictionary (khaldun_pool): the caller submits stories
 * in input order from one thread, worker threads code them into batches, and the caller takes
 * them back in the same order, so output and store writes are those of one coder (-j 1).
 * A ring of `depth` slots holds the stories in flight; each slot owns a copy of its story and
 * its batch. A worker takes every queued story up to POOL_GROUP stories or POOL_GROUP_BYTES of
 * text at once, and threads are woken only when one sleeps, so that the locks and wake-ups are
 * paid per group, not per story (TABARI records are one sentence each); a caller that must
 * wait sleeps until half the ring is coded, so it wakes once per many stories. With one thread, or
 * when the coder forwards actors from one record to the next (TABARI's FORWARD option, whose
 * records depend on their predecessor), stories are coded by the caller's thread.
 * Invariant: slots are taken strictly in submission order; a worker never touches a slot the
 * caller owns (states: FREE -> QUEUED (caller) -> CODING (worker) -> DONE -> FREE (caller)).
 */
#include "khaldun.h"
#include "base/arena.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { SLOT_FREE, SLOT_QUEUED, SLOT_CODING, SLOT_DONE };

/* A worker codes at most this many stories, or this much text, per trip to the queue; the
 * ring holds POOL_AHEAD groups per worker, so the caller finds work done while it writes. */
#define POOL_GROUP 16
#define POOL_GROUP_BYTES ((size_t)64 << 10)
#define POOL_AHEAD 4

typedef struct {
	int state;
	int status;
	arena mem;               /* the story's copied strings */
	khaldun_story story;
	khaldun_batch *batch;
} pool_slot;

typedef struct {
	khaldun_pool *pool;
	khaldun_coder *coder;
	pthread_t thread;
} pool_worker;

struct khaldun_pool {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	pool_slot *slots;
	size_t depth;
	size_t head, tail, next;  /* oldest in flight, next to fill, next to code (all counters) */
	int stop;
	int inline_coding;        /* code in the caller's thread (one thread or forwarding) */
	size_t idle;              /* workers waiting for work (under mu) */
	int waiting;              /* the caller waits for slots head..want (under mu) */
	size_t want;              /* (a counter) the last slot the waiting caller needs coded */
	size_t n_workers;
	pool_worker *workers;
	khaldun_coder *own;       /* the caller-thread coder when coding inline */
	khaldun_pool_after_fn after;   /* run after coding, on the coding thread (or NULL) */
	void *after_ctx;
};

/* Codes slot number i (a counter) with c, then runs the after hook. */
static void code_slot(khaldun_pool *p, khaldun_coder *c, size_t i)
{
	pool_slot *s = &p->slots[i % p->depth];
	s->status = khaldun_code_story(c, &s->story, s->batch);
	if (p->after && p->after(p->after_ctx, i % p->depth, &s->story, s->batch))
		s->status = KHALDUN_ERR_NOMEM;
}

/* Takes the queued slots a worker codes next, [*from, *to) (counters); called under mu with
 * work queued. */
static void take_group(khaldun_pool *p, size_t *from, size_t *to)
{
	size_t n = 0, bytes = 0;
	*from = p->next;
	while (p->next != p->tail && n < POOL_GROUP && bytes < POOL_GROUP_BYTES) {
		pool_slot *s = &p->slots[p->next++ % p->depth];
		s->state = SLOT_CODING;
		bytes += s->story.text_len;
		n++;
	}
	*to = p->next;
}

/* 1 when what the waiting caller asked for is coded: the oldest slot and slot `want` (under
 * mu; head does not move while the caller waits). */
static int waited_done(const khaldun_pool *p)
{
	return p->slots[p->head % p->depth].state == SLOT_DONE &&
	       p->slots[p->want % p->depth].state == SLOT_DONE;
}

static void *work(void *arg)
{
	pool_worker *w = arg;
	khaldun_pool *p = w->pool;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->stop && p->next == p->tail) {
			p->idle++;
			pthread_cond_wait(&p->work, &p->mu);
			p->idle--;
		}
		if (p->stop)
			break;
		size_t from, to;
		take_group(p, &from, &to);
		pthread_mutex_unlock(&p->mu);
		for (size_t i = from; i != to; i++)
			code_slot(p, w->coder, i);
		pthread_mutex_lock(&p->mu);
		for (size_t i = from; i != to; i++)
			p->slots[i % p->depth].state = SLOT_DONE;
		if (p->waiting && waited_done(p))
			pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int pool_start(khaldun_pool *p, const khaldun_dict *d, size_t threads)
{
	p->workers = calloc(threads, sizeof *p->workers);
	if (!p->workers)
		return KHALDUN_ERR_NOMEM;
	for (size_t i = 0; i < threads; i++) {
		pool_worker *w = &p->workers[i];
		w->pool = p;
		if (khaldun_coder_new(&w->coder, d) != KHALDUN_OK ||
		    pthread_create(&w->thread, NULL, work, w)) {
			khaldun_coder_free(w->coder);
			return KHALDUN_ERR_NOMEM;
		}
		p->n_workers++;
	}
	return KHALDUN_OK;
}

int khaldun_pool_new(khaldun_pool **out, const khaldun_dict *d, size_t threads)
{
	*out = NULL;
	if (!d)
		return KHALDUN_ERR_ARG;
	khaldun_pool *p = calloc(1, sizeof *p);
	if (!p)
		return KHALDUN_ERR_NOMEM;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	if (khaldun_coder_new(&p->own, d) != KHALDUN_OK) {
		khaldun_pool_free(p);
		return KHALDUN_ERR_NOMEM;
	}
	p->inline_coding = threads <= 1 || khaldun_coder_forwarding(p->own);
	p->depth = p->inline_coding ? 1 : POOL_AHEAD * POOL_GROUP * threads;
	p->slots = calloc(p->depth, sizeof *p->slots);
	if (!p->slots) {
		khaldun_pool_free(p);
		return KHALDUN_ERR_NOMEM;
	}
	for (size_t i = 0; i < p->depth; i++) {
		arena_init(&p->slots[i].mem, 4096);
		if (khaldun_batch_new(&p->slots[i].batch) != KHALDUN_OK) {
			khaldun_pool_free(p);
			return KHALDUN_ERR_NOMEM;
		}
	}
	if (!p->inline_coding && pool_start(p, d, threads) != KHALDUN_OK) {
		khaldun_pool_free(p);
		return KHALDUN_ERR_NOMEM;
	}
	*out = p;
	return KHALDUN_OK;
}

void khaldun_pool_free(khaldun_pool *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	p->stop = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (size_t i = 0; i < p->n_workers; i++) {
		pthread_join(p->workers[i].thread, NULL);
		khaldun_coder_free(p->workers[i].coder);
	}
	free(p->workers);
	for (size_t i = 0; p->slots && i < p->depth; i++) {
		arena_free(&p->slots[i].mem);
		khaldun_batch_free(p->slots[i].batch);
	}
	free(p->slots);
	khaldun_coder_free(p->own);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p);
}

int khaldun_pool_set_limits(khaldun_pool *p, const khaldun_limits *l)
{
	if (!p)
		return KHALDUN_ERR_ARG;
	pthread_mutex_lock(&p->mu);
	int rc = khaldun_coder_set_limits(p->own, l);
	for (size_t i = 0; i < p->n_workers && rc == KHALDUN_OK; i++)
		rc = khaldun_coder_set_limits(p->workers[i].coder, l);
	pthread_mutex_unlock(&p->mu);
	return rc;
}

size_t khaldun_pool_threads(const khaldun_pool *p)
{
	return p->inline_coding ? 1 : p->n_workers;
}

int khaldun_pool_set_after(khaldun_pool *p, khaldun_pool_after_fn fn, void *ctx)
{
	if (!p || p->tail)
		return KHALDUN_ERR_ARG;
	pthread_mutex_lock(&p->mu);
	p->after = fn;
	p->after_ctx = ctx;
	pthread_mutex_unlock(&p->mu);
	return KHALDUN_OK;
}

size_t khaldun_pool_depth(const khaldun_pool *p)
{
	return p->depth;
}

size_t khaldun_pool_last_slot(const khaldun_pool *p)
{
	return (p->head + p->depth - 1) % p->depth;
}

int khaldun_pool_full(const khaldun_pool *p)
{
	return p->tail - p->head == p->depth;   /* only the caller's thread moves head and tail */
}

static const char *dup_or_null(arena *a, const char *s, int *failed)
{
	if (!s)
		return NULL;
	const char *c = arena_strdup(a, s);
	if (!c)
		*failed = 1;
	return c;
}

/* Copies st into the slot's arena. Returns 0 or -1 (out of memory). */
static int copy_story(pool_slot *s, const khaldun_story *st)
{
	arena_reset(&s->mem);
	int failed = 0;
	khaldun_story *c = &s->story;
	*c = *st;
	c->id = dup_or_null(&s->mem, st->id, &failed);
	c->date = dup_or_null(&s->mem, st->date, &failed);
	c->record_date = dup_or_null(&s->mem, st->record_date, &failed);
	c->title = dup_or_null(&s->mem, st->title, &failed);
	c->source = dup_or_null(&s->mem, st->source, &failed);
	c->url = dup_or_null(&s->mem, st->url, &failed);
	c->file = dup_or_null(&s->mem, st->file, &failed);
	c->comment = dup_or_null(&s->mem, st->comment, &failed);
	c->text = st->text ? arena_strndup(&s->mem, st->text, st->text_len) : NULL;
	if (st->text && !c->text)
		failed = 1;
	return failed ? -1 : 0;
}

int khaldun_pool_submit(khaldun_pool *p, const khaldun_story *st)
{
	if (!p || !st)
		return KHALDUN_ERR_ARG;
	if (khaldun_pool_full(p))
		return KHALDUN_ERR_LIMIT;
	pool_slot *s = &p->slots[p->tail % p->depth];
	if (copy_story(s, st))
		return KHALDUN_ERR_NOMEM;
	if (p->inline_coding) {
		code_slot(p, p->own, p->tail);
		s->state = SLOT_DONE;
		p->tail++;
		return KHALDUN_OK;
	}
	pthread_mutex_lock(&p->mu);
	s->state = SLOT_QUEUED;
	p->tail++;
	if (p->idle)
		pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return KHALDUN_OK;
}

int khaldun_pool_take(khaldun_pool *p, const khaldun_story **st, const khaldun_batch **b,
		      int *status)
{
	if (!p || !st || !b || !status)
		return KHALDUN_ERR_ARG;
	if (p->head == p->tail)
		return KHALDUN_EOF;
	pool_slot *s = &p->slots[p->head % p->depth];
	pthread_mutex_lock(&p->mu);
	if (s->state != SLOT_DONE) {
		/* asleep until half the ring (at most what is in flight) is coded, not only the
		 * oldest story: one wake-up, then that many takes without waiting, while the
		 * other half keeps the coders busy */
		size_t ahead = p->tail - p->head < p->depth / 2 ? p->tail - p->head : p->depth / 2;
		p->want = p->head + (ahead ? ahead - 1 : 0);
		p->waiting = 1;
		while (!waited_done(p))
			pthread_cond_wait(&p->done, &p->mu);
		p->waiting = 0;
	}
	s->state = SLOT_FREE;
	p->head++;
	pthread_mutex_unlock(&p->mu);
	/* the slot is free for the next submit, but stays intact until then: the caller uses it
	 * before submitting again */
	*st = &s->story;
	*b = s->batch;
	*status = s->status;
	return KHALDUN_OK;
}
