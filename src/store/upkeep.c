/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep: the only code that writes the catalog after the build.
 * This file opens the catalog for writing and holds what every change
 * shares: the messages, the checks of a value, and the transaction (one
 * per change) that compares what it is given with what the catalog holds,
 * writes only the differences, records each in catalog_history and bumps
 * meta.revision.  Services are edited in upkeep-service.c, CSV files
 * imported and exported in upkeep-import.c (read by csv-read.c).
 */
#include "upkeep.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-db.h"
#include "catalog.h"
#include "db.h"
#include "search-source.h"
#include "sql.h"
#include "sqlite-load.h"
#include "tokenizer.h"
#include "upkeep-db.h"
#include "core/contact.h"
#include "util/i18n.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* ---------------------------------------------------------------- messages */

#define UPKEEP_REASON_MSG(name, msg) [UPKEEP_REASON_##name] = msg,
static const char *const reason_messages[] = {
	UPKEEP_REASON_LIST(UPKEEP_REASON_MSG)
};
#undef UPKEEP_REASON_MSG


const char *
upkeep_reason_message(enum upkeep_reason reason)
{
	return _(status_table_msgid(reason_messages,
	    sizeof reason_messages / sizeof reason_messages[0], (int)reason));
}

char *
upkeep_error_format(const struct upkeep_error *e)
{
	const char *msg = upkeep_reason_message(e->reason);
	char *line, *next;

	if (e->line > 0 && e->column > 0)
		/* TRANSLATORS: a place in a CSV file, then what is wrong there. */
		line = xasprintf(_("line %ld, column %d: %s"), e->line, e->column,
		    msg);
	else if (e->line > 0)
		/* TRANSLATORS: a line of a CSV file, then what is wrong there. */
		line = xasprintf(_("line %ld: %s"), e->line, msg);
	else
		line = xstrdup(msg);
	if (e->detail != NULL) {
		next = xasprintf("%s (%s)", line, e->detail);
		free(line);
		line = next;
	}
	if (e->other_line > 0) {
		/* TRANSLATORS: an error, then the earlier line it clashes with. */
		next = xasprintf(_("%s (see line %ld)"), line, e->other_line);
		free(line);
		line = next;
	}
	return line;
}

/* ---------------------------------------------------------------- checks */

/* @s, or "" for NULL. */
const char *
upkeep_nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Whether @s is empty or only ASCII white space. */
bool
upkeep_is_blank(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (strchr(" \t\r\n\v\f", *s) == NULL)
			return false;
	return true;
}

bool
upkeep_is_placeholder(const char *s)
{
	return s != NULL && (strstr(s, "TODO") != NULL ||
	    strstr(s, "TBD") != NULL || strcasestr(s, "lorem") != NULL ||
	    strcasestr(s, "xxx") != NULL);
}

/*
 * Whether @len bytes at @s are UTF-8 as RFC 3629 has it (no overlong
 * forms, no surrogates, nothing above U+10FFFF).  A NUL byte is refused
 * too: it cannot be stored in a text.
 */
bool
upkeep_utf8_valid(const char *text, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		if (text[i] == '\0' || (n = utf8_sequence(text + i, len - i)) == 0)
			return false;
		i += n;
	}
	return true;
}

/* Whether @s is language codes separated by ';': "fr;de;en". */
bool
upkeep_valid_languages(const char *s)
{
	size_t run = 0;

	for (;; s++) {
		if (*s >= 'a' && *s <= 'z') {
			run++;
		} else if (*s == ';' || *s == '\0') {
			if (run < 2 || run > 3)
				return false;
			if (*s == '\0')
				return true;
			run = 0;
		} else {
			return false;
		}
	}
}

