/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * State database: opening (private files), pragmas and migrations, hand-off
 * sessions, the wrong-code throttle, usage counters, and the writes that
 * wait in memory while another process holds the lock.  Each migration is
 * one SQL script run in a transaction that also bumps user_version, so an
 * interrupted upgrade leaves the previous version intact.
 */
#include "state.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "integrity.h"
#include "lock.h"
#include "state-db.h"
#include "util/xmalloc.h"

/* A usage count or an audit row that waits for the write lock. */
struct pending {
	bool audit;                     /* an audit row, else a count */
	time_t at;
	enum state_usage kind;          /* count */
	char key[STATE_KEY_MAX + 1];    /* count; "" for none */
	char *who, *action, *detail;    /* audit; owned, detail may be NULL */
};

struct state {
	sqlite3 *db;
	char *reports;                  /* reports and exports folder */
	struct pending pending[STATE_PENDING_MAX];
	int npending;
	bool checkpoint_due;            /* deleted pages may still be in the WAL */
	int patience_ms;                /* see state_set_patience */
	bool damaged;                   /* damage was seen: see state_damaged */
	int lock_fd;                    /* shared lock (store/lock.h), or < 0 */
};

static const char *const usage_names[STATE_USAGE_COUNT] = {
	[STATE_USAGE_SESSION] = "session",
	[STATE_USAGE_LANGUAGE] = "language",
	[STATE_USAGE_FORM] = "form",
	[STATE_USAGE_COMPLETED] = "completed",
	[STATE_USAGE_SERVICE] = "service",
	[STATE_USAGE_OCCUPATION] = "occupation",
	[STATE_USAGE_SEARCH_EMPTY] = "search-empty",
	[STATE_USAGE_HANDOFF] = "handoff",
	[STATE_USAGE_RATING] = "rating",
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

/* ------------------------------------------------------------ files */

/* The directory part of @path ("." for none); a new string. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xasprintf("%.*s", (int)(slash - path), path);
}

/*
 * Take group and other permissions off directory @dir when this user owns
 * it and it is not a shared one (sticky, such as /tmp, whose files are
 * private by their own mode).  Never adds a permission: a read-only
 * directory stays read-only.
 */
static void
private_dir(const char *dir)
{
	struct stat sb;

	if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode) &&
	    (sb.st_mode & 077) != 0 && (sb.st_mode & S_ISVTX) == 0 &&
	    sb.st_uid == geteuid())
		chmod(dir, sb.st_mode & 0700);
}

/*
 * Take group and other permissions off file @path (0600 at most; a
 * read-only file stays read-only).  0 when it is private now or does not
 * exist; -1 when it belongs to someone else.
 */
static int
private_file(const char *path)
{
	struct stat sb;

	if (lstat(path, &sb) != 0 || (sb.st_mode & 077) == 0)
		return 0;
	if (sb.st_uid != geteuid() || !S_ISREG(sb.st_mode) ||
	    chmod(path, sb.st_mode & 0600) != 0)
		return -1;
	return 0;
}

/*
 * Before SQLite opens @path: create it 0600 when missing (SQLite gives its
 * -wal and -shm the mode of the database), else make the file and its
 * -wal and -shm private.  ORIENTATION_OK or STATE_PRIVATE.
 */
static enum orientation_status
private_state_files(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	char *dir = dir_of(path);
	int fd, bad = 0;

	private_dir(dir);
	free(dir);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd >= 0) {
		/* The umask may have taken bits away; give back exactly 0600. */
		fchmod(fd, 0600);
		close(fd);
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *p = xasprintf("%s%s", path, suffixes[i]);

		bad |= private_file(p);
		free(p);
	}
	return bad != 0 ? ORIENTATION_STATE_PRIVATE : ORIENTATION_OK;
}

/* Create the reports folder 0700 and make what is in it private. */
static char *
private_reports(const char *path)
{
	char *dir = dir_of(path), *reports = xasprintf("%s/reports", dir);
	DIR *d;
	struct dirent *e;

	free(dir);
	if (mkdir(reports, 0700) != 0 && errno == EEXIST)
		private_dir(reports);
	if ((d = opendir(reports)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			char *f;

			if (e->d_name[0] == '.')
				continue;
			f = xasprintf("%s/%s", reports, e->d_name);
			private_file(f);
			free(f);
		}
		closedir(d);
	}
	return reports;
}

