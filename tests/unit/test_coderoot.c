/* test_coderoot.c - sent.h's code_root_or_none and code_root (house163): the root is read
 * from a code's first two digits ("112": 11, "0253": 2, "00": 0); a code that does not start
 * with two digits (NULL, "", "1", "---", "1A") has none: -1 from code_root_or_none, 0 from
 * code_root, so the news rules' guard "no root: leave it" still tells "00" from no code. */
#include "check.h"
#include "coder/sent.h"

/* each code with the root code_root_or_none reads (-1: none; code_root says 0 then) */
static void roots(void)
{
	static const struct { const char *a; int root; } cases[] = {
		{ "112", 11 }, { "0253", 2 }, { "20", 20 }, { "1384", 13 }, { "00", 0 },
		{ NULL, -1 }, { "", -1 }, { "1", -1 }, { "---", -1 }, { "1A", -1 }, { "A1", -1 },
		{ " 12", -1 },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		CHECK_INT(code_root_or_none(cases[k].a), cases[k].root);
		CHECK_INT(code_root(cases[k].a), cases[k].root < 0 ? 0 : cases[k].root);
	}
}

TEST_MAIN(T(roots))
