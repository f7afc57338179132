/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests of a damaged state file: a counsellor who opens a code,
 * whose results or answers sit on a damaged page, a kiosk that keeps
 * results on it, and 'orientation admin check' and 'admin backup' /
 * 'restore' on it.  Run by test-fault.c (fault.h).
 */
#include <dirent.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "copy.h"
#include "fault.h"
#include "probe.h"
#include "store/account.h"
#include "store/state.h"

#define PASSWORD "correct horse battery"

/* The first @n words of @text, to find a message that may be wrapped
 * over two rows; static buffer. */
static const char *
first_words(const char *text, int n)
{
	static char buf[128];
	size_t len = 0;

	for (int w = 0; w < n && text[len] != '\0'; w++) {
		len += strcspn(text + len, " ");
		if (w + 1 < n && text[len] == ' ')
			len++;
	}
	snprintf(buf, sizeof buf, "%.*s", (int)len, text);
	return buf;
}

/* Bytes for a hand-off code (random_fn): any will do in a test. */
static int
code_bytes(uint8_t *buf, size_t n)
{
	junk_bytes(buf, n, (unsigned)time(NULL));
	return 0;
}

/* A state database at @path with counselor anna and one kept session
 * (a finished short form); its code in @code. */
static void
make_kept_state(const char *path, char code[HANDOFF_CODE_LEN + 1])
{
	struct state *st;
	struct session s;
	time_t expires;

	CHILD_CHECK(NULL, state_open(path, &st) == ORIENTATION_OK, "state made");
	CHILD_CHECK(NULL, account_add(st, "anna", PASSWORD, false, time(NULL)) ==
	    ORIENTATION_OK, "account made");
	session_wipe(&s);
	snprintf(s.lang, sizeof s.lang, "fr");
	s.form = SESSION_FORM_SHORT;
	s.nitems = 30;
	for (int i = 0; i < 30; i++) {
		s.item_id[i] = i + 1;
		s.item_type[i] = (enum riasec_type)(i % RIASEC_COUNT);
		s.answer[i] = i % 6 == 3 ? 4 : 1;
	}
	s.finished = true;
	code[0] = '\0';
	CHILD_CHECK(NULL, state_handoff_save(st, &s, time(NULL), 86400,
	    code_bytes, code, &expires) == ORIENTATION_OK, "session kept");
	state_free(st);
}

/* Random bytes over the first page of table @table of @path. */
static void
damage_table(const char *path, const char *table)
{
	unsigned char junk[4096];
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long page = -1, size = 0;
	FILE *f;

	CHILD_CHECK(NULL, sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL)
	    == SQLITE_OK, "open %s", path);
	if (sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT page_size FROM "
	    "pragma_page_size) FROM sqlite_schema WHERE name = ?1", -1, &stmt,
	    NULL) == SQLITE_OK) {
		sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW) {
			page = sqlite3_column_int(stmt, 0);
			size = sqlite3_column_int(stmt, 1);
		}
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	CHILD_CHECK(NULL, page > 1 && size == (long)sizeof junk,
	    "page of %s: %ld (size %ld)", table, page, size);
	junk_bytes(junk, sizeof junk, 3);
	f = fopen(path, "r+b");
	CHILD_CHECK(NULL, f != NULL && fseek(f, (page - 1) * size, SEEK_SET) == 0 &&
	    fwrite(junk, 1, sizeof junk, f) == sizeof junk && fclose(f) == 0,
	    "page written");
}

/*
 * A counselor in @lang opens @code on the damaged state file @path: the
 * damage is said at start and at the look-up (never "not found"), the
 * look-up is not counted as a wrong code and is audited, the program
 * quits cleanly with the one line on stderr.
 */
