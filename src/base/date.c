/*
 * date.c - every date parser (ISO, TABARI digits, record fields, web dates) into YYYYMMDD,
 * validity with the one leap-year rule, and shifting dates by days.
 * Day arithmetic goes through a day count (days since 1970-01-01, proleptic Gregorian) using
 * Howard Hinnant's civil-from-days algorithms, so it is exact across months, years and leap days.
 * Invariant: a returned date is always valid; invalid input gives 0, never a rolled-over date.
 */
#include "khaldun.h"
#include "base/date.h"
#include <string.h>

int date_is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(long y, long m)
{
	static const unsigned char dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : dim[m - 1];
}

/* Whether year y, month m, day d is a date of years 1-9999. */
static int ymd_valid(long y, long m, long d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

int date_valid(long d)
{
	return d > 0 && ymd_valid(d / 10000, d / 100 % 100, d % 100);
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

long date_parse_digits(const char *s, size_t n, int clamp)
{
	long y, m, d;
	if (n == 8) {
		y = digits(s, 4);
		m = digits(s + 4, 2);
		d = digits(s + 6, 2);
	} else if (n == 6) {
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
	if (clamp && d >= 29 && d <= 31 && m >= 1 && m <= 12 && d > date_days_in_month(y, m))
		d = date_days_in_month(y, m);
	/* y, m and d have 4, 2 and 2 digits: the same test as date_valid on the composed date,
	 * without taking it apart again (TABARI dictionaries: ~50,000 dates a load) */
	return ymd_valid(y, m, d) ? y * 10000 + m * 100 + d : 0;
}

long khaldun_parse_date(const char *s, size_t len)
{
	if (!s)
		return 0;
	if (len != 10 || s[4] != '-' || s[7] != '-')
		return date_parse_digits(s, len, 0);
	long y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0)
		return 0;
	return ymd_valid(y, m, d) ? y * 10000 + m * 100 + d : 0;
}

long date_parse_field(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;   /* a CRLF file's "Date: 2025-03-04\r" */
	/* "2025-11-09T10:30:00Z" and "2025-11-09 10:30" carry their date in the first 10 bytes */
	if (n > 10 && (s[10] == 'T' || s[10] == ' '))
		n = 10;
	return khaldun_parse_date(s, n);
}

/* The month named by the letters s[0..n) ("Nov", "November", "nov."), 1-12, or 0: the first
 * three letters decide, as feeds and pages abbreviate freely. */
static int month_name(const char *s, size_t n)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		if ((s[0] | 0x20) == months[3 * m] && (s[1] | 0x20) == months[3 * m + 1]
		    && (s[2] | 0x20) == months[3 * m + 2])
			return m + 1;
	return 0;
}

/* What date_parse_web has seen so far among the words of a free-form date. */
typedef struct {
	int month, day, year, day_after;
} web_date;

/* Takes the run of digits at s[*i..n): a 4-digit year, a day of 1-31 (before the year, or
 * just after it: "2025 Nov 9"), or a clock time (skipped). */
static void web_number(const char *s, size_t n, size_t *i, web_date *w)
{
	size_t st = *i;
	int v = 0;
	while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
		if (v < 100000)
			v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	int time = *i < n && s[*i] == ':';
	if (*i - st == 4 && !w->year && !time)
		w->year = v;
	else if (*i - st <= 2 && !time && v >= 1 && v <= 31) {
		if (!w->year && !w->day)
			w->day = v;
		else if (w->year && !w->day && !w->day_after)
			w->day_after = v;
	}
	if (time)   /* a clock time: skip it */
		while (*i < n && (s[*i] == ':' || (s[*i] >= '0' && s[*i] <= '9')))
			(*i)++;
}

long date_parse_web(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++, n--;
	if (n >= 10 && s[0] >= '0' && s[0] <= '9' && (s[4] == '-' || s[4] == '/')
	    && (s[7] == '-' || s[7] == '/')) {
		char iso[11];
		memcpy(iso, s, 10);
		iso[4] = iso[7] = '-';
		iso[10] = 0;
		return khaldun_parse_date(iso, 10);
	}
	web_date w = { 0, 0, 0, 0 };
	size_t i = 0;
	while (i < n) {
		size_t st = i;
		unsigned char c = (unsigned char)s[i];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
				i++;
			if (!w.month)
				w.month = month_name(s + st, i - st);
		} else if (c >= '0' && c <= '9') {
			web_number(s, n, &i, &w);
		} else {
			i++;
		}
	}
	if (!w.day)
		w.day = w.day_after;
	if (!w.year || !w.month || !w.day)
		return 0;
	long d = (long)w.year * 10000 + w.month * 100 + w.day;
	return date_valid(d) ? d : 0;
}

/* days since 1970-01-01 (Hinnant's days_from_civil) */
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

long date_day_number(long yyyymmdd)
{
	return days_from_civil(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

long date_from_day_number(long day)
{
	return civil_from_days(day);
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
