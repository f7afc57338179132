/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the occupation store on the built catalog: opening and
 * refusing files, labels along a language's chain, the ISCO tree, related
 * occupations, alternative labels, skills, labour-market facts, and
 * matching a visitor against the real occupations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"
#include "skip.h"
#include <sqlite3.h>

#include "core/match.h"
#include "check.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "util/xmalloc.h"

#define NURSE "2221.2"  /* nurse responsible for general care */

static struct catalog *cat;
static struct occupation_store *store;

static void
test_open_and_refuse(void **state)
{
	struct occupation_store *s;
	struct catalog *core;
	char dir[64], path[128];
	sqlite3 *empty;
	char *sql;

	(void)state;
	assert_int_equal(occupation_store_count(store), 3039);
	/* A catalog of the right version with the core but no occupations,
	 * in a folder removed at exit whatever the test did (scratch.h). */
	assert_int_equal(scratch_dir(dir, sizeof dir, "occ"), 0);
	snprintf(path, sizeof path, "%s/empty.db", dir);
	assert_int_equal(sqlite3_open(path, &empty), SQLITE_OK);
	sql = sqlite3_mprintf("CREATE TABLE language (code, native_name, prompt, "
	    "sort, plural, fallback, date, months, decimal); "
	    "INSERT INTO language VALUES ('en', 'English', 'Choose', 1, "
	    "'nplurals=2; plural=(n != 1);', '', '%%d %%B %%Y', 'a b c d e f g "
	    "h i j k l', '.'); "
	    "CREATE TABLE language_chain (lang, rank, fallback); "
	    "INSERT INTO language_chain VALUES ('en', 0, 'en'); "
	    "CREATE TABLE riasec_item (id, type, short_form); "
	    "CREATE TABLE riasec_item_text (item_id, lang, text); "
	    "CREATE TABLE riasec_type_text (type, lang, name, enjoys, fields); "
	    "PRAGMA user_version = %d", CATALOG_SCHEMA_VERSION);
	assert_int_equal(sqlite3_exec(empty, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	sqlite3_close(empty);
	assert_int_equal(catalog_open(path, &core), ORIENTATION_OK);
	assert_int_equal(occupation_store_open(core, &s),
	    ORIENTATION_CATALOG_NOT_DB);
	assert_null(s);
	catalog_free(core);
	occupation_store_free(NULL);
}

static void
test_labels_and_fallback(void **state)
{
	int id = check_occupation_id(NURSE);
	static const char *const want[][2] = {
		{ "en", "nurse responsible for general care" },
		{ "nl", "algemeen verpleegkundige" },
		{ "fr", "infirmier de soins généraux/infirmière de soins généraux" },
		{ "de", "Krankenpfleger Allgemeine Krankenpflege/"
		    "Krankenschwester Allgemeine Krankenpflege" },
		/* A language outside the language table: no label in any
		 * other language. */
		{ "xx", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *label = occupation_store_label(store, id, want[i][0]);

		assert_non_null(label);
		assert_string_equal(label, want[i][1]);
		free(label);
	}
	assert_null(occupation_store_label(store, 999999, "en"));
}

static void
test_sources(void **state)
{
	long isco = count("SELECT id FROM occupation "
	    "WHERE riasec_source = 'isco' ORDER BY id LIMIT 1");

	(void)state;
	assert_int_equal(occupation_store_riasec_source(store,
	    check_occupation_id(NURSE)), OCCUPATION_SOURCE_OWN);
	assert_int_equal(occupation_store_skill_source(store,
	    check_occupation_id(NURSE)), OCCUPATION_SOURCE_OWN);
	assert_true(isco > 0);
	assert_int_equal(occupation_store_riasec_source(store, (int)isco),
	    OCCUPATION_SOURCE_ISCO);
	/* Driving instructor: neither it nor ISCO 5165 has O*NET data. */
	assert_int_equal(occupation_store_riasec_source(store,
	    check_occupation_id("5165.1")), OCCUPATION_SOURCE_NONE);
	assert_int_equal(occupation_store_riasec_source(store, 999999),
	    OCCUPATION_SOURCE_NONE);
}

static void
test_isco_path(void **state)
{
	struct occupation_isco *path;
	size_t n;

	(void)state;
	n = occupation_store_isco_path(store, check_occupation_id(NURSE), "en", &path);
	assert_int_equal(n, 4);
	assert_string_equal(path[0].code, "2");
	assert_string_equal(path[0].label, "Professionals");
	assert_string_equal(path[1].code, "22");
	assert_string_equal(path[1].label, "Health professionals");
	assert_string_equal(path[2].code, "222");
	assert_string_equal(path[3].code, "2221");
	assert_string_equal(path[3].label, "Nursing professionals");
	rows_free(path);

	n = occupation_store_isco_path(store, check_occupation_id(NURSE), "fr", &path);
	assert_int_equal(n, 4);
	assert_string_equal(path[3].label, "Cadres infirmiers");
	rows_free(path);

	/* Leading zeros: armed forces. */
	n = occupation_store_isco_path(store, check_occupation_id("0110.1"), "en",
	    &path);
	assert_int_equal(n, 4);
	assert_string_equal(path[0].code, "0");
	assert_string_equal(path[3].code, "0110");
	rows_free(path);

	assert_int_equal(occupation_store_isco_path(store, 999999, "en", &path),
	    0);
	assert_null(path);
}

static void
test_isco_children(void **state)
{
	struct occupation_isco *g;
	char *label, *in;
	size_t n;

	(void)state;
	n = occupation_store_isco_children(store, "", "de", &g);
	assert_int_equal(n, 10);
	assert_string_equal(g[0].code, "0");
	assert_string_equal(g[2].label, "Akademische Berufe");
	assert_string_equal(g[2].lang, "de");
	for (size_t i = 0; i < n; i++)
		assert_int_equal(strlen(g[i].code), 1);
	rows_free(g);

	n = occupation_store_isco_children(store, "22", "en", &g);
	assert_true(n >= 2);
	for (size_t i = 0; i < n; i++)
		assert_memory_equal(g[i].code, "22", 2);
	rows_free(g);

	assert_int_equal(occupation_store_isco_children(store, "2221", "en", &g),
	    0);
	label = occupation_store_isco_label(store, "2221", "nl", &in);
	assert_string_equal(label, "Verpleegkundigen met hogere opleiding");
	assert_string_equal(in, "nl");
	free(label);
	free(in);
	label = occupation_store_isco_label(store, "0110", "xx", NULL);
	assert_string_equal(label, "");
	free(label);
	assert_null(occupation_store_isco_label(store, "x", "en", NULL));
	assert_int_equal(occupation_store_isco_children(store, "x", "en", &g), 0);
}

static void
test_related_and_group(void **state)
{
	struct occupation_entry *e;
	int id = check_occupation_id(NURSE);
	size_t n, m;

	(void)state;
	/* Three occupations in ISCO 2221 Nursing professionals. */
	n = occupation_store_related(store, id, "en", &e);
	assert_int_equal(n, count("SELECT count(*) - 1 FROM occupation "
	    "WHERE isco_code = '2221'"));
	assert_int_equal(n, 2);
	rows_free(e);
	m = occupation_store_in_group(store, "2221", "en", &e);
	assert_int_equal(m, n + 1);
	rows_free(e);
	m = occupation_store_in_group(store, "222", "en", &e);
	assert_true(m > n + 1);
	rows_free(e);

	/* A common unit group: 1324 Supply, distribution and related managers. */
	id = (int)count("SELECT min(id) FROM occupation "
	    "WHERE isco_code = '1324'");
	n = occupation_store_related(store, id, "en", &e);
	assert_int_equal(n, count("SELECT count(*) - 1 FROM occupation "
	    "WHERE isco_code = '1324'"));
	assert_true(n > 50);
	for (size_t i = 0; i < n; i++) {
		assert_int_not_equal(e[i].id, id);
		assert_true(e[i].label[0] != '\0');
		if (i > 0)
			assert_true(strcasecmp(e[i - 1].label, e[i].label) <= 0);
	}
	rows_free(e);
}

static void
test_sorting_folds_accents(void **state)
{
	struct occupation_entry *e;
	long last_d = -1, first_f = -1, first_acute = -1;
	long last_t = -1, first_v = -1, translator = -1;
	size_t n;

	(void)state;
	/* French labels starting with é sort among the e's, not after z. */
	n = occupation_store_in_group(store, "", "fr", &e);
	assert_int_equal(n, 3039);
	for (size_t i = 0; i < n; i++) {
		const char *l = e[i].label;

		if (l[0] == 'd' || l[0] == 'D')
			last_d = (long)i;
		if (first_f < 0 && (l[0] == 'f' || l[0] == 'F'))
			first_f = (long)i;
		if (first_acute < 0 && strncmp(l, "\xc3\xa9", 2) == 0)
			first_acute = (long)i;
	}
	assert_true(last_d >= 0 && first_acute >= 0 && first_f >= 0);
	assert_true(first_acute > last_d);
	assert_true(first_acute < first_f);
	rows_free(e);

	/* German: Ü among the U's, between the T's and the V's. */
	n = occupation_store_in_group(store, "", "de", &e);
	for (size_t i = 0; i < n; i++) {
		if (e[i].label[0] == 'T')
			last_t = (long)i;
		if (first_v < 0 && e[i].label[0] == 'V')
			first_v = (long)i;
		if (strcmp(e[i].label, "\xc3\x9c" "bersetzer/\xc3\x9c" "bersetzerin")
		    == 0)
			translator = (long)i;
	}
	assert_true(last_t >= 0 && translator > last_t && translator < first_v);
	rows_free(e);
}

static void
test_alt_labels(void **state)
{
	char **alt, **en;
	char *pref;
	size_t n, nen;
	long hidden, fallback;
	sqlite3_stmt *stmt;
	bool found = false;

	(void)state;
	n = occupation_store_alt_labels(store, check_occupation_id(NURSE), "de", &alt);
	assert_true(n > 0);
	pref = occupation_store_label(store, check_occupation_id(NURSE), "de");
	for (size_t i = 0; i < n; i++) {
		found |= strcmp(alt[i], "Krankenpfleger Allgemeine Krankenpflege") == 0;
		assert_string_not_equal(alt[i], pref);
	}
	assert_true(found);
	free(pref);
	rows_free(alt);

	/* Hidden labels are never shown. */
	hidden = count("SELECT occupation_id FROM occupation_alt "
	    "WHERE hidden = 1 AND lang = 'en' ORDER BY occupation_id LIMIT 1");
	assert_true(hidden > 0);
	n = occupation_store_alt_labels(store, (int)hidden, "en", &alt);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT label FROM occupation_alt "
	    "WHERE occupation_id = ?1 AND hidden = 1 AND lang = 'en'", -1, &stmt,
	    NULL), SQLITE_OK);
	sqlite3_bind_int(stmt, 1, (int)hidden);
	while (sqlite3_step(stmt) == SQLITE_ROW)
		for (size_t i = 0; i < n; i++)
			assert_string_not_equal(alt[i],
			    (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	rows_free(alt);

	/* No French alternatives: none, never the English ones (French has
	 * no fallback in the language table). */
	fallback = count("SELECT o.id FROM occupation o WHERE NOT EXISTS "
	    "(SELECT 1 FROM occupation_alt a WHERE a.occupation_id = o.id AND "
	    "a.lang = 'fr' AND a.hidden = 0) AND EXISTS (SELECT 1 FROM "
	    "occupation_alt a WHERE a.occupation_id = o.id AND a.lang = 'en' "
	    "AND a.hidden = 0) ORDER BY o.id LIMIT 1");
	assert_true(fallback > 0);
	assert_int_equal(count("SELECT count(*) FROM language_chain "
	    "WHERE lang = 'fr'"), 1);
	n = occupation_store_alt_labels(store, (int)fallback, "fr", &alt);
	nen = occupation_store_alt_labels(store, (int)fallback, "en", &en);
	assert_int_equal(n, 0);
	assert_true(nen > 0);
	rows_free(en);
	rows_free(alt);
}

static void
test_top_skills_and_lmi(void **state)
{
	struct occupation_skill *sk;
	struct occupation_lmi lmi;
	size_t n;

	(void)state;
	n = occupation_store_top_skills(store, check_occupation_id(NURSE), 5, &sk);
	assert_int_equal(n, 5);
	for (size_t i = 0; i < n; i++) {
		assert_true(sk[i].importance >= 1 && sk[i].importance <= 5);
		if (i > 0)
			assert_true(sk[i - 1].importance >= sk[i].importance);
	}
	assert_true(sk[0].importance > 3.5);
	rows_free(sk);
	assert_int_equal(occupation_store_top_skills(store, check_occupation_id(NURSE),
	    0, &sk), 0);

	/* No labour-market facts yet: "no information", nothing invented. */
	assert_int_equal(occupation_store_lmi(store, check_occupation_id(NURSE), &lmi),
	    ORIENTATION_NOT_FOUND);
	assert_int_equal(lmi.apprenticeship, -1);
	assert_int_equal(lmi.shortage, -1);
	assert_null(lmi.source);
	occupation_lmi_free(&lmi);
}

/* The skill ids in display order, as the skills screen asks them. */
static int
skill_ids(char **ids, int max)
{
	sqlite3_stmt *stmt;
	int n = 0;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT element_id FROM skill "
	    "ORDER BY sort", -1, &stmt, NULL), SQLITE_OK);
	while (n < max && sqlite3_step(stmt) == SQLITE_ROW)
		ids[n++] = strdup((const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	return n;
}

static void
test_load_matching(void **state)
{
	struct match_occupation *occ;
	char *ids[MATCH_MAX_SKILLS];
	int nids = skill_ids(ids, MATCH_MAX_SKILLS);
	int nurse = check_occupation_id(NURSE);
	size_t n, with = 0, estimated = 0;
	const struct match_occupation *o = NULL;

	(void)state;
	assert_true(nids >= 20);
	n = occupation_store_load_matching(store, (const char *const *)ids, nids,
	    &occ);
	assert_int_equal(n, 3039);
	for (size_t i = 0; i < n; i++) {
		with += occ[i].has_riasec;
		estimated += occ[i].estimated;
		if (i > 0)
			assert_true(occ[i - 1].id < occ[i].id);
		if (occ[i].id == nurse)
			o = &occ[i];
	}
	assert_int_equal(with, 3039 - 9);
	assert_int_equal(estimated, 166);
	assert_non_null(o);
	assert_true(o->has_riasec && !o->estimated);
	assert_true(o->riasec[RIASEC_S] > 5.78f && o->riasec[RIASEC_S] < 5.80f);
	assert_int_equal(o->level, MATCH_LEVEL_BACHELOR);
	assert_int_equal(o->isco_major, 2);
	for (int k = 0; k < nids; k++)
		assert_true(o->skill_centi[k] >= 100 && o->skill_centi[k] <= 500);
	free(occ);

	/* Skills in the order asked, and none asked: all zero. */
	n = occupation_store_load_matching(store,
	    (const char *const *)ids + 1, 1, &occ);
	assert_int_equal(n, 3039);
	assert_true(occ[nurse - 1].id == nurse);
	assert_true(occ[nurse - 1].skill_centi[0] > 0);
	assert_true(occ[nurse - 1].skill_centi[1] == 0);
	free(occ);
	n = occupation_store_load_matching(store, NULL, 0, &occ);
	assert_int_equal(n, 3039);
	assert_true(occ[0].skill_centi[0] == 0);
	free(occ);
	for (int k = 0; k < nids; k++)
		free(ids[k]);
}

static void
test_social_visitor_gets_social_occupations(void **state)
{
	struct match_occupation *occ;
	struct match_person p = {
		.share = { 0, 0, 0, 1, 0, 0 },
		.enough = { true, true, true, true, true, true },
	};
	struct match_result res[10];
	size_t n, nres;

	(void)state;
	n = occupation_store_load_matching(store, NULL, 0, &occ);
	nres = match_rank(&p, occ, n, NULL, res, 10);
	assert_int_equal(nres, 10);
	for (size_t i = 0; i < nres; i++) {
		const struct match_occupation *o = &occ[res[i].index];

		/* Social is the occupation's first letter. */
		for (int t = 0; t < RIASEC_COUNT; t++)
			assert_true(o->riasec[RIASEC_S] >= o->riasec[t]);
		assert_true(res[i].fit >= 80);
		assert_int_equal(res[i].nwhy_types, 1);
		assert_int_equal(res[i].why_types[0], RIASEC_S);
	}
	free(occ);
}

/* A language that falls back to German: its names are German and the
 * store says so, so a screen can mark them. */
static void
test_chain_names_say_their_language(void **state)
{
	char dir[64], path[128];
	int id = check_occupation_id(NURSE);
	struct catalog *c;
	struct occupation_store *s;
	sqlite3 *copy;
	char *sql, *label, *lang;

	(void)state;
	/* Removed at exit, whatever the test did (scratch.h). */
	assert_int_equal(scratch_dir(dir, sizeof dir, "chain"), 0);
	snprintf(path, sizeof path, "%s/chain.db", dir);
	sql = sqlite3_mprintf("VACUUM INTO %Q", path);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	assert_int_equal(sqlite3_open(path, &copy), SQLITE_OK);
	assert_int_equal(sqlite3_exec(copy, "INSERT INTO language SELECT 'qx', "
	    "'Qx', 'Qx', 99, plural, 'de', date, months, decimal FROM language "
	    "WHERE code = 'de'; INSERT INTO language_chain VALUES "
	    "('qx', 0, 'qx'), ('qx', 1, 'de')", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(copy);
	assert_int_equal(catalog_open(path, &c), ORIENTATION_OK);
	assert_int_equal(occupation_store_open(c, &s), ORIENTATION_OK);

	label = occupation_store_label(s, id, "qx");
	assert_string_equal(label, "Krankenpfleger Allgemeine Krankenpflege/"
	    "Krankenschwester Allgemeine Krankenpflege");
	free(label);
	lang = occupation_store_text_lang(s, id, OCCUPATION_TEXT_LABEL, "qx");
	assert_string_equal(lang, "de");
	free(lang);
	lang = occupation_store_text_lang(s, id, OCCUPATION_TEXT_ALT, "qx");
	assert_string_equal(lang, "de");
	free(lang);
	/* In its own language a name is unmarked; outside the table none. */
	lang = occupation_store_text_lang(s, id, OCCUPATION_TEXT_LABEL, "fr");
	assert_string_equal(lang, "fr");
	free(lang);
	assert_null(occupation_store_text_lang(s, id, OCCUPATION_TEXT_LABEL,
	    "xx"));
	occupation_store_free(s);
	catalog_free(c);
}

static int
setup(void **state)
{
	if (catalog_open(check_catalog_path(), &cat) != ORIENTATION_OK ||
	    occupation_store_open(cat, &store) != ORIENTATION_OK)
		return -1;
	return check_setup(state);   /* db: the same file, for expected values */
}

static int
teardown(void **state)
{
	occupation_store_free(store);
	catalog_free(cat);
	return check_teardown(state);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_and_refuse),
		cmocka_unit_test(test_labels_and_fallback),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_isco_path),
		cmocka_unit_test(test_isco_children),
		cmocka_unit_test(test_related_and_group),
		cmocka_unit_test(test_sorting_folds_accents),
		cmocka_unit_test(test_alt_labels),
		cmocka_unit_test(test_chain_names_say_their_language),
		cmocka_unit_test(test_top_skills_and_lmi),
		cmocka_unit_test(test_load_matching),
		cmocka_unit_test(test_social_visitor_gets_social_occupations),
	};

	return skip_status(cmocka_run_group_tests(tests, setup, teardown));
}
