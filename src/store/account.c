/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor accounts and the audit trail in the state database.  Argon2
 * work (about 0.1 s and 64 MiB) is always done before a write transaction
 * starts, so no kiosk waits for another's password check; what is read
 * before and written after is checked again inside the write transaction
 * (SQLite: BEGIN IMMEDIATE; PostgreSQL: the row read FOR UPDATE), so two
 * sign-ins at once cannot lose a failure or miss a lock.
 */
#include "account.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "state-db.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/secret.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/*
 * Checked for names that do not exist, so that they cost the same Argon2
 * time as a real account.  Made by secret_hash() with the same limits
 * (m=64 MiB, t=2) from a random secret that was thrown away; if
 * secret.c's limits change, make a new one (test-account fails when
 * they no longer match).
 */
static const char dummy_hash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$qAJ2cgUPccnL5TOudDhOVQ$"
    "1AXE7tvnRGVvfvPMlkMbrvuq7AATZiMzcvaXBnenG2c";

/* Who an attempt on an unknown name is audited as. */
static const char unknown_who[] = "?";

/* ------------------------------------------------------------ helpers */

/* Start a write transaction now, waiting up to the busy timeout. */
static enum sql_rc
begin(struct sql *db)
{
	return sql_begin(db, DB_BUSY_TIMEOUT_MS);
}

/*
 * Commit when @rc says every step went well, else roll back.  SQL_OK
 * when committed.
 */
static enum sql_rc
finish(struct sql *db, enum sql_rc rc)
{
	if (rc == SQL_OK || rc == SQL_DONE)
		return sql_commit(db);
	sql_rollback(db);
	return rc;
}

/* Copy column @col of the current row; NULL becomes "". */
static char *
column_strdup(struct sql_stmt *stmt, int col)
{
	const char *text = sql_column_text(stmt, col);

	return xstrdup(text != NULL ? text : "");
}

bool
account_name_valid(const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || n > ACCOUNT_NAME_MAX)
		return false;
	return strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789._-") == n;
}

enum orientation_status
account_password_check(const char *password)
{
	size_t n = utf8_length(password, strlen(password));

	if (n < ACCOUNT_PASSWORD_MIN)
		return ORIENTATION_ACCOUNT_SHORT_PASSWORD;
	if (n > ACCOUNT_PASSWORD_MAX)
		return ORIENTATION_ACCOUNT_LONG_PASSWORD;
	return ORIENTATION_OK;
}

/* ------------------------------------------------------------ changes */

/* Check a new @password and put its hash in @hash. */
static enum orientation_status
account_hash_new(const char *password, char hash[SECRET_HASH_MAX])
{
	enum orientation_status r = account_password_check(password);

	if (r != ORIENTATION_OK)
		return r;
	if (!secret_available())
		return ORIENTATION_SECRET_LIBRARY;
	if (secret_hash(password, hash) != 0)
		return ORIENTATION_ACCOUNT_HASH_FAILED;
	return ORIENTATION_OK;
}

enum orientation_status
account_add(struct state *st, const char *name, const char *password,
    bool admin, time_t now)
{
	struct sql *db = state_sql(st);
	const char *role = admin ? "admin" : "counselor";
	char hash[SECRET_HASH_MAX];
	enum orientation_status r;
	struct sql_stmt *stmt;
	enum sql_rc rc;

	if (!account_name_valid(name))
		return ORIENTATION_ACCOUNT_BAD_NAME;
	if ((r = account_hash_new(password, hash)) != ORIENTATION_OK)
		return r;
	if ((rc = begin(db)) != SQL_OK)
		return sql_status(rc);
	stmt = sql_prepare(db, "INSERT INTO counselor (name, hash, role, "
	    "created) VALUES (?1, ?2, ?3, ?4)");
	sql_bind_text(stmt, 1, name);
	sql_bind_text(stmt, 2, hash);
	sql_bind_text(stmt, 3, role);
	sql_bind_int64(stmt, 4, now);
	rc = sql_step_finalize(stmt);
	if (rc == SQL_DONE)
		rc = state_audit_write(db, now, name, "account added", role);
	rc = finish(db, rc);
	if (rc == SQL_CONSTRAINT)
		return ORIENTATION_ACCOUNT_EXISTS;
	return sql_status(rc);
}

