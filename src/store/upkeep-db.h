/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For the files of catalog upkeep only (upkeep.c, upkeep-service.c,
 * upkeep-import.c, csv-read.c): the connection and its statements, the
 * context of one change (one transaction), and the checks and writes they
 * share.  upkeep.c owns all of it.  Not for the UI.
 *
 * Every write goes through a struct change: the first SQLite error is
 * kept in it and every later write is skipped, so a caller checks once,
 * at the end, with upkeep_sql_status(cx->rc).
 */
#ifndef STORE_UPKEEP_DB_H
#define STORE_UPKEEP_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "upkeep.h"

struct upkeep {
	sqlite3 *db;
	char *where;                /* what the last failed save was about */
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
	sqlite3_stmt *fts_source;   /* its search documents (search-source.h) */
	sqlite3_stmt *fts_insert;   /* its search rows, in */
	sqlite3_stmt *fts_rowids;   /* the rowids they had, per language */
	sqlite3_stmt *fts_item;     /* the item number a new service gets */
	sqlite3_stmt *provider;     /* whether a provider exists */
	sqlite3_stmt *providers;    /* every provider and its name in ?1 */
	sqlite3_stmt *occupation;   /* the id of an ESCO code */
	sqlite3_stmt *lmi;          /* an occupation's labour-market facts */
	sqlite3_stmt *lmi_put;      /* insert or replace them */
	sqlite3_stmt *lmi_delete;   /* forget them */
};

/* The language-neutral columns of service, in the order of the statement
 * u->service and of the CSV file. */
enum { NEUTRAL_ADDRESS, NEUTRAL_WEB, NEUTRAL_EMAIL, NEUTRAL_PHONE,
	NEUTRAL_LANGUAGES, NEUTRAL_SOURCE, NEUTRAL_COUNT };

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

/* ---------------------------------------------------------------- checks */

/** @s, or "" for NULL. */
const char *upkeep_nz(const char *s);

/**
 * Whether @len bytes at @text are UTF-8 as RFC 3629 has it.  A NUL byte
 * is refused too: it cannot be stored in a text.
 */
bool upkeep_utf8_valid(const char *text, size_t len);

/** Whether @s is language codes separated by ';': "fr;de;en". */
bool upkeep_valid_languages(const char *s);

/** The reason an import gives for a wrong value of contact field @field
 * (upkeep_check_contact). */
enum upkeep_reason upkeep_contact_reason(enum upkeep_contact field);

/** The enum upkeep_contact of neutral field @neutral (NEUTRAL_*), or -1
 * when its form is not checked. */
int upkeep_neutral_contact(int neutral);

/**
 * The status for the SQLite result code @rc of the catalogue: the one
 * map's (sql_catalog_status in sql.h).
 */
enum orientation_status upkeep_sql_status(int rc);

/*
 * Add to @out (which has no texts yet) one text per row of @st: the
 * language from column 0 and the first @ntexts of name, summary, offer
 * and audience from the columns after it, the others empty.  Resets
 * @st.  @return SQLITE_DONE, or the SQLite error that stopped it.
 */
int upkeep_texts_read(sqlite3_stmt *st, int ntexts,
    struct upkeep_service *out);

/** Remember what the last failed save was about (NULL means ""). */
void upkeep_set_where(struct upkeep *u, const char *what);

/**
 * Whether @stmt (one parameter) returns a row for @value.  *@rc, if it is
 * SQLITE_OK, gets the SQLite error of the look-up; then the answer is
 * false.
 */
bool upkeep_exists(sqlite3_stmt *stmt, const char *value, int *rc);

/**
 * Bind the @n texts at @texts (NULL binds SQL NULL) to the parameters
 * @first, @first + 1, ... of @stmt.  @return SQLITE_OK or the first error.
 */
int upkeep_bind(sqlite3_stmt *stmt, int first, const char *const *texts,
    int n);

/* ---------------------------------------------------------------- transactions */

/** Run @sql (a transaction verb) on @u; @return SQLite's result. */
int upkeep_exec(struct upkeep *u, const char *sql);

/**
 * End the transaction: commit when @st is OK, else roll back.
 * @return @st, or why the commit or the roll-back failed.
 */
enum orientation_status upkeep_finish(struct upkeep *u,
    enum orientation_status st);

/** Start a change by @who at @now; counts only when @dry_run. */
void upkeep_change_init(struct change *cx, struct upkeep *u, const char *who,
    time_t now, bool dry_run);

/** Whether @cx should write (not a dry run, no error yet). */
bool upkeep_writing(const struct change *cx);

/** Keep @rc in @cx if it is an error and the first one. */
void upkeep_change_rc(struct change *cx, int rc);

/** Step the write statement @stmt once and reset it, keeping the first
 * error in @cx; nothing once @cx holds an error. */
void upkeep_write_step(struct change *cx, sqlite3_stmt *stmt);

/**
 * Prepare @sql, bind the @n texts at @texts to its parameters 1 to @n,
 * run it once and finalize it, keeping the first error in @cx; nothing
 * when upkeep_writing(@cx) is false.
 */
void upkeep_write_sql(struct change *cx, const char *sql,
    const char *const *texts, int n);

/** Record one changed field ("" stands for NULL) in catalog_history. */
void upkeep_history(struct change *cx, const char *item, const char *field,
    const char *lang, const char *old, const char *new);

/** Raise meta.revision by one. */
void upkeep_bump_revision(struct change *cx);

/* ---------------------------------------------------------------- services */

/**
 * Rebuild the search rows of service @id, as catalog-build does.  Each
 * language's row keeps its rowid, so it stays in the block of services
 * in that language that the search reads; a service without rows (a new
 * one) gets an item number no other service has.  Errors go to @cx.
 * (upkeep-search.c)
 */
void upkeep_search_rebuild(struct change *cx, const char *id);

/**
 * Write service @s by @who at @now in one transaction, checked first:
 * as a new service if @add (upkeep_service_add), else as an edit of the
 * one loaded (upkeep_service_save).  The revision is raised if anything
 * changed.  (upkeep-service.c)
 */
enum orientation_status upkeep_service_write(struct upkeep *u,
    const struct upkeep_service *s, const char *who, time_t now, bool add);

/**
 * What only a new service must pass: an id of the right form that no
 * service has, and a provider that exists.  The transaction is open;
 * upkeep_where names "id" or "provider".  (upkeep-add.c)
 */
enum orientation_status upkeep_service_check_new(struct upkeep *u,
    const struct upkeep_service *s);

/**
 * Make the row of the new service @s (checked) with the history of its
 * provider and source, then bring in the rest with upkeep_service_apply.
 * (upkeep-add.c)
 */
enum orientation_status upkeep_service_insert(struct change *cx,
    const struct upkeep_service *s);

/**
 * Bring service @s into the catalog: its neutral fields, the texts it
 * has, and its groups and themes if @sets.  last_checked becomes today if
 * anything changed, or in any case if @stamp.  The transaction is open.
 * (upkeep-service.c; the services import uses it too.)
 */
enum orientation_status upkeep_service_apply(struct change *cx,
    const struct upkeep_service *s, bool sets, bool stamp);

#endif
