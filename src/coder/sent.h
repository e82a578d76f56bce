/*
 * sent.h - the coder's view of one sentence: tokens, actors, slots (what a source or target
 * is bound to), and the helpers the coder's modules share. Everything here lives in the coder's
 * scratch arena for one sentence; nothing is kept between sentences.
 */
#ifndef KH_SENT_H
#define KH_SENT_H
#include "coder/coder.h"
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <stdint.h>

#define MAX_TOKENS 512
#define MAX_SPANS 256   /* phrases a sentence's events name, with their offsets */
#define MAX_WIDE 64     /* actors' phrases widened past their own words (sent_widen) */
#define MAX_LATE 32     /* unknown targets' texts given once the rules are done (sent_widen) */
#define MAX_WORD 63
#define MAX_MEMBERS 64
#define MATCH_BUDGET 200000

enum tok_cls { C_WORD, C_COMMA, C_QUOTE, C_NUMBER };
enum tok_type {
	TY_NULL, TY_ACTOR, TY_AGENT, TY_NOUN, TY_ADJ, TY_VERB, TY_TIME, TY_ATTRIB, TY_LIT,
	TY_PRON, TY_DET, TY_CONJ, TY_COMMA, TY_AUX, TY_BY, TY_NUM, TY_FORMER
};

/* coder_tok.clause_break of an adverbial opener's closing comma (clause.c); OPENER_OWN: the
 * opener has a subject of its own, never carried into the main clause; OPENER_ING: the
 * opener is an -ing clause ("Speaking to reporters,", "After meeting X,"), whose doer is the
 * main clause's subject */
enum { OPENER_END = 2, OPENER_OWN = 3, OPENER_ING = 4 };

typedef struct {
	const char *s;       /* upper-case text (scratch) */
	int n;
	int ostart, olen;    /* the token's bytes in the normalised sentence */
	uint8_t cls, type, cap, in_compound_conj;
	uint8_t deleted;         /* inside a deleted comma clause: invisible to what follows */
	uint8_t discard_phrase;  /* an actor phrase coded [###]: discards the sentence if live */
	/* an actor phrase coded [+++]: makes the sentence complex if live */
	uint8_t complex_phrase;
	uint8_t clause_break;    /* news: a comma that opens a participial clause; OPENER_END,
				  * OPENER_OWN: closes an opener before the main clause */
	uint8_t attribution;     /* news: in a quotation's attribution kept for the speech rules */
	uint8_t hyphened;        /* written right after a hyphen ("Russia-backed") */
	uint8_t bt;              /* words.c: the built-in type of the word (TY_NULL: none) */
	uint16_t wf;             /* words.c: the WF_ lists the word is in */
	uint16_t ww;             /* its slot in c->wwords + 1 (0: not kept there) */
	const dict_entry *ent;    /* phrase head: the entry */
	int end;             /* phrase head: last token of the match */
	int head;            /* literal tail: its head (-1 otherwise) */
	int actor;           /* actor index for actor heads and pronouns, -1 otherwise */
} coder_tok;

typedef struct {
	int pos, end;             /* tokens; ACTOR_NO_WORDS a side with no words (event_null_slot),
				   * ACTOR_NO_PHRASE one that takes no object phrase either */
	const char **codes;       /* resolved codes (coded compounds give several) */
	int ncodes;
	const dict_entry *ent;
	const dict_entry *agent;
	int group;                /* parsed compound group, -1 if none */
	int ref;                  /* pronoun: the actor it refers to (-1: none) */
	int pron_kind;            /* 0 actor, 1 singular, 2 possessive, 3 plural */
	int forwarded;            /* pronoun resolved from the previous sentence */
} coder_actor;

typedef struct {
	const char *code;
	const coder_actor *a;
} coder_member;

typedef struct {
	/* first in the struct: slot_empty leaves them as they are, cand_clear all but m[0] */
	coder_member m[MAX_MEMBERS];
	int n;
	int pos;                  /* token of the actor (or pronoun) */
	int pronoun;
	const char *key;          /* code compared for "distinct" (pronouns: the referent's own
				   * code, without agents) */
} coder_slot;

/* Makes s an empty slot without clearing its members (a slot is read up to s->n). */
static inline void slot_empty(coder_slot *s)
{
	s->n = 0;
	s->pos = 0;
	s->pronoun = 0;
	s->key = NULL;
}

/* *d = *s, but only s's members up to n (a slot is read up to n): not 1 KB a copy. */
static inline void slot_copy(coder_slot *d, const coder_slot *s)
{
	if (d == s)
		return;
	if (s->n > 0)
		memcpy(d->m, s->m, (size_t)s->n * sizeof s->m[0]);
	d->n = s->n;
	d->pos = s->pos;
	d->pronoun = s->pronoun;
	d->key = s->key;
}

/* Exchanges slots a and b (their members up to n). */
static inline void slot_swap(coder_slot *a, coder_slot *b)
{
	coder_slot t;
	slot_copy(&t, a);
	slot_copy(a, b);
	slot_copy(b, &t);
}

/* pattern.c: the first bytes of the word tokens in a token range [from, to): a pattern word
 * whose first one or two bytes occur in no token there cannot match in it. Built once per
 * range and reused by every pattern of the verb (ok: built). */
typedef struct {
	int from, to, ok;
	uint64_t bits;       /* dict_word_bit of every token (both lengths) */
	uint64_t one[4];     /* first byte */
	uint64_t two[64];    /* first two bytes, 6 bits each */
} coder_seen;

typedef struct coder_sent {
	khaldun_coder *c;
	const khaldun_dict *d;
	long date;
	int nt;
	coder_actor *a;
	int na, capa;
	int ngroups;
	int allcaps;
	int outcome;
	const char *reason;
	int time_shift;
	int nonprinting;
	int forward_ok;           /* FORWARD: this record follows the previous one */
	struct syntax_parse *syn; /* KHALDUN: SYNTAX: the sentence's parse (syntax.c), or NULL */
	int rel_ante;             /* clause.c: coding a relative clause: its antecedent actor + 1 */
	/* syntax.c: the rule that recoded the verb being coded, or NULL */
	const char *syn_note;
	int syn_content;          /* synspeech.c: the parse word + 1 of the content clause a
				   * speech act of the verb being coded was read from (0: none) */
	int observer;             /* syntax.c: a statement of observers of no side was dropped
				   * ("Analysts told VOA ..."): the next "They" is no side known */
	int habit;                /* syncode.c: the parse word + 1 of a verb whose deed was
				   * dropped as a habit told in the present (0: none) */
	const char *guess;        /* ctxfall.c: the story-country code the last-resort fallback
				   * gave unplaced sides (one string per sentence): a guess, which
				   * keep_names does not remember as a person's code */
	size_t tkpos;             /* tokens.c: bytes used in c->tokbuf */
	int nspans;               /* event.c: phrases sent_span_text made (span_p, span_off) */
	int nwide;                /* event.c: actors' own words with a wider phrase (wide_own) */
	int nlate;                /* event.c: unknown targets' late texts (late_verb) */
	/* The big arrays last: the coder keeps one coder_sent and zeroes only what comes
	 * before t for each sentence; the tokeniser clears each token it writes and a group's
	 * first actor is written before it is read. */
	coder_tok t[MAX_TOKENS];
	/* pattern.c: before and after the verb; match.c: all (1.7 KB: not zeroed, each made
	 * stale with its ok for every sentence, rebuilt on use) */
	coder_seen seen[3];
	int group_first[MAX_TOKENS];  /* first actor index of each group */
	/* match.c: token i's first-word slots are c->keys[kfirst[i], kfirst[i] + nkeys[i]),
	 * shortest first (written for every token by match_lookup) */
	uint32_t kfirst[MAX_TOKENS];
	uint8_t nkeys[MAX_TOKENS];
	/* event.c: each phrase sent_span_text made and its byte offset in the sentence, so that
	 * a rule finds the phrase where it was taken, not the first place its words occur */
	const char *span_p[MAX_SPANS];
	int span_off[MAX_SPANS];
	/* event.c: an actor's own words (wide_own[i]) and the whole noun phrase they stand in
	 * (wide_p[i], syntax_np_whole): the rules read the own words, the event reports the
	 * phrase once they are done (sent_widen) */
	const char *wide_own[MAX_WIDE];
	const char *wide_p[MAX_WIDE];
	/* event.c: the text of an unknown target taken from a clause below the verb (late_p[i],
	 * syntax_clause_object_extent) for the event whose verb text is late_verb[i]: given
	 * after the rules, which would read it as a name or pronoun and code the side */
	const char *late_verb[MAX_LATE];
	const char *late_p[MAX_LATE];
} coder_sent;


/* A pattern match in progress (pattern.c) and its result: the token range, the verb, the
 * actors bound to $ + % @ (-1: none) and the characters of the alternatives matched. */
