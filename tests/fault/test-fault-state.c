/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests of the state database: a file of random bytes, a damaged,
 * foreign or newer one, read-only (the file, its folder), locked by
 * another process, on a full disk (at start and while a code is kept),
 * and deleted while the program runs.  Run by test-fault.c (fault.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "fault.h"

/* A file of random bytes is reported and left as it was. */
void
state_random(void)
{
	const char *path = scratch_path(0, "state.db");
	unsigned char junk[20000];

	junk_bytes(junk, sizeof junk, 1);
	spit(path, junk, sizeof junk);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_NOT_DB,
	    false, WAIT);
	check_same(path, junk, sizeof junk, "file");
}

/* A real state database whose pages after the header are random. */
void
state_corrupt(void)
{
	const char *path = scratch_path(0, "state.db");
	size_t len;
	char *data;

	make_state(path);
	data = capture_file(path, &len);
	CHILD_CHECK(NULL, data != NULL && len > 100, "state read back");
	junk_bytes((unsigned char *)data + 100, len - 100, 2);
	spit(path, data, len);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_DAMAGED,
	    false, WAIT);
	check_same(path, data, len, "file");
	free(data);
}

/* A text file is not a database; in French the message is French. */
void
state_not_sqlite(void)
{
	static const char text[] = "Dear counsellor,\nthis is not a database.\n";
	const char *path = scratch_path(0, "notes.txt");

	spit(path, text, sizeof text - 1);
	expect_refusal(ARGS(child_catalog(), path), "fr", MSG_STATE_NOT_DB,
	    false, WAIT);
	CHILD_CHECK(NULL, strcmp(tr("fr", MSG_STATE_NOT_DB), MSG_STATE_NOT_DB) != 0,
	    "the message has a French translation");
	check_same(path, text, sizeof text - 1, "file");
}

/* A database of a newer schema version is left alone. */
void
state_newer(void)
{
	const char *path = scratch_path(0, "state.db");
	size_t len;
	char *before;

	make_state(path);
	exec_sql(path, "PRAGMA user_version = 99");
	before = capture_file(path, &len);
	expect_refusal(ARGS(child_catalog(), path), "de", MSG_STATE_VERSION,
	    false, WAIT);
	check_same(path, before, len, "file");
	free(before);
}

/* Make a read-only (0444) state file in a writable folder, owned by
 * nobody when the test runs as root; *@before gets its bytes. */
static const char *
readonly_state(char **before, size_t *len)
{
	const char *dir = scratch_path(0, "ro-file");
	const char *path = scratch_path(1, "ro-file/state.db");

	prepare_nobody();
	mkdir(dir, 0755);
	make_state(path);
	give_to_nobody(dir);
	give_to_nobody(path);
	chmod(path, 0444);
	*before = capture_file(path, len);
	return path;
}

/*
 * A read-only state file (0444, in a writable folder) at start-up: the
 * program says so at once, not only after a visitor has answered 30
 * questions and asked for a code; the file is untouched.
 */
void
state_readonly_file_start(void)
{
	const char *args[] = { "--catalog", child_catalog(), "--state", NULL,
	    NULL };
	size_t len;
	char *before;
	struct vt *c;
	int rc;

	args[3] = readonly_state(&before, &len);
	args[1] = child_catalog();   /* may be a copy now */
	free(before);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80,
	    .as_nobody = need_nobody() });
	if (vt_first_frame(c)) {
		/* Running: then the status line must say it. */
		CHILD_CHECK(c, vt_has_text(c, MSG_STATE_READONLY),
		    "running on a read-only state file without saying so");
		vt_key(c, VTERM_KEY_FUNCTION(10));
		rc = vt_wait_exit(c, WAIT);
		report(c, rc);
		CHILD_CHECK(c, rc >= 0 && rc < 128, "clean exit, got %d", rc);
	} else {
		rc = vt_wait_exit(c, WAIT);
		report(c, rc);
		CHILD_CHECK(c, rc == 3, "exit code 3, got %d", rc);
		check_one_line(c, MSG_STATE_READONLY);
	}
	vt_free(c);
}

