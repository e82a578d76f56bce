/* test_parse.c - the tagger/parser layer: the tokeniser, the perceptron table, training a
 * tiny model on sentences of our own and getting its trees back, well-formed trees on any
 * input, model files (round trip, truncated, foreign) and the CoNLL-U reader's messages. */
#include "check.h"
#include "khaldun.h"
#include "parse/conllu.h"
#include "parse/parse.h"
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static void toks(int line, const char *text, const char *want)
{
	khaldun_parse_token t[64];
	size_t n = khaldun_tokenize(text, strlen(text), t, 64);
	char got[512] = "";
	for (size_t i = 0; i < n && i < 64; i++) {
		if (t[i].form < text || t[i].form + t[i].len > text + strlen(text) || !t[i].len)
			strcat(got, "<BAD VIEW>");
		strncat(got, t[i].form, t[i].len);
		if (i + 1 < n)
			strcat(got, "|");
	}
	if (strcmp(got, want)) {
		check_failures++;
		fprintf(stderr, "%s:%d: tokens of \"%s\": expected %s, got %s\n", __FILE__, line,
			text, want, got);
	}
}

static void test_tokenize(void)
{
	toks(__LINE__, "Don't stop.", "Do|n't|stop|.");
	toks(__LINE__, "U.S. officials said $5 million, 10% more.",
	     "U.S.|officials|said|$|5|million|,|10|%|more|.");
	toks(__LINE__, "Mr. Smith's car (a red one) won't start!",
	     "Mr.|Smith|'s|car|(|a|red|one|)|wo|n't|start|!");
	toks(__LINE__, "\"We're ready,\" he said.", "\"|We|'re|ready|,|\"|he|said|.");
	toks(__LINE__, "See https://example.org/a.html now.", "See|https://example.org/a.html|now|.");
	toks(__LINE__, "1,500.5 pro-government troops left...", "1,500.5|pro-government|troops|left|...");
	toks(__LINE__, "They met in the U.S.", "They|met|in|the|U.S.");
	toks(__LINE__, "", "");
	toks(__LINE__, "' \" ( ) .", "'|\"|(|)|.");
	toks(__LINE__, "form\ffeed\vtab\tline\r\nend", "form|feed|tab|line|end");
	khaldun_parse_token t[2];
	CHECK_INT(khaldun_tokenize("a b c d", 7, t, 2), 4);   /* counts past max, stores max */
}

static void test_percep(void)
{
	percep p;
	CHECK(percep_init(&p, 3) == 0);
	uint64_t k[2] = { 11, 22 };
	for (int i = 0; i < 5; i++)
		CHECK(percep_update(&p, k, 2, 2, 0) == 0);
	float s[3] = { 0 };
	percep_score(&p, k, 2, s);
	CHECK(s[2] > s[0] && s[2] > s[1]);
	CHECK(percep_finish(&p, 0) == 0);
	float a[3] = { 0 };
	percep_score(&p, k, 2, a);
	CHECK(a[2] > 0 && a[0] < 0 && a[1] == 0);
	CHECK_INT(percep_features(&p), 2);
	percep_free(&p);
}

/* The packed table a model file loads into scores the exact integer sums of its (quantised)
 * weights, times the scale, and so agrees with the frozen table with the same weights but
 * for the float rounding of the latter's sums: short inline rows, longer sparse rows and
 * dense rows, found and absent keys alike; 500 features in 256 buckets of 4, so that some
 * buckets overflow into the next. Scoring only some blocks of classes (one, the other, both
 * side by side) keeps the wanted classes exact; the same after percep_pack_near.
 * percep_best picks the class the exact scores pick, over every class and random subsets,
 * both when the dense rows' high bytes decide and when their low bytes are read. */
