/*
 * match.c - the coder's second stage: dictionary lookup. Each token's bytes walk the
 * dictionary's word trie once (its first words, and a stamp on every dictionary word that is
 * a prefix of it); at each token the longest dictionary phrase wins (ties by
 * dict_entry_precedes); actor phrases get their codes by date, agents attach to their
 * actors, and verbs in noun positions become nouns. Reads the dictionary only; everything it
 * makes (actors, agent codes) lives in the coder's scratch arena.
 */
#include "coder/sent.h"
#include "coder/syntax.h"
#include "coder/syntree.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* a slot with this many phrases or more has them tested once a sentence (slot_memo) */
#define MEMO_MIN 8

/* ---------------------------------------------------------------- word matching */

int match_ending_ok(const char *rest, int n, int verbish, char last)
{
	/* nouns: S 'S ES ' S'; verbs: S ED ES EN ING (by length, no string scans) */
	switch (n) {
	case 1:
		if (rest[0] == 'S' || (!verbish && rest[0] == '\''))
			return 1;
		/* DEPLORE + D, TAKE + N */
		return verbish && last == 'E' && (rest[0] == 'D' || rest[0] == 'N');
	case 2:
		if (verbish)
			return rest[0] == 'E' &&
				(rest[1] == 'D' || rest[1] == 'S' || rest[1] == 'N');
		return (rest[0] == '\'' && rest[1] == 'S') || (rest[0] == 'E' && rest[1] == 'S') ||
		       (rest[0] == 'S' && rest[1] == '\'');
	case 3:
		return verbish && rest[0] == 'I' && rest[1] == 'N' && rest[2] == 'G';
	}
	return 0;
}

/* The endings the last word of entry en takes (match_word). A verb stem ending in E also
 * matches its -ING form (PRAISE: PRAISING, as English drops the E) in our projects (any
 * KHALDUN: rule on); TABARI projects keep TABARI's forms, where only an exact word
 * (DEPLORE_) drops it. Consonant doubling needs nothing: a stem is a prefix of its doubled
 * forms (ADMIT: ADMITTED, ADMITTING), and an exact word lists them ({STOPPED_ STOPPING_}). */
static int entry_endings(const coder_sent *S, const dict_entry *en)
{
	if (en->type == ENT_VERB && S->c->o.news)
		return 3;
	return en->type == ENT_VERB || en->type == ENT_TIME || en->type == ENT_ATTRIB ? 2 : 1;
}

/* Matches an entry's words from token i forward; returns the last token or -1. Words joined
 * by '_' must be consecutive; others may have tokens between them. */
