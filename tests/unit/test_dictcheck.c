/* test_dictcheck.c - the dictionary linter (khaldun_dict_check): small projects written to a
 * temporary directory, one per kind of finding (duplicates, CAMEO codes, actor and agent codes,
 * date ranges, unreachable patterns, shadowed verbs, load messages passed through), each
 * checked for severity and file:line:column; a clean project reports nothing. The CAMEO table
 * is a small one written by the test, so the results do not depend on ../shared. */
#include "check.h"
#include "khaldun.h"
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>

static char dir[] = "/tmp/khaldun-dictcheck-XXXXXX";

typedef struct {
	char all[16384];
} diags;

static void on_diag(void *ctx, const khaldun_diag *d)
{
	static const char *sev[] = { "note", "warning", "error" };
	diags *g = ctx;
	size_t n = strlen(g->all);
	const char *base = d->file ? strrchr(d->file, '/') : NULL;
	snprintf(g->all + n, sizeof g->all - n, "%s %s:%ld:%ld: %s\n", sev[d->severity],
		 base ? base + 1 : d->file ? d->file : "-", d->line, d->column, d->message);
}

static void write_file(const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	if (!fp) {
		check_failures++;
		return;
	}
	fputs(text, fp);
	fclose(fp);
}

/* Writes the project (actors, agents, verbs) and runs the check on it. */
static int run(const char *actors, const char *agents, const char *verbs, diags *g,
	       khaldun_dict_check_result *r)
{
	char project[256], cameo[256];
	write_file("t.actors", actors);
	write_file("t.agents", agents);
	write_file("t.verbs", verbs);
	write_file("t.project", "<actorfile> t.actors\n<agentfile> t.agents\n<verbfile> t.verbs\n");
	snprintf(project, sizeof project, "%s/t.project", dir);
	snprintf(cameo, sizeof cameo, "%s/cameo", dir);
	memset(g, 0, sizeof *g);
	return khaldun_dict_check(project, cameo, on_diag, g, r);
}

/* 1 when a diagnostic line contains every one of the fragments (NULL-terminated). */
static int has(const diags *g, const char *a, const char *b)
{
	for (const char *p = g->all; *p; ) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char line[1024];
		snprintf(line, sizeof line, "%.*s", (int)n, p);
		if (strstr(line, a) && (!b || strstr(line, b)))
			return 1;
		p += n + (e != NULL);
	}
	return 0;
}

static void report_on_failure(const diags *g)
{
	if (check_failures)
		fprintf(stderr, "diagnostics:\n%s", g->all);
}

static const char *clean_agents = "GOVERNMENT_ [~GOV]\nREBELS_ [~REB]\nOPPOSITION_ [OPP~]\n~~FINISH\n";
static const char *clean_verbs =
	"<SYNSETS>\n&AID\n+FOOD_AID\n+AID\n</SYNSETS>\n"
	"ACCUSE [112]\n"
	"- * + OF_TORTURE [1121]\n"
	"- * + [112]\n"
	"PROMISE [032]\n"
	"- * &AID [033]\n"
	"- * TO_ RESIGN [---]\n"
	"MEET [04]\n"
	"{ MET }\n"
	"- * WITH_ + [040:040]\n"
	"~~FINISH\n";

static void clean(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("; a clean actors file\n"
		     "ARNOR_ [ARN]\n"
		     "+ARNORIAN_\n"
		     "GONDOR_ [GON]\n"
		     "DENETHOR_\n"
		     "\t[GONGOV 19800101-19891231]\n"
		     "\t[GONOPP 19900101-19991231]\n"
		     "\t[GON]\n"
		     "FRODO_ [SHR/HOB]\n"
		     "<NOUN>\nRINGS_\n</NOUN>\n"
		     "~~FINISH\n",
		     clean_agents, clean_verbs, &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK_INT(r.errors, 0);
	CHECK_INT(r.warnings, 0);
	CHECK_INT(r.files, 3);
	CHECK_INT(r.entries, 6 + 3 + 4 + 5);   /* actors and noun, agents, verb phrases, patterns */
	CHECK(g.all[0] == 0);
	report_on_failure(&g);
}

static void duplicates(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [ARN]\n"
		     "GONDOR_ [GON]\n"
		     "ARNOR_ [ARN]\n"                /* identical: warning */
		     "GONDOR_ [GONGOV]\n"            /* another code: error */
		     "MINAS_TIRITH [GON]\n"
		     "MINAS_ TIRITH [GON]\n"         /* other connectors: another phrase */
		     "GOVERNMENT_ [GON]\n"           /* the agent below never wins */
		     "~~FINISH\n",
		     clean_agents,
		     "ACCUSE [112]\n"
		     "MEET [04]\n"
		     "ACCUSE [111]\n"                /* another verb root: error */
		     "~~FINISH\n", &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "warning t.actors:3:1: duplicate actor 'ARNOR_'", "t.actors:1"));
	CHECK(has(&g, "error t.actors:4:1: conflicting duplicate: actor 'GONDOR_' [GONGOV]",
		  "[GON] at "));
	CHECK(!has(&g, "MINAS", NULL));
	CHECK(has(&g, "error t.agents:1:1: conflicting duplicate: agent 'GOVERNMENT_' [~GOV]",
		  "the actor 'GOVERNMENT_' [GON]"));
	CHECK(has(&g, "error t.verbs:3:1: conflicting duplicate: verb 'ACCUSE' [111]", "t.verbs:1"));
	CHECK_INT(r.errors, 3);
	CHECK_INT(r.warnings, 1);
	report_on_failure(&g);
}

