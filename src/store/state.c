/*
 * State database: opening, pragmas and migrations.  Each migration is one
 * SQL script run in a transaction that also bumps user_version, so an
 * interrupted upgrade leaves the previous version intact.
 */
#include "state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "state-db.h"
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
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

/* KiB of page cache for the state database: it holds a few small tables. */
#define STATE_CACHE_KIB 256
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
migrate(sqlite3 *db)
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

/*
 * Put the file in WAL mode.  On a file not yet in WAL mode (a new one)
 * this needs the write lock while already reading, and SQLite answers
 * SQLITE_BUSY at once rather than call the busy handler (waiting there
 * could deadlock), so retry within the busy timeout.  SQLITE_OK only if
 * the file really is in WAL mode afterwards.
 */
static int
set_wal(sqlite3 *db)
{
	int rc = SQLITE_BUSY;

	for (int waited = 0; waited <= DB_BUSY_TIMEOUT_MS; waited += 10) {
		sqlite3_stmt *stmt;

		rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &stmt,
		    NULL);
		if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
			rc = strcmp((const char *)sqlite3_column_text(stmt, 0),
			    "wal") == 0 ? SQLITE_OK : SQLITE_ERROR;
		sqlite3_finalize(stmt);
		if ((rc & 0xff) != SQLITE_BUSY)
			return rc;
		sqlite3_sleep(10);
	}
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
	db_lean(st->db, STATE_CACHE_KIB);
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
	/* SQLite quietly opens a file it may not write read-only; say so now
	 * rather than when a visitor asks for a code. */
	if (sqlite3_db_readonly(st->db, "main") == 1) {
		state_free(st);
		return ORIENTATION_STATE_READONLY;
	}
	rc = set_wal(st->db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(st->db, "PRAGMA foreign_keys = ON; "
		    "PRAGMA synchronous = NORMAL;", NULL, NULL, NULL);
	if (rc == SQLITE_OK && version < NMIGRATIONS)
		rc = migrate(st->db);
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

sqlite3 *
state_db(struct state *st)
{
	return st->db;
}

int
state_schema_version(struct state *st)
{
	int version = -1;

	db_user_version(st->db, &version);
	return version;
}

/* ------------------------------------------------------------ hand-off */

/* Run @sql with no parameters; the SQLite result code. */
static int
exec(struct state *st, const char *sql)
{
	return sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

/* Insert the rows of @s under @code; the SQLite result code. */
static int
insert_session(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires)
{
	struct riasec_profile p;
	sqlite3_stmt *stmt;
	char type[2] = { 0 };
	int rc;

	stmt = db_prepare(st->db, "INSERT INTO handoff (code, created, expires, "
	    "lang, form) VALUES (?1, ?2, ?3, ?4, ?5)");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, now);
	sqlite3_bind_int64(stmt, 3, expires);
	sqlite3_bind_text(stmt, 4, s->lang[0] ? s->lang : "en", -1, SQLITE_STATIC);
	if (s->form != SESSION_FORM_NONE)
		sqlite3_bind_text(stmt, 5, s->form == SESSION_FORM_SHORT ? "short" :
		    "full", -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return rc;

	stmt = db_prepare(st->db, "INSERT INTO handoff_answer VALUES "
	    "(?1, ?2, ?3, ?4, ?5)");
	for (int i = 0; i < s->nitems && rc == SQLITE_DONE; i++) {
		type[0] = riasec_letter(s->item_type[i]);
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_int(stmt, 2, i);
		sqlite3_bind_int(stmt, 3, s->item_id[i]);
		sqlite3_bind_text(stmt, 4, type, -1, SQLITE_TRANSIENT);
		if (s->answer[i] == RIASEC_ANSWER_NONE)
			sqlite3_bind_null(stmt, 5);
		else
			sqlite3_bind_int(stmt, 5, s->answer[i]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return rc;

	session_profile(s, &p);
	stmt = db_prepare(st->db, "INSERT INTO handoff_score VALUES "
	    "(?1, ?2, ?3, ?4, ?5)");
	for (int t = 0; t < RIASEC_COUNT && s->nitems > 0 && rc == SQLITE_DONE;
	    t++) {
		type[0] = riasec_letter((enum riasec_type)t);
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, type, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(stmt, 3, p.sum[t]);
		sqlite3_bind_int(stmt, 4, p.answered[t]);
		sqlite3_bind_int(stmt, 5, p.asked[t]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return rc;

	stmt = db_prepare(st->db, "INSERT INTO handoff_skill VALUES "
	    "(?1, ?2, ?3, ?4)");
	for (int i = 0; i < s->nskills && rc == SQLITE_DONE; i++) {
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_int(stmt, 2, i);
		sqlite3_bind_text(stmt, 3, s->skill_id[i], -1, SQLITE_STATIC);
		if (s->skill_rating[i] == MATCH_RATING_NONE)
			sqlite3_bind_null(stmt, 4);
		else
			sqlite3_bind_int(stmt, 4, s->skill_rating[i]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return rc;

	stmt = db_prepare(st->db, "INSERT INTO handoff_seen VALUES "
	    "(?1, ?2, ?3, ?4)");
	for (int i = 0; i < s->noccupations && rc == SQLITE_DONE; i++) {
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, "occupation", -1, SQLITE_STATIC);
		sqlite3_bind_int(stmt, 3, s->occupations[i]);
		sqlite3_bind_int(stmt, 4, i);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	for (int i = 0; i < s->nservices && rc == SQLITE_DONE; i++) {
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, "service", -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 3, s->services[i], -1, SQLITE_STATIC);
		sqlite3_bind_int(stmt, 4, i);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc;
}

enum orientation_status
state_handoff_save(struct state *st, const struct session *s, time_t now,
    int days, random_fn random, char code[HANDOFF_CODE_LEN + 1],
    time_t *expires)
{
	uint8_t bytes[HANDOFF_CODE_BYTES];
	int rc = SQLITE_OK;

	*expires = now + (time_t)days * 86400;
	/* A new code clashes with a kept one about once in 10^12 / n tries;
	 * a few attempts make a clash practically impossible. */
	for (int attempt = 0; attempt < 5; attempt++) {
		if (random(bytes, sizeof bytes) != 0)
			return ORIENTATION_DB_ERROR;
		handoff_code_encode(bytes, code);
		if ((rc = exec(st, "BEGIN IMMEDIATE")) != SQLITE_OK)
			return db_status(rc);
		rc = insert_session(st, s, code, now, *expires);
		if (rc == SQLITE_DONE && (rc = exec(st, "COMMIT")) == SQLITE_OK)
			return ORIENTATION_OK;
		exec(st, "ROLLBACK");
		if ((rc & 0xff) != SQLITE_CONSTRAINT)
			break;
	}
	code[0] = '\0';
	return db_status(rc);
}

enum orientation_status
state_handoff_load(struct state *st, const char *code, time_t now,
    struct session *out, time_t *created, time_t *expires)
{
	sqlite3_stmt *stmt;
	int n = 0;

	session_wipe(out);
	stmt = db_prepare(st->db, "SELECT created, expires, lang, form FROM "
	    "handoff WHERE code = ?1 AND expires > ?2");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, now);
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return ORIENTATION_NOT_FOUND;
	}
	if (created != NULL)
		*created = sqlite3_column_int64(stmt, 0);
	if (expires != NULL)
		*expires = sqlite3_column_int64(stmt, 1);
	snprintf(out->lang, sizeof out->lang, "%s",
	    (const char *)sqlite3_column_text(stmt, 2));
	if (sqlite3_column_type(stmt, 3) != SQLITE_NULL)
		out->form = strcmp((const char *)sqlite3_column_text(stmt, 3),
		    "short") == 0 ? SESSION_FORM_SHORT : SESSION_FORM_FULL;
	sqlite3_finalize(stmt);

	stmt = db_prepare(st->db, "SELECT item_id, type, answer FROM "
	    "handoff_answer WHERE code = ?1 ORDER BY position");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(stmt) == SQLITE_ROW && n < SESSION_MAX_ITEMS) {
		const unsigned char *t = sqlite3_column_text(stmt, 1);

		out->item_id[n] = sqlite3_column_int(stmt, 0);
		if (t == NULL || !riasec_from_letter((char)t[0], &out->item_type[n]))
			continue;
		out->answer[n] = sqlite3_column_type(stmt, 2) == SQLITE_NULL ?
		    RIASEC_ANSWER_NONE : sqlite3_column_int(stmt, 2);
		n++;
	}
	sqlite3_finalize(stmt);
	out->nitems = n;
	out->finished = n > 0;

	n = 0;
	stmt = db_prepare(st->db, "SELECT element_id, rating FROM handoff_skill "
	    "WHERE code = ?1 ORDER BY position");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(stmt) == SQLITE_ROW && n < MATCH_MAX_SKILLS) {
		snprintf(out->skill_id[n], sizeof out->skill_id[n], "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
		out->skill_rating[n] = sqlite3_column_type(stmt, 1) == SQLITE_NULL ?
		    MATCH_RATING_NONE : sqlite3_column_int(stmt, 1);
		n++;
	}
	sqlite3_finalize(stmt);
	out->nskills = n;

	stmt = db_prepare(st->db, "SELECT kind, ref FROM handoff_seen WHERE "
	    "code = ?1 ORDER BY kind, position");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(stmt, 0);
		const char *ref = (const char *)sqlite3_column_text(stmt, 1);

		if (strcmp(kind, "occupation") == 0)
			session_note_occupation(out, atoi(ref));
		else
			session_note_service(out, ref);
	}
	sqlite3_finalize(stmt);
	return ORIENTATION_OK;
}

enum orientation_status
state_handoff_delete(struct state *st, const char *code, bool *deleted)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "DELETE FROM handoff WHERE code = ?1");
	int rc;

	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	*deleted = rc == SQLITE_DONE && sqlite3_changes(st->db) > 0;
	sqlite3_finalize(stmt);
	return db_status(rc);
}

enum orientation_status
state_handoff_note(struct state *st, const char *code, char **note)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "SELECT note FROM handoff WHERE code = ?1");
	enum orientation_status status = ORIENTATION_NOT_FOUND;

	*note = NULL;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		if (sqlite3_column_type(stmt, 0) != SQLITE_NULL)
			*note = db_column_strdup(stmt, 0);
		status = ORIENTATION_OK;
	}
	sqlite3_finalize(stmt);
	return status;
}

