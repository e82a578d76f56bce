/*
 * coder.h - the coder's state: its copy of the project's options, and the per-sentence scratch.
 * A coder belongs to one thread; it borrows a read-only dict and owns an arena that is reset
 * for every sentence.
 */
#ifndef KH_CODER_H
#define KH_CODER_H
#include "dict/dict.h"
#include "base/buf.h"

struct coder_memo {
	uint32_t gen, at, n;
};
/* words.c: one built-in word, hashed */
#define WORDS_SLOTS 512        /* a power of two, over twice the words */
#define WORDS_MAX_LEN 13       /* the longest built-in word (UNWILLINGNESS) */
typedef struct {
	const char *w;
	uint8_t n, type;
	uint16_t flags;
} coder_word;
typedef struct {
	coder_word tab[WORDS_SLOTS];
	/* by length: the bytes the built-in words of that length begin and end with, as bits of
	 * (byte & 63), so that most tokens are passed over without hashing them */
	uint64_t first[WORDS_MAX_LEN + 1], last[WORDS_MAX_LEN + 1];
} coder_words;

/* tokens.c and match.c: what a word's token costs to classify and to walk down the
 * dictionary's trie, kept per word (news repeats its words sentence after sentence): the
 * word's bytes (zero-padded), its built-in type and lists, and the trie nodes its walk passes
 * in order, with the stem with a final E of a word ending in ING (| WWORD_KEY: the node is
 * a first word the lookup tries, as stamp_tokens found it).
 * Sets of WWORD_WAYS slots chosen by a hash of the bytes, a 16-bit tag of the hash per slot
 * in wtags (0: empty) so that a lookup reads one line of tags, not four slots; a word longer
 * than WWORD_LEN is not kept. Four ways, not one: a day of news repeats thousands of words,
 * and two words sharing a direct-mapped slot walked the trie again each time they took
 * turns (bench (a), 100,000 records: a word in five walked anew with 4,096 direct slots). */
#define WWORD_SLOTS 16384      /* a power of two */
#define WWORD_WAYS 4
#define WWORD_SETS (WWORD_SLOTS / WWORD_WAYS)
#define WWORD_LEN 16
#define WWORD_WALK_UNKNOWN 0xFF
#define WWORD_KEY 0x80000000u
typedef struct {
	uint64_t t0, t1;         /* the word's bytes 0-7 and 8-15, zero-padded */
	uint8_t n;               /* its length (0: an empty slot) */
	uint8_t nnodes;          /* nodes kept, or WWORD_WALK_UNKNOWN until the first walk */
	uint8_t bt;
	uint16_t wf;
	uint32_t nodes[WWORD_LEN + 1];
} coder_wword;

/* context.c: what the sentences of one story coded so far tell the next one */
#define CONTEXT_COUNTRIES 24
#define CONTEXT_NAMES 24
#define CONTEXT_IGOS 8
#define CONTEXT_CODE 24    /* a body's code as the context keeps it ("SDNREB", "IGOWSTNAT") */
typedef struct {
	char surname[32];        /* "Dar", "Burhan" (without al-, el-) */
	char name[64];           /* the name as first given: "Ishaq Dar" */
	char code[32];           /* the code it was given: "PAKGOV" */
	int ambiguous;           /* two people of that surname with different codes */
	int weak;                /* named beside a dictionary actor no event took: an event
				  * side of another code replaces it */
} coder_name;
#define CONTEXT_TITLES 16
#define CONTEXT_PEOPLE 6
#define CONTEXT_ACCUSATIONS 4
/* ctxact.c: the kinds of act a definite noun names ("the launch", "the arrest") */
enum { CTX_ACT_ATTACK = 1, CTX_ACT_LAUNCH = 2, CTX_ACT_TEST = 4, CTX_ACT_ARREST = 8,
       CTX_ACT_DEAL = 16, CTX_ACT_VISIT = 32, CTX_ACT_EXPEL = 64, CTX_ACT_KINDS = 7 };
