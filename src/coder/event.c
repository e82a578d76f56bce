/*
 * event.c - from a verb to events: picks the verb's pattern (dict's precedence), binds source
 * and target by TABARI's rules (pattern slots, nearest actors, the clause's kept subject,
 * defaults, passives), and turns a chosen candidate into khaldun_events with their text spans
 * and dictionary origins. Events are appended to the coder's array (owned by the coder); the
 * same source/target/code twice in one sentence is one event.
 */
#include "cameo/actor.h"
#include "coder/sent.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- events */

static const char *first_code(const coder_slot *s)
{
	return s->key ? s->key : s->n ? s->m[0].code : NULL;
}

static int distinct(const coder_slot *a, const coder_slot *b)
{
	if (!a->n || !b->n)
		return 1;
	return strcmp(first_code(a), first_code(b)) != 0;
}

/* shjudge170: 1 when slot s holds actor a among its members. */
static int slot_holds(const coder_slot *s, const coder_actor *a)
{
	for (int i = 0; i < s->n; i++)
		if (s->m[i].a == a)
			return 1;
	return 0;
}

/* accuse60: the target of a statement recoded as a judgement of actor k (news_judged_side,
 * news_charged_side): k, when it is another side than the source's; shjudge170: a target
 * already holding k keeps its others ("cooperation between Russia and North Korea is
 * illegal": both judged). Returns 1 when so, 0 (slots unchanged) for the source's own side. */
static int judged_target(coder_sent *S, int k, const coder_slot *src, coder_slot *tgt)
{
	coder_slot charged;
	actors_make_slot(S, k, &charged);
	if (!distinct(src, &charged))
		return 0;
	if (!slot_holds(tgt, &S->a[k]))
		*tgt = charged;
	return 1;
}

/* ownphrase107: 1 when target code t named after source code sc names the source's branch
 * or organ: a bare country ("UNHCR Uganda") or sc's own country with an agent ("U.S. State
 * Department"). Not another body ("the Kenyan Red Cross" stays NGOHLHIRC). */
static int branch_code(const char *sc, const char *t)
{
	if (!sc || !t || t[0] == '~')
		return 0;
	return strlen(t) == 3 || (strlen(sc) == 3 && !strncmp(t, sc, 3));
}

/* ownphrase107: 1 when the first target member's words belong to the first source member's
 * noun phrase before verb v (both named in the sentence, not pronouns, distinct codes): they
 * overlap, or the target follows the source right away ("UNHCR Uganda") or after one
 * preposition and an optional "the" ("the U.S. Mission to the United Nations said"), when
 * it names the source's branch (branch_code). */
static int inside_source_phrase(const coder_sent *S, int v, const coder_slot *src,
				const coder_slot *tgt)
{
	if (!src->n || !tgt->n || src->pronoun || tgt->pronoun || !distinct(src, tgt))
		return 0;
	const coder_actor *s = src->m[0].a, *t = tgt->m[0].a;
	if (!s || !t || s->pron_kind || t->pron_kind || s->pos < 0 || t->pos < 0)
		return 0;
	if (t->pos <= s->end && s->pos <= t->end)
		return 1;
	if (t->pos <= s->end || t->end >= v || !branch_code(first_code(src), first_code(tgt)))
		return 0;
	int i = s->end + 1;
	if (i < t->pos && S->t[i].cls == C_WORD && tok_has(&S->t[i], WF_PREP))
		i++;
	if (i < t->pos && i > s->end + 1 && tok_is(&S->t[i], "THE"))
		i++;
	return i == t->pos;
}

/* sidesh110: 1 when token i may stand inside a noun phrase between a nation's word and its
 * person ("Iranian Deputy Foreign Minister X", "The EU's new Commission President X"): a
 * word that is no verb, auxiliary, conjunction, determiner, pronoun, preposition or clause
 * word. */
static int phrase_inner_word(const coder_sent *S, int i)
{
	const coder_tok *k = &S->t[i];
	if (k->cls != C_WORD || tok_has(k, WF_PREP | WF_CLAUSE | WF_AUX | WF_REL | WF_SUB))
		return 0;
	return k->type != TY_VERB && k->type != TY_CONJ && k->type != TY_COMMA &&
	       k->type != TY_AUX && k->type != TY_PRON && k->type != TY_DET && k->type != TY_BY;
}

/* sidesh110: 1 when the first target member is the first source member's own noun phrase
 * read a second time: both named (not pronouns), codes of one country or body (the same
 * first three letters), the target's words overlapping the source's or following them
 * after at most four inner words (phrase_inner_word): "Iranian Deputy Foreign Minister X is
 * to attend" read as IRN and IRNGOV is one side, whatever the deed. Not two bodies side by
 * side ("Kenya Uganda talks", "Kenyan and Ugandan officials": two countries). */
static int same_phrase_twin(const coder_sent *S, const coder_slot *src, const coder_slot *tgt)
{
	if (!src->n || !tgt->n || src->pronoun || tgt->pronoun || !distinct(src, tgt))
		return 0;
	const coder_actor *s = src->m[0].a, *t = tgt->m[0].a;
	const char *sc = first_code(src), *tc = first_code(tgt);
	if (!s || !t || s->pron_kind || t->pron_kind || s->pos < 0 || t->pos < 0 || !sc || !tc ||
	    strlen(sc) < 3 || strlen(tc) < 3 || sc[0] == '~' || strncmp(sc, tc, 3))
		return 0;
	if (t->pos <= s->end && s->pos <= t->end)
		return 1;
	if (t->pos <= s->end || t->pos - s->end - 1 > 4)
		return 0;
	for (int i = s->end + 1; i < t->pos; i++)
		if (!phrase_inner_word(S, i))
			return 0;
	return 1;
}

/* meeting54: 1 when the target is the source's own state, named by its country, standing
 * between the source and verb v: the subject of a reported clause the source speaks for
 * ("Erdogan said Turkey would not accept the plan", "the army chief said Sudan would not
 * attend"): a state organ does not act on its own state. Only the state's organs (GOV,
 * MIL, speech96: or both, "USAMILGOV" for "a Pentagon spokesperson said the United States
 * calls for ..."): "Sudanese rebels said Sudan had attacked" names another side. */
static int own_state(const coder_sent *S, const coder_slot *src, const coder_slot *tgt, int v)
{
	if (src->n != 1 || tgt->n != 1)
		return 0;
	const char *s = first_code(src), *t = first_code(tgt);
	const coder_actor *sa = src->m[0].a, *ta = tgt->m[0].a;
	size_t n = strlen(s);
	if (strlen(t) != 3 || n < 6 || n % 3 || strncmp(s, t, 3))
		return 0;
	for (size_t i = 3; i < n; i += 3)   /* every part after the country a state organ's */
		if (strncmp(s + i, "GOV", 3) && strncmp(s + i, "MIL", 3))
			return 0;
	/* speech96: or the subject of the "that" clause right after v, whose words v's pattern
	 * reads ("reaffirmed that the United States calls for ...": the call is the state's) */
	int k = v + 2;
	if (k < ta->pos && tok_is(&S->t[k], "THE"))
		k++;
	int that = ta->pos == k && tok_is(&S->t[v + 1], "THAT");
	return sa->pos >= 0 && ta->pos > sa->end && (ta->end < v || that);
}

/* toldthat163: the length of code's country part when code is a state's organ: a country's
 * three letters, or "~" for one the story places later ("~MIL" the military spokesperson),
 * then one or more parts, all in organs ("GOV", "MIL", "COP": "USAGOV", "KENMILGOV"); the
 * country alone is none (ownctry112 keeps "said Kenya is ..." as its topic). 0 when not. */
static size_t state_organ_code(const char *code, const char *const *organs)
{
	size_t n = strlen(code), c = code[0] == '~' ? 1 : 3;
	if (n <= c || (n - c) % 3 || code[0] == '-')
		return 0;
	for (size_t i = c; i < n; i += 3) {
		int k = 0;
		while (organs[k] && strncmp(code + i, organs[k], 3))
			k++;
		if (!organs[k])
			return 0;
	}
	return c;
}

/* toldthat163: 1 when a statement (01) at speech verb v by a state's organ takes as target
 * the subject of the clause it reports, and that subject is an organ of the same state: "The
 * Kenyan foreign minister told reporters that the Kenyan army would hold exercises" (KENGOV,
 * KENMIL), "the military spokesperson said law enforcement agencies have conducted 11,654
 * operations" (~MIL, ~COP: one state the story places). The speaker reports what its own
 * state does; dev gold leaves such a statement's target empty (or makes the organ a second
 * source), never the organ. Only "that", "the", a time ("on Tuesday") and the one told
 * ("told reporters") between v and the subject, and a verb or auxiliary right after it.
 * Left: another state ("said the Ugandan army would move troops"), a body outside the state
 * (opposition, people, rebels: "said Kenyan rebels had attacked"), the organ described ("said
 * Kenyan troops were involved", judge47), obliged ("the Kenyan police must stop the
 * protests", shallowrep118), the speaker's own code ("Officials said the minister will ...")
 * or the bare country (ownctry112, shmust72). */
static int own_organ_reported(const coder_sent *S, const coder_slot *src, const coder_slot *tgt,
			      int v, const char *code)
{
	static const char *const src_organs[] = { "GOV", "MIL", NULL };
	static const char *const tgt_organs[] = { "GOV", "MIL", "COP", NULL };
	if (src->n != 1 || tgt->n != 1 || !code || code_root_or_none(code) != 1 ||
	    !tok_in(&S->t[v], SPEECH_WORDS))
		return 0;
	const char *s = src->m[0].code, *t = tgt->m[0].code;
	const coder_actor *sa = src->m[0].a, *ta = tgt->m[0].a;
	if (!s || !t || !sa || !ta || sa->pos < 0 || sa->end >= v || ta->pos <= v ||
	    ta->pos - v > 8)
		return 0;
	size_t c = state_organ_code(s, src_organs);   /* one country, or both unplaced */
	if (!c || c != state_organ_code(t, tgt_organs) || strncmp(s, t, c) || !strcmp(s, t) ||
	    news_must_follows(S, ta))
		return 0;
	for (int i = v + 1; i < ta->pos; i++) {
		const coder_tok *k = &S->t[i];
		if (tok_is(k, "THAT") || tok_is(k, "THE") || k->type == TY_TIME ||
		    tok_in(k, WEEKDAYS) || k->type == TY_ACTOR || k->type == TY_AGENT ||
		    (k->type == TY_LIT && k->head >= 0 && S->t[k->head].type == TY_ACTOR) ||
		    (tok_has(k, WF_PREP) && (S->t[i + 1].type == TY_TIME ||
					     tok_in(&S->t[i + 1], WEEKDAYS))))   /* "on Tuesday" */
			continue;
		return 0;
	}
	int i = ta->end + 1;   /* the phrase's plain words ("the Kenyan army") */
	for (int n = 0; n < 3 && i < S->nt && S->t[i].type == TY_LIT && S->t[i].head < 0; n++)
		i++;
	return i < S->nt && !tok_in(&S->t[i], BE_FINITE) &&
	       (S->t[i].type == TY_VERB || S->t[i].type == TY_AUX ||
		tok_has(&S->t[i], WF_AUX | WF_MODAL));
}

static int any_real_actor(coder_sent *S, int from, int to)
{
	for (int i = from; i < to; i++)
		if (sent_live(S, i) && S->t[i].type == TY_ACTOR && S->t[i].actor >= 0)
			return 1;
	return 0;
}

/* defpossname167: 1 when actor pa, the one country ai's possessive names
 * (news_possessed_person), is a name of that country's own on the default path: its code
 * begins with the country's ("Libya's Khalifa Haftar" LBYREB, "Uganda's Bobi Wine" UGAOPP)
 * and its last word is capitalised. Not a body of another code ("Russia's Security Council",
 * the bare name the U.N.'s) nor a name ended by a common noun ("India's Congress party"):
 * the country's own institution, inst17's guards. */
static int possessed_own(const coder_sent *S, int ai, int pa)
{
	const coder_actor *a = &S->a[ai], *b = &S->a[pa];
	return b->end >= 0 && b->end < S->nt && S->t[b->end].cap &&
	       !strncmp(b->codes[0], a->codes[0], 3);
}

/* First actor in [from, to) whose code differs from `other` (NULL: any). Backward if rev. */
int sent_find_actor(coder_sent *S, int from, int to, const coder_slot *other, int rev,
		    coder_slot *out)
{
	for (int k = 0; k < to - from; k++) {
		int i = rev ? to - 1 - k : from + k;
		if (!sent_live(S, i))
			continue;
		int ai = sent_actor_at(S, i);
		/* a later word of an actor phrase stands for it too: DURTHANG ... ORC may span a
		 * clause boundary, and its ORC is then the actor of the second clause */
		if (ai < 0 && S->t[i].type == TY_LIT && S->t[i].head >= 0 &&
		    S->t[S->t[i].head].type == TY_ACTOR)
			ai = S->t[S->t[i].head].actor;
		if (ai < 0)
			continue;
		/* shpossname164: --shallow, "Libya's Khalifa Haftar" is the person, as the parse
		 * reads it; the country only places him. defpossname167: the default path too,
		 * for a name of the country's own (possessed_own) */
		if (S->c->o.news & NEWS_OPEN_ACTORS) {
			int pa = news_possessed_person(S, ai);
			if (pa >= 0 && S->a[pa].end < to &&
			    (!syntax_on(S) || possessed_own(S, ai, pa)))
				ai = pa;
		}
		coder_slot s;
		actors_make_slot(S, ai, &s);
		if (!s.n)
			continue;
		if (other && !distinct(other, &s))
			continue;
		slot_copy(out, &s);
		return 1;
	}
	return 0;
}

static void default_slot(coder_sent *S, const char *code, coder_slot *s)
{
	/* a default actor has no place in the text */
	coder_actor *dummy = arena_alloc(&S->c->scratch, sizeof *dummy);
	if (!dummy) {
		s->n = 0;
		return;
	}
	dummy->pos = dummy->end = ACTOR_NO_WORDS;
	dummy->ref = -1;
	dummy->group = -1;
	s->n = 1;
	s->m[0].code = code;
	s->m[0].a = dummy;
	s->pos = ACTOR_NO_WORDS;
	s->pronoun = 0;
	s->key = NULL;
}

/* topic111: the target's actor when it is the bare country of a state organ's own code
 * (USA of USAGOV, KEN of KENMIL; no pronoun), else NULL */
static const coder_actor *own_bare_country(const coder_slot *src, const coder_slot *tgt)
{
	if (!src->n || !tgt->n || src->pronoun || tgt->pronoun)
		return NULL;
	const char *sc = first_code(src), *tc = first_code(tgt);
	const coder_actor *t = tgt->m[0].a;
	if (!t || t->pron_kind || t->pos < 0 || strlen(tc) != 3 || strlen(sc) <= 3 ||
	    strncmp(sc, tc, 3) || (!strstr(sc + 3, "GOV") && !strstr(sc + 3, "MIL")))
		return NULL;
	return t;
}

/* topic111: --shallow, 1 when the target is the bare country of the source's own code, and
 * a feeling of it follows ("a statement saying Japan is deeply troubled by the vote", said by
 * JPNGOV): the state's organ voices its own feeling, no side of its words (as meeting54's
 * own_state; "Kenyan rebels said Kenya is troubled" stays). "be" and at most three
 * "-ly" adverbs or quotes before a feeling participle; another country ("Kenya said Uganda is
 * troubled") stays, a topic by convention. */
static int own_country_feels(const coder_sent *S, const coder_slot *src,
			     const coder_slot *tgt)
{
	const coder_actor *t = own_bare_country(src, tgt);
	if (!t)
		return 0;
	int i = t->end + 1;
	if (i >= S->nt || !tok_in(&S->t[i], BE_FINITE))
		return 0;
	i++;
	for (int n = 0; n < 3 && i < S->nt && (tok_ends(&S->t[i], "LY") ||
					       S->t[i].cls == C_QUOTE); n++)
		i++;   /* "is deeply troubled", "is \"deeply disappointed\"" */
	/* ownctry112: or a state after a preposition ("said the U.S. is in a listening mode") */
	return i < S->nt && (tok_in(&S->t[i], FEELING_PARTICIPLES) || tok_has(&S->t[i], WF_PREP));
}

/* ownctry112: --shallow, 1 when the target is the bare country of a state organ's own code
 * (own_bare_country) that its words only place or qualify: a modifier of the noun after it
 * ("Lutnick said 25% U.S. tariffs will take effect", "higher prices for U.S. consumers": a
 * lower-case word that is no verb, auxiliary, modal, preposition or clause word), or the
 * place after "in", "into", "inside", "across", "throughout" or "within" ("no rebels have a
 * presence in Afghanistan", said AFGGOV). The country as a deed's or a state's subject
 * ("said Ghana must cut its spending", "said the U.S. is ..."), as an owner ("Kenya's
 * policy") or after "between" stays, a topic by golden convention. */
static int own_country_placed(const coder_sent *S, const coder_slot *src,
			      const coder_slot *tgt)
{
	static const char *const place[] = { "IN", "INTO", "INSIDE", "ACROSS", "THROUGHOUT",
		"WITHIN", NULL };
	const coder_actor *t = own_bare_country(src, tgt);
	if (!t || tok_possessive(&S->t[t->end]))
		return 0;
	int b = t->pos - 1;
	if (b >= 0 && S->t[b].type == TY_DET)
		b--;   /* "into the U.S." */
	if (b >= 0 && tok_in(&S->t[b], place))
		return 1;
	int i = t->end + 1;
	if (i >= S->nt)
		return 0;
	const coder_tok *w = &S->t[i];
	return w->cls == C_WORD && !w->cap && !tok_possessive(w) && w->type != TY_VERB &&
	       w->type != TY_AUX && w->type != TY_CONJ && w->type != TY_PRON &&
	       !tok_has(w, WF_PREP | WF_CLAUSE | WF_AUX | WF_MODAL | WF_REL | WF_SUB | WF_NEG) &&
	       !tok_ends(w, "ED");
}

/* tgtplace114: 1 when a comma, a span of time and "after"/"before" lie between the verb and
 * the target ("killed 30 militants, a day after an attack on a train in Kenya's Lamu
 * county", ", hours before Uganda's vote"): the span opens a time adjunct, and the side it
 * names is of another deed that only dates this one. A plural span may stand alone ("hours
 * after"); an article or a count may open it ("a day after", "two weeks before"). No comma
 * ("in the five months after the earthquake in Haiti") is no adjunct of the clause. The
 * deed noun inside such a phrase is news.c news_dated_deed's (the event dropped, not a side). */
static int time_adjunct_target(const coder_sent *S, int vend, const coder_slot *tgt)
{
	if (tgt->n < 1 || !tgt->m[0].a || tgt->pronoun)
		return 0;
	int p = tgt->m[0].a->pos;
	for (int i = vend + 1; i + 1 < p; i++) {
		if (!tok_in(&S->t[i + 1], SPAN_EDGES))
			continue;
		const coder_tok *n = &S->t[i - 1];   /* a count: "a day", "two weeks" */
		int counted = i - 1 > vend && (n->type == TY_DET || n->type == TY_NUM ||
					       tok_in(n, SPAN_COUNTS));
		int c = i - time_span_lead(counted, S->t[i].s, (size_t)S->t[i].n);
		if (c < i && c > vend && S->t[c].cls == C_COMMA)
			return 1;   /* the comma that opens the adjunct */
	}
	return 0;
}

/* topicc112: 1 when the target is the "for" side of a noun inside a what-clause that is the
 * verb's object ("celebrated what they called a new win for Kenya"): the clause names a
 * thing, the one it is for is no side of the verb (as a noun's "for" phrase is no object).
 * The what-clause starts right after the verb; "celebrated its win over Uganda" stays. */
static int what_clause_for(const coder_sent *S, int vend, const coder_slot *tgt)
{
	if (tgt->n < 1 || !tgt->m[0].a || vend + 1 >= S->nt || !tok_is(&S->t[vend + 1], "WHAT"))
		return 0;
	int p = tgt->m[0].a->pos - 1;
	if (p > vend + 1 && tok_is(&S->t[p], "THE"))
		p--;
	return p > vend + 2 && tok_is(&S->t[p], "FOR");
}

/* shhope158: --shallow, "She hopes Japan will persuade Washington", "They hope that Egypt
 * will reopen the crossing": 1 when the hope at v (appeal130's news_hoped_appeal, read with
 * no hoper) has for its clause's subject the actor the shallow rules took as the source,
 * past the verb. That actor is the one hoped of, not the hoper: shallow47 moves it to the
 * target and leaves the pronoun's hoper unnamed. hopeconv159: a hope reported after a verb
 * of speech too ("She said she hopes Brazil and Argentina can settle": gold codes the
 * appeal to the sides, as the default path does). "She hopes the talks will resume" (no
 * side heads the clause) is left alone. */
static int pronoun_hope(coder_sent *S, int v, const coder_slot *src)
{
	coder_slot none;
	slot_empty(&none);
	int other = news_hoped_appeal(S, v, &none);
	return other >= 0 && src->n >= 1 && src->m[0].a == &S->a[other];
}

/* shclaimpro173: --shallow, 1 when the statement at v (its phrase ending at vend), whose
 * subject is a pronoun naming no one, is about the actor the shallow rules took for its source
 * past the verb (side): a hope of it (pronoun_hope), or a charge, judgement or claim of it
 * (news_charged_side, news_judged_side, news_claimed_side: shacc50's readers, the claim read
 * with the pronoun as the claimant). That actor is the one spoken of: shallow47 moves it to
 * the target and the pronoun (news_pronoun_teller) is the speaker, as on the parse path. */
static int pronoun_content(coder_sent *S, int lo, int v, int vend, const coder_slot *side)
{
	if (pronoun_hope(S, v, side))
		return 1;
	if (side->n < 1 || !side->m[0].a)
		return 0;
	const char *judged;
	int deed, k = news_charged_side(S, v, vend, &deed);
	if (k < 0)
		k = news_judged_side(S, v, vend, &judged);
	coder_slot teller;
	if (k < 0 && news_pronoun_teller(S, lo, v, &teller))
		k = news_claimed_side(S, v, vend, &teller);
	return k >= 0 && side->m[0].a == &S->a[k];
}

/* feeling55: "Norway was dismayed by Russia's move", "Japan was encouraged by China's
 * offer": a feeling verb's passive coded as a comment or a disapproval (01x, 11x; not the
 * urging of "was encouraged by Russia to attack", 020) keeps its subject, who feels, as
 * the source. The cause's doer is the target: the "by" phrase's own actor or its owner,
 * not one inside a phrase of the cause ("by the shelling of Kharkiv": Kharkiv suffered the
 * deed, its doer is unnamed). Returns 1 when the rule holds (tgt then set). */
static int felt_passive(coder_sent *S, int v, int hi, const char *a, coder_slot *tgt)
{
	static const char *const inner[] = { "OF", "IN", "ON", "AT", "AGAINST", "TO", "FOR",
		NULL };
	if (!a || (a[0] != '0' && a[0] != '1') || a[1] != '1' ||
	    !tok_in(&S->t[v], FEELING_PARTICIPLES))
		return 0;
	int by = S->t[v].end + 1;
	while (by < hi && S->t[by].type != TY_BY)
		by++;
	if (tgt->n < 1 || tgt->m[0].a->pos < by)
		return 1;
	for (int q = by + 1; q < tgt->m[0].a->pos && q < hi; q++)
		if (tok_in(&S->t[q], inner)) {
			event_null_slot(S, tgt);
			break;
		}
	return 1;
}

/* concerned160: 1 when tgt, the target of a feeling word whose root codes only through its
 * cause ("concerned about", "troubled by"), stands deeper than the head of the cause phrase:
 * a preposition other than "of", a clause word, a verb, a comma or a quotation mark between
 * the cause word and it ("concerned about the latest report on Uganda's weapons", "about the
 * security implications ... for Europe", "troubled by ... because ... in Guatemala"). The
 * head, its owner or its adjective ("about Chinese aggression", "over Russia's actions",
 * "about the actions of Dodik") stays the target; both paths. */
static int deep_cause_slot(const coder_sent *S, const coder_slot *tgt, int v)
{
	const dict_verb_root *vr = S->t[v].ent ? S->t[v].ent->verb : NULL;
	int c = (S->t[v].end > v ? S->t[v].end : v) + 1;
	if (!vr || vr->code.kind != CODE_NULL || !tok_in(&S->t[v], FEELING_PARTICIPLES) ||
	    c >= S->nt || !tok_in(&S->t[c], FEELING_CAUSES) || !tgt->n || !tgt->m[0].a ||
	    tgt->m[0].a->pos <= c)
		return 0;
	for (int q = c + 1; q < tgt->m[0].a->pos && q < S->nt; q++) {
		const coder_tok *t = &S->t[q];
		if ((tok_has(t, WF_PREP) && !tok_is(t, "OF")) || tok_has(t, WF_CLAUSE) ||
		    t->type == TY_VERB || t->type == TY_COMMA || t->type == TY_BY ||
		    t->cls == C_QUOTE)
			return 1;
	}
	/* an owner or adjective of the phrase's head: only of a deed ("Chinese aggression",
	 * "North Korea's missile launch"), not of a thing ("the IAEA report about ...") */
	int q = tgt->m[0].a->end + 1, words = 0, deed = 0;
	for (; q < S->nt && S->t[q].cls == C_WORD && !tok_has(&S->t[q], WF_PREP | WF_CLAUSE) &&
	       S->t[q].type != TY_CONJ && S->t[q].type != TY_BY; q++) {
		const coder_tok *t = &S->t[q];
		if (tok_possessive(t) || tok_has(t, WF_POSS))
			continue;
		words++;
		deed |= tok_in(t, SIDE_DEED_NOUNS) || (t->ent && t->ent->verb);
	}
	return words && !deed;
}

/* shaccuse68: --shallow, the present's "be" is tagged no auxiliary: "Kenya is accused by
 * Somalia", "are attacked by"; and "stands accused by" reads as "is accused by" (the parse
 * path's stand_as_be). Token k is such a "be" for the participle at v. */
static int shallow_present_be(const coder_sent *S, int k, int v)
{
	/* not BE_FORMS: the present forms alone, as "stands accused" is */
	static const char *const be[] = { "IS", "ARE", "BE", "BEING", NULL };
	if (syntax_on(S))
		return 0;
	return tok_in(&S->t[k], be) || news_stand_charged(S, k, v);
}

/* passive83: the actor at token pos is the object of "to" ("to Iraq", "to the UN"): where a
 * deed went, a side of it, no mere place. */
static int to_phrase(const coder_sent *S, int pos)
{
	int j = pos - 1;
	if (j > 0 && tok_is(&S->t[j], "THE"))
		j--;
	return j >= 0 && tok_is(&S->t[j], "TO");
}

/* passive83: a conjunction ("and", "or") strictly between tokens i and j: what follows it is
 * another verb's phrase, not the one at i. */
static int conj_between(const coder_sent *S, int i, int j)
{
	for (int k = i + 1; k < j; k++)
		if (S->t[k].type == TY_CONJ || tok_is(&S->t[k], "AND") || tok_is(&S->t[k], "OR"))
			return 1;
	return 0;
}

/* passive83: the passive verb ending at vend has its "by" further on, after a phrase of
 * plain words that names no actor ("is designated as a terrorist organization by the United
 * States", "was listed as a banned group by Canada"): no comma, clause word, verb,
 * conjunction or actor between, eight words at most. Returns 1 when so. */
static int far_by(const coder_sent *S, int vend, int hi)
{
	for (int k = vend + 1; k < hi && k <= vend + 8; k++) {
		const coder_tok *w = &S->t[k];
		if (w->type == TY_BY)
			return k > vend + 2;
		if ((w->cls != C_WORD && w->cls != C_NUMBER) ||
		    tok_has(w, WF_CLAUSE | WF_REL) || w->type == TY_VERB ||
		    w->type == TY_AUX || w->type == TY_CONJ || w->type == TY_ACTOR ||
		    sent_actor_at(S, k) >= 0)
			return 0;
	}
	return 0;
}

/* A passive verb at v (last word vend) with its "by": a "be" or auxiliary before it and "by"
 * one or two words on, or further (far_by) when the source, at token spos, stands before v,
 * or (passive84) no source was found (spos < 0) and the target, at tpos, stands after the
 * verb ("He was sent to prison for ten years by a Russian court": the court did it). */
static int passive(coder_sent *S, int v, int vend, int lo, int hi, int spos, int tpos)
{
	/* verbs66: "were beaten and arrested by": the first participle's "be" */
	int aux = news_coordinated_participle(S, v) < v;
	for (int k = 1; k <= 2; k++)
		if (v - k >= lo && (S->t[v - k].type == TY_AUX ||
				    shallow_present_be(S, v - k, v)))
			aux = 1;
	if (!aux)
		return 0;
	for (int k = 1; k <= 2; k++)
		if (vend + k < hi && S->t[vend + k].type == TY_BY)
			return 1;
	return (spos >= 0 ? spos < v : tpos > vend) && far_by(S, vend, hi);
}

/* The last token a pattern's match took after the verb (its last_pos is the live token
 * after it, past any deleted aside); -1: none after the verb. */
static int last_word(coder_sent *S, int vend, const coder_match *m)
{
	int q = m->last_pos - 1;
	while (q > vend && !sent_live(S, q))
		q--;
	return q > vend ? q : -1;
}

/* asreach155: --shallow, 1 when token q, before the pattern's last word at token last, is AS
 * opening a clause (not "as well as", "such as", "as many as"): a dictionary verb follows that
 * word before the next comma ("gathered momentum as officials in Brazil backed the plan":
 * the officials are the subject of "backed", no object of "gathered"), before any other
 * opener (AFTER, WHILE ...: "to serve as a peacekeeping force after it pulls out" is the
 * phrase's). "paid $662 million
 * in aid as compensation for survivors" (no verb after it) stays a phrase; the prepositions
 * that may open a clause of time (AFTER, SINCE, BEFORE, UNTIL) are left alone, their
 * reach to a noun after them is as often the verb's own ("suspended aid deliveries ...
 * after a humanitarian convoy was attacked"). */
static int as_opens_clause(coder_sent *S, int q, int last)
{
	/* the words of "as well as", "such as", "so as" and of a comparison of quantity ("as
	 * many as 5 million artillery shells", "as much as", "as far as") */
	static const char *const NEAR[] = { "SUCH", "SO", "AS", "WELL", "MANY", "MUCH", "FEW",
					    "LITTLE", "FAR", "LONG", "SOON", NULL };
	if (!tok_is(&S->t[q], "AS"))
		return 0;
	for (int k = 0; NEAR[k]; k++)
		if (tok_is(&S->t[q + 1], NEAR[k]) || (q > 0 && tok_is(&S->t[q - 1], NEAR[k])))
			return 0;
	for (int j = last + 1; j < S->nt && S->t[j].cls != C_COMMA && !tok_has(&S->t[j], WF_SUB);
	     j++)
		if (sent_live(S, j) && S->t[j].type == TY_VERB)
			return 1;
	return 0;
}

/* sense84: --shallow (news clauses), 1 when a word that can only open a new clause (BECAUSE,
 * ALTHOUGH, THOUGH, WHEREAS, UNLESS; WHILE not after an article) lies after the verb before
 * token last: a pattern's object word there is another clause's ("ended quickly because the
 * demand for sanctions relief failed" is no 085). The parse path asks syn_pattern_reaches.
 * Prepositions that also open clauses (SINCE, AFTER, BEFORE, UNTIL) are left alone; AS in
 * the gap before the pattern's first word after the verb (token first) is as_opens_clause's
 * ("use them as human shields": the pattern's own AS). */
static int past_subordinator(coder_sent *S, int vend, int last, int first)
{
	static const char *const OPENERS[] = { "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS",
					       "UNLESS", "WHILE", NULL };
	for (int q = vend + 1; q < last; q++) {
		if (!sent_live(S, q))
			continue;
		for (int k = 0; OPENERS[k]; k++)
			if (tok_is(&S->t[q], OPENERS[k]) &&
			    !(k == 5 && q > 0 && tok_is(&S->t[q - 1], "A")))
				return 1;
		if (q < first && as_opens_clause(S, q, last))
			return 1;
	}
	return 0;
}

/* gap149: 1 when the gap before pattern pt's last word, matched as mm, runs past the verb's
 * object into a phrase of a noun inside it ("violated the ban on flights over its
 * territory": no incursion); the element before the gap is the verb (one word after it) or
 * the first word after it (two words). syn_gap_crosses_object decides. */
static int gap_crosses_object(coder_sent *S, const dict_pattern *pt, int v, int vend,
			      const coder_match *mm)
{
	int n = pt->lower.n, prev = n == 1 ? vend : n == 2 ? mm->lower_first : -1;
	return prev >= 0 && syn_gap_crosses_object(S, pt, v, prev, last_word(S, vend, mm));
}

/* The verb's pattern: tried in the dictionary's order (dict_pattern_order), the first match
 * wins unless it counted less than its length (a shorter option of an alternative): then a
 * later pattern that counts more may still win (dict precedence.c). Returns the pattern
 * (NULL: none; the root's code applies) with its match in *m. */
static const dict_pattern *choose_pattern(coder_sent *S, const dict_verb_root *vr, int v,
					  int vend, int lo, int hi, coder_match *m)
{
	const dict_pattern *hit = NULL;
	int hit_len = 0, hit_obl = 0, hit_bare = 0, hit_final = 0;
	/* the literal words on each side of the verb, for pat_try's first test, hoisted */
	uint64_t have0 = pat_seen(S, 0, lo, v)->bits, have1 = pat_seen(S, 1, vend + 1, hi)->bits;
	/* the key test first: it reads no pattern. Passing over a pattern there before the
	 * length test below is safe: lengths only fall along the order, so once a pattern is
	 * not tried after the hit no later one is, and the next one tested breaks */
	const uint32_t *keys = vr->keys, *stamp = S->c->stamp;
	uint32_t cur = S->c->cur, nstamp = S->c->nstamp;
	int np = vr->npats;
	for (int i = 0; i < np; i++) {
		if (keys && keys[i] < nstamp && stamp[keys[i]] != cur) {
			/* its longest word is in no token: pat_try would say no; so for the
			 * patterns up to the next whose key is stamped */
			i = sent_next_stamped(keys, i + 1, np, stamp, nstamp, cur) - 1;
			continue;
		}
		const dict_pattern *pt = &vr->pats[i];
		/* past where the search would end: only while the hit is a noun in a
		 * modifier, for a pattern naming the verb's own object */
		int late = hit && (!dict_pattern_tried_after(pt, hit_len) || hit_final);
		if (late && !hit_obl)
			break;
		if ((pt->need[0] & ~have0) || (pt->need[1] & ~have1))
			continue;   /* pat_try would say no */
		coder_match mm;
		if (pat_try(S, pt, v, vend, lo, hi, &mm)) {
			/* a pattern word the parse puts outside the verb's phrase ("defended the
			 * decision to advise ... in the country") is not the verb's complement */
			if (syntax_on(S) && !syn_pattern_reaches(S, v, last_word(S, vend, &mm)))
				continue;
			/* gap149: nor one the gap reaches through a phrase of the object's own
			 * noun ("violated the ban on flights over its territory") */
			if (syntax_on(S) && gap_crosses_object(S, pt, v, vend, &mm))
				continue;
			if (!syntax_on(S) && (S->c->o.news & NEWS_CLAUSES) &&
			    past_subordinator(S, vend, last_word(S, vend, &mm), mm.lower_first))
				continue;
			int actual = dict_pattern_match_length(pt, mm.alt_chars);
			/* of two patterns naming one noun after the verb, the verb's own object
			 * wins over a noun in a modifier ("violated the ceasefire along the
			 * border": the ceasefire; syn_object_noun) */
			int obj = syntax_on(S) ? syn_object_noun(S, pt, v, last_word(S, vend, &mm))
					       : -1;
			if (late ? obj == 1 : !hit || (obj == 1 && hit_obl) ||
			    (actual > hit_len && !(obj == 0 && hit_bare && !hit_obl))) {
				hit = pt;
				hit_len = actual;
				hit_obl = obj == 0;
				hit_bare = obj >= 0;
				hit_final = dict_pattern_match_final(pt, actual);
				*m = mm;
			}
			if (hit_final && !hit_obl)
				break;
		}
	}
	return hit;
}

/* Source and target the pattern designates ($, +, %); returns 1 when it designated any. */
static int designated_slots(coder_sent *S, const coder_match *m, coder_slot *src,
			    coder_slot *tgt, coder_cand *cd)
{
	if (m->cmp >= 0) {
		actors_make_slot(S, m->cmp, src);
		slot_copy(tgt, src);
		cd->same = 1;
		return 1;
	}
	/* "criticism from opposition parties": the agent's open phrase (pattern.c) */
	int open = m->src < 0 && m->src_to >= 0 && news_open_span(S, m->src_from, m->src_to, src);
	if (m->src >= 0)
		actors_make_slot(S, m->src, src);
	if (m->tgt >= 0)
		actors_make_slot(S, m->tgt, tgt);
	else if (m->tgt_to >= 0 && news_open_span(S, m->tgt_from, m->tgt_to, tgt))
		return 1;   /* "ordered the army to": the agent's open phrase (pattern.c) */
	return m->src >= 0 || open || m->tgt >= 0;
}

