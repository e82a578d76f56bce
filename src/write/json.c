/*
 * json.c - JSON string escaping shared by the event writers (event_json.c, export.c).
 * Invariant: whatever the input bytes, the output is valid JSON string content in UTF-8:
 * control characters are escaped and invalid UTF-8 becomes U+FFFD; nothing is allocated.
 */
#include "write/json.h"
#include "base/utf8.h"

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
			/* the readers' rules: no overlongs/surrogates */
			k = utf8_seq(p + i, n - i);
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
				fputs(UTF8_REPLACEMENT_BYTES, fp);   /* an invalid byte */
			}
		}
		i++;
		run = i;
	}
	fwrite(s + run, 1, n - run, fp);
}

