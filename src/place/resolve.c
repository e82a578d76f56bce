/*
 * resolve.c - the place resolver: after a story is coded, finds where each event happened.
 * Mentions are locative phrases of each sentence (a preposition such as in/at/near/outside,
 * then within a few words a run of capitalised words the gazetteer knows: "in Kabul", "near
 * the border town of Chaman", "in Khost province") and the story's dateline ("KABUL (Reuters)
 * -"). Each mention's candidates are weighed with the event's actors' countries, the story's
 * other places, the dateline, the kind hint (province, city) and population (docs/places.md).
 * Invariant: the resolver only fills locations; it never reads or changes sources or targets,
 * so a place used as an actor ("Kabul accused Islamabad") stays as the coder made it.
 */
#include "place/place.h"
#include "base/buf.h"
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 400      /* words of a sentence looked at */
#define WINDOW 6           /* words after a preposition in which a place may start */
#define RUN 5              /* longest run of words looked up as one name */
#define CANDS 24           /* candidates weighed per mention */
#define MAX_MENTIONS 4096  /* per story; more are ignored */

enum { HINT_NONE, HINT_ADMIN1, HINT_CITY };

typedef struct {
	size_t sent;
	const char *text;      /* the words, in the sentence (or the dateline) */
	size_t len;
	size_t first, n;       /* its keys in the gazetteer */
	int hint;
	long fixed;            /* the place itself ("Cameroon's capital"), or -1 */
	int at;                /* after "at": a side's place too ("lashed out at Iran") */
} mention;

struct place_story {
	const khaldun_places *g;
	mention *m;
	size_t n, cap;
	long dateline;         /* the dateline's place, or -1 */
	const char *dl_text;
	size_t dl_len;
	char countries[64][4]; /* ISO3 of the story's places, for context */
	size_t ncountries;
	int context_done;
};

typedef struct {
	const char *p;
	size_t len;
	int cap, punct, poss;  /* capitalised; punctuation; ends in 's */
	char lc[16];           /* the word in lower case ("" when longer or in no list: wb_len) */
	unsigned lists;        /* the word lists below that hold lc (L_* bits) */
} word;

enum {
	L_LOCATIVE = 1u << 0,
	L_BETWEEN = 1u << 1,
	L_ADMIN1 = 1u << 2,
	L_CITY = 1u << 3,
	L_NOT_PLACE = 1u << 4,
	L_MODIFIER = 1u << 5,
	L_PLACE_VERB = 1u << 6,
	L_TO = 1u << 7,
};

static const char *const locative[] = { "in", "at", "near", "outside", "inside", "across",
	"throughout", "around", "within", NULL };
/* lower-case words that may stand between the preposition and the place */
static const char *const between[] = { "the", "a", "an", "of", "northern", "southern",
	"eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
	"central", "north", "south", "east", "west", "border", "city", "town", "village",
	"province", "region", "state", "capital", "port", "district", "restive", "nearby",
	"neighboring", "neighbouring", "disputed", "breakaway", "occupied", "frontline",
	"key", "strategic", "coastal", "remote", "tribal", "besieged", "embattled", "country's",
	"area", "areas", "outskirts", "heart", "center", "centre", "suburbs", "streets",
	"country", NULL };
static const char *const admin1_words[] = { "province", "provinces", "state", "states",
	"region", "regions",
	"governorate", "oblast", "prefecture", NULL };
static const char *const city_words[] = { "city", "town", "village", "capital", "port", NULL };
/* capitalised words that are names of places somewhere but, in news, mostly not places */
static const char *const not_places[] = { "january", "february", "march", "april", "may",
	"june", "july", "august", "september", "october", "november", "december", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "president",
	"minister", "prime", "reuters", "ap", "afp", "voa", "mr", "mrs", "ms", "dr", "general",
	"god", "islam", "christmas", "ramadan", "congress", "parliament", "senate", "white",
	"he", "she", "it", "they", "we", "i", "his", "her", "their", "a", "an", "this", "that",
	"one", "two", "three", "new", "state", "union", "council", "court", NULL };

