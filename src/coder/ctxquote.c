/*
 * ctxquote.c - story context (context.c) for quotes whose speaker is a pronoun:
 * '"I urge the Taliban to reverse their decision," he said.' The quote's first person ("I",
 * "we") is the speaker, and a speaker named only "he", "she" or "they" right after the quote
 * is the previous sentence's subject, when that one fits the pronoun (a person for he/she,
 * not one for they), as a sentence-opening pronoun is (context_pronoun).
 * Invariant: reads the sentence and the coder's story state; changes only event sides.
 */
#include "coder/sent.h"
#include <string.h>
#include <strings.h>

static const char *const say[] = { "SAID", "SAYS", "TOLD", "ADDED", "WROTE", "STATED",
				   "EXPLAINED", "INSISTED", "TWEETED", "POSTED", NULL };

/* 1 when token t is a speech verb of say[]. */
static int say_word(const coder_tok *t)
{
	for (int k = 0; say[k]; k++)
		if (tok_is(t, say[k]))
			return 1;
	return 0;
}

/* 1 when the sentence has a closing quote followed by a pronoun speaker and a speech verb
 * ('," he said', '" she told reporters', '," they said in a joint statement'); *person gets
 * 1 for he/she, 0 for they. */
static int pronoun_speaker(coder_sent *S, int *person)
{
	for (int i = 1; i + 1 < S->nt; i++) {
		const coder_tok *q = &S->t[i - 1], *p = &S->t[i], *v = &S->t[i + 1];
		if (q->cls != C_QUOTE)
			continue;
		int he = tok_is(p, "HE") || tok_is(p, "SHE"), they = tok_is(p, "THEY");
		if ((he || they) && say_word(v)) {
			*person = he;
			return 1;
		}
	}
	return 0;
}

/* 1 when an event side's words are the first person alone ("I", "We", "I'm"). */
static int first_person_text(const char *t)
{
	static const char *const fp[] = { "i", "we", "i'm", "we're", "i am", "we are", NULL };
	for (int k = 0; t && fp[k]; k++)
		if (!strcasecmp(t, fp[k]))
			return 1;
	return 0;
}

void context_quote_speaker(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	int person = 0;
	if (!x->subject[0] || x->subject_age > 1 || !pronoun_speaker(S, &person) ||
	    person != x->subject_person)
		return;
	char why[256];
	snprintf(why, sizeof why, "the quote's first person = its speaker \"%s\" = the previous "
		 "sentence's subject %s (%s)", person ? "he/she" : "they", x->subject,
		 x->subject_text);
	const char *code = arena_strdup(&S->c->scratch, x->subject);
	for (size_t i = 0; code && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = !strcmp(e->source, "---") && first_person_text(e->source_text);
		int t = !strcmp(e->target, "---") && first_person_text(e->target_text);
		context_set_sides(S, e, s ? code : NULL, t ? code : NULL, why);
	}
}

/* story38: 1 when the sentence's quote has a pronoun speaker ('," he tweeted') who fits
 * the previous sentence's subject (he/she a person, they not), still at most one sentence
 * back: that speaker is the subject named again, so a sentence that codes no event keeps it
 * for the next one's pronouns ('"We CONDEMN the jailbreak ..." / "...," he tweeted. /
 * Earlier this week, he was criticized ...': he is still the president named before the
 * quote). */
int context_speaker_is_subject(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	int person = 0;
	return x->subject[0] && x->subject_age <= 1 && pronoun_speaker(S, &person) &&
	       person == x->subject_person;
}

/* 1 when the sentence opens a quotation and names no speaker for it: no speech verb after
 * its closing quote mark ('"We have consistently urged the Haitian authorities ...', not
 * '"We hoped ...," the minister said'). */
static int unattributed_quote(const coder_sent *S)
{
	if (S->nt < 2 || S->t[0].cls != C_QUOTE)
		return 0;
	int closed = 0;
	for (int i = 1; i < S->nt; i++) {
		closed |= S->t[i].cls == C_QUOTE;
		if (closed && say_word(&S->t[i]))
			return 0;
	}
	return 1;
}

/* A quotation that opens a sentence and names no speaker goes on from the previous sentence's
 * statement: its first person ("I", "We") is that statement's speaker ('A U.S. State
 * Department spokesperson expressed sorrow ... "We have consistently urged the Haitian
 * authorities ...': USAGOV), at most one sentence back. */
void context_quote_goes_on(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	if (!x->subject[0] || x->subject_age > 1 || !x->subject_said || !unattributed_quote(S))
		return;
	char why[192];
	snprintf(why, sizeof why, "the quote's first person = the speaker of the previous "
		 "sentence's statement %s (%s)", x->subject, x->subject_text);
	const char *code = arena_strdup(&S->c->scratch, x->subject);
	for (size_t i = 0; code && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = !strcmp(e->source, "---") && first_person_text(e->source_text);
		context_set_sides(S, e, s ? code : NULL, NULL, why);
	}
}