typedef struct coder_match {
	coder_sent *S;
	int lo, hi;           /* token range of the clause */
	int verb, verb_end;
	const dict_pel *seq;  /* the flattened pattern: upper, VERB, lower */
	int nseq;
	int src, tgt, cmp, attr;
	int tgt_from, tgt_to; /* news: a + bound to an agent with no actor ("ordered the army
			       * to"): its words, an open target (-1: none) */
	int src_from, src_to; /* news: a $ bound to an agent with no actor after FROM or BY
			       * ("faced criticism from opposition parties"): an open source */
	int first_pos, last_pos;
	int budget;
	int alt_chars;        /* characters of the options actually matched */
	void *frame;          /* the innermost alternative being matched (a frame) */
	int lower_first;      /* the token the first element after the verb took (-1: none) */
	const char *code;     /* the pattern's primary code (NULL: none) */
} coder_match;

/* A verb coded in its clause (event.c): its code, pattern, and source and target slots. */
typedef struct {
	int verb;                 /* token of the verb */
	dict_evcode code;
	const dict_pattern *pt;   /* NULL when the root's code was used */
	const dict_verb_root *root;
	coder_slot src, tgt;
	int same;                 /* % pattern: source and target are one compound */
	int ok;
	const char *attr;         /* KHALDUN: SYNTAX: the speaker of reported speech, or NULL */
	int relative;             /* coded in a relative clause (clause.c) */
	int background;           /* coded in a clause of time or reason after the main one
				   * ("..., after Trump slashed funding"; clause.c) */
	/* KHALDUN: SYNTAX: the rule that recoded it (evidence), or NULL */
	const char *note;
	int content;              /* KHALDUN: SYNTAX: S->syn_content of its verb: a statement
				   * coded by what it says (synspeech.c) holds the verbs of that
				   * content, which code no events of their own (clause.c) */
	int tail;                 /* the last token the pattern matched after the verb (its
				   * noun: "announced a [ceasefire]"); none when <= the verb's
				   * end */
} coder_cand;

/* coder.c: outcomes (a discard wins over complex; the first reason is kept) */
void sent_set_outcome(coder_sent *S, int outcome, const char *why);

/* tokens.c */
void tok_tokenize(coder_sent *S, const char *text, size_t len);
/* The built-in type of token t (inline: the lookup asks it for every token). */
static inline int tok_builtin_type(const coder_tok *t)
{
	if (t->cls == C_COMMA)
		return TY_COMMA;
	if (t->cls == C_NUMBER)
		return TY_NUM;
	if (t->cls == C_QUOTE)
		return TY_NULL;
	return t->bt;
}
/* tok_is past the first byte, which the caller found equal (or the token empty). */
int tok_is_rest(const coder_tok *t, const char *w);
/* 1 when token t is word w (upper case). speed173: the first byte settles nearly every ask,
 * compared inline before the call (as syn_word_is in syntree.h). */
static inline int tok_is(const coder_tok *t, const char *w)
{
	if (t->n && w[0] != t->s[0])
		return 0;
	return tok_is_rest(t, w);
}
/* speed171: the first two bytes of a list's words as bits of a 1024-bit map, one map a list,
 * kept by the list's address (the coder's lists are static constant arrays: one address, one
 * list) in a table of each thread's own, so no lock; tokens.c fills it. The list's first word
 * is kept too: a list that came to an address another had (one built on the stack) is mapped
 * afresh rather than answered by the old map. */
enum { TOK_LIST_SLOTS = 1024 };
struct tok_list_map {
	const char *const *list;
	const char *first;
	uint64_t bits[1024 / 64];
	/* speed174: by the folded first byte's five bits, the first listed word's index with them
	 * and the last's plus one (255: past 254, to the list's end), so a word the bits let
	 * through is compared with those words only, not the whole list (lists of up to 160
	 * words) */
	uint8_t from[32], to[32];
};
extern _Thread_local struct tok_list_map tok_list_maps[TOK_LIST_SLOTS];
/* The list's map past its first slot, made at its first ask; NULL when the table is full. */
const struct tok_list_map *tok_list_find(const char *const *list);
/* The list's home slot. speed173: GCC aligns an array of 32 bytes or more (four words and its
 * NULL) on 32 bytes, so the address's bits 3 and 4 are 0 for nearly every list (1,383 of the
 * binary's 1,601 data objects): by the bits above 3 the lists had a quarter of the slots as
 * homes and queued for the rest (tok_list_find); by the bits above 5 they have them all. */
static inline unsigned tok_list_home(const char *const *list)
{
	return (unsigned)((uintptr_t)list >> 5) % TOK_LIST_SLOTS;
}

/* The indices [from, to) of list's words (a NULL-ended constant list) that may begin with bytes
 * c0, c1 equal to them but for case (c1 0: a one-byte word): from == to when none may. tok_in
 * and syn_word_in ask it before their walk of the list: most asks end in its one bit test,
 * and the rest walk the words of their first byte only. Bytes equal but for case have the
 * same low five bits once 0x20 is set (NUL and space both give 0). */
struct tok_span {
	int from, to;
};
static inline struct tok_span tok_list_span(const char *const *list, unsigned c0, unsigned c1)
{
	const struct tok_list_map *p = &tok_list_maps[tok_list_home(list)];
	if ((p->list != list || p->first != list[0]) && !(p = tok_list_find(list)))
		return (struct tok_span){ 0, INT_MAX };
	unsigned f = (c0 | 0x20) & 31, b = f << 5 | ((c1 | 0x20) & 31);
	if (!(p->bits[b >> 6] >> (b & 63) & 1))
		return (struct tok_span){ 0, 0 };
	return (struct tok_span){ p->from[f], p->to[f] == 255 ? INT_MAX : p->to[f] };
}
/* speed174: 1 when list is in its home slot and its map says no word of it begins with bytes
 * c0, c1 (as tok_list_span); 0 when one may or the list is not at home. The inline half of
 * tok_in and syn_word_in: most asks end here, without a call. */
static inline int tok_list_home_no(const char *const *list, unsigned c0, unsigned c1)
{
	const struct tok_list_map *p = &tok_list_maps[tok_list_home(list)];
	if (p->list != list || p->first != list[0])
		return 0;
	unsigned b = ((c0 | 0x20) & 31) << 5 | ((c1 | 0x20) & 31);
	return !(p->bits[b >> 6] >> (b & 63) & 1);
}
/* tok_in whole: the map's test and the walk. */
int tok_in_walk(const coder_tok *t, const char *const *list);
/* 1 when token t is one of the words of the NULL-ended list. A token whose first byte is NUL
 * is no listed word (its length is not the empty word's), as the walk finds. */
static inline int tok_in(const coder_tok *t, const char *const *list)
{
	if (t->n > 0 && tok_list_home_no(list, (unsigned char)t->s[0],
					 t->n > 1 ? (unsigned char)t->s[1] : 0))
		return 0;
	return tok_in_walk(t, list);
}
/* 1 when token t is a word longer than suf that ends in its letters (upper case: "ING"). */
int tok_ends(const coder_tok *t, const char *suf);
/* counted110: 1 when the word at i counts a group of people taken "of" the words after it
 * ("Thousands", "Hundreds", "Dozens", "Scores" + OF: "dozens of pupils"); match.c
 * counted_group and event.c counted_head read it. */
int tok_count_of(const coder_sent *S, int i);
/* The root of event code a read from its first two digits ("112": 11, "00": 0), or -1 when a
 * is NULL or does not start with two digits (no code: "---"). The rules that leave a word
 * with no code alone test it first: root = code_root_or_none(a); if (root < 0) return 0. */
static inline int code_root_or_none(const char *a)
{
	if (!a || !isdigit((unsigned char)a[0]) || !isdigit((unsigned char)a[1]))
		return -1;
	return (a[0] - '0') * 10 + (a[1] - '0');
}
/* The CAMEO root (1-20) of event code a ("112": 11), or 0 when a does not start with two
 * digits (no code). */
static inline int code_root(const char *a)
{
	int root = code_root_or_none(a);
	return root < 0 ? 0 : root;
}
/* 1 when token t marks a possessive: "'S" alone, or a word ending in it ("MEXICO'S": the
 * apostrophe continues a word, so the possessive is mostly glued to its name). */
static inline int tok_possessive(const coder_tok *t)
{
	return t->n >= 2 && t->s[t->n - 2] == '\'' && t->s[t->n - 1] == 'S';
}

