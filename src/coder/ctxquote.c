/*
 * ctxquote.c - story context (context.c) for quotes whose speaker is a pronoun:
 * '"I urge the Taliban to reverse their decision," he said.' The quote's first person ("I",
 * "we") is the speaker, and a speaker named only "he", "she" or "they" right after the quote
 * is the previous sentence's subject, when that one fits the pronoun (a person for he/she,
 * not one for they), as a sentence-opening pronoun is (context_pronoun).
 * A quotation's "our soldiers" are the speaker's side (context_quote_our), in any sentence,
 * and its "you" the one the speaker told (context_quote_you).
 * Invariant: reads the sentence and the coder's story state; changes only event sides.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include "coder/syntax.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int say_text(const char *w, size_t n);

/* 1 when the sentence has a closing quote followed by a pronoun speaker and a speech verb
 * ('," he said', '" she told reporters', '," they said in a joint statement'); *person gets
 * 1 for he/she, 0 for they. */
static int pronoun_speaker(coder_sent *S, int *person)
{
	for (int i = 1; i + 1 < S->nt; i++) {
		if (context_quote_speaker_at(S, i)) {
			*person = !tok_is(&S->t[i], "THEY");
			return 1;
		}
	}
	return 0;
}

/* speakers67: 1 when token i is a quote's pronoun speaker: he, she or they right after a
 * quote mark and right before a speech verb ('," she said', '" they told reporters'). */
