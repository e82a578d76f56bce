/* test_sentence.c - khaldun_split_sentences: abbreviations, initials, numbers, quotes,
 * headlines and paragraphs, subheadings glued to a sentence, the seed story, views into the
 * input, and linear time. */
#include "check.h"
#include "khaldun.h"
#include <stdarg.h>
#include <stdlib.h>

#define MAXS 64

typedef struct {
	const char *base;
	size_t base_len;
	int n;
	int views_ok;
	char *s[MAXS];
} got;

static void collect(void *ctx, const char *s, size_t n)
{
	got *g = ctx;
	if (s < g->base || s + n > g->base + g->base_len || n == 0)
		g->views_ok = 0;
	if (g->n < MAXS) {
		g->s[g->n] = malloc(n + 1);
		memcpy(g->s[g->n], s, n);
		g->s[g->n][n] = 0;
	}
	g->n++;
}

static void got_free(got *g)
{
	for (int i = 0; i < g->n && i < MAXS; i++)
		free(g->s[i]);
}

/* Splits `text` and checks the sentences against the NULL-terminated list. */
static void expect(int line, const char *text, ...)
{
	got g = { text, strlen(text), 0, 1, { 0 } };
	size_t count = khaldun_split_sentences(text, strlen(text), collect, &g);
	va_list ap;
	va_start(ap, text);
	int i = 0;
	const char *want;
	int bad = (size_t)g.n != count || !g.views_ok;
	while ((want = va_arg(ap, const char *))) {
		if (i >= g.n || strcmp(g.s[i], want))
			bad = 1;
		i++;
	}
	va_end(ap);
	if (i != g.n)
		bad = 1;
	if (bad) {
		check_failures++;
		fprintf(stderr, "%s:%d: split of \"%.60s\" gave %d sentences:\n", __FILE__, line,
			text, g.n);
		for (int k = 0; k < g.n && k < MAXS; k++)
			fprintf(stderr, "    [%s]\n", g.s[k]);
	}
	got_free(&g);
}


#define E(...) expect(__LINE__, __VA_ARGS__, (const char *)NULL)

static void basic(void)
{
	E("One. Two.", "One.", "Two.");
	E("Is it? Yes! Good.", "Is it?", "Yes!", "Good.");
	E("No final punctuation", "No final punctuation");
	E("  Padded.   Spaces.  ", "Padded.", "Spaces.");
	E("He left. 3 men stayed.", "He left.", "3 men stayed.");
	E("It ended. \"We won,\" he said.", "It ended.", "\"We won,\" he said.");
	E("Wait?! Really.", "Wait?!", "Really.");
	E("lowercase after period. then more.", "lowercase after period. then more.");
}

static void empty(void)
{
	E("");
	E("   \n\n  \t ");
	E("...", "...");  /* only punctuation is still a sentence */
	got g = { 0 };
	CHECK_INT(khaldun_split_sentences(NULL, 0, collect, &g), 0);
	CHECK_INT(khaldun_split_sentences("Go. Be.", 7, NULL, NULL), 2);
}

static void titles(void)
{
	E("Mr. Smith met Dr. Jones.", "Mr. Smith met Dr. Jones.");
	E("Gen. Asif and Lt. Col. Khan spoke.", "Gen. Asif and Lt. Col. Khan spoke.");
	E("He met Prof. Ali. The talks ended.", "He met Prof. Ali.", "The talks ended.");
	E("Sen. The Honourable member spoke.", "Sen. The Honourable member spoke.");
	E("Mrs. Ms. Sgt. Capt. Gov. Rep. Pres. Maj. Tiwari.",
	  "Mrs. Ms. Sgt. Capt. Gov. Rep. Pres. Maj. Tiwari.");
}

