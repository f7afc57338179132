/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Luxembourg content queries: counters, guides, trades and the shortage
 * list (tables built by data/luxembourg/luxembourg.sql).  Every text is
 * looked up in the visitor's language with the English row as fallback;
 * a catalog without these tables gives empty results, never an error.
 */
#include "luxembourg.h"

#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "db.h"
#include "service-db.h"
#include "sqlite-load.h"
#include "util/xmalloc.h"

/* The one text column of the first row of @sql with ?1 = @a, ?2 = @b, or
 * "". */
static char *
luxembourg_one(struct catalog *cat, const char *sql, const char *a,
    const char *b)
{
	sqlite3_stmt *stmt = db_read_texts(catalog_db(cat), sql, a, b);
	char *text;

	text = sqlite3_step(stmt) == SQLITE_ROW ? db_column_strdup(stmt, 0) :
	    xstrdup("");
	sqlite3_finalize(stmt);
	return text;
}

char *
luxembourg_centre_text(struct catalog *cat, const char *part, const char *lang)
{
	return luxembourg_one(cat,
	    "SELECT t.text FROM centre_text t WHERE t.id = ?1 AND t.lang = "
	    CATALOG_CHAIN_LANG("centre_text", "x.id = ?1", "?2"), part, lang);
}

char *
luxembourg_centre_address(struct catalog *cat)
{
	return luxembourg_one(cat, "SELECT address FROM provider "
	    "WHERE id = 'mo' AND address IS NOT NULL", NULL, NULL);
}

/* Counter columns (id, name, covers) in language ?1. */
#define COUNTER_COLUMNS                                                       \
	"SELECT c.id, t.name, t.covers FROM counter c "                       \
	"LEFT JOIN counter_text t ON t.counter_id = c.id AND t.lang = "       \
	CATALOG_CHAIN_LANG("counter_text", "x.counter_id = c.id", "?1")

size_t
luxembourg_counters(struct catalog *cat, const char *lang,
    struct service_item **out)
{
	return service_items_collect(db_read_texts(catalog_db(cat),
	    COUNTER_COLUMNS "ORDER BY c.sort, c.id", lang, NULL), out);
}

size_t
luxembourg_need_counters(struct catalog *cat, const char *need_id,
    const char *lang, struct service_item **out)
{
	return service_items_collect(db_read_texts(catalog_db(cat),
	    COUNTER_COLUMNS "JOIN need_counter n ON n.counter_id = c.id "
	    "WHERE n.need_id = ?2 ORDER BY n.rank, c.sort", lang, need_id), out);
}

size_t
luxembourg_guides(struct catalog *cat, const char *lang,
    struct service_item **out)
{
	return service_items_collect(db_read_texts(catalog_db(cat),
	    "SELECT g.id, t.title, '' FROM guide g "
	    "LEFT JOIN guide_text t ON t.guide_id = g.id AND t.lang = "
	    CATALOG_CHAIN_LANG("guide_text", "x.guide_id = g.id", "?1")
	    "ORDER BY g.sort, g.id", lang, NULL), out);
}

/* The columns of luxembourg_guide_load's query, in order. */
static const struct db_column guide_columns[] = {
	{ offsetof(struct luxembourg_guide, id), DB_TEXT },
	{ offsetof(struct luxembourg_guide, title), DB_TEXT },
	{ offsetof(struct luxembourg_guide, body), DB_TEXT },
	{ 0, DB_END },
};

enum orientation_status
luxembourg_guide_load(struct catalog *cat, const char *id, const char *lang,
    struct luxembourg_guide *out)
{
	return db_read_one(db_read_texts(catalog_db(cat),
	    "SELECT t.guide_id, t.title, t.body FROM guide_text t "
	    "WHERE t.guide_id = ?1 AND t.lang = "
	    CATALOG_CHAIN_LANG("guide_text", "x.guide_id = ?1", "?2"), id, lang),
	    guide_columns, out, sizeof *out);
}

char *
luxembourg_guide_for(struct catalog *cat, const char *level, bool has_trade)
{
	char *id = luxembourg_one(cat,
	    "SELECT guide_id FROM guide_level WHERE level = "
	    "CASE WHEN ?2 = 'trade' THEN 'dap' ELSE ?1 END",
	    level, has_trade ? "trade" : "");

	if (*id == '\0') {
		free(id);
		id = xstrdup("ladder");
	}
	return id;
}

/* The columns of luxembourg_trades' query, in order. */
#define TRADE(m) { offsetof(struct luxembourg_trade, m), DB_TEXT }
#define TRADE_OF(m, kind) { offsetof(struct luxembourg_trade, m), kind }
static const struct db_column trade_columns[] = {
	TRADE(diploma), TRADE(name), TRADE_OF(years, DB_INT), TRADE(chamber),
	TRADE_OF(french, DB_BOOL), TRADE_OF(english, DB_BOOL), TRADE(source),
	TRADE(source_date), TRADE_OF(close, DB_BOOL), { 0, DB_END },
};
#undef TRADE
#undef TRADE_OF