/* source95: 1 when a pattern's designated target (tgt) is an object pronoun right after
 * verb v..vend ("prohibited him from", "urged them to") whose referent is an actor of the
 * words before the verb in the clause from lo: that actor is the verb's subject, and a
 * plain object pronoun never names its own clause's subject ("himself" does). Taken as
 * that actor, the pronoun made the source search skip the subject ("Kenya prohibited him
 * from entering": --- KEN); it is someone else, unknown here (the story context may name
 * the person, ctxobj.c). Not a possessive ("its", "their"). */
static int own_subject_pronoun(coder_sent *S, const coder_slot *tgt, int lo, int v, int vend)
{
	if (tgt->n != 1 || !tgt->pronoun || tgt->pos != vend + 1 || tgt->pos >= S->nt ||
	    S->t[tgt->pos].actor < 0)
		return 0;
	const coder_actor *p = &S->a[S->t[tgt->pos].actor];
	if (p->pron_kind == 2 || p->forwarded || p->ref < 0)
		return 0;
	const coder_actor *r = &S->a[p->ref];
	if (r->pos < lo || r->end >= v)
		return 0;
	/* the referent's phrase is the verb's subject: between them only the agent attached
	 * to it ("the Ugandan army"), auxiliaries and -ly adverbs ("has since formally") */
	int k = r->end + 1;
	if (r->agent && k < v && S->t[k].ent == r->agent && S->t[k].end >= k)
		k = S->t[k].end + 1;
	for (; k < v; k++) {
		const coder_tok *t = &S->t[k];
		if (sent_live(S, k) && t->type != TY_AUX && !tok_has(t, WF_AUX) &&
		    !(t->n > 3 && tok_ends(t, "LY")))
			return 0;
	}
	return 1;
}

/* 1 for a deed of force, CAMEO 17-20 (coerce, assault, fight, mass violence). */
static int force_code(const char *a)
{
	return a && a[0] && a[1] && ((a[0] == '1' && a[1] >= '7') || (a[0] == '2' && a[1] == '0'));
}

/* misc52: assault, fight, mass violence (18-20): deeds an attack does. */
static int violence_code(const char *a)
{
	return a && a[0] && a[1] && ((a[0] == '1' && a[1] >= '8') || a[0] == '2');
}

/* source98: without the parse, an actor in a place phrase ("to", "in", "into" or "at", an
 * optional "the") right before the purpose infinitive "to" of verb v ("He has been to Japan
 * to campaign against whaling", "returned to Uganda to attack the rebels") is where the doer
 * went or stays, never the purpose clause's subject, which is the main clause's (it named
 * no actor before the place, or that actor would be src). 1 when src's first member is such
 * a place, in the clause from lo. */
static int place_before_purpose(const coder_sent *S, int lo, int v, const coder_slot *src)
{
	static const char *const place_preps[] = { "TO", "IN", "INTO", "AT", NULL };
	if (src->n < 1 || !src->m[0].a)
		return 0;
	const coder_actor *a = src->m[0].a;
	if (a->pos < lo || a->end + 2 != v || !tok_is(&S->t[v - 1], "TO"))
		return 0;
	int j = a->pos - 1;
	if (j > lo && tok_is(&S->t[j], "THE"))
		j--;
	return j >= lo && tok_in(&S->t[j], place_preps);
}

/* andsubj118: 1 when src, found in the clause from lo after "and" or "but", is that clause's
 * own subject though no dictionary actor opens it: its phrase opens the clause (a determiner or a
 * number before it passed over) and a past verb v (actors_past_verb) follows it ("...
 * a police station and soldiers arrested three students"): the subject kept from the first
 * clause is not this verb's. "and then seized the town" (no noun first) keeps it. */
static int agent_opens_clause(coder_sent *S, int lo, int v, const coder_slot *src)
{
	int i = lo;
	while (i < v && (!sent_live(S, i) || S->t[i].type == TY_DET || S->t[i].cls == C_NUMBER))
		i++;
	if (!src->n || !src->m[0].a)
		return 0;
	/* shclause123: an adverb or two between ("and police later arrested") */
	int e = src->m[0].a->end + 1;
	while (e < v && e <= src->m[0].a->end + 2 && actors_subject_adverb(&S->t[e]))
		e++;
	return lo > 0 && S->t[lo - 1].type == TY_CONJ &&
	       (tok_is(&S->t[lo - 1], "AND") || tok_is(&S->t[lo - 1], "BUT")) &&
	       src->m[0].a->pos == i && e == v && actors_past_verb(S, v);
}

/* andsubj118: without the parse, 1 when the clause from lo opens with a subject no dictionary
 * actor names but the news rules read (news_open_subject: a bare agent, "soldiers", "the
 * police") right before its past verb v (agent_opens_clause); it is put in src. A subject
 * that names no side ("many", "some") is left to the other rules. */
static int agent_subject(coder_sent *S, int lo, int v, int sv, coder_slot *src)
{
	coder_slot z;
	slot_empty(&z);
	if (!news_open_subject(S, lo, sv, &z) || !z.n || !strcmp(z.m[0].code, "---") ||
	    !agent_opens_clause(S, lo, v, &z))
		return 0;   /* "but many expressed": no side named, the rule stays out */
	slot_copy(src, &z);
	return 1;
}

static int dash_before(const coder_sent *S, int k);

/* shsource149: --shallow, the first actor of the clause a speech verb (SPEECH_WORDS, not
 * "told": its object is the hearer) reports before verb u, with no other verb between:
 * "Security sources said Wednesday a Pakistani military operation rescued": the operation's
 * side (PAKMIL), put in open, the speech verb in *spk. news_reported_subject reads only a
 * subject right before u; this is asked for the first of two joined verbs alone. */
static void reported_first_actor(coder_sent *S, int u, int *spk, coder_slot *open)
{
	static const char *const tell[] = { "TELL", "TELLS", "TOLD", NULL };
	for (int s = u - 1; s >= 1 && s >= u - 14; s--) {
		if (sent_live(S, s) && S->t[s].type == TY_VERB && !tok_in(&S->t[s], SPEECH_WORDS))
			return;
		if (S->t[s].cap || !tok_in(&S->t[s], SPEECH_WORDS))
			continue;   /* not the name "State Department" */
		if (tok_in(&S->t[s], tell) || !sent_find_actor(S, s + 1, u, NULL, 0, open))
			return;
		/* the actor opens the clause: "that", an article or a time phrase alone before
		 * it ("say they take comfort in Beijing's promises": not Beijing) */
		int p = s + 1 + tok_is(&S->t[s + 1], "THAT"), q = open->m[0].a->pos;
		if (q > p && S->t[q - 1].type == TY_DET)
			q--;
		if (q > p && !context_time_lead(S, p, q)) {
			open->n = 0;
			return;
		}
		*spk = s;
		return;
	}
}

/* shsource149: --shallow, the reported clause a bare verb joined by "and" (an adverb or two
 * between: "and later killed") continues, read like news_reported_subject for the verb before
 * that "and": "Security sources said a Pakistani operation rescued 190 passengers and killed
 * 30 terrorists", "Officials said the rebels seized the town and then killed 30 soldiers":
 * the second deed is the reported subject's too, not the speaker's (no subject of its own
 * stands between "and" and v). Returns as news_reported_subject (-1 and open->n set: an
 * agent phrase); *conj 1 when the subject came from the earlier verb. */
static int reported_subject_or_conjunct(coder_sent *S, int lo, int v, int *spk,
					coder_slot *open, int *conj)
{
	*conj = 0;
	int rs = news_reported_subject(S, lo, v, spk, open);
	if (rs >= 0 || open->n)
		return rs;
	/* the "and" may close the clause before (lo - 1): the first verb lies in that one */
	int a = v - 1;
	while (a >= lo && a >= v - 2 && actors_subject_adverb(&S->t[a]))
		a--;
	if (a < 1 || a < lo - 1 || !tok_is(&S->t[a], "AND"))
		return -1;
	/* ", and" or "— and" may join the speech verb's own second deed ("argue X has never had
	 * a claim — and object to the deal"): the speaker's */
	if (S->t[a - 1].cls == C_COMMA || dash_before(S, a))
		return -1;
	/* the nearest verb before it: a dictionary verb or another past in -ed ("rescued") */
	for (int u = a - 1; u > 0; u--) {
		const coder_tok *t = &S->t[u];
		if (!sent_live(S, u) || (t->type != TY_VERB && (t->cap || t->type == TY_ACTOR ||
								t->n < 5 || !tok_ends(t, "ED"))))
			continue;
		rs = news_reported_subject(S, u < lo ? 0 : lo, u, spk, open);
		if (rs < 0 && !open->n)
			reported_first_actor(S, u, spk, open);
		*conj = rs >= 0 || open->n;
		return rs;
	}
	return -1;
}

/* shappeal155: --shallow, 1 when the -ing participle at v after a comma has the subject of
 * the verb before the comma as its doer (news_comma_tail: "The Senate voted 90-8, urging
 * China to free ...": the Senate) and that side is not the target tgt: *src gets it. */
static int comma_tail_source(coder_sent *S, int lo, int v, const coder_slot *keep,
			     const coder_slot *tgt, coder_slot *src)
{
	coder_slot doer;
	slot_empty(&doer);
	if (!news_comma_tail(S, lo, v, keep, &doer) || !distinct(tgt, &doer))
		return 0;
	slot_copy(src, &doer);
	return 1;
}

/* shquoteextra164: --shallow, 1 when actor a stands inside a quotation whose speaker the
 * sentence names after it (a speech word follows the last quote mark: '"...," the diplomats
 * said') as the object of a preposition ("for", "of", "in", "from", "with", "between",
 * "among", "against", "about", an article between allowed): '"We called for Russia to
 * reciprocate ...," the diplomats said in ... their talks' (Russia does not hold the talks),
 * '"... negotiations with China ... cheap Chinese imports are harming our economy," he
 * said'. Such a name is what the speaker speaks of, never a later verb's doer by position;
 * the quote's doer is its subject or its first person, the speaker. Not "by" (a passive's
 * agent: '"He was hunted down by our warfighters," Trump wrote'), nor a possessive
 * ("part of China's policy of ... putting pressure": China's policy does it) or the head of
 * a clause on it ("of Syrians who resisted the regime"); the caller leaves the tail's
 * speech verb to the speaker rules. */
static int quoted_prep_object(const coder_sent *S, const coder_actor *a)
{
	static const char *const prep[] = { "FOR", "OF", "IN", "FROM", "WITH", "BETWEEN",
					    "AMONG", "AGAINST", "ABOUT", NULL };
	int j = a->pos - 1, q = -1, said = 0;
	if (j > 0 && tok_in(&S->t[j], ARTICLES))
		j--;
	if (j < 0 || !tok_in(&S->t[j], prep) || !context_quoted_at(S, a->pos) || a->end < 0 ||
	    a->end >= S->nt || tok_possessive(&S->t[a->end]) ||
	    (a->end + 1 < S->nt && tok_has(&S->t[a->end + 1], WF_REL | WF_CLAUSE)))
		return 0;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].cls == C_QUOTE)
			q = i;
	for (int i = q + 1; q > a->pos && i < S->nt && !said; i++)
		said = tok_in(&S->t[i], SPEECH_WORDS);
	return said;
}

/* TABARI's source rules: the first actor before the verb (or the subject a later clause
 * keeps), the previous clause's source, news subjects, DEFAULT: SOURCE, the first actor
 * after the verb. */
static void find_source(coder_sent *S, int lo, int v, int vend, int hi,
			const coder_slot *carried, const coder_slot *keep, const coder_slot *tgt,
			coder_slot *src)
{
	const dict_options *o = &S->c->o;
	/* srcsh92: the subject ends before a relative clause on it ("Students who support Ghana
	 * marched"); then no actor after the verb is its doer either */
	int sv = (o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) ? news_relative_cut(S, lo, v) : v;
	/* clauseat117: nor in a reduced relative's "by" phrase on it ("rebels backed by X") */
	if (o->news & NEWS_OPEN_ACTORS)
		sv = news_participle_cut(S, lo, sv);
	if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_led_by_subject(S, lo, v, src)) {
		;   /* actor79: "senators led by A and B sent": the senators */
	} else if ((o->news & NEWS_OPEN_ACTORS) && lo > 0 && S->t[lo - 1].type == TY_CONJ &&
		   carried && carried->n && !syntax_on(S) && news_conj_subject(S, lo, v, src)) {
		;   /* without the parse: "..., and four of them blew themselves up" */
	} else if (sent_find_actor(S, lo, sv, tgt->n ? tgt : NULL, 0, src)) {
		/* a later clause keeps the sentence's subject unless an actor opens it;
		 * shandthe123: --shallow, a clause after ", and" (", but") kept as its own
		 * (clause84/82 break on the comma) opens with its actor over THE ("..., and
		 * the Malian army attacked") as without it ("..., and Malian troops") */
		int op = (o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && lo > 1 &&
			 lo + 1 < sv && S->t[lo - 2].clause_break && tok_is(&S->t[lo], "THE") ?
			 lo + 1 : lo;
		/* shreport152: --shallow, "said the issue is being handled and that Egypt was
		 * supportive": the clause's "that" opens a reported clause; an actor right
		 * after it (an article between) is its own subject, not the speaker. Not the
		 * speaker's own side ("China's ambassador said ... that Beijing was"): the
		 * speaker states it for its side and stays the source */
		if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && op == lo && lo + 1 < sv &&
		    tok_is(&S->t[lo], "THAT") && keep && keep->n) {
			int f = lo + 1 + (lo + 2 < sv && tok_is(&S->t[lo + 1], "THE"));
			if (!syn_same_side(S, sent_actor_at(S, f), keep))
				op = f;
		}
		if (keep && keep->n && sent_actor_at(S, op) < 0 && (!tgt->n || distinct(tgt, keep)))
			slot_copy(src, keep);
	} else if ((o->news & NEWS_OPEN_ACTORS) && lo > 0 && S->t[lo - 1].type == TY_CONJ &&
		   carried && carried->n && syntax_clause_subject(S, lo, v, src)) {
		;   /* "..., and security forces arrested": the clause's own subject */
	} else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && carried && carried->n &&
		   agent_subject(S, lo, v, sv, src)) {
		;   /* andsubj118: "... and soldiers arrested": the clause's own subject */
	} else if (carried && carried->n && (!tgt->n || distinct(tgt, carried))) {
		slot_copy(src, carried);
	} else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && keep && keep->n &&
		   (!tgt->n || distinct(tgt, keep)) && news_bare_conjunct(S, lo, v, keep)) {
		slot_copy(src, keep);   /* clause100: "did not attack X but warned Y" */
	} else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !(carried && carried->n) &&
		   comma_tail_source(S, lo, v, keep, tgt, src)) {
		;   /* shappeal155: "The Senate voted 90-8, urging China to" */
	} else if ((o->news & NEWS_OPEN_ACTORS) && news_named_subject(S, lo, sv, src)) {
		;   /* "Uribe defended ...": a subject the dictionaries do not know */
	} else if ((o->news & NEWS_OPEN_ACTORS) && news_open_subject(S, lo, sv, src)) {
		;   /* "The statement criticised Pakistan": not the object as subject */
	} else if (o->default_source && o->default_source_prior) {
		default_slot(S, o->default_source, src);
	} else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
		   (sv < v || news_pronoun_subject(S, lo, v))) {
		;   /* shsaid54: "That has raised questions about what Iran is doing" */
	} else if ((o->news & NEWS_OPEN_ACTORS) && !tgt->n &&
		   news_object_owner_after(S, vend, hi)) {
		/* source95: "blamed restrictions by Ghana": its target */
		event_null_slot(S, src);
	} else if (!sent_find_actor(S, vend + 1, hi, tgt->n ? tgt : NULL, 0, src) &&
		   o->default_source) {
		default_slot(S, o->default_source, src);
	} else if (src->n && (o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
		   strlen(src->m[0].code) > 3 && news_place_phrase(S, vend, src->m[0].a->pos)) {
		/* ctx54: "fighting continued in Khartoum": the capital the deed is done in
		 * (SDNGOV), not its doer, which a capital is only as a subject; a bare country
		 * so placed stays, the deed's side more often ("visit cities in China") */
		slot_empty(src);
	}
	if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && place_before_purpose(S, lo, v, src))
		event_null_slot(S, src);   /* source98: "went to Japan to campaign": not Japan */
}

/* tgtmiss115: --shallow, the side a deed noun's "by" agent a went to or acted on: right
 * after the agent's name (its capitalised words), "to", "on" or "against" and, over an
 * article, an actor other than the source ("a visit by Kenya's president to Uganda", "an
 * attack by Kenya on Uganda"): that actor becomes the target. A place of the scene ("in
 * Paris") or an instrument's origin ("with drones from Iran") is no such phrase. */
static void by_agent_goal(coder_sent *S, const coder_actor *a, int hi,
			  const coder_slot *src, coder_slot *tgt)
{
	static const char *const goal[] = { "TO", "ON", "AGAINST", NULL };
	int j = a->end + 1;
	while (j < hi && j - a->end <= 4 && S->t[j].cls == C_WORD && S->t[j].cap &&
	       !tok_in(&S->t[j], goal))
		j++;
	if (j >= hi || !tok_in(&S->t[j], goal))
		return;
	int k = j + 1;
	if (k < hi && tok_in(&S->t[k], ARTICLES))
		k++;
	coder_slot y;
	if (k < hi && sent_find_actor(S, k, hi, src, 0, &y) && y.m[0].a && y.m[0].a->pos == k)
		slot_copy(tgt, &y);
}

/* relcl107 (both paths: syntax.c rechoose_target too): 1 when target actor a, found before
 * the verb at v, lies in a comma aside that a relative "who", "which" or "whose" opens after
 * the source's phrase (no verb between them) and a comma closes before v ("Modi, who was
 * chief guest at a Kenyan festival, said ..."): the aside describes the subject; its words
 * are no side of the main verb (the aside's own deed is coded by its own clause). */
int event_relative_aside(const coder_sent *S, const coder_slot *src, const coder_actor *a,
			 int v)
{
	static const char *const rel[] = { "WHO", "WHICH", "WHOSE", NULL };
	const coder_actor *s = src->n ? src->m[0].a : NULL;
	if (!s || s->pos < 0 || !a || a->pos < 0 || a->pos <= s->end || a->end >= v)
		return 0;
	int c = a->pos - 1;
	while (c > s->end && S->t[c].cls != C_COMMA)
		c--;
	if (c <= s->end || c + 1 >= a->pos || !tok_in(&S->t[c + 1], rel))
		return 0;
	for (int k = s->end + 1; k < c; k++)
		if (S->t[k].type == TY_VERB || S->t[k].cls != C_WORD)
			return 0;   /* the source's phrase runs up to the aside's comma */
	for (int k = a->end + 1; k < v; k++)
		if (S->t[k].cls == C_COMMA)
			return 1;
	return 0;
}

/* place117, without the parse: 1 when actor a is one plural word that "as" opens and a
 * comma or "we" closes ("says as Kenyans, this is ..."): the speakers' identity, no side. */
static int identity_as(const coder_sent *S, const coder_actor *a)
{
	if (!a || a->pos < 1 || a->end != a->pos || a->end + 1 >= S->nt)
		return 0;
	const coder_tok *n = &S->t[a->end + 1];
	return tok_is(&S->t[a->pos - 1], "AS") && tok_ends(&S->t[a->pos], "S") &&
	       (n->cls == C_COMMA || tok_is(n, "WE"));
}

/* place117, without the parse: 1 when actor a, found before the verb, is the place that
 * "in" gives at the end of the source's own phrase (its name, then at most two words, no
 * verb: "a spokesman for the U.S. military in Somalia tweeted"), with no verb between it
 * and the deed's verb v: it locates the source, it is no side of the source's own deed. */
static int source_located(const coder_sent *S, const coder_slot *src, const coder_actor *a,
			  int v)
{
	const coder_actor *s = src->n ? src->m[0].a : NULL;
	if (!s || s->pos < 0 || !a || a->pos <= s->end + 1 || a->pos > s->end + 4 ||
	    !tok_is(&S->t[a->pos - 1], "IN"))
		return 0;
	static const char *const rel[] = { "WHO", "WHICH", "THAT", NULL };
	for (int k = s->end + 1; k < a->pos - 1; k++)
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB || tok_in(&S->t[k], rel))
			return 0;   /* "Uyghurs who remain in Thailand": a clause, not a name */
	for (int k = a->end + 1; k < v; k++)
		if (S->t[k].type == TY_VERB)
			return 0;   /* "a reporter in Nairobi said ... were killed": speech96 */
	return 1;
}

/* shplace118, without the parse (synactor.c object_not_place with it): the place of a deed
 * is no side of it when its people stand before it as the verb's object ("arrested seven
 * militants, including two women, in a raid in Anbar", "deported 173 migrants to Turkey"):
 * a target that is a bare place (a three-letter country code) after IN, AT, NEAR, OUTSIDE,
 * INSIDE, INTO or TO (and THE) gives way to the open phrase right after the verb when its
 * agent word names civilians, refugees or rebels. Officials, troops or things stay ("sent
 * troops to Mali", "imposed tariffs on goods exported to Canada": the place). */
static void object_before_place(coder_sent *S, int vend, int hi, coder_slot *tgt)
{
	static const char *const at[] = { "IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "INTO", "TO",
		NULL };
	static const char *const people[] = { "~CVL", "~REF", "~REB", NULL };
	const coder_actor *a = tgt->n && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!a || a->pos <= vend + 2 || a->pos >= hi)
		return;
	for (int i = 0; i < tgt->n; i++)
		if (strlen(tgt->m[i].code) != 3)
			return;   /* "Georgia and Armenia": each a bare place */
	int k = a->pos - 1;
	if (tok_is(&S->t[k], "THE"))
		k--;
	if (k <= vend + 1 || !tok_in(&S->t[k], at))
		return;
	coder_slot obj;
	if (!news_open_object(S, vend, k, &obj) || obj.n != 1 || !obj.m[0].a ||
	    obj.m[0].a->end >= k)
		return;
	/* the people word ends the phrase ("173 migrants"), no modifier ("public sentiment",
	 * "a passenger train") */
	const coder_tok *e = &S->t[obj.m[0].a->end];
	if (e->type != TY_AGENT || !e->ent || e->ent->type != ENT_AGENT)
		return;
	for (int i = obj.m[0].a->pos; i < obj.m[0].a->end; i++)
		if (tok_is(&S->t[i], "OF"))
			return;   /* "the casualties of the civilians": a thing of theirs */
	for (int i = vend + 1; i < k; i++)   /* a gerund after OF or a preposition no clause's */
		if (S->t[i].type == TY_VERB && !tok_has(&S->t[i - 1], WF_PREP) &&
		    !tok_is(&S->t[i - 1], "OF"))
			return;   /* "said 80 passengers had arrived at ... in Kenya": a clause */
	/* shspan153: "deported 173 mostly women and children to Turkey": a second people word
	 * joined by "and" right before the place's preposition is the phrase's too */
	int end = obj.m[0].a->end;
	coder_slot both;
	if (end + 3 == k && tok_is(&S->t[end + 1], "AND") && S->t[end + 2].type == TY_AGENT &&
	    news_open_span(S, obj.m[0].a->pos, end + 2, &both) &&
	    !strcmp(both.m[0].code, obj.m[0].code))
		obj = both;
	for (int i = 0; people[i]; i++)
		if (!strcmp(obj.m[0].code, people[i])) {
			slot_copy(tgt, &obj);
			return;
		}
}

/* 1 when every actor of slot tgt is one of slot src's: "his" standing for the French
 * president who is the source (own_possessive, own_possessive_past). */
static int slot_within(const coder_slot *tgt, const coder_slot *src)
{
	for (int k = 0; k < tgt->n; k++) {
		int in = 0;
		for (int j = 0; j < src->n && !in; j++)
			in = tgt->m[k].a && tgt->m[k].a == src->m[j].a;
		if (!in)
			return 0;
	}
	return 1;
}

/* shposs123: --shallow, 1 when target slot tgt is a possessive pronoun ("his", "its",
 * "their") after verb end vend and before the last word `noun` its pattern took, whose
 * referent is the source's own actor: "The French president conveyed his condolences to
 * Egypt", "Kenyan lawmakers voiced their strong support for Ethiopia". The possessive
 * determines the pattern's noun, the speaker's own feeling; its code, the referent's
 * dictionary code (FRA), differs from the phrase's code with its agent (FRAGOV), so the code
 * test took it for the other side and the event with itself was lost. A possessive past the
 * pattern's words ("said its tariffs ...") is left alone. */
static int own_possessive(const coder_sent *S, const coder_slot *src, const coder_slot *tgt,
			  int vend, int noun)
{
	if (syntax_on(S) || !(S->c->o.news & NEWS_OPEN_ACTORS) || !tgt->pronoun || !tgt->n ||
	    tgt->pos <= vend || tgt->pos >= noun || !tok_has(&S->t[tgt->pos], WF_POSS))
		return 0;
	/* "her" may be an object ("barred her from leaving", "urged her to"): a determiner
	 * only before a word that is no preposition, article or TO */
	const coder_tok *n = &S->t[tgt->pos + 1];
	if (tok_is(&S->t[tgt->pos], "HER") && (n->cls != C_WORD || n->type == TY_DET ||
					      tok_has(n, WF_PREP) || tok_is(n, "TO")))
		return 0;
	return slot_within(tgt, src);
}

/* shmiss147: --shallow, 1 when target slot tgt is a possessive pronoun past the words verb
 * v's pattern took (noun) that stands for the source's own actor, and v is no verb of speech:
 * "Zimbabwean police arrested the pastor after his speech", "The minister thanked his
 * supporters". The possessive names the owner of a noun of the source's own, never the other
 * side; taken as the target, the event with itself was lost (the parse path takes the
 * object). A speech verb's possessive ("said its tariffs would stay") opens the reported
 * clause: left to shposs123's reading; so are "her" (may be the object), a possessive past
 * a comma, "its" past an article's object and one in a reduced relative on another noun. */
static int own_possessive_past(const coder_sent *S, const coder_slot *src, const coder_slot *tgt,
			       int v, int vend, int noun)
{
	if (syntax_on(S) || !(S->c->o.news & NEWS_OPEN_ACTORS) || !tgt->pronoun || !tgt->n ||
	    tgt->pos <= vend || tgt->pos < noun || tok_is(&S->t[tgt->pos], "HER") ||
	    !tok_has(&S->t[tgt->pos], WF_POSS) || tok_in(&S->t[v], SPEECH_WORDS))
		return 0;
	/* a reduced relative on an article's noun other than the source ("the case of a journalist
	 * arrested over his interviews"): "his" is that noun's */
	const coder_actor *a = src->n ? src->m[0].a : NULL;
	if (v >= 2 && news_relative_participle(S, v) && S->t[v - 2].type == TY_DET &&
	    !S->t[v - 1].cap && (!a || a->pos < 0 || a->end != v - 1))
		return 0;
	/* "banned a newspaper over its reports": "its" past an article's object is as likely
	 * the object's (speakers135's record keeps that story's one event) */
	int its = tok_is(&S->t[tgt->pos], "ITS");
	for (int k = vend + 1; k < tgt->pos; k++)
		if (tok_is(&S->t[k], ",") || (its && S->t[k].type == TY_DET))
			return 0;   /* past a comma: an aside's or another clause's owner */
	return slot_within(tgt, src);
}

/* TABARI's target rules: the first other actor after the verb, DEFAULT: TARGET AFTER, the
 * nearest other actor before it, the compound source itself, DEFAULT: TARGET. noun is the
 * last word the verb's pattern took after it (-1: none; own_possessive). */
static void find_target(coder_sent *S, int lo, int v, int vend, int hi, int noun,
			const coder_slot *src, coder_slot *tgt)
{
	const dict_options *o = &S->c->o;
	int from = vend + 1;
	if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_told_object(S, v, vend, src, tgt))
		return;   /* shtoldtgt164: "told national governments that they ..." */
	while (sent_find_actor(S, from, hi, src, 0, tgt)) {
		if (own_possessive(S, src, tgt, vend, noun) ||
		    own_possessive_past(S, src, tgt, v, vend, noun)) {
			from = tgt->pos + 1;
			slot_empty(tgt);
			continue;
		}
		/* participle53: the agent of a participle after the verb ("in a deal brokered by
		 * X") is the participle's doer; the verb's target is sought past it */
		if (!(o->news & NEWS_OPEN_ACTORS) || (!news_relative_agent(S, vend, tgt->pos) &&
		    (syntax_on(S) || tgt->n != 1 || !identity_as(S, tgt->m[0].a)))) {
			if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S))
				object_before_place(S, vend, hi, tgt);
			return;
		}
		int next = tgt->pos + 1 > from ? tgt->pos + 1 : from + 1;
		for (int i = 0; i < tgt->n; i++)
			if (tgt->m[i].a->end + 1 > next)
				next = tgt->m[i].a->end + 1;
		from = next;
		slot_empty(tgt);
	}
	if (o->default_target && o->default_target_after && !any_real_actor(S, vend + 1, hi))
		default_slot(S, o->default_target, tgt);
	else if (sent_find_actor(S, lo, !(o->news & NEWS_OPEN_ACTORS) ? v :
				 news_participle_cut(S, lo, syntax_on(S) ? v :
						     news_relative_cut(S, lo, v)), src, 1, tgt)) {
		/* source98: "He went to Japan to protest": with no doer named, the place is no
		 * side of the purpose ("Ruto went to Japan to protest" keeps it, as the parse) */
		if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
		    (!src->n || !strcmp(src->m[0].code, "---")) &&
		    place_before_purpose(S, lo, v, tgt))
			event_null_slot(S, tgt);
		else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && tgt->n == 1 &&
			 event_relative_aside(S, src, tgt->m[0].a, v))
			event_null_slot(S, tgt);   /* relcl107 */
		else if ((o->news & NEWS_OPEN_ACTORS) && !syntax_on(S) && tgt->n == 1 &&
			 source_located(S, src, tgt->m[0].a, v))
			event_null_slot(S, tgt);   /* place117 */
	} else {
		/* srcsh92: not the object of a relative clause on the subject */
		if (src->n > 1 && src->m[0].a->group >= 0)
			slot_copy(tgt, src);
		else if (o->default_target)
			default_slot(S, o->default_target, tgt);
	}
}

void event_null_slot(coder_sent *S, coder_slot *tgt)
{
	coder_actor *a = arena_alloc(&S->c->scratch, sizeof *a);
	if (a) {
		memset(a, 0, sizeof *a);
		a->pos = a->end = ACTOR_NO_WORDS;
		a->group = a->ref = -1;
		tgt->n = 1;
		tgt->m[0].code = "---";
		tgt->m[0].a = a;
		tgt->pos = ACTOR_NO_WORDS;
		tgt->key = "";
	}
}

/* 1 when open phrase o covers a token of the source's actor. */
static int holds_source(const coder_actor *o, const coder_slot *src)
{
	const coder_actor *a = src->m[0].a;
	return a && a->pos >= 0 && o->pos <= a->end && a->pos <= o->end;
}

/* 1 when slot s is one open phrase that names no one (no dictionary actor, no agent word:
 * "a mortar and rocket attack"): a thing, no side. */
static int open_thing(const coder_slot *s)
{
	return s->n == 1 && s->m[0].a && s->m[0].a->pos >= 0 && !s->m[0].a->ent &&
	       s->m[0].code && !strcmp(s->m[0].code, "---");
}

/* target55, without the parse (syntax.c discussed_topic with it): what is discussed is a
 * topic, not a partner ("Ministers discussed Iran's nuclear programme"): a consultation
 * (04x) whose target follows "discuss" with no "with" between them takes the
 * first actor after a later "with" of the clause instead, else none. */
static void discussed_topic(coder_sent *S, int v, int vend, int hi, const char *a,
			    const coder_slot *src, coder_slot *tgt)
{
	static const char *const discuss[] = { "DISCUSS", "DISCUSSED", "DISCUSSES", "DISCUSSING",
		NULL };
	if (!a || strncmp(a, "04", 2) || !tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend ||
	    !tok_in(&S->t[v], discuss))
		return;
	int i = vend + 1;
	for (; i < hi && i < tgt->m[0].a->pos; i++)
		if (tok_is(&S->t[i], "WITH"))
			return;   /* "discussed a plan with Iran's envoy": the envoy */
	for (; i < hi && S->t[i].cls != C_COMMA && S->t[i].type != TY_VERB; i++)
		if (tok_is(&S->t[i], "WITH") && sent_find_actor(S, i + 1, hi, src, 0, tgt))
			return;
	event_null_slot(S, tgt);
}

/* shspan153: 1 when token t names a meeting held ("talks", "a summit", "negotiations", "the
 * meeting"): words.c TALK_NOUNS and NEGOTIATION_NOUNS, and "meeting" (in neither: between51
 * reads no single meeting as mutual). */
static int meeting_noun(const coder_tok *t)
{
	return tok_in(t, TALK_NOUNS) || tok_in(t, NEGOTIATION_NOUNS) || tok_is(t, "MEETING");
}

/* shspan153: --shallow, the partner of a meeting the target only names the place or forum
 * of: a target actor right before a meeting's noun ("talks", "consultations", a lower-case
 * word or two between) that "with" and another actor follow is the meeting's modifier, and
 * the actor after "with" (and "the") is the side met: "Rubio will join Waltz for the Jeddah
 * talks with Ukrainian officials" (was SAU, now UKRGOV), "Canada requested World Trade
 * Organization dispute consultations with the U.S." (was IGOWTO, now USA). Left alone: a
 * possessive owner ("Iran's talks with the IAEA": a party), a "with" phrase that names no
 * actor within two words, and the parse path (the object's noun takes its own "with"). */
static void meeting_partner(coder_sent *S, int vend, const coder_slot *src, coder_slot *tgt)
{
	const coder_actor *a = tgt->n == 1 && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!a || a->pos <= vend || a->end < a->pos || a->end + 3 >= S->nt ||
	    tok_possessive(&S->t[a->end]))
		return;
	int k = a->end + 1;
	while (k < a->end + 3 && k < S->nt - 2 && !meeting_noun(&S->t[k]) &&
	       S->t[k].cls == C_WORD && !S->t[k].cap && S->t[k].type != TY_VERB &&
	       !tok_has(&S->t[k], WF_PREP))
		k++;
	if (!meeting_noun(&S->t[k]) || !tok_is(&S->t[k + 1], "WITH"))
		return;
	coder_slot met;
	if (sent_find_actor(S, k + 2, S->nt, src, 0, &met) && !met.pronoun &&
	    met.m[0].a->pos <= k + 3 && (met.m[0].a->pos == k + 2 ||
					 tok_is(&S->t[k + 2], "THE")))
		*tgt = met;
}

/* target77, without the parse (syntax.c about_partner with it): a consultation (04x) whose
 * verb is followed by "with" met its partner there ("spoke with Armitage about his trip to
 * Taiwan"): a target after a later "about", "regarding" or "concerning", with no comma or
 * verb between, is the topic and is dropped. */
static void about_partner(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	static const char *const about[] = { "ABOUT", "REGARDING", "CONCERNING", NULL };
	if (!a || strncmp(a, "04", 2) || !tgt->n || !tgt->m[0].a || vend + 1 >= S->nt ||
	    tgt->m[0].a->pos <= vend + 1 || !tok_is(&S->t[vend + 1], "WITH"))
		return;
	for (int i = vend + 2; i < tgt->m[0].a->pos; i++) {
		if (S->t[i].cls == C_COMMA || S->t[i].type == TY_VERB)
			return;
		if (tok_in(&S->t[i], about)) {
			event_null_slot(S, tgt);
			return;
		}
	}
}

/* target65, without the parse (syntax.c worry_topic with it): a plain statement (010) on a
 * worry ("dismissed concerns about Nigerian fuel imports") is not made to an actor in the
 * worry's topic: a target after a noun of worry that follows the verb, then "about", "over"
 * or "regarding" before the target with no comma or verb between, is dropped. */
static void worry_topic(coder_sent *S, int vend, int hi, const char *a, coder_slot *tgt)
{
	static const char *const worry[] = { "CONCERN", "CONCERNS", "WORRY", "WORRIES", "FEAR",
		"FEARS", "DOUBTS", "ANXIETY", NULL };
	static const char *const about[] = { "ABOUT", "OVER", "REGARDING", NULL };
	if (!a || strcmp(a, "010") || !tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend)
		return;
	int i = vend + 1, end = tgt->m[0].a->pos;
	while (i < end && i < hi && i < vend + 4 && !tok_in(&S->t[i], worry))
		i++;   /* "the", "new", "lingering" before the noun */
	if (i >= end || i >= hi || !tok_in(&S->t[i], worry))
		return;
	for (i++; i < end; i++) {
		if (S->t[i].cls == C_COMMA || S->t[i].type == TY_VERB)
			return;
		if (tok_in(&S->t[i], about)) {
			event_null_slot(S, tgt);
			return;
		}
	}
}

