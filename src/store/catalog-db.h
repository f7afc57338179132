/*
 * For store modules only: the SQLite handle behind a struct catalog, so
 * that services, occupations and search share one read-only connection.
 * Not for the UI or main (they never see SQLite).
 */
#ifndef STORE_CATALOG_DB_H
#define STORE_CATALOG_DB_H

#include <sqlite3.h>

struct catalog;

/*
 * SQL for the language whose row of @table a reader of the language in
 * parameter @param sees, for the key condition @cond on the row alias x:
 * the first language along the reader's chain (language_chain: the
 * language itself, then its fallbacks) that has a row, or NULL.  Used as
 *   LEFT JOIN t ON t.id = s.id AND t.lang = CATALOG_CHAIN_LANG(...)
 */
#define CATALOG_CHAIN_LANG(table, cond, param)                               \
	"(SELECT c.fallback FROM language_chain c WHERE c.lang = " param      \
	"  AND EXISTS (SELECT 1 FROM " table " x WHERE " cond                 \
	"  AND x.lang = c.fallback) ORDER BY c.rank LIMIT 1) "

/** The connection of @cat; owned by @cat, valid until catalog_free. */
sqlite3 *catalog_db(struct catalog *cat);

/* Statements kept prepared for the life of the catalog (hot paths). */
enum catalog_stmt {
	CATALOG_STMT_SEARCH_LANG,          /* search.c, unranked, one language */
	CATALOG_STMT_SEARCH_OTHER,         /* search.c, unranked, the others */
	CATALOG_STMT_SEARCH_LANG_RANKED,
	CATALOG_STMT_SEARCH_OTHER_RANKED,
	CATALOG_STMT_COUNT
};

/**
 * The statement @which, prepared from @sql the first time and reset and
 * unbound on every later call.  Owned by @cat: do not finalize it.
 */
sqlite3_stmt *catalog_stmt(struct catalog *cat, enum catalog_stmt which,
    const char *sql);

#endif