/* A read-only folder and no state file yet: cannot be created. */
void
state_readonly_dir(void)
{
	const char *dir = scratch_path(0, "ro-dir");
	const char *path = scratch_path(1, "ro-dir/state.db");

	prepare_nobody();
	mkdir(dir, 0755);
	give_to_nobody(dir);
	chmod(dir, 0555);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_OPEN,
	    need_nobody(), WAIT);
	CHILD_CHECK(NULL, !exists(path), "no file appeared");
}

/* A read-only folder holding a good state file: WAL needs the folder. */
void
state_readonly_dir_existing(void)
{
	const char *dir = scratch_path(0, "ro-dir2");
	const char *path = scratch_path(1, "ro-dir2/state.db");
	size_t len;
	char *before;

	prepare_nobody();
	mkdir(dir, 0755);
	make_state(path);
	give_to_nobody(dir);
	give_to_nobody(path);
	chmod(dir, 0555);
	before = capture_file(path, &len);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_READONLY,
	    need_nobody(), WAIT);
	check_same(path, before, len, "file");
	free(before);
}

/*
 * Another process holds the state database (exclusive locking mode, an
 * exclusive transaction) for longer than the busy timeout: the program
 * waits, says "busy" and stops; once the lock is gone it starts again and
 * the other process's write is there.
 */
void
state_locked(void)
{
	const char *path = scratch_path(0, "state.db");
	sqlite3 *db;
	sqlite3_stmt *st;
	struct timespec t0, t1;
	long ms;
	int n = 0;

	make_state(path);
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
	    "CREATE TABLE IF NOT EXISTS fault_probe (x);"
	    "INSERT INTO fault_probe VALUES (42);", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		fprintf(stderr, "lock: %s\n", sqlite3_errmsg(db));
		exit(1);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_BUSY, false,
	    BUSY_MS + 10000);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	CHILD_CHECK(NULL, ms >= BUSY_MS - 500, "gave up after %ld ms, before "
	    "the busy timeout", ms);
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		exit(1);
	sqlite3_close(db);

	make_state(path);   /* starts normally now */
	if (sqlite3_open(path, &db) != SQLITE_OK)
		exit(1);
	sqlite3_prepare_v2(db, "SELECT count(*) FROM fault_probe WHERE x = 42",
	    -1, &st, NULL);
	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	CHILD_CHECK(NULL, n == 1, "the other process's row is kept");
}

/* Fill the file system of folder @dir up to the last byte. */
static void
fill_up(const char *dir)
{
	static const char block[4096];
	char path[640];
	int fd;

	snprintf(path, sizeof path, "%s/filler", dir);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644)) < 0) {
		perror(path);
		exit(1);
	}
	while (write(fd, block, sizeof block) > 0)
		;
	while (write(fd, block, 1) > 0)
		;
	close(fd);
}

/* Enter a private mount namespace with a tmpfs of @size on @dir; false
 * if this machine does not allow it. */
static bool
mount_tmpfs(const char *dir, const char *size)
{
	uid_t uid = getuid();
	gid_t gid = getgid();
	char buf[640];
	int fd;

	if (unshare(CLONE_NEWNS) != 0) {
		/* Not root: map ourselves to root in a user namespace. */
		if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
			fprintf(stderr, "skip: no mount namespace: %s\n",
			    strerror(errno));
			return false;
		}
		if ((fd = open("/proc/self/setgroups", O_WRONLY)) >= 0) {
			if (write(fd, "deny", 4) < 0)
				perror("setgroups");
			close(fd);
		}
		snprintf(buf, sizeof buf, "0 %u 1", (unsigned)uid);
		if ((fd = open("/proc/self/uid_map", O_WRONLY)) < 0 ||
		    write(fd, buf, strlen(buf)) < 0)
			return false;
		close(fd);
		snprintf(buf, sizeof buf, "0 %u 1", (unsigned)gid);
		if ((fd = open("/proc/self/gid_map", O_WRONLY)) < 0 ||
		    write(fd, buf, strlen(buf)) < 0)
			return false;
		close(fd);
	}
	snprintf(buf, sizeof buf, "size=%s,mode=0755", size);
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
	    mount("tmpfs", dir, "tmpfs", 0, buf) != 0) {
		fprintf(stderr, "skip: cannot mount a tmpfs: %s\n", strerror(errno));
		return false;
	}
	return true;
}

