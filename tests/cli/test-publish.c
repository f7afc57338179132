/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * orientation admin publish-catalog and install-catalog from a shell
 * (docs/catalog-publishing.md):
 *   - publishing while another process keeps editing the catalog gives
 *     consistent snapshots (each one's service name and revision come
 *     from the same edit), checked, 0644, with the revision printed, and
 *     without the edit history or the counselors' names in its bytes;
 *   - installing refuses a file that is not a catalog, a damaged one, an
 *     older revision, and a catalog whose save is under way, with a clear
 *     message (in French too) and the installed file untouched; a newer
 *     one replaces it by a rename (a reader that had it open goes on
 *     reading the old one), and the same revision changes nothing.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "capture.h"
#include "copy.h"
#include "probe.h"
#include "scratch.h"

/* A counselor's name the edit history holds and no snapshot may. */
#define COUNSELOR "zorbalina"

static char dir[64], master[128], site[128], pub[128], published[160];
static char *out, *err;      /* of the last admin() */
static int failures;
static pid_t editor;          /* the editing process, while it runs */

/* Note a failed check with @what and the last output. */
static void
check(bool ok, const char *what)
{
	if (ok)
		return;
	fprintf(stderr, "check failed: %s\n---- stdout ----\n%s---- stderr "
	    "----\n%s----\n", what, out != NULL ? out : "",
	    err != NULL ? err : "");
	failures++;
}

/* Stop at once: the rest cannot run. */
static void
fatal(const char *what)
{
	fprintf(stderr, "fatal: %s\n", what);
	scratch_keep();
	if (editor > 0)
		kill(editor, SIGKILL);
	exit(1);
}

/* Run `orientation [--lang @lang] --catalog @catalog admin @cmd @arg`;
 * stdout and stderr into out and err.  @return the exit status. */
static int
admin(const char *lang, const char *catalog, const char *cmd, const char *arg)
{
	char state[128], *argv[16];
	int n = 0;

	snprintf(state, sizeof state, "%s/state.db", dir);
	argv[n++] = getenv("ORIENTATION_BIN");
	if (lang != NULL) {
		argv[n++] = (char *)"--lang";
		argv[n++] = (char *)lang;
	}
	argv[n++] = (char *)"--catalog";
	argv[n++] = (char *)catalog;
	argv[n++] = (char *)"--state";
	argv[n++] = state;
	argv[n++] = (char *)"admin";
	argv[n++] = (char *)cmd;
	argv[n++] = (char *)arg;
	argv[n] = NULL;
	free(out);
	free(err);
	return capture_run(argv, NULL, &out, &err);
}

/* Copy the catalog file @from to @to. */
static void
copy_catalog(const char *from, const char *to)
{
	if (copy_file(from, to) != 0) {
		fprintf(stderr, "%s to %s: %s\n", from, to, strerror(errno));
		fatal("copy");
	}
}

/* Whether PRAGMA quick_check of the file @path says "ok". */
static bool
quick_check_ok(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	bool ok = false;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, NULL) ==
	    SQLITE_OK) {
		ok = sqlite3_step(stmt) == SQLITE_ROW &&
		    strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0;
		sqlite3_finalize(stmt);
	}
	sqlite3_close(db);
	return ok;
}

/* How many entries of folder @path start with '.' (temporary files). */
static int
hidden_files(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int n = 0;

	while (d != NULL && (e = readdir(d)) != NULL)
		n += e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 &&
		    strcmp(e->d_name, "..") != 0;
	if (d != NULL)
		closedir(d);
	return n;
}

/* @msgid in @lang, from the built .mo files. */
static const char *
tr(const char *lang, const char *msgid)
{
	const char *d = getenv("ORIENTATION_LOCALEDIR");
	const char *t;

	setlocale(LC_ALL, "C.UTF-8");
	bindtextdomain("orientation", d != NULL ? d : "po");
	bind_textdomain_codeset("orientation", "UTF-8");
	textdomain("orientation");
	setenv("LANGUAGE", lang, 1);
	textdomain(textdomain(NULL));
	t = gettext(msgid);
	/* The programs this test runs choose with --lang. */
	setenv("LANGUAGE", "", 1);
	return t;
}

/*
 * The editor: a counselor's program that saves edit after edit, each in
 * one transaction that renames a service after the revision it makes,
 * bumps the revision and writes a history row, until killed.  Far more
 * often than people save (every 20 ms), but not back to back: a reader
 * waiting for the lock must get a turn, as it does with people.
 */
