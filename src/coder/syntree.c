/*
 * syntree.c - the sentence's dependency parse as the syntax-aware coder queries it: parsed
 * once per sentence (src/parse, re-tokenised on the coder's normalised text and aligned to the
 * coder's tokens by byte offsets), then relations, children and the role of an actor's phrase
 * towards a verb. Invariant: the model is read-only and shared; a parse is changed only once,
 * right after parsing, where a rule below repairs a known misreading (titles, relative clauses,
 * finite conjuncts hung on an infinitive), or parsed once more where the tagger read a
 * sentence's first name as a verb ("Beijing cites").
 */
#include "coder/syntree.h"
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>

/* Byte c with A-Z folded to a-z and nothing else changed (the C locale's tolower): "Said"
 * and "said" compare equal, "é"'s bytes stay as they are. */
static inline unsigned ascii_lower(unsigned c)
{
	return c - 'A' < 26u ? c + ('a' - 'A') : c;
}

/* syn_word_is (syntree.h) compares the first bytes before the call (most asks end there):
 * bytes equal but for case are equal with the 0x20 bit set, so a word that test turns away
 * is not s. */
int syn_word_is_rest(const khaldun_parse_token *w, const char *s)
{
	/* speed128: one walk of both strings, ASCII case folded as strncasecmp's in the C locale
	 * (the program sets none), instead of strlen and then strncasecmp */
	size_t i = 0;
	for (; i < w->len && s[i]; i++)
		if (ascii_lower((unsigned char)w->form[i]) != ascii_lower((unsigned char)s[i]))
			return 0;
	return i == w->len && !s[i];
}

int syn_word_in_walk(const khaldun_parse_token *w, const char *const *words)
{
	if (!w->len) {   /* no first byte to compare */
		for (int k = 0; words[k]; k++)
			if (syn_word_is(w, words[k]))
				return 1;
		return 0;
	}
	/* syn_word_is's first test with the word's first byte read once, not once a word of the
	 * list (lists of 20-40 words, asked a few hundred thousand times a corpus) */
	unsigned c = (unsigned char)w->form[0] | 0x20;
	/* and the second byte (speed123): a one-byte word matches only a listed word whose
	 * second byte is its end, NUL, which is 0x20 with the bit set; a listed word that
	 * passes both is compared whole */
	unsigned c1 = w->len > 1 ? (unsigned char)w->form[1] | 0x20 : 0x20;
	struct tok_span sp = tok_list_span(words, c, c1);
	for (int k = sp.from; k < sp.to && words[k]; k++)
		if (((unsigned char)words[k][0] | 0x20) == c &&
		    ((unsigned char)words[k][1] | 0x20) == c1 && syn_word_is(w, words[k]))
			return 1;
	return 0;
}

/* Bytes equal but for case have the same low five bits once 0x20 is set: a word whose bit is
 * not in the mask is none of the words. */
static unsigned first_bit(unsigned char c)
{
	return 1u << ((c | 0x20) & 31);
}

uint32_t syn_first_letters(const char *const *words)
{
	uint32_t m = 0;
	for (int k = 0; words[k]; k++)
		m |= first_bit((unsigned char)words[k][0]);
	return m;
}

int syn_word_may(const khaldun_parse_token *w, uint32_t letters)
{
	return !w->len || (letters & first_bit((unsigned char)w->form[0]));
}

int syn_rel_base_rest(const char *d, const char *r)
{
	/* speed128: one walk while the bytes agree, instead of strlen and then strncmp */
	size_t n = 1;
	while (r[n] && d[n] == r[n])
		n++;
	return !r[n] && (d[n] == 0 || d[n] == ':');
}

/* rehang152: word n becomes verb v's subject, nsubj:pass when v reads as passive ("the
 * convoy ... was attacked"), else nsubj. The head is set before the relation is chosen, as
 * each repair did before this helper: syn_passive_verb then counts n among v's children, so a
 * subject already labelled nsubj:pass keeps v passive (syn_rehang would choose first). */
static void hang_subject(struct syntax_parse *P, int n, int v)
{
	P->w[n].head = (size_t)(v + 1);
	P->w[n].deprel = syn_passive_verb(P, v) ? "nsubj:pass" : "nsubj";
}

/* rehang152: the words from word from on that hang on word a hang on word b instead, all
 * but word skip (-1: none): the dependents a repair's moved word leaves to the word that
 * takes its place ("Iran and the powers held talks": what hung on "Iran" after "held" hangs
 * on "held" once "held" is the root). Their relations stay. */
static void move_dependents(struct syntax_parse *P, int from, int a, int b, int skip)
{
	for (int i = from; i < P->nw; i++)
		if ((int)P->w[i].head == a + 1 && i != skip)
			P->w[i].head = (size_t)(b + 1);
}

/* The relations that join the words of one name or title ("Secretary of State Marco Rubio":
 * flat, compound, appos): syntree.c's weekday repairs, syntax.c recalled_deed. */
const char *const NAME_RELS[] = { "flat", "compound", "appos", NULL };

int syn_rel_base_in(const khaldun_parse_token *w, const char *const *rels)
{
	const char *d = w->deprel;
	if (!d)
		return 0;
	/* speed173: a listed relation whose first byte is the relation's is walked beside it up
	 * to the end of its universal part (the bytes before any ':'), as syn_rel_base walks,
	 * instead of that part's length counted first and then a strncmp a candidate */
	for (int k = 0; rels[k]; k++) {
		const char *r = rels[k];
		if (r[0] != d[0])
			continue;
		size_t n = 0;
		while (r[n] && r[n] == d[n] && d[n] != ':')
			n++;
		if (!r[n] && (!d[n] || d[n] == ':'))
			return 1;
	}
	return 0;
}

/* UD's nmod:desc ("Ambassador" in "South Korean Ambassador Joonkook Hwang", "President" in
 * "President Lai") is a title inside the name's phrase, as the older compound was: the
 * coder's rules (roles, spans, same phrase) read it as a compound. */
static void titles_as_compounds(struct syntax_parse *P)
{
	for (int i = 0; i < P->nw; i++)
		if (syn_rel_is(&P->w[i], "nmod:desc"))
			P->w[i].deprel = "compound";
}

/* digitname132: a name that mixes digits and capitals ("3R", "G7", "M23") has a shape the
 * tagger's features cannot read as a name, so it tags it PRON, NUM, SYM, CCONJ, DET or INTJ
 * ("military sources said 3R rebels attacked villages": "3R" the pronoun object of "said").
 * Before a noun it is a name modifying that noun: PROPN (and compound, where it hung as a
 * function word on that noun), so the clause and phrase repairs read it as a name. */
static void digit_names(struct syntax_parse *P)
{
	static const char *const tags[] = { "PRON", "NUM", "SYM", "CCONJ", "DET", "INTJ", NULL };
	for (int i = 0; i + 1 < P->nw; i++) {
		khaldun_parse_token *W = &P->w[i], *N = &P->w[i + 1];
		int digit = 0, capital = 0, other = 0;
		for (size_t k = 0; k < W->len && !other; k++) {
			unsigned char c = (unsigned char)W->form[k];
			digit |= c >= '0' && c <= '9';
			capital |= c >= 'A' && c <= 'Z';
			other |= !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && c != '-';
		}
		/* speed168: the word's shape (most words have a lower-case letter) before the six
		 * tag compares, which were made for every word */
		if (!digit || !capital || other)
			continue;
		int t = -1;
		for (int k = 0; tags[k] && W->upos; k++)
			if (!strcmp(W->upos, tags[k]))
				t = k;
		if (t < 0 || !N->upos ||
		    (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")))
			continue;
		W->upos = "PROPN";
		if ((int)W->head == i + 2 && (syn_rel_is(W, "cc") || syn_rel_is(W, "det") ||
					      syn_rel_is(W, "discourse") || syn_rel_is(W, "punct")))
			W->deprel = "compound";
	}
}

/* 1 for a weekday ("Tuesday"): in news a time of the clause, never part of a name. */
static int weekday(const khaldun_parse_token *w)
{
	return syn_word_in(w, WEEKDAYS);
}

/* The verb that word h hangs under (h itself when a verb), else the root word; -1: none. */
static int verb_above(const struct syntax_parse *P, int h)
{
	for (int n = 0; h >= 0 && n < P->nw; n++) {
		if (syn_is_verb(&P->w[h]) || !P->w[h].head)
			return h;
		h = (int)P->w[h].head - 1;
	}
	return -1;
}

/* The name or noun next to weekday d that the parser made its dependent (flat, compound
 * or appos, its phrase touching the day or after the day's comma: "said Sunday Israel
 * will", "in Paris Monday" with Paris a compound of Monday, "Friday, U.S. Secretary of
 * State Marco Rubio met"); -1: none. */
static int name_under_weekday(const struct syntax_parse *P, int d)
{
	int comma = d + 1 < P->nw && P->w[d + 1].len == 1 && P->w[d + 1].form[0] == ',';
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != d + 1 || !syn_rel_base_in(w, NAME_RELS) || !w->upos ||
		    (strcmp(w->upos, "PROPN") && strcmp(w->upos, "NOUN")))
			continue;
		int first = i, last = i;   /* the child's phrase: the words below it */
		for (int k = 0; k < P->nw; k++)
			if (k != d && syn_below(P, k, i) >= 0 && syn_below(P, k, d) >= 0) {
				first = k < first ? k : first;
				last = k > last ? k : last;
			}
		int bare = !syn_upos_is(&P->w[first], "PUNCT");   /* no "(" */
		if (last == d - 1 || (bare && first == d + 1) || (comma && bare && first == d + 2))
			return i;
	}
	return -1;
}

/* srcdef110: 1 when the phrase of c, which hung on weekday d right after it, is the object
 * of the verb above: the day a bare time of that verb (obl:unmarked, obl:tmod, no
 * preposition), so the noun phrase after the day is what the verb takes ("said Wednesday a
 * Kenyan operation rescued ... and killed ...": the phrase, its reduced-relative verbs the
 * reported clause, as without the day; not the day's time relation, which hid the clause). */
static int bare_time_object(const struct syntax_parse *P, int d, int c)
{
	const khaldun_parse_token *w = &P->w[d];
	int v = (int)w->head - 1;
	return c > d && v >= 0 && v < d && syn_is_verb(&P->w[v]) &&
	       (syn_rel_is(w, "obl:unmarked") || syn_rel_is(w, "obl:tmod")) &&
	       syn_case_of(P, d) < 0;
}

/* The name or noun c that the parser hung under time word d takes d's place: d's head, its
 * relation (obj for a bare time object, bare_time_object) and d's dependents on c's side
 * ("On Friday": "On" moves only when c is before d); d is left for the caller to hang as a
 * time ("in Paris Tuesday" -> "Paris" the obl, "Trump last week issued" -> "Trump" nsubj). */
static void name_over_time(struct syntax_parse *P, int d, int c)
{
	khaldun_parse_token *w = &P->w[d];
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == d + 1 && i != c && (i < d) == (c < d) &&
		    (c > d || i < c))   /* parsefix159: "last" between c and d stays on d */
			P->w[i].head = (unsigned)(c + 1);
	/* apart, not syn_rehang: the relation is chosen after c moved, as before
	 * (bare_time_object reads the day's children, c among them until then) */
	P->w[c].head = w->head;
	P->w[c].deprel = bare_time_object(P, d, c) ? "obj" : w->deprel;
}

/* "in Paris Tuesday", "said Sunday Israel will", "renewed his appeal Friday": the parser,
 * which saw few news datelines, makes a weekday part of the name or noun beside it, so the
 * place reads as an actor ("Paris Tuesday" not in a locative phrase) or the day as the
 * subject. The name takes the weekday's place (head, relation, dependents) when it hung
 * under the weekday; the weekday becomes a time of the verb above (obl:tmod). A weekday on
 * its own as a phrase ("on Tuesday", "Tuesday's attack", "met Tuesday") is left. */
static void weekdays_as_times(struct syntax_parse *P)
{
	for (int d = 0; d < P->nw; d++) {
		khaldun_parse_token *w = &P->w[d];
		if (!weekday(w) || !w->head)
			continue;
		int c = name_under_weekday(P, d);
		if (c >= 0)
			name_over_time(P, d, c);
		else if (!syn_rel_base_in(w, NAME_RELS) || syn_case_of(P, d) >= 0)
			continue;
		int v = verb_above(P, (int)(c >= 0 ? P->w[c].head : w->head) - 1);
		if (v < 0)
			continue;
		syn_rehang(w, (unsigned)(v + 1), "obl:tmod");
	}
}

/* parsefix159: 1 when word m, right before time noun d, marks d as a time of the clause
 * ("last" week, "this" month, "next" year, "past" weekend), hanging on d. */
static int time_marker(const struct syntax_parse *P, int m, int d)
{
	static const char *const which[] = { "last", "this", "next", "past", "previous",
		"earlier", NULL };
	return m >= 0 && (int)P->w[m].head == d + 1 && syn_word_in(&P->w[m], which);
}

/* nametime161: "Erdogan this month accused Israel", "Modi this week praised Japan": the tagger
 * may read a name that opens the sentence as a verb (the root), the time phrase its oblique
 * and the real verb its clause (advcl, xcomp), so the source text keeps the time or the name
 * is lost. A capitalised word c tagged VERB, with only punctuation before it, right before
 * time marker and time noun d that hangs on it, with a verb right after d (or an auxiliary
 * and the verb: "Netanyahu next week will visit") that also hangs on c: c is a name (PROPN)
 * and that verb's subject; the verb takes c's place (head, relation, c's other dependents)
 * and the time phrase is its time (obl:tmod). 1 when it repaired. A verb with no second verb
 * after the time ("Expect this week a storm") is left. */
static int opens_sentence(const struct syntax_parse *P, int n);
static int opening_verb_name(struct syntax_parse *P, int c, int d)
{
	khaldun_parse_token *C = &P->w[c];
	if (!syn_upos_is(C, "VERB") || !C->len || !isupper((unsigned char)C->form[0]) ||
	    (int)P->w[d].head != c + 1 || !opens_sentence(P, c) || c + 1 != d - 1)
		return 0;
	int v = d + 1;
	while (v < P->nw && v < d + 3 && syn_upos_is(&P->w[v], "AUX"))
		v++;
	if (v >= P->nw || !syn_upos_is(&P->w[v], "VERB") ||
	    (int)P->w[v].head != c + 1)
		return 0;
	C->upos = "PROPN";
	move_dependents(P, 0, c, v, v);
	syn_rehang(&P->w[v], C->head, C->deprel);
	hang_subject(P, c, v);
	syn_rehang(&P->w[d], (unsigned)(v + 1), "obl:tmod");
	return 1;
}

/* parsefix159: "Trump last week issued tariffs", "the migrants found near London last month":
 * the parser may read a name and the time phrase after it as one noun (the name a compound
 * of "week"), so the time phrase is the verb's subject or the place's noun and the name is
 * lost. A name (PROPN, compound or flat) right before "last", "this", "next", "past" and a
 * time noun (syn_time_word: "week", "month", "year"; weekdays are weekdays_as_times') that
 * hung on that noun takes the noun's place (head, relation, the words before it); the time
 * phrase becomes a time of the verb above (obl:tmod). A name on its own before such a phrase
 * ("Denmark last week announced", the parser right) and a time noun with no marker ("the
 * Vietnam year") are left. */
static void names_before_times(struct syntax_parse *P)
{
	for (int d = 2; d < P->nw; d++) {
		khaldun_parse_token *w = &P->w[d];
		int c = d - 2;
		/* speed168: the marker's head (one compare) before the word lists; all pure */
		if (!w->head || !time_marker(P, d - 1, d) || weekday(w) || !syn_time_word(w))
			continue;
		if (time_marker(P, c, d))   /* "this past week" */
			c--;
		if (c >= 0 && opening_verb_name(P, c, d))
			continue;
		if (c < 0 || (int)P->w[c].head != d + 1 || !syn_rel_base_in(&P->w[c], NAME_RELS) ||
		    syn_rel_is(&P->w[c], "appos") || !syn_upos_is(&P->w[c], "PROPN"))
			continue;
		name_over_time(P, d, c);
		int v = verb_above(P, (int)P->w[c].head - 1);
		if (v >= 0)
			syn_rehang(w, (unsigned)(v + 1), "obl:tmod");
	}
}

/* "killed six rebels on Sunday in eastern Congo", "wounded two officers last week": the
 * parser hangs a time after a verb's object on the object, so the time, and the place the
 * parser hung on the time, read as part of the object (the target "Sunday in eastern
 * Congo"). A time word marked as one (a weekday, "today", "on", "during", "last", "this",
 * "past") there is the verb's time (obl, obl:tmod unmarked); the place on it, the verb's
 * place. Not a name the parser ended with a time ("on the Gaza Strip late Friday evening":
 * the name's compound on the time word). */
static void object_times(struct syntax_parse *P)
{
	static const char *const marks[] = { "on", "during", "over", NULL };
	static const char *const which[] = { "last", "this", "past", "previous", "earlier",
		NULL };
	static const char *const bare[] = { "today", "yesterday", NULL };
	for (int t = 0; t < P->nw; t++) {
		khaldun_parse_token *w = &P->w[t];
		int o = (int)w->head - 1;
		if (o < 0 || o >= t || !syn_time_word(w) || !syn_rel_base(w, "nmod") ||
		    !syn_rel_is(&P->w[o], "obj") || !P->w[o].head)
			continue;
		int c = syn_case_of(P, t);   /* a walk of the sentence: after the word's tests */
		int marked = c >= 0 ? syn_word_in(&P->w[c], marks) ||
			     (syn_word_is(&P->w[c], "in") && syn_child_word(P, t, "amod", which)) :
			     weekday(w) || syn_word_in(w, bare) ||
			     syn_child_word(P, t, "amod", which) ||
			     syn_child_word(P, t, "det", which);
		/* "on the Gaza Strip late Friday evening" */
		for (int i = 0; marked && i < t; i++)
			if ((int)P->w[i].head == t + 1 && (syn_rel_is(&P->w[i], "compound") ||
							   syn_rel_is(&P->w[i], "flat")))
				marked = 0;
		if (!marked)
			continue;
		unsigned v = P->w[o].head;
		syn_rehang(w, v, c >= 0 ? "obl" : "obl:tmod");
		for (int i = t + 1; i < P->nw; i++)
			if ((int)P->w[i].head == t + 1 && syn_rel_base(&P->w[i], "nmod") &&
			    syn_case_of(P, i) >= 0) {
				syn_rehang(&P->w[i], v, "obl");
			}
	}
}

/* 1 when word v of the parse is the first word of its clause after a comma: only its own
 * adverbs and auxiliaries ("also", "has", "had been") stand between the comma and it. */
static int after_comma(const struct syntax_parse *P, int v)
{
	int i = v - 1;
	while (i >= 0 && (int)P->w[i].head == v + 1 &&
	       (syn_rel_is(&P->w[i], "advmod") || syn_rel_base(&P->w[i], "aux")))
		i--;
	return i >= 0 && P->w[i].len == 1 && P->w[i].form[0] == ',';
}

/* The verb the parser hung on relative clause verb v1 that is in truth the main verb of
 * the clause's antecedent: a finite verb after the comma that closes the relative clause,
 * with no subject, marker or conjunction of its own (conj, advcl, parataxis or ccomp of v1:
 * "The government, which believed ..., demanded", "Berisha, who resigned ..., rejected");
 * -1: none. Not a participle ("..., saying"), nor "who resigned ... but remained". */
static int misread_main_verb(const struct syntax_parse *P, int v1)
{
	static const char *const rel[] = { "conj", "advcl", "parataxis", "ccomp", NULL };
	for (int i = v1 + 1; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		int k = 0;
		while (rel[k] && !syn_rel_is(w, rel[k]))
			k++;
		if ((int)w->head != v1 + 1 || !rel[k] || !syn_upos_is(w, "VERB") ||
		    syn_ends_ing(w) || !after_comma(P, i))
			continue;
		if (syn_child_rel(P, i, "nsubj") >= 0 || syn_child_rel(P, i, "csubj") >= 0 ||
		    syn_child_rel(P, i, "mark") >= 0 || syn_child_rel(P, i, "cc") >= 0 ||
		    syn_child_rel(P, i, "expl") >= 0)
			continue;
		return i;
	}
	return -1;
}

/* The antecedent of relative pronoun r (after a comma) whose clause verb is v1, when the
 * parser left it without a verb: a noun or name before the comma that is the root with v1 on
 * it ("The government, which believed ..."), or the subject v1 took as its own when v1 is the
 * root ("China, which has been North Korea's closest ally, expressed ..."); -1: none. */
