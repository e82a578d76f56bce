/*
 * pipeline.c - the seam between reading and storing: one story in, one batch of events out
 * (khaldun_code_story). Every command that codes goes through here: `code` writes the batch,
 * `ingest` (and recode) hand it to the store, which only writes batches and never codes.
 * The story's date is resolved here, once: the reader's parsed date, or for a TABARI record the
 * date digits read under the coder's SET: YYYY option.
 * Invariant: a batch owns copies of everything it holds (sentences, event strings), so it
 * stays valid after the coder, the reader and the story move on, until it is cleared or freed.
 */
#include "khaldun.h"
#include "base/arena.h"
#include "base/buf.h"
#include "coder/coder.h"
#include "place/place.h"
#include <stdlib.h>
#include <string.h>

struct khaldun_batch {
	arena mem;                    /* strings of the current story */
	long date;
	khaldun_sentence *sentences;
	size_t n_sentences, cap_sentences;
	khaldun_event *events;
	size_t n_events, cap_events;
	int failed;                   /* out of memory while filling */
	place_story *places;          /* the resolver's mentions of the current story */
};

int khaldun_batch_new(khaldun_batch **out)
{
	*out = calloc(1, sizeof **out);
	if (!*out)
		return KHALDUN_ERR_NOMEM;
	arena_init(&(*out)->mem, 64 * 1024);
	return KHALDUN_OK;
}

void khaldun_batch_free(khaldun_batch *b)
{
	if (!b)
		return;
	arena_free(&b->mem);
	place_story_free(b->places);
	free(b->sentences);
	free(b->events);
	free(b);
}

static void batch_clear(khaldun_batch *b)
{
	arena_reset(&b->mem);
	b->date = 0;
	b->n_sentences = b->n_events = 0;
	b->failed = 0;
}

long khaldun_batch_date(const khaldun_batch *b)
{
	return b->date;
}

size_t khaldun_batch_sentences(const khaldun_batch *b, const khaldun_sentence **out)
{
	*out = b->sentences;
	return b->n_sentences;
}

size_t khaldun_batch_events(const khaldun_batch *b, const khaldun_event **out)
{
	*out = b->events;
	return b->n_events;
}

static const char *copy(khaldun_batch *b, const char *s)
{
	if (!s)
		return NULL;
	const char *c = arena_strdup(&b->mem, s);
	if (!c)
		b->failed = 1;
	return c;
}

static void copy_origin(khaldun_batch *b, khaldun_origin *o)
{
	o->file = copy(b, o->file);
	o->entry = copy(b, o->entry);
}

static void add_event(khaldun_batch *b, const khaldun_event *e)
{
	if (buf_grow_array(&b->events, &b->cap_events, b->n_events, sizeof *b->events, 32)) {
		b->failed = 1;
		return;
	}
	khaldun_event *c = &b->events[b->n_events++];
	*c = *e;
	c->source = copy(b, e->source);
	c->target = copy(b, e->target);
	c->code = copy(b, e->code);
	c->attribution = copy(b, e->attribution);
	c->source_text = copy(b, e->source_text);
	c->target_text = copy(b, e->target_text);
	c->verb_text = copy(b, e->verb_text);
	c->context = copy(b, e->context);
	copy_origin(b, &c->pattern);
	copy_origin(b, &c->verb);
	copy_origin(b, &c->source_entry);
	copy_origin(b, &c->target_entry);
	memset(&c->location, 0, sizeof c->location);
}

/* Where each event happened (place/resolve.c): the story's mentions, sentence by sentence,
 * then each event placed with them; strings copied into the batch. */
static void locate_events(khaldun_batch *b, const khaldun_places *g, const khaldun_story *st)
{
	if (!b->places && !(b->places = place_story_new())) {
		b->failed = 1;
		return;
	}
	place_story_begin(b->places, g, st->text, st->text_len);
	for (size_t i = 0; i < b->n_sentences; i++)
		if (place_story_sentence(b->places, i, b->sentences[i].text, b->sentences[i].len))
			b->failed = 1;
	for (size_t i = 0; i < b->n_sentences; i++) {
		const khaldun_sentence *s = &b->sentences[i];
		for (size_t k = s->first_event; k < s->first_event + s->n_events; k++) {
			khaldun_event *e = &b->events[k];
			khaldun_location l;
			size_t tl;
			place_story_locate(b->places, i, e->source, e->target,
					   e->target_text, e->code, &l, &tl);
			if (!l.name)
				continue;
			l.name = copy(b, l.name);
			l.country = copy(b, l.country);
			l.admin1 = copy(b, l.admin1);
			l.precision = copy(b, l.precision);
			if (l.text && !(l.text = arena_strndup(&b->mem, l.text, tl)))
				b->failed = 1;
			e->location = l;
		}
	}
}

typedef struct {
	khaldun_coder *coder;
	khaldun_batch *batch;
	const char *id;
	const char *text;   /* the story's text */
	size_t text_len;
	size_t dateline;    /* bytes of its dateline (khaldun_dateline), 0 without one */
} story_ctx;

