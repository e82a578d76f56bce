/*
 * synactor.c - actor choices the parse settles after syntax.c has chosen source and target
 * (KHALDUN: SYNTAX): an object is never the source of its own verb, a refusal after "but"
 * is a refusal of the other clause's subject, "met X and praised him" is X, and "talks with
 * X" names X, not the compound before the noun, the place it is held in, nor the source's
 * own country ("India's ties with X"); no actor acts on its own noun phrase, and
 * animals are no victims (those two may drop the event). Called from syntax_rebind; each
 * rule that moves a slot says so in the event's evidence (S->syn_note).
 * Invariant: reads the sentence's parse (syntree.h), never changes it; only slots move. */
#include "coder/syntree.h"
#include "cameo/actor.h"
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* Adds a rule's words to the verb's note ("; " between two rules); synnews.c's rules too. */
void syn_note_add(coder_sent *S, const char *msg)
{
	if (!S->syn_note) {
		S->syn_note = msg;
		return;
	}
	size_t a = strlen(S->syn_note), b = strlen(msg);
	char *p = arena_alloc(&S->c->scratch, a + b + 3);
	if (!p)
		return;
	memcpy(p, S->syn_note, a);
	memcpy(p + a, "; ", 2);
	memcpy(p + a + 2, msg, b + 1);
	S->syn_note = p;
}

/* 1 when the subject of verb h (nsubj) is a personal pronoun (or "which"), or with nouns a
 * noun, that holds no live actor of its own ("they arrested seven IS members", "Suicide
 * bombers killed 20 people in Kabul"). */
static int open_subject(coder_sent *S, const struct syntax_parse *P, int h, int nouns)
{
	static const char *const personal[] = { "he", "she", "it", "they", "we", "which", NULL };
	int s = syn_child_rel(P, h, "nsubj"), hit = 0;
	for (int k = 0; s >= 0 && personal[k]; k++)
		hit |= syn_word_is(&P->w[s], personal[k]);
	if (nouns)
		hit = s >= 0 && P->w[s].upos && (!strcmp(P->w[s].upos, "NOUN") ||
						 !strcmp(P->w[s].upos, "PROPN"));
	if (!hit)
		return 0;   /* not "who" (the antecedent acts; "which" is a thing, as "it"), nor
			     * a noun the open-actor rule may not reach */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt || a->pron_kind)
			continue;   /* a pronoun names no actor of its own */
		int ah = syn_span_head(P, a->pos, a->end), rank;
		if (ah >= 0 && syn_role_of(P, ah, h, &rank) == R_SRC)
			return 0;
	}
	return 1;
}

/* The role towards vw of the actor the slot is bound to, a pronoun's referent included. */
static enum role referent_role(coder_sent *S, const struct syntax_parse *P, int vw,
			       const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return R_NONE;
	int h = syn_span_head(P, a->pos, a->end), rank;
	return h < 0 ? R_NONE : syn_role_of(P, h, vw, &rank);
}

static int open_phrase(coder_sent *S, const struct syntax_parse *P, int sw, coder_slot *out);

/* sides40: 1 when word w, the phrase of active verb vw that holds the actor's word aw after
 * the verb, is an oblique aimed at someone ("saying it condemns violence against Afghan
 * civilians", "they fired on Israeli troops"): its actor is no more the doer than the
 * verb's object is. Not a passive's ("expelled from North Korea": the doer), nor a place
 * reached ("into Japan") or any other oblique. */
static int aimed_oblique(const struct syntax_parse *P, int vw, int w, int aw)
{
	static const char *const aimed[] = { "against", "on", "at", "toward", "towards", NULL };
	if (w < 0 || aw <= vw || !syn_rel_base(&P->w[w], "obl") || syn_passive_verb(P, vw))
		return 0;
	int c = syn_case_of(P, w);
	return c >= 0 && syn_word_in(&P->w[c], aimed);
}

/* TABARI takes the first actor after the verb as the source when none comes before it, and
 * a "they" before any actor for the sentence's first actor. When the parse makes that actor
 * the verb's own object and the verb's subject is a pronoun ("The officials said they
 * arrested seven IS members": "they" is not the IS members), the object is not the one who
 * acted: the source is dropped (the pronoun stands in, OPEN_ACTORS) and the object
 * is left for the target. Returns 1 when it dropped the source. */
static int syn_object_source(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			     coder_slot *src)
{
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	enum role role = referent_role(S, P, vw, src);
	if (!a || a->pos < 0 || a->end >= S->nt ||
	    (role != R_TGT && role != R_OBL && role != R_LOC))
		return 0;
	int w = syn_below(P, syn_span_head(P, a->pos, a->end), vw);
	int aimed = aimed_oblique(P, vw, w, P->tok2w[a->pos]);
	if (w < 0 || (!syn_rel_is(&P->w[w], "obj") && !syn_rel_is(&P->w[w], "iobj") && !aimed))
		return 0;   /* not a subject the parser made passive ("officials are pleading") */
	if (S->t[src->pos].type != TY_PRON && P->tok2w[a->pos] < vw)
		return 0;   /* an actor before its verb is TABARI's own subject choice */
	coder_slot who = { .n = 0 };
	if (aimed && (sv != vw || !open_subject(S, P, vw, 0)))
		return 0;   /* an oblique only against a pronoun subject of the verb's own */
	if (sv == vw && open_subject(S, P, vw, 1) &&
	    open_phrase(S, P, syn_child_rel(P, vw, "nsubj"), &who)) {
		*src = who;   /* "Suicide bombers killed 20 people in Kabul": not the victims */
		syn_note_add(S, "rule: the verb's object is not its source (its subject is the "
			        "noun phrase before it)");
		return 1;
	}
	if (!open_subject(S, P, sv, 0) && (sv == vw || !open_subject(S, P, vw, 0)))
		return 0;
	src->n = 0;
	syn_note_add(S, "rule: the verb's object is not its source (its subject is a pronoun)");
	return 1;
}

/* "the Chinese side proposed ..., but the European side refused": a rejection (12x) with no
 * target (or only itself), coordinated by "but" with a verb whose subject is another
 * actor, rejects that one.
 * Returns 1 when it set the target. */
static int but_refusal(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		       const coder_slot *src, coder_slot *tgt)
{
	static const char *const but[] = { "but", "yet", NULL };
	if ((tgt->n && (!src->n || strcmp(tgt->m[0].code, src->m[0].code))) || a[0] != '1' ||
	    a[1] != '2' || !syn_rel_is(&P->w[vw], "conj") ||
	    !P->w[vw].head || !syn_child_word(P, vw, "cc", but))
		return 0;
	int h = (int)P->w[vw].head - 1;
	int k = syn_actor_with_role(S, P, h, R_SRC, src);
	if (k < 0)
		return 0;
	actors_make_slot(S, k, tgt);
	if (!tgt->n)
		return 0;
	syn_note_add(S, "rule: a refusal after 'but' rejects the other clause's subject");
	return 1;
}

/* "requested World Trade Organization dispute consultations with the U.S.", "join X for
 * the Jeddah talks with Ukrainian officials": the target the shallow rules chose only
 * modifies a noun of the verb's phrases (a compound or adjective before it),
 * and a "with / against / toward(s) / on" phrase of that noun holds another actor: that one
 * is the party of the talks, sanctions or attack (ca: the event code). Returns 1 when it
 * moved the target. */
static int nominal_party(coder_sent *S, const struct syntax_parse *P, int vw, const char *ca,
			 const coder_slot *src, coder_slot *tgt)
{
	static const char *const party[] = { "with", "against", "toward", "towards", "on", NULL };
	/* misc52: texts and plans, whose "on" phrase is their topic ("a U.N. resolution on
	 * North Korea": the U.N.'s, not aimed at North Korea; syntax.c plan_owner) */
	static const char *const text[] = { "resolution", "resolutions", "statement",
					    "declaration", "proposal", "proposals", "plan", "plans",
					    "motion", "draft", NULL };
	/* span53: a criticism or rejection of a measure ("criticized the U.S. tariffs on
	 * Brazilian goods") is aimed at its owner, the nationality or name on the noun; the
	 * "on" phrase is only what the measure falls on */
	int owned = ca && ca[0] == '1' && (ca[1] == '1' || ca[1] == '2');
	if (!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos < 0)
		return 0;
	/* the noun o the target modifies, up its compounds and adjectives ("World Trade
	 * Organization dispute consultations", "the Jeddah talks"), a noun of the verb's
	 * phrases (its object, or an oblique's or object's "for the Jeddah talks with X") */
	int th = syn_span_head(P, tgt->m[0].a->pos, tgt->m[0].a->end), o = th, tb = -1;
	for (int n = 0; o >= 0 && n < 8 && P->w[o].head && (syn_rel_is(&P->w[o], "compound") ||
		     syn_rel_is(&P->w[o], "amod") || syn_rel_is(&P->w[o], "flat")); n++) {
		tb = o;
		o = (int)P->w[o].head - 1;
	}
	if (tb < 0 || o == vw || !syn_upos_is(&P->w[o], "NOUN") ||
	    syn_below(P, o, vw) < 0)
		return 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt || a == tgt->m[0].a)
			continue;
		int ah = syn_span_head(P, a->pos, a->end);
		int ab = ah >= 0 ? syn_below(P, ah, o) : -1;
		if (ab < 0 || !syn_rel_is(&P->w[ab], "nmod"))
			continue;
		/* fromside129: "flush out al-Shabab terrorists on the border with Somalia":
		 * the country beyond a border is where, not the party (the parser hangs its
		 * "with" on the border or, beside it, on the border's own head) */
		int up = P->w[ah].head ? (int)P->w[ah].head - 1 : -1, uc = syn_case_of(P, ah);
		if (uc > 0 && syn_word_is(&P->w[uc], "with") && (syn_border_noun(&P->w[uc - 1]) ||
		    (up >= 0 && syn_border_noun(&P->w[up]))))
			continue;
		int c = syn_case_of(P, ab), hit = 0;
		/* deeper than the object, only the party of "talks with X", "a war against X"
		 * (not "U.S. restrictions on Chinese business": who restricts is the U.S.) */
		for (int j = 0; c >= 0 && party[j] &&
			     (j < 2 || (!owned && o == syn_child_rel(P, vw, "obj"))); j++)
			hit |= syn_word_is(&P->w[c], party[j]) &&
			       !(!strcmp(party[j], "on") && syn_word_in(&P->w[o], text));
		coder_slot s;
		actors_make_slot(S, k, &s);
		if (!hit || !s.n || (src->n && !strcmp(s.m[0].code, src->m[0].code)))
			continue;
		*tgt = s;
		syn_note_add(S, "rule: the party of a nominal event ('talks with X'), not a "
			        "modifier of its noun");
		return 1;
	}
	return 0;
}

/* 1 when the slots' first codes name the same country (their first three letters, both of
 * a country: not an agent-only "~GOV", nor "---"). */
static int same_country(const coder_slot *a, const coder_slot *b)
{
	const char *x = a->n ? a->m[0].code : NULL, *y = b->n ? b->m[0].code : NULL;
	return x && y && strlen(x) >= 3 && strlen(y) >= 3 && x[0] >= 'A' && x[0] <= 'Z' &&
	       strncmp(x, "---", 3) && !strncmp(x, y, 3);
}

/* coref87: 1 when word w is a noun of stance a side holds toward another ("support",
 * "backing", "commitment", "solidarity"): its possessor is the holder, the speaker's own
 * side ("expressed Washington's support for Israel"), never the side it is aimed at. */
static int stance_noun(const khaldun_parse_token *w)
{
	static const char *const nouns[] = { "support", "backing", "commitment", "solidarity",
		"sympathy", "sympathies", "condolences", "gratitude", "friendship", NULL };
	return syn_upos_is(w, "NOUN") && syn_word_in(w, nouns);
}

/* coref87: 1 when verb word w states a stance held ("expressed", "voiced", "reaffirms"),
 * not one judging another's ("denounced Russia's backing": Russia stays the target). */
static int stating_verb(const khaldun_parse_token *w)
{
	static const char *const stems[] = { "express", "voic", "reaffirm", "reiterat",
		"convey", "extend", "pledg", "renew", "underline", "underscor", NULL };
	for (int k = 0; stems[k]; k++)
		if (w->len >= strlen(stems[k]) && !strncasecmp(w->form, stems[k], strlen(stems[k])))
			return 1;
	return 0;
}

/* "will convene a meeting in Beijing with Iran and Russia", "met in Doha with Taliban
 * envoys", "to discuss upgrading India's defense ties with the island nation": the target
 * the shallow rules chose is a place in a locative phrase (where the deed happens) or the
 * source's own country owning a noun of the verb's phrases, and a "with" phrase of that
 * noun or verb (or one the parse hung on the place itself) names the other party: that one
 * is the target, a dictionary actor else the phrase's own words when an agent names them
 * (OPEN_ACTORS: "the island nation", ~GOV). Returns 1 when it moved the target. */
static int located_party(coder_sent *S, const struct syntax_parse *P, int vw,
			 const coder_slot *src, coder_slot *tgt)
{
	if (!tgt->n || tgt->pronoun || !tgt->m[0].a || tgt->m[0].a->pos < 0 ||
	    tgt->m[0].a->end >= S->nt)
		return 0;
	int th = syn_span_head(P, tgt->m[0].a->pos, tgt->m[0].a->end);
	for (int n = 0; th >= 0 && n < 4 && P->w[th].head && (syn_rel_is(&P->w[th], "compound") ||
		     syn_rel_is(&P->w[th], "flat")); n++)
		th = (int)P->w[th].head - 1;   /* "in Kunduz province" */
	if (th < 0 || !P->w[th].head)
		return 0;
	int place = syn_locative(P, th), o = (int)P->w[th].head - 1;
	/* coref87: the owner of a stance noun ("Washington's support for Israel") */
	int stance = syn_rel_is(&P->w[th], "nmod:poss") && stance_noun(&P->w[o]) &&
		     stating_verb(&P->w[vw]);
	if (!place && !stance && !(syn_rel_is(&P->w[th], "nmod:poss") && same_country(src, tgt)))
		return 0;
	/* o: the noun or verb the place or owner hangs on */
	if (o != vw && syn_below(P, o, vw) < 0)
		return 0;
	coder_slot s = { .n = 0 };
	static const char *const toward[] = { "with", "for", "to", NULL };
	int with = -1;   /* the head word of the "with" phrase ("for", "to" on a stance noun) */
	for (int i = 0; i < P->nw && with < 0; i++) {
		int c = syn_case_of(P, i), up = (int)P->w[i].head - 1;
		if (c >= 0 && (syn_word_is(&P->w[c], "with") ||
			       (stance && syn_word_in(&P->w[c], toward))) && P->w[i].head &&
		    (up == o || (place && up == th)) &&
		    (syn_rel_is(&P->w[i], "nmod") || syn_rel_base(&P->w[i], "obl")))
			with = i;
	}
	if (with < 0)
		return 0;
	/* the phrase's own head first; on a stance noun, an actor inside it next ("for
	 * [Israel's] security", "to the alliance with [Australia]") */
	for (int pass = 0; pass < 1 + stance && !s.n; pass++)
		for (int k = 0; k < S->na && !s.n; k++) {
			const coder_actor *a = &S->a[k];
			if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt ||
			    a == tgt->m[0].a)
				continue;
			int h = syn_span_head(P, a->pos, a->end);
			if (h != with && (!pass || h < 0 || syn_below(P, h, with) < 0))
				continue;
			actors_make_slot(S, k, &s);
			if (s.n && !strcmp(s.m[0].code, "---"))
				s.n = 0;
		}
	if (!s.n && !((S->c->o.news & NEWS_OPEN_ACTORS) && syn_open_phrase(S, P, with, &s)))
		return 0;
	/* an open phrase no agent names ("with the escalation") is no party */
	if (!s.n || !strcmp(s.m[0].code, "---") ||
	    (src->n && !strcmp(s.m[0].code, src->m[0].code)))
		return 0;
	*tgt = s;
	syn_note_add(S, place ? "rule: the party of a deed done with X in a place is X, not the "
				"place" :
				"rule: the party of a deed done with X on the source's own ties or "
				"affairs is X, not the source's country");
	return 1;
}

