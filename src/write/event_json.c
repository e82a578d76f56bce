/*
 * event_json.c - writes one coded event as one JSON object on one line (the output contract
 * of `khaldun code`). Members, in order: story, sentence, date, source, target, code, root,
 * quad, goldstein, plover, source_text, target_text, verb_text, sentence_text, evidence
 * {pattern, verb_entry, source_entry, target_entry, and context only when an actor came from
 * the story's context}, location {name, country, admin1, lat,
 * lon, geonameid, precision, text} (null: no place known; docs/places.md), then url,
 * time_shift and attribution only when present. Missing values are null.
 * Invariant: the output is always valid JSON in UTF-8 whatever the input bytes (control
 * characters are escaped, invalid UTF-8 becomes U+FFFD, as write/json.c does); nothing is
 * allocated: the object is built in one buffer on the stack and handed to the stream by one
 * fwrite (more only for objects longer than the buffer).
 */
#include "khaldun.h"
#include "base/date.h"
#include "base/utf8.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

/* The object being written: bytes gathered in b, written to fp when full and at the end. */
typedef struct {
	FILE *fp;
	size_t n;
	char b[8192];
} jw;

static void jw_flush(jw *w)
{
	if (w->n)
		fwrite(w->b, 1, w->n, w->fp);
	w->n = 0;
}

static void jw_put(jw *w, const char *p, size_t n)
{
	if (n > sizeof w->b - w->n) {
		jw_flush(w);
		if (n > sizeof w->b) {
			fwrite(p, 1, n, w->fp);
			return;
		}
	}
	memcpy(w->b + w->n, p, n);
	w->n += n;
}

static void jw_c(jw *w, char c)
{
	if (w->n == sizeof w->b)
		jw_flush(w);
	w->b[w->n++] = c;
}

#define jw_lit(w, s) jw_put((w), (s), sizeof(s) - 1)