/* Codes one sentence (or part of one) and appends it, and its events, to the batch. */
static void code_part(story_ctx *cx, const char *text, size_t len, unsigned part,
		      const char *cut_by)
{
	khaldun_batch *b = cx->batch;
	if (b->failed || buf_grow_array(&b->sentences, &b->cap_sentences, b->n_sentences,
				       sizeof *b->sentences, 32)) {
		b->failed = 1;
		return;
	}
	khaldun_sentence *s = &b->sentences[b->n_sentences++];
	memset(s, 0, sizeof *s);
	s->text = arena_strndup(&b->mem, text, len);
	s->len = len;
	s->first_event = b->n_events;
	s->part = part;
	s->cut_by = cut_by;
	if (!s->text) {
		b->failed = 1;
		return;
	}
	if (cx->text && text >= cx->text && text + len <= cx->text + cx->text_len) {
		cx->coder->ahead = text + len;   /* coref83: what follows, for a quote's speaker */
		cx->coder->ahead_len = (size_t)(cx->text + cx->text_len - (text + len));
	}
	if (cx->dateline && text >= cx->text && text < cx->text + cx->dateline) {
		/* the dateline as blanks: the sentence's words keep their offsets */
		char *t = arena_strndup(&b->mem, text, len);
		if (!t) {
			b->failed = 1;
			return;
		}
		size_t k = (size_t)(cx->text + cx->dateline - text);
		memset(t, ' ', k < len ? k : len);
		text = t;
	}
	const khaldun_result *res;
	s->status = khaldun_code_sentence(cx->coder, text, len, b->date, cx->id, &res);
	cx->coder->ahead = NULL;
	cx->coder->ahead_len = 0;
	if (s->status != KHALDUN_OK)
		return;
	s->outcome = res->outcome;
	s->reason = res->reason;
	s->cut = res->cut;
	s->events_dropped = res->events_dropped;
	for (size_t i = 0; i < res->n_events; i++)
		add_event(b, &res->events[i]);
	s->n_events = b->n_events - s->first_event;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* Codes text in parts of at most the coder's limits, numbered from *part on, each cut after a
 * line or before a word (coder_fit); why: the limit that made the first cut. */
static void code_parts(story_ctx *cx, const char *text, size_t len, unsigned *part,
		       const char *why)
{
	while (len > 0 && is_blank(*text))
		text++, len--;
	while (len > 0 && !cx->batch->failed) {
		const char *w;
		size_t fit = coder_fit(cx->coder, text, len, &w);
		code_part(cx, text, fit, (*part)++, w ? w : why);
		text += fit;
		len -= fit;
		while (len > 0 && is_blank(*text))   /* blanks between parts belong to neither */
			text++, len--;
	}
}

/* A cut-off heading is at most HEADING_WORDS words (the splitter's subheadings: sentence.c). */
enum { HEADING_WORDS = 6 };

/* 1 when a word of text[0..len) ends in -ed (`praised`): a past deed, told by a sentence that
 * lost its stop, not by a heading (headings speak in the present: `China hopes`). */
static int has_past_word(const char *text, size_t len)
{
	for (size_t i = 2; i < len; i++)
		if ((i + 1 == len || is_blank(text[i + 1]) || text[i + 1] == ',')
		    && text[i] == 'd' && text[i - 1] == 'e' && i >= 3
		    && text[i - 2] >= 'a' && text[i - 2] <= 'z')
			return 1;
	return 0;
}

/* 1 when the sentence text[0..len) is a heading cut off inside a story (fragment116): not the
 * story's first sentence (a headline may be coded) nor its last (a heading labels what
 * follows), one line of 1 to HEADING_WORDS words with no final stop (. ! ? or a closing quote
 * or bracket), no quote mark and no past in -ed (has_past_word). A heading is a label of the
 * story's next part (`US support crucial`), no report of a deed: it codes nothing. */
static int heading_fragment(const story_ctx *cx, const char *text, size_t len)
{
	if (cx->batch->n_sentences == 0 || !cx->text || text < cx->text
	    || text + len > cx->text + cx->text_len)
		return 0;
	const char *end = cx->text + cx->text_len, *q = text + len;
	while (q < end && is_blank(*q))
		q++;
	if (q == end)   /* the story's last words */
		return 0;
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	if (has_past_word(text, len))
		return 0;
	if (len == 0 || strchr(".!?)]'\"", text[len - 1])
	    || (unsigned char)text[len - 1] >= 0x80)   /* a closing curly quote, an ellipsis */
		return 0;
	size_t words = 0;
	int in_word = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\n' || c == '"' || (c == 0xE2 && i + 2 < len
					      && (unsigned char)text[i + 1] == 0x80
					      && ((unsigned char)text[i + 2] & 0xFC) == 0x9C))
			return 0;   /* two lines, or a quote (U+201C..U+201F) */
		int blank = is_blank(text[i]);
		words += !blank && !in_word;
		in_word = !blank;
	}
	return words <= HEADING_WORDS;
}