/* words.c: the built-in word lists (a token's wf) and word types (its bt) */
enum {
	WF_PREP = 1, WF_CLAUSE = 2, WF_AUX = 4, WF_MODAL = 8, WF_LOC = 16, WF_POSS = 32,
	WF_LEAD = 64, WF_WHEN = 128, WF_NEG = 256, WF_REL = 512, WF_SUB = 1024, WF_PLURAL = 2048
};
extern const char *const PLURAL_WORDS[];   /* WF_PLURAL: plural nouns not in -s */
extern const char *const BE_FINITE[];      /* "IS", "ARE", "WAS", "WERE" */
extern const char *const BE_FORMS[];       /* BE_FINITE, "BE", "BEEN" */
extern const char *const BE_ALL[];         /* BE_FORMS, "BEING" */
extern const char *const FUTURE_MODALS[];  /* "WILL", "WOULD", "SHALL", "'LL" */
extern const char *const MAYBE_MODALS[];   /* "COULD", "MAY", "MIGHT" */
extern const char *const WILL_MAY_MODALS[]; /* "WILL", "WOULD", MAYBE_MODALS */
extern const char *const TALK_NOUNS[];     /* "TALKS", "MEETINGS", "SUMMIT", ... (040) */
extern const char *const NEGOTIATION_NOUNS[]; /* "NEGOTIATIONS", "DIALOGUE" (046) */
extern const char *const HAVE_FORMS[];     /* "HAS", "HAVE", "HAD" */
extern const char *const ARTICLES[];       /* "THE", "A", "AN" */
extern const char *const A_AN[];           /* "A", "AN" */
extern const char *const PRECONJ_WORDS[]; /* "BOTH", "EITHER", "NEITHER" (X and Y) */
extern const char *const SPAN_COUNTS[];    /* "TWO" (weeks before), "SEVERAL" */
extern const char *const TIME_SPAN_WORDS[]; /* "MINUTES", "HOUR", ... "MOMENTS" (after) */
extern const char *const TIME_PREPS[];     /* "AFTER", "BEFORE", "SINCE", ... "UNTIL" */
extern const char *const INTENT_VERBS[];   /* "PLAN(S)", "WANT(S)", "HOPE(S)", ... (to act) */
extern const char *const COMMAND_VERBS[];  /* "ORDER(S/ED)", "COMMAND", "DIRECT", "INSTRUCT" */
extern const char *const SPAN_EDGES[];     /* "AFTER", "BEFORE" (a day ...) */
/* spans123: 2 when word (s, n) is a span of time counted ("a day", "two weeks"), 1 when a
 * plural one alone ("hours"), else 0: the words before the edge it measures. */
int time_span_lead(int counted, const char *s, size_t n);
extern const char *const SPAN_PLURALS[];   /* "HOURS", "DAYS", ... "DECADES" (of) */
extern const char *const COMPARE_WORDS[];  /* "MORE", "FEWER", "LESS" */
extern const char *const WEEKDAYS[];       /* "MONDAY" to "SUNDAY" */
extern const char *const LIKELY_WORDS[];   /* "LIKELY", "POSSIBLE" (that ...) */
extern const char *const STAND_WORDS[];    /* "STANDS" (to reason) */
extern const char *const DEED_SUM_NOUNS[]; /* ", a MOVE (aimed at ...)" */
extern const char *const STIR_VERBS[]; /* ", RAISING (fears)" */
extern const char *const FOLK_CONTROL_VERBS[]; /* "GATHERED (influencers to visit)" */
extern const char *const FEELING_NOUNS[]; /* "raising FEARS" */
extern const char *const FEELING_PARTICIPLES[]; /* "Norway was DISMAYED by" */
extern const char *const FEELING_CAUSES[]; /* "concerned ABOUT" */
extern const char *const SIDE_DEED_NOUNS[]; /* "Russia's MOVES" */
extern const char *const HARD_NOUNS[];     /* "has TROUBLE (meeting)" */
extern const char *const COUNT_WORDS[];    /* "TWO" to "TEN", "DOZENS", ... */
extern const char *const PLAIN_SAY_WORDS[]; /* "SAID", "SAYS", "SAY", "ADDED" */
extern const char *const SAY_FORMS[];      /* "SAY", "SAYS", "SAID" */
extern const char *const TELL_WORDS[];     /* "TELL", "TELLS", "TOLD", "TELLING" */
extern const char *const SAY_WHAT_WORDS[]; /* SAY_FORMS, "SAYING", "CLAIM(S/ED)" */
extern const char *const SPEECH_WORDS[];   /* "SAID", "TOLD", "STATED", ... (62) */
extern const char *const SPEECH_TAIL_INGS[]; /* "ADDING", "NOTING", ... after a comma */
extern const char *const PRESENCE_INGS[]; /* "SPEAKING", "APPEARING", ... an aside's place */
extern const char *const POSS_MARKS[];     /* "'s", "\xe2\x80\x99s" (either apostrophe) */
int poss_end(const char *w, size_t n);     /* 1 when w's n bytes end in a POSS_MARKS mark */
size_t poss_at(const char *r);             /* the length of the mark r opens with, or 0 */
extern const char *const SANCTION_NOUNS[]; /* "SANCTION(S)", "EMBARGO(ES)", "TARIFF(S)" */
extern const char *const STRIKE_NOUNS[];   /* "STRIKE", "AIRSTRIKE", ... "FIRE" */
extern const char *const CLAIM_OWN_NOUNS[]; /* "RESPONSIBILITY", "CREDIT" (for a deed) */
extern const char *const REPORT_WORDS[];   /* "CLAIMED", "CONFIRMED", ... (17) */
extern const char *const COND_WORDS[];     /* "IF", "UNLESS" */
extern const char *const AND_OR_WORDS[];   /* "AND", "OR": the conjunctions of a pair */
extern const char *const PROMISE_WORDS[];  /* "AGREED", "PROMISED", "PLEDGED", "VOWED" ... */
extern const char *const VOW_STEMS[];  /* "VOW", "PLEDG", "PROMIS", "SWOR", "SWEAR" */
extern const char *const RESOLVE_WORDS[];  /* "COMMITTED", "DETERMINED", ... (+ "to") */
extern const char *const WANT_WORDS[];     /* "WANT(S)", "NEED(S)", "EXPECT(S)" (X to) */
extern const char *const DENY_WORDS[];     /* "DENIED", "REJECTED", "DISMISSED", ... (18) */
extern const char *const EVADE_WORDS[];    /* "AVOID(S/ED/ING)", "EVADE(S/D/ING)" */
extern const char *const REFRAIN_WORDS[];  /* "REFRAIN(S/ED/ING)", "ABSTAIN(S/ED/ING)" */
extern const char *const SHUN_WORDS[];     /* "SHUN", "SHUNS", "SHUNNED", "SHUNNING" */
extern const char *const UNABLE_WORDS[];   /* "UNABLE", "INCAPABLE", "POWERLESS", "CAPABLE" */
extern const char *const COME_FALL_WORDS[]; /* "COME(S)", "CAME", ... "FELL", "FALLEN" */
extern const char *const PLAN_NOUNS[];     /* "PLAN(S)", "PROPOSAL(S)", ... "ROADMAP(S)" */
extern const char *const SIDE_PEOPLE_NOUNS[];   /* "SUPPORTER(S)", "PLANNER(S)", ... */
extern const char *const TOPIC_HEAD_NOUNS[]; /* "CASES", "ALLEGATIONS", "SUPPORT", ... */
/* The coder's table of built-in words (calloc'd; free it), or NULL when out of memory. */
/* tokens.c: word t's bytes as coder_wword keeps them (t->s has WWORD_LEN bytes readable:
 * the token buffer's room) and their hash, whose bits give its set and its tag. */
static inline uint64_t wword_hash(const coder_tok *t, uint64_t *t0, uint64_t *t1)
{
	uint64_t a, b;
	memcpy(&a, t->s, 8);
	memcpy(&b, t->s + 8, 8);
	int n = t->n;
	*t0 = n >= 8 ? a : a & ((1ull << (8 * n)) - 1);
	*t1 = n <= 8 ? 0 : n >= 16 ? b : b & ((1ull << (8 * (n - 8))) - 1);
	return *t0 * 0x9E3779B97F4A7C15ull ^ *t1 * 0xC2B2AE3D27D4EB4Full;
}
/* The set in c->wwords of a word of hash h (its slots are set * WWORD_WAYS on). */
static inline uint32_t wword_set(uint64_t h)
{
	return (uint32_t)(h >> 40) & (WWORD_SETS - 1);
}
/* The set of word t. */
static inline uint32_t wword_key(const coder_tok *t, uint64_t *t0, uint64_t *t1)
{
	return wword_set(wword_hash(t, t0, t1));
}
/* The tag of a word of hash h in c->wtags: other bits than its set's, never 0. */
static inline uint16_t wword_tag(uint64_t h)
{
	return (uint16_t)(h >> 16) | 1;
}
/* The kept word of token t, or NULL when its slot holds another word. */
static inline coder_wword *wword_of(khaldun_coder *c, const coder_tok *t)
{
	if (!t->ww)
		return NULL;
	uint64_t t0, t1;
	wword_key(t, &t0, &t1);
	coder_wword *e = &c->wwords[t->ww - 1];
	return e->n == t->n && e->t0 == t0 && e->t1 == t1 ? e : NULL;
}
coder_words *words_build(void);
/* Sets t->bt and t->wf from t's text (left as they are when it is no built-in word). */
void words_classify(const coder_words *ws, coder_tok *t);
/* 1 when token t is in one of the lists f (WF_ bits). */
static inline int tok_has(const coder_tok *t, unsigned f)
{
	return (t->wf & f) != 0;
}

/* match.c */
/* 1 when `rest` (n bytes) is a regular ending: noun endings, or verb endings when verbish
 * (`last`: the stem's last letter, for DEPLORE + D). */
int match_ending_ok(const char *rest, int n, int verbish, char last);

/* agent53: 1 when `rest` (n bytes) after a verb stem ending in `last` makes the word a plural
 * noun of those who do the deed: -ERS ("HACK": Hackers, "LOOT": Looters), -RS after E
 * ("INVADE": Invaders), -ORS ("ABDUCT": Abductors). Such a word is the doers, a noun, never
 * the verb, though a stem with no '_' is a prefix of it. The singular stays a match: "is the
 * most prominent dissenter from" tells of the deed as a predicate does. */