/* An integer in decimal, as printf's %ld / %zu. */
static void jw_num(jw *w, int neg, unsigned long long v)
{
	char d[24];
	int k = (int)sizeof d;
	do {
		d[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (neg)
		d[--k] = '-';
	jw_put(w, d + k, sizeof d - (size_t)k);
}

static void jw_long(jw *w, long v)
{
	jw_num(w, v < 0, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
}

/* 1 for the bytes copied as they are inside a JSON string: printable ASCII but " and \. */
static const unsigned char plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* s[0..n) escaped for the inside of a JSON string: the rules of write/json.c's json_chars. */
static void jw_chars(jw *w, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0, i = 0;
	while (i < n) {
		if (i + 8 <= n && utf8_json_plain8(p + i, 1)) {
			i += 8;
			continue;
		}
		unsigned c = p[i];
		if (plain[c]) {
			i++;
			continue;
		}
		if (c >= 0x80) {
			size_t k = utf8_seq(p + i, n - i);   /* the readers' rules */
			if (k) {
				i += k;
				continue;
			}
		}
		jw_put(w, s + run, i - run);
		switch (c) {
		case '"': jw_lit(w, "\\\""); break;
		case '\\': jw_lit(w, "\\\\"); break;
		case '\n': jw_lit(w, "\\n"); break;
		case '\r': jw_lit(w, "\\r"); break;
		case '\t': jw_lit(w, "\\t"); break;
		case '\b': jw_lit(w, "\\b"); break;
		case '\f': jw_lit(w, "\\f"); break;
		default:
			if (c < 0x20 || c == 0x7F) {
				char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
				jw_put(w, e, 6);
			} else {
				jw_lit(w, UTF8_REPLACEMENT_BYTES);   /* an invalid byte */
			}
		}
		i++;
		run = i;
	}
	jw_put(w, s + run, n - run);
}

static void put_str(jw *w, const char *s, size_t n)
{
	jw_c(w, '"');
	jw_chars(w, s, n);
	jw_c(w, '"');
}

/* ,"name": (no comma when first); name is a plain ASCII string literal, so the member's
 * bytes are one literal of known length: ,"name": */
#define MEMBER_LIT(name) ",\"" name "\":"
#define member(w, name, first) \
	member_lit((w), MEMBER_LIT(name) + !!(first), sizeof MEMBER_LIT(name) - 1 - !!(first))
static inline void member_lit(jw *w, const char *lit, size_t n)
{
	jw_put(w, lit, n);
}

#define str_or_null(w, name, s) \
	str_or_null_lit((w), MEMBER_LIT(name), sizeof MEMBER_LIT(name) - 1, (s))
static void str_or_null_lit(jw *w, const char *lit, size_t n, const char *s)
{
	jw_put(w, lit, n);
	if (s)
		put_str(w, s, strlen(s));
	else
		jw_lit(w, "null");
}

#define origin(w, name, o, first) \
	origin_lit((w), MEMBER_LIT(name) + !!(first), sizeof MEMBER_LIT(name) - 1 - !!(first), (o))
static void origin_lit(jw *w, const char *lit, size_t n, const khaldun_origin *o)
{
	jw_put(w, lit, n);
	if (o->file) {
		jw_c(w, '"');
		jw_chars(w, o->file, strlen(o->file));
		jw_c(w, ':');
		jw_long(w, o->line);
		jw_c(w, '"');
	} else {
		jw_lit(w, "null");
	}
}

/* printf's rendering of a double (the exact digits matter: keep printf's rounding). */
static void jw_fmt(jw *w, const char *fmt, double a)
{
	char t[48];
	int k = snprintf(t, sizeof t, fmt, a);
	if (k > 0)
		jw_put(w, t, (size_t)k < sizeof t ? (size_t)k : sizeof t - 1);
}

/* x as printf's "%.1f" (dec 1) or "%.5f" (dec 5), the same bytes, without printf where the
 * rounding is certain: |x| * 10^dec is below 1e9, so the product is within 1e-7 of the exact
 * one, and its fraction is not within 1e-6 of a half (a near tie goes to printf, which rounds
 * the exact binary value). The sign is printf's: '-' whenever the sign bit is set. */
static void jw_fixed(jw *w, double x, int dec)
{
	static const char *const fmt[] = { NULL, "%.1f", NULL, NULL, NULL, "%.5f" };
	double y = fabs(x) * (dec == 1 ? 10.0 : 100000.0);
	double f = floor(y), frac = y - f;
	if (!(y < 1e9) || fabs(frac - 0.5) < 1e-6) {   /* NaN and infinities too */
		jw_fmt(w, fmt[dec], x);
		return;
	}
	unsigned long v = (unsigned long)f + (frac > 0.5);
	char d[24];
	int k = (int)sizeof d;
	for (int i = 0; i < dec; i++) {
		d[--k] = (char)('0' + v % 10);
		v /= 10;
	}
	d[--k] = '.';
	do {
		d[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (signbit(x))
		d[--k] = '-';
	jw_put(w, d + k, sizeof d - (size_t)k);
}

static void location(jw *w, const khaldun_location *l)
{
	member(w, "location", 0);
	if (!l->name) {
		jw_lit(w, "null");
		return;
	}
	jw_c(w, '{');
	member(w, "name", 1);
	put_str(w, l->name, strlen(l->name));
	str_or_null(w, "country", l->country);
	str_or_null(w, "admin1", l->admin1);
	jw_lit(w, ",\"lat\":");
	jw_fixed(w, l->lat, 5);
	jw_lit(w, ",\"lon\":");
	jw_fixed(w, l->lon, 5);
	jw_lit(w, ",\"geonameid\":");
	if (l->geonameid)
		jw_long(w, l->geonameid);
	else
		jw_lit(w, "null");
	str_or_null(w, "precision", l->precision);
	str_or_null(w, "text", l->text);
	jw_c(w, '}');
}

/* The members from "code" to "sentence_text". */
static void middle(jw *w, const khaldun_event *e, const khaldun_cameo_info *info,
		   const char *sentence, size_t sentence_len)
{
	str_or_null(w, "code", e->code);
	str_or_null(w, "root", info->root[0] ? info->root : NULL);
	member(w, "quad", 0);
	if (info->quad)
		jw_long(w, info->quad);
	else
		jw_lit(w, "null");
	member(w, "goldstein", 0);
	if (info->has_goldstein)
		jw_fixed(w, info->goldstein == 0 ? 0.0 : info->goldstein, 1);
	else
		jw_lit(w, "null");
	str_or_null(w, "plover", info->plover);
	str_or_null(w, "source_text", e->source_text);
	str_or_null(w, "target_text", e->target_text);
	str_or_null(w, "verb_text", e->verb_text);
	member(w, "sentence_text", 0);
	if (sentence)
		put_str(w, sentence, sentence_len);
	else
		jw_lit(w, "null");
}

int khaldun_event_write_json(FILE *fp, const khaldun_story *story, size_t sentence_index,
			     const char *sentence, size_t sentence_len, const khaldun_event *e,
			     const khaldun_cameo *t)
{
	if (!fp || !e)
		return KHALDUN_ERR_ARG;
	khaldun_cameo_info info;
	khaldun_cameo_lookup(t, e->code, &info);
	char date[11];
	jw w;
	w.fp = fp;
	w.n = 0;

	jw_lit(&w, "{\"story\":");
	if (story && story->id)
		put_str(&w, story->id, strlen(story->id));
	else
		jw_lit(&w, "null");
	member(&w, "sentence", 0);
	jw_num(&w, 0, sentence_index);
	member(&w, "date", 0);
	if (!date_to_iso(e->date, date))
		put_str(&w, date, 10);
	else
		jw_lit(&w, "null");
	str_or_null(&w, "source", e->source);
	str_or_null(&w, "target", e->target);
	middle(&w, e, &info, sentence, sentence_len);
	member(&w, "evidence", 0);
	jw_c(&w, '{');
	origin(&w, "pattern", &e->pattern, 1);
	origin(&w, "verb_entry", &e->verb, 0);
	origin(&w, "source_entry", &e->source_entry, 0);
	origin(&w, "target_entry", &e->target_entry, 0);
	if (e->context)
		str_or_null(&w, "context", e->context);
	jw_c(&w, '}');
	location(&w, &e->location);
	if (story && story->url)
		str_or_null(&w, "url", story->url);
	if (e->time_shift) {
		member(&w, "time_shift", 0);
		jw_long(&w, e->time_shift);
	}
	if (e->attribution)
		str_or_null(&w, "attribution", e->attribution);
	jw_lit(&w, "}\n");
	jw_flush(&w);
	return ferror(fp) ? KHALDUN_ERR_IO : KHALDUN_OK;
}
