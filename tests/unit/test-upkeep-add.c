/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of a service added by a counsellor (upkeep_service_add): a
 * blank one has every language of the catalog; a complete one is in the
 * catalog at once, in every language's A-to-Z list and in the search,
 * with its history rows, today's "checked on" date and a revision more,
 * and can be edited like any other; it asks for a source as an edit
 * does, takes the day of the add as its "checked on" date, and every
 * history row names who added it; one that lacks a text in a language,
 * a source, a known provider or a new id of the right form is refused
 * whole, naming what is at fault; a placeholder ("TODO") is refused as
 * the catalog's content check refuses it, in an edit and a services file
 * too; the providers to choose from are named in the counsellor's
 * language, A to Z.  Each test works on a fresh copy of the built catalog.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "copy.h"
#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "core/collate.h"
#include "store/catalog-db.h"   /* the rowid layout */
#include "store/catalog.h"
#include "store/rows.h"
#include "store/search.h"
#include "store/service.h"
#include "store/tokenizer.h"
#include "store/upkeep.h"

#define NEW "zz-new-desk"

/* The item number's bits, as the SQL below writes them. */
_Static_assert(SEARCH_ITEM_MASK == 8191, "the item mask in the SQL");

static char root[64];   /* the process's scratch folder (scratch.h) */
static char db_path[128];
static struct upkeep *u;

static int
setup(void **state)
{
	const char *catalog = getenv("ORIENTATION_CATALOG");
	static int n;

	(void)state;
	snprintf(db_path, sizeof db_path, "%s/catalog-%d.db", root, n++);
	assert_int_equal(copy_file(catalog != NULL ? catalog :
	    "data/catalog.db", db_path), 0);
	assert_int_equal(upkeep_open(db_path, &u), ORIENTATION_OK);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	upkeep_free(u);
	u = NULL;
	unlink(db_path);
	return 0;
}