static inline int match_agent_noun(const char *rest, int n, char last)
{
	if (last == 'E')
		return n == 2 && rest[0] == 'R' && rest[1] == 'S';
	return n == 3 && (rest[0] == 'E' || rest[0] == 'O') && rest[1] == 'R' && rest[2] == 'S';
}

/* wordclass55: 1 when `rest` (n bytes) after a verb stem makes the word an adverb in -LY:
 * "REPEAT": Repeatedly, "REPORT": Reportedly, "ALLEGE": Allegedly, "JOIN": Jointly. Such a
 * word tells how or how often, never the deed. No verb stem of ours is a prefix of a verb in
 * -LY (REPLY, SUPPLY, RALLY are whole stems, rest empty). */
static inline int match_ly_adverb(const char *rest, int n)
{
	return n >= 2 && rest[n - 2] == 'L' && rest[n - 1] == 'Y';
}

/* word90: 1 when `rest` (n bytes) after a verb stem makes the word a noun of a state or a
 * creed in -SHIP or -ISM (and their plurals): "CENSOR": Censorship,
 * "PROTECT": Protectionism. Such a word names a thing, no side's deed ("hindered by state
 * censorship"); an exact word (CENSORSHIP in a phrase) still matches it. */
static inline int match_state_noun(const char *rest, int n)
{
	if (n && rest[n - 1] == 'S')
		n--;
	return (n >= 4 && !memcmp(rest + n - 4, "SHIP", 4)) ||
	       (n >= 3 && !memcmp(rest + n - 3, "ISM", 3));
}

/* word92: 1 when `rest` (n bytes) after a verb stem makes the word an adjective of what may
 * be done, in -ABLE or -IBLE, or its noun in -ABILITY/-IBILITY (and plurals): "DEPORT":
 * Deportable, "PUNISH": Punishable, "REGRET": Regrettable. Such a word says a deed could be
 * done to someone ("deem a non-citizen deportable"), never that a side did it; an exact word
 * (ACCOUNTABLE, DEPLORABLE in a phrase) still matches it. */
static inline int match_able_adjective(const char *rest, int n)
{
	static const char *const ends[] = { "ABLE", "IBLE", "ABILITY", "IBILITY", "ABILITIE",
					    "IBILITIE" };
	size_t i;

	if (n && rest[n - 1] == 'S')
		n--;
	for (i = 0; i < sizeof ends / sizeof *ends; i++) {
		int k = (int)strlen(ends[i]);
		if (n >= k && !memcmp(rest + n - k, ends[i], (size_t)k))
			return 1;
	}
	return 0;
}

/* wordsense147: 1 when `rest` (n bytes) after a stem makes the word an adjective of quality
 * in -IVE or -FUL (or its adverb in -IVELY, -FULLY): "SUPPORT": Supportive, "RESPECT":
 * Respectful, "PROTECT": Protective. Such a word tells what a side is like ("Beijing was not
 * supportive of the meeting"), no deed. A plural in -IVES is a noun ("explosives",
 * "initiatives") and is no match here; so is an -IVE word after an article ("an offensive"),
 * which the caller checks. */
static inline int match_quality_adjective(const char *rest, int n)
{
	if (n >= 2 && rest[n - 2] == 'L' && rest[n - 1] == 'Y')
		n -= 2;
	return n == 3 && (!memcmp(rest, "IVE", 3) || !memcmp(rest, "FUL", 3));
}

/* 1 when dictionary word e matches token t. endings: 0 none, 1 noun endings, 2 verb endings
 * (on a phrase's final exact word), 3 verb endings and, for a stem ending in E, its -ING form
 * (PRAISE: PRAISING; our projects' verbs, match_endings). Inline: the lookup and the pattern
 * loop call it for nearly every token and element. */
static inline int match_word(const dict_pel *e, const coder_tok *t, int endings)
{
	if (t->cls == C_COMMA || t->cls == C_QUOTE)
		return 0;
	/* fast reject on the first two bytes: every match below (the E-dropping one too,
	 * which needs len > 2) shares them with the word */
	if (e->len >= 2) {
		if (t->n < 2 || t->s[0] != e->text[0] || t->s[1] != e->text[1])
			return 0;
	} else if (e->len == 1 && (t->n < 1 || t->s[0] != e->text[0])) {
		return 0;
	}
	if (t->n < e->len || memcmp(t->s, e->text, e->len)) {
		/* verbs ending in E drop it before -ING, -ED, -EN, -ES (a stem: before -ING) */
		if ((endings == 3 || (endings == 2 && e->exact)) && !e->noend && e->len > 2 &&
		    e->text[e->len - 1] == 'E' && t->n > e->len - 1 &&
		    !memcmp(t->s, e->text, (size_t)e->len - 1)) {
			const char *r = t->s + e->len - 1;
			int rn = t->n - (e->len - 1);
			return (rn == 3 && !memcmp(r, "ING", 3));
		}
		return 0;
	}
	if (!e->exact)
		return endings != 3 ||
		       (!match_agent_noun(t->s + e->len, t->n - e->len, e->text[e->len - 1]) &&
			!match_ly_adverb(t->s + e->len, t->n - e->len) &&
			!match_state_noun(t->s + e->len, t->n - e->len) &&
			!match_able_adjective(t->s + e->len, t->n - e->len));
	if (t->n == e->len)
		return 1;
	if (!endings || e->noend)
		return 0;
	return match_ending_ok(t->s + e->len, t->n - e->len, endings >= 2, e->text[e->len - 1]);
}
void match_lookup(coder_sent *S);
/* The first index in [from, n) whose key is stamped in this sentence (or is no word node:
 * >= nstamp), or n (match.c): entries before it name a word in no token. */
int sent_next_stamped(const uint32_t *keys, int from, int n, const uint32_t *stamp,
		      uint32_t nstamp, uint32_t cur);
/* 1 unless word e (a PEL_WORD) is a prefix of no token of the sentence (nor, for a word
 * ending in E, of a token ending in ING without it), so that match_word cannot match it
 * anywhere; valid from match_lookup on. */
static inline int sent_may_have_id(const coder_sent *S, uint32_t id)
{
	const khaldun_coder *c = S->c;
	return id >= c->nstamp || c->stamp[id] == c->cur;   /* stamp[0] == cur: no id */
}
static inline int sent_may_have(const coder_sent *S, const dict_pel *e)
{
	return sent_may_have_id(S, e->id);
}
void match_resolve_actors(coder_sent *S);
/* 1 when t is a word of rank or tenure ("top", "outgoing") that names no side. */
int match_rank_word(const coder_tok *t);
void match_attach_agents(coder_sent *S);
void match_mark_nouns(coder_sent *S);
/* 1 when the base-form verb word at token i follows an unknown verb in -S: a noun. */
int match_noun_after_finite(const coder_sent *S, int i);
coder_actor *sent_new_actor(coder_sent *S, int pos);
const char *sent_agent_code(coder_sent *S, const dict_entry *ag);
/* Agent code ag ("~MIL") applied to actor code code (RUSGOV -> RUSMIL, RUS -> RUSMIL). */
const char *sent_apply_agent(coder_sent *S, const char *code, const char *ag, int former);

/* 1 when token i is not inside a deleted comma clause (inline: the hottest test of all). */
static inline int sent_live(const coder_sent *S, int i)
{
	return !S->t[i].deleted;
}

/* The actor (or pronoun) index at token i, or -1. */
static inline int sent_actor_at(const coder_sent *S, int i)
{
	if (i < 0 || i >= S->nt)
		return -1;
	const coder_tok *t = &S->t[i];
	if ((t->type == TY_ACTOR || t->type == TY_PRON) && t->actor >= 0)
		return t->actor;
	return -1;
}

/* actors.c */
void actors_compounds(coder_sent *S);
int actors_is_compound(const coder_sent *S, int ai);
int actors_subject_verb(const coder_sent *S, int ai);
int actors_verb_after(const coder_sent *S, int p);
/* shclause123: 1 when t is an adverb between a subject and its verb ("later", "reportedly"). */
int actors_subject_adverb(const coder_tok *t);
/* andsubj118: 1 when token p is a live verb in a past form ("arrested", "struck"). */
int actors_past_verb(const coder_sent *S, int p);
/* 1 when token t is a noun of a tie between two sides ("ally", "neighbour", "rival"). */
int actors_tie_noun(const coder_tok *t);
void actors_prune_compounds(coder_sent *S);
void actors_pronouns(coder_sent *S);
int actors_opener_pronoun(coder_sent *S, int lo, int v);
void actors_make_slot(coder_sent *S, int ai, coder_slot *s);
/* 1 when every target of tgt is one of the members of the compound source src: TABARI's
 * rule that a compound subject with no other actor is its own target ("Both Pakistan and
 * China ..."). */
int actors_own_compound(const coder_slot *src, const coder_slot *tgt);
/* 1 for the acts that coordinated parties do to each other: intents and meetings (CAMEO
 * 03-04: "agreed", "met"), diplomatic cooperation in general and signed agreements (050,
 * 057; not praise or support, 051-056), material cooperation (06), cutting relations (16)
 * and fighting (19: "clashed", "exchanged fire"). The rest (statements, appeals, support,
 * demands, criticism, rejection, threats, protest, coercion, assault) have a target of
 * their own, which a sentence that names none leaves open. */
