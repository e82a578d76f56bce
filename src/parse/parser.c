/*
 * parser.c - greedy arc-hybrid dependency parser (src/parse), averaged perceptron over
 * Zhang & Nivre (2011)-style features, trained with Goldberg & Nivre's (2013) dynamic oracle.
 * Transitions: SHIFT; LEFT(l) pops s0 as a dependent of b0; RIGHT(l) pops s0 as a dependent
 * of s1. The root (word 0) sits at the bottom of the stack and takes exactly one dependent,
 * labelled root, when the buffer is empty.
 * Invariant: every state reached has at least one valid transition, so parsing always ends
 * with a complete tree: each word gets exactly one head.
 */
#include "parse/parse.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ROOTWORD 0x3c6ef372fe94f82bULL
#define ROOTTAG (PARSE_NTAGS + 2)

typedef struct {
	int n, sp, b;               /* words 1..n; stack[0..sp); buffer b..n */
	int *stack, *head, *label, *l1, *l2, *r1, *r2, *nl, *nr;
	uint64_t *lset, *rset;      /* labels of each word's left and right dependents, bit sets */
	const parse_word *w;        /* w[i - 1] is word i */
	const uint8_t *tags;
} state;

static int st_init(state *s, const parse_word *w, const uint8_t *tags, size_t n)
{
	int *mem = malloc(sizeof(int) * 9 * (n + 2));
	uint64_t *sets = calloc(2 * (n + 2), sizeof *sets);
	if (!mem || !sets) {
		free(mem), free(sets);
		return -1;
	}
	s->lset = sets, s->rset = sets + n + 2;
	s->n = (int)n;
	s->w = w;
	s->tags = tags;
	int *arr[9];
	for (int k = 0; k < 9; k++)
		arr[k] = mem + (size_t)k * (n + 2);
	s->stack = arr[0], s->head = arr[1], s->label = arr[2];
	s->l1 = arr[3], s->l2 = arr[4], s->r1 = arr[5], s->r2 = arr[6], s->nl = arr[7],
		s->nr = arr[8];
	for (size_t i = 0; i <= n + 1; i++) {
		s->head[i] = s->label[i] = -1;
		s->l1[i] = s->l2[i] = s->r1[i] = s->r2[i] = 0;
		s->nl[i] = s->nr[i] = 0;
	}
	s->stack[0] = 0;
	s->sp = 1;
	s->b = 1;
	return 0;
}

static void st_free(state *s)
{
	free(s->stack);
	free(s->lset);
}

static void add_arc(state *s, int h, int d, int l)
{
	s->head[d] = h;
	s->label[d] = l;
	if (d < h) {
		if (!s->l1[h] || d < s->l1[h])
			s->l2[h] = s->l1[h], s->l1[h] = d;
		else if (!s->l2[h] || d < s->l2[h])
			s->l2[h] = d;
		s->nl[h]++;
		s->lset[h] |= (uint64_t)1 << (l & 63);
	} else {
		if (d > s->r1[h])
			s->r2[h] = s->r1[h], s->r1[h] = d;
		else if (d > s->r2[h])
			s->r2[h] = d;
		s->nr[h]++;
		s->rset[h] |= (uint64_t)1 << (l & 63);
	}
}

/* ---------------------------------------------------------------- features */

static uint64_t W(const state *s, int i)
{
	return i < 0 ? 0 : i == 0 ? ROOTWORD : s->w[i - 1].lower;
}
static uint64_t T(const state *s, int i)
{
	return i < 0 ? 0 : i == 0 ? ROOTTAG : (uint64_t)s->tags[i - 1] + 1;
}
static uint64_t L(const state *s, int i)
{
	return i <= 0 ? 0 : (uint64_t)(s->label[i] + 1);
}
static uint64_t pair(uint64_t a, uint64_t b)
{
	return percep_mix(a * 31 + b);
}

/* The positions and values the feature templates read. */
typedef struct {
	int s0, s1, s2, n0, n1, n2, s0l, s0l2, s0r, s0r2, n0l, n0l2, s1r, s1l;
	uint64_t ws0, ts0, wn0, tn0, ws1, ts1, wn1, tn1, tn2, ts2, ts0l, ts0r, tn0l;
	uint64_t d, d1, vs0l, vs0r, vn0l, wts0, wtn0, wts1;
} ctx;

