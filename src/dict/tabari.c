/*
 * tabari.c - TABARI's dictionary files: .actors and .agents (phrases with codes, + synonyms,
 * indented code lines, <NOUN> and <ADJECTIVE> sections), .verbs (roots, { forms }, - patterns,
 * <SYNSETS>, <TIME> and <ATTRIB> sections) and .options (one command a line, parsed once into
 * the dictionary's typed options). Each builds the model through dict.h; a malformed line is
 * reported with file:line:column and skipped, and the file goes on.
 */
#include "dict/tabari.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ELEMS TABARI_MAX_ELEMS

/* Reads the tag of a "<TAG>" line (upper case, without the brackets) into tag. */
static void read_tag(const char *p, char *tag, size_t size)
{
	size_t k = 0;
	const char *t = p + 1;
	while (*t && *t != '>' && k < size - 1)
		tag[k++] = (char)toupper((unsigned char)*t++);
	tag[k] = 0;
}

/* The text of a line's entry: [p, comment) without trailing blanks, interned. */
static const char *entry_text(tabari_src *s, const char *p, const char *comment)
{
	return arena_strndup(&s->d->mem, p, (size_t)(tabari_rtrim(p, comment) - p));
}

/* ---------------------------------------------------------------- .actors / .agents */

/* A synonym group in progress: the head phrase and its + synonyms, waiting for codes. */
typedef struct {
	dict_entry *group[1024];
	int ngroup;
	dict_dated_code codes[64];
	int ncodes;
	const char *parent;
	int group_line;
} synonyms;

/* An .actors or .agents file being read. */
typedef struct {
	tabari_src s;
	enum { SEC_ACTORS, SEC_NOUN, SEC_ADJ } sec;
	int agents;
	synonyms g;
} actor_file;

/* Gives the group's phrases their codes and indexes them (a group without codes is reported
 * and not used); then starts a new group. */
static void flush_group(tabari_src *s, synonyms *g)
{
	if (g->ngroup && !g->ncodes) {
		diag_report(&s->d->diag, KHALDUN_WARNING, s->path, g->group_line, 0, NULL, 0,
			    "'%s' has no code and is not used (expected [CODE] on its line or on "
			    "indented lines after it)", g->parent ? g->parent : "?");
	} else if (g->ngroup) {
		const dict_actor_codes *ac = tabari_actor_codes(s, g->codes, g->ncodes,
								g->group_line, g->parent);
		int is_agent = 0;
		for (int i = 0; i < g->ncodes; i++)
			for (int j = 0; j < g->codes[i].ncodes; j++)
				if (strchr(g->codes[i].codes[j], '~'))
					is_agent = 1;
		for (int i = 0; ac && i < g->ngroup; i++) {
			g->group[i]->codes = ac;
			g->group[i]->type = (uint8_t)(is_agent ? ENT_AGENT : ENT_ACTOR);
			g->group[i]->parent = g->parent;
			tabari_add_entry(s, g->group[i]);
		}
	}
	g->ngroup = 0;
	g->ncodes = 0;
	g->parent = NULL;
}

static void actors_tag(actor_file *f, const char *p)
{
	char tag[32];
	read_tag(p, tag, sizeof tag);
	flush_group(&f->s, &f->g);
	if (!strncmp(tag, "NOUN", 4))
		f->sec = SEC_NOUN;
	else if (!strncmp(tag, "ADJ", 3))
		f->sec = SEC_ADJ;
	else if (tag[0] == '/')
		f->sec = SEC_ACTORS;
	else
		tabari_error(&f->s, p, "unknown section tag '<%s>' "
			     "(expected <NOUN> or <ADJECTIVE>)", tag);
}

