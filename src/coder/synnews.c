/*
 * synnews.c - news outlets as the channel of what is said (KHALDUN: SYNTAX): "he told
 * Reuters", "as reported by Reuters", "according to the Associated Press", "spoke on C.A.R.
 * state TV", "in an interview with CNN", "CNN reported that ...". An outlet the dictionaries
 * name, in such a place, carries a statement: it is neither its source nor its target. An
 * outlet that is itself the doer or the one a deed is done to ("Trump attacked The Wall
 * Street Journal", "the Taliban banned the BBC") stays a side. Called from event.c on the
 * final slots, after the open actors.
 * Invariant: reads the sentence's parse (syntree.h), never changes it; only slots move.
 */
#include "coder/syntree.h"
#include "coder/syntax.h"
#include <string.h>
#include <strings.h>

/* 1 when an actor code carries the media agent (CAMEO MED) among its three-letter parts:
 * "GBRMED", "USAGOVMED", "FRAMED". */
static int media_code(const char *code)
{
	if (!code)
		return 0;
	size_t n = strlen(code), i = 3;
	for (; i + 3 <= n; i += 3)
		if (!strncmp(code + i, "MED", 3))
			return 1;
	return 0;
}

/* 1 when verb word v tells or speaks: a verb of saying, "speak", "talk". */
static int telling(const khaldun_parse_token *v)
{
	static const char *const speak[] = { "speak", "speaks", "spoke", "speaking", "spoken",
		"talk", "talks", "talked", "talking", NULL };
	return syn_speech_word(v) || (syn_is_verb(v) && syn_word_in(v, speak));
}

/* 1 when word v reports news: "reported", "quoted", "cited", "broadcast", "published". */
static int reporting(const khaldun_parse_token *v)
{
	static const char *const report[] = { "report", "quot", "cite", "cited", "citing",
		"broadcast", "publish", "interview", NULL };
	return syn_stem_in(v, report);
}

/* The head of the noun phrase word h is part of: up compounds, flat names, possessors and
 * adjectives ("[VOA]'s Russian Service", "[Agence] France-Presse news service"). */
static int phrase_head(const struct syntax_parse *P, int h)
{
	static const char *const inner[] = { "compound", "flat", "nmod:poss", "amod", NULL };
	for (int steps = 0; steps < 6 && P->w[h].head; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		int up = (int)w->head - 1, in = 0;
		for (int k = 0; inner[k]; k++)
			in |= syn_rel_is(w, inner[k]);
		if (!in)
			break;
		h = up;
	}
	return h;
}

/* 1 when the noun phrase headed by word h is the channel of a statement towards verb word
 * vw: the one told or spoken to ("told VOA", "spoke to reporters", "spoke on state TV"),
 * "according to X", the agent of a report ("as reported by Reuters"), the partner of an
 * interview ("in an interview with VOA"), or the subject of a report whose clause holds the
 * event ("CNN reported that Trump told ..."). */
static int channel_place(const struct syntax_parse *P, int h, int vw)
{
	static const char *const to[] = { "to", "on", "with", NULL };
	const khaldun_parse_token *w = &P->w[h];
	if (!w->head)
		return 0;
	int g = (int)w->head - 1, c = syn_case_of(P, h);
	const khaldun_parse_token *v = &P->w[g];
	if (syn_rel_is(w, "iobj") || syn_rel_is(w, "obj"))
		return telling(v);
	if (syn_rel_is(w, "nsubj"))
		return g != vw && reporting(v);
	if (c < 0 || !(syn_rel_base(w, "obl") || syn_rel_base(w, "nmod")))
		return 0;
	const khaldun_parse_token *k = &P->w[c];
	if (syn_word_is(k, "according"))
		return 1;
	if (syn_word_is(k, "by"))
		return reporting(v);
	return syn_word_in(k, to) && (telling(v) || reporting(v));
}

/* The verb word a channel phrase headed by h hangs on (its governor), for its speaker. */
static int channel_verb(const struct syntax_parse *P, int h)
{
	return P->w[h].head ? (int)P->w[h].head - 1 : -1;
}

/* Words that name the press: common nouns ("reporters", "journalists", "a private news
 * channel", "state media", "the newspaper") and broadcasters' short names no dictionary
 * holds ("VOA", "BBC"). Not "agency", which names bodies of state as often ("the energy
 * agency"). */
