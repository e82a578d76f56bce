/*
 * merge.c - khaldun_store_merge (`khaldun merge`): the stories of several event stores (the
 * per-shard stores of `ingest --shard K/N`) put into one, as one ingest of the whole input
 * would have stored them. Stories are taken from all inputs in one canonical order - the input
 * ordinal ingest records (counted over every shard), then date, outlet, id, input - and each
 * goes through the put path (store_put_print) with what its input keeps: sentences, events,
 * text fingerprint and MinHash signature. Nothing is coded again; duplicates and near-duplicate
 * groups are found again in that order, so they come out as one run's.
 * Invariant: inputs are only read (a file that is not khaldun's, or of another schema, is
 * refused untouched before anything is written); a story already in the output is skipped.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/dedup.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/date.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The stories of an input in canonical order. */
static const char stories_sql[] =
	"SELECT s.id, s.ordinal, s.date, coalesce(s.source, ''), s.ext_id, s.title, s.url, "
	"s.file, s.line, s.fingerprint, s.words, s.signature, s.source IS NULL, s.dict_version "
	"FROM story s ORDER BY s.ordinal IS NULL, s.ordinal, s.date, "
	"coalesce(s.source, ''), s.ext_id, s.id";
enum { S_ROW, S_ORDINAL, S_DATE, S_SOURCE, S_ID, S_TITLE, S_URL, S_FILE, S_LINE, S_PRINT,
       S_WORDS, S_SIG, S_NO_SOURCE };

static const char sentences_sql[] =
	"SELECT idx, text, outcome FROM sentence WHERE story = ? ORDER BY idx";

/* The events a story reported, by sentence, in the order they were stored. */
static const char events_sql[] =
	"SELECT se.idx, e.source, e.target, e.code, e.attribution, e.date, e.time_shift, "
	"e.source_text, e.target_text, e.verb_text, e.pattern_file, e.pattern_line, "
	"e.pattern_entry, e.verb_file, e.verb_line, e.verb_entry, e.source_file, e.source_line, "
	"e.source_name, e.target_file, e.target_line, e.target_name, e.loc_name, e.loc_country, "
	"e.loc_admin1, e.loc_lat, e.loc_lon, e.loc_geonameid, e.loc_precision, e.loc_text, "
	"e.story IS NOT m.story FROM mention m JOIN sentence se ON se.id = m.sentence JOIN event e "
	"ON e.id = m.event WHERE m.story = ? ORDER BY se.idx, e.id";

/* One input: its store and its cursor over the stories. */
typedef struct {
	const char *path;
	khaldun_store *in;
	sqlite3_stmt *stories, *sentences, *events;
	int on_row;           /* the cursor is on a story */
} merge_input;

/* A story's parts as rebuilt from its input, in memory reused from story to story. */
typedef struct {
	arena mem;
	khaldun_sentence *sents;
	size_t n_sents, cap_sents;
	khaldun_event *events;
	size_t n_events, cap_events;
	size_t borrowed;      /* events that are the first report's rows, not the story's own */
} merge_buf;

