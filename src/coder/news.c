/*
 * news.c - khaldun's rules for real news, beyond TABARI's (the KHALDUN: option): open
 * noun-phrase actors, noun-phrase spans, web-page boilerplate, subjects and objects, speakers
 * named around a quotation, places, lead-in phrases, verb stems read as nouns, places in the
 * US. Each rule is called by the coder only when its bit is on in dict_options.news, so
 * TABARI projects keep TABARI's behaviour. The other news rules sit beside it by theme:
 * newsmodal.c (events not done), newsspeech.c (reported speech), newstime.c (time and
 * questions), newsdoer.c (passive agents, participles, pronoun doers).
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include "base/boilerplate.h"
#include "cameo/actor.h"
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>



/* A capitalised word that nothing knows: no dictionary phrase, no built-in word or list, letters
 * only, written with a capital and small letters ("Fitzgerald", "Peterson"; not "Thursday",
 * "U.N.", "SIMI", "Minister"). The subordinators' list (WF_SUB) does not count: "Whereas"
 * stays such a word, as before that list had a bit. */
int news_unknown_name_word(const coder_sent *S, int i)
{
	if (i < 0 || i >= S->nt)
		return 0;
	const coder_tok *t = &S->t[i];
	if (t->cls != C_WORD || !t->cap || t->hyphened || t->ent || t->head >= 0 ||
	    t->type != TY_NULL || t->bt != TY_NULL || (t->wf & ~WF_SUB) || t->n < 3)
		return 0;
	for (int k = 0; k < t->n; k++)
		if (t->s[k] < 'A' || t->s[k] > 'Z')
			return 0;
	const char *o = S->c->sentence.p + t->ostart;   /* written "Moore", not "SIMI" */
	return o[1] >= 'a' && o[1] <= 'z';
}

/* News: the actor phrase at token i (a language or nation word) names a broadcaster's
 * language service, not a country or people: "told VOA's Russian Service", "told VOA
 * Albanian.", "told VOA Mandarin via email", "In an interview with VOA Somali, ...". After
 * the broadcaster's possessive any one-word phrase is its service; after the bare name only
 * one followed by SERVICE, or that ends the phrase (the sentence's end, a comma or quote, or
 * a word that opens no noun phrase: "via", "on", "that"), so that "told VOA Iran would ..."
 * keeps Iran, the reported clause's subject. */
int news_service_name(const coder_sent *S, int i)
{
	static const char *const outlet[] = { "VOA", "BBC", "RFA", "DW", "RFE/RL", NULL };
	static const char *const closes[] = { "SERVICE", "SERVICES", "VIA", "ON", "IN", "THAT",
		"DURING", "EARLIER", "LAST", "THIS", "AFTER", "WHEN", "WHILE", "BY", NULL };
	const coder_tok *t = &S->t[i];
	if (i < 1 || t->end != i)
		return 0;
	const coder_tok *p = &S->t[i - 1];
	int poss = p->n > 2 && !memcmp(p->s + p->n - 2, "'S", 2);
	for (int k = 0; outlet[k]; k++) {
		int l = (int)strlen(outlet[k]);
		if (p->n != l + 2 * poss || memcmp(p->s, outlet[k], (size_t)l))
			continue;
		if (poss || i + 1 >= S->nt || S->t[i + 1].cls == C_COMMA ||
		    S->t[i + 1].cls == C_QUOTE)
			return 1;
		return tok_in(&S->t[i + 1], closes);
	}
	return 0;
}

/* News: the actor phrase at token i written after "pro-" or "anti-" is the cause of the
 * people its noun phrase names, not who they are: "pro-EU protesters in Tbilisi" are
 * Georgians (the agent then takes its place's country), "anti-American protesters" no
 * Americans, "pro-Russian separatists" no Russians. Only right before an agent or an actor
 * (an adjective may stand between): "burned anti-American banners" is still against the US.
 * Armed men against a country are its own rebels, as CAMEO codes insurgents ("anti-Pakistan
 * militants": PAKREB), so "anti-" keeps it for them. */
int news_cause_country(coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (i < 1 || !t->hyphened ||
	    !(tok_is(&S->t[i - 1], "PRO") || tok_is(&S->t[i - 1], "ANTI")))
		return 0;
	int j = t->end + 1;
	if (j + 1 < S->nt && S->t[j].type == TY_ADJ)
		j++;   /* "pro-Russian armed groups" */
	if (j >= S->nt)
		return 0;
	const coder_tok *w = &S->t[j];
	if (w->type == TY_ACTOR)
		return 1;
	if (w->type != TY_AGENT)
		return 0;   /* a thing ("anti-Chinese banners outside the embassy") */
	const char *ag = S->t[i - 1].s[0] == 'A' ? sent_agent_code(S, w->ent) : NULL;
	return !ag || !(strstr(ag, "REB") || strstr(ag, "INS"));
}

/* News: the actor phrase at token i is a capital written as the name of a pact ("the Doha
 * agreement", "the Minsk accords", "the Paris climate agreement"): the city where the text
 * was signed names the document, not the government that is party to it, so it is no actor
 * (neither source nor target). Only a government metonym (one code "XXXGOV") after "the" and
 * right before a pact noun (one of peace, climate or ceasefire may stand between); a country
 * ("the Iran deal") and a venue of deeds ("the Doha talks") stay actors. */
int news_pact_name(const coder_sent *S, int i, const char *code)
{
	static const char *const pact[] = { "AGREEMENT", "AGREEMENTS", "ACCORD", "ACCORDS",
		"TREATY", "PACT", "PROTOCOL", "CONVENTION", "CONVENTIONS", "DECLARATION",
		"COMMUNIQUE", "PROCESS", "FORMAT", NULL };
	static const char *const kind[] = { "PEACE", "CLIMATE", "CEASEFIRE", "CEASE-FIRE", NULL };
	const coder_tok *t = &S->t[i];
	size_t n = code ? strlen(code) : 0;
	if (i < 1 || n != 6 || strcmp(code + 3, "GOV") || !tok_is(&S->t[i - 1], "THE"))
		return 0;
	int j = t->end + 1;
	if (j + 1 < S->nt && tok_in(&S->t[j], kind))
		j++;
	return j < S->nt && tok_in(&S->t[j], pact);
}

/* orgname160: the actor phrase at token i is a place word inside the proper name of an
 * organisation that another capitalised name opens: "the Carnegie Russia Eurasia Center",
 * "a fellow at the Stimson Pakistan Program", "the Brookings Iran Project". The name's owner
 * (its founder or brand) comes first, so the place is the organisation's field of study, not
 * its side: no actor. Only after a capitalised word nothing knows, inside the sentence, and
 * before a run of capitalised words (at most three) that ends in an organisation's head
 * noun. A place that opens the name ("the Syrian Center for ...", "the China Public
 * Diplomacy Association") or follows "of" ("the Distilled Spirits Council of the United
 * States") stays the organisation's country. */
int news_org_name_place(const coder_sent *S, int i)
{
	static const char *const head[] = { "CENTER", "CENTRE", "INSTITUTE", "FOUNDATION",
		"COUNCIL", "FORUM", "PROGRAM", "PROGRAMME", "INITIATIVE", "PROJECT", "FUND",
		"STUDIES", "ENDOWMENT", "INSTITUTION", NULL };
	const coder_tok *t = &S->t[i];
	if (S->allcaps || !t->cap || t->hyphened || i < 2 || !news_unknown_name_word(S, i - 1))
		return 0;
	for (int j = t->end + 1; j < S->nt && j <= t->end + 3; j++) {
		const coder_tok *u = &S->t[j];
		if (u->cls != C_WORD || !u->cap || u->hyphened)
			return 0;
		if (tok_in(u, head))
			return 1;
	}
	return 0;
}

/* News: the actor phrase at token i is one of a hyphened pair of names before a noun of a
 * bond between them ("normalize Turkey-Israel relations", "the Ruto-Gachagua partnership"):
 * the pair says whose bond it is, neither side is a doer or a target of the clause's verb.
 * Only a capitalised pair joined by a hyphen right before such a noun; "Turkey's relations
 * with Israel" and "Turkey and Israel restored relations" keep their actors. */
int news_pair_bond(const coder_sent *S, int i)
{
	static const char *const bond[] = { "RELATIONS", "TIES", "RELATIONSHIP", "PARTNERSHIP",
		"RIVALRY", "RAPPROCHEMENT", "FEUD", NULL };
	const coder_tok *t = &S->t[i];
	int j;
	if (t->end + 1 < S->nt && S->t[t->end + 1].hyphened && S->t[t->end + 1].cap) {
		const coder_tok *u = &S->t[t->end + 1];   /* the first of the pair: "Turkey-" */
		j = (u->type == TY_ACTOR ? u->end : t->end + 1) + 1;
	} else if (t->hyphened && i >= 1 && S->t[i - 1].cap && S->t[i - 1].cls == C_WORD) {
		j = t->end + 1;   /* the second: "-Israel" */
	} else {
		return 0;
	}
	return j < S->nt && tok_in(&S->t[j], bond);
}

/* News: a country's name that is also a person's given name or surname, written as one
 * beside a capitalised word that nothing knows, in a mixed-case sentence: "Frances Haugen",
 * "Jordan Peterson", "Chad Wolf", "Representative Jim Jordan" name people, not FRA, JOR,
 * TCD. Only the names people bear (lists below;
 * "Syrian Center", "China's Zhuhai port" stay the country's). A word before it counts only
 * inside the sentence (any word is capitalised at its start); a possessive ("Jordan's")
 * stays the country's. Entries of two words or more ("Israel Katz") win before this. */
int news_person_not_country(const coder_sent *S, int i, const char *code)
{
	/* given names ("Chad Wolf", "Frances Haugen", "Jordan Peterson") and family names ("Jim
	 * Jordan") that news often prints; not ones that head a country's firms and places
	 * ("Kenya Airways", "India Today", "Israel Aerospace", "Lake Chad") */
	static const char *const given[] = { "CHAD", "FRANCES", "GEORGIA", "JORDAN", NULL };
	static const char *const family[] = { "JORDAN", NULL };
	const coder_tok *t = &S->t[i];
	if (S->allcaps || !t->cap || t->end != i || t->hyphened || !code || strlen(code) != 3)
		return 0;
	if (i + 1 < S->nt && !S->t[i + 1].hyphened && news_unknown_name_word(S, i + 1) &&
	    tok_in(t, given))
		return 1;
	return i >= 2 && news_unknown_name_word(S, i - 1) && tok_in(t, family);
}

/* A word of a dictionary phrase `phrase` ("VLADIMIR_PUTIN_") that the token t spells, or
 * nearly: the same first three letters ("SERGEY" for SERGEI, "BENJAMIM" for BENJAMIN), as
 * news prints a foreign given name several ways. */
static int phrase_spells(const char *phrase, const coder_tok *t)
{
	for (const char *w = phrase; *w && *w != ' ' && *w != ';';) {
		size_t n = strcspn(w, "_ ;");
		if (n >= 3 && t->n >= 3 && strncasecmp(w, t->s, 3) == 0)
			return 1;
		w += n;
		if (*w == '_')
			w++;
	}
	return 0;
}

/* 1 when a phrase other than an actor's opens with token i's whole word: a title's word
 * ("Secretary Rubio": the agent SECRETARY_OF_STATE_), no given name, though no phrase
 * matched there. Actors' phrases do not count: a given name opens many ("Michael"). */
static int opens_other_phrase(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	for (int k = 0; k < S->nkeys[i]; k++) {
		const dict_slot *sl = &S->d->slots[S->c->keys[S->kfirst[i] + (uint32_t)k]];
		if (sl->keylen != (uint32_t)t->n || memcmp(sl->key, t->s, (size_t)t->n))
			continue;
		for (uint32_t j = 0; j < sl->n; j++)
			if (sl->v[j]->type != ENT_ACTOR)
				return 1;
	}
	return 0;
}

/* 1 when the one-word phrase e is the last word of its group's first phrase, of two words or
 * more: a surname synonym ("+PUTIN_" of VLADIMIR_PUTIN_). */
static int surname_synonym(const dict_entry *e)
{
	if (!e || e->words.n != 1 || !e->parent || !e->at.text || e->at.text[0] != '+')
		return 0;
	const char *syn = e->at.text + 1;
	size_t sn = strcspn(syn, "_ ;");
	size_t pn = strcspn(e->parent, " ;");
	if (sn == 0 || pn < sn + 3 || e->parent[pn - 1] != '_')
		return 0;
	const char *last = e->parent + pn - 1 - sn;   /* the parent's last word */
	return last[-1] == '_' && strncmp(last, syn, sn) == 0;
}

/* namegiven172: the actor phrase at token i is a person's surname synonym after another
 * given name, a capitalised word nothing knows inside the sentence ("Ivanka Trump", "Aisha
 * Buhari", "Sarah Huckabee Sanders"): a relative or a namesake, not the entry's person, so
 * the name is an unknown person's. Titles, initials ("Donald J. Trump"), demonyms, months
 * and other known words before it are no given name, and a spelling of one of the entry's
 * own words ("Sergey Lavrov") stays the person; a full name matches its own phrase. */
int news_other_given_name(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (S->allcaps || !t->cap || t->end != i || i < 2 || !surname_synonym(t->ent) ||
	    !news_unknown_name_word(S, i - 1) || opens_other_phrase(S, i - 1))
		return 0;
	return !phrase_spells(t->ent->parent, &S->t[i - 1]);
}

/* namejr173: the actor phrase at token i is a name followed by a generation's suffix ("Donald
 * Trump Jr.", "Trump Sr.", "Nkosana Vale III", after a comma too): the son, father or heir of
 * the entry's person, not the person, since an entry for the bearer of the suffix spells it
 * ("FERDINAND_MARCOS_JR._", "CHARLES_III_") and its longer match already took the word. The
 * name falls to what an unknown person gets, as after another given name. */
int news_name_suffix(const coder_sent *S, int i)
{
	static const char *const suffix[] = { "JR", "JR.", "SR", "SR.", "II", "III", "IV", NULL };
	const coder_tok *t = &S->t[i];
	int j = t->end + 1;
	if (S->allcaps || !t->cap || j >= S->nt)
		return 0;
	if (S->t[j].cls != C_WORD && S->t[j].n == 1 && S->t[j].s[0] == ',')
		j++;
	return j < S->nt && S->t[j].cap && !S->t[j].hyphened && tok_in(&S->t[j], suffix);
}

/* The token that makes the phrase ending at token end a possessive: end itself
 * ("Libya's"), or the "'s" written apart right after it ("Libya 's"); -1 when none. */
static int possessive_mark(const coder_sent *S, int end)
{
	if (tok_possessive(&S->t[end]))
		return end;
	if (end + 1 < S->nt && S->t[end + 1].n == 2 && tok_possessive(&S->t[end + 1]))
		return end + 1;
	return -1;
}

/* namejr173: the actor phrase at token i is the possessor of a kin noun that heads its noun
 * phrase, after at most one small word between ("Putin's daughter", "Kagame's eldest son",
 * "Erdogan's son-in-law"): the relative is no holder of the person's office, so the phrase keeps
 * only the person's country (news_kin_country), as an unknown person of that country gets.
 * kinmend175: the kin nouns are ctxfall.c's (context_kin_noun), kin128's with these. */
int news_kin_possessor(const coder_sent *S, int i)
{
	int k = possessive_mark(S, S->t[i].end);
	if (k < 0)
		return 0;
	for (int j = k + 1; j < S->nt && j <= k + 2; j++) {
		const coder_tok *u = &S->t[j];
		if (u->cls != C_WORD || u->cap)
			return 0;
		if (context_kin_noun(u->s, (size_t)u->n))
			return 1;
		if (u->type != TY_NULL && u->type != TY_ADJ)
			return 0;
	}
	return 0;
}

/* namejr173: codes[0..n) with each code cut to its country ("RUSGOV" -> "RUS"), in the
 * sentence's scratch arena; a code with no country part ("IGOUNO", "~GOV") stays whole.
 * Returns codes itself when nothing changes or the arena is full. */
const char **news_kin_country(coder_sent *S, const char **codes, int n)
{
	const char **r = arena_alloc(&S->c->scratch, (size_t)(n > 0 ? n : 1) * sizeof *r);
	int changed = 0;
	if (!r)
		return codes;
	for (int k = 0; k < n; k++) {
		char cty[4];
		const char *sector = actor_split(codes[k], cty);
		r[k] = codes[k];
		if (!cty[0] || !sector[0])
			continue;
		char *c = arena_alloc(&S->c->scratch, 4);
		if (!c)
			return codes;
		memcpy(c, cty, 4);
		r[k] = c;
		changed = 1;
	}
	return changed ? r : codes;
}

/* shpossname164: --shallow, the actor a bare country's possessive ai names: a person the
 * dictionaries code with a role of their own, after at most three words of office or
 * modifier ("Libya's Khalifa Haftar", "Libya's eastern commander Khalifa Haftar": LBYREB,
 * "Sudan's powerful army chief Abdel Fattah al-Burhan": SDNGOV), whom the parse reads as the
 * phrase's head. Returns that actor's index, or -1: a country that took the office itself
 * ("Sudan's army chief Burhan" SDNMIL), a name that heads no noun after it ("Russia's NATO
 * neighbours"), one coded a bare country too, or a word between of a verb or preposition. */
int news_possessed_person(const coder_sent *S, int ai)
{
	const coder_actor *a = &S->a[ai];
	if (a->agent || a->pron_kind || a->ncodes != 1 || !a->codes[0] ||
	    strlen(a->codes[0]) != 3 || a->pos < 0 || a->end < 0)
		return -1;
	int k = possessive_mark(S, a->end);
	if (k < 0)
		return -1;
	k++;
	int words = 0;
	while (k < S->nt && words < 3 && sent_live(S, k) && S->t[k].cls == C_WORD &&
	       !tok_possessive(&S->t[k]) && !S->t[k].hyphened &&
	       (S->t[k].type == TY_AGENT || S->t[k].type == TY_LIT ||
		(!S->t[k].cap && !S->t[k].wf &&
		 (S->t[k].type == TY_NULL || S->t[k].type == TY_ADJ)))) {
		k = S->t[k].end > k ? S->t[k].end + 1 : k + 1;
		words++;
	}
	if (k >= S->nt || !sent_live(S, k) || S->t[k].type != TY_ACTOR || S->t[k].actor < 0)
		return -1;
	const coder_actor *b = &S->a[S->t[k].actor];
	if (b->pron_kind || b->ncodes < 1 || !b->codes[0] || strlen(b->codes[0]) <= 3)
		return -1;
	/* the name ends the phrase: no noun of it after ("Russia's NATO neighbours") */
	int e = b->end + 1;
	if (e < S->nt && (S->t[e].type == TY_AGENT || S->t[e].type == TY_LIT ||
			  S->t[e].type == TY_NOUN || S->t[e].type == TY_ACTOR))
		return -1;
	return S->t[k].actor;
}

/* wordclass61: 1 when the word t is its verb entry w's whole word plus the agent suffix -ER
 * or -ERS (-R, -RS after a final E): "dissenter", "supporters", "abusers", the doers,
 * no deed. Only an entry of four letters or more written out whole, so that a word the
 * entry merely begins ("lower", "offer") is no such noun. */
static int agent_noun(const coder_tok *t, const dict_pel *w)
{
	if (w->len < 4 || t->n <= w->len || memcmp(t->s, w->text, (size_t)w->len))
		return 0;
	const char *r = t->s + w->len;
	int m = t->n - w->len, e = w->text[w->len - 1] == 'E';
	if (e)
		return (m == 1 && r[0] == 'R') || (m == 2 && !memcmp(r, "RS", 2));
	return (m == 2 && !memcmp(r, "ER", 2)) || (m == 3 && !memcmp(r, "ERS", 3));
}

/* wordsh83: 1 when token i, written after a hyphen, is a past participle not in -ED
 * ("war-torn Aleppo", "flood-stricken towns", "crime-ridden suburbs", "drought-hit
 * villages"): the compound is an adjective, as "Russia-backed" is. An -EN word of five letters
 * or more counts, or one of a few short irregular participles; not after a verb's prefix
 * ("re-open", "co-host", "over-run": the verb itself). --shallow only (the parse has the
 * compound's class). */
static int hyphened_irregular_participle(const coder_sent *S, int i)
{
	static const char *const short_pp[] = { "TORN", "HIT", "STRUCK", "WORN", "SHOT", "BUILT",
		"BOUND", "HELD", "RUN", "MADE", NULL };
	static const char *const prefixes[] = { "RE", "CO", "PRE", "UN", "DE", "MIS", "OUT",
		"OVER", "UNDER", "COUNTER", "CROSS", "SELF", "NON", "INTER", NULL };
	const coder_tok *t = &S->t[i];
	if (i < 1 || !t->hyphened || tok_in(&S->t[i - 1], prefixes))
		return 0;
	return (t->n > 4 && tok_ends(t, "EN")) || tok_in(t, short_pp);
}

/* News: a verb stem read as a noun: after a possessive ("its attack", "Russia's
 * announcement"), or with a noun-making suffix the stem does not have ("restrictions",
 * "oppression" from RESTRICT, OPPRESS). wordclass73: the adjective suffixes -IVE, -IVELY
 * too ("assertive", "consultative" from ASSERT, CONSULT). */
int news_noun(coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	/* "Russia-backed", "U.S.-led": a hyphened participle is an adjective */
	if (t->hyphened && tok_ends(t, "ED"))
		return 1;
	if (!syntax_on(S) && hyphened_irregular_participle(S, i))
		return 1;
	if (i > 0) {
		const coder_tok *p = &S->t[i - 1];
		if (tok_has(p, WF_POSS))
			return 1;
		if (p->cls == C_WORD && p->n > 2 && !memcmp(p->s + p->n - 2, "'S", 2))
			return 1;
	}
	const dict_pel *w = &t->ent->words.e[0];
	if (w->exact || t->ent->words.n != 1)
		return 0;
	static const char *const sfx[] = { "IONS", "ION", "MENTS", "MENT", "NESS", "ITIES",
					   "ITY", "ANCES", "ANCE", "ENCES", "ENCE", "ISTS", "IST",
					   "ISM", "IVELY", "IVE", NULL };
	for (int k = 0; sfx[k]; k++) {
		int n = (int)strlen(sfx[k]);
		if (t->n > n && t->n - n >= w->len - 1 &&
		    !memcmp(t->s + t->n - n, sfx[k], (size_t)n) &&
		    (w->len < n || memcmp(w->text + w->len - n, sfx[k], (size_t)n)))
			return 1;
	}
	return agent_noun(t, w);
}

/* The comma part's first token past an opening quote mark (sent.h). */
int news_quoted_opener(coder_sent *S, int from, int to)
{
	/* pronoun41: a quotation's own lead-in ('"At the end, they killed them," he said')
	 * opens the quoted sentence as it would an unquoted one; not when the quoted clause
	 * is itself a report of speech ('"In our town, they say ...," said a teacher': what
	 * others say, the attribution's statement stays the event) */
	if (from != 0 || to <= 1 || S->t[0].cls != C_QUOTE)
		return from;
	int close = to;
	while (close < S->nt && S->t[close].cls != C_QUOTE)
		close++;
	if (close <= to + 1 || syntax_speech_in(S, to, close))
		return -1;   /* '"To me things have improved," said ...': the whole quote */
	return from + 1;
}

/* leftb106: 1 when the comma part's first token f is GIVEN read as a preposition ("Given
 * the tensions, Kenya recalled ..."): a word that is no preposition follows and no "by"
 * names a doer before the part's end ("Given rifles by Uganda, the rebels ..." keeps its
 * participle). */
static int given_lead(const coder_sent *S, int f, int to)
{
	if (!tok_is(&S->t[f], "GIVEN") || f + 1 >= to || S->t[f + 1].cls != C_WORD ||
	    tok_has(&S->t[f + 1], WF_PREP))
		return 0;
	for (int i = f + 1; i < to; i++)
		if (tok_is(&S->t[i], "BY"))
			return 0;
	return 1;
}

/* A sentence-opening phrase that is no subject: it starts with a preposition or an adverb and
 * has no verb, or it is a bare time phrase ("Last week,", "This month,": noevent40; else the
 * clause after it, between two commas, was deleted as an aside). */
int news_lead_in(coder_sent *S, int from, int to)
{
	from = news_quoted_opener(S, from, to);
	if (from < 0 || from >= to)
		return 0;
	const coder_tok *f = &S->t[from];
	int given = given_lead(S, from, to);
	if (!given && !tok_has(f, WF_PREP) && !tok_has(f, WF_LEAD) &&
	    !(f->n > 4 && tok_ends(f, "LY")) && !context_time_lead(S, from, to))
		return 0;
	for (int i = from + given; i < to; i++)
		if (S->t[i].type == TY_VERB)
			return 0;
	return 1;
}


