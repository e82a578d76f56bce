/*
 * model.c - the parser model file (src/parse): a text header, then the two weight tables in
 * binary, then a checksum. Layout:
 *   khaldun parser model 3            (magic line; 1 had 64-bit keys, 2 another key hash)
 *   <about lines: data, licence, training settings>
 *   labels: acl acl:relcl ...         (the dependency labels, in class order)
 *   tagger: FEATURES ENTRIES SCALE
 *   parser: FEATURES ENTRIES SCALE
 *   tagdict: WORDS
 *   end
 * per table: keys u32[F] (percep_key32), row lengths u16[F], classes u8[E], weights i16[E] (weight
 * =
 *   i16 * SCALE; native byte order, little endian on every machine we build for)
 *   tag dictionary: form hashes u64[WORDS], tags u8[WORDS]
 *   FNV-1a 64 of the binary part, u64
 * Invariant: a file is accepted only whole: magic, counts, sizes and checksum all agree.
 */
#define _DEFAULT_SOURCE   /* MAP_POPULATE */
#include "parse/parse.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define MAGIC "khaldun parser model 3"
#define MAGIC_OLD "khaldun parser model "   /* + an older format's number */
#define MAX_HEADER 65536

typedef struct {
	uint64_t h;
	FILE *fp;
} sumfile;

#define FNV_PRIME 0x100000001b3ULL
#define FNV_STEP(h, b) ((h) = ((h) ^ (b)) * FNV_PRIME)

/* FNV-1a, eight bytes a turn: the same sum (the bytes in order), with the loop's count and
 * branch paid once for eight (a load costs ~3 instructions a byte, not 6). */
static void sum(sumfile *f, const void *p, size_t n)
{
	const unsigned char *u = p;
	uint64_t h = f->h;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		FNV_STEP(h, u[i]), FNV_STEP(h, u[i + 1]), FNV_STEP(h, u[i + 2]);
		FNV_STEP(h, u[i + 3]), FNV_STEP(h, u[i + 4]), FNV_STEP(h, u[i + 5]);
		FNV_STEP(h, u[i + 6]), FNV_STEP(h, u[i + 7]);
	}
	for (; i < n; i++)
		FNV_STEP(h, u[i]);
	f->h = h;
}

static int put(sumfile *f, const void *p, size_t n)
{
	sum(f, p, n);
	return fwrite(p, 1, n, f->fp) == n ? 0 : -1;
}

/* The binary part: mapped from the file (read-only, its pages populated at once: no copy of
 * the 15 MB and no fault per page) or, where the file cannot be mapped, read into memory.
 * The arrays in it are not aligned (the text header has any length): read with memcpy. */
typedef struct {
	unsigned char *map, *buf;
	size_t map_len;
	const unsigned char *p;   /* the binary part: n bytes, the checksum last */
	size_t n;
	uint64_t h;               /* FNV-1a of the n - 8 bytes before the checksum */
} model_bytes;

static int bytes_get(model_bytes *b, FILE *fp, long here, long end)
{
	int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
	flags |= MAP_POPULATE;
#endif
	b->map_len = (size_t)end;
	b->n = (size_t)(end - here);
	b->map = mmap(NULL, b->map_len, PROT_READ, flags, fileno(fp), 0);
	if (b->map != MAP_FAILED) {
		b->p = b->map + here;
		return KHALDUN_OK;
	}
	b->map = NULL;
	b->p = b->buf = malloc(b->n);
	if (!b->buf)
		return KHALDUN_ERR_NOMEM;
	return fread(b->buf, 1, b->n, fp) == b->n ? KHALDUN_OK : KHALDUN_ERR_FORMAT;
}

static void bytes_free(model_bytes *b)
{
	if (b->map)
		munmap(b->map, b->map_len);
	free(b->buf);
}

/* FNV-1a goes a byte at a time (15 MB: ~120 M instructions, as many as building the tables),
 * so a second thread sums while the tables are built; the model is accepted once both are done. */
static void *sum_bytes(void *arg)
{
	model_bytes *b = arg;
	sumfile f = { 0xcbf29ce484222325ULL, NULL };
	sum(&f, b->p, b->n - 8);
	b->h = f.h;
	return NULL;
}

/* One weight table as stored (model 3): nf keys (u32) and row lengths (u16), ne classes (u8)
 * and weights (i16); returns the bytes after it. */
typedef struct {
	const unsigned char *k, *len, *cls, *q;
	size_t nf, ne;
} table_view;

