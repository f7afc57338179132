/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of catalog upkeep, saving a service's edit: the history,
 * last_checked and the revision; the search rows as catalog-build makes
 * them; a save that changes nothing; two counsellors' edits of the same
 * service (groups as a set, conflicts); and a kiosk that rolls back a
 * save its writer died in.  Run by test-upkeep.c, on upkeep-fixture.h's
 * fresh copy of the catalog.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "upkeep-fixture.h"

#include <sqlite3.h>
#include "store/catalog-db.h"   /* the rowid layout */
#include "store/catalog.h"
#include "store/search.h"
#include "store/service.h"
#include "store/tokenizer.h"

void
test_save_phone_and_names(void **state)
{
	const struct catalog_language *langs;
	const char *fr_name = "Quixotique apprentissage pour adultes";
	const char *de_name = "Quäxelberatung – Lehre für Erwachsene";
	struct upkeep_service s;
	struct service_detail d;
	struct catalog *cat, *kiosk;
	time_t now = time(NULL);
	char day[11], *before_en, *before_nl, *rowids;

	(void)state;
	today(now, day);
	/* Make sure last_checked changes, whatever today is. */
	exec_sql("UPDATE service SET last_checked = '2020-01-01' "
	    "WHERE id = '" SERVICE "'");
	before_en = sql_text("SELECT label || '|' || body "
	    "FROM search WHERE ref = '" SERVICE "' AND lang = 'en'");
	before_nl = sql_text("SELECT label || '|' || body "
	    "FROM search WHERE ref = '" SERVICE "' AND lang = 'nl'");
	rowids = sql_text("SELECT group_concat(rowid) FROM (SELECT rowid FROM "
	    "search WHERE kind = 'service' AND ref = '" SERVICE "' ORDER BY lang)");

	/* A kiosk has the catalog open, read-only, all along. */
	assert_int_equal(catalog_open(db_path, &kiosk), ORIENTATION_OK);
	assert_int_equal(catalog_revision(kiosk), 0);

	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&s.phone, "+352 247-75100");
	upkeep_field_set(&upkeep_service_text(&s, "fr")->name, fr_name);
	upkeep_field_set(&upkeep_service_text(&s, "de")->name, de_name);
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	/* Its index rows keep their rowids, so their places in the blocks. */
	assert_sql("SELECT group_concat(rowid) FROM (SELECT rowid FROM search "
	    "WHERE kind = 'service' AND ref = '" SERVICE "' ORDER BY lang)",
	    rowids);
	free(rowids);
	upkeep_service_free(&s);

	/* It notices, and finds the new names without reopening. */
	assert_int_equal(catalog_revision(kiosk), 1);
	assert_true(search_finds(kiosk, "quixotique", "fr", fr_name));
	catalog_free(kiosk);

	/* One history row per changed field. */
	assert_int_equal(history_rows(), 4);
	assert_sql("SELECT count(*) FROM catalog_history WHERE who = 'anna' "
	    "AND item = 'service:" SERVICE "'", "4");
	{
		char sql[96];

		snprintf(sql, sizeof sql, "SELECT count(*) FROM catalog_history "
		    "WHERE at = %lld", (long long)now);
		assert_int_equal(sql_long(sql), 4);
	}
	assert_sql("SELECT coalesce(old, 'NULL') || '>' || new FROM catalog_history "
	    "WHERE field = 'phone' AND lang IS NULL", "NULL>+352 247-75100");
	assert_sql("SELECT old || '>' || new FROM catalog_history "
	    "WHERE field = 'name' AND lang = 'fr'",
	    "ADEM – apprentissage pour adultes>Quixotique apprentissage pour adultes");
	assert_sql("SELECT new FROM catalog_history WHERE field = 'name' "
	    "AND lang = 'de'", de_name);
	assert_sql("SELECT old FROM catalog_history WHERE field = 'last_checked'",
	    "2020-01-01");
	{
		char *checked = sql_text("SELECT last_checked FROM service "
		    "WHERE id = '" SERVICE "'");

		assert_string_equal(checked, day);
		free(checked);
	}
	assert_int_equal(upkeep_revision(u), 1);
	assert_sql("SELECT value FROM meta WHERE key = 'revision'", "1");

	/* What a kiosk sees, through the read-only catalog. */
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_int_equal(catalog_revision(cat), 1);
	for (size_t i = 0, n = catalog_languages(cat, &langs); i < n; i++) {
		assert_int_equal(service_detail_load(cat, SERVICE, langs[i].code,
		    &d),
		    ORIENTATION_OK);
		assert_string_equal(d.phone, "+352 247-75100");
		assert_string_equal(d.last_checked, day);
		service_detail_free(&d);
	}
	assert_true(search_finds(cat, "quixotique", "fr", fr_name));
	assert_true(search_finds(cat, "Quäxelberatung", "de", de_name));
	assert_true(search_finds(cat, "quaexelberatung", "de", de_name));
	assert_true(search_finds(cat, "quax", "de", de_name));
	catalog_free(cat);
	/* The old name is gone from the index; one row per language. */
	assert_int_equal(sql_long("SELECT count(*) FROM search WHERE "
	    "kind = 'service' AND ref = '" SERVICE "'"),
	    sql_long("SELECT count(*) FROM language"));
	assert_sql("SELECT label FROM search WHERE ref = '" SERVICE "' "
	    "AND lang = 'fr'", fr_name);
	/* The untouched languages are indexed exactly as catalog-build did. */
	assert_sql("SELECT label || '|' || body FROM search "
	    "WHERE ref = '" SERVICE "' AND lang = 'en'", before_en);
	assert_sql("SELECT label || '|' || body FROM search "
	    "WHERE ref = '" SERVICE "' AND lang = 'nl'", before_nl);
	free(before_en);
	free(before_nl);
}

