/*
 * sentence.c - splits story text into sentences (the stage between readers and the coder).
 * A sentence ends at . ! ? or an ellipsis (plus any closing quotes/brackets) followed by
 * whitespace and a capital, digit or opening quote; at a line break after such punctuation;
 * and at a blank line or the end of the text (so headlines stand alone). Single line breaks
 * inside a paragraph join lines. Titles (Mr., Gen.) never end a sentence; other abbreviations,
 * initials and dotted forms (U.S.) end one only before a common sentence-starting word or
 * when a closing quote follows them. A section subheading that a page flattened into the text
 * (`... his cell. Reaction from the president Shortly before ...`) is cut off as a fragment of
 * its own: after a sentence end, a few words without end punctuation, then a word that starts
 * sentences and is no name (`The`, `Since`, `According`) before a lowercase word, or one that
 * is no article after a lowercase word (`Little choice While Kenya ...`). A text that opens
 * with such a subheading of two words or more (a sentence given alone) is cut the same way.
 * Invariants: one left-to-right pass with bounded look-around, so time is linear in the input
 * whatever it holds; sentences are views into the input, trimmed, never empty.
 */
#include "khaldun.h"
#include "base/utf8.h"
#include <pthread.h>
#include <stdint.h>
#include <string.h>

typedef const unsigned char uchar;

