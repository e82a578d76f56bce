/*
 * synquote.c - a quotation with an attribution tail ('"The arrests are unacceptable," the
 * minister said.'): the quotation is a sentence of its own, but parsed with its tail as one
 * line the parser often hangs the speech verb inside the quotation or leaves the quotation's
 * clauses apart (quote18 counted 126 of 284 such sentences on the VOA corpus). Where the
 * parse does not make the tail's speech verb the root with the quotation's main verb as its
 * complement, the quotation and the tail are parsed again, each as its own sentence (the
 * same words, so the coder's tokens, offsets and tag constraints stand), and joined: the
 * tail's speech verb is the root, the quotation's root its ccomp, the quote marks and the
 * comma the quotation's punctuation; only when the tail's own root is a speech verb and the
 * quotation's a predicate (else the line's parse stands). The reported-speech rules then
 * read it as any "X said (that) ..." sentence. quoteparse123: a quoted clause that opens
 * inside a clause ('said the newspaper's "thinking is antiquated ..."') is parsed without
 * its two marks, which then hang on the quoted words as punctuation. passive128: a sentence
 * that only closes a quotation opened before it ('... was killed," X told reporters') too.
 */
#include "coder/syntree.h"
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#define TAIL_MAX 20   /* words after the closing mark: an attribution, not a second sentence */

static int is_punct(const khaldun_parse_token *w)
{
	return syn_upos_is(w, "PUNCT");
}

/* The closing mark of a sentence that opens with a quotation mark and has exactly one
 * more; -1: none. passive128: or of a sentence with one mark only, after a comma, that
 * closes a quotation opened in an earlier sentence ('The police returned fire and Arnel
 * Joseph was killed," Frantz Exantus told reporters'); *lo is the quotation's first word. */
static int closing_mark(const struct syntax_parse *P, int *lo)
{
	if (P->nw < 2)
		return -1;
	*lo = syn_quote_mark(&P->w[0]) ? 1 : 0;
	int b = -1;
	for (int i = *lo; i < P->nw; i++)
		if (syn_quote_mark(&P->w[i])) {
			if (b >= 0)
				return -1;
			b = i;
		}
	if (!*lo && (b < 1 || P->w[b - 1].len != 1 || P->w[b - 1].form[0] != ','))
		return -1;
	return b;
}

/* The one word of [lo, hi) whose head lies outside it (punctuation aside); -1: none or
 * several. */
static int span_root(const khaldun_parse_token *w, int lo, int hi)
{
	int r = -1;
	for (int i = lo; i < hi; i++) {
		int h = (int)w[i].head - 1;
		if (is_punct(&w[i]) || (h >= lo && h < hi))
			continue;
		if (r >= 0)
			return -1;
		r = i;
	}
	return r;
}

/* 1 when the parse already reads the tail's speech verb as the root with the quotation's
 * root as its ccomp or parataxis. */
static int parsed_as_report(const struct syntax_parse *P, int lo, int hi, int tail)
{
	int sv = tail;
	while (sv < P->nw && !syn_speech_word(&P->w[sv]))
		sv++;
	if (sv == P->nw || P->w[sv].head)
		return 0;
	int r = span_root(P->w, lo, hi);
	return r >= 0 && (int)P->w[r].head == sv + 1 &&
	       (syn_rel_is(&P->w[r], "ccomp") || syn_rel_is(&P->w[r], "parataxis"));
}

/* 1 when word w can head a sentence: a verb, or an adjective or noun that a copula makes a
 * predicate ("It is unconstitutional"); a pronoun or a conjunction as the root is a parse that
 * failed ("If the Taliban are sincere in what they say, ...": root "what"). */
static int predicate_word(const khaldun_parse_token *w)
{
	static const char *const ok[] = { "VERB", "AUX", "ADJ", "NOUN", "PROPN", NULL };
	for (int k = 0; w->upos && ok[k]; k++)
		if (!strcmp(w->upos, ok[k]))
			return 1;
	return 0;
}

/* 1 when a word of P's [lo, hi) has the form of a verb of saying (SPEECH_WORDS): the one
 * condition of syn_speech_word that a new parse of the words cannot change, so a tail
 * without one ("..., the ministry in Kabul.") is not parsed at all (speed128). */