typedef struct {
	char word[24];           /* the title's last word, upper case: "SPOKESPERSON" */
	char code[24];           /* the actor's code: "USAGOV" */
	int ambiguous;           /* two actors of that title with different codes */
} coder_title;
typedef struct {
	int on;                  /* inside khaldun_code_story (context_begin .. context_end) */
	int sentences;           /* sentences of the story coded so far */
	char setting[4];         /* dateline123: the dateline's country ("" none): the story's
				  * country until its actors name one (context_story_country) */
	int ncc;
	char cc[CONTEXT_COUNTRIES][4];   /* countries named by the story's actors so far */
	int count[CONTEXT_COUNTRIES];
	char subject[48];        /* the last coded sentence's subject actor code ("" none) */
	char subject_text[64];   /* and its words, for the evidence */
	int subject_person;      /* it has a role (a person or body: XXXGOV), not a bare state */
	int subject_age;         /* sentences since it was the subject */
	int subject_said;        /* its event was a statement (01x) */
	int subject_quoted;      /* quoteb108: it spoke its sentence's opening quote ('"...,"
				  * Hassan said') */
	int subject_several;     /* its sentence's events had other sources too */
	int subject_plural;      /* coref89: its head word is a plural ("officials", "we") */
	int subject_spokes;      /* story128: an unnamed spokesperson's ("A spokesman for ...") */
	char person[48];         /* anaphor54: the last subject that was a person ("" none) */
	int person_age;          /* sentences since it was the subject */
	char source_cc[4];       /* he51: the one country of the story's event sources so far
				  * ("" none, "*" two or more) */
	int pronoun_used;        /* this sentence: a pronoun took it */
	int nnames;
	coder_name names[CONTEXT_NAMES];  /* people named with a country so far */
	int nunnamed;            /* shname137: --shallow: surnames of people named in full that
				  * nothing placed ("Mbewe" of "Rastafarian Feniya Mbewe") */
	char unnamed[CONTEXT_NAMES][32];
	/* ctxbloc.c: the bodies named so far, by kind (CTX_IGO, CTX_ARMED, CTX_NGO):
	 * international bodies (IGOWAFWAS), armed groups (PAKREB, IMGMOSISI) and
	 * non-governmental organisations (NGOHLHMSF) */
	int nbody[3];
	char body[3][CONTEXT_IGOS][CONTEXT_CODE];
	int body_count[3][CONTEXT_IGOS];
	/* ctxbloc.c: anaphor52: the international bodies and armed groups named so far, the
	 * latest last, agents' too ("NATO leaders": IGOWSTNAT), for "the alliance", with the
	 * sentence that named each last */
	int nnamed;
	char named[CONTEXT_IGOS][CONTEXT_CODE];
	int named_at[CONTEXT_IGOS];
	/* ctxgroup.c: the countries of the last sentence that named two or more, in order
	 * ("the trio", "the two countries" are they) */
	int ngroup;
	char group[8][4];
	/* ctxgroup.c: the last two countries an event of the story had as its two sides
	 * ("the two sides", "both leaders" are they); npair: 2 when kept, else 0 */
	int npair;
	char pair[2][4];
	/* ctxgroup.c: the two sides of the story's last pact event (a truce agreed, declared,
	 * signed or broken): the sides of "the ceasefire" it names later; npact: 2 when kept */
	int npact;
	char pact[2][4];
	/* ctxgroup.c: the countries the story's previous sentence named, in order, coded or
	 * not (an epithet's country when the story has none: "Modi met ... Mauritius. Modi
	 * discussed ties with the island nation") */
	int nlast;
	char last[8][4];
	/* ctxtitle.c: the titles of the actors named so far with a country ("spokesperson" of
	 * "A U.S. State Department spokesperson": USAGOV) */
	int ntitles;
	coder_title titles[CONTEXT_TITLES];
	/* ctxbloc.c: sectitle164: the story named the UN's secretary-general with the UN ("U.N.
	 * Secretary-General Antonio Guterres"): a bare "the secretary-general" later is his */
	int un_chief;
	/* context.c: the one country whose state organs of each sector (GOV, MIL, COP, JUD,
	 * LEG, SPY) the story's events named so far ("" none, "*" two or more countries) */
	char organ_cc[6][4];
	/* context.c: the same for the previous sentence alone, and which institution nouns
	 * its words hold (bit k: context.c organ_nouns[k]): the antecedent of a definite "the
	 * government", "the army" that repeats its noun when the story has two countries'
	 * organs */
	char last_organ[6][4];
	unsigned last_nouns;
	/* ctxdeny.c: the story's last accusations between two known sides, the newest last:
	 * who accused (accuser) whom (accused), as coded ("RUS", "UKR") */
	int naccuse;
	char accuser[CONTEXT_ACCUSATIONS][24];
	char accused[CONTEXT_ACCUSATIONS][24];
	/* ctxact.c: the kinds of act (CTX_ACT_* mask) the story's events told so far, and
	 * the author (the source's code) of the last one of each kind, by the kind's bit */
	int acts;
	char act_author[CTX_ACT_KINDS][24];
	/* and the country that act struck (its target's, else the one other country its
	 * sentence named; "" none) */
	char act_cc[CTX_ACT_KINDS][4];
	/* ctxdoc.c: the last text a named side put out ("The U.N. published an assessment"):
	 * its author's code, its noun (ctxdoc.c doc_nouns index + 1; 0 none) and the sentence
	 * that told it */
	char doc_author[24];
	int doc_noun, doc_at;
	/* ctxobj.c: the people the previous sentence's event sides named, in the order of its
	 * words ("him" is one of them) */
	int npeople;
	char people[CONTEXT_PEOPLE][24];
} coder_context;