static void abbreviations(void)
{
	E("He lives in the U.S. and works in the U.K. now.",
	  "He lives in the U.S. and works in the U.K. now.");
	E("He lives in the U.S. The next day he left.", "He lives in the U.S.",
	  "The next day he left.");
	E("The U.N. Security Council met.", "The U.N. Security Council met.");
	E("Apple Inc. said so. Talks, e.g. these, failed.", "Apple Inc. said so.",
	  "Talks, e.g. these, failed.");
	E("Talks were held on Jan. 5 in Doha.", "Talks were held on Jan. 5 in Doha.");
	E("It was founded by Smith Corp. They sold it.", "It was founded by Smith Corp.",
	  "They sold it.");
	E("Pakistan vs. India ended.", "Pakistan vs. India ended.");
	E("Martin Luther King Jr. He was a leader.", "Martin Luther King Jr.", "He was a leader.");
	E("They visited St. Petersburg.", "They visited St. Petersburg.");
	E("At 10 a.m. Monday they met.", "At 10 a.m. Monday they met.");
	E("Guns, tanks, etc. The war went on.", "Guns, tanks, etc.", "The war went on.");
	E("\"Jobs are moving to the U.S.\" Trump said so.", "\"Jobs are moving to the U.S.\"",
	  "Trump said so.");
	E("\"I met Gen.\" Smith laughed.", "\"I met Gen.\" Smith laughed.");
	E("The E.U. Commission and No. 10 agreed.", "The E.U. Commission and No. 10 agreed.");
	/* the lists' shortest and longest words, lower case, and words that only share a first
	 * letter or a length with one (the lists are looked up by first byte and length) */
	E("Messrs. Smith and Fr. Jones spoke, see p. 4 and approx. 5 pages.",
	  "Messrs. Smith and Fr. Jones spoke, see p. 4 and approx. 5 pages.");
	E("They met the Insp. Khan at Bros. Nevertheless nothing came of it.",
	  "They met the Insp. Khan at Bros.", "Nevertheless nothing came of it.");
	E("Sales fell at Smith Ltd. Authorities said so.", "Sales fell at Smith Ltd.",
	  "Authorities said so.");
	E("He met Messr. Smith. Mrz. Jones left.", "He met Messr.", "Smith.", "Mrz.",
	  "Jones left.");
}

static void initials(void)
{
	E("George W. Bush visited.", "George W. Bush visited.");
	E("J.R.R. Tolkien wrote it.", "J.R.R. Tolkien wrote it.");
	E("Written by J. R. Smith.", "Written by J. R. Smith.");
	E("It was Plan B. The plan failed.", "It was Plan B.", "The plan failed.");
	E("He posted on X. Militants attacked a train.", "He posted on X.",
	  "Militants attacked a train.");
	E("Malcolm X. Shabazz spoke, as did analyst C. Raja Mohan.",
	  "Malcolm X. Shabazz spoke, as did analyst C. Raja Mohan.");
}

static void numbers(void)
{
	E("Growth was 3.5 percent. Prices rose 0.2%.", "Growth was 3.5 percent.",
	  "Prices rose 0.2%.");
	E("It dates back to 2002. He said so.", "It dates back to 2002.", "He said so.");
	E("Version 1.2.3 shipped.", "Version 1.2.3 shipped.");
	E("It cost $1,000.50 in total.", "It cost $1,000.50 in total.");
}

static void quotes(void)
{
	E("\"Why?\" he asked.", "\"Why?\" he asked.");
	E("\"Stop!\" she shouted. They stopped.", "\"Stop!\" she shouted.", "They stopped.");
	E("He said \"go.\" Then he left.", "He said \"go.\"", "Then he left.");
	E("They would \xE2\x80\x9Crise to fight\xE2\x80\x9D. Noori said so.",
	  "They would \xE2\x80\x9Crise to fight\xE2\x80\x9D.", "Noori said so.");
	E("He said \xE2\x80\x9Cno.\xE2\x80\x9D \xE2\x80\x9CWhy?\xE2\x80\x9D she asked.",
	  "He said \xE2\x80\x9Cno.\xE2\x80\x9D", "\xE2\x80\x9CWhy?\xE2\x80\x9D she asked.");
	E("(It ended.) Then talks began.", "(It ended.)", "Then talks began.");
	E("It ended. (Talks resume today.)", "It ended.", "(Talks resume today.)");
}

