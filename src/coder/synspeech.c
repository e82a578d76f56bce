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
	"criminal", "void", "aggressive", "unprovoked", "disappointing", "hostile", "abusive",
	"evil", "malicious", "dishonest", "deceitful", "belligerent", "lawless", "predatory",
	"counterproductive", "unreasonable", "undemocratic", "antidemocratic", "anti-democratic",
	"egregious", "insulting", "reprehensible", "unwarranted", "unjustified", "unjustifiable",
	"degrading", "misguided", "regrettable", "inappropriate",
	/* evaluate31: a side's fitness or conduct judged in reported speech */
	"incompetent", "inept", "irrational", "deceptive", "coercive", "unethical", "immoral",
	/* judge98: a side's claim or report judged as made up or slander */
	"baseless", "groundless", "unfounded", "slanderous", "defamatory", NULL };
/* Nouns that name a wrong done (CAMEO 112, accuse): a violation, a crime, propaganda. */
static const char *const WRONG_NOUNS[] = { "violation", "violations", "breach", "breaches",
	"crime", "crimes", "corruption", "genocide", "propaganda", "disinformation", "lie", "lies",
	"aggression", "provocation", "provocations", "atrocity", "atrocities", "abuse", "abuses",
	"betrayal", "interference", "meddling", "blackmail", "massacre", "persecution",
	"repression", "oppression",
	/* evaluate31 */
	"lawfare", "falsehoods", "coercion", "intimidation", "hypocrisy", "extortion",
	"bullying", NULL };
/* Words that judge conduct as right (CAMEO 051, praise or endorse): said of a side
 * ("Trump is right"), or, with "of"/"to"/"for", felt towards one ("proud of Rubio"). */
static const char *const PRAISE_WORDS[] = { "right", "correct", "commendable", "admirable",
	"courageous", "brave", "wise", "exemplary", "constructive", "helpful", "excellent",
	"outstanding", "generous", "positive", NULL };
static const char *const FELT_WORDS[] = { "proud", "grateful", "thankful", "appreciative",
	NULL };
/* Words that judge a thing named as bad, but may also tell of a state or a disaster
 * ("the floods were a disaster"): a judgement only as the predicate a speaker names
 * something with ("described the plan as a strategic disaster"). */
static const char *const NAMING_WORDS[] = { "bad", "disaster", "catastrophe", "failure",
	/* subjacl51: names of a wrongdoer or of a grave wrong, which elsewhere may tell of a
	 * real one ("the murder of a journalist", "a separatist leader") */
	"murder", "terrorism", "terrorist", "terrorists", "separatist", "separatists",
	"dictator", "dictators", "dictatorship", "criminals", "puppet", "puppets", "murderer",
	"murderers", "tyrant", "tyrants", "thug", "thugs", "aggressor", "aggressors", NULL };
/* Verbs of wrongdoing (stems): the content's own verb, said of another side that does it,
 * is an accusation of that side (CAMEO 112: "said the Kabul authorities have failed to
 * address the threat"). "fail" only with "to" and a verb: a duty not done, not "the talks
 * failed". Not "exploit" ("will exploit the oil reserves"), "lies" ("Iraq lies at ..."). */
static const char *const WRONG_VERBS[] = { "undermin", "sabotag", "mislead", "misled",
	"deceiv", "cheat", "steal", "stole", "lied", "bully", "bullied", "harass", "fail",
	NULL };
/* Words that judge a side's conduct as bad, but also tell the state of a thing ("the
 * economy is weak", "the situation in Syria is dangerous"): a judgement only as the
 * content's predicate said of a side's conduct (conduct_subject). */
static const char *const STATE_WORDS[] = { "weak", "dangerous", "antiquated", "outdated",
	"feeble", "chaotic", "shortsighted", "short-sighted", "naive",
	/* copula123: "Washington's policy is bad for the world", not "the situation is bad" */
	"bad", NULL };
/* copula123: words of approval that also tell a thing's state or a mood ("the weather is
 * good", "all are welcome"): praise (051) only as the content's predicate said of a side's
 * conduct ("said Ethiopia's decision is good"). */
static const char *const GOOD_WORDS[] = { "good", "welcome", "sensible", "reasonable", NULL };
/* Nouns of a side's conduct: what STATE_WORDS judge as a side's own doing ("Iran's
 * behavior is dangerous", "the newspaper's thinking is antiquated"). */
static const char *const CONDUCT_NOUNS[] = { "behavior", "behaviour", "conduct", "policy",
	"policies", "actions", "thinking", "approach", "stance", "rhetoric", "leadership",
	"plan", "plans", "decision", "move", "proposal", "strategy", "response", NULL };
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
	if (!syn_word_in(w, need) || !syn_upos_is(w, "VERB") ||
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

/* 1 when word w tells of one who undergoes a deed (suffer, face, endure, flee, survive, a
 * victim of, subjected to): a wrong on the way to it befalls its subject, who did none. */
static int undergoing(const khaldun_parse_token *w)
{
	static const char *const stems[] = { "suffer", "face", "endur", "experienc", "flee",
		"fled", "escap", "surviv", "victim", "subjected", "targeted", NULL };
	return syn_stem_in(w, stems);
}

/* 1 when word j lies in the clause headed by c (j == c, or up from j to c through
 * in-clause relations only), with no negation on it or on the words between
 * ("is not illegal", "no violation"), no word of undergoing ("suffered abuses", "is a victim
 * of aggression") and no other verb between: "rejects the decision and
 * calls it a violation" judges the decision, not the one who calls. */
static int in_clause(const struct syntax_parse *P, int j, int c)
{
	static const char *const no[] = { "no", NULL };
	for (int steps = 0; j >= 0 && steps < P->nw; steps++) {
		if (syn_not_on(P, j) || syn_child_word(P, j, "det", no) || undergoing(&P->w[j]))
			return 0;
		if (j == c)
			return 1;
		if (steps && syn_upos_is(&P->w[j], "VERB"))
			return 0;
		if (!in_clause_rel(&P->w[j]) || !P->w[j].head)
			return 0;
		j = (int)P->w[j].head - 1;
	}
	return 0;
}

/* The content of a concern voiced ("expressed concern that Russia's attacks are illegal",
 * "voiced concerns over China's violations"): the clause on the concern noun, the object
 * of verb vw (the parser hangs a "that" clause on it as acl or ccomp), else what it is
 * about: an "over"/"about" phrase the parser hung on the verb, or the noun's own phrase
 * (where that complement lies as nmod). -1: no concern noun as the object. */
static int concern_content(const struct syntax_parse *P, int vw)
{
	static const char *const concern[] = { "concern", "concerns", "fear", "fears", "worry",
		"worries", "alarm", NULL };
	static const char *const about[] = { "over", "about", "regarding", "at", NULL };
	int o = syn_child_rel(P, vw, "obj");
	if (o < 0 || !syn_word_in(&P->w[o], concern))
		return -1;
	int c = syn_child_rel(P, o, "acl");
	if (c < 0)
		c = syn_child_rel(P, o, "ccomp");
	for (int i = 0; c < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_base(&P->w[i], "obl") &&
		    syn_case_of(P, i) >= 0 && syn_word_in(&P->w[syn_case_of(P, i)], about))
			c = i;
	return c >= 0 ? c : o;
}

/* 1 when speech verb vw closes the sentence after a comma but the parser hung it as a
 * relative clause on a verbless predicate ("Iran was behind the bombing, Albanian
 * prosecutors said": "said" an acl:relcl of "bombing"): a subject before it whose phrase
 * opens right after the comma, no other word of its own before that subject (no "which",
 * "that"), no object or complement, and nothing but punctuation after it. */
static int tail_speech(const struct syntax_parse *P, int vw)
{
	if (!syn_rel_is(&P->w[vw], "acl:relcl") || !P->w[vw].head ||
	    syn_child_rel(P, vw, "obj") >= 0 || syn_child_rel(P, vw, "ccomp") >= 0)
		return 0;
	int s = syn_child_rel(P, vw, "nsubj"), first = s;
	if (s < 0 || s > vw)
		return 0;
	for (int i = 0; i < s; i++) {
		if ((int)P->w[i].head == vw + 1 && !syn_rel_is(&P->w[i], "punct"))
			return 0;   /* "the bombing, which prosecutors said ..." */
		if (i < first && (int)P->w[i].head == s + 1 && !syn_rel_is(&P->w[i], "punct"))
			first = i;   /* the subject's own modifiers: "Albanian prosecutors" */
	}
	for (int i = vw + 1; i < P->nw; i++)
		if (!syn_rel_is(&P->w[i], "punct"))
			return 0;
	return first > 0 && syn_word_is(&P->w[first - 1], ",");
}

/* "claiming, for example, that the U.S. military brought ...": a "that" clause the parser
 * made an adverbial clause (advcl) of speech verb vw, or of the sentence's main verb
 * although nothing but vw's own words (an oblique, an adverb) and commas stand between
 * them: vw's content all the same, as a clause led by a bare "that" after a speech verb
 * tells what was said ("so that", "such that" have another mark, or their first word
 * outside vw's words). -1: none. */
static int detached_that(const struct syntax_parse *P, int vw)
{
	for (int m = vw + 1; m < P->nw; m++) {
		const khaldun_parse_token *w = &P->w[m];
		if (syn_word_is(w, "that") && syn_rel_is(w, "mark") && w->head) {
			int c = (int)w->head - 1, own = 0;
			for (int i = vw + 1; i < m; i++)   /* "so that": a word of c before it */
				own += syn_below(P, i, c) >= 0 &&
				       (!syn_upos_is(&P->w[i], "PUNCT"));
			for (int i = 0; i < P->nw; i++)    /* "in order that": another mark */
				own += i != m && (int)P->w[i].head == c + 1 &&
				       syn_rel_is(&P->w[i], "mark");
			return c > m && !own && syn_rel_is(&P->w[c], "advcl") &&
			       ((int)P->w[c].head == vw + 1 || syn_below(P, c, vw) < 0) ? c : -1;
		}
		if ((!syn_upos_is(w, "PUNCT")) && syn_below(P, m, vw) < 0)
			return -1;
	}
	return -1;
}

/* The head of the clause that noun n lies in: n itself, or, when n is a nominal dependent
 * (an oblique, object, nmod, apposition) of another word, that word's, climbing. The parser
 * may hang a closing "..., X told VOA" on the quotation's last noun rather than on its
 * head ("\"I'm very proud of Secretary Rubio,\" ... told VOA": "told" a parataxis of
 * "Rubio"); the quotation's content is the clause that noun belongs to ("proud"). */
static int clause_of_noun(const struct syntax_parse *P, int n)
{
	static const char *const nominal[] = { "nmod", "obl", "obj", "iobj", "appos", NULL };
	for (int hops = 0; hops < P->nw && P->w[n].head; hops++) {
		const khaldun_parse_token *w = &P->w[n];
		if (!w->upos || (strcmp(w->upos, "NOUN") && strcmp(w->upos, "PROPN")) ||
		    !syn_rel_base_in(w, nominal))
			break;
		n = (int)w->head - 1;
	}
	return n;
}

/* types40: "echoed this sentiment, saying Russia's attacks are illegal", "repeated the
 * call, adding that ...": a statement verb with no content of its own whose words follow in
 * a comma participle of speech (saying, adding, noting, stating, declaring: an adverbial
 * clause on it, with no subject of its own) says them; that participle's complement is the
 * statement's content. The participle alone is a subordinate statement, coded only when
 * nothing else is, so the main verb's statement must carry what was said. -1: none. */
static int saying_content(const struct syntax_parse *P, int vw)
{
	static const char *const ing[] = { "saying", "adding", "noting", "stating",
		"declaring", NULL };
	for (int i = vw + 1; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != vw + 1 || !syn_rel_is(w, "advcl") || !syn_word_in(w, ing) ||
		    syn_child_rel(P, i, "nsubj") >= 0 || syn_not_on(P, i) ||
		    !syn_word_is(&P->w[i - 1], ","))
			continue;
		return syn_child_rel(P, i, "ccomp");
	}
	return -1;
}

