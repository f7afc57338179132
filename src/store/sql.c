/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The driver-independent half of sql.h: dispatch through the ops table,
 * stand-in statements for failed prepares, URLs and result codes.
 */
#include "config.h"

#include "sql.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "sql-driver.h"
#include "util/fits.h"
#include "util/module.h"
#include "util/xmalloc.h"

bool
sql_is_url(const char *target)
{
	return target != NULL && (strncmp(target, "postgresql://", 13) == 0 ||
	    strncmp(target, "postgres://", 11) == 0);
}

/* Mask from @p up to the first of @stops (or the end) in @out. */
static char *
mask_span(const char *url, const char *p, const char *stops)
{
	size_t n = strcspn(p, stops);

	return xasprintf("%.*s***%s", (int)(p - url), url, p + n);
}

char *
sql_url_masked(const char *url)
{
	const char *scheme = strstr(url, "://"), *at, *colon, *pw;
	char *once, *twice;

	if (scheme == NULL)
		return xstrdup(url);
	scheme += 3;
	at = strchr(scheme, '@');
	colon = strchr(scheme, ':');
	/* user:password@host */
	if (at != NULL && colon != NULL && colon < at &&
	    strcspn(scheme, "/?") > (size_t)(at - scheme))
		once = mask_span(url, colon + 1, "@");
	else
		once = xstrdup(url);
	pw = strstr(once, "password=");
	if (pw == NULL)
		return once;
	twice = mask_span(once, pw + 9, "& ");
	free(once);
	return twice;
}

enum sql_rc
sql_postgresql(const char *url, int patience_ms, struct sql **out)
{
	static sql_pg_connect_fn *connect;
	const char *why = NULL;

	*out = NULL;
	if (connect == NULL)
		connect = (sql_pg_connect_fn *)module_symbol("ORIENTATION_PG_MODULE",
		    PG_MODULE, SQL_PG_CONNECT, &why);
	if (connect == NULL) {
		/* An installation without its PostgreSQL driver. */
		fprintf(stderr, "orientation: %s\n", why != NULL ? why :
		    PG_MODULE);
		return SQL_ERROR;
	}
	return connect(url, patience_ms, out);
}

void
sql_on_connect(struct sql *c, enum sql_rc (*fn)(struct sql *, void *),
    void *arg)
{
	c->on_connect = fn;
	c->on_connect_arg = arg;
}

void
sql_close(struct sql *c)
{
	if (c != NULL)
		c->ops->close(c);
}

enum sql_backend
sql_backend(const struct sql *c)
{
	return c->backend;
}

void
sql_set_wait(struct sql *c, int ms)
{
	if (ms == c->wait_ms)
		return;
	c->wait_ms = ms;
	c->ops->set_wait(c, ms);
}

/* Remember @rc on @c when it is a failure; returns it. */
static enum sql_rc
note(struct sql *c, enum sql_rc rc)
{
	if (!sql_ok(rc))
		c->last = rc;
	if (rc == SQL_DAMAGED)
		c->damaged = true;
	return rc;
}

enum sql_rc
sql_reconnect(struct sql *c)
{
	return note(c, c->ops->reconnect(c));
}

enum sql_rc
sql_exec(struct sql *c, const char *sql)
{
	enum sql_rc rc = sql_reconnect(c);

	return rc == SQL_OK ? note(c, c->ops->exec(c, sql)) : rc;
}

enum sql_rc
sql_begin(struct sql *c, int wait_ms)
{
	enum sql_rc rc = sql_reconnect(c);

	return rc == SQL_OK ? note(c, c->ops->begin(c, wait_ms)) : rc;
}

enum sql_rc
sql_commit(struct sql *c)
{
	enum sql_rc rc = note(c, c->ops->exec(c, "COMMIT"));

	/* A failed COMMIT may leave the transaction open. */
	if (rc != SQL_OK)
		sql_rollback(c);
	return rc;
}

void
sql_rollback(struct sql *c)
{
	if (c->ops->in_transaction(c))
		c->ops->exec(c, "ROLLBACK");
}

bool
sql_in_transaction(struct sql *c)
{
	return c->ops->in_transaction(c);
}

struct sql_stmt *
sql_prepare(struct sql *c, const char *sql)
{
	enum sql_rc rc = sql_reconnect(c);
	struct sql_stmt *stmt = NULL;

	if (rc == SQL_OK)
		stmt = c->ops->prepare(c, sql, &rc);
	if (stmt == NULL) {
		stmt = xcalloc(1, sizeof *stmt);
		stmt->c = c;
		stmt->failed = note(c, rc != SQL_OK ? rc : SQL_ERROR);
	}
	return stmt;
}

void
sql_bind_text(struct sql_stmt *stmt, int i, const char *s)
{
	if (stmt->failed == SQL_OK)
		stmt->c->ops->bind(stmt, i, s, NULL);
}