static int match_entry_at(coder_sent *S, const dict_entry *en, int k, int i, int *budget)
{
	const dict_pseq *w = &en->words;
	if (--*budget < 0)
		return -1;
	int last = k == w->n - 1;
	if (!match_word(&w->e[k], &S->t[i], last ? entry_endings(S, en) : 0))
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

typedef struct {
	coder_sent *S;
	int i;
	const dict_entry *best;
	int best_end;
	int budget;
} lookup_ctx;

static void consider(lookup_ctx *L, const dict_entry *e)
{
	coder_sent *S = L->S;
	if (e->type == ENT_TIME && !S->c->o.time_shift)
		return;   /* <TIME> phrases are looked up only when time shifting is on */
	int end;
	if (e->words.n == 1)   /* match_entry_at's one step, inline: most phrases are one word */
		end = --L->budget >= 0 && S->t[L->i].head < 0 &&
		      match_word(&e->words.e[0], &S->t[L->i], entry_endings(S, e)) ? L->i : -1;
	else
		end = match_entry_at(S, e, 0, L->i, &L->budget);
	if (end < 0)
		return;
	if (L->best && dict_entry_precedes(L->best, e))
		return;
	L->best = e;
	L->best_end = end;
}

/* Walks every word token's bytes down the dictionary's word trie, once: stamps the nodes it
 * passes (the dictionary words that are prefixes of the token, sent_may_have) and keeps the
 * first words met on the way (S->kfirst, S->nkeys). A token ending in ING also stamps the
 * word that drops its final E before it (DEPLORE: DEPLORING) and, in our projects
 * (entry_endings), keeps it as a first word too (PRAISE for PRAISING). */
static void stamp_tokens(coder_sent *S)
{
	khaldun_coder *c = S->c;
	const dict_trie *tr = &S->d->trie;
	if (++c->cur == 0) {   /* the stamps wrapped: start again from clean ones */
		memset(c->stamp, 0, c->nstamp * sizeof *c->stamp);
		c->cur = 1;
	}
	c->stamp[0] = c->cur;   /* id 0, no id: "maybe" */
	if (++c->gen == 0) {   /* the memo's generations wrapped: start again from clean ones */
		memset(c->memo, 0, (S->d->nslots ? S->d->nslots : 1) * sizeof *c->memo);
		c->gen = 1;
	}
	c->memo_len = 0;
	uint32_t cur = c->cur, nk = 0, cap = (uint32_t)MAX_TOKENS * (MAX_WORD + 8);
	for (int i = 0; i < S->nt; i++) {
		const coder_tok *t = &S->t[i];
		S->kfirst[i] = nk;
		S->nkeys[i] = 0;
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			continue;
		/* a word walked before: its nodes again, without the trie */
		coder_wword *kw = wword_of(c, t);
		if (kw && kw->nnodes != WWORD_WALK_UNKNOWN) {
			for (int k = 0; k < kw->nnodes; k++) {
				uint32_t v = kw->nodes[k], node = v & ~WWORD_KEY;
				if (node < c->nstamp)
					c->stamp[node] = cur;
				if ((v & WWORD_KEY) && nk < cap) {
					c->keys[nk++] = tr->slot[node] - 1;
					S->nkeys[i]++;
				}
			}
			continue;
		}
		int nn = 0;   /* the walk's nodes, recorded when kw has room for them */
		uint32_t node = 0;
		const unsigned char *w = (const unsigned char *)t->s;
		/* a token ending in ING: where the word dropping its final E would end */
		int ing = t->n >= 5 && w[t->n - 3] == 'I' && w[t->n - 2] == 'N' &&
			  w[t->n - 1] == 'G' ? t->n - 3 : -1;
		/* the token's prefix hashes, its first DICT_TRIE_AHEAD buckets fetched at once */
		uint32_t hs[DICT_TRIE_AHEAD], h = DICT_TRIE_SEED;
		size_t ahead = dict_trie_prefetch(tr, w, (size_t)t->n, h, hs);
		for (int k = 0; k < t->n; k++) {
			uint32_t hk = (size_t)k < ahead ? hs[k] : dict_trie_roll(h, w[k]);
			if (k == ing) {
				uint32_t e = dict_trie_child_at(tr, node, 'E',
								dict_trie_roll(h, 'E'));
				if (e && e < c->nstamp)
					c->stamp[e] = cur;
				if (e && tr->slot[e] && c->o.news && nk < cap) {
					c->keys[nk++] = tr->slot[e] - 1;
					S->nkeys[i]++;
				}
				if (e && kw)
					kw->nodes[nn++] =
						e | (tr->slot[e] && c->o.news ? WWORD_KEY : 0);
			}
			node = dict_trie_child_at(tr, node, w[k], hk);
			h = hk;
			if (!node)
				break;
			if (node < c->nstamp)
				c->stamp[node] = cur;
			if (tr->slot[node] && nk < cap) {
				c->keys[nk++] = tr->slot[node] - 1;
				S->nkeys[i]++;
			}
			if (kw)
				kw->nodes[nn++] = node | (tr->slot[node] ? WWORD_KEY : 0);
		}
		if (kw)
			kw->nnodes = (uint8_t)nn;
	}
}

/* ---------------------------------------------------------------- stamped keys */

/* The first index in [from, n) whose key is stamped in this sentence (or is no word node:
 * >= nstamp), or n: the entries before it name a word that is in no token, so they cannot
 * match (a verb's patterns by their longest word, event.c; a slot's phrases by their second
 * word: "THE" opens thousands of phrases, of which a sentence may hold a handful). */
static int next_stamped_scalar(const uint32_t *keys, int from, int n, const uint32_t *stamp,
			       uint32_t nstamp, uint32_t cur)
{
	int i = from;
	while (i < n && keys[i] < nstamp && stamp[keys[i]] != cur)
		i++;
	return i;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/* next_stamped_scalar eight keys at a time, where the processor gathers (AVX2). */
__attribute__((target("avx2")))
static int next_stamped_avx2(const uint32_t *keys, int from, int n, const uint32_t *stamp,
			     uint32_t nstamp, uint32_t cur)
{
	const __m256i flip = _mm256_set1_epi32((int)0x80000000u);
	const __m256i vn = _mm256_xor_si256(_mm256_set1_epi32((int)nstamp), flip);
	const __m256i vcur = _mm256_set1_epi32((int)cur), ones = _mm256_set1_epi32(-1);
	int i = from;
	for (; i + 8 <= n; i += 8) {
		__m256i k = _mm256_loadu_si256((const __m256i *)(const void *)(keys + i));
		/* key < nstamp, unsigned: the lanes whose stamp is read */
		__m256i in = _mm256_cmpgt_epi32(vn, _mm256_xor_si256(k, flip));
		__m256i st = _mm256_mask_i32gather_epi32(_mm256_setzero_si256(), (const int *)stamp,
							 k, in, 4);
		__m256i hit = _mm256_or_si256(_mm256_xor_si256(in, ones),
					      _mm256_cmpeq_epi32(st, vcur));
		int m = _mm256_movemask_ps(_mm256_castsi256_ps(hit));
		if (m)
			return i + __builtin_ctz((unsigned)m);
	}
	return next_stamped_scalar(keys, i, n, stamp, nstamp, cur);
}
#endif

int sent_next_stamped(const uint32_t *keys, int from, int n, const uint32_t *stamp,
		      uint32_t nstamp, uint32_t cur)
{
#if defined(__x86_64__) && defined(__GNUC__)
	if (n - from >= 16 && __builtin_cpu_supports("avx2"))
		return next_stamped_avx2(keys, from, n, stamp, nstamp, cur);
#endif
	return next_stamped_scalar(keys, from, n, stamp, nstamp, cur);
}

/* 0 when a later word of phrase e is a prefix of no token of the sentence: it cannot match. */
static int phrase_may(coder_sent *S, const dict_entry *e)
{
	for (int k = 1; k < e->words.n; k++) {
		const dict_pel *w = &e->words.e[k];
		if (w->kind == PEL_WORD ? !sent_may_have(S, w) :
					  !pat_seen_may(pat_seen(S, 2, 0, S->nt), w))
			return 0;
	}
	return 1;
}

/* Runs body for each phrase j of slot sl that may match in this sentence, in order: its
 * second word is in a token (a test by stamp, without reading the phrase; stamp[0] == cur: no
 * id), and its later words too (phrase_may). For a slot's few phrases, a token at a time. */
#define SLOT_PHRASES_MAY(S, sl, j, body)                                              \
	do {                                                                           \
		const uint32_t *st_ = (S)->c->stamp, *sec_ = (sl)->second;             \
		uint32_t cur_ = (S)->c->cur, ns_ = (S)->c->nstamp;                     \
		for (uint32_t j = 0; j < (sl)->n; j++) {                               \
			uint32_t w2_ = sec_[j];                                        \
			if ((w2_ < ns_ && st_[w2_] != cur_) || !phrase_may(S, (sl)->v[j])) \
				continue;                                              \
			body;                                                          \
		}                                                                      \
	} while (0)

/* The memo of slot sl for this sentence (match.c's part of coder.h), listed on first use;
 * NULL when the list cannot grow (then the caller tests every phrase). */
static const struct coder_memo *slot_memo(coder_sent *S, const dict_slot *sl)
{
	khaldun_coder *c = S->c;
	struct coder_memo *m = &c->memo[sl - S->d->slots];
	if (m->gen == c->gen)
		return m;
	if (buf_reserve_array(&c->memo_list, &c->memo_cap, (size_t)c->memo_len + sl->n,
			      sizeof *c->memo_list, 1024))
		return NULL;
	uint32_t *out = c->memo_list + c->memo_len, n = 0;
	/* speed152: a big slot's phrases passed over eight at a time (sent_next_stamped); on a
	 * few (consider_slot's) the call costs more than the loop saves */
	const uint32_t *sec = sl->second;
	int ns = (int)sl->n;
	for (int j = sent_next_stamped(sec, 0, ns, c->stamp, c->nstamp, c->cur); j < ns;
	     j = sent_next_stamped(sec, j + 1, ns, c->stamp, c->nstamp, c->cur))
		if (phrase_may(S, sl->v[j]))
			out[n++] = (uint32_t)j;
	m->at = c->memo_len;
	m->n = n;
	c->memo_len += n;
	m->gen = c->gen;
	return m;
}

/* Considers the phrases of slot sl that may match at L->i, in the slot's order, passing
 * over those whose second word is in no token without reading them. A big slot's phrases
 * that may match are listed once a sentence (slot_memo). */
static void consider_slot(lookup_ctx *L, const dict_slot *sl)
{
	coder_sent *S = L->S;
	const struct coder_memo *m = sl->n >= MEMO_MIN ? slot_memo(S, sl) : NULL;
	if (m) {
		const uint32_t *v = S->c->memo_list + m->at;
		for (uint32_t k = 0; k < m->n; k++)
			consider(L, sl->v[v[k]]);
		return;
	}
	SLOT_PHRASES_MAY(S, sl, j, consider(L, sl->v[j]));
}

static void consider_any(void *ctx, const dict_entry *e)
{
	lookup_ctx *L = ctx;
	if (phrase_may(L->S, e))
		consider(L, e);
}

/* crowd52: 1 when the word at i, ending a match at e, is a count of people taken "of" a
 * group (tok_count_of: "Hundreds of soldiers", "Thousands of Kenyans", "hundreds of
 * thousands"): the group names the side, so the count is no agent. Bare, the
 * count stands for a crowd, as the agents dictionary codes it (~CVL). */
static int counted_group(const coder_sent *S, int i, int e)
{
	return e == i && tok_count_of(S, i);
}

void match_lookup(coder_sent *S)
{
	const khaldun_dict *d = S->d;
	const khaldun_coder *c = S->c;
	stamp_tokens(S);
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->head >= 0)
			continue;
		t->type = (uint8_t)tok_builtin_type(t);
		if (t->cls == C_COMMA || t->cls == C_QUOTE)
			continue;
		lookup_ctx L = { S, i, NULL, -1, 20000 };
		/* the longest first word first, as the prefix hashes were tried */
		if (d->trie.lost)   /* some first words are not in the trie: the slow way */
			dict_candidates_in(d, t->s, (size_t)t->n, ~0ull, consider_any, &L);
		else
			for (int k = S->nkeys[i]; k-- > 0;)
				consider_slot(&L, &d->slots[c->keys[S->kfirst[i] + (uint32_t)k]]);
		if (!L.best)
			continue;
		static const uint8_t map[] = { TY_ACTOR, TY_AGENT, TY_NOUN, TY_ADJ, TY_VERB,
					       TY_TIME, TY_ATTRIB };
		if (map[L.best->type] == TY_AGENT && counted_group(S, i, L.best_end))
			continue;
		t->type = map[L.best->type];
		t->ent = L.best;
		t->end = L.best_end;
		/* the other words of the phrase become its literal tail */
		const dict_pseq *w = &L.best->words;
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
						if (match_word(&w->e[k], &S->t[j],
							       last ? entry_endings(S, L.best)
								    : 0) &&
						    (k < w->n - 1 ? match_entry_at(S, L.best, k, j,
										   &budget) >= 0
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

coder_actor *sent_new_actor(coder_sent *S, int pos)
{
	if (S->na == S->capa) {
		int cap = S->capa ? S->capa * 2 : 32;
		coder_actor *v = arena_alloc(&S->c->scratch, (size_t)cap * sizeof *v);
		if (!v)
			return NULL;
		if (S->na)
			memcpy(v, S->a, (size_t)S->na * sizeof *v);
		S->a = v;
		S->capa = cap;
	}
	coder_actor *a = &S->a[S->na++];
	memset(a, 0, sizeof *a);
	a->pos = a->end = pos;
	a->group = -1;
	a->ref = -1;
	S->t[pos].actor = S->na - 1;
	return a;
}

/* Resolves actor phrases by date: null ones become nouns, ### and +++ mark the sentence. */
void match_resolve_actors(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_ACTOR)
			continue;
		const dict_dated_code *dc = dict_actor_code_on(t->ent->codes, S->date);
		if (!dc || dc->kind == CODE_NULL) {
			t->type = TY_NOUN;
			continue;
		}
		if (dc->kind == CODE_DISCARD) {
			t->type = TY_NOUN;
			t->discard_phrase = 1;  /* remember: decided after comma deletion */
			continue;
		}
		if (dc->kind == CODE_COMPLEX) {
			t->type = TY_NOUN;
			t->complex_phrase = 1;
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && dc->ncodes == 1 &&
		    news_person_not_country(S, i, dc->codes[0])) {
			t->type = TY_NOUN;   /* "Jordan Peterson": a person's name */
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) &&
		    (news_other_given_name(S, i) || news_name_suffix(S, i))) {
			/* "Ivanka Trump", "Donald Trump Jr.": another person of the surname */
			t->type = TY_NOUN;
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_service_name(S, i)) {
			t->type = TY_NOUN;   /* "VOA Albanian": a broadcaster's language service */
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && dc->ncodes == 1 &&
		    news_pact_name(S, i, dc->codes[0])) {
			t->type = TY_NOUN;   /* "the Doha agreement": the pact's name */
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_org_name_place(S, i)) {
			t->type = TY_NOUN;   /* "the Carnegie Russia Eurasia Center": its field */
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_pair_bond(S, i)) {
			t->type = TY_NOUN;   /* "Turkey-Israel relations": whose bond, no doer */
			continue;
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_cause_country(S, i)) {
			/* "pro-EU protesters": their cause, not who they are */
			t->type = TY_NOUN;
			continue;
		}
		coder_actor *a = sent_new_actor(S, i);
		if (!a)
			return;
		a->end = t->end;
		a->ent = t->ent;
		a->codes = dc->codes;
		a->ncodes = dc->ncodes;
		if ((S->c->o.news & NEWS_NOUNS) && news_kin_possessor(S, i))
			a->codes = news_kin_country(S, a->codes, a->ncodes);   /* "Putin's son" */
	}
}

/* Agent code `ag` ("~GOV", "NGM~") applied to actor code `code`, unless already part of it
 * on a 3-character boundary. */
const char *sent_apply_agent(coder_sent *S, const char *code, const char *ag, int former)
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
		static const char *const armed[] = { "REB", "INS", "MIL", "UAF", "SEP", "IMG",
			NULL };
		int a1 = 0, a2 = 0;
		for (int i = 0; armed[i]; i++) {
			a1 |= !memcmp(part, armed[i], 3);
			a2 |= !memcmp(code + 3, armed[i], 3) || !memcmp(code, armed[i], 3);
		}
		if (a1 && a2)
			return code;
	}
	/* news: a sector named by a government's seat or by a governing actor ("a college
	 * student in Beijing", "a Phnom Penh court", "Kremlin critics") is that country's
	 * sector, not the government's: the agent replaces GOV (CHNEDU, not CHNGOVEDU) */
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && !prefix && bn == 3 && cn == 6 &&
	    !memcmp(code + 3, "GOV", 3)) {
		char *r = arena_alloc(&S->c->scratch, 7);
		if (!r)
			return code;
		memcpy(r, code, 3);
		memcpy(r + 3, part, 4);
		return r;
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

const char *sent_agent_code(coder_sent *S, const dict_entry *ag)
{
	const dict_dated_code *dc = dict_actor_code_on(ag->codes, S->date);
	if (!dc || dc->kind != CODE_EVENT || !dc->ncodes)
		return NULL;
	return dc->codes[0];
}

static void attach_agent(coder_sent *S, coder_actor *a, const dict_entry *ag, int former)
{
	const char *acode = sent_agent_code(S, ag);
	if (!acode)
		return;
	const char **codes = arena_alloc(&S->c->scratch, (size_t)(a->ncodes ? a->ncodes : 1) *
							     sizeof *codes);
	if (!codes)
		return;
	for (int k = 0; k < a->ncodes; k++)
		codes[k] = sent_apply_agent(S, a->codes[k], acode, former);
	a->codes = codes;
	a->agent = ag;
}

static int owned_agent(const coder_sent *S, int i);

/* leaderof163: the token after at most two lower-case modifiers from j (rank words or plain
 * adjectives: "main" and "leftist" in "Colombia's main leftist rebels"), where a body's agent
 * may stand; j itself when none. */
static int body_modifiers_end(const coder_sent *S, int j)
{
	int k = j;
	while (k < S->nt && k - j < 2 && S->t[k].type != TY_AGENT) {
		const coder_tok *w = &S->t[k];
		if (w->cls != C_WORD || w->cap || w->end > k || tok_possessive(w) ||
		    (w->wf && !match_rank_word(w)) || (w->type != TY_NULL && w->type != TY_ADJ))
			break;
		k++;
	}
	return k;
}

/* leaderof163: 1 when the agent at token i is a person heading or speaking for a body
 * ("leader", "commander", "spokesman") and the OF at q after it opens a body with no country
 * that is an agent of its own ("the leader of the rebel forces", "a commander of the main
 * rebel group"): past one article and the modifiers institution_after reads, so that the
 * body, not the title, is the side (~REB, not ~GOV). An institution's name is left alone
 * ("the lower house of the people" stays the house's), and so is an office named after AS
 * ("Odinga resigned as leader of the opposition alliance": the post he left). */
static int body_after_of(const coder_sent *S, int i, int q)
{
	static const char *const head[] = { "LEADER", "LEADERS", "HEAD", "HEADS", "CHIEF",
		"CHIEFS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "CHAIRMAN", "CHAIRWOMAN",
		"PRESIDENT", "COMMANDER", "COMMANDERS", "MEMBER", "MEMBERS", NULL };
	if (!tok_in(&S->t[S->t[i].end], head))
		return 0;
	int b = i > 0 && tok_in(&S->t[i - 1], ARTICLES) ? i - 2 : i - 1;
	if (b >= 0 && tok_is(&S->t[b], "AS"))
		return 0;   /* "resigned as leader of the opposition alliance": the office */
	int j = q + 1;
	if (j < S->nt && tok_in(&S->t[j], ARTICLES))
		j++;
	int k = body_modifiers_end(S, j);
	return k < S->nt && S->t[k].type == TY_AGENT;
}

/* 1 when an agent follows actor a ("Serbia's national assembly", "the Iraqi army"): the
 * institution that a title before "of" heads names the sector, not the title ("president
 * of ...": GOV; "speaker of ...", "head of ...": none). leaderof163: past at most two
 * lower-case modifiers after the possessive ("leader of Ghana's main opposition party":
 * GHAOPPPTY, not GHAGOV; "commander of Congo's main rebel group": CODREB), as
 * match_attach_agents reads them (rank words; other lower-case words before a body the
 * possessive owns, owned_agent: "leader of Colombia's leftist rebels", COLREB). */
static int institution_after(const coder_sent *S, const coder_actor *a)
{
	int j = a->end + 1;
	if (j < S->nt && S->t[j].n == 2 && !memcmp(S->t[j].s, "'S", 2))
		j++;
	if ((S->c->o.news & NEWS_OPEN_ACTORS) && j < S->nt && tok_possessive(&S->t[j - 1])) {
		int k = body_modifiers_end(S, j);
		int ranked = 1;
		for (int m = j; m < k; m++)
			ranked &= match_rank_word(&S->t[m]);
		/* the agent must take the country past them, as match_attach_agents reads it:
		 * rank words always, other modifiers before a body it owns (owned_agent) */
		if (k < S->nt && S->t[k].type == TY_AGENT && (ranked || owned_agent(S, k)))
			j = k;
	}
	return j < S->nt && S->t[j].type == TY_AGENT && !a->agent;
}

/* coordadj123: the token before a coordinated nationality word, past the article the conjunct
 * may repeat ("the Japanese and the Australian armies": AND, not THE; *art set), for c the
 * token right before that word; c itself when no THE stands there after AND (not after a
 * comma: "the ICJ, the Kenyan government" is a new phrase). */
static int conjunct_article(const coder_sent *S, int c, int *art)
{
	*art = c >= 1 && S->t[c].type == TY_DET && tok_is(&S->t[c], "THE") &&
	       S->t[c - 1].type == TY_CONJ && tok_is(&S->t[c - 1], "AND");
	return *art ? c - 1 : c;
}

/* "the Turkish and French leaders", "U.S., British and French officials": nationality words
 * coordinated before one agent all modify it, so the conjuncts before the one the agent
 * attached to (actor a) share it, one side each with the agent's code (FRAGOV and TURGOV,
 * not TUR). A conjunct is taken only when its phrase is a synonym line of its entry (an
 * adjective or an abbreviation: +TURKISH_, +U.S._) right before AND or a comma, with the next
 * conjunct right after: an entry's first name is a noun and a side of its own ("Turkey and
 * Turkish officials": the country and its officials). */
static void shared_agent(coder_sent *S, const coder_actor *a, const dict_entry *ag, int former)
{
	int art, c = conjunct_article(S, a->pos - 1, &art);
	while (c >= 1 && (S->t[c].type == TY_COMMA ||
			  (S->t[c].type == TY_CONJ && tok_is(&S->t[c], "AND")))) {
		int p = c - 1, h = S->t[p].head >= 0 ? S->t[p].head : p;
		if (S->t[h].type != TY_ACTOR || S->t[h].actor < 0 || S->t[h].end != p)
			return;
		coder_actor *l = &S->a[S->t[h].actor];
		if (l->agent || !l->ent || !l->ent->at.text || l->ent->at.text[0] != '+' ||
		    S->t[l->pos].hyphened)
			return;
		/* with the article repeated, a one-word nationality ("the Japanese and the"), not
		 * a group of its own ("U.N. peacekeepers and the Lebanese army") */
		if (art && (l->pos != l->end || !news_nationality_form(&S->t[l->end])))
			return;
		attach_agent(S, l, ag, former);
		c = conjunct_article(S, l->pos - 1, &art);
	}
}

/* pair51: "the presidents of Rwanda and Congo", "the foreign ministers of Egypt, Jordan and
 * Qatar": a plural agent before OF is of every country coordinated after it (actor a the
 * first), one side each (CODGOV, was COD). A conjunct is taken only when it has no agent of
 * its own, none right after it ("and Congo's army"), and is another country than a's
 * ("the leaders of Puntland and Jubaland", both SOM, are left as they were). */
static void shared_of_agent(coder_sent *S, const coder_actor *a, const dict_entry *ag,
			    int former)
{
	int c = a->end + 1;
	while (c + 1 < S->nt) {
		int q = c;
		if (S->t[q].type == TY_COMMA)
			q++;
		int conj = q < S->nt && S->t[q].type == TY_CONJ && tok_is(&S->t[q], "AND");
		if (conj)
			q++;
		if (q == c || q >= S->nt || S->t[q].type != TY_ACTOR || S->t[q].actor < 0)
			return;
		coder_actor *r = &S->a[S->t[q].actor];
		int after = r->end + 1;
		if (r->agent || !r->ent || r->pos != q || r->ncodes < 1 || a->ncodes < 1 ||
		    !strncmp(r->codes[0], a->codes[0], 3) ||
		    (after < S->nt && (S->t[after].type == TY_AGENT ||
				       (S->t[after].cls == C_WORD && tok_has(&S->t[after],
									    WF_POSS)))))
			return;
		attach_agent(S, r, ag, former);
		if (conj)
			return;
		c = after;
	}
}

/* A word of rank or tenure that may stand before an agent or an office holder's phrase
 * ("Turkey's top diplomat", "outgoing Canadian Prime Minister ..."): it names no side.
 * role53: so does a word that ranks the agent among its kind ("Tanzania's main opposition
 * leader" is TZAOPP, as "Kenya's opposition leader" is KENOPP). rolemod163: so does a
 * second of an office ("Ghana's deputy foreign minister", "Nigeria's assistant police
 * commissioner"): the deputy holds the office's role, as the acting holder does.
 * leaderof163: so does a superlative of size, which ranks a body as MAIN does ("Ghana's
 * largest opposition party" is GHAOPPPTY). */
int match_rank_word(const coder_tok *t)
{
	static const char *const rank[] = { "TOP", "CHIEF", "SENIOR", "LEAD", "ACTING",
					    "INTERIM", "NEW", "OUTGOING", "INCOMING",
					    "SPECIAL", "PRINCIPAL", "MAIN", "LEADING",
					    "DEPUTY", "VICE", "ASSISTANT", "LARGEST", "BIGGEST",
					    NULL };
	return tok_in(t, rank);
}

/* captive52: the region code of a capitalised bloc adjective ("Western", "African",
 * "Asian") right before an agent, else NULL. These words have no actor entries of their own:
 * "western Ukraine", "the western city of Lviv" are places, and only a bloc's people or
 * agents ("Western diplomats", "African leaders") are the bloc. */
static const char *bloc_before(const coder_sent *S, int p)
{
	static const char *const word[] = { "WESTERN", "AFRICAN", "ASIAN", NULL };
	static const char *const code[] = { "WST", "AFR", "ASA" };
	const coder_tok *t = &S->t[p];
	if (t->type != TY_NULL || !t->cap || t->hyphened || t->cls != C_WORD)
		return NULL;
	for (int k = 0; word[k]; k++)
		if (tok_is(t, word[k]))
			return code[k];
	return NULL;
}

/* captive52: "Western intelligence services": agent token i with the bloc adjective at p
 * before it becomes one actor phrase from p, the bloc with the agent (WSTSPY), so that no
 * country is borrowed for it from the subject or the story. */
static void bloc_agent(coder_sent *S, int p, int i, const char *bloc)
{
	coder_tok *t = &S->t[i];
	const char *acode = sent_agent_code(S, t->ent);
	if (!acode)
		return;
	const char **codes = arena_alloc(&S->c->scratch, sizeof *codes);
	coder_actor *a = codes ? sent_new_actor(S, p) : NULL;
	if (!a)
		return;
	codes[0] = sent_apply_agent(S, bloc, acode, 0);
	a->end = t->end;
	a->ent = t->ent;
	a->codes = codes;
	a->ncodes = 1;
	S->t[p].type = TY_ACTOR;
	S->t[p].ent = t->ent;
	S->t[p].end = t->end;
	for (int j = i + 1; j <= t->end; j++)
		if (S->t[j].head == i)
			S->t[j].head = p;
	t->type = TY_LIT;
	t->head = p;
}

/* role53: "militants in a raid in North Waziristan": the fight the agent was in happened in
 * the place, so the agent is of the place as "militants in Balochistan" are. From IN at q,
 * with r the token its adjective scan stopped at, returns the token after a second IN whose
 * phrase (at most three lower-case words) names a fight, past its adjectives; else r. Talks
 * or exile are no fight: "rebels in talks in Geneva" are not Swiss. objfirst53: so is
 * "rebels during clashes in eastern Congo", and "amid": the fight is the time of the deed. */
static const char *const FIGHT_TIME[] = { "DURING", "AMID", NULL };
static int fight_place(const coder_sent *S, int q, int r)
{
	static const char *const fight[] = { "RAID", "RAIDS", "ATTACK", "ATTACKS", "AMBUSH",
		"CLASH", "CLASHES", "OFFENSIVE", "OPERATION", "OPERATIONS", "BATTLE",
		"FIGHTING", "SHOOTOUT", "GUNFIGHT", "AIRSTRIKE", "AIRSTRIKES", "CROSSFIRE", NULL };
	if (!tok_is(&S->t[q], "IN") && !tok_in(&S->t[q], FIGHT_TIME))
		return r;
	int in = q + 1, named = 0;
	while (in < S->nt && in - q <= 4 && S->t[in].cls == C_WORD && !S->t[in].cap &&
	       !tok_is(&S->t[in], "IN") && S->t[in].type != TY_ACTOR &&
	       S->t[in].type != TY_AGENT)
		named |= tok_in(&S->t[in++], fight);
	if (!named || in >= S->nt - 1 || !tok_is(&S->t[in], "IN"))
		return r;
	int k = in + 1;
	while (k + 1 < S->nt && S->t[k].cls == C_WORD && !S->t[k].cap &&
	       S->t[k].type == TY_NULL && k - in < 3)
		k++;
	return S->t[k].type == TY_ACTOR ? k : r;
}

/* agents54: people where something stands in a place ("15 people at a mosque in Peshawar",
 * "civilians near a market in Gaza") are the place's as "people in Peshawar" are: from AT,
 * NEAR, OUTSIDE or INSIDE at q, a phrase of at most four lower-case words, IN and the actor
 * (past two lower-case words); returns the actor's token, else -1. Only for civilians: an
 * official at a meeting in Geneva is not the Swiss government's. */
static int site_place(coder_sent *S, const coder_tok *t, int q)
{
	static const char *const at[] = { "AT", "NEAR", "OUTSIDE", "INSIDE", NULL };
	if (q + 3 >= S->nt || !tok_in(&S->t[q], at))
		return -1;
	const char *code = sent_agent_code(S, t->ent);
	if (!code || strcmp(code, "~CVL"))
		return -1;
	int in = q + 1;
	while (in < S->nt && in - q <= 4 && S->t[in].cls == C_WORD && !S->t[in].cap &&
	       !tok_is(&S->t[in], "IN") && S->t[in].type != TY_ACTOR &&
	       S->t[in].type != TY_AGENT && S->t[in].type != TY_VERB)
		in++;
	if (in == q + 1 || in >= S->nt - 1 || !tok_is(&S->t[in], "IN"))
		return -1;
	int k = in + 1;
	while (k + 1 < S->nt && S->t[k].cls == C_WORD && !S->t[k].cap &&
	       S->t[k].type == TY_NULL && k - in < 3)
		k++;
	return S->t[k].type == TY_ACTOR && S->t[k].actor >= 0 ? k : -1;
}

/* agents54: 1 when the agent at token i is the backer or leader written before "-backed",
 * "-led", "-allied" ... of an agent heading the phrase after it ("Sudan's army-backed
 * government", "the military-led junta"): that agent is the side, the backer one of its
 * words, so the country's role is the head's (SDNGOV, not SDNMIL). */
static const char *const BACKED[] = { "BACKED", "LED", "ALLIED", "ALIGNED", "SUPPORTED",
	"SPONSORED", "FUNDED", "ARMED", "TRAINED", NULL };
static int backer_agent(const coder_sent *S, int i)
{
	int e = S->t[i].end + 1;
	if (e >= S->nt || !S->t[e].hyphened || !tok_in(&S->t[e], BACKED))
		return 0;
	for (int j = e + 1; j < S->nt && j <= e + 4; j++) {
		if (S->t[j].type == TY_AGENT)
			return 1;
		if (S->t[j].cls != C_WORD || tok_has(&S->t[j], WF_PREP) ||
		    S->t[j].type == TY_ACTOR || S->t[j].type == TY_VERB ||
		    S->t[j].type == TY_CONJ)
			return 0;
	}
	return 0;
}

/* actorphr115: 1 when the agent at token i is a generic person's word (an agent coded
 * ~CVL: "national", "civilian", "women") written right before another agent noun ("national
 * governments", "civilian authorities"): it modifies that noun, which names the group, so
 * it is no agent of its own (not ~CVL). Its open phrase takes the head's code (news.c
 * open_actor skips a modifier), as agents54's backer before "-led" now does too. */
static int person_modifier(coder_sent *S, int i)
{
	int e = S->t[i].end + 1;
	if (e >= S->nt || S->t[e].type != TY_AGENT || !S->t[e].ent ||
	    tok_possessive(&S->t[e - 1]))   /* "women's rights activists": an owner */
		return 0;
	const char *own = sent_agent_code(S, S->t[i].ent);
	const char *head = sent_agent_code(S, S->t[e].ent);
	return own && head && !strcmp(own, "~CVL") && strcmp(head, "~CVL") != 0;
}

/* actorphr115: 1 when token p, past the words of rank or tenure before an actor (news:
 * "a former senior State Department official", "former top EU official"), is FORMER: the
 * office is held no more, as when FORMER stands right before the actor. */
static int former_before(const coder_sent *S, int p)
{
	while ((S->c->o.news & NEWS_OPEN_ACTORS) && p > 0 && match_rank_word(&S->t[p]))
		p--;
	return p >= 0 && S->t[p].type == TY_FORMER;
}

/* place54: "Borno state", "a church in Kaduna state": the word STATE right after a name
 * that the dictionaries code as a bare country (a region, a city) is the name of a region of
 * that country, a place, not its government. A nationality word names the state itself
 * ("the Nigerian state", "the Israeli state", "the Swiss state": GOV), so the name may not
 * have the form of one (news_nationality_form); an agent after it ("the Kaduna state
 * government", "Lagos state police") is the region's body, as before (GOV stacked on it). */
static int region_state(const coder_sent *S, const coder_actor *a, const coder_tok *t)
{
	if (t->end != (int)(t - S->t) || !tok_is(t, "STATE") || a->ncodes != 1 ||
	    strlen(a->codes[0]) != 3 || a->pos < 0 || a->end >= S->nt || !S->t[a->end].cap ||
	    (t->end + 1 < S->nt && S->t[t->end + 1].type == TY_AGENT))
		return 0;
	return !news_nationality_form(&S->t[a->end]);
}

/* Attaches each agent to the actor right before it, right after it, or after IN/OF. */
/* underrule54: how actor a is a ruler of the place its phrase names, when a word of rule
 * follows it: "Houthi-controlled areas", "RSF-held territory", "Taliban-run", "under
 * Taliban rule / control" (1): the people there are of the ruler's country, not of its
 * group (YEMCVL, not YEMREBCVL); "under Russian occupation", "Russian-occupied" (2): a foreign
 * ruler, the people are not of its country (~CVL). 0: no such word. */
static int ruler_of_place(const coder_sent *S, const coder_actor *a)
{
	static const char *const held[] = { "CONTROLLED", "HELD", "RUN", "RULED", NULL };
	static const char *const rule[] = { "RULE", "CONTROL", NULL };
	int j = a->end + 1;
	if (j >= S->nt || S->t[j].cls != C_WORD)
		return 0;
	const coder_tok *t = &S->t[j];
	if (t->hyphened)
		return tok_is(t, "OCCUPIED") ? 2 : tok_in(t, held) ? 1 : 0;
	return tok_is(t, "OCCUPATION") ? 2 : tok_in(t, rule) ? 1 : 0;
}

/* underrule54: agent ag on actor a that rules the place (kind as ruler_of_place): the role
 * joins the ruler's country alone (kind 1) or no country (kind 2). */
static void attach_ruled_agent(coder_sent *S, coder_actor *a, const dict_entry *ag, int kind)
{
	const char *acode = sent_agent_code(S, ag);
	const char **codes = acode ? arena_alloc(&S->c->scratch, sizeof *codes) : NULL;
	char *country = kind == 1 && a->ncodes > 0 && strlen(a->codes[0]) >= 3 ?
			arena_alloc(&S->c->scratch, 4) : NULL;
	if (!codes || (kind == 1 && !country))
		return;
	if (country)
		memcpy(country, a->codes[0], 3), country[3] = 0;
	codes[0] = sent_apply_agent(S, country, acode, 0);
	a->codes = codes;
	a->ncodes = 1;
	a->agent = ag;
}

/* agentb109: 1 when token p, right before the agent at i, is a plain lower-case noun naming
 * the trade of people of a trade ("Italian dairy farmers", "Cameroon's poultry farmers",
 * "Kenyan coffee farmers"): the actor before it still owns the agent. Only farmers (~AGR;
 * workers, ~LAB, broke a golden record: "Indonesian contract workers" IDN kept by types5),
 * one word with no word flags and no adjective ending
 * ("renegade", "transitional", "migrant" stay as before), right after an actor coded as a
 * bare country ("U.N. aid workers" are not the body's own sector). */
static int trade_noun_between(coder_sent *S, int p, int i)
{
	static const char *const adj_end[] = { "AL", "IVE", "OUS", "IC", "ED", "ING", "ARY",
		"ANT", "ENT", "FUL", "LESS", "ABLE", "IBLE", "ISH", "ESE", "IAN", "ATE", "ADE",
		"S", NULL };
	if (p < 1 || p != i - 1)
		return 0;
	const char *acode = sent_agent_code(S, S->t[i].ent);
	if (!acode || strcmp(acode, "~AGR"))
		return 0;
	const coder_tok *w = &S->t[p];
	if (w->cls != C_WORD || w->cap || w->wf || w->hyphened || w->type != TY_NULL ||
	    w->end > p || w->n < 3)
		return 0;
	for (int k = 0; adj_end[k]; k++)
		if (tok_ends(w, adj_end[k]))
			return 0;
	int h = S->t[p - 1].head >= 0 ? S->t[p - 1].head : p - 1;
	if (S->t[h].type != TY_ACTOR || S->t[h].actor < 0 || S->t[h].end != p - 1)
		return 0;
	const coder_actor *a = &S->a[S->t[h].actor];
	return !a->agent && a->ncodes == 1 && a->codes[0] && strlen(a->codes[0]) == 3;
}

/* possorg163: 1 when the agent at token i ends in a plural word ("authorities", "rebels",
 * "forces"): a body of people, which a possessive country owns past its modifiers.
 * possing163: a singular office ("Egypt's water minister", "Peru's embattled president") is
 * owned too (EGYGOV, PERGOV), unless an actor is named right after it: "Libya's renegade
 * commander Khalifa Haftar" is the person's own code (LBYREB), the name over the office. */
static int owned_agent(const coder_sent *S, int i)
{
	int e = S->t[i].end;
	const coder_tok *l = &S->t[e];
	if (l->n > 1 && l->s[l->n - 1] == 'S' && !tok_possessive(l))
		return 1;
	return !(e + 1 < S->nt && S->t[e + 1].type == TY_ACTOR && S->t[e + 1].actor >= 0);
}

/* rankmod167: "Jordan's deputy trade minister", "Ghana's finance deputy minister": inside a
 * title a rank word marks, a noun that the verb lines also hold (trade, finance) is a modifier
 * of the office, not a verb; ranked is 1 when a rank word stood between q and the agent. */
static int title_modifier(const coder_sent *S, int q, int ranked)
{
	return S->t[q].type == TY_VERB &&
	       (ranked || (q > 0 && match_rank_word(&S->t[q - 1])));
}

/* possorg163: the last token of an actor's possessive before the modifiers of an agent, p
 * the token right before the agent: "Malawi's education authorities", "Colombia's leftist
 * rebels", "Syria's transitional authorities" are the country's (MWIGOV, COLREB, SYRGOV), as
 * "Kenya's parliament" is. At most two lower-case words, no preposition, verb, conjunction
 * or other flagged word among them, else p as it was. A nationality adjective before them
 * ("Kenyan coffee farmers") is left alone: only the possessive owns the phrase after it.
 * rankmod167: rank words stand on top of the two ("Kenya's acting deputy trade minister"),
 * a noun of the verb lines among them is a modifier (title_modifier), and FORMER right after
 * the possessive sets *former ("Egypt's former deputy trade minister": EGYELI). */
static int possessive_owner_before(const coder_sent *S, int p, int ranked, int *former)
{
	/* possing163: a word that sets the office or body against its state, whose country
	 * then only places it ("Libya's renegade commander" stays LBY, agentb109's guard) */
	static const char *const disowned[] = { "RENEGADE", "ROGUE", "DISSIDENT", "EXILED",
		"BREAKAWAY", "MUTINOUS", "RIVAL", "SELF-PROCLAIMED", "SELF-STYLED", NULL };
	int q = p, plain = 0, fm = 0;
	while (q > 0) {
		const coder_tok *w = &S->t[q];
		/* rankmod167: rank words on top of the two modifiers ("Kenya's acting deputy
		 * trade minister"), FORMER before them ("Egypt's former deputy trade minister") */
		if (w->cls == C_WORD && !w->cap && w->end <= q && match_rank_word(w)) {
			ranked = 1;
			q--;
			continue;
		}
		if (w->type == TY_FORMER && q > 0 && tok_possessive(&S->t[q - 1])) {
			fm = 1;
			q--;
			break;
		}
		if (plain == 2 || w->cls != C_WORD || w->cap || w->wf || w->end > q ||
		    tok_possessive(w) ||
		    (w->type != TY_NULL && w->type != TY_ADJ && !title_modifier(S, q, ranked)) ||
		    tok_in(w, disowned))
			break;
		plain++;
		q--;
	}
	if (q == p || !tok_possessive(&S->t[q]))
		return p;
	if (S->t[q].n == 2 && q > 0)   /* "Russia 's" */
		q--;
	int h = S->t[q].head >= 0 ? S->t[q].head : q;
	if (S->t[h].type != TY_ACTOR || S->t[h].actor < 0 || S->t[h].end != q)
		return p;
	*former |= fm;
	return q;
}

void match_attach_agents(coder_sent *S)
{
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_AGENT)
			continue;
		if ((S->c->o.news & NEWS_OPEN_ACTORS) &&
		    (backer_agent(S, i) || person_modifier(S, i))) {
			t->type = TY_ADJ;
			continue;
		}
		int former = 0;
		int p = i - 1;
		if (p >= 0 && S->t[p].type == TY_FORMER) {
			former = 1;
			p--;
		}
		/* news: "Turkey's top diplomat", "China's chief negotiator": a word of rank or
		 * tenure may stand between the actor and its agent */
		int rank_end = p;
		while ((S->c->o.news & NEWS_OPEN_ACTORS) && p > 0 && match_rank_word(&S->t[p]))
			p--;
		/* actorphr115: "Kenya's former top diplomat": FORMER before the rank word */
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && p > 0 && p < i - 1 &&
		    S->t[p].type == TY_FORMER) {
			former = 1;
			p--;
		}
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && trade_noun_between(S, p, i))
			p--;
		/* "Sudan's army-backed government": past the backer that is no actor */
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && p > 1 && S->t[p].hyphened &&
		    tok_in(&S->t[p], BACKED) && !S->t[p - 1].cap &&
		    (S->t[p - 1].type == TY_ADJ || S->t[p - 1].type == TY_NULL))
			p -= 2;
		if ((S->c->o.news & NEWS_OPEN_ACTORS) && p > 0 && owned_agent(S, i))
			p = possessive_owner_before(S, p, p < rank_end, &former);
		/* the actor phrase ending right before the agent */
		int before = -1;
		if (p >= 0) {
			int h = S->t[p].head >= 0 ? S->t[p].head : p;
			if (S->t[h].type == TY_ACTOR && S->t[h].actor >= 0 && S->t[h].end == p)
				before = S->t[h].actor;
		}
		if (before >= 0 && before >= 0) {
			coder_actor *a = &S->a[before];
			if (former_before(S, a->pos - 1))
				former = 1;
			if (!a->agent && (S->c->o.news & NEWS_OPEN_ACTORS) &&
			    region_state(S, a, t)) {
				t->type = TY_LIT;
				continue;
			}
			if (!a->agent) {
				attach_agent(S, a, t->ent, former);
				if (S->c->o.news & NEWS_OPEN_ACTORS)
					shared_agent(S, a, t->ent, former);
				t->type = TY_LIT;
				continue;
			}
		}
		const char *bloc = before < 0 && p >= 0 && p == i - 1 &&
				   (S->c->o.news & NEWS_OPEN_ACTORS) ? bloc_before(S, p) : NULL;
		if (bloc) {
			bloc_agent(S, p, i, bloc);
			continue;
		}
		int q = t->end + 1;
		int after = -1, of = 0;
		if (q < S->nt && S->t[q].type == TY_FORMER)
			q++;
		/* news: "Foreign Minister Qwerty Zxcvb of Mali": a name the dictionaries do not
		 * know may stand between a person's title (singular: "Students Islamic Movement
		 * of India" is a group's name) and OF */
		int nm = q;
		const coder_tok *tl = &S->t[t->end];
		while ((S->c->o.news & NEWS_OPEN_ACTORS) && tl->n && tl->s[tl->n - 1] != 'S' &&
		       nm < S->nt && nm - q < 3 &&
		       S->t[nm].cls == C_WORD && S->t[nm].cap && S->t[nm].type == TY_NULL)
			nm++;
		if (nm > q && nm + 1 < S->nt && tok_is(&S->t[nm], "OF"))
			q = nm;
		int site = (S->c->o.news & NEWS_OPEN_ACTORS) && q < S->nt ?
			   site_place(S, t, q) : -1;
		if (q < S->nt && S->t[q].type == TY_ACTOR && S->t[q].actor >= 0)
			after = S->t[q].actor;
		else if (site >= 0)
			after = S->t[site].actor;
		else if (q + 1 < S->nt && S->t[q].cls == C_WORD &&
			 ((S->t[q].n == 2 && !memcmp(S->t[q].s, "IN", 2)) ||
			  ((S->c->o.news & NEWS_OPEN_ACTORS) && tok_is(&S->t[q], "UNDER")) ||
			  (S->t[q].n == 2 && !memcmp(S->t[q].s, "OF", 2)) ||
			  ((S->c->o.news & NEWS_OPEN_ACTORS) && tok_in(&S->t[q], FIGHT_TIME)))) {
			int r = q + 1;
			/* news: "rebels in eastern Congo": adjectives may stand before the actor */
			if (S->c->o.news & NEWS_OPEN_ACTORS) {
				while (r + 1 < S->nt && S->t[r].cls == C_WORD && !S->t[r].cap &&
				       S->t[r].type == TY_NULL && r - q < 3)
					r++;
				int f = fight_place(S, q, r);
				/* "during" places the agent only through a fight ("rebels during
				 * Kenya's visit" are not Kenyan) */
				r = f == r && tok_in(&S->t[q], FIGHT_TIME) ? q : f;
			}
			if (S->t[r].type == TY_ACTOR && S->t[r].actor >= 0)
				after = S->t[r].actor;
			of = S->t[q].s[0] == 'O';
		}
		if (after < 0 && (S->c->o.news & NEWS_OPEN_ACTORS) && q + 1 < S->nt &&
		    tok_is(&S->t[q], "OF") && body_after_of(S, i, q)) {
			t->type = TY_ADJ;   /* "leader of the rebel forces": REB */
			continue;
		}
		if (after >= 0 && of && (S->c->o.news & NEWS_OPEN_ACTORS) &&
		    institution_after(S, &S->a[after])) {
			t->type = TY_LIT;   /* "president of Serbia's national assembly": LEG */
			continue;
		}
		/* only a place named after a preposition: "leader Robert Mugabe's rule" is the
		 * ruler himself */
		int ruler = after >= 0 && q < S->nt && S->t[q].type != TY_ACTOR &&
			    (S->c->o.news & NEWS_OPEN_ACTORS) ? ruler_of_place(S, &S->a[after]) : 0;
		/* "women under Taliban rule" are the ruled; under anything else, no side's */
		if (after >= 0 && !ruler && tok_is(&S->t[q], "UNDER"))
			after = -1;
		if (after >= 0 && !S->a[after].agent && ruler) {
			attach_ruled_agent(S, &S->a[after], t->ent, ruler);
			t->type = TY_LIT;
			continue;
		}
		if (after >= 0 && !S->a[after].agent) {
			coder_actor *a = &S->a[after];
			if (former_before(S, a->pos - 1))
				former = 1;
			attach_agent(S, a, t->ent, former);
			if (of && (S->c->o.news & NEWS_OPEN_ACTORS) && tl->n > 1 &&
			    tl->s[tl->n - 1] == 'S')
				shared_of_agent(S, a, t->ent, former);
			t->type = TY_LIT;
			continue;
		}
		if (S->c->o.convert_agents) {
			const char *acode = sent_agent_code(S, t->ent);
			if (!acode)
				continue;
			t->type = TY_ACTOR;
			coder_actor *a = sent_new_actor(S, i);
			if (!a)
				return;
			a->end = t->end;
			a->ent = t->ent;
			if (actors_set_code(S, a, acode))
				return;
			a->ncodes = 1;
		}
	}
}
/* shacc50: 1 when token i is a finite verb that needs no subject word before it to be one: a
 * form of "be", "have" or "will", or a past tense in -ED ("attacks on shipping continued"). */