static pid_t
start_editor(void)
{
	pid_t pid = fork();
	sqlite3 *db;

	if (pid != 0)
		return pid;
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (sqlite3_open(master, &db) != SQLITE_OK)
		_exit(1);
	sqlite3_busy_timeout(db, 60000);
	for (;;) {
		int rc = sqlite3_exec(db, "BEGIN IMMEDIATE; "
		    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
		    "  WHERE key = 'revision'; "
		    "UPDATE service_text SET name = 'Edit ' || (SELECT value FROM "
		    "  meta WHERE key = 'revision') WHERE service_id = "
		    "  'info-handicap'; "
		    "INSERT INTO catalog_history (at, who, item, field) VALUES "
		    "  (1, '" COUNSELOR "', 'service:info-handicap', 'name'); "
		    "COMMIT", NULL, NULL, NULL);

		if (rc != SQLITE_OK)
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		usleep(20 * 1000);
	}
}

/* Publish while the editor edits: every snapshot is one moment. */
static void
publish_while_editing(void)
{
	long first = -1, last = -1;
	struct stat st;
	char expect[64];

	copy_catalog(getenv("ORIENTATION_CATALOG"), master);
	editor = start_editor();
	/* Wait for the first edits, so that every run overlaps some. */
	while (probe_sql_number(master, "SELECT count(*) FROM catalog_history") < 3)
		usleep(10000);
	for (int i = 0; i < 4; i++) {
		long rev, named;

		check(admin(NULL, master, "publish-catalog", pub) == 0,
		    "publish: exit 0");
		rev = probe_sql_number(published, "SELECT CAST(value AS INTEGER) FROM "
		    "meta WHERE key = 'revision'");
		named = probe_sql_number(published, "SELECT CAST(substr(name, 6) AS "
		    "INTEGER) FROM service_text WHERE service_id = "
		    "'info-handicap' AND lang = 'en'");
		check(rev > 0 && rev == named, "revision and name of one edit");
		snprintf(expect, sizeof expect, " %ld ", rev);
		check(strstr(out, expect) != NULL, "the revision printed");
		check(strstr(out, "left out") != NULL, "the history left out");
		check(probe_sql_number(published, "SELECT count(*) FROM "
		    "catalog_history") == 0, "no edit history");
		check(!probe_file_has(published, COUNSELOR),
		    "no counselor's name in the file's bytes");
		check(stat(published, &st) == 0 && (st.st_mode & 0777) == 0644,
		    "mode 0644");
		check(hidden_files(pub) == 0, "no temporary file left");
		if (first < 0)
			first = rev;
		last = rev;
	}
	kill(editor, SIGKILL);
	waitpid(editor, NULL, 0);
	editor = 0;
	check(last > first, "edits went on between the snapshots");
	check(quick_check_ok(published), "quick_check of the last one");
}

/* Whether the file @path is byte for byte the file @ref. */
static bool
same_bytes(const char *path, const char *ref)
{
	char cmd[512];

	snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", path, ref);
	return system(cmd) == 0;
}

