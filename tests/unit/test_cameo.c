/* test_cameo.c - CAMEO tables: root and quad class derivation, Goldstein and PLOVER lookup
 * with prefix fallback (real tables from $SHARED/cameo when present), and malformed or
 * missing table files reported with file:line. */
#include "check.h"
#include "khaldun.h"
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>

typedef struct {
	int errors;
	char all[2048];
} diags;

static void on_diag(void *ctx, const khaldun_diag *d)
{
	diags *g = ctx;
	g->errors += d->severity == KHALDUN_ERROR;
	size_t n = strlen(g->all);
	snprintf(g->all + n, sizeof g->all - n, "%s:%ld: %s\n", d->file, d->line, d->message);
}

static void roots_without_tables(void)
{
	khaldun_cameo_info i;
	static const struct { const char *code, *root; int quad; } cases[] = {
		{ "01", "01", 1 }, { "0311", "03", 1 }, { "057", "05", 1 }, { "06", "06", 2 },
		{ "083", "08", 2 }, { "09", "09", 3 }, { "112", "11", 3 }, { "1384", "13", 3 },
		{ "14", "14", 4 }, { "173", "17", 4 }, { "20", "20", 4 }, { "2042", "20", 4 },
		{ "", "", 0 }, { "1", "", 0 }, { "12345", "", 0 }, { "abc", "", 0 }, { "1a", "", 0 },
		{ "00", "", 0 }, { "21", "", 0 }, { "99", "", 0 }, { "---", "", 0 }, { "11 ", "", 0 },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		khaldun_cameo_lookup(NULL, cases[k].code, &i);
		CHECK_STR(i.root, cases[k].root);
		CHECK_INT(i.quad, cases[k].quad);
		CHECK(!i.has_goldstein && !i.plover);
	}
	khaldun_cameo_lookup(NULL, NULL, &i);
	CHECK_STR(i.root, "");
	CHECK_INT(i.quad, 0);
}

static void real_tables(void)
{
	khaldun_cameo *t = NULL;
	diags d = { 0 };
	struct stat st;
	const char *dir = shared_path("cameo");
	if (stat(dir, &st)) {
		check_skip("real_tables", dir);
		return;
	}
	CHECK_INT(khaldun_cameo_load(&t, dir, on_diag, &d), KHALDUN_OK);
	CHECK(t != NULL);
	CHECK_INT(d.errors, 0);
	if (!t)
		return;
	khaldun_cameo_info i;
	khaldun_cameo_lookup(t, "112", &i);
	CHECK_STR(i.root, "11");
	CHECK_INT(i.quad, 3);
	CHECK(i.has_goldstein && i.goldstein == -2.0);
	CHECK_STR(i.plover, "ACCUSE");

	khaldun_cameo_lookup(t, "0311", &i);
	CHECK(i.has_goldstein && i.goldstein == 5.2);
	CHECK_STR(i.plover, "AGREE");
	CHECK_INT(i.quad, 1);

	khaldun_cameo_lookup(t, "08", &i);     /* the first of two mappings wins */
	CHECK_STR(i.plover, "CONCEDE");
	CHECK(i.has_goldstein && i.goldstein == 5.0);

	khaldun_cameo_lookup(t, "1129", &i);   /* not in the tables: its 3-digit parent */
	CHECK(i.has_goldstein && i.goldstein == -2.0);
	CHECK_STR(i.plover, "ACCUSE");

	khaldun_cameo_lookup(t, "1749", &i);   /* parent 174 */
	CHECK(i.has_goldstein && i.goldstein == -5.0);
	CHECK_STR(i.plover, "COERCE");

	khaldun_cameo_lookup(t, "179", &i);    /* falls back to the root 17 */
	CHECK(i.has_goldstein && i.goldstein == -7.0);
	CHECK_STR(i.plover, "COERCE");

	khaldun_cameo_lookup(t, "021", &i);    /* 02 has no row in the file: appeals are REQUEST */
	CHECK(i.has_goldstein && i.goldstein == 3.4);
	CHECK_STR(i.plover, "REQUEST");
	CHECK_INT(i.quad, 1);

	khaldun_cameo_lookup(t, "20", &i);
	CHECK(i.has_goldstein && i.goldstein == -10.0);
	CHECK_INT(i.quad, 4);
	CHECK_STR(i.plover, "ASSAULT");

	khaldun_cameo_lookup(t, "ABC", &i);
	CHECK_STR(i.root, "");
	CHECK(!i.has_goldstein && !i.plover && !i.quad);
	khaldun_cameo_free(t);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
}