/* The noun counting noun deed vw ("a wave of kidnappings", "a spate of attacks"), or -1. */
static int counting_noun(const struct syntax_parse *P, int vw)
{
	static const char *const count[] = { "wave", "waves", "series", "spate", "string",
		"rash", "spree", "surge", "upsurge", "flurry", "barrage", "round", "rounds",
		"campaign", "cycle", "number", "dozens", "hundreds", "thousands", NULL };
	const khaldun_parse_token *v = &P->w[vw];
	int c = syn_case_of(P, vw);
	if (!syn_upos_is(v, "NOUN") || !v->head || !syn_rel_is(v, "nmod") || c < 0 ||
	    !syn_word_is(&P->w[c], "of") || !syn_word_in(&P->w[v->head - 1], count))
		return -1;
	return (int)v->head - 1;
}

/* The deed noun vw's own "of" phrase after it (who suffered the deed), or -1. */
static int deed_of_phrase(const struct syntax_parse *P, int vw)
{
	for (int i = vw + 1; i < P->nw; i++) {
		int c = (int)P->w[i].head - 1 == vw && syn_rel_is(&P->w[i], "nmod") ?
			syn_case_of(P, i) : -1;
		if (c >= 0 && syn_word_is(&P->w[c], "of"))
			return i;
	}
	return -1;
}

/* The word heading the "by" phrase right on deed word vw (a noun deed, "shelling by
 * Russian troops", or a deed hung on a noun, "the train hijacking by armed militants",
 * "books banned by the Taliban", or on the noun counting a noun deed, "a wave of
 * kidnappings by criminal gangs"), or -1. A participle just before a noun deed
 * ("coordinated airstrikes by the Somali army") may be parsed as a verb taking the noun
 * as its object and the "by" phrase as its agent: that phrase after the noun counts. */
static int deed_by_phrase(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	/* the parse may hang the deed after a noun as an adverbial clause of the verb that
	 * holds the noun ("lost their lives in the train hijacking by armed militants"): a
	 * participle with no subject of its own still names its doer in the "by" phrase */
	int adv = syn_rel_base(v, "advcl") && syn_child_rel(P, vw, "nsubj") < 0;
	if (!v->upos || !(!strcmp(v->upos, "NOUN") || (!strcmp(v->upos, "VERB") &&
							(syn_rel_base(v, "acl") || adv))))
		return -1;
	int part = -1;   /* the participle before the noun deed, when it heads or modifies it */
	const khaldun_parse_token *u = vw > 0 ? &P->w[vw - 1] : NULL;
	if (u && !strcmp(v->upos, "NOUN") && syn_upos_is(u, "VERB") &&
	    (((int)u->head == vw + 1 && syn_rel_is(u, "amod")) ||
	     ((int)v->head == vw && syn_rel_is(v, "obj"))))
		part = vw - 1;
	/* deeds counted ("Haiti is seeing a wave of kidnappings of doctors by criminal
	 * gangs"): the parse hangs the "by" phrase after the deed on the counting noun, on the
	 * active verb whose object that noun is, or on the deed's own "of" phrase; each names
	 * who did the deeds (an active verb has no agent, the victims do not kidnap) */
	int cnt = counting_noun(P, vw), cv = -1, of = cnt >= 0 ? deed_of_phrase(P, vw) : -1;
	if (cnt >= 0 && syn_rel_is(&P->w[cnt], "obj") && P->w[cnt].head &&
	    syn_child_rel(P, (int)P->w[cnt].head - 1, "aux:pass") < 0)
		cv = (int)P->w[cnt].head - 1;
	/* a noun deed in an oblique of an active verb ("died in the market bombing by armed
	 * militants"): the parse may hang the deed's "by" phrase, after it, on that verb as
	 * its agent, which an active verb has not; speech108: or as a plain oblique, when the
	 * "by" follows the deed noun at once (the clause hung on a day: "confirmed Friday that
	 * 12 people died in the bombing by militants") */
	int dv = -1;
	if (!strcmp(v->upos, "NOUN") && syn_rel_base(v, "obl") && v->head &&
	    syn_child_rel(P, (int)v->head - 1, "aux:pass") < 0)
		dv = (int)v->head - 1;
	for (int i = 0; i < P->nw; i++) {
		int h = (int)P->w[i].head - 1;
		int late = i > vw && (h == part || h == cnt || h == cv || h == of || h == dv) &&
			   h >= 0;
		int c = h == vw || late ? syn_case_of(P, i) : -1;
		int agent = syn_rel_is(&P->w[i], "obl:agent");
		if (c >= 0 && syn_word_is(&P->w[c], "by") && (!adv || h != vw || agent) &&
		    (h != dv || agent || c == vw + 1) &&
		    (syn_rel_is(&P->w[i], "nmod") || syn_rel_is(&P->w[i], "obl:agent") ||
		     ((h == cv || (h == dv && c == vw + 1)) && syn_rel_is(&P->w[i], "obl"))))
			return i;
	}
	return -1;
}

/* The live actor that heads the phrase of word b (its head, or a name or modifier on the
 * way up to b: "the Somali army", "Russia and China"); -1: none; -2: an actor lies deeper
 * in it ("the leader of X"), whose phrase names the doer only with its head. */
static int heading_actor(coder_sent *S, const struct syntax_parse *P, int b)
{
	static const char *const name[] = { "conj", "flat", "compound", "amod", NULL };
	int deeper = 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos) || a->pron_kind)
			continue;
		int x = syn_span_head(P, a->pos, a->end), ok = x >= 0;
		for (int n = 0; x >= 0 && x != b && n < P->nw; n++) {
			int r = 0;
			while (name[r] && !syn_rel_is(&P->w[x], name[r]))
				r++;
			ok = ok && name[r] != NULL;
			x = (int)P->w[x].head - 1;
		}
		if (ok && x == b)
			return k;
		deeper |= x == b;
	}
	return deeper ? -2 : -1;
}

/* 1 when slot s is the subject of a speech verb ("said", "told" ...) or of a verb that
 * reports a fact in a clause ("confirmed that ...": syn_report_word) whose clause holds deed
 * word vw below it: the one who reports the deed ("He said 21 passengers died in the attack
 * by the BLA": He), a dictionary actor or a pronoun the story resolved. A deed noun that is
 * the object of the reporting verb ("Ukraine reported shelling by Russian troops") is not
 * in a clause: the reporter is the side that suffered it (clauses13). */
static int deed_speaker(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *s)
{
	/* the speech verbs above vw: the one whose subject the slot is */
	for (int c = (int)P->w[vw].head - 1, u = vw, k = 0; c >= 0 && k < P->nw;
	     k++, u = c, c = (int)P->w[c].head - 1)
		if ((syn_speech_word(&P->w[c]) || (syn_is_verb(&P->w[c]) &&
		     syn_report_word(&P->w[c]) && !syn_rel_is(&P->w[u], "obj"))) &&
		    syn_slot_speaks(S, P, c, s))
			return 1;
	return 0;
}

/* "Tuesday's train hijacking by armed militants", "unprovoked firing by India": the one
 * named in the "by" phrase of a deed noun (or of a deed hung on a noun) did the deed (its
 * actor, else its phrase when an agent codes it); the source chosen before, another side,
 * becomes the target, unless there was none (or an open "---") and the deed noun's own
 * phrase names its target ("attacks by the Houthis on Saudi Arabia": syn_deed_target, of
 * code a); else "---". Returns 1 when it moved the slots. */
static int deed_noun_doer(coder_sent *S, const struct syntax_parse *P, int vw,
			  const char *a, coder_slot *src, coder_slot *tgt)
{
	int b = deed_by_phrase(P, vw), k = b >= 0 ? heading_actor(S, P, b) : -2;
	coder_slot doer = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &doer);
	else if (k == -1 && !syn_by_agent(S, P, b, &doer))
		doer.n = 0;
	if (!doer.n || (src->n && !strcmp(src->m[0].code, doer.m[0].code)))
		return 0;
	int none = !src->n || !strcmp(src->m[0].code, "---");   /* no side, or an open one */
	int g = none ? syn_deed_target(S, P, vw, a) : -1;
	/* a doer named on a noun counting the deeds ("a wave of kidnappings of school children
	 * by criminal gangs") leaves the target the shallow rules found in the deed noun's own
	 * phrase: the one who suffered the deeds, not the clause's subject ("Nigeria is
	 * seeing ...") */
	int tw = tgt->n && tgt->pos >= 0 && tgt->pos < S->nt ? P->tok2w[tgt->pos] : -1;
	int of = counting_noun(P, vw) >= 0 ? deed_of_phrase(P, vw) : -1;
	int open = !tgt->n || !strcmp(tgt->m[0].code, "---");   /* its object phrase, later */
	int own = of >= 0 && b != vw && (open || (tw >= 0 && syn_below(P, tw, of) >= 0));
	if (g >= 0 && g != k)   /* "missile attacks by the Houthis on Saudi Arabia resumed" */
		actors_make_slot(S, g, tgt);
	else if (own)
		;
	else if (src->n && !deed_speaker(S, P, vw, src))
		slot_copy(tgt, src);   /* not the speaker who reports the deed (reported41) */
	else
		event_null_slot(S, tgt);
	*src = doer;
	syn_note_add(S, "rule: the 'by' phrase of a deed noun is its doer");
	return 1;
}

/* visitby156: "The announcement of a two-day visit by Indian Prime Minister Modi to
 * Mauritius": a consultation noun (code 04x) with "by" right after it names the visitor
 * there, and the "to" phrase after that names the one visited, wherever the parse hangs the
 * two phrases (it may hang "by" on the noun above, "announcement", and "to" on the visitor).
 * The visitor becomes the source and the place the target (when an actor names it, else
 * the target is left open). Left alone: a "by" phrase that names no actor ("a visit by 72
 * hours"), a deed noun of another code. Returns 1 when it set the slots. */
static int visit_by_doer(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			 coder_slot *src, coder_slot *tgt)
{
	const khaldun_parse_token *v = &P->w[vw];
	if (!a || a[0] != '0' || a[1] != '4' || !syn_upos_is(v, "NOUN") ||
	    vw + 1 >= P->nw || !syn_word_is(&P->w[vw + 1], "by"))
		return 0;
	int b = -1;
	for (int i = vw + 2; i < P->nw && b < 0; i++)
		if (syn_case_of(P, i) == vw + 1)
			b = i;
	int k = b >= 0 ? heading_actor(S, P, b) : -1;
	if (k < 0)
		return 0;
	coder_slot doer = { .n = 0 };
	actors_make_slot(S, k, &doer);
	if (!doer.n || (src->n && !strcmp(src->m[0].code, doer.m[0].code)))
		return 0;
	int g = -1;
	for (int i = b + 1; i < P->nw && g < 0; i++) {
		int h = (int)P->w[i].head - 1, c = syn_case_of(P, i);
		if (c >= 0 && syn_word_is(&P->w[c], "to") &&
		    (h == b || h == vw || h == (int)v->head - 1))
			g = heading_actor(S, P, i);
		if (c >= 0 && (h == b || h == vw))
			break;   /* only the first phrase after the visitor */
	}
	if (g >= 0 && g != k)
		actors_make_slot(S, g, tgt);
	else
		event_null_slot(S, tgt);
	*src = doer;
	syn_note_add(S, "rule: a visit's 'by' phrase is the visitor, its 'to' phrase the visited");
	return 1;
}

/* saidside128: "UNICEF said 16 million children face threats of violence and sexual
 * assault", "the police chief said there were 30 reports of kidnapping": a material deed
 * noun (code a of quad 2 or 4) inside a speech verb's reported clause (ccomp or parataxis),
 * hung on another noun (nmod or conj) and with no doer of its own (no "by", possessive or
 * compound phrase), whose source is the speaker, is what the speaker states, not a deed
 * of the speaker's. Left alone: an open source ("said there were 120 cases of attacks
 * against journalists": --- ~MED 190, speech73), a verbal code ('said there was "no room for
 * negotiations"': the speaker's rejection), the clause's subject or object ("say the troop
 * drawdown is under way", "said the group carried out attacks"). 1: drop the event. */
static int bare_reported_deed(coder_sent *S, const struct syntax_parse *P, int vw,
			      const char *a, const coder_slot *src)
{
	const khaldun_parse_token *w = &P->w[vw];
	khaldun_cameo_info q;
	khaldun_cameo_lookup(NULL, a, &q);
	if ((q.quad != 2 && q.quad != 4) || !syn_upos_is(w, "NOUN") ||
	    !(syn_rel_is(w, "nmod") || syn_rel_is(w, "conj")) || deed_by_phrase(P, vw) >= 0 ||
	    syn_child_rel(P, vw, "nmod:poss") >= 0 || syn_child_rel(P, vw, "compound") >= 0)
		return 0;
	int h = (int)w->head - 1;
	if (h < 0 || syn_is_verb(&P->w[h]))
		return 0;
	int in = 0;
	for (int c = h, u = vw, k = 0; c >= 0 && k < P->nw && !in;
	     k++, u = c, c = (int)P->w[c].head - 1)
		in = syn_is_verb(&P->w[c]) && syn_speech_word(&P->w[c]) &&
		     (syn_rel_is(&P->w[u], "ccomp") || syn_rel_is(&P->w[u], "parataxis"));
	if (!in || !src->n || !strcmp(src->m[0].code, "---") || !deed_speaker(S, P, vw, src))
		return 0;   /* an open doer ("---") stands (speech73's "there were N cases of") */
	syn_note_add(S, "rule: a deed noun with no doer in a reported clause is no event");
	return 1;
}

