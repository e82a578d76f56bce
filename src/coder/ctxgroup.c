/*
 * ctxgroup.c - group phrases that name their members, after a sentence is coded (our
 * dictionaries only, as context.c): "Central European populist leaders, such as Hungarian
 * Prime Minister Viktor Orban" is Orban's side (HUNGOV), not the region (CEU); "Western
 * governments, including Germany" is DEU. Any sentence, alone or in a story.
 * "The two countries", "both nations", "the trio" are the countries the sentence, then the
 * story, named (the first that is not the other side's).
 * Invariant: moves only a side with no country of its own (---, a bare agent ~XXX, or a
 * CAMEO region such as CEU, EUR, WST) to the member's code, and notes it in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

/* 1 when code has no country of its own: ---, a bare agent ("~GOV"), or a region's code. */
static int no_country(const char *code)
{
	char cc[4];
	if (!code || !strcmp(code, "---") || code[0] == '~')
		return 1;
	actor_split(code, cc);
	if (!cc[0])
		return 0;   /* IGO, IMG ...: a body of its own */
	return context_region(cc);
}

int context_region(const char *cc)
{
	return actor_is_region(cc);
}

/* The code of the first live dictionary actor whose words lie inside the sentence's bytes
 * [from, to), with a country or an international body; NULL when none. */
static const char *actor_within(coder_sent *S, int from, int to)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || !a->ent || a->ncodes < 1 || a->pos < 0 || a->end >= S->nt)
			continue;   /* live or not: a comma clause inside the side's own phrase */
		const coder_tok *t0 = &S->t[a->pos], *t1 = &S->t[a->end];
		if (t0->ostart >= from && t1->ostart + t1->olen <= to &&
		    !no_country(a->codes[0]))
			return a->codes[0];
	}
	return NULL;
}

/* The member a group phrase names ("..., such as X", "..., including X", up to the next
 * comma): its code, or NULL. */
static const char *member_code(coder_sent *S, const char *text)
{
	static const char *const marker[] = { ", such as ", " such as ", ", including ", NULL };
	const char *m = NULL;
	int off = text ? sent_text_offset(S, text) : -1;
	if (off < 0)
		return NULL;
	size_t ml = 0;
	for (int k = 0; marker[k] && !m; k++)
		if ((m = strstr(text, marker[k])))
			ml = strlen(marker[k]);
	if (!m)
		return NULL;
	const char *from = m + ml, *end = text + strlen(text);
	const char *comma = strchr(from, ',');
	if (comma && comma < end)
		end = comma;
	return actor_within(S, off + (int)(from - text), off + (int)(end - text));
}

void context_members(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *s = no_country(e->source) ? member_code(S, e->source_text) : NULL;
		const char *t = no_country(e->target) ? member_code(S, e->target_text) : NULL;
		if (s || t)
			context_set_sides(S, e, s, t, "the member the group phrase names ('such "
					  "as', 'including')");
	}
}

/* How many countries a side's phrase names as a group, or 0: "the two countries", "both
 * nations", "the three military-led nations", "the trio", "the two governments", "the two
 * leaders", "both ministers" (*gov: "GOV"), "the two armies" (*gov: "MIL"), "the two sides"
 * (of a war or a negotiation: its countries, with no sector; *gov: ""),
 * alone or after an agent's " of ", " in ", " from " ("Officials in the two countries",
 * *tail: 1). Up to two words between the number and the noun. */
/* pair51: a plural of the states' rulers or forces names them as well as the states;
 * actors66: "presidents", "premiers" are rulers as "leaders" are ("the two presidents" after
 * the presidents of Kenya and Uganda met). The head nouns of a group phrase (countries_phrase)
 * and of a pair object (pair_object), with the sector they give; only: 1 for a group
 * phrase alone ("the two men"), 2 for a pair object alone ("urged both parties": of a
 * dispute; "the two parties" as a subject may be political ones). */
