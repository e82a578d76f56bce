/*
 * import.c - khaldun_store_import: events of other tools and datasets (khaldun's own JSON
 * lines, ICEWS, GDELT) into the event table, beside coded news, with the dataset's name.
 * Lines are parsed by import_fmt.c on a reader thread (import_read.c) while this one writes;
 * rows go in through one prepared INSERT OR IGNORE, whose unique (dataset, ext_id) index
 * makes a re-import add nothing; the daily country-dyad summary (dyad_day, day_volume) is
 * aggregated in memory and upserted once per batch.
 * Invariant: a batch (IMPORT_BATCH events) is one transaction with its summary rows, so the
 * summary always equals the events it sums, whatever the moment the process dies.
 */
#include "store/store.h"
#include "store/pg.h"
#include "store/import.h"
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define IMPORT_BATCH 1000000
#define IMPORT_COLS 46     /* parameters of one event row */
#define IMPORT_ROWS 32     /* event rows per INSERT statement */

double import_severity(const char *root, int quad, int has_goldstein, double goldstein)
{
	static const double typical[21] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		-5.0, -2.0, -4.0, -4.4, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0 };
	if (quad != 3 && quad != 4)
		return 0;
	double g = -1.0;
	if (has_goldstein)
		g = goldstein;
	else if (root && root[0] >= '0' && root[0] <= '9' && root[1] >= '0' && root[1] <= '9'
		 && !root[2]) {
		int r = (root[0] - '0') * 10 + root[1] - '0';
		if (r >= 10 && r <= 20)
			g = typical[r];
	}
	double w = -g;
	return w < 1 ? 1 : w > 10 ? 10 : w;
}

/* ---------------------------------------------------------------- the daily summary */

/* A country code ("" , "*" or up to 3 letters) as one number whose order is strcmp's: the
 * first byte highest, a shorter code before a longer one with the same start. */
static unsigned pack3(const char *a)
{
	unsigned k = 0;
	for (int i = 0; i < 3; i++) {
		k = k << 8 | (unsigned char)*a;
		a += *a != 0;
	}
	return k;
}

static void unpack3(unsigned k, char out[4])
{
	out[0] = (char)(k >> 16);
	out[1] = (char)(k >> 8 & 0xff);
	out[2] = (char)(k & 0xff);
	out[3] = 0;
}

/* One cell of the batch's summary: 64 bytes, one cache line (the table holds a million of
 * them, touched at random). Counts fit 32 bits: a batch holds at most IMPORT_BATCH events. */
typedef struct {
	/* AGG_USED | source country << 24 | target country ("*": volume) */
	unsigned long long key;
	unsigned day;             /* YYYYMMDD */
	unsigned events, q[5], gn;
	double gsum, severity, severity_sq;
} agg_cell;

#define AGG_USED (1ULL << 63)   /* the key of a cell in use (pack3's keys take 48 bits) */
_Static_assert(sizeof(agg_cell) == 64, "agg_cell is one cache line");

/* A cell's place in the sorted order of a flush. */
typedef struct {
	unsigned long long key;
	unsigned day, at;
} agg_ref;

typedef struct {
	agg_cell *cell;   /* open addressing, at most half full */
	size_t cap, n;
	agg_ref *ref, *tmp;   /* cap / 2 refs each: the used cells, sorted at a flush */
} agg;

static size_t agg_hash(unsigned long long key, unsigned long long day)
{
	unsigned long long h = key ^ day << 40 ^ day;
	h ^= h >> 33;   /* murmur3's finaliser */
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (size_t)h;
}

static int agg_grow(agg *g)
{
	size_t cap = g->cap ? 2 * g->cap : 4096;
	agg_cell *c = calloc(cap, sizeof *c);
	agg_ref *r = malloc(cap / 2 * sizeof *r), *t = malloc(cap / 2 * sizeof *t);
	if (!c || !r || !t) {
		free(c);
		free(r);
		free(t);
		return -1;
	}
	for (size_t i = 0; i < g->cap; i++)
		if (g->cell[i].key & AGG_USED) {
			size_t k = agg_hash(g->cell[i].key, g->cell[i].day) & (cap - 1);
			while (c[k].key & AGG_USED)
				k = (k + 1) & (cap - 1);
			c[k] = g->cell[i];
		}
	free(g->cell);
	free(g->ref);
	free(g->tmp);
	g->cell = c;
	g->ref = r;
	g->tmp = t;
	g->cap = cap;
	return 0;
}