/*
 * Remove the reports of @code (files named CODE-...), or when @code is
 * NULL those of every code no longer kept.
 */
static void
remove_reports(struct state *st, const char *code)
{
	sqlite3_stmt *kept = NULL;
	DIR *d = opendir(st->reports);
	struct dirent *e;

	if (d == NULL)
		return;
	if (code == NULL &&
	    sqlite3_prepare_v2(st->db, "SELECT 1 FROM handoff WHERE code = ?1",
	    -1, &kept, NULL) != SQLITE_OK) {
		closedir(d);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		char name[HANDOFF_CODE_LEN + 1], *f;
		bool gone;

		if (strlen(e->d_name) <= HANDOFF_CODE_LEN ||
		    e->d_name[HANDOFF_CODE_LEN] != '-')
			continue;
		memcpy(name, e->d_name, HANDOFF_CODE_LEN);
		name[HANDOFF_CODE_LEN] = '\0';
		if (code != NULL) {
			gone = strcmp(name, code) == 0;
		} else {
			char canon[HANDOFF_CODE_LEN + 1];

			if (!handoff_code_normalize(name, canon) ||
			    strcmp(canon, name) != 0)
				continue;
			sqlite3_bind_text(kept, 1, name, -1, SQLITE_TRANSIENT);
			gone = sqlite3_step(kept) == SQLITE_DONE;
			sqlite3_reset(kept);
		}
		if (!gone)
			continue;
		f = xasprintf("%s/%s", st->reports, e->d_name);
		unlink(f);
		free(f);
	}
	sqlite3_finalize(kept);
	closedir(d);
}

void
state_init_memory(void)
{
	db_wipe_freed_memory();
}

/*
 * A file found damaged when it is opened: keep @st in damaged mode when
 * @keep (see state_open_damaged), else close it.  @status is what the
 * caller is told.
 */
static enum orientation_status
state_open_damaged_file(struct state *st, const char *path, bool keep,
    enum orientation_status status, struct state **out)
{
	static const char *const tables[] = { "handoff", "handoff_answer",
		"handoff_score", "handoff_skill", "handoff_seen", "usage",
		"code_attempt", "counselor", "audit" };

	if (!keep) {
		state_free(st);
		return status;
	}
	st->damaged = true;
	/* Settings of the connection only, nothing written: what little is
	 * still written (audit rows) is overwritten when deleted. */
	sqlite3_exec(st->db, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
	    NULL, NULL, NULL);
	/* What a damaged file can still answer: the current schema only,
	 * read from a sound sqlite_schema; else every read is refused. */
	if (status == ORIENTATION_STATE_DAMAGED &&
	    (state_schema_version(st) != STATE_SCHEMA_VERSION ||
	    !db_has_tables(st->db, tables, sizeof tables / sizeof tables[0])))
		status = ORIENTATION_STATE_NOT_DB;
	st->reports = private_reports(path);
	*out = st;
	return status;
}

