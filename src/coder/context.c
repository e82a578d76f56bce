/*
 * context.c - the countries of bare actors, for our dictionaries only (KHALDUN: OPEN ACTORS
 * without FORWARD; never TABARI projects or `khaldun validate`), after a sentence is coded:
 * the place of its own clause (parse only), then story context: a person named before, the
 * story's dominant country for a bare institution, the previous subject for a pronoun, from
 * what the earlier sentences told (docs/coder.md, "Story context"); last, the one country
 * the sentence names, in any sentence. Invariant: context lives between context_begin and
 * context_end (one story, one coder, so `-j 1` = `-j N`); a story's first sentence, and one
 * coded alone, see no story context, only their own sentence's; every actor given a country
 * here says why in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The sectors of a bare domestic institution, role or group: each belongs to a country
 * (armed groups, criminals, civilians and the opposition of a story are its own; so are its
 * schools and students, hospitals and doctors, workers and unions: "kidnappings of school
 * children" in a Nigerian story, "occupied 36 hospitals"). Not the media, firms, NGOs or
 * refugees, who are often foreign. */
static const char *const domestic[] = { "GOV", "MIL", "COP", "JUD", "LEG", "SPY",
					 "REB", "INS", "CRM", "CVL", "OPP", "EDU", "HLH",
					 "LAB", NULL };

/* Between stories the context is all zero (the coder is calloc'd and context_end clears
 * it), and only a story coded with it on writes to it (every writer runs under ctx.on): so
 * neither end clears its 4 KB for the stories of TABARI projects, one record each. */
void context_begin(khaldun_coder *c)
{
	c->ctx.on = (c->o.news & NEWS_OPEN_ACTORS) && !c->o.forward;
}

void context_end(khaldun_coder *c)
{
	if (c->ctx.on)
		memset(&c->ctx, 0, sizeof c->ctx);
}

/* dateline123: keeps the dateline's country ("BLANTYRE —": MWI) as the story's setting, which
 * context_story_country ranks below the countries the actors name. */
void context_set_setting(khaldun_coder *c, const char *cc)
{
	if (c->ctx.on && strlen(cc) == 3)
		memcpy(c->ctx.setting, cc, 4);
}

/* The country the story's actors named most, when it was named at least twice and at least
 * twice as often as any other (the dateline's country, x->setting, counts as one naming more
 * when plus is 1); NULL when no country dominates. */
static const char *dominant_country(const coder_context *x, int plus, int *times)
{
	int best = -1, second = 0;
	*times = 0;
	for (int k = 0; k < x->ncc; k++) {
		int n = x->count[k] + (plus && !strcmp(x->cc[k], x->setting));
		if (best < 0 || n > *times) {
			if (best >= 0)
				second = *times;
			best = k;
			*times = n;
		} else if (n > second) {
			second = n;
		}
	}
	if (best < 0 || *times < 2 || *times < 2 * second)
		return NULL;
	return x->cc[best];
}

/* The story's country so far: the country its actors named most, when it was named at least
 * twice and at least twice as often as any other; else dateline123's setting, the dateline's
 * country ("ISLAMABAD -"), when the actors named no country yet (*times 0), or when counting
 * the dateline as one naming more makes its country dominate ("ISLAMABAD -" and one
 * Pakistani actor); NULL when no country dominates. A country the story names ranks above
 * the dateline: "WASHINGTON -" and two Iranian actors make an Iranian story. */
const char *context_story_country(const coder_context *x, int *times)
{
	int n = 0;
	const char *cc = dominant_country(x, 0, &n);
	if (!cc && x->setting[0] && (cc = x->ncc ? dominant_country(x, 1, &n) : x->setting))
		n -= x->ncc > 0;   /* the actors' namings, without the dateline's */
	if (cc)
		*times = n;
	return cc;
}

/* Why the story's country cc (context_story_country, its actors' namings `times`) is the
 * story's, into why[0..cap): "(named by 4 actors in the 2 sentences before)", "(named by 1
 * actors in the 1 sentences before and by its dateline)", "(its dateline's)". */
void context_story_why(const coder_context *x, const char *cc, int times, char *why, size_t cap)
{
	if (!times)
		snprintf(why, cap, "(its dateline's)");
	else
		snprintf(why, cap, "(named by %d actors in the %d sentences before%s)", times,
			 x->sentences, strcmp(cc, x->setting) ? "" : " and by its dateline");
}

/* coref84: 1 when the plural at text + w (of the phrase text) is one cabinet's members:
 * "ministers" right after "government" or "cabinet" ("Government ministers say ...", "two
 * cabinet ministers resigned": one state's), not "foreign ministers" nor "the two ministers".
 */
static int one_cabinet(const char *text, size_t w)
{
	static const char *const cabinet[] = { "government", "cabinet", NULL };
	size_t e = w;
	while (e && text[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b && isalpha((unsigned char)text[b - 1]))
		b--;
	if (strncasecmp(text + w, "ministers", 9) || e == w || b == e)
		return 0;
	for (int k = 0; cabinet[k]; k++)
		if (strlen(cabinet[k]) == e - b && !strncasecmp(text + b, cabinet[k], e - b))
			return 1;
	return 0;
}

/* "the three military-led nations", "Western governments", "the two presidents", "other
 * countries' imposition of ...": more than one country (a word of the phrase before " of ");
 * with cabinet 1, not one cabinet's "government ministers" (one_cabinet). */
static int plural_of_states(const char *text, int cabinet)
{
	static const char *const many[] = { "nations", "countries", "states", "governments",
					    "allies", "powers", "presidents", "ministers",
					    "counterparts", NULL };
	if (!text)
		return 0;
	const char *of = strstr(text, " of ");
	size_t n = of ? (size_t)(of - text) : strlen(text);
	for (size_t w = 0; w < n;) {
		size_t m = w;
		while (m < n && isalpha((unsigned char)text[m]))
			m++;
		for (int k = 0; many[k] && m > w; k++)
			if (strlen(many[k]) == m - w && !strncasecmp(text + w, many[k], m - w) &&
			    !(cabinet && one_cabinet(text, w)))
				return 1;
		while (m < n && !isalpha((unsigned char)text[m]))
			m++;
		w = m > w ? m : w + 1;
	}
	return 0;
}

static int has_word(const char *text, const char *w);

/* 1 when a side's words say its people are from elsewhere: "foreign workers", "two foreign
 * tourists", "foreigners", "expatriates", "migrants" (not a state's "foreign minister",
 * "foreign ministry", "foreign affairs" office or "foreign service"). */
static int foreign_people(const char *text)
{
	static const char *const people[] = { "foreigner", "foreigners", "expatriate",
		"expatriates", "expat", "expats", "tourist", "tourists", "migrant", "migrants",
		NULL };
	static const char *const state[] = { "minister", "ministry", "ministers", "affairs",
		"office", "secretary", "service", "policy", NULL };
	if (!text)
		return 0;
	for (int k = 0; people[k]; k++)
		if (has_word(text, people[k]))
			return 1;
	if (!has_word(text, "foreign"))
		return 0;
	for (int k = 0; state[k]; k++)
		if (has_word(text, state[k]))
			return 0;
	return 1;
}

/* 1 when a side's words place it beyond one country: "international", "foreign", "global",
 * "Western", "exiled", "overseas", "diaspora". */
static int beyond_home(const char *text)
{
	static const char *const far[] = { "international", "foreign", "global", "Western",
		"exiled", "exile", "overseas", "diaspora", "worldwide", NULL };
	for (int k = 0; far[k]; k++)
		if (has_word(text, far[k]))
			return 1;
	return 0;
}

/* The start of the word of letters that ends just before byte offset at of sentence text p
 * (spaces between skipped); its end in *end. at itself when no word ends there. */
static int word_before(const char *p, int at, int *end)
{
	while (at > 0 && p[at - 1] == ' ')
		at--;
	*end = at;
	while (at > 0 && isalpha((unsigned char)p[at - 1]))
		at--;
	return at;
}

/* 1 when the n bytes at w are one of words (case aside). */
static int word_is_one_of(const char *w, int n, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if ((size_t)n == strlen(words[k]) && !strncasecmp(w, words[k], n))
			return 1;
	return 0;
}

/* leakcc168: 1 when a side's words, or an adjective coordinated just before its phrase in
 * the sentence ("international and local media": the parse keeps the pair, --shallow only
 * "local media"), call it of many countries: "international", "global", "worldwide" (before
 * the phrase "foreign" too, which foreign_people reads inside it). Such a side is no one
 * country's, so it takes none lent by another phrase, the sentence or the story
 * ("International health workers accused the Malian government": not MLIHLH). */
static int of_many_countries(coder_sent *S, const char *text)
{
	static const char *const many[] = { "international", "global", "worldwide", NULL };
	static const char *const before[] = { "international", "global", "worldwide",
					      "foreign", NULL };
	static const char *const conj[] = { "and", "or", NULL };
	if (!text)
		return 0;
	for (int k = 0; many[k]; k++)
		if (has_word(text, many[k]))
			return 1;
	int at = sent_text_offset(S, text), end = 0;
	const char *p = S->c->sentence.p;
	if (at <= 0 || !p)
		return 0;
	int c = word_before(p, at, &end);
	if (!word_is_one_of(p + c, end - c, conj))
		return 0;
	int a = word_before(p, c, &end);
	return word_is_one_of(p + a, end - a, before);
}

/* bare80: a bare movement or group of the NGO kind ("NGM~", "NGOHRI~", a prefix code with
 * no country) coded with cc appended ("NGMNGA"), when it is of the place: activists
 * ("NGM~": "rights activists are calling for ...", a Nigerian story) are people of the
 * country they campaign in; an NGO only when its words say "local" or "domestic" ("local
 * aid groups"), since rights and aid groups in a story are often foreign ones. Never a side
 * whose words say "international", "foreign", "exiled", .... NULL: unchanged. */
static const char *home_movement(coder_sent *S, const char *code, const char *text,
				 const char *cc)
{
	size_t n = strlen(code);
	if (!text || n < 4 || n > 12 || code[n - 1] != '~' || beyond_home(text))
		return NULL;
	int activists = !strcmp(code, "NGM~");
	int local = !strncmp(code, "NGO", 3) && (has_word(text, "local") ||
						  has_word(text, "domestic"));
	if (!activists && !local)
		return NULL;
	char *r = arena_alloc(&S->c->scratch, n + 3);
	if (!r)
		return NULL;
	memcpy(r, code, n - 1);
	memcpy(r + n - 1, cc, 3);
	r[n + 2] = 0;
	return r;
}

/* code with the story's country cc when it is a bare domestic sector ("~GOV") of people who
 * are not from elsewhere (foreign_people), else NULL. passive74: bare media called "local"
 * ("Local media reports say ...") are the story country's too, not "international and
 * local" ones (some foreign); other media may be foreign. cabinet 1 (coref84: the story's
 * own country or its organs' one country) lets "government ministers" take it
 * (plural_of_states); the rules that read a country off the sentence or its neighbour
 * leave them ("Cabinet ministers discussed Japan's ...": not Japan's). */
static const char *with_country_of(coder_sent *S, const char *code, const char *text,
				   const char *cc, int cabinet)
{
	if (!code)
		return NULL;
	if (code[0] != '~') {
		/* a full code takes no country; only a prefix code with no country ("NGM~")
		 * may (home_movement), tested first as it is cheap and the words are not */
		size_t n = strlen(code);
		if (n < 4 || code[n - 1] != '~' || plural_of_states(text, cabinet) ||
		    foreign_people(text) || of_many_countries(S, text))
			return NULL;
		return home_movement(S, code, text, cc);
	}
	if (plural_of_states(text, cabinet) || foreign_people(text) ||
	    of_many_countries(S, text))
		return NULL;
	int local_media = !strncmp(code + 1, "MED", 3) && text && has_word(text, "local") &&
			  !has_word(text, "international");
	for (int k = 0; domestic[k] || local_media; k++)
		if (!domestic[k] || !strncmp(code + 1, domestic[k], 3)) {
			size_t n = strlen(code + 1);
			char *r = arena_alloc(&S->c->scratch, n + 4);
			if (!r)
				return NULL;
			memcpy(r, cc, 3);
			memcpy(r + 3, code + 1, n + 1);
			return r;
		}
	return NULL;
}

/* with_country_of for the rules that read the country off the sentence or its neighbours. */
static const char *with_country(coder_sent *S, const char *code, const char *text,
				const char *cc)
{
	return with_country_of(S, code, text, cc, 0);
}

const char *context_with_country(coder_sent *S, const char *code, const char *text,
				 const char *cc)
{
	return with_country(S, code, text, cc);
}

/* Appends a note (printf-style) to the event's context: "source: ..."; "; " between notes. */
static void add_note(coder_sent *S, khaldun_event *e, const char *fmt, ...)
{
	char msg[320], note[320];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (snprintf(note, sizeof note, "%s%s%s", e->context ? e->context : "",
		     e->context ? "; " : "", msg) < 0)
		return;   /* a longer note is cut at 319 bytes, as it always was */
	const char *n = arena_strdup(&S->c->scratch, note);
	if (n)
		e->context = n;
}

/* Gives the event's sides the codes s and t (NULL: unchanged), unless that makes them equal,
 * noting "role: why" for each. */
void context_set_sides(coder_sent *S, khaldun_event *e, const char *s, const char *t,
		       const char *why)
{
	if (s && strcmp(s, t ? t : e->target)) {
		e->source = s;
		add_note(S, e, "source: %s", why);
	}
	if (t && strcmp(t, e->source)) {
		e->target = t;
		add_note(S, e, "target: %s", why);
	}
}

/* 1 when actor a is the bare word "settlers" (ISRCVL in the dictionary), which places
 * nothing by itself (apply_settlers). */
static int bare_settlers(coder_sent *S, const coder_actor *a)
{
	return a->pos == a->end && a->pos >= 0 && a->pos < S->nt &&
	       tok_is(&S->t[a->pos], "SETTLERS");
}

/* Calls fn(x, cc, arg) for the country cc of each code of the sentence's live dictionary
 * actors (pronouns and bare "settlers" aside) until it returns nonzero; returns that (0: all
 * were seen). */
static int each_country(coder_sent *S, int (*fn)(coder_context *, const char *, void *),
			void *arg)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || bare_settlers(S, a))
			continue;
		/* mediation53: a mediator ("under Turkish mediation") is a third party: it does
		 * not place the sentence's sides */
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_mediator_actor(S, a))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char cc[4];
			actor_split(a->codes[j], cc);
			int r = cc[0] ? fn(&S->c->ctx, cc, arg) : 0;
			if (r)
				return r;
		}
	}
	return 0;
}

static int other_country(coder_context *x, const char *cc, void *arg)
{
	(void)x;
	return strcmp(cc, (const char *)arg) != 0;
}

/* 1 when an actor of this sentence names a country other than cc: the sentence may be about
 * that country's institutions ("in Zimbabwe, members of parliament ... kicked out"). */
int context_names_other(coder_sent *S, const char *cc)
{
	return each_country(S, other_country, (void *)cc);   /* read only */
}

/* A bare "the court" (~JUD) of a story that named one international court, and no other, is
 * that court ("the U.N.'s top court ... The court rejected Kenya's request": IGOUNOICJ, not
 * the story country's court). Before the story's country. */
static void apply_court(coder_sent *S)
{
	const char *court = context_story_court(S);
	if (!court)
		return;
	char why[96];
	snprintf(why, sizeof why, "the story's international court %s", court);
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = !strcmp(e->source, "~JUD") && context_court_phrase(e->source_text);
		int t = !strcmp(e->target, "~JUD") && context_court_phrase(e->target_text);
		context_set_sides(S, e, s ? court : NULL, t ? court : NULL, why);
	}
}

static int in_aside_clause(coder_sent *S, const struct syntax_parse *P, const khaldun_event *e,
			   const coder_actor *at);

static int other_clause_actor(coder_sent *S, const struct syntax_parse *P, const coder_actor *a,
			      const khaldun_event *e, int side);

/* 1 when an actor of the sentence outside the clauses aside from event e's source
 * (in_aside_clause: what the source says, asks or believes; without the parse P, NULL, the
 * adverbial clauses with a doer of their own, other_clause_actor) names a country other
 * than cc. */
static int names_other_beside(coder_sent *S, const struct syntax_parse *P,
			      const khaldun_event *e, const char *cc)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || bare_settlers(S, a) ||
		    (P ? in_aside_clause(S, P, e, a) :
			 other_clause_actor(S, NULL, a, e, 0)))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char x[4];
			actor_split(a->codes[j], x);
			if (x[0] && strcmp(x, cc))
				return 1;
		}
	}
	return 0;
}

/* 1 when a role's first three letters are one of list's. */
static int role_in(const char *role, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (!strncmp(role, list[k], 3))
			return 1;
	return 0;
}

/* 1 when event e is a hostile act (CAMEO 11 to 16, 18 to 20: criticism, rejection, threats,
 * protest, force posture, cut ties, force; not demands, 10, nor coercion, 17, which states
 * turn on their own people) by a bare organ that speaks for a state abroad against another
 * state's: an army or intelligence service (~MIL, ~SPY: "an army spokesman") against a
 * government, army or intelligence service of a named country ("accused Afghan officials of
 * sheltering militants"), a government (~GOV: "officials") against a government. Its doer is
 * rarely of the target's country: an army seldom accuses its own government, so the target's
 * country places nothing (apply_sentence_country) and the story's own is the better guess
 * (apply_country). A government does judge its own army ("The Inspector General criticized
 * the Pentagon"), and courts, lawmakers, police and the opposition turn on their own
 * government ("Lawmakers criticized the Kenyan government"): not such pairs. On *tcc
 * (char[4]) the target's country. */
static int foreign_state_foe(const khaldun_event *e, char *tcc)
{
	static const char *const speaks[] = { "GOV", "MIL", "SPY", NULL };
	static const char *const cabinet[] = { "GOV", NULL };
	const char *k = e->code ? e->code : "";
	int root = code_root(k);
	if (root < 11 || root > 20 || root == 17 || e->source[0] != '~' ||
	    !role_in(e->source + 1, speaks))
		return 0;
	const char *role = actor_split(e->target, tcc);
	return tcc[0] && role_in(role, strncmp(e->source + 1, "GOV", 3) ? speaks : cabinet);
}

/* Calls back (each_country) with arg {cc, tcc}: stops (1) at a country neither is. */
static int beyond_two(coder_context *x, const char *cc, void *arg)
{
	const char *const *two = arg;
	(void)x;
	return strcmp(cc, two[0]) && strcmp(cc, two[1]);
}

static int names_other_before_that(coder_sent *S, const khaldun_event *e, const char *cc);

/* storycc153: 1 when an actor from event e's source up to its verb, even one in a comma part
 * the coder set aside, names a country other than cc ("Officials, including those from the
 * U.S., have said that ...": not the story's officials alone). */
static int source_names_other(coder_sent *S, const khaldun_event *e, const char *cc)
{
	int src = e->source_text ? sent_text_offset(S, e->source_text) : -1;
	int v = e->verb_text ? sent_text_offset(S, e->verb_text) : -1;
	if (src < 0 || v <= src)
		return 1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		char x[4];
		if (a->pron_kind || a->pos < 0 || a->pos >= S->nt ||
		    S->t[a->pos].ostart < src || S->t[a->pos].ostart >= v)
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if ((actor_split(a->codes[j], x), x[0]) && strcmp(x, cc))
				return 1;
	}
	return 0;
}

/* A bare institution in this sentence's events takes the story's country, unless the
 * sentence names another country; a bare source still does when the other country is named
 * only in what it says, asks or believes ("Military spokesperson Chaundry claimed Tuesday's
 * attackers were in touch with planners in Afghanistan", a Pakistani story: PAKMIL; with the
 * parse, names_other_beside; storycc153: on --shallow also after "that" or a content clause
 * right after a verb of speech or claim, names_other_before_that, but not past another
 * country named from the source to its verb, source_names_other), or when the other country
 * is only that of the foreign government its hostile act is aimed at (foreign_state_foe:
 * "An army spokesman accused Afghan officials of ...", a Pakistani story: PAKMIL -> AFGGOV;
 * on --shallow only when the story's country is its dateline's, story149: "QUETTA, Pakistan
 * - ... An army spokesman accused ..."). */
static void apply_country(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int times = 0;
	const char *cc = context_story_country(&c->ctx, &times);
	if (!cc)
		return;
	int other = context_names_other(S, cc);
	char why[96] = "";   /* written for the first event it changes */
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *s = with_country_of(S, e->source, e->source_text, cc, 1);
		const char *t = other ? NULL : with_country_of(S, e->target, e->target_text, cc, 1);
		if (s && other) {
			/* clausectry123: without the parse, only another clause's doer;
			 * story149: the foreign state foe on --shallow too, where the dateline
			 * set the story */
			const struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
			char tcc[4];
			const char *two[2] = { cc, tcc };
			int foe = (syntax_on(S) || !strcmp(cc, c->ctx.setting)) &&
				  foreign_state_foe(e, tcc) &&
				  strcmp(tcc, cc) && !each_country(S, beyond_two, (void *)two);
			/* storycc153: --shallow, nor in what it says (names_other_before_that) */
			if (!foe && ((syntax_on(S) && !P) ||
				     (names_other_beside(S, P, e, cc) &&
				      (P || source_names_other(S, e, cc) ||
				       names_other_before_that(S, e, cc)))))
				s = NULL;
		}
		if (!s && !t)
			continue;
		if (!why[0]) {
			char named[80];
			context_story_why(&c->ctx, cc, times, named, sizeof named);
			snprintf(why, sizeof why, "story country %s %s", cc, named);
		}
		context_set_sides(S, e, s, t, why);
	}
}

/* --- the clause's place: "Police arrested five protesters in Kano" (parse only) --- */

/* The head of the clause word h sits in: h itself or its first ancestor that is a verb, a
 * clause of its own (ccomp, advcl, acl, ...: "was in touch with planners in Afghanistan") or
 * the root. */
static int clause_of(const struct syntax_parse *P, int h)
{
	static const char *const clausal[] = { "ccomp", "xcomp", "advcl", "acl", "parataxis",
					       "csubj", "root", NULL };
	for (int n = 0, x = h; x >= 0 && n < P->nw; n++) {
		int stop = syn_is_verb(&P->w[x]) || syn_rel_base_in(&P->w[x], clausal);
		if (stop || !P->w[x].head)
			return x;
		x = (int)P->w[x].head - 1;
	}
	return -1;
}

/* Adds country x to the clause's *cc (copied); 1 when *cc already holds another one. */
static int add_clause_country(coder_sent *S, const char **cc, const char *x)
{
	if (*cc && strcmp(*cc, x))
		return 1;
	*cc = arena_strdup(&S->c->scratch, x);
	return 0;
}

/* 1 when parse word i is a capitalised proper noun ("Sibi", "Bouquets") */
static int cap_propn(const struct syntax_parse *P, int i)
{
	const khaldun_parse_token *w = &P->w[i];
	return syn_upos_is(w, "PROPN") && w->len &&
	       isupper((unsigned char)w->form[0]);
}

static int in_actor(const coder_sent *S, int i);

/* 1 when a coder token of parse word i lies in an actor phrase of the sentence. */
static int word_in_actor(coder_sent *S, const struct syntax_parse *P, int i)
{
	for (int t = 0; t < S->nt && t < MAX_TOKENS; t++)
		if (P->tok2w[t] == i && in_actor(S, t))
			return 1;
	return 0;
}

static const char *const PLACE_NOUNS[] = { "district", "province", "region", "county", "state",
					   "area", "town", "city", "village", "governorate",
					   "prefecture", NULL };

/* The words [*a, *b] that name the place of locative head h: h and the capitalised proper
 * nouns around it ("in Croix-des-Bouquets", "near Sibi"), or those right before a place
 * noun ("in the Kalat district", "in the Croix des Bouquets area"); 0: none. Not a name of
 * one word right after "the" and before no place noun ("in the East", "the Gulf", "the
 * Republic of ..."): a name of places somewhere that is a common word here. */
static int place_words(const struct syntax_parse *P, int h, int *a, int *b)
{
	int hi = h;
	if (!cap_propn(P, h)) {
		if (!syn_word_in(&P->w[h], PLACE_NOUNS) || h == 0 || !cap_propn(P, h - 1))
			return 0;
		hi = h - 1;
	}
	int lo = hi;
	while (lo > 0 && hi - lo < 4 && cap_propn(P, lo - 1))
		lo--;
	while (hi == h && hi + 1 < P->nw && hi - lo < 4 && cap_propn(P, hi + 1))
		hi++;
	if (hi == h && lo == hi && lo > 0 && syn_word_is(&P->w[lo - 1], "the"))
		return 0;
	*a = lo;
	*b = hi;
	return 1;
}

struct region_query {
	char w[4][64];   /* the name's words, upper case */
	int n;
	long date;
	int found;
};

/* dict_candidates' callback: 1 in found when entry e is an actor of an international region
 * whose words begin with the query's words. */
static void region_candidate(void *ctx, const dict_entry *e)
{
	struct region_query *q = ctx;
	if (q->found || e->type != ENT_ACTOR || !e->codes || e->words.n < q->n)
		return;
	for (int k = 0; k < q->n; k++) {
		const dict_pel *w = &e->words.e[k];
		if (w->kind != PEL_WORD || w->len != strlen(q->w[k]) ||
		    memcmp(w->text, q->w[k], w->len))
			return;
	}
	const dict_dated_code *dc = dict_actor_code_on(e->codes, q->date);
	q->found = dc && dc->kind == CODE_EVENT && dc->ncodes && actor_is_region(dc->codes[0]);
}

/* 1 when the words [a, b] are, or open, the dictionary's name of an international region
 * (a code of kind region in data/countries.tsv): "Gulf" (GULF_STATES), "Balkan"
 * (BALKAN_COUNTRIES), "Sahel". Such a word before "state" or "leaders" says where a country
 * lies, not which: the gazetteer's first-level region of that name (Gulf Province of Papua
 * New Guinea, Balkan of Turkmenistan) is not meant. "West Bengal", "Eastern Cape": no. */
static int region_words(coder_sent *S, const struct syntax_parse *P, int a, int b)
{
	struct region_query q = { .n = b - a + 1, .date = S->date };
	if (q.n > 4)
		return 0;
	for (int k = 0; k < q.n; k++) {
		const khaldun_parse_token *w = &P->w[a + k];
		if (w->len >= sizeof q.w[k])
			return 0;
		for (size_t i = 0; i < w->len; i++)
			q.w[k][i] = (char)toupper((unsigned char)w->form[i]);
	}
	dict_candidates(S->d, q.w[0], strlen(q.w[0]), region_candidate, &q);
	return q.found;
}

/* actor89: region_words for tokens [a, b] of the sentence, for the shallow path too. */
static int region_tokens(coder_sent *S, int a, int b)
{
	struct region_query q = { .n = b - a + 1, .date = S->date };
	if (q.n > 4 || q.n < 1)
		return 0;
	for (int k = 0; k < q.n; k++) {
		const coder_tok *t = &S->t[a + k];
		size_t n = (size_t)t->olen;
		if (k == q.n - 1 && tok_possessive(t) && n >= 2)
			n -= 2;   /* "Balkan's" */
		if (n >= sizeof q.w[k])
			return 0;
		for (size_t i = 0; i < n; i++)
			q.w[k][i] = (char)toupper((unsigned char)S->c->sentence.p[t->ostart + i]);
		q.w[k][n] = 0;
	}
	dict_candidates(S->d, q.w[0], strlen(q.w[0]), region_candidate, &q);
	return q.found;
}

/* The country of the place the gazetteer (the dictionary's places) knows by the words
 * [a, b], when one country's place of that name outweighs (population) tenfold every other
 * country's of it, and is a country, a region or a city of at least min_city people: "Sibi"
 * is PAK; "Martin" (Slovakia, Tennessee) is none; nor a name of an international region
 * (region_words). Sets *name to the place's name. NULL: no gazetteer, no such place. */