static void context(const state *s, ctx *c)
{
	int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1, s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	int n0 = s->b <= s->n ? s->b : -1;
	c->s0 = s0, c->s1 = s1, c->n0 = n0;
	c->s2 = s->sp > 2 ? s->stack[s->sp - 3] : -1;
	c->n1 = s->b + 1 <= s->n ? s->b + 1 : -1;
	c->n2 = s->b + 2 <= s->n ? s->b + 2 : -1;
	c->s0l = s0 > 0 && s->l1[s0] ? s->l1[s0] : -1,
		c->s0l2 = s0 > 0 && s->l2[s0] ? s->l2[s0] : -1;
	c->s0r = s0 > 0 && s->r1[s0] ? s->r1[s0] : -1,
		c->s0r2 = s0 > 0 && s->r2[s0] ? s->r2[s0] : -1;
	c->n0l = n0 > 0 && s->l1[n0] ? s->l1[n0] : -1,
		c->n0l2 = n0 > 0 && s->l2[n0] ? s->l2[n0] : -1;
	c->s1r = s1 > 0 && s->r1[s1] ? s->r1[s1] : -1,
		c->s1l = s1 > 0 && s->l1[s1] ? s->l1[s1] : -1;
	c->ws0 = W(s, s0), c->ts0 = T(s, s0), c->wn0 = W(s, n0), c->tn0 = T(s, n0);
	c->ws1 = W(s, s1), c->ts1 = T(s, s1), c->wn1 = W(s, c->n1), c->tn1 = T(s, c->n1);
	c->tn2 = T(s, c->n2), c->ts2 = T(s, c->s2);
	c->ts0l = T(s, c->s0l), c->ts0r = T(s, c->s0r), c->tn0l = T(s, c->n0l);
	c->d = s0 >= 0 && n0 > 0 ? (uint64_t)(n0 - s0 > 5 ? 6 : n0 - s0) : 0;
	c->d1 = s0 > 0 && s1 >= 0 ? (uint64_t)(s0 - s1 > 5 ? 6 : s0 - s1) : 0;
	c->vs0l = s0 > 0 ? (uint64_t)s->nl[s0] + 1 : 0,
		c->vs0r = s0 > 0 ? (uint64_t)s->nr[s0] + 1 : 0;
	c->vn0l = n0 > 0 ? (uint64_t)s->nl[n0] + 1 : 0;
	c->wts0 = pair(c->ws0, c->ts0), c->wtn0 = pair(c->wn0, c->tn0),
		c->wts1 = pair(c->ws1, c->ts1);
}

/* The templates that read one word each: which word of the stack (s0, s1, s2) or where the
 * buffer starts (b: its words n0, n1, n2 are b, b + 1, b + 2). Their keys depend on that
 * word alone, so a sentence's parse can find them once per word: in "Police arrested
 * the protesters", the keys of "arrested" on the top of the stack are the same whatever is
 * under it. */
enum { ROLE_BUF, ROLE_S0, ROLE_S1, ROLE_S2, NROLES };

/* The keys of role's templates for word (or buffer start) i (-1: none), into k; their count
 * (the bias, template 100, is not in any role: its callers add it). */
static size_t role_keys(const state *s, int role, int i, uint64_t *k)
{
	if (role == ROLE_BUF) {
		int n0 = i <= s->n ? i : -1, n1 = i + 1 <= s->n ? i + 1 : -1;
		int n2 = i + 2 <= s->n ? i + 2 : -1;
		uint64_t wn0 = W(s, n0), tn0 = T(s, n0), wn1 = W(s, n1), tn1 = T(s, n1);
		k[0] = percep_key(107, wn0, 0, 0);
		k[1] = percep_key(108, tn0, 0, 0);
		k[2] = percep_key(109, pair(wn0, tn0), 0, 0);
		k[3] = percep_key(110, wn1, 0, 0);
		k[4] = percep_key(111, tn1, 0, 0);
		k[5] = percep_key(112, pair(wn1, tn1), 0, 0);
		k[6] = percep_key(113, W(s, n2), T(s, n2), 0);
		return 7;
	}
	uint64_t w = W(s, i), t = T(s, i), tmpl = role == ROLE_S0 ? 101 : 104;
	if (role == ROLE_S2) {
		k[0] = percep_key(114, w, t, 0);
		return 1;
	}
	k[0] = percep_key(tmpl, w, 0, 0);
	k[1] = percep_key(tmpl + 1, t, 0, 0);
	k[2] = percep_key(tmpl + 2, pair(w, t), 0, 0);
	return 3;
}