/* accuse49: "told a private television channel that India was sponsoring terrorism": the
 * parser may hang the "that" clause of "told" on the one told, as a clause describing it;
 * with a "that" of its own as its mark (a relative "that" is its subject or object, no
 * mark), or a "that" read as its object beside another object and a subject of its own
 * (no gap left for a relative), it is what was told. The clause, -1: none. */
static int told_that(const struct syntax_parse *P, int vw)
{
	static const char *const that[] = { "that", NULL };
	int o = syn_child_rel(P, vw, "obj");
	if (o < 0)
		o = syn_child_rel(P, vw, "iobj");
	for (int i = o + 1; o >= 0 && i < P->nw; i++) {
		if ((int)P->w[i].head != o + 1 || !syn_rel_base(&P->w[i], "acl"))
			continue;
		if (syn_child_word(P, i, "mark", that))
			return i;
		/* "told a channel that Nepal was sponsoring terrorism", "that" read as the
		 * relative's object though the clause has an object of its own */
		int t = syn_child_rel(P, i, "obj");
		if (t >= 0 && syn_word_is(&P->w[t], "that") && syn_child_rel(P, i, "nsubj") >= 0)
			for (int j = t + 1; j < P->nw; j++)
				if ((int)P->w[j].head == i + 1 && syn_rel_is(&P->w[j], "obj"))
					return i;
	}
	return -1;
}

/* content128: "warned Friday that expanding military cooperation between Russia and North
 * Korea is dangerous, illegal ...": the parser may hang the "that" clause of a speech verb
 * on the bare time word between them (an unmarked oblique of the verb: "Friday", "Monday",
 * "Tuesday night") as a clause describing it; a day names no one, so a clause with a
 * "that" of its own as its mark is what was said. Not a relative clause ("the day that
 * ...": acl:relcl), nor a time phrase with a preposition ("on the day that ..."). The
 * clause, -1: none. */
static int dated_that(const struct syntax_parse *P, int vw)
{
	static const char *const that[] = { "that", NULL };
	for (int i = vw + 1; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		int h = (int)w->head - 1;
		if (h <= vw || h >= i || !syn_rel_is(w, "acl") ||
		    !syn_child_word(P, i, "mark", that))
			continue;
		if ((int)P->w[h].head == vw + 1 && (syn_rel_is(&P->w[h], "obl:unmarked") ||
						   syn_rel_is(&P->w[h], "obl:tmod")) &&
		    syn_case_of(P, h) < 0)
			return i;
	}
	return -1;
}

/* The content clause of speech verb vw: its complement (ccomp), else, for a speech verb
 * hung on a quotation as parataxis ("..., the minister said", also when hung on the
 * quotation's last noun: clause_of_noun) or as a relative clause on a
 * verbless predicate (tail_speech), the quotation's head, else a concern voiced
 * (concern_content), else a "that" clause hung apart (detached_that), else the content of
 * a ", saying ..." participle on it (saying_content). -1: none, or a content under a
 * condition or question ("if", "whether"). */
static int content_clause(const struct syntax_parse *P, int vw)
{
	static const char *const cond[] = { "if", "unless", "whether", NULL };
	static const char *const that[] = { "that", NULL };
	int c = syn_child_rel(P, vw, "ccomp");
	for (int i = 0; c < 0 && i < P->nw; i++)   /* "contended in a post that the EU is
						     * '...'": a "that" clause the parser hung
						     * on the verb as parataxis */
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "parataxis") &&
		    syn_child_word(P, i, "mark", that))
			c = i;
	if (c < 0 && syn_word_in(&P->w[vw], TELL_WORDS))
		c = told_that(P, vw);
	if (c < 0)
		c = dated_that(P, vw);
	if (c < 0 && syn_rel_is(&P->w[vw], "parataxis") && P->w[vw].head)
		c = clause_of_noun(P, (int)P->w[vw].head - 1);
	else if (c < 0 && tail_speech(P, vw) && P->w[vw].head)
		c = (int)P->w[vw].head - 1;
	if (c < 0)
		c = concern_content(P, vw);
	if (c < 0)
		c = detached_that(P, vw);
	if (c < 0)
		c = saying_content(P, vw);
	if (c < 0 || syn_child_word(P, c, "mark", cond))
		return -1;
	return c;
}

/* copula123: 1 when verb c is a participle the parser read as a passive that tells a state
 * with its copula ("the newspaper's thinking is antiquated and weak"): an aux:pass, no doer
 * ("by ..."), no object, no other auxiliary. Not "was attacked by rebels". */
static int stative_participle(const struct syntax_parse *P, int c)
{
	int pass = 0;
	if (!syn_upos_is(&P->w[c], "VERB"))
		return 0;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *w = &P->w[i];
		if ((int)w->head != c + 1)
			continue;
		if (syn_rel_is(w, "aux:pass"))
			pass = 1;
		else if (syn_rel_base(w, "aux") || syn_rel_is(w, "obl:agent") ||
			 syn_rel_base(w, "obj"))
			return 0;
	}
	return pass;
}

/* 1 when adjective j is the predicate of clause c: c itself ("Trump is right"), or one
 * coordinated with that predicate in a clause whose head is no verb ("a very positive
 * thing, and I'm very proud of ..."). Not "has the right to", "tested positive" (a verb's
 * complement), nor an adjective on a noun ("were in a positive position": a description).
 * copula123: also a state participle (stative_participle) as the predicate or its head. */
static int predicate_adj(const struct syntax_parse *P, int j, int c)
{
	const khaldun_parse_token *w = &P->w[j];
	if (j == c && stative_participle(P, c))
		return 1;   /* copula123: "thinking is antiquated" read as a passive */
	if (!syn_upos_is(w, "ADJ"))
		return 0;
	return j == c || ((int)w->head == c + 1 && syn_rel_is(w, "conj") && P->w[c].upos &&
			  (strcmp(P->w[c].upos, "VERB") || stative_participle(P, c)));
}

/* How a judgement word must stand in its clause (judged_by). */
enum judged { J_ANY, J_PRED, J_NOUN };

/* The first word of the clause c that is one of words, standing as how asks (J_PRED: an
 * adjective that is the clause's predicate, predicate_adj; J_NOUN: no verb, so not "Iraq
 * lies at the heart of the region"); -1: none. */
static int judged_by(const struct syntax_parse *P, int c, const char *const *words,
		     enum judged how)
{
	uint32_t letters = syn_first_letters(words);
	/* speed128: a word in clause c hangs under c (in_clause walks up to it), so a word
	 * elsewhere is not looked up in a list of 80 words */
	for (int j = 0; j < P->nw; j++)
		if (syn_word_may(&P->w[j], letters) && (j == c || syn_below(P, j, c) >= 0) &&
		    syn_word_in(&P->w[j], words) && in_clause(P, j, c) &&
		    (how != J_PRED || predicate_adj(P, j, c)) &&
		    (how != J_NOUN || !syn_is_verb(&P->w[j])))
			return j;
	return -1;
}

/* 1 when clause c's subject is a dummy "it" that stands for its clausal complement x ("it's
 * positive that ..."): the parse's expl, or a subject "it" (as the quotation parsed on its own
 * reads it, synquote.c) when c has such a complement. */
static int dummy_it(const struct syntax_parse *P, int c, int x)
{
	int s = syn_child_rel(P, c, "nsubj");
	return syn_child_rel(P, c, "expl") >= 0 ||
	       (x >= 0 && s >= 0 && syn_rel_is(&P->w[s], "nsubj") && syn_word_is(&P->w[s], "it"));
}

/* speech59: 1 when actor k, found in the oblique of feeling word felt, only names the place
 * of what is felt about ("concerned about the fighting in Chad", "worried by the violence in
 * Haiti"): a locative phrase under that oblique's noun, not the oblique itself ("alarmed at
 * Iran"), an owner ("Iran's tests") or a doer ("attacks by Iran"). Concern over events in a
 * country is no criticism of that country: a worry voiced about it (012). */
static int felt_place(coder_sent *S, const struct syntax_parse *P, int k, int felt)
{
	int h = syn_live_head(S, P, k);
	return h >= 0 && P->w[h].head && (int)P->w[h].head != felt + 1 && syn_locative(P, h);
}

/* content128: the side a judgement of clause c is about when c's subject is a deed with no
 * doer of its own whose object is a tie between sides ("expanding military cooperation
 * between Russia and North Korea is dangerous, illegal": "cooperation", "trade", "ties"
 * with "between"): the first of those parties, the ones who keep the tie, with a code other
 * than the speaker's. Not a deed with its own subject, nor an object with no "between"
 * ("attacking Iran is illegal": Iran undergoes the deed). -1: none. */
static int between_parties(coder_sent *S, const struct syntax_parse *P, int c,
			   const coder_slot *src)
{
	static const char *const between[] = { "between", NULL };
	int g = syn_child_rel(P, c, "csubj");
	int o = g >= 0 && syn_child_rel(P, g, "nsubj") < 0 ? syn_child_rel(P, g, "obj") : -1;
	for (int i = o + 1; o >= 0 && i < P->nw; i++)
		if ((int)P->w[i].head == o + 1 && syn_rel_base(&P->w[i], "nmod") &&
		    syn_child_word(P, i, "case", between)) {
			int k = syn_actor_at(S, P, i);
			return k >= 0 && syn_actor_apart(S, k, src) ? k : -1;
		}
	return -1;
}

/* The side the judgement of clause c is about: the actor of its subject (also a passive
 * one, and an owner or maker named in it: "Kenya's decision", "corruption in Albania"), with
 * a code other than the speaker's; for a subject "it" that stands for a clause ("it's
 * positive that the freeze was lifted by the administration"), the doer of that clause
 * (its subject, or a passive's agent); for a feeling word ("proud of X", "grateful to X"), the
 * actor of its oblique. -1: none. */
