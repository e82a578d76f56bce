/*
 * ctxfall.c - story context (context.c), last resort: an event side left unknown (---) whose
 * words name a person or a group the dictionaries cannot place ("authorities arrested
 * Zamora", "threatened by unnamed individuals", "they arrested ...") takes the bare code of
 * the story's country (the one its actors named at least twice and twice as often as any
 * other), when the sentence names no other country. Runs after the rules that know better
 * (people named before, bare institutions, the story's international body); not for a
 * person as source in a story that named an international body or a non-governmental
 * organisation.
 * Invariant: changes only --- sides, only inside a story, and notes each in event.context.
 */
#include "coder/syntree.h"
#include "coder/syntax.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Words that make a phrase a person or group: a subject pronoun for a source, an object
 * pronoun for a target (the first word; a target "he" is a clause's subject: "Trump said he
 * would ..."), and the last word of a phrase's head ("unnamed individuals", "the group"). */
static const char *const subject_pron[] = { "he", "she", "they", NULL };
static const char *const object_pron[] = { "him", "her", "them", NULL };
static const char *const people[] = { "individual", "individuals", "person", "persons",
	"man", "men", "woman", "women", "group", "groups", "gang", "gangs", "assailant",
	"assailants", "attacker", "attackers", "kidnapper", "kidnappers", "captors", "suspect",
	"suspects", NULL };
/* kinmend175: the kin nouns, one list for kin128 ("her daughter", "his family": a private
 * person of the owner's people), spanppl171 (a people head) and namejr173 ("Putin's son": not
 * the leader): the union of kin128's words and namejr173's. The collective and modifier-like
 * words ("family", "children", "relative") stay in for namejr173 too: "Putin's family" is
 * still his relatives, and where one modifies a noun ("Putin's family business", "the UN's
 * children agency") the dictionaries' noun or a code with no country part decides the
 * phrase's code, as before. */
static const char *const kin[] = { "son", "sons", "daughter", "daughters", "child", "children",
	"wife", "husband", "spouse", "mother", "father", "parents", "brother", "brothers",
	"sister", "sisters", "family", "families", "relative", "relatives", "widow", "grandson",
	"granddaughter", "stepson", "stepdaughter", "nephew", "nephews", "niece", "nieces",
	"cousin", "cousins", "uncle", "aunt", "son-in-law", "daughter-in-law", "brother-in-law",
	"sister-in-law", NULL };
/* the possessive pronouns of a person or people who own a kin noun */
static const char *const kin_owner[] = { "his", "her", "their", NULL };

/* The length of the phrase's head: up to a comma, a parenthesis or " of ". */
static size_t head_len(const char *text)
{
	size_t n = strcspn(text, ",(");
	const char *of = strstr(text, " of ");
	if (of && (size_t)(of - text) < n)
		n = (size_t)(of - text);
	while (n && text[n - 1] == ' ')
		n--;
	return n;
}

static int word_in(const char *w, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == n && !strncasecmp(w, list[k], n))
			return 1;
	return 0;
}

/* kinmend175: 1 when the word w (n bytes, any case) is a kin noun ("daughter", "SON-IN-LAW") */
int context_kin_noun(const char *w, size_t n)
{
	return word_in(w, n, kin);
}

/* spanppl171: 1 when the word w (n bytes, any case) names people: a group word or a kin noun
 * ("[humanitarian] groups", "her daughter"), as the person phrases above read their head */
int context_people_noun(const char *w, size_t n)
{
	return word_in(w, n, people) || context_kin_noun(w, n);
}

/* The parse's words [*a, *b] of text[0, n) (its first place in the sentence); 0: not found. */
static int words_of(coder_sent *S, const struct syntax_parse *P, const char *text, size_t n,
		    int *a, int *b)
{
	int from = sent_text_offset(S, text);
	if (from >= 0 && strncmp(S->c->sentence.p + from, text, n))
		from = -1;   /* not the sentence's words */
	if (from < 0) {   /* a phrase made elsewhere: its head's first occurrence */
		const char *sent = S->c->sentence.p, *at;
		char *t = arena_alloc(&S->c->scratch, n + 1);
		if (!sent || !t)
			return 0;
		memcpy(t, text, n);
		t[n] = 0;
		if (!(at = strstr(sent, t)))
			return 0;
		from = (int)(at - sent);
	}
	int to = from + (int)n;
	*a = *b = -1;
	for (int i = 0; i < P->nw; i++)
		if (P->wstart[i] >= from && P->wstart[i] < to) {
			*a = *a < 0 ? i : *a;
			*b = i;
		}
	return *a >= 0;
}

/* 1 when the words [a, b] are a person's name the dictionaries do not know: one to four
 * proper nouns (the tagger's PROPN; not an acronym), no dictionary actor among them, not a place
 * phrase ("in Jeddah"). */