/* Words and tags of the stack and buffer tops, alone (role_keys, in template order). */
static size_t features_words(const state *s, const ctx *c, uint64_t *k)
{
	size_t m = 0;
	k[m++] = percep_key(100, 0, 0, 0);
	m += role_keys(s, ROLE_S0, c->s0, k + m);
	m += role_keys(s, ROLE_S1, c->s1, k + m);
	m += role_keys(s, ROLE_BUF, s->b, k + m);
	m += role_keys(s, ROLE_S2, c->s2, k + m);
	return m;
}

/* Words and tags of the stack and buffer tops in pairs. */
static size_t features_pairs(const ctx *c, uint64_t *k)
{
	size_t m = 0;
	k[m++] = percep_key(120, c->wts0, c->wtn0, 0);
	k[m++] = percep_key(121, c->wts0, c->wn0, 0);
	k[m++] = percep_key(122, c->ws0, c->wtn0, 0);
	k[m++] = percep_key(123, c->wts0, c->tn0, 0);
	k[m++] = percep_key(124, c->ts0, c->wtn0, 0);
	k[m++] = percep_key(125, c->ws0, c->wn0, 0);
	k[m++] = percep_key(126, c->ts0, c->tn0, 0);
	k[m++] = percep_key(127, c->tn0, c->tn1, 0);
	k[m++] = percep_key(128, c->wts1, c->wts0, 0);
	k[m++] = percep_key(129, c->ws1, c->ws0, 0);
	k[m++] = percep_key(130, c->ts1, c->ts0, 0);
	k[m++] = percep_key(131, c->wts1, c->ts0, 0);
	k[m++] = percep_key(132, c->ts1, c->wts0, 0);
	k[m++] = percep_key(133, c->ws1, c->wn0, 0);
	k[m++] = percep_key(134, c->ts1, c->tn0, 0);
	return m;
}

