/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Fault tests of the catalog: missing, truncated, half written, newer,
 * another database, and a change to it interrupted (a hot journal) with
 * the catalog writable, read-only, or while a kiosk has it open.  Run by
 * test-fault.c (fault.h).
 */
#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "capture.h"
#include "copy.h"
#include "fault.h"
#include "store/tokenizer.h"   /* the search index needs it */

/* No catalog file: refused, and no state file is made. */
void
catalog_missing(void)
{
	const char *state = scratch_path(1, "state.db");

	expect_refusal(ARGS(scratch_path(0, "no-such-catalog.db"), state), "en",
	    MSG_CATALOG_OPEN, false, WAIT);
	CHILD_CHECK(NULL, !exists(state), "no state file made");
}

/* The first 4096 bytes of the real catalog. */
void
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
void
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
void
catalog_newer(void)
{
	const char *cat = scratch_path(0, "catalog.db");

	CHILD_CHECK(NULL, copy_file(child_catalog(), cat) == 0, "%s",
	    strerror(errno));
	exec_sql(cat, "PRAGMA user_version = 99");
	expect_refusal(ARGS(cat, scratch_path(1, "state.db")), "nl",
	    MSG_CATALOG_VERSION, false, WAIT);
	CHILD_CHECK(NULL, strcmp(tr("nl", MSG_CATALOG_VERSION),
	    MSG_CATALOG_VERSION) != 0, "the message has a Dutch translation");
}

/* A SQLite file of the right version that is not a catalog. */
void
catalog_wrong_db(void)
{
	const char *cat = scratch_path(0, "other.db");

	exec_sql(cat, "CREATE TABLE t (x); PRAGMA user_version = 1");
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
void
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
void
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
void
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