/* "will not succumb to mounting pressure from criminal groups", "rejected calls from the
 * opposition": a yielding or a rejection (08x, 12x) with no target, whose phrases hold a
 * noun of pressure or demand with a "from" phrase, yields to or rejects the one that phrase
 * names (its actor, else its agent phrase): who presses is the other side. The "from"
 * phrase hangs on the noun, or on the word that holds it, right after it. Returns 1 when it
 * set the target. */
static int pressure_party(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			  const coder_slot *src, coder_slot *tgt)
{
	static const char *const press[] = { "pressure", "pressures", "demand", "demands",
		"call", "calls", "threat", "threats", "ultimatum", "ultimatums", "request",
		"requests", "appeal", "appeals", NULL };
	if ((tgt->n && strcmp(tgt->m[0].code, "---")) || !a || !((a[0] == '0' && a[1] == '8') ||
	    (a[0] == '1' && a[1] == '2')))
		return 0;
	for (int p = vw + 1; p < P->nw; p++) {
		int up = syn_below(P, p, vw);
		/* the parse may read "succumb to pressure" as an infinitive: a verb with "to" */
		static const char *const to[] = { "to", NULL };
		if (up < 0 || syn_rel_base(&P->w[up], "nsubj") || !syn_word_in(&P->w[p], press) ||
		    !P->w[p].upos || !(!strcmp(P->w[p].upos, "NOUN") ||
				       (!strcmp(P->w[p].upos, "VERB") &&
					syn_child_word(P, p, "mark", to))))
			continue;
		int h = (int)P->w[p].head - 1;
		for (int f = p + 1; f < P->nw && f <= p + 6; f++) {
			int fh = (int)P->w[f].head - 1, c = syn_case_of(P, f);
			if ((fh != p && fh != h) || c < 0 || !syn_word_is(&P->w[c], "from"))
				continue;
			int k = heading_actor(S, P, f);
			coder_slot s = { .n = 0 };
			if (k >= 0)
				actors_make_slot(S, k, &s);
			else if (k == -1 && !syn_by_agent(S, P, f, &s))
				s.n = 0;
			if (!s.n || (src->n && !strcmp(s.m[0].code, src->m[0].code)))
				return 0;
			*tgt = s;
			syn_note_add(S, "rule: who yields to or rejects pressure or demands "
				     "'from X' answers X");
			return 1;
		}
		return 0;
	}
	return 0;
}

/* pron51: 1 when verb word vw is a participle tail after a comma with no subject or
 * conjunction of its own ("expelled two diplomats, accusing them of espionage"): the doer is
 * the main verb's subject, and its object pronoun looks back to the main verb's object. */
static int participle_tail(const struct syntax_parse *P, int vw)
{
	return syn_rel_is(&P->w[vw], "advcl") && syn_ends_ing(&P->w[vw]) && vw > 0 &&
	       syn_word_is(&P->w[vw - 1], ",") && (int)P->w[vw].head - 1 < vw &&
	       syn_child_rel(P, vw, "nsubj") < 0 && syn_child_rel(P, vw, "mark") < 0;
}

/* "called Erdogan ... and urged him", "detained a British couple and accused them": an
 * object pronoun of a verb coordinated with a verb whose object is an actor stands for that
 * object, when the shallow rules gave no target or bound the pronoun to the subject (TABARI's
 * "him" = the sentence's first actor). pron51: so does the object pronoun of a participle
 * tail (participle_tail), "it" too ("sanctioned Iran, accusing it"), when the pronoun agrees
 * with that object in number ("them" a plural). Returns 1 when it set the target. */
static int object_pronoun(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *src, coder_slot *tgt)
{
	static const char *const obj[] = { "him", "her", "them", "it", NULL };
	int pw = syn_child_rel(P, vw, "obj");
	if (!(syn_rel_is(&P->w[vw], "conj") || participle_tail(P, vw)) || !P->w[vw].head ||
	    pw < 0 || !syn_word_in(&P->w[pw], obj))
		return 0;
	int h = (int)P->w[vw].head - 1;
	/* a pronoun bound to the subject, or to an actor before the first verb ("him" = the US
	 * of "US President Donald Trump called"), is not that verb's object */
	const coder_actor *r = tgt->n ? tgt->m[0].a : NULL;
	if (tgt->n && !(tgt->pronoun && r && r->pos >= 0 && r->pos < S->nt &&
			(P->tok2w[r->pos] < h || (src->n && r == src->m[0].a))))
		return 0;
	int k = syn_actor_with_role(S, P, h, R_TGT, src);
	int ow = syn_child_rel(P, h, "obj");
	coder_slot s = { .n = 0 };
	if (k >= 0) {
		actors_make_slot(S, k, &s);
		ow = syn_span_head(P, S->a[k].pos, S->a[k].end);
	/* no actor: the first verb's object that an agent heads ("picked out police officers
	 * and tied their hands and shot them": ~COP, which the story may place) */
	} else if (ow < 0 || !open_phrase(S, P, ow, &s) || s.m[0].code[0] != '~')
		return 0;
	if (!s.n || (ow >= 0 && P->w[ow].upos && !syn_pronoun_agrees(P, pw, ow)))
		return 0;
	*tgt = s;
	syn_note_add(S, "rule: an object pronoun of a coordinated verb is the first verb's object");
	return 1;
}

/* "Police arrested him on charges of spying for Russia", "charged him with terrorizing
 * residents of ... Port-au-Prince": when the verb's object is a personal pronoun that no
 * rule bound, the target is that pronoun (an unknown person the story may place), not an
 * actor of a later phrase (the charge, a place). Returns 1 when it dropped the target. */
static int pronoun_object(coder_sent *S, const struct syntax_parse *P, int vw,
			  coder_slot *tgt)
{
	static const char *const obj[] = { "him", "her", "them", NULL };
	if (!tgt->n || !syn_child_word(P, vw, "obj", obj) || syn_recipient(P, vw) >= 0)
		return 0;
	const coder_actor *a = tgt->m[0].a;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return 0;   /* a default or open target: news.c takes the object */
	/* TABARI's "him" is the sentence's first actor, even one after it ("arrested him on
	 * charges of spying for Russia"): a referent after the pronoun is none */
	if (tgt->pronoun ? a->pos < tgt->pos : syn_slot_role(S, P, vw, tgt) == R_TGT)
		return 0;
	tgt->n = 0;
	syn_note_add(S, "rule: the verb's object pronoun is the target, not an actor of a later "
		        "phrase");
	return 1;
}

/* word84: 1 when the verb at word vw has a first-person word ("us", "me", "our", "my",
 * "we") as a child or a child's child: the speaker's side is named in the clause, and an
 * "it" there is some other thing ('"It gave us hope"', '"It gave our village hope"'). */
static int first_person_near(const struct syntax_parse *P, int vw)
{
	static const char *const first[] = { "us", "me", "our", "my", "we", NULL };
	for (int i = 0; i < P->nw; i++) {
		int h = (int)P->w[i].head - 1;
		if (syn_word_in(&P->w[i], first) &&
		    (h == vw || (h >= 0 && (int)P->w[h].head - 1 == vw)))
			return 1;
	}
	return 0;
}

/* "They attacked a police station in Peshawar": TABARI's "they" is the sentence's first
 * actor, even one after it (a place, an object). A subject pronoun whose referent comes
 * after it stands for that referent only when the referent is a subject itself ("After he
 * landed in Kabul, Blinken met ..."); else the pronoun names nobody the sentence knows: the
 * source is dropped (the pronoun stands in, OPEN_ACTORS; a story may tell who). word84:
 * a quotation's "it" never stands for the speaker named after the quotation ('"It has given
 * us hope," the Kenyan farmer said': a thing gave it, not the farmer), so it too is dropped
 * when it is the subject of the event's verb vw and the speaker's side is named in the
 * clause (first_person_near); '"It will strike back," the army said' keeps the army.
 * Returns 1 when it dropped the source. */
static int cataphora_source(coder_sent *S, const struct syntax_parse *P, int vw,
			    coder_slot *src)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	int is_subj = 0;
	for (int k = 0; src->pronoun && src->pos >= 0 && src->pos < S->nt && subj[k]; k++)
		is_subj |= tok_is(&S->t[src->pos], subj[k]);
	int it = src->pronoun && src->pos >= 0 && src->pos < S->nt &&
		 tok_is(&S->t[src->pos], "IT");
	if (!(is_subj || it) || !a || a->pos < 0 || a->end >= S->nt || a->pos < src->pos)
		return 0;   /* not "their" ("at their Security Consultative Committee meeting,
			     * Tokyo and Washington agreed") */
	int h = syn_span_head(P, a->pos, a->end);
	int pw = src->pos < MAX_TOKENS ? P->tok2w[src->pos] : -1;
	if (it && h >= 0 && pw >= 0 && (int)P->w[pw].head == vw + 1 && syn_quoted(P, pw) &&
	    !syn_quoted(P, h) && first_person_near(P, vw)) {
		src->n = 0;   /* word84: '"It gave us hope," the farmer said' */
		syn_note_add(S, "rule: a quote's 'it' is not the speaker after it");
		return 1;
	}
	if (!is_subj)
		return 0;
	while (h >= 0 && syn_rel_is(&P->w[h], "conj") && P->w[h].head)
		h = (int)P->w[h].head - 1;   /* "Tokyo and Washington": the first conjunct */
	if (h < 0 || syn_rel_base(&P->w[h], "nsubj"))
		return 0;
	src->n = 0;
	syn_note_add(S, "rule: a subject pronoun before every actor names none of them");
	return 1;
}

/* The top of the noun phrase word h belongs to: up through the relations that stay inside
 * a phrase (compound, modifiers, "of" phrases, coordination, apposition), never to a verb
 * nor to the event's word vw (a verb the tagger read as a noun). */
static int phrase_top(const struct syntax_parse *P, int h, int vw)
{
	static const char *const inside[] = { "compound", "amod", "nmod", "nmod:poss", "flat",
					      "conj", "appos", NULL };
	for (int steps = 0; h >= 0 && P->w[h].head && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1, in = 0;
		for (int k = 0; inside[k]; k++)
			in |= syn_rel_is(&P->w[h], inside[k]);
		if (!in || up == vw || syn_is_verb(&P->w[up]))
			break;
		h = up;
	}
	return h;
}

/* 1 when actors x and y come from one noun phrase: overlapping token spans, or heads under
 * one phrase top ("the White House of President Richard Nixon", "the Red Cross and Red
 * Crescent Society"); *top gets that top. Two mentions of one country are two phrases. */
static int one_phrase(coder_sent *S, const struct syntax_parse *P, int vw,
		      const coder_actor *x, const coder_actor *y, int *top)
{
	if (!x || !y || x->pos < 0 || y->pos < 0 || x->end >= S->nt || y->end >= S->nt)
		return 0;
	*top = -1;
	int hx = syn_span_head(P, x->pos, x->end), hy = syn_span_head(P, y->pos, y->end);
	if (hx >= 0)
		*top = phrase_top(P, hx, vw);
	if (x->pos <= y->end && y->pos <= x->end)
		return 1;
	return hx >= 0 && hy >= 0 && *top == phrase_top(P, hy, vw);
}

/* One step up inside a noun phrase (phrase_top's relations), or -1. */
static int phrase_up(const struct syntax_parse *P, int h, int vw)
{
	static const char *const inside[] = { "compound", "amod", "nmod", "nmod:poss", "flat",
					      "conj", "appos", NULL };
	if (h < 0 || !P->w[h].head)
		return -1;
	int up = (int)P->w[h].head - 1, in = 0;
	for (int k = 0; inside[k]; k++)
		in |= syn_rel_is(&P->w[h], inside[k]);
	return !in || up == vw || syn_is_verb(&P->w[up]) ? -1 : up;
}

/* The lowest word of the phrase that holds both actors' heads ("Cross" in "the Red Cross
 * and Red Crescent Society"), or -1. */
static int meet(const struct syntax_parse *P, int vw, const coder_actor *x,
		const coder_actor *y, coder_sent *S)
{
	if (!x || !y || x->pos < 0 || y->pos < 0 || x->end >= S->nt || y->end >= S->nt)
		return -1;
	int hx = syn_span_head(P, x->pos, x->end), hy = syn_span_head(P, y->pos, y->end);
	for (int a = hx, i = 0; a >= 0 && i < P->nw; a = phrase_up(P, a, vw), i++)
		for (int b = hy, j = 0; b >= 0 && j < P->nw; b = phrase_up(P, b, vw), j++)
			if (a == b)
				return a;
	return -1;
}

/* 1 when code b names the same actor as code a more narrowly (USAGOV for USA, LBYREB for
 * LBY): of two actors in one subject phrase, the narrower is the one who acts ("a U.S.
 * State Department spokesperson", "Libya's renegade commander Khalifa Haftar"); an actor
 * of another country or body ("Pyongyang's U.N. envoy") is no narrower. */
static int narrower(const char *b, const char *a)
{
	size_t n = strlen(a);
	return n >= 3 && strlen(b) > n && !strncmp(a, b, n) && a[0] != '~' && a[0] != '-';
}

/* 1 when coder token t is a capitalised word the parse reads as a noun, a name or an
 * adjective: a word of a title ("Deputy", "Foreign", "Minister"). */
static int title_word(coder_sent *S, const struct syntax_parse *P, int t)
{
	static const char *const nominal[] = { "NOUN", "PROPN", "ADJ", NULL };
	int w = P->tok2w[t];
	if (w < 0 || !S->t[t].cap || S->t[t].cls != C_WORD || !P->w[w].upos)
		return 0;
	for (int k = 0; nominal[k]; k++)
		if (!strcmp(P->w[w].upos, nominal[k]))
			return 1;
	return 0;
}

/* 1 when actor a, then capitalised title words only (an agent among them), then actor b, the
 * name that ends the phrase (no noun after it: not "the U.S. Iran talks"), are one name with
 * its title ("Iranian Deputy Foreign Minister Kazem Gharibabadi"), whatever the parse made
 * of them. */