void
sql_bind_int64(struct sql_stmt *stmt, int i, int64_t v)
{
	char buf[FITS_DECIMAL(long long)];

	if (stmt->failed != SQL_OK)
		return;
	snprintf(buf, sizeof buf, "%lld", (long long)v); /* fits: sized */
	stmt->c->ops->bind(stmt, i, buf, &v);
}

void
sql_bind_null(struct sql_stmt *stmt, int i)
{
	if (stmt->failed == SQL_OK)
		stmt->c->ops->bind(stmt, i, NULL, NULL);
}

enum sql_rc
sql_step(struct sql_stmt *stmt)
{
	if (stmt->failed != SQL_OK)
		return stmt->failed;
	return note(stmt->c, stmt->c->ops->step(stmt));
}

enum sql_rc
sql_step_finalize(struct sql_stmt *stmt)
{
	enum sql_rc rc = sql_step(stmt);

	sql_finalize(stmt);
	return rc;
}

void
sql_reset(struct sql_stmt *stmt)
{
	if (stmt->failed == SQL_OK)
		stmt->c->ops->reset(stmt);
}

void
sql_finalize(struct sql_stmt *stmt)
{
	if (stmt == NULL)
		return;
	if (stmt->failed != SQL_OK)
		free(stmt);
	else
		stmt->c->ops->finalize(stmt);
}

const char *
sql_column_text(struct sql_stmt *stmt, int col)
{
	return stmt->failed == SQL_OK ? stmt->c->ops->column_text(stmt, col) :
	    NULL;
}

int64_t
sql_column_int64(struct sql_stmt *stmt, int col)
{
	const char *s = sql_column_text(stmt, col);

	return s != NULL ? strtoll(s, NULL, 10) : 0;
}

int
sql_column_int(struct sql_stmt *stmt, int col)
{
	return (int)sql_column_int64(stmt, col);
}

bool
sql_column_null(struct sql_stmt *stmt, int col)
{
	return stmt->failed != SQL_OK || stmt->c->ops->column_null(stmt, col);
}

int
sql_column_int_or(struct sql_stmt *stmt, int col, int null)
{
	return sql_column_null(stmt, col) ? null : sql_column_int(stmt, col);
}

int
sql_query_int(struct sql *c, const char *sql, int none)
{
	struct sql_stmt *stmt = sql_prepare(c, sql);
	int n = none;

	if (sql_step(stmt) == SQL_ROW)
		n = sql_column_int(stmt, 0);
	sql_finalize(stmt);
	return n;
}

int
sql_changes(struct sql *c)
{
	return c->ops->changes(c);
}

bool
sql_damaged(struct sql *c)
{
	return c->damaged;
}

enum sql_rc
sql_last(struct sql *c)
{
	return c->last;
}

bool
sql_ok(enum sql_rc rc)
{
	return rc == SQL_OK || rc == SQL_ROW || rc == SQL_DONE;
}

/*
 * What the user is told of each result: about the results database
 * (first) and about the catalogue (second).  The one such map.
 */
static const enum orientation_status statuses[][2] = {
	[SQL_OK] = { ORIENTATION_OK, ORIENTATION_OK },
	[SQL_ROW] = { ORIENTATION_OK, ORIENTATION_OK },
	[SQL_DONE] = { ORIENTATION_OK, ORIENTATION_OK },
	[SQL_BUSY] = { ORIENTATION_STATE_BUSY, ORIENTATION_CATALOG_BUSY },
	[SQL_CONSTRAINT] = { ORIENTATION_DB_ERROR, ORIENTATION_CATALOG_ERROR },
	[SQL_UNAVAILABLE] = { ORIENTATION_STATE_UNAVAILABLE,
		ORIENTATION_CATALOG_ERROR },
	[SQL_FULL] = { ORIENTATION_STATE_FULL, ORIENTATION_CATALOG_FULL },
	[SQL_READONLY] = { ORIENTATION_STATE_READONLY,
		ORIENTATION_CATALOG_READONLY },
	[SQL_CANTOPEN] = { ORIENTATION_STATE_OPEN, ORIENTATION_CATALOG_ERROR },
	[SQL_DAMAGED] = { ORIENTATION_STATE_DAMAGED, ORIENTATION_CATALOG_ERROR },
	[SQL_ERROR] = { ORIENTATION_DB_ERROR, ORIENTATION_CATALOG_ERROR },
};

/* The status of @rc in column @which of statuses. */
static enum orientation_status
status_of(enum sql_rc rc, int which)
{
	if ((size_t)rc >= sizeof statuses / sizeof statuses[0])
		rc = SQL_ERROR;
	return statuses[rc][which];
}

enum orientation_status
sql_status(enum sql_rc rc)
{
	return status_of(rc, 0);
}

enum orientation_status
sql_catalog_status(enum sql_rc rc)
{
	return status_of(rc, 1);
}