static const char *const FINITE_AUX[] = { "IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD",
	"WILL", NULL };
static int finite_at(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	return t->cls == C_WORD && !t->cap &&
	       (tok_in(t, FINITE_AUX) || (t->n > 4 && tok_ends(t, "ED")));
}

/* shacc50: "last year's Columbia University protests over the war in Gaza, has prompted":
 * a verb form in -S in lower case right after a capitalised name and right before a
 * preposition is a plural noun when a form of "be", "have" or "will" follows it in the
 * sentence before a conjunction, a clause word, a subordinator or a pronoun (the sentence's
 * verb, which the noun's phrase is the subject or part of). "Uganda protests over the ban"
 * keeps its verb. --shallow only: the parse path has the parse's word classes. */
static int plural_before_verb(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->n < 4 || t->s[t->n - 1] != 'S' || p->cls != C_WORD || !p->cap ||
	    e + 1 >= S->nt || !tok_has(&S->t[e], WF_PREP) || tok_has(&S->t[e], WF_SUB) ||
	    tok_is(&S->t[e], "LIKE"))
		return 0;   /* "Bob says as Sudanese, this is ...": "as" may open a clause */
	for (int j = e + 1; j < S->nt; j++) {
		const coder_tok *x = &S->t[j];
		if (x->type == TY_CONJ || x->type == TY_PRON || x->cls == C_QUOTE ||
		    tok_has(x, WF_CLAUSE | WF_SUB))
			return 0;
		if (tok_in(x, FINITE_AUX))
			return 1;
	}
	return 0;
}

