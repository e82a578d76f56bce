/*
 * synrecip.c - the recipient of a transfer for the syntax-aware coder (KHALDUN: SYNTAX):
 * in "X gave/sent/returned/provided A to Y" (or "gave Y A") the object A is the thing moved
 * and Y, the indirect object or the "to" oblique, is the one the act is done to: the target;
 * with no such Y, aid given or appealed for "to help X" is for X, and forces sent to "the
 * UN mission in Mali" serve Mali. Called by syntax.c once the parse has chosen source and
 * target; it only moves the target.
 * Invariant: reads the sentence's parse (syntree.h), never changes it; a verb without both a
 * thing and a recipient is left alone.
 */
#include "coder/syntree.h"
#include <string.h>

static int marked_phrase(const struct syntax_parse *P, int vw, int o,
			 const char *const *marks);

/* The recipient word of verb vw: its iobj before its object, else (when it has an object,
 * the thing given) a "to" / "toward(s)" phrase on the verb or on that object; -1: none. */
int syn_recipient(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", "toward", "towards", NULL };
	int io = syn_child_rel(P, vw, "iobj"), o = syn_child_rel(P, vw, "obj");
	if (io >= 0 && (o < 0 || io < o))
		return io;   /* "gave the FBI access"; not "expressed optimism Wednesday" */
	return marked_phrase(P, vw, o, to);
}

/* The first "obl" phrase on verb vw, else "nmod" phrase on its object o, marked by one of
 * marks ("sent aid to Y": on the verb, or, as parsers often hang it, on the thing given);
 * -1: none, or no object. */
static int marked_phrase(const struct syntax_parse *P, int vw, int o,
			 const char *const *marks)
{
	if (o < 0)
		return -1;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < P->nw; i++) {
			if ((int)P->w[i].head != (pass ? o : vw) + 1 ||
			    !syn_rel_is(&P->w[i], pass ? "nmod" : "obl"))
				continue;
			int c = syn_case_of(P, i);
			for (int k = 0; c >= 0 && marks[k]; k++)
				if (syn_word_is(&P->w[c], marks[k]))
					return i;
		}
	return -1;
}

/* 1 when word h lies in the phrase headed by word r (r itself or below it), not in a clause
 * of its own ("the families of those who perished in Ankara"). */
static int under(const struct syntax_parse *P, int h, int r)
{
	static const char *const clause[] = { "acl", "advcl", "ccomp", "xcomp", "parataxis", NULL };
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		if (h == r)
			return 1;
		if (syn_rel_base_in(&P->w[h], clause))
			return 0;
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* The first live actor in the recipient phrase r ("to the government of Iraq", "to Afghan
 * refugees"), other than the source; -1: none. */
int syn_phrase_actor(coder_sent *S, const struct syntax_parse *P, int r,
		     const coder_slot *src)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos) ||
		    S->t[a->pos].type == TY_PRON)
			continue;
		int h = syn_span_head(P, a->pos, a->end);
		if (h < 0 || !under(P, h, r))
			continue;
		coder_slot s;
		actors_make_slot(S, k, &s);
		if (!s.n || (src->n && !strcmp(s.m[0].code, src->m[0].code)))
			continue;
		return k;
	}
	return -1;
}

/* The target becomes the first live actor of phrase r other than the source; 1 when there
 * is one (*tgt changed), 0: none. */
static int actor_of_phrase(coder_sent *S, const struct syntax_parse *P, int r,
			   const coder_slot *src, coder_slot *tgt)
{
	int k = syn_phrase_actor(S, P, r, src);
	if (k < 0)
		return 0;
	actors_make_slot(S, k, tgt);
	return 1;
}

/* The target becomes the actor of phrase r (the one the thing is given to or for) unless the
 * chosen target already lies in r or is an argument of verb vw in its own right. Returns 1
 * when *tgt was changed. */
static int take_recipient(coder_sent *S, const struct syntax_parse *P, int vw, int r,
			  const coder_slot *src, coder_slot *tgt)
{
	if (tgt->n && tgt->pos >= 0 && tgt->pos < S->nt && S->t[tgt->pos].type != TY_PRON) {
		const coder_actor *a = tgt->m[0].a;
		int h = a->pos >= 0 && a->end < S->nt ? syn_span_head(P, a->pos, a->end) : -1, rank;
		enum role rl = h >= 0 ? syn_role_of(P, h, vw, &rank) : R_NONE;
		if (h >= 0 && (under(P, h, r) || rl == R_SRC || (rl == R_TGT && rank < 2)))
			return 0;   /* the recipient already, or an argument in its own right */
		/* "received the UAE Ambassador to Bahrain": a title (an agent the actor took,
		 * or one left as a word); but a thing's modifier ("returned six Iraqi
		 * artifacts to Jordan") is no party: Jordan is */
		int on = (int)P->w[r].head - 1;
		if (rl == R_TGT && syn_rel_is(&P->w[r], "nmod") &&
		    (a->agent || syn_agent_word(S, P, on) ||
		     (on >= P->tok2w[a->pos] && on <= P->tok2w[a->end])))
			return 0;
	}
	return actor_of_phrase(S, P, r, src, tgt);
}

