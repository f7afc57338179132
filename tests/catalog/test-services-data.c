/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checks of the services catalog: enough entries, each reachable from a
 * group and a theme, each need answered, sources present, a checked date
 * only where a person checked, no placeholder in a contact field.  Where
 * each fact comes from is checked by test-sources.c.
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
	/* The bundled entries were taken from the facts sheets; no person
	 * has checked them, so none may claim a checked date. */
	assert_int_equal(count("SELECT count(*) FROM service WHERE "
	    "last_checked IS NOT NULL"), 0);
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shape),
		cmocka_unit_test(test_no_placeholder_contacts),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup, check_teardown));
}