/* A line of the <NOUN> or <ADJECTIVE> section: a phrase, no codes. */
static void actors_noun(actor_file *f, const char *p, const char *codes_at, const char *comment)
{
	dict_pel w[MAX_ELEMS];
	int n = tabari_phrase_words(&f->s, p, codes_at ? codes_at : comment, w, MAX_ELEMS);
	if (n < 0)
		return;
	dict_entry *en = tabari_entry(&f->s, f->sec == SEC_NOUN ? ENT_NOUN : ENT_ADJ, w, n,
				      entry_text(&f->s, p, comment));
	if (en)
		tabari_add_entry(&f->s, en);
}

/* A "+synonym [codes]" line of the current group. */
static void actors_synonym(actor_file *f, const char *p, const char *codes_at,
			   const char *comment)
{
	synonyms *g = &f->g;
	if (!g->ngroup) {
		tabari_error(&f->s, p, "synonym '+' line without an actor before it%s", NULL);
		return;
	}
	dict_pel w[MAX_ELEMS];
	int n = tabari_phrase_words(&f->s, p + 1, codes_at ? codes_at : comment, w, MAX_ELEMS);
	if (n < 0)
		return;
	if (g->ngroup == 1024) {
		tabari_error(&f->s, p, "more than 1024 synonyms%s", NULL);
		return;
	}
	dict_entry *en = tabari_entry(&f->s, ENT_ACTOR, w, n, entry_text(&f->s, p, comment));
	if (!en)
		return;
	g->group[g->ngroup++] = en;
	if (codes_at)
		tabari_code_blocks(&f->s, codes_at, comment, g->codes, 64, &g->ncodes);
}

/* A new actor (or agent) phrase: it opens a synonym group. */
static void actors_phrase(actor_file *f, const char *p, const char *codes_at,
			  const char *comment)
{
	synonyms *g = &f->g;
	flush_group(&f->s, g);
	dict_pel w[MAX_ELEMS];
	int n = tabari_phrase_words(&f->s, p, codes_at ? codes_at : comment, w, MAX_ELEMS);
	if (n < 0)
		return;
	dict_entry *en = tabari_entry(&f->s, f->agents ? ENT_AGENT : ENT_ACTOR, w, n,
				      entry_text(&f->s, p, comment));
	if (!en)
		return;
	g->group[g->ngroup++] = en;
	g->parent = entry_text(&f->s, p, codes_at ? codes_at : comment);
	g->group_line = f->s.lineno;
	if (codes_at && tabari_code_blocks(&f->s, codes_at, comment, g->codes, 64, &g->ncodes)) {
		g->ngroup = 0;
		g->ncodes = 0;
	}
}

static void actors_line(actor_file *f, const char *line, const char *p)
{
	if (*p == '<') {
		actors_tag(f, p);
		return;
	}
	const char *comment;
	const char *codes_at = tabari_find_codes(p, &comment);
	if (f->sec != SEC_ACTORS) {
		actors_noun(f, p, codes_at, comment);
	} else if ((line[0] == ' ' || line[0] == '\t') && *p == '[') {
		/* indented code line of a synonym group */
		if (!f->g.ngroup)
			tabari_error(&f->s, p, "indented code line without an actor before it%s",
				     NULL);
		else
			tabari_code_blocks(&f->s, p, comment, f->g.codes, 64, &f->g.ncodes);
	} else if (*p == '+') {
		actors_synonym(f, p, codes_at, comment);
	} else {
		actors_phrase(f, p, codes_at, comment);
	}
}

int tabari_load_actors(khaldun_dict *d, const char *path, int agents)
{
	actor_file *f = calloc(1, sizeof *f);
	if (!f)
		return KHALDUN_ERR_NOMEM;
	if (tabari_open(&f->s, d, path)) {
		free(f);
		return KHALDUN_ERR_IO;
	}
	f->sec = SEC_ACTORS;
	f->agents = agents;
	while (tabari_next_line(&f->s)) {
		const char *line = f->s.line;
		const char *p = tabari_skip_ws(line);
		if (!*p)
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		if (*line == '#' || *line == '/' || *p == ';')
			continue;
		actors_line(f, line, p);
	}
	flush_group(&f->s, &f->g);
	tabari_close(&f->s);
	free(f);
	return 0;
}