static const char *gazetteer_country(coder_sent *S, const struct syntax_parse *P, int a, int b,
				     unsigned long min_city, const char **name)
{
	const khaldun_places *g = S->d->places;
	khaldun_place pl[8];
	if (!g || !S->c->sentence.p)
		return NULL;
	size_t from = (size_t)P->wstart[a], to = (size_t)P->wstart[b] + P->w[b].len;
	size_t n = khaldun_places_find(g, S->c->sentence.p + from, to - from, NULL, pl, 8);
	/* KHALDUN_PLACES_NOMEM, past 8 too: no country decided, as for a name of many places */
	if (!n || n > 8 || strlen(pl[0].country) != 3 ||   /* "": a damaged file's place */
	    (!strcmp(pl[0].kind, "city") && pl[0].population < min_city))
		return NULL;
	for (size_t k = 1; k < n; k++)
		if (strcmp(pl[k].country, pl[0].country) &&
		    pl[k].population >= pl[0].population / 10)
			return NULL;
	if (region_words(S, P, a, b))
		return NULL;
	*name = pl[0].name;
	return pl[0].country;
}

/* Writes to why the note of a side given country cc by a place (where: "in its clause"),
 * naming the gazetteer's place when it gave the country, so that `explain` can tell where the
 * code came from: no dictionary line holds it. */
static void place_why(char *why, size_t cap, const char *cc, const char *where,
		      const char *name)
{
	if (name)
		snprintf(why, cap, "country %s of the place %s: %s in the gazetteer "
			 "(data/places.bin)", cc, where, name);
	else
		snprintf(why, cap, "country %s of the place %s", cc, where);
}

/* foreign53: 1 when actor a, whose words head at h0 and lie under locative head h, is a
 * nationality word that marks the thing of the deed's target phrase, words [ta, tb]: it
 * modifies a common noun there that is no place noun, and the gazetteer knows no place by
 * its words ("fired missiles at a Yemeni port"; not "attacked the Kano police station", nor
 * "in the Kalat district"). Such a word says whose the victim is, not where the doer is. */
static int victim_nationality(coder_sent *S, const struct syntax_parse *P,
			      const coder_actor *a, int h0, int h, int ta, int tb)
{
	const char *name;
	if (ta < 0 || h < ta || h > tb || h == h0 || !P->w[h].upos ||
	    strcmp(P->w[h].upos, "NOUN") || syn_word_in(&P->w[h], PLACE_NOUNS))
		return 0;
	return !gazetteer_country(S, P, P->tok2w[a->pos], P->tok2w[a->end], 0, &name);
}

/* The country of the places in locative phrases ("in", "at", "near" ...) of clause v: an
 * actor with a country (Kano, northern Mali), or a place only the gazetteer knows (Sibi,
 * Kalat district); NULL when there is none, or two. Sets *gname to the gazetteer's name of
 * the place that gave it, or NULL when an actor did. Words [ta, tb] (ta < 0: none) are the
 * target phrase, whose nationality words (victim_nationality) place nothing. */
static const char *clause_place(coder_sent *S, const struct syntax_parse *P, int v,
				const char **gname, int ta, int tb)
{
	*gname = NULL;
	const char *cc = NULL;
	for (int k = 0; k < S->na && v >= 0; k++) {
		const coder_actor *a = &S->a[k];
		char x[4];
		if (a->pron_kind || !a->ent || a->ncodes != 1 || a->pos < 0 || a->end >= S->nt ||
		    !sent_live(S, a->pos) || (actor_split(a->codes[0], x), !x[0]) ||
		    !strcmp(x, "IGO"))
			continue;
		int h0 = syn_span_head(P, a->pos, a->end), h = h0;
		/* "in Kunduz province": the phrase's own head has the preposition; so has the
		 * place a province or country stands beside (sidephrase159: "near Turbat,
		 * Balochistan") */
		for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
			       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat") ||
				syn_rel_is(&P->w[h], "conj") || syn_rel_is(&P->w[h], "appos")); n++)
			h = (int)P->w[h].head - 1;
		if (h < 0 || !syn_locative(P, h) || clause_of(P, h) != v ||
		    victim_nationality(S, P, a, h0, h, ta, tb))
			continue;
		if (add_clause_country(S, &cc, x))
			return NULL;
	}
	for (int h = 0; h < P->nw && v >= 0; h++) {
		int a, b;
		if (!syn_locative(P, h) || clause_of(P, h) != v || !place_words(P, h, &a, &b) ||
		    word_in_actor(S, P, a) || word_in_actor(S, P, b))
			continue;
		const char *name;
		const char *x = gazetteer_country(S, P, a, b, 0, &name);
		if (x && add_clause_country(S, &cc, x))
			return NULL;
		if (x)
			*gname = name;
	}
	return cc;
}

/* The clause of the phrase text: of the span's head word; -1: not found. */
static int text_clause(coder_sent *S, const struct syntax_parse *P, const char *text)
{
	int a, b;
	if (!syn_text_words(S, P, text, &a, &b))
		return -1;
	for (int i = a; i <= b; i++) {
		int h = (int)P->w[i].head - 1;
		if (h < a || h > b)
			return clause_of(P, i);
	}
	return -1;
}

/* 1 when a phrase of clause a belongs to verb v's clause: a is v, or v is a verb coordinated
 * with a that has no subject of its own ("gunmen beheaded three men and torched a school"). */
static int same_clause(const struct syntax_parse *P, int a, int v)
{
	if (a < 0 || v < 0)
		return 0;
	return a == v || (syn_rel_is(&P->w[v], "conj") && (int)P->w[v].head - 1 == a &&
			  syn_child_rel(P, v, "nsubj") < 0);
}

/* agent53: 1 when event e is a deed done from afar: a cyber-attack (176), or a strike by
 * aerial weapons (195) whose source phrase names the weapons ("The drones hit ...", not
 * "Gunmen bombed a mosque in Abuja", people there). Who sends them need not be where
 * they strike. */
static int remote_deed(const khaldun_event *e)
{
	static const char *const aerial[] = { "drone", "drones", "missile", "missiles", "rocket",
		"rockets", "warplane", "warplanes", "jet", "jets", "aircraft", "bomber", "bombers",
		"helicopter", "helicopters", "airstrike", "airstrikes", "UAV", "UAVs", NULL };
	if (!e->code)
		return 0;
	if (!strcmp(e->code, "176"))
		return 1;
	if (strncmp(e->code, "195", 3) || !e->source_text)
		return 0;
	for (int k = 0; aerial[k]; k++)
		if (has_word(e->source_text, aerial[k]))
			return 1;
	return 0;
}

/* thingplace160: 1 when event e is a deed of force (18x-20x: "attacked", "bombed", "struck";
 * 1712: "torched", "blew up") whose target no actor word codes (---) and names no people
 * nor armed men ("a freight train", "a market"; not "five people", "international
 * forces"). What such a deed strikes stands where it strikes: the place's country is its. */
static int struck_thing(const khaldun_event *e)
{
	static const char *const folk[] = { "people", "persons", "person", "others", "one",
		"ones", "forces", "troops", "soldiers", "fighters", "police", NULL };
	if (!e->code || strcmp(e->target, "---") || !e->target_text ||
	    (strncmp(e->code, "18", 2) && strncmp(e->code, "19", 2) &&
	     strncmp(e->code, "20", 2) && strcmp(e->code, "1712")))
		return 0;
	for (int k = 0; folk[k]; k++)
		if (has_word(e->target_text, folk[k]))
			return 0;
	return 1;
}

/* thingplace160: 1 when target phrase text, words [a, b], is a thing: a common noun at its
 * head that is no deed ("the attack" a group claims), no foreign people and no person or
 * group (context_person_phrase: "unnamed individuals"), no pronoun in it, no proper noun a
 * name could be, no comma of a list or a broken span ("a passenger train", "the central
 * market"; not "him", "Zamora", "the Golbon", "several villages, hours"). */
static int thing_phrase(coder_sent *S, const struct syntax_parse *P, const char *text, int a,
			int b)
{
	int h = syn_words_head(P, a, b);
	if (h < 0 || !syn_upos_is(&P->w[h], "NOUN") || strchr(text, ',') ||
	    syn_word_in(&P->w[h], STRIKE_NOUNS) || foreign_people(text) ||
	    context_person_phrase(S, text, 1))
		return 0;
	for (int i = a; i <= b; i++)
		if (P->w[i].upos && (!strcmp(P->w[i].upos, "PRON") ||
				     !strcmp(P->w[i].upos, "PROPN")))
			return 0;
	return 1;
}

/* thingplace160: 1 when the verb of event e, words of its verb_text, sends what it takes
 * ("firing small arms", "launched rockets": syn_sender_verb) or takes a deed as its object
 * ("held a protest demonstration", "staged a raid"): its object is no thing struck. */
static int deed_taking_verb(coder_sent *S, const struct syntax_parse *P,
			    const khaldun_event *e)
{
	static const char *const light[] = { "hold", "held", "stage", "conduct", "carry",
					     "carried", "mount", NULL };
	int a, b;
	if (!e->verb_text || !syn_text_words(S, P, e->verb_text, &a, &b))
		return 1;
	for (int i = a; i <= b; i++)
		if (syn_sender_verb(&P->w[i]) || (syn_is_verb(&P->w[i]) &&
						  syn_stem_in(&P->w[i], light)))
			return 1;
	return 0;
}

/* The sentence's parse when event e has a bare side (~XXX) to place, or a struck thing
 * (struck_thing), else NULL: parsed only then (most sentences have none), and only with
 * KHALDUN: SYNTAX. */
static struct syntax_parse *bare_event_parse(coder_sent *S, const khaldun_event *e)
{
	if (!syntax_on(S) || (e->source[0] != '~' && e->target[0] != '~' && !struck_thing(e)))
		return NULL;
	return syn_get_parse(S);
}

/* 1 when actor a is a diplomatic post, its words or the three around them naming one ("the
 * Swedish embassy", "the embassy of France", "Iran's consulate"). */
static int diplomatic_post(const coder_sent *S, const coder_actor *a)
{
	static const char *const posts[] = { "EMBASSY", "EMBASSIES", "CONSULATE", "CONSULATES",
					     NULL };
	int lo = a->pos - 3 > 0 ? a->pos - 3 : 0;
	int hi = a->end + 2 < S->nt ? a->end + 2 : S->nt - 1;
	for (int i = lo; i <= hi && i < MAX_TOKENS; i++)
		for (int k = 0; posts[k]; k++)
			if (tok_is(&S->t[i], posts[k]))
				return 1;
	return 0;
}

/* 1 when a named actor of the sentence (no pronoun, no bare settlers) that starts outside the
 * text offsets [from, to) names a country other than cc; diplomatic posts are passed over
 * when skip_posts is set. */
static int other_country_named(coder_sent *S, const char *cc, int from, int to, int skip_posts)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int at = a->pos >= 0 && a->pos < S->nt ? S->t[a->pos].ostart : -1;
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || bare_settlers(S, a) ||
		    (skip_posts && diplomatic_post(S, a)) || (at >= from && at < to))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char x[4];
			actor_split(a->codes[j], x);
			if (x[0] && strcmp(x, cc))
				return 1;
		}
	}
	return 0;
}

/* 1 when an actor of the sentence that is no diplomatic post names a country other than cc.
 * A post stands in another country by its nature ("Protesters set fire to the Swedish
 * embassy in Baghdad": Iraqis), so its country says nothing of whose the place is. */
static int names_other_home(coder_sent *S, const char *cc)
{
	return other_country_named(S, cc, -1, -1, 1);
}

/* A bare institution, role or group of an event takes the country of the place its own
 * clause names ("Security forces in Balochistan", "killed three soldiers in northern Mali"),
 * unless the sentence names another country than a diplomatic post's (names_other_home). */
static void apply_place(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		/* "116 people arrived in Kyrgyzstan": the place visited is not theirs */
		struct syntax_parse *P = e->verb_text && strcmp(e->code, "042") ?
					 bare_event_parse(S, e) : NULL;
		if (!P)
			continue;
		/* the verb's clause; each side in it ("X said the forces in Yemen must ...": not
		 * X) */
		int v = text_clause(S, P, e->verb_text);
		const char *gname, *sname;
		const char *cc = clause_place(S, P, v, &gname, -1, -1);
		if (!cc)
			continue;
		/* thingplace160: a struck thing stands there whoever strikes it ("Russian forces
		 * struck a market in Kharkiv"); a bare side is placed only when no other home is
		 * named */
		int home = !names_other_home(S, cc);
		if (!home && !struck_thing(e))
			continue;
		/* foreign53: the source's place is one that the target's nationality words do not
		 * give ("The navy fired missiles at a Yemeni port": the port is Yemen's, the navy
		 * need not be) */
		int ta = -1, tb = -1;
		const char *scc = syn_text_words(S, P, e->target_text, &ta, &tb) ?
				  clause_place(S, P, v, &sname, ta, tb) : cc;
		/* agent53: a deed from afar ("The drones hit a fuel depot inside Russia") places
		 * what it strikes, not who sends it: the source keeps no country from it */
		const char *s = home && scc && !strcmp(scc, cc) && !remote_deed(e) &&
				same_clause(P, text_clause(S, P, e->source_text), v) ?
				with_country(S, e->source, e->source_text, cc) : NULL;
		const char *t = home && same_clause(P, text_clause(S, P, e->target_text), v) ?
				with_country(S, e->target, e->target_text, cc) : NULL;
		/* thingplace160: "attacked a freight train near Turbat": the train is PAK's */
		if (!t && ta >= 0 && struck_thing(e) &&
		    thing_phrase(S, P, e->target_text, ta, tb) &&
		    !deed_taking_verb(S, P, e) &&
		    same_clause(P, text_clause(S, P, e->target_text), v))
			t = arena_strdup(&S->c->scratch, cc);
		if (!s && !t)
			continue;   /* nothing to note: no why to write */
		char why[192];
		place_why(why, sizeof why, cc, "in its clause", gname);
		context_set_sides(S, e, s, t, why);
	}
}

/* --- a place before the agent: "Balochistan Chief Minister", "Cleveland officials" --- */

static void apply_placed_titles(coder_sent *S);

/* The country of the place the gazetteer knows that opens phrase text before its head, as
 * its modifier: one to three capitalised proper nouns after an optional "the", in no actor
 * phrase, with more words of the phrase after them ("Kano's police", "West Bengal Chief
 * Minister ..."; the parse's heads of such names are not to be trusted: "West" heads "Bengal
 * Chief" as flat words); the longest such name that names a region or a city of 100,000 people
 * (gazetteer_country: not "Vice" of "The Vice President", a Peruvian town, nor "Bush" of
 * "the Bush administration", an Egyptian one). Sets *name to the place's name. NULL: none. */
static const char *opening_place(coder_sent *S, const struct syntax_parse *P, const char *text,
				 const char **name)
{
	int a, b;
	if (!syn_text_words(S, P, text, &a, &b))
		return NULL;
	if (a < b && syn_word_is(&P->w[a], "the"))
		a++;
	int n = 0;
	while (n < 3 && a + n < b && cap_propn(P, a + n) && !word_in_actor(S, P, a + n))
		n++;
	for (; n > 0; n--) {
		const char *cc = gazetteer_country(S, P, a, a + n - 1, 100000, name);
		if (cc)
			return arena_strdup(&S->c->scratch, cc);
	}
	return NULL;
}

static const char *opening_place_tokens(coder_sent *S, const char *text);

/* A bare institution, role or group whose own phrase opens with a place only the gazetteer
 * knows ("The Alberta government", "Utah authorities", "West Bengal Chief Minister Mamata
 * Banerjee") is of that place's country, whatever else the sentence names: the phrase says
 * where the agent serves, as "Kenyan police" does. sidefrom118: on --shallow too, read off
 * the tokens (opening_place_tokens). */
static void apply_named_place(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		struct syntax_parse *P = bare_event_parse(S, e);
		if (!P && syntax_on(S))
			continue;
		const char *sn = NULL, *tn = NULL;
		const char *sc = e->source[0] != '~' ? NULL :
				 P ? opening_place(S, P, e->source_text, &sn) :
				 opening_place_tokens(S, e->source_text);
		const char *tc = e->target[0] != '~' ? NULL :
				 P ? opening_place(S, P, e->target_text, &tn) :
				 opening_place_tokens(S, e->target_text);
		const char *s = sc ? with_country(S, e->source, e->source_text, sc) : NULL;
		const char *t = tc ? with_country(S, e->target, e->target_text, tc) : NULL;
		char why[192];
		if (s) {
			place_why(why, sizeof why, sc, "that opens its phrase", sn);
			context_set_sides(S, e, s, NULL, why);
		}
		if (t) {
			place_why(why, sizeof why, tc, "that opens its phrase", tn);
			context_set_sides(S, e, NULL, t, why);
		}
	}
}

/* --- the sentence's one country: "Law enforcement charged him ... of Port-au-Prince" --- */

/* Keeps in arg (char[4], "" at first) the first country seen; stops (1) at a second one. */
static int one_country(coder_context *x, const char *cc, void *arg)
{
	char *one = arg;
	(void)x;
	if (one[0])
		return strcmp(one, cc) != 0;
	memcpy(one, cc, 4);
	return 0;
}

/* The one country the sentence's live dictionary actors name (pronouns aside); NULL when
 * they name none, or two. */
static const char *sentence_country(coder_sent *S)
{
	char one[4] = "";
	if (each_country(S, one_country, one) || !one[0])
		return NULL;
	return arena_strdup(&S->c->scratch, one);
}

/* 1 when actor a is a counterpart, not a place: it follows "for", "against", "to", "from",
 * "with", "on" ... ("arrested him on charges of spying for Russia", "deported them to
 * Afghanistan", "sanctions on Russia"), over an article. */
static int counterpart(coder_sent *S, const coder_actor *a)
{
	static const char *const prep[] = { "FOR", "AGAINST", "TO", "FROM", "WITH", "ON", "INTO",
					    "TOWARD", "TOWARDS", "THAN", "ABOUT", "OVER", NULL };
	int k = a->pos - 1;
	if (k >= 0 && tok_in(&S->t[k], ARTICLES))
		k--;
	for (int j = 0; k >= 0 && prep[j]; j++)
		if (tok_is(&S->t[k], prep[j]))
			return 1;
	return 0;
}

/* 1 when parse word i is word top or lies under it. */
static int word_under(const struct syntax_parse *P, int i, int top)
{
	for (int n = 0; i >= 0 && n < P->nw; n++) {
		if (i == top)
			return 1;
		i = (int)P->w[i].head - 1;
	}
	return 0;
}

/* relconj123: 1 when parse word i lies in a conjunct of clause c that has a subject of its own
 * ("Officials said Iran had tested a missile and the army condemned the test": "the army
 * condemned" hangs under "tested" as its conjunct, but is a clause of its own, not Iran's). */
static int in_own_conjunct(const struct syntax_parse *P, int i, int c)
{
	for (int n = 0; i >= 0 && n < P->nw; n++) {
		int h = (int)P->w[i].head - 1;
		if (h == c) {
			if (!syn_rel_is(&P->w[i], "conj"))
				return 0;
			for (int d = 0; d < P->nw; d++)
				if ((int)P->w[d].head - 1 == i && syn_rel_base(&P->w[d], "nsubj"))
					return 1;
			return 0;
		}
		i = h;
	}
	return 0;
}

/* relconj123: 1 when parse word c heads a reported clause (the content clause of a saying:
 * "Officials said Iran had tested a missile") that has a conjunct with a subject of its own
 * ("... and the army condemned the test"): the reported clause's doer then acts in its own
 * clause, apart from that conjunct's. */
static int reported_clause(const struct syntax_parse *P, int c)
{
	int h = (int)P->w[c].head - 1;
	if (h < 0 || !syn_rel_is(&P->w[c], "ccomp") || !syn_speech_word(&P->w[h]))
		return 0;
	for (int d = 0; d < P->nw; d++)
		if ((int)P->w[d].head - 1 == c && in_own_conjunct(P, d, c))
			return 1;
	return 0;
}

/* clausectry123: the head of an adverbial clause with a subject of its own whose subject or
 * object parse word w lies in ("After Iran tested a missile, the army put troops on alert",
 * "... as Tehran rejected the offer"); -1: none. That clause's doer or object acts on its
 * own, and its country says nothing of whose army or government a bare side of the main
 * clause is. Not a place or time of the clause ("when you go to Zimbabwe"). relctry123: when
 * rel is 1, a relative clause too, its subject the relative pronoun, w itself its subject or
 * object ("Police arrested a man who had threatened Iran": Iran is what the man did, not
 * whose police; not "gunmen who kidnapped a Nigerian pastor", met at home). */
static int own_subject_clause(const struct syntax_parse *P, int w, int rel)
{
	static const char *const core[] = { "nsubj", "obj", "iobj", NULL };
	for (int c = 0; c < P->nw; c++) {
		int adv = syn_rel_base(&P->w[c], "advcl") || reported_clause(P, c);
		if ((!adv && (!rel || !syn_rel_is(&P->w[c], "acl:relcl"))) || !word_under(P, w, c))
			continue;
		int x = w, subj = 0;
		for (int n = 0; n < P->nw && x >= 0 && (int)P->w[x].head - 1 != c; n++)
			x = (int)P->w[x].head - 1;
		if (x < 0 || x == c || !syn_rel_base_in(&P->w[x], core) ||
		    (!adv && x != w))   /* relctry123: the name itself, not "Nigerian pastor" */
			continue;
		for (int d = 0; d < P->nw && !subj; d++)
			subj = (int)P->w[d].head - 1 == c && syn_rel_base(&P->w[d], "nsubj");
		if (subj)
			return c;
	}
	return -1;
}

/* relctry123: 1 when actor a names a country as a whole ("Iran", "Pakistan"), no role of it:
 * a state that a relative clause's doer acts on or with from outside ("a man who had
 * threatened Iran"), unlike its people or officials, who are met at home ("gunmen who kidnapped
 * a Nigerian pastor", "men who insulted the Turkish president"). */
static int bare_country(const coder_actor *a)
{
	char x[4];
	return a->ncodes > 0 && !*actor_split(a->codes[0], x) && x[0];
}

/* relctry123: the clause of own_subject_clause that actor a is the doer or object of: an
 * adverbial clause, read at its first word, or, when a names a country as a whole
 * (bare_country), a relative clause, read at its last word ("a man who had threatened the
 * United States"); -1: none. */
static int actor_clause(coder_sent *S, const struct syntax_parse *P, const coder_actor *a)
{
	int w = a->pos < S->nt && a->pos < MAX_TOKENS ? P->tok2w[a->pos] : -1;
	int e = a->end > a->pos && a->end < S->nt && a->end < MAX_TOKENS ? P->tok2w[a->end] : w;
	int c = w >= 0 ? own_subject_clause(P, w, 0) : -1;
	return c < 0 && e >= 0 && bare_country(a) ? own_subject_clause(P, e, 1) : c;
}

/* clausectry123: 1 when bare code ("~MIL") is a state organ or an armed group (the bare agents
 * whose country a clause's doer may be taken for: "the army", "police", "the government",
 * "officials", "rebels"), not people, media or firms, who are anyone's. */
static int bare_organ(const char *code)
{
	static const char *const organ[] = { "GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB",
					     "INS", NULL };
	return code && code[0] == '~' && role_in(code + 1, organ);
}

/* relconj123: 1 when code is a bare side of no state organ or armed group ("~CVL": "police
 * arrested the protesters"): a deed on people, met at home, so the conjunct that does it is
 * the reported clause's country's ("Witnesses said Sudan had closed the crossing and police
 * arrested the protesters": SDNCOP). */
static int bare_people(const char *code)
{
	return code && code[0] == '~' && code[1] && !bare_organ(code);
}

/* 1 when parse words [a, b] (a < 0: none) lie under word c, in its own clause: relconj123,
 * not in a conjunct of c with its own subject ("Iran had tested a missile and the army
 * condemned the test": the army is not in the clause of "tested"). */
static int span_under(const struct syntax_parse *P, int a, int b, int c)
{
	return a >= 0 && ((word_under(P, a, c) && !in_own_conjunct(P, a, c)) ||
			  (word_under(P, b, c) && !in_own_conjunct(P, b, c)));
}

/* 1 when actor at lies in a clause that tells what source e->source_text believes, does
 * or asks, not where it is: a relative or adjectival clause on the source's own phrase ("The
 * government, which believed the vessels were operated by the Chinese military, ..."), or
 * the content clause of the event's verb ("demanded that Beijing remove them"): what is
 * asked, as what is said, does not place who asks. */
static int in_aside_clause(coder_sent *S, const struct syntax_parse *P, const khaldun_event *e,
			   const coder_actor *at)
{
	int t = at->pos;
	int w = t >= 0 && t < S->nt && t < MAX_TOKENS ? P->tok2w[t] : -1;
	int a, b, v, vb;
	if (w < 0)
		return 0;
	if (syn_text_words(S, P, e->source_text, &a, &b)) {
		for (int c = 0; c < P->nw; c++) {
			int h = (int)P->w[c].head - 1;
			if (h >= a && h <= b && (c < a || c > b) && syn_rel_base(&P->w[c], "acl") &&
			    word_under(P, w, c))
				return 1;
		}
		int c = bare_organ(e->source) ? actor_clause(S, P, at) : -1;   /* clausectry123 */
		if (c >= 0 && !span_under(P, a, b, c) &&
		    (!reported_clause(P, c) ||   /* relconj123 */
		     (in_own_conjunct(P, a, c) && !bare_people(e->target))))
			return 1;
	}
	if (e->verb_text && syn_text_words(S, P, e->verb_text, &v, &vb))
		for (int c = 0; c < P->nw; c++)
			if ((int)P->w[c].head - 1 == v && syn_rel_is(&P->w[c], "ccomp") &&
			    word_under(P, w, c))
				return 1;
	return 0;
}

/* leftovers34: 1 when the target of event e is the subject of a content clause (ccomp)
 * that its source is outside of ("The minister said the Russian army had committed abuses":
 * the accused army is the reported clause's actor, the minister its speaker): what is said
 * of it does not place who says it. Only a clause said (syn_speech_word: "Protesters
 * demanded that the National Congress Party be dissolved" is asked of their own country's
 * party, and places them). Not an object of the clause ("officials said they
 * arrested seven IS members in Anbar": the speakers' own deed, placed as before). */
static int target_in_content(coder_sent *S, const struct syntax_parse *P,
			     const khaldun_event *e)
{
	int a, b, sa, sb;
	if (!P || !e->target_text || !e->source_text ||
	    !syn_text_words(S, P, e->target_text, &a, &b) ||
	    !syn_text_words(S, P, e->source_text, &sa, &sb))
		return 0;
	for (int h = a; h <= b && h < P->nw; h++) {   /* any word of it: a misparse may hang
						   * "the Ethiopian military" word by word */
		int c = (int)P->w[h].head - 1;
		if (c >= 0 && (c < a || c > b) && syn_rel_base(&P->w[h], "nsubj") &&
		    syn_rel_is(&P->w[c], "ccomp") && !word_under(P, sa, c) && P->w[c].head &&
		    syn_speech_word(&P->w[P->w[c].head - 1]))
			return 1;
	}
	return 0;
}

/* 1 when byte offset at of the sentence lies inside phrase text (NULL: never). */
static int inside_text(coder_sent *S, const char *text, int at)
{
	int from = text && *text ? sent_text_offset(S, text) : -1;
	return from >= 0 && at >= from && at < from + (int)strlen(text);
}

/* clausectry123: the verb token after actor a when a, read without the parse, is the subject
 * of an adverbial clause: a subordinator (words.c's WF_SUB: "after", "when", "as", "while"
 * ...) right before its phrase, determiners and adjectives between, and a verb right after
 * it ("After Iran tested a missile, the army ...", "... when Hezbollah fired rockets"); -1:
 * not so ("such as Iran", "after Iran's elections": no verb after it). */
static int shallow_clause_doer(coder_sent *S, const coder_actor *a)
{
	int k = a->pos - 1, j = (a->end > a->pos ? a->end : a->pos) + 1;
	while (k >= 0 && (!sent_live(S, k) || S->t[k].type == TY_DET || S->t[k].type == TY_ADJ))
		k--;
	if (k < 0 || !tok_has(&S->t[k], WF_SUB) || (k > 0 && tok_is(&S->t[k - 1], "SUCH")))
		return -1;
	while (j < S->nt && (!sent_live(S, j) || S->t[j].type == TY_AUX))
		j++;
	return j < S->nt && S->t[j].type == TY_VERB ? j : -1;
}