/* ---------------------------------------------------------------- news rules (KHALDUN:) */

int adverbish(const coder_tok *t)
{
	return tok_has(t, WF_AUX) || (t->n > 4 && tok_ends(t, "LY")) ||
	       t->cls == C_NUMBER;
}

/* Adverbs of time or degree without "-ly" that stand between a subject and its verb ("he
 * later said", "the minister then traveled"; passive55: "was almost gunned down", "had just
 * freed"): no words of the subject. shquote171: "very" too ('"We are very optimistic ...,"
 * the minister said': the subject is "We", which the quote's speaker rules read, not "very"). */
static const char *const time_adverbs[] = { "LATER", "THEN", "STILL", "SOON", "ALSO", "ALMOST",
					    "ALREADY", "JUST", "EVEN", "VERY", NULL };

/* passive94: 1 when t is one of those adverbs (read by match.c's participle rules). */
int news_time_adverb(const coder_tok *t)
{
	return tok_in(t, time_adverbs);
}

/* Ends a noun phrase: punctuation, conjunctions, verbs, prepositions, clause words. */
static int np_stop(const coder_tok *t, int allow_of)
{
	if (t->cls == C_COMMA || t->cls == C_QUOTE)
		return 1;
	if (t->type == TY_CONJ || t->type == TY_VERB || t->type == TY_AUX || t->type == TY_BY)
		return 1;
	if (allow_of && tok_is(t, "OF"))
		return 0;
	return tok_has(t, WF_PREP) || tok_has(t, WF_CLAUSE) || tok_has(t, WF_AUX);
}

/* Prepositions in -ING ("Following the talks", "According to"): no noun's word */
static const char *const ing_preps[] = { "FOLLOWING", "ACCORDING", "REGARDING", "CONCERNING",
	"INCLUDING", "EXCLUDING", "NOTWITHSTANDING", "PENDING", "BARRING", "CONSIDERING",
	NULL };

/* spanfix158: 1 when token f is the preposition of a count's bound, part of the phrase it
 * counts ("[at] least six people", "[at] most 20 troops"). */
static int count_bound(const coder_sent *S, int f)
{
	return f + 1 < S->nt && tok_is(&S->t[f], "AT") &&
	       (tok_is(&S->t[f + 1], "LEAST") || tok_is(&S->t[f + 1], "MOST"));
}

/* ofphrase156: 1 when token f opens a phrase with a preposition that is none of the phrase
 * ("pleading [with] civilians", "the supply [of] advanced chips"); not a count's ("[over] 200
 * hostages", "[at] least six people") nor the first half of a hyphened word ("[near]-daily
 * attacks"). */
int news_opening_prep(const coder_sent *S, int f)
{
	const coder_tok *x = &S->t[f], *n = f + 1 < S->nt ? &S->t[f + 1] : NULL;
	return (tok_is(x, "OF") || tok_has(x, WF_PREP)) && n && n->cls != C_NUMBER &&
	       !n->hyphened && !count_bound(S, f);
}

/* A noun phrase standing in for an actor the dictionaries do not know. Its code is the
 * agent code found in it ("~MIL") or "---"; it has no dictionary entry. */
/* The open actor of code over the words from to to (a view: its key is their text). */
int phrase_slot(coder_sent *S, int from, int to, const char *code, coder_slot *out)
{
	coder_actor *a = arena_alloc(&S->c->scratch, sizeof *a);
	if (!a)
		return 0;
	/* arena memory is reused: no field left from a sentence before */
	memset(a, 0, sizeof *a);
	a->pos = from;
	a->end = to;
	a->group = a->ref = -1;
	out->n = 1;
	out->m[0].code = code;
	out->m[0].a = a;
	out->pos = from;
	out->pronoun = 0;
	out->key = sent_span_text(S, from, to);
	return 1;
}

/* shnoun154: 1 when the "of" at token i, inside an open phrase opening at from, follows a
 * deed noun (a lower-case word in -ing or -ings, or a word the verb patterns know: "the
 * [killing] of 33 terrorists", "[kidnappings] of school children", "the [arrest] of 12
 * protesters") or opens the phrase ("of school children"); "supporters of", "members of"
 * (people, no deed) are not. */
static int deed_of(const coder_sent *S, int from, int i)
{
	if (i == from)
		return 1;
	const coder_tok *d = &S->t[i - 1];
	return d->cls == C_WORD && !d->cap && !(d->ent && d->ent->type == ENT_AGENT) &&
	       (tok_ends(d, "ING") || tok_ends(d, "INGS") || d->type == TY_VERB);
}

int open_actor(coder_sent *S, int from, int to, coder_slot *out)
{
	if (from > to || to - from > 9)
		return 0;
	/* fronted54: a preposition in -ING opening the words ("Following talks with X, ...")
	 * is none of the phrase: alone it names no one */
	if (tok_in(&S->t[from], ing_preps))
		from++;
	/* ofphrase156: nor is a preposition opening the words ("the supply [of] advanced chips",
	 * "pleading [with] civilians", "called [on] democratic nations"): the phrase is the
	 * noun's, as gold spans are */
	while (from < to && news_opening_prep(S, from))
		from++;
	if (from > to)
		return 0;
	if (from < to && ((tok_is(&S->t[from], "EACH") && tok_is(&S->t[from + 1], "OTHER")) ||
			  (tok_is(&S->t[from], "ONE") && tok_is(&S->t[from + 1], "ANOTHER"))))
		return 0;   /* recip51: a reciprocal is the subject's own members, no party */
	int words = 0, prep = -1, of = -1;
	const char *code = NULL;
	for (int i = from; i <= to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type == TY_PRON && t->actor < 0)
			return 0;   /* an unresolved pronoun is nobody we can name */
		if (t->cls == C_WORD && t->type != TY_DET)
			words++;
		int h = t->head >= 0 ? t->head : i;
		if (!code && tok_has(t, WF_PREP))
			prep = i;
		if (!code && of < 0 && tok_is(t, "OF") && deed_of(S, from, i))
			of = i;
		/* an agent word match.c made a modifier ("national governments") is not the
		 * phrase's side */
		if (!code && S->t[h].ent && S->t[h].ent->type == ENT_AGENT &&
		    S->t[h].type != TY_ADJ)
			code = sent_agent_code(S, S->t[h].ent);
	}
	if (!words)
		return 0;
	/* people named after a preposition are the side, not the thing aimed at them
	 * ("imposed strict measures against [women]"): the phrase is theirs */
	if (code && prep > from && prep < to)
		from = prep + 1;
	/* shnoun154: so are people in a deed noun's "of" phrase ("claimed [the killing of] 33
	 * terrorists", "a wave of kidnappings [of] school children"): the deed's victims */
	if (code && of >= from && of < to)
		from = of + 1;
	return phrase_slot(S, from, to, code ? code : "---", out);
}

int news_open_span(coder_sent *S, int from, int to, coder_slot *out)
{
	return from >= 0 && to < S->nt && open_actor(S, from, to, out);
}

/* objposs51: without the parse, a plan the verb acts on ("blocked the government's plan to
 * deploy police to Haiti"): the words right after the verb end in a possessive, then comes a
 * noun of intent or decision and TO or THAT opening its own clause, which tells what the
 * owner means to do. Returns the plan noun's token and sets *owner to the possessor (its
 * actor, else its words as an open actor with an agent; owner->n 0 when neither); -1: no
 * such plan. */
int news_plan_owner(coder_sent *S, int vend, int hi, coder_slot *owner)
{
	static const char *const plan[] = { "PLAN", "PLANS", "DECISION", "DECISIONS", "PROPOSAL",
					    "PROPOSALS", "POLICY", "POLICIES", "MOVE", "BID",
					    "OFFER", "DEMAND", "DEMANDS", "CALL", "CALLS", "CLAIMS",
					    "REMARKS", "WARNINGS", "REQUEST", "ATTEMPT", "ORDER",
					    "DECREE", NULL };
	owner->n = 0;
	for (int p = vend + 1; p < hi && p <= vend + 6; p++) {
		const coder_tok *t = &S->t[p];
		if (np_stop(t, 0))
			return -1;
		if (t->cls != C_WORD || t->n <= 2 || memcmp(t->s + t->n - 2, "'S", 2))
			continue;
		int q = p + 1;
		if (q + 1 >= hi || !tok_in(&S->t[q], plan) ||
		    !(tok_is(&S->t[q + 1], "TO") || tok_is(&S->t[q + 1], "THAT")))
			return -1;
		for (int k = 0; k < S->na; k++)
			if (S->a[k].pos > vend && S->a[k].pos <= p && S->a[k].end == p) {
				actors_make_slot(S, k, owner);
				return q;
			}
		if (news_open_span(S, vend + 1, q, owner) && !strcmp(owner->m[0].code, "---"))
			owner->n = 0;
		return q;
	}
	return -1;
}

/* relsubj158: without the parse, 1 when the deleted comma part from token a to its closing
 * comma at j is only the name of the person an actor phrase before it titles ("The court's
 * president, Judge Anna Berg, rejected", "The army's deputy commander, Samuel Okoth,
 * accused Uganda"): two or more capitalised words, no dictionary actor among them, after
 * a phrase that codes an actor or an agent. The titled phrase stays the main verb's subject;
 * a name that codes its own actor (", President William Ruto,") is left to the clauses, unless
 * (shquotespk159) the title's phrase names no actor ("The court's president, Judge Joan
 * Donoghue,"). */
static int personal_name_part(const coder_sent *S, int a, int j)
{
	if (syntax_on(S) || a < 2 || j - a < 2)
		return 0;
	int oh = S->t[a - 2].head >= 0 ? S->t[a - 2].head : a - 2;
	if (sent_actor_at(S, a - 2) < 0 && !S->t[oh].ent)
		return 0;
	/* shquotespk159: a name the dictionaries code as one actor ending the part, a title
	 * word at most before it ("The court's president, Judge Joan Donoghue, rejected"),
	 * names the titled person too, when the title's phrase names no actor of its own */
	int name = -1;
	for (int k = a; k < j; k++) {
		int x = sent_actor_at(S, k);
		if (S->t[k].cls != C_WORD || !S->t[k].cap || (x >= 0 && name >= 0 && x != name))
			return 0;
		if (x >= 0)
			name = x;
	}
	if (name < 0)
		return 1;
	if (S->a[name].end != j - 1 || S->a[name].pos > a + 1)
		return 0;   /* a title word before the name at most ("Judge Joan Donoghue") */
	for (int k = a - 2; k >= 0 && k >= a - 10 && !np_stop(&S->t[k], 1); k--)
		if (sent_actor_at(S, k) >= 0)
			return 0;   /* "Kenya's president, President William Ruto,": its side */
	return 1;
}

/* source59: 1 when the deleted comma part from token a to its closing comma at j describes
 * the phrase before it without naming its side: a relative clause (", who arrived on
 * Monday,"), a past participle's (", signed by 40 lawmakers,": the signers did not do the
 * main verb), or an apposition naming no actor (", a veteran diplomat,") or only someone the
 * head is a friend or foe of (", a close ally of Putin,": the head is not Russian). The phrase
 * before it is then the main verb's subject, never the verb's object. */
static int describing_part(const coder_sent *S, int a, int j)
{
	static const char *const rel[] = { "WHO", "WHICH", "WHOSE", NULL };
	static const char *const other[] = { "ALLY", "ALLIES", "CRITIC", "CRITICS", "OPPONENT",
		"RIVAL", "FRIEND", "FOE", "ADMIRER", NULL };
	const coder_tok *t = &S->t[a];
	/* with the parse, only an apposition: its subject relation decides the clauses
	 * (these two lost two right VOA events there, a subject carried into a later clause) */
	if (!syntax_on(S) && tok_in(t, rel))
		return 1;
	if (!syntax_on(S) && t->n > 4 && tok_ends(t, "ED") && a + 1 < j &&
	    tok_is(&S->t[a + 1], "BY"))
		return 1;
	/* clause60: a participle in -ing that opens the part (", speaking at the summit,")
	 * tells what the head was doing meanwhile; a verb the dictionaries code is a deed of
	 * its own, left to the clauses */
	if (!syntax_on(S) && t->n > 5 && tok_ends(t, "ING") &&
	    t->type != TY_VERB)
		return 1;
	/* source65: ", many waving Palestinian flags,": an aside on some of the head's members */
	if (clause_members_aside(S, a - 1))
		return 1;
	if (personal_name_part(S, a, j))
		return 1;
	if (!tok_in(t, ARTICLES))
		return 0;
	for (int k = a + 1; k < j; k++) {
		if (tok_is(&S->t[k], "OF") && tok_in(&S->t[k - 1], other))
			return 1;
		if (sent_actor_at(S, k) >= 0)
			return 0;
	}
	return 1;
}

/* clause60: with the parse, 1 when the deleted comma part after token i is a relative
 * clause (", who was jailed last year,") and the parse makes the phrase that ends at i the
 * subject of the verb at v, the first verb after the part's closing comma at j: the clause
 * only describes the verb's doer ("The opposition leader, who lives in exile, criticized").
 * Not a later verb ("..., said the deal signed by ...": the signers are others). */
static int parsed_relative(coder_sent *S, int i, int j, int v)
{
	static const char *const rel[] = { "WHO", "WHICH", "WHOSE", NULL };
	if (!syntax_on(S) || !tok_in(&S->t[i + 2], rel))
		return 0;
	for (int k = j + 1; k < v; k++)
		if (S->t[k].type == TY_VERB)
			return 0;
	return syntax_subject_words(S, v, i, i);
}

/* aside143: 1 when the deleted comma part from token a to its closing comma at j is a
 * reduced relative opening with a past participle (", armed with rifles,", ", known as the
 * 3R,", ", backed by tanks,": a coded verb there too, its part deleted all the same): it only
 * describes the phrase before it, which stays the subject of the verb at v ("Rebels, armed
 * with rifles, attacked the army"). Not when a dictionary verb stands between the part and v
 * (the phrase may be that verb's); with the parse, only when the parse makes the phrase
 * ending at a - 2 v's subject. ingaside148: or with an -ing participle (", using heavy
 * weapons,", ", acting on a tip,") after the opening phrase of the clause from lo. */
static int participle_part(coder_sent *S, int lo, int a, int j, int v)
{
	static const char *const participle[] = { "KNOWN", "LED", "BORN", "HELD", "SEEN",
		"SHOWN", "CAUGHT", "MADE", "GIVEN", "TAKEN", NULL };
	const coder_tok *t = &S->t[a];
	int ing = t->n > 4 && tok_ends(t, "ING");
	if (a + 1 >= j || t->cls != C_WORD || t->cap ||
	    !((t->n > 4 && tok_ends(t, "ED")) || tok_in(t, participle) || ing))
		return 0;
	for (int k = j + 1; k < v; k++)
		if (S->t[k].type == TY_VERB)
			return 0;
	/* ingaside148: an -ing part only after the clause's opening phrase, no verb before it
	 * ("Rebels, using heavy weapons, attacked"); after a clause ("The army shelled the
	 * town, killing five, ...") it tells that clause's deed */
	for (int k = lo; ing && k < a - 1; k++)
		if (S->t[k].type == TY_VERB || S->t[k].cls == C_COMMA)
			return 0;
	return !syntax_on(S) || syntax_subject_words(S, v, a - 2, a - 2);
}

/* The token before a deleted comma part that ends at token j and says who else the phrase
 * before it holds (", including those in the upper house,": both its commas deleted, a live
 * word before it) or only describes it (describing_part), or j when none. Not an apposition
 * naming an actor (", an Italian Sinologist,"): it may name the side itself; not before a
 * passive verb at v ("..., were killed"), whose subject is no doer. */
static int before_comma_part(coder_sent *S, int lo, int j, int v)
{
	static const char *const opens[] = { "INCLUDING", NULL };
	if (j <= lo || sent_live(S, j) || S->t[j].cls != C_COMMA)
		return j;
	const coder_tok *t = &S->t[v];
	int ing = t->n > 4 && tok_ends(t, "ING");   /* "have been attacking" */
	for (int k = j + 1; k < v && !ing; k++)
		if (tok_in(&S->t[k], BE_ALL))
			return j;
	int i = j - 1;
	while (i > lo && !sent_live(S, i))
		i--;
	/* aside146: "a rebel group known as the Return, Reclamation, or 3R, has relaunched" */
	if (sent_live(S, i) && clause_naming_list(S, i + 1) == j)
		return i;
	if (!sent_live(S, i) || S->t[i + 1].cls != C_COMMA || i + 2 >= j)
		return j;
	return tok_in(&S->t[i + 2], opens) || describing_part(S, i + 2, j) ||
	       parsed_relative(S, i, j, v) || participle_part(S, lo, i + 2, j, v) ? i : j;
}

/* 1 when no dictionary actor stands in tokens from..to. */
static int no_actor_in(const coder_sent *S, int from, int to)
{
	for (int i = from; i <= to; i++)
		if (sent_actor_at(S, i) >= 0)
			return 0;
	return 1;
}

/* headpp53: the noun phrase before the preposition at token p that heads the subject
 * ("Gunmen on motorcycles", "Armed men in military uniforms"): the phrase's head decides
 * its actor. A phrase after it that "on", "in", "with" or "aboard" opens, whose object names
 * no side (the vehicles, weapons or clothes they came with), only describes the doers: its
 * words are none of theirs, nor an agent before its last word ("military uniforms" is a
 * disguise, no army).
 * Only when an agent codes the head phrase: a plain noun before it ("Attacks on civilians")
 * keeps the phrase found before. Returns 1 and *out. */
static int modified_head(coder_sent *S, int lo, int p, int end, coder_slot *out)
{
	static const char *const mod[] = { "ON", "IN", "WITH", "ABOARD", NULL };
	if (p <= lo || p >= end || !sent_live(S, p) || !tok_in(&S->t[p], mod) ||
	    !no_actor_in(S, p + 1, end))
		return 0;
	/* an object an agent ends ("Officials in the two countries", "a reporter with the
	 * militants") names people or their land, whose side the phrase may be */
	int oh = S->t[end].head >= 0 ? S->t[end].head : end;
	if (S->t[oh].ent && S->t[oh].ent->type == ENT_AGENT)
		return 0;
	int j = p - 1;
	while (j >= lo && sent_live(S, j) && !np_stop(&S->t[j], 1) && p - 1 - j < 9)
		j--;
	coder_slot head;
	if (j + 1 > p - 1 || !no_actor_in(S, j + 1, p - 1) || !open_actor(S, j + 1, p - 1, &head) ||
	    !strcmp(head.m[0].code, "---"))
		return 0;
	*out = head;
	return 1;
}

/* The subject noun phrase before the verb at v (after auxiliaries and adverbs, and a
 * deleted comma part between the subject and them: "Opposition lawmakers, including those
 * in the upper house, have denounced"). */
/* shallowword118: 1 when tokens j - 1 and j are "so far" or "thus far" ("the government has
 * so far refused to relax the rules"): an adverb of time as a whole, no noun that ends a
 * phrase (a degree word "so" never opens a clause before "far", and "far" heads no noun).
 * --shallow only: the parse path finds that subject in the parse. */
static int so_far(const coder_sent *S, int lo, int j)
{
	static const char *const so[] = { "SO", "THUS", NULL };
	return !syntax_on(S) && j > lo && tok_is(&S->t[j], "FAR") && tok_in(&S->t[j - 1], so) &&
	       sent_live(S, j - 1);
}

/* attempt139: verbs of attempt, which a deed's infinitive follows ("tried to retake"). */
static const char *const attempt_verbs[] = { "TRY", "TRIES", "TRIED", "TRYING", "STRUGGLE",
	"STRUGGLES", "STRUGGLED", "STRUGGLING", "STRIVE", "STRIVES", "STROVE", "STRIVING",
	"ATTEMPT", "ATTEMPTS", "ATTEMPTED", "ATTEMPTING", "WORK", "WORKS", "WORKED", "WORKING",
	"BATTLE", "BATTLES", "BATTLED", "BATTLING", "SCRAMBLE", "SCRAMBLES", "SCRAMBLED",
	"SCRAMBLING", NULL };

/* 1 when t is one of those verbs of attempt ("tried", "struggling"): newsmodal.c's denied
 * attempts ("did not try to attack") read the same list. */
int news_attempt_verb(const coder_tok *t)
{
	return tok_in(t, attempt_verbs);
}

/* attempt139: 1 when tokens j - 1 and j are a verb of attempt and the "to" of the deed's
 * infinitive after it ("police are struggling to stamp out", "soldiers tried to retake"):
 * the attempt's subject is the deed's doer, the deed under way. Not a failure ("failed to")
 * nor a denied attempt ("did not try to"): news_adverb_denied drops those. */
static int attempt_to(const coder_sent *S, int lo, int j)
{
	return j > lo && tok_is(&S->t[j], "TO") && sent_live(S, j) && sent_live(S, j - 1) &&
	       S->t[j - 1].cls == C_WORD && !S->t[j - 1].cap && tok_in(&S->t[j - 1], attempt_verbs);
}

/* plansto161: 1 when the token at i is a verb of intention right before "to" ("plans to",
 * "wants to", "hopes to": INTENT_VERBS) or "set" after a form of "be" ("is set to"): the
 * subject before it means to do the deed that follows itself. */
int intent_to_at(const coder_sent *S, int lo, int i)
{
	if (i <= lo || i + 1 >= S->nt || !tok_is(&S->t[i + 1], "TO"))
		return 0;
	return tok_in(&S->t[i], INTENT_VERBS) ||
	       (tok_is(&S->t[i], "SET") && i - 1 > lo && tok_in(&S->t[i - 1], BE_FORMS));
}

/* wrongactor159: 1 when the words j + 1 to end before a verb, which a preposition
 * at j opens right after a lower-case participle in -ED, only date it: a month, a day or a
 * year ("An earlier lawsuit filed [in] [February] alleged", "A complaint lodged on Monday
 * accused"): the participle's time, no subject; the subject is the phrase before the
 * participle. Both paths: the parse path's subject phrase comes here too when the parse
 * reads the month as the subject. */
static int participle_time(const coder_sent *S, int lo, int j, int end)
{
	if (j - 1 <= lo || j + 1 > end || end - j > 2 || !sent_live(S, j) || !sent_live(S, j - 1) ||
	    !tok_has(&S->t[j], WF_PREP) || S->t[j - 1].cls != C_WORD || S->t[j - 1].cap ||
	    S->t[j - 1].n < 5 || !tok_ends(&S->t[j - 1], "ED"))
		return 0;
	for (int k = j + 1; k <= end; k++) {
		const coder_tok *t = &S->t[k];
		if (!(t->cls == C_NUMBER || news_month(t->s, t->n) || tok_in(t, WEEKDAYS)))
			return 0;
	}
	return 1;
}

int news_open_subject(coder_sent *S, int lo, int v, coder_slot *out)
{
	static const char *const wh[] = { "WHAT", "WHATEVER", NULL };
	int j = v - 1;
	/* "will no longer grant": a negation is no noun phrase; "has so far refused";
	 * attempt139: "are still struggling to stamp out": the subject before the attempt;
	 * plansto161: so before an intention in -s or -ed ("the minister plans to visit
	 * Kenya"); the plain form, a plural's or after "do" ("all three countries want to",
	 * "the groups do not want to": a generic class's wish, target14, srcsh83), is left */
	for (int hops = 0; hops < 2; hops++) {
		while (j >= lo && sent_live(S, j) &&
		       (adverbish(&S->t[j]) || tok_in(&S->t[j], time_adverbs) || so_far(S, lo, j) ||
			(j > lo && tok_is(&S->t[j], "LONGER") && tok_is(&S->t[j - 1], "NO"))))
			j -= tok_is(&S->t[j], "LONGER") || so_far(S, lo, j) ? 2 : 1;
		if (hops || !(attempt_to(S, lo, j) ||
			      (j > lo && sent_live(S, j) && intent_to_at(S, lo, j - 1) &&
			       S->t[j - 1].cls == C_WORD && !S->t[j - 1].cap &&
			       (tok_ends(&S->t[j - 1], "S") || tok_ends(&S->t[j - 1], "ED")))))
			break;
		j -= 2;
	}
	j = before_comma_part(S, lo, j, v);
	int end = j;
	while (j >= lo && sent_live(S, j) && !np_stop(&S->t[j], 1) && end - j < 9)
		j--;
	/* "What I can tell them is ...": a free relative's subject is the pronoun after "what",
	 * the quote's speaker, never the phrase "What I" */
	if (j + 1 < end && tok_in(&S->t[j + 1], wh))
		j++;
	/* doc49: "The president signed a bill imposing ...": a document does nothing; the deed
	 * of the participle on it is its maker's, the subject before the verb that makes it */
	const coder_tok *t = &S->t[v];
	if (j > lo && j < end && sent_live(S, j) && syntax_document_word(&S->t[j], 1) &&
	    syntax_document_word(&S->t[end], 0) && t->n > 4 && tok_ends(t, "ING"))
		return news_open_subject(S, lo, j, out);
	if (participle_time(S, lo, j, end))
		return news_open_subject(S, lo, j - 1, out);
	if (modified_head(S, lo, j, end, out))
		return 1;
	return open_actor(S, j + 1, end, out);
}