/* target102: a source of no code that names a person the story named before with a code
 * ("Rasmussen told VOA ...", context_named_code on its words) takes that code now, as the
 * story's context would later, so that rules waiting for a coded source need not wait (an
 * event of no sides is dropped before the context names one). Returns 1 when it took one. */
static int source_named_before(coder_sent *S, coder_slot *src)
{
	const coder_actor *a = src->n == 1 ? src->m[0].a : NULL;
	if (!a || src->pronoun || strcmp(src->m[0].code, "---") || a->pos < 0 ||
	    a->end < a->pos || a->end >= S->nt)
		return 0;
	const char *text = sent_span_text(S, a->pos, a->end);
	const char *code = text ? context_named_code(S, text) : NULL;
	if (!code)
		return 0;
	src->m[0].code = code;
	return 1;
}

/* target102, without the parse (syntax.c origin_topic with it): a statement (01x) is not
 * made to the place a thing of its topic leaves ("had no comment on the tanker's departure
 * from Venezuela"): a target right after "from" (and "the"), which follows a noun of going
 * away after the verb, is dropped. A noun that is also a verb ("return", "exit") counts only
 * after a determiner, possessive or adjective ("his return from Iraq", not "will return
 * from Iraq"); "from" after any other word ("a letter from Iran": the sender) stays. */
static void origin_topic(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	static const char *const away[] = { "DEPARTURE", "DEPARTURES", "WITHDRAWAL",
		"WITHDRAWALS", "EVACUATION", "EVACUATIONS", "EXPULSION", "EXPULSIONS",
		"DEPORTATION", "DEPORTATIONS", "FLIGHT", NULL };
	/* nouns of going away that are verbs as well: a word of a noun phrase must lead */
	static const char *const both[] = { "EXIT", "ESCAPE", "RETREAT", "RETURN", NULL };
	if (!a || a[0] != '0' || a[1] != '1' || tgt->n != 1 || tgt->pronoun || !tgt->m[0].a)
		return;
	int k = tgt->m[0].a->pos - 1;
	if (k > vend && tok_is(&S->t[k], "THE"))
		k--;
	if (k - 1 <= vend || !tok_is(&S->t[k], "FROM"))
		return;
	const coder_tok *n = &S->t[k - 1], *d = &S->t[k - 2];
	if (tok_in(n, away) || (tok_in(n, both) && (d->type == TY_DET || d->type == TY_ADJ ||
						     tok_possessive(d))))
		event_null_slot(S, tgt);
}

/* support129, without the parse: a side named as the owner of a support noun right after the
 * verb ("reaffirmed France's backing for Lebanon", "reiterated China's support for
 * Pakistan") is the supporter, never the one supported: the target is the first actor of the
 * noun's "for" phrase, else none. Up to two modifiers may stand between the owner and the
 * noun ("Poland's full support for"); a support noun without "for" keeps its target. */
static void support_owner(coder_sent *S, int vend, int hi, const coder_slot *src,
			  coder_slot *tgt)
{
	static const char *const noun[] = { "SUPPORT", "BACKING", NULL };
	if (!tgt->n || !tgt->m[0].a || tgt->pronoun)
		return;
	const coder_actor *t = tgt->m[0].a;
	int b = t->pos - 1;
	if (b > vend && S->t[b].type == TY_DET)
		b--;   /* "the Kingdom's" */
	if (b != vend || t->end + 2 >= S->nt || !tok_possessive(&S->t[t->end]))
		return;
	int i = t->end + 1;
	for (int n = 0; n < 2 && i + 1 < S->nt && !tok_in(&S->t[i], noun) &&
	     S->t[i].cls == C_WORD && !S->t[i].cap; n++)
		i++;   /* "full", "continued", "unwavering" */
	if (i + 1 >= S->nt || !tok_in(&S->t[i], noun) || !tok_is(&S->t[i + 1], "FOR"))
		return;
	coder_slot f;
	if (sent_find_actor(S, i + 2, hi, src, 0, &f))
		*tgt = f;
	else
		event_null_slot(S, tgt);
}

/* target94, without the parse (syntax.c owner_of_thing with it): a show of force (15x) by
 * trying out or showing one's own weapons ("tested the newly acquired Russian missile
 * system") is aimed at no one: a target that follows the verb with only a determiner,
 * adverbs, adjectives or participles between and stands right before a plain lower-case
 * noun (its maker or origin, not a side) is dropped. An agent or actor word after it
 * ("Russian troops") keeps it, and so do other verbs of force ("breached the Syrian
 * border"). */
static void owner_of_thing(coder_sent *S, int v, int vend, const char *a, coder_slot *tgt)
{
	static const char *const show[] = { "TEST", "TESTS", "TESTED", "TESTING", "PARADE",
		"PARADES", "PARADED", "PARADING", "DISPLAY", "DISPLAYS", "DISPLAYED",
		"DISPLAYING", "SHOWCASE", "SHOWCASES", "SHOWCASED", "SHOWCASING", "UNVEIL",
		"UNVEILS", "UNVEILED", "UNVEILING", NULL };
	if (!a || a[0] != '1' || a[1] != '5' || !tgt->n || tgt->pronoun || !tgt->m[0].a ||
	    !tok_in(&S->t[v], show))
		return;
	const coder_actor *ac = tgt->m[0].a;
	if (ac->pos <= vend || ac->pos > vend + 5 || ac->end + 1 >= S->nt)
		return;
	for (int i = vend + 1; i < ac->pos; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->cap || tok_has(t, WF_PREP) || tok_has(t, WF_CLAUSE) ||
		    (t->type != TY_DET && t->type != TY_NULL && t->type != TY_ADJ &&
		     t->type != TY_VERB))
			return;   /* "tested missiles near the Russian border": a place */
	}
	const coder_tok *n = &S->t[ac->end + 1];
	if (n->cls != C_WORD || n->cap || tok_has(n, WF_PREP) ||
	    (n->type != TY_NULL && n->type != TY_NOUN))
		return;
	event_null_slot(S, tgt);
}

/* target71, without the parse (syntax.c claim_far_target with it): a claim of
 * responsibility or credit (015) drops a target two clauses below the claimed deed ("took
 * credit for ambushing a patrol protecting a pipeline owned by a French firm"). Between the
 * word after "for" and the target, a clause opens at an -ING word followed by an article
 * and at a word followed by "by" (a passive's agent); a comma stops the count. */
static void claim_far_target(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	static const char *const owned[] = { "RESPONSIBILITY", "CREDIT", NULL };
	if (!a || strcmp(a, "015") || !tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend)
		return;
	int i = vend + 1, end = tgt->m[0].a->pos, clauses = 0;
	while (i < end && i < vend + 3 && !tok_in(&S->t[i], owned))
		i++;
	if (i + 2 >= end || !tok_in(&S->t[i], owned) || !tok_is(&S->t[i + 1], "FOR"))
		return;
	for (i += 3; i < end; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA)
			return;
		int ing = t->n > 4 && tok_ends(t, "ING") && tok_in(&S->t[i + 1], ARTICLES);
		clauses += ing || tok_is(&S->t[i + 1], "BY");
	}
	if (clauses >= 2)
		event_null_slot(S, tgt);
}

/* place108, without the parse (syntax.c place_described with it): a force (18x to 20x) is
 * not used against a name that only describes a place of the deed ("hitting targets in areas
 * abandoned by troops loyal to the former president"). Between the verb and the target, a
 * locative word, a word (after "the", "a", "an": comment109), then an -ED word followed by
 * "by" open the place's description; a target past the agent's first two words is dropped,
 * a comma between stops the rule.
 * Leaves the agent itself ("areas held by the rebels") and "the camp in Uganda" alone. */
static void place_described(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	static const char *const loc[] = { "IN", "AT", "NEAR", "ACROSS", "AROUND", NULL };
	if (!a || !((a[0] == '1' && (a[1] == '8' || a[1] == '9')) || !strncmp(a, "20", 2)) ||
	    !tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend + 4)
		return;
	int end = tgt->m[0].a->pos;
	for (int i = vend + 1; i + 3 < end; i++) {
		if (S->t[i].cls == C_COMMA)
			return;
		/* comment109: "near the border controlled by": the place's article is skipped */
		int d = tok_in(&S->t[i], loc) && tok_in(&S->t[i + 1], ARTICLES) ? 1 : 0;
		const coder_tok *t = &S->t[i + d + 2];
		if (i + d + 3 < end && tok_in(&S->t[i], loc) && S->t[i + d + 1].cls == C_WORD &&
		    t->n > 3 && tok_ends(t, "ED") &&
		    tok_is(&S->t[i + d + 3], "BY")) {
			if (end > i + d + 5)
				event_null_slot(S, tgt);
			return;
		}
	}
}

/* 1 when a dash (-, an en or em dash) of the sentence stands right before token k; the
 * tokens drop it. */
static int dash_before(const coder_sent *S, int k)
{
	const char *p = S->c->sentence.p;
	int j = S->t[k].ostart - 1;
	while (j >= 0 && p[j] == ' ')
		j--;
	return j >= 0 && (p[j] == '-' || (j >= 2 && !strncmp(p + j - 2, "\xe2\x80\x94", 3)) ||
			  (j >= 2 && !strncmp(p + j - 2, "\xe2\x80\x93", 3)));
}

/* place108, --shallow: a comment appended to the clause after a comma ("..., a move analysts
 * say is aimed at increasing Nairobi's influence") names no side of the deed: 1 when a comma
 * or dash after the verb ending at vend is followed by A or AN and a noun that sums up the
 * deed (MOVE, STEP, DECISION), and the target lies past them. */
static int appended_comment(const coder_sent *S, int vend, const coder_slot *tgt)
{
	if (!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= vend + 3)
		return 0;
	for (int i = vend + 1; i + 2 < tgt->m[0].a->pos; i++)
		if ((S->t[i].cls == C_COMMA || dash_before(S, i + 1)) &&
		    tok_in(&S->t[i + 1], A_AN) && tok_in(&S->t[i + 2], DEED_SUM_NOUNS))
			return 1;
	return 0;
}

/* place108, --shallow: an appeal or demand (02x, 10x) is made to the side it asks to act, not
 * to one named in the asked deed ("encourage oil companies to compete with Ghana": the
 * companies). When the words between the verb ending at vend and a TO before the target
 * (no comma between) name an agent ("oil companies", "the rebels"), that open phrase is the
 * target. Leaves a named addressee ("urged Kenya to talk with Uganda"), words with no
 * agent and a move's destination topic70 dropped ("pressuring companies to relocate
 * production to the United States": none, by its golden convention) alone. */
static void asked_side(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	coder_slot open;
	if (!a || (strncmp(a, "02", 2) && strncmp(a, "10", 2)) || !tgt->n || !tgt->m[0].a ||
	    tgt->m[0].a->pos <= vend + 3)
		return;
	for (int i = vend + 1; i + 1 < tgt->m[0].a->pos; i++) {
		if (S->t[i].cls != C_WORD || S->t[i].actor >= 0)
			return;
		if (i > vend + 1 && tok_is(&S->t[i], "TO") && S->t[i + 1].cls == C_WORD &&
		    S->t[i + 1].type != TY_DET && S->t[i + 1].actor < 0) {
			if (news_open_span(S, vend + 1, i - 1, &open) && open.n &&
			    strcmp(open.m[0].code, "---"))
				*tgt = open;
			return;
		}
	}
}

/* shplace163: --shallow, "Militants attacked a police station in Peshawar", "Gunmen stormed an
 * army base near Kandahar": a deed of force (17-20) whose target is a bare place (a
 * three-letter code) in a locative phrase (news_place_phrase: IN, AT, NEAR, OUTSIDE, ...)
 * after an object that no dictionary entry names, ending on an agent word of a bare sector
 * (news_open_object: "a police station" ~COP), struck that agent of the place's country
 * (PAKCOP), as the parse path's place_in_object reads it. Left alone: people words, which
 * shplace118 took already; a place after TO or INTO ("sent troops to Mali": no locative);
 * an object with OF or a clause's verb before the place; other deeds ("met the governor"). */
static void placed_object(coder_sent *S, int vend, int hi, const char *a, coder_slot *tgt)
{
	const coder_actor *p = tgt->n == 1 && !tgt->pronoun ? tgt->m[0].a : NULL;
	if (!force_code(a) || !p || p->pos <= vend + 2 || p->pos >= hi ||
	    strlen(tgt->m[0].code) != 3 || !news_place_phrase(S, vend, p->pos))
		return;
	int k = p->pos - 1;
	while (k > vend && !tok_has(&S->t[k], WF_PREP))
		k--;   /* the locative preposition news_place_phrase found */
	coder_slot obj;
	/* "shot a journalist at Kabul airport": AT names a spot, the person's own */
	if (k <= vend + 1 || tok_is(&S->t[k], "AT") || !news_open_object(S, vend, k, &obj) ||
	    obj.n != 1 || !obj.m[0].a || obj.m[0].a->end >= k || obj.m[0].code[0] != '~' ||
	    !strcmp(obj.m[0].code, "~CVL") || !strcmp(obj.m[0].code, "~REF"))
		return;   /* "a passenger train near Sibi": the place (the people, shplace118) */
	int oend = obj.m[0].a->end;
	for (int i = obj.m[0].a->pos; i < obj.m[0].a->end; i++)
		if (tok_is(&S->t[i], "OF"))
			return;   /* "the casualties of the civilians": a thing of theirs */
	for (int i = vend + 1; i < k; i++)
		if (S->t[i].type == TY_VERB && !tok_has(&S->t[i - 1], WF_PREP) &&
		    !tok_is(&S->t[i - 1], "OF"))
			return;   /* a clause's verb between the verb and the place */
	char cc[4];
	actor_split(tgt->m[0].code, cc);
	const char *agent = obj.m[0].code + 1;
	char *code = arena_alloc(&S->c->scratch, strlen(agent) + 4);
	if (!cc[0] || !code)
		return;
	memcpy(code, cc, 3);
	memcpy(code + 3, agent, strlen(agent) + 1);
	/* the place on the object keeps the phrase's span ("a police station in Peshawar", "a
	 * school Tuesday in Quetta": wrongactor159); an object a comma ends ("killed 30
	 * terrorists, a day after an attack on a train in Balochistan") is the target's phrase */
	obj.m[0].code = code;
	if (oend + 1 < k && tok_is(&S->t[oend + 1], ","))
		slot_copy(tgt, &obj);
	else
		tgt->m[0].code = code;
}

/* shpart128, --shallow: peacekeepers sent or pledged (074, 0334) to a mission or force
 * that serves in a country help that country, the host ("deploying 300 troops to the UN
 * peacekeeping mission in Mali", "ready to contribute troops to the NATO-led security force in
 * Afghanistan": Mali, Afghanistan); the body the troops join is their vehicle. A target whose
 * phrase, or the lower-case words (at most three) right after it, holds a mission's head word
 * and is followed by IN (and THE) and a bare country (a three-letter code) becomes that
 * country. Leaves other deeds ("attacked the UN mission in Mali": the mission) and a mission
 * with no country after it ("troops to the UN mission") alone. */
static void mission_host(coder_sent *S, const char *a, const coder_slot *src, coder_slot *tgt)
{
	static const char *const head[] = { "MISSION", "MISSIONS", "FORCE", "FORCES",
		"OPERATION", "CONTINGENT", NULL };
	if (!a || (strncmp(a, "074", 3) && strncmp(a, "0334", 4)) ||
	    tgt->n != 1 || tgt->pronoun || !tgt->m[0].a || tgt->m[0].a->pos < 0)
		return;
	const coder_actor *t = tgt->m[0].a;
	int named = 0, k = t->pos;
	int hi = S->nt;   /* past the pattern's words: "deploying [peacekeeping force] in" */
	for (; k < hi && k <= t->end + 3; k++) {
		if (k > t->end && (S->t[k].cls != C_WORD || S->t[k].cap ||
				   tok_has(&S->t[k], WF_PREP)))   /* "peacekeeping": a word */
			break;
		named |= tok_in(&S->t[k], head);
	}
	if (!named || k + 1 >= hi || !tok_is(&S->t[k], "IN"))
		return;
	k++;
	if (tok_is(&S->t[k], "THE"))
		k++;
	coder_slot host;
	if (k >= hi || !sent_find_actor(S, k, k + 1, src, 0, &host) || host.n != 1 ||
	    strlen(host.m[0].code) != 3)
		return;
	slot_copy(tgt, &host);
}

/* transfer128: the object of a preposition that starts at k ("from the disputed region of
 * Kashmir", "to the government of Iraq"): after THE, up to a comma, a preposition other than
 * OF or a later verb, at most six words; its first actor (not the source's code) becomes the
 * target, which stays as it was when the phrase names none. */
static void prep_object_actor(coder_sent *S, int k, int hi, const coder_slot *src,
			      coder_slot *tgt)
{
	if (k < hi && tok_is(&S->t[k], "THE"))
		k++;
	int end = k;
	for (; end < hi && end < k + 6; end++) {
		const coder_tok *t = &S->t[end];
		if (t->cls != C_WORD || (t->type == TY_VERB && end > k) ||
		    (tok_has(t, WF_PREP) && !tok_is(t, "OF")))
			break;
	}
	coder_slot obj;
	if (end > k && sent_find_actor(S, k, end, src, 0, &obj))
		slot_copy(tgt, &obj);
}

/* transfer128, both paths: a side that withdraws, pulls out or evacuates its own people or
 * things (troops, peacekeepers, diplomats, weapons) from a named place acts on the place
 * left, not on what it moves ("the UN withdrew peacekeepers from Rwanda": Rwanda; "Qatar
 * withdrew its troops from the Eritrea-Djibouti border": Eritrea). After the verb, at most
 * six words of an object that holds a noun of such a body, then FROM (or OUT OF), THE: the
 * first actor of that phrase (up to a comma, a preposition other than OF or a later verb,
 * at most six words) is the target. Leaves a place with no actor ("withdraw its troops from
 * the peacekeeping zone": the side's own troops, country43), an appeal or demand to withdraw
 * (02x, 10x: the side asked, request14), an object that is no body of the source's own
 * ("evacuated civilians from Aleppo", "withdrew its support from the plan") alone. */
static void withdrawn_place(coder_sent *S, int v, int vend, int hi, const char *a,
			    const coder_slot *src, coder_slot *tgt)
{
	static const char *const verb[] = { "WITHDRAW", "WITHDRAWS", "WITHDREW", "WITHDRAWN",
		"WITHDRAWING", "PULL", "PULLS", "PULLED", "PULLING", "EVACUATE", "EVACUATES",
		"EVACUATED", "EVACUATING", NULL };
	static const char *const body[] = { "TROOPS", "SOLDIERS", "FORCES", "PEACEKEEPERS",
		"PERSONNEL", "STAFF", "DIPLOMATS", "AMBASSADOR", "ENVOY", "CITIZENS", "NATIONALS",
		"CONTINGENT", "UNITS", "BATTALIONS", "MONITORS", "OBSERVERS", "TANKS", "WEAPONS",
		"EQUIPMENT", NULL };
	if (!a || !strncmp(a, "02", 2) || !strncmp(a, "10", 2) || !tok_in(&S->t[v], verb))
		return;
	int k = vend + 1, own = 0;
	for (; k < hi && k <= vend + 6; k++) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "FROM") ||
		    (tok_is(t, "OUT") && k + 1 < hi && tok_is(&S->t[k + 1], "OF")))
			break;
		if (t->cls != C_WORD || (k > vend + 1 && tok_has(t, WF_PREP)))
			return;
		own |= tok_in(t, body);
	}
	if (!own || k >= hi || k > vend + 6)
		return;
	k += tok_is(&S->t[k], "OUT") ? 2 : 1;
	prep_object_actor(S, k, hi, src, tgt);
}

/* transfer128, both paths: a thing returned or given (07x, 084x) to a side goes to that side,
 * not to a country an adjective of the thing names ("returned six Iraqi artifacts to the
 * government of Iraq": IRQGOV, not IRQ for "Iraqi"). A target inside the object (after the
 * verb, before a TO with only lower-case words between, no comma) gives way to the first
 * actor after TO (and THE), up to a comma, a preposition other than OF or a verb, at most
 * six words. Leaves a target after TO, a TO with no actor after it and a target whose own
 * phrase ends at TO ("the Chinese ambassador to Seoul", spans34) alone. */
static void given_receiver(coder_sent *S, int vend, int hi, const char *a,
			   const coder_slot *src, coder_slot *tgt)
{
	if (!a || (strncmp(a, "07", 2) && strncmp(a, "084", 3)) || tgt->n != 1 ||
	    !tgt->m[0].a || tgt->m[0].a->pos <= vend)
		return;
	int k = tgt->m[0].a->pos - 1;
	if (k > vend && tok_is(&S->t[k], "THE"))
		k--;
	if (tok_is(&S->t[k], "TO"))
		return;   /* "aid to the Palestinians and ... to UNRWA": a receiver already */
	for (k = tgt->m[0].a->end + 1; k < hi && k <= tgt->m[0].a->end + 4; k++) {
		const coder_tok *t = &S->t[k];
		if (tok_is(t, "TO"))
			break;
		if (t->cls != C_WORD || t->cap || tok_has(t, WF_PREP) || t->actor >= 0 ||
		    t->type == TY_AGENT || t->type == TY_LIT || t->type == TY_CONJ)
			return;   /* "the Chinese ambassador to Seoul": the actor's post */
	}
	/* a thing's noun stands between the nationality and TO */
	if (k >= hi || k == tgt->m[0].a->end + 1 || !tok_is(&S->t[k], "TO"))
		return;
	prep_object_actor(S, k + 1, hi, src, tgt);
}

/* topic70, both paths: an appeal or pressure (02x, 10x) to move something somewhere
 * ("pressuring carmakers to move their factories to Brazil") is not aimed at the place the
 * thing is to go: a target right after "to" (and "the") that closes a "to" + verb of moving
 * (move, relocate, shift, bring, return, transfer) after the verb, no comma between, is
 * dropped. Leaves the pressed side before the move ("urged Russia to return the children
 * to Ukraine": Russia) and moves with no destination actor alone. */
static void moved_destination(coder_sent *S, int vend, const char *a, coder_slot *tgt)
{
	static const char *const move[] = { "MOVE", "RELOCATE", "SHIFT", "BRING", "RETURN",
		"TRANSFER", NULL };
	if (!a || (strncmp(a, "02", 2) && strncmp(a, "10", 2)) || !tgt->n || !tgt->m[0].a ||
	    tgt->m[0].a->pos <= vend + 3)
		return;
	int end = tgt->m[0].a->pos - 1;
	if (tok_is(&S->t[end], "THE"))
		end--;
	if (end <= vend + 2 || !tok_is(&S->t[end], "TO"))
		return;
	for (int i = vend + 1; i + 1 < end; i++) {
		if (S->t[i].cls == C_COMMA)
			return;
		if (tok_is(&S->t[i], "TO") && tok_in(&S->t[i + 1], move)) {
			event_null_slot(S, tgt);
			return;
		}
	}
}

/* target72, both paths: a complaint or charge (11x) lodged with a body is aimed at the side
 * of its own "against" phrase, not at the body that hears it ("filed a complaint with the
 * WTO against Nigeria": Nigeria). A target right after "with", "to", "at" or "before" (and
 * "the"), a complaint noun between the verb and that word, becomes the actor that opens an
 * "against" (and "the") phrase later in the clause, no comma or verb between. Leaves a
 * complaint with no "against" side ("complained to the AU about Uganda": the AU) alone. */
static void complaint_against(coder_sent *S, int vend, int hi, const char *a, coder_slot *tgt)
{
	static const char *const noun[] = { "COMPLAINT", "COMPLAINTS", "PROTEST", "PROTESTS",
		"GRIEVANCE", "GRIEVANCES", "CASE", "CASES", "CHARGES", "PETITION", "LAWSUIT",
		"SUIT", NULL };
	static const char *const venue[] = { "WITH", "TO", "AT", "BEFORE", NULL };
	if (!a || a[0] != '1' || a[1] != '1' || !tgt->n || !tgt->m[0].a ||
	    tgt->m[0].a->pos <= vend + 2)
		return;
	int end = tgt->m[0].a->pos - 1, i = vend + 1;
	if (tok_is(&S->t[end], "THE"))
		end--;
	if (end <= vend + 1 || !tok_in(&S->t[end], venue))
		return;
	while (i < end && !tok_in(&S->t[i], noun) && S->t[i].cls != C_COMMA)
		i++;
	if (i >= end || !tok_in(&S->t[i], noun))
		return;
	for (i = tgt->m[0].a->end + 1; i + 1 < hi; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA || t->type == TY_VERB)
			return;
		if (!tok_is(t, "AGAINST"))
			continue;
		int f = i + 1 + tok_is(&S->t[i + 1], "THE");
		coder_slot side;
		if (f < hi && sent_find_actor(S, f, f + 1, NULL, 0, &side) &&
		    side.m[0].a && side.m[0].a->pos == f)
			*tgt = side;
		return;
	}
}

/* barred131: 1 when the object of the verb ending at vend is a personal pronoun ("him",
 * "her", "them") that the pattern skipped before its first word after the verb, FROM at
 * first ("The Taliban barred him from the country", "banned them from Kabul"): the person
 * kept out is the target, not the place the FROM phrase names. Not a pronoun after FROM
 * ("received aid from them"), nor a pattern whose first word is no FROM ("accused him of"). */
static int kept_from(coder_sent *S, int vend, int first)
{
	static const char *const obj[] = { "HIM", "HER", "THEM", NULL };
	return first == vend + 2 && first < S->nt && tok_is(&S->t[first], "FROM") &&
	       sent_live(S, vend + 1) && tok_in(&S->t[vend + 1], obj);
}

static int past_pattern_agent(coder_sent *S, int vend, int tail, const char *a,
			      const coder_slot *tgt);

/* News: noun-phrase actors the dictionaries do not know, and the null target of an event
 * with none in the sentence ("the president resigned"). oend: where an open object may
 * start (after the words the pattern matched), unless the bare agent the pattern skipped
 * before its first word after the verb (first) is the object (news_agent_object). */
/* shspan153: --shallow, the people a list of weapons is fired at: a deed of force (175,
 * 18-20) whose words after the verb are a series of lower-case nouns joined by commas and
 * "and"/"or" ("fired tear gas, rubber bullets, and stun grenades at Palestinian
 * demonstrators", "fired tear gas and water cannon at opposition supporters") is aimed at
 * the phrase of the "at", "against" or "on" that ends the series. Without the parse the
 * commas closed the clause before it (no target) or the whole series became the object.
 * The phrase is taken when it is a dictionary actor (after "the") or names people (an
 * agent word: "opposition supporters"); a thing or a time ("at the town", "on Friday")
 * leaves the target as it was, as does a target already named by the dictionary. The parse
 * path's counterpart is syntax_aimed_span. */
static void aimed_series(coder_sent *S, int vend, const char *a, const coder_slot *src,
			 coder_slot *tgt)
{
	static const char *const aim[] = { "AT", "AGAINST", "ON", NULL };
	int force = a && (!strncmp(a, "175", 3) || (a[0] == '1' && (a[1] == '8' || a[1] == '9')) ||
			  (a[0] == '2' && a[1] == '0'));
	if (syntax_on(S) || !force || !src->n || (tgt->n && !open_thing(tgt)))
		return;
	int k = vend + 1, joins = 0;
	for (; k < S->nt && k <= vend + 12 && !tok_in(&S->t[k], aim); k++) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, AND_OR_WORDS) || t->cls == C_COMMA)
			joins += t->cls != C_COMMA ||
				 (k + 1 < S->nt && !tok_in(&S->t[k + 1], AND_OR_WORDS));
		else if (t->cls != C_WORD || t->cap || t->actor >= 0 || t->type == TY_PRON ||
			 (tok_has(t, WF_PREP) && !tok_is(t, "OF")) ||
			 tok_has(t, WF_CLAUSE) ||
			 (t->n > 4 && !memcmp(t->s + t->n - 3, "ING", 3)) ||
			 (t->type == TY_VERB && t->n > 3 && !memcmp(t->s + t->n - 2, "ED", 2)))
			return;   /* a name, a clause, a gerund, a past verb ("and launched
				   * drones at"; a bare "stun" of "stun grenades" is a modifier)
				   * or another phrase: no plain series */
	}
	if (!joins || k + 1 >= S->nt || k == vend + 1 || !tok_in(&S->t[k], aim) ||
	    tok_in(&S->t[k - 1], AND_OR_WORDS) || S->t[k - 1].cls == C_COMMA)
		return;
	int from = k + 1, to = from;
	if (tok_is(&S->t[from], "THE"))
		from++;
	for (int i = 0; i < S->na; i++)
		if (S->a[i].pos == from && !S->a[i].pron_kind && S->a[i].ncodes) {
			actors_make_slot(S, i, tgt);
			return;
		}
	for (to = from; to + 1 < S->nt && to < from + 6; to++) {
		const coder_tok *n = &S->t[to + 1];
		if (n->cls != C_WORD || n->type == TY_VERB || tok_has(n, WF_PREP) ||
		    tok_has(n, WF_CLAUSE))
			break;
	}
	coder_slot aimed;
	if (news_open_span(S, k + 1, to, &aimed) && strcmp(aimed.m[0].code, "---") &&
	    !holds_source(aimed.m[0].a, src))
		*tgt = aimed;
}

static void news_slots(coder_sent *S, int lo, int v, int vend, int first, int oend, int hi,
		       const char *a, coder_slot *src, coder_slot *tgt)
{
	int f, t;
	if (!src->n && tgt->n)
		news_open_subject(S, lo, v, src);
	/* barred131: the pronoun kept out is the open object, not the FROM phrase's place
	 * (open or coded); an actor before the verb the pronoun was bound to stays */
	if (kept_from(S, vend, first)) {
		oend = vend;
		if (tgt->n && (!tgt->m[0].a || tgt->m[0].a->pos < 0 || tgt->m[0].a->pos > vend))
			slot_empty(tgt);
	}
	/* not the verb's own subject put after it ('"...," said Cavusoglu'), nor words that
	 * hold the source ("books banned by the Taliban"): no target */
	if (src->n && !tgt->n && first > vend && news_agent_object(S, vend, first, tgt) &&
	    holds_source(tgt->m[0].a, src))
		tgt->n = 0;
	if (src->n && !tgt->n && news_open_object(S, oend, hi, tgt) &&
	    (holds_source(tgt->m[0].a, src) || (syntax_on(S) &&
	     syntax_subject_words(S, v, tgt->m[0].a->pos, tgt->m[0].a->end)) ||
	     (oend > vend && past_pattern_agent(S, vend, oend, a, tgt))))
		tgt->n = 0;
	if (!src->n && !tgt->n && news_open_subject(S, lo, v, src))
		news_open_object(S, oend, hi, tgt);
	/* shallowsubj118: "they shot them": a deed (no statement) of an unnamed pronoun */
	if (!src->n && !tgt->n && a && code_root(a) != 1 && news_pronoun_doer(S, lo, v, src))
		news_open_object(S, oend, hi, tgt);
	/* "used batons and tear gas against hundreds of protesters": force whose object is its
	 * means (or a claim of such a deed) is aimed at the people of the phrase on it, which
	 * replaces an object phrase naming no one; a phrase naming no one itself (no agent
	 * word: "against the walls") is no side */
	coder_slot aim;
	if (src->n && (!tgt->n || open_thing(tgt)) && syntax_on(S) &&
	    syntax_aimed_span(S, v, a, &f, &t) && news_open_span(S, f, t, &aim) &&
	    strcmp(aim.m[0].code, "---") && !holds_source(aim.m[0].a, src))
		*tgt = aim;
	aimed_series(S, vend, a, src, tgt);
	if (src->n && !tgt->n)
		event_null_slot(S, tgt);
}

/* Clears candidate cd but for its slots' members after the first (2 KB; a slot is read up
 * to its n, and n, pos, pronoun and key, after the members, are cleared). The first member
 * is cleared too: a test "s->n && s->m[0].a" may be compiled to load both before it
 * branches (passive54: an empty target's stale first member, from the stack, made memcheck
 * report syn_passive_open_doer's slot_on_word). */
static void cand_clear(coder_cand *cd)
{
	char *p = (char *)cd;
	size_t s0 = offsetof(coder_cand, src), t0 = offsetof(coder_cand, tgt);
	size_t members = offsetof(coder_slot, n), first = sizeof cd->src.m[0];
	memset(p, 0, s0 + first);
	memset(p + s0 + members, 0, t0 + first - s0 - members);
	memset(p + t0 + members, 0, sizeof *cd - t0 - members);
}

/* byagent97: the target slot holds one phrase: one member, or members in a row joined by "and"
 * or a comma alone ("in French and British banks": each country's banks, one phrase). */
static int one_phrase_slot(const coder_sent *S, const coder_slot *tgt)
{
	if (tgt->n < 1)
		return 0;
	for (int i = 1; i < tgt->n; i++) {
		int k = tgt->m[i - 1].a->end + 1;
		if (tgt->m[i].a->pos < k)
			return 0;
		for (; k < tgt->m[i].a->pos; k++)
			if (!tok_is(&S->t[k], "AND") && S->t[k].cls != C_COMMA)
				return 0;
	}
	return 1;
}

/* accused113: --shallow, "Kenya was accused of shelling Uganda": the verb at v (its last
 * word vend) is an accusation (112x) whose charge phrase opens right after it ("of", "with",
 * "for") and holds the target found (at tpos): that side is in the charge, no one accused */
static int charged_side(const coder_sent *S, const char *code, int vend, int tpos)
{
	static const char *const charge[] = { "OF", "WITH", "FOR", NULL };
	return code && !strncmp(code, "112", 3) && vend + 1 < S->nt && tpos > vend + 1 &&
	       tok_in(&S->t[vend + 1], charge);
}

/* passive51: an agentless passive's subject (*src) becomes its target; its doer is gov (the
 * authorities of a state's coercion) when given, else unknown (event_null_slot). */
static void passive_subject_target(coder_sent *S, coder_slot *src, coder_slot *tgt,
				   const char *gov)
{
	slot_copy(tgt, src);
	slot_empty(src);
	event_null_slot(S, src);
	if (gov && src->n)
		src->m[0].code = src->key = gov;
}

/* strike150: --shallow, "officials said three civilians were killed in a Russian drone
 * attack", "two fishermen were wounded by Israeli fire": a deed of violence (18x to 20x)
 * of a passive verb (a form of "be" right before it), whose "in" or "by" right
 * after the verb (an article between) opens a phrase of a side's name or adjective (the
 * target found, at tpos) and then, within two words, a noun of the strike or its weapon
 * ("strike", "attack", "shelling", "fire"): that side did the deed. 1 when so; not a side
 * named on no strike ("killed in Kabul"), nor one past the phrase's own noun. */
static int strike_side(const coder_sent *S, int v, int vend, int tpos, int tend)
{
	static const char *const preps[] = { "IN", "BY", NULL };
	static const char *const arts[] = { "A", "AN", "THE", NULL };
	if (v < 1 || !tok_in(&S->t[v - 1], BE_FORMS))
		return 0;
	int k = vend + 1;
	if (k >= S->nt || !tok_in(&S->t[k], preps))
		return 0;
	if (++k < S->nt && tok_in(&S->t[k], arts))
		k++;
	if (k != tpos)
		return 0;
	for (int j = tend + 1; j < S->nt && j <= tend + 2; j++) {
		if (S->t[j].cls != C_WORD)
			return 0;
		if (tok_in(&S->t[j], STRIKE_NOUNS))
			return 1;
	}
	return 0;
}

/* orders118: --shallow, 1 when the verb at v (last word vend) is a passive verb of command
 * ("order", "command", "direct", "instruct" after an auxiliary) with "to" right after, whose
 * pattern coded the deed commanded, not a demand or appeal (10, 02) or a statement (01): "The
 * army was ordered to attack the rebels" tells the army's deed (190), its subject the doer,
 * not the target (syntax.c's ordered_doer on the parse path). passive140: the deed is the
 * commanded one only when the pattern's last word (token last) is the infinitive after "to"
 * or the word after it: "has been ordered to appear ... at the Lasalle Detention Facility" is
 * no detention ordered of its subject, whose passive the rules after decide. */
static int ordered_passive(const coder_sent *S, int v, int vend, int lo, const char *a,
			   int last)
{
	static const char *const COMMAND[] = { "ORDERED", "COMMANDED", "DIRECTED", "INSTRUCTED",
		NULL };
	int r = code_root(a);
	return a && r != 1 && r != 2 && r != 10 && tok_in(&S->t[v], COMMAND) && v - 1 >= lo &&
	       S->t[v - 1].type == TY_AUX && vend + 1 < S->nt && tok_is(&S->t[vend + 1], "TO") &&
	       last >= vend + 2 && last <= vend + 3;
}

