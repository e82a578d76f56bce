/*
 * synpassive.c - passive participles without an auxiliary, for the syntax-aware coder
 * (KHALDUN: SYNTAX): "The leader is dead, killed in a joint operation by Iraqi forces", "a
 * journalist detained by the police": the participle's deed was done TO the one its clause
 * hangs from (the host's subject, or the noun it modifies) and BY the "by" phrase. The parse
 * marks no passive there (no aux:pass, no nsubj:pass), so the coder would make the victim
 * the source. Called by syntax.c once source and target are chosen.
 * Invariant: reads the parse only; changes the slots only for such a participle.
 */
#include "cameo/actor.h"
#include "coder/syntree.h"
#include <string.h>
#include <strings.h>

/* 1 when word vw is a past participle standing alone as a clause: a VERB in -ed/-en/-wn
 * hung as conj, advcl, acl or parataxis, with no subject, auxiliary or object of its own. */
int syn_bare_participle(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	if (!syn_upos_is(v, "VERB") || !syn_participle_ending(v) || !v->head)
		return 0;
	if (!(syn_rel_is(v, "conj") || syn_rel_is(v, "advcl") || syn_rel_base(v, "acl") ||
	      syn_rel_is(v, "parataxis")) || syn_rel_is(v, "acl:relcl"))
		return 0;
	return syn_child_rel(P, vw, "nsubj") < 0 && syn_child_rel(P, vw, "aux") < 0 &&
	       syn_child_rel(P, vw, "obj") < 0 && syn_child_rel(P, vw, "csubj") < 0;
}

/* 1 when the bare participle vw is a reduced relative right after the common noun it
 * modifies ("farmers killed near the border", "books banned by the Taliban"): an acl on
 * the word just before it, a lower-case noun, pronoun, determiner or number; or an adverbial
 * clause with no marker or complement of its own right after such a noun, which the parser
 * hung on the main verb instead ("adjourned the case of a journalist arrested over his
 * interviews"; not "... province shared with VOA disturbing details", a finite verb whose
 * object the parser read as a complement clause). A finite
 * verb the parser hangs as an acl has its subject between ("a charge Balkhi rejected"), and a
 * name's head is its first word, so neither is next to its noun; a noun with no head of its
 * own is the sentence's subject read as its root ("workers stopped work in a strike"). */
static int reduced_relative(const struct syntax_parse *P, int vw)
{
	static const char *const np[] = { "NOUN", "PRON", "DET", "NUM", NULL };
	static const char *const words[] = { "det", "nummod", "amod", "nmod:poss", "compound",
					      NULL };
	if (vw < 1)
		return 0;
	const khaldun_parse_token *v = &P->w[vw], *n = &P->w[vw - 1];
	if (!(syn_rel_is(v, "acl") ? (int)v->head == vw :
	      syn_rel_is(v, "advcl") && syn_child_rel(P, vw, "mark") < 0 &&
	      syn_child_rel(P, vw, "xcomp") < 0 && syn_child_rel(P, vw, "ccomp") < 0) ||
	    !n->upos || !n->head ||
	    !(n->form[0] >= 'a' && n->form[0] <= 'z'))
		return 0;
	/* a bare noun in a preposition's idiom is no phrase of its own ("in fact asked") */
	if (syn_case_of(P, vw - 1) >= 0 && !strcmp(n->upos, "NOUN")) {
		int k = 0;
		while (words[k] && syn_child_rel(P, vw - 1, words[k]) < 0)
			k++;
		if (!words[k])
			return 0;
	}
	/* a noun phrase right after another noun is the subject of an object relative ("charges
	 * Pakistan's election commission denied"), not the participle's noun */
	int lo = vw - 1;
	while (lo > 0 && syn_below(P, lo - 1, vw - 1) >= 0)
		lo--;
	if (lo > 0 && !syn_rel_is(&P->w[lo], "case") && P->w[lo - 1].upos &&
	    (!strcmp(P->w[lo - 1].upos, "NOUN") || !strcmp(P->w[lo - 1].upos, "PROPN")))
		return 0;
	/* a verb's object is what its subject holds or handled, which may have done the deed
	 * ("The United States has troops deployed in Syria", "Iran has weapons supplied to
	 * Russia"); an adverbial clause's noun is no subject of the verb the clause hangs on
	 * ("charges the commission denied", "charges" read as a verb) */
	if (syn_rel_base(n, "obj") || syn_rel_base(n, "iobj") ||
	    (syn_rel_is(v, "advcl") && (int)n->head == (int)v->head && syn_rel_base(n, "nsubj")))
		return 0;
	for (int k = 0; np[k]; k++)
		if (!strcmp(n->upos, np[k]))
			return 1;
	return 0;
}

/* The live actor the participle's deed was done to: for an acl, the actor whose phrase the
 * head noun is (for a reduced relative, the noun before it); else the subject actor of the
 * verb (or adjective) it hangs from. -1: none. */
static int undergoer(coder_sent *S, const struct syntax_parse *P, int vw)
{
	int host = (int)P->w[vw].head - 1;
	if (reduced_relative(P, vw))
		host = vw - 1;
	else if (!syn_rel_base(&P->w[vw], "acl"))
		return syn_actor_with_role(S, P, host, R_SRC, NULL);
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos) ||
		    S->t[a->pos].type == TY_PRON)
			continue;
		int h = syn_span_head(P, a->pos, a->end);
		for (int steps = 0; h >= 0 && steps < 4; steps++) {
			if (h == host)
				return k;
			const khaldun_parse_token *w = &P->w[h];
			if (!(syn_rel_is(w, "compound") || syn_rel_is(w, "amod") ||
			      syn_rel_is(w, "flat") || syn_rel_is(w, "nmod:poss")) || !w->head)
				break;
			h = (int)w->head - 1;
		}
	}
	return -1;
}

/* 1 when the bare participle vw stands after a comma as a clause that only a passive reading
 * fits: an acl or advcl (", killed in a joint operation"), or a conj hung on no verb ("is
 * dead, killed in ..."), with no "and"/"or" of its own. A verb coordinated with a verb
 * ("met Iran's minister, apologised to Russia and left") looks the same and is left out. */
static int clause_participle(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	if (vw < 1 || !syn_word_is(&P->w[vw - 1], ",") || syn_child_rel(P, vw, "cc") >= 0)
		return 0;
	if (syn_rel_is(v, "conj"))
		return !syn_is_verb(&P->w[v->head - 1]);
	return syn_rel_is(v, "acl") || syn_rel_is(v, "advcl");
}

static int aimed_oblique(const struct syntax_parse *P, int h, int vw);

/* 1 when slot s's word lies in the clause of verb word vw, in no locative phrase of it. */
static int slot_in_clause(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *s)
{
	if (!s->n || s->pos < 0 || s->pos >= S->nt)
		return 0;
	int w = P->tok2w[s->pos];
	int b = w >= 0 ? syn_below(P, w, vw) : -1;
	return b >= 0 && !syn_locative(P, b);
}

/* 1 when verb word vw has a "between" or "among" oblique: the parties of a mutual deed
 * ("the draft signed between the military and protest leaders"), chosen later. */
static int mutual_oblique(const struct syntax_parse *P, int vw)
{
	static const char *const between[] = { "between", "among", NULL };
	for (int i = 0; i < P->nw; i++) {
		int c = (int)P->w[i].head == vw + 1 ? syn_case_of(P, i) : -1;
		if (c >= 0 && syn_word_in(&P->w[c], between))
			return 1;
	}
	return 0;
}

/* 1 when word n, a reduced relative's noun, names people an agent codes ("a journalist":
 * ~MED, "farmers": ~AGR). Anything else keeps the source the other rules chose, as a passive
 * clause with such a subject does: a thing ("aid delivered to Gaza", as "aid was delivered
 * to Gaza", the speaker's delivery) or a pronoun or number ("Israel said Hamas fighters
 * were among those killed in the strikes", as "Israel said many were killed": Israel's). */
