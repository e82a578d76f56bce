/*
 * syncode.c - the CAMEO codes the syntax-aware coder (KHALDUN: SYNTAX) puts in place of the
 * dictionary's when the parse says the deed was denied (12x), threatened (13x), demanded
 * (10x) or cut off: "announced a suspension of aid to Pakistan", "reduced humanitarian aid",
 * "halted talks" tell that aid, cooperation or talks ended, which CAMEO codes as reducing
 * relations (16x), not as the aid given (07x). syntax.c's recode and demand rules call these.
 * Invariant: pure mappings and read-only queries on the parse; only the event code changes.
 */
#include "coder/syntree.h"
#include "coder/syntax.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* CAMEO's rejection for a refused or denied cooperation (03-08); NULL with *drop set for a
 * denied material act, demand, statement or rejection ("did not attack", "neither Britain
 * nor Mauritius have confirmed", "did not rule out talks": no event; a rejection denied is
 * no act toward the side, and not the deed it leaves open); NULL alone: left as coded
 * (appeals, a denied defiance). */
const char *syn_rejection(const char *a, int *drop)
{
	*drop = 0;
	int root = code_root_or_none(a);
	if (root < 0)
		return NULL;
	switch (root) {
	case 3: case 4: case 5: return "120";
	case 6: return "121";
	case 7: return "122";
	case 8: return "124";
	case 2: return NULL;
	case 12:
		/* a defiance denied ("Iran has not violated the deal") stays (stance14) */
		*drop = strncmp(a, "128", 3) != 0;
		return NULL;
	default:
		*drop = 1;
		return NULL;
	}
}

/* 1 when verb vw, coded a call, a visit or information shared (041-043, 064), carries a
 * plain negation with no modal ("has not traveled to Afghanistan", "did not share further
 * details", "had not been informed"): the contact did not take place, which tells no act
 * toward anyone; CAMEO's rejection (12x) needs a refusal ("refused to meet", "will not
 * visit", "cannot share": negated() and the modals keep those). Information not provided
 * or given ("Iran has not provided information to the IAEA") stays the rejection of a
 * cooperation owed (121). */
int syn_contact_not_made(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const modal[] = { "will", "would", "shall", "'ll", "can", "could",
		"may", "might", "must", "should", NULL };
	static const char *const give[] = { "provid", "giv", "gave", "hand", "suppl", NULL };
	if (!a || a[0] != '0' || !a[1] || !a[2] ||
	    (!((a[1] == '4' && a[2] >= '1' && a[2] <= '3') || (a[1] == '6' && a[2] == '4')) &&
	     !syn_stem_in(&P->w[vw], VOW_STEMS)))   /* lexvow62: "did not promise to help" */
		return 0;
	if (a[1] == '6' && syn_stem_in(&P->w[vw], give))
		return 0;
	return syn_not_on(P, vw) && !syn_child_word(P, vw, "aux", modal) &&
	       syn_future_verb(P, vw) < 0;
}

/* CAMEO's threat (13x) for a threatened conflict deed (14, 16-20); NULL: not one. */
const char *syn_threat_code(const char *a)
{
	switch (code_root_or_none(a)) {   /* -1, no code: default */
	case 14: return "133";   /* protest */
	case 16:   /* aid cut (162) 1311; sanctions (163) 1312; ties, talks, expulsion 1313 */
		return a[2] == '2' ? "1311" : a[2] == '3' ? "1312" : "1313";
	case 17: return "137";   /* repression */
	case 18: return "1383";  /* unconventional violence */
	case 19: return "1384";  /* conventional attack */
	case 20: return "1385";  /* mass violence */
	default: return NULL;
	}
}

/* CAMEO's demand (10x) for the deed a speaker says someone must do: meet (106), mediate
 * (108), cooperate
 * (101, 102), give aid (103), yield (105; release 1053, de-escalate 1056), else 100. */
const char *syn_demand_code(const char *a)
{
	switch (code_root_or_none(a)) {   /* -1, no code: default */
	case 4: return a[2] == '5' ? "108" : "106";   /* mediation; meeting */
	case 5: return "102";
	case 6: return "101";
	case 7: return "103";
	case 8: return a[2] == '4' ? "1053" : a[2] == '7' ? "1056" : "105";
	default: return "100";
	}
}

/* CAMEO's appeal (02x) for the deed a speaker says someone should do: meet (026), mediate
 * (028), cooperate (021, 022), give aid (023), yield (025; release 0253, de-escalate 0256),
 * else 020: "should" recommends, "must" demands (10x, syn_demand_code). */
const char *syn_appeal_code(const char *a)
{
	switch (code_root_or_none(a)) {   /* -1, no code: default */
	case 4: return a[2] == '5' ? "028" : "026";
	case 5: return "022";
	case 6: return "021";
	case 7: return "023";
	case 8: return a[2] == '4' ? "0253" : a[2] == '7' ? "0256" : "025";
	default: return "020";
	}
}

/* quotecontent148: a modal with "have" on verb c speaks of the past, it lays no duty. "must
 * have" ("the French ambassador said the Ivorian government must have given the orders")
 * infers a deed: a side said to have surely done it is charged with it, the speaker's
 * accusation (112) against that side, where the duty's reading made it a demand (100); a deed
 * of cooperation so inferred ("Iran must have released the sailors by now") charges no one, a
 * plain statement (010). "should have" / "ought to have" ("Israel should have stopped the
 * strikes") reproaches a side for what it did not do: criticism (111), no appeal (02x). NULL:
 * c is neither ("must return", "should be freed", "will have to") or a passive. */
static const char *inferred_deed_code(coder_sent *S, const struct syntax_parse *P, int c,
				      const char *a)
{
	static const char *const must[] = { "must", NULL };
	static const char *const should[] = { "should", "ought", NULL };
	static const char *const have[] = { "have", NULL };
	if (!syn_child_word(P, c, "aux", have) || syn_passive_verb(P, c))
		return NULL;   /* a passive ("must have been killed") names no doer: left */
	if (syn_child_word(P, c, "aux", should)) {
		S->syn_note = "rule: a deed a side 'should have' done is the speaker's reproach "
			      "(111), not an appeal";
		return "111";
	}
	if (!syn_child_word(P, c, "aux", must))
		return NULL;
	int r = code_root(a);   /* 0: no code */
	if (r >= 3 && r <= 9) {
		S->syn_note = "rule: a deed of cooperation a side 'must have' done is stated, "
			      "not demanded";
		return "010";
	}
	S->syn_note = "rule: a deed a side 'must have' done is the speaker's charge (112), not "
		      "a demand";
	return "112";
}

const char *syn_obligation_code(coder_sent *S, const struct syntax_parse *P, int c,
				const char *a)
{
	static const char *const must[] = { "must", NULL };
	const char *inferred = inferred_deed_code(S, P, c, a);
	if (inferred)
		return inferred;
	if (syn_child_word(P, c, "aux", must) || syn_need_to(P, c))
		return syn_demand_code(a);   /* "needs to", "has to": as "must" */
	S->syn_note = "rule: 'should'/'ought to' said of another is an appeal (02x), 'must' a "
		      "demand (10x)";
	return syn_appeal_code(a);
}

/* Words that end or cut what they govern; stems match their inflections and nouns
 * ("suspend" suspended, suspension). */
static const char *const CUT_STEMS[] = { "suspen", "halt", "freez", "froze", "reduc", "cut",
	"stop", "terminat", "cancel", "withh", "slash", "discontinu", "curtail", "scal", NULL };
static const char *const CUT_WORDS[] = { "end", "ended", "ends", "ending", "cease", "ceased",
	"ceases", "ceasing", "cessation", NULL };

static int cutting(const khaldun_parse_token *w)
{
	for (int k = 0; CUT_WORDS[k]; k++)
		if (syn_word_is(w, CUT_WORDS[k]))
			return 1;
	for (int k = 0; CUT_STEMS[k]; k++) {
		size_t n = strlen(CUT_STEMS[k]);
		if (w->len >= n && !strncasecmp(w->form, CUT_STEMS[k], n))
			return 1;
	}
	return 0;
}

/* "scaled back" / "scaling down" only: "scale" alone is no cut ("large-scale aid"). */
static int cuts(const struct syntax_parse *P, int h)
{
	const khaldun_parse_token *w = &P->w[h];
	if (!cutting(w))
		return 0;
	if (w->len >= 4 && !strncasecmp(w->form, "scal", 4)) {
		static const char *const down[] = { "back", "down", NULL };
		return syn_child_word(P, h, "compound:prt", down);
	}
	return 1;
}

/* CAMEO's reduction for cut cooperation: aid (07) 162 (economic 1621, military 1622,
 * humanitarian 1623), material cooperation (06) 160, consultations (04) 164; and the easing
 * for cut sanctions: an embargo, boycott or sanctions (163) 085, administrative sanctions
 * (172x: restrictions, bans, curfew, emergency rule) 081x. NULL: none. */
static const char *cut_code(const char *a)
{
	static const char *const eased[] = { "081", "0811", "0812", "0813", "0814" };
	if (a && a[0] == '1' && a[1] == '6' && a[2] == '3')
		return "085";
	if (a && a[0] == '1' && a[1] == '7' && a[2] == '2')
		return a[3] >= '1' && a[3] <= '4' ? eased[a[3] - '0'] : eased[0];
	if (!a || a[0] != '0')
		return NULL;
	switch (a[1]) {
	case '7':
		return a[2] == '1' ? "1621" : a[2] == '2' ? "1622" : a[2] == '3' ? "1623" : "162";
	case '6':
		return "160";
	case '4':
		return "164";
	default:
		return NULL;
	}
}

/* When the deed (the pattern's last word d: "aid" in "announced a suspension of aid",
 * "reduced humanitarian aid"; else the verb word) is what a cutting word governs, as its
 * object or complement ("suspended aid", "stopped supplying") or through of/to/on/in ("a
 * suspension of aid", "an end to talks", "a freeze on aid"), its code becomes the reduction.
 * Returns 1 when *code changed. */
int syn_cut(const struct syntax_parse *P, int d, dict_evcode *code)
{
	static const char *const preps[] = { "of", "to", "on", "in", NULL };
	/* "humanitarian" (the synset's word) names the aid it modifies */
	for (int hops = 0; hops < 2 && P->w[d].head &&
	     (syn_rel_is(&P->w[d], "amod") || syn_rel_is(&P->w[d], "compound")); hops++)
		d = (int)P->w[d].head - 1;
	const khaldun_parse_token *v = &P->w[d];
	const char *c = cut_code(code->a);
	if (!c || !v->head)
		return 0;
	int h = (int)v->head - 1, gov = syn_rel_is(v, "obj") || syn_rel_is(v, "xcomp");
	int cs = syn_case_of(P, d);
	for (int k = 0; !gov && cs >= 0 && preps[k]; k++)
		gov = syn_rel_base(v, "nmod") && syn_word_is(&P->w[cs], preps[k]);
	if (!gov || !cuts(P, h))
		return 0;
	/* a sanction eased only by a noun ("announced an end to sanctions"): a cutting verb
	 * there is the sanction itself ("froze the newspaper's assets") */
	if (code->a[0] == '1' && (!syn_upos_is(&P->w[h], "NOUN")))
		return 0;
	code->a = c;
	code->b = NULL;
	return 1;
}

/* 1 when verb c asks restraint, a deed that codes nothing of its own: exercise, show or
 * use "restraint", or "refrain from" violence, attacks, escalation, hostilities. CAMEO
 * counts asking it as asking to de-escalate (087: 1056 demanded, 0256 appealed for). */
static int asks_restraint(const struct syntax_parse *P, int c)
{
	static const char *const show[] = { "exercise", "show", "use", "practice", "practise",
		NULL };
	static const char *const restraint[] = { "restraint", NULL };
	static const char *const harm[] = { "violence", "attacks", "attack", "escalation",
		"hostilities", "fighting", "provocations", "provocation", "retaliation", "force",
		NULL };
	static const char *const from[] = { "from", NULL };
	if (syn_word_in(&P->w[c], show))
		return syn_child_word(P, c, "obj", restraint);
	if (!syn_word_is(&P->w[c], "refrain"))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == c + 1 && syn_rel_base(&P->w[i], "obl") &&
		    syn_word_in(&P->w[i], harm) && syn_child_word(P, i, "case", from))
			return 1;
	return 0;
}

/* sense86: 1 when the one who must (subj, in clause c) is anyone at all, so the saying is a
 * comment on how things are, not a demand on a side: "everyone"/"anyone", or a noun under
 * "each"/"every"/"any" that is no actor ("each firm must fend for itself"). Left alone: a
 * named side ("each side"'s actor, "Russia must withdraw") and a quoted "you": it is often
 * the speaker's hearers, a class told a rule ("if you publish a book, you must first obtain
 * permission"), so it stays a demand (a generic "you" rule was measured and removed). */
static int generic_must(coder_sent *S, const struct syntax_parse *P, int c, int subj)
{
	static const char *const all[] = { "everyone", "everybody", "anyone", "anybody",
		"each", NULL };
	static const char *const each[] = { "each", "every", "any", NULL };
	const khaldun_parse_token *w = &P->w[subj];
	if (syn_word_in(w, all))
		return 1;
	return syn_child_word(P, subj, "det", each) &&
	       syn_actor_with_role(S, P, c, R_SRC, NULL) < 0;
}

/* word92: 1 when the side found for a must-clause (word k) is no one who must but the
 * partner or patient of a thing that heads the clause's subject (subj): k hangs under subj
 * through a noun modifier opened by with/on/against/between/over ("said talks with China
 * must continue", "sanctions on Iran must stay"). The speaker then comments on the thing;
 * the statement stays. Left alone: the actor as subject or its possessor ("China must",
 * "China's army must"), of/from/in phrases that tell whose the subject is ("leaders of Kenya
 * must"), and `to`, whose actor may hold the thing in its hands ("immigration to France
 * should stop" stays an appeal to France). */
static int thing_must(const struct syntax_parse *P, int subj, int k)
{
	static const char *const rel[] = { "with", "on", "against", "between", "over", NULL };
	for (int i = k, hops = 0; i >= 0 && i != subj && hops < 6; hops++) {
		int h = (int)P->w[i].head - 1;
		if (h == subj)
			return syn_rel_is(&P->w[i], "nmod") &&
			       syn_child_word(P, i, "case", rel);
		i = h;
	}
	return 0;
}

/* verb96: 1 when speech verb vw claims what is so (claim, allege, contend) and its clause c
 * holds "should"/"ought", not "must": "Nairobi claims the border should run due east" tells
 * how a thing is meant to be, an assertion, no advice to a side (the statement stays). "Must"
 * ("claims Uganda must pay") and the verbs that advise or tell ("said", "urged") are left. */
static int claimed_should(const struct syntax_parse *P, int vw, int c)
{
	static const char *const assert[] = { "claim", "alleg", "contend", NULL };
	static const char *const should[] = { "should", "ought", NULL };
	return syn_stem_in(&P->w[vw], assert) && syn_child_word(P, c, "aux", should) &&
	       !syn_need_to(P, c);
}

/* "Human Rights Watch said that Sudanese authorities must ensure security": a statement
 * (01) whose complement clause (ccomp) has must/should/ought is the speaker's demand (100),
 * on the complement's subject (its actor, also a passive one: "the border posts must be
 * reopened"), when the demanded deed codes no event of its own. Returns 1 when changed. */
int syn_said_must(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		  coder_slot *tgt, dict_evcode *code)
{
	static const char *const must[] = { "must", "should", "ought", NULL };
	if (!code->a || code->a[0] != '0' || code->a[1] != '1')
		return 0;
	int c = -1;
	for (int i = 0; i < P->nw && c < 0; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "ccomp") &&
		    (syn_child_word(P, i, "aux", must) || syn_need_to(P, i)))
			c = i;
	if (c < 0 || !syn_upos_is(&P->w[c], "VERB") || claimed_should(P, vw, c))
		return 0;   /* "it should be something ...": a judgement, no deed */
	/* the one who must: a subject of its own, not the speaker's side, a dummy ("we must
	 * finally tackle", "it should") or the generic "one" ("one should not overstate the rift":
	 * advice to no side, a plain statement) */
	static const char *const self[] = { "we", "i", "it", "this", "that", "there", "us", "one",
		NULL };
	int subj = syn_child_rel(P, c, "nsubj");
	if (subj < 0)
		subj = syn_child_rel(P, c, "nsubj:pass");
	for (int k = 0; subj >= 0 && self[k]; k++)
		if (syn_word_is(&P->w[subj], self[k]))
			return 0;
	int poss = subj >= 0 ? syn_child_rel(P, subj, "nmod:poss") : -1;
	if (subj < 0 || (poss >= 0 && syn_word_is(&P->w[poss], "our")) ||
	    generic_must(S, P, c, subj))
		return 0;
	int k = syn_actor_with_role(S, P, c, R_SRC, src);
	if (k < 0 && syn_passive_verb(P, c))
		k = syn_actor_with_role(S, P, c, R_TGT, src);
	if (k >= 0 && thing_must(P, subj, syn_live_head(S, P, k)))
		return 0;
	if (k >= 0)
		actors_make_slot(S, k, tgt);
	code->a = syn_obligation_code(S, P, c, asks_restraint(P, c) ? "087" : NULL);
	code->b = NULL;
	/* a deed told in a clause or phrase of time on the obligation ("before he would
	 * support lifting sanctions", "after the Bali bombing") is the demand's condition or
	 * setting, not an event that outranks the demand: the statement holds it */
	static const char *const when[] = { "before", "after", "until", "till", "once",
		"following", NULL };
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == c + 1 && i > c &&
		    (syn_rel_is(&P->w[i], "advcl") || syn_rel_base(&P->w[i], "obl")) &&
		    (syn_child_word(P, i, "mark", when) || syn_child_word(P, i, "case", when))) {
			S->syn_content = i + 1;
			break;
		}
	return 1;
}

/* "clients include jailed pro-democracy publisher Jimmy Lai": a past participle (-ed) the
 * parse hangs as a bare complement (xcomp: no "to", auxiliary or subject of its own) right
 * after a verb that has no object, with the noun phrase after it as its object, is an
 * adjective on that noun phrase, the verb's real object: no deed. Returns 1 when so. */
static int participle_adjective(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "xcomp") || (int)w->head != vw || w->len < 5 || !syn_ends(w, "ed"))
		return 0;
	int h = vw - 1;
	if (!syn_is_verb(&P->w[h]) || syn_child_rel(P, h, "obj") >= 0 ||
	    syn_child_rel(P, vw, "obj") < 0 || syn_child_rel(P, vw, "mark") >= 0 ||
	    syn_child_rel(P, vw, "nsubj") >= 0)
		return 0;
	for (int i = 0; i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "aux"))
			return 0;
	return 1;
}

/* "a recent report, The Program ..., released this month by the OECD": "released" as a
 * participle the parse hangs on a document noun (acl) tells of the document, not of anyone
 * set free. Returns 1 when so. */
static int released_document(const struct syntax_parse *P, int vw)
{
	static const char *const doc[] = { "report", "reports", "study", "survey", "statement",
					   "data", "figures", "findings", "results", "document",
					   "video", "footage", "images", "photos", "letter", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "acl") || !w->head || w->len < 7 || strncasecmp(w->form, "releas", 6))
		return 0;
	for (int k = 0; doc[k]; k++)
		if (syn_word_is(&P->w[w->head - 1], doc[k]))
			return 1;
	return 0;
}

/* "the Ramadan attack shows", "export revenue", "a strike team", "rocket engine technology":
 * a verb stem the parse reads as a noun compounded into the noun after it (only compound
 * nouns between them) names a kind of thing, not a deed. Not a noun with a subject or object
 * of its own, nor one an adjective separates from its head ("trains Iraqi pilots": a verb
 * the tagger misread). Returns 1 when so. */
int syn_noun_use(const struct syntax_parse *P, int vw)
{
	/* a verb whose noun is a thing or a person, no deed: "the Iranian ship", "cargo ships"
	 * (SHIP_), "the journalist and VOA host Masih Alinejad" (HOST 042/043), "medical
	 * supplies", "regular supplies of chicks" (SUPPLY 070: goods, not their giving);
	 * word98: "escaped from the Nairobi city jail" (JAIL_ 173: the building, no jailing);
	 * word101: "the theft of public funds" (FUNDS_ 070: money, no funding given) */
	static const char *const thing[] = { "ship", "ships", "host", "hosts", "supplies", "jail",
					     "jails", "fund", "funds", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (participle_adjective(P, vw) || released_document(P, vw))
		return 1;
	if (syn_upos_is(w, "NOUN") && syn_word_in(w, thing)) {
		/* as a noun phrase of its own ("the Iranian ship", "two cargo ships", an object);
		 * not "Iran ships drones to Russia", a verb misread as a subject noun */
		static const char *const mods[] = { "det", "amod", "nummod", "nmod:poss", NULL };
		for (int k = 0; mods[k]; k++)
			if (syn_child_rel(P, vw, mods[k]) >= 0)
				return 1;
		int c = syn_child_rel(P, vw, "compound");
		if (c >= 0 && syn_upos_is(&P->w[c], "NOUN"))
			return 1;
		if (syn_rel_is(w, "obj") || syn_rel_base(w, "obl") || syn_rel_base(w, "nmod") ||
		    syn_rel_is(w, "appos"))
			return 1;
		/* coordinated with a noun ("the journalist and VOA host") */
		if (syn_rel_is(w, "conj") && w->head && P->w[w->head - 1].upos &&
		    !strcmp(P->w[w->head - 1].upos, "NOUN"))
			return 1;
	}
	if (!syn_upos_is(w, "NOUN") || !syn_rel_is(w, "compound") ||
	    (int)w->head <= vw + 1)
		return 0;
	if (syn_child_rel(P, vw, "nsubj") >= 0 || syn_child_rel(P, vw, "obj") >= 0)
		return 0;
	for (int i = vw + 1; i < (int)w->head - 1; i++)
		if (!syn_rel_is(&P->w[i], "compound"))
			return 0;
	return 1;
}

/* "Burkina Faso, Mali and Niger withdrew from ECOWAS", "the U.S. pulled out of the WHO": a
 * military withdrawal (0874) with no object of its own (not "withdrew troops from") whose
 * target is an international organisation (IGO...) leaves the body: CAMEO's reduction of
 * relations (160), as "withdrew from the alliance" is in the dictionary. Said as future
 * ("will withdraw from the ICC", recoded to the intent 0356) it is the announced decision to
 * leave, still 160, not a promise to de-escalate. Returns 1 when changed. */
int syn_left_organisation(const struct syntax_parse *P, int vw, const coder_slot *tgt,
			  dict_evcode *code)
{
	if (!code->a || (strcmp(code->a, "0874") && strcmp(code->a, "0356")) || !tgt->n ||
	    !tgt->m[0].code || strncmp(tgt->m[0].code, "IGO", 3) ||
	    syn_child_rel(P, vw, "obj") >= 0)
		return 0;
	code->a = "160";
	code->b = NULL;
	return 1;
}

/* Gives the event code a (no second code) and the rule's note; returns 1. */
static int recode_as(coder_sent *S, dict_evcode *code, const char *a, const char *note)
{
	code->a = a;
	code->b = NULL;
	S->syn_note = note;
	return 1;
}

/* words of fear (syn_feared, dismissed_fear) */
static const char *const FEAR[] = { "fear", "fears", "feared", "fearing", "fearful", "afraid",
	"concern", "concerns", "concerned", "worry", "worries", "worried", "risk", "risks",
	"danger", "dangers", "anxiety", "anxious", "apprehension", NULL };

/* nouns of hope (syn_feared_deed: a deed hoped for) */
static const char *const HOPE[] = { "hope", "hopes", NULL };

static const char *const tariff_words[] = { "tariff", "tariffs", "duty", "duties", "levy",
	"levies", NULL };

/* The tariff word on the way up from word h to the event word vw (both excluded), or -1;
 * an `on` phrase the parser hung on vw itself ("raised tariffs | on steel exports to X")
 * belongs to vw's tariff object. */
static int tariff_above(const struct syntax_parse *P, int h, int vw)
{
	for (int x = h, n = 0; x >= 0 && x != vw && n < P->nw; n++) {
		if (x != h && syn_word_in(&P->w[x], tariff_words))
			return x;
		int up = P->w[x].head ? (int)P->w[x].head - 1 : -1;
		int c = up == vw ? syn_case_of(P, x) : -1;
		int o = c >= 0 && syn_word_is(&P->w[c], "on") ? syn_child_rel(P, vw, "obj") : -1;
		if (o >= 0)
			return syn_word_in(&P->w[o], tariff_words) ? o : -1;
		x = up;
	}
	return -1;
}

/* 1 when word h, the head of an actor under tariff word x, is the one who levies the tariff
 * (the tariff word's own adjective, compound or possessor) or where the goods are sold (a
 * `to`/`into` phrase below the tariff word, not on the tariff itself). */
static int tariff_levier(const struct syntax_parse *P, int h, int x)
{
	const khaldun_parse_token *w = &P->w[h];
	int c = syn_case_of(P, h);
	if ((int)w->head - 1 == x)
		return syn_rel_is(w, "amod") || syn_rel_is(w, "compound") ||
		       syn_rel_is(w, "nmod:poss");
	return c >= 0 && (syn_word_is(&P->w[c], "to") || syn_word_is(&P->w[c], "into"));
}

/* The live actor under tariff word x (on the way up to vw) that is neither its levier nor
 * the goods' destination: where the goods come from ("exports to the U.S. from 35
 * countries, including the EU bloc"); -1: none. */
static int tariff_origin(coder_sent *S, const struct syntax_parse *P, int vw, int x,
			 const coder_slot *src)
{
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		if (h >= 0 && tariff_above(P, h, vw) == x && !tariff_levier(P, h, x) &&
		    syn_actor_apart(S, k, src))
			return k;
	}
	return -1;
}

/* "doubling the 25% U.S. tariff on its northern neighbor's steel", "levied tariffs on
 * steel exports to the U.S.", "the Tariffs on Cars coming into the U.S.": a tariff is paid
 * on goods entering the country that levies it, so for a sanction or its threat (16x, 17x,
 * 13x) the actor that qualifies the tariff word itself (its adjective, compound or
 * possessor) is the one who levies it, and the actor the goods go to (a `to`/`into` phrase
 * under the tariff word, not on the tariff itself) is where they are sold: neither is the
 * target (bans differ: "banned arms sales to Iran" aims at Iran). The target is then the
 * actor the goods come from, if one is named under the tariff word, else none. Returns 1
 * when the target changed. */
int syn_tariff_owner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     const coder_slot *src, coder_slot *tgt)
{
	const coder_actor *t = tgt->n ? tgt->m[0].a : NULL;
	if (!a || a[0] != '1' || (a[1] != '6' && a[1] != '7' && a[1] != '3') || !t ||
	    t->pos < 0 || t->end >= S->nt)
		return 0;
	int h = syn_span_head(P, t->pos, t->end);
	int x = h >= 0 ? tariff_above(P, h, vw) : -1;
	if (x < 0 || !tariff_levier(P, h, x))
		return 0;
	int k = tariff_origin(S, P, vw, x, src);
	if (k >= 0)
		actors_make_slot(S, k, tgt);
	else
		tgt->n = 0;
	return 1;
}

/* evref52: 1 when w is an owner word of the noun it hangs on: its adjective ("the Israeli
 * strike"), compound ("the U.S. strikes") or possessor ("Russia's attack"). */
static int owner_word(const khaldun_parse_token *w)
{
	return syn_rel_is(w, "amod") || syn_rel_is(w, "compound") || syn_rel_is(w, "nmod:poss");
}

/* evref52: "condemned the Israeli strike on Doha", "welcomed Russia's attack on Kyiv": a
 * reaction (praise 051, criticism 11x, rejection 12x, protest 14x) to an act noun judges the
 * act's author, its owner word (owner_word), not the victim or place its "on" phrase names.
 * The target chosen so far must be none or an actor under the act noun by another relation
 * ("the U.S. strikes on boats in the Caribbean"). Returns 1 when the target changed. */
int syn_act_owner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		  const coder_slot *src, coder_slot *tgt)
{
	static const char *const acts[] = { "attack", "attacks", "strike", "strikes",
		"airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "shelling",
		"bombardment", "assault", "offensive", "invasion", "incursion", "launch",
		"launches", "arrest", "arrests", "detention", "killing", "killings", NULL };
	if (!a || !(!strcmp(a, "051") || (a[0] == '1' && (a[1] == '1' || a[1] == '2' ||
							     a[1] == '4'))))
		return 0;
	int o = syn_child_rel(P, vw, "obj");
	if (o < 0 || !syn_word_in(&P->w[o], acts))
		return 0;
	const coder_actor *t = tgt->n ? tgt->m[0].a : NULL;
	if (t) {
		int h = t->pos >= 0 && t->end < S->nt ? syn_span_head(P, t->pos, t->end) : -1;
		int b = h >= 0 ? syn_below(P, h, o) : -1;
		if (b < 0 || owner_word(&P->w[b]))
			return 0;
	}
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k);
		if (h < 0 || (int)P->w[h].head - 1 != o || !owner_word(&P->w[h]) ||
		    !syn_actor_apart(S, k, src))
			continue;
		actors_make_slot(S, k, tgt);
		S->syn_note = "rule: the owner of the act the reaction judges is the target";
		return 1;
	}
	return 0;
}

/* "New U.S. tariffs on Chinese goods took effect": a sanction whose source actor names the
 * taxed goods (under the tariff word in its subject, not the tariff's own adjective or
 * possessor, "Trump's tariffs") is its target; the source is then none. Returns 1 when so. */
int syn_tariff_goods(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     coder_slot *src, coder_slot *tgt)
{
	const coder_actor *t = src->n ? src->m[0].a : NULL;
	if (!a || a[0] != '1' || a[1] != '6' || !t || tgt->n || t->pos < 0 || t->end >= S->nt)
		return 0;
	int h = syn_span_head(P, t->pos, t->end);
	int x = h >= 0 ? tariff_above(P, h, vw) : -1;
	if (x < 0 || (int)P->w[h].head - 1 == x)
		return 0;
	slot_copy(tgt, src);
	src->n = 0;
	return 1;
}

static int clause_on_word(const struct syntax_parse *P, int vw, const char *const *words,
			  int noun);

/* "stayed silent for fear China would retaliate", "Taiwan fears China will attack", "concerns
 * that Russia could invade Moldova": a deed said as future or conditional whose clause hangs
 * on a word of fear (up the parse through a complement, relative or adverbial clause, or the
 * word right before the clause, "that" skipped) is someone's fear, no threat by the doer.
 * Returns 1 when so: syntax.c's recode then codes nothing. */
int syn_feared(const struct syntax_parse *P, int vw)
{
	return clause_on_word(P, vw, FEAR, 0);
}

/* 1 when parse word w is tagged a common noun ("hope" in "in the hope that") */
static int is_noun(const khaldun_parse_token *w)
{
	return syn_upos_is(w, "NOUN");
}

/* gap149: 1 when parse word w is tagged a noun or a name ("flights", "Ukraine") */
static int nominal_word(const khaldun_parse_token *w)
{
	return w->upos && (!strcmp(w->upos, "NOUN") || !strcmp(w->upos, "PROPN"));
}

/* false147: 1 when the clause of verb vw hangs on one of words (up the parse through a
 * complement, relative or adverbial clause, or the word right before the clause, "that"
 * skipped): "for fear China would retaliate" on "fear", "in hopes that the United States can
 * help push for his release" on "hopes". With noun set, that word must be a noun ("in the
 * hope that", not the verb of "says it hopes Russia will help"). */
