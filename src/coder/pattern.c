/*
 * pattern.c - verb patterns: matches one pattern of a verb root around the verb by
 * backtracking over the clause's live tokens (words, alternatives, synsets, actor slots), with
 * a step budget so that a hostile pattern cannot take unbounded time. The order in which a
 * root's patterns are tried is the dictionary's (dict_pattern_order); this file only matches.
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include <string.h>

/* ---------------------------------------------------------------- pattern matching */

typedef int (*cont_fn)(coder_match *m, int pos, int must);

static int match_from(coder_match *m, const dict_pel *e, int n, int k, int pos, int must,
		      cont_fn cont,
		      void *carrier);

typedef struct {
	coder_match *m;
	const dict_pel *e;
	int n, k;
	cont_fn cont;
	void *carrier;
	int opt_chars;        /* the option being tried */
	int opt_max;          /* what the pattern's nominal length counted for this element */
	int opt_n;            /* elements in the option (a '_' after a synset binds only a
			       * one-word member, as TABARI does) */
} frame;

/* Continuation used inside alternatives and synsets: resume the outer sequence. */

static int resume_outer(coder_match *m, int pos, int must)
{
	frame *f = m->frame;
	frame *saved = f;
	m->frame = f->carrier;
	must = must || (f->e[f->k].consec && f->opt_n == 1);
	m->alt_chars += f->opt_chars - f->opt_max;
	int r = match_from(m, f->e, f->n, f->k + 1, pos, must, f->cont, f->carrier);
	if (!r)
		m->alt_chars -= f->opt_chars - f->opt_max;
	m->frame = saved;
	return r;
}

static int token_ok(coder_match *m, int q)
{
	return q >= m->lo && q < m->hi && sent_live(m->S, q);
}

/* Next live token position after q (for consecutive checks). */
static int next_live(coder_match *m, int q)
{
	q++;
	while (q < m->hi && !sent_live(m->S, q))
		q++;
	return q;
}

/* 1 when token q, matched by w, a count word among a synset's money members (MILLION,
 * BILLION, TRILLION), counts no money: no currency sign just before its number ("$2 billion",
 * "US$5 million", a euro sign: folded to '$' by utf8_fold_ascii), no currency code glued to
 * it ("USD1 million") and no currency word after it ("1.5 million euros", "a billion
 * dollars"). "2 million refugees", "a billion doses",
 * "150 million chickens" count people and things: not the aid or money a synset means. */
static int count_not_money(coder_sent *S, const dict_pel *w, int q)
{
	static const char *const count[] = { "MILLION", "MILLIONS", "BILLION", "BILLIONS",
		"TRILLION", "TRILLIONS", NULL };
	static const char *const money[] = { "DOLLAR", "DOLLARS", "EURO", "EUROS", "POUND",
		"POUNDS", "YUAN", "YEN", "RUPEE", "RUPEES", "RUBLE", "RUBLES", "ROUBLES", "FRANCS",
		"SHILLINGS", "NAIRA", "RAND", "PESOS", "REAIS", "WON", "LIRA", "DINARS", "RIYALS",
		"DIRHAMS", "TAKA", "KWACHA", "CEDIS", "BIRR", "AFGHANIS", "USD", "EUR", "GBP",
		NULL };
	int k = 0;
	while (count[k] && (w->len != (int)strlen(count[k]) || memcmp(w->text, count[k], w->len)))
		k++;
	if (!count[k])
		return 0;
	const char *text = S->c->sentence.p;
	int p = q - 1;
	if (p >= 0 && text && S->t[p].cls == C_NUMBER) {
		const coder_tok *n = &S->t[p];
		for (int i = n->ostart - 1; i >= 0 && i >= n->ostart - 3; i--)   /* "$", "US$" */
			if (text[i] == '$')
				return 0;
	}
	if (p >= 0 && S->t[p].cls == C_WORD) {   /* a currency code glued to it: "USD1 million" */
		static const char *const code[] = { "USD", "US", "EUR", "GBP", "CAD", "AUD", "RS",
			"KSH", NULL };
		const coder_tok *n = &S->t[p];
		for (int i = 0; code[i]; i++) {
			int l = (int)strlen(code[i]);
			if (n->n > l && !memcmp(n->s, code[i], l) && n->s[l] >= '0' &&
			    n->s[l] <= '9')
				return 0;
		}
	}
	if (q + 1 < S->nt)
		for (int i = 0; money[i]; i++)
			if (S->t[q + 1].n == (int)strlen(money[i]) &&
			    !memcmp(S->t[q + 1].s, money[i], S->t[q + 1].n))
				return 0;
	return 1;
}

