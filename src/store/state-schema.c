/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The state database's schema on both back ends, one logical schema.
 * SQLite: each migration is one SQL script run in a transaction that also
 * bumps user_version, so an interrupted upgrade leaves the previous
 * version intact.  PostgreSQL: a schema_version table; the current schema
 * is created in one transaction under an advisory lock (there are no
 * older PostgreSQL databases to migrate), so processes that start
 * together on an empty database create it once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "sqlite-load.h"
#include "state-internal.h"
#include "util/fits.h"
#include "util/xmalloc.h"

/* migrations[i] takes the schema from version i to i + 1. */
static const char *const migrations[] = {
	/* 0 -> 1: hand-off sessions and anonymous events. */
	"CREATE TABLE handoff ("
	"  code     TEXT PRIMARY KEY,"
	"  created  INTEGER NOT NULL,"
	"  expires  INTEGER NOT NULL,"
	"  lang     TEXT NOT NULL,"
	"  payload  TEXT NOT NULL"
	");"
	"CREATE INDEX handoff_expires ON handoff(expires);"
	"CREATE TABLE event ("
	"  id       INTEGER PRIMARY KEY,"
	"  at       INTEGER NOT NULL,"
	"  kind     TEXT NOT NULL,"
	"  detail   TEXT"
	");"
	"CREATE INDEX event_at ON event(at);",

	/* 1 -> 2: hand-off sessions as rows, not a blob, so a counselor's
	 * screens can read them; events keep only the day, so they cannot
	 * be tied to a code by their time; failed code look-ups. */
	"DROP TABLE handoff;"
	"CREATE TABLE handoff ("
	"  code     TEXT PRIMARY KEY,"
	"  created  INTEGER NOT NULL,"
	"  expires  INTEGER NOT NULL,"
	"  lang     TEXT NOT NULL,"
	"  form     TEXT CHECK (form IN ('short', 'full')),"
	"  note     TEXT"
	");"
	"CREATE INDEX handoff_expires ON handoff(expires);"
	"CREATE TABLE handoff_answer ("
	"  code     TEXT NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  item_id  INTEGER NOT NULL,"
	"  type     TEXT NOT NULL,"
	"  answer   INTEGER,"
	"  PRIMARY KEY (code, position)"
	");"
	"CREATE TABLE handoff_score ("
	"  code     TEXT NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  type     TEXT NOT NULL,"
	"  sum      INTEGER NOT NULL,"
	"  answered INTEGER NOT NULL,"
	"  asked    INTEGER NOT NULL,"
	"  PRIMARY KEY (code, type)"
	");"
	"CREATE TABLE handoff_skill ("
	"  code       TEXT NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  position   INTEGER NOT NULL,"
	"  element_id TEXT NOT NULL,"
	"  rating     INTEGER,"
	"  PRIMARY KEY (code, position)"
	");"
	"CREATE TABLE handoff_seen ("
	"  code     TEXT NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  kind     TEXT NOT NULL CHECK (kind IN ('occupation', 'service')),"
	"  ref      TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  PRIMARY KEY (code, kind, ref)"
	");"
	"DROP TABLE event;"
	"CREATE TABLE event ("
	"  id       INTEGER PRIMARY KEY,"
	"  day      TEXT NOT NULL,"
	"  kind     TEXT NOT NULL,"
	"  detail   TEXT"
	");"
	"CREATE INDEX event_day ON event(day, kind);"
	"CREATE TABLE code_attempt ("
	"  at       INTEGER NOT NULL"
	");",

	/* 2 -> 3: counselors and the audit trail. */
	"CREATE TABLE counselor ("
	"  name         TEXT PRIMARY KEY,"
	"  hash         TEXT NOT NULL,"
	"  role         TEXT NOT NULL DEFAULT 'counselor'"
	"               CHECK (role IN ('counselor', 'admin')),"
	"  disabled     INTEGER NOT NULL DEFAULT 0,"
	"  failures     INTEGER NOT NULL DEFAULT 0,"
	"  locked_until INTEGER NOT NULL DEFAULT 0,"
	"  created      INTEGER NOT NULL"
	");"
	"CREATE TABLE audit ("
	"  id       INTEGER PRIMARY KEY,"
	"  at       INTEGER NOT NULL,"
	"  who      TEXT NOT NULL,"
	"  action   TEXT NOT NULL,"
	"  detail   TEXT"
	");"
	"CREATE INDEX audit_at ON audit(at);",

	/* 3 -> 4: usage as counters per day and kind from a closed list (no
	 * row per visit, nothing in visit order, no typed words: an empty
	 * search keeps its day, not its text); the old events become counts
	 * where they fit a kind and a key, the rest is dropped.  Wrong codes
	 * per station.  Typed codes that were never found, and codes whose
	 * results are gone, leave the audit details. */
	"CREATE TABLE usage ("
	"  day      TEXT NOT NULL,"
	"  kind     TEXT NOT NULL CHECK (kind IN ('session', 'language', 'form',"
	"           'completed', 'service', 'occupation', 'search-empty',"
	"           'handoff', 'rating')),"
	"  key      TEXT NOT NULL DEFAULT '',"
	"  n        INTEGER NOT NULL,"
	"  PRIMARY KEY (day, kind, key)"
	") WITHOUT ROWID;"
	"INSERT INTO usage (day, kind, key, n)"
	"  SELECT day, kind, CASE WHEN kind IN ('session', 'search-empty',"
	"    'handoff') THEN '' ELSE detail END, count(*) FROM event"
	"  WHERE kind IN ('session', 'search-empty', 'handoff')"
	"    OR (kind IN ('form', 'completed') AND detail IN ('short', 'full'))"
	"    OR (kind = 'rating' AND detail IN ('1', '2', '3', '4', '5'))"
	"    OR (kind IN ('language', 'service', 'occupation')" /* STATE_KEY_MAX */
	"      AND length(detail) BETWEEN 1 AND 64"
	"      AND detail NOT GLOB '*[^A-Za-z0-9._-]*')"
	"  GROUP BY 1, 2, 3;"
	"DROP TABLE event;"
	"DROP TABLE code_attempt;"
	"CREATE TABLE code_attempt ("
	"  station  TEXT NOT NULL,"
	"  at       INTEGER NOT NULL"
	");"
	"CREATE INDEX code_attempt_station ON code_attempt(station, at);"
	"UPDATE audit SET detail = NULL WHERE action = 'code not found'"
	"  OR (action IN ('code opened', 'report', 'extended', 'deleted', 'note')"
	"    AND detail NOT IN (SELECT code FROM handoff));",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

_Static_assert(sizeof migrations / sizeof migrations[0] == STATE_SCHEMA_VERSION,
    "one migration per schema version");

/*
 * Bring the schema up to date, one migration per transaction that also
 * bumps user_version.  The version is read again under the write lock:
 * another process may have migrated meanwhile (kiosks started together
 * on a new file), and running a migration twice fails ("table already
 * exists") or, for a DROP/CREATE pair, would lose data.
 */
static int
lite_migrate(sqlite3 *db)
{
	for (;;) {
		char *sql;
		int version = 0, rc;

		if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) !=
		    SQLITE_OK)
			return rc;
		rc = db_user_version(db, &version);
		if (rc != SQLITE_OK || version >= NMIGRATIONS) {
			sqlite3_exec(db, rc == SQLITE_OK ? "COMMIT" : "ROLLBACK",
			    NULL, NULL, NULL);
			return rc;
		}
		sql = xasprintf("%s PRAGMA user_version = %d; COMMIT;",
		    migrations[version], version + 1);
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
		free(sql);
		if (rc != SQLITE_OK) {
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return rc;
		}
	}
}