/* relconj123: 1 when actor a, read without the parse, is the doer of a reported clause (a
 * speech verb, "that" and determiners or adjectives between, right before its phrase, a verb
 * right after it) and the source own of the event starts the conjunct after that verb, right
 * after its "and" or "but" ("Officials said Iran had tested a missile and the army condemned the
 * test": the army acts in a clause of its own, not Iran's). */
static int shallow_reported_doer(coder_sent *S, const coder_actor *a, const char *own)
{
	int k = a->pos - 1, j = (a->end > a->pos ? a->end : a->pos) + 1;
	int at = own && *own ? sent_text_offset(S, own) : -1;
	while (k >= 0 && (!sent_live(S, k) || S->t[k].type == TY_DET || S->t[k].type == TY_ADJ))
		k--;
	if (k > 0 && tok_is(&S->t[k], "THAT"))
		k--;
	if (k < 0 || at < 0 || !tok_in(&S->t[k], SPEECH_WORDS))
		return 0;
	while (j < S->nt && (!sent_live(S, j) || S->t[j].type == TY_AUX ||
			     tok_has(&S->t[j], WF_AUX)))   /* "had", "has been" */
		j++;
	if (j >= S->nt || S->t[j].type != TY_VERB)
		return 0;
	for (int n = j + 1; n + 1 < S->nt && S->t[n].ostart < at; n++)
		if (tok_is(&S->t[n], "AND") || tok_is(&S->t[n], "BUT")) {
			int m = n + 1;
			if (m + 1 < S->nt && S->t[m].type == TY_DET && S->t[m].ostart < at)
				m++;
			return S->t[m].ostart == at ||
			       (m > n + 1 && S->t[m - 1].ostart == at);
		}
	return 0;
}

/* clausectry123: 1 when actor a is the doer or object of an adverbial clause with a subject of
 * its own (with the parse P: own_subject_clause; without: shallow_clause_doer) that holds
 * neither side of event e nor its verb, while side (0 source, 1 target) of e is bare ("~MIL")
 * and of another role than a: "After Iran tested a missile, the army put troops on alert"
 * does not make the army Iran's, as the clause's doer acts on its own; the same kind of
 * body named again is the same one ("While the response of the Haitian National Police
 * prevented ..., I encourage the police ...": HTICOP). */
static int other_clause_actor(coder_sent *S, const struct syntax_parse *P, const coder_actor *a,
			      const khaldun_event *e, int side)
{
	const char *own = side ? e->target_text : e->source_text;
	const char *code = side ? e->target : e->source;
	const char *other = side ? e->source_text : e->target_text;
	char x[4];
	int at = S->t[a->pos].ostart, c, s0, s1, o0, o1, v0, v1;
	if (!bare_organ(code) || !own || inside_text(S, own, at) || inside_text(S, other, at) ||
	    !strncmp(actor_split(a->codes[0], x), code + 1, 3))
		return 0;
	if (!P) {
		int j = shallow_clause_doer(S, a);
		return (j >= 0 && !inside_text(S, e->verb_text, S->t[j].ostart)) ||
		       (!bare_people(side ? e->source : e->target) &&   /* relconj123 */
			shallow_reported_doer(S, a, e->source_text));
	}
	c = actor_clause(S, P, a);
	if (c < 0 || !syn_text_words(S, P, own, &s0, &s1) ||
	    (reported_clause(P, c) &&   /* relconj123: the conjunct's side, on no bare people */
	     (!in_own_conjunct(P, s0, c) || bare_people(side ? e->source : e->target))))
		return 0;
	if (!other || !syn_text_words(S, P, other, &o0, &o1))
		o0 = -1;
	if (!e->verb_text || !syn_text_words(S, P, e->verb_text, &v0, &v1))
		v0 = -1;
	return !span_under(P, s0, s1, c) && !span_under(P, o0, o1, c) && !span_under(P, v0, v1, c);
}

/* 1 when an actor of the sentence outside the phrase text (the other side's) names a
 * country, not as a counterpart: the sentence places the event, not only its other side.
 * With P and the event e whose source is to be placed: not an actor in a clause aside from
 * the source (in_aside_clause). Not an actor of another clause with its own subject when
 * side (0 source, 1 target, -1 none) of e, the one to be placed, is bare
 * (other_clause_actor). */
static int named_elsewhere(coder_sent *S, const char *text, const struct syntax_parse *P,
			   const khaldun_event *e, int side)
{
	int from = text && *text ? sent_text_offset(S, text) : -1;
	int to = from < 0 ? -1 : from + (int)strlen(text);
	const struct syntax_parse *Q = syntax_on(S) ? syn_get_parse(S) : NULL;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		char x[4];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || a->ncodes < 1 ||
		    (actor_split(a->codes[0], x), !x[0]) || counterpart(S, a) ||
		    bare_settlers(S, a) || (P && in_aside_clause(S, P, e, a)) ||
		    (side >= 0 && other_clause_actor(S, Q, a, e, side)))
			continue;
		int at = S->t[a->pos].ostart;
		if (at < from || at >= to)
			return 1;
	}
	return 0;
}

/* clausectry123: 1 when event e's source is of another country than cc (placed by the story:
 * "After Iran tested a missile, the army put troops on alert" in an Israeli story, ISRMIL)
 * and every actor of the sentence that names cc is the doer or object of another clause
 * (other_clause_actor) for e's bare target: the source then places its target in its own
 * country or none, not in that clause's doer's. */
static int foreign_source_doer_country(coder_sent *S, const khaldun_event *e, const char *cc)
{
	const struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	char scc[4], x[4];
	int seen = 0;
	actor_split(e->source, scc);
	if (!scc[0] || !strcmp(scc, cc))
		return 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || a->ncodes < 1 ||
		    (actor_split(a->codes[0], x), strcmp(x, cc)))
			continue;
		if (!other_clause_actor(S, P, a, e, 1))
			return 0;
		seen = 1;
	}
	return seen;
}

/* 1 when code places its country's other side. As a target (state set): only the state, a
 * party or the opposition ("KENGOV", "USAELI"), who act at home; not its armed groups,
 * civilians, refugees or firms, who may be anywhere ("Authorities arrested seven Syrian
 * militants", "accepted Syrian refugees", "rebels will release a Japanese citizen"). As a
 * source: any role of the country but refugees and firms ("a Nigerian activist said
 * authorities should ..." means her own; "BLA insurgents ambushed a paramilitary force"). */
static int places_other(const char *code, int state)
{
	static const char *const home[] = { "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP",
					    "ELI", "PTY", NULL };
	char cc[4];
	const char *role = actor_split(code, cc);
	if (!cc[0] || !*role)
		return 0;
	if (!state)
		return strncmp(role, "REF", 3) && strncmp(role, "BUS", 3);
	for (int k = 0; home[k]; k++)
		if (!strncmp(role, home[k], 3))
			return 1;
	return 0;
}

/* foreign53: 1 when phrase text names a post or an agent abroad by its nature: an embassy, a
 * consulate, an ambassador, an envoy, a diplomat or a spy ("Protesters attacked the French
 * embassy", "Police arrested a Russian diplomat"). Its country is the other party's, so as
 * a target it does not place the doer, as a state at home does (places_other). */
static int abroad_by_nature(const char *text)
{
	static const char *const abroad[] = { "embassy", "embassies", "consulate", "consulates",
		"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "spy",
		"spies", NULL };
	for (int k = 0; text && abroad[k]; k++)
		if (has_word(text, abroad[k]))
			return 1;
	return 0;
}

/* 1 when CAMEO code k is coercion, assault, fighting or mass violence (17 to 20). */
static int force_code(const char *k)
{
	return k && ((k[0] == '1' && k[1] >= '7' && k[1] <= '9') || (k[0] == '2' && k[1] == '0'));
}

/* sides31: 1 when the event is force or repression (CAMEO 17 to 20) by a bare state force
 * (~COP, ~MIL, ~SPY) on protesters ("Police fired stun grenades at Serbian protesters",
 * "Troops shot dead eight Burmese demonstrators"): people protest in their own country, and
 * the forces that disperse them are that country's, so the protesters' country places the
 * force, as a state target does (places_other). Not other civilians, who may be abroad
 * ("Police arrested two Chinese nationals"). */
static int protesters_hit(const khaldun_event *e)
{
	static const char *const crowd[] = { "protesters", "protestors", "protester",
		"protestor", "demonstrators", "demonstrator", "rioters", "marchers", NULL };
	static const char *const forces[] = { "~COP", "~MIL", "~SPY", NULL };
	char cc[4];
	const char *role = actor_split(e->target, cc);
	int force = 0, people = 0;
	if (!force_code(e->code) || !cc[0] || strncmp(role, "CVL", 3) || !e->target_text)
		return 0;
	for (int j = 0; forces[j]; j++)
		force |= !strncmp(e->source, forces[j], 4);
	for (int j = 0; crowd[j] && force; j++)
		people |= has_word(e->target_text, crowd[j]);
	return people;
}

/* 1 when code is a state organ (its government, police, courts, army, intelligence or
 * legislature) of country cc. */
static int organ_of(const char *code, const char *cc)
{
	static const char *const organ[] = { "GOV", "COP", "JUD", "MIL", "SPY", "LEG", NULL };
	char x[4];
	const char *role = actor_split(code, x);
	if (strcmp(x, cc))
		return 0;
	for (int k = 0; organ[k]; k++)
		if (!strncmp(role, organ[k], 3))
			return 1;
	return 0;
}

/* 1 when the event is coercion (17x: an arrest, a charge, a ban) by a state organ of country
 * cc of an unknown person or group (---: "him", "Zamora", "unnamed individuals"), who is
 * then of cc too: states arrest and charge at home ("Law enforcement charged him with
 * terrorizing residents of ... Port-au-Prince": HTI); a foreigner would be named so and the
 * sentence would name a second country. */
static int coerced_at_home(coder_sent *S, const khaldun_event *e, const char *cc)
{
	if (strcmp(e->target, "---") || !e->code || strncmp(e->code, "17", 2) ||
	    !organ_of(e->source, cc))
		return 0;
	return context_person_phrase(S, e->target_text, 1) != NULL;
}

/* 1 when the sentence's words between byte offsets from and to could hold no noun phrase
 * that a possessive might point back to: no article or demonstrative, no capitalised word,
 * no number ("has agreed to pull back"; not "seized the ship and detained"). */
static int no_antecedent_between(coder_sent *S, int from, int to)
{
	static const char *const det[] = { "the", "a", "an", "this", "that", "these", "those",
					   NULL };
	const char *p = S->c->sentence.p;
	for (int k = from; p && k < to;) {
		while (k < to && !isalnum((unsigned char)p[k]))
			k++;
		int w = k;
		while (k < to && (isalnum((unsigned char)p[k]) || p[k] == '-'))
			k++;
		if (k == w)
			break;
		if (isupper((unsigned char)p[w]) || isdigit((unsigned char)p[w]))
			return 0;
		for (int j = 0; det[j]; j++)
			if (strlen(det[j]) == (size_t)(k - w) && !strncmp(p + w, det[j], k - w))
				return 0;
	}
	return 1;
}

/* country43: 1 when event e's target phrase opens with its source's own possessive ("its",
 * "their", "the country's", "the nation's": "Kenya is ready to withdraw its troops"), the
 * source is the bare country cc, the sentence's only one, and no other noun phrase stands
 * between them (no_antecedent_between: "Kenya seized the ship and detained its crew" is the
 * ship's crew): the possessive points back at the source, so the target is that country's.
 * A bare country does not place other bare sides ("Iran threatened to kill a top general"),
 * hence the possessive. */
static int own_possessive_target(coder_sent *S, const khaldun_event *e, const char *cc)
{
	static const char *const own[] = { "its ", "their ", "the country's ", "the nation's ",
					   "the country\xe2\x80\x99s ", "the nation\xe2\x80\x99s ",
					   NULL };
	if (!e->target_text || !e->source_text || strcmp(e->source, cc))
		return 0;
	int s = sent_text_offset(S, e->source_text), t = sent_text_offset(S, e->target_text);
	if (s < 0 || t < s + (int)strlen(e->source_text) ||
	    !no_antecedent_between(S, s + (int)strlen(e->source_text), t))
		return 0;
	for (int k = 0; own[k]; k++)
		if (!strncasecmp(e->target_text, own[k], strlen(own[k])))
			return 1;
	return 0;
}

/* country43: 1 when the event is an arrest, a charge or a sentence (173) by a state organ of
 * country cc of bare media ("~MED": "Turkish authorities arrested a journalist"): states
 * arrest and try their own reporters; a foreign one is named so ("an American journalist"),
 * and then the sentence names a second country and this rule does not run. Not bans and
 * expulsions (172, 174), which hit foreign outlets as often ("a ban on the media outlet",
 * VOA, in a story about the Taliban). */
static int media_coerced_at_home(const khaldun_event *e, const char *cc)
{
	return !strcmp(e->target, "~MED") && e->code && !strncmp(e->code, "173", 3) &&
	       organ_of(e->source, cc);
}

/* shloc53: 1 when event e, coded without the parse, is done by a bare armed group or crowd
 * (~REB, ~INS, ~CVL) to a thing in a place of country cc, its target the bare country of a
 * locative phrase inside the target's own, or a sector of it ("Gunmen attacked a church in
 * Abuja": NGA, as actors.c capital_places leaves it; "a school in Quetta": PAKEDU): the deed
 * happens there, so the doers are of it, as the parse path's apply_place has it. Not a place
 * that is the whole target ("fired rockets at Israel"). */
static int deed_at_place(coder_sent *S, const khaldun_event *e, const char *cc)
{
	static const char *const doers[] = { "~REB", "~INS", "~CVL", NULL };
	static const char *const at[] = { " in ", " at ", " near ", " inside ", NULL };
	int doer = 0;
	/* shplace163: or a sector of it the thing in the place names ("a school in Quetta":
	 * PAKEDU, event.c placed_object) */
	if (syntax_on(S) || strncmp(e->target, cc, 3) || !e->target_text)
		return 0;
	for (int k = 0; doers[k]; k++)
		doer |= !strcmp(e->source, doers[k]);
	for (int k = 0; at[k] && doer; k++)
		if (strstr(e->target_text, at[k]))
			return 1;
	return 0;
}

/* agents54: 1 when event e is force (CAMEO 18 to 20) by country cc's military on bare
 * civilians (~CVL) and only the source's own words name cc: the country is then the
 * attacker's, which says nothing of whom it fired on ("Israeli forces opened fire on
 * civilians waiting for food": not ISRCVL); a place of cc named elsewhere in the sentence
 * still places them ("as Syrian forces struck an enclave near Damascus"). */
static int force_on_people(coder_sent *S, const khaldun_event *e, const char *cc)
{
	if (!e->code || !e->source_text || strcmp(e->target, "~CVL") ||
	    strncmp(e->source, cc, 3) || strcmp(e->source + 3, "MIL") ||
	    (strncmp(e->code, "18", 2) && strncmp(e->code, "19", 2) &&
	     strncmp(e->code, "20", 2)))
		return 0;
	int from = sent_text_offset(S, e->source_text);
	int to = from + (int)strlen(e->source_text);
	for (int k = 0; k < S->na && from >= 0; k++) {
		const coder_actor *a = &S->a[k];
		int at = S->t[a->pos].ostart;
		if (!a->pron_kind && a->ncodes && !strncmp(a->codes[0], cc, 3) &&
		    (at < from || at >= to))
			return 0;
	}
	return from >= 0;
}

/* The note of apply_sentence_country for country cc in why (n bytes), written on the first
 * call (why[0] == 0) and kept for the next; returns why. */
static const char *country_note(char *why, size_t n, const char *cc)
{
	if (!why[0])
		snprintf(why, n, "country %s, the only one its sentence names", cc);
	return why;
}

/* country47: 1 when event e threatens or imposes sanctions (1312, 163) aimed at no one named
 * (target ---: "is considering sanctions") by a body of no country (the EU, the U.N.): a
 * body of states lays sanctions on a state, and the one country the sentence names is the
 * one it means ("The European Union is also considering sanctions and warned that the Somali
 * government's actions would divide the country"). */
static int sanctions_unaimed(const khaldun_event *e)
{
	char scc[4];
	if (!e->code || (strcmp(e->code, "1312") && strcmp(e->code, "163")) ||
	    strcmp(e->target, "---") || !strcmp(e->source, "---"))
		return 0;
	actor_split(e->source, scc);
	return !scc[0] && e->source[0] != '~';
}

/* country53: 1 when event e is a protest (14: demonstrate, rally, strike) by a bare country
 * or its people ("Thousands of Georgians protested") against a bare national organ (~GOV,
 * ~LEG, ~JUD, ~COP, ~MIL: "parliament", "the police"): a people takes to the streets at
 * home, so the organ is theirs (GEOLEG). Not other acts: a country criticizes or threatens
 * another's court or army as often as its own ("Turkey condemned the decision of the court"). */
static int people_at_home(const khaldun_event *e)
{
	static const char *const organs[] = { "GOV", "LEG", "JUD", "COP", "MIL", NULL };
	char cc[4];
	const char *role = actor_split(e->source, cc);
	if (!cc[0] || *role || !e->code || strncmp(e->code, "14", 2))
		return 0;
	return e->target[0] == '~' && !e->target[4] && role_in(e->target + 1, organs);
}

/* sidefrom118: the length of the opener "the country's " or "the nation's " (either
 * apostrophe) of phrase text, a possessive pointing back at a country named before it ("the
 * country's foreign minister", "The nation's top court"); 0 when text opens otherwise. */
static size_t country_possessive(const char *text)
{
	static const char *const own[] = { "the country's ", "the nation's ",
					   "the country\xe2\x80\x99s ", "the nation\xe2\x80\x99s ",
					   NULL };
	for (int k = 0; text && own[k]; k++)
		if (!strncasecmp(text, own[k], strlen(own[k])))
			return strlen(own[k]);
	return 0;
}

/* The one country that the sentence's live dictionary actors before coder token at name
 * (pronouns aside); NULL when they name none or two. *seen (may be NULL) is set to 1 when
 * they name any. */
static const char *one_country_before(coder_sent *S, int at, int *seen)
{
	char one[4] = "";
	for (int k = 0; k < S->na && at >= 0; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->pos >= at || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char x[4];
			actor_split(a->codes[j], x);
			if (x[0] && seen)
				*seen = 1;
			if (x[0] && one[0] && strcmp(x, one))
				return NULL;
			if (x[0])
				memcpy(one, x, 4);
		}
	}
	return one[0] ? arena_strdup(&S->c->scratch, one) : NULL;
}

/* sidefrom118: the first coder token of phrase text in the sentence, -1 when it is not
 * found. */
static int phrase_first_token(coder_sent *S, const char *text)
{
	int off = text && *text ? sent_text_offset(S, text) : -1;
	for (int i = 0; off >= 0 && i < S->nt && i < MAX_TOKENS; i++)
		if ((int)S->t[i].ostart >= off)
			return i;
	return -1;
}

/* country53: the country that a side "the country" or "the nation" refers back to: the one
 * country the sentence's actors before the phrase name ("Iranian state media reported that
 * the country had executed a man convicted of spying for Israel": IRN, not Israel, named
 * after it); NULL when they name none or two. sidefrom118: so does a side that opens with
 * the possessive "the country's" or "the nation's" ("After Iran tested a missile, the
 * country's foreign minister accused Washington ...": IRNGOV), read from its own place. */
static const char *country_before(coder_sent *S, const char *text)
{
	if (text && country_possessive(text))
		return one_country_before(S, phrase_first_token(S, text), NULL);
	if (!text || (strcasecmp(text, "the country") && strcasecmp(text, "the nation")))
		return NULL;
	int at = -1;
	for (int i = 1; i < S->nt && i < MAX_TOKENS && at < 0; i++)
		if ((tok_is(&S->t[i], "COUNTRY") || tok_is(&S->t[i], "NATION")) &&
		    tok_is(&S->t[i - 1], "THE"))
			at = i;
	return one_country_before(S, at, NULL);
}

/* kindposs118: the kind of a side "the country's" or "the nation's" + another agent noun, one
 * or two lower-case words on at most ("the country's army": ~MIL, "The nation's top court":
 * ~JUD, "the country's security forces": ~COP; an agent's capital name too, "the country's
 * National Assembly": ~LEG), coded ~GOV by the owner's own entry
 * (COUNTRY_, NATION_): the owner only points back at a country (country_possessive), the
 * head noun names the agent, as "Iran's army" is IRNMIL; NULL when code is no bare ~GOV, the
 * text opens otherwise, or the head is a state word itself ("the country's foreign
 * minister" stays ~GOV). */
static const char *possessive_head_kind(coder_sent *S, const char *code, const char *text)
{
	int i = code && !strcmp(code, "~GOV") && country_possessive(text) ?
		phrase_first_token(S, text) : -1;
	for (int j = i + 2; i >= 0 && j < S->nt && j <= i + 4; j++) {
		const coder_tok *w = &S->t[j];
		if (w->ent && w->ent->type == ENT_AGENT) {
			const char *ag = sent_agent_code(S, w->ent);
			return ag && ag[0] == '~' && strcmp(ag, "~GOV") ? ag : NULL;
		}
		if (w->cls != C_WORD || w->cap || tok_possessive(w) || tok_has(w, WF_PREP) ||
		    w->type == TY_ACTOR || w->type == TY_VERB || w->type == TY_CONJ)
			return NULL;
	}
	return NULL;
}

/* kindposs118: gives each side of possessive_head_kind its head noun's kind, before the
 * rules that place it ("the country's army" ~GOV -> ~MIL, then IRNMIL by country_before). */
static void apply_possessive_kind(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *s = possessive_head_kind(S, e->source, e->source_text);
		const char *t = possessive_head_kind(S, e->target, e->target_text);
		if (s || t)
			context_set_sides(S, e, s, t,
					  "the kind of the noun after \"the country's\"");
	}
}

/* Gives a bare side "the country" the country named before it (country_before). */
static void apply_country_noun(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *sc = e->source[0] == '~' ? country_before(S, e->source_text) : NULL;
		const char *tc = e->target[0] == '~' ? country_before(S, e->target_text) : NULL;
		const char *s = sc ? with_country(S, e->source, e->source_text, sc) : NULL;
		const char *t = tc ? with_country(S, e->target, e->target_text, tc) : NULL;
		char why[64];
		snprintf(why, sizeof why, "the country named before it, %s",
			 sc ? sc : tc ? tc : "");
		if (s || t)
			context_set_sides(S, e, s, t, why);
	}
}

/* A bare institution, role or group of an event takes the one country its sentence names, in
 * any sentence (alone, or one whose story names no country or another), but not when only
 * the event's other side names it and is no state of it (places_other: "The court's
 * president rejected Kenya's request", "the minister said of his talks with the U.S.",
 * "Colorado accepted Syrian refugees"), nor for a speaker (a statement's source: "Analysts
 * say China ...", "Prosecutors say they hired him to kill a critic of Tehran's ...": what is
 * said does not place who says it), nor for a sanctioner (163, 1312: "Sanctions against the
 * Turkish government are pending in Congress": sanctions are laid on another country), nor
 * from a clause aside from the source (named_elsewhere). A state on the other side does
 * ("Kenyan authorities banned civilians", "BLA insurgents ambushed a paramilitary force"),
 * but not for a bare state organ whose hostile act is aimed at that country's government
 * (foreign_state_foe: "An army spokesman accused Afghan officials of ...": not AFGMIL). */
static void apply_sentence_country(coder_sent *S)
{
	khaldun_coder *c = S->c;
	const char *cc = sentence_country(S);
	if (!cc)
		return;
	char why[64];
	why[0] = 0;   /* the note is written when an event first needs it */
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		int said = code_root(e->code) == 1;
		/* sanctions (163, 1312) are laid on another country: not the sanctioner's */
		said = said || (e->code && (!strcmp(e->code, "163") || !strcmp(e->code, "1312")));
		const struct syntax_parse *P = e->source[0] == '~' && syntax_on(S) ?
					       syn_get_parse(S) : NULL;
		char tcc[4];
		int foe = foreign_state_foe(e, tcc) && !strcmp(tcc, cc);
		if (!said && !foe && !target_in_content(S, P, e) &&
		    !context_quote_theirs(S, e->source_text, cc) &&
		    ((places_other(e->target, 1) && !abroad_by_nature(e->target_text)) ||
		     protesters_hit(e) ||
		     deed_at_place(S, e, cc) ||
		     named_elsewhere(S, e->target_text, P, e, 0)))
			context_set_sides(S, e, with_country(S, e->source, e->source_text, cc),
					  NULL, country_note(why, sizeof why, cc));
		/* the source as now placed ("the BLA and other separatist groups killed") */
		if (((places_other(e->source, 0) && !foreign_source_doer_country(S, e, cc)) ||
		     people_at_home(e) ||
		     named_elsewhere(S, e->source_text, NULL, e, 1)) &&
		    !force_on_people(S, e, cc) && !context_quote_theirs(S, e->target_text, cc))
			context_set_sides(S, e, NULL,
					  with_country(S, e->target, e->target_text, cc),
					  country_note(why, sizeof why, cc));
		if (coerced_at_home(S, e, cc))
			context_set_sides(S, e, NULL, cc, country_note(why, sizeof why, cc));
		if (own_possessive_target(S, e, cc))
			context_set_sides(S, e, NULL,
					  with_country(S, e->target, e->target_text, cc),
					  country_note(why, sizeof why, cc));
		if (media_coerced_at_home(e, cc)) {
			char *m = arena_alloc(&S->c->scratch, 7);
			if (m) {
				memcpy(m, cc, 3);
				memcpy(m + 3, "MED", 4);
				context_set_sides(S, e, NULL, m, country_note(why, sizeof why, cc));
			}
		}
		if (sanctions_unaimed(e))
			context_set_sides(S, e, NULL, cc, country_note(why, sizeof why, cc));
	}
}

/* reported154: a deed of bare farmers or clerics (~AGR, ~REL: people of a land or of its
 * places of worship) that a state's speaker reports ("Kenyan officials said local farmers
 * were protesting", "police said clerics led a march": the event's attribution KENGOV) is
 * done by those of the speaker's country, as the elders or students of such a clause are
 * (the domestic sectors take it by the rules above). Elsewhere they keep no country (a
 * sentence's victims, "The attack killed four farmers", or a clause's own subject no speaker
 * reports: actsubj53, source78); "foreign" ones too, and where the sentence names a
 * country besides the speaker's ("said farmers were protesting in Kampala"). */
static void apply_reported_farmers(coder_sent *S)
{
	static const char *const kinds[] = { "~AGR", "~REL", NULL };
	khaldun_coder *c = S->c;
	const char *one = sentence_country(S);
	for (size_t i = 0; one && i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		char cc[4];
		int k = 0;
		while (kinds[k] && strcmp(e->source, kinds[k]))
			k++;
		if (!kinds[k] || !e->attribution || e->attribution[0] == '~')
			continue;
		actor_split(e->attribution, cc);
		if (strcmp(cc, one) || foreign_people(e->source_text) ||
		    plural_of_states(e->source_text, 0))
			continue;
		char *r = arena_alloc(&S->c->scratch, 7);
		if (!r)
			return;
		memcpy(r, cc, 3);
		memcpy(r + 3, kinds[k] + 1, 4);
		char why[64];
		snprintf(why, sizeof why, "country %s of the speaker who reports the deed", cc);
		context_set_sides(S, e, r, NULL, why);
	}
}

/* --- "settlers" are Israel's only where the sentence or story names Israel or Palestine --- */

/* Stops (1) at Israel or Palestine; notes in arg (int) any other country. */
static int israel_or_other(coder_context *x, const char *cc, void *arg)
{
	(void)x;
	if (!strcmp(cc, "ISR") || !strcmp(cc, "PSE"))
		return 1;
	*(int *)arg = 1;
	return 0;
}

