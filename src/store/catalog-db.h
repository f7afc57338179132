/*
 * For store modules only: the SQLite handle behind a struct catalog, so
 * that services, occupations and search share one read-only connection.
 * Not for the UI or main (they never see SQLite).
 */
#ifndef STORE_CATALOG_DB_H
#define STORE_CATALOG_DB_H

#include <sqlite3.h>

struct catalog;

/** The connection of @cat; owned by @cat, valid until catalog_free. */
sqlite3 *catalog_db(struct catalog *cat);

#endif