static const struct group_head { const char *noun, *sector; int only; } group_head[] = {
	{ "countries", "", 0 }, { "nations", "", 0 }, { "states", "", 0 },
	{ "neighbors", "", 0 }, { "neighbours", "", 0 }, { "sides", "", 0 },
	{ "parties", "", 2 }, { "governments", "GOV", 0 }, { "leaders", "GOV", 0 },
	{ "presidents", "GOV", 0 }, { "premiers", "GOV", 0 }, { "ministers", "GOV", 1 },
	{ "armies", "MIL", 0 }, { "militaries", "MIL", 0 }, { "men", "GOV", 1 },
	{ "women", "GOV", 1 }, { NULL, NULL, 0 } };

static int countries_phrase(const char *text, const char **gov, int *tail)
{
	static const char *const num[] = { "both", "two", "three", "four", "five", NULL };
	const struct group_head *head = group_head;
	static const char *const link[] = { " of the ", " in the ", " from the ", " of ", " in ",
					    " from ", NULL };
	char low[256], w[8][24];
	int n = 0;
	size_t len = text ? strlen(text) : 0;
	*tail = 0;
	if (!len || len >= sizeof low)
		return 0;
	for (size_t i = 0; i <= len; i++)
		low[i] = (char)tolower((unsigned char)text[i]);
	text = low;
	for (int k = 0; link[k]; k++) {
		const char *m = strstr(low, link[k]);
		if (m) {
			text = m + strlen(link[k]) - (k < 3 ? 4 : 0);
			*tail = 1;
			break;
		}
	}
	for (const char *p = text; *p && n < 8;) {
		size_t l = strcspn(p, " ");
		if (l >= sizeof w[0])
			return 0;
		memcpy(w[n], p, l);
		w[n++][l] = 0;
		p += l;
		p += strspn(p, " ");
	}
	int i = n && !strcmp(w[0], "the") ? 1 : 0;
	if (n == i + 1 && i && !strcmp(w[i], "trio"))
		return 3;
	int count = 0;
	for (int k = 0; i < n && num[k]; k++)
		if (!strcmp(w[i], num[k]))
			count = k ? k + 1 : 2;
	if (!count || (count != 2 && !i) || n - i < 2 || n - i > 4)
		return 0;
	/* anaphor54: "the two men", "both women" are a pair the story named (the two who
	 * met); "two men" alone are anyone */
	int people = !strcmp(w[n - 1], "men") || !strcmp(w[n - 1], "women");
	if (people && !i && count != 2)
		return 0;
	if (people && !i && strcmp(w[0], "both"))
		return 0;
	for (int k = 0; head[k].noun; k++)
		if (head[k].only != 2 && !strcmp(w[n - 1], head[k].noun)) {
			*gov = head[k].sector;
			return count;
		}
	return 0;
}

/* Adds the country of code to list (n of them, at most max) once; a region or a body
 * without a country adds nothing. */
static void add_country(char (*list)[4], int *n, int max, const char *code)
{
	char cc[4];
	if (no_country(code))
		return;
	actor_split(code, cc);
	if (!cc[0])
		return;
	for (int k = 0; k < *n; k++)
		if (!strcmp(list[k], cc))
			return;
	if (*n < max)
		memcpy(list[(*n)++], cc, 4);
}

/* The countries of this sentence's live dictionary actors (in order) whose words start
 * before byte `before`; how many (at most max). */
static int sentence_countries(coder_sent *S, int before, char (*list)[4], int max)
{
	int n = 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (!a->pron_kind && a->ent && sent_live(S, a->pos) && a->pos < S->nt &&
		    S->t[a->pos].ostart < before)
			for (int j = 0; j < a->ncodes; j++)
				add_country(list, &n, max, a->codes[j]);
	}
	return n;
}

/* The countries a group phrase at byte off may stand for: the sentence's own before it when
 * they are as many as it counts, else those of the story's last sentence that named two or
 * more; how many. */
static int group_countries(coder_sent *S, int off, int want, char (*list)[4])
{
	int n = sentence_countries(S, off, list, 8);
	if (n >= want)
		return n;
	const coder_context *x = &S->c->ctx;
	memcpy(list, x->group, sizeof x->group);
	return x->ngroup;
}

void context_keep_last(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	x->nlast = sentence_countries(S, (int)S->c->sentence.len + 1, x->last, 8);
}

/* A second target's country, other than `b` and the source's `a`, of an event of event f's
 * source and verb in this sentence (in `out`); 0 when none. */
