/*
 * pg_schema.c - the PostgreSQL event store's schema and its migrations: the ideas of the SQLite
 * schema 5 (schema.c, docs/store.md) in PostgreSQL types (bigint identities, dates, double
 * precision), with khaldun_meta holding the version. pg_migrations[i] takes a database from
 * version i to i + 1, in one transaction with the new version, under an advisory lock, so two
 * workers opening a new database at once migrate it once. Append migrations; never edit one.
 */
#include "store/store.h"
#include "store/pg.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* A conflict event's weight: -Goldstein clamped to [1, 10], or the root's typical score when
 * it has none (the SQLite triggers' and store_severity's rule, import.c). */
#define PG_SEVERITY_FN \
	"CREATE FUNCTION khaldun_severity(quad smallint, goldstein double precision, root text)" \
	" RETURNS double precision IMMUTABLE LANGUAGE sql AS $$" \
	" SELECT CASE WHEN quad IN (3, 4) THEN greatest(1.0, least(10.0, -coalesce(goldstein," \
	" CASE root WHEN '10' THEN -5.0 WHEN '11' THEN -2.0 WHEN '12' THEN -4.0" \
	" WHEN '13' THEN -4.4 WHEN '14' THEN -6.5 WHEN '15' THEN -7.2 WHEN '16' THEN -4.0" \
	" WHEN '17' THEN -7.0 WHEN '18' THEN -9.0 WHEN '19' THEN -10.0 WHEN '20' THEN -10.0" \
	" ELSE -1.0 END))) ELSE 0.0 END::double precision $$;"

/* The daily country-dyad summary follows coded news events (inserted, deleted by a recode);
 * an import maintains it itself, in bulk. */
#define PG_SUMMARY_FN \
	"CREATE FUNCTION khaldun_event_summary() RETURNS trigger LANGUAGE plpgsql AS $$" \
	" DECLARE e event; w double precision; d integer; k integer; BEGIN" \
	" IF TG_OP = 'INSERT' THEN e := NEW; k := 1; ELSE e := OLD; k := -1; END IF;" \
	" w := khaldun_severity(e.quad, e.goldstein, e.root);" \
	" d := to_char(e.date, 'YYYYMMDD')::integer;" \
	" INSERT INTO dyad_day AS y VALUES (coalesce(e.source_country, '')," \
	" coalesce(e.target_country, ''), d, k," \
	" k * (coalesce(e.quad, 0) NOT IN (1, 2, 3, 4))::int, k * (coalesce(e.quad, 0) = 1)::int," \
	" k * (coalesce(e.quad, 0) = 2)::int, k * (coalesce(e.quad, 0) = 3)::int," \
	" k * (coalesce(e.quad, 0) = 4)::int, k * coalesce(e.goldstein, 0)," \
	" k * (e.goldstein IS NOT NULL)::int, k * w, k * w * w)" \
	" ON CONFLICT (source, target, day) DO UPDATE SET events = y.events + excluded.events," \
	" q0 = y.q0 + excluded.q0, q1 = y.q1 + excluded.q1, q2 = y.q2 + excluded.q2," \
	" q3 = y.q3 + excluded.q3, q4 = y.q4 + excluded.q4," \
	" goldstein_sum = y.goldstein_sum + excluded.goldstein_sum," \
	" goldstein_n = y.goldstein_n + excluded.goldstein_n," \
	" severity = y.severity + excluded.severity," \
	" severity_sq = y.severity_sq + excluded.severity_sq;" \
	" DELETE FROM dyad_day WHERE source = coalesce(e.source_country, '')" \
	" AND target = coalesce(e.target_country, '') AND day = d AND events <= 0;" \
	" INSERT INTO day_volume AS v VALUES (d, k) ON CONFLICT (day)" \
	" DO UPDATE SET events = v.events + excluded.events;" \
	" DELETE FROM day_volume WHERE day = d AND events <= 0;" \
	" RETURN NULL; END $$;"

/* Each migration is a list of SQL texts (NULL-terminated; ISO C's string-length limit),
 * run in order in the migration's transaction. */