static const char *text_col(arena *mem, sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? arena_strndup(mem, (const char *)t, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

static long long int_col(sqlite3_stmt *st, int i)
{
	return sqlite3_column_int64(st, i);
}

static long iso_day(const char *iso)
{
	return iso ? khaldun_parse_date(iso, strlen(iso)) : 0;
}

/* -1, 0, 1 as input a's story comes before, with, after input b's in canonical order. */
static int story_cmp(sqlite3_stmt *a, sqlite3_stmt *b)
{
	int na = sqlite3_column_type(a, S_ORDINAL) == SQLITE_NULL;
	int nb = sqlite3_column_type(b, S_ORDINAL) == SQLITE_NULL;
	if (na != nb)
		return na ? 1 : -1;
	long long oa = int_col(a, S_ORDINAL), ob = int_col(b, S_ORDINAL);
	if (!na && oa != ob)
		return oa < ob ? -1 : 1;
	static const int keys[] = { S_DATE, S_SOURCE, S_ID };
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		const char *x = (const char *)sqlite3_column_text(a, keys[k]);
		const char *y = (const char *)sqlite3_column_text(b, keys[k]);
		int c = strcmp(x ? x : "", y ? y : "");
		if (c)
			return c < 0 ? -1 : 1;
	}
	return 0;
}

/* Makes room for one more sentence and event; returns 0 or -1 without memory. */
static int grow(merge_buf *b)
{
	if (buf_grow_array(&b->sents, &b->cap_sents, b->n_sents, sizeof *b->sents, 64))
		return -1;
	return buf_grow_array(&b->events, &b->cap_events, b->n_events, sizeof *b->events, 64);
}

static void read_origin(arena *mem, sqlite3_stmt *q, int i, khaldun_origin *o, int entry)
{
	o->file = text_col(mem, q, i);
	o->line = (long)int_col(q, i + 1);
	o->entry = entry >= 0 ? text_col(mem, q, entry) : NULL;
}

/* One row of events_sql as the coder's event. */
static void read_event(arena *mem, sqlite3_stmt *q, khaldun_event *e)
{
	memset(e, 0, sizeof *e);
	e->source = text_col(mem, q, 1);
	e->target = text_col(mem, q, 2);
	e->code = text_col(mem, q, 3);
	e->attribution = text_col(mem, q, 4);
	e->date = iso_day((const char *)sqlite3_column_text(q, 5));
	e->time_shift = (int)int_col(q, 6);
	e->source_text = text_col(mem, q, 7);
	e->target_text = text_col(mem, q, 8);
	e->verb_text = text_col(mem, q, 9);
	read_origin(mem, q, 10, &e->pattern, 12);
	read_origin(mem, q, 13, &e->verb, 15);
	read_origin(mem, q, 16, &e->source_entry, 18);
	read_origin(mem, q, 19, &e->target_entry, 21);
	khaldun_location *l = &e->location;
	l->name = text_col(mem, q, 22);
	l->country = text_col(mem, q, 23);
	l->admin1 = text_col(mem, q, 24);
	l->lat = sqlite3_column_type(q, 25) == SQLITE_NULL ? NAN : sqlite3_column_double(q, 25);
	l->lon = sqlite3_column_type(q, 26) == SQLITE_NULL ? NAN : sqlite3_column_double(q, 26);
	l->geonameid = (long)int_col(q, 27);
	l->precision = text_col(mem, q, 28);
	l->text = text_col(mem, q, 29);
}

static enum khaldun_outcome outcome_of(const char *name, int *status)
{
	static const char *const names[] = { "coded", "discard", "complex", "too-short" };
	*status = KHALDUN_OK;
	for (int k = 0; k < 4; k++)
		if (name && !strcmp(name, names[k]))
			return (enum khaldun_outcome)k;
	*status = KHALDUN_ERR_FORMAT;   /* "error": the coder refused the sentence */
	return KHALDUN_CODED;
}

/* Reads the stored story `row` of input m into b: its sentences and, in each, the events it
 * reported (its own, or for a repeat those of its first report it shares). Returns 0, or -1
 * (SQLite's error pending, or out of memory with *nomem set). */
static int read_parts(merge_input *m, long long row, merge_buf *b, int *nomem)
{
	arena_reset(&b->mem);
	b->n_sents = b->n_events = b->borrowed = 0;
	sqlite3_stmt *q = m->sentences;
	sqlite3_bind_int64(q, 1, row);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (grow(b))
			break;
		khaldun_sentence *s = &b->sents[b->n_sents++];
		memset(s, 0, sizeof *s);
		s->text = text_col(&b->mem, q, 1);
		s->len = s->text ? strlen(s->text) : 0;
		s->outcome = outcome_of((const char *)sqlite3_column_text(q, 2), &s->status);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return *nomem = rc == SQLITE_ROW, -1;
	q = m->events;
	sqlite3_bind_int64(q, 1, row);
	size_t cur = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		size_t idx = (size_t)int_col(q, 0);
		if (idx >= b->n_sents || idx < cur)
			continue;   /* a repeat's mention of a sentence it does not have */
		if (grow(b))
			break;
		for (; cur < idx; cur++)
			b->sents[cur + 1].first_event = b->n_events;
		read_event(&b->mem, q, &b->events[b->n_events++]);
		b->borrowed += int_col(q, 30) != 0;
		b->sents[idx].n_events++;
	}
	sqlite3_reset(q);
	for (; cur + 1 < b->n_sents; cur++)
		b->sents[cur + 1].first_event = b->n_events;
	if (rc != SQLITE_DONE)
		return *nomem = rc == SQLITE_ROW, -1;
	return 0;
}