static void
counselor_meets_damage(const char *path, const char *code, const char *lang)
{
	const char *args[] = { "--counselor", "--lang", lang, "--catalog",
	    scratch_path(2, "catalog.db"), "--state", path, NULL };
	char langvar[32], signed_in[128];
	const char *env[] = { langvar, NULL };
	struct vt *c;
	int rc;

	snprintf(langvar, sizeof langvar, "LANGUAGE=%s", lang);
	CHILD_CHECK(NULL, copy_file(child_catalog(),
	    scratch_path(2, "catalog.db")) == 0, "%s", strerror(errno));
	c = spawn(&(struct child_opts){ .args = args, .env = env, .rows = 24,
	    .cols = 80 });
	CHILD_CHECK(c, vt_wait_text(c, first_words(tr(lang,
	    MSG_COUNSELOR_DAMAGED), 4), WAIT), "damage said at start");
	vt_type(c, "anna\r" PASSWORD "\r");
	snprintf(signed_in, sizeof signed_in, tr(lang, "Signed in as %s."),
	    "anna");
	CHILD_CHECK(c, vt_wait_text(c, signed_in, WAIT), "signed in");
	vt_type(c, "1");
	CHILD_CHECK(c, vt_wait_text(c, tr(lang, "Code:"), WAIT), "code prompt");
	vt_type(c, code);
	vt_type(c, "\r");
	CHILD_CHECK(c, vt_wait_text(c, first_words(tr(lang, MSG_CODE_DAMAGED),
	    4), WAIT), "damage said at the look-up");
	CHILD_CHECK(c, !vt_has_text(c, first_words(tr(lang, MSG_CODE_NOT_FOUND),
	    4)), "not \"not found\"");
	vt_key(c, VTERM_KEY_FUNCTION(10));
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc == 0, "F10 quits with 0, got %d", rc);
	check_one_line(c, tr(lang, MSG_STATE_DAMAGED));
	vt_free(c);
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM code_attempt") ==
	    0, "nothing counted toward the wrong-code limit");
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM audit WHERE "
	    "action = 'code unreadable' AND who = 'anna'") == 1, "audited");
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM audit WHERE "
	    "action = 'code not found'") == 0, "not audited as not found");
}

/* Random bytes over the hand-off page (English). */
void
state_damaged_handoff(void)
{
	const char *path = scratch_path(0, "state.db");
	char code[HANDOFF_CODE_LEN + 1];

	make_kept_state(path, code);
	damage_table(path, "handoff");
	counselor_meets_damage(path, code, "en");
}

/* Random bytes over the answers page of a copy (German): no code opens
 * with an empty profile. */
void
state_damaged_answers(void)
{
	const char *path = scratch_path(0, "state.db");
	const char *copy = scratch_path(1, "copy.db");
	char code[HANDOFF_CODE_LEN + 1];

	make_kept_state(path, code);
	CHILD_CHECK(NULL, copy_file(path, copy) == 0, "%s", strerror(errno));
	damage_table(copy, "handoff_answer");
	CHILD_CHECK(NULL, strcmp(tr("de", MSG_CODE_DAMAGED), MSG_CODE_DAMAGED) != 0,
	    "the message has a German translation");
	counselor_meets_damage(copy, code, "de");
}

/* A kiosk on a damaged file runs: it says so, the questionnaire works,
 * keeping results is refused with "ask at the desk", and it never dies. */
void
state_damaged_kiosk(void)
{
	const char *path = scratch_path(0, "state.db");
	const char *args[] = { "--kiosk", "--lang", "en", "--catalog",
	    child_catalog(), "--state", path, NULL };
	char code[HANDOFF_CODE_LEN + 1];
	struct vt *c;
	char *before;
	size_t len;

	make_kept_state(path, code);
	damage_table(path, "handoff");
	before = capture_file(path, &len);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80 });
	CHILD_CHECK(c, vt_wait_text(c, first_words(MSG_KIOSK_DAMAGED, 5), WAIT),
	    "damage said at start");
	short_form_and_keep(c);
	CHILD_CHECK(c, vt_wait_text(c, first_words(MSG_NOT_KEPT, 5), WAIT),
	    "keeping refused");
	CHILD_CHECK(c, vt_has_text(c, first_words(MSG_STATE_DAMAGED, 5)),
	    "because of the damage");
	CHILD_CHECK(c, vt_wait_exit(c, 200) == -1, "still running");
	CHILD_CHECK(c, strstr(vt_stderr(c), MSG_STATE_DAMAGED) != NULL,
	    "the journal line");
	check_same(path, before, len, "damaged file");
	free(before);
	/* "Delete my results" with the right code: not "not found", not
	 * counted, audited. */
	for (int i = 0; i < 5 && !vt_has_text(c, "Main menu"); i++)
		vt_key(c, VTERM_KEY_ESCAPE);
	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "back to the menu");
	vt_click(c, vt_find_row(c, "Delete my results (with my code)"), 10);
	CHILD_CHECK(c, vt_wait_text(c, "Code:", WAIT), "delete screen");
	vt_type(c, code);
	vt_type(c, "\r");
	CHILD_CHECK(c, vt_wait_text(c, "Results cannot be deleted here now.",
	    WAIT), "deleting refused");
	CHILD_CHECK(c, !vt_has_text(c, first_words(MSG_CODE_NOT_FOUND, 4)),
	    "not \"not found\"");
	CHILD_CHECK(c, vt_wait_exit(c, 200) == -1, "still running");
	vt_free(c);
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM "
	    "code_attempt") == 0, "nothing counted toward the wrong-code limit");
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM audit "
	    "WHERE action = 'code refused' AND detail = 'damaged'") == 1,
	    "audited");
}