/* Where the sentence and its story are: 1 when their actors (bare settlers aside) name
 * Israel or Palestine, -1 when they name only other countries, 0 when none. */
static int settlers_country(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	int other = 0;
	for (int k = 0; k < x->ncc; k++)
		if (israel_or_other(NULL, x->cc[k], &other))
			return 1;
	if (each_country(S, israel_or_other, &other))
		return 1;
	return other ? -1 : 0;
}

/* 1 when text has the word w (any case). */
static int has_word(const char *text, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = text; *p; p++)
		if ((p == text || !isalpha((unsigned char)p[-1])) && !strncasecmp(p, w, n) &&
		    !isalpha((unsigned char)p[n]))
			return 1;
	return 0;
}

/* The dictionary's bare "settlers" are the West Bank's Israeli settlers (ISRCVL); in a
 * sentence and story that name other countries and neither Israel nor Palestine they are
 * anyone's ("attacks on security forces, settlers and workers from Punjab" in Balochistan): a
 * bare ~CVL, which the rules after this one may place. */
static void apply_settlers(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int checked = 0, where = 0;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		for (int side = 0; side < 2; side++) {
			const char *code = side ? e->target : e->source;
			const char *text = side ? e->target_text : e->source_text;
			if (strcmp(code, "ISRCVL") || !text || !has_word(text, "settlers") ||
			    has_word(text, "Israeli") || has_word(text, "Jewish") ||
			    has_word(text, "Israel"))
				continue;
			if (!checked++)
				where = settlers_country(S);
			if (where >= 0)
				return;
			if (side)
				e->target = "~CVL";
			else
				e->source = "~CVL";
			add_note(S, e, "%s: \"settlers\" where the sentence and story name other "
				 "countries, not Israel nor Palestine: anyone's (~CVL)",
				 side ? "target" : "source");
		}
	}
}

/* storyctry150: 1 when country cc is the country of some event target of sentence S and of
 * none of its sources ("Officials accused Afghanistan of sheltering the militants": AFG), so
 * that in a story with a dateline ("QUETTA, Pakistan —") the country its doers blame is not
 * counted as the story's and "The government condemned the attack" stays the dateline's. */
static int target_only(coder_sent *S, const char *cc)
{
	int src = 0, tgt = 0;
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		char a[4], b[4];
		actor_split(e->source, a);
		actor_split(e->target, b);
		src |= !strcmp(a, cc);
		tgt |= !strcmp(b, cc);
	}
	return tgt && !src;
}

/* Counts one more actor naming country cc in the story (at most CONTEXT_COUNTRIES); with arg,
 * the sentence (storyctry150), not a country named only by its events' targets. */
static int count_country(coder_context *x, const char *cc, void *arg)
{
	if (arg && target_only((coder_sent *)arg, cc))
		return 0;
	int m = 0;
	while (m < x->ncc && strcmp(x->cc[m], cc))
		m++;
	if (m == x->ncc) {
		if (x->ncc == CONTEXT_COUNTRIES)
			return 0;
		memcpy(x->cc[x->ncc++], cc, 4);
	}
	x->count[m]++;
	return 0;
}

/* 1 when token i is inside a quotation (sent.h says when: a quote mark before it, or a
 * closing one after it). */
int context_quoted_at(const coder_sent *S, int i)
{
	const char *text = S->c->sentence.p;
	for (int k = 0; k < S->nt; k++) {
		if (S->t[k].cls != C_QUOTE)
			continue;
		if (k < i)
			return 1;
		int at = S->t[k].ostart;
		return text && at > 0 && !isspace((unsigned char)text[at - 1]);
	}
	return 0;
}

static int one_of_a_kind(const coder_context *x);

/* 1 when token t is a lead-in word that may open a sentence before its subject ("Then",
 * "But"). */
static int lead_word(const coder_tok *t)
{
	static const char *const lead[] = { "THEN", "BUT", "AND", "SO", "LATER", "ALSO",
					    "MEANWHILE", "HOWEVER", "STILL", "YET", NULL };
	return tok_in(t, lead);
}

/* 1 when pronoun token t can stand for the previous sentence's subject (at most one
 * sentence back): HE and SHE a person, IT and THEY not, IT no plural (coref89). */
static int fits_subject(const coder_sent *S, const coder_tok *t)
{
	const coder_context *x = &S->c->ctx;
	if (!x->on || !x->subject[0] || x->subject_age > 1 || S->c->o.forward)
		return 0;
	int person = tok_is(t, "HE") || tok_is(t, "SHE");
	if (!person && !tok_is(t, "IT") && !tok_is(t, "THEY"))
		return 0;
	/* coref89: "it" is no plural's ("Western officials said ... It made a visit") */
	if (tok_is(t, "IT") && x->subject_plural)
		return 0;
	/* quoteb108: "they" is no single person's ("A Kenyan lawmaker criticized ... They
	 * attacked ...") */
	if (tok_is(t, "THEY") && one_of_a_kind(x))
		return 0;
	return person == x->subject_person;
}

static const coder_name *named_before(const coder_context *x, const char *text);

/* quotespk163: 1 when pronoun token t is joined by "and" to a name the story remembers as the
 * person the pronoun would stand for ("She and Lockyear both urged the council ...", Lockyear
 * the person remembered): the pronoun is someone else. */
static int pronoun_and_person(const coder_sent *S, const coder_tok *t)
{
	const coder_context *x = &S->c->ctx;
	int i = (int)(t - S->t);
	if (i < 0 || i + 2 >= S->nt || !tok_is(&S->t[i + 1], "AND") || !S->t[i + 2].cap ||
	    !S->c->sentence.p)
		return 0;
	char w[32];
	const coder_tok *n = &S->t[i + 2];
	if (n->olen <= 0 || n->olen >= (int)sizeof w)
		return 0;
	memcpy(w, S->c->sentence.p + n->ostart, (size_t)n->olen);
	w[n->olen] = 0;
	const coder_name *p = named_before(x, w);
	return p && !strcmp(p->code, x->person);
}

/* anaphor54: 1 when HE or SHE, which the previous sentence's subject cannot be (a body, a
 * ministry, "the two men"), stands for the person who was the subject the sentence before
 * ("Iran's foreign minister met ... The Saudi foreign ministry said ... He also invited":
 * the minister), when no subject came between them that the story could not place. */
static int person_before(const coder_sent *S, const coder_tok *t)
{
	const coder_context *x = &S->c->ctx;
	return x->on && !S->c->o.forward && (tok_is(t, "HE") || tok_is(t, "SHE")) &&
	       x->subject[0] && x->subject_age <= 1 && !x->subject_person && x->person[0] &&
	       x->person_age <= 1 && !pronoun_and_person(S, t);
}

/* 1 when code is a group that is no state: an armed group, criminals, an opposition or a
 * non-governmental body (a sector REB, INS, UAF, CRM, OPP or NGO on a 3-character
 * boundary). */
static int group_code(const char *code)
{
	static const char *const sector[] = { "REB", "INS", "UAF", "CRM", "OPP", "NGO", NULL };
	size_t n = strlen(code);
	for (size_t at = 0; at + 3 <= n; at += 3)
		for (int j = 0; sector[j]; j++)
			if (!strncmp(code + at, sector[j], 3))
				return 1;
	return 0;
}

/* Nouns that name a group by what it is or did: "the group", "the attackers", "the separatist
 * organization" (agents such as "militants" have codes of their own). */
static const char *const group_nouns[] = { "GROUP", "ORGANIZATION", "ORGANISATION", "OUTFIT",
					   "ATTACKERS", "ASSAILANTS", "HIJACKERS", "BOMBERS",
					   "ABDUCTORS", NULL };

/* 1 when text is one of group_nouns or a definite description ending in one ("The group"). */
static int description_text(const char *text)
{
	if (!text || (strchr(text, ' ') && strncasecmp(text, "the ", 4)))
		return 0;
	const char *last = strrchr(text, ' ') ? strrchr(text, ' ') + 1 : text;
	for (int j = 0; group_nouns[j]; j++)
		if (!strcasecmp(last, group_nouns[j]))
			return 1;
	return 0;
}

/* 1 when token t names a time by itself: a month or a unit of time ("April", "week"), a
 * weekday, a number ("2019", "5"), "yesterday", "today" or "tonight". */
static int time_word(const coder_tok *t)
{
	static const char *const day[] = { "YESTERDAY", "TODAY", "TONIGHT", NULL };
	return t->cls == C_NUMBER || tok_has(t, WF_WHEN) || tok_in(t, WEEKDAYS) || tok_in(t, day);
}

/* 1 when tokens from..k-1 are a time phrase with no comma after it ("In April", "On
 * Monday", "Last week", "Earlier this month", "In early 2019"): at most five words, an
 * optional leading preposition of time, then only time words (time_word) and the words
 * that place them ("last", "this", "early", "the", "of", "ago"; speech65: "recent", "past",
 * "few", "several"), at least one time word among them, and no actor. */
int context_time_lead(const coder_sent *S, int from, int k)
{
	static const char *const prep[] = { "IN", "ON", "AT", "DURING", "BY", NULL };
	static const char *const place[] = { "LAST", "THIS", "NEXT", "THAT", "EARLY", "LATE",
					     "EARLIER", "LATER", "THE", "OF", "MID", "AGO",
					     "RECENT", "PAST", "FEW", "SEVERAL", NULL };
	int times = 0;
	if (k - from < 1 || k - from > 5)
		return 0;
	for (int j = from; j < k; j++) {
		const coder_tok *t = &S->t[j];
		if (t->type == TY_ACTOR || t->type == TY_AGENT || t->actor >= 0)
			return 0;
		if (time_word(t))
			times++;
		else if (!(j == from && tok_in(t, prep)) && !tok_in(t, place))
			return 0;
	}
	return times > 0;
}

/* 1 when pronoun p is the possessive of subject pronoun k ("Near the end of his appearance,
 * he called ...", "After its vote, it ..."): a fronted phrase's own possessive speaks of the
 * subject that follows, as English writes it, and names no one else. */
static int own_possessive(const coder_tok *p, const coder_tok *k)
{
	return (tok_is(p, "HIS") && tok_is(k, "HE")) || (tok_is(p, "HER") && tok_is(k, "SHE")) ||
	       (tok_is(p, "ITS") && tok_is(k, "IT")) || (tok_is(p, "THEIR") && tok_is(k, "THEY"));
}

/* 1 when the tokens before k open the sentence: only quotes, commas and lead-in words, or
 * a fronted phrase closed by a comma right before k, with no pronoun but k's own possessive
 * (own_possessive) and no quote mark but one that opens the sentence ("In the statement released
 * after the attack, the group ...", "At night, they ..."), or after those lead-in words a time
 * phrase with no comma (time_lead: "In April he called on ...", "Last week they ..."). */
static int opens_sentence(const coder_sent *S, int k)
{
	int only_lead = 1, quote = 0, lead_end = -1;
	for (int j = 0; j < k; j++) {
		quote |= (j > 0 && S->t[j].cls == C_QUOTE) ||
			 (S->t[j].type == TY_PRON && !own_possessive(&S->t[j], &S->t[k]));
		if (S->t[j].cls != C_QUOTE && S->t[j].cls != C_COMMA && !lead_word(&S->t[j]))
			only_lead = 0;
		if (only_lead)
			lead_end = j;
	}
	return only_lead || (!quote && k > 0 && S->t[k - 1].cls == C_COMMA) ||
	       (!quote && context_time_lead(S, lead_end + 1, k));
}

int context_opens_sentence(const coder_sent *S, int k)
{
	return k >= 0 && k < S->nt && opens_sentence(S, k);
}

/* 1 when a verb follows token i within twelve words, before any comma or quote. */
static int verb_follows(const coder_sent *S, int i)
{
	for (int k = i + 1; k < S->nt && k <= i + 12; k++) {
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE)
			return 0;
		if (S->t[k].type == TY_VERB)
			return 1;
	}
	return 0;
}

/* 1 when token t is a lower-case word that is no actor, agent, verb or pronoun. */
static int plain_word(const coder_tok *t)
{
	return t->cls == C_WORD && !t->cap && t->type != TY_ACTOR && t->type != TY_AGENT &&
	       t->type != TY_VERB && t->type != TY_PRON && t->actor < 0;
}

/* coref92: 1 when token k opens the words a person pronoun opening the sentence says: "He
 * said", "She says that" right before it. */
static int after_speaker_pronoun(const coder_sent *S, int k)
{
	int j = k - 1;
	if (j >= 0 && tok_is(&S->t[j], "THAT"))
		j--;
	if (j < 1 || (!tok_is(&S->t[j], "SAID") && !tok_is(&S->t[j], "SAYS")))
		return 0;
	const coder_tok *p = &S->t[j - 1];
	return (tok_is(p, "HE") || tok_is(p, "SHE")) && opens_sentence(S, j - 1);
}

int context_description(coder_sent *S, int before, const char **code)
{
	const coder_context *x = &S->c->ctx;
	if (!x->on || !x->subject[0] || x->subject_age > 1 || S->c->o.forward ||
	    x->subject_several)
		return -1;
	/* coref92: the subject, of a group or an international body, speaking for it ("Jane
	 * Miller, UNICEF's executive director"): "She said the organization ..." is that body
	 * (not "the group", "the attackers": often another's) */
	if (!group_code(x->subject) && strncmp(x->subject, "IGO", 3))
		return -1;
	for (int k = 0; k + 1 < S->nt && k < before; k++) {
		if (!tok_is(&S->t[k], "THE"))
			continue;
		int own = after_speaker_pronoun(S, k) && (tok_is(&S->t[k + 1], "ORGANIZATION") ||
							  tok_is(&S->t[k + 1], "ORGANISATION"));
		if (!own && (x->subject_person || !group_code(x->subject)))
			continue;
		int h = k + 1;
		while (h < k + 3 && h + 1 < S->nt && plain_word(&S->t[h]) &&
		       !tok_in(&S->t[h], group_nouns))
			h++;
		if (h >= before || !tok_in(&S->t[h], group_nouns) || !plain_word(&S->t[h]))
			continue;
		if ((!own && !opens_sentence(S, k)) || !verb_follows(S, h) ||
		    (context_quoted_at(S, h) && x->subject_said))
			return -1;
		S->c->ctx.pronoun_used = 1;
		*code = arena_strdup(&S->c->scratch, x->subject);
		return *code ? h : -1;
	}
	return -1;
}

/* 1 when token i is an "it" followed by a form of "be" that stands for no one: "It was a
 * mistake to ...", "It is now for Russia to ...", and after a modal, "It cannot be that ...",
 * "It would be wrong to ..." (not before a participle). */
static int expletive_it(const coder_sent *S, int i)
{
	static const char *const modal[] = { "CAN", "CANNOT", "COULD", "WILL", "WOULD", "MAY",
					     "MIGHT", "MUST", "SHOULD", NULL };
	if (!tok_is(&S->t[i], "IT") || i + 1 >= S->nt)
		return 0;
	const coder_tok *n = &S->t[i + 1];
	if (tok_is(n, "IS") || tok_is(n, "WAS") || tok_is(n, "'S"))
		return 1;
	int k = 0;
	while (modal[k] && !tok_is(n, modal[k]))
		k++;
	int j = i + 2;
	if (!modal[k])
		return 0;
	if (j < S->nt && (tok_is(&S->t[j], "NOT") || tok_is(&S->t[j], "N'T")))
		j++;
	if (j + 1 >= S->nt || !tok_is(&S->t[j], "BE"))
		return 0;
	/* not a verb's progressive or passive: "It will be kicking out ...", "It would be
	 * punished" are someone's */
	const coder_tok *v = &S->t[j + 1];
	return v->type != TY_VERB && !(v->n > 4 && (tok_ends(v, "ING") || tok_ends(v, "ED") ||
						    tok_ends(v, "EN")));
}

/* A pronoun subject opening a sentence ("They stormed the hotel", "He said ...") stands for the
 * previous sentence's subject actor in a story (the last sentence that coded an event, at
 * most one sentence back), when: it is HE, SHE, IT or THEY with a verb within the next twelve
 * words, before any comma or quote, and nothing but quotes, commas and lead-in words
 * ("Then", "But") before it, or a fronted phrase and its comma ("At night, they ...",
 * opens_sentence; an actor in that phrase is the sentence's own, actors_pronouns); HE and
 * SHE only for a person (keep_subject), IT and THEY only for what is not one; and it is
 * inside no quote (context_quoted_at) when it is HE or SHE or the previous sentence was a statement
 * (", he said" after a quotation is its speaker, and a quoted speaker's "he" is someone
 * else). */
const char *context_pronoun(coder_sent *S, int i, int kind)
{
	const coder_context *x = &S->c->ctx;
	const coder_tok *t = &S->t[i];
	const char *code = x->subject;
	int person = x->subject_person;
	if (kind != 2 && !fits_subject(S, t) && person_before(S, t)) {
		code = x->person;
		person = 1;
	} else if (kind == 2 || !fits_subject(S, t)) {
		return NULL;
	}
	if (expletive_it(S, i))
		return NULL;
	/* speakers67: the speaker of a quote that names no actor before it ('"The children
	 * were young," she said'), outside the quote, is the subject as one opening a sentence
	 * is */
	if (context_quote_speaker_at(S, i)) {
		S->c->ctx.pronoun_used = 1;
		return arena_strdup(&S->c->scratch, code);
	}
	/* it opens the sentence: only quotes, commas and lead-in words before it, or a fronted
	 * phrase that is no clause with a subject of its own the pronoun agrees with */
	if (!opens_sentence(S, i) || !verb_follows(S, i) || syntax_fronted_subject(S, i))
		return NULL;
	if (context_quoted_at(S, i) && (person || x->subject_said))
		return NULL;
	S->c->ctx.pronoun_used = 1;
	return arena_strdup(&S->c->scratch, code);
}

const char *context_quote_pronoun(coder_sent *S, int i)
{
	if (i < 0 || i >= S->nt || tok_is(&S->t[i], "IT") || !fits_subject(S, &S->t[i]))
		return NULL;
	return arena_strdup(&S->c->scratch, S->c->ctx.subject);
}

/* 1 when text is a subject pronoun. */
static int pronoun_text(const char *text)
{
	static const char *const p[] = { "he", "she", "it", "they", NULL };
	for (int k = 0; text && p[k]; k++)
		if (!strcasecmp(text, p[k]))
			return 1;
	return 0;
}

/* Notes the events whose actor is a pronoun taken from the previous sentence. */
static void note_pronouns(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		for (int side = 0; side < 2; side++) {
			const char *code = side ? e->target : e->source;
			const char *text = side ? e->target_text : e->source_text;
			if ((!pronoun_text(text) && !description_text(text)) ||
			    strcmp(code, c->ctx.subject))
				continue;
			add_note(S, e, "%s: \"%s\" = the previous sentence's subject %s (%s)",
				 side ? "target" : "source", text, code, c->ctx.subject_text);
		}
	}
}

/* s copied into d (size bytes), cut to size - 1 bytes as snprintf "%s" cuts it. */
static void copy_cut(char *d, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (n >= size)
		n = size - 1;
	memcpy(d, s, n);
	d[n] = 0;
}

/* 1 when an international body's actor is named as a person ("Bennett", "Antonio Guterres":
 * IGOUNO), not as the body ("the U.N.", "UNICEF", "Security Council"): name words only, the
 * last no institution's word nor an acronym. */
static int name_word(const char *w, size_t n);
static int name_particle(const char *w, size_t n);
static int not_surname(const char *w, size_t n);
static int next_word(const char *text, size_t end, size_t *k, size_t *w0);
static size_t head_part(const char *text);

/* The number of words of text[0, end) when each is a capitalised name word (no particle)
 * and the last can be a surname ("Pedersen", "Denny Roy"), else 0. */
static int name_words(const char *text, size_t end)
{
	size_t k = 0, w0 = 0, last0 = 0, lastn = 0;
	int words = 0;
	while (next_word(text, end, &k, &w0)) {
		if (!name_word(text + w0, k - w0) || name_particle(text + w0, k - w0))
			return 0;
		last0 = w0, lastn = k - w0;
		words++;
	}
	return lastn && !not_surname(text + last0, lastn) ? words : 0;
}

/* 1 when text names a person of an international body or, sectitle164, of a
 * non-governmental one ("Christopher Lockyear" of MSF, NGOHLHMSF): a "he" for later. */
static int igo_person(const char *code, const char *text)
{
	if ((strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3)) || !text || !*text)
		return 0;
	return name_words(text, strlen(text)) > 0;
}

/* coref92: 1 when text opens with a person's full name, two or more name words (name_words),
 * and an apposition after its comma ("Tom Harlow, head of the U.S. Poultry Council"): a
 * person even when the code is a bare country's (USA). */
static int named_apposition(const char *text)
{
	size_t n = strcspn(text, ",(");
	return text[n] == ',' && name_words(text, n) >= 2;
}

/* story38: 1 when head is one word, the surname alone of a person the story named in full
 * before ("Swonger" after "Chris Swonger, head of the Distilled Spirits Council of the United
 * States"): a person even when the code is a bare country's (USA); not a country's own name
 * ("Pakistan"), which is never such a surname. */
static int surname_again(const coder_context *x, const char *head)
{
	if (!*head || strchr(head, ' '))
		return 0;
	const coder_name *p = named_before(x, head);
	return p && strcmp(p->name, head) && strchr(p->name, ' ');
}

/* he51: 1 when w[0, n) names one person by an office ("minister", "president", "spokesman"),
 * as against an institution ("ministry", "government", "army") or a plural. */
static int office_word(const char *w, size_t n)
{
	static const char *const office[] = { "minister", "president", "premier", "chancellor",
		"leader", "king", "queen", "monarch", "emir", "sultan", "prince", "spokesman",
		"spokeswoman", "spokesperson", "envoy", "ambassador", "commander", "general",
		"chief", "official", "secretary", "diplomat", "governor", "mayor", "prosecutor",
		"negotiator", "counterpart", "head", "ruler", NULL };
	for (int k = 0; office[k]; k++)
		if (strlen(office[k]) == n && !strncasecmp(w, office[k], n))
			return 1;
	return 0;
}

/* speech86: 1 when head ends in a capitalised name after a capitalised office word
 * ("Defense Minister Ruben Brekelmans", "President Marcos"): a surname in -s is still one
 * person's, not a plural ("Defense Ministers", "the Europeans" have no office before). */
static int titled_name(const char *head)
{
	const char *last = strrchr(head, ' ');
	for (const char *p = head, *q; last && p < last; p = q + 1) {
		q = strchr(p, ' ');
		if (isupper((unsigned char)p[0]) && office_word(p, (size_t)(q - p)))
			return isupper((unsigned char)last[1]) && !office_word(last + 1,
									   strlen(last + 1));
	}
	return 0;
}

/* coref89: 1 when the last word w[0, n) of a subject's head is a plural, as
 * syn_pronoun_agrees reads one: a lower-case common noun in -s ("officials", "outlets", not
 * "the press") or of PLURAL_WORDS ("people"), or "we" or "they"; a capitalised name in -s
 * ("the United States", "Hamas") is one body. */
static int plural_head(const char *w, size_t n)
{
	char up[24];
	if (n < 2 || n >= sizeof up)
		return 0;
	for (size_t k = 0; k < n; k++)
		up[k] = (char)toupper((unsigned char)w[k]);
	up[n] = 0;
	if (!strcmp(up, "WE") || !strcmp(up, "THEY"))
		return 1;
	if (isupper((unsigned char)w[0]))
		return 0;
	for (int k = 0; PLURAL_WORDS[k]; k++)
		if (!strcmp(up, PLURAL_WORDS[k]))
			return 1;
	return n > 2 && up[n - 1] == 'S' && up[n - 2] != 'S';
}

/* coref89: 1 when the subject named by text (or, for a pronoun, by the words kept before)
 * has a plural head (plural_head), read from the whole text: subject_text keeps only its
 * first 63 bytes ("The three news outlets cited unnamed Western intelligence sources"). */
static int plural_of_subject(const coder_context *x, const char *text)
{
	char head[160];
	copy_cut(head, sizeof head, text && !pronoun_text(text) ? text : x->subject_text);
	head[head_part(head)] = 0;
	const char *w = strrchr(head, ' ');
	w = w ? w + 1 : head;
	return plural_head(w, strlen(w));
}

/* The institutions' nouns a definite description of an organ may repeat. */
static const char *const organ_nouns[] = { "government", "administration", "cabinet", "army",
	"military", "navy", "police", "court", "parliament", "legislature", "congress",
	"senate", NULL };

/* quoteb108: 1 when the subject is one person named by a singular common noun, no plural
 * and no body: its words open with "a", "an" or "one" and end in a lower-case noun
 * ("A Kenyan lawmaker", "an official", "one witness"), or its head is an office
 * (office_word: "the spokesperson"); an organ or a group (organ_nouns, group_nouns: "a
 * government", "the group") is none. */
static int one_of_a_kind(const coder_context *x)
{
	char head[sizeof x->subject_text];
	if (x->subject_plural)
		return 0;
	copy_cut(head, sizeof head, x->subject_text);
	head[head_part(head)] = 0;
	const char *w = strrchr(head, ' ');
	w = w ? w + 1 : head;
	size_t n = strlen(w);
	if (n < 2 || !islower((unsigned char)w[0]) || plural_head(w, n))
		return 0;
	for (int k = 0; organ_nouns[k]; k++)
		if (!strcasecmp(w, organ_nouns[k]))
			return 0;
	for (int k = 0; group_nouns[k]; k++)
		if (!strcasecmp(w, group_nouns[k]))
			return 0;
	if (office_word(w, n))
		return 1;
	return !strncasecmp(head, "a ", 2) || !strncasecmp(head, "an ", 3) ||
	       !strncasecmp(head, "one ", 4);
}

/* ctxwe168: 1 when text is a name with an apposition that gives its office in a body ("Qari
 * Khan, a commander of the Pakistani Taliban", "Ali Said, a spokesman for the group"): one
 * person, even when the code is the body's, a rebel or insurgent group (PAKINS), which
 * person_subject never takes for a person by its name alone ("the Taliban"). */
static int office_apposition(const char *text)
{
	if (!named_apposition(text))
		return 0;
	const char *a = text + strcspn(text, ",") + 1;
	size_t n = head_part(a), f = 0;
	const char *for_ = strstr(a, " for ");
	if (for_ && (size_t)(for_ - a) < n)
		n = (size_t)(for_ - a);   /* "a spokesman for the group" */
	while (n > 0 && a[n - 1] == ' ')
		n--;
	for (f = n; f > 0 && a[f - 1] != ' '; f--)
		;
	/* a member of a body speaks for it as its officers do */
	return n > f && (office_word(a + f, n - f) || (n - f == 6 && !strncmp(a + f, "member", 6)));
}

/* 1 when code, named by text, is one person for the next sentence's "he"/"she" (set_subject:
 * "President Buhari", not "the ministry"); quotespk163: also asked of a quote's tail speaker
 * before it becomes the subject. */
static int person_subject(const coder_context *x, const char *code, const char *text)
{
	char cc[4];
	const char *role = actor_split(code, cc);
	char head[sizeof x->subject_text];
	copy_cut(head, sizeof head, text);
	head[head_part(head)] = 0;
	const char *w = strrchr(head, ' ');
	w = w ? w + 1 : head;
	size_t n = strlen(w);
	return (cc[0] && *role && n > 1 && (w[n - 1] != 's' || titled_name(head)) &&
		strncasecmp(head, "the ", 4) &&
		isupper((unsigned char)w[0]) && strncmp(role, "REB", 3) &&
		strncmp(role, "INS", 3) && strncmp(role, "CVL", 3)) ||
	       igo_person(code, head) || (cc[0] && !*role && (surname_again(x, head) ||
	       named_apposition(text))) ||
	       (cc[0] && office_word(w, n)) ||   /* "Iran's foreign minister" */
	       (cc[0] && office_apposition(text));
}

/* Makes code, named by text, the subject the next sentence's pronouns may stand for; said:
 * its event was a statement (01x). */
