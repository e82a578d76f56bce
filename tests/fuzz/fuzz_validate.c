/*
 * fuzz_validate.c - libFuzzer target for TABARI validation records as `khaldun validate` reads
 * them: the input is the project's text file (date lines, record text, comments holding the
 * expected events {SRC / TGT / CODE}, {---}, -{...} and OPTION: blocks), run through
 * cmd_validate over a small fixed project. The expectation parser is static in
 * cli/validate.c, so this file compiles cli/common.c and cli/validate.c into itself.
 * Must never crash, hang or leak; validate's report goes to /dev/null.
 */
#include "../../cli/common.c"
#include "../../cli/validate.c"
#include <fcntl.h>
#include <unistd.h>

/* common.c's model helper needs it (cli/parse.c); validate never loads the parser model */
const char *cli_default_model(void)
{
	return NULL;
}

static char dir[] = "/tmp/khaldun-fuzzv-XXXXXX", text[96], project[96];

static const char actors[] = "ARNOR_ [ARN]\nGONDOR_ [GON]\nMINAS_TIRITH_ [GON]\n~~FINISH\n";
static const char verbs[] = "ACCUSE [112]\n- * OF  [112]\nRESTORE [---]\n- * TIES [064]\n"
			    "MEET [040]\n- * WITH + [040]\n~~FINISH\n";
static const char agents[] = "PRESIDENT_ [~GOV]\nARMY_ [~MIL]\n~~FINISH\n";
static const char options[] = "SET: MINIMUM WORDS = 3\n~~FINISH\n";

static void put(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(p, 1, n, f);
		fclose(f);
	}
}

static void cleanup(void)
{
	static const char *const names[] = { "f.actors", "f.verbs", "f.agents", "f.text",
		"f.options", "f.project" };
	char p[128];
	for (int i = 0; i < 6; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(dir))
		abort();
	atexit(cleanup);
	char a[96], v[96], g[96], o[96], buf[640];
	snprintf(a, sizeof a, "%s/f.actors", dir);
	snprintf(v, sizeof v, "%s/f.verbs", dir);
	snprintf(g, sizeof g, "%s/f.agents", dir);
	snprintf(o, sizeof o, "%s/f.options", dir);
	snprintf(text, sizeof text, "%s/f.text", dir);
	snprintf(project, sizeof project, "%s/f.project", dir);
	put(a, actors, sizeof actors - 1);
	put(v, verbs, sizeof verbs - 1);
	put(g, agents, sizeof agents - 1);
	put(o, options, sizeof options - 1);
	int n = snprintf(buf, sizeof buf, "<actorfile> %s\n<verbfile> %s\n<agentfile> %s\n"
			 "<optionsfile> %s\n<textfile> %s\n", a, v, g, o, text);
	put(project, buf, (size_t)n);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	put(text, data, size);
	char *argv[] = { "validate", project, "-v", NULL };
	fflush(stdout);
	int saved = dup(1), null = open("/dev/null", O_WRONLY);
	if (saved >= 0 && null >= 0)
		dup2(null, 1);
	int rc = cmd_validate(3, argv);
	fflush(stdout);
	if (saved >= 0 && null >= 0)
		dup2(saved, 1);
	if (saved >= 0)
		close(saved);
	if (null >= 0)
		close(null);
	if (rc != EXIT_OK && rc != EXIT_FAILED)
		abort();   /* the fixed project always loads: only passes and failures are possible */
	return 0;
}
