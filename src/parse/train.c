/*
 * train.c - trains the tagger and parser on UD treebanks and scores them (src/parse; used
 * by `khaldun train` and `khaldun parse --score`, never by coding). Training reads only the
 * train files; the dev files choose the number of epochs (early stopping); test files are
 * only scored. Non-projective training trees are skipped by the parser (the tagger uses them).
 * Invariant: the same files and seed give the same model, byte for byte.
 */
#include "parse/conllu.h"
#include "parse/parse.h"
#include "parse/train.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
	size_t n;
	parse_word *w;
	uint8_t *tag;
	int *head, *label;
	int projective, ok;
} tsent;

typedef struct {
	tsent *s;
	size_t n, cap;
} bank;

static int label_index(parse_model *m, const char *d, int add)
{
	for (int l = 0; l < m->nlabels; l++)
		if (!strcmp(m->labels[l], d))
			return l;
	if (!add || m->nlabels == PARSE_MAX_LABELS)
		return -1;
	m->labels[m->nlabels] = strdup(d);
	if (!strcmp(d, "root"))
		m->root_label = m->nlabels;
	return m->nlabels++;
}

/* Reads a CoNLL-U file into b; labels are added to m when add_labels. */
static int read_bank(bank *b, const char *path, parse_model *m, int add_labels, diag_sink *ds)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		diag_report(ds, KHALDUN_ERROR, path, 0, 0, NULL, 0, "cannot open treebank");
		return KHALDUN_ERR_IO;
	}
	conllu_reader r;
	conllu_sent cs;
	conllu_open(&r, fp, path, ds);
	conllu_sent_init(&cs);
	int rc, status = KHALDUN_OK;
	while ((rc = conllu_next(&r, &cs)) == 1) {
		if (cs.bad || !cs.n || cs.n > PARSE_MAX_TOKENS)
			continue;
		if (buf_grow_array(&b->s, &b->cap, b->n, sizeof *b->s, 1024)) {
			status = KHALDUN_ERR_NOMEM;
			break;
		}
		tsent *t = &b->s[b->n];
		size_t n = cs.n;
		t->n = n;
		t->w = malloc(n * sizeof *t->w);
		t->tag = malloc(n);
		t->head = malloc(n * sizeof(int));
		t->label = malloc(n * sizeof(int));
		/* not counted in b: freed here */
		if (!t->w || !t->tag || !t->head || !t->label) {
			free(t->w), free(t->tag), free(t->head), free(t->label);
			status = KHALDUN_ERR_NOMEM;
			break;
		}
		t->ok = 1;
		for (size_t i = 0; i < n; i++) {
			const conllu_word *cw = &cs.w[i];
			parse_word_init(&t->w[i], cw->form, cw->form_len);
			t->tag[i] = (uint8_t)(cw->upos < 0 ? PARSE_NTAGS - 1 : cw->upos);
			t->head[i] = cw->head;
			t->label[i] = label_index(m, cw->deprel, add_labels);
			if (cw->head < 0 || cw->upos < 0)
				t->ok = 0;
		}
		t->projective = t->ok && parse_projective(t->head, n);
		b->n++;
	}
	if (rc < 0)
		status = KHALDUN_ERR_NOMEM;
	conllu_sent_free(&cs);
	conllu_close(&r);
	fclose(fp);
	return status;
}

static void bank_free(bank *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->s[i].w), free(b->s[i].tag), free(b->s[i].head), free(b->s[i].label);
	}
	free(b->s);
	memset(b, 0, sizeof *b);
}

/* xorshift64*: the training order's only source of randomness */
static uint64_t rnd(uint64_t *st)
{
	*st ^= *st >> 12;
	*st ^= *st << 25;
	*st ^= *st >> 27;
	return *st * 2685821657736338717ULL;
}

static void shuffle(size_t *ord, size_t n, uint64_t *st)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)(rnd(st) % i), t = ord[i - 1];
		ord[i - 1] = ord[j];
		ord[j] = t;
	}
}

static int is_univ_eq(const char *a, const char *b)
{
	size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
	return la == lb && !memcmp(a, b, la);
}

