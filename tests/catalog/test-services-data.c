/*
 * Checks of the services catalog: enough entries, each reachable from a
 * group and a theme, each need answered, dates and sources present, and
 * every contact fact (address, web, e-mail, phone) written word for word
 * in the fact sheet it was taken from (shared/luxembourg-services.md),
 * so nothing was invented.  The fact-sheet check is skipped (77) when the
 * sheet is not beside the checkout.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"
#include <sqlite3.h>

#include "check.h"

static void
test_shape(void **state)
{
	(void)state;
	assert_true(count("SELECT count(*) FROM service") >= 15);
	assert_int_equal(count("SELECT count(*) FROM service s WHERE NOT EXISTS "
	    "(SELECT 1 FROM service_group g WHERE g.service_id = s.id)"), 0);
	assert_int_equal(count("SELECT count(*) FROM service s WHERE NOT EXISTS "
	    "(SELECT 1 FROM service_theme t WHERE t.service_id = s.id)"), 0);
	assert_int_equal(count("SELECT count(*) FROM need n WHERE (SELECT count(*) "
	    "FROM need_service x WHERE x.need_id = n.id) < 2"), 0);
	assert_int_equal(count("SELECT count(*) FROM target_group"), 9);
	assert_true(count("SELECT count(*) FROM recommend_rule") > 0);
	assert_int_equal(count("SELECT count(*) FROM service WHERE source = '' OR "
	    "last_checked NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9]'"), 0);
}

static void
test_no_placeholder_contacts(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM (SELECT address AS v FROM "
	    "provider UNION ALL SELECT web FROM provider UNION ALL SELECT email "
	    "FROM provider UNION ALL SELECT phone FROM provider UNION ALL "
	    "SELECT address FROM service UNION ALL SELECT phone FROM service) "
	    "WHERE v IS NOT NULL AND (lower(v) LIKE '%unconfirmed%' OR "
	    "lower(v) LIKE '%unknown%' OR v LIKE '%?%' OR lower(v) LIKE '%tbd%' "
	    "OR trim(v) = '')"), 0);
}

/* Read the whole fact sheet, or NULL. */
static char *
read_sheet(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *text;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = calloc(1, (size_t)n + 1);
	if (fread(text, 1, (size_t)n, f) != (size_t)n) {
		free(text);
		text = NULL;
	}
	fclose(f);
	return text;
}

static void
test_contacts_come_from_the_sheet(void **state)
{
	const char *path = getenv("ORIENTATION_FACTS");
	char *sheet = read_sheet(path != NULL ? path : "");
	sqlite3_stmt *stmt;
	int checked = 0;

	(void)state;
	if (sheet == NULL)
		skip();
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT 'provider ' || id, v FROM (SELECT id, web AS v FROM provider "
	    "UNION ALL SELECT id, email FROM provider UNION ALL SELECT id, phone "
	    "FROM provider UNION ALL SELECT id, web FROM service UNION ALL "
	    "SELECT id, email FROM service UNION ALL SELECT id, phone FROM "
	    "service) WHERE v IS NOT NULL", -1, &stmt, NULL), SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *what = (const char *)sqlite3_column_text(stmt, 0);
		const char *v = (const char *)sqlite3_column_text(stmt, 1);

		if (strstr(sheet, v) == NULL)
			fail_msg("%s: \"%s\" is not in the fact sheet", what, v);
		checked++;
	}
	sqlite3_finalize(stmt);
	/* Addresses: every comma-separated part must be in the sheet. */
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT id, address FROM provider WHERE address IS NOT NULL UNION ALL "
	    "SELECT id, address FROM service WHERE address IS NOT NULL", -1, &stmt,
	    NULL), SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		char *copy = strdup((const char *)sqlite3_column_text(stmt, 1));
		char *save = NULL;

		for (char *p = strtok_r(copy, ",", &save); p != NULL;
		    p = strtok_r(NULL, ",", &save)) {
			while (*p == ' ')
				p++;
			if (strstr(sheet, p) == NULL)
				fail_msg("%s: address part \"%s\" is not in the sheet",
				    sqlite3_column_text(stmt, 0), p);
		}
		free(copy);
		checked++;
	}
	sqlite3_finalize(stmt);
	assert_true(checked > 10);
	free(sheet);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shape),
		cmocka_unit_test(test_no_placeholder_contacts),
		cmocka_unit_test(test_contacts_come_from_the_sheet),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup, check_teardown));
}
