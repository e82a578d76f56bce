/*
 * date.h - calendar dates as YYYYMMDD longs (the form events carry), with day arithmetic.
 * The public parser is khaldun_parse_date (khaldun.h); these helpers are for the library.
 * Invariant: every function accepts only valid proleptic-Gregorian dates in years 1-9999 and
 * returns 0 (or -1) for anything else, so an invalid date never turns into a plausible one.
 */
#ifndef KH_DATE_H
#define KH_DATE_H

/* Returns the date `days` days after (before, when negative) yyyymmdd, or 0 when either the
 * input or the result is not a valid date in years 1-9999. */
long date_add_days(long yyyymmdd, int days);
/* Writes "YYYY-MM-DD" and a NUL into out; returns 0, or -1 (out = "") for an invalid date. */
int date_to_iso(long yyyymmdd, char out[11]);
/* Returns 1 when yyyymmdd is a valid date in years 1-9999. */
int date_valid(long yyyymmdd);
#endif
