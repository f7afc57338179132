/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of an occupation's page data (text/occupation-page.h) on the
 * built catalog: everything the page shows is loaded at once and owned by
 * the page, so the page reads the same after the catalog is closed (ASan
 * sees any string still borrowed from it) and after the catalog file is
 * changed under it, until it is loaded again; a name from a fallback
 * language carries that language's name; an occupation that is gone
 * gives an empty page.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "copy.h"
#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "check.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "text/occupation-page.h"
#include "util/xmalloc.h"

#define ROOFER "7121.1"   /* a Luxembourg trade leads to it; on ADEM's list */

static struct catalog *cat;
static struct occupation_store *store;

/* Open the catalog at @path and its occupations. */
static void
open_at(const char *path)
{
	assert_int_equal(catalog_open(path, &cat), ORIENTATION_OK);
	assert_int_equal(occupation_store_open(cat, &store), ORIENTATION_OK);
}

static void
close_catalog(void)
{
	occupation_store_free(store);
	catalog_free(cat);
	store = NULL;
	cat = NULL;
}

/* A matching record for occupation @id (the screen takes it from the
 * program's list; the page copies it). */
static struct match_occupation
record(int id)
{
	struct match_occupation m = { .id = id, .has_riasec = true,
	    .level = MATCH_LEVEL_DAP };

	for (int t = 0; t < RIASEC_COUNT; t++)
		m.riasec[t] = 1.0f + (float)t;
	return m;
}

/* Everything the roofer's page shows is there and stays after the
 * catalog is closed: nothing is read from it any more. */
static void
test_loaded_once(void **state)
{
	int id = check_occupation_id(ROOFER);
	struct match_occupation m = record(id);
	struct occupation_page p;
	char *label, alts[2048] = "", **alt;
	size_t nalt;

	(void)state;
	open_at(check_catalog_path());
	label = occupation_store_label(store, id, "de");
	/* "Also called": the first OCCUPATION_PAGE_ALTS other names. */
	nalt = occupation_store_alt_labels(store, id, "de", &alt);
	assert_true(nalt > 0);
	for (size_t i = 0; i < nalt && i < OCCUPATION_PAGE_ALTS; i++)
		snprintf(alts + strlen(alts), sizeof alts - strlen(alts),
		    "%s%s", i > 0 ? "; " : "", alt[i]);
	rows_free(alt);
	assert_true(occupation_page_load(cat, store, &m, id, "de", &p));
	m.level = MATCH_LEVEL_CCP;   /* the record is copied, not kept */
	close_catalog();

	assert_int_equal(p.id, id);
	assert_string_equal(p.label.text, label);
	assert_string_equal(p.label.text, "Dachdecker/Dachdeckerin");
	assert_string_equal(p.label.lang, "de");
	assert_null(p.label.lang_name);
	assert_string_equal(p.alts.text, alts);
	assert_int_equal(p.match.level, MATCH_LEVEL_DAP);
	assert_int_equal(p.nisco, 4);
	assert_string_equal(p.isco[0].code, "7");
	assert_string_equal(p.unit, "7121");
	for (int t = 0; t < RIASEC_COUNT; t++)
		assert_true(p.type_names[t][0] != '\0');
	assert_true(p.ntrades > 0);
	assert_true(p.trades[0].name[0] != '\0');
	assert_true(p.has_shortage);
	assert_non_null(strstr(p.shortage.codes, "F1610"));
	assert_true(p.skills_known);
	assert_true(p.nskills > 0 && p.nskills <= OCCUPATION_PAGE_SKILLS);
	assert_true(p.skills[0].name[0] != '\0');
	occupation_page_free(&p);
	assert_null(p.label.text);
	occupation_page_free(&p);   /* an empty page is allowed */
	free(label);
}

/* A page in a language the catalog has no occupation names in: the names
 * come from its fallback, which the page names. */
static void
test_fallback_named(void **state)
{
	int id = check_occupation_id(ROOFER);
	struct match_occupation m = record(id);
	struct occupation_page p;

	(void)state;
	if (count("SELECT count(*) FROM occupation_text WHERE lang = 'lb'") > 0)
		skip();
	open_at(check_catalog_path());
	assert_true(occupation_page_load(cat, store, &m, id, "lb", &p));
	close_catalog();
	assert_string_equal(p.label.text, "Dachdecker/Dachdeckerin");
	assert_string_equal(p.label.lang, "de");
	assert_string_equal(p.label.lang_name, "Deutsch");
	occupation_page_free(&p);
}

/* An occupation no longer in the catalog, or without its record: an
 * empty page, said so. */
static void
test_gone(void **state)
{
	struct match_occupation m = record(999999);
	struct occupation_page p;

	(void)state;
	open_at(check_catalog_path());
	assert_false(occupation_page_load(cat, store, &m, 999999, "en", &p));
	assert_null(p.label.text);
	assert_int_equal(p.nisco, 0);
	occupation_page_free(&p);
	m = record(check_occupation_id(ROOFER));
	assert_false(occupation_page_load(cat, store, NULL, m.id, "en", &p));
	close_catalog();
}

/* The catalog file changed under a loaded page: the page keeps what it
 * loaded; loading it again reads the change. */
static void
test_changed_under(void **state)
{
	char dir[64], path[256], *sql;
	int id = check_occupation_id(ROOFER);
	struct match_occupation m = record(id);
	struct occupation_page p;
	sqlite3 *w;

	(void)state;
	/* Removed at exit, whatever the test did (scratch.h). */
	assert_int_equal(scratch_dir(dir, sizeof dir, "page"), 0);
	snprintf(path, sizeof path, "%s/catalog.db", dir);
	assert_int_equal(copy_file(check_catalog_path(), path), 0);

	open_at(path);
	assert_true(occupation_page_load(cat, store, &m, id, "en", &p));
	assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
	sql = sqlite3_mprintf("UPDATE occupation_text SET label = 'changed' "
	    "WHERE occupation_id = %d AND lang = 'en'", id);
	assert_int_equal(sqlite3_exec(w, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	sqlite3_close(w);
	assert_string_equal(p.label.text, "roofer");
	occupation_page_free(&p);
	assert_true(occupation_page_load(cat, store, &m, id, "en", &p));
	assert_string_equal(p.label.text, "changed");
	occupation_page_free(&p);
	close_catalog();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_loaded_once),
		cmocka_unit_test(test_fallback_named),
		cmocka_unit_test(test_gone),
		cmocka_unit_test(test_changed_under),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup,
	    check_teardown));
}