int context_quote_speaker_at(const coder_sent *S, int i)
{
	if (i < 1 || i + 1 >= S->nt || S->t[i - 1].cls != C_QUOTE ||
	    !tok_in(&S->t[i + 1], SPEECH_WORDS))
		return 0;
	const coder_tok *p = &S->t[i];
	return tok_is(p, "HE") || tok_is(p, "SHE") || tok_is(p, "THEY");
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

/* Gives the event sides whose words are the first person alone (first_person_text) and that
 * no rule placed ("---") the code of the quotation's speaker: sources, and targets too when
 * targets is 1; why is noted in each changed event. */
static void first_person_is(coder_sent *S, const char *code, int targets, const char *why)
{
	for (size_t i = 0; code && i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = !strcmp(e->source, "---") && first_person_text(e->source_text);
		int t = targets && !strcmp(e->target, "---") && first_person_text(e->target_text);
		context_set_sides(S, e, s ? code : NULL, t ? code : NULL, why);
	}
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
	first_person_is(S, arena_strdup(&S->c->scratch, x->subject), 1, why);
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

/* ctxwe168: 1 when text, the source of the sentence's event, is its quotation's first person
 * ("We") and a pronoun after the quote names the subject as its speaker ('"We shelled the
 * base," he said': context_speaker_is_subject): that subject spoke the quotation, so a next
 * sentence that only goes on with it ('"We will attack ..."') is still the subject's. */
int context_quote_we_spoken(coder_sent *S, const char *text)
{
	return first_person_text(text) && context_speaker_is_subject(S);
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
		if (closed && tok_in(&S->t[i], SPEECH_WORDS))
			return 0;
	}
	return 1;
}

/* pronoun41: 1 when the sentence is all one speaker's quotation going on, with no speaker
 * of its own: it opens a quote (unattributed_quote), or its first quote mark closes one
 * opened in an earlier sentence ('They are owned by ... the European Union."', no space
 * before the mark: context_quoted_at) and no speech verb follows that mark. */
int context_quote_continues(const coder_sent *S)
{
	if (unattributed_quote(S))
		return 1;
	int q = 0;
	while (q < S->nt && S->t[q].cls != C_QUOTE)
		q++;
	if (q == 0 || q >= S->nt || !context_quoted_at(S, 0))
		return 0;
	for (int i = q + 1; i < S->nt; i++)
		if (tok_in(&S->t[i], SPEECH_WORDS))
			return 0;
	return 1;
}

/* quoteb108: 1 when the sentence opens with a quote that a speech verb after its closing
 * mark attributes (unattributed_quote fails) and text, the event's source, is named after
 * that mark and before any other ('"We will not accept this," Hassan said': "Hassan"; not
 * '"Kenya attacked Uganda," the minister said': "Kenya" is the quote's). */
int context_quote_spoken_by(const coder_sent *S, const char *text)
{
	const char *p = S->c->sentence.p;
	if (!p || !text || !*text || S->nt < 2 || S->t[0].cls != C_QUOTE ||
	    unattributed_quote(S))
		return 0;
	int close = -1;   /* the quote mark a speech verb follows */
	for (int i = 1; i + 1 < S->nt && close < 0; i++)
		if (S->t[i].cls == C_QUOTE)
			close = i;
	if (close < 0)
		return 0;
	const char *at = strstr(p + S->t[close].ostart, text);
	return at && !strchr(at, '"') && !strstr(at, "\xe2\x80\x9c") &&
	       !strstr(at, "\xe2\x80\x9d");
}

/* quoteb108: 1 when text, an event's source, is in the sentence right before a speech verb
 * of SPEECH_WORDS ("Somali lawmakers said elders were meeting ..."): the source is a
 * speaker, even when its event is the deed it reported. */
int context_source_says(const coder_sent *S, const char *text)
{
	const char *p = S->c->sentence.p;
	const char *at = p && text && *text ? strstr(p, text) : NULL;
	if (!at)
		return 0;
	at += strlen(text);
	if (*at != ' ')
		return 0;
	at++;
	size_t n = strspn(at, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
	return say_text(at, n);
}

/* A quotation that opens a sentence and names no speaker goes on from the previous sentence's
 * statement: its first person ("I", "We") is that statement's speaker ('A U.S. State
 * Department spokesperson expressed sorrow ... "We have consistently urged the Haitian
 * authorities ...': USAGOV), at most one sentence back; quoteb108: or from the previous
 * sentence's own quote, which its subject spoke ('"We will not accept this," Hassan said. /
 * "So we urged ...': Hassan). */
void context_quote_goes_on(coder_sent *S)
{
	const coder_context *x = &S->c->ctx;
	if (!x->subject[0] || x->subject_age > 1 || !(x->subject_said || x->subject_quoted) ||
	    !unattributed_quote(S))
		return;
	char why[192];
	snprintf(why, sizeof why, "the quote's first person = the speaker of the previous "
		 "sentence's statement %s (%s)", x->subject, x->subject_text);
	first_person_is(S, arena_strdup(&S->c->scratch, x->subject), 0, why);
}

/* 1 when the n bytes at w are a speech verb of SPEECH_WORDS (any case). */
static int say_text(const char *w, size_t n)
{
	for (int k = 0; SPEECH_WORDS[k]; k++)
		if (strlen(SPEECH_WORDS[k]) == n && !strncasecmp(w, SPEECH_WORDS[k], n))
			return 1;
	return 0;
}

/* coref83: the name a quotation's closing mark is followed by in the text after the sentence
 * (text, n bytes): ' Saleh said', ' said Osman Saleh.': one to four capitalised words before
 * a speech verb, or right after one up to a comma or stop. The mark is the first in the text
 * and closes a clause (a comma, "?" or "!" before it); none within 800 bytes, an opening
 * mark first, or another tail: NULL. Returns the words in the
 * coder's scratch arena. */
static const char *ahead_speaker(coder_sent *S, const char *text, size_t n)
{
	size_t i = 0, lim = n < 800 ? n : 800;
	for (; i < lim; i++) {
		if (!strncmp(text + i, "\xe2\x80\x9c", 3))
			return NULL;   /* a new quotation opens first */
		if (!strncmp(text + i, "\xe2\x80\x9d", 3) || text[i] == '"')
			break;
	}
	/* the mark closes a clause the tail attributes: '," Saleh said', not '." Saleh said
	 * more' (a new sentence) nor an opening straight mark */
	if (i >= lim || i == 0 || !strchr(",?!", text[i - 1]))
		return NULL;
	i += text[i] == '"' ? 1 : 3;
	const char *w[6];
	size_t len[6];
	int nw = 0, verb = -1, stop = 0;
	while (nw < 6 && !stop) {   /* the words after the mark, up to a comma or stop */
		while (i < n && text[i] == ' ')
			i++;
		size_t a = i;
		while (i < n && !strchr(" ,.\n", text[i]))
			i++;
		if (i == a)
			break;
		stop = i >= n || text[i] != ' ';
		w[nw] = text + a;
		len[nw] = i - a;
		if (verb < 0 && say_text(w[nw], len[nw]))
			verb = nw;
		nw++;
	}
	int a = verb > 0 ? 0 : verb + 1, b = verb > 0 ? verb - 1 : nw - 1;
	if (verb < 0 || (verb == 0 && !stop) || b < a || b - a > 3)
		return NULL;
	char out[128];
	size_t k = 0;
	for (int j = a; j <= b; j++) {
		if (!isupper((unsigned char)w[j][0]) || k + len[j] + 2 > sizeof out)
			return NULL;
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s", k ? " " : "", (int)len[j],
				      w[j]);
	}
	return arena_strdup(&S->c->scratch, out);
}

/* coref83: a quotation that opens the sentence and runs on past it ('"We hoped to settle our
 * dispute through talks.' / 'Sadly, that proved impossible," Saleh said.'), or a sentence
 * with no mark inside one (the next mark closes it): its first person is the speaker the
 * closing mark's tail names in a later sentence, when that tail's words name a person named
 * before in the story (context_named_code). Only "---" sides. */
void context_quote_ahead(coder_sent *S)
{
	const khaldun_coder *c = S->c;
	int marks = 0, fp = 0;
	for (int i = 0; i < S->nt; i++)
		marks += S->t[i].cls == C_QUOTE;
	for (size_t i = 0; i < c->nevents; i++)
		fp |= !strcmp(c->events[i].source, "---") &&
		      first_person_text(c->events[i].source_text);
	if (!fp || (marks && (marks > 1 || S->t[0].cls != C_QUOTE)) || !c->ahead_len)
		return;
	const char *words = ahead_speaker(S, c->ahead, c->ahead_len), *code;
	if (!words || !(code = context_named_code(S, words)))
		return;
	char why[160];
	snprintf(why, sizeof why, "the quote's first person = the speaker its closing mark names "
		 "in a later sentence, %s (%s)", words, code);
	first_person_is(S, code, 0, why);
}

/* The mark that closes a quotation with its speaker after it: the second mark of a sentence
 * that opens with one (quote51: '"Pakistani forces," the spokesman said, "shelled ..."' too),
 * else the last mark (one that closes a quote opened in an earlier sentence); not a mark
 * that opens the sentence alone, a quotation that runs on to its end ('"We were grateful
 * that President Trump said ... my father': not Trump's). -1: none. */
static int tail_mark(const coder_sent *S)
{
	int q = -1, n = 0;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].cls == C_QUOTE) {
			if (++n == 2 && S->t[0].cls == C_QUOTE)
				return i;
			q = i;
		}
	return q > 0 ? q : -1;
}