/* The input's story under the cursor as the reader would have given it, and its print. */
static void read_story(sqlite3_stmt *q, khaldun_story *st, dedup_print *p)
{
	memset(st, 0, sizeof *st);
	st->id = (const char *)sqlite3_column_text(q, S_ID);
	st->date = (const char *)sqlite3_column_text(q, S_DATE);
	st->day = iso_day(st->date);
	st->title = (const char *)sqlite3_column_text(q, S_TITLE);
	st->source = int_col(q, S_NO_SOURCE) ? NULL : (const char *)sqlite3_column_text(q,
		S_SOURCE);
	st->url = (const char *)sqlite3_column_text(q, S_URL);
	st->file = (const char *)sqlite3_column_text(q, S_FILE);
	st->line = (long)int_col(q, S_LINE);
	st->text = "";
	memset(p, 0, sizeof *p);
	const char *fp = (const char *)sqlite3_column_text(q, S_PRINT);
	snprintf(p->fingerprint, sizeof p->fingerprint, "%s", fp ? fp : "");
	p->words = (size_t)int_col(q, S_WORDS);
	const void *sig = sqlite3_column_blob(q, S_SIG);
	p->has_signature = sig && sqlite3_column_bytes(q, S_SIG) == DEDUP_HASHES * 4;
	if (p->has_signature) {
		dedup_sig_unpack(sig, p->sig);
		dedup_bands(p);
	}
}

/* 1 when a repeat in its input (near-duplicate or same text) shared events with its first
 * report there that are not all shared here: some were stored as new events, with the first
 * report's words, places and dictionary lines (the story's own were not kept). */
static int regrouped(const merge_buf *b, const khaldun_ingest_result *res)
{
	if (res->outcome == KHALDUN_INGEST_SAME_TEXT || res->outcome == KHALDUN_INGEST_SAME_ID)
		return 0;
	return b->borrowed > res->events - res->new_events;
}

/* Puts the story under m's cursor into out. Returns KHALDUN_OK or a negative code
 * (reported). */
static int merge_story(khaldun_store *out, merge_input *m, merge_buf *b, dedup_print *p,
		       khaldun_merge_counts *c)
{
	khaldun_story st;
	read_story(m->stories, &st, p);
	c->stories++;
	int has = khaldun_store_has_story(out, st.id ? st.id : "", st.source);
	if (has < 0)
		return has;
	if (has) {
		c->same_id++;
		return KHALDUN_OK;
	}
	int nomem = 0;
	if (read_parts(m, int_col(m->stories, S_ROW), b, &nomem))
		return nomem ? KHALDUN_ERR_NOMEM : store_fail(m->in, "reading a story");
	store_parts pt = { st.day, b->sents, b->n_sents, b->events };
	char keep[sizeof out->dict_version];
	memcpy(keep, out->dict_version, sizeof keep);
	const char *v = (const char *)sqlite3_column_text(m->stories, S_NO_SOURCE + 1);
	snprintf(out->dict_version, sizeof out->dict_version, "%s", v ? v : "");
	if (sqlite3_column_type(m->stories, S_ORDINAL) != SQLITE_NULL)
		out->ordinal = int_col(m->stories, S_ORDINAL);
	khaldun_ingest_result res;
	int rc = store_put_print(out, &st, &pt, p, &res);
	memcpy(out->dict_version, keep, sizeof keep);
	if (rc)
		return rc;
	switch (res.outcome) {
	case KHALDUN_INGEST_STORED: c->stored++; break;
	case KHALDUN_INGEST_SAME_ID: c->same_id++; break;
	case KHALDUN_INGEST_SAME_TEXT: c->same_text++; break;
	case KHALDUN_INGEST_NEAR: c->near++; break;
	}
	c->events += res.events;
	c->new_events += res.new_events;
	c->regrouped += regrouped(b, &res);
	return KHALDUN_OK;
}

/* Steps input m to its next story; returns 0 or a negative code (reported). */
static int advance(merge_input *m)
{
	int rc = sqlite3_step(m->stories);
	m->on_row = rc == SQLITE_ROW;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(m->in, "reading the stories");
}

