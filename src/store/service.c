/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Service queries.  Every text is looked up along the visitor's language
 * chain (CATALOG_CHAIN_LANG): the language itself, then the fallbacks the
 * language table names for it; never a language outside that chain.
 */
#include "service.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "db.h"
#include "service-db.h"
#include "sqlite-load.h"
#include "util/xmalloc.h"

/* The columns of a topic query, in order. */
static const struct db_column topic_columns[] = {
	{ offsetof(struct service_topic, id), DB_TEXT },
	{ offsetof(struct service_topic, label), DB_TEXT },
	{ 0, DB_END },
};
size_t
service_topics(struct catalog *cat, enum service_topic_kind kind,
    const char *lang, struct service_topic **out)
{
	static const char *const sql[] = {
		[SERVICE_TOPIC_NEED] =
		    "SELECT n.id, COALESCE(t.label, '') FROM need n "
		    "LEFT JOIN need_text t ON t.need_id = n.id AND t.lang = "
		    CATALOG_CHAIN_LANG("need_text", "x.need_id = n.id", "?1")
		    "ORDER BY n.sort, n.id",
		[SERVICE_TOPIC_GROUP] =
		    "SELECT g.id, COALESCE(t.name, '') FROM target_group g "
		    "LEFT JOIN target_group_text t ON t.group_id = g.id "
		    "  AND t.lang = " CATALOG_CHAIN_LANG("target_group_text",
		    "x.group_id = g.id", "?1")
		    "ORDER BY g.sort, g.id",
		[SERVICE_TOPIC_THEME] =
		    "SELECT h.id, COALESCE(t.name, '') FROM theme h "
		    "LEFT JOIN theme_text t ON t.theme_id = h.id AND t.lang = "
		    CATALOG_CHAIN_LANG("theme_text", "x.theme_id = h.id", "?1")
		    "ORDER BY h.sort, h.id",
	};
	size_t n;

	*out = db_rows_finalize(db_read_texts(catalog_db(cat), sql[kind], lang,
	    NULL), sizeof **out, topic_columns, &n);
	return n;
}

/* The columns of a service-line query, in order. */
static const struct db_column item_columns[] = {
	{ offsetof(struct service_item, id), DB_TEXT },
	{ offsetof(struct service_item, name), DB_TEXT },
	{ offsetof(struct service_item, line), DB_TEXT },
	{ 0, DB_END },
};

size_t
service_items_collect(sqlite3_stmt *stmt, struct service_item **out)
{
	size_t n;

	*out = db_rows_finalize(stmt, sizeof **out, item_columns, &n);
	return n;
}

/* Columns id, name, summary of services s in language ?1. */
#define SERVICE_COLUMNS                                                       \
	"SELECT s.id, COALESCE(t.name, ''), COALESCE(t.summary, '') "         \
	"FROM service s " SERVICE_TEXT_JOIN

/* The row t of service_text for service s in language ?1's chain. */
#define SERVICE_TEXT_JOIN                                                     \
	"LEFT JOIN service_text t ON t.service_id = s.id AND t.lang = "       \
	CATALOG_CHAIN_LANG("service_text", "x.service_id = s.id", "?1")

size_t
service_list(struct catalog *cat, enum service_topic_kind kind,
    const char *topic, const char *lang, struct service_item **out)
{
	const char *sql;

	if (topic == NULL)
		sql = SERVICE_COLUMNS "ORDER BY 2 COLLATE label, s.id";
	else if (kind == SERVICE_TOPIC_NEED)
		sql = "SELECT s.id, COALESCE(t.name, ''), "
		    "COALESCE(r.reason, '') FROM need_service ns "
		    "JOIN service s ON s.id = ns.service_id "
		    SERVICE_TEXT_JOIN
		    "LEFT JOIN need_service_text r ON r.need_id = ns.need_id AND "
		    "  r.service_id = s.id AND r.lang = "
		    CATALOG_CHAIN_LANG("need_service_text", "x.need_id = ns.need_id "
		    "AND x.service_id = s.id", "?1")
		    "WHERE ns.need_id = ?2 ORDER BY ns.rank, s.id";
	else if (kind == SERVICE_TOPIC_GROUP)
		sql = SERVICE_COLUMNS "JOIN service_group g ON g.service_id = s.id "
		    "WHERE g.group_id = ?2 ORDER BY 2 COLLATE label, s.id";
	else
		sql = SERVICE_COLUMNS "JOIN service_theme h ON h.service_id = s.id "
		    "WHERE h.theme_id = ?2 ORDER BY 2 COLLATE label, s.id";
	return service_items_collect(db_read_texts(catalog_db(cat), sql, lang,
	    topic), out);
}