static int other_target(coder_sent *S, const khaldun_event *f, const char *a, const char *b,
			char *out)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		char s[4];
		if (no_country(e->source) || no_country(e->target) || !e->verb_text ||
		    !f->verb_text || strcmp(e->verb_text, f->verb_text))
			continue;
		actor_split(e->source, s);
		actor_split(e->target, out);
		if (!strcmp(s, a) && out[0] && strcmp(out, a) && strcmp(out, b))
			return 1;
	}
	return 0;
}

/* An event that makes or breaks a pact between its two sides: a truce agreed (0356),
 * declared (0871), signed (057) or violated (196). */
static int pact_event(const khaldun_event *e)
{
	static const char *const codes[] = {"0356", "0871", "057", "196"};
	for (size_t k = 0; k < sizeof codes / sizeof *codes; k++)
		if (!strcmp(e->code, codes[k]))
			return 1;
	return 0;
}

/* The story's pair: the sides of the sentence's first event between two countries; but a
 * source whose one verb acts on two countries is a third party to them, and the pair is
 * those two ("Saudi Arabia praised both leaders": Ethiopia and Eritrea, not Saudi
 * Arabia and one of them). The sides of its first pact event are kept apart as the story's
 * pact: a later event between other countries does not make them the truce's sides. */
void context_keep_group(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	int paired = 0;
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		char a[4], b[4];
		if (no_country(e->source) || no_country(e->target) || !pact_event(e))
			continue;
		actor_split(e->source, a);
		actor_split(e->target, b);
		if (a[0] && b[0] && strcmp(a, b)) {
			memcpy(x->pact[0], a, 4);
			memcpy(x->pact[1], b, 4);
			x->npact = 2;
			break;
		}
	}
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		char a[4], b[4], o[4];
		if (no_country(e->source) || no_country(e->target))
			continue;
		actor_split(e->source, a);
		actor_split(e->target, b);
		if (a[0] && b[0] && strcmp(a, b)) {
			memcpy(x->pair[0], other_target(S, e, a, b, o) ? o : a, 4);
			memcpy(x->pair[1], b, 4);
			x->npair = 2;
			paired = 1;
			break;
		}
	}
	char list[8][4];
	int n = sentence_countries(S, (int)S->c->sentence.len + 1, list, 8);
	if (n < 2)
		return;
	if (n == 2 && !paired) {
		/* topic74: "Putin is courting Erdogan. The two presidents ...": a sentence that
		 * names just two countries with no event between them is the later pair */
		memcpy(x->pair, list, sizeof x->pair);
		x->npair = 2;
	}
	memcpy(x->group, list, sizeof list);
	x->ngroup = n;
}

/* The side a group phrase gives: the first of the countries it may stand for that is not
 * the other side's, when there are as many as the phrase counts; with the phrase's sector
 * (or the agent's before it: "Officials in the two countries" ~GOV). NULL when none. */
static const char *group_side(coder_sent *S, const char *code, const char *text,
			      const char *other)
{
	const char *gov = "";
	int tail = 0;
	int want = no_country(code) ? countries_phrase(text, &gov, &tail) : 0;
	if (!want || (tail && code[0] != '~'))
		return NULL;
	char list[8][4], oc[4];
	int n = group_countries(S, sent_text_offset(S, text), want, list);
	actor_split(other, oc);
	if (n < want)
		return NULL;
	for (int k = 0; k < n; k++) {
		if (!strcmp(list[k], oc))
			continue;
		const char *sector = tail ? code + 1 : gov;
		char *r = arena_alloc(&S->c->scratch, 4 + strlen(sector));
		if (r)
			sprintf(r, "%s%s", list[k], sector);
		return r;
	}
	return NULL;
}

/* 1 when text is a definite epithet of one country, the whole phrase: "the island
 * nation", "the North African country", "the Southeast Asian nation", "the Gulf state",
 * "the Himalayan kingdom", or of its rulers: "the regime", "the junta", "the Communist
 * leadership" (two to five words, "the" first, one of the heads last; no possessive,
 * number or "of"). */
