/* test_boilerplate.c - base/boilerplate: the one list, as the HTML reader (whole short lines)
 * and the coder's news rules (line starts, bylines, credits) each match it. */
#include "check.h"
#include "base/boilerplate.h"

#define PAGE(s) boilerplate_line(s, strlen(s), BOILERPLATE_PAGE)
#define NEWS(s) boilerplate_line(s, strlen(s), BOILERPLATE_NEWS)

static void page(void)
{
	CHECK(PAGE("No comments:"));
	CHECK(PAGE("  Post a Comment  "));
	CHECK(PAGE("Newer Post Older Post Home"));
	CHECK(PAGE("Subscribe to: Post Comments (Atom)"));
	CHECK(PAGE("3 comments"));
	CHECK(PAGE("12 Comments:"));
	CHECK(PAGE("1 comment"));
	CHECK(PAGE("Labels: politics, Kabul"));
	CHECK(PAGE("Share to Facebook"));
	CHECK(PAGE("SHARE"));
	CHECK(!PAGE("Share this article with the minister"));   /* exact for pages */
	CHECK(!PAGE("Read more about the talks in Doha"));
	CHECK(!PAGE("By Jane Doe"));                            /* bylines: the coder's rule */
	CHECK(!PAGE("3 commentaries"));
	CHECK(!PAGE(""));
	CHECK(!PAGE(" : "));
	/* past 80 bytes a line is text, whatever it starts with */
	CHECK(!PAGE("Labels: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
}

static void news(void)
{
	CHECK(NEWS("Share this article with the minister"));
	CHECK(NEWS("Read more about the talks in Doha"));
	CHECK(NEWS("Copyright 2025 The Times\r"));
	CHECK(NEWS("By Jane Doe"));
	CHECK(NEWS("Based on a Reuters report."));
	CHECK(NEWS("Based On ANI Report"));
	CHECK(NEWS("Photo: a file picture of the border"));
	CHECK(!NEWS("By land and sea the troops advanced on the town"));   /* not a byline */
	CHECK(!NEWS("by Jane Doe"));
	CHECK(!NEWS("Based on the agreement, the two sides will meet again"));
	CHECK(!NEWS("Home"));                                   /* pages only */
	CHECK(!NEWS("3 comments"));
	CHECK(!NEWS("The minister said the talks would go on."));
	CHECK(!NEWS("   "));
}

TEST_MAIN(T(page), T(news))