static int unknown_name(coder_sent *S, const struct syntax_parse *P, int a, int b)
{
	if (b - a > 3)
		return 0;
	for (int i = a; i <= b; i++) {
		int lower = 0;   /* an acronym ("VOA") names a body, not a person */
		for (size_t k = 0; k < P->w[i].len; k++)
			lower |= islower((unsigned char)P->w[i].form[k]) != 0;
		if (!lower || !syn_upos_is(&P->w[i], "PROPN"))
			return 0;
	}
	for (int k = 0; k < S->na; k++) {
		const coder_actor *x = &S->a[k];
		int w = x->pos >= 0 && x->pos < S->nt ? P->tok2w[x->pos] : -1;
		if (x->ent && !x->pron_kind && w >= a && w <= b)
			return 0;
	}
	int h = syn_words_head(P, a, b);
	return h >= 0 && !syn_locative(P, h);
}

/* What the phrase of a side is: "pronoun", "name", "group", "relative" (kin128: "her
 * daughter", "his family"), or NULL (not a person). */
const char *context_person_phrase(coder_sent *S, const char *text, int target)
{
	if (!text || !*text)
		return NULL;
	size_t n = head_len(text), first = strcspn(text, " ");
	if (first > n)
		first = n;
	size_t last = n;
	while (last && text[last - 1] != ' ')
		last--;
	/* kin128: a kin noun a pronoun owns ("her daughter", "his family", "their children"),
	 * before "her" is taken for the object pronoun */
	if (last && word_in(text, first, kin_owner) &&
	    context_kin_noun(text + last, n - last))
		return "relative";
	if (word_in(text, first, target ? object_pron : subject_pron))
		return "pronoun";
	/* a group word with a determiner or modifier ("unnamed individuals", "the group"),
	 * not a bare plural ("groups calling for their release": anyone's) */
	if (last && word_in(text + last, n - last, people))
		return "group";
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	int a, b;
	if (P && words_of(S, P, text, n, &a, &b) && unknown_name(S, P, a, b))
		return "name";
	return NULL;
}

/* What is done to a person by the state or force of where it happens: "X's arrest", "X's
 * lengthy trial", "X's killing". */
static const char *const undergone[] = { "arrest", "detention", "jailing", "imprisonment",
	"trial", "conviction", "sentencing", "prosecution", "release", "killing", "murder",
	"assassination", "abduction", "kidnapping", "deportation", "extradition", "expulsion",
	"execution", "disappearance", "torture", "ouster", NULL };

/* story38: "name" when a target phrase opens with the possessive of a name the dictionaries
 * do not know and its head is what was done to that person ("condemned Mhlanga's arrest":
 * the journalist is of the story's country, as "arrested Mhlanga" is, coerced_at_home),
 * else NULL. Not "Ford's comments" (a foreign leader's words are no deed done to him at
 * home), nor a source ("Jimmy Lai's legal team" is not Lai). */
static const char *possessor_phrase(coder_sent *S, const char *text)
{
	size_t n = context_possessor(text);
	if (!n)
		return NULL;
	size_t end = head_len(text), k = n;
	int done = 0;
	while (k < end && text[k] != ' ')
		k++;   /* past the possessive */
	while (k < end && !done) {   /* then each word of the head */
		while (k < end && text[k] == ' ')
			k++;
		size_t w = k;
		while (k < end && text[k] != ' ')
			k++;
		done = k > w && word_in(text + w, k - w, undergone);
	}
	struct syntax_parse *P = done && syntax_on(S) ? syn_get_parse(S) : NULL;
	int a, b;
	return P && words_of(S, P, text, n, &a, &b) && unknown_name(S, P, a, b) ? "name" : NULL;
}

/* 1 when a source of this kind may be staff of a body the story named before, an
 * international body or a non-governmental organisation: a person the story cannot place
 * who makes a statement (01x: "He later told reporters" after "Lockyear said", of MSF;
 * "Eguiluz told VOA") is not of the story's country just because the story is about it; a
 * group ("unnamed individuals") still is, and so is a target ("accused him": the one the
 * story is about) and a person who acts ("Mujahid dismissed the U.N. findings"), and so is
 * a relative ("His family said he was taken": kin128). */
static int maybe_staff(const coder_context *x, const char *kind)
{
	return kind && strcmp(kind, "group") && strcmp(kind, "relative") &&
	       (x->nbody[CTX_IGO] || x->nbody[CTX_NGO]);
}

/* ctx106: 1 when a source of this kind is a bare "they" that does a deed other than a
 * statement ("They shot and killed people on the train.", "they may impose trade sanctions
 * on Somalia"): a plural pronoun no earlier subject resolved names a group the sentence does
 * not describe, the story's attackers or its foreign partners as often as its own people, as
 * a bare plural ("groups") is anyone's. A "they" who says or tells (01x) still takes the
 * story's country, and so does "he" or "she", one person. */
static int plural_doer(const char *kind, const char *text, const char *code)
{
	if (!kind || strcmp(kind, "pronoun") || code_root(code) == 1)
		return 0;
	size_t first = strcspn(text, " ");
	return first == 4 && !strncasecmp(text, "they", 4);
}

/* kin128: "relative" when a target the parse gives its words only later (sent_widen:
 * "refused to enroll her daughter, ...") is a kin noun a pronoun owns, else NULL; those words
 * become the target's, as the note names them. */