static void test_packed(void)
{
	enum { NC = 21, NF = 500 };
	percep f, pk;
	uint64_t keys[NF + 50], k32[NF + 50];   /* feature hashes; their 32-bit keys */
	uint64_t r = 88172645463325252ULL;
	static int32_t wt[NF + 50][NC];   /* the integer weight of (feature, class); 0 if none */
	memset(wt, 0, sizeof wt);
	CHECK(percep_init_frozen(&f, NC, NF, NF * NC) == 0);
	CHECK(percep_init_packed(&pk, NC, NF, NF * NC, NF, 0.01f) == 0);
	size_t off = 0;
	for (size_t i = 0; i < NF + 50; i++) {
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		keys[i] = r | 1;
		k32[i] = percep_key32(keys[i]);
		if (i >= NF)
			continue;   /* absent keys */
		uint8_t cls[NC];
		int16_t w[NC];
		size_t n = 1 + i % NC;   /* every row length, inline, sparse and dense */
		for (size_t j = 0; j < n; j++) {
			cls[j] = (uint8_t)((j * 5 + i) % NC);
			w[j] = (int16_t)((int)(r >> (j % 40)) % 30000);
			f.e[off + j].cls = cls[j];
			f.e[off + j].w = (float)w[j] * 0.01f;
			wt[i][cls[j]] = w[j];
		}
		/* f scores the 32-bit keys as hashes: its keys are their 64-bit keys */
		CHECK(percep_add_row(&f, percep_mix_end(k32[i]), off, n) == 0);
		CHECK(percep_add_packed(&pk, (uint32_t)k32[i], cls, w, n) == 0);
		off += n;
	}
	uint8_t c0 = 0, cbad = NC;
	int16_t w0 = 1;
	CHECK(percep_add_packed(&pk, (uint32_t)k32[0], &c0, &w0, 1) == -1);    /* already there */
	CHECK(percep_add_packed(&pk, (uint32_t)k32[NF], &cbad, &w0, 1) == -1); /* bad class */
	int lows[2] = { 0, 0 };
	for (int near = 0; near < 2; near++) {
		if (near) {   /* the same sums once the sparse rows that fit sit in their buckets */
			percep_pack_near(&pk);
			CHECK(percep_add_packed(&pk, (uint32_t)k32[NF], &c0, &w0, 1) == -1);
			size_t moved = 0, in = (size_t)((const char *)pk.pb - (const char *)pk.pe) / 4;
			for (size_t b = 0; b < (pk.mask + 1) / 4; b++)
				for (size_t s = 0; s < 4; s++)
					moved += pk.pb[b].key[s] && pk.pb[b].slot[s].u.r.kind == PERCEP_SPARSE &&
						 pk.pb[b].slot[s].u.r.off >= in;
			CHECK(moved > 0);
		}
		for (size_t start = 0; start + 70 <= NF + 50; start += 37) {
			float a[PERCEP_ROOM(NC)] = { 0 }, b[PERCEP_ROOM(NC)] = { 0 };
			percep_score(&f, k32 + start, 70, a);
			percep_score(&pk, keys + start, 70, b);
			int bad = 0;
			for (size_t c = 0; c < NC; c++) {
				int64_t sum = 0;
				for (size_t i = start; i < start + 70; i++)
					sum += wt[i][c];
				bad += b[c] != (float)sum * 0.01f;
				bad += fabsf(a[c] - b[c]) > 1e-3f * (1 + fabsf(b[c]));
			}
			CHECK_INT(bad, 0);
			unsigned char ok[PERCEP_ROOM(NC)] = { 0 };
			for (int t = 0; t < 6; t++) {
				r ^= r << 13, r ^= r >> 7, r ^= r << 17;
				for (size_t c = 0; c < NC; c++)
					ok[c] = t == 0 || (r >> c & 1);
				int low = -1, got = percep_best(&pk, keys + start, 70, ok, 3, &low);
				bad += got != percep_argmax(b, ok, NC) || low < 0;
				lows[low > 0]++;
				bad += percep_best(&f, k32 + start, 70, ok, 3, NULL) != percep_argmax(a, ok, NC);
			}
			CHECK_INT(bad, 0);
			for (uint64_t blocks = 1; blocks <= 3; blocks++) {
				float c[PERCEP_ROOM(NC)] = { 0 };
				percep_score_some(&pk, keys + start, 70, c, blocks);
				for (size_t k = 0; k < NC; k++)
					bad += (blocks >> (k / PERCEP_BLOCK) & 1) && c[k] != b[k];
			}
			CHECK_INT(bad, 0);
		}
	}
	CHECK(lows[0] > 0 && lows[1] > 0);   /* both paths taken */
	CHECK_INT(percep_features(&pk), NF);
	percep_free(&f);
	percep_free(&pk);
}

/* percep_best at its edges, on dense rows of 20 classes (w = 256 q + r): the high bytes
 * decide when the best class's lead is more than 255 a dense row, by one (1536 against 1535
 * with one row), and not otherwise; the first of equal scores wins, exact ties and ties of
 * the high bytes alike, negative weights included. */