/* The cell of (key, day), added when new; NULL when out of memory. Adding may move cells. */
static agg_cell *agg_find(agg *g, unsigned long long key, unsigned day)
{
	key |= AGG_USED;
	for (;;) {
		size_t k = g->cap ? agg_hash(key, day) & (g->cap - 1) : 0;
		while (g->cap && g->cell[k].key & AGG_USED) {
			agg_cell *c = &g->cell[k];
			if (c->day == day && c->key == key)
				return c;
			k = (k + 1) & (g->cap - 1);
		}
		if (2 * (g->n + 1) > g->cap) {
			if (agg_grow(g))
				return NULL;
			continue;
		}
		agg_cell *c = &g->cell[k];
		memset(c, 0, sizeof *c);
		c->key = key;
		c->day = day;
		g->n++;
		return c;
	}
}

/* Adds e to its dyad's cell in g and to its day's count in v (a table of its own, so that
 * adding to one never moves the cell just found in the other). */
static int agg_add(agg *g, agg *v, const imp_event *e, const char *root, int quad)
{
	unsigned long long key = (unsigned long long)pack3(e->source_country) << 24
		| pack3(e->target_country);
	agg_cell *c = agg_find(g, key, (unsigned)e->date);
	if (!c)
		return -1;
	c->events++;
	c->q[quad >= 1 && quad <= 4 ? quad : 0]++;
	if (e->has_goldstein) {
		c->gsum += e->goldstein;
		c->gn++;
	}
	double w = import_severity(root, quad, e->has_goldstein, e->goldstein);
	c->severity += w;
	c->severity_sq += w * w;
	agg_cell *d = agg_find(v, 0, (unsigned)e->date);
	if (!d)
		return -1;
	d->events++;
	return 0;
}

/* Byte d of r's sort key: 0-3 the day's, 4-11 the key's (least significant first). */
static unsigned ref_byte(const agg_ref *r, int d)
{
	return (unsigned)((d < 4 ? r->day >> 8 * d : r->key >> 8 * (d - 4)) & 0xff);
}

/* Sorts g's n refs by (key, day): a radix sort, a byte a pass from the least significant, each
 * pass stable; a byte all refs share is passed over (most of a batch's day and the used bit).
 * A comparison sort of a million cells cost more than the rest of the flush. */
