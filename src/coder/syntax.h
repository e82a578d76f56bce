/*
 * syntax.h - the coder's use of the dependency parse (KHALDUN: SYNTAX): event.c asks it to
 * re-choose a verb's source and target once the shallow rules have run.
 * Invariant: without the rule or a parser model the shallow result is left untouched.
 */
#ifndef KH_SYNTAX_H
#define KH_SYNTAX_H
#include "coder/sent.h"

/* 1 when this coder codes with the parse (the rule is on and the dictionary has a model). */
int syntax_on(const coder_sent *S);
/* 1 when token t (any case) is a document noun (law, bill, decree, resolution ...), or
 * with maker a verb that makes, passes or puts one forward (signed, passed, adopted ...):
 * doc49's lists, shared by the parse path and --shallow. */
int syntax_document_word(const coder_tok *t, int maker);
/* The subject the verb at token v shares with the verb it is coordinated with when the
 * shallow rules found none ("Militants tied their hands and shot them": Militants): its
 * dictionary actor, else its phrase as an open actor; not a pronoun. 1 when found. */
int syntax_shared_subject(coder_sent *S, int v, coder_slot *out);
/* The active subject of the verb at token v (its entry's pattern matched up to token pend),
 * or of the verb it is coordinated with, when it
 * is a personal pronoun (they, it, he, she, we) no pronoun rule resolved: *out gets the
 * pronoun as an actor of no code ("---", pron_kind set, ref -1), the doer of a deed that
 * the sentence alone cannot place ("they killed them"), when its object is a pronoun, a
 * person or group noun, or none (not "they shot a documentary"). 1 when found. */
int syntax_pronoun_doer(coder_sent *S, int v, int pend, coder_slot *out);
/* 1 when token i is a subordinating word ("while", "whereas", "as", "though", "although",
 * "after", "before", "when", "since", "because"; not "until" or "once") opening a clause
 * with a noun subject and a finite verb of its own after the clause it hangs on ("...,
 * while Canada imposed new tariffs", "..., though Kenya refused to attend"): a clause of its
 * own, with its own event. */
int syntax_contrast_clause(coder_sent *S, int i);
/* 1 when the conjunction at token i joins two common nouns inside a noun's prepositional
 * modifier ("tariffs on steel and aluminum imports will take effect"): the verb after it is
 * the whole phrase's, and the conjunction opens no clause of its own. */
int syntax_noun_conjunction(coder_sent *S, int i);
/* subjacl51: 1 when verb token v is a participle the parse hangs on the subject of verb token
 * u after it ("Kenyan police deployed to Haiti clashed with gangs": deployed, clashed), a
 * reduced relative that describes the subject: u's event is the clause's, not v's. */
int syntax_subject_participle(coder_sent *S, int v, int u);
/* relmain175: 1 when verb token v heads a restrictive relative clause on a noun before it in
 * the parse (acl:relcl, no comma between, the noun no apposition) that a relative word opens
 * ("a resolution that the envoy rejected") or whose own subject follows the noun ("the
 * sanctions Washington has imposed"). */
int syntax_relative_clause(coder_sent *S, int v);
/* participle53: the parse path's reduced relative with a "by" agent: the agent becomes the
 * source, the modified noun's actor (else none) the target. */
void syntax_relative_deed(coder_sent *S, int v, coder_slot *src, coder_slot *tgt);
/* 1 when the token j, a verb form to the dictionaries, is a common noun the parse hangs on a
 * noun after it as a compound ("travel" in "trade and travel restrictions"), a conjunct of
 * one, or the noun such coordinated modifiers describe ("curbs" in "trade and travel curbs"):
 * part of one noun phrase, so no verb that could open a clause after a conjunction. */
int syntax_noun_modifier(coder_sent *S, int j);
/* source96: 1 when the parse tags token j a common noun ("raids" in "condemned the recent
 * raids by Ghana", which the verb dictionary also holds); 0 without the parse. */
int syntax_parse_noun(coder_sent *S, int j);
/* addclause118: 1 when the parse tags token j, a verb form to the dictionaries, a common noun
 * coordinated with a common noun before it ("caution" in "conducted with skill and
 * caution"): a noun of a coordination of nouns, no verb; 0 without the parse. */
int syntax_noun_conjunct(coder_sent *S, int j);
/* 1 when token q, right after the verb spanning tokens v..vend, is a manner or repetition
 * adverb the parse hangs on that verb ("pushed hard for", "called repeatedly on"): a
 * pattern's word bound to the verb ("*_FOR_") may come after it. */
