/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * State database: opening and closing on either back end, for SQLite the
 * private files and pragmas, the reports folder, and writing what waits
 * in memory.  The schema is in state-schema.c, hand-off sessions in
 * state-handoff.c, counters, throttle and audit in state-usage.c.
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
#include "sqlite-load.h"
#include "state-db.h"
#include "state-internal.h"
#include "util/durable.h"
#include "util/xmalloc.h"

/* KiB of page cache for the state database: it holds a few small tables. */
#define STATE_CACHE_KIB 256

/* How long opening waits for a PostgreSQL server. */
#define STATE_CONNECT_MS 5000

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
	char *dir = durable_folder_of(path);
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
	char *dir = durable_folder_of(path), *reports = xasprintf("%s/reports", dir);
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

char *
state_local_dir(void)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	char *dir;

	if (xdg != NULL && xdg[0] == '/')
		dir = xasprintf("%s/orientation", xdg);
	else if (home != NULL && home[0] == '/')
		dir = xasprintf("%s/.local/state/orientation", home);
	else
		return NULL;
	/* Each missing folder on the way, 0700. */
	for (char *p = strchr(dir + 1, '/'); ; p = strchr(p + 1, '/')) {
		if (p != NULL)
			*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			free(dir);
			return NULL;
		}
		if (p == NULL)
			break;
		*p = '/';
	}
	return dir;
}

/* The local folder for reports when the state is on a server: "reports"
 * in state_local_dir(); NULL when there is no such place. */
static char *
server_reports(void)
{
	char *dir = state_local_dir(), *beside, *reports;

	if (dir == NULL)
		return NULL;
	/* private_reports makes "reports" beside this (absent) file. */
	beside = xasprintf("%s/state", dir);
	free(dir);
	reports = private_reports(beside);
	free(beside);
	return reports;
}

void
state_init_memory(void)
{
	db_wipe_freed_memory();
}

/*
 * A file found damaged when it is opened (@status): damaged mode, with
 * the connection's settings only and nothing written.
 */
static enum orientation_status
lite_damaged(struct state *st, const char *path,
    enum orientation_status status)
{
	st->damaged = true;
	/* What little is still written (audit rows) is overwritten when
	 * deleted. */
	sqlite3_exec(state_db(st), "PRAGMA foreign_keys = ON; "
	    "PRAGMA secure_delete = ON;", NULL, NULL, NULL);
	st->reports = private_reports(path);
	return status;
}

/*
 * What a damaged file kept open can still answer (@status as it was
 * found): the current schema only, read from a sound sqlite_schema;
 * else every read is refused (NOT_DB).
 */
static enum orientation_status
lite_readable(struct state *st, enum orientation_status status)
{
	static const char *const tables[] = { "handoff", "handoff_answer",
		"handoff_score", "handoff_skill", "handoff_seen", "usage",
		"code_attempt", "counselor", "audit" };

	if (status == ORIENTATION_STATE_DAMAGED &&
	    (state_schema_version(st) != STATE_SCHEMA_VERSION ||
	    !db_has_tables(state_db(st), tables,
	    sizeof tables / sizeof tables[0])))
		return ORIENTATION_STATE_NOT_DB;
	return status;
}

/*
 * Open the SQLite file at @path into @st: the shared lock that keeps a
 * restore out, the quick check before anything is written (a damaged
 * file goes to lite_damaged and is left as it is), pragmas, WAL,
 * migrations.
 */
static enum orientation_status
lite_open(struct state *st, const char *path)
{
	enum orientation_status status;
	sqlite3 *db;
	int version = 0, rc;

	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	if ((status = private_state_files(path)) != ORIENTATION_OK)
		return status;
	/* Held until state_free, so that no restore replaces the file. */
	if ((st->lock_fd = lock_shared(path)) == -1)
		return ORIENTATION_STATE_BUSY;
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL);
	st->sql = sql_sqlite(db);
	if (rc != SQLITE_OK)
		return ORIENTATION_STATE_OPEN;
	/* A read of a damaged page must be told from any other error. */
	sqlite3_extended_result_codes(db, 1);
	db_lean(db, STATE_CACHE_KIB);
	/* First statement: shows a file that is not a database. */
	if ((rc = db_user_version(db, &version)) != SQLITE_OK)
		return db_damage(rc) ? lite_damaged(st, path,
		    ORIENTATION_STATE_NOT_DB) : sql_status(sql_sqlite_rc(rc));
	if (version > STATE_SCHEMA_VERSION)
		return ORIENTATION_STATE_VERSION;
	/* SQLite quietly opens a file it may not write read-only; say so now
	 * rather than when a visitor asks for a code. */
	if (sqlite3_db_readonly(db, "main") == 1)
		return ORIENTATION_STATE_READONLY;
	/* Before anything is written: a damaged file stays as it is. */
	rc = integrity_quick(db);
	if (rc != SQLITE_OK && db_damage(rc))
		return lite_damaged(st, path, ORIENTATION_STATE_DAMAGED);
	if (rc == SQLITE_OK)
		rc = set_wal(db);
	/* secure_delete: deleted rows and dropped tables are overwritten
	 * with zeros, not left in free pages. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA foreign_keys = ON; "
		    "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;",
		    NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_status(sql_sqlite_rc(rc));
	if (version < STATE_SCHEMA_VERSION &&
	    (rc = state_schema_migrate(st)) != SQL_OK)
		return sql_status(rc);
	st->reports = private_reports(path);
	return ORIENTATION_OK;
}

/* After a new connection to the server: the tables may be new. */
static enum sql_rc
server_connected(struct sql *c, void *arg)
{
	(void)c;
	return state_schema_migrate(arg);
}