static int clause_on_word(const struct syntax_parse *P, int vw, const char *const *words,
			  int noun)
{
	const char *const *fear = words;
	int c = vw;
	for (int hops = 0; hops < 2 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (!(syn_rel_base(w, "ccomp") || syn_rel_base(w, "acl") || syn_rel_is(w, "advcl")))
			break;
		c = (int)w->head - 1;
		if (syn_word_in(&P->w[c], fear) && (!noun || is_noun(&P->w[c])))
			return 1;
	}
	int start = vw;   /* the clause's first word: its subject's, else its mark or aux */
	for (int i = 0; i < vw; i++)
		for (int u = i, hops = 0; u >= 0 && hops < 4; hops++, u = (int)P->w[u].head - 1)
			if ((int)P->w[u].head == vw + 1) {
				if (i < start)
					start = i;
				break;
			}
	int t = start - 1;
	if (t >= 0 && syn_word_is(&P->w[t], "that"))
		t--;
	if (t >= 0 && syn_word_in(&P->w[t], fear) && (!noun || is_noun(&P->w[t])))
		return 1;
	/* a noun: the word right before the clause's "that", when the parser hung a phrase
	 * before the noun on the clause ("in Beijing this week in hopes that China can help") */
	for (int i = 1; noun && i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "mark") &&
		    syn_word_is(&P->w[i], "that") && syn_word_in(&P->w[i - 1], fear) &&
		    is_noun(&P->w[i - 1]))
			return 1;
	return 0;
}

/* undonec111: the verb whose complement the -ING word vw is when the parser read it as a
 * modifier of that verb's object ("may end up attacking Argentine ports": `attacking` an
 * `amod` of `ports`, the object of `end`): vw right after the verb or its particle. Else vw.
 */
static int misread_gerund(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_ends_ing(w) || !syn_is_verb(w) || !syn_rel_is(w, "amod") || !w->head || vw < 1)
		return vw;
	const khaldun_parse_token *n = &P->w[w->head - 1];
	if ((int)w->head - 1 <= vw || !syn_rel_is(n, "obj") || !n->head)
		return vw;
	int h = (int)n->head - 1, k = vw - 1;
	if (k != h && !(syn_rel_is(&P->w[k], "compound:prt") && (int)P->w[k].head - 1 == h))
		return vw;
	return syn_is_verb(&P->w[h]) ? h : vw;
}

/* The verb whose auxiliary says how sure the deed of verb vw is: up from a verb coordinated
 * with no subject or auxiliary of its own, a complement ("may have to consider developing
 * its own weapons or ask the U.S. to redeploy") and a means clause ("could escalate threats
 * by testing its weapons"); not past a verb of seeing ("could be seen surrounding the
 * hotel": the deed is seen, not maybe done). */
static int modal_scope(const struct syntax_parse *P, int vw)
{
	static const char *const see[] = { "see", "seen", "saw", "hear", "heard", "watch",
		"watched", NULL };
	static const char *const by[] = { "by", NULL };
	int u = misread_gerund(P, vw);
	for (int hops = 0; hops < 6 && P->w[u].head; hops++) {
		const khaldun_parse_token *x = &P->w[u];
		int h = (int)x->head - 1;
		int up = (syn_rel_is(x, "conj") && syn_is_verb(x) && syn_is_verb(&P->w[h]) &&
			  syn_child_rel(P, u, "nsubj") < 0 && syn_child_rel(P, u, "aux") < 0) ||
			 (syn_rel_is(x, "xcomp") && !syn_word_in(&P->w[h], see)) ||
			 (syn_rel_is(x, "advcl") && syn_child_word(P, u, "mark", by));
		if (!up)
			break;
		u = h;
	}
	return u;
}

/* 1 for a statement's code (010-013), whose "could" is often past ability ("where we could
 * tell her how happy we were") and whose speaker is no deed's doer. */
static int statement_code(const char *a)
{
	return code_root(a) == 1 && a[2] >= '0' && a[2] <= '3';
}

/* hypo148: the verb whose phrase deed word vw is: a deed noun is its verb's object
 * ("authorizing fines") or oblique ("would protect them from rebel attacks"), or hangs on
 * such a noun ("would guard the market against gang raids"); a gerund after "from" or
 * "against" is what its verb keeps away ("would protect them from looting by gangs"). vw
 * itself when none of these. */
static int deed_phrase_verb(const struct syntax_parse *P, int vw)
{
	static const char *const away[] = { "from", "against", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !w->upos)
		return vw;
	int h = (int)w->head - 1;
	if (!strcmp(w->upos, "VERB"))
		return syn_rel_is(w, "advcl") && syn_child_word(P, vw, "mark", away) &&
		       syn_is_verb(&P->w[h]) ? h : vw;
	if (strcmp(w->upos, "NOUN"))
		return vw;
	if (syn_rel_is(w, "nmod") && syn_upos_is(&P->w[h], "NOUN") &&
	    P->w[h].head) {
		w = &P->w[h];
		h = (int)w->head - 1;
	}
	return syn_rel_is(w, "obj") || syn_rel_is(w, "obl") ? h : vw;
}

/* "concerns that a Chinese update to its maritime law will help Beijing tighten control ...
 * by legalizing interception of foreign vessels and authorizing fines": see syntree.h. */
int syn_feared_deed(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const future[] = { "will", "would", "could", "may", "might", "'ll",
		NULL };
	static const char *const may[] = { "will", "would", "could", "can", "may", "might",
		"'ll", NULL };
	if (a[0] == '1' && a[1] == '3')
		return syn_feared(P, vw);
	if (statement_code(a))
		return 0;   /* "concerns that ..., said Klingner" */
	int u = modal_scope(P, deed_phrase_verb(P, vw));
	if (syn_child_word(P, u, "aux", future) && syn_feared(P, u))
		return 1;
	/* false147: a deed hoped for, the clause of the noun "hope" under a modal ("in hopes
	 * that the United States can help push for his release", "in the hope that the EU will
	 * demand"): the hope of the one who hopes, no deed of the doer */
	return syn_child_word(P, u, "aux", may) && clause_on_word(P, u, HOPE, 1);
}

/* nounsdeed148: "221 cases of rape against children", "touted support for regular talks",
 * "allegations of torture": a deed noun with no article, possessor or number of its own, in an
 * "of" or "for" phrase on a noun of report, instance or stance (TOPIC_HEAD_NOUNS), names the
 * kind of deed that noun is about, no deed done. "a new round of talks", "the release of the
 * prisoners", "reports of the attack" and a plural after "of" ("cases of attacks") stay.
 * Returns 1 when so. */
int syn_topic_deed_noun(const struct syntax_parse *P, int vw)
{
	static const char *const preps[] = { "of", "for", NULL };
	static const char *const own[] = { "det", "nmod:poss", "nummod", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!is_noun(w) || !w->head || !syn_rel_is(w, "nmod") ||
	    !syn_child_word(P, vw, "case", preps))
		return 0;
	for (int k = 0; own[k]; k++)
		if (syn_child_rel(P, vw, own[k]) >= 0)
			return 0;
	/* of a tally, a plural counts the deeds themselves ("120 cases of attacks against
	 * journalists", speech73); a bare singular names their kind ("cases of rape") */
	static const char *const of[] = { "of", NULL };
	if (syn_child_word(P, vw, "case", of) && w->len > 2 &&
	    tolower((unsigned char)w->form[w->len - 1]) == 's')
		return 0;
	/* a doer named in its own "by" phrase ("reports of torture by Egyptian police") is
	 * left to the rules of a deed noun's doer */
	static const char *const by[] = { "by", NULL };
	for (int k = vw + 1; k < P->nw; k++)
		if ((int)P->w[k].head - 1 == vw && syn_child_word(P, k, "case", by))
			return 0;
	const khaldun_parse_token *h = &P->w[w->head - 1];
	return (int)w->head - 1 < vw && is_noun(h) && syn_word_in(h, TOPIC_HEAD_NOUNS);
}

/* "tariffs on steel and aluminum exports to the U.S.", "paid by importing companies",
 * "Chinese EV imports": economic cooperation (061) whose word, the pattern's only word
 * (d == vw), is a noun or a noun's modifier names the goods or trade, not a deed of trade
 * ("China exports oil to Iran", "trade with Mauritius" stay). Returns 1 when so. */
int syn_commerce_noun(const struct syntax_parse *P, int vw, int d, const char *a)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (d != vw || !a || strcmp(a, "061") || !w->upos)
		return 0;
	if (!strcmp(w->upos, "NOUN"))
		return syn_child_rel(P, vw, "nsubj") < 0 && syn_child_rel(P, vw, "obj") < 0;
	return syn_rel_is(w, "amod");   /* "importing companies" */
}

/* syntree.h: actor k on the side of the slot's first actor (same code or country). */
int syn_same_side(coder_sent *S, int k, const coder_slot *s)
{
	if (k < 0 || !s->n || !S->a[k].ncodes)
		return 0;
	return syn_codes_same_side(S->a[k].codes[0], s->m[0].code);
}

int syn_codes_same_side(const char *a, const char *b)
{
	char ca[4], cb[4];
	if (!a || !b)
		return 0;
	if (!strcmp(a, b))
		return 1;
	actor_split(a, ca);
	actor_split(b, cb);
	return ca[0] && !strcmp(ca, cb);
}

int syn_codes_rivals(const char *a, const char *b)
{
	static const char *const state[] = { "GOV", "MIL", "COP", "JUD", "SPY", NULL };
	static const char *const rebel[] = { "INS", "REB", "UAF", "SEP", "OPP", NULL };
	char ca[4], cb[4];
	const char *ra = actor_split(a, ca), *rb = actor_split(b, cb);
	if (!ca[0] || strcmp(ca, cb))
		return 0;
	int sa = 0, sb = 0, xa = 0, xb = 0;
	for (int k = 0; state[k]; k++) {
		sa |= !strncmp(ra, state[k], 3);
		sb |= !strncmp(rb, state[k], 3);
	}
	for (int k = 0; rebel[k]; k++) {
		xa |= !strncmp(ra, rebel[k], 3);
		xb |= !strncmp(rb, rebel[k], 3);
	}
	if ((sa && xb) || (xa && sb))
		return 1;
	/* sides50: a people, court, legislature or press holding its own rulers to account
	 * ("Kenyan lawmakers said Ruto had abused his power") is a second side too; not a
	 * court on a court (one role named twice) */
	static const char *const critic[] = { "CVL", "JUD", "LEG", "MED", NULL };
	int qa = 0, qb = 0;
	for (int k = 0; critic[k]; k++) {
		qa |= !strncmp(ra, critic[k], 3);
		qb |= !strncmp(rb, critic[k], 3);
	}
	return strncmp(ra, rb, 3) && ((sa && qb) || (qa && sb));
}

/* 1 when noun word n is a deed only foreseen: "a possible IS resurgence", "potential
 * attacks", "in future talks". */
static int possible_noun(const struct syntax_parse *P, int n)
{
	static const char *const maybe[] = { "possible", "potential", "likely", "eventual",
		"future", NULL };
	return syn_upos_is(&P->w[n], "NOUN") && syn_child_word(P, n, "amod", maybe);
}

/* false40: 1 when deed noun n is the object of a verb of merit ("its allocation deserves
 * further review", "the case merits an investigation", "warrants sanctions"): a deed
 * called due, not done. */
static int merited_noun(const struct syntax_parse *P, int n)
{
	static const char *const merit[] = { "deserve", "deserves", "deserved", "deserving",
		"merit", "merits", "merited", "warrant", "warrants", "warranted", NULL };
	const khaldun_parse_token *w = &P->w[n];
	return syn_upos_is(w, "NOUN") && syn_rel_is(w, "obj") && w->head &&
	       syn_is_verb(&P->w[w->head - 1]) && syn_word_in(&P->w[w->head - 1], merit);
}

/* 1 when warning verb vw warns "of" or "about" a possible deed ("warned in July of a
 * possible IS resurgence"): what others may do, not what the speaker will. The phrase may
 * hang on the verb or, as the parse often has it, on an oblique of the verb ("July"). */
static int warned_of_possible(const struct syntax_parse *P, int vw)
{
	static const char *const of[] = { "of", "about", NULL };
	for (int i = 0; i < P->nw; i++) {
		int h = (int)P->w[i].head - 1;
		int on_verb = h == vw || (h >= 0 && syn_rel_base(&P->w[h], "obl") &&
					  (int)P->w[h].head == vw + 1);
		if (on_verb && (syn_rel_base(&P->w[i], "obl") || syn_rel_base(&P->w[i], "nmod")) &&
		    syn_child_word(P, i, "case", of) && possible_noun(P, i))
			return 1;
	}
	return 0;
}

/* "Researchers warn that type 2 diabetes could affect millions", "Israel warned that
 * Hezbollah could attack": a warning (a 13x code on warn) whose complement clause has a
 * subject that is neither a pronoun ("warned it would strike", "warned there will be
 * consequences") nor the speaker's side, and with no condition ("bases are at risk if Turkey
 * is sanctioned" stays a threat), says what others may do, not what the speaker will do:
 * CAMEO's pessimistic comment (012), not a threat; its target the complement's subject
 * actor, if any. Returns 1 when changed (S->syn_note says so). */
int syn_warning(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		coder_slot *tgt, dict_evcode *code)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!code->a || code->a[0] != '1' || code->a[1] != '3' || w->len < 4 ||
	    strncasecmp(w->form, "warn", 4))
		return 0;
	int c = syn_child_rel(P, vw, "ccomp");
	if (c < 0 && warned_of_possible(P, vw))
		return recode_as(S, code, "012", "rule: a warning of a possible deed ('warned of a "
				 "possible IS resurgence') is a pessimistic comment, 012, not a "
				 "threat");
	if (c < 0 || syn_harm_clause(P, c))
		return 0;   /* "warned that terrorists will not be spared": the speaker's threat */
	for (int i = 0; i < P->nw; i++)   /* "... are at risk if Turkey is sanctioned": a threat */
		if (((int)P->w[i].head == c + 1 || (int)P->w[i].head == vw + 1) &&
		    syn_rel_base(&P->w[i], "advcl") && syn_conditional(P, i))
			return 0;
	int subj = syn_child_rel(P, c, "nsubj");
	if (subj < 0)
		subj = syn_child_rel(P, c, "expl");
	int pron = subj >= 0 && (!P->w[subj].upos || !strcmp(P->w[subj].upos, "PRON"));
	/* "officials warn it is simply too big to put out": a state told, with no modal or
	 * auxiliary and no deed to do ("it is ready to strike"), is no deed the speaker will
	 * do, whatever its pronoun */
	if (pron && syn_child_rel(P, c, "cop") >= 0 && syn_child_rel(P, c, "aux") < 0 &&
	    syn_child_rel(P, c, "xcomp") < 0)
		return recode_as(S, code, "012", "rule: a warning that tells a state ('warn it is "
				 "too big to put out') is a pessimistic comment, 012, not a "
				 "threat");
	if (subj < 0 || pron)
		return 0;
	int k = syn_actor_with_role(S, P, c, R_SRC, NULL);
	if (k < 0 && syn_passive_verb(P, c))
		k = syn_actor_with_role(S, P, c, R_TGT, NULL);
	if (syn_same_side(S, k, src))
		return 0;
	if (k >= 0)
		actors_make_slot(S, k, tgt);
	code->a = "012";
	code->b = NULL;
	S->syn_note = "rule: a warning of what others may do (the complement's subject is not the "
		      "speaker) is a pessimistic comment, 012, not a threat";
	return 1;
}

/* 1 when the subject of verb word vw is a "neither ... nor" compound ("Neither China nor
 * Thailand has explained ..."): the verb is denied of both. */
int syn_neither(const struct syntax_parse *P, int vw)
{
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0)
		return 0;
	for (int i = 0; i < s; i++)
		if ((int)P->w[i].head == s + 1 && syn_word_is(&P->w[i], "neither"))
			return 1;
	return s > 0 && syn_word_is(&P->w[s - 1], "neither");
}

/* 1 for a material deed's root (CAMEO 06-08, 14-15, 17-20: the roots MODALS drops). */
static int material_root(int root)
{
	return (root >= 6 && root <= 8) || root == 14 || root == 15 || root >= 17;
}

/* 1 when the verb u (from modal_scope) carries one of the modals as its auxiliary, or is the
 * modal itself: the parser heads a modal before a preconjunction ("could either escalate
 * threats by testing its weapons or hold talks": "escalate" a conj of "could"), and
 * modal_scope climbs to it. */
static int modal_on(const struct syntax_parse *P, int u, const char *const *modal)
{
	const khaldun_parse_token *x = &P->w[u];
	if (syn_child_word(P, u, "aux", modal) ||
	    (syn_upos_is(x, "AUX") && syn_word_in(x, modal)))
		return 1;
	/* undonec111: "Ethiopia could either resume shelling", the modal attached to a verb
	 * further on: a modal right before the verb ("either" or adverbs between) is its own */
	int k = u - 1;
	while (k > 0 && P->w[k].upos && (!strcmp(P->w[k].upos, "ADV") ||
					 syn_rel_is(&P->w[k], "cc:preconj")))
		k--;
	return k >= 0 && syn_is_verb(x) && P->w[k].upos &&
	       !strcmp(P->w[k].upos, "AUX") && syn_word_in(&P->w[k], modal) &&
	       syn_rel_is(&P->w[k], "aux") && (int)P->w[k].head - 1 > u;
}

/* endup112: 1 when the deed of verb vw is said with could, may or might on its own verb or
 * on the verb whose scope it shares (modal_scope: "could end up expelling the envoys", "may
 * decide to impose tariffs"): syntax.c's hedged_sanction makes such a sanction a threat. */
int syn_maybe_deed(const struct syntax_parse *P, int vw)
{
	return modal_on(P, modal_scope(P, vw), MAYBE_MODALS);
}

/* 1 for a wh-word, or a phrase that a wh-word determines or grades ("what extent", "how
 * firmly"). */
static int wh_phrase(const struct syntax_parse *P, int c)
{
	static const char *const wh[] = { "what", "which", "how", "whether", NULL };
	if (syn_word_in(&P->w[c], wh))
		return 1;
	return syn_child_word(P, c, "det", wh) || syn_child_word(P, c, "advmod", wh);
}

/* "To what extent the United States will defend its ally was not made clear", "How firmly
 * Japan would back Manila was left unsaid": a modal deed whose clause opens with a wh-phrase
 * before its subject, the subject before the auxiliary (no inversion: an embedded question,
 * not a direct one), asks what will be done and tells no deed. 1 when so. */
static int embedded_question(const struct syntax_parse *P, int u)
{
	static const char *const modal[] = { "will", "would", "could", "can", "may", "might",
		"'ll", NULL };
	int s = syn_child_rel(P, u, "nsubj");
	int m = -1;
	for (int i = 0; i < P->nw && m < 0; i++)
		if ((int)P->w[i].head == u + 1 && syn_rel_is(&P->w[i], "aux") &&
		    syn_word_in(&P->w[i], modal))
			m = i;
	if (s < 0 || m < s)
		return 0;
	for (int i = 0; i < s; i++)
		if ((int)P->w[i].head == u + 1 && !syn_rel_is(&P->w[i], "nsubj") &&
		    wh_phrase(P, i))
			return 1;
	return 0;
}

/* undone108: "it is likely that Kenya would expel the envoys", "it stands to reason that
 * Kenya would seek gain from a summit": a modal deed (will, would, could, may, might) told
 * as the clause of a judgement of likelihood (the subject or complement clause of an
 * adjective of likelihood, or the clause on "reason" in "stands to reason") is a guess at
 * what may come, not a deed done. 1 when the clause at u is so judged. */
static int judged_likely(const struct syntax_parse *P, int u)
{
	static const char *const modal[] = { "will", "would", "could", "may", "might", "'ll",
		NULL };
	const khaldun_parse_token *w = &P->w[u];
	if (!w->head || !syn_child_word(P, u, "aux", modal))
		return 0;
	int h = (int)w->head - 1;
	const khaldun_parse_token *x = &P->w[h];
	if ((syn_rel_is(w, "csubj") || syn_rel_is(w, "ccomp")) && x->upos &&
	    !strcmp(x->upos, "ADJ") && syn_word_in(x, LIKELY_WORDS))
		return 1;
	return syn_rel_is(w, "acl") && syn_word_is(x, "reason") && x->head &&
	       syn_word_in(&P->w[x->head - 1], STAND_WORDS);
}

/* "North Korea is seeking assistance from Russia, which would violate U.N. sanctions", "it
 * can violate its censorship rules": an accusation, demand or rejection (verbal conflict,
 * roots 09-12) said with could/would/may/might/can has not happened. Not in a complement
 * clause ("said he would call on the Council ...": reported intent), and not sanctions
 * (16), which syntax.c's threat rules recode; a threat (13) only with may/might/could. Any
 * other deed but a statement (010-013) said with may/might/could, on its verb or on the
 * verb above it (modal_scope), has not happened either, reported or not ("said South Korea
 * may have to consider developing its own nuclear weapons or ask the U.S. to redeploy
 * them"). Returns 1 when so. */
int syn_hypothetical(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const modal[] = { "could", "would", "may", "might", "can", NULL };
	static const char *const can[] = { "can", "ca", NULL };
	int root = code_root(a);
	/* not a statement (statement_code), nor a threat (13) or sanction (16), which the
	 * threat rules recode */
	if (!root)
		return 0;
	int u = modal_scope(P, vw);
	if (syn_denied_frame(P, u))
		/* undonetw115: "It cannot be that X is kicked out": the frame's modal */
		return 0;
	if (judged_likely(P, u))
		return 1;
	if (statement_code(a) || root == 16)
		return 0;
	/* undone92: "Trump may overreach and start threatening military action": a threat that
	 * may, might or could come is not made (a conflict deed so said is the threat rules') */
	if (root == 13)
		return modal_on(P, u, MAYBE_MODALS);
	if (modal_on(P, u, MAYBE_MODALS) || embedded_question(P, u))
		return 1;
	/* "Brazil can provide the eggs": a material deed one can do is not done (ability) */
	if (material_root(root) && modal_on(P, u, can))
		return 1;
	const khaldun_parse_token *w = &P->w[vw];
	if (root < 9 || root > 12 || syn_rel_base(w, "ccomp") || syn_rel_base(w, "xcomp"))
		return 0;
	return syn_child_word(P, vw, "aux", modal);
}

/* "It's kind of like the government is prosecuting a case", "it was as if the army had
 * won", "felt like we were being attacked": a deed told as a likeness, its clause (up
 * modal_scope) marked "as if"/"as though", or "like" as the predicate of "be" or "feel" (not
 * "looks like", which tells what one sees), is a comparison, not a deed done. 1 when so. */
int syn_likened(const struct syntax_parse *P, int vw)
{
	static const char *const like[] = { "like", NULL };
	static const char *const be[] = { "is", "'s", "\xe2\x80\x99" "s", "was", "are", "were",
		"be", "been", "feel", "feels", "felt", NULL };
	static const char *const iff[] = { "if", "though", NULL };
	int u = modal_scope(P, vw);
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != u + 1 || !syn_rel_is(&P->w[i], "mark"))
			continue;
		if (syn_word_in(&P->w[i], iff) && i > 0 && syn_word_is(&P->w[i - 1], "as"))
			return 1;   /* "as if", "as though" */
		if (syn_word_is(&P->w[i], "as") && i + 1 < P->nw && syn_word_in(&P->w[i + 1], iff))
			return 1;
	}
	if (!syn_child_word(P, u, "mark", like))
		return 0;
	if (syn_child_word(P, u, "cop", be))
		return 1;   /* "it's kind of like the government is prosecuting" */
	int h = P->w[u].head ? (int)P->w[u].head - 1 : -1;
	return h >= 0 && syn_word_in(&P->w[h], be) &&
	       (syn_rel_base(&P->w[u], "advcl") || syn_rel_base(&P->w[u], "ccomp"));
}

/* "I would say by Mauritius", "I'd say it's bad business": a statement (01) by the speaker
 * itself ("I", "we") said with "would" hedges the speaker's opinion and tells no one
 * anything; the quote's own speech verb codes the statement. 1 when so. */
int syn_hedged_saying(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const say[] = { "say", "argue", "suggest", "think", NULL };
	static const char *const would[] = { "would", "'d", "\xe2\x80\x99" "d", NULL };
	static const char *const self[] = { "i", "we", NULL };
	if (!a || a[0] != '0' || a[1] != '1' || !syn_word_in(&P->w[vw], say))
		return 0;
	return syn_child_word(P, vw, "aux", would) && syn_child_word(P, vw, "nsubj", self);
}

/* 1 for a past form (-ed, not -eed: "provided", not "proceed"), never a bare infinitive. */
static int past_form(const khaldun_parse_token *w)
{
	return w->len > 3 && syn_ends(w, "ed") &&
	       tolower((unsigned char)w->form[w->len - 3]) != 'e';
}

/* 1 when word w is a form of "call" ("called X to discuss" is a phone call, "calling it
 * insulting" a criticism, not an appeal; "called on X to" is one). */
static int call_word(const khaldun_parse_token *w)
{
	static const char *const call[] = { "call", "called", "calls", "calling", NULL };
	return syn_word_in(w, call);
}

/* 1 when the "call" at word h is "called on/upon X" (an oblique with "on", not a day: "called
 * his counterpart on Tuesday to assure him" is a phone call), an appeal. */
static int called_on(const struct syntax_parse *P, int h)
{
	static const char *const on[] = { "on", "upon", NULL };
	for (int i = h + 1; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], "obl") &&
		    syn_child_word(P, i, "case", on) && !syn_time_word(&P->w[i]))
			return 1;
	return 0;
}

/* undone99: 1 when the "call" at word h is "called for X to V": an oblique with "for" (not a
 * time: "for years") and a "to" clause (advcl or xcomp) after it, both on h: an appeal, as
 * "called on X to V" (called_on). "called for talks" (no "to" clause) is left to the
 * verb's patterns. */
static int called_for(const struct syntax_parse *P, int h)
{
	static const char *const for_[] = { "for", NULL };
	static const char *const to[] = { "to", NULL };
	int obl = -1;
	for (int i = h + 1; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != h + 1)
			continue;
		if (obl < 0 && syn_rel_base(w, "obl") && syn_child_word(P, i, "case", for_) &&
		    !syn_time_word(w))
			obl = i;
		else if (obl >= 0 && (syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp")) &&
			 syn_child_word(P, i, "mark", to))
			return 1;
	}
	return 0;
}

/* The word in heads whose complement verb word vw is: its xcomp, or a "to" clause the
 * parser hangs on it (advcl; not on "call") or on its object ("called on all parties to
 * reduce": acl of the object; "call" only as "called on"), through nested complements ("urged
 * Israel to allow aid into Gaza"), or a verb coordinated with one of these that shares its
 * subject and is no past form ("stands ready to help ... and provided $400 million": done).
 * -1: none. */
/* 1 when word c is a verb the parser misread as an adjective in a "to" phrase, an obl
 * marked "to" that takes an object of its own ("called on Ethiopia to free the jailed
 * reporters": "free" ADJ). undone61: so a deed joined to its object is still the clause's. */
static int misread_to_verb(const struct syntax_parse *P, int c)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[c];
	return syn_rel_base(w, "obl") && syn_upos_is(w, "ADJ") &&
	       syn_child_word(P, c, "case", to) && syn_child_rel(P, c, "obj") >= 0;
}

/* asked77: 1 when the "call" or "calls" at word h is the noun of an appeal ("its call on the
 * authorities to drop the charges", "add to calls in parliament to impose"): a noun, a
 * determiner or possessive on it, or a preposition before it ("to calls", a verb misread);
 * not a phone call ("a phone call to discuss": the compound). */
static int call_noun(const struct syntax_parse *P, int h)
{
	static const char *const phone[] = { "phone", "telephone", "video", "conference", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[h];
	if (!call_word(w) || syn_child_word(P, h, "compound", phone))
		return 0;
	if (syn_upos_is(w, "NOUN") || syn_child_rel(P, h, "det") >= 0 ||
	    syn_child_rel(P, h, "nmod:poss") >= 0)
		return 1;
	int m = syn_child_rel(P, h, "mark");
	return m >= 0 && syn_word_in(&P->w[m], to) && syn_upos_is(&P->w[m], "ADP");
}

/* 1 when word h may head an asked or intended complement as a word of heads: a "call" only
 * as "called on X", "called for X to V" (undone99: called_for) or the noun of an appeal
 * (call_noun). */
static int head_word_ok(const struct syntax_parse *P, int h, const char *const *heads)
{
	return syn_word_in(&P->w[h], heads) &&
	       (!call_word(&P->w[h]) || called_on(P, h) || called_for(P, h) || call_noun(P, h));
}

/* asked77: 1 when word h is a noun of nouns (an appeal's: "call", "demand", "plea") or has
 * one as its object ("repeated its call on the authorities to drop the charges": the parser
 * hangs the "to" clause on the verb). */
static int noun_head(const struct syntax_parse *P, int h, const char *const *nouns)
{
	if (!nouns)
		return 0;
	if (syn_word_in(&P->w[h], nouns) && (!call_word(&P->w[h]) || call_noun(P, h)))
		return 1;
	int o = syn_child_rel(P, h, "obj");
	return o >= 0 && syn_word_in(&P->w[o], nouns) && (!call_word(&P->w[o]) || call_noun(P, o));
}

/* undonep114: 1 when word c is a gerund an adjective takes with "in" or "on" ("is
 * interested in expelling", "keen on meeting"): its complement, as a "to" clause is. */
static int gerund_of_adjective(const struct syntax_parse *P, int c)
{
	static const char *const in_on[] = { "in", "on", NULL };
	const khaldun_parse_token *w = &P->w[c];
	return w->head && syn_rel_is(w, "advcl") && syn_ends_ing(w) &&
	       syn_child_word(P, c, "mark", in_on) && P->w[w->head - 1].upos &&
	       !strcmp(P->w[w->head - 1].upos, "ADJ");
}

/* agreeto175: the "to" complement of past verb h that bare verb c, which the parse joins to
 * h itself, really joins ("agreed to share information and even cooperate": the adverb
 * makes the parser hang "cooperate" on "agreed", whose tense it does not share); -1 when
 * none: c past or -ing, h not in -ed ("agreed": past_form leaves out -eed), or no xcomp with
 * "to" between them. */
static int joined_complement(const struct syntax_parse *P, int c, int h)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[c];
	if (past_form(w) || syn_ends(w, "ing") || !syn_ends(&P->w[h], "ed"))
		return -1;
	for (int x = h + 1; x < c; x++)
		if ((int)P->w[x].head == h + 1 && syn_rel_is(&P->w[x], "xcomp") &&
		    syn_child_word(P, x, "mark", to))
			return x;
	return -1;
}

/* complement_head, and with nouns (NULL: none) a "to" clause on a noun of nouns or on a verb
 * whose object is one (noun_head) too: "its call on X to drop", "demands to release". */
static int complement_head_n(const struct syntax_parse *P, int vw, const char *const *heads,
			     const char *const *nouns)
{
	static const char *const to[] = { "to", NULL };
	int c = vw;
	for (int hops = 0; hops < 4 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		int h = (int)w->head - 1;
		int marked = syn_child_word(P, c, "mark", to);
		if (syn_rel_is(w, "xcomp") || (syn_rel_is(w, "advcl") && marked) ||
		    misread_to_verb(P, c) || gerund_of_adjective(P, c)) {
			if (head_word_ok(P, h, heads) || noun_head(P, h, nouns))
				return h;
			c = h;
			continue;
		}
		if (syn_rel_is(w, "acl") && marked) {
			const khaldun_parse_token *n = &P->w[h];
			int v = (int)n->head - 1;
			if (noun_head(P, h, nouns))
				return h;
			return v >= 0 && (syn_rel_is(n, "obj") || syn_rel_base(n, "obl")) &&
			       syn_word_in(&P->w[v], heads) &&
			       (!call_word(&P->w[v]) || called_on(P, v)) ? v : -1;
		}
		/* an event noun that is the object ("to hold talks"), or a verb misread as a noun
		 * joined to it ("reduce hostilities and resume stalled peace talks"): the
		 * object's verb is the deed's clause */
		if (syn_rel_is(w, "obj") && (syn_is_verb(&P->w[h]) || misread_to_verb(P, h))) {
			c = h;
			continue;
		}
		if (!syn_rel_is(w, "conj") || syn_child_rel(P, c, "nsubj") >= 0 || past_form(w))
			return -1;
		/* "agreed to a ceasefire and to negotiate": a second "to" complement */
		if (marked && syn_word_in(&P->w[h], heads) &&
		    (!call_word(&P->w[h]) || called_on(P, h)))
			return h;
		int x = marked ? -1 : joined_complement(P, c, h);
		c = x >= 0 ? x : h;
	}
	return -1;
}