int syntax_verb_adverb(coder_sent *S, int v, int vend, int q);
/* 1 when tokens [from, to) hold a speech verb with a subject of its own ("the minister
 * told reporters"): the attribution of a quotation, no aside. */
int syntax_speech_in(coder_sent *S, int from, int to);
/* pronoun48: 1 when the parse makes the actor of slot s an object or oblique of the verb at
 * token v ("urged Ghana", "talked with Ghana"), not an actor of another clause ("a day after
 * the Taliban announced"). */
int syntax_slot_argument(coder_sent *S, int v, const coder_slot *s);
/* 1 when the comma at token i closes an adverbial clause with a subject of its own that a
 * main clause with its own subject follows ("After Russia attacked Ukraine, the United States
 * imposed sanctions"): the two are clauses of their own, each coding its event. */
int syntax_adverbial_end(coder_sent *S, int i);
/* 1 when the parse puts the sentence's root, a verb, after token i (an opening phrase's
 * closing comma): the main clause comes after the phrase ("In a speech marking the
 * anniversary, Zelenskyy thanked Britain"). 0 without the parse. */
int syntax_root_after(coder_sent *S, int i);
/* 1 when the tokens before the pronoun at token k hold an adverbial clause opening the
 * sentence with a noun subject of its own that the pronoun agrees with ("When the soldiers
 * arrived, they opened fire"): the pronoun may stand for that subject, not for the previous
 * sentence's. */
int syntax_fronted_subject(coder_sent *S, int k);
/* 1 when the passive subject of the verb at token v (nsubj:pass, or that of the passive verb
 * it is coordinated with; no pronoun) lies in the coder tokens [from, to], and the deed is
 * said as done (no modal, no if/unless). */
int syntax_passive_subject_at(coder_sent *S, int v, int from, int to);
/* That passive subject's phrase as an open actor in *out, when the shallow rules found no
 * side at all ("Gul Rahman, a suspected militant, was tortured and killed"). 1: found. */
int syntax_passive_victim(coder_sent *S, int v, coder_slot *out);
/* 1 when the parse gives the verb at token v an active noun subject of its own among tokens
 * [lo, v) (a later clause's: "..., and security forces arrested ten men"): *out gets its
 * phrase as an open actor (OPEN_ACTORS: its agent's code, else "---"). */
int syntax_clause_subject(coder_sent *S, int lo, int v, coder_slot *out);
/* synnews.c: a news outlet (an actor coded with the media agent MED in a dictionary entry:
 * "Reuters", "CNN") that is the channel of what is said by the verb at token v ("told CNN",
 * "spoke on state TV", "as reported by Reuters", "according to the AP", "CNN reported that
 * ...") is no side of its event: the target becomes none ("---"), the source the channel
 * verb's speaker actor, else none. Run on the final slots. Returns 1 when a slot changed. */
int syntax_news_channel(coder_sent *S, int v, coder_slot *src, coder_slot *tgt);
/* Re-chooses src and tgt of the verb at token v by the parse (not when designated by the
 * pattern), and turns a negated or refused cooperation in *code into a rejection (12x),
 * unless the pattern matched words before the verb (`upper`: "NOT LIFT" coded already);
 * `tail`: the last token the pattern matched after the verb (-1: none).
 * *decided: 1 when the parse chose a source or target (the shallow passive rule then stays
 * out). *attr: the speaker of reported speech ("X said Y attacked Z": X's code), or NULL.
 * Returns 0, or -1 when the event is to be dropped (a negated non-cooperation). */
int syntax_rebind(coder_sent *S, int v, int designated, int upper, int tail, coder_slot *src,
		  coder_slot *tgt, dict_evcode *code, int *decided, const char **attr);
/* 1 when actor a is the object of a preposition that opens the sentence, before the verb
 * at token verb ("Unlike the five prisoners, ... say"): an adverbial, never the doer. */
int syntax_fronted_oblique(coder_sent *S, const coder_actor *a, int verb);
/* The coder tokens [*from, *to] of the noun phrase that holds actor a as the subject, object
 * or oblique of the verb at token verb: that argument's subtree in the parse, without its
 * clauses (relative, adverbial, complement) and a leading preposition ("at least 165
 * Venezuelans", "the president of Armenia"). Returns 1 when the parse gave it, else 0. */
int syntax_np_extent(coder_sent *S, const coder_actor *a, int verb, int tail, const char *code,
		     int *from, int *to);
/* Widens coder tokens [*from, *to] of actor a, which holds no role of the verb at token
 * verb (a modifier deeper in a phrase, or the parser's misreading), to the whole noun
 * phrase its head belongs to: up through compounds, adjectives, determiners, possessors,
 * numbers and "of" / place phrases, never across a verb with a clause of its own
 * ("Chinese" -> "Chinese telecommunications giant ZTE"). Returns 1 when it widened. */
