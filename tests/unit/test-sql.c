/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the SQL layer under the state store (store/sql.h), the
 * same on both drivers: ?N placeholders, NULLs, rows changed, a duplicate
 * key told apart, transactions; and on PostgreSQL (--pg) a connection
 * that the server ends inside a transaction: nothing of the transaction
 * runs afterwards, and the next one works on a new connection; without
 * the PostgreSQL driver's module, a clear refusal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"
#include "pgtest.h"
#include "store/sql.h"
#include "store/state.h"

static bool on_pg;
static char *url;     /* on PostgreSQL: this test's schema */

/* A connection to a new, empty database with table t. */
static struct sql *
open_db(void)
{
	struct sql *c;

	if (on_pg) {
		free(url);
		url = pgtest_fresh();
		assert_non_null(url);
		assert_int_equal(sql_postgresql(url, 5000, &c), SQL_OK);
	} else {
		sqlite3 *db;

		assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
		c = sql_sqlite(db);
	}
	assert_int_equal(sql_exec(c, "CREATE TABLE t (k text PRIMARY KEY, "
	    "n bigint, note text)"), SQL_OK);
	return c;
}

/* The number of rows in t. */
static int
rows(struct sql *c)
{
	struct sql_stmt *stmt = sql_prepare(c, "SELECT count(*) FROM t");
	int n = -1;

	if (sql_step(stmt) == SQL_ROW)
		n = sql_column_int(stmt, 0);
	sql_finalize(stmt);
	return n;
}

static void
test_statements(void **state)
{
	struct sql *c = open_db();
	struct sql_stmt *stmt;

	(void)state;
	stmt = sql_prepare(c, "INSERT INTO t (n, k, note) VALUES (?2, ?1, ?3)");
	sql_bind_text(stmt, 1, "a");
	sql_bind_int64(stmt, 2, 5000000000LL);
	sql_bind_text(stmt, 3, NULL);
	assert_int_equal(sql_step(stmt), SQL_DONE);
	sql_reset(stmt);
	sql_bind_text(stmt, 1, "b?");
	sql_bind_int64(stmt, 2, -1);
	sql_bind_text(stmt, 3, "it's '?1'");
	assert_int_equal(sql_step(stmt), SQL_DONE);
	sql_reset(stmt);
	/* The same key again: a constraint, not any error. */
	assert_int_equal(sql_step(stmt), SQL_CONSTRAINT);
	sql_finalize(stmt);

	stmt = sql_prepare(c, "SELECT k, n, note FROM t WHERE note IS NULL "
	    "OR note = 'it''s ''?1''' ORDER BY k");
	assert_int_equal(sql_step(stmt), SQL_ROW);
	assert_string_equal(sql_column_text(stmt, 0), "a");
	assert_true(sql_column_int64(stmt, 1) == 5000000000LL);
	assert_true(sql_column_null(stmt, 2));
	assert_int_equal(sql_step(stmt), SQL_ROW);
	assert_string_equal(sql_column_text(stmt, 2), "it's '?1'");
	assert_int_equal(sql_step(stmt), SQL_DONE);
	sql_finalize(stmt);

	stmt = sql_prepare(c, "UPDATE t SET n = n + 1");
	assert_int_equal(sql_step(stmt), SQL_DONE);
	sql_finalize(stmt);
	assert_int_equal(sql_changes(c), 2);
	sql_close(c);
}

static void
test_transactions(void **state)
{
	struct sql *c = open_db();

	(void)state;
	assert_false(sql_in_transaction(c));
	assert_int_equal(sql_begin(c, 100), SQL_OK);
	assert_true(sql_in_transaction(c));
	assert_int_equal(sql_exec(c, "INSERT INTO t (k) VALUES ('x')"), SQL_OK);
	sql_rollback(c);
	assert_false(sql_in_transaction(c));
	assert_int_equal(rows(c), 0);
	assert_int_equal(sql_begin(c, 100), SQL_OK);
	assert_int_equal(sql_exec(c, "INSERT INTO t (k) VALUES ('y')"), SQL_OK);
	assert_int_equal(sql_commit(c), SQL_OK);
	assert_int_equal(rows(c), 1);
	sql_close(c);
}

