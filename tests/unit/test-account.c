/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of counselor accounts and the audit trail: adding, listing
 * and refusing accounts, sign-in (right, wrong, unknown, lockout and its
 * end, disabled), the audit rows each leaves, and that no clear password
 * reaches any column of the state database.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "skip.h"
#include <sqlite3.h>

#include "pgtest.h"

#include "store/account.h"
#include "store/state.h"
#include "util/secret.h"
#include "scratch.h"

#define T0 ((time_t)1767225600) /* 2026-01-01 00:00 UTC */

static const char pw_alice[] = "alice-Secret-17";
static const char pw_bob[] = "bob-Geheim-2026";
static const char pw_new[] = "n3w-mot-de-passe";
/* Valid as a name too, for the "typed into the name field" case. */
static const char pw_as_name[] = "hunter2hunter2";

static char dir[64];
static bool on_pg;    /* the tests run on PostgreSQL */

struct fixture {
	char path[128];
	char *url;            /* on PostgreSQL: the test's own schema */
	struct state *st;
};

/* ------------------------------------------------------------ helpers */

/* The newest audit row; the test fails when there is none. */
static void
expect_audit(struct state *st, const char *who, const char *action,
    const char *detail)
{
	struct audit_entry *a;
	int n = audit_list(st, 1, &a);

	assert_int_equal(n, 1);
	assert_string_equal(a[0].who, who);
	assert_string_equal(a[0].action, action);
	if (detail != NULL)
		assert_string_equal(a[0].detail, detail);
	audit_list_free(a, n);
}

/* Number of audit rows. */
static int
audit_count(struct state *st)
{
	struct audit_entry *a;
	int n = audit_list(st, 0, &a);

	audit_list_free(a, n);
	return n;
}

/* Add alice (counselor) and bob (admin) at T0. */
static void
add_two(struct state *st)
{
	assert_int_equal(account_add(st, "alice", pw_alice, false, T0),
	    ORIENTATION_OK);
	assert_int_equal(account_add(st, "bob", pw_bob, true, T0), ORIENTATION_OK);
}

/*
 * How many values in the whole database at @path contain @needle: every
 * column of every table, as text (TEXT and BLOB values both).
 */
static int
count_everywhere(const char *path, const char *needle)
{
	sqlite3 *db;
	sqlite3_stmt *tables, *cols, *hits;
	int found = 0, ncols = 0;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema "
	    "WHERE type = 'table'", -1, &tables, NULL), SQLITE_OK);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(tables, 0);

		assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM "
		    "pragma_table_info(?1)", -1, &cols, NULL), SQLITE_OK);
		sqlite3_bind_text(cols, 1, table, -1, SQLITE_STATIC);
		while (sqlite3_step(cols) == SQLITE_ROW) {
			char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\" "
			    "WHERE typeof(\"%w\") IN ('text', 'blob') AND "
			    "instr(CAST(\"%w\" AS TEXT), ?1) > 0", table,
			    (const char *)sqlite3_column_text(cols, 0),
			    (const char *)sqlite3_column_text(cols, 0));

			assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &hits,
			    NULL), SQLITE_OK);
			sqlite3_bind_text(hits, 1, needle, -1, SQLITE_STATIC);
			assert_int_equal(sqlite3_step(hits), SQLITE_ROW);
			found += sqlite3_column_int(hits, 0);
			sqlite3_finalize(hits);
			sqlite3_free(sql);
			ncols++;
		}
		sqlite3_finalize(cols);
	}
	sqlite3_finalize(tables);
	sqlite3_close(db);
	/* The scan really looked at the counselor and audit columns. */
	assert_true(ncols >= 12);
	return found;
}

