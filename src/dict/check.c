/*
 * check.c - the dictionary linter behind `khaldun dict check`. It loads a project as the coder
 * does, then reads the compiled dictionary (never changing it) for entries that are wrong or
 * can never be used: duplicate phrases, unknown CAMEO event codes, malformed actor and agent
 * codes, overlapping date restrictions (here), patterns an earlier pattern always pre-empts
 * and verb phrases an actor or noun phrase always takes (check_order.c). Every check_finding names
 * the entry's file:line (and column, from the file's own text) through the caller's callback.
 */
#include "dict/check.h"
#include "base/buf.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GROUP_BLOCKS 256
#define MSG 900

static void count_diag(void *vctx, const khaldun_diag *d)
{
	chk *c = vctx;
	c->errors += d->severity == KHALDUN_ERROR;
	c->warnings += d->severity == KHALDUN_WARNING;
	if (c->fn)
		c->fn(c->ctx, d);
}

static lfile *lfile_get(chk *c, const char *path)
{
	for (int i = 0; i < c->nfiles; i++)
		if (!strcmp(c->files[i].path, path))
			return &c->files[i];
	lfile *v = buf_realloc_array(c->files, (size_t)c->nfiles + 1, sizeof *v);
	if (!v)
		return NULL;
	c->files = v;
	lfile *f = &c->files[c->nfiles++];
	memset(f, 0, sizeof *f);
	f->path = path;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return f;
	size_t len = 0, cap = 0;
	char *data = NULL;
	for (;;) {
		if (buf_reserve_array(&data, &cap, len + 2, 1, 1 << 16)) {
			free(data);
			data = NULL;
			break;
		}
		size_t got = fread(data + len, 1, cap - len - 1, fp);
		if (!got)
			break;
		len += got;
	}
	fclose(fp);
	if (!data)
		return f;
	data[len] = 0;
	size_t nl = 1;
	for (size_t i = 0; i < len; i++)
		nl += data[i] == '\n';
	f->off = malloc(nl * sizeof *f->off);
	if (!f->off) {
		free(data);
		return f;
	}
	f->data = data;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || data[i] == '\n') {
			if (i == len && start == len)
				break;
			data[i] = 0;
			if (i > start && data[i - 1] == '\r')
				data[i - 1] = 0;
			f->off[f->n++] = start;
			start = i + 1;
		}
	}
	return f;
}

/* Line `line` (1-based) of `path` as written, or NULL. */
const char *check_raw_line(chk *c, const char *path, long line)
{
	lfile *f = path ? lfile_get(c, path) : NULL;
	if (!f || !f->data || line < 1 || line > f->n)
		return NULL;
	return f->data + f->off[line - 1];
}

/* 1-based column of `word` (case-insensitive) in `line` at or after column `from`, or 0. */
long check_find_col(const char *line, const char *word, long from)
{
	size_t n = strlen(word);
	if (!line || !n)
		return 0;
	size_t len = strlen(line);
	for (size_t i = from > 1 ? (size_t)from - 1 : 0; i + n <= len; i++) {
		size_t k = 0;
		while (k < n &&
		       toupper((unsigned char)line[i + k]) == toupper((unsigned char)word[k]))
			k++;
		if (k == n)
			return (long)i + 1;
	}
	return 0;
}

/* The position of a file in the project, for reporting in file order. */
static int file_rank(const khaldun_dict *d, const char *path)
{
	for (int i = 0; path && i < d->nfiles; i++)
		if (!strcmp(d->files[i].path, path))
			return i;
	return d->nfiles;
}

void check_finding(chk *c, khaldun_severity sev, const char *file, long line, long col,
		    const char *fmt, ...)
{
	char msg[MSG];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (buf_grow_array(&c->found, &c->capfound, c->nfound, sizeof *c->found, 64)) {
		c->nomem = 1;
		return;
	}
	struct found *f = &c->found[c->nfound];
	f->msg = malloc(strlen(msg) + 1);
	if (!f->msg) {
		c->nomem = 1;
		return;
	}
	strcpy(f->msg, msg);
	f->sev = sev;
	f->file = file;
	f->rank = file_rank(c->d, file);
	f->line = line;
	f->col = col;
	f->seq = c->nfound++;
}