static int is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_alpha(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The code point at p[i] (ASCII, or a valid sequence; 0 for an invalid byte) and its length. */
static unsigned long char_at(uchar *p, size_t n, size_t i, size_t *len)
{
	unsigned long cp = 0;
	size_t k = utf8_decode(p + i, n - i, &cp);
	*len = k;
	return k ? cp : 0;
}

/* Length of a closing quote or bracket at p[i] (" ' ) ] ” ’ »), or 0. */
static size_t closer(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019
		|| c == 0xBB ? k : 0;
}

/* Length of an opening quote or bracket at p[i] (" ' ( [ “ ‘ «), or 0. */
static size_t opener(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018
		|| c == 0xAB ? k : 0;
}

static int is_ellipsis(uchar *p, size_t n, size_t i)
{
	size_t k;
	return char_at(p, n, i, &k) == 0x2026;
}

/* A lowercase letter at p[i]: ASCII, or Latin-1 lowercase (U+00DF-U+00FF but U+00F7). */
static int lower_at(uchar *p, size_t n, size_t i)
{
	size_t k;
	unsigned long c = char_at(p, n, i, &k);
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* Something that may start a sentence: a capital, a digit, or a letter of a script without
 * case (any non-ASCII character that is not a Latin-1 lowercase letter). */
static int upper_at(uchar *p, size_t n, size_t i)
{
	unsigned c = p[i];
	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 1;
	return c >= 0xC2 && !lower_at(p, n, i) && !closer(p, n, i) && !is_ellipsis(p, n, i);
}

/* Titles come before a name: they never end a sentence. */
static const char *const titles[] = {
	"Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
	"Capt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps",
	"Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Fr", NULL
};

/* Abbreviations that may end a sentence, but usually do not. */
static const char *const abbrevs[] = {
	"Jr", "Sr", "St", "Mt", "Ft", "No", "Nos", "vs", "etc", "al", "cf", "approx", "dept",
	"Dept", "est", "fig", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "Ltd", "Bros", "Ave", "Blvd", "Rd",
	"Univ", "Assn", "Govt", "Intl", "Natl", "pp", "p", "vol", "Vol", NULL
};

/* Words that often begin a sentence: after an abbreviation they mean it ended one. */
static const char *const starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But",
	"However", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their",
	"Our", "My", "Meanwhile", "After", "Before", "When", "While", "As", "If", "Some", "Many",
	"Most", "According", "Also", "And", "For", "Yet", "So", "Then", "Still", "Now", "Later",
	"Earlier", "Last", "Since", "Despite", "Although", "Though", "Both", "Each", "Every",
	"Neither", "Such", "What", "Who", "Why", "How", "Where", "Other", "Another", "Further",
	"Moreover", "Instead", "During", "From", "With", "Without", "Nevertheless", "Thus",
	"Indeed", "Officials", "Police", "Authorities", "Witnesses", "Analysts", NULL
};

/* Words that start a sentence and are never part of a name or a title in title case when a
 * lowercase word follows them: function words and sentence adverbs, not nouns (`Police` starts
 * sentences but also ends `Capitol Police officers`; `Today` ends `USA Today reported`), nor the
 * words titles capitalise (`With`, `What`: `Gone With the Wind`). A capitalised one inside a
 * line of words that follows a sentence end marks the start of a sentence after a subheading. */
static const char *const subhead_starters[] = {
	"The", "A", "An", "In", "On", "At", "But", "However", "This", "These", "Those", "There",
	"He", "She", "They", "We", "His", "Her", "Its", "Their", "Our", "Meanwhile", "After",
	"Before", "When", "While", "As", "If", "Some", "Many", "Most", "According", "Also", "Still",
	"Earlier", "Later", "Last", "Since", "Despite", "Although", "Though", "During", "Shortly",
	"Then", "Instead", "Moreover", "Nevertheless", "Thus", "Indeed", "Amid", "Following",
	"Under", "Until", "Unlike", NULL
};

/* Words that end no subheading (a subheading names a topic: a noun or a name comes last), so
 * the capitalised word after them goes on the same clause (`Sounds like He ...`, `First time
 * to go on A cruise`, `Can We ...`): conjunctions, prepositions, articles (and be_modals). */
static const char *const subhead_nonfinal[] = {
	"and", "or", "but", "nor", "of", "on", "in", "at", "to", "for", "with", "by", "from",
	"like", "as", "than", "into", "about", "the", "a", "an", NULL
};

/* Be and the modals: they end no subheading either (subhead_final), and make the words before
 * a capital a clause, no heading (heading_verb). */
static const char *const be_modals[] = {
	"is", "was", "are", "were", "be", "been", "can", "will", "would", "could", "should", "may",
	"might", "must", NULL
};

/* Verbs that often come before a newspaper or a book's `The` (`Trump told The New York
 * Times`, `she writes The Column`): a word of them ends no sentence-case heading. Past forms in
 * -ed are told by their ending (sentence_case_heading). */
static const char *const title_verbs[] = {
	"told", "tells", "said", "says", "wrote", "writes", "read", "reads", "met", "meets", "sent",
	"sends", "gave", "gives", "took", "takes", "led", "leads", "ran", "runs", "won", "wins",
	"left", "leaves", "made", "makes", "sold", "sells", "bought", "buys", "saw", "sees",
	"sought",
	"seeks", "became", "becomes", "began", "begins", "held", "holds", "hit", "hits", "beat",
	"beats", "struck", "strikes", "fought", "fights", "owns", "heads", "joins", "quit", "quits",
	"went", "goes", "came", "comes", "got", "gets", "put", "puts", "set", "sets",
	"called", "calls", "named", "names", "is", "was", NULL
};

/* The lists above, and for each the lengths of its words by first byte (bit n of
 * lengths[list][byte]): a word whose first byte and length no entry has is not looked for. */
static const char *const *const lists[] = { titles, abbrevs, starters, subhead_starters,
						 subhead_nonfinal, title_verbs, be_modals };
static uint32_t lengths[7][128];
static pthread_once_t lengths_once = PTHREAD_ONCE_INIT;

static void lengths_init(void)
{
	for (int l = 0; l < 7; l++)
		for (const char *const *e = lists[l]; *e; e++) {
			size_t n = strlen(*e);
			if (n < 32 && (unsigned char)(*e)[0] < 128)
				lengths[l][(unsigned char)(*e)[0]] |= 1u << n;
		}
}

/* 1 when w[0..n) is a word of lists[l]. */
static int in_list(const char *w, size_t n, int l)
{
	pthread_once(&lengths_once, lengths_init);
	unsigned c = (unsigned char)w[0];
	if (!n || n >= 32 || c >= 128 || !(lengths[l][c] >> n & 1))
		return 0;
	for (const char *const *list = lists[l]; *list; list++) {
		const char *e = *list;
		size_t k = 0;
		while (k < n && e[k] && e[k] == w[k])
			k++;
		if (k == n && !e[k])
			return 1;
	}
	return 0;
}

enum { TOK_WORD, TOK_TITLE, TOK_ABBREV };

/* 1 when the token at p[s] follows a word in lowercase letters. A capital letter alone is an
 * initial (George W. Bush, analyst C. Raja), except X after such a word ("posted on X.", "the
 * platform X."): since 2023 the social network's name, seldom an initial (Malcolm X.). */
static int after_lower_word(uchar *p, size_t s)
{
	size_t b = s;
	while (b > 0 && is_space(p[b - 1]))
		b--;
	if (b == s)
		return 0;
	size_t w = b;
	while (w > 0 && p[w - 1] >= 'a' && p[w - 1] <= 'z')
		w--;
	return w < b && (w == 0 || !is_alpha(p[w - 1]));
}

/* Classifies the token p[s..e) that ends right before a single '.'. */
static int classify(uchar *p, size_t n, size_t s, size_t e)
{
	size_t o;
	while (s < e && (o = opener(p, n, s)))
		s += o;
	if (s >= e || e - s > 24)
		return TOK_WORD;
	const char *w = (const char *)p + s;
	size_t len = e - s;
	if (in_list(w, len, 0))
		return TOK_TITLE;
	if (in_list(w, len, 1))
		return TOK_ABBREV;
	if (len == 1 && p[s] >= 'A' && p[s] <= 'Z')
		return p[s] == 'X' && after_lower_word(p, s) ? TOK_WORD : TOK_ABBREV;
	/* dotted forms: U.S, e.g, J.R.R, Ph.D (segments of 1-3 letters) */
	int dots = 0;
	size_t seg = 0;
	for (size_t i = s; i < e; i++) {
		if (p[i] == '.') {
			if (!seg)
				return TOK_WORD;
			dots++;
			seg = 0;
		} else if (is_alpha(p[i]) && seg < 3) {
			seg++;
		} else {
			return TOK_WORD;
		}
	}
	return dots && seg ? TOK_ABBREV : TOK_WORD;
}

/* Whether the word at p[i] is a common sentence starter. */
static int starter_at(uchar *p, size_t n, size_t i)
{
	size_t e = i;
	while (e < n && e - i <= 16 && is_alpha(p[e]))
		e++;
	return e > i && e - i <= 16 && in_list((const char *)p + i, e - i, 2);
}

/* Subheadings: at most SUBHEAD_WORDS words before the starter, each at most SUBHEAD_WORD bytes
 * (so the look-ahead after a sentence end is bounded whatever the input holds). */
enum { SUBHEAD_WORDS = 6, SUBHEAD_WORD = 40 };

/* 1 when the word p[i..e) can hold no end of a subheading: end punctuation, a colon or
 * semicolon, a quote or bracket (a quoted title), or a straight or curly double quote. */
static int subhead_word(uchar *p, size_t len, size_t i, size_t e)
{
	for (size_t j = i; j < e; j++) {
		size_t k;
		unsigned long c = char_at(p, len, j, &k);
		if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '('
		    || c == ')' || c == '[' || c == ']' || c == 0x201C || c == 0x201D || c == 0x2026
		    || c == 0xAB || c == 0xBB)
			return 0;
	}
	return 1;
}

