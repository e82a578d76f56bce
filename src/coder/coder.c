/*
 * coder.c - TABARI's sparse-parsing event coder.
 * Pipeline for one sentence: normalise and tokenise -> dictionary lookup (longest phrase) ->
 * actor codes by date, agents, nouns -> compounds -> pronouns -> comma-clause deletion ->
 * time shift -> discard/complex filters -> clauses -> verb patterns (longest first) ->
 * source/target rules -> events. All per-sentence memory lives in the coder's scratch arena;
 * the dictionary is only read. The rules for real news (KHALDUN: option) are in news.c; the
 * sentence's types in sent.h.
 */
#include "coder/coder.h"
#include "base/date.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder/sent.h"


/* ---------------------------------------------------------------- text filter */

/* Maps a UTF-8 sequence at p to ASCII replacement text; returns bytes consumed. */
static int fold_utf8(const unsigned char *p, size_t n, char *out, int *outn)
{
	*outn = 0;
	if (p[0] < 0x80) {
		out[0] = (char)p[0];
		*outn = 1;
		return 1;
	}
	int len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
	if ((size_t)len > n)
		len = (int)n;
	for (int i = 1; i < len; i++)
		if ((p[i] & 0xC0) != 0x80)
			return i;  /* invalid: drop the lead byte */
	unsigned cp = 0;
	if (len == 2)
		cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	else if (len == 3)
		cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
	else if (len == 4)
		cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
		     (p[3] & 0x3Fu);
	static const char *latin1 =
		/* U+00C0 .. U+00FF */
		"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
	if (cp >= 0xC0 && cp <= 0xFF) {
		out[0] = latin1[cp - 0xC0];
		*outn = 1;
		if (cp == 0xC6 || cp == 0xE6) {
			out[0] = cp == 0xC6 ? 'A' : 'a';
			out[1] = cp == 0xC6 ? 'E' : 'e';
			*outn = 2;
		} else if (cp == 0xDF) {
			out[0] = out[1] = 's';
			*outn = 2;
		}
		return len;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out[0] = '\''; *outn = 1; break;
	case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: out[0] = '"'; *outn = 1; break;
	case 0x2013: case 0x2014: case 0x2212: out[0] = '-'; *outn = 1; break;
	case 0x00A0: case 0x2009: case 0x200A: case 0x202F: out[0] = ' '; *outn = 1; break;
	case 0x2026: out[0] = ' '; *outn = 1; break;
	default:
		if (cp >= 0x100 && cp < 0x180) {
			/* Latin Extended-A: letters with diacritics, in upper/lower pairs */
			static const char *exta =
				"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
			out[0] = exta[cp - 0x100];
			*outn = 1;
		} else {
			out[0] = ' ';
			*outn = 1;
		}
	}
	return len;
}

static int is_word_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '\'' || ch == '.' || ch == '&' || ch == '/';
}

/* Normalises the text (ASCII folding, TABARI's punctuation rules) into c->sentence and
 * splits it into tokens. */
static void tokenize(sent *S, const char *text, size_t len)
{
	khaldun_coder *c = S->c;
	buf *b = &c->sentence;
	buf_clear(b);
	/* pass 1: fold to ASCII, drop control characters */
	for (size_t i = 0; i < len;) {
		char o[4];
		int on;
		int used = fold_utf8((const unsigned char *)text + i, len - i, o, &on);
		if (used <= 0)
			used = 1;
		for (int k = 0; k < on; k++) {
			char ch = o[k];
			if ((unsigned char)ch < 32)
				ch = ' ';
			if (buf_addc(b, ch))
				break;
		}
		i += (size_t)used;
	}
	char *s = b->p ? b->p : (char *)"";
	size_t n = b->len;
	/* all caps? */
	int lower = 0;
	for (size_t i = 0; i < n; i++)
		if (islower((unsigned char)s[i]))
			lower = 1;
	S->allcaps = !lower;

	/* non-printing characters mean a mangled record (TABARI diverts it as complex) */
	S->nonprinting = 0;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)text[i] < 32 && text[i] != '\n' && text[i] != '\t' &&
		    text[i] != '\r')
			S->nonprinting = 1;
	/* pass 2: tokens */
	S->nt = 0;
	size_t i = 0;
	while (i < n && S->nt < MAX_TOKENS) {
		char ch = s[i];
		if (ch == ' ' || ch == '\t' || ch == '?' || ch == '!' || ch == '-' || ch == '_' ||
		    ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '{' || ch == '}' ||
		    ch == ':' || ch == '*' || ch == '<' || ch == '>') {
			i++;
			continue;
		}
		tok *t = &S->t[S->nt];
		memset(t, 0, sizeof *t);
		t->head = -1;
		t->actor = -1;
		if (ch == ',' || ch == ';') {
			t->cls = C_COMMA;
			t->s = ",";
			t->n = 1;
			t->ostart = (int)i;
			t->olen = 1;
			S->nt++;
			i++;
			continue;
		}
		if (ch == '"') {
			t->cls = C_QUOTE;
			t->s = "\"";
			t->n = 1;
			t->ostart = (int)i;
			t->olen = 1;
			S->nt++;
			i++;
			continue;
		}
		size_t j = i;
		char w[MAX_WORD + 1];
		int wn = 0;
		while (j < n && wn < MAX_WORD) {
			char cj = s[j];
			if (cj == ',' && j > i && j + 1 < n && isdigit((unsigned char)s[j - 1]) &&
			    isdigit((unsigned char)s[j + 1])) {
				j++;  /* 1,500 -> 1500 */
				continue;
			}
			if (!is_word_char(cj) && (unsigned char)cj < 0x80)
				break;
			if (cj == '.') {
				/* a period after a lower-case letter ends a word and is dropped */
				if (j > i && islower((unsigned char)s[j - 1]))
					break;
			}
			w[wn++] = (char)toupper((unsigned char)cj);
			j++;
		}
		if (j == i) {
			i++;
			continue;
		}
		/* news: "US" in capitals is the country, "us" the pronoun */
		if ((c->o.news & NEWS_OPEN_ACTORS) && wn == 2 && j - i == 2 && s[i] == 'U' &&
		    s[i + 1] == 'S' && !S->allcaps) {
			memcpy(w, "U.S.", 4);
			wn = 4;
		}
		t->cls = isdigit((unsigned char)w[0]) ? C_NUMBER : C_WORD;
		t->cap = isupper((unsigned char)s[i]) ? 1 : 0;
		t->hyphened = i >= 2 && s[i - 1] == '-' && isalpha((unsigned char)s[i - 2]);
		t->s = arena_strndup(&c->scratch, w, (size_t)wn);
		t->n = wn;
		t->ostart = (int)i;
		t->olen = (int)(j - i);
		if (wn == 1 && w[0] == '.') {
			/* a lone period is punctuation, not a word */
		} else {
			S->nt++;
		}
		i = j;
		if (i < n && s[i] == '.')
			i++;
	}
}

/* ---------------------------------------------------------------- word matching */

static int ending_ok(const char *rest, int n, int verbish, char last)
{
	static const char *noun[] = { "S", "'S", "ES", "'", "S'", NULL };
	static const char *verb[] = { "S", "ED", "ES", "EN", "ING", NULL };
	const char **v = verbish ? verb : noun;
	for (int i = 0; v[i]; i++)
		if ((int)strlen(v[i]) == n && !memcmp(rest, v[i], (size_t)n))
			return 1;
	/* DEPLORE + D, TAKE + N */
	if (verbish && last == 'E' && n == 1 && (rest[0] == 'D' || rest[0] == 'N'))
		return 1;
	return 0;
}

/* endings: 0 none, 1 noun endings, 2 verb endings (on a phrase's final exact word) */
static int word_match(const pel *e, const tok *t, int endings)
{
	if (t->cls == C_COMMA || t->cls == C_QUOTE)
		return 0;
	if (t->n < e->len || memcmp(t->s, e->text, e->len)) {
		/* verbs ending in E drop it before -ING, -ED, -EN, -ES */
		if (endings == 2 && e->exact && !e->noend && e->len > 2 &&
		    e->text[e->len - 1] == 'E' && t->n > e->len - 1 &&
		    !memcmp(t->s, e->text, (size_t)e->len - 1)) {
			const char *r = t->s + e->len - 1;
			int rn = t->n - (e->len - 1);
			return (rn == 3 && !memcmp(r, "ING", 3));
		}
		return 0;
	}
	if (!e->exact)
		return 1;
	if (t->n == e->len)
		return 1;
	if (!endings || e->noend)
		return 0;
	return ending_ok(t->s + e->len, t->n - e->len, endings == 2, e->text[e->len - 1]);
}

