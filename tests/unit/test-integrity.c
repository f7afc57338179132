/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the state database's integrity and backups: the quick
 * check at open, damage reported as damage (never "not found", nothing
 * kept in a damaged file, a partial session is no session), the full
 * check, backup and restore (refused while the database is open), the
 * daily rotation, and a backup taken while ten processes write.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "copy.h"
#include "probe.h"
#include "store/account.h"
#include "store/backup.h"
#include "store/integrity.h"
#include "store/state.h"
#include "util/random.h"

#define WRITERS 10
#define ITEMS 30

static char dir[64];

/* A path in the scratch folder; static buffer, one per @slot. */
static const char *
scratch(int slot, const char *name)
{
	static char path[4][160];

	snprintf(path[slot], sizeof path[slot], "%s/%s", dir, name);
	return path[slot];
}

/* A finished short form: item ids @a, @b first, then 1, 2, ... */
static void
make_session(struct session *s, int a, int b)
{
	session_wipe(s);
	snprintf(s->lang, sizeof s->lang, "fr");
	s->form = SESSION_FORM_SHORT;
	s->nitems = ITEMS;
	for (int i = 0; i < ITEMS; i++) {
		s->item_id[i] = i == 0 ? a : i == 1 ? b : i;
		s->item_type[i] = (enum riasec_type)(i % RIASEC_COUNT);
		s->answer[i] = i % 5;
	}
	s->finished = true;
	s->nskills = 1;
	snprintf(s->skill_id[0], sizeof s->skill_id[0], "2.A.1.a");
	s->skill_rating[0] = 2;
}

/* A new state database at @path with one kept session; its code. */
static void
make_state(const char *path, char code[HANDOFF_CODE_LEN + 1])
{
	struct state *st;
	struct session s;
	time_t expires;

	unlink(path);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	make_session(&s, 100, 200);
	code[0] = '\0';
	assert_int_equal(state_handoff_save(st, &s, time(NULL), 86400,
	    random_bytes, code, &expires), ORIENTATION_OK);
	state_free(st);
}

/* The first page of table or index @name in @path. */
static long
root_page(const char *path, const char *name)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long page = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rootpage FROM "
	    "sqlite_schema WHERE name = ?1", -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		page = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	assert_true(page > 1);
	return page;
}

/* Write random bytes over page @page of @path (pages of 4096 bytes). */
static void
damage_page(const char *path, long page)
{
	unsigned char junk[4096];
	int fd = open(path, O_WRONLY);

	srand(7);
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char)(rand() >> 7);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, junk, sizeof junk, (page - 1) * 4096),
	    (ssize_t)sizeof junk);
	close(fd);
}

/* Whether files @a and @b hold the same bytes (read in blocks). */
static bool
same_file(const char *a, const char *b)
{
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	char ba[8192], bb[8192];
	size_t na, nb;
	bool same = fa != NULL && fb != NULL;

	while (same) {
		na = fread(ba, 1, sizeof ba, fa);
		nb = fread(bb, 1, sizeof bb, fb);
		same = na == nb && memcmp(ba, bb, na) == 0;
		if (na == 0)
			break;
	}
	if (fa != NULL)
		fclose(fa);
	if (fb != NULL)
		fclose(fb);
	return same;
}

/* The mode bits of @path. */
static unsigned
mode_of(const char *path)
{
	struct stat sb;

	assert_int_equal(stat(path, &sb), 0);
	return (unsigned)(sb.st_mode & 07777);
}

static int lines_seen;

/* Count a line of the full check. */
static void
count_line(void *ctx, const char *line)
{
	(void)ctx;
	assert_true(line[0] != '\0');
	lines_seen++;
}

/* ------------------------------------------------------------ tests */

/* Random bytes over the hand-off page: refused by state_open, left as it
 * was; in damaged mode every look-up says damaged, nothing is kept,
 * nothing counted, and the audit is still written. */
