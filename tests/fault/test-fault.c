/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests: the kiosk under bad conditions.  In every case the program
 * must give one clear line (in the visitor's language) and a clean
 * non-zero exit, or keep running; never crash, never touch a file it could
 * not read.  Standard error is a pipe apart from the terminal, so the tests
 * see exactly what was printed, and a sanitizer report fails them too.
 *
 *   test-fault SCENARIO     (exit 0 passed, 1 failed, 77 skipped)
 *
 * Permissions do not bind root, and tests often run as root: the
 * read-only cases then run the program as the user nobody (uid 65534) on
 * files owned by nobody, which works the same for root and for anyone
 * else (from copies of the program and catalog if the build tree is closed
 * to nobody; skipped if root here cannot change user).  "Disk full" mounts
 * a small tmpfs in a private mount namespace (as root, or as a user through
 * a user namespace, like `unshare -rm`) and fills it; where neither is
 * allowed it is skipped.  Each scenario prints how the program ended.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
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
#include "child.h"
#include "copy.h"
#include "probe.h"
#include "store/account.h"
#include "store/state.h"
#include "store/tokenizer.h"   /* the search index needs it */
#include "scenario.h"   /* tr() */

#define WAIT 20000         /* ms before giving up on what should come */
#define BUSY_MS 5000       /* the program's busy timeout (store/db.h) */
#define NOBODY 65534

/* The messages of src/util/status.h and src/ui/app.c, as msgids. */
#define MSG_CATALOG_OPEN "The catalogue cannot be opened."
#define MSG_CATALOG_NOT_DB "The catalogue file is damaged or is not a catalogue."
#define MSG_CATALOG_VERSION \
	"The catalogue was made for a newer version of this program."
#define MSG_CATALOG_UNFINISHED "A change to the catalogue was interrupted; " \
	"start orientation once with write access to the catalogue to repair it."
#define MSG_STATE_OPEN "The results database cannot be opened or created."
#define MSG_STATE_NOT_DB "The results file is damaged or is not a database; " \
	"it was left untouched."
#define MSG_STATE_VERSION \
	"The results database was made by a newer version of this program."
#define MSG_STATE_READONLY "The results database is read-only."
#define MSG_STATE_BUSY "The results database is busy; please try again."
#define MSG_STATE_DAMAGED "The results database is damaged: results cannot " \
	"be kept or opened now."
#define MSG_STATE_IN_USE "The results database is in use: stop every kiosk " \
	"and counsellor program on this machine first."
#define MSG_COUNSELOR_DAMAGED "The results database is damaged: nothing new " \
	"can be kept. Ask an administrator to run 'orientation admin check'."
#define MSG_KIOSK_DAMAGED "Results cannot be kept at this kiosk now. Please " \
	"ask at the desk."
#define MSG_CODE_DAMAGED "Damaged results database: the results under this " \
	"code cannot be read (not counted as a wrong code). Ask an administrator."
#define MSG_CODE_NOT_FOUND "No results are kept under this code. Check it, " \
	"or ask at the desk."
#define MSG_NOT_KEPT "Your results could not be kept. Please ask at the desk."
#define MSG_STATE_FULL "The disk is full; nothing could be saved."
#define MSG_NO_TTY "This program needs a terminal: run it in a terminal window."
#define MSG_TERM "The terminal type is not set or cannot draw screens (TERM). " \
	"Try TERM=xterm-256color or TERM=linux."
#define MSG_TERM_UNKNOWN "This terminal type is unknown (TERM). " \
	"Try TERM=xterm-256color or TERM=linux."
#define MSG_TOO_SMALL "This window is too small. Please make it at least " \
	"80 columns wide and 24 rows high."

/* ------------------------------------------------------------ helpers */

/* A path in the scratch folder; static buffer, one at a time per slot. */
static const char *
scratch_path(int slot, const char *name)
{
	static char buf[4][512];

	snprintf(buf[slot], sizeof buf[slot], "%s/%s", child_scratch(), name);
	return buf[slot];
}

/* Write @len bytes of @data to a new file @path. */
static void
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		perror(path);
		exit(1);
	}
}

/* Whether @path exists. */
static bool
exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