static int stray_antecedent(const struct syntax_parse *P, int r, int v1)
{
	int n = -1;
	if (P->w[v1].head)
		n = (int)P->w[v1].head - 1;
	else
		for (int i = 0; i < r - 1 && n < 0; i++)
			if ((int)P->w[i].head == v1 + 1 &&
			    (syn_rel_is(&P->w[i], "nsubj") || syn_rel_is(&P->w[i], "dislocated") ||
			     /* clause60: "The minister, who was arrested ...", the noun read as
			      * the passive verb's bare oblique or loose dependent */
			     ((syn_rel_base(&P->w[i], "obl") || syn_rel_is(&P->w[i], "dep")) &&
			      syn_case_of(P, i) < 0)))
				n = i;
	const khaldun_parse_token *N = n >= 0 ? &P->w[n] : NULL;
	if (!N || n >= r || !N->upos || (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")))
		return -1;
	return N->head && (int)N->head != v1 + 1 ? -1 : n;
}

/* clause60: 1 when word r of the parse, right after a comma, is a participle that opens a
 * clause describing the noun before the comma ("The Kenyan president, speaking at the summit,
 * praised ..."): a verb in -ing, the noun's acl or the root, with no subject, auxiliary or
 * marker of its own (so no clause of its own, "..., officials said"). */
static int comma_part_participle(const struct syntax_parse *P, int r)
{
	const khaldun_parse_token *w = &P->w[r];
	int h = (int)w->head - 1, s = syn_child_rel(P, r, "nsubj");
	/* ingaside148: or a conjunct or clause of a root noun before it ("Rebels, carrying
	 * heavy weapons, attacked": conj), and the root participle may have taken that noun
	 * for its subject ("Police, acting on a tip, arrested": nsubj before the comma) */
	int on_root = h >= 0 && h < r && !P->w[h].head && P->w[h].upos &&
		      (!strcmp(P->w[h].upos, "NOUN") || !strcmp(P->w[h].upos, "PROPN")) &&
		      (syn_rel_is(w, "conj") || syn_rel_is(w, "advcl"));
	if (!syn_upos_is(w, "VERB") || !syn_ends_ing(w) ||
	    !(syn_rel_is(w, "acl") || !w->head || on_root) || (w->head && h >= r))
		return 0;
	return (s < 0 || (!w->head && s < r - 1)) && syn_child_rel(P, r, "mark") < 0 &&
	       syn_child_rel(P, r, "aux") < 0 && syn_child_rel(P, r, "nsubj:pass") < 0;
}

/* "NP, who/which ..., VERB ...": the parser often makes the main verb a conjunct or clause
 * of the relative clause's verb (the noun phrase or that verb the root), so the main verb
 * has no subject and a subject inside the relative clause or a later clause is taken ("The
 * government, which believed the vessels were operated by the Chinese military, demanded
 * that Beijing remove them": Beijing demanding). The main verb is made the root, the
 * antecedent its subject, the relative clause the antecedent's again; what hung on the old
 * root outside the relative clause (the full stop, a phrase of time before the noun) hangs
 * on the main verb (actors13). clause60: a participle aside set off the same way ("The
 * Kenyan president, speaking at the summit, praised") is repaired alike, made an acl. */
static void relative_main_verbs(struct syntax_parse *P)
{
	static const char *const relpron[] = { "who", "which", NULL };
	for (int r = 2; r < P->nw; r++) {
		const khaldun_parse_token *c = &P->w[r - 1];
		/* speed168: the comma before r first; comma_part_participle walks the sentence
		 * for r's children, and all three tests are pure, so the order changes no answer */
		if (c->len != 1 || c->form[0] != ',')
			continue;
		int part = comma_part_participle(P, r);
		if ((!part && !syn_word_in(&P->w[r], relpron)) ||
		    (!part && (!P->w[r].head || (int)P->w[r].head - 1 < r)))
			continue;
		int v1 = part ? r : (int)P->w[r].head - 1, n = stray_antecedent(P, r, v1);
		int v2 = n >= 0 ? misread_main_verb(P, v1) : -1;
		if (v2 < 0)
			continue;
		int top = P->w[n].head ? v1 : n, close = v2 - 1;
		while (close > r && !(P->w[close].len == 1 && P->w[close].form[0] == ','))
			close--;
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == top + 1 && i != n && i != v2 &&
			    (i < r - 1 || i > close) &&
			    (top == v1 || i > close))
				P->w[i].head = (size_t)v2 + 1;
		syn_rehang(&P->w[v2], 0, P->w[top].deprel);
		if (top == v1) {
			syn_rehang(&P->w[v1], (size_t)n + 1, part ? "acl" : "acl:relcl");
		}
		hang_subject(P, n, v2);
	}
}

/* 1 when word i of the parse is a comma (0 past either end). */
static int comma_at(const struct syntax_parse *P, int i)
{
	return i >= 0 && i < P->nw && P->w[i].len == 1 && P->w[i].form[0] == ',';
}

/* aside152: 1 when word a of the parse is a conjunct the parser made of the noun after a
 * lead-in's comma ("On Tuesday, insurgents, using rockets, attacked": insurgents a conj of
 * Tuesday): a noun or name right after a comma, with no conjunction of its own, whose head
 * (the lead-in's noun) has no conjunct joined by one ("In Kenya, Uganda and Tanzania,"). */
static int lead_conjunct(const struct syntax_parse *P, int a)
{
	int h = (int)P->w[a].head - 1;
	int f = h + 1;   /* the first word of a's phrase */
	while (f < a && syn_below(P, f, a) < 0)
		f++;
	if (h < 0 || h >= a || !syn_rel_is(&P->w[a], "conj") || !comma_at(P, f - !comma_at(P, f)) ||
	    syn_child_rel(P, a, "cc") >= 0)
		return 0;
	for (int i = h + 1; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], "conj") &&
		    syn_child_rel(P, i, "cc") >= 0)
			return 0;
	return 1;
}

/* aside152: 1 when noun a's phrase ends at word e in a comma aside on it ("rebels, using
 * mortars,", "rebels, armed with rifles,", "the rebels, a group based in the north,"): a
 * comma after a's own words, then words up to e that all hang inside the aside, whose top
 * word hangs on a and is no verb with a subject of its own ("rebels, police said," is a
 * speaker's clause, left as it is) unless a relative clause ("the association, which is
 * under the ministry's supervision,"). */
static int comma_aside(const struct syntax_parse *P, int a, int e)
{
	int o = e;
	while (o > a && !comma_at(P, o))
		o--;
	if (o <= a || o >= e)
		return 0;
	int top = -1;
	for (int i = o + 1; i <= e; i++) {
		int h = (int)P->w[i].head - 1;
		if (h == a && top < 0)
			top = i;
		else if (!(h > o && h <= e) && !comma_at(P, i))
			return 0;
	}
	return top >= 0 && syn_child_rel(P, top, "mark") < 0 &&
	       (syn_rel_is(&P->w[top], "acl:relcl") || syn_child_rel(P, top, "nsubj") < 0);
}

/* parsefix159: 1 when every word of the sentence before word n hangs inside n's phrase or is
 * punctuation (an opening quote): n's phrase opens the sentence. */
static int opens_sentence(const struct syntax_parse *P, int n)
{
	for (int k = 0; k < n; k++)
		if (syn_below(P, k, n) < 0 && (!syn_upos_is(&P->w[k], "PUNCT")))
			return 0;
	return 1;
}

/* nametime161: 1 when verb v's subject x is a name set off by commas right after noun n's
 * phrase and right before v ("The minister's lawyer, Duch Sok, told reporters": the parser
 * made the lawyer a clause of "told" and "Duch Sok" its subject): x a PROPN, a comma right
 * before its phrase and right after it, x after n, and n's phrase a noun phrase with no verb
 * under it ("Programs are feeling the strain, Glenn Jusnes, a spokesperson, told VOA": the
 * reported clause, left). */
static int comma_name(const struct syntax_parse *P, int x, int n, int v)
{
	int first = x, last = x;
	for (int k = 0; k < P->nw; k++)
		if (syn_below(P, k, x) >= 0 && !comma_at(P, k)) {   /* its own commas aside */
			first = k < first ? k : first;
			last = k > last ? k : last;
		}
	for (int k = 0; k < x; k++)   /* n's phrase a noun phrase: no verb of its own */
		if (syn_below(P, k, n) >= 0 && P->w[k].upos && (syn_is_verb(&P->w[k]) ||
								 !strcmp(P->w[k].upos, "AUX")))
			return 0;
	return x > n && syn_upos_is(&P->w[x], "PROPN") &&
	       comma_at(P, first - 1) && comma_at(P, last + 1) && last + 2 == v;
}

/* parsefix159: "A senior party official, Hassan Noor, criticized Ethiopia", "The
 * journalist's lawyer, Duch Piseth, told VOA that ...": the parser may hang the noun phrase
 * that opens the sentence on its verb as a bare oblique (obl, no preposition) or a clause
 * (ccomp, dep), the name after its comma in apposition to the comma, and the verb has no
 * subject (the object was read as the doer, "ETH ---"). A root verb (finite: no -ing) with no
 * subject whose child before it is a noun or name with no preposition, not a time ("Last
 * week, ..."), whose phrase opens the sentence and ends right before the verb (commas, the
 * verb's adverbs and auxiliaries between: "Ankara, however, could be calculating"), gets the
 * noun as its subject; an apposition hung on a comma of the phrase hangs on the noun. Not a
 * noun that heads a clause of its own ("Incirlik was always the conversation stopper," said
 * Ozel: a subject or a copula under it). nametime161: also a verb whose subject is a name set
 * off by commas after the noun (comma_name: "The minister's lawyer, Duch Sok, told"), the
 * noun then a clause too (advcl); the name becomes the noun's apposition. */