/* The first value of sql on input m's database as text into out ("" when none). */
static void first_text(merge_input *m, const char *sql, char *out, size_t cap)
{
	sqlite3_stmt *q;
	out[0] = 0;
	if (sqlite3_prepare_v2(m->in->db, sql, -1, &q, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
		snprintf(out, cap, "%s", (const char *)sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
}

/* Opens input m read-only (refused untouched when it is not khaldun's or of another schema)
 * and starts its cursor; counts its imported events. Returns 0 or a negative code
 * (reported through out's sink). */
static int open_input(khaldun_store *out, merge_input *m, khaldun_merge_counts *c)
{
	int rc = khaldun_store_open(&m->in, m->path, 1, out->diag.fn, out->diag.ctx);
	if (rc)
		return rc;
	if (sqlite3_prepare_v2(m->in->db, stories_sql, -1, &m->stories, NULL) != SQLITE_OK
	    || sqlite3_prepare_v2(m->in->db, sentences_sql, -1, &m->sentences, NULL) != SQLITE_OK
	    || sqlite3_prepare_v2(m->in->db, events_sql, -1, &m->events, NULL) != SQLITE_OK)
		return store_fail(m->in, "reading the stories");
	char n[32];
	first_text(m, "SELECT count(*) FROM event WHERE dataset <> 'news'", n, sizeof n);
	c->imported = atol(n);
	return advance(m);
}

static void close_input(merge_input *m)
{
	sqlite3_finalize(m->stories);
	sqlite3_finalize(m->sentences);
	sqlite3_finalize(m->events);
	khaldun_store_free(m->in);
}

/* Warns when the inputs' stories were coded with more than one dictionary version. */
static void check_versions(khaldun_store *out, merge_input *in, size_t n)
{
	char lo[17] = "", hi[17] = "", a[17], z[17];
	int seen = 0;
	for (size_t i = 0; i < n; i++) {
		first_text(&in[i], "SELECT min(coalesce(dict_version, '')) FROM story", a,
			sizeof a);
		first_text(&in[i], "SELECT max(coalesce(dict_version, '')) FROM story", z,
			sizeof z);
		if (!seen || strcmp(a, lo) < 0)
			memcpy(lo, a, sizeof lo);
		if (!seen || strcmp(z, hi) > 0)
			memcpy(hi, z, sizeof hi);
		seen = 1;
	}
	if (strcmp(lo, hi))
		diag_report(&out->diag, KHALDUN_WARNING, out->path, 0, 0, NULL, 0,
			    "the inputs' stories were coded with more than one dictionary version "
			    "(%s ... %s): one ingest codes with one; "
			    "`khaldun recode` makes them alike",
			    lo[0] ? lo : "none", hi);
}

/* Takes the stories of every input in canonical order (story_cmp; ties: the earlier input). */
static int merge_all(khaldun_store *out, merge_input *in, size_t n, khaldun_merge_counts *c)
{
	merge_buf b;
	memset(&b, 0, sizeof b);
	arena_init(&b.mem, 64 * 1024);
	dedup_print *p = malloc(sizeof *p);
	int rc = p ? KHALDUN_OK : KHALDUN_ERR_NOMEM;
	while (!rc) {
		size_t best = n;
		for (size_t i = 0; i < n; i++)
			if (in[i].on_row && (best == n
					     || story_cmp(in[i].stories, in[best].stories) < 0))
				best = i;
		if (best == n)
			break;
		rc = merge_story(out, &in[best], &b, p, &c[best]);
		if (!rc)
			rc = advance(&in[best]);
	}
	int frc = khaldun_store_flush(out);
	free(p);
	free(b.sents);
	free(b.events);
	arena_free(&b.mem);
	return rc ? rc : frc;
}

int khaldun_store_merge(khaldun_store *out, const char *const *paths, size_t n,
			khaldun_merge_counts *counts)
{
	if (out && out->pg)
		return pg_unavailable(out, "merge");
	if (!out || !paths || !counts || out->read_only)
		return KHALDUN_ERR_ARG;
	memset(counts, 0, n * sizeof *counts);
	merge_input *in = calloc(n ? n : 1, sizeof *in);
	if (!in)
		return KHALDUN_ERR_NOMEM;
	int rc = KHALDUN_OK;
	for (size_t i = 0; i < n && !rc; i++) {
		in[i].path = paths[i];
		rc = open_input(out, &in[i], &counts[i]);
	}
	if (!rc) {
		check_versions(out, in, n);
		rc = merge_all(out, in, n, counts);
	}
	for (size_t i = 0; i < n; i++)
		close_input(&in[i]);
	free(in);
	return rc;
}