/* Step the prepared UPDATE @stmt of one handoff row and finalize it;
 * NOT_FOUND if it changed nothing. */
static enum orientation_status
update_handoff(struct state *st, sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);
	enum orientation_status status = db_status(rc);

	if (status == ORIENTATION_OK && sqlite3_changes(st->db) == 0)
		status = ORIENTATION_NOT_FOUND;
	sqlite3_finalize(stmt);
	return status;
}

enum orientation_status
state_handoff_set_note(struct state *st, const char *code, const char *note)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "UPDATE handoff SET note = nullif(?2, '') WHERE code = ?1");

	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, note, -1, SQLITE_TRANSIENT);
	return update_handoff(st, stmt);
}

enum orientation_status
state_handoff_extend(struct state *st, const char *code, time_t expires)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "UPDATE handoff SET expires = ?2 WHERE code = ?1");

	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, expires);
	return update_handoff(st, stmt);
}

int
state_handoff_purge(struct state *st, time_t now)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "DELETE FROM handoff WHERE expires <= ?1");
	int rc, n;

	sqlite3_bind_int64(stmt, 1, now);
	rc = sqlite3_step(stmt);
	n = rc == SQLITE_DONE ? sqlite3_changes(st->db) : -1;
	sqlite3_finalize(stmt);
	return n;
}