/* ---------------------------------------------------------------- .verbs */

/* A .verbs file being read. */
typedef struct {
	tabari_src s;
	enum { SEC_VERBS, SEC_SYNSETS, SEC_TIME, SEC_ATTRIB } sec;
	dict_verb_build vb;
	dict_synset *cur_syn;
	int root_type;       /* ENT_VERB, ENT_TIME or ENT_ATTRIB by section */
	int forms_ok;        /* { forms } may follow: the last line was a root */
} verb_file;

/* A "- pattern [code]" line of the current root. */
static int parse_pattern(tabari_src *s, const char *p, const char *codes_at,
			 const char *comment, dict_verb_build *vb)
{
	khaldun_dict *d = s->d;
	dict_pel w[MAX_ELEMS];
	if (!codes_at) {
		tabari_error(s, p, "pattern without a [code]%s", NULL);
		return -1;
	}
	const char *q = memchr(codes_at, ']', (size_t)(comment - codes_at));
	if (!q) {
		tabari_error(s, codes_at, "missing ']' after the code%s", NULL);
		return -1;
	}
	dict_evcode c;
	if (tabari_evcode(s, codes_at + 1, q, &c))
		return -1;
	int n = tabari_phrase(s, p, tabari_rtrim(p, codes_at), w, MAX_ELEMS);
	if (n < 0)
		return -1;
	int verb = -1;
	for (int i = 0; i < n; i++) {
		if (w[i].kind == PEL_VERB) {
			if (verb >= 0) {
				tabari_error(s, p, "more than one verb marker '*' in pattern%s",
					NULL);
				return -1;
			}
			verb = i;
		}
	}
	if (verb < 0) {
		tabari_error(s, p, "missing verb marker '*' in pattern%s", NULL);
		return -1;
	}
	dict_pattern pt;
	memset(&pt, 0, sizeof pt);
	dict_pseq *up = dict_pseq_new(d, w, verb);
	dict_pseq *lo = dict_pseq_new(d, w + verb + 1, n - verb - 1);
	if (!up || !lo)
		return -1;
	pt.upper = *up;
	pt.lower = *lo;
	pt.code = c;
	pt.length = dict_seq_chars(w, n);
	for (int i = 0; i < n; i++) {
		pt.has_src |= w[i].kind == PEL_SRC;
		pt.has_tgt |= w[i].kind == PEL_TGT;
		pt.has_cmp |= w[i].kind == PEL_CMP;
		pt.has_attr |= w[i].kind == PEL_ATTR;
	}
	pt.verb_consec = w[verb].consec;
	pt.at.file = s->path;
	pt.at.line = s->lineno;
	pt.at.text = entry_text(s, s->line, comment);
	return dict_verb_add_pattern(vb, &pt) ? -1 : 0;
}

static void verbs_tag(verb_file *f, const char *p)
{
	char tag[32];
	read_tag(p, tag, sizeof tag);
	dict_verb_finish(f->s.d, &f->vb);
	f->cur_syn = NULL;
	f->forms_ok = 0;
	if (!strncmp(tag, "SYNSET", 6))
		f->sec = SEC_SYNSETS;
	else if (!strcmp(tag, "TIME"))
		f->sec = SEC_TIME, f->s.d->has_time = 1;
	else if (!strncmp(tag, "ATTRIB", 6))
		f->sec = SEC_ATTRIB, f->s.d->has_attrib = 1;
	else if (tag[0] == '/')
		f->sec = SEC_VERBS;
	else
		tabari_error(&f->s, p, "unknown section tag '<%s>'", tag);
	f->root_type = f->sec == SEC_TIME ? ENT_TIME : f->sec == SEC_ATTRIB ? ENT_ATTRIB : ENT_VERB;
}

