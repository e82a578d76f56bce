/*
 * syntree.h - queries on the sentence's dependency parse for the syntax-aware coder
 * (KHALDUN: SYNTAX): the parse aligned to the coder's tokens, relations, children, the role an
 * actor's phrase plays towards a verb. syntax.c (rules) and event.c's callers use them.
 * Invariant: read-only views of one sentence's parse, kept in the coder's scratch arena.
 */
#ifndef KH_SYNTREE_H
#define KH_SYNTREE_H
#include "coder/sent.h"
#include <string.h>

#define SYN_MAX (KHALDUN_PARSE_MAX_TOKENS)

struct syntax_parse {
	int ok;                      /* parsed */
	int nw;
	khaldun_parse_token w[SYN_MAX];
	int wstart[SYN_MAX];         /* byte offset of each word in the sentence */
	int tok2w[MAX_TOKENS];       /* coder token -> word (0-based), -1: none */
	/* the children of the final parse, made once its repairs are done (kids_ok 1): the
	 * words whose head field is k (0: the roots; h + 1: word h) are kids[kid_at[k]] up to
	 * kids[kid_at[k + 1]], in the sentence's order; kids_ok 0 while the repairs still
	 * rewrite heads (the queries then walk every word) */
	int kids_ok;
	short kid_at[SYN_MAX + 2];
	short kids[SYN_MAX];
};

/* speed168: 1 when word w's UPOS tag is tag ("VERB"). The repairs and rules ask this of
 * every word, mostly of words with another tag: the first bytes are compared before the call
 * (as syn_rel_is does for relations), so most compares end without one. */
static inline int syn_upos_is(const khaldun_parse_token *w, const char *tag)
{
	return w->upos && w->upos[0] == tag[0] && !strcmp(w->upos, tag);
}

/* rehang152: hangs word w on head (1-based: word h is h + 1; 0: a root) with relation rel,
 * the two fields a repair of the parse changes together ("Kenya's police arrested": police
 * moved under "arrested" as its nsubj). The token has no other field that follows its head or
 * relation (the labels are strings, no integer twin), and the children lists are made once
 * the repairs are done (kids_ok 0 before), so nothing else is to be kept in step. rel is
 * borrowed: a literal or another word's relation. */
static inline void syn_rehang(khaldun_parse_token *w, size_t head, const char *rel)
{
	w->head = head;
	w->deprel = rel;
}

enum role { R_NONE, R_SRC, R_TGT, R_OBL, R_LOC, R_OTHER };

/* The sentence's parse, parsed once (cached in S->syn); NULL when it cannot be parsed (the
 * shallow result stands, and S->reason says why). */
struct syntax_parse *syn_get_parse(coder_sent *S);
/* speed173: the four word and relation tests below are asked about a million times a corpus
 * each (tok_is in sent.h too), and most asks end at the first byte: that byte is compared
 * inline, before the call that compares the rest (the call cost as much as the compare). */
int syn_word_is_rest(const khaldun_parse_token *w, const char *s);
static inline int syn_word_is(const khaldun_parse_token *w, const char *s) /* any case */
{
	if (w->len && ((unsigned char)w->form[0] | 0x20) != ((unsigned char)s[0] | 0x20))
		return 0;
	return syn_word_is_rest(w, s);
}
/* syn_word_in whole: the map's test and the walk. */
int syn_word_in_walk(const khaldun_parse_token *w, const char *const *words);
/* 1 when the word is one of words (a NULL-ended list), any case. speed174: the map's test
 * inline (sent.h tok_list_home_no), the walk called. */
static inline int syn_word_in(const khaldun_parse_token *w, const char *const *words)
{
	if (w->len && tok_list_home_no(words, (unsigned char)w->form[0],
				       w->len > 1 ? (unsigned char)w->form[1] : 0))
		return 0;
	return syn_word_in_walk(w, words);
}
/* The first letters of words (a NULL-ended list) as a mask, built once before a loop over
 * the sentence; syn_word_may is 0 when the word cannot be one of them (1: it may). */
uint32_t syn_first_letters(const char *const *words);
int syn_word_may(const khaldun_parse_token *w, uint32_t letters);
static inline int syn_rel_is(const khaldun_parse_token *w, const char *r) /* exactly r */
{
	return w->deprel && w->deprel[0] == r[0] && !strcmp(w->deprel, r);
}
/* syn_rel_base past the relation's first byte, which the caller found equal to r's. */
int syn_rel_base_rest(const char *d, const char *r);
/* r or a subtype of it ("obl" matches "obl:tmod"); r is not empty. */
static inline int syn_rel_base(const khaldun_parse_token *w, const char *r)
{
	return w->deprel && w->deprel[0] == r[0] && syn_rel_base_rest(w->deprel, r);
}
/* 1 when the relation is one of rels (a NULL-ended list of relations without a subtype) or a
 * subtype of one: syn_rel_base over the list, the relation read once. */
int syn_rel_base_in(const khaldun_parse_token *w, const char *const *rels);
extern const char *const NAME_RELS[];   /* "flat", "compound", "appos" */
int syn_is_verb(const khaldun_parse_token *w);                    /* VERB or AUX */
int syn_ends_ing(const khaldun_parse_token *w);                   /* a participle in -ing */
/* 1 when word w is longer than suf and ends in its letters, in any case ("ed"): the parse
 * path's tok_ends. */
