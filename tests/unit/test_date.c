/* test_date.c - every date parser in base/date (khaldun_parse_date's three forms, TABARI digit
 * dates with month-end clamping, record fields, web dates), leap years and day arithmetic. */
#include "check.h"
#include "khaldun.h"
#include "base/date.h"

#define PD(s) khaldun_parse_date(s, strlen(s))

static void forms(void)
{
	CHECK_INT(PD("2025-11-09"), 20251109);
	CHECK_INT(PD("20251109"), 20251109);
	CHECK_INT(PD("251109"), 20251109);
	CHECK_INT(PD("300101"), 20300101);
	CHECK_INT(PD("310101"), 19310101);
	CHECK_INT(PD("991231"), 19991231);
	CHECK_INT(PD("000229"), 20000229);
	CHECK_INT(khaldun_parse_date("2025-11-09T10:00", 10), 20251109);
}

static void invalid(void)
{
	CHECK_INT(PD(""), 0);
	CHECK_INT(khaldun_parse_date(NULL, 0), 0);
	CHECK_INT(PD("2025-13-01"), 0);
	CHECK_INT(PD("2025-00-10"), 0);
	CHECK_INT(PD("2025-04-31"), 0);
	CHECK_INT(PD("2025-01-00"), 0);
	CHECK_INT(PD("2025-02-29"), 0);
	CHECK_INT(PD("1900-02-29"), 0);
	CHECK_INT(PD("2000-02-29"), 20000229);
	CHECK_INT(PD("2024-02-29"), 20240229);
	CHECK_INT(PD("0000-01-01"), 0);
	CHECK_INT(PD("2025/11/09"), 0);
	CHECK_INT(PD("2025-1-09"), 0);
	CHECK_INT(PD("2025-11-9x"), 0);
	CHECK_INT(PD("+2025119"), 0);
	CHECK_INT(PD("2025-11-09 "), 0);
	CHECK_INT(PD("-25-11-09"), 0);
	CHECK_INT(PD("1234567"), 0);
	CHECK_INT(PD("2o251109"), 0);
}

static void arithmetic(void)
{
	CHECK_INT(date_add_days(20251109, 0), 20251109);
	CHECK_INT(date_add_days(20251109, 1), 20251110);
	CHECK_INT(date_add_days(20251130, 1), 20251201);
	CHECK_INT(date_add_days(20251231, 1), 20260101);
	CHECK_INT(date_add_days(20260101, -1), 20251231);
	CHECK_INT(date_add_days(20240228, 1), 20240229);
	CHECK_INT(date_add_days(20230228, 1), 20230301);
	CHECK_INT(date_add_days(20000301, -1), 20000229);
	CHECK_INT(date_add_days(19000301, -1), 19000228);
	CHECK_INT(date_add_days(19700101, 0), 19700101);
	CHECK_INT(date_add_days(19691231, 1), 19700101);
	CHECK_INT(date_add_days(20251109, 365), 20261109);
	CHECK_INT(date_add_days(20240101, 366), 20250101);
	CHECK_INT(date_add_days(20251109, -7), 20251102);
	CHECK_INT(date_add_days(20251109, 100000), 22990825);
	CHECK_INT(date_add_days(20250230, 1), 0);      /* invalid input */
	CHECK_INT(date_add_days(99991231, 1), 0);      /* past year 9999 */
	CHECK_INT(date_add_days(10101, -1), 0);        /* before year 1 */
	CHECK_INT(date_add_days(10101, 0), 10101);
}

static void iso(void)
{
	char out[11];
	CHECK_INT(date_to_iso(20251109, out), 0);
	CHECK_STR(out, "2025-11-09");
	CHECK_INT(date_to_iso(10101, out), 0);
	CHECK_STR(out, "0001-01-01");
	CHECK_INT(date_to_iso(20251132, out), -1);
	CHECK_STR(out, "");
	CHECK_INT(date_to_iso(0, out), -1);
	CHECK_INT(date_to_iso(-20251109, out), -1);
	/* round trip over ten years, day by day */
	long d = 20200101;
	int ok = 1;
	for (int i = 0; i < 3660; i++) {
		date_to_iso(d, out);
		if (khaldun_parse_date(out, 10) != d)
			ok = 0;
		long next = date_add_days(d, 1);
		if (date_add_days(next, -1) != d)
			ok = 0;
		d = next;
	}
	CHECK(ok);
	CHECK_INT(d, 20300108);
}