/* Tag triples, children, distance and valency. */
static size_t features_tree(const state *s, const ctx *c, uint64_t *k)
{
	size_t m = 0;
	/* tag trigrams */
	k[m++] = percep_key(140, c->tn0, c->tn1, c->tn2);
	k[m++] = percep_key(141, c->ts0, c->tn0, c->tn1);
	k[m++] = percep_key(142, c->ts1, c->ts0, c->tn0);
	k[m++] = percep_key(143, c->ts2, c->ts1, c->ts0);
	k[m++] = percep_key(144, c->ts0, c->ts0l, c->tn0);
	k[m++] = percep_key(145, c->ts0, c->ts0r, c->tn0);
	k[m++] = percep_key(146, c->ts0, c->tn0, c->tn0l);
	k[m++] = percep_key(147, c->ts0, c->ts0l, T(s, c->s0l2));
	k[m++] = percep_key(148, c->ts0, c->ts0r, T(s, c->s0r2));
	k[m++] = percep_key(149, c->tn0, c->tn0l, T(s, c->n0l2));
	k[m++] = percep_key(150, c->ts1, T(s, c->s1r), c->ts0);
	k[m++] = percep_key(151, c->ts1, T(s, c->s1l), c->ts0);
	k[m++] = percep_key(152, c->ws0, c->tn0, c->tn1);
	k[m++] = percep_key(153, c->wn0, c->ts0, c->tn1);
	/* children: words, tags, labels */
	k[m++] = percep_key(160, W(s, c->s0l), c->ts0l, L(s, c->s0l));
	k[m++] = percep_key(161, W(s, c->s0r), c->ts0r, L(s, c->s0r));
	k[m++] = percep_key(162, W(s, c->n0l), c->tn0l, L(s, c->n0l));
	k[m++] = percep_key(163, c->ts0l, L(s, c->s0l), 0);
	k[m++] = percep_key(164, c->ts0r, L(s, c->s0r), 0);
	k[m++] = percep_key(165, c->tn0l, L(s, c->n0l), 0);
	k[m++] = percep_key(166, c->ts0, L(s, c->s0l), L(s, c->s0l2));
	k[m++] = percep_key(167, c->ts0, L(s, c->s0r), L(s, c->s0r2));
	k[m++] = percep_key(168, c->tn0, L(s, c->n0l), L(s, c->n0l2));
	k[m++] = percep_key(169, c->ts1, L(s, c->s1r), L(s, c->s1l));
	k[m++] = percep_key(170, c->ws0, L(s, c->s0l), L(s, c->s0r));
	/* distance and valency */
	k[m++] = percep_key(180, c->ws0, c->d, 0);
	k[m++] = percep_key(181, c->ts0, c->d, 0);
	k[m++] = percep_key(182, c->wn0, c->d, 0);
	k[m++] = percep_key(183, c->tn0, c->d, 0);
	k[m++] = percep_key(184, pair(c->ws0, c->wn0), c->d, 0);
	k[m++] = percep_key(185, c->ts0, c->tn0, c->d);
	k[m++] = percep_key(186, c->ts1, c->ts0, c->d1);
	k[m++] = percep_key(187, c->ws0, c->vs0r, 0);
	k[m++] = percep_key(188, c->ts0, c->vs0r, 0);
	k[m++] = percep_key(189, c->ws0, c->vs0l, 0);
	k[m++] = percep_key(190, c->ts0, c->vs0l, 0);
	k[m++] = percep_key(191, c->wn0, c->vn0l, 0);
	k[m++] = percep_key(192, c->tn0, c->vn0l, 0);
	k[m++] = percep_key(193, (uint64_t)(s->sp > 3 ? 3 : s->sp), c->n0 < 0, c->tn0);
	/* label sets (Zhang & Nivre 2011): which relations s0 and b0 already govern */
	uint64_t ls0 = c->s0 > 0 ? s->lset[c->s0] : 0, rs0 = c->s0 > 0 ? s->rset[c->s0] : 0;
	uint64_t ln0 = c->n0 > 0 ? s->lset[c->n0] : 0;
	k[m++] = percep_key(194, c->ws0, rs0, 0);
	k[m++] = percep_key(195, c->ts0, rs0, 0);
	k[m++] = percep_key(196, c->ws0, ls0, 0);
	k[m++] = percep_key(197, c->ts0, ls0, 0);
	k[m++] = percep_key(198, c->wn0, ln0, 0);
	k[m++] = percep_key(199, c->tn0, ln0, 0);
	return m;
}

static size_t features(const state *s, uint64_t *k)
{
	ctx c;
	context(s, &c);
	size_t m = features_words(s, &c, k);
	m += features_pairs(&c, k + m);
	return m + features_tree(s, &c, k + m);
}

/* features() but for the one-word templates (features_words), which a row cache adds. */
static size_t features_rest(const state *s, uint64_t *k, ctx *c)
{
	context(s, c);
	size_t m = features_pairs(c, k);
	return m + features_tree(s, c, k + m);
}

/* ---------------------------------------------------------------- transitions */

/* Class 0 = SHIFT, 1..L = LEFT(label), L+1..2L = RIGHT(label). LEFT takes any label but
 * root; RIGHT onto the root (the root takes one word, last) only root, elsewhere any other. */
typedef struct {
	int shift, left, right, rootarc;   /* RIGHT: any label but root; rootarc: RIGHT(root) */
} moves;

static moves legal(const state *s)
{
	int s0 = s->stack[s->sp - 1];
	int buf = s->b <= s->n;
	int onroot = s->sp >= 2 && s->stack[s->sp - 2] == 0;
	moves v = { buf, buf && s0 != 0, s->sp >= 2 && !onroot, onroot && !buf && s->sp == 2 };
	return v;
}

/* ok[c] = whether class c is valid by v. */
static void valid(moves v, int nl, int root, unsigned char *ok)
{
	ok[0] = (unsigned char)v.shift;
	memset(ok + 1, v.left, (size_t)nl);
	ok[1 + root] = 0;
	memset(ok + 1 + nl, v.right, (size_t)nl);
	ok[1 + nl + root] = (unsigned char)v.rootarc;
}