/* 1 when the word p[i..e) may be the last of a subheading: not a dash or a word cut by one
 * (`1983 - The year`, `PS -- There`), not after a comma, and not a subhead_nonfinal word in
 * any case. */
static int subhead_final(uchar *p, size_t len, size_t i, size_t e)
{
	size_t b = e - 1, k;
	while (b > i && (p[b] & 0xC0) == 0x80)
		b--;
	unsigned long c = char_at(p, len, b, &k);
	if (c == ',' || c == '-' || c == 0x2013 || c == 0x2014)
		return 0;
	if (e - i > 8)
		return 1;
	char w[8];
	for (size_t j = i; j < e; j++)
		w[j - i] = p[j] >= 'A' && p[j] <= 'Z' ? (char)(p[j] - 'A' + 'a') : (char)p[j];
	return !in_list(w, e - i, 4) && !in_list(w, e - i, 6);
}

/* 1 when the word p[i..e) often begins a sentence (starters) but is none of the
 * subhead_starters, whose own rule (subhead_end) guards articles and prepositions (`told The
 * New York Times`), nor the pronoun of quoted speech (`said I`): after a lowercase word it
 * starts the clause that follows a heading of two words or more (`Financial strain Both camps
 * opened`) (heading91). */
static int plain_starter(uchar *p, size_t i, size_t e)
{
	const char *w = (const char *)p + i;
	return !(e - i == 1 && p[i] == 'I') && in_list(w, e - i, 2) && !in_list(w, e - i, 3);
}

/* 1 when a word of letters or digits follows p[e] on its line (`Both Dadaab`, `Analysts
 * say`), not a dash or a quote. */
static int next_word(uchar *p, size_t len, size_t e)
{
	size_t s = e;
	while (s < len && (p[s] == ' ' || p[s] == '\t'))
		s++;
	return s > e && s < len && (is_alpha(p[s]) || (p[s] >= '0' && p[s] <= '9'));
}

