/* test_event_json.c - the event JSON line: member order and values, nulls, optional members,
 * string escaping (quotes, control characters, invalid UTF-8), CAMEO enrichment, and I/O
 * errors. */
#include "check.h"
#include "khaldun.h"
#include <stdlib.h>
#include <sys/stat.h>

static char out[8192];

/* Writes one event to a temporary file and reads the line back into `out`. */
static int write_one(const khaldun_story *s, size_t idx, const char *sent, size_t n,
		     const khaldun_event *e, const khaldun_cameo *t)
{
	FILE *fp = tmpfile();
	int rc = khaldun_event_write_json(fp, s, idx, sent, n, e, t);
	rewind(fp);
	size_t k = fread(out, 1, sizeof out - 1, fp);
	out[k] = 0;
	fclose(fp);
	return rc;
}

static khaldun_event sample(void)
{
	khaldun_event e;
	memset(&e, 0, sizeof e);
	e.source = "AFGGOV";
	e.target = "PAK";
	e.code = "112";
	e.date = 20251109;
	e.source_text = "The Taliban government";
	e.target_text = "Islamabad";
	e.verb_text = "accused";
	e.pattern = (khaldun_origin){ "dict/verbs.txt", 120, "ACCUSE" };
	e.verb = (khaldun_origin){ "dict/verbs.txt", 118, "ACCUSE" };
	e.source_entry = (khaldun_origin){ "dict/actors.txt", 7, "TALIBAN" };
	return e;
}

static void full_line(void)
{
	khaldun_story s = { .id = "ani-1", .url = "http://x.org/a?b=1&c=\"2\"" };
	khaldun_event e = sample();
	const char *sent = "The Taliban government has publicly accused Islamabad.";
	CHECK_INT(write_one(&s, 3, sent, strlen(sent), &e, NULL), KHALDUN_OK);
	CHECK_STR(out, "{\"story\":\"ani-1\",\"sentence\":3,\"date\":\"2025-11-09\","
		  "\"source\":\"AFGGOV\",\"target\":\"PAK\",\"code\":\"112\",\"root\":\"11\","
		  "\"quad\":3,\"goldstein\":null,\"plover\":null,"
		  "\"source_text\":\"The Taliban government\",\"target_text\":\"Islamabad\","
		  "\"verb_text\":\"accused\",\"sentence_text\":\"The Taliban government has "
		  "publicly accused Islamabad.\",\"evidence\":{\"pattern\":\"dict/verbs.txt:120\","
		  "\"verb_entry\":\"dict/verbs.txt:118\",\"source_entry\":\"dict/actors.txt:7\","
		  "\"target_entry\":null},\"location\":null,\"url\":\"http://x.org/a?b=1&c=\\\"2\\\"\"}\n");
}

static void optional_members(void)
{
	khaldun_event e = sample();
	e.time_shift = -1;
	e.attribution = "USAGOV";
	e.target = NULL;
	e.target_text = NULL;
	e.code = "abc";
	e.date = 0;
	CHECK_INT(write_one(NULL, 0, NULL, 0, &e, NULL), KHALDUN_OK);
	static const char head[] = "{\"story\":null,\"sentence\":0,\"date\":null,"
		"\"source\":\"AFGGOV\",\"target\":null,\"code\":\"abc\",\"root\":null,"
		"\"quad\":null,\"goldstein\":null,\"plover\":null,";
	CHECK(!strncmp(out, head, sizeof head - 1));
	CHECK(strstr(out, "\"target_text\":null,") != NULL);
	CHECK(strstr(out, "\"sentence_text\":null,") != NULL);
	CHECK(strstr(out, "},\"location\":null,\"time_shift\":-1,\"attribution\":\"USAGOV\"}\n") != NULL);
	CHECK(strstr(out, "\"url\"") == NULL);
	/* an untouched event: every origin null */
	khaldun_event z;
	memset(&z, 0, sizeof z);
	khaldun_story s = { .id = "z" };
	CHECK_INT(write_one(&s, 1, "x", 1, &z, NULL), KHALDUN_OK);
	CHECK(strstr(out, "\"evidence\":{\"pattern\":null,\"verb_entry\":null,"
		      "\"source_entry\":null,\"target_entry\":null},\"location\":null}\n") != NULL);
	CHECK(strstr(out, "\"code\":null") != NULL);
}