/* @n pseudo-random bytes, fixed seed: a failure can be replayed. */
static void
junk_bytes(unsigned char *p, size_t n, unsigned seed)
{
	srand(seed);
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(rand() >> 7);
}

/* Run SQL @sql on the database @path from the test process. */
static void
sql_exec(const char *path, const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "%s: %s: %s\n", path, sql, sqlite3_errmsg(db));
		exit(1);
	}
	sqlite3_close(db);
}

/* Check that file @path still holds the @len bytes of @before. */
static void
check_same(const char *path, const void *before, size_t len, const char *what)
{
	size_t now_len;
	char *now = capture_file(path, &now_len);

	CHILD_CHECK(NULL, before != NULL && now != NULL && now_len == len &&
	    memcmp(now, before, len) == 0, "%s untouched", what);
	free(now);
}

/*
 * Check that stderr is exactly one line "orientation: ...", holding
 * @want; anything else (a second line, a sanitizer report) fails.
 */
static void
check_one_line(struct vt *c, const char *want)
{
	const char *err = vt_stderr(c);
	const char *nl = strchr(err, '\n');

	CHILD_CHECK(c, strncmp(err, "orientation: ", 13) == 0,
	    "stderr starts with the program name");
	CHILD_CHECK(c, nl != NULL && nl[1] == '\0', "exactly one line on stderr");
	CHILD_CHECK(c, strstr(err, want) != NULL, "message \"%s\"", want);
}

static struct timespec started;   /* when the last child started */

/* Start a child and note the time. */
static struct vt *
spawn(const struct child_opts *o)
{
	clock_gettime(CLOCK_MONOTONIC, &started);
	return child_spawn(o);
}

/* Say how the program ended (the test log keeps it). */
static void
report(struct vt *c, int rc)
{
	struct timespec t1;
	long ms;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - started.tv_sec) * 1000 +
	    (t1.tv_nsec - started.tv_nsec) / 1000000;
	if (rc == -1)
		printf("still running after %ld ms; stderr: %s", ms,
		    vt_stderr(c)[0] != '\0' ? vt_stderr(c) : "(nothing)\n");
	else
		printf("ended after %ld ms with %s %d; stderr: %s", ms,
		    rc >= 128 ? "signal" : "exit code", rc >= 128 ? rc - 128 : rc,
		    vt_stderr(c)[0] != '\0' ? vt_stderr(c) : "(nothing)\n");
	fflush(stdout);
}

/* Check that nothing was drawn on the terminal: curses never started
 * (called once the program has ended and all it wrote is read). */
static void
check_blank(struct vt *c)
{
	for (int r = 0; r < 24; r++)
		CHILD_CHECK(c, vt_row(c, r)[0] == '\0',
		    "terminal row %d is blank", r);
}

/* Press F10: the program must end with 0 and print nothing on stderr.
 * Frees @c. */
static void
quit_cleanly(struct vt *c)
{
	int rc;

	vt_key(c, VTERM_KEY_FUNCTION(10));
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc == 0, "F10 quits with 0, got %d", rc);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	vt_free(c);
}

/*
 * Run the program with @args on an 80x24 terminal, with @extra_env (one
 * "NAME=VALUE" or "NAME" to unset, or NULL) besides LANGUAGE=@lang, and
 * expect it to stop before the screen with exit code 3 and the one line
 * @want (in @lang).
 */
static void
expect_refusal_env(const char *const *args, const char *extra_env,
    const char *lang, const char *want, bool as_nobody, int ms)
{
	char langvar[32];
	const char *env[] = { langvar, extra_env, NULL };
	struct vt *c;
	int rc;

	snprintf(langvar, sizeof langvar, "LANGUAGE=%s", lang);
	c = spawn(&(struct child_opts){ .args = args, .env = env,
	    .rows = 24, .cols = 80, .as_nobody = as_nobody });
	rc = vt_wait_exit(c, ms);
	report(c, rc);
	CHILD_CHECK(c, rc == 3, "exit code 3, got %d", rc);
	check_one_line(c, tr(lang, want));
	check_blank(c);
	vt_free(c);
}