static int epithet_phrase(const char *text)
{
	static const char *const head[] = { " nation", " country", " state", " kingdom",
					    " republic", " island", " archipelago", " regime",
					    " junta", " leadership", NULL };
	size_t len = text ? strlen(text) : 0;
	if (len < 8 || len > 60 || strncasecmp(text, "the ", 4) || strchr(text, '\'') ||
	    strstr(text, " of ") || strpbrk(text, "0123456789,"))
		return 0;
	int words = 1;
	for (const char *p = text; *p; p++)
		words += *p == ' ';
	if (words < 2 || words > 5)
		return 0;
	for (int k = 0; head[k]; k++) {
		size_t n = strlen(head[k]);
		if (len > n && !strcasecmp(text + len - n, head[k]))
			return 1;
	}
	return 0;
}

/* leftovers34: kinds of country an epithet names ("the Gulf state", "the Central Asian
 * nation", "the Balkan country"), each with its members, written from geography (regions
 * as the UN's and the regional bodies' membership draw them; the Gulf is the six states of
 * the Gulf Cooperation Council). The more specific first: "the Pacific island nation" is of
 * the Pacific. Words are matched whole, in any case, between "the" and the head noun. */
static const struct country_kind {
	const char *words;
	const char *members;   /* ISO 3166-1 alpha-3 codes, space-separated */
} KINDS[] = {
	{ "Gulf", "SAU ARE QAT KWT BHR OMN" },
	{ "Central Asian", "KAZ KGZ TJK TKM UZB" },
	{ "Balkan", "ALB BIH BGR HRV XKX MNE MKD SRB SVN GRC ROU" },
	{ "Baltic", "EST LVA LTU" },
	{ "Caucasus", "ARM AZE GEO" },
	{ "Caucasian", "ARM AZE GEO" },
	{ "Himalayan", "NPL BTN" },
	{ "Nordic", "DNK NOR SWE FIN ISL" },
	{ "Scandinavian", "DNK NOR SWE" },
	{ "North African", "DZA EGY LBY MAR SDN TUN" },
	{ "West African", "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO" },
	{ "East African", "BDI DJI ERI ETH KEN RWA SOM SSD TZA UGA" },
	{ "Horn of Africa", "DJI ERI ETH SOM" },
	{ "Central African", "AGO CMR CAF TCD COG COD GNQ GAB STP" },
	{ "Southern African", "BWA SWZ LSO NAM ZAF" },
	{ "Sahel", "BFA MLI NER TCD MRT" },
	{ "Sahelian", "BFA MLI NER TCD MRT" },
	{ "Southeast Asian", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM" },
	{ "South Asian", "AFG BGD BTN IND MDV NPL PAK LKA" },
	{ "Central American", "BLZ CRI SLV GTM HND NIC PAN" },
	{ "South American", "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN" },
	{ "Andean", "BOL COL ECU PER CHL VEN" },
	{ "Caribbean", "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO" },
	{ "Pacific", "FJI PNG SLB VUT WSM TON KIR TUV NRU PLW FSM MHL" },
	{ "island", "FJI MUS MDV LKA JPN PHL IDN CUB HTI DOM JAM MDG TWN NZL ISL IRL GBR CYP "
		    "MLT SGP BHR SYC COM CPV STP TTO BHS BRB VUT SLB WSM TON KIR TUV NRU PLW "
		    "FSM MHL PNG TLS LCA VCT GRD DMA ATG KNA" },
	{ NULL, NULL }
};

/* 1 when text has the words w whole (any case) before its last word. */
static int has_words(const char *text, const char *w)
{
	size_t n = strlen(w), len = strlen(text);
	const char *last = strrchr(text, ' ');
	for (const char *p = text; p + n <= text + len && p < last; p++)
		if ((p == text || p[-1] == ' ') && !strncasecmp(p, w, n) &&
		    (p[n] == ' ' || p[n] == '-'))
			return 1;
	return 0;
}

/* The kind of country the epithet text names, or NULL: none of KINDS. */
static const struct country_kind *epithet_kind(const char *text)
{
	for (const struct country_kind *k = KINDS; k->words; k++)
		if (has_words(text, k->words))
			return k;
	return NULL;
}

/* 1 when country cc is of kind k. */
static int of_kind(const struct country_kind *k, const char *cc)
{
	size_t n = strlen(cc);
	for (const char *p = k->members; n == 3 && (p = strstr(p, cc)); p += 3)
		if ((p == k->members || p[-1] == ' ') && (p[3] == ' ' || !p[3]))
			return 1;
	return 0;
}

/* Adds country cc to list (n of them, at most 8) once when it is of kind k and not oc. */
static void add_of_kind(const struct country_kind *k, const char *cc, const char *oc,
			char list[8][4], int *n)
{
	if (!of_kind(k, cc) || !strcmp(cc, oc) || *n >= 8)
		return;
	for (int i = 0; i < *n; i++)
		if (!strcmp(list[i], cc))
			return;
	snprintf(list[(*n)++], 4, "%s", cc);
}

/* The one country of kind k, not oc, that the sentence itself names ("The Gulf state
 * condemned Israel, Qatari officials said"), else the previous sentence, else the story so
 * far; NULL when none names one alone. */
static const char *kind_country(coder_sent *S, const struct country_kind *k, const char *oc)
{
	const coder_context *x = &S->c->ctx;
	char list[8][4];
	int n = 0;
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if (a->pron_kind || !a->ent)   /* live or not: "..., a Qatari official said" */
			continue;
		for (int j = 0; j < a->ncodes; j++) {
			char cc[4];
			actor_split(a->codes[j], cc);
			if (cc[0])
				add_of_kind(k, cc, oc, list, &n);
		}
	}
	for (int i = 0, none = !n; none && i < x->nlast && i < 8; i++)
		add_of_kind(k, x->last[i], oc, list, &n);
	for (int i = 0, none = !n; none && i < x->ncc; i++)
		add_of_kind(k, x->cc[i], oc, list, &n);
	if (n != 1)
		return NULL;
	for (int i = 0; i < x->ncc; i++)   /* a view of the context's own copy */
		if (!strcmp(x->cc[i], list[0]))
			return x->cc[i];
	for (int i = 0; i < x->nlast && i < 8; i++)
		if (!strcmp(x->last[i], list[0]))
			return x->last[i];
	char *r = arena_alloc(&S->c->scratch, 4);
	if (r)
		memcpy(r, list[0], 4);
	return r;
}