/* complement_head_n with no nouns: the word in heads whose complement vw is, or -1. */
static int complement_head(const struct syntax_parse *P, int vw, const char *const *heads)
{
	return complement_head_n(P, vw, heads, NULL);
}

/* 1 when verb word vw is the complement of a word in heads (complement_head). */
static int complement_of(const struct syntax_parse *P, int vw, const char *const *heads)
{
	return complement_head(P, vw, heads) >= 0;
}

/* The wanting or planning verb whose complement verb word vw is, or -1.
 * "Russia wants to impose sanctions", "plans to resume talks", "is seeking to expand
 * trade": a deed in the complement of a verb of wanting or planning (want, wish, plan,
 * intend, aim, seek, hope; asked77: the adjectives of desire inclined, keen, eager, "was
 * inclined to approve the deal"; CAMEO's verbs that "innately express intent"), or coordinated with
 * it, is intended, not done: cooperation is the intent (03x, via syn_intended), conflict
 * the threat (13x, threat_noun). Not a deed wanted of someone else ("wants Ukraine to
 * withdraw": an object on the wanting verb, the appeal or demand rules' business). */
static int wanted_head(const struct syntax_parse *P, int vw)
{
	static const char *const want[] = { "want", "wants", "wanted", "wanting", "wish",
		"wishes", "wished", "plan", "plans", "planned", "planning", "intend", "intends",
		"intended", "intending", "aim", "aims", "aimed", "aiming", "seek", "seeks",
		"sought", "seeking", "hope", "hopes", "hoped", "hoping", "inclined", "keen",
		"eager", "interested", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (syn_rel_is(w, "xcomp") && w->head && syn_word_in(&P->w[w->head - 1], want) &&
	    syn_child_rel(P, (int)w->head - 1, "obj") >= 0)
		return -1;
	return complement_head(P, vw, want);
}

static int observers_say(const struct syntax_parse *P, int h);

/* 1 when verb word vw is wanted or planned (wanted_head). */
static int wanted(const struct syntax_parse *P, int vw)
{
	return wanted_head(P, vw) >= 0;
}

/* undone84: 1 when verb word vw is wanted (wanted_head) by a noun of plan or measure, "the
 * new bill seeks to expel Bolivian diplomats", "the plan aims to mobilize troops": the deed
 * is the plan's aim, not done, and the plan is no side that threatens it (the twin of
 * news.c's plan_aims_to). A side that seeks a deed ("Kenya seeks to expel") keeps its
 * intent or threat. */
static int plan_aimed(const struct syntax_parse *P, int vw)
{
	static const char *const plan[] = { "plan", "plans", "bill", "bills", "law", "laws",
		"measure", "measures", "proposal", "proposals", "initiative", "program",
		"programme", "strategy", "decree", "resolution", "package", "project", "scheme",
		"policy", "legislation", "amendment", NULL };
	int h = wanted_head(P, vw);
	int s = h >= 0 ? syn_child_rel(P, h, "nsubj") : -1;
	return s >= 0 && syn_word_in(&P->w[s], plan);
}

/* undone84: 1 when verb word vw heads a relative clause on "anyone" or on a noun with "any"
 * whose own verb has a modal, "will expel any diplomat who insults the president", "anyone
 * who attacks our ships will pay": whoever might do the deed, a condition, not a deed done
 * (the twin of news.c's news_any_condition). "arrested anyone who protested" is left
 * alone. */
static int any_condition(const struct syntax_parse *P, int vw)
{
	static const char *const anyone[] = { "anyone", "anybody", NULL };
	static const char *const any[] = { "any", NULL };
	static const char *const modal[] = { "will", "would", "shall", "must", "can", "could",
		"should", "may", "'ll", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_rel_is(w, "acl:relcl"))
		return 0;
	int n = (int)w->head - 1;
	if (!syn_word_in(&P->w[n], anyone) && !syn_child_word(P, n, "det", any))
		return 0;
	int h = P->w[n].head ? (int)P->w[n].head - 1 : -1;
	if (h >= 0 && (syn_child_word(P, h, "aux", modal) || syn_future_verb(P, h) >= 0))
		return 1;
	/* the parser may hang "Anyone" on a later verb of saying: a modal soon after */
	for (int k = vw + 1; k < P->nw && k <= vw + 6; k++)
		if (syn_word_in(&P->w[k], modal))
			return 1;
	return 0;
}

/* undone84: 1 when deed word vw hangs by "to" on a noun of power, "reserves the full right
 * to sanction Russian banks", "has the authority to expel": a power held, not a deed done.
 * This is the parser's reading of the infinitive as a noun (an nmod with case "to");
 * noun_infinitive takes the acl reading. "handed power to the army" names no deed. */
static int power_noun_deed(const struct syntax_parse *P, int vw)
{
	static const char *const power[] = { "right", "rights", "authority", "power",
		"powers", "mandate", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	return w->head && syn_rel_base(w, "nmod") && syn_child_word(P, vw, "case", to) &&
	       syn_word_in(&P->w[w->head - 1], power);
}

/* "Putin's planned visit to China", "the proposed talks", "an upcoming summit": a meeting
 * or visit noun (coded 040-046) that a word of the schedule modifies is not held yet;
 * CAMEO codes the announced meeting as the intent to meet or negotiate (036). A verb keeps
 * its code ("the talks were planned" is not caught: no amod). */
static int planned_meeting(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const planned[] = { "planned", "proposed", "upcoming", "scheduled",
		"forthcoming", "expected", "prospective", "anticipated", "intended", NULL };
	if (a[0] != '0' || a[1] != '4' || a[2] < '0' || a[2] > '6')
		return 0;
	return syn_child_word(P, vw, "amod", planned);
}

/* undone70: "looks forward to discussing trade with Chad", "are looking forward to working
 * with Kenya": a deed in the "to" complement of "look forward" is awaited, an intent like
 * "willing to" (syn_intended), not a deed done. Only with "forward" on the verb of looking:
 * "looked into the claims", "look to expand trade" are left alone. */
static int looked_forward(const struct syntax_parse *P, int vw)
{
	static const char *const look[] = { "look", "looks", "looked", "looking", NULL };
	static const char *const forward[] = { "forward", NULL };
	int h = complement_head(P, vw, look);
	return h >= 0 && syn_child_word(P, h, "advmod", forward);
}

/* "agreed to lay down their weapons and join forces with the U.S.", "pledged to send aid and
 * provide loans": a deed in the complement of a verb or adjective of intent (agree, promise,
 * pledge, vow, offer, undertake; ready, willing, prepared), or coordinated with it, is
 * promised, not done: CAMEO's intent (03x). Returns 1 when so; syntax.c's recode maps
 * material cooperation to its intent code. */
int syn_intended(const struct syntax_parse *P, int vw)
{
	static const char *const intent[] = { "agree", "agreed", "agrees", "agreeing",
		"promise", "promised", "promises", "promising", "pledge", "pledged", "pledges",
		"pledging", "vow", "vowed", "vows", "vowing", "offer", "offered", "offers",
		"offering", "undertake", "undertook", "undertakes", "undertaken", "ready",
		"willing", "prepared", NULL };
	return complement_of(P, vw, intent) || wanted(P, vw) || looked_forward(P, vw);
}

/* asked77: 1 when verb word vw is the "to" complement of a verb of relying with "on X"
 * ("investors are counting on Ruto to curb the senate", "relies on donors to fund it"): the
 * deed is expected of X, not done. Not "counted the votes", nor "relied on aid" with no
 * "to" clause. */
static int relied_on(const struct syntax_parse *P, int vw)
{
	static const char *const rely[] = { "count", "counts", "counted", "counting", "rely",
		"relies", "relied", "relying", "depend", "depends", "depended", "depending",
		"bank", "banks", "banked", "banking", NULL };
	static const char *const on[] = { "on", "upon", NULL };
	static const char *const to[] = { "to", NULL };
	int h = complement_head(P, vw, rely);
	if (h >= 0)
		return called_on(P, h);
	/* "will rely on Trump to restrict ... and make": the parser's ccomp, "on" an advmod */
	int c = vw;
	if (syn_rel_is(&P->w[c], "conj") && syn_child_rel(P, c, "nsubj") < 0 && P->w[c].head)
		c = (int)P->w[c].head - 1;
	h = (int)P->w[c].head - 1;
	return syn_rel_is(&P->w[c], "ccomp") && h >= 0 && syn_child_word(P, c, "mark", to) &&
	       syn_word_in(&P->w[h], rely) && syn_child_word(P, h, "advmod", on);
}

/* "called on all warring parties to reduce hostilities and resume stalled peace talks",
 * "urged Israel to allow aid into Gaza and release the prisoners": a deed asked of others
 * (the complement of urge, call, ask, appeal, press, push, demand, request, encourage,
 * pressure, persuade, convince, lobby, or a verb coordinated with it; asked77: or a "to"
 * clause on an appeal's noun, "its call on X to drop", or a verb of relying on X, relied_on)
 * is the appeal's content, not a deed done; the appeal codes it.
 * Appeals and demands (02x, 10x: the appeal's own pattern on the deed verb, "urged ... to
 * withdraw" 0256) stay. Returns 1 when the event is to be dropped. */
int syn_asked_deed(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const appeal[] = { "urge", "urged", "urges", "urging", "call",
		"called", "calls", "calling", "ask", "asked", "asks", "asking", "appeal",
		"appealed", "appeals", "appealing", "press", "pressed", "presses", "pressing",
		"push", "pushed", "pushes", "pushing", "demand", "demanded", "demands",
		"demanding", "request", "requested", "requests", "requesting", "encourage",
		"encouraged", "encourages", "encouraging", "pressure", "pressured", "pressures",
		"pressuring", "persuade", "persuaded", "persuades", "persuading", "convince",
		"convinced", "convinces", "convincing", "lobby", "lobbied", "lobbies", "lobbying",
		NULL };
	static const char *const nouns[] = { "call", "calls", "appeal", "appeals", "plea",
		"pleas", "demand", "demands", "request", "requests", NULL };
	if (!a || (a[0] == '0' && a[1] == '2') || (a[0] == '1' && a[1] == '0'))
		return 0;
	return complement_head_n(P, vw, appeal, nouns) >= 0 || relied_on(P, vw);
}

/* 1 when word h has a "to" clause after it (xcomp or advcl marked "to"): "told X to leave". */
static int to_complement(const struct syntax_parse *P, int h)
{
	static const char *const to[] = { "to", NULL };
	for (int i = h + 1; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 &&
		    (syn_rel_is(&P->w[i], "xcomp") || syn_rel_is(&P->w[i], "advcl")) &&
		    syn_child_word(P, i, "mark", to))
			return 1;
	return 0;
}

/* 1 when word h is a participle in -ing with no subject hung on a clause ("there has been
 * growing skepticism ..., leading South Korea to ..."): that clause is the cause. The parse
 * may join it after its comma as a conjunct ("Prices rose, forcing Ghana to ..."). */
int syn_caused_clause(const struct syntax_parse *P, int h)
{
	int hung = syn_rel_is(&P->w[h], "advcl") ||
		   (syn_rel_is(&P->w[h], "conj") && h > 0 && syn_word_is(&P->w[h - 1], ","));
	return hung && syn_ends_ing(&P->w[h]) && P->w[h].head &&
	       syn_child_rel(P, h, "nsubj") < 0;
}

/* 1 when word s is an active subject that is a common noun naming no side ("The crisis",
 * "Prices"): a cause, no causer. A noun compounded with a side ("The court order") is that
 * side's deed. */
static int thing_subject(coder_sent *S, const struct syntax_parse *P, int s)
{
	if (s < 0 || syn_rel_is(&P->w[s], "nsubj:pass") || !P->w[s].upos ||
	    strcmp(P->w[s].upos, "NOUN") || syn_agent_word(S, P, s))
		return 0;
	for (int k = 0; k < S->na; k++)
		if (syn_live_head(S, P, k) == s)
			return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == s + 1 && syn_rel_is(&P->w[i], "compound") &&
		    syn_agent_word(S, P, i))
			return 0;
	for (int k = 0; k < S->na; k++) {
		int a = syn_live_head(S, P, k);
		if (a >= 0 && (int)P->w[a].head == s + 1 && syn_rel_is(&P->w[a], "compound"))
			return 0;
	}
	return 1;
}

/* The object of causative verb word h (lead, force, compel, prompt, drive, push, cause,
 * oblige, spur) whose subject is a common noun that is no actor ("Growing doubts among French
 * officials led Belgium to ...", "The crisis forced Lebanon to ...": a cause, no side), when
 * h has a "to" complement; -1: none. The object does that complement's deed, and the causer
 * coerces no one (causal55). */
static int caused_object(coder_sent *S, const struct syntax_parse *P, int h)
{
	static const char *const causes[] = { "lead", "led", "leads", "leading", "force",
		"forced", "forces", "forcing", "compel", "compelled", "compels", "compelling",
		"prompt", "prompted", "prompts", "prompting", "drive", "drove", "driven", "drives",
		"driving", "push", "pushed", "pushes", "pushing", "cause", "caused", "causes",
		"causing", "oblige", "obliged", "obliges", "obliging", "spur", "spurred", "spurs",
		"spurring", NULL };
	if (!syn_word_in(&P->w[h], causes) || !to_complement(P, h))
		return -1;
	int s = syn_child_rel(P, h, "nsubj"), o = syn_child_rel(P, h, "obj");
	if (o < 0)
		o = syn_child_rel(P, h, "iobj");   /* the parser's "leading [iobj] X to call" */
	if (o >= 0 && s < 0 && syn_caused_clause(P, h))
		return o;   /* "..., leading South Korea to call for": the clause causes */
	return o >= 0 && thing_subject(S, P, s) ? o : -1;
}

/* The doer of the deed at verb word vw when it is the "to" complement of a causative verb
 * whose causer is no actor (caused_object): that verb's object word; -1: none. */
int syn_caused_doer(coder_sent *S, const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!(syn_rel_is(w, "xcomp") || syn_rel_is(w, "advcl")) || !w->head ||
	    !syn_child_word(P, vw, "mark", to))
		return -1;
	return caused_object(S, P, (int)w->head - 1);
}

/* objctl158: the object word of a verb that takes people as its object (FOLK_CONTROL_VERBS:
 * gather, assemble, invite, encourage, persuade, train) whose "to" complement holds verb word
 * vw ("gathered 30 influencers to ... visit cities", "invited Israel to join the talks"): the
 * object, not the subject, does the complement's deed; -1: none. A conjunct of the complement
 * ("to participate ... and visit") counts. Appeals ("urged Iran to release": syn_asked_deed),
 * permissions ("would allow the WFP to deliver food": the allower's intent) and senders of
 * their own agents ("sent troops to attack", "hired a gunman to kill") are not listed. */
int syn_controlled_object(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	int c = vw;
	for (int hops = 0; hops < P->nw && syn_rel_is(&P->w[c], "conj") && P->w[c].head; hops++)
		c = (int)P->w[c].head - 1;
	const khaldun_parse_token *w = &P->w[c];
	if (!(syn_rel_is(w, "xcomp") || syn_rel_is(w, "advcl")) || !w->head ||
	    !syn_child_word(P, c, "mark", to))
		return -1;
	int h = (int)w->head - 1;
	if (!syn_word_in(&P->w[h], FOLK_CONTROL_VERBS))
		return -1;
	int o = syn_child_rel(P, h, "obj");
	if (o < 0)
		o = syn_child_rel(P, h, "iobj");
	return o > h && o < c ? o : -1;
}

/* 1 when verb word vw is a causative verb whose causer is no actor (caused_object): "The
 * crisis forced Lebanon to ask ...", no coercion; the complement's deed is coded. A
 * participle on a clause ("shelled the town, forcing ...") only when that clause's subject
 * names no side too ("Prices rose, forcing Ghana to ask ..."): else the doer may be its. */
int syn_causer_verb(coder_sent *S, const struct syntax_parse *P, int vw)
{
	if (caused_object(S, P, vw) < 0)
		return 0;
	if (!syn_caused_clause(P, vw))
		return 1;
	int h = (int)P->w[vw].head - 1, subj = syn_child_rel(P, h, "nsubj");
	if (!thing_subject(S, P, subj))
		return 0;
	for (int k = 0; k < S->na; k++) {   /* "Kenyan troops shelled ...": any actor in it */
		const coder_actor *a = &S->a[k];
		int ah = a->pos >= 0 && a->end < S->nt ? syn_span_head(P, a->pos, a->end) : -1;
		if (ah >= 0 && (ah == subj || syn_below(P, ah, subj) >= 0))
			return 0;
	}
	return 1;
}

/* devfalse123: 1 when the pessimistic comment (012) at verb word vw is a deed stirring others'
 * feelings, not a side voicing them: a verb of stirring (raise, spark, stoke, fuel ...) whose
 * object is a feeling (fears, concerns, doubts, questions ...), either as a participle after
 * a comma with no subject or subordinator, or joined to one ("Eritrea expelled the
 * peacekeepers, raising fears of renewed war": the expulsion raised them), or with a subject
 * that is a thing or "that"/"this" ("a car bomb struck a bus, raising fears", "that has
 * raised many questions about Iran"). Left alone: a side's own voicing ("Putin raised
 * questions about the ceasefire", "after raising concerns"). */
int syn_stirred_feeling(coder_sent *S, const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const deixis[] = { "that", "this", NULL };
	if (!a || strcmp(a, "012") || !syn_word_in(&P->w[vw], STIR_VERBS) ||
	    !syn_child_word(P, vw, "obj", FEELING_NOUNS))
		return 0;
	int u = vw;   /* "announcing new cases and raising concerns": the first conjunct */
	if (syn_rel_is(&P->w[u], "conj") && P->w[u].head && syn_ends_ing(&P->w[u]) &&
	    syn_ends_ing(&P->w[P->w[u].head - 1]))
		u = (int)P->w[u].head - 1;
	if (syn_caused_clause(P, u) && u > 0 && syn_word_is(&P->w[u - 1], ",") &&
	    syn_child_rel(P, u, "mark") < 0)
		return 1;
	int s = syn_child_rel(P, vw, "nsubj");
	return s >= 0 && (syn_word_in(&P->w[s], deixis) || thing_subject(S, P, s));
}

/* 1 when a live actor's head word lies in the phrase parse word s heads. */
static int live_actor_below(coder_sent *S, const struct syntax_parse *P, int s)
{
	for (int k = 0; k < S->na; k++) {
		int a = syn_live_head(S, P, k);
		if (a >= 0 && syn_on_path(P, s, a, -1))
			return 1;
	}
	return 0;
}

/* sense89: 1 when word s heads a pact or a charter that names no side (news_thing_noun),
 * with no actor and no agent word anywhere below it ("the new accord", "the treaty"; not
 * "Kenya's deal with Uganda", "a deal signed by the ministers"). */
static int thing_phrase(coder_sent *S, const struct syntax_parse *P, int s)
{
	if (!syn_upos_is(&P->w[s], "NOUN"))
		return 0;
	int doc = 0;
	for (int k = 0; !doc && k < S->nt; k++)
		doc = P->tok2w[k] == s && news_thing_noun(&S->t[k]);
	if (!doc)
		return 0;
	for (int i = 0; i < P->nw; i++)
		if (syn_on_path(P, s, i, -1) && syn_agent_word(S, P, i))
			return 0;
	return !live_actor_below(S, P, s);
}

/* sense89: 1 when the deed at verb word vw (code a) has for its active subject a pact that
 * names no side (thing_phrase): "the constitution guarantees the rights of citizens", "the
 * treaty guarantees Uganda access", "the charter calls on nations to ...": no deed of a side.
 * The subject of the first of coordinated verbs serves them all. Left to the caller: force
 * (18-20: "a roadside bomb killed three soldiers" tells of an attack by someone). */
int syn_thing_subject(coder_sent *S, const struct syntax_parse *P, int vw, const char *a)
{
	int root = code_root(a);
	if (!root || (root >= 18 && root <= 20))
		return 0;
	if (!syn_is_verb(&P->w[vw]) || syn_child_rel(P, vw, "nsubj:pass") >= 0)
		return 0;
	int h = vw;
	for (int hops = 0; hops < P->nw && syn_rel_is(&P->w[h], "conj") && P->w[h].head; hops++)
		h = (int)P->w[h].head - 1;
	int v = syn_child_rel(P, vw, "nsubj") >= 0 ? vw : h, n = 0;
	/* every subject the parse gives the verb ("Council members Greece ... supported") */
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == v + 1 && syn_rel_is(&P->w[i], "nsubj")) {
			if (!thing_phrase(S, P, i))
				return 0;
			n++;
		}
	return n > 0;
}

/* verb95: 1 when parse word s heads a phrase of a thing: a common noun whose words hold no
 * agent word, live actor, pronoun or capitalised name ("the shortage", "the fact that ..."). */
static int thing_agent_phrase(coder_sent *S, const struct syntax_parse *P, int s)
{
	if (!syn_upos_is(&P->w[s], "NOUN"))
		return 0;
	for (int k = 0; k < S->nt; k++) {
		int w = P->tok2w[k];
		if (w >= 0 && syn_on_path(P, s, w, -1) &&
		    (S->t[k].cap || S->t[k].type == TY_PRON || S->t[k].type == TY_AGENT ||
		     S->t[k].actor >= 0))
			return 0;
	}
	return !live_actor_below(S, P, s);
}

/* verb95: 1 when the passive deed at verb word vw (code a, a root of words or cooperation,
 * 01-12) has for its "by" agent a thing (thing_agent_phrase): "The import of maize from
 * Uganda can be justified by the shortage" (a reason, no side's defence). The --shallow twin
 * is news_thing_agent (news.c). An actor or agent by-phrase ("was praised by Kenya", "was met
 * by armed men") and threats or force (13-20: "was hit by shelling") are left alone. */
int syn_thing_agent(coder_sent *S, const struct syntax_parse *P, int vw, const char *a)
{
	int root = code_root(a);
	if (root < 1 || root > 12)
		return 0;
	if (syn_child_rel(P, vw, "aux:pass") < 0 && syn_child_rel(P, vw, "nsubj:pass") < 0)
		return 0;   /* "spoke by phone": an active verb's means */
	int ag = syn_child_rel(P, vw, "obl:agent");
	return ag >= 0 && thing_agent_phrase(S, P, ag);
}

/* The word X of "looking to X" at word h (an oblique with "to", no time: "looked to
 * Washington", not "looking to next year"); -1: none. */
int syn_looked_to(const struct syntax_parse *P, int h)
{
	static const char *const look[] = { "look", "looks", "looked", "looking", NULL };
	static const char *const to[] = { "to", NULL };
	if (!syn_word_in(&P->w[h], look))
		return -1;
	for (int i = h + 1; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], "obl") &&
		    syn_child_word(P, i, "case", to) && !syn_time_word(&P->w[i]))
			return i;
	return -1;
}

/* "told city council members and administrators to draft regulations to ban the sale of dog
 * meat", "instructed publishers not to print anything": the verb of telling or instructing,
 * with an object (the one told), whose complement verb word vw is (complement_head: the deed
 * is commanded, not done), or vw itself when it is such a verb with a "to" clause and code a
 * is its statement (01: a command whose deed codes nothing). "people in the Philippines want
 * their government to step up opposition to China": a verb of wanting or needing with an
 * object, not negated, is one too, an appeal (*appeal = 1; syntax.c then asks an actor as its
 * object); so is one of expecting (*appeal = 2: "Pakistan expects the Afghan government to
 * uphold its responsibilities"; syntax.c asks an actor as its subject too, not "analysts
 * expect the bank to cut rates", a forecast); so is "looking to X to V" (*appeal = 2, X the
 * oblique: "Ankara is looking to Trump to veto the bill"; not "looking to reset relations",
 * one's own plan, nor a negated look). -1: none. */
int syn_teller(const struct syntax_parse *P, int vw, const char *a, int *appeal)
{
	static const char *const tell[] = { "tell", "told", "tells", "telling", "instruct",
		"instructed", "instructs", "instructing", NULL };
	static const char *const want[] = { "want", "wants", "wanted", "wanting", "need",
		"needs", "needed", NULL };
	static const char *const expect[] = { "expect", "expects", "expected", "expecting",
		NULL };
	static const char *const look[] = { "look", "looks", "looked", "looking", NULL };
	int t = complement_head(P, vw, tell);
	*appeal = 0;
	if (t < 0 && (t = complement_head(P, vw, expect)) >= 0)
		*appeal = 2;
	if (t < 0 && (t = complement_head(P, vw, want)) >= 0)
		*appeal = 1;
	if (t < 0 && (t = complement_head(P, vw, look)) >= 0) {
		if (syn_looked_to(P, t) < 0)
			return -1;   /* "is looking to reset relations": its own plan */
		*appeal = 2;   /* "is looking to Trump to veto": the one looked to is asked */
		return syn_not_on(P, t) ? -1 : t;
	}
	if (*appeal) {
		if (syn_not_on(P, t))
			return -1;   /* "does not want Ukraine to join": no appeal */
	}
	if (t < 0 && code_root(a) == 1 && syn_word_in(&P->w[vw], tell) &&
	    to_complement(P, vw))
		t = vw;
	if (t < 0 || (syn_child_rel(P, t, "obj") < 0 && syn_child_rel(P, t, "iobj") < 0))
		return -1;
	return t;
}

/* undone87: 1 when verb u is an infinitive purpose clause ("advcl" marked "to": "sent
 * troops to help Ukraine"), whose doer is the subject of the verb it hangs from. */
static int purpose_clause(const struct syntax_parse *P, int u)
{
	static const char *const to[] = { "to", NULL };
	return syn_rel_is(&P->w[u], "advcl") && syn_child_word(P, u, "mark", to);
}

/* 1 when word w's subject (active or passive, or of the verb its xcomp hangs from) is denied
 * by "no" or is nobody: "no passengers were killed", "no one was hurt", "none of them was
 * arrested", "no country wants to impose sanctions". */
static int nobody_did(const struct syntax_parse *P, int vw)
{
	static const char *const none[] = { "nobody", "none", "noone", NULL };
	static const char *const no[] = { "no", NULL };
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0)
		s = syn_child_rel(P, vw, "nsubj:pass");
	/* the subject of the verb an xcomp hangs from ("No country wants to impose sanctions",
	 * "No one's going to have joint patrols"); undone87: or a "to" purpose clause ("nobody
	 * is going to hold drills to support Laos": the aim of an undone deed is undone too) */
	for (int u = vw, hops = 0;
	     s < 0 && hops < 3 && P->w[u].head &&
	     (syn_rel_is(&P->w[u], "xcomp") || purpose_clause(P, u)); hops++) {
		u = (int)P->w[u].head - 1;
		s = syn_child_rel(P, u, "nsubj");
	}
	if (s < 0)
		return 0;
	if (syn_word_in(&P->w[s], none) || syn_child_word(P, s, "det", no))
		return 1;
	return syn_word_is(&P->w[s], "one") && s > 0 && syn_word_is(&P->w[s - 1], "no");
}

/* undone86: 1 when verb vw is the deed in the complement of a perception that no one had
 * ("Nobody has ever heard the president criticize India", "We never saw the army shell the
 * town"): a deed not witnessed is not told as done. A seen deed stays ("Witnesses saw
 * soldiers shoot protesters"). */
static int unwitnessed(const struct syntax_parse *P, int vw)
{
	static const char *const see[] = { "see", "sees", "seen", "saw", "seeing", "hear",
		"hears", "heard", "hearing", "watch", "watched", "witness", "witnessed", NULL };
	static const char *const never[] = { "never", "not", "n't", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_is_verb(w) || !(syn_rel_is(w, "ccomp") || syn_rel_is(w, "xcomp")) || !w->head)
		return 0;
	int h = (int)w->head - 1;
	return syn_word_in(&P->w[h], see) &&
	       (syn_child_word(P, h, "advmod", never) || nobody_did(P, h));
}

/* undone86: 1 when verb vw, a future deed ("will give up", "would attack"), is the
 * complement of a saying that its subject cannot make ("Chile cannot say we will give up
 * Peru's support", "We can't say Russia will support Ukraine"): an intent no one asserts.
 * "cannot" may be parsed as the verb the saying hangs on. A past deed that cannot be
 * confirmed is left ("could not confirm that Israel attacked": a report of a deed). */
static int unsaid(const struct syntax_parse *P, int vw)
{
	static const char *const say[] = { "say", "tell", "predict", "promise", "guarantee",
		NULL };
	static const char *const will[] = { "will", "would", "'ll", NULL };
	static const char *const can[] = { "can", "could", "ca", NULL };
	static const char *const not[] = { "not", "n't", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "ccomp") || !w->head || !syn_child_word(P, vw, "aux", will))
		return 0;
	int h = (int)w->head - 1;
	if (!syn_word_in(&P->w[h], say))
		return 0;
	if (syn_child_word(P, h, "aux", can) && syn_child_word(P, h, "advmod", not))
		return 1;
	return h > 0 && (syn_word_is(&P->w[h - 1], "cannot") || syn_word_is(&P->w[h - 1], "can't"));
}

/* undone86: 1 when verb vw is a deed only risked, in the "of" clause of a risk noun ("face
 * the risk of being deported"), or the "once"/"when"/"after"/"if" clause on such a deed
 * ("the risk of being deported once they are freed": the freeing is foreseen too). "Risked
 * their lives to free the hostages" (a verb, no noun) is left. */