/* The schema of STATE_SCHEMA_VERSION for PostgreSQL: the tables of the
 * SQLite migrations above, as they stand after the last one. */
static const char pg_schema[] =
	"CREATE TABLE handoff ("
	"  code     text PRIMARY KEY,"
	"  created  bigint NOT NULL,"
	"  expires  bigint NOT NULL,"
	"  lang     text NOT NULL,"
	"  form     text CHECK (form IN ('short', 'full')),"
	"  note     text"
	");"
	"CREATE INDEX handoff_expires ON handoff(expires);"
	"CREATE TABLE handoff_answer ("
	"  code     text NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  position integer NOT NULL,"
	"  item_id  integer NOT NULL,"
	"  type     text NOT NULL,"
	"  answer   integer,"
	"  PRIMARY KEY (code, position)"
	");"
	"CREATE TABLE handoff_score ("
	"  code     text NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  type     text NOT NULL,"
	"  sum      integer NOT NULL,"
	"  answered integer NOT NULL,"
	"  asked    integer NOT NULL,"
	"  PRIMARY KEY (code, type)"
	");"
	"CREATE TABLE handoff_skill ("
	"  code       text NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  position   integer NOT NULL,"
	"  element_id text NOT NULL,"
	"  rating     integer,"
	"  PRIMARY KEY (code, position)"
	");"
	"CREATE TABLE handoff_seen ("
	"  code     text NOT NULL REFERENCES handoff(code) ON DELETE CASCADE,"
	"  kind     text NOT NULL CHECK (kind IN ('occupation', 'service')),"
	"  ref      text NOT NULL,"
	"  position integer NOT NULL,"
	"  PRIMARY KEY (code, kind, ref)"
	");"
	"CREATE TABLE counselor ("
	"  name         text PRIMARY KEY,"
	"  hash         text NOT NULL,"
	"  role         text NOT NULL DEFAULT 'counselor'"
	"               CHECK (role IN ('counselor', 'admin')),"
	"  disabled     integer NOT NULL DEFAULT 0,"
	"  failures     integer NOT NULL DEFAULT 0,"
	"  locked_until bigint NOT NULL DEFAULT 0,"
	"  created      bigint NOT NULL"
	");"
	"CREATE TABLE audit ("
	"  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	"  at       bigint NOT NULL,"
	"  who      text NOT NULL,"
	"  action   text NOT NULL,"
	"  detail   text"
	");"
	"CREATE INDEX audit_at ON audit(at);"
	"CREATE TABLE usage ("
	"  day      text NOT NULL,"
	"  kind     text NOT NULL CHECK (kind IN ('session', 'language', 'form',"
	"           'completed', 'service', 'occupation', 'search-empty',"
	"           'handoff', 'rating')),"
	"  key      text NOT NULL DEFAULT '',"
	"  n        integer NOT NULL,"
	"  PRIMARY KEY (day, kind, key)"
	");"
	"CREATE TABLE code_attempt ("
	"  station  text NOT NULL,"
	"  at       bigint NOT NULL"
	");"
	"CREATE INDEX code_attempt_station ON code_attempt(station, at);";