/* sides31: the one country the story's previous sentence named that is not oc (the
 * event's other side's), or NULL: none, or two ("Modi will visit Mauritius ... He will
 * discuss ties with the island nation": MUS). */
static const char *last_other(const coder_context *x, const char *oc)
{
	const char *cc = NULL;
	for (int k = 0; k < x->nlast && k < 8; k++) {
		if (!strcmp(x->last[k], oc) || context_region(x->last[k]))
			continue;
		if (cc)
			return NULL;
		cc = x->last[k];
	}
	return cc;
}

/* story38: text past a leading preposition that a rule kept with its phrase ("with the
 * island nation": "discuss ... ties with the island nation"). */
static const char *past_preposition(const char *text)
{
	static const char *const prep[] = { "with ", "to ", "against ", "from ", "for ", "on ",
					    "in ", NULL };
	for (int k = 0; text && prep[k]; k++)
		if (!strncasecmp(text, prep[k], strlen(prep[k])))
			return text + strlen(prep[k]);
	return text;
}

/* The side an epithet of one country gives: the story's country (context.c), not the
 * other side's, with the side's sector ("NAFGOV" for "the North African country" in a
 * story about Morocco: MARGOV); NULL when the story has no country of its own. */
static const char *epithet_side(coder_sent *S, const char *code, const char *text,
				const char *other)
{
	int times = 0;
	text = past_preposition(text);
	if (!epithet_phrase(text))
		return NULL;
	const struct country_kind *kind = epithet_kind(text);
	char own[4];
	actor_split(code, own);
	if (kind ? own[0] && of_kind(kind, own) : !no_country(code))
		return NULL;   /* its own country, or one of its kind */
	char oc[4];
	actor_split(other, oc);
	const char *cc = kind ? kind_country(S, kind, oc) : context_story_country(&S->c->ctx,
										   &times);
	if (!cc && !kind)
		cc = last_other(&S->c->ctx, oc);
	if (!cc || !strcmp(cc, oc))
		return NULL;
	const char *sector = !strcmp(code, "---") ? "" : code[0] == '~' ? code + 1 : code + 3;
	char *r = arena_alloc(&S->c->scratch, 4 + strlen(sector));
	if (r)
		sprintf(r, "%.3s%s", cc, sector);
	return r;
}

