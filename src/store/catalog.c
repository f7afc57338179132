/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog queries.  The file is opened read-only; statements are prepared
 * once and reset after each use.  Text columns are copied out before the
 * next step, as SQLite's column pointers do not outlive it.
 */
#include "catalog.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/collate.h"
#include "catalog-db.h"
#include "db.h"
#include "sql.h"
#include "sqlite-load.h"
#include "tokenizer.h"
#include "util/xmalloc.h"

struct catalog {
	sqlite3 *db;
	char *path;             /* for rolling back a hot journal */
	dev_t dev;              /* the file at path when it was opened, to */
	ino_t ino;              /* tell when another is renamed over it */
	int cache_kib;          /* page cache; 0: SQLite's default */
	struct catalog_language *langs;
	size_t nlangs;
	sqlite3_stmt *items;
	sqlite3_stmt *types;
	sqlite3_stmt *cached[CATALOG_STMT_COUNT];
	struct tokenizer *tokenizer;
	/* Which of those are stand-ins (db_prepare_read), to try again. */
	bool items_failed, types_failed, cached_failed[CATALOG_STMT_COUNT];
};

/* The questionnaire items in asking order, texts along ?1's chain; only
 * the short form when ?2. */
static const char items_sql[] =
    "SELECT i.id, i.type, i.short_form, COALESCE(t.text, '') "
    "FROM riasec_item i "
    "LEFT JOIN riasec_item_text t ON t.item_id = i.id AND t.lang = "
    CATALOG_CHAIN_LANG("riasec_item_text", "x.item_id = i.id", "?1")
    "WHERE ?2 = 0 OR i.short_form = 1 ORDER BY i.id";

/* The texts of the six types along ?1's chain. */
static const char types_sql[] =
    "SELECT t.type, t.name, t.enjoys, t.fields FROM riasec_type_text t "
    "WHERE t.lang = " CATALOG_CHAIN_LANG("riasec_type_text",
    "x.type = t.type", "?1");

/* The columns of load_languages' query, in order. */
#define LANGUAGE(m) { offsetof(struct catalog_language, m), DB_TEXT }
static const struct db_column language_columns[] = {
	LANGUAGE(code), LANGUAGE(native_name), LANGUAGE(prompt),
	LANGUAGE(plural), LANGUAGE(date), LANGUAGE(months), LANGUAGE(decimal),
	LANGUAGE(chain), { 0, DB_END },
};
#undef LANGUAGE

/* Load the language list once: it is small and asked for on every paint.
 * It replaces the list @cat has only when it reads in full. */
static enum orientation_status
load_languages(struct catalog *cat)
{
	struct catalog_language *langs = NULL;
	size_t n = 0;
	sqlite3_stmt *stmt = db_prepare_read(cat->db,
	    "SELECT l.code, l.native_name, l.prompt, l.plural, l.date, "
	    "  l.months, l.decimal, (SELECT group_concat(fallback, ':') FROM "
	    "  (SELECT fallback FROM language_chain c WHERE c.lang = l.code "
	    "   ORDER BY c.rank)) "
	    "FROM language l ORDER BY l.sort, l.code",
	    NULL);
	int rc = db_rows_read(stmt, sizeof *langs, language_columns, &langs, &n);

	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE || n == 0) {
		rows_free(langs);
		return ORIENTATION_CATALOG_NOT_DB;
	}
	rows_free(cat->langs);
	cat->langs = langs;
	cat->nlangs = n;
	return ORIENTATION_OK;
}

/* The tables this version reads. */
static const char *const read_tables[] = {
	"language", "language_chain", "riasec_item", "riasec_item_text",
	"riasec_type_text",
};

enum orientation_status
catalog_schema_check(sqlite3 *db, int version, const char *const *tables,
    size_t n)
{
	if (version > CATALOG_SCHEMA_VERSION)
		return ORIENTATION_CATALOG_VERSION;
	if (version < CATALOG_SCHEMA_VERSION || !db_has_tables(db, tables, n))
		return ORIENTATION_CATALOG_NOT_DB;
	return ORIENTATION_OK;
}

