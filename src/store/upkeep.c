/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog upkeep: the only code that writes the catalog after the build.
 * Every change runs in one transaction that compares what it is given
 * with what the catalog holds, writes only the differences, records each
 * in catalog_history, refreshes the search rows of the services it
 * touched and bumps meta.revision.  CSV files are parsed with libcsv
 * (strict RFC 4180) fed one byte at a time, so each row's line is known;
 * a file is checked completely, every error collected, before anything is
 * written.
 */
#include "upkeep.h"

#include <csv.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog-db.h"
#include "catalog.h"
#include "db.h"
#include "tokenizer.h"
#include "util/i18n.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define MAX_ROWS 100000       /* data rows of a CSV file */
#define MAX_KEPT_FIELDS 24    /* fields of one row kept; the rest only counted */
#define DETAIL_MAX 60         /* bytes of a value quoted in an error */

/* The language-neutral columns of service, in the order of the CSV file. */
enum { NEUTRAL_ADDRESS, NEUTRAL_WEB, NEUTRAL_EMAIL, NEUTRAL_PHONE,
	NEUTRAL_LANGUAGES, NEUTRAL_SOURCE, NEUTRAL_COUNT };
static const char *const neutral_columns[NEUTRAL_COUNT] = {
	"address", "web", "email", "phone", "languages", "source",
};

/* The columns of service_text. */
enum { TEXT_NAME, TEXT_SUMMARY, TEXT_OFFER, TEXT_AUDIENCE, TEXT_COUNT };
static const char *const text_columns[TEXT_COUNT] = {
	"name", "summary", "offer", "audience",
};

/* The services file. */
enum { SC_ID, SC_LANG, SC_NAME, SC_SUMMARY, SC_OFFER, SC_AUDIENCE,
	SC_ADDRESS, SC_WEB, SC_EMAIL, SC_PHONE, SC_LANGUAGES, SC_SOURCE,
	SC_COUNT };
static const char *const service_file_columns[SC_COUNT] = {
	"id", "lang", "name", "summary", "offer", "audience",
	"address", "web", "email", "phone", "languages", "source",
};

/* The labour-market file. */
enum { LC_CODE, LC_APPRENTICESHIP, LC_SHORTAGE, LC_SOURCE, LC_CHECKED,
	LC_COUNT };
static const char *const lmi_file_columns[LC_COUNT] = {
	"esco_code", "apprenticeship", "shortage", "source", "checked",
};

struct upkeep {
	sqlite3 *db;
	char where[64];             /* what the last failed save was about */
	sqlite3_stmt *revision;     /* read meta.revision */
	sqlite3_stmt *bump;         /* raise it by one */
	sqlite3_stmt *history;      /* add a catalog_history row */
	sqlite3_stmt *languages;    /* the catalog's languages in order */
	sqlite3_stmt *language;     /* whether a language exists */
	sqlite3_stmt *group;        /* whether a target group exists */
	sqlite3_stmt *theme;        /* whether a theme exists */
	sqlite3_stmt *service;      /* a service's neutral fields */
	sqlite3_stmt *texts;        /* its texts in every language */
	sqlite3_stmt *text;         /* its texts in one language */
	sqlite3_stmt *fts_delete;   /* its search rows, out */
	sqlite3_stmt *fts_source;   /* what catalog-build indexes for it */
	sqlite3_stmt *fts_insert;   /* its search rows, in */
	sqlite3_stmt *fts_rowids;   /* the rowids they had, per language */
	sqlite3_stmt *occupation;   /* the id of an ESCO code */
	sqlite3_stmt *lmi;          /* an occupation's labour-market facts */
	sqlite3_stmt *lmi_put;      /* insert or replace them */
	sqlite3_stmt *lmi_delete;   /* forget them */
};

/* A change in progress: one transaction's context and what it did. */
struct change {
	struct upkeep *u;
	const char *who;
	time_t now;
	char today[11];             /* YYYY-MM-DD of now, local time */
	bool dry_run;               /* count, do not write */
	bool wrote;                 /* something changed (or would) */
	size_t items;               /* services or occupations changed */
	size_t fields;              /* fields changed, last_checked aside */
	int rc;                     /* first SQLite error, or SQLITE_OK */
};

/* ---------------------------------------------------------------- messages */

#define UPKEEP_STATUS_MSG(name, msg) [UPKEEP_##name] = msg,
static const char *const status_messages[] = {
	UPKEEP_STATUS_LIST(UPKEEP_STATUS_MSG)
};
#undef UPKEEP_STATUS_MSG

#define UPKEEP_REASON_MSG(name, msg) [UPKEEP_REASON_##name] = msg,
static const char *const reason_messages[] = {
	UPKEEP_REASON_LIST(UPKEEP_REASON_MSG)
};
#undef UPKEEP_REASON_MSG

const char *
upkeep_status_message(enum upkeep_status st)
{
	if ((size_t)st >= sizeof status_messages / sizeof status_messages[0])
		return _("An unexpected error occurred.");
	return _(status_messages[st]);
}

const char *
upkeep_reason_message(enum upkeep_reason reason)
{
	if ((size_t)reason >= sizeof reason_messages / sizeof reason_messages[0])
		return _("An unexpected error occurred.");
	return _(reason_messages[reason]);
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

/* ---------------------------------------------------------------- helpers */

/* @s, or "" for NULL. */
static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Whether @s is empty or only ASCII white space. */
static bool
is_blank(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (strchr(" \t\r\n\v\f", *s) == NULL)
			return false;
	return true;
}

/*
 * Whether @len bytes at @s are UTF-8 as RFC 3629 has it (no overlong
 * forms, no surrogates, nothing above U+10FFFF).  A NUL byte is refused
 * too: it cannot be stored in a text.
 */
static bool
utf8_valid(const char *text, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		if (text[i] == '\0' || (n = utf8_sequence(text + i, len - i)) == 0)
			return false;
		i += n;
	}
	return true;
}

/* Whether the NUL-terminated @s is UTF-8 (NULL counts as ""). */
static bool
str_utf8(const char *s)
{
	return s == NULL || utf8_valid(s, strlen(s));
}

/* Whether @s is language codes separated by ';': "fr;de;en". */
static bool
valid_language_list(const char *s)
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

/* Whether @s is a real date written YYYY-MM-DD. */
static bool
valid_date(const char *s)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int year, month, day;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	year = atoi(s);
	month = atoi(s + 5);
	day = atoi(s + 8);
	if (year < 1900 || month < 1 || month > 12 || day < 1 ||
	    day > days[month - 1])
		return false;
	return month != 2 || day < 29 ||
	    (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

/* The local date of @now as YYYY-MM-DD. */
static void
date_of(time_t now, char out[11])
{
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL ||
	    strftime(out, 11, "%Y-%m-%d", &tm) != 10)
		snprintf(out, 11, "1970-01-01");
}

/* Remember what the last failed save was about. */
static void
set_where(struct upkeep *u, const char *what)
{
	snprintf(u->where, sizeof u->where, "%s", nz(what));
}

/* A status for the SQLite result code @rc. */
static enum upkeep_status
sql_status(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return UPKEEP_OK;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return UPKEEP_BUSY;
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return UPKEEP_READONLY;
	case SQLITE_FULL:
		return UPKEEP_FULL;
	default:
		return UPKEEP_DB_ERROR;
	}
}