int syntax_np_whole(coder_sent *S, const coder_actor *a, int verb, int tail, const char *code,
		    int *from, int *to);
/* The last token to keep of phrase [from, to] that holds the actor up to token keep: before
 * the first verb whose subject it holds ("Japan [decided]", "Iran's U.N. ambassador
 * [participated]", "The Security Council [adopted a resolution] condemning"): a phrase
 * never crosses its own verb. */
int syntax_trim_verbs(coder_sent *S, int from, int keep, int to);
/* The first token to keep of phrase [from, ...] whose actor starts at token pos: after the
 * last verb with a clause of its own before the actor ("The strike followed [a Hamas]
 * rocket attack"), and after the words that link what follows it to that clause. */
int syntax_trim_lead(coder_sent *S, int from, int pos);
/* Phrase [*from, *to] without the words its clause left on its ends: a leading preposition
 * ("[of] the casualty figures", "[with] the African Union"; not one before a number) and a
 * trailing participle whose clause was cut off ("the death toll [reported]"). Returns 1 when
 * it changed. */
int syntax_trim_ends(coder_sent *S, int *from, int *to);
int syntax_trim_comma(coder_sent *S, int keep, int verb, int from, int *to);
/* The coder tokens of the verb's object phrase (obj, iobj, else an oblique with to, against,
 * with, toward): the text of a target no dictionary actor names; *head gets the token of its
 * head word (-1: none). Returns 1 when found. */
int syntax_object_extent(coder_sent *S, int verb, int *from, int *to, int *head);
/* dev3miss123: the coder tokens of the active verb's subject phrase, a pronoun or a name no
 * dictionary holds ("[She] told VOA she hopes ...", "[He] contends ..."), or that of the verb a
 * participle or infinitive hangs on ("[He] repeated ..., claiming ..."): the text of a source
 * no dictionary actor names. 0 for a passive verb, a time word or no subject. */
int syntax_subject_extent(coder_sent *S, int verb, int *from, int *to);
/* defspan168: the coder tokens of a passive verb's subject phrase, a pronoun or a name no
 * dictionary holds ("[The Alliance of Democracies] was sanctioned by Beijing", "[He] was
 * hunted down"): what the deed befalls, the text of a target no dictionary actor names.
 * 0 for an active verb, a time word or no subject. */
int syntax_passive_subject_extent(coder_sent *S, int verb, int *from, int *to);
/* The text of a target no dictionary actor names when the verb has no object: the object of
 * its complement verb ("considering giving money to [local communities]"), else the subject or
 * object of the clause it hopes or warns ("hoped that [insurers] would ..."), or an
 * adjective's oblique ("is skeptical of [that death toll]"); none after a verb of saying or
 * reporting. Returns 1 when found. */
int syntax_clause_object_extent(coder_sent *S, int verb, int *from, int *to);
/* The coder tokens [*from, *to] of the phrase a deed of force (code a: 175, 18-20) at token
 * v is aimed at when its object is the means, no actor: the "at", "against" or "on" phrase
 * of common nouns hung on that object or its conjuncts, or on the verb ("used batons and
 * tear gas against hundreds of protesters"), or the object of a "to" clause of driving
 * people off ("to disperse the protesters"). Returns 1 when found. */
int syntax_aimed_span(coder_sent *S, int v, const char *a, int *from, int *to);
/* 1 when the parse makes the phrase of tokens [from, to] the subject of the active verb at
 * token verb ('"...," said Cavusoglu'). */
int syntax_subject_words(coder_sent *S, int verb, int from, int to);
/* synspeech.c: "Macron called Chinese subsidies 'unbearable'", "described the plan as 'a
 * strategic disaster'": a verb of naming (call, describe) with no code of its own, whose
 * object is named by a judgement of wrong (its predicate: xcomp, or an "as" phrase), is
 * criticism of the object, 111 (*code set to it). Returns 1 when so. */
int syn_named_judgement(coder_sent *S, int v, dict_evcode *code);
/* synspeech.c: 1 when verb token v lies in the content clause (parse word content - 1) that
 * speech verb token sv's statement was coded from, below that clause's head and not under
 * the speech verb itself (a quotation's head holds its "X said" as parataxis). */