static void ellipsis(void)
{
	E("He paused... and then left.", "He paused... and then left.");
	E("He waited \xE2\x80\xA6 for Kabul to reply.", "He waited \xE2\x80\xA6 for Kabul to reply.");
	E("He said... Kabul would reply.", "He said... Kabul would reply.");
	E("It ended... The next day was calm.", "It ended...", "The next day was calm.");
}

static void lines(void)
{
	E("Taliban Warns Pakistan\n\nThe talks ended. Both sides left.", "Taliban Warns Pakistan",
	  "The talks ended.", "Both sides left.");
	E("A hard-wrapped sentence that\ngoes on over\nthree lines.",
	  "A hard-wrapped sentence that\ngoes on over\nthree lines.");
	E("First paragraph.\nSecond paragraph starts here.", "First paragraph.",
	  "Second paragraph starts here.");
	E("Ends with a lowercase wrap in the U.S.\nofficials said.",
	  "Ends with a lowercase wrap in the U.S.\nofficials said.");
	E("Line one.\r\nLine two.\r\n", "Line one.", "Line two.");
	E("Headline Without Stop\n\n\n\nBody.", "Headline Without Stop", "Body.");
	E("Trailing line without stop", "Trailing line without stop");
	E("Body text.\n\nBased On ANI Report", "Body text.", "Based On ANI Report");
	E("Mr.\nSmith spoke.", "Mr.\nSmith spoke.");
	E("Para one ends here.\n- A bullet follows.", "Para one ends here.",
	  "- A bullet follows.");
	E("Blank line wins over titles: Dr.\n\nNext.", "Blank line wins over titles: Dr.",
	  "Next.");
}

static void seed(void)
{
	const char *path = shared_path("seed/istanbul-talks.txt");
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		check_skip("seed", path);
		return;
	}
	static char text[1 << 16];
	size_t n = fread(text, 1, sizeof text, fp);
	fclose(fp);
	got g = { text, n, 0, 1, { 0 } };
	/* headline, 22 body sentences in 13 paragraphs, and the page footer (three short lines
	 * without final punctuation join into one) */
	CHECK_INT(khaldun_split_sentences(text, n, collect, &g), 24);
	CHECK(g.views_ok);
	CHECK_STR(g.s[0], "Taliban Issues Stern Warning To Pakistan After Deadlocked Istanbul Peace Talks");
	CHECK(!strncmp(g.s[3], "The Taliban\xE2\x80\x99s spokesperson", 27));
	CHECK(!strncmp(g.s[4], "According to the statement", 26));
	CHECK_STR(g.s[14], "Noori stressed that if conflict arises, Afghans across generations would "
		  "\xE2\x80\x9Crise to fight\xE2\x80\x9D.");
	CHECK(!strncmp(g.s[16], "He clarified that while Kabul", 29));
	CHECK_STR(g.s[23], "Based On ANI Report\nNo comments:\nPost a Comment");
	got_free(&g);
}

static size_t count_only(const char *t, size_t n)
{
	return khaldun_split_sentences(t, n, NULL, NULL);
}

/* Section subheadings that a page flattened into the text, cut off as fragments of their own
 * (words of our own; the VOA corpus has the same shapes), and the guards: names and titles that
 * begin with a starter, quotes, dashes, words that end no subheading, and no sentence end. */