/* lower-case words after a name that make it a modifier, not a place */
static const char *const modifiers[] = { "border", "borders", "government", "army", "forces",
	"officials", "authorities", "embassy", "consulate", "troops", NULL };
/* verbs whose object, when a place, is where the event happened ("shelled Kharkiv") */
static const char *const place_verbs[] = { "shelled", "bombed", "attacked", "struck", "raided",
	"stormed", "captured", "seized", "entered", "besieged", "invaded", "recaptured",
	"bombarded", "visited", "visit", "hit", "shelling", "bombing", NULL };
/* words before "to" that make it locative ("a visit to Beijing") */
static const char *const to_words[] = { "visit", "trip", "travelled", "traveled", "arrived",
	"flew", "returned", "deployed", "came", "went", NULL };

/* Every word of the lists above with the lists that hold it, in an open-addressing table
 * made once (pthread_once: coders on several threads share it); a word's lists are looked up
 * once, when the sentence is split, not once a list. The same once makes the byte classes of
 * words(). */
#define LIST_SLOTS 512
static struct { const char *w; unsigned lists, len; } list_slot[LIST_SLOTS];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;
/* words(): WB_WORD a byte of a word (letters, digits, ' . - and bytes >= 0x80), WB_E2 the
 * first byte of a typographic quote or dash (a word byte unless 0x80 follows), WB_PLAIN a
 * word byte that is not that one (a word goes on without a second look), WB_OPEN a
 * byte that opens a word (a word byte but ' and -), WB_BLANK a blank; wb_lower: the byte in
 * lower case (C locale: only A-Z change). */
enum { WB_WORD = 1, WB_E2 = 2, WB_OPEN = 4, WB_BLANK = 8, WB_PLAIN = 16 };
static uint8_t wb_class[256];
static unsigned char wb_lower[256];
/* bit n of wb_len[c]: a list word of n bytes starts with byte c (either case); a word that
 * fits none is in no list, without being folded and hashed */
static uint16_t wb_len[256];

static unsigned list_hash(const char *w, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 16777619u;
	return h & (LIST_SLOTS - 1);
}

