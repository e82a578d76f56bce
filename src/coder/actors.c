/*
 * actors.c - the coder's third stage, after lookup: compound actors ("Mexico and Britain"),
 * pronouns and their referents, and slots (what a source or target is bound to: a compound's
 * members, a pronoun's referent). Works on the actors match.c found; never reads the text.
 * Invariant: an actor's group is -1 or the index of a group with at least two live members
 * once prune is done.
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include "cameo/actor.h"
#include <string.h>

/* One list a code for the sentence: the list lives in the scratch arena, as the actor does. */
int actors_set_code(coder_sent *S, coder_actor *a, const char *code)
{
	const char **codes = arena_alloc(&S->c->scratch, sizeof *codes);
	if (!codes)
		return -1;
	codes[0] = code;
	a->codes = codes;
	return 0;
}

/* Skips adjectives and determiners forward from i; returns the first other token. */
static int skip_adj_fwd(coder_sent *S, int i)
{
	while (i < S->nt && (S->t[i].type == TY_ADJ || S->t[i].type == TY_DET))
		i++;
	return i;
}

/* The actor whose phrase ends at token i (after skipping back over nothing). */
static int actor_ending_at(coder_sent *S, int i)
{
	if (i < 0)
		return -1;
	int h = S->t[i].head >= 0 ? S->t[i].head : i;
	if (S->t[h].type == TY_ACTOR && S->t[h].actor >= 0 && S->a[S->t[h].actor].end == i)
		return S->t[h].actor;
	return -1;
}

/* Start of the noun phrase whose actor begins at `pos`: back over adjectives/determiners. */
static int np_start(coder_sent *S, int pos)
{
	while (pos > 0 && (S->t[pos - 1].type == TY_ADJ || S->t[pos - 1].type == TY_DET))
		pos--;
	return pos;
}

/* News: the actor that an agent phrase ending at token i was attached to ("the Mexican
 * president", "the Kenyan army", "Mexico's top diplomat"), so that "<actor> <agent> AND
 * <actor> ..." is a compound of two sides like "<actor> AND <actor>"; before, only the
 * second conjunct was a side. -1 when i ends no agent, or its agent went elsewhere. */
static int actor_of_agent_ending_at(coder_sent *S, int i)
{
	if (i < 0)
		return -1;
	int h = S->t[i].head >= 0 ? S->t[i].head : i;
	/* an attached agent is a literal word of its actor's phrase that keeps its entry */
	if (S->t[h].type != TY_LIT || !S->t[h].ent || S->t[h].end != i)
		return -1;
	int p = h - 1;
	while (p > 0 && (S->t[p].type == TY_FORMER || match_rank_word(&S->t[p])))
		p--;
	if (p >= 0 && S->t[p].n == 2 && !memcmp(S->t[p].s, "'S", 2))
		p--;
	int a = actor_ending_at(S, p);
	return a >= 0 && S->a[a].agent == S->t[h].ent ? a : -1;
}

/* The actor of "<actor> <agent>" ending at token i as the first conjunct of a compound:
 * only a phrase with a determiner or a possessive ("the Mexican president", "Mexico's
 * president") or a plural agent ("Kenyan troops"); a bare singular one is a description of
 * the person the next conjunct names ("Palestinian activist and U.S. resident Mahmoud
 * Khalil": one person, not two sides). */
static int determined_agent_conjunct(coder_sent *S, int i)
{
	int a = actor_of_agent_ending_at(S, i);
	if (a < 0)
		return -1;
	const coder_tok *last = &S->t[i];
	/* "Mexico's president": the 's is mostly glued to the actor's last word */
	int poss = tok_possessive(&S->t[S->a[a].end]) ||
		   (S->a[a].end + 1 < i && tok_possessive(&S->t[S->a[a].end + 1]));
	int det = np_start(S, S->a[a].pos) < S->a[a].pos &&
		  S->t[np_start(S, S->a[a].pos)].type == TY_DET;
	if (poss || det || (last->n > 1 && last->s[last->n - 1] == 'S'))
		return a;
	return -1;
}

/* Drops actor k: its phrase becomes a modifier (an adjective) and later actors move down. */
static void drop_actor(coder_sent *S, int k)
{
	S->t[S->a[k].pos].type = TY_ADJ;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].actor == k)
			S->t[i].actor = -1;
		else if (S->t[i].actor > k)
			S->t[i].actor--;
	memmove(&S->a[k], &S->a[k + 1], (size_t)(S->na - k - 1) * sizeof *S->a);
	S->na--;
}

/* 1 when token t ends the noun phrase before it: a comma or other mark, a preposition, a
 * verb, a conjunction, an auxiliary, a pronoun. */
static int ends_noun_phrase(const coder_tok *t)
{
	return t->cls != C_WORD || tok_has(t, WF_PREP) || t->type == TY_VERB ||
	       t->type == TY_CONJ || t->type == TY_AUX || t->type == TY_PRON;
}

/* The actor that heads the noun phrase after token i ("-based [the] <words> <actor>"), or -1
 * when a comma, a verb, a conjunction or a preposition comes first; with agents, an agent
 * ("-backed Kurdish fighters") counts as an actor (returns S->na). */
static int phrase_actor_after(coder_sent *S, int i, int agents)
{
	for (int j = i + 1; j < S->nt && j <= i + 5; j++) {
		const coder_tok *t = &S->t[j];
		if (t->type == TY_ACTOR && t->actor >= 0)
			return t->actor;
		/* an agent already taken by the place after it ("-backed militias in Syria")
		 * is a literal that keeps its entry */
		if (agents && (t->type == TY_AGENT ||
			       (t->type == TY_LIT && t->ent && t->head < 0)))
			return S->na;
		if (ends_noun_phrase(t))
			return -1;
	}
	return -1;
}

/* hyphen171: 1 when a word of the noun phrase after token i ("-based the global lender")
 * says its body is of no one country ("global", "international", "multinational",
 * "multilateral", "intergovernmental", "world"): where it sits is then no side of it. */
static int world_body_after(const coder_sent *S, int i)
{
	static const char *const world[] = { "GLOBAL", "INTERNATIONAL", "MULTINATIONAL",
					     "MULTILATERAL", "INTERGOVERNMENTAL", "WORLD", NULL };
	for (int j = i + 1; j < S->nt && j <= i + 5; j++) {
		const coder_tok *t = &S->t[j];
		if (ends_noun_phrase(t))
			return 0;
		if (tok_in(t, world))
			return 1;
	}
	return 0;
}

/* 1 when the phrase opening at token i opens its clause: the sentence's start, a comma or a
 * conjunction before it (and its determiner). */
static int opens_clause(const coder_sent *S, int i)
{
	if (i > 0 && (tok_is(&S->t[i - 1], "THE") || tok_is(&S->t[i - 1], "SOME")))
		i--;
	return i == 0 || S->t[i - 1].type == TY_COMMA || S->t[i - 1].type == TY_CONJ;
}

/* News: a place written before "-based" says where someone works, not who acts. An actor heading
 * the phrase after it is the actor, and the place is dropped ("Somalia-based al-Shabab", "the
 * Hague-based International Court of Justice"); else the place gives its country alone, never its
 * government ("a Beijing-based consultancy": the dictionary's BEIJING is CHNGOV, the consultancy is
 * CHN's), and nothing when its code names no country ("a Brussels-based trade association" is not
 * the EU), nor when a word of the phrase says the body is the world's ("the U.S.-based global
 * lender" is not the US). A backer before "-backed", "-sponsored", "-funded", "-armed", "-trained",
 * "-allied", "-aligned", "-supported" is not an actor or a group the phrase names ("Iran-backed
 * Hezbollah": LBNUAF; "US-backed forces", "U.S.-backed Kurdish fighters" are not the US); it stays
 * for a thing ("froze a Chinese-funded pipeline" is against China). A maker or supplier before
 * "-made", "-built", "-designed", "-manufactured", "-produced", "-supplied", "-provided",
 * "-donated" says where a thing came from, not who acts with it ("Iranian-made drones struck Kyiv",
 * "U.S.-supplied rockets hit a depot"): it is dropped when its phrase opens a clause. After a verb
 * or a preposition it stays, where a measure falls on its country's goods ("tariffs on Chinese-made
 * cars", "a move to tax U.S.-produced spirits"). */
