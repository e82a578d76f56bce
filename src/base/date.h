/*
 * date.h - calendar dates as YYYYMMDD longs (the form events carry): every date parser of the
 * library (ISO and TABARI digit dates, record fields, web dates), validity and day arithmetic.
 * The public parser is khaldun_parse_date (khaldun.h); these helpers are for the library.
 * Invariant: every function accepts only valid proleptic-Gregorian dates in years 1-9999 and
 * returns 0 (or -1) for anything else, so an invalid date never turns into a plausible one.
 */
#ifndef KH_DATE_H
#define KH_DATE_H
#include <stddef.h>

/* Days since 1970-01-01 of a YYYYMMDD date (proleptic Gregorian; not checked), and back. */
long date_day_number(long yyyymmdd);
long date_from_day_number(long day);
/* Returns the date `days` days after (before, when negative) yyyymmdd, or 0 when either the
 * input or the result is not a valid date in years 1-9999. */
long date_add_days(long yyyymmdd, int days);
/* Writes "YYYY-MM-DD" and a NUL into out; returns 0, or -1 (out = "") for an invalid date. */
int date_to_iso(long yyyymmdd, char out[11]);
/* Returns 1 when yyyymmdd is a valid date in years 1-9999. */
int date_valid(long yyyymmdd);
/* Returns 1 for a Gregorian leap year. The one leap-year rule of the library. */
int date_is_leap(long year);
/* Days in month m (1-12) of year y; 0 for a month out of range. */
int date_days_in_month(long y, long m);

/* TABARI's digit dates: exactly 6 (YYMMDD; years 00-30 are 2000-2030, 31-99 are 1931-1999)
 * or 8 (YYYYMMDD) digits. With `clamp`, a day 29-31 past the end of its month becomes the
 * month's last day (dictionaries write "31" for "end of the month"). Returns YYYYMMDD or 0. */
long date_parse_digits(const char *s, size_t n, int clamp);
/* A record's date field: khaldun_parse_date after trimming blanks, also accepting the date
 * part of an ISO timestamp ("2025-11-09T10:30:00Z", "2025-11-09 10:30"). Returns YYYYMMDD or 0. */
long date_parse_field(const char *s, size_t n);
/* A date as web pages and feeds write it: ISO 8601 / RFC 3339 ("2025-11-09T10:30:00Z", also
 * with '/'), RFC 822 ("Sun, 09 Nov 2025 10:30:00 GMT"), "November 9, 2025", "9 Nov 2025". The
 * time and zone are ignored (the date is the one written). Returns YYYYMMDD or 0. */
long date_parse_web(const char *s, size_t n);
#endif