/* The same with no other change to the environment. */
static void
expect_refusal(const char *const *args, const char *lang, const char *want,
    bool as_nobody, int ms)
{
	expect_refusal_env(args, NULL, lang, want, as_nobody, ms);
}

/* Make a good state database at @path, of the program's own version:
 * the program creates it, then stops for want of a terminal. */
static void
make_state(const char *path)
{
	const char *args[] = { "--catalog", child_catalog(), "--state", path,
	    NULL };
	struct vt *c = child_spawn(&(struct child_opts){ .args = args });
	int rc = vt_wait_exit(c, WAIT);

	CHILD_CHECK(c, rc == 3 && strstr(vt_stderr(c), MSG_NO_TTY) != NULL,
	    "state database made");
	vt_free(c);
	CHILD_CHECK(NULL, exists(path), "%s exists", path);
}

/* Whether the test may make files bind a child: as root, only by
 * running the child as nobody. */
static bool
need_nobody(void)
{
	return geteuid() == 0;
}

/* The suppressions file named in $LSAN_OPTIONS, or NULL; static. */
static const char *
lsan_suppressions(void)
{
	static char path[512];
	const char *opts = getenv("LSAN_OPTIONS"), *p;

	if (opts == NULL)
		return NULL;
	/* The option itself, not print_suppressions=. */
	for (p = opts; (p = strstr(p, "suppressions=")) != NULL; p++)
		if (p == opts || p[-1] == ':')
			break;
	if (p == NULL)
		return NULL;
	p += strlen("suppressions=");
	snprintf(path, sizeof path, "%.*s", (int)strcspn(p, ":"), p);
	return path;
}

/* Whether a child running as nobody can run the program and read the
 * catalog and the suppressions: 0 yes, 1 cannot become nobody, 2 no. */
