/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of what the state store keeps and for how long: one code per
 * visit, per-station wrong-code counts that fail closed and are purged
 * after their window, private file
 * modes under umask 022, delete and expiry that remove rows, reports and
 * the code in the audit and leave nothing readable in the files, counts
 * and audit rows that wait in memory while another process holds the
 * lock, and the migration that turns old events into counters and drops
 * the words of empty searches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "store/account.h"
#include "store/state.h"
#include "probe.h"

static char dir[64];

/* A path in the scratch folder; static buffer. */
static const char *
scratch(const char *name)
{
	static char path[160];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

/* Random bytes: a counter, so codes differ. */
static int
counter_random(uint8_t *buf, size_t n)
{
	static uint8_t next = 1;

	for (size_t i = 0; i < n; i++)
		buf[i] = (uint8_t)(next + i * 7);
	next++;
	return 0;
}

/* A visitor who answered @answer to six items. */
static void
make_session(struct session *s, int answer)
{
	int ids[6] = { 1, 2, 3, 4, 5, 6 };
	enum riasec_type types[6] = { RIASEC_R, RIASEC_I, RIASEC_A, RIASEC_S,
	    RIASEC_E, RIASEC_C };

	session_wipe(s);
	snprintf(s->lang, sizeof s->lang, "de");
	session_begin_quiz(s, SESSION_FORM_SHORT, ids, types, 6, 1000);
	for (int i = 0; i < 6; i++)
		s->answer[i] = answer;
	s->finished = true;
}

/* Run @sql on @path through a connection of its own; its result code. */
static int
sql_on(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	sqlite3_busy_timeout(db, 5000);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

/* One number from @sql on @path; the test fails when it cannot be read. */
static long
number_on(const char *path, const char *sql)
{
	long n = probe_sql_number(path, sql);

	assert_int_not_equal(n, -1);
	return n;
}

/* Whether @needle is in the database file, its WAL or its SHM. */
static bool
state_files_have(const char *db, const char *needle)
{
	char path[200];

	snprintf(path, sizeof path, "%s-wal", db);
	if (probe_file_has(path, needle))
		return true;
	snprintf(path, sizeof path, "%s-shm", db);
	return probe_file_has(db, needle) || probe_file_has(path, needle);
}

/* The permission bits of @path. */
static unsigned
mode_of(const char *path)
{
	struct stat sb;

	assert_int_equal(stat(path, &sb), 0);
	return (unsigned)(sb.st_mode & 07777);
}

static void
test_keep_twice_gives_one_code(void **state)
{
	struct state *st;
	struct session s, back;
	char code[HANDOFF_CODE_LEN + 1] = "", first[HANDOFF_CODE_LEN + 1];
	time_t expires;

	(void)state;
	assert_int_equal(state_open(scratch("twice.db"), &st), ORIENTATION_OK);
	make_session(&s, 1);
	assert_int_equal(state_handoff_save(st, &s, 5000, 3600, counter_random,
	    code, &expires), ORIENTATION_OK);
	memcpy(first, code, sizeof first);
	/* The visitor changes an answer and keeps again. */
	s.answer[0] = 4;
	assert_int_equal(state_handoff_save(st, &s, 5100, 3600, counter_random,
	    code, &expires), ORIENTATION_OK);
	assert_string_equal(code, first);
	assert_int_equal(state_handoff_count(st), 1);
	assert_int_equal(expires, 5100 + 3600);
	assert_int_equal(state_handoff_load(st, code, 5200, &back, NULL, NULL),
	    ORIENTATION_OK);
	assert_int_equal(back.answer[0], 4);
	assert_int_equal(back.nitems, 6);
	/* A new visit starts with no code and gets a new one. */
	make_session(&s, 2);
	assert_string_equal(s.handoff_code, "");
	code[0] = '\0';
	assert_int_equal(state_handoff_save(st, &s, 5300, 3600, counter_random,
	    code, &expires), ORIENTATION_OK);
	assert_string_not_equal(code, first);
	assert_int_equal(state_handoff_count(st), 2);
	/* A code deleted meanwhile is not brought back: a new one comes. */
	memcpy(code, first, sizeof code);
	{
		bool deleted;

		assert_int_equal(state_handoff_delete(st, first, &deleted),
		    ORIENTATION_OK);
		assert_true(deleted);
	}
	assert_int_equal(state_handoff_save(st, &s, 5400, 3600, counter_random,
	    code, &expires), ORIENTATION_OK);
	assert_string_not_equal(code, first);
	state_free(st);
}

static void
test_throttle_per_station_and_fails_closed(void **state)
{
	struct state *st;
	const char *path = scratch("throttle.db");

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	for (int i = 0; i < STATE_CODE_TRIES; i++)
		assert_int_equal(state_code_failed(st, "kiosk:tty2", 1000 + i),
		    ORIENTATION_OK);
	assert_true(state_code_throttled(st, "kiosk:tty2", 1010));
	/* A kiosk's wrong codes do not block a counselor, nor another kiosk. */
	assert_false(state_code_throttled(st, "counselor:anna", 1010));
	assert_false(state_code_throttled(st, "kiosk:tty3", 1010));
	/* The administrator lifts the block. */
	assert_int_equal(state_code_unblock(st, "kiosk:tty2"), STATE_CODE_TRIES);
	assert_false(state_code_throttled(st, "kiosk:tty2", 1010));
	/* A database that cannot count refuses every look-up. */
	assert_int_equal(sql_on(path, "DROP TABLE code_attempt"), SQLITE_OK);
	assert_true(state_code_throttled(st, "counselor:anna", 1010));
	assert_int_not_equal(state_code_failed(st, "counselor:anna", 1010),
	    ORIENTATION_OK);
	state_free(st);
}

/* A wrong code is kept for its window, then the purge deletes it, also
 * when no other wrong code comes along to clear it. */
static void
test_wrong_codes_purged_after_window(void **state)
{
	struct state *st;
	const char *path = scratch("attempts.db");

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_code_failed(st, "kiosk:tty2", 1000),
	    ORIENTATION_OK);
	assert_int_equal(state_handoff_purge(st, 1000 + STATE_CODE_WINDOW - 1),
	    0);
	assert_int_equal(number_on(path, "SELECT count(*) FROM code_attempt"),
	    1);
	assert_int_equal(state_handoff_purge(st, 1000 + STATE_CODE_WINDOW), 0);
	assert_int_equal(number_on(path, "SELECT count(*) FROM code_attempt"),
	    0);
	state_free(st);
}

static void
test_private_files_under_umask_022(void **state)
{
	struct state *st;
	char sub[160], db[192], wal[200], shm[200], reports[192];
	mode_t old = umask(022);

	(void)state;
	snprintf(sub, sizeof sub, "%s", scratch("open"));
	assert_int_equal(mkdir(sub, 0755), 0);
	snprintf(db, sizeof db, "%s/state.db", sub);
	snprintf(wal, sizeof wal, "%s-wal", db);
	snprintf(shm, sizeof shm, "%s-shm", db);
	snprintf(reports, sizeof reports, "%s/reports", sub);
	assert_int_equal(state_open(db, &st), ORIENTATION_OK);
	assert_int_equal(state_count(st, 1000, STATE_USAGE_SESSION, NULL),
	    ORIENTATION_OK);
	assert_int_equal(mode_of(sub), 0700);
	assert_int_equal(mode_of(db), 0600);
	assert_int_equal(mode_of(wal), 0600);
	assert_int_equal(mode_of(shm), 0600);
	assert_int_equal(mode_of(reports), 0700);
	state_free(st);
	/* A file an older version left readable is made private. */
	assert_int_equal(chmod(db, 0644), 0);
	assert_int_equal(chmod(sub, 0755), 0);
	assert_int_equal(state_open(db, &st), ORIENTATION_OK);
	assert_int_equal(mode_of(db), 0600);
	assert_int_equal(mode_of(sub), 0700);
	state_free(st);
	umask(old);
}

static void
test_foreign_readable_file_refused(void **state)
{
	struct state *st;
	const char *path = scratch("foreign-readable.db");
	FILE *f;

	(void)state;
	if (geteuid() != 0)
		skip();   /* only root can give a file to another user */
	assert_non_null(f = fopen(path, "w"));
	fclose(f);
	assert_int_equal(chmod(path, 0644), 0);
	assert_int_equal(chown(path, 65534, 65534), 0);
	/* Readable by others and not ours to correct: refused, untouched. */
	assert_int_equal(state_open(path, &st), ORIENTATION_STATE_PRIVATE);
	assert_null(st);
	assert_int_equal(mode_of(path), 0644);
}

static void
test_delete_and_expiry_leave_nothing(void **state)
{
	struct state *st;
	struct session s;
	char a[HANDOFF_CODE_LEN + 1] = "", b[HANDOFF_CODE_LEN + 1] = "";
	char report[200], other[200];
	const char *path = scratch("erase.db");
	time_t expires;
	bool deleted;
	FILE *f;

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	make_session(&s, 3);
	assert_int_equal(state_handoff_save(st, &s, 1000, 100, counter_random, a,
	    &expires), ORIENTATION_OK);
	assert_int_equal(state_handoff_save(st, &s, 1000, 500, counter_random, b,
	    &expires), ORIENTATION_OK);
	assert_int_equal(state_handoff_set_note(st, a, "QXNOTECANARY"),
	    ORIENTATION_OK);
	assert_int_equal(audit_add(st, 1001, "anna", "code opened", a),
	    ORIENTATION_OK);
	assert_int_equal(audit_add(st, 1001, "anna", "code opened", b),
	    ORIENTATION_OK);
	snprintf(report, sizeof report, "%s/%s-fr.pdf", state_reports_dir(st), a);
	snprintf(other, sizeof other, "%s/%s-de.txt", state_reports_dir(st), b);
	assert_non_null(f = fopen(report, "w"));
	fclose(f);
	assert_non_null(f = fopen(other, "w"));
	fclose(f);
	assert_true(state_files_have(path, "QXNOTECANARY"));

	/* Delete: rows, report and the code in the audit go. */
	assert_int_equal(state_handoff_delete(st, a, &deleted), ORIENTATION_OK);
	assert_true(deleted);
	assert_int_not_equal(access(report, F_OK), 0);
	assert_int_equal(access(other, F_OK), 0);
	assert_false(state_files_have(path, "QXNOTECANARY"));
	assert_false(state_files_have(path, a));
	assert_int_equal(number_on(path, "SELECT count(*) FROM audit WHERE "
	    "action = 'code opened'"), 2);

	/* Expiry: the same without anybody asking. */
	assert_int_equal(state_handoff_purge(st, 1400), 0);
	assert_int_equal(access(other, F_OK), 0);
	assert_int_equal(state_handoff_purge(st, 1600), 1);
	assert_int_not_equal(access(other, F_OK), 0);
	assert_int_equal(state_handoff_count(st), 0);
	assert_false(state_files_have(path, b));
	state_free(st);
}

/* How many audit rows of @path name @code in their detail. */
static long
audit_naming(const char *path, const char *code)
{
	char sql[120];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM audit WHERE detail = "
	    "'%s'", code);
	return number_on(path, sql);
}