static int risked(const struct syntax_parse *P, int vw)
{
	static const char *const risk[] = { "risk", "risks", "danger", "dangers", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const once[] = { "once", "when", "after", "if", NULL };
	int u = vw;
	if (syn_rel_is(&P->w[u], "advcl") && syn_child_word(P, u, "mark", once) && P->w[u].head)
		u = (int)P->w[u].head - 1;
	const khaldun_parse_token *w = &P->w[u];
	return syn_is_verb(w) && syn_rel_is(w, "acl") && syn_child_word(P, u, "mark", of) &&
	       w->head && syn_word_in(&P->w[w->head - 1], risk);
}

/* undone86: 1 when verb vw's deed is left to a side by a copula frame ("It is now up to
 * Serbia to accept the offer", "it is up to Iran to free them"): the choice is that side's,
 * no deed done. The "up" of the frame hangs on the deed's verb with the next word "to" and
 * an "it" subject beside it; "free up to 20 prisoners" (a number after "to") is left. */
static int left_to(const struct syntax_parse *P, int vw)
{
	static const char *const it[] = { "it", "It", NULL };
	if (!syn_is_verb(&P->w[vw]) || !syn_child_word(P, vw, "nsubj", it))
		return 0;
	for (int i = 0; i + 2 < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_word_is(&P->w[i], "up") &&
		    syn_word_is(&P->w[i + 1], "to") && P->w[i + 2].upos &&
		    strcmp(P->w[i + 2].upos, "NUM"))
			return 1;
	return 0;
}


/* 1 when noun word n is a threat or fear in the sense of a risk, that no one makes ("the
 * ongoing threat of al-Shabab terrorist attacks", "faces the threat of attacks", "fears of
 * renewed fighting"): not one that someone's (a possessor) or that is made or issued (an
 * object: "issued threats of retaliation"), which threat_noun codes as the threat. */
static int threat_risk(const struct syntax_parse *P, int n)
{
	static const char *const threat[] = { "threat", "threats", "fear", "fears", "spectre",
		"specter", NULL };
	static const char *const face[] = { "face", "faces", "faced", "facing", NULL };
	if (!syn_word_in(&P->w[n], threat) || syn_child_rel(P, n, "nmod:poss") >= 0)
		return 0;
	const khaldun_parse_token *h = P->w[n].head ? &P->w[P->w[n].head - 1] : NULL;
	return !syn_rel_is(&P->w[n], "obj") || !h || syn_word_in(h, face);
}

/* 1 when noun word n names a disaster, accident or disease, no one's deed ("Cyclone
 * Freddy", "the virus", "a huge fire"; not "enemy fire", "artillery fire", "rocket fire":
 * a fire with a weapon's or a side's word on it is shooting). */
static int disaster(const struct syntax_parse *P, int n)
{
	static const char *const what[] = { "blaze", "blazes", "flood", "floods", "flooding",
		"earthquake", "earthquakes", "quake", "storm", "storms", "cyclone", "hurricane",
		"typhoon", "tornado", "landslide", "landslides", "mudslide", "tsunami", "drought",
		"virus", "pandemic", "epidemic", "outbreak", "disease", "crash", "accident",
		"wildfire", "wildfires", "heatwave", "avalanche", "eruption", "fire", "fires",
		NULL };
	static const char *const fire[] = { "fire", "fires", NULL };
	static const char *const big[] = { "mega", "huge", "massive", "big", "large", "major",
		"electrical", "raging", "devastating", "forest", "bush", "brush", "house", NULL };
	if (!P->w[n].upos || (strcmp(P->w[n].upos, "NOUN") && strcmp(P->w[n].upos, "PROPN")))
		return 0;
	int named = 0;   /* "Cyclone Freddy": the name's head is the storm's own name */
	for (int i = 0; i < P->nw && !named; i++)
		named = (int)P->w[i].head == n + 1 && (syn_rel_is(&P->w[i], "compound") ||
						       syn_rel_is(&P->w[i], "flat")) &&
			syn_word_in(&P->w[i], what) && !syn_word_in(&P->w[i], fire);
	if (named)
		return 1;
	if (!syn_word_in(&P->w[n], what))
		return 0;
	if (!syn_word_in(&P->w[n], fire))
		return 1;
	/* a fire: only one called big or of a forest, bush or house */
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && (syn_rel_is(&P->w[i], "amod") ||
						   syn_rel_is(&P->w[i], "compound")) &&
		    syn_word_in(&P->w[i], big))
			return 1;
	return 0;
}

/* 1 when verb word vw is a "to" clause (acl, or advcl: the parser often hangs it on the
 * verb) of a noun in words: its head, or the noun right before its "to" ("respond with
 * threats to use force", "sees the need to protect"). */
static int to_clause_of(const struct syntax_parse *P, int vw, const char *const *words)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !(syn_rel_is(w, "acl") || syn_rel_is(w, "advcl")))
		return 0;
	int m = -1;
	for (int i = 0; i < vw && m < 0; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "mark") &&
		    syn_word_in(&P->w[i], to))
			m = i;
	if (m < 0)
		return 0;
	if (syn_rel_is(w, "acl") && syn_word_in(&P->w[w->head - 1], words))
		return 1;
	return m > 0 && syn_upos_is(&P->w[m - 1], "NOUN") &&
	       syn_word_in(&P->w[m - 1], words);
}

/* types40: 1 when verb word vw is the "to" clause of a chance taken: "opportunity" or
 * "chance" the object of a past "had", "took", "used" or "seized", not negated, under no
 * modal or condition, with no "no" ("I had the opportunity to discuss the situation with
 * him", "took the opportunity to criticise Beijing"): the deed was done, not only possible.
 * Not "has the chance to", "would have the opportunity to", "never had a chance to". */
static int taken_chance(const struct syntax_parse *P, int vw)
{
	static const char *const chance[] = { "opportunity", "chance", NULL };
	static const char *const took[] = { "had", "took", "used", "seized", NULL };
	static const char *const modal[] = { "would", "could", "might", "will", "may", "can",
		"should", "must", "to", NULL };
	static const char *const no[] = { "no", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_rel_is(w, "acl") || !syn_child_word(P, vw, "mark", to))
		return 0;
	int n = (int)w->head - 1;
	if (!syn_word_in(&P->w[n], chance) || !syn_rel_is(&P->w[n], "obj") ||
	    syn_child_word(P, n, "det", no) || !P->w[n].head)
		return 0;
	int h = (int)P->w[n].head - 1;
	return syn_is_verb(&P->w[h]) && syn_word_in(&P->w[h], took) && !syn_not_on(P, h) &&
	       !syn_child_word(P, h, "aux", modal) && !syn_child_word(P, h, "mark", to) &&
	       !syn_conditional(P, h);
}

/* 1 when verb word vw is an infinitive that modifies a noun or an adjective (acl with "to"):
 * "the authority to revoke a visa", "efforts to impose sanctions", "talks to resolve the
 * impasse", "it was a mistake to support them", "it is for Russia to accept it" name a deed
 * that is possible, sought or judged, not one the sentence tells was done. Not when the
 * noun ranks its holder among doers ("the first country to sign", "the only leader to
 * visit"), names a deed decided ("the decision to dissolve the party", "a vote to amend")
 * or an undertaking under way ("launched operations to detain 110 people"), nor when the
 * noun is the object of a verb of command or leave: the parser's reading of "ordered all
 * newspapers to suspend publications" (the object's own infinitive). */
static int noun_infinitive(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	static const char *const rank[] = { "first", "second", "third", "last", "only",
		"latest", "next", NULL };
	static const char *const done[] = { "decision", "decisions", "move", "moves",
		"vote", "votes", "order", "orders", "operation", "operations", "campaign",
		"campaigns", "offensive", "offensives", "mission", "missions", "crackdown",
		"raid", "raids", "authorization", "permission", "approval", NULL };
	/* and COMMAND_VERBS */
	static const char *const command[] = { "ordering", "force", "forces", "forced",
		"forcing", "compel", "compelled", "tell", "tells", "told", "allow", "allows",
		"allowed", "allowing", "permit", "permits", "permitted", "authorize", "authorizes",
		"authorized", "enable", "enables", "enabled", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_rel_is(w, "acl") || !syn_child_word(P, vw, "mark", to))
		return 0;
	int n = (int)w->head - 1;
	const char *u = P->w[n].upos;
	if (!u || (strcmp(u, "NOUN") && strcmp(u, "PROPN") && strcmp(u, "ADJ")))
		return 0;
	const khaldun_parse_token *h = P->w[n].head ? &P->w[P->w[n].head - 1] : NULL;
	if (syn_rel_is(&P->w[n], "obj") && h && (syn_word_in(h, COMMAND_VERBS) ||
						syn_word_in(h, command)))
		return 0;
	return !syn_word_in(&P->w[n], rank) && !syn_child_word(P, n, "amod", rank) &&
	       !syn_word_in(&P->w[n], done);
}

/* undone70: "proposed a plan for rearming Europe and supporting Moldova", "a strategy for
 * rebuilding Sudan": a gerund in a "for" phrase of a noun of plan or proposal (plan,
 * proposal, scheme, strategy, blueprint, roadmap) names the plan's aim, not a deed done,
 * as its "to" clause does (noun_infinitive). Not other nouns ("a fund for supporting
 * farmers", "thanked Kenya for supporting the talks"). */
static int plan_for_gerund(const struct syntax_parse *P, int vw)
{
	static const char *const for_[] = { "for", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_ends_ing(w) || !syn_word_in(&P->w[w->head - 1], PLAN_NOUNS))
		return 0;
	return (syn_rel_is(w, "acl") || syn_rel_base(w, "nmod")) &&
	       (syn_child_word(P, vw, "mark", for_) || syn_child_word(P, vw, "case", for_));
}

/* orders118: 1 when word vw is the misread infinitive of a plan: "A proposal to sanction Israel
 * was rejected": the parser may read a plan's "to"
 * clause as a "to" phrase, the infinitive a noun ("sanction", nmod with case "to"), right
 * after "to" right after the noun of plan or proposal (PLAN_NOUNS); the deed is the plan's aim
 * (noun_infinitive), not done. Not a phrase with words between ("a proposal to the African
 * Union": no deed word there). */
int syn_plan_to_noun(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (vw < 2 || !w->head || (int)w->head - 1 != vw - 2 || !syn_rel_base(w, "nmod") ||
	    !syn_upos_is(w, "NOUN"))
		return 0;
	return syn_child_word(P, vw, "case", to) && syn_word_in(&P->w[vw - 1], to) &&
	       syn_word_in(&P->w[vw - 2], PLAN_NOUNS);
}

/* "This event underscores the need for the Haitian government to invest": the parser may
 * hang the "to" clause (vw) on the side's noun (an acl of "government"), as if the side's
 * own; "for" right before the side's phrase and the noun "need" (not "no need") before
 * that still lay the deed on the side. *n = "need". -1: not so. */
static int need_for_misparsed(const struct syntax_parse *P, int vw, int *n)
{
	static const char *const to[] = { "to", NULL };
	static const char *const no[] = { "no", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_rel_is(w, "acl") || !syn_child_word(P, vw, "mark", to))
		return -1;
	int x = (int)w->head - 1, start = x;
	if (!P->w[x].upos || (strcmp(P->w[x].upos, "NOUN") && strcmp(P->w[x].upos, "PROPN")))
		return -1;
	for (int i = 0; i < x; i++)
		if ((int)P->w[i].head == x + 1 && i < start && !syn_rel_is(&P->w[i], "case"))
			start = i;
	if (start < 2 || !syn_word_is(&P->w[start - 1], "for"))
		return -1;
	int m = start - 2;
	if (!syn_word_is(&P->w[m], "need") || !syn_upos_is(&P->w[m], "NOUN") ||
	    syn_child_word(P, m, "det", no) || syn_not_on(P, m))
		return -1;
	*n = m;
	return x;
}

/* "the need for the Haitian government to invest", "it is necessary for India to have constant
 * engagement", "now is the time for Israel to allow aid": the word of a side (X of "for X")
 * on whom a word of necessity (need, time; necessary, essential, vital, crucial, imperative,
 * urgent, important) lays the deed of its "to" clause, verb word vw (an acl of the noun, or a
 * clause on the verb whose object the need is; the clausal subject or complement of the
 * adjective); "for X" an oblique of that word or the subject of vw marked "for". Not a
 * negated one ("no need", "not the time"), nor a time taken ("took time for X to").
 * *n = the word of necessity. -1: none. */
