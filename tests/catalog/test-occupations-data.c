/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Checks of the occupation data in the built catalog, independent of the
 * program's own queries: the counts of the ESCO and ISCO sources, a label
 * in every UI language, where each interest profile comes from, the
 * derived level and skill rows, and that no labour-market fact was made up.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "skip.h"
#include <sqlite3.h>

#include "check.h"

static void
test_counts(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM occupation"), 3039);
	assert_int_equal(count("SELECT count(*) FROM isco_group"), 619);
	assert_int_equal(count("SELECT count(*) FROM isco_group WHERE level = 1"),
	    10);
	assert_int_equal(count("SELECT count(*) FROM isco_group WHERE level = 4"),
	    436);
	/* Ids follow esco_code order, 1..n. */
	assert_int_equal(count("SELECT count(*) FROM occupation a "
	    "JOIN occupation b ON b.id = a.id + 1 WHERE b.esco_code <= a.esco_code"),
	    0);
	assert_int_equal(count("SELECT max(id) - min(id) + 1 FROM occupation"),
	    3039);
}

static void
test_labels_in_every_language(void **state)
{
	(void)state;
	/* In the language itself or along its fallback chain. */
	assert_int_equal(count("SELECT count(*) FROM occupation o, language l "
	    "WHERE NOT EXISTS (SELECT 1 FROM occupation_text t "
	    "JOIN language_chain c ON c.fallback = t.lang AND c.lang = l.code "
	    "WHERE t.occupation_id = o.id AND trim(t.label) <> '')"), 0);
	assert_int_equal(count("SELECT count(*) FROM isco_group g, language l "
	    "WHERE NOT EXISTS (SELECT 1 FROM isco_group_text t "
	    "JOIN language_chain c ON c.fallback = t.lang AND c.lang = l.code "
	    "WHERE t.code = g.code AND trim(t.label) <> '')"), 0);
	/* A language with ESCO labels has them for every occupation. */
	assert_int_equal(count("SELECT count(*) FROM (SELECT lang FROM "
	    "occupation_text GROUP BY lang HAVING count(*) <> 3039)"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation_text t "
	    "JOIN occupation o ON o.id = t.occupation_id "
	    "WHERE o.esco_code = '2221.2' AND t.lang = 'en' "
	    "AND t.label = 'nurse responsible for general care'"), 1);
	assert_int_equal(count("SELECT count(*) FROM text_table "
	    "WHERE name IN ('occupation_text', 'isco_group_text')"), 2);
}

static void
test_riasec_sources(void **state)
{
	long own, isco, none;

	(void)state;
	own = count("SELECT count(*) FROM occupation WHERE riasec_source = 'own'");
	isco = count("SELECT count(*) FROM occupation WHERE riasec_source = 'isco'");
	none = count("SELECT count(*) FROM occupation WHERE riasec_source IS NULL");
	print_message("RIASEC: %ld own, %ld estimated from ISCO, %ld none\n",
	    own, isco, none);
	assert_int_equal(own, 2864);
	assert_int_equal(own + isco + none, 3039);
	assert_int_equal(isco, 166);
	/* Without a profile of its own or of its unit group, nothing. */
	assert_int_equal(count("SELECT count(*) FROM occupation o "
	    "JOIN isco_group g ON g.code = o.isco_code "
	    "WHERE o.riasec_source IS NULL AND g.R IS NOT NULL"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation "
	    "WHERE riasec_source IS NULL AND (R IS NOT NULL OR level IS NOT NULL)"),
	    0);
	/* An estimate is its unit group's profile. */
	assert_int_equal(count("SELECT count(*) FROM occupation o "
	    "JOIN isco_group g ON g.code = o.isco_code "
	    "WHERE o.riasec_source = 'isco' AND (o.R <> g.R OR o.I <> g.I "
	    "OR o.A <> g.A OR o.S <> g.S OR o.E <> g.E OR o.C <> g.C)"), 0);
	/* Scores on O*NET's scale 1..7, all six present. */
	assert_int_equal(count("SELECT count(*) FROM occupation "
	    "WHERE riasec_source IS NOT NULL AND NOT (R BETWEEN 1 AND 7 AND "
	    "I BETWEEN 1 AND 7 AND A BETWEEN 1 AND 7 AND S BETWEEN 1 AND 7 AND "
	    "E BETWEEN 1 AND 7 AND C BETWEEN 1 AND 7)"), 0);
	/* Job zones come with the profile, from the same source. */
	assert_int_equal(count("SELECT count(*) FROM occupation "
	    "WHERE (job_zone_min IS NULL) <> (riasec_source IS NULL)"), 0);
}