int syn_ends(const khaldun_parse_token *w, const char *suf);
/* 1 when word w, of four letters or more, ends like a past participle: -ed, -en, -wn. */
int syn_participle_ending(const khaldun_parse_token *w);
int syn_past_form(const khaldun_parse_token *w);        /* "warned", "met": a past, no base */
/* Makes P's children lists (kids_ok) from its heads; left off (0) when a head is out of range. */
void syn_index_children(struct syntax_parse *P);
/* The first child of word h with relation rel (or a subtype); -1: none. */
int syn_child_rel(const struct syntax_parse *P, int h, const char *rel);
/* 1 when word h heads an absolute ", with N V-ing" phrase (stmttgt110). */
int syn_absolute_with(const struct syntax_parse *P, int h);
/* 1 when word h has a child of relation rel (or a subtype) that is one of words. */
int syn_child_word(const struct syntax_parse *P, int h, const char *rel, const char *const *words);
/* 1 when word h has a "mark" child "if" or "unless" (a condition clause). */
int syn_conditional(const struct syntax_parse *P, int h);
int syn_case_of(const struct syntax_parse *P, int h);      /* the case child of h, or -1 */
int syn_border_noun(const khaldun_parse_token *w);   /* border, frontier, boundary */
int syn_sender_verb(const khaldun_parse_token *w);   /* fires, launches, hurls... at */
int syn_locative(const struct syntax_parse *P, int h);     /* h has a locative preposition */
/* The head word of coder tokens [from, to]: the first word whose head lies outside. */
int syn_span_head(const struct syntax_parse *P, int from, int to);
int syn_words_head(const struct syntax_parse *P, int a, int b);   /* the same of words [a, b] */
int syn_text_words(coder_sent *S, const struct syntax_parse *P, const char *text, int *a,
		   int *b);   /* the words of a phrase of the sentence; 0: not found */
int syn_passive_verb(const struct syntax_parse *P, int vw);  /* aux:pass or nsubj:pass */
/* The earlier conjunct whose subject verb vw shares ("met ... and said"); -1: none. */
int syn_subject_conjunct(const struct syntax_parse *P, int vw);
int syn_denied_frame(const struct syntax_parse *P, int vw);
int syn_not_on(const struct syntax_parse *P, int vw);        /* not/never/n't/no longer on vw */
/* 1 when word w begins with one of stems, case-insensitive ("threat" for threatened). */
int syn_stem_in(const khaldun_parse_token *w, const char *const *stems);
/* The role of the phrase headed by word h towards verb vw; *rank 0 its head, 1 inside it,
 * 2 only a modifier of it. */
enum role syn_role_of(const struct syntax_parse *P, int h, int vw, int *rank);
/* The live actor whose role towards vw is r (best ranked, then first), with a code other
 * than other's first; -1: none. */
/* The actor of a deleted comma part that the parse makes an apposition of vw's argument of
 * role r ("Ahmed Khan, Pakistan's interior minister, criticized"), not one of "a critic
 * of ..."; -1: none. */
int syn_appos_actor(coder_sent *S, const struct syntax_parse *P, int vw, enum role r,
		    const coder_slot *other);
/* 1 when word h lies in a locative phrase inside an argument of verb word vw ("the U.S.
 * Embassy [in Athens]"): such a place ranks below the argument's own actor. */
int syn_inside_locative(const struct syntax_parse *P, int h, int vw);
/* 1 when word h lies in a "to" phrase on a post abroad inside an argument of vw ("the U.S.
 * Mission [to the United Nations]"): the body the post serves ranks as a locative place. */
int syn_inside_post_to(const struct syntax_parse *P, int h, int vw);
int syn_actor_with_role(coder_sent *S, const struct syntax_parse *P, int vw, enum role r,
			const coder_slot *other);
/* The parse head of actor k's words when the actor is live in the sentence; -1: not. */
int syn_live_head(coder_sent *S, const struct syntax_parse *P, int k);
/* 1 when parse word h is an agent word of the dictionary ("ambassador", "police"). */
int syn_agent_word(coder_sent *S, const struct syntax_parse *P, int h);
/* 1 when actor k makes a slot whose first code is not other's first. */
const coder_actor *syn_slot_actor(coder_sent *S, const struct syntax_parse *P,
				  const coder_slot *s, int *h);   /* its actor and head word */
int syn_actor_apart(coder_sent *S, int k, const coder_slot *other);
/* The word right below word top on the way up from h (h itself when it hangs on top), or -1. */
int syn_below(const struct syntax_parse *P, int h, int top);
/* 1 when word x is on the way up from word h to word top (both included). */
int syn_on_path(const struct syntax_parse *P, int x, int h, int top);
/* 1 when word h heads or sits inside an "according to" phrase: the report's source, no side
 * of the deed reported (doc49). */
int syn_attribution(const struct syntax_parse *P, int h);
/* 1 when word h heads or sits inside a phrase marked by the preposition prep. */
int syn_in_phrase_of(const struct syntax_parse *P, int h, const char *prep);
/* The role, towards vw, of the actor a slot is bound to (R_NONE: defaults, open NPs). */
enum role syn_slot_role(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *s);
/* 1 when slot s is the subject of verb rv: its dictionary actor, or a pronoun the story
 * resolved ("He said ...": the previous sentence's subject), whose own word is read. */
int syn_slot_speaks(coder_sent *S, const struct syntax_parse *P, int rv, const coder_slot *s);
int syn_time_word(const khaldun_parse_token *w);
/* 1 when the verb at coder token v is its dictionary root's own word, a base form ("plan",
 * "supply"), not an inflection (DREW of DRAW) nor a verb whose past is written the same. */