/* 1 when a capitalised word follows p[e] on its line (`The Chagos`, `The U.S.`). */
static int cap_after(uchar *p, size_t len, size_t e)
{
	size_t s = e;
	while (s < len && (p[s] == ' ' || p[s] == '\t'))
		s++;
	return s > e && s < len && p[s] >= 'A' && p[s] <= 'Z';
}

/* 1 when the words p[m..e) (e is the end of the last) are a heading in sentence case (heading108):
 * two to SUBHEAD_WORDS words, the first capitalised and no sentence starter but `The` (`The
 * attack`; not `He told`, `Some say`), every other word in lowercase letters only, the last
 * one able to end a heading (subhead_final), no sentence starter in lowercase (`went before`)
 * and no verb (no past in -ed: `also attacked`; none of title_verbs). */
static int sentence_case_heading(uchar *p, size_t len, size_t m, size_t prev, size_t e)
{
	size_t i = m, n = 0, last = m;
	if (!(p[m] >= 'A' && p[m] <= 'Z'))
		return 0;
	while (i < e) {
		size_t w = i;
		while (w < e && !is_space(p[w]))
			w++;
		if (n == 0) {
			if (in_list((const char *)p + i, w - i, 2)
			    && !(w - i == 3 && !memcmp(p + i, "The", 3)))
				return 0;
		} else {
			for (size_t j = i; j < w; j++)
				if (!(p[j] >= 'a' && p[j] <= 'z'))
					return 0;
		}
		n++;
		last = i;
		i = w;
		while (i < e && is_space(p[i]))
			i++;
	}
	if (n < 2 || last != prev || !subhead_final(p, len, prev, e))
		return 0;
	size_t k = e - prev;
	if (k > 2 && p[e - 2] == 'e' && p[e - 1] == 'd')
		return 0;
	char cap[SUBHEAD_WORD + 1];
	if (k > SUBHEAD_WORD)
		return 1;
	memcpy(cap, p + prev, k);
	cap[0] = (char)(cap[0] - 'a' + 'A');
	return !in_list(cap, k, 2) && !in_list((const char *)p + prev, k, 5);
}

/* 1 when the word p[i..e) may name a person's role (an agent noun: -er, -or, -ist, -ian, -ent,
 * -ant, -man, -person, -ary, `chief`): a title before a name (`Political analyst Smith, who`,
 * `Military spokesperson Chaundry's`), no heading (heading115). */
static int role_noun(uchar *p, size_t i, size_t e)
{
	static const char *const ends[] = { "er", "or", "ist", "ian", "ent", "ant", "man", "men",
					    "person", "ary", "ief", NULL };
	for (const char *const *x = ends; *x; x++) {
		size_t k = strlen(*x);
		if (e - i > k && !memcmp(p + e - k, *x, k))
			return 1;
	}
	return 0;
}

/* 1 when a word of p[f..e) (the words after a heading's first) is a verb that makes them a
 * clause going on past the capital after them (heading115): a past in -ed (`officials blamed
 * archrival India, accusing`), be or a modal (`is expected to discuss`), a gerund or
 * participle in -ing last (`upgrading India's ties`). */
static int heading_verb(uchar *p, size_t f, size_t e)
{
	for (size_t i = f; i < e;) {
		while (i < e && is_space(p[i]))
			i++;
		size_t w = i;
		while (w < e && !is_space(p[w]))
			w++;
		if (w - i > 2 && ((p[w - 2] == 'e' && p[w - 1] == 'd')
				  || (w == e && w - i > 4 && !memcmp(p + w - 3, "ing", 3))))
			return 1;
		if (in_list((const char *)p + i, w - i, 6) ||
		    in_list((const char *)p + i, w - i, 5))
			return 1;
		i = w;
	}
	return 0;
}

/* 1 when only whitespace comes before p[m]: the text starts there. */
static int text_start(uchar *p, size_t m)
{
	while (m > 0 && is_space(p[m - 1]))
		m--;
	return m == 0;
}

/* 1 when the word p[i..e) looks like a plural noun: it ends in -s but not in -ss, -us, -is,
 * -os (`Politicians`, not `Chagos`, `Damascus`, `Paris`). */
static int plural_word(uchar *p, size_t i, size_t e)
{
	if (e - i < 4 || p[e - 1] != 's')
		return 0;
	uchar c = p[e - 2];
	return c != 's' && c != 'u' && c != 'i' && c != 'o';
}