static int by_place(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Reports the findings in file order (the checks find them in their own orders). */
static void report_findings(chk *c)
{
	if (c->nfound)
		qsort(c->found, c->nfound, sizeof *c->found, by_place);
	for (size_t i = 0; i < c->nfound; i++) {
		struct found *f = &c->found[i];
		const char *text = check_raw_line(c, f->file, f->line);
		diag_report(&c->sink, f->sev, f->file, f->line, f->col, text,
			    text ? strlen(text) : 0, "%s", f->msg);
	}
}


/* ---------------------------------------------------------------- the entries */

int check_nounish(int type)
{
	return type == ENT_ACTOR || type == ENT_AGENT || type == ENT_NOUN || type == ENT_ADJ;
}

const char *check_type_name(int type)
{
	static const char *const names[ENT__N] = { "actor", "agent", "noun", "adjective", "verb",
					     "time phrase", "attribution phrase" };
	return type < ENT__N ? names[type] : "entry";
}

static int by_seq(const void *a, const void *b)
{
	const dict_entry *x = *(const dict_entry *const *)a, *y = *(const dict_entry *const *)b;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Every indexed entry, in load order (malloc'd; *n set). */
static const dict_entry **all_entries(const khaldun_dict *d, size_t *n)
{
	size_t total = 0;
	for (uint32_t i = 0; i < d->nslots; i++)
		total += d->slots[i].n;
	const dict_entry **v = malloc((total ? total : 1) * sizeof *v);
	*n = 0;
	if (!v)
		return NULL;
	for (uint32_t i = 0; i < d->nslots; i++)
		for (uint32_t k = 0; k < d->slots[i].n; k++)
			v[(*n)++] = d->slots[i].v[k];
	qsort(v, *n, sizeof *v, by_seq);
	return v;
}

int check_is_root(const dict_entry *e)
{
	return e->verb && e->verb->at.line == e->at.line &&
	       check_streq(e->verb->at.file, e->at.file);
}

long check_phrase_col(chk *c, const dict_entry *e)
{
	const dict_pel *w = &e->words.e[0];
	return w->kind == PEL_WORD ? check_find_col(check_raw_line(c, e->at.file, e->at.line),
						    w->text, 1) : 0;
}

/* ---------------------------------------------------------------- duplicates */

typedef struct {
	const dict_entry *e;
	char key[512];   /* matching class and the phrase as written */
} keyed;

static int by_key(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	int r = strcmp(x->key, y->key);
	if (r)
		return r;
	/* the one the coder's lookup keeps first */
	return dict_entry_precedes(y->e, x->e) - dict_entry_precedes(x->e, y->e);
}

/* Two entries with the same words and the same endings match the same text; the coder keeps
 * one (the higher type, then the first loaded), so the other is never used. */
static void check_duplicates(chk *c, const dict_entry **v, size_t n)
{
	keyed *k = malloc((n ? n : 1) * sizeof *k);
	if (!k) {
		c->nomem = 1;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		sbuf b = { k[i].key, 0, sizeof k[i].key };
		k[i].key[0] = 0;
		k[i].e = v[i];
		/* nouns, adjectives, actors and agents share noun endings and compete; verbs,
		 * time and attribution phrases take verb endings and are looked at per type */
		char cls[3] = { 'n', ' ', 0 };
		if (!check_nounish(v[i]->type))
			cls[0] = v[i]->type == ENT_VERB ? 'v' : v[i]->type == ENT_TIME ? 't' : 'a';
		check_sb_adds(&b, cls);
		check_render_seq(&b, v[i]->words.e, v[i]->words.n);
	}
	qsort(k, n, sizeof *k, by_key);
	for (size_t i = 0; i < n; ) {
		size_t j = i + 1;
		while (j < n && !strcmp(k[i].key, k[j].key))
			j++;
		const dict_entry *w = k[i].e;
		for (size_t m = i + 1; m < j; m++) {
			const dict_entry *e = k[m].e;
			int same;
			SBUF(mine, 256);
			SBUF(theirs, 256);
			if (check_nounish(e->type)) {
				same = e->type == w->type && check_codes_same(e->codes, w->codes);
				check_render_codes(&mine, e->codes);
				check_render_codes(&theirs, w->codes);
			} else {
				same = e->verb == w->verb ||
				       (check_evcode_same(&e->verb->code, &w->verb->code) &&
				       !e->verb->npats);
				check_render_evcode(&mine, &e->verb->code);
				check_render_evcode(&theirs, &w->verb->code);
				if (e->verb->npats && e->verb != w->verb) {
					char t[64];
					snprintf(t, sizeof t, " with %d pattern%s", e->verb->npats,
						 e->verb->npats == 1 ? "" : "s");
					check_sb_adds(&mine, t);
				}
			}
			const char *phrase = k[m].key + 2;
			if (same)
				check_finding(c, KHALDUN_WARNING, e->at.file, e->at.line,
					check_phrase_col(c, e),
					"duplicate %s '%s': the same entry as %s:%d",
					check_type_name(e->type),
					phrase, w->at.file, w->at.line);
			else
				check_finding(c, KHALDUN_ERROR, e->at.file, e->at.line,
					check_phrase_col(c, e),
					"conflicting duplicate: %s '%s' %s is never used, "
					"because the %s "
					"'%s' %s at %s:%d matches the same words and always wins",
					check_type_name(e->type), phrase, mine.p,
					check_type_name(w->type), phrase,
					theirs.p, w->at.file, w->at.line);
		}
		i = j;
	}
	free(k);
}

/* ---------------------------------------------------------------- actor and agent codes */

/* One "[CODE restriction]" block of an actor's group, as written. */
typedef struct {
	long line, col;      /* where the code starts */
	char code[128];      /* as written (case kept) */
	int used;
} rawblock;

/* Collects the code blocks of the group that starts at `head` (its line, then '+' synonym
 * lines and indented code lines, as tabari_load_actors reads them). */
static int group_blocks(chk *c, const dict_entry *head, rawblock *out, int max)
{
	int n = 0;
	for (long ln = head->at.line;; ln++) {
		const char *line = check_raw_line(c, head->at.file, ln);
		if (!line)
			break;
		const char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (ln > head->at.line) {
			if (!*p || *line == '#' || *line == '/' || *p == ';')
				continue;
			if (!strncmp(p, "~~", 2) || *p == '<')
				break;
			if (*p != '+' && !((*line == ' ' || *line == '\t') && *p == '['))
				break;
		}
		const char *end = strchr(line, ';');
		if (!end)
			end = line + strlen(line);
		for (const char *q = line; q < end && n < max; q++) {
			if (*q != '[')
				continue;
			const char *a = q + 1;
			while (*a == ' ' || *a == '\t')
				a++;
			const char *z = a;
			while (z < end && *z != ' ' && *z != '\t' && *z != '<' && *z != '>' &&
			       *z != ']')
				z++;
			rawblock *r = &out[n++];
			size_t len = (size_t)(z - a) < sizeof r->code - 1 ? (size_t)(z - a)
									  : sizeof r->code - 1;
			memcpy(r->code, a, len);
			r->code[len] = 0;
			r->line = ln;
			r->col = (long)(a - line) + 1;
			r->used = 0;
		}
	}
	return n;
}

/* The block a loaded code came from: the first unused one that spells it (any case). */
static rawblock *block_of(rawblock *b, int nb, const dict_dated_code *dc)
{
	SBUF(want, 256);
	if (dc->kind == CODE_NULL)
		check_sb_adds(&want, "---");
	else if (dc->kind == CODE_DISCARD)
		check_sb_adds(&want, "###");
	else if (dc->kind == CODE_COMPLEX)
		check_sb_adds(&want, "+++");
	for (int i = 0; dc->kind == CODE_EVENT && i < dc->ncodes; i++) {
		if (i)
			check_sb_adds(&want, "/");
		check_sb_adds(&want, dc->codes[i]);
	}
	for (int i = 0; i < nb; i++) {
		if (b[i].used || strlen(b[i].code) != want.n)
			continue;
		size_t k = 0;
		while (k < want.n &&
		       toupper((unsigned char)b[i].code[k]) == (unsigned char)want.p[k])
			k++;
		if (k == want.n) {
			b[i].used = 1;
			return &b[i];
		}
	}
	return NULL;
}

/* Checks one part of a (possibly compound) code; `raw` is how it was written, or NULL. */
static void check_code_part(chk *c, const dict_entry *head, int agents_file, const char *code,
			    const char *raw, size_t rawlen, long line, long col)
{
	const char *file = head->at.file;
	for (size_t i = 0; raw && i < rawlen; i++) {
		if (islower((unsigned char)raw[i])) {
			check_finding(c, KHALDUN_ERROR, file, line, col + (long)i,
				"actor code '%.*s' is not upper case (it is read as '%s')",
				(int)rawlen,
				raw, code);
			break;
		}
	}
	int tildes = 0;
	for (const char *t = code; *t; t++)
		tildes += *t == '~';
	size_t len = strlen(code);
	if (tildes > 1) {
		check_finding(c, KHALDUN_ERROR, file, line, col,
			"agent code '%s' has %d '~' (one, first or last: [~GOV] or [GOV~])", code,
			tildes);
		return;
	}
	if (tildes == 1 && code[0] != '~' && code[len - 1] != '~') {
		check_finding(c, KHALDUN_ERROR, file, line, col + (long)(strchr(code, '~') - code),
			"'~' inside agent code '%s' (it goes first or last: [~GOV] or [GOV~])",
			code);
		return;
	}
	if (tildes == 1) {
		if (len == 1)
			check_finding(c, KHALDUN_ERROR, file, line, col,
				"agent code '~' names no agent");
		return;
	}
	if (agents_file) {
		check_finding(c, KHALDUN_ERROR, file, line, col,
			"agent code '%s' without '~' (write [~%s] for a suffix or [%s~] for a "
			"prefix): the entry is read as an actor", code, code, code);
		return;
	}
	if (len < 3 || !isupper((unsigned char)code[0]) || !isupper((unsigned char)code[1]) ||
	    !isupper((unsigned char)code[2]))
		check_finding(c, KHALDUN_ERROR, file, line, col,
			"actor code '%s' does not begin with a 3-letter country or group code",
			code);
}

static int by_codes_then_seq(const void *a, const void *b)
{
	const dict_entry *x = *(const dict_entry *const *)a, *y = *(const dict_entry *const *)b;
	if (x->codes != y->codes)
		return (uintptr_t)x->codes < (uintptr_t)y->codes ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

static void check_group(chk *c, const dict_entry *head)
{
	const dict_actor_codes *ac = head->codes;
	rawblock blocks[MAX_GROUP_BLOCKS];
	int nb = group_blocks(c, head, blocks, MAX_GROUP_BLOCKS);
	int agents_file = dict_file_kind(c->d, head->at.file) == DICT_AGENTS;
	const rawblock *where[64] = { 0 };
	for (int i = 0; i < ac->n && i < 64; i++) {
		const dict_dated_code *dc = &ac->v[i];
		const rawblock *rb = block_of(blocks, nb, dc);
		where[i] = rb;
		if (dc->kind != CODE_EVENT)
			continue;
		const char *raw = rb ? rb->code : NULL;
		for (int j = 0; j < dc->ncodes; j++) {
			size_t rl = 0;
			if (raw) {
				const char *slash = strchr(raw, '/');
				rl = slash ? (size_t)(slash - raw) : strlen(raw);
			}
			check_code_part(c, head, agents_file, dc->codes[j], raw, rl,
					rb ? rb->line : head->at.line,
					rb ? rb->col + (long)(raw - rb->code) : 0);
			if (raw) {
				raw += rl;
				if (*raw == '/')
					raw++;
			}
		}
	}
	/* restricted codes are tried in order before the default (dict_actor_code_on):
	 * where two ranges overlap, the later code is never used on those dates. Ranges that
	 * share only their boundary day (TABARI's usual hand-over: 790115 ends one office and
	 * starts the next) and overlaps of the very same code change one day or nothing: those
	 * are warnings. */
	for (int j = 1; j < ac->n && j < 64; j++) {
		const dict_dated_code *b = &ac->v[j];
		if (dict_dated_open(b))
			continue;
		for (int i = 0; i < j; i++) {
			const dict_dated_code *a = &ac->v[i];
			if (dict_dated_open(a))
				continue;
			if (a->lo > b->hi || b->lo > a->hi)
				continue;
			long from = a->lo > b->lo ? a->lo : b->lo,
				to = a->hi < b->hi ? a->hi : b->hi;
			int same = a->kind == b->kind && a->ncodes == b->ncodes;
			for (int k = 0; same && k < a->ncodes; k++)
				same = check_streq(a->codes[k], b->codes[k]);
			SBUF(x, 200);
			SBUF(y, 200);
			SBUF(span, 64);
			check_render_dated(&x, a);
			check_render_dated(&y, b);
			check_sb_adds(&span, to == from ? "on " : "from ");
			check_render_date(&span, from);
			if (to != from) {
				check_sb_adds(&span, " to ");
				check_render_date(&span, to);
			}
			check_finding(c, same || from == to ? KHALDUN_WARNING : KHALDUN_ERROR,
				head->at.file, where[j] ? where[j]->line : head->at.line,
				where[j] ? where[j]->col : 0,
				"date restriction %s of '%s' overlaps %s (line %ld): %s %s", y.p,
				head->parent ? head->parent : "?", x.p,
				where[i] ? where[i]->line : (long)head->at.line, span.p,
				same ? "it repeats the same code" : "the earlier one is "
				"always used");
			break;
		}
	}
}

static void check_actor_codes(chk *c, const dict_entry **v, size_t n)
{
	const dict_entry **a = malloc((n ? n : 1) * sizeof *a);
	if (!a) {
		c->nomem = 1;
		return;
	}
	size_t na = 0;
	for (size_t i = 0; i < n; i++)
		if ((v[i]->type == ENT_ACTOR || v[i]->type == ENT_AGENT) && v[i]->codes)
			a[na++] = v[i];
	qsort(a, na, sizeof *a, by_codes_then_seq);
	for (size_t i = 0; i < na; i++)
		if (!i || a[i]->codes != a[i - 1]->codes)
			check_group(c, a[i]);
	free(a);
}

/* ---------------------------------------------------------------- event codes */

/* CAMEO 1.1b3 codes that GDELT's Goldstein table lacks; each is defined in the CAMEO 1.1b3
 * manual (../shared/cameo/CAMEO.Manual.1.1b3.tex: 155 mobilize or increase cyber-forces, 176
 * attack cybernetically, 1834 location bombing, 1951-1952 precision-guided and remotely
 * piloted aerial munitions). Their Goldstein score falls back to the parent code. */
static const char *const cameo_extra[] = { "155", "176", "1834", "1951", "1952" };

/* 0 known, 1 well formed but not in the table, 2 not a CAMEO code. */
static int event_code_status(const chk *c, const char *code)
{
	size_t n = strlen(code);
	if (n < 2 || n > 4)
		return 2;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)code[i]))
			return 2;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 1 || root > 20)
		return 2;
	if (n == 2 || !c->cameo)
		return 0;
	if (cameo_has_code(c->cameo, code))
		return 0;
	for (size_t i = 0; i < sizeof cameo_extra / sizeof cameo_extra[0]; i++)
		if (!strcmp(code, cameo_extra[i]))
			return 0;
	return 1;
}