static int speech_form_in(const struct syntax_parse *P, int lo, int hi)
{
	for (int i = lo; i < hi; i++)
		if (syn_word_in(&P->w[i], SPEECH_WORDS))
			return 1;
	return 0;
}

/* Parses words [lo, hi) of w as a sentence of their own; returns its root word, or -1. */
static int parse_span(const khaldun_parser *parser, khaldun_parse_token *w, int lo, int hi)
{
	if (khaldun_parse_tokens(parser, w + lo, (size_t)(hi - lo)) != KHALDUN_OK)
		return -1;
	int root = -1;
	for (int i = lo; i < hi; i++) {
		if (!w[i].head)
			root = root < 0 ? i : root;
		else
			w[i].head += (size_t)lo;
	}
	return root;
}

/* Hangs words [lo, hi) that are punctuation outside the two parsed spans on word h. */
static void punct_on(khaldun_parse_token *w, int lo, int hi, int h)
{
	for (int i = lo; i < hi; i++)
		syn_rehang(&w[i], (size_t)h + 1, "punct");
}

/* aside153: the root of a tail parsed alone that sets its speaker off by a comma ('"...,"
 * Kenyan President William Ruto, told reporters'): the parser makes the name the root and the
 * speech verb after the comma its parataxis, appos or acl. When the root r is a name or noun
 * and the only finite verb of the tail [tail, end) is a speech verb right after a comma and
 * hung on r, with no subject of its own, the verb becomes the root, r its subject and the
 * comma its punctuation; returns the speech verb (else r, unchanged). A tail with a clause of
 * its own ('Ruto, who spoke to reporters, said') has a second verb and is left alone. */
static int comma_speaker(khaldun_parse_token *w, int tail, int end, int r)
{
	static const char *const hang[] = { "parataxis", "appos", "acl", "conj", NULL };
	if (!w[r].upos || (strcmp(w[r].upos, "PROPN") && strcmp(w[r].upos, "NOUN")))
		return r;
	int sv = -1;
	for (int i = tail; i < end; i++) {
		if (!syn_is_verb(&w[i]) && !(w[i].upos && !strcmp(w[i].upos, "AUX")))
			continue;
		if (sv >= 0 || i < r)
			return r;   /* a second verb, or one before the name: a clause of its own */
		sv = i;
	}
	if (sv < 1 || !syn_speech_word(&w[sv]) || (int)w[sv].head != r + 1 ||
	    !w[sv - 1].len || w[sv - 1].form[0] != ',' || w[sv - 1].len != 1)
		return r;
	int k = 0;
	while (hang[k] && !syn_rel_is(&w[sv], hang[k]))
		k++;
	if (!hang[k])
		return r;
	for (int i = tail; i < end; i++)
		if ((int)w[i].head == sv + 1 && syn_rel_is(&w[i], "nsubj"))
			return r;
	syn_rehang(&w[sv], 0, "root");
	syn_rehang(&w[r], (size_t)sv + 1, "nsubj");
	syn_rehang(&w[sv - 1], (size_t)sv + 1, "punct");
	for (int i = sv + 1; i < end; i++)   /* the final stop the name held */
		if ((int)w[i].head == r + 1 && is_punct(&w[i]))
			syn_rehang(&w[i], (size_t)sv + 1, "punct");
	return sv;
}

/* apposspk158: the root of a tail parsed alone whose speaker carries a relative clause set off
 * by commas ('"...," Caoilfhionn Gallagher, who is leading the legal team, told VOA'): the
 * parser makes the name the root and the speech verb an advcl of the clause's verb, or makes
 * the clause's verb a ccomp of the speech verb, where it would stand for the statement. When
 * the tail [tail, end) is a noun phrase, a comma, "who"/"which" opening a clause of one root, a
 * comma and a speech verb, the verb becomes the root with the phrase's head its subject and the
 * clause an acl:relcl of that head; returns the speech verb (else r, unchanged). */