/* pair51: "both sides", "the two sides": a verb form in -S (not -SS) right after "both" or a
 * count of two or more is a plural noun, since a plural subject never takes a verb's
 * third-person singular ("both address" keeps its verb). */
static int plural_after_count(const coder_sent *S, int i)
{
	static const char *const many[] = { "BOTH", "TWO", "THREE", "FOUR", "FIVE", NULL };
	const coder_tok *t = &S->t[i];
	return i > 0 && t->n > 3 && t->s[t->n - 1] == 'S' && t->s[t->n - 2] != 'S' &&
	       tok_in(&S->t[i - 1], many);
}

/* prenom55: "rescued 30 abducted pupils", "freed his detained brother": a past form in -ED
 * right after a count or a possessive pronoun and right before a plain lower-case word is a
 * participle before its noun, no deed (an article before it is match_mark_nouns' own
 * rule). A count followed by a verb and an article or a preposition is a subject ("said
 * 30 attacked the town"), and the next word must be one no word list claims. wordclass65:
 * a plural demonstrative counts as the possessive does ("with these proposed rules",
 * "those planned cuts"); "those arrested in the raid" keeps its verb (a preposition next). */
static const char *const counts[] = { "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
	"EIGHT", "NINE", "TEN", "DOZEN", "HUNDRED", "THOUSAND", NULL };
static const char *const quantifiers[] = { "ALL", "SOME", "ANY", "EACH", "EVERY", "BOTH",
	"MANY", "MOST", "MORE", NULL };

static int count_participle(const coder_sent *S, int i)
{
	static const char *const demonstratives[] = { "THESE", "THOSE", NULL };
	const coder_tok *p = &S->t[i - 1], *t = &S->t[i];
	int owner = tok_has(p, WF_POSS) || tok_in(p, demonstratives);
	if (t->cap || t->end > i || t->n < 5 || !tok_ends(t, "ED") ||
	    !(p->cls == C_NUMBER || p->type == TY_NUM || owner || tok_in(p, counts)) ||
	    i + 1 >= S->nt)
		return 0;
	/* a date's day, or a year after its preposition, is no count of the noun ("on Jan. 14
	 * ordered all public schools", "in 2019 banned ..."); nor is a count after a name */
	const coder_tok *b = i >= 2 ? &S->t[i - 2] : NULL;
	if (!owner && b && (b->cap || b->cls != C_WORD || tok_has(b, WF_PREP)))
		return 0;
	const coder_tok *n = &S->t[i + 1];
	return n->cls == C_WORD && !n->cap && !n->wf && n->type != TY_VERB &&
	       n->type != TY_DET && n->type != TY_AUX && n->type != TY_PRON &&
	       !tok_in(n, quantifiers);
}

/* passive94: "her clients include jailed journalist John Kamau": a past form in -ED right
 * after a lower-case word that no word list or dictionary claims (a verb the dictionaries do
 * not code: "include", "represent") and right before a person's word in lower case (an agent:
 * "journalist", "activists") is a participle on that person, no deed: a clause's verb never
 * follows another verb. An adverb before it ("also", "later", "recently") keeps the verb
 * ("Kenya also jailed journalist ..."), and so does a name, an agent, a pronoun or a word in -S
 * (a plural subject that no list knows: "snipers killed suicide bombers").
 * --shallow only: the parse path has the parse's word classes. */
static int participle_after_verb_sh(const coder_sent *S, int i)
{
	const coder_tok *p = &S->t[i - 1], *t = &S->t[i];
	if (i < 2 || t->cap || t->end > i || t->n < 5 || !tok_ends(t, "ED") ||
	    i + 1 >= S->nt)
		return 0;
	if (p->cls != C_WORD || p->cap || p->wf || p->hyphened || p->type != TY_NULL ||
	    p->n < 4 || tok_ends(p, "LY") || news_time_adverb(p) ||
	    (p->s[p->n - 1] == 'S' && p->s[p->n - 2] != 'S'))
		return 0;   /* "snipers killed suicide bombers": a plural may be the subject */
	const coder_tok *n = &S->t[i + 1];
	return n->cls == C_WORD && !n->cap && n->type == TY_AGENT;
}

/* "in return, X sought ...", "in exchange for", "a ban on imports": a verb form right after
 * a preposition that is never an adverb or a conjunction (not to, after, since, as, under:
 * "have since banned", "came under attack") is a noun. A gerund stays a verb ("by attacking
 * the city"), unless it ends its clause with no object after another preposition than "by"
 * (fixes49: "attacks on shipping.", "a tax on farming, which"; "responded by attacking." is
 * the means, the doer's deed). */
static const char *const NOUN_PREPS[] = { "IN", "ON", "AT", "FROM", "WITH", "BY", "FOR",
	"AGAINST", "INTO", "ONTO", "AMONG", "BETWEEN", "DURING", "THROUGH", "ACROSS",
	"WITHOUT", "WITHIN", "AMID", "TOWARD", "TOWARDS", "DESPITE", "UPON", "VIA", NULL };
static int after_preposition(const coder_sent *S, int i)
{
	const char *const *preps = NOUN_PREPS;
	const coder_tok *p = &S->t[i - 1], *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (tok_ends(t, "ING") &&
	    ((e < S->nt && S->t[e].cls != C_COMMA && !finite_at(S, e)) ||
	     (p->n == 2 && !memcmp(p->s, "BY", 2))))
		return 0;
	for (int k = 0; preps[k]; k++)   /* the first byte settles most before a strlen */
		if (p->n && p->s[0] == preps[k][0] && p->n == (int)strlen(preps[k]) &&
		    !memcmp(p->s, preps[k], (size_t)p->n))
			return 1;
	return 0;
}

/* wordclass65: "handed the assets to the ministry of finance", "the department of
 * defense": a verb word in lower case after an office noun and "of" names the office's
 * portfolio, a noun, no deed. A gerund is left alone, and so are other nouns before "of"
 * ("cases of rape", a nominal deed the news codes). */
static int office_portfolio(const coder_sent *S, int i)
{
	static const char *const offices[] = { "MINISTRY", "MINISTRIES", "MINISTER",
		"MINISTERS", "DEPARTMENT", "SECRETARY", "BUREAU", NULL };
	const coder_tok *t = &S->t[i];
	return i >= 2 && !t->cap && !(tok_ends(t, "ING")) &&
	       tok_is(&S->t[i - 1], "OF") && tok_in(&S->t[i - 2], offices);
}

/* 1 when the verb word t is a bare form: no -S, -ED or -ING, and no irregular past (the
 * word begins with its root's first word: "The court ruling drew condemnation" has DREW of
 * DRAW_, a deed; "said" of SAY_). Words of fewer than three letters never are. wordclass70:
 * a final -SS is the root's own ("mass", "press", "discuss"), no inflection. */
static int bare_verb(const coder_tok *t)
{
	if (t->n < 3)
		return 0;
	const char *z = t->s + t->n;
	if ((z[-1] == 'S' && z[-2] != 'S') || (z[-2] == 'E' && z[-1] == 'D') ||
	    (z[-3] == 'I' && z[-2] == 'N' && z[-1] == 'G'))
		return 0;
	const char *root = t->ent && t->ent->verb ? t->ent->verb->name : NULL;
	size_t w = root ? strcspn(root, "_ ") : 0;
	return root && w <= (size_t)t->n && !memcmp(t->s, root, w);
}

/* wordclass55: 1 when the verb at token i is a bare form right after a lower-case -ING word
 * ("promoting open borders", "backing free elections"): the -ING word's object or an
 * adjective on it, no deed of its own. An -ING form ("considering imposing sanctions") and
 * an inflected one ("the ruling party accused", "the ruling drew") stay verbs; a capital is a
 * name (Beijing). */
static int after_ing_word(const coder_sent *S, int i)
{
	const coder_tok *p = &S->t[i - 1], *t = &S->t[i];
	if (p->cls != C_WORD || p->cap || p->n < 5 || !tok_ends(p, "ING") ||
	    tok_has(p, WF_AUX) || t->n < 3)
		return 0;   /* "being frozen": a passive, the deed itself */
	/* after an article or a possessive (a quote mark may open between them) the -ING
	 * word is itself an adjective on the noun ("the ensuing battle", 'their "unwavering
	 * support'); after an auxiliary it is a finite verb in the progressive, whose object
	 * the dictionary may read as a deed of its own ("were seeking shelter": 075) */
	int j = i - 2;
	if (j >= 0 && S->t[j].cls == C_QUOTE)
		j--;
	const coder_tok *q = j >= 0 ? &S->t[j] : NULL;
	if (q && (q->type == TY_DET || tok_has(q, WF_POSS | WF_AUX) || tok_possessive(q)))
		return 0;
	return bare_verb(t);
}

/* nounverb114: 1 when the -ED verb at token i stands right after a lower-case -ING verb in
 * the progressive (a form of "be" before it) and before a lower-case word: "is prioritizing
 * normalized ties", "are hosting displaced families": the -ING verb's object opens with a
 * participle, no deed of its own. Not "being attacked" (a passive: "being" is an
 * auxiliary) nor "the fighting killed civilians" (no "be" before the -ING word). */
static int progressive_participle_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (i < 2 || i + 1 >= S->nt || t->cap || t->n < 5 || !tok_ends(t, "ED"))
		return 0;
	const coder_tok *p = &S->t[i - 1], *n = &S->t[i + 1];
	if (p->cls != C_WORD || p->cap || p->n < 5 || !tok_ends(p, "ING") || tok_has(p, WF_AUX))
		return 0;
	return tok_in(&S->t[i - 2], BE_FORMS) && n->cls == C_WORD && !n->cap &&
	       n->type != TY_DET && !tok_has(n, WF_PREP | WF_POSS | WF_AUX);
}


/* verbs66: 1 when the -ED compound opened at token i is a finite verb by what stands around
 * it (see compound_first): "has" before it, or a count, "several", a possessive or a
 * demonstrative after it that opens a noun phrase of its own (not "two-day"), with no article
 * or possessive before the compound. */
static int compound_verb(const coder_sent *S, int i)
{
	static const char *const opens[] = { "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
		"EIGHT", "NINE", "TEN", "SEVERAL", "ANOTHER", "THESE", "THOSE", NULL };
	const coder_tok *p = &S->t[i + 1];
	if (p->n < 4 || !tok_ends(p, "ED") || i + 2 >= S->nt)
		return 0;
	const coder_tok *b = i > 0 ? &S->t[i - 1] : NULL;
	if (b && tok_in(b, HAVE_FORMS))
		return 1;
	if (b && (b->type == TY_DET || tok_has(b, WF_POSS) || tok_possessive(b)))
		return 0;
	const coder_tok *n = &S->t[i + 2];
	if (i + 3 < S->nt && S->t[i + 3].hyphened)
		return 0;
	return n->cls == C_NUMBER || tok_in(n, opens) || tok_has(n, WF_POSS);
}

/* 1 when the word at token i opens a hyphened compound with a participle ("Ship-tracking
 * websites", "a fire-fighting plane", "oil-producing nations"): the participle's object, no
 * verb of its own. A compound followed by an article is a verb with its object ("North Korea
 * test-fired a missile"): an adjective stands before its noun, never before an article.
 * verbs66: nor before a count, a possessive or a demonstrative ("test-fired two missiles",
 * "test-launched its new rocket"), nor after the perfect's "has" ("has test-fired"); an
 * article before the compound keeps the adjective ("the long-awaited two-day talks"). */
static int compound_first(const coder_sent *S, int i)
{
	if (i + 1 >= S->nt || S->t[i + 1].cls != C_WORD || !S->t[i + 1].hyphened ||
	    (i + 2 < S->nt && S->t[i + 2].type == TY_DET) || compound_verb(S, i))
		return 0;
	const coder_tok *p = &S->t[i + 1];
	return (p->n > 4 && tok_ends(p, "ING")) ||
	       (p->n > 3 && tok_ends(p, "ED"));
}

/* srcsh84: 1 when token i is the -ING participle closing a hyphened compound that stands
 * before its noun ("a ride-hailing firm", "the fire-fighting plane"): a modifier naming what
 * the thing does, not a deed of the sentence. After an auxiliary it stays the verb ("is
 * test-firing rockets"). */
static int ing_compound_second(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (i < 1 || !t->hyphened || t->n < 5 || !tok_ends(t, "ING") ||
	    (i >= 2 && tok_has(&S->t[i - 2], WF_AUX)))
		return 0;
	return compound_first(S, i - 1);
}

/* shnoun53: 1 when token t may stand inside a noun phrase before its head: an article, an
 * adjective, a number, a hyphened word ("youth-led"), or a plain word in lower case that no
 * word list claims and that is no plural (a plural is a head, the subject of what follows:
 * "after crowds protest"). */
static int premodifier(const coder_tok *t)
{
	if (t->type == TY_DET || t->type == TY_ADJ || t->type == TY_NUM || t->cls == C_NUMBER)
		return 1;
	if (t->cls != C_WORD || t->cap || t->wf || t->type == TY_VERB)
		return 0;
	return t->hyphened || ((t->type == TY_NULL || t->type == TY_NOUN) &&
			       !(t->n > 3 && t->s[t->n - 1] == 'S' && t->s[t->n - 2] != 'S'));
}

/* wordclass61: the first token before token i past a run of premodifiers (premodifier()),
 * stopping at an article; -1 at the sentence's start. *mods gets the run's length. */
static int before_premods(const coder_sent *S, int i, int *mods)
{
	int j = i - 1;
	while (j >= 0 && S->t[j].type != TY_DET && premodifier(&S->t[j]))
		j--;
	*mods = i - 1 - j;
	return j;
}

/* wordclass70: "told radio host Jane Mwangi", "the VOA host Masih": a role noun that is also
 * a verb (host, chair, judge ...), in lower case and its bare form, after a word that may
 * modify a noun (a lower-case premodifier or agent noun, or a capitalised word that is no
 * plural) and before a capitalised word that is no known actor (a person's own name) is a
 * title on that name, no deed. "Kenya will host Somalia" (a modal before it) and "Uganda to
 * host Kenya" (a known actor after it) keep their verb. */
static int title_before_name(const coder_sent *S, int i)
{
	static const char *const roles[] = { "HOST", "CHAIR", "HEAD", "JUDGE", "GUARD", "COACH",
		"PILOT", "ANCHOR", "CAPTAIN", "STAR", "ADVOCATE", "CHAMPION", "SPONSOR",
		"MONITOR", NULL };
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->end > i || !tok_in(t, roles) || e >= S->nt)
		return 0;
	const coder_tok *n = &S->t[e];
	if (n->cls != C_WORD || !n->cap || n->type == TY_ACTOR || n->type == TY_AGENT)
		return 0;
	if (p->cls != C_WORD || p->wf || p->type == TY_PRON || p->type == TY_AUX ||
	    p->type == TY_CONJ || p->type == TY_VERB || tok_is(p, "TO"))
		return 0;
	if (!p->cap)   /* a lower-case agent noun too ("television host") */
		return premodifier(p) || p->type == TY_AGENT;
	return !(p->n > 3 && p->s[p->n - 1] == 'S' && p->s[p->n - 2] != 'S');
}

/* wordclass73: "the son of imprisoned publisher Jimmy Lai", "families of jailed
 * reporters": a lower-case -ED word right after "of" and before a lower-case word that may
 * head a noun (no verb, article, auxiliary, pronoun or function word) describes that noun,
 * no deed: "of" takes no finite verb. "accused of" is the word before "of", not this one. */
static int of_participle(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (i < 1 || t->cap || t->end > i || t->n < 5 || !tok_ends(t, "ED") ||
	    !tok_is(&S->t[i - 1], "OF") || e >= S->nt)
		return 0;
	const coder_tok *n = &S->t[e];
	return n->cls == C_WORD && !n->cap && !n->wf && n->type != TY_VERB &&
	       n->type != TY_DET && n->type != TY_AUX && n->type != TY_PRON &&
	       n->type != TY_CONJ;
}

/* noun74: 1 when token t is a verb of material cooperation (its root's code 06x: export,
 * import, sell ...), whose forms often name the goods or their flow rather than a deed. */
static int material_verb(const coder_tok *t)
{
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	return vr && vr->code.kind == CODE_EVENT && vr->code.a && !strncmp(vr->code.a, "06", 2);
}

/* falsepos168: 1 when the verb word t is a past form: in -ED, or an irregular one that is no
 * bare form, -S or -ING ("sold" of SELL_, "bought" of BUY_: bare_verb finds no root in it). */
static int past_form(const coder_tok *t)
{
	return tok_ends(t, "ED") || (!bare_verb(t) && !tok_ends(t, "S") && !tok_ends(t, "ING"));
}

/* falsepos168: 1 when token t may stand in a bare mass-noun phrase: a premodifier that is no
 * article and no number. "a levy on electricity sold to customers" has none between "on" and
 * its noun; "In 2020 the company sold oil" has both, so "company" is no goods under "In". */
static int bare_modifier(const coder_tok *t)
{
	return premodifier(t) && t->type != TY_DET && t->type != TY_NUM && t->cls != C_NUMBER;
}

