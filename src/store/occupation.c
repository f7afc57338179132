/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Occupation queries: the only code that speaks SQL about occupations.
 * It opens its own read-only connection to the catalog file (SQLite allows
 * any number of readers), prepares its statements once and resets them
 * after each use; text columns are copied before the next step.  Labels
 * are LEFT JOINed along the requested language's chain (the language,
 * then its fallbacks), and never in a language outside it.  Lists sorted
 * by label use the catalog's collation "label" (core/collate.h), so "électricien"
 * sorts among the e's.
 */
#include "occupation.h"

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "catalog-db.h"
#include "db.h"
#include "sqlite-load.h"
#include "util/xmalloc.h"

/* The label t of occupation o along ?lang's chain; t.label NULL if none. */
#define OCC_LABEL_JOIN(o, lang)                                               \
	"LEFT JOIN occupation_text t ON t.occupation_id = " o ".id "          \
	"  AND t.lang = " CATALOG_CHAIN_LANG("occupation_text",               \
	"x.occupation_id = " o ".id", lang)
#define ISCO_LABEL_JOIN(g, lang)                                              \
	"LEFT JOIN isco_group_text t ON t.code = " g ".code "                 \
	"  AND t.lang = " CATALOG_CHAIN_LANG("isco_group_text",               \
	"x.code = " g ".code", lang)

struct occupation_store {
	sqlite3 *db;
	sqlite3_stmt *count;
	sqlite3_stmt *matching;
	sqlite3_stmt *matching_skills;
	sqlite3_stmt *label;
	sqlite3_stmt *isco_label;
	sqlite3_stmt *sources;
	sqlite3_stmt *isco_path;
	sqlite3_stmt *isco_children;
	sqlite3_stmt *alt_labels;
	sqlite3_stmt *related;
	sqlite3_stmt *in_group;
	sqlite3_stmt *top_skills;
	sqlite3_stmt *lmi;
	bool prepared;       /* statements are prepared on first use */
};

/* ---------------------------------------------------------------- opening */

/* Whether the catalog has every table this file reads. */
static bool
has_tables(sqlite3 *db)
{
	static const char *const tables[] = {
		"occupation", "occupation_text", "occupation_alt",
		"occupation_skill", "occupation_lmi", "isco_group",
		"isco_group_text", "skill",
	};

	return db_has_tables(db, tables, sizeof tables / sizeof tables[0]);
}

/* The addresses of every statement of @s. */
#define STORE_STATEMENTS(s)                                                   \
	{ &(s)->count, &(s)->matching, &(s)->matching_skills, &(s)->label,    \
	  &(s)->isco_label, &(s)->sources, &(s)->isco_path,                   \
	  &(s)->isco_children, &(s)->alt_labels, &(s)->related,               \
	  &(s)->in_group, &(s)->top_skills, &(s)->lmi }

/* Finalize every statement of @s. */
static void
finalize_all(struct occupation_store *s)
{
	sqlite3_stmt **all[] = STORE_STATEMENTS(s);

	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		sqlite3_finalize(*all[i]);
		*all[i] = NULL;
	}
}

/* Prepare @sql; note in *@failed if a stand-in came back. */
static sqlite3_stmt *
prepare_one(struct occupation_store *s, bool *failed, const char *sql)
{
	bool fail;
	sqlite3_stmt *stmt = db_prepare_read(s->db, sql, &fail);

	*failed = *failed || fail;
	return stmt;
}

/*
 * Prepare every statement of @s.  If the catalog could not be read, the
 * stand-ins (no rows) serve this call and the next call tries again.
 */