/*
 * A counselor's program that died in the middle of saving leaves a "hot"
 * rollback journal beside the catalog.  A read-only connection cannot
 * roll it back and refuses to read (SQLITE_READONLY_ROLLBACK); a short
 * read-write connection does it on its first read, where the file allows.
 * Returns whether the catalog could be read afterwards.
 */
static bool
roll_back_journal(const char *path)
{
	sqlite3 *db = NULL;
	int version;
	bool ok;

	ok = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) ==
	    SQLITE_OK;
	if (ok) {
		sqlite3_busy_timeout(db, DB_BUSY_TIMEOUT_MS);
		ok = db_user_version(db, &version) == SQLITE_OK;
	}
	sqlite3_close(db);
	return ok;
}

/* Open @path read-only and read its schema version; a hot journal is
 * rolled back first where possible.  Returns a SQLite result code, the
 * extended one for a hot journal that stays. */
static int
open_readonly(struct catalog *cat, const char *path, int *version)
{
	int rc;

	for (int attempt = 0;; attempt++) {
		/* One thread uses it: no locking of its own. */
		rc = sqlite3_open_v2(path, &cat->db, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_NOMUTEX, NULL);
		if (rc == SQLITE_OK)
			rc = tokenizer_register(cat->db);
		if (rc != SQLITE_OK)
			return rc;
		sqlite3_busy_timeout(cat->db, DB_BUSY_TIMEOUT_MS);
		db_lean(cat->db, cat->cache_kib);
		rc = db_user_version(cat->db, version);
		if (rc == SQLITE_OK || attempt > 0 ||
		    sqlite3_extended_errcode(cat->db) != SQLITE_READONLY_ROLLBACK)
			return rc;
		sqlite3_close(cat->db);
		cat->db = NULL;
		if (!roll_back_journal(path))
			return SQLITE_READONLY_ROLLBACK;
	}
}

/* The collation "label" (core/collate.h), for SQLite. */
static int
catalog_collate_labels(void *unused, int alen, const void *a, int blen,
    const void *b)
{
	(void)unused;
	return collate_labels(a, (size_t)alen, b, (size_t)blen);
}

void
catalog_set_cache_kib(struct catalog *cat, int kib)
{
	cat->cache_kib = kib;
	db_lean(cat->db, kib);
}

/* Open @path into @cat and check it is a catalog this version reads. */
static enum orientation_status
open_checked(struct catalog *cat, const char *path)
{
	enum orientation_status status;
	int version = 0, rc = open_readonly(cat, path, &version);

	if (rc == SQLITE_READONLY_ROLLBACK)
		return ORIENTATION_CATALOG_UNFINISHED;
	if (rc != SQLITE_OK)
		return sql_sqlite_rc(rc) == SQL_CANTOPEN ?
		    ORIENTATION_CATALOG_OPEN : ORIENTATION_CATALOG_NOT_DB;
	if ((status = catalog_schema_check(cat->db, version, read_tables,
	    sizeof read_tables / sizeof read_tables[0])) != ORIENTATION_OK ||
	    (status = load_languages(cat)) != ORIENTATION_OK)
		return status;
	if (sqlite3_create_collation_v2(cat->db, "label", SQLITE_UTF8, NULL,
	    catalog_collate_labels, NULL) != SQLITE_OK)
		return ORIENTATION_DB_ERROR;
	return ORIENTATION_OK;
}

enum orientation_status
catalog_open(const char *path, struct catalog **out)
{
	struct catalog *cat;
	enum orientation_status status;
	struct stat st;

	*out = NULL;
	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	cat = xcalloc(1, sizeof *cat);
	cat->path = xstrdup(path);
	/* Before opening: a file renamed in between is seen as a new one
	 * (catalog_replaced), never the reverse. */
	if (stat(path, &st) == 0) {
		cat->dev = st.st_dev;
		cat->ino = st.st_ino;
	}
	if ((status = open_checked(cat, path)) != ORIENTATION_OK) {
		catalog_free(cat);
		return status;
	}
	*out = cat;
	return ORIENTATION_OK;
}