/*
 * Run @sql (an UPDATE of counselor with ?1 = name and ?2 = @value) and
 * audit @action for @name, in one transaction.
 */
static enum orientation_status
update_one(struct state *st, const char *name, const char *sql,
    const char *value, time_t now, const char *action)
{
	struct sql *db = state_sql(st);
	struct sql_stmt *stmt;
	enum sql_rc rc;

	if (!account_name_valid(name))
		return ORIENTATION_ACCOUNT_UNKNOWN;
	if ((rc = begin(db)) != SQL_OK)
		return sql_status(rc);
	stmt = sql_prepare(db, sql);
	sql_bind_text(stmt, 1, name);
	if (value != NULL)
		sql_bind_text(stmt, 2, value);
	rc = sql_step_finalize(stmt);
	if (rc == SQL_DONE && sql_changes(db) == 0) {
		finish(db, SQL_ERROR);
		return ORIENTATION_ACCOUNT_UNKNOWN;
	}
	if (rc == SQL_DONE)
		rc = state_audit_write(db, now, name, action, NULL);
	return sql_status(finish(db, rc));
}

enum orientation_status
account_passwd(struct state *st, const char *name, const char *password,
    time_t now)
{
	char hash[SECRET_HASH_MAX];
	enum orientation_status r;

	if (!account_name_valid(name))
		return ORIENTATION_ACCOUNT_UNKNOWN;
	if ((r = account_hash_new(password, hash)) != ORIENTATION_OK)
		return r;
	/* A new password also ends a lock: that is how an admin helps a
	 * counselor who forgot theirs. */
	return update_one(st, name, "UPDATE counselor SET hash = ?2, "
	    "failures = 0, locked_until = 0 WHERE name = ?1", hash, now,
	    "password changed");
}

enum orientation_status
account_disable(struct state *st, const char *name, time_t now)
{
	return update_one(st, name, "UPDATE counselor SET disabled = 1 "
	    "WHERE name = ?1", NULL, now, "account disabled");
}

enum orientation_status
account_enable(struct state *st, const char *name, time_t now)
{
	return update_one(st, name, "UPDATE counselor SET disabled = 0 "
	    "WHERE name = ?1", NULL, now, "account enabled");
}

/* ------------------------------------------------------------ sign-in */

/* What sign-in needs of an account row. */
struct signin_row {
	char hash[SECRET_HASH_MAX];
	bool disabled;
	int failures;
	time_t locked_until;
};

/*
 * Read @name's row into @row.  The SQLite result code: SQL_ROW when
 * found, SQL_DONE when there is no such account.
 */
static int
signin_row_read(struct sql *db, const char *name, struct signin_row *row)
{
	/* In a transaction on PostgreSQL, the row stays locked until the
	 * end (SQLite's BEGIN IMMEDIATE has locked the whole file). */
	bool lock = sql_backend(db) == SQL_POSTGRESQL && sql_in_transaction(db);
	struct sql_stmt *stmt = sql_prepare(db, lock ? "SELECT hash, disabled, "
	    "failures, locked_until FROM counselor WHERE name = ?1 FOR UPDATE" :
	    "SELECT hash, disabled, failures, locked_until FROM counselor "
	    "WHERE name = ?1");
	enum sql_rc rc;

	sql_bind_text(stmt, 1, name);
	rc = sql_step(stmt);
	if (rc == SQL_ROW) {
		const char *h = sql_column_text(stmt, 0);

		/* A hash too long to be ours stays empty: no password
		 * matches it. */
		fits_copy(row->hash, sizeof row->hash, h);
		row->disabled = sql_column_int(stmt, 1) != 0;
		row->failures = sql_column_int(stmt, 2);
		row->locked_until = (time_t)sql_column_int64(stmt, 3);
	}
	sql_finalize(stmt);
	return rc;
}

