/*
 * tabari.h - the TABARI dictionary format (.project, .actors, .agents, .verbs, .options), as
 * read by the files tabari_text.c (lines, phrases), tabari_codes.c (codes in [ ]), tabari.c
 * (the dictionary files) and project.c (the project file). They build the model in dict.h and
 * nothing else; every malformed line is reported with file:line:column and skipped.
 */
#ifndef KH_TABARI_H
#define KH_TABARI_H
#include "dict/dict.h"

#define TABARI_MAX_ELEMS 256

/* A dictionary file being read, line by line. */
typedef struct {
	khaldun_dict *d;
	const char *path;   /* interned */
	char *data;         /* the whole file, NUL-terminated: pages_zero's block of data_cap */
	size_t data_cap;
	size_t len, pos;
	/* offset of the first NUL byte not yet met by tabari_next_line (or len) */
	size_t nul_at;
	int lineno;
	const char *line;   /* current line (NUL-terminated, CR stripped) */
	size_t linelen;
	const char *copy;   /* a normalised copy of part of the line being parsed ... */
	size_t copy_len;
	long copy_col;      /* ... and the column where that part starts */
	char *scratch;      /* malloc'd room for that copy, reused line after line */
	size_t scratch_cap;
} tabari_src;

/* tabari_text.c: the file, its lines and their diagnostics */
int tabari_open(tabari_src *s, khaldun_dict *d, const char *path);
/* Advances to the next line; returns 0 at end of file. NUL bytes are reported and blanked. */
int tabari_next_line(tabari_src *s);
void tabari_close(tabari_src *s);
/* Reports an error (or a warning: a line used after a documented repair) at `at` (may be NULL)
 * in the current line; fmt has one %s for arg. */
void tabari_error(tabari_src *s, const char *at, const char *fmt, const char *arg);
void tabari_warn(tabari_src *s, const char *at, const char *fmt, const char *arg);
const char *tabari_skip_ws(const char *p);
/* Trims trailing blanks of [p, e) and returns the new end. */
const char *tabari_rtrim(const char *p, const char *e);

/* tabari_text.c: phrases */
/* Parses a pattern or phrase [p, e) into elements; returns the count or -1 (reported). */
int tabari_phrase(tabari_src *s, const char *p, const char *e, dict_pel *out, int max);
/* A synset member [p, e) of synset `self` (which it may not name). */
int tabari_synset_member(tabari_src *s, const char *p, const char *e, const char *self,
			 dict_pel *out, int max);
/* The phrase part [p, e) of an actor, agent, noun or verb line: words only. */
int tabari_phrase_words(tabari_src *s, const char *p, const char *e, dict_pel *w, int max);
/* A new entry at the current line, and its indexing (a phrase must begin with a word). */
dict_entry *tabari_entry(tabari_src *s, int type, const dict_pel *w, int nw, const char *text);
int tabari_add_entry(tabari_src *s, dict_entry *e);

/* tabari_codes.c */
/* Finds the code part "[...] [...]" of a line: the first '[' outside any comment, or NULL;
 * sets *comment to the ';' that starts a comment (or the line end). */
const char *tabari_find_codes(const char *line, const char **comment);
/* Parses an event code "[123]", "[032:033]", "[023?]", "[031!]", "[---]", "[###]", "[+++]". */
int tabari_evcode(tabari_src *s, const char *p, const char *e, dict_evcode *out);
/* Parses "[..] [..] ..." from p up to end into out[*nout..max); the default must be last. */
int tabari_code_blocks(tabari_src *s, const char *p, const char *end, dict_dated_code *out,
		       int max, int *nout);
/* The dated codes of a synonym group, checked for order (an unrestricted code last). */
const dict_actor_codes *tabari_actor_codes(tabari_src *s, const dict_dated_code *v, int n,
					   int line, const char *name);

/* tabari.c: the dictionary files */
int tabari_load_actors(khaldun_dict *d, const char *path, int agents);
int tabari_load_verbs(khaldun_dict *d, const char *path);
int tabari_load_options(khaldun_dict *d, const char *path);
#endif