static void
prepare(struct occupation_store *s)
{
	bool failed = false;

	if (s->prepared)
		return;
	finalize_all(s);
	s->count = prepare_one(s, &failed, "SELECT count(*) FROM occupation");
	s->matching = prepare_one(s, &failed,
	    "SELECT id, R, I, A, S, E, C, riasec_source, level, isco_code "
	    "FROM occupation ORDER BY id");
	s->matching_skills = prepare_one(s, &failed,
	    "SELECT occupation_id, element_id, importance "
	    "FROM occupation_skill ORDER BY occupation_id");
	s->label = prepare_one(s, &failed,
	    "SELECT COALESCE(t.label, '') FROM occupation o "
	    OCC_LABEL_JOIN("o", "?2") "WHERE o.id = ?1");
	s->isco_label = prepare_one(s, &failed,
	    "SELECT COALESCE(t.label, ''), COALESCE(t.lang, '') "
	    "FROM isco_group g "
	    ISCO_LABEL_JOIN("g", "?2") "WHERE g.code = ?1");
	s->sources = prepare_one(s, &failed,
	    "SELECT riasec_source, skill_source FROM occupation WHERE id = ?1");
	s->isco_path = prepare_one(s, &failed,
	    "SELECT g.code, COALESCE(t.label, ''), COALESCE(t.lang, '') "
	    "FROM occupation o JOIN isco_group g ON g.code IN "
	    "  (substr(o.isco_code, 1, 1), substr(o.isco_code, 1, 2), "
	    "   substr(o.isco_code, 1, 3), o.isco_code) "
	    ISCO_LABEL_JOIN("g", "?2") "WHERE o.id = ?1 ORDER BY g.level");
	s->isco_children = prepare_one(s, &failed,
	    "SELECT g.code, COALESCE(t.label, ''), COALESCE(t.lang, '') "
	    "FROM isco_group g "
	    ISCO_LABEL_JOIN("g", "?2")
	    "WHERE (?1 = '' AND g.parent IS NULL) OR g.parent = ?1 "
	    "ORDER BY g.code");
	/* Labels in the first language along ?2's chain that has any (none
	 * outside the chain); never the title. */
	s->alt_labels = prepare_one(s, &failed,
	    "WITH l(lang) AS (SELECT " CATALOG_CHAIN_LANG("occupation_alt",
	    "x.occupation_id = ?1 AND x.hidden = 0", "?2") ") "
	    "SELECT a.label FROM occupation_alt a JOIN l ON a.lang = l.lang "
	    "LEFT JOIN occupation_text p ON p.occupation_id = a.occupation_id "
	    "  AND p.lang = a.lang "
	    "WHERE a.occupation_id = ?1 AND a.hidden = 0 "
	    "  AND a.label IS NOT p.label "
	    "ORDER BY a.label COLLATE label");
	s->related = prepare_one(s, &failed,
	    "SELECT o.id, COALESCE(t.label, '') AS label "
	    "FROM occupation x JOIN occupation o ON o.isco_code = x.isco_code "
	    "  AND o.id <> x.id "
	    OCC_LABEL_JOIN("o", "?2")
	    "WHERE x.id = ?1 ORDER BY label COLLATE label, o.id");
	s->in_group = prepare_one(s, &failed,
	    "SELECT o.id, COALESCE(t.label, '') AS label "
	    "FROM occupation o "
	    OCC_LABEL_JOIN("o", "?2")
	    "WHERE substr(o.isco_code, 1, length(?1)) = ?1 "
	    "ORDER BY label COLLATE label, o.id");
	s->top_skills = prepare_one(s, &failed,
	    "SELECT s.element_id, s.importance FROM occupation_skill s "
	    "JOIN skill k ON k.element_id = s.element_id "
	    "WHERE s.occupation_id = ?1 "
	    "ORDER BY s.importance DESC, k.sort, s.element_id LIMIT ?2");
	s->lmi = prepare_one(s, &failed,
	    "SELECT apprenticeship, shortage, source, checked "
	    "FROM occupation_lmi WHERE occupation_id = ?1");
	s->prepared = !failed;
}

enum orientation_status
occupation_store_open(struct catalog *cat, struct occupation_store **out)
{
	struct occupation_store *s;

	*out = NULL;
	s = xcalloc(1, sizeof *s);
	s->db = catalog_db(cat);
	if (!has_tables(s->db)) {
		occupation_store_free(s);
		return ORIENTATION_CATALOG_NOT_DB;
	}
	/* The statements are prepared on first use: a kiosk shows its first
	 * screen without paying for them. */
	*out = s;
	return ORIENTATION_OK;
}

void
occupation_store_free(struct occupation_store *store)
{
	if (store == NULL)
		return;
	finalize_all(store);
	free(store);
}

/* ---------------------------------------------------------------- matching */

size_t
occupation_store_count(struct occupation_store *store)
{
	prepare(store);
	size_t n = 0;

	if (sqlite3_step(store->count) == SQLITE_ROW)
		n = (size_t)sqlite3_column_int64(store->count, 0);
	sqlite3_reset(store->count);
	return n;
}

/* The index of @id in @skill_ids, or -1. */
static int
skill_index(const char *const *skill_ids, int nskills, const char *id)
{
	for (int k = 0; k < nskills; k++)
		if (skill_ids[k] != NULL && strcmp(skill_ids[k], id) == 0)
			return k;
	return -1;
}

/* Fill the skill importances of @occ (sorted by id) from the catalog. */
static void
load_skills(struct occupation_store *store, const char *const *skill_ids,
    int nskills, struct match_occupation *occ, size_t n)
{
	sqlite3_stmt *stmt = store->matching_skills;
	size_t j = 0;

	while (sqlite3_step(stmt) == SQLITE_ROW) {
		int id = sqlite3_column_int(stmt, 0);
		const char *element;
		int k;

		/* Both lists are in id order: walk them together. */
		while (j < n && occ[j].id < id)
			j++;
		if (j == n)
			break;
		element = (const char *)sqlite3_column_text(stmt, 1);
		if (occ[j].id != id || element == NULL)
			continue;
		k = skill_index(skill_ids, nskills, element);
		if (k >= 0)
			occ[j].skill_centi[k] = (uint16_t)(sqlite3_column_double(
			    stmt, 2) * MATCH_SKILL_SCALE + 0.5);
	}
	sqlite3_reset(stmt);
}