/* state_open and state_open_damaged; @keep_damaged tells which. */
static enum orientation_status
state_open_mode(const char *path, bool keep_damaged, struct state **out)
{
	struct state *st;
	enum orientation_status status;
	int version = 0, rc;

	*out = NULL;
	if ((status = private_state_files(path)) != ORIENTATION_OK)
		return status;
	st = xcalloc(1, sizeof *st);
	st->patience_ms = DB_BUSY_TIMEOUT_MS;
	/* Held until state_free, so that no restore replaces the file. */
	if ((st->lock_fd = lock_shared(path)) == -1) {
		state_free(st);
		return ORIENTATION_STATE_BUSY;
	}
	db_configure();
	rc = sqlite3_open_v2(path, &st->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		state_free(st);
		return ORIENTATION_STATE_OPEN;
	}
	/* A read of a damaged page must be told from any other error. */
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, DB_BUSY_TIMEOUT_MS);
	db_lean(st->db, STATE_CACHE_KIB);
	/* First statement: shows a file that is not a database. */
	rc = db_user_version(st->db, &version);
	if (rc != SQLITE_OK && db_damage(rc))
		return state_open_damaged_file(st, path, keep_damaged,
		    ORIENTATION_STATE_NOT_DB, out);
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
	/* Before anything is written: a damaged file stays as it is. */
	rc = integrity_quick(st->db);
	if (rc != SQLITE_OK && db_damage(rc))
		return state_open_damaged_file(st, path, keep_damaged,
		    ORIENTATION_STATE_DAMAGED, out);
	if (rc == SQLITE_OK)
		rc = set_wal(st->db);
	/* secure_delete: deleted rows and dropped tables are overwritten
	 * with zeros, not left in free pages. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(st->db, "PRAGMA foreign_keys = ON; "
		    "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;",
		    NULL, NULL, NULL);
	if (rc == SQLITE_OK && version < NMIGRATIONS) {
		rc = migrate(st->db);
		/* A migration drops what must not stay: out of the WAL too. */
		st->checkpoint_due = true;
	}
	if (rc != SQLITE_OK) {
		state_free(st);
		return db_status(rc);
	}
	st->reports = private_reports(path);
	if (st->checkpoint_due)
		state_flush(st);
	*out = st;
	return ORIENTATION_OK;
}

enum orientation_status
state_open(const char *path, struct state **out)
{
	return state_open_mode(path, false, out);
}

enum orientation_status
state_open_damaged(const char *path, struct state **out)
{
	return state_open_mode(path, true, out);
}

bool
state_damaged(struct state *st)
{
	return st->damaged;
}

/* Note damage when @rc is of the damaged kind; @rc. */
static int
state_seen(struct state *st, int rc)
{
	if (db_damage(rc))
		st->damaged = true;
	return rc;
}

/* Free the strings of pending item @p. */
static void
pending_clear(struct pending *p)
{
	free(p->who);
	free(p->action);
	free(p->detail);
	memset(p, 0, sizeof *p);
}

/* Write what waits, waiting for the lock as long as the busy timeout. */
static void
state_flush_waiting(struct state *st);

void
state_free(struct state *st)
{
	if (st == NULL)
		return;
	state_flush_waiting(st);
	for (int i = 0; i < st->npending; i++) {
		if (st->pending[i].audit)
			integrity_report_lost(st->pending[i].action,
			    st->damaged ? SQLITE_CORRUPT : SQLITE_BUSY);
		pending_clear(&st->pending[i]);
	}
	sqlite3_close(st->db);
	lock_release(st->lock_fd);
	free(st->reports);
	free(st);
}

