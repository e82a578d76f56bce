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
	int complex_verbs, complex_actors, complex_pronouns, complex_conjunctions, complex_commas, complex_late_verb;
	int complex_no_actor_before_verb, complex_no_actor_after_verb, complex_no_verb, complex_no_source, complex_no_target, complex_no_event;
	int code_by;
	int min_words;
	int convert_agents;
	int fbis;
	int four_digit_years;
	int time_shift;
	/* DEFAULT: */
	const char *default_source, *default_target;
	int default_source_prior, default_target_after;
	/* COMMA: */
	int comma_deletion_off;
	int comma_middle_min, comma_middle_max, comma_end_min, comma_end_max, comma_begin_min, comma_begin_max;
	/* FORWARD: */
	int forward;
	char forward_format[32];
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