static const char *const PRESS[] = { "reporter", "reporters", "journalist", "journalists",
	"correspondent", "correspondents", "newsmen", "media", "press", "newspaper",
	"newspapers", "daily", "channel", "broadcaster", "station", "network", "outlet",
	"television", "TV", "radio", "VOA", "BBC", "RFA", "DW", NULL };

/* 1 when word h names the press (PRESS). */
static int press_word(const khaldun_parse_token *h)
{
	return syn_word_in(h, PRESS);
}

/* blame50: 1 when word s (n bytes, any case) names the press (press_word's list), for
 * --shallow's charge told the press (news_charged_side), read without a parse. */
int syn_press_word(const char *s, int n)
{
	for (int k = 0; PRESS[k]; k++)
		if ((int)strlen(PRESS[k]) == n && !strncasecmp(s, PRESS[k], (size_t)n))
			return 1;
	return 0;
}

/* toldin168: nouns of an audience come to hear a speaker, besides the press (PRESS): "told a
 * rally", "said at a news conference". Not "parliament", "assembly", "council", "meeting":
 * bodies or their sittings, the ones addressed (ctxvenue.c keeps "told a meeting of the
 * U.N. Security Council"). */
static const char *const AUDIENCE[] = { "rally", "rallies", "crowd", "crowds", "supporters",
	"audience", "audiences", "gathering", "conference", "briefing", "forum", "event",
	"ceremony", NULL };

/* toldin168: 1 when word h names an audience of speech: the press or AUDIENCE. */
static int audience_word(const khaldun_parse_token *h)
{
	return press_word(h) || syn_word_in(h, AUDIENCE);
}

/* toldin168: 1 when word s (n bytes, any case) names an audience of speech (audience_word),
 * for --shallow's place of a speech (news_speech_place), read without a parse. */
int syn_audience_word(const char *s, int n)
{
	if (syn_press_word(s, n))
		return 1;
	for (int k = 0; AUDIENCE[k]; k++)
		if ((int)strlen(AUDIENCE[k]) == n && !strncasecmp(s, AUDIENCE[k], (size_t)n))
			return 1;
	return 0;
}

/* 1 when verb word vw tells the one told to do something ("told journalists to leave"): a
 * demand on them, who are then its target, no channel. */
static int asked(const struct syntax_parse *P, int vw)
{
	return syn_child_rel(P, vw, "xcomp") >= 0;
}

/* 1 when slot s holds a news outlet the dictionaries name ("Reuters", "CNN"), or an actor
 * whose phrase names the press ("reporters", ~MED from the agents: accuse49; before, the
 * ones told stayed the target, "whom a statement is told to", actors12, where the
 * annotators code the clause's side or none), in a channel's place towards verb word vw;
 * *g: the verb it hangs on. */
static int outlet_slot(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *s,
		       int *g)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt || a->pron_kind)
		return 0;
	int h = syn_span_head(P, a->pos, a->end);
	if (h < 0)
		return 0;
	h = phrase_head(P, h);
	if (!(a->ent && media_code(s->m[0].code)) && (!press_word(&P->w[h]) || asked(P, vw)))
		return 0;
	*g = channel_verb(P, h);
	return channel_place(P, h, vw);
}

/* accuse49: 1 when the event of verb word vw has no target actor and vw tells the press
 * ("told reporters that ...", "told a private news channel", "told VOA the Taliban ..."):
 * the open object phrase would make the press the target; the one told is the channel. */
static int told_press(const struct syntax_parse *P, int vw, const coder_slot *tgt)
{
	if (tgt->n && (tgt->pos != ACTOR_NO_WORDS || strcmp(tgt->m[0].code, "---")))
		return 0;
	int o = syn_child_rel(P, vw, "iobj");
	if (o < 0)
		o = syn_child_rel(P, vw, "obj");
	return o >= 0 && press_word(&P->w[o]) && !asked(P, vw) && channel_place(P, o, vw);
}