/* 1 when token q is a capitalised word inside a named actor's phrase, between its first and
 * its last word ("Food" in "the World Food Program", "Refugee" in "the U.N. Refugee
 * Agency"): a word of the agency's name, not the aid or refuge a pattern's alternatives
 * name. The name's last word ("the European Parliament") and lower-case words are left
 * alone. */
static int name_inner_word(const coder_sent *S, int q)
{
	const coder_tok *t = &S->t[q];
	if (!t->cap || t->head < 0 || t->head >= q || t->head >= S->nt)
		return 0;
	const coder_tok *h = &S->t[t->head];
	return h->type == TY_ACTOR && h->actor >= 0 && h->end > q;
}

/* 1 when code a gives aid or refuge, or asks for or promises it (07x, 023x, 033x): the
 * codes name_inner_word guards. */
static int aid_code(const char *a)
{
	return a && (!strncmp(a, "07", 2) || !strncmp(a, "023", 3) || !strncmp(a, "033", 3));
}

/* sent.h: the last token of actor a's phrase ending at end, with the agent attached to it when that
 * agent stands right after it ("ordered the Ugandan government to": the agent is the
 * phrase's head, so a pattern's "+_TO_" reads on after "government", not after "Ugandan");
 * end when none. */
int pattern_agent_end(const coder_sent *S, const coder_actor *a, int end)
{
	int j = end + 1;
	if (!a->agent)
		return end;
	if (j < S->nt && S->t[j].n == 2 && !memcmp(S->t[j].s, "'S", 2))
		j++;
	/* the agent's phrase head, typed a literal once attached */
	if (j < S->nt && S->t[j].ent == a->agent && S->t[j].end >= j)
		return S->t[j].end;
	return end;
}

/* 1 when agent code a names armed or police forces ("~MIL", "~COP"). */
static int forces_code(const char *a)
{
	size_t l = a ? strlen(a) : 0;
	return l >= 3 && (!strcmp(a + l - 3, "MIL") || !strcmp(a + l - 3, "COP"));
}

/* news (NEWS_OPEN_ACTORS): a target slot after the verb on an agent no actor holds ("ordered
 * the government to reopen", "took the government to court", "ordered all public schools
 * to"): the agent's phrase, with the determiners and modifiers right before it, is the
 * target, an open actor (the agent's code, "~GOV"), as the object phrase of a verb coded by
 * its root is. Not an agent before OF ("the head of ..."): the actor after it is the side;
 * not armed or police forces ("ordered its military to seal the border": the forces' deed,
 * which the clause codes as the one who ordered it); not after a participle that modifies a
 * noun ("a policy requiring students to cut their hair": a rule's content, no deed). */
static int open_target(coder_match *m, const dict_pel *e, int n, int k, int q, int consec,
		       cont_fn cont, void *carrier)
{
	coder_sent *S = m->S;
	const coder_tok *t = &S->t[q];
	if (!(S->c->o.news & NEWS_OPEN_ACTORS) || t->type != TY_AGENT || !t->ent ||
	    t->ent->type != ENT_AGENT || t->end < q || m->tgt >= 0 || m->tgt_to >= 0)
		return 0;
	if (t->end + 1 < S->nt && tok_is(&S->t[t->end + 1], "OF"))
		return 0;
	if (forces_code(sent_agent_code(S, t->ent)))
		return 0;
	const coder_tok *v = &S->t[m->verb];
	if (v->n > 4 && tok_ends(v, "ING") && m->verb > 0 &&
	    S->t[m->verb - 1].type != TY_AUX)
		return 0;
	int from = q;
	while (from - 1 > m->verb_end && q - from < 3 && sent_live(S, from - 1) &&
	       S->t[from - 1].cls == C_WORD &&
	       (S->t[from - 1].type == TY_DET || S->t[from - 1].type == TY_ADJ ||
		tok_is(&S->t[from - 1], "ALL")))
		from--;
	m->tgt_from = from;
	m->tgt_to = t->end;
	if (match_from(m, e, n, k + 1, next_live(m, t->end), consec, cont, carrier))
		return 1;
	m->tgt_from = m->tgt_to = -1;
	return 0;
}

