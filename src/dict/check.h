/*
 * check.h - the dictionary linter's own parts (check.c: the files' lines, findings, the
 * checks of entries and codes, the driver; check_text.c: rendering entries and comparing
 * them; check_order.c: what the coder always tries first). Not used outside src/dict.
 * Findings are collected on the chk and reported once, in file order, at the end.
 */
#ifndef KH_DICT_CHECK_H
#define KH_DICT_CHECK_H
#include "dict/dict.h"
#include "cameo/cameo.h"

/* ---------------------------------------------------------------- the files' own lines */

typedef struct {
	const char *path;
	char *data;        /* the file, lines NUL-terminated in place (CR stripped) */
	size_t *off;       /* start of line k+1 */
	long n;
} lfile;

struct found {
	khaldun_severity sev;
	const char *file;
	int rank;            /* the file's place in the project */
	long line, col;
	char *msg;
	size_t seq;
};

typedef struct {
	khaldun_dict *d;
	khaldun_cameo *cameo;
	khaldun_diag_fn fn;  /* the caller's callback ... */
	void *ctx;
	size_t errors, warnings;  /* ... and what went through it: findings and load messages */
	diag_sink sink;      /* this check's findings (through count_diag) */
	struct found *found; /* findings, reported in file order at the end */
	size_t nfound, capfound;
	lfile *files;
	int nfiles;
	size_t checked;      /* entries and patterns looked at */
	int nomem;           /* a finding or a whole check was lost to out of memory */
} chk;


/* A bounded string builder: text past the capacity is dropped. */
typedef struct {
	char *p;
	size_t n, cap;
} sbuf;
#define SBUF(name, size) char name##_[size]; sbuf name = { name##_, 0, size }; name##_[0] = 0

/* check.c */
/* Records a finding at file:line:col (reported in file order at the end). */
void check_finding(chk *c, khaldun_severity sev, const char *file, long line, long col,
		   const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Line `line` (1-based) of `path` as written, or NULL. */
const char *check_raw_line(chk *c, const char *path, long line);
/* 1-based column of `word` (case-insensitive) in `line` at or after column `from`, or 0. */
long check_find_col(const char *line, const char *word, long from);
/* Actors, agents, nouns and adjectives: the entries the lookup prefers to verbs. */
int check_nounish(int type);
const char *check_type_name(int type);
/* 1 when the entry is its verb root's own line (not one of its { forms }). */
int check_is_root(const dict_entry *e);
/* The column of the entry's first word on its line. */
long check_phrase_col(chk *c, const dict_entry *e);

/* check_text.c */
void check_sb_add(sbuf *b, const char *s, size_t n);
void check_sb_adds(sbuf *b, const char *s);
/* Writes a phrase as a dictionary would: A_B (exact, next), A_ B (exact), A~ B, A= . */
void check_render_seq(sbuf *b, const dict_pel *e, int n);
void check_render_date(sbuf *b, long v);
void check_render_dated(sbuf *b, const dict_dated_code *dc);
void check_render_codes(sbuf *b, const dict_actor_codes *ac);
void check_render_evcode(sbuf *b, const dict_evcode *c);
int check_streq(const char *a, const char *b);
int check_pel_same(const dict_pel *a, const dict_pel *b);
int check_seq_same(const dict_pel *a, int na, const dict_pel *b, int nb);
int check_codes_same(const dict_actor_codes *a, const dict_actor_codes *b);
int check_evcode_same(const dict_evcode *a, const dict_evcode *b);

/* check_order.c */
/* Patterns of a root that an earlier pattern always pre-empts in the coder's order. */
void check_patterns(chk *c, const dict_verb_root *vr);
/* A verb phrase an actor, agent, noun or adjective phrase always takes. */
void check_shadowed(chk *c, const dict_entry *v);
#endif