/* 1 when the word p[i..e) after a heading in sentence case p[m..prev_end) opens the sentence
 * that follows it (heading115): a capitalised word that is a possessive (`Difficult switch
 * Turkey's defense minister`), a one-word name and a comma before a lowercase word (`US support
 * crucial Aurangzeb, speaking Sunday`), or a plural noun before a lowercase word (`China
 * concerns Politicians in Britain`). Not after a plural first word, the subject of a present
 * verb (`Analysts say Iran's`, `Critics argue Brussels is`), nor after a role noun, a title
 * before a name. */
static int heading_before_word(uchar *p, size_t len, size_t m, size_t prev, size_t prev_end,
			       size_t i, size_t e)
{
	if (!(p[i] >= 'A' && p[i] <= 'Z') || e - i < 3 || role_noun(p, prev, prev_end))
		return 0;
	size_t f = m;
	while (f < prev_end && is_alpha(p[f]))
		f++;
	if (f == m || !is_space(p[f]) || p[f - 1] == 's' || in_list((const char *)p + m, f - m, 3)
	    || !sentence_case_heading(p, len, m, prev, prev_end)
	    || heading_verb(p, f, prev_end))
		return 0;
	size_t b = i + 1;
	while (b < e && (p[b] >= 'a' && p[b] <= 'z'))
		b++;
	size_t s = e;
	while (s < len && (p[s] == ' ' || p[s] == '\t'))
		s++;
	int lower_next = s > e && s < len && p[s] >= 'a' && p[s] <= 'z';
	/* At the start of a text, two words, the second in -s, before a possessive are a
	 * subject and its verb in the present (`Rwanda protests Burundi's decision`), no heading
	 * (heading159); after a sentence they stay one (`Old friends Malaysia's former ...`). */
	size_t g = f;
	while (g < prev && is_space(p[g]))
		g++;
	int verb_pair = text_start(p, m) && g == prev && p[prev_end - 1] == 's';
	if ((e - b == 2 && p[b] == '\'' && p[b + 1] == 's')
	    || (e - b == 4 && !memcmp(p + b, "\xE2\x80\x99s", 4)))
		return !verb_pair;
	if (b + 1 == e && p[b] == ',')
		return lower_next;
	return b == e && plural_word(p, i, e) && lower_next;
}

/* 1 when p[i..e) is a capitalised word of letters only (`Erdogan`, `Gee`). */
static int cap_word(uchar *p, size_t i, size_t e)
{
	if (e - i < 2 || !(p[i] >= 'A' && p[i] <= 'Z'))
		return 0;
	for (size_t j = i + 1; j < e; j++)
		if (!is_alpha(p[j]))
			return 0;
	return 1;
}

/* The end of the word that starts at p[s] on its line (s itself when none). */
static size_t word_end(uchar *p, size_t len, size_t s)
{
	size_t e = s;
	while (e < len && e - s <= SUBHEAD_WORD && !is_space(p[e]))
		e++;
	return e;
}

/* The start of the word after p[e] on its line, or len when there is none. */
static size_t word_after(uchar *p, size_t len, size_t e)
{
	size_t s = e;
	while (s < len && (p[s] == ' ' || p[s] == '\t'))
		s++;
	return s > e && s < len ? s : len;
}

/* 1 when the k words of the heading that end at ws[n-1] (their starts ws, ends we) are
 * capitalised and come again right from p[i], then a lowercase word: a heading that names the
 * person the sentence goes on about (`David Gee David Gee migrated from China`) (heading123).
 * Two or three words, so a name of one repeated word (`Sirhan Sirhan said`) stays whole. */
static int name_repeated(uchar *p, size_t len, const size_t *ws, const size_t *we, int n,
			 size_t i)
{
	for (int k = 2; k <= 3 && k <= n; k++) {
		size_t s = i;
		int j = n - k;
		for (; j < n; j++) {
			size_t e = word_end(p, len, s);
			if (!cap_word(p, ws[j], we[j]) || e - s != we[j] - ws[j]
			    || memcmp(p + s, p + ws[j], e - s))
				break;
			s = word_after(p, len, e);
			if (s == len)
				break;
		}
		if (j == n && lower_at(p, len, s))
			return 1;
	}
	return 0;
}

/* How far back named_before looks (bytes): a few pages of a story, so the splitter stays
 * linear in its input. */
enum { NAMED_BACK = 8192 };

/* 1 when the word p[i..e) is a whole word of the NAMED_BACK bytes before p[m] (the story
 * named it: `Erdogan` before `Europe and Africa Erdogan has`), and never there right after
 * the word p[y..ye) (`the Fish and Wildlife Service. ... Fish and Wildlife Service has`: one
 * name of an office, no heading). */