static void test_best(void)
{
	enum { NC = 20, NF = 6 };
	static const int16_t at3[NF] = { 5000, 1280, 0, 1536, 0, -300 },
			     at7[NF] = { 5000, 1480, 0, 1535, 255, -301 },
			     rest[NF] = { -1000, -2000, 1, -2000, -2000, -3000 };
	percep pk;
	CHECK(percep_init_packed(&pk, NC, NF, 0, NF, 0.5f) == 0);
	uint64_t keys[NF];
	for (size_t i = 0; i < NF; i++) {
		uint8_t cls[NC];
		int16_t w[NC];
		for (size_t c = 0; c < NC; c++)   /* row 2: 0 but for classes 10-19 */
			cls[c] = (uint8_t)c, w[c] = c == 3 ? at3[i] : c == 7 ? at7[i] :
				  i == 2 && c < 10 ? 0 : rest[i];
		keys[i] = (uint64_t)(0x1000 + i * 77) << 32;
		CHECK(percep_add_packed(&pk, percep_key32(keys[i]), cls, w, NC) == 0);
	}
	percep_pack_near(&pk);
	static const struct { uint64_t k0, nk; int skip3, best, low; } CASES[] = {
		{ 0, 1, 0, 3, 1 },   /* 5000 and 5000: a tie, the first wins */
		{ 0, 1, 1, 7, 0 },   /* the same without class 3: 7 leads by 6000 */
		{ 1, 1, 0, 7, 1 },   /* high bytes equal (5), the low ones decide: 200 > 0 */
		{ 3, 1, 0, 3, 0 },   /* 6 x 256 against 5 x 256 + 255: decided, by one */
		{ 2, 2, 0, 3, 1 },   /* the same with a second dense row: 255 x 2 more room */
		{ 3, 2, 0, 7, 1 },   /* 1536 + 0 against 1535 + 255: the low bytes win */
		{ 5, 1, 0, 3, 1 },   /* -300 and -301: both high bytes -2 */
	};
	for (size_t t = 0; t < sizeof CASES / sizeof CASES[0]; t++) {
		unsigned char ok[PERCEP_ROOM(NC)] = { 0 };
		memset(ok, 1, NC);
		ok[3] = !CASES[t].skip3;
		float sc[PERCEP_ROOM(NC)] = { 0 };
		int low = -1;
		percep_score(&pk, keys + CASES[t].k0, CASES[t].nk, sc);
		CHECK_INT(percep_best(&pk, keys + CASES[t].k0, CASES[t].nk, ok, 3, &low),
			  CASES[t].best);
		CHECK_INT(percep_argmax(sc, ok, NC), CASES[t].best);
		CHECK_INT(low, CASES[t].low);
	}
	unsigned char none[PERCEP_ROOM(NC)] = { 0 };
	CHECK_INT(percep_best(&pk, keys, 1, none, 3, NULL), -1);
	percep_free(&pk);
}

/* A tiny treebank of our own: (form, upos, head, label) per word. */
typedef struct { const char *form, *upos; int head; const char *rel; } gw;
static const gw S1[] = { { "Troops", "NOUN", 2, "nsubj" }, { "attacked", "VERB", 0, "root" },
	{ "the", "DET", 4, "det" }, { "village", "NOUN", 2, "obj" }, { ".", "PUNCT", 2, "punct" } };
static const gw S2[] = { { "The", "DET", 2, "det" }, { "minister", "NOUN", 4, "nsubj:pass" },
	{ "was", "AUX", 4, "aux:pass" }, { "killed", "VERB", 0, "root" },
	{ "by", "ADP", 6, "case" }, { "rebels", "NOUN", 4, "obl:agent" }, { ".", "PUNCT", 4, "punct" } };
static const gw S3[] = { { "Rebels", "NOUN", 2, "nsubj" }, { "met", "VERB", 0, "root" },
	{ "in", "ADP", 4, "case" }, { "Istanbul", "PROPN", 2, "obl" }, { ".", "PUNCT", 2, "punct" } };
static const gw *const SENTS[] = { S1, S2, S3 };
static const size_t LENS[] = { 5, 7, 5 };
static const char *LABELS[] = { "nsubj", "root", "det", "obj", "punct", "nsubj:pass",
	"aux:pass", "case", "obl:agent", "obl" };