/* "&NAME" (a synset; a repeated one continues) inside <SYNSETS>. */
static void synset_name(verb_file *f, const char *p)
{
	khaldun_dict *d = f->s.d;
	const char *q = p + 1;
	while (isalnum((unsigned char)*q) || *q == '_' || *q == '\'')
		q++;
	if (q == p + 1) {
		tabari_error(&f->s, p, "missing synset name after '&'%s", NULL);
		return;
	}
	size_t nl = (size_t)(q - p - 1);
	char *name = arena_strndup(&d->mem, p + 1, nl);
	for (char *t = name; *t; t++)
		*t = (char)toupper((unsigned char)*t);
	if (dict_synset_find(d, name, nl)) {
		f->cur_syn = (dict_synset *)dict_synset_find(d, name, nl);
		return;
	}
	dict_synset *ss = dict_synset_add(d, name);
	if (ss)
		f->cur_syn = ss;
}

/* A line inside <SYNSETS>: "&NAME" or "+member". */
static void synset_line(verb_file *f, const char *p, const char *comment)
{
	if (*p == '&') {
		synset_name(f, p);
		return;
	}
	if (*p != '+') {
		tabari_error(&f->s, p, "expected '&NAME' or '+member' inside <SYNSETS>%s", NULL);
		return;
	}
	if (!f->cur_syn) {
		tabari_error(&f->s, p, "synonym '+' before any &SYNSET name%s", NULL);
		return;
	}
	dict_pel w[MAX_ELEMS];
	int n = tabari_synset_member(&f->s, p + 1, tabari_rtrim(p + 1, comment), f->cur_syn->name,
				     w, MAX_ELEMS);
	if (n <= 0) {
		if (n == 0)
			tabari_error(&f->s, p, "empty synonym%s", NULL);
		return;
	}
	dict_synset_add_member(f->s.d, f->cur_syn, w, n);
}

/* "{ FORM FORM ... }": irregular forms of the current root. */
static void verb_forms(verb_file *f, const char *p)
{
	if (!f->vb.root || !f->forms_ok) {
		tabari_error(&f->s, p, "verb forms { ... } must follow a verb root line%s", NULL);
		return;
	}
	const char *q = strchr(p, '}');
	if (!q) {
		tabari_error(&f->s, p, "missing '}' after verb forms%s", NULL);
		return;
	}
	const char *t = p + 1;
	while (t < q) {
		t = tabari_skip_ws(t);
		const char *u = t;
		while (u < q && *u != ' ' && *u != '\t')
			u++;
		if (u > t) {
			dict_pel w[MAX_ELEMS];
			int n = tabari_phrase_words(&f->s, t, u, w, MAX_ELEMS);
			dict_entry *en = n > 0 ? tabari_entry(&f->s, f->root_type, w, n,
						     arena_strndup(&f->s.d->mem, t,
						     (size_t)(u - t)))
					       : NULL;
			if (en) {
				en->verb = f->vb.root;
				tabari_add_entry(&f->s, en);
			}
		}
		t = u;
	}
}

/* The code of a root line: "[code]" (a <TIME> root's is a number of days); 0 or -1. */
static int root_code(verb_file *f, const char *p, const char *codes_at, const char *comment,
		     dict_evcode *c)
{
	if (!codes_at) {
		if (f->sec != SEC_VERBS)
			return 0;
		tabari_error(&f->s, p, "verb root without a [code] "
				       "(use [---] for a root that codes only through "
				       "its patterns)%s", NULL);
		return -1;
	}
	const char *q = memchr(codes_at, ']', (size_t)(comment - codes_at));
	if (!q) {
		tabari_error(&f->s, codes_at, "missing ']' after the code%s", NULL);
		return -1;
	}
	if (tabari_evcode(&f->s, codes_at + 1, q, c))
		return -1;
	if (f->sec == SEC_TIME && c->kind == CODE_EVENT) {
		char *end;
		long days = strtol(c->a, &end, 10);
		if (*end || days > 8192 || days < -8192) {
			tabari_error(&f->s, codes_at, "time shift must be a number of days from "
						      "-8192 to 8192, not '%s'", c->a);
			return -1;
		}
	}
	return 0;
}