/* Run `orientation --state @path admin @a @b` without a terminal;
 * its exit code; @c gets the child (caller frees). */
static int
admin_run(const char *path, const char *a, const char *b, struct vt **c)
{
	const char *args[] = { "--config", scratch_path(3, "orientation.conf"),
	    "--state", path, "admin", a, b, NULL };
	int rc;

	*c = spawn(&(struct child_opts){ .args = args });
	rc = vt_wait_exit(*c, WAIT);
	report(*c, rc);
	return rc;
}

/* `admin check` passes a sound file and fails a damaged one. */
void
admin_check(void)
{
	const char *path = scratch_path(0, "state.db");
	char code[HANDOFF_CODE_LEN + 1];
	struct vt *c;

	spit(scratch_path(3, "orientation.conf"), "", 0);
	make_kept_state(path, code);
	CHILD_CHECK(NULL, admin_run(path, "check", NULL, &c) == 0, "sound: 0");
	CHILD_CHECK(c, strstr(vt_stdout(c), "sound") != NULL, "says sound");
	vt_free(c);
	damage_table(path, "handoff_answer");
	CHILD_CHECK(NULL, admin_run(path, "check", NULL, &c) == 3, "damaged: 3");
	CHILD_CHECK(c, strstr(vt_stdout(c), "damaged") != NULL &&
	    strstr(vt_stdout(c), "Page") != NULL, "says where: [%s]",
	    vt_stdout(c));
	check_one_line(c, MSG_STATE_DAMAGED);
	vt_free(c);
}

/*
 * `admin backup FILE` while a program has the file open; `admin restore`
 * refused while it runs (file untouched), accepted once it stopped, and
 * the result is the backup byte for byte; `admin backup --rotate` writes
 * into the [backup] folder of the settings, private.
 */
void
admin_backup_restore(void)
{
	const char *path = scratch_path(0, "state.db");
	const char *copy = scratch_path(1, "backup.db");
	const char *args[] = { "--lang", "en", "--catalog", child_catalog(),
	    "--state", path, NULL };
	char code[HANDOFF_CODE_LEN + 1], conf[600], *before, *saved;
	size_t len, saved_len;
	struct stat sb;
	struct vt *c, *a;
	DIR *d;
	struct dirent *e;
	int found = 0;

	snprintf(conf, sizeof conf, "[backup]\nfolder = %s\nkeep = 2\n",
	    scratch_path(2, "daily"));
	spit(scratch_path(3, "orientation.conf"), conf, strlen(conf));
	make_kept_state(path, code);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80 });
	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "program runs");
	CHILD_CHECK(NULL, admin_run(path, "backup", copy, &a) == 0, "backup: 0");
	vt_free(a);
	CHILD_CHECK(NULL, stat(copy, &sb) == 0 && (sb.st_mode & 0777) == 0600,
	    "backup 0600");
	/* The live file changes after the backup. */
	exec_sql(path, "DELETE FROM handoff");
	before = capture_file(path, &len);
	CHILD_CHECK(NULL, admin_run(path, "restore", copy, &a) == 3,
	    "restore refused while in use");
	check_one_line(a, MSG_STATE_IN_USE);
	vt_free(a);
	check_same(path, before, len, "state file");
	free(before);
	quit_cleanly(c);
	CHILD_CHECK(NULL, admin_run(path, "restore", copy, &a) == 0,
	    "restore accepted");
	vt_free(a);
	saved = capture_file(copy, &saved_len);
	check_same(path, saved, saved_len, "restored file = backup");
	free(saved);
	CHILD_CHECK(NULL, probe_sql_number(path, "SELECT count(*) FROM handoff") == 1,
	    "the session is back");
	CHILD_CHECK(NULL, admin_run(path, "backup", "--rotate", &a) == 0,
	    "rotate: 0");
	vt_free(a);
	CHILD_CHECK(NULL, stat(scratch_path(2, "daily"), &sb) == 0 &&
	    (sb.st_mode & 0777) == 0700, "folder 0700");
	d = opendir(scratch_path(2, "daily"));
	CHILD_CHECK(NULL, d != NULL, "folder made");
	while ((e = readdir(d)) != NULL)
		found += strncmp(e->d_name, "state-", 6) == 0;
	closedir(d);
	CHILD_CHECK(NULL, found == 1, "one daily backup, found %d", found);
}
