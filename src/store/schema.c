/*
 * schema.c - the event store's schema and its migrations (documented in docs/store.md).
 * The version is PRAGMA user_version: 0 is an empty file; migrations[i] takes a database from
 * version i to i + 1, each in its own transaction together with the new user_version, so a
 * crash mid-migration leaves the old version intact. Append migrations; never edit one.
 */
#include "store/store.h"
#include <stdio.h>

static const char *const migrations[] = {
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
	"CREATE INDEX mention_story ON mention(story);",
	/* 1 -> 2: imported events (issue 8). The event table is rebuilt (SQLite cannot drop NOT
	 * NULL) with cluster/story/sentence optional, a `dataset` ('news': coded here; else the
	 * import's name), the dataset's own event id (unique per dataset: re-import adds nothing)
	 * and, for events imported without a stored story, their story id, sentence and URL.
	 * dyad_day and day_volume are the daily country-dyad summary the alerts and trends read;
	 * a trigger keeps them for coded news, the import maintains them itself (in bulk).
	 * severity: a conflict event's weight, -Goldstein clamped to [1, 10], or the root's
	 * typical score when it has none (kept equal to store_severity in import.c). */
	"CREATE TABLE event_v2 ("
	" id INTEGER PRIMARY KEY,"
	" cluster INTEGER REFERENCES story(id),"
	" story INTEGER REFERENCES story(id),"
	" sentence INTEGER REFERENCES sentence(id),"
	" date TEXT NOT NULL,"
	" source TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,"
	" target TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,"
	" code TEXT NOT NULL, root TEXT, quad INTEGER, goldstein REAL,"
	" plover TEXT, plover_mode TEXT, plover_context TEXT,"
	" attribution TEXT, time_shift INTEGER NOT NULL DEFAULT 0,"
	" source_text TEXT, target_text TEXT, verb_text TEXT,"
	" pattern_file TEXT, pattern_line INTEGER, pattern_entry TEXT,"
	" verb_file TEXT, verb_line INTEGER, verb_entry TEXT,"
	" source_file TEXT, source_line INTEGER,"
	" target_file TEXT, target_line INTEGER,"
	" mentions INTEGER NOT NULL DEFAULT 1,"
	" dataset TEXT NOT NULL DEFAULT 'news',"
	" ext_id TEXT," /* the dataset's event id */
	" ext_story TEXT, ext_sentence INTEGER, ext_text TEXT, ext_url TEXT"
	");"
	/* schema 1's columns, in order, then the new ones */
	"INSERT INTO event_v2 SELECT *, 'news', NULL, NULL, NULL, NULL, NULL FROM event;"
	"DROP TABLE event;"
	"ALTER TABLE event_v2 RENAME TO event;"
	/* schema 1's event_target and event_code served no query (filters match codes as
	 * prefixes) and cost the import much of its time: gone; event_dyad serves the dyad
	 * filters, now written as ranges (query.c) */
	"CREATE INDEX event_date ON event(date);"
	"CREATE INDEX event_dyad ON event(source, target, date);"
	"CREATE INDEX event_country_dyad ON event(source_country, target_country, date);"
	"CREATE INDEX event_cluster ON event(cluster, source, target, code)"
	" WHERE cluster IS NOT NULL;"
	"CREATE UNIQUE INDEX event_import ON event(dataset, ext_id) WHERE ext_id IS NOT NULL;"
	"CREATE TABLE dyad_day ("
	" source TEXT NOT NULL, target TEXT NOT NULL," /* countries ("" when none) */
	" day INTEGER NOT NULL," /* YYYYMMDD */
	" events INTEGER NOT NULL,"
	" q0 INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL,"
	" q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,"
	" goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,"
	" severity REAL NOT NULL," /* conflict events' weights summed */
	" severity_sq REAL NOT NULL," /* and their squares */
	" PRIMARY KEY (source, target, day)"
	") WITHOUT ROWID;"
	"CREATE TABLE day_volume (day INTEGER PRIMARY KEY, events INTEGER NOT NULL);"
	"CREATE TRIGGER event_summary AFTER INSERT ON event WHEN new.dataset = 'news' BEGIN"
	" INSERT INTO dyad_day SELECT coalesce(new.source_country, ''),"
	" coalesce(new.target_country, ''), CAST(replace(new.date, '-', '') AS INTEGER), 1,"
	" coalesce(new.quad, 0) NOT IN (1, 2, 3, 4), new.quad = 1, new.quad = 2, new.quad = 3,"
	" new.quad = 4, coalesce(new.goldstein, 0), new.goldstein IS NOT NULL, w, w * w"
	" FROM (SELECT CASE WHEN new.quad IN (3, 4) THEN max(1.0, min(10.0, "
	"-coalesce(new.goldstein, CASE new.root WHEN '10' THEN -5.0 WHEN '11' THEN -2.0 WHEN '12' "
	"THEN -4.0"
	" WHEN '13' THEN -4.4 WHEN '14' THEN -6.5 WHEN '15' THEN -7.2 WHEN '16' THEN -4.0"
	" WHEN '17' THEN -7.0 WHEN '18' THEN -9.0 WHEN '19' THEN -10.0 WHEN '20' THEN -10.0"
	" ELSE -1.0 END))) ELSE 0.0 END AS w)"
	" WHERE 1"
	" ON CONFLICT DO UPDATE SET events = events + 1, q0 = q0 + excluded.q0,"
	" q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3,"
	" q4 = q4 + excluded.q4, goldstein_sum = goldstein_sum + excluded.goldstein_sum,"
	" goldstein_n = goldstein_n + excluded.goldstein_n,"
	" severity = severity + excluded.severity,"
	" severity_sq = severity_sq + excluded.severity_sq;"
	" INSERT INTO day_volume VALUES (CAST(replace(new.date, '-', '') AS INTEGER), 1)"
	" ON CONFLICT DO UPDATE SET events = events + 1;"
	" END;"
	"INSERT INTO dyad_day SELECT coalesce(source_country, ''), coalesce(target_country, ''),"
	" CAST(replace(date, '-', '') AS INTEGER) AS d, count(*),"
	" sum(coalesce(quad, 0) NOT IN (1, 2, 3, 4)), sum(quad = 1), sum(quad = 2),"
	" sum(quad = 3), sum(quad = 4), total(goldstein), count(goldstein),"
	" total(w), total(w * w)"
	" FROM (SELECT *, CASE WHEN quad IN (3, 4) THEN max(1.0, min(10.0, -coalesce(goldstein,"
	" CASE root WHEN '10' THEN -5.0 WHEN '11' THEN -2.0 WHEN '12' THEN -4.0"
	" WHEN '13' THEN -4.4 WHEN '14' THEN -6.5 WHEN '15' THEN -7.2 WHEN '16' THEN -4.0"
	" WHEN '17' THEN -7.0 WHEN '18' THEN -9.0 WHEN '19' THEN -10.0 WHEN '20' THEN -10.0"
	" ELSE -1.0 END))) ELSE 0.0 END AS w FROM event) GROUP BY 1, 2, 3;"
	"INSERT INTO day_volume SELECT CAST(replace(date, '-', '') AS INTEGER), count(*)"
	" FROM event GROUP BY 1;",
	/* 2 -> 3 (issue 9 items 4, 8; issue 10 item 3): the file says it is khaldun's
	 * (application_id, checked before anything is written); a story id is unique per outlet
	 * (source + id), so the story table is rebuilt without UNIQUE on ext_id; each story records
	 * the version of the dictionaries it was coded with (NULL: not recorded); the LSH bands
	 * carry their story's day (YYYYMMDD), so a near-duplicate is looked for within a date
	 * window, most recent first, through the primary key alone. */
	"PRAGMA application_id = 1263029316;" /* STORE_APP_ID, 'KHLD' */
	"CREATE TABLE story_v3 ("
	" id INTEGER PRIMARY KEY,"
	" ext_id TEXT NOT NULL,"
	" date TEXT NOT NULL,"
	" title TEXT, source TEXT, url TEXT,"
	" file TEXT, line INTEGER,"
	" fingerprint TEXT NOT NULL,"
	" words INTEGER NOT NULL,"
	" signature BLOB,"
	" kind TEXT NOT NULL CHECK (kind IN ('original', 'near', 'same-text')),"
	" same_as INTEGER REFERENCES story(id),"
	" similarity REAL,"
	" sentences INTEGER NOT NULL DEFAULT 0,"
	" events INTEGER NOT NULL DEFAULT 0,"
	" dict_version TEXT"
	");"
	"INSERT INTO story_v3 SELECT *, NULL FROM story;"
	"DROP TABLE story;"
	"ALTER TABLE story_v3 RENAME TO story;"
	"CREATE UNIQUE INDEX story_outlet_id ON story(ext_id, coalesce(source, ''));"
	"CREATE INDEX story_fingerprint ON story(fingerprint, date);"
	"CREATE TABLE story_band_v3 ("
	" band INTEGER NOT NULL,"
	" day INTEGER NOT NULL,"
	" story INTEGER NOT NULL REFERENCES story(id),"
	" PRIMARY KEY (band, day, story)"
	") WITHOUT ROWID;"
	"INSERT INTO story_band_v3 SELECT b.band, CAST(replace(s.date, '-', '') AS INTEGER), "
	"b.story FROM story_band b JOIN story s ON s.id = b.story;"
	"DROP TABLE story_band;"
	"ALTER TABLE story_band_v3 RENAME TO story_band;",
	/* 3 -> 4 (issue 13 item 3): where each event happened - the place's name, its country
	 * (ISO 3166 alpha-3), first-level region, coordinates (WGS84 degrees), GeoNames id,
	 * precision ('city', 'admin1', 'country'), the words that named it and, for an
	 * imported place, the dataset's feature id and ADM1 code; all NULL when unknown. Two
	 * partial indexes serve the map queries (only placed events are indexed, so an unplaced
	 * import pays nothing): a country's events by date, and a latitude band (the bounding-box
	 * prefilter of --near). ADD COLUMN rewrites no row. */
	"ALTER TABLE event ADD COLUMN loc_name TEXT;"
	"ALTER TABLE event ADD COLUMN loc_country TEXT;"
	"ALTER TABLE event ADD COLUMN loc_admin1 TEXT;"
	"ALTER TABLE event ADD COLUMN loc_lat REAL;"
	"ALTER TABLE event ADD COLUMN loc_lon REAL;"
	"ALTER TABLE event ADD COLUMN loc_geonameid INTEGER;"
	"ALTER TABLE event ADD COLUMN loc_precision TEXT;"
	"ALTER TABLE event ADD COLUMN loc_text TEXT;"
	/* an imported place's own ids, for the GDELT layout: FeatureID, ADM1Code */
	"ALTER TABLE event ADD COLUMN loc_feature TEXT;"
	"ALTER TABLE event ADD COLUMN loc_adm1_code TEXT;"
	"CREATE INDEX event_loc_country ON event(loc_country, date) WHERE loc_country IS NOT NULL;"
	"CREATE INDEX event_loc_point ON event(loc_lat, loc_lon) WHERE loc_lat IS NOT NULL;",
	/* 4 -> 5 (issue 10 item 3: recode) coded news events can be deleted (a group rewritten with
	 * new dictionaries): a trigger takes each one out of the daily summary again, as
	 * event_summary put it in, and drops rows left with no event; a group's stories are found
	 * through same_as (its first report). */
	"CREATE TRIGGER event_unsummary AFTER DELETE ON event WHEN old.dataset = 'news' BEGIN"
	" UPDATE dyad_day SET events = events - 1,"
	" q0 = q0 - (coalesce(old.quad, 0) NOT IN (1, 2, 3, 4)), q1 = q1 - (old.quad IS 1),"
	" q2 = q2 - (old.quad IS 2), q3 = q3 - (old.quad IS 3), q4 = q4 - (old.quad IS 4),"
	" goldstein_sum = goldstein_sum - coalesce(old.goldstein, 0),"
	" goldstein_n = goldstein_n - (old.goldstein IS NOT NULL),"
	" severity = severity - w, severity_sq = severity_sq - w * w"
	" FROM (SELECT CASE WHEN old.quad IN (3, 4) THEN max(1.0, min(10.0, "
	"-coalesce(old.goldstein, CASE old.root WHEN '10' THEN -5.0 WHEN '11' THEN -2.0 WHEN '12' "
	"THEN -4.0"
	" WHEN '13' THEN -4.4 WHEN '14' THEN -6.5 WHEN '15' THEN -7.2 WHEN '16' THEN -4.0"
	" WHEN '17' THEN -7.0 WHEN '18' THEN -9.0 WHEN '19' THEN -10.0 WHEN '20' THEN -10.0"
	" ELSE -1.0 END))) ELSE 0.0 END AS w)"
	" WHERE source = coalesce(old.source_country, '') AND target = "
	"coalesce(old.target_country, '') AND day = CAST(replace(old.date, '-', '') AS INTEGER);"
	" DELETE FROM dyad_day WHERE source = coalesce(old.source_country, '')"
	" AND target = coalesce(old.target_country, '')"
	" AND day = CAST(replace(old.date, '-', '') AS INTEGER) AND events <= 0;"
	" UPDATE day_volume SET events = events - 1"
	" WHERE day = CAST(replace(old.date, '-', '') AS INTEGER);"
	" DELETE FROM day_volume WHERE day = CAST(replace(old.date, '-', '') AS INTEGER)"
	" AND events <= 0;"
	" END;"
	"CREATE INDEX story_same_as ON story(same_as) WHERE same_as IS NOT NULL;",
	/* 5 -> 6 (issue 14: sharded runs): each story's position in its ingest's input, counted
	 * over every shard (NULL: not recorded), so that `khaldun merge` of per-shard stores puts
	 * their stories in the order one ingest of the whole input met them (near-duplicate
	 * groups depend on that order). ADD COLUMN rewrites no row. */
	"ALTER TABLE story ADD COLUMN ordinal INTEGER;",
};

