/*
 * test_country.c - the import's country-name table (src/store/country.c): every entry, read
 * from the source file, is found by the binary search (so the table is sorted), in any ASCII
 * case; names with diacritics and a leading "The" are folded to the table's spelling; the variants real datasets write and the states of before 1992 are there; unknown,
 * empty and overlong names give NULL. Runs from the repository's root (tests/run-tests).
 */
#include "check.h"
#include "store/import.h"
#include <ctype.h>

#define ISO(s) import_country_iso(s, strlen(s))

static void every_entry(void)
{
	FILE *f = fopen("src/store/country.c", "r");
	CHECK(f != NULL);
	if (!f)
		return;
	char line[256], name[128], iso[8];
	int n = 0;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, " { \"%127[^\"]\", \"%3[A-Z]\" },", name, iso) == 2) {
			n++;
			CHECK_STR(ISO(name), iso);
			for (char *p = name; *p; p++)
				*p = (char)toupper((unsigned char)*p);
			CHECK_STR(ISO(name), iso);
		}
	fclose(f);
	CHECK(n > 300);
}

static void variants(void)
{
	CHECK_STR(ISO("Congo, Democratic Republic of"), "COD");
	CHECK_STR(ISO("Democratic Republic of Congo"), "COD");
	CHECK_STR(ISO("Congo, Republic of"), "COG");
	CHECK_STR(ISO("C\xC3\xB4te d\xE2\x80\x99Ivoire"), "CIV");
	CHECK_STR(ISO("Occupied Palestinian Territory"), "PSE");
	CHECK_STR(ISO("Russian Federation"), "RUS");
	CHECK_STR(ISO("Soviet Union"), "SUN");
	CHECK_STR(ISO("Yugoslavia"), "YUG");
	CHECK_STR(ISO("West Germany"), "DEU");
	CHECK_STR(ISO("East Germany"), "DDR");
	CHECK_STR(ISO("Kosovo"), "XKX");
	/* folded to ASCII, "The" dropped: spellings no entry has as such */
	CHECK_STR(ISO("S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe"), "STP");
	CHECK_STR(ISO("CURA\xC3\x87" "AO"), "CUW");
	CHECK_STR(ISO("T\xC3\xBCrkiye"), "TUR");
	CHECK_STR(ISO("The former Yugoslav Republic of Macedonia"), "MKD");
	CHECK_STR(ISO("The Gambia"), "GMB");
	CHECK_STR(ISO("Great Britain"), "GBR");
}

static void unknown(void)
{
	CHECK(ISO("Atlantis") == NULL);
	CHECK(ISO("") == NULL);
	CHECK(import_country_iso("Congo", 3) == NULL);
	char big[200];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = 0;
	CHECK(ISO(big) == NULL);
}

TEST_MAIN(T(every_entry), T(variants), T(unknown))