int syn_in_content(coder_sent *S, int content, int sv, int v);
/* syncode.c: "Seoul would resolutely respond to any threats", "will be responded to with
 * full force", "would respond if NATO deploys ...": a verb of response with no code of its
 * own (respond, react), said as future, not negated, with a manner of force or firmness, a
 * hostile deed responded to, or a condition, is a threat: 138 with force, else 130 (*code
 * set to it). Returns 1 when so. */
int syn_response_threat(coder_sent *S, int v, dict_evcode *code);
#define SYN_RESPONSE_NOTE "rule: a response said as future with force, firmness, against a " \
			  "hostile deed or on a condition ('would resolutely respond to any " \
			  "threats') is a threat (13x)"
/* syncode.c: "Trump did not rule out military action against Iran": coercion (sanctions,
 * force, countermeasures: the object, as weighed_coercion reads it) that a side does not
 * rule out, a negated "rule out" with no code of its own, is held out: its threat (1312,
 * 138, 131; *code set to it). Returns 1 when so. */
int syn_unruled_coercion(coder_sent *S, int v, dict_evcode *code);
/* syncode.c: the threat code of a negated "rule out" of coercion at parse word vw (the
 * negation is the threat, no denial); NULL: not one. */
const char *syn_unruled(const struct syntax_parse *P, int vw);
#define SYN_UNRULED_NOTE "rule: coercion not ruled out ('did not rule out military action') " \
			 "is a threat (13x)"
/* syntax.c: the word "hesitate" (any form) that verb vw completes, negated ("will not
 * hesitate to strike", "did not hesitate to condemn"): a double negation that affirms the
 * deed; -1: none. */
int syn_unhesitating(const struct syntax_parse *P, int vw);
/* syncode.c: "Turkey will have to look for alternatives if F-35s cannot be acquired",
 * "If the United States escalates, I will not hesitate to shut the electricity off": a verb
 * with no code of its own that a future "have to", a passive "forced/compelled/obliged to"
 * or a negated "hesitate to" compels, on an "if"/"unless" condition, not negated, is the
 * threat of a compelled response: 130 (*code set to it). Returns 1 when so. */
int syn_compelled_threat(coder_sent *S, int v, dict_evcode *code);
#define SYN_COMPELLED_NOTE "rule: a deed a side says it will have to do on a condition " \
			   "('will have to look for alternatives if ...') is a threat (130)"
/* The words the event of syn_named_judgement carries in evidence.context. */
#define SYN_NAMED_NOTE "rule: a verb of naming whose object is named by a judgement of " \
		       "wrong ('called X \"unbearable\"', 'described X as a betrayal') is " \
		       "criticism of X (111)"
/* syncode.c: with the parse, 1 when the pattern word at coder token tail lies in verb token v's own
 * phrase (not in a clause that modifies a noun, a parataxis or another coordinated verb). */
int syn_pattern_reaches(coder_sent *S, int v, int tail);
/* syncode.c: for a pattern naming one noun after the verb, 1 when the noun at token tail is
 * in the verb's object, 0 when the parse reaches it through a locative phrase ("along the
 * border"), -1 otherwise (choose_pattern prefers 1 over 0). */
int syn_object_noun(coder_sent *S, const dict_pattern *pt, int v, int tail);
/* gap149: 1 when pt's gap before its last word (tail) runs past the verb's object into a
 * non-of phrase of a noun in it ("violated the ban on flights over its territory"). */
int syn_gap_crosses_object(coder_sent *S, const dict_pattern *pt, int v, int prev, int tail);
/* syncode.c: "X claimed responsibility for the attack on Y" (a 015 claim of a deed of
 * violence, roots 18-20, which the "for" noun's verb root codes): 1 and *out, the attack itself
 * (X -> Y, or an open target when the claim's target is no part of the deed's phrase), coded
 * at the deed's noun with its root's code and a rule note, to be emitted beside the claim;
 * 2 when the claim's own object is the deed ("claimed the killing of 33 terrorists": the
 * statement 010 of a claim verb), emitted in place of the claim. */
int syn_claimed_attack(coder_sent *S, const coder_cand *cd, coder_cand *out);
/* syncode.c (content138): 1 when token t is a deed of force a claim names ("claimed the
 * killing of ..."), with *out claim cd made that deed at t; both paths' claim rules share it. */
int syn_deed_cand(const coder_sent *S, const coder_cand *cd, int t, coder_cand *out);
/* synnoun.c: a deed said as a noun phrase with its doer and target, in a sentence that coded
 * no event ("Turkey's offensive against the Kurds"); 1 and *out when found */
int syn_nominal_event(coder_sent *S, coder_cand *out);
int syn_between_event(coder_sent *S, int *from, const coder_cand *cands, int nc,
		      coder_cand *out);
#endif