size_t
occupation_store_load_matching(struct occupation_store *store,
    const char *const *skill_ids, int nskills, struct match_occupation **out)
{
	prepare(store);
	sqlite3_stmt *stmt = store->matching;
	struct match_occupation *occ = NULL;
	size_t n = 0, cap = 0;

	if (nskills > MATCH_MAX_SKILLS)
		nskills = MATCH_MAX_SKILLS;
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct match_occupation *o;
		const unsigned char *src = sqlite3_column_text(stmt, 7);
		const unsigned char *isco = sqlite3_column_text(stmt, 9);

		occ = xgrow(occ, n, &cap, 4096, sizeof *occ);
		o = &occ[n++];
		*o = (struct match_occupation){
			.id = sqlite3_column_int(stmt, 0),
			.has_riasec = src != NULL,
			.estimated = src != NULL &&
			    strcmp((const char *)src, "isco") == 0,
			.level = sqlite3_column_type(stmt, 8) == SQLITE_NULL ?
			    MATCH_LEVEL_ANY : sqlite3_column_int(stmt, 8),
			.isco_major = isco != NULL && isco[0] >= '0' &&
			    isco[0] <= '9' ? isco[0] - '0' : -1,
		};
		for (int t = 0; t < RIASEC_COUNT; t++)
			o->riasec[t] = (float)sqlite3_column_double(stmt, 1 + t);
	}
	sqlite3_reset(stmt);
	if (n > 0 && nskills > 0)
		load_skills(store, skill_ids, nskills, occ, n);
	*out = occ;
	return n;
}

/* ---------------------------------------------------------------- texts */

char *
occupation_store_label(struct occupation_store *store, int id,
    const char *lang)
{
	prepare(store);
	char *label = NULL;

	sqlite3_bind_int(store->label, 1, id);
	sqlite3_bind_text(store->label, 2, lang, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(store->label) == SQLITE_ROW)
		label = db_column_strdup(store->label, 0);
	sqlite3_reset(store->label);
	return label;
}

char *
occupation_store_text_lang(struct occupation_store *store, int id,
    enum occupation_text which, const char *lang)
{
	static const char *const sql[] = {
		[OCCUPATION_TEXT_LABEL] = "SELECT " CATALOG_CHAIN_LANG(
		    "occupation_text", "x.occupation_id = ?1", "?2"),
		[OCCUPATION_TEXT_ALT] = "SELECT " CATALOG_CHAIN_LANG(
		    "occupation_alt", "x.occupation_id = ?1 AND x.hidden = 0",
		    "?2"),
	};
	sqlite3_stmt *stmt = db_prepare_read(store->db, sql[which], NULL);
	char *code = NULL;

	sqlite3_bind_int(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, lang, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(stmt) == SQLITE_ROW &&
	    sqlite3_column_type(stmt, 0) != SQLITE_NULL)
		code = db_column_strdup(stmt, 0);
	sqlite3_finalize(stmt);
	return code;
}