struct khaldun_coder {
	const khaldun_dict *d;
	dict_options o;      /* the dictionary's, then changed by khaldun_coder_option */
	arena scratch;       /* per sentence */
	struct coder_sent *sent;  /* the sentence being coded: allocated once, reset for each */
	arena optmem;        /* strings set by options */
	buf sentence;        /* normalised sentence text */
	char *tokbuf;        /* the tokens' upper-case text, NUL-terminated (tokens.c) */
	size_t tokcap;
	coder_words *words;  /* words.c: the built-in words */
	coder_wword *wwords; /* WWORD_SLOTS words met, classified and walked */
	uint16_t *wtags;     /* their tags (wword_tag; 0: an empty slot) */
	uint32_t wclock;     /* picks the slot a new word takes in a full set */
	/* match.c: stamp[id] == cur when dictionary word id (a trie node) is a prefix of a
	 * token of this sentence (stamp[0], "no id", always); keys: each token's first-word
	 * slots (coder_sent.kfirst) */
	uint32_t *stamp;
	uint32_t nstamp, cur;
	uint32_t *keys;
	/* match.c: a big slot's phrases that may match in this sentence (second word stamped,
	 * the later words too), listed once a lookup however many tokens reach the slot (THE,
	 * THEIR, THEY...): memo[slot] is current when its gen is c->gen; its phrases' indices
	 * are memo_list[at, at + n) */
	struct coder_memo *memo;
	uint32_t gen;
	uint32_t *memo_list;
	uint32_t memo_len;
	size_t memo_cap;
	khaldun_event *events;
	size_t nevents, capevents;
	size_t events_dropped;   /* past limits.events in this sentence */
	int cut;                 /* this sentence had more than limits.tokens tokens */
	khaldun_limits limits;   /* resolved (khaldun_coder_set_limits) */
	khaldun_result result;
	/* FORWARD: the previous sentence's first actor, for pronouns at the start */
	char prev_story[32];
	long prev_sent;
	char *prev_actor;    /* codes joined by '/', or NULL */
	int prev_compound;
	coder_context ctx;       /* context.c: the story being coded */
	/* coref83: the story's text after the sentence being coded (khaldun_code_story sets it,
	 * ahead_len 0 outside a story): a quotation that runs on past the sentence finds its
	 * speaker there (ctxquote.c context_quote_ahead) */
	const char *ahead;
	size_t ahead_len;
};

/* context.c: story context for our dictionaries' news rules (KHALDUN: OPEN ACTORS; never for
 * TABARI projects). context_begin/_end bracket one story's sentences (khaldun_code_story);
 * outside them every sentence is coded alone. */
void context_begin(khaldun_coder *c);
void context_end(khaldun_coder *c);
/* dateline123: the story's setting, the country (ISO3) of its dateline ("BLANTYRE -": MWI);
 * call it after context_begin. */
void context_set_setting(khaldun_coder *c, const char *cc);
/* Why cc is the story's country, its actors' namings `times`: "(named by 4 actors in the 2
 * sentences before)", "(its dateline's)" (context.c). */
void context_story_why(const coder_context *x, const char *cc, int times, char *why, size_t cap);
/* ctxbloc.c: the story's international bodies (kind CTX_IGO), armed groups (CTX_ARMED) and
 * non-governmental organisations (CTX_NGO, counted only).
 * Counts the codes of a coded sentence's actors of each kind; the story's one (NULL: none
 * dominates, or the sentence names another); the kind a bare phrase names ("the bloc", "the
 * regional body": CTX_IGO; "the group", "the militants": CTX_ARMED), or -1. */
enum { CTX_IGO, CTX_ARMED, CTX_NGO };
struct coder_sent;
void context_count_bodies(struct coder_sent *S);
/* sectitle164: a bare "Secretary General" read as the UN's takes the one other body of the
 * sentence, or of the story when the sentence names no UN. */
void context_shared_titles(struct coder_sent *S);
const char *context_story_body(struct coder_sent *S, int kind, int *times);
int context_body_phrase(const char *text);
/* ctxbloc.c: the body a description of its kind stands for ("the alliance": the last
 * alliance the story named; "the watchdog", "the bloc", "the group"), or NULL. */
const char *context_described_body(struct coder_sent *S, const char *text);
/* ctxbloc.c, actors55: the bloc a bare "the ministers", "the leaders" right after its
 * meeting stands for, or NULL. */
const char *context_bloc_members(struct coder_sent *S, const char *text);
/* ctxbloc.c, anaphor53: 1 when text describes an armed group with words before its noun
 * ("the paramilitary force", "the Iran-backed group"; *nationality: a capitalised word names
 * its country); the group it stands for, or NULL. */
int context_armed_description(const char *text, int *nationality);
const char *context_armed_described(struct coder_sent *S, const char *text);


/* tokens.c: the length of the longest prefix of text[0, len) with at most limits.sentence
 * bytes and limits.tokens tokens that ends after a line (else before a word): len when the
 * whole text fits. *why gets "tokens" or "sentence" when it does not. Uses the coder's
 * sentence scratch: call it between sentences, not while coding one. */
size_t coder_fit(khaldun_coder *c, const char *text, size_t len, const char **why);
#endif
