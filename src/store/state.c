/*
 * State database: opening, pragmas and migrations.  Each migration is one
 * SQL script run in a transaction that also bumps user_version, so an
 * interrupted upgrade leaves the previous version intact.
 */
#include "state.h"

#include <stdlib.h>

#include "db.h"
#include "util/xmalloc.h"

struct state {
	sqlite3 *db;
};

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
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

/* Run one migration and bump user_version in the same transaction. */
static int
migrate_one(sqlite3 *db, int from)
{
	char *sql;
	int rc;

	sql = xasprintf("BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;",
	    migrations[from], from + 1);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	free(sql);
	if (rc != SQLITE_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

enum orientation_status
state_open(const char *path, struct state **out)
{
	struct state *st;
	int version = 0, rc;

	*out = NULL;
	st = xcalloc(1, sizeof *st);
	rc = sqlite3_open_v2(path, &st->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		state_free(st);
		return ORIENTATION_STATE_OPEN;
	}
	sqlite3_busy_timeout(st->db, DB_BUSY_TIMEOUT_MS);
	/* First statement: shows a file that is not a database. */
	rc = db_user_version(st->db, &version);
	if (rc != SQLITE_OK) {
		state_free(st);
		return db_status(rc);
	}
	if (version > STATE_SCHEMA_VERSION) {
		state_free(st);
		return ORIENTATION_STATE_VERSION;
	}
	rc = sqlite3_exec(st->db, "PRAGMA journal_mode = WAL;"
	    "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
	    NULL, NULL, NULL);
	for (int v = version; rc == SQLITE_OK && v < NMIGRATIONS; v++)
		rc = migrate_one(st->db, v);
	if (rc != SQLITE_OK) {
		state_free(st);
		return db_status(rc);
	}
	*out = st;
	return ORIENTATION_OK;
}

void
state_free(struct state *st)
{
	if (st == NULL)
		return;
	sqlite3_close(st->db);
	free(st);
}

int
state_schema_version(struct state *st)
{
	int version = -1;

	db_user_version(st->db, &version);
	return version;
}