size_t
luxembourg_trades(struct catalog *cat, int occupation_id, const char *lang,
    struct luxembourg_trade **out)
{
	sqlite3_stmt *stmt = db_prepare_read(catalog_db(cat),
	    "SELECT t.diploma, t.name_fr, t.years, "
	    "  COALESCE(c.name, ''), t.french_track, t.english_track, "
	    "  f.source, f.source_date, o.match = 'close' "
	    "FROM occupation_trade o JOIN lu_trade t ON t.id = o.trade_id "
	    "LEFT JOIN fact_source f ON f.entity = 'trade:' || t.id "
	    "  AND f.field = t.diploma "
	    "LEFT JOIN chamber_text c ON c.chamber_id = t.chamber AND c.lang = "
	    CATALOG_CHAIN_LANG("chamber_text", "x.chamber_id = t.chamber", "?2")
	    "WHERE o.occupation_id = ?1 "
	    "ORDER BY o.match = 'close', t.diploma, t.name_fr", NULL);
	size_t n;

	sqlite3_bind_int(stmt, 1, occupation_id);
	sqlite3_bind_text(stmt, 2, lang, -1, SQLITE_TRANSIENT);
	*out = db_rows_finalize(stmt, sizeof **out, trade_columns, &n);
	return n;
}

enum orientation_status
luxembourg_shortage(struct catalog *cat, int occupation_id, const char *lang,
    struct luxembourg_shortage *out)
{
	static const char *const parts[] = {
		"title", "confirmed", "meaning", "source",
	};
	char **fields[] = {
		&out->title, &out->confirmed, &out->meaning, &out->source,
	};
	sqlite3_stmt *stmt = db_prepare_read(catalog_db(cat),
	    "SELECT s.year, group_concat(c.rome || ' ' || c.label_fr, '; '), "
	    "  min(m.match = 'close') "
	    "FROM occupation_shortage s JOIN shortage_code c "
	    "  ON c.year = s.year AND c.rome = s.rome "
	    "JOIN occupation o ON o.id = s.occupation_id "
	    "JOIN rome_esco m ON m.rome = s.rome AND m.esco_code = o.esco_code "
	    "WHERE s.occupation_id = ?1 "
	    "  AND s.year = (SELECT max(year) FROM occupation_shortage "
	    "                WHERE occupation_id = ?1) "
	    "GROUP BY s.year", NULL);

	memset(out, 0, sizeof *out);
	sqlite3_bind_int(stmt, 1, occupation_id);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		out->year = sqlite3_column_int(stmt, 0);
		out->codes = db_column_strdup(stmt, 1);
		out->close = sqlite3_column_int(stmt, 2) != 0;
	}
	sqlite3_finalize(stmt);
	if (out->year == 0)
		return ORIENTATION_NOT_FOUND;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		char *key = xasprintf("%d/%s", out->year, parts[i]);

		*fields[i] = luxembourg_one(cat,
		    "SELECT t.text FROM shortage_text t "
		    "WHERE t.year || '/' || t.part = ?1 AND t.lang = "
		    CATALOG_CHAIN_LANG("shortage_text",
		    "x.year || '/' || x.part = ?1", "?2"),
		    key, lang);
		free(key);
	}
	return ORIENTATION_OK;
}

char *
luxembourg_source_date(struct catalog *cat, const char *service_id)
{
	return luxembourg_one(cat,
	    "SELECT min(f.source_date) FROM fact_source f, service s "
	    "WHERE s.id = ?1 AND f.entity IN ('service:' || s.id, "
	    "  'provider:' || s.provider_id) AND f.source_date <> 'n/s' "
	    "HAVING count(*) > 0", service_id, NULL);
}

/* A source's columns. */
#define SOURCE(m) { offsetof(struct luxembourg_source, m), DB_TEXT }
static const struct db_column source_columns[] = {
	SOURCE(source), SOURCE(date), { 0, DB_END },
};
#undef SOURCE

size_t
luxembourg_sources(struct catalog *cat, const char *pattern,
    const char *also, struct luxembourg_source **out)
{
	size_t n;

	*out = db_rows_finalize(db_read_texts(catalog_db(cat),
	    "SELECT source, min(source_date) FROM fact_source "
	    "WHERE entity GLOB ?1 OR entity GLOB ?2 GROUP BY source "
	    "ORDER BY min(source_date) = 'n/s', min(source_date), source",
	    pattern, also), sizeof **out, source_columns, &n);
	return n;
}

void
luxembourg_guide_free(struct luxembourg_guide *g)
{
	db_row_free(g, guide_columns);
	memset(g, 0, sizeof *g);
}

/* The texts a shortage entry owns. */
#define SHORTAGE(m) { offsetof(struct luxembourg_shortage, m), DB_TEXT }
static const struct db_column shortage_texts[] = {
	SHORTAGE(codes), SHORTAGE(title), SHORTAGE(confirmed),
	SHORTAGE(meaning), SHORTAGE(source), { 0, DB_END },
};
#undef SHORTAGE

void
luxembourg_shortage_free(struct luxembourg_shortage *s)
{
	db_row_free(s, shortage_texts);
	memset(s, 0, sizeof *s);
}