/* Installing: refusals leave the site's file alone; newer replaces it. */
static void
install(void)
{
	char junk[128], damaged[128], keep[128], journal[160];
	const char *original = getenv("ORIENTATION_CATALOG");
	long published_rev;
	struct stat st;
	sqlite3 *old;
	FILE *f;

	copy_catalog(original, site);
	snprintf(keep, sizeof keep, "%s/site-before.db", dir);
	copy_catalog(original, keep);
	published_rev = probe_sql_number(published, "SELECT CAST(value AS INTEGER) "
	    "FROM meta WHERE key = 'revision'");

	/* Not a catalog at all. */
	snprintf(junk, sizeof junk, "%s/junk.db", dir);
	f = fopen(junk, "w");
	fputs("not a catalogue\n", f);
	fclose(f);
	check(admin(NULL, site, "install-catalog", junk) == 3, "junk: exit 3");
	check(strstr(err, "damaged or is not a catalogue") != NULL &&
	    strstr(err, "Nothing was changed.") != NULL, "junk: why");
	check(same_bytes(site, keep), "junk: the site's file untouched");
	/* In French. */
	check(admin("fr", site, "install-catalog", junk) == 3, "fr: exit 3");
	check(strstr(err, tr("fr", "The catalogue file is damaged or is not a "
	    "catalogue.")) != NULL && strstr(err, tr("fr",
	    "Nothing was changed.")) != NULL && strstr(err, "Nothing") == NULL,
	    "the message in French");
	/* Missing. */
	check(admin(NULL, site, "install-catalog", "/nonexistent/catalog.db") ==
	    3 && strstr(err, "cannot be opened") != NULL, "missing file");

	/* Damaged: pages in the middle overwritten. */
	snprintf(damaged, sizeof damaged, "%s/damaged.db", dir);
	copy_catalog(published, damaged);
	{
		int fd = open(damaged, O_WRONLY);
		char garbage[16384];

		memset(garbage, 0xA5, sizeof garbage);
		if (fd < 0 || pwrite(fd, garbage, sizeof garbage, 4 << 20) !=
		    (ssize_t)sizeof garbage)
			fatal("damage");
		close(fd);
	}
	check(admin(NULL, site, "install-catalog", damaged) == 3 &&
	    strstr(err, "damaged") != NULL, "damaged: refused");
	check(same_bytes(site, keep), "damaged: the site's file untouched");

	/* A save of the site's catalog under way (its journal is there). */
	snprintf(journal, sizeof journal, "%s-journal", site);
	f = fopen(journal, "w");
	fputs("journal", f);
	fclose(f);
	check(admin(NULL, site, "install-catalog", published) == 3 &&
	    strstr(err, "being saved") != NULL, "busy: refused");
	check(same_bytes(site, keep), "busy: the site's file untouched");
	unlink(journal);

	/* Newer: installed by a rename; a reader of the old file goes on. */
	if (sqlite3_open_v2(site, &old, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		fatal("open the site");
	check(admin(NULL, site, "install-catalog", published) == 0,
	    "newer: exit 0");
	check(strstr(out, "Installed revision") != NULL, "newer: said so");
	check(same_bytes(site, published), "newer: the published file in place");
	check(stat(site, &st) == 0 && (st.st_mode & 0777) == 0644,
	    "newer: mode 0644");
	check(hidden_files(dir) == 0, "newer: no temporary file left");
	{
		sqlite3_stmt *stmt;
		long rev = -1;

		if (sqlite3_prepare_v2(old, "SELECT CAST(value AS INTEGER) FROM "
		    "meta WHERE key = 'revision'", -1, &stmt, NULL) == SQLITE_OK &&
		    sqlite3_step(stmt) == SQLITE_ROW)
			rev = (long)sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
		check(rev == 0, "a reader of the old file still reads it whole");
	}
	sqlite3_close(old);
	check(probe_sql_number(site, "SELECT CAST(value AS INTEGER) FROM meta WHERE "
	    "key = 'revision'") == published_rev, "newer: its revision");

	/* The same revision again: nothing to do, not an error. */
	check(admin(NULL, site, "install-catalog", published) == 0 &&
	    strstr(out, "already") != NULL, "same revision: nothing done");
	/* Older: the bundled catalog, revision 0. */
	check(admin(NULL, site, "install-catalog", original) == 3 &&
	    strstr(err, "older") != NULL, "older: refused");
	check(same_bytes(site, published), "older: the site's file untouched");
}

/* Publishing into a folder that is not there, or over the catalog. */
static void
publish_refusals(void)
{
	char self[128];

	check(admin(NULL, master, "publish-catalog", "/nonexistent/folder") ==
	    3 && strstr(err, "cannot be written") != NULL, "no such folder");
	snprintf(self, sizeof self, "%s/self", dir);
	mkdir(self, 0700);
	snprintf(self, sizeof self, "%s/self/catalog.db", dir);
	copy_catalog(master, self);
	snprintf(self, sizeof self, "%s/self", dir);
	{
		char path[160];

		snprintf(path, sizeof path, "%s/catalog.db", self);
		check(admin(NULL, path, "publish-catalog", self) == 2 &&
		    strstr(err, "catalogue itself") != NULL,
		    "not over its own source");
	}
	check(admin(NULL, master, "publish-catalog", NULL) == 2,
	    "no folder: usage");
	check(admin(NULL, master, "help", NULL) == 0 &&
	    strstr(out, "publish-catalog DIR") != NULL &&
	    strstr(out, "install-catalog FILE") != NULL, "in the help");
}

int
main(void)
{
	/* Removed at exit, kept (and said where) after a failed check. */
	if (scratch_dir(dir, sizeof dir, "publish") != 0 ||
	    getenv("ORIENTATION_BIN") == NULL ||
	    getenv("ORIENTATION_CATALOG") == NULL)
		return 1;
	snprintf(master, sizeof master, "%s/master.db", dir);
	snprintf(site, sizeof site, "%s/site.db", dir);
	snprintf(pub, sizeof pub, "%s/published", dir);
	snprintf(published, sizeof published, "%s/catalog.db", pub);
	if (mkdir(pub, 0700) != 0)
		return 1;

	publish_while_editing();
	install();
	publish_refusals();
	if (failures != 0)
		scratch_keep();
	return failures == 0 ? 0 : 1;
}
