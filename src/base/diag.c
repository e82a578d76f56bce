/*
 * diag.c - diagnostics; see diag.h.
 */
#include "base/diag.h"
#include <stdarg.h>
#include <stdio.h>

void diag_report(diag_sink *s, khaldun_severity sev, const char *file, long line, long col,
		 const char *text, size_t text_len, const char *fmt, ...)
{
	if (sev == KHALDUN_ERROR)
		s->errors++;
	else if (sev == KHALDUN_WARNING)
		s->warnings++;
	if (!s->fn)
		return;
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	khaldun_diag d = { sev, file, line, col, msg, text, text_len };
	s->fn(s->ctx, &d);
}

const char *khaldun_strerror(int status)
{
	switch (status) {
	case KHALDUN_OK: return "success";
	case KHALDUN_ERR_IO: return "a file could not be opened, read or written";
	case KHALDUN_ERR_NOMEM: return "out of memory";
	case KHALDUN_ERR_FORMAT: return "input did not follow its format";
	case KHALDUN_ERR_LIMIT: return "input exceeded a documented limit";
	case KHALDUN_ERR_ARG: return "invalid argument";
	case KHALDUN_EOF: return "no more input";
	}
	return "unknown status";
}
