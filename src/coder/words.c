/*
 * words.c - the coder's built-in words: the word types TABARI knows without a dictionary
 * (determiners, conjunctions, pronouns, ...) and the word lists of the news rules
 * (prepositions, auxiliaries, modals, ...), as one flag set per word. A coder hashes them
 * once when it is made; the tokeniser gives each token its type and flags by one hash of its
 * bytes (only when its length, first and last bytes fit some built-in word), so a rule asks
 * "is this a preposition" with one bit test. Invariant: a token's wf
 * holds exactly the lists its upper-case text is in, and bt its built-in type (else TY_NULL).
 */
#include "coder/sent.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const PREP_WORDS[] = {
	"IN", "ON", "AT", "TO", "FROM", "WITH", "BY", "FOR", "AGAINST", "ABOUT", "OVER", "UNDER",
	"INTO", "ONTO", "AMONG", "BETWEEN", "DURING", "THROUGH", "ACROSS", "AFTER", "BEFORE",
	"SINCE", "UNTIL", "WITHOUT", "WITHIN", "ALONG", "NEAR", "AMID", "TOWARD", "TOWARDS",
	"DESPITE", "UPON", "VIA", "PER", "LIKE", "AS", "THAN", NULL
};
static const char *const CLAUSE_WORDS[] = {
	"THAT", "WHICH", "WHO", "WHOM", "WHOSE", "WHERE", "WHEN", "WHILE", "BECAUSE", "IF",
	"THOUGH", "ALTHOUGH", "WHETHER", "UNLESS", "SO", "THEN", NULL
};
static const char *const AUX_WORDS[] = {
	"HAS", "HAVE", "HAD", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT",
	"MUST", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "DID", "DOES", "DO", "ALSO",
	"NOT", "NEVER", "ALREADY", "JUST", "STILL", "THEN", "NOW", "ONCE", "AGAIN", "YESTERDAY",
	"TODAY", "TONIGHT", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
	"SUNDAY", "ON", "LATE", "EARLY", "LAST", "THIS", "WEEK", "MONTH", "YEAR", "DIDN'T",
	"WON'T", "CAN'T", "WOULDN'T", "COULDN'T", "HASN'T", "HAVEN'T", "ISN'T", "WASN'T", NULL
};
static const char *const MODAL_WORDS[] = {
	"MAY", "MIGHT", "COULD", "WOULD", "SHOULD", "IF", "UNLESS", "POSSIBLE", "POSSIBLY",
	"THREATENED", "THREATENS", "THREATEN", "PLANS", "PLANNED", "PLAN", "PLANNING", "FEARS",
	"FEARED", "WARNED", "WARNS", "CONSIDERING", NULL
};
static const char *const LOC_WORDS[] = {
	"IN", "OF", "NEAR", "AT", "ON", "INSIDE", "ACROSS", "AROUND", "OUTSIDE", NULL
};
static const char *const POSS_WORDS[] = {
	"ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", NULL
};
static const char *const LEAD_WORDS[] = {
	"ACCORDING", "MEANWHILE", "HOWEVER", "EARLIER", "LATER", "SEPARATELY", "MOREOVER",
	"FURTHERMORE", "NONETHELESS", "NEVERTHELESS", "YESTERDAY", "TODAY", NULL
};
static const char *const WHEN_WORDS[] = {
	"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
	"OCTOBER", "NOVEMBER", "DECEMBER", "WEEK", "MONTH", "YEAR", "DAY", "DAYS", "WEEKS",
	"MONTHS", "YEARS", "MORNING", "EVENING", "NIGHT", NULL
};
static const char *const NEG_WORDS[] = {
	"NOT", "NEVER", "NO", "DIDN'T", "WON'T", "CAN'T", "CANNOT", "WOULDN'T", "COULDN'T",
	"DOESN'T", "DON'T", "HASN'T", "HAVEN'T", "ISN'T", "REFUSED", "REFUSES", "REFUSE",
	"REFUSING", "REFUSAL", "DECLINED", "DECLINES", "UNWILLING", "UNWILLINGNESS", "REJECTED",
	"FAILED", "FAILS", "FAILURE", "SELDOM", "RARELY", "HARDLY", "SCARCELY", NULL
};
static const char *const REL_WORDS[] = {
	"WHO", "WHICH", NULL
};
/* the words that open an adverbial clause (clause.c: the parse decides which clause) */
static const char *const SUB_WORDS[] = {
	"AFTER", "SINCE", "WHEN", "ALTHOUGH", "THOUGH", "BECAUSE", "WHILE", "AS", "BEFORE",
	"UNTIL", "ONCE", "WHEREAS", NULL
};

