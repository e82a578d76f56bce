/* test_coder_stages.c - the coder's stages one at a time on a small dictionary written by the
 * test: tokens.c (folding, punctuation, numbers, spans), match.c (the longest phrase wins, an
 * actor's code by date, an agent attached), pattern.c (a pattern around the verb binds its
 * source and target; a missing word fails fast; the fast rejects never reject a match), and
 * event.c / clause.c through the public call. Each stage is run as khaldun_code_sentence runs it. */
#include "check.h"
#include "coder/sent.h"
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/khaldun-stages-XXXXXX";
static khaldun_dict *dict;
static khaldun_coder *coder;

static void write_file(const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	CHECK(fp != NULL);
	if (fp) {
		fputs(text, fp);
		fclose(fp);
	}
}

static const char *const key_words[22] = {
	"ALPHA", "BRAVO", "CHARL", "DELTA", "ECHOS", "FOXTR", "GOLFS", "HOTEL", "INDIA", "JULIE",
	"KILOS", "LIMAS", "MIKES", "NOVEM", "OSCAR", "PAPAS", "QUEBE", "ROMEO", "SIERR", "TANGO",
	"UNIFO", "VICTO" };
static const char *const key_codes[22] = {
	"010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022",
	"023", "024", "025", "026", "027", "028", "031", "032", "033" };

static void setup(void)
{
	CHECK(mkdtemp(dir) != NULL);
	write_file("t.actors", "ARNOR [ARN]\nGONDOR [GON]\n"
			       "KING_OF_GONDOR [GONGOV]\n"
			       "MORDOR [MOR 950101-991231] [MORGOV]\n");
	write_file("t.agents", "SOLDIERS [~MIL]\n");
	/* ACCEPT: 22 patterns of one length, each keyed by its own word (test_pattern_keys) */
	char verbs[2048] = "RESTORE [064]\n- * TIES WITH + [064]\n- * RELATIONS [063]\n"
			   "ATTACK [190]\nACCEPT [030]\n";
	for (int k = 0; k < 22; k++)
		snprintf(verbs + strlen(verbs), sizeof verbs - strlen(verbs), "- * %s + [%s]\n",
			 key_words[k], key_codes[k]);
	write_file("t.verbs", verbs);
	write_file("t.options", "SET: MINIMUM WORDS = 3\n");
	write_file("t.project", "<actorfile> t.actors\n<agentfile> t.agents\n"
				"<verbfile> t.verbs\n<optionsfile> t.options\n");
	char project[256];
	snprintf(project, sizeof project, "%s/t.project", dir);
	CHECK_INT(khaldun_dict_load(&dict, project, NULL, NULL), KHALDUN_OK);
	CHECK_INT(khaldun_dict_errors(dict), 0);
	if (!dict || khaldun_coder_new(&coder, dict) != KHALDUN_OK)
		coder = NULL;
	CHECK(coder != NULL);
}

/* A sentence as khaldun_code_sentence starts it: fresh scratch, tokens. */
static coder_sent *begin(const char *text, long date)
{
	arena_reset(&coder->scratch);
	coder->nevents = 0;
	coder_sent *S = arena_alloc(&coder->scratch, sizeof *S);
	S->c = coder;
	S->d = dict;
	S->date = date;
	S->outcome = KHALDUN_CODED;
	tok_tokenize(S, text, strlen(text));
	return S;
}

static const char *span(coder_sent *S, int i)
{
	static char b[128];
	snprintf(b, sizeof b, "%.*s", S->t[i].olen, coder->sentence.p + S->t[i].ostart);
	return b;
}