static void opening_subjects(struct syntax_parse *P)
{
	static const char *const rels[] = { "obl", "ccomp", "dep", "vocative", "advcl", NULL };
	for (int v = 1; v < P->nw; v++) {
		const khaldun_parse_token *V = &P->w[v];
		if (V->head || !syn_upos_is(V, "VERB") || syn_ends_ing(V) ||
		    syn_child_rel(P, v, "csubj") >= 0 ||
		    syn_child_rel(P, v, "expl") >= 0 || syn_child_rel(P, v, "mark") >= 0)
			continue;
		int n = 0;
		while (n < v && (int)P->w[n].head != v + 1)
			n++;
		const khaldun_parse_token *N = &P->w[n];
		if (n >= v || !N->upos || (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")) ||
		    !syn_rel_base_in(N, rels) || syn_rel_is(N, "obl:tmod") ||
		    syn_rel_is(N, "obl:unmarked") || syn_case_of(P, n) >= 0 || syn_time_word(N) ||
		    syn_child_rel(P, n, "nsubj") >= 0 || syn_child_rel(P, n, "cop") >= 0 ||
		    !opens_sentence(P, n))
			continue;
		/* nametime161: the name set off by commas read as the subject, the noun as a
		 * clause (advcl only then) */
		int x = syn_child_rel(P, v, "nsubj"), ok = x < 0 ? !syn_rel_base(N, "advcl") :
							      comma_name(P, x, n, v);
		for (int k = n + 1; k < v && ok; k++)
			ok = syn_below(P, k, n) >= 0 || comma_at(P, k) ||
			     (x >= 0 && (k == x || syn_below(P, k, x) >= 0)) ||
			     ((int)P->w[k].head == v + 1 && (syn_rel_is(&P->w[k], "advmod") ||
							      syn_rel_base(&P->w[k], "aux")));
		if (!ok)
			continue;
		if (x >= 0)   /* nametime161: ", Duch Sok," the noun's apposition */
			syn_rehang(&P->w[x], (size_t)(n + 1), "appos");
		for (int k = n + 1; k < v; k++)   /* ", Hassan Noor," hung on the comma */
			if (syn_rel_is(&P->w[k], "appos") && comma_at(P, (int)P->w[k].head - 1) &&
			    syn_below(P, k, n) >= 0)
				P->w[k].head = (size_t)(n + 1);
		hang_subject(P, n, v);
	}
}

/* "In announcing the sanctions on Sali Berisha this week, U.S. Secretary of State Antony
 * Blinken said ...", "On Thursday in Washington, U.S. Secretary ... Blinken assured ...": the
 * parser may hang the subject, after the comma that closes a phrase put before the verb, on
 * that phrase as an apposition, and the verb is left without a subject (the sanctions'
 * target took its place). A root verb (finite: no -ing) with no subject whose words right
 * before it (its own adverbs and auxiliaries aside) are such an apposition, a name or noun
 * whose phrase starts after a comma and hangs on a word before the comma under the verb,
 * gets the apposition as its subject. */
static void fronted_subjects(struct syntax_parse *P)
{
	for (int v = 1; v < P->nw; v++) {
		const khaldun_parse_token *V = &P->w[v];
		if (V->head || !syn_upos_is(V, "VERB") || syn_ends_ing(V) ||
		    syn_child_rel(P, v, "nsubj") >= 0 || syn_child_rel(P, v, "csubj") >= 0 ||
		    syn_child_rel(P, v, "expl") >= 0)
			continue;
		int e = v - 1;
		while (e >= 0 && (int)P->w[e].head == v + 1 &&
		       (syn_rel_is(&P->w[e], "advmod") || syn_rel_base(&P->w[e], "aux")))
			e--;
		int aside = comma_at(P, e);   /* aside152: "On Monday, rebels, using mortars," */
		e -= aside;
		int a = e;   /* up from the word before the verb to an apposition */
		for (int n = 0; a >= 0 && n < P->nw && !syn_rel_is(&P->w[a], "appos") &&
				!(aside && lead_conjunct(P, a)); n++)
			a = P->w[a].head && (int)P->w[a].head - 1 != v ? (int)P->w[a].head - 1 : -1;
		/* aside152: the aside an apposition of its own ("the rebels, a group based in
		 * the north,"): the noun it describes, itself set after the lead-in's comma */
		while (aside && a >= 0 && syn_rel_is(&P->w[a], "appos") && P->w[a].head &&
		       (syn_rel_is(&P->w[P->w[a].head - 1], "appos") ||
			lead_conjunct(P, (int)P->w[a].head - 1)))
			a = (int)P->w[a].head - 1;
		if (a < 0 || !P->w[a].upos || (strcmp(P->w[a].upos, "PROPN") &&
					       strcmp(P->w[a].upos, "NOUN")) ||
		    (aside && !comma_aside(P, a, e)))
			continue;
		int first = a, last = a;   /* the apposition's phrase, its comma included */
		for (int k = 0; k < P->nw; k++)
			if (syn_below(P, k, a) >= 0) {
				first = k < first ? k : first;
				last = k > last ? k : last;
			}
		if (first == a || P->w[first].len != 1 || P->w[first].form[0] != ',')
			first--;
		int h = (int)P->w[a].head - 1;
		if (last != e || first < 1 || P->w[first].len != 1 || P->w[first].form[0] != ',' ||
		    h >= first || syn_below(P, h, v) < 0)
			continue;
		hang_subject(P, a, v);
	}
}

/* coord51: "Netanyahu and U.S. President Biden spoke": the parser may end the first subject's
 * conjunct at a name that opens the second's phrase ("U.S.") and give the verb a second
 * subject ("Biden"), so the coordination loses its second member. A verb's later subject
 * whose phrase starts right after such a conjunct (a name with only its "and") is that
 * conjunct: the name goes into its phrase, the second subject takes the conjunct's place. */
static void split_conjuncts(struct syntax_parse *P)
{
	for (int s2 = 2; s2 < P->nw; s2++) {
		khaldun_parse_token *B = &P->w[s2];
		int v = (int)B->head - 1, s1 = -1, c = -1;
		if (v <= s2 || !syn_rel_is(B, "nsubj"))
			continue;
		for (int k = 0; k < s2 && s1 < 0; k++)   /* or a bare oblique: "minister Carney" */
			if ((int)P->w[k].head - 1 == v && (syn_rel_is(&P->w[k], "nsubj") ||
			    (syn_rel_is(&P->w[k], "obl") && syn_child_rel(P, k, "case") < 0)))
				s1 = k;
		for (int k = s2 - 1; s1 >= 0 && k > s1 && c < 0; k--)
			if (syn_below(P, k, s2) < 0)
				c = k;   /* the last word before s2's phrase */
		if (c < 0 || c + 1 >= s2 || !syn_rel_is(&P->w[c], "conj") || !P->w[c].upos ||
		    strcmp(P->w[c].upos, "PROPN") || syn_below(P, c, s1) < 0)
			continue;
		int kids = 0, cc = -1;
		for (int k = 0; k < P->nw; k++)
			if ((int)P->w[k].head - 1 == c) {
				kids++;
				cc = syn_rel_is(&P->w[k], "cc") ? k : cc;
			}
		if (kids != 1 || cc != c - 1)
			continue;
		/* on the first subject, not a name in apposition */
		syn_rehang(B, (size_t)(s1 + 1), "conj");
		P->w[s1].deprel = "nsubj";
		P->w[cc].head = (size_t)(s2 + 1);
		syn_rehang(&P->w[c], (size_t)(c + 2), "compound");
	}
}

/* andsubj118: the nearest verb above word h, h itself excluded ("station" in "Rebels attacked
 * a police station": "attacked"); -1: none. */
static int verb_ancestor(const struct syntax_parse *P, int h)
{
	for (int k = (int)P->w[h].head - 1, n = 0; k >= 0 && n < P->nw;
	     k = (int)P->w[k].head - 1, n++)
		if (syn_is_verb(&P->w[k]))
			return k;
	return -1;
}

/* andsubj118: "Rebels attacked a police station and soldiers arrested three students",
 * "Kenya attacked Uganda and soldiers arrested ...": the parser may read the second clause's
 * subject as a conjunct of the first clause's object ("station and soldiers") and hang the
 * second verb on the first as a clause with no subject, so it takes the first's subject. A
 * past verb with no subject whose word before it ends a noun phrase opened by "and" or "but"
 * and made a conjunct of a noun after an earlier verb with a subject of its own is a clause of
 * its own: the noun is its subject, the verb a conjunct of the earlier verb, and the first
 * noun (when read as the second verb's subject) the earlier verb's object. A verb after "and"
 * with no noun of its own ("Kenya attacked Uganda and seized the town") and a compound after a
 * speech verb ("said police and soldiers arrested") are left alone. */
static void conjoined_clauses(struct syntax_parse *P)
{
	static const char *const ands[] = { "and", "but", NULL };
	for (int v = 3; v < P->nw; v++) {
		int n = v - 1;
		while (n > 0 && (int)P->w[n].head == v + 1 && syn_rel_is(&P->w[n], "advmod"))
			n--;   /* advclause123: the verb's own adverbs ("soldiers [later] fired") */
		khaldun_parse_token *V = &P->w[v], *N = &P->w[n];
		/* the two words' own tests before the walks for their children (speed123) */
		if (!syn_upos_is(V, "VERB") || !V->head || syn_rel_is(V, "acl") ||
		    syn_rel_is(V, "amod") || !N->upos ||
		    (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")) ||
		    !syn_rel_is(N, "conj") || !syn_past_form(V))
			continue;
		int cc = syn_child_rel(P, n, "cc");
		if (syn_child_rel(P, v, "aux") >= 0 || cc < 0 || !syn_word_in(&P->w[cc], ands))
			continue;
		int h1 = (int)N->head - 1, ok = 1;
		for (int k = cc + 1; k < n; k++)   /* the second noun's phrase: cc .. n */
			ok &= syn_below(P, k, n) >= 0;
		if (!ok || h1 < 0 || h1 >= cc)
			continue;
		int first = (int)P->w[h1].head - 1 == v;   /* "Uganda" read as the subject */
		int s2 = syn_child_rel(P, v, "nsubj");
		if (s2 >= 0 && s2 != h1)
			continue;
		int v1 = first ? (int)V->head - 1 : verb_ancestor(P, h1);
		if (v1 < 0 || v1 >= h1 || !syn_is_verb(&P->w[v1]) || syn_passive_verb(P, v1) ||
		    syn_speech_word(&P->w[v1]) || syn_report_word(&P->w[v1]))
			continue;   /* "said police and soldiers arrested": one subject */
		int s1 = syn_child_rel(P, v1, "nsubj");
		if (s1 < 0 || s1 > v1 || (first && syn_child_rel(P, v1, "obj") >= 0))
			continue;
		for (int k = v1 + 1; k < cc && ok; k++)   /* no verb between the two clauses */
			ok = k == h1 || !syn_is_verb(&P->w[k]);
		if (!ok)
			continue;
		if (first) {
			syn_rehang(&P->w[h1], (size_t)(v1 + 1), "obj");
		}
		syn_rehang(N, (size_t)(v + 1), "nsubj");
		P->w[cc].head = (size_t)(v + 1);
		if (cc > 0 && syn_word_is(&P->w[cc - 1], ",") && (int)P->w[cc - 1].head - 1 == n)
			P->w[cc - 1].head = (size_t)(v + 1);
		syn_rehang(V, (size_t)(v1 + 1), "conj");
	}
}

/* The parse's first root word (head 0); -1: none. */
static int root_word(const struct syntax_parse *P)
{
	for (int k = 0; k < P->nw; k++)
		if (!P->w[k].head)
			return k;
	return -1;
}

/* coord51, andplace123: verb v, hung below root noun r, becomes the root and r its subject
 * ("Iran and the three European powers held talks": "held" the root, "Iran" its nsubj); what
 * hung on r after v hangs on v. */
static void verb_as_root(struct syntax_parse *P, int v, int r)
{
	move_dependents(P, v + 1, r, v, -1);
	syn_rehang(&P->w[v], 0, "root");
	syn_rehang(&P->w[r], (size_t)(v + 1), "nsubj");
}

/* nametime161: 1 when verb v has an object, an indirect object or a reported clause
 * ("accused Eritrea", "told reporters", "told VOA that ..."), which no reduced relative has
 * ("the official, Omar Farah, accused of fraud,", "said to be ill"). */
static int active_complement(const struct syntax_parse *P, int v)
{
	return syn_child_rel(P, v, "obj") >= 0 || syn_child_rel(P, v, "iobj") >= 0 ||
	       syn_child_rel(P, v, "ccomp") >= 0;
}

/* parsefix159: "A senior military official, Omar Farah, accused Eritrea of massing troops",
 * "A senior opposition lawmaker, Daniel Mwangi, accused Uganda": the parser may instead make
 * the opening noun the root and the verb after the apposition's comma a reduced relative of
 * it (acl) or a clause beside it (parataxis, with the name as its subject), so the sentence
 * has no main verb. A root noun whose phrase opens the sentence (no copula or subject of its
 * own) with such a verb right after a comma: finite (no -ing), with an object (nametime161:
 * or an indirect object or reported clause, active_complement), which no reduced relative
 * has ("the official, Omar Farah, accused of fraud," stays), no marker, and
 * only the apposition's name as a subject. The verb becomes the root, the noun its subject,
 * the name the noun's apposition again. */
static void appositive_main_verbs(struct syntax_parse *P)
{
	static const char *const rels[] = { "acl", "parataxis", NULL };
	int r = root_word(P);
	if (r < 0 || !P->w[r].upos || (strcmp(P->w[r].upos, "NOUN") &&
					strcmp(P->w[r].upos, "PROPN")) ||
	    syn_child_rel(P, r, "cop") >= 0 || syn_child_rel(P, r, "nsubj") >= 0 ||
	    syn_case_of(P, r) >= 0 || !opens_sentence(P, r))
		return;
	for (int v = r + 2; v < P->nw; v++) {
		const khaldun_parse_token *V = &P->w[v];
		if ((int)V->head != r + 1 || !syn_rel_base_in(V, rels) || !V->upos ||
		    strcmp(V->upos, "VERB") || syn_ends_ing(V) || !comma_at(P, v - 1) ||
		    !active_complement(P, v) || syn_child_rel(P, v, "mark") >= 0)
			continue;
		int x = syn_child_rel(P, v, "nsubj"), ok = x < 0 || (x < v && comma_at(P, x - 1));
		for (int k = r + 1; k < v - 1 && ok; k++)
			ok = syn_below(P, k, r) >= 0 || (x >= 0 && syn_below(P, k, x) >= 0);
		if (!ok || (x >= 0 && (!syn_upos_is(&P->w[x], "PROPN"))))
			return;
		if (x >= 0)
			syn_rehang(&P->w[x], (size_t)(r + 1), "appos");
		verb_as_root(P, v, r);
		hang_subject(P, r, v);
		return;
	}
}

/* coord51: "Iran and the three European powers held talks in Istanbul": the parser may read
 * the verb after a coordinated subject as a reduced relative clause (acl) of its last
 * member, and the first member the root, so the sentence has no main verb and the first
 * member no deed. A root name or noun with a conjunct, no verb of its own and such a verb
 * on it or on the conjunct: a verb (not a participle in -ing) with an object, which no
 * reduced relative has ("the powers held talks" is a clause; "the powers meeting in
 * Geneva" stays), and no subject or marker. The verb becomes the root, the coordinated
 * phrase its subject; what hung on the old root after the verb hangs on the verb. */
static void acl_main_verbs(struct syntax_parse *P)
{
	int r = root_word(P);
	if (r < 0 || !P->w[r].upos ||
	    (strcmp(P->w[r].upos, "NOUN") && strcmp(P->w[r].upos, "PROPN")) ||
	    syn_child_rel(P, r, "cop") >= 0 || syn_child_rel(P, r, "nsubj") >= 0)
		return;
	int c = syn_child_rel(P, r, "conj");
	for (int v = c + 1; c > r && v < P->nw; v++) {
		const khaldun_parse_token *V = &P->w[v];
		int on = (int)V->head - 1;
		if ((on != c && on != r) || !syn_rel_is(V, "acl") || !V->upos ||
		    strcmp(V->upos, "VERB") || syn_ends_ing(V) || syn_child_rel(P, v, "obj") < 0 ||
		    syn_child_rel(P, v, "nsubj") >= 0 || syn_child_rel(P, v, "mark") >= 0)
			continue;
		verb_as_root(P, v, r);
		return;
	}
}

/* passive90: "Sanctions imposed on Iran have hurt its economy": the parser may hang a
 * preposition on a verb as an oblique of its own (a word that heads nothing) and take the
 * noun or name after it for the next verb's subject. A childless preposition so hung, with
 * a noun or name right after it read as a subject: the name becomes the verb's oblique, the
 * preposition its case. */
static void stranded_prepositions(struct syntax_parse *P)
{
	for (int p = 1; p + 1 < P->nw; p++) {
		khaldun_parse_token *A = &P->w[p], *N = &P->w[p + 1];
		if (!syn_upos_is(A, "ADP") || !A->head ||
		    (!syn_rel_base(A, "obl") && !syn_rel_is(A, "advmod")) ||
		    syn_child_rel(P, p, "case") >= 0 || !N->upos ||
		    (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")) ||
		    !syn_rel_base(N, "nsubj"))
			continue;
		int kids = 0;
		for (int k = 0; k < P->nw; k++)
			kids += (int)P->w[k].head == p + 1;
		if (kids)
			continue;
		syn_rehang(N, A->head, "obl");
		syn_rehang(A, (unsigned)(p + 2), "case");
	}
}

/* The "by" phrase of root verb r, its agent or (misread) a later verb's subject opened by
 * "by" ("by Saudi Arabia killed"), or (passive90) a "by" phrase hung on the root's own
 * prepositional phrase just before it ("imposed on China by the United States"); -1: none. */
static int root_by_phrase(const struct syntax_parse *P, int r, int k)
{
	int a = syn_child_rel(P, r, "obl:agent");
	if (a >= 0)
		return a;
	int s = syn_child_rel(P, k, "nsubj");
	int c = s >= 0 ? syn_case_of(P, s) : -1;
	if (c >= 0 && syn_word_is(&P->w[c], "by"))
		return s;
	a = syn_obl_by_phrase(P, r);
	return a < k ? a : -1;
}

/* passive89: "Attacks launched against Syria by Israel killed 12 people": the parser may
 * read a reduced relative on the subject (a participle with its "by" phrase) as the main
 * verb, and the real main verb as a clause under it (advcl, parataxis, conj), so the deed
 * took the participle's object as its doer. A root verb with a noun subject, no auxiliary,
 * object or marker, a "by" phrase and, after that phrase, a verb of its own with no marker,
 * auxiliary-free subject or only the "by" phrase as subject: that verb becomes the root, the
 * subject its subject, the participle a clause on the noun (acl) with the "by" phrase its
 * agent. */
static void relative_roots(struct syntax_parse *P)
{
	static const char *const rels[] = { "advcl", "parataxis", "conj", NULL };
	int r = root_word(P);
	if (r < 1 || !syn_upos_is(&P->w[r], "VERB") || syn_ends_ing(&P->w[r]) ||
	    syn_child_rel(P, r, "aux") >= 0 || syn_child_rel(P, r, "obj") >= 0 ||
	    syn_child_rel(P, r, "mark") >= 0 || syn_child_rel(P, r, "cop") >= 0)
		return;
	int n = syn_child_rel(P, r, "nsubj");
	if (n < 0 || n > r || !P->w[n].upos ||
	    (strcmp(P->w[n].upos, "NOUN") && strcmp(P->w[n].upos, "PROPN")))
		return;
	for (int k = r + 1; k < P->nw; k++) {
		khaldun_parse_token *K = &P->w[k];
		if ((int)K->head != r + 1 || !syn_rel_base_in(K, rels) || !K->upos ||
		    strcmp(K->upos, "VERB") || syn_ends_ing(K) ||
		    syn_child_rel(P, k, "mark") >= 0 || syn_child_rel(P, k, "cc") >= 0)
			continue;
		int a = root_by_phrase(P, r, k), s = syn_child_rel(P, k, "nsubj");
		if (a < 0 || a > k || (s >= 0 && s != a))
			return;
		move_dependents(P, k + 1, r, k, -1);
		syn_rehang(K, 0, "root");
		syn_rehang(&P->w[n], (unsigned)(k + 1), "nsubj");
		syn_rehang(&P->w[r], (unsigned)(n + 1), "acl");
		syn_rehang(&P->w[a], (unsigned)(r + 1), "obl:agent");
		return;
	}
}

/* source96: "Togo condemned the recent raids by Mali": the parser may hang a "by" phrase
 * that follows an active verb's object noun on the verb as its agent, so the side the object
 * belongs to was taken for the doer. An active verb (no passive auxiliary or subject, no
 * participle on a noun) has no agent: such a phrase, its "by" right after the object noun,
 * is relabelled the noun's modifier (nmod), its owner, as the parser reads "blamed the
 * restrictions by Ghana". */
static void active_agents(struct syntax_parse *P)
{
	for (int x = 0; x < P->nw; x++) {
		khaldun_parse_token *w = &P->w[x];
		int v = (int)w->head - 1, c = syn_case_of(P, x);
		if (v < 0 || !syn_rel_is(w, "obl:agent") || c < 1 || !syn_word_is(&P->w[c], "by") ||
		    !syn_upos_is(&P->w[v], "VERB") || syn_passive_verb(P, v) ||
		    syn_rel_base(&P->w[v], "acl"))
			continue;
		int o = c - 1;
		if ((int)P->w[o].head != v + 1 || !syn_rel_is(&P->w[o], "obj") || !P->w[o].upos ||
		    strcmp(P->w[o].upos, "NOUN"))
			continue;
		syn_rehang(w, (unsigned)(o + 1), "nmod");
	}
}

/* The subject of verb v found in the words from f to v - 1 (the verb's own adverbs and
 * auxiliaries aside) that the parser hung elsewhere: the first noun or name hanging outside
 * them, with names after a comma hanging outside in apposition to it ("Pakistan's foreign
 * minister, Ishaq Dar,"). -1 when another word hangs outside (a phrase of time or place:
 * the words are not one noun phrase). */
static int stray_subject(struct syntax_parse *P, int f, int v)
{
	int e = v - 1, n = -1;
	while (e >= f && (int)P->w[e].head == v + 1 &&
	       (syn_rel_is(&P->w[e], "advmod") || syn_rel_base(&P->w[e], "aux")))
		e--;
	for (int i = f; i <= e; i++) {
		int h = (int)P->w[i].head - 1;
		const char *u = P->w[i].upos;
		if ((h >= f && h <= e) || (u && !strcmp(u, "PUNCT")))
			continue;
		int first = i;   /* the word's phrase's first word, its comma perhaps */
		for (int k = f; k < i && first == i; k++)
			if (syn_below(P, k, i) >= 0)
				first = k;
		if (!u || (n < 0 ? strcmp(u, "NOUN") && strcmp(u, "PROPN")
			   : strcmp(u, "PROPN") || !(comma_at(P, first) || comma_at(P, first - 1))))
			return -1;
		if (n < 0)
			n = i;
	}
	if (n < 0)
		return -1;
	for (int i = n + 1; i <= e; i++) {
		int h = (int)P->w[i].head - 1;
		if ((h < f || h > e) && strcmp(P->w[i].upos, "PUNCT")) {
			syn_rehang(&P->w[i], (unsigned)(n + 1), "appos");
		}
	}
	return n;
}

/* aside139: 1 when word i of the parse is a noun, a name or a number (a list member). */
static int list_member(const khaldun_parse_token *w)
{
	return w->upos && (!strcmp(w->upos, "NOUN") || !strcmp(w->upos, "PROPN") ||
			   !strcmp(w->upos, "NUM"));
}

/* aside139: the clause (acl, acl:relcl) that opens an aside on a noun and ends at comma c,
 * before the verb after c: "a rebel group known as the Return, Reclamation, Rehabilitation,
 * or 3R, has relaunched", "an armed group called the Union, Progress or UPR, has attacked",
 * "an alliance of factions, named the Front for Unity, Justice and Peace, has seized". The
 * clause's verb hangs on a noun or name before it, that noun's own words (or a comma) only
 * between them, and every word of the aside hangs inside it, on the noun, or (the list's
 * last member, misread) on verb v as its subject. -1: none. */
static int aside_opener(const struct syntax_parse *P, int c, int v)
{
	for (int a = c - 2; a > 0; a--) {
		const khaldun_parse_token *A = &P->w[a];
		int n = (int)A->head - 1, ok = 1;
		if (n < 0 || n >= a || !syn_rel_base(A, "acl") || !A->upos ||
		    strcmp(A->upos, "VERB") || syn_ends_ing(A) || !P->w[n].upos ||
		    (strcmp(P->w[n].upos, "NOUN") && strcmp(P->w[n].upos, "PROPN")))
			continue;
		for (int i = n + 1; i < a && ok; i++)
			ok = syn_below(P, i, n) >= 0 || (comma_at(P, i) && i == a - 1);
		for (int i = a + 1; i < c && ok; i++) {
			int h = (int)P->w[i].head - 1;
			ok = (h >= n && h < c) || (h == v && syn_rel_is(&P->w[i], "nsubj")) ||
			     (syn_upos_is(&P->w[i], "PUNCT"));
		}
		if (ok)
			return a;
	}
	return -1;
}

/* aside139: word x, a list member at the end of aside a that the parser hung on the noun
 * before the aside or on the verb after it, goes back into the aside's list: a conjunct of
 * the list's first member (the member before it, or what that member is a conjunct of). */
static void aside_member(struct syntax_parse *P, int a, int x)
{
	int p = x - 1;
	while (p > a && !list_member(&P->w[p]))
		p--;
	if (p <= a)
		return;
	int h = syn_rel_is(&P->w[p], "conj") ? (int)P->w[p].head - 1 : p;
	syn_rehang(&P->w[x], (unsigned)(h + 1), "conj");
}

/* aside139: "Officials say a rebel group known as the Return, Reclamation, Rehabilitation,
 * or 3R, has relaunched hostilities": a noun with a long comma-bounded aside (known as,
 * called, named, led by, based in ...: aside_opener) before a finite verb right after the
 * aside's closing comma. The parser may take the aside's last name for the verb's subject,
 * or leave the verb without one (a speaker's clause, "Police said ... has attacked", then
 * took the speaker for the doer). The noun becomes the verb's subject, the misread names
 * the aside list's members again; a verb hung on the noun (acl:relcl) takes the noun's place
 * (its object, "say a group ..., has": a clause, ccomp). Not a verb with a subject of its own
 * outside the aside; "Russia, China, and Iran have condemned" has no such clause and stays. */
static void aside_subjects(struct syntax_parse *P)
{
	for (int v = 2; v < P->nw; v++) {
		khaldun_parse_token *V = &P->w[v];
		if (!syn_upos_is(V, "VERB") || syn_ends_ing(V) || !after_comma(P, v))
			continue;
		int c = v - 1;
		while (!comma_at(P, c))
			c--;
		int a = aside_opener(P, c, v), n = a >= 0 ? (int)P->w[a].head - 1 : -1, ok = n >= 0;
		for (int i = 0; i < P->nw && ok; i++)
			if ((int)P->w[i].head == v + 1 && syn_rel_base(&P->w[i], "nsubj"))
				ok = i == n || (i > a && i < c);
		if (!ok)
			continue;   /* no noun before the aside (n = -1), or a subject of its own */
		int own = (int)P->w[n].head == v + 1, on = (int)V->head == n + 1;
		if (!(own || on || (syn_rel_is(&P->w[n], "obj") && V->head == P->w[n].head)))
			continue;
		for (int x = a + 1; x < c; x++)
			if (((int)P->w[x].head == v + 1 && syn_rel_base(&P->w[x], "nsubj")) ||
			    ((int)P->w[x].head == n + 1 && syn_rel_is(&P->w[x], "conj")))
				aside_member(P, a, x);
		if (on) {   /* the verb takes the noun's place, what hung on it after the aside */
			syn_rehang(V, P->w[n].head, P->w[n].head ? "ccomp" : "root");
			move_dependents(P, c + 1, n, v, -1);
		}
		hang_subject(P, n, v);
	}
}

/* appos147: "Militants, dressed in army uniforms, ambushed a convoy", "Soldiers, accused of
 * looting, clashed with police in Kinshasa", "Leaders of the Front, joined by other
 * politicians, formed the NCP": a past participle set off by commas right after the noun
 * that opens the sentence describes that noun; the finite verb right after the closing comma
 * is the main verb and the noun its subject. The parser may hang the verb on a word of the
 * aside (advcl, conj, parataxis) and make the noun the root, or make the participle the root
 * with the noun its subject, so the verb had no doer (a place was read as one: Kinshasa).
 * The verb takes the top place, the noun becomes its subject and the participle the noun's
 * acl. After a lead-in ("On Saturday, protesters, angered by ..., stormed") the noun may hang
 * as appos of the lead-in's noun (the root, or the verb's obl): that noun becomes the verb's
 * obl, the appos noun its subject. Not
 * a verb with a subject, marker or conjunction of its own, an -ing aside (relative_main_verbs
 * takes those), nor a noun after a verb ("Police said militants, ..."). */
static void participle_asides(struct syntax_parse *P)
{
	static const char *const rel[] = { "advcl", "conj", "parataxis", NULL };
	for (int v = 4; v < P->nw; v++) {
		khaldun_parse_token *V = &P->w[v];
		if (!syn_upos_is(V, "VERB") || syn_ends_ing(V) || !after_comma(P, v))
			continue;
		int c = v - 1, o;
		while (!comma_at(P, c))
			c--;
		for (o = c - 1; o > 0 && !comma_at(P, o); o--)
			;
		int a = o + 1, n = o - 1, ok = o > 0 && a < c - 1, hv = (int)V->head - 1;
		int in = hv >= a && hv < c;   /* the verb hung inside the aside */
		if (!ok || (in && !syn_rel_base_in(V, rel)) ||
		    syn_child_rel(P, v, "nsubj") >= 0 || syn_child_rel(P, v, "nsubj:pass") >= 0 ||
		    syn_child_rel(P, v, "mark") >= 0 || syn_child_rel(P, v, "cc") >= 0)
			continue;
		khaldun_parse_token *A = &P->w[a], *N = &P->w[n];
		if (!syn_upos_is(A, "VERB") || syn_ends_ing(A) || !N->upos ||
		    (strcmp(N->upos, "NOUN") && strcmp(N->upos, "PROPN")))
			continue;
		int r = (int)N->head - 1, described = (int)A->head == n + 1;
		/* "On Monday, soldiers, accused of ...": the noun hung as appos of a lead-in */
		int set = described && r >= 0 && r < n && syn_rel_is(N, "appos") &&
			  syn_child_rel(P, r, "case") >= 0;
		int below = in && r == a && syn_rel_base(N, "nsubj");
		int on = in && described && !N->head, lead = in && set && !P->w[r].head;
		int obl = !in && set && (int)P->w[r].head == v + 1 && syn_rel_base(&P->w[r], "obl");
		for (int i = 0; i < o && ok; i++)
			ok = !syn_is_verb(&P->w[i]);
		for (int i = a + 1; i < c && ok; i++) {
			int h = (int)P->w[i].head - 1;
			ok = (h >= a && h < c) || syn_upos_is(&P->w[i], "PUNCT");
		}
		if (!ok || !(below || on || lead || obl))
			continue;
		if (in) {
			/* the word at the top, whose place the verb takes */
			khaldun_parse_token *T = below ? A : lead ? &P->w[r] : N;
			syn_rehang(V, T->head, T->head ? T->deprel : "root");
			for (int k = 0; k < P->nw; k++)
				if ((int)P->w[k].head - 1 == (int)(T - P->w) && k != a && k != n &&
				    (k < o || k > c))
					P->w[k].head = (unsigned)(v + 1);
		}
		if (lead) {
			syn_rehang(&P->w[r], (unsigned)(v + 1), "obl");
		}
		syn_rehang(A, (unsigned)(n + 1), "acl");
		hang_subject(P, n, v);
	}
}

/* ingaside148: "Ahmed Harun, a former minister wanted for war crimes in Darfur, has fled to
 * Chad", "Omar Bongo, a militia leader charged with 20 crimes, has surrendered": the name
 * that opens the sentence, then an apposition set off by commas whose noun a past
 * participle follows (a reduced relative: the noun is the one wanted, charged), then a
 * finite verb right after the closing comma (its auxiliaries and adverbs only between). The
 * parser may make the participle the root (the apposition's noun its subject) and hang the
 * main verb on it (parataxis, advcl, conj), so the name was read as the charger. The verb
 * takes the top word's place, what hung on that word outside the apposition hangs on the
 * verb, the name is its subject, the noun the name's appos and the participle the noun's
 * acl. Not a verb with a subject, marker or conjunction of its own, nor an aside with a verb
 * before its noun ("..., who ...", "..., accused of ...": participle_asides, clause60). */
static void appositive_relatives(struct syntax_parse *P)
{
	static const char *const rel[] = { "advcl", "conj", "parataxis", NULL };
	int o = 1;
	while (o < P->nw && !comma_at(P, o))
		o++;
	int n = o - 1, m = o + 1;
	if (o + 3 >= P->nw || !P->w[n].upos || (strcmp(P->w[n].upos, "NOUN") &&
						strcmp(P->w[n].upos, "PROPN")))
		return;
	for (int i = 0; i < o; i++)
		if (syn_is_verb(&P->w[i]))
			return;
	while (m < P->nw && P->w[m].upos && (!strcmp(P->w[m].upos, "DET") ||
					     !strcmp(P->w[m].upos, "ADJ") ||
					     !strcmp(P->w[m].upos, "NUM") ||
					     !strcmp(P->w[m].upos, "NOUN") ||
					     !strcmp(P->w[m].upos, "PROPN")))
		m++;
	int a = m--;   /* the participle after the apposition's last noun */
	if (m <= o || a + 1 >= P->nw || !P->w[m].upos ||
	    (strcmp(P->w[m].upos, "NOUN") && strcmp(P->w[m].upos, "PROPN")) ||
	    !syn_upos_is(&P->w[a], "VERB") || !syn_past_form(&P->w[a]) ||
	    syn_child_rel(P, a, "aux") >= 0 || syn_child_rel(P, a, "aux:pass") >= 0)
		return;
	int c = a + 1;
	while (c < P->nw && !comma_at(P, c))
		c++;
	int v = c + 1;
	while (v < P->nw && syn_is_verb(&P->w[v]) && !strcmp(P->w[v].upos, "AUX"))
		v++;
	while (v < P->nw && syn_upos_is(&P->w[v], "ADV"))
		v++;
	if (v >= P->nw || !syn_upos_is(&P->w[v], "VERB") || syn_ends_ing(&P->w[v]))
		return;
	khaldun_parse_token *V = &P->w[v], *A = &P->w[a];
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == v + 1 && (syn_rel_base(&P->w[i], "nsubj") ||
						   syn_rel_is(&P->w[i], "mark") ||
						   syn_rel_is(&P->w[i], "cc")))
			return;
	/* the parse to repair: the participle the root and the verb a clause of it */
	if (A->head || (int)V->head != a + 1 || !syn_rel_base_in(V, rel))
		return;
	for (int i = m + 1; i < c; i++)   /* the relative's words hang inside it */
		if (i != a && syn_below(P, i, a) < 0 && !comma_at(P, i))
			return;
	for (int k = 0; k < P->nw; k++)
		if ((int)P->w[k].head == a + 1 && (k < o || k > c))
			P->w[k].head = (unsigned)(v + 1);
	syn_rehang(V, 0, "root");
	syn_rehang(A, (unsigned)(m + 1), "acl");
	syn_rehang(&P->w[m], (unsigned)(n + 1), "appos");
	syn_rehang(&P->w[o], (unsigned)(m + 1), "punct");
	syn_rehang(&P->w[c], (unsigned)(m + 1), "punct");
	hang_subject(P, n, v);
}

/* aside152: the one word of the parse from a to b whose head lies outside them (commas
 * aside): the top of the phrase there; -1: none or more than one. */
static int part_top(const struct syntax_parse *P, int a, int b)
{
	int top = -1;
	for (int i = a; i <= b; i++) {
		int h = (int)P->w[i].head - 1;
		if ((h >= a && h <= b) || syn_upos_is(&P->w[i], "PUNCT"))
			continue;
		if (top >= 0)
			return -1;
		top = i;
	}
	return top;
}

/* aside152: "On Monday, rebels, using mortars, shelled the town", "Last week, Somali
 * militants, using mortars, attacked an African Union base", "On Friday, the police, acting
 * on a tip, arrested four rebels": a lead-in with no verb (a preposition opens it or a word
 * of time stands in it), a noun phrase with no verb, an aside opened by a participle or a
 * preposition, and a finite verb right after the aside's closing comma (its adverbs and
 * auxiliaries only between), with no subject, marker or conjunction of its own. The parser
 * may make the lead-in's noun or the participle the root, hang the noun on the lead-in
 * (appos, conj) or under the participle, and the verb inside the aside (advcl, conj), so the
 * deed lost its doer (the base read the object as one). The verb takes the root's place and
 * what follows the aside, the lead-in is its obl, the noun its subject and the aside the
 * noun's (acl, nmod). Left alone: a noun part with a verb ("On Monday, police said, ..."), an
 * apposition aside ("On Monday, Ruto, Kenya's president, said": fronted_subjects), a verb
 * with a subject of its own. */
static void lead_in_asides(struct syntax_parse *P)
{
	int o1 = 1, o2, c, v;
	while (o1 < P->nw && !comma_at(P, o1))
		o1++;
	for (o2 = o1 + 1; o2 < P->nw && !comma_at(P, o2); o2++)
		;
	for (c = o2 + 1; c < P->nw && !comma_at(P, c); c++)
		;
	for (v = c + 1; v < P->nw && P->w[v].upos && (!strcmp(P->w[v].upos, "ADV") ||
						      !strcmp(P->w[v].upos, "AUX")); v++)
		;
	if (v >= P->nw || o2 - o1 < 2 || c - o2 < 3 || !P->w[v].upos ||
	    strcmp(P->w[v].upos, "VERB") || syn_ends_ing(&P->w[v]))
		return;
	int timed = syn_upos_is(&P->w[0], "ADP");
	for (int i = 0; i < o1; i++) {
		if (syn_is_verb(&P->w[i]))
			return;
		timed |= syn_time_word(&P->w[i]);
	}
	for (int i = o1 + 1; i < o2; i++)
		if (syn_is_verb(&P->w[i]))
			return;
	const khaldun_parse_token *A = &P->w[o2 + 1];
	int part = syn_upos_is(A, "VERB") && (syn_ends_ing(A) || syn_past_form(A));
	int l = part_top(P, 0, o1 - 1), n = part_top(P, o1 + 1, o2 - 1);
	int t = part_top(P, o2 + 1, c - 1), r = root_word(P);
	if (!timed || l < 0 || n < 0 || t < 0 || r < 0 || r == v ||
	    !(part ? t == o2 + 1 : A->upos && !strcmp(A->upos, "ADP")) || !P->w[n].upos ||
	    (strcmp(P->w[n].upos, "NOUN") && strcmp(P->w[n].upos, "PROPN")))
		return;
	if (syn_child_rel(P, v, "nsubj") >= 0 || syn_child_rel(P, v, "nsubj:pass") >= 0 ||
	    syn_child_rel(P, v, "csubj") >= 0 || syn_child_rel(P, v, "mark") >= 0 ||
	    syn_child_rel(P, v, "cc") >= 0 || syn_child_rel(P, v, "expl") >= 0)
		return;
	int hv = (int)P->w[v].head - 1, hn = (int)P->w[n].head - 1;
	/* the parse to repair: the verb hung inside the aside or on the lead-in, the root
	 * there too, the noun on the lead-in or the participle */
	if (hv >= c || !(r == l || r == t) || !((hn >= 0 && hn < o1) || hn == t))
		return;
	for (int k = c + 1; k < P->nw; k++)
		if (k != v && (int)P->w[k].head - 1 < c)
			P->w[k].head = (unsigned)(v + 1);
	P->w[v].head = 0;
	P->w[v].deprel = "root";
	P->w[l].head = (unsigned)(v + 1);
	P->w[l].deprel = "obl";
	P->w[n].head = (unsigned)(v + 1);
	P->w[n].deprel = syn_passive_verb(P, v) ? "nsubj:pass" : "nsubj";
	P->w[t].head = (unsigned)(n + 1);
	P->w[t].deprel = part ? "acl" : "nmod";
}

/* Words that mark a clause of time (a span of time, TIME_SPAN_WORDS, measures one: "a day
 * after"). */
static const char *const when_marks[] = { "after", "before", "while", "since", "until", NULL };

/* The participle or verb of a clause that opens the sentence, "Visiting ...", or measured
 * by a span of time, "A day after meeting ...", "Hours before meeting ..."; -1: none. A span
 * the parser made the root, or the head of the clause (acl), gives its place to the clause's
 * verb and measures it (obl:unmarked). */
static int opening_clause(struct syntax_parse *P)
{
	const khaldun_parse_token *W = &P->w[0];
	if (syn_upos_is(W, "VERB") && syn_ends_ing(W))
		return 0;
	int t = W->upos && (!strcmp(W->upos, "DET") || !strcmp(W->upos, "NUM"));
	/* the sentence's first words: a span alone may be singular too ("Day after meeting
	 * ...", a headline's), so it is taken as counted */
	if (t + 3 >= P->nw || !time_span_lead(1, P->w[t].form, P->w[t].len) ||
	    !syn_word_in(&P->w[t + 1], when_marks) || !syn_is_verb(&P->w[t + 2]))
		return -1;
	int o = t + 2;
	khaldun_parse_token *T = &P->w[t], *O = &P->w[o];
	if ((int)O->head == t + 1 && syn_rel_base(O, "acl")) {
		move_dependents(P, t + 1, t, o, o);
		syn_rehang(O, T->head, T->head ? "advcl" : "root");
		syn_rehang(T, (unsigned)(o + 1), "obl:unmarked");
	}
	return O->head ? -1 : o;
}

/* andplace123: "The Foreign Office during a weekly briefing in Islamabad on Thursday welcomed
 * Russia's offer": the parser may hang the main verb as a reduced relative (acl) on a noun of
 * a preposition's phrase that the root noun governs (nmod), so the root has no deed and the
 * place in the phrase is read as the verb's doer. A root name or noun with no subject, copula
 * or conjunct (coord51 takes those), and such a verb below it: not in -ing, with an object
 * (no reduced relative has one) and no subject or marker, on a noun with a preposition of its
 * own reached from the root through nmod words only, the root with an occasion's phrase
 * ("during", "at", "after", "amid": set between subject and verb) before the verb, no comma
 * between root and verb. The verb becomes the root, the root noun its subject (verb_as_root).
 * "Officials in the two countries praised Japan" stays (an "in" phrase is the noun's own;
 * golden actors9), as does an -ing form. */
static void phrase_main_verbs(struct syntax_parse *P)
{
	static const char *const occasion[] = { "during", "at", "after", "amid", NULL };
	int r = root_word(P);
	if (r < 0 || !P->w[r].upos ||
	    (strcmp(P->w[r].upos, "NOUN") && strcmp(P->w[r].upos, "PROPN")) ||
	    syn_child_rel(P, r, "cop") >= 0 || syn_child_rel(P, r, "nsubj") >= 0 ||
	    syn_child_rel(P, r, "conj") >= 0)
		return;
	for (int v = r + 1; v < P->nw; v++) {
		const khaldun_parse_token *V = &P->w[v];
		if (comma_at(P, v))
			return;
		int on = (int)V->head - 1, h = on, hops = 0, set_off = 0;
		if (on <= r || on >= v || !syn_rel_is(V, "acl") || !V->upos ||
		    strcmp(V->upos, "VERB") || syn_ends_ing(V) || syn_child_rel(P, v, "obj") < 0 ||
		    syn_child_rel(P, v, "nsubj") >= 0 || syn_child_rel(P, v, "mark") >= 0 ||
		    syn_child_rel(P, on, "case") < 0)
			continue;
		while (h != r && h > r && hops++ < 6 && syn_rel_base(&P->w[h], "nmod"))
			h = (int)P->w[h].head - 1;
		for (int k = r + 1; k < v && !set_off; k++)
			set_off = (int)P->w[k].head - 1 == r && syn_rel_base(&P->w[k], "nmod") &&
				  syn_child_word(P, k, "case", occasion);
		if (h != r || !set_off)
			continue;
		verb_as_root(P, v, r);
		return;
	}
}

/* "Visiting Kyiv on Monday, the German chancellor promised ...", "Speaking at a news
 * conference in Islamabad, Pakistan's foreign minister, Ishaq Dar, accused India ...", "A
 * week after visiting Seoul, the Australian foreign minister criticized ...": the parser
 * may make a clause that opens the sentence (opening_clause) the root, with the main verb
 * hung on it, so the opening verb is coded as the main clause and a place in its phrase
 * taken as its subject (Kyiv visiting). The first verb after the comma that closes the
 * opening phrase (not in -ing), hung under the opening verb with no marker or conjunction
 * of its own, is made the root and the opening verb its adverbial clause, whose subject is
 * the main clause's; a verb without a subject takes the noun phrase between that comma and
 * it (stray_subject). A verb the parser hung on that noun (acl) must have an object: an
 * active deed ("the minister criticized Russia", not "the capital attacked by Russia"). */
static void opening_participles(struct syntax_parse *P)
{
	static const char *const rel[] = { "advcl", "parataxis", "conj", "ccomp", "acl", NULL };
	int o = P->nw < 5 ? -1 : opening_clause(P);
	if (o < 0)
		return;
	int c = o + 1, v;
	while (c < P->nw && !comma_at(P, c))
		c++;
	for (v = c + 1; v < P->nw; v++)
		if (syn_upos_is(&P->w[v], "VERB"))
			break;
	if (v >= P->nw || syn_ends_ing(&P->w[v]) || syn_below(P, v, o) < 0 ||
	    !syn_rel_base_in(&P->w[v], rel) || syn_child_rel(P, v, "mark") >= 0 ||
	    syn_child_rel(P, v, "cc") >= 0 ||
	    (syn_rel_base(&P->w[v], "acl") && syn_child_rel(P, v, "obj") < 0))
		return;
	if (syn_child_rel(P, v, "nsubj") < 0 && syn_child_rel(P, v, "csubj") < 0 &&
	    syn_child_rel(P, v, "expl") < 0) {
		int n = stray_subject(P, c + 1, v);
		if (n < 0)
			return;
		hang_subject(P, n, v);
	} else if (syn_rel_base(&P->w[v], "acl")) {
		return;
	}
	move_dependents(P, c, o, v, v);
	syn_rehang(&P->w[v], 0, "root");
	syn_rehang(&P->w[o], (unsigned)(v + 1), "advcl");
}

/* "A day after meeting Chinese leader Xi Jinping in Beijing, the Brazilian president
 * criticized ...", "Hours before meeting Xi, ...": with a span of time before "after" the
 * parser may read the clause as the main verb's complement (ccomp), whose subject is its
 * own, not the main clause's, or the span as a second subject of the main verb. A clause
 * marked "after", "before", "while", "since" or "until" is an adverbial clause, and a span
 * of time right before its marker measures it (obl:unmarked of the clause's verb). */
static void marked_complements(struct syntax_parse *P)
{
	for (int i = 0; i < P->nw; i++)
		if (syn_rel_is(&P->w[i], "ccomp") && syn_child_word(P, i, "mark", when_marks))
			P->w[i].deprel = "advcl";
	for (int t = 0; t + 1 < P->nw; t++) {
		khaldun_parse_token *T = &P->w[t];
		int c = (int)P->w[t + 1].head - 1, h = (int)T->head - 1;
		if (h < 0 || c <= t || !syn_rel_is(T, "nsubj") ||
		    !syn_word_in(T, TIME_SPAN_WORDS) ||
		    !syn_word_in(&P->w[t + 1], when_marks) || !syn_rel_is(&P->w[t + 1], "mark") ||
		    (int)P->w[c].head != h + 1 || !syn_rel_is(&P->w[c], "advcl"))
			continue;
		int other = -1;
		for (int k = c + 1; k < h && other < 0; k++)
			if ((int)P->w[k].head == h + 1 && syn_rel_is(&P->w[k], "nsubj"))
				other = k;
		if (other < 0)
			continue;
		syn_rehang(T, (unsigned)(c + 1), "obl:unmarked");
	}
}

/* "the Brazilian president criticized Washington.": the parser, misled by an opening
 * clause, may take a name after an active verb as a second subject; a verb with a subject
 * before it has none after it (no inversion once the subject has come), so that name is
 * its object; not a time ("said Monday"). */
static void second_subjects(struct syntax_parse *P)
{
	for (int o = 2; o < P->nw; o++) {
		int v = (int)P->w[o].head - 1;
		if (v < 1 || v >= o || !syn_rel_is(&P->w[o], "nsubj") || !syn_is_verb(&P->w[v]) ||
		    syn_time_word(&P->w[o]) || syn_passive_verb(P, v) ||
		    syn_child_rel(P, v, "obj") >= 0)
			continue;
		int s = syn_child_rel(P, v, "nsubj");
		if (s >= 0 && s < v)
			P->w[o].deprel = "obj";
	}
}

/* revpath123: 1 when parse word w was tagged a common noun or a name ("experts", "Putin"). */
static int noun_word(const khaldun_parse_token *w)
{
	return w->upos && (!strcmp(w->upos, "NOUN") || !strcmp(w->upos, "PROPN"));
}

/* clausesrc128: "Kenya spoke after Uganda attacked Rwanda", "... after Ugandan troops shelled a
 * village": with no determiner before the clause's subject the parser may read "after" as a
 * preposition, the subject as its object (an obl of the main verb) and the clause's verb as a
 * clause with no subject, which then took the main verb's subject for its doer. A time
 * preposition ("after", "before", "since", "until") on a name or noun phrase (an obl, or an
 * nmod of the main verb's object: "recalled its envoy before Cameroon expelled ...") whose
 * last word comes right before a past verb (in -ed or an irregular past) that is a clause of
 * a verb above the phrase, with no subject or auxiliary of its own: the phrase is that verb's
 * subject and the preposition its marker. A gerund or a verb with its own subject ("after
 * talks, the army attacked") is left alone. */
static void clause_subjects(struct syntax_parse *P)
{
	static const char *const time_prep[] = { "after", "before", "since", "until", NULL };
	static const char *const phrase[] = { "obl", "nmod", NULL };
	for (int n = 1; n + 1 < P->nw; n++) {
		khaldun_parse_token *w = &P->w[n];
		int c = syn_case_of(P, n), v = n + 1, h = (int)P->w[v].head - 1;
		if (h < 0 || !syn_rel_base_in(w, phrase) || c < 0 || c > n ||
		    !syn_on_path(P, h, n, -1) ||
		    !syn_word_in(&P->w[c], time_prep) || !noun_word(w))
			continue;
		int inside = 1;   /* the words between the preposition and the noun: its phrase's */
		for (int k = c + 1; k < n && inside; k++)
			inside = syn_on_path(P, n, k, n);
		khaldun_parse_token *V = &P->w[v];
		if (!inside || !syn_rel_is(V, "advcl") || !syn_upos_is(V, "VERB") ||
		    !syn_past_form(V) || syn_child_rel(P, v, "nsubj") >= 0 ||
		    syn_child_rel(P, v, "aux") >= 0 || syn_child_rel(P, v, "mark") >= 0)
			continue;
		syn_rehang(w, (size_t)(v + 1), "nsubj");
		syn_rehang(&P->w[c], (size_t)(v + 1), "mark");
	}
}

/* revpath123: "UN human rights experts urged", "Taliban officials said": the parser may cut
 * a noun phrase in two and give its verb two subjects, the first word ("UN") and the head of
 * the rest ("experts"); a clause has one subject, so a noun or name right before the second
 * subject's phrase (no comma, no verb between, nothing of its own after it, not a time:
 * "said Sunday that discussions") is a modifier inside that phrase, a compound of its head. */
static void split_subjects(struct syntax_parse *P)
{
	for (int a = 0; a + 1 < P->nw; a++) {
		khaldun_parse_token *A = &P->w[a];
		int v = (int)A->head - 1;
		if (v <= a || !syn_rel_is(A, "nsubj") || !noun_word(A) || syn_time_word(A))
			continue;
		int b = a + 1;
		while (b < v && !((int)P->w[b].head == v + 1 && syn_rel_is(&P->w[b], "nsubj")))
			b++;
		if (b >= v)
			continue;
		int ok = 1;
		for (int i = a + 1; i < b && ok; i++)
			ok = syn_below(P, i, b) >= 0 && !syn_rel_is(&P->w[i], "punct") &&
			     !syn_is_verb(&P->w[i]);
		for (int i = a + 1; i < P->nw && ok; i++)
			ok = (int)P->w[i].head != a + 1;
		if (!ok)
			continue;
		syn_rehang(A, (unsigned)(b + 1), "compound");
	}
}

/* revpath123: "Netanyahu met Russian President Vladimir Putin": the parser may make the
 * people's adjective ("Russian") the verb's object and hang the name after it on the
 * adjective as an oblique, so the target is "Russian". An adjective (capitalised, a people's
 * or place's name) cannot head a subject or object; when the next word that hangs on it is a
 * noun or name whose phrase reaches back to the adjective, that word heads the phrase and
 * the adjective modifies it ("most of the day", lower case, is left alone). */
static void adjective_heads(struct syntax_parse *P)
{
	for (int a = 0; a + 1 < P->nw; a++) {
		khaldun_parse_token *A = &P->w[a];
		if (!A->head || !syn_upos_is(A, "ADJ") || !A->len ||
		    !isupper((unsigned char)A->form[0]) ||
		    !(syn_rel_is(A, "obj") || syn_rel_is(A, "nsubj")))
			continue;
		int k = a + 1;
		while (k < P->nw && (int)P->w[k].head != a + 1)
			k++;
		if (k >= P->nw || !noun_word(&P->w[k]) ||
		    !(syn_rel_base(&P->w[k], "obl") || syn_rel_base(&P->w[k], "nmod")))
			continue;
		int ok = 1;
		for (int i = a + 1; i < k && ok; i++)
			ok = syn_below(P, i, k) >= 0;
		if (!ok)
			continue;
		move_dependents(P, 0, a, k, k);
		syn_rehang(&P->w[k], A->head, A->deprel);
		syn_rehang(A, (unsigned)(k + 1), "amod");
	}
}

/* revpath123: "Japan lifted sanctions against both India and Pakistan": the parser may hang
 * the "against" phrase on the object noun with the verb's relation (obl), which the rules
 * that read a deed noun's target ("sanctions against X", an nmod) do not see, and the target
 * went to a later phrase ("the US-led war"). An "against" phrase on a subject's or object's
 * noun is that noun's modifier (nmod); one on the verb is left alone. */
static void against_nouns(struct syntax_parse *P)
{
	for (int x = 1; x < P->nw; x++) {
		khaldun_parse_token *X = &P->w[x];
		int h = (int)X->head - 1, k = syn_case_of(P, x);
		if (h < 0 || !syn_rel_is(X, "obl") || k < 0 || !syn_word_is(&P->w[k], "against") ||
		    !noun_word(&P->w[h]) ||
		    !(syn_rel_is(&P->w[h], "obj") || syn_rel_base(&P->w[h], "nsubj")))
			continue;
		X->deprel = "nmod";
	}
}

/* auxadv163: 1 when phrase t (an obl) opens right after word a with its preposition, past
 * one comma: "had in fact asked" ("in" on "fact"), "has, at one point, threatened". */
static int opening_preposition(const struct syntax_parse *P, int a, int t)
{
	int p = a + 1;
	if (p < t && syn_word_is(&P->w[p], ","))
		p++;
	return p < t && (int)P->w[p].head == t + 1 && syn_rel_is(&P->w[p], "case") &&
	       syn_upos_is(&P->w[p], "ADP");
}

/* "India had in recent days shelled border posts", "Iran has over the past weeks sent
 * drones": with a time phrase between a perfect "have" and its participle, the parser may
 * take "have" for the clause's verb, the time noun for its adjunct (obl) and the participle
 * for a clause on that noun (acl) or on "have" (advcl), so the deed loses its subject. The
 * participle right after the time phrase (not in -ing) takes the clause's place, "have"
 * becomes its auxiliary and the time phrase measures it; only when every word between
 * "have" and the participle is in the time phrase and "have" has no object of its own
 * ("had in those days a large army" is left alone). auxadv163: the same for any phrase led
 * by a preposition right after "have", commas around it or not ("China had in fact asked
 * for", "Russia has, in turn, accused"): a perfect "have" with no object takes no adjunct
 * before a participle of its own. */
static void split_perfects(struct syntax_parse *P)
{
	for (int t = 2; t + 1 < P->nw; t++) {
		int a = (int)P->w[t].head - 1, v;
		if (a > t && syn_is_verb(&P->w[a]) && (int)P->w[a].head - 1 < t)
			a = (int)P->w[a].head - 1;   /* the phrase on the participle: "has, in fact,
						      * agreed" with "agreed" a clause of "has" */
		v = a + 1;
		if (a < 0 || a >= t || !syn_word_in(&P->w[a], HAVE_FORMS))
			continue;
		/* a noun with a preposition of its own is no object: "had, in effect, cut" */
		int marked = opening_preposition(P, a, t), o = syn_child_rel(P, a, "obj");
		if (!(syn_rel_base(&P->w[t], "obl") || (marked && o == t)) || (o >= 0 && o != t) ||
		    !(syn_word_in(&P->w[t], TIME_SPAN_WORDS) || syn_time_word(&P->w[t]) || marked))
			continue;
		while (v < P->nw && (v == t || syn_word_is(&P->w[v], ",") ||
				     (syn_below(P, v, t) >= 0 && !syn_is_verb(&P->w[v]))))
			v++;   /* the first word after the phrase (and its commas) */
		if (v >= P->nw || v < t || !syn_is_verb(&P->w[v]) || syn_ends_ing(&P->w[v]) ||
		    !((int)P->w[v].head == t + 1 || (int)P->w[v].head == a + 1))
			continue;
		move_dependents(P, 0, a, v, v);
		if (o == t)
			syn_rehang(&P->w[t], (unsigned)(v + 1), "obl");
		syn_rehang(&P->w[v], P->w[a].head, P->w[a].deprel);
		syn_rehang(&P->w[a], (unsigned)(v + 1), "aux");
		P->w[a].upos = "AUX";
	}
}

/* "condemned what it called Israel's repeated violations", "denounced what it described as
 * Western interference": the free relative's object is the thing named, so the phrase
 * named is the object (the target), the naming clause a relative clause on it. */
static void named_objects(struct syntax_parse *P)
{
	static const char *const name[] = { "call", "term", "label", "dub", "brand", NULL };
	static const char *const as[] = { "describ", "characteri", "portray", NULL };
	for (int w = 1; w + 2 < P->nw; w++) {
		khaldun_parse_token *W = &P->w[w];
		if (!syn_word_is(W, "what") || !W->head || !syn_rel_is(W, "obj"))
			continue;
		int c = syn_child_rel(P, w, "acl");
		if (c < 0 || !syn_is_verb(&P->w[c]))
			continue;
		int y = -1;
		if (syn_stem_in(&P->w[c], name))
			y = syn_child_rel(P, c, "obj") >= 0 ? syn_child_rel(P, c, "obj")
							     : syn_child_rel(P, c, "xcomp");
		else if (syn_stem_in(&P->w[c], as)) {
			for (int i = c + 1; i < P->nw && y < 0; i++) {
				int k = syn_case_of(P, i);
				if ((int)P->w[i].head == c + 1 && syn_rel_base(&P->w[i], "obl") &&
				    k >= 0 && syn_word_is(&P->w[k], "as"))
					y = i;
			}
		}
		if (y <= c || !P->w[y].upos || (strcmp(P->w[y].upos, "NOUN") &&
						 strcmp(P->w[y].upos, "PROPN")))
			continue;
		syn_rehang(&P->w[y], W->head, W->deprel);
		syn_rehang(W, (unsigned)(c + 1), "obj");
		syn_rehang(&P->w[c], (unsigned)(y + 1), "acl:relcl");
	}
}

/* past forms of news verbs not written in -ed (subject_participles, syn_past_form) */
static const char *const IRREGULAR_PAST[] = { "struck", "fought", "shot", "met", "held",
	"took", "threw", "led", "began", "sought", "broke", "overran", "stole", "sent", "made",
	NULL };

/* negconj101: 1 when verb word w is a past form: in -ed ("warned"; not "need", "proceed") or
 * one of IRREGULAR_PAST ("met", "sent"): a form no "did" or modal carries. */
int syn_past_form(const khaldun_parse_token *w)
{
	if (w->len > 3 && syn_ends(w, "ed") &&
	    tolower((unsigned char)w->form[w->len - 3]) != 'e')
		return 1;
	return syn_word_in(w, IRREGULAR_PAST);
}

/* subjacl51: "Kenyan police deployed to Haiti clashed with gangs", "Russian troops stationed
 * in Syria attacked rebel positions": the parser may make the reduced relative on the subject
 * (a past participle in -ed with a phrase of its own) the root, and the main verb after it a
 * clause of it (advcl, conj, parataxis, xcomp) or an adjective of a noun it governs
 * ("attacked" an amod of "positions", the noun an obl with no preposition). Two past verbs
 * in a row with no conjunction, comma, pronoun, auxiliary, marker or subject between them
 * cannot both be the clause's: the second becomes the root with the subject, the participle
 * a reduced relative (acl) of the subject, and what hung on the participle after the main
 * verb (the full stop) hangs on the verb. */
static void subject_participles(struct syntax_parse *P)
{
	int p = root_word(P);
	const khaldun_parse_token *R = p >= 0 ? &P->w[p] : NULL;
	int n = p >= 0 ? syn_child_rel(P, p, "nsubj") : -1;
	if (n < 0 || n > p || !syn_upos_is(R, "VERB") || R->len < 4 ||
	    strncmp(R->form + R->len - 2, "ed", 2) || syn_child_rel(P, p, "aux") >= 0 ||
	    syn_child_rel(P, p, "obj") >= 0 || syn_child_rel(P, p, "cop") >= 0)
		return;
	static const char *const rel[] = { "advcl", "conj", "parataxis", "xcomp", NULL };
	int v = -1, o = -1, pp = 0;
	for (int i = p + 1; i < P->nw && v < 0; i++) {
		const khaldun_parse_token *w = &P->w[i];
		int on = (int)w->head - 1;
		if (on == p && syn_rel_base(w, "obl") && syn_case_of(P, i) >= 0)
			pp = 1;
		if ((w->len == 1 && (w->form[0] == ',' || w->form[0] == ';')) ||
		    (w->upos && (!strcmp(w->upos, "CCONJ") || !strcmp(w->upos, "SCONJ") ||
				 !strcmp(w->upos, "PRON") || !strcmp(w->upos, "AUX"))))
			return;
		if (!syn_upos_is(w, "VERB") || syn_ends_ing(w) || !pp)
			continue;
		/* a past form, the main verb's tense: not a noun the tagger took for a base-form
		 * verb ("senators called for Ukrainian government reform in ...") */
		if (!(w->len > 3 && !strncmp(w->form + w->len - 2, "ed", 2)) &&
		    !syn_word_in(w, IRREGULAR_PAST))
			return;
		if (on == p && syn_rel_base_in(w, rel) && syn_child_rel(P, i, "nsubj") < 0 &&
		    syn_child_rel(P, i, "mark") < 0)
			v = i;
		else if (syn_rel_is(w, "amod") && on > i && (int)P->w[on].head - 1 == p &&
			 syn_rel_base(&P->w[on], "obl") && syn_case_of(P, on) < 0)
			v = i, o = on;
		else
			return;
	}
	if (v < 0)
		return;
	move_dependents(P, v + 1, p, v, o);
	if (o >= 0) {
		syn_rehang(&P->w[o], (size_t)(v + 1), "obj");
	}
	syn_rehang(&P->w[v], 0, "root");
	P->w[n].head = (size_t)(v + 1);
	syn_rehang(&P->w[p], (size_t)(n + 1), "acl");
}

/* Finite auxiliaries and copulas: a verb with one of them is a clause of its own. */
static const char *const finite[] = { "has", "have", "had", "will", "would", "is", "are", "was",
	"were", "can", "could", "should", "may", "might", "must", "does", "did", NULL };

/* "Beijing cites historic records to back its claims and has rejected the ruling": a verb
 * with a finite auxiliary of its own ("has", "will", "is") and no subject is no conjunct of
 * an infinitive ("to back"), where the parser hangs it and it loses the sentence's subject;
 * it is made a conjunct of the verb the infinitive clause hangs on. */
static void finite_conjuncts(struct syntax_parse *P)
{
	static const char *const to[] = { "to", NULL };
	for (int i = 0; i < P->nw; i++) {
		khaldun_parse_token *w = &P->w[i];
		int h = (int)w->head - 1;
		if (h < 0 || !syn_rel_is(w, "conj") || !syn_upos_is(w, "VERB") ||
		    !P->w[h].head ||
		    !(syn_rel_is(&P->w[h], "xcomp") || syn_rel_is(&P->w[h], "advcl")) ||
		    !syn_child_word(P, h, "mark", to) || !syn_child_word(P, i, "aux", finite) ||
		    syn_child_rel(P, i, "nsubj") >= 0 || syn_child_rel(P, i, "csubj") >= 0)
			continue;
		w->head = P->w[h].head;
	}
}

/* conjrel155: 1 when verb word w has a bare form: no -s, -ed or -ing, nor an irregular past
 * ("continue", "keep"; not "holds", "deported", "putting", "sent"). */
static int bare_form(const khaldun_parse_token *w)
{
	return syn_is_verb(w) && !syn_ends(w, "s") && !syn_ends_ing(w) && !syn_past_form(w);
}

/* conjrel155: 1 when verb h has a subject of its own that is one name or noun not in -s
 * ("Washington imposed", "the army carried out"), which no bare present verb agrees with;
 * not "who", "they" or "the rebels" ("refugees who fled and need shelter"). */
static int singular_subject(const struct syntax_parse *P, int h)
{
	int s = syn_child_rel(P, h, "nsubj");
	if (s < 0 || !P->w[s].upos)
		return 0;
	return !strcmp(P->w[s].upos, "PROPN") ||
	       (!strcmp(P->w[s].upos, "NOUN") && !syn_ends(&P->w[s], "s"));
}

/* conjrel155: the bare verb with an auxiliary ("should keep") or "to" ("to fund") nearest
 * before the clause of verb h, whose clause holds h or stands beside h's under one head
 * ("must maintain the sanctions Washington imposed", "imposed" hung on "said"); -1: none. */
static int modal_verb_before(const struct syntax_parse *P, int h)
{
	static const char *const to[] = { "to", NULL };
	int up = (int)P->w[h].head - 1;
	for (int v = h - 1; v >= 0; v--) {
		const khaldun_parse_token *V = &P->w[v];
		if (!syn_upos_is(V, "VERB"))
			continue;
		if (!bare_form(V) ||
		    !(syn_child_rel(P, v, "aux") >= 0 || syn_child_word(P, v, "mark", to)))
			return -1;
		return syn_below(P, h, v) >= 0 || (up >= 0 && syn_below(P, v, up) >= 0) ? v : -1;
	}
	return -1;
}

/* conjrel155: "said those countries should keep their offers open for the Uyghurs Thailand
 * still holds, and continue putting pressure on Bangkok", "urged Kenya to free the men it
 * detained and allow them to leave": the parser may hang a bare verb after "and" as a
 * conjunct of the verb of a clause (relative, bare relative or subordinate with no marker)
 * inside the modal or "to" clause before it. A verb in -s or -ed takes no bare conjunct:
 * the bare verb, with no subject or auxiliary of its own, is made a conjunct of the nearest
 * verb above that clause when that verb is bare too and carries an auxiliary or "to", so it
 * shares the modal ("should continue") and the subject. A relative verb with an auxiliary of
 * its own ("the aid they will send and deliver") is left alone. */
static void relative_bare_conjuncts(struct syntax_parse *P)
{
	static const char *const to[] = { "to", NULL };
	for (int i = 2; i < P->nw; i++) {
		khaldun_parse_token *w = &P->w[i];
		int h = (int)w->head - 1;
		if (h < 0 || h >= i || !syn_rel_is(w, "conj") || !w->upos ||
		    strcmp(w->upos, "VERB") || !bare_form(w) || syn_child_rel(P, i, "nsubj") >= 0 ||
		    syn_child_rel(P, i, "aux") >= 0 || syn_child_word(P, i, "mark", to))
			continue;
		const khaldun_parse_token *H = &P->w[h];
		if (!syn_upos_is(H, "VERB") || bare_form(H) || syn_ends_ing(H) ||
		    syn_child_rel(P, h, "aux") >= 0 || syn_child_rel(P, h, "mark") >= 0 ||
		    !(syn_rel_base(H, "acl") || syn_rel_is(H, "advcl") || syn_rel_is(H, "ccomp")))
			continue;
		if (syn_past_form(H) && !singular_subject(P, h))
			continue;
		int v = modal_verb_before(P, h);
		if (v >= 0)
			syn_rehang(w, (size_t)(v + 1), "conj");
	}
}

/* "The government has so far refused to relax the rules": with words between the auxiliary
 * and its verb the parser may hang the subject on the auxiliary; it is the verb's subject
 * (the rules read a verb's own nsubj). */
static void auxiliary_subjects(struct syntax_parse *P)
{
	for (int i = 0; i < P->nw; i++) {
		khaldun_parse_token *w = &P->w[i];
		int h = (int)w->head - 1;
		if (h >= 0 && syn_rel_base(w, "nsubj") && P->w[h].upos &&
		    !strcmp(P->w[h].upos, "AUX") && syn_rel_base(&P->w[h], "aux") && P->w[h].head)
			w->head = P->w[h].head;
	}
}

/* passive71: "Ukraine was promised aid", "The refugee was granted asylum in Germany": the
 * parser may read a passive that keeps an object (a verb of giving) as active, its "be" a
 * plain aux and its subject nsubj, so the one given to would be taken for the giver. A verb
 * in -ed or -en (or a few irregular participles) with a form of "be" as its aux, an object
 * and an active subject is passive: relabelled aux:pass and nsubj:pass. "-ing" forms ("was
 * giving aid") and verbs with no object are left to the parser. */
static void passive_objects(struct syntax_parse *P)
{
	static const char *const irregular[] = { "sent", "told", "paid", "lent", "sold",
		"taught", "brought", "kept", "left", NULL };
	for (int v = 0; v < P->nw; v++) {
		const khaldun_parse_token *w = &P->w[v];
		/* the verb's own word first: the walks for its aux and subject below are the
		 * sentence's length each, and most words are no participle (speed123) */
		if (!syn_upos_is(w, "VERB") || w->len < 4 ||
		    (!syn_ends(w, "ed") && !syn_ends(w, "en") && !syn_word_in(w, irregular)))
			continue;
		int a = -1, s = syn_child_rel(P, v, "nsubj");
		for (int i = 0; i < P->nw && a < 0; i++)
			if ((int)P->w[i].head == v + 1 && syn_rel_is(&P->w[i], "aux") &&
			    syn_word_in(&P->w[i], BE_ALL))
				a = i;
		if (a < 0 || s < 0 || !syn_rel_is(&P->w[s], "nsubj") || a < s || a > v ||
		    syn_child_rel(P, v, "obj") < 0)
			continue;
		P->w[a].deprel = "aux:pass";
		P->w[s].deprel = "nsubj:pass";
	}
}

/* bareagent153: "said village elders were meeting at a hotel": the parser may label the
 * form of "be" before a verb in -ing aux:pass and its subject nsubj:pass, so the subject was
 * read as the deed's target and the speaker kept the deed. A progressive is active: a verb in
 * -ing whose aux:pass is "was", "were", "is" or "are" right before it (no "being": "was being
 * attacked" stays passive) gets aux and nsubj back. */
static void progressive_actives(struct syntax_parse *P)
{
	for (int v = 1; v < P->nw; v++) {
		const khaldun_parse_token *w = &P->w[v];
		if (!syn_upos_is(w, "VERB") || w->len < 6 || !syn_ends(w, "ing"))
			continue;
		khaldun_parse_token *a = &P->w[v - 1];
		if ((int)a->head != v + 1 || !syn_rel_is(a, "aux:pass") ||
		    !syn_word_in(a, BE_FINITE) || syn_child_rel(P, v, "obl:agent") >= 0)
			continue;
		int s = syn_child_rel(P, v, "nsubj:pass");
		a->deprel = "aux";
		if (s >= 0 && syn_rel_is(&P->w[s], "nsubj:pass"))
			P->w[s].deprel = "nsubj";
	}
}

/* passive71: "Ukraine was given weapons by Britain": the parser may hang the "by" phrase of
 * a passive verb v that keeps its object o on that object (nmod), so the giver was read as
 * the target. A "by" nmod right under o, after it, is v's agent: relabelled obl:agent. */
static void by_under_object(struct syntax_parse *P, int o, int v)
{
	for (int n = o + 1; n < P->nw; n++) {
		khaldun_parse_token *x = &P->w[n];
		int c = syn_case_of(P, n);
		if ((int)x->head != o + 1 || !syn_rel_is(x, "nmod") || c < 0 ||
		    !syn_word_is(&P->w[c], "by"))
			continue;
		syn_rehang(x, (unsigned)(v + 1), "obl:agent");
		return;
	}
}

/* "Moise was criticized by U.S. and French representatives": the parser may read a passive
 * verb's "by" phrase as its object, with "by" hung on a word inside it ("U.S."), so the doers
 * would be taken as the target. An object (or indirect object) of a passive verb whose phrase
 * opens with that "by" is the verb's agent: relabelled obl:agent, "by" its own case. */
static void by_objects(struct syntax_parse *P)
{
	for (int o = 0; o < P->nw; o++) {
		khaldun_parse_token *w = &P->w[o];
		int v = (int)w->head - 1;
		if (v < 0 || !(syn_rel_is(w, "obj") || syn_rel_is(w, "iobj")) ||
		    !syn_passive_verb(P, v))
			continue;
		int first = o;   /* the object phrase's first word */
		for (int k = 0; k < o; k++)
			if (syn_below(P, k, o) >= 0) {
				first = k;
				break;
			}
		if (first == o || first <= v || !syn_rel_is(&P->w[first], "case") ||
		    !syn_word_is(&P->w[first], "by")) {
			by_under_object(P, o, v);
			continue;
		}
		w->deprel = "obl:agent";
		P->w[first].head = (unsigned)(o + 1);
	}
}

/* 1 when verb word p of the parse is finite, so a clause of its own: a finite auxiliary or
 * copula ("was needed", "is ready", "has relaunched"), a present in -s ("appears"), or a bare
 * verb with an object ("fired tear gas", which no participle on a noun takes); not "to ...",
 * "-ing". */
static int finite_verb(const struct syntax_parse *P, int p)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[p];
	if (syn_child_word(P, p, "mark", to) || (syn_ends_ing(w) && syn_child_rel(P, p, "aux") < 0))
		return 0;
	if (syn_child_word(P, p, "aux", finite) || syn_child_word(P, p, "cop", finite))
		return 1;
	if (!syn_upos_is(w, "VERB") || syn_child_rel(P, p, "aux") >= 0)
		return 0;
	return (w->len > 3 && (w->form[w->len - 1] == 's' || w->form[w->len - 1] == 'S') &&
		w->form[w->len - 2] != 's') || syn_child_rel(P, p, "obj") >= 0;
}

/* clause52: "Students who have led the protests rejected the claim": with no comma around the
 * relative clause the parser may make its antecedent the root and the main verb a clause of
 * the relative verb (xcomp, advcl, conj...), so the main verb has no subject and the deed no
 * doer. A root noun or name whose relative clause (who/which/that its subject) carries a
 * finite verb (finite_verb: "rejected the claim", "has rejected") with no subject, marker or
 * conjunction of its own: that verb becomes the root, the noun its subject, and what hung on
 * the noun after it (the full stop) hangs on the verb. A sentence with a main verb of its own
 * is left alone ("Students who rejected the claim left" is a parse of another kind). */
static void restrictive_main_verbs(struct syntax_parse *P)
{
	static const char *const relpron[] = { "who", "which", "that", NULL };
	static const char *const rel[] = { "xcomp", "advcl", "conj", "parataxis", "ccomp", "acl",
		NULL };
	int n = root_word(P);
	if (n < 0 || !P->w[n].upos ||
	    (strcmp(P->w[n].upos, "NOUN") && strcmp(P->w[n].upos, "PROPN")))
		return;
	int v1 = syn_child_rel(P, n, "acl:relcl");
	if (v1 <= n || !syn_child_word(P, v1, "nsubj", relpron))
		return;
	for (int v2 = v1 + 1; v2 < P->nw; v2++) {
		khaldun_parse_token *V = &P->w[v2];
		int h = (int)V->head - 1;   /* on the relative verb, or on its object as an acl */
		if ((h != v1 && !(syn_rel_is(V, "acl") && (int)P->w[h].head == v1 + 1)) ||
		    !syn_rel_base_in(V, rel) || !V->upos ||
		    strcmp(V->upos, "VERB") || !finite_verb(P, v2) ||
		    syn_child_rel(P, v2, "nsubj") >= 0 || syn_child_rel(P, v2, "csubj") >= 0 ||
		    syn_child_rel(P, v2, "mark") >= 0 || syn_child_rel(P, v2, "cc") >= 0 ||
		    syn_child_rel(P, v2, "expl") >= 0)
			continue;
		move_dependents(P, v2 + 1, n, v2, -1);
		syn_rehang(V, 0, "root");
		hang_subject(P, n, v2);
		return;
	}
}

/* "Witnesses reported Israeli forces fired tear gas", "He said a firm, unified response was
 * needed": with no "that" the parser may take the first noun after a verb of saying as its
 * object and the clause's verb as a clause on that noun (acl) or a second complement of the
 * saying (xcomp), so the clause's deed has no doer, or the doer's phrase takes in the speaker
 * (said48). A finite verb (finite_verb) hung so,
 * after the noun, with no relative word or marker of its own, is made the ccomp of the
 * saying verb; the noun its subject, or, when the verb has a subject that starts right after
 * the noun (commas aside: "3R rebels attacked"), a word of that subject. "tell", "warn" are
 * left out: their object is the one told ("told reporters they would ..."); so is a saying
 * with no subject (", said international relations expert X": the speaker comes after). */
static void said_clauses(struct syntax_parse *P)
{
	static const char *const say[] = { "say", "says", "said", "saying", "claim", "claims",
		"claimed", "claiming", "announce", "announces", "announced", "insist", "insists",
		"insisted", "believe", "believes", "believed", "think", "thinks", "thought",
		"argue",
		"argues", "argued", "add", "adds", "added", "note", "notes", "noted", "report",
		"reports", "reported", NULL };
	static const char *const rel[] = { "who", "which", "that", "whom", "whose", "where",
		"when", NULL };
	for (int o = 1; o < P->nw; o++) {
		khaldun_parse_token *O = &P->w[o];
		int v = (int)O->head - 1, p = -1;
		if (v < 0 || v >= o || !syn_rel_is(O, "obj") || !syn_is_verb(&P->w[v]) ||
		    !syn_word_in(&P->w[v], say) || !O->upos ||
		    (syn_child_rel(P, v, "nsubj") < 0 && !syn_ends_ing(&P->w[v])) ||
		    (strcmp(O->upos, "NOUN") && strcmp(O->upos, "PROPN") && strcmp(O->upos, "ADJ")))
			continue;
		for (int k = o + 1; k < P->nw && p < 0; k++)
			if ((((int)P->w[k].head == o + 1 && syn_rel_base(&P->w[k], "acl")) ||
			     ((int)P->w[k].head == v + 1 && syn_rel_is(&P->w[k], "xcomp"))) &&
			    finite_verb(P, k))
				p = k;
		if (p < 0 || syn_child_rel(P, p, "mark") >= 0 ||
		    syn_child_rel(P, p, "csubj") >= 0 ||
		    syn_child_rel(P, p, "expl") >= 0)
			continue;
		int bad = 0;
		for (int k = o + 1; k < p && !bad; k++)
			bad = syn_word_in(&P->w[k], rel) && syn_below(P, k, p) >= 0;
		if (bad)
			continue;
		int s = syn_child_rel(P, p, "nsubj");
		if (s >= 0) {
			int f = s;   /* the subject phrase's first word */
			for (int k = o + 1; k < s; k++)
				if (syn_below(P, k, s) >= 0) {
					f = k;
					break;
				}
			for (int k = o + 1; k < f && !bad; k++)
				bad = !(P->w[k].len == 1 && P->w[k].form[0] == ',');
			if (bad || s < o || !P->w[s].upos ||
			    (strcmp(P->w[s].upos, "NOUN") && strcmp(P->w[s].upos, "PROPN")))
				continue;
			syn_rehang(O, (unsigned)(s + 1),
				   strcmp(O->upos, "ADJ") ? "compound" : "amod");
		} else {
			hang_subject(P, o, p);
		}
		syn_rehang(&P->w[p], (unsigned)(v + 1), "ccomp");
	}
}

/* hopedef160: "He told reporters he hoped Ethiopia would withdraw its troops": the parser may
 * read the pronoun's verb after the one told as a relative clause on that noun ("reporters he
 * hoped", acl:relcl) and hang the clause hoped on "told" as its content, so the rules take
 * "Ethiopia" for the teller's subject and the hope has no clause. A verb of hoping, believing
 * or saying so hung, with a personal pronoun for its subject right before it and no relative
 * word, on the object of a form of "tell", is made the content (ccomp) of "told"; a clause
 * that "told" holds after it (ccomp) moves under that verb. "told reporters he had met" (no
 * clause after) and "the reporters who he hoped" are left alone. */
static void told_pronoun_clauses(struct syntax_parse *P)
{
	static const char *const tell[] = { "tell", "tells", "told", "telling", NULL };
	static const char *const think[] = { "hope", "hopes", "hoped", "hoping", "believe",
		"believes", "believed", "think", "thinks", "thought", "expect", "expects",
		"expected", "say", "says", "said", NULL };
	static const char *const pron[] = { "he", "she", "they", "we", "i", NULL };
	for (int h = 2; h < P->nw; h++) {
		khaldun_parse_token *H = &P->w[h];
		int o = (int)H->head - 1, s = h - 1;
		if (o < 0 || o >= h || !syn_rel_is(H, "acl:relcl") || !syn_word_in(H, think) ||
		    (int)P->w[s].head != h + 1 || !syn_rel_is(&P->w[s], "nsubj") ||
		    !syn_word_in(&P->w[s], pron) || syn_child_rel(P, h, "obj") >= 0 ||
		    syn_child_rel(P, h, "xcomp") >= 0)
			continue;
		int v = (int)P->w[o].head - 1;
		if (v < 0 || v >= o || !syn_word_in(&P->w[v], tell) ||
		    !(syn_rel_is(&P->w[o], "obj") || syn_rel_is(&P->w[o], "iobj")))
			continue;
		int c = syn_child_rel(P, h, "ccomp");
		if (c < 0)
			for (int k = h + 1; k < P->nw && c < 0; k++)
				if ((int)P->w[k].head == v + 1 && syn_rel_is(&P->w[k], "ccomp"))
					c = k;
		if (c < 0)
			continue;
		syn_rehang(&P->w[c], (unsigned)(h + 1), "ccomp");
		syn_rehang(H, (unsigned)(v + 1), "ccomp");
	}
}

/* saidconj123: the object of conjunct verb i that the parser hung on the predicate h before it
 * ("told reporters the talks were useless and accused Greece": "Greece" a conj of "useless"):
 * the first noun after i hung on h, the words between it and i in its own phrase ("the United
 * States"); -1: none. */
static int stray_object(const struct syntax_parse *P, int i, int h)
{
	for (int k = i + 1; k < P->nw; k++) {
		if ((int)P->w[k].head != h + 1)
			continue;
		if (!P->w[k].upos ||
		    (strcmp(P->w[k].upos, "NOUN") && strcmp(P->w[k].upos, "PROPN")) ||
		    !(syn_rel_is(&P->w[k], "obj") || syn_rel_is(&P->w[k], "conj")))
			return -1;
		for (int x = i + 1; x < k; x++)
			if (syn_below(P, x, k) < 0)
				return -1;
		return k;
	}
	return -1;
}

/* saidconj123: "Iran said the sanctions were illegal and accused the United States of
 * terrorism": the parser may hang the speaker's second verb ("accused") as a conjunct of the
 * reported clause's predicate ("illegal"), so it has no subject and the rules take none or the
 * reported clause's. A past verb with an object and no subject or auxiliary of its own, a
 * conjunct of a copula's predicate (a noun or adjective with "were", "is") that is the
 * complement of a verb of saying or reporting in the past (not "says", "saying"), cannot
 * share that copula: it is made a conjunct of the saying verb, whose subject it takes. A
 * verb predicate ("said the men were detained and questioned") and a conjunct with no object
 * (its own, or stray_object's) are left alone. */
static void speaker_conjuncts(struct syntax_parse *P)
{
	for (int i = 1; i < P->nw; i++) {
		khaldun_parse_token *w = &P->w[i];
		int h = (int)w->head - 1, v = h >= 0 ? (int)P->w[h].head - 1 : -1;
		if (v < 0 || h >= i || !syn_rel_is(w, "conj") || !w->upos ||
		    strcmp(w->upos, "VERB") ||
		    !syn_past_form(w) || syn_child_rel(P, i, "nsubj") >= 0 ||
		    syn_child_rel(P, i, "aux") >= 0 ||
		    !syn_rel_is(&P->w[h], "ccomp") || syn_is_verb(&P->w[h]) ||
		    syn_child_rel(P, h, "cop") < 0 || !syn_is_verb(&P->w[v]) ||
		    syn_ends(&P->w[v], "s") || syn_ends_ing(&P->w[v]) ||
		    !(syn_speech_word(&P->w[v]) || syn_report_word(&P->w[v]) ||
		      syn_word_in(&P->w[v], DENY_WORDS)))
			continue;
		int o = syn_child_rel(P, i, "obj");
		if (o < 0)
			o = stray_object(P, i, h);
		if (o < 0)
			continue;
		syn_rehang(&P->w[o], (size_t)(i + 1), "obj");
		w->head = (size_t)(v + 1);
	}
}

/* 1 when parse word m is a verb of the event dictionaries in a past form: in -ed, or an
 * inflection of its root that is neither -ing nor -s ("struck", "hit"). */
static int coded_past(const coder_sent *S, const struct syntax_parse *P, int m)
{
	const khaldun_parse_token *w = &P->w[m];
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		if (P->tok2w[i] != m)
			continue;
		if (S->t[i].type != TY_VERB)
			return 0;
		if (w->len > 3 && syn_ends(w, "ed"))
			return 1;
		return !syn_base_form(S, i) && !syn_ends_ing(w) &&
		       (w->form[w->len - 1] | 0x20) != 's';
	}
	return 0;
}