/* clause100: 1 when actor a is a clause's subject: only auxiliaries, adverbs and a negation
 * stand between its words and a dictionary verb ("Kenya did not say", "Kenya has not
 * attacked"), not the owner or modifier of a noun ("Beijing's promises and still hope", "a
 * United States military plane used to ..."). */
/* shallowsubj118: 1 when the lower-case word at j is a finite verb the dictionaries do not
 * code, told by its form alone and its object right after it: a past in -ED or an irregular
 * past ("Beijing cited the treaty"), or a present in -S ("Beijing cites historic records").
 * Not a word a verb, "to", a preposition, a conjunction or a mark follows: then it is a
 * plural noun or a participle of the actor's phrase ("the Ghana talks stalled", "other EU
 * countries and", "the Council based in Geneva"). */
static int bare_finite(const coder_sent *S, int j)
{
	const coder_tok *t = &S->t[j];
	if (t->cls != C_WORD || t->cap || t->actor >= 0 || !isalpha((unsigned char)t->s[0]) ||
	    j + 1 >= S->nt)
		return 0;
	const coder_tok *n = &S->t[j + 1];
	if (n->cls != C_WORD || n->type == TY_VERB || n->type == TY_AUX || n->type == TY_CONJ ||
	    tok_has(n, WF_AUX) || tok_has(n, WF_PREP) || tok_is(n, "TO"))
		return 0;
	return (t->n > 4 && tok_ends(t, "ED")) || news_irregular_past(t) ||
	       (t->n > 3 && tok_ends(t, "S") && !tok_ends(t, "SS"));
}

static int subject_actor(coder_sent *S, const coder_actor *a)
{
	if (!a || a->pos < 0)
		return 0;
	for (int j = a->end + 1; j < S->nt; j++) {
		const coder_tok *t = &S->t[j];
		if (t->type == TY_VERB)
			return !tok_has(t, WF_POSS);
		if (!syntax_on(S) && bare_finite(S, j))
			return 1;
		if (!adverbish(t) && !tok_in(t, time_adverbs) && !tok_is(t, "NOT") &&
		    !tok_is(t, "NEVER") && !tok_has(t, WF_NEG))
			return 0;
	}
	return 0;
}

/* shallowsubj118: --shallow, 1 when the clause from lo to hi, which has no dictionary verb,
 * opens with an actor that a finite verb follows, one the dictionaries do not code ("Beijing
 * cites historic records ... and has rejected the ruling"): *first gets it, the subject the
 * clause leaves to a bare conjunct after it (news_bare_conjunct). */
int news_verbless_subject(coder_sent *S, int lo, int hi, coder_slot *first)
{
	if (syntax_on(S) || !sent_find_actor(S, lo, hi, NULL, 0, first) || !first->n)
		return 0;
	const coder_actor *a = first->m[0].a;
	return a && a->pos >= lo && a->end + 1 < hi && bare_finite(S, a->end + 1);
}

/* clause100: 1 when the verb at v opens the clause that "but" or "and" opens at lo, no word
 * before it but auxiliaries and adverbs ("..., but warned the rebels", "and then accused"),
 * and keep, the subject a first clause that coded nothing leaves, is that clause's subject:
 * the verb shares it (the caller gives it when no source was carried). */
int news_bare_conjunct(coder_sent *S, int lo, int v, const coder_slot *keep)
{
	if (lo < 1 || v < lo || !(tok_is(&S->t[lo - 1], "BUT") || tok_is(&S->t[lo - 1], "AND")))
		return 0;
	for (int j = lo; j < v; j++)
		if (sent_live(S, j) && !adverbish(&S->t[j]) && !tok_in(&S->t[j], time_adverbs))
			return 0;
	return keep->n && subject_actor(S, keep->m[0].a);
}

/* shappeal155: 1 when actor a is followed by its own verb, past at most two nouns of its
 * phrase, an agent among them ("the Kenyan parliament passed"): a dictionary verb or a bare
 * past ("voted", "issued"), before the comma at lo - 1. visitby156: an agent the match
 * attached to the actor ("German" + "parliament", "U.S." + "House of Representatives") is
 * a literal carrying the agent's entry: its whole phrase counts as one noun. */
static int tail_host_subject(const coder_sent *S, const coder_actor *a, int lo)
{
	if (!a || a->pos < 0 || a->end + 1 >= lo - 1)
		return 0;
	int j = a->end + 1;
	for (int n = 0; j < lo - 1 && n < 2; n++) {
		const coder_tok *u = &S->t[j];
		if (u->cls == C_WORD && u->type == TY_LIT && u->ent && u->end >= j) {
			j = u->end + 1;   /* an agent phrase: "House of Representatives" */
			continue;
		}
		if (u->cls != C_WORD || u->cap || !(u->type == TY_AGENT ||
		    ((u->type == TY_NULL || u->type == TY_NOUN) && u->actor < 0)) ||
		    tok_has(u, WF_PREP) || tok_has(u, WF_AUX) || tok_ends(u, "ED") ||
		    news_irregular_past(u))
			break;
		j++;
	}
	const coder_tok *t = &S->t[j];
	if (t->type == TY_VERB)
		return !tok_has(t, WF_POSS);
	return t->cls == C_WORD && !t->cap && t->actor < 0 &&
	       ((t->n > 4 && tok_ends(t, "ED")) || news_irregular_past(t));
}

/* shgap163: --shallow, the subject of a comma tail's host clause when no dictionary actor
 * stands before the comma but an agent word names it ("House of Representatives voted 368-7,
 * urging ...", "The Senate voted 90-8, urging ..."): the words from the sentence's first live
 * one to the clause's verb (a dictionary verb or a bare past: "voted", "passed"), all plain words,
 * make an open phrase whose head is an agent: *out gets it. 0 when a mark or dead word comes
 * first or the phrase names no agent ("The vote passed, urging": no side). */
static int tail_open_subject(coder_sent *S, int lo, coder_slot *out)
{
	int f = 0;
	while (f < lo - 1 && !sent_live(S, f))
		f++;
	for (int j = f + 1; j < lo - 1 && j - f < 9; j++) {
		const coder_tok *t = &S->t[j];
		if (!sent_live(S, j))
			return 0;
		if (t->type == TY_VERB || (t->cls == C_WORD && !t->cap && t->actor < 0 &&
		    ((t->n > 4 && tok_ends(t, "ED")) || news_irregular_past(t)))) {
			coder_slot o;
			slot_empty(&o);
			if (!open_actor(S, f, j - 1, &o) || !o.n || !strcmp(o.m[0].code, "---"))
				return 0;
			slot_copy(out, &o);
			return 1;
		}
		if (t->cls != C_WORD)
			return 0;
	}
	return 0;
}

/* shappeal155: --shallow, 1 when the verb at v is an -ing participle that opens the clause a
 * comma opens at lo, no word before it but adverbs ("The Senate voted 90-8, urging China to
 * free the activists", "The parliament passed a resolution, calling on Uganda to ..."), and
 * the subject of the verb before the comma is a dictionary actor: *src gets it, the
 * participle's doer, never the one it names after it. That subject is keep, the one a first
 * clause that coded nothing leaves, else the sentence's first actor before the comma, a
 * deleted lead-in passed over ("On Tuesday, the House voted 368-7, urging"); either must
 * have its own verb right after it. The caller asks when no source was carried; a speech
 * tail (", saying") has its own clause rules. */
int news_comma_tail(coder_sent *S, int lo, int v, const coder_slot *keep, coder_slot *src)
{
	if (syntax_on(S) || lo < 1 || v < lo || S->t[lo - 1].cls != C_COMMA || S->t[v].n < 5 ||
	    !tok_ends(&S->t[v], "ING"))
		return 0;
	for (int j = lo; j < v; j++)
		if (sent_live(S, j) && !adverbish(&S->t[j]))
			return 0;
	if (keep && keep->n && keep->m[0].a) {
		if (!tail_host_subject(S, keep->m[0].a, lo))
			return 0;
		slot_copy(src, keep);
		return 1;
	}
	coder_slot first;
	if (!sent_find_actor(S, 0, lo - 1, NULL, 0, &first) || !first.n)
		return tail_open_subject(S, lo, src);
	if (!tail_host_subject(S, first.m[0].a, lo))
		return 0;
	slot_copy(src, &first);
	return 1;
}

/* Without the parse: the subject of a clause that a conjunction opens at lo, when the words
 * between the conjunction and its verb at v are a subject of their own: a count or quantifier
 * taken "of" a group ("..., and four of them blew themselves up", "..., and some of the
 * protesters threw stones") or a noun phrase an article opens ("..., and the gunmen fled").
 * That clause's deed is its own subject's, never the first clause's subject carried over
 * (syntax_clause_subject does this with the parse). *out gets the open phrase, or "---" for a
 * group named by a pronoun; 0: no such subject (the verb right after the conjunction shares
 * the first clause's subject: "..., and wounded three"). */
int news_conj_subject(coder_sent *S, int lo, int v, coder_slot *out)
{
	static const char *const quantifier[] = { "SOME", "MANY", "MOST", "SEVERAL", "ALL",
		"NONE", "BOTH", "EACH", "ONE", NULL };
	int i = lo;
	while (i < v && !sent_live(S, i))
		i++;
	int end = v - 1;   /* "four of them desperately blew", "the gunmen had fled" */
	while (end > i && sent_live(S, end) && adverbish(&S->t[end]))
		end--;
	if (i >= v || end < i || !sent_live(S, end))
		return 0;
	const coder_tok *t = &S->t[i];
	int counted = i + 1 < end && tok_is(&S->t[i + 1], "OF") &&
		      (t->cls == C_NUMBER || tok_in(t, quantifier) || tok_in(t, COUNT_WORDS));
	if (!counted && t->type != TY_DET)
		return 0;
	/* "the ensuing battle", "two of the attacks": a deed noun the phrase ends in, no verb
	 * after a subject; a noun phrase's verb is told by its past form or the auxiliary or
	 * adverb before it ("the gunmen had fled", "the police later released") */
	const coder_tok *vt = &S->t[v];
	if (S->t[end].type == TY_DET || tok_has(&S->t[end], WF_POSS) ||
	    (!counted && end == v - 1 && !(vt->n > 3 && tok_ends(vt, "ED"))))
		return 0;
	for (int k = i + 1; k <= end; k++)
		if (!sent_live(S, k) || np_stop(&S->t[k], 1))
			return 0;
	/* "..., and the rebels fled": a known actor is found as any subject is; "of them" is
	 * not the first actor (TABARI's plural pronoun) but a group the clause counts from */
	for (int k = i; k <= end; k++)
		if (S->t[k].type != TY_PRON && sent_actor_at(S, k) >= 0)
			return 0;
	if (!open_actor(S, i, end, out))
		event_null_slot(S, out);   /* "four of them": a group we cannot name */
	return out->n > 0;
}

/* srcsh92: 1 when token i is a relative "who" or "which" as written (the WHO, the agency, is
 * no pronoun). */
static int relative_word(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	return (tok_is(t, "WHO") || tok_is(t, "WHICH")) &&
	       S->c->sentence.p[t->ostart + 1] == 'h';
}

/* shsaid54: 1 when a pronoun no actor resolves (that, this, it, which) is the subject right
 * before verb v (auxiliaries between): the deed is that referent's, so an actor after the
 * verb ("has raised questions about what Iran is doing") is never its doer. "It" before a
 * form of "be" may be no subject ("it was reported that"): left alone. srcsh92: "who" too
 * ("Foreign bloggers who praise Russia gain followers": the bloggers praise, not Russia);
 * the WHO, an actor, is not a pronoun. */
int news_pronoun_subject(const coder_sent *S, int lo, int v)
{
	static const char *const pron[] = { "THAT", "THIS", "IT", "WHICH", "WHO", NULL };
	static const char *const aux[] = { "HAS", "HAD", "HAVE", "WILL", "WOULD", "COULD",
		"MAY", "MIGHT", "CAN", "ALSO", "ALREADY", NULL };
	int j = v - 1;
	while (j >= lo && tok_in(&S->t[j], aux))
		j--;
	if (j >= lo && tok_is(&S->t[j], "WHO") && !relative_word(S, j))
		return 0;
	return j >= lo && tok_in(&S->t[j], pron) && sent_actor_at(S, j) < 0 &&
	       !tok_is(&S->t[j + 1], "IS") && !tok_is(&S->t[j + 1], "WAS");
}

/* srcsh92: without the parse, where the subject of verb v ends when a relative clause sits
 * between it and v ("Students who support Ghana marched"): the index of its live "who" or
 * "which" right after a word of the subject's noun phrase, its verb right after it and no
 * other verb nor comma up to v ("Students who were marching say the police arrested": the
 * police are the doers); else v. An actor in the relative clause is its object, no doer of
 * v. A relative after a comma is the aside rules' (deleted or kept as a clause there); one
 * a comma closes may be followed by v's own subject ("... the leader who was killed,
 * Exantus said"). */
int news_relative_cut(const coder_sent *S, int lo, int v)
{
	for (int r = lo + 1; r < v; r++) {
		if (!sent_live(S, r) || !relative_word(S, r) || !sent_live(S, r - 1) ||
		    S->t[r - 1].cls != C_WORD || S->t[r - 1].type == TY_VERB)
			continue;
		/* its verb at once (over one auxiliary or -ly adverb), and no other verb up to v */
		int j = r + 1;
		if (j < v && (S->t[j].type == TY_AUX || tok_has(&S->t[j], WF_AUX) ||
			      (S->t[j].n > 3 && !memcmp(S->t[j].s + S->t[j].n - 2, "LY", 2))))
			j++;
		if (j >= v || S->t[j].type != TY_VERB)
			return v;
		for (int k = r + 1; k < v; k++)
			if (S->t[k].cls == C_COMMA || (k > j && S->t[k].type == TY_VERB))
				return v;
		return r;
	}
	return v;
}

/* clauseat117: the subject of verb v ends before a reduced relative on it that a "by" agent
 * closes ("Rebels backed by Rwanda attacked Goma", "police supported by Kenyan troops
 * arrested"): the agent is the participle's doer, no side of v. Returns the participle's
 * index when such a phrase opens after lo, else v: a lower-case participle on the noun
 * right before it (news_relative_participle: not "was backed", not "led by"), then "by",
 * and no verb or comma from the agent up to v. */
/* knownas150: 1 when token r opens a naming participle on the noun right before it ("a rebel
 * group known as the 3R has attacked", "a militia called the Sons of Liberty killed"): "known
 * as", "called", "named" or "dubbed" in lower case after a noun (no verb, auxiliary, form of
 * "be", pronoun, determiner or preposition: "he is known as a moderate" is no such phrase),
 * then a name (a capitalised word or a number first, over "the") running up to verb v with
 * no comma, quote, verb or dictionary actor: "the group known as Hamas attacked" names the
 * side itself and keeps its own code. The name only labels the noun, which stays v's subject.
 * With the parse only "known as": it may take "militia dubbed the Lions" for a clause. */
int naming_participle(const coder_sent *S, int r, int v)
{
	static const char *const naming[] = { "CALLED", "NAMED", "DUBBED", NULL };
	const coder_tok *t = &S->t[r], *n = &S->t[r - 1];
	if (t->cls != C_WORD || t->cap || n->cls != C_WORD || !sent_live(S, r - 1))
		return 0;
	int f = r + 1;
	if (tok_is(t, "KNOWN") && r + 1 < v && tok_is(&S->t[r + 1], "AS"))
		f = r + 2;
	else if (!tok_in(t, naming) || syntax_on(S))
		return 0;   /* the parse may take "dubbed" for the verb */
	if (n->type == TY_VERB || n->type == TY_AUX || tok_has(n, WF_AUX) || n->type == TY_PRON ||
	    n->type == TY_DET || n->type == TY_CONJ || n->type == TY_BY || tok_has(n, WF_PREP) ||
	    tok_in(n, BE_ALL))
		return 0;
	if (f < v && tok_is(&S->t[f], "THE"))
		f++;
	if (f >= v || v - f > 6 || (S->t[f].cls != C_WORD && S->t[f].cls != C_NUMBER) ||
	    !(S->t[f].cap || isdigit((unsigned char)S->t[f].s[0])))
		return 0;
	for (int k = r + 1; k < v; k++)
		if (S->t[k].cls == C_COMMA || S->t[k].cls == C_QUOTE || S->t[k].type == TY_VERB ||
		    sent_actor_at(S, k) >= 0)
			return 0;
	return 1;
}

int news_participle_cut(const coder_sent *S, int lo, int v)
{
	for (int r = lo + 1; r < v; r++)
		if (sent_live(S, r) && naming_participle(S, r, v))
			return r;
	for (int r = lo + 2; r < v; r++) {
		if (!sent_live(S, r) || !(S->t[r].type == TY_BY || tok_is(&S->t[r], "BY")) ||
		    !news_relative_participle(S, r - 1))
			continue;
		for (int k = r + 1; k < v; k++)
			if (S->t[k].cls == C_COMMA || S->t[k].type == TY_VERB)
				return v;
		return r - 1;
	}
	return v;
}

/* actor79: without the parse, the clause that opens at lo after "and" is the second name
 * of a leader phrase on the sentence's subject ("Eight senators led by Jim Risch and Pete
 * Ricketts sent a letter"): only capitalised words (at most four) from lo up to verb v and
 * back from the "and" to a "by", a participle of command or ownership before that "by"
 * ("led", "headed"), and an actor in the noun phrase right before the participle. That actor is the
 * subject, not the leader's name. Returns 1 with *out set; "talks led by Norway and Qatar
 * began" (no actor before "led") and "Risch and Ricketts sent" are left alone. */