const char *
state_reports_dir(struct state *st)
{
	return st->reports;
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

/* BEGIN IMMEDIATE, waiting at most @ms for another process's lock. */
static int
begin_within(struct state *st, int ms)
{
	int rc;

	sqlite3_busy_timeout(st->db, ms);
	rc = exec(st, "BEGIN IMMEDIATE");
	sqlite3_busy_timeout(st->db, DB_BUSY_TIMEOUT_MS);
	return rc;
}

/* Run @sql with ?1 = @code; the SQLite result code of its step. */
static int
exec_code(struct state *st, const char *sql, const char *code)
{
	sqlite3_stmt *stmt = db_prepare(st->db, sql);
	int rc;

	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Write the handoff row of @s under @code: a new one, or over the kept
 * one when @replace (its rows go first; its created time and note stay).
 * The SQLite result code.
 */
static int
write_handoff_row(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires, bool replace)
{
	static const char *const children[] = {
		"DELETE FROM handoff_answer WHERE code = ?1",
		"DELETE FROM handoff_score WHERE code = ?1",
		"DELETE FROM handoff_skill WHERE code = ?1",
		"DELETE FROM handoff_seen WHERE code = ?1",
	};
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE;

	for (size_t i = 0; replace && i < 4 && rc == SQLITE_DONE; i++)
		rc = exec_code(st, children[i], code);
	if (rc != SQLITE_DONE)
		return rc;
	stmt = db_prepare(st->db, replace ? "UPDATE handoff SET expires = ?3, "
	    "lang = ?4, form = ?5 WHERE code = ?1" : "INSERT INTO handoff "
	    "(code, created, expires, lang, form) VALUES (?1, ?2, ?3, ?4, ?5)");
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	if (!replace)
		sqlite3_bind_int64(stmt, 2, now);
	sqlite3_bind_int64(stmt, 3, expires);
	sqlite3_bind_text(stmt, 4, s->lang[0] ? s->lang : "en", -1, SQLITE_STATIC);
	if (s->form != SESSION_FORM_NONE)
		sqlite3_bind_text(stmt, 5, s->form == SESSION_FORM_SHORT ? "short" :
		    "full", -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc;
}

/* Insert the rows of @s under @code (a new one, or the kept one when
 * @replace); the SQLite result code. */
static int
insert_session(struct state *st, const struct session *s, const char *code,
    time_t now, time_t expires, bool replace)
{
	struct riasec_profile p;
	sqlite3_stmt *stmt;
	char type[2] = { 0 };
	int rc;

	rc = write_handoff_row(st, s, code, now, expires, replace);
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

/* Whether @code is kept and not expired at @now (in the transaction). */
static bool
handoff_kept(struct state *st, const char *code, time_t now)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "SELECT 1 FROM handoff WHERE code = ?1 AND expires > ?2");
	bool kept;

	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, now);
	kept = state_seen(st, sqlite3_step(stmt)) == SQLITE_ROW;
	sqlite3_finalize(stmt);
	return kept;
}

enum orientation_status
state_handoff_save(struct state *st, const struct session *s, time_t now,
    long seconds, random_fn random, char code[HANDOFF_CODE_LEN + 1],
    time_t *expires)
{
	uint8_t bytes[HANDOFF_CODE_BYTES];
	char fresh[HANDOFF_CODE_LEN + 1];
	int rc = SQLITE_OK;

	*expires = now + (time_t)seconds;
	/* Nothing new goes into a damaged file: a restore would lose it. */
	if (st->damaged)
		return ORIENTATION_STATE_DAMAGED;
	/* Keeping again during the same visit: the same code, new contents. */
	if (code[0] != '\0') {
		if ((rc = begin_within(st, st->patience_ms)) != SQLITE_OK)
			return db_status(state_seen(st, rc));
		if (handoff_kept(st, code, now)) {
			rc = insert_session(st, s, code, now, *expires, true);
			if (rc == SQLITE_DONE && (rc = exec(st, "COMMIT")) == SQLITE_OK)
				return ORIENTATION_OK;
			exec(st, "ROLLBACK");
			return db_status(state_seen(st, rc));
		}
		exec(st, "ROLLBACK");
		if (st->damaged)
			return ORIENTATION_STATE_DAMAGED;
	}
	/* A new code clashes with a kept one about once in 10^12 / n tries;
	 * a few attempts make a clash practically impossible. */
	for (int attempt = 0; attempt < 5; attempt++) {
		if (random(bytes, sizeof bytes) != 0)
			return ORIENTATION_DB_ERROR;
		handoff_code_encode(bytes, fresh);
		if ((rc = begin_within(st, st->patience_ms)) != SQLITE_OK)
			return db_status(rc);
		rc = insert_session(st, s, fresh, now, *expires, false);
		if (rc == SQLITE_DONE && (rc = exec(st, "COMMIT")) == SQLITE_OK) {
			memcpy(code, fresh, sizeof fresh);
			return ORIENTATION_OK;
		}
		exec(st, "ROLLBACK");
		if ((rc & 0xff) != SQLITE_CONSTRAINT)
			break;
	}
	return db_status(state_seen(st, rc));
}

/*
 * Whether the scores kept with @code are those of the answers in @s:
 * a session whose answers cannot all be read is damaged, not empty.
 * The SQLite result code of reading them (SQLITE_DONE when they match,
 * SQLITE_CORRUPT when they do not).
 */
static int
scores_match(struct state *st, const char *code, const struct session *s)
{
	sqlite3_stmt *stmt = db_prepare(st->db, "SELECT type, sum, answered, "
	    "asked FROM handoff_score WHERE code = ?1");
	struct riasec_profile p;
	int rc, rows = 0;
	bool same = true;

	session_profile(s, &p);
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(stmt, 0);
		enum riasec_type type;

		rows++;
		if (t == NULL || !riasec_from_letter((char)t[0], &type) ||
		    sqlite3_column_int(stmt, 1) != p.sum[type] ||
		    sqlite3_column_int(stmt, 2) != p.answered[type] ||
		    sqlite3_column_int(stmt, 3) != p.asked[type])
			same = false;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return rc;
	/* Scores are kept for every type once there are answers. */
	return same && rows == (s->nitems > 0 ? RIASEC_COUNT : 0) ?
	    SQLITE_DONE : SQLITE_CORRUPT;
}

enum orientation_status
state_handoff_load(struct state *st, const char *code, time_t now,
    struct session *out, time_t *created, time_t *expires)
{
	sqlite3_stmt *stmt;
	int n = 0, rc;
	bool whole = true;

	session_wipe(out);
	/* Not db_prepare: the schema of a damaged file may not be readable. */
	if ((rc = state_seen(st, sqlite3_prepare_v2(st->db, "SELECT created, "
	    "expires, lang, form FROM handoff WHERE code = ?1 AND expires > ?2",
	    -1, &stmt, NULL))) != SQLITE_OK)
		return st->damaged ? ORIENTATION_STATE_DAMAGED : db_status(rc);
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, now);
	if ((rc = state_seen(st, sqlite3_step(stmt))) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		/* In a damaged file, a code that is not found may be one whose
		 * row cannot be read: never "not found" there. */
		if (rc != SQLITE_DONE || st->damaged)
			return rc == SQLITE_DONE || db_damage(rc) ?
			    ORIENTATION_STATE_DAMAGED : db_status(rc);
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
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && n < SESSION_MAX_ITEMS) {
		const unsigned char *t = sqlite3_column_text(stmt, 1);

		out->item_id[n] = sqlite3_column_int(stmt, 0);
		if (t == NULL || !riasec_from_letter((char)t[0], &out->item_type[n])) {
			whole = false;
			continue;
		}
		out->answer[n] = sqlite3_column_type(stmt, 2) == SQLITE_NULL ?
		    RIASEC_ANSWER_NONE : sqlite3_column_int(stmt, 2);
		n++;
	}
	sqlite3_finalize(stmt);
	out->nitems = n;
	out->finished = n > 0;
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		rc = whole ? scores_match(st, code, out) : SQLITE_CORRUPT;

	n = 0;
	if (rc == SQLITE_DONE) {
		stmt = db_prepare(st->db, "SELECT element_id, rating FROM "
		    "handoff_skill WHERE code = ?1 ORDER BY position");
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
		    n < MATCH_MAX_SKILLS) {
			snprintf(out->skill_id[n], sizeof out->skill_id[n], "%s",
			    (const char *)sqlite3_column_text(stmt, 0));
			out->skill_rating[n] = sqlite3_column_type(stmt, 1) ==
			    SQLITE_NULL ? MATCH_RATING_NONE :
			    sqlite3_column_int(stmt, 1);
			n++;
		}
		sqlite3_finalize(stmt);
	}
	out->nskills = n;

	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		stmt = db_prepare(st->db, "SELECT kind, ref FROM handoff_seen "
		    "WHERE code = ?1 ORDER BY kind, position");
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
			const char *kind = (const char *)sqlite3_column_text(stmt, 0);
			const char *ref = (const char *)sqlite3_column_text(stmt, 1);

			if (kind == NULL || ref == NULL)
				continue;
			if (strcmp(kind, "occupation") == 0)
				session_note_occupation(out, atoi(ref));
			else
				session_note_service(out, ref);
		}
		sqlite3_finalize(stmt);
	}
	if (rc != SQLITE_DONE) {
		/* A partial read is damage: never a session with what was
		 * read before the error. */
		session_wipe(out);
		st->damaged |= rc == SQLITE_CORRUPT || db_damage(rc);
		return st->damaged ? ORIENTATION_STATE_DAMAGED : db_status(rc);
	}
	return ORIENTATION_OK;
}