int parse_score_sentence(const parse_model *m, const parse_word *w, const uint8_t *gtag,
			 const int *ghead, const char *const *glabel, size_t n,
			 khaldun_parse_score *sc)
{
	uint8_t *tag = malloc(n + 1);
	int *head = malloc((n + 1) * sizeof(int)), *lab = malloc((n + 1) * sizeof(int));
	if (!tag || !head || !lab) {
		free(tag), free(head), free(lab);
		return -1;
	}
	parse_tag(&m->tagger, &m->dict, w, n, NULL, tag);
	int parsed = percep_ready(&m->parser) && parse_sentence(m, w, tag, n, head, lab) == 0;
	sc->sentences++;
	sc->words += n;
	if (!parsed)
		sc->unparsed++;
	for (size_t i = 0; i < n; i++) {
		sc->upos += tag[i] == gtag[i];
		if (!parsed || head[i] != ghead[i])
			continue;
		sc->uas++;
		sc->las += !strcmp(m->labels[lab[i]], glabel[i]);
		sc->las_universal += is_univ_eq(m->labels[lab[i]], glabel[i]);
	}
	free(tag), free(head), free(lab);
	return 0;
}

/* Scores m on every sentence of b into *sc: 0, or -1 when out of memory (*sc then partial). */
static int score_bank(const parse_model *m, const bank *b, khaldun_parse_score *sc)
{
	memset(sc, 0, sizeof *sc);
	const char **gl = NULL;
	int rc = 0;
	for (size_t i = 0; !rc && i < b->n; i++) {
		const tsent *t = &b->s[i];
		const char **g = buf_realloc_array(gl, t->n, sizeof *g);
		if (!g) {
			rc = -1;
			break;
		}
		gl = g;
		for (size_t j = 0; j < t->n; j++)
			gl[j] = t->label[j] >= 0 ? m->labels[t->label[j]] : "?";
		rc = parse_score_sentence(m, t->w, t->tag, t->head, gl, t->n, sc);
	}
	free(gl);
	return rc;
}

static double pct(size_t a, size_t b)
{
	return b ? 100.0 * (double)a / (double)b : 0;
}

/* After an epoch scored `score` on dev: the snapshot becomes the best model when it beats
 * *top (the old best freed; *since = 0), else it is freed and *since counts one more. */
static void keep_best(double score, double *top, percep *best, percep *snap, int *since)
{
	if (score > *top) {
		*top = score;
		percep_free(best);
		*best = *snap;
		*since = 0;
	} else {
		percep_free(snap);
		(*since)++;
	}
}

/* One model trained by train_epochs: its slot in the model, its size and early stopping,
 * how it learns one sentence (nonzero on failure) and how a snapshot in its slot scores
 * on dev (reported as a note; the larger, the better; negative when out of memory). */
typedef struct {
	percep *slot;
	int nclass, epochs, patience;
	int (*learn)(percep *p, const parse_model *m, const tsent *t, size_t idx, int ep,
		     const khaldun_train_options *o, uint64_t *rs);
	double (*judge)(const parse_model *m, const bank *dev, const percep *snap, int ep,
			diag_sink *ds);
} trainee;

static int learn_tags(percep *p, const parse_model *m, const tsent *t, size_t idx, int ep,
		      const khaldun_train_options *o, uint64_t *rs)
{
	(void)m, (void)idx, (void)ep, (void)o, (void)rs;
	return parse_tag_train(p, t->w, t->tag, t->n, NULL) < 0;
}

static double judge_tags(const parse_model *m, const bank *dev, const percep *snap, int ep,
			 diag_sink *ds)
{
	(void)snap;
	khaldun_parse_score sc;
	if (score_bank(m, dev, &sc))
		return -1;
	double acc = pct(sc.upos, sc.words);
	diag_report(ds, KHALDUN_NOTE, "train", 0, 0, NULL, 0,
		    "tagger epoch %d: dev UPOS %.2f%%", ep + 1, acc);
	return acc;
}

/* The parser learns only projective trees, exploring its own moves after the first epoch
 * (9 sentences in 10), on jackknifed tags when there are some. */
