/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fault tests share (see fault.h). */
#include "fault.h"

#include <dirent.h>
#include <errno.h>
#include <grp.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "copy.h"

const char *
scratch_path(int slot, const char *name)
{
	static char buf[4][512];

	snprintf(buf[slot], sizeof buf[slot], "%s/%s", child_scratch(), name);
	return buf[slot];
}

void
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		perror(path);
		exit(1);
	}
}

bool
exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

void
junk_bytes(unsigned char *p, size_t n, unsigned seed)
{
	srand(seed);
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(rand() >> 7);
}

void
exec_sql(const char *path, const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "%s: %s: %s\n", path, sql, sqlite3_errmsg(db));
		exit(1);
	}
	sqlite3_close(db);
}

void
check_same(const char *path, const void *before, size_t len, const char *what)
{
	size_t now_len;
	char *now = capture_file(path, &now_len);

	CHILD_CHECK(NULL, before != NULL && now != NULL && now_len == len &&
	    memcmp(now, before, len) == 0, "%s untouched", what);
	free(now);
}

void
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

struct vt *
spawn(const struct child_opts *o)
{
	clock_gettime(CLOCK_MONOTONIC, &started);
	return child_spawn(o);
}

void
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

void
check_blank(struct vt *c)
{
	for (int r = 0; r < 24; r++)
		CHILD_CHECK(c, vt_row(c, r)[0] == '\0',
		    "terminal row %d is blank", r);
}

void
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

void
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

void
expect_refusal(const char *const *args, const char *lang, const char *want,
    bool as_nobody, int ms)
{
	expect_refusal_env(args, NULL, lang, want, as_nobody, ms);
}

void
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

bool
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

void
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

void
give_to_nobody(const char *path)
{
	if (need_nobody() && chown(path, NOBODY, NOBODY) != 0) {
		perror(path);
		exit(1);
	}
}

void
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