static int
probe_nobody(void)
{
	const char *supp = lsan_suppressions();
	int status = 0;
	pid_t pid;

	fflush(NULL);
	if ((pid = fork()) == 0) {
		if (setgroups(0, NULL) != 0 || setgid(NOBODY) != 0 ||
		    setuid(NOBODY) != 0)
			_exit(1);
		_exit(access(child_program(), X_OK) == 0 &&
		    access(child_catalog(), R_OK) == 0 &&
		    (getenv("ORIENTATION_LOCALEDIR") == NULL ||
		    access(getenv("ORIENTATION_LOCALEDIR"), R_OK | X_OK) == 0) &&
		    (supp == NULL || access(supp, R_OK) == 0) ? 0 : 2);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 1;
	return WEXITSTATUS(status);
}

/*
 * Copy the translations (ORIENTATION_LOCALEDIR/LANG/LC_MESSAGES/
 * orientation.mo) to the scratch folder and point ORIENTATION_LOCALEDIR
 * there, so that a child running as nobody speaks the test's language.
 */
static void
copy_locales(void)
{
	const char *from = getenv("ORIENTATION_LOCALEDIR");
	char to[512], src[1024], dst[1024];
	struct dirent *e;
	DIR *dir;

	if (from == NULL || (dir = opendir(from)) == NULL)
		return;
	snprintf(to, sizeof to, "%s", scratch_path(2, "locale"));
	mkdir(to, 0755);
	while ((e = readdir(dir)) != NULL) {
		snprintf(src, sizeof src, "%s/%s/LC_MESSAGES/orientation.mo", from,
		    e->d_name);
		if (e->d_name[0] == '.' || !exists(src))
			continue;
		snprintf(dst, sizeof dst, "%s/%s", to, e->d_name);
		mkdir(dst, 0755);
		snprintf(dst, sizeof dst, "%s/%s/LC_MESSAGES", to, e->d_name);
		mkdir(dst, 0755);
		snprintf(dst, sizeof dst, "%s/%s/LC_MESSAGES/orientation.mo", to,
		    e->d_name);
		CHILD_CHECK(NULL, copy_file(src, dst) == 0, "%s", strerror(errno));
		chmod(dst, 0644);
	}
	closedir(dir);
	setenv("ORIENTATION_LOCALEDIR", to, 1);
}

/*
 * Before running the program as nobody: skip if this root cannot change
 * user (a restricted container), and when the build tree is closed to
 * nobody (say, under /root) run copies of the program, the catalog
 * and the translations from the scratch folder instead.
 */
static void
prepare_nobody(void)
{
	const char *supp;
	int r;

	if (!need_nobody() || (r = probe_nobody()) == 0)
		return;
	if (r == 1) {
		fprintf(stderr, "skip: root here cannot run a process as nobody\n");
		exit(CHILD_SKIP);
	}
	CHILD_CHECK(NULL, copy_file(child_program(),
	    scratch_path(2, "orientation")) == 0, "%s", strerror(errno));
	chmod(scratch_path(2, "orientation"), 0755);
	setenv("ORIENTATION_BIN", scratch_path(2, "orientation"), 1);
	CHILD_CHECK(NULL, copy_file(child_catalog(),
	    scratch_path(2, "catalog-copy.db")) == 0, "%s", strerror(errno));
	chmod(scratch_path(2, "catalog-copy.db"), 0644);
	setenv("ORIENTATION_CATALOG", scratch_path(2, "catalog-copy.db"), 1);
	copy_locales();
	if ((supp = lsan_suppressions()) != NULL) {
		char opts[1024];
		const char *old = getenv("LSAN_OPTIONS");
		const char *at = strstr(old, supp);   /* the value, not a name */

		CHILD_CHECK(NULL, copy_file(supp,
		    scratch_path(2, "lsan.supp")) == 0, "%s", strerror(errno));
		chmod(scratch_path(2, "lsan.supp"), 0644);
		snprintf(opts, sizeof opts, "%.*s%s%s", (int)(at - old), old,
		    scratch_path(2, "lsan.supp"), at + strlen(supp));
		setenv("LSAN_OPTIONS", opts, 1);
	}
	if (probe_nobody() != 0) {
		fprintf(stderr, "skip: nobody cannot run the program here\n");
		exit(CHILD_SKIP);
	}
	printf("the build tree is closed to nobody: running copies\n");
}

/* Give @path to nobody when the child will run as nobody. */
static void
give_to_nobody(const char *path)
{
	if (need_nobody() && chown(path, NOBODY, NOBODY) != 0) {
		perror(path);
		exit(1);
	}
}

/* The arguments for catalog @cat and state @state. */
#define ARGS(cat, state) \
	((const char *const[]){ "--catalog", (cat), "--state", (state), NULL })

/* ------------------------------------------------------ state database */

/* A file of random bytes is reported and left as it was. */
static void
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
static void
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
static void
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
static void
state_newer(void)
{
	const char *path = scratch_path(0, "state.db");
	size_t len;
	char *before;

	make_state(path);
	sql_exec(path, "PRAGMA user_version = 99");
	before = capture_file(path, &len);
	expect_refusal(ARGS(child_catalog(), path), "de", MSG_STATE_VERSION,
	    false, WAIT);
	check_same(path, before, len, "file");
	free(before);
}

/* Answer the short form and ask for a hand-off code (English). */
static void
short_form_and_keep(struct vt *c)
{
	char q[64];

	vt_click(c, vt_find_row(c, "Discover my interests"), 10);
	CHILD_CHECK(c, vt_wait_text(c, "Short form: 30 questions", WAIT),
	    "questionnaire intro");
	vt_type(c, "1");
	for (int i = 0; i < 30; i++) {
		snprintf(q, sizeof q, "Question %d of %d", i + 1, 30);
		CHILD_CHECK(c, vt_wait_text(c, q, WAIT), "question %d", i + 1);
		vt_type(c, i % 6 == 3 ? "5" : "2");
	}
	CHILD_CHECK(c, vt_wait_text(c, "Keep my results for a counsellor", WAIT),
	    "profile");
	vt_click(c, vt_find_row(c, "Keep my results for a counsellor"), 10);
	CHILD_CHECK(c, vt_has_text(c, "Your code for the counsellor:") ||
	    vt_has_text(c, "could not be kept"), "hand-off screen");
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
static void
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
static void
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
static void
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
static void
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
static void
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
static void
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
static void
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

/* ------------------------------------------------------------ catalog */

/* No catalog file: refused, and no state file is made. */
static void
catalog_missing(void)
{
	const char *state = scratch_path(1, "state.db");

	expect_refusal(ARGS(scratch_path(0, "no-such-catalog.db"), state), "en",
	    MSG_CATALOG_OPEN, false, WAIT);
	CHILD_CHECK(NULL, !exists(state), "no state file made");
}

/* The first 4096 bytes of the real catalog. */
static void
catalog_truncated(void)
{
	const char *cat = scratch_path(0, "catalog.db");

	CHILD_CHECK(NULL, copy_file_head(child_catalog(), cat, 4096) == 0, "%s",
	    strerror(errno));
	expect_refusal(ARGS(cat, scratch_path(1, "state.db")), "en",
	    MSG_CATALOG_NOT_DB, false, WAIT);
}

/* Half of the real catalog: the header and schema are there, the
 * tables end early. */
static void
catalog_half(void)
{
	const char *cat = scratch_path(0, "catalog.db");
	struct stat sb;

	CHILD_CHECK(NULL, stat(child_catalog(), &sb) == 0, "catalog");
	CHILD_CHECK(NULL, copy_file_head(child_catalog(), cat,
	    (size_t)sb.st_size / 2) == 0, "%s", strerror(errno));
	expect_refusal(ARGS(cat, scratch_path(1, "state.db")), "en",
	    MSG_CATALOG_NOT_DB, false, WAIT);
}

/* A catalog of a newer schema version; the message in Dutch. */
static void
catalog_newer(void)
{
	const char *cat = scratch_path(0, "catalog.db");

	CHILD_CHECK(NULL, copy_file(child_catalog(), cat) == 0, "%s",
	    strerror(errno));
	sql_exec(cat, "PRAGMA user_version = 99");
	expect_refusal(ARGS(cat, scratch_path(1, "state.db")), "nl",
	    MSG_CATALOG_VERSION, false, WAIT);
	CHILD_CHECK(NULL, strcmp(tr("nl", MSG_CATALOG_VERSION),
	    MSG_CATALOG_VERSION) != 0, "the message has a Dutch translation");
}

/* A SQLite file of the right version that is not a catalog. */
static void
catalog_wrong_db(void)
{
	const char *cat = scratch_path(0, "other.db");

	sql_exec(cat, "CREATE TABLE t (x); PRAGMA user_version = 1");
	expect_refusal(ARGS(cat, scratch_path(1, "state.db")), "en",
	    MSG_CATALOG_NOT_DB, false, WAIT);
}

/*
 * Leave a hot rollback journal beside the catalog @cat, as a counselor's
 * program killed in the middle of saving a big change would: a child
 * process changes more than its page cache holds and dies without
 * committing; @journal is where SQLite keeps the journal.
 */
static void
make_hot_journal(const char *cat, const char *journal)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		sqlite3 *db;

		if (sqlite3_open(cat, &db) != SQLITE_OK ||
		    tokenizer_register(db) != SQLITE_OK ||
		    sqlite3_exec(db, "PRAGMA cache_size = 10; BEGIN; "
		    "DELETE FROM search; UPDATE meta SET value = 'half-done'",
		    NULL, NULL, NULL) != SQLITE_OK)
			_exit(1);
		_exit(0);   /* no COMMIT, no close */
	}
	CHILD_CHECK(NULL, pid > 0 && waitpid(pid, &status, 0) == pid &&
	    WIFEXITED(status) && WEXITSTATUS(status) == 0, "half-done change");
	CHILD_CHECK(NULL, exists(journal), "a journal is left behind");
}