static int titled_name(coder_sent *S, const struct syntax_parse *P, const coder_actor *a,
		       const coder_actor *b)
{
	int agent = 0;   /* a title of the dictionaries' agents: not "Trump Urges UN" */
	for (int t = a->end + 1; t < b->pos; t++) {
		if (!title_word(S, P, t))
			return 0;
		agent |= S->t[t].ent && S->t[t].ent->type == ENT_AGENT;
	}
	if (!agent)
		return 0;   /* "Trump Putin": no title between */
	int after = b->end + 1 < S->nt ? P->tok2w[b->end + 1] : -1;
	return after < 0 || !P->w[after].upos || (strcmp(P->w[after].upos, "NOUN") &&
						  strcmp(P->w[after].upos, "PROPN"));
}

/* "Iranian Deputy Foreign Minister Kazem Gharibabadi ... are expected to attend": the source
 * and the target, one actor each, are a name and its title's country (titled_name): one
 * side (the narrower code of the two, else the source's) and no target. Returns 1 when it
 * dropped the target. */
static int title_and_name(coder_sent *S, coder_slot *src, coder_slot *tgt,
			  const struct syntax_parse *P)
{
	if (src->n != 1 || tgt->n != 1 || src->pronoun || tgt->pronoun)
		return 0;
	const coder_actor *x = src->m[0].a, *y = tgt->m[0].a;
	if (x == y || x->pos < 0 || y->pos < 0 || x->end >= S->nt || y->end >= S->nt ||
	    !(x->pos < y->pos ? titled_name(S, P, x, y) : titled_name(S, P, y, x)))
		return 0;
	if (narrower(tgt->m[0].code, src->m[0].code))
		slot_copy(src, tgt);   /* "Iranian ... Kazem Gharibabadi": IRNGOV, not IRN */
	tgt->n = 0;
	syn_note_add(S, "rule: a name and its title's country are one side: no target");
	return 1;
}

/* 1 when word a is coordinated with (conj of) word b. */
static int conj_of(const struct syntax_parse *P, int a, int b)
{
	return syn_rel_is(&P->w[a], "conj") && (int)P->w[a].head - 1 == b;
}

/* leftovers34: a verb of the feeling a deed stirs in others ("Iran's threats against Saudi
 * Arabia worried diplomats", "alarmed", "angered", "rattled"): its subject is the cause, so
 * the news is the deed, not the worry (WORRY's 012). */
static int reaction_verb(const khaldun_parse_token *w)
{
	static const char *const stir[] = { "worr", "alarm", "anger", "upset", "unsettl",
		"rattl", "troubl", "dismay", "shock", "outrag", "infuriat", "frighten", "scare",
		"disturb", "unnerv", "spook", "irritat", "annoy", "alienat", NULL };
	return syn_is_verb(w) && syn_stem_in(w, stir);
}

/* "was invited to the White House of President Richard Nixon", "the head for the Red Cross
 * and Red Crescent Society told VOA five people had been killed": an actor cannot act on
 * the phrase it is part of. When the source and every target come from one noun phrase
 * that is not the verb's own subject ("India and Pakistan exchanged fire" stays), the
 * target is another actor the parse makes the verb's object, else the event is dropped.
 * Returns -1 to drop, 1 when it moved the target, 0 otherwise. */
static int self_phrase(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		       const char *a, coder_slot *src, coder_slot *tgt)
{
	/* a deed (06-08, 14-20) is dropped; a statement or verbal act keeps its source */
	int material = a && ((a[0] == '0' && a[1] >= '6') || (a[0] == '1' && (a[1] == '4' ||
			      a[1] == '5' || a[1] >= '7')) || a[0] == '2');
	int top = -1, rank;
	if (!src->n || !tgt->n || src->pronoun || tgt->pronoun)
		return 0;   /* a pronoun is a mention of its own */
	int other = 0;   /* one actor alone on both sides: settle_slots drops the target */
	for (int i = 0; i < tgt->n; i++) {
		if (tgt->m[i].a == src->m[0].a)
			continue;
		if (!one_phrase(S, P, vw, src->m[0].a, tgt->m[i].a, &top))
			return 0;
		other = 1;
	}
	if (!other)
		return 0;
	static const char *const between[] = { "between", "among", NULL };
	int lo = meet(P, vw, src->m[0].a, tgt->m[tgt->m[0].a == src->m[0].a].a, S);
	if (lo >= 0 && syn_child_word(P, lo, "case", between))
		return 0;   /* the parties of "talks between X and Y" */
	int pp = lo >= 0 && syn_case_of(P, lo) >= 0;   /* "the head for [the Red Cross and ...]" */
	int subj = top >= 0 && (syn_role_of(P, top, vw, &rank) == R_SRC ||
				syn_role_of(P, top, sv, &rank) == R_SRC);
	if (subj && !pp && syn_is_verb(&P->w[vw]) && actors_own_compound(src, tgt) &&
	    !actors_mutual_code(a)) {
		tgt->n = 0;   /* "Israel and Egypt condemned the attack": not each other */
		syn_note_add(S, "rule: a coordinated subject is its own target only in a "
			        "mutual act");
		return 1;
	}
	if (top < 0 || !syn_is_verb(&P->w[vw]))
		return 0;   /* "Japan lifts sanctions": a verb the tagger read as a noun */
	const coder_actor *x = src->m[0].a, *y = tgt->m[tgt->m[0].a == x].a;
	if (reaction_verb(&P->w[vw]) &&
	    syn_deed_noun_sides(S, P, top, (int)(x - S->a), (int)(y - S->a)) &&
	    syn_actor_with_role(S, P, vw, R_TGT, src) < 0) {
		syn_note_add(S, "rule: a deed noun that worries or angers others is the deed, not "
			        "the reaction");
		return -1;   /* syn_nominal_event codes the noun's own deed */
	}
	int h1 = syn_span_head(P, x->pos, x->end), h2 = syn_span_head(P, y->pos, y->end);
	int coord = (x->group >= 0 && x->group == y->group) ||
		    (h1 >= 0 && h2 >= 0 && (conj_of(P, h2, h1) || conj_of(P, h1, h2)));
	static const char *const remit[] = { "for", "on", "to", NULL };
	int c2 = h2 >= 0 ? syn_case_of(P, h2) : -1;
	for (int k = 0; c2 >= 0 && remit[k]; k++)
		coord |= subj && syn_word_is(&P->w[c2], remit[k]);
	if (subj && !pp && coord)
		return 0;   /* the subject's own parties ("India and Pakistan exchanged fire"),
			     * or the one its title serves ("the U.N. envoy for Syria is calling
			     * for"), not one actor nested in another ("a U.S. State Department
			     * spokesperson expressed sorrow") */
	if (!pp && coord)
		return 0;   /* "Russian and DPRK leaders signed": the coordinated parties */
	if (syn_deed_noun_sides(S, P, top, (int)(x - S->a), (int)(y - S->a)) &&
	    syn_actor_with_role(S, P, vw, R_TGT, src) < 0) {
		syn_note_add(S, "rule: a deed noun's doer acts on the target of its own phrase");
		return 0;   /* "Rocket attacks by Hezbollah on northern Israel continued": the
			     * deed noun's doer on its target, not one actor's own phrase (a
			     * verb's own object stays its target: "... killed 20 civilians") */
	}
	if (subj || !material) {   /* "a spokesman for the army in Mali said": it acts, alone */
		int k = (int)(y - S->a);
		if (subj && !pp && k >= 0 && k < S->na) {
			coder_slot head = { .n = 0 };
			actors_make_slot(S, k, &head);
			if (head.n && narrower(head.m[0].code, src->m[0].code))
				*src = head;   /* "a U.S. State Department spokesperson": USAGOV */
		}
		tgt->n = 0;
		syn_note_add(S, "rule: an actor does not act on its own noun phrase: no target");
		return 1;
	}
	if (lo >= 0 && (syn_rel_base(&P->w[lo], "nsubj") || syn_rel_is(&P->w[lo], "obj") ||
			syn_rel_is(&P->w[lo], "iobj")))
		return 0;   /* a subject or object of its own ("the UK and the US signed") */
	int k = syn_actor_with_role(S, P, vw, R_TGT, src), t2;
	if (k >= 0 && !one_phrase(S, P, vw, src->m[0].a, &S->a[k], &t2)) {
		actors_make_slot(S, k, tgt);
		if (tgt->n) {
			syn_note_add(S, "rule: an actor does not act on its own noun phrase: the "
				        "verb's object is the target");
			return 1;
		}
	}
	return -1;
}

/* Animals and livestock: no political actor's victims. */
static int animal_word(const khaldun_parse_token *w)
{
	static const char *const animal[] = {
		"animal", "animals", "livestock", "cattle", "cow", "cows", "dog", "dogs", "cat",
		"cats", "goat", "goats", "sheep", "pig", "pigs", "poultry", "chicken", "chickens",
		"bird", "birds", "elephant", "elephants", "rhino", "rhinos", "rhinoceros", "lion",
		"lions", "wildlife", "whale", "whales", "fish", "camel", "camels", "donkey",
		"donkeys", "horse", "horses", "deer", "wolf", "wolves", "bear", "bears",
		"monkey", "monkeys", "buffalo", "buffaloes", "dolphins", "sharks", NULL };
	for (int k = 0; animal[k]; k++)
		if (syn_word_is(w, animal[k]))
			return 1;
	return 0;
}

/* "13,700 dogs are slaughtered", "millions of dogs are killed", "poachers killed three
 * rhinos": material conflict (18-20) whose victim, the verb's object or passive subject
 * (or, with none, the word before its auxiliaries), is an animal ("millions of" an animal
 * too), and no actor the parse makes its object, is no political event. Returns 1 then. */
static int animal_victim(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			 const coder_slot *tgt)
{
	if (!a || !((a[0] == '1' && a[1] >= '8') || (a[0] == '2' && a[1] == '0')) ||
	    (tgt->n && syn_slot_role(S, P, vw, tgt) == R_TGT))
		return 0;
	int v = syn_child_rel(P, vw, "obj");
	if (v < 0)
		v = syn_child_rel(P, vw, "nsubj");   /* nsubj:pass too */
	if (v < 0 && syn_passive_verb(P, vw)) {
		v = vw - 1;
		while (v >= 0 && (syn_rel_base(&P->w[v], "aux") || syn_rel_is(&P->w[v], "advmod")))
			v--;
	}
	if (v < 0)
		return 0;
	int n = syn_child_rel(P, v, "nmod");
	if (!animal_word(&P->w[v]) && !(n >= 0 && n > v && animal_word(&P->w[n])))
		return 0;
	return 1;
}

/* 1 when word w lies in the subtree of word top (w itself included). */
static int under(const struct syntax_parse *P, int w, int top)
{
	for (int n = 0; w >= 0 && n < P->nw; n++) {
		if (w == top)
			return 1;
		if (!P->w[w].head)
			return 0;
		w = (int)P->w[w].head - 1;
	}
	return 0;
}

/* The object of verb word vw (of the verb a noun deed hangs on: "held" of "as human
 * shields"), or -1. */
static int verb_object(const struct syntax_parse *P, int vw)
{
	int v = vw;
	for (int n = 0; n < 3 && !syn_is_verb(&P->w[v]) && P->w[v].head; n++)
		v = (int)P->w[v].head - 1;
	return syn_child_rel(P, v, "obj");
}

/* A bare agent who (~CVL: one match) given the country of the place actor in *tgt becomes
 * the target (the victims are the place's: "held 2,000 people in Buner district in
 * Pakistan"). Returns 1 when it set it. */
static int place_agent(coder_sent *S, coder_slot *who, coder_slot *tgt)
{
	char cc[4];
	actor_split(tgt->m[0].code, cc);
	if (!cc[0] || !who->n || who->m[0].code[0] != '~')
		return 0;
	const char *agent = who->m[0].code + 1;
	char *code = arena_alloc(&S->c->scratch, strlen(agent) + 4);
	if (!code)
		return 0;
	memcpy(code, cc, 3);
	memcpy(code + 3, agent, strlen(agent) + 1);
	who->m[0].code = code;
	*tgt = *who;
	return 1;
}

/* target118: 1 when word h is an "of" phrase on the noun of a locative phrase ("in the Old
 * City of Mosul", "in the central town of Beledweyne"): the place the locative names. */
static int of_locative(const struct syntax_parse *P, int h)
{
	static const char *const of[] = { "of", NULL };
	return P->w[h].head && syn_rel_is(&P->w[h], "nmod") &&
	       syn_child_word(P, h, "case", of) && syn_locative(P, (int)P->w[h].head - 1);
}

/* target118: "held 100,000 Iraqi civilians as human shields in the Old City of Mosul": the
 * rules before chose the place of a locative phrase outside object word o, and the object
 * names a side itself: the dictionary actor k, which heads it (heads) or is a word right on
 * its agent noun ("Iraqi" of "civilians": the agent of that country, IRQCVL). That side is
 * the target, unless it is already the source. Returns 1 when it set the target. */
static int object_actor(coder_sent *S, const struct syntax_parse *P, int o, int k, int heads,
			const coder_slot *src, coder_slot *tgt)
{
	coder_slot s = { .n = 0 }, who = { .n = 0 };
	if (src->n && !src->pronoun && src->m[0].a == &S->a[k])
		return 0;   /* the doer rules took the object for the source: no side twice */
	actors_make_slot(S, k, &s);
	if (!s.n || !strcmp(s.m[0].code, "---"))
		return 0;
	if (!heads) {   /* the country's agent: "Iraqi civilians" */
		if (!open_phrase(S, P, o, &who) || !who.n || !strcmp(who.m[0].code, "---"))
			return 0;
		if (who.m[0].code[0] == '~' && !place_agent(S, &who, &s))
			return 0;
		s = who;
	}
	*tgt = s;
	syn_note_add(S, "rule: the target is the actor the verb's object names, not a place "
		        "outside it");
	return 1;
}

/* "Syrian forces have killed more than 500 civilians during a week of bombardment of an
 * enclave near Damascus", "held 20,000 civilians as human shields in Raqqa": the target of
 * material conflict (17-20) is the verb's object, a noun phrase no dictionary names with an
 * agent ("civilians": ~CVL), given the place's country (SYRCVL), not the place of a locative
 * phrase outside it. Not when the place is inside the object ("attacked a base in Kabul"),
 * nor when an actor is, nor for a place of no country. Returns 1 when it set the target. */
