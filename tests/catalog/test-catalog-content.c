/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checks of the built catalog's content, independent of the program's own
 * queries: every content row exists in every UI language, no text is empty
 * or a placeholder, and the questionnaire has the shape the instrument
 * needs (60 items, 10 per type, 5 per type in the short form, no duplicate
 * wording within a language).
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
test_every_row_in_every_language(void **state)
{
	sqlite3_stmt *tables;
	int checked = 0;

	(void)state;
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT name, key_expr, own FROM text_table", -1, &tables, NULL),
	    SQLITE_OK);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(tables, 0);
		const char *k = (const char *)sqlite3_column_text(tables, 1);
		char *sql;
		long missing;

		/* Pairs (key, language) that have no row: in the language
		 * itself, or (own = 0) anywhere along its chain. */
		sql = sqlite3_mprintf("SELECT count(*) FROM "
		    "(SELECT DISTINCT %s AS k FROM \"%w\") keys, language l "
		    "WHERE NOT EXISTS (SELECT 1 FROM \"%w\" x "
		    "JOIN language_chain c ON c.lang = l.code "
		    "AND c.fallback = x.lang AND (c.rank = 0 OR %d = 0) "
		    "WHERE x.%s = keys.k)", k, t, t,
		    sqlite3_column_int(tables, 2), k);
		missing = count(sql);
		sqlite3_free(sql);
		if (missing != 0)
			fail_msg("%s: %ld rows missing in some language", t, missing);
		sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\"", t);
		assert_true(count(sql) > 0);
		sqlite3_free(sql);
		checked++;
	}
	sqlite3_finalize(tables);
	assert_true(checked >= 3);
}

static void
test_no_empty_or_placeholder_text(void **state)
{
	sqlite3_stmt *cols;

	(void)state;
	/* Every TEXT column of every text table. */
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT t.name, c.name FROM text_table t, pragma_table_info(t.name) c "
	    "WHERE c.type = 'TEXT'", -1, &cols, NULL), SQLITE_OK);
	while (sqlite3_step(cols) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(cols, 0);
		const char *c = (const char *)sqlite3_column_text(cols, 1);
		char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\" WHERE "
		    "trim(\"%w\") = '' OR \"%w\" GLOB '*TODO*' OR "
		    "\"%w\" GLOB '*TBD*' OR \"%w\" LIKE '%%lorem%%' OR "
		    "\"%w\" LIKE '%%xxx%%'", t, c, c, c, c, c);
		long bad = count(sql);

		sqlite3_free(sql);
		if (bad != 0)
			fail_msg("%s.%s: %ld empty or placeholder texts", t, c, bad);
	}
	sqlite3_finalize(cols);
}

static void
test_questionnaire_shape(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM riasec_item"), 60);
	assert_int_equal(count("SELECT count(*) FROM (SELECT type FROM riasec_item "
	    "GROUP BY type HAVING count(*) = 10)"), 6);
	assert_int_equal(count("SELECT count(*) FROM (SELECT type FROM riasec_item "
	    "WHERE short_form = 1 GROUP BY type HAVING count(*) = 5)"), 6);
	assert_int_equal(count("SELECT count(*) FROM (SELECT lang, text FROM "
	    "riasec_item_text GROUP BY lang, lower(text) HAVING count(*) > 1)"), 0);
	assert_int_equal(count("SELECT count(*) FROM riasec_type_text"),
	    6 * count("SELECT count(*) FROM language"));
	/* Items must fit an 80-column screen in every language. */
	assert_int_equal(count("SELECT count(*) FROM riasec_item_text "
	    "WHERE length(text) > 72"), 0);
}

static void
test_skills(void **state)
{
	(void)state;
	assert_true(count("SELECT count(*) FROM skill") >= 20);
	assert_int_equal(count("SELECT count(*) FROM (SELECT lang, name FROM "
	    "skill_text GROUP BY lang, name HAVING count(*) > 1)"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_in_every_language),
		cmocka_unit_test(test_no_empty_or_placeholder_text),
		cmocka_unit_test(test_questionnaire_shape),
		cmocka_unit_test(test_skills),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup, check_teardown));
}
