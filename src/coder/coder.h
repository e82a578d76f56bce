/*
 * coder.h - the coder's state: TABARI options that shape coding, and the per-sentence scratch.
 * A coder belongs to one thread; it borrows a read-only dict and owns an arena that is reset
 * for every sentence.
 */
#ifndef KH_CODER_H
#define KH_CODER_H
#include "dict/dict.h"
#include "base/buf.h"

enum code_by { BY_CLAUSE, BY_SENTENCE, BY_ALL };

typedef struct {
	/* COMPLEX: conditions (0 = inactive) */
	int cx_verbs, cx_actors, cx_pronouns, cx_conj, cx_comma, cx_lateverb;
	int cx_noactprior, cx_noactafter, cx_noverb, cx_nosource, cx_notarget, cx_noevent;
	int code_by;
	int min_words;
	int convert_agents;
	int fbis;
	int yyyy;
	int time_shift;
	/* DEFAULT: */
	const char *def_source, *def_target;
	int def_prior, def_after;
	/* COMMA: */
	int comma_off;
	int cmin, cmax, emin, emax, bmin, bmax;
	/* FORWARD: */
	int forward;
	char fwd_format[32];
	int nonevents;
	/* khaldun's rules for real news beyond TABARI's (KHALDUN: option line); off for TABARI
	 * projects, so the validation suite keeps TABARI's behaviour */
	int news;
} coder_opts;

enum news_rule {
	NEWS_OPEN_ACTORS = 1,   /* a noun phrase stands in for a missing source or target */
	NEWS_NP_SPANS = 2,      /* source_text/target_text cover the actor's whole noun phrase */
	NEWS_BOILERPLATE = 4,   /* web-page lines ("No comments:", "Share this", bylines) dropped */
	NEWS_MODALS = 8,        /* "may strike", "could attack": no material event */
	NEWS_CLAUSES = 16,      /* clauses need a verb of their own */
	NEWS_NOUNS = 32,        /* "its attack", "Russia's announcement", "restrictions": nouns */
	NEWS_NEGATION = 64      /* "will not release", "refused to cooperate": rejection (12) */
};

struct khaldun_coder {
	const khaldun_dict *d;
	coder_opts o;
	arena scratch;       /* per sentence */
	arena optmem;        /* strings set by options */
	buf sentence;        /* normalised sentence text */
	khaldun_event *events;
	size_t nevents, capevents;
	khaldun_result result;
	/* FORWARD: the previous sentence's first actor, for pronouns at the start */
	char prev_story[32];
	long prev_sent;
	char *prev_actor;    /* codes joined by '/', or NULL */
	int prev_compound;
};

void opts_defaults(coder_opts *o, const khaldun_dict *d);
#endif
