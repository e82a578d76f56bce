/*
 * percep.c - averaged-perceptron weight table; see percep.h.
 * Averaging is lazy (Daume's trick): each entry keeps the running total of its weight over
 * all updates and the update count when it last changed, so an update costs O(features).
 */
#include "parse/percep.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

int percep_init(percep *p, int nclass)
{
	memset(p, 0, sizeof *p);
	p->nclass = nclass;
	size_t slots = 1 << 16;
	p->keys = calloc(slots, sizeof *p->keys);
	p->off = calloc(slots, sizeof *p->off);
	p->n = calloc(slots, sizeof *p->n);
	p->cap = calloc(slots, sizeof *p->cap);
	p->mask = slots - 1;
	if (!p->keys || !p->off || !p->n || !p->cap) {
		percep_free(p);
		return -1;
	}
	return 0;
}

void percep_free(percep *p)
{
	free(p->keys);
	free(p->off);
	free(p->n);
	free(p->cap);
	free(p->cls);
	free(p->w);
	free(p->tot);
	free(p->stamp);
	memset(p, 0, sizeof *p);
}

static size_t find(const percep *p, uint64_t key)
{
	size_t i = (size_t)key & p->mask;
	while (p->keys[i] && p->keys[i] != key)
		i = (i + 1) & p->mask;
	return i;
}

void percep_score(const percep *p, const uint64_t *keys, size_t nk, float *scores)
{
	size_t at[256];
	if (!p->keys)
		return;
	/* Probe addresses first and prefetch them: the table is far bigger than the caches, so
	 * overlapping the misses is what makes scoring fast. */
	for (size_t k = 0; k < nk && k < 256; k++) {
		at[k] = (size_t)keys[k] & p->mask;
		__builtin_prefetch(&p->keys[at[k]]);
	}
	for (size_t k = 0; k < nk && k < 256; k++) {
		size_t i = at[k];
		while (p->keys[i] && p->keys[i] != keys[k])
			i = (i + 1) & p->mask;
		at[k] = p->keys[i] ? i : (size_t)-1;
		if (at[k] != (size_t)-1)
			__builtin_prefetch(&p->w[p->off[i]]);
	}
	for (size_t k = 0; k < nk && k < 256; k++) {
		if (at[k] == (size_t)-1)
			continue;
		size_t o = p->off[at[k]], n = p->n[at[k]];
		for (size_t e = o; e < o + n; e++)
			scores[p->cls[e]] += p->w[e];
	}
}

static int grow_table(percep *p)
{
	size_t slots = (p->mask + 1) * 2;
	percep q = *p;
	q.keys = calloc(slots, sizeof *q.keys);
	q.off = calloc(slots, sizeof *q.off);
	q.n = calloc(slots, sizeof *q.n);
	q.cap = calloc(slots, sizeof *q.cap);
	if (!q.keys || !q.off || !q.n || !q.cap) {
		free(q.keys), free(q.off), free(q.n), free(q.cap);
		return -1;
	}
	q.mask = slots - 1;
	for (size_t i = 0; i <= p->mask; i++) {
		if (!p->keys[i])
			continue;
		size_t j = find(&q, p->keys[i]);
		q.keys[j] = p->keys[i];
		q.off[j] = p->off[i];
		q.n[j] = p->n[i];
		q.cap[j] = p->cap[i];
	}
	free(p->keys), free(p->off), free(p->n), free(p->cap);
	*p = q;
	return 0;
}

static int reserve_entries(percep *p, size_t more)
{
	if (p->ne + more <= p->ce)
		return 0;
	size_t ce = p->ce ? p->ce : 1 << 16;
	while (ce < p->ne + more)
		ce *= 2;
	uint8_t *cls = realloc(p->cls, ce * sizeof *cls);
	if (cls)
		p->cls = cls;
	float *w = realloc(p->w, ce * sizeof *w);
	if (w)
		p->w = w;
	double *tot = realloc(p->tot, ce * sizeof *tot);
	if (tot)
		p->tot = tot;
	uint32_t *st = realloc(p->stamp, ce * sizeof *st);
	if (st)
		p->stamp = st;
	if (!cls || !w || !tot || !st)
		return -1;
	p->ce = ce;
	return 0;
}

/* The entry of (key, cls), created when missing; (size_t)-1 when out of memory. */
static size_t entry(percep *p, uint64_t key, int c)
{
	if ((p->used + 1) * 2 > p->mask + 1 && grow_table(p))
		return (size_t)-1;
	size_t i = find(p, key);
	if (!p->keys[i]) {
		p->keys[i] = key;
		p->n[i] = p->cap[i] = 0;
		p->used++;
	}
	size_t o = p->off[i], n = p->n[i];
	for (size_t e = o; e < o + n; e++)
		if (p->cls[e] == c)
			return e;
	if (n == p->cap[i]) {   /* move the row to the end with room to grow */
		size_t cap = n ? n * 2 : 2;
		if (cap > (size_t)p->nclass)
			cap = (size_t)p->nclass;
		if (reserve_entries(p, cap))
			return (size_t)-1;
		memmove(p->cls + p->ne, p->cls + o, n);
		memmove(p->w + p->ne, p->w + o, n * sizeof *p->w);
		memmove(p->tot + p->ne, p->tot + o, n * sizeof *p->tot);
		memmove(p->stamp + p->ne, p->stamp + o, n * sizeof *p->stamp);
		p->off[i] = (uint32_t)p->ne;
		p->cap[i] = (uint16_t)cap;
		p->ne += cap;
		o = p->off[i];
	}
	size_t e = o + n;
	p->cls[e] = (uint8_t)c;
	p->w[e] = 0;
	p->tot[e] = 0;
	p->stamp[e] = p->clock;
	p->n[i]++;
	return e;
}