/* Whether the bytes of the file at @path contain @needle (false if none). */
static bool
file_contains(const char *path, const char *needle)
{
	FILE *fp = fopen(path, "rb");
	size_t len = strlen(needle), n = 0, cap = 0;
	char *buf = NULL;
	bool found;

	if (fp == NULL)
		return false;
	for (;;) {
		if (cap - n < 65536) {
			cap = cap * 2 + 65536;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		size_t got = fread(buf + n, 1, cap - n, fp);
		if (got == 0)
			break;
		n += got;
	}
	fclose(fp);
	found = memmem(buf, n, needle, len) != NULL;
	free(buf);
	return found;
}

/*
 * The passwords a sign-in checks, seen through the linker's
 * --wrap=secret_verify (tests/unit/meson.build): how many checks ran and
 * the hash of the last one.  Deterministic where timing the sign-ins was
 * not: a cost is told by the hash's parameters, not by a clock.
 */
static int verified;
static char verified_hash[SECRET_HASH_MAX];

bool __real_secret_verify(const char *hash, const char *secret);
bool __wrap_secret_verify(const char *hash, const char *secret);

bool
__wrap_secret_verify(const char *hash, const char *secret)
{
	verified++;
	snprintf(verified_hash, sizeof verified_hash, "%s",
	    hash != NULL ? hash : "");
	return __real_secret_verify(hash, secret);
}

/* Whether the Argon2 hashes @a and @b were made with the same algorithm,
 * version, memory, passes and lanes: "$argon2id$v=19$m=65536,t=2,p=1$"
 * up to the salt, so checking either costs the same. */
static bool
same_cost(const char *a, const char *b)
{
	size_t n = 0;

	for (int dollars = 0; a[n] != '\0' && dollars < 4; n++)
		dollars += a[n] == '$';
	return n > 0 && a[n - 1] == '$' && strncmp(a, b, n) == 0;
}

/* ------------------------------------------------------------ tests */

static void
test_add_and_list(void **state)
{
	struct fixture *f = *state;
	struct account_info *list, info;
	int n;

	assert_int_equal(account_list(f->st, &list), 0);
	assert_null(list);
	assert_int_equal(account_add(f->st, "zoe.m", pw_alice, false, T0 + 5),
	    ORIENTATION_OK);
	add_two(f->st);
	n = account_list(f->st, &list);
	assert_int_equal(n, 3);
	assert_string_equal(list[0].name, "alice");
	assert_int_equal(list[0].role, ACCOUNT_COUNSELOR);
	assert_false(list[0].disabled);
	assert_int_equal(list[0].locked_until, 0);
	assert_int_equal(list[0].created, T0);
	assert_string_equal(list[1].name, "bob");
	assert_int_equal(list[1].role, ACCOUNT_ADMIN);
	assert_string_equal(list[2].name, "zoe.m");
	assert_int_equal(list[2].created, T0 + 5);
	account_list_free(list);

	assert_int_equal(account_get(f->st, "bob", &info), ORIENTATION_OK);
	assert_int_equal(info.role, ACCOUNT_ADMIN);
	assert_int_equal(account_get(f->st, "carol", &info), ORIENTATION_ACCOUNT_UNKNOWN);
	assert_true(account_is_admin(f->st, "bob"));
	assert_false(account_is_admin(f->st, "alice"));
	assert_false(account_is_admin(f->st, "carol"));

	expect_audit(f->st, "bob", "account added", "admin");
	assert_int_equal(audit_count(f->st), 3);
}

static void
test_add_refuses(void **state)
{
	struct fixture *f = *state;
	static const char *const bad[] = {
		"", "Alice", "a b", "a/b", "élise", "a\tb", "bob;drop",
		"abcdefghijklmnopqrstuvwxyz0123456", /* 33 */
	};
	struct account_info *list;
	char long_pw[ACCOUNT_PASSWORD_MAX + 2];
	int n;

	add_two(f->st);
	assert_int_equal(account_add(f->st, "alice", pw_bob, true, T0),
	    ORIENTATION_ACCOUNT_EXISTS);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(account_add(f->st, bad[i], pw_alice, false, T0),
		    ORIENTATION_ACCOUNT_BAD_NAME);
	assert_int_equal(account_add(f->st, "carol", "1234567", false, T0),
	    ORIENTATION_ACCOUNT_SHORT_PASSWORD);
	/* Six characters in twelve bytes: still too short. */
	assert_int_equal(account_add(f->st, "carol", "éàüöçñ", false, T0),
	    ORIENTATION_ACCOUNT_SHORT_PASSWORD);
	memset(long_pw, 'x', sizeof long_pw - 1);
	long_pw[sizeof long_pw - 1] = '\0';
	assert_int_equal(account_add(f->st, "carol", long_pw, false, T0),
	    ORIENTATION_ACCOUNT_LONG_PASSWORD);
	long_pw[ACCOUNT_PASSWORD_MAX] = '\0';
	assert_int_equal(account_password_check(long_pw), ORIENTATION_OK);
	assert_int_equal(account_password_check("12345678"), ORIENTATION_OK);

	/* Nothing was added or audited by the refusals. */
	n = account_list(f->st, &list);
	assert_int_equal(n, 2);
	account_list_free(list);
	assert_int_equal(audit_count(f->st), 2);

	/* The longest name and every allowed character are fine. */
	assert_int_equal(account_add(f->st, "abcdefghijklmnopqrstuvwxyz012345",
	    "12345678", false, T0), ORIENTATION_OK);
	assert_int_equal(account_add(f->st, "a.b_c-9", "12345678", false, T0),
	    ORIENTATION_OK);
}

static void
test_signin_right_wrong_unknown(void **state)
{
	struct fixture *f = *state;
	struct account_info info;

	add_two(f->st);
	assert_int_equal(account_signin(f->st, "alice", pw_alice, T0 + 1),
	    ORIENTATION_OK);
	expect_audit(f->st, "alice", "signin ok", "");

	assert_int_equal(account_signin(f->st, "alice", pw_bob, T0 + 2),
	    ORIENTATION_ACCOUNT_WRONG);
	expect_audit(f->st, "alice", "signin failed", "wrong password");
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.failures, 1);
	/* A prefix or an empty password is wrong too. */
	assert_int_equal(account_signin(f->st, "alice", "alice-Secret-1", T0 + 2),
	    ORIENTATION_ACCOUNT_WRONG);
	assert_int_equal(account_signin(f->st, "alice", "", T0 + 2),
	    ORIENTATION_ACCOUNT_WRONG);

	/* A success resets the failures. */
	assert_int_equal(account_signin(f->st, "alice", pw_alice, T0 + 3),
	    ORIENTATION_OK);
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.failures, 0);

	/* An unknown name gets the same answer; the name is not kept. */
	assert_int_equal(account_signin(f->st, "carol", pw_alice, T0 + 4),
	    ORIENTATION_ACCOUNT_WRONG);
	expect_audit(f->st, "?", "signin failed", "unknown name");
	assert_int_equal(account_signin(f->st, "Not A Name!", pw_alice, T0 + 4),
	    ORIENTATION_ACCOUNT_WRONG);
	expect_audit(f->st, "?", "signin failed", "unknown name");
	/* Another account's password does not open this one. */
	assert_int_equal(account_signin(f->st, "bob", pw_alice, T0 + 5),
	    ORIENTATION_ACCOUNT_WRONG);
	assert_int_equal(account_signin(f->st, "bob", pw_bob, T0 + 5),
	    ORIENTATION_OK);
	assert_int_equal(audit_count(f->st), 2 + 9);
}