/* @sql's first value as a number, on the copy. */
static long
sql_long(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	long v = -1;

	assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(tokenizer_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return v;
}

/* A blank service filled in completely: texts of their own in every
 * language ("Zebrawerk" in the name, and the language's code). */
static void
fill(struct upkeep_service *s)
{
	upkeep_field_set(&s->id, NEW);
	upkeep_field_set(&s->provider_id, "adem");
	upkeep_field_set(&s->source, "adem.public.lu, 2026-12-04");
	upkeep_field_set(&s->phone, "+352 247-88888");
	upkeep_service_set_groups(s, (const char *const[]){ "jobseeker" }, 1);
	for (size_t i = 0; i < s->ntexts; i++) {
		struct upkeep_text *t = &s->texts[i];
		char name[64];

		snprintf(name, sizeof name, "Zebrawerk %s", t->lang);
		upkeep_field_set(&t->name, name);
		upkeep_field_set(&t->summary, "Summary");
		upkeep_field_set(&t->offer, "Offer");
		upkeep_field_set(&t->audience, "Audience");
	}
}

/* Whether the A-to-Z list in @lang names NEW "Zebrawerk @lang". */
static bool
listed(struct catalog *cat, const char *lang)
{
	struct service_item *items;
	size_t n = service_list(cat, SERVICE_TOPIC_NEED, NULL, lang, &items);
	char want[64];
	bool yes = false;

	snprintf(want, sizeof want, "Zebrawerk %s", lang);
	for (size_t i = 0; i < n; i++)
		if (strcmp(items[i].id, NEW) == 0 &&
		    strcmp(items[i].name, want) == 0)
			yes = true;
	rows_free(items);
	return yes;
}

/* Whether the search for "zebrawerk" in @lang finds NEW. */
static bool
found(struct catalog *cat, const char *lang)
{
	struct search_hit *hits;
	size_t n = search_run(cat, "zebrawerk", lang, 50, &hits);
	bool yes = false;

	for (size_t i = 0; i < n; i++)
		if (hits[i].kind == SEARCH_SERVICE &&
		    strcmp(hits[i].ref, NEW) == 0 &&
		    strcmp(hits[i].lang, lang) == 0)
			yes = true;
	rows_free(hits);
	return yes;
}

static void
test_blank(void **state)
{
	struct upkeep_service s;

	(void)state;
	assert_int_equal(upkeep_service_blank(u, &s), ORIENTATION_OK);
	assert_int_equal((long)s.ntexts, sql_long("SELECT count(*) FROM "
	    "language"));
	assert_string_equal(s.texts[0].lang, "nl");
	assert_string_equal(s.texts[0].name, "");
	assert_string_equal(s.id, "");
	assert_null(s.base);
	upkeep_service_free(&s);
}

static void
test_add(void **state)
{
	struct upkeep_service s, e;
	struct catalog *cat;
	long rev = sql_long("SELECT value FROM meta WHERE key = 'revision'");
	long langs = sql_long("SELECT count(*) FROM language");
	time_t now = time(NULL);
	char today[11];

	(void)state;
	strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
	assert_int_equal(upkeep_service_blank(u, &s), ORIENTATION_OK);
	fill(&s);
	assert_int_equal(upkeep_service_add(u, &s, "anna", now), ORIENTATION_OK);
	assert_int_equal(sql_long("SELECT value FROM meta WHERE key = "
	    "'revision'"), rev + 1);
	/* Its history: provider, source, phone, groups, four texts per
	 * language and the date checked. */
	assert_int_equal(sql_long("SELECT count(*) FROM catalog_history WHERE "
	    "item = 'service:" NEW "' AND who = 'anna' AND old IS NULL"),
	    4 + 4 * langs + 1);
	assert_int_equal(sql_long("SELECT count(*) FROM service WHERE id = '"
	    NEW "' AND last_checked = date('now', 'localtime')"), 1);
	/* One item number in every language, nobody else's. */
	assert_int_equal(sql_long("SELECT count(DISTINCT rowid & 8191) FROM "
	    "search WHERE kind = 'service' AND ref = '" NEW "'"), 1);
	assert_int_equal(sql_long("SELECT count(*) FROM search a JOIN search b "
	    "ON (a.rowid & 8191) = (b.rowid & 8191) WHERE a.kind = 'service' "
	    "AND b.kind = 'service' AND a.ref = '" NEW "' AND b.ref <> a.ref"),
	    0);
	assert_int_equal(catalog_open(db_path, &cat), ORIENTATION_OK);
	for (size_t i = 0; i < s.ntexts; i++) {
		assert_true(listed(cat, s.texts[i].lang));
		assert_true(found(cat, s.texts[i].lang));
	}
	catalog_free(cat);
	/* Then it is edited like any other. */
	assert_int_equal(upkeep_service_load(u, NEW, &e), ORIENTATION_OK);
	assert_string_equal(e.provider_id, "adem");
	assert_string_equal(e.last_checked, today);
	upkeep_field_set(&upkeep_service_text(&e, "fr")->name, "Zebrawerk neuf");
	assert_int_equal(upkeep_service_save(u, &e, "ben", now), ORIENTATION_OK);
	upkeep_service_free(&e);
	/* The same id a second time is refused. */
	assert_int_equal(upkeep_service_add(u, &s, "anna", now),
	    ORIENTATION_SERVICE_EXISTS);
	assert_string_equal(upkeep_where(u), "id");
	upkeep_service_free(&s);
}

/* @s refused with @want, naming @where, and nothing written. */
static void
refused(const struct upkeep_service *s, enum orientation_status want,
    const char *where)
{
	long rev = sql_long("SELECT value FROM meta WHERE key = 'revision'");
	long history = sql_long("SELECT count(*) FROM catalog_history");

	assert_int_equal(upkeep_service_add(u, s, "anna", time(NULL)), want);
	assert_string_equal(upkeep_where(u), where);
	assert_int_equal(sql_long("SELECT value FROM meta WHERE key = "
	    "'revision'"), rev);
	assert_int_equal(sql_long("SELECT count(*) FROM catalog_history"),
	    history);
	assert_int_equal(sql_long("SELECT count(*) FROM service WHERE id = '"
	    NEW "'") + sql_long("SELECT count(*) FROM service_text WHERE "
	    "service_id = '" NEW "'"), 0);
}

static void
test_refused(void **state)
{
	struct upkeep_service s;
	char *keep;

	(void)state;
	assert_int_equal(upkeep_service_blank(u, &s), ORIENTATION_OK);
	refused(&s, ORIENTATION_SERVICE_BAD_ID, "id");
	fill(&s);
	/* A language without its own name: nothing is made up for it,
	 * not even from its fallback (lb falls back on de and fr). */
	keep = upkeep_service_text(&s, "lb")->name;
	upkeep_service_text(&s, "lb")->name = NULL;
	refused(&s, ORIENTATION_EMPTY_NAME, "lb");
	upkeep_service_text(&s, "lb")->name = keep;
	upkeep_field_set(&upkeep_service_text(&s, "pt")->audience, " ");
	refused(&s, ORIENTATION_EMPTY_AUDIENCE, "pt");
	upkeep_field_set(&upkeep_service_text(&s, "pt")->audience, "Audience");
	/* Nor a stand-in for the words (the catalog's content check). */
	upkeep_field_set(&upkeep_service_text(&s, "de")->offer, "TODO");
	refused(&s, ORIENTATION_PLACEHOLDER_TEXT, "de");
	upkeep_field_set(&upkeep_service_text(&s, "de")->offer, "Offer");
	upkeep_field_set(&s.source, "");
	refused(&s, ORIENTATION_EMPTY_SOURCE, "source");
	upkeep_field_set(&s.source, "adem.public.lu");
	upkeep_field_set(&s.phone, "abc");
	refused(&s, ORIENTATION_BAD_PHONE, "phone");
	upkeep_field_set(&s.phone, "");
	upkeep_field_set(&s.provider_id, " ");
	refused(&s, ORIENTATION_EMPTY_PROVIDER, "provider");
	upkeep_field_set(&s.provider_id, "nobody");
	refused(&s, ORIENTATION_UNKNOWN_PROVIDER, "provider");
	upkeep_field_set(&s.provider_id, "adem");
	upkeep_service_set_themes(&s, (const char *const[]){ "no-theme" }, 1);
	refused(&s, ORIENTATION_UNKNOWN_THEME, "no-theme");
	upkeep_service_set_themes(&s, NULL, 0);
	for (size_t i = 0; i < 4; i++) {
		/* The last has 64 characters: one more than a screen's
		 * parameter holds, so its editor could not open. */
		static const char *const bad[] = { "Capital", "with space",
			"x", "a123456789-123456789-123456789-123456789-"
			"123456789-123456789-123" };

		upkeep_field_set(&s.id, bad[i]);
		refused(&s, ORIENTATION_SERVICE_BAD_ID, "id");
	}
	upkeep_field_set(&s.id, "adem-orientation");
	refused(&s, ORIENTATION_SERVICE_EXISTS, "id");
	upkeep_field_set(&s.id, NEW);
	assert_int_equal(upkeep_service_add(u, &s, " ", time(NULL)),
	    ORIENTATION_NO_AUTHOR);
	assert_int_equal(upkeep_service_add(u, &s, "anna", time(NULL)),
	    ORIENTATION_OK);
	upkeep_service_free(&s);
}

/* A new service asks for what an edit asks for: a source (blank is
 * refused by both, naming it), and its "checked on" date is the day of
 * the add, as an edit's is the day of the save.  Every history row of
 * the add says who added it and when: no old value, the source as
 * given, the date checked as set. */
static void
test_checked_source(void **state)
{
	struct upkeep_service s, e;
	/* 30 November 2026, noon: any day but today. */
	struct tm day = { .tm_year = 126, .tm_mon = 10, .tm_mday = 30,
		.tm_hour = 12, .tm_isdst = -1 };
	time_t then = mktime(&day);
	char sql[400];

	(void)state;
	assert_int_equal(upkeep_service_load(u, "cepas", &e), ORIENTATION_OK);
	upkeep_field_set(&e.source, " ");
	assert_int_equal(upkeep_service_save(u, &e, "anna", then),
	    ORIENTATION_EMPTY_SOURCE);
	assert_string_equal(upkeep_where(u), "source");
	upkeep_service_free(&e);
	assert_int_equal(upkeep_service_blank(u, &s), ORIENTATION_OK);
	fill(&s);
	upkeep_field_set(&s.source, " ");
	refused(&s, ORIENTATION_EMPTY_SOURCE, "source");
	upkeep_field_set(&s.source, "adem.public.lu, 2026-11-30");
	assert_int_equal(upkeep_service_add(u, &s, "anna", then),
	    ORIENTATION_OK);
	upkeep_service_free(&s);

	assert_int_equal(sql_long("SELECT count(*) FROM service WHERE id = '"
	    NEW "' AND last_checked = '2026-11-30' AND source = "
	    "'adem.public.lu, 2026-11-30'"), 1);
	/* Every row: anna, at the time of the add, no old value. */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM catalog_history "
	    "WHERE item = 'service:" NEW "' AND NOT (who = 'anna' AND "
	    "at = %lld AND old IS NULL AND new IS NOT NULL)", (long long)then);
	assert_int_equal(sql_long(sql), 0);
	assert_int_equal(sql_long("SELECT count(*) FROM catalog_history WHERE "
	    "item = 'service:" NEW "' AND field = 'source' AND lang IS NULL "
	    "AND new = 'adem.public.lu, 2026-11-30'"), 1);
	assert_int_equal(sql_long("SELECT count(*) FROM catalog_history WHERE "
	    "item = 'service:" NEW "' AND field = 'last_checked' AND "
	    "new = '2026-11-30'"), 1);
	assert_int_equal(sql_long("SELECT count(*) FROM catalog_history WHERE "
	    "item = 'service:" NEW "' AND field = 'provider' AND "
	    "new = 'adem'"), 1);
}