static int undergone_by_people(coder_sent *S, const struct syntax_parse *P, int n)
{
	coder_slot who = { .n = 0 };
	return syn_open_phrase(S, P, n, &who) && who.n && strcmp(who.m[0].code, "---");
}

/* A reduced relative (reduced_relative) on a noun holding no actor: the deed was done to
 * that noun's phrase, or to the phrase it is aimed at ("restrictions imposed on women"), by
 * the "by" phrase's doer when there is one, else (for people, undergone_by_people) by no
 * one the sentence names: never the host clause's subject or speaker ("A judge adjourned
 * the case of a journalist arrested over his reports"). A target actor already inside the
 * participle's own clause, not a place, stays, and so does an empty one when the deed is
 * mutual (mutual_oblique). Returns 1 when the slots were set. */
static int unnamed_doer(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
			coder_slot *tgt)
{
	coder_slot by = { .n = 0 }, who = { .n = 0 };
	int b = syn_by_phrase(P, vw), k = syn_actor_with_role(S, P, vw, R_SRC, NULL);
	if (!reduced_relative(P, vw))
		return 0;
	if (k >= 0)
		actors_make_slot(S, k, &by);   /* "prisoners pardoned by Thailand's king" */
	else if (b >= 0 && !syn_by_agent(S, P, b, &by))
		return 0;
	else if (b < 0 && !undergone_by_people(S, P, vw - 1))
		return 0;   /* "aid delivered to Gaza": a thing, as in "aid was delivered" */
	int keep = slot_in_clause(S, P, vw, tgt) && !tgt->pronoun &&
		   strcmp(tgt->m[0].code, "---");
	if (!keep && !(!tgt->n && mutual_oblique(P, vw))) {
		int h = vw - 1;
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == vw + 1 && aimed_oblique(P, i, vw))
				h = i;   /* "restrictions imposed on women" */
		if (!syn_open_phrase(S, P, h, &who) || !who.n)
			return 0;
		const coder_actor *a = who.m[0].a;   /* "of a journalist": without its "of" */
		int w = P->tok2w[a->pos];
		if (a->pos < a->end && w >= 0 && syn_rel_is(&P->w[w], "case") &&
		    !news_open_span(S, a->pos + 1, a->end, &who))
			return 0;
		*tgt = who;
	}
	if (by.n)
		*src = by;
	else {
		src->n = 0;
		event_null_slot(S, src);
	}
	return 1;
}

/* "The leader is dead, killed in an operation by Iraqi forces": target the leader, source
 * the "by" phrase's actor. With no "by" actor, only a participle clause_participle() tells
 * is passive: the target is the one who underwent it and the doer is unknown ("---"), as
 * for a passive verb with no "by" phrase. Returns 1 when the slots were set this way, 0 when
 * vw is no bare participle, has no "by" actor (nor a passive reading) or nobody underwent it. */
int syn_participle_passive(coder_sent *S, const struct syntax_parse *P, int vw,
			   coder_slot *src, coder_slot *tgt)
{
	if (!syn_bare_participle(P, vw))
		return 0;
	int u = undergoer(S, P, vw);
	if (u < 0)
		return unnamed_doer(S, P, vw, src, tgt);
	coder_slot who = { .n = 0 };
	actors_make_slot(S, u, &who);
	if (!who.n)
		return 0;
	int by = syn_actor_with_role(S, P, vw, R_SRC, &who);
	if (by < 0 && !clause_participle(P, vw) && !reduced_relative(P, vw))
		return 0;   /* no "by" actor: "apologised to Russia" is no passive */
	*tgt = who;
	if (by >= 0) {
		actors_make_slot(S, by, src);
		return 1;
	}
	src->n = 0;
	event_null_slot(S, src);
	return 1;
}

/* The head word of verb word vw's "by" phrase (its passive agent), or -1. */
int syn_by_phrase(const struct syntax_parse *P, int vw)
{
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != vw + 1 || !syn_rel_base(&P->w[i], "obl"))
			continue;
		int c = syn_case_of(P, i);
		if (syn_rel_is(&P->w[i], "obl:agent") || (c >= 0 && syn_word_is(&P->w[c], "by")))
			return i;
	}
	return -1;
}

/* saidextra123: "two Chinese were said to be in a critical condition", "the deal is reported
 * to include ...", "it was announced that ...": a passive verb of saying or reporting (not
 * "told": its passive subject is the hearer) with no "by" phrase names no speaker, only a
 * rumour or report about its subject: no statement event (01x). Returns 1 when so. */
int syn_unspoken_report(const struct syntax_parse *P, int vw, const char *a)
{
	if (strncmp(a, "01", 2) || !syn_passive_verb(P, vw) ||
	    (!syn_word_in(&P->w[vw], SAY_FORMS) && !syn_word_in(&P->w[vw], REPORT_WORDS)))
		return 0;
	return syn_by_phrase(P, vw) < 0 && syn_obl_by_phrase(P, vw) < 0;
}

/* passive90: the "by" phrase the parser hung on participle vw's own prepositional phrase,
 * right after that phrase's head word ("Tariffs imposed on China by the United States",
 * "Strikes launched against Sudan by Chad": "by" follows "China", "Sudan"), which names
 * the participle's doer as its agent would; -1: none. */
int syn_obl_by_phrase(const struct syntax_parse *P, int vw)
{
	for (int o = vw + 1; o < P->nw; o++) {
		if ((int)P->w[o].head != vw + 1 || !syn_rel_is(&P->w[o], "obl") || o + 1 >= P->nw ||
		    !syn_word_is(&P->w[o + 1], "by"))
			continue;
		for (int i = o + 2; i < P->nw; i++)
			if ((int)P->w[i].head == o + 1 && syn_rel_is(&P->w[i], "nmod") &&
			    syn_case_of(P, i) == o + 1)
				return i;
	}
	return -1;
}

/* 1 when word h lies in an oblique of verb word vw whose preposition names the one a deed is
 * done to or aimed at ("imposed on China", "delivered to Gaza", "signed with Iran"): in a
 * passive with no "by" phrase that actor is the target, never the doer. */
static int aimed_oblique(const struct syntax_parse *P, int h, int vw)
{
	static const char *const to[] = { "on", "upon", "onto", "to", "against", "toward",
					   "towards", "with", NULL };
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1;
		if (up == vw) {
			int c = syn_case_of(P, h);
			if (!syn_rel_base(&P->w[h], "obl") || c < 0)
				return 0;
			for (int k = 0; to[k]; k++)
				if (syn_word_is(&P->w[c], to[k]))
					return 1;
			return 0;
		}
		/* inside the oblique's own phrase only: its name parts, "of" ("on the government
		 * of Iran"); not a phrase the parser hung there ("on February 5 as Syrian forces
		 * launched ...") */
		const khaldun_parse_token *w = &P->w[h];
		int c = syn_case_of(P, h);
		if (!(syn_rel_is(w, "compound") || syn_rel_is(w, "amod") || syn_rel_is(w, "flat") ||
		      syn_rel_is(w, "nmod:poss") || syn_rel_is(w, "conj") ||
		      syn_rel_is(w, "appos") ||
		      (syn_rel_is(w, "nmod") && c >= 0 && syn_word_is(&P->w[c], "of"))))
			return 0;
		h = up;
	}
	return 0;
}

/* 1 when slot s holds a dictionary actor (no pronoun) in an aimed oblique of vw. */
static int slot_aimed(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *s)
{
	int h;
	return syn_slot_actor(S, P, s, &h) && h >= 0 && aimed_oblique(P, h, vw);
}