static void
test_lockout(void **state)
{
	struct fixture *f = *state;
	struct account_info info;
	time_t locked_at = T0 + 40;

	add_two(f->st);
	for (int i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++)
		assert_int_equal(account_signin(f->st, "alice", "wrong-password",
		    T0 + 10 * i), ORIENTATION_ACCOUNT_WRONG);
	/* The fifth wrong password in a row locks. */
	assert_int_equal(account_signin(f->st, "alice", "wrong-password",
	    locked_at), ORIENTATION_ACCOUNT_LOCKED);
	expect_audit(f->st, "alice", "signin failed",
	    "wrong password, account locked");
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.locked_until, locked_at + ACCOUNT_LOCK_SECONDS);

	/* The right password is refused during the lock ... */
	assert_int_equal(account_signin(f->st, "alice", pw_alice, locked_at + 1),
	    ORIENTATION_ACCOUNT_LOCKED);
	expect_audit(f->st, "alice", "signin locked", "");
	assert_int_equal(account_signin(f->st, "alice", pw_alice,
	    locked_at + ACCOUNT_LOCK_SECONDS - 1), ORIENTATION_ACCOUNT_LOCKED);
	/* ... and wrong ones during the lock do not make it longer. */
	assert_int_equal(account_signin(f->st, "alice", "wrong-password",
	    locked_at + 60), ORIENTATION_ACCOUNT_LOCKED);
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.locked_until, locked_at + ACCOUNT_LOCK_SECONDS);
	/* Other accounts are not affected. */
	assert_int_equal(account_signin(f->st, "bob", pw_bob, locked_at + 2),
	    ORIENTATION_OK);

	/* Five minutes later the count starts again. */
	assert_int_equal(account_signin(f->st, "alice", "wrong-password",
	    locked_at + ACCOUNT_LOCK_SECONDS), ORIENTATION_ACCOUNT_WRONG);
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.failures, 1);
	assert_int_equal(info.locked_until, 0);
	assert_int_equal(account_signin(f->st, "alice", pw_alice,
	    locked_at + ACCOUNT_LOCK_SECONDS + 1), ORIENTATION_OK);
	expect_audit(f->st, "alice", "signin ok", "");

	/* A right password after the lock has ended is enough. */
	for (int i = 0; i < ACCOUNT_MAX_FAILURES; i++)
		account_signin(f->st, "alice", "wrong-password", T0 + 1000);
	assert_int_equal(account_signin(f->st, "alice", pw_alice,
	    T0 + 1000 + ACCOUNT_LOCK_SECONDS), ORIENTATION_OK);
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.failures, 0);
	assert_int_equal(info.locked_until, 0);

	/* An unknown name is never locked: it cannot be told apart. */
	for (int i = 0; i < ACCOUNT_MAX_FAILURES + 2; i++)
		assert_int_equal(account_signin(f->st, "carol", "wrong-password",
		    T0 + 2000), ORIENTATION_ACCOUNT_WRONG);
}

