/* test_dictmodel.c - the dictionary model (src/dict/model.c, precedence.c) built directly,
 * without any file format: entries indexed by first word and found again by a token's
 * prefixes, verb roots whose patterns end in the coder's order, dated actor codes, and the
 * precedence rules the coder and the linter share. */
#include "check.h"
#include "dict/dict.h"
#include <stdlib.h>

static dict_pel word(const char *w, int exact)
{
	dict_pel e;
	memset(&e, 0, sizeof e);
	e.kind = PEL_WORD;
	e.text = w;
	e.len = (uint16_t)strlen(w);
	e.exact = (uint8_t)exact;
	return e;
}

static dict_entry *add(khaldun_dict *d, int type, const dict_pel *w, int n, int line)
{
	dict_origin at = { "model.test", line, "entry" };
	dict_entry *e = dict_entry_new(d, type, w, n, &at);
	CHECK(e != NULL);
	if (e)
		CHECK_INT(dict_entry_add(d, e), KHALDUN_OK);
	return e;
}

typedef struct {
	const dict_entry *seen[16];
	int n;
} found;

static void collect(void *ctx, const dict_entry *e)
{
	found *f = ctx;
	if (f->n < 16)
		f->seen[f->n++] = e;
}

static int seen(const found *f, const dict_entry *e)
{
	for (int i = 0; i < f->n; i++)
		if (f->seen[i] == e)
			return 1;
	return 0;
}

/* Entries are found by any token their first word is a prefix of (stems), and only those. */
static void test_build_and_look_up(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	dict_pel united[2] = { word("UNITED", 1), word("NATIONS", 1) };
	dict_pel unit[1] = { word("UNIT", 0) };
	dict_pel gondor[1] = { word("GONDOR", 1) };
	dict_entry *un = add(d, ENT_ACTOR, united, 2, 1);
	dict_entry *stem = add(d, ENT_NOUN, unit, 1, 2);
	dict_entry *gon = add(d, ENT_ACTOR, gondor, 1, 3);
	CHECK_INT(un->seq, 0);
	CHECK_INT(gon->seq, 2);
	CHECK_INT(un->nchars, dict_seq_chars(united, 2));
	CHECK_INT(un->words.n, 2);
	CHECK_STR(un->words.e[1].text, "NATIONS");
	found f = { .n = 0 };
	dict_candidates(d, "UNITED", 6, collect, &f);
	CHECK_INT(f.n, 2);
	CHECK(seen(&f, un) && seen(&f, stem));
	f.n = 0;
	dict_candidates(d, "UNITS", 5, collect, &f);
	CHECK_INT(f.n, 1);
	CHECK(seen(&f, stem));
	f.n = 0;
	dict_candidates(d, "MORDOR", 6, collect, &f);
	CHECK_INT(f.n, 0);
	/* a phrase must begin with a word */
	dict_pel star = { .kind = PEL_VERB };
	dict_origin at = { "model.test", 9, "*" };
	dict_entry *bad = dict_entry_new(d, ENT_VERB, &star, 1, &at);
	CHECK_INT(dict_entry_add(d, bad), KHALDUN_ERR_FORMAT);
	khaldun_dict_free(d);
}

static dict_pattern pattern(const char *w, int line)
{
	dict_pattern p;
	memset(&p, 0, sizeof p);
	static dict_pel words[8];
	static int nw;
	words[nw] = word(w, 1);
	p.lower.e = &words[nw++];
	p.lower.n = 1;
	p.length = dict_seq_chars(p.lower.e, 1);
	p.at.line = line;
	return p;
}

/* A root's patterns end longest first, equal lengths in file order; the pattern loop's
 * rules: a full match ends the search, a shorter one lets only longer patterns try. */