static int lab(const char *r)
{
	for (int i = 0; i < 10; i++)
		if (!strcmp(LABELS[i], r))
			return i;
	return -1;
}

static void tiny_model(parse_model *m)
{
	memset(m, 0, sizeof *m);
	m->nlabels = 10;
	for (int i = 0; i < 10; i++)
		m->labels[i] = strdup(LABELS[i]);
	m->root_label = 1;
	m->about = strdup("data: three sentences written for this test\n");
	percep_init(&m->tagger, PARSE_NTAGS);
	percep_init(&m->parser, 21);
	for (int ep = 0; ep < 10; ep++)
		for (int s = 0; s < 3; s++) {
			parse_word w[8];
			uint8_t tag[8];
			int head[8], l[8];
			for (size_t i = 0; i < LENS[s]; i++) {
				parse_word_init(&w[i], SENTS[s][i].form, strlen(SENTS[s][i].form));
				tag[i] = (uint8_t)parse_upos_index(SENTS[s][i].upos, strlen(SENTS[s][i].upos));
				head[i] = SENTS[s][i].head;
				l[i] = lab(SENTS[s][i].rel);
			}
			CHECK(parse_projective(head, LENS[s]));
			CHECK(parse_tag_train(&m->tagger, w, tag, LENS[s], NULL) >= 0);
			CHECK(parse_train_sentence(&m->parser, 10, 1, w, tag, LENS[s], head, l, ep > 2) == 0);
		}
	CHECK(percep_finish(&m->tagger, 0) == 0);
	CHECK(percep_finish(&m->parser, 0) == 0);
}

/* Parses the training sentences with m: all must come back exactly. */
static void check_learned(const khaldun_parser *kp)
{
	for (int s = 0; s < 3; s++) {
		khaldun_parse_token t[8] = { { 0 } };
		for (size_t i = 0; i < LENS[s]; i++)
			t[i].form = SENTS[s][i].form, t[i].len = strlen(SENTS[s][i].form);
		CHECK_INT(khaldun_parse_tokens(kp, t, LENS[s]), KHALDUN_OK);
		for (size_t i = 0; i < LENS[s]; i++) {
			CHECK_STR(t[i].upos, SENTS[s][i].upos);
			CHECK_INT(t[i].head, SENTS[s][i].head);
			CHECK_STR(t[i].deprel, SENTS[s][i].rel);
		}
	}
}

static int diags;
static char last_diag[512];
static void count_diag(void *ctx, const khaldun_diag *d)
{
	(void)ctx;
	diags++;
	snprintf(last_diag, sizeof last_diag, "%s:%ld: %s", d->file ? d->file : "", d->line,
		 d->message);
}

/* Checks that heads form one tree: one root, every word reaches it, no cycles. */
static int is_tree(const khaldun_parse_token *t, size_t n)
{
	int roots = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i].head > n || !t[i].deprel)
			return 0;
		roots += t[i].head == 0;
		size_t h = i + 1, steps = 0;
		while (h && steps++ <= n)
			h = t[h - 1].head;
		if (h)
			return 0;
	}
	return roots == 1;
}

/* A tag constraint: the word keeps the caller's tag and the sentence still parses; a tag
 * that is no UPOS is refused before anything is tagged. */
static void check_fixed_tags(const khaldun_parser *kp)
{
	khaldun_parse_token t[5] = { { 0 } };
	for (size_t i = 0; i < 5; i++)
		t[i].form = S3[i].form, t[i].len = strlen(S3[i].form);
	t[0].fix_upos = "PROPN";
	CHECK_INT(khaldun_parse_tokens(kp, t, 5), KHALDUN_OK);
	CHECK_STR(t[0].upos, "PROPN");
	CHECK(is_tree(t, 5));
	t[3].fix_upos = "NAME";
	t[3].upos = NULL;
	CHECK_INT(khaldun_parse_tokens(kp, t, 5), KHALDUN_ERR_ARG);
	CHECK(t[3].upos == NULL);
}

/* Junk sentence of n (1..40) words into t: a mix of word classes, always in one order. */
static void junk_words(khaldun_parse_token *t, size_t n)
{
	static const char *junk[] = { "the", ",", "of", "Kabul", "said", "(", "xyzzy", "1999", "." };
	memset(t, 0, n * sizeof *t);
	for (size_t i = 0; i < n; i++)
		t[i].form = junk[(i * 7 + n) % 9], t[i].len = strlen(t[i].form);
}