/* a located event: the location object, in its order; a region has no GeoNames id */
static void location_member(void)
{
	khaldun_event e = sample();
	e.location = (khaldun_location){ .name = "Khost", .country = "AFG", .admin1 = "Khowst",
		.lat = 33.33951, .lon = 69.92041, .geonameid = 1136469, .precision = "city",
		.text = "Kh\"ost" };
	CHECK_INT(write_one(NULL, 0, NULL, 0, &e, NULL), KHALDUN_OK);
	CHECK(strstr(out, "},\"location\":{\"name\":\"Khost\",\"country\":\"AFG\","
		      "\"admin1\":\"Khowst\",\"lat\":33.33951,\"lon\":69.92041,"
		      "\"geonameid\":1136469,\"precision\":\"city\",\"text\":\"Kh\\\"ost\"}}\n")
	      != NULL);
	e.location.geonameid = 0;
	e.location.admin1 = NULL;
	e.location.precision = "admin1";
	CHECK_INT(write_one(NULL, 0, NULL, 0, &e, NULL), KHALDUN_OK);
	CHECK(strstr(out, "\"admin1\":null,") != NULL);
	CHECK(strstr(out, "\"geonameid\":null,\"precision\":\"admin1\"") != NULL);
}

/* lat, lon and goldstein are printf's %.5f and %.1f to the byte (the writer formats them
 * itself where the rounding is certain): values at and near halves, signs, zeros, large ones */
static void numbers_as_printf(void)
{
	khaldun_event e = sample();
	e.location = (khaldun_location){ .name = "X", .country = "AFG" };
	FILE *fp = tmpfile();
	unsigned seed = 11;
	double v[6000];
	int n = 0;
	for (int i = 0; i < 2000; i++) {   /* k/10^6 near the 5th decimal's halves, and random */
		seed = seed * 1103515245u + 12345u;
		double r = ((double)(seed >> 4) / (1 << 28) - 0.5) * 360.0;
		v[n++] = i < 1000 ? (double)((int)(seed % 360000000u) - 180000000) / 1e6 + 5e-6 : r;
		v[n++] = (double)(i - 1000) / 20.0;   /* halves of %.1f: 0.05, 0.15, ... */
		v[n++] = (double)(i - 1000) * 1e-7;   /* tiny, both signs: -0.00000 */
	}
	v[0] = -0.0;
	v[1] = 1e12;
	v[2] = -2.5e9;
	for (int i = 0; i < n; i++) {
		e.location.lat = v[i];
		e.location.lon = -v[i];
		khaldun_event_write_json(fp, NULL, 0, NULL, 0, &e, NULL);
	}
	rewind(fp);
	char line[4096];
	int bad = 0;
	for (int i = 0; i < n && fgets(line, sizeof line, fp); i++) {
		char want[128];
		snprintf(want, sizeof want, "\"lat\":%.5f,\"lon\":%.5f,", v[i], -v[i]);
		if (!strstr(line, want) && bad++ < 5)
			fprintf(stderr, "value %.17g: want %s in %s", v[i], want, line);
	}
	CHECK_INT(bad, 0);
	fclose(fp);
}

/* goldstein through the compiled-in CAMEO tables: every code's value as printf's %.1f */
static void goldstein_as_printf(void)
{
	khaldun_event e = sample();
	khaldun_cameo *t;
	CHECK_INT(khaldun_cameo_builtin(&t), KHALDUN_OK);
	int bad = 0, valued = 0;
	for (int i = 0; i < 2310; i++) {
		char code[8];
		snprintf(code, sizeof code, i < 210 ? "%03d" : "%04d", i < 210 ? i : i - 210);
		e.code = code;
		CHECK_INT(write_one(NULL, 0, NULL, 0, &e, t), KHALDUN_OK);
		khaldun_cameo_info info;
		khaldun_cameo_lookup(t, code, &info);
		char want[64];
		if (info.has_goldstein) {
			valued++;
			snprintf(want, sizeof want, "\"goldstein\":%.1f,",
				 info.goldstein == 0 ? 0.0 : info.goldstein);
		} else {
			snprintf(want, sizeof want, "\"goldstein\":null,");
		}
		bad += !strstr(out, want);
	}
	CHECK_INT(bad, 0);
	CHECK(valued > 200);
	khaldun_cameo_free(t);
}

/* each byte that needs escaping (and a valid and an invalid UTF-8 sequence) at every offset
 * of a 20-byte sentence of plain bytes: the writer skips plain bytes eight at a time */
