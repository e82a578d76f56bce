/*
 * options.h - a project's options (TABARI .options commands and khaldun's KHALDUN: line) as
 * one typed structure: parsed once when the dictionary loads, copied by every coder, and
 * changed at run time only through the same parser (khaldun_coder_option). Strings (default
 * actor codes) live in the arena given to the parser. Invariant: a line that cannot be read
 * leaves the options as they were.
 */
#ifndef KH_DICT_OPTIONS_H
#define KH_DICT_OPTIONS_H
#include "base/arena.h"

/* SET: CODE BY CLAUSE | SENTENCE | ALL: the scope within which one event is chosen. */
enum dict_code_by { CODE_BY_CLAUSE, CODE_BY_SENTENCE, CODE_BY_ALL };

/* khaldun's rules for real news beyond TABARI's (KHALDUN: line), as bits of dict_options.news. */
enum news_rule {
	NEWS_OPEN_ACTORS = 1,   /* a noun phrase stands in for a missing source or target */
	NEWS_NP_SPANS = 2,      /* source_text/target_text cover the actor's whole noun phrase */
	NEWS_BOILERPLATE = 4,   /* web-page lines ("No comments:", "Share this", bylines) dropped */
	NEWS_MODALS = 8,        /* "may strike", "could attack": no material event */
	NEWS_CLAUSES = 16,      /* clauses need a verb of their own */
	NEWS_NOUNS = 32,        /* "its attack", "Russia's announcement", "restrictions": nouns */
	NEWS_NEGATION = 64,     /* "will not release", "refused to cooperate": rejection (12) */
	NEWS_SYNTAX = 128,      /* the dependency parse re-chooses source and target (syntax.c);
				 * not part of NEWS: it needs a parser model
				 * (khaldun_dict_set_parser) */
	NEWS_NO_MIRROR = 256    /* a paired code ([042:043]) writes its deed, not its
				 * mirror: one event a visit or a hosting; not part of NEWS
				 * (a convention) */
};
#define NEWS_ALL_SHALLOW 127    /* what KHALDUN: NEWS turns on */

typedef struct {
	/* COMPLEX: a sentence is complex (not coded) when it has at least this many verbs,
	 * actors, pronouns, conjunctions or commas (0: no limit), ... */
	int complex_verbs, complex_actors, complex_pronouns, complex_conjunctions, complex_commas;
	int complex_late_verb;              /* ... its first verb at or after this token ... */
	int complex_no_actor_before_verb;   /* ... no actor before the first verb (NOACTPRIOR) */
	int complex_no_actor_after_verb;    /* ... no actor after it (NOACTAFTER) */
	int complex_no_verb;                /* ... no verb (NOVERB) */
	int complex_no_source, complex_no_target, complex_no_event;   /* read, not used */
	int code_by;                        /* enum dict_code_by */
	int min_words;                      /* SET: MINIMUM WORDS: shorter sentences are skipped */
	int convert_agents;                 /* SET: CONVERT AGENTS: a lone agent is an actor */
	int fbis;                           /* SET: FBIS (read, not used) */
	int four_digit_years;               /* SET: YYYY: record dates are YYYYMMDD, not YYMMDD */
	int time_shift;                     /* SET: TIME SHIFT: <TIME> phrases shift event dates;
					     * -1 until the project is loaded: then on when a
					     * .verbs file has a <TIME> section */
	/* DEFAULT: actor codes used when the text has none (NULL: none); PRIOR: the default
	 * source wins over an actor after the verb; AFTER: the default target is used only
	 * when no actor follows the verb */
	const char *default_source, *default_target;
	int default_source_prior, default_target_after;
	/* COMMA: a comma clause is deleted when its word count is within [min, max]: the
	 * clause that begins the sentence, one in the middle, the one that ends it */
	int comma_deletion_off;
	int comma_begin_min, comma_begin_max;
	int comma_middle_min, comma_middle_max;
	int comma_end_min, comma_end_max;
	/* FORWARD: pronouns at the start of a record take the previous record's first actor
	 * when the record ids (read by forward_format: N story, S sentence) say it follows */
	int forward;
	char forward_format[32];
	int nonevents;                      /* NONEVENTS: 1 on, 2 only (read, not used) */
	int news;                           /* KHALDUN: bits of enum news_rule; 0 for TABARI */
} dict_options;

/* TABARI's defaults (CODE BY CLAUSE, MINIMUM WORDS 8, COMMA limits 2-10, 2-10, 128-0). */
void dict_options_defaults(dict_options *o);
/* Applies one options line ("COMPLEX: VERBS[5]", "SET: CODE BY SENTENCE", "DEFAULT: OFF",
 * "KHALDUN: NEWS"; comments after '#' or '//'; blank: nothing). Commands are recognised by
 * their first four letters, as TABARI does. Strings are interned in `mem`. Returns
 * KHALDUN_OK, or KHALDUN_ERR_FORMAT with *why set to a message (static) and o unchanged. */
int dict_options_apply(dict_options *o, const char *line, arena *mem, const char **why);
#endif
