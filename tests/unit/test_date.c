/* test_date.c - khaldun_parse_date's three forms and its validation, and day arithmetic. */
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

TEST_MAIN(T(forms), T(invalid), T(arithmetic), T(iso))