/* The disk is full when the state database is created. */
void
state_disk_full(void)
{
	const char *dir = scratch_path(0, "full");
	const char *path = scratch_path(1, "full/state.db");

	mkdir(dir, 0755);
	if (!mount_tmpfs(dir, "64k"))
		exit(CHILD_SKIP);
	fill_up(dir);
	expect_refusal(ARGS(child_catalog(), path), "en", MSG_STATE_FULL, false,
	    WAIT);
	umount2(dir, MNT_DETACH);
}

/*
 * The disk fills up while the kiosk runs, then a visitor asks for a
 * hand-off code: either the code is shown and its session really is in
 * the database (SQLite may still have room in its WAL file), or the
 * screen says the disk is full and that nothing was kept.  Never a code
 * for a session that is not on disk.
 */
void
state_disk_full_handoff(void)
{
	const char *dir = scratch_path(0, "full");
	const char *path = scratch_path(1, "full/state.db");
	const char *args[] = { "--catalog", child_catalog(), "--state", path,
	    "--lang", "en", NULL };
	struct vt *c;
	int row, kept = -1;

	mkdir(dir, 0755);
	if (!mount_tmpfs(dir, "2m"))
		exit(CHILD_SKIP);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80 });
	CHILD_CHECK(c, vt_wait_text(c, "F10", WAIT), "menu");
	fill_up(dir);
	short_form_and_keep(c);
	if ((row = vt_find_row(c, "Code: ")) >= 0) {
		char code[16] = "";
		sqlite3 *db;
		sqlite3_stmt *st = NULL;

		/* "Code: XXXX-XXXX, valid until ..." */
		sscanf(strstr(vt_row(c, row), "Code: ") + 6, "%4s", code);
		code[4] = '\0';
		sscanf(strstr(vt_row(c, row), "Code: ") + 11, "%4s", code + 4);
		if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
		    SQLITE_OK && sqlite3_prepare_v2(db, "SELECT count(*) FROM "
		    "handoff WHERE code = ?1", -1, &st, NULL) == SQLITE_OK) {
			sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
			if (sqlite3_step(st) == SQLITE_ROW)
				kept = sqlite3_column_int(st, 0);
		}
		sqlite3_finalize(st);
		sqlite3_close(db);
		printf("code %s shown on a full disk; rows kept: %d\n", code, kept);
		CHILD_CHECK(c, kept == 1, "code %s shown but not in the database",
		    code);
	} else {
		CHILD_CHECK(c, vt_has_text(c, MSG_STATE_FULL) &&
		    vt_has_text(c, "could not be kept"),
		    "the hand-off says the disk is full");
		printf("hand-off refused: disk full\n");
	}
	quit_cleanly(c);
	umount2(dir, MNT_DETACH);
}

/* The state database is deleted while the kiosk runs: it keeps going,
 * and quits cleanly. */
void
state_deleted(void)
{
	const char *path = scratch_path(0, "state.db");
	const char *args[] = { "--catalog", child_catalog(), "--state", path,
	    "--lang", "en", NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args,
	    .rows = 24, .cols = 80 });
	char side[600];

	CHILD_CHECK(c, vt_wait_text(c, "F10", WAIT), "menu");
	CHILD_CHECK(c, unlink(path) == 0, "state deleted");
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	/* Walk around: search, a language switch, back. */
	vt_key(c, VTERM_KEY_FUNCTION(3));
	CHILD_CHECK(c, vt_wait_text(c, "Type a few letters", WAIT), "search");
	vt_type(c, "apprent");
	CHILD_CHECK(c, vt_wait_text(c, "ADEM", WAIT), "results");
	vt_key(c, VTERM_KEY_FUNCTION(2));
	CHILD_CHECK(c, vt_wait_text(c, "Choisissez votre langue", WAIT),
	    "language screen");
	vt_type(c, "2");
	CHILD_CHECK(c, vt_wait_text(c, tr("fr", "Search"), WAIT), "French");
	vt_key(c, VTERM_KEY_ESCAPE);
	quit_cleanly(c);
}