/* A service row missing from the index (a language added to a service
 * by hand) goes back to the end of its block with the service's item
 * number, where the search finds it. */
void
test_new_search_row_joins_its_block(void **state)
{
	struct upkeep_service s;
	struct catalog *cat;
	long item;

	char sql[512];

	(void)state;
	snprintf(sql, sizeof sql, "SELECT min(rowid) & %lld FROM search "
	    "WHERE kind = 'service' AND ref = '" SERVICE "'",
	    (long long)SEARCH_ITEM_MASK);
	item = sql_long(sql);
	assert_true(item > 0);
	exec_sql("DELETE FROM search WHERE kind = 'service' AND ref = '"
	    SERVICE "' AND lang = 'nl'");
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	upkeep_field_set(&s.phone, "+352 247-75101");
	assert_int_equal(upkeep_service_save(u, &s, "anna", fixed_now()),
	    ORIENTATION_OK);
	upkeep_service_free(&s);
	/* after every other service of the Dutch block, inside the block */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM search s "
	    "JOIN search_block b ON b.kind = 'service' AND b.lang = 'nl' "
	    "WHERE s.ref = '" SERVICE "' AND s.lang = 'nl' AND s.rowid > "
	    "(SELECT max(rowid) FROM search WHERE rowid BETWEEN b.lo AND "
	    "b.lo + %lld AND ref <> '" SERVICE "') AND s.rowid <= b.lo + %lld",
	    (long long)SEARCH_BLOCK_SPAN, (long long)SEARCH_BLOCK_SPAN);
	assert_sql(sql, "1");
	snprintf(sql, sizeof sql, "SELECT rowid & %lld FROM search WHERE "
	    "ref = '" SERVICE "' AND lang = 'nl'", (long long)SEARCH_ITEM_MASK);
	assert_int_equal(sql_long(sql), item);
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	assert_true(search_finds(cat, "volwassene", "nl",
	    "ADEM – in de leer gaan als volwassene"));
	catalog_free(cat);
}

void
test_save_unchanged_only_stamps_once(void **state)
{
	struct upkeep_service s;
	time_t now = fixed_now();

	(void)state;
	exec_sql("UPDATE service SET last_checked = '2020-01-01' "
	    "WHERE id = '" SERVICE "'");
	/* A save without edits says "checked today". */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(history_rows(), 1);
	assert_sql("SELECT field || ' ' || new FROM catalog_history",
	    "last_checked 2026-12-01");
	assert_int_equal(upkeep_revision(u), 1);
	/* Again the same day: nothing to write at all. */
	assert_int_equal(upkeep_service_load(u, SERVICE, &s), ORIENTATION_OK);
	assert_string_equal(s.last_checked, "2026-12-01");
	assert_int_equal(upkeep_service_save(u, &s, "anna", now), ORIENTATION_OK);
	upkeep_service_free(&s);
	assert_int_equal(history_rows(), 1);
	assert_int_equal(upkeep_revision(u), 1);
}