static void apply(state *s, int cls, int nl)
{
	if (cls == 0) {
		s->stack[s->sp++] = s->b++;
	} else if (cls <= nl) {
		int s0 = s->stack[--s->sp];
		add_arc(s, s->b, s0, cls - 1);
	} else {
		int s0 = s->stack[--s->sp];
		add_arc(s, s->stack[s->sp - 1], s0, cls - 1 - nl);
	}
}

/* The blocks of PERCEP_BLOCK classes that classes lo..hi fall in, as bits. */
static uint64_t span(int lo, int hi)
{
	int a = lo / PERCEP_BLOCK, z = hi / PERCEP_BLOCK;
	return (z >= 63 ? ~(uint64_t)0 : ((uint64_t)2 << z) - 1) & ~(((uint64_t)1 << a) - 1);
}

/* The one-word templates' features found once per sentence: for each role and word (or
 * buffer start) i in -1..n + 1 (the buffer starts past the last word once it is empty), the
 * slots of its keys in the packed table (percep_find), found when a transition first needs
 * them. In "Police arrested the protesters on Monday", the
 * buffer's keys at "the" serve the SHIFT that moves "arrested" and the LEFT and RIGHT after. */
#define ROLE_KEYS 8   /* the most keys of a role: the bias and the buffer's seven */
typedef struct {
	const percep_pslot **slot;   /* NROLES * (n + 3) runs of ROLE_KEYS */
	unsigned char *nk;           /* each run's keys; 0 = not found yet */
	size_t stride;               /* n + 3: i + 1 in 0..n + 2 */
} rowcache;

/* 0, or -1 when there is no memory (the caller then scores without the cache). */
static int rc_init(rowcache *rc, size_t n)
{
	rc->stride = n + 3;
	rc->slot = malloc(NROLES * rc->stride * ROLE_KEYS * sizeof *rc->slot);
	rc->nk = calloc(NROLES * rc->stride, 1);
	if (!rc->slot || !rc->nk) {
		free(rc->slot), free(rc->nk);
		return -1;
	}
	return 0;
}

/* Appends to out the slots of role's keys for word i (-1: none), found if need be; their
 * count (out has room for ROLE_KEYS). */
static size_t rc_get(rowcache *rc, const percep *p, const state *s, int role, int i,
		     const percep_pslot **out)
{
	size_t at = (size_t)role * rc->stride + (size_t)(i + 1);
	const percep_pslot **v = rc->slot + at * ROLE_KEYS;
	if (!rc->nk[at]) {
		uint64_t k[ROLE_KEYS];
		size_t nk = 0;
		if (role == ROLE_BUF)
			k[nk++] = percep_key(100, 0, 0, 0);   /* the bias: every state has it */
		nk += role_keys(s, role, i, k + nk);
		percep_find(p, k, nk, v);
		for (size_t j = nk; j < ROLE_KEYS; j++)
			v[j] = NULL;   /* copied below, never read */
		rc->nk[at] = (unsigned char)nk;
	}
	memcpy(out, v, ROLE_KEYS * sizeof *out);   /* a whole run: a fixed size, copied inline */
	return rc->nk[at];
}

/* The slots of the one-word features of state s (context c) from the cache, into pre (room
 * for NROLES runs of ROLE_KEYS); their count. */
static size_t rc_roles(rowcache *rc, const percep *p, const state *s, const ctx *c,
		       const percep_pslot **pre)
{
	size_t np = 0;
	np += rc_get(rc, p, s, ROLE_BUF, s->b, pre + np);
	np += rc_get(rc, p, s, ROLE_S0, c->s0, pre + np);
	np += rc_get(rc, p, s, ROLE_S1, c->s1, pre + np);
	return np + rc_get(rc, p, s, ROLE_S2, c->s2, pre + np);
}

/* The best valid transition (percep_best's) with the one-word features from the cache. */
static int best_cached(const percep *p, rowcache *rc, const state *s, uint64_t *keys,
		       const unsigned char *ok, uint64_t blocks)
{
	ctx c;
	size_t nk = features_rest(s, keys, &c);
	const percep_pslot *pre[NROLES * ROLE_KEYS];   /* 4 runs, the last copied whole */
	size_t np = rc_roles(rc, p, s, &c, pre);
	return percep_best_found(p, pre, np, keys, nk, ok, blocks, NULL);
}