int
state_handoff_count(struct state *st)
{
	sqlite3_stmt *stmt = db_prepare(st->db, "SELECT count(*) FROM handoff");
	int n = -1;

	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

bool
state_code_throttled(struct state *st, time_t now)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "SELECT count(*) FROM code_attempt WHERE at > ?1");
	bool throttled = false;

	sqlite3_bind_int64(stmt, 1, now - STATE_CODE_WINDOW);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		throttled = sqlite3_column_int(stmt, 0) >= STATE_CODE_TRIES;
	sqlite3_finalize(stmt);
	return throttled;
}

void
state_code_failed(struct state *st, time_t now)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "INSERT INTO code_attempt (at) VALUES (?1)");

	sqlite3_bind_int64(stmt, 1, now);
	sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	stmt = db_prepare(st->db, "DELETE FROM code_attempt WHERE at <= ?1");
	sqlite3_bind_int64(stmt, 1, now - STATE_CODE_WINDOW);
	sqlite3_step(stmt);
	sqlite3_finalize(stmt);
}

enum orientation_status
state_event(struct state *st, time_t now, const char *kind,
    const char *detail)
{
	sqlite3_stmt *stmt = db_prepare(st->db, "INSERT INTO event (day, kind, "
	    "detail) VALUES (date(?1, 'unixepoch'), ?2, ?3)");
	int rc;

	sqlite3_bind_int64(stmt, 1, now);
	sqlite3_bind_text(stmt, 2, kind, -1, SQLITE_TRANSIENT);
	if (detail != NULL)
		sqlite3_bind_text(stmt, 3, detail, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return db_status(rc);
}