static void lists_make(void)
{
	static const struct { const char *const *list; unsigned bit; } all[] = {
		{ locative, L_LOCATIVE },
		{ between, L_BETWEEN },
		{ admin1_words, L_ADMIN1 },
		{ city_words, L_CITY },
		{ not_places, L_NOT_PLACE },
		{ modifiers, L_MODIFIER },
		{ place_verbs, L_PLACE_VERB },
		{ to_words, L_TO },
	};
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		for (const char *const *l = all[i].list; *l; l++) {
			unsigned h = list_hash(*l, strlen(*l));
			while (list_slot[h].w && strcmp(list_slot[h].w, *l))
				h = (h + 1) & (LIST_SLOTS - 1);
			list_slot[h].w = *l;
			list_slot[h].len = (unsigned)strlen(*l);
			list_slot[h].lists |= all[i].bit;
			unsigned char c0 = (unsigned char)(*l)[0];
			wb_len[c0] |= (uint16_t)(1u << strlen(*l));
			if (c0 >= 'a' && c0 <= 'z')
				wb_len[c0 - ('a' - 'A')] |= (uint16_t)(1u << strlen(*l));
		}
	for (unsigned c = 0; c < 256; c++) {
		int wordb = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			   (c >= '0' && c <= '9') || c == '\'' || c == '.' || c == '-' || c >= 0x80;
		wb_class[c] = (uint8_t)((wordb ? WB_WORD : 0) | (c == 0xe2 ? WB_E2 : 0) |
					(wordb && c != '\'' && c != '-' ? WB_OPEN : 0) |
					(c == ' ' || c == '\t' || c == '\n' ||
					c == '\r' ? WB_BLANK : 0) |
					(wordb && c != 0xe2 ? WB_PLAIN : 0));
		wb_lower[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
	}
}

/* The L_* bits of the lists that hold lc (n bytes, in lower case; h: its list_hash). */
static unsigned lists_of(const char *lc, size_t n, unsigned h)
{
	for (; list_slot[h].w; h = (h + 1) & (LIST_SLOTS - 1))
		if (list_slot[h].len == n && !memcmp(list_slot[h].w, lc, n))
			return list_slot[h].lists;
	return 0;
}

/* 1 when w, in lower case, is a word of the lists `bits` */
static int word_in(const word *w, unsigned bits)
{
	return (w->lists & bits) != 0;
}

place_story *place_story_new(void)
{
	return calloc(1, sizeof(place_story));
}

void place_story_free(place_story *ps)
{
	if (!ps)
		return;
	free(ps->m);
	free(ps);
}

static int is_word_byte(unsigned char c)
{
	return (wb_class[c] & WB_WORD) != 0;
}

/* Splits s into words and punctuation; trailing dots (but for initials such as U.S.) and
 * possessive 's are taken off. Returns the count (at most max). One pass over each word's
 * bytes by a class table; its lower case and list hash in one more over at most 15 bytes. */
static size_t words(const char *s, size_t len, word *w, size_t max)
{
	pthread_once(&lists_once, lists_make);
	const unsigned char *us = (const unsigned char *)s;
	size_t n = 0, i = 0;
	while (i < len && n < max) {
		unsigned char c = us[i];
		uint8_t cc = wb_class[c];
		if (cc & WB_BLANK) {
			i++;
			continue;
		}
		size_t j = i;
		if (c == 0xe2 && i + 2 < len && us[i + 1] == 0x80) {
			j = i + 3;   /* a typographic quote or dash */
		} else if (cc & WB_OPEN) {
			/* word bytes, up to a typographic quote or dash (0xe2 0x80) */
			for (; j < len; j++) {
				uint8_t k = wb_class[us[j]];
				if (k & WB_PLAIN)
					continue;
				if (!(k & WB_WORD) || (j + 1 < len && us[j + 1] == 0x80))
					break;
			}
		} else {
			j = i + 1;
		}
		word *x = &w[n++];
		x->p = s + i;
		x->len = j - i;
		x->punct = !(cc & WB_OPEN) || j == i + 3 * (c == 0xe2);
		x->cap = !x->punct && c >= 'A' && c <= 'Z';
		x->poss = 0;
		if (!x->punct && x->len > 2 && x->p[x->len - 2] == '\'' &&
		    (x->p[x->len - 1] == 's' || x->p[x->len - 1] == 'S')) {
			x->len -= 2;
			x->poss = 1;
		}
		if (!x->punct && j + 3 < len && us[j] == 0xe2 &&
		    !memcmp(s + j, "\xe2\x80\x99", 3) &&
		    (s[j + 3] == 's' || s[j + 3] == 'S') &&
		    (j + 4 == len || !is_word_byte(us[j + 4]))) {
			x->poss = 1;   /* Kabul’s */
			j += 4;
		}
		if (!x->punct && x->len > 1 && x->p[x->len - 1] == '.' &&
		    !(x->len >= 3 && x->p[x->len - 3] == '.'))
			x->len--;
		size_t m = x->len < sizeof x->lc && (wb_len[(unsigned char)x->p[0]] >> x->len & 1) ?
			   x->len : 0;
		unsigned h = 2166136261u;
		for (size_t k = 0; k < m; k++) {
			unsigned char l = wb_lower[(unsigned char)x->p[k]];
			x->lc[k] = (char)l;
			h = (h ^ l) * 16777619u;
		}
		x->lc[m] = 0;
		x->lists = m ? lists_of(x->lc, m, h & (LIST_SLOTS - 1)) : 0;
		i = j;
	}
	return n;
}

/* Adds a mention of words w[a..b); returns 0 or -1. */
static int add(place_story *ps, size_t sent, const word *w, size_t a, size_t b,
	       size_t first, size_t n, int hint)
{
	if (ps->n >= MAX_MENTIONS || (ps->n && ps->m[ps->n - 1].sent == sent &&
					       ps->m[ps->n - 1].text == w[a].p))
		return 0;
	if (buf_grow_array(&ps->m, &ps->cap, ps->n, sizeof *ps->m, 32))
		return -1;
	mention *x = &ps->m[ps->n++];
	x->sent = sent;
	x->text = w[a].p;
	x->len = (size_t)(w[b - 1].p + w[b - 1].len - w[a].p);
	x->first = first;
	x->n = n;
	x->hint = hint;
	x->fixed = -1;
	x->at = 0;
	return 0;
}

/* The longest run of capitalised words from w[a] (at most RUN, stopping at a possessive)
 * that the gazetteer knows: sets *first and returns the number of keys, *end past the run. */
static size_t lookup_run(const khaldun_places *g, const word *w, size_t nw, size_t a,
			 size_t *end, size_t *first)
{
	size_t b = a;
	while (b < nw && b - a < RUN && (w[b].cap || (b > a && b + 1 < nw && w[b + 1].cap &&
	       (w[b].len <= 3 && !w[b].punct && !w[b].cap))) && !(b > a && w[b - 1].poss))
		b++;
	for (; b > a; b--) {
		if (!w[b - 1].cap)
			continue;
		if (b == a + 1 && word_in(&w[a], L_NOT_PLACE))
			return 0;
		char key[PLACE_KEY_MAX];
		size_t len = (size_t)(w[b - 1].p + w[b - 1].len - w[a].p);
		if (!place_fold(w[a].p, len, key, sizeof key))
			continue;
		size_t n = place_keys(g, key, first);
		if (!n)
			continue;
		/* "the Cato Institute", "the Pakistan Army", "the Cameroon border": not places */
		if (b < nw && !w[b - 1].poss && ((w[b].cap && !word_in(&w[b], L_NOT_PLACE)) ||
						 word_in(&w[b], L_MODIFIER)))
			return 0;
		*end = b;
		return n;
	}
	return 0;
}

static int hint_of(const word *w, size_t nw, size_t a, size_t end)
{
	if (end < nw && word_in(&w[end], L_ADMIN1))
		return HINT_ADMIN1;
	for (size_t k = a >= 3 ? a - 3 : 0; k < a; k++) {
		if (word_in(&w[k], L_ADMIN1))
			return HINT_ADMIN1;
		if (word_in(&w[k], L_CITY))
			return HINT_CITY;
	}
	return HINT_NONE;
}

static void capital_of(place_story *ps, const word *w, size_t nw, size_t end);

/* 1 when one of the n places of key `first` is a country, a region or a city of at least
 * 50,000 people: the object of "shelled" must be a place news would name without "in". */
static int notable(const khaldun_places *g, size_t first, size_t n)
{
	for (size_t k = first; k < first + n && k < first + CANDS; k++) {
		khaldun_place p;
		if (!place_get(g, place_key_place(g, k), &p) &&
		    (strcmp(p.kind, "city") || p.population >= 50000))
			return 1;
	}
	return 0;
}

/* The mentions that follow the preposition w[i]; returns 0 or -1. */
static int after_prep(place_story *ps, size_t sent, const word *w, size_t nw, size_t i)
{
	size_t k = i + 1, limit = i + 1 + WINDOW;
	while (k < nw && k < limit && !w[k].punct) {
		if (!w[k].cap) {
			if (!word_in(&w[k], L_BETWEEN))
				return 0;
			k++;
			continue;
		}
		size_t end, first, n = lookup_run(ps->g, w, nw, k, &end, &first);
		if (n && word_in(&w[i], L_PLACE_VERB) && !notable(ps->g, first, n))
			/* "attacked Taliban fighters": a village of Turkey is no place */
			return 0;
		if (!n) {
			while (k < nw && w[k].cap && !w[k].poss)
				/* a name the gazetteer does not know ("the Afghan capital") */
				k++;
			k += k < nw && w[k].poss;
			continue;
		}
		size_t had = ps->n;
		if (add(ps, sent, w, k, end, first, n, hint_of(w, nw, k, end)))
			return -1;
		if (ps->n > had)
			ps->m[had].at = w[i].len == 2 && (w[i].p[0] | 32) == 'a' &&
					(w[i].p[1] | 32) == 't';
		capital_of(ps, w, nw, end);
		/* "in Kabul, Afghanistan": the qualifier is a mention too */
		if (end + 1 < nw && w[end].len == 1 && w[end].p[0] == ',' && w[end + 1].cap) {
			size_t e2, f2, n2 = lookup_run(ps->g, w, nw, end + 1, &e2, &f2);
			if (n2 && add(ps, sent, w, end + 1, e2, f2, n2, HINT_NONE))
				return -1;
		}
		if (!w[end - 1].poss)
			return 0;
		k = end;   /* "in Afghanistan's Khost province": go on */
		limit = end + WINDOW;
	}
	return 0;
}

/* 1 when w[i] opens a locative phrase: in/at/near..., "city of", "a visit to", "shelled" */
static int opens_place(const word *w, size_t i)
{
	if (word_in(&w[i], L_LOCATIVE) || word_in(&w[i], L_PLACE_VERB))
		return 1;
	if (i == 0)
		return 0;
	if (w[i].len == 2 && !strncmp(w[i].p, "of", 2))
		return word_in(&w[i - 1], L_CITY) || word_in(&w[i - 1], L_ADMIN1);
	if (w[i].len == 2 && !strncmp(w[i].p, "to", 2))   /* "a visit by X to Y" */
		for (size_t k = i; k-- > 0 && i - k <= 2 * WINDOW && !w[k].punct; )
			if (word_in(&w[k], L_TO))
				return 1;
	return 0;
}

/* "X province", "X and Y regions": a run of capitalised words right before a region word is
 * a region wherever it stands. Returns 0 or -1. */
static int before_region(place_story *ps, size_t sent, const word *w, size_t i)
{
	for (size_t a = i >= RUN ? i - RUN : 0; a < i; a++) {
		size_t k = a;
		while (k < i && w[k].cap)
			k++;
		if (k != i)
			continue;
		char key[PLACE_KEY_MAX];
		size_t first, n;
		size_t len = (size_t)(w[i - 1].p + w[i - 1].len - w[a].p);
		if (place_fold(w[a].p, len, key, sizeof key) &&
		    (n = place_keys(ps->g, key, &first)))
			return add(ps, sent, w, a, i, first, n, HINT_ADMIN1);
	}
	return 0;
}

/* "Cameroon's capital": the capital of the country just named. */
static void capital_of(place_story *ps, const word *w, size_t nw, size_t end)
{
	mention *m = &ps->m[ps->n - 1];
	if (!w[end - 1].poss || end >= nw || w[end].len != 7 || strncmp(w[end].p, "capital", 7))
		return;
	for (size_t k = m->first; k < m->first + m->n && k < m->first + CANDS; k++) {
		long pl = place_key_place(ps->g, k);
		if ((place_kind(ps->g, pl) & 15) == PLACE_COUNTRY &&
		    place_capital(ps->g, pl) >= 0) {
			m->fixed = place_capital(ps->g, pl);
			m->len = (size_t)(w[end].p + w[end].len - m->text);
			return;
		}
	}
}

int place_story_sentence(place_story *ps, size_t sent, const char *s, size_t len)
{
	if (!ps->g)
		return 0;
	word w[MAX_WORDS];
	size_t nw = words(s, len, w, MAX_WORDS);
	for (size_t i = 0; i < nw; i++) {
		if (opens_place(w, i) && after_prep(ps, sent, w, nw, i))
			return -1;
		if (i && word_in(&w[i], L_ADMIN1) && w[i - 1].cap &&
		    before_region(ps, sent, w, i))
			return -1;
	}
	return 0;
}

/* The dateline: upper-case words at the very start, then "(", a dash or a comma and an
 * upper-case state ("WASHINGTON, D.C. -"). Sets ps->dateline. */
static void dateline(place_story *ps, const char *text, size_t len)
{
	size_t i = 0;
	while (i < len && (text[i] == ' ' || text[i] == '\n'))
		i++;
	size_t a = i, upper = 0;
	while (i < len && i - a < 40 && ((text[i] >= 'A' && text[i] <= 'Z') || text[i] == ' ' ||
					 text[i] == '.' || text[i] == '\'' || text[i] == '-')) {
		upper += text[i] >= 'A' && text[i] <= 'Z';
		i++;
	}
	size_t b = i;
	while (b > a && (text[b - 1] == ' ' || text[b - 1] == '-'))
		b--;
	if (upper < 3 || i >= len)
		return;
	const char *rest = text + i;
	size_t left = len - i;
	int dash = (left >= 3 && !memcmp(rest, "\xe2\x80", 2)) || rest[0] == '-' ||
		rest[0] == '(' ||
		   rest[0] == ',';
	/* a word of the sentence in capitals ("NATO SAID") is no dateline: the next word must
	 * not be lower case */
	if (!dash || b - a < 3 || (text[b - 1] < 'A' || text[b - 1] > 'Z'))
		return;
	char key[PLACE_KEY_MAX];
	size_t first;
	if (!place_fold(text + a, b - a, key, sizeof key) || !place_keys(ps->g, key, &first))
		return;
	ps->dateline = place_key_place(ps->g, first);
	double bw = -1;
	size_t n = place_keys(ps->g, key, &first);
	for (size_t k = first; k < first + n && k < first + CANDS; k++) {
		long p = place_key_place(ps->g, k);
		khaldun_place c;
		if (place_get(ps->g, p, &c))
			continue;
		double wt = log10((double)c.population + 10) + (c.capital ? 2 : 0) +
			    (!strcmp(c.kind, "country") ? 10 : 0);
		if (wt > bw) {
			bw = wt;
			ps->dateline = p;
		}
	}
	ps->dl_text = text + a;
	ps->dl_len = b - a;
}

int place_story_begin(place_story *ps, const khaldun_places *g, const char *text, size_t len)
{
	ps->g = g;
	ps->n = 0;
	ps->dateline = -1;
	ps->dl_text = NULL;
	ps->dl_len = 0;
	ps->ncountries = 0;
	ps->context_done = 0;
	if (g && text)
		dateline(ps, text, len);
	return 0;
}

/* 1 when iso3 is one of the n codes of list (4 bytes each) */
static int has_country(const char *list, size_t n, const char *iso3)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list + 4 * i, iso3))
			return 1;
	return 0;
}

