/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * SQLite, loaded when the first database is opened rather than when the
 * program starts: the kiosk's first frame needs no database, and a
 * process that does not map libsqlite3 at exec starts sooner (its symbols
 * are all bound at load time; bench/README.md, start-up).
 *
 * Every file of store/ that calls SQLite includes this header instead of
 * <sqlite3.h>: SQLite's <sqlite3ext.h> turns each sqlite3_xxx() call into
 * a call through the table sqlite3_api, which sqlite_load() fills.  Only
 * the functions listed in sqlite-load.c are in the table; the "sqlite-api"
 * test checks that store/ and tools/ call no other.  The store's headers
 * keep <sqlite3.h> (types and constants only).
 */
#ifndef STORE_SQLITE_LOAD_H
#define STORE_SQLITE_LOAD_H

#include <stdbool.h>
#include <sqlite3ext.h>

SQLITE_EXTENSION_INIT3

/* sqlite3_config() is variadic and not in SQLite's table. */
extern int (*sqlite_load_config)(int, ...);
#define sqlite3_config sqlite_load_config

/* The library's file name, or the environment variable that names
 * another (the tests use it to make the loading fail). */
#define SQLITE_LOAD_LIBRARY "libsqlite3.so.0"
#define SQLITE_LOAD_ENV "ORIENTATION_SQLITE_LIBRARY"

/**
 * Load SQLite and fill the table, once: later calls return at once.  Each
 * store function that opens a database calls it (through db_configure)
 * before anything else of SQLite's.
 * @return false when the library or one of its functions cannot be found
 * (nothing of SQLite may be called then; a later call tries again): the
 * caller reports ORIENTATION_DB_LIBRARY.
 */
bool sqlite_load(void);

#endif