static void event_codes(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [ARN]\n~~FINISH\n", clean_agents,
		     "ACCUSE [112]\n"
		     "- * + OF_LYING [1129]\n"       /* well formed, not in the table: warning */
		     "- * + OF_HACKING [176]\n"      /* CAMEO 1.1b3, missing from GDELT: fine */
		     "PROMISE [99]\n"                /* root 99: error */
		     "- * + ABOUT [032:0x3]\n"       /* paired code not CAMEO: error at its column */
		     "- * + AGAIN [2]\n"             /* too short: error */
		     "MEET [04]\n"
		     "- * WITH_ + [042]\n"
		     "~~FINISH\n", &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "warning t.verbs:2:17: event code 1129 is not in the CAMEO table", NULL));
	CHECK(!has(&g, "176", NULL));
	CHECK(has(&g, "error t.verbs:4:10: '99' is not a CAMEO event code", NULL));
	CHECK(has(&g, "error t.verbs:5:18: '0x3' is not a CAMEO event code", NULL));
	CHECK(!has(&g, "'032'", NULL));
	CHECK(has(&g, "error t.verbs:6:14: '2' is not a CAMEO event code", NULL));
	CHECK_INT(r.errors, 3);
	CHECK_INT(r.warnings, 1);
	report_on_failure(&g);

	/* without tables only the shape is checked, and a note says so */
	char project[256];
	snprintf(project, sizeof project, "%s/t.project", dir);
	memset(&g, 0, sizeof g);
	CHECK_INT(khaldun_dict_check(project, NULL, on_diag, &g, &r), KHALDUN_OK);
	CHECK_INT(r.errors, 3);
	CHECK_INT(r.warnings, 0);
	CHECK(has(&g, "note -:0:0: no CAMEO tables", NULL));
	report_on_failure(&g);
}

static void actor_codes(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [arn]\n"                /* lower case: error, column of the code */
		     "GONDOR_ [G0N]\n"               /* country part not 3 letters */
		     "MORDOR_ [MO]\n"
		     "FRODO_ [SHR/h0b]\n"            /* a compound's second part */
		     "ORCS_ [MOR~]\n"                /* an agent in an actors file is fine */
		     "~~FINISH\n",
		     "GOVERNMENT_ [GOV]\n"           /* agent without '~' */
		     "REBELS_ [~R~EB]\n"             /* two '~' */
		     "OPPOSITION_ [OP~P]\n"          /* '~' inside */
		     "ARMY_ [~MIL]\n"
		     "~~FINISH\n", clean_verbs, &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "error t.actors:1:9: actor code 'arn' is not upper case", "read as 'ARN'"));
	CHECK(has(&g, "error t.actors:2:10: actor code 'G0N' does not begin with a 3-letter", NULL));
	CHECK(has(&g, "error t.actors:3:10: actor code 'MO' does not begin", NULL));
	CHECK(has(&g, "error t.actors:4:13: actor code 'h0b' is not upper case", NULL));
	CHECK(has(&g, "error t.actors:4:13: actor code 'H0B' does not begin", NULL));
	CHECK(!has(&g, "t.actors:5:", NULL));
	CHECK(has(&g, "error t.agents:1:14: agent code 'GOV' without '~'", NULL));
	CHECK(has(&g, "error t.agents:2:10: agent code '~R~EB' has 2 '~'", NULL));
	CHECK(has(&g, "error t.agents:3:16: '~' inside agent code 'OP~P'", NULL));
	CHECK(!has(&g, "t.agents:4:", NULL));
	CHECK_INT(r.errors, 8);
	CHECK_INT(r.warnings, 0);
	report_on_failure(&g);
}

