/*
 * json.c - JSON string escaping shared by the event writers (event_json.c, export.c).
 * Invariant: whatever the input bytes, the output is valid JSON string content in UTF-8:
 * control characters are escaped and invalid UTF-8 becomes U+FFFD; nothing is allocated.
 */
#include "write/json.h"

void json_chars(FILE *fp, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0, i = 0;
	while (i < n) {
		unsigned c = p[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			i++;
			continue;
		}
		size_t k = 0;
		if (c >= 0x80) {
			/* validate the sequence (same rules as the readers: no overlongs/surrogates) */
			unsigned need = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
				: c >= 0xF0 && c < 0xF5 ? 4 : 0;
			unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
			unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
			if (need && n - i >= need) {
				k = 1;
				while (k < need && (k == 1 ? p[i + 1] >= lo && p[i + 1] <= hi
						    : (p[i + k] & 0xC0) == 0x80))
					k++;
				if (k < need)
					k = 0;
			}
			if (k) {
				i += k;
				continue;
			}
		}
		fwrite(s + run, 1, i - run, fp);
		switch (c) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\b': fputs("\\b", fp); break;
		case '\f': fputs("\\f", fp); break;
		default:
			if (c < 0x20 || c == 0x7F) {
				char e[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
				fputs(e, fp);
			} else {
				fputs("\xEF\xBF\xBD", fp);   /* an invalid byte */
			}
		}
		i++;
		run = i;
	}
	fwrite(s + run, 1, n - run, fp);
}