/* The speaker named after a quotation's closing mark (tail_mark: '"...," the Israeli prime
 * minister wrote', '...," Trump wrote'): the country of the first dictionary actor of that
 * tail when a speech verb follows the mark. Fills cc[4]; returns 1 when found. */
static int tail_speaker_country(coder_sent *S, char cc[4])
{
	int q = tail_mark(S), said = 0, end = q + 1;
	while (q > 0 && end < S->nt && S->t[end].cls != C_QUOTE)
		end++;   /* the tail ends where a split quotation goes on */
	for (int i = q + 1; q > 0 && i < end && !said; i++)
		said = tok_in(&S->t[i], SPEECH_WORDS);
	for (int k = 0; said && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos <= q || a->pos >= end || a->pron_kind || a->ncodes < 1)
			continue;
		actor_split(a->codes[0], cc);
		return cc[0] && !actor_is_region(a->codes[0]);
	}
	return 0;
}

/* reaction61: the speaker of a quotation's tail that no dictionary names, only an agent
 * ('"We called for ...," the diplomats said': ~GOV): the words between the closing mark q
 * and the speech verb v, at most four, no comma, coded as an open actor by their agent.
 * A bare "---" phrase ('," a source said') or a pronoun is none. NULL: no such speaker. */
static const char *tail_agent_speaker(coder_sent *S, int q, int v)
{
	coder_slot sl;
	if (v - q < 2 || v - q > 5)
		return NULL;
	for (int i = q + 1; i < v; i++)
		if (S->t[i].cls != C_WORD)
			return NULL;
	if (!news_open_span(S, q + 1, v - 1, &sl) || sl.n < 1 || !sl.m[0].code ||
	    sl.m[0].code[0] != '~')
		return NULL;
	return sl.m[0].code;
}