static void based_places(coder_sent *S)
{
	static const char *const backed[] = { "BACKED", "SPONSORED", "FUNDED", "ARMED", "TRAINED",
					      "ALLIED", "ALIGNED", "SUPPORTED", NULL };
	static const char *const made[] = { "MADE", "BUILT", "DESIGNED", "MANUFACTURED",
					    "PRODUCED", "SUPPLIED", "PROVIDED", "DONATED", NULL };
	for (int k = 0; k < S->na; k++) {
		coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (a->pron_kind || e >= S->nt || S->t[e].ostart < 1 ||
		    S->c->sentence.p[S->t[e].ostart - 1] != '-')
			continue;   /* "Beijing-based", "U.S.-backed" */
		if (tok_in(&S->t[e], made)) {
			if (opens_clause(S, a->pos))
				drop_actor(S, k--);
			continue;
		}
		int backer = tok_in(&S->t[e], backed);
		if (!backer && !tok_is(&S->t[e], "BASED"))
			continue;
		if (backer) {
			if (phrase_actor_after(S, e, 1) >= 0)
				drop_actor(S, k--);
			continue;
		}
		char cc[4];
		const char *sector = a->ncodes == 1 ? actor_split(a->codes[0], cc) : NULL;
		if (phrase_actor_after(S, e, 0) >= 0 || (sector && !cc[0]) ||
		    world_body_after(S, e)) {
			drop_actor(S, k--);
			continue;
		}
		if (!sector || !sector[0])
			continue;
		char *c = arena_strdup(&S->c->scratch, cc);
		if (!c || actors_set_code(S, a, c))
			return;
	}
}

/* News: a country written as a field of study or expertise names no side. "Modern Chinese
 * Studies" is a subject, not China; "a senior Iran analyst at the Eurasia Group", "a North
 * Korean expert at the Middlebury Institute" work where the phrase after "at" / "with"
 * says, not for the country they study. An expert noun with no such phrase keeps its
 * country ("Croatian experts have expressed hopes": Croatians). */
static void field_places(coder_sent *S)
{
	static const char *const expert[] = { "EXPERT", "EXPERTS", "ANALYST", "ANALYSTS",
					      "SPECIALIST", "SPECIALISTS", "SCHOLAR", "SCHOLARS",
					      "WATCHER", "WATCHERS", "HISTORIAN", "HISTORIANS",
					      NULL };
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (a->pron_kind || e >= S->nt)
			continue;
		/* the word after the noun first: two compares, not the list's twelve */
		int field = tok_is(&S->t[e], "STUDIES") ||
			    (e + 1 < S->nt &&
			     (tok_is(&S->t[e + 1], "AT") || tok_is(&S->t[e + 1], "WITH")) &&
			     tok_in(&S->t[e], expert));
		if (field)
			drop_actor(S, k--);
	}
}

/* News: a country written before a border noun inside a place phrase is the place, not the
 * country of a side: "killed 30 militants near the Afghan border", "troops along the
 * Lebanese frontier", "on the Iraqi-Syrian border" (each country of a hyphened pair). Without
 * the place word before it the border may be what is acted on ("closed the Afghan border")
 * and the country stays. */
static void border_places(coder_sent *S)
{
	static const char *const border[] = { "BORDER", "BORDERS", "FRONTIER", "COAST",
					      "COASTLINE", "BOUNDARY", NULL };
	/* where, not whither or whence: "withdrew troops from the Eritrean border", "fired
	 * across the Lebanese border" act on the country */
	static const char *const at[] = { "NEAR", "ALONG", "ON", "AT", "OFF", "BY", "INSIDE",
					  NULL };
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int e = a->end + 1;
		while (e < S->nt && S->t[e].hyphened && S->t[e].type == TY_ACTOR &&
		       S->t[e].actor >= 0)
			e = S->t[e].end + 1;   /* "the Iraqi-Syrian border" */
		if (a->pron_kind || e >= S->nt || !tok_in(&S->t[e], border))
			continue;
		int b = a->pos;
		while (b > 0 && S->t[b].hyphened)
			b--;
		if (b > 0 && tok_is(&S->t[b - 1], "THE"))
			b--;
		if (b > 0 && tok_in(&S->t[b - 1], at))
			drop_actor(S, k--);
	}
}

/* measure107: 1 when token i is a verb word after an article and one plain modifier word ("a
 * March rally", "a large rally"): a noun phrase's head, no verb, so a capital after it places it */
static int modified_verb_noun(const coder_sent *S, int i)
{
	if (i < 2 || S->t[i].type != TY_VERB)
		return 0;
	const coder_tok *m = &S->t[i - 1];
	return m->cls == C_WORD && (m->type == TY_NULL || m->type == TY_ADJ) &&
	       tok_in(&S->t[i - 2], ARTICLES);
}

/* News, --shallow: a capital right after "in", "at", "near" or "inside" that follows a noun
 * says where the noun is, not who governs ("killed five gang members in Port-au-Prince",
 * "attacked a church in Abuja"): its country alone (HTI, NGA), as the parse path's
 * capital_place does. A capital heading a clause or after a verb ("Moscow said", "arrived in
 * Kabul": a verb or an -ed word before the preposition) stays the government. */
static void capital_places(coder_sent *S)
{
	static const char *const at[] = { "IN", "AT", "NEAR", "INSIDE", NULL };
	for (int k = 0; k < S->na; k++) {
		coder_actor *a = &S->a[k];
		if (a->pron_kind || a->agent || a->ncodes != 1 || a->pos < 2 ||
		    strlen(a->codes[0]) != 6 || strcmp(a->codes[0] + 3, "GOV"))
			continue;
		const coder_tok *q = &S->t[a->pos - 2];
		int t = q->type;
		if (!tok_in(&S->t[a->pos - 1], at) || q->cls != C_WORD || q->n < 3 ||
		    !(t == TY_NULL || t == TY_NOUN || t == TY_AGENT ||
		      modified_verb_noun(S, a->pos - 2)) ||
		    (q->wf & ~(unsigned)WF_PLURAL) || !strcmp(q->s + q->n - 2, "ED"))
			continue;
		char *c = arena_alloc(&S->c->scratch, 4);
		if (!c)
			return;
		memcpy(c, a->codes[0], 3);
		c[3] = 0;
		if (actors_set_code(S, a, c))
			return;
	}
}

/* News: a country or region named inside the name of a body of water is part of a place's
 * name, never a side or the country of one: "a tanker in the Gulf of Oman", "drills in the
 * Sea of Japan", "the Bay of Bengal" (a water noun and "of" before it), "the Philippine Sea",
 * "the Taiwan Strait" (a water noun right after it). "Gulf" and "Bay" after a name are left
 * alone: "U.S. Gulf allies" are the US's allies in the Gulf, "Guantanamo Bay" is a base. */