static void ref_sort(agg *g, size_t n)
{
	agg_ref *a = g->ref, *b = g->tmp;
	for (int d = 0; d < 12; d++) {
		size_t at[256] = { 0 };
		for (size_t i = 0; i < n; i++)
			at[ref_byte(&a[i], d)]++;
		if (at[ref_byte(&a[0], d)] == n)
			continue;
		for (size_t v = 0, sum = 0; v < 256; v++) {
			size_t c = at[v];
			at[v] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			b[at[ref_byte(&a[i], d)]++] = a[i];
		agg_ref *t = a;
		a = b;
		b = t;
	}
	if (a != g->ref)
		memcpy(g->ref, a, n * sizeof *a);
}

/* Prepares "head row, row, ... tail" (`rows` rows) into *st. Returns SQLITE_OK or an error. */
static int prepare_rows(sqlite3 *db, const char *head, const char *row, const char *tail,
			size_t rows, sqlite3_stmt **st)
{
	size_t h = strlen(head), r = strlen(row), t = strlen(tail);
	char *sql = malloc(h + rows * (r + 1) + t + 1), *p = sql;
	if (!sql)
		return SQLITE_NOMEM;
	memcpy(p, head, h);
	p += h;
	for (size_t i = 0; i < rows; i++) {
		if (i)
			*p++ = ',';
		memcpy(p, row, r);
		p += r;
	}
	memcpy(p, tail, t + 1);
	int rc = sqlite3_prepare_v2(db, sql, -1, st, NULL);
	free(sql);
	return rc;
}

#define SUMMARY_ROWS 32   /* summary rows per upsert statement */

/* Binds cell c (13 parameters of dyad_day, or 2 of day_volume when `volume`) from k on, its
 * country codes written to a and b (which must stay until the step); returns the next
 * parameter. */
static int bind_cell(sqlite3_stmt *st, int k, const agg_cell *c, int volume, char *a, char *b)
{
	if (!volume) {
		unpack3((unsigned)(c->key >> 24 & 0xffffff), a);
		unpack3((unsigned)(c->key & 0xffffff), b);
		sqlite3_bind_text(st, k++, a, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, b, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, k++, c->day);
	sqlite3_bind_int64(st, k++, c->events);
	if (!volume) {
		for (int q = 0; q < 5; q++)
			sqlite3_bind_int64(st, k++, c->q[q]);
		sqlite3_bind_double(st, k++, c->gsum);
		sqlite3_bind_int64(st, k++, c->gn);
		sqlite3_bind_double(st, k++, c->severity);
		sqlite3_bind_double(st, k++, c->severity_sq);
	}
	return k;
}

/* Adds the batch's sums in g to table dyad_day (or day_volume when `volume`) through st[0]
 * (one row) and st[1] (SUMMARY_ROWS rows: fewer statements), in key order: the upserts walk
 * the table's B-tree from one end to the other instead of jumping around it (a batch touches
 * a million cells of a table of millions). The cells are distinct keys, so a statement of many
 * rows adds each as its own statement would. Empties g. Returns 0 or -1 (reported). */
static int agg_flush(khaldun_store *s, agg *g, sqlite3_stmt *const st[2], int volume)
{
	size_t n = 0;
	for (size_t i = 0; i < g->cap; i++)   /* the used cells' keys, then sorted */
		if (g->cell[i].key & AGG_USED)
			g->ref[n++] = (agg_ref){ g->cell[i].key, g->cell[i].day, (unsigned)i };
	if (n)
		ref_sort(g, n);
	for (size_t i = 0; i < n;) {
		size_t per = n - i >= SUMMARY_ROWS ? SUMMARY_ROWS : 1;
		sqlite3_stmt *q = st[per > 1];
		char ab[SUMMARY_ROWS][2][4];
		for (int k = 1, r = 0; per-- > 0; i++, r++)
			k = bind_cell(q, k, &g->cell[g->ref[i].at], volume, ab[r][0], ab[r][1]);
		int rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE)
			return store_fail(s, "updating the daily summary");
	}
	if (g->cap)   /* no cells yet: g->cell is NULL, which memset must not see */
		memset(g->cell, 0, g->cap * sizeof *g->cell);
	g->n = 0;
	return 0;
}

static const char *const DYAD_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char *const DYAD_UPSERT = " ON CONFLICT DO UPDATE SET events = events + "
	"excluded.events, q0 = q0 + excluded.q0, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, "
	"q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, goldstein_sum = goldstein_sum + "
	"excluded.goldstein_sum, goldstein_n = goldstein_n + excluded.goldstein_n, severity = "
	"severity + excluded.severity, severity_sq = severity_sq + excluded.severity_sq";
static const char *const VOLUME_UPSERT = " ON CONFLICT DO UPDATE SET events = events + "
	"excluded.events";

/* The summary's four upsert statements (dyad_day, day_volume; one row, SUMMARY_ROWS rows). */
static int prepare_summary(sqlite3 *db, sqlite3_stmt *dyad[2], sqlite3_stmt *vol[2])
{
	for (int m = 0; m < 2; m++) {
		size_t rows = m ? SUMMARY_ROWS : 1;
		int rc = prepare_rows(db, "INSERT INTO dyad_day VALUES ", DYAD_ROW, DYAD_UPSERT,
				      rows, &dyad[m]);
		if (rc == SQLITE_OK)
			rc = prepare_rows(db, "INSERT INTO day_volume VALUES ", "(?, ?)",
					  VOLUME_UPSERT, rows, &vol[m]);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* ---------------------------------------------------------------- import */

typedef struct {
	khaldun_store *s;
	const char *name, *dataset;
	sqlite3_stmt *ins, *dyad[2], *vol[2];
	agg sums, days;            /* the batch's dyad_day and day_volume rows */
	size_t in_batch;
	khaldun_import_result r;
	long unknown_country;
	long unknown_line;
	char unknown_name[64];
	int read_error;
	sqlite3_stmt *insn;           /* IMPORT_ROWS rows at once */
	const imp_item *pend[IMPORT_ROWS];   /* queued for insn (borrowed from the reader) */
	size_t npend;
	unsigned char was_null[IMPORT_COLS + 1];   /* parameters of `ins` bound NULL (bt, bl) */
	unsigned char was_null_n[IMPORT_COLS * IMPORT_ROWS + 1];   /* and of `insn` */
	char *trigger;                /* the SQL of the summary trigger (schema.c), or NULL */
} importer;

#define INSERT_HEAD \
	"INSERT OR IGNORE INTO event (date, source, source_name, source_country, source_sector, " \
	"target, target_name, target_country, target_sector, code, root, quad, goldstein, " \
	"plover, " \
	"plover_mode, plover_context, source_text, target_text, verb_text, pattern_file, " \
	"pattern_line, verb_file, verb_line, source_file, source_line, target_file, target_line, " \
	"mentions, dataset, ext_id, ext_story, ext_sentence, ext_text, ext_url, loc_name, " \
	"loc_country, loc_admin1, loc_lat, loc_lon, loc_geonameid, loc_precision, loc_text, " \
	"loc_feature, loc_adm1_code, attribution, time_shift) VALUES "
#define INSERT_ROW "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " \
	"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " \
	"?, ?, ?, ?, ?, ?)"

/* Parameters bound NULL stay so across sqlite3_reset: a NULL is bound only when the row
 * before had a value there (most imported columns are always empty; each bind costs).
 * was_null is the importer's, one flag per parameter. */
static void bt(unsigned char *was_null, sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v) {
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
		was_null[i] = 0;
	} else if (!was_null[i]) {
		sqlite3_bind_null(st, i);
		was_null[i] = 1;
	}
}

static void bl(unsigned char *was_null, sqlite3_stmt *st, int i, long v, int present)
{
	if (present) {
		sqlite3_bind_int64(st, i, v);
		was_null[i] = 0;
	} else if (!was_null[i]) {
		sqlite3_bind_null(st, i);
		was_null[i] = 1;
	}
}

static void bd(unsigned char *was_null, sqlite3_stmt *st, int i, double v, int present)
{
	if (present) {
		sqlite3_bind_double(st, i, v);
		was_null[i] = 0;
	} else {
		bl(was_null, st, i, 0, 0);
	}
}

/* Binds the event's place from parameter i on (10 columns); returns the next parameter. */
static int bind_place(unsigned char *was_null, sqlite3_stmt *st, int i, const imp_event *e)
{
	int has = e->loc_name != NULL;
	bt(was_null, st, i++, e->loc_name);
	bt(was_null, st, i++, has ? e->loc_country : NULL);
	bt(was_null, st, i++, e->loc_admin1);
	bd(was_null, st, i++, e->lat, has && e->has_point);
	bd(was_null, st, i++, e->lon, has && e->has_point);
	bl(was_null, st, i++, e->geonameid, has && e->geonameid > 0);
	bt(was_null, st, i++, has ? e->loc_precision : NULL);
	bt(was_null, st, i++, e->loc_text);
	bt(was_null, st, i++, e->loc_feature);
	bt(was_null, st, i++, e->loc_adm1_code);
	return i;
}

static int commit_batch(importer *im, int last);

/* Binds the event of item `it` to parameters i .. i + IMPORT_COLS - 1 of st; returns i +
 * IMPORT_COLS. was_null: st's flags (bt, bl). */
static int bind_row(unsigned char *was_null, sqlite3_stmt *st, int i, const imp_item *it,
		    const char *dataset)
{
	const imp_event *e = &it->e;
	const khaldun_cameo_info *info = &it->info;
	bt(was_null, st, i++, it->date);
	bt(was_null, st, i++, e->source);
	bt(was_null, st, i++, e->source_name);
	bt(was_null, st, i++, e->source_country);
	bt(was_null, st, i++, e->source_sector);
	bt(was_null, st, i++, e->target);
	bt(was_null, st, i++, e->target_name);
	bt(was_null, st, i++, e->target_country);
	bt(was_null, st, i++, e->target_sector);
	bt(was_null, st, i++, e->code);
	bt(was_null, st, i++, info->root);
	bl(was_null, st, i++, e->quad, e->quad != 0);
	bd(was_null, st, i++, e->goldstein, e->has_goldstein);
	bt(was_null, st, i++, info->plover);
	bt(was_null, st, i++, it->mode);
	bt(was_null, st, i++, it->context);
	bt(was_null, st, i++, e->source_text);
	bt(was_null, st, i++, e->target_text);
	bt(was_null, st, i++, e->verb_text);
	bt(was_null, st, i++, e->pattern_file);
	bl(was_null, st, i++, e->pattern_line, e->pattern_file != NULL);
	bt(was_null, st, i++, e->verb_file);
	bl(was_null, st, i++, e->verb_line, e->verb_file != NULL);
	bt(was_null, st, i++, e->source_file);
	bl(was_null, st, i++, e->source_line, e->source_file != NULL);
	bt(was_null, st, i++, e->target_file);
	bl(was_null, st, i++, e->target_line, e->target_file != NULL);
	bl(was_null, st, i++, e->mentions > 0 ? e->mentions : 1, 1);
	bt(was_null, st, i++, dataset);
	bt(was_null, st, i++, e->ext_id);
	bt(was_null, st, i++, e->story);
	bl(was_null, st, i++, e->sentence, e->has_sentence);
	bt(was_null, st, i++, e->sentence_text);
	bt(was_null, st, i++, e->url);
	i = bind_place(was_null, st, i, e);
	bt(was_null, st, i++, e->attribution);
	bl(was_null, st, i++, e->time_shift, 1);   /* NOT NULL DEFAULT 0 */
	return i;
}

/* An ext_id as bound: NULL when absent or empty (bt). */
static const char *bound_id(const char *v)
{
	return v && *v ? v : NULL;
}

/* Which of the k rows just stepped (c of them stored) were stored, in ins[]: the ids of
 * the statement's rows are (last - c, last], in row order, so the ext_ids read back from them
 * are matched to the rows in order (a row whose ext_id is not the next one read was
 * ignored: its (dataset, ext_id) was stored before). Returns 0 or -1 (reported). */
static int which_stored(importer *im, size_t k, int c, char *ins)
{
	khaldun_store *s = im->s;
	sqlite3_stmt *q;
	long long last = sqlite3_last_insert_rowid(s->db);
	if (sqlite3_prepare_v2(s->db, "SELECT ext_id FROM event WHERE id > ? ORDER BY id", -1, &q,
			       NULL) != SQLITE_OK)
		return store_fail(s, "importing an event");
	sqlite3_bind_int64(q, 1, last - c);
	int rc = sqlite3_step(q);
	for (size_t j = 0; j < k; j++) {
		const char *want = bound_id(im->pend[j]->e.ext_id);
		const char *got = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : NULL;
		ins[j] = rc == SQLITE_ROW && (want && got ? !strcmp(want, got) : want == got);
		if (ins[j])
			rc = sqlite3_step(q);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_fail(s, "importing an event");
}

/* Steps the k pending rows (k == IMPORT_ROWS: one statement of them all; else one statement
 * each), counts each as imported or duplicate and adds the stored ones to the summary, in
 * input order. A statement per row costs SQLite more than the row itself (cursors opened,
 * registers freed, the statement halted): IMPORT_ROWS rows share one. Returns 0 or a negative
 * code (reported). */
static int flush_rows(importer *im)
{
	khaldun_store *s = im->s;
	size_t k = im->npend, per = k == IMPORT_ROWS ? IMPORT_ROWS : 1;
	char ins[IMPORT_ROWS];
	for (size_t j = 0; j < k; j += per) {
		sqlite3_stmt *st = per > 1 ? im->insn : im->ins;
		unsigned char *wn = per > 1 ? im->was_null_n : im->was_null;
		for (size_t r = 0, i = 1; r < per; r++)
			i = (size_t)bind_row(wn, st, (int)i, im->pend[j + r], im->dataset);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return store_fail(s, "importing an event");
		int c = sqlite3_changes(s->db);
		if (c == 0 || (size_t)c == per)
			memset(ins + j, c != 0, per);
		else if (which_stored(im, per, c, ins + j))
			return KHALDUN_ERR_IO;
	}
	im->npend = 0;
	for (size_t j = 0; j < k; j++) {
		const imp_item *it = im->pend[j];
		if (!ins[j]) {
			im->r.duplicates++;
			continue;
		}
		im->r.imported++;
		im->in_batch++;
		if (agg_add(&im->sums, &im->days, &it->e, it->info.root, it->e.quad))
			return KHALDUN_ERR_NOMEM;
	}
	return 0;
}

/* Queues one parsed event; the queue is stored when full, or when it would reach the end of
 * the batch (so that a batch ends after the same event as when each row was stepped alone).
 * Returns 0 or a negative code (reported). */
static int store_one(importer *im, const imp_item *it)
{
	im->pend[im->npend++] = it;
	size_t room = IMPORT_BATCH - im->in_batch;
	if (im->npend < IMPORT_ROWS && im->npend < room)
		return 0;
	int rc = flush_rows(im);
	if (!rc && im->in_batch >= IMPORT_BATCH)
		rc = commit_batch(im, 0);
	return rc;
}

/* The summary trigger is for coded news; merely existing, it makes SQLite keep a statement
 * journal and a NEW row for every imported event (a third of the import's time). So each
 * batch drops it after BEGIN and creates it again before COMMIT: every other writer sees it
 * at every moment it can write. */
static int begin_batch(importer *im)
{
	khaldun_store *s = im->s;
	if (store_begin(s) != SQLITE_OK
	    || (im->trigger && store_exec(s, "DROP TRIGGER event_summary") != SQLITE_OK))
		return store_fail(s, "starting a transaction");
	return 0;
}

static char *trigger_sql(khaldun_store *s)
{
	sqlite3_stmt *q;
	char *sql = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
			       "AND name = 'event_summary'", -1, &q, NULL) == SQLITE_OK
	    && sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0)) {
		const char *t = (const char *)sqlite3_column_text(q, 0);
		if ((sql = malloc(strlen(t) + 1)))
			strcpy(sql, t);
	}
	sqlite3_finalize(q);
	return sql;
}