static void subheadings(void)
{
	E("The talks ended. Border dispute The two sides met again on Friday.",
	  "The talks ended.", "Border dispute", "The two sides met again on Friday.");
	E("He was freed. Response from Minister Rao Shortly after the release, Rao spoke.",
	  "He was freed.", "Response from Minister Rao", "Shortly after the release, Rao spoke.");
	E("Troops withdrew. Old grievances, new fears Since the war ended, few returned.",
	  "Troops withdrew.", "Old grievances, new fears", "Since the war ended, few returned.");
	E("Prices rose. Fuel costs According to the ministry, fuel is scarce.", "Prices rose.",
	  "Fuel costs", "According to the ministry, fuel is scarce.");
	E("It was signed. The reaction A spokesman welcomed it.", "It was signed.",
	  "The reaction", "A spokesman welcomed it.");
	E("It was signed. Foreign reaction A U.N. envoy welcomed it.", "It was signed.",
	  "Foreign reaction", "A U.N. envoy welcomed it.");
	E("It was signed! Next steps Then on Monday the envoys left.", "It was signed!",
	  "Next steps", "Then on Monday the envoys left.");
	/* a starter that is no article after a lowercase word opens the sentence even before a
	 * name or a number (heading55) */
	E("Aid stopped. Little hope While Kenya waits, camps fill.", "Aid stopped.", "Little hope",
	  "While Kenya waits, camps fill.");
	E("Aid stopped. State involvement In 2017, Mali sent troops.", "Aid stopped.",
	  "State involvement", "In 2017, Mali sent troops.");
	/* not `The` before a capital (a title, `attacked The Wall Street Journal`), nor after a
	 * capitalised word (`Talks with Iran In 2019`) */
	E("He left. Trump attacked The Wall Street Journal.", "He left.",
	  "Trump attacked The Wall Street Journal.");
	E("He left. Talks with Iran In 2019, Mali sent troops.", "He left.",
	  "Talks with Iran In 2019, Mali sent troops.");
	/* a subheading glued to the next one stays one fragment: the first starter ends it */
	E("He left. The vote In the capital, turnout was low.", "He left.", "The vote",
	  "In the capital, turnout was low.");
	/* heading108: `The` and a capitalised word after a heading in sentence case (a capital,
	 * then lowercase words, no verb) still start the sentence; not after a verb in -ed or a
	 * verb often before a title's `The`, nor after a lowercase sentence starter */
	E("He left. Rwanda tensions The United States and Kenya condemned Burundi.", "He left.",
	  "Rwanda tensions", "The United States and Kenya condemned Burundi.");
	E("He left. Border security concerns The European Union sent monitors.", "He left.",
	  "Border security concerns", "The European Union sent monitors.");
	E("He left. Officials told The Associated Press so.", "He left.",
	  "Officials told The Associated Press so.");
	E("He left. Rebels also attacked The Daily Monitor offices.", "He left.",
	  "Rebels also attacked The Daily Monitor offices.");
	E("He left. Kenya went before The Hague court.", "He left.",
	  "Kenya went before The Hague court.");
	/* heading115: a heading in sentence case before a possessive, a one-word name and a comma,
	 * or a plural noun before a lowercase word; not after a plural subject and its verb, a
	 * role noun (a title before a name), a verb in the words, or a starter first */
	E("He left. Uneasy truce Norland's army withdrew.", "He left.", "Uneasy truce",
	  "Norland's army withdrew.");
	E("He left. Aid vital Kester, speaking Monday, left.", "He left.", "Aid vital",
	  "Kester, speaking Monday, left.");
	E("He left. Norland worries Diplomats in Estora fear it.", "He left.", "Norland worries",
	  "Diplomats in Estora fear it.");
	E("He left. Critics argue Norland's army is weak.", "He left.",
	  "Critics argue Norland's army is weak.");
	E("He left. Army spokesperson Kester, who spoke, denied it.", "He left.",
	  "Army spokesperson Kester, who spoke, denied it.");
	E("He left. Rebels attacked tiny Estora, killing ten.", "He left.",
	  "Rebels attacked tiny Estora, killing ten.");
	E("He left. Norland is expected to discuss upgrading Estora's port.", "He left.",
	  "Norland is expected to discuss upgrading Estora's port.");
	E("He left. Unlike the five Rebels in jail, they fled.", "He left.",
	  "Unlike the five Rebels in jail, they fled.");
	E("He left. Norland backs Chagos deal.", "He left.", "Norland backs Chagos deal.");
	/* names and titles: a starter before a capitalised word is part of them */
	E("He left. Judges at The Hague ruled on Friday.", "He left.",
	  "Judges at The Hague ruled on Friday.");
	E("He left. Reporters for The New York Times said so.", "He left.",
	  "Reporters for The New York Times said so.");
	E("He left. Analysts at In-Q-Tel said so.", "He left.", "Analysts at In-Q-Tel said so.");
	E("He left. Plan A was dropped.", "He left.", "Plan A was dropped.");
	E("He left. Analyst A S Rao spoke.", "He left.", "Analyst A S Rao spoke.");
	E("He left. Capitol Police officers said so.", "He left.",
	  "Capitol Police officers said so.");
	E("He left. Gone With the Wind was shown.", "He left.", "Gone With the Wind was shown.");
	/* quotes, brackets, dashes, and words that end no subheading */
	E("He left. \"Hard times The end is near,\" he said.", "He left.",
	  "\"Hard times The end is near,\" he said.");
	E("He left. Talks (The first round) ended.", "He left.", "Talks (The first round) ended.");
	E("He left. 1990 - The year the war ended.", "He left.", "1990 - The year the war ended.");
	E("He left. It seemed like He was tired.", "He left.", "It seemed like He was tired.");
	E("He left. Can We trust them?", "He left.", "Can We trust them?");
	E("He left. It was like The end of days.", "He left.", "It was like The end of days.");
	E("He left. Last week, The envoy came.", "He left.", "Last week, The envoy came.");
	/* heading159: at the start of a text too (a sentence given alone may open with the
	 * heading that stood before it), but there only a heading of two words or more, and not
	 * a two-word subject with its present verb before a possessive */
	E("Border dispute The two sides met again", "Border dispute", "The two sides met again");
	E("Hun Many rejected the accusation.", "Hun Many rejected the accusation.");
	E("Rwanda protests Burundi's decision.", "Rwanda protests Burundi's decision.");
	E("He left.", "He left.");   /* a text that ends with the sentence: nothing to look at */
	E("He left.\n\nBorder dispute The two sides met.", "He left.", "Border dispute",
	  "The two sides met.");
	/* at most six words before the starter */
	E("He left. One two three four five six seven The end came.", "He left.",
	  "One two three four five six seven The end came.");
	E("He left. One two three four five six The end came.", "He left.",
	  "One two three four five six", "The end came.");
}

