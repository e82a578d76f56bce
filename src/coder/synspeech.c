/*
 * synspeech.c - what was said: the speech act a statement's content makes (KHALDUN:
 * SYNTAX). A statement (010) on a speech verb whose complement clause (or quotation) judges
 * another side is CAMEO's accusation or criticism (11x: "said corruption in Albania is
 * pervasive", "said the decision of Kenya is unacceptable") or praise (051: "said President
 * Trump is right", "I'm proud of Secretary Rubio"), aimed at the side the judgement is about.
 * Called from syn_speaker_recode (syncode.c) after the demand and warning rules.
 * Invariant: read-only on the parse; only the statement's code and target change, and only
 * when the content names a side other than the speaker's.
 */
#include "coder/syntree.h"
#include "coder/syntax.h"
#include <string.h>
#include <strings.h>

/* Words that judge conduct as wrong (CAMEO 111, criticize or denounce). */
static const char *const BLAME_WORDS[] = { "unacceptable", "illegal", "unlawful",
	"illegitimate", "irresponsible", "reckless", "corrupt", "provocative", "outrageous",
	"unbearable", "hypocritical", "unjust", "unfair", "biased", "shameful", "disgraceful",
	"appalling", "deplorable", "despicable", "absurd", "ridiculous", "wrong", "wrongful",
	"unconstitutional", "destabilizing", "destabilising", "harmful", "detrimental", "heinous",
	"barbaric", "inhumane", "brutal", "cruel", "racist", "discriminatory", "arbitrary",
	"criminal", "void", "aggressive", "unprovoked", "disappointing", NULL };
/* Nouns that name a wrong done (CAMEO 112, accuse): a violation, a crime, propaganda. */
static const char *const WRONG_NOUNS[] = { "violation", "violations", "breach", "breaches",
	"crime", "crimes", "corruption", "genocide", "propaganda", "disinformation", "lie", "lies",
	"aggression", "provocation", "provocations", "atrocity", "atrocities", "abuse", "abuses",
	"betrayal", "interference", "meddling", "blackmail", "massacre", "persecution",
	"repression", "oppression", NULL };
/* Words that judge conduct as right (CAMEO 051, praise or endorse): said of a side
 * ("Trump is right"), or, with "of"/"to"/"for", felt towards one ("proud of Rubio"). */
static const char *const PRAISE_WORDS[] = { "right", "correct", "commendable", "admirable",
	"courageous", "brave", "wise", "exemplary", NULL };
static const char *const FELT_WORDS[] = { "proud", "grateful", "thankful", "appreciative",
	NULL };
/* Words that judge a thing named as bad, but may also tell of a state or a disaster
 * ("the floods were a disaster"): a judgement only as the predicate a speaker names
 * something with ("described the plan as a strategic disaster"). */
static const char *const NAMING_WORDS[] = { "bad", "disaster", "catastrophe", "failure",
	NULL };
/* Words of concern or dismay felt about another's deed ("deeply concerned about Iran's
 * production of ..."): the sets' convention, and CAMEO's 111, criticism of that side. */
static const char *const DISMAY_WORDS[] = { "concerned", "troubled", "worried", "alarmed",
	"disturbed", "dismayed", "disappointed", "outraged", "appalled", NULL };