/* Ends the batch: summary rows, the trigger back, COMMIT; then the next unless `last`. */
static int commit_batch(importer *im, int last)
{
	khaldun_store *s = im->s;
	int rc = im->npend ? flush_rows(im) : 0;
	if (rc)
		return rc;
	if (agg_flush(s, &im->sums, im->dyad, 0) || agg_flush(s, &im->days, im->vol, 1))
		return KHALDUN_ERR_IO;
	if ((im->trigger && store_exec(s, im->trigger) != SQLITE_OK)
	    || store_exec(s, "COMMIT") != SQLITE_OK)
		return store_fail(s, "committing imported events");
	im->in_batch = 0;
	return last ? 0 : begin_batch(im);
}

/* A large import into a smaller table builds the event table's dyad indexes once, at the
 * end, by sorting, instead of inserting into each of them row by row: when the input is a
 * regular file of 64 MiB or more whose lines (~200 bytes each) outnumber the stored events.
 * The date index stays: event files come in date order, so its rows are appended at its
 * right edge (SQLite skips the descent when the key follows the last one), which costs less
 * than sorting them at the end. The unique (dataset, ext_id) index stays: it is what makes a
 * re-import add nothing; so do the partial ones (cluster, place), which cost an unplaced
 * imported row only their WHERE, while building one scans the whole table. Until they are
 * rebuilt, queries are slower, never wrong; every import rebuilds missing ones (after a
 * killed bulk import; event_date too, which earlier versions dropped), first or at its end.
 * KHALDUN_TEST_BULK forces the bulk path (tests). The definitions are schema.c's. */