int syn_base_form(const coder_sent *S, int v);
/* 1 when the phrase headed by h names nobody ("no passengers", "none", "nobody"). */
int syn_nobody(const struct syntax_parse *P, int h);   /* a day or time word: never a speaker */
/* The name or noun phrase headed by word h as an open actor (OPEN_ACTORS: its agent code or
 * "---"): h with the words that name it (det, amod, compound, flat, 's). 0: none. */
int syn_open_phrase(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out);
/* The phrase headed by word h of a "by" phrase, without "by", as an open actor an agent
 * codes ("by unknown gunmen"); 0: none or "---". */
int syn_by_agent(coder_sent *S, const struct syntax_parse *P, int h, coder_slot *out);
/* The clause's verb for the event verb word vw: vw, or for a verb stem that is a noun
 * modifying the subject ("suicide bombers have killed"), that subject's verb. */
int syn_event_word(const struct syntax_parse *P, int vw);
/* syncode.c: CAMEO's rejection for a denied cooperation (03-08; NULL with *drop for a
 * denied material act; NULL: left as coded), threat (13x) for a threatened conflict deed
 * (NULL: none), demand (10x) for a deed someone must do. */
const char *syn_rejection(const char *a, int *drop);
const char *syn_threat_code(const char *a);
const char *syn_demand_code(const char *a);
/* syntax.c: CAMEO's intent (03x) for material cooperation (06-08) said as future or
 * intended; NULL: not one. */
const char *syn_intent_code(const char *a);
/* CAMEO's appeal (02x) for a deed asked: meet 026, mediate 028, cooperate 021/022, aid 023,
 * yield 025 (release 0253, de-escalate 0256), else 020. */
const char *syn_appeal_code(const char *a);
/* The code for the deed a (may be NULL) that verb word c's subject must (10x, demand) or
 * should / ought to (02x, appeal; says so in S->syn_note) do. */
const char *syn_obligation_code(coder_sent *S, const struct syntax_parse *P, int c,
				const char *a);
/* Aid, cooperation or talks (07, 06, 04) whose word d a cutting word governs ("suspended
 * aid", "a suspension of aid", "an end to talks") become CAMEO's reduction (162x, 160,
 * 164). Returns 1 when *code changed. */
int syn_cut(const struct syntax_parse *P, int d, dict_evcode *code);
/* A statement (01) whose complement has must/should/ought ("said that Y must ensure ...") is
 * the speaker's demand (100) on the complement's subject. Returns 1 when changed. */
int syn_said_must(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		  coder_slot *tgt, dict_evcode *code);
/* A verb stem the parse reads as a noun compounded into the noun after it ("the Ramadan
 * attack shows", "export revenue"): no deed. */
int syn_noun_use(const struct syntax_parse *P, int vw);
/* claimby173: 1 when parse word n is the passive subject of a form of "claim" with a "by"
 * phrase ("The rocket attacks on the town were claimed by Hamas"): the claim rule codes that
 * deed by the claimant (syn_claimed_attack), so the noun is no verb of its own. */
int syn_claimed_subject(const struct syntax_parse *P, int n);
/* deedsubj175: 1 when parse word n is the passive subject of a verb with a "by" phrase ("The
 * rocket attacks on Sderot were condemned by the United Nations"): a deed done to or judged by
 * another, not a side of its own. */
int syn_passive_by_subject(const struct syntax_parse *P, int n);
/* The first live actor other than actor `but` whose phrase lies under parse word n, or -1. */
int syn_actor_under(coder_sent *S, const struct syntax_parse *P, int n, int but);
/* 1 when economic cooperation (061) is coded on a noun or noun modifier alone: goods or
 * trade named ("tariffs on Chinese exports"), no deed. */
int syn_commerce_noun(const struct syntax_parse *P, int vw, int d, const char *a);
/* 1 when the clause of verb word vw hangs on a word of fear ("for fear China would
 * retaliate"): a fear, not a threat. */
int syn_feared(const struct syntax_parse *P, int vw);
/* 1 when word w is a noun of those who observe and judge, no side of the events they judge
 * ("analysts", "experts", "critics", "researchers"). */
int syn_observer(const khaldun_parse_token *w);
int syn_coop_outcome(const khaldun_parse_token *w);
/* 1 when the deed (code a) at word vw is a fear: a threat whose clause hangs on a word of
 * fear (syn_feared), or another deed but a statement inside a future or possible clause of
 * such a word ("concerns that the law will help Beijing ... by authorizing fines"); false147:
 * or a deed under a modal in the clause of the noun "hope" ("in hopes that the United States
 * can help push for his release"): hoped, not done. */
int syn_feared_deed(const struct syntax_parse *P, int vw, const char *a);
/* syncode.c, nounsdeed148: 1 when deed noun vw is the bare "of"/"for" topic of a noun of report,
 * instance or stance ("cases of rape", "support for regular talks"): no deed. */
int syn_topic_deed_noun(const struct syntax_parse *P, int vw);
int syn_in_charge(const struct syntax_parse *P, int h, int vw);   /* "accused of X" */
int syn_by_phrase(const struct syntax_parse *P, int vw);   /* a passive's "by" phrase, or -1 */
int syn_obl_by_phrase(const struct syntax_parse *P, int vw);   /* one hung on its oblique */
/* 1 when verb vw is a passive "said"/"reported" with no "by" phrase: no statement (01x a) */
int syn_unspoken_report(const struct syntax_parse *P, int vw, const char *a);

/* synpassive.c, feeling55: "Norway was dismayed by Russia's move": a feeling verb's passive
 * coded as a comment or a disapproval keeps its subject, who feels, as the source and the
 * cause's doer as the target. 1 when it holds. */