int actors_mutual_code(const char *code);
/* a->codes becomes a new list of the one code (borrowed: it must live as long as the sentence
 * scratch, as a copy in it or a dictionary string does); ncodes is the caller's. Returns 0, or
 * -1 out of memory (a unchanged). */
int actors_set_code(coder_sent *S, coder_actor *a, const char *code);
int actors_slot_end(coder_sent *S, int ai);

/* clause.c */
void clause_delete_commas(coder_sent *S);
/* 1: comma c opens the post of a bare name after an inverted speech verb (clause.c). */
int clause_speaker_post(const coder_sent *S, int c);
int clause_members_aside(const coder_sent *S, int c);
int clause_naming_list(const coder_sent *S, int n);
/* Nouns of a person tied to another side without serving it ("critic", "rival"; syntree.c). */
extern const char *const OTHER_SIDE[];
void clause_time_shift(coder_sent *S);
int clause_complexity(coder_sent *S);
void clause_code(coder_sent *S);

/* pattern.c: tries one pattern on the verb at v..vend within [lo, hi); 1 and *out on a match */
int pat_try(coder_sent *S, const dict_pattern *pt, int v, int vend, int lo, int hi,
	    coder_match *out);

/* pattern.c: the first-bytes map of [from, to) in S->seen[which] (built when the range
 * changed), and 0 when no token there can match word e under match_word. */
const coder_seen *pat_seen_build(coder_sent *S, int which, int from, int to);
static inline const coder_seen *pat_seen(coder_sent *S, int which, int from, int to)
{
	const coder_seen *w = &S->seen[which];
	return w->ok && w->from == from && w->to == to ? w : pat_seen_build(S, which, from, to);
}
int pat_seen_may(const coder_seen *w, const dict_pel *e);

/* event.c */
/* Codes the verb at v in clause [lo, hi) into *cd; returns 1 when it yields an event,
 * 0 when not, -1 when the sentence is discarded or complex. */
int event_code_verb(coder_sent *S, int v, int lo, int hi, const coder_slot *carried,
		    const coder_slot *keep, coder_cand *cd);
void event_emit(coder_sent *S, const coder_cand *cd);
const char *sent_span_text(coder_sent *S, int from, int to);
/* Appends event e unless the sentence has it already (same source, target and code) or holds
 * its limit of events (counted in events_dropped); -1 when out of memory. e's strings are
 * views the caller keeps alive (the scratch arena). c->events may move: a caller holding
 * &c->events[i] takes it again after the call (ctxgroup.c context_country_groups did not,
 * and read a freed array). */
int event_add(khaldun_coder *c, const khaldun_event *e);
/* Binds slot s to the null actor "---" (an event side nowhere in the sentence, news); s
 * stays empty when the scratch arena is full. */
void event_null_slot(coder_sent *S, coder_slot *s);
/* The pos (and end) of a side with no words in the sentence: a default actor or a null side
 * (event_null_slot), whose text may still be the verb's object phrase (event.c). */
#define ACTOR_NO_WORDS (-1)
/* The pos of a null side that stands for no phrase at all, not even the verb's object
 * ("told Reuters": the channel, synnews.c). */
#define ACTOR_NO_PHRASE (-2)
/* The byte offset in the sentence of text: where sent_span_text took it, else its first
 * occurrence (a phrase made elsewhere); -1: not in the sentence. */
int sent_text_offset(coder_sent *S, const char *text);
/* Gives each event's actor text that is an actor's own words the whole phrase it stands in
 * (actor_text): called once every rule of the sentence has read the own words, so that a
 * phrase's extent changes the texts reported, never a code. */
void sent_widen(coder_sent *S);
/* First actor in [from, to) whose code differs from `other` (NULL: any); backward if rev. */
int sent_find_actor(coder_sent *S, int from, int to, const coder_slot *other, int rev,
		    coder_slot *out);

/* context.c: story context (see coder.h), applied to a sentence's events once it is coded */
void context_sentence_end(coder_sent *S);
/* context.c: the source of an event of no known side that story context may still place
 * ("He called the ruling arbitrary", "Zamora dismissed the charges"): "---" by its bytes,
 * told apart by its address; context_sentence_end drops the event if no rule placed it. */
extern const char context_open_source[];
/* context.c: the code a subject pronoun at token i that opens the sentence (or follows a
 * fronted phrase and its comma) stands for (the previous sentence's subject actor, in a
 * story), or NULL. */
const char *context_pronoun(coder_sent *S, int i, int kind);
/* context.c, kindposs118: the code of the bare agent ag after the possessive "Its" opening
 * the sentence at token i (the previous subject's country's agent), or NULL. */
const char *context_possessive_agent(coder_sent *S, int i, const char *ag);
/* context.c, possrole170: 1 when token k opens the sentence (only quotes, commas and lead-in
 * words before it, or a fronted phrase and its comma). */
int context_opens_sentence(const coder_sent *S, int k);
/* A definite description of a group ("the group", "the separatist group", "the attackers")
 * that opens the sentence (or follows a fronted phrase and its comma) before token `before`
 * stands for the previous sentence's subject when that is a group that is no state and the
 * only source of its sentence: returns the description's noun token and sets *code
 * (scratch), else -1. */
int context_description(coder_sent *S, int before, const char **code);
/* The previous sentence's subject code (scratch) for the speaker pronoun at token i after a
 * quote ('"...," he said'): HE/SHE for a person, THEY for what is not one; NULL: none. */
const char *context_quote_pronoun(coder_sent *S, int i);
/* context.c: 1 when token i is inside a quotation: a quote mark before it, or the first one
 * after it closes a quote (no space before it) opened in an earlier sentence ('He was hunted
 * down by our warfighters," Trump wrote'; not 'He added, "Believe me ...'). */
int context_quoted_at(const coder_sent *S, int i);
/* context.c, for the story-context files (ctxfall.c): the story's country so far (NULL: none
 * dominates; *times: how often it was named), 1 when the sentence's actors name another
 * country than cc, and an event's new sides (NULL: unchanged) noted "role: why". */
const char *context_story_country(const coder_context *x, int *times);
int context_names_other(coder_sent *S, const char *cc);
void context_set_sides(coder_sent *S, khaldun_event *e, const char *s, const char *t,
		       const char *why);
/* a bare domestic sector ("~CVL") with country cc ("LBNCVL"); NULL: not one, or not home */
const char *context_with_country(coder_sent *S, const char *code, const char *text,
				 const char *cc);
/* ctxfall.c: an unplaced person or group (---) takes the story's country; what a side's
 * phrase is ("pronoun", "name", "group", or NULL: not a person or group) */
void context_fallback(coder_sent *S);
const char *context_person_phrase(coder_sent *S, const char *text, int target);
/* ctxfall.c: 1 when a word (n bytes, any case) is a kin noun ("daughter", "SON-IN-LAW"); the
 * one list kin128, spanppl171 and namejr173 read */
int context_kin_noun(const char *w, size_t n);
/* ctxfall.c: 1 when a word (n bytes) is a group word or a kin noun ("groups", "daughter") */
int context_people_noun(const char *w, size_t n);
/* ctxfall.c: a bare-role source takes its twin's country (one source phrase, two events) */
void context_twin_sources(coder_sent *S);
/* context.c: the length of the name whose possessive opens text ("Mhlanga's arrest"), or 0 */
size_t context_possessor(const char *text);
/* ctxhome.c: a bare "Congress", "the Senate", "the House" nothing placed is the U.S.'s */
void context_home_house(coder_sent *S);
/* ctxobj.c: a target "him" or "her" is the person named before it who is not the source */
void context_object_pronouns(coder_sent *S);
/* ctxobj.c: the words of event e's target, its own or those sent_widen() gives it later */
const char *context_target_words(const coder_sent *S, const khaldun_event *e);
void context_keep_people(coder_sent *S);   /* after any sentence: its people */
/* ctxvenue.c: a gathering's owner ("on the sidelines of a meeting of ECOWAS") is no target */
void context_venue_targets(coder_sent *S);
/* ctxbloc.c: the story's international court (NULL: none, or two), and whether a side's
 * phrase is a bare "the court" */
const char *context_story_court(coder_sent *S);
int context_court_phrase(const char *text);
int context_council_phrase(const char *text);
int context_title_ambiguous(const coder_context *x, const char *text);
/* ctxtitle.c: the person whose lawyers or kin a phrase names ("lawyers for Moyo": "Moyo"),
 * copied into out; NULL when none */
const char *context_rep_person(const char *text, char *out, size_t n);
const char *context_council_code(const char *body);
/* ctxgroup.c: a group phrase's side takes the member it names ("such as X") */
void context_members(coder_sent *S);
/* ctxgroup.c: "the two countries", "the trio" take the countries named before them */
void context_country_groups(coder_sent *S);
/* ctxgroup.c: 1 when country code cc (three letters) is a region's ("EUR", "AFR") */
int context_region(const char *cc);
void context_keep_group(coder_sent *S);   /* after a sentence: its countries, if two or more */
void context_keep_last(coder_sent *S);    /* after any sentence: the countries it named */
/* ctxquote.c: a quote's first person with a pronoun speaker ('"I ...," he said') is the
 * previous sentence's subject */
