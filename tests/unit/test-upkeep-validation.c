/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep, the checks a save makes: every field a
 * counsellor can get wrong is refused with its status and the field at
 * fault, nothing saved; and every contact of the bundled catalogue
 * passes the same checks.  Run by test-upkeep.c, on upkeep-fixture.h's
 * fresh copy of the catalog.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "upkeep-fixture.h"

#include <sqlite3.h>
#include "store/catalog.h"
#include "store/service.h"

/* Load SERVICE into @s afresh. */
static void
reload(struct upkeep_service *s)
{
	upkeep_service_free(s);
	assert_int_equal(upkeep_service_load(u, SERVICE, s), ORIENTATION_OK);
}

/* Save @s and expect @st about @where. */
static void
expect_save(const struct upkeep_service *s, enum orientation_status st,
    const char *where)
{
	enum orientation_status got = upkeep_service_save(u, s, "anna", fixed_now());

	if (got != st)
		fail_msg("save gave \"%s\", expected \"%s\"",
		    status_message(got), status_message(st));
	assert_string_equal(upkeep_where(u), where);
}

void
test_save_validation(void **state)
{
	const char *const bad_groups[] = { "adult", "martians" };
	const char *const bad_themes[] = { "astrology" };
	const char *const long_theme[] = { "astrology-and-palmistry-and-"
	    "tea-leaves-and-crystal-balls-and-tarot-cards" };
	struct upkeep_service s = { 0 };

	(void)state;
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "de")->name, "");
	expect_save(&s, ORIENTATION_EMPTY_NAME, "de");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->summary, "  \t ");
	expect_save(&s, ORIENTATION_EMPTY_SUMMARY, "fr");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "en")->offer, "");
	expect_save(&s, ORIENTATION_EMPTY_OFFER, "en");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "nl")->audience, "");
	expect_save(&s, ORIENTATION_EMPTY_AUDIENCE, "nl");
	reload(&s);
	upkeep_field_set(&s.source, "");
	expect_save(&s, ORIENTATION_EMPTY_SOURCE, "source");
	reload(&s);
	upkeep_field_set(&s.languages, "fr, de");
	expect_save(&s, ORIENTATION_BAD_LANGUAGES, "languages");
	reload(&s);
	upkeep_service_set_groups(&s, bad_groups, 2);
	expect_save(&s, ORIENTATION_UNKNOWN_GROUP, "martians");
	reload(&s);
	upkeep_service_set_themes(&s, bad_themes, 1);
	expect_save(&s, ORIENTATION_UNKNOWN_THEME, "astrology");
	/* The whole id, however long (it was cut to 63 bytes). */
	reload(&s);
	upkeep_service_set_themes(&s, long_theme, 1);
	expect_save(&s, ORIENTATION_UNKNOWN_THEME, long_theme[0]);
	reload(&s);
	upkeep_field_set(&s.texts[0].lang, "xx");
	expect_save(&s, ORIENTATION_UNKNOWN_LANGUAGE, "xx");
	reload(&s);
	upkeep_field_set(&s.texts[0].lang, "fr");
	expect_save(&s, ORIENTATION_DUPLICATE_LANGUAGE, "fr");
	reload(&s);
	upkeep_field_set(&upkeep_service_text(&s, "fr")->name, "Caf\xe9");
	expect_save(&s, ORIENTATION_NOT_UTF8, "fr");
	reload(&s);
	upkeep_field_set(&s.phone, "\xc0\xaf");    /* overlong '/' */
	expect_save(&s, ORIENTATION_NOT_UTF8, "phone");
	/* Contact fields of the wrong form. */
	reload(&s);
	upkeep_field_set(&s.phone, "abc");
	expect_save(&s, ORIENTATION_BAD_PHONE, "phone");
	reload(&s);
	upkeep_field_set(&s.phone, "12 34");
	expect_save(&s, ORIENTATION_BAD_PHONE, "phone");
	reload(&s);
	upkeep_field_set(&s.email, "info at example.lu");
	expect_save(&s, ORIENTATION_BAD_EMAIL, "email");
	reload(&s);
	upkeep_field_set(&s.web, "javascript:alert(1)");
	expect_save(&s, ORIENTATION_BAD_WEB, "web");
	/* A language without texts counts as an empty name. */
	reload(&s);
	s.ntexts--;
	expect_save(&s, ORIENTATION_EMPTY_NAME, s.texts[s.ntexts].lang);
	s.ntexts++;
	reload(&s);
	assert_int_equal(upkeep_service_save(u, &s, "", fixed_now()),
	    ORIENTATION_NO_AUTHOR);
	assert_int_equal(upkeep_service_save(u, &s, NULL, fixed_now()),
	    ORIENTATION_NO_AUTHOR);

	/* Nothing of all that reached the catalog. */
	assert_int_equal(history_rows(), 0);
	assert_int_equal(upkeep_revision(u), 0);

	/* Empty contact fields are allowed: they mean "not known". */
	upkeep_field_set(&s.address, "");
	upkeep_field_set(&s.web, "");
	upkeep_field_set(&s.email, "");
	upkeep_field_set(&s.phone, "");
	upkeep_field_set(&s.languages, "de;en;fr;pt");
	expect_save(&s, ORIENTATION_OK, "");
	upkeep_service_free(&s);
	assert_sql("SELECT coalesce(address, 'NULL') FROM service "
	    "WHERE id = '" SERVICE "'", "NULL");
	assert_sql("SELECT old || '>' || coalesce(new, 'NULL') FROM catalog_history "
	    "WHERE field = 'address'", "rue Aldringen, Luxembourg>NULL");
	assert_sql("SELECT languages FROM service WHERE id = '" SERVICE "'",
	    "de;en;fr;pt");

	/* Every status has a message. */
	for (int st = ORIENTATION_OK; st < ORIENTATION_STATUS_COUNT; st++)
		assert_true(strlen(status_message(st)) > 0);
	for (int r = UPKEEP_REASON_EMPTY_FILE;
	    r <= UPKEEP_REASON_TOO_MANY_ERRORS; r++)
		assert_true(strlen(upkeep_reason_message(r)) > 0);
}