/* Rows of the full-text index in @cat, as the test process reads them. */
static int
search_rows(const char *cat)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = -1;

	if (sqlite3_open_v2(cat, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    tokenizer_register(db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM search", -1, &st,
	    NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return n;
}

/*
 * A counselor's save died half-way and the kiosk may write the catalog
 * file: the program rolls the change back, starts, and finds what the
 * catalog held before.
 */
static void
catalog_hot_journal(void)
{
	const char *cat = scratch_path(0, "catalog.db");
	const char *journal = scratch_path(1, "catalog.db-journal");
	const char *args[] = { "--catalog", cat, "--state",
	    scratch_path(2, "state.db"), "--lang", "en", NULL };
	int before;
	struct vt *c;

	CHILD_CHECK(NULL, copy_file(child_catalog(), cat) == 0, "%s",
	    strerror(errno));
	before = search_rows(cat);
	make_hot_journal(cat, journal);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80 });
	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "menu");
	vt_type(c, "/");
	CHILD_CHECK(c, vt_wait_text(c, "Search", WAIT), "search screen");
	vt_type(c, "adem");
	CHILD_CHECK(c, vt_wait_text(c, "ADEM", WAIT),
	    "search finds ADEM after the roll-back");
	quit_cleanly(c);
	CHILD_CHECK(NULL, !exists(journal), "the journal was rolled back");
	CHILD_CHECK(NULL, before > 0 && search_rows(cat) == before,
	    "the index is whole again (%d rows, was %d)", search_rows(cat),
	    before);
}

