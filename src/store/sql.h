/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A small SQL layer for the state store, with two drivers: SQLite (a
 * file on this host) and PostgreSQL through libpq (a server shared by
 * several sites).  Statements use ?N placeholders (?1, ?2, ...), which
 * the PostgreSQL driver rewrites to $N; values travel as text, so one
 * statement text serves both back ends where their dialects agree.
 *
 * Results are codes in the spirit of SQLite's (SQL_ROW, SQL_DONE, ...),
 * so a caller can tell a lock (SQL_BUSY), a duplicate key
 * (SQL_CONSTRAINT), a server that went away (SQL_UNAVAILABLE) and damage
 * (SQL_DAMAGED) apart.  sql_status() and sql_catalog_status() turn one
 * into the enum orientation_status the user is shown; they are the only
 * map from a database's result to a status (a SQLite result code gets
 * there through sql_sqlite_rc()).
 *
 * Ownership: a struct sql owns its connection; a struct sql_stmt belongs
 * to the caller until sql_finalize() and must not outlive its struct sql.
 */
#ifndef STORE_SQL_H
#define STORE_SQL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/status.h"

enum sql_backend { SQL_SQLITE, SQL_POSTGRESQL };

enum sql_rc {
	SQL_OK,
	SQL_ROW,          /* sql_step: a row is ready */
	SQL_DONE,         /* sql_step: finished */
	SQL_BUSY,         /* another process holds a lock too long */
	SQL_CONSTRAINT,   /* a key or check constraint refused the row */
	SQL_UNAVAILABLE,  /* the server cannot be reached */
	SQL_FULL,         /* disk full */
	SQL_READONLY,     /* no write access */
	SQL_CANTOPEN,     /* the file cannot be opened or created */
	SQL_DAMAGED,      /* the database file or server data is damaged */
	SQL_ERROR,        /* anything else */
};

struct sql;
struct sql_stmt;

/** Whether @target names a PostgreSQL server (postgresql:// or postgres://). */
bool sql_is_url(const char *target);

/**
 * Copy of @url with the password (user:PASSWORD@ or password=...) replaced
 * by "***", for messages; the caller frees.  Anything else is copied.
 */
char *sql_url_masked(const char *url);

/** The sql_rc of SQLite result code @rc. */
enum sql_rc sql_sqlite_rc(int rc);

/** Wrap the open SQLite handle @db (the new struct sql owns it). */
struct sql *sql_sqlite(sqlite3 *db);

/**
 * Connect to the PostgreSQL server at @url, waiting at most @patience_ms
 * (the URL's own connect_timeout may shorten it).  When the server cannot
 * be reached, SQL_UNAVAILABLE is returned and *@out is still a usable
 * connection that connects by itself later (see sql_reconnect).
 */
enum sql_rc sql_postgresql(const char *url, int patience_ms, struct sql **out);

/**
 * Have @fn(@c, @arg) run each time @c connects to a server again (for
 * PostgreSQL; SQLite never reconnects).  A result of SQL_UNAVAILABLE
 * counts as a failed connection.
 */
void sql_on_connect(struct sql *c, enum sql_rc (*fn)(struct sql *, void *),
    void *arg);

/** Close @c and free it.  NULL is allowed. */
void sql_close(struct sql *c);

enum sql_backend sql_backend(const struct sql *c);

/** The SQLite handle of @c (NULL for PostgreSQL). */
sqlite3 *sql_sqlite_handle(struct sql *c);

/**
 * How long later calls wait for another process's lock; 0 means not at
 * all (PostgreSQL waits a few milliseconds: it has no "try" for a lock).
 */
void sql_set_wait(struct sql *c, int ms);

/**
 * For PostgreSQL: when the connection was lost, try to connect again,
 * at most once every few seconds and never longer than the wait set by
 * sql_set_wait (at least STATE_KIOSK_PATIENCE_MS).  SQL_OK when usable.
 * Every call below does this itself first.
 */
enum sql_rc sql_reconnect(struct sql *c);

/** Run @sql, which may hold several statements and no parameters. */
enum sql_rc sql_exec(struct sql *c, const char *sql);

/**
 * Start a write transaction whose locks wait at most @wait_ms (SQLite:
 * for the write lock, taken at once; PostgreSQL: for each row or table
 * lock in the transaction).
 */
enum sql_rc sql_begin(struct sql *c, int wait_ms);

/** Commit; on failure the transaction is rolled back. */
enum sql_rc sql_commit(struct sql *c);

/** Roll back the open transaction, if any. */
void sql_rollback(struct sql *c);

/** Whether a transaction is open on @c. */
bool sql_in_transaction(struct sql *c);

/**
 * Prepare @sql.  NULL when the connection is unusable (sql_last() says
 * why); a statement our own code got wrong is reported on stderr and
 * aborts, as db_prepare does.
 */
struct sql_stmt *sql_prepare(struct sql *c, const char *sql);

/* Bind parameter @i (1-based).  NULL @s binds SQL NULL.  @stmt may be
 * NULL (a failed prepare): then they do nothing. */
void sql_bind_text(struct sql_stmt *stmt, int i, const char *s);
void sql_bind_int64(struct sql_stmt *stmt, int i, int64_t v);
void sql_bind_null(struct sql_stmt *stmt, int i);

/** Run or advance @stmt: SQL_ROW, SQL_DONE or an error code. */
enum sql_rc sql_step(struct sql_stmt *stmt);

/**
 * Run @stmt once (a write, or a read of whether there is a row), then
 * free it: SQL_ROW, SQL_DONE or an error code.
 */
enum sql_rc sql_step_finalize(struct sql_stmt *stmt);

/** Make @stmt ready to run again (bindings stay). */
void sql_reset(struct sql_stmt *stmt);

/** Free @stmt.  NULL is allowed. */
void sql_finalize(struct sql_stmt *stmt);

/* Columns of the current row, 0-based.  Text is valid until the next
 * step, reset or finalize; NULL for SQL NULL. */
const char *sql_column_text(struct sql_stmt *stmt, int col);
int64_t sql_column_int64(struct sql_stmt *stmt, int col);
int sql_column_int(struct sql_stmt *stmt, int col);
bool sql_column_null(struct sql_stmt *stmt, int col);
/* The integer in @col, or @null where it is SQL NULL. */
int sql_column_int_or(struct sql_stmt *stmt, int col, int null);

/** The first column of the first row of @sql, or @none when it gives no
 * row or fails. */
int sql_query_int(struct sql *c, const char *sql, int none);

/** Rows changed by the last statement that finished on @c. */
int sql_changes(struct sql *c);

/** Whether any call on @c answered SQL_DAMAGED. */
bool sql_damaged(struct sql *c);

/** The result of the last failed call on @c. */
enum sql_rc sql_last(struct sql *c);

/** Whether @rc is a success (SQL_OK, SQL_ROW or SQL_DONE). */
bool sql_ok(enum sql_rc rc);

/** The status for the user of @rc from the results database. */
enum orientation_status sql_status(enum sql_rc rc);

/**
 * The status for the user of @rc from the catalogue a counsellor edits
 * (store/upkeep.h): anything but a lock, a read-only file or a full disk
 * is ORIENTATION_CATALOG_ERROR ("nothing was saved").
 */
enum orientation_status sql_catalog_status(enum sql_rc rc);

#endif