/* 1 when parse word k is a word a plain noun phrase is made of (no preposition, verb,
 * marker or pronoun: those would make the words something else than subject and object). */
static int plain_phrase_word(const khaldun_parse_token *w)
{
	static const char *const tags[] = { "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ",
		"PUNCT", NULL };
	for (int k = 0; w->upos && tags[k]; k++)
		if (!strcmp(w->upos, tags[k]))
			return 1;
	return 0;
}

/* saidparse53: "Pakistan said Indian troops shelled villages in Kashmir": the parser may read
 * the reported clause as one noun phrase, the saying's object, its verb a modifier (amod,
 * compound, acl) of the last noun ("villages") and its subject a compound of it, so the
 * speaker becomes the source and the doers the target. An object (or ccomp) of a verb of
 * saying whose phrase holds exactly one verb, that verb a past form of the event
 * dictionaries (coded_past) right after a noun and before the phrase's head, and nothing but
 * plain noun-phrase words: re-read as a clause, the words before the verb its subject (the
 * noun before it the head), the verb the saying's ccomp, the head its object, and the
 * prepositional phrases on the head (nmod) the verb's (obl). */
static void said_noun_clauses(const coder_sent *S, struct syntax_parse *P)
{
	static const char *const say[] = { "say", "says", "said", "claim", "claims", "claimed",
		"allege", "alleges", "alleged", "report", "reports", "reported", "believe",
		"believes", "believed", "insist", "insists", "insisted", "add", "adds", "added",
		NULL };
	static const char *const rel[] = { "amod", "compound", "acl", NULL };
	for (int o = 3; o < P->nw; o++) {
		khaldun_parse_token *O = &P->w[o];
		int v = (int)O->head - 1, m = -1, f = o, bad = 0;
		if (v < 0 || v >= o || !(syn_rel_is(O, "obj") || syn_rel_is(O, "ccomp")) ||
		    !syn_is_verb(&P->w[v]) || !syn_word_in(&P->w[v], say) || !O->upos ||
		    (strcmp(O->upos, "NOUN") && strcmp(O->upos, "PROPN")))
			continue;
		for (int k = v + 1; k < o && !bad; k++) {
			if (syn_below(P, k, o) < 0) {
				bad = f < o;   /* a gap in the phrase before its head */
				continue;
			}
			if (f == o)
				f = k;
			if (!syn_is_verb(&P->w[k]))
				bad = !plain_phrase_word(&P->w[k]);
			else if (m >= 0)
				bad = 1;   /* two verbs: no single clause to read */
			else
				m = k;
		}
		if (bad || m <= f || !syn_rel_base_in(&P->w[m], rel) || !P->w[m - 1].upos ||
		    (strcmp(P->w[m - 1].upos, "NOUN") && strcmp(P->w[m - 1].upos, "PROPN")) ||
		    !coded_past(S, P, m))
			continue;
		for (int k = o + 1; k < P->nw && !bad; k++)   /* no other verb heads the clause */
			bad = syn_is_verb(&P->w[k]) && syn_below(P, k, o) >= 0;
		if (bad)
			continue;
		int s = m - 1;
		for (int k = f; k < s; k++) {
			int h = (int)P->w[k].head - 1;
			if (h < f || h > s)
				P->w[k].head = (unsigned)(s + 1);
		}
		syn_rehang(&P->w[s], (unsigned)(m + 1), "nsubj");
		syn_rehang(&P->w[m], (unsigned)(v + 1), "ccomp");
		syn_rehang(O, (unsigned)(m + 1), "obj");
		for (int k = o + 1; k < P->nw; k++)
			if ((int)P->w[k].head == o + 1 && syn_rel_base(&P->w[k], "nmod")) {
				syn_rehang(&P->w[k], (unsigned)(m + 1), "obl");
			}
	}
}