/* The forms of "be", in three widths (tok_in; syn_word_in compares without case): the
 * finite ones ("is", "were": a tense of the clause), those with the bare form and the
 * participle (not "being", an auxiliary of the passive), and all of them. Sites that want
 * another set keep theirs and say why (event.c shallow_present_be: the present alone, as
 * "stand" of "stands accused"; news.c be_for: "is / was / be for X to V"). */
const char *const BE_FINITE[] = { "IS", "ARE", "WAS", "WERE", NULL };
const char *const BE_FORMS[] = { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", NULL };
const char *const BE_ALL[] = { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", NULL };

/* The forms of "have" that make the perfect ("has attacked", "had been"): news.c, match.c,
 * syncode.c, syntax.c, syntree.c (tok_in; syn_word_in and syn_child_word compare without
 * case). Not "having" (a participle). */
const char *const HAVE_FORMS[] = { "HAS", "HAVE", "HAD", NULL };

/* The modals of the future ("will", "would", "shall", "'ll": a deed to come, news.c and
 * the parse path's aux tests) and of a guess ("could", "may", "might": a deed that may not
 * come). tok_in lists; syn_word_in and syn_child_word compare without case. */
const char *const FUTURE_MODALS[] = { "WILL", "WOULD", "SHALL", "'LL", NULL };
const char *const MAYBE_MODALS[] = { "COULD", "MAY", "MIGHT", NULL };
/* Both at once as news.c's rules of a deed to come or not read them ("could face", "will /
 * may retaliate"): "will", "would" and MAYBE_MODALS, not the rarer "shall" and "'ll". */
const char *const WILL_MAY_MODALS[] = { "WILL", "WOULD", "COULD", "MAY", "MIGHT", NULL };

/* between51, meeting54: the nouns of talks held ("talks", "a summit": CAMEO 040) and of
 * negotiation ("negotiations", "dialogue": 046): synnoun.c between_noun keeps the two codes
 * apart; event.c meeting_partner reads both, with "meeting" ("held talks with X"). news.c
 * news_meeting_opener keeps its own nouns ("call", no "negotiations"): a meeting held. */
const char *const TALK_NOUNS[] = { "TALKS", "MEETINGS", "SUMMIT", "CONSULTATIONS",
	"DISCUSSIONS", NULL };
const char *const NEGOTIATION_NOUNS[] = { "NEGOTIATIONS", "DIALOGUE", NULL };

/* The articles, and the indefinite ones alone. */
const char *const ARTICLES[] = { "THE", "A", "AN", NULL };
const char *const A_AN[] = { "A", "AN", NULL };
/* coordadj123: the words that open a coordination of sides ("both X and Y", "either X or Y") */
const char *const PRECONJ_WORDS[] = { "BOTH", "EITHER", "NEITHER", NULL };
/* counts that open a span of time ("Two weeks before", "After several months of") */
const char *const SPAN_COUNTS[] = { "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX",
	"SEVEN", "EIGHT", "NINE", "TEN", "SEVERAL", "FEW", NULL };

/* spans123: the spans of time that measure a deed after them ("a day after the attack",
 * "two weeks before the vote", "moments after": event.c time_adjunct_target, clause.c
 * adverbial_opener, syntree.c opening_clause and its two tree mends through time_span_lead;
 * tok_in and syn_word_in read it too). */
const char *const TIME_SPAN_WORDS[] = { "MINUTES", "HOUR", "HOURS", "DAY", "DAYS", "WEEK",
	"WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "MOMENTS", NULL };
/* spans123: the edges a span measures in time_adjunct_target ("a day after", "hours before") */
const char *const SPAN_EDGES[] = { "AFTER", "BEFORE", NULL };

/* spans123: the prepositions that date a deed by another turn of events ("after the fall of
 * ...", "since the end of ...", "following the death of ...", "until the ouster of ..."):
 * news.c news_dated_deed and news_dated_owner, context.c subject_start (its opener). */
const char *const TIME_PREPS[] = { "AFTER", "BEFORE", "SINCE", "FOLLOWING", "UNTIL", NULL };

/* spans123: the verbs of command ("ordered the army to ...", "instructed publishers to
 * ..."): syntax.c ordered_doer (their passive: the ones commanded do the deed) and syncode.c
 * noun_infinitive (their object's "to" clause is the object's own, with its other verbs of
 * force and leave beside them). */
/* plansto161: verbs of an intention to act oneself, before "to" ("She plans to visit Kenya",
 * "wants to meet", "expects to travel to"): the subject is the one who will act */
const char *const INTENT_VERBS[] = { "HOPE", "HOPES", "HOPED", "HOPING", "PLAN", "PLANS",
	"PLANNED", "PLANNING", "WANT", "WANTS", "WANTED", "INTEND", "INTENDS", "INTENDED",
	"INTENDING", "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING", "AIM", "AIMS", "AIMED",
	"AIMING", NULL };
const char *const COMMAND_VERBS[] = { "ORDER", "ORDERS", "ORDERED", "COMMAND", "COMMANDS",
	"COMMANDED", "DIRECT", "DIRECTS", "DIRECTED", "INSTRUCT", "INSTRUCTS", "INSTRUCTED",
	NULL };

/* spans123: the words of "(a | a count) span" that measure the word after them ("a day
 * after the attack", "two weeks before the vote", "hours after the blast"): 2 when word
 * (s, n), any case, is one of TIME_SPAN_WORDS and counted (an article, a number or a count
 * right before it: the caller's test, by its own path's tags), 1 when it stands alone and
 * is plural ("hours", "moments"), else 0 ("day" alone, "talks"). The edge after the span
 * ("after", "before", a preposition) is each caller's: event.c time_adjunct_target,
 * clause.c adverbial_opener, syntree.c opening_clause. */
int time_span_lead(int counted, const char *s, size_t n)
{
	int in = 0;
	for (int k = 0; TIME_SPAN_WORDS[k] && !in; k++)
		in = strlen(TIME_SPAN_WORDS[k]) == n && !strncasecmp(TIME_SPAN_WORDS[k], s, n);
	if (!in)
		return 0;
	if (counted)
		return 2;
	return (s[n - 1] | 0x20) == 's';
}

/* the plural spans of time that measure a deed in their "of" phrase ("after weeks of
 * fighting", "two years of talks": clause.c span_of_len, match.c background_noun_sh) */
const char *const SPAN_PLURALS[] = { "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES",
	NULL };
/* the comparative quantifiers ("more than 10 people", "fewer strikes than": news.c
 * count_than and its "than" year test; "more trade": match.c comparative_noun_sh) */
const char *const COMPARE_WORDS[] = { "MORE", "FEWER", "LESS", NULL };

/* The days of the week: a time of the clause in news, never part of a name. Both paths
 * read it (tok_in; syn_word_in compares without case). */
const char *const WEEKDAYS[] = {
	"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", NULL
};

/* undone108: the adjectives of likelihood ("it is likely that ...") and the forms of
 * "stand" of "stands to reason": a modal deed in their clause is a guess (news.c likely_that,
 * syncode.c judged_likely). */
const char *const LIKELY_WORDS[] = {
	"LIKELY", "UNLIKELY", "PROBABLE", "POSSIBLE", "CONCEIVABLE", "PLAUSIBLE", NULL
};
const char *const STAND_WORDS[] = { "STAND", "STANDS", "STOOD", NULL };
/* place108, comment109: the nouns that sum up a deed in a comment appended to its clause
 * ("..., a move aimed at ...": event.c appended_comment, syntax.c comment_target). */
const char *const DEED_SUM_NOUNS[] = { "MOVE", "STEP", "DECISION", NULL };
/* the nouns of difficulty: a deed after them is found hard, not done ("has trouble meeting":
 * syncode.c unreal_clause, news.c hard_deed) */
const char *const HARD_NOUNS[] = { "TROUBLE", "DIFFICULTY", "DIFFICULTIES", NULL };
/* objctl158: verbs that take people as object and a "to" infinitive that the object does
 * ("gathered 30 influencers to visit cities": syncode.c syn_controlled_object, match.c
 * controlled_people_sh) */
const char *const FOLK_CONTROL_VERBS[] = { "GATHER", "GATHERED", "GATHERS", "GATHERING",
	"ASSEMBLE", "ASSEMBLED", "ASSEMBLES", "INVITE", "INVITED", "INVITES", "INVITING",
	"ENCOURAGE", "ENCOURAGED", "ENCOURAGES", "ENCOURAGING", "PERSUADE", "PERSUADED",
	"PERSUADES", "TRAIN", "TRAINED", "TRAINS", "TRAINING", NULL };
/* devfalse123: the verbs of stirring a feeling and the feelings they stir ("..., raising fears
 * of war": syncode.c syn_stirred_feeling, match.c stirred_feeling_sh) */
const char *const STIR_VERBS[] = { "RAISE", "RAISED", "RAISES", "RAISING", "SPARK", "SPARKED",
	"SPARKS", "SPARKING", "STOKE", "STOKED", "STOKES", "STOKING", "FUEL", "FUELED", "FUELLED",
	"FUELS", "FUELING", "FUELLING", "STIR", "STIRRED", "STIRS", "STIRRING", "HEIGHTEN",
	"HEIGHTENED", "HEIGHTENS", "HEIGHTENING", "DEEPEN", "DEEPENED", "DEEPENS", "DEEPENING",
	"TRIGGER", "TRIGGERED", "TRIGGERS", "TRIGGERING", "REVIVE", "REVIVED", "REVIVES",
	"REVIVING", NULL };
const char *const FEELING_NOUNS[] = { "FEAR", "FEARS", "CONCERN", "CONCERNS", "WORRY", "WORRIES",
	"ALARM", "ANXIETY", "ANXIETIES", "DOUBT", "DOUBTS", "QUESTION", "QUESTIONS", "JITTERS",
	"UNEASE", "SUSPICION", "SUSPICIONS", NULL };

/* feeling55: verbs of feeling whose object is the one who feels ("the shelling dismayed
 * Norway"): their passive's subject feels, its "by" phrase is the cause (event.c); concerned160:
 * the words of a feeling's cause right after it ("concerned ABOUT", "alarmed BY", match.c) */
const char *const FEELING_PARTICIPLES[] = { "DISMAYED", "ENCOURAGED", "HEARTENED",
	"WORRIED", "ALARMED", "ANGERED", "DISAPPOINTED", "TROUBLED", "DISTURBED", "OUTRAGED",
	"APPALLED", "PLEASED", "DELIGHTED", "SADDENED", "SHOCKED", "FRUSTRATED", "ANNOYED",
	"IRRITATED", "UPSET", "CONCERNED", "REASSURED", "HORRIFIED", "INFURIATED", NULL };
const char *const FEELING_CAUSES[] = { "ABOUT", "OVER", "BY", "AT", NULL };

/* concern144: nouns of a side's deed or conduct ("China's military buildup", "Russia's
 * moves", "Iran's nuclear program"): a concern voiced over one is disapproval of that side
 * (news.c news_concern_deed). Not a state or fortune ("its ability", "his health", "the
 * country's economy", "their fate"). */
const char *const SIDE_DEED_NOUNS[] = { "ACTION", "ACTIONS", "MOVE", "MOVES", "STEP", "STEPS",
	"DECISION", "DECISIONS", "CONDUCT", "BEHAVIOR", "BEHAVIOUR", "BUILDUP", "BUILD-UP",
	"EXPANSION", "PROGRAM", "PROGRAMS", "PROGRAMME", "PROGRAMMES", "POLICY", "POLICIES",
	"ACTIVITY", "ACTIVITIES", "TREATMENT", "CRACKDOWN", "DEPLOYMENT", "DEPLOYMENTS",
	"PLAN", "PLANS", "HANDLING", "DETENTION", "INCURSION", "INCURSIONS", "ESCALATION",
	"INTERFERENCE", "MILITARIZATION", "MILITARISATION", "AGGRESSION", "TESTS", "LAUNCHES",
	"STANCE", "RHETORIC", "APPROACH", "PROPOSAL", "STRATEGY", NULL };

/* The number words of a count ("two" to "ten") and the plural counts ("dozens", "hundreds",
 * "thousands"): news.c news_conj_subject ("four of them"), syntree.c quantity_opener ("up to
 * ten"). */
const char *const COUNT_WORDS[] = { "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
	"NINE", "TEN", "DOZENS", "HUNDREDS", "THOUSANDS", NULL };

/* The tokens of a plain report of speech ("said", "says", "added"): what follows them is
 * the reported clause (news.c, context.c reporting_organ). Not "told": its object is the
 * hearer, no doer of the reported deed. */
const char *const PLAIN_SAY_WORDS[] = { "SAID", "SAYS", "SAY", "ADDED", NULL };

/* sayhouse114: the forms of "say" (event.c said_by_plural_noun, news.c news_denied_deed). */
const char *const SAY_FORMS[] = { "SAY", "SAYS", "SAID", NULL };

/* sayhouse114: the forms of "tell" (news.c news_told_press, synspeech.c content_clause,
 * syntax.c free_relative): its object is the hearer. */
const char *const TELL_WORDS[] = { "TELL", "TELLS", "TOLD", "TELLING", NULL };

/* sayhouse114: the verbs whose content can be the gap of a "what" ("not what critics say it
 * is": syntax.c said_what_gap). */
const char *const SAY_WHAT_WORDS[] = { "SAY", "SAYS", "SAID", "SAYING", "CLAIM", "CLAIMS",
	"CLAIMED", NULL };

/* sayhouse114: the verbs of speech whose clause is what a speaker said (synactor.c
 * syn_speech_word, the parse path's one notion of a speech verb). */
const char *const SPEECH_WORDS[] = {
	"SAY", "SAYS", "SAID", "TELL", "TELLS", "TOLD", "ADD", "ADDS", "ADDED", "WRITE",
	"WRITES", "WROTE", "STATE", "STATES", "STATED", "DECLARE", "DECLARES", "DECLARED",
	"INSIST", "INSISTS", "INSISTED", "EXPLAIN", "EXPLAINS", "EXPLAINED", "STRESS",
	"STRESSES", "STRESSED", "NOTE", "NOTES", "NOTED", "TWEET", "TWEETS", "TWEETED",
	"POST", "POSTS", "POSTED", "REMARK", "REMARKED", "RECALL", "RECALLED", "ARGUE",
	"ARGUES", "ARGUED", "CONTINUE", "CONTINUED", "QUOTE", "QUOTED", "ALLEGE", "ALLEGES",
	"ALLEGED", "EMPHASIZE", "EMPHASIZES", "EMPHASIZED", "EMPHASISE", "EMPHASISES",
	"EMPHASISED", "REITERATE", "REITERATES", "REITERATED", "ASSERT", "ASSERTS", "ASSERTED",
	NULL
};

/* addclause118: the participles of a reporting tail after a comma (", adding that ...",
 * ", noting that ..."): the clause after them is a further statement, its deed its own
 * (clause.c speech_tail_clause). Not "saying" (a dictionary verb: its comma part is a clause
 * already) nor the tails of a stance ("arguing", "asserting", "insisting", "explaining":
 * their clause is the reason for the verb before, a claim, rarely a deed). */
const char *const SPEECH_TAIL_INGS[] = { "ADDING", "NOTING", "STATING", "DECLARING", NULL };

/* placeaside150: the participles of speaking or being somewhere ("The president, speaking
 * in Kabul, criticized ..."): a place after "in", "at" or "from" in such an aside tells where
 * the subject was, no side of a deed of its own (clause.c subject_ing_aside). Not "visiting",
 * "meeting" (a deed with the side they name: speaking53). */
const char *const PRESENCE_INGS[] = { "SPEAKING", "ADDRESSING", "WRITING", "APPEARING",
	"TALKING", "STANDING", NULL };

/* words151: the possessive marks, either apostrophe ("Russia's", "Russia’s" as in
 * curly-quoted copy): ctxtitle.c title_owner (strstr) and syntax.c (syn_word_in on the
 * parse's "'s" word) read the list; poss_end and poss_at test raw text. */
const char *const POSS_MARKS[] = { "'s", "\xe2\x80\x99s", NULL };

/* words151: 1 when the n bytes at w end in a possessive mark ("Ontario's" of a name's
 * words, context.c name_word), else 0. */
int poss_end(const char *w, size_t n)
{
	for (int k = 0; POSS_MARKS[k]; k++) {
		size_t m = strlen(POSS_MARKS[k]);
		if (n >= m && !strncmp(w + n - m, POSS_MARKS[k], m))
			return 1;
	}
	return 0;
}

/* words151: the length of the possessive mark r opens with ("'s bid" after a bloc's name,
 * ctxbloc.c), 0 when none. */
size_t poss_at(const char *r)
{
	for (int k = 0; POSS_MARKS[k]; k++) {
		size_t m = strlen(POSS_MARKS[k]);
		if (!strncmp(r, POSS_MARKS[k], m))
			return m;
	}
	return 0;
}

/* words151: the nouns of a sanction laid on a side ("imposed SANCTIONS on", "new TARIFFS
 * on"): syncode.c (its sanction tests), synnoun.c (a levy's code) and syntax.c topic_target
 * (a measure's target) read it with syn_word_in, each adding its own words ("duties", "ban"). */
const char *const SANCTION_NOUNS[] = { "SANCTION", "SANCTIONS", "EMBARGO", "EMBARGOES",
	"TARIFF", "TARIFFS", NULL };

/* words151: the nouns of a strike or its weapon that a side's name or adjective qualifies
 * ("killed in a Russian drone STRIKE", "wounded by Israeli FIRE"): event.c strike_side
 * (tok_in, --shallow) and synactor.c strike_doer (syn_word_in, case folded) read it. */
const char *const STRIKE_NOUNS[] = { "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES",
	"ATTACK", "ATTACKS", "RAID", "RAIDS", "BOMBING", "SHELLING", "BOMBARDMENT",
	"FIRE", "GUNFIRE", "ASSAULT", "OFFENSIVE", NULL };

/* shclaim170: the nouns a claim of a deed owns ("claimed RESPONSIBILITY for the attack",
 * "took CREDIT for"): syncode.c claimed_noun (syn_word_in, case folded) and newsspeech.c
 * news_claimed_deed (tok_in, --shallow) read it. */
const char *const CLAIM_OWN_NOUNS[] = { "RESPONSIBILITY", "CREDIT", NULL };

/* sayhouse114: the verbs that report a fact ("confirmed that ...": synactor.c
 * syn_report_word). */
const char *const REPORT_WORDS[] = { "CLAIM", "CLAIMS", "CLAIMED", "CONFIRM", "CONFIRMS",
	"CONFIRMED", "REPORT", "REPORTS", "REPORTED", "ANNOUNCE", "ANNOUNCES", "ANNOUNCED",
	"ACKNOWLEDGE", "ACKNOWLEDGED", "ADMIT", "ADMITS", "ADMITTED", NULL };

/* The words that open a condition: "will respond if Israel attacks", "unless Kyiv withdraws"
 * (tok_in; news.c, and the parse path's "mark" tests in syntax.c and syntree.c through
 * syn_word_in and syn_child_word, which compare without case). */
const char *const COND_WORDS[] = { "IF", "UNLESS", NULL };
const char *const AND_OR_WORDS[] = { "AND", "OR", NULL };

/* threatco173: the verbs of promise or agreement that take a deed in an infinitive ("agreed to
 * open its borders", "vowed to strike back"): newsmodal.c reads a second infinitive joined to
 * the first as promised too (news_intent_to), and as threatened when a conflict deed
 * (news_future_threat). */
const char *const PROMISE_WORDS[] = { "AGREE", "AGREES", "AGREED", "AGREEING", "PROMISE",
	"PROMISES", "PROMISED", "PROMISING", "PLEDGE", "PLEDGES", "PLEDGED", "PLEDGING", "VOW",
	"VOWS", "VOWED", "VOWING", NULL };

/* kinmend175: the stems of a vow, pledge, promise or oath verb ("vowed", "pledging",
 * "swore"), one list for lexvow62's two paths: newsmodal.c vow_word (a prefix of the
 * upper-case token) and syncode.c syn_contact_not_made (syn_stem_in, which ignores case). */
const char *const VOW_STEMS[] = { "VOW", "PLEDG", "PROMIS", "SWOR", "SWEAR", NULL };

/* wordcls175: the participles of resolve that, with a "to" after them, are a predicate adjective
 * of the subject's stance, no passive ("is committed to peace"), one list for both paths:
 * syntree.c resolve_adjective (syn_word_in, any case) and newsdoer.c news_passive_by (tok_in). */
const char *const RESOLVE_WORDS[] = { "COMMITTED", "DETERMINED", "PREPARED", "INCLINED",
	"RESOLVED", NULL };

/* shneed171: the verbs of wanting a deed of another ("wants Kenya to withdraw", "expects the
 * government to act"): event.c content_wanted, and news.c news_np_extent, whose subject phrase
 * does not reach back over them. */
const char *const WANT_WORDS[] = { "WANT", "WANTS", "WANTED", "WANTING", "NEED", "NEEDS",
	"NEEDED", "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING", NULL };

/* speech128: the verbs of denial and rejection of a claim ("denied the report was true",
 * "rejected accusations that ...": syncode.c denied_claim, syntree.c speaker_conjuncts). */
const char *const DENY_WORDS[] = { "DENY", "DENIED", "DENIES", "DENYING", "REJECT",
	"REJECTED", "REJECTS", "REJECTING", "REFUTE", "REFUTED", "REFUTES", "REFUTING",
	"DISMISS", "DISMISSED", "DISMISSES", "DISMISSING", "REBUT", "REBUTTED", NULL };

/* notdone118: the verbs of avoidance, the verbs of restraint (whose "from" clause is held
 * back) and the forms of "shun": a deed they take is not done (news.c missed_at and
 * news_withheld, syncode.c missed_deed and withheld; "shun" only in the missed deeds). */
const char *const EVADE_WORDS[] = { "AVOID", "AVOIDS", "AVOIDED", "AVOIDING", "EVADE",
	"EVADES", "EVADED", "EVADING", NULL };
const char *const REFRAIN_WORDS[] = { "REFRAIN", "REFRAINS", "REFRAINED", "REFRAINING",
	"ABSTAIN", "ABSTAINS", "ABSTAINED", "ABSTAINING", NULL };
const char *const SHUN_WORDS[] = { "SHUN", "SHUNS", "SHUNNED", "SHUNNING", NULL };

/* notdone118: the adjectives of inability (a capacity is no deed either: "capable of
 * attacking Kinshasa") and the forms of "come" and "fall" of "came close to", "fell short
 * of": the deed of their "to" or "of" clause is not done (news.c missed_at, syncode.c
 * missed_deed). */
const char *const UNABLE_WORDS[] = { "UNABLE", "INCAPABLE", "POWERLESS", "CAPABLE", NULL };
const char *const COME_FALL_WORDS[] = { "COME", "COMES", "CAME", "COMING", "FALL", "FALLS",
	"FELL", "FALLEN", "FALLING", NULL };

/* undone70, undonesh116: the nouns of a plan or proposal whose "for" phrase or "to" clause
 * tells its aim, not a deed done ("a plan for rearming Europe", "a proposal for the Council
 * to ease sanctions": news.c plan_noun_for, syncode.c plan_for_gerund and syn_plan_to_noun). */
const char *const PLAN_NOUNS[] = { "PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "SCHEME",
	"SCHEMES", "STRATEGY", "STRATEGIES", "BLUEPRINT", "BLUEPRINTS", "ROADMAP", "ROADMAPS",
	NULL };

/* tgtchoice152: people named by their part for another side, no role of their own in the
 * dictionary ("planners in Afghanistan", "supporters of the opposition leader"): the phrase
 * of the place or name after them is theirs (syntax.c side_people_word). */
const char *const SIDE_PEOPLE_NOUNS[] = { "SUPPORTER", "SUPPORTERS", "BACKER", "BACKERS",
	"PLANNER", "PLANNERS", "MASTERMIND", "MASTERMINDS", "PARTNER", "PARTNERS", "ALLY", "ALLIES",
	"HANDLER", "HANDLERS", "SPONSOR", "SPONSORS", "FOLLOWER", "FOLLOWERS", "LOYALIST",
	"LOYALISTS", "ASSOCIATE", "ASSOCIATES", "ACCOMPLICE", "ACCOMPLICES", "COLLABORATOR",
	"COLLABORATORS", "SYMPATHIZER", "SYMPATHIZERS", "RELATIVE", "RELATIVES", NULL };

/* nounsdeed148: nouns of a report, an instance or a stance whose bare "of"/"for" phrase names the
 * kind of deed they are about ("cases of rape", "support for regular talks", "allegations of
 * torture"): that deed noun is their topic, no deed done (syncode.c syn_topic_deed_noun) */
const char *const TOPIC_HEAD_NOUNS[] = { "CASE", "CASES", "INCIDENT", "INCIDENTS", "ALLEGATION",
	"ALLEGATIONS", "ACCUSATION", "ACCUSATIONS", "REPORT", "REPORTS", "RUMOR", "RUMORS",
	"RUMOUR", "RUMOURS", "CLAIM", "CLAIMS", "EVIDENCE", "SUPPORT", "CALL", "CALLS", "DEMAND",
	"DEMANDS", "APPEAL", "APPEALS", "HOPE", "HOPES", "PROSPECT", "PROSPECTS", NULL };

/* Plural nouns not in -s ("picked out ten people and shot them": "them" agrees). */
const char *const PLURAL_WORDS[] = {
	"PEOPLE", "MEN", "WOMEN", "CHILDREN", "POLICE", "PERSONNEL", NULL
};

static const struct {
	const char *const *words;
	unsigned flag;
} LISTS[] = {
	{ PREP_WORDS, WF_PREP }, { CLAUSE_WORDS, WF_CLAUSE }, { AUX_WORDS, WF_AUX },
	{ MODAL_WORDS, WF_MODAL }, { LOC_WORDS, WF_LOC }, { POSS_WORDS, WF_POSS },
	{ LEAD_WORDS, WF_LEAD }, { WHEN_WORDS, WF_WHEN }, { NEG_WORDS, WF_NEG },
	{ REL_WORDS, WF_REL }, { SUB_WORDS, WF_SUB }, { PLURAL_WORDS, WF_PLURAL },
};

static const struct {
	const char *w;
	int ty;
} TYPES[] = {
	{ "A", TY_DET }, { "AN", TY_DET }, { "THE", TY_DET },
	{ "AND", TY_CONJ }, { "BUT", TY_CONJ }, { "OR", TY_CONJ }, { "NOR", TY_CONJ },
	{ "HE", TY_PRON }, { "SHE", TY_PRON }, { "IT", TY_PRON }, { "HIM", TY_PRON },
	{ "HER", TY_PRON }, { "ITS", TY_PRON }, { "HIS", TY_PRON }, { "THEY", TY_PRON },
	{ "THEM", TY_PRON }, { "THEIR", TY_PRON },
	{ "WAS", TY_AUX }, { "WERE", TY_AUX }, { "BEEN", TY_AUX },
	{ "BY", TY_BY }, { "FORMER", TY_FORMER },
};

static unsigned word_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h & (WORDS_SLOTS - 1);
}

/* The slot of word s (n bytes): its own, or the empty one where it would go. */
static coder_word *slot(coder_word *tab, const char *s, size_t n)
{
	unsigned k = word_hash(s, n);
	while (tab[k].w && (tab[k].n != n || memcmp(tab[k].w, s, n)))
		k = (k + 1) & (WORDS_SLOTS - 1);
	return &tab[k];
}

static void add(coder_words *ws, const char *w, int ty, unsigned flag)
{
	size_t n = strlen(w);
	coder_word *e = slot(ws->tab, w, n);
	ws->first[n] |= 1ull << ((unsigned char)w[0] & 63);
	ws->last[n] |= 1ull << ((unsigned char)w[n - 1] & 63);
	e->w = w;
	e->n = (uint8_t)n;
	if (ty)
		e->type = (uint8_t)ty;
	e->flags |= (uint16_t)flag;
}

coder_words *words_build(void)
{
	coder_words *ws = calloc(1, sizeof *ws);
	if (!ws)
		return NULL;
	for (size_t l = 0; l < sizeof LISTS / sizeof LISTS[0]; l++)
		for (const char *const *w = LISTS[l].words; *w; w++)
			add(ws, *w, 0, LISTS[l].flag);
	for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
		add(ws, TYPES[i].w, TYPES[i].ty, 0);
	return ws;
}

void words_classify(const coder_words *ws, coder_tok *t)
{
	if (t->n < 1 || t->n > WORDS_MAX_LEN)
		return;
	/* no built-in word of this length begins or ends so: no hash (a necessary test) */
	if (!(ws->first[t->n] >> ((unsigned char)t->s[0] & 63) & 1) ||
	    !(ws->last[t->n] >> ((unsigned char)t->s[t->n - 1] & 63) & 1))
		return;
	const coder_word *e = slot((coder_word *)ws->tab, t->s, (size_t)t->n);
	if (e->w) {
		t->bt = e->type;
		t->wf = e->flags;
	}
}
