/*
 * ctxdoc.c - story context (context.c): a document the story told of speaks for its author.
 * "The U.N. published an assessment on Monday. The assessment said the storm displaced 3,000
 * people." The second sentence's subject is a thing, no side; yet "the assessment" points
 * back to the text a named side put out: that side is the source. Invariant: changes only
 * events with no source whose subject is a definite document noun with no owner word (or
 * whose source is only the time of a back-pointing document subject's participle: "An
 * earlier suit filed in March", lead_doc), and
 * only when one of the story's two previous sentences told that a named side (no pronoun,
 * no bare role) issued, published, released or filed a text of the same noun, or spoke in
 * one ("said in a statement"), or named it as the text's by "from" or "by" ("a report by
 * Amnesty"); notes why in event.context.
 */
#include "coder/sent.h"
#include "cameo/actor.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The document nouns (singular; a plural adds "s"): a text a side writes and puts out. */
static const char *const doc_nouns[] = { "STATEMENT", "REPORT", "ASSESSMENT", "STUDY",
	"SURVEY", "DRAFT", "LETTER", "DOCUMENT", "DECLARATION", "COMMUNIQUE", "PROPOSAL",
	"RULING", "LAWSUIT", "SUIT", "COMPLAINT", "PETITION", "MEMO", "DECREE", "INDICTMENT",
	"RESOLUTION", "REVIEW", "AUDIT", NULL };
/* The verbs by which a side puts a text out (the past, the present's -s form). */
static const char *const doc_verbs[] = { "ISSUED", "ISSUES", "PUBLISHED", "PUBLISHES",
	"RELEASED", "RELEASES", "CIRCULATED", "FILED", "FILES", "SUBMITTED", "DRAFTED",
	"PRESENTED", "UNVEILED", "ADOPTED", "SENT", "WROTE", "DELIVERED", "PRODUCED", "BROUGHT",
	NULL };
/* The words that open the text's phrase after the verb ("issued a statement", "filed two
 * lawsuits", "released its annual report"). */
static const char *const doc_dets[] = { "A", "AN", "ITS", "THEIR", "HIS", "HER", "TWO",
	"THREE", "SEVERAL", "MULTIPLE", "NEW", NULL };
/* The words before a side's name that make it no author (the object of a preposition:
 * "a letter to Kenya", "a report on Egypt"). */
static const char *const preps[] = { "OF", "TO", "BY", "FOR", "WITH", "AGAINST", "ON", "IN",
	"AT", "FROM", "ABOUT", "OVER", "INTO", NULL };
/* The definite words that open a subject pointing back to a text told before. */
static const char *const definite[] = { "the", "this", "that", "these", "those", NULL };

/* The words that open an indefinite subject pointing back to one of the texts told before
 * ("One suit", "Another report"; after "a"/"an": "An earlier lawsuit", "A second letter"). */
static const char *const back_one[] = { "ONE", "ANOTHER", NULL };
static const char *const back_after_a[] = { "EARLIER", "SECOND", "PREVIOUS", "PRIOR", NULL };

/* The index in doc_nouns of the word w (n bytes, any case; a plural in "s" too); -1: none.
 * Called on every word of every sentence: the length and first letter are checked first. */
static int doc_noun(const char *w, size_t n)
{
	if (n < 4 || n > 12)
		return -1;   /* "SUIT", "MEMO" .. "DECLARATIONS" */
	int c = toupper((unsigned char)w[0]);
	for (int k = 0; doc_nouns[k]; k++) {
		if (doc_nouns[k][0] != c)
			continue;
		size_t m = strlen(doc_nouns[k]);
		if ((n == m || (n == m + 1 && toupper((unsigned char)w[m]) == 'S')) &&
		    !strncasecmp(w, doc_nouns[k], m))
			return k;
	}
	return -1;
}