static int object_not_place(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			    const coder_slot *src, coder_slot *tgt)
{
	if (!a || !((a[0] == '1' && a[1] >= '7') || (a[0] == '2' && a[1] == '0')) || !tgt->n ||
	    tgt->pronoun)
		return 0;
	const coder_actor *x = tgt->m[0].a;
	if (!x || x->pos < 0 || x->end >= S->nt)
		return 0;
	int h = syn_span_head(P, x->pos, x->end);
	/* "in Kunduz province", "in the Iraqi city of": the phrase's head has the preposition;
	 * target118: so has the noun an "of" place names ("in the Old City of Mosul") */
	for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
		       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat") ||
			syn_rel_is(&P->w[h], "amod") || of_locative(P, h)); n++)
		h = (int)P->w[h].head - 1;
	int o = verb_object(P, vw);   /* "as human shields": the object of "held" */
	if (h < 0 || o < 0 || !syn_locative(P, h) || under(P, h, o))
		return 0;
	/* fireat53: the "at" phrase of a verb that sends a thing ("fired drones at a Russian
	 * refinery") names the side aimed at, and the object is the weapon, no victim */
	int c = syn_case_of(P, h);
	if (syn_sender_verb(&P->w[vw]) && c >= 0 && syn_word_is(&P->w[c], "at"))
		return 0;
	int own = -1, heads = 0;   /* target118: the object's own actor ("Iraqi civilians") */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (!y->ent || y->pos < 0 || y->end >= S->nt || !sent_live(S, y->pos))
			continue;
		int yh = syn_span_head(P, y->pos, y->end);
		if (yh >= 0 && under(P, yh, o)) {
			if (own >= 0 || syn_sender_verb(&P->w[vw]) ||
			    (yh != o && (int)P->w[yh].head - 1 != o))
				return 0;   /* "launched Iranian drones": the weapon's maker */
			own = k;
			heads = yh == o;
		}
	}
	if (own >= 0)
		return object_actor(S, P, o, own, heads, src, tgt);
	coder_slot who = { .n = 0 };
	if (!open_phrase(S, P, o, &who) || !place_agent(S, &who, tgt))
		return 0;
	syn_note_add(S, "rule: the target is the verb's object, of the country of a place "
		        "outside it, not the place");
	return 1;
}

/* The word heading the locative phrase ("in Port-au-Prince", "in Kunduz province") that
 * holds the slot's actor when that actor is a government named by its place alone (a capital
 * as metonym, one code "XXXGOV" and no agent) and the phrase hangs on a noun, or -1. */
static int capital_place(coder_sent *S, const struct syntax_parse *P, const coder_slot *s)
{
	const coder_actor *x = s->n && !s->pronoun ? s->m[0].a : NULL;
	const char *code = x ? s->m[0].code : NULL;
	if (!x || x->agent || x->pos < 0 || x->end >= S->nt || strlen(code) != 6 ||
	    strcmp(code + 3, "GOV"))
		return -1;
	int h = syn_span_head(P, x->pos, x->end);
	for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
		       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
		h = (int)P->w[h].head - 1;
	return h >= 0 && P->w[h].head && syn_rel_is(&P->w[h], "nmod") && syn_locative(P, h) ?
	       h : -1;
}

/* "fired rockets at a U.S. base in Syria", "an Israeli embassy in Cairo": the target the
 * rules above chose is the place of a locative phrase on a noun whose own modifier before it
 * names a state's side ("U.S.", "Israeli", "Russia's"): the noun is that state's, wherever it
 * stands, so that side is the target. Not a body of states ("troops to the UN mission in
 * Mali" go to Mali). Returns 1 when it moved the target. */
static int owner_not_place(coder_sent *S, const struct syntax_parse *P, coder_slot *tgt)
{
	static const char *const own[] = { "compound", "amod", "nmod:poss", NULL };
	const coder_actor *x = tgt->n && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!x || x->pos < 0 || x->end >= S->nt)
		return 0;
	int h = syn_span_head(P, x->pos, x->end);
	for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
		       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
		h = (int)P->w[h].head - 1;
	if (h < 0 || !P->w[h].head || !syn_rel_is(&P->w[h], "nmod") || !syn_locative(P, h))
		return 0;
	int o = (int)P->w[h].head - 1;   /* the noun the place is of: "base" */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (y == x || !y->ent || y->pron_kind || y->pos < 0 || y->end >= S->nt ||
		    !sent_live(S, y->pos) || y->end + 1 >= MAX_TOKENS ||
		    (y->pos > 0 && P->tok2w[y->pos - 1] == P->tok2w[y->pos]) ||
		    (y->end + 1 < S->nt && P->tok2w[y->end + 1] == P->tok2w[y->end]))
			continue;   /* "U.S.-Ukraine talks": one word for two sides, no owner */
		int yh = syn_span_head(P, y->pos, y->end);
		if (yh < 0 || yh >= o || (int)P->w[yh].head - 1 != o)
			continue;
		int r;
		for (r = 0; own[r] && !syn_rel_is(&P->w[yh], own[r]); r++)
			;
		coder_slot s = { .n = 0 };
		if (own[r])
			actors_make_slot(S, k, &s);
		char cc[4];
		if (!s.n || (actor_split(s.m[0].code, cc), !cc[0]))
			continue;   /* no state's: "---", "~MIL", "the UN mission in Mali" */
		*tgt = s;
		syn_note_add(S, "rule: a noun's owner before it is the side, not the place after "
			        "it");
		return 1;
	}
	return 0;
}

/* "struck an oil refinery deep inside Russia": the verb of material conflict (17-20) has an
 * object that names no side and no agent, and a locative phrase of the verb right after it
 * names a country itself: the object is that country's (RUS), the target no rule found. Not
 * a province or a city ("attacked a train in Balochistan": whose train is not said), nor the
 * source's own country.
 * Returns 1 when it set the target. */
static int object_of_place(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			   const coder_slot *src, coder_slot *tgt)
{
	static const char *const at[] = { "at", NULL };
	if (!a || !((a[0] == '1' && a[1] >= '7') || (a[0] == '2' && a[1] == '0')) ||
	    (tgt->n && strcmp(tgt->m[0].code, "---")) || (tgt->n && tgt->pronoun))
		return 0;
	int o = verb_object(P, vw);
	if (o < 0)
		return 0;
	int last = o;   /* the object's last word */
	for (int i = o + 1; i < P->nw && under(P, i, o); i++)
		last = i;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (y->pos < 0 || y->end >= S->nt || !sent_live(S, y->pos))
			continue;
		int yh = syn_span_head(P, y->pos, y->end);
		if (yh >= 0 && under(P, yh, o))
			return 0;   /* the object names a side itself */
	}
	for (int i = 0; i < P->nw; i++)
		if (under(P, i, o) && syn_agent_word(S, P, i))
			return 0;   /* "a police station": the agent's rules place it */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (!y->ent || y->agent || y->pron_kind || y->ncodes != 1 || y->pos < 0 ||
		    y->end >= S->nt || !sent_live(S, y->pos))
			continue;
		int h = syn_span_head(P, y->pos, y->end);
		for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
			(syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
			h = (int)P->w[h].head - 1;
		if (h < 0 || (int)P->w[h].head - 1 != (int)P->w[o].head - 1 ||
		    !syn_rel_base(&P->w[h], "obl") || !syn_locative(P, h) ||
		    (syn_sender_verb(&P->w[vw]) && syn_child_word(P, h, "case", at)))
			continue;   /* "fired two missiles at Odesa": the aim, placed elsewhere */
		/* right after the object: only an adverb ("deep") between */
		int c = syn_case_of(P, h), first = c >= 0 && c < h ? c : h;
		for (int i = last + 1; i < first; i++)
			if (!P->w[i].upos ||
			    (strcmp(P->w[i].upos, "ADV") && strcmp(P->w[i].upos, "ADJ")))
				first = -1;
		if (first < 0)
			return 0;
		const char *code = y->codes[0];
		if (strlen(code) != 3 || !news_names_country(S, y, code) ||
		    (src->n && !strncmp(src->m[0].code, code, 3)))
			return 0;
		char *cc = arena_alloc(&S->c->scratch, 4);
		if (!cc)
			return 0;
		memcpy(cc, code, 3);
		cc[3] = 0;
		coder_slot s = { .n = 0 };
		actors_make_slot(S, k, &s);
		if (!s.n)
			return 0;
		s.m[0].code = cc;
		*tgt = s;
		syn_note_add(S, "rule: an object that names no side is of the country it is in");
		return 1;
	}
	return 0;
}

/* inobj53: "condemned the violence in Myanmar", "would not recognize the election results
 * in Belarus", "investigate abuses in Sudan": a statement or reaction (01-14, not a meeting,
 * 04) whose object is a situation noun that names no side, followed by "in" and a country
 * itself, is about that country: the target no rule found. The parse often hangs the "in"
 * phrase on the verb, as a venue ("held talks in Doha", "signed the deal in Geneva"), which
 * settle_slots drops; a situation is no venue. Not a city or a province (a venue more
 * often), nor the source's own country. Returns 1 when it set the target. */
int syn_situation_place(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			const coder_slot *src, coder_slot *tgt)
{
	static const char *const situation[] = { "result", "results", "abuse", "abuses",
		"crackdown", "violence", "election", "elections", "situation", "crisis",
		"fighting", "repression", "arrest", "arrests", "execution", "executions",
		"record", "war", "conflict", "unrest", "killings", "atrocities", "persecution",
		"referendum", "vote", "turmoil", NULL };
	static const char *const in[] = { "in", "inside", NULL };
	if (!a || !((a[0] == '0' && a[1] >= '1' && a[1] <= '9' && a[1] != '4') ||
		    (a[0] == '1' && a[1] >= '0' && a[1] <= '4')) ||
	    (tgt->n && (tgt->pronoun || strcmp(tgt->m[0].code, "---"))))
		return 0;
	int o = verb_object(P, vw), th = -1;
	static const char *const about[] = { "to", "over", "about", "on", NULL };
	if (!tgt->n || !syn_slot_actor(S, P, tgt, &th) || th < 0)
		th = o;   /* the "---" phrase found, else the object */
	for (int i = vw + 1; th < 0 && i < P->nw; i++)
		if ((int)P->w[i].head - 1 == vw && syn_rel_base(&P->w[i], "obl") &&
		    syn_case_of(P, i) >= 0 && syn_word_in(&P->w[syn_case_of(P, i)], about))
			th = i;   /* no object: "contribute to the normalization of ..." */
	if (th < 0)
		return 0;
	int obj = th;   /* the target phrase, or the situation noun an "of" chain below it */
	o = -1;
	for (int i = th; i < P->nw && o < 0; i++) {
		int w = i;
		for (int n = 0; n < 3 && w != th && syn_rel_base(&P->w[w], "nmod"); n++)
			w = (int)P->w[w].head - 1;   /* "the normalization of the situation" */
		if (w == th && syn_word_in(&P->w[i], situation))
			o = i;
	}
	if (o < 0)
		return 0;
	int last = o;   /* the situation phrase's last word */
	for (int i = o + 1; i < P->nw && under(P, i, o); i++)
		last = i;
	for (int i = 0; i < P->nw; i++)
		if (under(P, i, obj) && syn_agent_word(S, P, i))
			return 0;   /* "the arrests of journalists in Iran": the agent's rules */
	int found = -1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (y->pos < 0 || y->end >= S->nt || !sent_live(S, y->pos))
			continue;
		int h = syn_span_head(P, y->pos, y->end);
		for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
			(syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
			h = (int)P->w[h].head - 1;
		if (h < 0 || !P->w[h].head)
			continue;
		int up = (int)P->w[h].head - 1, c = syn_case_of(P, h);
		int on_object = up == o && syn_rel_base(&P->w[h], "nmod");
		int after = o == obj && up == (int)P->w[o].head - 1 &&
			    syn_rel_base(&P->w[h], "obl") &&
			    c == last + 1;   /* the verb's "in" phrase right after the object */
		if (c < 0 || !syn_word_in(&P->w[c], in) || !(on_object || after)) {
			if (under(P, h, obj))
				return 0;   /* the object names a side itself */
			continue;
		}
		if (!y->ent || y->agent || y->pron_kind || y->ncodes != 1)
			return 0;
		found = k;
	}
	if (found < 0)
		return 0;
	const char *code = S->a[found].codes[0];
	if (strlen(code) != 3 || !news_names_country(S, &S->a[found], code) ||
	    (src->n && !strncmp(src->m[0].code, code, 3)))
		return 0;
	coder_slot s = { .n = 0 };
	actors_make_slot(S, found, &s);
	if (!s.n)
		return 0;
	*tgt = s;
	syn_note_add(S, "rule: a situation in a country is about that country");
	return 1;
}

/* "destroyed a boat carrying drugs from Venezuela", "seized a vessel carrying migrants from
 * Libya": the target the rules above chose is the actor of a "from" phrase on a participle
 * that describes a noun after the verb of material conflict (17-20): where the cargo or the
 * craft came from, not whom the deed was done to. The target is that noun: its owner before
 * it ("a Venezuelan boat"), else its own phrase. A participle misparsed as a clause with the
 * noun its subject ("destroyed [a boat carrying ...]") or with the verb's object right before
 * it ("seized a vessel [carrying ...]") counts. Returns 1 when it moved it. */
static int cargo_origin(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			coder_slot *tgt)
{
	static const char *const own[] = { "compound", "amod", "nmod", NULL };
	const coder_actor *x = tgt->n && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!a || !((a[0] == '1' && a[1] >= '7') || (a[0] == '2' && a[1] == '0')) || !x ||
	    x->pos < 0 || x->end >= S->nt)
		return 0;
	int h = syn_span_head(P, x->pos, x->end);
	for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
		       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
		h = (int)P->w[h].head - 1;
	int c = h >= 0 && P->w[h].head ? syn_case_of(P, h) : -1;
	if (c < 0 || !syn_word_is(&P->w[c], "from"))
		return 0;
	int p = (int)P->w[h].head - 1, o = -1;   /* "carrying", then "boat" */
	if (p == vw || !syn_upos_is(&P->w[p], "VERB") || !P->w[p].head)
		return 0;
	if (syn_rel_base(&P->w[p], "acl"))
		o = (int)P->w[p].head - 1;
	else if (syn_ends_ing(&P->w[p]) && (int)P->w[p].head - 1 == vw) {
		o = syn_child_rel(P, p, "nsubj");
		int v = verb_object(P, vw);   /* "seized [a vessel] carrying": the object ends */
		if (o < 0 && v >= 0 && v < p)
			o = v;
		for (int i = o + 1; o >= 0 && i < p; i++)
			if (!under(P, i, o))
				o = -1;   /* not right before the participle: its own clause */
	}
	if (o <= vw || o >= p || !under(P, o, vw) || !P->w[o].upos ||
	    strcmp(P->w[o].upos, "NOUN"))
		return 0;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *y = &S->a[k];
		if (y == x || !y->ent || y->pron_kind || y->pos < 0 || y->end >= S->nt ||
		    !sent_live(S, y->pos))
			continue;
		int yh = syn_span_head(P, y->pos, y->end);
		if (yh < 0 || yh >= o || (int)P->w[yh].head - 1 != o ||
		    !syn_rel_base_in(&P->w[yh], own))
			continue;
		actors_make_slot(S, k, tgt);   /* "a Venezuelan boat": the boat's side */
		syn_note_add(S, "rule: a craft's cargo came from a place: the craft is the target");
		return 1;
	}
	coder_slot who = { .n = 0 };
	if (open_phrase(S, P, o, &who) && who.n)
		*tgt = who;
	else
		event_null_slot(S, tgt);
	syn_note_add(S, "rule: a craft's cargo came from a place: the craft is the target");
	return 1;
}