/*
 * Connect @st to the PostgreSQL server at @url and migrate.  A server
 * that cannot be reached leaves @st usable (UNAVAILABLE): it connects
 * and migrates by itself later.
 */
static enum orientation_status
server_open(struct state *st, const char *url)
{
	enum sql_rc rc = sql_postgresql(url, STATE_CONNECT_MS, &st->sql);

	/* No driver (its module is missing): said on stderr. */
	if (st->sql == NULL)
		return ORIENTATION_STATE_OPEN;
	if ((st->reports = server_reports()) == NULL)
		return ORIENTATION_STATE_OPEN;
	sql_on_connect(st->sql, server_connected, st);
	if (rc != SQL_OK)
		return sql_status(rc);
	if ((rc = state_schema_migrate(st)) != SQL_OK)
		return sql_status(rc);
	if (state_schema_version(st) > STATE_SCHEMA_VERSION)
		return ORIENTATION_STATE_VERSION;
	return ORIENTATION_OK;
}

/* state_open and state_open_damaged; @keep_damaged tells which. */
static enum orientation_status
state_open_mode(const char *target, bool keep_damaged, struct state **out)
{
	struct state *st = xcalloc(1, sizeof *st);
	enum orientation_status status;

	*out = NULL;
	st->patience_ms = DB_BUSY_TIMEOUT_MS;
	st->lock_fd = -1;
	status = sql_is_url(target) ? server_open(st, target) :
	    lite_open(st, target);
	/* A server away, or a damaged file for those who can use one. */
	if (status == ORIENTATION_STATE_UNAVAILABLE) {
		*out = st;
		return status;
	}
	if (keep_damaged && st->damaged) {
		*out = st;
		return lite_readable(st, status);
	}
	if (status != ORIENTATION_OK) {
		/* Nothing waits yet: closing writes nothing. */
		sql_close(st->sql);
		lock_release(st->lock_fd);
		free(st->reports);
		free(st);
		return status;
	}
	if (st->checkpoint_due)
		state_flush(st);
	*out = st;
	return ORIENTATION_OK;
}

enum orientation_status
state_open(const char *target, struct state **out)
{
	return state_open_mode(target, false, out);
}

enum orientation_status
state_open_damaged(const char *target, struct state **out)
{
	return state_open_mode(target, true, out);
}

bool
state_seen_damage(struct state *st)
{
	if (st->sql != NULL && sql_damaged(st->sql))
		st->damaged = true;
	return st->damaged;
}

bool
state_damaged(struct state *st)
{
	return state_seen_damage(st);
}

bool
state_is_server(const char *target)
{
	return sql_is_url(target);
}

char *
state_masked(const char *target)
{
	return sql_url_masked(target);
}

bool
state_available(struct state *st)
{
	return sql_reconnect(st->sql) == SQL_OK;
}

void
state_free(struct state *st)
{
	if (st == NULL)
		return;
	if (st->npending > 0)
		state_pending_commit(st, true);
	if (st->checkpoint_due)
		state_checkpoint(st);
	for (int i = 0; i < st->npending; i++) {
		if (st->pending[i].audit)
			integrity_report_lost(st->pending[i].action,
			    state_seen_damage(st) ? SQLITE_CORRUPT : SQLITE_BUSY);
		state_pending_clear(&st->pending[i]);
	}
	sql_close(st->sql);
	lock_release(st->lock_fd);
	free(st->reports);
	free(st);
}

const char *
state_reports_dir(struct state *st)
{
	return st->reports;
}

struct sql *
state_sql(struct state *st)
{
	return st->sql;
}

sqlite3 *
state_db(struct state *st)
{
	return sql_sqlite_handle(st->sql);
}

void
state_set_patience(struct state *st, int ms)
{
	st->patience_ms = ms;
}

enum sql_rc
state_begin_within(struct state *st, int ms)
{
	return sql_begin(st->sql, ms);
}

void
state_checkpoint(struct state *st)
{
	sqlite3 *db = sql_sqlite_handle(st->sql);
	int rc;

	st->checkpoint_due = false;
	if (db == NULL)
		return;
	sqlite3_busy_timeout(db, 0);
	rc = sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
	    NULL, NULL);
	sqlite3_busy_timeout(db, DB_BUSY_TIMEOUT_MS);
	st->checkpoint_due = rc != SQLITE_OK;
}

int
state_flush(struct state *st)
{
	if (st->npending > 0)
		state_pending_commit(st, false);
	if (st->checkpoint_due)
		state_checkpoint(st);
	return st->npending;
}