/* "Sanctions were imposed on Iran", "Aid was delivered to Gaza": a passive verb with no "by"
 * phrase, its subject no dictionary actor, and the source chosen so far in an oblique it is
 * aimed at: that actor is the target, the doer unknown ("---"). Returns 1 when changed. */
int syn_passive_oblique(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
			coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	if (p < 0 || !syn_passive_verb(P, vw) || syn_ends_ing(&P->w[vw]) ||
	    syn_by_phrase(P, vw) >= 0 ||
	    syn_actor_with_role(S, P, vw, R_SRC, NULL) >= 0 || !slot_aimed(S, P, vw, src))
		return 0;
	/* the passive subject's own actor stays the target ("Iranian diplomats were expelled
	 * to ...": left to syn_passive_subject) */
	if (syn_actor_with_role(S, P, vw, R_TGT, NULL) >= 0)
		return 0;
	slot_copy(tgt, src);
	src->n = 0;
	event_null_slot(S, src);
	return 1;
}

/* sides41: "The Taliban commander was killed by their troops", "by his own men": the source
 * chosen so far is a possessive pronoun (actor k) of the passive's "by" phrase that the
 * pronoun rules refer to the passive subject itself, so the victim became its own killer's
 * side and the sides came out swapped or doubled. A possessor is not the one the deed was
 * done to: the victim (the passive subject's actor) is the target, and the doer is the
 * possessed phrase alone, with its agent's code (~MIL) and no country guessed, else "---".
 * A pronoun referring elsewhere (a story's subject, another actor) is left to the rules that
 * chose it. Returns 1 when changed. */
static int possessed_doer(coder_sent *S, const struct syntax_parse *P, int vw, int k,
			  coder_slot *src, coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass"), b = syn_by_phrase(P, vw), rank;
	if (k < 0 || S->a[k].ref < 0 || p < 0 || b < 0)
		return 0;
	int ref = S->a[k].ref, h = syn_live_head(S, P, k), rh = syn_live_head(S, P, ref);
	if (h < 0 || !syn_rel_is(&P->w[h], "nmod:poss") || syn_below(P, h, vw) != b || rh < 0 ||
	    syn_role_of(P, rh, vw, &rank) != R_TGT)
		/* "their", "his": a possessor in the "by" phrase, the victim its referent */
		return 0;
	coder_slot victim, doer;
	actors_make_slot(S, ref, &victim);
	if (!victim.n)
		return 0;
	*tgt = victim;
	if (syn_by_agent(S, P, b, &doer) && strcmp(doer.m[0].code, victim.m[0].code))
		*src = doer;
	else {
		src->n = 0;
		event_null_slot(S, src);
	}
	syn_note_add(S, "rule: a possessive pronoun's forces are not the victim's own side");
	return 1;
}

/* instory55: "He was charged with sedition" after a sentence about a journalist: the
 * passive subject is a pronoun the story context resolved (the previous sentence's
 * subject), and it underwent the deed as the bare subject of a passive does. With no "by"
 * phrase and no actor elsewhere in the clause, its actor is the target and the doer is
 * unknown ("---"), as for "The reporter was charged". Returns 1 when changed. */
static int pronoun_undergoer(coder_sent *S, const struct syntax_parse *P, int vw,
			     coder_slot *src, coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	if (p < 0 || P->tok2w[src->pos] != p || syn_by_phrase(P, vw) >= 0 ||
	    (tgt->n && strcmp(tgt->m[0].code, "---")))
		return 0;
	/* a second subject means a misparse ("It cannot be that ... members are being kicked
	 * out": the "it" of the frame taken as the passive's subject) */
	for (int i = 0; i < P->nw; i++)
		if (i != p && P->w[i].head == (size_t)vw + 1 && syn_rel_base(&P->w[i], "nsubj"))
			return 0;
	slot_copy(tgt, src);
	src->n = 0;
	event_null_slot(S, src);
	syn_note_add(S, "rule: a pronoun subject of a passive underwent the deed");
	return 1;
}

/* misc52: the subject of an active clause "when" / "as" / "after" on passive verb vw of
 * violence (code a: 18-20) with no "by" phrase ("20 people were killed when gunmen attacked
 * a village"): the attack it tells of did the passive's harm, so its subject is the doer
 * (not for other deeds: "were released as rebels tightened their grip"); -1: none. */
static int clause_doer(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const when[] = { "when", "as", "after", NULL };
	if (!a || !a[0] || !a[1] || !((a[0] == '1' && a[1] >= '8') || a[0] == '2') ||
	    syn_by_phrase(P, vw) >= 0)
		return -1;
	for (int c = vw + 1; c < P->nw; c++) {
		if ((int)P->w[c].head != vw + 1 || !syn_rel_is(&P->w[c], "advcl") ||
		    !(syn_child_word(P, c, "mark", when) || syn_child_word(P, c, "advmod", when)) ||
		    syn_passive_verb(P, c))
			continue;
		for (int n = 0; n < c; n++)   /* a day read as a subject is none ("Saturday") */
			if ((int)P->w[n].head == c + 1 && syn_rel_is(&P->w[n], "nsubj") &&
			    !syn_time_word(&P->w[n]))
				return n;
	}
	return -1;
}

/* misc52: the doer named by clause_doer's subject n: its actor, or a name before it ("Islamic
 * State fighters"; not the victim's), else its words as an open actor with an agent's code
 * ("gunmen"). 1 when *src is set. */
static int clause_doer_slot(coder_sent *S, const struct syntax_parse *P, int n,
			    const coder_slot *victim, coder_slot *src)
{
	static const char *const name[] = { "compound", "amod", "flat", NULL };
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		if (h < 0 || !(h == n || ((int)P->w[h].head == n + 1 &&
					  syn_rel_base_in(&P->w[h], name))) ||
		    !syn_actor_apart(S, k, victim))
			continue;
		actors_make_slot(S, k, src);
		return src->n > 0;
	}
	coder_slot open;
	if (!syn_by_agent(S, P, n, &open) ||
	    (victim->n && !strcmp(open.m[0].code, victim->m[0].code)))
		return 0;
	*src = open;
	return 1;
}

/* passive96: 1 when parse word w, an "it", is the empty subject of a frame whose clause is
 * the passive verb vw's own ("It is clear that the leader was arrested": expl or nsubj of
 * the adjective, vw its csubj or ccomp; "It was reported that ...": the frame's passive
 * subject). An "it" that is the active subject of a verb ("It said the leader was
 * arrested": the ministry it stands for) is no frame. */
static int frame_it(const struct syntax_parse *P, int w, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	int f = (int)P->w[w].head - 1;
	if (!v->head || f != (int)v->head - 1 ||
	    !(syn_rel_is(v, "csubj") || syn_rel_is(v, "ccomp")))
		return 0;
	return syn_rel_is(&P->w[w], "expl") || syn_rel_is(&P->w[w], "nsubj:pass") ||
	       (syn_rel_is(&P->w[w], "nsubj") && !syn_is_verb(&P->w[f]));
}

/* passive95: "It cannot be that the leader of the opposition is shot": a source that is the
 * frame's "it" (the outer subject of a clause whose predicate is the passive's own clause,
 * nsubj:outer on verb word vw; passive96: or the empty subject of the frame over it,
 * frame_it) is no side; the actor of the passive's subject phrase replaces it in *src, for
 * the rules below to make it the one the deed was done to.
 * Left alone: no such "it", or no actor in the passive subject's phrase. */
static void framed_subject(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src)
{
	if (src->pos < 0 || src->pos >= S->nt || S->t[src->pos].type != TY_PRON)
		return;
	int w = P->tok2w[src->pos], p = -1;
	if (w < 0 || !syn_word_is(&P->w[w], "it") ||
	    !(((int)P->w[w].head == vw + 1 && syn_rel_is(&P->w[w], "nsubj:outer")) ||
	      frame_it(P, w, vw)))
		return;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "nsubj:pass"))
			p = i;
	for (int k = 0; p >= 0 && k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		if (h < 0 || S->t[S->a[k].pos].type == TY_PRON ||
		    !(h == p || syn_below(P, h, vw) == p))
			continue;
		coder_slot who = { .n = 0 };
		actors_make_slot(S, k, &who);
		if (who.n)
			*src = who;
		return;
	}
}