void
test_save_groups_and_conflicts(void **state)
{
	const char *const groups[] = { "pupil", "adult", "pupil" };
	const char *const other[] = { "young" };
	struct upkeep_service a, b;

	(void)state;
	assert_int_equal(upkeep_service_load(u, SERVICE, &a), ORIENTATION_OK);
	assert_int_equal(upkeep_service_load(u, SERVICE, &b), ORIENTATION_OK);

	/* Anna changes the groups (a set: order and repeats do not matter). */
	upkeep_service_set_groups(&a, groups, 3);
	assert_int_equal(upkeep_service_save(u, &a, "anna", fixed_now()),
	    ORIENTATION_OK);
	assert_sql("SELECT old || '>' || new FROM catalog_history "
	    "WHERE field = 'groups'", "adult;employee;jobseeker>adult;pupil");
	assert_sql("SELECT group_concat(group_id, ';') FROM (SELECT group_id "
	    "FROM service_group WHERE service_id = '" SERVICE "' ORDER BY 1)",
	    "adult;pupil");

	/* Ben, who loaded before, changes the e-mail: Anna's groups stay. */
	upkeep_field_set(&b.email, "info@example.lu");
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_OK);
	assert_sql("SELECT group_concat(group_id, ';') FROM (SELECT group_id "
	    "FROM service_group WHERE service_id = '" SERVICE "' ORDER BY 1)",
	    "adult;pupil");
	assert_sql("SELECT email FROM service WHERE id = '" SERVICE "'",
	    "info@example.lu");

	/* Ben then changes the groups too: both changed them, nothing saved. */
	upkeep_service_set_groups(&b, other, 1);
	upkeep_field_set(&b.phone, "12 34 56");
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_SERVICE_CONFLICT);
	assert_string_equal(upkeep_where(u), "groups");
	assert_sql("SELECT coalesce(phone, 'NULL') FROM service "
	    "WHERE id = '" SERVICE "'", "NULL");

	/* And a text both changed. */
	upkeep_service_free(&a);
	upkeep_service_free(&b);
	assert_int_equal(upkeep_service_load(u, SERVICE, &a), ORIENTATION_OK);
	assert_int_equal(upkeep_service_load(u, SERVICE, &b), ORIENTATION_OK);
	upkeep_field_set(&upkeep_service_text(&a, "en")->summary, "Anna's words");
	upkeep_field_set(&upkeep_service_text(&b, "en")->summary, "Ben's words");
	assert_int_equal(upkeep_service_save(u, &a, "anna", fixed_now()),
	    ORIENTATION_OK);
	assert_int_equal(upkeep_service_save(u, &b, "ben", fixed_now()),
	    ORIENTATION_SERVICE_CONFLICT);
	assert_string_equal(upkeep_where(u), "en");
	assert_sql("SELECT summary FROM service_text WHERE service_id = '"
	    SERVICE "' AND lang = 'en'", "Anna's words");
	upkeep_service_free(&a);
	upkeep_service_free(&b);
	assert_int_equal(upkeep_revision(u), 3);
}

/*
 * A counselor's program dies in the middle of saving (a big change, more
 * than its page cache, no COMMIT): a hot journal stays beside the catalog
 * and every read-only reader is refused until it is rolled back.  A kiosk
 * that has had the catalog open all along rolls it back at its next
 * revision check, where the file is writable, and reads the old catalog.
 */
void
test_kiosk_rolls_back_a_dead_save(void **state)
{
	struct catalog *kiosk;
	struct stat sb;
	int status;
	pid_t pid;

	(void)state;
	assert_int_equal(catalog_open(db_path, &kiosk), ORIENTATION_OK);
	assert_int_equal(catalog_revision(kiosk), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		sqlite3 *db;

		if (sqlite3_open(db_path, &db) != SQLITE_OK ||
		    tokenizer_register(db) != SQLITE_OK ||
		    sqlite3_exec(db, "PRAGMA cache_size = 10; BEGIN; "
		    "DELETE FROM search; UPDATE meta SET value = '7' "
		    "WHERE key = 'revision'", NULL, NULL, NULL) != SQLITE_OK)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(stat(scratch("catalog.db-journal"), &sb), 0);

	assert_int_equal(catalog_revision(kiosk), 0);
	assert_true(stat(scratch("catalog.db-journal"), &sb) != 0);
	assert_true(search_finds(kiosk, "apprentissage adultes", "fr",
	    "ADEM – apprentissage pour adultes"));
	catalog_free(kiosk);
}