/* nominal55, news (NEWS_OPEN_ACTORS): a source slot after the verb right after FROM or BY on
 * an agent phrase no actor holds ("faced sharp criticism from opposition parties", "drew
 * protests from rights groups"): the phrase, its determiners and modifiers with its agent,
 * is the source, an open actor (the agent's code, "~PTY"), as a subject phrase the
 * dictionaries do not know is. A preposition of the pattern marks the doer there; a bare
 * "$" after the verb is left to the actors. */
static int open_source(coder_match *m, const dict_pel *e, int n, int k, int q, int consec,
		       cont_fn cont, void *carrier)
{
	coder_sent *S = m->S;
	if (!(S->c->o.news & NEWS_OPEN_ACTORS) || m->src >= 0 || m->src_to >= 0 || q < 1 ||
	    !(tok_is(&S->t[q - 1], "FROM") || tok_is(&S->t[q - 1], "BY")))
		return 0;
	int h = q;
	while (h < S->nt && h - q < 3 && sent_live(S, h) && S->t[h].cls == C_WORD &&
	       (S->t[h].type == TY_DET || S->t[h].type == TY_ADJ || S->t[h].type == TY_NULL) &&
	       !tok_has(&S->t[h], WF_PREP) && !tok_has(&S->t[h], WF_CLAUSE))
		h++;
	if (h >= S->nt || !sent_live(S, h))
		return 0;
	const coder_tok *t = &S->t[h];
	if (t->type != TY_AGENT || !t->ent || t->ent->type != ENT_AGENT || t->end < h)
		return 0;
	m->src_from = q;
	m->src_to = t->end;
	if (match_from(m, e, n, k + 1, next_live(m, t->end), consec, cont, carrier))
		return 1;
	m->src_from = m->src_to = -1;
	return 0;
}