/* speakers70: the words of a quotation's tail speaker that may be a person's name: one to four
 * plain words between the closing mark q and the speech verb v ('," Mwangi said'), or right
 * after the verb up to a comma or the end ('," said Peter Mwangi, ...'); NULL when none. The
 * caller reads them against the people named before (context_named_code). */
static const char *tail_name(coder_sent *S, int q, int v)
{
	int a = v - q > 1 ? q + 1 : v + 1, b = v - q > 1 ? v - 1 : a;
	while (v - q == 1 && b + 1 < S->nt && S->t[b + 1].cls == C_WORD)
		b++;
	if (a > b || b >= S->nt || b - a > 3)
		return NULL;
	for (int i = a; i <= b; i++)
		if (S->t[i].cls != C_WORD)
			return NULL;
	return sent_span_text(S, a, b);
}

/* shside128: the words of the speaker phrase that holds actor a in a quotation's tail, q its
 * closing mark, v the speech verb, post the first token past the words after v: all the words
 * between q and v ('," the U.N. human rights chief said': "the U.N. human rights chief"), or
 * those after v ('," said Chinese Foreign Minister Wang Yi.'); the actor's own words when it
 * stands elsewhere (a post after a comma) or a mark falls between. */
static const char *tail_speaker_words(coder_sent *S, int q, int v, int post,
				      const coder_actor *a)
{
	int f = a->pos, t = a->end;
	if (a->pos > q && a->pos < v) {
		f = q + 1;
		t = v - 1;
	} else if (a->pos > v && a->pos < post) {
		f = v + 1;
		t = post - 1;
	}
	for (int i = f; i <= t && (f != a->pos || t != a->end); i++)
		if (i < 0 || i >= S->nt || S->t[i].cls != C_WORD) {
			f = a->pos;
			t = a->end;
		}
	return f >= 0 && t >= f && t < S->nt ? sent_span_text(S, f, t) : NULL;
}

/* The speech verb of a quotation's tail ('," Trump declared'), a speech word or one of
 * declaring or answering after the sentence's last quote mark (its token in *qp); -1 when
 * there is none. */
static int tail_speech_verb(coder_sent *S, int *qp)
{
	static const char *const more[] = { "CONTENDED", "WARNED", "REPLIED", "RESPONDED",
					    "ANNOUNCED", NULL };
	int q = -1, v = -1;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].cls == C_QUOTE)
			q = i;
	for (int i = q + 1; q > 0 && i < S->nt && v < 0; i++)
		if (tok_in(&S->t[i], SPEECH_WORDS) || tok_in(&S->t[i], more))
			v = i;
	*qp = q;
	return v;
}

/* ctxwe168: 1 when the actor at token p is the body that the words right after the speech
 * verb v (all plain words up to post) name their speaker by ('," said a spokesman for the
 * Pakistani Taliban', '," said a commander of the rebel group'): an article at most between
 * the "for" or "of" and the body, which the speaker speaks for. */
static int body_of_speaker(const coder_sent *S, int v, int post, int p)
{
	int o = p - 1;
	if (v < 0 || p >= post || o <= v + 1)
		return 0;
	if (tok_in(&S->t[o], ARTICLES))
		o--;
	return o > v + 1 && (tok_is(&S->t[o], "FOR") || tok_is(&S->t[o], "OF"));
}