/* noun74: "a tax on all products exported to Kenya", "tariffs on goods imported from
 * China": a lower-case -ED form of a verb of material cooperation (root code 06x) right
 * after a lower-case plural noun that heads a prepositional phrase (a preposition, then
 * premodifiers), and right before another preposition than "by", is a reduced relative on
 * the goods, no deed (syntax.c's goods_participle on the parse path). "Kenya exported tea to
 * Uganda" has no phrase before it; "arms sold by Iran" names its doer and stays.
 * falsepos168: an irregular past too (past_form), and a singular (mass) noun when only
 * bare_modifier()s stand between it and the preposition: "a levy on electricity sold to
 * American customers". */
static int goods_participle_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (i < 2 || t->cap || t->end > i || t->n < 4 || !past_form(t) ||
	    !material_verb(t) || e >= S->nt || !tok_has(&S->t[e], WF_PREP) ||
	    tok_is(&S->t[e], "BY"))
		return 0;
	const coder_tok *n = &S->t[i - 1];
	if (n->cls != C_WORD || n->cap || (n->wf & ~(unsigned)WF_PLURAL) ||
	    !(n->type == TY_NULL || n->type == TY_NOUN))
		return 0;
	int plural = tok_has(n, WF_PLURAL) ||
		(n->n > 3 && n->s[n->n - 1] == 'S' && n->s[n->n - 2] != 'S');
	int j = i - 2;
	while (j >= 0 && premodifier(&S->t[j]) && (plural || bare_modifier(&S->t[j])))
		j--;
	return j >= 0 && tok_has(&S->t[j], WF_PREP) && !tok_is(&S->t[j], "OF");
}

/* devfalse123: "Eritrea expelled the peacekeepers, raising fears of renewed war", "that has
 * raised questions about Iran": a lower-case verb of stirring (raise, spark, stoke, fuel ...)
 * in -ING right after a comma, or after "that has"/"this has", whose object (past its
 * premodifiers) is a feeling (fears, concerns, doubts, questions ...): the deed before it
 * stirred the feeling, no side voiced it (syncode.c's syn_stirred_feeling on the parse path).
 * "Kenya raised concerns about Somalia" and "after raising questions" stay verbs. */
static int stirred_feeling_sh(const coder_sent *S, int i)
{
	static const char *const deixis[] = { "THAT", "THIS", NULL };
	const coder_tok *t = &S->t[i];
	if (i < 1 || t->cap || !tok_in(t, STIR_VERBS))
		return 0;
	int after_comma = S->t[i - 1].cls == C_COMMA && tok_ends(t, "ING");
	int deed_subject = i >= 2 && tok_in(&S->t[i - 1], HAVE_FORMS) &&
		tok_in(&S->t[i - 2], deixis);
	if (!after_comma && !deed_subject)
		return 0;
	int j = (t->end >= i ? t->end : i) + 1;
	while (j < S->nt && premodifier(&S->t[j]) && !tok_in(&S->t[j], FEELING_NOUNS))
		j++;
	return j < S->nt && tok_in(&S->t[j], FEELING_NOUNS);
}

/* objctl158: 1 when the verb at token i is the "to" infinitive (or its second joined by "and":
 * "to participate in a camp and visit cities") after a verb that takes people as object
 * (FOLK_CONTROL_VERBS: gathered, invited, encouraged, trained ...) and an object of plain
 * lower-case words with no actor, nor an agent word before "from", in it ("gathered 30 foreign
 * influencers from 25 countries to ... visit cities in China"): the object's deed, of no
 * side, not the subject's (syncode.c's syn_controlled_object on the parse path). "invited
 * Israel to visit" stays (an actor in the object: the pattern's reading). */
static int controlled_people_sh(const coder_sent *S, int i)
{
	int j = i - 1;
	if (j > 0 && tok_is(&S->t[j], "AND"))
		for (j--; j > 0 && i - j < 12 && S->t[j].cls != C_COMMA && !tok_is(&S->t[j], "TO");)
			j--;
	if (j < 2 || !tok_is(&S->t[j], "TO") || S->t[j + 1].cap)
		return 0;
	int k = j - 1, origin = 0;   /* "from 25 countries": an agent word of origin, no side */
	while (k > 0 && !tok_in(&S->t[k], FOLK_CONTROL_VERBS))
		k--;
	for (int m = k + 1; k > 0 && m < j; m++) {
		const coder_tok *o = &S->t[m];
		origin |= tok_is(o, "FROM");
		if (o->cap || o->type == TY_ACTOR || o->type == TY_PRON ||
		    (o->type == TY_AGENT && !origin) || o->type == TY_VERB ||
		    (o->cls != C_WORD && o->cls != C_NUMBER))
			return 0;
	}
	return k > 0 && k < j - 1 && tok_in(&S->t[k], FOLK_CONTROL_VERBS);
}

/* nounsdeed148: "said there were 140 cases of rape against women", "touted European Union
 * support for regular talks": a lower-case verb word after "of" or "for" and only adjectives
 * (no article, number or possessive: before_premods stops there) right after a lower-case
 * noun of report, instance or stance (TOPIC_HEAD_NOUNS) names the kind of deed that noun is
 * about, no deed (syncode.c's syn_topic_deed_noun on the parse path). A plural after "of"
 * counts the deeds ("120 cases of attacks against journalists" stays); after "for" only
 * "support" and "prospect(s)", never verbs of asking ("Kenya calls for talks" stays). */
static int topic_deed_noun_sh(const coder_sent *S, int i)
{
	static const char *const stance[] = { "SUPPORT", "PROSPECT", "PROSPECTS", NULL };
	const coder_tok *t = &S->t[i];
	int mods, j = before_premods(S, i, &mods);
	if (t->cap || j < 1 || S->t[j - 1].cap || !tok_in(&S->t[j - 1], TOPIC_HEAD_NOUNS))
		return 0;
	for (int k = j + 1; k < i; k++)
		if (S->t[k].type == TY_NUM || S->t[k].cls == C_NUMBER || S->t[k].type == TY_DET)
			return 0;
	if (tok_is(&S->t[j], "FOR"))
		return tok_in(&S->t[j - 1], stance);
	return tok_is(&S->t[j], "OF") &&
	       !(t->n > 3 && t->s[t->n - 1] == 'S' && t->s[t->n - 2] != 'S');
}

/* passive96: 1 when the "with" at token w opens a counted phrase (a number, a count word or
 * a quantifier next: "with many soldiers", "with 20 traders") after a lower-case verb of its
 * own clause ("The fighting ended in Goma with many soldiers captured"): the clause has its
 * verb, so the phrase is no subject of the -ED form ending it ("talks with the rebels
 * collapsed" has none before "with" and stays a clause). */
static int counted_after_verb(const coder_sent *S, int w)
{
	const coder_tok *n = w + 1 < S->nt ? &S->t[w + 1] : NULL;
	if (!n || !(n->cls == C_NUMBER || n->type == TY_NUM || tok_in(n, counts) ||
		    tok_in(n, quantifiers)))
		return 0;
	for (int k = w - 1; k >= 0; k--) {
		const coder_tok *x = &S->t[k];
		if (x->cls == C_COMMA || x->cls == C_QUOTE || tok_has(x, WF_CLAUSE | WF_SUB))
			return 0;
		if (x->type == TY_VERB && !x->cap)
			return 1;
	}
	return 0;
}

/* passive95: "The plane crashed, resulting in all crew and senior officers killed", "...,
 * with ten soldiers killed": a lower-case past form in -ED that ends its sentence or clause
 * (nothing after it but a comma) right after a noun phrase opened by "in" after a word in
 * -ING or by "with" after a comma, or by a lower-case word in -ING itself ("leaving five
 * students injured"), is a participle on that phrase, which underwent the deed: no clause's
 * verb, whose subject those people would be made (the parse path reads it so and codes
 * none). A verb, a clause word or another preposition in the phrase ("Kenyan troops in
 * Somalia retaliated": a subject with its place) leaves the verb alone. --shallow only. */
static int absolute_participle_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1, j = i - 1, words = 0;
	if (i < 3 || t->cap || t->end > i || t->n < 5 || !tok_ends(t, "ED") ||
	    (e < S->nt && S->t[e].cls != C_COMMA))
		return 0;
	for (; j >= 0 && words < 8; j--, words++) {
		const coder_tok *x = &S->t[j];
		if (x->cls == C_COMMA || x->cls == C_QUOTE || x->type == TY_VERB ||
		    x->type == TY_AUX || x->type == TY_PRON || tok_has(x, WF_CLAUSE | WF_SUB) ||
		    tok_has(x, WF_PREP))
			break;
	}
	if (j < 1 || !words)
		return 0;
	const coder_tok *o = &S->t[j], *b = &S->t[j - 1];
	int ing = b->cls == C_WORD && !b->cap && b->n > 4 && tok_ends(b, "ING");
	if (tok_is(o, "IN"))
		return ing;
	if (tok_is(o, "WITH"))
		return b->cls == C_COMMA || counted_after_verb(S, j);
	return o->cls == C_WORD && !o->cap && o->n > 4 && tok_ends(o, "ING") &&
	       o->type != TY_VERB;
}

/* wordclass77: "cheap Turkish imports are hurting farmers", "tariffs on sugar imports will
 * take effect": a lower-case form in -S (not -SS) of a verb of material cooperation
 * (material_verb: imports, exports, sells) right before a plural auxiliary or a modal ("are",
 * "were", "have", "will", "would" ...) is a plural noun, that auxiliary's subject: a verb's
 * third-person singular never stands right before another finite verb. The goods' flow is
 * no deed. Left alone: a relative or question word earlier in the clause ("the arms that
 * Iran sells are ...", "what Kenya exports will ...": there the verb's object went to it),
 * and other codes before a modal or an active verb: "sanctions could follow" is the house's
 * nominal deed (a first version for all codes cost pdev and dev2 --shallow 0.7-0.8 quad;
 * passive95's any code before a passive lowered a blind set's --shallow quad and was taken
 * out). --shallow only: the parse path has the parse's word classes. */
static int plural_before_aux_sh(const coder_sent *S, int i)
{
	static const char *const aux[] = { "ARE", "WERE", "HAVE", "HAD", "WILL", "WOULD", "CAN",
		"COULD", "MAY", "MIGHT", "SHOULD", "MUST", NULL };
	static const char *const wh[] = { "THAT", "WHICH", "WHO", "WHOM", "WHAT", "WHATEVER",
		"WHERE", "WHEN", "HOW", "WHY", NULL };
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->end > i || t->n < 4 || t->s[t->n - 1] != 'S' || t->s[t->n - 2] == 'S' ||
	    t->s[t->n - 2] == '\'' || !material_verb(t) || e >= S->nt || S->t[e].cap ||
	    !tok_in(&S->t[e], aux))
		return 0;
	for (int j = i - 2; j >= 0; j--) {
		const coder_tok *x = &S->t[j];
		if (x->cls == C_COMMA || x->cls == C_QUOTE || x->type == TY_CONJ)
			break;
		if (tok_in(x, wh))
			return 0;
	}
	return 1;
}

/* wordclass61: "have been in a deep freeze since", "off to a good start": a bare verb word
 * after a preposition, an article and one to three premodifiers is the phrase's head, a
 * noun: no verb follows an article with only modifiers between. The preposition may be "to"
 * (an article after it makes it one); not one that opens its clause ("In the capital people
 * protest daily": a fronted phrase, a subject and its verb may follow), not a subordinator
 * ("after the truce breaks down"), and not "of" ("word of the successful strike"). A noun
 * whose doer follows with "by" ("in the initial attack by the rebels") is the house's
 * nominal event and stays. */
static int prep_article_head(const coder_sent *S, int i)
{
	int mods, j = before_premods(S, i, &mods);
	const coder_tok *t = &S->t[i];
	if (t->cap || !bare_verb(t) || mods < 1 || mods > 3 || j < 2 ||
	    S->t[j].type != TY_DET || S->t[j + 1].type == TY_DET)
		return 0;
	const coder_tok *p = &S->t[j - 1], *b = &S->t[j - 2];
	int e = (t->end >= i ? t->end : i) + 1;
	if (!(tok_in(p, NOUN_PREPS) || tok_is(p, "TO")) || (e < S->nt && tok_is(&S->t[e], "BY")))
		return 0;
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	const char *c = vr && vr->code.kind == CODE_EVENT ? vr->code.a : NULL;
	if (c && (!strncmp(c, "18", 2) || !strncmp(c, "19", 2) || !strncmp(c, "20", 2)))
		return 0;   /* "killed in a deadly attack": force the news codes as it is named */
	return b->cls == C_WORD && b->type != TY_CONJ && !tok_has(b, WF_CLAUSE | WF_SUB);
}

/* wordclass61: "There was talk of ...", "there has been little progress": a verb word after
 * existential "there" and a form of "be" (auxiliaries, a negation and premodifiers may
 * stand between; word89: "to" too, "there has to be some guarantee") is the noun that
 * "there" introduces, no deed. */
static int existential_noun(const coder_sent *S, int i)
{
	static const char *const aux[] = { "HAS", "HAVE", "HAD", "WILL", "WOULD", "MAY", "MIGHT",
		"COULD", "CAN", "SHOULD", "MUST", "NOT", "ALSO", "STILL", "TO", NULL };
	int mods, j = before_premods(S, i, &mods);
	if (j < 1 || !tok_in(&S->t[j], BE_FORMS))
		return 0;
	for (j--; j >= 0 && tok_in(&S->t[j], aux); j--)
		;
	return j >= 0 && tok_is(&S->t[j], "THERE");
}

/* word89: "Japan trade with Kenya on rise", "Kenya aid to Somalia has grown": a bare verb
 * word in lower case right after a name that opens the sentence (a quote may come first) and
 * right before a preposition or a finite auxiliary is that name's noun: a name is singular
 * and takes no bare present ("Kenya trades", "Kenya traded"). A name ending in -s may be a
 * plural ("Houthis attack ships") and is left alone, and so is a name after a verb or "that"
 * ("helped Ukraine defend", "demanded that Iran stop"), which opens no sentence. */
static int name_opening_head(const coder_sent *S, int i)
{
	static const char *const to[] = { "TO", NULL };
	const coder_tok *t = &S->t[i], *n = &S->t[i - 1];
	int e = (t->end >= i ? t->end : i) + 1, h = 0;
	while (h < i && S->t[h].cls == C_QUOTE)
		h++;
	if (e >= S->nt || t->cap || S->t[i + 1].hyphened || !bare_verb(t) ||
	    S->t[h].type != TY_ACTOR || (S->t[h].end > h ? S->t[h].end : h) != i - 1 ||
	    n->s[n->n - 1] == 'S')
		return 0;   /* "test-fired": a compound verb */
	return tok_in(&S->t[e], NOUN_PREPS) || tok_in(&S->t[e], to) || finite_at(S, e);
}

/* word89: "One key demand from Georgia is that ...", "This peace plan is a sign": a bare
 * verb word after a sentence-opening article, demonstrative or count and one to three
 * premodifiers, right before a preposition or a finite auxiliary, heads the sentence's
 * subject phrase, a noun: no verb follows an article with only modifiers between. A
 * demonstrative alone may be a pronoun subject ("This shows"), so one premodifier at least;
 * "of" after it is left alone ("The recent arrest of the activist has prompted": the
 * house's nominal event, whose patient "of" names).
 * A noun whose doer follows with "by" before a comma ("This border attack by rebels killed
 * ten") and a noun of force ("The border clash between Kenya and Uganda was ...": the deed
 * happened, as prep_article_head keeps it) stay. */
static int subject_head(const coder_sent *S, int i)
{
	static const char *const openers[] = { "THIS", "THAT", "THESE", "THOSE", "ONE", "EACH",
		"ANOTHER", NULL };
	int mods, j = before_premods(S, i, &mods);
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || !bare_verb(t) || mods < 1 || mods > 3 || e >= S->nt)
		return 0;
	int o = 0;
	while (o < i && S->t[o].cls == C_QUOTE)
		o++;   /* a quote opening the sentence */
	const coder_tok *d = &S->t[o];
	int count = d->type == TY_NUM || d->cls == C_NUMBER;   /* "Two border clash in" */
	if (count ? j != o - 1 || mods < 2 : j != o || !(d->type == TY_DET || tok_in(d, openers)))
		return 0;
	if (!tok_in(&S->t[e], NOUN_PREPS) && !finite_at(S, e))
		return 0;
	for (int k = e; k < S->nt && S->t[k].cls != C_COMMA; k++)
		if (tok_is(&S->t[k], "BY"))
			return 0;
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	const char *c = vr && vr->code.kind == CODE_EVENT ? vr->code.a : NULL;
	return !(c && (!strncmp(c, "18", 2) || !strncmp(c, "19", 2) || !strncmp(c, "20", 2)));
}

/* wordclass61: "Hope for peace between the two faded": a sentence's first word, a verb in
 * its base form, right before a preposition, with a finite verb later in its clause (before
 * a comma, a clause word or a conjunction other than one joining two names) is that verb's
 * subject, a noun; an imperative ("Talk to them") has no such verb. word89: the same word
 * right after "but", "and" or "yet" that joins two clauses ("Kenya voted last year but hope
 * for peace has faded") when the later verb is a form of "be", "have" or "will" (aux_only):
 * a past form there may be a participle on the noun of a verb the conjunction joins ("will
 * visit Uganda and talk about deals signed in 2020"). */
/* word90: 1 when word t's verb codes a verbal deed (root 01 to 05: saying, asking, intending,
 * consulting, cooperating in words): its noun takes its topic with "of" ("talk of a deal"),
 * where a material deed's noun takes its patient ("the arrest of the activist"). */
static int verbal_noun(const coder_tok *t)
{
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	const char *c = vr && vr->code.kind == CODE_EVENT ? vr->code.a : NULL;
	return c && c[0] == '0' && c[1] >= '1' && c[1] <= '5';
}

