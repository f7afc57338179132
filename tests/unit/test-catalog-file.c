/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog files (store/catalog-file.h): an open catalog
 * tells a file renamed over its path from an edit of its own file and
 * goes on reading the file it opened; the full check tells a valid
 * catalog from a damaged one, one without its tables and one without a
 * revision; publishing and installing keep the revision; a path too long
 * to be said whole is refused, never used cut.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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

#include "copy.h"
#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "store/catalog.h"
#include "store/catalog-file.h"

static char dir[64];

/* A path in the scratch folder; @buf. */
static const char *
scratch(const char *name, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", dir, name);
	return buf;
}

/* Copy the built catalog to @path. */
static void
copy_catalog(const char *path)
{
	const char *src = getenv("ORIENTATION_CATALOG");

	assert_non_null(src);
	assert_int_equal(copy_file(src, path), 0);
}

/* Run @sql on the file @path. */
static void
exec_on(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* A new file renamed over the path is "replaced"; an edit of the same
 * file is not; the open catalog reads its own file to the end. */
static void
test_replaced(void **unused)
{
	char path[128], next[128];
	struct catalog_file_stamp before, after;
	struct catalog *cat, *fresh;

	(void)unused;
	scratch("site.db", path, sizeof path);
	scratch(".site.db.new", next, sizeof next);
	copy_catalog(path);
	assert_int_equal(catalog_open(path, &cat), ORIENTATION_OK);
	assert_false(catalog_replaced(cat));
	assert_true(catalog_file_stamp(path, &before));

	/* An edit in place: the same file, a new revision. */
	exec_on(path, "UPDATE meta SET value = '3' WHERE key = 'revision'");
	assert_false(catalog_replaced(cat));
	assert_int_equal(catalog_revision(cat), 3);
	assert_true(catalog_file_stamp(path, &after));
	assert_false(catalog_file_stamp_equal(&before, &after));
	assert_true(catalog_file_stamp_equal(&after, &after));

	/* Another file renamed over it. */
	copy_catalog(next);
	exec_on(next, "UPDATE meta SET value = '7' WHERE key = 'revision'");
	assert_int_equal(rename(next, path), 0);
	assert_true(catalog_replaced(cat));
	assert_int_equal(catalog_revision(cat), 3);   /* still its own file */
	assert_int_equal(catalog_open(path, &fresh), ORIENTATION_OK);
	assert_false(catalog_replaced(fresh));
	assert_int_equal(catalog_revision(fresh), 7);
	catalog_free(fresh);

	/* Nothing at the path: not taken for a new file. */
	assert_int_equal(unlink(path), 0);
	assert_false(catalog_replaced(cat));
	assert_false(catalog_file_stamp(path, &after));
	catalog_free(cat);
}

/* The full check: valid, damaged, tables missing, no revision, junk. */
static void
test_check(void **unused)
{
	char path[128];
	struct catalog_file_info info;
	char garbage[16384];
	int fd;

	(void)unused;
	scratch("check.db", path, sizeof path);
	copy_catalog(path);
	assert_int_equal(catalog_file_check(path, &info), CATALOG_FILE_OK);
	assert_int_equal(info.revision, 0);

	exec_on(path, "DELETE FROM meta WHERE key = 'revision'");
	assert_int_equal(catalog_file_check(path, &info),
	    CATALOG_FILE_NO_REVISION);

	copy_catalog(path);
	exec_on(path, "DROP TABLE service_text");
	assert_int_equal(catalog_file_check(path, &info), CATALOG_FILE_INVALID);
	assert_int_equal(info.status, ORIENTATION_CATALOG_NOT_DB);

	/* Pages in the middle overwritten: the schema still opens. */
	copy_catalog(path);
	memset(garbage, 0xA5, sizeof garbage);
	fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, garbage, sizeof garbage, 4 << 20),
	    (ssize_t)sizeof garbage);
	close(fd);
	assert_int_equal(catalog_file_check(path, &info), CATALOG_FILE_DAMAGED);
	assert_true(info.detail[0] != '\0');

	fd = open(path, O_WRONLY | O_TRUNC);
	assert_int_equal(write(fd, "junk", 4), 4);
	close(fd);
	assert_int_equal(catalog_file_check(path, &info), CATALOG_FILE_INVALID);
	assert_int_equal(info.status, ORIENTATION_CATALOG_NOT_DB);
}

/* Publish and install: the revision goes along; the history does not. */
static void
test_publish_install(void **unused)
{
	char master[128], site[128], pub[128], tmp[128];
	struct catalog_file_info info;
	struct stat st;

	(void)unused;
	scratch("master.db", master, sizeof master);
	scratch("installed.db", site, sizeof site);
	scratch("published", pub, sizeof pub);
	copy_catalog(master);
	copy_catalog(site);
	assert_int_equal(mkdir(pub, 0700), 0);
	exec_on(master, "UPDATE meta SET value = '12' WHERE key = 'revision';"
	    "INSERT INTO catalog_history (at, who, item, field) VALUES "
	    "(1, 'anna', 'service:x', 'phone'), (2, 'ben', 'service:y', 'web')");

	assert_int_equal(catalog_file_publish(master, pub, &info),
	    CATALOG_FILE_OK);
	assert_int_equal(info.revision, 12);
	assert_int_equal(info.history_left_out, 2);
	assert_string_equal(info.path, scratch("published/catalog.db", tmp,
	    sizeof tmp));
	assert_int_equal(stat(info.path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0644);

	assert_int_equal(catalog_file_install(tmp, site, &info),
	    CATALOG_FILE_OK);
	assert_int_equal(info.revision, 12);
	assert_int_equal(info.installed, 0);
	assert_int_equal(catalog_file_install(tmp, site, &info),
	    CATALOG_FILE_SAME);
	assert_int_equal(catalog_file_install(master, site, &info),
	    CATALOG_FILE_SAME);
	assert_int_equal(catalog_file_install(getenv("ORIENTATION_CATALOG"),
	    site, &info), CATALOG_FILE_OLDER);
	assert_int_equal(info.installed, 12);
	assert_int_equal(info.revision, 0);
	/* Over itself: refused before anything is written. */
	assert_int_equal(catalog_file_install(site, site, &info),
	    CATALOG_FILE_SAME_FILE);
	assert_int_equal(catalog_file_publish(tmp, pub, &info),
	    CATALOG_FILE_SAME_FILE);
}

/* A target or a folder longer than a path may be: refused with
 * ENAMETOOLONG, and nothing is written. */
static void
test_path_too_long(void **unused)
{
	char *target = malloc(PATH_MAX + 64);
	struct catalog_file_info info;
	size_t n;

	(void)unused;
	assert_non_null(target);
	n = (size_t)snprintf(target, PATH_MAX + 64, "%s/", dir);
	memset(target + n, 'a', PATH_MAX + 64 - n - 1);
	target[PATH_MAX + 63] = '\0';
	assert_int_equal(catalog_file_install(getenv("ORIENTATION_CATALOG"),
	    target, &info), CATALOG_FILE_WRITE);
	assert_int_equal(info.error, ENAMETOOLONG);
	assert_int_equal(catalog_file_publish(getenv("ORIENTATION_CATALOG"),
	    target, &info), CATALOG_FILE_WRITE);
	assert_int_equal(info.error, ENAMETOOLONG);
	free(target);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replaced),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_publish_install),
		cmocka_unit_test(test_path_too_long),
	};

	/* Removed at exit, whatever the tests did (scratch.h). */
	if (scratch_dir(dir, sizeof dir, "catfile") != 0) {
		perror("scratch folder");
		return 1;
	}
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