/* An edit and a services file are refused a placeholder too. */
static void
test_placeholders(void **state)
{
	static const char *const stand_ins[] = { "TODO", "to be done: TBD",
		"Lorem ipsum", "XXX", "ok" };
	struct upkeep_errors errs = { 0 };
	struct upkeep_service e;
	char path[160];
	FILE *f;

	(void)state;
	assert_int_equal(upkeep_service_load(u, "cepas", &e), ORIENTATION_OK);
	for (size_t i = 0; i < 5; i++) {
		upkeep_field_set(&upkeep_service_text(&e, "pt")->summary,
		    stand_ins[i]);
		assert_int_equal(upkeep_service_save(u, &e, "anna", time(NULL)),
		    i < 4 ? ORIENTATION_PLACEHOLDER_TEXT : ORIENTATION_OK);
	}
	upkeep_service_free(&e);
	snprintf(path, sizeof path, "%s.csv", db_path);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("id,lang,name,summary,offer,audience,address,web,email,phone,"
	    "languages,source\r\ncepas,fr,CePAS,TBD,Offre,Public,,,,,,"
	    "cepas.lu\r\n", f);
	fclose(f);
	assert_int_equal(upkeep_import(u, UPKEEP_FILE_SERVICES, path, true,
	    "anna", time(NULL), &errs), ORIENTATION_FILE_INVALID);
	assert_int_equal(errs.n, 1);
	assert_int_equal(errs.list[0].reason, UPKEEP_REASON_PLACEHOLDER);
	assert_int_equal(errs.list[0].column, 4);
	upkeep_errors_free(&errs);
	unlink(path);
}