static int opening_noun_at(const coder_sent *S, int i, int aux_only)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (!bare_verb(t) || e + 1 >= S->nt ||
	    !(tok_in(&S->t[e], NOUN_PREPS) || (tok_is(&S->t[e], "OF") && verbal_noun(t))))
		return 0;
	for (int k = e + 1; k < S->nt; k++) {
		const coder_tok *x = &S->t[k];
		if (x->type == TY_CONJ && S->t[k - 1].type == TY_ACTOR && k + 1 < S->nt &&
		    S->t[k + 1].type == TY_ACTOR)
			continue;   /* "between Armenia and Azerbaijan": two names */
		if (x->cls == C_COMMA || x->cls == C_QUOTE || x->type == TY_CONJ ||
		    tok_has(x, WF_CLAUSE | WF_SUB))
			return 0;
		if (finite_at(S, k))
			return !aux_only || tok_in(x, FINITE_AUX);
	}
	return 0;
}

/* wordclass61, word89: opening_noun_at at the sentence's first word, or right after a
 * clause-joining "but", "and" or "yet" with a finite verb before it. */
static int opening_noun(const coder_sent *S, int i)
{
	static const char *const joins[] = { "BUT", "AND", "YET", NULL };
	if (i == 0)
		return opening_noun_at(S, i, 0);
	if (S->t[i].cap || !tok_in(&S->t[i - 1], joins))
		return 0;
	for (int k = i - 2; k >= 0; k--)
		if (S->t[k].type == TY_VERB || finite_at(S, k))
			return opening_noun_at(S, i, 1);
	return 0;
}

/* shnoun53: 1 when the clause before token k (back to a comma, a conjunction or a clause
 * word) has a verb with an object right after it ("dissolved the government"), not a
 * passive one ("was killed in"): the deed the phrase at k is the background of. */
static int transitive_before(const coder_sent *S, int k)
{
	for (int v = k - 1; v >= 0; v--) {
		const coder_tok *x = &S->t[v];
		if (x->cls == C_COMMA || x->cls == C_QUOTE || x->type == TY_CONJ ||
		    tok_has(x, WF_CLAUSE | WF_SUB))
			return 0;
		if (x->type != TY_VERB && !(x->cls == C_WORD && !x->cap && !x->hyphened &&
					     x->n > 4 && tok_ends(x, "ED")))
			continue;
		int o = (x->end > v ? x->end : v) + 1;
		if (o >= k || (v > 0 && tok_in(&S->t[v - 1], BE_ALL)))
			return 0;
		const coder_tok *y = &S->t[o];
		return y->cls == C_WORD && !tok_has(y, WF_PREP | WF_AUX | WF_MODAL) &&
		       y->type != TY_VERB;
	}
	return 0;
}

/* shnoun53: "dissolved the government after youth-led protests", "after weeks of protests":
 * a verb word after a preposition of time or cause and the phrase's premodifiers (or after
 * a span noun's "of") is the phrase's head, a noun, when the clause has a deed with an
 * object before it: the background of that deed, as nounverb53's background_noun on the
 * parse path. A past form stays a verb ("have since banned"), and so does a gerund right
 * after the preposition ("after attacking the town"). */
static int background_noun_sh(const coder_sent *S, int i)
{
	static const char *const preps[] = { "AFTER", "BEFORE", "AMID", "FOLLOWING", "DURING",
		"DESPITE", "SINCE", NULL };
	const coder_tok *t = &S->t[i];
	if (t->cap || (t->n > 4 && tok_ends(t, "ED")))
		return 0;
	int j = i - 1;
	while (j >= 0 && premodifier(&S->t[j]))
		j--;
	if (j == i - 1 && t->n > 4 && tok_ends(t, "ING"))
		return 0;
	if (j >= 2 && tok_is(&S->t[j], "OF") && tok_in(&S->t[j - 1], SPAN_PLURALS))
		for (j -= 2; j >= 0 && premodifier(&S->t[j]); j--)
			;
	return j >= 0 && tok_in(&S->t[j], preps) && transitive_before(S, j);
}

/* background86: "a trial over the 2004 bombing of a French base": a verb word right after
 * "a/an/the" and a year two or more years before the story is a deed noun of that old year
 * (a verb never follows an article's year directly), history the sentence only names; the
 * parse path reads it as a noun already. A recent year ("the 2025 bombing") is left alone. */
static int old_year_noun_sh(const coder_sent *S, int i)
{
	return i >= 2 && news_old_year_tok(S, &S->t[i - 1]) && S->t[i - 1].n == 4 &&
	       tok_in(&S->t[i - 2], ARTICLES);
}

/* shnoun53: "the new export controls": a verb word in its base form after an article and
 * premodifiers, right before a plural noun in lower case, modifies that noun (a compound):
 * a clause's verb never stands between its subject's article and a plural. */
static int compound_modifier_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || e >= S->nt || !syn_base_form(S, i))
		return 0;   /* "the group gave authorities": a past form has a subject */
	const coder_tok *h = &S->t[e];
	if (h->cls != C_WORD || h->cap || h->hyphened || (h->wf & ~(unsigned)WF_PLURAL) ||
	    !(tok_has(h, WF_PLURAL) || (h->n > 3 && h->s[h->n - 1] == 'S' &&
					 h->s[h->n - 2] != 'S' && h->s[h->n - 2] != '\'')))
		return 0;
	int j = i - 1;
	while (j >= 0 && premodifier(&S->t[j]) && S->t[j].type != TY_DET)
		j--;
	return j >= 0 && j < i - 1 && S->t[j].type == TY_DET;
}

/* shallow59: 1 when token t reads as an adjective before a noun: a dictionary adjective, or
 * a word in lower case (or the sentence's first) that no word list claims, no verb, with an
 * adjective's ending ("political", "continuous", "recent", "massive") or one of a few common
 * adjectives of time and order ("new", "past", "second"). A past form counts when past_ok.
 * speaker81: and of number or harm ("multiple", "twin", "deadly", "separate"), so that
 * "Saturday's multiple blasts" is a noun phrase, not the verb "blasts" with the subject as
 * bomber. */
static int adjective_like(const coder_sent *S, int j, int past_ok)
{
	static const char *const ends[] = { "AL", "OUS", "IVE", "ENT", "IC", "ARY", "FUL",
		"LESS", "ABLE", "IBLE", NULL };
	static const char *const words[] = { "NEW", "PAST", "OTHER", "FUTURE", "SECOND", "FIRST",
		"LAST", "NEXT", "FURTHER", "FRESH", "LATEST", "MAJOR", "FORMER", "EARLIER",
		"LATER", "WIDER", "BROADER", "NEWER", "MULTIPLE", "TWIN", "DEADLY", "SEPARATE",
		NULL };
	const coder_tok *t = &S->t[j];
	if (t->type == TY_ADJ)
		return 1;
	if (t->cls != C_WORD || (t->cap && j > 0) || t->wf || t->hyphened ||
	    !(t->type == TY_NULL || t->type == TY_NOUN) || t->n < 3)
		return 0;
	if (tok_in(t, words) || (past_ok && t->n > 4 && tok_ends(t, "ED")))
		return 1;
	for (int k = 0; ends[k]; k++) {
		int m = (int)strlen(ends[k]);
		if (t->n > m + 2 && !memcmp(t->s + t->n - m, ends[k], (size_t)m))
			return 1;
	}
	return 0;
}

/* word98: 1 when token o is a plain lower-case word that no dictionary or word list claims
 * (no actor, agent, verb, adjective, function word) and has no adjective's form: before a run
 * of adjectives it ends a phrase ("farmers want constitutional guarantees"), so the run opens
 * a new noun phrase (adjective_head_sh). */
static int unknown_word_sh(const coder_tok *o)
{
	return o->cls == C_WORD && !o->cap && !o->wf && !o->hyphened && o->type == TY_NULL &&
	       o->n >= 3;
}

/* word101: 1 when token j is an agent word in lower case with an adjective's ending
 * ("public", "military", "judicial", "federal"): before a noun it modifies it ("of public
 * funds", "with military supplies"), though as a noun it may be a clause's subject ("the
 * military forces them"), so adjective_head_sh takes it only after a bare preposition. */
static int agent_adjective_sh(const coder_sent *S, int j)
{
	static const char *const ends[] = { "IC", "AL", "ARY", NULL };
	const coder_tok *t = &S->t[j];
	if (t->type != TY_AGENT || t->cls != C_WORD || t->cap || t->wf || t->hyphened ||
	    t->end > j || t->n < 5)
		return 0;
	for (int k = 0; ends[k]; k++) {
		int m = (int)strlen(ends[k]);
		if (!memcmp(t->s + t->n - m, ends[k], (size_t)m))
			return 1;
	}
	return 0;
}

/* shallowword118: 1 when token j is "and", "or" or a comma between a plain adjective and an
 * adjective or a plain word no list claims ("heinous and cruel", "political, economic"): the
 * run of adjectives before a noun goes on through it (adjective_head_sh), since words joined
 * so to an adjective are adjectives modifying the one head after them ("Israel's heinous and
 * cruel attacks", "of new and harsher sanctions"). A past form before the conjunction is
 * left alone: "the wounded and killed" may be a verb's coordination. */
static int joined_adjectives_sh(const coder_sent *S, int j)
{
	const coder_tok *x = &S->t[j];
	if (j < 1 || j + 1 >= S->nt || !(tok_is(x, "AND") || tok_is(x, "OR") || x->cls == C_COMMA))
		return 0;
	return adjective_like(S, j - 1, 0) &&
	       (adjective_like(S, j + 1, 0) || unknown_word_sh(&S->t[j + 1]));
}

/* concerned160: 1 when token i is a feeling participle whose root codes only through its
 * cause (khaldun.verbs: "concerned about", "alarmed by") with no cause word after it but the
 * end, a mark, another preposition or a clause word: '"I am deeply concerned with the
 * mutiny," La Lime told VOA', "the parties concerned." code no feeling, and as no verb it
 * leaves the sentence's other verbs (the attribution's "told") as they were. The active
 * with its object ("the arrest has angered Uganda") stays a verb. */
static int causeless_feeling(const coder_sent *S, int i)
{
	int c = (S->t[i].end > i ? S->t[i].end : i) + 1;
	if (!tok_in(&S->t[i], FEELING_PARTICIPLES))
		return 0;
	if (c >= S->nt || S->t[c].cls != C_WORD)
		return 1;
	return !tok_in(&S->t[c], FEELING_CAUSES) && tok_has(&S->t[c], WF_PREP | WF_CLAUSE);
}

/* wordsense147: 1 when token t is a verb whose root codes nothing by itself, only through
 * its patterns ("ISSUE": "issued a statement of support"): as a noun ("the nuclear issue
 * is") it names no deed, so its base form after a run of adjectives is as much a noun as a
 * plural (adjective_head_sh; a past form stays: "an offensive launched by"). Not before OF
 * or a preposition, where the noun's patterns name a deed ("the frequent exchange of fire",
 * "a working lunch with the premier"). */
static int light_root(const coder_tok *t)
{
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	return vr && vr->code.kind == CODE_NULL;
}

/* shallow59: "the continuous attacks", "China's annual political meetings", "previous U.S.
 * sanctions", "Suga's expected visit": a verb word in lower case after a run of adjectives
 * (a country's name may follow the first of them) that an article, a possessive, a
 * quantifier or a preposition opens is the phrase's head, a noun: a verb never follows an
 * article with only adjectives between. Only a plural in -S: a singular after them ("his
 * second visit") is mostly a deed the news codes. A run of past forms alone
 * needs a possessive ("the accused says" keeps its verb), a gerund stays a verb, and a
 * noun in the run ("the old man visits") leaves the verb alone. wordsense147: a singular
 * too when its root codes nothing by itself (light_root: "the nuclear issue is"). --shallow
 * only. */
static int adjective_head_sh(const coder_sent *S, int i)
{
	static const char *const opens[] = { "SEVERAL", "MORE", "MANY", "SOME", "ANY", "ALL",
		"FEW", "MOST", "OTHER", NULL };
	const coder_tok *t = &S->t[i];
	const coder_tok *nx = i + 1 < S->nt ? &S->t[i + 1] : NULL;
	int light = light_root(t) && syn_base_form(S, i) &&
		    !(nx && (tok_is(nx, "OF") || tok_has(nx, WF_PREP)));
	if (t->cap || t->end > i || t->n < 3 ||
	    (!light && (t->n < 4 || t->s[t->n - 1] != 'S' || t->s[t->n - 2] == 'S')))
		return 0;
	int j = i - 1, adj = 0, plain = 0, agent = 0;
	while (j >= 0) {
		const coder_tok *x = &S->t[j];
		if (adjective_like(S, j, 1) || (unknown_word_sh(x) && j > 1 &&
						 joined_adjectives_sh(S, j - 1))) {
			adj++;
			plain += adjective_like(S, j, 0) || unknown_word_sh(x);
		} else if (agent_adjective_sh(S, j)) {
			adj++;
			agent++;
		} else if (x->type == TY_ACTOR && x->cap && j > 0 &&
			   adjective_like(S, j - 1, 0)) {
			;   /* "previous U.S. sanctions": a name after an adjective */
		} else if (adj && joined_adjectives_sh(S, j)) {
			;   /* "Israel's heinous and cruel attacks" */
		} else
			break;
		j--;
	}
	if (!adj || j < 0)
		return 0;   /* "New sanctions against Russia took effect": the house's 163 stays */
	const coder_tok *o = &S->t[j];
	if (agent)   /* "of public funds"; "the military forces" may be a clause */
		return tok_is(o, "OF") || (tok_has(o, WF_PREP) && !tok_has(o, WF_SUB));
	if (tok_possessive(o) || tok_has(o, WF_POSS))
		return 1;
	return plain > 0 && (o->type == TY_DET || tok_in(o, opens) ||
			     (tok_has(o, WF_PREP) && !tok_has(o, WF_SUB)) ||
			     unknown_word_sh(o));
}

/* word101: "his tough negotiating stance", "a long negotiating session": a verb word in -ING
 * after a run of adjectives that an article or a possessive opens, right before a plain
 * lower-case singular noun, modifies that noun, as it does right after the article ("its
 * negotiating session", match_mark_nouns): a verb never follows an article with only
 * adjectives between. --shallow only: the parse reads the gerund as the noun's amod. */
static int adjective_gerund_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (t->cap || t->end > i || t->n < 6 || !tok_ends(t, "ING") ||
	    i + 1 >= S->nt)
		return 0;
	const coder_tok *n = &S->t[i + 1];
	if (n->cls != C_WORD || n->cap || n->wf || n->hyphened || n->n < 3 ||
	    !(n->type == TY_NULL || n->type == TY_NOUN) ||
	    (n->s[n->n - 1] == 'S' && n->s[n->n - 2] != 'S'))
		return 0;
	int j = i - 1, plain = 0;
	while (j >= 0 && i - j <= 3 && (adjective_like(S, j, 0) || unknown_word_sh(&S->t[j]))) {
		plain += !adjective_like(S, j, 0);
		j--;
	}
	if (j == i - 1 || j < 0 || i - j > 3)
		return 0;
	const coder_tok *o = &S->t[j];
	if (plain)   /* "his tough negotiating stance"; "the firm supplying oil" keeps its verb */
		return tok_possessive(o) || tok_has(o, WF_POSS);
	return o->type == TY_DET || tok_possessive(o) || tok_has(o, WF_POSS);
}

/* word95: "a critic of this alleged Russian plot", "on these proposed rules": a verb word
 * in -ED right after a demonstrative that a preposition opens is a participle on that noun
 * phrase's head, no verb: a demonstrative after a preposition is the phrase's determiner (a
 * pronoun there would end the phrase, and a verb never follows it). A noun of a deed there
 * ("responsibility for this attack") is the house's nominal deed and is left alone. The
 * parse path: syntax.c determined_participle. --shallow only. */
static int demonstrative_modifier_sh(const coder_sent *S, int i)
{
	static const char *const dem[] = { "THIS", "THESE", NULL };
	const coder_tok *t = &S->t[i];
	return i >= 2 && !t->cap && t->n > 4 && tok_ends(t, "ED") &&
	       tok_in(&S->t[i - 1], dem) &&
	       (tok_in(&S->t[i - 2], NOUN_PREPS) || tok_is(&S->t[i - 2], "OF"));
}

/* lifted97: 1 when token t is a form of a verb of lifting or annulling ("lifted",
 * "quashes", "overturning"): undone92's stems (syncode.c lifted_order), here in the tokens'
 * upper case. */
static int lifting_word(const coder_tok *t)
{
	static const char *const annul[] = { "LIFT", "OVERTURN", "QUASH", "REVOK", "RESCIND",
		"ANNUL", "REPEAL", "INVALIDAT", "NULLIF", NULL };
	if (t->cls != C_WORD)
		return 0;
	for (int k = 0; annul[k]; k++) {
		size_t n = strlen(annul[k]);
		if ((size_t)t->n >= n && !memcmp(t->s, annul[k], n))
			return 1;
	}
	return 0;
}

/* lifted97: "a court lifted orders blocking the rally", "quashed bans on ...": a verb word
 * right after a verb of lifting or annulling is what is lifted, its object noun, no deed
 * (a verb never follows a transitive verb with no object between). Both paths: the parse
 * reads "orders" as the object, but the dictionary's ORDER_ pattern matched it as a verb. */
static int lifted_object(const coder_sent *S, int i)
{
	return i > 0 && lifting_word(&S->t[i - 1]);
}

/* lifted97: "a court has lifted orders blocking the swearing-in", "lifted an order barring
 * Odinga": a participle in -ING right after the object of a verb of lifting or annulling
 * (one word, or a determiner and one word) tells what the lifted order did, a deed the
 * lifting undoes, no deed of the sentence. --shallow only: the parse path has undone92's
 * lifted_order (syncode.c). */
