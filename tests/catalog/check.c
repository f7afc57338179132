/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Helpers of the catalog checks (see check.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "check.h"
#include "store/tokenizer.h"

sqlite3 *db;

long
count(const char *sql)
{
	sqlite3_stmt *stmt;
	long n = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

const char *
check_catalog_path(void)
{
	const char *p = getenv("ORIENTATION_CATALOG");

	return p != NULL ? p : "data/catalog.db";
}

int
check_occupation_id(const char *code)
{
	char *sql = sqlite3_mprintf("SELECT id FROM occupation "
	    "WHERE esco_code = %Q", code);
	long id = count(sql);

	sqlite3_free(sql);
	assert_true(id > 0);
	return (int)id;
}

int
check_setup(void **state)
{
	(void)state;
	/* The search index needs its tokenizer to be read at all. */
	return sqlite3_open_v2(check_catalog_path(), &db,
	    SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    tokenizer_register(db) == SQLITE_OK ? 0 : -1;
}

int
check_teardown(void **state)
{
	(void)state;
	sqlite3_close(db);
	return 0;
}