/* doerb108: 1 when actor word oh heads the "under" phrase right on passive verb word vw,
 * itself or as the owner of a noun of rule ("under the Taliban", "under Taliban rule"): a
 * time of rule, whatever the deed. */
static int ruler_phrase(const struct syntax_parse *P, int oh, int vw)
{
	static const char *const rule[] = { "rule", "control", NULL };
	static const char *const own[] = { "compound", "nmod", "amod", NULL };
	if (oh < 0)
		return 0;
	int h = oh;
	if (P->w[h].head && syn_rel_base_in(&P->w[h], own) &&
	    syn_word_in(&P->w[P->w[h].head - 1], rule))
		h = (int)P->w[h].head - 1;
	int c = syn_case_of(P, h);
	return c >= 0 && syn_word_is(&P->w[c], "under") && (int)P->w[h].head == vw + 1 &&
	       syn_rel_base(&P->w[h], "obl");
}

/* doer107: 1 when actor word oh heads the "under" phrase of passive verb word vw, itself or
 * as the owner of a noun of rule ("under the Taliban", "under Taliban rule", "under the
 * junta's control"), and the deed is one of coercion (code 17x: banned, arrested,
 * persecuted): the ruler did the deed. Not an actor deeper in the phrase ("under a deal
 * with Uganda", "under a Chinese-imposed law": the framework, passive63). */
static int ruler_doer(const struct syntax_parse *P, int oh, int vw, const char *code)
{
	return code && code[0] == '1' && code[1] == '7' && ruler_phrase(P, oh, vw);
}

/* "The Taliban commander was killed in a Pakistani airstrike": the passive subject is the
 * one it was done to, never the doer. When the source chosen so far is the passive verb's
 * subject and no "by" actor is there, it becomes the target (unless the verb has an object
 * actor already); the source is the actor the shallow rules made the target, unless that is
 * a place, else unknown ("---"). Returns 1 when changed. */
int syn_passive_subject(coder_sent *S, const struct syntax_parse *P, int vw, const char *code,
			coder_slot *src, coder_slot *tgt)
{
	/* a passive is a participle: "are pleading", "are disagreeing" misread as aux:pass
	 * are not */
	if (!src->n || !syn_passive_verb(P, vw) || syn_child_rel(P, vw, "nsubj:pass") < 0 ||
	    syn_ends_ing(&P->w[vw]))
		return 0;
	int h = -1, rank;
	framed_subject(S, P, vw, src);
	const coder_actor *a = src->m[0].a;
	if (src->pos >= 0 && src->pos < S->nt && S->t[src->pos].type == TY_PRON)
		return possessed_doer(S, P, vw, S->t[src->pos].actor, src, tgt) ||
		       pronoun_undergoer(S, P, vw, src, tgt);
	if (src->pos >= 0 && src->pos < S->nt && a->pos >= 0 && a->end < S->nt)
		h = syn_span_head(P, a->pos, a->end);
	if (h < 0 || syn_role_of(P, h, vw, &rank) != R_TGT)
		return 0;
	if (syn_actor_with_role(S, P, vw, R_SRC, NULL) >= 0)
		return 0;
	coder_slot old = *tgt, victim = *src;
	/* the other actor the shallow rules chose, when it is no place ("Six persons were
	 * killed when Boko Haram terrorists ambushed ...": TABARI's passive swap) */
	const coder_actor *o = old.n ? old.m[0].a : NULL;
	int oh = o && old.pos >= 0 && old.pos < S->nt && S->t[old.pos].type != TY_PRON &&
		 o->pos >= 0 && o->end < S->nt ? syn_span_head(P, o->pos, o->end) : -1;
	/* an object actor stays target; not a place inside the subject ("The Iranian consulate
	 * in Herat was attacked": the consulate suffered it, not Herat) */
	int keep = syn_slot_role(S, P, vw, tgt) == R_TGT &&
		!(oh >= 0 && syn_inside_locative(P, oh, vw));
	const coder_actor *nt = keep ? o : victim.m[0].a;
	/* "New tariffs were imposed on China": the one a deed is aimed at is no doer */
	int aimed = oh >= 0 && aimed_oblique(P, oh, vw) && syn_by_phrase(P, vw) < 0;
	if (aimed && !strcmp(victim.m[0].code, "---")) {
		*tgt = old;   /* a thing undergoes it: the oblique's actor is the target */
		src->n = 0;
		event_null_slot(S, src);
		return 1;
	}
	/* "Syrian soldiers were accused of shelling Turkish villages": an actor in the charge
	 * is no accuser */
	int doer = oh >= 0 && o != nt && !aimed && !syn_in_charge(P, oh, vw) &&
		!syn_locative(P, oh) &&
		   syn_role_of(P, oh, vw, &rank) != R_LOC;
	/* misc52: a place is never the doer ("Three civilians were killed in an attack on a
	 * village in Nigeria's Plateau state": where it happened); an attack's "when" clause
	 * names the doer as its subject, not an actor further on in it */
	if (doer && syn_inside_locative(P, oh, vw))
		doer = 0;
	/* passive84: nor an actor outside the verb's "by" phrase when it has one ("was attacked
	 * on the streets of Paris by a hitman": the hitman did it, not Paris's government) */
	int byh = syn_by_phrase(P, vw);
	if (doer && byh >= 0 && oh != byh && syn_below(P, oh, byh) < 0)
		doer = 0;
	/* passive63: nor the deal or law it was done under, after the verb ("were told to
	 * leave under a deal with Uganda": no teller named; not "Villagers under Taliban
	 * control were beaten") */
	if (doer && oh > vw && syn_by_phrase(P, vw) < 0 && syn_in_phrase_of(P, oh, "under") &&
	    !ruler_doer(P, oh, vw, code))
		doer = 0;
	int cd = clause_doer(P, vw, code);
	coder_slot by = { .n = 0 };
	if (cd >= 0 && !(doer && (oh == cd || syn_below(P, oh, cd) >= 0)) &&
	    clause_doer_slot(S, P, cd, keep ? &old : &victim, &by)) {
		if (!keep)
			*tgt = victim;
		*src = by;
		syn_note_add(S, "rule: the subject of a 'when' clause did the passive's deed");
		return 1;
	}
	/* an uncoded subject ("An emergency was declared at the hospital") with no doer:
	 * --- on both sides would be no event; left as it was */
	if (!doer && !strcmp(victim.m[0].code, "---")) {
		/* dative72: but a passive that keeps its object has the subject for its
		 * recipient; a place phrase there is where it was given, no side ("Khalil was
		 * granted residency in the U.S.": not USA's): no event */
		if (oh < 0 || syn_child_rel(P, vw, "obj") < 0 || !syn_inside_locative(P, oh, vw))
			return 0;
		*tgt = victim;
		src->n = 0;
		event_null_slot(S, src);
		return 1;
	}
	if (!keep)
		*tgt = victim;
	if (doer) {
		*src = old;
		return 1;
	}
	/* "The journalist was killed by unknown gunmen": a "by" phrase headed by an agent no
	 * country names is the doer, an open actor with the agent's code (not "by the fact") */
	coder_slot open;
	/* not one of the victim's own kind ("the commander was killed by our soldiers": ~MIL
	 * twice would be no event) */
	if (syn_by_agent(S, P, syn_by_phrase(P, vw), &open) &&
	    !(tgt->n && !strcmp(open.m[0].code, tgt->m[0].code))) {
		*src = open;
		return 1;
	}
	/* the doer is unknown: "---", as for a target nowhere in the sentence (event.c) */
	src->n = 0;
	event_null_slot(S, src);
	return 1;
}