static void note_country(place_story *ps, const char *iso3)
{
	if (*iso3 && ps->ncountries < 64 && !has_country(ps->countries[0], ps->ncountries, iso3))
		strcpy(ps->countries[ps->ncountries++], iso3);
}

/* The story's countries: the dateline's, named countries', and those of places whose name
 * has one candidate only. */
static void story_context(place_story *ps)
{
	khaldun_place p;
	if (ps->dateline >= 0 && !place_get(ps->g, ps->dateline, &p))
		note_country(ps, p.country);
	for (size_t i = 0; i < ps->n; i++) {
		const mention *m = &ps->m[i];
		for (size_t k = m->first; k < m->first + m->n && k < m->first + CANDS; k++) {
			long pl = place_key_place(ps->g, k);
			if ((m->n == 1 || (place_kind(ps->g, pl) & 15) == PLACE_COUNTRY) &&
			    !place_get(ps->g, pl, &p))
				note_country(ps, p.country);
		}
	}
	ps->context_done = 1;
}

typedef struct {
	char actors[2][4];
	size_t nactors;
} actor_ctx;

/* The weight of candidate p for a mention with `hint`: population, kind, context. */
static double weigh(const place_story *ps, const actor_ctx *ac, const khaldun_place *p,
		    int hint)
{
	double w = log10((double)p->population + 10);
	if (!strcmp(p->kind, "country"))
		w += 20;   /* an exact country name is the country */
	else if (!strcmp(p->kind, "admin1"))
		w += hint == HINT_ADMIN1 ? 8 : -1.5;
	else
		w += (hint == HINT_CITY ? 2 : 0) + (p->capital ? 1.5 : 0);
	if (has_country(ac->actors[0], ac->nactors, p->country))
		w += 2;
	if (has_country(ps->countries[0], ps->ncountries, p->country))
		w += 1.5;
	return w;
}