/* hostage113: 1 when the verb at v (last word vend), with no auxiliary or "be" right before
 * it, is followed right away by a bare object-complement noun (HOSTAGE, CAPTIVE, PRISONER:
 * "held hostage", "taken prisoner"): the active voice puts the object between ("held ten
 * people hostage"), so nothing between means the verb's object is its subject. */
static int bare_complement(const coder_sent *S, int v, int vend, int lo)
{
	static const char *const COMPLEMENT[] = { "HOSTAGE", "CAPTIVE", "PRISONER", NULL };
	if (vend + 1 >= S->nt || !tok_in(&S->t[vend + 1], COMPLEMENT))
		return 0;
	return !(v - 1 >= lo && (S->t[v - 1].type == TY_AUX || S->t[v - 1].type == TY_BY));
}

/* hostage113: 1 when a "by" stands between the verb's end and the actor at token a, with
 * only words (no comma or clause word) between: that actor is the agent of the passive. */
static int by_actor(const coder_sent *S, int vend, int a)
{
	for (int k = vend + 1; k < a && k < S->nt; k++) {
		if (S->t[k].cls != C_WORD || tok_has(&S->t[k], WF_CLAUSE))
			return 0;
		if (S->t[k].type == TY_BY || tok_is(&S->t[k], "BY"))
			return 1;
	}
	return 0;
}

/* sense65: 1 when the first actor of slot s is the describer in "killed in what U.S. and
 * Iraqi officials describe as a joint operation", "what police called a drone strike": it
 * names the deed, it is no side of it. "what" up to two words before the actor, a verb of
 * calling or saying within six words after it, no comma between. */
static int describer_slot(const coder_sent *S, const coder_slot *s)
{
	static const char *const call[] = { "DESCRIBE", "DESCRIBES", "DESCRIBED", "CALL",
		"CALLS", "CALLED", "TERM", "TERMS", "TERMED", "LABEL", "LABELED", "LABELLED",
		"CHARACTERIZE", "CHARACTERIZED", "SAY", "SAYS", "SAID", NULL };
	if (!s->n || !s->m[0].a || s->m[0].a->pos < 1)
		return 0;
	const coder_actor *a = s->m[0].a;
	int p = a->pos - 1, q = a->end + 1;
	if (!tok_is(&S->t[p], "WHAT") && !(p > 0 && tok_is(&S->t[p - 1], "WHAT")) &&
	    !(p > 1 && tok_is(&S->t[p - 2], "WHAT")))
		return 0;
	for (; q < S->nt && q <= a->end + 6 && !tok_is(&S->t[q], ","); q++)
		if (tok_in(&S->t[q], call))
			return 1;
	return 0;
}

/* saidb106: 1 when verb v is a bare "say", "says" or "said" (an auxiliary may come between)
 * whose own subject is a plain lower-case plural no dictionary knows, itself after a relative
 * word or a determiner's lower-case noun ("a man who analysts say leads", "in a move critics
 * say is unfair"; not "at various times said"), and source s stands before that plural: s is
 * only spoken of, no speaker. */
static int said_by_plural_noun(const coder_sent *S, const coder_slot *s, int v)
{
	if (!tok_in(&S->t[v], SAY_FORMS) || !s->n || !s->m[0].a || s->m[0].a->pos < 0)
		return 0;
	int k = v - 1;
	if (k > 0 && tok_has(&S->t[k], WF_AUX))
		k--;
	if (k < 1 || s->m[0].a->end >= k)
		return 0;
	const coder_tok *n = &S->t[k], *b = &S->t[k - 1];
	if (n->cap || n->n < 4 || n->s[n->n - 1] != 'S' || n->s[n->n - 2] == 'S' ||
	    n->type != TY_NULL || sent_actor_at(S, k) >= 0)
		return 0;
	return tok_has(b, WF_REL) || (k > 1 && S->t[k - 2].type == TY_DET && !b->cap &&
				       b->type == TY_NULL && !memchr(b->s, '\'', b->n));
}

/* saidb106: 1 when token p reads as a past verb the dictionaries do not know ("Lee
 * underlined the loan"): a lower-case word in -ED after a word that is no determiner. */
static int past_word(const coder_sent *S, int p)
{
	const coder_tok *t = &S->t[p];
	return p > 0 && !t->cap && t->n >= 5 && tok_ends(t, "ED") && S->t[p - 1].type != TY_DET;
}

/* saidb106: 1 when the source s of a comma participle of saying at v (", saying ...") is
 * an actor in the object of the clause before it: a verb stands between the clause's start
 * (the sentence's or a comma's) and the actor ("Lee praised the IMF loan, saying it would
 * help": Lee says it, not the IMF). The participle's speaker is that clause's subject. */
static int saying_object_source(const coder_sent *S, const coder_slot *s, int v)
{
	if (v < 2 || !tok_is(&S->t[v], "SAYING") || S->t[v - 1].cls != C_COMMA || !s->n ||
	    !s->m[0].a || s->m[0].a->pos < 1 || s->m[0].a->pos >= v)
		return 0;
	for (int p = s->m[0].a->pos - 1; p >= 0 && S->t[p].cls != C_COMMA; p--)
		if (S->t[p].type == TY_VERB || past_word(S, p))
			return 1;
	return 0;
}

/* sense71: 1 when an appeal (02x) is a bare "asked" that closes the sentence after its
 * speaker, the question before a comma or a question mark ("What family has food, she
 * asked."; "Will France help?" the mayor asked): a question reported as speech, no appeal
 * to a side. "Kenya asked Uganda to ..." (words after the verb) is left alone. */
static int asked_question(const coder_sent *S, int v, int vend, const char *a)
{
	static const char *const ask[] = { "ASKED", "ASKS", NULL };
	if (!a || a[0] != '0' || a[1] != '2' || !tok_in(&S->t[v], ask))
		return 0;
	for (int q = vend + 1; q < S->nt; q++)
		if (!tok_is(&S->t[q], ".") && S->t[q].cls != C_QUOTE)
			return 0;
	for (int p = v - 1; p >= 1 && p >= v - 5; p--)
		if (tok_is(&S->t[p], ",") || news_question_mark(S, p))
			return 1;
	return 0;
}

/* sense71: 1 when a statement's (01x) target s stands in a cause phrase after the verb v,
 * "because of", "due to", "owing to" or "thanks to" right before it (an article between):
 * "Yang said that because of Europe's downturn, buyers are careful" speaks of Europe as the
 * cause, not to or of it as a side. Other deeds' targets are left alone. */
static int cause_slot(const coder_sent *S, const coder_slot *s, int v, const char *a)
{
	static const char *const why[] = { "BECAUSE", "DUE", "OWING", "THANKS", NULL };
	if (!a || a[0] != '0' || a[1] != '1' || !s->n || !s->m[0].a || s->m[0].a->pos <= v + 1)
		return 0;
	int k = s->m[0].a->pos;
	if (!tok_is(&S->t[k], "OF") && !tok_is(&S->t[k], "TO"))
		k--;
	if (k > v + 1 && S->t[k].type == TY_DET)
		k--;
	if (tok_is(&S->t[k], "OF"))
		return tok_is(&S->t[k - 1], "BECAUSE");
	return tok_is(&S->t[k], "TO") && tok_in(&S->t[k - 1], why) &&
	       !tok_is(&S->t[k - 1], "BECAUSE");
}

/* misc80: 1 when the "from" at token f closes a bought thing after a verb of buying (in
 * buy[]) that stands after the verb v within five words, no "to", auxiliary, pronoun, comma
 * or conjunction between ("threatened to buy weapons from Russia"; a participle may describe
 * the thing, "advanced jets"): the seller is the other supplier, as the bought thing is. A
 * "from" after anything else ("threatened to expel diplomats from Somalia") is left alone. */
static int seller_slot(const coder_sent *S, int v, int f, const char *const *buy)
{
	for (int k = f - 1; k > v && k >= f - 5; k--) {
		if (tok_in(&S->t[k], buy))
			return 1;
		int ty = S->t[k].type;
		if (ty == TY_AUX || ty == TY_COMMA || ty == TY_CONJ || ty == TY_BY ||
		    ty == TY_PRON || tok_is(&S->t[k], "TO"))
			return 0;
	}
	return 0;
}

/* topic74: 1 when a threat's (13x) target s stands as what the threatener would get
 * instead, right after a verb of turning to or buying ("turn to", "switch to", "buy",
 * "purchase", "acquire"; an article between): "Nairobi warned it could turn to Chinese jets"
 * names the jets as the other supplier, not the side the warning is aimed at. Threats of
 * harm ("threatened to bomb Somalia") are left alone. */
static int acquired_slot(const coder_sent *S, const coder_slot *s, int v, const char *a)
{
	static const char *const turn[] = { "TURN", "TURNS", "TURNING", "SWITCH", "SWITCHING",
					    "SHIFT", NULL };
	static const char *const buy[] = { "BUY", "BUYING", "PURCHASE", "PURCHASING", "ACQUIRE",
					   "ACQUIRING", NULL };
	if (!a || a[0] != '1' || a[1] != '3' || !s->n || !s->m[0].a || s->m[0].a->pos <= v + 1)
		return 0;
	int k = s->m[0].a->pos - 1;
	if (k > v + 1 && S->t[k].type == TY_DET)
		k--;
	if (tok_is(&S->t[k], "TO"))
		return k - 1 > v && tok_in(&S->t[k - 1], turn);
	if (tok_is(&S->t[k], "FROM"))
		return seller_slot(S, v, k, buy);
	return tok_in(&S->t[k], buy);
}

/* passive53: 1 when the actor at token a stands where a force sent there faces it: after
 * "to", "toward(s)", "against", "into", or "with" after a border ("along the border with
 * Venezuela"), an article between. */
static int faced_side(const coder_sent *S, int a)
{
	static const char *const to[] = { "TO", "TOWARD", "TOWARDS", "AGAINST", "INTO", NULL };
	static const char *const border[] = { "BORDER", "BORDERS", "FRONTIER", "BOUNDARY",
					      NULL };
	int p = a - 1 - (a > 0 && S->t[a - 1].type == TY_DET);
	if (p < 0)
		return 0;
	return tok_in(&S->t[p], to) ||
	       (p > 0 && tok_is(&S->t[p], "WITH") && tok_in(&S->t[p - 1], border));
}

/* Codes the verb at v in clause [lo, hi) into *cd; returns 1 when it yields an event,
 * 0 when not, -1 when the sentence is discarded or complex. */
/* speaking53: the sides of verb v (last word vend, code a) in a sentence with a participle
 * frame [pf, pt] whose main subject is sought from ps (news_participle_frame): a meeting
 * (04x) named inside the frame ("speaking after talks with Y") is the main subject's, with
 * the one of the frame's words as its other side; a main verb after the frame whose
 * source is an actor of the frame's words ("Zelenskyy" in "X, speaking after a meeting
 * with Zelenskyy, promised") takes the main subject instead. fronted54: a pattern that
 * names its own target (designated: "Speaking to NATO commanders gathered in Paris, the
 * minister stressed") keeps it; only a source of the frame's words (the place the ones
 * met are in) gives way to the main subject. */
static void participle_sides(coder_sent *S, int v, int vend, int pf, int pt, int ps,
			     const char *a, int designated, coder_slot *src, coder_slot *tgt)
{
	if (designated && !(v >= pf && v < pt && a[0] == '0' && a[1] == '4' && src->n &&
			    src->m[0].a->pos > v && src->m[0].a->pos < pt))
		return;
	int end = ps ? S->nt : pf;
	for (int i = ps; ps && i < S->nt; i++)
		if (S->t[i].type == TY_VERB || S->t[i].type == TY_AUX) {
			end = i;   /* the main subject stands before the main verb */
			break;
		}
	/* fronted54: a main subject the dictionaries do not know ("Following talks with Y,
	 * both leaders reaffirmed") is its open phrase, as a subject anywhere is */
	coder_slot subj;
	if (!sent_find_actor(S, ps, end, NULL, 0, &subj) &&
	    !(ps && end < S->nt && news_open_subject(S, ps, end, &subj)))
		return;
	if (designated) {
		if (distinct(&subj, tgt))
			*src = subj;
	} else if (v >= pf && v < pt && a[0] == '0' && a[1] == '4') {
		coder_slot met;
		if (!sent_find_actor(S, pf, pt, &subj, 0, &met))
			return;
		*src = subj;
		*tgt = met;
	} else if (v > pt && src->n && src->m[0].a->pos > pf && src->m[0].a->pos < pt) {
		if (tgt->n && !distinct(tgt, &subj) &&
		    !sent_find_actor(S, vend + 1, S->nt, &subj, 0, tgt))
			event_null_slot(S, tgt);
		*src = subj;
	} else if (v > pt && src->n && src->m[0].a && src->m[0].a->pos > vend &&
		   distinct(src, &subj)) {
		/* clause60: the first actor after the main verb, taken as its source when none
		 * stood before it ("The Kenyan president, speaking at the summit, praised
		 * Ethiopia's efforts"), is its target; the main subject its source */
		slot_copy(tgt, src);
		*src = subj;
	}
}

/* meeting54: the meeting a frame names (news_meeting_opener: "X, after a meeting with
 * Y, said", "After talks with Y, X said") names beside the speaker's clause: X met Y
 * (040), as "Having met Y, X said" codes at its verb. The frame's noun codes nothing of its
 * own; one of cands (nc) coded inside the frame (a "talks" read as a verb) already is that
 * meeting. The speaker's clause must code: a frame beside no event of X's tells nothing.
 * 1 and *out when found. */
int event_meeting_frame(coder_sent *S, const coder_cand *cands, int nc, coder_cand *out)
{
	int pf, pt, ps;
	if (!(S->c->o.news & NEWS_OPEN_ACTORS) || !nc ||
	    (ps = news_participle_frame(S, &pf, &pt)) < 0 || !news_meeting_opener(S, pf))
		return 0;
	int end = ps ? S->nt : pf, said = 0;
	for (int i = ps; ps && i < S->nt; i++)
		if (S->t[i].type == TY_VERB || S->t[i].type == TY_AUX) {
			end = i;
			break;
		}
	memset(out, 0, sizeof *out);
	if (!sent_find_actor(S, ps, end, NULL, 0, &out->src))
		return 0;
	/* the one met: the frame's first actor after "with", live or not (a phrase set off
	 * by commas is no side of the main clause, and the shallow rules drop it) */
	int with = news_meeting_opener(S, pf) + 1;
	for (int i = with + 1; i < pt && !out->tgt.n; i++)
		if (S->t[i].type == TY_ACTOR && S->t[i].actor >= 0) {
			actors_make_slot(S, S->t[i].actor, &out->tgt);
			if (out->tgt.n && !distinct(&out->src, &out->tgt))
				out->tgt.n = 0;
		}
	if (!out->tgt.n)
		return 0;
	for (int i = 0; i < nc; i++) {
		if (cands[i].verb >= pf && cands[i].verb < pt)
			return 0;
		said |= cands[i].verb > pt && !distinct(&cands[i].src, &out->src);
	}
	if (!said)
		return 0;
	out->code.kind = CODE_EVENT;
	out->code.a = "040";
	out->verb = with - 1;
	out->ok = 1;
	out->note = "rule: a phrase of a meeting with Y set off beside X's clause ('X, after "
		    "talks with Y, said') is X's meeting with Y";
	return 1;
}

/* shquote168: --shallow, 1 when target slot tgt is the one a speech verb at v was said to,
 * after it ('"The commission should act," the ambassador told the assembly'): a listener,
 * whom a quotation's demand on a side it opens with does not address. */
static int told_after(const coder_slot *tgt, int v)
{
	return tgt->n == 1 && tgt->m[0].a && tgt->m[0].a->pos > v;
}

/* speech73: --shallow, '"China must stop the drills," the minister said': the speech verb v
 * after a quotation that opens the sentence with an actor and "must" (news_must_follows) has
 * that actor as its target, as "said China must stop" has (shmust72 then codes the demand).
 * The split-off attribution clause (quote67) left the verb with no target (none or "---").
 * shlast141: the unquoted "Iran has to return to talks, the minister said" too
 * (news_report_opens: the clause starts at token 0 and a comma closes it). */
static void quoted_must_target(coder_sent *S, int v, coder_slot *src, coder_slot *tgt)
{
	coder_slot y;
	int s = news_report_opens(S);   /* shlast141: 0 for the unquoted clause before ", X said" */
	if (!s && src->n == 1 && src->m[0].a && src->m[0].a->pos <= 1 && tgt->n == 1 &&
	    tgt->m[0].a && tgt->m[0].a->pos > src->m[0].a->end && tgt->m[0].a->end < v &&
	    strcmp(tgt->m[0].code, "---") && news_quoted_must(S) &&
	    news_must_follows(S, src->m[0].a)) {
		/* shlast141: the speaker before the verb ("..., the French minister said") was
		 * taken for its target, the clause's first side carried in as its source */
		slot_copy(src, tgt);
		event_null_slot(S, tgt);
	}
	/* shquote168: the side at the clause's first token or the next, as news_quoted_must
	 * reads it ('"The United Nations must ...": past the determiner) */
	if (s < 0 || !sent_find_actor(S, s, s + 2, src, 0, &y) ||
	    y.n != 1 || !news_must_follows(S, y.m[0].a) ||
	    syn_codes_same_side(y.m[0].code, src->m[0].code))
		return;   /* not the speaker's own country ('"Kenya must ...," a Kenyan said') */
	for (int i = y.m[0].a->end + 1; i < v; i++)
		if (S->t[i].cls == (s ? C_QUOTE : C_COMMA)) {
			*tgt = y;   /* the quotation closed before the speech verb */
			return;
		}
}

/* shshould156: --shallow, the kind news_must_follows gives (1 must, 2 should, ...) when the
 * clause the speech verb at v opens ("that" and a time word allowed between, at most four
 * tokens, no comma or quotation mark) starts with a side of the speaker's own country laid
 * under a duty: "Indonesia's donors said that Indonesia must ensure security": its own
 * country is no target, but the statement is the demand or appeal (the parse path's
 * syn_said_must); 0 otherwise. */
static int own_side_obliged(const coder_sent *S, int v, const char *code)
{
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if (a->pos <= v || a->pos > v + 4 || a->ncodes < 1 || a->pron_kind)
			continue;
		for (int k = v + 1; k < a->pos; k++)
			if (S->t[k].cls != C_WORD)
				return 0;
		return syn_codes_same_side(a->codes[0], code) ? news_must_follows(S, a) : 0;
	}
	return 0;
}

/* shappeal170: --shallow, the actor (its index) a reported "must" or "should" lays deed v on:
 * the content of a speech verb before v (news_said_content) opens with it, at its first token
 * or past a determiner, and "must"/"should"/"needs to" follows it (news_must_follows, kinds 1
 * and 2; *should set for 2) before v: "said that the Ugandan government should use sanctions
 * ... to push for peace". A named side (a code of its own) not on the teller src's side; -1
 * otherwise ("said we should", "said that if Uganda ...", "said Kenya must" by a Kenyan). */
static int content_obliged(const coder_sent *S, int v, const coder_slot *src, int *should)
{
	int c = news_said_content(S, v);
	if (c < 0 || src->n < 1)
		return -1;
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if ((a->pos != c && a->pos != c + 1) || a->pron_kind || a->ncodes < 1 ||
		    a->end >= v)
			continue;
		int k = news_must_follows(S, a);
		if ((k != 1 && k != 2) || syn_codes_same_side(a->codes[0], src->m[0].code))
			return -1;
		*should = k == 2;
		return i;
	}
	return -1;
}

/* shneed171: the "to" of the infinitive deed v: right before it, or before the first verb of
 * a chain of plain words joined to it by "and"/"or" ("to uphold its responsibilities and deny
 * use of its soil"); -1 when v is no such infinitive. */
static int infinitive_to(const coder_sent *S, int v)
{
	if (v < 2)
		return -1;
	if (tok_is(&S->t[v - 1], "TO"))
		return v - 1;
	if (!tok_is(&S->t[v - 1], "AND") && !tok_is(&S->t[v - 1], "OR"))
		return -1;
	for (int j = v - 2; j > 0 && j >= v - 8; j--) {
		if (S->t[j].cls != C_WORD || tok_has(&S->t[j], WF_CLAUSE | WF_REL | WF_MODAL))
			return -1;
		if (tok_is(&S->t[j], "TO"))
			return j + 1 < v - 1 ? j : -1;
	}
	return -1;
}

/* shneed171: --shallow, the actor (its index) a word of want or need lays deed v on:
 * "wants the Ugandan government to withdraw its troops", "Pakistan expects the Interim Afghan
 * Government to uphold ... and deny", "the need for the Haitian government to invest": the
 * side (past a determiner) between a form of "want", "need" or "expect" (or the noun "need"
 * and "for") and the "to" of v, as the parse path's commanded and needed read it. A named side
 * (a code of its own) not on the teller src's side; -1 otherwise. A negated want ("does not
 * want Kenya to", "no need for"), one under "if"/"unless" in its clause, and one's own need
 * ("we need to": no side between) are left alone. */
static int content_wanted(const coder_sent *S, int v, const coder_slot *src)
{
	static const char *const need[] = { "NEED", "NEEDS", NULL };
	int to = infinitive_to(S, v);
	if (to < 2)
		return -1;
	for (int i = 0; i < S->na; i++) {
		const coder_actor *a = &S->a[i];
		if (a->pos < 1 || a->pron_kind || a->ncodes < 1 || a->end < 0 ||
		    pattern_agent_end(S, a, a->end) != to - 1)
			continue;
		int w = a->pos - 1;   /* past a determiner and a word or two: "the Interim" */
		while (w > 0 && w >= a->pos - 3 && S->t[w].cls == C_WORD &&
		       S->t[w].type != TY_VERB && !tok_in(&S->t[w], WANT_WORDS) &&
		       !tok_has(&S->t[w], WF_PREP | WF_CLAUSE | WF_REL))
			w--;
		int noun = w > 0 && tok_is(&S->t[w], "FOR");
		if (noun)
			w--;
		if (!tok_in(&S->t[w], noun ? need : WANT_WORDS) ||
		    (src->n && syn_codes_same_side(a->codes[0], src->m[0].code)))
			return -1;
		for (int j = w - 1; j >= 0 && S->t[j].cls != C_COMMA && S->t[j].cls != C_QUOTE; j--)
			if (tok_in(&S->t[j], COND_WORDS) || (j >= w - 2 &&
			    (tok_has(&S->t[j], WF_NEG) || tok_is(&S->t[j], "NOT") ||
			     tok_is(&S->t[j], "NO"))))
				return -1;
		return i;
	}
	return -1;
}

/* sides136: --shallow, 1 when the deed noun the pattern starts at token v is led by "by"
 * after a passive ("Odesa was hit by a Russian drone strike") or by "came under" ("Kharkiv
 * came under heavy Russian shelling"), with an actor qualifying the noun between (up to
 * three words: an article, a qualifier, the actor): the deed befalls the subject, and that
 * actor is its doer. The sides become the actor (source) and the last actor before the
 * preposition (target, none when there is none: "The border town came under Russian
 * shelling"). Not a bare deed noun ("came under attack by militants": news_under_other),
 * nor a "by" with no passive before it ("killed by ..." as the verb's own agent). */
static int deed_noun_doer(coder_sent *S, int lo, int v, coder_slot *src, coder_slot *tgt)
{
	static const char *const come[] = { "CAME", "COME", "COMES", "COMING", NULL };
	int p = -1;
	for (int j = v - 1; j > lo && j >= v - 4 && p < 0; j--) {
		if (S->t[j].cls != C_WORD)
			return 0;
		if (tok_is(&S->t[j], "BY") || tok_is(&S->t[j], "UNDER"))
			p = j;
	}
	if (p < 1 || p + 1 >= v)
		return 0;
	if (tok_is(&S->t[p], "UNDER") ? !tok_in(&S->t[p - 1], come) :
	    !news_passive_aux(S, lo, p - 1))
		return 0;
	coder_slot doer, victim;
	if (!sent_find_actor(S, p + 1, v, NULL, 0, &doer))
		return 0;
	int hit = sent_find_actor(S, lo, p, &doer, 1, &victim);
	slot_copy(src, &doer);
	if (hit)
		slot_copy(tgt, &victim);
	else
		event_null_slot(S, tgt);
	return 1;
}