/* 1 when the sentence says its subject acted on its own members: "each other", "one
 * another". */
static int reciprocal_words(const coder_sent *S)
{
	for (int i = 0; i + 1 < S->nt; i++)
		if ((tok_is(&S->t[i], "EACH") && tok_is(&S->t[i + 1], "OTHER")) ||
		    (tok_is(&S->t[i], "ONE") && tok_is(&S->t[i + 1], "ANOTHER")))
			return 1;
	return 0;
}

/* pair51: "Armenia and Azerbaijan held talks ... The two countries agreed to open their
 * border": a pair phrase as the source ("the two sides", "both leaders") is the two
 * countries the sentence names before it, else the two sides of the story's last event
 * between two countries (context_keep_group), else the two countries of the last sentence
 * that named two or more, when it named just two; and an act of the pair with no
 * other party is done by each to the other when it is mutual by nature (talks, agreement,
 * cooperation, fighting: actors_mutual_code) or the sentence says so ("accused each
 * other"). Sets *a and *b (with the phrase's sector) and returns 1; 0: not such an event. */
static int pair_sides(coder_sent *S, const khaldun_event *e, const char **a, const char **b)
{
	const char *gov = "";
	int tail = 0;
	if (!no_country(e->source) || countries_phrase(e->source_text, &gov, &tail) != 2 ||
	    (tail && e->source[0] != '~'))
		return 0;
	if (strcmp(e->target, "---") || !(actors_mutual_code(e->code) || reciprocal_words(S)))
		return 0;
	char list[8][4];
	const coder_context *x = &S->c->ctx;
	if (sentence_countries(S, sent_text_offset(S, e->source_text), list, 8) != 2) {
		if (x->npair == 2)
			memcpy(list, x->pair, sizeof x->pair);
		else if (x->ngroup == 2)
			memcpy(list, x->group, sizeof list[0] * 2);
		else
			return 0;
	}
	const char *sector = tail ? e->source + 1 : gov;
	char *r = arena_alloc(&S->c->scratch, 2 * (4 + strlen(sector)));
	if (!r)
		return 0;
	sprintf(r, "%s%s", list[0], sector);
	*a = r;
	*b = r + strlen(r) + 1;
	sprintf(r + strlen(r) + 1, "%s%s", list[1], sector);
	return 1;
}

/* both52: the pair phrase the verb at token v addresses right after it, past one "on", "to",
 * "upon" or "for" ("urged both sides", "called on the two countries", "appealed to both
 * warring parties"): "both" or "the two", up to two words, then a head noun of sides; its
 * sector in *sector ("both leaders": "GOV"). Returns the phrase's first token, or -1. */
static int pair_object(coder_sent *S, int v, const char **sector)
{
	const struct group_head *head = group_head;
	int i = v + 1;
	if (i < S->nt && (tok_is(&S->t[i], "ON") || tok_is(&S->t[i], "TO") ||
			  tok_is(&S->t[i], "UPON") || tok_is(&S->t[i], "FOR")))
		i++;
	int first = i;
	if (i + 1 < S->nt && tok_is(&S->t[i], "THE") && tok_is(&S->t[i + 1], "TWO"))
		i += 2;
	else if (i < S->nt && tok_is(&S->t[i], "BOTH"))
		i++;
	else
		return -1;
	for (int end = i + 3; i < S->nt && i < end; i++)
		for (int k = 0; head[k].noun; k++)
			if (head[k].only != 1 && S->t[i].n == (int)strlen(head[k].noun) &&
			    !strncasecmp(S->t[i].s, head[k].noun, (size_t)S->t[i].n)) {
				*sector = head[k].sector;
				return first;
			}
	return -1;
}

/* 1 when country cc is the country of the source of one of the sentence's events on the
 * verb at byte vo: the doers ("Egypt and Qatar urged": EGY, QAT). */