/*
 * Delete the rows of @code and take the code out of the audit details:
 * who opened or changed results, and when, stays; which code it was goes
 * with the results.  In the caller's transaction; *@deleted tells whether
 * there were results.  The SQLite result code (SQLITE_DONE when done).
 */
static int
erase_code(struct state *st, const char *code, bool *deleted)
{
	int rc = exec_code(st, "DELETE FROM handoff WHERE code = ?1", code);

	*deleted = rc == SQLITE_DONE && sqlite3_changes(st->db) > 0;
	if (rc == SQLITE_DONE)
		rc = exec_code(st, "UPDATE audit SET detail = NULL "
		    "WHERE detail = ?1", code);
	return rc;
}

/* Try the WAL checkpoint that empties the WAL file, without waiting;
 * remember to try again if another connection is in the way. */
static void
checkpoint(struct state *st)
{
	int rc;

	sqlite3_busy_timeout(st->db, 0);
	rc = sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
	    NULL, NULL);
	sqlite3_busy_timeout(st->db, DB_BUSY_TIMEOUT_MS);
	st->checkpoint_due = rc != SQLITE_OK;
}

enum orientation_status
state_handoff_delete(struct state *st, const char *code, bool *deleted)
{
	int rc;

	*deleted = false;
	/* In a damaged file "nothing was deleted" could be false: refuse. */
	if (st->damaged)
		return ORIENTATION_STATE_DAMAGED;
	if ((rc = begin_within(st, st->patience_ms)) != SQLITE_OK)
		return db_status(state_seen(st, rc));
	rc = erase_code(st, code, deleted);
	if (rc == SQLITE_DONE && (rc = exec(st, "COMMIT")) == SQLITE_OK) {
		remove_reports(st, code);
		checkpoint(st);
		return ORIENTATION_OK;
	}
	exec(st, "ROLLBACK");
	*deleted = false;
	return db_status(state_seen(st, rc));
}