int news_led_by_subject(coder_sent *S, int lo, int v, coder_slot *out)
{
	if (lo < 4 || v - lo < 1 || v - lo > 4 || !tok_is(&S->t[lo - 1], "AND"))
		return 0;
	for (int k = lo; k < v; k++)
		if (!S->t[k].cap || S->t[k].cls != C_WORD)
			return 0;
	int j = lo - 2;
	while (j > lo - 6 && j > 1 && S->t[j].cap && S->t[j].cls == C_WORD)
		j--;
	if (j == lo - 2 || !tok_is(&S->t[j], "BY") || S->t[j - 1].cap ||
	    !news_owning_participle(&S->t[j - 1]))
		return 0;
	/* the actor of the noun phrase before the participle ("U.S. senators": "U.S.") */
	for (int k = j - 2; k >= 0 && k >= j - 5; k--) {
		const coder_tok *w = &S->t[k];
		int a = sent_actor_at(S, k);
		if (a < 0)
			for (int b = 0; b < S->na; b++)
				if (S->a[b].pos <= k && S->a[b].end >= k)
					a = b;
		if (a >= 0 && S->t[k].type != TY_PRON) {
			actors_make_slot(S, a, out);
			return out->n > 0;
		}
		if (w->cls != C_WORD || w->type == TY_VERB || w->type == TY_AUX ||
		    tok_has(w, WF_PREP | WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* An open subject that names someone: it has a capitalised word or an agent in it. */
int news_named_subject(coder_sent *S, int lo, int v, coder_slot *out)
{
	coder_slot s;
	if (!news_open_subject(S, lo, v, &s))
		return 0;
	const coder_actor *a = s.m[0].a;
	int named = strcmp(s.m[0].code, "---") != 0;
	for (int i = a->pos; i <= a->end && !named; i++)
		named = S->t[i].cap && i > 0 && S->t[i].cls == C_WORD && S->t[i].type != TY_DET;
	if (!named && a->pos == 0 && a->end > 0)
		named = S->t[1].cap;
	if (named)
		*out = s;
	return named;
}

/* "accused him of undermining democracy", "the regional body of failing to protect": OF
 * before a lower-case -ing word opens the charge, not more of the object's phrase ("the
 * Department of Housing" stays whole). */
int of_clause(coder_sent *S, int j, int hi)
{
	const coder_tok *n = j + 1 < hi ? &S->t[j + 1] : NULL;
	return tok_is(&S->t[j], "OF") && n && !n->cap && n->n > 4 && tok_ends(n, "ING");
}

/* span54: a personal pronoun after a noun is the subject of a relative clause with no
 * relative word ("detained several foreigners [they] accused of ..."): the phrase ends */
static const char *const subject_pronouns[] = { "I", "WE", "YOU", "HE", "SHE", "IT", "THEY",
						NULL };

/* 1 when word t is a participle by its form, "-ed" or "-ing" */
static int participle(const coder_tok *t)
{
	return !t->cap && t->n > 4 && (tok_ends(t, "ED") || tok_ends(t, "ING"));
}

/* span54: 1 when token j is a number that counts the word after it ("killed [12]
 * militants"): part of the object's phrase, not an adverb to skip; a date's number is
 * skipped ("on 8 November") */
static int counted(coder_sent *S, int j, int hi)
{
	return S->t[j].cls == C_NUMBER && j + 1 < hi && S->t[j + 1].cls == C_WORD &&
	       !tok_has(&S->t[j + 1], WF_WHEN) && !tok_has(&S->t[j + 1], WF_PREP);
}

/* shared107: 1 when token j is THAN of a count's quantifier ("killed more than 10 people",
 * "fewer than 20 soldiers"): part of the object's phrase, no preposition that ends it */
static int count_than(coder_sent *S, int j, int hi)
{
	return j > 0 && j + 1 < hi && tok_is(&S->t[j], "THAN") &&
	       tok_in(&S->t[j - 1], COMPARE_WORDS) && S->t[j + 1].cls == C_NUMBER;
}

/* The object noun phrase after the verb ending at vend (one leading preposition skipped). */
int news_open_object(coder_sent *S, int vend, int hi, coder_slot *out)
{
	int j = vend + 1;
	while (j < hi && sent_live(S, j) && adverbish(&S->t[j]) && !tok_is(&S->t[j], "ON") &&
	       !counted(S, j, hi))
		j++;
	if (j < hi && tok_has(&S->t[j], WF_PREP))
		j++;
	int start = j;
	while (j < hi && sent_live(S, j) && (!np_stop(&S->t[j], 1) || count_than(S, j, hi)) &&
	       j - start < 9 &&
	       !of_clause(S, j, hi) && !(j > start && tok_in(&S->t[j], subject_pronouns)))
		j++;
	/* a phrase does not end on OF, nor on the participle of a reduced relative clause on
	 * its people, which a preposition follows ("five men [suspected] of planning attacks",
	 * "civilians [waiting] for aid"; not "the parties concerned to ..."): span54, the
	 * annotators end the phrase at its noun */
	while (j > start && tok_is(&S->t[j - 1], "OF"))
		j--;
	if (j - 1 > start && j < hi && participle(&S->t[j - 1]) && S->t[j - 2].type == TY_AGENT &&
	    (tok_has(&S->t[j], WF_PREP) || tok_is(&S->t[j], "OF")) && !tok_is(&S->t[j], "TO"))
		j--;
	/* "on 8 November", "on Monday": a date is no actor */
	int datelike = 1;
	for (int i = start; i < j && datelike; i++)
		datelike = S->t[i].cls == C_NUMBER || tok_has(&S->t[i], WF_WHEN) ||
			   tok_has(&S->t[i], WF_AUX) || S->t[i].type == TY_DET;
	if (datelike)
		return 0;
	/* runon159: the phrase keeps its count's bound ("said [at] least six people"), read
	 * past it above: the preposition ends a phrase */
	if (start > vend + 1 && count_bound(S, start - 1))
		start--;
	return open_actor(S, start, j - 1, out);
}

/* bare51: the agent phrase right after the verb ending at vend ("accused the army of
 * rigging the vote", "accused soldiers of abuses") that the pattern skipped, its words
 * starting at first after an OF: the deed's noun is the pattern's, the side charged with it
 * is the bare agent, an open actor ("~MIL"), not the phrase after the pattern's words ("the
 * vote"). Not an agent word the pattern took itself ("declared a state of siege"). */
int news_agent_object(coder_sent *S, int vend, int first, coder_slot *out)
{
	int j = vend + 1, from = j;
	while (j < first && j - from < 3 && sent_live(S, j) && S->t[j].cls == C_WORD &&
	       (S->t[j].type == TY_DET || S->t[j].type == TY_ADJ))
		j++;
	const coder_tok *t = j < first ? &S->t[j] : NULL;
	if (!t || t->type != TY_AGENT || !t->ent || t->ent->type != ENT_AGENT || t->end < j ||
	    t->end + 1 >= first || !tok_is(&S->t[t->end + 1], "OF") ||
	    !sent_agent_code(S, t->ent))
		return 0;
	return open_actor(S, from, t->end, out) && strcmp(out->m[0].code, "---");
}

/* sense89: 1 when token t is a pact or a charter, no side: its terms bind the sides that
 * made it, they are no deed of one ("the deal", "the treaty", "the charter"). A document one
 * side issues (a law, bill, resolution, draft: doc49) speaks for its author and is left
 * alone. */
int news_thing_noun(const coder_tok *t)
{
	static const char *const pact[] = { "AGREEMENT", "AGREEMENTS", "DEAL", "DEALS",
		"TREATY", "TREATIES", "ACCORD", "ACCORDS", "PACT", "PACTS", "CHARTER",
		"CONSTITUTION", NULL };
	return tok_in(t, pact);
}

/* speech95: 1 when token k opens a clause a speech verb reports: right after the verb or its
 * "that" ("said the deal gives in to ...", "said in October that the deal ..."). */
static int said_clause_start(const coder_sent *S, int k)
{
	static const char *const say[] = { "SAID", "SAYS", "SAY", "ARGUED", "ARGUES", "WARNED",
		"WARNS", "CLAIMED", "CLAIMS", "COMPLAINED", "COMPLAINS", NULL };
	return k >= 1 && (tok_in(&S->t[k - 1], say) ||
			  (tok_is(&S->t[k - 1], "THAT") && k >= 2));
}

/* sense89: --shallow, the deed at v is done by a pact (news_thing_noun): "The constitution
 * guarantees the rights of citizens", "The deal will also give Uganda access": the noun
 * stands right before the verb (an auxiliary or an adverb may stand between) and opens its
 * clause at the sentence's start or after a comma, with only a determiner or adjectives
 * before it, no actor or agent. The parse path's twin is syn_thing_subject (syncode.c).
 * Force (18-20: "a roadside bomb killed ...") is left alone, and so is a clause said by
 * someone ("officials said the accord violates ..."), but for a yield (08, speech95: "said
 * that the deal gives in to Chinese pressure": a pact yields to no one, the speaker judges
 * it). 1 when so. */
int news_thing_subject(const coder_sent *S, int v, const char *a)
{
	static const char *const aux[] = { "WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT",
		"SHOULD", "MUST", "HAS", "HAVE", "ALSO", "STILL", "NOW", "ALREADY", NULL };
	static const char *const det[] = { "THE", "A", "AN", "THIS", "THAT", "SUCH", NULL };
	int root = code_root_or_none(a);
	if (root < 0)
		return 0;
	if (root >= 18 && root <= 20)
		return 0;
	int k = v - 1;
	if (root == 8 && k > 0 && S->t[k].cls == C_QUOTE)
		k--;   /* speech95: 'said the deal "gives in to ...': the quoted words open there */
	for (int n = 0; n < 2 && k > 0 && tok_in(&S->t[k], aux); n++)
		k--;
	if (k < 0 || S->t[k].cls != C_WORD || !news_thing_noun(&S->t[k]))
		return 0;
	for (k--; k >= 0 && k >= v - 8; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls == C_COMMA)
			return 1;
		if (t->cls != C_WORD || t->type == TY_ACTOR || t->type == TY_AGENT ||
		    t->type == TY_PRON || t->type == TY_VERB || t->actor >= 0)
			return 0;
		if (tok_in(t, det))
			return k == 0 || S->t[k - 1].cls == C_COMMA ||
			       (root == 8 && said_clause_start(S, k));
	}
	return k < 0;
}

/* verb95: 1 when code a's root is one of words or cooperation (01-12), the roots a thing
 * cannot act in: no appeal, consultation, support or defence comes from a shortage or a
 * piece of content. Threats, protests, coercion and force (13-20) are left alone: "the town
 * was hit by shelling" still tells of an attack by someone. */
static int verbal_root(const char *a)
{
	int root = code_root_or_none(a);
	if (root < 0)
		return 0;
	return root >= 1 && root <= 12;
}

/* verb95: 1 when token t can head a noun phrase of a thing: a lower-case word that no actor,
 * agent or pronoun holds and that is no function word, verb or adverb in -ly. */
static int thing_head(const coder_tok *t)
{
	return t->cls == C_WORD && !t->cap && t->actor < 0 && t->type != TY_ACTOR &&
	       t->type != TY_AGENT && t->type != TY_PRON && t->type != TY_VERB &&
	       t->type != TY_AUX && t->type != TY_DET && t->type != TY_CONJ &&
	       t->type != TY_BY && t->type != TY_NUM && !tok_ends(t, "LY") &&
	       !tok_has(t, WF_PREP | WF_CLAUSE | WF_AUX | WF_MODAL | WF_NEG | WF_REL | WF_SUB);
}

/* verb95: --shallow, the deed at verb v (code a) is done by a thing that opens a relative
 * clause on it: "bloggers create content that supports the government",
 * "a report which praises Kenya". v follows "that"/"which" (an auxiliary or two may stand
 * between) and the word before that is a thing (thing_head), no document a side issues
 * (doc49: "a resolution that condemns Israel" speaks for its author) and no pact
 * (news_thing_noun: sense89 decides a pact's deeds). Only roots 01-09: "articles that
 * violate the constitution" (12x) charge the text's authors. "Kenya said that supports ..."
 * (a verb before "that") and "rebels that attacked" (an agent) are left alone. */
int news_thing_relative(const coder_sent *S, int v, const char *a)
{
	static const char *const rel[] = { "THAT", "WHICH", NULL };
	static const char *const aux[] = { "WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT",
		"HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "ALSO", "OFTEN", NULL };
	static const char *const not_noun[] = { "SO", "SUCH", "NOW", "GIVEN", "EXCEPT", NULL };
	if (!verbal_root(a) || a[0] != '0')
		return 0;
	int k = v - 1;
	for (int n = 0; n < 2 && k > 0 && tok_in(&S->t[k], aux); n++)
		k--;
	if (k < 1 || !tok_in(&S->t[k], rel))
		return 0;
	const coder_tok *t = &S->t[k - 1];
	return thing_head(t) && !tok_in(t, not_noun) && !syntax_document_word(t, 0) &&
	       !news_thing_noun(t);
}

/* verb95: the "by" of a passive at verb v: a form of "be" stands before v (an adverb in -ly
 * may stand between) and "by" comes within `reach` words after it, with no verb, clause word
 * or "to" before it ("told to leave by the end of the month": another verb's "by"), nor
 * "with" when no_with is set. Returns the token of "by", or -1. */
static int passive_by(const coder_sent *S, int v, int reach, int no_with)
{
	if (v < 1)
		return -1;
	int k = v - 1;
	if (k > 0 && tok_ends(&S->t[k], "LY"))
		k--;
	if (!tok_in(&S->t[k], BE_ALL))
		return -1;
	for (int j = v + 1; j < S->nt && j <= v + reach; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL) ||
		    tok_is(t, "TO") || (no_with && tok_is(t, "WITH")))
			return -1;
		if (tok_is(t, "BY"))
			return j;
	}
	return -1;
}

/* verb95: --shallow, the passive deed at verb v (code a, a verbal root) has a thing for its
 * "by" agent: "The import of maize from Uganda can be justified by the shortage" (the
 * shortage justifies, no side defends), "the plan was welcomed by the markets". v follows a
 * form of "be" (an adverb may stand between), "by" comes within three words after v, and
 * the phrase after it, up to a comma, preposition, clause word or verb, holds a thing
 * (thing_head) and no actor, agent, pronoun or capitalised name. "was praised by Kenya" and
 * "was met by armed men" (an agent) are left alone. */
int news_thing_agent(const coder_sent *S, int v, const char *a)
{
	int by = verbal_root(a) ? passive_by(S, v, 3, 0) : -1;
	if (by < 0)
		return 0;
	int thing = 0;
	for (int j = by + 1; j < S->nt; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || t->type == TY_VERB ||
		    tok_has(t, WF_PREP | WF_CLAUSE | WF_REL | WF_SUB))
			break;
		if (t->cap || t->actor >= 0 || t->type == TY_ACTOR || t->type == TY_AGENT ||
		    t->type == TY_PRON)
			return 0;
		thing |= thing_head(t);
	}
	return thing;
}

/* verb95: both paths, 1 when verb v is a passive "met" whose "by" agent is an armed or
 * police force named in the plural: "The escaped prisoners were met outside by armed men",
 * "the marchers were met by police": an encounter, no consultation (04). A form of "be"
 * stands before "met" (an adverb in -ly may stand between), "by" comes within three words
 * after it, and the phrase after "by" holds an agent word coded ~MIL, ~REB or ~COP and ends
 * in a plural noun ("men", "gunmen", "soldiers", "police"). "was met at the airport by the foreign
 * minister", "was met by the army chief" (a person) and "met with police" are left alone. */
int news_armed_encounter(coder_sent *S, int v)
{
	int by = tok_is(&S->t[v], "MET") ? passive_by(S, v, 4, 1) : -1;
	int force = 0, last = -1;
	for (int j = by + 1; by >= 0 && j < S->nt; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || t->type == TY_VERB ||
		    tok_has(t, WF_PREP | WF_CLAUSE | WF_REL | WF_SUB))
			break;
		last = j;
		const char *c = t->type == TY_AGENT && t->ent ? sent_agent_code(S, t->ent) : NULL;
		size_t n = c ? strlen(c) : 0;
		force |= n >= 3 && (!strcmp(c + n - 3, "MIL") || !strcmp(c + n - 3, "REB") ||
				    !strcmp(c + n - 3, "COP"));
	}
	if (!force || last < 0)
		return 0;
	const coder_tok *h = &S->t[last];
	return tok_has(h, WF_PLURAL) || tok_is(h, "POLICE") || tok_ends(h, "MEN") ||
	       (tok_ends(h, "S") && !tok_ends(h, "SS"));
}

/* shundone89: --shallow, "have said nothing about the detained fishermen": a statement of
 * nothing declines comment (011), the parse path's twin in syncode.c. v is the verb of
 * saying, "nothing" its object right after it: the sentence or clause ends there or a
 * preposition of topic or an adverb follows. "said nothing had changed" (the subject of a
 * clause said) is left alone. 1 when so. */
int news_said_nothing(const coder_sent *S, int v)
{
	static const char *const after[] = { "ABOUT", "ON", "OF", "REGARDING", "CONCERNING",
		"PUBLICLY", "SO", "YET", "SINCE", NULL };
	if (v + 1 >= S->nt || !tok_is(&S->t[v + 1], "NOTHING"))
		return 0;
	return v + 2 >= S->nt || S->t[v + 2].cls != C_WORD || tok_in(&S->t[v + 2], after);
}

/* notdone118: --shallow twin of syncode.c withheld: 1 when the verb at v is a word its
 * subject held back: right after "from" that a form of "refrain" or "abstain" stands
 * before ("Cairo has so far refrained from commenting on Ankara's overtures"), or an -ing
 * form right after a form of "avoid" or "evade" ("avoided commenting"). A comment so
 * withheld is declined (011). */
int news_withheld(const coder_sent *S, int v)
{
	if (v < 2 || !tok_ends(&S->t[v], "ING"))
		return 0;
	return tok_in(&S->t[v - 1], EVADE_WORDS) ||
	       (tok_is(&S->t[v - 1], "FROM") && tok_in(&S->t[v - 2], REFRAIN_WORDS));
}

/* shundone86: --shallow, the deed noun at v heads the subject of a verb under "can",
 * "could", "may" or "might" ("U.N. sanctions on Iraq can return if ...", "new strikes
 * could follow"): the deed is only possible, not done, as the parse path's syn_undone has
 * a modal's subject. v opens its clause (at most four plain words before it: an owner, an
 * adjective, no verb) and the modal follows it at once or after its phrase ("on Iraq"), six
 * plain words at most, opened by a preposition, no verb, comma or clause word between.
 * "Sanctions hurt Iraq", "strikes that could follow" (a relative clause), "says Brazil can
 * supply" (a clause of its own) and "strikes can be heard" (perceived) are left alone. */
int news_modal_subject(const coder_sent *S, int v, int lo)
{
	static const char *const maybe[] = { "CAN", "COULD", "MAY", "MIGHT", NULL };
	static const char *const sensed[] = { "HEARD", "SEEN", "FELT", NULL };
	if (v - lo > 4)
		return 0;
	for (int k = lo; k < v; k++)
		if (S->t[k].type == TY_VERB || S->t[k].cls == C_COMMA ||
		    tok_has(&S->t[k], WF_CLAUSE | WF_REL))
			return 0;
	static const char *const prep[] = { "ON", "AGAINST", "IN", "BY", "FROM", "OF", NULL };
	if (v + 1 < S->nt && !tok_in(&S->t[v + 1], maybe) && !tok_in(&S->t[v + 1], prep))
		return 0;   /* "says Brazil can supply": a clause of its own, not v's phrase */
	for (int k = v + 1; k < S->nt && k <= v + 6; k++) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, maybe))   /* "can be heard": the deed perceived, so done */
			return !(k + 2 < S->nt && tok_is(&S->t[k + 1], "BE") &&
				 tok_in(&S->t[k + 2], sensed));
		if (t->type == TY_VERB || (t->cls != C_WORD && t->cls != C_NUMBER) ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* mustcont113: present forms of verbs a deed itself is the subject of that tell no new deed
 * of it, only its standing ("sanctions on Iran enjoy broad support", "talks with Peru need
 * more time", "strikes on Gaza face criticism"), and "must", a duty laid on it ("talks with
 * Malawi must continue"). Past forms ("drew", "faced") are left alone. */
static const char *const standing_verbs[] = { "ENJOY", "ENJOYS", "NEED", "NEEDS", "LACK",
	"LACKS", "FACE", "FACES", "REQUIRE", "REQUIRES", "DESERVE", "DESERVES", "MUST", NULL };

/* mustcont113: 1 when the deed noun at v opens its clause: at most four plain words before
 * it, back to lo or to a plain verb of saying ("said talks with Malawi ..."), optionally
 * followed by "that"; no other verb, comma or clause word between. */
static int opens_said_clause(const coder_sent *S, int v, int lo)
{
	for (int k = v - 1; k >= lo; k--) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, PLAIN_SAY_WORDS) || (tok_is(t, "THAT") && k - 1 >= lo &&
						   tok_in(&S->t[k - 1], PLAIN_SAY_WORDS)))
			return 1;
		if (v - k > 4 || t->type == TY_VERB || t->cls == C_COMMA ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 1;
}

/* mustcont113: --shallow, the deed noun at v heads the subject of a verb of standing or of
 * "must" (standing_verbs: "Sanctions against Iran enjoy broad support", "said talks with
 * Malawi must continue"): the sentence tells the deed's standing or a duty, no new deed.
 * The verb follows v at once or after v's phrase, opened by a preposition, six plain words at
 * most (no verb, comma or clause word between), as news_modal_subject has it; not "must
 * have" (a guess at a past deed). Also the deed noun a form of "enjoy" takes, an adjective
 * between at most ("enjoy broad support"): a standing, no deed. "Attacks on Kenya continue"
 * and "Raids on Gaza drew condemnation" are left alone. */
int news_standing_subject(const coder_sent *S, int v, int lo)
{
	static const char *const enjoy[] = { "ENJOY", "ENJOYS", "ENJOYED", "ENJOYING", NULL };
	static const char *const prep[] = { "ON", "AGAINST", "WITH", "BETWEEN", "IN", "BY",
		"FROM", "OF", NULL };
	for (int k = v - 1; k >= lo && k >= v - 2; k--) {
		if (tok_in(&S->t[k], enjoy))
			return 1;
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_VERB)
			break;
	}
	if (!opens_said_clause(S, v, lo))
		return 0;
	if (v + 1 < S->nt && !tok_in(&S->t[v + 1], standing_verbs) &&
	    !tok_in(&S->t[v + 1], prep))
		return 0;
	for (int k = v + 1; k < S->nt && k <= v + 7; k++) {
		const coder_tok *t = &S->t[k];
		if (tok_in(t, standing_verbs))
			return k + 1 < S->nt && !tok_is(&S->t[k + 1], "HAVE");
		if (t->type == TY_VERB || (t->cls != C_WORD && t->cls != C_NUMBER) ||
		    tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone61: --shallow, "called on Ethiopia to free the reporters and resume talks": a deed
 * verb right after "and" or "or", no past form, joined to the "to" clause an appeal asks
 * for, is more of the appeal's content, not the appealer's own deed, as the parse path's
 * syn_asked_deed has it. Statements, appeals, intents and demands (01-03, 10) stay: without
 * the parse the "and" may join the appeal's own verb ("urge X to V and reiterate our
 * readiness to help" 030); "urged calm and left" (a past form) is the speaker's deed. */
static const char *const appeal[] = { "URGE", "URGED", "URGES", "URGING", "CALL",
	"CALLED", "CALLS", "CALLING", "ASK", "ASKED", "ASKS", "ASKING", "APPEALED",
	"PRESSED", "PRESSING", "DEMANDED", "ENCOURAGED", "PERSUADE", "PERSUADED", NULL };

/* 1 when t is one of those verbs of appeal ("urged", "called", "asked"): newsspeech.c's
 * appealed-content rules read the same list. */
int news_appeal_word(const coder_tok *t)
{
	return tok_in(t, appeal);
}

/* shobj163: --shallow, 1 when slot s, the target of an event on a verb of appeal (token v:
 * "urged", "called on", "asked"), holds an actor inside the "to" clause after the one
 * appealed to: "Trump urged him to avoid any conflict between Turkish and American forces",
 * "plans to urge G7 foreign ministers to focus on ending the Russia-Ukraine war". The one
 * asked stands between the verb and "to" (one to six words or numbers, no comma, quote,
 * verb or clause word; "not" may close it); the clause's sides are those of the deed asked
 * for, no target of the appeal. Left alone: a target among the words asked ("urged Kenya to
 * ..."), "called for Kenya to", "asked to ..." with no one asked. */
int news_urged_clause_target(const coder_sent *S, int v, const coder_slot *s)
{
	const coder_actor *a = s->n ? s->m[0].a : NULL;
	if (!a || a->pos < 0 || v < 0 || v + 2 >= S->nt || !tok_in(&S->t[v], appeal))
		return 0;
	int first = v + 1;
	if (S->t[v].n >= 4 && !memcmp(S->t[v].s, "CALL", 4) &&
	    tok_is(&S->t[first], "ON"))
		first++;   /* "called on Kenya to" */
	int k = first;
	for (; k < S->nt && k <= first + 6 && !tok_is(&S->t[k], "TO"); k++)
		if ((S->t[k].cls != C_WORD && S->t[k].cls != C_NUMBER) ||
		    S->t[k].type == TY_VERB || tok_has(&S->t[k], WF_CLAUSE | WF_REL) ||
		    (k == first && tok_has(&S->t[k], WF_PREP)))
			return 0;
	if (k == first || k + 1 >= S->nt || !tok_is(&S->t[k], "TO") || a->pos <= k)
		return 0;
	const coder_tok *next = &S->t[k + 1];   /* "urged the end to a tariff fight": no deed */
	return next->cls == C_WORD && !next->cap && !tok_in(next, ARTICLES) &&
	       !tok_has(next, WF_NEG | WF_PREP);
}

/* 1 when code c is one an asked clause may not take from the appealer: statements, appeals,
 * intents and demands (01-03, 10) stay the speaker's own (see news_asked_conjunct). */
static int asked_code_kept(const dict_evcode *c)
{
	return !c->a || (c->a[0] == '0' && c->a[1] >= '1' && c->a[1] <= '3') ||
	       (c->a[0] == '1' && c->a[1] == '0');
}

/* asked73: --shallow, "is urging people and governments to co-sign the charter", "pressed
 * donors to fund the plan": 1 when the verb at v comes right after "to" (or "to co-") and an
 * appeal verb stands at most seven plain words before it (no verb, clause word or quote
 * between; "call" only as "call on/upon/for"; not "pressed ahead/on"), the deed the appeal
 * asks of its addressee, not one done by the sentence's subject. The appeal verb's own
 * pattern codes the appeal when it finds an addressee; when it finds none, the asked deed was
 * coded alone. Nor a deed verb v's pattern reads past "to" + an appeal verb right after v
 * ("plans to urge X to end the war" 138): the appeal verb codes it. Statements, appeals,
 * intents and demands stay (asked_code_kept). asked77: so after "its/their call" (the
 * appeal's noun), after "rely/count/depend on X", and with one "-ly" adverb after "to" ("to
 * immediately drop"). "called a meeting to discuss trade" (no "on"), "flew to Paris to
 * sign" (no appeal) are left alone. */
int news_asked_first(const coder_sent *S, int v, const dict_evcode *c)
{
	static const char *const call[] = { "CALL", "CALLED", "CALLS", "CALLING", NULL };
	static const char *const on[] = { "ON", "UPON", "FOR", NULL };
	static const char *const onward[] = { "AHEAD", "ON", "FORWARD", NULL };
	static const char *const poss[] = { "ITS", "THEIR", "HIS", "HER", "OUR", NULL };
	static const char *const rely[] = { "RELY", "RELIES", "RELIED", "RELYING", "COUNT",
		"COUNTS", "COUNTED", "COUNTING", "DEPEND", "DEPENDS", "DEPENDED", "DEPENDING",
		NULL };
	if (!asked_code_kept(c) && v + 2 < S->nt && tok_is(&S->t[v + 1], "TO") &&
	    tok_in(&S->t[v + 2], appeal))
		return 1;   /* "plans to urge X to end the war": v's pattern read the asked one */
	/* asked77: "to drop all charges": a deed word (a noun, or a verb's form) a few plain
	 * words after the verb is that verb's object, asked as it is */
	for (int k = v - 1; k >= 1 && k >= v - 3; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL) || tok_is(t, "TO"))
			break;
		if (t->type == TY_VERB) {
			v = k;
			break;
		}
	}
	int w = S->t[v].hyphened ? v - 1 : v;   /* "to co-sign": the prefix before the hyphen */
	/* asked77: "to immediately drop": one "-ly" adverb between "to" and the verb */
	if (w >= 4 && !tok_is(&S->t[w - 1], "TO") && S->t[w - 1].n > 4 &&
	    tok_ends(&S->t[w - 1], "LY") && S->t[w - 1].type != TY_VERB)
		w--;
	if (asked_code_kept(c) || w < 3 || S->t[v].type != TY_VERB || !tok_is(&S->t[w - 1], "TO"))
		return 0;
	for (int k = w - 2; k >= 0 && k >= w - 9; k--) {
		const coder_tok *t = &S->t[k];
		/* asked77: "rely on X to V", "counting on X to V": expected of X, not done */
		if (tok_in(t, rely) && k + 1 < w && tok_in(&S->t[k + 1], on) &&
		    !tok_is(&S->t[k + 1], "FOR"))
			return 1;
		/* asked77: "its call to the authorities to drop": a possessive makes it a noun */
		if (tok_in(t, appeal))
			return tok_in(t, call) ? tok_in(&S->t[k + 1], on) ||
						 (k > 0 && tok_in(&S->t[k - 1], poss))
					       : !tok_in(&S->t[k + 1], onward);
		if (t->cls == C_QUOTE || t->type == TY_VERB || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
	}
	return 0;
}

/* undone99: the verb a purpose infinitive at v serves ("open a dialogue to resolve
 * differences": "open"), at most four plain words back over its object (no comma, quote,
 * clause word or "to"; a verb's form after an article or a verb is a noun, as
 * served_infinitive reads it); -1 when v follows no "to" or no such verb stands before it. */
static int purpose_head(const coder_sent *S, int v)
{
	if (v < 3 || !tok_is(&S->t[v - 1], "TO"))
		return -1;
	for (int k = v - 2; k >= 1 && k >= v - 5; k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL) || tok_is(t, "TO"))
			return -1;
		/* a verb's form after an article or another verb is its object noun ("open
		 * talks to resolve", "a new round") */
		if (t->type == TY_VERB && !news_noun_det(&S->t[k - 1]) &&
		    S->t[k - 1].type != TY_VERB)
			return k < v - 2 ? k : -1;
	}
	return -1;
}

/* 1 when the verb at v is a conjunct of a "to" clause an appeal asks for (the body of
 * news_asked_conjunct, whatever v's code). */