int syn_felt_passive(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     coder_slot *src, coder_slot *tgt);
/* A sanction's target that is the tariff's own adjective or possessor (who levies it) or
 * where taxed goods go ("exports to the U.S."): the goods' origin named under the tariff
 * word instead, else none. Returns 1 when the target changed. */
int syn_tariff_owner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     const coder_slot *src, coder_slot *tgt);
/* evref52: a reaction to an act noun ("condemned the Israeli strike on Doha") aims at the
 * act's owner word, not its "on" phrase. Returns 1 when the target changed. */
int syn_act_owner(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		  const coder_slot *src, coder_slot *tgt);
/* inobj53: a statement or reaction whose object is a situation noun naming no side
 * ("condemned the violence in Myanmar") targets the country of its "in" phrase when no
 * rule found a target. Returns 1 when it set the target. */
int syn_situation_place(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			const coder_slot *src, coder_slot *tgt);
/* A sanction's source actor that names the taxed goods ("tariffs on Chinese goods took
 * effect") is its target. Returns 1 when moved. */
int syn_tariff_goods(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		     coder_slot *src, coder_slot *tgt);
/* A withdrawal (0874) from an international organisation, no object: 160. 1: changed. */
int syn_left_organisation(const struct syntax_parse *P, int vw, const coder_slot *tgt,
			  dict_evcode *code);
/* A warning (13x on warn) of what others may do, its complement's subject neither a
 * pronoun nor the speaker's side: 012, not a threat. Returns 1 when changed. */
int syn_warning(coder_sent *S, const struct syntax_parse *P, int vw, const coder_slot *src,
		coder_slot *tgt, dict_evcode *code);
/* 1 when the subject of verb word vw is a "neither ... nor" compound: the verb is denied. */
int syn_neither(const struct syntax_parse *P, int vw);
/* 1 when verbal conflict (09-12, code a) at verb word vw is only said to be possible
 * (could, would, may, might, can) outside a reported clause, or any deed but a statement,
 * threat or sanction with may/might/could over it: no event. */
int syn_hypothetical(const struct syntax_parse *P, int vw, const char *a);
/* endup112: 1 when verb vw's deed is said with could/may/might, across `end up` too. */
int syn_maybe_deed(const struct syntax_parse *P, int vw);
/* "it's kind of like the government is prosecuting", "as if ...": a likeness, no deed. */
int syn_likened(const struct syntax_parse *P, int vw);
/* "I would say ...": the speaker's hedge, no statement to anyone. */
int syn_hedged_saying(const struct syntax_parse *P, int vw, const char *a);
/* 1 when verb word vw is the complement (or its coordinated verb) of an intent: agreed,
 * promised, pledged, vowed, offered, undertook to; ready, willing, prepared to. */
int syn_intended(const struct syntax_parse *P, int vw);
/* 1 when verb word vw is a deed asked of others (the complement of urge, call on, ask ...,
 * or coordinated with it) and code a is no appeal or demand: the appeal codes it. */
int syn_asked_deed(const struct syntax_parse *P, int vw, const char *a);
/* The object word of a causative verb with no actor as causer whose "to" complement is verb
 * word vw ("The crisis forced Lebanon to ask ..."): the deed's doer; -1: none. */
int syn_caused_doer(coder_sent *S, const struct syntax_parse *P, int vw);
/* 1 when word h is a subjectless -ing participle on a clause ("..., leading X to"). */
int syn_caused_clause(const struct syntax_parse *P, int h);
/* objctl158: the object of a verb taking people ("gathered influencers to visit", "invited
 * Israel to join") whose "to" complement holds verb word vw: the doer; -1: none. */
int syn_controlled_object(const struct syntax_parse *P, int vw);
/* 1 when verb word vw is such a causative verb: no coercion, the complement is the deed. */
int syn_causer_verb(coder_sent *S, const struct syntax_parse *P, int vw);
/* 1 when a 012 at verb word vw is a deed stirring others' fears ("..., raising fears"). */
int syn_stirred_feeling(coder_sent *S, const struct syntax_parse *P, int vw, const char *a);
/* sense89: 1 when the deed at verb word vw (code a) has a thing for its active subject. */
int syn_thing_subject(coder_sent *S, const struct syntax_parse *P, int vw, const char *a);
int syn_thing_agent(coder_sent *S, const struct syntax_parse *P, int vw, const char *a);
/* The verb of telling or instructing with an object whose "to" complement is verb word vw
 * (or vw itself, a statement with code a and such a complement): the deed is commanded; or
 * of wanting or needing (*appeal = 1) or expecting (2), with an object: asked. -1: none. */
int syn_teller(const struct syntax_parse *P, int vw, const char *a, int *appeal);
/* The word X of "looking to X" at word h (an oblique with "to", not a time); -1: none. */
int syn_looked_to(const struct syntax_parse *P, int h);
/* The word X of "the need for X to V", "it is necessary for X to V" (not negated) when verb
 * word vw is V; *n the word of necessity. -1: none. */
int syn_needed_side(const struct syntax_parse *P, int vw, int *n);
/* syncode.c: 1 when actor k names the side whose phrase word x heads: its head is x, or an
 * adjective, possessor or compound on x ("the Haitian government", "Iceland's government"). */
int syn_side_named(coder_sent *S, const struct syntax_parse *P, int k, int x);
/* 1 when the deed at verb word vw was not done: no one did it, "without", a chance or
 * need, a charge, a forecast; a conflict deed in a threat noun's clause becomes the threat
 * (13x, *code changed, 0 returned). Statements and appeals (01-02) are left alone; a
 * pattern that matched words before the verb (upper) only meets the "if"/"unless" test. */