/* "killed five gang members in Port-au-Prince", "clashed with gang members in
 * Port-au-Prince": a capital in a locative phrase on a noun says where the noun is, not who
 * governs: the target the rules above left there is the capital's country (HTI), never its
 * government. Returns 1 when it recoded the target. */
static int capital_is_place(coder_sent *S, const struct syntax_parse *P, coder_slot *tgt)
{
	if (capital_place(S, P, tgt) < 0)
		return 0;
	char *code = arena_alloc(&S->c->scratch, 4);
	if (!code)
		return 0;
	memcpy(code, tgt->m[0].code, 3);
	code[3] = 0;
	tgt->m[0].code = code;
	syn_note_add(S, "rule: a capital in a locative phrase is a place, not its government");
	return 1;
}

/* "Militants attacked a police station in Peshawar", "met the governor in Kandahar": a place
 * (an actor of a country alone) in a locative phrase hanging on the verb's object is where
 * the deed happened, not its target, when the object's words before the place name a bare
 * agent, institution or building ("a police station": ~COP): the target is that agent of the
 * place's country (PAKCOP). Not the "at" phrase of a thing a verb sends or turns at someone
 * ("launched drones at Russia": the side it is sent at). Returns 1 when it set the target. */
static int place_in_object(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt)
{
	static const char *const at[] = { "at", NULL };
	const coder_actor *x = tgt->n && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!x || x->pos < 0 || x->end >= S->nt ||
	    (strlen(tgt->m[0].code) != 3 && capital_place(S, P, tgt) < 0))
		return 0;
	int h = syn_span_head(P, x->pos, x->end), o = verb_object(P, vw);
	for (int n = 0; h >= 0 && n < 4 && P->w[h].head &&
		       (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "flat")); n++)
		h = (int)P->w[h].head - 1;   /* "in Kunduz province" */
	if (h < 0 || o < 0 || h == o || (int)P->w[h].head - 1 != o || !syn_locative(P, h) ||
	    (syn_sender_verb(&P->w[vw]) && syn_child_word(P, h, "case", at)))
		return 0;
	int from = -1, to = -1;
	for (int i = 0; i < S->nt && !under(P, P->tok2w[i], h); i++)
		if (under(P, P->tok2w[i], o)) {
			from = from < 0 ? i : from;
			to = i;
		}
	coder_slot who = { .n = 0 };
	if (from < 0 || !(S->c->o.news & NEWS_OPEN_ACTORS) || !news_open_span(S, from, to, &who) ||
	    !place_agent(S, &who, tgt))
		return 0;
	syn_note_add(S, "rule: a place in a locative phrase on the object is where, not the "
		        "target");
	return 1;
}

int syn_speech_word(const khaldun_parse_token *w)
{
	return syn_is_verb(w) && syn_word_in(w, SPEECH_WORDS);
}

int syn_report_word(const khaldun_parse_token *w)
{
	return syn_word_in(w, REPORT_WORDS);
}

int syn_speech_tail(const struct syntax_parse *P, int h)
{
	static const char *const ing[] = { "saying", "adding", "noting", "arguing", "insisting",
		"stressing", "stating", "declaring", "asserting", "explaining", NULL };
	if (!syn_word_in(&P->w[h], ing))
		return -1;
	int host = syn_tail_host(P, h);
	if (host >= 0 || h < 1 || !syn_word_is(&P->w[h - 1], ",") || !syn_rel_is(&P->w[h], "acl") ||
	    syn_child_rel(P, h, "nsubj") >= 0)
		return host;
	/* "echoed the appeal, saying ...": the parse hangs the tail on the object noun, but
	 * a comma and a verb of saying after an object report what the verb's subject said
	 * (an object does not speak in a participle after its own comma) */
	int n = (int)P->w[h].head - 1;
	if (n < 0 || !syn_rel_is(&P->w[n], "obj") || !P->w[n].head)
		return -1;
	int v = (int)P->w[n].head - 1;
	return syn_is_verb(&P->w[v]) && syn_child_rel(P, v, "nsubj") >= 0 ? v : -1;
}

/* 1 when word h is a first-person pronoun of the speaker's side ("I", "we"). */
static int first_person(const khaldun_parse_token *w)
{
	return syn_word_is(w, "i") || syn_word_is(w, "we");
}

int syn_speech_verb(const struct syntax_parse *P, int c)
{
	static const char *const what[] = { "what", "whatever", NULL };
	for (int hops = 0; hops < 5 && c >= 0; hops++) {
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == c + 1 && syn_rel_is(&P->w[i], "parataxis") &&
			    syn_speech_word(&P->w[i]) && syn_child_rel(P, i, "nsubj") >= 0)
				return i;
		const khaldun_parse_token *w = &P->w[c];
		if (!w->head)
			return -1;
		int h = (int)w->head - 1;
		int t = syn_speech_tail(P, h);
		if ((syn_rel_is(w, "ccomp") || syn_rel_is(w, "parataxis")) &&
		    (syn_speech_word(&P->w[h]) || t >= 0)) {
			/* ", saying ...": the subject of the verb the tail hangs on */
			int s = syn_child_rel(P, t >= 0 ? t : h, "nsubj");
			/* "is weighing sanctions and said ...": the first conjunct's subject */
			int sh = s < 0 && t < 0 ? syn_subject_conjunct(P, h) : -1;
			if (sh >= 0)
				s = syn_child_rel(P, sh, "nsubj");
			return s >= 0 && !first_person(&P->w[s]) ? h : -1;
		}
		/* "What I can tell them is that ...": the free relative's clause is the subject
		 * of the clause above, which the speech verb reports */
		if (syn_rel_is(w, "acl:relcl") && syn_word_in(&P->w[h], what) &&
		    syn_rel_base(&P->w[h], "nsubj") && P->w[h].head) {
			c = (int)P->w[h].head - 1;
			continue;
		}
		if (!(syn_rel_is(w, "conj") || syn_rel_is(w, "xcomp") || syn_rel_is(w, "ccomp") ||
		      syn_rel_is(w, "advcl")))
			return -1;
		c = h;
	}
	return -1;
}

/* The child of word h whose relation is exactly nsubj (not nsubj:pass), or -1. */
static int active_subject(const struct syntax_parse *P, int h)
{
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], "nsubj"))
			return i;
	return -1;
}

/* The open actor (OPEN_ACTORS) of the noun phrase headed by word sw: its tokens, without an
 * apposition, a relative clause or what follows a comma. Returns 1 and *out. */
static int open_phrase(coder_sent *S, const struct syntax_parse *P, int sw, coder_slot *out)
{
	int from = -1, to = -1;
	if (!(S->c->o.news & NEWS_OPEN_ACTORS))
		return 0;
	for (int i = 0; i < S->nt; i++) {
		int w = P->tok2w[i], up = w, in = 0;
		for (int n = 0; up >= 0 && n < P->nw && !in; n++) {
			const khaldun_parse_token *t = &P->w[up];
			if (up == sw)
				in = 1;
			else if (!t->head || syn_rel_is(t, "appos") || syn_rel_base(t, "acl") ||
				 syn_rel_is(t, "punct"))
				break;
			up = (int)t->head - 1;
		}
		if (in && from < 0 && w != sw && syn_rel_is(&P->w[w], "case") &&
		    (int)P->w[w].head == sw + 1)
			continue;   /* "by militants": the phrase, not its preposition */
		if (in && from < 0)
			from = i;
		if (in)
			to = i;
		else if (from >= 0 && i > from && w > sw)
			break;
	}
	return from >= 0 && news_open_span(S, from, to, out);
}

/* The speaker of the speech verb that reports verb c: its subject's dictionary actor (a
 * deleted comma part counts: ', said X, Nigeria's defence minister'), else its noun phrase
 * (OPEN_ACTORS); not a pronoun. Returns 1 and *who. */
static int speaker_of(coder_sent *S, const struct syntax_parse *P, int c, coder_slot *who)
{
	int h = syn_speech_verb(P, c);
	int sw = h >= 0 ? syn_child_rel(P, h, "nsubj") : -1;
	if (sw < 0 || !P->w[sw].upos || !strcmp(P->w[sw].upos, "PRON"))
		return 0;
	who->n = 0;
	for (int k = 0; k < S->na && !who->n; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || a->pron_kind)
			continue;
		int w = syn_span_head(P, a->pos, a->end), rank;
		if (w >= 0 && syn_role_of(P, w, h, &rank) == R_SRC)
			actors_make_slot(S, k, who);
	}
	return who->n || open_phrase(S, P, sw, who);
}

/* '"We strongly reject the allegations," Indian foreign ministry spokesperson Randhir
 * Jaiswal told reporters', '"I urge the Taliban to ...," said the UN envoy': the first
 * person who acts in a quote is its speaker. When the subject (active: not "we were
 * attacked") of the event's verb is "I" or "we" and no actor of the sentence is that
 * subject, the source is the dictionary actor that is the subject of the speech verb (a
 * deleted comma part counts: ', said X, Nigeria's defence minister'), or that subject's
 * noun phrase when the dictionaries do not know it (OPEN_ACTORS). Not a pronoun speaker
 * ('he said'): TABARI's "he" is the sentence's first actor, an actor of the quote. Returns
 * 1 when it set the source. */
/* quotesrc155: '"Turkey will buy Russian aircraft if ...," said Casin': a quoted plan (the
 * verb with "will") whose subject is a bare country, told by a speaker after the quote whom the
 * dictionaries do not place elsewhere, is the speaker's statement for that country. The
 * subject of vw (or of the verb vw is the xcomp of: 'Turkey will have to look') must be the
 * source's head; the speaker is the speech verb's subject noun phrase (speaker_of), coded with
 * the country when the dictionaries do not know it. Left alone: a speaker of another country
 * ('"Iran will build the bomb," Netanyahu said'), a deed done (no "will"), a pronoun speaker.
 * Returns 1 when *src became the speaker. */
static int own_country_plan(coder_sent *S, const struct syntax_parse *P, int vw,
			    coder_slot *src)
{
	static const char *const will[] = { "will", NULL };
	int c = vw, s = active_subject(P, vw);
	if (s < 0 && syn_rel_is(&P->w[vw], "xcomp") && P->w[vw].head) {
		c = (int)P->w[vw].head - 1;
		s = active_subject(P, c);
	}
	const coder_actor *x = src->n == 1 ? src->m[0].a : NULL;
	const char *cc = x ? src->m[0].code : NULL;
	if (s < 0 || !x || x->agent || x->pos < 0 || x->end >= S->nt || !cc || strlen(cc) != 3 ||
	    !strcmp(cc, "---") || syn_span_head(P, x->pos, x->end) != s ||
	    !syn_child_word(P, c, "aux", will))
		return 0;
	coder_slot who = { .n = 0 };
	if (!speaker_of(S, P, c, &who) || who.n != 1)
		return 0;
	const coder_actor *y = who.m[0].a;
	int h = y->pos > x->end ? syn_span_head(P, y->pos, y->end) : -1, mark = 0;
	for (int i = s + 1; i < h; i++)
		mark |= syn_quote_mark(&P->w[i]);
	if (!mark)
		return 0;   /* the speaker after the quotation's close */
	if (!strcmp(who.m[0].code, "---"))
		who.m[0].code = cc;
	else if (strncmp(who.m[0].code, cc, 3))
		return 0;   /* a third party's speaker tells of the country's plan */
	*src = who;
	syn_note_add(S, "rule: a country's quoted plan is its speaker's statement (quotesrc155)");
	return 1;
}

static int quote_speaker(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			 coder_slot *src)
{
	int c = sv, s = active_subject(P, sv);
	if (s < 0 || !first_person(&P->w[s])) {
		c = vw;
		s = active_subject(P, vw);
	}
	if (s < 0 || !first_person(&P->w[s]))
		return 0;
	const coder_actor *x = src->n ? src->m[0].a : NULL;
	if (x && x->pos >= 0 && x->end < S->nt && syn_span_head(P, x->pos, x->end) != s &&
	    (syn_slot_role(S, P, sv, src) == R_SRC || syn_slot_role(S, P, vw, src) == R_SRC))
		return 0;   /* an actor of its own is the subject ("We, the Taliban, ...") */
	coder_slot who = { .n = 0 };
	if (!speaker_of(S, P, c, &who))
		return 0;
	*src = who;
	syn_note_add(S, "rule: the first person of a quote is its speaker");
	return 1;
}

/* speeche112: the speaker a statement rule gives verb vw when its subject is "I" or "we" in
 * a quote ('"I am hoping X will ...," senator Y told VOA'): the quote's tail speaker, as
 * quote_speaker. Returns 1 and *src; 0 leaves *src alone. */
int syn_first_person_speaker(coder_sent *S, const struct syntax_parse *P, int vw,
			     coder_slot *src)
{
	return quote_speaker(S, P, vw, vw, src);
}

/* 1 when the slot is one open phrase that no dictionary or agent names ("---"). */
static int nameless(const coder_slot *s)
{
	return s->n == 1 && !s->m[0].a->ent && !s->m[0].a->agent && !strcmp(s->m[0].code, "---");
}

/* 1 when the subject of verb vw (or of its clause verb sv) names no side that could speak
 * for itself: an expletive ("There would be no room ...", "It is time ..."), a demonstrative
 * pronoun ("This demands ..."), or a text a side issues ("This resolution demands ...",
 * "Our statement calls on ..."). */
static int voiceless_subject(const struct syntax_parse *P, int vw, int sv)
{
	static const char *const shown[] = { "this", "that", "these", "those", NULL };
	static const char *const texts[] = { "report", "resolution", "statement", "letter",
		"declaration", "document", "text", "communique", "motion", "proposal", "draft",
		"message", "note", "petition", "appeal", NULL };
	if (syn_child_rel(P, vw, "expl") >= 0 || syn_child_rel(P, sv, "expl") >= 0)
		return 1;
	int s = active_subject(P, vw);
	if (s < 0)
		s = active_subject(P, sv);
	if (s < 0 || !P->w[s].upos)
		return 0;
	if (!strcmp(P->w[s].upos, "PRON"))
		return syn_word_in(&P->w[s], shown);
	return !strcmp(P->w[s].upos, "NOUN") && syn_word_in(&P->w[s], texts);
}