static int judged_side(coder_sent *S, const struct syntax_parse *P, int c, int felt,
		       const coder_slot *src)
{
	if (felt >= 0) {
		int k = syn_actor_with_role(S, P, felt, R_OBL, src);
		/* "proud of Secretary Rubio": the parser may make the one felt towards an nmod
		 * of the adjective instead of its obl; the same phrase all the same */
		for (int i = 0; k < 0 && i < S->na; i++) {
			int h = syn_live_head(S, P, i);
			if (h >= 0 && (int)P->w[h].head == felt + 1 &&
			    syn_rel_base(&P->w[h], "nmod") && syn_case_of(P, h) >= 0 &&
			    syn_actor_apart(S, i, src))
				k = i;
		}
		return k;
	}
	int k = syn_actor_with_role(S, P, c, R_SRC, src);
	if (k < 0 && syn_passive_verb(P, c))
		k = syn_actor_with_role(S, P, c, R_TGT, src);
	int x = syn_child_rel(P, c, "ccomp");
	if (x < 0)
		x = syn_child_rel(P, c, "csubj");
	if (k < 0 && x >= 0 && dummy_it(P, c, x))
		k = syn_actor_with_role(S, P, x, R_SRC, src);
	if (k < 0)
		k = between_parties(S, P, c, src);
	return k;
}

/* The word that names the doer of clause x: a passive's agent ("that was lifted by the
 * administration"), else its active subject; -1: none. */
static int doer_word(const struct syntax_parse *P, int x)
{
	int a = syn_child_rel(P, x, "obl:agent"), s = syn_child_rel(P, x, "nsubj");
	return a >= 0 || s < 0 || syn_rel_is(&P->w[s], "nsubj") ? (a >= 0 ? a : s) : -1;
}

/* judge98: 1 when word h names the owner or the doer of noun n: its possessive ("Turkey's
 * policy") or a "by" phrase on it ("a shameful act by the Rwandan government", "the attack
 * by Rwanda"): whose the judged thing is. Not "of" ("the killing of civilians" names whom it
 * befell) nor any other preposition. */
static int owner_word(const struct syntax_parse *P, int h, int n)
{
	static const char *const by[] = { "by", NULL };
	if ((int)P->w[h].head != n + 1)
		return 0;
	return syn_rel_is(&P->w[h], "nmod:poss") ||
	       (syn_rel_is(&P->w[h], "nmod") && syn_child_word(P, h, "case", by));
}

/* judge98: the agent word (syn_agent_word) that owns noun n or did it (owner_word: "the
 * government's policy", "an act by the police"), -1: none. */
static int agent_owner(coder_sent *S, const struct syntax_parse *P, int n)
{
	for (int h = 0; h < P->nw; h++)
		if (owner_word(P, h, n) && syn_agent_word(S, P, h))
			return h;
	return -1;
}

/* The noun phrase of agent word h as the side judged (judged_agent), when its code is
 * known and not the speaker's (src). Returns 1 with *out set. */
static int agent_side(coder_sent *S, const struct syntax_parse *P, int h, const coder_slot *src,
		      coder_slot *out)
{
	if (h < 0 || !syn_agent_word(S, P, h))
		return 0;
	out->n = 0;
	if (!syn_open_phrase(S, P, h, out) || !out->n || !strcmp(out->m[0].code, "---"))
		return 0;
	return !(src->n && !strcmp(out->m[0].code, src->m[0].code));
}

/* When judged_side finds no dictionary actor: the side the judgement of clause c is about
 * as a noun phrase an agent word codes ("the administration", "the police": ~GOV, ~COP,
 * given their country by the story), the doer of c (of the clause "it" stands for, or the
 * one felt towards with felt) with a code other than the speaker's. Only a phrase whose
 * head is the agent word (syn_agent_word): not "the decision", "public sentiment in Japan", "a
 * military provocation". Returns 1 with *out set. */
static int judged_agent(coder_sent *S, const struct syntax_parse *P, int c, int felt,
			const coder_slot *src, coder_slot *out)
{
	int h = felt >= 0 ? syn_child_rel(P, felt, "obl") : doer_word(P, c);
	int x = syn_child_rel(P, c, "ccomp");
	if (x < 0)
		x = syn_child_rel(P, c, "csubj");
	if (felt < 0 && dummy_it(P, c, x))
		h = x >= 0 ? doer_word(P, x) : -1;
	else if (felt < 0 && h < 0 && stative_participle(P, c))
		h = syn_child_rel(P, c, "nsubj");   /* copula123: "thinking is antiquated" */
	if (h >= 0 && !syn_agent_word(S, P, h))
		h = agent_owner(S, P, h);   /* judge98: "the government's policy is reckless" */
	return agent_side(S, P, h, src, out);
}

/* The noun judgement word j names (j) or describes (the noun its adjective is on). */
static int judged_noun(const struct syntax_parse *P, int j)
{
	return syn_rel_is(&P->w[j], "amod") && P->w[j].head ? (int)P->w[j].head - 1 : j;
}

/* The owner of the thing judgement word j names or describes ("Turkey's wrong policy",
 * "China's aggression", "a shameful act by Rwanda"): the actor of the possessive or "by"
 * doer on j's noun (owner_word), with a code other than the speaker's; -1: none. dead: an
 * actor in a deleted comma part counts too (a quotation after "said,": the shallow rules'
 * comma clauses, not the parse's). */
static int owner_of(coder_sent *S, const struct syntax_parse *P, int j, const coder_slot *src,
		    int dead)
{
	int n = judged_noun(P, j);
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		int h = !dead ? syn_live_head(S, P, k)
			: a->pos < 0 || a->end >= S->nt ? -1 : syn_span_head(P, a->pos, a->end);
		/* "by the Rwandan government": the actor's adjective on the noun it names */
		if (h >= 0 && (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "amod")) &&
		    P->w[h].head && P->w[P->w[h].head - 1].upos &&
		    !strcmp(P->w[P->w[h].head - 1].upos, "NOUN"))
			h = (int)P->w[h].head - 1;
		if (h < 0 || !owner_word(P, h, n))
			continue;
		if (syn_actor_apart(S, k, src))
			return k;
	}
	return -1;
}

static int owner(coder_sent *S, const struct syntax_parse *P, int j, const coder_slot *src)
{
	return owner_of(S, P, j, src, 0);
}

/* 1 when the subject of content clause c names a side's conduct (CONDUCT_NOUNS: "Iran's
 * behavior"), not a thing's state ("Germany's economy") nor the side itself: "the court
 * is weak", "the army is weak" assess a strength, and need no criticism. */
static int conduct_subject(const struct syntax_parse *P, int c)
{
	int s = syn_child_rel(P, c, "nsubj");
	return s >= 0 && (syn_rel_is(&P->w[s], "nsubj") || stative_participle(P, c)) &&
	       syn_word_in(&P->w[s], CONDUCT_NOUNS);   /* copula123: "thinking is antiquated" */
}

/* judge98: 1 when actor k is named as the one a thing is aimed at ("the accusations against
 * Rwanda", "sanctions on Iran", "the attack on Rwandan troops"): its phrase (or the noun its
 * adjective is on) hangs on a noun with "against" or "on". Such a side undergoes what is
 * judged: the judgement is no blame of it. Not "of" ("the policy of Rwanda" is its own). */
static int aimed_at(coder_sent *S, const struct syntax_parse *P, int k)
{
	static const char *const at[] = { "against", "on", NULL };
	int h = syn_live_head(S, P, k);
	if (h >= 0 && (syn_rel_is(&P->w[h], "compound") || syn_rel_is(&P->w[h], "amod")) &&
	    P->w[h].head)
		h = (int)P->w[h].head - 1;
	return h >= 0 && syn_rel_is(&P->w[h], "nmod") && syn_child_word(P, h, "case", at);
}

/* The speaker of verb vw: a first-person subject's quote speaker, else its subject's actor,
 * else its noun phrase (OPEN_ACTORS), else the source the shallow rules chose (*src
 * unchanged). */
static void speaker(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src)
{
	if (syn_first_person_speaker(S, P, vw, src))
		return;   /* '"I hope ...," senator Y said': the quote's speaker */
	int k = syn_actor_with_role(S, P, vw, R_SRC, NULL);
	coder_slot who = { .n = 0 };
	if (k >= 0)
		actors_make_slot(S, k, &who);
	if (who.n || syn_open_phrase(S, P, syn_child_rel(P, vw, "nsubj"), &who))
		*src = who;
}

/* The speaker of verb vw whose content is clause c, as speaker(); but a shallow source
 * inside that content ("He said the Taliban will be crushed", "she hopes the United States
 * can ...": the speaker a pronoun) is the side spoken of, not the speaker: none ("---"). */
static void content_speaker(coder_sent *S, const struct syntax_parse *P, int vw, int c,
			    coder_slot *src)
{
	speaker(S, P, vw, src);
	if (!src->n || src->m[0].a->pos < 0 || src->m[0].a->pos >= S->nt)
		return;
	int j = P->tok2w[src->m[0].a->pos];
	for (int steps = 0; j >= 0 && steps < P->nw; steps++) {
		if (j == vw)
			return;
		if (j == c) {
			src->n = 0;
			event_null_slot(S, src);
			return;
		}
		j = (int)P->w[j].head - 1;
	}
}

/* The statement recoded as what its content does: source who, target actor k, code a (no
 * subcode), the rule's note. Returns 1. */
static int aim(coder_sent *S, const coder_slot *who, int k, coder_slot *src, coder_slot *tgt,
	       dict_evcode *code, const char *a, const char *note)
{
	*src = *who;
	actors_make_slot(S, k, tgt);
	code->a = a;
	code->b = NULL;
	S->syn_note = note;
	return 1;
}

/* 1 when the content clause c's predicate is "a step backwards" ("a backward step", "a
 * retrograde step"): the subject's deed judged a regression, a criticism (111). The parser
 * may make either word the head (it reads "step backwards" as a compound noun). Not "a step
 * back" ("a step back from the brink" may be relief). */
static int step_back(const struct syntax_parse *P, int c)
{
	static const char *const step[] = { "step", "steps", NULL };
	static const char *const back[] = { "backwards", "backward", "retrograde", "regressive",
		NULL };
	const khaldun_parse_token *w = &P->w[c];
	int want_back = syn_word_in(w, step);
	if (!want_back && !syn_word_in(w, back))
		return 0;
	if (syn_is_verb(w))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == c + 1 && syn_word_in(&P->w[i], want_back ? back : step))
			return 1;
	return 0;
}

/* 1 when the content clause c is itself a deed of wrongdoing (WRONG_VERBS) its subject
 * does: active, not negated ("did not fail to"), "fail" with "to" and a verb after it. */
static int wrong_deed(const struct syntax_parse *P, int c)
{
	static const char *const to[] = { "to", NULL };
	const khaldun_parse_token *w = &P->w[c];
	if (!syn_stem_in(w, WRONG_VERBS) || !syn_upos_is(w, "VERB") ||
	    syn_passive_verb(P, c) || syn_not_on(P, c))
		return 0;
	if (strncasecmp(w->form, "fail", 4))
		return 1;
	int x = syn_child_rel(P, c, "xcomp");
	return x >= 0 && syn_child_word(P, x, "mark", to);
}

/* 1 when word j hangs under speech verb vw (a quotation hung on it as an oblique too: "tweeted,
 * 'It's time to stop ...'"), neither in its speaker's phrase nor through an apposition or a
 * relative clause (a description, not the speaker's words), with no negation on the way. */
static int said_under(const struct syntax_parse *P, int j, int vw)
{
	for (int steps = 0; j >= 0 && steps < P->nw; steps++) {
		const khaldun_parse_token *w = &P->w[j];
		if (syn_not_on(P, j) || undergoing(w) || syn_rel_is(w, "appos") ||
		    syn_rel_is(w, "acl:relcl") || !w->head)
			return 0;
		if ((int)w->head == vw + 1)
			return !syn_rel_base(w, "nsubj") && !syn_rel_is(w, "advcl");
		j = (int)w->head - 1;
	}
	return 0;
}

