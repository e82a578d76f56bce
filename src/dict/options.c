/*
 * options.c - parses TABARI .options commands (COMPLEX, SET, DEFAULT, COMMA, FORWARD, OUTPUT,
 * LABEL, NONEVENTS) and khaldun's KHALDUN: line into dict_options. The TABARI loader calls it
 * once per line when a project loads (and reports a bad line with file:line); coders call it
 * for an option applied at run time. A command that cannot be read leaves the options as they
 * were.
 */
#include "dict/dict.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dict_options_defaults(dict_options *o)
{
	memset(o, 0, sizeof *o);
	o->code_by = CODE_BY_CLAUSE;
	o->min_words = 8;
	o->time_shift = -1;
	o->comma_middle_min = 2;
	o->comma_middle_max = 10;
	o->comma_end_min = 2;
	o->comma_end_max = 10;
	o->comma_begin_min = 128;
	o->comma_begin_max = 0;
}

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* Reads "NAME[n]" from s; returns n or -1. */
static int bracket_num(const char *s, const char *name)
{
	const char *p = strstr(s, name);
	if (!p)
		return 0;
	p += strlen(name);
	while (*p == ' ')
		p++;
	if (*p != '[')
		return -1;
	return atoi(p + 1);
}

static int has_word(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
		int before = p == s || !isalnum((unsigned char)p[-1]);
		int after = !isalnum((unsigned char)p[n]);
		if (before && after)
			return 1;
	}
	return 0;
}

/* Finds "KEY = value" (blanks optional) and returns the value's start, or NULL. */
static const char *value_of(const char *s, const char *key)
{
	const char *p = strstr(s, key);
	if (!p)
		return NULL;
	p += strlen(key);
	while (*p == ' ')
		p++;
	if (*p == '=')
		p++;
	while (*p == ' ')
		p++;
	return p;
}

static int truth(const char *v)
{
	return v && (*v == 'T' || *v == '1' || !strncmp(v, "ON", 2));
}

static const char *bracket_code(arena *mem, const char *s)
{
	const char *b = strchr(s, '[');
	const char *e = b ? strchr(b, ']') : NULL;
	if (!b || !e)
		return NULL;
	b++;
	while (*b == ' ')
		b++;
	while (e > b && e[-1] == ' ')
		e--;
	return arena_strndup(mem, b, (size_t)(e - b));
}

/* COMPLEX: VERBS[n] ACTORS[n] PRONOUNS[n] CONJ[n] COMMA[n] LATEVERB[n] NOACTPRIOR ... */
static int opt_complex(dict_options *o, char *arg, arena *mem, const char **why)
{
	o->complex_verbs = bracket_num(arg, "VERBS");
	o->complex_actors = bracket_num(arg, "ACTORS");
	o->complex_pronouns = bracket_num(arg, "PRONOUNS");
	o->complex_conjunctions = bracket_num(arg, "CONJ");
	o->complex_commas = bracket_num(arg, "COMMA");
	o->complex_late_verb = bracket_num(arg, "LATEVERB");
	o->complex_no_actor_before_verb = has_word(arg, "NOACTPRIOR");
	o->complex_no_actor_after_verb = has_word(arg, "NOACTAFTER");
	o->complex_no_verb = has_word(arg, "NOVERB");
	o->complex_no_source = has_word(arg, "NOSOURCE");
	o->complex_no_target = has_word(arg, "NOTARGET");
	o->complex_no_event = has_word(arg, "NOEVENT");
	return KHALDUN_OK;
}

/* SET: CODE BY ..., MINIMUM WORDS = n, CONVERT AGENTS = T, FBIS, YYYY, TIME SHIFT; LABEL,
 * USAGE, DUP WARNING, SKIP RECORDS, HAIKU, MATCH: output and interface settings with no
 * effect on what is coded. */