static int learn_trees(percep *p, const parse_model *m, const tsent *t, size_t idx, int ep,
		       const khaldun_train_options *o, uint64_t *rs)
{
	if (!t->projective)
		return 0;
	int explore = ep > 0 && rnd(rs) % 10 != 0;
	const uint8_t *tags = o->train_tags ? o->train_tags[idx] : t->tag;
	return parse_train_sentence(p, m->nlabels, m->root_label, t->w, tags, t->n, t->head,
				    t->label, explore) != 0;
}

static double judge_trees(const parse_model *m, const bank *dev, const percep *snap, int ep,
			  diag_sink *ds)
{
	khaldun_parse_score sc;
	if (score_bank(m, dev, &sc))
		return -1;
	double las = pct(sc.las, sc.words);
	diag_report(ds, KHALDUN_NOTE, "train", 0, 0, NULL, 0,
		    "parser epoch %d: dev (predicted tags) UAS %.2f%% LAS %.2f%%, %zu features",
		    ep + 1, pct(sc.uas, sc.words), las, percep_features(snap));
	return las;
}

/* Trains tn's perceptron over tr in shuffled order, one snapshot an epoch scored on dev in
 * tn's slot, until tn->epochs or tn->patience epochs without a better score; the best
 * snapshot replaces the slot's model and its score goes to *top (-1 when no epoch ran).
 * On failure the slot is left as it was and everything allocated here is freed. */
static int train_epochs(parse_model *m, const trainee *tn, bank *tr, bank *dev,
			const khaldun_train_options *o, uint64_t *rs, diag_sink *ds, double *top)
{
	percep p, best = { 0 };
	if (percep_init(&p, tn->nclass))
		return KHALDUN_ERR_NOMEM;
	size_t *ord = malloc(tr->n * sizeof *ord);
	int rc = ord ? KHALDUN_OK : KHALDUN_ERR_NOMEM;
	for (size_t i = 0; ord && i < tr->n; i++)
		ord[i] = i;
	*top = -1;
	int since = 0;
	for (int ep = 0; rc == KHALDUN_OK && ep < tn->epochs && since < tn->patience; ep++) {
		shuffle(ord, tr->n, rs);
		for (size_t i = 0; rc == KHALDUN_OK && i < tr->n; i++)
			if (tn->learn(&p, m, &tr->s[ord[i]], ord[i], ep, o, rs))
				rc = KHALDUN_ERR_NOMEM;
		percep snap;
		if (rc != KHALDUN_OK || percep_snapshot(&p, &snap, 0)) {
			rc = KHALDUN_ERR_NOMEM;
			break;
		}
		percep keep = *tn->slot;
		*tn->slot = snap;
		double score = tn->judge(m, dev, &snap, ep, ds);
		*tn->slot = keep;
		if (score < 0) {   /* out of memory */
			percep_free(&snap);
			rc = KHALDUN_ERR_NOMEM;
			break;
		}
		keep_best(score, top, &best, &snap, &since);
	}
	percep_free(&p);
	free(ord);
	if (rc != KHALDUN_OK) {
		percep_free(&best);
		return rc;
	}
	percep_free(tn->slot);
	*tn->slot = best;
	return KHALDUN_OK;
}

static int train_tagger(parse_model *m, bank *tr, bank *dev, const khaldun_train_options *o,
			uint64_t *rs, diag_sink *ds)
{
	trainee tn = { &m->tagger, PARSE_NTAGS, o->tagger_epochs, 3, learn_tags, judge_tags };
	double top;
	return train_epochs(m, &tn, tr, dev, o, rs, ds, &top);
}

static int train_parser(parse_model *m, bank *tr, bank *dev, const khaldun_train_options *o,
			uint64_t *rs, diag_sink *ds, double *dev_las)
{
	trainee tn = { &m->parser, 1 + 2 * m->nlabels, o->parser_epochs, 2, learn_trees,
		       judge_trees };
	return train_epochs(m, &tn, tr, dev, o, rs, ds, dev_las);
}

/* The tag dictionary: words seen TAGDICT_MIN times or more, 99% of them with one tag. */
#define TAGDICT_MIN 20
#define TAGDICT_SHARE 0.99

