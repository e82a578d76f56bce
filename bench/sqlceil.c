/*
 * sqlceil.c - the yardstick of bench/ew's import line: how many event rows a second SQLite
 * itself takes on this machine, with no parsing, no summary and a row far narrower than the
 * event table's (13 columns: ids, day, two country numbers, two codes, code, quad, Goldstein,
 * mentions, a 60-byte URL), committed a million rows at a time as the import commits.
 *   rows      the table alone: the floor of any design that keeps events in SQLite;
 *   indexed   the same rows with the four indexes the store's queries need (unique dataset
 *             id, day; the country and code dyads with their day built at the end, as the
 *             import builds its dyad indexes).
 * Usage: sqlceil N DIR (writes DIR/sqlceil.db and removes it). Prints one line per run.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define BATCH 1000000

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK)
		return 0;
	fprintf(stderr, "sqlceil: %s\n", err ? err : sqlite3_errmsg(db));
	sqlite3_free(err);
	return -1;
}

/* Inserts n generated rows; the dyads drawn from 200 countries, days over ten years in
 * order (as a dataset's files come), ids rising. */
static int fill(sqlite3 *db, long n)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "INSERT INTO ev VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	unsigned long long x = 88172645463325252ULL;   /* xorshift64 */
	int rc = exec(db, "BEGIN");
	for (long i = 1; i <= n && !rc; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		int a = (int)(x % 200), b = (int)(x / 200 % 200), d = (int)(i * 3650 / n);
		int day = (2015 + d / 365) * 10000 + (d % 365 / 31 + 1) * 100 + d % 28 + 1;
		char src[8], tgt[8], url[96];
		snprintf(src, sizeof src, "%c%c%cGOV", 'A' + a / 26 % 26, 'A' + a % 26, 'A' + a % 7);
		snprintf(tgt, sizeof tgt, "%c%c%cMIL", 'A' + b / 26 % 26, 'A' + b % 26, 'A' + b % 7);
		snprintf(url, sizeof url, "https://www.example-news.com/world/2020/story-%lld.html",
			 (long long)(x % 100000000000ULL));
		sqlite3_bind_int64(st, 1, i);
		sqlite3_bind_int64(st, 2, 1000000000LL + i);
		sqlite3_bind_int(st, 3, day);
		sqlite3_bind_int(st, 4, a);
		sqlite3_bind_int(st, 5, b);
		sqlite3_bind_text(st, 6, src, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, tgt, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 8, "190", 3, SQLITE_STATIC);
		sqlite3_bind_int(st, 9, 4);
		sqlite3_bind_double(st, 10, -10.0);
		sqlite3_bind_int(st, 11, 3);
		sqlite3_bind_text(st, 12, url, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = -1;
		sqlite3_reset(st);
		if (i % BATCH == 0 && !rc)
			rc = exec(db, "COMMIT; BEGIN");
	}
	sqlite3_finalize(st);
	return rc ? rc : exec(db, "COMMIT");
}

static void remove_db(const char *path)
{
	char side[4200];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

static int run(const char *path, long n, int indexed)
{
	sqlite3 *db;
	remove_db(path);
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	double t0 = now_s();
	clock_t c0 = clock();
	int rc = exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
			  " PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA threads = 2;"
			  " CREATE TABLE ev (id INTEGER PRIMARY KEY, dataset INT, ext_id INT, day INT,"
			  " source_country INT, target_country INT, source TEXT, target TEXT,"
			  " code TEXT, quad INT, goldstein REAL, mentions INT, url TEXT)");
	if (!rc && indexed)
		rc = exec(db, "CREATE UNIQUE INDEX ev_import ON ev(dataset, ext_id);"
			      " CREATE INDEX ev_day ON ev(day)");
	if (!rc)
		rc = fill(db, n);
	if (!rc && indexed)
		rc = exec(db, "CREATE INDEX ev_country_dyad ON ev(source_country, target_country, day);"
			      " CREATE INDEX ev_dyad ON ev(source, target, day)");
	double s = now_s() - t0, cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
	sqlite3_close(db);
	remove_db(path);
	if (rc)
		return -1;
	printf("SQLite alone, %s: %ld rows in %.1f s wall (%.1f s of CPU): %.0f rows/s wall,"
	       " %.0f rows/s of CPU\n", indexed ? "narrow rows, the four indexes" :
	       "narrow rows, no index", n, s, cpu, n / s, n / cpu);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3 || atol(argv[1]) <= 0) {
		fprintf(stderr, "usage: sqlceil N DIR\n");
		return 1;
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/sqlceil.db", argv[2]);
	long n = atol(argv[1]);
	return run(path, n, 0) || run(path, n, 1);
}