static void date_ranges(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("DENETHOR_\n"
		     "\t[GONGOV 19800101-19901231]\n"
		     "\t[GONOPP 19900101-19991231]\n"       /* overlaps a year: error */
		     "\t[GON]\n"
		     "BOROMIR_ [GONMIL <19950101] [GONGOV 19950101-19990101] [GON]\n" /* one day */
		     "FARAMIR_ [GONMIL 19800101-19891231] [GONMIL 19850101-19951231]\n"  /* same code */
		     "ARAGORN_ [ARN 19800101-19891231] [ARN 19900101-19991231] [ARNGOV]\n" /* gap */
		     "THEODEN_ [ROH] [ROHGOV <19900101]\n"  /* default first: loader warning */
		     "EOMER_ [ROH 19990101-19800101]\n"     /* reversed: loader error */
		     "~~FINISH\n", clean_agents, clean_verbs, &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "error t.actors:3:3: date restriction [GONOPP 1990-01-01..1999-12-31] of "
		      "'DENETHOR_' overlaps [GONGOV 1980-01-01..1990-12-31] (line 2)",
		  "from 1990-01-01 to 1990-12-31 the earlier one is always used"));
	CHECK(has(&g, "warning t.actors:5:30: date restriction [GONGOV 1995-01-01..1999-01-01]",
		  "on 1995-01-01 the earlier"));
	CHECK(has(&g, "warning t.actors:6:38: date restriction", "it repeats the same code"));
	CHECK(!has(&g, "ARAGORN", NULL));
	CHECK(has(&g, "warning", "unrestricted code before a dated one"));
	CHECK(has(&g, "error t.actors:9:", "reversed date range"));
	CHECK_INT(r.errors, 2);
	CHECK_INT(r.warnings, 3);
	report_on_failure(&g);
}

static void patterns(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [ARN]\n~~FINISH\n", clean_agents,
		     "<SYNSETS>\n&AID\n+FOOD_AID\n+AID\n&RIGHTS\n+HUMAN_RIGHTS\n</SYNSETS>\n"
		     "DECLINE [---]\n"                          /* line 8 */
		     "- * TO_ [120]\n"
		     "- * TO_ &AID [1222]\n"                    /* a synset counts: tried first */
		     "- * TO_ [120]\n"                          /* duplicate: warning */
		     "- * TO_ [121]\n"                          /* another code: error */
		     "ARREST [173]\n"                           /* line 13 */
		     "- { CARDIAC | HOUSE }_* [---]\n"
		     "- HOUSE_* [173]\n"                        /* the alternative covers it: error */
		     "HOLD [---]\n"                             /* line 16 */
		     "- * { HUNGER_STRIKE | HUNGER_STRIKES } [142]\n"
		     "- * { HUNGER_STRIKE | HUNGER_STRIKES } &RIGHTS [1423]\n" /* tried: fine */
		     "- * FOR_ + [120]\n"
		     "- * $ FOR_ + [120]\n"                     /* same code, redundant: warning */
		     "URGE [---]\n"                             /* line 21 */
		     "- * + TO * [---]\n"                       /* second '*': loader warning */
		     "- * + [---]\n"
		     "~~FINISH\n", &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(!has(&g, "t.verbs:10:", NULL));
	CHECK(has(&g, "warning t.verbs:11:1: duplicate pattern of DECLINE: the same as line 9", NULL));
	CHECK(has(&g, "error t.verbs:12:1: pattern of DECLINE repeats line 9 with another code",
		  "[121] is never coded"));
	CHECK(has(&g, "error t.verbs:15:1: pattern of ARREST can never be tried: the pattern at "
		      "line 14", NULL));
	CHECK(!has(&g, "t.verbs:18:", NULL));
	CHECK(has(&g, "warning t.verbs:20:1: pattern of HOLD can never be tried: the pattern at "
		      "line 19", NULL));
	CHECK(has(&g, "warning t.verbs:22:", "second verb marker"));
	CHECK(!has(&g, "t.verbs:23:", NULL));
	CHECK_INT(r.errors, 2);
	CHECK_INT(r.warnings, 3);
	report_on_failure(&g);
}