/* The document noun (index in doc_nouns) a definite subject with no owner word names: "The
 * assessment", "The new report", "These lawsuits" ("The U.N. report" and "Amnesty's report"
 * name their author, which the coder reads itself); -1: none. The noun ends the text. */
static int subject_doc(const char *t)
{
	if (!t)
		return -1;
	for (int k = 0; k < 4; k++) {
		const char *w;
		size_t n;
		if (!context_plain_word(&t, k == 0, &w, &n))
			return -1;
		if (k == 0) {
			int ok = 0;
			for (int j = 0; definite[j]; j++)
				ok |= strlen(definite[j]) == n && !strncasecmp(w, definite[j], n);
			if (!ok)
				return -1;
			continue;
		}
		int d = doc_noun(w, n);
		if (d >= 0) {
			while (*t == ' ')
				t++;
			return *t ? -1 : d;
		}
	}
	return -1;
}

/* The token of the verb (or of "in" after a speech verb: "said in a statement") that puts
 * out the text whose noun is token j; -1 when none comes right before its phrase. */
static int doc_verb(coder_sent *S, int j)
{
	int i = j - 1, mods = 0;
	while (i >= 0 && !tok_in(&S->t[i], doc_dets) && mods < 2 &&
	       S->t[i].type != TY_ACTOR && S->t[i].type != TY_AGENT && !S->t[i].cap) {
		i--;   /* "preliminary", "joint": up to two words before the noun */
		mods++;
	}
	if (i < 1 || !tok_in(&S->t[i], doc_dets))
		return -1;
	const coder_tok *v = &S->t[i - 1];
	if (tok_in(v, doc_verbs))
		return i - 1;
	if (tok_is(v, "IN") && i >= 2 && S->t[i - 2].type == TY_VERB)
		return i - 2;
	return -1;
}

/* The document noun (index in doc_nouns) of the sentence's opening subject when it points
 * back to a text told before and a participle with its time follows it, the source the
 * coder found then being only those time words ("An earlier suit filed in March alleged",
 * "The report, released on Monday, said": a month or a day is never a side), or the subject's
 * own words up to the noun (wrongactor159: "An earlier suit"); -1: none.
 * last: the last word of the event's source words. The opener is a definite word, "one",
 * "another", or "a"/"an" with "earlier", "second" ... (back_after_a). */
static int lead_doc(coder_sent *S, const char *last)
{
	int i = 0, j;
	while (i < S->nt && S->t[i].cls == C_QUOTE)
		i++;   /* an opening quote mark */
	if (i + 2 >= S->nt)
		return -1;
	const coder_tok *o = &S->t[i];
	int ok = tok_in(o, back_one);
	for (int k = 0; definite[k]; k++)
		ok |= o->n == (int)strlen(definite[k]) && !strncasecmp(o->s, definite[k], o->n);
	if (!ok && (tok_is(o, "A") || tok_is(o, "AN")) && tok_in(&S->t[i + 1], back_after_a))
		ok = 1, i++;
	if (!ok)
		return -1;
	for (j = i + 1; j < S->nt && j <= i + 3; j++)
		if (S->t[j].type == TY_ACTOR || S->t[j].type == TY_AGENT || S->t[j].cap ||
		    doc_noun(S->t[j].s, (size_t)S->t[j].n) >= 0)
			break;   /* "The U.N. report" names its author: no back-reference */
	if (j >= S->nt || j > i + 3 || S->t[j].cap)
		return -1;
	int d = doc_noun(S->t[j].s, (size_t)S->t[j].n), p = j + 1;
	if (d < 0 || S->t[j].type == TY_ACTOR || S->t[j].type == TY_AGENT)
		return -1;
	p += p < S->nt && S->t[p].cls == C_COMMA;
	if (p >= S->nt || S->t[p].n < 4 || strncmp(S->t[p].s + S->t[p].n - 2, "ED", 2))
		return -1;   /* "filed", "released": the participle */
	/* wrongactor159: or the subject's own words up to its noun, which --shallow reads past
	 * the participle's time ("An earlier suit" filed in March) */
	if ((size_t)S->t[j].n == strlen(last) && !strncasecmp(S->t[j].s, last, strlen(last)))
		return d;
	for (int k = p + 6; k > p + 1; k--)
		if (k <= S->nt && context_time_lead(S, p + 1, k) &&
		    (size_t)S->t[k - 1].n == strlen(last) && !strncasecmp(S->t[k - 1].s, last,
		    strlen(last)))
			return d;
	return -1;
}