static void test_tokenize(void)
{
	coder_sent *S = begin("Arnor’s king, in 1,500 words: \"U.N. talks\" (resumed).", 19950101);
	static const char *want[] = { "ARNOR'S", "KING", ",", "IN", "1500", "WORDS", "\"", "U.N.",
				      "TALKS", "\"", "RESUMED" };
	CHECK_INT(S->nt, 11);
	for (int i = 0; i < S->nt && i < 11; i++)
		CHECK_STR(S->t[i].s, want[i]);
	CHECK_INT(S->t[2].cls, C_COMMA);
	CHECK_INT(S->t[4].cls, C_NUMBER);
	CHECK_INT(S->t[6].cls, C_QUOTE);
	CHECK_INT(S->t[0].cap, 1);
	CHECK_INT(S->t[1].cap, 0);
	CHECK_STR(span(S, 0), "Arnor's");   /* folded: the curly apostrophe is plain */
	CHECK_STR(span(S, 4), "1,500");
	CHECK_INT(S->allcaps, 0);
	CHECK_INT(S->nonprinting, 0);
	/* a word longer than MAX_WORD is cut there, the rest a word of its own; a special byte
	 * right at the cut */
	char longw[96];
	memset(longw, 'a', 70);
	strcpy(longw + 70, " x");
	S = begin(longw, 19950101);
	CHECK_INT(S->nt, 3);
	CHECK_INT(S->t[0].n, MAX_WORD);
	CHECK_INT(S->t[1].n, 70 - MAX_WORD);
	memset(longw, 'b', MAX_WORD - 1);
	strcpy(longw + MAX_WORD - 1, "&Co 2,500.");
	S = begin(longw, 19950101);
	CHECK_INT(S->nt, 3);
	CHECK_INT(S->t[0].n, MAX_WORD);
	CHECK_STR(S->t[1].s, "CO");
	CHECK_STR(S->t[2].s, "2500.");   /* a period after a digit stays */
	S = begin("ARNOR\001 ATTACKS", 19950101);
	CHECK_INT(S->allcaps, 1);
	CHECK_INT(S->nonprinting, 1);
	CHECK_INT(S->nt, 2);
}

static void lookup(coder_sent *S)
{
	match_lookup(S);
	match_resolve_actors(S);
	match_attach_agents(S);
	match_mark_nouns(S);
}

/* The longest phrase wins; its other words become its literal tail; codes by date. */
static void test_match_actor(void)
{
	coder_sent *S = begin("The King of Gondor will attack Mordor soon", 19960101);
	lookup(S);
	CHECK_INT(S->t[1].type, TY_ACTOR);
	CHECK_STR(S->t[1].ent->at.text, "KING_OF_GONDOR [GONGOV]");
	CHECK_INT(S->t[1].end, 3);
	CHECK_INT(S->t[2].type, TY_LIT);
	CHECK_INT(S->t[3].head, 1);
	CHECK_INT(S->na, 2);
	CHECK_STR(S->a[0].codes[0], "GONGOV");
	CHECK_INT(S->t[5].type, TY_VERB);
	CHECK_STR(S->a[1].codes[0], "MOR");         /* inside 950101-991231 */
	S = begin("The King of Gondor will attack Mordor soon", 20050101);
	lookup(S);
	CHECK_STR(S->a[1].codes[0], "MORGOV");      /* the default after it */
	/* an agent after an actor attaches to it */
	S = begin("Arnor soldiers attack Gondor", 19960101);
	lookup(S);
	CHECK_INT(S->na, 2);
	CHECK_STR(S->a[0].codes[0], "ARNMIL");
	CHECK_INT(S->t[1].type, TY_LIT);
	/* a verb after THE is a noun */
	S = begin("Arnor saw the attack on Gondor", 19960101);
	lookup(S);
	CHECK_INT(S->t[3].type, TY_NOUN);
}

static const dict_verb_root *root_of(coder_sent *S, int v)
{
	return S->t[v].type == TY_VERB ? S->t[v].ent->verb : NULL;
}

