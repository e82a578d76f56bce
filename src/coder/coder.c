/*
 * coder.c - TABARI's sparse-parsing event coder: the public entry points and the order of the
 * stages for one sentence: tokens.c (normalise, tokenise) -> match.c (dictionary lookup,
 * actor codes by date, agents, nouns) -> actors.c (compounds, pronouns) -> clause.c (comma
 * clauses, time shift, complexity, clauses) -> pattern.c / event.c (verb patterns, sources and
 * targets, events). All per-sentence memory lives in the coder's scratch arena; the dictionary
 * is only read. The rules for real news (KHALDUN: option) are in news.c.
 */
#include "base/date.h"
#include "coder/sent.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sent_set_outcome(coder_sent *S, int outcome, const char *why)
{
	if (S->outcome == KHALDUN_DISCARD)
		return;
	if (outcome == KHALDUN_DISCARD || S->outcome == KHALDUN_CODED) {
		S->outcome = outcome;
		S->reason = why;
	}
}

#ifdef KH_TRACE
#include <stdio.h>
/* Developer aid (make TRACE=1): the parse as the coder sees it, on stderr. */
static void trace(coder_sent *S)
{
	static const char *const ty[] = { "null", "ACTOR", "AGENT", "noun", "adj", "VERB", "time",
				    "attr", "lit", "pron", "det", "conj", "comma", "aux", "by",
				    "num", "former" };
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		fprintf(stderr, "%3d %-14.*s %-6s%s%s", i, t->n, t->s, ty[t->type],
			t->deleted ? " DEL" : "", t->in_compound_conj ? " cmpd" : "");
		if (t->ent && t->head < 0)
			fprintf(stderr, " [%s:%d %s] end=%d", t->ent->at.file, t->ent->at.line,
				t->ent->at.text, t->end);
		if (t->actor >= 0) {
			coder_actor *a = &S->a[t->actor];
			fprintf(stderr, " a%d g%d ref%d:", t->actor, a->group, a->ref);
			for (int k = 0; k < a->ncodes; k++)
				fprintf(stderr, " %s", a->codes[k]);
		}
		fprintf(stderr, "\n");
	}
}
#endif

/* Reads the story and sentence serial numbers from a record id by the FORWARD format
 * (^ leading blank, * any character, N story, S sentence); returns 1 when this record is the
 * next sentence of the previous record's story. Remembers this record for the next call. */
static int forward_check(khaldun_coder *c, const char *id)
{
	if (!c->o.forward || !id)
		return 0;
	char story[32] = "";
	long sn = 0;
	size_t ns = 0;
	const char *f = c->o.forward_format;
	while (*f == '^')
		f++;
	const char *p = id;
	for (; *f && *p; f++, p++) {
		if (*f == 'N') {
			if (ns < sizeof story - 1)
				story[ns++] = *p;
		} else if (*f == 'S') {
			sn = *p >= '0' && *p <= '9' ? sn * 10 + (*p - '0') : 0;
		}
	}
	story[ns] = 0;
	int ok = c->prev_sent >= 0 && !strcmp(story, c->prev_story) && sn == c->prev_sent + 1;
	snprintf(c->prev_story, sizeof c->prev_story, "%s", story);
	c->prev_sent = sn;
	return ok;
}

/* Live discard or complex codes on actor phrases and verb roots decide the outcome. */
static void special_codes(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		if (!sent_live(S, i))
			continue;
		if (S->t[i].discard_phrase)
			sent_set_outcome(S, KHALDUN_DISCARD, "discard code on an actor");
		else if (S->t[i].complex_phrase)
			sent_set_outcome(S, KHALDUN_COMPLEX, "complex code on an actor");
		else if (S->t[i].type == TY_VERB && S->t[i].ent->verb->code.kind == CODE_DISCARD)
			sent_set_outcome(S, KHALDUN_DISCARD, "discard code on a verb");
		else if (S->t[i].type == TY_VERB && S->t[i].ent->verb->code.kind == CODE_COMPLEX)
			sent_set_outcome(S, KHALDUN_COMPLEX, "complex code on a verb");
	}
}