/*
 * The same, but the kiosk may only read the catalog (its usual install):
 * it cannot repair it, so it says what to do, in German here, and leaves
 * both files as they are.
 */
static void
catalog_hot_journal_readonly(void)
{
	const char *dir = scratch_path(0, "ro-cat");
	const char *cat = scratch_path(1, "ro-cat/catalog.db");
	const char *journal = scratch_path(2, "ro-cat/catalog.db-journal");
	const char *state = scratch_path(3, "state.db");
	size_t len;
	char *before;

	prepare_nobody();
	mkdir(dir, 0755);
	CHILD_CHECK(NULL, copy_file(child_catalog(), cat) == 0, "%s",
	    strerror(errno));
	make_hot_journal(cat, journal);
	give_to_nobody(dir);
	give_to_nobody(cat);
	give_to_nobody(journal);
	chmod(cat, 0444);
	chmod(journal, 0444);
	chmod(dir, 0555);
	before = capture_file(journal, &len);
	expect_refusal(ARGS(cat, state), "de", MSG_CATALOG_UNFINISHED,
	    need_nobody(), WAIT);
	CHILD_CHECK(NULL, strcmp(tr("de", MSG_CATALOG_UNFINISHED),
	    MSG_CATALOG_UNFINISHED) != 0, "the message has a German translation");
	check_same(journal, before, len, "the journal");
	free(before);
}

/*
 * A counselor's save dies half-way while a kiosk that may only read the
 * catalog is running: every read of the catalog is refused from then on.
 * The kiosk must not stop or crash: a search finds nothing, the visitor
 * can still leave, and nothing is printed over the screen.
 */
static void
catalog_hot_journal_running(void)
{
	const char *dir = scratch_path(0, "ro-run");
	const char *cat = scratch_path(1, "ro-run/catalog.db");
	const char *journal = scratch_path(2, "ro-run/catalog.db-journal");
	const char *args[] = { "--catalog", cat, "--state", NULL, "--lang",
	    "en", NULL };
	struct vt *c;

	prepare_nobody();
	mkdir(dir, 0755);
	/* The state in a folder of its own that the program may write. */
	mkdir(scratch_path(3, "ro-run-state"), 0755);
	give_to_nobody(scratch_path(3, "ro-run-state"));
	args[3] = scratch_path(3, "ro-run-state/state.db");
	CHILD_CHECK(NULL, copy_file(child_catalog(), cat) == 0, "%s",
	    strerror(errno));
	chmod(cat, 0444);
	chmod(dir, 0555);
	c = spawn(&(struct child_opts){ .args = args, .rows = 24, .cols = 80,
	    .as_nobody = need_nobody() });
	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "menu");

	chmod(dir, 0755);
	chmod(cat, 0644);
	make_hot_journal(cat, journal);
	chmod(cat, 0444);
	chmod(dir, 0555);

	vt_type(c, "/");
	CHILD_CHECK(c, vt_wait_text(c, "Type a few letters", WAIT), "search");
	vt_type(c, "adem");
	CHILD_CHECK(c, vt_wait_text(c, "Nothing found", WAIT),
	    "the search says it found nothing");
	CHILD_CHECK(c, vt_wait_text(c, "The catalogue cannot be read at the "
	    "moment", WAIT), "and says why");
	vt_key(c, VTERM_KEY_ESCAPE);
	vt_type(c, "5");
	CHILD_CHECK(c, vt_wait_text(c, "What is your question?", WAIT),
	    "services screen");
	quit_cleanly(c);
	CHILD_CHECK(NULL, exists(journal), "the journal is still there");
}

