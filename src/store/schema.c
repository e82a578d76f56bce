/*
 * schema.c - the event store's schema and its migrations (documented in docs/store.md).
 * The version is PRAGMA user_version: 0 is an empty file; migrations[i] takes a database from
 * version i to i + 1, each in its own transaction together with the new user_version, so a
 * crash mid-migration leaves the old version intact. Append migrations; never edit one.
 */
#include "store/store.h"
#include <stdio.h>

static const char *const migrations[KHALDUN_STORE_SCHEMA] = {
	/* 0 -> 1 */
	"CREATE TABLE story ("
	"  id INTEGER PRIMARY KEY,"
	"  ext_id TEXT NOT NULL UNIQUE,"          /* the id the story was read with */
	"  date TEXT NOT NULL,"                   /* YYYY-MM-DD */
	"  title TEXT, source TEXT, url TEXT,"
	"  file TEXT, line INTEGER,"             /* where it was read */
	"  fingerprint TEXT NOT NULL,"            /* hash of the normalised text */
	"  words INTEGER NOT NULL,"
	"  signature BLOB,"                       /* MinHash, 128 x uint32 little-endian */
	"  kind TEXT NOT NULL CHECK (kind IN ('original', 'near', 'same-text')),"
	"  same_as INTEGER REFERENCES story(id)," /* near, same-text: the first report */
	"  similarity REAL,"
	"  sentences INTEGER NOT NULL DEFAULT 0,"
	"  events INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX story_fingerprint ON story(fingerprint);"
	"CREATE TABLE story_band ("                /* LSH bands of the first reports */
	"  band INTEGER NOT NULL,"
	"  story INTEGER NOT NULL REFERENCES story(id),"
	"  PRIMARY KEY (band, story)"
	") WITHOUT ROWID;"
	"CREATE TABLE sentence ("
	"  id INTEGER PRIMARY KEY,"
	"  story INTEGER NOT NULL REFERENCES story(id),"
	"  idx INTEGER NOT NULL,"                 /* 0-based, in the story */
	"  text TEXT NOT NULL,"
	"  outcome TEXT NOT NULL,"                /* coded, discard, complex, too-short */
	"  UNIQUE (story, idx)"
	");"
	"CREATE TABLE event ("
	"  id INTEGER PRIMARY KEY,"
	"  cluster INTEGER NOT NULL REFERENCES story(id),"   /* the first report of the story */
	"  story INTEGER NOT NULL REFERENCES story(id),"     /* the story it was first coded in */
	"  sentence INTEGER NOT NULL REFERENCES sentence(id),"
	"  date TEXT NOT NULL,"
	"  source TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,"
	"  target TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,"
	"  code TEXT NOT NULL, root TEXT, quad INTEGER, goldstein REAL,"
	"  plover TEXT, plover_mode TEXT, plover_context TEXT,"
	"  attribution TEXT, time_shift INTEGER NOT NULL DEFAULT 0,"
	"  source_text TEXT, target_text TEXT, verb_text TEXT,"
	"  pattern_file TEXT, pattern_line INTEGER, pattern_entry TEXT,"
	"  verb_file TEXT, verb_line INTEGER, verb_entry TEXT,"
	"  source_file TEXT, source_line INTEGER,"
	"  target_file TEXT, target_line INTEGER,"
	"  mentions INTEGER NOT NULL DEFAULT 1"
	");"
	"CREATE INDEX event_date ON event(date);"
	"CREATE INDEX event_dyad ON event(source, target);"
	"CREATE INDEX event_target ON event(target);"
	"CREATE INDEX event_code ON event(code);"
	"CREATE INDEX event_cluster ON event(cluster, source, target, code);"
	"CREATE TABLE mention ("                   /* story S reports event E (in sentence) */
	"  event INTEGER NOT NULL REFERENCES event(id),"
	"  story INTEGER NOT NULL REFERENCES story(id),"
	"  sentence INTEGER REFERENCES sentence(id),"
	"  PRIMARY KEY (event, story)"
	") WITHOUT ROWID;"
	"CREATE INDEX mention_story ON mention(story);"
};

static int user_version(khaldun_store *s, int *v)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return store_fail(s, "reading the schema version");
	int rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? KHALDUN_OK : store_fail(s, "reading the schema version");
}

int store_migrate(khaldun_store *s)
{
	int v;
	if (user_version(s, &v))
		return KHALDUN_ERR_IO;
	if (v > KHALDUN_STORE_SCHEMA) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "the database has schema version %d, newer than this khaldun's (%d)", v,
			    KHALDUN_STORE_SCHEMA);
		return KHALDUN_ERR_FORMAT;
	}
	if (v < KHALDUN_STORE_SCHEMA && s->read_only) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    v ? "the database has schema version %d; run `khaldun ingest` on it "
				"once to migrate it"
			      : "not a khaldun event database (schema version %d)", v);
		return KHALDUN_ERR_FORMAT;
	}
	while (v < KHALDUN_STORE_SCHEMA) {
		char set[64];
		snprintf(set, sizeof set, "PRAGMA user_version = %d", v + 1);
		if (store_exec(s, "BEGIN IMMEDIATE") != SQLITE_OK)
			return store_fail(s, "starting a migration");
		/* another process may have migrated while we waited for the lock */
		int now;
		if (user_version(s, &now)) {
			store_exec(s, "ROLLBACK");
			return KHALDUN_ERR_IO;
		}
		if (now != v) {
			store_exec(s, "ROLLBACK");
			v = now;
			continue;
		}
		if (store_exec(s, migrations[v]) != SQLITE_OK || store_exec(s, set) != SQLITE_OK) {
			int rc = store_fail(s, "migrating the schema");
			store_exec(s, "ROLLBACK");
			return rc;
		}
		if (store_exec(s, "COMMIT") != SQLITE_OK)
			return store_fail(s, "committing a migration");
		v++;
	}
	return KHALDUN_OK;
}