static void set_subject(coder_context *x, const char *code, const char *text, int said)
{
	if (strcmp(code, x->subject) || !pronoun_text(text))
		copy_cut(x->subject_text, sizeof x->subject_text, text ? text : "");
	copy_cut(x->subject, sizeof x->subject, code);
	/* a person: a role of a country (AFGGOV, not AFG, IGOUNO, ~GOV) named in the singular
	 * with a capital and no article ("President Buhari", "Trump", not "the militants", "the
	 * ministry", "the Taliban"), or an international body's person ("Bennett"), or one
	 * named by an office ("The Turkish president", he51; pronoun163: also when its code is
	 * the country alone, an adjective having kept the office from its code: "Indonesia's
	 * high-profile education minister" IDN, so "He announced ..." next is IDN) */
	/* the name before an apposition ("Catherine Russell, UNICEF's executive director");
	 * speakers67: for a pronoun standing for the same subject ('"...," he said'), the
	 * name kept above, not the pronoun */
	x->subject_person = person_subject(x, code, x->subject_text);
	x->subject_said = said;
	x->subject_spokes = 0;
	x->subject_age = 0;
	x->subject_several = 0;
	x->subject_plural = !x->subject_person && plural_of_subject(x, text);
	if (x->subject_person) {
		copy_cut(x->person, sizeof x->person, code);
		x->person_age = 0;
	}
}

static int name_tok(const coder_sent *S, int i);

/* The first token after the words that may open a sentence before its subject (quotes,
 * determiners, lead-in words: "But the ..."), and after an opening phrase of time or
 * circumstance up to its comma (sides31: "In a video message released Sunday, Ghani
 * pointed a finger at the Taliban ...", "Earlier this month, ..."). */
static int subject_start(const coder_sent *S)
{
	static const char *const opener[] = { "IN", "ON", "AT", "DURING", "EARLIER", "LAST",
		NULL };   /* and TIME_PREPS */
	/* an adverb that only narrows the opener's time ("Shortly before ...", "Soon after
	 * ...", "Just after ...") leaves the subject after the same comma */
	static const char *const narrow[] = { "SHORTLY", "SOON", "JUST", "RIGHT", "LONG",
		"IMMEDIATELY", "HOURS", "DAYS", "MINUTES", NULL };
	int i = 0;
	while (i < S->nt &&
	       (S->t[i].cls == C_QUOTE || S->t[i].type == TY_DET || lead_word(&S->t[i])))
		i++;
	if (i + 1 < S->nt && tok_in(&S->t[i], narrow) && (tok_in(&S->t[i + 1], opener) ||
							 tok_in(&S->t[i + 1], TIME_PREPS)))
		i++;
	if (i < S->nt && (tok_in(&S->t[i], opener) || tok_in(&S->t[i], TIME_PREPS)))
		for (int j = i + 1; j < S->nt && j < i + 12 && S->t[j].cls != C_QUOTE; j++)
			if (S->t[j].type == TY_COMMA) {
				i = j + 1;
				while (i < S->nt && (S->t[i].type == TY_DET || lead_word(&S->t[i])))
					i++;
				break;
			}
	return i;
}

/* A sentence that coded no event of a known source, opening with a person or group as its
 * subject ("Taliban spokesperson Zabihullah Mujahid disclosed the decision to ..."; "Joao
 * Paulo Pinto is the former director ..."), changes whom the next sentence's "he" may be:
 * a dictionary actor, or a name remembered before, becomes the subject; another name
 * leaves none. 1 when the sentence opened so. */
static int opening_subject(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	int i = subject_start(S), j = i;
	int a = sent_actor_at(S, i);
	if (a >= 0 && (S->a[a].pron_kind || S->a[a].ncodes != 1 || !S->a[a].ent))
		return 0;
	if (a >= 0)
		j = S->a[a].end + 1;
	/* antecedent39: the title after the country ("Kenyan President William Ruto"): the
	 * actor's agent, then the person's name, when a lower-case verb follows them (not
	 * "Taliban spokesperson Zabihullah Mujahid", a second actor, where the first stays) */
	int k = j;
	while (a >= 0 && k < S->nt && S->t[k].ent && S->t[k].ent->type == ENT_AGENT &&
	       S->t[k].end >= k)
		k = S->t[k].end + 1;
	while (k > j && k < S->nt && name_tok(S, k))
		k++;
	if (k > j && k < S->nt && !S->t[k].cap)
		j = k;
	while (j < S->nt && name_tok(S, j))
		j++;
	/* background98: "Maimane, who headed the party until he resigned in October, knows
	 * ...": a name a "who" clause describes is the main clause's subject, a person */
	int who = j > i && j + 1 < S->nt && S->t[j].cls == C_COMMA && tok_is(&S->t[j + 1], "WHO");
	if (!who && (j <= i || j >= S->nt || S->t[j].cap || S->t[j].cls != C_WORD ||
	    S->t[j].type == TY_CONJ || (S->t[j].n == 2 && !memcmp(S->t[j].s, "'S", 2))))
		return 0;   /* not "X and Y", "X's agency", "X, ..." */
	char text[64];
	int from = S->t[i].ostart, end = S->t[j - 1].ostart + S->t[j - 1].olen;
	if (!S->c->sentence.p || end - from >= (int)sizeof text)
		return 0;
	memcpy(text, S->c->sentence.p + from, (size_t)(end - from));
	text[end - from] = 0;
	const coder_name *p = a < 0 ? named_before(x, text) : NULL;
	if (a >= 0 || p)
		set_subject(x, a >= 0 ? S->a[a].codes[0] : p->code, text,
			    context_source_says(S, text));   /* quotespk163: "Dujarric said" */
	else if (j - i >= 2)
		x->subject[0] = 0;   /* someone the story cannot place */
	else
		return 0;
	return 1;
}

/* coref89: 1 when token h, lower-cased, is a plural head (plural_head: "analysts"). */
static int plural_tok(const coder_tok *h)
{
	char w[24];
	if (h->n < 2 || h->n >= (int)sizeof w)
		return 0;
	for (int k = 0; k < h->n; k++)
		w[k] = (char)tolower((unsigned char)h->s[k]);
	w[h->n] = 0;
	return plural_head(w, (size_t)h->n);
}

/* coref89: 1 when tokens i..j-1 are a plain plural subject the story cannot place: words
 * that are no actor, agent, pronoun or name remembered before, the last a plural
 * (plural_head: "Analysts", "Many local residents"). */
static int plural_unplaced(const coder_sent *S, int i, int j)
{
	if (j <= i || j - i > 4)
		return 0;
	for (int k = i; k < j; k++)
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_ACTOR || S->t[k].type == TY_AGENT ||
		    S->t[k].type == TY_PRON || S->t[k].actor >= 0 || S->t[k].ent)
			return 0;
	return plural_tok(&S->t[j - 1]);
}

/* coref89: 1 when event e's source stands inside a "that" clause after a plain plural
 * subject the story cannot place ("Analysts told VOA that Suga's visit is aimed at ...":
 * Suga is no subject of the sentence): its words start after a "that", and the words from
 * the subject's place (subject_start) to the first verb are plural_unplaced. */
static int embedded_source(const coder_sent *S, const khaldun_event *e)
{
	const char *p = S->c->sentence.p;
	const char *at = p && e->source_text && *e->source_text ? strstr(p, e->source_text) : NULL;
	int i = subject_start(S), v = i, k = 0;
	if (!at)
		return 0;
	while (v < S->nt && S->t[v].type != TY_VERB)
		v++;
	if (!plural_unplaced(S, i, v))
		return 0;
	while (k < S->nt && S->t[k].ostart < (int)(at - p))
		k++;
	for (int j = v + 1; j < k; j++)
		if (tok_is(&S->t[j], "THAT"))
			return 1;
	return 0;
}

/* coref90: 1 when the word right after a source's own words, text, is a plural common noun
 * that heads their phrase (plural_head): a lower-case word of no function-word list, no
 * verb or other actor, after a lower-case last word of the source ("unnamed Western
 * intelligence sources", "Kenyan security forces"), so that no "it" stands for the phrase;
 * "Iran has denied", "Kenya says" are no such head. */
static int plural_after(coder_sent *S, const char *text)
{
	const char *p = S->c->sentence.p;
	int at = p && text && *text && !pronoun_text(text) ? sent_text_offset(S, text) : -1;
	if (at < 0)
		return 0;
	int end = at + (int)strlen(text), k = 0;
	while (k < S->nt && S->t[k].ostart < end)
		k++;
	if (k >= S->nt || S->t[k].cls != C_WORD || S->t[k].actor >= 0 ||
	    !islower((unsigned char)p[S->t[k].ostart]))
		return 0;
	if ((S->t[k].type != TY_NULL && S->t[k].type != TY_NOUN && S->t[k].type != TY_AGENT) ||
	    (S->t[k].wf & ~WF_PLURAL) || k == 0 || !islower((unsigned char)p[S->t[k - 1].ostart]))
		return 0;
	return plural_tok(&S->t[k]);
}

static int spokesperson(const char *text);

/* story128: 1 when the sentence opens with an indefinite spokesperson whose phrase runs to
 * the source text: "A spokesman for Afghan President Ashraf Ghani rejected ..." (source
 * "Afghan President Ashraf Ghani" or the whole phrase), "A ministry spokeswoman said": the
 * speaker is unnamed; "Spokesman Zabihullah Mujahid said", "Ghani's spokesman" are not. */
static int spokes_opening(const coder_sent *S, const char *text)
{
	const char *p = S->c->sentence.p;
	if (!p || !text || !*text || (strncasecmp(p, "a ", 2) && strncasecmp(p, "an ", 3)))
		return 0;
	const char *at = strstr(p, text);
	if (!at || at - p > 48)
		return 0;
	char open[112];
	size_t n = (size_t)(at - p) + strlen(text);
	if (n >= sizeof open)
		return 0;
	memcpy(open, p, n);
	open[n] = 0;
	return spokesperson(open);
}

/* quotespk163: a sentence that codes no event but names its quote's speaker after the
 * closing mark, a person the story knows ('"... utterly unacceptable," Guterres' spokesman,
 * Stephane Dujarric, told reporters.': context_tail_speaker), makes that person the subject,
 * a speaker, so that a speakerless quote going on from it and the "He said ..." after are
 * his. Not a pronoun speaker (context_speaker_is_subject), nor a speaker who is no one
 * person ('," the ministry said'). 1 when the speaker became the subject. */
static int speaker_subject(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	const char *words = NULL, *code = context_tail_speaker(S, &words);
	if (!code || !words || pronoun_text(words) || strlen(code) >= sizeof x->subject ||
	    !person_subject(x, code, words))
		return 0;
	set_subject(x, code, words, 1);
	x->subject_quoted = 0;
	return 1;
}

/* Remembers this sentence's subject (its first event's source) for the next one's pronouns. */
static void keep_subject(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	const khaldun_event *e = S->c->nevents ? &S->c->events[0] : NULL;
	x->person_age++;
	if (!e || !strcmp(e->source, "---") || strlen(e->source) >= sizeof x->subject) {
		/* a subject the story cannot place, opening the sentence ("Analysts told VOA
		 * ..."), is the one the next sentence's "They said" stands for: not the one
		 * before it (a quote's words are no subject: '"More trade ...," Scholz said');
		 * so is an observer whose statement syntax.c dropped */
		const char *p = S->c->sentence.p;
		int unplaced = e && !strcmp(e->source, "---") && e->source_text && p &&
			       !pronoun_text(e->source_text) &&
			       !strncmp(p, e->source_text, strlen(e->source_text));
		if (!e && context_speaker_is_subject(S)) {
			x->subject_age = 0;   /* '"...," he tweeted': the subject again */
			return;
		}
		if (!e && speaker_subject(S))
			return;
		/* pronoun41: a quotation going on from the subject's statement, with no
		 * speaker of its own, is still the subject speaking ('President Ruto said the
		 * ruling "was a mistake ... / Its authors are lost ...." / He accused ...': he
		 * is Ruto); it does not age the subject */
		if (!e && x->subject[0] && x->subject_said && context_quote_continues(S))
			return;
		if (!opening_subject(S) && (unplaced || S->observer || ++x->subject_age > 1))
			x->subject[0] = 0;
		return;
	}
	if (embedded_source(S, e)) {
		/* coref89: the sentence's subject is one the story cannot place */
		x->subject[0] = 0;
		return;
	}
	/* ctxwe168: read before the subject changes, it being the speaker the pronoun fits */
	int we = context_quote_we_spoken(S, e->source_text);
	set_subject(x, e->source, e->source_text, code_root(e->code) == 1);
	x->subject_spokes = spokes_opening(S, e->source_text);
	x->subject_quoted = context_quote_spoken_by(S, e->source_text) || we;
	if (context_source_says(S, e->source_text))
		x->subject_said = 1;   /* quoteb108: a speaker whose event is the deed reported */
	if (!x->subject_person && plural_after(S, e->source_text))
		x->subject_plural = 1;   /* coref90: "Western intelligence sources" */
	for (size_t i = 1; i < S->c->nevents; i++)
		x->subject_several |= strcmp(S->c->events[i].source, "---") &&
				      strcmp(S->c->events[i].source, e->source);
}

/* --- people named before: "Dar said" after "Pakistani Foreign Minister Ishaq Dar" --- */

/* 1 when w[0, n) is a word of the NULL-ended list (the first byte settles most before a
 * strlen). */
static int list_has(const char *const *list, const char *w, size_t n)
{
	for (int k = 0; list[k]; k++)
		if (n && w[0] == list[k][0] && strlen(list[k]) == n && !strncmp(w, list[k], n))
			return 1;
	return 0;
}

/* Lower-case words inside a name ("Abdel Fattah al-Burhan", "Mohammed bin Salman"). Asked
 * of every word of every actor's text: a word that does not begin with a small letter, as
 * every particle does, is answered at once. */
static int name_particle(const char *w, size_t n)
{
	static const char *const p[] = { "al", "el", "bin", "ibn", "de", "da", "di", "van",
					 "von", "der", "du", "la", "le", NULL };
	if (!n || w[0] < 'a' || w[0] > 'z')
		return 0;
	for (int k = 0; p[k]; k++) {
		if (!n || w[0] != p[k][0])   /* the first byte settles most before a strlen */
			continue;
		size_t m = strlen(p[k]);
		if ((n == m || (n > m && w[m] == '-')) && !strncmp(w, p[k], m))
			return 1;
	}
	return 0;
}

/* w[0, n) without an "al-"/"el-" prefix ("al-Burhan" and "Burhan" are one surname). */
static const char *surname_core(const char *w, size_t *n)
{
	if (*n > 3 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-') {
		*n -= 3;
		return w + 3;
	}
	return w;
}

/* A name's word: a capital (or a particle), letters, and no possessive. */
static int name_word(const char *w, size_t n)
{
	if (poss_end(w, n))
		return 0;
	if (name_particle(w, n))
		return 1;
	if (!isupper((unsigned char)w[0]))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!isalpha((unsigned char)w[k]) && w[k] != '-' && w[k] != '.' && w[k] != '\'' &&
		    !((unsigned char)w[k] & 0x80))
			return 0;
	return 1;
}

/* Last words of an institution or a title, never a surname; and acronyms ("BLA"). */
static int not_surname(const char *w, size_t n)
{
	static const char *const x[] = { "Forces", "Force", "Army", "Union", "Council", "Ministry",
		"Party", "Court", "Government", "House", "Front", "Nations", "States",
		"Organization",
		"Agency", "Department", "Office", "Police", "Group", "Committee", "Commission",
		"Bank",
		"Republic", "Assembly", "Parliament", "Congress", "Senate", "Minister", "President",
		"Secretary", "General", "Chief", "Leader", "Governor", "Ambassador", "Spokesman",
		"Spokeswoman", "Commander", "Guard", "Corps", "Movement", "Authority", "Service",
		"Network", "Institute", "University", "Foundation", "Center", "Centre", "Fund",
		"Program", "Programme", "Watch", "International", "Association", "Company",
		"City", "Province", "Region", "State", "Island", "Islands", "Valley", "Sea",
		"River",
		"Street", "Square", "Airport", "Prison", "Hospital", "Camp", "Strip", "Bank",
		NULL };
	int upper = 1;
	for (size_t k = 0; k < n; k++)
		upper &= !islower((unsigned char)w[k]);
	if (upper || n < 2)
		return 1;
	return list_has(x, w, n);
}

/* The length of text's first part: up to a comma, a parenthesis or " of " ("President Recep
 * Tayyip Erdogan of Turkey", "Ishaq Dar, Pakistan's foreign minister"). */
static size_t head_part(const char *text)
{
	size_t n = strcspn(text, ",(");
	for (size_t k = 0; k + 4 <= n; k++)   /* bytes before n are no NUL: no strncmp needed */
		if (text[k] == ' ' && text[k + 1] == 'o' && text[k + 2] == 'f' &&
		    text[k + 3] == ' ')
			return k;
	return n;
}

/* Korean and Chinese family names, written first ("Cho Hyun", "Kim Jong Un", "Wang Yi"): the
 * name a story uses again ("Cho said"). */
static int family_first(const char *w, size_t n)
{
	static const char *const f[] = { "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang",
		"Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon", "Hwang", "Ahn", "Moon", "Chung",
		"Roh",
		"Ban", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun",
		"Zhu", "Guo", "Luo", "Gao", "Xi", "Mao", "Deng", "Jiang", "Qin", "Dong", "Geng",
		"Xie", "Zeng", "Peng", "Cai", "Tian", "Yuan", "Ding", "Wei", "Shen", "Lai", "Tsai",
		NULL };
	if (n < 2 || n > 5)
		return 0;   /* the names above are two to five letters: no scan for the others */
	return list_has(f, w, n);
}

/* The next space-separated word of text before `end`, from *k: its start in *w0, *k past it;
 * 0 when there is none. */
static int next_word(const char *text, size_t end, size_t *k, size_t *w0)
{
	while (*k < end && text[*k] == ' ')
		(*k)++;
	*w0 = *k;
	while (*k < end && text[*k] != ' ')
		(*k)++;
	return *k > *w0;
}

/* The family name of a run of name words [r0, end) when it is written first and one or two
 * given names follow to the run's end ("Foreign Minister Cho Hyun", "Kim Jong Un"); *n gets
 * its length; NULL when none. */
static const char *family_name(const char *text, size_t r0, size_t end, size_t *n)
{
	const char *fam = NULL;
	size_t fn = 0, after = 0, w0;
	for (size_t k = r0; next_word(text, end, &k, &w0);) {
		if (family_first(text + w0, k - w0)) {
			fam = text + w0, fn = k - w0, after = 0;
		} else {
			after++;
		}
	}
	if (!fam || after < 1 || after > 2)
		return NULL;
	*n = fn;
	return fam;
}

/* The person's name in an actor phrase: the last run of two or more name words in its first
 * part ("Pakistani Foreign Minister Ishaq Dar": all five, surname Dar; "Taliban spokesman
 * Zabihullah Mujahid": Zabihullah Mujahid). 1 with name and surname set, else 0. */
static int person_name(const char *text, char *name, size_t nsz, char *sur, size_t ssz)
{
	size_t end = head_part(text), run0 = 0, runw = 0, best0 = 0, bestn = 0, bestw = 0;
	size_t last0 = 0, lastn = 0, k = 0, w0;
	while (next_word(text, end, &k, &w0)) {
		if (!name_word(text + w0, k - w0)) {
			runw = 0;
			continue;
		}
		if (!runw)
			run0 = w0;
		if (++runw >= 2) {
			best0 = run0, bestn = k - run0, bestw = runw;
			last0 = w0, lastn = k - w0;
		}
	}
	if (bestw < 2 || name_particle(text + last0, lastn))
		return 0;
	const char *s = surname_core(text + last0, &lastn);
	size_t fn = 0;
	const char *fam = family_name(text, best0, best0 + bestn, &fn);
	if (fam)
		s = fam, lastn = fn;   /* "Cho Hyun": Cho */
	if (not_surname(s, lastn) || bestn >= nsz || lastn >= ssz)
		return 0;
	memcpy(name, text + best0, bestn);
	name[bestn] = 0;
	memcpy(sur, s, lastn);
	sur[lastn] = 0;
	return 1;
}

/* 1 when the word w[0, n) is one of name's words (al- aside). */
static int in_name(const char *name, const char *w, size_t n)
{
	w = surname_core(w, &n);
	for (const char *p = name; *p;) {
		size_t m = strcspn(p, " ");
		size_t mm = m;
		const char *q = surname_core(p, &mm);
		if (mm == n && !strncmp(q, w, n))
			return 1;
		p += m;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* The person an unknown actor's words name again: "Dar", "Mr. Dar", "Ishaq Dar", "Zamora, 67"
 * after "Ishaq Dar" was given a code in the story; NULL when none (or two such people). */
static const coder_name *named_before(const coder_context *x, const char *text)
{
	static const char *const courtesy[] = { "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ",
						"Ms ", "Dr ", NULL };
	if (!text || !x->nnames)
		return NULL;
	for (int k = 0; courtesy[k]; k++)
		if (!strncmp(text, courtesy[k], strlen(courtesy[k]))) {
			text += strlen(courtesy[k]);
			break;
		}
	size_t end = strcspn(text, ","), k = 0, last0 = 0, lastn = 0;
	int words = 0;
	while (k < end) {
		size_t w0 = k;
		while (k < end && text[k] != ' ')
			k++;
		if (k == w0 || !name_word(text + w0, k - w0) || ++words > 4)
			return NULL;
		last0 = w0, lastn = k - w0;
		while (k < end && text[k] == ' ')
			k++;
	}
	if (!words || name_particle(text + last0, lastn))
		return NULL;
	const char *s = surname_core(text + last0, &lastn);
	size_t fn = 0;
	const char *fam = family_name(text, 0, end, &fn);
	if (fam)
		s = fam, lastn = fn;   /* "Kim Jong Un" again: Kim */
	for (int j = 0; j < x->nnames; j++) {
		const coder_name *p = &x->names[j];
		if (strlen(p->surname) != lastn || strncmp(p->surname, s, lastn))
			continue;
		if (p->ambiguous)
			return NULL;
		for (size_t i = 0; i < end;) {   /* every word is one of the name's */
			size_t w0 = i;
			while (i < end && text[i] != ' ')
				i++;
			if (!in_name(p->name, text + w0, i - w0))
				return NULL;
			while (i < end && text[i] == ' ')
				i++;
		}
		return p;
	}
	return NULL;
}

/* speakers70: the code of the person named before that text names again (named_before), for
 * rules outside this file (a quote's tail speaker, ctxquote.c); NULL when none. */
const char *context_named_code(coder_sent *S, const char *text)
{
	const coder_name *p = named_before(&S->c->ctx, text);
	return p ? p->code : NULL;
}

/* story38: the length of the name that owns the rest of text ("Mhlanga's arrest",
 * "al-Rufay'i's killing", "Ford's comments": 7, 10, 4): one to four name words opening the
 * phrase, the last with a possessive 's, and a word after it; 0 when the phrase opens
 * otherwise ("the girl's ...", "reforms and Bashir's ouster"). */
size_t context_possessor(const char *text)
{
	size_t k = 0, w0;
	size_t end = text ? strcspn(text, ",") : 0;
	for (int words = 0; words < 4 && next_word(text, end, &k, &w0); words++) {
		size_t n = k - w0, cut = 0;
		if (n > 2 && !strncmp(text + k - 2, "'s", 2))
			cut = 2;
		else if (n > 4 && !strncmp(text + k - 4, "\xe2\x80\x99s", 4))
			cut = 4;
		if (!name_word(text + w0, n - cut))
			return 0;
		if (cut) {
			size_t r = k, r0;
			return next_word(text, strlen(text), &r, &r0) &&
				!name_particle(text + w0, n - cut)
				       ? k - cut : 0;
		}
	}
	return 0;
}

/* lead46: the people named before that the conjuncts of a coordinated phrase name, each by
 * its own words ("Rind and Qureshi", "Bugti, Rind and Qureshi": Qureshi), up to max; how many.
 * The whole phrase names no one (named_before reads every word as one name's). */
static int named_conjuncts(const coder_context *x, const char *text, const coder_name **out,
			   int max)
{
	char part[64];
	int n = 0, parts = 0;
	for (const char *p = text; p && *p && n < max; parts++) {
		while (*p == ' ')
			p++;
		if (!strncmp(p, "and ", 4))
			p += 4;   /* ", and Qureshi" */
		size_t len = strcspn(p, ",&");
		const char *and = strstr(p, " and ");
		if (and && and < p + len)
			len = (size_t)(and - p);
		size_t ql = len;
		while (ql && p[ql - 1] == ' ')
			ql--;
		if (ql >= sizeof part)
			return 0;   /* a conjunct longer than a name: no list of names */
		memcpy(part, p, ql);
		part[ql] = 0;
		const coder_name *nm = ql ? named_before(x, part) : NULL;
		if (nm)
			out[n++] = nm;
		p += len;
		if (*p == ',' || *p == '&')
			p++;
	}
	return parts > 1 ? n : 0;
}

/* An unknown actor (---) whose words name again a person the story gave a code takes it; so
 * does one whose phrase opens with that person's possessive ("Ford's comments", story38), and
 * each conjunct of a coordinated phrase that names one by its own words ("Rind and Qureshi"):
 * one event per such conjunct, as a subject joined of dictionary actors fans out. */
static void apply_names(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		for (int side = 0; side < 2; side++) {
			const char *code = side ? e->target : e->source;
			const char *other = side ? e->source : e->target;
			const char *text = side ? e->target_text : e->source_text;
			if (strcmp(code, "---"))
				continue;
			const coder_name *p = named_before(&c->ctx, text);
			char who[64], cc[4] = "";
			const coder_name *rep = p || !context_rep_person(text, who, sizeof who)
							? NULL : named_before(&c->ctx, who);
			if (rep && actor_split(rep->code, cc) && cc[0])
				/* coref86: "lawyers for Moyo" take Moyo's country, ZWE */
				p = rep;
			size_t own = p ? 0 : context_possessor(text);
			if (own) {
				char name[64];
				if (own >= sizeof name)
					continue;
				memcpy(name, text, own);
				name[own] = 0;
				p = named_before(&c->ctx, name);
			}
			const coder_name *more[4];
			int nmore = p || own ? 0 : named_conjuncts(&c->ctx, text, more, 4), m = 0;
			for (int k = 0; k < nmore; k++)   /* one per code, none the other side's */
				if (strcmp(more[k]->code, other) &&
				    (!m || strcmp(more[k]->code, more[0]->code)))
					more[m++] = more[k];
			for (int k = 1; k < m; k++) {   /* the second and later conjuncts: events */
				khaldun_event copy = c->events[i];
				const char *n = arena_strdup(&c->scratch, more[k]->code);
				size_t had = c->nevents;
				if (!n)
					return;
				*(side ? &copy.target : &copy.source) = n;
				if (event_add(c, &copy) < 0)
					return;
				if (c->nevents > had)
					add_note(S, &c->events[had],
						 "%s: \"%s\" = %s, named before in the story (%s)",
						 side ? "target" : "source", text, more[k]->name,
						 more[k]->code);
				e = &c->events[i];   /* the array may have moved */
			}
			if (m)
				p = more[0];
			const char *got = p == rep && cc[0] ? cc : p ? p->code : NULL;
			if (!got || !strcmp(got, other))
				continue;
			const char *n = arena_strdup(&c->scratch, got);
			if (!n)
				return;
			if (side)
				e->target = n;
			else
				e->source = n;
			add_note(S, e, "%s: \"%s\" = %s, named before in the story (%s)",
				 side ? "target" : "source", text, p->name, got);
		}
	}
}

/* sides31: 1 when the phrase's head lists two people ("India's Prime Minister Narendra Modi
 * and Philippine President Rodrigo Duterte"): two name words before an "and", a person's
 * name after it. The side's one code is one person's, not the other's ("Duterte" is not
 * INDGOV), so neither is remembered with it. */
static int two_people(const char *text)
{
	size_t end = head_part(text);
	for (size_t k = 1; k + 5 <= end; k++) {
		if (strncmp(text + k, " and ", 5))
			continue;
		size_t e = k;
		int words = 0;
		while (words < 2 && e > 0) {
			size_t b = e;
			while (b > 0 && text[b - 1] != ' ')
				b--;
			if (b == e || !name_word(text + b, e - b))
				break;
			words++;
			if (b == 0)
				break;
			e = b - 1;
		}
		char name[64], sur[32];
		if (words == 2 && person_name(text + k + 5, name, sizeof name, sur, sizeof sur))
			return 1;
	}
	return 0;
}

/* Remembers the person an actor phrase names (text) with code; a second person of that
 * surname with another code makes the surname ambiguous, but for a weak one (a name beside
 * a dictionary actor, no event side), which never changes what is known and which an event
 * side of another code replaces. */
static void keep_name(coder_context *x, const char *text, const char *code, int weak)
{
	char name[64], sur[32];
	if (!text || code[0] == '~' || !strcmp(code, "---") ||
	    strlen(code) >= sizeof x->names[0].code || two_people(text) ||
	    !person_name(text, name, sizeof name, sur, sizeof sur))
		return;
	int j = 0;
	while (j < x->nnames && strcmp(x->names[j].surname, sur))
		j++;
	coder_name *p = &x->names[j];
	if (j < x->nnames && weak && p->weak && strcmp(p->code, code) && strcmp(p->name, name))
		p->ambiguous = 1;   /* remember68: two people of one surname, both named weakly */
	if (j < x->nnames && (weak || !strcmp(p->code, code)))
		return;
	if (j < x->nnames && !p->weak) {
		p->ambiguous = 1;
		return;
	}
	if (j == CONTEXT_NAMES)
		return;
	if (j == x->nnames)
		x->nnames++;
	memcpy(p->surname, sur, strlen(sur) + 1);
	memcpy(p->name, name, strlen(name) + 1);
	memcpy(p->code, code, strlen(code) + 1);
	p->ambiguous = 0;
	p->weak = weak;
}

/* names32: the prepositions that make the actor after them the place of a title ("the U.N.
 * coordinator in Myanmar", "ambassador to Japan", "envoy for Sudan"), not the country of the
 * person named after it. */
static const char *const title_place[] = { "IN", "FOR", "TO", "AT", NULL };

static int title_place_word(const coder_tok *t)
{
	for (int k = 0; title_place[k]; k++)
		if (t->cls == C_WORD && t->s && !strcmp(t->s, title_place[k]))
			return 1;
	return 0;
}

/* When token i is such a preposition and a dictionary actor follows it, that actor's last
 * token; else -1. */
static int place_after(const coder_sent *S, int i)
{
	if (i + 1 >= S->nt || !title_place_word(&S->t[i]))
		return -1;
	for (int k = 0; k < S->na; k++)
		if (!S->a[k].pron_kind && S->a[k].pos == i + 1 && S->a[k].end < S->nt)
			return S->a[k].end;
	return -1;
}

/* The words of dictionary actor a and the name that follows it, capitalised words or an
 * agent ("Turkish Foreign Minister Mevlut Cavusoglu", "Taliban spokesman Zabihullah
 * Mujahid"), into out; a's own words when none follows ("Robert Wood, U.S. deputy U.N.
 * ambassador": a person the dictionaries know, whose "Wood said" comes later). */
static const char *actor_and_name(coder_sent *S, const coder_actor *a, char *out, size_t n)
{
	int to = a->end, skip = -1, resume = -1;
	for (int i = a->end + 1; i < S->nt && i <= a->end + 6; i++) {
		const coder_tok *t = &S->t[i];
		int b = skip < 0 ? place_after(S, i) : -1;
		if (b > i) {   /* "Coordinator for Myanmar Andrew Kirkwood": the title's person */
			skip = i, resume = b + 1, i = b;
			continue;
		}
		if (t->cls != C_WORD || t->actor >= 0)
			break;
		if (t->ent && t->ent->type == ENT_AGENT && t->end >= i)
			i = t->end;
		else if (!t->cap)
			break;
		to = i;
	}
	const char *p = S->c->sentence.p;
	int from = S->t[a->pos].ostart, end = S->t[to].ostart + S->t[to].olen;
	if (!p || end - from >= (int)n)
		return NULL;
	if (skip >= 0 && to >= resume) {   /* the title, then the name, without the place */
		int cut = S->t[skip].ostart, back = S->t[resume].ostart;
		memcpy(out, p + from, (size_t)(cut - from));
		memcpy(out + (cut - from), p + back, (size_t)(end - back));
		out[cut - from + end - back] = 0;
		return out;
	}
	if (skip >= 0)
		to = a->end, end = S->t[to].ostart + S->t[to].olen;
	memcpy(out, p + from, (size_t)(end - from));
	out[end - from] = 0;
	return out;
}

/* --- a person named with a title in an apposition: "Robert Wood, U.S. deputy U.N.
 * ambassador, told reporters"; "The U.N. secretary-general's special representative in
 * Haiti, Helen La Lime, expressed concern" --- */

/* 1 when token i lies inside dictionary actor phrase of the sentence. */
static int in_actor(const coder_sent *S, int i)
{
	for (int k = 0; k < S->na; k++)
		if (!S->a[k].pron_kind && S->a[k].pos <= i && i <= S->a[k].end)
			return 1;
	return 0;
}

/* 1 when token i is a word of a person's name: capitalised, no possessive, in no actor nor
 * a dictionary phrase (an agent, a verb). */
static int name_tok(const coder_sent *S, int i)
{
	if (i < 0 || i >= S->nt)
		return 0;
	const coder_tok *t = &S->t[i];
	const char *p = S->c->sentence.p;
	return p && t->cls == C_WORD && t->cap &&
	       (!t->ent || t->ent->type == ENT_NOUN) &&
	       t->type != TY_DET && t->type != TY_CONJ && t->type != TY_PRON &&
	       name_word(p + t->ostart, (size_t)t->olen) && !in_actor(S, i);
}

/* The run of two to four name tokens from token i on (dir +1) or back (dir -1), which must
 * end at a clause's edge: the sentence's end, a comma, a quote or a lower-case word (not a
 * conjunction: "John Smith and ..." is a list). *far gets its far end; 0 when none. */
static int name_run(const coder_sent *S, int i, int dir, int *far)
{
	int n = 0;
	while (name_tok(S, i + dir * n) && n < 5)
		n++;
	int edge = i + dir * n;
	if (n < 2 || n > 4)
		return 0;
	if (edge >= 0 && edge < S->nt) {
		const coder_tok *t = &S->t[edge];
		if (t->cls == C_WORD && (t->cap || t->type == TY_CONJ))
			return 0;
	}
	*far = edge - dir;
	return 1;
}

/* surname80: the posts of a person quoted for what they know, not for an office the
 * dictionaries code as an agent ("a Kenyan analyst", "a senior fellow at ..."): in an
 * apposition after a name they are a title as an agent is, though alone they name no side. */
static const char *const post_nouns[] = { "ANALYST", "FELLOW", "RESEARCHER", "EXPERT",
					  "PROFESSOR", "SCHOLAR", "ECONOMIST", "LECTURER",
					  "COMMENTATOR", "SPECIALIST", NULL };

/* 1 when token t is one of post_nouns (upper-cased word, as the tokens keep it). */
static int post_noun(const coder_tok *t)
{
	for (int k = 0; t->cls == C_WORD && t->s && post_nouns[k]; k++)
		if (!strcmp(t->s, post_nouns[k]))
			return 1;
	return 0;
}

/* 1 when a title (an agent: "ambassador", "special representative", a post noun:
 * "analyst", or with heads not NULL one of its words) is among tokens [from, to) and no
 * verb is. */
static int title_among(const coder_sent *S, int from, int to, const char *const *heads)
{
	int title = 0;
	for (int i = from; i < to && i < S->nt; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_VERB || t->type == TY_AUX)
			return 0;
		title |= (t->ent && t->ent->type == ENT_AGENT) || post_noun(t) ||
			 (heads && t->cls == C_WORD && t->s && tok_in(t, heads));
	}
	return title;
}