/* The speaker a quotation's tail names ('"...," Trump declared', '," said La Lime', '," the
 * diplomats said'): the first dictionary actor (no pronoun) after the last closing mark, when
 * a speech verb, or one of declaring or answering, follows the mark; else an agent's words
 * there (~GOV), else a name remembered before in the story (context_named_code). Returns its
 * code, its phrase in *words; NULL when the tail names no one. */
const char *context_tail_speaker(coder_sent *S, const char **words)
{
	int q = -1, v = tail_speech_verb(S, &q);
	*words = NULL;
	/* the verb's subject: before it, or right after it, a title at most between ('said
	 * Mawlawi ...'); not a place later in the tail ('the diplomats said in a statement
	 * from ... Canada') */
	/* shspeaker71: or in the post after the name ('said Peter Mwangi, Kenya's finance
	 * minister'), up to its end */
	int post = v + 1, end = -1;
	while (v > 0 && post < S->nt && S->t[post].cls == C_WORD)
		post++;
	if (v > 0 && post < S->nt && S->t[post].cls == C_COMMA && clause_speaker_post(S, post))
		for (end = post + 1; end < S->nt && S->t[end].cls != C_COMMA; end++)
			;
	const char *code = NULL;
	/* shside128: the speaker's own phrase stands for the "I" in source_text/target_text
	 * ('"I encourage the police ...," said La Lime': La Lime), as the code it gives */
	for (int k = 0; v > 0 && k < S->na && !code; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos > q && (a->pos < v || a->pos <= v + 2 || (a->pos > post &&
		    a->pos < end) || body_of_speaker(S, v, post, a->pos)) && !a->pron_kind &&
		    a->ncodes >= 1) {
			code = a->codes[0];
			*words = tail_speaker_words(S, q, v, post, a);
		}
	}
	/* an agent's words stand for the "we" (later context) */
	if (!code && v > 0 && (code = tail_agent_speaker(S, q, v)))
		*words = sent_span_text(S, q + 1, v - 1);
	if (!code && v > 0 && (*words = tail_name(S, q, v)) &&
	    !(code = context_named_code(S, *words)))
		*words = NULL;
	return code;
}

/* shallow42: without the parse, a quotation's first person ("I", "we") left without a side
 * is the speaker named after its closing mark ('"..., I will raise the tariffs on cars," Trump
 * declared': context_tail_speaker). The parse path binds the quote's subject itself
 * (synquote.c) and is left as it is. */
void context_quote_tail_speaker(coder_sent *S)
{
	if (syntax_on(S))
		return;
	const char *words = NULL, *code = context_tail_speaker(S, &words);
	if (!code)
		return;
	char why[192];
	snprintf(why, sizeof why, "the quote's first person = the speaker named after it, %s",
		 code);
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int s = !strcmp(e->source, "---") && first_person_text(e->source_text);
		int t = !strcmp(e->target, "---") && first_person_text(e->target_text);
		context_set_sides(S, e, s ? code : NULL, t ? code : NULL, why);
		if (s && words && e->source == code)
			e->source_text = words;
		if (t && words && e->target == code)
			e->target_text = words;
	}
}

/* country40: the speaker named before a speech verb that opens a reported clause with the
 * first person owner in it ('Erdogan said our soldiers attacked ...'), no quotation in the
 * sentence: the country of the nearest dictionary actor before the first speech verb, with
 * no comma or other speech verb between, when an "our" comes after that verb. Fills cc[4];
 * returns 1 when found. */