static int relative_speaker(khaldun_parse_token *w, int tail, int end, int r)
{
	static const char *const relpron[] = { "who", "which", NULL };
	int c1 = tail, c2;
	while (c1 < end && !syn_word_is(&w[c1], ","))
		c1++;
	if (c1 + 2 >= end || !syn_word_in(&w[c1 + 1], relpron))
		return r;
	for (c2 = c1 + 2; c2 < end && !syn_word_is(&w[c2], ","); c2++)
		if (syn_quote_mark(&w[c2]))
			return r;
	int sv = c2 + 1;
	if (sv >= end || !syn_speech_word(&w[sv]))
		return r;
	int n = span_root(w, tail, c1), rv = span_root(w, c1 + 1, c2);
	if (n < 0 || rv < 0 || !w[n].upos || (strcmp(w[n].upos, "PROPN") &&
					      strcmp(w[n].upos, "NOUN")))
		return r;
	for (int i = sv + 1; i < end; i++) {   /* the rest hangs on the verb, or is punctuation */
		int h = (int)w[i].head - 1;
		if (h < sv && !is_punct(&w[i]))
			return r;
	}
	syn_rehang(&w[sv], 0, "root");
	syn_rehang(&w[n], (size_t)sv + 1, "nsubj");
	syn_rehang(&w[rv], (size_t)n + 1, "acl:relcl");
	syn_rehang(&w[c1], (size_t)rv + 1, "punct");
	syn_rehang(&w[c2], (size_t)rv + 1, "punct");
	for (int i = sv + 1; i < end; i++)
		if ((int)w[i].head - 1 < sv)
			syn_rehang(&w[i], (size_t)sv + 1, "punct");
	return sv;
}

/* ctxwe168: the root r of a tail that opens with "said" or "says" ('"...," said a spokesman
 * for the Pakistani Taliban'): its quotation is what was said, so a noun or name the parser
 * hung on it as its object, with no subject beside it, is its subject, the speaker the
 * quotation's "we" stands for. Returns 1 when it rehung one. */
static int said_first_speaker(khaldun_parse_token *w, int tail, int end, int r)
{
	static const char *const said[] = { "said", "says", NULL };
	if (r != tail || !syn_word_in(&w[r], said))
		return 0;
	int o = -1;
	for (int i = tail + 1; i < end; i++) {
		if ((int)w[i].head != r + 1)
			continue;
		if (syn_rel_is(&w[i], "nsubj"))
			return 0;
		if (syn_rel_is(&w[i], "obj") && o < 0)
			o = i;
	}
	if (o < 0 || !w[o].upos || (strcmp(w[o].upos, "NOUN") && strcmp(w[o].upos, "PROPN")))
		return 0;
	syn_rehang(&w[o], (size_t)r + 1, "nsubj");
	return 1;
}

int syn_quote_tail(const khaldun_parser *parser, struct syntax_parse *P)
{
	int lo = 1, b = closing_mark(P, &lo);
	if (b < 0)
		return 0;
	int hi = b;                           /* the quotation's words: [lo, hi) */
	while (hi > lo && is_punct(&P->w[hi - 1]))
		hi--;
	int tail = b + 1;
	while (tail < P->nw && is_punct(&P->w[tail]) && P->w[tail].len == 1 &&
	       P->w[tail].form[0] == ',')
		tail++;
	int end = P->nw;
	if (hi - lo < 3 || tail >= end || end - tail > TAIL_MAX || !speech_form_in(P, tail, end))
		return 0;
	if (parsed_as_report(P, lo, hi, tail)) {   /* the speaker's clause alone to mend */
		int r = tail;
		while (P->w[r].head)
			r++;
		return said_first_speaker(P->w, tail, end, r) |
		       (relative_speaker(P->w, tail, end, r) != r);
	}
	khaldun_parse_token *w = malloc((size_t)P->nw * sizeof *w);
	if (!w)
		return 0;
	memcpy(w, P->w, (size_t)P->nw * sizeof *w);
	/* the short tail first: a tail whose root is no verb of saying leaves the quotation
	 * unparsed (the two spans are disjoint, so the order changes no head) */
	int sv = parse_span(parser, w, tail, end);
	sv = sv >= 0 ? comma_speaker(w, tail, end, sv) : sv;
	sv = sv >= 0 ? relative_speaker(w, tail, end, sv) : sv;
	if (sv >= 0)
		said_first_speaker(w, tail, end, sv);
	int qr = sv >= 0 && syn_speech_word(&w[sv]) ? parse_span(parser, w, lo, hi) : -1;
	if (sv < 0 || qr < 0 || !syn_speech_word(&w[sv]) || !predicate_word(&w[qr])) {
		free(w);
		return 0;
	}
	syn_rehang(&w[qr], (size_t)sv + 1, "ccomp");
	punct_on(w, 0, lo, qr);
	punct_on(w, hi, tail, qr);
	memcpy(P->w, w, (size_t)P->nw * sizeof *w);
	free(w);
	return 1;
}