static int asked_join(const coder_sent *S, int v)
{
	/* undone94: "to limit or cease support": a deed word a few plain words after the
	 * joined verb is that verb's object, asked as it is (as news_asked_first has it) */
	for (int k = v - 1; k >= 2 && k >= v - 3 && !tok_in(&S->t[v - 1], AND_OR_WORDS); k--) {
		const coder_tok *t = &S->t[k];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE | WF_REL) || tok_in(t, AND_OR_WORDS))
			break;
		if (t->type == TY_VERB) {
			if (tok_in(&S->t[k - 1], AND_OR_WORDS))
				v = k;
			break;
		}
	}
	if (v < 4 || !tok_in(&S->t[v - 1], AND_OR_WORDS) || tok_ends(&S->t[v], "ED"))
		return 0;
	for (int j = v - 2; j > 0 && j >= v - 16; j--) {
		const coder_tok *t = &S->t[j];
		if (t->cls == C_QUOTE || tok_has(t, WF_CLAUSE | WF_REL))
			return 0;
		/* undone94: "to limit or cease": the word right before the conjunction is the first
		 * asked verb whatever its dictionary type (a noun's form too) */
		if (!tok_is(t, "TO") || (S->t[j + 1].type != TY_VERB && j + 1 != v - 2))
			continue;
		for (int k = j - 1; k >= 0 && k >= j - 7; k--)
			if (tok_in(&S->t[k], appeal))
				return 1;
		return 0;
	}
	return 0;
}

int news_asked_conjunct(const coder_sent *S, int v, const dict_evcode *c)
{
	/* undone99: "to lift the ban and open a dialogue to resolve differences": the purpose
	 * of an asked conjunct is asked as it is, an intent (03) too; not words (01-02) */
	int head = purpose_head(S, v);
	if (head >= 0 && c->a && !(c->a[0] == '0' && (c->a[1] == '1' || c->a[1] == '2')) &&
	    asked_join(S, head))
		return 1;
	return !asked_code_kept(c) && asked_join(S, v);
}

/* named60: 1 when the actor at p, after the inverted speech verb at v, is in the apposition
 * of the speaker's bare name ('"...," said Charles Brown, commander of U.S. forces'): the
 * one comma between them opens that post (clause_speaker_post). */
static int post_of_speaker(const coder_sent *S, int v, int p)
{
	int c = -1;
	for (int i = v + 1; i < p; i++)
		if (S->t[i].cls == C_COMMA || S->t[i].cls == C_QUOTE) {
			if (c >= 0 || S->t[i].cls == C_QUOTE)
				return 0;
			c = i;
		}
	return c >= 0 && clause_speaker_post(S, c);
}

/* quotespk152: 1 when token p lies in the post after the bare name an inverted speech tag
 * opens with verb v ('"...," said Ann Chong, a senior fellow at the Atlantic Council':
 * clause_speaker_post), *nf..*nt the name's words and *end the post's end (its comma or the
 * sentence's end); p < 0 asks only for the tag. */
int news_post_name(const coder_sent *S, int v, int p, int *nf, int *nt, int *end)
{
	int c = v + 1;
	while (c < S->nt && S->t[c].cls == C_WORD && S->t[c].actor < 0)
		c++;
	if (v < 0 || c == v + 1 || c >= S->nt || S->t[c].cls != C_COMMA ||
	    !clause_speaker_post(S, c))
		return 0;
	int e = c + 1;
	while (e < S->nt && S->t[e].cls != C_COMMA)
		e++;
	if (p >= 0 && (p <= c || p >= e))
		return 0;
	*nf = v + 1;
	*nt = c - 1;
	*end = e;
	return 1;
}

/* quotespk152: --shallow, the side of a speaker an inverted tag names by a bare name and its
 * post ('"...," said Ann Chong, a senior fellow at the Atlantic Council'; '"...," said Ann
 * Chong, a spokeswoman for the Kenyan foreign ministry'): the post's first actor, as the
 * parse path's apposition gives it, where the shallow rules took an actor of the quote before
 * the verb (which news_speaker_elsewhere then drops) or none. v: the tag's verb (named_speaker
 * checks the quote before it). A name the dictionaries know, or a post naming no actor or
 * only a pronoun ("a spokesman for his party"), leaves the source alone: no guess. */
void news_post_speaker(coder_sent *S, int v, coder_slot *src)
{
	int nf, nt, end;
	if (src->n && src->m[0].a && src->m[0].a->pos >= v)
		return;   /* a side after the verb: its own rules decide */
	if (!news_post_name(S, v, -1, &nf, &nt, &end))
		return;
	coder_slot y;
	if (sent_find_actor(S, nt + 2, end, NULL, 0, &y) && y.n && y.m[0].a &&
	    !y.m[0].a->pron_kind)
		slot_copy(src, &y);
}

/* spkbefore153: 1 when token t is a lower-case particle inside a personal name ("Anwar
 * al-Bunni", "Ursula von der Leyen", "Omar bin Laden"): a closed class, no word of a clause. */
static int name_particle(const coder_tok *t)
{
	static const char *const part[] = { "AL", "EL", "BIN", "BINT", "IBN", "VON", "VAN",
		"DER", "DEN", "DE", "DA", "DEL", "DOS", "DU", NULL };
	return !t->cap && tok_in(t, part);   /* "al-Bunni": AL, then BUNNI after the hyphen */
}

/* spkbefore153: 1 when the sentence opens (after "But" or "And") with a bare name, one to
 * five capitalised words (or name particles) that the dictionaries do not know, then a comma
 * part, its post, whose closing comma (or that of further parts opening with a preposition)
 * stands right before the speech verb v ("said", "says", "told": "Lucy Mtilatila, director
 * of Malawi's Department of Climate and Weather, told VOA that ..."); *c is the name's comma
 * and *e the post's. p >= 0: 1 only when token p lies in the post's first part. */
int news_pre_name(const coder_sent *S, int v, int p, int *c, int *e)
{
	static const char *const open[] = { "BUT", "AND", NULL };
	if (v < 4 || v >= S->nt ||
	    (!tok_in(&S->t[v], PLAIN_SAY_WORDS) && !tok_is(&S->t[v], "TOLD")))
		return 0;
	int f = tok_in(&S->t[0], open) ? 1 : 0, i = f;
	while (i < v && S->t[i].cls == C_WORD) {
		const coder_tok *t = &S->t[i];
		if ((!t->cap && !name_particle(t)) || t->type == TY_ACTOR || t->type == TY_PRON ||
		    t->type == TY_VERB || t->actor >= 0 || tok_has(t, WF_LEAD | WF_PREP))
			return 0;
		i++;
	}
	if (i == f || i - f > 5 || !S->t[f].cap || S->t[i].cls != C_COMMA)
		return 0;
	int k = i + 1;
	while (k < v && S->t[k].cls != C_COMMA && S->t[k].cls != C_QUOTE)
		k++;
	if (k >= v || S->t[k].cls != C_COMMA || k == i + 1 || (p >= 0 && (p <= i || p >= k)))
		return 0;
	/* "But Matthew Palmer, U.S. deputy assistant secretary of state ..., with responsibility
	 * for the Western Balkans, said": further parts up to the verb, each opening with a
	 * preposition and holding no verb, complete the post (its first part names the side) */
	for (int j = k; j < v - 1;) {
		if (!tok_has(&S->t[j + 1], WF_PREP))
			return 0;
		int m = j + 1;
		while (m < v && S->t[m].cls != C_COMMA && S->t[m].cls != C_QUOTE &&
		       S->t[m].type != TY_VERB && !(!S->t[m].cap && S->t[m].n > 4 &&
						    tok_ends(&S->t[m], "ING")))
			m++;
		if (m >= v || S->t[m].cls != C_COMMA)
			return 0;
		j = m;
	}
	const coder_tok *w = &S->t[i + 1];   /* "Goldfein, speaking at ...,": a clause, no post */
	if (w->type == TY_VERB || w->type == TY_CONJ || tok_has(w, WF_REL) ||
	    (!w->cap && w->n > 4 && tok_ends(w, "ING")))
		return 0;
	*c = i;
	*e = k;
	return 1;
}

/* spkbefore153: --shallow, the side of a speaker named before the verb by a bare name and its
 * post ("Lucy Mtilatila, director of Malawi's Department of Climate and Weather, told VOA";
 * "Anwar al-Bunni, a Syrian human rights lawyer, says"): the post's first actor (not a
 * pronoun) before any verb, participle in -ing, relative word or tie to another side ("a
 * Chinese student attending college in the United States": CHN; "a critic of the
 * government": none), as the parse path's apposition gives it; the shallow rules lost it to a
 * second role or body after "and", or to the aside's deletion. Leaves src alone when the
 * structure or such an actor is missing, or when "former" comes first ("a former White House
 * coordinator": the dictionaries code the former official, ELI, or no one). */
void news_pre_speaker(coder_sent *S, int v, coder_slot *src)
{
	int c, e;
	if (!news_pre_name(S, v, -1, &c, &e))
		return;
	for (int i = c + 1; i < e; i++) {
		const coder_tok *t = &S->t[i];
		/* "a former White House coordinator": the dictionaries' own reading of a former
		 * official (ELI) stands */
		if (t->type == TY_VERB || t->type == TY_FORMER ||
		    (!t->cap && t->n > 4 && tok_ends(t, "ING")) || tok_has(t, WF_REL))
			return;
		for (int k = 0; OTHER_SIDE[k]; k++)
			if (t->n >= (int)strlen(OTHER_SIDE[k]) &&
			    !strncasecmp(t->s, OTHER_SIDE[k], strlen(OTHER_SIDE[k])))
				return;
		int ai = sent_actor_at(S, i);
		if (ai < 0)
			continue;
		if (S->a[ai].pron_kind)
			return;
		coder_slot y;
		actors_make_slot(S, ai, &y);
		if (y.n) {
			slot_copy(src, &y);
			return;
		}
	}
}

/* shallow44: without the parse, a statement (01x) whose speech verb ("said", "says",
 * "told") has a source that cannot be its speaker: an actor after the verb, unless the verb
 * is inverted after a comma or quote and the actor follows it at once ('..., said Iran's
 * foreign ministry'); or an actor before the verb with a closing quote, or the verb's own
 * short subject phrase after a comma, between ('"... North Korea ...," Samore said'; 'the
 * U.S. ..., analysts say'). The shallow rules took that actor for want of a dictionary
 * speaker; the parse path finds the speaker and codes nothing there. source70: the actor
 * after the verb is tested for every statement verb ("hopes"). Returns 1: no event. */
int news_speaker_elsewhere(coder_sent *S, int v, const dict_evcode *c, const coder_slot *src)
{
	static const char *const prep[] = { "IN", "ON", "AT", "AFTER", "BEFORE", "DURING",
		"THROUGH", "VIA", NULL };
	static const char *const aux[] = { "HAS", "HAVE", "HAD", "ALSO", "LATER", "THEN",
		"PREVIOUSLY", "REPEATEDLY", "NOW", NULL };
	static const char *const title[] = { "OF", "THE", "AND", "FOR", NULL };
	if (!c->a || c->a[0] != '0' || c->a[1] != '1' || !src->n)
		return 0;
	int p = src->m[0].a->pos;
	if (p < 0)
		return 0;   /* a side of no words: nothing to place */
	int inverted = v > 0 && (S->t[v - 1].cls == C_COMMA || S->t[v - 1].cls == C_QUOTE);
	if (p > v)
		return !inverted || (p > v + 2 && !post_of_speaker(S, v, p));
	/* source70: any other statement verb ("hopes", "warning that") only for an actor
	 * after it (the content or topic of its words); one before it is its subject */
	if (!tok_in(&S->t[v], PLAIN_SAY_WORDS) && !tok_is(&S->t[v], "TOLD"))
		return 0;
	/* the words between the actor and the verb: a quote ends the actor's part; the last
	 * comma before the verb opens the verb's own subject phrase */
	int comma = -1, commas = 0, clause = 0;
	for (int i = src->m[0].a->end + 1; i < v; i++) {
		if (S->t[i].cls == C_QUOTE)
			return 1;
		if (S->t[i].cls == C_COMMA) {
			comma = i;
			commas++;
		}
		/* a word in lower case before the comma (not a title's "of", "the", "and",
		 * "for", nor a preposition): a clause of the actor's own */
		clause |= comma < 0 && S->t[i].cls == C_WORD && !S->t[i].cap &&
			!tok_has(&S->t[i], WF_PREP) && !tok_in(&S->t[i], title);
	}
	/* "U.S. Air Force Chief of Staff, General Dave Goldfein said": the actor's own name
	 * follows it, nothing but its title between */
	if (commas == 1 && !clause)
		return 0;
	if (comma < 0 || comma + 1 >= v || v - comma - 1 > 3 || tok_in(&S->t[comma + 1], prep))
		return 0;
	int noun = 0;
	for (int i = comma + 1; i < v; i++) {
		if (S->t[i].actor >= 0 || S->t[i].type == TY_VERB)
			return 0;   /* the phrase holds an actor or pronoun, or is a clause */
		noun |= !tok_in(&S->t[i], aux);
	}
	return noun;   /* "Officials, including ..., have said": no subject of its own */
}

/* source71: --shallow, 1 when the source at p after the verb phrase (ending at vend) stands
 * past a "that" opening the clause the verb reports ("question the data, warning that Iranian
 * surveys are unreliable"): the clause's subject, no doer of the verb, whatever its code. The
 * shallow rules took it for want of a subject actor; the parse path codes nothing there. A
 * "by" before it (a passive's doer) keeps it. */
int news_clause_source(const coder_sent *S, int vend, const coder_slot *src)
{
	if (!src->n || !src->m[0].a)
		return 0;
	int p = src->m[0].a->pos, that = 0;
	if (p <= vend)
		return 0;
	for (int i = vend + 1; i < p; i++) {
		if (tok_is(&S->t[i], "BY"))
			return 0;
		that |= tok_is(&S->t[i], "THAT");
	}
	return that;
}

/* shsay60: --shallow, 1 when the target of a plain statement (010) at speech verb v (its
 * phrase ending at vend) stands inside a quotation that opens after the verb ('said on Friday
 * "Any quarrel with Russia ..."', 'told a radio station that "Uganda has ..."'): the quote's
 * words, no side the statement is made to, as the parse path's actors12 rule codes it.
 * Kept: the one spoken to before the quote ("told Germany, ...", "said to Russia, ...") and
 * a reported clause with no quote mark (TABARI's target, which the annotators code). */
int news_quoted_target(const coder_sent *S, int v, int vend, const dict_evcode *c,
		       const coder_slot *tgt)
{
	static const char *const tell[] = { "TOLD", "TELLS", "TELL", NULL };
	if (!c->a || strcmp(c->a, "010") || !tgt->n || !tgt->m[0].a)
		return 0;
	int told = tok_in(&S->t[v], tell);
	if (!told && !tok_in(&S->t[v], PLAIN_SAY_WORDS))
		return 0;
	int p = tgt->m[0].a->pos, i = vend + 1;
	if (p <= vend)
		return 0;
	if (!told && i < S->nt && tok_has(&S->t[i], WF_PREP))
		i++;   /* "said to Iran": the one spoken to */
	if (i < S->nt && tok_in(&S->t[i], ARTICLES))
		i++;
	if (p == i && (told || i > vend + 1))
		return 0;
	int marks = 0;   /* 'said, "It is up to the U.S."': inside the quote, not 'said "no" to' */
	for (int k = vend + 1; k < p; k++)
		marks += S->t[k].cls == C_QUOTE;
	return marks % 2;
}

/* shsay60: --shallow, 1 when speech verb v (its phrase ending at vend) is denied and asks an
 * open question ("did not say whether it would attack Israel", "would not say when"): no
 * statement was made, so no event, as the parse path codes it. */
int news_unsaid_question(const coder_sent *S, int v, int vend)
{
	static const char *const say[] = { "SAY", "SAID", "TELL", "DISCLOSE", "SPECIFY", NULL };
	static const char *const wh[] = { "WHETHER", "IF", "WHEN", "HOW", "WHAT", "WHICH", "WHO",
		"WHERE", "WHY", NULL };
	if (!tok_in(&S->t[v], say) || vend + 1 >= S->nt || !tok_in(&S->t[vend + 1], wh))
		return 0;
	return (v >= 1 && tok_has(&S->t[v - 1], WF_NEG)) ||
	       (v >= 2 && tok_has(&S->t[v - 2], WF_NEG));
}

/* shloc53: 1 when the agent word at token i (after the verb at v) opens a phrase that is
 * itself a locative one, a preposition of loc and determiners before it ("rallied outside
 * parliament in Tbilisi", "at the ministry in Cairo"): the institution is the place. */
static int placed_agent(const coder_sent *S, int v, int i, const char *const *loc)
{
	int j = i - 1;
	while (j > v && S->t[j].cls == C_WORD && S->t[j].type == TY_DET)
		j--;
	return j > v && tok_in(&S->t[j], loc);
}

/* 1 when the words of actor y name a country itself in the gazetteer ("Russia", not
 * "Balochistan" nor "Kabul"), the country cc. */
int news_names_country(const coder_sent *S, const coder_actor *y, const char *cc)
{
	const khaldun_places *g = S->d->places;
	khaldun_place pl[4];
	if (!g || !S->c->sentence.p || y->pos < 0 || y->end < y->pos || y->end >= S->nt)
		return 0;
	size_t from = (size_t)S->t[y->pos].ostart;
	size_t to = (size_t)S->t[y->end].ostart + (size_t)S->t[y->end].olen;
	size_t n = khaldun_places_find(g, S->c->sentence.p + from, to - from, NULL, pl, 4);
	return n && n <= 4 && !strcmp(pl[0].kind, "country") && !strncmp(pl[0].country, cc, 3);
}

/* shallow45: without the parse, the target of a statement, meeting or show of support
 * (roots 01, 04, 05) the shallow rules took from a locative phrase after the verb ("said
 * ... is in a listening mode in the United States", "held talks in Madrid") is the place
 * where it is said or done, not the side it is said to: the parse path's places rule; so is
 * a protest's (14, sides50: "protested the fee rise in Nairobi"). A visit (042, 043) is
 * made to its place, a claim of responsibility (015) names the deed's place, and an appeal
 * or a pledge (02, 03: "a ceasefire in Syria", "aid in Somalia") is for the place: those
 * keep it; a protest "in front of" a side's building (an "of" between) is aimed at it.
 * So do people the place qualifies ("refugees in Kenya", an agent word before the
 * preposition) and a feeling's object ("optimism at a deal"). Up
 * to two words may stand between the preposition and the actor ("in eastern Afghanistan",
 * "in the Philippines"). Returns 1: the target is none; 2: an institution that is itself
 * where ("protested outside parliament in Tbilisi"), the target unless the protest names
 * another side (news_protest_party: "... against the government"). */
int news_target_place(const coder_sent *S, int v, const dict_evcode *c, const coder_slot *tgt)
{
	static const char *const loc[] = { "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
		"AROUND", "THROUGHOUT", "WITHIN", NULL };
	static const char *const feeling[] = { "CONCERN", "CONCERNS", "OPTIMISM", "PESSIMISM",
		"HOPE", "HOPES", "CONFIDENCE", "INTEREST", "FAITH", "TRUST", NULL };
	/* inobj53: a situation is no venue ("welcomed the elections in Kosovo"): the country
	 * it is in is the target, as syn_situation_place on the parse path */
	static const char *const situation[] = { "RESULT", "RESULTS", "ABUSE", "ABUSES",
		"CRACKDOWN", "VIOLENCE", "ELECTION", "ELECTIONS", "SITUATION", "CRISIS",
		"FIGHTING", "REPRESSION", "ARREST", "ARRESTS", "EXECUTION", "EXECUTIONS",
		"RECORD", "WAR", "CONFLICT", "UNREST", "KILLINGS", "ATROCITIES", "PERSECUTION",
		"REFERENDUM", "VOTE", "TURMOIL", NULL };
	const char *a = c->a;
	if (!a || !((a[0] == '0' && (a[1] == '1' || a[1] == '4' || a[1] == '5')) ||
		    (a[0] == '1' && a[1] == '4')) || !a[2] || !tgt->n)
		return 0;
	if ((a[1] == '4' && (a[2] == '2' || a[2] == '3')) || (a[1] == '1' && a[2] == '5'))
		return 0;   /* "arrived in Kabul": the place visited */
	int p = tgt->m[0].a->pos;
	if (p <= v)
		return 0;   /* a side of no words, or one before the verb */
	for (int k = 1; k <= 3 && p - k > v; k++) {
		const coder_tok *w = &S->t[p - k];
		if (tok_in(w, loc)) {
			if (tok_is(&S->t[p - k + 1], "LEAST"))
				return 0;   /* "at least six people": a count, no place */
			int hp = p - k - 1 > v ? p - k - 1 : -1;
			if (hp >= 0 && a[1] != '4' && tok_in(&S->t[hp], situation) &&
			    news_names_country(S, tgt->m[0].a, tgt->m[0].code))
				return 0;   /* a country, not a city: a venue more often */
			/* shloc53: an agent of several words ("riot police") by its first */
			if (hp >= 0 && S->t[hp].head >= 0 && S->t[hp].head > v)
				hp = S->t[hp].head;
			const coder_tok *h = hp >= 0 ? &S->t[hp] : NULL;
			/* "refugees in Kenya": the actor's agent word, people of the place; not
			 * one that is itself where ("rallied outside parliament in Tbilisi") */
			if (!h || (h->type != TY_AGENT && !tok_in(h, feeling) &&
				   !(h->ent && h->ent == tgt->m[0].a->agent)))
				return 1;
			if (placed_agent(S, v, hp, loc))
				return 2;
			/* target95: "one of several armed groups in the southern African state":
			 * the place names its own side (the state's agent), not the people's */
			return h->type == TY_AGENT && tgt->m[0].a->agent &&
			       h->ent != tgt->m[0].a->agent;
		}
		if (w->cls != C_WORD || w->type == TY_VERB || w->actor >= 0 ||
		    tok_has(w, WF_PREP) ||   /* "at length about North Korea" */
		    (a[0] == '1' && tok_is(w, "OF")) ||   /* "in front of Israel's consulate" */
		    (w->cap && !tok_is(w, "THE")))
			return 0;
	}
	return 0;
}

/* ctx54: --shallow, 1 when actor token p after verb v stands in a locative phrase ("in
 * Khartoum", "at the ministry in Cairo"'s "in Cairo", "in eastern Sudan"): a preposition of
 * place, then at most two lower-case words or "the", then the actor. quotespk152: not the
 * body in the post of an inverted speaker's bare name ('"...," said Ann Chong, a senior
 * fellow at the Atlantic Council': post_of_speaker), where she works, which is her side. */
int news_place_phrase(const coder_sent *S, int v, int p)
{
	static const char *const loc[] = { "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
		"AROUND", "THROUGHOUT", "WITHIN", NULL };
	if (post_of_speaker(S, v, p))
		return 0;
	for (int k = 1; k <= 3 && p - k > v; k++) {
		const coder_tok *w = &S->t[p - k];
		if (tok_in(w, loc))
			return !tok_is(&S->t[p - k + 1], "LEAST");
		if (w->cls != C_WORD || w->type == TY_VERB || w->actor >= 0 ||
		    tok_has(w, WF_PREP) || (w->cap && !tok_is(w, "THE")))
			return 0;
	}
	return 0;
}

/* origin53, origin101: 1 when token w is a plural noun of people on the move, whose
 * origin ("migrants smuggled from Afghanistan", "pilgrims returning from Iraq") names their
 * own side. */
int news_people_word(const coder_tok *w)
{
	static const char *const people[] = { "MIGRANTS", "REFUGEES", "FIGHTERS", "NATIONALS",
		"CITIZENS", "WORKERS", "STUDENTS", "PEOPLE", "MEN", "WOMEN", "CHILDREN",
		"CIVILIANS", "MILITANTS", "SOLDIERS", "TROOPS", "PILGRIMS", "ASYLUM-SEEKERS",
		NULL };
	return w->cls == C_WORD && tok_in(w, people);
}

/* origin53: material conflict (17-20) whose target is a country alone standing in a "from",
 * "to" or "for" phrase that ends a participle describing a thing after the verb ("seized a
 * truck carrying weapons from Pakistan", "drugs bound for Iran", "a ship carrying arms to
 * Yemen"): where the cargo came from or was going, no side the deed was done to. A "from"
 * after a participle on people ("migrants smuggled from Afghanistan") names their own side
 * and stays. vend: the verb's last token. 1 when the target is such a place. */