/* The revision, or -1 if the catalog cannot be read now. */
static long
read_revision(struct catalog *cat)
{
	sqlite3_stmt *stmt;
	long rev = -1;

	if (sqlite3_prepare_v2(cat->db, "SELECT CAST(value AS INTEGER) FROM meta "
	    "WHERE key = 'revision'", -1, &stmt, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		rev = (long)sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return rev;
}

long
catalog_revision(struct catalog *cat)
{
	long rev = read_revision(cat);

	/* A counselor's save that died half-way blocks every read until its
	 * journal is rolled back. */
	if (rev == -1 &&
	    sqlite3_extended_errcode(cat->db) == SQLITE_READONLY_ROLLBACK &&
	    roll_back_journal(cat->path))
		rev = read_revision(cat);
	return rev;
}

bool
catalog_replaced(const struct catalog *cat)
{
	struct stat st;

	return stat(cat->path, &st) == 0 &&
	    (st.st_dev != cat->dev || st.st_ino != cat->ino);
}

enum orientation_status
catalog_reload(struct catalog *cat)
{
	return load_languages(cat);
}

void
catalog_free(struct catalog *cat)
{
	if (cat == NULL)
		return;
	rows_free(cat->langs);
	sqlite3_finalize(cat->items);
	sqlite3_finalize(cat->types);
	for (int i = 0; i < CATALOG_STMT_COUNT; i++)
		sqlite3_finalize(cat->cached[i]);
	tokenizer_free(cat->tokenizer);
	sqlite3_close(cat->db);
	free(cat->path);
	free(cat);
}

sqlite3 *
catalog_db(struct catalog *cat)
{
	return cat->db;
}

struct tokenizer *
catalog_tokenizer(struct catalog *cat)
{
	if (cat->tokenizer == NULL)
		cat->tokenizer = tokenizer_open(cat->db);
	return cat->tokenizer;
}

sqlite3_stmt *
catalog_stmt(struct catalog *cat, enum catalog_stmt which, const char *sql)
{
	if (cat->cached[which] == NULL || cat->cached_failed[which]) {
		sqlite3_finalize(cat->cached[which]);
		cat->cached[which] = db_prepare_read(cat->db, sql,
		    &cat->cached_failed[which]);
	} else {
		sqlite3_reset(cat->cached[which]);
		sqlite3_clear_bindings(cat->cached[which]);
	}
	return cat->cached[which];
}

size_t
catalog_languages(const struct catalog *cat, const struct catalog_language **out)
{
	*out = cat->langs;
	return cat->nlangs;
}

const struct catalog_language *
catalog_language_find(const struct catalog *cat, const char *code)
{
	return catalog_language_in(cat->langs, cat->nlangs, code);
}

const struct catalog_language *
catalog_language_in(const struct catalog_language *langs, size_t n,
    const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(langs[i].code, code) == 0)
			return &langs[i];
	return NULL;
}

/* The texts a questionnaire item owns. */
static const struct db_column item_texts[] = {
	{ offsetof(struct catalog_item, text), DB_TEXT },
	{ 0, DB_END },
};

size_t
catalog_items_load(struct catalog *cat, const char *lang, bool short_form,
    struct catalog_item **out)
{
	struct catalog_item *items = NULL, *item;
	size_t n = 0;

	/* Prepared on first use: the language screen does not need it. */
	if (cat->items == NULL || cat->items_failed) {
		sqlite3_finalize(cat->items);
		cat->items = db_prepare_read(cat->db, items_sql, &cat->items_failed);
	}
	sqlite3_bind_text(cat->items, 1, lang, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(cat->items, 2, short_form);
	while (sqlite3_step(cat->items) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(cat->items, 1);
		enum riasec_type type;

		if (t == NULL || !riasec_from_letter((char)t[0], &type))
			continue;
		item = rows_add(&items, sizeof *items, item_texts);
		item->id = sqlite3_column_int(cat->items, 0);
		item->type = type;
		item->short_form = sqlite3_column_int(cat->items, 2) != 0;
		item->text = db_column_strdup(cat->items, 3);
		n++;
	}
	sqlite3_reset(cat->items);
	*out = items;
	return n;
}

/* The columns of catalog_skills_load's query, in order. */
static const struct db_column skill_columns[] = {
	{ offsetof(struct catalog_skill, element_id), DB_TEXT },
	{ offsetof(struct catalog_skill, name), DB_TEXT },
	{ offsetof(struct catalog_skill, explanation), DB_TEXT },
	{ 0, DB_END },
};

size_t
catalog_skills_load(struct catalog *cat, const char *lang,
    struct catalog_skill **out)
{
	size_t n;

	*out = db_rows_finalize(db_read_texts(cat->db,
	    "SELECT s.element_id, COALESCE(t.name, ''), "
	    "       COALESCE(t.explanation, '') FROM skill s "
	    "LEFT JOIN skill_text t ON t.element_id = s.element_id AND t.lang = "
	    CATALOG_CHAIN_LANG("skill_text", "x.element_id = s.element_id", "?1")
	    "ORDER BY s.sort, s.element_id", lang, NULL),
	    sizeof **out, skill_columns, &n);
	return n;
}

int
catalog_quiz_begin(struct catalog *cat, struct session *s,
    enum session_form form, time_t now, struct catalog_item **items,
    size_t *nitems)
{
	struct catalog_item *all;
	size_t n = catalog_items_load(cat, s->lang, form == SESSION_FORM_SHORT,
	    &all);
	int ids[SESSION_MAX_ITEMS];
	enum riasec_type types[SESSION_MAX_ITEMS];
	int count = 0;

	for (size_t i = 0; i < n && count < SESSION_MAX_ITEMS; i++, count++) {
		ids[count] = all[i].id;
		types[count] = all[i].type;
	}
	if (count > 0)
		session_begin_quiz(s, form, ids, types, count, now);
	if (items != NULL) {
		*items = all;
		*nitems = n;
	} else {
		rows_free(all);
	}
	return count;
}

enum orientation_status
catalog_type_texts_load(struct catalog *cat, const char *lang,
    struct catalog_type_text out[RIASEC_COUNT])
{
	int found = 0;

	memset(out, 0, sizeof(struct catalog_type_text) * RIASEC_COUNT);
	if (cat->types == NULL || cat->types_failed) {
		sqlite3_finalize(cat->types);
		cat->types = db_prepare_read(cat->db, types_sql, &cat->types_failed);
	}
	sqlite3_bind_text(cat->types, 1, lang, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(cat->types) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(cat->types, 0);
		enum riasec_type type;

		if (t == NULL || !riasec_from_letter((char)t[0], &type) ||
		    out[type].name != NULL)
			continue;
		out[type].name = db_column_strdup(cat->types, 1);
		out[type].enjoys = db_column_strdup(cat->types, 2);
		out[type].fields = db_column_strdup(cat->types, 3);
		found++;
	}
	sqlite3_reset(cat->types);
	if (found < RIASEC_COUNT) {
		for (int i = 0; i < RIASEC_COUNT; i++) {
			if (out[i].name == NULL) {
				out[i].name = xstrdup("");
				out[i].enjoys = xstrdup("");
				out[i].fields = xstrdup("");
			}
		}
		return ORIENTATION_NOT_FOUND;
	}
	return ORIENTATION_OK;
}

void
catalog_type_texts_free(struct catalog_type_text texts[RIASEC_COUNT])
{
	for (int i = 0; i < RIASEC_COUNT; i++) {
		free(texts[i].name);
		free(texts[i].enjoys);
		free(texts[i].fields);
		texts[i] = (struct catalog_type_text){ 0 };
	}
}