size_t
service_recommend(struct catalog *cat, const struct service_context *ctx,
    const char *lang, struct service_item **out)
{
	/* A rule matches when its condition and value are among the visitor's
	 * facts (levels bind ?3..?6, groups ?7..?14; unbound ones are NULL
	 * and match nothing).  Per service the best rule wins: the visitor's
	 * own situation before the general "any" rules, then by rank. */
	char letter[2] = { ctx->riasec, '\0' };
	sqlite3_stmt *stmt = db_read_texts(catalog_db(cat),
	    "WITH hits AS (SELECT r.id, r.service_id, "
	    "  (r.condition = 'any') * 100 + r.rank AS score "
	    "  FROM recommend_rule r WHERE r.condition = 'any' "
	    "  OR (r.condition = 'riasec' AND r.value = ?2) "
	    "  OR (r.condition = 'level' AND r.value IN (?3, ?4, ?5, ?6)) "
	    "  OR (r.condition = 'group' AND r.value IN "
	    "      (?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))), "
	    "best AS (SELECT service_id, min(score) AS score FROM hits "
	    "  GROUP BY service_id) "
	    "SELECT s.id, COALESCE(t.name, ''), "
	    "  (SELECT COALESCE(rt.reason, '') FROM hits h "
	    "   LEFT JOIN recommend_rule_text rt ON rt.rule_id = h.id AND rt.lang = "
	    CATALOG_CHAIN_LANG("recommend_rule_text", "x.rule_id = h.id", "?1")
	    "   WHERE h.service_id = b.service_id ORDER BY h.score, h.id LIMIT 1) "
	    "FROM best b JOIN service s ON s.id = b.service_id "
	    SERVICE_TEXT_JOIN
	    "ORDER BY b.score, s.id", lang, ctx->riasec != 0 ? letter : NULL);

	for (int i = 0; i < ctx->nlevels && i < 4; i++)
		sqlite3_bind_text(stmt, 3 + i, ctx->levels[i], -1, SQLITE_TRANSIENT);
	for (int i = 0; i < ctx->ngroups && i < 8; i++)
		sqlite3_bind_text(stmt, 7 + i, ctx->groups[i], -1, SQLITE_TRANSIENT);
	return service_items_collect(stmt, out);
}

/*
 * The names in @table (target_group or theme) of service ?2 in language
 * ?1's chain, through the link table @link whose column @key names them.
 */
#define SERVICE_NAMES_SQL(link, table, key)                                   \
	"SELECT COALESCE(t.name, '') FROM " link " l "                        \
	"JOIN " table " g ON g.id = l." key " "                               \
	"LEFT JOIN " table "_text t ON t." key " = g.id AND t.lang = "        \
	CATALOG_CHAIN_LANG(table "_text", "x." key " = g.id", "?1")           \
	"WHERE l.service_id = ?2 ORDER BY g.sort"

/* The names of a service's groups or themes, joined by ", ". */
static char *
joined_names(struct catalog *cat, const char *sql, const char *id,
    const char *lang)
{
	sqlite3_stmt *stmt = db_read_texts(catalog_db(cat), sql, lang, id);
	char *all = xstrdup("");

	while (sqlite3_step(stmt) == SQLITE_ROW) {
		char *next = xasprintf("%s%s%s", all, *all ? ", " : "",
		    (const char *)sqlite3_column_text(stmt, 0));

		free(all);
		all = next;
	}
	sqlite3_finalize(stmt);
	return all;
}

/* The columns of service_detail_load's query, in order. */
#define DETAIL(m) { offsetof(struct service_detail, m), DB_TEXT }
static const struct db_column detail_columns[] = {
	DETAIL(id), DETAIL(name), DETAIL(summary), DETAIL(offer),
	DETAIL(audience), DETAIL(provider), DETAIL(address), DETAIL(web),
	DETAIL(email), DETAIL(phone), DETAIL(languages), DETAIL(source),
	DETAIL(last_checked), { 0, DB_END },
};
#undef DETAIL

enum orientation_status
service_detail_load(struct catalog *cat, const char *id, const char *lang,
    struct service_detail *out)
{
	sqlite3_stmt *stmt = db_read_texts(catalog_db(cat),
	    "SELECT s.id, COALESCE(t.name, ''), COALESCE(t.summary, ''), "
	    "  COALESCE(t.offer, ''), COALESCE(t.audience, ''), "
	    "  COALESCE(pt.name, ''), COALESCE(s.address, p.address), "
	    "  COALESCE(s.web, p.web), COALESCE(s.email, p.email), "
	    "  COALESCE(s.phone, p.phone), s.languages, s.source, s.last_checked "
	    "FROM service s JOIN provider p ON p.id = s.provider_id "
	    SERVICE_TEXT_JOIN
	    "LEFT JOIN provider_text pt ON pt.provider_id = p.id AND pt.lang = "
	    CATALOG_CHAIN_LANG("provider_text", "x.provider_id = p.id", "?1")
	    "WHERE s.id = ?2", lang, id);
	enum orientation_status st;

	if ((st = db_read_one(stmt, detail_columns, out, sizeof *out)) !=
	    ORIENTATION_OK)
		return st;
	out->groups = joined_names(cat, SERVICE_NAMES_SQL("service_group",
	    "target_group", "group_id"), id, lang);
	out->themes = joined_names(cat, SERVICE_NAMES_SQL("service_theme",
	    "theme", "theme_id"), id, lang);
	return ORIENTATION_OK;
}

void
service_detail_free(struct service_detail *d)
{
	char **fields[] = {
		&d->id, &d->name, &d->summary, &d->offer, &d->audience,
		&d->provider, &d->address, &d->web, &d->email, &d->phone,
		&d->languages, &d->groups, &d->themes, &d->source,
		&d->last_checked,
	};

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
}
