/*
 * precedence.c - the coder's preferences, written once: which of the phrases matching at a
 * token the lookup keeps, which of an actor's dated codes applies on a date, the order in
 * which a verb's patterns are tried, and when a match ends that search. The coder (match.c,
 * event.c) applies them and the linter (check.c, check_order.c) reasons with them, so a finding
 * such as "never tried" cannot drift from what the coder does. Pure functions of the model; nothing
 * here allocates.
 */
#include "dict/dict.h"

int dict_type_rank(int type)
{
	switch (type) {
	case ENT_ACTOR: return 6;
	case ENT_AGENT: return 5;
	case ENT_NOUN: return 4;
	case ENT_ADJ: return 3;
	case ENT_TIME: return 2;
	case ENT_VERB: return 1;
	default: return 0;
	}
}

int dict_entry_precedes(const dict_entry *a, const dict_entry *b)
{
	if (a->nchars != b->nchars)
		return a->nchars > b->nchars;
	int ra = dict_type_rank(a->type), rb = dict_type_rank(b->type);
	if (ra != rb)
		return ra > rb;
	return a->seq < b->seq;
}

int dict_dated_open(const dict_dated_code *dc)
{
	return dc->lo == 0 && dc->hi == 99999999;
}

const dict_dated_code *dict_actor_code_on(const dict_actor_codes *ac, long date)
{
	if (!ac)
		return NULL;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < ac->n; i++) {
			const dict_dated_code *dc = &ac->v[i];
			int open = dict_dated_open(dc);
			if (pass == 0 && open)
				continue;
			if (pass == 1 && !open)
				continue;
			if (date >= dc->lo && date <= dc->hi)
				return dc;
		}
	}
	return NULL;
}

int dict_pattern_order(const void *a, const void *b)
{
	const dict_pattern *x = a, *y = b;
	if (x->length != y->length)
		return y->length - x->length;
	return x->at.line - y->at.line;  /* stable: file order */
}

int dict_pattern_flatten(const dict_pattern *pt, dict_pel *out)
{
	int n = 0;
	for (int i = 0; i < pt->upper.n && n < DICT_MAX_FLAT - 1; i++)
		out[n++] = pt->upper.e[i];
	dict_pel verb = { .kind = PEL_VERB, .consec = (uint8_t)pt->verb_consec };
	out[n++] = verb;
	for (int i = 0; i < pt->lower.n && n < DICT_MAX_FLAT; i++)
		out[n++] = pt->lower.e[i];
	return n;
}

int dict_pattern_match_length(const dict_pattern *pt, int alt_chars)
{
	return pt->length + alt_chars;
}

int dict_pattern_match_final(const dict_pattern *pt, int len)
{
	return len >= pt->length;
}

int dict_pattern_tried_after(const dict_pattern *q, int len)
{
	return q->length > len;
}

/* The least of one sequence's { ... } alternatives: each through its shortest option. */
static int least_of(const dict_pseq *q, int *alts)
{
	int delta = 0;
	for (int i = 0; i < q->n; i++) {
		const dict_pel *e = &q->e[i];
		if (e->kind != PEL_ALT)
			continue;
		int omax = 0, omin = 1 << 30;
		for (int k = 0; k < e->nopts; k++) {
			int l = dict_seq_chars(e->opts[k].e, e->opts[k].n);
			omax = l > omax ? l : omax;
			omin = l < omin ? l : omin;
		}
		delta += omin - omax;
		*alts = 1;
	}
	return delta;
}

int dict_pattern_least_length(const dict_pattern *pt, int *alts)
{
	*alts = 0;
	return pt->length + least_of(&pt->upper, alts) + least_of(&pt->lower, alts);
}