/* The code of actor a when it names one side that can author a text: no pronoun, no bare
 * role, no group of codes; NULL otherwise. */
static const char *side_code(const coder_actor *a)
{
	if (a->pos < 0 || a->pron_kind || a->ncodes != 1 || a->codes[0][0] == '~' ||
	    a->codes[0][0] == '-')
		return NULL;
	return a->codes[0];
}

/* The code of the named side right before token v (at most four words between, none a
 * comma's break), the subject of the verb there; NULL when none, no side (side_code) or the
 * object of a preposition. */
static const char *doc_author(coder_sent *S, int v)
{
	for (int k = 0; k < S->na; k++) {
		const coder_actor *a = &S->a[k];
		if (a->pos < 0 || a->end >= v || v - a->end > 5)
			continue;
		int ok = side_code(a) && !(a->pos > 0 && tok_in(&S->t[a->pos - 1], preps));
		for (int i = a->end + 1; ok && i < v; i++)
			ok = !S->t[i].clause_break && S->t[i].type != TY_ACTOR;
		if (ok)
			return a->codes[0];
	}
	return NULL;
}

/* When token v follows a subject's comma phrase of members ("Rights groups, including the
 * Kenya Human Rights Commission, have filed", "have" may come between): the comma that opens
 * it (its "including" right after), -1 otherwise. */
static int members_comma(coder_sent *S, int v)
{
	int c = v - 1;
	if (c > 0 && (tok_is(&S->t[c], "HAVE") || tok_is(&S->t[c], "HAS") ||
		      tok_is(&S->t[c], "HAD")))
		c--;
	if (c < 3 || S->t[c].cls != C_COMMA)
		return -1;
	for (int i = c - 1; i > 0 && i > c - 9; i--)
		if (S->t[i].cls == C_COMMA)
			return tok_is(&S->t[i + 1], "INCLUDING") ? i : -1;
	return -1;
}

/* The source of the sentence's coded event whose verb words open with token v ("Rights groups
 * filed a lawsuit": a group named by a common noun is no actor of the sentence but the
 * event's source) when it is one side (no group of codes, no bare role); NULL: none. */
static const char *doc_event_source(coder_sent *S, int v)
{
	const coder_tok *t = &S->t[v];
	for (size_t i = 0; i < S->c->nevents; i++) {
		const khaldun_event *e = &S->c->events[i];
		const char *w = e->verb_text;
		if (!w || strncasecmp(w, t->s, (size_t)t->n) || (w[t->n] && w[t->n] != ' ') ||
		    !strcmp(e->source, "---") || e->source[0] == '~' || strchr(e->source, ' '))
			continue;
		return e->source;
	}
	return NULL;
}

/* The author of the text put out by the verb at token v: the named side right before it
 * (doc_author), or before a comma phrase of members (members_comma) the subject's head, else
 * when that head is no side the first named side among the members; else the source of the
 * event coded on that verb (doc_event_source); NULL when none. */
static const char *doc_subject(coder_sent *S, int v)
{
	const char *a = doc_author(S, v);
	if (!a && members_comma(S, v) < 0)
		return doc_event_source(S, v);
	int c = a ? -1 : members_comma(S, v);
	if (c < 0)
		return a;
	if ((a = doc_author(S, c)) != NULL)
		return a;
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pos > c + 1 && S->a[k].end < v && side_code(&S->a[k]))
			return S->a[k].codes[0];
	return NULL;
}

