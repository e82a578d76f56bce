/*
 * date.c - parse "YYYY-MM-DD" / "YYYYMMDD" / "YYMMDD" into YYYYMMDD, and shift dates by days.
 * Day arithmetic goes through a day count (days since 1970-01-01, proleptic Gregorian) using
 * Howard Hinnant's civil-from-days algorithms, so it is exact across months, years and leap days.
 * Invariant: a returned date is always valid; invalid input gives 0, never a rolled-over date.
 */
#include "khaldun.h"
#include "base/date.h"

static int is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, long m)
{
	static const unsigned char dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

int date_valid(long d)
{
	long y = d / 10000, m = d / 100 % 100, dd = d % 100;
	if (d <= 0 || y < 1 || y > 9999 || m < 1 || m > 12)
		return 0;
	return dd >= 1 && dd <= days_in_month(y, m);
}

static long digits(const char *s, size_t n)
{
	long v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

long khaldun_parse_date(const char *s, size_t len)
{
	long y, m, d;
	if (!s)
		return 0;
	if (len == 10 && s[4] == '-' && s[7] == '-') {
		y = digits(s, 4);
		m = digits(s + 5, 2);
		d = digits(s + 8, 2);
	} else if (len == 8) {
		y = digits(s, 4);
		m = digits(s + 4, 2);
		d = digits(s + 6, 2);
	} else if (len == 6) {
		y = digits(s, 2);
		m = digits(s + 2, 2);
		d = digits(s + 4, 2);
		if (y >= 0)
			y += y <= 30 ? 2000 : 1900;
	} else {
		return 0;
	}
	if (y < 0 || m < 0 || d < 0)
		return 0;
	long v = y * 10000 + m * 100 + d;
	return date_valid(v) ? v : 0;
}

/* days since 1970-01-01 */
static long days_from_civil(long y, long m, long d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static long civil_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	return y * 10000 + m * 100 + d;
}

long date_add_days(long yyyymmdd, int days)
{
	if (!date_valid(yyyymmdd))
		return 0;
	long z = days_from_civil(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100) + days;
	/* 0001-01-01 .. 9999-12-31 as day counts */
	if (z < -719162 || z > 2932896)
		return 0;
	long r = civil_from_days(z);
	return date_valid(r) ? r : 0;
}

int date_to_iso(long d, char out[11])
{
	if (!date_valid(d)) {
		out[0] = 0;
		return -1;
	}
	/* by hand: snprintf's width analysis cannot see that d is bounded */
	static const int pos[8] = { 0, 1, 2, 3, 5, 6, 8, 9 };
	for (int i = 7; i >= 0; i--, d /= 10)
		out[pos[i]] = (char)('0' + d % 10);
	out[4] = out[7] = '-';
	out[10] = 0;
	return 0;
}