static int build_tagdict(parse_model *m, const bank *tr, diag_sink *ds)
{
	parse_tagcount *tc = parse_tagcount_new();
	size_t words = 0, covered = 0;
	int rc = tc ? 0 : -1;
	for (size_t i = 0; !rc && i < tr->n; i++)
		for (size_t j = 0; !rc && j < tr->s[i].n; j++)
			rc = parse_tagcount_add(tc, tr->s[i].w[j].form, tr->s[i].tag[j]);
	if (!rc)
		rc = parse_tagdict_from_counts(&m->dict, tc, TAGDICT_MIN, TAGDICT_SHARE);
	parse_tagcount_free(tc);
	if (rc)
		return KHALDUN_ERR_NOMEM;
	for (size_t i = 0; i < tr->n; i++)
		for (size_t j = 0; j < tr->s[i].n; j++, words++)
			covered += parse_tagdict_find(&m->dict, tr->s[i].w[j].form) >= 0;
	diag_report(ds, KHALDUN_NOTE, "train", 0, 0, NULL, 0,
		    "tag dictionary: %zu words, %.1f%% of the training words", m->dict.n,
		    pct(covered, words));
	return KHALDUN_OK;
}

/* Frees jackknifed tags: n rows, each NULL or allocated. */
static void tags_free(uint8_t **tags, size_t n)
{
	for (size_t i = 0; tags && i < n; i++)
		free(tags[i]);
	free(tags);
}

/* Trains fold f's tagger (every sentence but every k-th from f) and tags fold f's
 * sentences with it into tags[], counting right tags and words; nonzero when out of memory. */
static int jackknife_fold(bank *tr, int k, int f, int epochs, uint8_t **tags, size_t *right,
			  size_t *words)
{
	percep p;
	if (percep_init(&p, PARSE_NTAGS))
		return -1;
	int rc = 0;
	for (int ep = 0; !rc && ep < epochs; ep++)
		for (size_t i = 0; !rc && i < tr->n; i++)
			if ((int)(i % (size_t)k) != f && parse_tag_train(&p, tr->s[i].w,
					tr->s[i].tag, tr->s[i].n, NULL) < 0)
				rc = -1;
	if (!rc && percep_finish(&p, 0))
		rc = -1;
	for (size_t i = (size_t)f; !rc && i < tr->n; i += (size_t)k) {
		tags[i] = malloc(tr->s[i].n);
		if (!tags[i]) {
			rc = -1;
			break;
		}
		parse_tag(&p, NULL, tr->s[i].w, tr->s[i].n, NULL, tags[i]);
		for (size_t j = 0; j < tr->s[i].n; j++)
			*right += tags[i][j] == tr->s[i].tag[j];
		*words += tr->s[i].n;
	}
	percep_free(&p);
	return rc;
}

/* Tags for the parser's training sentences from taggers that never saw them (k folds). */
static int jackknife(bank *tr, int k, int epochs, uint64_t *rs, uint8_t ***out, diag_sink *ds)
{
	uint8_t **tags = calloc(tr->n, sizeof *tags);
	if (!tags)
		return KHALDUN_ERR_NOMEM;
	size_t right = 0, words = 0;
	for (int f = 0; f < k; f++)
		if (jackknife_fold(tr, k, f, epochs, tags, &right, &words)) {
			tags_free(tags, tr->n);
			return KHALDUN_ERR_NOMEM;
		}
	(void)rs;
	diag_report(ds, KHALDUN_NOTE, "train", 0, 0, NULL, 0,
		    "jackknifed training tags (%d folds): UPOS %.2f%%", k, pct(right, words));
	*out = tags;
	return KHALDUN_OK;
}

static const char *const train_files[] = { "en_ewt-train.conllu", "en_gum-ccby-train.conllu" };
static const char *const dev_files[] = { "en_ewt-dev.conllu", "en_gum-ccby-dev.conllu" };