/* Hostile 10 MB inputs: right counts, no crash. (Speed is measured by `make bench`, not here:
 * a quadratic splitter would show there, and would make this test run for hours.) */
static void linear(void)
{
	size_t n = 10u << 20;
	char *t = malloc(n);

	memset(t, 'a', n);   /* no punctuation, no spaces */
	CHECK_INT(count_only(t, n), 1);

	for (size_t i = 0; i < n; i++)   /* "a.a.a.a..." : a dot every other byte */
		t[i] = i % 2 ? '.' : 'a';
	CHECK_INT(count_only(t, n), 1);

	for (size_t i = 0; i < n; i++)   /* "U. U. U. ..." : initials, never split */
		t[i] = "U. "[i % 3];
	CHECK_INT(count_only(t, n), 1);

	for (size_t i = 0; i < n; i++)   /* "A. The A. The ..." : split everywhere */
		t[i] = "Go. The "[i % 8];
	CHECK(count_only(t, n) > n / 9);

	for (size_t i = 0; i < n; i++)   /* "Go. Aa The bb " : a subheading after every end */
		t[i] = "Go. Aa The bb "[i % 14];
	CHECK(count_only(t, n) > 2 * (n / 15));
	for (size_t i = 0; i < n; i++)   /* seven words after every end: the look-ahead's limit */
		t[i] = "Go. Aa bb cc dd ee ff gg "[i % 25];
	CHECK(count_only(t, n) > n / 26);

	memset(t, '.', n);   /* one huge ellipsis */
	CHECK_INT(count_only(t, n), 1);
	memset(t, '\n', n);
	CHECK_INT(count_only(t, n), 0);
	memset(t, '"', n);
	CHECK_INT(count_only(t, n), 1);
	for (size_t i = 0; i < n; i++)   /* "(((((" then a split candidate */
		t[i] = i % 1000 == 999 ? ' ' : i % 1000 == 998 ? '.' : '(';
	CHECK(count_only(t, n) >= 1);
	free(t);
}

TEST_MAIN(T(basic), T(empty), T(titles), T(abbreviations), T(initials), T(numbers),
	  T(quotes), T(ellipsis), T(lines), T(seed), T(subheadings), T(linear))