static const unsigned char *view_table(table_view *t, const unsigned char *b, size_t nf, size_t ne)
{
	t->nf = nf, t->ne = ne;
	t->k = b;
	t->len = t->k + 4 * nf;
	t->cls = t->len + 2 * nf;
	t->q = t->cls + ne;
	return t->q + 2 * ne;
}

static uint16_t row_len(const table_view *t, size_t i)
{
	uint16_t n;
	memcpy(&n, t->len + 2 * i, 2);
	return n;
}

static float table_scale(const percep *p)
{
	float mx = 0;
	for (size_t e = 0; e < p->ne; e++)
		if (p->e[e].w > mx || -p->e[e].w > mx)
			mx = p->e[e].w > 0 ? p->e[e].w : -p->e[e].w;
	return mx > 0 ? mx / 32767.0f : 1.0f;
}

static int save_table(sumfile *f, const percep *p)
{
	int rc = p->slot ? 0 : -1;   /* a loaded (packed) table is not saved again */
	float scale = table_scale(p);
	const percep_slot *sl = p->slot;
	for (size_t i = 0; i <= p->mask; i++)
		if (sl[i].key) {
			uint32_t k = (uint32_t)sl[i].key;   /* a folded table's keys are 32-bit */
			rc |= put(f, &k, 4);
		}
	for (size_t i = 0; i <= p->mask; i++)
		if (sl[i].key)
			rc |= put(f, &sl[i].n, 2);
	for (size_t i = 0; i <= p->mask; i++)
		for (size_t e = sl[i].off; sl[i].key && e < (size_t)sl[i].off + sl[i].n; e++) {
			uint8_t c = (uint8_t)p->e[e].cls;
			rc |= put(f, &c, 1);
		}
	for (size_t i = 0; i <= p->mask; i++)
		for (size_t e = sl[i].off; sl[i].key && e < (size_t)sl[i].off + sl[i].n; e++) {
			float q = p->e[e].w / scale;
			int16_t v = (int16_t)(q < 0 ? q - 0.5f : q + 0.5f);
			rc |= put(f, &v, 2);
		}
	return rc;
}

static int save_dict(sumfile *f, const parse_tagdict *d)
{
	int rc = 0;
	for (size_t i = 0; d->n && i <= d->mask; i++)
		if (d->key[i])
			rc |= put(f, &d->key[i], 8);
	for (size_t i = 0; d->n && i <= d->mask; i++)
		if (d->key[i])
			rc |= put(f, &d->tag[i], 1);
	return rc;
}

/* The tag dictionary: n form hashes (u64) then n tags (u8). */
static int load_dict(parse_tagdict *d, const unsigned char *b, size_t n)
{
	if (parse_tagdict_init(d, n))
		return KHALDUN_ERR_NOMEM;
	for (size_t i = 0; i < n; i++) {
		uint64_t k;
		memcpy(&k, b + 8 * i, 8);
		if (parse_tagdict_add(d, k, b[8 * n + i]))
			return KHALDUN_ERR_FORMAT;
	}
	return KHALDUN_OK;
}

int parse_model_save(const parse_model *m, const char *path, diag_sink *ds)
{
	percep t, p;
	if (percep_fold32(&m->tagger, &t))
		return KHALDUN_ERR_NOMEM;
	if (percep_fold32(&m->parser, &p)) {
		percep_free(&t);
		return KHALDUN_ERR_NOMEM;
	}
	/* written beside the path and renamed over it: a command loading (mapping) the old model
	 * keeps it whole, and a failed write leaves the old one */
	char *tmp = malloc(strlen(path) + 5);
	FILE *fp = tmp ? fopen(strcat(strcpy(tmp, path), ".tmp"), "wb") : NULL;
	if (!fp) {
		percep_free(&t), percep_free(&p);
		free(tmp);
		diag_report(ds, KHALDUN_ERROR, path, 0, 0, NULL, 0, "cannot write the model file");
		return KHALDUN_ERR_IO;
	}
	fprintf(fp, "%s\n%s", MAGIC, m->about ? m->about : "");
	fprintf(fp, "labels:");
	for (int l = 0; l < m->nlabels; l++)
		fprintf(fp, " %s", m->labels[l]);
	fprintf(fp, "\ntagger: %zu %zu %.9g\nparser: %zu %zu %.9g\ntagdict: %zu\nend\n", t.used,
		t.ne, table_scale(&t), p.used, p.ne, table_scale(&p), m->dict.n);
	sumfile f = { 0xcbf29ce484222325ULL, fp };
	int rc = save_table(&f, &t) | save_table(&f, &p) | save_dict(&f, &m->dict);
	rc |= fwrite(&f.h, 8, 1, fp) != 1;
	rc |= fclose(fp) != 0;
	percep_free(&t), percep_free(&p);
	if (!rc && rename(tmp, path))
		rc = 1;
	if (rc)
		remove(tmp);
	free(tmp);
	if (rc) {
		diag_report(ds, KHALDUN_ERROR, path, 0, 0, NULL, 0,
			"writing the model file failed");
		return KHALDUN_ERR_IO;
	}
	return KHALDUN_OK;
}