static int entry_endings(const entry *en)
{
	return en->type == ENT_VERB || en->type == ENT_TIME || en->type == ENT_ATTRIB ? 2 : 1;
}

/* Matches an entry's words from token i forward; returns the last token or -1. Words joined
 * by '_' must be consecutive; others may have tokens between them. */
static int match_entry_at(sent *S, const entry *en, int k, int i, int *budget)
{
	const pseq *w = &en->words;
	if (--*budget < 0)
		return -1;
	int last = k == w->n - 1;
	if (!word_match(&w->e[k], &S->t[i], last ? entry_endings(en) : 0))
		return -1;
	if (S->t[i].head >= 0 || (S->t[i].ent && k > 0))
		return -1;
	if (last)
		return i;
	if (w->e[k].consec)
		return i + 1 < S->nt ? match_entry_at(S, en, k + 1, i + 1, budget) : -1;
	for (int j = i + 1; j < S->nt; j++) {
		int r = match_entry_at(S, en, k + 1, j, budget);
		if (r >= 0)
			return r;
	}
	return -1;
}

/* ---------------------------------------------------------------- lookup */

static int type_rank(int type)
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

typedef struct {
	sent *S;
	int i;
	const entry *best;
	int best_end;
	int budget;
} lookup_ctx;

static void consider(void *ctx, const entry *e)
{
	lookup_ctx *L = ctx;
	sent *S = L->S;
	if (e->type == ENT_TIME && !S->c->o.time_shift)
		return;   /* <TIME> phrases are looked up only when time shifting is on */
	int end = match_entry_at(S, e, 0, L->i, &L->budget);
	if (end < 0)
		return;
	if (L->best) {
		if (e->nchars < L->best->nchars)
			return;
		if (e->nchars == L->best->nchars) {
			int r = type_rank(e->type), rb = type_rank(L->best->type);
			if (r < rb || (r == rb && e->seq > L->best->seq))
				return;
		}
	}
	L->best = e;
	L->best_end = end;
}

static int builtin_type(const tok *t)
{
	static const struct { const char *w; int ty; } words[] = {
		{ "A", TY_DET }, { "AN", TY_DET }, { "THE", TY_DET },
		{ "AND", TY_CONJ }, { "BUT", TY_CONJ }, { "OR", TY_CONJ }, { "NOR", TY_CONJ },
		{ "HE", TY_PRON }, { "SHE", TY_PRON }, { "IT", TY_PRON }, { "HIM", TY_PRON },
		{ "HER", TY_PRON }, { "ITS", TY_PRON }, { "HIS", TY_PRON }, { "THEY", TY_PRON },
		{ "THEM", TY_PRON }, { "THEIR", TY_PRON },
		{ "WAS", TY_AUX }, { "WERE", TY_AUX }, { "BEEN", TY_AUX },
		{ "BY", TY_BY }, { "FORMER", TY_FORMER },
	};
	if (t->cls == C_COMMA)
		return TY_COMMA;
	if (t->cls == C_NUMBER)
		return TY_NUM;
	if (t->cls == C_QUOTE)
		return TY_NULL;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((int)strlen(words[i].w) == t->n && !memcmp(words[i].w, t->s, (size_t)t->n))
			return words[i].ty;
	return TY_NULL;
}

static void lookup(sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->head >= 0)
			continue;
		t->type = (uint8_t)builtin_type(t);
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			continue;
		lookup_ctx L = { S, i, NULL, -1, 20000 };
		dict_candidates(S->d, t->s, (size_t)t->n, consider, &L);
		if (!L.best)
			continue;
		static const uint8_t map[] = { TY_ACTOR, TY_AGENT, TY_NOUN, TY_ADJ, TY_VERB,
					       TY_TIME, TY_ATTRIB };
		t->type = map[L.best->type];
		t->ent = L.best;
		t->end = L.best_end;
		/* the other words of the phrase become its literal tail */
		const pseq *w = &L.best->words;
		if (w->n > 1) {
			/* re-walk the match to mark exactly the matched tokens */
			int budget = 20000;
			int pos = i;
			for (int k = 1; k < w->n; k++) {
				int found = -1;
				if (w->e[k - 1].consec) {
					found = pos + 1;
				} else {
					for (int j = pos + 1; j <= L.best_end; j++) {
						int last = k == w->n - 1;
						if (word_match(&w->e[k], &S->t[j],
							       last ? entry_endings(L.best) : 0) &&
						    (k < w->n - 1 ? match_entry_at(S, L.best, k, j, &budget) >= 0
								  : j == L.best_end)) {
							found = j;
							break;
						}
					}
				}
				if (found < 0 || found >= S->nt)
					break;
				S->t[found].head = i;
				S->t[found].type = TY_LIT;
				pos = found;
			}
		}
	}
}

/* ---------------------------------------------------------------- actors */

static const dated_code *resolve_date(const actor_codes *ac, long date)
{
	if (!ac)
		return NULL;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < ac->n; i++) {
			const dated_code *dc = &ac->v[i];
			int open = dc->lo == 0 && dc->hi == 99999999;
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

static actor *new_actor(sent *S, int pos)
{
	if (S->na == S->capa) {
		int cap = S->capa ? S->capa * 2 : 32;
		actor *v = arena_alloc(&S->c->scratch, (size_t)cap * sizeof *v);
		if (!v)
			return NULL;
		if (S->na)
			memcpy(v, S->a, (size_t)S->na * sizeof *v);
		S->a = v;
		S->capa = cap;
	}
	actor *a = &S->a[S->na++];
	memset(a, 0, sizeof *a);
	a->pos = a->end = pos;
	a->group = -1;
	a->ref = -1;
	S->t[pos].actor = S->na - 1;
	return a;
}

static void set_outcome(sent *S, int outcome, const char *why)
{
	if (S->outcome == KHALDUN_DISCARD)
		return;
	if (outcome == KHALDUN_DISCARD || S->outcome == KHALDUN_CODED) {
		S->outcome = outcome;
		S->reason = why;
	}
}

/* Resolves actor phrases by date: null ones become nouns, ### and +++ mark the sentence. */
static void resolve_actors(sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_ACTOR)
			continue;
		const dated_code *dc = resolve_date(t->ent->codes, S->date);
		if (!dc || dc->kind == CODE_NULL) {
			t->type = TY_NOUN;
			continue;
		}
		if (dc->kind == CODE_DISCARD) {
			t->type = TY_NOUN;
			t->deleted |= 2;  /* remember: decided after comma deletion */
			continue;
		}
		if (dc->kind == CODE_COMPLEX) {
			t->type = TY_NOUN;
			t->deleted |= 4;
			continue;
		}
		actor *a = new_actor(S, i);
		if (!a)
			return;
		a->end = t->end;
		a->ent = t->ent;
		a->codes = dc->codes;
		a->ncodes = dc->ncodes;
	}
}

/* Agent code `ag` ("~GOV", "NGM~") applied to actor code `code`, unless already part of it
 * on a 3-character boundary. */