int news_cargo_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt)
{
	static const char *const carry[] = { "CARRYING", "TRANSPORTING", "FERRYING", "LOADED",
		"LADEN", "SMUGGLED", "SHIPPED", "TRAFFICKED", "BOUND", "HEADED", "HEADING",
		"DESTINED", NULL };
	static const char *const bound[] = { "BOUND", "HEADED", "HEADING", "DESTINED", NULL };
	if (!a || !((a[0] == '1' && a[1] >= '7') || (a[0] == '2' && a[1] == '0')) ||
	    tgt->n != 1 || !tgt->m[0].a || strlen(tgt->m[0].code) != 3)
		return 0;
	int p = tgt->m[0].a->pos, j = p - 1;
	if (p > vend + 3 && tok_is(&S->t[j], "THE"))
		j--;   /* "from the Philippines" */
	if (p <= vend + 2 || (!tok_is(&S->t[j], "FROM") && !tok_is(&S->t[j], "TO") &&
			      !tok_is(&S->t[j], "FOR")))
		return 0;
	for (int k = j - 1; k > vend && k >= j - 5; k--) {
		const coder_tok *w = &S->t[k];
		if (tok_in(w, carry)) {
			if (tok_is(&S->t[j], "FOR") && !tok_in(w, bound))
				return 0;   /* "carrying aid for Gaza": whom it was for */
			/* the participle describes a thing before it, not the verb's subject */
			return k - 1 > vend && !(tok_is(&S->t[j], "FROM") &&
						 news_people_word(&S->t[k - 1]));
		}
		if (w->cls != C_WORD || w->actor >= 0 || tok_has(w, WF_CLAUSE))
			return 0;
	}
	return 0;
}

/* target86: both paths, 1 when the target of a statement or an appeal (01, 02) is only a
 * place a thing moves from or to in the words said ("said drugs were flowing into the
 * U.S.", "told VOA the storm moved from Malawi to Mozambique"): no side it is said to. The
 * mover must be a thing no actor, agent or pronoun names (not "troops moved into Ukraine"),
 * right before the motion verb or its auxiliaries; the place may follow another place phrase
 * of the motion ("from Malawi to"). target89: a thing's extent counts ("stretches",
 * "extends"), and so does a thing a relative "that"/"which" describes ("the sea that
 * stretches from Hong Kong"). vend: the verb's last token. */
int news_motion_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt)
{
	static const char *const motion[] = { "FLOW", "POUR", "DRIFT", "SPILL", "SMUGGL",
		"CROSS", "SPREAD", "STREAM", "MOVE", "MOVING", "STRETCH", "EXTEND", NULL };
	static const char *const rel[] = { "THAT", "WHICH", NULL };
	static const char *const way[] = { "FROM", "INTO", "TO", "TOWARD", "TOWARDS", "ACROSS",
		NULL };
	static const char *const aux[] = { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "HAS",
		"HAVE", "HAD", "WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN", "KEEP", "KEPT",
		NULL };
	if (!a || a[0] != '0' || (a[1] != '1' && a[1] != '2') || tgt->n != 1 || !tgt->m[0].a)
		return 0;
	int k = tgt->m[0].a->pos - 1, m = -1;
	for (int n = 0; k > vend && n < 8 && m < 0; k--, n++) {
		const coder_tok *w = &S->t[k];
		int stem = 0;
		for (int j = 0; motion[j] && w->cls == C_WORD; j++)
			stem |= !strncmp(w->s, motion[j], strlen(motion[j])) &&
				(size_t)w->n >= strlen(motion[j]);
		if (stem && w->actor < 0 && !w->cap)
			m = k;   /* "flowing", "moved" */
		else if (!tok_in(w, way) && !tok_is(w, "THE") && w->actor < 0)
			return 0;   /* only place phrases between: "from Malawi to" */
	}
	if (m < 0 || !tok_in(&S->t[m + 1], way))
		return 0;
	for (k = m - 1; k > vend && tok_in(&S->t[k], aux); k--)
		;
	if (k - 1 > vend && tok_in(&S->t[k], rel))
		k--;   /* target89: a relative clause's thing, "the sea that stretches" */
	const coder_tok *who = k > vend ? &S->t[k] : NULL;
	return who && who->cls == C_WORD && who->actor < 0 && who->type != TY_AGENT &&
	       who->type != TY_PRON && who->type != TY_ACTOR && !tok_has(who, WF_PREP) &&
	       !tok_has(who, WF_CLAUSE) && who->type != TY_DET && who->type != TY_CONJ;
}

/* target86: both paths, 1 when the target is only the owner of a turn of events a time
 * phrase dates the deed by ("called for calm three months after the fall of the Syrian
 * president", "has improved since the end of Mugabe's rule"): the fallen leader is no side
 * the deed is done to. The phrase: "after", "since", "before", "following" or "until", an
 * optional "the", a noun of such a turn, "of", then at most three words of no actor and
 * no preposition ("the", "longtime", a title) before the actor. */
int news_dated_owner(const coder_sent *S, const coder_slot *tgt)
{
	static const char *const turn[] = { "FALL", "END", "START", "BEGINNING", "DEATH",
		"OUSTER", "OVERTHROW", "COLLAPSE", "DOWNFALL", "DEMISE", "TOPPLING", "DEPARTURE",
		"RESIGNATION", "OUTBREAK", "ASSASSINATION", NULL };
	if (tgt->n != 1 || !tgt->m[0].a || tgt->m[0].a->pos < 0 || tgt->m[0].a->pos >= S->nt)
		return 0;
	int k = tgt->m[0].a->pos - 1;
	for (int n = 0; k > 0 && n < 3 && !tok_is(&S->t[k], "OF"); k--, n++) {
		const coder_tok *w = &S->t[k];
		if (w->cls != C_WORD || w->actor >= 0 || tok_has(w, WF_PREP))
			return 0;   /* a title may stand before the name: "President" */
	}
	if (k < 2 || !tok_is(&S->t[k], "OF") || !tok_in(&S->t[k - 1], turn))
		return 0;
	k -= 2;
	if (k > 0 && tok_is(&S->t[k], "THE"))
		k--;
	return k >= 0 && tok_in(&S->t[k], TIME_PREPS);
}

/* target87: the code of the other side of an actor coded xc, as the critics or opponents it
 * has are coded (synactor.c's rival_subject and rival_object, news_rival_object): X's
 * country's opposition when X governs (TUROPP), X's country when X is another side of it
 * (ALB for the opponents of an opposition leader), none for a country's critics or enemies.
 * NULL when xc is no country's side (an IGO, an NGO). */
const char *news_rival_code(coder_sent *S, const char *xc)
{
	if (!xc || strlen(xc) < 3 || !(xc[0] >= 'A' && xc[0] <= 'Z') || !strncmp(xc, "IGO", 3) ||
	    !strncmp(xc, "NGO", 3))
		return NULL;
	char code[8] = "---";
	if (strlen(xc) > 3 && !strncmp(xc + 3, "GOV", 3))
		snprintf(code, sizeof code, "%.3sOPP", xc);
	else if (strlen(xc) > 3)
		snprintf(code, sizeof code, "%.3s", xc);
	return arena_strdup(&S->c->scratch, code);
}

/* target87: --shallow, the code of the target when it is the critics or opponents of the
 * government X its "of" phrase names, right after the verb ("arrested critics of President
 * Erdogan", "jailed two opponents of the Chinese government"): X's country's opposition
 * (news_rival_code), not X; NULL otherwise (the enemies of an armed group or of a country
 * are left as they are). At most three words of no actor, preposition or clause word between
 * the verb's last token vend and the noun, and at most three (a title, "the") between "of"
 * and X. Not "critical of" (an adjective) nor a rival noun elsewhere. */
const char *news_rival_object(coder_sent *S, int vend, const coder_slot *tgt)
{
	static const char *const rival[] = { "CRITIC", "CRITICS", "OPPONENT", "OPPONENTS",
		"RIVAL", "RIVALS", "ENEMY", "ENEMIES", "DETRACTOR", "DETRACTORS", "ADVERSARY",
		"ADVERSARIES", NULL };
	const coder_actor *x = tgt->n == 1 ? tgt->m[0].a : NULL;
	if (!x || tgt->pronoun || x->pron_kind || x->pos <= vend || x->pos >= S->nt)
		return NULL;
	int k = x->pos - 1;
	for (int n = 0; k > vend && n < 3 && !tok_is(&S->t[k], "OF"); k--, n++) {
		const coder_tok *w = &S->t[k];
		if (w->cls != C_WORD || w->actor >= 0 || tok_has(w, WF_PREP))
			return NULL;   /* a title may stand before the name: "President" */
	}
	if (k - 1 <= vend || !tok_is(&S->t[k], "OF") || !tok_in(&S->t[k - 1], rival))
		return NULL;
	for (int i = vend + 1; i < k - 1; i++) {
		const coder_tok *w = &S->t[i];
		if (i > vend + 3 || w->cls != C_WORD || w->actor >= 0 || w->type == TY_VERB ||
		    tok_has(w, WF_PREP) || tok_has(w, WF_CLAUSE))
			return NULL;
	}
	const char *xc = tgt->m[0].code;   /* a government's only: not "enemies of ISIS" */
	return xc && strlen(xc) >= 6 && !strncmp(xc + 3, "GOV", 3) ? news_rival_code(S, xc) : NULL;
}

/* inplace54: 1 when the target of a statement, appeal, intent, diplomatic act, demand,
 * disapproval, rejection or threat (01-03, 05, 10-13; not a meeting, 04x, whose place may
 * be the host) is only the place where the words were said: "while in Beijing", "at a
 * press briefing in Accra", "in a speech in Nairobi", "during a visit to Beijing". The
 * occasion must itself stand in a phrase of time or place ("freedom of speech in Iran" is
 * about Iran); the speaker's whereabouts are no side. target89: also the place the speaker
 * spoke from ("in a written interview from Oslo", "in a speech from Kampala"); returns 2
 * for it, which the caller takes only when the source has a code (negadv54's reason). */
int news_said_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt)
{
	static const char *const at[] = { "IN", "AT", NULL };
	static const char *const venue[] = { "BRIEFING", "BRIEFINGS", "CONFERENCE", "SPEECH",
		"INTERVIEW", "REMARKS", "VISIT", "TRIP", "TOUR", NULL };
	static const char *const journey[] = { "VISIT", "TRIP", "TOUR", NULL };
	static const char *const lead[] = { "IN", "AT", "DURING", "ON", "AFTER", NULL };
	static const char *const during[] = { "DURING", "ON", NULL };
	/* the nouns that say which occasion: "a press briefing", "a news conference" */
	static const char *const media[] = { "PRESS", "NEWS", "MEDIA", "RADIO", "TELEVISION",
		"TELEVISED", "JOINT", "WRITTEN", "RECORDED", "VIDEO", "TELEPHONE", "PHONE",
		"ONLINE", NULL };
	if (!a || !((a[0] == '0' && a[1] >= '1' && a[1] <= '5' && a[1] != '4') ||
		    (a[0] == '1' && a[1] >= '0' && a[1] <= '3')) ||
	    tgt->n != 1 || !tgt->m[0].a || tgt->m[0].a->agent)
		return 0;
	int j = tgt->m[0].a->pos - 1;
	if (j <= vend)
		return 0;
	if (tok_in(&S->t[j], at) && tok_is(&S->t[j - 1], "WHILE"))
		return 1;   /* "while in Beijing" */
	int to = tok_is(&S->t[j], "TO"), from = tok_is(&S->t[j], "FROM");
	if (!to && !from && !tok_in(&S->t[j], at))
		return 0;
	int k = j - 1;   /* the occasion's noun: "briefing", then "at a news" before it */
	if (k <= vend || !tok_in(&S->t[k], venue) || (to && !tok_in(&S->t[k], journey)))
		return 0;
	for (int d = k - 1; d > vend && d >= k - 3; d--) {
		const coder_tok *w = &S->t[d];
		if (tok_in(w, to ? during : lead))
			return from ? 2 : 1;
		if (w->type != TY_DET && w->type != TY_ADJ && !tok_in(w, media))
			return 0;   /* "freedom of speech in Iran": no occasion */
	}
	return 0;
}

/* mediation53: 1 when the words around actor a make it the mediator of the deed, a third
 * party that is never one of the sides: "under Turkish mediation", "under Egyptian and
 * Qatari mediation", "under the auspices of Egypt", "with the help of the UAE", "a
 * Qatari-brokered ceasefire" ("mediated by X" after a noun is news_relative_agent's). The
 * noun of mediation must follow a preposition of means ("rejected Egyptian mediation" aims
 * at Egypt, and stays). */
int news_mediator_actor(const coder_sent *S, const coder_actor *a)
{
	static const char *const noun[] = { "MEDIATION", "AUSPICES", "SPONSORSHIP",
		"FACILITATION", "BROKERING", NULL };
	static const char *const aid[] = { "HELP", "ASSISTANCE", NULL };
	static const char *const means[] = { "UNDER", "WITH", "THROUGH", "VIA", "AMID", NULL };
	static const char *const made[] = { "BROKERED", "MEDIATED", "FACILITATED", NULL };
	int p = a->pos, e = a->end;
	if (p < 0 || e < p || e >= S->nt)
		return 0;
	/* "a Qatari-brokered ceasefire", "the UAE-mediated swap" */
	if (e + 1 < S->nt && S->t[e + 1].hyphened && tok_in(&S->t[e + 1], made))
		return 1;
	/* "under Turkish mediation", "under Saudi and U.S. auspices": the adjectives of a
	 * list of mediators, then the noun, after the preposition */
	int k = e + 1;
	while (k < S->nt && k <= e + 5 && S->t[k].cls == C_WORD &&
	       (S->t[k].cap || tok_is(&S->t[k], "AND")) && !tok_in(&S->t[k], noun))
		k++;
	if (k < S->nt && tok_in(&S->t[k], noun)) {
		int b = p - 1;
		while (b >= 0 && b >= p - 6 && S->t[b].cls == C_WORD &&
		       (S->t[b].cap || tok_is(&S->t[b], "AND") || tok_is(&S->t[b], "THE")) &&
		       !tok_in(&S->t[b], means))
			b--;
		return b >= 0 && tok_in(&S->t[b], means);
	}
	/* "under the auspices of Egypt", "with the help of the UAE" */
	int b = p - 1;
	if (b >= 0 && tok_is(&S->t[b], "THE"))
		b--;
	if (b < 2 || !tok_is(&S->t[b], "OF"))
		return 0;
	const coder_tok *n = &S->t[b - 1];
	if (tok_is(n, "OFFICES") && tok_is(&S->t[b - 2], "GOOD"))
		b -= 3;   /* "through the good offices of Oman" */
	else if (tok_in(n, noun) || tok_in(n, aid))
		b -= 2;
	else
		return 0;
	if (b >= 0 && tok_is(&S->t[b], "THE"))
		b--;
	return b >= 0 && tok_in(&S->t[b], means);
}

/* mediation53: 1 when every member of slot s is a mediator (news_mediator_actor). */
int news_mediator_slot(const coder_sent *S, const coder_slot *s)
{
	if (!s->n)
		return 0;
	for (int i = 0; i < s->n; i++)
		if (!s->m[i].a || !news_mediator_actor(S, s->m[i].a))
			return 0;
	return 1;
}

/* against52: --shallow, the side a protest (14) is aimed at when news_target_place dropped
 * its place ("protested in Dhaka against the government", "clashed in Nairobi with
 * police"): the actor or agent phrase of an AGAINST (a clash, 145: WITH) that follows the
 * place's phrase within a few words, as the parse path's protested_against. Returns 1 and
 * fills *out; 0: none. */
int news_protest_party(coder_sent *S, const dict_evcode *c, const coder_slot *tgt,
		       coder_slot *out)
{
	const char *a = c->a;
	if (!a || a[0] != '1' || a[1] != '4' || !tgt->n || tgt->m[0].a->end < 0)
		return 0;
	const char *prep = !strncmp(a, "145", 3) ? "WITH" : "AGAINST";
	int j = tgt->m[0].a->end + 1, end = j + 3;
	while (j < S->nt && j < end && sent_live(S, j) && S->t[j].cls == C_WORD &&
	       S->t[j].type != TY_VERB && S->t[j].actor < 0 && !tok_is(&S->t[j], prep))
		j++;
	if (j >= S->nt || j >= end || !tok_is(&S->t[j], prep))
		return 0;
	int from = j + 1;
	for (j = from; j < S->nt && j - from < 3 && sent_live(S, j) && S->t[j].cls == C_WORD &&
		       (S->t[j].type == TY_DET || S->t[j].type == TY_ADJ); j++)
		;
	const coder_tok *t = j < S->nt && sent_live(S, j) ? &S->t[j] : NULL;
	if (t && t->actor >= 0 && S->a[t->actor].pos == j) {
		actors_make_slot(S, t->actor, out);
		return 1;
	}
	if (!t || t->type != TY_AGENT || !t->ent || t->ent->type != ENT_AGENT || t->end < j ||
	    !sent_agent_code(S, t->ent))
		return 0;
	return open_actor(S, from, t->end, out) && strcmp(out->m[0].code, "---");
}

/* The verb at t agrees with a subject of one actor (many: a list) standing before it:
 * a past form, or for one actor a present form in -s ("Berlin announced", "Tokyo says"),
 * for a list one without it ("Hanoi and Manila contest"): so "Mexican exports" (a plural
 * noun after a list of adjectives) and "the Taliban return" are no clause. */
static const char *const past[] = { "SAID", "TOLD", "TOOK", "MADE", "GAVE", "SENT",
	"WAS", "WERE", "HAD", "WENT", "MET", "LED", "HELD", "SAW", "BEGAN", "CAME",
	"FOUGHT", "STRUCK", "WON", "LOST", "KEPT", "LEFT", "SOUGHT", "BROUGHT", "SPOKE",
	"WROTE", "CALLED", "SHOT", "HIT", "PUT", "SET", "CUT", "BECAME", "GOT", NULL };

/* clauseb113: 1 when t is one of the past forms above (no -ED ending): "struck", "began". */
int news_irregular_past(const coder_tok *t)
{
	return tok_in(t, past);
}

static int agrees(const coder_tok *t, int many)
{
	if (t->cls != C_WORD || t->type != TY_VERB || t->cap || t->actor >= 0)
		return 0;
	if (tok_ends(t, "ED") || tok_in(t, past))
		return 1;
	int s = tok_ends(t, "S") && !tok_ends(t, "SS");
	return many ? !s : s;
}

/* clause96: 1 when the -ing verb at v is the deed of the actor whose phrase runs from p to
 * right before v, the object of a verb of report or sight just before it ("Greek media
 * report Ankara testing a new missile", "footage showed Russian troops shelling the town"):
 * the object is the gerund's doer, as the parse path binds it, not the target of the
 * subject's deed. */
static int perceived_doer(const coder_sent *S, int p, int v)
{
	static const char *const perceive[] = { "REPORT", "REPORTS", "REPORTED", "SHOW", "SHOWS",
		"SHOWED", "SHOWN", "SEE", "SEES", "SAW", "SEEN", "WATCH", "WATCHED", "FILMED",
		"SPOTTED", "OBSERVED", "CAUGHT", NULL };
	return p >= 1 && tok_in(&S->t[p - 1], perceive) && !S->t[v].cap &&
	       tok_ends(&S->t[v], "ING");
}

/* shallow46: a target that the shallow rules took for the verb but that is no side the
 * deed is done to. A list of two or more actors after the verb that names who takes
 * part, not whom the event reaches, for a statement, appeal, pledge, meeting or support
 * (roots 01-05): after "among" (or "including", "such as" right after "among countries"),
 * a passive "by" of another participle ("a meeting, requested by Britain and Japan,
 * discussed") or "from" after people gathered ("bring together ministers from Britain,
 * Canada, France"). For any
 * deed, actors after the verb followed at once by a verb that agrees with them: the
 * subject of a later clause ("..., Malaysia, Vietnam and Taiwan contest ..."); one actor
 * must open that clause after a comma, "and", "but" or a clause word ("while",
 * "although", "after"), and a list may hang on no preposition ("threats by China and
 * North Korea escalate"). Returns 1: the target is none; 2: the list is the passive
 * agent of the verb itself ("a meeting requested by the United States, Britain and
 * France"), the event's doers, so the sides swap; 3: the target is the verb's own subject
 * in a clause opened after the source ("Poland counts among ..., although Berlin
 * announced"), the event's source, with no target; clause96: so is the object of a verb of
 * report or sight right before an -ing verb v (perceived_doer). */
int news_target_list(const coder_sent *S, int v, const dict_evcode *c, const coder_slot *src,
		     const coder_slot *tgt)
{
	static const char *const member[] = { "AMONG", "AMONGST", NULL };
	static const char *const opener[] = { "AND", "BUT", NULL };
	const char *a = c->a;
	if (!a || !tgt->n)
		return 0;
	int lo = -1, hi = -1, distinct = 0;
	for (int i = 0; i < tgt->n; i++) {
		const coder_actor *x = tgt->m[i].a;
		if (x->pos < 0 || x->pos == v)
			return 0;   /* a side of no words */
		if (i && x == tgt->m[i - 1].a)
			continue;
		distinct++;
		if (lo < 0 || x->pos < lo)
			lo = x->pos;
		int e = x->end > x->pos ? x->end : x->pos;
		if (e > hi)
			hi = e;
	}
	int p = lo;
	if (p - 1 >= 0 && tok_is(&S->t[p - 1], "THE"))
		p--;
	const coder_tok *w = p - 1 >= 0 ? &S->t[p - 1] : NULL;
	int opens = w && (w->cls == C_COMMA || tok_in(w, opener) || tok_has(w, WF_SUB));
	if (lo < v) {
		/* "..., although Berlin announced": the verb's own subject, in a clause that opens
		 * after the source, is its doer (3: it becomes the source, the target none) */
		if (hi != v - 1 || !src->n ||
		    !((opens && agrees(&S->t[v], distinct >= 2)) || perceived_doer(S, p, v)))
			return 0;
		for (int i = 0; i < src->n; i++)
			if (src->m[i].a->pos < 0 || src->m[i].a->pos >= p - 1)
				return 0;
		return 3;
	}
	if (w && p - 1 <= v)
		w = NULL;
	/* the subject of a later clause: its verb right after it ("after Berlin announced":
	 * a clause word, not the preposition it may also be) */
	if (w && hi + 1 < S->nt && agrees(&S->t[hi + 1], distinct >= 2) &&
	    (opens ? p - 2 > v : distinct >= 2 && !tok_has(w, WF_PREP)))
		return 1;
	if (distinct < 2 || !w || a[0] != '0' || a[1] < '1' || a[1] > '5')
		return 0;
	if (tok_in(w, member))
		return 1;
	/* "among countries including ...", "among nations such as ...": the members of the
	 * set among whom it happens; after another noun ("met leaders including ...") they
	 * stay the targets */
	int q = tok_is(w, "INCLUDING") ? p - 2 :
		tok_is(w, "AS") && p - 2 > v && tok_is(&S->t[p - 2], "SUCH") ? p - 3 : -1;
	for (int k = q; q > v && k > v && k >= q - 2; k--)
		if (tok_in(&S->t[k], member))
			return 1;
	if (tok_is(w, "BY") && tok_ends(&S->t[p - 2], "ED"))
		return p - 2 == v ? 2 : 1;   /* "requested by": the doers, of v or another deed */
	/* "brings together ministers from ...": the people who meet, the gathering's side;
	 * "met ministers from ..." keeps them the targets */
	if (tok_is(w, "FROM") && p - 2 > v && S->t[p - 2].type == TY_AGENT)
		for (int k = p - 3; k > v - 1 && k >= p - 4; k--)
			if (tok_is(&S->t[k], "TOGETHER"))
				return 1;
	return 0;
}

/* The sanction noun at v (the deed's own word: "sanctions could follow") is not yet in
 * force: a modal within the next three words ("would only be imposed"), or, before the
 * clause ends, a word telling it waits ("are pending in Congress", "awaiting ratification",
 * "proposed"). A comma, quote or clause word ends the search. */
static int pending_measure(const coder_sent *S, int v)
{
	static const char *const wait[] = { "PENDING", "AWAITING", "PROPOSED", "PROPOSING",
		NULL };
	for (int j = v + 1; j < S->nt && j <= v + 10; j++) {
		const coder_tok *t = &S->t[j];
		if (t->cls != C_WORD || tok_has(t, WF_CLAUSE))
			return 0;
		if ((j <= v + 3 && tok_in(t, WILL_MAY_MODALS)) || tok_in(t, wait))
			return 1;
	}
	return 0;
}

/* shundone92: 1 when the token at h is "hesitate" denied under a modal of future or will
 * ("will not hesitate to strike", "would never hesitate to", "won't hesitate to"): the deed
 * after it is vowed, CAMEO's threat (13x), not done. "did not hesitate to strike" (past, the
 * deed done) is left alone. */
static int unhesitating(const coder_sent *S, int h, int lo)
{
	static const char *const denied[] = { "WON'T", "WOULDN'T", NULL };
	if (!tok_is(&S->t[h], "HESITATE"))
		return 0;
	int neg = 0;
	for (int k = h - 1; k >= lo && k >= h - 3; k--) {
		const coder_tok *w = &S->t[k];
		if (tok_in(w, denied) || (neg && tok_in(w, FUTURE_MODALS)))
			return 1;
		if (tok_is(w, "NOT") || tok_is(w, "NEVER") || tok_is(w, "N'T"))
			neg = 1;
		else if (w->cls != C_WORD || !adverbish(w))
			return 0;
	}
	return 0;
}