static void shadowed_verbs(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [ARN]\n"
		     "<NOUN>\n"
		     "ATTACK\n"                /* the same stem as the verb: always a noun */
		     "PROTEST_\n"              /* exact: PROTESTED is still a verb */
		     "</NOUN>\n"
		     "~~FINISH\n",
		     "SUPPORTER_ [~SUP]\n~~FINISH\n",
		     "ATTACK [190]\n"
		     "PROTEST [140]\n"
		     "SUPPORT [---]\n"         /* the agent needs SUPPORTER: not always */
		     "LEAVE [---]\n"
		     "{ LEFT= }\n"
		     "~~FINISH\n", &g, &r);
	write_file("t.actors", "ARNOR_ [ARN]\nLEFT_ [ARNOPP]\n~~FINISH\n");
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "warning t.verbs:1:1: verb 'ATTACK' of ATTACK is never read as a verb: the "
		      "noun 'ATTACK'", "t.actors:3"));
	CHECK(!has(&g, "PROTEST", NULL));
	CHECK(!has(&g, "SUPPORT", NULL));
	CHECK_INT(r.errors, 0);
	CHECK_INT(r.warnings, 1);
	report_on_failure(&g);

	/* an actor spelled as an irregular form takes it */
	char project[256], cameo[256];
	snprintf(project, sizeof project, "%s/t.project", dir);
	snprintf(cameo, sizeof cameo, "%s/cameo", dir);
	memset(&g, 0, sizeof g);
	CHECK_INT(khaldun_dict_check(project, cameo, on_diag, &g, &r), KHALDUN_OK);
	CHECK(has(&g, "warning t.verbs:5:3: verb form 'LEFT=' of LEAVE is never read as a verb",
		  "the actor 'LEFT_'"));
	report_on_failure(&g);
}

static void load_messages_and_failures(void)
{
	diags g;
	khaldun_dict_check_result r;
	int rc = run("ARNOR_ [ARN\n"                        /* missing ']': loader error */
		     "GONDOR_\n"                            /* no code: loader warning */
		     "~~FINISH\n", clean_agents, clean_verbs, &g, &r);
	CHECK_INT(rc, KHALDUN_OK);
	CHECK(has(&g, "error t.actors:1:", "missing ']'"));
	CHECK(has(&g, "warning t.actors:2:", "has no code"));
	CHECK_INT(r.errors, 1);
	CHECK_INT(r.warnings, 1);
	report_on_failure(&g);

	char path[256];
	CHECK_INT(khaldun_dict_check(NULL, NULL, NULL, NULL, &r), KHALDUN_ERR_ARG);
	memset(&g, 0, sizeof g);
	snprintf(path, sizeof path, "%s/missing.project", dir);
	CHECK_INT(khaldun_dict_check(path, NULL, on_diag, &g, &r), KHALDUN_ERR_IO);
	CHECK_INT(r.errors, 1);
	CHECK(has(&g, "error missing.project", "cannot open"));
	snprintf(path, sizeof path, "%s/t.project", dir);
	CHECK_INT(khaldun_dict_check(path, "/nonexistent/cameo", NULL, NULL, NULL), KHALDUN_ERR_IO);
}

/* The temporary directory and a small CAMEO table (a few codes of each level). */
static void setup(void)
{
	if (!mkdtemp(dir)) {
		check_failures++;
		return;
	}
	char sub[256];
	snprintf(sub, sizeof sub, "%s/cameo", dir);
	CHECK(mkdir(sub, 0700) == 0);
	write_file("cameo/CAMEO.goldsteinscale.GDELT.tsv",
		   "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n03\t4.0\n032\t4.5\n033\t5.2\n"
		   "04\t1.0\n040\t1.0\n042\t1.9\n11\t-2.0\n112\t-2.0\n1121\t-2.0\n111\t-2.0\n"
		   "12\t-4.0\n120\t-4.0\n121\t-4.0\n1222\t-4.0\n1423\t-6.5\n14\t-6.5\n"
		   "140\t-6.5\n142\t-6.5\n17\t-7.0\n173\t-5.0\n19\t-10.0\n190\t-10.0\n");
	write_file("cameo/CAMEO2PLOVER-2021.txt", "01: MAKE_STATEMENT\n");
}

static void teardown(void)
{
	static const char *files[] = { "t.actors", "t.agents", "t.verbs", "t.project",
					"cameo/CAMEO.goldsteinscale.GDELT.tsv",
					"cameo/CAMEO2PLOVER-2021.txt", "cameo" };
	char path[256];
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		remove(path);
	}
	rmdir(dir);
}

TEST_MAIN(T(setup), T(clean), T(duplicates), T(event_codes), T(actor_codes), T(date_ranges),
	  T(patterns), T(shadowed_verbs), T(load_messages_and_failures), T(teardown))