/*
 * An audit row that names a code written after the code is gone keeps
 * the row but not the code (docs/privacy.md): after a delete (another
 * kiosk deleted it between a counsellor's action and its audit row),
 * after a delete by another process while the row waited in memory for
 * the lock, and after the purge.  A code that still exists is kept.
 */
static void
test_audit_after_delete_names_no_code(void **state)
{
	struct state *st;
	struct session s;
	char a[HANDOFF_CODE_LEN + 1] = "", b[HANDOFF_CODE_LEN + 1] = "";
	char c[HANDOFF_CODE_LEN + 1] = "", sql[200];
	const char *path = scratch("audit-late.db");
	time_t expires;
	bool deleted;
	sqlite3 *other;

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	make_session(&s, 2);
	assert_int_equal(state_handoff_save(st, &s, 1000, 500, counter_random, a,
	    &expires), ORIENTATION_OK);
	assert_int_equal(state_handoff_save(st, &s, 1000, 500, counter_random, b,
	    &expires), ORIENTATION_OK);
	assert_int_equal(state_handoff_save(st, &s, 1000, 100, counter_random, c,
	    &expires), ORIENTATION_OK);
	assert_int_equal(audit_add(st, 1001, "anna", "code opened", a),
	    ORIENTATION_OK);
	assert_int_equal(audit_naming(path, a), 1);

	/* Deleted, then the row of what was done before the delete. */
	assert_int_equal(state_handoff_delete(st, a, &deleted), ORIENTATION_OK);
	assert_true(deleted);
	assert_int_equal(audit_add(st, 1002, "anna", "report", a),
	    ORIENTATION_OK);
	assert_int_equal(audit_naming(path, a), 0);

	/* The row waits for the lock another process holds; that process
	 * deletes the code (as state_handoff_delete does) meanwhile. */
	assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(audit_add(st, 1003, "anna", "note", b), ORIENTATION_OK);
	assert_int_equal(state_flush(st), 1);
	snprintf(sql, sizeof sql, "DELETE FROM handoff WHERE code = '%s'; "
	    "UPDATE audit SET detail = NULL WHERE detail = '%s'; COMMIT", b, b);
	assert_int_equal(sqlite3_exec(other, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);
	assert_int_equal(state_flush(st), 0);
	assert_int_equal(audit_naming(path, b), 0);

	/* Purged, then the row. */
	assert_int_equal(state_handoff_purge(st, 1200), 1);
	assert_int_equal(audit_add(st, 1201, "anna", "extended", c),
	    ORIENTATION_OK);
	assert_int_equal(audit_naming(path, c), 0);
	/* The rows themselves stay: who, when, what. */
	assert_int_equal(number_on(path, "SELECT count(*) FROM audit WHERE "
	    "action IN ('code opened', 'report', 'note', 'extended')"), 4);
	state_free(st);
}

static void
test_busy_database_never_waits(void **state)
{
	struct state *st;
	const char *path = scratch("busy.db");
	sqlite3 *other;

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	    SQLITE_OK);
	/* Another process holds the write lock: the count and the audit
	 * row wait in memory and the call returns at once. */
	assert_int_equal(state_count(st, 86400 * 20000L, STATE_USAGE_LANGUAGE,
	    "fr"), ORIENTATION_OK);
	assert_int_equal(audit_add(st, 5, "kiosk:tty2", "staff pin wrong", NULL),
	    ORIENTATION_OK);
	assert_int_equal(state_flush(st), 2);
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(other);
	assert_int_equal(state_flush(st), 0);
	assert_int_equal(number_on(path, "SELECT n FROM usage WHERE kind = "
	    "'language' AND key = 'fr'"), 1);
	assert_int_equal(number_on(path, "SELECT count(*) FROM audit WHERE "
	    "action = 'staff pin wrong'"), 1);
	state_free(st);
}