/* The wrong a speaker's own quoted words lay on another side's deed or thing anywhere in
 * what verb vw says ('tweeted, "It's time to stop Israel's heinous and cruel attacks"'): a
 * word of blame on a noun (or a noun of wrong) inside the quotation, whose noun has an
 * owner (owner()) apart from the speaker who. Returns that owner's actor (-1: none); *a the
 * code (112 for a wrong done, 111 for blame). */
static int quoted_wrong(coder_sent *S, const struct syntax_parse *P, int vw,
			const coder_slot *who, const char **a)
{
	uint32_t nouns = syn_first_letters(WRONG_NOUNS), blames = syn_first_letters(BLAME_WORDS);
	/* speed128: syn_quoted's count of the quotation marks before word j kept as j goes, and
	 * tested first: a word outside a quotation (every word of most sentences) is not looked
	 * up in the two lists */
	int marks = 0;
	for (int j = 0; j < P->nw; marks += syn_quote_mark(&P->w[j]), j++) {
		if (marks % 2 == 0)
			continue;
		int noun = syn_word_may(&P->w[j], nouns) && syn_word_in(&P->w[j], WRONG_NOUNS) &&
			   !syn_is_verb(&P->w[j]);
		int blame = syn_word_may(&P->w[j], blames) && syn_word_in(&P->w[j], BLAME_WORDS) &&
			    (syn_rel_is(&P->w[j], "amod") || syn_rel_is(&P->w[j], "conj"));
		if ((!noun && !blame) || !said_under(P, j, vw))
			continue;
		int n = j;   /* "heinous and cruel attacks": the first adjective's noun */
		while (blame && syn_rel_is(&P->w[n], "conj") && P->w[n].head)
			n = (int)P->w[n].head - 1;
		int k = syn_rel_is(&P->w[n], "amod") || noun ? owner_of(S, P, n, who, 1) : -1;
		if (k >= 0) {
			*a = noun ? "112" : "111";
			return k;
		}
	}
	return -1;
}

/* The statement of verb vw recoded by quoted_wrong, the speaker as source; 0: no such
 * wrong, or no speaker. */
static int quoted_judgement(coder_sent *S, const struct syntax_parse *P, int vw,
			    coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	coder_slot who = *src;
	const char *a = NULL;
	speaker(S, P, vw, &who);
	int k = who.n ? quoted_wrong(S, P, vw, &who, &a) : -1;
	if (k < 0)
		return 0;
	return aim(S, &who, k, src, tgt, code, a, "rule: a speaker's quoted words of blame on "
		   "another side's deed or thing ('stop Israel's heinous and cruel attacks') are "
		   "an accusation or criticism of that side (11x)");
}

int syn_said_judgement(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		       coder_slot *tgt, dict_evcode *code)
{
	/* a statement (010), or a concern or fear voiced (012: "expressed concern that ...",
	 * "fears ..."), or an accord voiced (019, types40: "echoed the call, saying Russia's
	 * attacks are illegal": what is echoed is the judgement): each judges another side
	 * when its content does */
	if (!code->a || (strcmp(code->a, "010") && strcmp(code->a, "012") &&
			 strcmp(code->a, "019")))
		return 0;
	int c = content_clause(P, vw);
	if (c < 0)
		return quoted_judgement(S, P, vw, src, tgt, code);
	const char *a = NULL;
	int felt = -1, j;
	if ((j = judged_by(P, c, WRONG_NOUNS, J_NOUN)) >= 0)
		a = "112";
	else if ((j = judged_by(P, c, BLAME_WORDS, J_ANY)) >= 0)
		a = "111";
	else if ((j = judged_by(P, c, STATE_WORDS, J_PRED)) >= 0 && conduct_subject(P, c))
		a = "111";
	else if ((j = judged_by(P, c, PRAISE_WORDS, J_PRED)) >= 0)
		a = "051";
	else if ((j = judged_by(P, c, GOOD_WORDS, J_PRED)) >= 0 && conduct_subject(P, c))
		a = "051";
	else if ((felt = judged_by(P, c, FELT_WORDS, J_PRED)) >= 0)
		a = "051";
	else if ((felt = judged_by(P, c, DISMAY_WORDS, J_ANY)) >= 0)
		a = "111";
	else if (wrong_deed(P, c))
		a = "112", j = c;
	else if (step_back(P, c))
		a = "111", j = c;
	if (!a)
		return quoted_judgement(S, P, vw, src, tgt, code);
	coder_slot who = *src, side;
	content_speaker(S, P, vw, c, &who);
	int k = felt < 0 ? owner(S, P, j, &who) : -1;
	if (k < 0 && (k = judged_side(S, P, c, felt, &who)) >= 0 && aimed_at(S, P, k))
		k = -1;   /* judge98: "the accusations against Rwanda are baseless" */
	if (k >= 0 && felt >= 0 && felt_place(S, P, k, felt))
		a = "012";   /* "concerned about the fighting in Chad": a worry, no blame */
	if (k >= 0)
		actors_make_slot(S, k, &side);
	else if (!judged_agent(S, P, c, felt, &who, &side) &&
		 !(felt < 0 && agent_side(S, P, agent_owner(S, P, judged_noun(P, j)), &who,
					  &side)))
		/* the content names no other side: a plain statement, unless its quoted words
		 * blame one */
		return quoted_judgement(S, P, vw, src, tgt, code);
	*src = who;
	*tgt = side;
	code->a = a;
	code->b = NULL;
	/* '"President Trump is right, and his proposal to deepen ... will ...": a content whose
	 * own clause is the judgement (no verb: "is right", "a violation") holds the deeds of
	 * the clauses under it; a reported deed ("Israel, the cruel state, attacks ...") stays */
	if (!syn_upos_is(&P->w[c], "VERB"))
		S->syn_content = c + 1;
	S->syn_note = !strcmp(a, "012") ? "rule: concern voiced over events in a country is a "
					  "worry about it, no blame (012)"
		    : a[0] == '0' ? "rule: a statement whose content praises another side is "
				    "praise (051)"
				  : "rule: a statement whose content judges another side's conduct "
				    "wrong is an accusation or criticism (11x)";
	return 1;
}

/* sides50: 1 when actor k is on the speaker's (slot who's) own side, so that what the speaker
 * charges it with is no accusation: the same code, or the same country in one camp. One
 * country's rivals (syn_codes_rivals: its opposition, rebels, people, courts or press and
 * its rulers: "Kenya's opposition said Ruto had abused his power") are two sides. */
static int home_side(coder_sent *S, int k, const coder_slot *who)
{
	return syn_same_side(S, k, who) &&
	       !syn_codes_rivals(S->a[k].codes[0], who->m[0].code);
}

/* claimdef166: "The Sudanese army claims that Chadian officials are in contact with the
 * rebels": a present-tense claim the parser read as a plural noun, the sentence's root with
 * its subject as modifiers, holds its "that" clause as a clausal modifier (acl) of that noun.
 * A root noun has no verb above it to be the claim's object ("rejected the claims that ...":
 * "claims" there is an object, no root), so that clause is the claim's content. -1: none. */
static int root_noun_content(const struct syntax_parse *P, int vw)
{
	static const char *const that[] = { "that", NULL };
	if (P->w[vw].head || !syn_upos_is(&P->w[vw], "NOUN"))
		return -1;
	for (int i = vw + 1; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "acl") &&
		    syn_child_word(P, i, "mark", that) && syn_child_rel(P, i, "nsubj") >= 0)
			return i;
	return -1;
}

/* "He also repeated conspiracy theories, claiming that the U.S. military brought the
 * coronavirus to China", "He contends Kenya's ultimatum on the camps is because of the
 * maritime dispute": a claim (a statement, 010, on a verb of contested assertion: claim,
 * contend, allege) whose content clause tells what another country's side did or is
 * (its subject's actor, or that subject's owner) puts it forward against that side: CAMEO's
 * accusation, 112, whatever the content's polarity ("alleges the group has not lived up
 * to its commitment"). Not a claim denied ("did not claim"), one with an object ("claims
 * the islands"), a pronoun's content ("claimed that they had attacked": the claimant's own
 * deed, claimed_deed), a figure's ("55 percent of Indonesians"), nor one about the
 * speaker's own country ("Trump claimed the U.S. military is hitting ..."). Returns 1 when
 * changed. */
int syn_claimed_wrong(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		      coder_slot *tgt, dict_evcode *code)
{
	static const char *const stems[] = { "claim", "contend", "alleg", NULL };
	static const char *const figure[] = { "percent", "%", "per", "majority", "minority",
		"half", "third", "quarter", "most", "many", "some", NULL };
	if (!code->a || strcmp(code->a, "010") || !syn_stem_in(&P->w[vw], stems) ||
	    syn_not_on(P, vw) || syn_child_rel(P, vw, "obj") >= 0)
		return 0;   /* "claims the territory", "which claims the system poses ..." */
	int c = content_clause(P, vw);
	if (c < 0)
		c = root_noun_content(P, vw);   /* "The Sudanese army claims that ..." */
	int s = c >= 0 ? syn_child_rel(P, c, "nsubj") : -1;
	/* "claimed that 55 percent of Indonesians are illiterate": a figure, no side's deed */
	if (s < 0 || syn_upos_is(&P->w[s], "PRON") ||
	    syn_word_in(&P->w[s], figure) || syn_child_rel(P, s, "nummod") >= 0)
		return 0;
	coder_slot who = *src;
	content_speaker(S, P, vw, c, &who);
	int k = owner(S, P, s, &who);
	if (k < 0)
		k = judged_side(S, P, c, -1, &who);
	if (k < 0 || home_side(S, k, &who))
		return 0;
	return aim(S, &who, k, src, tgt, code, "112", "rule: a claim that another side did or "
		   "is something ('claiming that the U.S. military brought ...') is an accusation "
		   "of it (112)");
}

/* speech67: "The envoy alleged that women in Sudan are being abused by Sudanese soldiers":
 * an accusation (112) whose content clause is a passive with a "by" phrase accuses the doers
 * named there, not the victims (its subject), so the target the shallow rules took from that
 * subject becomes the "by" actor: its actor, else its phrase (syn_by_agent). Not when the
 * target is elsewhere or the "by" phrase names no side. Returns 1 when changed. */
int syn_accused_agent(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *tgt,
		      dict_evcode *code)
{
	if (!code->a || strcmp(code->a, "112") || !tgt->n || tgt->m[0].a->pos < 0 ||
	    tgt->m[0].a->pos >= S->nt)
		return 0;
	int c = content_clause(P, vw), s = c >= 0 ? syn_child_rel(P, c, "nsubj") : -1;
	int g = c >= 0 && syn_passive_verb(P, c) ? syn_by_phrase(P, c) : -1;
	int j = P->tok2w[tgt->m[0].a->pos];
	if (s < 0 || g < 0 || !(j == s || syn_below(P, j, s) >= 0))
		return 0;
	coder_slot by = { .n = 0 };
	for (int k = 0; k < S->na && !by.n; k++) {   /* "by Ugandan police": on its head too */
		int h = syn_live_head(S, P, k);
		if (h == g || (h >= 0 && h < g && (int)P->w[h].head == g + 1))
			actors_make_slot(S, k, &by);
	}
	if (!by.n && !syn_by_agent(S, P, g, &by))
		return 0;
	*tgt = by;
	S->syn_note = "rule: an accusation whose content is a passive with a 'by' phrase accuses "
		      "the doers of that phrase (112)";
	return 1;
}