/* title_among with no words of its own: an agent or a post noun. */
static int title_between(const coder_sent *S, int from, int to)
{
	return title_among(S, from, to, NULL);
}

/* The end of a title in apposition from token i: the next comma within 12 tokens, or
 * (surname80) a lower-case "who" opening a relative clause about the person ("a former
 * State Department official who held the post": the clause's verb is no part of the title);
 * S->nt when the sentence ends first; -1 when none comes. */
static int title_end(const coder_sent *S, int i)
{
	for (int k = i; k < S->nt && k < i + 12; k++)
		if (S->t[k].cls == C_COMMA || (S->t[k].cls == C_WORD && !S->t[k].cap &&
					       S->t[k].s && !strcmp(S->t[k].s, "WHO")))
			return k;
	return i + 12 > S->nt ? S->nt : -1;
}

/* Keeps, weakly, the name [r0, r1] with code (the bytes of the sentence). */
static void keep_run(coder_sent *S, int r0, int r1, const char *code)
{
	char name[96];
	int from = S->t[r0].ostart, end = S->t[r1].ostart + S->t[r1].olen;
	if (end - from >= (int)sizeof name)
		return;
	memcpy(name, S->c->sentence.p + from, (size_t)(end - from));
	name[end - from] = 0;
	keep_name(&S->c->ctx, name, code, 1);
}

/* A title phrase opening with dictionary actor a, in apposition to a name: the name before
 * it ("Robert Wood, U.S. deputy U.N. ambassador,": lower-case words such as "a former
 * senior" may open the title) or after it ("Haiti's secretary of state, Frantz Exantus,",
 * the title then opening its clause) is remembered with a's code, as a name beside an
 * actor is (weakly). */
/* remember68: the name before a title that ends in a body ("Aden Duale, a lawmaker in
 * Kenya's National Assembly,": "lawmaker", then "in" and the body KENLEG, then a comma or
 * the sentence's end): the name is remembered with the body's code. Only a body with a
 * sector (not a bare country nor a ~ code): "a teacher in Quetta" says where, not whose. */
/* surname80: a place that opens a longer name ("at the Nairobi Policy Institute", "at the
 * Kenya Policy Institute": capitalised words after the actor, no possessive as in "Kenya's
 * National Assembly") is no body of its own but says whose the institution is: the name is
 * remembered with the place's country. */
static void keep_member_of(coder_sent *S, const coder_actor *a)
{
	int p = a->pos - 2, back = 0, r = 0, e = a->end + 1;
	while (e < S->nt && e < a->end + 4 && S->t[e].cls == C_WORD && S->t[e].cap)
		e++;   /* the rest of the body's name: "Kenya's National Assembly" */
	char code[4];
	int named = e > a->end + 1 && !tok_possessive(&S->t[a->end]) &&
		    strlen(a->codes[0]) >= 3 && a->codes[0][0] != '~';
	if (named) {
		memcpy(code, a->codes[0], 3);
		code[3] = 0;
	}
	if (p >= 0 && p + 1 < a->pos && S->t[p + 1].type == TY_DET)
		p--;   /* "at the Nairobi Policy Institute" */
	if (p < 1 || (!named && (strlen(a->codes[0]) <= 3 || a->codes[0][0] == '~')) ||
	    !title_place_word(&S->t[p + 1]) || (e < S->nt && S->t[e].cls != C_COMMA))
		return;
	while (p >= 0 && back < 4 && S->t[p].cls == C_WORD && !S->t[p].cap && !in_actor(S, p))
		p--, back++;
	if (p > 0 && back > 0 && S->t[p].cls == C_COMMA && title_between(S, p + 1, a->pos - 1) &&
	    name_run(S, p - 1, -1, &r))
		keep_run(S, r, p - 1, named ? code : a->codes[0]);
}

/* surname81: the prepositions that say whose a post is in a copula identity ("the director
 * of ...", "a professor at ..."), and the copulas that make one. */
static int copula_post_word(const coder_tok *t)
{
	return t->cls == C_WORD && t->s && (!strcmp(t->s, "OF") || !strcmp(t->s, "AT"));
}

/* The heads of a post that say whose body a person leads or works for ("the director of
 * ...", "a founder of ..."), which the dictionaries do not code as agents. */
static const char *const copula_heads[] = { "DIRECTOR", "CHAIRMAN", "CHAIRWOMAN", "FOUNDER",
					    "HEAD", "MEMBER", "LEADER", NULL };

/* 1 when tokens [from, to) hold a title (title_between) or one of copula_heads, no verb. */
static int copula_title(const coder_sent *S, int from, int to)
{
	return title_among(S, from, to, copula_heads);
}

/* 1 when t is "is" or "was", the copulas of an identity. */
static int copula_word(const coder_tok *t)
{
	return t->cls == C_WORD && t->s && (!strcmp(t->s, "IS") || !strcmp(t->s, "WAS"));
}

/* surname81: a copula identity that gives a person's post in a sentence of its own ("Amina
 * Yusuf is the director of the Nairobi-based group Kenya Policy Forum", "John Otieno was
 * the head of the Somali delegation"): a name, "is"/"was", a title (copula_title), then
 * "of" or "at" and, within four words (no preposition nor verb), actor a with a country,
 * which ends the phrase (the body's words, then a comma or the sentence's end). The name is
 * remembered weakly with that country alone (the place says whose the body is, not what
 * kind; an IGO, NGO, IMG or MNC code names no country). "to"/"for"/"in" say where the
 * post serves ("the envoy to Kenya"), not whose it is, and are left alone. */
/* 1 when t may stand inside a body's phrase: a word, no preposition of a post, no verb. */
static int body_word(const coder_tok *t)
{
	return t->cls == C_WORD && !title_place_word(t) && !copula_post_word(t) &&
	       t->type != TY_VERB && t->type != TY_AUX;
}

static void keep_copula_post(coder_sent *S, const coder_actor *a)
{
	int q = a->pos - 1, back = 0, r = 0, e = a->end + 1;
	while (e < S->nt && e < a->end + 6 && body_word(&S->t[e]))
		e++;   /* the rest of the body's name: "the Kenyan group Policy Forum" */
	if (e < S->nt && S->t[e].cls == C_WORD)
		return;   /* "the director of the Kenya program at ...": not the body */
	if (strlen(a->codes[0]) < 3 || a->codes[0][0] == '~' || !strcmp(a->codes[0], "---") ||
	    !strncmp(a->codes[0], "IGO", 3) || !strncmp(a->codes[0], "NGO", 3) ||
	    !strncmp(a->codes[0], "IMG", 3) || !strncmp(a->codes[0], "MNC", 3))
		return;   /* no country: an international body, a group, a firm */
	while (q > 0 && back < 4 && body_word(&S->t[q]))
		q--, back++;
	if (q < 3 || !copula_post_word(&S->t[q]))
		return;
	int c = q - 1;
	while (c > 0 && c > q - 6 && !copula_word(&S->t[c]) && S->t[c].cls == C_WORD &&
	       !S->t[c].cap)
		c--;
	char code[4];
	memcpy(code, a->codes[0], 3);
	code[3] = 0;
	if (c > 0 && copula_word(&S->t[c]) && copula_title(S, c + 1, q) &&
	    name_run(S, c - 1, -1, &r))
		keep_run(S, r, c - 1, code);
}

/* actor89: 1 when the apposition between comma p and its end c describes a person by a
 * nationality and a common noun, no post nor agent ("Francesco Sisci, an Italian
 * Sinologist,", "Ana Ruiz, a Chilean novelist,"): "a" or "an" opens it, actor a (a bare
 * country, "Italian") follows at most one lower-case word, and one or two lower-case words
 * with no verb close it. A nationality there says whose the person is, as "a Kenyan
 * analyst" does; "a Kenyan-born" or a longer phrase ("an Italian who ...") is left alone. */
static int described_national(const coder_sent *S, const coder_actor *a, int p, int c)
{
	int k = p + 1, n = 0;
	if (strlen(a->codes[0]) != 3 || a->pos != a->end || c - a->end < 2 ||
	    c - a->end > 3 || (!tok_is(&S->t[k], "A") && !tok_is(&S->t[k], "AN")) ||
	    a->pos - k > 2 || S->t[a->pos].hyphened)
		return 0;
	for (int i = k + 1; i < c; i++) {
		const coder_tok *t = &S->t[i];
		if (i == a->pos)
			continue;
		if (t->cls != C_WORD || t->cap || t->type == TY_VERB || t->type == TY_AUX ||
		    t->type == TY_DET || t->type == TY_CONJ || t->type == TY_PRON ||
		    (t->wf & (WF_PREP | WF_REL)) || t->hyphened)
			return 0;
		n++;
	}
	return n >= 1 && n <= 3;
}

static void keep_apposition(coder_sent *S, const coder_actor *a, int from, const char *code)
{
	int p = from - 1, back = 0, r = 0;
	while (p >= 0 && back < 4 && S->t[p].cls == C_WORD && !S->t[p].cap && !in_actor(S, p))
		p--, back++;
	int c = title_end(S, a->pos);
	if (p > 0 && S->t[p].cls == C_COMMA && c >= 0 &&
	    (title_between(S, a->pos, c) || described_national(S, a, p, c)) &&
	    name_run(S, p - 1, -1, &r)) {
		keep_run(S, r, p - 1, code);
		return;
	}
	p = from - 1;
	if (p >= 0 && S->t[p].type == TY_DET)
		p--;
	if ((p < 0 || S->t[p].cls == C_COMMA || S->t[p].cls == C_QUOTE) && c >= 0 &&
	    c < S->nt && title_between(S, a->pos, c) && name_run(S, c + 1, 1, &r))
		keep_run(S, c + 1, r, code);
}

/* actor89: the country of the place the gazetteer knows by exactly the words of tokens
 * [k, j] (a possessive "'s" of the last one aside: "Ontario's"), when that place is a region
 * or a city of 100,000 people, not a country (the dictionaries code those), not an
 * international region's word ("The Balkan state", region_words), and one country's place of
 * the name outweighs (population) tenfold every other country's: "Blantyre" is MWI, "Martin"
 * none. NULL: no gazetteer, no such place. */
static const char *gazetteer_tokens(coder_sent *S, int k, int j)
{
	const khaldun_places *g = S->d->places;
	khaldun_place pl[8];
	if (!g || !S->c->sentence.p || k < 0 || j < k || j >= S->nt)
		return NULL;
	size_t a0 = (size_t)S->t[k].ostart, b0 = (size_t)(S->t[j].ostart + S->t[j].olen);
	if (tok_possessive(&S->t[j]) && b0 >= a0 + 2)
		b0 -= 2;
	size_t m = khaldun_places_find(g, S->c->sentence.p + a0, b0 - a0, NULL, pl, 8);
	if (!m || m > 8 || strlen(pl[0].country) != 3 || !strcmp(pl[0].kind, "country") ||
	    (!strcmp(pl[0].kind, "city") && pl[0].population < 100000) ||
	    strlen(pl[0].name) != b0 - a0 ||
	    strncasecmp(pl[0].name, S->c->sentence.p + a0, b0 - a0))
		return NULL;
	if (region_tokens(S, k, j))
		return NULL;   /* "The Balkan state": where, not which (region52) */
	size_t q = 1;
	while (q < m && (!strcmp(pl[q].country, pl[0].country) ||
			 pl[q].population < pl[0].population / 10))
		q++;
	return q < m ? NULL : pl[0].country;
}

/* actor89: the country of a place only the gazetteer knows that opens the title of bare
 * agent a ("Ontario Premier Doug Ford", "Doug Ford, Ontario's provincial leader,"): one or
 * two capitalised words in no actor and no dictionary phrase, possessive or not, then at
 * most one lower-case word ("provincial"), then the agent; the place a region or a city of
 * 100,000 people (as opening_place on the parse path), named by its own name ("Federal" of
 * "Federal prosecutors" is the gazetteer's Federal District only by another name), not an
 * international region's word ("The Balkan state", region_words). The title is then that
 * country's sub-government, as the dictionaries code "Balochistan Chief Minister" (PAKGOV):
 * code gets the country and the agent's sector (agent: its code, "~GOV"), *from the title's
 * first token. 0: no such place. */
static int placed_title(coder_sent *S, const coder_actor *a, const char *agent, char *code,
			size_t n, int *from)
{
	const khaldun_places *g = S->d->places;
	int j = a->pos - 1;
	if (!g || !S->c->sentence.p || agent[0] != '~' || strlen(agent) + 3 >= n)
		return 0;
	if (j >= 1 && S->t[j].cls == C_WORD && !S->t[j].cap && S->t[j].type != TY_DET &&
	    !S->t[j].ent && S->t[j].actor < 0 && isalpha((unsigned char)S->t[j].s[0]))
		j--;   /* "provincial", "state" */
	int k = j;
	while (k >= 0 && k > j - 2 && S->t[k].cls == C_WORD && S->t[k].cap && !S->t[k].ent &&
	       S->t[k].actor < 0 && S->t[k].type != TY_DET && !in_actor(S, k) &&
	       (k == j || !tok_possessive(&S->t[k])))
		k--;
	for (k++; k <= j; k++) {   /* the longest name first: "Nova Scotia", then "Scotia" */
		const char *cc = gazetteer_tokens(S, k, j);
		if (!cc)
			continue;
		snprintf(code, n, "%s%s", cc, agent + 1);
		*from = k;
		return 1;
	}
	return 0;
}

/* actors55: a body a side names with its acronym in parentheses ("Somalia's National
 * Intelligence and Security Agency (NISA)", "the Department of State Services (DSS)") is
 * remembered under the acronym (two to eight capitals), so that "NISA said" later in the
 * story is the same body: the story defined the short name for just that. */
static void keep_acronym(coder_context *x, const char *text, const char *code)
{
	const char *open = text ? strchr(text, '(') : NULL;
	if (!open || code[0] == '~' || !strcmp(code, "---") ||
	    strlen(code) >= sizeof x->names[0].code)
		return;
	size_t n = 0;
	while (isupper((unsigned char)open[1 + n]))
		n++;
	if (n < 2 || n > 8 || open[1 + n] != ')')
		return;
	char acr[10];
	memcpy(acr, open + 1, n);
	acr[n] = 0;
	int j = 0;
	while (j < x->nnames && strcmp(x->names[j].surname, acr))
		j++;
	if (j == CONTEXT_NAMES)
		return;
	coder_name *p = &x->names[j];
	if (j < x->nnames) {
		p->ambiguous |= strcmp(p->code, code) != 0;
		return;
	}
	x->nnames++;
	memcpy(p->surname, acr, n + 1);
	memcpy(p->name, acr, n + 1);
	memcpy(p->code, code, strlen(code) + 1);
	p->ambiguous = 0;
	p->weak = 0;
}

/* actor89: what token i opens: -1 when no bare agent (no agent, or one inside an actor's
 * words), 0 a bare agent whose title no place opens, 1 one whose title a place opens
 * (placed_title). a is set to the agent's span, coded codes[0], which is placed, a buffer
 * of n bytes that then holds the place's country with the agent's sector; *from the title's
 * first token. */
static int placed_agent(coder_sent *S, int i, coder_actor *a, const char **codes,
			char *placed, size_t n, int *from)
{
	const coder_tok *t = &S->t[i];
	*a = (coder_actor){ .pos = i, .end = t->end, .codes = codes, .ncodes = 1, .ref = -1,
			    .group = -1 };
	*from = i;
	if (!t->ent || t->ent->type != ENT_AGENT || t->end < i || t->end >= S->nt ||
	    in_actor(S, i))
		return -1;
	const char *ag = sent_agent_code(S, t->ent);
	return ag && ag[0] == '~' && placed_title(S, a, ag, placed, n, from);
}

/* actor89: a bare agent whose title a place opens (placed_title: "Ontario Premier Doug
 * Ford", "Doug Ford, Ontario's provincial leader,") is no actor, so keep_names' actors miss
 * it: the name beside it is remembered weakly with the place's country and the agent's
 * sector, as a dictionary actor's is, so that "Ford said" later is that sub-government. */
static void keep_placed_titles(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		char placed[16], words[160];
		const char *codes[1] = { placed };
		coder_actor a;
		int from, r = placed_agent(S, i, &a, codes, placed, sizeof placed, &from);
		if (r < 0)
			continue;
		if (r) {
			const char *name = actor_and_name(S, &a, words, sizeof words);
			keep_name(&S->c->ctx, name, placed, 1);
			keep_apposition(S, &a, from, placed);
		}
		i = a.end;
	}
}

/* actor89: 1 when an event side whose words are text opens at token from, over a "the". */
static int side_opens_at(coder_sent *S, const char *text, int from)
{
	int at = text && *text ? sent_text_offset(S, text) : -1;
	return at >= 0 && (at == S->t[from].ostart ||
			   (from > 0 && S->t[from - 1].type == TY_DET &&
			    at == S->t[from - 1].ostart));
}

/* actor89: an event side coded a bare agent whose title a place opens (placed_title:
 * "Ontario Premier Doug Ford criticized ...", ~GOV on --shallow, which has no parse for
 * apply_named_place) takes the place's country, as "Balochistan Chief Minister" has it. */
static void apply_placed_titles(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		char placed[16];
		const char *codes[1] = { placed };
		coder_actor a;
		int from, r = placed_agent(S, i, &a, codes, placed, sizeof placed, &from);
		if (r < 0)
			continue;
		i = a.end;
		if (!r)
			continue;
		for (size_t k = 0; k < S->c->nevents; k++) {
			khaldun_event *e = &S->c->events[k];
			char why[160];
			snprintf(why, sizeof why, "country %.3s of the place that opens its title "
				 "(the gazetteer, data/places.bin)", placed);
			if (e->source[0] == '~' && side_opens_at(S, e->source_text, from)) {
				const char *s2 = with_country(S, e->source, e->source_text, placed);
				if (s2)
					context_set_sides(S, e, s2, NULL, why);
			}
			if (e->target[0] == '~' && side_opens_at(S, e->target_text, from)) {
				const char *t2 = with_country(S, e->target, e->target_text, placed);
				if (t2)
					context_set_sides(S, e, NULL, t2, why);
			}
		}
	}
}

/* whoheads168: the verbs of a relative clause that give a person the post of heading its
 * object ("Ahmed Musa, who heads Nigeria's electoral commission,"), present tense only: a
 * past one ("who headed the agency's mission") is an office left. */
static const char *const head_verbs[] = { "HEADS", "LEADS", "CHAIRS", "RUNS", "COMMANDS",
					  "DIRECTS", NULL };

/* whoheads168: the actor the bare name [r0, r1] heads by a relative clause set off after
 * it: a comma, "who", one of head_verbs, then a dictionary actor opening the verb's object
 * before any preposition or comma ("who heads the U.N. Integrated Bureau for Haiti": the
 * bureau; "who leads the delegation to Kenya": none, Kenya is where it goes). -1: none. */
static int headed_actor(const coder_sent *S, int r1)
{
	int v = r1 + 3;
	if (v >= S->nt || S->t[r1 + 1].cls != C_COMMA || !tok_is(&S->t[r1 + 2], "WHO") ||
	    !tok_in(&S->t[v], head_verbs))
		return -1;
	for (int i = v + 1; i < S->nt && i <= v + 4; i++) {
		const coder_tok *t = &S->t[i];
		int k = sent_actor_at(S, i);
		if (k >= 0)
			return S->a[k].pron_kind || !S->a[k].ncodes ? -1 : k;
		if (t->cls != C_WORD || tok_has(t, WF_PREP) || t->type == TY_VERB)
			return -1;
	}
	return -1;
}

/* whoheads168: a person named with no title but a relative clause of heading a body
 * (headed_actor) is of that body, as "Ahmed Musa, head of Nigeria's electoral commission,"
 * is by its apposition: an uncoded side that is just that name takes the body's code, and
 * the story remembers the name (weakly) with it. The clause's object stays out of the
 * event: only the name's side changes. */