static int lifted_order_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (i < 2 || t->cap || t->n < 5 || !tok_ends(t, "ING"))
		return 0;
	int j = i - 2;
	if (j > 0 && S->t[j].type == TY_DET)
		j--;
	/* shpick171: "lifting or reducing the sanctions": a conjunction is no object, the
	 * -ING word the second verb of the pair */
	return lifting_word(&S->t[j]) && S->t[i - 1].cls == C_WORD && !S->t[i - 1].cap &&
	       S->t[i - 1].type != TY_CONJ;
}

/* wordclass71: "A Chinese navy ship fired on ...", "an army raid killed four": a bare verb
 * word right after a singular agent noun in lower case ("army", "navy", or one a name took
 * into its phrase: "Chinese navy") that an article, an adjective or a name opens, and right
 * before a past in -ED that is itself a coded verb, is the subject's head, a noun: a singular
 * subject takes no bare present, so the past is the clause's verb. Nouns that take a plural
 * verb ("police", "people"), a plural before the word ("the rebels attack"), an object after
 * it ("let the army raid the town") and a finite word after it that is no coded verb ("the
 * opposition protest ended", "the army attack was ...": the house's nominal deed) are left
 * alone. --shallow only: the parse path has the parse's word classes. */
static const char *const PLURAL_NOUNS[] = { "POLICE", "PEOPLE", "PERSONNEL", "MEDIA", "STAFF",
	"CLERGY", "CATTLE", "MILITARY", "PUBLIC", "MEN", "WOMEN", "CHILDREN", NULL };
static int compound_head_sh(const coder_sent *S, int i)
{
	const char *const *plurals = PLURAL_NOUNS;
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	int e = (t->end >= i ? t->end : i) + 1;
	if (i < 2 || t->cap || t->end > i || !bare_verb(t) || e >= S->nt || !finite_at(S, e) ||
	    S->t[e].type != TY_VERB || !S->t[e].ent->verb ||
	    S->t[e].ent->verb->code.kind != CODE_EVENT)
		return 0;
	if (p->cls != C_WORD || p->cap || p->hyphened || tok_in(p, plurals) ||
	    (p->n > 3 && p->s[p->n - 1] == 'S'))
		return 0;
	int j = i - 2;   /* "Chinese navy": an agent word taken into a name before it */
	while (p->type == TY_LIT && j >= 0 && S->t[j].type == TY_LIT)
		j--;
	if (p->type == TY_LIT)
		return j >= 0 && (S->t[j].type == TY_ACTOR || S->t[j].type == TY_AGENT);
	if (p->type != TY_AGENT)
		return 0;
	const coder_tok *o = &S->t[i - 2];
	return o->type == TY_DET || o->type == TY_ADJ || o->type == TY_ACTOR ||
	       adjective_like(S, i - 2, 0);
}

/* word89: "tariffs on steel and aluminum exports to the U.S.": a verb word in lower case
 * after a preposition (and an article) and two plain lower-case words joined by "and" or
 * "or" heads the phrase those words modify, a noun: no clause's verb follows a preposition
 * with only nouns between. A plural before the word ("in town and people protest") or a
 * name ("in Kenya and Uganda exports") may be a new clause's subject and is left alone.
 * --shallow only: the parse path has the parse's word classes. */
static int coordinated_head_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (i < 4 || t->cap || (tok_ends(t, "ING")))
		return 0;
	const coder_tok *w2 = &S->t[i - 1], *c = &S->t[i - 2], *w1 = &S->t[i - 3];
	int p = i - 4;
	if (S->t[p].type == TY_DET && p > 0)
		p--;
	if (!(tok_is(c, "AND") || tok_is(c, "OR")) || !tok_in(&S->t[p], NOUN_PREPS))
		return 0;
	for (const coder_tok *w = w1; ; w = w2) {
		if (w->type == TY_DET || !premodifier(w) || w->cap || tok_in(w, PLURAL_NOUNS))
			return 0;
		if (w == w2)
			return 1;
	}
}

/* word86: "This week sees more high-level meetings on Ukraine", "Next month brings fresh
 * talks": a meeting verb word (root code 04x) after a form of SEE or BRING and a run of
 * premodifiers or quantifiers ("more", "further") is that verb's object, a noun: a clause's
 * verb never follows a verb with only modifiers between. "saw protesters attack the police"
 * (a plural between) and "saw Russia attack" (a name between) keep their verb; other deeds'
 * nouns ("saw fierce clashes between rebels and the army") stay the house's nominal deeds,
 * and so does a meeting with its parties ("sees talks between Kenya and Somalia").
 * --shallow only. */
static int see_object_sh(const coder_sent *S, int i)
{
	static const char *const see[] = { "SEE", "SEES", "SAW", "SEEN", "SEEING", "BRING",
		"BRINGS", "BROUGHT", "BRINGING", NULL };
	static const char *const more[] = { "MORE", "FURTHER", "FRESH", "SEVERAL", "MANY",
		"FEW", "SOME", NULL };
	static const char *const with[] = { "BETWEEN", "WITH", "AMONG", NULL };
	const coder_tok *t = &S->t[i];
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	if (t->cap || t->hyphened || !vr || vr->code.kind != CODE_EVENT || !vr->code.a ||
	    strncmp(vr->code.a, "04", 2))
		return 0;   /* "saw fierce clashes between ...": the house's nominal deed stays */
	int j = i - 1;
	while (j >= 0 && S->t[j].type != TY_VERB && (premodifier(&S->t[j]) ||
						     tok_in(&S->t[j], more)))
		j--;
	int e = (t->end >= i ? t->end : i) + 1;
	if (e < S->nt && tok_in(&S->t[e], with))
		return 0;   /* "sees talks between Kenya and Somalia": the parties make the event */
	return j >= 0 && j < i - 1 && tok_in(&S->t[j], see);
}

/* word86: "artillery shells made in North Korea were found", "rockets fired from Gaza hit a
 * school": a verb word in lower case ending in -S, right before a participle of making,
 * moving or firing things ("made", "fired", "smuggled") that a preposition follows, is a
 * plural noun that the participle's reduced relative modifies: a finite verb of a deed takes
 * an object, not a bare participle ("Russia shells towns held by Ukraine" keeps its verb).
 * Participles that are also an intransitive past ("talks failed at", "protests erupted in":
 * the house's nominal deeds) and "held" ("talks held in Doha") are not in the list.
 * --shallow only: the parse reads the participle as a modifier. */
static int participle_after_plural_sh(const coder_sent *S, int i)
{
	static const char *const made[] = { "MADE", "BUILT", "FIRED", "SUPPLIED", "PRODUCED",
		"MANUFACTURED", "SENT", "SEIZED", "FOUND", "SHIPPED", "SMUGGLED", "DELIVERED",
		"PROVIDED", "DONATED", "PLANTED", "STOLEN", "SOLD", "BOUGHT", "CAPTURED", NULL };
	static const char *const preps[] = { "IN", "BY", "FROM", "AT", "ON", "INTO", "NEAR",
		"ACROSS", "OVER", "DURING", "TO", "WITH", "AGAINST", "INSIDE", "ALONG", NULL };
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->hyphened || t->end > i || t->n < 4 || t->s[t->n - 1] != 'S' ||
	    t->s[t->n - 2] == 'S' || e + 1 >= S->nt)
		return 0;
	const coder_tok *v = &S->t[e];
	return v->cls == C_WORD && !v->cap && !v->hyphened && v->end <= e && tok_in(v, made) &&
	       tok_in(&S->t[e + 1], preps);
}

/* word86: "the Easter attack shows ...", "responded to the Bouake attack by ...": a verb word
 * in its base form right after an article and one capitalised word that no dictionary knows
 * (a place, a feast or a season named as the deed's modifier) is the phrase's head, a noun:
 * a name after an article that took the base form as its verb would be a plural ("the
 * Houthis attack", left alone), and a singular name takes the -S form. A word after it that
 * opens an object (an article, a pronoun, an actor or an agent: "the Janjaweed attack the
 * town") keeps the verb. --shallow only: the parse path reads these phrases already. */
static int name_modifier_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	int e = (t->end >= i ? t->end : i) + 1;
	if (i < 2 || t->cap || t->hyphened || t->end > i || !bare_verb(t) ||
	    S->t[i - 2].type != TY_DET)
		return 0;
	if (p->cls != C_WORD || !p->cap || p->type != TY_NULL || p->wf || p->hyphened ||
	    p->n < 3 || p->s[p->n - 1] == 'S')
		return 0;
	if (e >= S->nt)
		return 1;
	const coder_tok *h = &S->t[e];
	return h->type != TY_DET && h->type != TY_PRON && h->type != TY_ACTOR &&
	       h->type != TY_AGENT;
}

/* 1 for a headline in title case ("Trump Urges UN to Renew Sanctions on Iran", "U.S. Lifts
 * Travel Ban to Lebanon"): four capitalised words or more and no word in lower case but the
 * short ones that title case leaves so (articles, conjunctions, short prepositions). A
 * capital there tells no noun: the verb dictionary's words keep their verb reading. */
static int title_case(const coder_sent *S)
{
	static const char *const small[] = { "A", "AN", "THE", "AND", "BUT", "OR", "NOR", "FOR",
		"SO", "YET", "AS", "AT", "BY", "IN", "OF", "ON", "TO", "UP", "VIA", "PER", "VS",
		NULL };
	int capped = 0;
	for (int i = 0; i < S->nt; i++) {
		const coder_tok *t = &S->t[i];
		if (t->cls != C_WORD || t->n < 1 || (unsigned)(t->s[0] - 'A') >= 26u)
			continue;
		if (t->cap) {
			capped++;
			continue;
		}
		int k = 0;
		while (small[k] && !(t->n == (int)strlen(small[k]) &&
				     !memcmp(t->s, small[k], (size_t)t->n)))
			k++;
		if (!small[k])
			return 0;
	}
	return capped >= 4;
}

/* verb words whose singular noun names a thing, a place or a person, no deed: the ship, the
 * host, the jail (quantity_noun_sh, thing_noun_sh; the parse's twin is syn_noun_use) */
static const char *const THING_NOUNS[] = { "SHIP", "HOST", "JAIL", NULL };

/* wordsh83: 1 when the verb word at token i stands where only a noun can in --shallow: after
 * "no" that a form of HAVE, SEE or BE opens ("has no claim to", "I see no signs that"; after
 * other verbs, "made no offer of aid", the verb's pattern may hold it), after "a lot of",
 * "lots of", "plenty of" ("gave us a lot of hope"), or as the singular SHIP or HOST after an
 * article and an actor ("The Chinese ship also reported", the twin of the parse's
 * syn_noun_use; "the U.S. ships arms" keeps its verb, a singular subject taking the -S
 * form). "had no comment" keeps its verb, the refusal to comment being the news's event. */
static int quantity_noun_sh(const coder_sent *S, int i)
{
	static const char *const amount[] = { "LOT", "LOTS", "PLENTY", NULL };
	const char *const *thing = THING_NOUNS;
	static const char *const comment[] = { "COMMENT", "COMMENTS", NULL };
	static const char *const have[] = { "HAS", "HAVE", "HAD", "HAVING", "SEE", "SEES", "SAW",
		"SEEN", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", NULL };
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	if (t->cap || t->hyphened || p->cls != C_WORD)
		return 0;
	if (tok_is(p, "NO") && i >= 2 && tok_in(&S->t[i - 2], have))
		return !tok_in(t, comment);   /* "had no comment": a refusal (011) the news codes */
	if (i >= 2 && tok_is(p, "OF") && tok_in(&S->t[i - 2], amount))
		return 1;
	return i >= 2 && tok_in(t, thing) && t->end <= i && p->type == TY_ACTOR &&
	       S->t[i - 2].type == TY_DET;
}

/* word98: 1 when the singular verb word at token i names a thing (THING_NOUNS) and heads
 * a noun phrase: after one to four modifiers (adjectives, names, singular nouns in lower
 * case: "the Nairobi city jail", "a remote Ugandan military jail") that an article, a
 * possessive or a preposition opens. A verb never follows such a run with a singular word
 * last (a singular subject takes the -S form), so "escaped from the Nairobi city jail" codes
 * no 173. Left alone: a plural or a function word in the run ("the two sides host talks",
 * "the government will host"), the verb's other forms ("jailed", "jails"). --shallow only:
 * the parse path has the parse's word classes (syn_noun_use). */
static int thing_noun_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (t->cap || t->hyphened || t->end > i || !tok_in(t, THING_NOUNS))
		return 0;
	int j = i - 1, run = 0;
	for (; j >= 0 && run < 5; j--, run++) {
		const coder_tok *x = &S->t[j];
		if (x->cls != C_WORD || x->wf || x->hyphened || tok_possessive(x))
			break;
		if (adjective_like(S, j, 0) || (x->cap && j > 0))
			continue;   /* "central", "Kigali" */
		if (x->cap || x->n < 3 || x->s[x->n - 1] == 'S' ||
		    !(x->type == TY_NULL || x->type == TY_NOUN || x->type == TY_AGENT ||
		      x->type == TY_LIT))
			break;   /* a plural may be a clause's subject: "the rebels host" */
	}
	if (!run || run > 4 || j < 0)
		return 0;
	const coder_tok *o = &S->t[j];
	return o->type == TY_DET || tok_possessive(o) || tok_has(o, WF_POSS) ||
	       (tok_has(o, WF_PREP) && !tok_has(o, WF_SUB));
}

/* noun101: 1 when token j may modify a trade noun after it: an adjective (adjective_like),
 * a singular lower-case word that no word list claims ("fish", "cocoa"), or a name with the
 * form of a nationality adjective ("Ugandan", "Chinese"; not an abbreviation: "the U.S.
 * exports corn" has its verb). */
static int goods_modifier(const coder_sent *S, int j)
{
	const coder_tok *x = &S->t[j];
	if (x->cls != C_WORD || x->wf || tok_possessive(x))
		return 0;
	if (x->cap && x->type == TY_NULL && j > 0 && x->s[x->n - 1] != 'S')
		return 1;   /* a name no dictionary knows: "Chinese EV imports" */
	if (x->cap)
		return x->type == TY_ACTOR && x->n > 3 && x->s[x->n - 1] != '.' &&
		       news_nationality_form(x);
	if (adjective_like(S, j, 0))
		return 1;
	return (x->type == TY_NULL || x->type == TY_NOUN) && x->n >= 3 &&
	       !(x->s[x->n - 1] == 'S' && x->s[x->n - 2] != 'S');
}

/* noun101: "Senegal's fish exports grew", "new restrictions on Ugandan imports", "Kenyan tea
 * exports rose": the plural in -S of a verb of material cooperation (material_verb: export,
 * import, sell) after one to four modifiers (goods_modifier; "and" or "or" may join two:
 * "its steel and aluminum exports") that a possessive, an article, a count or a preposition
 * opens (or the sentence, when its first word is a nationality and a lower-case modifier
 * stands last) is the goods' noun, no deed: a verb never follows such an opener with only
 * modifiers between, and a singular subject there would be an agent or a name. A word
 * after it that opens an object (an article, a pronoun, a name, an agent, a count: "the
 * state firm exports the crop") keeps the verb. --shallow only: the parse path has the
 * parse's word classes. */
static int goods_plural_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->hyphened || t->end > i || t->n < 4 || t->s[t->n - 1] != 'S' ||
	    t->s[t->n - 2] == 'S' || t->s[t->n - 2] == '\'' || !material_verb(t))
		return 0;
	if (e < S->nt) {
		const coder_tok *h = &S->t[e];
		if (h->type == TY_DET || h->type == TY_PRON || h->type == TY_ACTOR ||
		    h->type == TY_AGENT || h->type == TY_NUM || h->cls == C_NUMBER)
			return 0;
	}
	int j = i - 1;
	while (j >= 0 && i - j <= 5 && (goods_modifier(S, j) ||
	       (j < i - 1 && j > 0 && (tok_is(&S->t[j], "AND") || tok_is(&S->t[j], "OR")) &&
		goods_modifier(S, j - 1))))
		j--;   /* "steel and aluminum exports": modifiers joined */
	int run = i - 1 - j;
	if (run < 1 || run > 4)
		return 0;
	if (j < 0)   /* "Kenyan tea exports rose"; "Malawi exports tea" (a name in -I) stays */
		return S->t[0].cap && S->t[0].type == TY_ACTOR && !S->t[i - 1].cap;
	const coder_tok *o = &S->t[j];
	return o->type == TY_DET || tok_possessive(o) || tok_has(o, WF_POSS) ||
	       o->type == TY_NUM || o->cls == C_NUMBER ||
	       (tok_has(o, WF_PREP) && !tok_has(o, WF_SUB));
}

/* word105: "to rebuild U.S. spirits exports in EU countries", "Kenya's arms imports rose": the
 * plural in -S of a verb of material cooperation (material_verb) right after a plain
 * lower-case plural in -S that no dictionary claims is the goods' noun, that plural its
 * modifier: a plural subject never takes the verb's -S form. Not after -SS, -US, -IS or a
 * possessive ("the press sells", "the bus"), nor an actor or agent ("rebels sell arms": a
 * subject the dictionaries know). --shallow only, like goods_plural_sh. */
static int plural_goods_modifier_sh(const coder_sent *S, int i)
{
	if (i < 1)
		return 0;
	const coder_tok *t = &S->t[i], *p = &S->t[i - 1];
	if (t->cap || t->hyphened || t->end > i || t->n < 4 || t->s[t->n - 1] != 'S' ||
	    t->s[t->n - 2] == 'S' || t->s[t->n - 2] == '\'' || !material_verb(t))
		return 0;
	if (p->cls != C_WORD || p->cap || p->wf || p->hyphened || tok_possessive(p) || p->n < 4 ||
	    !(p->type == TY_NULL || p->type == TY_NOUN) || p->s[p->n - 1] != 'S')
		return 0;
	char b = p->s[p->n - 2];
	return b != 'S' && b != 'U' && b != 'I' && b != '\'';
}