static void check_event_code(chk *c, const dict_evcode *ec, const dict_origin *at)
{
	if (ec->kind != CODE_EVENT)
		return;
	const char *line = check_raw_line(c, at->file, at->line);
	long from = 1;
	if (line && strchr(line, '['))
		from = (long)(strchr(line, '[') - line) + 1;
	const char *codes[2] = { ec->a, ec->b };
	for (int i = 0; i < 2 && codes[i]; i++) {
		long col = check_find_col(line, codes[i], from);
		if (col)
			from = col + 1;
		int st = event_code_status(c, codes[i]);
		if (st == 2)
			check_finding(c, KHALDUN_ERROR, at->file, at->line, col,
				"'%s' is not a CAMEO event code (2-4 digits, root 01-20)",
				codes[i]);
		else if (st == 1)
			check_finding(c, KHALDUN_WARNING, at->file, at->line, col,
				"event code %s is not in the CAMEO table (nor in CAMEO 1.1b3): its "
				"Goldstein score and PLOVER type fall back to its parent",
				codes[i]);
	}
}

/* ---------------------------------------------------------------- the check */

int khaldun_dict_check(const char *path, const char *cameo_dir, khaldun_diag_fn fn, void *ctx,
		       khaldun_dict_check_result *out)
{
	if (out)
		memset(out, 0, sizeof *out);
	if (!path)
		return KHALDUN_ERR_ARG;
	chk c;
	memset(&c, 0, sizeof c);
	c.fn = fn;
	c.ctx = ctx;
	c.sink.fn = count_diag;
	c.sink.ctx = &c;
	int rc;
	if (cameo_dir && (rc = *cameo_dir ? khaldun_cameo_load(&c.cameo, cameo_dir, count_diag, &c)
				     : khaldun_cameo_builtin(&c.cameo)))
		goto done;
	if ((rc = khaldun_dict_load(&c.d, path, count_diag, &c)))
		goto done;
	if (!c.cameo)
		diag_report(&c.sink, KHALDUN_NOTE, NULL, 0, 0, NULL, 0,
			    "no CAMEO tables: event codes are checked for their shape only");

	size_t n;
	const dict_entry **v = all_entries(c.d, &n);
	if (!v) {
		rc = KHALDUN_ERR_NOMEM;
		goto done;
	}
	check_duplicates(&c, v, n);
	check_actor_codes(&c, v, n);
	for (size_t i = 0; i < n; i++) {
		const dict_entry *e = v[i];
		if (e->type == ENT_VERB)
			check_shadowed(&c, e);
		if (!e->verb || !check_is_root(e))
			continue;
		c.checked += (size_t)e->verb->npats;
		if (e->type == ENT_VERB) {
			check_event_code(&c, &e->verb->code, &e->verb->at);
			for (int k = 0; k < e->verb->npats; k++)
				check_event_code(&c, &e->verb->pats[k].code, &e->verb->pats[k].at);
		}
		check_patterns(&c, e->verb);
	}
	c.checked += n;
	free(v);
	report_findings(&c);
	if (c.nomem) {   /* what was reported is not all there is */
		diag_report(&c.sink, KHALDUN_ERROR, NULL, 0, 0, NULL, 0,
			    "out of memory: the check is incomplete");
		rc = KHALDUN_ERR_NOMEM;
	}
done:
	if (out) {
		out->errors = c.errors;
		out->warnings = c.warnings;
		out->files = c.d ? (size_t)c.d->nfiles : 0;
		out->entries = c.checked;
	}
	for (size_t i = 0; i < c.nfound; i++)
		free(c.found[i].msg);
	free(c.found);
	for (int i = 0; i < c.nfiles; i++) {
		free(c.files[i].data);
		free(c.files[i].off);
	}
	free(c.files);
	khaldun_dict_free(c.d);
	khaldun_cameo_free(c.cameo);
	return rc;
}