int syn_needed_side(const struct syntax_parse *P, int vw, int *n)
{
	static const char *const need[] = { "need", "time", "necessary", "essential", "vital",
		"crucial", "imperative", "urgent", "important", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const no[] = { "no", NULL };
	static const char *const for_[] = { "for", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	int mx = need_for_misparsed(P, vw, n);
	if (mx >= 0)
		return mx;
	if (!w->head || !syn_child_word(P, vw, "mark", to) ||
	    !(syn_rel_is(w, "acl") || syn_rel_is(w, "csubj") || syn_rel_is(w, "xcomp") ||
	      syn_rel_is(w, "advcl") || syn_rel_is(w, "ccomp")))
		return -1;
	*n = (int)w->head - 1;
	/* "underscored the need for Ukraine to hold talks", the clause hung on the verb (an
	 * adverbial clause, or a bare complement: "stressed the need for Greece to withdraw") */
	int o = syn_child_rel(P, *n, "obj");
	if ((syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp")) && o >= 0 && o < vw &&
	    syn_word_is(&P->w[o], "need"))
		*n = o;
	const char *u = P->w[*n].upos;
	int noun = u && !strcmp(u, "NOUN") && !syn_rel_is(w, "csubj");
	/* "time" as a predicate or subject ("now is the time"), not "took time" */
	if (!syn_word_in(&P->w[*n], need) || !(noun || (u && !strcmp(u, "ADJ"))) ||
	    (noun && !syn_rel_is(w, "acl") && *n != o) ||
	    (syn_word_is(&P->w[*n], "time") && (syn_rel_is(&P->w[*n], "obj") ||
						syn_rel_base(&P->w[*n], "obl"))) ||
	    syn_not_on(P, *n) || syn_child_word(P, *n, "det", no))
		return -1;
	/* an adjective said of "it" alone ("it is necessary for"; not "Washington's support
	 * is crucial for Islamabad to negotiate": a judgement of the support) */
	static const char *const it[] = { "it", NULL };
	int s = syn_child_rel(P, *n, "nsubj");
	if (!noun && s >= 0 && !syn_word_in(&P->w[s], it))
		return -1;
	int x = syn_child_rel(P, vw, "nsubj");
	if (x < 0 || !syn_child_word(P, vw, "mark", for_))
		for (int i = 0; i < P->nw && x < 0; i++)
			if ((int)P->w[i].head == *n + 1 && (syn_rel_base(&P->w[i], "obl") ||
			    syn_rel_base(&P->w[i], "nmod")) && syn_child_word(P, i, "case", for_))
				x = i;
	/* a side named, not a pronoun ("necessary for him to consider": the speaker's own) */
	return x >= 0 && P->w[x].upos && strcmp(P->w[x].upos, "PRON") ? x : -1;
}

/* 1 when verb word vw is the purpose ("to" clause) of a verb of needing or seeking that has
 * an object, the means asked for: "the agency needs a billion dollars this year to provide
 * critical support", "is seeking $2 billion to rebuild schools": the deed waits on the
 * means, none is done. Not a span of time needed ("needed three days to capture the town":
 * done), nor a need denied ("does not need ... to"), which says nothing of the deed. */
static int sought_for(const struct syntax_parse *P, int vw)
{
	static const char *const seek[] = { "need", "needs", "needed", "needing", "require",
		"requires", "required", "requiring", "seek", "seeks", "sought", "seeking", NULL };
	static const char *const span[] = { "second", "seconds", "minute", "minutes", "hour",
		"hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
		"time", NULL };
	/* undone102: a side to be found for a deed ("trying to find another partner to supply
	 * the grain"): the deed waits on the finding; not a way or means found (a deed done) */
	static const char *const find[] = { "find", "finds", "found", "finding", NULL };
	static const char *const way[] = { "way", "ways", "means", "time", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !(syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp")) ||
	    !syn_child_word(P, vw, "mark", to))
		return 0;
	int h = (int)w->head - 1, o = syn_child_rel(P, h, "obj");
	if (o < 0 || o >= vw || !syn_upos_is(&P->w[h], "VERB") || syn_not_on(P, h))
		return 0;
	if (syn_word_in(&P->w[h], find))
		return !syn_word_in(&P->w[o], way) && !syn_word_in(&P->w[o], span);
	return syn_rel_is(w, "advcl") && syn_word_in(&P->w[h], seek) &&
	       !syn_word_in(&P->w[o], span);
}

/* false36: 1 when verb word vw, with no subject of its own, is a deed the sentence only
 * defines, finds hard or calls sensible, none done: the complement of a verb of meaning
 * ("Being in the opposition means speaking out against larger forces"), a clause on a noun
 * of difficulty ("has trouble even talking to voters", "had difficulty reaching a deal"), or
 * the "to" clause of "make sense" ("it makes sense ... to assist overseas capital"). A
 * clause with a subject ("the deal means Iran will cut enrichment") says what follows, and
 * is left to the rules of the future and the possible. */
static int unreal_clause(const struct syntax_parse *P, int vw)
{
	static const char *const mean[] = { "mean", "means", "meant", NULL };
	static const char *const make[] = { "make", "makes", "made", "making", NULL };
	static const char *const sense[] = { "sense", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || syn_child_rel(P, vw, "nsubj") >= 0 ||
	    syn_child_rel(P, vw, "nsubj:pass") >= 0)
		return 0;
	int h = (int)w->head - 1;
	if ((syn_rel_is(w, "ccomp") || syn_rel_is(w, "xcomp")) && syn_word_in(&P->w[h], mean) &&
	    syn_is_verb(&P->w[h]))
		return 1;
	if (syn_rel_is(w, "acl") && syn_ends_ing(w) && syn_word_in(&P->w[h], HARD_NOUNS))
		return 1;
	if (syn_ends_ing(w) && syn_child_word(P, vw, "compound", HARD_NOUNS))
		return 1;   /* "had difficulty meeting", the parser's noun compound */
	/* undonec111: "has trouble even meeting officials", the -ING word read as a modifier
	 * of its object: the noun of difficulty just before it, one adverb between at most */
	int k = vw - 1;
	if (k > 0 && syn_upos_is(&P->w[k], "ADV"))
		k--;
	if (syn_ends_ing(w) && k >= 0 && syn_word_in(&P->w[k], HARD_NOUNS))
		return 1;
	return (syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp") || syn_rel_is(w, "csubj")) &&
	       syn_child_word(P, vw, "mark", to) && syn_word_in(&P->w[h], make) &&
	       syn_child_word(P, h, "obj", sense);
}

/* false38: 1 when verb word vw is the "from" clause of a verb of prevention or restraint
 * ("to prevent the disease from being imported", "stop officials from transferring
 * migrants", "refrained from attacking the town"): the deed is kept from happening, none is
 * done. The preventing verb keeps its own event ("barred her from leaving": the bar). */
static int prevented_clause(const struct syntax_parse *P, int vw)
{
	static const char *const stop[] = { "prevent", "prevents", "prevented", "preventing",
		"stop", "stops", "stopped", "stopping", "bar", "bars", "barred", "barring", "ban",
		"bans", "banned", "banning", "block", "blocks", "blocked", "blocking", "keep",
		"keeps", "kept", "keeping", "deter", "deters", "deterred", "deterring", "dissuade",
		"dissuaded", "discourage", "discourages", "discouraged", "prohibit", "prohibits",
		"prohibited", "forbid", "forbids", "forbade", "forbidden", "refrain", "refrains",
		"refrained", "refraining", "abstain", "abstains", "abstained", "restrain",
		"restrained", "hinder", "hindered", "preclude", "precluded", NULL };
	static const char *const from[] = { "from", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || (!syn_child_word(P, vw, "mark", from) &&
			 !syn_child_word(P, vw, "case", from)))
		return 0;
	const khaldun_parse_token *h = &P->w[w->head - 1];
	return syn_is_verb(h) && syn_word_in(h, stop) &&
	       (syn_rel_is(w, "advcl") || syn_rel_base(w, "obl") || syn_rel_is(w, "xcomp") ||
		syn_rel_is(w, "ccomp"));
}

/* notdone118: 1 when verb word vw is a word its subject held back: the "from" clause of a
 * verb of restraint ("Cairo has so far refrained from commenting on Ankara's overtures",
 * "abstained from speaking") or the gerund a verb of avoidance takes ("avoided commenting
 * on the vote"). A comment so withheld is declined (011), not made. */
static int withheld(const struct syntax_parse *P, int vw)
{
	static const char *const from[] = { "from", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_ends_ing(w) ||
	    !(syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp") || syn_rel_base(w, "obl")))
		return 0;
	const khaldun_parse_token *h = &P->w[w->head - 1];
	return (syn_word_in(h, REFRAIN_WORDS) && (syn_child_word(P, vw, "mark", from) ||
						   syn_child_word(P, vw, "case", from))) ||
	       (syn_word_in(h, EVADE_WORDS) && syn_rel_is(w, "xcomp"));
}

/* notdone118: 1 when word vw is a deed its subject kept clear of or fell short of, so none
 * is done: the clause or object of a verb of avoidance ("Iran avoided condemning Russia",
 * "the minister avoided a meeting with Wang Yi"), the "to" or "of" clause of an adjective
 * of inability ("Turkey was unable to meet Greek officials", "powerless to stop the
 * fighting"), a gerund clause that "against" opens ("Japan decided against sending troops
 * to Iraq", "voted against imposing sanctions"), the clause after "come close" or "fall
 * short" ("Sudan came close to signing the deal"), or a gerund aimed at: the "on" clause of
 * a verb of focus ("will focus on ending the war", "talks centered on ending the blockade")
 * or the "toward(s)" clause of a verb of effort ("is working toward ending the conflict"). */
static int missed_deed(const struct syntax_parse *P, int vw)
{
	/* "averted" and the verbs of stopping: given_up */
	static const char *const forgo[] = { "forgo", "forgoes", "forwent", "forgone", "forgoing",
		"forego", "foregoes", "forewent", "foregone", "foregoing", NULL };
	static const char *const against[] = { "against", NULL };
	static const char *const to_of[] = { "to", "of", NULL };
	static const char *const near[] = { "close", "short", NULL };
	static const char *const focus[] = { "focus", "concentrat", "center", "centre", NULL };
	static const char *const on[] = { "on", "upon", NULL };
	static const char *const work[] = { "work", "strive", "strove", "striv", NULL };
	static const char *const toward[] = { "toward", "towards", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head)
		return 0;
	int h = (int)w->head - 1;
	if (syn_is_verb(&P->w[h]) && (syn_word_in(&P->w[h], EVADE_WORDS) ||
				       syn_word_in(&P->w[h], SHUN_WORDS) ||
				       syn_word_in(&P->w[h], forgo)) &&
	    (syn_rel_is(w, "xcomp") || syn_rel_is(w, "obj") || syn_rel_is(w, "ccomp")))
		return 1;
	if (!(syn_rel_is(w, "xcomp") || syn_rel_is(w, "advcl") || syn_rel_is(w, "ccomp")) ||
	    !syn_is_verb(w))
		return 0;
	if (syn_ends_ing(w) && syn_child_word(P, vw, "mark", against))
		return 1;
	/* "will focus on ending the war", "is working toward ending the conflict": an aim */
	if (syn_ends_ing(w) &&
	    ((syn_stem_in(&P->w[h], focus) && syn_child_word(P, vw, "mark", on)) ||
	     (syn_stem_in(&P->w[h], work) && syn_child_word(P, vw, "mark", toward))))
		return 1;
	if (!syn_child_word(P, vw, "mark", to_of))
		return 0;
	return syn_word_in(&P->w[h], UNABLE_WORDS) ||
	       (syn_word_in(&P->w[h], COME_FALL_WORDS) && syn_child_word(P, h, "advmod", near));
}

/* false128: 1 when deed noun n names a side of its own in a phrase after it: its doer ("by":
 * "instances of shelling by Russian forces") or its victim ("against", "on", "toward(s)":
 * "120 cases of attacks against journalists", speech73's `--- -> ~MED`). */
static int deed_side_phrase(const struct syntax_parse *P, int n)
{
	static const char *const side[] = { "by", "against", "on", "toward", "towards", NULL };
	for (int i = n + 1; i < P->nw; i++)
		if ((int)P->w[i].head == n + 1 && (syn_rel_base(&P->w[i], "nmod") ||
		    syn_rel_base(&P->w[i], "obl")) && syn_child_word(P, i, "case", side))
			return 1;
	return 0;
}

/* 1 when verb word vw is the "to" clause of a noun that names a deed possible, needed or
 * wished for, proposed or asked, not one done ("sees a chance to increase aid", "the need
 * for the government to invest", "the ability to strike", "a proposal for the Security
 * Council to lift sanctions"), directly or through the noun's "for X" phrase, or of
 * an adjective of need or possibility ("was necessary to resist", "possible for companies
 * to invest"); or such a noun's "of" phrase ("the possibility of additional sanctions"). */
static int possible_deed(const struct syntax_parse *P, int vw)
{
	static const char *const can[] = { "need", "needs", "chance", "chances", "opportunity",
		"opportunities", "possibility", "possibilities", "ability", "capacity",
		"capability", "capabilities", "option", "options", "right", "rights", "hope",
		"hopes", "wish", "desire", "temptation", "incentive", "proposal", "proposals",
		"suggestion", "suggestions", "idea", "ideas", "call", "calls", "appeal",
		"appeals", "request", "requests", "demand", "demands", "choice", "risk", "risks",
		"danger", "freedom", "number", "numbers", "responsibility", "obligation",
		"obligations", "duty", "commitment", "commitments", "authority", "power",
		"powers", "willingness", "readiness", NULL };
	/* adjectives that call a deed needed or possible, not done ("was necessary to resist
	 * China's aggression", "it is possible for companies to invest less") */
	static const char *const needed[] = { "necessary", "needed", "crucial", "essential",
		"vital", "important", "imperative", "possible", "impossible", "difficult", "hard",
		"easy", "unlikely", "likely", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const of[] = { "of", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	/* undone61: "cannot afford to send troops": a deed one can or cannot afford */
	static const char *const afford[] = { "afford", "affords", "afforded", NULL };
	if (syn_rel_is(w, "xcomp") && w->head && syn_word_in(&P->w[w->head - 1], afford))
		return 1;
	if (to_clause_of(P, vw, can) || sought_for(P, vw) || unreal_clause(P, vw) ||
	    prevented_clause(P, vw) || missed_deed(P, vw))
		return 1;
	/* "will make it unlikely Washington will end a freeze": a clause an adjective of
	 * likelihood governs */
	if (w->head && syn_rel_is(w, "ccomp") && P->w[w->head - 1].upos &&
	    !strcmp(P->w[w->head - 1].upos, "ADJ") && syn_word_in(&P->w[w->head - 1], needed))
		return 1;
	/* also the clausal subject of such an adjective ("it is necessary for India to have
	 * constant engagement with Mauritius and help them") */
	if (w->head && syn_child_word(P, vw, "mark", to) &&
	    (syn_rel_is(w, "xcomp") || syn_rel_is(w, "advcl") || syn_rel_is(w, "ccomp") ||
	     syn_rel_is(w, "csubj")) &&
	    ((syn_upos_is(&P->w[w->head - 1], "ADJ") &&
	      syn_word_in(&P->w[w->head - 1], needed)) ||
	     syn_word_is(&P->w[w->head - 1], "supposed")))
		return 1;   /* "were supposed to sign a minerals deal" (then called off) */
	/* "continued negotiations will be needed", "talks are necessary": a deed (noun) that is
	 * said to be needed */
	static const char *const need[] = { "need", "needs", "needed", "require", "requires",
		"required", NULL };
	if (w->head && (syn_rel_is(w, "nsubj:pass") || syn_rel_is(w, "nsubj")) &&
	    ((syn_rel_is(w, "nsubj:pass") && syn_word_in(&P->w[w->head - 1], need)) ||
	     (syn_upos_is(&P->w[w->head - 1], "ADJ") &&
	      syn_word_in(&P->w[w->head - 1], needed))))
		return 1;
	/* "a good chance of being abused", "face the possibility of additional sanctions" (not
	 * "the appeal of two journalists"); false128: a count of deeds that names neither doer
	 * nor victim ("recorded 120 cases of kidnapping in Nairobi") tells how many, none
	 * in particular (deed_side_phrase: a side named keeps the deed) */
	static const char *const odds[] = { "chance", "chances", "possibility", "possibilities",
		"risk", "risks", "danger", "dangers", "prospect", "prospects", "likelihood",
		"number", "numbers", NULL };
	static const char *const counts[] = { "cases", "incidents", "instances", NULL };
	if (w->head && (syn_child_word(P, vw, "mark", of) || syn_child_word(P, vw, "case", of)) &&
	    (syn_rel_is(w, "acl") || syn_rel_base(w, "nmod")) &&
	    (syn_word_in(&P->w[w->head - 1], odds) || threat_risk(P, (int)w->head - 1) ||
	     (syn_word_in(&P->w[w->head - 1], counts) && !deed_side_phrase(P, vw))))
		return 1;
	/* the same through a deed noun the verb stem is compounded into ("the threat of
	 * Russian air strikes": the stem at "air") */
	int c = syn_rel_is(w, "compound") && w->head ? (int)w->head - 1 : -1;
	if (c >= 0 && P->w[c].head && syn_child_word(P, c, "case", of) &&
	    syn_rel_base(&P->w[c], "nmod") && threat_risk(P, (int)P->w[c].head - 1))
		return 1;
	if (!syn_rel_is(w, "acl") || !w->head || !syn_child_word(P, vw, "mark", to))
		return 0;
	int n = (int)w->head - 1;
	/* "the need for the Haitian government to invest", the subject read as another verb's:
	 * "for" right before the clause's subject phrase, a word of need before it */
	int start = n;
	for (int i = 0; i < n; i++)
		if ((int)P->w[i].head == n + 1 && i < start)
			start = i;
	if (start >= 2 && syn_word_is(&P->w[start - 1], "for") &&
	    (syn_word_in(&P->w[start - 2], can) || syn_word_in(&P->w[start - 2], needed)))
		return 1;
	/* "the need for the government to invest": the clause hangs on the "for" phrase */
	int f = syn_case_of(P, n);
	if (f < 0 && P->w[n].head && syn_word_is(&P->w[P->w[n].head - 1], "for"))
		f = (int)P->w[n].head - 1;   /* the parser's "for" as the phrase's head */
	if (f < 0 || !syn_word_is(&P->w[f], "for"))
		return 0;
	for (int u = n, hops = 0; P->w[u].head && hops < 2; hops++) {
		u = (int)P->w[u].head - 1;
		if (syn_word_in(&P->w[u], can) || syn_word_in(&P->w[u], needed))
			return 1;
	}
	return 0;
}

static const char *const ACCUSE[] = { "accuse", "accused", "accuses", "accusing",
	"accusation", "accusations", "charge", "charged", "charges", "charging", "suspect",
	"suspected", "suspects", "convict", "convicted", "convicts", "convicting", "conviction",
	"blame", "blamed", "blames", "blaming", "indicted", "allegations", "allegation",
	"alleging", NULL };
static const char *const CHARGE_OF[] = { "of", "with", "for", NULL };

/* 1 when word h is an accusing word or its object ("accuses the rebel group of raping":
 * the parser hangs the charge on the accused as often as on the verb). */
static int accusing(const struct syntax_parse *P, int h)
{
	const khaldun_parse_token *w = &P->w[h];
	return syn_word_in(w, ACCUSE) ||
	       (syn_rel_is(w, "obj") && w->head && syn_word_in(&P->w[w->head - 1], ACCUSE));
}

/* 1 when a word before c, on accusing word h or on its object, is the charge: marked
 * "of"/"with"/"for" ("accused of targeting and killing", "accuses X of killing, maiming"). */
static int charge_before(const struct syntax_parse *P, int h, int c)
{
	for (int i = 0; i < c; i++) {
		const khaldun_parse_token *w = &P->w[i];
		int on = (int)w->head == h + 1 ||
			 (w->head && (int)w->head - 1 != h && accusing(P, (int)w->head - 1) &&
			  (int)P->w[w->head - 1].head == h + 1);
		if (on && (syn_rel_base(w, "obl") || syn_rel_base(w, "nmod") ||
			   syn_rel_base(w, "advcl") || syn_rel_base(w, "acl")) &&
		    (syn_child_word(P, i, "case", CHARGE_OF) ||
		     syn_child_word(P, i, "mark", CHARGE_OF)))
			return 1;
	}
	return 0;
}

/* 1 when word h lies in the charge of accusing verb word vw: under an oblique, clause or
 * nominal of vw marked "of"/"with"/"for" ("were accused of shelling Turkish villages",
 * "are accused of the bombing of a Turkish base"). The charge names the deed and whom it
 * hit, never the accuser. */
int syn_in_charge(const struct syntax_parse *P, int h, int vw)
{
	if (!syn_word_in(&P->w[vw], ACCUSE))
		return 0;
	for (int steps = 0; h >= 0 && P->w[h].head && steps < P->nw; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		if ((int)w->head == vw + 1)
			return (syn_rel_base(w, "obl") || syn_rel_base(w, "nmod") ||
				syn_rel_base(w, "advcl") || syn_rel_base(w, "acl")) &&
			       (syn_child_word(P, h, "case", CHARGE_OF) ||
				syn_child_word(P, h, "mark", CHARGE_OF));
		h = (int)w->head - 1;
	}
	return 0;
}

/* 1 when verb word vw is a deed someone is accused, charged, suspected or convicted of
 * ("accused of targeting and killing civilians", "charged with attacking police"): the
 * accusation or the verdict codes, the deed is the charge, not a deed the sentence tells
 * of. Through "of"/"with"/"for" (obl, advcl, acl, nmod) on the accusing word or its object,
 * a verb coordinated with that charge or in its object or an apposition ("of sending the
 * tanks, training and fighting"), or an -ing verb the parser broke off a list of charges ("accuses
 * the group of killing, maiming, raping, looting"). No clause with a subject of its own. */
static int charged_deed(const struct syntax_parse *P, int vw)
{
	int c = vw;
	for (int hops = 0; hops < 4 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		int h = (int)w->head - 1;
		int marked = syn_child_word(P, c, "mark", CHARGE_OF) ||
			     syn_child_word(P, c, "case", CHARGE_OF);
		if (marked && (syn_rel_base(w, "obl") || syn_rel_base(w, "advcl") ||
			       syn_rel_base(w, "acl") || syn_rel_base(w, "nmod")))
			return accusing(P, h);
		if (syn_child_rel(P, c, "nsubj") >= 0)
			return 0;
		if (syn_rel_base(w, "advcl") && syn_ends_ing(w))
			return syn_word_in(&P->w[h], ACCUSE) && charge_before(P, h, c);
		int conj = syn_rel_is(w, "conj") && syn_ends_ing(w);
		/* a quoted noun of the charge the parser made an apposition of the accused ("the
		 * envoy of distorting \"the facts\" ... and providing"): after the charge */
		if (hops > 0 && syn_rel_is(w, "appos") && accusing(P, h))
			return charge_before(P, syn_word_in(&P->w[h], ACCUSE) ? h
					     : (int)P->w[h].head - 1, c);
		/* up from a conjunct: the charge's object, or a quoted noun the parser made an
		 * apposition of it ("of misrepresenting \"the realities\" ... and providing") */
		if (!conj && !(hops > 0 && (syn_rel_is(w, "obj") || syn_rel_is(w, "appos"))))
			return 0;
		if (conj && syn_word_in(&P->w[h], ACCUSE))
			return charge_before(P, h, c);
		c = h;
	}
	return 0;
}

static const char *const PUNISH[] = { "arrest", "arrests", "arrested", "arresting",
	"sentence", "sentenced", "sentencing", "expel", "expelled", "expels", "expelling",
	"expulsion", "ban", "banned", "bans", "banning", "fine", "fined", "jail", "jailed",
	"jailing", "imprison", "imprisoned", "detain", "detained", "detention", "punish",
	"punished", "punishes", "punishing", "punishment", "prosecute", "prosecuted",
	"prosecution", "sanction", "sanctioned", "sanctions", "suspend", "suspended", NULL };

/* 1 when verb word vw is the ground of a punishment, a clause marked "for" on a word of
 * arrest, sentence, expulsion, ban or sanction, or on the object of a verb that orders one
 * ("ordered the arrest of Dodik for ignoring a court summons", "was expelled from the party
 * for violating regulations", "sentenced him to a year in prison for defying decisions"):
 * the punishment codes, and the deed is its charge, as with charged_deed, not a deed the
 * sentence tells of (the punisher is not its doer). No clause with a subject of its own. */
static int punished_deed(const struct syntax_parse *P, int vw)
{
	static const char *const forw[] = { "for", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_ends_ing(w) || syn_child_rel(P, vw, "nsubj") >= 0 ||
	    !(syn_rel_base(w, "advcl") || syn_rel_base(w, "acl") || syn_rel_base(w, "obl") ||
	      syn_rel_base(w, "nmod")) ||
	    !(syn_child_word(P, vw, "mark", forw) || syn_child_word(P, vw, "case", forw)))
		return 0;
	int h = (int)w->head - 1;
	if (syn_word_in(&P->w[h], PUNISH))
		return 1;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], "obj") &&
		    syn_word_in(&P->w[i], PUNISH))
			return 1;
	return 0;
}

/* 1 when verb word vw is a deed someone else is expected to do ("expecting North Korea to
 * launch a missile", "expect Russia to attack"): a forecast, no event. The complement of an
 * expectation with an object of its own; "is expected to attack" (no object: the doer's
 * own announced plans) only for force (14-20), which the forecast has not used. */
/* verbs of expecting, for expected_deed and hoped_clause (undone90) */
static const char *const expect_verbs[] = { "expect", "expected", "expects", "expecting",
	"predict", "predicted", "predicts", "predicting", "anticipate", "anticipated",
	"anticipates", "anticipating", NULL };

static int expected_deed(const struct syntax_parse *P, int vw, const char *a)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "xcomp") || !w->head ||
	    !syn_word_in(&P->w[w->head - 1], expect_verbs))
		return 0;
	int h = (int)w->head - 1;
	if (syn_child_rel(P, h, "obj") >= 0)
		return 1;
	int root = code_root(a);
	return root >= 14 && root != 16 && syn_passive_verb(P, h);
}

/* undone65: 1 when verb word vw is the "to" complement of a word of the timetable ("are
 * due to sign", "is scheduled to be released", "is slated to open"; notdone118: "Kenya is
 * poised to send troops to Haiti"): a deed set for later. */
static int scheduled(const struct syntax_parse *P, int vw)
{
	static const char *const sched[] = { "due", "scheduled", "slated", "poised", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	return w->head && syn_child_word(P, vw, "mark", to) &&
	       syn_word_in(&P->w[w->head - 1], sched);
}

/* undone61: 1 when verb word vw is a material deed (roots 05-08, 14-15, 17-20) that is only
 * due or scheduled to be done ("the report is due to be released next month", "are due to
 * be freed", undone65: "were due to sign a deal"): not done. A meeting or visit one is due
 * to hold stays (the PLOVER annotators code it: undone65 measured 036 for it, dev2 fell). */
static int due_deed(const struct syntax_parse *P, int vw, const char *a)
{
	int root = code_root(a);
	if (!((root >= 5 && root <= 8) || root == 14 || root == 15 || root >= 17))
		return 0;
	return scheduled(P, vw);
}

/* "Experts think the U.S. is likely to respond with threats to use force", "the threat
 * to impose sanctions", "threatened to attack US Army base and kill top general": a
 * conflict deed in the "to" clause of a threat noun, or in the complement of "threaten"
 * (also a verb coordinated with it), is threatened, not done: its threat code (13x).
 * Returns 1 when *code changed. */
static int threat_noun(const struct syntax_parse *P, int vw, dict_evcode *code)
{
	static const char *const threat[] = { "threat", "threats", "ultimatum", NULL };
	/* threatco173: a conflict deed one vows is threatened too ("vowed to attack the capital
	 * and kill the president": the second as the first, which VOW's patterns make 138x) */
	static const char *const threaten[] = { "threaten", "threatened", "threatens",
		"threatening", "vow", "vows", "vowed", "vowing", NULL };
	static const char *const of[] = { "of", NULL };
	const char *t = syn_threat_code(code->a);
	/* "Russia's threats of nuclear attacks" (the stem at "nuclear": its noun), "issued
	 * threats of retaliation" (not a threat in the sense of a risk: possible_deed) */
	int n = vw;
	if ((syn_rel_is(&P->w[vw], "amod") || syn_rel_is(&P->w[vw], "compound")) && P->w[vw].head)
		n = (int)P->w[vw].head - 1;
	const khaldun_parse_token *w = &P->w[n];
	int of_threat = w->head && syn_rel_base(w, "nmod") && syn_child_word(P, n, "case", of) &&
			syn_word_in(&P->w[w->head - 1], threat);
	/* undone84: a show of force wanted or planned ("aims to mobilize troops") is a threat
	 * of force (138); said as future it keeps its 15x (syn_threat_code has none) */
	int w15 = !t && code->a && code->a[0] == '1' && code->a[1] == '5' && wanted(P, vw);
	if (w15)
		t = "138";
	if (!t || !(w15 || to_clause_of(P, vw, threat) || complement_of(P, vw, threaten) ||
		    of_threat || wanted(P, vw)))
		return 0;
	code->a = t;
	code->b = NULL;
	return 1;
}

/* The threat code (13x) of coercion noun n held in prospect: sanctions, tariffs or an
 * embargo 1312; force (its use too), military action or strikes, retaliation 138;
 * countermeasures and punitive or retaliatory measures, action or steps 131. NULL: not
 * such a noun. */
static const char *coercion_threat(const struct syntax_parse *P, int n)
{
	static const char *const force[] = { "force", "retaliation", "reprisal", "reprisals",
		"airstrike", "airstrikes", NULL };
	static const char *const armed[] = { "military", "armed", NULL };
	static const char *const acts[] = { "action", "actions", "option", "options", "strike",
		"strikes", "measures", "steps", NULL };
	static const char *const punitive[] = { "punitive", "retaliatory", NULL };
	static const char *const counter[] = { "countermeasures", "counter-measures", NULL };
	const khaldun_parse_token *w = &P->w[n];
	if (!syn_upos_is(w, "NOUN"))
		return NULL;
	if (syn_word_in(w, SANCTION_NOUNS))
		return "1312";
	if (syn_word_in(w, force) ||
	    (syn_word_in(w, acts) && syn_child_word(P, n, "amod", armed)) ||
	    (syn_word_is(w, "use") && syn_child_word(P, n, "nmod", force)))
		return "138";
	if (syn_word_in(w, counter) ||
	    (syn_word_in(w, acts) && syn_child_word(P, n, "amod", punitive)))
		return "131";
	return NULL;
}

/* sense84: 1 when a word of easing ("lifting", "easing", "removing" ...) stands between the
 * weighing verb v and the coercion noun n after it: "is considering lifting sanctions on
 * Iran" weighs an end to the coercion, no threat of it (the verb's 014 stays). */
static int eased_between(const struct syntax_parse *P, int v, int n)
{
	static const char *const ease[] = { "lift", "lifting", "ease", "easing", "remove",
		"removing", "relax", "relaxing", "loosen", "loosening", "end", "ending", "scrap",
		"scrapping", "drop", "dropping", "suspend", "suspending", "waive", "waiving",
		"withdraw", "withdrawing", "halt", "halting", NULL };
	for (int j = v + 1; j < n; j++)
		if (syn_word_in(&P->w[j], ease))
			return 1;
	return 0;
}

/* "The European Union is considering sanctions", "is weighing military action against
 * Iran", "is preparing sanctions", "considering imposing tariffs": coercion that a side
 * considers, weighs, prepares or proposes (the object of such a verb, or of an imposing
 * verb in its complement) is held out to its target, CAMEO's threat (coercion_threat), not
 * a policy option (014), an intent (03x: "proposed new sanctions against Russia") or the
 * deed. The event word vw is the considering verb or the coercion noun itself (a conflict
 * deed). Returns 1 when *code changed. */
static int weighed_coercion(const struct syntax_parse *P, int vw, dict_evcode *code)
{
	static const char *const weigh[] = { "consider", "considers", "considered",
		"considering", "weigh", "weighs", "weighed", "weighing", "mull", "mulls",
		"mulled", "mulling", "contemplate", "contemplates", "contemplated",
		"contemplating", "ponder", "ponders", "pondered", "pondering", "prepare",
		"prepares", "prepared", "preparing", "propose", "proposes", "proposed",
		"proposing", "draft", "drafts", "drafted", "drafting", NULL };
	static const char *const impose[] = { "impose", "imposing", "use", "using", "take",
		"taking", "launch", "launching", "slap", "slapping", "levy", "levying", NULL };
	static const char *const judge[] = { "consider", "considers", "considered", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	int n = -1, v = vw;
	/* 014 for the verbs of weighing, 03x for those of proposing (an intent) */
	if (code->a && (!strcmp(code->a, "014") || !strncmp(code->a, "03", 2)) &&
	    syn_word_in(w, weigh)) {
		n = syn_child_rel(P, vw, syn_passive_verb(P, vw) ? "nsubj:pass" : "obj");
		int x = syn_child_rel(P, vw, "xcomp");
		if (n < 0 && x >= 0 && syn_word_in(&P->w[x], impose))
			n = syn_child_rel(P, x, "obj");
	} else if (syn_threat_code(code->a) && syn_rel_is(w, "obj") && w->head &&
		   syn_word_in(&P->w[w->head - 1], weigh)) {
		n = vw;
		v = (int)w->head - 1;
	}
	/* "Russia considers the sanctions an act of war", "China considers the use of force
	 * legitimate": a plain "consider" judges as often as it weighs, and the parser may lose
	 * the predicate; only a "consider" with an auxiliary ("is considering", "will
	 * consider", "are being considered") weighs */
	if (syn_word_in(&P->w[v], judge) && syn_child_rel(P, v, "aux") < 0 &&
	    syn_child_rel(P, v, "aux:pass") < 0)
		return 0;
	const char *t = n >= 0 && !syn_not_on(P, v) && !eased_between(P, v, n) ?
			coercion_threat(P, n) : NULL;
	if (!t)
		return 0;
	code->a = t;
	code->b = NULL;
	return 1;
}

/* 1 when deed word vw (a verb, or an event noun) is what someone faces ("face charges of
 * corruption", "or face a military storm", "will face sanctions"): a prospect, not a deed
 * done in the sentence. Sanctions and legal or administrative action (16-17) always; others
 * only when the facing is itself future or an alternative ("will face", "or face"). */
static int faced(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const face[] = { "face", "faces", "faced", "facing", NULL };
	static const char *const later[] = { "will", "would", "could", "may", "might", "or",
					     NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "obj") || !w->head || !syn_word_in(&P->w[w->head - 1], face))
		return 0;
	int h = (int)w->head - 1;
	if (a[0] == '1' && (a[1] == '6' || a[1] == '7'))
		return 1;
	return syn_child_word(P, h, "aux", later) || syn_child_word(P, h, "cc", later);
}

/* 1 when deed word vw lies inside what someone denies, rejects, refutes or dismisses as
 * claims, comments, allegations, accusations or reports ("refuted Trump's comments on ...
 * the large-scale killing of farmers", "rejected accusations that a deal allowing Chinese
 * officials to interrogate ..."): the content of a denied claim, no deed. */
static int denied_claim(const struct syntax_parse *P, int vw)
{
	static const char *const claim[] = { "claim", "claims", "comment", "comments",
		"allegation", "allegations", "accusation", "accusations", "report", "reports",
		"charge", "charges", "rumour", "rumours", "rumor", "rumors", "suggestion",
		"suggestions", "assertion", "assertions", NULL };
	for (int u = vw, hops = 0; P->w[u].head && hops < 8; hops++) {
		int h = (int)P->w[u].head - 1;
		if (syn_word_in(&P->w[u], claim) && syn_rel_is(&P->w[u], "obj") &&
		    syn_word_in(&P->w[h], DENY_WORDS))
			return 1;
		if (syn_is_verb(&P->w[u]) && u != vw && (syn_rel_is(&P->w[u], "root") ||
		    syn_rel_is(&P->w[u], "parataxis")))
			return 0;
		/* ", and accused the government": a clause of its own the parser hung low */
		if (syn_is_verb(&P->w[u]) && syn_rel_is(&P->w[u], "conj") && u >= 2 &&
		    syn_word_is(&P->w[u - 1], "and") && syn_word_is(&P->w[u - 2], ","))
			return 0;
		u = h;
	}
	return 0;
}

/* 1 when verb word vw is a deed someone considers, weighs or plans to weigh ("is considering
 * sending aid ... and to retaliate"): the 014 of the considering codes, not the deed.
 * undone65: so is one a side is reluctant or hesitates to do ("is reluctant to join the
 * pact"): weighed and held back, not done; not "will not hesitate to", a deed meant. */
static int considered(const struct syntax_parse *P, int vw)
{
	static const char *const weigh[] = { "consider", "considers", "considered",
		"considering", "weigh", "weighs", "weighed", "weighing", "mull", "mulls",
		"mulled", "mulling", "contemplate", "contemplates", "contemplated",
		"contemplating", "ponder", "ponders", "pondered", "pondering", NULL };
	static const char *const loath[] = { "reluctant", "hesitant", "hesitate", "hesitates",
		"hesitated", "hesitating", NULL };
	int h = complement_head(P, vw, loath);
	if (h >= 0)
		return !syn_not_on(P, h);   /* "will not hesitate to cut it off": done (threat) */
	return complement_of(P, vw, weigh);
}

/* 1 when conflict deed word vw (14-20) is what someone stops, ends, gives up or prevents ("have
 * given up fighting and surrendered", "stopped attacking", "averted its defeat"): no deed; the cut
 * rule (syn_cut) does the same for cooperation. */
static int given_up(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const stop[] = { "stop", "stopped", "stops", "stopping", "cease",
		"ceased", "ceases", "ceasing", "quit", "quits", "quitting", "halt", "halted",
		"halts", "halting", "abandon", "abandoned", "abandons", "abandoning", "renounce",
		"renounced", "renounces", "renouncing", "avert", "averted", "averts", "averting",
		"prevent", "prevented", "prevents", "preventing", "thwart", "thwarted", "thwarts",
		"thwarting", "foil", "foiled", "foils", "foiling", NULL };
	static const char *const up[] = { "up", NULL };
	int root = code_root(a);
	const khaldun_parse_token *w = &P->w[vw];
	static const char *const must[] = { "must", "should", "ought", NULL };
	if (root < 14 || root == 16 || !w->head ||
	    !(syn_rel_is(w, "obj") || (syn_rel_is(w, "xcomp") && syn_ends_ing(w))))
		return 0;
	int h = (int)w->head - 1;
	const khaldun_parse_token *v = &P->w[h];
	if (syn_child_word(P, h, "aux", must))
		return 0;   /* "must stop killing civilians": the demand rule codes it (100) */
	if (syn_word_in(v, stop))
		return 1;
	return v->len >= 4 &&
		(!strncasecmp(v->form, "give", 4) || !strncasecmp(v->form, "gave", 4)) &&
	       syn_child_word(P, h, "compound:prt", up);
}

/* 1 when deed word vw is a sanctions noun (sanctions, embargo) that no verb imposes, told as
 * background: a cause ("triggered by previous U.S. sanctions", "Encouraged by mild
 * sanctions", "recovering from sanctions", "Despite U.S. sanctions"), a modifier ("sanctions
 * bills pending in Congress") or the subject of a state ("sanctions against Turkey are in
 * Congress awaiting ratification"). Not a noun a verb governs ("ramped up sanctions"), one
 * that takes effect, is or stays in force ("remain in place") or is aimed at a side, nor
 * one passively imposed ("sanctions were imposed"); one that does not is background. */
static int background_sanction(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const sanction[] = { "sanction", "sanctions", "embargo",
		"embargoes", NULL };
	static const char *const cause[] = { "by", "despite", "from", "amid", "after",
		"because", NULL };
	/* the verbs a sanction is the subject of when it starts ("took effect", "came into
	 * force") or is imposed ("were imposed", "have been extended") */
	static const char *const start[] = { "take", "takes", "took", "taken", "taking",
		"come", "comes", "came", "coming", "go", "goes", "went", "enter", "entered",
		"enters", "impose", "imposed", "reimposed", "levied", "slapped", "announced",
		"approved", "adopted", "introduced", "extended", "tightened", "expanded",
		"renewed", "applied", "placed", "ordered",
		/* or is in force ("are in place", "in effect") or aimed at a side ("hit Russia's
		 * economy", inforce18) */
		"place", "force", "effect", "aim", "aims", "aimed", "target", "targets",
		"targeted", "hit", "hits", NULL };
	static const char *const state[] = { "place", "force", "effect", NULL };
	static const char *const in[] = { "in", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (a[0] != '1' || a[1] != '6' || !w->upos)
		return 0;
	/* "sanctions bills proposing draconian measures": the stem compounded into the subject
	 * of a verb that imposes nothing (syn_event_word made that verb the event word) */
	int s = syn_child_rel(P, vw, "nsubj");
	if (syn_is_verb(w) && !syn_word_in(w, start) && s >= 0) {
		for (int i = 0; i < s; i++)
			if ((int)P->w[i].head == s + 1 && syn_rel_is(&P->w[i], "compound") &&
			    syn_word_in(&P->w[i], sanction))
				return 1;
		return 0;
	}
	if (strcmp(w->upos, "NOUN") || !syn_word_in(w, sanction) || !w->head)
		return 0;
	if (syn_rel_is(w, "compound"))
		return 1;
	if (syn_rel_base(w, "obl") || syn_rel_base(w, "nmod"))
		return syn_child_word(P, vw, "case", cause) || syn_rel_is(w, "obl:agent");
	if (syn_rel_is(w, "nsubj") || syn_rel_is(w, "nsubj:pass")) {
		int h = w->head - 1, o = syn_child_rel(P, h, "obl");   /* "remain in place" */
		int held = o >= 0 && syn_word_in(&P->w[o], state) &&
			syn_child_word(P, o, "case", in);
		return (!syn_word_in(&P->w[h], start) && !held) || syn_not_on(P, h);
	}
	return 0;
}

/* 1 when deed noun vw is awaited ("sanctions ... awaiting ratification", "the deal awaits
 * approval", "pending approval"): not done yet. */
static int awaited(const struct syntax_parse *P, int vw)
{
	static const char *const wait[] = { "await", "awaits", "awaited", "awaiting", "pending",
		NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_upos_is(w, "NOUN"))
		return 0;
	if (syn_child_word(P, vw, "amod", wait) || syn_child_word(P, vw, "case", wait))
		return 1;
	return syn_rel_is(w, "obj") && w->head && syn_word_in(&P->w[w->head - 1], wait);
}

static int claimed_deed(coder_sent *S, const struct syntax_parse *P, int vw, dict_evcode *code);

/* "the sanctions Washington has imposed on Moscow", "Sanctions were imposed on Iran": an
 * imposing verb whose sanctions noun stands before it, as the noun its relative clause
 * hangs on or as its passive subject, imposes sanctions (163), not the bare verb's coercion
 * (IMPOSE 170: the patterns read the object after the verb); said as a threat, 1312, not
 * 137. Returns 1 when changed. */
static int sanctions_imposed(const struct syntax_parse *P, int vw, dict_evcode *code)
{
	static const char *const impose[] = { "impose", "imposed", "imposes", "imposing",
		"reimposed", "levied", "slapped", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	/* 137: the coercion already said as a threat ("sanctions will be imposed") */
	if (!code->a || (strcmp(code->a, "170") && strcmp(code->a, "137")) ||
	    !syn_word_in(w, impose))
		return 0;
	int n = -1;
	if (syn_rel_is(w, "acl:relcl") && w->head && (int)w->head - 1 < vw)
		n = (int)w->head - 1;
	else
		n = syn_child_rel(P, vw, "nsubj:pass");
	if (n < 0 || !syn_word_in(&P->w[n], SANCTION_NOUNS))
		return 0;
	code->a = code->a[1] == '7' ? "163" : "1312";
	code->b = NULL;
	return 1;
}

/* 1 when verb vw is told only as a condition, an open question or an absence: its clause,
 * or a clause above it that it completes or is coordinated in, is marked "if", "unless",
 * "whether" or "without" ("asked if the U.S. was considering any punitive action", "if the
 * BIA agrees with the government", "If you told us that's what you intended to do"). Only
 * up, never into a condition below: "warned that if ..., it would retaliate" keeps its
 * threat. */
static int conditioned(const struct syntax_parse *P, int vw, const char *const *unsure)
{
	int u = vw;
	for (int hops = 0; hops < 4; hops++) {
		if (syn_child_word(P, u, "mark", unsure))
			return 1;
		const khaldun_parse_token *x = &P->w[u];
		if (!x->head || !(syn_rel_is(x, "ccomp") || syn_rel_is(x, "xcomp") ||
				  (syn_rel_is(x, "conj") && syn_child_rel(P, u, "mark") < 0)))
			return 0;
		u = (int)x->head - 1;
	}
	return 0;
}

/* 1 when verb vw is told inside an open question (hypo48): its clause, or one above it that
 * it completes or is coordinated in (climbing as conditioned() does), is marked "whether",
 * or "if" on a content clause (a complement, a clausal subject, a noun's clause: "it remains
 * to be seen if", "unclear if") or on a clause the parse hangs as an adverbial on a word of
 * asking or not knowing ("wondered if"). The clause asserts nothing, a threat neither
 * ("asked whether Russia would attack Ukraine"); a threat's own condition ("will strike if
 * attacked") marks the condition's verb, not the threat's, and is not climbed into. */
static int questioned(const struct syntax_parse *P, int vw)
{
	static const char *const whether[] = { "whether", NULL };
	static const char *const ifw[] = { "if", NULL };
	static const char *const asking[] = { "ask", "asks", "asked", "asking", "wonder",
		"wonders", "wondered", "wondering", "question", "questions", "questioned",
		"questioning", "unclear", "uncertain", "unknown", "know", "knows", "knew",
		"known", "see", "seen", "doubt", "doubts", "doubted", "debate", "debated",
		"check", "checked", "determine", "decide", "sure", "clear", "certain", NULL };
	int u = vw;
	for (int hops = 0; hops < 4; hops++) {
		const khaldun_parse_token *x = &P->w[u];
		if (syn_child_word(P, u, "mark", whether))
			return 1;
		if (syn_child_word(P, u, "mark", ifw))
			return x->head && (syn_rel_base(x, "ccomp") || syn_rel_base(x, "csubj") ||
					   syn_rel_base(x, "acl") ||
					   (syn_rel_base(x, "advcl") &&
					    syn_word_in(&P->w[x->head - 1], asking)));
		if (!x->head || !(syn_rel_is(x, "ccomp") || syn_rel_is(x, "xcomp") ||
				  (syn_rel_is(x, "conj") && syn_child_rel(P, u, "mark") < 0)))
			return 0;
		u = (int)x->head - 1;
	}
	return 0;
}

/* "The Commerce chief also rebuffed fears that Trump's global tariffs would cause a
 * recession", "dismissed concerns that a resolution ... would undermine the talks": a
 * rejection or denial (12x, 016) of a fear is an optimistic comment (013), no rejection of
 * anyone's proposal. Returns 1 when changed (S->syn_note says so). */
static int dismissed_fear(coder_sent *S, const struct syntax_parse *P, int vw, dict_evcode *code)
{
	const char *a = code->a;
	int o = syn_child_rel(P, vw, "obj");
	if (!((a[0] == '1' && a[1] == '2') || !strcmp(a, "016")) || o < 0 ||
	    !syn_word_in(&P->w[o], FEAR))
		return 0;
	/* with the fear's content clause, on the noun or (as the parse often has it) on the
	 * verb after it: not "ignoring the concerns of the council", others' wishes defied */
	if (syn_child_rel(P, vw, "ccomp") < o && syn_child_rel(P, o, "acl") < 0 &&
	    syn_child_rel(P, o, "ccomp") < 0)
		return 0;
	return recode_as(S, code, "013", "rule: a fear rebuffed or dismissed is an optimistic "
			 "comment (013), no rejection");
}

/* 1 when deed word vw is what someone is afraid of ("were terrified of being forced back to
 * China", "afraid of being arrested"): a fear, no deed; the "of" clause or phrase of an
 * adjective of fear. */
static int feared_of(const struct syntax_parse *P, int vw)
{
	static const char *const afraid[] = { "afraid", "terrified", "scared", "fearful",
		"frightened", "wary", NULL };
	static const char *const of[] = { "of", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	return w->head &&
		(syn_child_word(P, vw, "mark", of) || syn_child_word(P, vw, "case", of)) &&
	       (syn_rel_base(w, "advcl") || syn_rel_base(w, "acl") || syn_rel_base(w, "obl") ||
		syn_rel_is(w, "xcomp")) &&
	       syn_word_in(&P->w[w->head - 1], afraid);
}

/* undone89: 1 when deed word vw is the aim of a preparation: the "to" clause (a purpose
 * clause or a complement), or a verb coordinated in it, of a verb of preparing or plotting
 * ("the cell was building explosives to carry out attacks", "were plotting to kill the
 * president", "stockpiled weapons to attack police"): the deed prepared is not done. A
 * deed done for a purpose keeps its own verb ("sent soldiers to help Sudan": "sent"). */
static int prepared_aim(const struct syntax_parse *P, int vw)
{
	/* a plot's complement too ("were plotting to kill"); "is preparing to launch a
	 * missile" is left to the rules of intent (the sets code such a launch) */
	static const char *const plot[] = { "plot", "plots", "plotted", "plotting", "conspire",
		"conspired", "conspiring", NULL };
	static const char *const prepare[] = { "prepare", "prepares", "prepared", "preparing",
		NULL };
	/* means made or piled up, only with the means as object ("built bombs to attack";
	 * people gathered to do a deed do it: "gathered influencers to visit cities") */
	static const char *const gear[] = { "build", "builds", "built", "building",
		"stockpile", "stockpiles", "stockpiled", "stockpiling", "amass", "amassed",
		"amassing", "manufacture", "manufactured", "manufacturing", "make", "makes",
		"made", "making", NULL };
	static const char *const make[] = { "make", "makes", "made", "making", NULL };
	static const char *const to[] = { "to", NULL };
	int u = vw;
	/* "to carry out attacks and kill police": the verb the conjunct joins */
	if (syn_rel_is(&P->w[u], "conj") && syn_child_rel(P, u, "nsubj") < 0 && P->w[u].head &&
	    syn_is_verb(&P->w[P->w[u].head - 1]))
		u = (int)P->w[u].head - 1;
	const khaldun_parse_token *w = &P->w[u];
	if (!w->head)
		return 0;
	int h = (int)w->head - 1;
	/* false128: the parser may hang the purpose of means made on their verb as xcomp
	 * ("was making remote-controlled bombs to carry out attacks"); only "make" so, as
	 * speaker29's record still codes "was building bombs to carry out attacks" */
	int made = syn_word_in(&P->w[h], make) && syn_child_rel(P, h, "obj") >= 0;
	if (syn_rel_is(w, "xcomp"))
		return syn_word_in(&P->w[h], plot) ||
		       (made && syn_child_word(P, u, "mark", to));
	return purpose_clause(P, u) &&
	       (syn_word_in(&P->w[h], plot) || syn_word_in(&P->w[h], prepare) ||
		(syn_word_in(&P->w[h], gear) && syn_child_rel(P, h, "obj") >= 0));
}

/* undone89: 1 when verb u, a conjunct or parataxis the parser hung on the -ing hope verb h
 * ("I'm hoping the administration will reach out to Russia, bring them to the table and
 * ..."), goes on the hoped clause: no subject or auxiliary of its own, not an -ing form
 * (which "am hoping and bringing" would need), and after h's complement said with will. */
static int hoped_misattached(const struct syntax_parse *P, int u, int h,
			     const char *const *will)
{
	/* the verbs in -ing that are no participle */
	static const char *const ring[] = { "bring", "ring", "sing", "sting", "spring", "string",
		"swing", "cling", "fling", "sling", "wring", NULL };
	int c = syn_child_rel(P, h, "ccomp");
	int ing = syn_ends_ing(&P->w[u]) && !syn_word_in(&P->w[u], ring);
	return syn_ends_ing(&P->w[h]) && !ing && c >= 0 && c < u &&
	       syn_child_word(P, c, "aux", will) && syn_child_rel(P, u, "nsubj") < 0 &&
	       syn_child_rel(P, u, "aux") < 0;
}

/* undone89: 1 when deed word vw lies in the clause of a hope or wish told of the future
 * ("I am hoping the government will bring the rebels to the table and make sure they make
 * concessions", "hopes the rebels will come to talks and release the prisoners"): the
 * complement (ccomp) of hope, wish or pray said with will, would, can or could, and the
 * verbs coordinated in it or under it, are hoped, not done. Climbs at most five hops
 * through conjuncts, complements and objects. undone90: a verb of expecting (expected_deed's
 * list: "We expect Uganda will attack the rebels", "anticipate that Kenya will sanction")
 * opens such a clause too: a forecast, no threat or promise of the clause's subject. */
static int hoped_clause(const struct syntax_parse *P, int vw)
{
	static const char *const hope[] = { "hope", "hopes", "hoped", "hoping", "wish",
		"wishes", "wished", "wishing", "pray", "prays", "prayed", "praying", NULL };
	static const char *const will[] = { "will", "would", "can", "could", "'ll", NULL };
	for (int u = vw, hops = 0; hops < 5 && P->w[u].head; hops++) {
		const khaldun_parse_token *w = &P->w[u];
		int h = (int)w->head - 1;
		if (syn_rel_is(w, "ccomp") &&
		    (syn_word_in(&P->w[h], hope) || syn_word_in(&P->w[h], expect_verbs)))
			return syn_child_word(P, u, "aux", will);
		if ((syn_rel_is(w, "conj") || syn_rel_is(w, "parataxis")) &&
		    syn_word_in(&P->w[h], hope) &&
		    hoped_misattached(P, u, h, will))
			return 1;
		/* undonec111: the clause on the noun "in hopes that Peru can help push" */
		if (syn_rel_is(w, "acl") && syn_word_in(&P->w[h], hope) && P->w[h].upos &&
		    !strcmp(P->w[h].upos, "NOUN"))
			return syn_child_word(P, u, "aux", will);
		if (!syn_rel_is(w, "conj") && !syn_rel_is(w, "xcomp") && !syn_rel_is(w, "ccomp") &&
		    !syn_rel_is(w, "obj"))
			return 0;
		u = h;
	}
	return 0;
}

/* 1 when verb vw is "threaten" whose doer, its active subject or its passive "by" agent
 * (or the "by" clause the parser makes of a gerund: "by poaching"), is a cause, no side: a
 * process or a force of nature ("is threatened by the high consumption of dog meat",
 * "drought threatens millions"): a risk told, no threat (13x). */
static int threatened_by_cause(const struct syntax_parse *P, int vw)
{
	static const char *const threaten[] = { "threaten", "threatens", "threatened",
		"threatening", NULL };
	static const char *const cause[] = { "consumption", "poaching", "change", "levels",
		"drought", "droughts", "flood", "floods", "flooding", "rains", "fire", "fires",
		"wildfires", "disease", "diseases", "virus", "pandemic", "epidemic", "outbreak",
		"storm", "storms", "cyclone", "heat", "erosion", "pollution", "famine", "hunger",
		"inflation", "prices", "deforestation", "warming", NULL };
	static const char *const by[] = { "by", NULL };
	if (!syn_word_in(&P->w[vw], threaten))
		return 0;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != vw + 1 || !syn_word_in(w, cause))
			continue;
		if (syn_rel_is(w, "obl:agent") ||
		    (syn_rel_is(w, "nsubj") && !syn_passive_verb(P, vw)) ||
		    (syn_rel_is(w, "advcl") && syn_child_word(P, i, "mark", by)))
			return 1;
	}
	return 0;
}

/* false38: 1 when violence verb word vw (roots 18-20) is a passive with no "by" agent whose
 * "in"/"during" oblique is a disaster or accident ("five people had been killed in the
 * crash", "were injured in the earthquake"): the victims of an accident, no one's attack. */
static int disaster_passive(const struct syntax_parse *P, int vw, const char *a)
{
	static const char *const in[] = { "in", "during", NULL };
	if (a[0] != '1' && a[0] != '2')
		return 0;
	if (a[0] == '1' && a[1] != '8' && a[1] != '9')
		return 0;
	if (syn_child_rel(P, vw, "nsubj:pass") < 0 || syn_child_rel(P, vw, "obl:agent") >= 0)
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "obl") &&
		    syn_child_word(P, i, "case", in) && disaster(P, i))
			return 1;
	return 0;
}

/* false40: 1 when verb word vw is a bare past participle that closes a result's small
 * clause, "with", "resulting in" or "leaving"/"left" and a noun phrase before it ("crashed,
 * resulting in all crew and two officers killed", "with several diplomats killed"): the
 * noun phrase underwent the deed, and the deed is the main clause's outcome, an accident's
 * or an attack the main verb already tells; the victims are never its doers. Not with a
 * "by" agent, an auxiliary or an object of its own. */
static int result_participle(const struct syntax_parse *P, int vw)
{
	static const char *const np[] = { "NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", NULL };
	static const char *const leave[] = { "with", "leaving", "left", NULL };
	static const char *const result[] = { "resulting", "resulted", NULL };
	const khaldun_parse_token *v = &P->w[vw];
	if (!syn_upos_is(v, "VERB") || !syn_participle_ending(v) || vw < 2)
		return 0;
	if (syn_child_rel(P, vw, "aux") >= 0 || syn_child_rel(P, vw, "obj") >= 0 ||
	    syn_by_phrase(P, vw) >= 0)
		return 0;
	/* passive96: the second of two such small clauses ("with twenty traders drowned and
	 * ten soldiers killed"), its own noun phrase its subject, conjoined to the first */
	if (syn_rel_is(v, "conj") && v->head && (int)v->head - 1 < vw &&
	    syn_child_rel(P, vw, "nsubj") >= 0 && result_participle(P, (int)v->head - 1))
		return 1;
	if (syn_child_rel(P, vw, "cc") >= 0)
		return 0;
	/* the phrase's own noun right before: "met with officials and vowed" is a verb
	 * coordinated with "met", no small clause */
	const khaldun_parse_token *head = &P->w[vw - 1];
	if (!head->upos || (strcmp(head->upos, "NOUN") && strcmp(head->upos, "PROPN") &&
			    strcmp(head->upos, "NUM")))
		return 0;
	int i = vw - 1, nouns = 0;
	for (int n = 0; i > 0 && n < 10; n++, i--) {
		const khaldun_parse_token *w = &P->w[i];
		int in_np = syn_word_is(w, "&") || (w->upos && memchr(w->form, '-', w->len));
		for (int k = 0; np[k] && w->upos && !in_np; k++)
			in_np = !strcmp(w->upos, np[k]);
		if (!in_np)
			break;
		nouns += w->upos && (!strcmp(w->upos, "NOUN") || !strcmp(w->upos, "PROPN") ||
				     !strcmp(w->upos, "NUM"));
	}
	if (!nouns || i == vw - 1)
		return 0;
	return syn_word_in(&P->w[i], leave) ||
	       (syn_word_is(&P->w[i], "in") && syn_word_in(&P->w[i - 1], result));
}

/* false38: 1 when verb word vw carries "once" between its subject (a conjunct: the verb it
 * joins) and itself ("Gee was once invited to the White House", "Yeats once lamented in a
 * poem"): the deed of a former time, told as background, not the news of the day. Not
 * "once again", "once more" (a deed repeated now), nor "once" before the subject (the
 * conjunction: "once the talks end"). */
static int once_before(const struct syntax_parse *P, int vw)
{
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0)
		s = syn_child_rel(P, vw, "nsubj:pass");
	/* a conjunct shares its head's subject ("appeared in the society pages and was once
	 * invited to the White House"): "once" after that head */
	if (s < 0 && syn_rel_is(&P->w[vw], "conj") && P->w[vw].head && (int)P->w[vw].head - 1 < vw)
		s = (int)P->w[vw].head - 1;
	if (s < 0)
		return 0;
	for (int i = s + 1; i < vw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_word_is(&P->w[i], "once") &&
		    syn_rel_is(&P->w[i], "advmod") && !(i + 1 < P->nw &&
		    (syn_word_is(&P->w[i + 1], "again") || syn_word_is(&P->w[i + 1], "more"))))
			return 1;
	return 0;
}

/* 1 when clause word u is preceded by "until" and its subject's words only ("keep the border
 * closed until Eritrea returns": the parser may take "until Eritrea" for an oblique of the
 * verb before and leave the clause unmarked). */
static int until_misread(const struct syntax_parse *P, int u, const char *const *until)
{
	static const char *const np[] = { "PROPN", "NOUN", "DET", "ADJ", "PRON", NULL };
	int i = u - 1;
	for (int n = 0; i >= 0 && n < 5; n++, i--) {
		int in_np = 0;
		for (int k = 0; np[k] && P->w[i].upos; k++)
			in_np |= !strcmp(P->w[i].upos, np[k]);
		if (!in_np)
			break;
	}
	return i >= 0 && i < u - 1 && syn_word_in(&P->w[i], until);
}

/* false38: 1 when verb or deed word vw lies in an "until" clause on a verb that is negated
 * or future ("will not lift sanctions until Tehran returns to compliance", "won't release
 * the hostages until the government frees their commanders"): the condition still to be
 * met, no deed done. The clause's words are reached through objects, obliques, conjuncts
 * and clauses of its own; "fighting went on until the troops withdrew" (neither) keeps its deed. */
static int until_unmet(const struct syntax_parse *P, int vw)
{
	static const char *const until[] = { "until", "till", "unless", NULL };
	for (int u = vw, hops = 0; hops < 5 && P->w[u].head; hops++) {
		const khaldun_parse_token *w = &P->w[u];
		int m = (int)w->head - 1;
		if (syn_rel_is(w, "advcl") && (syn_child_word(P, u, "mark", until) ||
					       until_misread(P, u, until)))
			return syn_is_verb(&P->w[m]) &&
			       (syn_not_on(P, m) || syn_future_verb(P, m) >= 0);
		if (!(syn_rel_is(w, "obj") || syn_rel_base(w, "obl") || syn_rel_is(w, "conj") ||
		      syn_rel_is(w, "xcomp") || syn_rel_base(w, "nmod") || syn_rel_is(w, "advcl")))
			return 0;
		u = m;
	}
	return 0;
}

/* Deeds the parse tells were not done, whatever the verb: a judgement, not a policy weighed
 * ("considers Taiwan its own territory"), no one did it ("no passengers were killed"), done
 * "without" ("without asking us") or weighed ("divided over whether to invest"), only
 * possible, needed or wished for ("a chance to increase aid"), someone's charge ("accused
 * of killing civilians") or forecast ("expecting North Korea to launch a missile"); a
 * conflict deed in a threat's clause ("threats to use force") is the threat (13x).
 * Statements and appeals (01-02) are left alone. Returns 1 when the event is to be dropped
 * (S->syn_note names the rule of a recode). */
/* generic91: 1 when word w is one of the nouns in reason with "no" or "little" on it */
static int denied_reason(const struct syntax_parse *P, int w, const char *const *reason,
			 const char *const *little)
{
	return syn_word_in(&P->w[w], reason) && (syn_child_word(P, w, "amod", little) ||
						 syn_child_word(P, w, "det", little));
}

/* asked77: 1 when the deed at verb word vw is forecast as unlikely: its clause (up to four
 * complement or clause hops) hangs under "doubt", "unlikely", "improbable", or under a
 * "reason", "sign", "chance" or "indication" with "no" or "little" on it ("There is little
 * reason to believe that the two presidents will meet this year"): no deed done, nor one
 * foreseen. Only with a future or modal auxiliary on vw ("doubt that Iran will attack");
 * "doubted the report and attacked" is left alone. generic91: "guarantee" and "evidence"
 * too, and the noun may be the subject of the "is" the clause hangs under ("There is no
 * guarantee that Kenya will withdraw its troops", an "is" with "there"). */
static int forecast_denied(const struct syntax_parse *P, int vw)
{
	static const char *const doubt[] = { "doubt", "doubts", "doubted", "doubting",
		"unlikely", "improbable", NULL };
	static const char *const reason[] = { "reason", "sign", "signs", "chance", "chances",
		"indication", "indications", "guarantee", "guarantees", "evidence", NULL };
	static const char *const little[] = { "no", "little", NULL };
	static const char *const will[] = { "will", "would", "could", "might", "can", "to",
		NULL };
	if (!syn_child_word(P, vw, "aux", will) && !syn_child_word(P, vw, "mark", will))
		return 0;
	int c = vw;
	for (int hops = 0; hops < 4 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (!syn_rel_is(w, "ccomp") && !syn_rel_is(w, "xcomp") && !syn_rel_is(w, "acl") &&
		    !syn_rel_is(w, "advcl") && !syn_rel_is(w, "csubj"))
			return 0;
		c = (int)w->head - 1;
		if (syn_word_in(&P->w[c], doubt))
			return 1;
		/* undone102: "will make it unlikely that Kenya will lift its ban", "thinks it
		 * improbable that": the clause's verb has an adjective of doubt as its xcomp */
		int x = syn_child_rel(P, c, "xcomp");
		if (x >= 0 && syn_word_in(&P->w[x], doubt))
			return 1;
		if (denied_reason(P, c, reason, little))
			return 1;
		/* generic91: "There is no guarantee that Kenya will withdraw": the clause hangs
		 * under the "is" whose subject is the denied noun */
		int n = syn_child_rel(P, c, "nsubj");
		if (n >= 0 && syn_child_rel(P, c, "expl") >= 0 &&
		    denied_reason(P, n, reason, little))
			return 1;
	}
	return 0;
}

/* undone102: 1 when deed noun n is an argument (object, subject, oblique) of a verb whose
 * deed is forecast as unlikely ("it is unlikely that Kenya will lift its ban on Uganda":
 * the ban is no news of the sentence, as the lifting is not). */
static int noun_in_denied_forecast(const struct syntax_parse *P, int n)
{
	const khaldun_parse_token *w = &P->w[n];
	return w->head && !syn_is_verb(w) &&
	       (syn_rel_is(w, "obj") || syn_rel_base(w, "nsubj") || syn_rel_base(w, "obl")) &&
	       forecast_denied(P, (int)w->head - 1);
}

/* undone96: 1 when verb c's subject is a noun of evidence with "no" or "little" on it
 * (denied_reason) and c only says it is there or appears: a "there is" (its expl: "There is
 * no sign that"), or a verb of appearing or finding ("No evidence has emerged that Uganda
 * attacked", "no proof was found that"): the clause under c tells a deed not seen. */
static int evidence_subject(const struct syntax_parse *P, int c, const char *const *seen,
			    const char *const *little)
{
	static const char *const appear[] = { "emerg", "surfac", "appear", "exist", "find",
		NULL };
	int n = syn_child_rel(P, c, "nsubj");
	if (n < 0)
		n = syn_child_rel(P, c, "nsubj:pass");
	return n >= 0 && denied_reason(P, n, seen, little) &&
	       (syn_child_rel(P, c, "expl") >= 0 || syn_stem_in(&P->w[c], appear));
}

/* undone95: 1 when the deed at verb vw, done or not, lies in a clause that the parse hangs
 * (up to two complement or clause hops) under a noun of evidence with "no" or "little" on
 * it ("there was little evidence that the army shelled the town"), or under a "there is"
 * whose subject is such a noun ("There is no sign that Kenya has withdrawn its troops"): a
 * deed said not to be seen is not news. forecast_denied takes the modal forecasts of more
 * nouns; unrealised (syntax.c) a relative clause on a noun with "no". */
static int unseen_deed(const struct syntax_parse *P, int vw)
{
	static const char *const seen[] = { "sign", "signs", "indication", "indications",
		"evidence", "proof", "confirmation", NULL };
	static const char *const little[] = { "no", "little", NULL };
	int c = vw;
	for (int hops = 0; hops < 2 && P->w[c].head; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (!syn_rel_is(w, "ccomp") && !syn_rel_is(w, "advcl") && !syn_rel_is(w, "acl"))
			return 0;
		c = (int)w->head - 1;
		if (denied_reason(P, c, seen, little))
			return 1;   /* "little evidence the rebels attacked" */
		if (evidence_subject(P, c, seen, little))
			return 1;
	}
	return 0;
}

/* notdone117: 1 when deed noun n hangs by "of" (nmod) under a noun of evidence or report
 * with "no" or "little" on it ("there were no signs of enemy fire", "no reports of Russian
 * shelling", "little evidence of attacks on the town"): a deed said not to be seen is not
 * news, as unseen_deed's clauses. "signs of progress" (no "no") is left alone, and so is
 * a noun with a participle of its own ("no sign of the attacks ending": they go on). */
static int unseen_noun(const struct syntax_parse *P, int n)
{
	static const char *const seen[] = { "sign", "signs", "indication", "indications",
		"evidence", "proof", "confirmation", "report", "reports", NULL };
	static const char *const little[] = { "no", "little", NULL };
	static const char *const of[] = { "of", NULL };
	const khaldun_parse_token *w = &P->w[n];
	return w->head && !syn_is_verb(w) && syn_rel_is(w, "nmod") &&
	       syn_child_word(P, n, "case", of) && syn_child_rel(P, n, "acl") < 0 &&
	       denied_reason(P, (int)w->head - 1, seen, little);
}

/* undone92: 1 when verb vw, a participle or relative clause on a noun (acl, acl:relcl),
 * tells what that noun did and the noun is the object of a verb of lifting or annulling
 * ("a court has lifted orders blocking the swearing-in", "overturned a ban that barred
 * him"): the news is the lifting, and the deed the order did is undone by it. */
static int lifted_order(const struct syntax_parse *P, int vw)
{
	static const char *const annul[] = { "lift", "overturn", "quash", "revok", "rescind",
		"annul", "repeal", "invalidat", "nullif", NULL };
	const khaldun_parse_token *v = &P->w[vw];
	if (!v->head)
		return 0;
	const khaldun_parse_token *e = NULL;
	if (syn_rel_is(v, "acl") || syn_rel_is(v, "acl:relcl")) {
		const khaldun_parse_token *n = &P->w[v->head - 1];
		e = syn_rel_is(n, "obj") && n->head ? &P->w[n->head - 1] : NULL;
	} else if (syn_rel_is(v, "xcomp") && syn_ends_ing(v) &&
		   syn_child_rel(P, (int)v->head - 1, "obj") == vw - 1) {
		e = &P->w[v->head - 1];   /* the parser's "lifted [orders] blocking" */
	}
	return e && syn_is_verb(e) && syn_stem_in(e, annul);
}

static int under_word(const struct syntax_parse *P, int w, int h);

/* undonep114: 1 when infinitive u, a clause hung on verb h, follows a "for X" phrase of h at
 * once (every word between the phrase's head and u's "to" lies in the phrase): the parser's
 * reading of "a proposal made on Monday for the Council to lift sanctions", where "for X to
 * V" is split into an oblique and an adverbial clause of the participle. */
static int for_phrase_before(const struct syntax_parse *P, int h, int u)
{
	static const char *const for_[] = { "for", NULL };
	int m = -1;
	for (int i = 0; i < u; i++)
		if ((int)P->w[i].head == u + 1 && syn_rel_is(&P->w[i], "mark") &&
		    syn_word_is(&P->w[i], "to"))
			m = i;
	for (int s = h + 1; m > 0 && s < m; s++) {
		/* an oblique of h, or the "for" phrase of h's object ("a plan for Uganda") */
		int on = (int)P->w[s].head == h + 1 && syn_rel_is(&P->w[s], "obl");
		int hd = (int)P->w[s].head - 1;
		if (!on && syn_rel_is(&P->w[s], "nmod") && hd >= 0 && (int)P->w[hd].head == h + 1)
			on = syn_rel_is(&P->w[hd], "obj") || syn_rel_is(&P->w[hd], "obl");
		if (!on || !syn_child_word(P, s, "case", for_))
			continue;
		int k = s + 1;
		while (k < m && under_word(P, k, s))
			k++;
		if (k == m)
			return 1;
	}
	return 0;
}

/* undone92: 1 when verb vw, or the infinitive it is the purpose of ("to come back to Paris
 * to sign"), is a "for X to V" clause: its subject X carries "for" and the verb "to" ("the
 * next step will be for Tinubu to come back ... to sign the agreement", "it is time for
 * Kenya to withdraw"): a deed needed, proposed or awaited, not done. */
static int for_to_clause(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	static const char *const for_[] = { "for", NULL };
	for (int u = vw, hops = 0; hops < 3; hops++) {
		if (!syn_child_word(P, u, "mark", to))
			return 0;
		int s = syn_child_rel(P, u, "nsubj");
		/* aim95: or the verb ("for the Sudanese general to come": "for" marks "come") */
		if (s >= 0 && (syn_child_word(P, s, "case", for_) ||
			       (s < u && syn_child_word(P, u, "mark", for_))))
			return 1;
		const khaldun_parse_token *x = &P->w[u];
		/* aim95: or the clause on a predicate noun "for X" ("the next step is for the
		 * envoy to travel": "travel" an acl of "envoy", which has "for" and "is") */
		if (x->head && syn_rel_is(x, "acl") &&
		    syn_child_word(P, (int)x->head - 1, "case", for_) &&
		    syn_child_rel(P, (int)x->head - 1, "cop") >= 0)
			return 1;
		/* undonep114: "for the Council to lift sanctions ... and to ease restrictions":
		 * the "for X" phrase on the verb the clause hangs on, a conjunct "to" clause
		 * as the one it joins */
		if (x->head && syn_rel_is(x, "advcl") && for_phrase_before(P, (int)x->head - 1, u))
			return 1;
		if (x->head && syn_rel_is(x, "conj") &&
		    syn_child_word(P, (int)x->head - 1, "mark", to)) {
			u = (int)x->head - 1;
			continue;
		}
		if (!x->head || !(syn_rel_is(x, "advcl") || syn_rel_is(x, "xcomp")))
			return 0;
		u = (int)x->head - 1;
	}
	return 0;
}

/* undonep114: 1 when verb vw heads a relative clause inside the words of a "for X to V"
 * clause ("for the Council to ease restrictions on workers whose pay provides the regime
 * with currency": "provides"): the clause's doer is its own subject, not the proposer the
 * coder would give it, and the wider clause is only proposed. */
static int relcl_in_for_to(const struct syntax_parse *P, int vw)
{
	static const char *const whose[] = { "whose", NULL };
	static const char *const rel[] = { "who", "which", "whose", NULL };
	int s = syn_child_rel(P, vw, "nsubj");
	/* or a clause the parser hung as adverbial whose subject is relative ("whose pay") */
	if (!syn_rel_is(&P->w[vw], "acl:relcl") &&
	    !(s >= 0 && (syn_word_in(&P->w[s], rel) || syn_child_word(P, s, "nmod", whose))))
		return 0;
	int u = vw;
	for (int hops = 0; hops < 5 && P->w[u].head; hops++) {
		u = (int)P->w[u].head - 1;
		if (!syn_is_verb(&P->w[u]))
			continue;
		if (for_to_clause(P, u))
			return 1;
		/* a relative clause the parser hung on the host verb, after the "for X to V"
		 * clause on it, belongs to that clause's words */
		for (int c = u + 1; c < vw; c++)
			if ((int)P->w[c].head == u + 1 && syn_rel_is(&P->w[c], "advcl") &&
			    for_to_clause(P, c))
				return 1;
		return 0;
	}
	return 0;
}

/* aim95: the verb a conjunct without a subject of its own joins ("to topple the
 * government and impose its rule": "topple"), else u itself. */
static int conj_head(const struct syntax_parse *P, int u)
{
	if (syn_rel_is(&P->w[u], "conj") && syn_child_rel(P, u, "nsubj") < 0 && P->w[u].head &&
	    syn_is_verb(&P->w[P->w[u].head - 1]))
		return (int)P->w[u].head - 1;
	return u;
}

/* aim95: 1 when deed word vw is the aim of a purpose told beside a deed: the complement
 * of a participle of wanting with no subject of its own ("stages raids in Mali, aiming to
 * topple the government": wanted_head's verbs in -ing hung as an adverbial clause, or as
 * a conjunct after a comma with no "and"), or the "at"/"to" clause of a passive "aimed",
 * "designed", "intended" or "meant" ("the visit is aimed at boosting trade", "the drills
 * are designed to intimidate Uganda"): the aim is not done, nor is it a threat the doer
 * makes (threat_noun). The deed beside it keeps its code ("stages raids"); syn_undone
 * keeps words and pressure aimed at (roots 01-02, 10-11). */
static int purpose_aim(const struct syntax_parse *P, int vw)
{
	static const char *const aimed[] = { "aimed", "designed", "intended", "meant", NULL };
	static const char *const at_to[] = { "at", "to", NULL };
	int u = conj_head(P, vw);
	int h = wanted_head(P, u);
	/* the parser may join the participle after a comma as a conjunct with no "and" */
	if (h >= 0 && syn_ends_ing(&P->w[h]) &&
	    (syn_rel_is(&P->w[h], "advcl") ||
	     (syn_rel_is(&P->w[h], "conj") && h > 0 && syn_word_is(&P->w[h - 1], ",") &&
	      syn_child_rel(P, h, "cc") < 0)) &&
	    syn_child_rel(P, h, "nsubj") < 0 && syn_child_rel(P, h, "aux") < 0)
		return 1;
	const khaldun_parse_token *w = &P->w[u];
	if (!w->head || !(syn_rel_is(w, "advcl") || syn_rel_is(w, "xcomp")) ||
	    !syn_child_word(P, u, "mark", at_to))
		return 0;
	h = (int)w->head - 1;
	return syn_word_in(&P->w[h], aimed) && syn_child_rel(P, h, "nsubj:pass") >= 0;
}

int syn_undone(coder_sent *S, const struct syntax_parse *P, int vw, int upper,
	       dict_evcode *code)
{
	static const char *const unsure[] = { "without", "whether", "if", "unless", NULL };
	const char *a = code->a;
	if (!a)
		return 0;
	if (upper) {   /* "If you are willing to repatriate immigrants": WILLING_TO's 0353 */
		/* "The protesters claimed that they had attacked a police station": a pattern's
		 * words before the verb (PROTESTERS * [145]) may be the claimant's */
		claimed_deed(S, P, vw, code);
		a = code->a;
		int hx = syn_rel_is(&P->w[vw], "xcomp") && P->w[vw].head ?
			 (int)P->w[vw].head - 1 : vw;
		/* nor the victims of a result's clause ("aircraft crashed, resulting in all crew
		 * killed": AIRCRAFT * [195] is no air strike there) */
		return !(a[0] == '0' && (a[1] == '1' || a[1] == '2')) &&
		       (syn_conditional(P, vw) || syn_conditional(P, hx) ||
			result_participle(P, vw) || questioned(P, vw) || forecast_denied(P, vw) ||
			unseen_deed(P, vw) || unsaid(P, vw) ||
			hoped_clause(P, vw) ||   /* undone90: "expect X will" */
			embedded_question(P, modal_scope(P, vw)));   /* "To what extent X will" */
	}
	/* "the island Beijing considers its own territory", "are considered critical": a
	 * judgement with a predicate (a noun or adjective as xcomp, or a second object), no
	 * policy weighed (014) */
	if (threatened_by_cause(P, vw) || once_before(P, vw) || merited_noun(P, vw) ||
	    lifted_order(P, vw) || for_to_clause(P, vw) || relcl_in_for_to(P, vw))
		return 1;
	/* aim95: words and pressure are made by the means ("tariffs aimed at pressuring") */
	if (!(a[0] == '0' && (a[1] == '1' || a[1] == '2')) &&
	    !(a[0] == '1' && (a[1] == '0' || a[1] == '1')) && purpose_aim(P, vw))
		return 1;
	if (!(a[0] == '0' && (a[1] == '1' || a[1] == '2')) &&
	    (forecast_denied(P, vw) || unseen_deed(P, vw) || noun_in_denied_forecast(P, vw) ||
	     unseen_noun(P, vw)))
		return 1;
	static const char *const own[] = { "own", NULL };
	int x = syn_child_rel(P, vw, "xcomp"), o = syn_child_rel(P, vw, "obj");
	if (!strcmp(a, "014") && ((x >= 0 && P->w[x].upos && !syn_is_verb(&P->w[x])) ||
				  (syn_child_rel(P, vw, "iobj") >= 0 && o >= 0) ||
				  (o >= 0 && syn_child_word(P, o, "amod", own))))
		return 1;   /* "considers Taiwan a breakaway province" (two objects), "its own" */
	/* "Does Kim think that it's better to be conservative ... and hopes that Trump wins?",
	 * "You're talking about Ukraine?": a question asserts no deed (the sentence's last
	 * word, closing quotes aside, is its question mark) */
	int last = P->nw - 1;
	while (last > 0 && syn_upos_is(&P->w[last], "PUNCT") &&
	       !syn_word_is(&P->w[last], "?") && !syn_word_is(&P->w[last], ".") &&
	       !syn_word_is(&P->w[last], "!"))
		last--;
	if (last >= 0 && syn_word_is(&P->w[last], "?"))
		return 1;
	/* "no group has claimed responsibility", "nobody has called for talks": a statement or
	 * appeal that no one made (the other deeds: nobody_did below) */
	/* "The Thai and Chinese governments have said nothing about the eight Uyghurs": a
	 * statement of nothing declines comment (011) */
	static const char *const nothing[] = { "nothing", NULL };
	if (!strcmp(a, "010") && syn_child_word(P, vw, "obj", nothing)) {
		code->a = "011";
		code->b = NULL;
		S->syn_note = "rule: 'said nothing' declines comment (011)";
	}
	if (!strcmp(a, "010") && withheld(P, vw)) {
		code->a = "011";
		code->b = NULL;
		S->syn_note = "rule: a comment refrained from or avoided is declined (011)";
	}
	/* "did not immediately reply to VOA's email requesting comment": comment asked for
	 * is none made (as "a request for comment") */
	static const char *const comment[] = { "comment", "comments", NULL };
	static const char *const ask[] = { "request", "requests", "requested", "requesting",
		"seek", "seeks", "sought", "seeking", "ask", "asks", "asked", "asking", NULL };
	if (code_root(a) == 1 && syn_word_in(&P->w[vw], comment) &&
	    syn_rel_is(&P->w[vw], "obj") && P->w[vw].head &&
	    syn_word_in(&P->w[P->w[vw].head - 1], ask))
		return 1;
	if (dismissed_fear(S, P, vw, code))
		return 0;
	/* "To what extent the United States will defend its ally in its battle against
	 * Beijing was not made clear": a deed noun in an asked clause (syn_hypothetical) */
	int cv = vw;
	for (int hops = 0; hops < 4 && !syn_is_verb(&P->w[cv]) && P->w[cv].head; hops++)
		cv = (int)P->w[cv].head - 1;
	if (cv != vw && embedded_question(P, modal_scope(P, cv)))
		return 1;
	if (!(a[0] == '1' && a[1] == '3') && conditioned(P, vw, unsure))
		return 1;   /* a threat keeps its condition ("If ... are not dropped, I will") */
	if (a[0] == '1' && a[1] == '3' && questioned(P, vw))
		return 1;   /* ... but not a question ("asked whether Russia would attack") */
	if (weighed_coercion(P, vw, code)) {
		S->syn_note = "rule: coercion a side considers, weighs or prepares ('is "
			      "considering sanctions') is its threat (13x)";
		return 0;
	}
	/* undone83: "now is not the time for the Council to consider lifting sanctions", "a
	 * chance to consider new tariffs": a policy weighed (014) in the "to" clause of a noun
	 * is not weighed yet (noun_infinitive); "is considering sanctions" keeps it */
	if (!strcmp(a, "014") && noun_infinitive(P, vw))
		return 1;
	/* undone84: a deed a bill or plan seeks, one a power allows, or one whoever might do
	 * ("any diplomat who breaks the rules") is not done */
	if (!(a[0] == '0' && (a[1] == '1' || a[1] == '2')) &&
	    (plan_aimed(P, vw) || power_noun_deed(P, vw) || any_condition(P, vw)))
		return 1;
	if (a[0] == '0' && (a[1] == '1' || a[1] == '2'))
		return nobody_did(P, vw) || unwitnessed(P, vw);
	if (planned_meeting(P, vw, a)) {
		code->a = "036";
		code->b = NULL;   /* nor is the host's 043 yet */
		S->syn_note = "rule: a planned, proposed or upcoming visit, meeting or talks is "
			      "the intent to meet (036), not the meeting";
		return 0;
	}
	/* an event noun is done or not with the verb whose object it is ("its call to the
	 * authorities to drop all charges": no charges brought), a verb stem on a noun with
	 * the noun */
	int d = vw;
	if (syn_upos_is(&P->w[vw], "NOUN") && syn_rel_is(&P->w[vw], "obj") &&
	    P->w[vw].head && syn_is_verb(&P->w[P->w[vw].head - 1]))
		d = (int)P->w[vw].head - 1;
	/* "continued negotiations will be needed": the verb stem modifies the deed noun */
	if (syn_rel_is(&P->w[vw], "amod") && P->w[vw].head && P->w[P->w[vw].head - 1].upos &&
	    !strcmp(P->w[P->w[vw].head - 1].upos, "NOUN"))
		d = (int)P->w[vw].head - 1;
	for (int k = vw;; k = d) {
		/* the mark of a clause covers a verb coordinated in it ("if school children can
		 * still be attacked or kidnapped") */
		int c = syn_rel_is(&P->w[k], "conj") && syn_is_verb(&P->w[k]) &&
			syn_child_rel(P, k, "mark") < 0 && P->w[k].head ? (int)P->w[k].head - 1 : k;
		/* and the verb a complement hangs on ("If you are willing to repatriate") */
		int hx = syn_rel_is(&P->w[c], "xcomp") && P->w[c].head ? (int)P->w[c].head - 1 : c;
		if (taken_chance(P, c))
			;   /* "had the opportunity to discuss ...": done */
		else if (nobody_did(P, k) || unwitnessed(P, k) || unsaid(P, k) || risked(P, k) ||
		    left_to(P, c) || noun_infinitive(P, c) || plan_for_gerund(P, c) ||
		    syn_plan_to_noun(P, c) ||
		    syn_child_word(P, c, "mark", unsure) ||
		    syn_child_word(P, hx, "mark", unsure) || (c != k && possible_deed(P, c)) ||
		    possible_deed(P, k) || charged_deed(P, k) || punished_deed(P, k) ||
		    syn_charged_wrong(P, k) ||
		    expected_deed(P, k, a) || due_deed(P, k, a) ||
		    faced(P, k, a) || considered(P, k) || given_up(P, k, a) || feared_of(P, k) ||
		    prepared_aim(P, k) || hoped_clause(P, k))
			return 1;
		if (k == d)
			break;
	}
	/* undone83: "not the time to consider lifting sanctions": a deed stem on the object
	 * of a noun's infinitive ("lifting" on "sanctions" of "consider") is not done either */
	if (d != vw && syn_rel_is(&P->w[d], "obj") && P->w[d].head &&
	    noun_infinitive(P, (int)P->w[d].head - 1))
		return 1;
	if (denied_claim(P, vw) || background_sanction(P, vw, a) || awaited(P, vw) ||
	    possible_noun(P, vw) || until_unmet(P, vw))
		return 1;   /* "in future talks": foreseen, not done */
	/* "Cyclone Freddy killed 400 people", "a huge fire destroyed a hospital", "create a
	 * mega fire", "was struck by a cyclone": a disaster, accident or disease as the doer, or as
	 * the deed noun, is no political event (not "enemy fire killed two soldiers"); a comma
	 * tail's doer is the subject of the verb it hangs on (", killing 82 people") */
	int ds = syn_child_rel(P, vw, "nsubj");
	if (ds < 0 && vw > 0 && syn_rel_is(&P->w[vw], "advcl") && syn_ends_ing(&P->w[vw]) &&
	    syn_word_is(&P->w[vw - 1], ",") && P->w[vw].head)
		ds = syn_child_rel(P, (int)P->w[vw].head - 1, "nsubj");
	/* the passive's "by" agent is the doer too ("was struck by a cyclone") */
	int da = syn_child_rel(P, vw, "obl:agent");
	if ((ds >= 0 && disaster(P, ds)) || (da >= 0 && disaster(P, da)) || disaster(P, vw))
		return 1;
	if (disaster_passive(P, vw, a) || result_participle(P, vw))
		return 1;
	/* "lifted a travel restriction, which it had imposed to curb the virus", "a blockade
	 * which it had imposed in January": a relative clause in the past perfect tells an
	 * earlier deed as background to the news, no event of the sentence's own */
	static const char *const had[] = { "had", "'d", NULL };
	if (syn_rel_is(&P->w[vw], "acl:relcl") && syn_child_word(P, vw, "aux", had))
		return 1;
	if (sanctions_imposed(P, vw, code))
		S->syn_note = "rule: sanctions imposed, said before the verb ('the sanctions "
			      "Washington has imposed', 'sanctions were imposed'), are 163";
	/* "Japan wants to strengthen ties in Asia": diplomatic cooperation wanted is the intent
	 * to cooperate diplomatically (032), as the 06-08 intents are (syn_intended) */
	int wh = wanted_head(P, vw);
	/* undone67: "Analysts say Egypt wants to strengthen ties": a wish or plan that observers
	 * of no side ascribe to an actor is their reading, not its stated intent: no event */
	if (wh >= 0 && !(a[0] == '0' && (a[1] == '1' || a[1] == '2')) && observers_say(P, wh))
		return 1;
	if (wh >= 0 && a[0] == '0' && a[1] == '5') {
		code->a = "032";
		code->b = NULL;
		S->syn_note = "rule: diplomatic cooperation wanted or planned is its intent (032)";
	}
	if (threat_noun(P, vw, code))
		S->syn_note = "rule: a conflict deed in the clause of a threat noun ('threats to "
			      "use force') is the threat (13x)";
	return 0;
}

/* "The Houthis claimed that they had attacked the airport": a material conflict deed (roots
 * 14-15, 17-20) in the complement clause of "claim" whose subject is a pronoun (the claimant
 * itself) is the claimant's unverified claim, a statement (010), not the deed; "Trump claimed
 * the U.S. military is hitting IS" (a subject of its own) stays the reported deed, as "X
 * said Y attacked Z" does. Returns 1 when changed (S->syn_note says so). */
static int claimed_deed(coder_sent *S, const struct syntax_parse *P, int vw, dict_evcode *code)
{
	const char *a = code->a;
	int root = code_root(a);
	const khaldun_parse_token *w = &P->w[vw];
	if (root < 14 || root == 16 || !syn_rel_is(w, "ccomp") || !w->head)
		return 0;
	const khaldun_parse_token *h = &P->w[w->head - 1];
	int s = syn_child_rel(P, vw, "nsubj");
	if (h->len < 5 || strncasecmp(h->form, "claim", 5) || s < 0 || !P->w[s].upos ||
	    strcmp(P->w[s].upos, "PRON"))
		return 0;
	return recode_as(S, code, "010", "rule: a deed its doer claims ('claimed that they had "
			 "attacked') is the claim, a statement (010), not the deed");
}

/* "The city of Kharkiv came under Russian attack", "Iran has been under U.S. sanctions",
 * "Gaza remains under an Israeli blockade", "Odesa was hit by a Russian drone strike": a
 * deed noun in an "under" phrase of a verb, or the "by" agent of a passive (sides136),
 * befalls that verb's subject, which is the target; the source is the side the noun names
 * (an actor inside its phrase: "Russian"), else open. The shallow reading took the subject
 * as the source, or the speaker whose own the subject is ("said its base came under fire"):
 * the slots are swapped. Returns 1 when changed (S->syn_note says so). */
int syn_under_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt)
{
	static const char *const under[] = { "under", NULL };
	int n = vw;
	if ((syn_rel_is(&P->w[vw], "amod") || syn_rel_is(&P->w[vw], "compound")) && P->w[vw].head)
		n = (int)P->w[vw].head - 1;   /* the stem on the deed noun ("air strikes") */
	if (!syn_upos_is(&P->w[n], "NOUN"))
		return 0;
	/* sides136: the "by" agent of a passive is the same ("Odesa was hit by a Russian drone
	 * strike"): the deed noun befalls the passive's subject */
	int agent = syn_rel_is(&P->w[n], "obl:agent") && P->w[n].head &&
		    syn_child_rel(P, (int)P->w[n].head - 1, "nsubj:pass") >= 0;
	if (!agent && !syn_child_word(P, n, "case", under))
		return 0;
	/* the phrase of a verb ("came under attack"), or a copula's predicate ("has been under
	 * U.S. sanctions": the noun holds the subject itself) */
	int h = !agent && syn_child_rel(P, n, "nsubj") >= 0 ? n : -1;
	if (h < 0 && syn_rel_base(&P->w[n], "obl") && P->w[n].head &&
	    syn_is_verb(&P->w[P->w[n].head - 1]))
		h = (int)P->w[n].head - 1;
	if (h < 0)
		return 0;
	int subj = syn_child_rel(P, h, "nsubj");
	if (subj < 0)
		subj = syn_child_rel(P, h, "nsubj:pass");
	const coder_actor *sa = src->n ? src->m[0].a : NULL;
	int sw = sa && sa->pos >= 0 && sa->pos < S->nt ? P->tok2w[sa->pos] : -1;
	if (subj < 0 || sw < 0)
		return 0;
	/* the speaker of a higher clause is no doer of the deed either when the subject is its
	 * own ("The army said its base came under fire", "their soldiers"): the speaker is the
	 * target. A subject of no side ("said the convoy ... when it came under attack") is left
	 * as it was: with both sides open the attack itself would be lost. */
	int poss = syn_child_rel(P, subj, "nmod:poss");
	int own = poss >= 0 && syn_upos_is(&P->w[poss], "PRON");
	if (!under_word(P, sw, subj) && (under_word(P, sw, h) || !own))
		return 0;
	const coder_actor *ta = tgt->n ? tgt->m[0].a : NULL;
	int tw = ta && ta->pos >= 0 && ta->pos < S->nt ? P->tok2w[ta->pos] : -1;
	coder_slot side = *tgt;
	if (tw < 0 || !under_word(P, tw, n)) {
		side.n = 0;
		event_null_slot(S, &side);
		if (!side.n)
			return 0;
	}
	slot_copy(tgt, src);
	*src = side;
	S->syn_note = "rule: a deed noun in an 'under' phrase ('came under Russian attack', "
		      "'remain under U.S. sanctions') befalls the subject, its target";
	return 1;
}

int syn_future_verb(const struct syntax_parse *P, int vw)
{
	for (int c = vw, hops = 0; hops < 3; hops++) {
		const khaldun_parse_token *w = &P->w[c];
		if (syn_rel_is(w, "acl:relcl"))
			return -1;
		if (syn_child_word(P, c, "aux", FUTURE_MODALS))
			return c;
		int conj = syn_rel_is(w, "conj") && syn_child_rel(P, c, "nsubj") < 0;
		if (!w->head || !(syn_rel_is(w, "xcomp") || conj))
			return -1;
		c = (int)w->head - 1;
	}
	return -1;
}

/* The condition on verb f (an adverbial clause "if ..."/"unless ...", or a complement so
 * marked as the parser may read it); with neg, only a
 * negative one: "unless ...", or "if ..." negated, with a subject of nobody or telling a
 * failure ("if the freeze is not lifted", "if no deal is reached", "if talks fail"); -1:
 * none. */
static int condition_on(const struct syntax_parse *P, int f, int neg)
{
	static const char *const unless[] = { "unless", NULL };
	static const char *const fail[] = { "fail", "fails", "failed", "refuse", "refuses",
		"refused", NULL };
	for (int i = 0; i < P->nw; i++) {
		/* a complement too, as the parser may read "respond if NATO deploys" */
		if ((int)P->w[i].head != f + 1 || !syn_conditional(P, i) ||
		    !(syn_rel_base(&P->w[i], "advcl") || syn_rel_is(&P->w[i], "ccomp")))
			continue;
		int s = syn_child_rel(P, i, "nsubj");   /* also nsubj:pass */
		if (!neg || syn_child_word(P, i, "mark", unless) || syn_not_on(P, i) ||
		    syn_word_in(&P->w[i], fail) || (s >= 0 && syn_nobody(P, s)))
			return i;
	}
	return -1;
}

/* The strength of the response of verb vw: 2 by force ("with full force", "militarily"), 1
 * firm ("resolutely", "firmly") or aimed at a hostile deed ("to any attack", "to any
 * threats"), 0 neither. */
static int response_strength(const struct syntax_parse *P, int vw)
{
	static const char *const force[] = { "force", "forcefully", "militarily", "forces", NULL };
	static const char *const firm[] = { "resolutely", "firmly", "decisively", "strongly",
		"harshly", "severely", "robustly", "strength", "firmness", "toughly", NULL };
	static const char *const hostile[] = { "attack", "attacks", "aggression", "threat",
		"threats", "provocation", "provocations", "escalation", "violation", "violations",
		"incursion", "incursions", NULL };
	int strength = 0;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != vw + 1)
			continue;
		int c = syn_case_of(P, i);
		int to = c >= 0 && syn_word_is(&P->w[c], "to");
		if ((syn_rel_is(w, "advmod") || syn_rel_base(w, "obl")) && syn_word_in(w, force))
			return 2;
		if ((syn_rel_is(w, "advmod") || syn_rel_base(w, "obl")) && syn_word_in(w, firm))
			strength = 1;
		if (syn_rel_base(w, "obl") && to && syn_word_in(w, hostile))
			strength = 1;
	}
	return strength;
}