/* The blocks of classes holding a valid transition by v (a LEFT or RIGHT half is often
 * impossible, and its dense rows are then not added). */
static uint64_t wanted_blocks(moves v, int nl)
{
	return (v.shift ? span(0, 0) : 0) | (v.left ? span(1, nl) : 0) |
	       (v.right || v.rootarc ? span(1 + nl, 2 * nl) : 0);
}

/* Whether v leaves one valid transition (SHIFT onto the bare root, root last). */
static int forced_move(moves v, int nl)
{
	return v.shift + (v.left + v.right) * (nl - 1) + v.rootarc <= 1;
}

/* The words' heads and labels of a final state (a word left without one: the root). */
static void st_tree(const state *s, int root_label, int *heads, int *labels)
{
	for (int i = 1; i <= s->n; i++) {
		heads[i - 1] = s->head[i] < 0 ? 0 : s->head[i];
		labels[i - 1] = s->label[i] < 0 ? root_label : s->label[i];
	}
}

static int parse_greedy(const parse_model *m, const parse_word *w, const uint8_t *tags,
			size_t n, int *heads, int *labels)
{
	state s;
	if (st_init(&s, w, tags, n))
		return -1;
	int nl = m->nlabels;
	uint64_t keys[128];
	unsigned char ok[PERCEP_ROOM(1 + 2 * PARSE_MAX_LABELS)] = { 0 };   /* 0 past nc */
	rowcache rc = { 0 };
	int cached = m->parser.pb && !rc_init(&rc, n);   /* a packed table */
	while (s.b <= s.n || s.sp > 1) {
		moves v = legal(&s);
		valid(v, nl, m->root_label, ok);
		/* a forced move (SHIFT onto the bare root, root last) is made without features (the
		 * first valid class); else only the blocks of classes holding a valid transition
		 * are added up (a LEFT or RIGHT half is often impossible). The best valid class in
		 * class order, the first of equal scores (RIGHT(root) is valid alone). */
		uint64_t blocks = wanted_blocks(v, nl);
		int forced = forced_move(v, nl);
		int c = !forced && cached ? best_cached(&m->parser, &rc, &s, keys, ok, blocks) :
			percep_best(&m->parser, keys, forced ? 0 : features(&s, keys), ok, blocks,
				    NULL);
		if (c < 0)
			break;   /* cannot happen: see the invariant */
		apply(&s, c, nl);
	}
	st_tree(&s, m->root_label, heads, labels);
	if (cached)
		free(rc.slot), free(rc.nk);
	st_free(&s);
	return 0;
}

int parse_sentence(const parse_model *m, const parse_word *w, const uint8_t *tags, size_t n,
		   int *heads, int *labels)
{
	if (n == 0 || n > PARSE_MAX_TOKENS || m->nlabels <= 0)
		return -1;
	if (m->beam > 0)
		return parse_sentence_beam(m, w, tags, n, m->beam, heads, labels);
	return parse_greedy(m, w, tags, n, heads, labels);
}

/* ---------------------------------------------------------------- beam search */

/* A beam's states and their scores: K states a step, each scored by the sum of its
 * transitions' log probabilities (beam_expand); the K best of all their valid transitions
 * make the next step's states. Every complete parse takes 2n transitions, so the states of
 * one step finish together. */
typedef struct {
	int from, cls;     /* the state it extends and the transition */
	double score;
} bcand;

/* Puts c among the k best of top[0..*nt), kept best first; a candidate ties below the ones
 * already there (the first state, then the first class: greedy's choice when k = 1). */
static void bc_insert(bcand *top, int *nt, int k, bcand c)
{
	if (*nt == k && !(c.score > top[k - 1].score))
		return;
	int i = *nt < k ? (*nt)++ : k - 1;
	for (; i > 0 && c.score > top[i - 1].score; i--)
		top[i] = top[i - 1];
	top[i] = c;
}

/* dst = src, both made by st_init for the same words (their arrays one block each). */
static void st_copy(state *dst, const state *src)
{
	size_t n2 = (size_t)src->n + 2;
	memcpy(dst->stack, src->stack, sizeof(int) * 9 * n2);
	memcpy(dst->lset, src->lset, sizeof(uint64_t) * 2 * n2);
	dst->sp = src->sp, dst->b = src->b;
}