/* '"The attack ... will be responded to with full force," the chief minister said': a threat
 * (13x) said in the passive with no doer ("by ...") is the speaker's own, the side that
 * will respond. speech30: so is an appeal, demand, refusal or threat (02x, 10x, 12x, 13x)
 * whose subject is no side (voiceless_subject), in a quotation: '"This resolution demands
 * that Russia release ...," the British envoy said', 'There would be "no room for further
 * talks," the minister said': the speaker voices it. The source is the speaker when no actor of the
 * sentence is the act's subject. Returns 1 when it set the source. */
static int voiceless_speaker(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			     const char *code, coder_slot *src)
{
	static const char *const acts[] = { "02", "10", "12", "13", NULL };
	int act = 0;
	for (int k = 0; code && acts[k]; k++)
		act |= !strncmp(code, acts[k], 2);
	if (!act || (src->n && !nameless(src)))
		return 0;
	int h = syn_speech_verb(P, vw);
	int passive = !strncmp(code, "13", 2) && syn_passive_verb(P, vw) &&
		      syn_child_rel(P, vw, "obl:agent") < 0 && !syn_person_underwent(P, vw) &&
		      !syn_speaker_underwent(P, vw, h >= 0 ? syn_child_rel(P, h, "nsubj") : -1);
	/* a noun act ("no room for talks") that is the subject of an expletive's "be": that
	 * clause is what the speaker said */
	int c = vw;
	if (syn_rel_is(&P->w[vw], "nsubj") && P->w[vw].head &&
	    syn_child_rel(P, (int)P->w[vw].head - 1, "expl") >= 0)
		c = (int)P->w[vw].head - 1;
	/* the speaker's own words only, a quotation: "X said there were calls for talks" or
	 * "X said the report demands ..." tell what others ask */
	if (!passive && (!syn_quoted(P, vw) || !voiceless_subject(P, c, sv)))
		return 0;
	coder_slot who = { .n = 0 };
	if (!speaker_of(S, P, c, &who))
		return 0;
	*src = who;
	syn_note_add(S, passive ? "rule: a threat said in the passive with no doer is the speaker's"
			        : "rule: an act whose subject is no side is its speaker's");
	return 1;
}

/* '"We were attacked by Pakistani troops," the Afghan commander said', '"They shelled us
 * all night," the officer told reporters': the first person a deed is done to in a quote
 * (the passive subject "we", the object "us" or "me") is its speaker, when no actor of the
 * sentence holds that place. Returns 1 when it set the target. */
static int quote_target(coder_sent *S, const struct syntax_parse *P, int vw,
			coder_slot *src, coder_slot *tgt)
{
	int s = -1;
	for (int i = 0; i < P->nw && s < 0; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != vw + 1)
			continue;
		if ((syn_rel_is(w, "nsubj:pass") && first_person(w)) ||
		    (syn_rel_is(w, "obj") && (syn_word_is(w, "us") || syn_word_is(w, "me"))))
			s = i;
	}
	/* a target the parse confirms stays, unless it is the source again or the first person
	 * itself (the passive rule's open subject "We") */
	int own = tgt->n && tgt->pos >= 0 && tgt->pos < S->nt && P->tok2w[tgt->pos] == s;
	if (s < 0 || (syn_slot_role(S, P, vw, tgt) == R_TGT && !own &&
		      !(src->n && tgt->n && src->m[0].a == tgt->m[0].a)))
		return 0;
	coder_slot who = { .n = 0 }, by = { .n = 0 };
	if (!speaker_of(S, P, vw, &who))
		return 0;
	/* sides39: the speaker already the source though the quote's "we" underwent the deed
	 * and a "by" phrase no dictionary knows names the doer ('"We were attacked by their
	 * soldiers," the Georgian defence minister said'): that phrase is the source */
	int again = src->n && !strcmp(who.m[0].code, src->m[0].code) &&
		    strcmp(who.m[0].code, "---");
	if (again && !(syn_rel_is(&P->w[s], "nsubj:pass") &&
		       open_phrase(S, P, syn_child_rel(P, vw, "obl:agent"), &by)))
		return 0;
	*tgt = who;
	syn_note_add(S, "rule: the first person of a quote is its speaker");
	if (again) {
		*src = by;
		return 1;
	}
	/* the source was the passive's open subject "We" itself (no dictionary actor did it:
	 * "by militants"): the "by" phrase is the doer, not the speaker again */
	if (src->n && src->pos >= 0 && src->pos < S->nt && P->tok2w[src->pos] == s &&
	    open_phrase(S, P, syn_child_rel(P, vw, "obl:agent"), &by))
		*src = by;
	return 1;
}

/* "The Foreign Office (FO) during a weekly briefing in Islamabad on Thursday welcomed ...":
 * a source no dictionary names is the verb's subject noun phrase from the parse, where
 * OPEN_ACTORS would take other words right before the verb ("Islamabad on Thursday"). Only
 * an active nominal subject (not a pronoun, nor a passive one, which is no doer). Returns
 * 1 when it set the source. */
/* source95: 1 when slot src's one actor lies inside a relative clause (acl:relcl) on
 * subject noun s ("Young farmers who admire Ethiopia condemned ...": Ethiopia is what the
 * farmers admire, not the doer of "condemned"). */
static int in_subject_relative(coder_sent *S, const struct syntax_parse *P, int s,
			       const coder_slot *src)
{
	const coder_actor *a = src->n == 1 ? src->m[0].a : NULL;
	if (!a || src->pronoun || a->pos < 0 || a->end >= S->nt)
		return 0;
	int relcl = 0;
	for (int w = syn_span_head(P, a->pos, a->end), hops = 0; w >= 0 && hops < 12; hops++) {
		if (w == s)
			return relcl;
		if (!P->w[w].head)
			return 0;
		relcl |= syn_rel_is(&P->w[w], "acl:relcl");
		w = (int)P->w[w].head - 1;
	}
	return 0;
}

static int parse_subject(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			 coder_slot *src)
{
	int s = active_subject(P, sv);
	if (s < 0)
		s = active_subject(P, vw);
	/* none, a place in a locative phrase, which settle_slots drops ("in Islamabad"), or
	 * words that name no side ("has so far refused": "far"), or an actor of a relative
	 * clause on the subject noun (source95) */
	if ((src->n && syn_slot_role(S, P, vw, src) != R_LOC && syn_slot_role(S, P, sv, src) !=
	     R_LOC && !nameless(src) && !(s >= 0 && in_subject_relative(S, P, s, src))) ||
	    s < 0 || !P->w[s].upos ||
	    (strcmp(P->w[s].upos, "NOUN") && strcmp(P->w[s].upos, "PROPN")))
		return 0;
	coder_slot who = { .n = 0 }, near = { .n = 0 };
	int vt = -1;
	for (int i = 0; i < S->nt && vt < 0; i++)
		if (P->tok2w[i] == vw)
			vt = i;
	/* only where the words before the verb would stand in for another phrase: no event
	 * that the shallow rules would not code, no span they already have right */
	if (vt < 0 || !news_open_subject(S, 0, vt, &near) || !open_phrase(S, P, s, &who) ||
	    (near.m[0].a->pos >= who.m[0].a->pos && near.m[0].a->end <= who.m[0].a->end))
		return 0;
	*src = who;
	syn_note_add(S, "rule: an unknown source is the verb's subject phrase in the parse");
	return 1;
}

/* 1 when parse word w is a noun for the other side of someone: "critics", "opponents",
 * "rivals", "enemies" (the stems of rival_subject). */
static int rival_noun(const khaldun_parse_token *w)
{
	static const char *const rival[] = { "critic", "opponent", "rival", "foe", "enem",
					     "detractor", "adversar", NULL };
	return syn_stem_in(w, rival);
}

/* critics74: the common noun an actor word modifies when the actor is only its modifier
 * and the noun gave it its role (code xc has one: "the Kenyan government" KENGOV,
 * "Turkey's president" TURGOV): the phrase is the noun's, so its place in the sentence is
 * the noun's. Word h itself otherwise: a country alone ("Turkey's foreign policy" TUR), or
 * a modifier of the rival noun ("Berisha's opponents", "Kenyan critics"). */
static int owned_noun(const struct syntax_parse *P, int h, const char *xc)
{
	static const char *const mod[] = { "amod", "compound", "nmod:poss", NULL };
	int up = h >= 0 && P->w[h].head ? (int)P->w[h].head - 1 : -1, hit = 0;
	for (int k = 0; up >= 0 && mod[k]; k++)
		hit |= syn_rel_is(&P->w[h], mod[k]);
	if (!hit || strlen(xc) <= 3 || !syn_upos_is(&P->w[up], "NOUN") ||
	    rival_noun(&P->w[up]))
		return h;
	return up;
}

/* target87: the rival noun ("critics", "opponents") whose possessor or "of" phrase is slot
 * s's one actor X ("Berisha's opponents", "critics of President Erdogan"), -1 when none; X's
 * code goes to *xcp. Shared by rival_subject and rival_object. */
static int rival_head(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
		      const char **xcp)
{
	const coder_actor *x = s->n == 1 ? s->m[0].a : NULL;
	const char *xc = x ? s->m[0].code : NULL;
	if (!x || s->pronoun || x->pos < 0 || x->end >= S->nt || !xc || strlen(xc) < 3 ||
	    !(xc[0] >= 'A' && xc[0] <= 'Z') || !strncmp(xc, "IGO", 3) || !strncmp(xc, "NGO", 3))
		return -1;
	int hx = owned_noun(P, syn_span_head(P, x->pos, x->end), xc);
	if (hx < 0 || !P->w[hx].head)
		return -1;
	int up = (int)P->w[hx].head - 1, c = syn_case_of(P, hx);
	if (!syn_rel_is(&P->w[hx], "nmod:poss") &&
	    !(syn_rel_is(&P->w[hx], "nmod") && c >= 0 && syn_word_is(&P->w[c], "of")))
		return -1;
	if (!rival_noun(&P->w[up]))
		return -1;
	*xcp = xc;
	return up;
}

/* target87: slot *who set to the rival noun up's own phrase, coded as the other side of the
 * actor coded xc (news_rival_code: TUROPP for a government's critics, ALB for an
 * opposition leader's, none for a country's). Returns 0 when the phrase is not one slot. */
static int rival_slot(coder_sent *S, const struct syntax_parse *P, int up, const char *xc,
		      coder_slot *who)
{
	who->n = 0;
	if (!open_phrase(S, P, up, who) || who->n != 1)
		return 0;
	who->m[0].code = news_rival_code(S, xc);
	who->key = who->m[0].code;
	return who->m[0].code != NULL;
}

/* "Berisha's opponents accused him of undermining democracy", "critics of President Erdogan
 * say": the subject is the other side of the actor X it names (possessor or "of" phrase),
 * not X; its code and words as rival_slot makes them. An object pronoun with no target then
 * stands for X. Returns 1 when it set the source. */
static int rival_subject(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			 coder_slot *src, coder_slot *tgt)
{
	static const char *const obj[] = { "him", "her", "them", "it", NULL };
	const char *xc = NULL;
	const coder_actor *x = src->n == 1 ? src->m[0].a : NULL;
	int up = rival_head(S, P, src, &xc);
	if (up < 0 || !syn_rel_base(&P->w[up], "nsubj") ||
	    ((int)P->w[up].head - 1 != vw && (int)P->w[up].head - 1 != sv))
		return 0;
	coder_slot who;
	if (!rival_slot(S, P, up, xc, &who))
		return 0;
	int k = (int)(x - S->a);
	/* critics74: or the object pronoun already stands for X, in X's words */
	int own = !tgt->n || (tgt->pronoun && tgt->n == 1 && tgt->m[0].a == x);
	if (own && k >= 0 && k < S->na && syn_child_word(P, vw, "obj", obj)) {
		actors_make_slot(S, k, tgt);   /* "accused him": X, in the pronoun's words */
		int o = syn_child_rel(P, vw, "obj");
		for (int j = 0; tgt->n == 1 && j < S->na; j++)
			if (S->a[j].pron_kind && S->a[j].pos >= 0 && S->a[j].pos < S->nt &&
			    P->tok2w[S->a[j].pos] == o)
				tgt->m[0].a = &S->a[j];
	}
	*src = who;
	syn_note_add(S, "rule: the critics or opponents of an actor are its other side");
	return 1;
}

/* target87: "Police arrested critics of President Erdogan", "jailed Putin's opponents": the
 * verb's object is the other side of the government X its possessor or "of" phrase names,
 * its country's opposition (TUROPP, not TURGOV), as rival_subject reads a subject.
 * Returns 1 when it set the target. */
static int rival_object(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt)
{
	const char *xc = NULL;
	int up = rival_head(S, P, tgt, &xc);
	if (up < 0 || !syn_rel_base(&P->w[up], "obj") || (int)P->w[up].head - 1 != vw ||
	    strlen(xc) < 6 || strncmp(xc + 3, "GOV", 3))
		return 0;   /* a government's only: not "enemies of ISIS" nor a country's */
	coder_slot who;
	if (!rival_slot(S, P, up, xc, &who))
		return 0;
	*tgt = who;
	syn_note_add(S,
		     "rule: the critics or opponents of an actor, as object, are its other side");
	return 1;
}

/* A source a rule above dropped, the verb's object or oblique, becomes the target when there
 * is none or it is the actor's own head ("a news conference at the Pentagon with the French
 * minister": the minister stays). */
static void dropped_to_target(coder_sent *S, const struct syntax_parse *P, int vw,
			      const coder_slot *was, coder_slot *tgt)
{
	const coder_actor *a = was->m[0].a;
	int k = (int)(a - S->a), h = syn_span_head(P, a->pos, a->end);
	if (k >= 0 && k < S->na && h >= 0 && (!tgt->n || syn_below(P, h, vw) == h))
		actors_make_slot(S, k, tgt);
}

/* 1 when the actor of slot s is the verb's own oblique with a preposition that names the one
 * a deed is aimed at ("called on Russia", "met with Putin", "spoke to", "sanctions against"),
 * not a place or a phrase inside another ("during a visit to South Africa", "into Japan"). */
static int addressed_oblique(coder_sent *S, const struct syntax_parse *P, int vw,
			     const coder_slot *s)
{
	static const char *const at[] = { "on", "upon", "with", "to", "against", NULL };
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || a->end >= S->nt)
		return 0;
	int h = syn_span_head(P, a->pos, a->end);
	if (h < 0 || (int)P->w[h].head - 1 != vw || !syn_rel_base(&P->w[h], "obl"))
		return 0;
	int c = syn_case_of(P, h);
	return c >= 0 && syn_word_in(&P->w[c], at);
}

