/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep: the search rows of a service changed or added, made
 * again as catalog-build makes them (the documents of search-source.h),
 * each in the rowid block of services in its language that the search
 * reads (src/store/search.c; the layout is in catalog-db.h).
 */
#include "upkeep.h"

#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "db.h"
#include "sqlite-load.h"
#include "upkeep-db.h"
#include "util/xmalloc.h"

/* The search row a service has in one language. */
struct search_row {
	char *lang;                 /* NULL once its rowid is taken again */
	sqlite3_int64 rowid;
};

/* The search rows service @id has now, into *@rows (*@n of them; free
 * with free_search_rows).  @return SQLITE_OK or the error. */
static int
read_search_rows(struct upkeep *u, const char *id, struct search_row **rows,
    size_t *n)
{
	sqlite3_stmt *stmt = u->fts_rowids;
	size_t cap = 0;
	int rc = upkeep_bind(stmt, 1, &id, 1);

	*rows = NULL;
	*n = 0;
	while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*rows = xgrow(*rows, *n, &cap, 8, sizeof **rows);
		(*rows)[*n].rowid = sqlite3_column_int64(stmt, 0);
		(*rows)[(*n)++].lang = db_column_strdup(stmt, 1);
		rc = SQLITE_OK;
	}
	sqlite3_reset(stmt);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Free @n rows at @rows. */
static void
free_search_rows(struct search_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].lang);
	free(rows);
}

/*
 * Insert the search row of service @id that the current row of
 * u->fts_source gives (lang, label, body).  It takes the rowid the
 * service had in that language (@old, @nold), if any; a new language
 * goes to the end of its block with the item number of the service,
 * @item for a service that had no rows (a new one).
 */
static void
insert_search_row(struct change *cx, const char *id, struct search_row *old,
    size_t nold, sqlite3_int64 item)
{
	sqlite3_stmt *src = cx->u->fts_source, *ins = cx->u->fts_insert;
	const char *lang = (const char *)sqlite3_column_text(src, 0);
	const char *texts[] = { id, lang,
		upkeep_nz((const char *)sqlite3_column_text(src, 1)),
		upkeep_nz((const char *)sqlite3_column_text(src, 2)) };
	int rc = upkeep_bind(ins, 1, texts, 4);

	if (rc == SQLITE_OK)
		rc = sqlite3_bind_null(ins, 5);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int64(ins, 6, nold > 0 ?
		    old[0].rowid & SEARCH_ITEM_MASK : item);
	for (size_t i = 0; rc == SQLITE_OK && lang != NULL && i < nold; i++) {
		if (old[i].lang != NULL && strcmp(old[i].lang, lang) == 0) {
			rc = sqlite3_bind_int64(ins, 5, old[i].rowid);
			free(old[i].lang);
			old[i].lang = NULL;
			break;
		}
	}
	upkeep_change_rc(cx, rc);
	upkeep_write_step(cx, ins);
}

/* The item number of a service new to the search (u->fts_item); 0, and
 * the error in @cx, when there is none or no room for one. */
static sqlite3_int64
next_item(struct change *cx)
{
	sqlite3_stmt *stmt = cx->u->fts_item;
	sqlite3_int64 item = 0;
	int rc = sqlite3_step(stmt);

	if (rc == SQLITE_ROW)
		item = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	/* More services than the rowids tell apart (catalog-build refuses
	 * such a catalog too): refused rather than mixed with another. */
	if (rc == SQLITE_ROW && (item < 1 || item > SEARCH_ITEM_MASK))
		rc = SQLITE_FULL;
	upkeep_change_rc(cx, rc == SQLITE_ROW ? SQLITE_OK : rc);
	return item;
}

void
upkeep_search_rebuild(struct change *cx, const char *id)
{
	struct upkeep *u = cx->u;
	struct search_row *old = NULL;
	size_t nold = 0;
	sqlite3_int64 item = 0;
	int rc = SQLITE_DONE;

	if (!upkeep_writing(cx))
		return;
	upkeep_change_rc(cx, read_search_rows(u, id, &old, &nold));
	if (nold == 0)
		item = next_item(cx);
	upkeep_change_rc(cx, upkeep_bind(u->fts_delete, 1, &id, 1));
	upkeep_write_step(cx, u->fts_delete);
	if (upkeep_writing(cx))
		rc = upkeep_bind(u->fts_source, 1, &id, 1);
	while (rc == SQLITE_OK && upkeep_writing(cx) &&
	    (rc = sqlite3_step(u->fts_source)) == SQLITE_ROW) {
		insert_search_row(cx, id, old, nold, item);
		rc = SQLITE_OK;
	}
	upkeep_change_rc(cx, rc);
	sqlite3_reset(u->fts_source);
	free_search_rows(old, nold);
}