static void test_pattern_order(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	dict_verb_root *root = calloc(1, sizeof *root);
	dict_verb_build vb = { 0 };
	dict_verb_begin(d, &vb, root);
	dict_pattern a = pattern("TO", 10), b = pattern("AGAINST", 11), c = pattern("ON", 12);
	CHECK_INT(dict_verb_add_pattern(&vb, &a), KHALDUN_OK);
	CHECK_INT(dict_verb_add_pattern(&vb, &b), KHALDUN_OK);
	CHECK_INT(dict_verb_add_pattern(&vb, &c), KHALDUN_OK);
	dict_verb_finish(d, &vb);
	free(vb.pats);
	CHECK_INT(root->npats, 3);
	CHECK_INT(root->pats[0].at.line, 11);   /* AGAINST_: the longest */
	CHECK_INT(root->pats[1].at.line, 10);   /* TO_ and ON_: file order */
	CHECK_INT(root->pats[2].at.line, 12);
	CHECK(dict_pattern_order(&root->pats[0], &root->pats[1]) < 0);
	const dict_pattern *p = &root->pats[1];
	CHECK(dict_pattern_match_final(p, dict_pattern_match_length(p, 0)));
	CHECK(!dict_pattern_match_final(p, dict_pattern_match_length(p, -1)));
	CHECK(dict_pattern_tried_after(&root->pats[0], p->length));
	CHECK(!dict_pattern_tried_after(&root->pats[2], p->length));
	int alts = 1;
	CHECK_INT(dict_pattern_least_length(p, &alts), p->length);
	CHECK_INT(alts, 0);
	dict_pel flat[DICT_MAX_FLAT];
	CHECK_INT(dict_pattern_flatten(p, flat), 2);
	CHECK_INT(flat[0].kind, PEL_VERB);
	CHECK_STR(flat[1].text, "TO");
	free(root);
	khaldun_dict_free(d);
}

/* Lookup precedence: longer first, then actor over noun over verb, then load order. */
static void test_entry_precedence(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	dict_pel one[1] = { word("TALKS", 1) };
	dict_pel two[2] = { word("PEACE", 1), word("TALKS", 1) };
	dict_entry *verb = add(d, ENT_VERB, one, 1, 1);
	dict_entry *noun = add(d, ENT_NOUN, one, 1, 2);
	dict_entry *noun2 = add(d, ENT_NOUN, one, 1, 3);
	dict_entry *longer = add(d, ENT_VERB, two, 2, 4);
	CHECK(dict_entry_precedes(noun, verb) && !dict_entry_precedes(verb, noun));
	CHECK(dict_entry_precedes(noun, noun2) && !dict_entry_precedes(noun2, noun));
	CHECK(dict_entry_precedes(longer, noun));
	CHECK(!dict_entry_precedes(noun, noun));
	CHECK(dict_type_rank(ENT_ACTOR) > dict_type_rank(ENT_AGENT));
	CHECK(dict_type_rank(ENT_TIME) > dict_type_rank(ENT_VERB));
	khaldun_dict_free(d);
}

/* Dated codes: restricted ranges first, in order; the open default last. */
static void test_dated_codes(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	const char *a[] = { "ARNGOV" }, *b[] = { "ARNREB" }, *c[] = { "ARN" };
	dict_dated_code v[3] = {
		{ 0, 99999999, CODE_EVENT, 1, c },          /* the default, written first */
		{ 19500101, 19791231, CODE_EVENT, 1, a },
		{ 19750101, 19901231, CODE_EVENT, 1, b },
	};
	const dict_actor_codes *ac = dict_actor_codes_new(d, v, 3);
	CHECK(ac != NULL && ac->n == 3);
	CHECK(dict_dated_open(&ac->v[0]) && !dict_dated_open(&ac->v[1]));
	CHECK_STR(dict_actor_code_on(ac, 19600101)->codes[0], "ARNGOV");
	CHECK_STR(dict_actor_code_on(ac, 19770101)->codes[0], "ARNGOV");   /* first range wins */
	CHECK_STR(dict_actor_code_on(ac, 19850101)->codes[0], "ARNREB");
	CHECK_STR(dict_actor_code_on(ac, 20000101)->codes[0], "ARN");
	CHECK(dict_actor_code_on(NULL, 20000101) == NULL);
	dict_dated_code only = { 19500101, 19591231, CODE_EVENT, 1, a };
	CHECK(dict_actor_code_on(dict_actor_codes_new(d, &only, 1), 20000101) == NULL);
	khaldun_dict_free(d);
}

