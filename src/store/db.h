/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Shared SQLite plumbing for the catalog and the state database: opening
 * with the project's pragmas, schema versions, and telling damage from
 * other errors (a status for the user comes from sql_status, sql.h).
 * Only store/ includes sqlite3.h.
 */
#ifndef STORE_DB_H
#define STORE_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/status.h"

#define DB_BUSY_TIMEOUT_MS 5000

/**
 * Before the first connection opens: load SQLite (store/sqlite-load.h),
 * then no bulk page-cache allocation (SQLite otherwise sets 20 page
 * slots aside, about 87 KB, for each cache and writes into every one,
 * several times per process) and, if db_wipe_freed_memory asked for it,
 * the wiping allocator.  Safe to call more than once.
 * @return false when SQLite cannot be loaded: the caller opens nothing
 * and reports ORIENTATION_DB_LIBRARY.
 */
bool db_configure(void);

/**
 * Keep @db's own memory small: a lookaside pool of a few slots instead
 * of SQLite's 120 KB, which it writes all over when a connection opens,
 * and a page cache of @cache_kib KiB (0: SQLite's default).  Call right
 * after opening.
 */
void db_lean(sqlite3 *db, int cache_kib);

/**
 * Read PRAGMA user_version of @db into *@version.  This is also the first
 * statement run on a new handle, so a file that is not SQLite shows here.
 * @return SQLITE_OK or the SQLite error code.
 */
int db_user_version(sqlite3 *db, int *version);

/**
 * Prepare @sql on @db.  A failure here is a programming error (the SQL is
 * ours), so it is reported on stderr and aborts.
 */
sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql);

/**
 * Prepare a read of @sql on @db, a file that may become unreadable while
 * the program runs (a counselor's save that died half-way, a disk error,
 * a lock held too long).  Then a statement that yields no rows stands in,
 * so the reader shows nothing instead of stopping, and *@failed is set
 * (when not NULL) so a cached statement can be prepared again later.
 * Binding values to the stand-in fails harmlessly (SQLITE_RANGE); the
 * caller finalizes either kind as usual.
 */
sqlite3_stmt *db_prepare_read(sqlite3 *db, const char *sql, bool *failed);

/**
 * Prepare a read of @sql on @db as db_prepare_read does, with the text
 * @p1 bound to ?1 and @p2 to ?2 (a NULL one binds NULL; a parameter the
 * SQL does not have is passed over).
 */
sqlite3_stmt *db_read_texts(sqlite3 *db, const char *sql, const char *p1,
    const char *p2);

/**
 * Whether @db has a table of each of the @n names at @names; false also
 * when it cannot be read.
 */
bool db_has_tables(sqlite3 *db, const char *const *names, size_t n);

/**
 * Copy column @col of the current row; NULL becomes "".  The caller frees.
 */
char *db_column_strdup(sqlite3_stmt *stmt, int col);

/* How a column is kept in a member of a struct. */
enum db_column_kind {
	DB_END,   /* ends a table */
	DB_TEXT,  /* char *, a copy (NULL becomes ""), freed by db_row_free */
	DB_INT,   /* int */
	DB_BOOL,  /* bool: the column is not 0 */
	DB_REAL,  /* double */
};

/*
 * Where the columns of a row go: entry i (0, 1, ...) names the member for
 * column i.  A table ends with an entry of kind DB_END.
 */
struct db_column {
	size_t offset;  /* offsetof the member */
	enum db_column_kind kind;
};

/** Fill the struct at @elem from the current row of @stmt by @cols. */
void db_row_read(sqlite3_stmt *stmt, const struct db_column *cols,
    void *elem);

/**
 * Step @stmt through its rows, filling one struct of @size bytes for each
 * by @cols, then reset @stmt.  @return a new array (NULL when empty) of
 * *@n structs, made with rows_add; free with rows_free (store/rows.h).
 */
void *db_rows(sqlite3_stmt *stmt, size_t size, const struct db_column *cols,
    size_t *n);

/**
 * As db_rows, into the array pointer at @out (of any row type; NULL
 * before), for a reader that must know how it ended.  @return
 * SQLITE_DONE when every row was read, else the SQLite error that
 * stopped it (the rows read before it are in *@out).
 */
int db_rows_read(sqlite3_stmt *stmt, size_t size, const struct db_column *cols,
    void *out, size_t *n);

/** As db_rows, then finalize @stmt. */
void *db_rows_finalize(sqlite3_stmt *stmt, size_t size,
    const struct db_column *cols, size_t *n);

/**
 * Fill the struct at @elem (zeroed first: @size bytes) from the first row
 * of @stmt by @cols, then finalize @stmt.  @return ORIENTATION_OK, or
 * ORIENTATION_NOT_FOUND when there is no row.
 */
enum orientation_status db_read_one(sqlite3_stmt *stmt,
    const struct db_column *cols, void *elem, size_t size);

/** Free the text members (by @cols) of the struct at @elem. */
void db_row_free(void *elem, const struct db_column *cols);

/**
 * Make SQLite overwrite every block it frees (typed search words pass
 * through its memory), from the first database opened on (db_configure;
 * it loads no library).  Call before the first database is opened.
 */
void db_wipe_freed_memory(void);

/**
 * Whether SQLite result code @rc (extended codes are on) says the file
 * is damaged: SQLITE_CORRUPT and SQLITE_NOTADB of any kind, and the read
 * errors of a failing disk or a file cut short (SQLITE_IOERR_READ,
 * _SHORT_READ, _CORRUPTFS).  Other I/O errors (a write, a sync, a lock)
 * say nothing about what is already in the file.
 */
bool db_damage(int rc);

#endif