/* Manners of goodwill: "will respond positively" is no threat. */
static const char *const GOODWILL[] = { "positively", "favorably", "favourably",
	"constructively", "kindly", "warmly", NULL };

/* The verbs of a cooperative outcome a condition may name ("if China agrees", "if the
 * talks succeed"): a promise's condition, no threat's. */
static const char *const COOP_OUTCOME[] = { "agree", "agrees", "agreed", "accept", "accepts",
	"accepted", "approve", "approves", "approved", "succeed", "succeeds", "succeeded",
	"cooperate", "cooperates", "cooperated", "comply", "complies", "complied", "help",
	"helps", "helped", "support", "supports", "supported", "sign", "signs", "signed",
	"lift", "lifts", "lifted", "ease", "eases", "eased", "resume", "resumes", "resumed",
	"allow", "allows", "allowed", "deliver", "delivers", "delivered", "release",
	"releases", "released", "return", "returns", "returned", "respect", "respects",
	"respected", "pass", "passes", "passed", NULL };

/* 1 when word w is a verb of COOP_OUTCOME ("agrees", "succeed"); condthreat146: --shallow
 * reads it on a token's words too. */
int syn_coop_outcome(const khaldun_parse_token *w)
{
	return syn_word_in(w, COOP_OUTCOME);
}