int syn_undone(coder_sent *S, const struct syntax_parse *P, int vw, int upper,
	       dict_evcode *code);
/* syncode.c: a material deed (CAMEO 06-08, 14-15, 17-20, code a) told in the simple present
 * in a story's body ("The group frequently attacks convoys", "Russia supplies gas to
 * Hungary"): a habit or standing state, no event of the day. The verb at coder token v (parse
 * word vw) has no auxiliary or "to", heads a main or relative clause with a subject, is no
 * reported speech (rv, the reporting verb, < 0; attr NULL) nor in a quotation, and has no
 * time of the day ("today", "on Monday"). A story's first sentence, which often tells the
 * news in the present ("Police arrest protest leaders"), is left alone. A deed noun in the
 * object of a verb so dropped ("conducts bombings", S->habit) is dropped too, whatever its
 * code. 1: no event. */
int syn_generic_present(coder_sent *S, const struct syntax_parse *P, int v, int vw, int rv,
			const char *attr, const char *a);
/* syncode.c, generic55: 1 when the verb at word vw (coder token v) is in the simple present
 * (its base form, no auxiliary) with a subject that names people by a quantity only ("some",
 * "many people", "most young residents"): no event. */
int syn_generic_people(const coder_sent *S, const struct syntax_parse *P, int v, int vw);
#define SYN_PEOPLE_NOTE "syntax: what some or many people do, in the simple present ('many " \
			"young people complain'), is no deed of a side, no event"
#define SYN_GENERIC_NOTE "syntax: a material deed told in the simple present in the story's " \
			 "body ('the group frequently attacks convoys') is a habit, no event"
/* synspeech.c: a statement (010) whose content clause judges another side's conduct wrong
 * ("said the decision of Kenya is unacceptable") is an accusation or criticism (112 for a
 * wrong named, else 111), one that praises it ("said Trump is right", "proud of Rubio")
 * praise (051); the target is that side. Returns 1 when changed (S->syn_note says so). */
int syn_said_judgement(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		       coder_slot *tgt, dict_evcode *code);
/* synspeech.c: a claim (010 on claim, contend, allege) whose content clause tells
 * what another country's side did or is ("claiming that the U.S. military brought the
 * virus", "contends Kenya's ultimatum is because of the dispute") is an accusation of it
 * (112). Returns 1 when changed (S->syn_note says so). */
int syn_accused_agent(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
		      dict_evcode *code);
int syn_claimed_wrong(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		      coder_slot *tgt, dict_evcode *code);
/* synspeech.c: 1 when deed verb vw is a culprit's deed said by a known speaker (evsubj53) */
int syn_charged_deed_clause(coder_sent *S, const struct syntax_parse *P, int vw);
/* synspeech.c: a statement (010) whose content names another side as behind, responsible
 * for or the doer of a violent deed ("said India was behind the attack", "said the bombing
 * was carried out by Pakistani militants") is an accusation of it (112). Returns 1 when
 * changed (S->syn_note says so). */
int syn_said_culprit(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		     coder_slot *tgt, dict_evcode *code);
/* synspeech.c: 1 when verb word vw is a wrong charged in a content clause ("said Ghana had
 * harbored militants"): the charge, not a deed of the sentence (syn_undone). */
int syn_charged_wrong(const struct syntax_parse *P, int vw);
int syn_plan_to_noun(const struct syntax_parse *P, int vw);   /* "a proposal to sanction" */
/* synspeech.c, blame50: 1 when negated verb vw denies the speaker's own wrong ("said it did
 * not harbor militants"): a denial (016). */
int syn_denied_wrong(const struct syntax_parse *P, int vw);
/* shacc50: accuse49's word lists, for the --shallow charge (news.c) */
enum syn_charge { CHARGE_DEED, CHARGE_WRONG, CHARGE_TERROR, CHARGE_ABET, CHARGE_BLAME,
		  CHARGE_WRONG_VERB,
		  /* copula123: STATE_WORDS, GOOD_WORDS, CONDUCT_NOUNS */
		  CHARGE_STATE, CHARGE_GOOD, CHARGE_CONDUCT,
		  /* content147: VIOLENT_PEOPLE, MISUSE_VERBS (stems), TRUST_NOUNS, GAIN_NOUNS */
		  CHARGE_VIOLENT, CHARGE_MISUSE, CHARGE_TRUST, CHARGE_GAIN,
		  /* quotepraise150: PRAISE_WORDS, FELT_WORDS */
		  CHARGE_PRAISE, CHARGE_FELT,
		  /* callnadj175: NAMING_WORDS */
		  CHARGE_NAMING };
int syn_charge_word(const char *s, int n, enum syn_charge which);
int syn_press_word(const char *s, int n);   /* synnews.c: blame50 */
int syn_audience_word(const char *s, int n);   /* synnews.c: toldin168 */
/* syncode.c: 1 when actor k is on the side of the slot's first actor: the same code, or the
 * same country (actor_split: "IRNGOV" and "IRN"); syn_codes_same_side for two codes. */
/* synspeech.c: a main clause naming a side the culprit of a violent deed, told as another's
 * charge ("X was behind the plot, according to Y"): the culprit's actor, *c the clause's
 * word, *teller the "according to" phrase's word; -1: none. */
int syn_alleged_culprit(coder_sent *S, const struct syntax_parse *P, int *c, int *teller);
int syn_same_side(coder_sent *S, int k, const coder_slot *s);
int syn_codes_same_side(const char *a, const char *b);
/* syncode.c: 1 when codes a and b are one country's two sides in its conflict: the state
 * (GOV, MIL, COP, JUD, SPY) and those who fight or oppose it (INS, REB, UAF, SEP, OPP):
 * "AFGINS" and "AFGGOV"; or the state and those who hold it to account (CVL, JUD, LEG,
 * MED), roles apart: "KENLEG" and "KENGOV". What one says of the other's wrongs is an
 * accusation as between countries. */