static int doer_country(coder_sent *S, int vo, const char *cc)
{
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		char sc[4];
		if (sent_text_offset(S, e->verb_text) != vo)
			continue;
		actor_split(e->source, sc);
		if (!strcmp(sc, cc))
			return 1;
	}
	return 0;
}

/* The first token at or after byte off, or -1. */
static int token_at(const coder_sent *S, int off)
{
	for (int i = 0; off >= 0 && i < S->nt; i++)
		if (S->t[i].ostart >= off)
			return i;
	return -1;
}

/* both52: "Egypt and Qatar urged both sides to show restraint": a third party's act on a
 * pair ("both sides", "the two countries", as pair_object finds it after the verb) is on
 * each of two countries, never on the doers' own: those the sentence names before the
 * phrase outside the doers when they are just two, else the story's last pair (the sides
 * of its last event between two countries, then the last sentence that named just two;
 * "Israel and Hamas traded fire ... Egypt urged both sides": ISR, PSE); a doer in the
 * story's pair addresses the other one alone. Returns 1 with *a and *b (NULL: the one
 * other) set, with the phrase's sector; -1: such a phrase but no such pair (the target
 * stays as it is); 0: not such an event. */
static int pair_targets(coder_sent *S, const khaldun_event *e, const char **a, const char **b)
{
	const char *sector = "";
	int vo = sent_text_offset(S, e->verb_text), v = token_at(S, vo), at;
	if (!no_country(e->target) || v < 0 || (at = pair_object(S, v, &sector)) < 0)
		return 0;
	char all[8][4], list[2][4];
	int n = sentence_countries(S, S->t[at].ostart, all, 8), m = 0, one = 0;
	for (int k = 0; k < n; k++)
		if (!doer_country(S, vo, all[k]) && m++ < 2)
			memcpy(list[m - 1], all[k], 4);
	const coder_context *x = &S->c->ctx;
	if (m != 2) {
		if (x->npair == 2)
			memcpy(list, x->pair, sizeof x->pair);
		else if (x->ngroup == 2)
			memcpy(list, x->group, sizeof list);
		else
			return -1;
		int d0 = doer_country(S, vo, list[0]), d1 = doer_country(S, vo, list[1]);
		if (d0 && d1)
			return -1;
		if (d0)   /* "Brazil and Chile signed ... Brazil urged both countries" */
			memcpy(list[0], list[1], 4);
		one = d0 || d1;
	}
	char *r = arena_alloc(&S->c->scratch, 2 * (4 + strlen(sector)));
	if (!r)
		return -1;
	sprintf(r, "%s%s", list[0], sector);
	*a = r;
	*b = NULL;
	if (!one) {
		*b = r + strlen(r) + 1;
		sprintf(r + strlen(r) + 1, "%s%s", list[1], sector);
	}
	return 1;
}

/* 1 when actor a is the speaker's fellow in a compound ("Russia and France said"): joined to an
 * actor of country spk by nothing but the compound's "and" and commas (its group is dropped
 * with the deleted clause of the attribution, its conjunction mark is not). */
static int speaker_fellow(const coder_sent *S, const coder_actor *a, const char *spk)
{
	for (int k = 0; spk[0] && k < S->na; k++) {
		const coder_actor *b = &S->a[k];
		char cc[4];
		if (b == a || b->pos < 0 || a->pos < 0 || b->pron_kind || b->ncodes < 1 ||
		    no_country(b->codes[0]))
			continue;
		actor_split(b->codes[0], cc);
		if (strcmp(cc, spk))
			continue;
		const coder_actor *l = b->pos < a->pos ? b : a, *r = l == a ? b : a;
		int and = 0, i = l->end + 1;
		for (; i < r->pos; i++)
			if (S->t[i].in_compound_conj)
				and = 1;
			else if (S->t[i].type != TY_COMMA)
				break;
		if (and && i == r->pos)
			return 1;
	}
	return 0;
}

/* A copy of country code c in the sentence's scratch arena, or NULL. */
static const char *side_code(coder_sent *S, const char *c)
{
	char *r = arena_alloc(&S->c->scratch, 4);
	if (r)
		memcpy(r, c, 4);
	return r;
}