/* 1 when condition c is on a cooperative outcome, not negated ("if China agrees", "if the
 * talks succeed", "if the United States approaches us positively"): a promise, no threat. */
static int goodwill(const struct syntax_parse *P, int c)
{
	return c >= 0 && !syn_not_on(P, c) &&
	       (syn_coop_outcome(&P->w[c]) || syn_child_word(P, c, "advmod", GOODWILL));
}

/* The parse word of coder token v when its verb has no code of its own (code null) and the
 * sentence parses; -1: not so. *P set to the parse. */
static int null_verb_word(coder_sent *S, int v, const dict_evcode *code,
			  struct syntax_parse **P)
{
	*P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!*P || v < 0 || v >= S->nt || (*P)->tok2w[v] < 0 || code->kind != CODE_NULL)
		return -1;
	return (*P)->tok2w[v];
}

int syn_response_threat(coder_sent *S, int v, dict_evcode *code)
{
	static const char *const respond[] = { "respond", "responds", "responded", "react",
		"reacts", "reacted", NULL };
	struct syntax_parse *P;
	int vw = null_verb_word(S, v, code, &P);
	if (vw < 0)
		return 0;
	if (!syn_word_in(&P->w[vw], respond) || syn_not_on(P, vw) ||
	    syn_child_word(P, vw, "advmod", GOODWILL) || syn_future_verb(P, vw) < 0)
		return 0;
	int strength = response_strength(P, vw);
	if (!strength && condition_on(P, vw, 0) < 0)
		return 0;
	code->kind = CODE_EVENT;
	code->a = strength == 2 ? "138" : "130";
	code->b = NULL;
	return 1;
}

const char *syn_unruled(const struct syntax_parse *P, int vw)
{
	static const char *const rule[] = { "rule", "rules", "ruled", "ruling", NULL };
	static const char *const out[] = { "out", NULL };
	int n = syn_child_rel(P, vw, syn_passive_verb(P, vw) ? "nsubj:pass" : "obj");
	if (n < 0 || !syn_word_in(&P->w[vw], rule) ||
	    !syn_child_word(P, vw, "compound:prt", out) || !syn_not_on(P, vw))
		return NULL;
	return coercion_threat(P, n);
}

int syn_unruled_coercion(coder_sent *S, int v, dict_evcode *code)
{
	struct syntax_parse *P;
	int vw = null_verb_word(S, v, code, &P);
	const char *t = vw >= 0 ? syn_unruled(P, vw) : NULL;
	if (!t)
		return 0;
	code->kind = CODE_EVENT;
	code->a = t;
	code->b = NULL;
	return 1;
}

/* The word that compels verb vw, of which vw is the "to" complement: "have" ("will have to
 * look for alternatives"), a passive "forced", "compelled", "obliged" ("would be forced
 * to respond"), neither negated, or a negated "hesitate" ("will not hesitate to shut the
 * electricity off"); -1: none. */
static int compelling(const struct syntax_parse *P, int vw)
{
	static const char *const forced[] = { "forced", "compelled", "obliged", NULL };
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (!w->head || !syn_rel_is(w, "xcomp"))
		return -1;
	int h = (int)w->head - 1;
	if (syn_unhesitating(P, vw) >= 0)
		return h;
	if (!syn_child_word(P, vw, "mark", to) || syn_not_on(P, h))
		return -1;
	if (syn_word_in(&P->w[h], HAVE_FORMS) ||
	    (syn_word_in(&P->w[h], forced) && syn_passive_verb(P, h)))
		return h;
	return -1;
}

int syn_observer(const khaldun_parse_token *w)
{
	static const char *const observer[] = { "analyst", "analysts", "expert", "experts",
		"observer", "observers", "critic", "critics", "economist", "economists", "scholar",
		"scholars", "researcher", "researchers", "commentator", "commentators",
		"specialist", "specialists", "watchers", "historian", "historians", NULL };
	return syn_word_in(w, observer);
}

/* 1 when verb h is the content of a speech or thought whose subject is an observer of no
 * side ("Analysts say Turkey will have to ...", "experts think", "critics warn"): a
 * forecast, no threat. */
static int observers_say(const struct syntax_parse *P, int h)
{
	int sv = syn_speech_verb(P, h);
	int s = sv >= 0 ? syn_child_rel(P, sv, "nsubj") : -1;
	return s >= 0 && syn_observer(&P->w[s]);
}

int syn_compelled_threat(coder_sent *S, int v, dict_evcode *code)
{
	struct syntax_parse *P;
	int vw = null_verb_word(S, v, code, &P);
	int h = vw >= 0 ? compelling(P, vw) : -1;
	if (h < 0 || syn_not_on(P, vw) || syn_future_verb(P, vw) < 0)
		return 0;
	int c = condition_on(P, vw, 0);
	if (c < 0)
		c = condition_on(P, h, 0);
	if (c < 0 || goodwill(P, c) || observers_say(P, h))
		return 0;
	code->kind = CODE_EVENT;
	code->a = "130";
	code->b = NULL;
	return 1;
}

/* 1 when the slot is empty, the source again, or the bare country of the source ("I will
 * increase the tariffs on cars coming into the U.S.", target USA for a U.S. source): no side
 * threatened yet. Not another side of the same country (PAKREB threatening PAKCOP). */
static int own_side(const coder_slot *src, const coder_slot *tgt)
{
	const char *t = tgt->n ? tgt->m[0].code : NULL;
	if (!t || !strcmp(t, "---"))
		return 1;
	const char *s = src->n ? src->m[0].code : NULL;
	return s && (!strcmp(s, t) || (strlen(t) == 3 && !strncmp(s, t, 3)));
}

/* warnof123: the clause a threat answers, "after" or "since" on threat verb vw ("Russia
 * warned of retaliation after Poland expelled its diplomats"): the deed of another side the
 * threat is a response to; -1: none. */
static int answered_clause(const struct syntax_parse *P, int vw)
{
	static const char *const after[] = { "after", "since", NULL };
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "advcl") &&
		    syn_child_word(P, i, "mark", after))
			return i;
	return -1;
}

/* "Turkey will buy Russian aircraft if the F-35 freeze is not lifted", "will not release
 * the soldiers unless Israel releases the detainees": a deed said as future on a negative
 * condition (condition_on) is held out until another side does what is asked: CAMEO's
 * ultimatum (139) for a promise or refusal (03x, 06-08, 12x). The target is the
 * condition's actor (its subject, a "by" agent, else its oblique: "if no deal is reached
 * with Washington"); with none, a promise's partner (Russia)
 * is no side threatened: none. A threat (13x) keeps its code, and takes the actor of any
 * condition ("Turkey will retaliate if the U.S. imposes sanctions") when it had no other
 * side. warnof123: a threat with no other side takes the doer of the deed it answers,
 * an "after" clause's subject ("Russia warned of retaliation after Poland expelled its
 * diplomats": RUS -> POL 138), not a side of the source's own country ("Israel vowed revenge
 * after Israeli soldiers came under fire"). Returns 1 when changed. */
int syn_ultimatum(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		  coder_slot *tgt, dict_evcode *code)
{
	const char *a = code->a;
	int root = code_root_or_none(a);
	if (root < 0)
		return 0;
	int threat = root == 13, promise = root == 3 || (root >= 6 && root <= 8);
	if (!threat && !promise && root != 12)
		return 0;
	int f = syn_future_verb(P, vw);
	int c = f >= 0 ? condition_on(P, f, !threat) : -1;
	if (c < 0 && f >= 0 && f != vw)
		c = condition_on(P, vw, !threat);
	if (c < 0 && threat && own_side(src, tgt) && (c = answered_clause(P, vw)) >= 0) {
		int k = syn_actor_with_role(S, P, c, R_SRC, src);
		if (k < 0)
			return 0;
		coder_slot was = *tgt;
		actors_make_slot(S, k, tgt);
		const char *s = src->n ? src->m[0].code : NULL, *t = tgt->n ? tgt->m[0].code : NULL;
		if (!s || !t || !strncmp(s, t, 3)) {
			/* "Israel vowed revenge after Israeli soldiers came under fire" */
			*tgt = was;
			return 0;
		}
		S->syn_note = "rule: a threat answering a deed ('warned of retaliation after "
			      "Poland expelled ...') is aimed at the deed's doer";
		return 1;
	}
	if (c < 0 || (threat && !own_side(src, tgt)))
		return 0;
	int k = syn_actor_with_role(S, P, c, R_SRC, src);
	if (k < 0)   /* "if no deal is reached with Washington" */
		k = syn_actor_with_role(S, P, c, R_OBL, src);
	if (threat && k < 0)
		return 0;
	if (k >= 0)
		actors_make_slot(S, k, tgt);
	else if (promise)
		event_null_slot(S, tgt);
	if (threat) {
		S->syn_note = "rule: a threat on a condition ('will retaliate if the U.S. imposes "
			      "sanctions') is aimed at the condition's side";
		return 1;
	}
	code->a = "139";
	code->b = NULL;
	S->syn_note = "rule: a deed said as future on a negative condition ('will buy ... if "
		      "the freeze is not lifted', 'unless') is an ultimatum (139) to the "
		      "condition's side";
	return 1;
}

/* "The UNICEF director said the agency needs a billion dollars this year to provide
 * critical support": a statement (01) whose complement is a verb of needing or seeking
 * with the means as its object and a purpose for them (sought_for: the deed is not done)
 * asks for those means: CAMEO's appeal, for aid (023) when the means are money, funds or
 * aid, else 020; from the speaker, to no one named (donors at large). Not a need denied.
 * Returns 1 when changed. */
static int said_need(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
		     dict_evcode *code)
{
	static const char *const money[] = { "dollars", "dollar", "euros", "euro", "pounds",
		"funds", "funding", "money", "aid", "assistance", "financing", NULL };
	if (!code->a || code->a[0] != '0' || code->a[1] != '1')
		return 0;
	int c = syn_child_rel(P, vw, "ccomp"), x = -1;
	for (int i = 0; c >= 0 && i < P->nw && x < 0; i++)
		if ((int)P->w[i].head == c + 1 && sought_for(P, i))
			x = i;
	if (x < 0)
		return 0;
	int o = syn_child_rel(P, c, "obj");
	event_null_slot(S, tgt);
	code->a = o >= 0 && syn_word_in(&P->w[o], money) ? "023" : "020";
	code->b = NULL;
	S->syn_note = "rule: a statement that a side needs or seeks means for a deed ('needs a "
		      "billion dollars to provide support') is an appeal for them (023 money, "
		      "else 020)";
	return 1;
}

/* 1 when word n lies in the phrase of statement verb vw as what is said: reached from n in
 * at most three heads through objects, complements and subjects only ("stressed the need",
 * "said the ruling underscores the need", "said it was time"), not through a relative or
 * adverbial clause, which tells of something else (said_in); said_through walks the
 * relations rel instead. */
static int said_through(const struct syntax_parse *P, int n, int vw,
			const char *const *rel)
{
	for (int up = 0; n >= 0 && up < 3; up++) {
		int r = 0;
		while (rel[r] && !syn_rel_is(&P->w[n], rel[r]))
			r++;
		if (!rel[r] || !P->w[n].head)
			return 0;
		n = (int)P->w[n].head - 1;
		if (n == vw)
			return 1;
	}
	return 0;
}

/* 1 when word n is what statement verb vw said, walked up as said_through walks rel, or
 * what a speech tail on vw said (", saying now is the time for a ceasefire": the tail's
 * content is the speaker's, syn_speech_tail, and its relation to vw does not matter). On
 * the way, an opening quotation mark the parser made the head of the quoted words (a
 * goeswith under a punct: 'said "now is the time ..."') and a bare noun phrase of the tail
 * (obl:unmarked) are passed through: both parse what was said. */
static int said_or_tailed(const struct syntax_parse *P, int n, int vw,
			  const char *const *rel)
{
	for (int up = 0; n >= 0 && up < 4; up++) {
		const khaldun_parse_token *w = &P->w[n];
		int r = 0;
		while (rel[r] && !syn_rel_is(w, rel[r]))
			r++;
		if (!w->head || !(rel[r] || syn_rel_is(w, "goeswith") ||
		    syn_rel_is(w, "obl:unmarked") || (syn_rel_is(w, "punct") && syn_quote_mark(w))))
			return 0;
		n = (int)w->head - 1;
		if (n == vw || syn_speech_tail(P, n) == vw)
			return 1;
	}
	return 0;
}

static int said_in(const struct syntax_parse *P, int n, int vw)
{
	static const char *const rel[] = { "obj", "ccomp", "xcomp", "nsubj", NULL };
	return said_through(P, n, vw, rel);
}

/* 1 when actor k names the side whose phrase word x heads: its head is x, or a word that
 * names x's country or owner ("the Haitian government", "Iceland's government": the actor
 * is the adjective or possessor, on the noun as amod, nmod:poss or compound). */
int syn_side_named(coder_sent *S, const struct syntax_parse *P, int k, int x)
{
	int h = syn_live_head(S, P, k);
	if (h == x)
		return 1;
	return h >= 0 && (int)P->w[h].head == x + 1 && (syn_rel_is(&P->w[h], "amod") ||
	       syn_rel_is(&P->w[h], "nmod:poss") || syn_rel_is(&P->w[h], "compound"));
}

/* 1 when code is a statement (01) of verb vw by no observer ("Analysts said it is necessary
 * for India to ...": an observer's comment stays one, for observer_statement, syntax.c, to
 * drop). */
static int speaker_statement(const struct syntax_parse *P, int vw, const dict_evcode *code)
{
	if (!code->a || code->a[0] != '0' || code->a[1] != '1')
		return 0;
	int s = syn_child_rel(P, vw, "nsubj");
	return !(s >= 0 && syn_observer(&P->w[s]));
}

/* "Turkey stressed the need for Greece to respect the court's ruling", "said it was time for
 * Mali to hold elections": a statement (01) whose own phrase lays a deed on a side through a
 * word of necessity (syn_needed_side: need, time, necessary ...) asks that deed of the side,
 * though the deed codes nothing of its own: CAMEO's appeal, 020, to the side's actor (a deed
 * that codes is the appeal by the deed, 02x: needed, syntax.c). Not an observer's
 * ("analysts said"). Returns 1 when changed. */
static int said_needed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
		       dict_evcode *code)
{
	if (!speaker_statement(P, vw, code))
		return 0;
	for (int i = 0; i < P->nw; i++) {
		int n, x = syn_is_verb(&P->w[i]) ? syn_needed_side(P, i, &n) : -1;
		if (x < 0 || !said_in(P, n, vw))
			continue;
		for (int k = 0; k < S->na; k++)
			if (syn_side_named(S, P, k, x)) {
				actors_make_slot(S, k, tgt);
				return recode_as(S, code, "020", "rule: a statement of the need "
						 "for a side to do a deed ('the need for X to', "
						 "'time for X to') is an appeal (020) to it");
			}
	}
	return 0;
}

/* The appeal a noun of a deed of peace or talks asks for: to de-escalate (0256: ceasefire,
 * truce, calm, restraint, de-escalation) or to negotiate (026: talks, negotiations, dialogue,
 * diplomacy); NULL for any other word. */
static const char *peace_appeal(const khaldun_parse_token *w)
{
	static const char *const calm[] = { "ceasefire", "ceasefires", "cease-fire", "truce",
		"armistice", "calm", "restraint", "de-escalation", NULL };
	static const char *const talks[] = { "talks", "negotiations", "dialogue", "diplomacy",
		NULL };
	return syn_word_in(w, calm) ? "0256" : syn_word_in(w, talks) ? "026" : NULL;
}

/* The speaker's appeal a (a code, NULL: none) made of statement code, aimed at no one named
 * (the deed asked for names no side). Returns 1 when made. */
static int appeal_to_none(coder_sent *S, coder_slot *tgt, dict_evcode *code, const char *a,
			  const char *note)
{
	if (!a)
		return 0;
	event_null_slot(S, tgt);
	return recode_as(S, code, a, note);
}

/* "Britain's foreign secretary said now is the time for a ceasefire", "said it was time for
 * talks": a statement (01) whose content calls it the time for a deed of peace or talks (the
 * noun "time", subject or predicate, with a "for" phrase naming the deed) asks for it:
 * CAMEO's appeal, to de-escalate (0256: ceasefire, truce, calm, restraint, de-escalation) or
 * to negotiate (026: talks, negotiations, dialogue, diplomacy), from the speaker, to no one
 * named. Not "not the time", "no time", an observer's, nor "time for X to V" (said_needed
 * asks that of X). Returns 1 when changed. */