/* A verb root line (or a <TIME> or <ATTRIB> phrase): it opens a new root. */
static void verb_root(verb_file *f, const char *p, const char *codes_at, const char *comment)
{
	khaldun_dict *d = f->s.d;
	dict_verb_finish(d, &f->vb);
	f->forms_ok = 0;
	dict_pel w[MAX_ELEMS];
	int n = tabari_phrase_words(&f->s, p, codes_at ? codes_at : comment, w, MAX_ELEMS);
	if (n < 0)
		return;
	dict_evcode c = { CODE_NONE, 0, 0, NULL, NULL };
	if (root_code(f, p, codes_at, comment, &c))
		return;
	dict_verb_root *vr = arena_alloc(&d->mem, sizeof *vr);
	dict_entry *en = tabari_entry(&f->s, f->root_type, w, n, entry_text(&f->s, p, comment));
	if (!vr || !en)
		return;
	vr->code = c;
	vr->at = en->at;
	vr->name = entry_text(&f->s, p, codes_at ? codes_at : comment);
	en->verb = vr;
	tabari_add_entry(&f->s, en);
	dict_verb_begin(d, &f->vb, vr);
	f->forms_ok = 1;
}

static void verbs_line(verb_file *f, const char *p)
{
	if (*p == '<') {
		verbs_tag(f, p);
		return;
	}
	const char *comment;
	const char *codes_at = tabari_find_codes(p, &comment);
	if (f->sec == SEC_SYNSETS) {
		synset_line(f, p, comment);
	} else if (*p == '{') {
		verb_forms(f, p);
	} else if (*p == '-' && (p[1] == ' ' || p[1] == '\t' || p[1] == 0)) {
		if (!f->vb.root) {
			tabari_error(&f->s, p, "pattern before any verb root%s", NULL);
			return;
		}
		f->forms_ok = 0;
		parse_pattern(&f->s, p + 1, codes_at, comment, &f->vb);
	} else {
		verb_root(f, p, codes_at, comment);
	}
}

int tabari_load_verbs(khaldun_dict *d, const char *path)
{
	verb_file f;
	memset(&f, 0, sizeof f);
	if (tabari_open(&f.s, d, path))
		return KHALDUN_ERR_IO;
	f.sec = SEC_VERBS;
	f.root_type = ENT_VERB;
	while (tabari_next_line(&f.s)) {
		const char *line = f.s.line;
		const char *p = tabari_skip_ws(line);
		if (!*p)
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		if (*line == '#' || *line == '/')
			continue;
		verbs_line(&f, p);
	}
	dict_verb_finish(d, &f.vb);
	free(f.vb.pats);
	tabari_close(&f.s);
	return 0;
}

/* ---------------------------------------------------------------- .options */

/* One command a line (dict_options_apply), parsed now; a line that cannot be read is
 * reported with file:line and changes nothing. '#' and '//' lines are comments; "~~" ends
 * the file. */
int tabari_load_options(khaldun_dict *d, const char *path)
{
	tabari_src s;
	if (tabari_open(&s, d, path))
		return KHALDUN_ERR_IO;
	while (tabari_next_line(&s)) {
		const char *p = tabari_skip_ws(s.line);
		if (!*p || *p == '#' || (p[0] == '/' && p[1] == '/'))
			continue;
		if (!strncmp(p, "~~", 2))
			break;
		const char *why = NULL;
		if (dict_options_apply(&d->options, p, &d->mem, &why))
			tabari_error(&s, p, "%s", why);
	}
	tabari_close(&s);
	return 0;
}