/* 1 when word w may stand between a speech verb and its object ("told the Security
 * Council", "said retired Turkish admiral Cem Gurdeniz", 'told NBC's "Meet the Press"'): a
 * determiner, noun, name, adjective, possessive or quotation mark. */
static int object_word(const khaldun_parse_token *w)
{
	static const char *const ok[] = { "DET", "NOUN", "PROPN", "ADJ", "PART", NULL };
	if (syn_quote_mark(w))
		return 1;
	for (int k = 0; w->upos && ok[k]; k++)
		if (!strcmp(w->upos, ok[k]))
			return 1;
	return 0;
}

/* 1 when word w is a lower-case past participle ("retired", "jailed", "exiled"). */
static int lower_participle(const khaldun_parse_token *w)
{
	return w->len > 3 && islower((unsigned char)w->form[0]) && syn_ends(w, "ed");
}

int syn_tail_title(const khaldun_parser *parser, struct syntax_parse *P)
{
	int lo = 1, b = closing_mark(P, &lo);
	if (b < 0 || !lo)
		return 0;   /* a quotation that opens here only */
	int sv = b + 1;
	while (sv < P->nw && is_punct(&P->w[sv]) && P->w[sv].len == 1 && P->w[sv].form[0] == ',')
		sv++;
	int pt = sv + 1, end = P->nw;       /* the participle; the speaker: [pt + 1, end) */
	while (end > pt && is_punct(&P->w[end - 1]))
		end--;
	if (pt + 1 >= end || end - pt > 8 || P->w[sv].head || !syn_speech_word(&P->w[sv]) ||
	    !lower_participle(&P->w[pt]) || !isupper((unsigned char)P->w[pt + 1].form[0]))
		return 0;
	for (int i = 0; i < P->nw; i++)
		if ((int)P->w[i].head == sv + 1 && syn_rel_is(&P->w[i], "nsubj"))
			return 0;   /* the speech verb has its speaker */
	for (int i = pt + 1; i < end; i++)
		if (!object_word(&P->w[i]) || syn_quote_mark(&P->w[i]))
			return 0;   /* a name phrase, no clause of its own */
	khaldun_parse_token *w = malloc((size_t)P->nw * sizeof *w);
	if (!w)
		return 0;
	memcpy(w, P->w, (size_t)P->nw * sizeof *w);
	int r = parse_span(parser, w, pt + 1, end);
	if (r < 0 || !w[r].upos || (strcmp(w[r].upos, "PROPN") && strcmp(w[r].upos, "NOUN"))) {
		free(w);
		return 0;
	}
	syn_rehang(&w[r], (size_t)sv + 1, "nsubj");
	syn_rehang(&w[pt], (size_t)r + 1, "amod");
	w[pt].upos = "ADJ";
	punct_on(w, end, P->nw, sv);
	memcpy(P->w, w, (size_t)P->nw * sizeof *w);
	free(w);
	return 1;
}

int syn_tail_speaker(const struct syntax_parse *P, int h, int vw)
{
	int before = 0, all = 0;
	for (int i = 0; i < P->nw; i++) {
		before += i < vw && syn_quote_mark(&P->w[i]);
		all += syn_quote_mark(&P->w[i]);
	}
	int c = vw + 1;                      /* the closing mark of the quote vw is in */
	while (c < P->nw && !syn_quote_mark(&P->w[c]))
		c++;
	/* inside a quote: opened before vw, or in an earlier sentence (one mark, after vw) */
	if (!(before & 1) && (before || !(all & 1)))
		return 0;
	if (c >= h)
		return 0;
	int sv = c + 1;                      /* the tail's first verb: a speech verb */
	while (sv < h && !syn_is_verb(&P->w[sv]) && !syn_speech_word(&P->w[sv]))
		sv++;
	if (sv == h) {                       /* '"...," Robert Wood, ..., told reporters' */
		while (sv < P->nw && !syn_is_verb(&P->w[sv]) && !syn_speech_word(&P->w[sv]) &&
		       !syn_quote_mark(&P->w[sv]))
			sv++;
		return sv < P->nw && syn_speech_word(&P->w[sv]);
	}
	if (!syn_speech_word(&P->w[sv]))
		return 0;
	for (int i = sv + 1; i < h; i++)     /* '"...," said X', '"...," he told X' */
		if (!object_word(&P->w[i]))
			return 0;
	return 1;
}