int syn_codes_rivals(const char *a, const char *b);
/* synspeech.c: a defiance of norms or law (128) that a side of another country, or the
 * doer's rival at home (syn_codes_rivals), reports ("The United States said Iran is
 * flagrantly defying the U.N.") is its accusation of the doer (112). Returns 1 when changed
 * (S->syn_note says so). */
int syn_reported_defiance(coder_sent *S, const struct syntax_parse *P, int vw,
			  coder_slot *src, coder_slot *tgt, dict_evcode *code);
/* synspeech.c: a hostile deed in a "how" clause that a statement cites as proof ("an example
 * of how Minsk arrests its critics," the ambassador said) is the speaker's
 * accusation of the doer (112). Returns 1 when changed (S->syn_note says so). */
int syn_cited_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt, dict_evcode *code);
/* synspeech.c: a statement (010) whose content tells harm that will befall another side
 * ("the Taliban will be crushed", "sanctions could follow if Ankara ...") is a threat to it
 * (138, 1312, 130). Returns 1 when changed (S->syn_note says so). */
int syn_said_threat(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		    coder_slot *tgt, dict_evcode *code);
/* synspeech.c: 1 when clause c tells harm that will befall its subject: a future passive of
 * crushing or punishing, or, negated, of sparing ("terrorists will not be spared"). */
int syn_harm_clause(const struct syntax_parse *P, int c);
/* synspeech.c: a hope (013, or "expressed hope that") that another side will or can act is
 * an appeal to it (020). Returns 1 when changed (S->syn_note says so). */
int syn_hoped_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt, dict_evcode *code);
/* synspeech.c: 1 when verb word c is a present "need(s) to" / "has/have to" with a subject
 * of its own that is not the speaker ("Washington needs to act", not "we need to", "will
 * have to", "had to"): an obligation put on another, as "must" is. */
int syn_need_to(const struct syntax_parse *P, int c);
/* syncode.c: 1 when verb vw, coded a call, visit or information shared (041-043, 064), is
 * plainly negated with no modal ("has not traveled to", "did not share details"): no event. */
int syn_contact_not_made(const struct syntax_parse *P, int vw, const char *a);
/* syncode.c: the verb that carries the future auxiliary (will, would, shall, 'll) of verb
 * vw: vw, or the verb it completes or is coordinated with, no subject of its own ("would
 * allow the WFP to deliver", "will have to look for"), never up a relative clause; -1: none. */
int syn_future_verb(const struct syntax_parse *P, int vw);
/* syncode.c: a deed said as future on a negative condition ("will buy ... if the freeze is
 * not lifted", "will not release ... unless") is an ultimatum (139) to the condition's
 * side; a threat (13x) with no other side is retargeted there. Returns 1 when changed. */
int syn_ultimatum(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		  coder_slot *tgt, dict_evcode *code);
/* sides136: a deed noun in an "under" phrase or the "by" agent of a passive befalls the
 * subject ("Kyiv came under a Russian missile attack"): the sides swapped (syncode.c). */
int syn_under_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt);
/* syn_said_must, syn_warning, syn_said_judgement, syn_claimed_wrong, claimed_deed,
 * syn_under_deed. Returns 1 when one changed the event. */
int syn_speaker_recode(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		       coder_slot *tgt, dict_evcode *code);
/* synpassive.c: a past participle standing alone as a clause (", killed in ... by X", "a
 * journalist detained by police"): no subject, auxiliary or object of its own. */
int syn_bare_participle(const struct syntax_parse *P, int vw);
/* Its deed was done to the host's subject (or the noun it modifies), by its "by" phrase:
 * sets *tgt and *src (none without a "by" actor). Returns 1 when it applied. */
int syn_participle_passive(coder_sent *S, const struct syntax_parse *P, int vw,
			   coder_slot *src, coder_slot *tgt);
/* A passive verb's subject chosen as source without a "by" actor becomes the target; the
 * source is unknown ("---"), or for a deed of violence (code, 18-20) the subject of a
 * "when" clause on the verb. Returns 1 when changed. */
int syn_passive_subject(coder_sent *S, const struct syntax_parse *P, int vw, const char *code,
			coder_slot *src, coder_slot *tgt);
/* doer107: a passive deed of coercion done "under" a ruler with no "by" phrase was done by
 * that ruler; for another deed the ruler is no side (doerb108). Returns 1 when changed. */
int syn_ruler_doer(coder_sent *S, const struct syntax_parse *P, int vw, const char *code,
		   coder_slot *src, coder_slot *tgt);
/* "Sanctions were imposed on Iran": a passive with no "by" phrase or object actor whose
 * source so far is in an oblique it is aimed at (on, to, against, with ...): that actor is
 * the target, the source unknown ("---"). Returns 1 when changed. */
int syn_passive_oblique(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
			coder_slot *tgt);
/* "X said Y was killed": the speaker is no doer of a reported passive deed of conflict (a:
 * 14-20) without a "by" actor: the source is unknown, the passive subject the target.
 * Returns 1 when changed. */
int syn_reported_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
			 const char *a, coder_slot *src, coder_slot *tgt);
/* voiceless113: "X said he was threatened": the speaker is no doer (synpassive.c). */
int syn_person_underwent(const struct syntax_parse *P, int vw);
int syn_reported_person_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
				const char *a, coder_slot *src, coder_slot *tgt);