int parse_train_model(parse_model *m, const char *ud_dir, unsigned long seed,
		      khaldun_train_options *o, diag_sink *ds)
{
	memset(m, 0, sizeof *m);
	m->root_label = -1;
	bank tr = { 0 }, dev = { 0 };
	char path[4096];
	int rc = KHALDUN_OK;
	for (int i = 0; i < 2 && rc == KHALDUN_OK; i++) {
		snprintf(path, sizeof path, "%s/%s", ud_dir, train_files[i]);
		rc = read_bank(&tr, path, m, 1, ds);
	}
	for (int i = 0; i < 2 && rc == KHALDUN_OK; i++) {
		snprintf(path, sizeof path, "%s/%s", ud_dir, dev_files[i]);
		rc = read_bank(&dev, path, m, 0, ds);
	}
	if (rc == KHALDUN_OK && (m->root_label < 0 || !tr.n)) {
		diag_report(ds, KHALDUN_ERROR, ud_dir, 0, 0, NULL, 0,
			    "no usable training sentences (or no root label) in the treebanks");
		rc = KHALDUN_ERR_FORMAT;
	}
	size_t nonproj = 0;
	for (size_t i = 0; i < tr.n; i++)
		nonproj += !tr.s[i].projective;
	if (rc == KHALDUN_OK)
		diag_report(ds, KHALDUN_NOTE, "train", 0, 0, NULL, 0,
			    "%zu training sentences (%zu non-projective or incomplete: "
			    "tagger only), %zu dev sentences, %d labels", tr.n, nonproj, dev.n,
			    m->nlabels);
	if (rc == KHALDUN_OK)
		rc = build_tagdict(m, &tr, ds);
	uint64_t rs = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)seed * 0xD1B54A32D192ED03ULL);
	if (!rs)
		rs = 1;
	if (rc == KHALDUN_OK)
		rc = train_tagger(m, &tr, &dev, o, &rs, ds);
	uint8_t **jk = NULL;
	if (rc == KHALDUN_OK && o->jackknife > 1)
		rc = jackknife(&tr, o->jackknife, o->tagger_epochs > 5 ? 5 : o->tagger_epochs, &rs,
			       &jk, ds);
	o->train_tags = jk;
	double dev_las = 0;
	if (rc == KHALDUN_OK)
		rc = train_parser(m, &tr, &dev, o, &rs, ds, &dev_las);
	tags_free(jk, tr.n);
	o->train_tags = NULL;
	if (rc == KHALDUN_OK && o->prune > 0 && percep_prune(&m->parser, o->prune))
		rc = KHALDUN_ERR_NOMEM;
	if (rc == KHALDUN_OK && o->select > 0 && percep_select(&m->parser, o->select))
		rc = KHALDUN_ERR_NOMEM;
	khaldun_parse_score sc;
	if (rc == KHALDUN_OK && score_bank(m, &dev, &sc))
		rc = KHALDUN_ERR_NOMEM;
	if (rc == KHALDUN_OK) {
		char about[1024];
		snprintf(about, sizeof about,
			 "data: UD English EWT train (CC BY-SA 4.0, "
			 "Silveira et al. 2014 and the UD contributors); UD English GUM train, "
			 "CC BY genres only (CC BY 4.0, Zeldes "
			 "2017)\n"
			 "licence: CC BY-SA 4.0 (a derived work of EWT; attribute both treebanks)\n"
			 "trained: khaldun train, seed %lu, parser tags %s, non-projective trees "
			 "skipped by the parser, parser weights below %g dropped, parser features "
			 "of weight mass below %g dropped, tag dictionary of %zu "
			 "words (seen %d+ times, %g%% with one tag)\n"
			 "dev: UPOS %.2f%% UAS %.2f%% LAS %.2f%% (en_ewt-dev + en_gum-ccby-dev, "
			 "gold tokens, predicted tags)\n", seed,
			 o->jackknife > 1 ? "jackknifed" : "gold", o->prune, o->select, m->dict.n,
			 TAGDICT_MIN,
			 100 * TAGDICT_SHARE, pct(sc.upos, sc.words),
			 pct(sc.uas, sc.words), pct(sc.las, sc.words));
		m->about = strdup(about);
		if (!m->about)
			rc = KHALDUN_ERR_NOMEM;
	}
	bank_free(&tr);
	bank_free(&dev);
	if (rc != KHALDUN_OK)
		parse_model_free(m);
	return rc;
}