static int named_before(uchar *p, size_t m, size_t i, size_t e, size_t y, size_t ye)
{
	size_t k = e - i, yk = ye - y, b = m > NAMED_BACK ? m - NAMED_BACK : 0;
	int named = 0;
	for (size_t j = b; j + k <= m; j++) {
		if (p[j] != p[i] || memcmp(p + j, p + i, k) || (j > 0 && is_alpha(p[j - 1]))
		    || (j + k < m && is_alpha(p[j + k])))
			continue;
		if (j >= b + yk + 1 && p[j - 1] == ' ' && !memcmp(p + j - 1 - yk, p + y, yk))
			return 0;
		named = 1;
	}
	return named;
}

/* 1 when p[i..e) names a continent (`Europe`, `Africa`, `Asia`): two of them joined by `and`
 * name a region of the world, never the first words of one office or firm. */
static int continent(uchar *p, size_t i, size_t e)
{
	static const char *const names[] = { "Africa", "Asia", "Europe", "America", "Americas",
					     "Oceania", "Antarctica", NULL };
	for (const char *const *x = names; *x; x++)
		if (strlen(*x) == e - i && !memcmp(p + i, *x, e - i))
			return 1;
	return 0;
}

/* 1 when the heading is two capitalised words joined by `and` (ws, we: its three words) and
 * the word p[i..e) after it is a name the story used before, then a verb in the singular
 * (`has`, `is`, `was`): a pair joined by `and` takes a plural verb, so the name alone is the
 * subject and the pair a heading (`Europe and Africa Erdogan has made overtures to France`)
 * (heading123). At the start of a text, with no story before it to name the word, a pair of
 * continents will do (heading159). Not a role noun (`Immigration and Customs Enforcement`),
 * nor a name the story has not used (`Trinidad and Tobago Police`) or used after the same word
 * (`Wildlife Service`). */
static int pair_before_name(uchar *p, size_t len, size_t m, const size_t *ws, const size_t *we,
			    size_t i, size_t e)
{
	if (!cap_word(p, ws[0], we[0]) || we[1] - ws[1] != 3 || memcmp(p + ws[1], "and", 3)
	    || !cap_word(p, ws[2], we[2]) || !cap_word(p, i, e) || role_noun(p, i, e))
		return 0;
	size_t s = word_after(p, len, e), v = word_end(p, len, s);
	if (s == len || !((v - s == 3 && (!memcmp(p + s, "has", 3) || !memcmp(p + s, "was", 3)))
			  || (v - s == 2 && !memcmp(p + s, "is", 2))))
		return 0;
	return named_before(p, m, i, e, ws[2], we[2])
	       || (text_start(p, m) && continent(p, ws[0], we[0]) && continent(p, ws[2], we[2]));
}

/* 1 when p[i..e) is a capitalised word with the ending of a nationality (`Russian`,
 * `Chinese`, `Turkish`, `Iraqi`): -an, -ese, -ish or -i. */
static int nationality_word(uchar *p, size_t i, size_t e)
{
	if (!cap_word(p, i, e) || e - i < 4)
		return 0;
	return (p[e - 2] == 'a' && p[e - 1] == 'n') || !memcmp(p + e - 3, "ese", 3)
	       || !memcmp(p + e - 3, "ish", 3) || p[e - 1] == 'i';
}

/* 1 when the heading is three words, a capitalised noun, `of` and a capitalised name (ws, we),
 * and the word p[i..e) after it is a nationality (nationality_word) before two more capitalised
 * words, a title and a name: `Role of Russia Russian President Vladimir Putin is courting
 * Erdogan` (heading129). An office's name ends in its field, never in a country's adjective
 * and a title (`Ministry of Defense spokesperson`), and a role noun first (`Minister of
 * Justice`) stays a title. */
static int topic_before_title(uchar *p, size_t len, const size_t *ws, const size_t *we,
			      size_t i, size_t e)
{
	if (!cap_word(p, ws[0], we[0]) || role_noun(p, ws[0], we[0]) || we[1] - ws[1] != 2
	    || memcmp(p + ws[1], "of", 2) || !cap_word(p, ws[2], we[2])
	    || !nationality_word(p, i, e))
		return 0;
	size_t s = word_after(p, len, e), v = word_end(p, len, s);
	if (s == len || !cap_word(p, s, v))
		return 0;
	s = word_after(p, len, v);
	return s < len && cap_word(p, s, word_end(p, len, s));
}