/* Step @stmt once and reset it; SQLITE_OK for a row or done. */
static int
step_once(sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Bind @s, or NULL when it is empty. */
static void
bind_or_null(sqlite3_stmt *stmt, int col, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(stmt, col);
	else
		sqlite3_bind_text(stmt, col, s, -1, SQLITE_TRANSIENT);
}

/* Whether @stmt (one parameter) returns a row for @value. */
static bool
exists(sqlite3_stmt *stmt, const char *value)
{
	bool yes;

	sqlite3_bind_text(stmt, 1, nz(value), -1, SQLITE_TRANSIENT);
	yes = sqlite3_step(stmt) == SQLITE_ROW;
	sqlite3_reset(stmt);
	return yes;
}

/* Run @sql (a transaction verb) on @u. */
static int
exec(struct upkeep *u, const char *sql)
{
	return sqlite3_exec(u->db, sql, NULL, NULL, NULL);
}

/* End the transaction: commit when @st is OK, else roll back.  @return
 * @st, or why the commit failed. */
static enum upkeep_status
finish(struct upkeep *u, enum upkeep_status st)
{
	int rc;

	if (st == UPKEEP_OK && (rc = exec(u, "COMMIT")) != SQLITE_OK)
		st = sql_status(rc);
	if (sqlite3_get_autocommit(u->db) == 0)
		exec(u, "ROLLBACK");
	return st;
}

/* ---------------------------------------------------------------- open */

/* Whether the catalog has every table upkeep writes. */
static bool
has_tables(sqlite3 *db)
{
	static const char *const tables[] = {
		"meta", "catalog_history", "language", "provider", "provider_text",
		"service", "service_text", "service_group", "service_theme",
		"target_group", "theme", "occupation", "occupation_lmi", "search",
		"search_block", "service_keyword",
	};

	return db_has_tables(db, tables, sizeof tables / sizeof tables[0]);
}

/* Prepare every statement of @u. */
static void
prepare(struct upkeep *u)
{
	sqlite3 *db = u->db;

	u->revision = db_prepare(db,
	    "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'");
	u->bump = db_prepare(db,
	    "INSERT INTO meta (key, value) VALUES ('revision', '1') "
	    "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
	u->history = db_prepare(db,
	    "INSERT INTO catalog_history (at, who, item, field, lang, old, new) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
	u->languages = db_prepare(db,
	    "SELECT code FROM language ORDER BY sort, code");
	u->language = db_prepare(db, "SELECT 1 FROM language WHERE code = ?1");
	u->group = db_prepare(db, "SELECT 1 FROM target_group WHERE id = ?1");
	u->theme = db_prepare(db, "SELECT 1 FROM theme WHERE id = ?1");
	/* Columns 0..5 in the order of neutral_columns. */
	u->service = db_prepare(db,
	    "SELECT address, web, email, phone, languages, source, "
	    "       last_checked, provider_id FROM service WHERE id = ?1");
	u->texts = db_prepare(db,
	    "SELECT l.code, t.name, t.summary, t.offer, t.audience "
	    "FROM language l LEFT JOIN service_text t "
	    "  ON t.service_id = ?1 AND t.lang = l.code "
	    "ORDER BY l.sort, l.code");
	u->text = db_prepare(db,
	    "SELECT name, summary, offer, audience FROM service_text "
	    "WHERE service_id = ?1 AND lang = ?2");
	/* The search rows of one service, as catalog-build makes them from
	 * the view search_source_service in data/services/services.sql:
	 * keep the three in step. */
	/* Only the service blocks are read (search_block), not the many
	 * occupation labels. */
	{
		char *sql = xasprintf("DELETE FROM search WHERE kind = 'service' "
		    "AND ref = ?1 AND rowid BETWEEN (SELECT min(lo) FROM "
		    "search_block WHERE kind = 'service') AND (SELECT max(lo) "
		    "FROM search_block WHERE kind = 'service') + %lld",
		    (long long)SEARCH_BLOCK_SPAN);

		u->fts_delete = db_prepare(db, sql);
		free(sql);
		sql = xasprintf("SELECT rowid, lang FROM search WHERE kind = "
		    "'service' AND ref = ?1 AND rowid BETWEEN (SELECT min(lo) FROM "
		    "search_block WHERE kind = 'service') AND (SELECT max(lo) "
		    "FROM search_block WHERE kind = 'service') + %lld",
		    (long long)SEARCH_BLOCK_SPAN);
		u->fts_rowids = db_prepare(db, sql);
		free(sql);
	}
	u->fts_source = db_prepare(db,
	    "SELECT t.lang, t.name, "
	    "       t.summary || ' ' || t.offer || ' ' || t.audience || ' ' || "
	    "       pt.name || ' ' || coalesce(p.abbrev, '') || ' ' || "
	    "       coalesce(k.keywords, '') "
	    "FROM service s "
	    "JOIN service_text t ON t.service_id = s.id "
	    "JOIN provider p ON p.id = s.provider_id "
	    "JOIN provider_text pt ON pt.provider_id = p.id AND pt.lang = t.lang "
	    "LEFT JOIN service_keyword k ON k.service_id = s.id "
	    "  AND k.lang = t.lang "
	    "WHERE s.id = ?1 ORDER BY t.lang, t.name");
	/* A row keeps its rowid; a new one goes to the end of its block
	 * with the service's item number ?6 (src/store/catalog-db.h). */
	{
		char *sql = xasprintf(
		    "INSERT INTO search (rowid, kind, ref, lang, label, body) "
		    "VALUES (coalesce(?5, (SELECT b.lo + ((coalesce(((SELECT "
		    "  max(rowid) FROM search WHERE rowid BETWEEN b.lo AND b.lo + "
		    "  %lld) - b.lo) >> %d, -1) + 1) << %d) + ?6 "
		    "  FROM search_block b WHERE b.kind = 'service' AND "
		    "  b.lang = ?2)), 'service', ?1, ?2, ?3, ?4)",
		    (long long)SEARCH_BLOCK_SPAN, SEARCH_SEQ_SHIFT,
		    SEARCH_SEQ_SHIFT);

		u->fts_insert = db_prepare(db, sql);
		free(sql);
	}

	u->occupation = db_prepare(db,
	    "SELECT id FROM occupation WHERE esco_code = ?1");
	u->lmi = db_prepare(db,
	    "SELECT apprenticeship, shortage, source, checked "
	    "FROM occupation_lmi WHERE occupation_id = ?1");
	u->lmi_put = db_prepare(db,
	    "INSERT INTO occupation_lmi "
	    "  (occupation_id, apprenticeship, shortage, source, checked) "
	    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (occupation_id) DO UPDATE "
	    "SET apprenticeship = excluded.apprenticeship, "
	    "    shortage = excluded.shortage, source = excluded.source, "
	    "    checked = excluded.checked");
	u->lmi_delete = db_prepare(db,
	    "DELETE FROM occupation_lmi WHERE occupation_id = ?1");
}

enum orientation_status
upkeep_open(const char *catalog_path, struct upkeep **out)
{
	struct upkeep *u;
	int version = 0, rc;

	*out = NULL;
	u = xcalloc(1, sizeof *u);
	/* No SQLITE_OPEN_CREATE: a wrong path must not leave an empty file. */
	rc = sqlite3_open_v2(catalog_path, &u->db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = tokenizer_register(u->db);
	if (rc != SQLITE_OK) {
		upkeep_free(u);
		return ORIENTATION_CATALOG_OPEN;
	}
	sqlite3_busy_timeout(u->db, DB_BUSY_TIMEOUT_MS);
	rc = db_user_version(u->db, &version);
	if (rc != SQLITE_OK) {
		upkeep_free(u);
		return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT ?
		    ORIENTATION_CATALOG_NOT_DB : ORIENTATION_CATALOG_OPEN;
	}
	if (version > CATALOG_SCHEMA_VERSION) {
		upkeep_free(u);
		return ORIENTATION_CATALOG_VERSION;
	}
	if (version < CATALOG_SCHEMA_VERSION || !has_tables(u->db)) {
		upkeep_free(u);
		return ORIENTATION_CATALOG_NOT_DB;
	}
	/* SQLite falls back to read-only for a write-protected file. */
	if (sqlite3_db_readonly(u->db, "main") != 0 ||
	    exec(u, "PRAGMA foreign_keys = ON") != SQLITE_OK) {
		upkeep_free(u);
		return ORIENTATION_CATALOG_OPEN;
	}
	prepare(u);
	*out = u;
	return ORIENTATION_OK;
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
			u->fts_rowids,
			u->occupation, u->lmi, u->lmi_put, u->lmi_delete,
		};

		for (size_t i = 0; i < sizeof stmts / sizeof stmts[0]; i++)
			sqlite3_finalize(stmts[i]);
	}
	sqlite3_close(u->db);
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
	return u->where;
}

/* ---------------------------------------------------------------- writing */

/* Start a change by @who at @now. */
static void
change_init(struct change *cx, struct upkeep *u, const char *who, time_t now,
    bool dry_run)
{
	*cx = (struct change){ .u = u, .who = who, .now = now,
	    .dry_run = dry_run, .rc = SQLITE_OK };
	date_of(now, cx->today);
}

/* Whether @cx should write (not a dry run, no error yet). */
static bool
writing(const struct change *cx)
{
	return !cx->dry_run && cx->rc == SQLITE_OK;
}

/* Step a write statement of @cx, keeping the first error. */
static void
write_step(struct change *cx, sqlite3_stmt *stmt)
{
	int rc = step_once(stmt);

	if (cx->rc == SQLITE_OK)
		cx->rc = rc;
}

/* Prepare, bind up to three texts, run and finalize @sql. */
static void
write_sql(struct change *cx, const char *sql, const char *a, const char *b,
    const char *c)
{
	sqlite3_stmt *stmt;

	if (!writing(cx))
		return;
	stmt = db_prepare(cx->u->db, sql);
	sqlite3_bind_text(stmt, 1, a, -1, SQLITE_TRANSIENT);
	if (b != NULL)
		sqlite3_bind_text(stmt, 2, b, -1, SQLITE_TRANSIENT);
	if (c != NULL)
		sqlite3_bind_text(stmt, 3, c, -1, SQLITE_TRANSIENT);
	write_step(cx, stmt);
	sqlite3_finalize(stmt);
}

/* Record one changed field ("" stands for NULL). */
static void
history(struct change *cx, const char *item, const char *field,
    const char *lang, const char *old, const char *new)
{
	sqlite3_stmt *stmt = cx->u->history;

	if (!writing(cx))
		return;
	sqlite3_bind_int64(stmt, 1, (sqlite3_int64)cx->now);
	sqlite3_bind_text(stmt, 2, cx->who, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 3, item, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 4, field, -1, SQLITE_STATIC);
	bind_or_null(stmt, 5, lang);
	bind_or_null(stmt, 6, old);
	bind_or_null(stmt, 7, new);
	write_step(cx, stmt);
}

/* Set a language-neutral column of service @id ("" is stored as NULL). */
static void
write_service_field(struct change *cx, const char *id, const char *column,
    const char *value)
{
	/* @column comes from neutral_columns or is last_checked, never from
	 * input. */
	char *sql = xasprintf("UPDATE service SET %s = nullif(?2, '') "
	    "WHERE id = ?1", column);

	write_sql(cx, sql, id, value, NULL);
	free(sql);
}

/*
 * Rebuild the search rows of service @id, as catalog-build does.  Each
 * language's row keeps its rowid, so it stays in the block of services
 * in that language that the search reads (src/store/search.c).
 */
static void
rebuild_search(struct change *cx, const char *id)
{
	struct upkeep *u = cx->u;
	int rc = SQLITE_DONE, nold = 0;
	struct { char lang[16]; sqlite3_int64 rowid; } old[16];

	if (!writing(cx))
		return;
	sqlite3_bind_text(u->fts_rowids, 1, id, -1, SQLITE_TRANSIENT);
	while (nold < 16 && sqlite3_step(u->fts_rowids) == SQLITE_ROW) {
		old[nold].rowid = sqlite3_column_int64(u->fts_rowids, 0);
		snprintf(old[nold].lang, sizeof old[nold].lang, "%s",
		    (const char *)sqlite3_column_text(u->fts_rowids, 1));
		nold++;
	}
	sqlite3_reset(u->fts_rowids);
	sqlite3_bind_text(u->fts_delete, 1, id, -1, SQLITE_TRANSIENT);
	write_step(cx, u->fts_delete);
	sqlite3_bind_text(u->fts_source, 1, id, -1, SQLITE_TRANSIENT);
	while (cx->rc == SQLITE_OK &&
	    (rc = sqlite3_step(u->fts_source)) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(u->fts_source, 1);
		const char *body = (const char *)sqlite3_column_text(u->fts_source, 2);

		sqlite3_bind_text(u->fts_insert, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_value(u->fts_insert, 2,
		    sqlite3_column_value(u->fts_source, 0));
		sqlite3_bind_text(u->fts_insert, 3, nz(label), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_text(u->fts_insert, 4, nz(body), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_null(u->fts_insert, 5);
		if (nold > 0)
			sqlite3_bind_int64(u->fts_insert, 6,
			    old[0].rowid & SEARCH_ITEM_MASK);
		else
			sqlite3_bind_null(u->fts_insert, 6);
		for (int i = 0; i < nold; i++) {
			const char *lang =
			    (const char *)sqlite3_column_text(u->fts_source, 0);

			if (lang != NULL && strcmp(old[i].lang, lang) == 0) {
				sqlite3_bind_int64(u->fts_insert, 5, old[i].rowid);
				old[i].lang[0] = '\0';   /* used */
				break;
			}
		}
		write_step(cx, u->fts_insert);
	}
	if (cx->rc == SQLITE_OK && rc != SQLITE_DONE)
		cx->rc = rc;
	sqlite3_reset(u->fts_source);
}

/* Raise meta.revision by one. */
static void
bump_revision(struct change *cx)
{
	if (writing(cx))
		write_step(cx, cx->u->bump);
}

/* ---------------------------------------------------------------- services */

/* Language-neutral field @k of @s. */
static const char *
neutral_get(const struct upkeep_service *s, int k)
{
	switch (k) {
	case NEUTRAL_ADDRESS: return s->address;
	case NEUTRAL_WEB: return s->web;
	case NEUTRAL_EMAIL: return s->email;
	case NEUTRAL_PHONE: return s->phone;
	case NEUTRAL_LANGUAGES: return s->languages;
	default: return s->source;
	}
}

/* Text field @k of @t. */
static const char *
text_get(const struct upkeep_text *t, int k)
{
	switch (k) {
	case TEXT_NAME: return t->name;
	case TEXT_SUMMARY: return t->summary;
	case TEXT_OFFER: return t->offer;
	default: return t->audience;
	}
}

/* The texts of @s in @lang, or NULL. */
static const struct upkeep_text *
find_text(const struct upkeep_service *s, const char *lang)
{
	for (size_t i = 0; i < s->ntexts; i++)
		if (s->texts[i].lang != NULL && strcmp(s->texts[i].lang, lang) == 0)
			return &s->texts[i];
	return NULL;
}

struct upkeep_text *
upkeep_service_text(struct upkeep_service *s, const char *lang)
{
	return (struct upkeep_text *)find_text(s, lang);
}

void
upkeep_field_set(char **field, const char *value)
{
	char *copy = xstrdup(nz(value));

	free(*field);
	*field = copy;
}

/* Copies of @n strings at @src (NULL when none). */
static char **
copy_ids(const char *const *src, size_t n)
{
	char **ids;

	if (n == 0)
		return NULL;
	ids = xcalloc(n, sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = xstrdup(nz(src[i]));
	return ids;
}

/* Free @n strings and their array. */
static void
free_ids(char **ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

void
upkeep_service_set_groups(struct upkeep_service *s, const char *const *ids,
    size_t n)
{
	char **copy = copy_ids(ids, n);

	free_ids(s->groups, s->ngroups);
	s->groups = copy;
	s->ngroups = n;
}

void
upkeep_service_set_themes(struct upkeep_service *s, const char *const *ids,
    size_t n)
{
	char **copy = copy_ids(ids, n);

	free_ids(s->themes, s->nthemes);
	s->themes = copy;
	s->nthemes = n;
}

void
upkeep_service_free(struct upkeep_service *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->ntexts; i++) {
		free(s->texts[i].lang);
		free(s->texts[i].name);
		free(s->texts[i].summary);
		free(s->texts[i].offer);
		free(s->texts[i].audience);
	}
	free(s->texts);
	free(s->id);
	free(s->provider_id);
	free(s->address);
	free(s->web);
	free(s->email);
	free(s->phone);
	free(s->languages);
	free(s->source);
	free(s->last_checked);
	free_ids(s->groups, s->ngroups);
	free_ids(s->themes, s->nthemes);
	if (s->base != NULL) {
		upkeep_service_free(s->base);
		free(s->base);
	}
	memset(s, 0, sizeof *s);
}

/* A deep copy of @s without its base. */
static struct upkeep_service *
service_copy(const struct upkeep_service *s)
{
	struct upkeep_service *c = xcalloc(1, sizeof *c);

	c->id = xstrdup(nz(s->id));
	c->provider_id = xstrdup(nz(s->provider_id));
	c->ntexts = s->ntexts;
	c->texts = s->ntexts ? xcalloc(s->ntexts, sizeof *c->texts) : NULL;
	for (size_t i = 0; i < s->ntexts; i++) {
		c->texts[i].lang = xstrdup(nz(s->texts[i].lang));
		c->texts[i].name = xstrdup(nz(s->texts[i].name));
		c->texts[i].summary = xstrdup(nz(s->texts[i].summary));
		c->texts[i].offer = xstrdup(nz(s->texts[i].offer));
		c->texts[i].audience = xstrdup(nz(s->texts[i].audience));
	}
	c->address = xstrdup(nz(s->address));
	c->web = xstrdup(nz(s->web));
	c->email = xstrdup(nz(s->email));
	c->phone = xstrdup(nz(s->phone));
	c->languages = xstrdup(nz(s->languages));
	c->source = xstrdup(nz(s->source));
	c->last_checked = xstrdup(nz(s->last_checked));
	c->groups = copy_ids((const char *const *)s->groups, s->ngroups);
	c->ngroups = s->ngroups;
	c->themes = copy_ids((const char *const *)s->themes, s->nthemes);
	c->nthemes = s->nthemes;
	return c;
}

/* The ids that @sql (one parameter, @id) returns, into *@ids. */
static int
load_ids(struct upkeep *u, const char *sql, const char *id, char ***ids,
    size_t *n)
{
	sqlite3_stmt *stmt = db_prepare(u->db, sql);
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	sqlite3_bind_text(stmt, 1, id, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*ids = xgrow(*ids, *n, &cap, 8, sizeof **ids);
		(*ids)[(*n)++] = db_column_strdup(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Fill @out with service @id; the caller frees it on failure. */
static enum upkeep_status
load_service(struct upkeep *u, const char *id, struct upkeep_service *out)
{
	size_t cap = 0;
	int rc;

	sqlite3_bind_text(u->service, 1, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(u->service);
	if (rc == SQLITE_ROW) {
		out->id = xstrdup(id);
		out->address = db_column_strdup(u->service, 0);
		out->web = db_column_strdup(u->service, 1);
		out->email = db_column_strdup(u->service, 2);
		out->phone = db_column_strdup(u->service, 3);
		out->languages = db_column_strdup(u->service, 4);
		out->source = db_column_strdup(u->service, 5);
		out->last_checked = db_column_strdup(u->service, 6);
		out->provider_id = db_column_strdup(u->service, 7);
	}
	sqlite3_reset(u->service);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? UPKEEP_NOT_FOUND : sql_status(rc);

	sqlite3_bind_text(u->texts, 1, id, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(u->texts)) == SQLITE_ROW) {
		struct upkeep_text *t;

		out->texts = xgrow(out->texts, out->ntexts, &cap, 8,
		    sizeof *out->texts);
		t = &out->texts[out->ntexts++];
		t->lang = db_column_strdup(u->texts, 0);
		t->name = db_column_strdup(u->texts, 1);
		t->summary = db_column_strdup(u->texts, 2);
		t->offer = db_column_strdup(u->texts, 3);
		t->audience = db_column_strdup(u->texts, 4);
	}
	sqlite3_reset(u->texts);
	if (rc != SQLITE_DONE)
		return sql_status(rc);
	rc = load_ids(u, "SELECT sg.group_id FROM service_group sg "
	    "JOIN target_group g ON g.id = sg.group_id "
	    "WHERE sg.service_id = ?1 ORDER BY g.sort, g.id", id,
	    &out->groups, &out->ngroups);
	if (rc == SQLITE_OK)
		rc = load_ids(u, "SELECT st.theme_id FROM service_theme st "
		    "JOIN theme h ON h.id = st.theme_id "
		    "WHERE st.service_id = ?1 ORDER BY h.sort, h.id", id,
		    &out->themes, &out->nthemes);
	return sql_status(rc);
}

enum upkeep_status
upkeep_service_load(struct upkeep *u, const char *id,
    struct upkeep_service *out)
{
	enum upkeep_status st;
	int rc;

	memset(out, 0, sizeof *out);
	/* One read transaction, so the texts and the lists agree. */
	if ((rc = exec(u, "BEGIN")) != SQLITE_OK)
		return sql_status(rc);
	st = load_service(u, nz(id), out);
	exec(u, "COMMIT");
	if (sqlite3_get_autocommit(u->db) == 0)
		exec(u, "ROLLBACK");
	if (st != UPKEEP_OK) {
		upkeep_service_free(out);
		return st;
	}
	out->base = service_copy(out);
	return UPKEEP_OK;
}

/* Check @s before a save; the transaction is open. */
static enum upkeep_status
validate_service(struct upkeep *u, const struct upkeep_service *s)
{
	static const enum upkeep_status empty[TEXT_COUNT] = {
		UPKEEP_EMPTY_NAME, UPKEEP_EMPTY_SUMMARY, UPKEEP_EMPTY_OFFER,
		UPKEEP_EMPTY_AUDIENCE,
	};
	int rc;

	for (size_t i = 0; i < s->ntexts; i++) {
		const struct upkeep_text *t = &s->texts[i];

		set_where(u, t->lang);
		if (t->lang == NULL || !exists(u->language, t->lang))
			return UPKEEP_UNKNOWN_LANGUAGE;
		if (find_text(s, t->lang) != t)
			return UPKEEP_DUPLICATE_LANGUAGE;
		for (int k = 0; k < TEXT_COUNT; k++)
			if (!str_utf8(text_get(t, k)))
				return UPKEEP_NOT_UTF8;
		for (int k = 0; k < TEXT_COUNT; k++)
			if (is_blank(text_get(t, k)))
				return empty[k];
	}
	/* Every language of the catalog needs its texts. */
	while ((rc = sqlite3_step(u->languages)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(u->languages, 0);

		if (find_text(s, nz(code)) == NULL) {
			set_where(u, code);
			sqlite3_reset(u->languages);
			return UPKEEP_EMPTY_NAME;
		}
	}
	sqlite3_reset(u->languages);
	if (rc != SQLITE_DONE)
		return sql_status(rc);
	for (int k = 0; k < NEUTRAL_COUNT; k++) {
		set_where(u, neutral_columns[k]);
		if (!str_utf8(neutral_get(s, k)))
			return UPKEEP_NOT_UTF8;
	}
	set_where(u, "source");
	if (is_blank(s->source))
		return UPKEEP_EMPTY_SOURCE;
	set_where(u, "languages");
	if (!is_blank(s->languages) && !valid_language_list(s->languages))
		return UPKEEP_BAD_LANGUAGES;
	for (size_t i = 0; i < s->ngroups; i++) {
		set_where(u, s->groups[i]);
		if (!exists(u->group, s->groups[i]))
			return UPKEEP_UNKNOWN_GROUP;
	}
	for (size_t i = 0; i < s->nthemes; i++) {
		set_where(u, s->themes[i]);
		if (!exists(u->theme, s->themes[i]))
			return UPKEEP_UNKNOWN_THEME;
	}
	set_where(u, "");
	return UPKEEP_OK;
}

enum decision { KEEP, WRITE, CONFLICT };

/*
 * What to do with one field: @cur is in the catalog, @want is asked for,
 * @base is what the counselor loaded (NULL: no base, the file or caller
 * has the last word).  A field the counselor left as loaded keeps whatever
 * the catalog has now, so a save never undoes someone else's edit.
 */
static enum decision
decide(const char *cur, const char *want, const char *base)
{
	if (strcmp(cur, want) == 0)
		return KEEP;
	if (base == NULL)
		return WRITE;
	if (strcmp(want, base) == 0)
		return KEEP;
	return strcmp(cur, base) == 0 ? WRITE : CONFLICT;
}

/* Compare two string pointers, for qsort. */
static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* @ids as a set: sorted, each once, joined by ';'.  *@sorted (may be
 * NULL) gets the sorted unique pointers (borrowed) and *@nsorted their
 * number.  The caller frees the string and *@sorted. */
static char *
id_set(char *const *ids, size_t n, const char ***sorted, size_t *nsorted)
{
	const char **v = xcalloc(n + 1, sizeof *v);
	size_t m = 0, len = 1;
	char *joined, *p;

	for (size_t i = 0; i < n; i++)
		v[i] = nz(ids[i]);
	qsort(v, n, sizeof *v, compare_strings);
	for (size_t i = 0; i < n; i++)
		if (m == 0 || strcmp(v[m - 1], v[i]) != 0)
			v[m++] = v[i];
	for (size_t i = 0; i < m; i++)
		len += strlen(v[i]) + 1;
	p = joined = xmalloc(len);
	*p = '\0';
	for (size_t i = 0; i < m; i++)
		p += sprintf(p, "%s%s", i ? ";" : "", v[i]);
	if (sorted != NULL) {
		*sorted = v;
		*nsorted = m;
	} else {
		free(v);
	}
	return joined;
}

/* Apply the group or theme list @want of service @s (one field). */
static enum upkeep_status
apply_set(struct change *cx, const struct upkeep_service *s,
    const char *table, const char *column, const char *field,
    char *const *want, size_t nwant, char *const *base, size_t nbase,
    const char *item, bool *changed)
{
	/* @table and @column are ours, never input. */
	char *sql = xasprintf("SELECT %s FROM %s WHERE service_id = ?1",
	    column, table);
	char **cur_ids, *cur, *wanted, *based = NULL;
	const char **sorted;
	size_t ncur, nsorted;
	enum upkeep_status st = UPKEEP_OK;
	int rc;

	rc = load_ids(cx->u, sql, s->id, &cur_ids, &ncur);
	free(sql);
	if (rc != SQLITE_OK) {
		free_ids(cur_ids, ncur);
		return sql_status(rc);
	}
	cur = id_set(cur_ids, ncur, NULL, NULL);
	wanted = id_set(want, nwant, &sorted, &nsorted);
	if (s->base != NULL)
		based = id_set(base, nbase, NULL, NULL);
	switch (decide(cur, wanted, based)) {
	case KEEP:
		break;
	case CONFLICT:
		set_where(cx->u, field);
		st = UPKEEP_CONFLICT;
		break;
	case WRITE:
		sql = xasprintf("DELETE FROM %s WHERE service_id = ?1", table);
		write_sql(cx, sql, s->id, NULL, NULL);
		free(sql);
		sql = xasprintf("INSERT INTO %s (service_id, %s) VALUES (?1, ?2)",
		    table, column);
		for (size_t i = 0; i < nsorted; i++)
			write_sql(cx, sql, s->id, sorted[i], NULL);
		free(sql);
		history(cx, item, field, NULL, cur, wanted);
		cx->fields++;
		*changed = true;
		break;
	}
	free_ids(cur_ids, ncur);
	free(cur);
	free(wanted);
	free(based);
	free(sorted);
	return st;
}

/* Apply the texts @t of service @s in one language. */
static enum upkeep_status
apply_text(struct change *cx, const struct upkeep_service *s,
    const struct upkeep_text *t, const char *item, bool *changed)
{
	struct upkeep *u = cx->u;
	const struct upkeep_text *bt = s->base ? find_text(s->base, t->lang) : NULL;
	char *cur[TEXT_COUNT];
	bool write[TEXT_COUNT] = { false }, any = false, found;
	enum upkeep_status st = UPKEEP_OK;
	int rc;

	sqlite3_bind_text(u->text, 1, s->id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(u->text, 2, t->lang, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(u->text);
	found = rc == SQLITE_ROW;
	for (int k = 0; k < TEXT_COUNT; k++)
		cur[k] = found ? db_column_strdup(u->text, k) : xstrdup("");
	sqlite3_reset(u->text);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		st = sql_status(rc);
	for (int k = 0; st == UPKEEP_OK && k < TEXT_COUNT; k++) {
		const char *base = s->base == NULL ? NULL :
		    bt != NULL ? nz(text_get(bt, k)) : "";

		switch (decide(cur[k], nz(text_get(t, k)), base)) {
		case KEEP:
			break;
		case CONFLICT:
			set_where(u, t->lang);
			st = UPKEEP_CONFLICT;
			break;
		case WRITE:
			write[k] = any = true;
			break;
		}
	}
	if (st == UPKEEP_OK && any) {
		if (found) {
			for (int k = 0; k < TEXT_COUNT; k++) {
				char *sql;

				if (!write[k])
					continue;
				/* The column name is one of text_columns. */
				sql = xasprintf("UPDATE service_text SET %s = ?3 "
				    "WHERE service_id = ?1 AND lang = ?2",
				    text_columns[k]);
				write_sql(cx, sql, s->id, t->lang, nz(text_get(t, k)));
				free(sql);
			}
		} else if (writing(cx)) {
			sqlite3_stmt *ins = db_prepare(u->db,
			    "INSERT INTO service_text (service_id, lang, name, "
			    "summary, offer, audience) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");

			sqlite3_bind_text(ins, 1, s->id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(ins, 2, t->lang, -1, SQLITE_TRANSIENT);
			for (int k = 0; k < TEXT_COUNT; k++)
				sqlite3_bind_text(ins, 3 + k, nz(text_get(t, k)), -1,
				    SQLITE_TRANSIENT);
			write_step(cx, ins);
			sqlite3_finalize(ins);
		}
		for (int k = 0; k < TEXT_COUNT; k++) {
			if (!write[k])
				continue;
			history(cx, item, text_columns[k], t->lang, cur[k],
			    nz(text_get(t, k)));
			cx->fields++;
		}
		*changed = true;
	}
	for (int k = 0; k < TEXT_COUNT; k++)
		free(cur[k]);
	return st;
}

/*
 * Bring service @s into the catalog: its neutral fields, the texts it
 * has, and its groups and themes if @sets.  last_checked becomes today if
 * anything changed, or in any case if @stamp.  The transaction is open.
 */
static enum upkeep_status
apply_service(struct change *cx, const struct upkeep_service *s, bool sets,
    bool stamp)
{
	struct upkeep *u = cx->u;
	const struct upkeep_service *b = s->base;
	char *cur[NEUTRAL_COUNT] = { NULL }, *checked = NULL, *item;
	enum upkeep_status st = UPKEEP_OK;
	bool changed = false;
	int rc;

	sqlite3_bind_text(u->service, 1, s->id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(u->service);
	if (rc == SQLITE_ROW) {
		for (int k = 0; k < NEUTRAL_COUNT; k++)
			cur[k] = db_column_strdup(u->service, k);
		checked = db_column_strdup(u->service, NEUTRAL_COUNT);
	}
	sqlite3_reset(u->service);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? UPKEEP_NOT_FOUND : sql_status(rc);
	item = xasprintf("service:%s", s->id);

	for (int k = 0; st == UPKEEP_OK && k < NEUTRAL_COUNT; k++) {
		const char *want = nz(neutral_get(s, k));

		switch (decide(cur[k], want, b ? nz(neutral_get(b, k)) : NULL)) {
		case KEEP:
			break;
		case CONFLICT:
			set_where(u, neutral_columns[k]);
			st = UPKEEP_CONFLICT;
			break;
		case WRITE:
			write_service_field(cx, s->id, neutral_columns[k], want);
			history(cx, item, neutral_columns[k], NULL, cur[k], want);
			cx->fields++;
			changed = true;
			break;
		}
	}
	for (size_t i = 0; st == UPKEEP_OK && i < s->ntexts; i++)
		st = apply_text(cx, s, &s->texts[i], item, &changed);
	if (st == UPKEEP_OK && sets)
		st = apply_set(cx, s, "service_group", "group_id", "groups",
		    s->groups, s->ngroups, b ? b->groups : NULL,
		    b ? b->ngroups : 0, item, &changed);
	if (st == UPKEEP_OK && sets)
		st = apply_set(cx, s, "service_theme", "theme_id", "themes",
		    s->themes, s->nthemes, b ? b->themes : NULL,
		    b ? b->nthemes : 0, item, &changed);
	if (st == UPKEEP_OK && (changed || stamp)) {
		bool restamp = strcmp(checked, cx->today) != 0;

		if (restamp) {
			write_service_field(cx, s->id, "last_checked", cx->today);
			history(cx, item, "last_checked", NULL, checked, cx->today);
		}
		if (changed || restamp) {
			rebuild_search(cx, s->id);
			cx->wrote = true;
		}
		if (changed)
			cx->items++;
	}
	if (st == UPKEEP_OK && cx->rc != SQLITE_OK)
		st = sql_status(cx->rc);
	for (int k = 0; k < NEUTRAL_COUNT; k++)
		free(cur[k]);
	free(checked);
	free(item);
	return st;
}

enum upkeep_status
upkeep_service_save(struct upkeep *u, const struct upkeep_service *s,
    const char *who, time_t now)
{
	struct change cx;
	enum upkeep_status st;
	int rc;

	set_where(u, "");
	if (who == NULL || is_blank(who))
		return UPKEEP_NO_AUTHOR;
	if (s->id == NULL)
		return UPKEEP_NOT_FOUND;
	change_init(&cx, u, who, now, false);
	/* IMMEDIATE: take the write lock now, so the values compared are
	 * the values overwritten. */
	if ((rc = exec(u, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return sql_status(rc);
	st = validate_service(u, s);
	if (st == UPKEEP_OK)
		st = apply_service(&cx, s, true, true);
	if (st == UPKEEP_OK && cx.wrote) {
		bump_revision(&cx);
		st = sql_status(cx.rc);
	}
	return finish(u, st);
}

/* ---------------------------------------------------------------- CSV out */

/* Write one field, quoted only when it must be, then "," or CRLF. */
static int
put_field(FILE *out, const char *s, bool last)
{
	size_t len = strlen(s);
	/* libcsv and most readers would trim unquoted blanks at the ends. */
	bool quote = len > 0 && (strpbrk(s, ",\"\r\n") != NULL ||
	    s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t');

	if (quote) {
		if (csv_fwrite(out, s, len) != 0)
			return -1;
	} else if (len > 0 && fwrite(s, 1, len, out) != len) {
		return -1;
	}
	return fputs(last ? "\r\n" : ",", out) == EOF ? -1 : 0;
}

/* Write the header and every row of @sql (@ncols columns) to @out. */
static enum upkeep_status
export_rows(struct upkeep *u, FILE *out, const char *const *names, int ncols,
    const char *sql)
{
	sqlite3_stmt *stmt = db_prepare(u->db, sql);
	int rc = SQLITE_DONE, bad = 0;

	for (int i = 0; i < ncols; i++)
		bad |= put_field(out, names[i], i == ncols - 1);
	while (!bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		for (int i = 0; i < ncols; i++)
			bad |= put_field(out, nz((const char *)
			    sqlite3_column_text(stmt, i)), i == ncols - 1);
	sqlite3_finalize(stmt);
	if (bad || fflush(out) != 0 || ferror(out))
		return UPKEEP_FILE_WRITE;
	return rc == SQLITE_DONE ? UPKEEP_OK : sql_status(rc);
}

enum upkeep_status
upkeep_export_services(struct upkeep *u, FILE *out)
{
	/* The columns in the order of service_file_columns. */
	return export_rows(u, out, service_file_columns, SC_COUNT,
	    "SELECT s.id, t.lang, t.name, t.summary, t.offer, t.audience, "
	    "       s.address, s.web, s.email, s.phone, s.languages, s.source "
	    "FROM service s JOIN service_text t ON t.service_id = s.id "
	    "JOIN language l ON l.code = t.lang ORDER BY s.id, l.sort, l.code");
}

enum upkeep_status
upkeep_export_lmi(struct upkeep *u, FILE *out)
{
	return export_rows(u, out, lmi_file_columns, LC_COUNT,
	    "SELECT o.esco_code, "
	    "  CASE l.apprenticeship WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END, "
	    "  CASE l.shortage WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END, "
	    "  l.source, l.checked "
	    "FROM occupation o "
	    "LEFT JOIN occupation_lmi l ON l.occupation_id = o.id "
	    "ORDER BY o.esco_code");
}

/* ---------------------------------------------------------------- CSV in */

/* One row of a CSV file. */
struct csv_row {
	long line;      /* where it starts */
	int n;          /* fields in the row */
	char **f;       /* the first MAX_KEPT_FIELDS of them, NUL-terminated */
	size_t *len;    /* their lengths (a field may hold a NUL byte) */
};

/* A CSV file being read. */
struct csv_file {
	struct csv_row *rows;
	size_t n, cap;
	struct csv_row cur;    /* the row being parsed */
	long newlines;         /* line feeds read so far */
	bool between;          /* between rows: line breaks are skipped */
};

/* libcsv: one field parsed. */
static void
on_field(void *data, size_t len, void *ctx)
{
	struct csv_file *cf = ctx;
	struct csv_row *r = &cf->cur;

	if (r->n < MAX_KEPT_FIELDS) {
		if (r->n == 0) {
			r->f = xcalloc(MAX_KEPT_FIELDS, sizeof *r->f);
			r->len = xcalloc(MAX_KEPT_FIELDS, sizeof *r->len);
		}
		r->f[r->n] = xmalloc(len + 1);
		if (len > 0)
			memcpy(r->f[r->n], data, len);
		r->f[r->n][len] = '\0';
		r->len[r->n] = len;
	}
	r->n++;
}

/* libcsv: one row complete. */
static void
on_row(int terminator, void *ctx)
{
	struct csv_file *cf = ctx;

	(void)terminator;
	cf->rows = xgrow(cf->rows, cf->n, &cf->cap, 64, sizeof *cf->rows);
	cf->rows[cf->n++] = cf->cur;
	cf->cur = (struct csv_row){ 0 };
	cf->between = true;
}

/* Free the fields of @r. */
static void
row_free(struct csv_row *r)
{
	int kept = r->n < MAX_KEPT_FIELDS ? r->n : MAX_KEPT_FIELDS;

	for (int i = 0; i < kept; i++)
		free(r->f[i]);
	free(r->f);
	free(r->len);
}

/* Free what @cf holds. */
static void
csv_file_free(struct csv_file *cf)
{
	for (size_t i = 0; i < cf->n; i++)
		row_free(&cf->rows[i]);
	row_free(&cf->cur);
	free(cf->rows);
}

/* libcsv: nothing is white space to trim (RFC 4180 keeps spaces). */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* A copy of @s short enough to quote in an error. */
static char *
detail_of(const char *s)
{
	size_t len = strlen(s), cut = DETAIL_MAX - 3;
	char *d;

	if (len <= DETAIL_MAX)
		return xstrdup(s);
	while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
		cut--;
	d = xmalloc(cut + 4);
	memcpy(d, s, cut);
	memcpy(d + cut, "...", 4);
	return d;
}

/* Add an error to @e; past UPKEEP_MAX_ERRORS, one TOO_MANY_ERRORS. */
static void
add_error(struct upkeep_errors *e, long line, int column,
    enum upkeep_reason reason, const char *detail, long other_line)
{
	struct upkeep_error *x;

	if (e->n > UPKEEP_MAX_ERRORS)
		return;
	if (e->n == UPKEEP_MAX_ERRORS) {
		line = column = 0;
		other_line = 0;
		reason = UPKEEP_REASON_TOO_MANY_ERRORS;
		detail = NULL;
	}
	e->list = xgrow(e->list, e->n, &e->cap, 16, sizeof *e->list);
	x = &e->list[e->n++];
	*x = (struct upkeep_error){ .line = line, .column = column,
	    .reason = reason, .other_line = other_line,
	    .detail = detail != NULL ? detail_of(detail) : NULL };
}

/* Whether error @a goes before @b: by line and column, TOO_MANY_ERRORS
 * last. */
static bool
error_before(const struct upkeep_error *a, const struct upkeep_error *b)
{
	bool ta = a->reason == UPKEEP_REASON_TOO_MANY_ERRORS;
	bool tb = b->reason == UPKEEP_REASON_TOO_MANY_ERRORS;

	if (ta != tb)
		return tb;
	if (a->line != b->line)
		return a->line < b->line;
	return a->column < b->column;
}

/* Sort @e's errors for reading, keeping the order found among equals
 * (insertion sort: stable, and the list is short). */
static void
sort_errors(struct upkeep_errors *e)
{
	for (size_t i = 1; i < e->n; i++) {
		struct upkeep_error x = e->list[i];
		size_t j = i;

		for (; j > 0 && error_before(&x, &e->list[j - 1]); j--)
			e->list[j] = e->list[j - 1];
		e->list[j] = x;
	}
}

void
upkeep_errors_free(struct upkeep_errors *errs)
{
	for (size_t i = 0; i < errs->n; i++)
		free(errs->list[i].detail);
	free(errs->list);
	memset(errs, 0, sizeof *errs);
}

/* Read @f whole, or up to one byte past UPKEEP_MAX_FILE; NULL on a read
 * error.  The caller frees. */
static char *
read_all(FILE *f, size_t *len)
{
	size_t cap = 65536, n;
	char *buf = xmalloc(cap);

	*len = 0;
	while ((n = fread(buf + *len, 1, cap - *len, f)) > 0) {
		*len += n;
		if (*len > (size_t)UPKEEP_MAX_FILE)
			break;
		if (*len == cap) {
			cap *= 2;
			buf = xreallocarray(buf, cap, 1);
		}
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	return buf;
}

/*
 * Read @path into @cf.  Problems with the file as a whole (too large, not
 * CSV, empty) go to @errs.  @return UPKEEP_OK, or FILE_OPEN if the file
 * cannot be read at all.
 */
static enum upkeep_status
csv_read(const char *path, struct csv_file *cf, struct upkeep_errors *errs)
{
	struct csv_parser p;
	FILE *f = fopen(path, "rb");
	char *buf;
	size_t len = 0, start = 0;
	bool failed = false;

	memset(cf, 0, sizeof *cf);
	cf->between = true;
	if (f == NULL)
		return UPKEEP_FILE_OPEN;
	buf = read_all(f, &len);
	if (buf == NULL) {
		fclose(f);
		return UPKEEP_FILE_OPEN;
	}
	fclose(f);
	if (len > (size_t)UPKEEP_MAX_FILE) {
		add_error(errs, 0, 0, UPKEEP_REASON_TOO_LARGE, NULL, 0);
		free(buf);
		return UPKEEP_OK;
	}
	/* Spreadsheets write a byte-order mark before "CSV UTF-8". */
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		start = 3;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_space_func(&p, no_space);
	/* One byte at a time: the only way to know on which line a row
	 * starts, as libcsv reports no positions.  Files are small. */
	for (size_t i = start; i < len && !failed; i++) {
		char c = buf[i];

		if (cf->between && c != '\r' && c != '\n') {
			cf->cur.line = cf->newlines + 1;
			cf->between = false;
		}
		if (csv_parse(&p, &buf[i], 1, on_field, on_row, cf) != 1) {
			/* Never between rows: a line break there is skipped. */
			add_error(errs, cf->cur.line, cf->cur.n + 1,
			    UPKEEP_REASON_NOT_CSV, NULL, 0);
			failed = true;
		} else if (cf->n > MAX_ROWS) {
			add_error(errs, 0, 0, UPKEEP_REASON_TOO_LARGE, NULL, 0);
			failed = true;
		}
		/* A line ends at LF, CRLF or a lone CR. */
		if (c == '\n' || (c == '\r' && (i + 1 == len || buf[i + 1] != '\n')))
			cf->newlines++;
	}
	if (!failed && csv_fini(&p, on_field, on_row, cf) != 0) {
		add_error(errs, cf->cur.line, cf->cur.n + 1,
		    UPKEEP_REASON_NOT_CSV, NULL, 0);
		failed = true;
	}
	csv_free(&p);
	free(buf);
	if (!failed && cf->n == 0)
		add_error(errs, 1, 0, UPKEEP_REASON_EMPTY_FILE, NULL, 0);
	return UPKEEP_OK;
}

/*
 * Map the header @h onto @names: @map[k] is the position of names[k].
 * Unknown, doubled and missing columns are errors.  @return whether the
 * header is usable.
 */
static bool
map_header(const struct csv_row *h, const char *const *names, int count,
    int *map, struct upkeep_errors *errs)
{
	size_t before = errs->n;
	int kept = h->n < MAX_KEPT_FIELDS ? h->n : MAX_KEPT_FIELDS;

	for (int k = 0; k < count; k++)
		map[k] = -1;
	for (int i = 0; i < kept; i++) {
		int k = 0;

		if (!utf8_valid(h->f[i], h->len[i])) {
			add_error(errs, h->line, i + 1, UPKEEP_REASON_NOT_UTF8, NULL, 0);
			continue;
		}
		while (k < count && strcmp(names[k], h->f[i]) != 0)
			k++;
		if (k == count)
			add_error(errs, h->line, i + 1, UPKEEP_REASON_UNKNOWN_COLUMN,
			    h->f[i], 0);
		else if (map[k] >= 0)
			add_error(errs, h->line, i + 1,
			    UPKEEP_REASON_DUPLICATE_COLUMN, h->f[i], 0);
		else
			map[k] = i;
	}
	if (h->n > kept)
		add_error(errs, h->line, kept + 1, UPKEEP_REASON_UNKNOWN_COLUMN,
		    NULL, 0);
	for (int k = 0; k < count; k++)
		if (map[k] < 0)
			add_error(errs, h->line, 0, UPKEEP_REASON_MISSING_COLUMN,
			    names[k], 0);
	return errs->n == before;
}

/* Whether every field of @r is empty (a spreadsheet's blank row). */
static bool
row_blank(const struct csv_row *r)
{
	int kept = r->n < MAX_KEPT_FIELDS ? r->n : MAX_KEPT_FIELDS;

	for (int i = 0; i < kept; i++)
		if (r->len[i] > 0)
			return false;
	return true;
}

/* Check the shape of data row @r against a header of @ncols columns:
 * width and UTF-8.  @return whether its values can be looked at. */
static bool
row_usable(const struct csv_row *r, int ncols, struct upkeep_errors *errs)
{
	bool ok = true;

	if (r->n != ncols) {
		/* Point at the first missing or extra column. */
		add_error(errs, r->line, (r->n < ncols ? r->n : ncols) + 1,
		    UPKEEP_REASON_WRONG_COLUMNS, NULL, 0);
		return false;
	}
	for (int i = 0; i < r->n && i < MAX_KEPT_FIELDS; i++) {
		if (!utf8_valid(r->f[i], r->len[i])) {
			add_error(errs, r->line, i + 1, UPKEEP_REASON_NOT_UTF8,
			    NULL, 0);
			ok = false;
		}
	}
	return ok;
}

/*
 * Read @path and check its header against @names.  *@header_ok tells
 * whether the columns can be mapped (@map).  @return as csv_read.
 */
static enum upkeep_status
read_table(const char *path, const char *const *names, int count, int *map,
    struct csv_file *cf, bool *header_ok, struct upkeep_errors *errs)
{
	enum upkeep_status st = csv_read(path, cf, errs);

	*header_ok = false;
	if (st != UPKEEP_OK || cf->n == 0)
		return st;
	*header_ok = map_header(&cf->rows[0], names, count, map, errs);
	return UPKEEP_OK;
}

/*
 * The next data row of @cf after row *@i that can be checked.  Blank rows
 * are skipped; the others are counted in @errs, and if their shape is
 * right and the header could be mapped (@header_ok, @map), their values
 * and 1-based columns go to @v and @col in the order of the expected
 * columns.  At the end, a file with no data rows at all gets that error;
 * @return NULL.
 */
static const struct csv_row *
next_row(const struct csv_file *cf, size_t *i, const int *map, int count,
    bool header_ok, const char **v, int *col, struct upkeep_errors *errs)
{
	while (++*i < cf->n) {
		const struct csv_row *r = &cf->rows[*i];

		if (row_blank(r))
			continue;
		errs->rows++;
		if (!row_usable(r, cf->rows[0].n, errs) || !header_ok)
			continue;
		for (int c = 0; c < count; c++) {
			v[c] = r->f[map[c]];
			col[c] = map[c] + 1;
		}
		return r;
	}
	if (cf->n > 0 && errs->rows == 0 && errs->n == 0)
		add_error(errs, cf->rows[0].line + 1, 0, UPKEEP_REASON_NO_ROWS,
		    NULL, 0);
	return NULL;
}

/* ---------------------------------------------------------------- import services */

/* A good row of the services file. */
struct service_row {
	long line;
	const char *v[SC_COUNT];   /* borrowed from the csv_row */
	int col[SC_COUNT];         /* 1-based column of each value */
};

/* By id, then line. */
static int
compare_service_rows(const void *pa, const void *pb)
{
	const struct service_row *a = pa, *b = pb;
	int c = strcmp(a->v[SC_ID], b->v[SC_ID]);

	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* By id, language, then line. */
static int
compare_service_langs(const void *pa, const void *pb)
{
	const struct service_row *a = pa, *b = pb;
	int c = strcmp(a->v[SC_ID], b->v[SC_ID]);

	if (c == 0)
		c = strcmp(a->v[SC_LANG], b->v[SC_LANG]);
	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* Check the values of one services row; @return whether its id is known
 * (it then takes part in the checks between rows). */
static bool
check_service_row(struct upkeep *u, const struct service_row *r,
    struct upkeep_errors *errs)
{
	bool known;

	if (is_blank(r->v[SC_ID])) {
		add_error(errs, r->line, r->col[SC_ID], UPKEEP_REASON_EMPTY_VALUE,
		    NULL, 0);
		known = false;
	} else if (!(known = exists(u->service, r->v[SC_ID]))) {
		add_error(errs, r->line, r->col[SC_ID],
		    UPKEEP_REASON_UNKNOWN_SERVICE, r->v[SC_ID], 0);
	}
	if (is_blank(r->v[SC_LANG]))
		add_error(errs, r->line, r->col[SC_LANG], UPKEEP_REASON_EMPTY_VALUE,
		    NULL, 0);
	else if (!exists(u->language, r->v[SC_LANG]))
		add_error(errs, r->line, r->col[SC_LANG],
		    UPKEEP_REASON_UNKNOWN_LANGUAGE, r->v[SC_LANG], 0);
	for (int c = SC_NAME; c <= SC_AUDIENCE; c++)
		if (is_blank(r->v[c]))
			add_error(errs, r->line, r->col[c],
			    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
	if (is_blank(r->v[SC_SOURCE]))
		add_error(errs, r->line, r->col[SC_SOURCE],
		    UPKEEP_REASON_EMPTY_VALUE, NULL, 0);
	if (*r->v[SC_LANGUAGES] != '\0' &&
	    !valid_language_list(r->v[SC_LANGUAGES]))
		add_error(errs, r->line, r->col[SC_LANGUAGES],
		    UPKEEP_REASON_BAD_LANGUAGES, r->v[SC_LANGUAGES], 0);
	return known;
}

/* Rows of one service twice in a language, or disagreeing on a neutral
 * field with the service's first row. */
static void
check_service_groups(struct service_row *rows, size_t n,
    struct upkeep_errors *errs)
{
	if (n < 2)
		return;
	qsort(rows, n, sizeof *rows, compare_service_langs);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (strcmp(rows[first].v[SC_ID], rows[i].v[SC_ID]) != 0 ||
		    strcmp(rows[first].v[SC_LANG], rows[i].v[SC_LANG]) != 0)
			first = i;
		else
			add_error(errs, rows[i].line, rows[i].col[SC_ID],
			    UPKEEP_REASON_DUPLICATE_ROW, NULL, rows[first].line);
	}
	qsort(rows, n, sizeof *rows, compare_service_rows);
	for (size_t i = 0, first = 0; i < n; i++) {
		if (strcmp(rows[first].v[SC_ID], rows[i].v[SC_ID]) != 0)
			first = i;
		if (first == i)
			continue;
		for (int c = SC_ADDRESS; c <= SC_SOURCE; c++)
			if (strcmp(rows[first].v[c], rows[i].v[c]) != 0)
				add_error(errs, rows[i].line, rows[i].col[c],
				    UPKEEP_REASON_DISAGREES, NULL, rows[first].line);
	}
}

/* Build the service of rows[0..n) (one id) to apply. */
static void
service_from_rows(const struct service_row *rows, size_t n,
    struct upkeep_service *s)
{
	memset(s, 0, sizeof *s);
	s->id = xstrdup(rows[0].v[SC_ID]);
	s->texts = xcalloc(n, sizeof *s->texts);
	s->ntexts = n;
	for (size_t i = 0; i < n; i++) {
		s->texts[i].lang = xstrdup(rows[i].v[SC_LANG]);
		s->texts[i].name = xstrdup(rows[i].v[SC_NAME]);
		s->texts[i].summary = xstrdup(rows[i].v[SC_SUMMARY]);
		s->texts[i].offer = xstrdup(rows[i].v[SC_OFFER]);
		s->texts[i].audience = xstrdup(rows[i].v[SC_AUDIENCE]);
	}
	s->address = xstrdup(rows[0].v[SC_ADDRESS]);
	s->web = xstrdup(rows[0].v[SC_WEB]);
	s->email = xstrdup(rows[0].v[SC_EMAIL]);
	s->phone = xstrdup(rows[0].v[SC_PHONE]);
	s->languages = xstrdup(rows[0].v[SC_LANGUAGES]);
	s->source = xstrdup(rows[0].v[SC_SOURCE]);
}

/* Start an import: empty @errs, check @who, open the transaction. */
static enum upkeep_status
import_begin(struct upkeep *u, const char *who, bool dry_run,
    struct upkeep_errors *errs)
{
	upkeep_errors_free(errs);
	if (who == NULL || is_blank(who))
		return UPKEEP_NO_AUTHOR;
	/* A dry run only reads; a real one takes the write lock first so
	 * the checks hold for what it writes. */
	return sql_status(exec(u, dry_run ? "BEGIN" : "BEGIN IMMEDIATE"));
}

/* End an import: errors refuse the file; a dry run writes nothing. */
static enum upkeep_status
import_end(struct upkeep *u, struct change *cx, enum upkeep_status st,
    struct upkeep_errors *errs)
{
	sort_errors(errs);
	if (st == UPKEEP_OK && errs->n > 0)
		st = UPKEEP_FILE_INVALID;
	if (st == UPKEEP_OK && cx != NULL) {
		if (cx->wrote)
			bump_revision(cx);
		if (cx->rc != SQLITE_OK)
			st = sql_status(cx->rc);
		errs->items = cx->items;
		errs->fields = cx->fields;
	}
	if (st != UPKEEP_OK) {
		errs->items = errs->fields = 0;
		return finish(u, st);
	}
	if (cx->dry_run) {
		exec(u, "ROLLBACK");
		return UPKEEP_OK;
	}
	return finish(u, UPKEEP_OK);
}

enum upkeep_status
upkeep_import_services(struct upkeep *u, const char *path, bool dry_run,
    const char *who, time_t now, struct upkeep_errors *errs)
{
	struct csv_file cf;
	const struct csv_row *r;
	struct service_row *rows = NULL;
	struct change cx;
	size_t n = 0, at = 0;
	int map[SC_COUNT];
	bool header_ok;
	enum upkeep_status st;

	if ((st = import_begin(u, who, dry_run, errs)) != UPKEEP_OK)
		return st;
	st = read_table(path, service_file_columns, SC_COUNT, map, &cf,
	    &header_ok, errs);
	if (st != UPKEEP_OK) {
		csv_file_free(&cf);
		return import_end(u, NULL, st, errs);
	}
	/* Never empty: next_row fills rows[n] before it knows there is one. */
	rows = xcalloc(cf.n + 1, sizeof *rows);
	while ((r = next_row(&cf, &at, map, SC_COUNT, header_ok, rows[n].v,
	    rows[n].col, errs)) != NULL) {
		rows[n].line = r->line;
		if (check_service_row(u, &rows[n], errs))
			n++;
	}
	check_service_groups(rows, n, errs);

	change_init(&cx, u, who, now, dry_run);
	for (size_t i = 0; errs->n == 0 && st == UPKEEP_OK && i < n;) {
		struct upkeep_service s;
		size_t j = i;

		while (j < n && strcmp(rows[j].v[SC_ID], rows[i].v[SC_ID]) == 0)
			j++;
		service_from_rows(&rows[i], j - i, &s);
		st = apply_service(&cx, &s, false, false);
		upkeep_service_free(&s);
		i = j;
	}
	free(rows);
	csv_file_free(&cf);
	return import_end(u, &cx, st, errs);
}

/* ---------------------------------------------------------------- import LMI */

/* A row of the labour-market file. */
struct lmi_row {
	long line;
	const char *code;
	int code_col;
	int id;                  /* occupation id */
	int apprenticeship;      /* 1, 0, -1 unknown */
	int shortage;
	const char *source;      /* borrowed */
	const char *checked;
	bool any;                /* something besides the code is given */
};

/* By code, then line. */
static int
compare_lmi_rows(const void *pa, const void *pb)
{
	const struct lmi_row *a = pa, *b = pb;
	int c = strcmp(a->code, b->code);

	return c != 0 ? c : (a->line > b->line) - (a->line < b->line);
}

/* yes -> 1, no -> 0, "" -> -1, anything else -> -2. */
static int
yes_no(const char *s)
{
	if (*s == '\0')
		return -1;
	if (strcasecmp(s, "yes") == 0)
		return 1;
	if (strcasecmp(s, "no") == 0)
		return 0;
	return -2;
}

/* Check the values of one labour-market row; @return whether it is good. */
static bool
check_lmi_row(struct upkeep *u, struct lmi_row *r, const char *const *v,
    const int *col, const char *today, struct upkeep_errors *errs)
{
	size_t before = errs->n;
	int rc;

	r->code = v[LC_CODE];
	r->code_col = col[LC_CODE];
	r->source = v[LC_SOURCE];
	r->checked = v[LC_CHECKED];
	if (*r->code == '\0') {
		add_error(errs, r->line, col[LC_CODE], UPKEEP_REASON_EMPTY_VALUE,
		    NULL, 0);
	} else {
		sqlite3_bind_text(u->occupation, 1, r->code, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(u->occupation);
		if (rc == SQLITE_ROW)
			r->id = sqlite3_column_int(u->occupation, 0);
		else
			add_error(errs, r->line, col[LC_CODE],
			    UPKEEP_REASON_UNKNOWN_OCCUPATION, r->code, 0);
		sqlite3_reset(u->occupation);
	}
	r->apprenticeship = yes_no(v[LC_APPRENTICESHIP]);
	r->shortage = yes_no(v[LC_SHORTAGE]);
	if (r->apprenticeship == -2)
		add_error(errs, r->line, col[LC_APPRENTICESHIP],
		    UPKEEP_REASON_NOT_YES_NO, v[LC_APPRENTICESHIP], 0);
	if (r->shortage == -2)
		add_error(errs, r->line, col[LC_SHORTAGE],
		    UPKEEP_REASON_NOT_YES_NO, v[LC_SHORTAGE], 0);
	if (*r->checked != '\0') {
		if (!valid_date(r->checked))
			add_error(errs, r->line, col[LC_CHECKED],
			    UPKEEP_REASON_NOT_DATE, r->checked, 0);
		else if (strcmp(r->checked, today) > 0)
			add_error(errs, r->line, col[LC_CHECKED],
			    UPKEEP_REASON_FUTURE_DATE, r->checked, 0);
	}
	r->any = r->apprenticeship != -1 || r->shortage != -1 ||
	    *r->source != '\0' || *r->checked != '\0';
	/* A fact needs its source and the day it was checked. */
	if (r->any && is_blank(r->source))
		add_error(errs, r->line, col[LC_SOURCE], UPKEEP_REASON_REQUIRED,
		    NULL, 0);
	if (r->any && *r->checked == '\0')
		add_error(errs, r->line, col[LC_CHECKED], UPKEEP_REASON_REQUIRED,
		    NULL, 0);
	return errs->n == before;
}

/* "1", "0" or "" for a yes/no value. */
static const char *
tristate_text(int v)
{
	return v == 1 ? "1" : v == 0 ? "0" : "";
}

/* Bind a yes/no value (NULL when unknown). */
static void
bind_tristate(sqlite3_stmt *stmt, int col, int v)
{
	if (v < 0)
		sqlite3_bind_null(stmt, col);
	else
		sqlite3_bind_int(stmt, col, v);
}

/* Bring one occupation's facts into the catalog. */
static void
apply_lmi(struct change *cx, const struct lmi_row *r)
{
	static const char *const fields[] = {
		"apprenticeship", "shortage", "source", "checked",
	};
	struct upkeep *u = cx->u;
	const char *want[4] = {
		tristate_text(r->apprenticeship), tristate_text(r->shortage),
		r->source, r->checked,
	};
	char *cur[4], *item;
	bool differ[4], any = false;
	int rc;

	sqlite3_bind_int(u->lmi, 1, r->id);
	rc = sqlite3_step(u->lmi);
	for (int k = 0; k < 4; k++)
		cur[k] = rc == SQLITE_ROW ? db_column_strdup(u->lmi, k) : xstrdup("");
	sqlite3_reset(u->lmi);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE && cx->rc == SQLITE_OK)
		cx->rc = rc;
	for (int k = 0; k < 4; k++)
		any |= (differ[k] = strcmp(cur[k], r->any ? want[k] : "") != 0);
	if (any && cx->rc == SQLITE_OK) {
		item = xasprintf("occupation:%d", r->id);
		if (writing(cx) && r->any) {
			sqlite3_bind_int(u->lmi_put, 1, r->id);
			bind_tristate(u->lmi_put, 2, r->apprenticeship);
			bind_tristate(u->lmi_put, 3, r->shortage);
			sqlite3_bind_text(u->lmi_put, 4, r->source, -1,
			    SQLITE_TRANSIENT);
			sqlite3_bind_text(u->lmi_put, 5, r->checked, -1,
			    SQLITE_TRANSIENT);
			write_step(cx, u->lmi_put);
		} else if (writing(cx)) {
			sqlite3_bind_int(u->lmi_delete, 1, r->id);
			write_step(cx, u->lmi_delete);
		}
		for (int k = 0; k < 4; k++) {
			if (!differ[k])
				continue;
			history(cx, item, fields[k], NULL, cur[k],
			    r->any ? want[k] : "");
			cx->fields++;
		}
		cx->items++;
		cx->wrote = true;
		free(item);
	}
	for (int k = 0; k < 4; k++)
		free(cur[k]);
}

enum upkeep_status
upkeep_import_lmi(struct upkeep *u, const char *path, bool dry_run,
    const char *who, time_t now, struct upkeep_errors *errs)
{
	struct csv_file cf;
	const struct csv_row *r;
	struct lmi_row *rows = NULL;
	struct change cx;
	size_t n = 0, at = 0;
	int map[LC_COUNT];
	const char *v[LC_COUNT];
	int col[LC_COUNT];
	bool header_ok;
	enum upkeep_status st;

	if ((st = import_begin(u, who, dry_run, errs)) != UPKEEP_OK)
		return st;
	change_init(&cx, u, who, now, dry_run);
	st = read_table(path, lmi_file_columns, LC_COUNT, map, &cf, &header_ok,
	    errs);
	if (st != UPKEEP_OK) {
		csv_file_free(&cf);
		return import_end(u, NULL, st, errs);
	}
	if (cf.n > 0)
		rows = xcalloc(cf.n, sizeof *rows);
	while ((r = next_row(&cf, &at, map, LC_COUNT, header_ok, v, col,
	    errs)) != NULL) {
		rows[n].line = r->line;
		/* Rows with a known code take part in the duplicate check. */
		check_lmi_row(u, &rows[n], v, col, cx.today, errs);
		if (rows[n].id > 0)
			n++;
		else
			memset(&rows[n], 0, sizeof rows[n]);
	}
	if (n > 1)
		qsort(rows, n, sizeof *rows, compare_lmi_rows);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (strcmp(rows[first].code, rows[i].code) != 0)
			first = i;
		else
			add_error(errs, rows[i].line, rows[i].code_col,
			    UPKEEP_REASON_DUPLICATE_ROW, NULL, rows[first].line);
	}
	for (size_t i = 0; errs->n == 0 && i < n; i++)
		apply_lmi(&cx, &rows[i]);
	free(rows);
	csv_file_free(&cf);
	return import_end(u, &cx, st, errs);
}