static const char *const schema_1[] = {
	/* 0 -> 1: the SQLite schema 5's tables. story: ids unique per outlet (source + id);
	 * signature: MinHash, 128 x uint32 little-endian; story_band: the LSH bands of first
	 * reports with their day (YYYYMMDD); event: coded news (dataset 'news', cluster = the
	 * first report of its group) and imported events (their dataset's own id, unique per
	 * dataset); BRIN on event dates (events arrive roughly in date order), B-trees on dyads. */
	"CREATE TABLE khaldun_meta (key text PRIMARY KEY, value text NOT NULL);"
	"CREATE TABLE story ("
	" id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	" ext_id text NOT NULL, date date NOT NULL,"
	" title text, source text, url text, file text, line bigint,"
	" fingerprint text NOT NULL, words bigint NOT NULL, signature bytea,"
	" kind text NOT NULL CHECK (kind IN ('original', 'near', 'same-text')),"
	" same_as bigint REFERENCES story(id), similarity double precision,"
	" sentences integer NOT NULL DEFAULT 0, events integer NOT NULL DEFAULT 0,"
	" dict_version text);"
	"CREATE UNIQUE INDEX story_outlet_id ON story (ext_id, (coalesce(source, '')));"
	"CREATE INDEX story_fingerprint ON story (fingerprint, date);"
	"CREATE INDEX story_same_as ON story (same_as) WHERE same_as IS NOT NULL;"
	"CREATE INDEX story_date ON story USING brin (date);"
	"CREATE TABLE story_band (band bigint NOT NULL, day integer NOT NULL,"
	" story bigint NOT NULL REFERENCES story(id), PRIMARY KEY (band, day, story));"
	"CREATE TABLE sentence ("
	" id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	" story bigint NOT NULL REFERENCES story(id), idx integer NOT NULL,"
	" text text NOT NULL, outcome text NOT NULL, UNIQUE (story, idx));"
	"CREATE TABLE event ("
	" id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	" cluster bigint REFERENCES story(id), story bigint REFERENCES story(id),"
	" sentence bigint REFERENCES sentence(id), date date NOT NULL,"
	" source text, source_name text, source_country text, source_sector text,"
	" target text, target_name text, target_country text, target_sector text,"
	" code text NOT NULL, root text, quad smallint, goldstein double precision,"
	" plover text, plover_mode text, plover_context text,"
	" attribution text, time_shift integer NOT NULL DEFAULT 0,"
	" source_text text, target_text text, verb_text text,"
	" pattern_file text, pattern_line integer, pattern_entry text,"
	" verb_file text, verb_line integer, verb_entry text,"
	" source_file text, source_line integer, target_file text, target_line integer,"
	" mentions integer NOT NULL DEFAULT 1,"
	" dataset text NOT NULL DEFAULT 'news', ext_id text,"
	" ext_story text, ext_sentence integer, ext_text text, ext_url text,"
	" loc_name text, loc_country text, loc_admin1 text,"
	" loc_lat double precision, loc_lon double precision, loc_geonameid bigint,"
	" loc_precision text, loc_text text, loc_feature text, loc_adm1_code text);"
	"CREATE INDEX event_date ON event USING brin (date);"
	"CREATE INDEX event_dyad ON event (source, target, date);"
	"CREATE INDEX event_country_dyad ON event (source_country, target_country, date);"
	"CREATE INDEX event_cluster ON event (cluster, source, target, code)"
	" WHERE cluster IS NOT NULL;"
	"CREATE INDEX event_story ON event (story) WHERE story IS NOT NULL;"
	"CREATE UNIQUE INDEX event_import ON event (dataset, ext_id) WHERE ext_id IS NOT NULL;"
	"CREATE INDEX event_loc_country ON event (loc_country, date) WHERE loc_country IS NOT NULL;"
	"CREATE INDEX event_loc_point ON event (loc_lat, loc_lon) WHERE loc_lat IS NOT NULL;",
	"CREATE TABLE mention (event bigint NOT NULL REFERENCES event(id),"
	" story bigint NOT NULL REFERENCES story(id), sentence bigint REFERENCES sentence(id),"
	" PRIMARY KEY (event, story));"
	"CREATE INDEX mention_story ON mention (story);"
	"CREATE TABLE dyad_day (source text NOT NULL, target text NOT NULL, day integer NOT NULL,"
	" events bigint NOT NULL, q0 bigint NOT NULL, q1 bigint NOT NULL, q2 bigint NOT NULL,"
	" q3 bigint NOT NULL, q4 bigint NOT NULL, goldstein_sum double precision NOT NULL,"
	" goldstein_n bigint NOT NULL, severity double precision NOT NULL,"
	" severity_sq double precision NOT NULL, PRIMARY KEY (source, target, day));"
	"CREATE TABLE day_volume (day integer PRIMARY KEY, events bigint NOT NULL);",
	PG_SEVERITY_FN,
	PG_SUMMARY_FN,
	"CREATE TRIGGER event_summary AFTER INSERT ON event FOR EACH ROW"
	" WHEN (NEW.dataset = 'news') EXECUTE FUNCTION khaldun_event_summary();"
	"CREATE TRIGGER event_unsummary AFTER DELETE ON event FOR EACH ROW"
	" WHEN (OLD.dataset = 'news') EXECUTE FUNCTION khaldun_event_summary();",
	NULL
};

