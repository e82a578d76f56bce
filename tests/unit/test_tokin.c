/* test_tokin.c - tokens.c's tok_in (speed129 reads the token's first two bytes once): it
 * answers as tok_is over the list does, for tokens of each length (none, one byte, prefixes
 * of listed words, longer ones) and lists with one-byte and empty words. */
#include "check.h"
#include "coder/sent.h"
#include <string.h>

/* tok_in as it was before speed129 (the reference). */
static int in_ref(const coder_tok *t, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (tok_is(t, list[k]))
			return 1;
	return 0;
}

static void in_as_before(void)
{
	/* token texts borrowed from longer strings: "ARMY" is the first 4 bytes of "ARMYX" */
	static const char *const texts[] = { "ARMY", "ARMYX", "AR", "A", "I", "IN", "INTO", "",
		"OF", "O", "-", "\xc3\x89TAT", "ARMIES", NULL };
	static const char *const lists[][8] = {
		{ "ARMY", "AR", "A", NULL },
		{ "IN", "INTO", "ON", NULL },
		{ "I", "O", "-", NULL },
		{ "", "OF", NULL },
		{ "\xc3\x89TAT", "ARMIES", "ARMYX", NULL },
		{ NULL },
	};
	for (int x = 0; texts[x]; x++)
		for (int len = 0; len <= (int)strlen(texts[x]); len++)
			for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
				coder_tok t;
				memset(&t, 0, sizeof t);
				t.s = texts[x];
				t.n = len;
				CHECK_INT(tok_in(&t, lists[l]), in_ref(&t, lists[l]));
			}
}

/* Asks tok_in about word in a one-word list built on this call's stack: two calls from the
 * same place usually put their lists at one address, with different words. */
static __attribute__((noinline)) int in_stack_list(const char *listed, const char *word)
{
	const char *list[2] = { listed, NULL };
	coder_tok t;
	memset(&t, 0, sizeof t);
	t.s = word;
	t.n = (int)strlen(word);
	return tok_in(&t, list);
}

/* speed171's map of a list's first byte pairs is kept by the list's address: a list that
 * comes to an address another list had is mapped afresh, not answered by the old map. */
static void in_list_at_reused_address(void)
{
	CHECK_INT(in_stack_list("ARMY", "ARMY"), 1);
	CHECK_INT(in_stack_list("NAVY", "NAVY"), 1);
	CHECK_INT(in_stack_list("NAVY", "ARMY"), 0);
	CHECK_INT(in_stack_list("ARMY", "ARMY"), 1);
}

TEST_MAIN(T(in_as_before), T(in_list_at_reused_address))