/* doer107: "Anything against its beliefs is banned under the Taliban": a passive deed of
 * coercion with no "by" phrase and no known doer, whose target is the ruler heading its
 * "under" phrase (ruler_doer), was done by that ruler; the target is left unknown. For
 * another deed the ruler is dropped (doerb108). Returns 1 when changed. */
int syn_ruler_doer(coder_sent *S, const struct syntax_parse *P, int vw, const char *code,
		   coder_slot *src, coder_slot *tgt)
{
	if (!syn_passive_verb(P, vw) || syn_by_phrase(P, vw) >= 0 || !tgt->n ||
	    (src->n && strcmp(src->m[0].code, "---")))
		return 0;
	const coder_actor *o = tgt->m[0].a;
	if (tgt->pos < 0 || tgt->pos >= S->nt || S->t[tgt->pos].type == TY_PRON || !o ||
	    o->pos < 0 || o->end >= S->nt)
		return 0;
	int oh = syn_span_head(P, o->pos, o->end);
	if (oh <= vw || !ruler_phrase(P, oh, vw))
		return 0;
	/* doerb108: any other deed ("Aid was delivered under the Taliban") names a time of
	 * rule, not a side: the ruler is no target either */
	if (!ruler_doer(P, oh, vw, code)) {
		tgt->n = 0;
		event_null_slot(S, tgt);
		syn_note_add(S, "rule: a ruler under whom a deed was done is no side of it");
		return 1;
	}
	slot_copy(src, tgt);
	tgt->n = 0;
	event_null_slot(S, tgt);
	return 1;
}

/* "Iraqi officials said al-Rufay'i was killed in an airstrike": the speaker of a passive deed
 * (the subject of rv, the verb that reports vw) did not do it. With no "by" actor the doer is
 * unknown ("---") and the passive subject is the target: its actor, else its phrase (the
 * speaker stays the attribution). Deeds of conflict (code a, 14-20) only. Returns 1 when
 * changed. */
int syn_reported_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
			 const char *a, coder_slot *src, coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	/* deeds of conflict (14-20) only: "is committed to opening" is no passive deed */
	if (!a || !a[0] || !a[1] || !(a[0] == '2' || (a[0] == '1' && a[1] >= '4')))
		return 0;
	if (rv < 0 || !src->n || p < 0 || !syn_passive_verb(P, vw) || syn_ends_ing(&P->w[vw]) ||
	    syn_nobody(P, p) ||
	    !syn_slot_speaks(S, P, rv, src) || syn_slot_role(S, P, vw, src) == R_TGT ||
	    syn_actor_with_role(S, P, vw, R_SRC, NULL) >= 0 ||
	    (syn_upos_is(&P->w[p], "PRON")))
		return 0;
	if (!tgt->n || syn_slot_role(S, P, vw, tgt) != R_TGT) {
		coder_slot y = { .n = 0 };
		int t = syn_actor_with_role(S, P, vw, R_TGT, NULL);
		if (t >= 0)
			actors_make_slot(S, t, &y);
		else if (syn_open_phrase(S, P, p, &y) && !strcmp(y.m[0].code, "---") &&
			 (!syn_upos_is(&P->w[p], "PROPN")))
			/* a name, or a noun an agent codes: not "elephants", "cattle" */
			return 0;
		if (!y.n)
			return 0;
		*tgt = y;
	}
	src->n = 0;
	event_null_slot(S, src);
	return 1;
}

/* voiceless113: 1 when passive verb vw's subject is a pronoun for persons ("he", "she",
 * "they"): the deed was done to them, not by whoever reports it. */
int syn_person_underwent(const struct syntax_parse *P, int vw)
{
	static const char *const persons[] = { "he", "she", "they", NULL };
	int p = syn_child_rel(P, vw, "nsubj:pass");
	return p >= 0 && syn_word_in(&P->w[p], persons);
}

/* voiceless113: "The minister said he was threatened", "Officials said they were attacked": a
 * reported passive demand, disapproval, rejection or threat (codes 10-13) whose subject is a
 * pronoun for persons ("he", "she", "they"), with no "by" actor, was done to those persons:
 * the speaker (the subject of rv, the verb reporting vw) is no doer. Not force (14-20):
 * "Police said he was arrested" tells the police's own arrest. The source becomes
 * unknown ("---"); a target that is the speaker again is dropped too. Returns 1 when changed. */
int syn_reported_person_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
				const char *a, coder_slot *src, coder_slot *tgt)
{
	if (code_root(a) < 10 || code_root(a) > 13 || rv < 0 || !src->n ||
	    !syn_person_underwent(P, vw) ||
	    !syn_passive_verb(P, vw) || syn_ends_ing(&P->w[vw]) || syn_by_phrase(P, vw) >= 0 ||
	    !syn_slot_speaks(S, P, rv, src) || syn_slot_role(S, P, vw, src) == R_TGT ||
	    syn_actor_with_role(S, P, vw, R_SRC, NULL) >= 0)
		return 0;
	if (tgt->n && tgt->m[0].a == src->m[0].a) {
		tgt->n = 0;
		event_null_slot(S, tgt);
	}
	src->n = 0;
	event_null_slot(S, src);
	syn_note_add(S, "rule: a reported passive done to 'he'/'they' is not the speaker's deed");
	return 1;
}

/* selfpass112: 1 when passive verb vw (not "-ing") has a pronoun subject that stands for
 * the speaker s, the subject of the verb reporting vw (syn_pronoun_agrees: "it" for one,
 * "they" for many): "Kenya said it was threatened", the speaker underwent the deed. */
int syn_speaker_underwent(const struct syntax_parse *P, int vw, int s)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	return p >= 0 && s >= 0 && syn_upos_is(&P->w[p], "PRON") &&
	       P->w[s].upos && syn_passive_verb(P, vw) && !syn_ends_ing(&P->w[vw]) &&
	       syn_pronoun_agrees(P, p, s);
}

/* sideaudit110: "Kenya said it was threatened", "Kenya says it was forced to give up the
 * islands", "Kenya said it was attacked by Somalia": the pronoun subject of a passive deed
 * (codes 10-20) that stands for the speaker of rv, the verb reporting vw (syn_pronoun_agrees:
 * "it" for one, "they" for many), names the one who underwent it: the speaker is the target
 * and the doer is the "by" phrase's actor, else unknown ("---"); the speaker was the source.
 * Not a pronoun that names another ("Officials said he was detained"), nor "we" or "I" (the
 * quote rules read them). s: the speaker's word when the caller resolved it (selfpass112: a
 * relative clause's antecedent, "Kenya, which says it was forced to ..."), else -1 for
 * rv's subject. Returns 1 when changed. */
int syn_reported_self_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
			      int s, const char *a, coder_slot *src, coder_slot *tgt)
{
	if (s < 0 && rv >= 0)
		s = syn_child_rel(P, rv, "nsubj");
	if (code_root(a) < 10 || !syn_speaker_underwent(P, vw, s))
		return 0;
	int k = syn_actor_at(S, P, s), by = syn_by_phrase(P, vw);
	int d = by >= 0 ? syn_actor_at(S, P, by) : -1;
	if (k < 0 || d == k)
		return 0;
	coder_slot speaker;
	actors_make_slot(S, k, &speaker);
	if (src->n && !syn_slot_speaks(S, P, rv, src) && src->m[0].a != &S->a[k] &&
	    (d < 0 || src->m[0].a != &S->a[d]))
		return 0;   /* a source of its own: another rule's (not the relative's speaker) */
	*tgt = speaker;
	if (d >= 0)
		actors_make_slot(S, d, src);
	else {
		src->n = 0;
		event_null_slot(S, src);
	}
	syn_note_add(S, "rule: a pronoun subject of a reported passive names the speaker, who "
			"underwent the deed");
	return 1;
}