char *
occupation_store_isco_label(struct occupation_store *store, const char *code,
    const char *lang, char **in)
{
	prepare(store);
	char *label = NULL;

	if (in != NULL)
		*in = NULL;
	sqlite3_bind_text(store->isco_label, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(store->isco_label, 2, lang, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(store->isco_label) == SQLITE_ROW) {
		label = db_column_strdup(store->isco_label, 0);
		if (in != NULL)
			*in = db_column_strdup(store->isco_label, 1);
	}
	sqlite3_reset(store->isco_label);
	return label;
}

/* The source named in column @col of the sources statement. */
static enum occupation_source
source(struct occupation_store *store, int id, int col)
{
	enum occupation_source src = OCCUPATION_SOURCE_NONE;

	sqlite3_bind_int(store->sources, 1, id);
	if (sqlite3_step(store->sources) == SQLITE_ROW) {
		const char *t;

		t = (const char *)sqlite3_column_text(store->sources, col);
		if (t != NULL && strcmp(t, "own") == 0)
			src = OCCUPATION_SOURCE_OWN;
		else if (t != NULL && strcmp(t, "isco") == 0)
			src = OCCUPATION_SOURCE_ISCO;
	}
	sqlite3_reset(store->sources);
	return src;
}

enum occupation_source
occupation_store_riasec_source(struct occupation_store *store, int id)
{
	prepare(store);
	return source(store, id, 0);
}

enum occupation_source
occupation_store_skill_source(struct occupation_store *store, int id)
{
	prepare(store);
	return source(store, id, 1);
}

/* The columns of the ISCO group queries, in order. */
static const struct db_column isco_columns[] = {
	{ offsetof(struct occupation_isco, code), DB_TEXT },
	{ offsetof(struct occupation_isco, label), DB_TEXT },
	{ offsetof(struct occupation_isco, lang), DB_TEXT },
	{ 0, DB_END },
};

/*
 * Run the statement at @stmt (prepared first) for an occupation id
 * (@code NULL) or an ISCO code, in @lang, collecting its rows by @cols.
 * @out is the caller's array pointer (of any element type): the new array
 * is copied into it.  @return how many.
 */
static size_t
collect(struct occupation_store *store, sqlite3_stmt *const *stmt, int id,
    const char *code, const char *lang, size_t size,
    const struct db_column *cols, void *out)
{
	void *all;
	size_t n;

	prepare(store);
	if (code != NULL)
		sqlite3_bind_text(*stmt, 1, code, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int(*stmt, 1, id);
	sqlite3_bind_text(*stmt, 2, lang, -1, SQLITE_TRANSIENT);
	all = db_rows(*stmt, size, cols, &n);
	memcpy(out, &all, sizeof all);
	return n;
}

size_t
occupation_store_isco_path(struct occupation_store *store, int id,
    const char *lang, struct occupation_isco **out)
{
	return collect(store, &store->isco_path, id, NULL, lang, sizeof **out,
	    isco_columns, out);
}

size_t
occupation_store_isco_children(struct occupation_store *store,
    const char *code, const char *lang, struct occupation_isco **out)
{
	return collect(store, &store->isco_children, 0, code, lang,
	    sizeof **out, isco_columns, out);
}

/* The column of the alternative-label query. */
static const struct db_column label_columns[] = {
	{ 0, DB_TEXT },
	{ 0, DB_END },
};

size_t
occupation_store_alt_labels(struct occupation_store *store, int id,
    const char *lang, char ***out)
{
	return collect(store, &store->alt_labels, id, NULL, lang, sizeof **out,
	    label_columns, out);
}

/* The columns of the related and in-group queries, in order. */
static const struct db_column entry_columns[] = {
	{ offsetof(struct occupation_entry, id), DB_INT },
	{ offsetof(struct occupation_entry, label), DB_TEXT },
	{ 0, DB_END },
};

size_t
occupation_store_related(struct occupation_store *store, int id,
    const char *lang, struct occupation_entry **out)
{
	return collect(store, &store->related, id, NULL, lang, sizeof **out,
	    entry_columns, out);
}

size_t
occupation_store_in_group(struct occupation_store *store, const char *code,
    const char *lang, struct occupation_entry **out)
{
	return collect(store, &store->in_group, 0, code, lang, sizeof **out,
	    entry_columns, out);
}

/* The columns of the top-skills query, in order. */
static const struct db_column skill_columns[] = {
	{ offsetof(struct occupation_skill, element_id), DB_TEXT },
	{ offsetof(struct occupation_skill, importance), DB_REAL },
	{ 0, DB_END },
};

size_t
occupation_store_top_skills(struct occupation_store *store, int id,
    size_t max, struct occupation_skill **out)
{
	prepare(store);
	sqlite3_stmt *stmt = store->top_skills;
	size_t n;

	sqlite3_bind_int(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, (sqlite3_int64)(max < INT32_MAX ? max :
	    INT32_MAX));
	*out = db_rows(stmt, sizeof **out, skill_columns, &n);
	return n;
}

/* Column @col as 1, 0 or -1 for NULL. */
static int
tristate(sqlite3_stmt *stmt, int col)
{
	if (sqlite3_column_type(stmt, col) == SQLITE_NULL)
		return -1;
	return sqlite3_column_int(stmt, col) != 0;
}

enum orientation_status
occupation_store_lmi(struct occupation_store *store, int id,
    struct occupation_lmi *out)
{
	prepare(store);
	sqlite3_stmt *stmt = store->lmi;
	enum orientation_status st = ORIENTATION_NOT_FOUND;

	*out = (struct occupation_lmi){ .apprenticeship = -1, .shortage = -1 };
	sqlite3_bind_int(stmt, 1, id);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		out->apprenticeship = tristate(stmt, 0);
		out->shortage = tristate(stmt, 1);
		out->source = db_column_strdup(stmt, 2);
		out->checked = db_column_strdup(stmt, 3);
		st = ORIENTATION_OK;
	}
	sqlite3_reset(stmt);
	return st;
}

/* ---------------------------------------------------------------- freeing */

void
occupation_lmi_free(struct occupation_lmi *lmi)
{
	free(lmi->source);
	free(lmi->checked);
	*lmi = (struct occupation_lmi){ .apprenticeship = -1, .shortage = -1 };
}