static void malformed(void)
{
	char dir[] = "/tmp/khaldun-cameo-XXXXXX";
	if (!mkdtemp(dir)) {
		check_failures++;
		return;
	}
	char g[128], p[128];
	snprintf(g, sizeof g, "%s/CAMEO.goldsteinscale.GDELT.tsv", dir);
	snprintf(p, sizeof p, "%s/CAMEO2PLOVER-2021.txt", dir);
	write_file(g, "CAMEOEVENTCODE\tGOLDSTEINSCALE\n"
		   "01\t0.0\n"
		   "011 -0.1\n"           /* no tab */
		   "012\tminus\n"         /* not a number */
		   "0123\t11.5\n"         /* out of range */
		   "1\t2.0\n"             /* not a 2-4 digit code */
		   "\n"
		   "013\t0.4\r\n"         /* CRLF is fine */
		   "013\t9.9\n");         /* a duplicate: the first wins */
	write_file(p, "# comment\n"
		   "01: MAKE_STATEMENT # trailing comment\n"
		   "011 DECLINE\n"        /* no colon */
		   "012:\n"               /* no type */
		   "x1: AGREE\n"          /* bad code */
		   "013: RETREAT, , \n"
		   "013: AGREE\n"
		   "~~~~~\n"
		   "garbage after the end marker\n");
	khaldun_cameo *t = NULL;
	diags d = { 0 };
	CHECK_INT(khaldun_cameo_load(&t, dir, on_diag, &d), KHALDUN_OK);
	CHECK_INT(d.errors, 7);
	char want[160];
	snprintf(want, sizeof want, "%s:3: expected CODE<TAB>SCORE", g);
	CHECK(strstr(d.all, want) != NULL);
	snprintf(want, sizeof want, "%s:6: expected CODE<TAB>SCORE", g);
	CHECK(strstr(d.all, want) != NULL);
	snprintf(want, sizeof want, "%s:3: expected CODE: PLOVER-TYPE", p);
	CHECK(strstr(d.all, want) != NULL);
	snprintf(want, sizeof want, "%s:5: expected CODE: PLOVER-TYPE", p);
	CHECK(strstr(d.all, want) != NULL);
	khaldun_cameo_info i;
	khaldun_cameo_lookup(t, "013", &i);
	CHECK(i.has_goldstein && i.goldstein == 0.4);
	CHECK_STR(i.plover, "RETREAT");
	khaldun_cameo_lookup(t, "0111", &i);
	CHECK(i.has_goldstein && i.goldstein == 0.0);  /* from the root 01 */
	CHECK_STR(i.plover, "MAKE_STATEMENT");
	khaldun_cameo_free(t);

	/* a missing table: an I/O error naming the file, nothing returned */
	remove(p);
	memset(&d, 0, sizeof d);
	t = (khaldun_cameo *)1;
	CHECK_INT(khaldun_cameo_load(&t, dir, on_diag, &d), KHALDUN_ERR_IO);
	CHECK(t == NULL);
	CHECK_INT(d.errors, 4 + 1);   /* the Goldstein table's bad lines, then the missing file */
	CHECK(strstr(d.all, "CAMEO2PLOVER-2021.txt:0: cannot open") != NULL);
	remove(g);
	rmdir(dir);
	CHECK_INT(khaldun_cameo_load(&t, "/nonexistent/dir", NULL, NULL), KHALDUN_ERR_IO);
	CHECK_INT(khaldun_cameo_load(NULL, dir, NULL, NULL), KHALDUN_ERR_ARG);
	khaldun_cameo_free(NULL);
}

/* the compiled-in tables: appeals (02, no row in the PLOVER table) are REQUEST like demands;
 * statements (01) stay without a PLOVER type */
static void builtin_appeals(void)
{
	khaldun_cameo *t = NULL;
	CHECK_INT(khaldun_cameo_builtin(&t), KHALDUN_OK);
	khaldun_cameo_info i;
	khaldun_cameo_lookup(t, "026", &i);
	CHECK_STR(i.plover, "REQUEST");
	khaldun_cameo_lookup(t, "1053", &i);
	CHECK_STR(i.plover, "REQUEST");
	khaldun_cameo_lookup(t, "010", &i);
	CHECK(i.plover == NULL);
	khaldun_cameo_free(t);
}

TEST_MAIN(T(roots_without_tables), T(real_tables), T(malformed), T(builtin_appeals))