static void water_names(coder_sent *S)
{
	static const char *const water[] = { "GULF", "SEA", "STRAIT", "STRAITS", "BAY", NULL };
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int p = a->pos;
		int e = a->end + 1;
		if (a->pron_kind)
			continue;
		int of = p >= 2 && tok_is(&S->t[p - 1], "OF") && tok_in(&S->t[p - 2], water);
		int after = e < S->nt && (tok_is(&S->t[e], "SEA") || tok_is(&S->t[e], "STRAIT") ||
					  tok_is(&S->t[e], "STRAITS"));
		if (of || after)
			drop_actor(S, k--);
	}
}

/* Drops a country that names a war: "the Vietnam War", "an Iraq War veteran" (the name and a
 * capitalised "War" or "Wars" right after it). The war is no side: a veteran or a survivor
 * of it, speaking or acting, is not the named country's; "a war in Iraq" is left alone. */
static void war_names(coder_sent *S)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (a->pron_kind || e >= S->nt || !S->t[e].cap)
			continue;
		if (tok_is(&S->t[e], "WAR") || tok_is(&S->t[e], "WARS"))
			drop_actor(S, k--);
	}
}

/* 1 when token t is a noun of a tie between two sides ("ally", "neighbour", "rival"). */
int actors_tie_noun(const coder_tok *t)
{
	static const char *const tie[] = { "ALLY", "ALLIES", "NEIGHBOR", "NEIGHBORS", "NEIGHBOUR",
					   "NEIGHBOURS", "RIVAL", "RIVALS", "ARCH-RIVAL",
					   "ARCHRIVAL", "PARTNER", "PARTNERS", "FOE", "FOES",
					   "ADVERSARY", "ADVERSARIES", "ENEMY", "ENEMIES",
					   "BACKER", "BACKERS", "PATRON", NULL };
	/* lengths 3-11, initials A B E F N P R: most words are turned away before the list */
	if (t->n < 3 || t->n > 11 || !memchr("ABEFNPR", t->s[0], 7))
		return 0;
	return tok_in(t, tie);
}

/* News: a country named as the owner of a tie ("another key Egyptian ally, France",
 * "Russia's neighbour, Finland", "Turkey's rival Greece") is not the side: the name after the
 * tie noun is. The country adjective or possessive is dropped when a tie noun follows it (over
 * at most two modifiers: "Egypt's longtime close ally") and an actor comes right after that
 * noun (over a comma and an article; clause.c keeps such a comma part); without such a name
 * ("a key U.S. ally") it stays, the only side the phrase names. */
static void tie_owners(coder_sent *S)
{
	for (int k = 0; k + 1 < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (a->pron_kind || e >= S->nt)
			continue;
		if (S->t[e].n == 2 && !memcmp(S->t[e].s, "'S", 2))
			e++;   /* "Russia 's" */
		/* "key", "longtime", "close": words of no type of their own, or adjectives */
		for (int n = 0; n < 2 && e < S->nt && S->t[e].cls == C_WORD &&
				(S->t[e].type == TY_ADJ || S->t[e].type == TY_NULL) &&
				!S->t[e].wf &&
				!actors_tie_noun(&S->t[e]); n++)
			e++;
		if (e + 1 >= S->nt || !actors_tie_noun(&S->t[e]))
			continue;
		int j = e + 1, comma = S->t[j].cls == C_COMMA;
		j += comma;
		if (j < S->nt && S->t[j].type == TY_DET)
			j++;
		if (j >= S->nt || S->t[j].type != TY_ACTOR || S->t[j].actor <= k)
			continue;
		/* after a comma the name ends the phrase, or is a compound's first member or
		 * a place's: "allies, Trump said" opens the next clause, no apposition */
		int after = S->a[S->t[j].actor].end + 1;
		if (comma && after < S->nt && S->t[after].cls != C_COMMA &&
		    S->t[after].type != TY_CONJ && !(S->t[after].wf & WF_PREP))
			continue;
		/* "its NATO ally Turkey": without a comma the tie noun modifies the name, whose
		 * phrase reaches back over it */
		if (!comma)
			S->t[e].type = TY_ADJ;
		drop_actor(S, k--);
	}
}

/* 1 when token t is a tie noun of others who are no side of the owner: a neighbour, rival,
 * foe or enemy of a country acts on its own ("ally", "partner", "backer" are left: the golden
 * convention codes "Syria's allies" as Syria). */
static int other_tie_noun(const coder_tok *t)
{
	return actors_tie_noun(t) && !tok_is(t, "ALLY") && !tok_is(t, "ALLIES") &&
	       !tok_is(t, "PARTNER") && !tok_is(t, "PARTNERS") && !tok_is(t, "BACKER") &&
	       !tok_is(t, "BACKERS") && !tok_is(t, "PATRON");
}

/* topic111: a country that owns a tie noun of others with no name after it ("weapons to
 * Russia's neighbours", "Uganda's rivals", "Russian neighbors in Europe") is not the side:
 * the others are, unnamed. A possessive owns any such noun (over at most two modifiers); a
 * nationality adjective only a neighbour noun, not after a possessive pronoun ("his Russian
 * neighbours" are Russians), since "Afghan rivals" are Afghans. tie_owners ran before: a
 * name after the noun has taken the side already; a capitalised noun is left to the name. */
static void other_tie_owners(coder_sent *S)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (a->pron_kind || e >= S->nt)
			continue;
		const coder_tok *last = &S->t[a->end];
		int split = S->t[e].n == 2 && !memcmp(S->t[e].s, "'S", 2);
		/* "Russia 's" or one token "RUSSIA'S" */
		int poss = split || (last->n > 2 && !memcmp(last->s + last->n - 2, "'S", 2));
		e += split;
		for (int n = 0; n < 2 && e < S->nt && S->t[e].cls == C_WORD &&
				(S->t[e].type == TY_ADJ || S->t[e].type == TY_NULL) &&
				!S->t[e].wf &&
				!actors_tie_noun(&S->t[e]); n++)
			e++;
		/* a capitalised noun is a name's word: "Countering America's Adversaries ...
		 * Act" */
		if (e >= S->nt || !other_tie_noun(&S->t[e]) || S->t[e].cap)
			continue;
		if (e + 1 < S->nt && S->t[e + 1].type == TY_ACTOR)
			continue;
		if (!poss) {
			int p = a->pos;
			if (e != a->end + 1 || strncmp(S->t[e].s, "NEIGHBO", 7) ||
			    (p > 0 && (S->t[p - 1].wf & WF_POSS)))
				continue;
		}
		drop_actor(S, k--);
	}
}

/* "The United States and others", "Britain and other governments" (our dictionaries): a
 * conjunct of "others" or "other" + nouns no dictionary knows names no actor of its own, so
 * the AND does not split the clause and the named conjunct is the side, as TABARI codes a
 * compound by its actors (CAMEO: one event per named actor). */
static int generic_others(coder_sent *S, int i)
{
	static const char *const some[] = { "SEVERAL", "MANY", "SOME", "NUMEROUS", "A", "FEW",
					    NULL };
	if (!(S->c->o.news & NEWS_OPEN_ACTORS))
		return 0;
	for (int n = 0; n < 2 && i < S->nt && tok_in(&S->t[i], some); n++)
		i++;   /* "and several other countries", "and a few others" */
	return i < S->nt && (tok_is(&S->t[i], "OTHERS") || tok_is(&S->t[i], "OTHER"));
}

/* sides59: 1 when the conjunct at token i is a group no dictionary knows, counted or
 * described ("and several humanitarian agencies", "and the charities"): a determiner, then
 * up to three plain lower-case words ending in a plural, right before a verb. With a named
 * first conjunct that opens the sentence, the named one is the side ("Germany and several
 * humanitarian agencies sent aid": DEU), as generic_others codes "and others". */