/* ----------------------------------------------------------- terminal */

/* The kiosk at its main menu on an 80x24 terminal; @kiosk locks it (no
 * quit key, no staff PIN configured); @block_sighup as in child_opts. */
static struct vt *
start_menu(bool kiosk, bool block_sighup)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), "--lang", "en",
	    kiosk ? "--kiosk" : NULL, NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args,
	    .rows = 24, .cols = 80, .block_sighup = block_sighup });

	CHILD_CHECK(c, vt_wait_text(c, "Main menu", WAIT), "menu");
	return c;
}

/* The line hangs up (the terminal window is closed): the program ends
 * by itself, without a crash. */
static void
term_hangup(void)
{
	struct vt *c = start_menu(false, false);
	int rc;

	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	vt_free(c);
}

/* The same for a locked kiosk, where no key quits. */
static void
term_hangup_kiosk(void)
{
	struct vt *c = start_menu(true, false);
	int rc;

	CHILD_CHECK(c, !vt_has_text(c, "F10"), "locked: no quit key");
	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	vt_free(c);
}

/* CPU time of process @pid so far in ms (the scheduler's count), or -1. */
static double
cpu_ms(pid_t pid)
{
	char path[64];
	unsigned long long ns;
	FILE *f;
	double ms = -1;

	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	if ((f = fopen(path, "r")) != NULL) {
		if (fscanf(f, "%llu", &ns) == 1)
			ms = (double)ns / 1e6;
		fclose(f);
	}
	return ms;
}

/* A hang-up that brings no SIGHUP (the signal blocked from the start):
 * the terminal reads end of file or EIO, and the program must notice
 * that too, not spin on it. */
static void
term_hangup_nosignal(void)
{
	struct vt *c = start_menu(false, true);
	double cpu0 = cpu_ms(vt_pid(c));
	int rc;

	vt_hangup(c);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after the hang-up, having used "
	    "%.0f ms of CPU in those %d ms", cpu_ms(vt_pid(c)) - cpu0, WAIT);
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	vt_free(c);
}

/* SIGHUP while the terminal is still there: ends and gives the terminal
 * back (the alternate screen is left). */
static void
term_sighup(void)
{
	struct vt *c = start_menu(false, false);
	int rc;

	kill(vt_pid(c), SIGHUP);
	rc = vt_wait_exit(c, WAIT);
	report(c, rc);
	CHILD_CHECK(c, rc != -1, "still running after SIGHUP");
	CHILD_CHECK(c, rc < 128, "killed by signal %d", rc - 128);
	CHILD_CHECK(c, vt_stderr(c)[0] == '\0', "nothing on stderr");
	CHILD_CHECK(c, !vt_has_text(c, "F10"), "the menu is gone");
	vt_free(c);
}

/* Collapse white space runs to single blanks, in place. */
static void
squeeze(char *s)
{
	char *w = s;
	bool blank = false;

	for (char *p = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\n') {
			blank = w > s;
			continue;
		}
		if (blank)
			*w++ = ' ';
		blank = false;
		*w++ = *p;
	}
	*w = '\0';
}

/* A 20x5 terminal: only the size message, in the visitor's language,
 * and nothing else; F10 still quits. */
static void
term_tiny(void)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), "--lang", "de", NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args,
	    .rows = 5, .cols = 20 });
	char msg[512], word[64];
	int shown = 0;

	snprintf(msg, sizeof msg, "%s (20×5)", tr("de", MSG_TOO_SMALL));
	CHILD_CHECK(c, strcmp(tr("de", MSG_TOO_SMALL), MSG_TOO_SMALL) != 0,
	    "German message");
	sscanf(msg, "%63s", word);
	CHILD_CHECK(c, vt_wait_text(c, word, WAIT), "size message");
	squeeze(msg);
	for (int r = 0; r < 5; r++) {
		char row[512];

		snprintf(row, sizeof row, "%s", vt_row(c, r));
		squeeze(row);
		/* Every row is a piece of the message: no garbage. */
		CHILD_CHECK(c, row[0] == '\0' || strstr(msg, row) != NULL,
		    "row %d \"%s\" is not part of the message", r, row);
		shown += row[0] != '\0';
	}
	CHILD_CHECK(c, shown >= 3, "message on %d rows", shown);
	quit_cleanly(c);
}