enum orientation_status
state_handoff_note(struct state *st, const char *code, char **note)
{
	sqlite3_stmt *stmt = db_prepare(st->db,
	    "SELECT note FROM handoff WHERE code = ?1");
	enum orientation_status status = ORIENTATION_NOT_FOUND;
	int rc;

	*note = NULL;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_TRANSIENT);
	if ((rc = state_seen(st, sqlite3_step(stmt))) == SQLITE_ROW) {
		if (sqlite3_column_type(stmt, 0) != SQLITE_NULL)
			*note = db_column_strdup(stmt, 0);
		status = ORIENTATION_OK;
	} else if (rc != SQLITE_DONE || st->damaged) {
		status = st->damaged ? ORIENTATION_STATE_DAMAGED : db_status(rc);
	}
	sqlite3_finalize(stmt);
	return status;
}

/* Step the prepared UPDATE @stmt of one handoff row and finalize it;
 * NOT_FOUND if it changed nothing. */
static enum orientation_status
update_handoff(struct state *st, sqlite3_stmt *stmt)
{
	int rc = st->damaged ? SQLITE_CORRUPT : state_seen(st, sqlite3_step(stmt));
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
	sqlite3_stmt *stmt;
	int rc, n = -1;

	if (st->damaged || state_seen(st, begin_within(st, 0)) != SQLITE_OK)
		return -1;
	stmt = db_prepare(st->db, "UPDATE audit SET detail = NULL WHERE detail "
	    "IN (SELECT code FROM handoff WHERE expires <= ?1)");
	sqlite3_bind_int64(stmt, 1, now);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE) {
		stmt = db_prepare(st->db, "DELETE FROM handoff WHERE expires <= ?1");
		sqlite3_bind_int64(stmt, 1, now);
		rc = sqlite3_step(stmt);
		n = sqlite3_changes(st->db);
		sqlite3_finalize(stmt);
	}
	if (state_seen(st, rc) != SQLITE_DONE || exec(st, "COMMIT") != SQLITE_OK) {
		exec(st, "ROLLBACK");
		return -1;
	}
	/* Also the reports of codes deleted while their files were open. */
	remove_reports(st, NULL);
	if (n > 0 || st->checkpoint_due)
		checkpoint(st);
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

/* ------------------------------------------------------------ throttle */