/* Write @row's counters back for @name; SQL_DONE when done. */
static int
signin_row_write(struct sql *db, const char *name, const struct signin_row *row)
{
	struct sql_stmt *stmt = sql_prepare(db, "UPDATE counselor SET failures = ?2, "
	    "locked_until = ?3 WHERE name = ?1");

	sql_bind_text(stmt, 1, name);
	sql_bind_int64(stmt, 2, row->failures);
	sql_bind_int64(stmt, 3, row->locked_until);
	return sql_step_finalize(stmt);
}

/*
 * What a sign-in with a @right (or wrong) password does to the account
 * @row at @now: its failure count and lock updated in @row, the audit
 * @action and @detail (NULL or a static string), and the result.
 */
static enum orientation_status
signin_outcome(struct signin_row *row, bool right, time_t now,
    const char **action, const char **detail)
{
	*detail = NULL;
	if (row->locked_until > now) {
		*action = "signin locked";
		return ORIENTATION_ACCOUNT_LOCKED;
	}
	if (row->locked_until != 0) {
		/* The lock is over: counting starts again. */
		row->failures = 0;
		row->locked_until = 0;
	}
	if (!right) {
		row->failures++;
		*action = "signin failed";
		*detail = "wrong password";
		if (row->failures < ACCOUNT_MAX_FAILURES)
			return ORIENTATION_ACCOUNT_WRONG;
		row->locked_until = now + ACCOUNT_LOCK_SECONDS;
		*detail = "wrong password, account locked";
		return ORIENTATION_ACCOUNT_LOCKED;
	}
	if (row->disabled) {
		*action = "signin disabled";
		return ORIENTATION_ACCOUNT_DISABLED;
	}
	row->failures = 0;
	*action = "signin ok";
	return ORIENTATION_OK;
}

enum orientation_status
account_signin(struct state *st, const char *name, const char *password,
    time_t now)
{
	struct sql *db = state_sql(st);
	struct signin_row before = { .hash = "" }, row;
	enum orientation_status result;
	const char *action, *detail = NULL;
	bool known = false, right;
	enum sql_rc rc;

	/* Without the library no password can be checked: neither a
	 * failure counted nor an attempt audited. */
	if (!secret_available())
		return ORIENTATION_SECRET_LIBRARY;
	if (account_name_valid(name)) {
		rc = signin_row_read(db, name, &before);
		if (rc != SQL_ROW && rc != SQL_DONE)
			return sql_status(rc);
		known = rc == SQL_ROW;
	}
	/* The slow part, outside any transaction; as slow for an unknown
	 * name as for a real one. */
	right = secret_verify(known ? before.hash : dummy_hash, password) &&
	    known;

	if (!known) {
		enum orientation_status s = state_audit(st, now, unknown_who,
		    "signin failed", "unknown name");

		return s == ORIENTATION_OK ? ORIENTATION_ACCOUNT_WRONG :
		    ORIENTATION_DB_ERROR;
	}

	if ((rc = begin(db)) != SQL_OK)
		return sql_status(rc);
	/* Read again under the write lock: another kiosk may have counted
	 * a failure, locked the account or changed the password since. */
	rc = signin_row_read(db, name, &row);
	if (rc == SQL_DONE) {
		/* Removed meanwhile: as for any unknown name. */
		rc = state_audit_write(db, now, unknown_who, "signin failed",
		    "unknown name");
		rc = finish(db, rc);
		return rc == SQL_OK ? ORIENTATION_ACCOUNT_WRONG :
		    sql_status(rc);
	}
	if (rc != SQL_ROW)
		return sql_status(finish(db, rc));
	if (strcmp(row.hash, before.hash) != 0)
		right = false;

	result = signin_outcome(&row, right, now, &action, &detail);
	rc = signin_row_write(db, name, &row);
	if (rc == SQL_DONE)
		rc = state_audit_write(db, now, name, action, detail);
	rc = finish(db, rc);
	return rc == SQL_OK ? result : sql_status(rc);
}

/* ------------------------------------------------------------ reading */