/* undone98: --shallow, 1 when the deed at v is one the subject looks to an actor to do ("Seoul
 * is looking to Washington to either veto the resolution"): a hope that the other will act,
 * at most an appeal to it; the caller codes it 020, the looker's. "to", an optional
 * "either", then back over at most five words naming an actor (no comma, quotation mark or
 * verb) to "to" after a form of "look". */
int news_looked_to(const coder_sent *S, int v, int lo)
{
	static const char *const look[] = { "LOOK", "LOOKS", "LOOKING", "LOOKED", NULL };
	int k = v - 1;
	if (k > lo && tok_is(&S->t[k], "EITHER"))
		k--;
	if (k <= lo || !tok_is(&S->t[k], "TO"))
		return 0;
	int actor = 0;
	for (int j = k - 1; j - 1 >= lo && j >= k - 6; j--) {
		const coder_tok *t = &S->t[j];
		if (tok_is(t, "TO"))
			return actor && j < k - 1 && tok_in(&S->t[j - 1], look);
		if (t->cls != C_WORD || t->type == TY_VERB)
			return 0;
		actor |= t->type == TY_ACTOR || t->type == TY_AGENT;
	}
	return 0;
}

/* would155: --shallow, 1 when the modal news_hypothetical reads before deed verb v is a
 * reported "will" and the deed has a threat code: "Kenyan officials said students would
 * protest" is the students' threat of dissent (133), as "will" is, and as the parse path's
 * said_future (syntax.c) has it; news_future_threat then gives the threat's code. */
int news_reported_will(const coder_sent *S, int v, int lo, const dict_evcode *c)
{
	if (!syn_threat_code(c->a))
		return 0;
	int e = modal_reach(S, v, lo);
	for (int k = 1; k <= 4 && e - k >= lo; k++) {
		const coder_tok *t = &S->t[e - k];
		if (tok_has(t, WF_MODAL))
			return reported_would(S, e - k);
		if (t->type == TY_VERB || t->cls == C_COMMA)
			break;
	}
	return 0;
}

/* shallow43: without the parse, a conflict deed said as future is CAMEO's threat (13x,
 * syn_threat_code): "will impose tariffs on Canada" 1312, "will arrest protesters" 137; a
 * sanction (16) also when held out with could/may/might/would ("could retaliate with
 * tariffs"), the other deeds under those modals being no event at all (news_hypothetical).
 * Only adverbs and auxiliaries may stand between the modal and the verb ("will shortly be
 * declaring"); a negation there ("will not impose") is no threat, nor is a relative
 * clause's modal ("a deal which would impose"). forms54: so is a deed planned or intended
 * ("plans to expel the diplomats", "is planning to invade", "intends to sanction"), the
 * parse path's `wanted` (syncode.c); it was coded as done (161). vow54: so is a deed one
 * "threatened to" do ("threatened to kill" 138), as the parse path's `threatened` has it
 * (syntax.c); THREATEN's own 130 yields to it (clause.c vow_yields). The parse path decides
 * this itself (syntax.c recode). NULL: not such a deed. */
const char *news_future_threat(coder_sent *S, int v, int lo, const dict_evcode *c)
{
	static const char *const measure[] = { "SANCTION", "SANCTIONS", "TARIFF", "TARIFFS",
		"EMBARGO", NULL };
	static const char *const future[] = { "WILL", "SHALL", "'LL", NULL };
	static const char *const plan[] = { "PLANS", "PLAN", "PLANNING", "PLANNED", "INTENDS",
		"INTEND", "INTENDING", "INTENDED", "THREATENED", "THREATENS", "THREATEN",
		"VOW", "VOWS", "VOWED", "VOWING", NULL };   /* threatco173: "vowed to" too */
	static const char *const hedge[] = { "WOULD", "COULD", "MAY", "MIGHT", NULL };
	static const char *const soon[] = { "SOON", "EVEN", NULL };   /* the rest are WF_AUX */
	const char *t = syn_threat_code(c->a);
	if (!t)
		return NULL;
	int sanction = c->a[0] == '1' && c->a[1] == '6';
	int to = to_of(S, v, lo);   /* shmodal73: "threatened to close or suspend" */
	if (to >= 1 && tok_in(&S->t[to - 1], plan))
		return t;
	if (to >= 1 && unhesitating(S, to - 1, lo))
		return t;
	if (sanction && tok_in(&S->t[v], measure))
		return pending_measure(S, v) ? "1312" : NULL;
	int e = modal_reach(S, v, lo);   /* endup112: "could end up expelling" */
	for (int k = 1; k <= 4 && e - k >= lo; k++) {
		const coder_tok *w = &S->t[e - k];
		if (tok_in(w, future) || (sanction && tok_in(w, hedge)) ||
		    reported_would(S, e - k))   /* would155 */
			return e - k - 1 >= 0 && tok_has(&S->t[e - k - 1], WF_REL) ? NULL : t;
		int ly = w->n > 3 && tok_ends(w, "LY");   /* "only", "shortly" */
		/* shhypo168: a quote opening inside the future ("will \"shortly be declaring")
		 * and "soon" or "even" ("will soon impose") leave it the future */
		if (w->cls == C_QUOTE || tok_in(w, soon))
			continue;
		if (tok_has(w, WF_NEG) || w->cls != C_WORD || w->type == TY_ACTOR ||
		    !(tok_has(w, WF_AUX) || ly))
			return NULL;
	}
	return NULL;
}

/* shthreat118: --shallow, "will not release the soldiers unless Israel frees the detainees",
 * "Turkey will buy Russian aircraft if the F-35 freeze is not lifted": a promise (03x, 06-08)
 * or refusal (12x) said as future (a "will", "would", "shall", "'ll", "won't" or "wouldn't"
 * before its verb, only adverbs, auxiliaries or a negation between them; not a relative
 * clause's) on a negative condition after it (an "unless", or an "if" whose clause holds a
 * negation before the next comma: "not", "no", "fails", "refuses") is held out until the
 * other side acts: CAMEO's ultimatum (139), as syn_ultimatum (syncode.c) has it on the parse
 * path. A positive condition ("will buy the jets if Washington lifts the freeze") is left
 * alone. Returns the token of "unless" or "if", 0 when not such a deed. */
int news_held_out(const coder_sent *S, int v, int lo, const char *a)
{
	static const char *const future[] = { "WILL", "WOULD", "SHALL", "'LL", "WON'T",
		"WOULDN'T", NULL };
	int root = code_root_or_none(a);
	if (root < 0)
		return 0;
	if (root != 3 && root != 12 && (root < 6 || root > 8))
		return 0;
	int modal = 0;
	for (int k = 1; k <= 4 && v - k >= lo && !modal; k++) {
		const coder_tok *w = &S->t[v - k];
		if (tok_in(w, future)) {
			if (v - k - 1 >= 0 && tok_has(&S->t[v - k - 1], WF_REL))
				return 0;
			modal = 1;
		} else if (w->cls != C_WORD || w->type == TY_ACTOR ||
			   !(tok_has(w, WF_AUX) || tok_has(w, WF_NEG) ||
			     (w->n > 3 && tok_ends(w, "LY"))))
			return 0;
	}
	if (!modal)
		return 0;
	for (int j = v + 1; j < S->nt; j++) {
		if (tok_is(&S->t[j], "UNLESS"))
			return j;
		if (!tok_is(&S->t[j], "IF"))
			continue;
		for (int m = j + 1; m < S->nt && S->t[m].cls != C_COMMA; m++)
			if (tok_has(&S->t[m], WF_NEG))
				return j;
	}
	return 0;
}

/* shthreat118: the side an ultimatum's condition at token c asks to act: the first actor of
 * its subject, the plain words after "unless"/"if" up to its verb ("unless Israel frees the
 * detainees": Israel). -1 when the subject names none ("if the freeze is not lifted",
 * "unless they withdraw"): a pronoun, verb, auxiliary or punctuation ends the search. */
int news_condition_actor(const coder_sent *S, int c)
{
	for (int k = c + 1; k < S->nt && k <= c + 6; k++) {
		const coder_tok *t = &S->t[k];
		if ((t->cls != C_WORD && t->cls != C_NUMBER) || t->type == TY_VERB ||
		    t->type == TY_PRON || tok_has(t, WF_CLAUSE | WF_REL | WF_MODAL | WF_AUX))
			return -1;
		if (t->actor >= 0)
			return t->actor;
	}
	return -1;
}

/* saidextra123 (--shallow; the parse path's syn_unspoken_report): "two Chinese were said to be
 * in a critical condition", "the deal is widely reported to include ...": a form of "be"
 * (an "-ly" adverb between) right before a verb of saying or reporting (not "told": its
 * passive subject is the hearer), no "by" right after it: no speaker, no statement (01x). */
int news_unspoken_report(const coder_sent *S, int v, const char *a)
{
	const coder_tok *t = &S->t[v];
	if (strncmp(a, "01", 2) || (!tok_in(t, SAY_FORMS) && !tok_in(t, REPORT_WORDS)))
		return 0;
	int j = v - 1;
	if (j > 0 && S->t[j].n > 4 && tok_ends(&S->t[j], "LY"))
		j--;
	return j >= 0 && tok_in(&S->t[j], BE_ALL) && !(v + 1 < S->nt && tok_is(&S->t[v + 1], "BY"));
}

/* passive51: the deeds only a state does to people, whose passive with no agent has one. */
int news_state_coercion(const char *a)
{
	return a && (!strncmp(a, "172", 3) || !strncmp(a, "173", 3) || !strncmp(a, "174", 3));
}

/* passive51: "Greek authorities" codes GRCGOV: the authorities are the state's government. */
const char *news_authorities(coder_sent *S, const char *place)
{
	char cc[4];
	int times;
	actor_split(place, cc);
	if (!cc[0] || actor_is_region(cc)) {
		const char *story = S->c->ctx.on ? context_story_country(&S->c->ctx, &times) : NULL;
		if (!story)
			return NULL;
		memcpy(cc, story, sizeof cc);
	}
	char *code = arena_alloc(&S->c->scratch, 7);
	if (code)
		sprintf(code, "%.3sGOV", cc);
	return code;
}

/* shpass52: a subject pronoun after a passive verb opens a clause of its own ("was arrested
 * after he returned from Ethiopia"). */
static const char *const subjects[] = { "I", "HE", "SHE", "WE", "THEY", NULL };

/* passive51: an actor in a place phrase right after a passive verb is where, not who.
 * shpass52: so is one it was sent "from" ("were deported from Iran"), and one further on in
 * a chain of phrases that opens right after the verb ("was summoned to the Foreign Office in
 * London"). Returns the preposition right before the actor, or -1. */
int news_prep_phrase(const coder_sent *S, int vend, int pos)
{
	static const char *const preps[] = { "IN", "AT", "TO", "FROM", NULL };
	int j = pos - 1;
	if (j > vend && tok_is(&S->t[j], "THE"))
		j--;
	if (j <= vend || j - vend > 8 || !tok_in(&S->t[j], preps))
		return -1;
	int verbs = 0;
	for (int k = vend + 1; k < j; k++) {
		if (S->t[k].cls != C_WORD || tok_has(&S->t[k], WF_CLAUSE) ||
		    S->t[k].type == TY_ACTOR || S->t[k].type == TY_BY || tok_in(&S->t[k], subjects))
			return -1;
		verbs += S->t[k].type == TY_VERB;
	}
	/* dative72: a far place after a plain object, no verb between ("was granted legal
	 * permanent residency status in the U.S."), is where it was given, as a near one */
	if (j - vend > 4 && !tok_has(&S->t[vend + 1], WF_PREP) && verbs)
		return -1;
	return j;
}

/* plain: 1 when tokens from..to (inclusive) are all plain words: no actor, verb, auxiliary,
 * preposition, clause or relative word, no punctuation (an empty range is plain). */
static int plain_words(const coder_sent *S, int from, int to)
{
	for (int k = from; k <= to; k++) {
		const coder_tok *w = &S->t[k];
		if (w->cls != C_WORD || w->type == TY_ACTOR || w->type == TY_VERB ||
		    w->type == TY_AUX || tok_has(w, WF_CLAUSE) || tok_has(w, WF_REL) ||
		    tok_has(w, WF_PREP))
			return 0;
	}
	return 1;
}

/* passive86: without the parse, the actor at pos..pend stands in an "in" phrase ("the")
 * after the subject's actor ending at send (up to three plain words between: "American
 * soldiers in Iraq") and right before the passive's verb at v (plain words between: its
 * "be" and adverbs): "The leader of ISIS in Iraq was killed" names where the subject is, no second
 * side of the deed. Returns 1 so, else 0. */
int news_subject_place(const coder_sent *S, int send, int pos, int pend, int v)
{
	int j = pos - 1;
	if (j > send && tok_is(&S->t[j], "THE"))
		j--;
	if (j <= send || j - send > 4 || !tok_is(&S->t[j], "IN") || pend >= v)
		return 0;
	if (!plain_words(S, send + 1, j - 1))
		return 0;
	for (int k = pend + 1; k < v; k++)
		if (S->t[k].cls != C_WORD || S->t[k].type == TY_ACTOR ||
		    tok_has(&S->t[k], WF_CLAUSE))
			return 0;
	return 1;
}

/* shpass52: a clause word, a subject pronoun or a verb (not in "-ing": "the ministry
 * building") between the verb's end vend and the actor at pos: the actor belongs to a later
 * clause ("were killed when gunmen attacked a village in Nigeria"), no side of the verb's. */
int news_later_clause(const coder_sent *S, int vend, int pos)
{
	for (int k = vend + 1; k < pos; k++)
		if (tok_has(&S->t[k], WF_CLAUSE) || tok_in(&S->t[k], subjects) ||
		    (S->t[k].type == TY_VERB && !tok_ends(&S->t[k], "ING")))
			return 1;
	return 0;
}

/* passive63: an "under" after the passive verb's end vend and before the actor at pos, with
 * no clause word, subject pronoun or verb (not in "-ing") between it and the actor: the actor
 * is in the deal or law the deed was done under ("were told to leave by the end of the month
 * under a deal with Uganda"), no side of it. */
int news_under_phrase(const coder_sent *S, int vend, int pos)
{
	for (int k = pos - 1; k > vend && pos - k <= 8; k--) {
		if (tok_is(&S->t[k], "UNDER"))
			return 1;
		if (tok_has(&S->t[k], WF_CLAUSE) || tok_in(&S->t[k], subjects) ||
		    (S->t[k].type == TY_VERB && !tok_ends(&S->t[k], "ING")))
			return 0;
	}
	return 0;
}

/* doer107: --shallow, 1 when the actor spanning tokens pos..end is the ruler of a passive
 * deed of coercion (code a, 17x) ending at vend: "under" right after the verb, "the" may
 * follow, then the actor, then the clause's end or a noun of rule ("banned under the
 * Taliban", "persecuted under Taliban rule"). An actor deeper in the phrase ("under a deal
 * with Uganda") is not. */
int news_under_ruler(const coder_sent *S, int vend, int pos, int end, const char *a)
{
	int k = vend + 1;
	if (!a || a[0] != '1' || a[1] != '7' || k >= S->nt || !tok_is(&S->t[k], "UNDER"))
		return 0;
	if (k + 1 < S->nt && tok_is(&S->t[k + 1], "THE"))
		k++;
	if (pos != k + 1)
		return 0;
	return end + 1 >= S->nt || S->t[end + 1].cls != C_WORD ||
	       news_ruler_noun(&S->t[end + 1]);
}

/* passive55: "was killed in a clash with Kenyan police", "were shot dead during a gunfight
 * with the army": the actor at pos is the other side of the fight right after the passive
 * verb (its end vend), the one who did the deed. */
int news_fight_with(const coder_sent *S, int vend, int pos)
{
	static const char *const in[] = { "IN", "DURING", NULL };
	static const char *const fight[] = { "CLASH", "CLASHES", "BATTLE", "BATTLES", "GUNBATTLE",
					     "GUNFIGHT", "FIREFIGHT", "SHOOTOUT", "SKIRMISH",
					     "SKIRMISHES", "FIGHTING", "CONFRONTATION",
					     "ENCOUNTER", NULL };
	int j = pos - 1;
	if (j > vend && tok_is(&S->t[j], "THE"))
		j--;
	if (j - 1 <= vend + 1 || j - vend > 6 || !tok_is(&S->t[j], "WITH") ||
	    !tok_in(&S->t[j - 1], fight) || !tok_in(&S->t[vend + 1], in))
		return 0;
	for (int k = vend + 2; k < j - 1; k++)
		if (S->t[k].cls != C_WORD || tok_has(&S->t[k], WF_CLAUSE) ||
		    S->t[k].type == TY_ACTOR || S->t[k].type == TY_VERB)
			return 0;
	return 1;
}

/* The noun phrase around an actor, for source_text/target_text: titles, adjectives and
 * determiners before it, agents and names after it; an object actor inside a locative phrase
 * ("stormed a police headquarters in eastern Afghanistan", "clashed with the army in Kivu")
 * takes the whole object. */
/* 1 when name token t has the form of an adjective of nationality ("Turkish", "Chinese",
 * "Iraqi", "American", "French", "Swiss", "Greek") or is an abbreviation ("U.S."): after
 * "the" such a word is not the phrase's head when a noun follows ("the Chinese [side]"), a
 * name is ("the Kremlin said"); before "state" it names the state itself (region_state) */
int news_nationality_form(const coder_tok *t)
{
	static const char *const adj[] = { "AN", "ESE", "SH", "I", "IC", "CH", "SS", "EK", NULL };
	for (int k = 0; adj[k]; k++)
		if (tok_ends(t, adj[k]))
			return 1;
	return t->n > 2 && t->s[t->n - 1] == '.';
}

/* 1 when token j can be the noun a name before it modifies: a lower-case word that links
 * nothing and has no form of a verb the name could be the subject of ("the Taliban [said]",
 * "the U.S. [demands]", "[led]"), nor of a participle or adverb; a plural noun is lost with
 * the verbs in -s ("the Iraqi claims") */
static int modified_noun(coder_sent *S, int j)
{
	static const char *const function[] = { "WHAT", "ONLY", "ALSO", "EVEN", "ITSELF", NULL };
	const coder_tok *x = &S->t[j];
	if (tok_in(x, function))
		return 0;
	return sent_live(S, j) && x->cls == C_WORD && !x->cap && x->type != TY_CONJ &&
	       x->type != TY_AUX && x->type != TY_PRON && x->type != TY_DET &&
	       !tok_has(x, WF_PREP | WF_CLAUSE | WF_AUX) && !tok_is(x, "OF") && !adverbish(x) &&
	       !participle(x) && !tok_ends(x, "S") && !tok_ends(x, "ED") && !tok_in(x, past);
}

/* target59: 1 when verb token v sends a thing (fire, launch, shoot, hurl, throw) and token
 * loc is its "at": the actor after it is where the thing was sent ("fired missiles at
 * Kyiv": Kyiv), not a place inside the object's phrase ("missiles at Kyiv"). */
static int sent_at(coder_sent *S, int v, int loc)
{
	static const char *const send[] = { "FIRE", "LAUNCH", "SHOOT", "SHOT", "HURL", "THREW",
					     "THROW", NULL };
	if (v < 0 || loc < 0 || !tok_is(&S->t[loc], "AT"))
		return 0;
	for (int k = 0; send[k]; k++)
		if (!strncmp(S->t[v].s, send[k], strlen(send[k])))
			return 1;
	return 0;
}

/* advclause123: 1 when token j is an adverb before a clause's verb that ends a subject's
 * possessed phrase ("Kenya's president [reportedly] accused", "Ethiopia's army [later]
 * shelled"): a word of actors_subject_adverb with no dictionary type, right before the
 * event's verb or an auxiliary or verb; "Kenya's national assembly approved" (an agent
 * word) runs on. */
static int verb_adverb(const coder_sent *S, int j, int verb)
{
	const coder_tok *x = &S->t[j];
	return x->type == TY_NULL && actors_subject_adverb(x) && j + 1 < S->nt &&
	       (j + 1 == verb || S->t[j + 1].type == TY_VERB || S->t[j + 1].type == TY_AUX);
}

/* tgtchoice152: the first word of an object phrase that opens at token f, back over a word for
 * people named by their part for a side (SIDE_PEOPLE_NOUNS) whose "in" or "of" phrase the
 * actor is, with its article and adjectives, never back to the verb's end vend (-1: the actor
 * comes before the verb): "in touch with [planners in Afghanistan]", "arrested [supporters of
 * the opposition leader]", '"... with [masterminds in Afghanistan]," Chaudhry told'; f itself
 * otherwise ("Planners in Kabul said", a capital; "aid to Kabul"). */
static int side_people_before(const coder_sent *S, int f, int vend)
{
	if (f - 2 <= vend || !sent_live(S, f - 2) || S->t[f - 2].cap ||
	    !(tok_is(&S->t[f - 1], "IN") || tok_is(&S->t[f - 1], "OF")) ||
	    !tok_in(&S->t[f - 2], SIDE_PEOPLE_NOUNS))
		return f;
	int k = f - 2;
	while (k - 1 > vend && sent_live(S, k - 1) &&
	       (S->t[k - 1].type == TY_DET || S->t[k - 1].type == TY_ADJ) &&
	       !tok_has(&S->t[k - 1], WF_PREP))
		k--;
	return k;
}

/* shnoun154: 1 when the lower-case word at j after a subject's name is a finite verb of a
 * clause of its own, one no dictionary pattern codes: a past or a present by its form
 * (bare_finite: "Trump [ignited] the economic war ... by imposing"), or a verb of speech or
 * report with a name, an article or "that" after it ("Many Chagossians [argue] Mauritius has
 * never had a claim"): the subject's phrase ends before it. A word hyphened to the one
 * before is an adjective ("U.S.-backed"), a possessive a noun ("the terror group's"); a noun
 * in -s before a verb or a noun stays ("Taliban attacks killed", "the affairs think tank"). */
static int phrase_verb(const coder_sent *S, int j)
{
	const coder_tok *x = &S->t[j];
	if (x->hyphened || x->cap || x->cls != C_WORD || j + 1 >= S->nt || tok_has(x, WF_POSS) ||
	    tok_ends(x, "'S"))
		return 0;
	/* an object's first word after it: an article, a name or "that" */
	const coder_tok *n = &S->t[j + 1];
	int object = n->cls == C_WORD && ((n->cap && n->type != TY_VERB) || n->type == TY_DET ||
					  tok_is(n, "THAT"));
	/* a plural noun before a noun stays ("the international affairs think tank") */
	if (bare_finite(S, j) && (object || !tok_ends(x, "S")))
		return 1;
	return object && (tok_in(x, SPEECH_WORDS) || tok_in(x, REPORT_WORDS));
}