/* synpassive.c, selfpass112: 1 when passive vw's pronoun subject stands for the speaker s,
 * the reporting verb's subject ("Kenya said it was threatened"): the speaker underwent it. */
int syn_speaker_underwent(const struct syntax_parse *P, int vw, int s);
/* synpassive.c, sideaudit110: "Kenya said it was threatened": a pronoun subject of a passive
 * deed (10-20) that stands for the speaker of rv makes the speaker the target, the "by"
 * actor (or "---") the source; s: the speaker's word, -1 for rv's subject. 1 when changed. */
int syn_reported_self_passive(coder_sent *S, const struct syntax_parse *P, int vw, int rv,
			      int s, const char *a, coder_slot *src, coder_slot *tgt);
/* "The journalist was detained by Iranian police": with a "by" actor as source, a passive
 * subject that is no dictionary actor is the target as its noun phrase (OPEN_ACTORS), unless
 * the target already has the object role. Returns 1 when *tgt changed. */
int syn_passive_open_target(coder_sent *S, const struct syntax_parse *P, int vw,
			    const coder_slot *src, coder_slot *tgt);
/* "He was hunted down by our soldiers": with no source, a "by" phrase an agent codes (no
 * dictionary actor) is the source of the passive deed and the passive subject its target
 * (actor, noun phrase, or "---" for a pronoun). Returns 1 when the slots changed. */
int syn_passive_open_doer(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
			  coder_slot *tgt);
/* passive51: the passive verb whose oblique noun word vw is, the deed's noun of a phrasal
 * passive ("was placed under house arrest", "was put on trial"); -1: none. */
int syn_phrasal_passive(const struct syntax_parse *P, int vw);
/* passive51: a state's coercive deed (a: 172-174; a summons) told in the passive with no
 * doer: its source is the authorities (XXXGOV) of the place it happened in, else of the
 * story's country; a summons's "to" actor summoned. An uncoded name left as the source is
 * the target. Returns 1 when the slots changed. */
int syn_passive_authority(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
			  coder_slot *src, coder_slot *tgt);
/* passive53: a show of force (a: 15x, "were deployed", "was mobilized", "were put on alert")
 * in the passive with no "by" phrase is done by its subject's side, a coded one: the source;
 * the target is the side it faces ("to X", "the border with X", not its own country), else
 * none. Returns 1 when the slots changed. */
int syn_passive_force(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		      coder_slot *src, coder_slot *tgt);
/* passive55: a deed of violence (a: 18x-19x) in the passive with no doer, suffered "in"
 * or "during" a fight (clash, battle, firefight ...) "with" a side: that side is the
 * source ("was killed in a clash with army troops": ~MIL), the passive subject the target
 * (passive128: also when it had been taken as the doer). Returns 1 when the slots changed. */
int syn_passive_clash(coder_sent *S, const struct syntax_parse *P, int vw, const char *a,
		      coder_slot *src, coder_slot *tgt);
/* synrecip.c: the recipient of a transfer ("gave A to Y", "gave Y A"): the word heading Y
 * (iobj, or a "to"/"toward" oblique of a verb that also has an object), or -1. */
int syn_recipient(const struct syntax_parse *P, int vw);
/* The target becomes the recipient's actor when the chosen one is only a modifier of the
 * thing given, a place, another oblique or none. Returns 1 when *tgt changed. */
int syn_recipient_target(coder_sent *S, const struct syntax_parse *P, int vw,
			 const coder_slot *src, coder_slot *tgt);
/* The object of a "to help/assist/support X" purpose clause on verb vw or its object: whom
 * a thing is given for; -1: none. */
int syn_beneficiary(const struct syntax_parse *P, int vw);
/* A giving event's (07, 020/023, 033 code) target becomes the beneficiary's actor when no
 * recipient phrase names one, as for syn_recipient_target. Returns 1 when *tgt changed. */
int syn_beneficiary_target(coder_sent *S, const struct syntax_parse *P, int vw,
			   const char *code, const coder_slot *src, coder_slot *tgt);
/* "sent troops to the UN peacekeeping mission in Mali": a giving event's target becomes the
 * host country of the mission given to. Returns 1 when *tgt changed. */
int syn_mission_target(coder_sent *S, const struct syntax_parse *P, int vw,
		       const char *code, const coder_slot *src, coder_slot *tgt);
/* 1 when slot s's actor lies in that beneficiary's phrase (the people's place) or is the
 * mission's host: no venue. */
int syn_beneficiary_place(coder_sent *S, const struct syntax_parse *P, int vw,
			  const char *code, const coder_slot *s);
/* The first live actor in the phrase headed by word r (not in a clause of its own) whose
 * code is not the source's; -1: none. */
int syn_phrase_actor(coder_sent *S, const struct syntax_parse *P, int r, const coder_slot *src);
/* "withdrew peacekeepers from Sinai": the "from" phrase's actor is the target of a
 * withdrawal verb with an object; 1 when *tgt was changed. */
int syn_withdrawal_target(coder_sent *S, const struct syntax_parse *P, int vw,
			  const coder_slot *src, coder_slot *tgt);
/* synactor.c: 1 for verbs that report speech ("said", "told", "added", "wrote", ...): the
 * speaker of a quote is their subject. */
int syn_speech_word(const khaldun_parse_token *w);
/* synactor.c: 1 for verbs that report a fact ("confirmed", "reported", "announced",
 * "admitted", ...): like a saying, what their clause tells is no deed of their subject's. */
int syn_report_word(const khaldun_parse_token *w);
/* 1 when the word is a quotation mark (straight, curly or doubled); inline, as the quote
 * rules call it word by word. */