/* "The journalist was detained by Iranian police": a passive verb whose "by" actor is the
 * source and whose subject is no dictionary actor; the target is that subject's noun phrase
 * (OPEN_ACTORS), not a phrase after the verb (the shallow rules took "by Iranian police",
 * the source again). Not when the target already has the object role (the passive subject
 * or an object). Returns 1 when *tgt changed. */
int syn_passive_open_target(coder_sent *S, const struct syntax_parse *P, int vw,
			    const coder_slot *src, coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	if (p < 0 || !src->n || syn_ends_ing(&P->w[vw]) || syn_slot_role(S, P, vw, src) != R_SRC ||
	    (tgt->n && syn_slot_role(S, P, vw, tgt) == R_TGT))
		return 0;
	int by = 0;   /* a real "by" phrase, not an agent the parser made of a speaker */
	for (int i = 0; i < P->nw && !by; i++)
		by = (int)P->w[i].head == vw + 1 && syn_case_of(P, i) >= 0 &&
		     syn_word_is(&P->w[syn_case_of(P, i)], "by");
	/* court98: or one the parser hung on the verb's own oblique ("was charged with treason
	 * by Kenyan prosecutors": "by" right after "treason"), passive90's doer */
	if (!by)
		by = syn_obl_by_phrase(P, vw) >= 0;
	coder_slot y;
	/* "Sanctions were imposed on Iran by the United States": the actor the deed is aimed
	 * at, before the thing the passive subject names */
	int o = by ? syn_actor_with_role(S, P, vw, R_OBL, src) : -1;
	if (o >= 0) {
		actors_make_slot(S, o, &y);
		if (slot_aimed(S, P, vw, &y)) {
			*tgt = y;
			return 1;
		}
	}
	if (!by)
		return 0;
	/* story38: "Earlier this week, he was criticized by ...": a pronoun subject the story
	 * context resolved (the previous sentence's subject, actors.c) is its actor, not the
	 * bare word "he" */
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->forwarded && a->pron_kind && a->ncodes == 1 && a->pos >= 0 &&
		    a->pos < S->nt && P->tok2w[a->pos] == p) {
			actors_make_slot(S, k, tgt);
			return 1;
		}
	}
	if (!syn_open_phrase(S, P, p, &y))
		return 0;
	*tgt = y;
	return 1;
}

/* 1 when slot s is the open phrase of no code ("---") headed by parse word p. */
static int uncoded_phrase_of(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
			     int p)
{
	if (!s->n || strcmp(s->m[0].code, "---"))
		return 0;
	const coder_actor *a = s->m[0].a;
	return a->pos >= 0 && a->end < S->nt && a->pos <= a->end &&
	       syn_span_head(P, a->pos, a->end) == p;
}

/* 1 when slot s is a dictionary actor whose phrase is headed by parse word p, or hangs
 * inside p's phrase ("army commander Ali": a name, compound or apposition of it). */