/* Nouns of a violent or hostile deed a side may be charged with ("behind the attack"). */
static const char *const DEED_NOUNS[] = { "attack", "attacks", "bombing", "bombings", "blast",
	"blasts", "explosion", "explosions", "killing", "killings", "assassination",
	"assassinations", "massacre", "shooting", "shootings", "ambush", "raid", "raids",
	"kidnapping", "kidnappings", "abduction", "abductions", "hijacking", "plot", "coup",
	"violence", "unrest", "riots", "sabotage", "hacking", "cyberattack", "cyberattacks",
	"atrocities", "crimes", NULL };
/* Verbs (stems) that, in the passive with "by", name who did a deed ("was carried out by"). */
static const char *const DID_VERBS[] = { "carri", "orchestrat", "mastermind", "perpetrat",
	"plann", "stag", "order", "direct", "commit", NULL };

/* 1 when clause word x has a child (any relation) that is a noun of DEED_NOUNS marked by
 * one of the prepositions mark ("responsible for the attack", "involved in the plot"). */
static int marked_deed(const struct syntax_parse *P, int x, const char *const *mark)
{
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == x + 1 && syn_word_in(&P->w[i], DEED_NOUNS) &&
		    syn_child_word(P, i, "case", mark))
			return 1;
	return 0;
}

/* accuse49: people of armed or terror violence, whose company a side is blamed for keeping
 * ("in contact with the attackers"), and the terror a side is blamed for abetting. */
static const char *const VIOLENT_PEOPLE[] = { "terrorist", "terrorists", "attacker",
	"attackers", "militant", "militants", "insurgent", "insurgents", "gunman", "gunmen",
	"bomber", "bombers", "extremist", "extremists", "jihadist", "jihadists", "kidnapper",
	"kidnappers", "hijacker", "hijackers", "assassin", "assassins", "mastermind",
	"masterminds", NULL };
static const char *const TERROR_NOUNS[] = { "terrorism", "terror", "terrorist",
	"terrorists", "militancy", "militants", "extremism", "extremists", "insurgency",
	"insurgents", "jihadists", NULL };
/* Verbs (stems) of abetting such violence: "sponsoring terrorism", "harboring militants". */
static const char *const ABET_VERBS[] = { "sponsor", "financ", "fund", "harbor", "harbour",
	"shelter", "arm", "abet", "support", "back", "train", "export", NULL };
/* Verbs (stems) of misusing a trust, said with the power or office misused ("abused his
 * power", "misused the office"), and those nouns. */
static const char *const MISUSE_VERBS[] = { "abus", "misus", NULL };
static const char *const TRUST_NOUNS[] = { "power", "powers", "office", "authority",
	"position", "mandate", NULL };
/* What one serves in acting "for one's own ..." ("used power for his own benefit"). */
static const char *const GAIN_NOUNS[] = { "benefit", "gain", "gains", "profit", "profits",
	"enrichment", NULL };

/* shacc50: 1 when upper-case word s (n bytes) is in accuse49's list `which`, for the
 * --shallow charge (news_charged_side): a deed noun, a noun of wrong, a terror noun, a word
 * of blame (accuse60, news_judged_side), or a form of a verb of abetting (its stem,
 * "HARBORED", "SPONSORING") or, speech95, of wrongdoing (WRONG_VERBS: "SABOTAGE",
 * "UNDERMINING", news_reported_wrong); content147: people of violence, a verb of misuse (its
 * stem), a noun of trust or of gain (news_charged_side). The lists stay the parse
 * path's own, read here without a parse. */
int syn_charge_word(const char *s, int n, enum syn_charge which)
{
	const char *const *list = which == CHARGE_DEED ? DEED_NOUNS :
				  which == CHARGE_WRONG ? WRONG_NOUNS :
				  which == CHARGE_TERROR ? TERROR_NOUNS :
				  which == CHARGE_BLAME ? BLAME_WORDS :
				  which == CHARGE_STATE ? STATE_WORDS :
				  which == CHARGE_GOOD ? GOOD_WORDS :
				  which == CHARGE_CONDUCT ? CONDUCT_NOUNS :
				  which == CHARGE_VIOLENT ? VIOLENT_PEOPLE :
				  which == CHARGE_MISUSE ? MISUSE_VERBS :
				  which == CHARGE_TRUST ? TRUST_NOUNS :
				  which == CHARGE_GAIN ? GAIN_NOUNS :
				  which == CHARGE_PRAISE ? PRAISE_WORDS :
				  which == CHARGE_FELT ? FELT_WORDS :
				  which == CHARGE_NAMING ? NAMING_WORDS :
				  which == CHARGE_WRONG_VERB ? WRONG_VERBS : ABET_VERBS;
	int stem = which == CHARGE_ABET || which == CHARGE_WRONG_VERB || which == CHARGE_MISUSE;
	for (int k = 0; list[k]; k++) {
		int m = (int)strlen(list[k]);
		if ((stem ? n >= m : n == m) && !strncasecmp(s, list[k], (size_t)m))
			return 1;
	}
	return 0;
}

/* 1 when clause word c stands under a modal of what may or would be ("could be behind",
 * "would have been involved"): a guess or a hypothesis, no charge made. */
static int guessed(const struct syntax_parse *P, int c)
{
	static const char *const modal[] = { "would", "could", "might", "may", NULL };
	return syn_child_word(P, c, "aux", modal);
}

/* 1 when clause word x has a child noun marked by one of the prepositions mark that names
 * a wrong: a deed of violence, a noun of wrong done (WRONG_NOUNS: "involved in corruption")
 * or one a word of blame describes ("involved in corrupt acts", "illegal activities"). */
static int marked_wrong(const struct syntax_parse *P, int x, const char *const *mark)
{
	for (int i = 0; i < P->nw; i++) {
		if ((int)P->w[i].head != x + 1 || !syn_child_word(P, i, "case", mark))
			continue;
		if (syn_word_in(&P->w[i], DEED_NOUNS) || syn_word_in(&P->w[i], WRONG_NOUNS))
			return 1;
		for (int j = 0; j < P->nw; j++)
			if ((int)P->w[j].head == i + 1 && syn_rel_is(&P->w[j], "amod") &&
			    syn_word_in(&P->w[j], BLAME_WORDS))
				return 1;
	}
	return 0;
}

/* The word accuse49's wrongs of content clause c name as the wrongdoer, -1: none. "Y was in
 * contact / in touch / in league with the attackers" (Y; and when Y are themselves such
 * people, "the terrorists were in touch with handlers in Afghanistan", the ones they dealt
 * with), "Y was sponsoring terrorism" (an active verb of abetting with a terror noun as its
 * object), "Y abused his power", "Y used the office for his own benefit" (or personal or
 * private gain). Not a guess or a
 * hypothesis (guessed), nor a negated clause (culprit_word). */
static int wrongdoer_word(const struct syntax_parse *P, int c)
{
	static const char *const company[] = { "contact", "touch", "league", "cahoots", NULL };
	static const char *const in[] = { "in", NULL };
	static const char *const with[] = { "with", NULL };
	static const char *const for_[] = { "for", NULL };
	static const char *const own[] = { "own", "personal", "private", NULL };
	const khaldun_parse_token *w = &P->w[c];
	int s = syn_child_rel(P, c, "nsubj");
	if (s < 0 || guessed(P, c))
		return -1;
	if (syn_word_in(w, company) && syn_child_word(P, c, "case", in)) {
		for (int i = 0; i < P->nw; i++) {
			if ((int)P->w[i].head != c + 1 || !syn_child_word(P, i, "case", with) ||
			    syn_word_in(&P->w[i], VIOLENT_PEOPLE) == syn_word_in(&P->w[s],
										 VIOLENT_PEOPLE))
				continue;
			if (!syn_word_in(&P->w[s], VIOLENT_PEOPLE))
				return s;
			/* "handlers in Afghanistan": the country they are in */
			for (int j = i + 1; j < P->nw; j++)
				if ((int)P->w[j].head == i + 1 && syn_rel_base(&P->w[j], "nmod") &&
				    syn_child_word(P, j, "case", in))
					return j;
			return i;
		}
		return -1;
	}
	if (!syn_is_verb(w) || syn_passive_verb(P, c))
		return -1;
	for (int i = 0; i < P->nw; i++) {
		const khaldun_parse_token *x = &P->w[i];
		if ((int)x->head != c + 1)
			continue;
		if (syn_rel_is(x, "obj") &&
		    ((syn_stem_in(w, ABET_VERBS) && syn_word_in(x, TERROR_NOUNS)) ||
		     (syn_stem_in(w, MISUSE_VERBS) && syn_word_in(x, TRUST_NOUNS))))
			return s;
		if (syn_rel_base(x, "obl") && syn_word_in(x, GAIN_NOUNS) &&
		    syn_child_word(P, i, "case", for_) && syn_child_word(P, i, "amod", own))
			return s;
	}
	return -1;
}

/* fixes49: 1 when verb word vw is a wrong charged in the content clause of the verb it hangs
 * on (wrongdoer_word: "said Ghana had harbored militants", "said Y abused his power"): the
 * speaker's accusation codes (syn_said_culprit), not the deed ("harbored" as asylum, 075).
 * Not negated (the clause charges no one). */
int syn_charged_wrong(const struct syntax_parse *P, int vw)
{
	return P->w[vw].head && !syn_not_on(P, vw) &&
	       content_clause(P, (int)P->w[vw].head - 1) == vw && wrongdoer_word(P, vw) >= 0;
}

/* blame50: the word that bears the blame in clause c, -1: none. "Y bore / bears / must bear
 * / carries (full) responsibility for" a deed or a wrong (marked_wrong on the noun): Y, the
 * subject of the verb whose object is "responsibility". The tagger may read "bore" as a
 * modifier of the noun ("Hamas bore responsibility" as one phrase); then the noun heads the
 * clause and Y is its subject or a name compounded on it before the verb's word, which the
 * caller finds on the noun itself (culprit_actor reads compounds). */
static int borne_blame(const struct syntax_parse *P, int c)
{
	static const char *const bear[] = { "bear", "bears", "bore", "borne", "carry", "carries",
		"carried", "shoulder", "shoulders", "shouldered", NULL };
	static const char *const for_[] = { "for", NULL };
	if (syn_word_in(&P->w[c], bear)) {
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == c + 1 && syn_rel_is(&P->w[i], "obj") &&
			    syn_word_is(&P->w[i], "responsibility") && marked_wrong(P, i, for_))
				return syn_child_rel(P, c, "nsubj");
		return -1;
	}
	if (!syn_word_is(&P->w[c], "responsibility") || !marked_wrong(P, c, for_))
		return -1;
	for (int i = 0; i < c; i++)
		if ((int)P->w[i].head == c + 1 && syn_word_in(&P->w[i], bear) &&
		    !syn_is_verb(&P->w[i])) {
			int s = syn_child_rel(P, c, "nsubj");
			return s >= 0 ? s : c;
		}
	return -1;
}

