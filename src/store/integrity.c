/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The state database's integrity checks (see integrity.h).
 */
#include "integrity.h"

#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "db.h"
#include "lock.h"
#include "sql.h"
#include "sqlite-load.h"
#include "util/fits.h"
#include "util/i18n.h"

int
integrity_quick(sqlite3 *db)
{
	sqlite3_stmt *stmt;
	char sql[sizeof "PRAGMA quick_check()" + FITS_DECIMAL(int)];
	int rc;

	/* fits: the buffer is sized for the words and any int */
	snprintf(sql, sizeof sql, "PRAGMA quick_check(%d)",
	    INTEGRITY_QUICK_LINES);
	/* Preparing reads the schema: damage there shows here. */
	if ((rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		rc = strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0 ?
		    SQLITE_OK : SQLITE_CORRUPT;
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Run @sql on @db and hand every row to @line, its columns joined by
 * spaces; a single "ok" row is no problem.  *@problems counts the rows
 * that are problems.  The SQLite result code (SQLITE_DONE when done).
 */
static int
integrity_rows(sqlite3 *db, const char *sql, integrity_line_fn line,
    void *ctx, int *problems)
{
	sqlite3_stmt *stmt;
	int rc;

	if ((rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL)) != SQLITE_OK)
		return rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		char text[512];
		size_t used = 0;

		text[0] = '\0';
		for (int i = 0; i < sqlite3_column_count(stmt); i++) {
			const unsigned char *v = sqlite3_column_text(stmt, i);

			used += (size_t)snprintf(text + used, sizeof text - used,
			    "%s%s", i > 0 ? " " : "", v != NULL ?
			    (const char *)v : "NULL");
			if (used >= sizeof text)
				break;
		}
		if (strcmp(text, "ok") == 0)
			continue;
		(*problems)++;
		line(ctx, text);
	}
	sqlite3_finalize(stmt);
	return rc;
}

enum orientation_status
integrity_check_file(const char *path, integrity_line_fn line, void *ctx)
{
	sqlite3 *db;
	int version = 0, problems = 0, rc, lock;
	enum orientation_status status;

	if (access(path, F_OK) != 0)
		return ORIENTATION_STATE_OPEN;
	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	/* A reader like any other: no restore while the check runs. */
	if ((lock = lock_shared(path)) == -1)
		return ORIENTATION_STATE_BUSY;
	/* Not created if it went away; read and write only so that SQLite
	 * may read a WAL beside it. */
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK) {
		sqlite3_close(db);
		lock_release(lock);
		return ORIENTATION_STATE_OPEN;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, DB_BUSY_TIMEOUT_MS);
	if ((rc = db_user_version(db, &version)) != SQLITE_OK) {
		status = (rc & 0xff) == SQLITE_NOTADB ? ORIENTATION_STATE_NOT_DB :
		    sql_status(sql_sqlite_rc(rc));
	} else {
		rc = integrity_rows(db, "PRAGMA integrity_check", line, ctx,
		    &problems);
		if (rc == SQLITE_DONE)
			rc = integrity_rows(db, "PRAGMA foreign_key_check", line,
			    ctx, &problems);
		if (rc != SQLITE_DONE && db_damage(rc))
			line(ctx, sqlite3_errmsg(db));
		if (rc != SQLITE_DONE)
			status = sql_status(sql_sqlite_rc(rc));
		else
			status = problems > 0 ? ORIENTATION_STATE_DAMAGED :
			    ORIENTATION_OK;
	}
	sqlite3_close(db);
	lock_release(lock);
	return status;
}

void
integrity_report_lost(const char *what, int rc)
{
	/* TRANSLATORS: %s is a fixed action name such as "code unreadable",
	 * then SQLite's reason (in English). */
	const char *fmt = _("the results database could not keep \"%s\": %s");

	if (isatty(STDERR_FILENO)) {
		syslog(LOG_USER | LOG_ERR, fmt, what, sqlite3_errstr(rc));
		return;
	}
	fprintf(stderr, "orientation: ");
	fprintf(stderr, fmt, what, sqlite3_errstr(rc));
	fputc('\n', stderr);
}