/* Builds one table's packed form (see percep.h) from its stored arrays. */
static int load_table(percep *p, int nclass, const table_view *t, float scale)
{
	size_t off = 0, over = 0, dense = 0;
	for (size_t i = 0; i < t->nf; i++) {
		size_t n = row_len(t, i);
		off += n;
		if (percep_packed_dense(nclass, n))
			dense++;
		else
			over += n > 3 ? n : 0;
	}
	if (off != t->ne)
		return KHALDUN_ERR_FORMAT;
	if (percep_init_packed(p, nclass, t->nf, over, dense, scale))
		return KHALDUN_ERR_NOMEM;
	if (percep_add_packed_rows(p, t->nf, t->k, t->len, t->cls, t->q))
		return KHALDUN_ERR_FORMAT;
	percep_pack_near(p);
	return KHALDUN_OK;
}

typedef struct {
	percep *p;
	int nclass;
	const table_view *t;
	float scale;
	int rc;
} table_job;

static void *build_table(void *arg)
{
	table_job *j = arg;
	j->rc = load_table(j->p, j->nclass, j->t, j->scale);
	return NULL;
}

/* Builds the tables from the binary part (bytes here..end of the file, its size checked
 * against the header's counts), the tagger's on a second thread and the parser's on this one,
 * while a third sums the bytes; accepts them only when the sum agrees. The three share two
 * cores about evenly (tagger + sum ~ parser + sum). */
static int load_binary(FILE *fp, long here, long end, parse_model *m, const size_t cnt[5],
		       const float sc[2])
{
	model_bytes b = { 0 };
	int rc = bytes_get(&b, fp, here, end);
	table_view tv, pv;
	const unsigned char *dict = NULL;
	if (rc == KHALDUN_OK)
		dict = view_table(&pv, view_table(&tv, b.p, cnt[0], cnt[1]), cnt[2], cnt[3]);
	pthread_t th, tt;
	table_job tag = { &m->tagger, PARSE_NTAGS, &tv, sc[0], rc };
	int summing = rc == KHALDUN_OK && !pthread_create(&th, NULL, sum_bytes, &b);
	int tagging = rc == KHALDUN_OK && !pthread_create(&tt, NULL, build_table, &tag);
	int prc = rc == KHALDUN_OK ? load_table(&m->parser, 1 + 2 * m->nlabels, &pv, sc[1]) : rc;
	if (tagging)
		pthread_join(tt, NULL);
	else if (rc == KHALDUN_OK)
		build_table(&tag);
	/* the tagger's error first, as when the tables were built in turn */
	if (rc == KHALDUN_OK)
		rc = tag.rc != KHALDUN_OK ? tag.rc : prc;
	if (rc == KHALDUN_OK)
		rc = load_dict(&m->dict, dict, cnt[4]);
	if (summing)
		pthread_join(th, NULL);
	else if (rc == KHALDUN_OK)
		sum_bytes(&b);
	uint64_t want = 0;
	if (rc == KHALDUN_OK)
		memcpy(&want, b.p + b.n - 8, 8);
	if (rc == KHALDUN_OK && want != b.h)
		rc = KHALDUN_ERR_FORMAT;
	bytes_free(&b);
	return rc;
}