static void escaping_offsets(void)
{
	static const struct { const char *in, *out; } sp[] = {
		{ "\"", "\\\"" }, { "\\", "\\\\" }, { "\n", "\\n" }, { "\x01", "\\u0001" },
		{ "\x7f", "\\u007f" }, { "\x1f", "\\u001f" }, { "\xff", "\xef\xbf\xbd" },
		{ "\xc3\xa9", "\xc3\xa9" }, { " ", " " }, { "~", "~" },
	};
	khaldun_event e = sample();
	int bad = 0;
	for (size_t k = 0; k < sizeof sp / sizeof *sp; k++)
		for (int at = 0; at < 20; at++) {
			char in[64], want[96];
			snprintf(in, sizeof in, "%.*s%s%.*s", at, "abcdefghijklmnopqrst", sp[k].in,
				 19 - at, "ABCDEFGHIJKLMNOPQRST");
			snprintf(want, sizeof want, "\"sentence_text\":\"%.*s%s%.*s\"", at,
				 "abcdefghijklmnopqrst", sp[k].out, 19 - at, "ABCDEFGHIJKLMNOPQRST");
			CHECK_INT(write_one(NULL, 0, in, strlen(in), &e, NULL), KHALDUN_OK);
			bad += !strstr(out, want);
		}
	CHECK_INT(bad, 0);
}

static void escaping(void)
{
	khaldun_event e = sample();
	khaldun_story s = { .id = "q\"\\" };
	/* quotes, backslash, all the short escapes, other control characters, DEL, valid
	 * multi-byte UTF-8, and invalid bytes (stray continuation, truncated, overlong,
	 * surrogate), and a NUL inside the given length */
	static const char sent[] = "a\"b\\c\n\r\t\b\f\x01\x1f\x7f \xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80"
		" \x80 \xE2\x80 \xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80 z\0y";
	CHECK_INT(write_one(&s, 0, sent, sizeof sent - 1, &e, NULL), KHALDUN_OK);
	CHECK(!strncmp(out, "{\"story\":\"q\\\"\\\\\",", 17));
	CHECK(strstr(out, "\"sentence_text\":\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\\u007f "
		      "\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80 \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
		      "\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
		      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD z\\u0000y\",") != NULL);
	/* one line, whatever the input */
	CHECK(strchr(out, '\n') == out + strlen(out) - 1);
}

static void with_tables(void)
{
	khaldun_cameo *t = NULL;
	const char *dir = shared_path("cameo");
	struct stat st;
	if (stat(dir, &st)) {
		check_skip("with_tables", dir);
		return;
	}
	CHECK_INT(khaldun_cameo_load(&t, dir, NULL, NULL), KHALDUN_OK);
	if (!t)
		return;
	khaldun_event e = sample();
	CHECK_INT(write_one(NULL, 0, "s", 1, &e, t), KHALDUN_OK);
	CHECK(strstr(out, "\"root\":\"11\",\"quad\":3,\"goldstein\":-2.0,\"plover\":\"ACCUSE\",") != NULL);
	e.code = "0311";
	CHECK_INT(write_one(NULL, 0, "s", 1, &e, t), KHALDUN_OK);
	CHECK(strstr(out, "\"root\":\"03\",\"quad\":1,\"goldstein\":5.2,\"plover\":\"AGREE\",") != NULL);
	e.code = "20";
	CHECK_INT(write_one(NULL, 0, "s", 1, &e, t), KHALDUN_OK);
	CHECK(strstr(out, "\"goldstein\":-10.0,") != NULL);
	e.code = "010";
	CHECK_INT(write_one(NULL, 0, "s", 1, &e, t), KHALDUN_OK);
	CHECK(strstr(out, "\"quad\":1,\"goldstein\":0.0,\"plover\":null,") != NULL);
	khaldun_cameo_free(t);
}

static void io_errors(void)
{
	khaldun_event e = sample();
	FILE *ro = fopen("/dev/null", "r");   /* writing to a read-only stream fails */
	if (ro) {
		CHECK_INT(khaldun_event_write_json(ro, NULL, 0, "s", 1, &e, NULL), KHALDUN_ERR_IO);
		fclose(ro);
	}
	CHECK_INT(khaldun_event_write_json(NULL, NULL, 0, "s", 1, &e, NULL), KHALDUN_ERR_ARG);
	CHECK_INT(khaldun_event_write_json(stdout, NULL, 0, "s", 1, NULL, NULL), KHALDUN_ERR_ARG);
}

TEST_MAIN(T(full_line), T(optional_members), T(location_member), T(numbers_as_printf),
	  T(goldstein_as_printf), T(escaping_offsets), T(escaping), T(with_tables),
	  T(io_errors))
