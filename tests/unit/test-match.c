/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of occupation matching on hand-made occupations and visitors:
 * ranking by interests, known correlations, stable ties, filters, skills,
 * why-lines, the all-same warning, occupations without a profile and
 * truncation to the requested number of results.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "skip.h"

#include "core/match.h"

#define MAXR 16

/* An occupation with scores R I A S E C (O*NET scale 1..7). */
static struct match_occupation
occupation(int id, double r, double i, double a, double s, double e,
    double c)
{
	struct match_occupation o = {
		.id = id,
		.has_riasec = true,
		.riasec = { (float)r, (float)i, (float)a, (float)s, (float)e,
		    (float)c },
		.level = MATCH_LEVEL_DAP,
		.isco_major = 5,
	};

	return o;
}

/* A visitor with shares R I A S E C, every type scored, nothing rated. */
static struct match_person
person(double r, double i, double a, double s, double e, double c)
{
	struct match_person p = {
		.share = { r, i, a, s, e, c },
		.enough = { true, true, true, true, true, true },
	};

	for (int k = 0; k < MATCH_MAX_SKILLS; k++)
		p.rating[k] = MATCH_RATING_NONE;
	return p;
}

/* Nurse-, teacher- and machine-operator-like profiles. */
static struct match_occupation
nurse(int id)
{
	return occupation(id, 3.56, 4.75, 1.60, 5.79, 2.32, 4.03);
}

static struct match_occupation
teacher(int id)
{
	return occupation(id, 1.40, 3.30, 3.60, 6.50, 4.10, 3.00);
}

static struct match_occupation
operator(int id)
{
	return occupation(id, 6.60, 2.10, 1.10, 1.70, 2.10, 4.60);
}

static void
test_social_person_prefers_social_occupations(void **state)
{
	struct match_occupation occ[] = { operator(1), nurse(2), teacher(3) };
	struct match_person p = person(0, 0, 0, 1, 0, 0);
	struct match_result res[MAXR];
	size_t n;

	(void)state;
	n = match_rank(&p, occ, 3, NULL, res, MAXR);
	assert_int_equal(n, 3);
	assert_int_equal(res[2].index, 0);
	assert_true(res[0].index == 1 || res[0].index == 2);
	assert_true(res[1].fit > res[2].fit);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(res[i].skill_fit, -1);
		assert_int_equal(res[i].fit, res[i].interest_fit);
	}
	/* Only Social is above the lowest share: the one why-type. */
	assert_int_equal(res[0].nwhy_types, 1);
	assert_int_equal(res[0].why_types[0], RIASEC_S);
	assert_int_equal(res[2].nwhy_types, 0);
}