static const char *apply_agent(sent *S, const char *code, const char *ag, int former)
{
	char part[64];
	int prefix = ag[strlen(ag) - 1] == '~';
	const char *body = prefix ? ag : ag + 1;
	size_t bn = strlen(body) - (prefix ? 1 : 0);
	if (former) {
		body = "ELI";
		bn = 3;
	}
	if (bn >= sizeof part)
		return code;
	memcpy(part, body, bn);
	part[bn] = 0;
	if (!code) {
		char *r = arena_alloc(&S->c->scratch, bn + 2);
		if (r)
			sprintf(r, prefix ? "%s~" : "~%s", part);
		return r;
	}
	size_t cn = strlen(code);
	for (size_t k = 0; k + bn <= cn; k += 3)
		if (!memcmp(code + k, part, bn))
			return code;
	/* news: "Taliban fighters" stay AFGINS: an armed group's role is not stacked with
	 * another armed role */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !prefix && bn == 3 && cn >= 6) {
		static const char *const armed[] = { "REB", "INS", "MIL", "UAF", "SEP", "IMG", NULL };
		int a1 = 0, a2 = 0;
		for (int i = 0; armed[i]; i++) {
			a1 |= !memcmp(part, armed[i], 3);
			a2 |= !memcmp(code + 3, armed[i], 3) || !memcmp(code, armed[i], 3);
		}
		if (a1 && a2)
			return code;
	}
	char *r = arena_alloc(&S->c->scratch, cn + bn + 1);
	if (!r)
		return code;
	if (prefix)
		sprintf(r, "%s%s", part, code);
	else
		sprintf(r, "%s%s", code, part);
	return r;
}

const char *sent_agent_code(sent *S, const entry *ag)
{
	const dated_code *dc = resolve_date(ag->codes, S->date);
	if (!dc || dc->kind != CODE_EVENT || !dc->ncodes)
		return NULL;
	return dc->codes[0];
}

static void attach_agent(sent *S, actor *a, const entry *ag, int former)
{
	const char *acode = sent_agent_code(S, ag);
	if (!acode)
		return;
	const char **codes = arena_alloc(&S->c->scratch, (size_t)(a->ncodes ? a->ncodes : 1) *
							     sizeof *codes);
	if (!codes)
		return;
	for (int k = 0; k < a->ncodes; k++)
		codes[k] = apply_agent(S, a->codes[k], acode, former);
	a->codes = codes;
	a->agent = ag;
}

/* Attaches each agent to the actor right before it, right after it, or after IN/OF. */
static void attach_agents(sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_AGENT)
			continue;
		int former = 0;
		int p = i - 1;
		if (p >= 0 && S->t[p].type == TY_FORMER) {
			former = 1;
			p--;
		}
		/* the actor phrase ending right before the agent */
		int before = -1;
		if (p >= 0) {
			int h = S->t[p].head >= 0 ? S->t[p].head : p;
			if (S->t[h].type == TY_ACTOR && S->t[h].actor >= 0 && S->t[h].end == p)
				before = S->t[h].actor;
		}
		if (before >= 0 && before >= 0) {
			actor *a = &S->a[before];
			int pf = a->pos - 1;
			if (pf >= 0 && S->t[pf].type == TY_FORMER)
				former = 1;
			if (!a->agent) {
				attach_agent(S, a, t->ent, former);
				t->type = TY_LIT;
				continue;
			}
		}
		int q = t->end + 1;
		int after = -1;
		if (q < S->nt && S->t[q].type == TY_FORMER)
			q++;
		if (q < S->nt && S->t[q].type == TY_ACTOR && S->t[q].actor >= 0)
			after = S->t[q].actor;
		else if (q + 1 < S->nt && S->t[q].cls == C_WORD &&
			 ((S->t[q].n == 2 && !memcmp(S->t[q].s, "IN", 2)) ||
			  (S->t[q].n == 2 && !memcmp(S->t[q].s, "OF", 2)))) {
			int r = q + 1;
			/* news: "rebels in eastern Congo": adjectives may stand before the actor */
			if (S->c->o.news & NEWS_OPEN_ACTORS)
				while (r + 1 < S->nt && S->t[r].cls == C_WORD && !S->t[r].cap &&
				       S->t[r].type == TY_NULL && r - q < 3)
					r++;
			if (S->t[r].type == TY_ACTOR && S->t[r].actor >= 0)
				after = S->t[r].actor;
		}
		if (after >= 0 && !S->a[after].agent) {
			actor *a = &S->a[after];
			int pf = a->pos - 1;
			if (pf >= 0 && S->t[pf].type == TY_FORMER)
				former = 1;
			attach_agent(S, a, t->ent, former);
			t->type = TY_LIT;
			continue;
		}
		if (S->c->o.convert_agents) {
			const char *acode = sent_agent_code(S, t->ent);
			if (!acode)
				continue;
			t->type = TY_ACTOR;
			actor *a = new_actor(S, i);
			if (!a)
				return;
			a->end = t->end;
			a->ent = t->ent;
			const char **codes = arena_alloc(&S->c->scratch, sizeof *codes);
			if (!codes)
				return;
			codes[0] = acode;
			a->codes = codes;
			a->ncodes = 1;
		}
	}
}

int tok_is(const tok *t, const char *w)
{
	return (int)strlen(w) == t->n && !memcmp(t->s, w, (size_t)t->n);
}

int tok_in(const tok *t, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (tok_is(t, list[i]))
			return 1;
	return 0;
}

/* Verbs after A/AN/THE, or capitalised inside a mixed-case sentence, are nouns. */
static void mark_nouns(sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_VERB)
			continue;
		const verb_root *vr = t->ent->verb;
		if (i > 0 && S->t[i - 1].type == TY_DET) {
			t->type = TY_NOUN;
			continue;
		}
		if (i > 0 && t->cap && !S->allcaps) {
			t->type = TY_NOUN;
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_noun(S, i))
			{ t->type = TY_NOUN; continue; }
		/* null-coded roots without patterns are not verbs */
		if (vr && vr->code.kind == CODE_NULL && vr->npats == 0)
			t->type = TY_NOUN;
	}
}

int sent_live(const sent *S, int i)
{
	return !(S->t[i].deleted & 1);
}

int sent_actor_at(sent *S, int i)
{
	if (i < 0 || i >= S->nt)
		return -1;
	tok *t = &S->t[i];
	if ((t->type == TY_ACTOR || t->type == TY_PRON) && t->actor >= 0)
		return t->actor;
	return -1;
}

/* Skips adjectives and determiners forward from i; returns the first other token. */
static int skip_adj_fwd(sent *S, int i)
{
	while (i < S->nt && (S->t[i].type == TY_ADJ || S->t[i].type == TY_DET))
		i++;
	return i;
}

/* The actor whose phrase ends at token i (after skipping back over nothing). */
static int actor_ending_at(sent *S, int i)
{
	if (i < 0)
		return -1;
	int h = S->t[i].head >= 0 ? S->t[i].head : i;
	if (S->t[h].type == TY_ACTOR && S->t[h].actor >= 0 && S->a[S->t[h].actor].end == i)
		return S->t[h].actor;
	return -1;
}

/* Start of the noun phrase whose actor begins at `pos`: back over adjectives/determiners. */
static int np_start(sent *S, int pos)
{
	while (pos > 0 && (S->t[pos - 1].type == TY_ADJ || S->t[pos - 1].type == TY_DET))
		pos--;
	return pos;
}

static void compounds(sent *S)
{
	for (int i = 1; i + 1 < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_CONJ)
			continue;
		int is_and = tok_is(t, "AND") || tok_is(t, "NOR") || tok_is(t, "OR");
		/* compound nouns and adjectives: <noun> CONJ <adj>* <noun>, <adj> CONJ <adj> */
		int l = i - 1;
		int r = i + 1;
		while (r < S->nt && S->t[r].type == TY_ADJ)
			r++;
		if (S->t[l].type == TY_NOUN && r < S->nt && S->t[r].type == TY_NOUN) {
			t->in_compound_conj = 1;
			continue;
		}
		if (S->t[l].type == TY_ADJ && S->t[i + 1].type == TY_ADJ) {
			t->in_compound_conj = 1;
			continue;
		}
		if (!is_and)
			continue;
		int lc = l;
		if (S->t[lc].type == TY_COMMA)
			lc--;
		int left = actor_ending_at(S, lc);
		int rpos = skip_adj_fwd(S, i + 1);
		int right = rpos < S->nt && S->t[rpos].type == TY_ACTOR ? S->t[rpos].actor : -1;
		if (left < 0 || right < 0)
			continue;
		int g = S->a[left].group >= 0 ? S->a[left].group : S->ngroups++;
		if (S->a[left].group < 0) {
			S->group_first[g] = left;
			S->a[left].group = g;
			/* extend left over "<np>, <np>, ..." */
			int start = np_start(S, S->a[left].pos);
			while (start >= 2 && S->t[start - 1].type == TY_COMMA) {
				int prev = actor_ending_at(S, start - 2);
				if (prev < 0 || S->a[prev].group >= 0)
					break;
				S->a[prev].group = g;
				S->group_first[g] = prev;
				S->t[start - 1].in_compound_conj = 1;
				start = np_start(S, S->a[prev].pos);
			}
		}
		S->a[right].group = g;
		t->in_compound_conj = 1;
		/* the comma of ", and" stays a comma: the clause it may close is judged by its
		 * words (a clause of nothing but the compound is kept) */
		/* more actors right after, with adjectives between, join the group */
		int k = S->a[right].end + 1;
		for (;;) {
			int q = skip_adj_fwd(S, k);
			if (q >= S->nt || S->t[q].type != TY_ACTOR || S->t[q].actor < 0)
				break;
			S->a[S->t[q].actor].group = g;
			k = S->a[S->t[q].actor].end + 1;
		}
	}
}