/* The token right after the passive of a doc_verbs verb that follows the text's noun at
 * token j ("The suits were brought", "a report published", "has been filed"); j + 1 when
 * none follows it. */
static int doc_passive(coder_sent *S, int j)
{
	int p = j + 1;
	if (p < S->nt && (tok_is(&S->t[p], "HAS") || tok_is(&S->t[p], "HAVE") ||
			  tok_is(&S->t[p], "HAD")) && p + 1 < S->nt && tok_is(&S->t[p + 1], "BEEN"))
		p += 2;
	else if (p < S->nt && (tok_is(&S->t[p], "WAS") || tok_is(&S->t[p], "WERE") ||
			       tok_is(&S->t[p], "IS") || tok_is(&S->t[p], "ARE")))
		p++;
	return p < S->nt && tok_in(&S->t[p], doc_verbs) ? p + 1 : j + 1;
}

/* The code of the side named right after the text's noun at token j by "from" or "by" ("a
 * report by Amnesty", "an assessment from Malawi's disaster department"), or by "by" after
 * its passive ("The suit was filed by Amnesty", doc_passive); NULL: none. */
static const char *doc_from(coder_sent *S, int j)
{
	int b = doc_passive(S, j);
	if (b + 1 >= S->nt || (!tok_is(&S->t[b], "BY") && (b > j + 1 ||
						  !tok_is(&S->t[b], "FROM"))))
		return NULL;
	int p = b + 1 + tok_is(&S->t[b + 1], "THE");
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pos == p)
			return side_code(&S->a[k]);
	return NULL;
}

/* Whether the document nouns a and b (indexes in doc_nouns; -1: none) name one kind of text:
 * the same noun, or a compound and its head word ("the lawsuit" .. "the suit"). */
static int doc_same(int a, int b)
{
	if (a < 0 || b < 0)
		return 0;
	size_t m = strlen(doc_nouns[a]), n = strlen(doc_nouns[b]);
	if (m < n)
		return !strcmp(doc_nouns[b] + n - m, doc_nouns[a]);
	return !strcmp(doc_nouns[a] + m - n, doc_nouns[b]);
}

/* After a sentence: the last text a named side put out in it (its noun and author). */
void context_keep_docs(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	for (int j = 1; j < S->nt; j++) {
		int d = doc_noun(S->t[j].s, (size_t)S->t[j].n), v;
		if (d < 0 || S->t[j].deleted)
			continue;
		const char *a = doc_from(S, j);
		if (!a && (v = doc_verb(S, j)) >= 0)
			a = doc_subject(S, v);
		if (!a || strlen(a) >= sizeof x->doc_author)
			continue;
		strcpy(x->doc_author, a);
		x->doc_noun = d + 1;
		x->doc_at = x->sentences;
	}
}

/* An event with no source whose subject is a definite document noun ("The assessment said
 * ...") takes as source the author of the text of that noun one of the story's two previous
 * sentences told a named side put out (not the event's own target). */
void context_doc_authors(coder_sent *S)
{
	coder_context *x = &S->c->ctx;
	if (!x->doc_noun || x->sentences - x->doc_at > 2)
		return;
	for (size_t i = 0; i < S->c->nevents; i++) {
		khaldun_event *e = &S->c->events[i];
		if (strcmp(e->source, "---") || !e->source_text ||
		    !strcmp(e->target, x->doc_author))
			continue;
		const char *last = strrchr(e->source_text, ' ');
		last = last ? last + 1 : e->source_text;
		if (!doc_same(subject_doc(e->source_text), x->doc_noun - 1) &&
		    !doc_same(lead_doc(S, last), x->doc_noun - 1))
			continue;
		const char *s = arena_strdup(&S->c->scratch, x->doc_author);
		if (!s)
			return;
		char why[120];
		snprintf(why, sizeof why, "the author %s of the text the story told of before, "
			 "which the subject's noun names", x->doc_author);
		context_set_sides(S, e, s, NULL, why);
	}
}