/* Drops the events of the batch's last sentence, saying why. */
static void drop_last_events(khaldun_batch *b, const char *why)
{
	khaldun_sentence *s = &b->sentences[b->n_sentences - 1];
	if (!s->n_events)
		return;
	b->n_events = s->first_event;
	s->n_events = 0;
	s->reason = why;
}

/* Codes one sentence of the story. One longer than the coder's sentence or tokens limit is
 * coded in parts (each a sentence of the batch, numbered by `part`), never cut: when it holds
 * line breaks (headlines without final stops), each line is a part; else (and for a line
 * still too long) the parts are cut before a word. */
static void code_sentence(void *vctx, const char *text, size_t len)
{
	story_ctx *cx = vctx;
	const char *why;
	size_t fit = coder_fit(cx->coder, text, len, &why);
	if (fit >= len) {
		int heading = heading_fragment(cx, text, len);
		code_part(cx, text, len, 0, NULL);
		if (heading && !cx->batch->failed)
			drop_last_events(cx->batch, "every event dropped: a heading cut off inside "
					 "the story (a label, no report)");
		return;
	}
	unsigned part = 1;
	const char *nl;
	while (len > 0 && (nl = memchr(text, '\n', len)) != NULL) {
		code_parts(cx, text, (size_t)(nl - text), &part, why);
		len -= (size_t)(nl + 1 - text);
		text = nl + 1;
	}
	code_parts(cx, text, len, &part, why);
}

/* The country (ISO3, into cc[4]) of a dateline's place words t[0..n) ("BLANTYRE", "Malawi"):
 * the gazetteer's best candidate (a country, else the most populous, a capital first); ""
 * when the gazetteer has none. */
static void place_words_country(const khaldun_places *g, const char *t, size_t n, char *cc)
{
	khaldun_place p;
	cc[0] = 0;
	while (n > 0 && is_blank(t[n - 1]))
		n--;
	size_t k = n ? khaldun_places_find(g, t, n, NULL, &p, 1) : 0;
	if (k == 0 || k == KHALDUN_PLACES_NOMEM || !p.country || strlen(p.country) != 3)
		return;
	memcpy(cc, p.country, 4);
}

/* 1 when t[i] ends a dateline's place words: its agency's "(", its dash (" -", "--", an en
 * or em dash), not a hyphen inside a name ("PORT-AU-PRINCE"). */
static int dateline_end(const char *t, size_t n, size_t i)
{
	return t[i] == '(' || (unsigned char)t[i] == 0xE2 ||
	       (t[i] == '-' && (i + 1 >= n || t[i + 1] == ' ' || t[i + 1] == '-'));
}

/* dateline123: the country of the dateline t[0..n) (khaldun_dateline) as the story's setting
 * (coder/context.c): "BLANTYRE, MALAWI -" and "BLANTYRE -" say Malawi; "KYIV, Ukraine (AP) -"
 * Ukraine; the part after the comma is the country or region, so it speaks first. The
 * gazetteer turns the place into its country; no place in it (an agency alone): no setting. */
static void dateline_setting(khaldun_coder *c, const char *t, size_t n)
{
	const khaldun_places *g = c->d->places;
	size_t a = 0, e;
	char cc[4] = "";
	while (a < n && is_blank(t[a]))
		a++;
	for (e = a; e < n && t[e] != ',' && !dateline_end(t, n, e); e++)
		;
	if (e < n && t[e] == ',') {
		size_t b = e + 1, f;
		for (f = b; f < n && !dateline_end(t, n, f); f++)
			;
		while (b < f && is_blank(t[b]))
			b++;
		place_words_country(g, t + b, f - b, cc);
	}
	if (!cc[0])
		place_words_country(g, t + a, e - a, cc);
	if (cc[0])
		context_set_setting(c, cc);
}

long khaldun_story_date(const khaldun_coder *c, const khaldun_story *st)
{
	if (st->day)
		return st->day;
	if (st->record_date)
		return khaldun_coder_record_date(c, st->record_date);
	return 0;
}

int khaldun_code_story(khaldun_coder *c, const khaldun_story *st, khaldun_batch *b)
{
	if (!c || !st || !b || (!st->text && st->text_len))
		return KHALDUN_ERR_ARG;
	batch_clear(b);
	b->date = khaldun_story_date(c, st);
	if (!b->date)
		return KHALDUN_ERR_FORMAT;
	story_ctx cx = { c, b, st->id, st->text, st->text_len, 0 };
	if (st->text)
		cx.dateline = khaldun_dateline(st->text, st->text_len);
	context_begin(c);   /* the story's sentences share their context (coder/context.c) */
	if (cx.dateline && c->d->places)
		dateline_setting(c, st->text, cx.dateline);
	if (st->one_sentence)
		code_sentence(&cx, st->text, st->text_len);
	else
		khaldun_split_sentences(st->text, st->text_len, code_sentence, &cx);
	context_end(c);
	if (c->d->places && b->n_events && !b->failed)
		locate_events(b, c->d->places, st);
	return b->failed ? KHALDUN_ERR_NOMEM : KHALDUN_OK;
}