/* word84: 1 when the verb word at token i, in its base form, stands between a verb in -S
 * that no dictionary or word list knows and a lower-case word ("The Iranian deal covers
 * rocket technology": COVERS the clause's verb after the noun DEAL, ROCKET modifying
 * TECHNOLOGY): a base form cannot follow a finite verb as its own clause's verb, so the word
 * is a noun. Both paths use it: the parse may read the sentence with no verb and force the
 * dictionary word to be one (syntree.c verbless_sentence_verb). An -S word the dictionaries
 * name as actor or agent ("Government forces attack rebels") is the subject and left
 * alone, as is an -S word after an actor ("Israeli warplanes bomb the port"), and a word
 * before an article, a name or an agent ("sources say the army", "say police"). */
int match_noun_after_finite(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i], *p = i >= 2 ? &S->t[i - 1] : NULL;
	int e = (t->end >= i ? t->end : i) + 1;
	if (!p || t->cap || t->hyphened || e >= S->nt || !syn_base_form(S, i) ||
	    p->cls != C_WORD || p->cap || p->hyphened || p->wf || p->type != TY_NULL ||
	    p->n < 4 || p->s[p->n - 1] != 'S' || p->s[p->n - 2] == 'S' || p->s[p->n - 2] == '\'')
		return 0;
	const coder_tok *n = &S->t[i - 2], *h = &S->t[e];
	return n->cls == C_WORD && !n->wf && !n->hyphened && (n->type == TY_NULL ||
	       n->type == TY_NOUN || n->type == TY_VERB) &&
	       h->cls == C_WORD && !h->cap && !h->wf && !h->hyphened &&
	       (h->type == TY_NULL || h->type == TY_NOUN);
}

/* word105: "Ankara is frustrated, given Washington's refusal to sell", "Given the risks,
 * Kenya stayed out": GIVEN in lower case at the sentence's start or right after a comma,
 * before a word that is no preposition, is the preposition (or "given that" the
 * subordinator), no deed of giving: a participle of GIVE there with a doer names it with
 * "by" ("Kenya, given aid by Uganda, ..." keeps its verb, as do "given to the poor" and "had
 * given the agency 14 days"). leftb106: on both paths (the parse read GAVE_ there). */
static int given_preposition(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	if (t->end > i || !tok_is(t, "GIVEN") || i + 1 >= S->nt ||
	    (i > 0 && S->t[i - 1].cls != C_COMMA))
		return 0;
	const coder_tok *n = &S->t[i + 1];
	if (n->cls != C_WORD || (tok_has(n, WF_PREP) && !tok_is(n, "THAT")))
		return 0;
	for (int j = i + 1; j < S->nt && S->t[j].cls != C_COMMA; j++)
		if (tok_is(&S->t[j], "BY"))
			return 0;   /* "given aid by Uganda": the participle and its doer */
	return 1;
}

/* word105: "more trade with more partners", "less aid to the region": a verb word in its
 * base form (syn_base_form) right after the comparative quantifier "more", "less" or
 * "fewer" is that quantifier's noun, no deed: a base form there would need a subject
 * between. Plurals after them are adjective_head_sh's. --shallow only: the parse reads the
 * noun. */
static int comparative_noun_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	return i > 0 && !t->cap && !t->hyphened && t->end <= i &&
	       tok_in(&S->t[i - 1], COMPARE_WORDS) && syn_base_form(S, i);
}

/* lefta106: "another meeting with Peru", "another attack": a verb word right after the
 * determiner ANOTHER is its noun, as after A/AN ("a meeting"): a verb never follows it. */
static int after_another(const coder_sent *S, int i)
{
	return i > 0 && tok_is(&S->t[i - 1], "ANOTHER");
}

/* shnounv173: "concerned with this attack", "these attacks were planned", "its support for":
 * a verb word in lower case right after a demonstrative (THIS, THESE) or a possessive pronoun
 * (ITS, THEIR, OUR, HIS, MY, YOUR) is that determiner's noun, as after A/AN/THE (the article
 * rule of match_mark_nouns): a finite verb never follows them, and read as the verb it takes
 * the clause's subject or the quote's "We" as the doer. THIS takes only a singular and THESE
 * only a plural: "This marks", "These include" are the pronoun and its verb. A participle in
 * -ED ("these proposed rules": demonstrative_modifier_sh's) and THAT, THOSE and HER (a clause
 * word, "those killed", the object "let her visit") are left alone; the nominal deed's
 * patterns ("responsibility for this attack") code the noun as they code it after THE.
 * --shallow only: the parse path has the parse's word classes. */
static int determiner_noun_sh(const coder_sent *S, int i)
{
	static const char *const poss[] = { "ITS", "THEIR", "OUR", "HIS", "MY", "YOUR", NULL };
	const coder_tok *t = &S->t[i];
	if (i < 1 || t->cap || t->hyphened || tok_ends(t, "ED"))
		return 0;
	const coder_tok *p = &S->t[i - 1];
	int plural = tok_ends(t, "S") && !tok_ends(t, "SS");
	/* the demonstrative as the subject pronoun ("This marks", "These include") takes a verb
	 * that does not agree with it as a determiner: THIS a singular noun, THESE a plural */
	return tok_in(p, poss) || (tok_is(p, "THIS") && !plural) ||
	       (tok_is(p, "THESE") && plural);
}

/* measure107: "visa restrictions and sanctions on X": a plural measure word right after AND
 * and another measure word is a noun of that list, no verb ("and sanctions" sanctions no one) */
static int measure_after_and(const coder_sent *S, int i)
{
	static const char *const measure[] = { "SANCTIONS", "TARIFFS", "RESTRICTIONS", "CURBS",
		"BANS", "EMBARGOES", NULL };
	return i > 1 && tok_is(&S->t[i - 1], "AND") && tok_in(&S->t[i], measure) &&
	       tok_in(&S->t[i - 2], measure);
}

/* deednoun116: 1 when token j may stand inside a noun phrase before its head deed word: an
 * adjective (adjective_like, past forms too: "the failed attack"), a lower-case -ING word
 * ("the ensuing battle"), a plain lower-case singular word that no word list claims ("the
 * night bombing"), a time noun of five letters or more ("the morning raid"), a past form of
 * failure ("the failed attack"), or a nationality form after the phrase's opener.
 * An agent or a plural is no modifier: it may be the clause's subject ("the army attack",
 * "the rebel fighters attack"). */
static int deed_modifier(const coder_sent *S, int j)
{
	const coder_tok *x = &S->t[j];
	if (x->cls != C_WORD || x->hyphened || tok_possessive(x) || j == 0)
		return 0;
	if (x->wf == WF_WHEN || x->wf == WF_NEG)
		return !x->cap && x->n >= 5 && !tok_ends(x, "LY") &&
		       (x->wf == WF_WHEN || tok_ends(x, "ED"));
	if (x->wf)
		return 0;
	if (x->cap)
		return x->type == TY_ACTOR && x->end <= j && x->n > 3 &&
		       x->s[x->n - 1] != '.' && news_nationality_form(x);
	if (adjective_like(S, j, 1))
		return 1;
	if (x->n > 4 && tok_ends(x, "ING") && x->type != TY_AGENT && x->type != TY_ACTOR)
		return 1;
	return (x->type == TY_NULL || x->type == TY_NOUN) && x->n >= 3 &&
	       !(tok_ends(x, "S") && !tok_ends(x, "SS"));
}

/* deednoun116: "Kenya said the deadly attack killed ten", "the night bombing wounded five",
 * "Uganda said the failed raid wounded three": a verb word in its base form or in -ING after one
 * to four modifiers (deed_modifier) that an article or a possessive opens, right before a
 * dictionary verb, is the head noun of that phrase, the subject of that verb, which codes
 * the event: a singular subject of such a run would take the verb's -S or past form. Left
 * alone: past and -S forms ("Kenya's army battled rebels", "the Kenyan army attacks"), a
 * plural or agent in the run ("the troops shelled"), a verb word in -S after it (an object:
 * "a law banning imports"), and a deed noun before an auxiliary or a preposition ("an
 * expected visit is aimed at", "the recent attack on Goma": the sets code such nouns;
 * dropping them before a preposition lowered every --shallow dev line). --shallow only. */
static int deed_head_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (t->cap || t->hyphened || t->end > i || e >= S->nt || tok_ends(t, "ED") ||
	    !(syn_base_form(S, i) || tok_ends(t, "ING")))
		return 0;
	const coder_tok *h = &S->t[e];
	if (h->cls != C_WORD || h->cap || h->type != TY_VERB || h->hyphened ||
	    (tok_ends(h, "S") && !tok_ends(h, "SS")))
		return 0;   /* "a bill imposing sanctions": an -S word there is the object */
	int j = i - 1;
	while (j >= 0 && i - j <= 5 && deed_modifier(S, j))
		j--;
	int run = i - 1 - j;
	if (run < 1 || run > 4 || j < 0)
		return 0;
	const coder_tok *o = &S->t[j];
	return o->type == TY_DET || tok_possessive(o) || tok_has(o, WF_POSS);
}

/* nounverb172: 1 when token k, after a plural deed noun's phrase, is the clause's own coded
 * verb: a dictionary verb that codes an event (or has patterns), right there or after
 * auxiliaries ("were claimed", "have killed"), its head no more than eight words on, with
 * only a prepositional phrase between (a preposition first; no comma, quote, conjunction,
 * clause word, pronoun or other verb). */
static int coded_verb_after(const coder_sent *S, int k)
{
	static const char *const aux[] = { "ARE", "WERE", "HAVE", "HAD", "WILL", "WOULD", "CAN",
		"COULD", "MAY", "MIGHT", "SHOULD", "MUST", "BEEN", "BE", "ALSO", NULL };
	for (int n = 0; k < S->nt && n < 8; k++, n++) {
		const coder_tok *x = &S->t[k];
		if (x->type == TY_VERB) {
			const dict_verb_root *vr = x->ent ? x->ent->verb : NULL;
			return !x->cap && vr && (vr->code.kind == CODE_EVENT || vr->npats > 0) &&
			       k > 0 && (tok_in(&S->t[k - 1], aux) || tok_ends(x, "ED"));
		}
		if (x->cls != C_WORD || x->type == TY_CONJ || x->type == TY_PRON ||
		    tok_has(x, WF_CLAUSE | WF_SUB) || tok_is(x, "BY") ||
		    (n == 0 && !tok_has(x, WF_PREP) && !tok_in(x, aux)))
			return 0;   /* "Abanda says Brazil can": a subject after it, no phrase */
	}
	return 0;
}

/* nounverb172: "Past attacks were claimed by Islamic State", "The mass arrests were condemned
 * by the U.N.", "The border clashes killed ten": a verb word's plural in -S (lower case, no
 * -SS) after one or more words of its own phrase (premodifier: articles, adjectives,
 * numbers, plain singular nouns; an adjective as the capitalised first word) that open the
 * sentence, and before the clause's own coded verb (coded_verb_after), is that verb's
 * subject, a noun: a third-person verb is never followed by another finite verb, and read as
 * the verb it took its own modifiers as the doer ("Past") and the passive's "by" doer as its
 * target. Left alone: an actor or agent in the phrase ("The G7 talks", "U.S. military
 * airstrikes killed") or a "by" doer after the noun ("Coordinated airstrikes by the Kenyan
 * army killed": subject_head's rule): the house's nominal deed with its doer; a verb that codes
 * nothing ("sanctions against Turkey are in Congress": the house's nominal 1312 stays), a
 * phrase after another word ("said the ..."; adjective_head_sh's article runs). --shallow
 * only: the parse path has the parse's word classes. */
static int plural_deed_subject_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	int e = (t->end >= i ? t->end : i) + 1;
	if (i < 1 || t->cap || t->hyphened || t->end > i || t->n < 4 || !tok_ends(t, "S") ||
	    tok_ends(t, "SS") || t->s[t->n - 2] == '\'' || e >= S->nt)
		return 0;
	int o = 0;
	while (o < i && S->t[o].cls == C_QUOTE)
		o++;   /* a quote opening the sentence */
	for (int j = o; j < i; j++) {
		const coder_tok *x = &S->t[j];
		if (!premodifier(x) && !(j == o && adjective_like(S, j, 1)))
			return 0;
	}
	if (i - o < 1 || (i - o == 1 && S->t[o].type == TY_DET))
		return 0;   /* "The attacks": match_mark_nouns' article rule */
	return coded_verb_after(S, e);
}

/* shallowword118: "told a cabinet meeting that he had met ...", "at a United Nations Security
 * Council meeting on Afghanistan", "Wednesday's council meeting": the -ING form of a verb of
 * meeting (root code 04) right after the name, the agent word or a plain word of a body (one
 * to four words, no plural) that an article or a possessive opens is that body's session, the
 * phrase's head noun: a verb never follows an article with only a name between, and an
 * -ING word alone is no clause's verb. Only when nothing follows it that could be its
 * object (the sentence's end, a comma, a preposition, a clause word), so "the army meeting
 * rebels" stays a participle. --shallow only: the parse path has the parse's classes. */
static int body_session_sh(const coder_sent *S, int i)
{
	const coder_tok *t = &S->t[i];
	const dict_verb_root *vr = t->ent ? t->ent->verb : NULL;
	if (i < 2 || t->cap || t->end > i || t->n < 6 || !tok_ends(t, "ING") || !vr ||
	    vr->code.kind != CODE_EVENT || !vr->code.a || strncmp(vr->code.a, "04", 2))
		return 0;
	if (i + 1 < S->nt) {
		const coder_tok *n = &S->t[i + 1];
		if (n->cls == C_WORD && !tok_has(n, WF_PREP | WF_CLAUSE) && !tok_is(n, "OF"))
			return 0;   /* "the army meeting rebels": an object may follow */
	}
	int j = i - 1;
	for (; j >= 0 && i - j <= 5; j--) {
		const coder_tok *x = &S->t[j];
		if (x->cls != C_WORD || tok_possessive(x) || tok_has(x, WF_POSS) ||
		    x->type == TY_DET)
			break;
		if (!(x->type == TY_AGENT || x->type == TY_ACTOR || x->type == TY_LIT ||
		      unknown_word_sh(x) || (x->cap && x->type == TY_NULL && !x->wf)) ||
		    (!x->cap && x->n > 3 && tok_ends(x, "S") && !tok_ends(x, "SS")))
			return 0;   /* "the rebels meeting": a plural may be a subject */
	}
	if (j < 0 || j == i - 1 || i - j > 5)
		return 0;
	const coder_tok *o = &S->t[j];
	return o->type == TY_DET || tok_possessive(o) || tok_has(o, WF_POSS);
}

/* Verbs after A/AN/THE or (news) a preposition, or capitalised inside a mixed-case
 * sentence that is no title-case headline, are nouns. */
void match_mark_nouns(coder_sent *S)
{
	int title = -1;   /* title_case(S), computed at the first capitalised verb */
	for (int i = 0; i < S->nt; i++) {
		coder_tok *t = &S->t[i];
		if (t->type != TY_VERB)
			continue;
		const dict_verb_root *vr = t->ent->verb;
		if (i > 0 && (S->t[i - 1].type == TY_DET || after_another(S, i) ||
		    plural_after_count(S, i) || measure_after_and(S, i))) {
			t->type = TY_NOUN;
			continue;
		}
		if (i > 0 && t->cap && !S->allcaps) {
			if (title < 0)
				title = (S->c->o.news & NEWS_NOUNS) && title_case(S);
			if (!title) {
				t->type = TY_NOUN;
				continue;
			}
		}
		if ((S->c->o.news & NEWS_NOUNS) && news_noun(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && after_preposition(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && (after_ing_word(S, i) ||
		    office_portfolio(S, i) || title_before_name(S, i) ||
		    (!syntax_on(S) && of_participle(S, i))))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && (prep_article_head(S, i) ||
		    existential_noun(S, i) || opening_noun(S, i) ||
		    subject_head(S, i) || (i > 0 && name_opening_head(S, i))))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && !syntax_on(S) &&
		    participle_after_verb_sh(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && count_participle(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && given_preposition(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && (lifted_object(S, i) ||
		    (!syntax_on(S) && lifted_order_sh(S, i))))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && !syntax_on(S) &&
		    plural_before_verb(S, i))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && i > 0 && !syntax_on(S) &&
		    (background_noun_sh(S, i) || old_year_noun_sh(S, i) ||
		     compound_modifier_sh(S, i) ||
		     adjective_head_sh(S, i) || compound_head_sh(S, i) ||
		     goods_participle_sh(S, i) || plural_before_aux_sh(S, i) ||
		     stirred_feeling_sh(S, i) || topic_deed_noun_sh(S, i) ||
		     controlled_people_sh(S, i) ||
		     absolute_participle_sh(S, i) ||
		     quantity_noun_sh(S, i) || thing_noun_sh(S, i) ||
		     goods_plural_sh(S, i) || plural_goods_modifier_sh(S, i) ||
		     match_noun_after_finite(S, i) ||
		     demonstrative_modifier_sh(S, i) || adjective_gerund_sh(S, i) ||
		     coordinated_head_sh(S, i) ||
		     name_modifier_sh(S, i) || participle_after_plural_sh(S, i) ||
		     see_object_sh(S, i) || comparative_noun_sh(S, i) ||
		     progressive_participle_sh(S, i) || deed_head_sh(S, i) ||
		     body_session_sh(S, i) || plural_deed_subject_sh(S, i) ||
		     determiner_noun_sh(S, i)))
			{ t->type = TY_NOUN; continue; }
		if ((S->c->o.news & NEWS_NOUNS) && (compound_first(S, t->end >= i ? t->end : i) ||
		    ing_compound_second(S, i)))
			{ t->type = TY_NOUN; continue; }
		/* null-coded roots without patterns are not verbs; concerned160: nor a feeling
		 * word coded only through its cause with no cause word after it */
		if (vr && vr->code.kind == CODE_NULL && (vr->npats == 0 || causeless_feeling(S, i)))
			t->type = TY_NOUN;
	}
}