int syn_need_to(const struct syntax_parse *P, int c)
{
	static const char *const need[] = { "need", "needs", "has", "have", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const self[] = { "i", "we", NULL };
	const khaldun_parse_token *w = &P->w[c];
	if (!syn_word_in(w, need) || !w->upos || strcmp(w->upos, "VERB") ||
	    syn_child_rel(P, c, "aux") >= 0 || syn_not_on(P, c))
		return 0;   /* "will have to look for alternatives": a threat's condition */
	int s = syn_child_rel(P, c, "nsubj");
	if (s < 0 || syn_word_in(&P->w[s], self))
		return 0;
	/* "to" and the verb right after: not "have the intention to", "have a right to" */
	return c + 2 < P->nw && syn_word_in(&P->w[c + 1], to) &&
	       (int)P->w[c + 1].head == c + 3 && (int)P->w[c + 2].head == c + 1 &&
	       syn_rel_is(&P->w[c + 2], "xcomp") && !syn_conditional(P, c);
}

/* Relations inside one clause: a judgement word reached only through them belongs to the
 * clause, not to a clause of its own under it (relative, adverbial, complement). */
static int in_clause_rel(const khaldun_parse_token *w)
{
	static const char *const rel[] = { "nsubj", "nsubj:pass", "obj", "iobj", "obl", "amod",
		"nmod", "nmod:poss", "conj", "compound", "appos", "flat", "xcomp", "obl:agent",
		NULL };
	for (int k = 0; rel[k]; k++)
		if (syn_rel_is(w, rel[k]))
			return 1;
	return 0;
}

/* 1 when word j lies in the clause headed by c (j == c, or up from j to c through
 * in-clause relations only), with no negation on it or on the words between
 * ("is not illegal", "no violation"), no word of undergoing ("suffered abuses", "is a victim
 * of aggression") and no other verb between: "rejects the decision and
 * calls it a violation" judges the decision, not the one who calls. */
/* 1 when word w tells of one who undergoes a deed (suffer, face, endure, flee, survive, a
 * victim of, subjected to): a wrong on the way to it befalls its subject, who did none. */
static int undergoing(const khaldun_parse_token *w)
{
	static const char *const stems[] = { "suffer", "face", "endur", "experienc", "flee",
		"fled", "escap", "surviv", "victim", "subjected", "targeted", NULL };
	for (int k = 0; stems[k]; k++)
		if (w->len >= strlen(stems[k]) && !strncasecmp(w->form, stems[k], strlen(stems[k])))
			return 1;
	return 0;
}

static int in_clause(const struct syntax_parse *P, int j, int c)
{
	static const char *const no[] = { "no", NULL };
	for (int steps = 0; j >= 0 && steps < P->nw; steps++) {
		if (syn_not_on(P, j) || syn_child_word(P, j, "det", no) || undergoing(&P->w[j]))
			return 0;
		if (j == c)
			return 1;
		if (steps && P->w[j].upos && !strcmp(P->w[j].upos, "VERB"))
			return 0;
		if (!in_clause_rel(&P->w[j]) || !P->w[j].head)
			return 0;
		j = (int)P->w[j].head - 1;
	}
	return 0;
}

/* The content clause of speech verb vw: its complement (ccomp), else, for a speech verb
 * hung on a quotation as parataxis ("..., the minister said"), the quotation's head. -1:
 * none, or a content under a condition or question ("if", "whether"). */
static int content_clause(const struct syntax_parse *P, int vw)
{
	static const char *const cond[] = { "if", "unless", "whether", NULL };
	int c = syn_child_rel(P, vw, "ccomp");
	if (c < 0 && syn_rel_is(&P->w[vw], "parataxis") && P->w[vw].head)
		c = (int)P->w[vw].head - 1;
	if (c < 0 || syn_child_word(P, c, "mark", cond))
		return -1;
	return c;
}

/* The first word of the clause c that is one of words (with adj, an adjective only: "is
 * right", not "has the right to"); -1: none. */
static int judged_by(const struct syntax_parse *P, int c, const char *const *words, int adj)
{
	for (int j = 0; j < P->nw; j++)
		if (syn_word_in(&P->w[j], words) && in_clause(P, j, c) &&
		    (!adj || (P->w[j].upos && !strcmp(P->w[j].upos, "ADJ"))))
			return j;
	return -1;
}

/* The side the judgement of clause c is about: the actor of its subject (also a passive
 * one, and an owner or maker named in it: "Kenya's decision", "corruption in Albania"), with
 * a code other than the speaker's; for a feeling word ("proud of X", "grateful to X"), the
 * actor of its oblique. -1: none. */
static int judged_side(coder_sent *S, const struct syntax_parse *P, int c, int felt,
		       const coder_slot *src)
{
	if (felt >= 0)
		return syn_actor_with_role(S, P, felt, R_OBL, src);
	int k = syn_actor_with_role(S, P, c, R_SRC, src);
	if (k < 0 && syn_passive_verb(P, c))
		k = syn_actor_with_role(S, P, c, R_TGT, src);
	return k;
}

/* The speaker of verb vw: its subject's actor, else its noun phrase (OPEN_ACTORS), else
 * the source the shallow rules chose (*src unchanged). */
static void speaker(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src)
{
	int k = syn_actor_with_role(S, P, vw, R_SRC, NULL);
	coder_slot who = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &who);
	if (who.n || syn_open_phrase(S, P, syn_child_rel(P, vw, "nsubj"), &who))
		*src = who;
}