/* blame50: 1 when negated verb vw is a speaker's denial of its own wrong: the content
 * clause of the verb it hangs on, charging (wrongdoer_word) a personal pronoun, the speaker
 * ("Ghana said it did not harbor militants"): CAMEO's denial (016), not a rejection of the
 * deed (12x). */
int syn_denied_wrong(const struct syntax_parse *P, int vw)
{
	static const char *const self[] = { "it", "we", "i", "he", "she", "they", NULL };
	if (!P->w[vw].head || !syn_not_on(P, vw) ||
	    content_clause(P, (int)P->w[vw].head - 1) != vw)
		return 0;
	int s = wrongdoer_word(P, vw);
	return s >= 0 && syn_word_in(&P->w[s], self);
}

/* The word content clause c names as the culprit of a deed, -1 when c charges no one:
 * "Y was responsible for / to blame for the attack" (Y, the subject of "responsible" or
 * "blame" with a deed after "for"; of "involved", "implicated" or "complicit" with one
 * after "in"), "Y was behind the bombing" (the subject of a deed noun
 * marked "behind"), "the attack was carried out by Y" (the agent of a passive of doing whose
 * subject is a deed), "the attack was deliberate by Y", "the bombing was the work of Y" (a
 * predicate, no verb, said of a deed, with Y after "by", or "of" on "work"). Not a negated
 * clause ("was not behind"). */
static int culprit_word(const struct syntax_parse *P, int c)
{
	static const char *const culpable[] = { "responsible", "culpable", "blame", NULL };
	/* a share in the deed: "were involved in the attack", "complicit in the killings" */
	static const char *const partaking[] = { "involved", "implicated", "complicit", NULL };
	static const char *const for_[] = { "for", NULL };
	static const char *const in[] = { "in", NULL };
	static const char *const behind[] = { "behind", NULL };
	static const char *const by[] = { "by", NULL };
	static const char *const of[] = { "of", NULL };
	const khaldun_parse_token *w = &P->w[c];
	if (syn_not_on(P, c))
		return -1;
	int d = syn_child_rel(P, c, "nsubj");
	if (d >= 0 && syn_word_in(&P->w[d], DEED_NOUNS) && !syn_is_verb(w))
		for (int i = 0; i < P->nw; i++)
			if ((int)P->w[i].head == c + 1 &&
			    ((syn_rel_base(&P->w[i], "obl") && syn_child_word(P, i, "case", by)) ||
			     (syn_word_is(w, "work") && syn_rel_base(&P->w[i], "nmod") &&
			      syn_child_word(P, i, "case", of))))
				return i;
	if (syn_word_in(w, culpable) && marked_deed(P, c, for_))
		return syn_child_rel(P, c, "nsubj");
	int o = borne_blame(P, c);
	if (o >= 0)
		return o;
	/* judge47; accuse49: also a share in a wrong ("involved in corrupt acts") */
	if (syn_word_in(w, partaking) && marked_wrong(P, c, in)) {
		int s = syn_child_rel(P, c, "nsubj");
		return s >= 0 ? s : syn_child_rel(P, c, "nsubj:pass");
	}
	if (syn_word_in(w, DEED_NOUNS) && syn_child_word(P, c, "case", behind))
		return syn_child_rel(P, c, "nsubj");
	int h = wrongdoer_word(P, c);
	if (h >= 0)
		return h;
	if (syn_upos_is(w, "VERB") && syn_stem_in(w, DID_VERBS) &&
	    syn_passive_verb(P, c)) {
		int s = syn_child_rel(P, c, "nsubj:pass");
		if (s >= 0 && syn_word_in(&P->w[s], DEED_NOUNS))
			return syn_child_rel(P, c, "obl:agent");
	}
	return -1;
}

/* evsubj53: 1 when deed verb vw is the content clause of a speaker a dictionary knows and
 * names a culprit (culprit_word: "The Somali government said the bombing was carried out by
 * Kenyan militants"): the statement is the speaker's accusation (syn_said_culprit), and the
 * deed the passive's own pattern codes is no event beside it. */
int syn_charged_deed_clause(coder_sent *S, const struct syntax_parse *P, int vw)
{
	const khaldun_parse_token *w = &P->w[vw];
	if (!syn_rel_is(w, "ccomp") || !w->head)
		return 0;
	int h = (int)w->head - 1, s = syn_child_rel(P, h, "nsubj");
	return content_clause(P, h) == vw && culprit_word(P, vw) >= 0 && s >= 0 &&
	       syn_actor_at(S, P, s) >= 0;
}

/* The clause a speaker's own belief holds, when content clause c is one ("said he believes
 * Y was behind the attack", "told VOA she thinks ..."): c a verb of belief or suspicion, not
 * negated, whose subject is a personal pronoun (the speaker), and its complement clause.
 * -1: none. */
static int believed_clause(const struct syntax_parse *P, int c)
{
	static const char *const believe[] = { "believe", "believes", "believed", "think",
		"thinks", "thought", "suspect", "suspects", "suspected", NULL };
	static const char *const self[] = { "he", "she", "i", "we", "they", NULL };
	int s = syn_child_rel(P, c, "nsubj");
	if (!syn_word_in(&P->w[c], believe) || s < 0 || !syn_word_in(&P->w[s], self) ||
	    syn_not_on(P, c))
		return -1;
	return syn_child_rel(P, c, "ccomp");
}

/* The actor culprit word h names, apart from the speaker's slot who: h's own, or that of
 * its country word ("Pakistani militants"), or one two modifiers up ("the Iranian
 * intelligence ministry"); -1: none, or one of who's own side. */
static int culprit_actor(coder_sent *S, const struct syntax_parse *P, int h,
			 const coder_slot *who)
{
	int k = -1;
	for (int i = 0; i < S->na && k < 0; i++) {
		int l = syn_live_head(S, P, i);   /* the word, or its country ("Pakistani") */
		if (l >= 0 && (l == h || ((int)P->w[l].head == h + 1 &&
		    (syn_rel_is(&P->w[l], "amod") || syn_rel_is(&P->w[l], "compound")))) &&
		    syn_actor_apart(S, i, who))
			k = i;
	}
	if (k < 0) {   /* "the [Iranian] intelligence ministry", two modifiers up */
		k = syn_actor_at(S, P, h);
		if (k >= 0 && !syn_actor_apart(S, k, who))
			k = -1;
	}
	return k < 0 || (who->n && home_side(S, k, who)) ? -1 : k;
}

/* "Pakistan said India was behind the attack", "said the bombing was carried out by
 * Pakistani militants", "said Iran was responsible for the explosion": a statement (010)
 * whose content clause names another side as the culprit of a violent deed (culprit_word),
 * or whose content is the speaker's belief that does ("told AFP he believes the attack was
 * deliberate by Ivorian authorities", believed_clause), is the speaker's accusation of that side
 * (CAMEO 112), aimed at it: the culprit's actor, or the actor of its country word ("Pakistani
 * militants"). Not a culprit of the speaker's own side, nor one no actor codes ("said gunmen were
 * behind it"). Returns 1 when changed. */
int syn_said_culprit(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		     coder_slot *tgt, dict_evcode *code)
{
	if (!code->a || strcmp(code->a, "010") || syn_not_on(P, vw))
		return 0;
	int c = content_clause(P, vw);
	if (c < 0) {   /* blame50: "said Hamas bore responsibility for" read as said's object */
		int o = syn_child_rel(P, vw, "obj");
		if (o >= 0 && borne_blame(P, o) >= 0)
			c = o;
	}
	int h = c >= 0 ? culprit_word(P, c) : -1;
	int b = c >= 0 ? believed_clause(P, c) : -1;
	int r = c;   /* the clause that charges */
	if (h < 0 && b >= 0)
		h = culprit_word(P, r = b);   /* "told AFP he believes the attack was ... by Y" */
	if (h < 0)
		return 0;
	coder_slot who = *src;
	content_speaker(S, P, vw, c, &who);
	int k = culprit_actor(S, P, h, &who);
	if (k < 0)
		return 0;
	/* accuse49: a verbless charge ("was involved in corrupt acts, including misappropriation
	 * of public funds") holds the deeds under it, as syn_said_judgement's judgement does */
	if (!syn_upos_is(&P->w[r], "VERB"))
		S->syn_content = r + 1;
	return aim(S, &who, k, src, tgt, code, "112", "rule: a statement that another side was "
		   "behind or responsible for a violent deed ('said India was behind the attack') "
		   "is an accusation of it (112)");
}

/* "Russia was behind the cyberattack, according to British officials": a main clause that
 * names a side as the culprit of a violent deed (culprit_word), told as another's charge
 * (an "according to" phrase on it), in a sentence that coded no event, is that charge: an
 * accusation (112) of the culprit's actor by the phrase's (syn_nominal_event's
 * alleged_culprit). The news' own telling ("Iran was behind the plot") stays a claim of
 * fact, no event. Returns the culprit's actor, apart from the phrase's, with *c the clause's
 * word and *teller the phrase's head word; -1: no such clause. */
int syn_alleged_culprit(coder_sent *S, const struct syntax_parse *P, int *c, int *teller)
{
	int r = -1, by = -1;
	for (int i = 0; i < P->nw && r < 0; i++)
		if (!P->w[i].head)
			r = i;
	int h = r >= 0 ? culprit_word(P, r) : -1;
	for (int i = 0; h >= 0 && i < P->nw; i++) {
		int cs = (int)P->w[i].head == r + 1 && (syn_rel_base(&P->w[i], "obl") ||
							syn_rel_base(&P->w[i], "nmod")) ?
			 syn_case_of(P, i) : -1;
		if (cs >= 0 && syn_word_is(&P->w[cs], "according"))
			by = i;
	}
	if (by < 0)
		return -1;
	coder_slot who = { .n = 0 };
	int k = syn_actor_at(S, P, by);
	if (k >= 0)
		actors_make_slot(S, k, &who);
	*c = r;
	*teller = by;
	return culprit_actor(S, P, h, &who);
}

/* 1 when CAMEO code a is a verbal act (roots 01-13), not a material one (14-20). */
static int verbal_code(const char *a)
{
	return a[0] == '0' || (a[0] == '1' && a[1] >= '0' && a[1] <= '3');
}

/* 1 when verb word vw has a doer of its own: the first subject met on the way up from vw
 * through the verbs it is the complement of or coordinated with ("India has tried to
 * sabotage") is an active one, not that of a passive ("journalists have been blocked or
 * harassed": the journalists underwent it). */
static int active_doer(const struct syntax_parse *P, int vw)
{
	for (int hops = 0; hops < 4 && vw >= 0; hops++) {
		if (syn_child_rel(P, vw, "nsubj:pass") >= 0 || syn_passive_verb(P, vw))
			return 0;
		if (syn_child_rel(P, vw, "nsubj") >= 0)
			return 1;
		if (!P->w[vw].head || !(syn_rel_is(&P->w[vw], "xcomp") ||
					syn_rel_is(&P->w[vw], "conj")))
			return 0;
		vw = (int)P->w[vw].head - 1;
	}
	return 0;
}