/* The best candidate of mention m; -1 when none. */
static long choose(const place_story *ps, const actor_ctx *ac, const mention *m, double *wt)
{
	long best = -1;
	double bw = -1e9;
	if (m->fixed >= 0) {
		*wt = 0;
		return m->fixed;
	}
	for (size_t k = m->first; k < m->first + m->n && k < m->first + CANDS; k++) {
		long pl = place_key_place(ps->g, k);
		khaldun_place p;
		if (place_get(ps->g, pl, &p))
			continue;
		double w = weigh(ps, ac, &p, m->hint);
		if (w > bw) {
			bw = w;
			best = pl;
		}
	}
	*wt = bw;
	return best;
}

static void fill(const khaldun_places *g, long pl, const char *text, size_t len,
		 khaldun_location *out, size_t *text_len)
{
	khaldun_place p;
	if (place_get(g, pl, &p))
		return;
	out->name = p.name;
	out->country = p.country;
	out->admin1 = p.admin1;
	out->lat = p.lat;
	out->lon = p.lon;
	out->geonameid = p.geonameid;
	out->precision = p.kind;
	out->text = text;
	*text_len = len;
}

static void actor_country(actor_ctx *ac, const khaldun_places *g, const char *code)
{
	char c[4];
	if (!code || strlen(code) < 3)
		return;
	memcpy(c, code, 3);
	c[3] = 0;
	if (place_country(g, c) >= 0 && !has_country(ac->actors[0], ac->nactors, c))
		strcpy(ac->actors[ac->nactors++], c);
}