static int opt_set(dict_options *o, char *arg, arena *mem, const char **why)
{
	const char *v;
	if ((v = strstr(arg, "CODE BY")) || (v = strstr(arg, "CODE ALL"))) {
		if (strstr(arg, "ALL"))
			o->code_by = CODE_BY_ALL;
		else if (strstr(arg, "SENT"))
			o->code_by = CODE_BY_SENTENCE;
		else
			o->code_by = CODE_BY_CLAUSE;
	} else if ((v = value_of(arg, "MINIMUM WORDS"))) {
		o->min_words = atoi(v);
	} else if ((v = value_of(arg, "CONVERT AGENT"))) {
		if (!strncmp(v, "S", 1))
			v = value_of(arg, "CONVERT AGENTS");
		o->convert_agents = truth(v);
	} else if ((v = value_of(arg, "FBIS"))) {
		o->fbis = truth(v);
	} else if ((v = value_of(arg, "YYYY"))) {
		o->four_digit_years = truth(v);
	} else if ((v = value_of(arg, "TIME SHIFT"))) {
		while (isalpha((unsigned char)*v) && *v != 'T' && *v != 'F')
			v++;
		if (!strncmp(v, "ING", 3))
			v = value_of(arg, "TIME SHIFTING");
		o->time_shift = truth(v);
	}
	return KHALDUN_OK;
}

/* DEFAULT: SOURCE [CODE] PRIOR TARGET [CODE] AFTER, or DEFAULT: OFF. */
static int opt_default(dict_options *o, char *arg, arena *mem, const char **why)
{
	if (has_word(arg, "OFF")) {
		o->default_source = o->default_target = NULL;
		o->default_source_prior = o->default_target_after = 0;
		return KHALDUN_OK;
	}
	const char *src = strstr(arg, "SOURCE");
	const char *tgt = strstr(arg, "TARGET");
	if (src) {
		o->default_source = bracket_code(mem, src);
		const char *end = tgt && tgt > src ? tgt : src + strlen(src);
		const char *pr = strstr(src, "PRIOR");
		o->default_source_prior = pr && pr < end;
	}
	if (tgt) {
		o->default_target = bracket_code(mem, tgt);
		const char *end = src && src > tgt ? src : tgt + strlen(tgt);
		const char *af = strstr(tgt, "AFTER");
		o->default_target_after = af && af < end;
	}
	return KHALDUN_OK;
}

/* COMMA: MIN = n MAX = n EMIN = n EMAX = n BMIN = n BMAX = n, or COMMA: OFF. */
static int opt_comma(dict_options *o, char *arg, arena *mem, const char **why)
{
	if (has_word(arg, "OFF")) {
		o->comma_deletion_off = 1;
		return KHALDUN_OK;
	}
	o->comma_deletion_off = 0;
	const char *v;
	/* EMIN/BMIN contain MIN: read the prefixed ones first, then plain MIN/MAX */
	if ((v = value_of(arg, "EMIN")))
		o->comma_end_min = atoi(v);
	if ((v = value_of(arg, "EMAX")))
		o->comma_end_max = atoi(v);
	if ((v = value_of(arg, "BMIN")))
		o->comma_begin_min = atoi(v);
	if ((v = value_of(arg, "BMAX")))
		o->comma_begin_max = atoi(v);
	for (const char *q = strstr(arg, "MIN"); q; q = strstr(q + 1, "MIN"))
		if (q == arg || (q[-1] != 'E' && q[-1] != 'B'))
			o->comma_middle_min = atoi(value_of(q, "MIN"));
	for (const char *q = strstr(arg, "MAX"); q; q = strstr(q + 1, "MAX"))
		if (q == arg || (q[-1] != 'E' && q[-1] != 'B'))
			o->comma_middle_max = atoi(value_of(q, "MAX"));
	return KHALDUN_OK;
}