static void
test_levels(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM occupation WHERE level IS NOT "
	    "CASE (job_zone_min + job_zone_max) / 2 WHEN 1 THEN 0 WHEN 2 THEN 1 "
	    "WHEN 3 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 3 END"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation "
	    "WHERE job_zone_min > job_zone_max"), 0);
	/* Every level occurs. */
	assert_int_equal(count("SELECT count(DISTINCT level) FROM occupation"), 4);
	/* A general nurse: job zones 3..5, so bachelor level. */
	assert_int_equal(count("SELECT level FROM occupation "
	    "WHERE esco_code = '2221.2'"), 3);
}

static void
test_isco_tree(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM isco_group g "
	    "WHERE level > 1 AND NOT EXISTS (SELECT 1 FROM isco_group p "
	    "WHERE p.code = g.parent AND p.level = g.level - 1)"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation o "
	    "JOIN isco_group g ON g.code = o.isco_code WHERE g.level <> 4"), 0);
	/* Leading zeros are kept. */
	assert_int_equal(count("SELECT count(*) FROM isco_group "
	    "WHERE code = '0110' AND parent = '011'"), 1);
}

static void
test_skills(void **state)
{
	(void)state;
	/* Only the skills a visitor rates, importance on O*NET's 1..5. */
	assert_int_equal(count("SELECT count(*) FROM occupation_skill s "
	    "WHERE NOT EXISTS (SELECT 1 FROM skill k "
	    "WHERE k.element_id = s.element_id)"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation_skill "
	    "WHERE importance < 1 OR importance > 5"), 0);
	/* An occupation has data for every rated skill or for none. */
	assert_int_equal(count("SELECT count(*) FROM (SELECT occupation_id "
	    "FROM occupation_skill GROUP BY occupation_id "
	    "HAVING count(*) <> (SELECT count(*) FROM skill))"), 0);
	assert_int_equal(count("SELECT count(*) FROM occupation o WHERE "
	    "(o.skill_source IS NULL) <> NOT EXISTS (SELECT 1 FROM "
	    "occupation_skill s WHERE s.occupation_id = o.id)"), 0);
	assert_true(count("SELECT count(*) FROM occupation "
	    "WHERE skill_source = 'own'") > 2800);
}

static void
test_alt_labels(void **state)
{
	(void)state;
	assert_true(count("SELECT count(*) FROM occupation_alt") > 80000);
	assert_int_equal(count("SELECT count(*) FROM occupation_alt "
	    "WHERE lang NOT IN (SELECT code FROM language)"), 0);
	/* As the data's README says: a German alt label of the nurse. */
	assert_int_equal(count("SELECT count(*) FROM occupation_alt a "
	    "JOIN occupation o ON o.id = a.occupation_id "
	    "WHERE o.esco_code = '2221.2' AND a.lang = 'de' AND a.hidden = 0 "
	    "AND a.label = 'Krankenpfleger Allgemeine Krankenpflege'"), 1);
	assert_true(count("SELECT count(*) FROM occupation_alt "
	    "WHERE hidden = 1") > 0);
}

static void
test_search_rows(void **state)
{
	(void)state;
	/* Every occupation and ISCO group is findable in every language. */
	/* Every occupation and ISCO group is findable in every language that
	 * has labels of its own. */
	assert_int_equal(count("SELECT count(DISTINCT ref || ' ' || lang) "
	    "FROM search WHERE kind = 'occupation'"),
	    3039 * count("SELECT count(DISTINCT lang) FROM occupation_text"));
	assert_int_equal(count("SELECT count(DISTINCT ref || ' ' || lang) "
	    "FROM search WHERE kind = 'isco'"),
	    619 * count("SELECT count(DISTINCT lang) FROM isco_group_text"));
	assert_int_equal(count("SELECT count(*) FROM sqlite_schema "
	    "WHERE name LIKE 'search_source%'"), 0);
}

static void
test_no_invented_labour_market_facts(void **state)
{
	(void)state;
	assert_int_equal(count("SELECT count(*) FROM occupation_lmi"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_labels_in_every_language),
		cmocka_unit_test(test_riasec_sources),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_isco_tree),
		cmocka_unit_test(test_skills),
		cmocka_unit_test(test_alt_labels),
		cmocka_unit_test(test_search_rows),
		cmocka_unit_test(test_no_invented_labour_market_facts),
	};

	return skip_status(cmocka_run_group_tests(tests, check_setup, check_teardown));
}