static int unknown_group(coder_sent *S, int i)
{
	int n = 0;
	if (i < S->nt && S->t[i].type == TY_DET)
		i++;   /* "and the agencies" */
	for (; n < 3 && i < S->nt && S->t[i].cls == C_WORD && !S->t[i].cap &&
	       (S->t[i].type == TY_NULL || S->t[i].type == TY_ADJ) && !S->t[i].wf; n++)
		i++;
	const coder_tok *h = i > 0 ? &S->t[i - 1] : NULL;
	/* ofhead75: a perfect "have" (an adverb may follow it) before the verb counts too */
	int v = i;
	if (v + 1 < S->nt && tok_is(&S->t[v], "HAVE"))
		v += v + 2 < S->nt && S->t[v + 1].type != TY_VERB ? 2 : 1;
	/* the plural group then a verb (at v, past the perfect "have") or an auxiliary (at i,
	 * right after the group: "the agencies will send") */
	return n > 0 && i < S->nt && h->type == TY_NULL && h->n > 3 && h->s[h->n - 1] == 'S' &&
	       (S->t[v].type == TY_VERB || S->t[i].type == TY_AUX);
}

/* ofhead75: 1 when the actor at pos, its titles and modifiers passed over, is the "of"
 * phrase of a noun phrase that opens the sentence ("The opposition party of jailed former
 * Prime Minister Imran Khan and independent observers alleged ...": the party, whose code
 * the named actor's agent makes, is the first conjunct, as when the name opens it). Only
 * a determiner, adjectives and plain lower-case words may stand before the "of". */
static int of_phrase_opens(coder_sent *S, int pos)
{
	int p = np_start(S, pos);
	for (int n = 0; n < 6 && p > 0 && !tok_is(&S->t[p - 1], "OF"); n++) {
		const coder_tok *t = &S->t[p - 1];
		if (t->type != TY_FORMER && t->type != TY_AGENT && !match_rank_word(t) &&
		    t->type != TY_ADJ && !(t->type == TY_NOUN && !t->cap) &&
		    !(t->type == TY_LIT && (t->cap || tok_is(t, "FORMER"))))
			return 0;
		p--;
	}
	if (p < 2 || !tok_is(&S->t[p - 1], "OF"))
		return 0;
	for (p -= 2; p > 0; p--) {
		const coder_tok *t = &S->t[p];
		if (t->cls != C_WORD || t->cap || (t->type != TY_NULL && t->type != TY_ADJ &&
		    t->type != TY_AGENT && t->type != TY_NOUN && t->type != TY_LIT))
			return 0;
	}
	return S->t[0].type == TY_DET || (S->t[0].cls == C_WORD && S->t[0].type != TY_VERB);
}

/* Agent token p as an actor of its agent's code, or -1 when p is no such agent. */
static int agent_actor(coder_sent *S, int p)
{
	coder_tok *t = p < S->nt ? &S->t[p] : NULL;
	if (!t || t->type != TY_AGENT || !t->ent || t->ent->type != ENT_AGENT || t->end < p)
		return -1;
	/* a title before a name no dictionary knows ("and ex-Defense Minister Irakli ...") is
	 * that person's, not a group's */
	if (t->cap || (t->end + 1 < S->nt && S->t[t->end + 1].cap))
		return -1;
	const char *acode = sent_agent_code(S, t->ent);
	const char **codes = acode ? arena_alloc(&S->c->scratch, sizeof *codes) : NULL;
	coder_actor *a = codes ? sent_new_actor(S, p) : NULL;
	if (!a)
		return -1;
	codes[0] = acode;
	a->end = t->end;
	a->ent = t->ent;
	a->codes = codes;
	a->ncodes = 1;
	t->type = TY_ACTOR;
	return S->na - 1;
}

/* conjunct55: a last conjunct that is a bare agent ("Canada, Britain and rights groups
 * condemned ...") becomes an actor of its agent's code, so that the compound keeps every
 * side; before, the AND split the clause, the agent alone was the open subject and the named
 * actors were lost. Only after AND ("either the court or prosecutors": one of them, the
 * annotators code the named one); not after ", and", where a new clause may open ("..., and
 * security forces arrested"), nor after a possessive ("Kenya and its allies": the allies are
 * Kenya's). Returns the new actor, or -1. */
static int agent_conjunct(coder_sent *S, int i, int rpos)
{
	/* "and international rights groups": up to two plain lower-case words before it */
	for (int n = 0; n < 2 && rpos < S->nt && S->t[rpos].cls == C_WORD && !S->t[rpos].cap &&
			S->t[rpos].type == TY_NULL && !S->t[rpos].wf; n++)
		rpos++;
	for (int j = i + 1; j < rpos && j < S->nt; j++)
		if (tok_has(&S->t[j], WF_POSS) || S->t[j].type == TY_PRON)
			return -1;
	return agent_actor(S, rpos);
}

/* The agent phrase ending at token i as an earlier conjunct of a list ("attacks on security
 * forces, settlers and workers"): an actor of its agent's code, or -1. */
static int agent_ending_at(coder_sent *S, int i)
{
	if (i < 0)
		return -1;
	int h = S->t[i].head >= 0 ? S->t[i].head : i;
	return S->t[h].end == i ? agent_actor(S, h) : -1;
}

/* title82: a country's title right before a dictionary person's name ("German Chancellor
 * Olaf Scholz", an actor with its agent, then the name's actor) is what the reporter asserted
 * when writing; the name's dated entry may give another side of the same country (DEUELI
 * after the term our entry knows). The name takes the title's code, so the phrase is one
 * side as it is while the dates agree; before, --shallow coded the two as source and target
 * and dropped a quotation's attribution (the parse path binds the phrase as one side
 * itself and is left as it is). A name of another country, a title of several
 * codes, one marked former (its agent gives ELI already), or one whose code only adds a
 * role to the name's ("Taliban spokesman" on the group's own code) are left alone. */
static void titled_names(coder_sent *S)
{
	for (int k = 0; k + 1 < S->na; k++) {
		const coder_actor *a = &S->a[k];
		coder_actor *b = &S->a[k + 1];
		int e = b->pos - 1;
		if (a->pron_kind || b->pron_kind || !a->agent || b->agent || !b->ent ||
		    a->ncodes != 1 || b->ncodes != 1 || e <= a->end || e >= S->nt ||
		    !S->t[b->pos].cap || strlen(a->codes[0]) < 6 ||
		    strncmp(a->codes[0], b->codes[0], 3) ||
		    !strncmp(a->codes[0], b->codes[0], strlen(b->codes[0])))
			/* "Taliban spokesman" AFGINSGOV on AFGINS: a role added, kept */
			continue;
		int h = S->t[e].head >= 0 ? S->t[e].head : e;
		int p = a->end + 1;   /* "Germany's Chancellor": the 's between */
		if (p < h && S->t[p].n == 2 && !memcmp(S->t[p].s, "'S", 2))
			p++;
		if (h != p || S->t[h].ent != a->agent || S->t[h].end != e ||
		    (a->pos > 0 && S->t[a->pos - 1].type == TY_FORMER))
			continue;
		b->codes = a->codes;
	}
}

/* shclause123: --shallow, 1 when token t is an adverb that stands between a clause's subject
 * and its verb ("Russia later accused", "police reportedly arrested", "the army again
 * shelled"): an adverb of time (news_time_adverb: "later", "also", "still", "soon"), "again",
 * or a lower-case word in -ly ("reportedly", "allegedly", "repeatedly"). */
int actors_subject_adverb(const coder_tok *t)
{
	return t->cls == C_WORD && !t->cap &&
	       (news_time_adverb(t) || tok_is(t, "AGAIN") || (t->n > 4 && tok_ends(t, "LY")));
}