/* TERM=dumb: a terminal that cannot draw screens; message in French. */
static void
term_dumb(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM=dumb", "fr", MSG_TERM, false, WAIT);
	CHILD_CHECK(NULL, strcmp(tr("fr", MSG_TERM), MSG_TERM) != 0, "French");
}

/* No TERM at all. */
static void
term_unset(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM", "en", MSG_TERM, false, WAIT);
}

/* A TERM the terminfo database does not know. */
static void
term_unknown(void)
{
	expect_refusal_env(ARGS(child_catalog(), scratch_path(0, "state.db")),
	    "TERM=no-such-terminal-9000", "en", MSG_TERM_UNKNOWN, false, WAIT);
}

/* No terminal at all: stdin from /dev/null, stdout a pipe, no
 * controlling terminal.  Exit code 3, one line, no escape sequences. */
static void
term_none(void)
{
	const char *args[] = { "--catalog", child_catalog(), "--state",
	    scratch_path(0, "state.db"), NULL };
	struct vt *c = spawn(&(struct child_opts){ .args = args });
	int rc = vt_wait_exit(c, WAIT);

	report(c, rc);
	CHILD_CHECK(c, rc == 3, "exit code 3, got %d", rc);
	check_one_line(c, MSG_NO_TTY);
	CHILD_CHECK(c, vt_stdout(c)[0] == '\0', "nothing on stdout");
	vt_free(c);
}

/* ------------------------------------------------- damaged state file */

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
static void
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
static void
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
static void
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
static void
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
static void
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
	sql_exec(path, "DELETE FROM handoff");
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

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*fn)(void);
	} scenarios[] = {
		{ "state-random", state_random },
		{ "state-corrupt", state_corrupt },
		{ "state-not-sqlite", state_not_sqlite },
		{ "state-newer", state_newer },
		{ "state-readonly-file-start", state_readonly_file_start },
		{ "state-readonly-dir", state_readonly_dir },
		{ "state-readonly-dir-existing", state_readonly_dir_existing },
		{ "state-locked", state_locked },
		{ "state-disk-full", state_disk_full },
		{ "state-disk-full-handoff", state_disk_full_handoff },
		{ "state-deleted", state_deleted },
		{ "catalog-missing", catalog_missing },
		{ "catalog-truncated", catalog_truncated },
		{ "catalog-half", catalog_half },
		{ "catalog-newer", catalog_newer },
		{ "catalog-wrong-db", catalog_wrong_db },
		{ "catalog-hot-journal", catalog_hot_journal },
		{ "catalog-hot-journal-readonly", catalog_hot_journal_readonly },
		{ "catalog-hot-journal-running", catalog_hot_journal_running },
		{ "term-hangup", term_hangup },
		{ "term-hangup-kiosk", term_hangup_kiosk },
		{ "term-hangup-nosignal", term_hangup_nosignal },
		{ "term-sighup", term_sighup },
		{ "term-tiny", term_tiny },
		{ "term-dumb", term_dumb },
		{ "term-unset", term_unset },
		{ "term-unknown", term_unknown },
		{ "term-none", term_none },
		{ "state-damaged-handoff", state_damaged_handoff },
		{ "state-damaged-answers", state_damaged_answers },
		{ "state-damaged-kiosk", state_damaged_kiosk },
		{ "admin-check", admin_check },
		{ "admin-backup-restore", admin_backup_restore },
	};

	signal(SIGPIPE, SIG_IGN);
	for (size_t i = 0; argc == 2 && i < sizeof scenarios / sizeof scenarios[0]; i++) {
		if (strcmp(argv[1], scenarios[i].name) == 0) {
			scenarios[i].fn();
			return 0;
		}
	}
	fprintf(stderr, "usage: test-fault SCENARIO\n");
	return 2;
}