/* When a section subheading starts at p[m] (right after a sentence end), the offset of the
 * sentence that follows it, else 0. The subheading is 1 to SUBHEAD_WORDS words on one
 * paragraph; the sentence starts at a subhead_starters word (a whole word: not `In-Q-Tel`)
 * after a word that may end a subheading (subhead_final), before a lowercase word (`Since
 * the`, `According to`; `The Hague`, `The New York Times` go on in capitals); one that is no
 * article may come before a capital or a digit when a lowercase word ends the subheading
 * (`choice While Kenya`). `A` and `An` need a lowercase word before them (`Plan A was`,
 * `Vitamin A is` are no subheadings), and may come before a dotted abbreviation too
 * (`International reaction A U.S. spokesperson`; not `attended A Ward Dance Centre`, `general
 * A S Kalkat`). A quote or bracket opening the text at p[m] is a quotation, never a
 * subheading. A heading also ends before the name it ends in said again (name_repeated), and
 * after a pair joined by `and` before a used name and a singular verb (pair_before_name), or
 * after `Role of Russia` before a nationality, a title and a name (topic_before_title). */
static size_t subhead_end(uchar *p, size_t len, size_t m)
{
	size_t i = m, prev = m, prev_end = m, ws[SUBHEAD_WORDS + 1], we[SUBHEAD_WORDS + 1];
	if (m >= len || opener(p, len, m))   /* the text ended with the sentence */
		return 0;
	for (int words = 0; words <= SUBHEAD_WORDS; words++) {
		size_t e = i;
		while (e < len && e - i <= SUBHEAD_WORD && !is_space(p[e]))
			e++;
		if (e == i || e - i > SUBHEAD_WORD || e == len)
			return 0;
		if (words > 1 && name_repeated(p, len, ws, we, words, i))
			return i;
		if (words == 3 && (pair_before_name(p, len, m, ws, we, i, e)
				   || topic_before_title(p, len, ws, we, i, e)))
			return i;
		int article = p[i] == 'A' && (e - i == 1 || (e - i == 2 && p[i + 1] == 'n'));
		/* A capitalised conjunction or preposition after a lowercase word is no title of a
		 * work in news text, so it opens a sentence even before a name or a year (`Little
		 * choice While Kenya ...`, `Government involvement In 2017, ...`); `The` is not
		 * (`told The New York Times`). */
		int capital_clause = !article && !(e - i == 3 && !memcmp(p + i, "The", 3));
		if (words > 1 && p[prev] >= 'a' && p[prev] <= 'z'
		    && subhead_final(p, len, prev, prev_end) && plain_starter(p, i, e)
		    && next_word(p, len, e))
			return i;
		if (words > 1 && e - i == 3 && !memcmp(p + i, "The", 3) && cap_after(p, len, e)
		    && sentence_case_heading(p, len, m, prev, prev_end))
			return i;
		if (words > 1 && heading_before_word(p, len, m, prev, prev_end, i, e))
			return i;
		if (words && subhead_final(p, len, prev, prev_end)
		    && in_list((const char *)p + i, e - i, 3)
		    && (!article || (p[prev] >= 'a' && p[prev] <= 'z'))) {
			size_t s = e;
			while (s < len && (p[s] == ' ' || p[s] == '\t'))
				s++;
			if (s > e && s < len
			    && (lower_at(p, len, s) || (article && s + 1 < len && p[s] >= 'A'
							 && p[s] <= 'Z' && p[s + 1] == '.')
				|| (capital_clause && p[prev] >= 'a' && p[prev] <= 'z'
				    && ((p[s] >= 'A' && p[s] <= 'Z')
					|| (p[s] >= '0' && p[s] <= '9')))))
				return i;
		}
		if (!subhead_word(p, len, i, e))
			return 0;
		size_t s = e;
		int nl = 0;
		while (s < len && is_space(p[s]))
			nl += p[s++] == '\n';
		if (s == len || nl >= 2)
			return 0;
		ws[words] = i;
		we[words] = e;
		prev = i;
		prev_end = e;
		i = s;
	}
	return 0;
}

static size_t emit(const char *text, size_t s, size_t e,
		   void (*fn)(void *ctx, const char *s, size_t n), void *ctx)
{
	while (s < e && is_space((uchar)text[s]))
		s++;
	while (e > s && is_space((uchar)text[e - 1]))
		e--;
	if (e == s)
		return 0;
	if (fn)
		fn(ctx, text + s, e - s);
	return 1;
}