/* The sentence's first word (after quotes) when it is a one-word actor name the coder's
 * dictionaries know but the tagger read as a verb or an auxiliary, and the verb after it,
 * in -s, as a plural noun (a name at the start has no capital to tell it apart: "Beijing
 * cites historic records ... and has rejected the ruling" left no verb for the subject);
 * -1: none. */
static int misread_first_name(const coder_sent *S, const struct syntax_parse *P)
{
	int f = 0;
	while (f < P->nw && syn_upos_is(&P->w[f], "PUNCT"))
		f++;
	if (f + 1 >= P->nw || !P->w[f].upos || !syn_is_verb(&P->w[f]) ||
	    !isupper((unsigned char)P->w[f].form[0]))
		return -1;
	const khaldun_parse_token *v = &P->w[f + 1];
	if (!syn_upos_is(v, "NOUN") || v->len < 3 || v->form[v->len - 1] != 's' ||
	    v->form[v->len - 2] == 's')
		return -1;
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++)
		if (P->tok2w[i] == f)
			return S->t[i].type == TY_ACTOR && S->t[i].end == i ? f : -1;
	return -1;
}

/* 1 when a word other than w was read as a verb */
static int other_verb(const struct syntax_parse *P, int w)
{
	for (int i = 0; i < P->nw; i++)
		if (i != w && syn_upos_is(&P->w[i], "VERB"))
			return 1;
	return 0;
}