/* Remembers this sentence's first actor for FORWARD. */
static void remember_first_actor(khaldun_coder *c, coder_sent *S)
{
	free(c->prev_actor);
	c->prev_actor = NULL;
	c->prev_compound = 0;
	int first = -1;
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pron_kind == 0 && sent_live(S, S->a[k].pos) &&
		    (first < 0 || S->a[k].pos < S->a[first].pos))
			first = k;
	if (first >= 0 && S->a[first].ent) {
		const dict_dated_code *dc = dict_actor_code_on(S->a[first].ent->codes, S->date);
		if (dc && dc->ncodes)
			c->prev_actor = strdup(dc->codes[0]);
		c->prev_compound = actors_is_compound(S, first);
	}
}

/* The stages after tokenising, in order (see the file comment). */
static void code_stages(coder_sent *S)
{
	match_lookup(S);
	match_resolve_actors(S);
	match_attach_agents(S);
	match_mark_nouns(S);
	actors_compounds(S);
	clause_delete_commas(S);
	actors_prune_compounds(S);
	actors_pronouns(S);
	special_codes(S);
#ifdef KH_TRACE
	trace(S);
#endif
	if (S->outcome == KHALDUN_CODED)
		clause_time_shift(S);
	if (S->nonprinting)
		sent_set_outcome(S, KHALDUN_COMPLEX, "non-printing characters in the text");
	if (S->outcome == KHALDUN_CODED && !clause_complexity(S))
		clause_code(S);
	remember_first_actor(S->c, S);
}

int khaldun_code_sentence(khaldun_coder *c, const char *text, size_t len, long date,
			  const char *id, const khaldun_result **out)
{
	if (!c || !out || (!text && len))
		return KHALDUN_ERR_ARG;
	arena_reset(&c->scratch);
	c->nevents = 0;
	coder_sent *S = c->sent;
	memset(S, 0, offsetof(coder_sent, t));
	for (size_t k = 0; k < sizeof S->seen / sizeof S->seen[0]; k++)
		S->seen[k].ok = 0;   /* after t: not cleared with the header */
	S->c = c;
	S->d = c->d;
	S->date = date;
	S->outcome = KHALDUN_CODED;
	S->time_shift = 0;
	S->syn = NULL;
	if (!text)
		text = "";
	c->events_dropped = 0;
	int too_long = len > c->limits.sentence;
	if (too_long)   /* only the first part is coded (khaldun_code_story codes every part) */
		len = coder_fit(c, text, len, &(const char *){ NULL });
	if (c->o.news & NEWS_BOILERPLATE)
		len = news_drop_boilerplate(c, text, len, &text);
	if (c->o.news & NEWS_CLAUSES)   /* speech89: "Asked whether ..., he said" */
		text = news_blank_question_frame(c, text, len);
	tok_tokenize(S, text, len);
	c->cut |= too_long;
	S->forward_ok = forward_check(c, id);
	/* count words: commas count, quotes do not */
	int words = 0;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].cls != C_QUOTE)
			words++;
	if (words < c->o.min_words) {
		S->outcome = KHALDUN_TOO_SHORT;
		S->reason = "fewer words than the minimum";
	} else {
		code_stages(S);
	}
	if (S->outcome != KHALDUN_CODED)
		c->nevents = 0;
	context_sentence_end(S);
	sent_widen(S);   /* after every rule that reads an actor's own words */
	c->result.outcome = S->outcome;
	c->result.reason = S->reason;
	c->result.n_events = c->nevents;
	c->result.cut = c->cut;
	c->result.events_dropped = S->outcome == KHALDUN_CODED ? c->events_dropped : 0;
	c->result.events = c->events;
	c->result.sentence = c->sentence.p ? c->sentence.p : "";
	*out = &c->result;
	return KHALDUN_OK;
}