/* The speaker of speech verb sv accuses the deed's doer (112): the speaker becomes the
 * source, the doer the target. The speaker in a quotation's tail ('"...," the Israeli prime
 * minister said') lies in a deleted comma part, dead for the deed's clause: its actor all the
 * same. Not a speaker no actor or phrase names, nor a side of the doer's own country unless
 * it is the doer's rival (speech30: the Taliban on the Kabul government, a government on its
 * insurgents): a side's own deed told by its own speaker is no accusation. Returns 1 when
 * changed. */
static int speaker_accuses(coder_sent *S, const struct syntax_parse *P, int sv,
			   coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	coder_slot who = { .n = 0 };
	int k = syn_speaker_actor(S, P, sv, 0);
	if (k >= 0)
		actors_make_slot(S, k, &who);
	else
		speaker(S, P, sv, &who);
	if (!who.n || !who.m[0].code || (syn_codes_same_side(who.m[0].code, src->m[0].code) &&
					 !syn_codes_rivals(who.m[0].code, src->m[0].code)))
		return 0;
	slot_copy(tgt, src);
	*src = who;
	code->a = "112";
	code->b = NULL;
	return 1;
}

/* "The United States said Iran is 'flagrantly' defying the U.N.", '"... the American side has
 * violated the signed agreement repeatedly," Akhundzada alleged': a defiance of norms or
 * law (CAMEO 128), or a verbal deed of wrongdoing with a doer of its own ('Pakistan said
 * India tried to sabotage the peace process', 111: wrong_deed, active_doer), is itself a
 * judgement; told by a speaker of another country (the subject
 * of the speech verb whose content holds the deed, syn_speech_verb), or of the doer's
 * rival in its own country (syn_codes_rivals: the Taliban on the Kabul government), it is
 * that speaker's accusation of the doer (112: the doer becomes the target). Not a doer of
 * the speaker's own side ("Dodik's lawyer said Dodik does not recognize ..."), nor a
 * speaker no actor or phrase names. Returns 1 when changed. */
int syn_reported_defiance(coder_sent *S, const struct syntax_parse *P, int vw,
			  coder_slot *src, coder_slot *tgt, dict_evcode *code)
{
	if (!code->a || !src->n || !src->m[0].code ||
	    (strncmp(code->a, "128", 3) && !(verbal_code(code->a) && wrong_deed(P, vw) &&
					     active_doer(P, vw))))
		return 0;   /* a material deed ("harassed fishermen", 170) stays the deed */
	int sv = syn_speech_verb(P, vw);
	if (sv < 0 || !speaker_accuses(S, P, sv, src, tgt, code))
		return 0;
	S->syn_note = "rule: a defiance of norms or law (128), or a deed of wrongdoing ('tried "
		      "to sabotage'), told by a side of another country is its accusation of the "
		      "doer (112)";
	return 1;
}

/* '"The verdicts are another example of how Minsk arrests its critics," the ambassador
 * said', '"The raids show how Tehran persecutes its critics," the minister said': a hostile deed
 * (CAMEO 11-20) told in a "how" clause that the statement cites as its proof ("an example
 * of how", "shows how", "proves how") is no news of the deed but the speaker's evidence
 * against the doer: the speaker's accusation of it (112), as syn_reported_defiance. The
 * "how" clause is the deed's own or one it is the complement, object clause or coordinate
 * of, with an active subject of its own (the doer). Returns 1 when changed. */
int syn_cited_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt, dict_evcode *code)
{
	static const char *const how[] = { "how", NULL };
	static const char *const shows[] = { "show", "shows", "showed", "shown", "illustrate",
		"illustrates", "illustrated", "demonstrate", "demonstrates", "demonstrated",
		"prove", "proves", "proved", "reveal", "reveals", "revealed", NULL };
	static const char *const proof[] = { "example", "examples", "evidence", "proof",
		"illustration", "reminder", "sign", NULL };
	static const char *const of[] = { "of", NULL };
	/* root >= 11 read from the first two characters: the same as code_root_or_none(a) >= 11
	 * for every code with two leading digits (all the shipped dictionaries give), but the
	 * loader (tabari_evcode) also admits codes such as "2" or "1A", which this lets through */
	if (!code->a || code->a[0] < '1' || (code->a[0] == '1' && code->a[1] < '1') ||
	    !src->n || !src->m[0].code || syn_passive_verb(P, vw))
		return 0;   /* a statement or an appeal about the deed stays what it is */
	int h = vw, hw = -1;
	for (int hops = 0; hops < 3 && h >= 0 && hw < 0; hops++) {
		for (int i = 0; i < h && hw < 0; i++)
			if ((int)P->w[i].head == h + 1 && syn_rel_is(&P->w[i], "advmod") &&
			    syn_word_in(&P->w[i], how))
				hw = i;
		if (hw < 0)
			h = (int)P->w[h].head - 1;
	}
	if (hw < 1 || !(syn_word_in(&P->w[hw - 1], shows) ||
			(hw >= 2 && syn_word_in(&P->w[hw - 1], of) &&
			 syn_word_in(&P->w[hw - 2], proof))) ||
	    syn_child_rel(P, h, "nsubj") < 0 || syn_passive_verb(P, h))
		return 0;   /* "an example of how protesters were treated": no doer named */
	int sv = syn_speech_verb(P, vw);
	/* the parse may hang a quotation's tail ('," the spokesperson added') on the "how"
	 * clause as a coordinate: a speech verb with a subject after a quote mark */
	for (int j = vw + 1; sv < 0 && j < P->nw; j++) {
		int s = syn_child_rel(P, j, "nsubj");
		if ((int)P->w[j].head != h + 1 || s < 0 || !syn_speech_word(&P->w[j]) ||
		    !(syn_rel_is(&P->w[j], "conj") || syn_rel_is(&P->w[j], "parataxis")))
			continue;
		for (int i = vw + 1; i < (s < j ? s : j); i++)
			if (syn_quote_mark(&P->w[i]))
				sv = j;
	}
	if (sv < 0 || !speaker_accuses(S, P, sv, src, tgt, code))
		return 0;
	S->syn_note = "rule: a hostile deed in a 'how' clause cited as proof ('an example of how', "
		      "'shows how') is the speaker's accusation of the doer (112)";
	return 1;
}

/* Future auxiliaries of a threat, and the modals a held-out sanction may take. */
static const char *const FUTURE[] = { "will", "would", "shall", "'ll", "wo", NULL };
static const char *const MAY[] = { "will", "would", "shall", "'ll", "wo", "could", "may",
	"might", NULL };

/* 1 when clause c tells harm that will befall its subject at the speaker's side's hands:
 * said in the future, a passive of crushing or punishing ("the Taliban will be crushed"),
 * or, negated, of sparing or tolerating ("terrorists will not be spared"). Not a question
 * or condition (content_clause), nor "will not be crushed". */
int syn_harm_clause(const struct syntax_parse *P, int c)
{
	static const char *const harm[] = { "crushed", "annihilated", "obliterated", "punished",
		"wiped", NULL };
	static const char *const unspared[] = { "spared", "tolerated", "forgiven", NULL };
	if (c < 0 || !syn_passive_verb(P, c) || !syn_child_word(P, c, "aux", FUTURE) ||
	    syn_conditional(P, c))
		return 0;
	int neg = syn_not_on(P, c);
	return (!neg && syn_word_in(&P->w[c], harm)) || (neg && syn_word_in(&P->w[c], unspared));
}

/* The side a held-out sanction of clause c is aimed at: c's subject is a sanction or
 * consequence that comes ("sanctions could follow", "there will be consequences"; no object:
 * not "sanctions could hurt the economy") said with a modal,
 * under an "if"/"unless" condition (an adverbial clause, or a complement as the parser
 * may read it, on the clause or on the sanction) whose subject's actor is that side ("if Ankara
 * went ahead"); *a gets the threat's code (1312 for sanctions, else 130). -1: none. */
static int held_out_sanction(coder_sent *S, const struct syntax_parse *P, int c,
			     const coder_slot *src, const char **a)
{
	static const char *const sanction[] = { "sanctions", "sanction", "penalties", "tariffs",
		"embargo", NULL };
	static const char *const harm[] = { "consequences", "consequence", "repercussions",
		"retaliation", "punishment", NULL };
	int s = syn_child_rel(P, c, "nsubj");
	if (s < 0 || !syn_child_word(P, c, "aux", MAY) || syn_not_on(P, c) ||
	    syn_child_rel(P, c, "obj") >= 0)
		return -1;   /* "sanctions could hurt Turkey's economy if ...": a forecast */
	int sanc = syn_word_in(&P->w[s], sanction);
	if (!sanc && !syn_word_in(&P->w[s], harm))
		return -1;
	for (int i = 0; i < P->nw; i++)
		if (((int)P->w[i].head == c + 1 || (int)P->w[i].head == s + 1) &&
		    syn_conditional(P, i) &&
		    (syn_rel_base(&P->w[i], "advcl") || syn_rel_is(&P->w[i], "ccomp"))) {
			int k = syn_actor_with_role(S, P, i, R_SRC, src);
			if (k >= 0)
				*a = sanc ? "1312" : "130";
			return k;
		}
	return -1;
}

/* 1 when clause c says its subject will be left no other course than a deed: "will have
 * no choice but to leave the country" ("have" said in the future, its object "choice",
 * "option" or "alternative" determined by "no", with a "to" clause on it or on "have").
 * Said by an authority of those it addresses, this is coercion held out, a threat; said
 * in the present ("they have no choice but to flee") it tells a plight, and is no threat. */
static int no_choice_clause(const struct syntax_parse *P, int c)
{
	static const char *const have[] = { "have", "has", NULL };
	static const char *const choice[] = { "choice", "option", "alternative", "options",
		"alternatives", NULL };
	static const char *const no[] = { "no", NULL };
	static const char *const to[] = { "to", NULL };
	if (c < 0 || !syn_word_in(&P->w[c], have) || !syn_child_word(P, c, "aux", FUTURE) ||
	    syn_not_on(P, c) || syn_conditional(P, c))
		return 0;
	int o = syn_child_rel(P, c, "obj");
	if (o < 0 || !syn_word_in(&P->w[o], choice) || !syn_child_word(P, o, "det", no))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if (((int)P->w[i].head == o + 1 || (int)P->w[i].head == c + 1) && i > o &&
		    syn_is_verb(&P->w[i]) && syn_child_word(P, i, "mark", to))
			return 1;
	return 0;
}

/* A later complement of verb vw than c that is a no_choice_clause ("Ready or not, Kenya's
 * government says the refugees will have no choice but to leave": the parser makes "Ready"
 * the first complement); -1: none. */
static int later_no_choice(const struct syntax_parse *P, int vw, int c)
{
	for (int i = c + 1; i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 && syn_rel_is(&P->w[i], "ccomp") &&
		    no_choice_clause(P, i))
			return i;
	return -1;
}