static void
test_count_keys(void **state)
{
	struct state *st;
	const char *path = scratch("keys.db");

	(void)state;
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	/* The longest service id of the catalog is a key like any other. */
	assert_int_equal(state_count(st, 0, STATE_USAGE_SERVICE,
	    "adem-adult-apprenticeship"), ORIENTATION_OK);
	/* Words, codes and numbers where none belong are never counted. */
	assert_int_equal(state_count(st, 0, STATE_USAGE_SERVICE,
	    "Marie Schmitt"), ORIENTATION_NOT_FOUND);
	assert_int_equal(state_count(st, 0, STATE_USAGE_SEARCH_EMPTY,
	    "schulden"), ORIENTATION_NOT_FOUND);
	assert_int_equal(state_count(st, 0, STATE_USAGE_HANDOFF, "ABCD1234"),
	    ORIENTATION_NOT_FOUND);
	assert_int_equal(state_count(st, 0, STATE_USAGE_RATING, "6"),
	    ORIENTATION_NOT_FOUND);
	assert_int_equal(state_count(st, 0, STATE_USAGE_COUNT, NULL),
	    ORIENTATION_NOT_FOUND);
	state_free(st);
	assert_int_equal(number_on(path, "SELECT count(*) FROM usage"), 1);
}

static void
test_migration_keeps_counts_not_words(void **state)
{
	struct state *st;
	const char *path = scratch("v3.db");

	(void)state;
	/* The version 3 tables as an older kiosk left them. */
	assert_int_equal(sql_on(path,
	    "CREATE TABLE handoff (code TEXT PRIMARY KEY, created INTEGER NOT NULL,"
	    " expires INTEGER NOT NULL, lang TEXT NOT NULL, form TEXT, note TEXT);"
	    "CREATE TABLE handoff_answer (code TEXT, position INTEGER, item_id "
	    " INTEGER, type TEXT, answer INTEGER);"
	    "CREATE TABLE handoff_score (code TEXT, type TEXT, sum INTEGER,"
	    " answered INTEGER, asked INTEGER);"
	    "CREATE TABLE handoff_skill (code TEXT, position INTEGER, element_id"
	    " TEXT, rating INTEGER);"
	    "CREATE TABLE handoff_seen (code TEXT, kind TEXT, ref TEXT, position"
	    " INTEGER);"
	    "CREATE TABLE event (id INTEGER PRIMARY KEY, day TEXT NOT NULL, kind"
	    " TEXT NOT NULL, detail TEXT);"
	    "CREATE TABLE code_attempt (at INTEGER NOT NULL);"
	    "CREATE TABLE counselor (name TEXT PRIMARY KEY, hash TEXT NOT NULL,"
	    " role TEXT NOT NULL DEFAULT 'counselor', disabled INTEGER NOT NULL"
	    " DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, locked_until"
	    " INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);"
	    "CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, who"
	    " TEXT NOT NULL, action TEXT NOT NULL, detail TEXT);"
	    "INSERT INTO event (day, kind, detail) VALUES"
	    " ('2024-03-04', 'session', NULL), ('2024-03-04', 'session', NULL),"
	    " ('2024-03-04', 'language', 'fr'),"
	    " ('2024-03-04', 'search-empty', 'Marie Schmitt schulden'),"
	    " ('2024-03-04', 'rating', 'x'), ('2024-03-04', 'weird', 'y');"
	    "INSERT INTO audit (at, who, action, detail) VALUES"
	    " (1, 'anna', 'code not found', 'ZZZZ9999'),"
	    " (2, 'anna', 'code opened', 'GONE1234');"
	    "PRAGMA user_version = 3;"), SQLITE_OK);
	assert_true(probe_file_has(path, "Marie Schmitt"));
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_schema_version(st), STATE_SCHEMA_VERSION);
	state_free(st);
	assert_int_equal(number_on(path, "SELECT n FROM usage WHERE kind = "
	    "'session'"), 2);
	assert_int_equal(number_on(path, "SELECT n FROM usage WHERE kind = "
	    "'search-empty' AND key = ''"), 1);
	assert_int_equal(number_on(path, "SELECT count(*) FROM usage"), 3);
	assert_false(state_files_have(path, "Marie Schmitt"));
	assert_false(state_files_have(path, "ZZZZ9999"));
	assert_false(state_files_have(path, "GONE1234"));
}

/* Make the scratch folder, removed at exit with everything in it, whatever
 * the tests did (scratch.h). */
static int
setup(void **state)
{
	(void)state;
	return scratch_dir(dir, sizeof dir, "privacy");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keep_twice_gives_one_code),
		cmocka_unit_test(test_throttle_per_station_and_fails_closed),
		cmocka_unit_test(test_wrong_codes_purged_after_window),
		cmocka_unit_test(test_private_files_under_umask_022),
		cmocka_unit_test(test_foreign_readable_file_refused),
		cmocka_unit_test(test_delete_and_expiry_leave_nothing),
		cmocka_unit_test(test_audit_after_delete_names_no_code),
		cmocka_unit_test(test_busy_database_never_waits),
		cmocka_unit_test(test_count_keys),
		cmocka_unit_test(test_migration_keeps_counts_not_words),
	};

	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
