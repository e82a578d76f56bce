/*
 * pg_rec.c - a coded story as the PostgreSQL store writes it: every column value turned into
 * text once (dates ISO, numbers exact: floats with 17 digits), copied into the batch's arena,
 * so that a batch can be written again after a lost connection or a deadlock (pg_put.c) when
 * the caller's story and batch are long gone.
 * Invariant: a record owns copies of everything it points to (the store's arena), freed when
 * its batch commits.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/pg_rec.h"
#include "cameo/actor.h"
#include "base/date.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *dup(arena *a, const char *v)
{
	return v ? arena_strdup(a, v) : NULL;
}

static const char *num(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *num(arena *a, const char *fmt, ...)
{
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return arena_strdup(a, buf);
}

/* A dictionary origin's three columns: file, line, entry (entry NULL for actor origins). */
static void origin(arena *a, const char **v, const khaldun_origin *o, int with_entry)
{
	v[0] = dup(a, o->file);
	v[1] = o->file ? num(a, "%ld", o->line) : NULL;
	if (with_entry)
		v[2] = dup(a, o->entry);
}

/* The event's PG_EV_COLS values, in the order of the INSERT in pg_put.c (the SQLite store's
 * columns, put.c's insert_event). Returns 0, or -1 out of memory. */
static int event_values(khaldun_store *s, arena *a, const khaldun_event *e, long story_date,
			const char **v)
{
	store_event_cols c;
	store_event_cols_of(s, e, story_date, &c);
	v[PG_EV_DATE] = arena_strdup(a, c.date);
	v[PG_EV_SOURCE] = dup(a, e->source);
	v[2] = dup(a, e->source_entry.entry);
	v[3] = c.sc[0] ? arena_strdup(a, c.sc) : NULL;
	v[4] = *c.ss ? arena_strdup(a, c.ss) : NULL;
	v[PG_EV_TARGET] = dup(a, e->target);
	v[6] = dup(a, e->target_entry.entry);
	v[7] = c.tc[0] ? arena_strdup(a, c.tc) : NULL;
	v[8] = *c.ts ? arena_strdup(a, c.ts) : NULL;
	v[PG_EV_CODE] = dup(a, e->code);
	v[10] = c.info.root[0] ? arena_strdup(a, c.info.root) : NULL;
	v[11] = c.info.quad ? num(a, "%d", c.info.quad) : NULL;
	v[12] = c.info.has_goldstein ? num(a, "%.17g", c.info.goldstein) : NULL;
	v[13] = dup(a, c.info.plover);
	v[14] = dup(a, c.mode);
	v[15] = dup(a, c.context);
	v[16] = dup(a, e->attribution);
	v[17] = num(a, "%d", (int)e->time_shift);
	v[18] = dup(a, e->source_text);
	v[19] = dup(a, e->target_text);
	v[20] = dup(a, e->verb_text);
	origin(a, v + 21, &e->pattern, 1);
	origin(a, v + 24, &e->verb, 1);
	origin(a, v + 27, &e->source_entry, 0);
	origin(a, v + 29, &e->target_entry, 0);
	const khaldun_location *l = &e->location;
	int has = l->name != NULL, point = has && !isnan(l->lat) && !isnan(l->lon);
	v[31] = dup(a, l->name);
	v[32] = has && l->country && *l->country ? arena_strdup(a, l->country) : NULL;
	v[33] = has ? dup(a, l->admin1) : NULL;
	v[34] = point ? num(a, "%.17g", l->lat) : NULL;
	v[35] = point ? num(a, "%.17g", l->lon) : NULL;
	v[36] = has && l->geonameid > 0 ? num(a, "%ld", l->geonameid) : NULL;
	v[37] = has ? dup(a, l->precision) : NULL;
	v[38] = has ? dup(a, l->text) : NULL;
	return v[PG_EV_DATE] && v[PG_EV_CODE] ? 0 : -1;
}

/* The sentence's text; a NUL byte (PostgreSQL's text holds none) becomes U+FFFD, with a
 * warning naming the story: kept visibly, never dropped in silence. */
static const char *sentence_text(khaldun_store *s, arena *a, const khaldun_sentence *k,
				 const khaldun_story *st, size_t idx)
{
	size_t nul = 0;
	for (size_t i = 0; i < k->len; i++)
		nul += k->text[i] == 0;
	if (!nul)
		return arena_strndup(a, k->text, k->len);
	char *t = arena_alloc(a, k->len + 2 * nul + 1);
	if (!t)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < k->len; i++) {
		if (k->text[i])
			t[o++] = k->text[i];
		else {
			memcpy(t + o, "\xef\xbf\xbd", 3);
			o += 3;
		}
	}
	t[o] = 0;
	diag_report(&s->diag, KHALDUN_WARNING, st->file ? st->file : st->id, st->line, 0, NULL, 0,
		    "story \"%.80s\", sentence %zu: %zu NUL byte(s) stored as U+FFFD (PostgreSQL "
		    "text holds no NUL)", st->id, idx + 1, nul);
	return t;
}

/* The record of st coded into b, with st's dedup print when `print` (else none). */
static pg_record *build(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b,
			int print)
{
	arena *a = &s->pg->mem;
	pg_record *r = arena_alloc(a, sizeof *r);
	if (!r || (print && dedup_compute(st->text, st->text_len, &r->print)))
		return NULL;
	r->day = khaldun_batch_date(b);
	date_to_iso(r->day, r->iso);
	r->id = dup(a, st->id);
	r->source = dup(a, st->source);
	r->title = dup(a, st->title);
	r->url = dup(a, st->url);
	r->file = dup(a, st->file);
	r->line = st->line > 0 ? num(a, "%ld", st->line) : NULL;
	r->dict_version = s->dict_version[0] ? arena_strdup(a, s->dict_version) : NULL;
	const khaldun_sentence *sents;
	const khaldun_event *events;
	r->n_sent = khaldun_batch_sentences(b, &sents);
	r->n_ev = khaldun_batch_events(b, &events);
	r->sent = arena_alloc(a, (r->n_sent + 1) * sizeof *r->sent);
	r->ev = arena_alloc(a, (r->n_ev * PG_EV_COLS + 1) * sizeof *r->ev);
	if (!r->id || !r->sent || !r->ev)
		return NULL;
	for (size_t i = 0; i < r->n_sent; i++) {
		pg_sentence *o = &r->sent[i];
		o->text = sentence_text(s, a, &sents[i], st, i);
		o->outcome = store_outcome_name(sents[i].status, sents[i].outcome);
		o->first = sents[i].first_event;
		o->n = sents[i].n_events;
		if (!o->text || o->first + o->n > r->n_ev)
			return NULL;
	}
	for (size_t i = 0; i < r->n_ev; i++)
		if (event_values(s, a, &events[i], r->day, r->ev + i * PG_EV_COLS))
			return NULL;
	return r;
}

pg_record *pg_rec_build(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b)
{
	return build(s, st, b, 1);
}

pg_record *pg_rec_coded(khaldun_store *s, const khaldun_story *st, const khaldun_batch *b)
{
	return build(s, st, b, 0);
}