static void
test_disabled(void **state)
{
	struct fixture *f = *state;
	struct account_info info;

	add_two(f->st);
	assert_int_equal(account_disable(f->st, "bob", T0 + 1), ORIENTATION_OK);
	expect_audit(f->st, "bob", "account disabled", "");
	assert_int_equal(account_get(f->st, "bob", &info), ORIENTATION_OK);
	assert_true(info.disabled);
	assert_false(account_is_admin(f->st, "bob"));
	/* Right password: told it is disabled; wrong: just wrong. */
	assert_int_equal(account_signin(f->st, "bob", pw_bob, T0 + 2),
	    ORIENTATION_ACCOUNT_DISABLED);
	expect_audit(f->st, "bob", "signin disabled", "");
	assert_int_equal(account_signin(f->st, "bob", pw_alice, T0 + 3),
	    ORIENTATION_ACCOUNT_WRONG);
	/* Twice is fine. */
	assert_int_equal(account_disable(f->st, "bob", T0 + 4), ORIENTATION_OK);

	assert_int_equal(account_enable(f->st, "bob", T0 + 5), ORIENTATION_OK);
	expect_audit(f->st, "bob", "account enabled", "");
	assert_true(account_is_admin(f->st, "bob"));
	assert_int_equal(account_signin(f->st, "bob", pw_bob, T0 + 6),
	    ORIENTATION_OK);

	assert_int_equal(account_disable(f->st, "carol", T0), ORIENTATION_ACCOUNT_UNKNOWN);
	assert_int_equal(account_enable(f->st, "carol", T0), ORIENTATION_ACCOUNT_UNKNOWN);
	assert_int_equal(account_disable(f->st, "Bad Name", T0),
	    ORIENTATION_ACCOUNT_UNKNOWN);
}