static inline int syn_quote_mark(const khaldun_parse_token *w)
{
	/* only the word's own bytes: the text after the sentence may be unset */
	return (w->len && w->form[0] == '"') ||
	       (w->len >= 3 && (!memcmp(w->form, "\xe2\x80\x9c", 3) ||
				!memcmp(w->form, "\xe2\x80\x9d", 3))) ||
	       (w->len >= 2 && (!memcmp(w->form, "``", 2) || !memcmp(w->form, "''", 2)));
}
/* 1 when word j stands inside a quotation: an odd count of quotation marks before it. */
static inline int syn_quoted(const struct syntax_parse *P, int j)
{
	int n = 0;
	for (int i = 0; i < j; i++)
		n += syn_quote_mark(&P->w[i]);
	return n % 2;
}
/* '"...," the minister said': the quotation and its attribution tail parsed each as a
 * sentence and joined, where the line's parse did not read them so (synquote.c). Returns 1
 * when the parse was replaced. */
int syn_quote_tail(const khaldun_parser *parser, struct syntax_parse *P);
/* quoteparse123: a quotation that opens and closes inside a clause ('called the ruling
 * "arbitrary"'): the sentence parsed again without its two marks, which then hang on the
 * quoted words as punctuation (synquote.c). Returns 1 when it parsed again. */
int syn_inner_quotes(const khaldun_parser *parser, struct syntax_parse *P);
/* speechd111: '"...," said retired Peruvian general Luis Soto': the participle before the
 * speaker read as a verb taking the speaker as its object; the speaker made the speech verb's
 * subject, the participle its modifier. Returns 1 when the parse was changed. */
int syn_tail_title(const khaldun_parser *parser, struct syntax_parse *P);
/* synquote.c: 1 when word h stands in the attribution tail of the quote that word vw is
 * in, as its speaker or the one told ('"...," Robert Wood, the U.S. deputy ambassador, told
 * reporters', '"...," said X', '"...," he told X'): the tail's first verb after the closing
 * mark is a speech verb, and h stands before it or is its object. A quote that opened in an
 * earlier sentence counts (its closing mark alone, after vw). */
int syn_tail_speaker(const struct syntax_parse *P, int h, int vw);
/* syntax.c: the actor whose phrase is the subject of verb h (role R_SRC), or with per the
 * phrase of "according to X" hung on h; deleted comma clauses count (", the Taliban
 * said"). -1: none. */
int syn_speaker_actor(coder_sent *S, const struct syntax_parse *P, int h, int per);
/* syntax.c: the verb with a subject the parse hangs comma tail pw on (", saying ...": up
 * subjectless conjuncts and clauses), -1 when pw is no such tail. */
int syn_tail_host(const struct syntax_parse *P, int pw);
/* syntax.c: 1 when the pronoun word p may stand for the noun word s: "they" and "them" for a
 * plural (a coordination, a common noun in -s or of PLURAL_WORDS: "the soldiers"), "he" and
 * "she" for a single name ("Putin"; not "the alliance"), "it", "him" and "her" for any
 * singular (an object: "the ambassador", "Russia"). */
int syn_pronoun_agrees(const struct syntax_parse *P, int p, int s);
/* synactor.c: the verb a speech tail (", saying ...", ", adding", ", noting", ", arguing",
 * ", insisting" ...) hangs on, whose subject is the tail's speaker (syn_tail_host); -1 when
 * word h is no such tail. */
int syn_speech_tail(const struct syntax_parse *P, int h);
/* synactor.c: the speech verb whose complement (ccomp, or its parataxis: '"...," he said')
 * holds verb c, up coordinated verbs and complements; its subject must be no first person
 * itself. -1: none. */
int syn_speech_verb(const struct syntax_parse *P, int c);
/* synactor.c: actor rules run on the settled slots: the object is not its verb's source
 * when its subject is a pronoun; a refusal after "but" rejects the other clause's
 * subject; "met X and praised him" is X; "talks with X" names X, not a modifier of the noun
 * (each notes S->syn_note); -1: no event (an actor acting on its own noun phrase, an
 * animal as the only victim of a killing). */
int syn_actor_rules(coder_sent *S, const struct syntax_parse *P, int vw, int sv,
		    const dict_evcode *code, coder_slot *src, coder_slot *tgt);
/* synactor.c: the quote's tail speaker for a first-person subject of vw; 1 and *src. */
int syn_first_person_speaker(coder_sent *S, const struct syntax_parse *P, int vw,
			     coder_slot *src);
/* synnoun.c: the actor whose live head is word h, or that names a word hung on h by
 * modifiers ("the [Iranian] intelligence ministry", "[Iran]'s ministry"): the nearest; -1:
 * none. */
int syn_actor_at(coder_sent *S, const struct syntax_parse *P, int h);
/* synnoun.c: 1 when word n heads a deed noun whose doer is actor d and target actor g
 * ("Rocket attacks by Hezbollah on northern Israel"): self_phrase keeps both sides. */
int syn_deed_noun_sides(coder_sent *S, const struct syntax_parse *P, int n, int d, int g);
/* synnoun.c: the target actor in deed word n's own phrase, its code a ("attacks by the
 * Houthis on Saudi Arabia": Saudi Arabia; a verbal act's "to" too); -1: none. */
int syn_deed_target(coder_sent *S, const struct syntax_parse *P, int n, const char *a);
/* synactor.c: adds a rule's words to the verb's note S->syn_note ("; " between two). */
void syn_note_add(coder_sent *S, const char *msg);
#endif