static int match_one(coder_match *m, const dict_pel *e, int n, int k, int q, cont_fn cont,
		     void *carrier)
{
	coder_sent *S = m->S;
	const dict_pel *x = &e[k];
	if (--m->budget < 0)
		return 0;
	if (!token_ok(m, q))
		return 0;
	coder_tok *t = &S->t[q];
	if (e == m->seq && k > 0 && e[k - 1].kind == PEL_VERB)
		m->lower_first = q;   /* the words a pattern skipped after the verb end here */
	switch (x->kind) {
	case PEL_WORD:
		if (!match_word(x, t, 0))
			return 0;
		if (S->c->o.news && !x->exact && t->n > x->len &&
		    match_quality_adjective(t->s + x->len, t->n - x->len) &&
		    !(q > 0 && S->t[q - 1].type == TY_DET))
			return 0;   /* wordsense147: "was not supportive of": no SUPPORT */
		if (q == m->verb)
			return 0;
		return match_from(m, e, n, k + 1, next_live(m, q), x->consec, cont, carrier);
	case PEL_VERB: {
		if (q != m->verb)
			return 0;
		int after = next_live(m, m->verb_end);
		if (match_from(m, e, n, k + 1, after, x->consec, cont, carrier))
			return 1;
		/* "pushed hard for", "called repeatedly on": a word bound to the verb may come
		 * after an adverb of that verb */
		return x->consec && k + 1 < n && token_ok(m, after) &&
		       syntax_verb_adverb(S, m->verb, m->verb_end, after) &&
		       match_from(m, e, n, k + 1, next_live(m, after), 1, cont, carrier);
	}
	case PEL_SRC: case PEL_TGT: case PEL_CMP: case PEL_SKIP: case PEL_ATTR: {
		int ai = sent_actor_at(S, q);
		if (ai < 0 && x->kind == PEL_TGT && q > m->verb_end)
			return open_target(m, e, n, k, q, x->consec, cont, carrier);
		if (ai < 0 && x->kind == PEL_SRC && q > m->verb_end)
			return open_source(m, e, n, k, q, x->consec, cont, carrier);
		if (ai < 0)
			return 0;
		int real = S->a[ai].ref >= 0 ? S->a[ai].ref : ai;
		if (x->kind == PEL_CMP && !actors_is_compound(S, real))
			return 0;
		int end = S->a[ai].pron_kind ? q : actors_slot_end(S, ai);
		if (q <= m->verb && end >= m->verb)
			return 0;
		int *dst = x->kind == PEL_SRC ? &m->src : x->kind == PEL_TGT ? &m->tgt :
			   x->kind == PEL_CMP ? &m->cmp : x->kind == PEL_ATTR ? &m->attr : NULL;
		int saved = dst ? *dst : 0;
		if (dst)
			*dst = ai;
		/* the actor's phrase with its agent, then without it (a pattern's word may be
		 * the agent's own) */
		int aend = S->a[ai].pron_kind ? end : pattern_agent_end(S, &S->a[ai], end);
		if (aend != end &&
		    match_from(m, e, n, k + 1, next_live(m, aend), x->consec, cont, carrier))
			return 1;
		if (match_from(m, e, n, k + 1, next_live(m, end), x->consec, cont, carrier))
			return 1;
		if (dst)
			*dst = saved;
		return 0;
	}
	case PEL_ALT:
	case PEL_SYNSET: {
		int omax = x->kind == PEL_ALT ? x->maxchars : 0;
		if (S->c->o.news && aid_code(m->code) && name_inner_word(S, q))
			return 0;   /* sense101: "given the World Food Program 30 days": no food */
		for (int o = 0; o < x->nopts; o++) {
			/* an option whose first word is not this token: what the call below would
			 * do (one step of the budget, no match) without building its frame */
			const dict_pel *first = x->opts[o].e;
			if (x->opts[o].n && first->kind == PEL_WORD && !match_word(first, t, 0)) {
				m->budget--;
				continue;
			}
			if (x->kind == PEL_SYNSET && x->opts[o].n == 1 && first->kind == PEL_WORD &&
			    count_not_money(S, first, q))
				continue;   /* "2 million refugees": no money member */
			frame f = { m, e, n, k, cont, carrier, x->opts[o].chars, omax,
				x->opts[o].n };
			frame *saved = m->frame;
			f.carrier = saved;
			m->frame = &f;
			const dict_pseq *opt = &x->opts[o];
			int r = match_one(m, opt->e, opt->n, 0, q, resume_outer, &f);
			m->frame = saved;
			if (r)
				return 1;
		}
		return 0;
	}
	}
	return 0;
}

/* Matches e[k..n) with element k at pos (must) or at any later position before a comma. */
static int match_from(coder_match *m, const dict_pel *e, int n, int k, int pos, int must,
		      cont_fn cont,
		      void *carrier)
{
	if (k == n) {
		if (cont) {
			/* the caller's continuation expects to be called with its own frame */
			frame *saved = m->frame;
			int r = cont(m, pos, must);
			m->frame = saved;
			return r;
		}
		m->last_pos = pos;
		return 1;
	}
	if (must)
		return match_one(m, e, n, k, pos, cont, carrier);
	for (int q = pos; q < m->hi; q++) {
		if (!sent_live(m->S, q))
			continue;
		if (m->S->t[q].cls == C_COMMA)
			break;
		if (e[k].kind != PEL_VERB && q == m->verb && e[k].kind != PEL_ALT &&
		    e[k].kind != PEL_SYNSET) {
			/* nothing but the verb element may sit on the verb; skipping over it is
			 * allowed only for elements after it */
		}
		if (match_one(m, e, n, k, q, cont, carrier))
			return 1;
		if (m->budget < 0)
			return 0;
	}
	return 0;
}

/* ---------------------------------------------------------------- the cheap pre-check */

static unsigned pair_key(const char *s)
{
	return ((unsigned)(unsigned char)s[0] & 63u) << 6 | ((unsigned)(unsigned char)s[1] & 63u);
}