/* shclause123: the index of the verb after a clause's subject that ends at token p - 1: over
 * an auxiliary or an adverb (actors_subject_adverb: "and Russia later accused"), --shallow up
 * to three ("and Russia has repeatedly accused"), the parse path one (advclause123: "Addis
 * Ababa, and Ethiopia later accused" was read as a list there). */
static int verb_after_subject(const coder_sent *S, int p)
{
	int skip = syntax_on(S) ? 1 : 3;
	for (int k = 0; k < skip && p < S->nt; k++, p++) {
		const coder_tok *t = &S->t[p];
		if (!(t->type == TY_AUX || tok_has(t, WF_AUX) ||
		      (t->n > 3 && !memcmp(t->s + t->n - 2, "LY", 2)) ||
		      actors_subject_adverb(t)))
			break;
	}
	return p;
}

/* clause84: 1 when actor ai's phrase is a clause's subject: a live dictionary verb follows it
 * right away (over one auxiliary or adverb, advclause123; shclause123: --shallow, over up to
 * three auxiliaries and adverbs), not an -ing form nor a "to" infinitive ("Ghana condemned", "Ghana
 * has condemned", "Ghana sharply condemned"). Read from the words alone, for both paths. */
int actors_subject_verb(const coder_sent *S, int ai)
{
	return actors_verb_after(S, S->a[ai].end + 1);
}

/* shclause123: 1 when a subject that ends right before token p is followed by its finite
 * verb (actors_subject_verb's test, from a token: an agent phrase's end too, "..., and police
 * later arrested"). */
int actors_verb_after(const coder_sent *S, int p)
{
	p = verb_after_subject(S, p);
	if (p >= S->nt || S->t[p].type != TY_VERB || !sent_live(S, p) ||
	    tok_is(&S->t[p - 1], "TO"))
		return 0;
	const coder_tok *v = &S->t[p];
	return !(v->n > 4 && tok_ends(v, "ING"));
}

/* clause84: 1 when the ", and" at token i (comma at i - 1) opens a clause of its own rather
 * than ends a list: the actor after it (right) is a verb's subject (actors_subject_verb), a
 * verb stands before the left conjunct (left), and no comma comes right before that
 * conjunct's phrase (", Ghana, and Togo condemned": a list). "Kenya praised China, and Ghana
 * condemned Togo" is two clauses; "China, and Ghana" was taken for a compound object.
 * andplace123: so is a left conjunct that is the place of a preposition of place (not "of")
 * inside the sentence, whatever the verb before it ("The talks collapsed in Addis Ababa, and
 * Ethiopia accused Sudan": a verb no dictionary knows; the place is no subject).
 * adjctry123: the subject may be a nationality's actor with its agent after it, the verb
 * after the agent ("..., and the Ethiopian government accused Sudan": the adjective alone
 * was no subject, the place and the adjective became one compound, the side lost ETH). */
static int and_clause(coder_sent *S, int i, int left, int right)
{
	if (i < 2 || S->t[i - 1].type != TY_COMMA || !tok_is(&S->t[i], "AND") ||
	    !actors_verb_after(S, pattern_agent_end(S, &S->a[right], S->a[right].end) + 1))
		return 0;
	int start = np_start(S, S->a[left].pos);
	if (start > 0 && S->t[start - 1].type == TY_COMMA)
		return 0;
	if (start > 1 && tok_has(&S->t[start - 1], WF_LOC) && !tok_is(&S->t[start - 1], "OF"))
		return 1;
	for (int j = 0; j < start; j++)
		if (S->t[j].type == TY_VERB)
			return 1;
	return 0;
}

/* andsubj118: 1 when token p is a live dictionary verb in a past form: in -ed, not -eed
 * ("arrested", not "agreed": "proceed", "need" are no past), or an irregular past ("struck",
 * news_irregular_past); "and soldiers arrested" then has a finite verb of its own. */
int actors_past_verb(const coder_sent *S, int p)
{
	if (p < 0 || p >= S->nt || S->t[p].type != TY_VERB || !sent_live(S, p))
		return 0;
	const coder_tok *t = &S->t[p];
	return (t->n > 4 && tok_ends(t, "ED") && t->s[t->n - 3] != 'E') || news_irregular_past(t);
}

/* andsubj118: 1 when the "and" at token i, with no comma before it, opens a clause of its own:
 * the actor after it (right) is followed right away by a past verb ("and soldiers
 * arrested", "and police detained"), and the nearest verb before the left conjunct is a deed
 * with a subject of its own before it, not speech or a report ("said police and soldiers
 * arrested": one compound subject), with no "that" or "between" after it ("Talks between
 * Serbia and Albania resumed": a compound). "Rebels attacked a police station and soldiers
 * arrested three students" is two clauses; "Police and soldiers arrested" (no verb before)
 * keeps its compound subject. */
static int bare_and_clause(coder_sent *S, int i, int left, int right)
{
	int p = S->a[right].end + 1;   /* shclause123: "and soldiers later arrested" */
	while (!syntax_on(S) && p < S->nt && p <= S->a[right].end + 2 &&
	       actors_subject_adverb(&S->t[p]))
		p++;
	if (i < 2 || S->t[i - 1].type == TY_COMMA || !tok_is(&S->t[i], "AND") ||
	    !actors_past_verb(S, p))
		return 0;
	for (int j = np_start(S, S->a[left].pos) - 1; j >= 0; j--) {
		const coder_tok *t = &S->t[j];
		if (tok_is(t, "THAT") || t->type == TY_COMMA)
			return 0;
		if (tok_is(t, "BETWEEN"))
			return 0;   /* "Talks between Serbia and Albania resumed" */
		if (t->type != TY_VERB)
			continue;
		if (tok_in(t, SPEECH_WORDS) || tok_in(t, SAY_WHAT_WORDS) || tok_in(t, REPORT_WORDS))
			return 0;
		for (int k = 0; k < j; k++)   /* the deed's own subject before it */
			if (S->t[k].type == TY_ACTOR || S->t[k].type == TY_AGENT ||
			    S->t[k].type == TY_PRON)
				return 1;
		return 0;
	}
	return 0;
}