/* The scores sc of s's transitions in the blocks wanted (the one-word features from the
 * row cache when there is one, as best_cached finds them). */
static void score_state(const percep *p, rowcache *rc, const state *s, uint64_t blocks,
			float *sc)
{
	uint64_t keys[128];
	memset(sc, 0, sizeof(float) * PERCEP_ROOM((size_t)p->nclass));
	if (!rc) {
		percep_score_found(p, NULL, 0, keys, features(s, keys), sc, blocks);
		return;
	}
	ctx c;
	size_t nk = features_rest(s, keys, &c);
	const percep_pslot *pre[NROLES * ROLE_KEYS];
	size_t np = rc_roles(rc, p, s, &c, pre);
	percep_score_found(p, pre, np, keys, nk, sc, blocks);
}

/* The temperature T of the transitions' probabilities exp(score / T) / Z over a state's
 * valid ones (the model's units; chosen on dev, docs/parser.md). The raw scores of a
 * greedily trained model do not compare between states (summed, they cost 6 to 9 points
 * of dev LAS): a state where every move scores high is no better for it. */
#define BEAM_TEMP 20.0

/* Adds the valid transitions of state `from` (score base) to the k best in top, each
 * scored by its log probability (log of exp(sc / T) / Z, computed from the best so that
 * nothing overflows). A forced move's is 0: log 1. */
static void beam_expand(const parse_model *m, rowcache *rc, const state *s, int from,
			double base, bcand *top, int *nt, int k)
{
	int nl = m->nlabels, nc = 1 + 2 * nl;
	unsigned char ok[PERCEP_ROOM(1 + 2 * PARSE_MAX_LABELS)] = { 0 };
	float sc[PERCEP_ROOM(256)];
	moves v = legal(s);
	valid(v, nl, m->root_label, ok);
	double best = 0, z = 0;
	if (forced_move(v, nl)) {
		memset(sc, 0, sizeof sc);
	} else {
		score_state(&m->parser, rc, s, wanted_blocks(v, nl), sc);
		int b = percep_argmax(sc, ok, nc);
		best = b >= 0 ? sc[b] : 0;   /* none: cannot happen (every state has a move) */
	}
	for (int c = 0; c < nc; c++)
		if (ok[c])
			z += exp((sc[c] - best) / BEAM_TEMP);
	for (int c = 0; c < nc; c++)
		if (ok[c])
			bc_insert(top, nt, k,
				  (bcand){ from, c, base + (sc[c] - best) / BEAM_TEMP - log(z) });
}

int parse_sentence_beam(const parse_model *m, const parse_word *w, const uint8_t *tags,
			size_t n, int k, int *heads, int *labels)
{
	if (n == 0 || n > PARSE_MAX_TOKENS || m->nlabels <= 0 || k < 1 || k > PARSE_MAX_BEAM)
		return -1;
	state st[2 * PARSE_MAX_BEAM];
	bcand top[PARSE_MAX_BEAM];
	double score[PARSE_MAX_BEAM];
	int made = 0, rc_ok = 0, rc = -1;
	rowcache cache = { 0 };
	while (made < 2 * k && !st_init(&st[made], w, tags, n))
		made++;
	if (made < 2 * k)
		goto done;
	rc_ok = m->parser.pb && !rc_init(&cache, n);   /* a packed table */
	state *cur = st, *next = st + k;
	int live = 1;
	score[0] = 0;
	while (cur[0].b <= cur[0].n || cur[0].sp > 1) {
		int nt = 0;
		for (int i = 0; i < live; i++)
			beam_expand(m, rc_ok ? &cache : NULL, &cur[i], i, score[i], top, &nt, k);
		if (!nt)
			goto done;   /* cannot happen: every state has a valid transition */
		for (int j = 0; j < nt; j++) {
			st_copy(&next[j], &cur[top[j].from]);
			apply(&next[j], top[j].cls, m->nlabels);
			score[j] = top[j].score;
		}
		live = nt;
		state *t = cur;
		cur = next, next = t;
	}
	st_tree(&cur[0], m->root_label, heads, labels);
	rc = 0;
done:
	if (rc_ok)
		free(cache.slot), free(cache.nk);
	for (int i = 0; i < made; i++)
		st_free(&st[i]);
	return rc;
}