static void
test_passwd(void **state)
{
	struct fixture *f = *state;
	struct account_info info;

	add_two(f->st);
	for (int i = 0; i < ACCOUNT_MAX_FAILURES; i++)
		account_signin(f->st, "alice", "wrong-password", T0 + 1);
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_true(info.locked_until > T0);

	assert_int_equal(account_passwd(f->st, "alice", "short", T0 + 2),
	    ORIENTATION_ACCOUNT_SHORT_PASSWORD);
	assert_int_equal(account_passwd(f->st, "carol", pw_new, T0 + 2),
	    ORIENTATION_ACCOUNT_UNKNOWN);
	assert_int_equal(account_passwd(f->st, "alice", pw_new, T0 + 2),
	    ORIENTATION_OK);
	expect_audit(f->st, "alice", "password changed", "");
	/* The new password ends the lock; the old one is wrong. */
	assert_int_equal(account_get(f->st, "alice", &info), ORIENTATION_OK);
	assert_int_equal(info.locked_until, 0);
	assert_int_equal(info.failures, 0);
	assert_int_equal(account_signin(f->st, "alice", pw_alice, T0 + 3),
	    ORIENTATION_ACCOUNT_WRONG);
	assert_int_equal(account_signin(f->st, "alice", pw_new, T0 + 4),
	    ORIENTATION_OK);
}

static void
test_audit_add_and_list(void **state)
{
	struct fixture *f = *state;
	struct audit_entry *a;
	int n;

	assert_int_equal(audit_list(f->st, 10, &a), 0);
	assert_null(a);
	/* Not a code: one without results is not kept (test-privacy). */
	assert_int_equal(audit_add(f->st, T0 + 1, "alice", "catalog import",
	    "services-2026.csv"), ORIENTATION_OK);
	assert_int_equal(audit_add(f->st, T0 + 2, "bob", "catalog changed",
	    NULL), ORIENTATION_OK);
	assert_int_equal(audit_add(f->st, T0 + 3, "alice", "code deleted",
	    "K7QM-2XRD"), ORIENTATION_OK);

	n = audit_list(f->st, 2, &a);
	assert_int_equal(n, 2);
	assert_string_equal(a[0].action, "code deleted");
	assert_int_equal(a[0].at, T0 + 3);
	assert_string_equal(a[1].who, "bob");
	assert_string_equal(a[1].detail, "");
	assert_true(a[0].id > a[1].id);
	audit_list_free(a, n);

	n = audit_list(f->st, 0, &a);
	assert_int_equal(n, 3);
	assert_string_equal(a[2].action, "catalog import");
	assert_string_equal(a[2].detail, "services-2026.csv");
	audit_list_free(a, n);
	audit_list_free(NULL, 0);
}

static void
test_no_clear_password_anywhere(void **state)
{
	struct fixture *f = *state;
	static const char *const secrets[] = {
		pw_alice, pw_bob, pw_new, pw_as_name, "wrong-password",
	};
	char wal[160];

	add_two(f->st);
	account_signin(f->st, "alice", pw_alice, T0 + 1);
	account_signin(f->st, "alice", "wrong-password", T0 + 2);
	account_signin(f->st, "nobody", pw_bob, T0 + 3);
	/* Someone types their password into the name field. */
	account_signin(f->st, pw_as_name, pw_as_name, T0 + 4);
	for (int i = 0; i < ACCOUNT_MAX_FAILURES; i++)
		account_signin(f->st, "bob", "wrong-password", T0 + 5);
	account_signin(f->st, "bob", pw_bob, T0 + 6);
	account_passwd(f->st, "alice", pw_new, T0 + 7);
	account_add(f->st, "carol", pw_as_name, false, T0 + 8);
	account_disable(f->st, "carol", T0 + 9);
	account_signin(f->st, "carol", pw_as_name, T0 + 10);
	assert_true(audit_count(f->st) >= 15);

	if (on_pg) {
		/* Every column of every table; the server's files are the
		 * operator's (docs/privacy.md). */
		for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++)
			assert_int_equal(pgtest_count_everywhere(f->url,
			    secrets[i]), 0);
		assert_true(pgtest_count_everywhere(f->url, "alice") > 0);
		assert_true(pgtest_count_everywhere(f->url, "$argon2id$") >= 3);
		return;
	}
	/* Every column of every table, as SQLite sees them ... */
	for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++)
		assert_int_equal(count_everywhere(f->path, secrets[i]), 0);
	/* ... and the raw bytes of the file and its log, free pages too. */
	snprintf(wal, sizeof wal, "%s-wal", f->path);
	assert_true(file_contains(wal, "alice") || file_contains(f->path, "alice"));
	for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++) {
		assert_false(file_contains(f->path, secrets[i]));
		assert_false(file_contains(wal, secrets[i]));
	}
	/* The scan does find what is there. */
	assert_true(count_everywhere(f->path, "alice") > 0);
	assert_true(count_everywhere(f->path, "$argon2id$") >= 3);
}

