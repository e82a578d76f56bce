/*
 * sent.h - the coder's view of one sentence: tokens, actors, slots (what a source or target
 * is bound to), and the helpers the coder's modules share. Everything here lives in the coder's
 * scratch arena for one sentence; nothing is kept between sentences.
 */
#ifndef KH_SENT_H
#define KH_SENT_H
#include "coder/coder.h"

#define MAX_TOKENS 512
#define MAX_WORD 63
#define MAX_MEMBERS 64
#define MATCH_BUDGET 200000

enum tok_cls { C_WORD, C_COMMA, C_QUOTE, C_NUMBER };
enum tok_type {
	TY_NULL, TY_ACTOR, TY_AGENT, TY_NOUN, TY_ADJ, TY_VERB, TY_TIME, TY_ATTRIB, TY_LIT,
	TY_PRON, TY_DET, TY_CONJ, TY_COMMA, TY_AUX, TY_BY, TY_NUM, TY_FORMER
};

typedef struct {
	const char *s;       /* upper-case text (scratch) */
	int n;
	int ostart, olen;    /* the token's bytes in the normalised sentence */
	uint8_t cls, type, cap, deleted, in_compound_conj;
	uint8_t clause_break;    /* news: a comma that opens a participial clause */
	uint8_t hyphened;        /* written right after a hyphen ("Russia-backed") */
	const entry *ent;    /* phrase head: the entry */
	int end;             /* phrase head: last token of the match */
	int head;            /* literal tail: its head (-1 otherwise) */
	int actor;           /* actor index for actor heads and pronouns, -1 otherwise */
} tok;

typedef struct {
	int pos, end;             /* tokens */
	const char **codes;       /* resolved codes (coded compounds give several) */
	int ncodes;
	const entry *ent;
	const entry *agent;
	int group;                /* parsed compound group, -1 if none */
	int ref;                  /* pronoun: the actor it refers to (-1: none) */
	int pron_kind;            /* 0 actor, 1 singular, 2 possessive, 3 plural */
	int forwarded;            /* pronoun resolved from the previous sentence */
} actor;

typedef struct {
	const char *code;
	const actor *a;
} member;

typedef struct {
	member m[MAX_MEMBERS];
	int n;
	int pos;                  /* token of the actor (or pronoun) */
	int pronoun;
	const char *key;          /* code compared for "distinct" (pronouns: the referent's own
				   * code, without agents) */
} slot;

typedef struct sent {
	khaldun_coder *c;
	const khaldun_dict *d;
	long date;
	tok t[MAX_TOKENS];
	int nt;
	actor *a;
	int na, capa;
	int ngroups;
	int group_first[MAX_TOKENS];  /* first actor index of each group */
	int allcaps;
	int outcome;
	const char *reason;
	int time_shift;
	int nonprinting;
	int forward_ok;           /* FORWARD: this record follows the previous one */
} sent;


/* coder.c */
int tok_is(const tok *t, const char *w);
int tok_in(const tok *t, const char *const *list);
int sent_live(const sent *S, int i);
int sent_actor_at(sent *S, int i);
const char *sent_span_text(sent *S, int from, int to);
const char *sent_agent_code(sent *S, const entry *ag);
/* First actor in [from, to) whose code differs from `other` (NULL: any); backward if rev. */
int sent_find_actor(sent *S, int from, int to, const slot *other, int rev, slot *out);

/* news.c */
int news_noun(sent *S, int i);
int news_lead_in(sent *S, int from, int to);
int news_open_subject(sent *S, int lo, int v, slot *out);
int news_named_subject(sent *S, int lo, int v, slot *out);
int news_open_object(sent *S, int vend, int hi, slot *out);
int news_negated(sent *S, int v, int lo, const evcode *c);
int news_hypothetical(sent *S, int v, int lo, const evcode *c);
void news_np_extent(sent *S, const actor *a, int verb, int vend, int *from, int *to);
size_t news_drop_boilerplate(khaldun_coder *c, const char *text, size_t len, const char **out);
#endif
