/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SQLite helpers shared by the catalog and the state stores.
 */
#include "db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rows.h"
#include "sqlite-load.h"
#include "util/fits.h"
#include "util/xmalloc.h"

/* db_wipe_freed_memory was called; the wiping allocator (set up by
 * db_configure) is in place. */
static bool wipe_wanted, wiping;

static void wipe_set(void);

bool
db_configure(void)
{
	static bool done;

	if (done)
		return true;
	if (!sqlite_load())
		return false;
	done = true;
	sqlite3_config(SQLITE_CONFIG_PAGECACHE, NULL, 0, 0);
	/* No memory statistics (nothing reads them): each allocation then
	 * skips a global mutex and two counters; loading the catalog's
	 * schema makes some 20,000. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	if (wipe_wanted && !wiping)
		wipe_set();
	return true;
}

void
db_lean(sqlite3 *db, int cache_kib)
{
	char sql[sizeof "PRAGMA cache_size = -" + FITS_DECIMAL(int)];

	sqlite3_db_config(db, SQLITE_DBCONFIG_LOOKASIDE, NULL, 256, 32);
	if (cache_kib <= 0)
		return;
	/* fits: the buffer is sized for the words and any int */
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", cache_kib);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int
db_user_version(sqlite3 *db, int *version)
{
	sqlite3_stmt *stmt;
	int rc;

	rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(stmt, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(stmt);
	return rc;
}

sqlite3_stmt *
db_prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *stmt;

	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		fprintf(stderr, "orientation: SQL error: %s\n  in: %s\n",
		    sqlite3_errmsg(db), sql);
		abort();
	}
	return stmt;
}

sqlite3_stmt *
db_prepare_read(sqlite3 *db, const char *sql, bool *failed)
{
	sqlite3_stmt *stmt;
	bool fail;

	fail = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK;
	if (failed != NULL)
		*failed = fail;
	/* Names no table, so it prepares without reading the file. */
	return fail ? db_prepare(db, "SELECT NULL WHERE 0") : stmt;
}

sqlite3_stmt *
db_read_texts(sqlite3 *db, const char *sql, const char *p1, const char *p2)
{
	sqlite3_stmt *stmt = db_prepare_read(db, sql, NULL);

	sqlite3_bind_text(stmt, 1, p1, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, p2, -1, SQLITE_TRANSIENT);
	return stmt;
}

bool
db_has_tables(sqlite3 *db, const char *const *names, size_t n)
{
	/* Asked of the schema as SQLite holds it (read once, at the first
	 * question): no statement, no scan of sqlite_schema for each name.
	 * A view of such a name is no table. */
	for (size_t i = 0; i < n; i++)
		if (sqlite3_table_column_metadata(db, "main", names[i], NULL,
		    NULL, NULL, NULL, NULL, NULL) != SQLITE_OK)
			return false;
	return true;
}

char *
db_column_strdup(sqlite3_stmt *stmt, int col)
{
	const unsigned char *text = sqlite3_column_text(stmt, col);

	return xstrdup(text != NULL ? (const char *)text : "");
}

void
db_row_read(sqlite3_stmt *stmt, const struct db_column *cols, void *elem)
{
	for (int i = 0; cols[i].kind != DB_END; i++) {
		unsigned char *m = (unsigned char *)elem + cols[i].offset;

		switch (cols[i].kind) {
		case DB_TEXT:
			*(char **)(void *)m = db_column_strdup(stmt, i);
			break;
		case DB_INT:
			*(int *)(void *)m = sqlite3_column_int(stmt, i);
			break;
		case DB_BOOL:
			*(bool *)(void *)m = sqlite3_column_int(stmt, i) != 0;
			break;
		case DB_REAL:
			*(double *)(void *)m = sqlite3_column_double(stmt, i);
			break;
		case DB_END:
			break;
		}
	}
}

int
db_rows_read(sqlite3_stmt *stmt, size_t size, const struct db_column *cols,
    void *out, size_t *n)
{
	int rc;

	*n = 0;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_row_read(stmt, cols, rows_add(out, size, cols));
		(*n)++;
	}
	sqlite3_reset(stmt);
	return rc;
}

void *
db_rows(sqlite3_stmt *stmt, size_t size, const struct db_column *cols,
    size_t *n)
{
	void *all = NULL;

	(void)db_rows_read(stmt, size, cols, &all, n);
	return all;
}

void *
db_rows_finalize(sqlite3_stmt *stmt, size_t size, const struct db_column *cols,
    size_t *n)
{
	void *all = db_rows(stmt, size, cols, n);

	sqlite3_finalize(stmt);
	return all;
}

enum orientation_status
db_read_one(sqlite3_stmt *stmt, const struct db_column *cols, void *elem,
    size_t size)
{
	enum orientation_status st = ORIENTATION_NOT_FOUND;

	memset(elem, 0, size);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		db_row_read(stmt, cols, elem);
		st = ORIENTATION_OK;
	}
	sqlite3_finalize(stmt);
	return st;
}

void
db_row_free(void *elem, const struct db_column *cols)
{
	for (int i = 0; cols[i].kind != DB_END; i++)
		if (cols[i].kind == DB_TEXT)
			free(*(char **)(void *)((unsigned char *)elem +
			    cols[i].offset));
}

bool
db_damage(int rc)
{
	switch (rc) {
	case SQLITE_IOERR_READ:
	case SQLITE_IOERR_SHORT_READ:
	case SQLITE_IOERR_CORRUPTFS:
		return true;
	default:
		return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
	}
}

/* SQLite's own allocator, wrapped so that freed memory is overwritten. */
static sqlite3_mem_methods db_default_mem;

/* Overwrite and free @p. */
static void
db_mem_free(void *p)
{
	if (p == NULL)
		return;
	xwipe(p, (size_t)db_default_mem.xSize(p));
	db_default_mem.xFree(p);
}

/* Move @p into a new block of @n bytes, overwriting the old one. */
static void *
db_mem_realloc(void *p, int n)
{
	void *q = db_default_mem.xMalloc(n);
	int old;

	if (q == NULL || p == NULL)
		return q;
	old = db_default_mem.xSize(p);
	memcpy(q, p, (size_t)(old < n ? old : n));
	db_mem_free(p);
	return q;
}

/* SQLite's allocator, wrapped (db_mem_free, db_mem_realloc). */
static void
wipe_set(void)
{
	static sqlite3_mem_methods m;

	wiping = true;
	if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &db_default_mem) !=
	    SQLITE_OK)
		return;
	m = db_default_mem;
	m.xFree = db_mem_free;
	m.xRealloc = db_mem_realloc;
	if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK)
		fprintf(stderr, "orientation: SQLite's memory cannot be wiped\n");
}

void
db_wipe_freed_memory(void)
{
	wipe_wanted = true;
	/* Already loaded (a test that opened a database first): at once,
	 * as before the library was loaded on demand. */
	if (sqlite3_api != NULL && !wiping)
		wipe_set();
}