int event_code_verb(coder_sent *S, int v, int lo, int hi, const coder_slot *carried,
		    const coder_slot *keep, coder_cand *cd)
{
	const dict_verb_root *vr = S->t[v].ent->verb;
	int vend = S->t[v].end;
	cand_clear(cd);
	cd->verb = v;
	cd->root = vr;
	coder_match m = { 0 };
	m.src = m.tgt = m.cmp = m.attr = -1;
	m.tgt_from = m.tgt_to = m.src_from = m.src_to = -1;
	const dict_pattern *hit = choose_pattern(S, vr, v, vend, lo, hi, &m);
	dict_evcode code = hit ? hit->code : vr->code;
	if (code.kind == CODE_DISCARD) {
		sent_set_outcome(S, KHALDUN_DISCARD, "discard code in a verb phrase");
		return -1;
	}
	if (code.kind == CODE_COMPLEX) {
		sent_set_outcome(S, KHALDUN_COMPLEX, "complex code in a verb phrase");
		return -1;
	}
	/* a verb with no code of its own coded by the parse: "called X 'unbearable'",
	 * criticism of X (synspeech.c); "will respond resolutely", "did not rule out military
	 * action", threats (syncode.c) */
	const char *named = NULL;
	int compelled = 0, cond = 0;
	if (code.kind != CODE_EVENT) {
		if (syn_named_judgement(S, v, &code))
			named = SYN_NAMED_NOTE;
		else if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
			 code.kind == CODE_NULL && news_named_judgement(S, v, vend)) {
			/* judgelist150: --shallow, 'called Chinese subsidies "unbearable"' */
			code.kind = CODE_EVENT;
			code.a = "111";
			code.b = NULL;
			named = SYN_NAMED_NOTE;
		}
		else if (syn_response_threat(S, v, &code))
			named = SYN_RESPONSE_NOTE;
		else if (syn_unruled_coercion(S, v, &code))
			named = SYN_UNRULED_NOTE;
		else if ((compelled = syn_compelled_threat(S, v, &code)))
			named = SYN_COMPELLED_NOTE;
		else if ((S->c->o.news & NEWS_MODALS) && code.kind == CODE_NULL &&
			 (cond = news_compelled_threat(S, v, lo)) > 0) {
			/* condthreat146: --shallow, "will have to look for alternatives if" */
			code.kind = CODE_EVENT;
			code.a = "130";
			code.b = NULL;
			named = SYN_COMPELLED_NOTE;
			compelled = 1;
		} else
			return 0;
	}
	/* shacc50: --shallow, "said Ghana had harbored militants": the abetting charged is the
	 * statement's accusation (below), no deed of its own; the parse path's syn_charged_wrong */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_charged_deed(S, v))
		return 0;
	/* generic55: --shallow, "many young people complain", "some even insult ...": what
	 * some people do, no deed (news.c); generic70: nor what such people's appeal asks */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    (news_generic_people(S, lo, v) || news_generic_asked(S, lo, v)))
		return 0;
	/* srcsh87: both paths, "... every day - some praise it": a dash's generic clause */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_generic_dash(S, lo, v))
		return 0;
	/* generic91: both paths, "People are discussing the future": a crowd's own talk */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_crowd_talk(S, lo, v, code.a))
		return 0;
	/* srcsh86: --shallow, "X said, talking about ...": the unknown speaker's gloss */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_said_gloss(S, v))
		return 0;
	/* boiler54: "speaking on condition of anonymity to discuss", "the anniversary of the
	 * strikes", "more attacks than", "requires talks": a formula, history, a record or a
	 * definition, no deed; on both paths */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_framed_deed(S, v))
		return 0;
	/* timenoun118: "must end attacks on Syria after latest strikes": a deed noun that
	 * dates the clause's deed is no event (meetings and talks, 04, stay) */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && code_root(code.a) != 4 && news_dated_deed(S, v))
		return 0;
	/* false135: "Jailed Bahraini activists went on hunger strike": the opening participle
	 * describes the subject, no deed; on both paths */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_fronted_participle(S, v, code.a))
		return 0;
	/* sense65: "the report was released by the OECD": a text published, no release of
	 * persons; on both paths */
	if (news_released_document(S, v, vend, code.a))
		return 0;
	/* sense70: "forced a third of the farmers out of business": ruin, no coercion */
	if (news_ruined_out(S, vend, code.a))
		return 0;
	/* sense71: "What family has food, she asked.": a question reported, no appeal */
	if (asked_question(S, v, vend, code.a))
		return 0;
	/* question72: "Did Iran attack the ship?": a direct question, no deed; both paths (news
	 * dictionaries only: TABARI's own records code questions) */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_direct_question(S, v))
		return 0;
	/* generic63: --shallow, "Media advocates say ...": observers' comment, no event */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    news_observer_statement(S, v, code.a))
		return 0;
	/* saidextra123: --shallow, "two Chinese were said to be ...": no speaker, no statement */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    news_unspoken_report(S, v, code.a))
		return 0;
	/* vow60: "Analysts believe Iran could retaliate": an onlooker's guess, no threat */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && news_onlooker_guess(S, v, code.a))
		return 0;
	/* undone67: --shallow, "Analysts say Egypt wants to strengthen ties": their reading */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    news_onlooker_wish(S, v, code.a))
		return 0;
	cd->code = code;
	cd->pt = hit;
	/* the sides are bound in place (cd was cleared above): no 1 KB slot copied */
	coder_slot *src = &cd->src, *tgt = &cd->tgt;
	int designated = hit && designated_slots(S, &m, src, tgt, cd);
	/* vow60: "said the bus came under attack by / from X": the speaker is no target */
	if (designated && (S->c->o.news & NEWS_OPEN_ACTORS) && news_under_other(S, v, tgt))
		event_null_slot(S, tgt);
	if (designated && !src->n && m.cmp < 0 && own_subject_pronoun(S, tgt, lo, v, vend))
		event_null_slot(S, tgt);
	/* participle53: --shallow, a participle modifying the noun before it, with its "by"
	 * agent ("schoolgirls kidnapped by gunmen"): the agent does the deed to that noun's
	 * side (none when it names no actor); the clause's subject has no part in it. The
	 * parse path reads the relative from its tree. */
	if (!designated && (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    news_relative_deed(S, v, vend, lo, hi)) {
		if (!sent_find_actor(S, vend + 2, hi, NULL, 0, src))
			return 0;
		if (!sent_find_actor(S, v - 1, v, src, 0, tgt))
			event_null_slot(S, tgt);
	}
	/* shsaid53: --shallow, "Pakistan said India attacked the post": the reported clause's
	 * own subject is the source, the speaker (the first other actor before the speech verb)
	 * the attribution and no side: the target is looked for from the subject on. An organ
	 * of a state that reports the state itself ("the envoy said China hopes") speaks for
	 * it: the organ stays the source, the state named no target of it */
	int tlo = lo, spk, rs = -1, caused = -1, conj = 0;
	if (!src->n && !tgt->n && (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) &&
	    (rs = reported_subject_or_conjunct(S, lo, v, &spk, src, &conj)) < 0 && src->n) {
		/* shsaid54: "Pakistani officials said the rebels attacked": the agent phrase
		 * is the doer, the speaker the attribution */
		coder_slot who;
		if (sent_find_actor(S, lo, spk, NULL, 0, &who))
			cd->attr = first_code(&who);
		tlo = src->m[0].a->end + 1;
	} else if (rs >= 0) {
		actors_make_slot(S, rs, src);
		coder_slot who;
		const char *c = src->n ? first_code(src) : NULL;
		if (c && sent_find_actor(S, lo, spk, src, 0, &who)) {
			const char *w = first_code(&who);
			if (strlen(c) == 3 && strlen(w) > 3 && !strncmp(c, w, 3)) {
				*src = who;
				tlo = S->a[rs].end + 1;
			} else {
				cd->attr = w;
				tlo = S->a[rs].pos;
			}
		} else
			tlo = S->a[rs].pos;
	}
	if (conj)
		tlo = v;   /* shsource149: the first verb's words are not this one's target */
	/* spkbefore153: --shallow, "Lucy Mtilatila, director of Malawi's ..., told VOA" */
	if (!src->n && !designated && (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S))
		news_pre_speaker(S, v, src);
	if (!src->n) {
		/* srcsh86: --shallow, not the doer of a concessive opener ("While X acted, I") */
		int slo = (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) ?
			  news_concessive_source_from(S, lo, v) : lo;
		/* srcphrase114: not an actor of a verbless opener before the subject
		 * pronoun ("While critical of Kenya, he said") */
		int op = (S->c->o.news & NEWS_OPEN_ACTORS) ? actors_opener_pronoun(S, lo, v) : -1;
		if (op > slo)
			slo = op;
		/* srcsh89: --shallow, "..., leading Kenya to recall": the caused deed's doer,
		 * and its target is looked for from there on, not among the words before */
		caused = (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) ?
			 news_caused_doer_from(S, lo, v) : lo;
		if (caused > slo)
			slo = tlo = caused;
		else
			caused = -1;
		find_source(S, slo, v, vend, hi, carried, keep, tgt, src);
		/* shquoteextra164: --shallow, '"We called for Russia ...," the diplomats said
		 * in ... their talks': a quoted preposition's object before the verb, a bare
		 * country or group (not one a head noun before it made: "The people in Iran",
		 * IRNCVL), is no doer by its place; none other named, no event */
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) && src->n &&
		    src->m[0].a && src->m[0].a->pos >= 0 && src->m[0].a->pos < v &&
		    strlen(src->m[0].code) == 3 && !tok_in(&S->t[v], SPEECH_WORDS) &&
		    quoted_prep_object(S, src->m[0].a))
			return 0;
	}
	/* reported54: both paths, the speaker of a clause that reports a deed befalling its
	 * subject ("said the convoy came under attack") is no doer. The target is that subject
	 * when it is an actor (within three words of the speech verb: "said that the Indian
	 * convoy", not a place further on); a pronoun that stands for an actor outside the
	 * clause ("the convoy ... when it came under attack") is no better than none, except
	 * the speaker's own ("said its base came under attack": the target; the parse path's
	 * syn_under_deed swaps the sides there). No side: no event. */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !tgt->n &&
	    news_befallen_speaker(S, v, src, &spk)) {
		if (spk < 0) {   /* shsaid54: the parse path's syn_under_deed reads it */
			if (!syntax_on(S)) {
				slot_copy(tgt, src);
				event_null_slot(S, src);
			}
		} else if (!news_own_subject(S, spk + 1, v)) {
			if (!sent_find_actor(S, spk + 1, v, src, 0, tgt))
				return 0;
			if (tgt->m[0].a->pos <= spk || tgt->m[0].a->pos > spk + 3)
				return 0;
			event_null_slot(S, src);
		} else if (!syntax_on(S)) {
			slot_copy(tgt, src);
			event_null_slot(S, src);
		}
	}
	/* evsubj53: a pattern with words before its verb that names its source and no target
	 * ("the raid was carried out by $": the deed noun is the passive's subject) says the
	 * deed has none: the actors around the passive are not its victim (news rules only:
	 * TABARI projects keep its target rules) */
	int sourced = (S->c->o.news & NEWS_OPEN_ACTORS) && designated && hit->upper.n &&
		      (m.src >= 0 || m.src_to >= 0) && m.tgt < 0 && m.tgt_to < 0 && m.cmp < 0;
	if (!tgt->n && src->n && !sourced) {
		find_target(S, tlo, v, vend, hi, hit ? last_word(S, vend, &m) : -1, src, tgt);
		/* srcsh89: "leading Kenya to call for its own weapons": the caused deed's
		 * possessive after its verb is the doer's own, no other side */
		if (caused >= 0 && tgt->n && tgt->pronoun && tgt->pos > vend &&
		    S->a[S->t[tgt->pos].actor].pron_kind == 2)
			event_null_slot(S, tgt);
	}
	/* speech98: --shallow, both sides in the speaker's phrase of a passive violence with no
	 * doer ("the head of the Kenyan Red Cross told VOA six people had been killed") */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S) &&
	    news_speaker_pair(S, v, vend, code.a, src, tgt))
		return 0;
	/* speech73: both paths, the speaker of a clause that names no doer ("said 300 tickets
	 * were sold", "said there were attacks on journalists") is no side of the deed */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated &&
	    news_doerless_report(S, v, vend, code.a, src)) {
		event_null_slot(S, src);
		coder_slot y;   /* clause83: "said 18 soldiers were among those killed" */
		if ((!tgt->n || !strcmp(tgt->m[0].code, "---")) && news_among_listed(S, v, &y))
			*tgt = y;
	}
	/* ownpassive147: both paths, "India said 20 of its soldiers were killed": the speaker's
	 * own people underwent the deed, its side is the target and the other side found outside
	 * the passive's subject (or none) the doer; "alleged that women ... are being
	 * persecuted": the speaker is no doer (the target stays when it is the passive's subject,
	 * else no event) */
	int ownp = (S->c->o.news & NEWS_OPEN_ACTORS) && !designated ?
		  news_own_passive(S, v, vend, code.a, src, &spk) : 0;
	if (ownp == 1 && syntax_on(S) && src->m[0].a->end >= spk - 3)
		ownp = 0;   /* the speaker itself: the parse path's syn_reported_passive */
	if (ownp == 1) {
		coder_slot y = { .n = 0 };
		if (tgt->n && strcmp(tgt->m[0].code, "---") && tgt->m[0].a &&
		    (tgt->m[0].a->pos > v || tgt->m[0].a->pos < spk) &&
		    !syn_codes_same_side(tgt->m[0].code, src->m[0].code))
			slot_copy(&y, tgt);   /* not the passive's subject ("its fighters") */
		slot_copy(tgt, src);
		if (y.n)
			slot_copy(src, &y);
		else
			event_null_slot(S, src);
	} else if (ownp == 2) {
		if (!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos <= spk ||
		    tgt->m[0].a->pos > spk + 3)
			return 0;
		event_null_slot(S, src);
	}
	/* speech86: --shallow, "said no ransom was paid for the girls, who were kidnapped":
	 * a relative passive names no doer; the source found before it is none */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S) &&
	    news_relative_passive(S, v, vend, src))
		event_null_slot(S, src);
	/* speech101: --shallow, "said the group has fighters who attack villages": the speaker
	 * does not do the deed of a relative clause in what it reports; no event (the
	 * statement stays) */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S) &&
	    news_relative_report(S, lo, v, src))
		return 0;
	/* clause83: both paths, "While Kenya wants ..., residents say": no addressee */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated &&
	    news_concessive_target(S, code.a, src, tgt))
		event_null_slot(S, tgt);
	/* reported54: both paths, an actor in the predicate of a reported copula ("said the man
	 * was the top commander ... for Iraq") is no target of the statement; its subject is,
	 * when an actor, else none */
	int cop = (S->c->o.news & NEWS_OPEN_ACTORS) && !designated && tgt->n &&
		  tgt->m[0].a->pos > v ? news_copula_predicate(S, v, tgt->m[0].a->pos) : 0;
	if (cop && !sent_find_actor(S, v + 1, cop, src, 0, tgt))
		event_null_slot(S, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		deed_noun_doer(S, lo, v, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		discussed_topic(S, v, vend, hi, code.a, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		meeting_partner(S, vend, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		about_partner(S, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		worry_topic(S, vend, hi, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		origin_topic(S, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		claim_far_target(S, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		place_described(S, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		owner_of_thing(S, v, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		support_owner(S, vend, hi, src, tgt);
	/* quotesrc155: --shallow, a country's quoted plan is its speaker's statement */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		news_country_plan(S, v, vend, src);
	/* speech78: --shallow, the speaker after the closing quotation is no target */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S) &&
	    news_quote_speaker(S, vend, tgt))
		event_null_slot(S, tgt);
	/* objposs51, without the parse (syntax.c plan_owner and plan_pattern with it): the
	 * owner of a plan the verb acts on is the target, not an actor of the plan's own clause,
	 * and a pattern ending in that clause codes the plan's deed, not the verb's */
	coder_slot own;
	int q = (S->c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) ?
		news_plan_owner(S, vend, hi, &own) : -1;
	if (q >= 0 && hit && m.last_pos - 1 > q) {
		if (vr->code.kind != CODE_EVENT)
			return 0;
		cd->code = code = vr->code;
	}
	if (q >= 0 && own.n && src->n && strcmp(own.m[0].code, src->m[0].code) &&
	    (!tgt->n || open_thing(tgt) || (tgt->m[0].a && tgt->m[0].a->pos > q)))
		*tgt = own;   /* not the source's own side ("Kenya's request" read as Kenya's) */
	/* a compelled deed's object is the speaker's own measure ("look for alternatives"):
	 * the side threatened is the condition's (syn_ultimatum), else none */
	if (compelled)
		event_null_slot(S, tgt);
	/* condthreat146: --shallow, aimed at the condition's side ("if Ethiopia fills the dam") */
	int cside = cond > 0 ? news_condition_actor(S, cond) : -1;
	if (cside >= 0)
		actors_make_slot(S, cside, tgt);
	int decided = 0;
	/* tgtunk106: both paths (--shallow reads it in pattern_agent_target) */
	int tail = hit && m.last_pos - 1 > vend && m.last_pos - 1 < hi ? m.last_pos - 1 : -1;
	cd->tail = tail;
	if (syntax_on(S)) {
		/* the rule that made the code is the first words of the note (the parse rules
		 * below add theirs) */
		S->syn_note = named;
		S->syn_content = 0;
		if (syntax_rebind(S, v, designated, hit && hit->upper.n, tail, src, tgt, &code,
				  &decided, &cd->attr))
			return 0;
		if (!designated && (S->c->o.news & NEWS_OPEN_ACTORS))
			syntax_relative_deed(S, v, src, tgt);
		/* speech78: "says fighting in Sudan has forced ...": the parse's xcomp gerund
		 * took the speaker back; it is no side of the deed it reports */
		if (!designated && (S->c->o.news & NEWS_OPEN_ACTORS) &&
		    news_gerund_report(S, v, vend))
			event_null_slot(S, src);
		cd->note = S->syn_note;
		cd->content = S->syn_content;
		cd->code = code;   /* the negation fix: a rejection reaches the event */
	}
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated)
		moved_destination(S, vend, code.a, tgt);
	/* place108: after topic70, whose dropped destination stays none */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		asked_side(S, vend, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		mission_host(S, code.a, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated && !syntax_on(S))
		placed_object(S, vend, hi, code.a, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated)
		withdrawn_place(S, v, vend, hi, code.a, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated)
		given_receiver(S, vend, hi, code.a, src, tgt);
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !designated)
		complaint_against(S, vend, hi, code.a, tgt);
	int news = S->c->o.news;
	int oend = vend;
	if (hit && m.last_pos - 1 > oend && m.last_pos - 1 < hi)
		oend = m.last_pos - 1;
	/* "Militants tied their hands and shot them": the subject of the verb this one is
	 * coordinated with, in an earlier clause that coded nothing */
	if (!src->n && !designated && (news & NEWS_OPEN_ACTORS) && syntax_on(S))
		syntax_shared_subject(S, v, src);
	/* "Gul Rahman, a suspected militant, was tortured and killed": no side found before or
	 * after the verb (an apposition deleted between), the parse's passive subject suffers it */
	if (!src->n && !tgt->n && !designated && (news & NEWS_OPEN_ACTORS) && force_code(code.a) &&
	    syntax_on(S) && syntax_passive_victim(S, v, tgt))
		event_null_slot(S, src);
	/* '"Whoever stayed, they killed them," he said': a deed of force whose doer is a
	 * pronoun nothing resolved is still a deed (pronoun_deed, at emission); the parse
	 * rules leave such a reported deed a source of no words (reported_doer) */
	if ((!src->n || (src->n == 1 && src->m[0].a->pos < 0 && !strcmp(src->m[0].code, "---"))) &&
	    !designated && (news & NEWS_OPEN_ACTORS) && force_code(code.a) && syntax_on(S))
		syntax_pronoun_doer(S, v, oend, src);
	if (news & NEWS_OPEN_ACTORS)
		news_slots(S, lo, v, vend, hit ? m.lower_first : -1, oend, hi, code.a, src, tgt);
	if (syntax_on(S) && syntax_news_channel(S, v, src, tgt)) {
		cd->note = S->syn_note;   /* "told Reuters": the channel, no side (synnews.c) */
		decided = 1;
	}
	/* shallow47: --shallow, "He also urged Nigeria to return": the verb's subject is a
	 * pronoun naming no one, so the actor after the verb that the shallow rules took as its
	 * source is its object. Not a statement (01): the actor after its verb is the
	 * reported clause's, no side of it (shallow44). pronoun48: the parse path too ("He
	 * made the statement a day after the Taliban reported"), but not in a quotation (its
	 * speaker, named after it, is the "we"), nor for a speech verb (its clause's event
	 * is coded at it: "he said Europeans can no longer ...") or a passive ("he was
	 * criticized by ...", the agent is the doer). shhope158: on --shallow a hope is such a
	 * verb too when the actor after it heads its clause ("She hopes Japan will persuade
	 * Washington": Japan is the one hoped of, appeal130 codes it; the hoper is unnamed).
	 * hopeconv159: so after "told" and the press ("She told VOA she hopes the United
	 * States can ...", news_told_press_pronoun); hopedef160: and for a hope to act oneself
	 * ("She told VOA she hopes to visit Kenya": Kenya is visited, news_hope_to);
	 * shclaimpro173: and any statement whose content charges, judges or claims something of
	 * that actor ("He claimed that Somalia was arming militias", pronoun_content) */
	if ((news & NEWS_OPEN_ACTORS) && !designated && src->n >= 1 && code.a &&
	    (syntax_on(S) ? !context_quoted_at(S, v) && !syntax_speech_in(S, v, vend + 1) &&
			    !news_passive_aux(S, lo, v) :
			    code_root(code.a) != 1 || pronoun_content(S, lo, v, vend, src)) &&
	    src->m[0].a->pos > vend && (news_unnamed_pronoun_subject(S, lo, v, syntax_on(S)) ||
					(!syntax_on(S) && news_told_press_pronoun(S, lo, v) &&
					 (pronoun_hope(S, v, src) || news_hope_to(S, lo, v))))) {
		/* the parse path: only the verb's own object or oblique becomes its target */
		if ((!tgt->n ||
		     (tgt->n == 1 && !tgt->m[0].a->ent && !strcmp(tgt->m[0].code, "---"))) &&
		    (!syntax_on(S) || syntax_slot_argument(S, v, src)))
			slot_copy(tgt, src);
		slot_empty(src);
		/* passive74: "The police said they detained ...": the speaking role;
		 * hopeconv159: else a hope's pronoun, as the parse path's unnamed hoper */
		if (!news_pronoun_speaker(S, lo, v, src) &&
		    (syntax_on(S) || !pronoun_content(S, lo, v, vend, tgt) ||
		     !news_pronoun_teller(S, lo, v, src)))
			event_null_slot(S, src);
	}
	/* speaking53: "X, speaking after talks with Y, said": the participle is X's */
	int pf, pt, ps;
	if ((news & NEWS_OPEN_ACTORS) && code.a && (ps = news_participle_frame(S, &pf, &pt)) >= 0)
		participle_sides(S, v, vend, pf, pt, ps, code.a, designated, src, tgt);
	if ((news & NEWS_OPEN_ACTORS) && !designated && own_state(S, src, tgt, v))
		event_null_slot(S, tgt);
	/* shquote136: --shallow, '"Any attack will be responded to with full force," the
	 * minister said': a passive threat with no doer is the speaker's own (voiceless_speaker) */
	coder_slot voice;
	if ((news & NEWS_OPEN_ACTORS) && !designated && !decided &&
	    news_passive_threat(S, lo, v, vend, code.a, &voice)) {
		*src = voice;
		if (!tgt->n || !distinct(src, tgt))   /* the speaker is no target */
			event_null_slot(S, tgt);
		decided = 1;
	}
	if (!src->n || !tgt->n)
		return 0;
	/* generic71: "Somalis who are fighting for their land say the courts ...": the
	 * relative clause's deed takes no side from what its people say; "help Ukrainians who
	 * are fighting for their freedom": nor is it a deed when it only describes a people */
	if ((news & NEWS_OPEN_ACTORS) && !designated &&
	    (news_speaker_relative(S, lo, v, src) || news_speaker_relative(S, lo, v, tgt) ||
	     news_described_people(S, lo, v, src, tgt)))
		return 0;
	/* accuse49: --shallow, the press told ("told Reuters", "told reporters") is no side */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated) {
		if (news_told_press(S, src))
			event_null_slot(S, src);
		/* toldin168: the audience or place of a speech, unless it is the source too */
		if (news_told_press(S, tgt) ||
		    (news_speech_place(S, tgt) && src->m[0].a != tgt->m[0].a)) {
			event_null_slot(S, tgt);
			((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
		}
		/* shobj163: "urged him to avoid a conflict between Turkish and American forces"
		 * is no appeal to Turkey; kept when the appealer has no phrase either (the
		 * event would go, its appeal with it) */
		if (src->n && src->m[0].a && src->m[0].a->pos >= 0 &&
		    news_urged_clause_target(S, v, tgt)) {
			int o = v + 1 + tok_is(&S->t[v + 1], "ON");   /* "urged them": no phrase */
			event_null_slot(S, tgt);
			if (S->t[o].type == TY_PRON)
				((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
		}
	}
	/* speech96: --shallow, a news outlet or reporter that reports the deed is no doer: the
	 * reported clause's first actor is, unless the deed is a passive there (its doer
	 * unnamed: "a reporter said ten people were killed"), else none. When the rules took
	 * that subject as the target ("reported that Kenya and Uganda offered to ..."), it
	 * becomes the source and the target none. */
	int rsp;
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    (rsp = news_reporting_press(S, v, src, code.a)) >= 0) {
		coder_slot doer;
		if (news_passive_aux(S, rsp + 1, v) ||
		    !sent_find_actor(S, rsp + 1, v, NULL, 0, &doer))
			event_null_slot(S, src);
		else if (!tgt->n || distinct(tgt, &doer))
			slot_copy(src, &doer);
		else {
			slot_copy(src, tgt);
			event_null_slot(S, tgt);
		}
	}
	/* negadv54: both paths, "rejected the allegations during a press conference": the
	 * venue of the words is no target, nor the press that names it (news.c). Not yet for a
	 * source of no code ("Keller said in a statement"): the story's context may still name
	 * its side, and an event of two sides without words is dropped before it does. */
	if ((news & NEWS_OPEN_ACTORS) && !designated && src->n &&
	    news_speech_venue(S, tgt) &&
	    (strcmp(src->m[0].code, "---") || source_named_before(S, src))) {
		event_null_slot(S, tgt);
		((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
	}
	/* ownphrase107: --shallow twin of the parse path's "no actor acts on its own noun
	 * phrase": a target whose words lie inside the source's ("a spokesperson for UNHCR
	 * Uganda told VOA") is no side of a statement (01x; not of a consultation: "Kenya Uganda
	 * talks" names two parties side by side) */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    inside_source_phrase(S, v, src, tgt) && code_root(code.a) == 1)
		event_null_slot(S, tgt);
	/* sidesh110: nor of a deed (not a statement: ownphrase107's rule above keeps its own
	 * ground there, and background98 records a speaker's name as his statement's target)
	 * when it is the source's own phrase read a second time */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    code_root(code.a) != 1 && same_phrase_twin(S, src, tgt))
		event_null_slot(S, tgt);
	/* topic111: --shallow, the speaker's own country feeling is the speaker's own feeling */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    code_root(code.a) == 1 && (own_country_feels(S, src, tgt) ||
					own_country_placed(S, src, tgt)))
		event_null_slot(S, tgt);
	/* tgtplace114: nor a side past a span of time that dates a deed ("a day after"; a
	 * statement made "a day after the Taliban reported ..." answers them, by convention).
	 * Default path only: on --shallow a doer the sparse parse misses leaves the event with
	 * no side, and a deed whose count the annotators code goes */
	if ((news & NEWS_OPEN_ACTORS) && !designated && code_root(code.a) != 1 && syntax_on(S) &&
	    time_adjunct_target(S, vend, tgt))
		event_null_slot(S, tgt);
	/* topicc112: the "for" side of a what-clause's noun is no target */
	if ((news & NEWS_OPEN_ACTORS) && !designated && what_clause_for(S, vend, tgt))
		event_null_slot(S, tgt);
	/* origin53: the place a cargo came from or went to is no target (both paths: the
	 * parse's cargo_origin takes the clear parses, this the participles it misreads) */
	if ((news & NEWS_OPEN_ACTORS) && !designated && news_cargo_place(S, vend, code.a, tgt))
		event_null_slot(S, tgt);
	/* inplace54: where the words were said ("while in Beijing") is no target (both paths);
	 * target89: nor where they were said from ("in an interview from Oslo"), once the
	 * source has a code (a source of none may still take one from the story's context;
	 * target102: it takes it here when the story named its words before) */
	int said = (news & NEWS_OPEN_ACTORS) && !designated ?
		   news_said_place(S, vend, code.a, tgt) : 0;
	if (said == 1 || (said == 2 && src->n && (strcmp(src->m[0].code, "---") ||
						   source_named_before(S, src))))
		event_null_slot(S, tgt);
	/* target86: a place a thing moves from or to in the words said is no target (both) */
	if ((news & NEWS_OPEN_ACTORS) && !designated && news_motion_place(S, vend, code.a, tgt))
		event_null_slot(S, tgt);
	/* target86: the owner of the turn a time phrase dates by ("after the fall of X") */
	if ((news & NEWS_OPEN_ACTORS) && !designated && news_dated_owner(S, tgt))
		event_null_slot(S, tgt);
	/* target87: --shallow, the critics or opponents of X as object are X's other side */
	const char *rc = (news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated ?
			 news_rival_object(S, vend, tgt) : NULL;
	if (rc) {
		tgt->m[0].code = rc;
		tgt->key = rc;
	}
	/* mediation53: a mediator ("under Turkish mediation", "with the help of the UAE") is
	 * no side of the deed (both paths): a coordinated subject acts on itself, as with no
	 * target, else the target is none */
	if ((news & NEWS_OPEN_ACTORS) && !designated && news_mediator_slot(S, tgt)) {
		if (src->n > 1 && src->m[0].a->group >= 0)
			slot_copy(tgt, src);
		else
			event_null_slot(S, tgt);
	}
	/* place108: --shallow, ", a move analysts say ...": the comment names no side; as with no
	 * target, a coordinated subject acts on itself */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    appended_comment(S, vend, tgt)) {
		if (src->n > 1 && src->m[0].a->group >= 0)
			slot_copy(tgt, src);
		else
			event_null_slot(S, tgt);
	}
	/* quotespk152: --shallow, '"...," said Ann Chong, a fellow at X': X is the speaker's
	 * side */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated) {
		int nf, nt, ne;
		news_post_speaker(S, v, src);
		if (tgt->n && tgt->m[0].a && tgt->m[0].a->pos >= 0 &&
		    news_post_name(S, v, tgt->m[0].a->pos, &nf, &nt, &ne))
			event_null_slot(S, tgt);   /* "a director of the U.S.-Japan ...": hers */
		if (tgt->n && tgt->m[0].a && tgt->m[0].a->pos >= 0 &&
		    news_pre_name(S, v, tgt->m[0].a->pos, &nf, &ne))
			event_null_slot(S, tgt);   /* spkbefore153: "a student in the U.S., said" */
	}
	/* shallow44: --shallow, a statement whose source is no speaker of its verb (an actor
	 * of the quote or the reported clause); the parse path finds the speaker itself */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_speaker_elsewhere(S, v, &code, src))
		return 0;
	/* source71: --shallow, the source past the "that" of the verb's reported clause */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    news_clause_source(S, vend, src))
		return 0;
	/* shsay60: --shallow, 'said "Any quarrel with Russia ..."': an actor of the quote the
	 * speech verb opens is no side of the statement, as the parse path codes it */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated &&
	    news_quoted_target(S, v, vend, &code, tgt))
		event_null_slot(S, tgt);
	/* shsay60: --shallow, "did not say whether ...": no statement made */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && code.a && code.a[0] == '0' &&
	    code.a[1] == '1' && news_unsaid_question(S, v, vend))
		return 0;
	/* shallow45: --shallow, a place the verbal event happens in ("said ... in the United
	 * States") is no target; the parse path's places rule decides it there */
	int at_place = (news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated ?
		       news_target_place(S, v, &code, tgt) : 0;
	coder_slot party;   /* "protested in Dhaka against the government" */
	if (at_place && news_protest_party(S, &code, tgt, &party))
		*tgt = party;
	else if (at_place == 1)
		event_null_slot(S, tgt);
	/* shallow46: --shallow, a list of those who take part ("ministers from Britain, Canada
	 * and France") or a later clause's subject is no target; the parse path binds objects */
	else if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated) {
		int listed = news_target_list(S, v, &code, src, tgt);
		if (listed == 2 && src->n && src->m[0].a->pos >= 0 && src->m[0].a->pos < v) {
			slot_swap(src, tgt);   /* "a meeting requested by X, Y and Z" */
		} else if (listed == 3) {
			slot_copy(src, tgt);   /* "..., although Berlin announced": Berlin's deed */
			tgt->n = 0;
			event_null_slot(S, tgt);
		} else if (listed == 1)
			event_null_slot(S, tgt);
	}
	/* "Abu Khadija was killed in an airstrike": an open subject of a passive verb, with no
	 * one named as its agent, is the one the deed was done to */
	if ((news & NEWS_OPEN_ACTORS) && src->n == 1 && tgt->n == 1 && !src->m[0].a->ent &&
	    !strcmp(tgt->m[0].code, "---") && tgt->m[0].a->pos < 0 && src->m[0].a->pos >= 0 &&
	    syntax_passive_subject_at(S, v, src->m[0].a->pos, src->m[0].a->end)) {
		slot_swap(src, tgt);
		decided = 1;
	}
	/* generic74: --shallow, "Chinese tourists visited Vietnam": private travel, no visit */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && news_private_travel(S, v, code.a, src))
		return 0;
	/* generic75: both paths, "Indian engineer Raj Patel, 45, said": a private person's
	 * statement, no side's */
	if ((news & NEWS_OPEN_ACTORS) && news_aged_private(S, v, code.a, src))
		return 0;
	/* passive78: both paths, "Kenyan officials are barred from travel to the United
	 * States": the country one is kept from going to bars, not the barred (news.c) */
	if ((news & NEWS_OPEN_ACTORS) && !designated &&
	    news_barred_entry(S, v, lo, hi, code.a, src, tgt))
		decided = 1;
	/* generic77: both paths, "A student in Lagos, who asked not to be named, said": an
	 * unnamed private person's word, no side's */
	if ((news & NEWS_OPEN_ACTORS) && news_anonymous_private(S, v, src))
		return 0;
	/* shacc50: --shallow, "The ministry said Ghana was behind the attack": a statement that
	 * charges another side with a violent deed or its abetting (news_charged_side) is the
	 * speaker's accusation of it (112), as the parse path's syn_said_culprit codes it */
	int deed;
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && code.a &&
	    !strcmp(code.a, "010")) {
		/* accuse60: "said Ethiopia's dam filling was illegal": a judgement of another
		 * side's conduct (news_judged_side) is criticism (111) or an accusation (112) */
		const char *judged = "112";
		int k = news_charged_side(S, v, vend, &deed);
		if (k < 0)
			k = news_judged_side(S, v, vend, &judged);
		/* shclaim164: "claimed that Somalia was arming militias" */
		if (k < 0)
			k = news_claimed_side(S, v, vend, src);
		if (k >= 0 && judged_target(S, k, src, tgt)) {
			code.a = judged;
			code.b = NULL;
			cd->code = code;
			decided = 1;
		}
	}
	/* speech95: --shallow, '"Kabul has tried to sabotage the talks," the Taliban leader
	 * said': a wrong told by a speaker of another side (or the doer's rival at home) is the
	 * speaker's accusation of the doer (112), as the parse path's syn_reported_defiance */
	coder_slot teller, accused;
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && !decided &&
	    news_reported_wrong(S, v, vend, code.a, src, tgt, &teller, &accused) &&
	    accused.m[0].code && distinct(&teller, &accused) &&
	    (!syn_codes_same_side(teller.m[0].code, accused.m[0].code) ||
	     syn_codes_rivals(teller.m[0].code, accused.m[0].code))) {
		*src = teller;
		*tgt = accused;
		code.a = "112";
		code.b = NULL;
		cd->code = code;
		decided = 1;
	}
	/* speech96: --shallow, '"India has been undermining the talks," the minister said': the
	 * statement closing a quoted wrong the dictionary codes no deed for is the accusation */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && !decided && src->n &&
	    src->m[0].code && news_quoted_wrong(S, v, code.a, &accused) &&
	    distinct(src, &accused) &&
	    (!syn_codes_same_side(src->m[0].code, accused.m[0].code) ||
	     syn_codes_rivals(src->m[0].code, accused.m[0].code))) {
		*tgt = accused;
		code.a = "112";
		code.b = NULL;
		cd->code = code;
		decided = 1;
	}
	/* would155: --shallow, "said students would protest": a reported "will", the threat
	 * news_future_threat codes below (same test), not a guess */
	if ((news & NEWS_MODALS) && news_hypothetical(S, v, lo, &code) &&
	    (syntax_on(S) || (hit && hit->upper.n) || !news_reported_will(S, v, lo, &code)))
		return 0;
	/* background87: both paths, "ended a war that lasted four years and killed 80,000
	 * people": the ended war's past toll, not the main subject's deed; nor "Since 1990,
	 * Kenya has received 12 loans": a tally over the years (news_since_tally); background98:
	 * nor "Odinga, who led the alliance until he resigned in August, knows ...": a present
	 * clause's subject's biography (news_relative_biography) */
	if ((news & NEWS_MODALS) &&
	    (news_ended_war_toll(S, v, &code) || news_since_tally(S, v) ||
	     news_relative_biography(S, v)))
		return 0;
	/* shallow49: --shallow, "will not impose tariffs", "has no plans to attack": a conflict
	 * deed denied as future or intent is none; "asked whether Israel would attack": nor one
	 * told inside an open question (statements and appeals stay); forms54: nor any deed one
	 * "has yet to" do (news_yet_undone); undone61: nor one only affordable, due or expected of
	 * another (news_undone_frame), nor more of an appeal's asked clause (news_asked_conjunct),
	 * nor, asked73, its first verb (news_asked_first); irrealis55: nor a verbal conflict one
	 * "can" or "could" do (news_verbal_modal); subclause55: nor one in a background clause, "as
	 * when it arrived", "what critics say it is" (news_background_clause); speech63: nor one
	 * done by "no country" or "nobody" (news_nobody_did), nor the deeds an accusation charges
	 * (news_charged_gerund); shundone65: nor one "crucial for X to" do (news_needed_deed);
	 * aim95: nor an aim, "aiming to topple", "is aimed at boosting" (news_aimed_deed);
	 * undone70: nor the aim of a plan, "a plan for supporting X" (news_plan_for_gerund);
	 * clause96: nor the reason of a deed on nouns "and" joins, "ordered the arrest of the
	 * mayor and his aides for ignoring a summons" (news_reason_gerund);
	 * shmodal73: nor the means of a deed under a modal, "could escalate by testing"
	 * (news_modal_means); must74: nor one under "must" (news_must_deed); undone84: nor
	 * one in a relative clause on "any" under a modal (news_any_condition); undone85: nor a
	 * deed noun a verb of merit calls due, "deserves review" (news_merited_deed); shundone86:
	 * nor one feared, "face the risk of being deported" (news_risked_deed), nor a deed noun
	 * heading a modal's subject, "sanctions can return" (news_modal_subject; mustcont113: or a
	 * standing verb's or "must"'s, "sanctions enjoy support", news_standing_subject), nor one
	 * later in a clause "likely to" opens (news_likely_clause); shundone89: nor a deed noun one
	 * faces the risk of, "face the possibility of sanctions" (news_faced_deed), nor one in a
	 * clause feared, "fears that Brazil could accept" (news_feared_clause), nor the aim of
	 * an effort that failed, "talks to resolve it failed" (news_failed_aim); sense89: nor a
	 * deed a pact does, "the treaty guarantees" (news_thing_subject); undone90: nor one in a
	 * clause hoped or expected, "expect Uganda will attack" (news_hoped_clause); shundone92:
	 * nor one in a clause a denied sign opens, "no sign that Kenya has withdrawn"
	 * (news_unseen_clause), nor one a call asks for, "calls to impose" (news_called_deed;
	 * also when it is the last word of a pattern of a verb with no code of its own,
	 * "renewed calls to impose sanctions": "rejected appeals to release" stays),
	 * nor the object of a verb yet to be done, "yet to comment on the claims"; undone99:
	 * nor one likened, "it's like the police are arresting the judge" (news_likened_clause);
 * undones114: nor one under "can" or "could" in the main clause an opening condition allows,
 * "If X agrees, the holder can appeal" (news_conditioned_modal); notdone118: nor one avoided,
 * "unable to", "came close to" or "decided against" (news_missed_deed). shneed171: a deed
	 * a need lays on another side ("the need for the Haitian government to invest") stays,
	 * the appeal to that side below (content_wanted).
	 * The parse path's recode and syn_undone (hypo48) decide these there. */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a &&
	    (news_future_denied(S, v, lo, &code) || news_yet_undone(S, v, lo) ||
	     news_undone_frame(S, v, lo, &code) || news_asked_conjunct(S, v, &code) ||
	     news_asked_first(S, v, &code) ||
	     news_verbal_modal(S, v, lo, &code) || news_background_clause(S, v, lo) ||
	     news_nobody_did(S, v, lo) || news_charged_gerund(S, v, lo) ||
	     (news_needed_deed(S, v, lo) && content_wanted(S, v, src) < 0) ||
	     news_aimed_deed(S, v, lo, &code) ||
	     news_plan_for_gerund(S, v) || news_reason_gerund(S, v, lo) ||
	     news_modal_means(S, v, lo) || news_must_deed(S, v, lo, &code) ||
	     news_any_condition(S, v, lo) || news_merited_deed(S, v, lo) ||
	     news_risked_deed(S, v, lo) || news_modal_subject(S, v, lo) ||
	     news_standing_subject(S, v, lo) || news_likely_clause(S, v, lo) ||
	     news_faced_deed(S, v, lo) || news_judged_likely(S, v, lo, &code) ||
	     news_feared_clause(S, v) || news_failed_aim(S, v) || news_hoped_clause(S, v) ||
	     news_missed_deed(S, v, code.a) ||
	     news_likened_clause(S, v) || news_opening_condition(S, v) ||
	     news_conditioned_modal(S, v, lo) ||
	     news_unseen_clause(S, v) || news_called_deed(S, v, lo) ||
	     (hit && vr->code.kind == CODE_NULL && m.last_pos - 1 > vend &&
	      news_called_deed(S, m.last_pos - 1, lo)) ||
	     news_thing_subject(S, v, code.a) ||
	     news_thing_relative(S, v, code.a) || news_thing_agent(S, v, code.a) ||
	     (!(code.a[0] == '0' && (code.a[1] == '1' || code.a[1] == '2')) &&
	      news_questioned(S, v))))
		return 0;
	/* --shallow: "will impose tariffs" is a threat (1312); the parse path's recode decides
	 * it there. cd->code is the event's code (the local one is read no further). */
	if ((news & NEWS_MODALS) && !syntax_on(S) && (!hit || !hit->upper.n)) {
		const char *f = news_future_threat(S, v, lo, &code);
		if (f) {
			code.a = f;
			code.b = NULL;
			cd->code = code;
		}
	}
	/* shthreat118: --shallow, "will not release the soldiers unless Israel frees the
	 * detainees": a promise or refusal held out on a negative condition, an ultimatum (139)
	 * to the condition's side; with none named, a promise's partner is no side threatened */
	int held = (news & NEWS_MODALS) && !syntax_on(S) && code.a ?
		   news_held_out(S, v, lo, code.a) : 0;
	if (held) {
		int promise = code_root(code.a) != 12, side = news_condition_actor(S, held);
		code.a = "139";
		code.b = NULL;
		cd->code = code;
		if (side >= 0)
			actors_make_slot(S, side, tgt);
		else if (promise)
			event_null_slot(S, tgt);
	}
	/* undone98: --shallow, "is looking to Washington to veto": a hope the other acts, an
	 * appeal (020) at most; statements and appeals keep their codes */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a &&
	    !(code.a[0] == '0' && (code.a[1] == '1' || code.a[1] == '2')) &&
	    news_looked_to(S, v, lo)) {
		code.a = "020";
		code.b = NULL;
		cd->code = code;
	}
	/* shundone89: --shallow, "have said nothing about": a declined comment, 011;
	 * notdone118: so is "refrained from commenting" (news_withheld) */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a && !strcmp(code.a, "010") &&
	    (news_said_nothing(S, v) || news_withheld(S, v))) {
		code.a = "011";
		code.b = NULL;
		cd->code = code;
	}
	/* sense79: --shallow, "officials warn it is far too big to contain": a warning that
	 * tells a state is a pessimistic comment, 012, not a threat (syn_warning's twin) */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a && code.a[0] == '1' &&
	    code.a[1] == '3' && news_warned_state(S, v)) {
		code.a = "012";
		code.b = NULL;
		cd->code = code;
	}
	/* sense83: --shallow, "researchers warn that heart disease could spread": a warning of
	 * what another may do is a forecast, 012, aimed at that other if it is an actor (the
	 * parse path's syn_warning); target96: so is a warning that tells another's state,
	 * "experts warn that Pakistani posts are of little value", aimed at the subject only
	 * when a side heads it */
	int other;
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a && code.a[0] == '1' &&
	    code.a[1] == '3' && ((other = news_warned_forecast(S, v, src)) != -1 ||
				 (other = news_warned_appraisal(S, v, src)) != -1)) {
		code.a = "012";
		code.b = NULL;
		cd->code = code;
		if (other >= 0)
			actors_make_slot(S, other, tgt);
		else
			slot_empty(tgt);
	}
	/* shjudge170: --shallow, "The allies warned that cooperation between Russia and North
	 * Korea is illegal": a warning made a comment (012) still judges the side its content
	 * blames (news_judged_side), as the parse path's syn_said_judgement reads a concern */
	const char *blamed = NULL;
	int judged_k;
	if ((news & NEWS_MODALS) && !syntax_on(S) && !designated && code.a &&
	    !strcmp(code.a, "012") && (judged_k = news_judged_side(S, v, vend, &blamed)) >= 0 &&
	    blamed[0] == '1' && judged_target(S, judged_k, src, tgt)) {
		code.a = blamed;
		code.b = NULL;
		cd->code = code;
	}
	/* concern144: both paths, "Japan expressed concern over China's military buildup": a
	 * worry voiced over a side's deed is disapproval of that side (110), not a pessimistic
	 * comment (news_concern_deed) */
	if ((news & NEWS_MODALS) && code.a && !strcmp(code.a, "012") &&
	    news_concern_deed(S, v, tgt)) {
		code.a = "110";
		code.b = NULL;
		cd->code = code;
	}
	/* appeal130: --shallow, "Germany hopes China can help end the war": a hope that
	 * another side will or can act is an appeal to it (020), as syn_hoped_deed has it */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a &&
	    (!strcmp(code.a, "013") || !strcmp(code.a, "010")) &&
	    (other = news_hoped_appeal(S, v, src)) >= 0) {
		code.a = "020";
		code.b = NULL;
		cd->code = code;
		actors_make_slot(S, other, tgt);
	}
	/* shtold131: --shallow, "the United States told Kenya to draft a new law": a deed one
	 * is told to do is the teller's demand (10x by the deed, 100 on "told" itself) on the
	 * one told, as commanded (syntax.c) has it with the parse; shtold163: so is its
	 * reported form, "told Italy that it must not close its borders" (100; "should": the
	 * appeal, 020, as the parse's syn_obligation_code has it) */
	int should = 0;
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a &&
	    !(tok_in(&S->t[v], TELL_WORDS) ? strcmp(code.a, "010") :
	      (code.a[0] == '0' && code.a[1] == '2') || (code.a[0] == '1' && code.a[1] == '0')) &&
	    (other = news_told_demand(S, v, src, tgt, &should)) != -1) {
		code.a = should ? syn_appeal_code(code.a) : syn_demand_code(code.a);
		code.b = NULL;
		cd->code = code;
		if (other >= 0)   /* -2: an open object, tgt set already */
			actors_make_slot(S, other, tgt);
	}
	/* shappeal170: --shallow, "said the Ugandan government should use sanctions against
	 * Sudanese officials to push for peace": a deed in a speech verb's content that a
	 * "should" lays on another side is the teller's appeal (02x by the deed) to that side,
	 * "must" the demand (10x), as the parse path's syn_obligation_code has it: not a deed
	 * of the teller on a later actor. An appeal's code under "should" ("should push for a
	 * ceasefire", 0256) and a demand's under "must" stay as they are. */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a && code_root_or_none(code.a) > 1 &&
	    ((other = content_obliged(S, v, src, &should)) >= 0 ||
	     (should = 1, other = content_wanted(S, v, src)) >= 0)) {
		if (code_root(code.a) != (should ? 2 : 10))
			code.a = should ? syn_appeal_code(code.a) : syn_demand_code(code.a);
		code.b = NULL;
		cd->code = code;
		actors_make_slot(S, other, tgt);
	}
	/* undone70: --shallow, "looks forward to discussing trade": an awaited meeting is the
	 * intent to meet (036; mediation 039), awaited material cooperation its intent (03x),
	 * as syntax.c's recode makes them after a word of intent with the parse; undone71: so
	 * after "willing to", "plans to", "seeks to" (news_intent_to) */
	if ((news & NEWS_MODALS) && !syntax_on(S) && code.a &&
	    (news_looked_forward(S, v, lo) || news_intent_to(S, v, lo))) {
		const char *i = !strncmp(code.a, "04", 2) ? (!strcmp(code.a, "045") ? "039" : "036")
							   : syn_intent_code(code.a);
		if (i) {
			code.a = i;
			code.b = NULL;
			cd->code = code;
		}
	}
	/* the local `code` is read no further: with the parse, recode (syntax.c) has decided the
	 * rejection already; without it, the branch below sets the event's code (shallow43) */
	if ((news & NEWS_NEGATION) && (!hit || !hit->upper.n) && news_negated(S, v, lo, &code)) {
		code.a = "120";   /* reject: the cooperation was refused or denied */
		code.b = NULL;
		/* shallow43: --shallow (no parse, so no recode) lets the rejection reach the
		 * event, CAMEO's for the deed refused ("will not buy" 121, "does not allow" 124,
		 * syn_rejection); the parse path above decides it itself */
		if (!syntax_on(S) && news_contact_not_made(S, v, lo, &cd->code))
			return 0;   /* "have not traveled to Afghanistan": no contact, no event */
		if (!syntax_on(S) && !(v > 0 && tok_is(&S->t[v - 1], "NO"))) {
			/* "no signs": a noun after "no", not a verb denied */
			int drop = 0;
			const char *r = news_denied_deed(S, v) ? "016" :   /* blame50 */
					syn_rejection(cd->code.a, &drop);
			cd->code.a = r ? r : code.a;
			cd->code.b = NULL;
		}
	}
	/* ruleout54: --shallow, "did not rule out a return to talks": no rejection, and no
	 * talks either: the verbs among the pattern's words are left out of the clause, as the
	 * parse path's recode drops the rejection (syn_rejection) and its object with it. The
	 * dictionary's code: a cooperation refused is made a rejection above and stays */
	if ((news & NEWS_NEGATION) && !syntax_on(S) && (!hit || !hit->upper.n) &&
	    news_denied_rejection(S, v, lo, hit ? &hit->code : &vr->code)) {
		for (int k = vend + 1; hit && k <= m.last_pos && k < S->nt; k++)
			if (S->t[k].type == TY_VERB)
				S->t[k].deleted = 1;
		return 0;
	}
	/* negadv54: --shallow, "never criticized Beijing": a denied statement or conflict deed */
	if ((news & NEWS_NEGATION) && !syntax_on(S) && (!hit || !hit->upper.n) &&
	    news_adverb_denied(S, v, lo, hit ? &hit->code : &vr->code))
		return 0;
	/* passive53: --shallow, "Colombian troops were deployed along the border with
	 * Venezuela", "The army was put on alert": a show of force (15x) in the passive with no
	 * agent named is done by its subject's side; the target is the side it faces
	 * (faced_side), not a place it stands in ("in Kathmandu") nor its own country. The
	 * parse path's syn_passive_force decides these there. */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && !decided &&
	    cd->code.a && cd->code.a[0] == '1' && cd->code.a[1] == '5' && src->n >= 1 &&
	    src->m[0].a->pos >= lo && src->m[0].a->pos < v && strcmp(src->m[0].code, "---") &&
	    news_passive_by(S, v, vend, lo, src->m[0].a->end) == 0) {
		char fx[4], ox[4] = "";
		actor_split(src->m[0].code, fx);
		if (tgt->n >= 1)
			actor_split(tgt->m[0].code, ox);
		if (!(tgt->n >= 1 && tgt->m[0].a->pos > vend && faced_side(S, tgt->m[0].a->pos) &&
		      strcmp(tgt->m[0].code, "---") && !(fx[0] && !strcmp(ox, fx)))) {
			tgt->n = 0;
			event_null_slot(S, tgt);
		}
		decided = 1;
	}
	/* hostage113: both paths, "Passengers of a bus held hostage in the north shared
	 * details": a complement noun right after the verb with no object between (and no
	 * auxiliary, which the passive rules decide) is a reduced relative or passive; its
	 * subject suffers the deed, done by the "by" actor or someone unknown (the parse
	 * path too, whose rules decided the sides from a parse that made it the main verb) */
	if (!designated && (!decided || syntax_on(S)) && src->n >= 1 &&
	    src->m[0].a->pos >= lo && src->m[0].a->pos < v && bare_complement(S, v, vend, lo)) {
		if (tgt->n >= 1 && by_actor(S, vend, tgt->m[0].a->pos)) {
			slot_swap(src, tgt);
		} else {
			passive_subject_target(S, src, tgt, NULL);
		}
		decided = 1;
	}
	/* shallow47: --shallow, "Paris was accused of aiding rebels", "Three Americans were
	 * killed in the ambush": the subject of a passive with no agent named is its target,
	 * the doer unknown (a phrase after the verb naming no one, "the ambush", is no side);
	 * a "by" further on than the swap below looks ("was attacked on Monday by Eritrea")
	 * names the doer, the target found after it. The parse path's passive rules decide
	 * these there. */
	/* strike150: --shallow, "officials said three civilians were killed in a Russian drone
	 * attack": the side on the strike is the doer, over a speaker or a subject before the
	 * verb; the subject, when the source was it, the target, else no one */
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && !decided &&
	    violence_code(cd->code.a) && tgt->n == 1 && (!src->n ||
	    !strcmp(src->m[0].code, "---") || (src->m[0].a->pos >= lo && src->m[0].a->pos < v &&
	    strcmp(src->m[0].code, tgt->m[0].code))) &&
	    strike_side(S, v, vend, tgt->m[0].a->pos, tgt->m[0].a->end)) {
		coder_slot side = *tgt;
		if (src->n && strcmp(src->m[0].code, "---") &&
		    news_passive_by(S, v, vend, lo, src->m[0].a->end) >= 0)
			slot_copy(tgt, src);
		else {
			slot_empty(tgt);
			event_null_slot(S, tgt);
		}
		*src = side;
		decided = 1;
	}
	if (!syntax_on(S) && !designated && !decided && src->n >= 1 &&
	    src->m[0].a->pos >= lo && src->m[0].a->pos < v &&
	    ordered_passive(S, v, vend, lo, cd->code.a, hit ? last_word(S, vend, &m) : -1))
		decided = 1;   /* orders118: "The army was ordered to attack": the army's deed */
	int by, p;
	coder_slot doer;
	if ((news & NEWS_OPEN_ACTORS) && !syntax_on(S) && !designated && !decided &&
	    src->n >= 1 && src->m[0].a->pos >= lo && src->m[0].a->pos < v && tgt->n >= 1 &&
	    (by = news_passive_by(S, v, vend, lo, src->m[0].a->end)) >= 0) {
		if (!by && ((tgt->n == 1 && !tgt->m[0].a->ent && !strcmp(tgt->m[0].code, "---")) ||
			    actors_own_compound(src, tgt) ||
			    (tgt->n >= 1 && charged_side(S, cd->code.a, vend, tgt->m[0].a->pos)))) {
			/* passive51: a state's coercion of a coded side, the story's
			 * authorities' (a thing or a wordless side: "if the card is revoked");
			 * sides59: a compound subject the pattern also took as its target
			 * ("Two Kenyan police officers and a Somali soldier were killed") is
			 * the target, each member, not its own source */
			passive_subject_target(S, src, tgt, news_state_coercion(cd->code.a) &&
					       strcmp(src->m[0].code, "---") ?
					       news_authorities(S, NULL) : NULL);
			decided = 1;
		} else if (!by && tgt->n == 1 && tgt->m[0].a->pos > src->m[0].a->end &&
			   news_subject_place(S, src->m[0].a->end, tgt->m[0].a->pos,
					      tgt->m[0].a->end, v)) {
			/* passive86: "The leader of ISIS in Iraq was killed": the subject's
			 * place is where it is, no side; the subject suffers the deed, done by
			 * someone unknown or, for a state's coercion, that place's authorities */
			passive_subject_target(S, src, tgt, news_state_coercion(cd->code.a) ?
					       news_authorities(S, tgt->m[0].code) : NULL);
			decided = 1;
		} else if (!by && violence_code(cd->code.a) && tgt->n == 1 &&
			   tgt->m[0].a->pos > vend && news_fight_with(S, vend, tgt->m[0].a->pos)) {
			/* passive55: "was killed in a clash with Kenyan police": the side
			 * fought did it (syn_passive_clash on the parse path) */
			slot_swap(src, tgt);
			decided = 1;
		} else if (!by && violence_code(cd->code.a) &&
			   (p = news_when_doer(S, vend, hi, &doer)) >= 0) {
			/* misc52: "were killed when gunmen attacked a village in X": the
			 * clause's subject did the violence; an actor further on (the place)
			 * is no side (not "were released as rebels tightened their grip") */
			passive_subject_target(S, src, tgt, NULL);
			if (p)
				*src = doer;
			decided = 1;
		} else if (!by && tgt->n == 1 &&
			   news_under_ruler(S, vend, tgt->m[0].a->pos, tgt->m[0].a->end,
					    cd->code.a)) {
			/* doer107: "are banned under the Taliban": the ruler did it */
			slot_swap(src, tgt);
			decided = 1;
		} else if (tgt->n == 1 && tgt->m[0].a->pos > vend &&
			   news_prep_phrase(S, vend, tgt->m[0].a->pos) < 0 &&
			   news_under_phrase(S, vend, tgt->m[0].a->pos)) {
			/* passive63: "were told to leave by the end of the month under a deal
			 * with Uganda": the deal's party told no one; the doer is unknown, or
			 * the story's authorities for a state's coercion */
			passive_subject_target(S, src, tgt, news_state_coercion(cd->code.a) &&
					       strcmp(src->m[0].code, "---") ?
					       news_authorities(S, NULL) : NULL);
			decided = 1;
		} else if (by > vend + 1 && tgt->n == 1 && tgt->m[0].a->pos > vend &&
			   tgt->m[0].a->pos < by && !to_phrase(S, tgt->m[0].a->pos) &&
			   !conj_between(S, vend, by)) {
			/* passive83: "were detained in Tehran by Iranian police", "was attacked
			 * on the streets of Paris by a hitman": the actor of a phrase between
			 * the verb and its "by" is where, no side; the subject suffers the deed,
			 * the "by" phrase's actor did it (else the doer is unknown). Not one the
			 * deed went "to" ("was handed to Iraq by Syria"), nor a "by" after "and"
			 * (another participle's: "to be released next month and seen by"). */
			passive_subject_target(S, src, tgt, NULL);
			if (news_by_doer(S, by, hi, &doer))
				*src = doer;
			decided = 1;
		} else if (by > vend + 2 && tgt->m[0].a->pos > by) {
			slot_swap(src, tgt);
			decided = 1;
		} else if (!by && one_phrase_slot(S, tgt) && tgt->m[0].a->pos > vend &&
			   (p = news_prep_phrase(S, vend, tgt->m[0].a->pos)) >= 0) {
			/* passive51: "Two sailors were detained in Iran": the place is where it
			 * happened, no side; a state's coercion there was done by its authorities
			 * (news_authorities), anything else by someone unknown. "Iran's envoy
			 * was summoned to Germany's foreign office": the "to" side summoned, also
			 * a place inside it ("to the Foreign Office in London": shpass52) */
			const char *place = tgt->m[0].code;
			if ((tok_is(&S->t[p], "TO") || tok_is(&S->t[vend + 1], "TO")) &&
			    tok_is(&S->t[v], "SUMMONED")) {
				slot_swap(src, tgt);
				decided = 1;
			} else if (!tok_is(&S->t[p], "TO")) {
				passive_subject_target(S, src, tgt,
						       news_state_coercion(cd->code.a) ?
						       news_authorities(S, place) : NULL);
				decided = 1;
			}
		} else if (!by && tgt->n == 1 && tgt->m[0].a->pos > vend &&
			   news_later_clause(S, vend, tgt->m[0].a->pos)) {
			/* shpass52: "20 people were killed when gunmen attacked a village in
			 * Nigeria": the actor after the clause word is the later clause's, no
			 * side of the passive; its subject suffers the deed, done by someone
			 * unknown or, for a state's coercion, the story's authorities */
			passive_subject_target(S, src, tgt, news_state_coercion(cd->code.a) &&
					       strcmp(src->m[0].code, "---") ?
					       news_authorities(S, NULL) : NULL);
			decided = 1;
		}
	}
	/* fix51: --shallow, "officials said passengers died in the attack by the BLA": the
	 * actor named by the deed noun's "by" is its doer, the one before the noun (the
	 * speaker, the victims) none of its sides; so too when that noun phrase is the verb's
	 * subject ("officials said the raid by the BLA killed ...", the actor's phrase right
	 * before the verb). The parse path reads the phrase itself. */
	if (!syntax_on(S) && !designated && !decided && src->n >= 1 && tgt->n >= 1 &&
	    src->m[0].a->pos >= 0 && src->m[0].a->pos < v && tgt->m[0].a->pos >= 0) {
		const coder_actor *t = tgt->m[0].a;
		int b = t->pos - 1 - (t->pos > 0 && S->t[t->pos - 1].type == TY_DET);
		if (t->pos < v ? t->end + 1 == v && b - 1 > src->m[0].a->end &&
				 news_deed_noun_by(S, b - 1, b - 1, src->m[0].a->end + 1) == b :
				 (by = news_deed_noun_by(S, v, vend, lo)) >= 0 && t->pos > by &&
				 t->pos <= by + 2) {
			slot_copy(src, tgt);
			event_null_slot(S, tgt);
			if (t->pos > v)
				by_agent_goal(S, t, hi, src, tgt);
			decided = 1;
		}
	}
	/* deedby155: --shallow, "Nigeria is seeing a wave of kidnappings of school children by
	 * criminal gangs": the actor of the "by" phrase that ends the deed noun's "of" phrase
	 * (news_deed_of_by) did the deed, not the clause's subject; the "of" people stay the
	 * target. The parse path reads the phrase itself (synactor.c deed_noun_doer). */
	if (!syntax_on(S) && !designated && !decided && src->n >= 1 && tgt->n >= 1 &&
	    src->m[0].a && tgt->m[0].a && src->m[0].a->pos >= 0 && src->m[0].a->pos < v &&
	    tgt->m[0].a->pos > vend &&
	    (by = news_deed_of_by(S, v, vend, tgt->m[0].a->pos, tgt->m[0].a->end)) >= 0) {
		if (news_by_agent(S, by, hi, &doer)) {
			slot_copy(src, &doer);
			decided = 1;
		}
	}
	/* source70: the "by" phrase already taken as the source (TABARI's last rule, no actor
	 * before the verb: "The charity, based in Oslo, was sanctioned by Beijing") stays it */
	int by_source = src->n && src->m[0].a && src->m[0].a->pos > vend &&
			(!tgt->n || !tgt->m[0].a || tgt->m[0].a->pos < v);
	int spos = src->n && src->m[0].a ? src->m[0].a->pos : -1;
	int tpos = tgt->n && tgt->m[0].a ? tgt->m[0].a->pos : -1;
	if (!designated && !decided && !by_source && passive(S, v, vend, lo, hi, spos, tpos) &&
	    !felt_passive(S, v, hi, cd->code.a, tgt)) {
		if (actors_own_compound(src, tgt)) {
			/* sides59: "Two Pakistani soldiers and an Afghan guard were wounded by a
			 * mine": the "by" phrase names no side (the pattern took the compound
			 * subject for both): the subject is the target, the doer unknown */
			passive_subject_target(S, src, tgt, NULL);
		} else {
			slot_swap(src, tgt);
		}
	}
	/* passive87: --shallow, "sanctions imposed on Iran by the United States hurt": the
	 * participle's object is the target, its "by" actor the doer (news_participle_object) */
	if (!syntax_on(S) && src->n >= 1 && tgt->n >= 1 && src->m[0].a && tgt->m[0].a &&
	    src->m[0].a->pos >= 0 && tgt->m[0].a->pos >= 0 &&
	    news_participle_object(S, src->m[0].a->pos, src->m[0].a->end, tgt->m[0].a->pos)) {
		slot_swap(src, tgt);
	}
	/* passiveb112: --shallow, a deed noun opening a passive sentence ("Embargoes against
	 * Iran were imposed by Washington"): the "by" actor is the doer, the noun's object the
	 * target */
	if (!syntax_on(S) && src->n >= 1 && tgt->n >= 1 && src->m[0].a && tgt->m[0].a &&
	    src->m[0].a->pos > vend &&
	    news_noun_subject_passive(S, v, vend, src->m[0].a->pos, src->m[0].a->end,
				      tgt->m[0].a->pos)) {
		slot_swap(src, tgt);
	}
	/* passive91: --shallow, the actor after a deed noun's participle and its preposition
	 * taken as the doer ("Sanctions imposed on Cuba have hurt": `CUB ---`) is the target */
	if (!syntax_on(S) && src->n >= 1 && src->m[0].a && src->m[0].a->pos > vend &&
	    (!tgt->n || !tgt->m[0].a || !strcmp(tgt->m[0].code, "---")) &&
	    news_deed_participle_object(S, vend, src->m[0].a->pos)) {
		slot_copy(tgt, src);
		event_null_slot(S, src);
	}
	/* passive90: --shallow, the same shape with the participle's object already the target
	 * and no source ("Duties imposed on Brazil by Argentina have hurt"): the "by" actor is
	 * the doer */
	coder_slot by_doer = { .n = 0 };
	if (!syntax_on(S) && tgt->n >= 1 && tgt->m[0].a && tgt->m[0].a->pos >= 0 &&
	    (!src->n || !strcmp(src->m[0].code, "---")) && tgt->m[0].a->end + 1 < S->nt &&
	    news_by_doer(S, tgt->m[0].a->end + 1, hi, &by_doer) && by_doer.m[0].a &&
	    news_participle_object(S, tgt->m[0].a->pos, tgt->m[0].a->end, by_doer.m[0].a->pos))
		*src = by_doer;
	/* passive89: the giver of "the authority given it by Congress to deny visas" is no
	 * side of the denial (news_giver_agent) */
	if (src->n && src->m[0].a && src->m[0].a->pos >= 0 &&
	    news_giver_agent(S, src->m[0].a->pos, src->m[0].a->end, v))
		event_null_slot(S, src);
	if (tgt->n && tgt->m[0].a && tgt->m[0].a->pos >= 0 &&
	    news_giver_agent(S, tgt->m[0].a->pos, tgt->m[0].a->end, v))
		event_null_slot(S, tgt);
	/* sense65: the describer of "in what officials describe as ..." is no side; "is dead,
	 * killed in what ...": the participle's subject suffers the deed */
	if (describer_slot(S, src) || (!syntax_on(S) && (saying_object_source(S, src, v) ||
							  said_by_plural_noun(S, src, v))))
		event_null_slot(S, src);
	if (describer_slot(S, tgt)) {
		if (src->n && src->m[0].a && src->m[0].a->pos >= 0 && src->m[0].a->pos < v &&
		    v > 0 && (tok_is(&S->t[v - 1], ",") || news_passive_aux(S, v - 2, v)))
			passive_subject_target(S, src, tgt, NULL);
		else
			event_null_slot(S, tgt);
	}
	/* sense71: "said that because of Europe's downturn, ...": a cause is no target */
	if (cause_slot(S, tgt, v, cd->code.a) || deep_cause_slot(S, tgt, v))
		event_null_slot(S, tgt);
	/* topic74: "warned it could turn to Chinese jets": what it would get, no target */
	if (acquired_slot(S, tgt, v, cd->code.a))
		event_null_slot(S, tgt);
	/* shmust72: --shallow, "said China must stop the drills": the statement whose target is
	 * the one who must is the speaker's demand (100), as syn_said_must codes it with the
	 * parse; not on a side with no code ("said we must") nor the speaker's own country.
	 * shquote168: nor does a listener after the verb ('," the envoy told parliament') keep
	 * the target from the side the quotation lays its demand on */
	if ((news & NEWS_MODALS) && !syntax_on(S) && (!tgt->n || !strcmp(tgt->m[0].code, "---") ||
						     !news_report_opens(S) || told_after(tgt, v)) &&
	    src->n >= 1 && cd->code.a &&
	    code_root(cd->code.a) == 1)
		quoted_must_target(S, v, src, tgt);
	if ((news & NEWS_MODALS) && !syntax_on(S) && cd->code.a && cd->code.a[0] == '0' &&
	    cd->code.a[1] == '1' && tgt->n == 1 && src->n >= 1 &&
	    strcmp(tgt->m[0].code, "---") && !syn_codes_same_side(tgt->m[0].code, src->m[0].code) &&
	    news_must_follows(S, tgt->m[0].a)) {
		/* must75: "should" urges (020), "must" demands (100); shinfer149: "must have"
		 * done charges (112), "should have" done reproaches (111) */
		static const char *const judged[] = { "100", "020", "112", "111" };
		cd->code.a = judged[news_must_follows(S, tgt->m[0].a) - 1];
		cd->code.b = NULL;
	}
	if ((news & NEWS_MODALS) && !syntax_on(S) && cd->code.a && cd->code.a[0] == '0' &&
	    cd->code.a[1] == '1' && src->n >= 1 && (!tgt->n || !strcmp(tgt->m[0].code, "---"))) {
		/* shshould156: "said that Indonesia must ensure security" by Indonesia's own */
		static const char *const judged[] = { "100", "020", "112", "111" };
		int k = own_side_obliged(S, v, src->m[0].code);
		if (k) {
			cd->code.a = judged[k - 1];
			cd->code.b = NULL;
		}
	}
	/* toldthat163: both paths, "the minister told reporters that the Kenyan army would ...":
	 * a state's organ reporting what another organ of its state does is no statement to it */
	if ((news & NEWS_OPEN_ACTORS) && !designated &&
	    own_organ_reported(S, src, tgt, v, cd->code.a)) {
		event_null_slot(S, tgt);   /* none, and not "reporters" either */
		if (tgt->n)
			((coder_actor *)tgt->m[0].a)->pos = ACTOR_NO_PHRASE;
	}
	cd->ok = 1;
	return 1;
}