/* violate52: a ceasefire, truce or pact has two sides, so its violation (196) with no target
 * is against the other one. In this order: the one other country (or a group of one: PSEREB)
 * the reported clause names ("the truce between Israel and Hamas"); the story's pact, the
 * sides of its last truce agreed, declared, signed or broken ("Thailand and Cambodia signed a
 * truce ... Thailand violated it"), when the violator is one of them; the speaker ("Israel
 * violated the ceasefire, Hamas said"): a side usually reports the other's breach, but a
 * mediator may too ("Egypt said Israel violated ..."), so the speaker counts only after the
 * pact, never as a country the clause names, and not when it speaks with others ("Russia and
 * France said": third parties, mediator53); else the story's last pair, when the violator is
 * one of its two. A body with no country (the U.N.) is no side; two other countries leave it
 * open (a third party may be speaking). Returns the side's code, or NULL. */
static const char *pact_other_side(coder_sent *S, const khaldun_event *e)
{
	char sc[4], oc[4], spk[4] = "";
	const char *other = NULL;
	int speakers = 1;
	if (strcmp(e->code, "196") || strcmp(e->target, "---") || no_country(e->source))
		return NULL;
	actor_split(e->source, sc);
	if (e->attribution && !no_country(e->attribution))
		actor_split(e->attribution, spk);
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		char cc[4];
		if (a->pron_kind || !a->ent || a->ncodes < 1 || no_country(a->codes[0]))
			continue;
		actor_split(a->codes[0], cc);
		if (spk[0] && strcmp(cc, spk) && speaker_fellow(S, a, spk)) {
			speakers++;
			continue;
		}
		if (!cc[0] || !strcmp(cc, sc) || !strcmp(cc, spk) || (other && !strcmp(cc, oc)))
			continue;
		if (other)
			return NULL;
		other = a->codes[0];
		memcpy(oc, cc, 4);
	}
	if (other)
		return other;
	const coder_context *x = &S->c->ctx;
	for (int k = 0; x->npact == 2 && k < 2; k++)
		if (!strcmp(x->pact[k], sc))
			return side_code(S, x->pact[1 - k]);
	if (spk[0] && strcmp(spk, sc) && speakers == 1)
		return side_code(S, spk);
	for (int k = 0; x->npair == 2 && k < 2; k++)
		if (!strcmp(x->pair[k], sc))
			return side_code(S, x->pair[1 - k]);
	return NULL;
}

void context_country_groups(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0, n = c->nevents; i < n; i++) {
		khaldun_event *e = &c->events[i];
		const char *a, *b;
		if (pair_sides(S, e, &a, &b)) {
			static const char why[] = "a pair ('the two sides', 'both leaders') "
						  "doing a mutual act: each of the two countries "
						  "named together before, to the other";
			context_set_sides(S, e, a, b, why);
			khaldun_event copy = *e;   /* its note too */
			copy.source = b;
			copy.target = a;
			if (event_add(c, &copy) < 0)
				return;
			continue;
		}
		const char *o = pact_other_side(S, e);
		if (o)
			context_set_sides(S, e, NULL, o, "a pact's violation: against its other "
					  "side: the one other country the clause names, else the "
					  "story's truce, the speaker or the story's pair");
		int pair = pair_targets(S, e, &a, &b);
		if (pair > 0) {
			static const char why[] = "a pair ('both sides', 'the two countries') "
						  "addressed by a third party: each of the two "
						  "countries named before, not the doers";
			context_set_sides(S, e, NULL, a, why);
			khaldun_event copy = *e;
			copy.target = b;
			if (b && event_add(c, &copy) < 0)
				return;
			e = &c->events[i];   /* the array may have moved */
		}
		const char *s = group_side(S, e->source, e->source_text, e->target);
		const char *t = pair ? NULL : group_side(S, e->target, e->target_text,
							 s ? s : e->source);
		if (s || t)
			context_set_sides(S, e, s, t, "a group of countries ('the two countries', "
					  "'the trio'): the first the sentence or the story names");
		s = epithet_side(S, e->source, e->source_text, e->target);
		t = epithet_side(S, e->target, e->target_text, s ? s : e->source);
		if (s || t)
			context_set_sides(S, e, s, t, "an epithet of one country ('the island "
					  "nation', 'the junta'): the story's country, or the one "
					  "other country of the sentence before");
	}
}