/* 1 when the quotation mark at word i opens a quotation inside a clause ('called the ruling
 * "arbitrary"'): an even count of marks before it, a lower-case word after it, and neither
 * the sentence's first word nor after a colon or comma that sets a quoted sentence off. */
static int inner_opener(const struct syntax_parse *P, int i)
{
	if (i == 0 || i + 1 >= P->nw || !syn_quote_mark(&P->w[i]) || syn_quoted(P, i) ||
	    !islower((unsigned char)P->w[i + 1].form[0]))
		return 0;   /* a capital: a quoted sentence ('says that "We always ..."') */
	const khaldun_parse_token *p = &P->w[i - 1];
	return !(p->len == 1 && (p->form[0] == ':' || p->form[0] == ','));
}

/* 1 when a word between marks lo and hi is a verb or auxiliary: a quoted clause ('"thinking
 * is antiquated"'), not a quoted name or noun phrase ('"high threat illegal aliens"'). */
static int has_verb(const struct syntax_parse *P, int lo, int hi)
{
	for (int i = lo + 1; i < hi; i++)
		if (P->w[i].upos && (!strcmp(P->w[i].upos, "VERB") || !strcmp(P->w[i].upos, "AUX")))
			return 1;
	return 0;
}

int syn_inner_quotes(const khaldun_parser *parser, struct syntax_parse *P)
{
	char drop[SYN_MAX] = { 0 };
	int nd = 0;
	for (int i = 0; i < P->nw; i++) {
		if (!inner_opener(P, i))
			continue;
		int c = i + 1;
		while (c < P->nw && !syn_quote_mark(&P->w[c]))
			c++;
		if (c == P->nw)
			break;   /* no closing mark: the quotation runs on past the sentence */
		if ((P->w[c - 1].len == 1 && P->w[c - 1].form[0] == ',') || !has_verb(P, i, c)) {
			i = c;   /* ',"' closes a clause: 'be "no room for talks," X said'; a */
			/* quoted noun phrase the marks hold together ("high threat ...") */
			continue;
		}
		drop[i] = drop[c] = 1;
		nd += 2;
		i = c;
	}
	if (!nd || P->nw - nd < 2)
		return 0;
	khaldun_parse_token *w = malloc((size_t)P->nw * sizeof *w);
	int *from = malloc((size_t)P->nw * sizeof *from);   /* compact index -> word */
	if (!w || !from) {
		free(w);
		free(from);
		return 0;
	}
	int n = 0;
	for (int i = 0; i < P->nw; i++)
		if (!drop[i]) {
			from[n] = i;
			w[n++] = P->w[i];
		}
	int ok = khaldun_parse_tokens(parser, w, (size_t)n) == KHALDUN_OK;
	for (int k = 0; ok && k < n; k++) {
		khaldun_parse_token *t = &P->w[from[k]];
		t->upos = w[k].upos;
		syn_rehang(t, w[k].head ? (size_t)from[w[k].head - 1] + 1 : 0, w[k].deprel);
	}
	for (int i = 0; ok && i < P->nw; i++) {   /* opener on the next word, closer on the last */
		if (!drop[i])
			continue;
		int open = !syn_quoted(P, i), j = i;
		do
			j += open ? 1 : -1;
		while (j >= 0 && j < P->nw && (drop[j] || is_punct(&P->w[j])));
		j = j < 0 || j >= P->nw ? from[0] : j;
		syn_rehang(&P->w[i], (size_t)j + 1, "punct");
		P->w[i].upos = "PUNCT";
	}
	free(w);
	free(from);
	return ok;
}