/* 1 -> 2: the story's position in its ingest's input, as SQLite's migration 6 (sharded runs
 * and `khaldun merge`, docs/scale-out.md), so that a SQLite store's rows copy over as they are;
 * NULL: not recorded (ingest into PostgreSQL does not: its workers share no input order). */
static const char *const schema_2[] = {
	"ALTER TABLE story ADD COLUMN ordinal bigint;",
	NULL
};

static const char *const *const pg_migrations[] = { schema_1, schema_2 };

_Static_assert(sizeof pg_migrations / sizeof *pg_migrations == PG_SCHEMA,
	       "PG_SCHEMA (pg.h) is the number of PostgreSQL migrations");

/* The version inside the open transaction: 0 for an empty database, -1 on error (reported),
 * -2 when the database has tables that are not khaldun's (reported). */
static int schema_version(khaldun_store *s)
{
	PGresult *r = pg_query(s, "reading the schema version",
			       "SELECT to_regclass('khaldun_meta') IS NOT NULL,"
			       " to_regclass('story') IS NOT NULL", 0, NULL);
	if (!r)
		return -1;
	int meta = PQgetvalue(r, 0, 0)[0] == 't', story = PQgetvalue(r, 0, 1)[0] == 't';
	PQclear(r);
	if (!meta && !story)
		return 0;
	int v = -2;
	if (meta && (r = pg_query(s, "reading the schema version", "SELECT value FROM khaldun_meta"
				  " WHERE key = 'schema'", 0, NULL))) {
		if (PQntuples(r) == 1)
			v = atoi(PQgetvalue(r, 0, 0));
		PQclear(r);
	} else if (meta) {
		return -1;
	}
	if (v <= 0) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "not a khaldun event database (it has a story table but no khaldun "
			    "schema version); left untouched");
		return -2;
	}
	return v;
}

/* One step: returns 1 when the schema is current (transaction ended), 0 when a migration was
 * committed (call again), or a negative code (reported; rolled back). */
static int migrate_step(khaldun_store *s)
{
	char sql[96];
	snprintf(sql, sizeof sql, "BEGIN; SELECT pg_advisory_xact_lock(%d)", PG_LOCK_SCHEMA);
	if (!s->read_only ? pg_exec(s, sql, NULL) : pg_exec(s, "BEGIN", NULL))
		return KHALDUN_ERR_IO;
	int v = schema_version(s), rc = 1;
	if (v < 0) {
		rc = v == -2 ? KHALDUN_ERR_FORMAT : KHALDUN_ERR_IO;
	} else if (v > PG_SCHEMA) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    "the database has schema version %d, newer than this khaldun's (%d)", v,
			    PG_SCHEMA);
		rc = KHALDUN_ERR_FORMAT;
	} else if (v < PG_SCHEMA && s->read_only) {
		diag_report(&s->diag, KHALDUN_ERROR, s->path, 0, 0, NULL, 0,
			    v ? "the database has schema version %d; run `khaldun ingest` on it "
				"once to migrate it"
			      : "not a khaldun event database (schema version %d)", v);
		rc = KHALDUN_ERR_FORMAT;
	} else if (v < PG_SCHEMA) {
		char set[128];
		snprintf(set, sizeof set,
			 "INSERT INTO khaldun_meta VALUES ('schema', '%d') ON CONFLICT (key) "
			 "DO UPDATE SET value = excluded.value", v + 1);
		rc = 0;
		for (const char *const *q = pg_migrations[v]; *q && !rc; q++)
			if (pg_exec(s, *q, NULL))
				rc = KHALDUN_ERR_IO;
		if (!rc && pg_exec(s, set, NULL))
			rc = KHALDUN_ERR_IO;
	}
	if (rc > 0 || rc == 0)
		return pg_exec(s, "COMMIT", NULL) ? KHALDUN_ERR_IO : rc;
	pg_exec(s, "ROLLBACK", NULL);
	return rc;
}

int pg_migrate(khaldun_store *s)
{
	int rc;
	while ((rc = migrate_step(s)) == 0)
		;
	return rc < 0 ? rc : KHALDUN_OK;
}