int event_add(khaldun_coder *c, const khaldun_event *e)
{
	/* the same event twice from one sentence is one event */
	for (size_t i = 0; i < c->nevents; i++) {
		const khaldun_event *x = &c->events[i];
		if (!strcmp(x->source, e->source) && !strcmp(x->target, e->target) &&
		    !strcmp(x->code, e->code))
			return 0;
	}
	if (c->nevents >= c->limits.events) {   /* counted; the caller names the sentence */
		c->events_dropped++;
		return 0;
	}
	if (buf_grow_array(&c->events, &c->capevents, c->nevents, sizeof *c->events, 16))
		return -1;
	c->events[c->nevents++] = *e;
	return 0;
}

const char *sent_span_text(coder_sent *S, int from, int to)
{
	if (from < 0 || to < from || to >= S->nt)
		return NULL;
	const char *base = S->c->sentence.p;
	int a = S->t[from].ostart, b = S->t[to].ostart + S->t[to].olen, open = 0, last = -1;
	/* a phrase closes the bracket it opens ("the Students Islamic Movement of India
	 * (SIMI)"): with the ")" right after it, else without the "(" part */
	for (int i = a; i < b; i++)
		if (base[i] == '(' && ++open)
			last = i;
		else if (base[i] == ')' && open)
			open--;
	if (open == 1 && base[b] == ')')
		b++;
	else if (open) {
		for (b = last; b > a && (base[b - 1] == ' ' || base[b - 1] == ','); b--)
			;
		if (b <= a)
			b = S->t[to].ostart + S->t[to].olen;
	}
	const char *p = arena_strndup(&S->c->scratch, base + a, (size_t)(b - a));
	if (p && S->nspans < MAX_SPANS) {
		S->span_p[S->nspans] = p;
		S->span_off[S->nspans++] = a;
	}
	return p;
}

int sent_text_offset(coder_sent *S, const char *text)
{
	const char *sent = S->c->sentence.p, *at;
	if (!sent || !text)
		return -1;
	for (int i = S->nspans - 1; i >= 0; i--)
		if (S->span_p[i] == text)
			return S->span_off[i];
	return (at = strstr(sent, text)) ? (int)(at - sent) : -1;
}

/* coordadj123: the first word of a side's phrase [f, t] past the word opening its coordination
 * ("Both Moroccan and Spanish authorities", "either Kenya or Uganda": the side is "Moroccan
 * and Spanish authorities"); f itself when word f is no such word, is the actor's own (at pos:
 * "both said"), or no conjunction follows it inside the phrase ("both leaders"). */
static int preconj_skip(const coder_sent *S, int f, int t, int pos)
{
	if (f < 0 || f >= t || f == pos || !tok_in(&S->t[f], PRECONJ_WORDS))
		return f;
	for (int i = f + 2; i < t; i++)
		if (S->t[i].type == TY_CONJ)
			return f + 1;
	return f;
}

/* The words an event's actor covers: the match, or with NP_SPANS its noun phrase — the whole
 * compound for a member of one ("Mexico and the United Kingdom signed"), not the nouns of
 * the verb's pattern up to token tail. */
static const char *actor_text(coder_sent *S, const coder_actor *a, int verb, int vend, int tail,
			      const char *code)
{
	if (a->pos < 0)
		return NULL;
	int f = a->pos, t = a->end;
	if ((S->c->o.news & NEWS_NP_SPANS) && syntax_on(S) &&
	    syntax_np_extent(S, a, verb, tail, code, &f, &t)) {
		/* the argument's phrase in the parse; the story's rules read the words past a
		 * comma ("Officials, including those from the U.S."), the event reports the
		 * phrase without them */
		f = preconj_skip(S, f, t, a->pos);
		/* spanfix158: nor does it open with a preposition the parse hung on the phrase
		 * ("[in] the U.S. and European banks"); a count's stays ("at least 50") */
		while (f < a->pos && news_opening_prep(S, f))
			f++;
		const char *whole = sent_span_text(S, f, t);
		if (syntax_trim_comma(S, a->end, verb, f, &t) && whole && S->nwide < MAX_WIDE) {
			const char *cut = sent_span_text(S, f, t);
			if (cut) {
				S->wide_own[S->nwide] = whole;
				S->wide_p[S->nwide++] = cut;
			}
		}
		return whole;
	}
	if ((S->c->o.news & NEWS_NP_SPANS) && a->ent) {
		news_np_extent(S, a, verb, vend, &f, &t);
		/* hostage113: --shallow, the phrase does not reach back over the pattern's own
		 * nouns ("imposed new tariffs on ... worth of U.S."): it starts after them and
		 * the preposition that follows, as the parse path's phrase does; an agent noun
		 * there is the actor's own ("refugees in Chad") */
		if (!syntax_on(S) && tail > vend && f <= tail && a->pos > tail &&
		    !(S->t[tail].ent && S->t[tail].ent->type == ENT_AGENT)) {
			f = tail + 1;
			while (f < a->pos &&
			       (tok_has(&S->t[f], WF_PREP) || tok_is(&S->t[f], "OF")))
				f++;
		}
		if (a->group >= 0) {
			for (int k = 0; k < S->na; k++) {
				const coder_actor *b = &S->a[k];
				if (b->group != a->group || b->pron_kind || !sent_live(S, b->pos))
					continue;
				int bf, bt;
				news_np_extent(S, b, verb, vend, &bf, &bt);
				if (bf < f)
					f = bf;
				if (bt > t)
					t = bt;
			}
		}
		/* ofphrase156: nor over a preposition before it ("pledged to work [with]
		 * China on ..."): the phrase is the noun's; a count's "over 200" stays */
		while (f < a->pos && news_opening_prep(S, f))
			f++;
		f = preconj_skip(S, f, t, a->pos);
	}
	/* quotespk152: --shallow, the body in an inverted speaker's post ('"...," said Ann Chong,
	 * a fellow at the Atlantic Council') gives the code, the event reports the speaker's name,
	 * as the parse path's phrase does */
	int nf, nt, ne;
	if ((S->c->o.news & NEWS_NP_SPANS) && !syntax_on(S) && S->nwide < MAX_WIDE &&
	    news_post_name(S, verb, a->pos, &nf, &nt, &ne)) {
		const char *own = sent_span_text(S, f, t);
		const char *name = own ? sent_span_text(S, nf, nt) : NULL;
		if (name) {
			S->wide_own[S->nwide] = own;
			S->wide_p[S->nwide++] = name;
			return own;
		}
	}
	/* shspan118: --shallow, the rules read the phrase up to the name, the event reports
	 * it with the noun the name modifies ("Islamic State targets") and the count before
	 * it ("at least 165 Venezuelans") */
	if ((S->c->o.news & NEWS_NP_SPANS) && !syntax_on(S) && S->nwide < MAX_WIDE) {
		int h = t, c = f;
		if (a->ent) {
			h = news_np_head(S, a, verb, f, t);
			c = news_np_count(S, f);
		}
		h = news_np_tail(S, f, h, verb, a->ent != NULL);   /* shactor118 */
		const char *own = h > t || c < f ? sent_span_text(S, f, t) : NULL;
		const char *wide = own ? sent_span_text(S, c, h) : NULL;
		if (wide) {
			S->wide_own[S->nwide] = own;
			S->wide_p[S->nwide++] = wide;
			return own;
		}
	}
	if ((S->c->o.news & NEWS_NP_SPANS) && syntax_on(S)) {
		t = syntax_trim_verbs(S, f, a->end, t);
		f = syntax_trim_lead(S, f, a->pos);
		int wf = f, wt = t, whole = syntax_np_whole(S, a, verb, tail, code, &wf, &wt);
		if (!whole) {
			wf = f;
			wt = t;
		}
		int trim = syntax_trim_ends(S, &wf, &wt);   /* not "of the casualty figures" */
		int pf = preconj_skip(S, wf, wt, a->pos);
		trim |= pf != wf;
		wf = pf;
		f = preconj_skip(S, f, t, a->pos);
		/* the story's rules look names and titles up by the actor's own words ("Chaudhry",
		 * not "Bugti and Chaudhry"): the whole phrase is reported once they are done */
		if ((whole || trim) && S->nwide < MAX_WIDE) {
			const char *own = sent_span_text(S, f, t);
			const char *wide = sent_span_text(S, wf, wt);
			if (own && wide) {
				S->wide_own[S->nwide] = own;
				S->wide_p[S->nwide++] = wide;
			}
			return own;
		}
	}
	return sent_span_text(S, f, t);
}

/* dev3miss123: the text of the subject phrase [f, t] as an unnamed source's words, NULL when it
 * holds the target's own words (a parse that made "held" the verb of "Passengers of a
 * Pakistani train held hostage ... shared": the passengers are the ones held). */
static const char *subject_text(coder_sent *S, int f, int t, const coder_actor *tgt,
				const char *target_text)
{
	if (tgt->pos >= 0 && tgt->pos <= t && tgt->end >= f)
		return NULL;
	const char *text = sent_span_text(S, f, t);
	if (text && target_text && (strstr(target_text, text) || strstr(text, target_text)))
		return NULL;
	return text;
}

/* runon159: the words [*f, *t] of this sentence that a side's text covers, from its first
 * word's start to its last word's end; 0 when the text is no such span (a name from before
 * in the story). */
static int runon_range(coder_sent *S, const char *text, int *f, int *t)
{
	int off = sent_text_offset(S, text);
	int end = off + (int)strlen(text);
	*f = *t = -1;
	for (int i = 0; off >= 0 && i < S->nt; i++) {
		if (S->t[i].ostart == off)
			*f = i;
		if (*f >= 0 && S->t[i].ostart + S->t[i].olen == end)
			*t = i;
	}
	return *f >= 0 && *t >= *f;
}

/* runon159: the subject pronouns a clause opens with */
static const char *const RUNON_SUBJ[] = { "I", "WE", "THEY", "HE", "SHE", "YOU", NULL };

/* runon159: 1 when token t is a subject pronoun with its "be" or "have" written on ("I'M",
 * "WE'RE", "THEY'VE"): a clause of its own. */
static int runon_contracted(const coder_tok *t)
{
	static const char *const tails[] = { "'M", "'RE", "'VE", "’M", "’RE", "’VE", NULL };
	for (int k = 0; tails[k]; k++) {
		int n = (int)strlen(tails[k]);
		if (t->n > n && !memcmp(t->s + t->n - n, tails[k], (size_t)n))
			return 1;
	}
	return 0;
}

/* runon159: 1 when token i ends a side's noun phrase and opens another clause: a question
 * word that stands for no noun ("an example of [how] China", "her [how] happy"), a finite
 * "be" in lower case ("I [am]"; "IS", the group, is a name), a contraction of it ("I['m]",
 * "we['re]"), or the word after a subject pronoun that is no conjunction ("they [picked]
 * out 10 more people", "he [expected] courts"). */
static int runon_break(const coder_sent *S, int i, int from)
{
	static const char *const open[] = { "HOW", "WHAT", "WHY", "WHETHER", NULL };
	static const char *const be[] = { "AM", "'M", "’M", "'RE", "’RE", "'VE", "’VE",
		NULL };
	const coder_tok *t = &S->t[i];
	if (t->cls != C_WORD)
		return 0;
	if (tok_in(t, open) || tok_in(t, be) || (!t->cap && tok_in(t, BE_FINITE)) ||
	    runon_contracted(t))
		return 1;
	return i > from && tok_in(&S->t[i - 1], RUNON_SUBJ) && t->type != TY_CONJ &&
	       !tok_possessive(t);
}

/* runon159: 1 when actor code x stands for side code code: the same, the code it begins
 * ("CHN" of "CHNGOV"), or the role an unplaced agent gives it ("~JUD" of "ZWEJUD"). */
static int runon_code(const char *x, const char *code)
{
	size_t n = x ? strlen(x) : 0, m = strlen(code);
	if (n < 3 || !strcmp(x, "---"))
		return 0;
	if (x[0] == '~')
		return m >= n - 1 && !strcmp(code + m - (n - 1), x + 1);
	return !strncmp(x, code, n);
}

/* runon159: the actor whose words lie in [f, t] and whose codes hold the side's code (the
 * last such: "Russia's ally China" is China's); -1 when none. */
static int runon_actor(const coder_sent *S, int f, int t, const char *code)
{
	int best = -1;
	for (int k = 0; code && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < f || a->pos > t || a->end > t)
			continue;
		for (int j = 0; j < a->ncodes; j++)
			if (runon_code(a->codes[j], code) && (best < 0 || a->pos > S->a[best].pos))
				best = k;
	}
	return best;
}

/* runon159: a side's text that runs on past its actor's noun phrase into a clause ('"I'm very
 * proud of Secretary Rubio"', "an example of how China", "her how happy") is cut to the
 * phrase that holds the actor: from the break before it (runon_break) and past the
 * preposition or verb that then leads to it ("proud [of]"), up to the break after it. A text
 * that opens with a pronoun and holds no such actor is the pronoun's for a source or an
 * unknown side when "be" or a question word follows it ("[I] am", "[I'm] very", "[her] how
 * happy"; "she posts daily videos" stays, lead46's phrase), and the object's for a coded
 * target after a subject pronoun's verb ("they picked out [10 more people]", "he expected
 * [courts]"). The text as given when it is no span of this sentence (a name from before in
 * the story) or none of these. */
static const char *runon_cut(coder_sent *S, const char *text, const char *code, int target)
{
	static const char *const particle[] = { "OUT", "UP", "DOWN", "OFF", "AWAY", "BACK", NULL };
	static const char *const obj[] = { "ME", "US", "HIM", "HER", "THEM", NULL };
	int f, t;
	if (!runon_range(S, text, &f, &t) || t <= f)
		return text;
	int k = runon_actor(S, f, t, code), pos = f, last = f, lead = 0;
	if (k >= 0) {
		pos = S->a[k].pos;
		last = S->a[k].end;
	} else if (runon_contracted(&S->t[f]) && !target) {
		return sent_span_text(S, f, f);   /* "[I'm] very": the pronoun's */
	} else if (!(tok_in(&S->t[f], RUNON_SUBJ) || tok_in(&S->t[f], obj)) ||
		   !runon_break(S, f + 1, f)) {
		return text;
	} else if (target && strcmp(code, "---") && tok_in(&S->t[f], RUNON_SUBJ)) {
		/* the verb's object */
		pos = last = t;
		lead = 1;
	} else if (!runon_break(S, f + 1, f + 1)) {
		return text;   /* lead46's own clause of a side ("she posts daily videos") */
	}
	int nf = f, nt = t;
	for (int i = f; i < pos; i++)
		if (runon_break(S, i, f))
			nf = i + 1;
	for (int i = last + 1; i <= t && nt == t; i++)
		if (runon_break(S, i, f))
			nt = i - 1;
	for (int i = nf; nf > f && i < pos; i++) {   /* what leads to the phrase ("proud of") */
		if (S->t[i].type == TY_VERB || tok_has(&S->t[i], WF_PREP) ||
		    tok_is(&S->t[i], "OF") || (i == nf && tok_in(&S->t[i], particle)))
			nf = i + 1;
		else if (lead)
			break;
	}
	if (nf > pos)
		nf = pos;
	if (nt < last)
		nt = last;
	if (nf == f && nt == t)
		return text;
	const char *cut = sent_span_text(S, nf, nt);
	return cut ? cut : text;
}