/* "returned six Iraqi artifacts to the government of Iraq": a target that is only a
 * modifier of the thing given, a place, another oblique or no actor at all gives way to the
 * actor of the recipient phrase. Returns 1 when *tgt was changed. */
int syn_recipient_target(coder_sent *S, const struct syntax_parse *P, int vw,
			 const coder_slot *src, coder_slot *tgt)
{
	int r = syn_recipient(P, vw);
	return r >= 0 && take_recipient(S, P, vw, r, src, tgt);
}

/* The verb of a purpose clause "to help/assist/support/feed X" on verb vw, or on its object
 * or on the clause it reports ("announced that it has earmarked 1.5 million euros in
 * emergency aid to help Haiti"), when it has an object X:
 * its phrase (X, and its obliques, as parsers hang "in need ... in Ethiopia" on "help")
 * names whom the thing is for; -1: none. Only a verb of helping says so: "sent troops to
 * fight the rebels" names an enemy, not a beneficiary. */
int syn_beneficiary(const struct syntax_parse *P, int vw)
{
	static const char *const help[] = { "help", "assist", "support", "feed", "aid",
					    "benefit", NULL };
	static const char *const clause[] = { "advcl", "xcomp", "acl", NULL };
	int o = syn_child_rel(P, vw, "obj"), c = syn_child_rel(P, vw, "ccomp");
	for (int i = 0; i < P->nw; i++) {
		int h = (int)P->w[i].head - 1;
		if ((h != vw && (o < 0 || h != o) && (c < 0 || h != c)) ||
		    !syn_rel_base_in(&P->w[i], clause) ||
		    !syn_is_verb(&P->w[i]) || !syn_stem_in(&P->w[i], help))
			continue;
		int m = syn_child_rel(P, i, "mark");
		if (m < 0 || !syn_word_is(&P->w[m], "to"))
			continue;   /* "aid helping Haiti" is no purpose; "to help" is */
		if (syn_child_rel(P, i, "obj") >= 0)
			return i;
	}
	return -1;
}

/* 1 when CAMEO code begins with one of the roots (a NULL-ended list). */
static int code_in(const char *code, const char *const *roots)
{
	for (int k = 0; code && roots[k]; k++)
		if (!strncmp(code, roots[k], strlen(roots[k])))
			return 1;
	return 0;
}

/* The beneficiary clause of a giving event (CAMEO 07 aid, 020/023 appeals, 033 offers)
 * that names no recipient phrase; -1: none, or another event. */
static int giving_beneficiary(const struct syntax_parse *P, int vw, const char *code)
{
	static const char *const giving[] = { "07", "020", "023", "033", NULL };
	return code_in(code, giving) && syn_recipient(P, vw) < 0 ? syn_beneficiary(P, vw) : -1;
}

/* "provided 1.2 billion euros for aid and research to end the Ebola outbreak in West
 * Africa": aid with no party named goes where its purpose clause (any "to" clause on verb
 * vw or in its object's phrase) is carried out: the first place, a bare country or region
 * in a locative phrase of that clause; -1: none. A party there ("to fight the rebels") is
 * no beneficiary, so only a place is taken. */
static int purpose_place(coder_sent *S, const struct syntax_parse *P, int vw,
			 const coder_slot *src)
{
	static const char *const clause[] = { "advcl", "xcomp", "acl", NULL };
	int o = syn_child_rel(P, vw, "obj");
	for (int i = 0; i < P->nw; i++) {
		int h = (int)P->w[i].head - 1, m = syn_child_rel(P, i, "mark");
		if (h < 0 || (h != vw && (o < 0 || !under(P, h, o))) ||
		    !syn_rel_base_in(&P->w[i], clause) || !syn_is_verb(&P->w[i]) ||
		    m < 0 || !syn_word_is(&P->w[m], "to"))
			continue;
		for (int k = 0; k < S->na; k++) {
			const coder_actor *a = &S->a[k];
			int w = syn_live_head(S, P, k);
			if (w < 0 || a->agent || S->t[a->pos].type == TY_PRON ||
			    !syn_locative(P, w) || !under(P, w, i))
				continue;
			coder_slot t;
			actors_make_slot(S, k, &t);
			if (t.n && (!src->n || strcmp(t.m[0].code, src->m[0].code)))
				return k;
		}
	}
	return -1;
}