void actors_compounds(coder_sent *S)
{
	if (S->c->o.news & NEWS_OPEN_ACTORS) {
		based_places(S);
		field_places(S);
		border_places(S);
		water_names(S);
		war_names(S);
		if (!syntax_on(S)) {
			titled_names(S);
			capital_places(S);
		}
		tie_owners(S);
		other_tie_owners(S);
		news_us_places(S);
		context_shared_titles(S);
	}
	for (int i = 1; i + 1 < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_CONJ)
			continue;
		int is_and = tok_is(t, "AND") || tok_is(t, "NOR") || tok_is(t, "OR");
		/* compound nouns and adjectives: <noun> CONJ <adj>* <noun>, <adj> CONJ <adj> */
		int l = i - 1;
		int r = i + 1;
		while (r < S->nt && S->t[r].type == TY_ADJ)
			r++;
		if (S->t[l].type == TY_NOUN && r < S->nt && S->t[r].type == TY_NOUN) {
			t->in_compound_conj = 1;
			continue;
		}
		if (S->t[l].type == TY_ADJ && S->t[i + 1].type == TY_ADJ) {
			t->in_compound_conj = 1;
			continue;
		}
		if (!is_and)
			continue;
		int lc = l;
		if (S->t[lc].type == TY_COMMA)
			lc--;
		int left = actor_ending_at(S, lc);
		/* an agent conjunct never before ", and": a new clause may open there ("It will
		 * be chaired by China's foreign minister, and Iran's envoy is expected to ...") */
		if (left < 0 && lc == l && (S->c->o.news & NEWS_OPEN_ACTORS))
			left = determined_agent_conjunct(S, lc);
		int rpos = skip_adj_fwd(S, i + 1);
		/* "and outgoing Canadian Prime Minister Justin Trudeau": tenure names no side */
		while (rpos < S->nt && (S->c->o.news & NEWS_OPEN_ACTORS) &&
		       match_rank_word(&S->t[rpos]))
			rpos = skip_adj_fwd(S, rpos + 1);
		/* "Orban and other Central European leaders" (our dictionaries): Orban stays */
		while (rpos < S->nt && (S->c->o.news & NEWS_OPEN_ACTORS) &&
		       tok_is(&S->t[rpos], "OTHER"))
			rpos = skip_adj_fwd(S, rpos + 1);
		int right = rpos < S->nt && S->t[rpos].type == TY_ACTOR ? S->t[rpos].actor : -1;
		if (left >= 0 && right < 0 && (generic_others(S, i + 1) ||
		    (lc == l && (np_start(S, S->a[left].pos) == 0 ||
				 of_phrase_opens(S, S->a[left].pos)) && unknown_group(S, i + 1)))) {
			t->in_compound_conj = 1;   /* the named conjunct is the side */
			continue;
		}
		if (left >= 0 && right < 0 && lc == l && tok_is(t, "AND") &&
		    (S->c->o.news & NEWS_OPEN_ACTORS))
			right = agent_conjunct(S, i, rpos);
		if (left < 0 || right < 0)
			continue;
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && (and_clause(S, i, left, right) ||
							   bare_and_clause(S, i, left, right)))
			continue;
		int g = S->a[left].group >= 0 ? S->a[left].group : S->ngroups++;
		if (S->a[left].group < 0) {
			S->group_first[g] = left;
			S->a[left].group = g;
			/* "Mexican President Claudia Sheinbaum and ...": the title's actor before
			 * the name is the same side; the parse may take it as the subject's
			 * actor */
			int title = (S->c->o.news & NEWS_OPEN_ACTORS) ?
				actor_of_agent_ending_at(S, S->a[left].pos - 1) : -1;
			if (title >= 0 && S->a[title].group < 0) {
				S->a[title].group = g;
				S->group_first[g] = title;
			}
			/* extend left over "<np>, <np>, ..." */
			int start = np_start(S, S->a[left].pos);
			while (start >= 2 && S->t[start - 1].type == TY_COMMA) {
				int prev = actor_ending_at(S, start - 2);
				if (prev < 0 && (S->c->o.news & NEWS_OPEN_ACTORS))
					prev = agent_ending_at(S, start - 2);
				if (prev < 0 || S->a[prev].group >= 0)
					break;
				S->a[prev].group = g;
				S->group_first[g] = prev;
				S->t[start - 1].in_compound_conj = 1;
				start = np_start(S, S->a[prev].pos);
			}
		}
		S->a[right].group = g;
		t->in_compound_conj = 1;
		/* the comma of ", and" stays a comma: the clause it may close is judged by its
		 * words (a clause of nothing but the compound is kept) */
		/* more actors right after, with adjectives between, join the group */
		int k = S->a[right].end + 1;
		for (;;) {
			int q = skip_adj_fwd(S, k);
			if (q >= S->nt || S->t[q].type != TY_ACTOR || S->t[q].actor < 0)
				break;
			S->a[S->t[q].actor].group = g;
			k = S->a[S->t[q].actor].end + 1;
		}
	}
}

int actors_is_compound(const coder_sent *S, int ai)
{
	return S->a[ai].group >= 0 || S->a[ai].ncodes > 1;
}

/* After clause deletion: a compound left with fewer than two live actors is no compound. */
void actors_prune_compounds(coder_sent *S)
{
	for (int g = 0; g < S->ngroups; g++) {
		int n = 0;
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == g && sent_live(S, S->a[k].pos))
				n++;
		if (n < 2)
			for (int k = 0; k < S->na; k++)
				if (S->a[k].group == g)
					S->a[k].group = -1;
	}
}

/* A pronoun (or description) at token i of the given kind that stands for code, the story's
 * previous subject (context.c); NULL when out of memory. */
static coder_actor *story_actor(coder_sent *S, int i, int kind, const char *code)
{
	coder_actor *a = sent_new_actor(S, i);
	if (!a || actors_set_code(S, a, code))
		return NULL;
	a->pron_kind = kind;
	a->forwarded = 1;
	a->ncodes = 1;
	return a;
}

/* A definite description that opens the sentence before its first actor ("The group gave
 * authorities 48 hours") is the story's previous subject, as a plural pronoun is: the noun
 * becomes that pronoun (context_description). */
static void story_description(coder_sent *S, int first)
{
	const char *code = NULL;
	int h = context_description(S, first < 0 ? S->nt : S->a[first].pos, &code);
	if (h >= 0 && story_actor(S, h, 3, code))
		S->t[h].type = TY_PRON;
}

/* pron51: 1 when the object pronoun at token i follows a verb that comes right after a
 * phrase past ", VERB-ing" or "and VERB" ("expelled two diplomats, accusing them"), the phrase
 * ending at i - 3. */
static int coordinated_verb(const coder_sent *S, int i)
{
	if (i < 3 || S->t[i - 1].type != TY_VERB || !sent_live(S, i - 1))
		return 0;
	const coder_tok *v = &S->t[i - 1], *c = &S->t[i - 2];
	int ing = v->n > 4 && tok_ends(v, "ING");
	return (c->type == TY_COMMA && ing) || tok_is(c, "AND");
}

/* pron51: 1 when a phrase's last word w is a plural for "them": of PLURAL_WORDS ("people")
 * or a lower-case word in -s, not -ss ("diplomats"; not "Mauritius", "press"). */
static int plural_word(const coder_tok *w)
{
	return tok_has(w, WF_PLURAL) || (!w->cap && w->n > 2 && w->s[w->n - 1] == 'S' &&
					 w->s[w->n - 2] != 'S');
}

/* pron51: the actor an object pronoun at token i looks back to when it follows a verb that
 * comes right after another actor's phrase, past ", VERB-ing" or "and VERB" ("expelled two
 * diplomats, accusing them", "summoned the envoy and urged him"): that phrase, the first
 * verb's object, when the pronoun agrees with it in number ("them" a compound, a lower-case
 * word in -s or of PLURAL_WORDS; "him", "it" none of these: "Mauritius" is one). -1: none
 * (TABARI's rule stands: the sentence's first actor). */
static int object_antecedent(coder_sent *S, int i, int first)
{
	int them = tok_is(&S->t[i], "THEM");
	if (!(them || tok_is(&S->t[i], "HIM") || tok_is(&S->t[i], "IT")) ||
	    !coordinated_verb(S, i))
		return -1;
	int e = i - 3;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pron_kind || k == first || a->end > e || !sent_live(S, a->pos))
			continue;
		/* the phrase ends at the actor or at the agent attached right after it ("British
		 * diplomats") */
		int g = a->end + 1;
		if (a->end != e && !(a->agent && S->t[g].ent == a->agent && S->t[g].end == e))
			continue;
		int plural = a->group >= 0 || plural_word(&S->t[e]);
		return plural == them ? k : -1;
	}
	return -1;
}

/* objpron118 (--shallow): the agent token an object pronoun at token i looks back to when no
 * actor's phrase is there for object_antecedent: the same ", VERB-ing" or "and VERB" after a
 * bare agent that no actor took, in the same number, with a side named before it ("they
 * picked out police officers and shot them": the officers, ~COP, whose country the story
 * fills); -1: none. */