static int lead_speaker_country(coder_sent *S, char cc[4])
{
	int v = -1, our = 0;
	/* most sentences hold no "our": one word test each, not the speech-verb list's ten */
	while (our < S->nt && !tok_is(&S->t[our], "OUR"))
		our++;
	if (our == S->nt)
		return 0;
	our = 0;
	for (int i = 0; i < S->nt; i++) {
		if (S->t[i].cls == C_QUOTE)
			return 0;
		if (v < 0 && tok_in(&S->t[i], SPEECH_WORDS))
			v = i;
		else if (v >= 0 && tok_is(&S->t[i], "OUR"))
			our = 1;
	}
	if (v < 0 || !our)
		return 0;
	int best = -1;
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= v || a->pron_kind || a->ncodes < 1)
			continue;
		best = k;
	}
	if (best < 0)
		return 0;
	for (int i = S->a[best].end + 1; i < v; i++)
		if (S->t[i].cls == C_COMMA || S->t[i].type == TY_VERB)
			return 0;
	actor_split(S->a[best].codes[0], cc);
	return cc[0] && !actor_is_region(S->a[best].codes[0]);
}

/* 1 when the words after an owner ("our", "your") name other sides the owner deals with:
 * "our partners", "our neighbours", "your enemies" are not the owner's own. */
static int other_sides(const char *text)
{
	static const char *const rel[] = { "partner", "ally", "allies", "friend", "neighbo",
		"enem", "adversar", "rival", "opponent", "foe", "counterpart", "guest", "host",
		"competitor", NULL };
	for (const char *p = strchr(text, ' '); p; p = strchr(p + 1, ' '))
		for (int k = 0; rel[k]; k++)
			if (!strncasecmp(p + 1, rel[k], strlen(rel[k])))
				return 1;
	return 0;
}

/* The new code of an event side whose words open with the owner word own ("our ", "your ")
 * and that is owner's with cc as its country: a bare role ("our soldiers", "our police":
 * ~MIL, ~COP) takes cc; so does a phrase no dictionary names ("our energy grid", "our
 * cities": ---, quote51), unless it names other sides (other_sides). A role of the state's
 * own (MIL, COP, GOV, SPY) that a place gave another country ("our soldiers in northern
 * Iraq": IRQMIL) is the owner's too: the place says where they are, not whose they are; not
 * other words ("our partners in Kenya" are Kenya). NULL: no change. */
static const char *owned_side(coder_sent *S, const char *code, const char *text,
			      const char *own, const char *cc)
{
	static const char *const state[] = { "MIL", "COP", "GOV", "SPY", NULL };
	char out[32], has[4];
	size_t n = strlen(own);
	if (!code || !text || strncasecmp(text, own, n) || strlen(code) + 3 >= sizeof out)
		return NULL;
	if (!strcmp(code, "---"))
		return other_sides(text) ? NULL : arena_strdup(&S->c->scratch, cc);
	if (code[0] == '~') {
		snprintf(out, sizeof out, "%s%s", cc, code + 1);
		return arena_strdup(&S->c->scratch, out);
	}
	const char *sector = actor_split(code, has);
	if (!sector || !has[0] || !strcmp(has, cc))
		return NULL;
	for (int k = 0; state[k]; k++)
		if (!strcmp(sector, state[k])) {
			snprintf(out, sizeof out, "%s%s", cc, sector);
			return arena_strdup(&S->c->scratch, out);
		}
	return NULL;
}

/* A quotation's "our troops" are the speaker's: '"He was killed by our soldiers," the
 * Israeli prime minister wrote' (ISRMIL), and so are a reported clause's ('Erdogan said our
 * soldiers attacked ...'); quote51: so are "my" words and "our" words no dictionary names
 * ('"Russia attacked our energy grid," Zelenskyy said': UKR). Any sentence, alone too: the
 * speaker is named in it. */
void context_quote_our(coder_sent *S)
{
	static const char *const own[] = { "our ", "my ", NULL };
	char cc[4];
	int lead = 0;
	if (!tail_speaker_country(S, cc) && !(lead = lead_speaker_country(S, cc)))
		return;
	char why[96];
	snprintf(why, sizeof why, "the %s's \"our\" = its speaker's country %s",
		 lead ? "reported clause" : "quote", cc);
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		const char *s = NULL, *t = NULL;
		for (int k = 0; own[k] && !s && !t; k++) {
			s = owned_side(S, e->source, e->source_text, own[k], cc);
			t = owned_side(S, e->target, e->target_text, own[k], cc);
		}
		if (s || t)
			context_set_sides(S, e, s, t, why);
	}
}