/* A pattern around the verb: "* TIES WITH +" binds the target after WITH. */
static void test_match_pattern(void)
{
	coder_sent *S = begin("Arnor will restore full ties with Gondor", 19960101);
	lookup(S);
	const dict_verb_root *vr = root_of(S, 2);
	CHECK(vr != NULL);
	if (!vr)
		return;
	CHECK_INT(vr->npats, 2);
	const dict_pattern *ties = NULL, *rel = NULL;
	for (int i = 0; i < vr->npats; i++) {
		if (vr->pats[i].code.a && !strcmp(vr->pats[i].code.a, "064"))
			ties = &vr->pats[i];
		else
			rel = &vr->pats[i];
	}
	/* RELATIONS counts 9 characters, TIES WITH 8: the longer is tried first */
	CHECK(ties && rel && rel == &vr->pats[0]);
	coder_match m;
	CHECK_INT(pat_try(S, ties, 2, S->t[2].end, 0, S->nt, &m), 1);
	CHECK_INT(m.tgt, 1);
	CHECK_INT(S->a[m.tgt].pos, 6);
	CHECK_INT(m.src, -1);
	CHECK_INT(pat_try(S, rel, 2, S->t[2].end, 0, S->nt, &m), 0);
	/* the clause ends before GONDOR: the target cannot be bound */
	CHECK_INT(pat_try(S, ties, 2, S->t[2].end, 0, 6, &m), 0);
}

/* The fast rejects (match_word's first bytes, the per-range maps, the patterns' word bits)
 * never reject a word that match_word would accept: stems, endings, a dropped final E. */
static void test_prefilters(void)
{
	coder_sent *S = begin("Deploring deplored ties A Gondor's Kings", 19960101);
	static const struct { const char *w; int exact, endings, tok; } cases[] = {
		{ "DEPLORE", 1, 2, 0 }, { "DEPLORE", 1, 2, 1 }, { "DEPLOR", 0, 0, 0 },
		{ "TIES", 1, 0, 2 }, { "TIE", 0, 0, 2 }, { "A", 1, 0, 3 }, { "GONDOR", 1, 1, 4 },
		{ "K", 0, 0, 5 }, { "KING", 1, 1, 5 },
	};
	const coder_seen *all = pat_seen(S, 2, 0, S->nt);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		dict_pel e = { PEL_WORD, (uint8_t)cases[i].exact, 0, 0,
			       (uint16_t)strlen(cases[i].w), cases[i].w, NULL, 0, 0, 0 };
		const coder_tok *t = &S->t[cases[i].tok];
		CHECK(match_word(&e, t, cases[i].endings));
		CHECK(pat_seen_may(all, &e));
		CHECK(all->bits & dict_word_bit(e.text, e.len));
		/* the token's own range: its first bytes and its bits */
		const coder_seen *one = pat_seen(S, 0, cases[i].tok, cases[i].tok + 1);
		CHECK(pat_seen_may(one, &e));
		CHECK(one->bits & dict_word_bit(e.text, e.len));
	}
	/* and they do reject: no token starts with GO... before token 4, none with X at all */
	dict_pel go = { PEL_WORD, 0, 0, 0, 2, "GO", NULL, 0, 0, 0 };
	dict_pel x = { PEL_WORD, 0, 0, 0, 1, "X", NULL, 0, 0, 0 };
	CHECK(!pat_seen_may(pat_seen(S, 1, 0, 4), &go));
	CHECK(pat_seen_may(pat_seen(S, 1, 0, 5), &go));
	CHECK(!pat_seen_may(all, &x));
	CHECK(!match_word(&go, &S->t[2], 0));
}

/* The word trie's stamps: after the lookup, a dictionary word is present exactly when it is
 * a prefix of a token (or drops its final E before a token's ING). */
static uint32_t word_id(const char *w)
{
	uint32_t node = 0;
	for (; *w; w++)
		if (!(node = dict_trie_child(&dict->trie, node, (unsigned char)*w)))
			return 0;
	return node;
}