/* How each contact field is checked and what a wrong one is called. */
static const struct {
	int neutral;                        /* its NEUTRAL_* field */
	bool (*ok)(const char *value);
	enum orientation_status status;     /* for a save */
	enum upkeep_reason reason;          /* for a CSV import */
} contact_checks[] = {
	[UPKEEP_CONTACT_WEB] = { NEUTRAL_WEB, contact_web_ok,
	    ORIENTATION_BAD_WEB, UPKEEP_REASON_BAD_WEB },
	[UPKEEP_CONTACT_EMAIL] = { NEUTRAL_EMAIL, contact_email_ok,
	    ORIENTATION_BAD_EMAIL, UPKEEP_REASON_BAD_EMAIL },
	[UPKEEP_CONTACT_PHONE] = { NEUTRAL_PHONE, contact_phone_ok,
	    ORIENTATION_BAD_PHONE, UPKEEP_REASON_BAD_PHONE },
};
#define CONTACT_CHECKS (sizeof contact_checks / sizeof contact_checks[0])

enum orientation_status
upkeep_check_contact(enum upkeep_contact field, const char *value)
{
	assert((size_t)field < CONTACT_CHECKS);
	if (value == NULL || *value == '\0' || contact_checks[field].ok(value))
		return ORIENTATION_OK;
	return contact_checks[field].status;
}

enum upkeep_reason
upkeep_contact_reason(enum upkeep_contact field)
{
	assert((size_t)field < CONTACT_CHECKS);
	return contact_checks[field].reason;
}

int
upkeep_neutral_contact(int neutral)
{
	for (size_t i = 0; i < CONTACT_CHECKS; i++)
		if (contact_checks[i].neutral == neutral)
			return (int)i;
	return -1;
}

/* The local date of @now as YYYY-MM-DD. */
static void
date_of(time_t now, char out[11])
{
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL ||
	    strftime(out, 11, "%Y-%m-%d", &tm) != 10)
		memcpy(out, "1970-01-01", 11);
}

/* Remember what the last failed save was about. */
void
upkeep_set_where(struct upkeep *u, const char *what)
{
	char *copy = xstrdup(upkeep_nz(what));

	free(u->where);
	u->where = copy;
}

enum orientation_status
upkeep_sql_status(int rc)
{
	return sql_catalog_status(sql_sqlite_rc(rc));
}

