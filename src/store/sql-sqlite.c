/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The SQLite driver of sql.h: a thin wrapper of an open sqlite3 handle.
 * Waiting for another process's lock is SQLite's busy timeout; a write
 * transaction is BEGIN IMMEDIATE, so it holds the write lock from the
 * start and a read-then-write inside it sees no other writer.
 */
#include <stdlib.h>

#include "db.h"
#include "sql-driver.h"
#include "sqlite-load.h"
#include "util/xmalloc.h"

struct lite {
	struct sql base;
	sqlite3 *db;
};

struct lite_stmt {
	struct sql_stmt base;
	sqlite3_stmt *stmt;
};

enum sql_rc
sql_sqlite_rc(int rc)
{
	/* Also a read the disk or a cut file failed (extended codes). */
	if (db_damage(rc))
		return SQL_DAMAGED;
	switch (rc & 0xff) {
	case SQLITE_OK:
		return SQL_OK;
	case SQLITE_ROW:
		return SQL_ROW;
	case SQLITE_DONE:
		return SQL_DONE;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return SQL_BUSY;
	case SQLITE_CONSTRAINT:
		return SQL_CONSTRAINT;
	case SQLITE_FULL:
		return SQL_FULL;
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return SQL_READONLY;
	case SQLITE_CANTOPEN:
		return SQL_CANTOPEN;
	default:
		return SQL_ERROR;
	}
}

static sqlite3 *
lite_db(struct sql *c)
{
	return ((struct lite *)c)->db;
}

static sqlite3_stmt *
lite_stmt(struct sql_stmt *s)
{
	return ((struct lite_stmt *)s)->stmt;
}

static void
lite_close(struct sql *c)
{
	sqlite3_close(lite_db(c));
	free(c);
}

static enum sql_rc
lite_reconnect(struct sql *c)
{
	(void)c;
	return SQL_OK;
}

static void
lite_set_wait(struct sql *c, int ms)
{
	sqlite3_busy_timeout(lite_db(c), ms);
}

static enum sql_rc
lite_exec(struct sql *c, const char *sql)
{
	return sql_sqlite_rc(sqlite3_exec(lite_db(c), sql, NULL, NULL, NULL));
}

static enum sql_rc
lite_begin(struct sql *c, int wait_ms)
{
	enum sql_rc rc;

	sqlite3_busy_timeout(lite_db(c), wait_ms);
	rc = lite_exec(c, "BEGIN IMMEDIATE");
	sqlite3_busy_timeout(lite_db(c), c->wait_ms);
	return rc;
}

static bool
lite_in_transaction(struct sql *c)
{
	return !sqlite3_get_autocommit(lite_db(c));
}

static struct sql_stmt *
lite_prepare(struct sql *c, const char *sql, enum sql_rc *rc)
{
	struct lite_stmt *s;
	sqlite3_stmt *stmt;
	int r = sqlite3_prepare_v2(lite_db(c), sql, -1, &stmt, NULL);

	/* Also SQLITE_ERROR: a table may be missing from a damaged file. */
	if (r != SQLITE_OK) {
		*rc = sql_sqlite_rc(r);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->base.c = c;
	s->stmt = stmt;
	return &s->base;
}

static void
lite_bind(struct sql_stmt *s, int i, const char *text, const int64_t *v)
{
	if (v != NULL)
		sqlite3_bind_int64(lite_stmt(s), i, *v);
	else if (text != NULL)
		sqlite3_bind_text(lite_stmt(s), i, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(lite_stmt(s), i);
}

static enum sql_rc
lite_step(struct sql_stmt *s)
{
	return sql_sqlite_rc(sqlite3_step(lite_stmt(s)));
}

static void
lite_reset(struct sql_stmt *s)
{
	sqlite3_reset(lite_stmt(s));
}

static void
lite_finalize(struct sql_stmt *s)
{
	sqlite3_finalize(lite_stmt(s));
	free(s);
}

static const char *
lite_column_text(struct sql_stmt *s, int col)
{
	return (const char *)sqlite3_column_text(lite_stmt(s), col);
}

static bool
lite_column_null(struct sql_stmt *s, int col)
{
	return sqlite3_column_type(lite_stmt(s), col) == SQLITE_NULL;
}

static int
lite_changes(struct sql *c)
{
	return sqlite3_changes(lite_db(c));
}

static const struct sql_ops lite_ops = {
	.close = lite_close,
	.reconnect = lite_reconnect,
	.set_wait = lite_set_wait,
	.exec = lite_exec,
	.begin = lite_begin,
	.in_transaction = lite_in_transaction,
	.prepare = lite_prepare,
	.bind = lite_bind,
	.step = lite_step,
	.reset = lite_reset,
	.finalize = lite_finalize,
	.column_text = lite_column_text,
	.column_null = lite_column_null,
	.changes = lite_changes,
};

struct sql *
sql_sqlite(sqlite3 *db)
{
	struct lite *c = xcalloc(1, sizeof *c);

	c->base.ops = &lite_ops;
	c->base.backend = SQL_SQLITE;
	c->base.wait_ms = DB_BUSY_TIMEOUT_MS;
	c->db = db;
	sqlite3_busy_timeout(db, DB_BUSY_TIMEOUT_MS);
	return &c->base;
}

sqlite3 *
sql_sqlite_handle(struct sql *c)
{
	return c->backend == SQL_SQLITE ? lite_db(c) : NULL;
}