static void leap(void)
{
	CHECK(date_is_leap(2024));
	CHECK(date_is_leap(2000));
	CHECK(!date_is_leap(1900));
	CHECK(!date_is_leap(2025));
	CHECK_INT(date_days_in_month(2024, 2), 29);
	CHECK_INT(date_days_in_month(2100, 2), 28);
	CHECK_INT(date_days_in_month(2025, 4), 30);
	CHECK_INT(date_days_in_month(2025, 12), 31);
	CHECK_INT(date_days_in_month(2025, 13), 0);
	CHECK_INT(date_days_in_month(2025, 0), 0);
}

#define DG(s, c) date_parse_digits(s, strlen(s), c)

static void tabari_digits(void)
{
	CHECK_INT(DG("950601", 0), 19950601);
	CHECK_INT(DG("300101", 0), 20300101);
	CHECK_INT(DG("20250101", 0), 20250101);
	CHECK_INT(DG("040931", 0), 0);           /* 31 September */
	CHECK_INT(DG("040931", 1), 20040930);    /* "end of September" */
	CHECK_INT(DG("19000231", 1), 19000228);
	CHECK_INT(DG("20000231", 1), 20000229);
	CHECK_INT(DG("20000232", 1), 0);         /* 32 is no day, clamped or not */
	CHECK_INT(DG("20001331", 1), 0);
	CHECK_INT(DG("2025011", 0), 0);
	CHECK_INT(DG("95O601", 0), 0);
	CHECK_INT(DG("2025-01-01", 0), 0);
	CHECK_INT(DG("00000101", 1), 0);         /* year 0 */
}

#define DF(s) date_parse_field(s, strlen(s))

static void fields(void)
{
	CHECK_INT(DF("2025-11-09"), 20251109);
	CHECK_INT(DF("  2025-11-09\t"), 20251109);
	CHECK_INT(DF("2025-11-09T10:30:00Z"), 20251109);
	CHECK_INT(DF("2025-11-09 10:30"), 20251109);
	CHECK_INT(DF("20251109"), 20251109);
	CHECK_INT(DF("2025-11-09x"), 0);
	CHECK_INT(DF("2025-02-30T00:00"), 0);
	CHECK_INT(DF(""), 0);
	CHECK_INT(DF("   "), 0);
}

#define DW(s) date_parse_web(s, strlen(s))

static void web(void)
{
	/* RFC 3339 / ISO 8601: the date written, whatever the zone */
	CHECK_INT(DW("2025-11-09T23:30:00-05:00"), 20251109);
	CHECK_INT(DW("2025/11/09"), 20251109);
	CHECK_INT(DW("\n  2025-11-09"), 20251109);
	CHECK_INT(DW("2025-02-29T00:00:00Z"), 0);
	CHECK_INT(DW("2024-02-29T00:00:00Z"), 20240229);
	/* RFC 822 as RSS writes it */
	CHECK_INT(DW("Sun, 09 Nov 2025 10:30:00 GMT"), 20251109);
	CHECK_INT(DW("Tue, 1 Jul 2025 08:00:00 +0200"), 20250701);
	CHECK_INT(DW("09 Nov 2025"), 20251109);
	/* what pages write */
	CHECK_INT(DW("November 9, 2025"), 20251109);
	CHECK_INT(DW("Published: Nov. 9, 2025 at 10:30"), 20251109);
	CHECK_INT(DW("9 September 2025"), 20250909);
	CHECK_INT(DW("2025 Nov 9"), 20251109);
	CHECK_INT(DW("updated 10:45 on 3 march 2024"), 20240303);
	/* no date */
	CHECK_INT(DW("Sun, 31 Nov 2025"), 0);
	CHECK_INT(DW("Nov 2025"), 0);
	CHECK_INT(DW("9 November"), 0);
	CHECK_INT(DW("yesterday"), 0);
	CHECK_INT(DW(""), 0);
	CHECK_INT(DW("99999999999 Nov 2025 12345"), 0);
}

TEST_MAIN(T(forms), T(invalid), T(arithmetic), T(iso), T(leap), T(tabari_digits), T(fields),
	  T(web))