static int is_compound_actor(const sent *S, int ai)
{
	return S->a[ai].group >= 0 || S->a[ai].ncodes > 1;
}

/* After clause deletion: a compound left with fewer than two live actors is no compound. */
static void prune_compounds(sent *S)
{
	for (int g = 0; g < S->ngroups; g++) {
		int n = 0;
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == g && sent_live(S, S->a[k].pos))
				n++;
		if (n < 2)
			for (int k = 0; k < S->na; k++)
				if (S->a[k].group == g)
					S->a[k].group = -1;
	}
}

static void pronouns(sent *S)
{
	khaldun_coder *c = S->c;
	int first = -1;  /* first real actor in the sentence */
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pron_kind == 0 && sent_live(S, S->a[k].pos) &&
		    (first < 0 || S->a[k].pos < S->a[first].pos))
			first = k;
	int first_cmp = -1;
	for (int k = 0; k < S->na; k++)
		if (S->a[k].pron_kind == 0 && is_compound_actor(S, k) && sent_live(S, S->a[k].pos) &&
		    (first_cmp < 0 || S->a[k].pos < S->a[first_cmp].pos))
			first_cmp = k;
	if (first_cmp >= 0 && S->a[first_cmp].group >= 0)
		first_cmp = S->group_first[S->a[first_cmp].group];
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_PRON)
			continue;
		int kind;
		if (tok_is(t, "HE") || tok_is(t, "SHE") || tok_is(t, "IT") || tok_is(t, "HIM"))
			kind = 1;
		else if (tok_is(t, "ITS") || tok_is(t, "HIS") || tok_is(t, "HER"))
			kind = 2;
		else
			kind = 3;
		int ref = -1;
		int before_any = first < 0 || S->a[first].pos > i;
		if (before_any && S->forward_ok && c->prev_actor) {
			/* forwarded from the previous sentence (plural pronouns too: TABARI 0.8.4
			 * forwards the first actor of a compound) */
			actor *a = new_actor(S, i);
			if (!a)
				return;
			a->pron_kind = kind;
			a->forwarded = 1;
			const char **codes = arena_alloc(&c->scratch, sizeof *codes);
			if (!codes)
				return;
			codes[0] = arena_strdup(&c->scratch, c->prev_actor);
			a->codes = codes;
			a->ncodes = 1;
			continue;
		}
		if (kind == 1)
			ref = first;
		else if (kind == 2) {
			for (int k = 0; k < S->na; k++)
				if (S->a[k].pron_kind == 0 && S->a[k].pos < i && sent_live(S, S->a[k].pos) &&
				    (ref < 0 || S->a[k].pos < S->a[ref].pos))
					ref = k;
		} else
			ref = first_cmp >= 0 ? first_cmp : first;
		if (ref < 0)
			continue;
		actor *a = new_actor(S, i);
		if (!a)
			return;
		a->pron_kind = kind;
		a->ref = ref;
	}
}

/* Deletes comma-delimited clauses whose length falls in the COMMA limits; phrases whose
 * words fall partly inside a deleted clause are cancelled. */
static void comma_clauses(sent *S)
{
	coder_opts *o = &S->c->o;
	if (o->comma_off)
		return;
	int commas[MAX_TOKENS];
	int nc = 0;
	for (int i = 0; i < S->nt; i++)
		if (S->t[i].cls == C_COMMA && !S->t[i].in_compound_conj)
			commas[nc++] = i;
	if (!nc)
		return;
	int prev_deleted = 0;
	for (int k = 0; k <= nc; k++) {
		int from = k == 0 ? 0 : commas[k - 1] + 1;
		int to = k == nc ? S->nt : commas[k];  /* exclusive */
		int words = 0;
		for (int i = from; i < to; i++)
			if (S->t[i].cls != C_COMMA && S->t[i].cls != C_QUOTE)
				words++;
		int lo, hi;
		if (k == 0)
			lo = o->bmin, hi = o->bmax;
		else if (k == nc)
			lo = o->emin, hi = o->emax;
		else
			lo = o->cmin, hi = o->cmax;
		/* a clause of nothing but a compound's actors ("..., and Ithilen and Dagolath,")
		 * belongs to the compound */
		int only_compound = 1, actors = 0;
		for (int i = from; i < to && only_compound; i++) {
			const tok *t = &S->t[i];
			if (t->type == TY_ACTOR && t->actor >= 0 && S->a[t->actor].group >= 0)
				actors++;
			else if (!(t->type == TY_LIT || t->type == TY_DET || t->type == TY_ADJ ||
				   (t->type == TY_CONJ && t->in_compound_conj)))
				only_compound = 0;
		}
		if (only_compound && actors)
			words = -1;
		/* news: a lead-in without a verb ("According to the ministry,", "On Monday,",
		 * "Meanwhile,") is a clause of its own, so the main clause keeps its subject */
		if (k == 0 && (o->news & NEWS_CLAUSES) && to < S->nt && news_lead_in(S, from, to)) {
			S->t[to].clause_break = 1;
			continue;
		}
		/* news: ", expressing appreciation to Turkey": a participial clause is an event of
		 * the sentence's subject, not an aside */
		if (k > 0 && (o->news & NEWS_CLAUSES)) {
			int f = from;
			while (f < to && !sent_live(S, f))
				f++;
			if (f < to && S->t[f].type == TY_VERB && S->t[f].n > 4 &&
			    !memcmp(S->t[f].s + S->t[f].n - 3, "ING", 3)) {
				S->t[from - 1].clause_break = 1;
				prev_deleted = 0;
				continue;
			}
		}
		/* news: "According to the ministry, Afghan forces opened fire": when nothing
		 * before the first comma is a verb, the last part holds the main clause */
		if (k == nc && k > 0 && (o->news & NEWS_CLAUSES) && !prev_deleted) {
			int verb = 0;
			for (int i = 0; i < commas[0] && !verb; i++)
				verb = S->t[i].type == TY_VERB;
			if (!verb)
				continue;
		}
		/* clauses are chained: the comma that closed a deleted clause opens no other */
		if (words < lo || words > hi || prev_deleted) {
			prev_deleted = 0;
			continue;
		}
		prev_deleted = 1;
		for (int i = from; i < to; i++)
			S->t[i].deleted |= 1;
		/* the comma ending an initial clause, or opening a terminal one */
		if (to < S->nt)
			S->t[to].deleted |= 1;
		if (k > 0)
			S->t[from - 1].deleted |= 1;
	}
	/* cancel phrases that straddle a deleted region */
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->head >= 0)
			continue;
		if (t->ent && t->end > i) {
			int del = 0, live = 0;
			for (int j = i; j <= t->end; j++) {
				if (j != i && S->t[j].head != i)
					continue;
				if (S->t[j].deleted & 1)
					del = 1;
				else
					live = 1;
			}
			if (del && live) {
				for (int j = i; j <= t->end; j++)
					if (j == i || S->t[j].head == i)
						S->t[j].deleted |= 1;
			}
		}
	}
}

/* ---------------------------------------------------------------- slots */

static void slot_add(sent *S, slot *s, int ai)
{
	const actor *a = &S->a[ai];
	for (int k = 0; k < a->ncodes && s->n < MAX_MEMBERS; k++) {
		s->m[s->n].code = a->codes[k];
		s->m[s->n].a = a;
		s->n++;
	}
}