/* sides40: "Brussels said sanctions on Iranian banks will take effect next week", "tariffs
 * against Chinese steel come into force": the source the shallow rules chose sits in an
 * "on"/"against" phrase of the verb's subject, a noun no actor or agent names (the
 * sanctions, not a side): that actor is the one they are aimed at, the target when the
 * target has no dictionary actor, and the source is the speaker whose clause this is (the
 * subject of the verb this one is the complement of), else nobody named. Returns 1 when it
 * moved the sides. */
static int aimed_subject_party(coder_sent *S, const struct syntax_parse *P, int vw,
			       coder_slot *src, coder_slot *tgt)
{
	static const char *const aimed[] = { "on", "against", NULL };
	int h = -1;
	const coder_actor *a = syn_slot_actor(S, P, src, &h);
	if (!a || h < 0 || src->pronoun)
		return 0;
	/* the subject word n, and the word m below it heading the actor's phrase ("Iranian"
	 * modifies "banks", m) */
	int n = syn_below(P, h, vw), m = n >= 0 ? syn_below(P, h, n) : -1;
	int c = m >= 0 ? syn_case_of(P, m) : -1;
	if (n < 0 || m < 0 || m == n || !syn_rel_is(&P->w[n], "nsubj") ||
	    !syn_rel_base(&P->w[m], "nmod") || c < 0 || !syn_word_in(&P->w[c], aimed) ||
	    syn_agent_word(S, P, n))
		return 0;
	for (int x = h; x != m; x = (int)P->w[x].head - 1)
		if (!syn_rel_is(&P->w[x], "amod") && !syn_rel_is(&P->w[x], "compound") &&
		    !syn_rel_is(&P->w[x], "flat") && !syn_rel_is(&P->w[x], "nmod:poss"))
			return 0;   /* deeper inside the phrase: "sanctions on banks in Iran";
				     * doerb108: not the owner ("the attack on Kenya's base") */
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++)
		if (P->tok2w[i] == n && (S->t[i].type == TY_ACTOR || S->t[i].type == TY_PRON))
			return 0;   /* the subject is a side itself */
	if (tgt->n && tgt->m[0].a && tgt->m[0].a != a && tgt->m[0].a->ent &&
	    tgt->m[0].a->pos >= 0)
		return 0;   /* another target of the dictionary's stands */
	coder_slot was = *src;
	int k = -1;
	if (syn_rel_is(&P->w[vw], "ccomp") && P->w[vw].head)
		k = syn_actor_with_role(S, P, (int)P->w[vw].head - 1, R_SRC, &was);
	*tgt = was;
	event_null_slot(S, src);   /* not the subject's open phrase: the sanctions are nobody */
	coder_slot who = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &who);
	/* "Iran said sanctions on Iranian banks took effect": the one aimed at tells of
	 * them, it did not impose them */
	if (who.n && strncmp(who.m[0].code, was.m[0].code, 3))
		*src = who;
	syn_note_add(S, "rule: an actor in an 'on'/'against' phrase of the subject is its aim");
	return 1;
}

/* 1 when word s is a noun, or a name that is only the sentence's first word read with its
 * capital ("Airstrikes carried out against Yemen ..."). */
static int deed_noun_word(const struct syntax_parse *P, int s)
{
	const char *u = P->w[s].upos;
	return u && (!strcmp(u, "NOUN") || (s == 0 && !strcmp(u, "PROPN")));
}

/* passive93: 1 when an actor whose span heads at word h names the "by" phrase headed by
 * word b: h is b, or a name or adjective on b giving the side of a common noun agent ("by
 * Nigerien troops": the actor is "Nigerien", its agent "troops" the phrase's head). */
static int by_head_actor(const struct syntax_parse *P, int h, int b)
{
	return h == b || (h >= 0 && (int)P->w[h].head == b + 1 &&
			  (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "amod")));
}

/* appos54: "The sanctions, announced by the Treasury Department, target Russian banks", "The
 * offensive, launched by Ethiopian troops in March, forced villagers to flee": a subject that
 * is a deed or a text a side makes (no side itself) with a passive participle after it whose
 * "by" phrase names a side: that side did the deed, the source when no actor holds it (the
 * subject's own open phrase, "The offensive", is nobody). Returns 1 when it set the source. */
static int participle_doer(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
			   coder_slot *src, coder_slot *tgt)
{
	static const char *const deeds[] = { "strike", "strikes", "airstrike", "airstrikes",
		"attack", "attacks", "sanction", "sanctions", "deal", "plan", "resolution",
		"report", "ban", "offensive", "raid", "raids", "measure", "measures", "tariff",
		"tariffs", "agreement", "accord", "proposal", "operation", "campaign", "bombing",
		"shelling", "embargo", "restrictions", "decree", "statement", "ceasefire",
		"truce", "assault", "bill", NULL };
	int s = active_subject(P, sv);
	if (s < 0)
		s = active_subject(P, vw);
	if (s < 0 && syn_rel_is(&P->w[vw], "nsubj"))
		s = vw;   /* passive90: the coded deed noun is the subject ("Strikes launched") */
	if (s < 0 || !deed_noun_word(P, s) || !syn_word_in(&P->w[s], deeds))
		return 0;
	int b = -1, p = -1;
	for (int i = s + 1; i < P->nw && b < 0; i++)
		if ((int)P->w[i].head == s + 1 && syn_rel_base(&P->w[i], "acl") &&
		    syn_upos_is(&P->w[i], "VERB"))
			b = syn_by_phrase(P, (p = i));
	if (b < 0 && p >= 0)
		b = syn_obl_by_phrase(P, p);   /* "launched against Sudan by Chad" */
	if (b < 0)
		return 0;
	/* passive89: a source the participle's own phrase names ("Attacks launched against
	 * Syria by Israel"): the side the deed was aimed at, the target (when the target was
	 * none or the doer itself, the two swapped); any other named source stays */
	int sw = src->n && src->pos >= 0 && src->pos < S->nt ? P->tok2w[src->pos] : -1;
	int aimed = sw >= 0 && syn_below(P, sw, p) >= 0 && syn_below(P, sw, b) < 0 && sw != b;
	if (src->n && !nameless(src) && !aimed)
		return 0;
	/* the actor heading the "by" phrase, though the shallow rules spent its words */
	int k = -1;
	for (int j = 0; j < S->na && k < 0; j++) {
		const coder_actor *a = &S->a[j];
		if (a->pos >= 0 && a->end < S->nt && !a->pron_kind &&
		    by_head_actor(P, syn_span_head(P, a->pos, a->end), b))
			k = j;
	}
	coder_slot doer = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &doer);
	else if (!syn_by_agent(S, P, b, &doer))
		return 0;
	if (aimed && strcmp(doer.m[0].code, src->m[0].code) &&
	    (!tgt->n || !strcmp(tgt->m[0].code, "---") ||
	     !strcmp(tgt->m[0].code, doer.m[0].code)))
		slot_copy(tgt, src);
	else if (aimed)
		return 0;
	*src = doer;
	syn_note_add(S, "rule: the 'by' agent of a participle on a deed subject is its doer");
	return 1;
}

/* defobj149: "its fighters were killed in an Israeli airstrike", "two fishermen were
 * wounded by Israeli fire": a passive deed of violence (code a, 18x to 20x) whose "in" or
 * "by" phrase is headed by a noun of the deed's weapon or strike ("airstrike", "shelling",
 * "raid", "fire") that a side's name or adjective qualifies ("Israeli", "Russian"): that
 * side did the deed and is the source. strike150: over a source read elsewhere too (a place,
 * "by Israeli fire off Gaza"; a speaker), and for "died in a U.S. drone strike" (the verb
 * "die", not passive) as well; the subject the source held, or a target that was the
 * striking side itself, becomes the target ("A Somali commander died in a U.S. drone
 * strike" -> USA SOMMIL). Not a phrase naming no side ("killed in an airstrike"), nor a
 * passive with an agent of its own besides the strike ("killed by gunmen in a raid").
 * Returns 1 when it set the source. */
static int strike_doer(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		       coder_slot *src, coder_slot *tgt)
{
	static const char *const preps[] = { "in", "by", NULL };
	static const char *const die[] = { "died", "die", "dies", NULL };
	if (!a || (strncmp(a, "18", 2) && strncmp(a, "19", 2) && strncmp(a, "20", 2)))
		return 0;
	int n = vw;   /* the strike noun itself coded the deed ("a U.S. drone strike") */
	if (syn_rel_is(&P->w[vw], "compound") && P->w[vw].head > 0)
		n = (int)P->w[vw].head - 1;
	int v = vw, b = -1, agent = -1, c0 = syn_case_of(P, n);
	if (P->w[n].head > 0 && syn_rel_base(&P->w[n], "obl") && c0 >= 0 &&
	    syn_word_in(&P->w[c0], preps) && syn_word_in(&P->w[n], STRIKE_NOUNS))
		v = (int)P->w[n].head - 1;
	int dead = syn_word_in(&P->w[v], die);
	if (!dead && !syn_passive_verb(P, v))
		return 0;
	for (int i = 0; i < P->nw; i++) {
		int c = syn_case_of(P, i);
		if ((int)P->w[i].head != v + 1 || !syn_rel_base(&P->w[i], "obl") || i < v)
			continue;
		if (b < 0 && c >= 0 && syn_word_in(&P->w[c], preps) && deed_noun_word(P, i) &&
		    syn_word_in(&P->w[i], STRIKE_NOUNS))
			b = i;
		else if (syn_rel_is(&P->w[i], "obl:agent"))
			agent = i;
	}
	if (b < 0 || agent >= 0 || (v != vw && b != n))
		return 0;
	int subj = syn_child_rel(P, v, dead ? "nsubj" : "nsubj:pass");
	for (int j = 0; j < S->na; j++) {
		const coder_actor *x = &S->a[j];
		int h = x->pos >= 0 && x->end < S->nt && !x->pron_kind && x->ent ?
			syn_span_head(P, x->pos, x->end) : -1;
		int up = h >= 0 && P->w[h].head > 0 ? (int)P->w[h].head - 1 : -1;
		if (h < 0 || h == b || (!by_head_actor(P, h, b) &&   /* "Israeli drone strike" */
		    !(up != b && up >= 0 && syn_rel_is(&P->w[h], "amod") &&
		      syn_rel_is(&P->w[up], "compound") && by_head_actor(P, up, b))))
			continue;
		coder_slot side = { .n = 0 };
		actors_make_slot(S, j, &side);
		int named = src->n && !nameless(src) && strcmp(src->m[0].code, "---");
		if (named && !strcmp(src->m[0].code, side.m[0].code))
			return 0;
		int sw = named && src->pos >= 0 && src->pos < S->nt ? P->tok2w[src->pos] : -1;
		if (named && subj >= 0 && sw >= 0 && syn_below(P, sw, subj) >= 0 &&
		    (!tgt->n || !strcmp(tgt->m[0].code, "---") ||
		     !strcmp(tgt->m[0].code, side.m[0].code)))
			slot_copy(tgt, src);
		else if (dead)
			return 0;   /* "died": only the dead one's side moves to the target */
		else if (tgt->n && !strcmp(tgt->m[0].code, side.m[0].code))
			return 0;
		*src = side;
		/* "Two Palestinian fishermen were wounded by Israeli gunfire off Gaza": a
		 * target no side names takes the side the subject's own words name */
		for (int m = 0; subj >= 0 && m < S->na && (!tgt->n || nameless(tgt) ||
		     !strcmp(tgt->m[0].code, "---")); m++) {
			const coder_actor *y = &S->a[m];
			int yh = y->pos >= 0 && y->end < S->nt && !y->pron_kind && y->ent ?
				 syn_span_head(P, y->pos, y->end) : -1;
			if (yh >= 0 && syn_below(P, yh, subj) >= 0)
				actors_make_slot(S, m, tgt);
		}
		syn_note_add(S, "rule: a side named on the strike of a passive deed did it");
		return 1;
	}
	return 0;
}

/* The rules above, run on the slots syntax.c settled (the source first, then the target,
 * since a dropped source leaves the object for the target). Returns -1 when the event is
 * none (an actor on its own phrase, an animal victim), else 0. */
int syn_actor_rules(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		    const dict_evcode *code, coder_slot *src, coder_slot *tgt)
{
	if (animal_victim(S, P, vw, code->a, tgt))
		return -1;
	coder_slot obj = *src;
	if (syn_object_source(S, P, vw, sv, src))
		dropped_to_target(S, P, vw, &obj, tgt);
	obj = *src;
	if (cataphora_source(S, P, vw, src) && !tgt->n && addressed_oblique(S, P, vw, &obj))
		dropped_to_target(S, P, vw, &obj, tgt);   /* "He called on Russia to withdraw" */
	if (!quote_speaker(S, P, vw, sv, src) && !own_country_plan(S, P, vw, src) &&
	    !voiceless_speaker(S, P, vw, sv, code->a, src))
		parse_subject(S, P, vw, sv, src);
	participle_doer(S, P, vw, sv, src, tgt);
	quote_target(S, P, vw, src, tgt);
	if (!visit_by_doer(S, P, vw, code->a, src, tgt))
		deed_noun_doer(S, P, vw, code->a, src, tgt);
	strike_doer(S, P, vw, code->a, src, tgt);
	if (bare_reported_deed(S, P, vw, code->a, src))
		return -1;
	aimed_subject_party(S, P, vw, src, tgt);
	if (!but_refusal(S, P, vw, code->a, src, tgt) && !object_pronoun(S, P, vw, src, tgt) &&
	    !pronoun_object(S, P, vw, tgt) && !object_not_place(S, P, vw, code->a, src, tgt) &&
	    !place_in_object(S, P, vw, tgt) && !nominal_party(S, P, vw, code->a, src, tgt) &&
	    !pressure_party(S, P, vw, code->a, src, tgt))
		located_party(S, P, vw, src, tgt);
	if (!cargo_origin(S, P, vw, code->a, tgt) && !owner_not_place(S, P, tgt) &&
	    !object_of_place(S, P, vw, code->a, src, tgt))
		capital_is_place(S, P, tgt);
	if (title_and_name(S, src, tgt, P))
		return 0;
	rival_object(S, P, vw, tgt);
	if (rival_subject(S, P, vw, sv, src, tgt))
		return 0;   /* the other side of the actor its phrase names: no self_phrase */
	return self_phrase(S, P, vw, sv, code->a, src, tgt) < 0 ? -1 : 0;
}