static void apply_relative_heads(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		int r1 = 0;
		if ((i > 0 && name_tok(S, i - 1)) || !name_run(S, i, 1, &r1))
			continue;
		int k = headed_actor(S, r1);
		if (k < 0 || !strcmp(S->a[k].codes[0], "---"))
			continue;
		const char *code = S->a[k].codes[0];
		keep_run(S, i, r1, code);
		size_t len = (size_t)(S->t[r1].ostart + S->t[r1].olen - S->t[i].ostart);
		for (size_t n = 0; n < S->c->nevents; n++) {
			khaldun_event *e = &S->c->events[n];
			const char *why = "named with a relative clause heading a body "
					  "(\"who heads ...\")";
			if (!strcmp(e->source, "---") && e->source_text &&
			    strlen(e->source_text) == len && side_opens_at(S, e->source_text, i))
				context_set_sides(S, e, code, NULL, why);
			if (!strcmp(e->target, "---") && e->target_text &&
			    strlen(e->target_text) == len && side_opens_at(S, e->target_text, i))
				context_set_sides(S, e, NULL, code, why);
		}
		i = r1;
	}
}

/* sidefrom118 (--shallow, which has no parse for apply_named_place): a bare side whose own
 * phrase opens, after an optional article, with one to three capitalised words that name a
 * place only the gazetteer knows (gazetteer_tokens), in no actor nor dictionary phrase, with
 * more words of the phrase after them, is of that place's country: "the Blantyre Girls
 * Primary School refused to enroll her daughter" is MWIEDU, as on the parse path; the
 * longest such name first. NULL: none. */
static const char *opening_place_tokens(coder_sent *S, const char *text)
{
	int a = phrase_first_token(S, text), off = sent_text_offset(S, text);
	if (a < 0 || off < 0)
		return NULL;
	int to = off + (int)strlen(text);
	if (S->t[a].type == TY_DET)
		a++;
	int n = 0;
	while (n < 3 && a + n + 1 < S->nt && (int)S->t[a + n + 1].ostart < to &&
	       S->t[a + n].cls == C_WORD && S->t[a + n].cap && !S->t[a + n].ent &&
	       S->t[a + n].actor < 0 && !in_actor(S, a + n) && !tok_possessive(&S->t[a + n]))
		n++;
	for (; n > 0; n--) {
		const char *cc = gazetteer_tokens(S, a, a + n - 1);
		if (cc)
			return arena_strdup(&S->c->scratch, cc);
	}
	return NULL;
}

/* unknown101: the token at which the phrase text starts, or -1. */
static int phrase_token(coder_sent *S, const char *text)
{
	int at = text && *text ? sent_text_offset(S, text) : -1;
	for (int i = 0; at >= 0 && i < S->nt && i < MAX_TOKENS; i++)
		if (S->t[i].ostart == at)
			return i;
	return -1;
}

/* coref65: 1 when an event side's words open right after a title's place word ("U.N.
 * Resident Coordinator for Myanmar Andrew Kirkwood", a side "Myanmar Andrew Kirkwood" that
 * --shallow may code MMR): the name is the title's person, not the place's, so the side's
 * code is not remembered for it (as keep_names' actors are not). */
static int side_after_place_word(coder_sent *S, const char *text)
{
	int i = phrase_token(S, text);
	return i >= 1 && title_place_word(&S->t[i - 1]);
}

/* storyctry123: an event side whose words are a title alone, right before the name of its
 * person ("ordered prominent journalist Jose Ruben Zamora back to prison": --shallow's side
 * "journalist", coded GTMMED), names that person with the side's code, as keep_names'
 * actors of one code do ("Taliban spokesman Zabihullah Mujahid"): remembered weakly, so
 * that "authorities arrested Zamora" later finds him. The name is a run of two to four
 * capitalised words ending at a clause's edge (name_run); not a side that names a person
 * itself ("Jose Ruben Zamora"), nor a bare code ("~MED": no country to keep). */
static void keep_side_title_name(coder_sent *S, const char *text, const char *code)
{
	char name[64], sur[32], words[160];
	int i = phrase_token(S, text), far = -1;
	const char *p = S->c->sentence.p;
	if (i < 0 || !p || code[0] == '~' || !strcmp(code, "---") ||
	    person_name(text, name, sizeof name, sur, sizeof sur))
		return;
	int end = S->t[i].ostart + (int)strlen(text), j = i;
	while (j < S->nt && S->t[j].ostart + S->t[j].olen < end)
		j++;
	if (j >= S->nt || S->t[j].ostart + S->t[j].olen != end || !name_run(S, j + 1, 1, &far))
		return;
	int from = S->t[i].ostart, to = S->t[far].ostart + S->t[far].olen;
	if (to - from >= (int)sizeof words)
		return;
	memcpy(words, p + from, (size_t)(to - from));
	words[to - from] = 0;
	keep_name(&S->c->ctx, words, code, 1);
}

/* Remembers the people this sentence's events name with a country ("Ishaq Dar": PAKGOV),
 * then, weakly, those named beside a dictionary actor of one code in any sentence ('"...,"
 * South Korean Ambassador Joonkook Hwang told council members': KORGOV), so that "Hwang
 * said" later is known even when the first sentence coded no event of his. names32: a side
 * the last-resort fallback gave the story's country (S->guess, compared by pointer) is not
 * remembered: that country was a guess about the event, not what the story says of the
 * person (an Azerbaijani named in a story about the United States is no American). */
static void keep_names(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; S->outcome == KHALDUN_CODED && i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		if (e->source != S->guess && !side_after_place_word(S, e->source_text))
			keep_name(x, e->source_text, e->source, 0);
		if (e->target != S->guess && !side_after_place_word(S, e->target_text))
			keep_name(x, e->target_text, e->target, 0);
		keep_acronym(x, e->source_text, e->source);
		keep_acronym(x, e->target_text, e->target);
		if (e->source != S->guess)
			keep_side_title_name(S, e->source_text, e->source);
		if (e->target != S->guess)
			keep_side_title_name(S, e->target_text, e->target);
	}
	if (S->allcaps)
		return;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		char words[160];
		if (a->pron_kind || !a->ent || a->ncodes != 1 || a->pos < 0 || a->end >= S->nt)
			continue;   /* a comma clause's words too: ', X told reporters' */
		if (a->pos > 0 && title_place_word(&S->t[a->pos - 1])) {
			keep_member_of(S, a);
			continue;   /* "coordinator in Myanmar Andrew Kirkwood": not Myanmar's */
		}
		if (a->pos > 1 && S->t[a->pos - 1].type == TY_DET &&
		    title_place_word(&S->t[a->pos - 2]))
			keep_member_of(S, a);   /* "a fellow at the Nairobi Policy Institute" */
		keep_name(x, actor_and_name(S, a, words, sizeof words), a->codes[0], 1);
		if (a->codes[0][0] != '~')
			keep_apposition(S, a, a->pos, a->codes[0]);
		keep_copula_post(S, a);
	}
	keep_placed_titles(S);
}

/* The state sectors whose bare organs take the country of the story's organs of the same
 * sector (domestic[0..5]), or -1 when code (its sector part) is none of them. */
static int organ_sector(const char *sector)
{
	for (int k = 0; k < 6; k++)
		if (!strncmp(sector, domestic[k], 3))
			return k;
	return -1;
}

/* Notes code's country as its sector's in last_organ (and, with story, in organ_cc): the
 * country, or "*" once a second one is named; not a region's. */
static void note_organ(coder_context *x, const char *code, int story)
{
	char cc[4];
	const char *sector = actor_split(code, cc);
	int k = cc[0] && !context_region(cc) ? organ_sector(sector) : -1;
	if (k < 0)
		return;
	if (strcmp(x->last_organ[k], cc))
		strcpy(x->last_organ[k], x->last_organ[k][0] ? "*" : cc);
	if (story && strcmp(x->organ_cc[k], cc))
		strcpy(x->organ_cc[k], x->organ_cc[k][0] ? "*" : cc);
}

/* Remembers the countries of the state organs this sentence's events name (PAKMIL,
 * ITAGOV; not a region's, "European governments": EURGOV): one country per sector, or "*"
 * once a second one is named. */
static void keep_organs(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		note_organ(&S->c->ctx, S->c->events[i].source, 1);
		note_organ(&S->c->ctx, S->c->events[i].target, 1);
	}
}

/* coref73: a sentence that coded no event still names the organ a next sentence's definite
 * "The government" points back to ("Then on March 31, the Philippine government reported
 * that Chinese vessels had been spotted ... The government demanded that Beijing remove
 * them": PHLGOV; recent_organ). Remembers, as keep_organs does from events, the countries
 * of the state organs among this sentence's own actors (one code each, no pronoun), for
 * the next sentence only (last_organ, not the story's organ_cc). */
static void keep_uncoded_organs(coder_sent *S)
{
	if (S->c->nevents)
		return;
	for (int j = 0; j < S->na; j++) {
		const coder_actor *a = &S->a[j];
		if (!a->pron_kind && a->ent && a->ncodes == 1 && a->pos >= 0 && a->pos < S->nt &&
		    sent_live(S, a->pos))
			note_organ(&S->c->ctx, a->codes[0], 0);
	}
}

/* 1 when a phrase says it is another party or more than one ("other forces", "authorities
 * on both sides"): not the organs named before. */
static int other_party(const char *text)
{
	static const char *const words[] = { "other", "both", "another", NULL };
	for (const char *p = text; p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL)
		for (int k = 0; words[k]; k++) {
			size_t n = strlen(words[k]);
			if (!strncasecmp(p, words[k], n) && (!p[n] || p[n] == ' '))
				return 1;
		}
	return 0;
}

/* 1 when a phrase names a spokesperson, spokesman or spokeswoman: one speaks for an organ
 * of any sector (an army's too), though the dictionary gives the word ~GOV. */
static int spokesperson(const char *text)
{
	for (const char *p = text; p && *p; p++)
		if (!strncasecmp(p, "spokes", 6))
			return 1;
	return 0;
}

/* A bare state organ left with no country by the story's country ("The military claimed
 * the killing of 33 terrorists" in a story about Pakistan and Afghanistan) is of the one
 * country whose organs of that sector the story's events named before ("Pakistan's
 * military": PAKMIL), when the phrase says no other party ("Other forces") and repeats no
 * title the story gave two actors; a spokesperson, when the story named no other country's
 * organs of any sector. That country, or NULL (organ_country: the sentence names no other). */
static const char *organ_cc(coder_sent *S, const char *code, const char *text)
{
	const coder_context *x = &S->c->ctx;
	int k = code && code[0] == '~' ? organ_sector(code + 1) : -1;
	for (int j = 0; k >= 0 && spokesperson(text) && j < 6; j++)
		if (x->organ_cc[j][0] && strcmp(x->organ_cc[j], x->organ_cc[k]))
			return NULL;   /* another country's organs of any sector */
	if (k < 0 || !x->organ_cc[k][0] || x->organ_cc[k][0] == '*' || other_party(text) ||
	    context_title_ambiguous(x, text))
		return NULL;
	return x->organ_cc[k];
}

/* organ_cc's country for a side whose sentence names no other country. */
static const char *organ_country(coder_sent *S, const char *code, const char *text,
				 const char *other)
{
	(void)other;
	const char *cc = organ_cc(S, code, text);
	if (!cc || context_names_other(S, cc))
		return NULL;
	return with_country_of(S, code, text, cc, 1);
}

/* The country a rule gives a bare organ side (code, its words, the event's other side), or
 * NULL. */
typedef const char *organ_rule(coder_sent *S, const char *code, const char *text,
			       const char *other);

/* Gives each event's bare organ sides the country rule finds, noted "<pre>CCC<post>". */
static void apply_organ_rule(coder_sent *S, organ_rule *rule, const char *pre,
			     const char *post)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *s = rule(S, e->source, e->source_text, e->target);
		const char *t = rule(S, e->target, e->target_text, e->source);
		char why[80];
		if (!s && !t)
			continue;   /* the note is written only for an event it changes */
		snprintf(why, sizeof why, "%s%.3s%s", pre, s ? s : t, post);
		context_set_sides(S, e, s, t, why);
	}
}

/* storycc153: --shallow, the byte offset where a content clause with no "that" starts right
 * after the verb token at byte offset v: a verb of speech or claim (SPEECH_WORDS,
 * SAY_WHAT_WORDS, REPORT_WORDS; not "told", whose next words are the hearer), then a noun
 * phrase (no comma, quote, conjunction, pronoun or preposition) and a verb or auxiliary of
 * its own ("claimed Tuesday's attackers were in touch with planners in Afghanistan": the
 * clause starts at "Tuesday's"); -1 when not so ("said on Monday", "accused Afghanistan of
 * ...", "told Afghan officials the army would ..."). */
static int bare_content_start(coder_sent *S, int v)
{
	int k = 0, j;
	while (k < S->nt && S->t[k].ostart < v)
		k++;
	if (k + 2 >= S->nt || S->t[k].ostart != v || tok_in(&S->t[k], TELL_WORDS) ||
	    !(tok_in(&S->t[k], SPEECH_WORDS) || tok_in(&S->t[k], SAY_WHAT_WORDS) ||
	      tok_in(&S->t[k], REPORT_WORDS)))
		return -1;
	for (j = k + 1; j < S->nt && S->t[j].cls == C_WORD && S->t[j].type != TY_VERB &&
			S->t[j].type != TY_AUX && !tok_has(&S->t[j], WF_AUX); j++)
		if (S->t[j].type == TY_CONJ || S->t[j].type == TY_PRON ||
		    tok_has(&S->t[j], WF_PREP | WF_CLAUSE))
			return -1;
	if (j == k + 1 || j >= S->nt || S->t[j].cls != C_WORD)
		return -1;
	return S->t[k + 1].ostart;
}

/* --shallow's names_other_beside: 1 when an actor of the sentence names a country other than
 * cc before the first "that" after event e's verb (the words of what is said, asked or
 * hoped: "expressed hope that cooperation between the United States and Ukraine ..."), or
 * before a content clause with no "that" right after it (storycc153, bare_content_start),
 * or when the source is not before its verb or neither follows the verb. */
static int names_other_before_that(coder_sent *S, const khaldun_event *e, const char *cc)
{
	const char *sent = S->c->sentence.p;
	int src = e->source_text ? sent_text_offset(S, e->source_text) : -1;
	int v = e->verb_text ? sent_text_offset(S, e->verb_text) : -1;
	const char *that = v > src && src >= 0 ? strstr(sent + v, " that ") : NULL;
	int end = that ? (int)(that - sent) : v > src && src >= 0 ? bare_content_start(S, v) : -1;
	if (end < 0)
		return 1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		char x[4];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos) || bare_settlers(S, a) ||
		    S->t[a->pos].ostart > end)
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if ((actor_split(a->codes[j], x), x[0]) && strcmp(x, cc))
				return 1;
	}
	return 0;
}

/* coref65: organ_cc's country for a bare organ source whose sentence names another country
 * only in what the source says, asks or hopes (parse only, names_other_beside, as the story's
 * country does: "Lawmakers also expressed hope that cooperation between the United States
 * and Ukraine could resume", a story whose lawmakers were all American: USALEG; --shallow:
 * names_other_before_that); not when
 * the other country is the source's other side's ("Lawmakers criticized Ukraine": names
 * UKR beside them). */
static void apply_organ_sources_aside(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *cc = organ_cc(S, e->source, e->source_text);
		const char *s = cc ? with_country_of(S, e->source, e->source_text, cc, 1) : NULL;
		char why[112];
		if (!s || !context_names_other(S, cc))
			continue;
		/* the parse only now: most sentences have no such source (a parse costs) */
		const struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
		if (P ? names_other_beside(S, P, e, cc) : names_other_before_that(S, e, cc))
			continue;
		snprintf(why, sizeof why, "country %.3s of the story's organs of its sector named "
			 "before (another country only in what it says)", cc);
		context_set_sides(S, e, s, NULL, why);
	}
}

/* unknown101: 1 when tokens from..to (inclusive) are only words of a noun phrase's tail: no
 * verb, auxiliary, conjunction, pronoun, comma or quote ("Kenyan [interior] ministry"). */
static int phrase_tail(const coder_sent *S, int from, int to)
{
	for (int i = from; i <= to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_VERB ||
		    t->type == TY_AUX || t->type == TY_CONJ || t->type == TY_PRON)
			return 0;
	}
	return 1;
}

/* unknown101: the country (in cc) of the state organ that reports the deed whose doer opens
 * at token i ("The Kenyan ministry said police arrested three Ugandan traders": the last
 * dictionary actor before "said" or "says", over a "that", with only its phrase's words
 * between, is KENGOV), or NULL when no state organ of a country (not a region) says it so,
 * or when a foreign ministry or minister does ("Russia's foreign minister said police ..."). */
static const char *reporting_organ(coder_sent *S, int i, char *cc)
{
	int j = i - 1;
	const coder_actor *last = NULL;
	if (j >= 0 && tok_is(&S->t[j], "THAT"))
		j--;
	int spoken = j > 0 && tok_in(&S->t[j], PLAIN_SAY_WORDS);
	for (int k = 0; spoken && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (!a->pron_kind && a->ent && a->pos >= 0 && a->end < j && a->ncodes > 0 &&
		    sent_live(S, a->pos) && (!last || a->pos > last->pos))
			last = a;
	}
	if (!last || !phrase_tail(S, last->end + 1, j - 1))
		return NULL;
	for (int k = last->pos > 2 ? last->pos - 2 : 0; k < j; k++)
		if (tok_is(&S->t[k], "FOREIGN"))
			return NULL;   /* a foreign ministry speaks of deeds abroad */
	const char *role = actor_split(last->codes[0], cc);
	return cc[0] && !context_region(cc) && organ_sector(role) >= 0 ? cc : NULL;
}

/* unknown101: 1 when an actor of the sentence outside the phrase text (the event's target)
 * names a country other than cc. */
static int other_country_beside(coder_sent *S, const char *text, const char *cc)
{
	int from = text && *text ? sent_text_offset(S, text) : -1;
	int to = from < 0 ? -1 : from + (int)strlen(text);
	return other_country_named(S, cc, from, to, 0);
}

/* unknown101: a bare state organ that does what a state organ of one country says it did
 * ("Kenyan officials said soldiers killed five al-Shabab militants", "A spokesman for the
 * Somali government said security forces arrested a journalist") is that country's: the
 * speaker's own organ, as a careful coder reads it. Another country may be named only as the
 * deed's target, and then only as its nationals, a place or its state ("police arrested
 * three Ugandan traders"); not its own groups ("U.S. officials said government forces
 * attacked Syrian rebels": Syria's forces, maybe), nor anywhere else in the sentence
 * ("troops in Syria"); and not when the story's country is another. */
static void apply_reporting_organs(coder_sent *S)
{
	for (size_t n = 0; n < S->c->nevents; n++) {
		khaldun_event *e = &S->c->events[n];
		char cc[4], why[80];
		int times = 0;
		if (e->source[0] != '~' || organ_sector(e->source + 1) < 0 ||
		    !reporting_organ(S, phrase_token(S, e->source_text), cc) ||
		    other_country_beside(S, e->target_text, cc))
			continue;
		char tcc[4];
		const char *trole = actor_split(e->target, tcc);
		if (tcc[0] && strcmp(tcc, cc) && *trole && organ_sector(trole) < 0)
			continue;   /* another country's own people ("Syrian rebels") */
		const char *story = context_story_country(&S->c->ctx, &times);
		if (story && strcmp(story, cc))
			continue;
		const char *s = with_country(S, e->source, e->source_text, cc);
		snprintf(why, sizeof why, "country %s of the state organ that reports the deed",
			 cc);
		if (s)
			context_set_sides(S, e, s, NULL, why);
	}
}

static void apply_organs(coder_sent *S)
{
	apply_organ_rule(S, organ_country, "country ",
			 " of the story's organs of its sector named before");
	apply_organ_sources_aside(S);
}

/* Which organ_nouns the sentence's words hold (bit k for organ_nouns[k]): one pass over its
 * words (runs of letters, as has_word reads them), since every sentence asks. */
static unsigned sentence_nouns(const coder_sent *S)
{
	unsigned m = 0;
	for (const char *p = S->c->sentence.p; p && *p; ) {
		while (*p && !isalpha((unsigned char)*p))
			p++;
		const char *w = p;
		while (isalpha((unsigned char)*p))
			p++;
		size_t n = (size_t)(p - w);
		for (int k = 0; n >= 4 && organ_nouns[k]; k++)
			if ((*w | 0x20) == organ_nouns[k][0] && strlen(organ_nouns[k]) == n &&
			    !strncasecmp(w, organ_nouns[k], n))
				m |= 1u << k;
	}
	return m;
}

/* 1 when a side's words are only "the" and an institution's noun ("The government", "the
 * army") that the sentence before holds ("the Philippine government reported ..."): a
 * definite description pointing back to the organ just named; not "the three
 * governments", "the interim government", nor "the military" after "Afghan troops"
 * (another noun), nor a person's title ("the spokesperson": ctxtitle.c's). */
static int definite_organ(const char *text, unsigned before)
{
	if (!text || strncasecmp(text, "the ", 4))
		return 0;
	for (int k = 0; organ_nouns[k]; k++)
		if (!strcasecmp(text + 4, organ_nouns[k]))
			return (before >> k) & 1;
	return 0;
}

/* 1 when every country this sentence's actors name is a or b: a definite organ's sentence
 * may name the event's other side (and that side's people: "The government, which believed
 * the vessels were Chinese, demanded that Beijing ...") but no third country. */
struct two_cc { const char *a, *b; };
static int third_country(coder_context *x, const char *cc, void *arg)
{
	const struct two_cc *t = arg;
	(void)x;
	return strcmp(cc, t->a) && (!t->b || strcmp(cc, t->b));
}

/* story35: a bare organ still without a country after the story's country and organs
 * ("The government" of a story about the Philippines and China, whose organs of both were
 * named) and worded as a definite description, "the" and its antecedent's noun, is the
 * organ of the one country whose organs of that sector the previous sentence's events named ("the
 * Philippine government reported ... The government demanded that Beijing remove them":
 * PHLGOV), as English refers "the government" to the one just named; when that country is
 * not the event's other side and the sentence names no third country. */
static const char *recent_organ(coder_sent *S, const char *code, const char *text,
				const char *other)
{
	const coder_context *x = &S->c->ctx;
	int k = code && code[0] == '~' ? organ_sector(code + 1) : -1;
	if (k < 0 || !x->last_organ[k][0] || x->last_organ[k][0] == '*' ||
	    !definite_organ(text, x->last_nouns))
		return NULL;
	char occ[4];
	actor_split(other ? other : "", occ);
	struct two_cc t = { x->last_organ[k], occ[0] ? occ : NULL };
	if ((occ[0] && !strcmp(occ, x->last_organ[k])) || each_country(S, third_country, &t))
		return NULL;
	return with_country(S, code, text, x->last_organ[k]);
}

static void apply_recent_organs(coder_sent *S)
{
	apply_organ_rule(S, recent_organ, "\"the\" organ of country ",
			 ", named in the sentence before");
}

/* 1 when text is "the" and one to three lower-case words ("The ministry", "the foreign
 * minister"): a definite description, naming no country nor body of its own; sidefrom118:
 * or the same words after "the country's" or "the nation's" ("The country's president"),
 * which point back at a country as "the" does. */
static int bare_definite(const char *text)
{
	size_t own = country_possessive(text);   /* sidefrom118: "The country's president" */
	if (!text || (!own && strncasecmp(text, "the ", 4)) || strchr(text, ','))
		return 0;
	int words = 0;
	for (const char *p = text + (own ? own : 4); *p; p++) {
		if (*p != ' ' && (p[-1] == ' ') && ++words > 3)
			return 0;
		if (*p != ' ' && !islower((unsigned char)*p) && *p != '-')
			return 0;
	}
	return words > 0;
}

/* he51: a bare state office or organ as a definite description ("The ministry said ...",
 * "the minister") that no title nor organ named before placed is of the country of the
 * previous sentence's subject ("Manila summoned the Chinese ambassador ... The ministry
 * said": PHLGOV), as English refers "the ministry" to the side just speaking or acting,
 * and so is a bare unarmed domestic role (ctx54: "Protesters clashed with police in
 * Nairobi. The opposition accused the government": KENOPP, as its target KENGOV; not
 * "the militants", whose bases may lie across a border),
 * when every event source of the story so far was that country's (not a third party's
 * speaker: "A UN spokesman said ..."), that country is not the event's other side, and the
 * sentence names no third country. */
static const char *subject_organ(coder_sent *S, const char *code, const char *text,
				 const char *other)
{
	const coder_context *x = &S->c->ctx;
	char cc[4], occ[4];
	static const char *const unarmed[] = { "OPP", "CVL", "EDU", "HLH", "LAB", NULL };
	if (!code || code[0] != '~' ||
	    (organ_sector(code + 1) < 0 && !role_in(code + 1, unarmed)) || !bare_definite(text) ||
	    !x->subject[0] || x->subject_age > 1 || context_title_ambiguous(x, text))
		return NULL;
	/* sidefrom118: "the country's" refers to a country its own sentence named before it,
	 * when there is one (country_before) */
	if (country_possessive(text)) {
		int seen = 0;
		one_country_before(S, phrase_first_token(S, text), &seen);
		if (seen)
			return NULL;
	}
	actor_split(x->subject, cc);
	actor_split(other ? other : "", occ);
	struct two_cc t = { cc, occ[0] ? occ : NULL };
	if (!cc[0] || context_region(cc) || strcmp(cc, x->source_cc) ||
	    (occ[0] && !strcmp(occ, cc)) || each_country(S, third_country, &t))
		return NULL;
	return with_country(S, code, text, cc);
}

static void apply_subject_organs(coder_sent *S)
{
	apply_organ_rule(S, subject_organ, "\"the\" office of the previous subject's country ",
			 "");
}

/* coref61: a bare plural of a body's envoys as a definite description ("The diplomats",
 * "the ministers", "the foreign ministers", "the delegates", "the envoys"), a state agent
 * (~GOV) no rule placed, is of the international body that was the previous sentence's
 * subject ("G7 foreign ministers met in Italy. The diplomats called on Russia ...": IGOGOS),
 * as English refers the plural back to the members just named; not when that body is the
 * event's other side, nor a singular ("the minister": a title, ctxtitle.c's). */
static const char *subject_body_people(coder_sent *S, const char *code, const char *text,
				       const char *other)
{
	static const char *const envoys[] = { "the diplomats", "the ministers",
		"the foreign ministers", "the delegates", "the envoys", NULL };
	const coder_context *x = &S->c->ctx;
	if (!code || strcmp(code, "~GOV") || !text || !x->subject[0] || x->subject_age > 1 ||
	    strncmp(x->subject, "IGO", 3) || (other && !strcmp(other, x->subject)))
		return NULL;
	for (int k = 0; envoys[k]; k++)
		if (!strcasecmp(text, envoys[k]))
			return x->subject;
	return NULL;
}

static void apply_subject_body_people(coder_sent *S)
{
	apply_organ_rule(S, subject_body_people, "\"the\" envoys of the previous subject, an ",
			 "");
}

/* kindposs118: the code of the agent actor ag (a bare one, "~GOV", "~MIL") right after the
 * possessive "Its" at token i that opens a sentence ("Iran tested a missile on Monday. Its
 * foreign minister accused Washington": IRNGOV), when the previous sentence's subject is a
 * country's (not a region's, nor a person's): the possessive points back at that subject as
 * "the country's" does (country_possessive); unlike he51's "the" (subject_organ), other
 * countries in the sentence do not stop it ("Washington" above), as "its" is an anaphor of
 * its own; NULL otherwise, and for a person's HIS, HER or a plural THEIR. */
const char *context_possessive_agent(coder_sent *S, int i, const char *ag)
{
	const coder_context *x = &S->c->ctx;
	char cc[4];
	if (!x->on || i < 0 || i + 1 >= S->nt || !tok_is(&S->t[i], "ITS") || !ag ||
	    ag[0] != '~' || !x->subject[0] || x->subject_age > 1 || x->subject_person ||
	    !opens_sentence(S, i) || !verb_follows(S, i))
		return NULL;
	actor_split(x->subject, cc);
	if (!cc[0] || context_region(cc))
		return NULL;
	return with_country(S, ag, NULL, cc);
}

