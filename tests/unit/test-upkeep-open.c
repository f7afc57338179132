/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep, opening a catalog: a file that is not a
 * catalog, of another version or that cannot be written is refused with
 * its status; a catalog whose tables were changed by hand gives a
 * status, never an abort; a service loads with every language's texts.
 * Run by test-upkeep.c, on upkeep-fixture.h's fresh copy of the catalog.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "upkeep-fixture.h"

#include "skip.h"
#include "store/catalog.h"

/*
 * upkeep_open() of @path, which its mode forbids writing, by a user the
 * mode binds: this process, or as root (whom no mode binds) a child
 * running as nobody, through folders opened up for the look.  Skips the
 * test when root cannot become nobody.  @return upkeep_open's status.
 */
static int
open_unwritable(const char *path)
{
	struct upkeep *v;
	int status;
	pid_t pid;

	if (geteuid() != 0) {
		enum orientation_status st = upkeep_open(path, &v);

		upkeep_free(v);
		return st;
	}
	assert_int_equal(chmod(root, 0711), 0);
	assert_int_equal(chmod(dir, 0711), 0);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		if (setgroups(0, NULL) != 0 || setgid(65534) != 0 ||
		    setuid(65534) != 0)
			_exit(255);
		_exit(upkeep_open(path, &v));
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	chmod(dir, 0700);
	chmod(root, 0700);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 255)
		skip();
	return WEXITSTATUS(status);
}

void
test_open_checks_file_and_version(void **state)
{
	struct upkeep *v;
	size_t len;
	char *data;

	(void)state;
	assert_int_equal(upkeep_revision(u), 0);

	assert_int_equal(upkeep_open(scratch("missing.db"), &v),
	    ORIENTATION_CATALOG_OPEN);
	assert_null(v);
	assert_int_not_equal(access(scratch("missing.db"), F_OK), 0);

	put_text("text.db", "id,name\nthis is not a database\n");
	assert_int_equal(upkeep_open(scratch("text.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);

	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	exec_sql_on(scratch("other.db"), "PRAGMA user_version = 99");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_VERSION);
	exec_sql_on(scratch("other.db"), "PRAGMA user_version = 0");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);

	/* A write-protected copy is refused (as root, by nobody: root
	 * writes any file). */
	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	assert_int_equal(chmod(scratch("other.db"), 0444), 0);
	assert_int_equal(open_unwritable(scratch("other.db")),
	    ORIENTATION_CATALOG_OPEN);
	chmod(scratch("other.db"), 0644);
}

/*
 * A catalog of the right version whose tables lack a column upkeep reads
 * (a copy edited by hand, a migration that stopped half-way, a file
 * changed by another program while a counselor works) gives a status,
 * never an abort of the program.
 */
void
test_damaged_schema_is_a_status(void **state)
{
	struct upkeep *v = NULL;
	struct upkeep_service s;
	size_t len;
	char *data;
	FILE *out;

	(void)state;
	data = slurp(db_path, &len);
	put_file("other.db", data, len);
	free(data);
	exec_sql_on(scratch("other.db"),
	    "ALTER TABLE occupation_lmi RENAME COLUMN checked TO checked_on");
	assert_int_equal(upkeep_open(scratch("other.db"), &v),
	    ORIENTATION_CATALOG_NOT_DB);
	assert_null(v);

	/* Changed under an open connection: the next statement says so. */
	exec_sql("ALTER TABLE service_group RENAME COLUMN group_id TO grp");
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_CATALOG_ERROR);
	assert_null(s.id);
	exec_sql("ALTER TABLE service RENAME COLUMN phone TO tel");
	out = fopen(scratch("out.csv"), "wb");
	assert_non_null(out);
	assert_int_equal(upkeep_export_services(u, out), ORIENTATION_CATALOG_ERROR);
	fclose(out);
}

void
test_load_has_every_language(void **state)
{
	struct upkeep_service s;
	struct upkeep_text *fr;

	(void)state;
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(s.id, SERVICE);
	assert_string_equal(s.provider_id, "adem");
	assert_int_equal(s.ntexts, sql_long("SELECT count(*) FROM language"));
	assert_string_equal(s.texts[0].lang, "nl");
	assert_string_equal(s.texts[1].lang, "fr");
	assert_string_equal(s.texts[2].lang, "de");
	assert_string_equal(s.texts[3].lang, "en");
	fr = upkeep_service_text(&s, "fr");
	assert_non_null(fr);
	assert_string_equal(fr->name, "ADEM – apprentissage pour adultes");
	assert_string_equal(upkeep_service_text(&s, "de")->name,
	    "ADEM – Lehre für Erwachsene");
	assert_null(upkeep_service_text(&s, "xx"));
	assert_string_equal(s.address, "rue Aldringen, Luxembourg");
	assert_string_equal(s.phone, "");     /* not known */
	assert_string_equal(s.source, "adem.public.lu");
	assert_int_equal(s.ngroups, 3);
	assert_string_equal(s.groups[0], "adult");
	assert_string_equal(s.groups[1], "employee");
	assert_string_equal(s.groups[2], "jobseeker");
	assert_int_equal(s.nthemes, 2);
	assert_string_equal(s.themes[0], "apprenticeship");
	assert_string_equal(s.themes[1], "training");
	upkeep_service_free(&s);
	upkeep_service_free(&s);   /* a zeroed struct is fine */

	assert_int_equal(upkeep_service_load(u, "no-such-service", &s),
	    ORIENTATION_SERVICE_NOT_FOUND);
	assert_null(s.id);
}