static void test_stamps(void)
{
	coder_sent *S = begin("Restoring ties with Arnor", 19960101);
	match_lookup(S);
	static const struct { const char *w; int present; } cases[] = {
		{ "RESTORE", 1 }, { "TIES", 1 }, { "WITH", 1 }, { "ARNOR", 1 }, { "GONDOR", 0 },
		{ "RELATIONS", 0 }, { "OF", 0 }, { "KING", 0 }, { "ATTACK", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		uint32_t id = word_id(cases[i].w);
		CHECK(id != 0);
		if (sent_may_have_id(S, id) != cases[i].present)
			printf("  %s: present %d, expected %d\n", cases[i].w, !cases[i].present,
			       cases[i].present);
		CHECK_INT(sent_may_have_id(S, id), cases[i].present);
	}
	CHECK(S->t[3].ent != NULL && S->t[3].type == TY_ACTOR);   /* ARNOR found by its key */
	/* the next sentence starts from no stamps */
	S = begin("Gondor", 19960101);
	match_lookup(S);
	CHECK(sent_may_have_id(S, word_id("GONDOR")) && !sent_may_have_id(S, word_id("ARNOR")));
}

/* Kept words (coder_wword): a word walked before stamps the same nodes and finds the same
 * phrases without the trie, and words of one sentence that are more than a set holds are each
 * walked as themselves (a later one takes an earlier one's slot; the earlier is checked
 * against it). */
static void test_kept_words(void)
{
	/* WWORD_WAYS words of six letters whose set is ARNOR's */
	char arnor[32] = "ARNOR", other[WWORD_WAYS][32];
	int nother = 0;
	coder_tok t;
	memset(&t, 0, sizeof t);
	uint64_t a, b;
	t.s = arnor;
	t.n = 5;
	uint32_t want = wword_key(&t, &a, &b);
	for (int k = 0; k < 26 * 26 * 26 * 26 && nother < WWORD_WAYS; k++) {
		char w[32] = "QQ";
		snprintf(w + 2, sizeof w - 2, "%c%c%c", 'A' + k % 26, 'A' + k / 26 % 26,
			 'A' + k / 676 % 26);
		w[5] = (char)('A' + k / 17576);
		w[6] = 0;
		t.s = w;
		t.n = 6;
		if (wword_key(&t, &a, &b) == want)
			strcpy(other[nother++], w);
	}
	CHECK_INT(nother, WWORD_WAYS);
	char others[WWORD_WAYS * 8] = "";
	for (int k = 0; k < nother; k++)
		snprintf(others + strlen(others), sizeof others - strlen(others), "%s ", other[k]);
	for (int round = 0; round < 3; round++) {
		for (int order = 0; order < 3; order++) {
			/* 0: no other; 1: the set full before ARNOR; 2: ARNOR, then the set's others */
			char text[128];
			if (order == 0)
				snprintf(text, sizeof text, "Arnor restoring Gondor");
			else if (order == 1)
				snprintf(text, sizeof text, "%srestoring Arnor", others);
			else
				snprintf(text, sizeof text, "Arnor %srestoring", others);
			coder_sent *S = begin(text, 19960101);
			match_lookup(S);
			int ia = order == 1 ? nother + 1 : 0;
			CHECK_STR(S->t[ia].s, "ARNOR");
			CHECK(S->t[ia].ent != NULL && S->t[ia].type == TY_ACTOR);
			CHECK(sent_may_have_id(S, word_id("ARNOR")));
			CHECK(sent_may_have_id(S, word_id("RESTORE")));   /* RESTORING's E */
			CHECK_INT(sent_may_have_id(S, word_id("GONDOR")), order == 0);
			CHECK(!sent_may_have_id(S, word_id("ATTACK")));
		}
	}
}

/* match_ending_ok against the endings as lists: every string of up to four of the bytes
 * that occur in them (and one that does not), noun and verb, after a stem ending in E or not */
static void test_endings(void)
{
	static const char *noun[] = { "S", "'S", "ES", "'", "S'", NULL };
	static const char *verb[] = { "S", "ED", "ES", "EN", "ING", NULL };
	static const char bytes[] = "SEDNIG'X";
	int bad = 0;
	for (int n = 0; n <= 4; n++) {
		int total = 1;
		for (int k = 0; k < n; k++)
			total *= 8;
		for (int x = 0; x < total; x++) {
			char rest[8] = "";
			for (int k = 0, v = x; k < n; k++, v /= 8)
				rest[k] = bytes[v % 8];
			for (int verbish = 0; verbish < 2; verbish++)
				for (int e = 0; e < 2; e++) {
					int want = 0;
					for (const char **l = verbish ? verb : noun; *l; l++)
						want |= (int)strlen(*l) == n && !memcmp(rest, *l, (size_t)n);
					want |= verbish && e && n == 1 && (rest[0] == 'D' || rest[0] == 'N');
					bad += match_ending_ok(rest, n, verbish, e ? 'E' : 'T') != want;
				}
		}
	}
	CHECK_INT(bad, 0);
}

/* A root's patterns passed over by their keys (eight at a time where the processor can):
 * each of ACCEPT's 22 patterns, alone or after earlier ones' words that do not follow the
 * verb, is the one chosen. */
static void test_pattern_keys(void)
{
	for (int k = 0; k < 22; k++)
		for (int before = 0; before < 2; before++) {
			char text[128];
			snprintf(text, sizeof text, "%s%sArnor accepted %s Gondor",
				 before ? key_words[(k + 7) % 22] : "", before ? " and " : "",
				 key_words[k]);
			const khaldun_result *r;
			CHECK_INT(khaldun_code_sentence(coder, text, strlen(text), 19960101, "k", &r),
				  KHALDUN_OK);
			int found = 0;
			for (size_t e = 0; e < r->n_events; e++)
				found |= !strcmp(r->events[e].code, key_codes[k]) &&
					 !strcmp(r->events[e].target, "GON");
			if (!found)
				printf("  %s: no event %s\n", text, key_codes[k]);
			CHECK(found);
		}
}

/* The stages together, through the public call: the pattern's event, with its evidence. */
static void code_sentence(void)
{
	const khaldun_result *r;
	CHECK_INT(khaldun_code_sentence(coder, "Arnor will restore full ties with Gondor", 40,
					19960101, "s1", &r), KHALDUN_OK);
	CHECK_INT(r->outcome, KHALDUN_CODED);
	CHECK_INT(r->n_events, 1);
	if (r->n_events) {
		CHECK_STR(r->events[0].source, "ARN");
		CHECK_STR(r->events[0].target, "GON");
		CHECK_STR(r->events[0].code, "064");
		CHECK_INT(r->events[0].pattern.line, 2);
		CHECK_STR(r->events[0].verb_text, "restore");
	}
	CHECK_INT(khaldun_code_sentence(coder, "Arnor attacks", 13, 19960101, "s2", &r),
		  KHALDUN_OK);
	CHECK_INT(r->outcome, KHALDUN_TOO_SHORT);
}

/* ... and the same when a first word found no room in the word trie (trie.lost): the lookup
 * then goes by the index's hash of each prefix. */
static void test_code_sentence(void)
{
	code_sentence();
	dict->trie.lost = 1;
	code_sentence();
	dict->trie.lost = 0;
}

static void teardown(void)
{
	khaldun_coder_free(coder);
	khaldun_dict_free(dict);
	static const char *names[] = { "t.actors", "t.agents", "t.verbs", "t.options", "t.project" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char path[256];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		remove(path);
	}
	rmdir(dir);
}

TEST_MAIN(T(setup), T(test_tokenize), T(test_match_actor), T(test_match_pattern),
	  T(test_prefilters), T(test_stamps), T(test_kept_words), T(test_endings), T(test_pattern_keys),
	  T(test_code_sentence), T(teardown))