int syn_said_judgement(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		       coder_slot *tgt, dict_evcode *code)
{
	if (!code->a || strcmp(code->a, "010"))
		return 0;
	int c = content_clause(P, vw);
	if (c < 0)
		return 0;
	const char *a = NULL;
	int felt = -1;
	if (judged_by(P, c, WRONG_NOUNS, 0) >= 0)
		a = "112";
	else if (judged_by(P, c, BLAME_WORDS, 0) >= 0)
		a = "111";
	else if (judged_by(P, c, PRAISE_WORDS, 1) >= 0)
		a = "051";
	else if ((felt = judged_by(P, c, FELT_WORDS, 1)) >= 0)
		a = "051";
	else if ((felt = judged_by(P, c, DISMAY_WORDS, 0)) >= 0)
		a = "111";
	if (!a)
		return 0;
	coder_slot who = *src;
	speaker(S, P, vw, &who);
	int k = judged_side(S, P, c, felt, &who);
	if (k < 0)
		return 0;   /* the content names no other side: a plain statement */
	*src = who;
	actors_make_slot(S, k, tgt);
	code->a = a;
	code->b = NULL;
	S->syn_note = a[0] == '0' ? "rule: a statement whose content praises another side is "
				    "praise (051)"
				  : "rule: a statement whose content judges another side's conduct "
				    "wrong is an accusation or criticism (11x)";
	return 1;
}

/* 1 when word j is a judgement of wrong (BLAME_WORDS, WRONG_NOUNS, NAMING_WORDS), or a
 * noun such a word modifies ("an appalling betrayal", "deeply disappointing" read as its head). */
static int wrong_word(const struct syntax_parse *P, int j)
{
	if (syn_word_in(&P->w[j], BLAME_WORDS) || syn_word_in(&P->w[j], WRONG_NOUNS) ||
	    syn_word_in(&P->w[j], NAMING_WORDS))
		return 1;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == j + 1 && syn_rel_is(&P->w[i], "amod") &&
		    (syn_word_in(&P->w[i], BLAME_WORDS) || syn_word_in(&P->w[i], WRONG_NOUNS)))
			return 1;
	return 0;
}

int syn_named_judgement(coder_sent *S, int v, dict_evcode *code)
{
	static const char *const naming[] = { "called", "calls", "calling", "call", "described",
		"describes", "describing", "describe", NULL };
	static const char *const as[] = { "as", NULL };
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0 || code->kind != CODE_NULL)
		return 0;
	int vw = P->tok2w[v];
	int o = syn_child_rel(P, vw, "obj");
	if (!syn_word_in(&P->w[vw], naming) || syn_not_on(P, vw) || o < 0)
		return 0;
	for (int j = 0; j < P->nw; j++) {
		const khaldun_parse_token *w = &P->w[j];
		if (!wrong_word(P, j))
			continue;
		int c = syn_case_of(P, j);
		/* the predicate: a complement, an "as" phrase or clause, or an adjective after
		 * the object the parser hung on it ("called Chinese subsidies 'unbearable'") */
		int pred = (int)w->head == vw + 1 &&
			   (syn_rel_is(w, "xcomp") ||
			    (syn_rel_base(w, "obl") && c >= 0 && syn_word_in(&P->w[c], as)) ||
			    (syn_rel_is(w, "advcl") && syn_child_word(P, j, "mark", as)));
		pred |= (int)w->head == o + 1 && j > o && syn_rel_is(w, "amod");
		if (!pred)
			continue;
		code->kind = CODE_EVENT;
		code->a = "111";
		code->b = NULL;
		return 1;
	}
	return 0;
}