/* Fills the slot for actor ai: the whole compound group, the referenced actor for pronouns. */
static void make_slot(sent *S, int ai, slot *s)
{
	s->n = 0;
	s->pos = S->a[ai].pos;
	s->pronoun = S->a[ai].pron_kind != 0;
	s->key = NULL;
	if (S->a[ai].ref >= 0) {
		ai = S->a[ai].ref;
		const dated_code *dc = S->a[ai].ent ? resolve_date(S->a[ai].ent->codes, S->date) : NULL;
		if (dc && dc->ncodes)
			s->key = dc->codes[0];
	}
	const actor *a = &S->a[ai];
	if (a->group >= 0) {
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == a->group && S->a[k].pron_kind == 0 &&
			    sent_live(S, S->a[k].pos))
				slot_add(S, s, k);
	} else {
		slot_add(S, s, ai);
	}
}

/* Last token covered by the actor (or its whole compound group) at ai. */
static int slot_end(sent *S, int ai)
{
	const actor *a = &S->a[ai];
	int end = a->end;
	if (a->group >= 0)
		for (int k = 0; k < S->na; k++)
			if (S->a[k].group == a->group && S->a[k].end > end)
				end = S->a[k].end;
	return end;
}

/* ---------------------------------------------------------------- pattern matching */

typedef struct pm pm;
typedef int (*cont_fn)(pm *m, int pos, int must);
struct pm {
	sent *S;
	int lo, hi;           /* token range of the clause */
	int verb, verb_end;
	const pel *seq;       /* the flattened pattern: upper, VERB, lower */
	int nseq;
	int src, tgt, cmp, attr;
	int first_pos, last_pos;
	int budget;
	int alt_chars;        /* characters of the options actually matched */
	void *frame;          /* the innermost alternative being matched (a frame) */
};

static int match_from(pm *m, const pel *e, int n, int k, int pos, int must, cont_fn cont,
		      void *carrier);

typedef struct {
	pm *m;
	const pel *e;
	int n, k;
	cont_fn cont;
	void *carrier;
	int opt_chars;        /* the option being tried */
	int opt_max;          /* what the pattern's nominal length counted for this element */
	int opt_n;            /* elements in the option (a '_' after a synset binds only a
			       * one-word member, as TABARI does) */
} frame;

/* Continuation used inside alternatives and synsets: resume the outer sequence. */

static int resume_outer(pm *m, int pos, int must)
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

static int token_ok(pm *m, int q)
{
	return q >= m->lo && q < m->hi && sent_live(m->S, q);
}

/* Next live token position after q (for consecutive checks). */
static int next_live(pm *m, int q)
{
	q++;
	while (q < m->hi && !sent_live(m->S, q))
		q++;
	return q;
}