/* Fill @out from a row of SELECT_INFO. */
static void
info_from_row(struct sql_stmt *stmt, struct account_info *out)
{
	const char *role = sql_column_text(stmt, 1);

	/* Names are checked when written: one too long stays empty. */
	fits_copy(out->name, sizeof out->name, sql_column_text(stmt, 0));
	out->role = role != NULL && strcmp(role, "admin") == 0 ?
	    ACCOUNT_ADMIN : ACCOUNT_COUNSELOR;
	out->disabled = sql_column_int(stmt, 2) != 0;
	out->failures = sql_column_int(stmt, 3);
	out->locked_until = (time_t)sql_column_int64(stmt, 4);
	out->created = (time_t)sql_column_int64(stmt, 5);
}

#define SELECT_INFO "SELECT name, role, disabled, failures, locked_until, " \
	"created FROM counselor"

bool
account_is_admin(struct state *st, const char *name)
{
	struct account_info info;

	return account_get(st, name, &info) == ORIENTATION_OK &&
	    info.role == ACCOUNT_ADMIN && !info.disabled;
}

enum orientation_status
account_get(struct state *st, const char *name, struct account_info *out)
{
	struct sql_stmt *stmt;
	enum sql_rc rc;

	memset(out, 0, sizeof *out);
	if (!account_name_valid(name))
		return ORIENTATION_ACCOUNT_UNKNOWN;
	stmt = sql_prepare(state_sql(st), SELECT_INFO " WHERE name = ?1");
	sql_bind_text(stmt, 1, name);
	rc = sql_step(stmt);
	if (rc == SQL_ROW)
		info_from_row(stmt, out);
	sql_finalize(stmt);
	if (rc == SQL_DONE)
		return ORIENTATION_ACCOUNT_UNKNOWN;
	return rc == SQL_ROW ? ORIENTATION_OK : sql_status(rc);
}

int
account_list(struct state *st, struct account_info **out)
{
	struct sql_stmt *stmt = sql_prepare(state_sql(st),
	    SELECT_INFO " ORDER BY name");
	struct account_info *list = NULL;
	size_t n = 0, cap = 0;
	enum sql_rc rc;

	while ((rc = sql_step(stmt)) == SQL_ROW) {
		list = xgrow(list, n, &cap, 8, sizeof *list);
		info_from_row(stmt, &list[n++]);
	}
	sql_finalize(stmt);
	if (rc != SQL_DONE) {
		free(list);
		*out = NULL;
		return -1;
	}
	*out = list;
	return (int)n;
}

void
account_list_free(struct account_info *list)
{
	free(list);
}

/* ------------------------------------------------------------ audit */

enum orientation_status
audit_add(struct state *st, time_t now, const char *who, const char *action,
    const char *detail)
{
	return state_audit(st, now, who, action, detail);
}

int
audit_list(struct state *st, int limit, struct audit_entry **out)
{
	struct sql_stmt *stmt = sql_prepare(state_sql(st), "SELECT id, at, who, "
	    "action, detail FROM audit ORDER BY id DESC LIMIT ?1");
	struct audit_entry *list = NULL;
	size_t cap = 0;
	int n = 0, rc;

	sql_bind_int64(stmt, 1, limit > 0 ? limit : INT32_MAX);
	while ((rc = sql_step(stmt)) == SQL_ROW) {
		list = xgrow(list, (size_t)n, &cap, 16, sizeof *list);
		list[n].id = sql_column_int64(stmt, 0);
		list[n].at = (time_t)sql_column_int64(stmt, 1);
		list[n].who = column_strdup(stmt, 2);
		list[n].action = column_strdup(stmt, 3);
		list[n].detail = column_strdup(stmt, 4);
		n++;
	}
	sql_finalize(stmt);
	if (rc != SQL_DONE) {
		audit_list_free(list, n);
		*out = NULL;
		return -1;
	}
	*out = list;
	return n;
}

void
audit_list_free(struct audit_entry *list, int n)
{
	if (list == NULL)
		return;
	for (int i = 0; i < n; i++) {
		free(list[i].who);
		free(list[i].action);
		free(list[i].detail);
	}
	free(list);
}
