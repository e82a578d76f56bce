/*
 * diag.h - report a diagnostic through the caller's callback (the library never prints).
 */
#ifndef KH_DIAG_H
#define KH_DIAG_H
#include "khaldun.h"

typedef struct {
	khaldun_diag_fn fn;
	void *ctx;
	size_t errors, warnings;
} diag_sink;

/* Formats the message and calls the sink; `text` (the offending line) may be NULL. */
void diag_report(diag_sink *s, khaldun_severity sev, const char *file, long line, long col,
		 const char *text, size_t text_len, const char *fmt, ...)
	__attribute__((format(printf, 8, 9)));
#endif