/* Reads the header lines up to "end"; fills labels and counts. */
static int read_header(FILE *fp, parse_model *m, size_t cnt[5], float sc[2], const char *path,
		       diag_sink *ds,
		       int *reported)
{
	char line[8192];
	size_t alen = 0;
	int got_counts = 0;
	m->about = calloc(1, MAX_HEADER);
	if (!m->about)
		return KHALDUN_ERR_NOMEM;
	if (!fgets(line, sizeof line, fp))
		line[0] = 0;
	int old = 0;
	if (!strncmp(line, MAGIC_OLD, sizeof MAGIC_OLD - 1) &&
	    sscanf(line + sizeof MAGIC_OLD - 1, "%d", &old) == 1 && old >= 1 && old <= 2) {
		diag_report(ds, KHALDUN_ERROR, path, 1, 0, NULL, 0,
			    "parser model of format %d, which this khaldun no longer reads (it "
			    "expects \"%s\"): retrain it with `khaldun train` (make model)", old,
			    MAGIC);
		*reported = 1;
		return KHALDUN_ERR_FORMAT;
	}
	if (strncmp(line, MAGIC "\n", sizeof MAGIC)) {
		diag_report(ds, KHALDUN_ERROR, path, 1, 0, NULL, 0,
			    "not a khaldun parser model (expected first line \"%s\")", MAGIC);
		*reported = 1;
		return KHALDUN_ERR_FORMAT;
	}
	for (long ln = 2; fgets(line, sizeof line, fp); ln++) {
		if (!strcmp(line, "end\n"))
			return got_counts == 3 && m->nlabels > 0 ? KHALDUN_OK : KHALDUN_ERR_FORMAT;
		if (!strncmp(line, "labels:", 7)) {
			char *save = NULL;
			for (char *t = strtok_r(line + 7, " \n", &save); t;
			     t = strtok_r(NULL, " \n", &save)) {
				if (m->nlabels == PARSE_MAX_LABELS)
					return KHALDUN_ERR_FORMAT;
				if (!strcmp(t, "root"))
					m->root_label = m->nlabels;
				m->labels[m->nlabels++] = strdup(t);
			}
		} else if (sscanf(line, "tagger: %zu %zu %g", &cnt[0], &cnt[1], &sc[0]) == 3 ||
			   sscanf(line, "parser: %zu %zu %g", &cnt[2], &cnt[3], &sc[1]) == 3 ||
			   sscanf(line, "tagdict: %zu", &cnt[4]) == 1) {
			got_counts++;
		} else {
			size_t n = strlen(line);
			if (alen + n + 1 >= MAX_HEADER)
				return KHALDUN_ERR_FORMAT;
			memcpy(m->about + alen, line, n + 1);
			alen += n;
		}
	}
	return KHALDUN_ERR_FORMAT;
}

int parse_model_load(parse_model *m, const char *path, diag_sink *ds)
{
	memset(m, 0, sizeof *m);
	m->root_label = -1;
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		diag_report(ds, KHALDUN_ERROR, path, 0, 0, NULL, 0,
			    "cannot open the parser model file");
		return KHALDUN_ERR_IO;
	}
	size_t cnt[5] = { 0 };
	float sc[2] = { 0, 0 };
	int reported = 0;
	int rc = read_header(fp, m, cnt, sc, path, ds, &reported);
	if (reported) {
		fclose(fp);
		parse_model_free(m);
		return rc;
	}
	if (rc == KHALDUN_OK && m->root_label < 0)
		rc = KHALDUN_ERR_FORMAT;
	if (rc == KHALDUN_OK && (cnt[1] > ((size_t)1 << 31) || cnt[3] > ((size_t)1 << 31) ||
				 cnt[0] > cnt[1] || cnt[2] > cnt[3] || cnt[4] > ((size_t)1 << 24) ||
				 !(sc[0] > 0) || !(sc[1] > 0)))
		rc = KHALDUN_ERR_FORMAT;
	long here = 0, end = 0;
	if (rc == KHALDUN_OK) {   /* the sizes must account for the rest of the file exactly */
		here = ftell(fp);
		if (here < 0 || fseek(fp, 0, SEEK_END))
			rc = KHALDUN_ERR_FORMAT;
		end = ftell(fp);
		double want = (double)here + 6.0 * (double)(cnt[0] + cnt[2]) +
			      3.0 * (double)(cnt[1] + cnt[3]) + 9.0 * (double)cnt[4] + 8;
		if (rc == KHALDUN_OK && ((double)end != want || fseek(fp, here, SEEK_SET)))
			rc = KHALDUN_ERR_FORMAT;
	}
	if (rc == KHALDUN_OK)
		rc = load_binary(fp, here, end, m, cnt, sc);
	fclose(fp);
	if (rc != KHALDUN_OK) {
		diag_report(ds, KHALDUN_ERROR, path, 0, 0, NULL, 0, "%s",
			    rc == KHALDUN_ERR_NOMEM ? "out of memory loading the parser model" :
			    "parser model file is truncated or corrupt (its header, sizes or "
			    "checksum do not agree); retrain it with `khaldun train` or "
			    "restore it");
		parse_model_free(m);
		return rc;
	}
	return KHALDUN_OK;
}

void parse_model_free(parse_model *m)
{
	percep_free(&m->tagger);
	percep_free(&m->parser);
	parse_tagdict_free(&m->dict);
	for (int l = 0; l < m->nlabels; l++)
		free(m->labels[l]);
	free(m->about);
	memset(m, 0, sizeof *m);
}