/* The server ends the connection in the middle of a transaction. */
static void
test_lost_in_transaction(void **state)
{
	struct sql *c;
	struct sql_stmt *stmt;

	(void)state;
	c = open_db();
	assert_int_equal(sql_begin(c, 100), SQL_OK);
	assert_int_equal(sql_exec(c, "INSERT INTO t (k) VALUES ('x')"), SQL_OK);
	assert_int_equal(pgtest_cut(url), 1);
	stmt = sql_prepare(c, "INSERT INTO t (k) VALUES (?1)");
	sql_bind_text(stmt, 1, "y");
	assert_int_equal(sql_step(stmt), SQL_UNAVAILABLE);
	sql_finalize(stmt);
	/* Not on a new connection outside the transaction either. */
	assert_int_equal(sql_exec(c, "INSERT INTO t (k) VALUES ('z')"),
	    SQL_UNAVAILABLE);
	assert_true(sql_in_transaction(c));
	assert_int_equal(sql_commit(c), SQL_UNAVAILABLE);
	assert_false(sql_in_transaction(c));
	/* The next statement connects again; nothing of it was kept. */
	assert_int_equal(rows(c), 0);
	assert_int_equal(sql_status(SQL_UNAVAILABLE),
	    ORIENTATION_STATE_UNAVAILABLE);
	sql_close(c);
}

/* Without its module (an installation that lost orientation-pg.so) a
 * server cannot be used, and says so; no connection is made. */
static void
test_pg_module_missing(void **unused)
{
	const char *module = getenv("ORIENTATION_PG_MODULE");
	char *saved = module != NULL ? strdup(module) : NULL;
	struct state *st = NULL;
	struct sql *c = (struct sql *)&c;

	(void)unused;
	setenv("ORIENTATION_PG_MODULE", "/nonexistent/orientation-pg.so", 1);
	assert_int_equal(sql_postgresql("postgresql:///nowhere", 100, &c),
	    SQL_ERROR);
	assert_null(c);
	assert_int_equal(state_open("postgresql:///nowhere", &st),
	    ORIENTATION_STATE_OPEN);
	assert_null(st);
	if (saved != NULL)
		setenv("ORIENTATION_PG_MODULE", saved, 1);
	else
		unsetenv("ORIENTATION_PG_MODULE");
	free(saved);
}

/* One map from a result to what the user is told, for each database. */
static void
test_statuses(void **state)
{
	(void)state;
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_ROW)), ORIENTATION_OK);
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_LOCKED)),
	    ORIENTATION_STATE_BUSY);
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_PERM)),
	    ORIENTATION_STATE_READONLY);
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_CANTOPEN_ISDIR)),
	    ORIENTATION_STATE_OPEN);
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_IOERR_SHORT_READ)),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(sql_status(sql_sqlite_rc(SQLITE_IOERR_WRITE)),
	    ORIENTATION_DB_ERROR);
	assert_int_equal(sql_status(SQL_CONSTRAINT), ORIENTATION_DB_ERROR);
	/* The catalogue: a lock, a read-only file and a full disk are told
	 * apart, anything else is an error after which nothing was saved. */
	assert_int_equal(sql_catalog_status(sql_sqlite_rc(SQLITE_DONE)),
	    ORIENTATION_OK);
	assert_int_equal(sql_catalog_status(sql_sqlite_rc(SQLITE_BUSY)),
	    ORIENTATION_CATALOG_BUSY);
	assert_int_equal(sql_catalog_status(sql_sqlite_rc(SQLITE_READONLY)),
	    ORIENTATION_CATALOG_READONLY);
	assert_int_equal(sql_catalog_status(sql_sqlite_rc(SQLITE_FULL)),
	    ORIENTATION_CATALOG_FULL);
	assert_int_equal(sql_catalog_status(sql_sqlite_rc(SQLITE_CORRUPT)),
	    ORIENTATION_CATALOG_ERROR);
	assert_int_equal(sql_catalog_status(SQL_UNAVAILABLE),
	    ORIENTATION_CATALOG_ERROR);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statements),
		cmocka_unit_test(test_transactions),
		cmocka_unit_test(test_pg_module_missing),
		cmocka_unit_test(test_statuses),
	};
	const struct CMUnitTest pg_tests[] = {
		cmocka_unit_test(test_statements),
		cmocka_unit_test(test_transactions),
		cmocka_unit_test(test_lost_in_transaction),
	};
	int failed;

	if ((on_pg = pgtest_wanted(argc, argv)) && pgtest_server() == NULL) {
		fprintf(stderr, "no ORIENTATION_TEST_PG_URL: skipped\n");
		return PGTEST_SKIP;
	}
	failed = on_pg ? cmocka_run_group_tests(pg_tests, NULL, NULL) :
	    cmocka_run_group_tests(tests, NULL, NULL);
	free(url);
	return skip_status(failed);
}