/* Parses the words again with tag constraints (docs/parser.md): word f, the name, is PROPN;
 * the -s word after it is its VERB when the tagger found no other verb ("Beijing warns
 * Washington against arms sales": with the name fixed the tagger still reads "warns" as a
 * noun; "Beijing talks between China and Japan collapsed" has its verb and is left to the
 * tagger). The coder still reads the actor from its own tokens. */
static int parse_as_name(coder_sent *S, struct syntax_parse *P, int f)
{
	P->w[f].fix_upos = "PROPN";
	if (!other_verb(P, f))
		P->w[f + 1].fix_upos = "VERB";
	return khaldun_parse_tokens(S->d->parser, P->w, (size_t)P->nw);
}

/* sides40: a present-tense verb coordinated with another after its subject ("The Kenyan
 * government rejects and condemns the attack", "X denies and condemns ..."): the tagger,
 * which sees "rejects" after a noun, may read it as a plural noun and hang the next verb on
 * it as its conjunct, leaving the subject without its first verb and the event lost. The
 * word, a verb of the dictionary's, in -s, right before "and"/"or" and a verb in -s whose
 * conjunct the parser made it; -1: none. */
static int misread_coordinated_verb(const coder_sent *S, const struct syntax_parse *P)
{
	static const char *const cc[] = { "and", "or", NULL };
	for (int w = 1; w + 2 < P->nw; w++) {
		const khaldun_parse_token *n = &P->w[w], *v = &P->w[w + 2];
		if (!syn_upos_is(n, "NOUN") || !syn_upos_is(v, "VERB") ||
		    n->len < 4 || n->form[n->len - 1] != 's' || n->form[n->len - 2] == 's' ||
		    v->len < 4 || v->form[v->len - 1] != 's' || !syn_word_in(&P->w[w + 1], cc) ||
		    (int)v->head != w + 1 || !syn_rel_is(v, "conj"))
			continue;
		for (int i = 0; i < S->nt && i < MAX_TOKENS; i++)
			if (P->tok2w[i] == w && S->t[i].type == TY_VERB)
				return w;
	}
	return -1;
}

/* 1 when coder token i is a verb of the dictionary at parse word w, right after a noun or
 * a name, with words after it: a verb a verbless sentence may have lost. */
static int verb_after_noun(const coder_sent *S, const struct syntax_parse *P, int i, int w)
{
	return i < S->nt && S->t[i].type == TY_VERB && w >= 1 && w + 1 < P->nw &&
	       P->w[w - 1].upos && (!strcmp(P->w[w - 1].upos, "NOUN") ||
				    !strcmp(P->w[w - 1].upos, "PROPN"));
}

/* word87: 1 when parse word w is a verb read as a noun's modifier, a participle
 * ("towns held by Ukraine": acl; "the United Nations": amod), no clause's own verb: a
 * sentence whose only verbs are such is verbless for verbless_sentence_verb ("Russia
 * shells towns held by Ukraine" read "shells" as a noun and lost the deed). */
static int noun_participle(const khaldun_parse_token *w)
{
	return syn_upos_is(w, "VERB") &&
	       (syn_rel_is(w, "acl") || syn_rel_is(w, "amod"));
}

/* word87: 1 when every verb read as a noun's participle (noun_participle) modifies the
 * noun right after word v, the object v would take ("shells towns held by Ukraine"). A
 * participle hung elsewhere may be the main verb the tagger misread ("Missile attacks by
 * the Houthis on Saudi facilities resumed", "resumed" an acl of "facilities"). */
static int participles_of_object(const struct syntax_parse *P, int v)
{
	for (int i = 0; i < P->nw; i++)
		if (syn_is_verb(&P->w[i]) && (i <= v + 1 || P->w[i].head != (size_t)v + 2))
			return 0;
	return 1;
}

/* sides40: a sentence the tagger read with no verb at all ("Egypt's plan drew criticism
 * from Ethiopia": "drew" a noun, compounded with "plan" and "criticism") whose words hold
 * a verb of the dictionary's right after a noun, with words after it: that word is the
 * verb the subject noun governs (the first such); -1: none, or a verb was read.
 * reception42: a base form right before such a verb in the past ("Ethiopia's dam plan
 * drew protests": "plan", then "drew") is the last noun of the subject's compound, not
 * its verb: the inflected word after it is taken (a base form was taken, and "planned
 * protests" coded the owner's demonstration). word84: none when the word follows an
 * unknown verb in -S (match_noun_after_finite: "the deal covers rocket technology").
 * word87: verbs read as a noun's participles (noun_participle) do not count as read. */
static int verbless_sentence_verb(const coder_sent *S, const struct syntax_parse *P)
{
	for (int i = 0; i < P->nw; i++)
		if (syn_is_verb(&P->w[i]) && !noun_participle(&P->w[i]))
			return -1;
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		int w = P->tok2w[i];
		if (!verb_after_noun(S, P, i, w))
			continue;
		if (match_noun_after_finite(S, i))
			return -1;   /* word84: "the deal covers rocket technology" */
		if (i + 1 < S->nt && i + 1 < MAX_TOKENS && P->tok2w[i + 1] == w + 1 &&
		    syn_base_form(S, i) && verb_after_noun(S, P, i + 1, w + 1) &&
		    !syn_base_form(S, i + 1) && S->t[i + 1].s[S->t[i + 1].n - 1] != 'S')
			w++;
		return participles_of_object(P, w) ? w : -1;
	}
	return -1;
}

/* headline123: 1 when parse word w has the tag of one of tags (NULL-ended). */
static int tag_in(const khaldun_parse_token *w, const char *const *tags)
{
	for (int k = 0; w->upos && tags[k]; k++)
		if (!strcmp(w->upos, tags[k]))
			return 1;
	return 0;
}

/* headline123: 1 when parse word i is a verb in -ing with no auxiliary right before it
 * ("agreement easing Gulf crisis", "..., resulting in"): a participle, no clause's finite
 * verb, whatever the misread parse hangs it on ("is resigning" is finite). */
static int bare_gerund(const struct syntax_parse *P, int i)
{
	const khaldun_parse_token *x = &P->w[i];
	return syn_upos_is(x, "VERB") && x->len > 4 &&
	       !strncasecmp(x->form + x->len - 3, "ing", 3) &&
	       !(i > 0 && syn_upos_is(&P->w[i - 1], "AUX"));
}

/* headline123: 1 when every verb the tagger read (noun_participle aside) comes after word w
 * with a subordinating word between ("after", "as", "who", "that", a SCONJ): the verbs of a
 * clause that hangs on the sentence's own, which the tagger left without its verb
 * ("Police arrest 12 after protesters burned a bus": "burned" is the after-clause's). */
static int subordinate_verbs_only(const struct syntax_parse *P, int w, int skip)
{
	static const char *const sub[] = { "after", "before", "as", "when", "while", "since",
		"because", "until", "who", "which", "that", "where", NULL };
	int opened = 0;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *x = &P->w[i];
		if (i > w && (syn_word_in(x, sub) || syn_upos_is(x, "SCONJ")))
			opened = 1;
		if (i != skip && syn_is_verb(x) && !noun_participle(x) && !bare_gerund(P, i) &&
		    (i <= w || !opened))
			return 0;
	}
	return 1;
}

/* headline123: 1 when coder token e ends a name or agent phrase of the dictionaries' ("Kenya",
 * "Sudanese army", "police"): a subject that can do a deed, unlike "Peace" in "Peace talks". */
static int ends_actor_phrase(const coder_sent *S, int e)
{
	for (int k = 0; k <= e && k < MAX_TOKENS; k++) {
		const coder_tok *t = &S->t[k];
		/* an agent attached to its actor ("Kenyan police"): a literal keeping its entry */
		if ((t->type == TY_ACTOR || t->type == TY_AGENT || (t->type == TY_LIT && t->ent)) &&
		    (k == e || t->end == e))
			return 1;
	}
	return 0;
}

/* headverb123: 1 when coder token i, a verb of the dictionary's, has a pattern whose first
 * word after the verb, right after it, is token i + 1 ("HAND_ ... - *_OVER &PERSONS":
 * "Rwanda hands over suspects"; "CALL ... - *_ON"): the verb's particle or preposition,
 * which a headline's verb read as a noun keeps before its object. A word no pattern of the
 * verb takes there is not one ("Rebel attacks off the coast": a place). */
static int verb_particle(const coder_sent *S, int i)
{
	if (i + 1 >= S->nt || i + 1 >= MAX_TOKENS || S->t[i].type != TY_VERB || !S->t[i].ent ||
	    !S->t[i].ent->verb)
		return 0;
	const dict_verb_root *r = S->t[i].ent->verb;
	const coder_tok *p = &S->t[i + 1];
	for (int k = 0; k < r->npats; k++) {
		const dict_pattern *pt = &r->pats[k];
		const dict_pel *e = pt->lower.n ? &pt->lower.e[0] : NULL;
		if (pt->verb_consec && e && e->kind == PEL_WORD && e->len == p->n &&
		    !strncmp(e->text, p->s, (size_t)p->n))
			return 1;
	}
	return 0;
}

/* The tags of a noun phrase's words: names, nouns, adjectives, numbers, determiners (a
 * headline's opening phrase, the object after its verb). */
static const char *const NOUN_PHRASE_TAGS[] = { "PROPN", "NOUN", "ADJ", "NUM", "DET", NULL };

/* headline123: the first coder token after an opening phrase of names, nouns, adjectives,
 * numbers and determiners ("Kenyan police", "Iraqi forces") that is a verb of the dictionary's
 * right after a noun, read by the tagger as a NOUN ("arrest" in "Kenyan police arrest ..."):
 * its parse word, the token in *tok; -1: none, or a word of another tag comes first. */
static int opening_noun_verb(const coder_sent *S, const struct syntax_parse *P, int *tok)
{
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		int w = P->tok2w[i];
		if (w < 0)
			continue;
		if (!verb_after_noun(S, P, i, w) || strcmp(P->w[w].upos, "NOUN")) {
			if (!tag_in(&P->w[w], NOUN_PHRASE_TAGS))
				return -1;
			continue;
		}
		*tok = i;
		return w;
	}
	return -1;
}

/* headline123: a headline or lead in the present ("Police arrest 12 after protesters burned
 * a bus", "Kenyan police arrest opposition leader who called for protests"): an opening noun
 * phrase (names, nouns, adjectives, numbers) ending in a name or agent, then a verb of the
 * dictionary's the tagger read as a noun, in -s, or in the base form after a plural subject
 * ("police", "people", a noun in -s), then a determiner, number, name, adjective or noun,
 * not a dictionary verb, its object; the sentence's only
 * verbs belong to a clause opened after it (subordinate_verbs_only), so verbless_sentence_verb
 * saw a verb and the deed was lost. That word is the clause's verb; -1: none. Left alone: a
 * verb read anywhere before or outside such a clause ("Kenya attack kills 5": "kills" is
 * read), a subject naming no actor or agent ("Peace talks stall after rebels attacked"), an
 * unknown verb in -s before it (match_noun_after_finite), a -ss word ("Congress"), a word
 * before another dictionary verb ("Police raids spark ...": which is the verb the tags do not
 * tell). headverb123: a particle the verb's patterns take right after it (verb_particle) may
 * stand between the verb and its object ("Rwanda hands over suspects after ...").
 * warnof123: so may "of" or "about" after a verb in -s, the warning's or the word's topic
 * ("Russia warns of retaliation after Poland expelled its diplomats": "warns" was read as a
 * noun and the after-clause's deed took "Russia warns of retaliation" as its subject).
 */
static int headline_verb(const coder_sent *S, const struct syntax_parse *P)
{
	static const char *const plural[] = { "police", "people", NULL };
	static const char *const particle[] = { "ADP", "ADV", "PART", NULL };
	static const char *const of[] = { "of", "about", NULL };
	int i, w = opening_noun_verb(S, P, &i);
	if (w >= 0) {
		const khaldun_parse_token *v = &P->w[w], *subj = &P->w[w - 1];
		int s_form = v->len > 2 && tolower((unsigned char)v->form[v->len - 1]) == 's' &&
			     tolower((unsigned char)v->form[v->len - 2]) != 's';
		int plural_subj = syn_word_in(subj, plural) ||
				  (subj->len > 2 && subj->form[subj->len - 1] == 's' &&
				   subj->form[subj->len - 2] != 's');
		if (!ends_actor_phrase(S, i - 1))
			return -1;   /* "Peace talks stall after rebels attacked a base" */
		int next_verb = i + 1 < S->nt && i + 1 < MAX_TOKENS && P->tok2w[i + 1] == w + 1 &&
				S->t[i + 1].type == TY_VERB;   /* "Police raids spark protests" */
		int o = w + 1;   /* headverb123: "hands over suspects", the verb's particle */
		if (o + 1 < P->nw && P->tok2w[i + 1] == o && tag_in(&P->w[o], particle) &&
		    verb_particle(S, i))
			o++;
		else if (s_form && o + 1 < P->nw && syn_word_in(&P->w[o], of))
			o++;   /* warnof123: "Russia warns of retaliation after ..." */
		if (!(s_form || (syn_base_form(S, i) && plural_subj)) || next_verb ||
		    !tag_in(&P->w[o], NOUN_PHRASE_TAGS) || match_noun_after_finite(S, i) ||
		    !subordinate_verbs_only(P, w, -1))
			return -1;
		return w;
	}
	return -1;
}

/* headverb123: a headline or lead in the present whose subject is a plural agent in -s
 * ("Iraqi forces arrest suspects in Mosul", "Pakistani police arrest suspects"): the tagger reads
 * the base-form verb after it as a noun of the subject's compound and the plural object
 * after it, in -s, as the verb ("arrest suspects": "suspects" the root). A base form agrees
 * with a plural subject and an -s verb does not, and a plural in -s is seldom a compound's
 * modifier ("rebel attack", not "rebels attack"): the base form is the verb, the -s word its
 * object. Read: an opening phrase of names, nouns, adjectives, numbers, determiners ending
 * in a plural in -s that ends a name or agent phrase (ends_actor_phrase); a verb of the
 * dictionary's right after it in its base form, tagged NOUN; then a word in -s (not -ss)
 * tagged VERB that no verb entry holds; any other verb read in a clause opened after it
 * (subordinate_verbs_only). "police" counts as plural. Returns the base form's parse word;
 * -1: none. Left alone: an -s word with an object of its own ("Police raid nets cocaine"),
 * or the dictionary holds as a verb ("Rebels attack kills 5": the tags do not tell). */
static int headline_object_verb(const coder_sent *S, const struct syntax_parse *P)
{
	static const char *const after[] = { "ADP", "SCONJ", "PUNCT", "CCONJ", NULL };
	int i, w = opening_noun_verb(S, P, &i);
	if (w >= 0 && i + 1 < S->nt && i + 1 < MAX_TOKENS) {
		const khaldun_parse_token *subj = &P->w[w - 1], *o = &P->w[w + 1];
		int plural = syn_word_is(subj, "police") ||
			     (subj->len >= 4 && subj->form[subj->len - 1] == 's' &&
			      subj->form[subj->len - 2] != 's');
		if (!plural || !ends_actor_phrase(S, i - 1) ||
		    (w + 2 < P->nw && !tag_in(&P->w[w + 2], after)) ||
		    !syn_base_form(S, i) || P->tok2w[i + 1] != w + 1 ||
		    S->t[i + 1].type == TY_VERB ||
		    !syn_upos_is(o, "VERB") || o->len < 4 ||
		    tolower((unsigned char)o->form[o->len - 1]) != 's' ||
		    tolower((unsigned char)o->form[o->len - 2]) == 's' ||
		    match_noun_after_finite(S, i) || !subordinate_verbs_only(P, w + 1, w + 1))
			return -1;
		return w;
	}
	return -1;
}

/* "Two soldiers stand accused of the bombing", "Lai stands accused of collusion": "stand"
 * before a participle of accusing is a copula, the passive's "be"; the tagger, which has
 * seen it rarely, reads it as a name or a verb of its own and the accused is lost. The
 * word is parsed as that form of "be" ("are", "is", "was") and its own form put back. */
static const char *stand_as_be(const struct syntax_parse *P, int w)
{
	static const char *const stand[] = { "stand", "stands", "stood", NULL };
	static const char *const be[] = { "are", "is", "was" };
	static const char *const charged[] = { "accused", "charged", "convicted", "indicted",
		NULL };
	if (w + 1 >= P->nw || !syn_word_in(&P->w[w + 1], charged))
		return NULL;
	for (int k = 0; stand[k]; k++)
		if (syn_word_is(&P->w[w], stand[k]))
			return be[k];
	return NULL;
}

/* passive95: "Close to 200 passengers had been freed", "Up to 50 people were killed": a
 * quantity opener ("close"/"closer"/"up", then "to", then a number) the parser reads as the
 * clause's subject or root, the people it counts hung below it as an oblique, so the passive
 * subject is lost and its victim made the doer. The two words are parsed as "more than",
 * which the parser reads as a modifier of the number, and their own forms put back. NULL:
 * word w opens no such phrase; else the form word w is parsed as (and w + 1 as "than"). */