static int slot_on_word(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
			int p)
{
	if (!s->n || !s->m[0].a)
		return 0;
	const coder_actor *a = s->m[0].a;
	if (a->pos < 0 || a->end >= S->nt || a->pos > a->end)
		return 0;
	int h = syn_span_head(P, a->pos, a->end);
	for (int steps = 0; h >= 0 && steps < 4; steps++) {
		if (h == p)
			return 1;
		if (!P->w[h].head || !(syn_rel_is(&P->w[h], "compound") ||
				       syn_rel_is(&P->w[h], "flat") ||
				       syn_rel_is(&P->w[h], "appos")))
			return 0;
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* 1 when slot s holds an actor across a quotation mark from passive subject p: the speaker
 * of '"He was killed by our soldiers," the Israeli prime minister wrote', whom the shallow
 * rules took as the source (or as what "he" stands for) though the quote names its own
 * doer. A "we" or "I" resolved to the speaker is the speaker indeed (the victim): not such
 * a slot. */
static int quoted_outsider(const struct syntax_parse *P, int p, const coder_slot *s)
{
	if (!s->n || (s->pronoun && (syn_word_is(&P->w[p], "we") || syn_word_is(&P->w[p], "i"))))
		return 0;
	int pos = s->m[0].a->pos, a = pos >= 0 && pos < MAX_TOKENS ? P->tok2w[pos] : -1;
	return a >= 0 && syn_quoted(P, p) != syn_quoted(P, a);
}

/* "He was hunted down by our soldiers, the president wrote", "The convoy was attacked by
 * militants": a passive deed whose "by" phrase names no dictionary actor but an agent noun
 * (~MIL, ~REB), and no source was found but, at most, the passive subject's uncoded phrase
 * or an actor outside the quote it stands in (quoted_outsider). The shallow rules took the
 * "by" phrase, after the verb, as the target, and a speaker would then stand for the pronoun
 * (speaker_pronoun, syntax.c): the sides swapped. The doer is the "by" phrase; the target
 * the passive subject's actor, else its noun phrase, else (a pronoun) "---". Not when the
 * target already has the object role. Returns 1 when changed. */
int syn_passive_open_doer(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
			  coder_slot *tgt)
{
	int p = syn_child_rel(P, vw, "nsubj:pass");
	int quoted = p >= 0 && quoted_outsider(P, p, src);
	/* sides39: the passive subject coded itself ("The commander was hunted down by our
	 * troops": ~MIL) and the source is none or the wordless "---" an earlier passive rule
	 * set: the subject stays the target, and the "by" phrase is still the doer */
	int coded = p >= 0 && slot_on_word(S, P, tgt, p) &&
		    (!src->n || (src->n == 1 && src->m[0].a->pos < 0 &&
				 !strcmp(src->m[0].code, "---")));
	if (p < 0 || (src->n && !uncoded_phrase_of(S, P, src, p) && !quoted && !coded) ||
	    syn_ends_ing(&P->w[vw]) || !syn_passive_verb(P, vw) ||
	    (tgt->n && syn_slot_role(S, P, vw, tgt) == R_TGT && !coded))
		return 0;
	int by = -1;
	for (int i = 0; i < P->nw && by < 0; i++)
		if ((int)P->w[i].head == vw + 1 && syn_case_of(P, i) >= 0 &&
		    syn_word_is(&P->w[syn_case_of(P, i)], "by"))
			by = i;
	coder_slot x, y = { .n = 0 };
	if (by < 0 || !syn_by_agent(S, P, by, &x))
		return 0;
	/* a quoted pronoun's resolution is the speaker, not the victim */
	int t = quoted && src->pronoun ? -1 : syn_actor_with_role(S, P, vw, R_TGT, NULL);
	if (t >= 0)
		actors_make_slot(S, t, &y);
	else if (!syn_upos_is(&P->w[p], "PRON") && syn_open_phrase(S, P, p, &y))
		;   /* "the commander was hunted down by soldiers": its noun phrase */
	else
		event_null_slot(S, &y);
	*src = x;
	*tgt = y;
	return 1;
}

/* "was placed under house arrest": the pattern ends on the deed noun, an oblique of the
 * passive verb, so the passive rules must look at that verb. */
int syn_phrasal_passive(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *n = &P->w[vw];
	if (!syn_upos_is(n, "NOUN") || !syn_rel_base(n, "obl") || !n->head)
		return -1;
	int h = (int)n->head - 1;
	return syn_passive_verb(P, h) && syn_child_rel(P, h, "nsubj:pass") >= 0 &&
	       !syn_ends_ing(&P->w[h]) ? h : -1;
}

/* The head of the noun phrase word h names a part of ("Hungarian" of "the Hungarian foreign
 * ministry"), h itself when it heads one; -1 for -1. */
static int phrase_head(const struct syntax_parse *P, int h)
{
	for (int steps = 0; h >= 0 && steps < 4 && P->w[h].head; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		if (!(syn_rel_is(w, "compound") || syn_rel_is(w, "amod") || syn_rel_is(w, "flat") ||
		      syn_rel_is(w, "nmod:poss")))
			break;
		h = (int)w->head - 1;
	}
	return h;
}

/* 1 when word h (-1: none) is a proper name. */
static int proper_name(const struct syntax_parse *P, int h)
{
	return h >= 0 && syn_upos_is(&P->w[h], "PROPN");
}

/* 1 when slot s is empty or the wordless unknown side ("---") a passive rule set. */
static int no_doer(const coder_slot *s)
{
	return !s->n || (s->m[0].a && s->m[0].a->pos == ACTOR_NO_WORDS &&
			 !strcmp(s->m[0].code, "---"));
}

/* "The editor was arrested in Ankara", "Two sailors were detained in Iran": only a state
 * arrests, jails, charges, bans or deports, so a passive of these with no "by" phrase was
 * done by the authorities where it happened: the country of an actor in an "in"/"at" phrase
 * of the verb, else the story's country (when the context knows one), as "Turkish
 * authorities" codes (TURGOV). "X was summoned to the Hungarian foreign ministry": the "to"
 * phrase is the one who summoned. Violence by unknown hands ("was killed", "was kidnapped")
 * has other codes and keeps its unknown doer. */
int syn_passive_authority(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			  coder_slot *src, coder_slot *tgt)
{
	static const char *const at[] = { "in", "at", NULL };
	static const char *const summoned[] = { "summoned", NULL };
	int pv = syn_passive_verb(P, vw) && !syn_ends_ing(&P->w[vw]) ? vw :
		 syn_phrasal_passive(P, vw);
	int p = pv >= 0 ? syn_child_rel(P, pv, "nsubj:pass") : -1;
	/* the one it was done to is a coded side or a name ("The journalist Ali Bello"), not a
	 * thing ("if the permit is revoked") */
	int named = p >= 0 && (proper_name(P, p) || proper_name(P, syn_child_rel(P, p, "appos")));
	/* a name's uncoded phrase left as the source ("The reporter Ali Bello was arrested"):
	 * the one arrested */
	int open = named && uncoded_phrase_of(S, P, src, p) && !tgt->n;
	if (p < 0 || !a || syn_by_phrase(P, pv) >= 0 || !(no_doer(src) || open) ||
	    (!named && (!tgt->n || !strcmp(tgt->m[0].code, "---"))))
		return 0;
	int summons = syn_word_in(&P->w[pv], summoned);
	if (!summons && !news_state_coercion(a))
		return 0;
	char cc[4] = "";
	for (int k = 0; k < S->na; k++) {
		int h = phrase_head(P, syn_live_head(S, P, k)), c = h >= 0 ? syn_case_of(P, h) : -1;
		int up = c >= 0 ? (int)P->w[h].head - 1 : -1;
		/* on the verb, or a place inside its oblique ("sentenced to ten years in Egypt") */
		int on = up == pv && syn_rel_base(&P->w[h], "obl");
		if (!on && !(up >= 0 && syn_rel_base(&P->w[h], "nmod") &&
			     syn_rel_base(&P->w[up], "obl") && (int)P->w[up].head - 1 == pv))
			continue;
		coder_slot s;
		actors_make_slot(S, k, &s);
		if (!s.n || !strcmp(s.m[0].code, "---") || (tgt->n && tgt->m[0].a == s.m[0].a))
			continue;
		char x[4];
		const char *sector = actor_split(s.m[0].code, x);
		if (!x[0] || actor_is_region(x))
			continue;
		if (summons && on && syn_word_is(&P->w[c], "to")) {
			/* "summoned to the Hungarian foreign ministry": Hungary's government */
			if (!sector[0] || sector[0] == '~') {
				memcpy(cc, x, sizeof cc);   /* "summoned to Hungary" */
				break;
			}
			*src = s;
			return 1;
		}
		if (!cc[0] && syn_word_in(&P->w[c], at))
			memcpy(cc, x, sizeof cc);
	}
	const char *code = news_authorities(S, cc[0] ? cc : NULL);
	if (!code)
		return 0;
	coder_slot doer = { .n = 0 };
	event_null_slot(S, &doer);
	if (!doer.n)
		return 0;
	if (open)
		slot_copy(tgt, src);
	*src = doer;
	src->m[0].code = code;
	src->key = code;
	return 1;
}

/* 1 when word h heads (or names a part of) a phrase that a force sent by verb word vw faces:
 * a "to"/"toward"/"against"/"into" oblique of vw ("deployed to Mali"), or the "with" side of
 * a border in one of its obliques ("along the border with Venezuela"). A place the force
 * stands in ("in Kathmandu") is where, not whom. */
static int faced_side(const struct syntax_parse *P, int h, int vw)
{
	static const char *const to[] = { "to", "toward", "towards", "against", "into", NULL };
	h = phrase_head(P, h);
	if (h < 0 || !P->w[h].head)
		return 0;
	int c = syn_case_of(P, h), up = (int)P->w[h].head - 1;
	if (c < 0)
		return 0;
	/* the parser hangs "with X" on the border or, beside it, on the verb */
	if (syn_word_is(&P->w[c], "with"))
		return up == vw ? c > 0 && syn_border_noun(&P->w[c - 1]) :
		       syn_border_noun(&P->w[up]) && syn_below(P, up, vw) >= 0;
	return up == vw && syn_rel_base(&P->w[h], "obl") && syn_word_in(&P->w[c], to);
}

/* 1 when slot s's actor heads, or names a part of, the phrase of word p ("Colombian" of
 * "Colombian troops", the words the dictionary knew). */
static int force_on_word(coder_sent *S, const struct syntax_parse *P, const coder_slot *s,
			 int p)
{
	const coder_actor *a = s->n && !s->pronoun ? s->m[0].a : NULL;
	return a && a->pos >= 0 && a->end < S->nt && a->pos <= a->end &&
	       (slot_on_word(S, P, s, p) || phrase_head(P, syn_span_head(P, a->pos, a->end)) == p);
}

/* passive53: a show of force is its owner's deed, so its passive subject is the doer where
 * syn_passive_subject made it the one the deed was done to (syntree.h says how). */
int syn_passive_force(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		      coder_slot *src, coder_slot *tgt)
{
	if (!a || a[0] != '1' || a[1] != '5')
		return 0;
	int pv = syn_passive_verb(P, vw) && !syn_ends_ing(&P->w[vw]) ? vw :
		 syn_phrasal_passive(P, vw);
	int p = pv >= 0 ? syn_child_rel(P, pv, "nsubj:pass") : -1;
	if (p < 0 || syn_by_phrase(P, pv) >= 0)
		return 0;
	coder_slot *fs = force_on_word(S, P, src, p) ? src : force_on_word(S, P, tgt, p) ? tgt :
			 NULL;
	if (!fs || !strcmp(fs->m[0].code, "---"))
		return 0;   /* "Missiles were deployed": no side named as the owner */
	coder_slot force = *fs, faced = { .n = 0 };
	char fx[4], ox[4];
	actor_split(force.m[0].code, fx);
	for (int k = 0; k < S->na && !faced.n; k++) {
		int h = syn_live_head(S, P, k);
		if (h < 0 || S->t[S->a[k].pos].type == TY_PRON || !faced_side(P, h, pv))
			continue;
		actors_make_slot(S, k, &faced);
		if (!faced.n)
			continue;
		actor_split(faced.m[0].code, ox);
		/* not the force's own country ("to the Colombian border" of Colombian troops) */
		if (!strcmp(faced.m[0].code, "---") || (fx[0] && !strcmp(ox, fx)))
			faced.n = 0;
	}
	*src = force;
	if (faced.n)
		*tgt = faced;
	else {
		tgt->n = 0;   /* a deployment at home, or in a place: no side faced */
		event_null_slot(S, tgt);
	}
	syn_note_add(S, "rule: a force deployed or put on alert in the passive is the doer");
	return 1;
}

/* The side that word w (the "with" phrase of a fight) names: a dictionary actor heading or
 * naming a part of its phrase, else the phrase an agent codes ("army troops": ~MIL). */
static int fought_side(coder_sent *S, const struct syntax_parse *P, int w, coder_slot *out)
{
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		if (h < 0 || S->t[S->a[k].pos].type == TY_PRON || phrase_head(P, h) != w)
			continue;
		actors_make_slot(S, k, out);
		if (out->n && strcmp(out->m[0].code, "---"))
			return 1;
	}
	coder_slot open;
	if (!syn_open_phrase(S, P, w, &open))
		return 0;
	const coder_actor *b = open.m[0].a;
	/* the phrase may open on its "with" */
	if (tok_is(&S->t[b->pos], "WITH") &&
	    !(b->pos < b->end && news_open_span(S, b->pos + 1, b->end, &open)))
		return 0;
	if (!strcmp(open.m[0].code, "---"))
		return 0;
	*out = open;
	return 1;
}

/* passive128: the victim of "Arnel Joseph, the gang's leader, was killed in a gun battle
 * with police" is the passive subject p: the target, when no other rule named one (none,
 * the wordless "---", or the fought side itself, word j); a dictionary actor heading p,
 * else p's open phrase ("Arnel Joseph, the gang's leader": no code). */
static void clash_victim(coder_sent *S, const struct syntax_parse *P, int p, int j,
			 coder_slot *tgt)
{
	if (tgt->n && !no_doer(tgt) && !slot_on_word(S, P, tgt, j) &&
	    !uncoded_phrase_of(S, P, tgt, j))
		return;
	int k = syn_actor_at(S, P, p);
	coder_slot y;
	if (k >= 0 && S->t[S->a[k].pos].type != TY_PRON) {
		actors_make_slot(S, k, &y);
		if (y.n) {
			*tgt = y;
			return;
		}
	}
	if (syn_open_phrase(S, P, p, &y))
		*tgt = y;
}

/* passive55: "The rebel leader was killed in a clash with army troops", "was shot dead in a
 * gun battle with police": a deed of violence (a: 18x-19x) told in the passive with no "by"
 * phrase, in a fight ("in"/"during" a clash, battle, firefight ...) whose "with" phrase
 * names the other side: that side did it, the source. Only when no doer was found (the
 * source is none or the wordless "---") or the doer found is the passive subject, the
 * victim (passive128: "Arnel Joseph was killed in a gun battle with police": not Arnel
 * Joseph's deed); the victim is then the target (clash_victim). Returns 1 when the slots
 * changed. */
int syn_passive_clash(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		      coder_slot *src, coder_slot *tgt)
{
	static const char *const fight[] = { "clash", "clashes", "battle", "battles", "gunbattle",
					     "gunfight", "firefight", "shootout", "skirmish",
					     "skirmishes", "fighting", "confrontation",
					     "encounter", NULL };
	static const char *const in[] = { "in", "during", NULL };
	int p = syn_child_rel(P, vw, "nsubj:pass");
	if (!a || a[0] != '1' || (a[1] != '8' && a[1] != '9') || p < 0 ||
	    !syn_passive_verb(P, vw) || syn_ends_ing(&P->w[vw]) || syn_by_phrase(P, vw) >= 0)
		return 0;
	/* the victim taken as the doer: the passive subject's own phrase */
	int victim = src->n && (slot_on_word(S, P, src, p) || uncoded_phrase_of(S, P, src, p));
	if (!victim && !no_doer(src))
		return 0;
	coder_slot was = *src;
	for (int i = 0; i < P->nw; i++) {
		int c = syn_case_of(P, i), up = (int)P->w[i].head - 1;
		/* on the verb, or on its "dead" ("shot dead during a gunfight") */
		if (up < 0 || !(up == vw || ((int)P->w[up].head == vw + 1 &&
					     syn_rel_is(&P->w[up], "xcomp"))) ||
		    !syn_rel_base(&P->w[i], "obl") || c < 0 || !syn_word_in(&P->w[c], in) ||
		    !syn_word_in(&P->w[i], fight))
			continue;
		for (int j = 0; j < P->nw; j++) {
			int cj = syn_case_of(P, j), hj = (int)P->w[j].head - 1;
			coder_slot side;
			/* the parser hangs "with X" on the fight or, right after it, beside it */
			if (cj < 0 || !syn_word_is(&P->w[cj], "with") ||
			    !((hj == i && syn_rel_base(&P->w[j], "nmod")) ||
			      (hj == up && cj == i + 1 && syn_rel_base(&P->w[j], "obl"))) ||
			    !fought_side(S, P, j, &side))
				continue;
			*src = side;
			if (victim)
				*tgt = was;
			else
				clash_victim(S, P, p, j, tgt);
			syn_note_add(S, "rule: the other side of the fight a passive victim fell "
					"in is the doer");
			return 1;
		}
	}
	return 0;
}

/* feeling55: verbs of feeling whose object is the one who feels ("the shelling dismayed
 * Norway"), as event.c's FEELING_PARTICIPLES on the shallow path. */
static const char *const FEELINGS[] = { "dismayed", "encouraged", "heartened", "worried",
	"alarmed", "angered", "disappointed", "troubled", "disturbed", "outraged", "appalled",
	"pleased", "delighted", "saddened", "shocked", "frustrated", "annoyed", "irritated",
	"upset", "concerned", "reassured", "horrified", "infuriated", NULL };

/* "Norway was dismayed by Russia's move", "Japan was encouraged by China's offer": the
 * passive of a feeling verb coded as a comment or a disapproval (01x, 11x; not the urging
 * of "was encouraged by Russia to attack", 020) is the reverse of a deed's passive: its
 * subject feels, the source; the cause's doer is the target, the "by" phrase's own actor
 * or its owner or adjective ("by the Russian bombing"), none when the cause names only the
 * deed's victim ("by the shelling of Kharkiv": its doer is unnamed). */
/* concerned160: the cause of a feeling participle: its "by" phrase, else its "about" or
 * "over" phrase ("The Philippines is concerned over China's actions"), or -1 */
static int felt_cause(const struct syntax_parse *P, int vw)
{
	static const char *const about[] = { "about", "over", NULL };
	int by = syn_by_phrase(P, vw);
	for (int i = 0; by < 0 && i < P->nw; i++) {
		if ((int)P->w[i].head != vw + 1 || !syn_rel_base(&P->w[i], "obl"))
			continue;
		int c = syn_case_of(P, i);
		if (c >= 0 && syn_word_in(&P->w[c], about))
			by = i;
	}
	return by;
}

int syn_felt_passive(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     coder_slot *src, coder_slot *tgt)
{
	if (!a || (a[0] != '0' && a[0] != '1') || a[1] != '1' || !tgt->n ||
	    !syn_word_in(&P->w[vw], FEELINGS) || !syn_passive_verb(P, vw))
		return 0;
	int by = felt_cause(P, vw), s = syn_child_rel(P, vw, "nsubj:pass");
	int f = s >= 0 ? syn_actor_at(S, P, s) : -1;
	int k = by >= 0 ? syn_actor_at(S, P, by) : -1;
	if (f >= 0)
		actors_make_slot(S, f, src);
	else
		slot_copy(src, tgt);   /* a pronoun's referent, read by the passive target rules */
	if (k >= 0)
		actors_make_slot(S, k, tgt);
	else
		tgt->n = 0;
	S->syn_note = "rule: the passive of a feeling verb: the one who feels is the source, the "
		      "cause's doer the target";
	return 1;
}