/* FORWARD: FORMAT [OFF]. */
static int opt_forward(dict_options *o, char *arg, arena *mem, const char **why)
{
	const char *f = arg;
	while (*f == ' ')
		f++;
	size_t n = strcspn(f, " \t");
	snprintf(o->forward_format, sizeof o->forward_format, "%.*s", (int)n, f);
	o->forward = !has_word(arg, "OFF");
	return KHALDUN_OK;
}

/* NONEVENTS: TRUE | FALSE | ONLY. */
static int opt_nonevents(dict_options *o, char *arg, arena *mem, const char **why)
{
	o->nonevents = strstr(arg, "ONLY") ? 2 : truth(arg + strspn(arg, " "));
	return KHALDUN_OK;
}

/* OUTPUT:, LABEL: output settings with no effect on what is coded. */
static int opt_ignored(dict_options *o, char *arg, arena *mem, const char **why)
{
	return KHALDUN_OK;
}

/* KHALDUN: rule names (OPEN_ACTORS, NP_SPANS, ..., NEWS for all shallow rules, SYNTAX for
 * the parse, NO_MIRROR for one event of a paired code, OFF for none). */
static int opt_khaldun(dict_options *o, char *arg, arena *mem, const char **why)
{
	static const struct { const char *w; int bit; } rules[] = {
		{ "OPEN_ACTORS", NEWS_OPEN_ACTORS }, { "NP_SPANS", NEWS_NP_SPANS },
		{ "BOILERPLATE", NEWS_BOILERPLATE }, { "MODALS", NEWS_MODALS },
		{ "CLAUSES", NEWS_CLAUSES }, { "NOUNS", NEWS_NOUNS },
		{ "NEGATION", NEWS_NEGATION }, { "NEWS", NEWS_ALL_SHALLOW },
		{ "SYNTAX", NEWS_SYNTAX }, { "NO_MIRROR", NEWS_NO_MIRROR },
		{ "OFF", 0 },
	};
	int v = 0;
	char *save = NULL;
	for (char *w = strtok_r(arg, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
		size_t i = 0;
		for (; i < sizeof rules / sizeof rules[0]; i++)
			if (!strcmp(w, rules[i].w))
				break;
		if (i == sizeof rules / sizeof rules[0]) {
			*why = "unknown KHALDUN: rule (OPEN_ACTORS, NP_SPANS, BOILERPLATE, MODALS, "
			       "CLAUSES, NOUNS, NEGATION, SYNTAX, NO_MIRROR, NEWS or OFF)";
			return KHALDUN_ERR_FORMAT;
		}
		v |= rules[i].bit;
	}
	o->news = v;
	return KHALDUN_OK;
}

int dict_options_apply(dict_options *o, const char *line, arena *mem, const char **why)
{
	static const struct {
		const char *prefix;
		int (*fn)(dict_options *o, char *arg, arena *mem, const char **why);
	} commands[] = {
		{ "COMP", opt_complex }, { "SET", opt_set }, { "DEFA", opt_default },
		{ "COMM", opt_comma }, { "FORW", opt_forward }, { "NONE", opt_nonevents },
		{ "OUTP", opt_ignored }, { "LABE", opt_ignored }, { "KHAL", opt_khaldun },
	};
	char s[1024];
	snprintf(s, sizeof s, "%s", line);
	/* comments after '#' or '//' */
	char *h = strchr(s, '#');
	if (h)
		*h = 0;
	h = strstr(s, "//");
	if (h)
		*h = 0;
	upcase(s);
	char *p = s;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return KHALDUN_OK;
	char *colon = strchr(p, ':');
	if (!colon) {
		*why = "expected COMMAND: ... (e.g. SET: CODE BY CLAUSE)";
		return KHALDUN_ERR_FORMAT;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strncmp(p, commands[i].prefix, strlen(commands[i].prefix)))
			return commands[i].fn(o, colon + 1, mem, why);
	*why = "unknown options command";
	return KHALDUN_ERR_FORMAT;
}