/* Synsets: found by name, members interned in order. */
static void test_synsets(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	dict_synset *s = dict_synset_add(d, "WEAPON");
	dict_pel gun[1] = { word("GUN", 0) }, bomb[1] = { word("BOMB", 0) };
	CHECK_INT(dict_synset_add_member(d, s, gun, 1), KHALDUN_OK);
	CHECK_INT(dict_synset_add_member(d, s, bomb, 1), KHALDUN_OK);
	const dict_synset *f = dict_synset_find(d, "WEAPON", 6);
	CHECK(f == s);
	CHECK_INT(f->n, 2);
	CHECK_STR(f->members[1].e[0].text, "BOMB");
	CHECK(dict_synset_find(d, "WEAPONS", 7) == NULL);
	khaldun_dict_free(d);
}

/* The word trie: a word's id is the node its bytes reach from the root, the same for every
 * phrase that uses the word; its prefixes are nodes on the way; a first word's node leads to
 * its index slot; every slot lists its phrases' second words by id. */
static uint32_t walk(const khaldun_dict *d, const char *w)
{
	uint32_t node = 0;
	for (; *w; w++)
		if (!(node = dict_trie_child(&d->trie, node, (unsigned char)*w)))
			return 0;
	return node;
}

static void test_word_trie(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	dict_pel un[2] = { word("UNITED", 1), word("NATIONS", 1) };
	dict_pel nat[2] = { word("NATION", 0), word("UNITED", 1) };
	dict_entry *e1 = add(d, ENT_ACTOR, un, 2, 1);
	dict_entry *e2 = add(d, ENT_NOUN, nat, 2, 2);
	CHECK(e1->words.e[1].id != 0 && e2->words.e[1].id != 0);
	CHECK_INT((int)walk(d, "NATIONS"), (int)e1->words.e[1].id);
	CHECK_INT((int)walk(d, "UNITED"), (int)e2->words.e[1].id);
	CHECK(walk(d, "NATION") != 0 && walk(d, "NATION") != walk(d, "NATIONS"));
	CHECK(walk(d, "UNITES") == 0 && walk(d, "X") == 0);
	/* first words: their nodes lead to their slots, whose second words are listed by id */
	uint32_t s = d->trie.slot[walk(d, "UNITED")];
	CHECK(s != 0);
	if (s) {
		const dict_slot *sl = &d->slots[s - 1];
		CHECK_INT((int)sl->n, 1);
		CHECK(sl->v[0] == e1);
		CHECK_INT((int)sl->second[0], (int)walk(d, "NATIONS"));
	}
	CHECK_INT((int)d->trie.slot[walk(d, "UNIT")], 0);   /* a prefix, no key */
	/* ids survive the index growing (thousands of keys) */
	static char keys[5000][8];
	for (int i = 0; i < 5000; i++) {
		snprintf(keys[i], sizeof keys[i], "K%d", i);
		dict_pel k[1] = { word(keys[i], 1) };
		add(d, ENT_NOUN, k, 1, 10 + i);
	}
	s = d->trie.slot[walk(d, "UNITED")];
	CHECK(s != 0 && d->slots[s - 1].v[0] == e1);
	s = d->trie.slot[walk(d, "K4321")];
	CHECK(s != 0 && d->slots[s - 1].v[0]->at.line == 10 + 4321);
	khaldun_dict_free(d);
}

/* The trie's edges are placed by their prefix's hash (dict_trie_place of dict_trie_roll):
 * growing the table twice past 8,192 and 16,384 edges rehashes them by the nodes' stored
 * hashes, and every word keeps its id, found again by a walk and by dict_trie_step. */