/* ---------------------------------------------------------------- dynamic oracle */

/* Gold arcs each structural move makes unreachable (Goldberg & Nivre 2013, arc-hybrid). */
static void costs(const state *s, const int *gh, int *csh, int *cla, int *cra)
{
	int s0 = s->stack[s->sp - 1], s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	int b0 = s->b <= s->n ? s->b : -1;
	*csh = *cla = *cra = 0;
	if (b0 > 0)
		for (int k = 0; k < s->sp; k++) {
			int x = s->stack[k];
			*csh += (x > 0 && gh[x] == b0) + (gh[b0] == x && x != s0);
		}
	if (s0 > 0) {
		int deps = 0;
		for (int d = s->b; d <= s->n; d++)
			deps += gh[d] == s0;
		int h = gh[s0];
		*cla = deps + (h != b0 && (h == s1 || h >= s->b));
		*cra = deps + (h >= s->b);
	}
}

int parse_train_sentence(percep *p, int nlabels, int root_label, const parse_word *w,
			 const uint8_t *tags, size_t n, const int *gheads, const int *glabels,
			 int explore)
{
	if (n == 0 || n > PARSE_MAX_TOKENS)
		return 0;
	state s;
	if (st_init(&s, w, tags, n))
		return -1;
	int *gh = malloc(sizeof(int) * (n + 1)), *gl = malloc(sizeof(int) * (n + 1));
	if (!gh || !gl) {
		free(gh), free(gl), st_free(&s);
		return -1;
	}
	gh[0] = -1, gl[0] = -1;
	for (size_t i = 1; i <= n; i++)
		gh[i] = gheads[i - 1], gl[i] = glabels[i - 1];
	int nl = nlabels, nc = 1 + 2 * nl, rc = 0;
	uint64_t keys[128];
	float sc[PERCEP_ROOM(1 + 2 * PARSE_MAX_LABELS)];
	unsigned char ok[1 + 2 * PARSE_MAX_LABELS];
	int cost[1 + 2 * PARSE_MAX_LABELS];
	while (s.b <= s.n || s.sp > 1) {
		size_t nk = features(&s, keys);
		memset(sc, 0, sizeof(float) * (size_t)PERCEP_ROOM(nc));
		percep_score(p, keys, nk, sc);
		valid(legal(&s), nl, root_label, ok);
		int csh, cla, cra, s0 = s.stack[s.sp - 1];
		costs(&s, gh, &csh, &cla, &cra);
		int s1 = s.sp > 1 ? s.stack[s.sp - 2] : -1, mincost = 1 << 30;
		cost[0] = csh;
		for (int l = 0; l < nl; l++) {
			cost[1 + l] = cla + (s0 > 0 && gh[s0] == s.b && gl[s0] != l);
			cost[1 + nl + l] = cra + (s0 > 0 && gh[s0] == s1 && gl[s0] != l);
		}
		for (int c = 0; c < nc; c++)
			if (ok[c] && cost[c] < mincost)
				mincost = cost[c];
		int guess = percep_argmax(sc, ok, nc), gold = -1;
		if (guess < 0)
			break;
		for (int c = 0; c < nc; c++)
			if (ok[c] && cost[c] == mincost && (gold < 0 || sc[c] > sc[gold]))
				gold = c;
		/* a guess that loses nothing more than the best move is no mistake */
		if (cost[guess] == mincost)
			gold = guess;
		if (percep_update(p, keys, nk, gold, guess)) {
			rc = -1;
			break;
		}
		apply(&s, explore ? guess : gold, nl);
	}
	free(gh), free(gl), st_free(&s);
	return rc;
}

int parse_projective(const int *heads, size_t n)
{
	for (size_t i = 1; i <= n; i++) {
		int h = heads[i - 1], a = (int)i < h ? (int)i : h, b = (int)i < h ? h : (int)i;
		for (size_t j = 1; j <= n; j++) {
			int g = heads[j - 1], c = (int)j < g ? (int)j : g,
				e = (int)j < g ? g : (int)j;
			if ((a < c && c < b && b < e) || (c < a && a < e && e < b))
				return 0;
		}
	}
	return 1;
}