static const char *late_relative(coder_sent *S, khaldun_event *e)
{
	const char *words = context_target_words(S, e);
	const char *kind = words ? context_person_phrase(S, words, 1) : NULL;
	if (!kind || strcmp(kind, "relative"))
		return NULL;
	e->target_text = words;
	return kind;
}

/* kin128: the code a person of this kind takes from the story's country code: a relative
 * ("his brother" in a Zimbabwean story) is one of its private people, ZWECVL, as "his family"
 * is by the dictionaries; any other kind the bare country. */
static const char *kin_code(coder_sent *S, const char *code, const char *kind)
{
	if (strcmp(kind, "relative"))
		return code;
	char cvl[8];
	snprintf(cvl, sizeof cvl, "%.3sCVL", code);
	const char *out = arena_strdup(&S->c->scratch, cvl);
	return out ? out : code;
}

void context_fallback(coder_sent *S)
{
	khaldun_coder *c = S->c;
	int times = 0;
	const char *cc = context_story_country(&c->ctx, &times);
	if (!cc || context_names_other(S, cc))
		return;
	const char *code = arena_strdup(&c->scratch, cc);
	if (!code)
		return;
	S->guess = code;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		const char *ks = strcmp(e->source, "---") ? NULL :
				 context_person_phrase(S, e->source_text, 0);
		const char *kt = strcmp(e->target, "---") ? NULL :
				 context_person_phrase(S, e->target_text, 1);
		if (!kt && !strcmp(e->target, "---"))
			kt = possessor_phrase(S, e->target_text);
		if (!kt && !strcmp(e->target, "---") && !e->target_text)
			kt = late_relative(S, e);
		if (!ks && !strcmp(e->source, "---") && !syntax_on(S) &&
		    context_full_name(e->source_text))
			ks = "name";   /* speakers135: --shallow has no tagger for unknown_name */
		if (!ks && !strcmp(e->source, "---") && !syntax_on(S) &&
		    context_unnamed_surname(S, e->source_text))
			ks = "name";   /* shname137: "Mbewe" after "Feniya Mbewe" */
		if (maybe_staff(&c->ctx, ks) && code_root(e->code) == 1)
			ks = NULL;
		if (plural_doer(ks, e->source_text, e->code))
			ks = NULL;
		const char *kind = ks ? ks : kt;
		if (!kind || (e->source_text && e->target_text &&
			      !strcmp(e->source_text, e->target_text)))
			continue;   /* one phrase as both sides: the shallow rules' echo */
		char why[160], named[80];
		context_story_why(&c->ctx, cc, times, named, sizeof named);
		snprintf(why, sizeof why, "story country %s for an unplaced %s %s", cc,
			 ks && kt && strcmp(ks, kt) ? "person or group" : kind, named);
		context_set_sides(S, e, ks ? kin_code(S, code, ks) : NULL,
				  kt ? kin_code(S, code, kt) : NULL, why);
	}
}

/* 1 when code is a country's code for the bare role ("ZWEMED" for "~MED"): three capitals
 * and then the role's letters. */
static int role_with_country(const char *code, const char *bare)
{
	const char *role = bare + 1;
	if (strlen(code) != 3 + strlen(role) || strcmp(code + 3, role))
		return 0;
	for (int k = 0; k < 3; k++)
		if (!isupper((unsigned char)code[k]))
			return 0;
	return 1;
}

/* 1 when the phrases a and b are one phrase as two events saw it: equal, or one the other's
 * last words ("local media rights groups" of "international and local media rights groups",
 * the default path's span of one conjunct before it is widened). */
static int same_phrase(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na < nb) {
		const char *t = a;
		a = b;
		b = t;
		na = strlen(a);
		nb = strlen(b);
	}
	return nb && !strcmp(a + na - nb, b) && (na == nb || a[na - nb - 1] == ' ');
}

/* coref77: twin events from one subject phrase ("media rights groups have condemned ... and
 * urged the Zimbabwean government ...", "The president declared ... and ordered ...") are one
 * side, so a source left a bare role ("~MED") takes the country another event of the same
 * source phrase found for that role ("ZWEMED"), when all such twins agree on it. Not for a
 * phrase naming several sides ("Pakistan and China": their codes differ by country, none is
 * bare), nor a --- source (what the phrase is, is not known). */
void context_twin_sources(coder_sent *S)
{
	khaldun_coder *c = S->c;
	for (size_t i = 0; i < c->nevents; i++) {
		khaldun_event *e = &c->events[i];
		if (e->source[0] != '~' || !e->source[1] || !e->source_text)
			continue;
		const char *twin = NULL;
		int clash = 0;
		for (size_t j = 0; j < c->nevents && !clash; j++) {
			const khaldun_event *o = &c->events[j];
			if (j == i || !o->source_text ||
			    !same_phrase(o->source_text, e->source_text) ||
			    !role_with_country(o->source, e->source))
				continue;
			clash = twin && strcmp(twin, o->source);
			twin = o->source;
		}
		if (!twin || clash)
			continue;
		char why[96];
		snprintf(why, sizeof why, "%s, as another event of the same source phrase", twin);
		context_set_sides(S, e, twin, NULL, why);
	}
}