static void bump(percep *p, size_t e, float d)
{
	p->tot[e] += (double)(p->clock - p->stamp[e]) * p->w[e];
	p->stamp[e] = p->clock;
	p->w[e] += d;
}

int percep_update(percep *p, const uint64_t *keys, size_t nk, int truth, int guess)
{
	p->clock++;
	if (truth == guess)
		return 0;
	for (size_t k = 0; k < nk; k++) {
		size_t a = entry(p, keys[k], truth);
		if (a == (size_t)-1)
			return -1;
		bump(p, a, 1);
		size_t b = entry(p, keys[k], guess);
		if (b == (size_t)-1)
			return -1;
		bump(p, b, -1);
	}
	return 0;
}

int percep_finish(percep *p, float min_abs)
{
	percep q;
	if (percep_init(&q, p->nclass))
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i <= p->mask; i++)
		if (p->keys[i])
			kept++;
	size_t slots = 1 << 16;
	while (slots < kept * 2)
		slots *= 2;
	free(q.keys), free(q.off), free(q.n), free(q.cap);
	q.cap = NULL;
	q.keys = calloc(slots, sizeof *q.keys);
	q.off = calloc(slots, sizeof *q.off);
	q.n = calloc(slots, sizeof *q.n);
	q.mask = slots - 1;
	q.cls = malloc(p->ne + 1);
	q.w = malloc((p->ne + 1) * sizeof *q.w);
	if (!q.keys || !q.off || !q.n || !q.cls || !q.w) {
		percep_free(&q);
		return -1;
	}
	for (size_t i = 0; i <= p->mask; i++) {
		if (!p->keys[i])
			continue;
		size_t start = q.ne;
		for (size_t e = p->off[i]; e < (size_t)p->off[i] + p->n[i]; e++) {
			double tot = p->tot[e] + (double)(p->clock - p->stamp[e]) * p->w[e];
			float avg = p->clock ? (float)(tot / p->clock) : p->w[e];
			if (fabsf(avg) < min_abs || avg == 0)
				continue;
			q.cls[q.ne] = p->cls[e];
			q.w[q.ne++] = avg;
		}
		if (q.ne == start)
			continue;
		size_t j = find(&q, p->keys[i]);
		q.keys[j] = p->keys[i];
		q.off[j] = (uint32_t)start;
		q.n[j] = (uint16_t)(q.ne - start);
		q.used++;
	}
	q.ce = q.ne;
	percep_free(p);
	*p = q;
	return 0;
}

size_t percep_features(const percep *p)
{
	return p->used;
}

int percep_snapshot(const percep *p, percep *out, float min_abs)
{
	percep c = *p;
	size_t slots = p->mask + 1;
	c.keys = malloc(slots * sizeof *c.keys);
	c.off = malloc(slots * sizeof *c.off);
	c.n = malloc(slots * sizeof *c.n);
	c.cap = malloc(slots * sizeof *c.cap);
	c.cls = malloc(p->ne + 1);
	c.w = malloc((p->ne + 1) * sizeof *c.w);
	c.tot = malloc((p->ne + 1) * sizeof *c.tot);
	c.stamp = malloc((p->ne + 1) * sizeof *c.stamp);
	if (!c.keys || !c.off || !c.n || !c.cap || !c.cls || !c.w || !c.tot || !c.stamp) {
		percep_free(&c);
		return -1;
	}
	memcpy(c.keys, p->keys, slots * sizeof *c.keys);
	memcpy(c.off, p->off, slots * sizeof *c.off);
	memcpy(c.n, p->n, slots * sizeof *c.n);
	memcpy(c.cap, p->cap, slots * sizeof *c.cap);
	memcpy(c.cls, p->cls, p->ne);
	memcpy(c.w, p->w, p->ne * sizeof *c.w);
	memcpy(c.tot, p->tot, p->ne * sizeof *c.tot);
	memcpy(c.stamp, p->stamp, p->ne * sizeof *c.stamp);
	if (percep_finish(&c, min_abs))
		return -1;
	*out = c;
	return 0;
}

int percep_prune(percep *p, float min_abs)
{
	size_t ne = 0;
	for (size_t i = 0; i <= p->mask; i++) {
		if (!p->keys[i])
			continue;
		size_t start = ne;
		for (size_t e = p->off[i]; e < (size_t)p->off[i] + p->n[i]; e++)
			if (fabsf(p->w[e]) >= min_abs) {
				p->cls[ne] = p->cls[e];
				p->w[ne++] = p->w[e];
			}
		p->off[i] = (uint32_t)start;
		p->n[i] = (uint16_t)(ne - start);
	}
	p->ne = ne;
	/* rebuild the table without the features left empty */
	percep q = *p;
	q.keys = calloc(p->mask + 1, sizeof *q.keys);
	q.off = calloc(p->mask + 1, sizeof *q.off);
	q.n = calloc(p->mask + 1, sizeof *q.n);
	if (!q.keys || !q.off || !q.n) {
		free(q.keys), free(q.off), free(q.n);
		return -1;
	}
	q.used = 0;
	for (size_t i = 0; i <= p->mask; i++) {
		if (!p->keys[i] || !p->n[i])
			continue;
		size_t j = find(&q, p->keys[i]);
		q.keys[j] = p->keys[i], q.off[j] = p->off[i], q.n[j] = p->n[i];
		q.used++;
	}
	free(p->keys), free(p->off), free(p->n);
	*p = q;
	return 0;
}