static int object_agent(coder_sent *S, int i)
{
	int them = tok_is(&S->t[i], "THEM");
	if (!(them || tok_is(&S->t[i], "HIM")) || !coordinated_verb(S, i))
		return -1;
	int e = i - 3, h = 0;
	for (; h <= e; h++)
		if (S->t[h].type == TY_AGENT && S->t[h].end == e)
			break;
	if (h > e || !S->t[h].ent || S->t[h].actor >= 0 || !sent_live(S, h))
		return -1;
	/* a doer before the agent ("they picked out ..."), else the pronoun would be the
	 * sentence's only side and its source */
	int doer = 0;
	for (int k = 0; k < S->na && !doer; k++)
		doer = S->a[k].pos < h && sent_live(S, S->a[k].pos);
	if (!doer)
		return -1;
	return plural_word(&S->t[e]) == them ? h : -1;
}

/* bare51: a possessive pronoun before an agent that a verb follows, the subject of that verb
 * ("Russia's defense ministry said its troops had captured ..."), names the referent's
 * country's sector (RUSMIL), not the referent: the troops are the doers. Only for a referent
 * with a country of its own (not an open "~GOV"); not an object ("ordered its military to
 * seal": the order's side) nor a modifier ("over his separatist activities"). The parse path
 * only: without it the speaker stays the source and such a pronoun would turn its target. */
static void own_forces(coder_sent *S, coder_actor *a, int i)
{
	const coder_tok *n = i + 1 < S->nt ? &S->t[i + 1] : NULL;
	const coder_tok *v = n && n->end + 1 < S->nt ? &S->t[n->end + 1] : NULL;
	const coder_actor *r = &S->a[a->ref];
	if (!syntax_on(S) || a->pron_kind != 2 || !n || n->type != TY_AGENT || !n->ent ||
	    n->end < i + 1 || !v ||
	    (v->type != TY_AUX && v->type != TY_VERB && !tok_has(v, WF_AUX)) ||
	    n->ent->type != ENT_AGENT || r->ncodes != 1 || !r->codes[0])
		return;
	char cc[4];
	actor_split(r->codes[0], cc);
	if (!cc[0])
		return;
	const char *ag = sent_agent_code(S, n->ent);
	if (!ag || actors_set_code(S, a, sent_apply_agent(S, r->codes[0], ag, 0)))
		return;
	a->ncodes = 1;
	a->ref = -1;
}

/* openb108: 1 when subject pronoun i (HE, SHE, THEY) comes right after the comma that closes
 * the sentence's opening phrase, a preposition's or a verbless "while"/"although" clause's
 * ("While highly critical of the Kenyan government, he ...", "In a letter to Uganda, they
 * ...", "After meeting Ugandan officials, he ..."): an actor in it is what the phrase is
 * about, at or with, not the pronoun's person. Not "As Kenya's leader, he" (a role), nor
 * a phrase with a verb of its own ("After the president landed, he": its subject may be the
 * pronoun's: a verb, an auxiliary or a word in -ED), a second comma or a quote. */
static int opener_names_none(coder_sent *S, int i)
{
	static const char *const subj[] = { "HE", "SHE", "THEY", NULL };
	static const char *const role[] = { "AS", "LIKE", "THAN", NULL };
	const coder_tok *o = &S->t[0];
	if (i < 3 || !tok_in(&S->t[i], subj) || S->t[i - 1].cls != C_COMMA ||
	    !(tok_has(o, WF_PREP) || tok_has(o, WF_CLAUSE)) || tok_in(o, role) ||
	    !(tok_has(o, WF_PREP) || tok_is(o, "WHILE") || tok_is(o, "THOUGH") ||
	      tok_is(o, "ALTHOUGH") || tok_is(o, "WHEN")))
		return 0;
	for (int j = 1; j < i - 1; j++) {
		const coder_tok *t = &S->t[j];
		int ing = t->n > 4 && tok_ends(t, "ING");
		int ed = !t->cap && t->n > 3 && tok_ends(t, "ED");
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->type == TY_PRON ||
		    t->type == TY_AUX || ed || tok_has(t, WF_MODAL) ||
		    (t->type == TY_VERB && !ing) || tok_has(t, WF_CLAUSE))
			return 0;
	}
	return !syntax_fronted_subject(S, i);
}

/* srcphrase114: the subject pronoun (HE, SHE, THEY) that opens the main clause right after
 * the comma of a verbless opening phrase (opener_names_none: "While critical of the Kenyan
 * government, he said ...", "While in Nairobi, she ..."), when it stands at or after lo and
 * before verb v; -1 when there is none. The opener's actors are what it is about, not the
 * doer: the source search (--shallow's, and the parse path's fallback to it) looks for verb
 * v's source from that pronoun on. */
int actors_opener_pronoun(coder_sent *S, int lo, int v)
{
	int c = 1;
	while (c < v && c < S->nt && S->t[c].cls != C_COMMA)
		c++;
	return c + 1 >= lo && c + 1 < v && c + 1 < S->nt && opener_names_none(S, c + 1) ?
	       c + 1 : -1;
}

/* kindposs118: "Iran tested a missile on Monday. Its foreign minister accused Washington":
 * the possessive "Its" opening a sentence right before a bare agent that no actor took
 * ("foreign minister", ~GOV) makes that agent an actor of the story subject's country
 * (context_possessive_agent: IRNGOV), the possessive read as a determiner, as "the" is; 1
 * when so. Unplaced, the possessive named nobody and the sentence lost its source. */
static int possessive_agent(coder_sent *S, int i)
{
	coder_tok *t = i + 1 < S->nt ? &S->t[i + 1] : NULL;
	if (!t || t->type != TY_AGENT || !t->ent || t->actor >= 0)
		return 0;
	const char *code = context_possessive_agent(S, i, sent_agent_code(S, t->ent));
	const char **codes = code ? arena_alloc(&S->c->scratch, sizeof *codes) : NULL;
	coder_actor *a = codes ? sent_new_actor(S, i + 1) : NULL;
	if (!a)
		return 0;
	t->type = TY_ACTOR;
	a->end = t->end;
	a->ent = t->ent;
	codes[0] = code;
	a->codes = codes;
	a->ncodes = 1;
	S->t[i].type = TY_DET;
	return 1;
}

/* 1 when a comma stands between tokens i and j (i < j). */
static int comma_between(const coder_sent *S, int i, int j)
{
	for (int k = i + 1; k < j && k < S->nt; k++)
		if (S->t[k].cls == C_COMMA)
			return 1;
	return 0;
}

/* possrole170: a possessive pronoun at token i that opens the sentence and names no one (no
 * actor from the story; a later actor is no referent), right before a role or group word no
 * actor took, past at most two plain lower-case modifiers ("His party condemned Uganda", "Its
 * elite troops"), is read as a determiner, as "the" is: the role word stands alone (~PTY).
 * Left a pronoun, it made the phrase nobody's (open_actor), and the source search took the
 * object's actor after the verb for the subject, losing the target. Not after a speaker ("Li
 * said his firm"): the possessive is that person's, whom no dictionary may know. */
static void lone_possessive(coder_sent *S, int i)
{
	int j = i + 1;
	while (j < S->nt && j - i <= 2 && S->t[j].cls == C_WORD && !S->t[j].cap && !S->t[j].wf &&
	       (S->t[j].type == TY_NULL || S->t[j].type == TY_ADJ))
		j++;
	const coder_tok *t = j < S->nt ? &S->t[j] : NULL;
	if (!tok_has(&S->t[i], WF_POSS) || !t || t->type != TY_AGENT || !t->ent ||
	    t->ent->type != ENT_AGENT || t->actor >= 0 || !context_opens_sentence(S, i))
		return;
	S->t[i].type = TY_DET;
}