int khaldun_coder_new(khaldun_coder **out, const khaldun_dict *d)
{
	*out = NULL;
	if (!d)
		return KHALDUN_ERR_ARG;
	khaldun_coder *c = calloc(1, sizeof *c);
	if (!c)
		return KHALDUN_ERR_NOMEM;
	c->d = d;
	c->sent = calloc(1, sizeof *c->sent);
	c->words = words_build();
	c->nstamp = d->trie.nnodes ? d->trie.nnodes : 1;
	c->stamp = calloc(c->nstamp, sizeof *c->stamp);
	c->keys = malloc((size_t)MAX_TOKENS * (MAX_WORD + 8) * sizeof *c->keys);
	c->memo = calloc(d->nslots ? d->nslots : 1, sizeof *c->memo);
	c->wwords = calloc(WWORD_SLOTS, sizeof *c->wwords);
	c->wtags = calloc(WWORD_SLOTS, sizeof *c->wtags);
	if (!c->sent || !c->words || !c->stamp || !c->keys || !c->memo || !c->wwords ||
	    !c->wtags) {
		free(c->wtags);
		free(c->wwords);
		free(c->memo);
		free(c->sent);
		free(c->words);
		free(c->stamp);
		free(c->keys);
		free(c);
		return KHALDUN_ERR_NOMEM;
	}
	arena_init(&c->scratch, 1 << 16);
	arena_init(&c->optmem, 4096);
	buf_init(&c->sentence, 0);
	khaldun_coder_set_limits(c, NULL);
	c->o = d->options;
	*out = c;
	return KHALDUN_OK;
}

int khaldun_coder_set_limits(khaldun_coder *c, const khaldun_limits *l)
{
	if (!c)
		return KHALDUN_ERR_ARG;
	khaldun_limits r = khaldun_limits_resolve(l);
	if (r.tokens > KHALDUN_MAX_TOKENS)
		return KHALDUN_ERR_ARG;
	c->limits = r;
	/* a folded character takes at most two bytes: a sentence within the limit always fits */
	c->sentence.max = 2 * r.sentence + 16;
	return KHALDUN_OK;
}

int khaldun_coder_option(khaldun_coder *c, const char *line, khaldun_diag_fn fn, void *ctx)
{
	if (!c || !line)
		return KHALDUN_ERR_ARG;
	const char *why = NULL;
	if (dict_options_apply(&c->o, line, &c->optmem, &why) == KHALDUN_OK)
		return KHALDUN_OK;
	if (fn) {
		khaldun_diag dg = { KHALDUN_ERROR, "options", 0, 0, why, line, strlen(line) };
		fn(ctx, &dg);
	}
	return KHALDUN_ERR_FORMAT;
}

void khaldun_coder_free(khaldun_coder *c)
{
	if (!c)
		return;
	arena_free(&c->scratch);
	arena_free(&c->optmem);
	buf_free(&c->sentence);
	free(c->tokbuf);
	free(c->words);
	free(c->stamp);
	free(c->keys);
	free(c->memo);
	free(c->wtags);
	free(c->wwords);
	free(c->memo_list);
	free(c->events);
	free(c->sent);
	free(c->prev_actor);
	free(c);
}

long khaldun_coder_record_date(const khaldun_coder *c, const char *digits)
{
	size_t n = 0;
	while (digits[n] >= '0' && digits[n] <= '9')
		n++;
	size_t want = c && c->o.four_digit_years ? 8 : 6;
	if (n < want)
		return 0;
	return date_parse_digits(digits, want, 1);
}

int khaldun_coder_time_shifting(const khaldun_coder *c)
{
	return c && c->o.time_shift;
}

int khaldun_coder_forwarding(const khaldun_coder *c)
{
	return c && c->o.forward;
}