#define LATER_INDEXES "CREATE INDEX IF NOT EXISTS event_dyad ON event(source, target, date);" \
	"CREATE INDEX IF NOT EXISTS event_country_dyad ON event(source_country, target_country, " \
	"date);" \
	"CREATE INDEX IF NOT EXISTS event_date ON event(date)"
#define DROP_LATER "DROP INDEX IF EXISTS event_dyad; DROP INDEX IF EXISTS event_country_dyad;"

static int bulk_wanted(khaldun_store *s, FILE *fp)
{
	if (getenv("KHALDUN_TEST_BULK"))
		return 1;
	struct stat st;
	if (fstat(fileno(fp), &st) || !S_ISREG(st.st_mode) || st.st_size < (64L << 20))
		return 0;
	sqlite3_stmt *q;
	long long stored = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT max(id) FROM event", -1, &q, NULL) == SQLITE_OK
	    && sqlite3_step(q) == SQLITE_ROW)
		stored = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return (long long)st.st_size / 200 > stored;
}

/* Stores or reports one line; a bad line is reported and counted. Returns 0 or a negative
 * code on a database error. */
static int import_item(importer *im, const imp_item *it)
{
	im->r.lines = it->lineno;
	if (it->kind == IMP_ITEM_LONG) {
		im->r.bad++;
		diag_report(&im->s->diag, KHALDUN_ERROR, im->name, it->lineno, 0, NULL, 0,
			    "line of %zu bytes, over the limit of %zu; skipped", it->n,
			    IMPORT_MAX_LINE);
		return 0;
	}
	if (it->kind == IMP_ITEM_BAD) {
		im->r.bad++;
		char where[40] = "";
		if (it->column < 0)
			snprintf(where, sizeof where, "field %ld: ", -it->column);
		diag_report(&im->s->diag, KHALDUN_ERROR, im->name, it->lineno,
			    it->column > 0 ? it->column : 0, it->line, it->n, "%s%s; line skipped",
			    where, it->problem ? it->problem : "bad line");
		return 0;
	}
	if (it->unknown_country && !im->unknown_country++) {
		snprintf(im->unknown_name, sizeof im->unknown_name, "%s", it->unknown_country);
		im->unknown_line = it->lineno;
	}
	if (it->kind != IMP_ITEM_EVENT)
		return 0;
	return store_one(im, it);
}