/* Remembers the one country of the story's event sources (a state's, not a region's). */
static void keep_source_country(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (size_t i = 0; i < S->c->nevents; i++) {
		char cc[4];
		actor_split(S->c->events[i].source, cc);
		if (!cc[0] || context_region(cc) || !strcmp(x->source_cc, cc))
			continue;
		strcpy(x->source_cc, x->source_cc[0] ? "*" : cc);
	}
}

/* An unknown side named as "the bloc" or "the regional body" is the international body the
 * story has named: at least twice and twice as often as any other, and no other in this
 * sentence ("ECOWAS ... The three nations accused the regional body": IGOWAFWAS); one named
 * "the group", "the militants" (unknown, or only an armed agent: ~REB, ~INS) is so the
 * story's armed group ("Al-Shabab ... The group frequently conducts bombings": SOMINS). */
static void apply_body(coder_sent *S, int kind)
{
	static const char *const armed[] = { "---", "~REB", "~INS", "~UAF", NULL };
	int times = 0;
	const char *body = context_story_body(S, kind, &times);
	if (!body)
		return;
	char why[96] = "";   /* written for the first event it changes */
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = 0, t = 0;
		for (int k = 0; (kind == CTX_IGO ? k < 1 : armed[k] != NULL); k++) {
			s |= !strcmp(e->source, armed[k]);
			t |= !strcmp(e->target, armed[k]);
		}
		int sc = s && kind == CTX_IGO && context_council_phrase(e->source_text);
		int tc = t && kind == CTX_IGO && context_council_phrase(e->target_text);
		s = s && (sc || context_body_phrase(e->source_text) == kind);
		t = t && (tc || context_body_phrase(e->target_text) == kind);
		if (!s && !t)
			continue;
		if (!why[0])
			snprintf(why, sizeof why, "%sthe story's %s %s (named %d time%s before)",
				 sc || tc ? "the council of " : "",
				 kind == CTX_IGO ? "international body" : "armed group", body,
				 times, times == 1 ? "" : "s");
		context_set_sides(S, e, s ? (sc ? context_council_code(body) : body) : NULL,
				  t ? (tc ? context_council_code(body) : body) : NULL, why);
	}
}

/* The side or sides a context rule found for event e (either may be NULL: none found), told
 * as what the rule took them for. */
static void found_sides(coder_sent *S, khaldun_event *e, const char *bs, const char *bt,
			const char *what)
{
	if (!bs && !bt)
		return;
	char why[96];
	snprintf(why, sizeof why, "%s (%s)", what, bs ? bs : bt);
	context_set_sides(S, e, bs, bt, why);
}

/* anaphor52: an unknown side (or only an armed agent: ~REB, ~INS, ~UAF) named by a
 * description of a kind of body is the last body of that kind the story named ("NATO leaders
 * met ... The alliance accused Russia": IGOWSTNAT; "... withdrawing from the Economic
 * Community of West African States. The bloc had imposed sanctions": IGOWAFWAS; "The
 * Israeli military killed a senior Hezbollah commander. The group vowed revenge": LBNUAF),
 * before the story's dominant body (apply_body) and its country. */
static void apply_described(coder_sent *S)
{
	static const char *const open[] = { "---", "~REB", "~INS", "~UAF", NULL };
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = 0, t = 0;
		for (int k = 0; open[k]; k++) {
			s |= !strcmp(e->source, open[k]);
			t |= !strcmp(e->target, open[k]);
		}
		const char *bs = s ? context_described_body(S, e->source_text) : NULL;
		const char *bt = t ? context_described_body(S, e->target_text) : NULL;
		found_sides(S, e, bs, bt, "the last body of the kind its description names");
	}
}

/* actors55: a side coded only as a government role ("~GOV" of "the foreign ministers",
 * "the leaders") right after the story named a bloc's meeting is that bloc
 * (context_bloc_members). */
static void apply_bloc_members(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *bs = !strcmp(e->source, "~GOV") ?
				 context_bloc_members(S, e->source_text) : NULL;
		const char *bt = !strcmp(e->target, "~GOV") ?
				 context_bloc_members(S, e->target_text) : NULL;
		found_sides(S, e, bs, bt, "the members of the bloc the story just named");
	}
}

/* anaphor53: the code a side described as an armed group with words before its noun had
 * from those words, so that the group may take it over: none or only an agent ("---",
 * "~MIL" of "paramilitary"), a bare country or its military or armed group ("IRN" of
 * "the Iran-backed group", "LBN" of "the Lebanese group"); a nationality must name the
 * group's country (group). */
static int described_open(const char *code, const char *text, const char *group)
{
	static const char *const roles[] = { "", "MIL", "REB", "INS", "UAF", NULL };
	int nat = 0;
	char cc[4], gcc[4];
	if (!context_armed_description(text, &nat) || !strcmp(code, group))
		return 0;
	if (*code == '~' || !strcmp(code, "---"))
		return !nat;
	const char *role = actor_split(code, cc);
	actor_split(group, gcc);
	if (!cc[0] || (nat && strcmp(cc, gcc)))
		return 0;
	for (int k = 0; roles[k]; k++)
		if (!strcmp(role, roles[k]))
			return 1;
	return 0;
}

/* The whole noun phrase an actor's own words stand in (sent_widen reports it later): the
 * parse's "The Lebanese" is "The Lebanese group". */
static const char *wide_text(const coder_sent *S, const char *text)
{
	for (int k = 0; text && k < S->nwide; k++)
		if (text == S->wide_own[k])
			return S->wide_p[k];
	return text;
}

/* anaphor53: a side described as an armed group with words before its noun ("The RSF seized
 * the town. The paramilitary force said": SDNREB, was SDNMIL; "The Houthis fired a missile.
 * The Iran-backed group said": YEMREB, was IRN) is the group this sentence or, else, the
 * story last named (context_armed_described), before the story's country; its own sentence
 * too, as a sentence may name the group first. */
static void apply_armed_described(coder_sent *S)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *ws = wide_text(S, e->source_text), *wt = wide_text(S, e->target_text);
		const char *bs = context_armed_described(S, ws);
		const char *bt = context_armed_described(S, wt);
		bs = bs && described_open(e->source, ws, bs) ? bs : NULL;
		bt = bt && described_open(e->target, wt, bt) ? bt : NULL;
		found_sides(S, e, bs, bt, "the armed group its description stands for");
	}
}

/* 1 when the actor code is a state's own side: the bare country or one of its organs
 * (government, military, legislature, courts, police, intelligence), "USA", "KORGOV". */
static int state_side(const char *code)
{
	static const char *const organs[] = { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", NULL };
	char cc[4];
	const char *role = actor_split(code, cc);
	if (!cc[0])
		return 0;
	if (!*role)
		return 1;
	for (int k = 0; organs[k]; k++)
		if (!strncmp(role, organs[k], 3))
			return 1;
	return 0;
}

/* false24: "Five Frontier Corps personnel were also killed in the attack ...", "Three
 * Americans were killed", "a deadly January attack on a joint Kenya-U.S. military base":
 * force (CAMEO 18 to 20, not an air strike, 195) that names no doer (source "---": no words,
 * or none the dictionaries know, "a deadly January attack") against a state's side or its
 * people, in a story whose armed group is known (context_story_body: "Militants linked with
 * the banned Baloch Liberation Army attacked a passenger train"), is that group's. A victim
 * of the armed kind ("16 terrorists had been killed": the security forces') keeps no doer.
 * Run after the story gave the victims their country. */
static void apply_armed_doer(coder_sent *S)
{
	int times = 0;
	const char *body = context_story_body(S, CTX_ARMED, &times);
	if (!body)
		return;
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *k = e->code ? e->code : "";
		int force = (k[0] == '1' && (k[1] == '8' || k[1] == '9') && strcmp(k, "195")) ||
			    (k[0] == '2' && k[1] == '0');
		char cc[4];
		const char *role = actor_split(e->target, cc);
		int victim = state_side(e->target) || (cc[0] && !strncmp(role, "CVL", 3));
		if (force && victim && !strcmp(e->source, "---")) {
			char why[128];   /* written only for an event it changes */
			snprintf(why, sizeof why, "the story's armed group %s does the deed no one "
				 "is named for (named %d time%s before)", body, times,
				 times == 1 ? "" : "s");
			context_set_sides(S, e, body, NULL, why);
		}
	}
}

/* 1 when country cc is the one the story's actors named most so far (a tie too: "The
 * military" of a story about Pakistan and Afghanistan, where Pakistan leads). */
static int story_leads(const coder_context *x, const char *cc)
{
	int mine = 0, top = 0;
	for (int k = 0; k < x->ncc; k++) {
		if (!strcmp(x->cc[k], cc))
			mine = x->count[k];
		else if (x->count[k] > top)
			top = x->count[k];
	}
	return mine > 0 && mine >= top;
}

/* sides31: "The military claimed the killing of 33 terrorists" (a story about Pakistan and
 * Afghanistan, the source placed PAKMIL by the story's organs): a bare armed group (~INS,
 * ~REB, ~CRM) that a state's forces (army, police, intelligence) strike, arrest or raid
 * (CAMEO 17 to 20) is of that state when the sentence names no other country and the story
 * is about that state most: a domestic operation, as most are. A force abroad is named with
 * the place it strikes, or in a story led by that place's country (then no change). */
static void apply_home_force(coder_sent *S)
{
	static const char *const forces[] = { "MIL", "COP", "SPY", NULL };
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int hard = force_code(e->code);
		char cc[4];
		const char *role = actor_split(e->source, cc);
		int force = 0;
		for (int j = 0; forces[j] && cc[0] && !context_region(cc); j++)
			force |= !strncmp(role, forces[j], 3);
		if (!hard || !force || (strncmp(e->target, "~INS", 4) &&
					strncmp(e->target, "~REB", 4) &&
					strncmp(e->target, "~CRM", 4)) ||
		    context_names_other(S, cc) || !story_leads(&S->c->ctx, cc))
			continue;
		char why[112];   /* written only for an event it changes */
		snprintf(why, sizeof why, "the armed group a state's forces strike at home: %s, "
			 "the country the story names most", cc);
		context_set_sides(S, e, NULL, with_country(S, e->target, e->target_text, cc), why);
	}
}

/* 1 when an actor phrase names a person by name alone, one to three name words before any
 * comma, no title with a full stop ("Manning", "Denny Roy, senior fellow ...", not "Gov. Phil
 * Murphy", "IMA", "The agency", "They"), or is "he"/"she". */
static int bare_person(const char *text)
{
	static const char *const not_name[] = { "The", "They", "We", "It", "This", "That",
						"These", "Those", "You", "Our", "Their", NULL };
	if (!text || !*text)
		return 0;
	if (!strcasecmp(text, "he") || !strcasecmp(text, "she"))
		return 1;
	size_t end = head_part(text), first = strcspn(text, " ");
	int words = name_words(text, end);
	return words > 0 && words <= 3 && !memchr(text, '.', end) &&
	       !list_has(not_name, text, first < end ? first : end);
}

/* speakers135: 1 when a side's words are a person's full name alone, two or three name words
 * ("Chris Mhike", "Ilyas Ali Hassan, a member of the upper house"), for the story's fallback
 * without the parse (--shallow), where no tagger says the words are proper nouns. Not one
 * word: a capital opening the sentence may be a common noun ("Donors have voiced concern",
 * "Survivors told VOA"); nor a pronoun, nor a phrase with a dot or a determiner ("The Hague",
 * "U.N. envoy": a body, a place or an office). */
int context_full_name(const char *text)
{
	return bare_person(text) && !pronoun_text(text) &&
	       name_words(text, head_part(text)) >= 2;
}

/* shname137: remembers, on --shallow, the surname of each person the sentence names in full
 * and nothing places: a run of two or three capitalised words that no dictionary, word list
 * or place knows (news_unknown_name_word), alone between other words, its last word fit to be
 * a surname ("BLANTYRE - Rastafarian Feniya Mbewe was upset ...", "Tendai Moyo said": Mbewe,
 * Moyo). Two words, as speakers135's full name (context_full_name), even where a sentence opens:
 * one capitalised word there may be a common noun ("Survivors told VOA"), two rarely are.
 * Not "Blantyre Girls Primary School" (four words), nor "Lasalle Detention Facility" (an
 * institution's last word). */
static void keep_unnamed(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	if (syntax_on(S) || S->allcaps)
		return;
	for (int i = 0; i < S->nt; i++) {
		if (!news_unknown_name_word(S, i) || (i > 0 && news_unknown_name_word(S, i - 1)))
			continue;
		int j = i;
		while (j + 1 < S->nt && news_unknown_name_word(S, j + 1))
			j++;
		const coder_tok *t = &S->t[j];
		const char *w = S->c->sentence.p + t->ostart;
		if (j - i < 1 || j - i > 2 || (size_t)t->olen >= sizeof x->unnamed[0] ||
		    not_surname(w, (size_t)t->olen))
			continue;
		int k = 0;
		while (k < x->nunnamed && (strlen(x->unnamed[k]) != (size_t)t->olen ||
					   strncmp(x->unnamed[k], w, (size_t)t->olen)))
			k++;
		if (k < x->nunnamed || k == CONTEXT_NAMES)
			continue;
		memcpy(x->unnamed[k], w, (size_t)t->olen);
		x->unnamed[k][t->olen] = 0;
		x->nunnamed++;
	}
}

/* shname137: 1 when a side's words are one name word that is the surname of a person an
 * earlier sentence named in full and nothing placed (keep_unnamed): "So, Mbewe took the
 * school to court" after "Rastafarian Feniya Mbewe was upset ...". Not a word that opens the
 * story unnamed ("Donors have voiced concern": no full name before it). */
int context_unnamed_surname(const coder_sent *S, const char *text)
{
	const coder_context *x = &S->c->ctx;
	if (!text || !bare_person(text) || pronoun_text(text) ||
	    name_words(text, head_part(text)) != 1)
		return 0;
	size_t n = head_part(text);
	for (int k = 0; k < x->nunnamed; k++)
		if (strlen(x->unnamed[k]) == n && !strncmp(x->unnamed[k], text, n))
			return 1;
	return 0;
}

/* 1 when an actor phrase describes its speaker by a private trade or a research post and no
 * office ("Dr. X, a study co-author from the University of Y in South Africa", "American
 * energy consultant John Z", "Tokyo-based aromatherapy business owner W", "R, professor of
 * law at the University of Sarajevo"). The country such a phrase carries is where the person
 * works or was born, not a side that speaks: a person reading the news codes no event from
 * it. An office in the phrase ("Finance Minister X, a former professor", a "director", an
 * "adviser") keeps it. A think-tank's fellow is not listed: dev.jsonl's annotators code his comment
 * on policy ("Mackenzie Eaglen, resident fellow at the American Enterprise Institute, says
 * ..."). */
static int private_speaker(const char *text)
{
	static const char *const trade[] = { "consultant", "consultants", "co-author",
					     "co-authors", "researcher", "researchers",
					     "research associate", "owner", "owners",
					     "entrepreneur", "entrepreneurs", "professor",
					     "lecturer", NULL };
	static const char *const office[] = { "minister", "president", "official", "officials",
					      "spokesman", "spokeswoman", "spokesperson",
					      "ambassador", "diplomat", "chairman", "chairwoman",
					      "head", "director", "leader", "secretary", "governor",
					      "commander", "chief", "adviser", "advisor", "envoy",
					      "senator", "lawmaker", "mayor", NULL };
	/* false36: a poll's respondents ("Sixty-five percent of students surveyed by PISA
	 * said"): the finding of a survey, no side's statement */
	static const char *const poll[] = { "surveyed", "polled", "respondents", "percent of",
					    "% of", NULL };
	int job = 0;
	if (!text || !*text)
		return 0;
	for (int k = 0; poll[k]; k++)
		if (has_word(text, poll[k]))
			return 1;
	for (int k = 0; trade[k] && !job; k++)
		job = has_word(text, trade[k]);
	for (int k = 0; office[k] && job; k++)
		if (has_word(text, office[k]))
			return 0;
	return job;
}

/* story128: 1 when the subject the last sentence left is one spokesperson it did not name
 * (subject_spokes, spokes_opening), set by that sentence (age 0) with a country; cc (char[4])
 * gets the country. */
static int unnamed_spokesperson(const coder_context *x, char *cc)
{
	if (!x->subject[0] || x->subject_age || x->subject_plural || !x->subject_spokes)
		return 0;
	actor_split(x->subject, cc);
	return cc[0] != 0;
}

/* story128: a speaker named later. "A spokesman for Afghan President Ashraf Ghani rejected
 * the accusations ... / '..., then they must stop killing Afghan civilians,' Mohammad Ameri
 * told VOA": news names an unnamed spokesperson in the next sentence, by name alone. A source
 * that is a person's bare name (bare_person, no pronoun) no dictionary or earlier sentence
 * placed (---, or only the story's country, apply_country: the spokesperson's) takes the
 * spokesperson's code, when it is a full name (two
 * name words or more: a person news names for the first time) with no apposition of its own.
 * Not a pronoun ("he": the pronoun rules'), a surname alone (one named before: "Sayim said"),
 * a name with its own affiliation ("Sayim, of the World Uyghur Congress, said"), a named
 * spokesperson ("Spokesman Zabihullah Mujahid said": named, no article), nor a subject two
 * sentences back; only the source. */
static void apply_named_spokesperson(coder_sent *S)
{
	khaldun_coder *c = S->c;
	char cc[4] = "";
	if (!unnamed_spokesperson(&c->ctx, cc))
		return;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *t = e->source_text;
		int bare = !strcmp(e->source, "---") ||   /* or only the story's country */
			   (!e->source_entry.file && !strcmp(e->source, cc));
		if (!bare || !bare_person(t) || pronoun_text(t) ||
		    name_words(t, strlen(t)) < 2)
			continue;
		const char *p = S->c->sentence.p ? strstr(S->c->sentence.p, t) : NULL;
		if (p && p[strlen(t)] == ',')
			continue;   /* "Sayim, of the World Uyghur Congress, said": his own */
		char why[160];
		snprintf(why, sizeof why, "\"%.40s\" names the spokesperson of the sentence before "
			 "(%s)", t, c->ctx.subject);
		context_set_sides(S, e, arena_strdup(&c->scratch, c->ctx.subject), NULL, why);
	}
}

/* false23: "Denny Roy, senior fellow ... at the East-West Center, said India is ...",
 * "Manning said Trump is turning away ...", "Yesilada warns that ...": a statement (CAMEO 01)
 * whose speaker is a person named by name alone (bare_person) whom neither the dictionaries
 * nor the story could place (source "---" after every rule above) is no event between sides:
 * an analyst, a witness, a businessman, or a "he" the story cannot resolve. Institutions and
 * titled officials the dictionaries miss ("IMA said it is skeptical", "Gov. Phil Murphy
 * declined to comment") stay: their statement is an event with a side not yet listed.
 * Dropped after the story has kept this sentence's subject, names and quotes (the next
 * sentence's "He said" still finds them); the default coder only. false35: so is a
 * statement whose speaker phrase names a private trade or research post (private_speaker),
 * whatever country its place gave it; false36: or a poll's respondents ("percent of students
 * surveyed ... said"). */
static void drop_unplaced_statements(coder_sent *S)
{
	khaldun_coder *c = S->c;
	if (S->outcome != KHALDUN_CODED || !syntax_on(S))
		return;
	size_t n = 0;
	for (size_t i = 0; i < c->nevents; i++) {
		const khaldun_event *e = &c->events[i];
		int statement = code_root(e->code) == 1;
		int unplaced = !strcmp(e->source, "---") && bare_person(e->source_text);
		if (!statement || (!unplaced && !private_speaker(e->source_text)))
			c->events[n++] = *e;
	}
	if (c->nevents && !n)   /* coded, with no event: the reason says where they went */
		S->reason = "every event dropped: a statement by a person no rule could place, "
			    "or by a private trade or research post";
	c->nevents = n;
}

/* 1 when event e's target phrase is the subject of a clause below its verb, not the verb's
 * own: "announced Kenya had given the U.N. Refugee Agency 14 days", "promised that Brazil
 * would cooperate": that country does what is said, no one it is said or done to. Not the
 * verb's object or oblique ("urged Americans to ...": an appeal to them). */
static int own_country_says(coder_sent *S, const khaldun_event *e)
{
	struct syntax_parse *P = syn_get_parse(S);
	int a, b, va, vb;
	if (!P || !e->verb_text || !syn_text_words(S, P, e->target_text, &a, &b) ||
	    !syn_text_words(S, P, e->verb_text, &va, &vb))
		return 0;
	int h = syn_words_head(P, a, b), v = syn_words_head(P, va, vb);
	if (h < 0 || v < 0 || !syn_rel_base(&P->w[h], "nsubj"))
		return 0;
	int clause = (int)P->w[h].head - 1;
	return clause >= 0 && clause != v && syn_below(P, clause, v) >= 0;
}

/* false24: "Rubio said the U.S. is in a listening mode" (USAGOV -> USA), "Yoon Suk Yeol said
 * South Korea may have to consider ...", "Authorities say ... over the Australian summer",
 * "Lutnick said 25% U.S. tariffs ... will take effect": a comment (CAMEO 010 to 013: a
 * statement, no comment, pessimism, optimism) of a state or one of its organs is not made to
 * the bare country it speaks for. The dictionary phrase naming that country is the subject
 * of what was said, a place, a possessive or an adjective, not the other side: the comment
 * keeps its source and has no target. Other events keep the own country (appeals to its
 * people: "urged Americans ... to consider leaving", 020; aid, concessions and coercion in
 * its regions: "agreed to allow more aid into Darfur", "imposed martial law on ... Yangon";
 * blame on a region: "blamed Puntland"), and so does a target found by a pronoun or the
 * story, unless the own country is the subject of a clause the deed says or asks for
 * (own_country_says: "announced Kenya had given ...", in any event); the default coder only. */
static void drop_own_country_targets(coder_sent *S)
{
	khaldun_coder *c = S->c;
	if (S->outcome != KHALDUN_CODED || !syntax_on(S))
		return;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		int comment = code_root(e->code) == 1 &&
			      e->code[2] >= '0' && e->code[2] <= '3' && !e->code[3];
		if (!e->target_entry.file || strlen(e->target) != 3 ||
		    strncmp(e->source, e->target, 3) || !state_side(e->source))
			continue;
		if (!comment && !own_country_says(S, e))
			continue;
		add_note(S, e, "target: %s is the source's own country%s", e->target,
			 comment ? "" : ", the doer of what its deed says");
		e->target = "---";
		e->target_text = NULL;
		memset(&e->target_entry, 0, sizeof e->target_entry);
	}
}

const char context_open_source[] = "---";

/* Drops the events of no known side that event_emit kept for story context (open_pair) and
 * that no rule placed: their source is still the marker. */
static void drop_open_sources(coder_sent *S)
{
	khaldun_coder *c = S->c;
	size_t n = 0;
	for (size_t i = 0; i < c->nevents; i++)
		if (c->events[i].source != context_open_source)
			c->events[n++] = c->events[i];
	c->nevents = n;
}

/* After the stages: the story's country for bare institutions, then what this sentence tells
 * the next ones (its countries, its subject). */
/* Every event side that points into the context (a country, body or name it keeps for the
 * next sentences) as a copy in the coder's scratch, which the sentence's events keep: the
 * keep_* calls at the sentence's end rewrite those lists before the events are written
 * ("NATO leaders met. The alliance accused Russia of blocking the United Nations": named
 * again, the U.N. moved up the list of bodies, and the source read its code, not NATO's). */
static void pin_sides(coder_sent *S)
{
	khaldun_coder *c = S->c;
	uintptr_t lo = (uintptr_t)&c->ctx, hi = lo + sizeof c->ctx;
	for (size_t i = 0; i < c->nevents; i++) {
		const char **side[2] = { &c->events[i].source, &c->events[i].target };
		for (int k = 0; k < 2; k++) {
			uintptr_t p = (uintptr_t)*side[k];
			char *copy = p >= lo && p < hi ? arena_strdup(&c->scratch, *side[k]) : NULL;
			if (copy)
				*side[k] = copy;
		}
	}
}

/* dateline123: drops the story's setting once a sentence names an international body, coded
 * or not ("GENEVA — The U.N. human rights office accused security forces ...", "BRUSSELS —
 * NATO officials said ..."): a dateline at a body's seat says where it meets, not whose
 * police or officials act, so the rest of the story goes by the countries its actors name. */
static void drop_setting_for_body(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (int k = 0; k < S->na && c->ctx.setting[0]; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || !sent_live(S, a->pos))
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if (!strncmp(a->codes[j], "IGO", 3))
				c->ctx.setting[0] = 0;
	}
}

void context_sentence_end(coder_sent *S)
{
	khaldun_coder *c = S->c;
	if (!c->ctx.on)
		return;
	drop_setting_for_body(S);
	if (S->outcome == KHALDUN_CODED) {
		apply_possessive_kind(S);   /* kindposs118: before any rule places the side */
		context_quote_our(S);   /* before any country of the story or sentence */
		context_quote_you(S);
		context_quote_tail_speaker(S);   /* --shallow: '"... I ...," Trump declared' */
		apply_settlers(S);
		context_members(S);
		context_country_groups(S);
		apply_armed_described(S);
		if (c->ctx.sentences > 0) {   /* "the militants": the group before any country */
			apply_described(S);
			apply_bloc_members(S);
			apply_body(S, CTX_ARMED);
		}
		apply_named_place(S);
		apply_placed_titles(S);
		apply_relative_heads(S);
		apply_place(S);
	}
	if (c->ctx.sentences > 0 && S->outcome == KHALDUN_CODED) {
		apply_names(S);
		context_quote_speaker(S);
		context_quote_goes_on(S);
		context_quote_ahead(S);
		apply_court(S);
		context_titles(S);
		apply_country(S);
		apply_organs(S);
		apply_recent_organs(S);
		apply_subject_organs(S);
		apply_named_spokesperson(S);   /* after the story's country and "the" offices */
		apply_subject_body_people(S);
		apply_body(S, CTX_IGO);
		context_object_pronouns(S);   /* before the fallback makes "him" the country's */
		context_fallback(S);
	} else if (S->outcome == KHALDUN_CODED && c->ctx.setting[0]) {
		/* dateline123: the first sentence of a story with a dateline is set there */
		apply_country(S);
		context_fallback(S);
	}
	if (S->outcome == KHALDUN_CODED) {
		apply_country_noun(S);
		apply_sentence_country(S);
		apply_reported_farmers(S);
		apply_reporting_organs(S);
		context_home_house(S);
		if (c->ctx.sentences > 0) {
			apply_home_force(S);
			context_act_doers(S);   /* "the strikes": before any other doer */
			context_doc_authors(S);   /* "the assessment said" */
			apply_armed_doer(S);   /* after the victims' countries */
			context_denials(S);   /* after the denier's country */
			context_act_authors(S);   /* after the reacting side's country */
		}
		context_twin_sources(S);   /* last: a twin's country from any rule above */
		context_quote_tail_name(S);   /* after all: the words of a "---" first person */
	}
	drop_open_sources(S);
	pin_sides(S);   /* before the lists below change */
	if (c->ctx.pronoun_used)
		note_pronouns(S);
	c->ctx.pronoun_used = 0;
	memset(c->ctx.last_organ, 0, sizeof c->ctx.last_organ);
	c->ctx.last_nouns = sentence_nouns(S);
	if (S->outcome == KHALDUN_CODED) {
		/* storyctry150: with a dateline, a country only accused or attacked is not the
		 * story's */
		each_country(S, count_country, c->ctx.setting[0] ? S : NULL);
		keep_organs(S);
		keep_source_country(S);
		context_count_bodies(S);
		context_keep_group(S);
	}
	keep_uncoded_organs(S);
	context_keep_titles(S);
	context_keep_last(S);
	context_keep_people(S);
	keep_names(S);
	keep_unnamed(S);
	keep_subject(S);
	drop_unplaced_statements(S);
	drop_own_country_targets(S);
	if (S->outcome == KHALDUN_CODED) {
		context_venue_targets(S);
		context_keep_accusations(S);
		context_keep_acts(S);
	}
	context_keep_docs(S);   /* coded or not: "The U.N. published an assessment" */
	c->ctx.sentences++;
}