static void test_trie_grows(void)
{
	dict_trie t;
	memset(&t, 0, sizeof t);
	static uint32_t id[20000];
	char w[16];
	for (int i = 0; i < 20000; i++) {
		int n = snprintf(w, sizeof w, "W%d", i * 7);
		id[i] = dict_trie_add(&t, w, (size_t)n);
	}
	CHECK(t.nedges > 16384 && t.ecap > 32768);
	int bad = 0;
	for (int i = 0; i < 20000; i++) {
		int n = snprintf(w, sizeof w, "W%d", i * 7);
		uint32_t node = 0;
		for (int k = 0; k < n && (node || !k); k++)
			node = dict_trie_child(&t, node, (unsigned char)w[k]);
		bad += !id[i] || node != id[i] || dict_trie_add(&t, w, (size_t)n) != id[i];
	}
	CHECK_INT(bad, 0);
	uint32_t nodes = t.nnodes, wn = dict_trie_child(&t, 0, 'W');
	uint32_t h = dict_trie_roll(DICT_TRIE_SEED, 'W');
	CHECK(dict_trie_step(&t, 0, 'W', h) == wn);
	CHECK(dict_trie_step(&t, wn, '7', dict_trie_roll(h, '7')) == id[1]);   /* "W7" */
	CHECK_INT((int)t.nnodes, (int)nodes);   /* nothing added */
	CHECK_INT((int)dict_trie_child(&t, wn, 'X'), 0);
	dict_trie_free(&t);
}

/* dict_word, which upper-cases and compares eight bytes at a time: every byte value at every
 * place of words of 1 to 70 bytes comes back upper-cased as toupper in the C locale would,
 * the same word in other cases gives the same interned text and id, and a word differing
 * only in its last byte does not. */
static void test_word_intern(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	char w[80], want[80], other[80];
	for (int n = 1; n <= 70; n++) {
		for (int b = 1; b < 256; b += 7) {
			for (int i = 0; i < n; i++) {
				unsigned char c = (unsigned char)(i == n / 2 ? b : 'a' + (i * 5 + b) % 26);
				w[i] = (char)c;
				want[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
				other[i] = want[i];
			}
			w[n] = want[n] = 0;
			other[n - 1] = other[n - 1] == 'Q' ? 'R' : 'Q';
			uint32_t id1 = 0, id2 = 0, id3 = 0;
			const char *a = dict_word(d, w, (size_t)n, (uint16_t)n, &id1);
			const char *b2 = dict_word(d, want, (size_t)n, (uint16_t)n, &id2);
			const char *c3 = dict_word(d, other, (size_t)n, (uint16_t)n, &id3);
			CHECK(a && b2 && c3);
			if (!a || !b2 || !c3)
				continue;
			CHECK(!memcmp(a, want, (size_t)n) && a[n] == 0);
			CHECK(!memcmp(b2, want, (size_t)n));
			CHECK_INT(id1, id2);
			CHECK(id1 != id3);
			CHECK(memcmp(c3, want, (size_t)n) != 0);
		}
	}
	dict_finish(d);
	khaldun_dict_free(d);
}

/* dict_strndup_upper upper-cases eight bytes at a time: every byte value at every place of
 * copies of 0-40 bytes, against toupper in the C locale, the padding up to 16 bytes zero. */
static void test_strndup_upper(void)
{
	khaldun_dict *d = dict_new(NULL, NULL);
	char w[48];
	for (int n = 0; n <= 40; n++) {
		for (int b = 1; b < 256; b += 3) {
			for (int i = 0; i < n; i++)
				w[i] = (char)(i % 5 == b % 5 ? b : 'a' + (i * 7 + b) % 26);
			const char *c = dict_strndup_upper(d, w, (size_t)n);
			CHECK(c != NULL);
			if (!c)
				continue;
			int ok = 1;
			for (int i = 0; i < n; i++) {
				unsigned char x = (unsigned char)w[i];
				ok &= (unsigned char)c[i] == (x >= 'a' && x <= 'z' ? x - 32 : x);
			}
			for (int i = n; i < ((n + 16) & ~15); i++)
				ok &= c[i] == 0;
			CHECK(ok);
		}
	}
	khaldun_dict_free(d);
}

TEST_MAIN(T(test_build_and_look_up), T(test_word_trie), T(test_word_intern),
	  T(test_strndup_upper),
	  T(test_trie_grows), T(test_pattern_order), T(test_entry_precedence),
	  T(test_dated_codes), T(test_synsets))