/* Stores the lines the reader thread parses (import_read.c) as they come. */
static int import_lines(importer *im, FILE *fp, enum khaldun_import_format fmt)
{
	imp_reader *rd;
	if (imp_reader_start(&rd, fp, fmt, im->s->cameo))
		return KHALDUN_ERR_NOMEM;
	const imp_item *it;
	size_t n;
	int rc = 0;
	while (!rc && (n = imp_reader_next(rd, &it)) > 0) {
		for (size_t i = 0; i < n && !rc; i++)
			rc = import_item(im, &it[i]);
		if (!rc && im->npend)   /* the chunk's items are the reader's after the next call */
			rc = flush_rows(im);
	}
	int status = imp_reader_end(rd);
	if (!rc && status == IMP_READER_NOMEM)
		rc = KHALDUN_ERR_NOMEM;
	if (!rc && status == IMP_READER_READ_ERROR) {
		diag_report(&im->s->diag, KHALDUN_ERROR, im->name, 0, 0, NULL, 0,
			    "read error; the events before it are imported");
		rc = KHALDUN_ERR_IO;
		im->read_error = 1;
	}
	return rc;
}

/* A connection of the import's own, without SQLite's per-call mutex (the import is its only
 * user), set as s->db; the caller puts the handle's own back. NULL: the handle's is used. */
