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

/*
 * What an account operation found.  Codes and messages come from one
 * X-macro; messages are N_() strings translated when shown.  The last
 * four mirror the state database's errors (util/status.h) and show the
 * same messages.
 */
#define ACCOUNT_RESULT_LIST(X)                                               \
	X(OK, "OK")                                                           \
	X(BAD_NAME, N_("A name has 1 to 32 characters: lower-case letters, digits, '.', '_' or '-'.")) \
	X(SHORT_PASSWORD, N_("A password has at least 8 characters."))        \
	X(LONG_PASSWORD, N_("A password has at most 128 characters."))        \
	X(EXISTS, N_("There is already a counsellor with this name."))        \
	X(UNKNOWN, N_("There is no counsellor with this name."))              \
	X(WRONG, N_("Wrong name or password. After five wrong passwords an account waits five minutes."))                               \
	X(LOCKED, N_("Too many wrong passwords: this account is locked for a few minutes.")) \
	X(DISABLED, N_("This account is disabled."))                          \
	X(HASH_FAILED, N_("The password could not be protected (out of memory?).")) \
	X(BUSY, NULL)                                                         \
	X(READONLY, NULL)                                                     \
	X(FULL, NULL)                                                         \
	X(DB_ERROR, NULL)                                                     \
	X(UNAVAILABLE, NULL)

#define ACCOUNT_RESULT_ENUM(name, msg) ACCOUNT_##name,
enum account_result { ACCOUNT_RESULT_LIST(ACCOUNT_RESULT_ENUM) };
#undef ACCOUNT_RESULT_ENUM

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

/**
 * The message for @r in the current UI language.  A static string
 * (gettext's); valid until the next language switch.
 */
const char *account_result_message(enum account_result r);

/** Whether @name is 1..ACCOUNT_NAME_MAX characters of [a-z0-9._-]. */
bool account_name_valid(const char *name);

/**
 * Check @password against the length rules without storing anything.
 * @return ACCOUNT_OK, ACCOUNT_SHORT_PASSWORD or ACCOUNT_LONG_PASSWORD.
 */
enum account_result account_password_check(const char *password);

/**
 * Create counselor @name (an administrator if @admin) with @password,
 * created at @now, and audit it.  The password is hashed before the
 * database is touched (about 0.1 s), so no lock is held meanwhile.
 * @return ACCOUNT_OK, BAD_NAME, SHORT_PASSWORD, LONG_PASSWORD, EXISTS,
 * HASH_FAILED or a database error.
 */
enum account_result account_add(struct state *st, const char *name,
    const char *password, bool admin, time_t now);

/**
 * Give @name a new @password; this also clears its failures and lock.
 * @return ACCOUNT_OK, UNKNOWN, SHORT_PASSWORD, LONG_PASSWORD,
 * HASH_FAILED or a database error.
 */
enum account_result account_passwd(struct state *st, const char *name,
    const char *password, time_t now);

/**
 * Refuse every later sign-in of @name (the row and its audit stay).
 * @return ACCOUNT_OK (also when already disabled), UNKNOWN or a database
 * error.
 */
enum account_result account_disable(struct state *st, const char *name,
    time_t now);

/** Undo account_disable().  Same results. */
enum account_result account_enable(struct state *st, const char *name,
    time_t now);

/**
 * Check @password for @name at @now and audit the attempt.
 *
 * @return ACCOUNT_OK (failures reset to 0); ACCOUNT_WRONG for an unknown
 * name or a wrong password alike (the same Argon2 time is spent for an
 * unknown name, against a fixed dummy hash); ACCOUNT_LOCKED while the
 * account is locked, even for the right password, and for the wrong
 * password that locks it (the ACCOUNT_MAX_FAILURES-th in a row);
 * ACCOUNT_DISABLED for the right password of a disabled account (a wrong
 * one gives WRONG, so a disabled name cannot be probed either); or a
 * database error.  A lock ends by itself after ACCOUNT_LOCK_SECONDS and
 * the count starts again from 0.
 *
 * An unknown name is audited as who "?", never as typed: people type
 * their password into the name field.
 */
enum account_result account_signin(struct state *st, const char *name,
    const char *password, time_t now);

/**
 * Whether @name is an enabled administrator.  False for unknown names
 * and on database errors.
 */
bool account_is_admin(struct state *st, const char *name);

/**
 * Fill @out with @name's account (no hash).
 * @return ACCOUNT_OK, UNKNOWN or a database error.
 */
enum account_result account_get(struct state *st, const char *name,
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