/* After the final punctuation at p[i] (the word before it starts at p[word]): sets *k past the
 * punctuation and any closing quotes, *m past the whitespace after them, and returns 1 when a
 * sentence ends at *k, 0 when not, -1 when the punctuation is inside a token (3.5, U.S.,
 * "word.word": *k is where to go on). */
static int ends_sentence(uchar *p, size_t len, size_t i, size_t word, size_t *k, size_t *m)
{
	size_t pe = i, o;
	int dots = 0, q = 0, ell = 0, nl = 0;
	for (;;) {   /* a run of final punctuation */
		if (pe < len && p[pe] == '.') {
			dots++;
			pe++;
		} else if (pe < len && (p[pe] == '!' || p[pe] == '?')) {
			q = 1;
			pe++;
		} else if (pe < len && is_ellipsis(p, len, pe)) {
			ell = 1;
			pe += 3;
		} else {
			break;
		}
	}
	if (dots >= 2)
		ell = 1;
	for (*k = pe; *k < len && (o = closer(p, len, *k)); *k += o)
		;
	if (*k < len && !is_space(p[*k]))
		return -1;
	for (*m = *k; *m < len && is_space(p[*m]); (*m)++)
		nl += p[*m] == '\n';
	if (*m == len || nl >= 2)
		return 1;
	size_t w = *m;
	while (w < len && (o = opener(p, len, w)))
		w += o;
	int may_start = nl ? !(w < len && lower_at(p, len, w))
			: w > *m || (w < len && upper_at(p, len, w));
	if (!may_start)
		return 0;
	if (q)
		return 1;
	if (ell)
		return nl || starter_at(p, len, w);
	int t = classify(p, len, word, i);
	/* a closing quote after an abbreviation ends the quoted sentence */
	return t == TOK_WORD || (t == TOK_ABBREV && (*k > pe || starter_at(p, len, w)));
}

/* The bytes the splitter looks at: whitespace, . ! ? and 0xE2 (the first byte of an
 * ellipsis, U+2026); every other byte only moves it on. */
static const unsigned char stop_byte[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	['!'] = 1, ['.'] = 1, ['?'] = 1, [0xE2] = 1,
};

size_t khaldun_split_sentences(const char *text, size_t len,
			       void (*fn)(void *ctx, const char *s, size_t n), void *ctx)
{
	uchar *p = (uchar *)text;
	size_t count = 0, start = 0, i = 0, word = 0;

	if (!text)
		return 0;
	/* A text may open with a subheading too: a sentence given alone, cut from a page with
	 * the heading before it (`China concerns Politicians in Britain ... have expressed`)
	 * (heading159). Two words or more there: with no sentence before it, a one-word cut
	 * cannot be told from a name whose second word starts sentences (`Hun Many rejected`). */
	while (start < len && is_space(p[start]))
		start++;
	size_t lead = subhead_end(p, len, start), w2 = start;
	while (w2 < lead && !is_space(p[w2]))
		w2++;
	while (w2 < lead && is_space(p[w2]))
		w2++;
	if (lead && w2 < lead) {   /* a second word before the sentence */
		count += emit(text, start, lead, fn, ctx);
		start = lead;
	}
	i = word = start;
	while (i < len) {
		unsigned c = p[i];
		size_t k, m;
		if (!stop_byte[c]) {
			do   /* a run of bytes that only move it on, in one tight loop */
				i++;
			while (i < len && !stop_byte[p[i]]);
			continue;
		}
		if (c == '\n') {
			/* a line break without final punctuation: blank line or end -> split */
			int nl = 0;
			for (m = i; m < len && is_space(p[m]); m++)
				nl += p[m] == '\n';
			if (nl >= 2 || m == len) {
				count += emit(text, start, i, fn, ctx);
				start = m;
			}
			i = word = m;
			continue;
		}
		if (is_space(c)) {
			word = ++i;
			continue;
		}
		if (c != '.' && c != '!' && c != '?' && !is_ellipsis(p, len, i)) {
			i++;
			continue;
		}
		int split = ends_sentence(p, len, i, word, &k, &m);
		if (split < 0) {
			i = k;
			continue;
		}
		if (split) {
			count += emit(text, start, k, fn, ctx);
			start = m;
			size_t h = subhead_end(p, len, m);
			if (h) {   /* the subheading stands as a fragment of its own */
				count += emit(text, m, h, fn, ctx);
				start = m = h;
			}
		}
		i = word = m;
	}
	count += emit(text, start, len, fn, ctx);
	return count;
}