/* A giving event with no recipient phrase: the beneficiary of its purpose clause is the
 * target, as a recipient would be ("has launched an appeal for USD 88 million to help
 * people in Ethiopia": not the money). Returns 1 when *tgt was changed. */
int syn_beneficiary_target(coder_sent *S, const struct syntax_parse *P, int vw,
			   const char *code, const coder_slot *src, coder_slot *tgt)
{
	int r = giving_beneficiary(P, vw, code);
	if (r >= 0)
		return take_recipient(S, P, vw, r, src, tgt);
	static const char *const aid[] = { "07", NULL };
	if (!code_in(code, aid) || syn_recipient(P, vw) >= 0 ||
	    (tgt->n && strcmp(tgt->m[0].code, "---")))
		return 0;
	int k = purpose_place(S, P, vw, src);
	if (k < 0)
		return 0;
	actors_make_slot(S, k, tgt);
	return 1;
}

/* The "in" phrase of a giving event's recipient that is a mission, force or operation ("sent
 * troops to the UN peacekeeping mission in Mali"): the country the forces serve; -1: none. */
static int mission_host(const struct syntax_parse *P, int vw, const char *code)
{
	static const char *const giving[] = { "07", "033", NULL };
	static const char *const mission[] = { "mission", "missions", "force", "forces",
					       "operation", "operations", "contingent", NULL };
	int r = code_in(code, giving) ? syn_recipient(P, vw) : -1;
	if (r < 0 || !syn_word_in(&P->w[r], mission))
		return -1;
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != r + 1 || !syn_rel_is(&P->w[i], "nmod"))
			continue;
		int c = syn_case_of(P, i);
		if (c >= 0 && syn_word_is(&P->w[c], "in"))
			return i;
	}
	return -1;
}

/* "Japan is sending troops to the United Nations peacekeeping force in South Sudan": the
 * forces go to help the mission's host; its country is the target (the target that is the
 * mission, or none, gives way). Returns 1 when *tgt was changed. */
int syn_mission_target(coder_sent *S, const struct syntax_parse *P, int vw,
		       const char *code, const coder_slot *src, coder_slot *tgt)
{
	int p = mission_host(P, vw, code), h = -1;
	if (p < 0 || (tgt->n && syn_slot_actor(S, P, tgt, &h) &&
		      (h < 0 || !under(P, h, (int)P->w[p].head - 1) || under(P, h, p))))
		return 0;   /* another party, or the host already */
	return actor_of_phrase(S, P, p, src, tgt);
}

/* 1 when slot s's actor lies in the beneficiary clause of giving event vw ("an appeal ...
 * to help people in need in Ethiopia" is for the people of the place) or is the host of
 * the mission given to: a party, no venue. */
int syn_beneficiary_place(coder_sent *S, const struct syntax_parse *P, int vw,
			  const char *code, const coder_slot *s)
{
	int h, r = giving_beneficiary(P, vw, code), p = mission_host(P, vw, code);
	if (!syn_slot_actor(S, P, s, &h) || h < 0)
		return 0;
	return (r >= 0 && under(P, h, r)) || (p >= 0 && under(P, h, p));
}

/* "The UN withdrew peacekeepers from Sinai", "will withdraw its troops from Kashmir": the
 * object of a withdrawal verb is the source's own people or forces, moved back; the party
 * the act is done to is the actor of the "from" phrase (CAMEO codes the place left, as
 * "withdrew its ambassador from Turkey" is TUR). Returns 1 when *tgt was changed. */
int syn_withdrawal_target(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *src, coder_slot *tgt)
{
	static const char *const withdraw[] = { "withdr", "pull", "recall", "evacuat", NULL };
	static const char *const from[] = { "from", NULL };
	if (!syn_stem_in(&P->w[vw], withdraw))
		return 0;
	int r = marked_phrase(P, vw, syn_child_rel(P, vw, "obj"), from);
	if (r < 0)
		return 0;
	const coder_actor *a = tgt->n && tgt->pos >= 0 && tgt->pos < S->nt ? tgt->m[0].a : NULL;
	int h = a && a->pos >= 0 && a->end < S->nt ? syn_span_head(P, a->pos, a->end) : -1;
	if (h >= 0 && under(P, h, r))
		return 0;   /* the place left already */
	return actor_of_phrase(S, P, r, src, tgt);
}