/* "He said the Taliban 'will be crushed'", "sanctions could follow if Ankara activated the
 * system": a statement (010) whose content tells harm that will befall another side
 * (syn_harm_clause: its subject's actor), a sanction held out to it on a condition
 * (held_out_sanction), or no choice left it but a deed (no_choice_clause: 130), is the
 * speaker's threat to that side: 138 for force (crushed,
 * annihilated ...), 1312 for sanctions, else 130. So is a warning (a 13x code on "warn"):
 * "warned that sanctions could follow if Ethiopia filled the dam" is the threat of sanctions
 * to Ethiopia, not a comment on what others may do (syn_warning, tried after this).
 * Returns 1 when changed. */
int syn_said_threat(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		    coder_slot *tgt, dict_evcode *code)
{
	static const char *const force[] = { "crushed", "annihilated", "obliterated", "wiped",
		NULL };
	const khaldun_parse_token *w = &P->w[vw];
	int warned = code->a && code->a[0] == '1' && code->a[1] == '3' && w->len >= 4 &&
		     !strncasecmp(w->form, "warn", 4);
	if (!code->a || (strcmp(code->a, "010") && !warned))
		return 0;
	int c = content_clause(P, vw);
	if (c < 0)
		return 0;
	coder_slot who = *src;
	content_speaker(S, P, vw, c, &who);
	const char *a = NULL;
	int k = -1, nc;
	if (syn_harm_clause(P, c)) {
		k = syn_actor_with_role(S, P, c, R_TGT, &who);
		a = syn_word_in(&P->w[c], force) ? "138" : "130";
		/* "He said the Taliban will be crushed by Afghan security forces": a speaker the
		 * sentence does not name holds out the force of the harm's "by" doer, whose side
		 * the threat is (AFGMIL), rather than no one */
		int by = who.n && strcmp(who.m[0].code, "---") ? -1 :
			 syn_actor_with_role(S, P, c, R_SRC, NULL);
		if (by >= 0 && k >= 0 && by != k)
			actors_make_slot(S, by, &who);
	} else if ((nc = no_choice_clause(P, c) ? c : later_no_choice(P, vw, c)) >= 0) {
		c = nc;
		/* "Kenya's government says the refugees will have no choice but to leave": not
		 * an observer's forecast ("analysts say Turkey will have no choice but to ..."),
		 * and not the speaker's own plight (the actor must be another side's) */
		int s = syn_child_rel(P, vw, "nsubj"), x = syn_child_rel(P, c, "nsubj");
		if (s >= 0 && syn_observer(&P->w[s]))
			return 0;
		k = syn_actor_with_role(S, P, c, R_SRC, &who);
		a = "130";
		/* those it addresses named by a phrase ("the refugees": ~REF; "she and other
		 * refugees": the conjunct that names them) */
		if (x >= 0 && syn_upos_is(&P->w[x], "PRON"))
			x = syn_child_rel(P, x, "conj");
		coder_slot t;
		if (k < 0 && x >= 0 && P->w[x].upos && strcmp(P->w[x].upos, "PRON") &&
		    syn_open_phrase(S, P, x, &t)) {
			S->syn_content = c + 1;
			*src = who;
			*tgt = t;
			code->a = a;
			code->b = NULL;
			S->syn_note = "rule: a statement that another side will have no choice but "
				      "to do a deed is a threat to it (130)";
			return 1;
		}
	} else {
		k = held_out_sanction(S, P, c, &who, &a);
	}
	if (k < 0)
		return 0;
	S->syn_content = c + 1;
	return aim(S, &who, k, src, tgt, code, a, "rule: a statement whose content tells harm "
		   "that will befall another side ('will be crushed', 'sanctions could follow if X "
		   "...') is a threat to it (13x)");
}

/* "She hopes the United States and the United Kingdom can coordinate their efforts": a hope
 * (013 on hope, or a statement of hope: "expressed hope that") whose content clause has the
 * deed of another side, said with will/would/can/could and neither negated nor a question,
 * is an appeal to that side (020, the sets' REQUEST), the hoper as source. Returns 1 when
 * changed. */
int syn_hoped_deed(coder_sent *S, const struct syntax_parse *P, int vw, coder_slot *src,
		   coder_slot *tgt, dict_evcode *code)
{
	static const char *const hope[] = { "hope", "hopes", "hoped", "hoping", NULL };
	static const char *const can[] = { "will", "would", "can", "could", "'ll", NULL };
	static const char *const self[] = { "i", "we", "it", "they", "he", "she", "there",
		NULL };
	if (!code->a || (strcmp(code->a, "013") && strcmp(code->a, "010")))
		return 0;
	int h = syn_word_in(&P->w[vw], hope) ? vw : -1;
	if (h < 0) {   /* "expressed hope that", "voiced hopes the ...": the noun (or the verb
			* form the parser read as its complement) */
		int o = syn_child_rel(P, vw, "obj");
		if (o < 0)
			o = syn_child_rel(P, vw, "xcomp");
		if (o >= 0 && syn_word_in(&P->w[o], hope))
			h = o;
	}
	/* a hope its holder states (a subject of its own), not one ascribed ("..., hoping
	 * that Trump will win", an analyst's reading) */
	if (h < 0 || syn_child_rel(P, vw, "nsubj") < 0)
		return 0;
	int c = syn_child_rel(P, h, "ccomp");
	if (c < 0 && h != vw)
		c = syn_child_rel(P, h, "acl");
	if (c < 0 && h != vw)
		c = syn_child_rel(P, vw, "ccomp");
	static const char *const whether[] = { "if", "whether", NULL };
	if (c < 0 || !syn_child_word(P, c, "aux", can) || syn_not_on(P, c) ||
	    syn_child_word(P, c, "mark", whether) || syn_passive_verb(P, c))
		return 0;
	int s = syn_child_rel(P, c, "nsubj");
	if (s < 0 || syn_word_in(&P->w[s], self))
		return 0;
	coder_slot who = *src;
	content_speaker(S, P, vw, c, &who);
	int k = syn_actor_with_role(S, P, c, R_SRC, &who);
	if (k < 0)
		return 0;
	S->syn_content = c + 1;
	return aim(S, &who, k, src, tgt, code, "020", "rule: a hope that another side will or "
		   "can act is an appeal to it (020)");
}

int syn_in_content(coder_sent *S, int content, int sv, int v)
{
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || content <= 0 || sv < 0 || v < 0 || sv >= S->nt || v >= S->nt ||
	    P->tok2w[sv] < 0 || P->tok2w[v] < 0)
		return 0;
	int c = content - 1, said = P->tok2w[sv], j = P->tok2w[v];
	return j != said && c != said && syn_on_path(P, c, j, said);
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
	/* "a terrorist regime", "a puppet government": a name of wrong on a plain noun */
	for (int i = 0; i < j; i++)
		if ((int)P->w[i].head == j + 1 && syn_rel_is(&P->w[i], "compound") &&
		    syn_word_in(&P->w[i], NAMING_WORDS))
			return 1;
	return 0;
}

/* 1 when word j opens a quotation, alone or after an adverb of its own ('"deeply
 * disappointing ..."'): the words a naming verb's predicate is quoted in. */
static int opens_quote(const struct syntax_parse *P, int j)
{
	int i = j - 1;
	if (i >= 0 && (int)P->w[i].head == j + 1 &&
	    syn_upos_is(&P->w[i], "ADV"))
		i--;
	return i >= 0 && syn_quote_mark(&P->w[i]) && syn_quoted(P, j);
}

/* The object of naming verb vw: its obj, else a clause the parser made of a noun phrase
 * that names a deed ("called the EU move to tax ...": "move" a verb with "EU" its subject,
 * hung on "called" as xcomp or ccomp); -1: none. */
static int named_object(const struct syntax_parse *P, int vw)
{
	/* subjacl51: "labeled the Taiwanese president a separatist": the parser's two objects,
	 * the first the one named, the second its name */
	int io = syn_child_rel(P, vw, "iobj"), o = syn_child_rel(P, vw, "obj");
	if (io >= 0 && o > io)
		return io;
	for (int i = vw + 1; o < 0 && i < P->nw; i++)
		if ((int)P->w[i].head == vw + 1 &&
		    (syn_rel_is(&P->w[i], "xcomp") || syn_rel_is(&P->w[i], "ccomp")) &&
		    syn_child_rel(P, i, "nsubj") >= 0 && syn_child_rel(P, i, "nsubj") < i &&
		    !syn_child_word(P, i, "mark", (const char *const[]){ "that", "if", "whether",
									   NULL }))
			o = i;
	return o;
}

/* 1 when the name of wrong j has no article of its own but heads a noun phrase
 * with a definite one ahead of a plural or -ing noun: "the Israeli strikes genocide",
 * "the Azerbaijani shelling terrorism", a thing named and its name read as one phrase. */
static int merged_name(const struct syntax_parse *P, int j)
{
	static const char *const the[] = { "the", "these", "those", NULL };
	int d = syn_child_rel(P, j, "det"), k = j - 1;
	if (d < 0 || !syn_word_in(&P->w[d], the) || !syn_word_in(&P->w[j], NAMING_WORDS))
		return 0;
	const khaldun_parse_token *w = &P->w[k];
	size_t n = w->form ? w->len : 0;
	return k > d && (int)w->head == j + 1 && syn_rel_is(w, "compound") && w->upos &&
	       !strcmp(w->upos, "NOUN") && n > 4 &&
	       (w->form[n - 1] == 's' || !strncmp(w->form + n - 3, "ing", 3));
}

int syn_named_judgement(coder_sent *S, int v, dict_evcode *code)
{
	static const char *const naming[] = { "called", "calls", "calling", "call", "described",
		"describes", "describing", "describe", "characterized", "characterizes",
		"characterizing", "characterize", "characterised", "characterises",
		"characterising", "characterise", "labeled", "labelled", "labeling", "labelling",
		"branded", "deemed", "deems", "deeming", "deem", NULL };
	static const char *const as[] = { "as", NULL };
	struct syntax_parse *P = syntax_on(S) ? syn_get_parse(S) : NULL;
	if (!P || v < 0 || v >= S->nt || P->tok2w[v] < 0 || code->kind != CODE_NULL)
		return 0;
	int vw = P->tok2w[v];
	int o = named_object(P, vw);
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
		/* subjacl51: the second of two objects ("branded the government a terrorist
		 * regime"), or a bare name of wrong the parser made the head of the object's
		 * own words ("called the U.S. strikes murder": "strikes" its compound) */
		pred |= (int)w->head == vw + 1 && syn_rel_is(w, "obj") &&
			(j > o || merged_name(P, j));
		/* "called the Guyanese president a puppet of ...": the name hung on the
		 * object as its apposition, with an article of its own */
		pred |= (int)w->head == o + 1 && syn_rel_is(w, "appos") &&
			syn_word_in(&P->w[j], NAMING_WORDS) &&
			syn_child_word(P, j, "det", (const char *const[]){ "a", "an", NULL });
		/* 'called the U.S. decision to tax Canadian steel "deeply disappointing"': a
		 * quotation opened by the word of wrong after the object's own words, that the
		 * parser hung inside the object's phrase (appos, obl) */
		pred |= j > o && syn_below(P, j, vw) == o && !syn_rel_is(w, "amod") &&
			opens_quote(P, j) && !syn_not_on(P, j);
		if (!pred)
			continue;
		code->kind = CODE_EVENT;
		code->a = "111";
		code->b = NULL;
		return 1;
	}
	return 0;
}
