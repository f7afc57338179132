/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For store modules only: the SQLite handle behind a struct catalog, so
 * that services, occupations and search share one read-only connection.
 * Not for the UI or main (they never see SQLite).
 */
#ifndef STORE_CATALOG_DB_H
#define STORE_CATALOG_DB_H

#include <sqlite3.h>
#include <stddef.h>

#include "util/status.h"

struct catalog;

/*
 * Whether @db, a catalog of schema @version, is one this program reads:
 * ORIENTATION_CATALOG_VERSION when it is newer, ORIENTATION_CATALOG_NOT_DB
 * when it is older or lacks one of the @n @tables (looked for only when
 * the version is right), else ORIENTATION_OK.  For catalog.c (reading)
 * and upkeep.c (writing), which need different tables.
 */
enum orientation_status catalog_schema_check(sqlite3 *db, int version,
    const char *const *tables, size_t n);

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

/*
 * Rowids of the search index (data/catalog.sql, search_block): block
 * b (one kind in one language) starts at b << SEARCH_BLOCK_SHIFT; the
 * n-th label of a block (preferred first, then shorter first) has
 * n << SEARCH_SEQ_SHIFT added, and the number of its item (service,
 * occupation or group, counted per kind from 1) in the low bits.
 */
#define SEARCH_BLOCK_SHIFT 40
#define SEARCH_SEQ_SHIFT 13
#define SEARCH_ITEM_MASK ((1LL << SEARCH_SEQ_SHIFT) - 1)
#define SEARCH_BLOCK_SPAN ((1LL << SEARCH_BLOCK_SHIFT) - 1)

/* Statements kept prepared for the life of the catalog (hot paths). */
enum catalog_stmt {
	CATALOG_STMT_SEARCH_BLOCKS,        /* search.c: the rowid blocks */
	CATALOG_STMT_SEARCH_MATCH,         /* search.c: one tier, one range */
	CATALOG_STMT_SEARCH_ROW,           /* search.c: one row's item */
	CATALOG_STMT_SEARCH_PREFERRED,     /* search.c: an occupation's label */
	CATALOG_STMT_SEARCH_DETAIL,        /* search.c: what tells two apart */
	CATALOG_STMT_SEARCH_BEGIN,         /* search.c: one read for it all */
	CATALOG_STMT_SEARCH_END,
	CATALOG_STMT_COUNT
};

/**
 * The statement @which, prepared from @sql the first time and reset and
 * unbound on every later call.  Owned by @cat: do not finalize it.
 */
sqlite3_stmt *catalog_stmt(struct catalog *cat, enum catalog_stmt which,
    const char *sql);

/**
 * The search tokenizer's instance for cutting what a visitor types
 * (store/tokenizer.h), made on first use; NULL if it cannot be made.
 * Owned by @cat.
 */
struct tokenizer *catalog_tokenizer(struct catalog *cat);

#endif