/* Run @sql on the copy. */
static void
sql_run(const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* The provider @id among the @n at @v, or NULL. */
static const struct upkeep_provider *
provider_of(const struct upkeep_provider *v, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].id, id) == 0)
			return &v[i];
	return NULL;
}

/* Every provider, named in the language asked for, A to Z as the lists
 * sort; a name missing there comes from the language's fallback (and
 * says which), and a provider without any name shows its id. */
static void
test_providers(void **state)
{
	struct upkeep_provider *v;
	const struct upkeep_provider *p;
	size_t n;

	(void)state;
	assert_int_equal(upkeep_providers(u, "fr", &v, &n), ORIENTATION_OK);
	assert_int_equal((long)n, sql_long("SELECT count(*) FROM provider"));
	p = provider_of(v, n, "adem");
	assert_non_null(p);
	assert_string_equal(p->name, "Agence pour le développement de "
	    "l'emploi (ADEM)");
	assert_string_equal(p->lang, "fr");
	for (size_t i = 1; i < n; i++)
		assert_true(collate_labels(v[i - 1].name, strlen(v[i - 1].name),
		    v[i].name, strlen(v[i].name)) <= 0);
	/* "Agence pour le développement..." comes first in French. */
	assert_string_equal(v[0].id, "adem");
	rows_free(v);

	/* lb falls back on de, then fr. */
	sql_run("DELETE FROM provider_text WHERE provider_id = 'adem' AND "
	    "lang = 'lb'; DELETE FROM provider_text WHERE provider_id = 'hot'");
	assert_int_equal(upkeep_providers(u, "lb", &v, &n), ORIENTATION_OK);
	p = provider_of(v, n, "adem");
	assert_string_equal(p->name, "Luxemburger Arbeitsagentur (ADEM)");
	assert_string_equal(p->lang, "de");
	p = provider_of(v, n, "hot");
	assert_string_equal(p->name, "hot");
	assert_string_equal(p->lang, "");
	rows_free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_blank, setup, teardown),
		cmocka_unit_test_setup_teardown(test_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_checked_source, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_placeholders, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_providers, setup, teardown),
	};

	if (scratch_dir(root, sizeof root, "upkeep-add") != 0)
		return 1;
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