_Static_assert(sizeof migrations / sizeof *migrations == KHALDUN_STORE_SCHEMA,
	       "KHALDUN_STORE_SCHEMA (khaldun.h) is the number of migrations");

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

/* 1 when the migrated schema breaks a foreign key (then nothing is committed). */
static int fk_violations(khaldun_store *s)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return 1;
	int bad = sqlite3_step(st) != SQLITE_DONE;
	sqlite3_finalize(st);
	return bad;
}

static int migrate_steps(khaldun_store *s, int v);

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
	/* a migration may rebuild a table that others reference (SQLite's documented 12-step
	 * procedure): foreign keys are off meanwhile, and checked before each commit */
	if (v < KHALDUN_STORE_SCHEMA && store_exec(s, "PRAGMA foreign_keys = OFF") != SQLITE_OK)
		return store_fail(s, "starting a migration");
	int rc = migrate_steps(s, v);
	if (store_exec(s, "PRAGMA foreign_keys = ON") != SQLITE_OK && !rc)
		rc = store_fail(s, "finishing a migration");
	return rc;
}

/* Runs migrations[v..] one transaction each (store_migrate turned foreign keys off). */
static int migrate_steps(khaldun_store *s, int v)
{
	while (v < KHALDUN_STORE_SCHEMA) {
		char set[64];
		snprintf(set, sizeof set, "PRAGMA user_version = %d", v + 1);
		if (store_begin(s) != SQLITE_OK)
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
		if (store_exec(s, migrations[v]) != SQLITE_OK || store_exec(s, set) != SQLITE_OK
		    || fk_violations(s)) {
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