void context_quote_speaker(coder_sent *S);
/* ctxquote.c: 1 when the quote's pronoun speaker ('," he said') is the previous subject */
int context_speaker_is_subject(coder_sent *S);
int context_quote_speaker_at(const coder_sent *S, int i);
/* ctxquote.c: a quotation opening a sentence with no speaker of its own goes on from the
 * previous sentence's statement: its "I", "We" is that statement's speaker */
void context_quote_goes_on(coder_sent *S);
/* ctxquote.c: coref83: a quotation that opens a sentence and runs on past it takes the
 * speaker its closing mark names later ('"We hoped ... . Sadly, that failed," Saleh said') */
void context_quote_ahead(coder_sent *S);
/* Without the parse: a quotation's first person is the speaker its tail names ('...," Trump
 * declared'). */
void context_quote_tail_speaker(coder_sent *S);
/* ctxquote.c: the speaker a quotation's tail names (code; its phrase in *words), NULL: none */
const char *context_tail_speaker(coder_sent *S, const char **words);
/* shquotei163: last, a first person still "---" takes the words of the tail's uncoded name */
void context_quote_tail_name(coder_sent *S);
/* context.c: the code of the person named before in the story that the words name again
 * ("Mwangi" after "Peter Mwangi" was KENGOV); NULL when none or two such people */
const char *context_named_code(coder_sent *S, const char *text);
int context_full_name(const char *text);
int context_unnamed_surname(const coder_sent *S, const char *text);
/* The next plain word of a text after spaces (ctxact.c): 0 when empty, a possessive or (not
 * first) a capital. */
int context_plain_word(const char **p, int first, const char **w, size_t *n);
/* ctxquote.c: 1 when the sentence is a quotation going on with no speaker of its own (it
 * opens or closes a quote, and no speech verb follows the closing mark) */
int context_quote_continues(const coder_sent *S);
/* ctxquote.c (quoteb108): 1 when the sentence opens with a quote whose speaker, named
 * after it, is text */
int context_quote_spoken_by(const coder_sent *S, const char *text);
/* ctxquote.c (ctxwe168): 1 when text is the quote's first person and a pronoun after the
 * quote names the subject as its speaker */
int context_quote_we_spoken(coder_sent *S, const char *text);
/* ctxquote.c (quoteb108): 1 when text is in the sentence right before a speech verb */
int context_source_says(const coder_sent *S, const char *text);
/* ctxquote.c: a quotation's "our" plus a bare role (~MIL) takes the country of the speaker
 * named after it */
void context_quote_our(coder_sent *S);
/* ctxquote.c: a quotation's "you" is the side its speaker "told" it to */
void context_quote_you(coder_sent *S);
/* ctxquote.c: 1 when a side's words open with "their" and the speaker named after the
 * quotation is of country cc: the other side, not the speaker's */
int context_quote_theirs(coder_sent *S, const char *text, const char *cc);
/* ctxtitle.c: "the spokesperson" is the one actor of that title named before in the story */
void context_titles(coder_sent *S);
void context_keep_titles(coder_sent *S);   /* after a sentence: its actors' titles */
/* ctxdeny.c: a denial of "the accusation" aims at the story's accuser of the denier */
void context_denials(coder_sent *S);
void context_keep_accusations(coder_sent *S);   /* after a sentence: its accusations */
/* ctxact.c: a reaction to "the launch" aims at the author of the story's last launch */
void context_act_authors(coder_sent *S);
void context_act_doers(coder_sent *S);   /* "The strikes killed ...": the act's author */
void context_keep_acts(coder_sent *S);   /* after a sentence: its acts' authors */
void context_doc_authors(coder_sent *S);   /* "The assessment said ...": the text's author */
void context_keep_docs(coder_sent *S);   /* after a sentence: the text a side put out */

/* news.c */
int news_noun(coder_sent *S, int i);
int news_time_adverb(const coder_tok *t);   /* "later", "also", "still" */
int news_person_not_country(const coder_sent *S, int i, const char *code);
int news_other_given_name(const coder_sent *S, int i);   /* "Ivanka Trump" */
int news_name_suffix(const coder_sent *S, int i);   /* "Donald Trump Jr." */
int news_kin_possessor(const coder_sent *S, int i);   /* "Putin's daughter" */
const char **news_kin_country(coder_sent *S, const char **codes, int n);
int news_possessed_person(const coder_sent *S, int ai);   /* "Libya's Khalifa Haftar" */
int news_unknown_name_word(const coder_sent *S, int i);   /* "Fitzgerald" */
int news_service_name(const coder_sent *S, int i);   /* "VOA's Russian Service" */
int news_cause_country(coder_sent *S, int i);   /* "pro-EU protesters" */
int news_pact_name(const coder_sent *S, int i, const char *code);   /* "the Doha accord" */
int news_org_name_place(const coder_sent *S, int i);   /* "the Carnegie Russia ... Center" */
int news_pair_bond(const coder_sent *S, int i);   /* "Turkey-Israel relations" */
void news_us_places(coder_sent *S);   /* "Paris, Texas", "Georgia Governor": USA */
int news_lead_in(coder_sent *S, int from, int to);
int news_irregular_past(const coder_tok *t);   /* "struck", "began", "spoke" */
/* The first token of a comma part [from, to) opening the sentence, past the quote mark of a
 * quotation that opens there and goes on after the comma: from + 1 then, -1 when that quote
 * closes at the comma or its clause reports speech itself; else from. */
int news_quoted_opener(coder_sent *S, int from, int to);
/* context.c: 1 when tokens [from, k) are a time phrase alone ("In April", "Last week",
 * "Earlier this month"): at most five words, at least one time word, no actor. */
int context_time_lead(const coder_sent *S, int from, int k);
int news_open_subject(coder_sent *S, int lo, int v, coder_slot *out);
/* Tokens [from, to] (live or not) as an open actor, coded by its agent or "---"; 0: none
 * (out of the sentence, an unresolved pronoun, no word, over ten tokens). */
int news_open_span(coder_sent *S, int from, int to, coder_slot *out);
int news_named_subject(coder_sent *S, int lo, int v, coder_slot *out);
int news_led_by_subject(coder_sent *S, int lo, int v, coder_slot *out);   /* actor79 */
int news_pronoun_subject(const coder_sent *S, int lo, int v);   /* shsaid54 */
int news_relative_cut(const coder_sent *S, int lo, int v);   /* srcsh92 */
int news_participle_cut(const coder_sent *S, int lo, int v);   /* clauseat117 */
int event_relative_aside(const coder_sent *S, const coder_slot *src, const coder_actor *a,
			 int v);   /* relcl107 */
/* Without the parse: a conjunction's clause [lo, v) with a subject of its own before its verb
 * ("..., and four of them blew themselves up"); 0: none. */
int news_conj_subject(coder_sent *S, int lo, int v, coder_slot *out);
int news_bare_conjunct(coder_sent *S, int lo, int v, const coder_slot *keep);
int news_comma_tail(coder_sent *S, int lo, int v, const coder_slot *keep, coder_slot *src);
int news_verbless_subject(coder_sent *S, int lo, int hi, coder_slot *first);
int news_pronoun_doer(coder_sent *S, int lo, int v, coder_slot *out);
int news_open_object(coder_sent *S, int vend, int hi, coder_slot *out);
int news_opening_prep(const coder_sent *S, int f);
/* objposs51: the plan noun of "blocked X's plan to ..." after the verb (its possessor in
 * *owner), or -1. */
int news_plan_owner(coder_sent *S, int vend, int hi, coder_slot *owner);
/* The bare agent phrase right after the verb that a pattern skips, followed by OF before the
 * pattern's first word after the verb at first ("accused the army of rigging"), as an open
 * actor; 0: none. */