/* Step @stmt once and reset it; SQLITE_OK for a row or done. */
static int
step_once(sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* @s, or NULL when it is empty: bound as SQL NULL. */
static const char *
empty_null(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

/* Whether @stmt (one parameter) returns a row for @value. */
bool
upkeep_exists(sqlite3_stmt *stmt, const char *value, int *rc)
{
	int r = upkeep_bind(stmt, 1, (const char *const[]){ upkeep_nz(value) },
	    1);

	if (r == SQLITE_OK)
		r = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (r != SQLITE_ROW && r != SQLITE_DONE && *rc == SQLITE_OK)
		*rc = r;
	return r == SQLITE_ROW;
}

int
upkeep_bind(sqlite3_stmt *stmt, int first, const char *const *texts, int n)
{
	int rc = SQLITE_OK;

	for (int i = 0; rc == SQLITE_OK && i < n; i++)
		rc = sqlite3_bind_text(stmt, first + i, texts[i], -1,
		    SQLITE_TRANSIENT);
	return rc;
}

/* Run @sql (a transaction verb) on @u. */
int
upkeep_exec(struct upkeep *u, const char *sql)
{
	return sqlite3_exec(u->db, sql, NULL, NULL, NULL);
}

/* End the transaction: commit when @st is OK, else roll back.  @return
 * @st, or why the commit or the roll-back failed. */
enum orientation_status
upkeep_finish(struct upkeep *u, enum orientation_status st)
{
	int rc;

	if (st == ORIENTATION_OK &&
	    (rc = upkeep_exec(u, "COMMIT")) != SQLITE_OK)
		st = upkeep_sql_status(rc);
	if (sqlite3_get_autocommit(u->db) == 0 &&
	    (rc = upkeep_exec(u, "ROLLBACK")) != SQLITE_OK &&
	    st == ORIENTATION_OK)
		st = upkeep_sql_status(rc);
	return st;
}

/* ---------------------------------------------------------------- open */


/* The tables upkeep writes or reads. */
static const char *const write_tables[] = {
	"meta", "catalog_history", "language", "language_chain", "provider",
	"provider_text", "service", "service_text", "service_group",
	"service_theme", "target_group", "theme", "occupation",
	"occupation_lmi", "search", "search_block", "service_keyword",
};

/* Prepare @sql into *@stmt, unless an earlier statement failed (*@rc). */
static void
prepare_one(struct upkeep *u, sqlite3_stmt **stmt, const char *sql, int *rc)
{
	if (*rc == SQLITE_OK)
		*rc = sqlite3_prepare_v2(u->db, sql, -1, stmt, NULL);
}

/* The statements of struct upkeep whose SQL is fixed: where each goes
 * (its offset in struct upkeep) and its SQL. */
#define STATEMENT(field, sql) { offsetof(struct upkeep, field), sql }
static const struct { size_t at; const char *sql; } statements[] = {
	STATEMENT(revision,
	    "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'"),
	STATEMENT(bump, "INSERT INTO meta (key, value) VALUES ('revision', '1') "
	    "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
	STATEMENT(history, "INSERT INTO catalog_history "
	    "(at, who, item, field, lang, old, new) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
	STATEMENT(languages, "SELECT code FROM language ORDER BY sort, code"),
	STATEMENT(language, "SELECT 1 FROM language WHERE code = ?1"),
	STATEMENT(provider, "SELECT 1 FROM provider WHERE id = ?1"),
	/* Sorted by name in C (collate_labels), for this connection has no
	 * collation "label". */
	STATEMENT(providers, "SELECT p.id, COALESCE(t.name, p.id), "
	    "COALESCE(t.lang, '') FROM provider p "
	    "LEFT JOIN provider_text t ON t.provider_id = p.id AND t.lang = "
	    CATALOG_CHAIN_LANG("provider_text", "x.provider_id = p.id", "?1")),
	STATEMENT(group, "SELECT 1 FROM target_group WHERE id = ?1"),
	STATEMENT(theme, "SELECT 1 FROM theme WHERE id = ?1"),
	/* Columns 0..5 in the order of the NEUTRAL_ columns. */
	STATEMENT(service, "SELECT address, web, email, phone, languages, "
	    "source, last_checked, provider_id FROM service WHERE id = ?1"),
	STATEMENT(texts, "SELECT l.code, t.name, t.summary, t.offer, t.audience "
	    "FROM language l LEFT JOIN service_text t "
	    "  ON t.service_id = ?1 AND t.lang = l.code "
	    "ORDER BY l.sort, l.code"),
	STATEMENT(text, "SELECT name, summary, offer, audience FROM service_text "
	    "WHERE service_id = ?1 AND lang = ?2"),
	STATEMENT(occupation, "SELECT id FROM occupation WHERE esco_code = ?1"),
	STATEMENT(lmi, "SELECT apprenticeship, shortage, source, checked "
	    "FROM occupation_lmi WHERE occupation_id = ?1"),
	STATEMENT(lmi_put, "INSERT INTO occupation_lmi "
	    "  (occupation_id, apprenticeship, shortage, source, checked) "
	    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (occupation_id) DO UPDATE "
	    "SET apprenticeship = excluded.apprenticeship, "
	    "    shortage = excluded.shortage, source = excluded.source, "
	    "    checked = excluded.checked"),
	STATEMENT(lmi_delete,
	    "DELETE FROM occupation_lmi WHERE occupation_id = ?1"),
};
#undef STATEMENT

/*
 * Prepare the statements of a service's search rows, as catalog-build
 * makes them (search-source.h).  Only the service blocks are read
 * (search_block), not the many occupation labels.
 */
static void
prepare_search(struct upkeep *u, int *rc)
{
	/* The rowids of the services' blocks. */
	char *in_blocks = xasprintf("rowid BETWEEN (SELECT min(lo) FROM "
	    "search_block WHERE kind = 'service') AND (SELECT max(lo) FROM "
	    "search_block WHERE kind = 'service') + %lld",
	    (long long)SEARCH_BLOCK_SPAN);
	char *sql;

	sql = xasprintf("DELETE FROM search WHERE kind = 'service' AND "
	    "ref = ?1 AND %s", in_blocks);
	prepare_one(u, &u->fts_delete, sql, rc);
	free(sql);
	sql = xasprintf("SELECT rowid, lang FROM search WHERE kind = 'service' "
	    "AND ref = ?1 AND %s", in_blocks);
	prepare_one(u, &u->fts_rowids, sql, rc);
	free(sql);
	/* A new service's number: one above every service's (the low bits
	 * of its rowids), the same in every language. */
	sql = xasprintf("SELECT coalesce(max(rowid & %lld), 0) + 1 FROM search "
	    "WHERE kind = 'service' AND %s", (long long)SEARCH_ITEM_MASK,
	    in_blocks);
	prepare_one(u, &u->fts_item, sql, rc);
	free(sql);
	sql = xasprintf("SELECT lang, label, body FROM (%s) "
	    "WHERE ref = ?1 ORDER BY lang, label", search_source_service());
	prepare_one(u, &u->fts_source, sql, rc);
	free(sql);
	/* A row keeps its rowid; a new one goes to the end of its block
	 * with the service's item number ?6 (src/store/catalog-db.h). */
	sql = xasprintf(
	    "INSERT INTO search (rowid, kind, ref, lang, label, body) "
	    "VALUES (coalesce(?5, (SELECT b.lo + ((coalesce(((SELECT "
	    "  max(rowid) FROM search WHERE rowid BETWEEN b.lo AND b.lo + "
	    "  %lld) - b.lo) >> %d, -1) + 1) << %d) + ?6 "
	    "  FROM search_block b WHERE b.kind = 'service' AND "
	    "  b.lang = ?2)), 'service', ?1, ?2, ?3, ?4)",
	    (long long)SEARCH_BLOCK_SPAN, SEARCH_SEQ_SHIFT, SEARCH_SEQ_SHIFT);
	prepare_one(u, &u->fts_insert, sql, rc);
	free(sql);
	free(in_blocks);
}

/*
 * Prepare every statement of @u.  The SQL is ours, but the file is a
 * copy counselors write to from several stations: a table changed by
 * hand or by another program, a lock held too long or a damaged page
 * shows here, so a failure is a result, never an abort.
 * @return SQLITE_OK or the first error.
 */
static int
prepare(struct upkeep *u)
{
	int rc = SQLITE_OK;

	for (size_t i = 0; i < sizeof statements / sizeof statements[0]; i++)
		prepare_one(u, (sqlite3_stmt **)((char *)u + statements[i].at),
		    statements[i].sql, &rc);
	prepare_search(u, &rc);
	return rc;
}

/* Open @path into @u and check that it is a catalog this program can
 * write; @return as upkeep_open. */
static enum orientation_status
open_catalog(struct upkeep *u, const char *path)
{
	enum orientation_status status;
	int version = 0, rc;

	/* No SQLITE_OPEN_CREATE: a wrong path must not leave an empty file. */
	rc = sqlite3_open_v2(path, &u->db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = tokenizer_register(u->db);
	if (rc == SQLITE_OK)
		rc = sqlite3_busy_timeout(u->db, DB_BUSY_TIMEOUT_MS);
	if (rc != SQLITE_OK)
		return ORIENTATION_CATALOG_OPEN;
	if ((rc = db_user_version(u->db, &version)) != SQLITE_OK)
		return sql_sqlite_rc(rc) == SQL_DAMAGED ?
		    ORIENTATION_CATALOG_NOT_DB : ORIENTATION_CATALOG_OPEN;
	if ((status = catalog_schema_check(u->db, version, write_tables,
	    sizeof write_tables / sizeof write_tables[0])) != ORIENTATION_OK)
		return status;
	/* SQLite falls back to read-only for a write-protected file. */
	if (sqlite3_db_readonly(u->db, "main") != 0 ||
	    upkeep_exec(u, "PRAGMA foreign_keys = ON") != SQLITE_OK)
		return ORIENTATION_CATALOG_OPEN;
	if ((rc = prepare(u)) != SQLITE_OK)
		return sql_sqlite_rc(rc) == SQL_BUSY ?
		    ORIENTATION_CATALOG_OPEN : ORIENTATION_CATALOG_NOT_DB;
	return ORIENTATION_OK;
}

enum orientation_status
upkeep_open(const char *catalog_path, struct upkeep **out)
{
	struct upkeep *u;
	enum orientation_status st;

	*out = NULL;
	if (!db_configure())
		return ORIENTATION_DB_LIBRARY;
	u = xcalloc(1, sizeof *u);
	if ((st = open_catalog(u, catalog_path)) != ORIENTATION_OK) {
		upkeep_free(u);
		u = NULL;
	}
	*out = u;
	return st;
}

void
upkeep_free(struct upkeep *u)
{
	if (u == NULL)
		return;
	{
		sqlite3_stmt *stmts[] = {
			u->revision, u->bump, u->history, u->languages,
			u->language, u->group, u->theme, u->service, u->texts,
			u->text, u->fts_delete, u->fts_source, u->fts_insert,
			u->fts_rowids, u->fts_item, u->provider, u->providers,
			u->occupation, u->lmi, u->lmi_put, u->lmi_delete,
		};

		for (size_t i = 0; i < sizeof stmts / sizeof stmts[0]; i++)
			sqlite3_finalize(stmts[i]);
	}
	/* Every statement is finalized: nothing keeps the connection. */
	sqlite3_close(u->db);
	free(u->where);
	free(u);
}

long
upkeep_revision(struct upkeep *u)
{
	long rev = -1;

	if (sqlite3_step(u->revision) == SQLITE_ROW)
		rev = (long)sqlite3_column_int64(u->revision, 0);
	sqlite3_reset(u->revision);
	return rev;
}

const char *
upkeep_where(const struct upkeep *u)
{
	return upkeep_nz(u->where);
}

/* ---------------------------------------------------------------- writing */

/* Start a change by @who at @now. */
void
upkeep_change_init(struct change *cx, struct upkeep *u, const char *who,
    time_t now, bool dry_run)
{
	*cx = (struct change){ .u = u, .who = who, .now = now,
	    .dry_run = dry_run, .rc = SQLITE_OK };
	date_of(now, cx->today);
}

/* Whether @cx should write (not a dry run, no error yet). */
bool
upkeep_writing(const struct change *cx)
{
	return !cx->dry_run && cx->rc == SQLITE_OK;
}

/* Step a write statement of @cx, keeping the first error; nothing after
 * an error. */
void
upkeep_write_step(struct change *cx, sqlite3_stmt *stmt)
{
	if (cx->rc == SQLITE_OK)
		upkeep_change_rc(cx, step_once(stmt));
}

void
upkeep_change_rc(struct change *cx, int rc)
{
	if (cx->rc == SQLITE_OK && rc != SQLITE_OK && rc != SQLITE_ROW &&
	    rc != SQLITE_DONE)
		cx->rc = rc;
}

/* Prepare, bind the @n texts at @texts, run and finalize @sql. */
void
upkeep_write_sql(struct change *cx, const char *sql,
    const char *const *texts, int n)
{
	sqlite3_stmt *stmt;
	int rc;

	if (!upkeep_writing(cx))
		return;
	rc = sqlite3_prepare_v2(cx->u->db, sql, -1, &stmt, NULL);
	if (rc == SQLITE_OK) {
		rc = upkeep_bind(stmt, 1, texts, n);
		upkeep_change_rc(cx, rc);
		upkeep_write_step(cx, stmt);
		sqlite3_finalize(stmt);
	}
	upkeep_change_rc(cx, rc);
}

/* Record one changed field ("" stands for NULL). */
void
upkeep_history(struct change *cx, const char *item, const char *field,
    const char *lang, const char *old, const char *new)
{
	sqlite3_stmt *stmt = cx->u->history;
	int rc;

	if (!upkeep_writing(cx))
		return;
	rc = sqlite3_bind_int64(stmt, 1, (sqlite3_int64)cx->now);
	if (rc == SQLITE_OK)
		rc = upkeep_bind(stmt, 2, (const char *const[]){ cx->who, item,
		    field, empty_null(lang), empty_null(old), empty_null(new) }, 6);
	upkeep_change_rc(cx, rc);
	upkeep_write_step(cx, stmt);
}

/* Raise meta.revision by one. */
void
upkeep_bump_revision(struct change *cx)
{
	if (upkeep_writing(cx))
		upkeep_write_step(cx, cx->u->bump);
}
