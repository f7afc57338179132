/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Shared by the catalog checks: the built catalog, opened read-only by
 * the group set-up, and a one-number query helper.
 */
#ifndef TESTS_CATALOG_CHECK_H
#define TESTS_CATALOG_CHECK_H

#include <sqlite3.h>

/* The catalog under test (ORIENTATION_CATALOG), open during the group. */
extern sqlite3 *db;

/** Run @sql, which returns one integer; a broken query fails the test. */
long count(const char *sql);

/** The catalog under test: ORIENTATION_CATALOG, else data/catalog.db. */
const char *check_catalog_path(void);

/** The id of the occupation with ESCO code @code; fails the test when
 *  there is none. */
int check_occupation_id(const char *code);

/** cmocka group set-up and tear-down: open and close @db. */
int check_setup(void **state);
int check_teardown(void **state);

#endif