/* The first bytes of the word tokens in [from, to) (pat_seen: when the range changed). */
const coder_seen *pat_seen_build(coder_sent *S, int which, int from, int to)
{
	coder_seen *w = &S->seen[which];
	memset(w, 0, sizeof *w);
	w->from = from;
	w->to = to;
	w->ok = 1;
	for (int i = from; i < to; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls == C_COMMA || t->cls == C_QUOTE || t->n < 1)
			continue;
		unsigned c = (unsigned char)t->s[0];
		w->one[c >> 6] |= 1ull << (c & 63);
		w->bits |= dict_word_bit(t->s, 1) | dict_word_bit(t->s, t->n >= 2 ? 2 : 1);
		if (t->n >= 2) {
			unsigned k = pair_key(t->s);
			w->two[k >> 6] |= 1ull << (k & 63);
		}
	}
	return w;
}

/* 0 when no token of the range can match word e (match_word needs its first two bytes). */
int pat_seen_may(const coder_seen *w, const dict_pel *e)
{
	if (e->len >= 2) {
		unsigned k = pair_key(e->text);
		return (int)(w->two[k >> 6] >> (k & 63) & 1);
	}
	if (e->len == 1) {
		unsigned c = (unsigned char)e->text[0];
		return (int)(w->one[c >> 6] >> (c & 63) & 1);
	}
	return 1;
}

static int word_in(coder_sent *S, const coder_seen *w, const dict_pel *e, int from, int to)
{
	if (!sent_may_have(S, e) || !pat_seen_may(w, e))
		return 0;
	for (int i = from; i < to; i++)
		if (match_word(e, &S->t[i], 0))
			return 1;
	return 0;
}

/* A word of the pattern that no token in [from, to) matches (for { ... } and synsets: no
 * option's first word): the pattern cannot match there. which: the range's seen[] cache. */
static int missing_word(coder_sent *S, const dict_pseq *q, int from, int to, int which)
{
	if (!q->n)
		return 0;
	const coder_seen *w = pat_seen(S, which, from, to);
	for (int k = 0; k < q->n; k++) {
		const dict_pel *e = &q->e[k];
		if (e->kind == PEL_WORD) {
			if (!word_in(S, w, e, from, to))
				return 1;
		} else if (e->kind == PEL_ALT || e->kind == PEL_SYNSET) {
			int any = 0;
			for (int o = 0; o < e->nopts && !any; o++) {
				const dict_pseq *opt = &e->opts[o];
				/* the stamp test of word_in first, here: most options fail it */
				any = !opt->n || opt->e[0].kind != PEL_WORD ||
				      (sent_may_have(S, &opt->e[0]) &&
				       word_in(S, w, &opt->e[0], from, to));
			}
			if (!any)
				return 1;
		}
	}
	return 0;
}

int pat_try(coder_sent *S, const dict_pattern *pt, int v, int vend, int lo, int hi,
	    coder_match *out)
{
	/* cheap necessary conditions before backtracking: every literal word is there (its bit
	 * first, then its first bytes, then a token matching it) */
	if ((pt->need[0] && (pt->need[0] & ~pat_seen(S, 0, lo, v)->bits)) ||
	    (pt->need[1] && (pt->need[1] & ~pat_seen(S, 1, vend + 1, hi)->bits)))
		return 0;
	if (missing_word(S, &pt->upper, lo, v, 0) || missing_word(S, &pt->lower, vend + 1, hi, 1))
		return 0;
	dict_pel seq[DICT_MAX_FLAT];
	int n = dict_pattern_flatten(pt, seq);
	coder_match m = { S, lo, hi, v, vend, seq, n, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
			  MATCH_BUDGET, 0, NULL, -1, NULL };
	m.frame = NULL;
	m.code = pt->code.kind == CODE_EVENT ? pt->code.a : NULL;
	if (!pt->upper.n) {
		if (match_from(&m, seq, n, 0, v, 1, NULL, NULL)) {
			*out = m;
			return 1;
		}
		return 0;
	}
	/* the upper part: start positions nearest the verb first */
	for (int q = v - 1; q >= lo; q--) {
		if (!sent_live(S, q))
			continue;
		if (S->t[q].cls == C_COMMA)
			break;
		m.src = m.tgt = m.cmp = m.attr = -1;
		m.tgt_from = m.tgt_to = m.src_from = m.src_to = -1;
		m.alt_chars = 0;
		m.first_pos = q;
		if (match_from(&m, seq, n, 0, q, 1, NULL, NULL)) {
			*out = m;
			return 1;
		}
		if (m.budget < 0)
			break;
	}
	return 0;
}