static sqlite3 *open_bulk(khaldun_store *s)
{
	sqlite3 *bulk = NULL;
	if (strcmp(s->path, ":memory:") && *s->path
	    && sqlite3_open_v2(s->path, &bulk, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
		       == SQLITE_OK) {
		store_busy_setup(s, bulk);
		sqlite3_extended_result_codes(bulk, 1);
		s->db = bulk;
	} else {
		sqlite3_close(bulk);
		bulk = NULL;
	}
	/* 256 MiB: the indexes stay in memory; the statement journal (the INSERT may fire the
	 * summary trigger) in memory too, not in a temporary file */
	store_exec(s, "PRAGMA cache_size = -262144");
	store_exec(s, "PRAGMA temp_store = MEMORY");
	store_exec(s, "PRAGMA synchronous = NORMAL");   /* as the store's own connection */
	/* the deferred index builds: SQLite's sorter on two threads, the table read through a
	 * mapping instead of a read() per page */
	store_exec(s, "PRAGMA threads = 2");
	store_exec(s, "PRAGMA mmap_size = 4294967296");
	return bulk;
}

int khaldun_store_import(khaldun_store *s, FILE *fp, const char *name,
			 enum khaldun_import_format fmt, const char *dataset,
			 khaldun_import_result *res)
{
	if (s && s->pg)
		return pg_import(s, fp, name, fmt, dataset, res);
	static const char *const names[] = { "events", "icews", "gdelt" };
	if (res)
		memset(res, 0, sizeof *res);
	if (!s || !fp || (unsigned)fmt > KHALDUN_IMPORT_GDELT || s->read_only
	    || (dataset && (!*dataset || !strcmp(dataset, "news"))))
		return KHALDUN_ERR_ARG;
	importer im;
	memset(&im, 0, sizeof im);
	im.s = s;
	im.name = name ? name : "<input>";
	im.dataset = dataset ? dataset : names[fmt];
	int rc = KHALDUN_OK;
	sqlite3 *own = s->db, *bulk = open_bulk(s);
	if (prepare_rows(s->db, INSERT_HEAD, INSERT_ROW, "", 1, &im.ins) != SQLITE_OK
	    || prepare_rows(s->db, INSERT_HEAD, INSERT_ROW, "", IMPORT_ROWS, &im.insn) != SQLITE_OK
	    || prepare_summary(s->db, im.dyad, im.vol) != SQLITE_OK) {
		rc = store_fail(s, "preparing the import");
		goto out;
	}
	int deferred = bulk_wanted(s, fp);
	im.trigger = trigger_sql(s);
	if (store_exec(s, deferred ? DROP_LATER : LATER_INDEXES) != SQLITE_OK) {
		rc = store_fail(s, "starting a transaction");
		goto out;
	}
	if ((rc = begin_batch(&im)))
		goto out;
	rc = import_lines(&im, fp, fmt);
	if (!rc || im.read_error) {   /* a read error keeps what was read before it */
		int c = commit_batch(&im, 1);
		rc = c ? c : rc;
	}
	if (!sqlite3_get_autocommit(s->db))
		store_exec(s, "ROLLBACK");
	if (deferred && store_exec(s, LATER_INDEXES) != SQLITE_OK && !rc)
		rc = store_fail(s, "building the event indexes");
	if (im.unknown_country)
		diag_report(&s->diag, KHALDUN_WARNING, im.name, im.unknown_line, 0, NULL, 0,
			    "%ld events name a country not in khaldun's table (first: \"%s\"); "
			    "they are imported without a country code", im.unknown_country,
			    im.unknown_name);
out:
	sqlite3_finalize(im.ins);
	sqlite3_finalize(im.insn);
	for (int m = 0; m < 2; m++) {
		sqlite3_finalize(im.dyad[m]);
		sqlite3_finalize(im.vol[m]);
	}
	free(im.sums.cell);
	free(im.sums.ref);
	free(im.sums.tmp);
	free(im.days.cell);
	free(im.days.ref);
	free(im.days.tmp);
	free(im.trigger);
	if (bulk) {
		sqlite3_close(bulk);
		s->db = own;
	}
	if (res)
		*res = im.r;
	return rc;
}