static const char *quantity_opener(const struct syntax_parse *P, int w)
{
	static const char *const opener[] = { "close", "closer", "up", NULL };
	if (w + 2 >= P->nw || !syn_word_in(&P->w[w], opener) || !syn_word_is(&P->w[w + 1], "to"))
		return NULL;
	const khaldun_parse_token *n = &P->w[w + 2];
	if (!(n->len && isdigit((unsigned char)n->form[0])) && !syn_word_in(n, COUNT_WORDS))
		return NULL;
	return isupper((unsigned char)P->w[w].form[0]) ? "More" : "more";
}

/* passive95: "the leader is shot", "X was hit": a dictionary verb (coder token type
 * TY_VERB) in an inflected form that is neither its base form, nor in -ing or -s, which the
 * tagger read as a noun with a form of "be" as its copula and no determiner, number or
 * modifier of a noun's: a past participle, the verb of a passive whose subject the deed was
 * done to. Parsed again with the word fixed as a VERB. -1: none. */
static int copula_participle(const coder_sent *S, const struct syntax_parse *P)
{
	static const char *const nominal[] = { "det", "nummod", "amod", "nmod:poss", "compound",
		"case", NULL };
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		int w = P->tok2w[i];
		if (w < 1 || S->t[i].type != TY_VERB || S->t[i].end != i)
			continue;
		const khaldun_parse_token *n = &P->w[w];
		if (!syn_upos_is(n, "NOUN") || n->len < 3 ||
		    tolower((unsigned char)n->form[n->len - 1]) == 's' || syn_ends_ing(n) ||
		    syn_base_form(S, i) || !syn_word_in(&P->w[w - 1], BE_ALL) ||
		    !syn_rel_is(&P->w[w - 1], "cop") || (int)P->w[w - 1].head != w + 1)
			continue;
		int k = 0;
		while (nominal[k] && syn_child_rel(P, w, nominal[k]) < 0)
			k++;
		if (!nominal[k])
			return w;
	}
	return -1;
}

/* passive95: the participle w copula_participle() fixed as a verb, which the parser may
 * still read as active ("is" its aux, the victim its nsubj): the form of "be" right before
 * it is its passive auxiliary and its subject the passive subject. */
static void passive_of_copula(struct syntax_parse *P, int w)
{
	khaldun_parse_token *be = &P->w[w - 1];
	if (!syn_upos_is(&P->w[w], "VERB") || (int)be->head != w + 1 ||
	    !(syn_rel_is(be, "aux") || syn_rel_is(be, "cop")))
		return;
	be->deprel = "aux:pass";
	be->upos = "AUX";
	for (int s = w - 2; s >= 0; s--)   /* the nearest ("It cannot be that X is shot") */
		if ((int)P->w[s].head == w + 1 && syn_rel_is(&P->w[s], "nsubj")) {
			P->w[s].deprel = "nsubj:pass";
			return;
		}
}

/* 1 when coder token j is a capitalised word written whole as one parse word */
static int name_word(const coder_sent *S, const struct syntax_parse *P, int j)
{
	const coder_tok *u = &S->t[j];
	int w = P->tok2w[j];
	return u->cls == C_WORD && u->cap && !u->hyphened && w >= 0 &&
	       P->wstart[w] == u->ostart && (int)P->w[w].len == u->olen;
}

/* tagger60: a name of two or more capitalised words the dictionaries matched as an actor
 * ("Masoud Pezeshkian"), followed by a verb the parser hung on the next word as a modifier
 * (amod): its words the tagger read as adjectives or verbs are fixed as proper nouns
 * (constraints for a second parse). Unknown foreign names are rare in the UD English the
 * tagger learned from: "Masoud Pezeshkian criticized Israel" came out as one noun phrase,
 * and the target was lost. Returns how many words were fixed. Left alone: a match with a
 * lower-case word ("Western diplomats"), words of the coder's own word lists ("Republican
 * Representative"), names read as nouns, the last name of a list (source55 repairs that),
 * and `khaldun parse`, which has no dictionary. */
static int names_as_propn(const coder_sent *S, struct syntax_parse *P)
{
	static const char *const cc[] = { "and", "or", NULL };
	int fixed = 0;
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		const coder_tok *t = &S->t[i];
		if (t->type != TY_ACTOR || t->end <= i || t->end >= S->nt || t->end >= MAX_TOKENS)
			continue;
		int j = i, e = P->tok2w[t->end];
		while (j <= t->end && name_word(S, P, j))
			j++;
		int b = P->tok2w[i] - 1;
		if (j <= t->end || e + 1 >= P->nw || !syn_is_verb(&P->w[e + 1]) ||
		    !syn_rel_is(&P->w[e + 1], "amod") || (b >= 0 && syn_word_in(&P->w[b], cc)))
			continue;   /* a word not a name's, no verb read as a modifier next, or
				     * a list's last name (source55's repair) */
		for (int k = i; k <= t->end; k++) {
			khaldun_parse_token *w = &P->w[P->tok2w[k]];
			if (!S->t[k].bt && !S->t[k].wf && w->upos &&
			    (!strcmp(w->upos, "ADJ") || !strcmp(w->upos, "VERB"))) {
				w->fix_upos = "PROPN";
				fixed++;
			}
		}
		i = t->end;
	}
	return fixed;
}

/* speech108: a title the dictionaries read as the agent of the actor before it ("envoy": the
 * actor carries the agent), lower-case, between that actor and a name of two capitalised words
 * ("U.N. envoy Maria Lopez said"), that the tagger read as a verb: fixed as a noun (a
 * constraint for a second parse). Read as the sentence's verb, it took the actor for its
 * subject and the speech verb for its clause, and the deed the speaker reports lost its
 * subject. A word the verb dictionaries know ("Kenyan police arrest John Kamau") or an agent
 * of its own is left to the tagger. Returns how many words were fixed. */
static int titles_as_noun(const coder_sent *S, struct syntax_parse *P)
{
	int fixed = 0;
	for (int i = 1; i + 2 < S->nt && i < MAX_TOKENS - 2; i++) {
		const coder_tok *t = &S->t[i];
		int w = P->tok2w[i];
		const coder_tok *p = &S->t[i - 1];
		const coder_actor *a =
			p->type == TY_ACTOR && p->actor >= 0 ? &S->a[p->actor] : NULL;
		if (!a || !a->agent || a->end != i - 1 || t->cap || t->cls != C_WORD ||
		    t->type == TY_VERB || t->type == TY_AGENT || w < 0 ||
		    !syn_upos_is(&P->w[w], "VERB") || !name_word(S, P, i + 1) ||
		    !name_word(S, P, i + 2))
			continue;
		P->w[w].fix_upos = "NOUN";
		fixed++;
	}
	return fixed;
}

/* quotetail154: a lower-case title the dictionaries read as an agent ("spokesperson",
 * "minister"), right before the proper name that is its verb's subject, which the parser
 * hung on that verb apart from the name (an unmarked oblique, a second subject or an
 * object: "Military spokesperson Chaundry claimed ...", "spokesperson" obl:unmarked of
 * "claimed"): the title belongs to the speaker's phrase, so it becomes a compound of the
 * name, its own modifiers ("Military") with it, and the subject reads "Military
 * spokesperson Chaundry" (~MIL), as it does where the parser keeps them together ("Military
 * spokesperson Chaundry said ..."). Left alone: a capitalised title (the tagger reads it as
 * part of the name), a time ("Last week Trump said": no agent), a title set off by a comma
 * ("the spokesperson, Chaundry, said"), a name that is no subject. */
static void title_subjects(const coder_sent *S, struct syntax_parse *P)
{
	static const char *const apart[] = { "obl", "nsubj", "obj", NULL };
	for (int i = 0; i + 1 < S->nt && i < MAX_TOKENS - 1; i++) {
		const coder_tok *t = &S->t[i];
		int w = P->tok2w[i];
		if (t->type != TY_AGENT || t->cap || t->cls != C_WORD || w < 0 || w + 1 >= P->nw ||
		    !name_word(S, P, i + 1) || P->tok2w[i + 1] != w + 1)
			continue;
		khaldun_parse_token *T = &P->w[w], *N = &P->w[w + 1];
		if (!syn_rel_base_in(T, apart) || !syn_upos_is(T, "NOUN") || !N->upos ||
		    strcmp(N->upos, "PROPN") || T->head != N->head || !N->head ||
		    !syn_rel_base(N, "nsubj"))
			continue;
		syn_rehang(T, (size_t)w + 2, "compound");
	}
}

/* Parses the sentence once; NULL when it cannot be parsed (the shallow result stands).
 * parseorder118: every reader fetches the parse through here (syntax_on(S) first), never by
 * peeking at S->syn: a reader that used the parse only when an earlier rule had fetched it
 * coded by the order of the rules ("The senator, who chairs the committee, said Iran is
 * arming the rebels": clause60's relative clause check ran before any fetch and was skipped,
 * and the target fell to none). What the parse reads of the coder's tokens (types, actor
 * spans, agents) is set by match_attach_agents, before the first reader runs: a fetch after
 * any later stage gives the same parse. */
struct syntax_parse *syn_get_parse(coder_sent *S)
{
	if (S->syn)
		return S->syn->ok ? S->syn : NULL;
	/* not zeroed (32 KB a sentence): the tokeniser clears each word it writes, the words
	 * past nw are never read; tok2w is written below for the tokens and cleared past them
	 * (a read there finds word 0, as it always did) */
	struct syntax_parse *P = arena_alloc_raw(&S->c->scratch, sizeof *P);
	if (!P)
		return NULL;
	S->syn = P;
	P->ok = 0;
	P->kids_ok = 0;
	const char *text = S->c->sentence.p ? S->c->sentence.p : "";
	size_t len = S->c->sentence.len;
	size_t n = khaldun_tokenize(text, len, P->w, SYN_MAX);
	if (n > SYN_MAX || n == 0) {
		S->reason = "syntax: sentence beyond the parser's limits, coded shallow";
		return NULL;
	}
	P->nw = (int)n;
	for (int i = 0; i < P->nw; i++)
		P->wstart[i] = (int)(P->w[i].form - text);
	int k = 0;
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++) {
		int at = S->t[i].ostart;
		while (k + 1 < P->nw && P->wstart[k + 1] <= at)
			k++;
		int wend = P->wstart[k] + (int)P->w[k].len;
		P->tok2w[i] = (P->wstart[k] <= at && at < wend) ? k : -1;
	}
	int nt = S->nt < 0 ? 0 : S->nt < MAX_TOKENS ? S->nt : MAX_TOKENS;
	memset(P->tok2w + nt, 0, (size_t)(MAX_TOKENS - nt) * sizeof P->tok2w[0]);
	/* a word the tokeniser read as an abbreviation ("US", "IS" in capitals: U.S., I.S.,
	 * tokens.c) is tagged and parsed as that abbreviation, a name, not the pronoun or the
	 * verb: the parser reads the word's form too, which a tag constraint does not change
	 * (a PROPN constraint in its place moved one dev.jsonl span; tagcon15) */
	int abbr[8], nabbr = 0;
	size_t olen[8];
	for (int i = 0; i < S->nt && i < MAX_TOKENS && nabbr < 8; i++) {
		const coder_tok *t = &S->t[i];
		int w = P->tok2w[i];
		if (t->olen == 2 && t->n == 4 && t->s[1] == '.' && w >= 0 && P->w[w].len == 2) {
			P->w[w].form = t->s;
			P->w[w].len = 4;
			olen[nabbr] = 2;
			abbr[nabbr++] = w;
		}
	}
	for (int w = 0; w < P->nw && nabbr < 8; w++) {
		const char *be = stand_as_be(P, w);
		if (be) {
			olen[nabbr] = P->w[w].len;
			P->w[w].form = be;
			P->w[w].len = strlen(be);
			abbr[nabbr++] = w;
		}
	}
	for (int w = 0; w < P->nw && nabbr + 2 <= 8; w++) {
		const char *more = quantity_opener(P, w);
		if (more) {
			for (int j = 0; j < 2; j++) {
				olen[nabbr] = P->w[w + j].len;
				P->w[w + j].form = j ? "than" : more;
				P->w[w + j].len = 4;
				abbr[nabbr++] = w + j;
			}
			w++;
		}
	}
	int rc = khaldun_parse_tokens(S->d->parser, P->w, n), f;
	if (rc == KHALDUN_OK && names_as_propn(S, P))
		rc = khaldun_parse_tokens(S->d->parser, P->w, n);
	if (rc == KHALDUN_OK && titles_as_noun(S, P))
		rc = khaldun_parse_tokens(S->d->parser, P->w, n);
	if (rc == KHALDUN_OK && (f = misread_first_name(S, P)) >= 0)
		rc = parse_as_name(S, P, f);
	if (rc == KHALDUN_OK && ((f = misread_coordinated_verb(S, P)) >= 0 ||
				 (f = verbless_sentence_verb(S, P)) >= 0 ||
				 (f = headline_verb(S, P)) >= 0)) {
		P->w[f].fix_upos = "VERB";
		rc = khaldun_parse_tokens(S->d->parser, P->w, (size_t)P->nw);
	}
	if (rc == KHALDUN_OK && (f = headline_object_verb(S, P)) >= 0) {
		P->w[f].fix_upos = "VERB";   /* headverb123: "forces arrest suspects" */
		P->w[f + 1].fix_upos = "NOUN";
		rc = khaldun_parse_tokens(S->d->parser, P->w, (size_t)P->nw);
	}
	if (rc == KHALDUN_OK && (f = copula_participle(S, P)) >= 0) {
		P->w[f].fix_upos = "VERB";
		rc = khaldun_parse_tokens(S->d->parser, P->w, (size_t)P->nw);
		if (rc == KHALDUN_OK)
			passive_of_copula(P, f);
	}
	if (rc == KHALDUN_OK)
		syn_inner_quotes(S->d->parser, P);
	if (rc == KHALDUN_OK)
		syn_quote_tail(S->d->parser, P);
	if (rc == KHALDUN_OK)
		syn_tail_title(S->d->parser, P);
	for (int a = 0; a < nabbr; a++) {   /* the words' own forms back */
		P->w[abbr[a]].form = text + P->wstart[abbr[a]];
		P->w[abbr[a]].len = olen[a];
	}
	if (rc != KHALDUN_OK) {
		S->reason = "syntax: sentence not parsed, coded shallow";
		return NULL;
	}
	digit_names(P);
	weekdays_as_times(P);
	names_before_times(P);
	object_times(P);
	titles_as_compounds(P);
	lead_in_asides(P);
	relative_main_verbs(P);
	aside_subjects(P);
	participle_asides(P);
	appositive_relatives(P);
	opening_participles(P);
	marked_complements(P);
	split_subjects(P);
	adjective_heads(P);
	against_nouns(P);
	second_subjects(P);
	clause_subjects(P);
	split_perfects(P);
	named_objects(P);
	opening_subjects(P);
	appositive_main_verbs(P);
	fronted_subjects(P);
	split_conjuncts(P);
	conjoined_clauses(P);
	acl_main_verbs(P);
	phrase_main_verbs(P);
	restrictive_main_verbs(P);
	subject_participles(P);
	finite_conjuncts(P);
	relative_bare_conjuncts(P);
	auxiliary_subjects(P);
	passive_objects(P);
	progressive_actives(P);
	by_objects(P);
	active_agents(P);
	stranded_prepositions(P);
	relative_roots(P);
	said_clauses(P);
	told_pronoun_clauses(P);
	said_noun_clauses(S, P);
	title_subjects(S, P);
	speaker_conjuncts(P);
	syn_index_children(P);
	P->ok = 1;
	return P;
}

/* The first child of word h whose relation is rel (or a subtype of it); -1: none. */
/* Counts each head's children, then places them in the sentence's order: "Kenya's police
 * arrested ten men" gives "arrested" the children police, men (and the final stop), so the
 * queries below read a word's few children instead of every word of the sentence. */
void syn_index_children(struct syntax_parse *P)
{
	P->kids_ok = 0;
	for (int k = 0; k <= P->nw + 1; k++)
		P->kid_at[k] = 0;
	for (int i = 0; i < P->nw; i++) {
		if (P->w[i].head > (size_t)P->nw)
			return;
		P->kid_at[P->w[i].head + 1]++;
	}
	for (int k = 1; k <= P->nw + 1; k++)
		P->kid_at[k] = (short)(P->kid_at[k] + P->kid_at[k - 1]);
	short next[SYN_MAX + 1];
	for (int k = 0; k <= P->nw; k++)
		next[k] = P->kid_at[k];
	for (int i = 0; i < P->nw; i++)
		P->kids[next[P->w[i].head]++] = (short)i;
	P->kids_ok = 1;
}

int syn_child_rel(const struct syntax_parse *P, int h, const char *rel)
{
	if (P->kids_ok && h >= -1 && h < P->nw) {
		for (int k = P->kid_at[h + 1]; k < P->kid_at[h + 2]; k++)
			if (syn_rel_base(&P->w[P->kids[k]], rel))
				return P->kids[k];
		return -1;
	}
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], rel))
			return i;
	return -1;
}

/* 1 when word h has a child of relation rel (a subtype too) that is one of words. */
int syn_child_word(const struct syntax_parse *P, int h, const char *rel,
		      const char *const *words)
{
	if (P->kids_ok && h >= -1 && h < P->nw) {
		for (int k = P->kid_at[h + 1]; k < P->kid_at[h + 2]; k++) {
			const khaldun_parse_token *c = &P->w[P->kids[k]];
			if (syn_rel_base(c, rel) && syn_word_in(c, words))
				return 1;
		}
		return 0;
	}
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != h + 1 || !syn_rel_base(&P->w[i], rel))
			continue;
		for (int k = 0; words[k]; k++)
			if (syn_word_is(&P->w[i], words[k]))
				return 1;
	}
	return 0;
}

int syn_is_verb(const khaldun_parse_token *w)
{
	return syn_upos_is(w, "VERB") || syn_upos_is(w, "AUX");
}

static const char *const LOC_PREPS[] = { "in", "at", "near", "outside", "inside", "across",
					 "around", "throughout", "within", NULL };

/* 1 when verb word w sends or turns a thing at someone ("fired", "launched", "hurled",
 * "pointed", "aimed"): its "at" phrase names the side aimed at, not a place. */
int syn_sender_verb(const khaldun_parse_token *w)
{
	static const char *const send[] = { "aim", "fire", "firing", "launch", "throw", "threw",
					    "hurl", "point", "shoot", "shot", NULL };
	return syn_is_verb(w) && syn_stem_in(w, send);
}

/* fromside129: 1 when word w is a border noun ("border", "frontier"): its "with" side is a
 * place the deed happens by ("on the border with Somalia"), a party only of a show of force
 * facing it. */
int syn_border_noun(const khaldun_parse_token *w)
{
	static const char *const border[] = { "border", "borders", "frontier", "boundary",
					      NULL };
	return syn_word_in(w, border);
}

/* The preposition (case child) of word h, or -1. */
int syn_case_of(const struct syntax_parse *P, int h)
{
	if (P->kids_ok && h >= -1 && h < P->nw) {
		for (int k = P->kid_at[h + 1]; k < P->kid_at[h + 2]; k++)
			if (syn_rel_is(&P->w[P->kids[k]], "case"))
				return P->kids[k];
		return -1;
	}
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], "case"))
			return i;
	return -1;
}

int syn_locative(const struct syntax_parse *P, int h)
{
	int c = syn_case_of(P, h);
	if (c < 0)
		return 0;
	for (int k = 0; LOC_PREPS[k]; k++)
		if (syn_word_is(&P->w[c], LOC_PREPS[k]))
			return 1;
	return 0;
}

/* The head word of coder tokens [from, to]: the first word whose head lies outside. */
int syn_span_head(const struct syntax_parse *P, int from, int to)
{
	return syn_words_head(P, P->tok2w[from], P->tok2w[to]);
}

/* The head of parse words [a, b]: the first word whose head lies outside; a when none, or
 * when the range is empty or unknown (a < 0). */
int syn_words_head(const struct syntax_parse *P, int a, int b)
{
	if (a < 0 || b < a)
		return a;
	for (int i = a; i <= b; i++) {
		int h = (int)P->w[i].head - 1;
		if (h < a || h > b)
			return i;
	}
	return a;
}

/* The parse words [*a, *b] of the phrase text (an event side's or verb's words, found in the
 * sentence); 0: not found. */
int syn_text_words(coder_sent *S, const struct syntax_parse *P, const char *text, int *a, int *b)
{
	int from = text && *text ? sent_text_offset(S, text) : -1;
	if (from < 0)
		return 0;
	int to = from + (int)strlen(text);
	*a = *b = -1;
	for (int i = 0; i < P->nw; i++)
		if (P->wstart[i] >= from && P->wstart[i] < to) {
			*a = *a < 0 ? i : *a;
			*b = i;
		}
	return *a >= 0;
}

/* wordcls175: "Ukraine is committed to peace", "is determined to win": a participle of resolve
 * (committed, determined, prepared, inclined, resolved) with a "to" clause or phrase is a
 * predicate adjective of its subject's stance, no passive: the subject is the one resolved. */
static int resolve_adjective(const struct syntax_parse *P, int vw)
{
	static const char *const to[] = { "to", NULL };
	if (!syn_word_in(&P->w[vw], RESOLVE_WORDS))
		return 0;
	for (int i = vw + 1; i < P->nw && i <= vw + 2; i++)
		if (syn_word_in(&P->w[i], to))
			return 1;
	return 0;
}

/* 1 when the verb word has a passive auxiliary or a passive subject. */
int syn_passive_verb(const struct syntax_parse *P, int vw)
{
	if (resolve_adjective(P, vw))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 &&
		    (syn_rel_is(&P->w[i], "aux:pass") || syn_rel_is(&P->w[i], "nsubj:pass")))
			return 1;
	return 0;
}

int syn_attribution(const struct syntax_parse *P, int h)
{
	return syn_in_phrase_of(P, h, "according");
}

/* 1 when word h heads or sits (through modifiers) inside a phrase marked by the preposition
 * prep: shared by the "according to" and the "under" (a deal, a law) phrases. */
int syn_in_phrase_of(const struct syntax_parse *P, int h, const char *prep)
{
	static const char *const link[] = { "nmod", "compound", "conj", "appos", "amod", "flat",
					    "nmod:poss", "det", NULL };
	for (int steps = 0; h >= 0 && steps < 6; steps++) {   /* modifiers nest little */
		const khaldun_parse_token *w = &P->w[h];
		int c = syn_case_of(P, h);
		if (c >= 0 && syn_word_is(&P->w[c], prep) &&
		    (syn_rel_base(w, "obl") || syn_rel_base(w, "nmod")))
			return 1;
		if (!w->head || !syn_rel_base_in(w, link))
			return 0;
		h = (int)w->head - 1;
	}
	return 0;
}

/* The first of the verbs coordinated with verb vw that gives it its subject ("Turkish
 * officials met the envoy and said Israel must stop": met for said): up the
 * conjuncts with no subject of their own, active, each after the verb it is coordinated
 * with, to one with an active subject. -1: vw has a subject of its own, or none is shared. */