static void
test_known_correlations(void **state)
{
	struct match_occupation o = occupation(1, 2, 6, 3, 5, 1, 4);
	struct match_occupation flat = occupation(2, 4, 4, 4, 4, 4, 4);
	/* Same shape: shares = (score - 1) / 6. */
	struct match_person same = person(1 / 6.0, 5 / 6.0, 2 / 6.0, 4 / 6.0,
	    0, 3 / 6.0);
	/* Reversed: shares = (7 - score) / 6. */
	struct match_person rev = person(5 / 6.0, 1 / 6.0, 4 / 6.0, 2 / 6.0,
	    1, 3 / 6.0);
	struct match_person level = person(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
	struct match_occupation wave = occupation(3, 1, 2, 1, 2, 1, 2);
	struct match_person other = person(0, 0, 1, 1, 0.5, 0.5);

	(void)state;
	assert_int_equal(match_interest_fit(&same, &o), 100);
	assert_int_equal(match_interest_fit(&rev, &o), 0);
	assert_int_equal(match_interest_fit(&level, &o), -1);
	assert_int_equal(match_interest_fit(&same, &flat), -1);
	/* Uncorrelated: r = 0 gives the middle. */
	assert_int_equal(match_interest_fit(&other, &wave), 50);
	o.has_riasec = false;
	assert_int_equal(match_interest_fit(&same, &o), -1);
}

static void
test_unscored_types_are_left_out(void **state)
{
	struct match_occupation o = occupation(1, 2, 6, 3, 5, 1, 4);
	struct match_person p = person(1 / 6.0, 5 / 6.0, 2 / 6.0, 4 / 6.0,
	    0, 3 / 6.0);

	(void)state;
	/* Wild shares on unscored types do not count... */
	p.share[RIASEC_R] = 1;
	p.enough[RIASEC_R] = false;
	p.share[RIASEC_E] = 1;
	p.enough[RIASEC_E] = false;
	assert_int_equal(match_interest_fit(&p, &o), 100);
	/* ...and fewer than four scored types give no correlation. */
	p.enough[RIASEC_C] = false;
	assert_int_equal(match_interest_fit(&p, &o), -1);
}

static void
test_ties_keep_input_order(void **state)
{
	struct match_occupation occ[] = {
		nurse(1), operator(2), nurse(3), nurse(4), teacher(5),
	};
	struct match_person p = person(0.2, 0.6, 0.1, 0.9, 0.3, 0.5);
	struct match_result res[MAXR];
	size_t n;

	(void)state;
	n = match_rank(&p, occ, 5, NULL, res, MAXR);
	assert_int_equal(n, 5);
	assert_int_equal(res[0].index, 0);
	assert_int_equal(res[1].index, 2);
	assert_int_equal(res[2].index, 3);
	assert_int_equal(res[0].fit, res[2].fit);
	/* Cutting inside the tie keeps the earliest. */
	n = match_rank(&p, occ, 5, NULL, res, 2);
	assert_int_equal(n, 2);
	assert_int_equal(res[0].index, 0);
	assert_int_equal(res[1].index, 2);
}

static void
test_filters(void **state)
{
	struct match_occupation occ[] = { nurse(1), teacher(2), operator(3),
	    nurse(4) };
	struct match_person p = person(0, 0, 0, 1, 0, 0);
	struct match_filter f = { MATCH_LEVEL_ANY, -1 };
	struct match_result res[MAXR];
	size_t n;

	(void)state;
	occ[0].level = MATCH_LEVEL_BACHELOR;
	occ[0].isco_major = 2;
	occ[1].level = MATCH_LEVEL_BACHELOR;
	occ[1].isco_major = 2;
	occ[2].level = MATCH_LEVEL_CCP;
	occ[2].isco_major = 8;
	occ[3].level = -1;
	occ[3].isco_major = 3;
	assert_int_equal(match_rank(&p, occ, 4, &f, res, MAXR), 4);

	f.level = MATCH_LEVEL_BACHELOR;
	n = match_rank(&p, occ, 4, &f, res, MAXR);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(occ[res[i].index].level, MATCH_LEVEL_BACHELOR);

	f.level = MATCH_LEVEL_ANY;
	f.isco_major = 8;
	n = match_rank(&p, occ, 4, &f, res, MAXR);
	assert_int_equal(n, 1);
	assert_int_equal(res[0].index, 2);

	/* Both at once; an unknown level never passes a level filter. */
	f.level = MATCH_LEVEL_CCP;
	f.isco_major = 2;
	assert_int_equal(match_rank(&p, occ, 4, &f, res, MAXR), 0);
	f.level = MATCH_LEVEL_DAP;
	f.isco_major = -1;
	assert_int_equal(match_rank(&p, occ, 4, &f, res, MAXR), 0);
}

static void
test_skills_raise_the_fit(void **state)
{
	struct match_occupation occ[] = { nurse(1), nurse(2) };
	struct match_person p = person(0, 0, 0, 1, 0, 0);
	struct match_result res[MAXR];
	int interest;

	(void)state;
	/* Same interests; the first needs skill 1, the second skill 0. */
	occ[0].skill_centi[0] = 150;
	occ[0].skill_centi[1] = 500;
	occ[1].skill_centi[0] = 500;
	occ[1].skill_centi[1] = 150;
	interest = match_interest_fit(&p, &occ[0]);
	p.nskills = 3;
	p.rating[0] = MATCH_RATING_MAX;  /* very good at what occ[1] needs */
	p.rating[1] = 0;
	/* p.rating[2] stays unrated; neither occupation has data for it. */
	assert_int_equal(match_rank(&p, occ, 2, NULL, res, MAXR), 2);
	assert_int_equal(res[0].index, 1);
	assert_int_equal(res[0].interest_fit, interest);
	/* w = 1 and 0.125: 100 * 1 / 1.125 = 88.9. */
	assert_int_equal(res[0].skill_fit, 89);
	assert_int_equal(res[1].skill_fit, 11);
	assert_int_equal(res[0].fit, (int)(0.6 * interest + 0.4 * 89 + 0.5));
	assert_true(res[0].fit > interest);
	assert_true(res[1].fit < interest);
	/* The why-line names the skill that helped. */
	assert_int_equal(res[0].nwhy_skills, 1);
	assert_int_equal(res[0].why_skills[0], 0);
	assert_int_equal(res[1].nwhy_skills, 1);

	/* Rated skills without data for the occupation: interest alone. */
	occ[0] = nurse(1);
	occ[1] = nurse(2);
	assert_int_equal(match_rank(&p, occ, 2, NULL, res, MAXR), 2);
	assert_int_equal(res[0].skill_fit, -1);
	assert_int_equal(res[0].fit, interest);
	assert_int_equal(res[0].nwhy_skills, 0);

	/* An interest fit of 0 (the reverse profile) still counts: it
	 * weighs the skills down, 0.6 * 0 + 0.4 * 100. */
	{
		struct match_occupation o = occupation(3, 2, 6, 3, 5, 1, 4);
		struct match_person r = person(5 / 6.0, 1 / 6.0, 4 / 6.0,
		    2 / 6.0, 1, 3 / 6.0);

		o.skill_centi[0] = 500;
		r.nskills = 1;
		r.rating[0] = MATCH_RATING_MAX;
		assert_int_equal(match_rank(&r, &o, 1, NULL, res, MAXR), 1);
		assert_int_equal(res[0].interest_fit, 0);
		assert_int_equal(res[0].skill_fit, 100);
		assert_int_equal(res[0].fit, 40);
	}
}

static void
test_flat_profile_ranks_by_skills(void **state)
{
	struct match_occupation occ[] = { nurse(1), operator(2) };
	struct match_person p = person(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
	struct match_result res[MAXR];

	(void)state;
	/* Nothing to go on: no results. */
	assert_int_equal(match_rank(&p, occ, 2, NULL, res, MAXR), 0);

	occ[0].skill_centi[0] = 200;
	occ[0].skill_centi[1] = 400;
	occ[1].skill_centi[0] = 400;
	occ[1].skill_centi[1] = 200;
	p.nskills = 2;
	p.rating[0] = 3;
	p.rating[1] = 1;
	assert_int_equal(match_rank(&p, occ, 2, NULL, res, MAXR), 2);
	assert_int_equal(res[0].index, 1);
	assert_int_equal(res[0].interest_fit, -1);
	assert_int_equal(res[0].fit, res[0].skill_fit);
	assert_int_equal(res[0].nwhy_types, 0);
	/* w = 0.75 and 0.25, p = 1 and 1/3: 100 * (0.75 + 1/12) / 1 = 83. */
	assert_int_equal(res[0].skill_fit, 83);
}

static void
test_why_lines(void **state)
{
	struct match_occupation occ[] = {
		occupation(1, 1.5, 2.0, 3.0, 6.5, 5.5, 5.0), /* S E C */
	};
	struct match_person p = person(0.1, 0.2, 0.8, 1.0, 0.6, 0.1);
	struct match_result res[MAXR];

	(void)state;
	/* Visitor S A E, occupation S E C: S then E, the visitor's order. */
	assert_int_equal(match_rank(&p, occ, 1, NULL, res, MAXR), 1);
	assert_int_equal(res[0].nwhy_types, 2);
	assert_int_equal(res[0].why_types[0], RIASEC_S);
	assert_int_equal(res[0].why_types[1], RIASEC_E);
	/* Tied interests come in hexagon order (R I A S E C): S before E. */
	{
		struct match_occupation tied = occupation(2, 1.5, 2.0, 3.0, 6.5,
		    6.5, 2.5);
		struct match_person q = person(0.1, 0.2, 0.4, 1.0, 1.0, 0.1);

		assert_int_equal(match_rank(&q, &tied, 1, NULL, res, MAXR), 1);
		assert_int_equal(res[0].nwhy_types, 2);
		assert_int_equal(res[0].why_types[0], RIASEC_S);
		assert_int_equal(res[0].why_types[1], RIASEC_E);
	}

	/* Skills: w * p of 0.5, 0.75, 0 (rated 0), 1.0 -> 3 then 1. */
	occ[0].skill_centi[0] = 300;
	occ[0].skill_centi[1] = 400;
	occ[0].skill_centi[2] = 500;
	occ[0].skill_centi[3] = 500;
	p.nskills = 4;
	p.rating[0] = 3;
	p.rating[1] = 3;
	p.rating[2] = 0;
	p.rating[3] = 3;
	assert_int_equal(match_rank(&p, occ, 1, NULL, res, MAXR), 1);
	assert_int_equal(res[0].nwhy_skills, MATCH_WHY_SKILLS);
	assert_int_equal(res[0].why_skills[0], 3);
	assert_int_equal(res[0].why_skills[1], 1);
	/* Equal w * p: the first rated skill is named first. */
	occ[0].skill_centi[1] = 500;
	assert_int_equal(match_rank(&p, occ, 1, NULL, res, MAXR), 1);
	assert_int_equal(res[0].why_skills[0], 1);
	assert_int_equal(res[0].why_skills[1], 3);
}

static void
test_ratings_all_same(void **state)
{
	struct match_person p = person(0, 0, 0, 1, 0, 0);

	(void)state;
	p.nskills = 5;
	assert_false(match_ratings_all_same(&p));
	p.rating[0] = 2;
	assert_false(match_ratings_all_same(&p));
	p.rating[3] = 2;
	assert_true(match_ratings_all_same(&p));
	p.rating[4] = 2;
	assert_true(match_ratings_all_same(&p));
	p.rating[1] = 3;
	assert_false(match_ratings_all_same(&p));
	/* Ratings past nskills do not count. */
	p.rating[1] = MATCH_RATING_NONE;
	p.rating[5] = 0;
	assert_true(match_ratings_all_same(&p));
}

static void
test_occupations_without_profile_are_left_out(void **state)
{
	struct match_occupation occ[] = { nurse(1), teacher(2), nurse(3) };
	struct match_person p = person(0, 0, 0, 1, 0, 0);
	struct match_result res[MAXR];

	(void)state;
	occ[0].has_riasec = false;
	occ[1].has_riasec = false;
	/* Even when skills alone could rank them. */
	occ[0].skill_centi[0] = 500;
	p.nskills = 1;
	p.rating[0] = 3;
	assert_int_equal(match_rank(&p, occ, 3, NULL, res, MAXR), 1);
	assert_int_equal(res[0].index, 2);
}

static void
test_max_truncates(void **state)
{
	struct match_occupation occ[] = {
		operator(1), nurse(2), operator(3), teacher(4), nurse(5),
		operator(6),
	};
	struct match_person p = person(0.1, 0.3, 0.4, 1, 0.6, 0.2);
	struct match_result all[MAXR], two[2];
	size_t n;

	(void)state;
	n = match_rank(&p, occ, 6, NULL, all, MAXR);
	assert_int_equal(n, 6);
	for (size_t i = 1; i < n; i++)
		assert_true(all[i - 1].fit > all[i].fit ||
		    (all[i - 1].fit == all[i].fit &&
		    all[i - 1].index < all[i].index));
	assert_int_equal(match_rank(&p, occ, 6, NULL, two, 2), 2);
	assert_int_equal(two[0].index, all[0].index);
	assert_int_equal(two[1].index, all[1].index);
	assert_int_equal(match_rank(&p, occ, 6, NULL, two, 0), 0);
	assert_int_equal(match_rank(&p, occ, 0, NULL, two, 2), 0);
}

static void
test_level_from_job_zone(void **state)
{
	(void)state;
	assert_int_equal(match_level_from_job_zone(1), MATCH_LEVEL_CCP);
	assert_int_equal(match_level_from_job_zone(2), MATCH_LEVEL_DAP);
	assert_int_equal(match_level_from_job_zone(3), MATCH_LEVEL_DT);
	assert_int_equal(match_level_from_job_zone(4), MATCH_LEVEL_BACHELOR);
	assert_int_equal(match_level_from_job_zone(5), MATCH_LEVEL_BACHELOR);
	assert_int_equal(match_level_from_job_zone(0), MATCH_LEVEL_ANY);
	assert_int_equal(match_level_from_job_zone(6), MATCH_LEVEL_ANY);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_social_person_prefers_social_occupations),
		cmocka_unit_test(test_known_correlations),
		cmocka_unit_test(test_unscored_types_are_left_out),
		cmocka_unit_test(test_ties_keep_input_order),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_skills_raise_the_fit),
		cmocka_unit_test(test_flat_profile_ranks_by_skills),
		cmocka_unit_test(test_why_lines),
		cmocka_unit_test(test_ratings_all_same),
		cmocka_unit_test(test_occupations_without_profile_are_left_out),
		cmocka_unit_test(test_max_truncates),
		cmocka_unit_test(test_level_from_job_zone),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