/* press97: the teller of the statement that verb word vw is in, when the outlet in a channel's
 * place hangs on verb word g: the speaker of the nearest verb of saying between vw and g
 * ("CNN reported that Ruto said he would not meet Museveni": Ruto), else g's own speaker; an
 * outlet or the press is no teller ("CNN reported that he ...": none). Actor index or -1. */
static int channel_teller(coder_sent *S, const struct syntax_parse *P, int vw, int g)
{
	int k = -1;
	for (int w = vw, steps = 0; w >= 0 && w != g && steps < 8; steps++) {
		if (syn_speech_word(&P->w[w]) && (k = syn_speaker_actor(S, P, w, 0)) >= 0)
			break;
		w = P->w[w].head ? (int)P->w[w].head - 1 : -1;
	}
	if (k < 0)
		k = g >= 0 ? syn_speaker_actor(S, P, g, 0) : -1;
	if (k < 0)
		return -1;
	coder_slot t;
	actors_make_slot(S, k, &t);
	return t.n && media_code(t.m[0].code) ? -1 : k;
}

/* toldin168: 1 when the noun phrase headed by word h is the audience of a telling verb or
 * the place of a speech: "told a rally", "told journalists in Abuja", "said in Kabul", "said
 * at a news conference in Kabul". Up to two "in|at" phrases are climbed (place, audience) to
 * the telling verb. Gold makes the place the event's place and the audience no side; a body
 * told ("told parliament in Ankara") is no audience word and stays the target. */
static int speech_place(const struct syntax_parse *P, int h)
{
	static const char *const at[] = { "in", "at", NULL };
	static const char *const to[] = { "to", "at", "before", NULL };
	for (int steps = 0; steps < 3 && P->w[h].head; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		int g = (int)w->head - 1, c = syn_case_of(P, h);
		int told = telling(&P->w[g]) && !asked(P, g);
		if (audience_word(w) && told &&
		    (syn_rel_is(w, "obj") || syn_rel_is(w, "iobj") ||
		     (c >= 0 && syn_rel_base(w, "obl") && syn_word_in(&P->w[c], to))))
			return 1;   /* the audience itself */
		if (c < 0 || !syn_word_in(&P->w[c], at) ||
		    !(syn_rel_base(w, "obl") || syn_rel_base(w, "nmod")))
			return 0;
		if (told)
			return 1;   /* "said in Kabul" */
		if (!audience_word(&P->w[g]))
			return 0;
		h = g;   /* "journalists in Abuja": on to the audience */
	}
	return 0;
}

/* toldin168: 1 when slot s holds a coded actor whose phrase is an audience or the place of a
 * speech (speech_place): the place's country leaked into it ("journalists in Abuja": NGAMED).
 * An uncoded phrase stays: nulling it loses the statement at emission. */
static int place_slot(coder_sent *S, const struct syntax_parse *P, const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	int from = a ? a->pos : s->pos, to = a ? a->end : s->pos;
	if (!s->n || (a && a->pron_kind) || from < 0 || to >= S->nt || to < from ||
	    !strcmp(s->m[0].code, "---"))
		return 0;   /* an uncoded phrase ("said in court") keeps its statement */
	int h = syn_span_head(P, from, to);
	return h >= 0 && speech_place(P, phrase_head(P, h));
}

int syntax_news_channel(coder_sent *S, int v, coder_slot *src, coder_slot *tgt)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0)
		return 0;
	int vw = syn_event_word(P, P->tok2w[v]), g, moved = 0;
	if (outlet_slot(S, P, vw, tgt, &g) || told_press(P, vw, tgt)) {
		event_null_slot(S, tgt);   /* none, and not the object phrase either */
		if (tgt->n)
			((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
		moved = 1;
	}
	if (outlet_slot(S, P, vw, src, &g)) {
		int k = channel_teller(S, P, vw, g);
		if (k >= 0)
			actors_make_slot(S, k, src);   /* "X told AFP ...": the teller */
		else
			event_null_slot(S, src);
		moved = 1;
	}
	if (moved)
		syn_note_add(S, "rule: a news outlet that carries a statement is no side of it");
	if (place_slot(S, P, tgt)) {
		event_null_slot(S, tgt);   /* toldin168: the speech's audience or place */
		if (tgt->n)
			((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
		syn_note_add(S, "rule: the audience or place of a speech is no side of it");
	}
	return moved;
}