static void
test_dummy_hash_matches_secret(void **state)
{
	char hash[SECRET_HASH_MAX];
	/* The parameters of the dummy hash in account.c. */
	static const char params[] = "$argon2id$v=19$m=65536,t=2,p=1$";

	(void)state;
	assert_int_equal(secret_hash("anything at all", hash), 0);
	assert_memory_equal(hash, params, sizeof params - 1);
}

static void
test_unknown_name_costs_the_same(void **state)
{
	struct fixture *f = *state;
	char fresh[SECRET_HASH_MAX];

	add_two(f->st);
	assert_int_equal(secret_hash("anything", fresh), 0);
	verified = 0;
	account_signin(f->st, "alice", "wrong-password", T0);
	assert_int_equal(verified, 1);
	assert_true(same_cost(verified_hash, fresh));
	/* No such name: the same Argon2 work all the same. */
	verified = 0;
	account_signin(f->st, "carol", "wrong-password", T0);
	assert_int_equal(verified, 1);
	assert_true(same_cost(verified_hash, fresh));
}

static void
test_messages(void **state)
{
	(void)state;
	for (int r = ORIENTATION_OK; r < ORIENTATION_STATUS_COUNT; r++) {
		const char *m = status_message((enum orientation_status)r);

		assert_non_null(m);
		assert_true(strlen(m) > 1);
	}
	/* An account's lock shows the results database's message. */
	assert_string_equal(status_message(ORIENTATION_STATE_BUSY),
	    "The results database is busy; please try again.");
	assert_string_equal(status_message(ORIENTATION_ACCOUNT_WRONG),
	    "Wrong name or password. After five wrong passwords an account "
	    "waits five minutes.");
}

/* ------------------------------------------------------------ fixtures */

/* A fresh state database for each test. */
static int
open_state(void **state)
{
	static int count;
	struct fixture *f = calloc(1, sizeof *f);

	if (f == NULL)
		return -1;
	snprintf(f->path, sizeof f->path, "%s/state-%d.db", dir, ++count);
	unlink(f->path);
	if (on_pg && (f->url = pgtest_fresh()) == NULL) {
		free(f);
		return -1;
	}
	if (state_open(on_pg ? f->url : f->path, &f->st) != ORIENTATION_OK) {
		free(f->url);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

/* Close and delete the state of open_state(). */
static int
close_state(void **state)
{
	struct fixture *f = *state;
	char side[160];

	state_free(f->st);
	unlink(f->path);
	snprintf(side, sizeof side, "%s-wal", f->path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", f->path);
	unlink(side);
	free(f->url);
	free(f);
	return 0;
}

/* Make the scratch folder. */
static int
setup(void **state)
{
	(void)state;
	return scratch_dir(dir, sizeof dir, "account");
}

int
main(int argc, char **argv)
{
#define WITH_STATE(t) cmocka_unit_test_setup_teardown(t, open_state, close_state)
	const struct CMUnitTest tests[] = {
		WITH_STATE(test_add_and_list),
		WITH_STATE(test_add_refuses),
		WITH_STATE(test_signin_right_wrong_unknown),
		WITH_STATE(test_lockout),
		WITH_STATE(test_disabled),
		WITH_STATE(test_passwd),
		WITH_STATE(test_audit_add_and_list),
		WITH_STATE(test_no_clear_password_anywhere),
		cmocka_unit_test(test_dummy_hash_matches_secret),
		WITH_STATE(test_unknown_name_costs_the_same),
		cmocka_unit_test(test_messages),
	};
#undef WITH_STATE

	if ((on_pg = pgtest_wanted(argc, argv)) && pgtest_server() == NULL) {
		fprintf(stderr, "no ORIENTATION_TEST_PG_URL: skipped\n");
		return PGTEST_SKIP;
	}
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