/* The beam decoder (parse --beam) on a loaded (packed) model that has decoded greedily so
 * far: a beam of 1 gives the greedy parses exactly, a beam of 8 well-formed trees and the
 * training sentences back; widths out of range are refused. */
static void check_beam(khaldun_parser *kp)
{
	static size_t head[41][40];
	static const char *rel[41][40];
	khaldun_parse_token t[40];
	for (size_t n = 1; n <= 40; n++) {
		junk_words(t, n);
		CHECK_INT(khaldun_parse_tokens(kp, t, n), KHALDUN_OK);
		for (size_t i = 0; i < n; i++)
			head[n][i] = t[i].head, rel[n][i] = t[i].deprel;
	}
	CHECK_INT(khaldun_parser_set_beam(kp, 0), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_parser_set_beam(kp, KHALDUN_PARSE_MAX_BEAM + 1), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_parser_set_beam(kp, 1), KHALDUN_OK);
	for (size_t n = 1; n <= 40; n++) {
		junk_words(t, n);
		CHECK_INT(khaldun_parse_tokens(kp, t, n), KHALDUN_OK);
		for (size_t i = 0; i < n; i++)
			CHECK(t[i].head == head[n][i] && t[i].deprel == rel[n][i]);
	}
	CHECK_INT(khaldun_parser_set_beam(kp, 8), KHALDUN_OK);
	for (size_t n = 1; n <= 40; n++) {
		junk_words(t, n);
		CHECK_INT(khaldun_parse_tokens(kp, t, n), KHALDUN_OK);
		CHECK(is_tree(t, n));
	}
	check_learned(kp);
}

/* The same on a training table (scored key by key, no row cache). */
static void test_beam_training_table(void)
{
	parse_model m;
	tiny_model(&m);
	for (int s = 0; s < 3; s++) {
		parse_word w[8];
		uint8_t tag[8];
		int gh[8], gl[8], bh[8], bl[8];
		for (size_t i = 0; i < LENS[s]; i++) {
			parse_word_init(&w[i], SENTS[s][i].form, strlen(SENTS[s][i].form));
			tag[i] = (uint8_t)parse_upos_index(SENTS[s][i].upos, strlen(SENTS[s][i].upos));
		}
		CHECK_INT(parse_sentence(&m, w, tag, LENS[s], gh, gl), 0);
		CHECK_INT(parse_sentence_beam(&m, w, tag, LENS[s], 1, bh, bl), 0);
		CHECK(!memcmp(gh, bh, LENS[s] * sizeof *gh) && !memcmp(gl, bl, LENS[s] * sizeof *gl));
		CHECK_INT(parse_sentence_beam(&m, w, tag, LENS[s], 4, bh, bl), 0);
		CHECK_INT(parse_sentence_beam(&m, w, tag, LENS[s], 0, bh, bl), -1);
		CHECK_INT(parse_sentence_beam(&m, w, tag, LENS[s], PARSE_MAX_BEAM + 1, bh, bl), -1);
	}
	parse_model_free(&m);
}