static void
test_damaged_handoff_page(void **unused)
{
	const char *path = scratch(0, "handoff.db");
	char code[HANDOFF_CODE_LEN + 1], other[HANDOFF_CODE_LEN + 1] = "";
	struct state *st;
	struct session s;
	time_t expires;

	(void)unused;
	make_state(path, code);
	damage_page(path, root_page(path, "handoff"));
	assert_int_equal(copy_file(path, scratch(1, "handoff-before.db")), 0);
	assert_int_equal(state_open(path, &st), ORIENTATION_STATE_DAMAGED);
	assert_null(st);
	assert_true(same_file(path, scratch(1, "handoff-before.db")));

	assert_int_equal(state_open_damaged(path, &st), ORIENTATION_STATE_DAMAGED);
	assert_non_null(st);
	assert_true(state_damaged(st));
	assert_int_equal(state_handoff_load(st, code, time(NULL), &s, NULL, NULL),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(s.nitems, 0);
	assert_int_equal(state_handoff_load(st, "ABCDEFGH", time(NULL), &s, NULL,
	    NULL), ORIENTATION_STATE_DAMAGED);
	make_session(&s, 1, 2);
	assert_int_equal(state_handoff_save(st, &s, time(NULL), 86400,
	    random_bytes, other, &expires), ORIENTATION_STATE_DAMAGED);
	assert_string_equal(other, "");
	assert_int_equal(state_code_failed(st, "kiosk:test", time(NULL)),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(state_count(st, time(NULL), STATE_USAGE_SESSION, NULL),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(audit_add(st, time(NULL), "anna", "code unreadable",
	    NULL), ORIENTATION_OK);
	state_free(st);
	assert_int_equal(probe_sql_number(path, "SELECT count(*) FROM code_attempt"), 0);
	assert_int_equal(probe_sql_number(path, "SELECT count(*) FROM audit WHERE "
	    "action = 'code unreadable' AND who = 'anna'"), 1);
	assert_int_equal(probe_sql_number(path, "SELECT count(*) FROM usage"), 0);
}

/* Random bytes over the counselor page: looking up an account says the
 * results database is damaged, as every other look-up does. */
static void
test_damaged_counselor_page(void **unused)
{
	const char *path = scratch(0, "counselor.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct account_info info;
	struct state *st;

	(void)unused;
	make_state(path, code);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(account_add(st, "anna", "a long password", false,
	    time(NULL)), ORIENTATION_OK);
	state_free(st);
	damage_page(path, root_page(path, "counselor"));
	assert_int_equal(state_open_damaged(path, &st), ORIENTATION_STATE_DAMAGED);
	assert_int_equal(account_get(st, "anna", &info),
	    ORIENTATION_STATE_DAMAGED);
	state_free(st);
}

/* Random bytes over the answers page: the code does not open with an
 * empty profile, it is damaged. */
static void
test_damaged_answers_page(void **unused)
{
	const char *path = scratch(0, "answers.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct state *st;
	struct session s;

	(void)unused;
	make_state(path, code);
	damage_page(path, root_page(path, "handoff_answer"));
	assert_int_equal(state_open_damaged(path, &st), ORIENTATION_STATE_DAMAGED);
	assert_int_equal(state_handoff_load(st, code, time(NULL), &s, NULL, NULL),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(s.nitems, 0);
	assert_false(s.finished);
	state_free(st);
}

/* Answers gone without a damaged page (the quick check passes): the
 * scores kept beside them show the session is not whole. */
static void
test_partial_session(void **unused)
{
	const char *path = scratch(0, "partial.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct state *st;
	struct session s;
	sqlite3 *db;

	(void)unused;
	make_state(path, code);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_handoff_load(st, code, time(NULL), &s, NULL, NULL),
	    ORIENTATION_OK);
	assert_int_equal(s.nitems, ITEMS);
	state_free(st);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DELETE FROM handoff_answer WHERE "
	    "position >= 10", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_false(state_damaged(st));
	assert_int_equal(state_handoff_load(st, code, time(NULL), &s, NULL, NULL),
	    ORIENTATION_STATE_DAMAGED);
	assert_int_equal(s.nitems, 0);
	assert_true(state_damaged(st));
	/* A code that is not there is no longer "not found" either. */
	assert_int_equal(state_handoff_load(st, "ABCDEFGH", time(NULL), &s, NULL,
	    NULL), ORIENTATION_STATE_DAMAGED);
	state_free(st);
}

/* A sound file is "not found" for an unknown code, as before. */
static void
test_sound_not_found(void **unused)
{
	const char *path = scratch(0, "sound.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct state *st;
	struct session s;

	(void)unused;
	make_state(path, code);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_handoff_load(st, "ABCDEFGH", time(NULL), &s, NULL,
	    NULL), ORIENTATION_NOT_FOUND);
	assert_false(state_damaged(st));
	state_free(st);
}

/* The full check: nothing on a sound file, lines on a damaged one. */
static void
test_check_file(void **unused)
{
	const char *path = scratch(0, "check.db");
	char code[HANDOFF_CODE_LEN + 1];

	(void)unused;
	make_state(path, code);
	lines_seen = 0;
	assert_int_equal(integrity_check_file(path, count_line, NULL),
	    ORIENTATION_OK);
	assert_int_equal(lines_seen, 0);
	damage_page(path, root_page(path, "handoff_answer"));
	assert_int_equal(integrity_check_file(path, count_line, NULL),
	    ORIENTATION_STATE_DAMAGED);
	assert_true(lines_seen > 0);
	assert_int_equal(integrity_check_file(scratch(1, "missing.db"),
	    count_line, NULL), ORIENTATION_STATE_OPEN);
}

/* Backup, then restore: refused while open, then the file is the backup
 * byte for byte and the code opens again. */
static void
test_backup_restore(void **unused)
{
	const char *path = scratch(0, "live.db"), *copy = scratch(1, "copy.db");
	const char *junk = scratch(2, "junk.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct state *st;
	struct session s;
	FILE *f;

	(void)unused;
	make_state(path, code);
	assert_int_equal(backup_write(path, copy), ORIENTATION_OK);
	assert_int_equal(mode_of(copy), 0600);
	assert_int_equal(access(scratch(3, "copy.db-wal"), F_OK), -1);
	assert_int_equal(integrity_check_file(copy, count_line, NULL),
	    ORIENTATION_OK);
	/* The live file loses the session. */
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	{
		bool deleted;

		assert_int_equal(state_handoff_delete(st, code, &deleted),
		    ORIENTATION_OK);
		assert_true(deleted);
	}
	/* Open: refused, and the file is untouched. */
	assert_int_equal(backup_restore(path, copy), ORIENTATION_STATE_IN_USE);
	assert_int_equal(state_handoff_count(st), 0);
	state_free(st);
	/* Not a backup: refused. */
	f = fopen(junk, "w");
	fputs("not a database at all, not even close to one\n", f);
	fclose(f);
	assert_int_equal(backup_restore(path, junk), ORIENTATION_BACKUP_BAD);
	assert_int_equal(backup_restore(path, scratch(3, "none.db")),
	    ORIENTATION_BACKUP_BAD);
	/* Closed: done, and equal to the backup. */
	assert_int_equal(backup_restore(path, copy), ORIENTATION_OK);
	assert_true(same_file(path, copy));
	assert_int_equal(mode_of(path), 0600);
	assert_int_equal(state_open(path, &st), ORIENTATION_OK);
	assert_int_equal(state_handoff_load(st, code, time(NULL), &s, NULL, NULL),
	    ORIENTATION_OK);
	assert_int_equal(s.nitems, ITEMS);
	state_free(st);
}

/* A damaged backup and one of a newer version are refused. */
static void
test_restore_refuses(void **unused)
{
	const char *path = scratch(0, "live2.db"), *copy = scratch(1, "copy2.db");
	char code[HANDOFF_CODE_LEN + 1];
	sqlite3 *db;

	(void)unused;
	make_state(path, code);
	assert_int_equal(backup_write(path, copy), ORIENTATION_OK);
	assert_int_equal(sqlite3_open(copy, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(backup_restore(path, copy), ORIENTATION_STATE_VERSION);
	assert_int_equal(backup_write(path, copy), ORIENTATION_OK);
	damage_page(copy, root_page(copy, "handoff_answer"));
	assert_int_equal(backup_restore(path, copy), ORIENTATION_BACKUP_BAD);
	assert_int_equal(probe_sql_number(path, "SELECT count(*) FROM handoff"), 1);
}

/* Rotation keeps the newest @keep, touches nothing else, all private. */
static void
test_rotate(void **unused)
{
	const char *path = scratch(0, "rot.db"), *folder = scratch(1, "backups");
	const char *other = scratch(2, "backups/notes.txt");
	char code[HANDOFF_CODE_LEN + 1], *written;
	time_t t = 1796256000; /* 2026-12-01 00:00 UTC */
	int removed, total = 0, n = 0;
	DIR *d;
	struct dirent *e;
	FILE *f;

	(void)unused;
	make_state(path, code);
	for (int i = 0; i < 5; i++) {
		assert_int_equal(backup_rotate(path, folder, 3, t + i * 86400,
		    &written, &removed), ORIENTATION_OK);
		assert_int_equal(mode_of(written), 0600);
		free(written);
		total += removed;
		if (i == 0) {
			f = fopen(other, "w");
			fputs("kept\n", f);
			fclose(f);
		}
	}
	assert_int_equal(total, 2);
	assert_int_equal(mode_of(folder), 0700);
	assert_int_equal(access(other, F_OK), 0);
	assert_int_equal(access(scratch(3, "backups/state-20261201-000000.db"),
	    F_OK), -1);
	assert_int_equal(access(scratch(3, "backups/state-20261202-000000.db"),
	    F_OK), -1);
	assert_int_equal(access(scratch(3, "backups/state-20261205-000000.db"),
	    F_OK), 0);
	d = opendir(folder);
	while ((e = readdir(d)) != NULL)
		n += strncmp(e->d_name, "state-", 6) == 0;
	closedir(d);
	assert_int_equal(n, 3);
}

/* One writer: sessions numbered 0, 1, ... until @stop exists. */
static void
writer(const char *path, int id, const char *stop)
{
	struct state *st;
	struct session s;
	time_t expires;
	char code[HANDOFF_CODE_LEN + 1];

	/* A failed check ends the test without the stop file: go with it. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (state_open(path, &st) != ORIENTATION_OK)
		_exit(2);
	for (int seq = 0; seq < 100000 && access(stop, F_OK) != 0; seq++) {
		make_session(&s, id, seq);
		code[0] = '\0';
		while (state_handoff_save(st, &s, time(NULL), 86400, random_bytes,
		    code, &expires) != ORIENTATION_OK)
			usleep(1000);
	}
	state_free(st);
	_exit(0);
}

/* A backup taken while ten processes write is a snapshot: sound, every
 * session whole, and of each writer the sessions 0 .. k-1 with no gap
 * (each writer commits in order, so a consistent copy holds a prefix). */
static void
test_backup_while_writing(void **unused)
{
	const char *path = scratch(0, "busy.db"), *copy = scratch(1, "busy-copy.db");
	const char *stop = scratch(2, "stop");
	pid_t pids[WRITERS];
	char code[HANDOFF_CODE_LEN + 1];
	long sessions, later;
	int status;

	(void)unused;
	make_state(path, code);
	unlink(stop);
	for (int i = 0; i < WRITERS; i++) {
		fflush(NULL);
		if ((pids[i] = fork()) == 0)
			writer(path, 1000 + i, stop);
		assert_true(pids[i] > 0);
	}
	/* Until every writer has written a few. */
	for (int tries = 0; tries < 6000; tries++) {
		if (probe_sql_number(path, "SELECT count(DISTINCT item_id) FROM "
		    "handoff_answer WHERE position = 0 AND item_id >= 1000") ==
		    WRITERS && probe_sql_number(path, "SELECT count(*) FROM handoff") >
		    WRITERS * 3)
			break;
		usleep(10000);
	}
	assert_int_equal(backup_write(path, copy), ORIENTATION_OK);
	/* The writers go on after the backup (so it was taken while they
	 * wrote): wait until the file holds more than the copy, then stop
	 * them.  No fixed wait: a slow machine only takes longer. */
	sessions = probe_sql_number(copy, "SELECT count(*) FROM handoff");
	assert_true(sessions > 0);
	for (int tries = 0; probe_sql_number(path, "SELECT count(*) FROM "
	    "handoff") <= sessions; tries++) {
		assert_true(tries < 6000);   /* a minute: the writers stopped */
		usleep(10000);
	}
	fclose(fopen(stop, "w"));
	for (int i = 0; i < WRITERS; i++) {
		assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	assert_int_equal(integrity_check_file(copy, count_line, NULL),
	    ORIENTATION_OK);
	sessions = probe_sql_number(copy, "SELECT count(*) FROM handoff");
	later = probe_sql_number(path, "SELECT count(*) FROM handoff");
	printf("backup holds %ld sessions, the file %ld after the writers\n",
	    sessions, later);
	assert_true(sessions > WRITERS * 3);
	assert_true(later > sessions);
	/* Every session whole. */
	assert_int_equal(probe_sql_number(copy, "SELECT count(*) FROM handoff_answer"),
	    sessions * ITEMS);
	assert_int_equal(probe_sql_number(copy, "SELECT count(*) FROM handoff_score"),
	    sessions * RIASEC_COUNT);
	assert_int_equal(probe_sql_number(copy, "SELECT count(*) FROM handoff_skill"),
	    sessions);
	/* Of each writer a prefix: as many sessions as the highest number + 1. */
	assert_int_equal(probe_sql_number(copy, "SELECT count(*) FROM (SELECT w.item_id "
	    "AS id, count(*) AS n, max(s.item_id) AS top FROM handoff_answer w "
	    "JOIN handoff_answer s ON s.code = w.code AND s.position = 1 "
	    "WHERE w.position = 0 AND w.item_id >= 1000 GROUP BY w.item_id) "
	    "WHERE n = top + 1"), WRITERS);
}

static int
setup(void **unused)
{
	(void)unused;
	/* Removed at exit, whatever the tests did (scratch.h). */
	return scratch_dir(dir, sizeof dir, "integrity");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_damaged_handoff_page),
		cmocka_unit_test(test_damaged_answers_page),
		cmocka_unit_test(test_damaged_counselor_page),
		cmocka_unit_test(test_partial_session),
		cmocka_unit_test(test_sound_not_found),
		cmocka_unit_test(test_check_file),
		cmocka_unit_test(test_backup_restore),
		cmocka_unit_test(test_restore_refuses),
		cmocka_unit_test(test_rotate),
		cmocka_unit_test(test_backup_while_writing),
	};

	signal(SIGPIPE, SIG_IGN);
	return skip_status(cmocka_run_group_tests(tests, setup, NULL));
}