int news_agent_object(coder_sent *S, int vend, int first, coder_slot *out);
int news_negated(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_denied_rejection(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_adverb_denied(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_nobody_did(coder_sent *S, int v, int lo);
int news_charged_gerund(coder_sent *S, int v, int lo);
int news_speech_venue(const coder_sent *S, const coder_slot *s);
int news_future_denied(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_yet_undone(coder_sent *S, int v, int lo);
int news_asked_conjunct(const coder_sent *S, int v, const dict_evcode *c);
int news_asked_first(const coder_sent *S, int v, const dict_evcode *c);
int news_undone_frame(const coder_sent *S, int v, int lo, const dict_evcode *c);
int news_merited_deed(const coder_sent *S, int v, int lo);
int news_risked_deed(const coder_sent *S, int v, int lo);
int news_faced_deed(const coder_sent *S, int v, int lo);
int news_said_nothing(const coder_sent *S, int v);
int news_feared_clause(const coder_sent *S, int v);
int news_opening_condition(const coder_sent *S, int v);
int news_conditioned_modal(const coder_sent *S, int v, int lo);
int news_hoped_clause(const coder_sent *S, int v);
int news_likened_clause(const coder_sent *S, int v);
int news_unseen_clause(const coder_sent *S, int v);
int news_called_deed(const coder_sent *S, int v, int lo);
int news_failed_aim(const coder_sent *S, int v);
int news_missed_deed(const coder_sent *S, int v, const char *a);
int news_withheld(const coder_sent *S, int v);
int news_thing_noun(const coder_tok *t);   /* "the law", "the deal" */
int news_thing_subject(const coder_sent *S, int v, const char *a);
int news_thing_relative(const coder_sent *S, int v, const char *a);   /* verb95 */
int news_thing_agent(const coder_sent *S, int v, const char *a);   /* verb95 */
int news_armed_encounter(coder_sent *S, int v);   /* verb95: "were met by gunmen" */
int news_likely_clause(const coder_sent *S, int v, int lo);
int news_judged_likely(const coder_sent *S, int v, int lo, const dict_evcode *c);
int news_modal_subject(const coder_sent *S, int v, int lo);
int news_standing_subject(const coder_sent *S, int v, int lo);
int news_must_follows(const coder_sent *S, const coder_actor *a);
/* pattern.c: the last token of actor a's phrase ending at end, with its agent when that agent
 * stands right after it ("the Ugandan government": "government"); end when none. */
int pattern_agent_end(const coder_sent *S, const coder_actor *a, int end);
int news_report_opens(const coder_sent *S);
int news_said_content(const coder_sent *S, int v);
int news_quoted_must(const coder_sent *S);
int news_needed_deed(const coder_sent *S, int v, int lo);
int news_aimed_deed(const coder_sent *S, int v, int lo, const dict_evcode *c);
int news_modal_means(const coder_sent *S, int v, int lo);
int news_must_deed(const coder_sent *S, int v, int lo, const dict_evcode *c);
int news_any_condition(const coder_sent *S, int v, int lo);
int news_looked_forward(const coder_sent *S, int v, int lo);
int news_intent_to(const coder_sent *S, int v, int lo);
int news_warned_state(const coder_sent *S, int v);
int news_warned_forecast(coder_sent *S, int v, const coder_slot *src);
int news_hoped_appeal(coder_sent *S, int v, const coder_slot *src);
int news_told_object(coder_sent *S, int v, int vend, const coder_slot *src,
		     coder_slot *tgt);   /* newsmodal.c: shtoldtgt164 */
int news_told_demand(coder_sent *S, int v, const coder_slot *src, coder_slot *tgt,
		     int *should);
int news_warned_appraisal(coder_sent *S, int v, const coder_slot *src);
int news_concern_deed(const coder_sent *S, int v, const coder_slot *tgt);
int news_plan_for_gerund(const coder_sent *S, int v);
int news_reason_gerund(const coder_sent *S, int v, int lo);
int news_background_clause(const coder_sent *S, int v, int lo);
int news_ended_war_toll(const coder_sent *S, int v, const dict_evcode *c);
int news_since_tally(const coder_sent *S, int v);
int news_relative_biography(const coder_sent *S, int v);
int news_recalled_aside(const coder_sent *S, int from, int to);
int news_old_era(const char *mod, size_t mn, const char *head, size_t hn);
int news_month(const char *s, size_t n);
int news_recent_time(const char *s, size_t n);
int news_old_year_tok(const coder_sent *S, const coder_tok *y);
int news_questioned(coder_sent *S, int v);
int news_direct_question(const coder_sent *S, int v);
int news_question_mark(const coder_sent *S, int q);
int news_hypothetical(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_verbal_modal(coder_sent *S, int v, int lo, const dict_evcode *c);
const char *news_future_threat(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_reported_will(const coder_sent *S, int v, int lo, const dict_evcode *c);
int news_held_out(const coder_sent *S, int v, int lo, const char *a);
int news_condition_actor(const coder_sent *S, int c);
int news_looked_to(const coder_sent *S, int v, int lo);
int news_stand_charged(const coder_sent *S, int k, int v);
int news_passive_by(const coder_sent *S, int v, int vend, int lo, int send);
int news_coordinated_participle(const coder_sent *S, int v);
int news_deed_noun_by(const coder_sent *S, int v, int vend, int lo);
int news_deed_of_by(const coder_sent *S, int v, int vend, int tpos, int tend);
int news_by_agent(coder_sent *S, int by, int hi, coder_slot *doer);
int news_unnamed_pronoun_subject(const coder_sent *S, int lo, int v, int it_too);
int news_told_press_pronoun(const coder_sent *S, int lo, int v);   /* hopeconv159 */
int news_pronoun_side(const coder_sent *S, int v, int *passive);   /* shgap168 */
int news_hope_to(const coder_sent *S, int lo, int v);   /* hopedef160 */
int news_pronoun_teller(coder_sent *S, int lo, int v, coder_slot *out);   /* hopeconv159 */
int news_pronoun_speaker(coder_sent *S, int lo, int v, coder_slot *out);
int news_passive_aux(const coder_sent *S, int lo, int v);
/* saidextra123: 1 when the 01x verb at v is a passive "said"/"reported" with no "by" */
int news_unspoken_report(const coder_sent *S, int v, const char *a);
/* passive51: 1 when event code a is a coercive deed only a state does to people (172
 * administrative sanctions, 173 arrest or charge, 174 expel or deport). */
int news_state_coercion(const char *a);
/* passive51: "XXXGOV", the authorities of the country of actor code place, else (NULL or no
 * country) of the story's country when the context knows one; NULL: neither. */
const char *news_authorities(coder_sent *S, const char *place);
/* passive51: without the parse, the preposition token (IN, AT, TO, FROM) right before the
 * phrase of the actor at pos ("the" between allowed), within four words after the verb's
 * last word vend (eight when a preposition follows the verb at once: shpass52) with no
 * comma, clause word, subject pronoun or other actor between; -1: none. */
int news_prep_phrase(const coder_sent *S, int vend, int pos);
/* shpass52: 1 when a clause word, subject pronoun or verb not in -ing stands between token
 * vend and the actor at pos (the actor is a later clause's). */
int news_later_clause(const coder_sent *S, int vend, int pos);
int news_subject_place(const coder_sent *S, int send, int pos, int pend, int v);
/* passive63: the actor at pos is in an "under" phrase after the passive verb's end vend */
int news_under_phrase(const coder_sent *S, int vend, int pos);
int news_under_ruler(const coder_sent *S, int vend, int pos, int end, const char *a);
/* passive55: 1 when the actor at pos is the "with" side of a fight ("in a clash with X")
 * right after the passive verb ending at vend: the doer. */
int news_fight_with(const coder_sent *S, int vend, int pos);
/* misc52: without the parse, the subject of a "when" clause right after a passive verb ending
 * at vend, its doer; -1: no such clause, 0: it names no one, 1: *doer set. */
int news_when_doer(coder_sent *S, int vend, int hi, coder_slot *doer);
int news_by_doer(coder_sent *S, int by, int hi, coder_slot *doer);
/* participle53: 1 when token t is a participle of ownership, command, use or making ("a
 * company operated by", "a measure floated by"): its agent stands for the noun's side. */
int news_owning_participle(const coder_tok *t);
/* participle53: 1 when token p is a past participle modifying the noun before it (a
 * reduced relative: "schoolgirls kidnapped by ..."). */
int news_relative_participle(const coder_sent *S, int p);
int news_participle_object(const coder_sent *S, int pos, int end, int agent);
int news_noun_subject_passive(const coder_sent *S, int v, int vend, int pos, int end,
			      int agent);
/* passive91: 1 when the actor at pos is the object of the preposition of a participle right
 * after the deed noun ending at vend ("Sanctions imposed on Cuba"): the target. */
int news_deed_participle_object(const coder_sent *S, int vend, int pos);
/* passive89: the actor at tokens [pos, end] is the giver of "given it by X to V" (V at v) */
int news_giver_agent(const coder_sent *S, int pos, int end, int v);
/* participle53: 1 when the actor at pos is the "by" agent of a reduced relative after token
 * vend ("in a deal brokered by X"): no side of the verb ending at vend. */
int news_relative_agent(const coder_sent *S, int vend, int pos);
/* source95: the first actor after the verb owns the verb's object noun by a "by" phrase
 * ("blamed travel restrictions by Ghana"): no doer of the verb. */
int news_object_owner_after(const coder_sent *S, int vend, int hi);
/* participle53: 1 when the verb at v is such a reduced relative with "by" right after it,
 * after the clause's own verb (from lo): its agent does it to the noun before it. */
int news_relative_deed(const coder_sent *S, int v, int vend, int lo, int hi);
int news_contact_not_made(coder_sent *S, int v, int lo, const dict_evcode *c);
int news_speaker_elsewhere(coder_sent *S, int v, const dict_evcode *c, const coder_slot *src);
void news_post_speaker(coder_sent *S, int v, coder_slot *src);
int news_pre_name(const coder_sent *S, int v, int p, int *c, int *e);
void news_pre_speaker(coder_sent *S, int v, coder_slot *src);
int news_post_name(const coder_sent *S, int v, int p, int *nf, int *nt, int *end);
int news_clause_source(const coder_sent *S, int vend, const coder_slot *src);
int news_target_place(const coder_sent *S, int v, const dict_evcode *c, const coder_slot *tgt);
int news_place_phrase(const coder_sent *S, int v, int p);
int news_nationality_form(const coder_tok *t);
int news_people_word(const coder_tok *w);
int news_cargo_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt);
int news_said_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt);
int news_motion_place(const coder_sent *S, int vend, const char *a, const coder_slot *tgt);
int news_dated_owner(const coder_sent *S, const coder_slot *tgt);
const char *news_rival_code(coder_sent *S, const char *xc);
const char *news_rival_object(coder_sent *S, int vend, const coder_slot *tgt);
/* mediation53: 1 when every member of s is a mediator named around the deed ("under
 * Turkish mediation", "with the help of X", "a Qatari-brokered truce"): no side of it. */
int news_mediator_slot(const coder_sent *S, const coder_slot *s);
/* mediation53: 1 when actor a is such a mediator. */
int news_mediator_actor(const coder_sent *S, const coder_actor *a);
/* 1 when actor y's words name a country itself in the gazetteer, the country cc. */
int news_names_country(const coder_sent *S, const coder_actor *y, const char *cc);
int news_protest_party(coder_sent *S, const dict_evcode *c, const coder_slot *tgt,
		       coder_slot *out);
int news_told_press(const coder_sent *S, const coder_slot *s);
int news_speech_place(const coder_sent *S, const coder_slot *s);   /* toldin168 */
int news_reporting_press(const coder_sent *S, int v, const coder_slot *src, const char *code);
int news_quoted_wrong(coder_sent *S, int v, const char *a, coder_slot *doer);
/* speaking53: the participle clause set off after the subject or opening the sentence
 * ("X, speaking after talks with Y, said"): [*from, *to], and where the main subject is
 * sought (0 or *to + 1); -1: none. */
int news_participle_frame(const coder_sent *S, int *from, int *to);
int news_meeting_opener(const coder_sent *S, int i);
int event_meeting_frame(coder_sent *S, const coder_cand *cands, int nc, coder_cand *out);
int news_charged_side(const coder_sent *S, int v, int vend, int *deed);   /* shacc50 */
int news_judged_side(const coder_sent *S, int v, int vend, const char **code);   /* accuse60 */
int news_claimed_side(const coder_sent *S, int v, int vend, const coder_slot *src);
int news_named_judgement(const coder_sent *S, int v, int vend);   /* judgelist150 */
int news_claimed_deed(coder_sent *S, const coder_cand *cd, coder_cand *out);   /* content138 */
/* shaccpass173: "X was responsible for the killing of Y": the deed by X */
int news_responsible_deed(coder_sent *S, coder_cand *out);
int news_quoted_target(const coder_sent *S, int v, int vend, const dict_evcode *c,
		       const coder_slot *tgt);   /* shsay60 */
int news_unsaid_question(const coder_sent *S, int v, int vend);   /* shsay60 */
int news_charged_deed(const coder_sent *S, int v);
int news_generic_asked(const coder_sent *S, int lo, int v);
int news_private_travel(const coder_sent *S, int v, const char *a, const coder_slot *src);
int news_aged_private(const coder_sent *S, int v, const char *a, const coder_slot *src);
int news_barred_from(const coder_sent *S, int f);
int news_barred_entry(coder_sent *S, int v, int lo, int hi, const char *a, coder_slot *src,
		      coder_slot *tgt);
int news_anonymous_private(const coder_sent *S, int v, const coder_slot *src);
int news_generic_people(const coder_sent *S, int lo, int v);
int news_generic_dash(const coder_sent *S, int lo, int v);
int news_crowd_talk(const coder_sent *S, int lo, int v, const char *code);
int news_sector_only(const coder_actor *x);
int news_comment_code(const char *a);
int news_observer_statement(const coder_sent *S, int v, const char *a);
/* boiler54: "spoke on condition of anonymity", "the anniversary of the attacks": none */
int news_framed_deed(const coder_sent *S, int v);
int news_dated_deed(const coder_sent *S, int v);
/* false135: "Jailed Bahraini activists went on ...": a modifier, no deed (news.c) */
int news_fronted_participle(const coder_sent *S, int v, const char *code);
/* sense65: "the report was released": publication, no 0841 (news.c) */
int news_released_document(const coder_sent *S, int v, int vend, const char *a);
/* sense70: "forced the farmers out of business": ruin, no coercion (news.c) */
int news_ruined_out(const coder_sent *S, int vend, const char *a);
int news_onlooker_guess(const coder_sent *S, int v, const char *a);
int news_onlooker_wish(const coder_sent *S, int v, const char *a);
int news_said_gloss(const coder_sent *S, int v);   /* srcsh86: "X said, talking about" */
int news_speaker_relative(const coder_sent *S, int lo, int v, const coder_slot *sl);
int news_described_people(const coder_sent *S, int lo, int v, const coder_slot *src,
			  const coder_slot *tgt);
int news_denied_deed(const coder_sent *S, int v);   /* blame50: "said it did not harbor" */
int news_reported_subject(coder_sent *S, int lo, int v, int *spk, coder_slot *open);
int news_befallen_speaker(const coder_sent *S, int v, const coder_slot *src, int *spk);
int news_speaker_pair(const coder_sent *S, int v, int vend, const char *a,
		      const coder_slot *src, const coder_slot *tgt);
int news_under_other(const coder_sent *S, int v, const coder_slot *tgt);
int news_own_subject(const coder_sent *S, int lo, int hi);
int news_own_passive(const coder_sent *S, int v, int vend, const char *a, const coder_slot *src,
		     int *spk);
int news_quote_speaker(const coder_sent *S, int vend, const coder_slot *tgt);
int news_country_plan(coder_sent *S, int v, int vend, coder_slot *src);   /* quotesrc155 */
/* shquote136: --shallow, the speaker of a passive threat with no doer in a quotation */
int news_compelled_threat(const coder_sent *S, int v, int lo);
int news_passive_threat(coder_sent *S, int lo, int v, int vend, const char *a,
			coder_slot *spk);
int news_reported_wrong(coder_sent *S, int v, int vend, const char *a, const coder_slot *src,
			const coder_slot *tgt, coder_slot *spk, coder_slot *doer);
int news_gerund_report(const coder_sent *S, int v, int vend);
int news_concessive_target(const coder_sent *S, const char *a, const coder_slot *src,
			   const coder_slot *tgt);
int news_concessive_source_from(const coder_sent *S, int lo, int v);   /* srcsh86 */
int news_caused_doer_from(const coder_sent *S, int lo, int v);   /* srcsh89 */
int news_among_listed(coder_sent *S, int v, coder_slot *out);
int news_relative_passive(const coder_sent *S, int v, int vend, const coder_slot *src);
int news_relative_report(const coder_sent *S, int lo, int v, const coder_slot *src);
int news_doerless_report(const coder_sent *S, int v, int vend, const char *a,
			 const coder_slot *src);
int news_copula_predicate(const coder_sent *S, int v, int tp);
int news_target_list(const coder_sent *S, int v, const dict_evcode *c, const coder_slot *src,
		     const coder_slot *tgt);
void news_np_extent(coder_sent *S, const coder_actor *a, int verb, int vend, int *from, int *to);
/* shspan118: --shallow, the head noun a name ending the phrase at t modifies (news.c) */
int news_np_head(coder_sent *S, const coder_actor *a, int verb, int f, int t);
/* shspan118: --shallow, the phrase's first word with the count before it (news.c) */
int news_np_count(coder_sent *S, int f);
/* shactor118: --shallow, the phrase's last word with an apposition or example list (news.c) */
int news_np_tail(coder_sent *S, int f, int t, int verb, int appos);
size_t news_drop_boilerplate(khaldun_coder *c, const char *text, size_t len, const char **out);
const char *news_blank_question_frame(khaldun_coder *c, const char *text, size_t len);
/* helpers that two of the news*.c files share (news.c's unless said) */
int adverbish(const coder_tok *t);   /* "-ly" adverb, auxiliary or number */
int open_actor(coder_sent *S, int from, int to, coder_slot *out);
int naming_participle(const coder_sent *S, int r, int v);   /* "the group known as" */
int pronoun_urged(const coder_sent *S, int k, int lo);   /* "they should ..." */
int obliging_to(const coder_sent *S, int k);   /* "has to", "must" */
int speech_or_report(const coder_tok *t);   /* a verb of speech or report */
int news_appeal_word(const coder_tok *t);   /* "urged", "called", "asked" */
int news_urged_clause_target(const coder_sent *S, int v, const coder_slot *s); /* shobj163 */
int stance_after_be(const coder_sent *S, int b);   /* newsspeech.c */
int past_modal_deed(const coder_sent *S, int k);   /* newsspeech.c */
int of_clause(coder_sent *S, int j, int hi);
int news_attempt_verb(const coder_tok *t);   /* "tried", "struggling" */
int intent_to_at(const coder_sent *S, int lo, int i);   /* "plans to", "is set to" */
int phrase_slot(coder_sent *S, int from, int to, const char *code, coder_slot *out);
/* newsmodal.c helpers that news.c reads too */
int vow_word(const coder_tok *t);   /* "vowed", "pledged" */
int to_of(const coder_sent *S, int v, int lo);
int modal_reach(const coder_sent *S, int v, int lo);
int reported_would(const coder_sent *S, int k);
int news_noun_det(const coder_tok *t);   /* "a", "the", "new" */
/* newsdoer.c helpers that news.c reads too */
int news_ruler_noun(const coder_tok *t);   /* "rule", "control", "occupation" */
#endif