/* runon159: a side's text that opens inside a count's bound ("[at] least six people", "[at]
 * most 40 hostages") takes the bound's "at" back: the rules read the agent from past it (a
 * verb's open object starts after the preposition), the report keeps the whole count. */
static const char *runon_bound(coder_sent *S, const char *text)
{
	int f, t;
	if (!runon_range(S, text, &f, &t) || f < 1 || !tok_is(&S->t[f - 1], "AT") ||
	    !(tok_is(&S->t[f], "LEAST") || tok_is(&S->t[f], "MOST")))
		return text;
	const char *whole = sent_span_text(S, f - 1, t);
	return whole ? whole : text;
}

void sent_widen(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++)
		for (int k = 0; k < S->nwide; k++) {
			khaldun_event *e = &c->events[i];
			if (e->source_text == S->wide_own[k])
				e->source_text = S->wide_p[k];
			if (e->target_text == S->wide_own[k])
				e->target_text = S->wide_p[k];
		}
	/* an unknown target the rules left unknown and without words takes the text of the
	 * clause below its verb (syntax_clause_object_extent); each event's verb text is its
	 * own copy (sent_span_text), so it names the event */
	for (size_t i = 0; i < c->nevents; i++)
		for (int k = 0; k < S->nlate; k++) {
			khaldun_event *e = &c->events[i];
			if (e->verb_text == S->late_verb[k] && !e->target_text &&
			    e->target && !strcmp(e->target, "---"))
				e->target_text = S->late_p[k];
		}
	if (!(c->o.news & NEWS_NP_SPANS))
		return;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		if (e->source_text)
			e->source_text = runon_bound(S, runon_cut(S, e->source_text, e->source, 0));
		if (e->target_text)
			e->target_text = runon_bound(S, runon_cut(S, e->target_text, e->target, 1));
	}
}

/* shared107: the head of the object phrase whose head word hw counts a group taken "of" it
 * ("taking [dozens] of pupils hostage", as crowd52's counted_group in match.c): the first
 * agent word at most three words after the OF, else hw */
static int counted_head(const coder_sent *S, int hw)
{
	if (hw + 2 >= S->nt || !tok_count_of(S, hw))
		return hw;
	for (int k = hw + 2; k < S->nt && k <= hw + 4; k++) {
		const coder_tok *t = &S->t[S->t[k].head >= 0 ? S->t[k].head : k];
		if (t->ent && t->ent->type == ENT_AGENT)
			return k;
		if (S->t[k].cls != C_WORD)
			break;
	}
	return hw;
}

/* An unknown target whose object phrase is headed by an agent ("more than 200 hostages",
 * not "a state of siege" nor "near-daily attacks"): the agent's code ("~CVL"), as news.c
 * codes an open actor; else code unchanged. hw: the token of the phrase's head word. */
static const char *span_agent(coder_sent *S, int hw, const char *code)
{
	if (strcmp(code, "---") || hw < 0)
		return code;
	hw = counted_head(S, hw);
	int h = S->t[hw].head >= 0 ? S->t[hw].head : hw;
	const coder_tok *t = &S->t[h];
	if (!t->ent || t->ent->type != ENT_AGENT || t->end != hw ||
	    (hw + 1 < S->nt && tok_is(&S->t[hw + 1], "OF")))
		return code;
	const char *a = sent_agent_code(S, t->ent);
	return a ? a : code;
}

/* spanppl171: 1 when the word at hw heads a phrase of people or of a body whose words are a
 * target's even uncoded: an agent word (span_agent), a group word or a kin noun
 * (context_people_noun: "her [daughter]", "armed [groups]"), or a plural body of
 * people ("humanitarian [agencies]", "aid [organizations]"); not a thing ("the hearing") */
static int people_head(coder_sent *S, int hw)
{
	static const char *const bodies[] = { "AGENCY", "AGENCIES", "ORGANIZATION",
					      "ORGANIZATIONS", "ORGANISATION", "ORGANISATIONS",
					      "CHARITIES", NULL };
	if (hw < 0 || hw >= S->nt)
		return 0;
	return strcmp(span_agent(S, hw, "---"), "---") || tok_in(&S->t[hw], bodies) ||
	       context_people_noun(S->t[hw].s, (size_t)S->t[hw].n);
}

/* objtarget147: --shallow, the token of the agent noun a matched pattern consumed as its
 * verb's object, the pattern's last word after the verb at tail: that word itself ("stamped
 * out the [militants]", "took many [hostages]"), or the word right before a trailing
 * instrument the pattern names ("attacked the [rebels] with rockets", "* WITH_ {ROCKETS}");
 * -1 when the pattern ends on no agent ("launched a drone", "called for talks"). */
static int pattern_agent_word(coder_sent *S, int vend, int tail)
{
	if (tail <= vend || tail >= S->nt)
		return -1;
	if (strcmp(span_agent(S, tail, "---"), "---"))
		return tail;
	for (int k = tail - 1; k > vend + 1; k--) {
		if (S->t[k].cls == C_COMMA || S->t[k].type == TY_VERB)
			return -1;
		if (tok_is(&S->t[k], "WITH"))
			return strcmp(span_agent(S, k - 1, "---"), "---") ? k - 1 : -1;
	}
	return -1;
}

/* trail145, objtarget147: 1 when a deed of force (code a, 17x to 20x) whose pattern,
 * ending at tail, consumed an agent noun as its object (pattern_agent_word: "crushed the
 * [rebels]", "attacked the [rebels] with rockets", "were holding [hostages]") found as target
 * an open phrase past the pattern naming no one ("with [tanks]", "from [the hills]", "in [two
 * villages]", "stamped out the [militants] in the capital"): that phrase is the deed's means,
 * place or time, and the consumed agent is the target (pattern_agent_target). coerce148:
 * coercion too, whose target is the people it arrests, expels or bans ("removed the
 * [migrants] from the island" ~REF, "banned national [newspapers] from printing" ~MED).
 * Not a phrase of aim or path right after the pattern ("launched a drone [at] a cargo
 * vessel": the vessel is what the drone reaches). defobj149: both paths;
 * on the default one the parse's object ("removed [the asylum seekers] from the boat") is
 * then read as the target (syntax_object_extent, span_agent) and not the boat. */
static int past_pattern_agent(coder_sent *S, int vend, int tail, const char *a,
			      const coder_slot *tgt)
{
	static const char *const aim[] = { "AT", "TO", "INTO", "ONTO", "ON", "UPON", "TOWARD",
					   "TOWARDS", "THROUGH", "AGAINST", "OVER", NULL };
	return force_code(a) && open_thing(tgt) &&
	       tgt->m[0].a->pos > tail && tail + 1 < S->nt && !tok_in(&S->t[tail + 1], aim) &&
	       pattern_agent_word(S, vend, tail) >= 0;
}

/* tgtunk106: --shallow, an event whose pattern found no target actor and whose own last
 * word after the verb is an agent ("took many [hostages]", "were holding 200 [hostages]",
 * "had taken 50 passengers [hostage]"): the pattern consumed that noun, so no actor was read
 * from it, yet it names the ones a deed of force (CAMEO 17 to 20) befalls; not an appeal's
 * or a statement's noun ("called for a transitional government"). The target becomes its
 * agent code ("~CVL") and its text the words from the verb to it, as the parse path reads
 * the object (span_agent), so the context rules place them (the sentence's or the story's
 * country). Not a noun with an "of" after it ("hostages of ..."), nor one after "by" or
 * "from", the doer's ("staged by Nigerian troops", "came under attack from militants"). */
static void pattern_agent_target(coder_sent *S, const coder_cand *cd, int vend,
				 khaldun_event *e)
{
	int hw = pattern_agent_word(S, vend, cd->tail);
	if (hw < 0 || strcmp(e->target, "---") || !force_code(e->code) ||
	    (hw != cd->tail && !violence_code(e->code)))
		return;   /* objtarget147: the agent before a trailing weapon, violence alone */
	for (int k = vend + 1; k < hw; k++)
		if (tok_is(&S->t[k], "BY") || tok_is(&S->t[k], "FROM"))
			return;   /* the doer's phrase: "conducted by the air force" */
	const char *a = span_agent(S, hw, e->target);
	if (!strcmp(a, "---"))
		return;
	e->target = a;
	/* ofphrase156: the words start past a preposition after the verb ("got rid [of] six
	 * militants"): it is none of the phrase; not a count's ("held [over] 200 hostages") */
	int f = vend + 1;
	while (f < hw && news_opening_prep(S, f))
		f++;
	e->target_text = sent_span_text(S, f, hw);
}

/* The words of an open object phrase, tokens f..t, go through the late queue as an event's
 * target words (open_object_late, people_object_late); 1 when they do. Not the source's own
 * words, not a pronoun ("arrested him" is context_object_pronouns' to read; a possessive opening a
 * people phrase is no side of its own when poss: "enroll [her daughter]"). */
static int late_object_text(coder_sent *S, int f, int t, const coder_actor *src,
			    const char *verb_text, int poss)
{
	if (f < 0 || t < f || (src->pos >= 0 && src->pos <= t && src->end >= f))
		return 0;
	for (int k = f; k <= t; k++)
		if (S->t[k].type == TY_PRON && !(poss && k == f && k < t &&
						  tok_has(&S->t[k], WF_POSS)))
			return 0;
	/* a phrase cut inside its noun ("the brazen [attack]") or one that is a clause's
	 * subject ("said the attack [shows]") is no object: it ends the sentence or a
	 * punctuation mark, preposition, conjunction or clause word follows it */
	if (tok_is(&S->t[f], "OF") || (t + 1 < S->nt && S->t[t + 1].cls == C_WORD &&
	    !tok_has(&S->t[t + 1], WF_PREP | WF_CLAUSE) && S->t[t + 1].type != TY_CONJ &&
	    !tok_is(&S->t[t + 1], "OF")))
		return 0;
	const char *text = sent_span_text(S, f, t);
	if (!text)
		return 0;
	S->late_verb[S->nlate] = verb_text;
	S->late_p[S->nlate++] = text;
	return 1;
}

/* shtgttext123: --shallow, an unknown target the rules leave unknown and without words is
 * reported by the words of its verb's open object, as the token path reads it after the
 * pattern's own words (news_open_object: "claimed responsibility for [the brazen attack]",
 * "overturned [the conviction]"); given once the rules are done (sent_widen), so no rule
 * reads them and the event stays as it is. Not the source's own words, not a pronoun
 * ("arrested him" is context_object_pronouns' to read), not past a clause's end. */
static void open_object_late(coder_sent *S, const coder_cand *cd, int vend,
			     const coder_actor *src, const char *verb_text)
{
	/* the words a preposition of place, time or means opens are no side ("said in [a
	 * statement]", "talks in [Madrid]"); nor what follows a verb of speech: its content's
	 * subject ("said [the group] remains") or the channel told (accuse49: "told reporters") */
	static const char *const scene[] = { "IN", "AT", "DURING", "FROM", "BY", "AFTER",
					     "BEFORE", "SINCE", "UNTIL", "THROUGH", "ACROSS",
					     "NEAR", "AMID", "WITHIN", "AMONG", "UNDER", "DESPITE",
					     "VIA", "AS", "LIKE", "THAN", NULL };
	if (tok_in(&S->t[cd->verb], SPEECH_WORDS))
		return;
	coder_slot obj;
	int from = cd->tail > vend ? cd->tail : vend;
	/* shtarget168: a pattern that ends past its verb may hold the object itself: then the
	 * phrase right after the verb, when its last word names people ("expelled [humanitarian
	 * aid workers]", span_agent); a thing there is the pattern's deed ("issued [an
	 * ultimatum]", "started [a hunger strike]"), which gold never takes for the target */
	if ((!news_open_object(S, from, S->nt, &obj) || !obj.n || !obj.m[0].a) &&
	    (from == vend || !news_open_object(S, from = vend, S->nt, &obj) || !obj.n ||
	     !obj.m[0].a || obj.m[0].a->end < 0 ||
	     !people_head(S, obj.m[0].a->end)))
		return;
	int f = obj.m[0].a->pos;
	if (f - 1 > from && tok_in(&S->t[f - 1], scene))
		return;
	late_object_text(S, f, obj.m[0].a->end, src, verb_text, 0);
}

/* shobj170: the first token of the open object phrase read past token k (news_open_object)
 * when a word that names people heads it (span_agent: "[aid workers]"), its last into *t;
 * else -1. With deed, a possessive pronoun opening it is the phrase's ("enroll [her
 * daughter]"): open_actor names no one for it, so the phrase is read past it. Only a deed's
 * object: before a "to" the people are the doers of the infinitive, and a possessive there
 * (one open_actor resolved, too) is mostly the subject's own ("ordered [its military] to
 * seal the border"): none then. */
static int people_phrase_after(coder_sent *S, int k, int deed, int *t)
{
	coder_slot obj;
	int poss = deed && k + 1 < S->nt && S->t[k + 1].type == TY_PRON &&
		   tok_has(&S->t[k + 1], WF_POSS);
	if (k + poss >= S->nt || !news_open_object(S, k + poss, S->nt, &obj) || !obj.n ||
	    !obj.m[0].a || obj.m[0].a->end < 0 || obj.m[0].a->pos < 0 ||
	    !people_head(S, obj.m[0].a->end) ||
	    (poss && obj.m[0].a->pos != k + 2) ||
	    (!deed && S->t[obj.m[0].a->pos].type == TY_PRON))
		return -1;
	*t = obj.m[0].a->end;
	return poss ? k + 1 : obj.m[0].a->pos;
}

/* shobj170: 1 when token k is the verb of an infinitive: "to" before it and a word that
 * opens no noun phrase ("refused to [enroll] her daughter", not "to [these] areas") */
static int infinitive_at(const coder_sent *S, int k)
{
	return k > 0 && k < S->nt && tok_is(&S->t[k - 1], "TO") && S->t[k].cls == C_WORD &&
	       (S->t[k].type == TY_VERB || S->t[k].type == TY_NULL) &&
	       !tok_has(&S->t[k], WF_PREP | WF_CLAUSE | WF_WHEN);
}

/* shobj170: the first token of the people object of the verb ending at vend, its pattern
 * ending at from, where the default path's parse still finds it (last token into *t):
 * right after the verb before a "to" ("does not allow [humanitarian agencies] to go"),
 * behind an infinitive the pattern took or not ("refused to enroll [her daughter]",
 * "threatened to expel [the aid workers]"), or after the "with" of a meeting or talk ("met
 * with [security officials]"); -1 when none */
static int people_object_from(coder_sent *S, const coder_cand *cd, int vend, int from, int *t)
{
	static const char *const meet[] = { "MEET", "MEETS", "MET", "MEETING", "TALK", "TALKS",
					    "TALKED", "TALKING", "CONSULT", "CONSULTS",
					    "CONSULTED", "CONSULTING", NULL };
	int f = people_phrase_after(S, vend, 0, t);
	if (f >= 0 && *t + 1 < S->nt && tok_is(&S->t[*t + 1], "TO"))
		return f;
	for (int k = vend + 2; k <= from + 2 && k < S->nt; k++)
		if (infinitive_at(S, k))
			return people_phrase_after(S, k, 1, t);
	if (tok_in(&S->t[cd->verb], meet) && from + 1 < S->nt && tok_is(&S->t[from + 1], "WITH"))
		return people_phrase_after(S, from, 0, t);
	return -1;
}

/* shobj170: --shallow, an event whose target is "---" with no words after open_object_late
 * takes the people object that people_object_from finds, its words only (the code stays:
 * the dictionaries gave the phrase none). A thing there is the deed's ("refused to attend
 * [the hearing]"), no side. */
static void people_object_late(coder_sent *S, const coder_cand *cd, int vend,
			       const coder_actor *src, const char *verb_text)
{
	int t, from = cd->tail > vend ? cd->tail : vend;
	if (tok_in(&S->t[cd->verb], SPEECH_WORDS))
		return;
	int f = people_object_from(S, cd, vend, from, &t);
	if (f >= 0)
		late_object_text(S, f, t, src, verb_text, 1);
}

/* shgap168: --shallow, a side no actor names whose words are the verb's unnamed pronoun
 * subject (news_pronoun_side: "He accused the U.N. envoy", "he was criticized by U.N.
 * representatives") reports that pronoun as its words, as the parse path's subject and
 * object phrases do (dev3miss123): the doer's for an active verb, the target's for a
 * passive one. A side with words, or a code of its own, is left as it is. */
static void pronoun_side_text(coder_sent *S, const coder_cand *cd, const coder_actor *src,
			      const coder_actor *tgt, int fronted, khaldun_event *e)
{
	int passive, j = news_pronoun_side(S, cd->verb, &passive);
	if (j < 0)
		return;
	if (!passive && !fronted && !e->source_text && src->pos == ACTOR_NO_WORDS &&
	    !strcmp(e->source, "---"))
		e->source_text = sent_span_text(S, j, j);
	else if (passive && !e->target_text && tgt->pos == ACTOR_NO_WORDS &&
		 !strcmp(e->target, "---"))
		e->target_text = sent_span_text(S, j, j);
}

/* shtarget168: --shallow, a passive verb (a form of "be" right before it: "The Alliance of
 * Democracies was sanctioned by Beijing") whose target no actor names and has no words takes
 * its subject's noun phrase (news_open_subject), as the parse path's passive subject does
 * (defspan168); given once the rules are done, as open_object_late's phrase, so no rule
 * reads it. Not the source's own words, nor a phrase with a pronoun (shgap168's). 1 when
 * the verb is such a passive (its object is then no target), else 0. */
static int passive_subject_late(coder_sent *S, const coder_cand *cd, const coder_actor *src,
				const char *verb_text)
{
	int b = cd->verb - 1;
	coder_slot subj;
	if (b < 1 || !tok_in(&S->t[b], BE_ALL) || !tok_ends(&S->t[cd->verb], "ED"))
		return 0;
	if (!news_open_subject(S, 0, b, &subj) || !subj.n || !subj.m[0].a)
		return 1;
	int f = subj.m[0].a->pos, t = subj.m[0].a->end;
	if (f < 0 || t < f || (src->pos >= 0 && src->pos <= t && src->end >= f))
		return 1;
	for (int k = f; k <= t; k++)
		if (S->t[k].type == TY_PRON)
			return 1;
	const char *text = sent_span_text(S, f, t);
	if (text) {
		S->late_verb[S->nlate] = verb_text;
		S->late_p[S->nlate++] = text;
	}
	return 1;
}

static void set_origin(khaldun_origin *o, const dict_origin *at)
{
	o->file = at->file;
	o->line = at->line;
	o->entry = at->text;
}

/* An actor taken from a deleted comma part (the parse's apposition, syn_appos_actor: "Ahmed
 * Khan, Pakistan's interior minister,") says so in the event's context. */
static void appos_note(coder_sent *S, khaldun_event *e, const coder_actor *a, const char *role)
{
	if (a->pos < 0 || a->pos >= S->nt || sent_live(S, a->pos))
		return;
	char note[320];
	snprintf(note, sizeof note, "%s%s%s: %s, named in an apposition",
		 e->context ? e->context : "",
		 e->context ? "; " : "", role, role[0] == 's' ? e->source : e->target);
	e->context = arena_strdup(&S->c->scratch, note);
}

/* 1 for a verb whose coordinated subject acts on each other whatever its code ("signed an
 * agreement", "failed to reach agreement", "exchanged ambassadors", "held talks", clash52:
 * "sparred"). */
static int mutual_verb(const coder_tok *t)
{
	static const char *const stem[] = { "SIGN", "AGRE", "EXCHANG", "MEET", "MET", "TALK",
		"CLASH", "FIGHT", "FOUGHT", "NEGOTIAT", "REACH", "UPGRAD", "COOPERAT",
		"DISCUSS", "HOLD", "HELD", "SWAP", "RESTOR", "ESTABLISH", "NORMALI", "SEVER",
		"CUT", "BREAK", "BROKE", "CONSULT", "TRAD", "SETTL", "RECONCIL", "SPARR",
		NULL };
	for (int k = 0; stem[k]; k++) {
		int n = (int)strlen(stem[k]);
		if (t->n >= n && !memcmp(t->s, stem[k], (size_t)n) &&
		    (n > 3 || t->n == n || (t->n == n + 1 && t->s[n] == 'S')))
			return 1;
	}
	return 0;
}

/* recip51: 1 when a reciprocal ("each other", "one another") follows the verb ending at
 * token vend in its own clause, alone or after a preposition or noun ("fired on each other",
 * "held talks with one another"): a coordinated subject that is the verb's own target. */
static int reciprocal_after(const coder_sent *S, int vend)
{
	for (int j = vend + 1; j + 1 < S->nt && j <= vend + 4; j++) {
		const coder_tok *t = &S->t[j];
		if ((tok_is(t, "EACH") && tok_is(&S->t[j + 1], "OTHER")) ||
		    (tok_is(t, "ONE") && tok_is(&S->t[j + 1], "ANOTHER")))
			return 1;
		if (t->cls != C_WORD || t->type == TY_VERB || t->type == TY_ACTOR ||
		    t->type == TY_AGENT || t->type == TY_CONJ)
			return 0;
	}
	return 0;
}

/* 1 for an intent one side holds towards others, whatever the mutual code root 03 says:
 * to give aid, reform or yield (033-035: "Kuwait, the Netherlands, Belgium and Ireland have
 * vowed to deliver the full funds" is no promise among them). */
static int one_sided_intent(const char *a)
{
	return a && a[0] == '0' && a[1] == '3' && a[2] >= '3' && a[2] <= '5';
}

/* coord51: 1 when a coordinated subject's deed of force or reduced relations is done by
 * its members together to someone else, not to each other, though its CAMEO class (16, 19)
 * may be mutual: "U.S. and Iraqi troops conducted a joint raid", "launched strikes",
 * "imposed sanctions". Relations cut or talks halted (161, 164) are between the two; force
 * is only when the verb or the deed noun after it says the sides fought each other
 * ("clashed", "exchanged fire", "fought a battle", "fired across the line" that parts
 * them). "Joint" or "together" near the verb always names a deed done side by side. */
static int one_sided_deed(const coder_sent *S, const char *a, int verb, int vend)
{
	static const char *const fight[] = { "CLASH", "FIGHT", "FOUGHT", "BATTL", "SKIRMISH",
		"EXCHANG", "TRAD", "DUEL", NULL };
	static const char *const fray[] = { "CLASH", "CLASHES", "FIGHTING", "FIGHT", "BATTLE",
		"BATTLES", "SKIRMISH", "SKIRMISHES", "FIREFIGHT", "FIREFIGHTS", "GUNFIGHT",
		"GUNFIGHTS", "GUNBATTLE", "GUNBATTLES", "WAR", "HOSTILITIES", "ACROSS", NULL };
	static const char *const side[] = { "JOINT", "JOINTLY", "TOGETHER", NULL };
	if (!a || a[0] != '1' || (a[1] != '6' && a[1] != '9'))
		return 0;
	int lo = verb > 2 ? verb - 2 : 0, hi = vend + 4 < S->nt ? vend + 4 : S->nt - 1, war = 0;
	for (int j = lo; j <= hi; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD)
			continue;
		if (tok_in(t, side))
			return 1;
		war |= j > vend && tok_in(t, fray);
	}
	if (a[1] == '6')
		return a[2] && a[2] != '1' && a[2] != '4';
	const coder_tok *v = &S->t[verb];
	for (int k = 0; fight[k]; k++)
		if (v->n >= (int)strlen(fight[k]) && !memcmp(v->s, fight[k], strlen(fight[k])))
			return 0;
	return !war;
}

/* 1 when a slot's members have two codes or more (not "the Baloch Liberation Army, or
 * BLA": one actor named twice, which is no pair). */
static int distinct_members(const coder_slot *s)
{
	for (int i = 1; i < s->n; i++)
		if (strcmp(s->m[i].code, s->m[0].code))
			return 1;
	return 0;
}

/* 1 when a deed of force (17-20) is done by no one the sentence names to someone it names
 * but no dictionary knows, as the parse's passive subject ("Abu Khadija was killed in an
 * airstrike", "Khalil was arrested on Saturday"): "---" on both sides, yet an event. */
static int open_deed(coder_sent *S, const coder_cand *cd, const coder_member *s,
		     const coder_member *t)
{
	/* sides39: or a bare role done to the same bare role ("The commander was killed by
	 * our troops": ~MIL both): two phrases, two sides the sentence does not place */
	int bare = s->code[0] == '~' && !strcmp(s->code, t->code) && s->a->pos >= 0;
	return (strcmp(s->code, "---") == 0 || bare) && s->a != t->a && t->a->pos >= 0 &&
	       force_code(cd->code.a) &&
	       syntax_passive_subject_at(S, cd->verb, t->a->pos, t->a->end);
}

/* 1 when a deed of force (17-20) has a subject pronoun no rule could resolve as its doer and
 * another phrase no dictionary knows, or none, as its target ("Whoever stayed on the train,
 * they killed them", "they were holding over 200 hostages"): the deed happened though the
 * sentence alone cannot say by or to whom, so it is an event with "---" on both sides, as
 * open_deed's. A speaker's quote is no reason to doubt it; a statement or appeal with no
 * side tells nothing and stays dropped. Only where open_pair keeps nothing (a sentence coded
 * alone, or a story's first), so story context still places what it can. */
static int pronoun_deed(const coder_cand *cd, const coder_member *s, const coder_member *t)
{
	return force_code(cd->code.a) && !strcmp(s->code, "---") && !strcmp(t->code, "---") &&
	       s->a != t->a && s->a->pos >= 0 && s->a->pron_kind && s->a->ref < 0 &&
	       (t->a->pos < 0 || !t->a->ent);
}

/* shquote80: --shallow, 1 when actor a is the first person ("I", "we") of a quotation that
 * opens the sentence and closes before its end ('"We condemn the attack," the ministry
 * said'): the speaker named after the mark places it (context_quote_tail_speaker), in a
 * story's first sentence too, so open_pair keeps its event there. The parse path binds the
 * quote's subject itself. */
static int quoted_we(const coder_sent *S, const coder_actor *a)
{
	if (syntax_on(S) || S->t[0].cls != C_QUOTE || a->pos < 1 || a->pos != a->end ||
	    !(tok_is(&S->t[a->pos], "I") || tok_is(&S->t[a->pos], "WE")))
		return 0;
	for (int i = a->pos + 1; i + 1 < S->nt; i++)
		if (S->t[i].cls == C_QUOTE)
			return 1;
	return 0;
}

/* 1 when an event of no known side is kept for story context to place its source (inside
 * a story, from its second sentence): its source has words of its own (a pronoun, a name
 * no dictionary knows) and its target is another phrase or none. Before, such an event was
 * dropped here, so "He called the ruling arbitrary" coded nothing even when the story said
 * who he was; context_sentence_end drops it still if no rule placed the source. Not a statement
 * with no target phrase ("Noori stressed that if conflict arises ..."): a bare "X said"
 * tells little and its speaker is often an expert of another country; nor the parse's
 * passive subject ("Gachagua was convicted", "Khalil has been ordered to appear"), who
 * undergoes the deed. */
static int open_pair(coder_sent *S, const coder_cand *cd, const coder_member *s,
		     const coder_member *t)
{
	const coder_context *x = &S->c->ctx;
	const char *a = cd->code.a;
	int said = code_root(a) == 1;
	return x->on && (x->sentences > 0 || quoted_we(S, s->a)) && !strcmp(s->code, "---") &&
	       !strcmp(t->code, "---") &&
	       s->a != t->a && s->a->pos >= 0 && (!said || t->a->pos >= 0) &&
	       !syntax_passive_subject_at(S, cd->verb, s->a->pos, s->a->end);
}

/* 1 when token i goes on with the noun phrase before it: a noun, an agent, an actor or a
 * capitalised word no list knows ("Beledweyne District Commissioner" is an official, not a
 * district; "Quetta railway station Wednesday" ends at the station). */
static int name_goes_on(coder_sent *S, int i)
{
	if (i >= S->nt || S->t[i].cls != C_WORD)
		return 0;
	const coder_tok *t = &S->t[i];
	return t->type == TY_AGENT || t->type == TY_NOUN || t->type == TY_ACTOR ||
	       (t->cap && t->type == TY_NULL && !t->wf);
}

/* 1 when the phrase at token pos is the object right after the verb ending at vend: only
 * determiners, numbers or adjectives come between ("blocked the two Greek ports"). */
static int verb_object(const coder_sent *S, int vend, int pos)
{
	int i = vend + 1;
	while (i < pos && S->t[i].cls == C_WORD && (S->t[i].type == TY_DET ||
	       S->t[i].type == TY_NUM || S->t[i].type == TY_ADJ))
		i++;
	return pos > vend && i == pos;
}

/* News: an actor that only says where a thing is, written as the modifier of a facility noun
 * that heads its phrase ("from Quetta railway station", "New York's JFK airport", "the
 * pandemic-hit Indian sub-continent"): the place stands for no one who acts or is acted on.
 * Settlement nouns (city, town, province) are left out: "protesters in the Kosovan town of
 * Gjilan", "withdraw its troops from the West Bank cities" name their sides by the place.
 * So is a capitalised facility noun, part of a name ("China Merchants Port"). A deed of
 * force on the place keeps its country as the target (TABARI's convention: "shelled Kharkiv's
 * railway station"); place_slot's caller sees to that. Nor is the modifier of the verb's
 * own object, its phrase right after the verb ending at vend ("was blocking Ukrainian ports",
 * "closed the Syrian border crossings"): the deed is done to the facility, so to its owner.
 * Returns 1 for such an actor. */
static int place_modifier(coder_sent *S, const coder_actor *a, int vend)
{
	static const char *const site[] = { "STATION", "STATIONS", "AIRPORT", "AIRPORTS",
		"HOSPITAL", "HOSPITALS", "PORT", "PORTS", "HARBOR", "HARBOUR", "STREET", "STREETS",
		"ROAD", "ROADS", "HIGHWAY", "HIGHWAYS", "SUBCONTINENT", "CONTINENT", NULL };
	if (a->pos < 0 || a->pron_kind || a->ref >= 0 || a->end < 0)
		return 0;
	if (vend >= 0 && verb_object(S, vend, a->pos))
		return 0;
	for (int j = a->end + 1; j < S->nt && j <= a->end + 4; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD)
			return 0;
		if (tok_in(t, site) && !t->cap && !name_goes_on(S, j + 1))
			return 1;
		if (t->type == TY_ACTOR || t->type == TY_AGENT || t->type == TY_VERB ||
		    t->type == TY_CONJ || t->type == TY_AUX || t->type == TY_PRON ||
		    t->type == TY_DET || (t->wf & WF_PREP))
			return 0;
	}
	return 0;
}

/* nouns52: the actor at the destination of a giving deed (07x, or the intent of one, 033x)
 * whose object, the thing given, is the target actor itself ("sent peacekeepers to Gaza",
 * "offered to send peacekeepers to Gaza"): the "to" phrase right after that object names
 * the one who receives it (Gaza), as it does after a thing no actor names ("sent police
 * officers to Haiti"). Returns the destination's actor index, or -1. */
static int given_to(coder_sent *S, const coder_cand *cd, int vend)
{
	const char *a = cd->code.a;
	if (!a || !(!strncmp(a, "07", 2) || !strncmp(a, "033", 3)) || cd->tgt.n != 1 ||
	    cd->tgt.pronoun)
		return -1;
	/* "offered to send": the intent's object follows its infinitive */
	if (a[1] == '3' && vend + 2 < S->nt && tok_is(&S->t[vend + 1], "TO") &&
	    S->t[vend + 2].cls == C_WORD)
		vend += 2;
	const coder_actor *o = cd->tgt.m[0].a;
	if (!o || o->pos < 0 || o->end < 0 || o->ref >= 0 || !verb_object(S, vend, o->pos))
		return -1;
	int j = o->end + 1;
	if (j >= S->nt || !tok_is(&S->t[j], "TO"))
		return -1;
	for (j++; j < S->nt && S->t[j].cls == C_WORD && S->t[j].type == TY_DET; j++)
		;
	return sent_actor_at(S, j);
}

/* place61: a broadcaster (a member coded ...MED) right after "on", the medium a statement is
 * made on ("spoke to reporters on Ethiopian state television"): not whom it is made to, as
 * one told ("told state television") is. The caller asks it only of statements. */
static int medium_member(coder_sent *S, const coder_member *m)
{
	const coder_actor *a = m->a;
	size_t n = m->code ? strlen(m->code) : 0;
	if (!a || a->pos < 1 || a->pron_kind || a->ref >= 0 || n < 3 ||
	    strcmp(m->code + n - 3, "MED"))
		return 0;
	const coder_tok *t = &S->t[a->pos - 1];
	return t->cls == C_WORD && tok_is(t, "ON");
}

/* place66: an actor that is where someone goes, right after "to" (determiners between) led
 * by a word of travel ("en route to Jeddah", "on his way to Kyiv", "a trip to Canada",
 * "flew to Cairo"), or the country set after such a city ("en route to Cairo, Egypt"): the
 * destination, not who acts there. The caller asks it of sources, and of the targets of
 * statements ("said on his way to Nairobi"); not of a hosted visit (043), whose source is
 * the host, nor of a visit's own target. */
static int destination_member(const coder_sent *S, const coder_member *m)
{
	static const char *const travel[] = { "ROUTE", "WAY", "TRAVEL", "TRAVELS", "TRAVELED",
		"TRAVELLED", "TRAVELING", "TRAVELLING", "TRIP", "TRIPS", "JOURNEY", "FLEW",
		"FLIGHT", "HEADED", "HEADING", "VISIT", "VISITS", NULL };
	const coder_actor *a = m->a;
	if (!a || a->pos < 2 || a->pron_kind || a->ref >= 0)
		return 0;
	int j = a->pos - 1;
	if (S->t[j].cls == C_COMMA)   /* "Cairo, Egypt": back to the city's phrase */
		for (int k = 0; k < S->na; k++)
			if (S->a[k].end == j - 1 && S->a[k].pos >= 2 && !S->a[k].pron_kind)
				j = S->a[k].pos - 1;
	while (j > 1 && S->t[j].cls == C_WORD && S->t[j].type == TY_DET)
		j--;
	/* passive78: not the travel one is barred from ("are barred from travel to Kenya"):
	 * that country bars (news_barred_entry) */
	return S->t[j].cls == C_WORD && tok_is(&S->t[j], "TO") &&
	       S->t[j - 1].cls == C_WORD && tok_in(&S->t[j - 1], travel) &&
	       !(j >= 3 && news_barred_from(S, j - 2));
}

/* place66: 1 when every member of target slot t is a country of a post, right after "for" or
 * "to" (determiners between) led by a title noun ("named a special envoy for Sudan", "the
 * deputy representative for North Korea"): the post, not whom a statement is aimed at. Not
 * when the title is the source's own ("the U.N. envoy for Syria said"), the source's phrase
 * ending at most three words before it: the speaker's post may be what he speaks of.
 * topic75: with own set, the other way round: only the source's own title, the post "in" or
 * "to" its country before the verb vw ("The Kenyan envoy in Sudan expressed concern"): the
 * place the source is posted to, which --shallow took for the target (the parse's
 * posted_slot in syntax.c leaves it already); sidesh110: a mission is such a seat ("the
 * U.S. Mission to the United Nations said"). */
static int post_slot(const coder_sent *S, const coder_slot *t, const coder_slot *src, int own,
		     int vw)
{
	static const char *const title[] = { "ENVOY", "ENVOYS", "REPRESENTATIVE", "AMBASSADOR",
		"AMBASSADORS", "COORDINATOR", "EMISSARY", NULL };
	static const char *const seat[] = { "CONSUL", "CONSULATE", "EMBASSY", "DIPLOMAT",
		"DIPLOMATS", "MISSION", "MISSIONS", NULL };
	if (t->n < 1 || t->pronoun)
		return 0;
	for (int i = 0; i < t->n; i++) {
		const coder_actor *a = t->m[i].a;
		if (!a || a->pos < 2 || a->pron_kind || a->ref >= 0 || (own && a->pos >= vw))
			return 0;
		int j = a->pos - 1;
		while (j > 1 && S->t[j].cls == C_WORD && S->t[j].type == TY_DET)
			j--;
		if (!(S->t[j].cls == C_WORD && S->t[j - 1].cls == C_WORD &&
		      (tok_is(&S->t[j], own ? "IN" : "FOR") || tok_is(&S->t[j], "TO")) &&
		      (tok_in(&S->t[j - 1], title) || (own && tok_in(&S->t[j - 1], seat)))))
			return 0;
		int mine = 0;
		for (int k = 0; k < src->n; k++) {
			const coder_actor *o = src->m[k].a;
			if (o && o->ref >= 0)
				o = &S->a[o->ref];
			if (o && o->end >= 0 && o->end < j - 1 && o->end >= j - 4)
				mine = 1;
		}
		if (mine != own)
			return 0;
	}
	return 1;
}