bool
state_code_throttled(struct state *st, const char *station, time_t now)
{
	sqlite3_stmt *stmt;
	bool throttled = true;

	/* Not db_prepare: a database that cannot answer refuses look-ups. */
	if (state_seen(st, sqlite3_prepare_v2(st->db, "SELECT count(*) FROM "
	    "code_attempt WHERE station = ?1 AND at > ?2", -1, &stmt, NULL)) !=
	    SQLITE_OK)
		return true;
	sqlite3_bind_text(stmt, 1, station, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, now - STATE_CODE_WINDOW);
	if (state_seen(st, sqlite3_step(stmt)) == SQLITE_ROW)
		throttled = sqlite3_column_int(stmt, 0) >= STATE_CODE_TRIES;
	sqlite3_finalize(stmt);
	return throttled;
}

/* Run @sql with ?1 = @station (unbound when NULL) and ?2 = @at; the
 * result of its step, or the error of preparing it. */
static int
exec_station(struct state *st, const char *sql, const char *station,
    time_t at)
{
	sqlite3_stmt *stmt;
	int rc;

	if ((rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
		return rc;
	if (station != NULL)
		sqlite3_bind_text(stmt, 1, station, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(stmt, 2, at);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc;
}

enum orientation_status
state_code_failed(struct state *st, const char *station, time_t now)
{
	int rc;

	/* Damage is not a wrong code: the caller says damaged instead. */
	if (st->damaged)
		return ORIENTATION_STATE_DAMAGED;
	sqlite3_busy_timeout(st->db, st->patience_ms);
	rc = exec_station(st, "INSERT INTO code_attempt (station, at) "
	    "VALUES (?1, ?2)", station, now);
	sqlite3_busy_timeout(st->db, DB_BUSY_TIMEOUT_MS);
	if (rc == SQLITE_DONE)
		rc = exec_station(st, "DELETE FROM code_attempt WHERE at <= ?2",
		    NULL, now - STATE_CODE_WINDOW);
	return db_status(rc);
}

void
state_set_patience(struct state *st, int ms)
{
	st->patience_ms = ms;
}

int
state_code_unblock(struct state *st, const char *station)
{
	int rc = station != NULL ? exec_code(st, "DELETE FROM code_attempt "
	    "WHERE station = ?1", station) :
	    exec(st, "DELETE FROM code_attempt");

	return rc == SQLITE_DONE || rc == SQLITE_OK ?
	    sqlite3_changes(st->db) : -1;
}

/* ------------------------------------------------------------ counts */

const char *
state_usage_name(enum state_usage kind)
{
	return kind < STATE_USAGE_COUNT ? usage_names[kind] : "";
}

/* Whether @key (NULL for none) is a key that fits @kind. */
static bool
key_fits(enum state_usage kind, const char *key)
{
	size_t n = key != NULL ? strlen(key) : 0;

	switch (kind) {
	case STATE_USAGE_SESSION:
	case STATE_USAGE_SEARCH_EMPTY:
	case STATE_USAGE_HANDOFF:
		return n == 0;
	case STATE_USAGE_FORM:
	case STATE_USAGE_COMPLETED:
		return n > 0 && (strcmp(key, "short") == 0 ||
		    strcmp(key, "full") == 0);
	case STATE_USAGE_RATING:
		return n == 1 && key[0] >= '1' && key[0] <= '5';
	case STATE_USAGE_LANGUAGE:
	case STATE_USAGE_SERVICE:
	case STATE_USAGE_OCCUPATION:
		return n > 0 && n <= STATE_KEY_MAX && strspn(key,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789._-") == n;
	default:
		return false;
	}
}

/* Write pending item @p in the open transaction; SQLITE_DONE when done. */
static int
pending_write(struct state *st, const struct pending *p)
{
	sqlite3_stmt *stmt;
	int rc;

	if (p->audit)
		return state_audit_write(st->db, p->at, p->who, p->action,
		    p->detail);
	stmt = db_prepare(st->db, "INSERT INTO usage (day, kind, key, n) "
	    "VALUES (date(?1, 'unixepoch'), ?2, ?3, 1) "
	    "ON CONFLICT (day, kind, key) DO UPDATE SET n = n + 1");
	sqlite3_bind_int64(stmt, 1, p->at);
	sqlite3_bind_text(stmt, 2, usage_names[p->kind], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, p->key, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Write the first @n pending items in one transaction, waiting for the
 * lock only when @wait.  On success they leave the queue.  The SQLite
 * result code (SQLITE_OK when written).
 */
static int
pending_commit(struct state *st, int n, bool wait)
{
	int rc = begin_within(st, wait ? DB_BUSY_TIMEOUT_MS : 0);

	if (rc != SQLITE_OK)
		return rc;
	for (int i = 0; i < n && (rc == SQLITE_DONE || rc == SQLITE_OK); i++)
		rc = pending_write(st, &st->pending[i]);
	if ((rc == SQLITE_DONE || rc == SQLITE_OK) &&
	    (rc = exec(st, "COMMIT")) == SQLITE_OK) {
		for (int i = 0; i < n; i++)
			pending_clear(&st->pending[i]);
		memmove(st->pending, st->pending + n,
		    (size_t)(st->npending - n) * sizeof st->pending[0]);
		memset(st->pending + st->npending - n, 0,
		    (size_t)n * sizeof st->pending[0]);
		st->npending -= n;
		return SQLITE_OK;
	}
	exec(st, "ROLLBACK");
	return rc;
}

int
state_flush(struct state *st)
{
	if (st->npending > 0)
		pending_commit(st, st->npending, false);
	if (st->checkpoint_due)
		checkpoint(st);
	return st->npending;
}

static void
state_flush_waiting(struct state *st)
{
	if (st->npending > 0)
		pending_commit(st, st->npending, true);
	if (st->checkpoint_due)
		checkpoint(st);
}

/*
 * Queue @p (moved in) and write the queue without waiting.  When the
 * queue is full an audit row is written waiting for the lock (the trail
 * must not lose it) and a count is dropped.  The status for the caller.
 */
static enum orientation_status
pending_add(struct state *st, struct pending *p)
{
	int rc;

	if (st->npending == STATE_PENDING_MAX) {
		if (!p->audit) {
			pending_clear(p);
			return ORIENTATION_STATE_BUSY;
		}
		pending_commit(st, st->npending, true);
		if (st->npending == STATE_PENDING_MAX) {
			pending_clear(p);
			return ORIENTATION_STATE_BUSY;
		}
	}
	st->pending[st->npending++] = *p;
	rc = pending_commit(st, st->npending, false);
	if (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY ||
	    (rc & 0xff) == SQLITE_LOCKED)
		return ORIENTATION_OK;
	/* Not a lock but a real error: the last item would fail forever. */
	state_seen(st, rc);
	if (p->audit)
		integrity_report_lost(p->action, rc);
	pending_clear(&st->pending[--st->npending]);
	return db_status(rc);
}

enum orientation_status
state_count(struct state *st, time_t now, enum state_usage kind,
    const char *key)
{
	struct pending p = { .at = now, .kind = kind };

	if (!key_fits(kind, key))
		return ORIENTATION_NOT_FOUND;
	/* Anonymous figures are not worth writing into a damaged file. */
	if (st->damaged)
		return ORIENTATION_STATE_DAMAGED;
	if (key != NULL)
		snprintf(p.key, sizeof p.key, "%s", key);
	return pending_add(st, &p);
}

int
state_audit_write(sqlite3 *db, time_t now, const char *who,
    const char *action, const char *detail)
{
	sqlite3_stmt *stmt;
	int rc;

	/* Not db_prepare: a damaged file may not even have a schema, and the
	 * caller says what could not be written. */
	if ((rc = sqlite3_prepare_v2(db, "INSERT INTO audit (at, who, action, "
	    "detail) VALUES (?1, ?2, ?3, ?4)", -1, &stmt, NULL)) != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(stmt, 1, now);
	sqlite3_bind_text(stmt, 2, who, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 3, action, -1, SQLITE_TRANSIENT);
	if (detail != NULL)
		sqlite3_bind_text(stmt, 4, detail, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc;
}

enum orientation_status
state_audit(struct state *st, time_t now, const char *who, const char *action,
    const char *detail)
{
	struct pending p = { .audit = true, .at = now };

	/* Inside the caller's transaction the lock is already held. */
	if (!sqlite3_get_autocommit(st->db))
		return db_status(state_audit_write(st->db, now, who, action,
		    detail));
	p.who = xstrdup(who);
	p.action = xstrdup(action);
	p.detail = detail != NULL ? xstrdup(detail) : NULL;
	return pending_add(st, &p);
}
