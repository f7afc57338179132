/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Running a store test against PostgreSQL (see PG-CONTRACT.md): the
 * server's URL comes from ORIENTATION_TEST_PG_URL; a test program runs
 * its back-end tests on PostgreSQL when given --pg or when
 * ORIENTATION_TEST_BACKEND=postgresql, and exits 77 (skip) when no server
 * is given.  Each test gets a fresh, empty schema of its own on the
 * server, named in the URL's search_path, so tests stay independent.
 */
#ifndef TESTS_PGTEST_H
#define TESTS_PGTEST_H

#include <stdbool.h>

/** Exit code meson counts as "skipped". */
#define PGTEST_SKIP 77

/** Whether this run is for PostgreSQL (--pg among @argv, or the env). */
bool pgtest_wanted(int argc, char **argv);

/** The server's URL, or NULL when none is given. */
const char *pgtest_server(void);

/**
 * A URL for a new empty schema on the server, with it as the search path
 * and its name as the application_name of the connections; a new string
 * (caller frees), NULL when the server cannot be reached.  The first call
 * also points XDG_STATE_HOME at a new scratch folder (reports of a state
 * on a server go there), unless the test set it.
 */
char *pgtest_fresh(void);

/**
 * End the server side of every connection made with @url (pgtest_fresh's
 * application_name), as a server restart would.  How many were ended.
 */
int pgtest_cut(const char *url);

/**
 * The first column of the first row of @sql run on @url (a new string,
 * or NULL for no row, SQL NULL or an error).
 */
char *pgtest_query(const char *url, const char *sql);

/** How many text cells of the tables in @url's schema contain @needle. */
long pgtest_count_everywhere(const char *url, const char *needle);

#endif