/* misc49: 1 when mention m after "at" is the event's target's own words ("Iran lashed out at
 * Saudi Arabia": the side it is aimed at, not where it happened) */
static int target_mention(const mention *m, const char *target_text)
{
	if (!m->at || !target_text)
		return 0;
	size_t n = strlen(target_text);
	return n >= m->len && !memcmp(target_text + n - m->len, m->text, m->len);
}

void place_story_locate(place_story *ps, size_t sent, const char *source, const char *target,
			const char *target_text, const char *code, khaldun_location *out,
			size_t *text_len)
{
	memset(out, 0, sizeof *out);
	*text_len = 0;
	if (!ps->g)
		return;
	if (!ps->context_done)
		story_context(ps);
	actor_ctx ac = { .nactors = 0 };
	/* material conflict (roots 14-20) mostly happens where its target is; the rest where
	 * its source acts: that actor's country comes first */
	int material = code && code[0] && code[1] && (code[0] == '2' ||
			(code[0] == '1' && code[1] >= '4' && code[1] <= '9'));
	actor_country(&ac, ps->g, material ? target : source);
	actor_country(&ac, ps->g, material ? source : target);
	/* the most precise mention of the sentence, the first among equals */
	long best = -1;
	int best_rank = -1;
	const mention *bm = NULL;
	for (size_t i = 0; i < ps->n; i++) {
		const mention *m = &ps->m[i];
		if (m->sent != sent || target_mention(m, target_text))
			continue;
		double w;
		long pl = choose(ps, &ac, m, &w);
		int rank = (int)(place_kind(ps->g, pl) & 15);   /* country 0 < admin1 1 < city 2 */
		if (pl >= 0 && rank > best_rank) {
			best = pl;
			best_rank = rank;
			bm = m;
		}
	}
	if (bm) {
		fill(ps->g, best, bm->text, bm->len, out, text_len);
		return;
	}
	if (ps->dateline >= 0) {
		fill(ps->g, ps->dateline, ps->dl_text, ps->dl_len, out, text_len);
		return;
	}
	/* no place named: the country of the actor that comes first (above) */
	if (ac.nactors >= 1)
		fill(ps->g, place_country(ps->g, ac.actors[0]), NULL, 0, out, text_len);
}