/* Any number, the same in every process: the lock key of migrations. */
#define PG_SCHEMA_LOCK 0x6f7269656e74

/* The version in schema_version (0: none), or -1 when it cannot be read. */
static int
pg_version(struct sql *c)
{
	return sql_query_int(c, "SELECT coalesce(max(version), 0) "
	    "FROM schema_version", -1);
}

/* The version, or -1 when there is no schema_version table: a test in a
 * savepoint-free way (to_regclass), so no error aborts a transaction. */
static int
pg_version_quiet(struct sql *c)
{
	struct sql_stmt *stmt = sql_prepare(c,
	    "SELECT to_regclass('schema_version') IS NOT NULL");
	const char *there;
	bool found;

	found = sql_step(stmt) == SQL_ROW && (there = sql_column_text(stmt, 0))
	    != NULL && strcmp(there, "t") == 0;
	sql_finalize(stmt);
	return found ? pg_version(c) : -1;
}

/* Create the schema on an empty PostgreSQL database, once. */
static enum sql_rc
pg_migrate(struct sql *c)
{
	char lock[sizeof "SELECT pg_advisory_xact_lock()" +
	    FITS_DECIMAL(long long)];
	char version_sql[sizeof "INSERT INTO schema_version VALUES ()" +
	    FITS_DECIMAL(int)];
	enum sql_rc rc;
	int version;

	/* Usually there: then a role without the right to create tables
	 * (the kiosks', see docs/operations.md) does not need it. */
	if (pg_version_quiet(c) == STATE_SCHEMA_VERSION)
		return SQL_OK;
	/* fits: both buffers are sized for their words and any number */
	snprintf(lock, sizeof lock, "SELECT pg_advisory_xact_lock(%lld)",
	    (long long)PG_SCHEMA_LOCK);
	snprintf(version_sql, sizeof version_sql, /* fits: as above */
	    "INSERT INTO schema_version VALUES (%d)", STATE_SCHEMA_VERSION);
	if ((rc = sql_begin(c, DB_BUSY_TIMEOUT_MS)) != SQL_OK)
		return rc;
	if ((rc = sql_exec(c, lock)) == SQL_OK)
		rc = sql_exec(c, "CREATE TABLE IF NOT EXISTS schema_version ("
		    "version integer NOT NULL)");
	version = rc == SQL_OK ? pg_version(c) : -1;
	if (version < 0 || version > STATE_SCHEMA_VERSION) {
		sql_rollback(c);
		return version < 0 ? sql_last(c) : SQL_OK;
	}
	if (version == 0 && (rc = sql_exec(c, pg_schema)) == SQL_OK)
		rc = sql_exec(c, version_sql);
	if (rc != SQL_OK) {
		sql_rollback(c);
		return rc;
	}
	return sql_commit(c);
}

enum sql_rc
state_schema_migrate(struct state *st)
{
	sqlite3 *db = sql_sqlite_handle(st->sql);
	int rc;

	if (db == NULL)
		return pg_migrate(st->sql);
	rc = lite_migrate(db);
	/* A migration drops what must not stay: out of the WAL too. */
	st->checkpoint_due = true;
	return sql_sqlite_rc(rc);
}

int
state_schema_version(struct state *st)
{
	sqlite3 *db = sql_sqlite_handle(st->sql);
	int version = -1;

	if (db == NULL)
		return pg_version(st->sql);
	db_user_version(db, &version);
	return version;
}