static int match_one(pm *m, const pel *e, int n, int k, int q, cont_fn cont, void *carrier)
{
	sent *S = m->S;
	const pel *x = &e[k];
	if (--m->budget < 0)
		return 0;
	if (!token_ok(m, q))
		return 0;
	tok *t = &S->t[q];
	switch (x->kind) {
	case PEL_WORD:
		if (!word_match(x, t, 0))
			return 0;
		if (q == m->verb)
			return 0;
		return match_from(m, e, n, k + 1, next_live(m, q), x->consec, cont, carrier);
	case PEL_VERB:
		if (q != m->verb)
			return 0;
		return match_from(m, e, n, k + 1, next_live(m, m->verb_end), x->consec, cont,
				  carrier);
	case PEL_SRC: case PEL_TGT: case PEL_CMP: case PEL_SKIP: case PEL_ATTR: {
		int ai = sent_actor_at(S, q);
		if (ai < 0)
			return 0;
		int real = S->a[ai].ref >= 0 ? S->a[ai].ref : ai;
		if (x->kind == PEL_CMP && !is_compound_actor(S, real))
			return 0;
		int end = S->a[ai].pron_kind ? q : slot_end(S, ai);
		if (q <= m->verb && end >= m->verb)
			return 0;
		int *dst = x->kind == PEL_SRC ? &m->src : x->kind == PEL_TGT ? &m->tgt :
			   x->kind == PEL_CMP ? &m->cmp : x->kind == PEL_ATTR ? &m->attr : NULL;
		int saved = dst ? *dst : 0;
		if (dst)
			*dst = ai;
		if (match_from(m, e, n, k + 1, next_live(m, end), x->consec, cont, carrier))
			return 1;
		if (dst)
			*dst = saved;
		return 0;
	}
	case PEL_ALT:
	case PEL_SYNSET: {
		int omax = x->kind == PEL_ALT ? x->maxchars : 0;
		for (int o = 0; o < x->nopts; o++) {
			frame f = { m, e, n, k, cont, carrier, x->opts[o].chars, omax, x->opts[o].n };
			frame *saved = m->frame;
			f.carrier = saved;
			m->frame = &f;
			const pseq *opt = &x->opts[o];
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
static int match_from(pm *m, const pel *e, int n, int k, int pos, int must, cont_fn cont,
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

/* Tries one pattern on the verb at v..vend within [lo, hi). */
static int word_in(sent *S, const pel *e, int from, int to)
{
	for (int i = from; i < to; i++)
		if (word_match(e, &S->t[i], 0))
			return 1;
	return 0;
}

/* A word of the pattern that no token in [from, to) matches (for { ... } and synsets: no
 * option's first word): the pattern cannot match there. */
static int missing_word(sent *S, const pseq *q, int from, int to)
{
	for (int k = 0; k < q->n; k++) {
		const pel *e = &q->e[k];
		if (e->kind == PEL_WORD) {
			if (!word_in(S, e, from, to))
				return 1;
		} else if (e->kind == PEL_ALT || e->kind == PEL_SYNSET) {
			int any = 0;
			for (int o = 0; o < e->nopts && !any; o++) {
				const pseq *opt = &e->opts[o];
				any = !opt->n || opt->e[0].kind != PEL_WORD ||
				      word_in(S, &opt->e[0], from, to);
			}
			if (!any)
				return 1;
		}
	}
	return 0;
}

static int try_pattern(sent *S, const pattern *pt, int v, int vend, int lo, int hi, pm *out)
{
	/* cheap necessary condition before backtracking: every literal word is there */
	if (missing_word(S, &pt->upper, lo, v) || missing_word(S, &pt->lower, vend + 1, hi))
		return 0;
	pel seq[256];
	int n = 0;
	for (int i = 0; i < pt->upper.n && n < 255; i++)
		seq[n++] = pt->upper.e[i];
	pel verb = { .kind = PEL_VERB, .consec = (uint8_t)pt->verb_consec };
	seq[n++] = verb;
	for (int i = 0; i < pt->lower.n && n < 256; i++)
		seq[n++] = pt->lower.e[i];
	pm m = { S, lo, hi, v, vend, seq, n, -1, -1, -1, -1, -1, -1, MATCH_BUDGET, 0, NULL };
	m.frame = NULL;
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

/* ---------------------------------------------------------------- events */

typedef struct {
	int verb;                 /* token of the verb */
	evcode code;
	const pattern *pt;        /* NULL when the root's code was used */
	const verb_root *root;
	slot src, tgt;
	int same;                 /* % pattern: source and target are one compound */
	int ok;
} cand;

static const char *first_code(const slot *s)
{
	return s->key ? s->key : s->n ? s->m[0].code : NULL;
}

static int distinct(const slot *a, const slot *b)
{
	if (!a->n || !b->n)
		return 1;
	return strcmp(first_code(a), first_code(b)) != 0;
}

static int any_real_actor(sent *S, int from, int to)
{
	for (int i = from; i < to; i++)
		if (sent_live(S, i) && S->t[i].type == TY_ACTOR && S->t[i].actor >= 0)
			return 1;
	return 0;
}

/* First actor in [from, to) whose code differs from `other` (NULL: any). Backward if rev. */
int sent_find_actor(sent *S, int from, int to, const slot *other, int rev, slot *out)
{
	for (int k = 0; k < to - from; k++) {
		int i = rev ? to - 1 - k : from + k;
		if (!sent_live(S, i))
			continue;
		int ai = sent_actor_at(S, i);
		/* a later word of an actor phrase stands for it too: DURTHANG ... ORC may span a
		 * clause boundary, and its ORC is then the actor of the second clause */
		if (ai < 0 && S->t[i].type == TY_LIT && S->t[i].head >= 0 &&
		    S->t[S->t[i].head].type == TY_ACTOR)
			ai = S->t[S->t[i].head].actor;
		if (ai < 0)
			continue;
		slot s;
		make_slot(S, ai, &s);
		if (!s.n)
			continue;
		if (other && !distinct(other, &s))
			continue;
		*out = s;
		return 1;
	}
	return 0;
}

static void default_slot(sent *S, const char *code, slot *s)
{
	/* a default actor has no place in the text */
	actor *dummy = arena_alloc(&S->c->scratch, sizeof *dummy);
	if (!dummy) {
		s->n = 0;
		return;
	}
	dummy->pos = dummy->end = -1;
	dummy->ref = -1;
	dummy->group = -1;
	s->n = 1;
	s->m[0].code = code;
	s->m[0].a = dummy;
	s->pos = -1;
	s->pronoun = 0;
	s->key = NULL;
}

static int passive(sent *S, int v, int vend, int lo, int hi)
{
	int aux = 0;
	for (int k = 1; k <= 2; k++)
		if (v - k >= lo && S->t[v - k].type == TY_AUX)
			aux = 1;
	if (!aux)
		return 0;
	for (int k = 1; k <= 2; k++)
		if (vend + k < hi && S->t[vend + k].type == TY_BY)
			return 1;
	return 0;
}

/* Codes the verb at v in clause [lo, hi) into *cd; returns 1 when it yields an event,
 * 0 when not, -1 when the sentence is discarded or complex. */
static int code_verb(sent *S, int v, int lo, int hi, const slot *carried, const slot *keep,
		     cand *cd)
{
	const entry *en = S->t[v].ent;
	const verb_root *vr = en->verb;
	int vend = S->t[v].end;
	memset(cd, 0, sizeof *cd);
	cd->verb = v;
	cd->root = vr;
	pm m = { 0 };
	m.src = m.tgt = m.cmp = m.attr = -1;
	const pattern *hit = NULL;
	int hit_len = 0;
	for (int i = 0; i < vr->npats; i++) {
		const pattern *pt = &vr->pats[i];
		/* after a match through alternatives, only longer patterns may still win */
		if (hit && pt->length <= hit_len)
			break;
		pm mm;
		if (try_pattern(S, pt, v, vend, lo, hi, &mm)) {
			int actual = pt->length + mm.alt_chars;
			if (!hit || actual > hit_len) {
				hit = pt;
				hit_len = actual;
				m = mm;
			}
			if (actual >= pt->length)
				break;
		}
	}
	evcode code = hit ? hit->code : vr->code;
	if (code.kind == CODE_DISCARD) {
		set_outcome(S, KHALDUN_DISCARD, "discard code in a verb phrase");
		return -1;
	}
	if (code.kind == CODE_COMPLEX) {
		set_outcome(S, KHALDUN_COMPLEX, "complex code in a verb phrase");
		return -1;
	}
	if (code.kind != CODE_EVENT)
		return 0;
	cd->code = code;
	cd->pt = hit;
	slot src = { .n = 0 }, tgt = { .n = 0 };
	int designated = 0;
	if (hit && m.cmp >= 0) {
		make_slot(S, m.cmp, &src);
		tgt = src;
		designated = 1;
		cd->same = 1;
	} else {
		if (hit && m.src >= 0) {
			make_slot(S, m.src, &src);
			designated = 1;
		}
		if (hit && m.tgt >= 0) {
			make_slot(S, m.tgt, &tgt);
			designated = 1;
		}
	}
	coder_opts *o = &S->c->o;
	if (!src.n) {
		if (sent_find_actor(S, lo, v, tgt.n ? &tgt : NULL, 0, &src)) {
			/* a later clause keeps the sentence's subject unless an actor opens it */
			if (keep && keep->n && sent_actor_at(S, lo) < 0 && (!tgt.n || distinct(&tgt, keep)))
				src = *keep;
		} else {
			if (carried && carried->n && (!tgt.n || distinct(&tgt, carried)))
				src = *carried;
			else if ((o->news & NEWS_OPEN_ACTORS) && news_named_subject(S, lo, v, &src))
				;   /* "Uribe defended ...": a subject the dictionaries do not know */
			else if ((o->news & NEWS_OPEN_ACTORS) && news_open_subject(S, lo, v, &src))
				;   /* "The statement criticised Pakistan": not the object as subject */
			else if (o->def_source && o->def_prior)
				default_slot(S, o->def_source, &src);
			else if (!sent_find_actor(S, vend + 1, hi, tgt.n ? &tgt : NULL, 0, &src) &&
				 o->def_source)
				default_slot(S, o->def_source, &src);
		}
	}
	if (!tgt.n && src.n) {
		if (!sent_find_actor(S, vend + 1, hi, &src, 0, &tgt)) {
			if (o->def_target && o->def_after && !any_real_actor(S, vend + 1, hi))
				default_slot(S, o->def_target, &tgt);
			else if (!sent_find_actor(S, lo, v, &src, 1, &tgt)) {
				if (src.n > 1 && src.m[0].a->group >= 0)
					tgt = src;
				else if (o->def_target)
					default_slot(S, o->def_target, &tgt);
			}
		}
	}
	int news = o->news;
	/* an open object comes after the words the pattern matched ("imposed sanctions on
	 * three new Iranian organizations") */
	int oend = vend;
	if (hit && m.last_pos - 1 > oend && m.last_pos - 1 < hi)
		oend = m.last_pos - 1;
	if ((news & NEWS_OPEN_ACTORS) && !src.n && tgt.n)
		news_open_subject(S, lo, v, &src);
	if ((news & NEWS_OPEN_ACTORS) && src.n && !tgt.n)
		news_open_object(S, oend, hi, &tgt);
	if ((news & NEWS_OPEN_ACTORS) && !src.n && !tgt.n && news_open_subject(S, lo, v, &src))
		news_open_object(S, oend, hi, &tgt);
	if ((news & NEWS_OPEN_ACTORS) && src.n && !tgt.n) {
		/* an event with no target in the sentence: "the president resigned" */
		actor *a = arena_alloc(&S->c->scratch, sizeof *a);
		if (a) {
			a->pos = a->end = -1;
			a->group = a->ref = -1;
			tgt.n = 1;
			tgt.m[0].code = "---";
			tgt.m[0].a = a;
			tgt.pos = -1;
			tgt.key = "";
		}
	}
	if (!src.n || !tgt.n)
		return 0;
	if ((news & NEWS_MODALS) && news_hypothetical(S, v, lo, &code))
		return 0;
	if ((news & NEWS_NEGATION) && (!hit || !hit->upper.n) && news_negated(S, v, lo, &code)) {
		code.a = "120";   /* reject: the cooperation was refused or denied */
		code.b = NULL;
	}
	if (!designated && passive(S, v, vend, lo, hi)) {
		slot tmp = src;
		src = tgt;
		tgt = tmp;
	}
	cd->src = src;
	cd->tgt = tgt;
	cd->ok = 1;
	return 1;
}

static int add_event(khaldun_coder *c, const khaldun_event *e)
{
	/* the same event twice from one sentence is one event */
	for (size_t i = 0; i < c->nevents; i++) {
		const khaldun_event *x = &c->events[i];
		if (!strcmp(x->source, e->source) && !strcmp(x->target, e->target) &&
		    !strcmp(x->code, e->code))
			return 0;
	}
	if (c->nevents == c->capevents) {
		size_t cap = c->capevents ? c->capevents * 2 : 16;
		khaldun_event *v = realloc(c->events, cap * sizeof *v);
		if (!v)
			return -1;
		c->events = v;
		c->capevents = cap;
	}
	c->events[c->nevents++] = *e;
	return 0;
}

const char *sent_span_text(sent *S, int from, int to)
{
	if (from < 0 || to < from || to >= S->nt)
		return NULL;
	const char *base = S->c->sentence.p;
	int a = S->t[from].ostart, b = S->t[to].ostart + S->t[to].olen;
	return arena_strndup(&S->c->scratch, base + a, (size_t)(b - a));
}

/* The words an event's actor covers: the match, or with NP_SPANS its noun phrase — the whole
 * compound for a member of one ("Mexico and the United Kingdom signed"). */
static const char *actor_text(sent *S, const actor *a, int verb, int vend)
{
	if (a->pos < 0)
		return NULL;
	int f = a->pos, t = a->end;
	if ((S->c->o.news & NEWS_NP_SPANS) && a->ent) {
		news_np_extent(S, a, verb, vend, &f, &t);
		if (a->group >= 0) {
			for (int k = 0; k < S->na; k++) {
				const actor *b = &S->a[k];
				if (b->group != a->group || b->pron_kind || !sent_live(S, b->pos))
					continue;
				int bf, bt;
				news_np_extent(S, b, verb, vend, &bf, &bt);
				if (bf < f)
					f = bf;
				if (bt > t)
					t = bt;
			}
		}
	}
	return sent_span_text(S, f, t);
}

static void set_origin(khaldun_origin *o, const origin *at)
{
	o->file = at->file;
	o->line = at->line;
	o->entry = at->text;
}

static void emit(sent *S, const cand *cd)
{
	khaldun_coder *c = S->c;
	int vend = S->t[cd->verb].end;
	/* actor by actor, then code by code (a coded compound gives several codes) */
	for (int ia = 0; ia < cd->src.n; ia++) {
		if (ia && cd->src.m[ia].a == cd->src.m[ia - 1].a)
			continue;
		for (int ja = 0; ja < cd->tgt.n; ja++) {
			if (ja && cd->tgt.m[ja].a == cd->tgt.m[ja - 1].a)
				continue;
			for (int i = ia; i < cd->src.n && cd->src.m[i].a == cd->src.m[ia].a; i++)
			for (int j = ja; j < cd->tgt.n && cd->tgt.m[j].a == cd->tgt.m[ja].a; j++) {
			const member *s = &cd->src.m[i], *t = &cd->tgt.m[j];
			if (!strcmp(s->code, t->code))
				continue;
			for (int pass = 0; pass < 2; pass++) {
				if (pass == 1 && !cd->code.b)
					break;
				const member *x = pass ? t : s, *y = pass ? s : t;
				khaldun_event e;
				memset(&e, 0, sizeof e);
				e.source = x->code;
				e.target = y->code;
				e.code = pass ? cd->code.b : cd->code.a;
				e.date = S->date;
				e.time_shift = S->time_shift;
				e.source_text = actor_text(S, x->a, cd->verb, vend);
				e.target_text = actor_text(S, y->a, cd->verb, vend);
				e.verb_text = sent_span_text(S, cd->verb, vend);
				if (cd->pt)
					set_origin(&e.pattern, &cd->pt->at);
				else
					set_origin(&e.pattern, &cd->root->at);
				set_origin(&e.verb, &S->t[cd->verb].ent->at);
				const actor *xa = x->a->ref >= 0 ? &S->a[x->a->ref] : x->a;
				const actor *ya = y->a->ref >= 0 ? &S->a[y->a->ref] : y->a;
				if (xa->ent)
					set_origin(&e.source_entry, &xa->ent->at);
				if (ya->ent)
					set_origin(&e.target_entry, &ya->ent->at);
				add_event(c, &e);
			}
			}
		}
	}
}

/* ---------------------------------------------------------------- the sentence */

static void time_shift(sent *S)
{
	if (!S->c->o.time_shift)
		return;
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		if (t->type != TY_TIME)
			continue;
		const verb_root *vr = t->ent->verb;
		evcode code = vr->code;
		pm m;
		for (int k = 0; k < vr->npats; k++) {
			if (try_pattern(S, &vr->pats[k], i, t->end, 0, S->nt, &m)) {
				code = vr->pats[k].code;
				break;
			}
		}
		if (code.kind == CODE_DISCARD) {
			set_outcome(S, KHALDUN_DISCARD, "discard code in a time phrase");
			return;
		}
		if (code.kind == CODE_COMPLEX) {
			set_outcome(S, KHALDUN_COMPLEX, "complex code in a time phrase");
			return;
		}
		if (code.kind != CODE_EVENT)
			continue;
		int days = atoi(code.a);
		long nd = date_add_days(S->date, days);
		if (nd) {
			S->date = nd;
			S->time_shift = days;
		}
		return;
	}
}

static int complexity(sent *S)
{
	coder_opts *o = &S->c->o;
	int verbs = 0, conj = 0, actors = 0, prons = 0;
	int first_verb = -1;
	for (int i = 0; i < S->nt; i++) {
		if (!sent_live(S, i))
			continue;
		tok *t = &S->t[i];
		if (t->type == TY_VERB) {
			verbs++;
			if (first_verb < 0 && t->ent->verb->code.kind != CODE_NULL)
				first_verb = i;
		} else if (t->type == TY_CONJ && !t->in_compound_conj)
			conj++;
		else if (t->type == TY_ACTOR)
			actors++;
		else if (t->type == TY_PRON)
			prons++;
	}
	if (o->cx_verbs > 0 && verbs >= o->cx_verbs)
		return set_outcome(S, KHALDUN_COMPLEX, "too many verbs"), 1;
	if (o->cx_conj > 0 && conj >= o->cx_conj)
		return set_outcome(S, KHALDUN_COMPLEX, "too many conjunctions"), 1;
	if (o->cx_actors > 0 && actors >= o->cx_actors)
		return set_outcome(S, KHALDUN_COMPLEX, "too many actors"), 1;
	if (o->cx_pronouns > 0 && prons >= o->cx_pronouns)
		return set_outcome(S, KHALDUN_COMPLEX, "too many pronouns"), 1;
	if (o->cx_noverb && first_verb < 0)
		return set_outcome(S, KHALDUN_COMPLEX, "no verb"), 1;
	if (o->cx_lateverb > 0 && (first_verb < 0 || first_verb >= o->cx_lateverb))
		return set_outcome(S, KHALDUN_COMPLEX, "late verb"), 1;
	if (o->cx_noactprior && first_verb >= 0) {
		int found = 0;
		for (int i = 0; i < first_verb; i++)
			if (sent_live(S, i) && sent_actor_at(S, i) >= 0)
				found = 1;
		if (!found)
			return set_outcome(S, KHALDUN_COMPLEX, "no actor before the first verb"), 1;
	}
	if (o->cx_noactafter && first_verb >= 0) {
		int found = 0;
		for (int i = first_verb + 1; i < S->nt; i++)
			if (sent_live(S, i) && sent_actor_at(S, i) >= 0)
				found = 1;
		if (!found)
			return set_outcome(S, KHALDUN_COMPLEX, "no actor after the first verb"), 1;
	}
	return 0;
}

static void code_clauses(sent *S)
{
	khaldun_coder *c = S->c;
	int bounds[MAX_TOKENS + 2];
	int nb = 0;
	bounds[nb++] = 0;
	for (int i = 0; i < S->nt; i++) {
		if (S->t[i].clause_break && sent_live(S, i)) {
			bounds[nb++] = i + 1;
			continue;
		}
		if (S->t[i].type != TY_CONJ || S->t[i].in_compound_conj || !sent_live(S, i))
			continue;
		if (c->o.news & NEWS_CLAUSES) {
			/* news: a clause needs a verb; "suspended aid and weapons deals with
			 * Pakistan" has one clause */
			int verb = 0;
			for (int j = i + 1; j < S->nt && !verb; j++) {
				if (S->t[j].type == TY_CONJ && !S->t[j].in_compound_conj)
					break;
				verb = sent_live(S, j) && S->t[j].type == TY_VERB;
			}
			if (!verb)
				continue;
		}
		bounds[nb++] = i + 1;
	}
	bounds[nb] = S->nt + 1;
	cand *cands = arena_alloc(&c->scratch, sizeof *cands * (size_t)(S->nt + 1));
	int *cl = arena_alloc(&c->scratch, sizeof *cl * (size_t)(S->nt + 1));
	if (!cands || !cl)
		return;
	int nc = 0;
	slot carried = { .n = 0 };   /* the source of the previous clause's event */
	slot keep = { .n = 0 };      /* the subject later clauses keep */
	for (int b = 0; b < nb; b++) {
		int lo = bounds[b];
		int hi = bounds[b + 1] - 1;  /* the conjunction itself is excluded */
		if (hi > S->nt)
			hi = S->nt;
		int coded = 0, verbs = 0;
		for (int v = lo; v < hi; v++) {
			if (!sent_live(S, v) || S->t[v].type != TY_VERB)
				continue;
			verbs++;
			cand cd;
			int r = code_verb(S, v, lo, hi, carried.n ? &carried : NULL,
					  b && keep.n ? &keep : NULL, &cd);
			if (r < 0)
				return;
			if (r == 0)
				continue;
			cands[nc] = cd;
			cl[nc] = b;
			nc++;
			if (!coded) {
				carried = cd.src;
				keep = cd.src;
				coded = 1;
			}
		}
		/* a clause with verbs but no event: its first actor is the subject kept */
		if (!coded && verbs && !keep.n) {
			slot first;
			if (sent_find_actor(S, lo, hi, NULL, 0, &first))
				keep = first;
		}
	}
	/* selection: dominant codes win; otherwise per CODE BY, subordinate codes only when
	 * nothing else was coded in the clause (sentence) */
	int any_dom = 0;
	for (int i = 0; i < nc; i++)
		any_dom |= cands[i].code.dom;
	int by = c->o.code_by;
	for (int i = 0; i < nc; i++) {
		const cand *cd = &cands[i];
		int take = 0;
		if (any_dom && by == BY_ALL)
			take = cd->code.dom;
		else if (by == BY_ALL) {
			int nonsub = 0;
			for (int k = 0; k < nc; k++)
				nonsub |= !cands[k].code.sub;
			take = nonsub ? !cd->code.sub : 1;
		} else {
			/* the first non-subordinate candidate of its scope, else the first */
			int first_nonsub = -1, first_any = -1;
			for (int k = 0; k < nc; k++) {
				if (by == BY_CLAUSE && cl[k] != cl[i])
					continue;
				if (first_any < 0)
					first_any = k;
				if (first_nonsub < 0 && !cands[k].code.sub)
					first_nonsub = k;
			}
			take = i == (first_nonsub >= 0 ? first_nonsub : first_any) || cd->code.dom;
			/* news: a statement ("said", "announced") is coded only when nothing else in
			 * the sentence is */
			if (take && cd->code.sub && (c->o.news & NEWS_CLAUSES))
				for (int k = 0; k < nc; k++)
					if (!cands[k].code.sub)
						take = 0;
		}
		if (take)
			emit(S, cd);
	}
}

#ifdef KH_TRACE
#include <stdio.h>
/* Developer aid (make TRACE=1): the parse as the coder sees it, on stderr. */
static void trace(sent *S)
{
	static const char *ty[] = { "null", "ACTOR", "AGENT", "noun", "adj", "VERB", "time",
				    "attr", "lit", "pron", "det", "conj", "comma", "aux", "by",
				    "num", "former" };
	for (int i = 0; i < S->nt; i++) {
		tok *t = &S->t[i];
		fprintf(stderr, "%3d %-14.*s %-6s%s%s", i, t->n, t->s, ty[t->type],
			t->deleted & 1 ? " DEL" : "", t->in_compound_conj ? " cmpd" : "");
		if (t->ent && t->head < 0)
			fprintf(stderr, " [%s:%d %s] end=%d", t->ent->at.file, t->ent->at.line,
				t->ent->at.text, t->end);
		if (t->actor >= 0) {
			actor *a = &S->a[t->actor];
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
	const char *f = c->o.fwd_format;
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

int khaldun_code_sentence(khaldun_coder *c, const char *text, size_t len, long date,
			  const char *id, const khaldun_result **out)
{
	if (!c || !out || (!text && len))
		return KHALDUN_ERR_ARG;
	arena_reset(&c->scratch);
	c->nevents = 0;
	sent *S = arena_alloc(&c->scratch, sizeof *S);
	if (!S)
		return KHALDUN_ERR_NOMEM;
	S->c = c;
	S->d = c->d;
	S->date = date;
	S->outcome = KHALDUN_CODED;
	S->time_shift = 0;
	if (!text)
		text = "";
	if (c->o.news & NEWS_BOILERPLATE)
		len = news_drop_boilerplate(c, text, len, &text);
	tokenize(S, text, len);
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
		lookup(S);
		resolve_actors(S);
		attach_agents(S);
		mark_nouns(S);
		compounds(S);
		comma_clauses(S);
		prune_compounds(S);
		pronouns(S);
		for (int i = 0; i < S->nt; i++) {
			if (!sent_live(S, i))
				continue;
			if (S->t[i].deleted & 2)
				set_outcome(S, KHALDUN_DISCARD, "discard code on an actor");
			else if (S->t[i].deleted & 4)
				set_outcome(S, KHALDUN_COMPLEX, "complex code on an actor");
			else if (S->t[i].type == TY_VERB && S->t[i].ent->verb->code.kind == CODE_DISCARD)
				set_outcome(S, KHALDUN_DISCARD, "discard code on a verb");
			else if (S->t[i].type == TY_VERB && S->t[i].ent->verb->code.kind == CODE_COMPLEX)
				set_outcome(S, KHALDUN_COMPLEX, "complex code on a verb");
		}
#ifdef KH_TRACE
		trace(S);
#endif
		if (S->outcome == KHALDUN_CODED)
			time_shift(S);
		if (S->nonprinting)
			set_outcome(S, KHALDUN_COMPLEX, "non-printing characters in the text");
		if (S->outcome == KHALDUN_CODED && !complexity(S))
			code_clauses(S);
		/* remember this sentence's first actor for FORWARD */
		free(c->prev_actor);
		c->prev_actor = NULL;
		c->prev_compound = 0;
		int first = -1;
		for (int k = 0; k < S->na; k++)
			if (S->a[k].pron_kind == 0 && sent_live(S, S->a[k].pos) &&
			    (first < 0 || S->a[k].pos < S->a[first].pos))
				first = k;
		if (first >= 0 && S->a[first].ent) {
			const dated_code *dc = resolve_date(S->a[first].ent->codes, S->date);
			if (dc && dc->ncodes)
				c->prev_actor = strdup(dc->codes[0]);
			c->prev_compound = is_compound_actor(S, first);
		}
	}
	if (S->outcome != KHALDUN_CODED)
		c->nevents = 0;
	c->result.outcome = S->outcome;
	c->result.reason = S->reason;
	c->result.n_events = c->nevents;
	c->result.events = c->events;
	c->result.sentence = c->sentence.p ? c->sentence.p : "";
	*out = &c->result;
	return KHALDUN_OK;
}

khaldun_coder *khaldun_coder_new(const khaldun_dict *d)
{
	if (!d)
		return NULL;
	khaldun_coder *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->d = d;
	arena_init(&c->scratch, 1 << 16);
	arena_init(&c->optmem, 4096);
	buf_init(&c->sentence, (size_t)1 << 24);
	opts_defaults(&c->o, d);
	for (int i = 0; i < d->noptions; i++) {
		const char *o = strchr(d->options[i], '\t');
		khaldun_coder_option(c, o ? o + 1 : d->options[i], NULL, NULL);
	}
	return c;
}

void khaldun_coder_free(khaldun_coder *c)
{
	if (!c)
		return;
	arena_free(&c->scratch);
	arena_free(&c->optmem);
	buf_free(&c->sentence);
	free(c->events);
	free(c->prev_actor);
	free(c);
}

long khaldun_coder_record_date(const khaldun_coder *c, const char *digits)
{
	size_t n = 0;
	while (digits[n] >= '0' && digits[n] <= '9')
		n++;
	size_t want = c && c->o.yyyy ? 8 : 6;
	if (n < want)
		return 0;
	return dict_parse_date(digits, want);
}

int khaldun_coder_time_shifting(const khaldun_coder *c)
{
	return c && c->o.time_shift;
}

int khaldun_coder_forwarding(const khaldun_coder *c)
{
	return c && c->o.forward;
}