void actors_pronouns(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int first = -1;  /* first real actor in the sentence */
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pron_kind == 0 && sent_live(S, S->a[k].pos) &&
		    (first < 0 || S->a[k].pos < S->a[first].pos))
			first = k;
	int first_cmp = -1;
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pron_kind == 0 && actors_is_compound(S, k) &&
		    sent_live(S, S->a[k].pos) &&
		    (first_cmp < 0 || S->a[k].pos < S->a[first_cmp].pos))
			first_cmp = k;
	if (first_cmp >= 0 && S->a[first_cmp].group >= 0)
		first_cmp = S->group_first[S->a[first_cmp].group];
	story_description(S, first);
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_PRON || t->actor >= 0)
			continue;   /* a description made a pronoun above has its actor */
		int kind;
		if (tok_is(t, "HE") || tok_is(t, "SHE") || tok_is(t, "IT") || tok_is(t, "HIM"))
			kind = 1;
		else if (tok_is(t, "ITS") || tok_is(t, "HIS") || tok_is(t, "HER"))
			kind = 2;
		else
			kind = 3;
		/* counterpart52: "met his Sudanese counterpart", "his counterparts from Iraq": a
		 * possessive before an actor phrase with its agent, or before "counterpart(s) of /
		 * from" an actor, determines the phrase that names the side; as an actor of its
		 * own it took the target slot for the subject, an event with itself */
		int of = i + 2 < S->nt && (tok_is(&S->t[i + 1], "COUNTERPART") ||
					    tok_is(&S->t[i + 1], "COUNTERPARTS")) &&
			 (tok_is(&S->t[i + 2], "OF") || tok_is(&S->t[i + 2], "FROM"));
		int nx = sent_actor_at(S, of ? i + 3 : i + 1);
		if (kind == 2 && !of && possessive_agent(S, i))
			continue;
		if (tok_has(t, WF_POSS) && nx >= 0 && !S->a[nx].pron_kind && (of || S->a[nx].agent))
			continue;
		int ref = -1;
		int opener = first >= 0 && S->a[first].pos < i && opener_names_none(S, i);
		int before_any = first < 0 || S->a[first].pos > i || opener;
		if (before_any && S->forward_ok && c->prev_actor) {
			/* forwarded from the previous sentence (plural pronouns too: TABARI 0.8.4
			 * forwards the first actor of a compound) */
			coder_actor *a = sent_new_actor(S, i);
			if (!a)
				return;
			a->pron_kind = kind;
			a->forwarded = 1;
			const char **codes = arena_alloc(&c->scratch, sizeof *codes);
			if (!codes)
				return;
			codes[0] = arena_strdup(&c->scratch, c->prev_actor);
			a->codes = codes;
			a->ncodes = 1;
			continue;
		}
		/* quoteactor68: a quote's pronoun speaker after a quote-first sentence's quotation
		 * ('"Japanese cars are the best," he said') is the story's subject even when the
		 * quotation names an actor: that actor is the quote's, not the speaker's
		 * antecedent */
		int quoted_first = first >= 0 && S->t[0].cls == C_QUOTE &&
				   context_quote_speaker_at(S, i);
		const char *from_ctx = before_any || quoted_first ?
				       context_pronoun(S, i, kind) : NULL;
		if (from_ctx) {
			/* story context: the previous sentence's subject (context.c) */
			if (!story_actor(S, i, kind, from_ctx))
				return;
			continue;
		}
		if (opener) {
			/* openb108: the opener's actor is not the pronoun's person: the
			 * pronoun stands for nobody the sentence names */
			coder_actor *a = sent_new_actor(S, i);
			if (!a)
				return;
			a->pron_kind = kind;
			continue;
		}
		int back = object_antecedent(S, i, first);
		int ag = back < 0 && !syntax_on(S) ? object_agent(S, i) : -1;
		if (ag >= 0)
			back = agent_actor(S, ag);
		if (back >= 0)
			ref = back;
		else if (kind == 1)
			ref = first;
		else if (kind == 2) {
			for (int k = 0; k < S->na; k++)
				if (S->a[k].pron_kind == 0 && S->a[k].pos < i &&
				    sent_live(S, S->a[k].pos) &&
				    (ref < 0 || S->a[k].pos < S->a[ref].pos))
					ref = k;
		} else {
			ref = first_cmp >= 0 ? first_cmp : first;
			/* possrole170: a possessive ("their") points back, never to a phrase
			 * after it in its own clause ("Their party condemned Uganda": not
			 * Uganda's); a fronted phrase's may point to the subject past its
			 * comma ("At their meeting, Tokyo and Washington agreed") */
			if (ref >= 0 && tok_has(t, WF_POSS) && S->a[ref].pos > i &&
			    !comma_between(S, i, S->a[ref].pos))
				ref = first >= 0 && S->a[first].pos < i ? first : -1;
		}
		if (ref < 0) {
			lone_possessive(S, i);
			continue;
		}
		coder_actor *a = sent_new_actor(S, i);
		if (!a)
			return;
		a->pron_kind = kind;
		a->ref = ref;
		own_forces(S, a, i);
	}
}

/* ---------------------------------------------------------------- slots */

static void slot_add(coder_sent *S, coder_slot *s, int ai)
{
	const coder_actor *a = &S->a[ai];
	for (int k = 0; k < a->ncodes && s->n < MAX_MEMBERS; k++) {
		s->m[s->n].code = a->codes[k];
		s->m[s->n].a = a;
		s->n++;
	}
}

/* Fills the slot for actor ai: the whole compound group, the referenced actor for pronouns. */
void actors_make_slot(coder_sent *S, int ai, coder_slot *s)
{
	s->n = 0;
	s->pos = S->a[ai].pos;
	s->pronoun = S->a[ai].pron_kind != 0;
	s->key = NULL;
	if (S->a[ai].ref >= 0) {
		ai = S->a[ai].ref;
		const dict_dated_code *dc =
			S->a[ai].ent ? dict_actor_code_on(S->a[ai].ent->codes, S->date) : NULL;
		if (dc && dc->ncodes)
			s->key = dc->codes[0];
	}
	const coder_actor *a = &S->a[ai];
	if (a->group >= 0) {
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == a->group && S->a[k].pron_kind == 0 &&
			    sent_live(S, S->a[k].pos))
				slot_add(S, s, k);
	} else {
		slot_add(S, s, ai);
	}
}

/* Last token covered by the actor (or its whole compound group) at ai. */
int actors_slot_end(coder_sent *S, int ai)
{
	const coder_actor *a = &S->a[ai];
	int end = a->end;
	if (a->group >= 0)
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == a->group && S->a[k].end > end)
				end = S->a[k].end;
	return end;
}


int actors_own_compound(const coder_slot *src, const coder_slot *tgt)
{
	if (src->n < 2 || !tgt->n || src->m[0].a->group < 0)
		return 0;
	for (int i = 0; i < tgt->n; i++) {
		int in = 0;
		for (int j = 0; j < src->n && !in; j++)
			in = tgt->m[i].a == src->m[j].a;
		if (!in)
			return 0;
	}
	return 1;
}

int actors_mutual_code(const char *a)
{
	if (!a || !a[0] || !a[1])
		return 0;
	if (a[0] == '0')
		return (a[1] >= '3' && a[1] <= '4') || a[1] == '6' ||
		       (a[1] == '5' && (!a[2] || a[2] == '0' || a[2] == '7'));
	return a[0] == '1' && (a[1] == '6' || a[1] == '9');
}