/* Every web address, e-mail address and phone number of the bundled
 * catalogue (services and providers, as the build made it from data/)
 * passes the check a save and an import make; there is at least one of
 * each to check. */
void
test_bundled_contacts_pass(void **state)
{
	static const struct {
		const char *column;
		enum upkeep_contact contact;
	} fields[] = {
		{ "web", UPKEEP_CONTACT_WEB },
		{ "email", UPKEEP_CONTACT_EMAIL },
		{ "phone", UPKEEP_CONTACT_PHONE },
	};
	sqlite3 *db;

	(void)state;
	assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		char sql[200];
		sqlite3_stmt *stmt;
		int n = 0;

		snprintf(sql, sizeof sql, "SELECT %s FROM service WHERE %s <> '' "
		    "UNION ALL SELECT %s FROM provider WHERE %s <> ''",
		    fields[i].column, fields[i].column, fields[i].column,
		    fields[i].column);
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL),
		    SQLITE_OK);
		while (sqlite3_step(stmt) == SQLITE_ROW) {
			const char *v = (const char *)sqlite3_column_text(stmt, 0);

			if (upkeep_check_contact(fields[i].contact, v) !=
			    ORIENTATION_OK)
				fail_msg("bundled %s \"%s\" is refused",
				    fields[i].column, v);
			n++;
		}
		sqlite3_finalize(stmt);
		if (n == 0)
			fail_msg("no %s in the bundled catalogue", fields[i].column);
	}
	sqlite3_close(db);
	/* Not known is allowed; a wrong form is refused as what it is. */
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		assert_int_equal(upkeep_check_contact(fields[i].contact, ""),
		    ORIENTATION_OK);
		assert_int_equal(upkeep_check_contact(fields[i].contact, NULL),
		    ORIENTATION_OK);
	}
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_WEB, "abc"),
	    ORIENTATION_BAD_WEB);
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_EMAIL, "abc"),
	    ORIENTATION_BAD_EMAIL);
	assert_int_equal(upkeep_check_contact(UPKEEP_CONTACT_PHONE, "abc"),
	    ORIENTATION_BAD_PHONE);
}