/* The actor a quotation's speaker tells it to, named right after "told" in the tail after
 * its closing mark (tail_mark; '...," the minister told his American counterpart'): -1: none. */
static int told_actor(const coder_sent *S)
{
	int q = tail_mark(S), v = -1;
	for (int i = q + 1; q > 0 && i < S->nt && v < 0; i++)
		if (tok_is(&S->t[i], "TOLD"))
			v = i;
	for (int k = 0; v > 0 && k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos > v && a->pos <= v + 3 && !a->pron_kind && a->ncodes >= 1)
			return k;
	}
	return -1;
}

/* quote51: a quotation's "you" is the side its speaker told it to ('"We will not allow you
 * to threaten our sovereignty," the Chinese defense minister told his American
 * counterpart': USA...), and "your" words are that side's as "our" words are the speaker's
 * (owned_side). Only sides no rule placed (--- or a bare role). */
void context_quote_you(coder_sent *S)
{
	int k = told_actor(S);
	if (k < 0)
		return;
	const char *code = S->a[k].codes[0];
	char cc[4];
	actor_split(code, cc);
	char why[96];
	snprintf(why, sizeof why, "the quote's \"you\" = the one its speaker told, %s", code);
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		int sy = !strcmp(e->source, "---") && e->source_text &&
			 !strcasecmp(e->source_text, "you");
		int ty = !strcmp(e->target, "---") && e->target_text &&
			 !strcasecmp(e->target_text, "you");
		const char *s = sy ? code : NULL, *t = ty ? code : NULL;
		if (cc[0] && !actor_is_region(code)) {
			s = s ? s : owned_side(S, e->source, e->source_text, "your ", cc);
			t = t ? t : owned_side(S, e->target, e->target_text, "your ", cc);
		}
		if (s || t)
			context_set_sides(S, e, s, t, why);
	}
}

/* sides39: 1 when an event side's words open with "their" ('"We were attacked by their
 * soldiers," the Georgian defence minister said') and the speaker named after the sentence's
 * quotation is of country cc: in the speaker's own words "their" is the other side, never
 * the speaker's, so the sentence's one country (the speaker's) does not place it. */
int context_quote_theirs(coder_sent *S, const char *text, const char *cc)
{
	char sc[4];
	return text && cc && !strncasecmp(text, "their ", 6) && tail_speaker_country(S, sc) &&
	       !strcmp(sc, cc);
}

/* shquotei163: --shallow, a quotation's first person ("I", "we") that no rule of the story
 * placed, its speaker after the closing mark a name no dictionary or earlier sentence codes
 * ('"So I appeal to my Chinese colleague ...," Wood said'): the side stays "---" but its words
 * become the speaker's name (tail_name), as the parse path's subject binding gives them. Run
 * last, so no rule places the name by the story's country (a quoted expert is often of
 * another). A name: its first word, right after the mark or the speech verb, is capitalised
 * and no pronoun or determiner ('," the official said' keeps "I"/"we"). A third-person
 * pronoun alone before the verb ('"We urge Guatemalan authorities ...," they said') gives
 * its word to the first person however the side was placed (the pronoun rules' code). */
void context_quote_tail_name(coder_sent *S)
{
	int q = -1, v = syntax_on(S) ? -1 : tail_speech_verb(S, &q);
	const char *words = v > 0 ? tail_name(S, q, v) : NULL;
	int a = v - q > 1 ? q + 1 : v + 1;
	static const char *const third[] = { "HE", "SHE", "THEY", NULL };
	int pron = words && v - q == 2 && tok_in(&S->t[a], third);
	if (!words || a >= S->nt || (!pron && (!S->t[a].cap || S->t[a].type == TY_PRON ||
	    S->t[a].type == TY_DET)))
		return;
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		if ((pron || !strcmp(e->source, "---")) && first_person_text(e->source_text))
			e->source_text = words;
		if ((pron || !strcmp(e->target, "---")) && first_person_text(e->target_text))
			e->target_text = words;
	}
}