static void test_model_files(void)
{
	parse_model m;
	tiny_model(&m);
	char path[] = "/tmp/khaldun-test-model-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	close(fd);
	diag_sink ds = { count_diag, NULL, 0, 0 };
	CHECK_INT(parse_model_save(&m, path, &ds), KHALDUN_OK);
	parse_model_free(&m);
	khaldun_parser *kp;
	CHECK_INT(khaldun_parser_load(&kp, path, count_diag, NULL), KHALDUN_OK);
	check_learned(kp);
	check_fixed_tags(kp);
	CHECK(strstr(khaldun_parser_about(kp), "three sentences") != NULL);
	/* any words at all: always one well-formed tree */
	khaldun_parse_token t[40];
	for (size_t n = 1; n <= 40; n++) {
		junk_words(t, n);
		CHECK_INT(khaldun_parse_tokens(kp, t, n), KHALDUN_OK);
		CHECK(is_tree(t, n));
	}
	khaldun_parse_token *big = calloc(KHALDUN_PARSE_MAX_TOKENS + 1, sizeof *big);
	for (size_t i = 0; i <= KHALDUN_PARSE_MAX_TOKENS; i++)
		big[i].form = "word", big[i].len = 4;
	CHECK_INT(khaldun_parse_tokens(kp, big, KHALDUN_PARSE_MAX_TOKENS + 1), KHALDUN_ERR_LIMIT);
	CHECK(big[0].upos != NULL && big[0].deprel == NULL);
	free(big);
	check_beam(kp);
	khaldun_parser_free(kp);
	/* truncated: every shorter length is refused with one message naming the file */
	FILE *fp = fopen(path, "rb");
	char *all = malloc(1 << 20);
	size_t len = fread(all, 1, 1 << 20, fp);
	fclose(fp);
	for (size_t cut = 0; cut < len; cut += 1 + cut / 3) {
		fp = fopen(path, "wb");
		fwrite(all, 1, cut, fp);
		fclose(fp);
		diags = 0;
		CHECK(khaldun_parser_load(&kp, path, count_diag, NULL) < 0);
		CHECK_INT(diags, 1);
		CHECK(strstr(last_diag, path) != NULL);
	}
	fp = fopen(path, "wb");   /* foreign */
	fputs("{\"id\": \"not a model\"}\n", fp);
	fclose(fp);
	diags = 0;
	CHECK_INT(khaldun_parser_load(&kp, path, count_diag, NULL), KHALDUN_ERR_FORMAT);
	CHECK(diags == 1 && strstr(last_diag, "not a khaldun parser model"));
	unlink(path);
	diags = 0;
	CHECK_INT(khaldun_parser_load(&kp, path, count_diag, NULL), KHALDUN_ERR_IO);
	CHECK(diags == 1 && strstr(last_diag, path));
	free(all);
}

static void test_conllu_reader(void)
{
	static const char text[] =
		"# sent_id = 1\n"
		"1\tRebels\trebel\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
		"2-3\tmet.\t_\t_\t_\t_\t_\t_\t_\t_\n"
		"2\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n"
		"3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
		"\n"
		"1\tbad line with spaces only\n"               /* line 7: columns */
		"2\tx\tx\tNOUN\t_\t_\t9\tdep\t_\t_\n"           /* line 8: head out of range */
		"\n"
		"1\tOK\tok\tINTJ\t_\t_\t0\troot\t_\t_\n"
		"3\tskip\tskip\tWHAT\t_\t_\tx\tdep\t_\t_\n"     /* line 11: id, */
		"\n\n"
		"1\tLast\tlast\tADJ\t_\t_\t0\troot\t_\t_";      /* no final newline */
	FILE *fp = fmemopen((void *)text, sizeof text - 1, "rb");
	diags = 0;
	diag_sink ds = { count_diag, NULL, 0, 0 };
	conllu_reader r;
	conllu_sent s;
	conllu_open(&r, fp, "t.conllu", &ds);
	conllu_sent_init(&s);
	CHECK_INT(conllu_next(&r, &s), 1);
	CHECK(!s.bad && s.n == 3 && s.nlines == 5);
	CHECK(s.w[1].head == 0 && !strcmp(s.w[1].deprel, "root") && s.w[2].upos == 12);
	char out[1024];
	FILE *o = fmemopen(out, sizeof out, "wb");
	const char *up[3] = { "X", "X", "X" }, *rel[3] = { "a", "b", "c" };
	int heads[3] = { 0, 1, 2 };
	CHECK(conllu_write(o, &s, up, heads, rel) == 0);
	fclose(o);
	CHECK(strstr(out, "2-3\tmet.\t_\t_") && strstr(out, "1\tRebels\trebel\tX\t_\t_\t0\ta\t_\t_\n"));
	CHECK_INT(conllu_next(&r, &s), 1);
	CHECK(s.bad);
	CHECK_INT(diags, 2);
	CHECK_INT(conllu_next(&r, &s), 1);
	CHECK(s.bad && s.n == 1);
	CHECK(strstr(last_diag, "t.conllu:11:") != NULL);
	CHECK_INT(conllu_next(&r, &s), 1);
	CHECK(!s.bad && s.n == 1 && !strcmp(s.w[0].form, "Last"));
	CHECK_INT(conllu_next(&r, &s), 0);
	conllu_sent_free(&s);
	conllu_close(&r);
	fclose(fp);
}

TEST_MAIN(T(test_tokenize), T(test_percep), T(test_packed), T(test_best), T(test_model_files),
	  T(test_beam_training_table), T(test_conllu_reader))
