/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor accounts and the audit trail, kept in the state database.
 *
 * Passwords are hashed with Argon2id (util/secret.h) and never stored,
 * returned or written to the audit trail in clear.  Sign-in answers the
 * same for an unknown name as for a wrong password, and costs the same
 * time, so names cannot be probed; five wrong passwords in a row lock an
 * account for five minutes.  Every change and every sign-in attempt
 * leaves an audit row; other modules add their own with audit_add().
 *
 * Every function takes the time as @now (injected, so tests need no
 * clock) and uses the connection of @st (store/state-db.h).
 */
#ifndef STORE_ACCOUNT_H
#define STORE_ACCOUNT_H

#include <stdbool.h>
#include <time.h>

#include "util/status.h"

#define ACCOUNT_NAME_MAX 32       /* characters of a name: [a-z0-9._-] */
#define ACCOUNT_PASSWORD_MIN 8    /* characters (UTF-8 code points) */
#define ACCOUNT_PASSWORD_MAX 128  /* characters (UTF-8 code points) */
#define ACCOUNT_MAX_FAILURES 5    /* wrong passwords in a row ... */
#define ACCOUNT_LOCK_SECONDS 300  /* ... lock the account this long */

struct state;

enum account_role {
	ACCOUNT_COUNSELOR, /* reads hand-off sessions */
	ACCOUNT_ADMIN,     /* also manages the kiosk */
};

struct account_info {
	char name[ACCOUNT_NAME_MAX + 1];
	enum account_role role;
	bool disabled;       /* refused at sign-in, kept for the audit */
	int failures;        /* wrong passwords since the last success */
	time_t locked_until; /* 0, or refused until this time */
	time_t created;
};

struct audit_entry {
	long long id;   /* grows with every row */
	time_t at;
	char *who;      /* a counselor name, or "?" for an unknown one */
	char *action;   /* "signin ok", "account added", "code opened", ... */
	char *detail;   /* free text, "" when there is none */
};

/** Whether @name is 1..ACCOUNT_NAME_MAX characters of [a-z0-9._-]. */
bool account_name_valid(const char *name);

/**
 * Check @password against the length rules without storing anything.
 * @return ORIENTATION_OK, ORIENTATION_ACCOUNT_SHORT_PASSWORD or
 * ORIENTATION_ACCOUNT_LONG_PASSWORD.
 */
enum orientation_status account_password_check(const char *password);

/**
 * Create counselor @name (an administrator if @admin) with @password,
 * created at @now, and audit it.  The password is hashed before the
 * database is touched (about 0.1 s), so no lock is held meanwhile.
 * @return ORIENTATION_OK, ORIENTATION_ACCOUNT_BAD_NAME, _SHORT_PASSWORD,
 * _LONG_PASSWORD, _EXISTS, _HASH_FAILED or a database error.
 */
enum orientation_status account_add(struct state *st, const char *name,
    const char *password, bool admin, time_t now);

/**
 * Give @name a new @password; this also clears its failures and lock.
 * @return ORIENTATION_OK, ORIENTATION_ACCOUNT_UNKNOWN, _SHORT_PASSWORD,
 * _LONG_PASSWORD, _HASH_FAILED or a database error.
 */
enum orientation_status account_passwd(struct state *st, const char *name,
    const char *password, time_t now);

/**
 * Refuse every later sign-in of @name (the row and its audit stay).
 * @return ORIENTATION_OK (also when already disabled),
 * ORIENTATION_ACCOUNT_UNKNOWN or a database error.
 */
enum orientation_status account_disable(struct state *st, const char *name,
    time_t now);

/** Undo account_disable().  Same results. */
enum orientation_status account_enable(struct state *st, const char *name,
    time_t now);

/**
 * Check @password for @name at @now and audit the attempt.
 *
 * @return ORIENTATION_OK (failures reset to 0);
 * ORIENTATION_ACCOUNT_WRONG for an unknown name or a wrong password alike
 * (the same Argon2 time is spent for an unknown name, against a fixed
 * dummy hash); ORIENTATION_ACCOUNT_LOCKED while the account is locked,
 * even for the right password, and for the wrong password that locks it
 * (the ACCOUNT_MAX_FAILURES-th in a row); ORIENTATION_ACCOUNT_DISABLED
 * for the right password of a disabled account (a wrong one gives WRONG,
 * so a disabled name cannot be probed either); or a database error.  A
 * lock ends by itself after ACCOUNT_LOCK_SECONDS and the count starts
 * again from 0.
 *
 * An unknown name is audited as who "?", never as typed: people type
 * their password into the name field.
 */
enum orientation_status account_signin(struct state *st, const char *name,
    const char *password, time_t now);

/**
 * Whether @name is an enabled administrator.  False for unknown names
 * and on database errors.
 */
bool account_is_admin(struct state *st, const char *name);

/**
 * Fill @out with @name's account (no hash).
 * @return ORIENTATION_OK, ORIENTATION_ACCOUNT_UNKNOWN or a database error.
 */
enum orientation_status account_get(struct state *st, const char *name,
    struct account_info *out);

/**
 * Every account, by name, into a new array *@out that the caller frees
 * with account_list_free() (*@out is NULL when there are none).
 * @return the number of accounts, or -1 on a database error.
 */
int account_list(struct state *st, struct account_info **out);

/** Free a list from account_list().  NULL is allowed. */
void account_list_free(struct account_info *list);

/**
 * Add an audit row: @who did @action (a short fixed phrase such as "code
 * opened") with optional @detail (NULL for none) at @now.  Never pass a
 * secret or anything a visitor typed.  Runs inside the caller's
 * transaction if one is open; otherwise it never waits for another
 * process's lock: the row is kept in memory and written later.
 * @return ORIENTATION_OK or a database error.
 */
enum orientation_status audit_add(struct state *st, time_t now,
    const char *who, const char *action, const char *detail);

/**
 * The newest @limit audit rows (the last added first; @limit <= 0 for
 * all of them) into a new array *@out
 * that the caller frees with audit_list_free(*@out, n) (*@out is NULL
 * when there are none).
 * @return the number of rows n, or -1 on a database error.
 */
int audit_list(struct state *st, int limit, struct audit_entry **out);

/** Free @n entries from audit_list() and the array.  NULL is allowed. */
void audit_list_free(struct audit_entry *list, int n);

#endif