int syn_subject_conjunct(const struct syntax_parse *P, int vw)
{
	for (int hops = 0; hops < 4; hops++) {
		const khaldun_parse_token *w = &P->w[vw];
		if (syn_child_rel(P, vw, "nsubj") >= 0 || syn_child_rel(P, vw, "expl") >= 0 ||
		    !syn_rel_is(w, "conj") || !w->head || (int)w->head - 1 >= vw ||
		    !syn_is_verb(&P->w[w->head - 1]) || syn_passive_verb(P, vw))
			return -1;
		vw = (int)w->head - 1;
		int k = syn_child_rel(P, vw, "nsubj");
		if (k >= 0 && !syn_rel_is(&P->w[k], "nsubj:pass") && !syn_passive_verb(P, vw))
			return vw;
	}
	return -1;
}

/* The role of the phrase headed by word h towards the verb word vw; *rank: 0 the argument's
 * head itself, 1 inside it (of, 's, appositions: any such link), 2 only a modifier of it
 * ("military"). A
 * locative phrase inside an argument ("a target in Gaza") belongs to the argument. */
enum role syn_role_of(const struct syntax_parse *P, int h, int vw, int *rank)
{
	static const char *const link[] = { "nmod", "compound", "conj", "appos", "amod", "flat",
					    "nmod:poss", "det", "nummod", "nmod:npmod", NULL };
	*rank = 0;
	int by = 0;   /* a "by" phrase on the way: the agent of a passive verb */
	int inner = 0;   /* a link into another phrase on the way ("of", 's): not the place */
	int joined = 0;   /* a conjunct or apposition on the way ("Sibi, Balochistan") */
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		const khaldun_parse_token *w = &P->w[h];
		int up = (int)w->head - 1;
		int c = syn_case_of(P, h);
		if (c >= 0 && syn_word_is(&P->w[c], "by"))
			by = 1;
		if (up == vw) {
			if (syn_rel_is(w, "nsubj") || syn_rel_is(w, "obl:agent") ||
			    syn_rel_is(w, "csubj"))
				return R_SRC;
			/* "were killed on Sunday by X" with "by X" hung on Sunday */
			if (by && syn_rel_base(w, "obl") &&
			    (syn_passive_verb(P, vw) || syn_bare_participle(P, vw)))
				return R_SRC;
			if (syn_rel_is(w, "nsubj:pass") || syn_rel_is(w, "obj") ||
			    syn_rel_is(w, "iobj"))
				return R_TGT;
			/* the place itself ("in Istanbul", "in eastern Afghanistan"), or its
			 * conjunct or apposition (sidephrase159: "near Sibi, Balochistan"), not
			 * a phrase inside another ("in assistance to Fiji") */
			int when = syn_time_word(w) || news_month(w->form, w->len);
			if (syn_rel_base(w, "obl"))
				return syn_locative(P, h) && !inner && !(joined && when) ?
				       R_LOC : R_OBL;
			return R_OTHER;
		}
		int linked = 0;
		for (int k = 0; link[k]; k++)
			if (syn_rel_is(w, link[k]))
				linked = k + 1;
		if (!linked || up < 0)
			return R_NONE;
		int r = syn_rel_is(w, "amod") || syn_rel_is(w, "compound") ||
			syn_rel_is(w, "det") ||
			syn_rel_is(w, "nummod") ? 2 : 1;
		if (r == 1 || *rank == 0)
			*rank = r;
		if (r == 1 && !syn_rel_is(w, "conj") && !syn_rel_is(w, "appos") &&
		    !syn_rel_is(w, "flat"))
			inner = 1;
		else if (r == 1)
			joined = 1;   /* "in late January, Burkina Faso, Mali and Niger": none */
		h = up;
	}
	return R_NONE;
}

/* 1 when word h lies in a locative phrase inside an argument of vw ("the U.S. Embassy in
 * Athens", "a rebel leader ... in the Democratic Republic of Congo (DRC)"). */
int syn_inside_locative(const struct syntax_parse *P, int h, int vw)
{
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1;
		if (up == vw || up < 0)
			return 0;
		if (syn_rel_base(&P->w[h], "nmod") && syn_locative(P, h))
			return 1;
		h = up;
	}
	return 0;
}

/* mission175: 1 when word h lies in a "to" phrase on a post of a country's service abroad
 * ("the U.S. Mission to the United Nations", "Pakistan's ambassador to the EU", "the French
 * Embassy to the Holy See"): the body after "to" is where the post serves, as "in Athens" is
 * where an embassy sits; the post is its owner's (the envoy's country), not the host's. */
int syn_inside_post_to(const struct syntax_parse *P, int h, int vw)
{
	static const char *const posts[] = { "mission", "missions", "embassy", "embassies",
		"delegation", "delegations", "envoy", "envoys", "ambassador", "ambassadors",
		"representative", "representatives", "consulate", "emissary", "emissaries", NULL };
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1, c = syn_case_of(P, h);
		if (up == vw || up < 0)
			return 0;
		if (syn_rel_is(&P->w[h], "nmod") && c >= 0 && syn_word_is(&P->w[c], "to") &&
		    syn_word_in(&P->w[up], posts))
			return 1;
		h = up;
	}
	return 0;
}

/* 1 when parse word h is itself an agent word of the dictionary ("administration",
 * "police", "ambassador"), not a noun an agent word only modifies ("a military
 * provocation"). */
int syn_agent_word(coder_sent *S, const struct syntax_parse *P, int h)
{
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] == h && S->t[i].type == TY_AGENT)
			return 1;
	return 0;
}

/* The parse head of actor k's words when the actor is live in the sentence; -1: not. */
int syn_live_head(coder_sent *S, const struct syntax_parse *P, int k)
{
	const coder_actor *a = &S->a[k];
	if (a->pos < 0 || !sent_live(S, a->pos) || a->end >= S->nt)
		return -1;
	return syn_span_head(P, a->pos, a->end);
}

/* 1 when actor k makes a slot whose first code is not other's first (any code when other
 * is NULL or empty). */
int syn_actor_apart(coder_sent *S, int k, const coder_slot *other)
{
	coder_slot s;
	actors_make_slot(S, k, &s);
	return s.n && !(other && other->n && !strcmp(s.m[0].code, other->m[0].code));
}

/* The word right below word top on the way up from word h (h itself when it hangs on top),
 * or -1 when h is not under top. */
int syn_below(const struct syntax_parse *P, int h, int top)
{
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		int up = (int)P->w[h].head - 1;
		if (up == top)
			return h;
		h = up;
	}
	return -1;
}

/* 1 when word x is on the way up from word h to word top (both included). */
int syn_on_path(const struct syntax_parse *P, int x, int h, int top)
{
	for (int steps = 0; h >= 0 && steps < P->nw; steps++) {
		if (h == x)
			return 1;
		if (h == top)
			return 0;
		h = (int)P->w[h].head - 1;
	}
	return 0;
}

/* stmttgt110: 1 when word h heads an absolute phrase set off by a comma, ", with N V-ing"
 * ("voiced concern over the violence in Togo, with its minister speaking by phone"): a
 * circumstance of the clause, no argument of its verb. */
int syn_absolute_with(const struct syntax_parse *P, int h)
{
	static const char *const with[] = { "with", NULL };
	if (h >= 0 && syn_rel_is(&P->w[h], "nmod:poss"))
		h = (int)P->w[h].head - 1;   /* "its" of "with its minister speaking" */
	if (h < 0)
		return 0;
	int c = -1, v = syn_child_rel(P, h, "acl");
	for (int i = 0; i < h && c < 0; i++)
		if ((int)P->w[i].head == h + 1 && syn_rel_base(&P->w[i], "case") &&
		    syn_word_in(&P->w[i], with))
			c = i;
	if (c < 1 || v < 0 || !syn_word_is(&P->w[c - 1], ","))
		return 0;
	const khaldun_parse_token *w = &P->w[v];
	return syn_upos_is(w, "VERB") && syn_ends_ing(w);
}

/* The live actor whose role is r, the best ranked (then the first); -1: none. A place in a
 * locative phrase inside the argument ranks last: "the U.S. Embassy in Athens" is the
 * embassy's (the U.S.), Athens only where it sits; "the police in Gaza" has no other. So does
 * the body a post serves at ("the U.S. Mission to the United Nations": syn_inside_post_to). */
int syn_actor_with_role(coder_sent *S, const struct syntax_parse *P, int vw, enum role r,
			   const coder_slot *other)
{
	int best = -1, best_rank = 99;
	for (int k = 0; k < S->na; k++) {
		int h = syn_live_head(S, P, k), rank;
		if (h < 0 || syn_role_of(P, h, vw, &rank) != r)
			continue;
		if (r == R_TGT && syn_absolute_with(P, h))
			continue;
		if (rank == 1 && (syn_inside_locative(P, h, vw) || syn_inside_post_to(P, h, vw)))
			rank = 3;
		if (rank >= best_rank)
			continue;
		if (!syn_actor_apart(S, k, other))
			continue;
		best = k;
		best_rank = rank;
	}
	return best;
}

/* Nouns of a person related to another without serving him: no apposition gives their side
 * (also read by clause.c's clause_speaker_post). */
const char *const OTHER_SIDE[] = { "critic", "opponent", "rival", "foe", "enemy", "victim",
					  "son", "daughter", "wife", "husband", "brother", "sister",
					  "father", "mother", "widow", "relative", "friend",
					  "biographer", "detractor", "challenger", "successor",
					  "predecessor", NULL };

static int other_side(const khaldun_parse_token *w)
{
	for (int k = 0; OTHER_SIDE[k]; k++) {
		size_t n = strlen(OTHER_SIDE[k]);
		if (w->len >= n && !strncasecmp(w->form, OTHER_SIDE[k], n))
			return 1;
	}
	return 0;
}

/* An actor the shallow rules lost in a deleted comma part that the parse makes an apposition
 * of the verb's argument of role r ("Ahmed Khan, Pakistan's interior minister, criticized
 * India": the unknown name is Pakistan's minister); -1: none. */
int syn_appos_actor(coder_sent *S, const struct syntax_parse *P, int vw, enum role r,
		    const coder_slot *other)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= S->nt || sent_live(S, a->pos) || a->pron_kind)
			continue;
		int h = syn_span_head(P, a->pos, a->end), rank, appos = -1;
		if (h < 0 || syn_role_of(P, h, vw, &rank) != r)
			continue;
		for (int x = h, n = 0; x >= 0 && x != vw && n < P->nw; n++) {
			if (syn_rel_is(&P->w[x], "appos"))
				appos = x;
			x = (int)P->w[x].head - 1;
		}
		/* "Evan Mawarire, a critic of President Robert Mugabe": not Mugabe's side */
		if (appos < 0 || !S->a[k].ent || (appos != h && other_side(&P->w[appos])))
			continue;
		if (syn_actor_apart(S, k, other))
			return k;
	}
	return -1;
}

/* The role, towards vw, of the actor a slot is bound to (R_NONE for defaults and open NPs). */
enum role syn_slot_role(coder_sent *S, const struct syntax_parse *P, int vw,
			   const coder_slot *s)
{
	int h, rank;
	if (!syn_slot_actor(S, P, s, &h))
		return R_NONE;
	return h < 0 ? R_NONE : syn_role_of(P, h, vw, &rank);
}

int syn_slot_speaks(coder_sent *S, const struct syntax_parse *P, int rv, const coder_slot *s)
{
	int rank;
	if (syn_slot_role(S, P, rv, s) == R_SRC)
		return 1;
	/* syn_slot_role reads no pronoun: a resolved "He" of "He said" is its own word */
	if (!s->n || s->pos < 0 || s->pos >= S->nt || S->t[s->pos].type != TY_PRON)
		return 0;
	int w = P->tok2w[s->pos];
	return w >= 0 && syn_role_of(P, w, rv, &rank) == R_SRC;
}

/* The dictionary actor slot s is bound to (not a pronoun, not a default), with *h the parse
 * word heading its words (-1: none); NULL: no such actor. */
const coder_actor *syn_slot_actor(coder_sent *S, const struct syntax_parse *P,
				  const coder_slot *s, int *h)
{
	*h = -1;
	if (!s->n || s->pos < 0 || s->pos >= S->nt || S->t[s->pos].type == TY_PRON)
		return NULL;
	const coder_actor *a = s->m[0].a;
	if (a->pos < 0 || a->end >= S->nt)
		return NULL;
	*h = syn_span_head(P, a->pos, a->end);
	return a;
}

/* 1 when word w begins with one of stems (case-insensitive). */
int syn_stem_in(const khaldun_parse_token *w, const char *const *stems)
{
	for (int k = 0; stems[k]; k++) {
		size_t n = strlen(stems[k]);
		if (w->len >= n && !strncasecmp(w->form, stems[k], n))
			return 1;
	}
	return 0;
}

/* undonetw115: 1 when the denial word n on verb word vw is that of a frame "(it) cannot be
 * that ..." the parser flattened into vw's clause ("It cannot be that members are kicked
 * out": "not", a bare "be" and the clause's "that" all on "kicked"): the frame protests the
 * deed, it does not deny it. "It is not that ..." (a finite "is") is left a denial. */
static int framed_be_that(const struct syntax_parse *P, int n, int vw)
{
	return n + 2 < vw && syn_word_is(&P->w[n + 1], "be") &&
	       (int)P->w[n + 1].head == vw + 1 && syn_word_is(&P->w[n + 2], "that") &&
	       (int)P->w[n + 2].head == vw + 1 && syn_rel_is(&P->w[n + 2], "mark");
}

/* undonetw115: 1 when verb word vw carries a flattened "cannot be that" frame (framed_be_that):
 * its modal is the frame's, not the deed's. */
int syn_denied_frame(const struct syntax_parse *P, int vw)
{
	static const char *const deny[] = { "not", "n't", "never", NULL };
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_word_in(&P->w[i], deny) &&
		    framed_be_that(P, i, vw))
			return 1;
	return 0;
}

/* 1 when word vw has "not", "never", "n't" or "no longer" of its own, or an adverb that
 * all but denies it (negadv54: "seldom criticized China" tells no criticism, as "never"). */
int syn_not_on(const struct syntax_parse *P, int vw)
{
	static const char *const deny[] = { "not", "never", "n't", "seldom", "rarely", "hardly",
		"scarcely", NULL };
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != vw + 1)
			continue;
		const khaldun_parse_token *w = &P->w[i];
		/* "are not only angry with X, but also ...": "not only" adds, it does not deny */
		if ((syn_rel_is(w, "advmod") || syn_rel_is(w, "neg")) &&
		    syn_word_in(w, deny) &&
		    !(i + 1 < P->nw && syn_word_is(&P->w[i + 1], "only")) &&
		    !framed_be_that(P, i, vw))
			return 1;
		/* "will no longer recognize": the deed stops */
		if (syn_rel_is(w, "advmod") && syn_word_is(w, "longer") && i > 0 &&
		    syn_word_is(&P->w[i - 1], "no"))
			return 1;
	}
	return 0;
}

int syn_ends_ing(const khaldun_parse_token *w)
{
	return w->len > 4 && syn_ends(w, "ing");
}

int syn_ends(const khaldun_parse_token *w, const char *suf)
{
	size_t n = strlen(suf);
	return w->len > n && !strncasecmp(w->form + w->len - n, suf, n);
}

int syn_participle_ending(const khaldun_parse_token *w)
{
	return w->len >= 4 && (syn_ends(w, "ed") || syn_ends(w, "en") || syn_ends(w, "wn"));
}

/* The word that heads the event's clause for verb word vw: vw itself, or, when the verb
 * stem is a noun compounded into the subject ("[suicide] bombers have killed", the pattern coding
 * a suicide bombing), the verb that subject belongs to. */
int syn_event_word(const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *v = &P->w[vw];
	/* a noun compound only: an adjective there is often a participle misread ("leaders are
	 * worried Russia may ...") */
	if (!syn_upos_is(v, "NOUN") || !syn_rel_is(v, "compound"))
		return vw;
	int w = vw;
	for (int hops = 0; hops < 3 && P->w[w].head && syn_rel_is(&P->w[w], "compound"); hops++)
		w = (int)P->w[w].head - 1;
	const khaldun_parse_token *s = &P->w[w];
	if (!(syn_rel_is(s, "nsubj") || syn_rel_is(s, "nsubj:pass")) || !s->head ||
	    !syn_is_verb(&P->w[s->head - 1]))
		return vw;
	/* a finite verb misread inside a long subject ("Saudi Arabia lifts blockade of Qatar
	 * easing ...", "The UN withdrew peacekeepers from Sinai allowing ..."): names on both
	 * sides of it in that subject; it stays the event word */
	int before = 0, after = 0;
	for (int i = 0; i < P->nw; i++) {
		if (!syn_upos_is(&P->w[i], "PROPN"))
			continue;
		int up = i;
		for (int steps = 0; up >= 0 && up != w && steps < P->nw; steps++)
			up = (int)P->w[up].head - 1;
		if (up == w && i < vw)
			before = 1;
		else if (up == w && i > vw)
			after = 1;
	}
	return before && after ? vw : (int)s->head - 1;
}

/* 1 for a day or time word ("Tuesday", "week"): a time, never a speaker. */
int syn_time_word(const khaldun_parse_token *w)
{
	static const char *const when[] = { "today", "yesterday", "day", "week", "weekend",
		"month", "year", "morning", "afternoon", "evening", "night", NULL };
	return weekday(w) || syn_word_in(w, when);
}

/* The name or noun phrase headed by word h as an open actor (OPEN_ACTORS): h with the words
 * next to it that name it (det, amod, compound, flat, 's: "Mark Clifford", "the local
 * authorities"), not its appositions or modifiers after it. 0: none (no such option, an
 * unresolved pronoun, no token). */
int syn_open_phrase(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out)
{
	static const char *const name[] = { "det", "amod", "compound", "flat", "nmod:poss",
					    "case", NULL };
	if (h < 0 || !(S->c->o.news & NEWS_OPEN_ACTORS) || syn_time_word(&P->w[h]))
		return 0;
	int lo = h, hi = h, f = -1, t = -1;
	for (int grew = 1; grew;) {
		grew = 0;
		for (int k = 0; name[k]; k++) {
			int l = lo - 1, r = hi + 1;
			if (l >= 0 && (int)P->w[l].head - 1 >= lo && (int)P->w[l].head - 1 <= hi &&
			    syn_rel_is(&P->w[l], name[k]))
				lo = l, grew = 1;
			if (r < P->nw && (int)P->w[r].head - 1 >= lo &&
			    (int)P->w[r].head - 1 <= hi &&
			    (syn_rel_is(&P->w[r], "flat") || syn_rel_is(&P->w[r], "compound")) &&
			    !strcmp(name[k], "flat"))
				hi = r, grew = 1;
		}
	}
	for (int i = 0; i < S->nt; i++)
		if (P->tok2w[i] >= lo && P->tok2w[i] <= hi) {
			if (f < 0)
				f = i;
			t = i;
		}
	return f >= 0 && news_open_span(S, f, t, out);
}

/* sides40: the words of noun h after a possessive pronoun no rule resolved ("by their
 * troops", "by its forces"), as an open actor: the pronoun names nobody, but the noun's
 * agent still says what kind of side acted (~MIL), as "by our soldiers" does. 0: none. */
static int possessed_phrase(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out)
{
	static const char *const poss[] = { "their", "its", "his", "her", NULL };
	int hp = -1;
	for (int i = 0; i < S->nt && i < MAX_TOKENS; i++)
		if (P->tok2w[i] == h)
			hp = i;
	if (hp < 1)
		return 0;
	int from = hp;
	while (from > 0 && P->tok2w[from - 1] >= 0 && P->tok2w[from - 1] < h &&
	       (int)P->w[P->tok2w[from - 1]].head - 1 == h &&
	       (syn_rel_is(&P->w[P->tok2w[from - 1]], "amod") ||
		syn_rel_is(&P->w[P->tok2w[from - 1]], "compound")))
		from--;
	int p = from > 0 ? P->tok2w[from - 1] : -1;
	if (p < 0 || (int)P->w[p].head - 1 != h || !syn_rel_is(&P->w[p], "nmod:poss") ||
	    !syn_word_in(&P->w[p], poss) || S->t[from - 1].actor >= 0)
		return 0;
	return news_open_span(S, from, hp, out);
}

/* joined42: "killed by his own men": a person's "men" are his forces or fighters, not
 * civilians (the agent dictionary's MEN). When the "by" noun h is "men" under a possessive
 * pronoun and its phrase codes as civilians (*out), the doer takes the armed role of the
 * passive subject the pronoun most likely names ("The commander ...": ~MIL; "The rebel
 * leader ...": ~REB), with no country: the pronoun resolved to no one. A subject of no
 * armed role leaves the phrase as it was. */
static void possessor_forces(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out)
{
	static const char *const men[] = { "men", NULL };
	static const char *const poss[] = { "their", "his", "her", "its", NULL };
	static const char *const forces[] = { "~MIL", "~REB", "~INS", "~COP", "~UAF", NULL };
	int v = P->w[h].head ? (int)P->w[h].head - 1 : -1;
	if (!out->n || strcmp(out->m[0].code, "~CVL") || !syn_word_in(&P->w[h], men) ||
	    !syn_child_word(P, h, "nmod:poss", poss) || v < 0)
		return;
	int s = syn_child_rel(P, v, "nsubj:pass");
	if (s < 0)
		return;
	/* the subject's actor (on its head noun or a modifier of it: "The Taliban commander",
	 * ~INS), then its own words' agent ("The commander": ~MIL) */
	coder_slot who[2] = { { .n = 0 }, { .n = 0 } };
	for (int k = 0; k < S->na && !who[0].n; k++) {
		int a = syn_live_head(S, P, k);
		if (a == s || (a >= 0 && (int)P->w[a].head - 1 == s &&
			       (syn_rel_is(&P->w[a], "compound") || syn_rel_is(&P->w[a], "amod"))))
			actors_make_slot(S, k, &who[0]);
	}
	syn_open_phrase(S, P, s, &who[1]);
	for (int j = 0; j < 2; j++) {
		const char *c = who[j].n ? who[j].m[0].code : NULL;
		size_t l = c ? strlen(c) : 0;
		for (int k = 0; l >= 3 && forces[k]; k++)
			if (!strcmp(c + l - 3, forces[k] + 1)) {
				out->m[0].code = forces[k];
				return;
			}
	}
}

/* The phrase headed by word h of a "by" (or "from") phrase, without its preposition, as an
 * open actor whose code an agent gives ("by unknown gunmen": ~UAF; "pressure from criminal
 * groups": ~CRM; not "by the fact": ---). 0: none. */
int syn_by_agent(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out)
{
	coder_slot open;
	if (h < 0 || (!syn_open_phrase(S, P, h, &open) && !possessed_phrase(S, P, h, &open)))
		return 0;
	const coder_actor *b = open.m[0].a;
	if ((tok_is(&S->t[b->pos], "BY") || tok_is(&S->t[b->pos], "FROM")) &&
	    !(b->pos < b->end && news_open_span(S, b->pos + 1, b->end, &open)))
		return 0;
	if (!strcmp(open.m[0].code, "---"))
		return 0;
	possessor_forces(S, P, h, &open);
	*out = open;
	return 1;
}

int syn_nobody(const struct syntax_parse *P, int h)
{
	static const char *const no[] = { "no", "none", "nobody", "neither", NULL };
	return syn_word_in(&P->w[h], no) || syn_child_word(P, h, "det", no);
}

int syn_conditional(const struct syntax_parse *P, int h)
{
	return syn_child_word(P, h, "mark", COND_WORDS);
}