/* target73: 1 when every member of slot s is named in the "at" phrase right after the verb
 * ending at vend ("was declared at the government hospital in Garissa", "spoke at the White
 * House"): the venue where a statement is made, not whom it is made to or about. Not "at
 * least" or "at most" (a count: "said at least six people died"), nor a phrase cut by a verb,
 * a comma, another actor or a preposition other than "in" or "of" before the member ("spoke at
 * length about North Korea": the topic). */
static int at_venue_slot(const coder_sent *S, const coder_slot *s, int vend)
{
	if (s->n < 1 || vend < 0 || vend + 2 >= S->nt || !tok_is(&S->t[vend + 1], "AT") ||
	    tok_is(&S->t[vend + 2], "LEAST") || tok_is(&S->t[vend + 2], "MOST"))
		return 0;
	for (int i = 0; i < s->n; i++) {
		const coder_actor *a = s->m[i].a;
		if (!a || a->pron_kind || a->pos <= vend + 1 || a->pos > vend + 6)
			return 0;
		for (int j = vend + 2; j < a->pos; j++)
			if (S->t[j].cls != C_WORD || S->t[j].type == TY_VERB ||
			    S->t[j].type == TY_ACTOR || ((S->t[j].wf & WF_PREP) &&
			    !tok_is(&S->t[j], "IN") && !tok_is(&S->t[j], "OF")))
				return 0;
	}
	return 1;
}

/* coref90: 1 when member m is the place of someone's home, right after "in" after a
 * possessive and a dwelling noun ("from his home in Yangon", "back to their home in China"):
 * where the owner lives, not who acts. The caller asks it of sources. */
static int home_member(const coder_sent *S, const coder_member *m)
{
	static const char *const dwelling[] = { "HOME", "HOMES", "HOUSE", "RESIDENCE",
		"APARTMENT", NULL };
	const coder_actor *a = m->a;
	if (!a || a->pos < 3 || a->pron_kind || a->ref >= 0)
		return 0;
	const coder_tok *t = &S->t[a->pos - 3];
	return t[0].cls == C_WORD && (t[0].wf & WF_POSS) && t[1].cls == C_WORD &&
	       tok_in(&t[1], dwelling) && t[2].cls == C_WORD && tok_is(&t[2], "IN");
}

/* origin101: 1 when the deed at token verb befalls a mover named before it: a passive ("was
 * shot down", a "be" up to three words before the verb, after token from) or a deed noun
 * in an "under" phrase ("came under heavy fire"). */
static int befalls_mover(const coder_sent *S, int from, int verb)
{
	if (news_passive_aux(S, from, verb))
		return 1;
	for (int j = verb - 1; j >= from && j >= verb - 3; j--)
		if (S->t[j].cls == C_WORD && tok_is(&S->t[j], "UNDER"))
			return 1;
	return 0;
}

/* origin101: 1 when member m is a place a mover passed on its way to a deed that befalls the
 * mover (befalls_mover): the actor stands right after "from", "via", "through", "toward(s)",
 * "to" or "into" (determiners between; "for" only after "bound"), led by a participle of
 * travel ("traveling", "flying", "fleeing", "returning", "en route", a direction word
 * between: "traveling north from Quetta"), or by another such place phrase ("flying from
 * Tehran to Damascus"): "The bus traveling from Kandahar came under fire" names where the
 * bus came from, not who fired. Not a place of launch ("rockets fired from Gaza"), nor a
 * "from" of membership ("troops from Chad"). role 0 asks it of a source; of a target (role
 * 1, 2) a "from" after a participle on people ("refugees fleeing from Sudan") names their
 * own side (news_people_word) and is kept, and so is a place gone to when a doer is named
 * (role 1: "aid trucks heading to Gaza were blocked by Israel", the side aimed at). */
static int passage_member(const coder_sent *S, const coder_member *m, int verb, int role)
{
	static const char *const gone_to[] = { "TO", "INTO", "TOWARD", "TOWARDS", "FOR", NULL };
	static const char *const way[] = { "FROM", "VIA", "THROUGH", "TOWARD", "TOWARDS", "TO",
		"INTO", "FOR", NULL };
	static const char *const travel[] = { "TRAVELING", "TRAVELLING", "TRAVELED", "TRAVELLED",
		"HEADING", "HEADED", "FLYING", "FLEEING", "FLED", "RETURNING", "DRIVING", "SAILING",
		"MOVING", "PASSING", "TRANSITING", "JOURNEYING", "CROSSING", "COMING", "GOING",
		"ROUTE", "BOUND", NULL };
	static const char *const direction[] = { "NORTH", "SOUTH", "EAST", "WEST", "BACK",
		"HOME", NULL };
	const coder_actor *a = m->a;
	if (!a || a->pos < 2 || a->end >= verb || a->pron_kind || a->ref >= 0)
		return 0;
	int j = a->pos - 1;
	while (j > 1 && S->t[j].cls == C_WORD && S->t[j].type == TY_DET)
		j--;
	if (S->t[j].cls != C_WORD || !tok_in(&S->t[j], way))
		return 0;
	int prep = j, k = j - 1;
	/* "from Tehran to Damascus": back over the place phrase before this one */
	for (int n = 0; k > 0 && n < 6 && S->t[k].cls == C_WORD &&
	     (sent_actor_at(S, k) >= 0 || S->t[k].type == TY_DET); n++)
		k--;
	if (k < prep - 1) {
		if (S->t[k].cls != C_WORD || !tok_in(&S->t[k], way) || tok_is(&S->t[k], "FOR"))
			return 0;
		k--;
	}
	if (k > 0 && S->t[k].cls == C_WORD && tok_in(&S->t[k], direction))
		k--;
	if (k < 1 || S->t[k].cls != C_WORD || !tok_in(&S->t[k], travel))
		return 0;
	if (tok_is(&S->t[prep], "FOR") && !tok_is(&S->t[k], "BOUND"))
		return 0;
	if (role && tok_is(&S->t[prep], "FROM") && news_people_word(&S->t[k - 1]))
		return 0;
	if (role == 1 && tok_in(&S->t[prep], gone_to))
		return 0;
	return befalls_mover(S, a->end + 1, verb);
}

/* 1 when every member of slot s is a place_modifier actor (vend: as there, or -1); with kind
 * 1 a medium_member, with kind 2 a destination_member, with kind 3 a home_member,
 * with kind 4 a passage_member (vend: the verb), 5 and 6 one of a target (its role 1, 2). */
static int place_slot(coder_sent *S, const coder_slot *s, int vend, int kind)
{
	if (s->n < 1)
		return 0;
	for (int i = 0; i < s->n; i++)
		if (kind >= 4 ? !passage_member(S, &s->m[i], vend, kind - 4) :
		    kind == 3 ? !home_member(S, &s->m[i]) :
		    kind == 2 ? !destination_member(S, &s->m[i]) :
		    kind ? !medium_member(S, &s->m[i]) : !place_modifier(S, s->m[i].a, vend))
			return 0;
	return 1;
}

/* between51 (--shallow): 1 when the verb ending at token vend is a noun right before
 * "between" and the source actor stands right after it ("Clashes between Israeli troops and
 * Palestinian gunmen killed three people in Jenin"): the members' mutual event, whatever
 * the target words after it name. */
static int between_after(const coder_sent *S, const coder_cand *cd, int vend)
{
	return !syntax_on(S) && vend + 2 < S->nt && tok_is(&S->t[vend + 1], "BETWEEN") &&
	       cd->src.pos > vend + 1 && cd->src.pos <= vend + 3 && distinct_members(&cd->src) &&
	       actors_mutual_code(cd->code.a);
}

/* misc49: a state that protests (the verb "protest", 141x) lodges a complaint (114): CAMEO's
 * 141 is a crowd's. A state is a government actor or agent (XXXGOV, ~GOV) or a bare country
 * named as such ("The Philippines", "Tokyo"); not people: another role (~CVL, ~OPP, ~EDU,
 * ~LAB ...) nor a country matched by a plural of its entry's word, a demonym ("Thousands of
 * Kenyans", "Filipinos": KENYAN_ read as "Kenyans"). */
static int state_protest(const coder_sent *S, const coder_cand *cd, const coder_member *x)
{
	const char *v = S->t[cd->verb].s, *c = x->code;
	if (!cd->code.a || strncmp(cd->code.a, "141", 3) || !v || strncmp(v, "PROTEST", 7) ||
	    !strncmp(v, "PROTESTER", 9) || !strncmp(v, "PROTESTOR", 9) || x->a->pron_kind)
		return 0;
	size_t n = strlen(c);
	if (!strcmp(c, "~GOV") || (n == 6 && !strcmp(c + 3, "GOV")))
		return 1;
	const coder_actor *a = x->a;
	if (n != 3 || c[0] == '~' || !a->ent || a->pos < 0 || !a->ent->words.n)
		return 0;
	const dict_pel *w = &a->ent->words.e[a->ent->words.n - 1];
	const coder_tok *t = &S->t[a->end];
	return w->kind == PEL_WORD && !(t->n > w->len && t->s[t->n - 1] == 'S');
}

static int counterpart_word(const coder_tok *t)
{
	return tok_is(t, "COUNTERPART") || tok_is(t, "COUNTERPARTS");
}

/* 1 when actor a is named as a counterpart: by its agent ("his Sudanese counterpart", the
 * agent's token ending the phrase, no name after it) or by "counterpart(s) of / from" before
 * it or its compound ("counterparts from Iran and Iraq"). */
static int is_counterpart(const coder_sent *S, const coder_actor *a)
{
	if (a->pos < 0 || a->pron_kind)
		return 0;
	for (int k = a->pos; a->agent && k < S->nt && k <= a->end + 3; k++)
		if (S->t[k].ent == a->agent && counterpart_word(&S->t[k]))
			return k + 1 >= S->nt || !S->t[k + 1].cap || S->t[k + 1].cls != C_WORD;
	int j = a->pos - 1;
	while (j > 1 && (S->t[j].type == TY_CONJ || S->t[j].cls == C_COMMA ||
			 sent_actor_at(S, j) >= 0))
		j = sent_actor_at(S, j) >= 0 ? S->a[sent_actor_at(S, j)].pos - 1 : j - 1;
	return j > 0 && (tok_is(&S->t[j], "OF") || tok_is(&S->t[j], "FROM")) &&
	       counterpart_word(&S->t[j - 1]);
}

/* counterpart52: a counterpart holds the office of the one it is the counterpart of, the
 * event's other side ("Egypt's army chief met his Sudanese counterpart": SDNMIL, not the
 * agent's SDNGOV): the counterpart's country with the other side's role, GOV when that side
 * has none. code itself when a is no counterpart or either side has no country. */
static const char *counterpart_code(coder_sent *S, const coder_actor *a, const char *code,
				    const char *other)
{
	char cc[4], oc[4];
	actor_split(code, cc);
	const char *role = actor_split(other, oc);
	if (!cc[0] || !oc[0] || !is_counterpart(S, a))
		return code;
	if (!role[0])
		role = "GOV";
	char *r = arena_alloc(&S->c->scratch, strlen(role) + 4);
	if (!r)
		return code;
	sprintf(r, "%s%s", cc, role);
	return r;
}

/* source98: the mirror of a visit pair (the host's 043 of a visit, the guest's 042 of a
 * hosting, the dictionary's [042:043] and [043:042]) needs a known guest: "she visited the
 * three Uyghurs in prison" names no one the visited hosted, "the city hosted a delegation"
 * no one who came; the deed itself stays. A known guest with an unknown host ("a visit by
 * Modi to Mauritius", the island uncoded) keeps its mirror, as the annotators code it.
 * code is the mirror's code, src and tgt its sides. 1 to drop it. */
static int guestless_mirror(const char *code, const char *src, const char *tgt)
{
	return !strcmp(code, "043") ? !strcmp(tgt, "---") : !strcmp(src, "---");
}

/* clash52: 1 for a code whose roles are all of persons and bodies that argue, not fight:
 * government, elite, legislature, party, opposition, judiciary ("USAGOV", "~LEG",
 * "KENOPPPTY"); a bare
 * country, an armed or police force, rebels or a crowd are not ("THA", "KHMMIL", "~CVL"). */
static int talk_side(const char *code)
{
	static const char *const talk[] = { "GOV", "ELI", "LEG", "PTY", "OPP", "JUD", NULL };
	char cc[4];
	const char *r = code[0] == '~' ? code + 1 : actor_split(code, cc);
	if ((code[0] != '~' && !cc[0]) || !r[0] || strlen(r) % 3)
		return 0;
	for (; *r; r += 3) {
		int k = 0;
		while (talk[k] && memcmp(r, talk[k], 3))
			k++;
		if (!talk[k])
			return 0;
	}
	return 1;
}

/* clash52: 1 when the deed of force is the verb "clash" (or its noun) between two sides
 * that argue (talk_side): leaders, ministers or parties who clashed had words, CAMEO's
 * criticism (111), as "traded barbs" codes; troops, police or crowds still fight (190).
 * Also for "sparred", which the dictionary codes 111 itself: both are done to each other. */
static int verbal_clash(const coder_sent *S, const coder_cand *cd, const char *x,
			const char *y)
{
	const coder_tok *v = &S->t[cd->verb];
	const char *a = cd->code.a;
	return a && ((a[0] == '1' && a[1] == '9' && v->n >= 5 && !memcmp(v->s, "CLASH", 5)) ||
		     (!strcmp(a, "111") && v->n >= 5 && !memcmp(v->s, "SPARR", 5))) &&
	       talk_side(x) && talk_side(y);
}

/* target96: 1 when the deed is a disagreement (a verb "disagree" or "quarrel") of a
 * compound of distinct sides ("Kenya and Uganda disagreed about the war in Sudan") and every
 * target member is named after a topic word ("about", "over") that follows the verb with no
 * "with" between: the members disagreed with each other, and what they disagreed about is
 * no side. "disagreed with Sudan about ..." keeps its side, and so does a topic owned by a
 * member ("China and Malaysia disagree over Malaysia's rights": the other member's side). */
static int disagreed_topic(const coder_sent *S, const coder_cand *cd, int vend)
{
	static const char *const topic[] = { "ABOUT", "OVER", NULL };
	const coder_tok *v = &S->t[cd->verb];
	if (!((v->n >= 7 && !memcmp(v->s, "DISAGRE", 7)) ||
	      (v->n >= 7 && !memcmp(v->s, "QUARREL", 7))) ||
	    cd->src.n < 2 || cd->src.m[0].a->group < 0 || !distinct_members(&cd->src) ||
	    cd->tgt.n < 1)
		return 0;
	for (int i = 0; i < cd->tgt.n; i++) {
		int p = cd->tgt.m[i].a ? cd->tgt.m[i].a->pos : -1, about = 0;
		if (p <= vend || p >= S->nt)
			return 0;
		for (int j = vend + 1; j < p; j++) {
			if (tok_is(&S->t[j], "WITH"))
				return 0;
			about |= tok_in(&S->t[j], topic);
		}
		if (!about)
			return 0;
		for (int k = 0; k < cd->src.n; k++)
			if (syn_codes_same_side(cd->src.m[k].code, cd->tgt.m[i].code))
				return 0;
	}
	return 1;
}

/* clash52: 1 when every member of slot s is an actor named in a place phrase ("in the Oval
 * Office", "at the White House", "in Jenin"): the venue of a fight between a compound's
 * members, not a side of it. */
static int venue_slot(const coder_sent *S, const coder_slot *s)
{
	static const char *const at[] = { "IN", "AT", "INSIDE", "OUTSIDE", "NEAR", NULL };
	if (s->n < 1)
		return 0;
	for (int i = 0; i < s->n; i++) {
		int j = s->m[i].a->pos - 1;
		if (j >= 0 && tok_is(&S->t[j], "THE"))
			j--;
		if (j < 0 || !tok_in(&S->t[j], at))
			return 0;
	}
	return 1;
}

/* struck54: copies s into out with each capital named as its government (one code "XXXGOV",
 * no agent, an entry of countries.actors: leaders and movements coded GOV live elsewhere)
 * coded as its country; 1 when one was. Not when the country is the other side's own code
 * ("Somalia's fighters attacked a base outside the capital Mogadishu": SOM on SOM is no
 * event, so the government stays). */
static int capital_slot(coder_sent *S, const coder_slot *s, const coder_slot *other,
			coder_slot *out)
{
	int n = 0;
	*out = *s;
	for (int j = 0; j < s->n; j++) {
		const coder_actor *a = s->m[j].a;
		const char *code = s->m[j].code;
		if (!a || a->agent || a->ncodes != 1 || !code || strlen(code) != 6 ||
		    strcmp(code + 3, "GOV") || !a->ent || !a->ent->at.file ||
		    !strstr(a->ent->at.file, "countries.actors"))
			continue;
		char *cc = arena_alloc(&S->c->scratch, 4);
		if (!cc)
			return 0;
		memcpy(cc, code, 3);
		cc[3] = 0;
		for (int k = 0; k < other->n; k++)
			if (!strcmp(other->m[k].code, cc))
				return 0;
		out->m[j].code = cc;
		n++;
	}
	return n > 0;
}

/* undone87: --shallow, 1 when candidate cd's lone source, taken after its verb ending at
 * vend for want of one before, stands right after "on" or "against" (an article between)
 * that follows the verb ("Sanctions on Russia hurt its economy", "Strikes against Iran"),
 * and cd has no target: the deed lands on that actor, its doer unknown. "by" (the agent)
 * and an actor further on ("sanctions imposed on Iran by the US") are left alone. */
static int landed_on(const coder_sent *S, const coder_cand *cd, int vend)
{
	static const char *const on[] = { "ON", "AGAINST", NULL };
	const coder_actor *a = cd->src.n == 1 && !cd->src.pronoun ? cd->src.m[0].a : NULL;
	if (!a || a->pos <= vend + 1 || !tok_in(&S->t[vend + 1], on) ||
	    (cd->tgt.n && strcmp(cd->tgt.m[0].code, "---")))
		return 0;
	for (int k = vend + 2; k < a->pos; k++)
		if (!tok_is(&S->t[k], "THE"))
			return 0;
	return 1;
}

/* shtarget149: 1 when a coordinated subject's cooperative act (03-06, not an intent to give)
 * has a target that is no party of it (--shallow): every member after the verb ending at
 * vend, each past a clause break (a comma, a verb, a conjunction) or in a phrase whose
 * preposition is not one of a party (`with`, `to`, `for`, `from`, `against`, `between`).
 * "Mexico and the United Kingdom signed an agreement to continue trading after the UK leaves
 * the EU" and "Armenia and Azerbaijan agreed to a ceasefire in their conflict over Nagorno
 * Karabakh" are the members' act towards each other, as the parse path's reciprocal acts are;
 * "Kenya and Uganda held talks with China", "signed the Paris accord" (the verb's object) and "made
 * overtures to a key ally, France" (a comma right before the member) keep theirs. */
static int partyless_compound(const coder_sent *S, const coder_cand *cd, int vend)
{
	static const char *const party[] = { "WITH", "TO", "FOR", "FROM", "AGAINST", "BETWEEN",
		NULL };
	const char *a = cd->code.a;
	if (syntax_on(S) || !a || a[0] != '0' || a[1] < '3' || a[1] > '6' ||
	    !actors_mutual_code(a) || one_sided_intent(a) || cd->src.n < 2 ||
	    cd->src.m[0].a->group < 0 || !distinct_members(&cd->src) || cd->tgt.n < 1 ||
	    actors_own_compound(&cd->src, &cd->tgt))
		return 0;
	for (int i = 0; i < cd->tgt.n; i++) {
		int p = cd->tgt.m[i].a ? cd->tgt.m[i].a->pos : -1, own = 1;
		if (p <= vend || p >= S->nt)
			return 0;
		/* a comma right before the member names the phrase it ends ("to another key
		 * Egyptian ally, France"): an apposition, no break */
		int c = p > 0 && tok_is(&S->t[p - 1], "THE") ? p - 2 : p - 1;
		int appos = c > vend && S->t[c].cls == C_COMMA ? c : -1;
		for (int j = vend + 1; j < p; j++) {
			const coder_tok *t = &S->t[j];
			if (tok_in(t, party) && j + 1 < S->nt && S->t[j + 1].type != TY_VERB)
				own = 1;
			else if ((t->cls == C_COMMA && j != appos) || t->type == TY_VERB ||
				 t->type == TY_CONJ || tok_has(t, WF_PREP) || tok_has(t, WF_SUB))
				own = 0;
		}
		if (own)
			return 0;
	}
	return 1;
}

static void emit_one(coder_sent *S, const coder_cand *cd)
{
	khaldun_coder *c = S->c;
	/* a rule's noun with no dictionary entry (synnoun.c) ends where it starts */
	int vend = S->t[cd->verb].end > cd->verb ? S->t[cd->verb].end : cd->verb;
	/* news: a compound is its own target only in a mutual act ("Canada and Belgium have
	 * banned imports", "requested by the United States, Britain and France"): else the
	 * target is open, whichever rule made it; so is one actor named twice ("The Baloch
	 * Liberation Army, or BLA, attacked a train"), which can be no target of its own */
	coder_cand open, venue;
	/* clash52: the members of a compound who fought or sparred with each other ("Israeli
	 * troops and Palestinian gunmen clashed in Jenin") are each other's target, not the
	 * place's */
	const char *fc = cd->code.a;
	/* verb95: "were met outside by armed men": an encounter, no consultation (news.c) */
	if ((c->o.news & NEWS_OPEN_ACTORS) && fc && fc[0] == '0' && fc[1] == '4' &&
	    news_armed_encounter(S, cd->verb))
		return;
	if ((c->o.news & NEWS_OPEN_ACTORS) && cd->src.n >= 2 && cd->src.m[0].a->group >= 0 &&
	    distinct_members(&cd->src) && fc &&
	    ((fc[0] == '1' && fc[1] == '9' && !one_sided_deed(S, fc, cd->verb, vend)) ||
	     !strncmp(S->t[cd->verb].s, "SPARR", 5)) &&
	    !actors_own_compound(&cd->src, &cd->tgt) && venue_slot(S, &cd->tgt)) {
		venue = *cd;
		venue.tgt = cd->src;
		cd = &venue;
	}
	if ((c->o.news & NEWS_OPEN_ACTORS) && partyless_compound(S, cd, vend)) {
		venue = *cd;
		venue.tgt = cd->src;
		cd = &venue;
	}
	if ((c->o.news & NEWS_OPEN_ACTORS) && disagreed_topic(S, cd, vend)) {
		open = *cd;
		open.tgt.n = 0;
		event_null_slot(S, &open.tgt);
		if (open.tgt.n)
			cd = &open;
	}
	if ((c->o.news & NEWS_OPEN_ACTORS) && actors_own_compound(&cd->src, &cd->tgt) &&
	    (((((!actors_mutual_code(cd->code.a) || one_sided_intent(cd->code.a)) &&
		!mutual_verb(&S->t[cd->verb])) ||
	       one_sided_deed(S, cd->code.a, cd->verb, vend)) &&
	      !reciprocal_after(S, vend) && distinct_members(&cd->src)) ||
	     !distinct_members(&cd->src))) {
		open = *cd;
		open.tgt.n = 0;
		event_null_slot(S, &open.tgt);
		if (open.tgt.n)
			cd = &open;
	}
	/* news: a place that modifies a facility noun is no source (place_modifier), and no
	 * target unless the deed is one of force on it, by its code or by its dictionary code
	 * before a rule recoded it ("claimed that they had attacked the Saudi airport": 010, of
	 * a 19x deed), or a statement or appeal (01-02), whose target is what it speaks of
	 * ("claimed that they had hit the Saudi airport"); both sides so emptied leave no event */
	coder_cand where;
	int passed = 0;   /* origin101: a side was a place the victim passed */
	if (c->o.news & NEWS_OPEN_ACTORS) {
		const char *a = cd->code.a;
		const char *dict_a = cd->pt ? cd->pt->code.a : cd->root ? cd->root->code.a : NULL;
		int said = a && a[0] == '0' && (a[1] == '1' || a[1] == '2');
		/* place66: a place travelled to ("en route to Jeddah") is no source, nor the
		 * target of a statement made on the way ("said on his way to Nairobi") */
		/* origin101: "the bus traveling from Kandahar came under fire" */
		int passer = place_slot(S, &cd->src, cd->verb, 4);
		int doer = !passer && cd->src.n && strcmp(cd->src.m[0].code, "---");
		int passee = place_slot(S, &cd->tgt, cd->verb, doer ? 5 : 6);
		passed = passer || passee;
		int gone = ((!a || strncmp(a, "043", 3)) && place_slot(S, &cd->src, -1, 2)) ||
			   place_slot(S, &cd->src, -1, 3) || passer;
		int went = passee ||
			   (said && (place_slot(S, &cd->tgt, vend, 2) ||
				    /* "envoy for Sudan" */
				    post_slot(S, &cd->tgt, &cd->src, 0, cd->verb) ||
				    (a[1] == '1' && at_venue_slot(S, &cd->tgt, vend))));
		int ps = gone || place_slot(S, &cd->src, -1, 0);
		int pt = went || post_slot(S, &cd->tgt, &cd->src, 1, cd->verb) ||   /* topic75 */
			 (!force_code(a) && !force_code(dict_a) &&
			 ((!said && place_slot(S, &cd->tgt, vend, 0)) ||
			  (code_root(a) == 1 && place_slot(S, &cd->tgt, vend, 1))));
		if (ps || pt) {
			where = *cd;
			if (ps) {
				where.src.n = 0;
				event_null_slot(S, &where.src);
			}
			if (pt) {
				where.tgt.n = 0;
				event_null_slot(S, &where.tgt);
			}
			if ((!ps || where.src.n) && (!pt || where.tgt.n)) {
				char note[320];
				snprintf(note, sizeof note, "%s%srule: %s",
					 cd->note ? cd->note : "", cd->note ? "; " : "",
					 gone || went ? "a place travelled to, "
					 "a post's or a statement's venue is no side" :
					 "a place that modifies a facility or ground noun "
					 "(station, port, soil) is no side");
				where.note = arena_strdup(&S->c->scratch, note);
				cd = &where;
			}
		}
	}
	/* struck54: a capital that stands for its government ("Beijing warned") is only a place
	 * when violence (18-20) lands on it ("missiles struck Kyiv", "rebels besieged
	 * Khartoum"): the country is hit, not its government (UKR, SDN). Accusations, sanctions
	 * and bans (11x, 16x, 17x) still aim at the government. A side of no country that
	 * does it there ("Militants attacked Kabul's airport") is of that country, as the story
	 * context placed it by the government before (AFGREB). */
	coder_cand hit;
	if ((c->o.news & NEWS_OPEN_ACTORS) && violence_code(cd->code.a) && !cd->tgt.pronoun &&
	    capital_slot(S, &cd->tgt, &cd->src, &hit.tgt)) {
		const coder_slot t = hit.tgt;
		hit = *cd;
		hit.tgt = t;
		for (int i = 0; i < hit.src.n && hit.tgt.n == 1; i++) {
			const char *x = hit.src.m[i].code;
			char *r = x && x[0] == '~' && x[1] ?
				  arena_alloc(&S->c->scratch, strlen(x) + 3) : NULL;
			if (r) {
				sprintf(r, "%s%s", hit.tgt.m[0].code, x + 1);
				hit.src.m[i].code = r;
			}
		}
		cd = &hit;
	}
	/* --shallow takes the first actor after the verb as the source when none stands before
	 * it ("Drone strikes hit the city of Port Sudan"); a capital there, not after "by", is
	 * where the violence lands: the target, its country, and nobody's deed. */
	const coder_actor *sa = cd->src.n == 1 && !cd->src.pronoun ? cd->src.m[0].a : NULL;
	if ((c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) && violence_code(cd->code.a) && sa &&
	    sa->pos > vend && !tok_is(&S->t[sa->pos - 1], "BY") &&
	    (!cd->tgt.n || !strcmp(cd->tgt.m[0].code, "---")) &&
	    capital_slot(S, &cd->src, &cd->tgt, &hit.tgt)) {
		const coder_slot t = hit.tgt;
		hit = *cd;
		hit.tgt = t;
		hit.src.n = 0;
		event_null_slot(S, &hit.src);
		cd = &hit;
	}
	/* undone87: "Sanctions on Russia hurt its economy": that first actor, right after "on"
	 * or "against" that follows the deed, is what it lands on (landed_on) */
	if ((c->o.news & NEWS_OPEN_ACTORS) && !syntax_on(S) && landed_on(S, cd, vend)) {
		hit = *cd;
		hit.tgt = hit.src;
		hit.src.n = 0;
		event_null_slot(S, &hit.src);
		cd = &hit;
	}
	coder_cand dest;
	int to = (c->o.news & NEWS_OPEN_ACTORS) ? given_to(S, cd, vend) : -1;
	if (to >= 0) {
		dest = *cd;
		dest.tgt.n = 0;
		actors_make_slot(S, to, &dest.tgt);
		if (dest.tgt.n)
			cd = &dest;
	}
	/* actor by actor, then code by code (a coded compound gives several codes) */
	for (int ia = 0; ia < cd->src.n; ia++) {
		if (ia && cd->src.m[ia].a == cd->src.m[ia - 1].a)
			continue;
		for (int ja = 0; ja < cd->tgt.n; ja++) {
			if (ja && cd->tgt.m[ja].a == cd->tgt.m[ja - 1].a)
				continue;
			for (int i = ia; i < cd->src.n && cd->src.m[i].a == cd->src.m[ia].a; i++)
			for (int j = ja; j < cd->tgt.n && cd->tgt.m[j].a == cd->tgt.m[ja].a; j++) {
			const coder_member *s = &cd->src.m[i], *t = &cd->tgt.m[j];
			int deed = open_deed(S, cd, s, t);
			int kept = !deed && open_pair(S, cd, s, t);
			if (!kept && pronoun_deed(cd, s, t))
				deed = 1;
			/* origin101: a deed of force that befell a mover on its way, by no one
			 * named, to no one named ("the bus ... when it came under fire"): "---"
			 * on both sides, yet an event, as open_deed's */
			if (passed && force_code(cd->code.a) && !strcmp(s->code, "---") &&
			    !strcmp(t->code, "---"))
				deed = 1;
			if (!strcmp(s->code, t->code) && !deed && !kept)
				continue;
			/* clash52: sides who argued argued with each other: both ways */
			int talk = verbal_clash(S, cd, s->code, t->code);
			int both = talk && !actors_own_compound(&cd->src, &cd->tgt);
			for (int pass = 0; pass < 2; pass++) {
				/* visit153: KHALDUN: NO_MIRROR writes a paired code's deed
				 * alone, as the annotated news codes one event a visit ("Rubio
				 * visited Saudi Arabia": USAGOV SAU 042, no SAU USAGOV 043;
				 * "Trump hosted Erdogan": the host's 043 alone); TABARI
				 * projects keep the twin */
				if (pass == 1 && ((!cd->code.b && !both) || kept ||
						  (!both && (c->o.news & NEWS_NO_MIRROR))))
					break;
				const coder_member *x = pass ? t : s, *y = pass ? s : t;
				int fronted = syntax_on(S) &&
					      syntax_fronted_oblique(S, x->a, cd->verb);
				if (fronted && !strcmp(y->code, "---"))
					continue;   /* no side left: nobody's event */
				khaldun_event e;
				memset(&e, 0, sizeof e);
				const coder_actor *xa = x->a->ref >= 0 ? &S->a[x->a->ref] : x->a;
				const coder_actor *ya = y->a->ref >= 0 ? &S->a[y->a->ref] : y->a;
				e.source = kept && !pass ? context_open_source :
					   counterpart_code(S, xa, x->code, y->code);
				e.target = counterpart_code(S, ya, y->code, x->code);
				e.code = pass && cd->code.b ? cd->code.b : cd->code.a;
				if (pass && cd->code.b && !talk &&
				    guestless_mirror(e.code, e.source, e.target))
					continue;
				e.date = S->date;
				e.time_shift = S->time_shift;
				e.attribution = cd->attr;
				e.context = cd->note;   /* a syntax rule's own words */
				if (talk) {
					char note[320];
					snprintf(note, sizeof note, "%s%srule: leaders or bodies "
						 "who clashed or sparred had words (111) with each "
						 "other, forces fight (190)",
						 cd->note ? cd->note : "", cd->note ? "; " : "");
					e.code = "111";
					e.context = arena_strdup(&S->c->scratch, note);
				}
				if (!pass && state_protest(S, cd, x)) {
					char note[320];
					snprintf(note, sizeof note, "%s%srule: a state's "
						 "protest is a formal complaint (114), a "
						 "crowd's is 141", cd->note ? cd->note : "",
						 cd->note ? "; " : "");
					e.code = "114";
					e.context = arena_strdup(&S->c->scratch, note);
				}
				e.source_text = actor_text(S, x->a, cd->verb, vend, cd->tail,
							       e.code);
				if (fronted) {   /* the parse's wrong pick: the doer follows */
					e.source = "---";
					e.source_text = NULL;
				}
				e.target_text = actor_text(S, y->a, cd->verb, vend, cd->tail,
							       e.code);
				int of, ot, oh;
				/* dev3miss123: a source no dictionary actor names is reported
				 * by the words of its verb's subject, as a target is by its
				 * object's */
				int sf = -1, st = -1;
				if (!e.source_text && !pass && !fronted &&
				    x->a->pos == ACTOR_NO_WORDS && syntax_on(S) &&
				    (S->c->o.news & NEWS_NP_SPANS) &&
				    !syntax_subject_extent(S, cd->verb, &sf, &st))
					sf = -1;
				if (!e.target_text && !pass && y->a->pos == ACTOR_NO_WORDS &&
				    syntax_on(S) && (S->c->o.news & NEWS_NP_SPANS) &&
				    syntax_object_extent(S, cd->verb, &of, &ot, &oh)) {
					e.target_text = sent_span_text(S, of, ot);
					e.target = span_agent(S, oh, e.target);
				}
				if (!e.target_text && !pass && y->a->pos == ACTOR_NO_WORDS &&
				    !syntax_on(S))
					pattern_agent_target(S, cd, vend, &e);
				if (sf >= 0)
					e.source_text = subject_text(S, sf, st, y->a,
								     e.target_text);
				if (!pass && !syntax_on(S) && (S->c->o.news & NEWS_NP_SPANS))
					pronoun_side_text(S, cd, x->a, y->a, fronted, &e);
				e.verb_text = sent_span_text(S, cd->verb, vend);
				/* defspan168: a passive verb's target is its subject ("[the
				 * Alliance] was sanctioned by Beijing") */
				if (!e.target_text && !pass && y->a->pos == ACTOR_NO_WORDS &&
				    syntax_on(S) && (S->c->o.news & NEWS_NP_SPANS) && e.verb_text &&
				    S->nlate < MAX_LATE &&
				    (syntax_passive_subject_extent(S, cd->verb, &of, &ot) ||
				     syntax_clause_object_extent(S, cd->verb, &of, &ot)) &&
				    (x->a->pos < 0 || ot < x->a->pos || of > x->a->end)) {
					/* not the source's own words ("warning that [random
					 * Russian opinions] are of limited value") */
					S->late_verb[S->nlate] = e.verb_text;
					S->late_p[S->nlate++] = sent_span_text(S, of, ot);
				}
				if (!e.target_text && !pass && y->a->pos == ACTOR_NO_WORDS &&
				    !syntax_on(S) && (S->c->o.news & NEWS_NP_SPANS) &&
				    e.verb_text && S->nlate < MAX_LATE &&
				    !strcmp(e.target, "---") &&
				    !passive_subject_late(S, cd, x->a, e.verb_text)) {
					int nl = S->nlate;
					open_object_late(S, cd, vend, x->a, e.verb_text);
					if (S->nlate == nl)
						people_object_late(S, cd, vend, x->a,
								   e.verb_text);
				}
				/* a rule's event on a noun no dictionary entry holds (synnoun.c:
				 * "legislation targeting Turkey") has no pattern or verb entry */
				if (cd->pt)
					set_origin(&e.pattern, &cd->pt->at);
				else if (cd->root)
					set_origin(&e.pattern, &cd->root->at);
				if (S->t[cd->verb].ent)
					set_origin(&e.verb, &S->t[cd->verb].ent->at);
				if (xa->ent)
					set_origin(&e.source_entry, &xa->ent->at);
				if (ya->ent)
					set_origin(&e.target_entry, &ya->ent->at);
				appos_note(S, &e, xa, "source");
				appos_note(S, &e, ya, "target");
				event_add(c, &e);
			}
			}
		}
	}
}

void event_emit(coder_sent *S, const coder_cand *cd)
{
	int vend = S->t[cd->verb].end > cd->verb ? S->t[cd->verb].end : cd->verb;
	if (!between_after(S, cd, vend)) {
		emit_one(S, cd);
		return;
	}
	/* the members' mutual event; a target of its own after it stays the deed's too
	 * ("killed three people in Jenin"), an open one does not */
	if (cd->tgt.n && strcmp(cd->tgt.m[0].code, "---") &&
	    !actors_own_compound(&cd->src, &cd->tgt))
		emit_one(S, cd);
	coder_cand mutual = *cd;
	slot_copy(&mutual.tgt, &mutual.src);
	emit_one(S, &mutual);
}