void news_np_extent(coder_sent *S, const coder_actor *a, int verb, int vend, int *from, int *to)
{
	int f = a->pos, t = a->end;
	if (verb >= 0 && a->pos > vend) {
		int j = a->pos - 1, crossed = 0, people = 0, loc = -1;
		while (j > vend && sent_live(S, j) && a->pos - j < 12) {
			const coder_tok *x = &S->t[j];
			/* wrongactor159: a day between the object and its locative phrase is the
			 * deed's time, not the object's end ("attacked a bus [on] [Tuesday] near
			 * Quetta": the bus, not Quetta) */
			if (crossed && j + 1 == loc && j - 1 > vend && x->cls == C_WORD &&
			    news_recent_time(x->s, x->n)) {
				j -= tok_is(&S->t[j - 1], "ON") && j - 2 > vend ? 2 : 1;
				continue;
			}
			/* a locative phrase inside an object, not the phrase that is the object */
			if (tok_has(x, WF_LOC) && j > vend + 1 && !tok_has(&S->t[j - 1], WF_PREP)) {
				int h = S->t[j - 1].head >= 0 ? S->t[j - 1].head : j - 1;
				/* objfirst53: the people the actor took as its agent open the
				 * phrase ("fired tear gas at opposition supporters in Nairobi"),
				 * not the object before them */
				if (!crossed && a->agent && S->t[h].ent == a->agent &&
				    S->t[h].type == TY_LIT) {
					f = h;   /* with its count, article and adjectives */
					while (f - 1 > vend && sent_live(S, f - 1) &&
					       !np_stop(&S->t[f - 1], 1) &&
					       !tok_has(&S->t[f - 1], WF_PREP) &&
					       S->t[f - 1].type != TY_VERB)
						f--;
					break;
				}
				if (!crossed)
					loc = j;
				crossed = 1;
				people = S->t[h].ent && S->t[h].ent->type == ENT_AGENT;
			} else if (np_stop(x, 1)) {
				break;
			}
			j--;
		}
		/* people a "with" or "against" right after the verb names, placed by a
		 * locative phrase: "clashed with the army in Kivu" is the army's phrase, not
		 * Kivu's; "retaliated with tariffs on U.S. goods" names no side; a weapon
		 * sent at the actor (sent_at) is no phrase of it */
		int aimed = sent_at(S, verb, loc) && !people;
		if (crossed && !aimed && (j == vend || (j == vend + 1 && people &&
							(tok_is(&S->t[j], "WITH") ||
							 tok_is(&S->t[j], "AGAINST"))))) {
			int k = vend + 1;
			while (k < a->pos && (adverbish(&S->t[k]) || tok_has(&S->t[k], WF_PREP)) &&
			       !tok_has(&S->t[k], WF_LOC))
				k++;
			f = k;
		}
	}
	while (f > 0 && a->pos - f < 6) {
		const coder_tok *x = &S->t[f - 1];
		if (!sent_live(S, f - 1) || x->cls != C_WORD)
			break;
		/* a capitalised word only when it opens no clause or phrase: "As Pyongyang
		 * appears ...", "If North Korea conducts ..." begin with the subject */
		if (!(x->type == TY_DET || x->type == TY_ADJ || x->type == TY_NOUN ||
		      x->type == TY_LIT || x->type == TY_AGENT ||
		      (x->type == TY_NULL && x->cap && !tok_has(x, WF_CLAUSE | WF_PREP))))
			break;
		f--;
	}
	/* shpossname164: back over the possessive country that only places the person
	 * ("arrested [Uganda's] Bobi Wine", "met [Sudan's veteran army chief] ... al-Burhan") */
	if (!syntax_on(S) && a >= S->a && a < S->a + S->na)
		for (int k = a->pos - 1; k >= 0 && k < f && a->pos - k <= 6; k--)
			if (S->t[k].type == TY_ACTOR && S->t[k].actor >= 0 &&
			    news_possessed_person(S, S->t[k].actor) == (int)(a - S->a)) {
				f = k;
				break;
			}
	f = side_people_before(S, f, verb >= 0 && a->pos > vend ? vend : -1);
	if (verb >= 0 && a->end < verb) {
		/* a subject: the words up to the verb ("Taliban attackers stormed"), and back over
		 * a locative phrase to its head ("the police in the Gaza Strip") */
		int k = a->end + 1;
		while (k < verb && sent_live(S, k) && !np_stop(&S->t[k], 1) && k - a->end < 6 &&
		       !phrase_verb(S, k))
			k++;
		int e2 = k - 1;
		while (e2 > a->end && (adverbish(&S->t[e2]) || actors_subject_adverb(&S->t[e2])))
			e2--;   /* advclause123: "Ethiopia [later] accused" */
		if (k == verb || (k < verb && adverbish(&S->t[k])))
			t = e2;
		int j = a->pos - 1;
		/* shspan153: not back over a lower-case verb of speech or report ("Witnesses
		 * reported Israeli security forces fired"): the reported clause's subject
		 * starts after it; shneed171: so does the side a verb of wanting asks a deed of
		 * ("Pakistan expects [the Afghan government] to deny") */
		while (j >= 0 && sent_live(S, j) && a->pos - j < 10 &&
		       (!np_stop(&S->t[j], 1) || tok_has(&S->t[j], WF_LOC)) &&
		       (S->t[j].cap || (!tok_in(&S->t[j], SPEECH_WORDS) &&
					!tok_in(&S->t[j], REPORT_WORDS) &&
					!tok_in(&S->t[j], WANT_WORDS))))
			j--;
		if (j + 1 < a->pos && !tok_has(&S->t[j + 1], WF_LOC))
			f = j + 1;
	}
	/* "Austria's immigration authorities": the possessed phrase is the actor */
	const coder_tok *last = &S->t[a->end];
	if (last->n > 2 && !memcmp(last->s + last->n - 2, "'S", 2)) {
		while (t + 1 < S->nt && t - a->end < 5 && sent_live(S, t + 1) &&
		       S->t[t + 1].cls == C_WORD && !np_stop(&S->t[t + 1], 0) &&
		       S->t[t + 1].type != TY_ACTOR && !verb_adverb(S, t + 1, verb))
			t++;
		/* accused113: the phrase ends on no preposition ("accused Uganda's army of
		 * shelling": the charge's "of" is no word of the possessed phrase) */
		while (t > a->end && (tok_has(&S->t[t], WF_PREP) || tok_is(&S->t[t], "OF")))
			t--;
	}
	/* span54: a name after an article is a nationality that the noun after it heads ("a
	 * U.S. [proposal]", "a Philippine [vessel]"): the phrase does not end on it */
	if (t == a->end && a->pos > 0 && S->t[a->pos - 1].type == TY_DET && t + 1 < S->nt &&
	    t + 1 != verb && modified_noun(S, t + 1) &&
	    (tok_is(&S->t[a->pos - 1], "A") || tok_is(&S->t[a->pos - 1], "AN") ||
	     news_nationality_form(&S->t[t])))
		t++;
	while (t + 1 < S->nt && t - a->end < 6) {
		const coder_tok *x = &S->t[t + 1];
		if (!sent_live(S, t + 1) || x->cls != C_WORD)
			break;
		if (!(x->type == TY_LIT || x->type == TY_AGENT || x->type == TY_NOUN ||
		      (x->type == TY_NULL && x->cap) || (x->type == TY_ACTOR && x->cap)))
			break;
		t++;
	}
	*from = f;
	*to = t;
}


/* shspanfix123: 1 when token i is a lower-case participle written right after a hyphen, one
 * adjective with the name before it ("Russia-backed", "U.S.-led", "Chinese-funded") */
static int hyphened_participle(const coder_sent *S, int i)
{
	const coder_tok *x = &S->t[i];
	return i >= 1 && x->hyphened && x->cls == C_WORD && !x->cap && sent_live(S, i) &&
	       (tok_ends(x, "ED") || hyphened_irregular_participle(S, i));
}

/* shspan118: --shallow, the last word of the noun a name ending the phrase at t modifies, for
 * the reported text only: lower-case nouns of no verb's form follow the name, up to and with
 * a plural head ("struck Islamic State [targets] in Syria", "Chinese [democracy activists]
 * have accused", "ISIS [group bastion]"); returns t when none follows. Not a word of time
 * ("Iran [last week]"), of a verb (verb: the clause's), a preposition or a conjunction. */
int news_np_head(coder_sent *S, const coder_actor *a, int verb, int f, int t)
{
	static const char *const function[] = { "WHAT", "ONLY", "ALSO", "EVEN", "ITSELF",
						"AGAIN", "TOO", "HERE", "THERE", "EARLIER",
						"ALWAYS", "NEVER", "NOW", "ONCE", NULL };
	/* shspanfix123: a participle hyphened to the name is one adjective with it ("the
	 * Serb-controlled [autonomous republic]", "a Chinese-funded [gas pipeline]") */
	int m = t, e = t;   /* e: the phrase's end when no noun follows ("the Germany") */
	if (t == a->end + 1 && hyphened_participle(S, t))
		t = a->end;
	else
		while (m == a->end && m + 1 < S->nt && m + 1 != verb &&
		       hyphened_participle(S, m + 1))
			m++;
	if (t != a->end || !S->t[t].cap || S->t[t].cls != C_WORD)
		return e;
	/* a name in a place phrase inside the phrase ("a journalist at Kabul") heads nothing */
	for (int j = f; j < a->pos; j++)
		if (tok_has(&S->t[j], WF_PREP | WF_LOC))
			return e;
	int k = m + 1, head = m;
	while (k < S->nt && k != verb && k - m <= 4 && sent_live(S, k)) {
		const coder_tok *x = &S->t[k];
		if (x->cls != C_WORD || x->cap || x->type == TY_CONJ || x->type == TY_AUX ||
		    x->type == TY_PRON || x->type == TY_DET || x->type == TY_VERB ||
		    x->type == TY_BY || x->actor >= 0 || tok_in(x, function) || tok_in(x, past) ||
		    tok_has(x, WF_PREP | WF_CLAUSE | WF_AUX | WF_WHEN) || tok_is(x, "OF") ||
		    adverbish(x) || participle(x) || tok_in(x, time_adverbs) ||
		    !isalpha((unsigned char)x->s[0]) || tok_ends(x, "ABLE") || tok_ends(x, "IBLE"))
			break;
		head = k++;
		if (tok_ends(x, "S") && !tok_ends(x, "SS"))
			break;   /* a plural is the head */
	}
	/* the head is a noun: a plural, or followed by a phrase's end; a word in -s with an
	 * object after it is a verb ("before the UK [leaves] the bloc") */
	const coder_tok *n = k < S->nt ? &S->t[k] : NULL;
	if (head > m && !(tok_ends(&S->t[head], "S") || !n || np_stop(n, 0)))
		return e;
	/* a name that opens its clause with a word in -s after it is its subject ("if Europe
	 * [follows] through", "Beijing [cites] records"): a noun only after a preposition, an
	 * article or a verb ("on Daesh positions"), or after a nationality ("Chinese
	 * activists") */
	const coder_tok *b = f > 0 ? &S->t[f - 1] : NULL;
	if (head == t + 1 && tok_ends(&S->t[head], "S") && !news_nationality_form(&S->t[t]) &&
	    !(b && (tok_has(b, WF_PREP) || tok_is(b, "OF") ||
				   b->type == TY_VERB || b->type == TY_DET)))
		return e;
	if (head > m && n && (n->type == TY_DET || n->type == TY_PRON || n->actor >= 0 ||
			      (n->cls == C_WORD && n->cap) || tok_is(n, "TO")))
		return e;
	return head > m ? head : e;
}

/* shspan118: --shallow, the first word of the phrase opening at f with the count before it,
 * for the reported text only: a number that counts the people f's phrase names and the
 * words that bound it ("deported [more than 16,000] Syrians", "held [around 20,000]
 * civilians", "[at least 165] Venezuelans"); returns f when no count comes before. A year
 * after a preposition ("in 2019 protesters") is no count. */
int news_np_count(coder_sent *S, int f)
{
	static const char *const bound[] = { "AROUND", "ABOUT", "NEARLY", "SOME", "OVER",
					     "ALMOST", "ROUGHLY", "APPROXIMATELY", NULL };
	int j = f - 1;
	if (j < 0 || !sent_live(S, j) || !counted(S, j, f + 1) ||
	    (S->t[f].cap && !tok_ends(&S->t[f], "S")))
		return f;
	if (j > 0 && tok_has(&S->t[j - 1], WF_PREP) && !tok_in(&S->t[j - 1], bound) &&
	    S->t[j].n == 4 && (!strncmp(S->t[j].s, "19", 2) || !strncmp(S->t[j].s, "20", 2)))
		return f;
	if (j > 0 && sent_live(S, j - 1) && tok_in(&S->t[j - 1], bound))
		return j - 1;
	if (j > 1 && sent_live(S, j - 2) && sent_live(S, j - 1) &&
	    ((tok_is(&S->t[j - 1], "THAN") && tok_in(&S->t[j - 2], COMPARE_WORDS)) ||
	     (tok_is(&S->t[j - 1], "LEAST") && tok_is(&S->t[j - 2], "AT"))))
		return j - 2;
	return j;
}

/* shactor118: --shallow, the last word of the phrase ending at t with the words a comma
 * sets beside it, for the reported text only: an apposition closed by a second comma
 * ("ECOWAS[, the Economic Community of West African States,] said"), or an example list
 * after "including" / "such as" that runs to a comma or the sentence's end ("arrested
 * 35 people[, including two women]"); returns t otherwise. f is the phrase's first word;
 * appos 0 takes the list only (a common noun's apposition stays out: "The senator, a
 * fierce critic of Moscow,", golden source59).
 * The stretch holds no verb, clause word, sum, -ing word or quote, and never reaches the
 * event's verb at `verb`; the story's rules may have blanked it, the report still holds it. */
int news_np_tail(coder_sent *S, int f, int t, int verb, int appos)
{
	static const char *const opens[] = { "THE", "A", "AN", NULL };
	int k = t + 1;
	if (k + 2 >= S->nt || S->t[k].cls != C_COMMA || !tok_is(&S->t[k], ","))
		return t;
	const coder_tok *w = &S->t[k + 1];
	int list = tok_is(w, "INCLUDING") ||
		   (tok_is(w, "SUCH") && tok_is(&S->t[k + 2], "AS"));
	if (!list && (!appos || !tok_in(w, opens)))
		return t;
	int j = k + (tok_is(w, "SUCH") ? 3 : 2), last = -1;
	if (list && j < S->nt && S->t[j].cls == C_NUMBER)
		return t;   /* "the appeal, including $22 million": sums, not members */
	/* a list after a phrase with a preposition in or before it belongs to the noun
	 * before the preposition ("minorities in Syria, including the Yazidis") */
	for (int p = f > 0 ? f - 1 : 0; list && p <= t; p++)
		if (tok_has(&S->t[p], WF_PREP))
			return t;
	for (; j < S->nt && j != verb; j++) {
		const coder_tok *x = &S->t[j];
		if (x->cls == C_QUOTE || x->s[0] == '$' || tok_ends(x, "ING"))
			return t;   /* people and bodies, not sums or deeds */
		if (x->cls == C_COMMA) {
			if (tok_is(x, ","))
				last = j - 1;
			break;
		}
		if (x->type == TY_VERB || x->type == TY_AUX || tok_has(x, WF_CLAUSE | WF_AUX))
			return t;
	}
	if (last < 0 && list && j == S->nt)
		last = j - 1;
	/* a closing comma before a bare lower-case word or a conjunction is a list's
	 * ("outlawed FGM, a victory for public health, human rights, and ...", "for human
	 * dignity, an affront to the rule of law, and a waste"): the apposition sums up the
	 * clause */
	const coder_tok *n = !list && last >= 0 && j + 1 < S->nt ? &S->t[j + 1] : NULL;
	if (n && n->type == TY_CONJ)
		return t;
	if (n && n->cls == C_WORD && !n->cap && n->type != TY_VERB && n->type != TY_AUX &&
	    n->type != TY_BY && n->type != TY_PRON && n->type != TY_DET &&
	    !tok_has(n, WF_PREP | WF_CLAUSE | WF_AUX | WF_MODAL | WF_WHEN | WF_SUB | WF_NEG) &&
	    !adverbish(n) && !tok_in(n, past))
		return t;
	if (last < 0 || j == verb || last <= k + 1)
		return t;
	while (last > k && !isalnum((unsigned char)S->t[last].s[0]))
		last--;
	return last > k + 1 ? last : t;
}

/* Copies text without its boilerplate lines into the coder's scratch; returns its length. */
size_t news_drop_boilerplate(khaldun_coder *c, const char *text, size_t len, const char **out)
{
	char *d = arena_alloc(&c->scratch, len + 2);   /* each kept line + ' ', then the NUL */
	size_t n = 0;
	if (!d) {
		*out = text;
		return len;
	}
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t l = nl ? (size_t)(nl - (text + i)) : len - i;
		if (!boilerplate_line(text + i, l, BOILERPLATE_NEWS)) {
			memcpy(d + n, text + i, l);
			n += l;
			d[n++] = ' ';
		}
		i += l + (nl != NULL);
	}
	d[n] = 0;
	*out = d;
	return n;
}

/* speech89: the words that report the answer in a sentence opened by a question put to its
 * speaker ("Asked ..., the minister said ..."), in lower case. */
static const char *const answer_verbs[] = { "said", "says", "told", "tells", "replied",
	"replies", "responded", "responds", "answered", "answers", "declined", "declines",
	"refused", "added", "noted", "insisted", "stressed", "explained", "acknowledged",
	"suggested", NULL };

/* speech89: 1 when the word at p[0..n) is one of list, in any case. */
static int raw_word_in(const char *p, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == n && !strncasecmp(p, list[k], n))
			return 1;
	return 0;
}

/* speech89: the offset past the closing quotes (straight or curly) right after the comma
 * that ends a question frame at t[k] ("... against Dodik,\" Rubio said"), else k. */
static size_t frame_close(const char *t, size_t len, size_t k)
{
	for (;;) {
		if (k < len && t[k] == '"')
			k++;
		else if (k + 2 < len && !memcmp(t + k, "\xE2\x80\x9D", 3))
			k += 3;
		else
			return k;
	}
}

/* speech89: the length of a question frame opening text[0..len) ("Asked by reporters on
 * Monday if Kenya would send troops, the minister said ...", "When asked whether ..., he
 * replied ..."), through the comma that closes it, else 0. The frame is the participle
 * "Asked" (or "When asked") first in the sentence, and it ends at the comma (a closing
 * quote may follow it) after which, within ten words and no other comma, an answer verb
 * reports the speaker's reply. What the frame holds is what the speaker was asked about:
 * no deed done, its names no side of the reply. No answer verb after a comma (the reply a
 * deed: "Asked to respond, Kenya expelled the envoy") and a frame later in the sentence
 * ("Ruto, asked whether ..., said") are left alone. */
static size_t question_frame(const char *t, size_t len)
{
	size_t i = 0;
	while (i < len && (t[i] == ' ' || t[i] == '"'))
		i++;
	int when = len - i > 5 && !strncmp(t + i, "When ", 5);
	if (when)
		i += 5;
	if (!(len - i > 6 && !strncmp(t + i, when ? "asked " : "Asked ", 6)))
		return 0;
	size_t comma = 0;   /* the last comma seen, 0 before the first */
	int words = 0;      /* words since it */
	for (size_t j = i + 6; j < len;) {
		if (t[j] == ',') {
			comma = j + 1;
			words = 0;
			j++;
			continue;
		}
		if (!isalpha((unsigned char)t[j])) {
			j++;
			continue;
		}
		size_t e = j;
		while (e < len && (isalpha((unsigned char)t[e]) || t[e] == '\''))
			e++;
		if (comma && words <= 10 && raw_word_in(t + j, e - j, answer_verbs))
			return frame_close(t, len, comma);
		words++;
		j = e;
	}
	return 0;
}

/* speech89: copies text into the coder's scratch with a question frame opening it
 * (question_frame) blanked, so the words after it keep their offsets; returns text itself
 * when it opens with none. */
const char *news_blank_question_frame(khaldun_coder *c, const char *text, size_t len)
{
	size_t k = question_frame(text, len);
	if (!k)
		return text;
	char *d = arena_alloc(&c->scratch, len + 1);
	if (!d)
		return text;
	memcpy(d, text, len);
	d[len] = 0;
	memset(d, ' ', k);
	return d;
}



/* ---------------------------------------------------------------- places in the US */

/* The number of tokens of the US state named at token i (its last word may end in "'S"),
 * or 0. Called for every comma and every actor: a state is looked at only when token i is
 * a capitalised word of three bytes or more beginning with the state's first letter. */
static int us_state_at(const coder_sent *S, int i)
{
	static const char *const states[] = {
		"ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "CALIFORNIA", "COLORADO",
		"CONNECTICUT", "DELAWARE", "FLORIDA", "GEORGIA", "HAWAII", "IDAHO", "ILLINOIS",
		"INDIANA", "IOWA", "KANSAS", "KENTUCKY", "LOUISIANA", "MAINE", "MARYLAND",
		"MASSACHUSETTS", "MICHIGAN", "MINNESOTA", "MISSISSIPPI", "MISSOURI", "MONTANA",
		"NEBRASKA", "NEVADA", "NEW HAMPSHIRE", "NEW JERSEY", "NEW MEXICO", "NEW YORK",
		"NORTH CAROLINA", "NORTH DAKOTA", "OHIO", "OKLAHOMA", "OREGON", "PENNSYLVANIA",
		"RHODE ISLAND", "SOUTH CAROLINA", "SOUTH DAKOTA", "TENNESSEE", "TEXAS", "UTAH",
		"VERMONT", "VIRGINIA", "WASHINGTON", "WEST VIRGINIA", "WISCONSIN", "WYOMING",
		NULL };
	if (i >= S->nt || S->t[i].cls != C_WORD || !S->t[i].cap || S->t[i].n < 3)
		return 0;   /* every state's first word is at least three letters ("NEW") */
	/* the list is in alphabetical order: the states of the token's first letter are found
	 * by a binary search, not by passing over those before them */
	const char f = S->t[i].s[0];
	int k = 0, hi = (int)(sizeof states / sizeof states[0]) - 1;
	while (k < hi) {
		int mid = (k + hi) / 2;
		if (states[mid][0] < f)
			k = mid + 1;
		else
			hi = mid;
	}
	for (; states[k] && states[k][0] == f; k++) {
		const char *p = states[k];
		int j = i;
		for (; *p && j < S->nt; j++) {
			const coder_tok *t = &S->t[j];
			size_t l = 0, n = (size_t)t->n;
			while (p[l] && p[l] != ' ')
				l++;
			if (t->cls != C_WORD || !t->cap)
				break;
			if (!p[l] && n == l + 2 && !memcmp(t->s + l, "'S", 2))
				n = l;   /* "Georgia's" */
			if (n != l || memcmp(t->s, p, l))
				break;
			p += l + (p[l] == ' ');
		}
		if (!*p)
			return j - i;
	}
	return 0;
}

/* The actor whose phrase ends at token i, or -1. */
static coder_actor *actor_ending(coder_sent *S, int i)
{
	if (i < 0)
		return NULL;
	int h = S->t[i].head >= 0 ? S->t[i].head : i;
	int k = S->t[h].type == TY_ACTOR ? S->t[h].actor : -1;
	return k >= 0 && S->a[k].end == i ? &S->a[k] : NULL;
}

/* Gives actor a the country cc in place of its own: with its sector (a title of the
 * state's: "Georgia Governor" USAGOV) or without (a place: "Paris, Texas" USA, not FRAGOV). */
static void move_to(coder_sent *S, coder_actor *a, const char *cc, int sector)
{
	if (!a || a->ncodes != 1)
		return;
	char own[4];
	const char *rest = actor_split(a->codes[0], own);
	if (!own[0] || !strcmp(own, cc))
		return;
	char *c = arena_alloc(&S->c->scratch, 4 + (sector ? strlen(rest) : 0));
	if (!c)
		return;
	sprintf(c, "%s%s", cc, sector ? rest : "");
	actors_set_code(S, a, c);   /* out of memory: a keeps its code */
}

/* 1 when actor a's code has a sector after its country (a capital's government: FRAGOV). */
static int has_sector(const coder_actor *a)
{
	char cc[4];
	return a && a->ncodes == 1 && *actor_split(a->codes[0], cc) && cc[0];
}

/* News: a place followed by ", <US state>" is in the US ("Paris, Texas": USA, not FRAGOV;
 * "Atlanta, Georgia": USA, not GEO), unless the place is of the country the state's name
 * also names ("Tbilisi, Georgia") or the words are a list ("France, Georgia and Armenia",
 * "Paris, London, New York"). The name of a US state that is also a country's, before a
 * title of a US state ("Georgia Governor Brian Kemp", "Georgia's secretary of state", "a
 * Georgia Republican"), is the state: USA with the title's sector. */
void news_us_places(coder_sent *S)
{
	static const char *const title[] = { "GOVERNOR", "GOV", "LT", "LIEUTENANT", "SENATOR",
		"SEN", "SENATE", "REP", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN",
		"REPUBLICAN", "REPUBLICANS", "DEMOCRAT", "DEMOCRATS", "DEMOCRATIC", "LEGISLATURE",
		"STATE", "SECRETARY", "ATTORNEY", NULL };
	for (int i = 1; i + 1 < S->nt; i++) {
		int n = S->t[i].cls == C_COMMA ? us_state_at(S, i + 1) : 0;
		if (!n)
			continue;
		int after = i + 1 + n;
		if (after < S->nt &&
		    (S->t[after].type == TY_CONJ ||
		     (S->t[after].cls == C_COMMA && sent_actor_at(S, after + 1) >= 0)))
			continue;   /* a list: "France, Georgia and Armenia" */
		coder_actor *p = actor_ending(S, i - 1);
		coder_actor *st = actor_ending(S, after - 1);
		char pc[4] = "", sc[4] = "";
		if (p)
			actor_split(p->codes[0], pc);
		if (st)
			actor_split(st->codes[0], sc);
		if (p ? !has_sector(p) || !strcmp(pc, sc) : !news_unknown_name_word(S, i - 1))
			continue;
		int from = p ? p->pos : i - 1;
		if (from > 0 && S->t[from - 1].cls == C_COMMA)
			continue;   /* a list of places: "in Paris, London, New York" */
		move_to(S, p, "USA", 0);
		move_to(S, st, "USA", 0);
	}
	for (int k = 0; k < S->na; k++) {
		coder_actor *a = &S->a[k];
		int e = a->end + 1;
		if (!a->pron_kind && e < S->nt && us_state_at(S, a->pos) == e - a->pos &&
		    tok_in(&S->t[e], title))
			move_to(S, a, "USA", 1);
	}
}