static int said_time_for(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
			 dict_evcode *code)
{
	static const char *const rel[] = { "nsubj", "ccomp", "xcomp", "obj", "advmod", NULL };
	static const char *const for_[] = { "for", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const no[] = { "no", NULL };
	if (!speaker_statement(P, vw, code))
		return 0;
	for (int t = 0; t < P->nw; t++) {
		if (!syn_word_is(&P->w[t], "time") || !P->w[t].upos ||
		    strcmp(P->w[t].upos, "NOUN") ||
		    syn_not_on(P, t) || syn_child_word(P, t, "det", no) ||
		    (P->w[t].head && syn_not_on(P, (int)P->w[t].head - 1)))
			continue;
		/* the time word in what was said or a speech tail on vw said, also through the
		 * "now" the parser may make the predicate (an advmod of the speech verb) */
		if (!said_or_tailed(P, t, vw, rel))
			continue;
		for (int d = t + 1; d < P->nw; d++) {
			if ((int)P->w[d].head != t + 1 || !(syn_rel_base(&P->w[d], "nmod") ||
			    syn_rel_base(&P->w[d], "obl")) || !syn_child_word(P, d, "case", for_) ||
			    syn_child_word(P, d, "mark", to))
				continue;
			if (appeal_to_none(S, tgt, code, peace_appeal(&P->w[d]), "rule: a "
					   "statement that now is the time for a ceasefire or "
					   "talks is an appeal for them (0256, 026)"))
				return 1;
		}
	}
	return 0;
}

/* "He said a firm international response was urgently needed", "said talks are required": a
 * statement (01) whose content is the passive of "need" or "require" said of a deed asked
 * for (a ceasefire or talks: peace_appeal; aid: 023; or a response, action or steps to be
 * taken: 020) calls for that deed: CAMEO's appeal, from the speaker, to no one named. Not
 * negated ("no action is needed"), not an observer's, not a thing ("more rain is needed"),
 * nor a need laid on a side ("action by Iran is needed": said_needed and the demand rules
 * read sides). Returns 1 when changed. */
static int said_required(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
			 dict_evcode *code)
{
	static const char *const need[] = { "needed", "required", NULL };
	static const char *const aid[] = { "aid", "assistance", "help", "relief", NULL };
	static const char *const deed[] = { "response", "action", "actions", "steps", "measures",
		"intervention", "solution", "investigation", "pressure", "reforms", NULL };
	static const char *const rel[] = { "ccomp", "xcomp", NULL };
	static const char *const no[] = { "no", NULL };
	if (!speaker_statement(P, vw, code))
		return 0;
	for (int v = 0; v < P->nw; v++) {
		if (!syn_word_in(&P->w[v], need) || !syn_is_verb(&P->w[v]) ||
		    !syn_passive_verb(P, v) || syn_not_on(P, v) || !said_or_tailed(P, v, vw, rel))
			continue;
		int d = syn_child_rel(P, v, "nsubj:pass");
		if (d < 0 || syn_child_word(P, d, "det", no) || syn_child_rel(P, d, "nmod") >= 0)
			continue;
		const char *a = peace_appeal(&P->w[d]);
		if (!a)
			a = syn_word_in(&P->w[d], aid) ? "023" :
			    syn_word_in(&P->w[d], deed) ? "020" : NULL;
		if (appeal_to_none(S, tgt, code, a, "rule: a statement that a response, talks or a "
				   "ceasefire is needed is an appeal for it (020, 026, 0256)"))
			return 1;
	}
	return 0;
}

/* The statement and warning rules on a speaker's verb, in order: syn_said_must, said_need,
 * said_needed, said_time_for, said_required, syn_warning,
 * syn_said_culprit, syn_said_judgement, syn_claimed_wrong, syn_reported_defiance,
 * syn_cited_deed (synspeech.c),
 * claimed_deed;
 * then syn_under_deed.
 * Returns 1 when one changed the event. */
int syn_speaker_recode(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		       coder_slot *tgt, dict_evcode *code)
{
	/* a warning made a pessimistic comment (012) may still judge another side ("warned
	 * that ... cooperation between Russia and North Korea is dangerous, illegal ...") */
	if (code->a && code->a[0] == '1' && code->a[1] == '3' &&
	    syn_said_threat(S, P, vw, src, tgt, code))
		return 1;   /* "warned that sanctions could follow if ...": the threat itself */
	if (syn_warning(S, P, vw, src, tgt, code)) {
		syn_said_judgement(S, P, vw, src, tgt, code);
		return 1;
	}
	return syn_said_must(S, P, vw, src, tgt, code) || said_need(S, P, vw, tgt, code) ||
	       said_needed(S, P, vw, tgt, code) || said_time_for(S, P, vw, tgt, code) ||
	       said_required(S, P, vw, tgt, code) || syn_said_threat(S, P, vw, src, tgt, code) ||
	       syn_said_culprit(S, P, vw, src, tgt, code) ||   /* accuse49: a wrong charged
								   * before its words of blame */
	       syn_said_judgement(S, P, vw, src, tgt, code) ||
	       syn_claimed_wrong(S, P, vw, src, tgt, code) ||
	       syn_accused_agent(S, P, vw, tgt, code) ||
	       syn_reported_defiance(S, P, vw, src, tgt, code) ||
	       syn_cited_deed(S, P, vw, src, tgt, code) ||
	       syn_hoped_deed(S, P, vw, src, tgt, code) || claimed_deed(S, P, vw, code) ||
	       syn_under_deed(S, P, vw, src, tgt);
}

/* asreach155: 1 when word w, a noun the parse hangs on "as" as a phrase (obl or nmod), is in
 * fact the subject of a clause "as" opens: a verb other than the event's (vw, ew) follows
 * before the next punctuation, heading a clause (acl, advcl, conj, parataxis) with no subject
 * of its own and no agent "by" ("rejected the
 * proposal as talks with France resumed in Geneva": the talks resume, no talks are
 * rejected). "paid $662 million in aid as compensation for survivors" (no verb) and
 * "as compensation awarded by the court" (a participle with its agent) stay phrases. */
static int as_phrase_opens_clause(struct syntax_parse *P, int w, int vw, int ew)
{
	static const char *const as[] = { "as", NULL };
	static const char *const by[] = { "by", NULL };
	const khaldun_parse_token *x = &P->w[w];
	if (!(syn_rel_base(x, "obl") || syn_rel_base(x, "nmod")) ||
	    !syn_child_word(P, w, "case", as))
		return 0;
	for (int j = w + 1; j < P->nw; j++) {
		const khaldun_parse_token *y = &P->w[j];
		if (syn_upos_is(y, "PUNCT"))
			return 0;
		if (j == vw || j == ew || !syn_upos_is(y, "VERB") ||
		    !(syn_rel_base(y, "acl") || syn_rel_base(y, "advcl") ||
		      syn_rel_base(y, "conj") || syn_rel_base(y, "parataxis")))
			continue;   /* not a clause's verb: "the world's leading democracies" */
		return syn_child_rel(P, j, "nsubj") < 0 && syn_child_rel(P, j, "expl") < 0 &&
		       !syn_child_word(P, j, "obl", by) && !syn_child_word(P, j, "case", by);
	}
	return 0;
}

/* 1 when the pattern word at coder token tail (after verb token v) lies in the verb's own
 * phrase, read up the parse from the word to the verb: never through a relative clause, a
 * parataxis or an adverbial clause or phrase of time or cause ("ended quickly because
 * ... sanctions relief" ends no sanctions; "suspended aid because of fighting" halts no
 * fighting), and through a clause on a noun (acl), a purpose clause ("to" advcl) or another
 * coordinated verb only as that clause verb's own object or oblique. "defended Germany's
 * decision to advise against the use of ... in the country" defends no country, "promised
 * support for efforts at expanding ... the war-devastated country" promises no war, and
 * "withdrew from ECOWAS and created a confederation known as the Alliance" leaves no
 * alliance; "urged Russia to accept a ceasefire" keeps its ceasefire. Unparsed or unaligned
 * words, and words the parse does not put under the verb at all, pass (the shallow reading
 * stands). */
int syn_pattern_reaches(coder_sent *S, int v, int tail)
{
	static const char *const to[] = { "to", NULL };
	static const char *const by[] = { "by", NULL };
	/* not "if"/"unless": a condition may carry a warning's threat (golden events2) */
	static const char *const reason[] = { "because", "as", "since", "while", "although",
		"though", "when", "whenever", "after", "before", "until", "once",
		"whereas", "amid", "amidst", "despite", "following", "during", NULL };
	static const char *const cause[] = { "because", "amid", "amidst", "despite", "due",
		"following", "after", "before", "during", "since", "until", "owing", NULL };
	struct syntax_parse *P = syn_get_parse(S);
	if (!P || v < 0 || tail <= v || tail >= S->nt || P->tok2w[v] < 0 || P->tok2w[tail] < 0)
		return 1;
	int vw = P->tok2w[v], ew = syn_event_word(P, vw), w = P->tok2w[tail];
	int under = 0;   /* a parse that hangs the word elsewhere ("resume" read as a noun) */
	for (int u = w, hops = 0; u >= 0 && hops < P->nw && !under;
	     hops++, u = (int)P->w[u].head - 1)
		under = u == vw || u == ew;
	/* a noun compounded into another, inside the phrase ("This prison break massacre is a
	 * tragic sign of the rule of law", "multiple launch rocket systems"), has no complement
	 * of its own: a pattern word neither under it nor above it is not its (not a headline's
	 * verb read as a noun at a phrase's start: "Trump urges UN to renew") */
	if (!under && syn_upos_is(&P->w[vw], "NOUN") &&
	    syn_rel_is(&P->w[vw], "compound") && vw > 0 &&
	    (P->w[vw - 1].head == P->w[vw].head || (int)P->w[vw - 1].head == vw + 1)) {
		int above = 0;
		for (int u = vw, hops = 0; P->w[u].head && hops < P->nw && !above; hops++) {
			u = (int)P->w[u].head - 1;
			above = u == w;
		}
		if (!above)
			return 0;
	}
	if (!under)
		return 1;   /* is not trusted to say where it belongs */
	int clauses = 0;
	for (int hops = 0; w >= 0 && hops < P->nw; hops++) {
		if (w == vw || w == ew)
			return 1;
		const khaldun_parse_token *x = &P->w[w];
		if (syn_rel_is(x, "acl:relcl") || syn_rel_is(x, "parataxis"))
			return 0;
		if (syn_rel_is(x, "advcl") && syn_child_word(P, w, "mark", reason))
			return 0;
		if ((syn_rel_base(x, "obl") || syn_rel_base(x, "nmod")) &&
		    syn_child_word(P, w, "case", cause))
			return 0;
		if (as_phrase_opens_clause(P, w, vw, ew))
			return 0;   /* asreach155 */
		/* types41: a means clause ("by conducting ...") too: "increased provocations by
		 * conducting missile tests ... in an effort to pressure the U.S." raises no
		 * pressure (the infinitive on "effort" is two clauses down) */
		int clause = syn_rel_is(x, "acl") || (syn_rel_is(x, "conj") && syn_is_verb(x)) ||
			     (syn_rel_is(x, "advcl") && (syn_child_word(P, w, "mark", to) ||
							 syn_child_word(P, w, "mark", by)));
		/* types41: nor two clauses down ("by staging drills ... in a bid to pressure
		 * Saudi Arabia": the purpose clause of the means clause) */
		if (clause && (hops > 1 || ++clauses > 1))
			return 0;
		w = (int)x->head - 1;
	}
	return 1;
}

/* For a pattern that names one noun after the verb and nothing else (`- * BORDER`, `- *
 * &CEASEFIRE`): 1 when the noun at coder token tail lies in the verb's own object or
 * subject phrase, 0 when the parse reaches it through a locative phrase ("the
 * ceasefire along the border": a place); -1 for any other pattern, a word that is no noun,
 * or a word the parse does not put under the verb. */
int syn_object_noun(coder_sent *S, const dict_pattern *pt, int v, int tail)
{
	/* where, not what: a phrase of purpose or recipient ("sent troops to the peacekeeping
	 * force") may still say what the deed is */
	static const char *const place[] = { "in", "at", "near", "along", "across", "inside",
		"outside", "within", "around", "throughout", "beside", "beyond", "alongside",
		NULL };
	if (pt->upper.n || pt->lower.n != 1 || tail <= v || v < 0)
		return -1;
	int k = pt->lower.e[0].kind;
	if (k != PEL_WORD && k != PEL_SYNSET && k != PEL_ALT)
		return -1;
	struct syntax_parse *P = syn_get_parse(S);
	if (!P || tail >= S->nt || P->tok2w[v] < 0 || P->tok2w[tail] < 0)
		return -1;
	int vw = P->tok2w[v], ew = syn_event_word(P, vw), obl = 0;
	const khaldun_parse_token *n = &P->w[P->tok2w[tail]];
	if (!n->upos || (strcmp(n->upos, "NOUN") && strcmp(n->upos, "PROPN")))
		return -1;   /* not a noun: "flew over 13 tons", "questions about" */
	for (int w = P->tok2w[tail], hops = 0; w >= 0 && hops < P->nw; hops++) {
		if (w == vw || w == ew)
			return !obl;
		const khaldun_parse_token *x = &P->w[w];
		if (syn_rel_base(x, "obl") || syn_rel_base(x, "nmod"))
			obl |= syn_child_word(P, w, "case", place);
		w = (int)x->head - 1;
	}
	return -1;
}

/* gap149: 1 when the gap of pattern pt before its last word, a noun at coder token tail, runs
 * past the verb's object into a phrase of a noun below that object: on the way up from tail
 * to the verb's object, a prepositional phrase other than "of" or "as" hangs on a noun that
 * lies in the gap (after prev, the token of the element before the gap) and is not the
 * object's own head ("violated the ban on flights over its territory": TERRITORY sits in
 * "over" under "flights", itself in the "on" phrase of "ban"; the ban is violated, no
 * incursion).
 * Left alone: the object's own phrase ("rejected calls for a truce", "asked Trump for
 * sanctions relief"), an of- or as-phrase ("met the leader of the opposition"), a pattern
 * word that is no noun ("returned the statue to"), a phrase the parse hangs on the verb. */
int syn_gap_crosses_object(coder_sent *S, const dict_pattern *pt, int v, int prev, int tail)
{
	/* "as" names the role the verb gives its object, however the parse hangs it ("paid
	 * $662 million in aid as compensation") */
	static const char *const of[] = { "of", "as", NULL };
	if (tail <= prev || prev < v || v < 0 || !pt->lower.n)
		return 0;
	int gap = pt->lower.n == 1 ? !pt->verb_consec : !pt->lower.e[pt->lower.n - 2].consec;
	if (!gap)
		return 0;
	struct syntax_parse *P = syn_get_parse(S);
	if (!P || tail >= S->nt || P->tok2w[v] < 0 || P->tok2w[tail] < 0 || P->tok2w[prev] < 0)
		return 0;
	int vw = P->tok2w[v], ew = syn_event_word(P, vw), pw = P->tok2w[prev];
	int w = P->tok2w[tail], crossed = 0, top = -1;
	if (!nominal_word(&P->w[w]))
		return 0;   /* a preposition or verb of the pattern: the verb's own complement */
	for (int hops = 0; w >= 0 && hops < P->nw; hops++) {
		const khaldun_parse_token *x = &P->w[w];
		int h = (int)x->head - 1;
		if (h < 0)
			return 0;
		if (h == vw || h == ew)   /* the object's own head may take the phrase */
			return syn_rel_base(x, "obj") && (crossed > 1 || (crossed && top != w));
		if (syn_rel_base(x, "nmod") && syn_case_of(P, w) >= 0 &&
		    !syn_child_word(P, w, "case", of) && h > pw &&
		    nominal_word(&P->w[h])) {
			crossed++;
			top = h;
		}
		w = h;
	}
	return 0;
}

/* 1 when parse word w lies in the subtree of word h (h itself included). */
static int under_word(const struct syntax_parse *P, int w, int h)
{
	for (int hops = 0; w >= 0 && hops < P->nw; hops++, w = (int)P->w[w].head - 1)
		if (w == h)
			return 1;
	return 0;
}

/* claimpass171: the passive subject of claim verb word vw when a "by" phrase names the
 * claimant ("Past attacks were claimed by Islamic State", "Responsibility for the attack was
 * claimed by ..."), else -1. */
static int passive_claimed(const struct syntax_parse *P, int vw)
{
	if (syn_by_phrase(P, vw) < 0)
		return -1;
	for (int k = 0; k < P->nw; k++)
		if ((int)P->w[k].head == vw + 1 && syn_rel_is(&P->w[k], "nsubj:pass"))
			return k;
	return -1;
}

int syn_passive_by_subject(const struct syntax_parse *P, int n)
{
	const khaldun_parse_token *w = &P->w[n];
	if (!w->head)
		return 0;
	int h = (int)w->head - 1;
	return syn_is_verb(&P->w[h]) && passive_claimed(P, h) == n;
}

int syn_claimed_subject(const struct syntax_parse *P, int n)
{
	const khaldun_parse_token *w = &P->w[n];
	if (!syn_passive_by_subject(P, n))
		return 0;
	const khaldun_parse_token *v = &P->w[w->head - 1];
	return v->len >= 5 && !strncasecmp(v->form, "claim", 5);
}

/* 1 when parse word k heads a "for" phrase: a noun's ("for the attack") or, claimforms172, a
 * gerund clause's ("took credit for attacking a convoy": the parser's advcl or acl marked
 * "for"), the same deed told as a verb with its object. */
static int for_phrase(const struct syntax_parse *P, int k)
{
	static const char *const for_[] = { "for", NULL };
	const khaldun_parse_token *x = &P->w[k];
	if (syn_rel_base(x, "nmod") || syn_rel_base(x, "obl"))
		return syn_child_word(P, k, "case", for_);
	return (syn_rel_base(x, "advcl") || syn_rel_base(x, "acl")) && syn_is_verb(x) &&
	       syn_child_word(P, k, "mark", for_);
}

/* The parse word of the deed a claim names, or -1: the "for" phrase of "responsibility" or
 * "credit" (a 015 claim, or of the verb when the parser hung it there); *own 1 for the claim
 * verb's own object ("claimed the killing of 33 terrorists", its statement 010): the deed
 * the claimant says it did. claimpass171: a 015 claim in the passive names its deed as its
 * subject ("the attack was claimed by ..."), or that subject's "for" phrase. */
static int claimed_noun(const struct syntax_parse *P, const coder_cand *cd, int vw, int *own)
{
	const khaldun_parse_token *v = &P->w[vw];
	*own = !strcmp(cd->code.a, "010");
	if (*own && (v->len < 5 || strncasecmp(v->form, "claim", 5) || !syn_is_verb(v)))
		return -1;
	if (!*own && strcmp(cd->code.a, "015"))
		return -1;
	int r = -1, n = -1;
	for (int k = 0; k < P->nw && r < 0; k++)
		if ((int)P->w[k].head == vw + 1 && syn_rel_is(&P->w[k], "obj") &&
		    (*own || syn_word_in(&P->w[k], CLAIM_OWN_NOUNS)))
			r = k;
	if (*own)
		return r;
	if (r < 0 && (r = passive_claimed(P, vw)) >= 0 && !syn_word_in(&P->w[r], CLAIM_OWN_NOUNS))
		return r;   /* the deed itself is the subject */
	for (int k = 0; r >= 0 && k < P->nw && n < 0; k++) {
		int h = (int)P->w[k].head - 1;
		if ((h == r || h == vw) && for_phrase(P, k))
			n = k;
	}
	return n;
}

/* The parse word of the charge of an accusation nobody is named making, or -1: the passive
 * accusing verb vw of a 112 with no "by" phrase ("Syrian soldiers were accused of shelling
 * Turkish villages", "are accused of the bombing of a base"): its phrase marked "of"/"with"/
 * "for". The news is then the deed, not the charge. */
static int charge_word(const struct syntax_parse *P, const coder_cand *cd, int vw)
{
	static const char *const be[] = { "is", "are", "was", "were", "be", "been", "being",
		"stand", "stands", "stood", NULL };
	/* the parser may read "are accused of" as active: a participle after "be" with no
	 * object is the passive all the same */
	int passive = syn_passive_verb(P, vw) ||
		      (syn_child_word(P, vw, "aux", be) && syn_child_rel(P, vw, "obj") < 0 &&
		       syn_ends(&P->w[vw], "ed"));
	if (strncmp(cd->code.a, "112", 3) || !passive || syn_by_phrase(P, vw) >= 0)
		return -1;
	for (int k = vw + 1; k < P->nw; k++)
		if ((int)P->w[k].head == vw + 1 && syn_in_charge(P, k, vw))
			return k;
	return -1;
}

/* The first live actor other than actor `but` whose phrase lies under parse word n, or -1. */
int syn_actor_under(coder_sent *S, const struct syntax_parse *P, int n, int but)
{
	for (int k = 0; n >= 0 && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (k == but || a->pos < 0 || a->end >= S->nt || !sent_live(S, a->pos) ||
		    S->t[a->pos].type == TY_PRON)
			continue;
		int h = syn_span_head(P, a->pos, a->end);
		if (h >= 0 && under_word(P, h, n))
			return k;
	}
	return -1;
}

/* "Syrian soldiers were accused of shelling Turkish villages": the charge's deed of force,
 * by the accused (the actor in the accusing verb vw's subject) on the actor in the deed's
 * phrase n, else open. */
static int charged_attack(coder_sent *S, const struct syntax_parse *P, int vw, int n,
			  coder_cand *out)
{
	int a = syn_actor_under(S, P, syn_child_rel(P, vw, "nsubj"), -1);
	if (a < 0)
		return 0;   /* "He was accused of killing": the accusation stays */
	actors_make_slot(S, a, &out->src);
	int k = syn_actor_under(S, P, n, a);
	if (k >= 0)
		actors_make_slot(S, k, &out->tgt);
	else {
		out->tgt.n = 0;
		event_null_slot(S, &out->tgt);
	}
	out->note = "rule: an accusation nobody is named making ('were accused of shelling "
		    "Turkish villages') is the deed of force charged, by the accused";
	return out->src.n && out->tgt.n ? 2 : 0;
}

/* content138: 1 when coder token t is a deed of force's word a claim names ("claimed the
 * killing of 33 terrorists": a dictionary verb root of root 18 or more, which the coder reads
 * as a noun after "the"), with *out claim candidate cd made that deed at t (its code, no
 * pattern); 0: none, *out untouched. Both paths' claim rules share it. */
int syn_deed_cand(const coder_sent *S, const coder_cand *cd, int t, coder_cand *out)
{
	if (t < 0 || t >= S->nt || !S->t[t].ent || S->t[t].ent->type != ENT_VERB ||
	    !S->t[t].ent->verb)
		return 0;
	const dict_verb_root *vr = S->t[t].ent->verb;
	const char *a = vr->code.a;
	if (vr->code.kind != CODE_EVENT || code_root_or_none(a) < 18)
		return 0;
	*out = *cd;
	out->verb = t;
	out->root = vr;
	out->pt = NULL;
	out->code = vr->code;
	out->code.b = NULL;
	out->attr = NULL;
	return 1;
}

/* claimby173: 1 when coder token i opens a dictionary deed of several words whose last word is
 * parse word n ("drone strikes", "suicide bombing": the parse heads the phrase on its noun). */
static int deed_ends_at(const coder_sent *S, const struct syntax_parse *P, int i, int n)
{
	int e = S->t[i].end;
	return e > i && e < S->nt && P->tok2w[e] == n;
}

int syn_claimed_attack(coder_sent *S, const coder_cand *cd, coder_cand *out)
{
	if (!syntax_on(S) || !cd->ok || !cd->code.a)
		return 0;
	struct syntax_parse *P = syn_get_parse(S);
	if (!P || cd->verb < 0 || P->tok2w[cd->verb] < 0)
		return 0;
	int vw = P->tok2w[cd->verb], own = 0;
	int charge = charge_word(P, cd, vw);
	int n = charge >= 0 ? charge : claimed_noun(P, cd, vw, &own);
	int t = -1;   /* claimpass171: a passive's deed stands before the verb */
	for (int i = 0; n >= 0 && i < S->nt && t < 0; i++)
		if (P->tok2w[i] == n || deed_ends_at(S, P, i, n))
			t = i;
	if (t < 0 || !syn_deed_cand(S, cd, t, out))
		return 0;
	if (charge >= 0)
		return charged_attack(S, P, vw, n, out);
	out->note = own ? "rule: a side's claim of a deed ('claimed the killing of 33 terrorists') "
			  "is the deed, by the claimant on the deed's target" :
		    "rule: a claim of responsibility for an attack ('claimed responsibility for "
		    "the attack on ...') is also the attack, by the claimant on the attack's "
		    "target";
	/* the attack's target is the claim's when it stands in the deed's own phrase ("the
	 * bombing of a police station"), else open */
	const coder_actor *ta = cd->tgt.n ? cd->tgt.m[0].a : NULL;
	int tw = ta && ta->pos >= 0 && ta->pos < S->nt ? P->tok2w[ta->pos] : -1;
	if (tw < 0 || tw == n || !under_word(P, tw, n)) {
		out->tgt.n = 0;
		event_null_slot(S, &out->tgt);
		if (!out->tgt.n)
			return 0;
	}
	return own ? 2 : 1;
}

/* 1 when the verb at coder token v is written in its base form ("supply", "attack"): the
 * token is its dictionary root's word itself, not a form of it (SUPPLIED, the irregular GAVE
 * of GIVE), and the root is no verb whose past is written the same ("hit", "cut", "shut":
 * "rebels hit a convoy" tells a past deed). A root the dictionary gives as a stem
 * (RECOGNI) or writes in the past (FREED) never is. */
int syn_base_form(const coder_sent *S, int v)
{
	static const char *const same_past[] = { "HIT", "CUT", "PUT", "SET", "SHUT", "SPREAD",
		"BEAT", "CAST", "LET", "QUIT", "BURST", "HURT", "BID", "SHED", "SPLIT", "THRUST",
		"UPSET", "BROADCAST", "FORECAST", "READ", "COST", "RID", "BET", "SLIT", "FIT",
		"WED", "SPIT", NULL };
	const coder_tok *t = &S->t[v];
	if (!t->ent || !t->ent->verb || !t->ent->verb->name)
		return 0;
	const char *r = t->ent->verb->name;
	size_t n = strcspn(r, " _=");
	if (n != (size_t)t->n || strncasecmp(r, t->s, n))
		return 0;
	/* a root the dictionary writes in the past (SENTENCED, FREED): the token is no base */
	if (n > 2 && !strncasecmp(t->s + n - 2, "ED", 2))
		return 0;
	return !tok_in(t, same_past);
}

/* 1 for a time of the day the deed is told on ("today", "on Monday", "this morning"), a
 * child of word h: a present then tells the day's news, no habit. */
static int day_time(const struct syntax_parse *P, int h)
{
	static const char *const day[] = { "today", "tonight", "yesterday", "morning",
		"afternoon", "evening", "night", "overnight", NULL };
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 &&
		    (syn_word_in(&P->w[i], WEEKDAYS) || syn_word_in(&P->w[i], day)))
			return 1;
	return 0;
}

/* 1 when noun n lies in the object of verb word hv ("conducts [bombings]", "gives
 * military [support]", "helps some of the [claimants]"): through the noun phrase's own links
 * up to an obj or obl of hv. A deed noun there is the habit's too, whatever its code. */
static int habit_object(const struct syntax_parse *P, int n, int hv)
{
	static const char *const np[] = { "nmod", "conj", "compound", "appos", NULL };
	for (int hops = 0; hops < 4 && P->w[n].head; hops++) {
		const khaldun_parse_token *w = &P->w[n];
		int h = (int)w->head - 1;
		if (h == hv)
			return syn_rel_base(w, "obj") || syn_rel_base(w, "obl");
		if (!syn_rel_base_in(w, np))
			return 0;
		n = h;
	}
	return 0;
}

/* generic70: 1 when verb word h is a present perfect: its one auxiliary is "have" or "has"
 * ("have urged"; not "have been urged", "had urged" or "will have"). */
static int present_perfect(const struct syntax_parse *P, int h)
{
	static const char *const have[] = { "have", "has", NULL };
	int n = 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], "aux") &&
		    (++n > 1 || !syn_word_in(&P->w[i], have)))
			return 0;
	return n == 1;
}

/* generic55: 1 when the verb at word vw (coder token v), in the simple present, has for
 * subject a part of a population named by its quantity only ("many young people in Egypt
 * complain", "some even insult the party"): what some people do, no deed of a side.
 * generic70: so in the present perfect with the bare quantity word for subject ("some have
 * urged the president to resign"); not "some of the rebels have agreed", which names a
 * side's part. */
int syn_generic_people(const coder_sent *S, const struct syntax_parse *P, int v, int vw)
{
	static const char *const some[] = { "some", "many", "most", "few", NULL };
	static const char *const people[] = { "people", "youth", "youths", "citizens",
					      "residents", NULL };
	const khaldun_parse_token *w = &P->w[vw];
	if (P->tok2w[v] != vw || !syn_upos_is(w, "VERB"))
		return 0;
	/* the first of coordinated verbs carries the subject and the tense of both */
	int h = vw;
	for (int hops = 0; hops < P->nw && syn_rel_is(&P->w[h], "conj") && P->w[h].head; hops++)
		h = (int)P->w[h].head - 1;
	int s = syn_child_rel(P, vw, "nsubj");
	/* a verb with a subject of its own has a tense of its own ("X has been under
	 * pressure, and some have called on him") */
	int t = s >= 0 ? vw : h;
	if (s < 0)
		s = syn_child_rel(P, h, "nsubj");
	if (s < 0)
		return 0;
	if (syn_word_in(&P->w[s], some) && syn_child_rel(P, s, "nmod") < 0 &&
	    present_perfect(P, t) && (t == vw || syn_child_rel(P, vw, "aux") < 0))
		return 1;
	if (!syn_base_form(S, v) || syn_child_rel(P, vw, "aux") >= 0 ||
	    syn_child_rel(P, h, "aux") >= 0 || past_form(&P->w[h]) || syn_ends_ing(&P->w[h]))
		return 0;
	if (syn_word_in(&P->w[s], some))
		return 1;
	return syn_word_in(&P->w[s], people) &&
	       (syn_child_word(P, s, "det", some) || syn_child_word(P, s, "amod", some));
}

/* 1 when the deed at verb word vw (coder token v) is a habit told in the present in the
 * story's body, or a deed noun in such a verb's object (syntree.h); sets S->habit. */
int syn_generic_present(coder_sent *S, const struct syntax_parse *P, int v, int vw, int rv,
			const char *attr, const char *a)
{
	khaldun_coder *c = S->c;
	const khaldun_parse_token *w = &P->w[vw];
	if (S->habit && syn_upos_is(w, "NOUN"))
		return habit_object(P, vw, S->habit - 1);
	if (!c->ctx.on || c->ctx.sentences == 0 || rv >= 0 || attr)
		return 0;   /* a story's first sentence (or one coded alone); reported speech */
	if (!material_root(code_root_or_none(a)))   /* -1, no code: none */
		return 0;
	if (P->tok2w[v] != vw || !syn_upos_is(w, "VERB") || w->len < 3 ||
	    past_form(w) || syn_ends_ing(w))
		return 0;
	/* will, to, progressive, perfect, passive, do-support: none is the simple present */
	if (syn_child_rel(P, vw, "aux") >= 0 || syn_child_rel(P, vw, "mark") >= 0 ||
	    syn_child_rel(P, vw, "nsubj:pass") >= 0)
		return 0;
	/* the clause the verb heads, up through verbs coordinated with it: a main clause or a
	 * relative one ("the group, which attacks convoys"), not a complement, condition or
	 * purpose, nor a clause a speech verb hangs on as parataxis */
	int h = vw;
	for (int hops = 0; hops < P->nw && syn_rel_is(&P->w[h], "conj") && P->w[h].head; hops++)
		h = (int)P->w[h].head - 1;
	if (!(syn_rel_is(&P->w[h], "root") || syn_rel_is(&P->w[h], "acl:relcl")))
		return 0;
	if (syn_child_rel(P, h, "parataxis") >= 0 || syn_child_rel(P, vw, "parataxis") >= 0)
		return 0;
	if (h != vw && (syn_child_rel(P, h, "aux") >= 0 || syn_child_rel(P, h, "mark") >= 0))
		return 0;   /* "will attack and seize": the first verb's tense covers both */
	int s = syn_child_rel(P, vw, "nsubj");
	if (s < 0 && h != vw)
		s = syn_child_rel(P, h, "nsubj");
	if (s < 0)
		return 0;   /* no subject: an imperative or a misread */
	int third = tolower((unsigned char)w->form[w->len - 1]) == 's' &&
		    tolower((unsigned char)w->form[w->len - 2]) != 's';
	if (!third && !(syn_child_rel(P, vw, "nsubj") >= 0 && syn_base_form(S, v)))
		return 0;
	/* a time of the day, or a quotation, where the present may tell a fresh deed ('"We
	 * attack them every day," he said') */
	if (day_time(P, vw) || (h != vw && day_time(P, h)) || context_quoted_at(S, v))
		return 0;
	S->habit = vw + 1;
	return 1;
}
