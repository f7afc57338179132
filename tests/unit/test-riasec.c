/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of RIASEC scoring: sums, shares, forms, missing answers, ties,
 * code order, differentiation and consistency, on hand-made vectors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "skip.h"

#include "core/riasec.h"

#define N 60

static enum riasec_type types[N];
static int answers[N];

/* A full form cycling R I A S E C, every answer @a. */
static void
fill(int n, int a)
{
	for (int i = 0; i < n; i++) {
		types[i] = (enum riasec_type)(i % RIASEC_COUNT);
		answers[i] = a;
	}
}

/* Set every answer of type @t to @a. */
static void
set_type(int n, enum riasec_type t, int a)
{
	for (int i = 0; i < n; i++)
		if (types[i] == t)
			answers[i] = a;
}

static void
test_sums_and_shares_full(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(N, 2);
	set_type(N, RIASEC_S, 4);
	set_type(N, RIASEC_R, 0);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.asked[RIASEC_S], 10);
	assert_int_equal(p.sum[RIASEC_S], 40);
	assert_int_equal(p.sum[RIASEC_R], 0);
	assert_int_equal(p.sum[RIASEC_I], 20);
	assert_true(p.share[RIASEC_S] == 1.0);
	assert_true(p.share[RIASEC_R] == 0.0);
	assert_true(p.share[RIASEC_A] == 0.5);
	assert_int_equal(p.rank[0], RIASEC_S);
	assert_int_equal(p.rank[5], RIASEC_R);
}

static void
test_short_form_compares_with_full(void **state)
{
	struct riasec_profile full, shortp;

	(void)state;
	fill(N, 3);
	riasec_score(types, answers, N, &full);
	fill(30, 3);
	riasec_score(types, answers, 30, &shortp);
	assert_int_equal(shortp.asked[RIASEC_E], 5);
	assert_int_equal(shortp.sum[RIASEC_E], 15);
	assert_int_equal(full.sum[RIASEC_E], 30);
	for (int t = 0; t < RIASEC_COUNT; t++)
		assert_true(full.share[t] == shortp.share[t]);
}

static void
test_missing_answers(void **state)
{
	struct riasec_profile p;
	int skipped = 0;

	(void)state;
	fill(N, 4);
	/* Skip 2 of 10 Artistic items: 80 % answered, still scored. */
	for (int i = 0; i < N && skipped < 2; i++)
		if (types[i] == RIASEC_A) {
			answers[i] = RIASEC_ANSWER_NONE;
			skipped++;
		}
	riasec_score(types, answers, N, &p);
	assert_true(p.enough[RIASEC_A]);
	assert_int_equal(p.answered[RIASEC_A], 8);
	assert_true(p.share[RIASEC_A] == 1.0);
	/* A third skip: 70 %, not enough, not ranked. */
	for (int i = 0; i < N; i++)
		if (types[i] == RIASEC_A && answers[i] != RIASEC_ANSWER_NONE) {
			answers[i] = RIASEC_ANSWER_NONE;
			break;
		}
	riasec_score(types, answers, N, &p);
	assert_false(p.enough[RIASEC_A]);
	assert_int_equal(p.nrank, 5);
	for (int i = 0; i < p.nrank; i++)
		assert_int_not_equal(p.rank[i], RIASEC_A);
}

static void
test_out_of_range_answers_ignored(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(6, 4);
	answers[0] = 5;
	answers[1] = -7;
	riasec_score(types, answers, 6, &p);
	assert_int_equal(p.answered[RIASEC_R], 0);
	assert_int_equal(p.answered[RIASEC_I], 0);
	assert_false(p.enough[RIASEC_R]);
}

static void
test_nothing_answered(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(30, RIASEC_ANSWER_NONE);
	riasec_score(types, answers, 30, &p);
	assert_int_equal(p.nrank, 0);
	assert_int_equal(p.code_len, 0);
	assert_int_equal(p.clarity, RIASEC_CLARITY_NONE);
	assert_int_equal(p.consistency, RIASEC_CONSISTENCY_NONE);
}

static void
test_code_order(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(N, 0);
	set_type(N, RIASEC_E, 4);
	set_type(N, RIASEC_C, 3);
	set_type(N, RIASEC_I, 2);
	set_type(N, RIASEC_R, 1);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.code_len, 3);
	assert_int_equal(p.rank[0], RIASEC_E);
	assert_int_equal(p.rank[1], RIASEC_C);
	assert_int_equal(p.rank[2], RIASEC_I);
	for (int i = 0; i < 5; i++)
		assert_false(i < 3 && riasec_code_tied(&p, i));
}

static void
test_tie_in_first_place(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(N, 0);
	set_type(N, RIASEC_S, 4);
	set_type(N, RIASEC_A, 4);
	set_type(N, RIASEC_E, 2);
	riasec_score(types, answers, N, &p);
	/* Fixed rule: hexagon order, so A before S. */
	assert_int_equal(p.rank[0], RIASEC_A);
	assert_int_equal(p.rank[1], RIASEC_S);
	assert_true(p.tied_next[0]);
	assert_false(p.tied_next[1]);
	assert_true(riasec_code_tied(&p, 0));
	assert_true(riasec_code_tied(&p, 1));
	assert_false(riasec_code_tied(&p, 2));
}

static void
test_tie_at_the_cut(void **state)
{
	struct riasec_profile p;

	(void)state;
	/* Third and fourth tie: the third letter is decided by the rule. */
	fill(N, 0);
	set_type(N, RIASEC_R, 4);
	set_type(N, RIASEC_I, 3);
	set_type(N, RIASEC_E, 2);
	set_type(N, RIASEC_C, 2);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.rank[2], RIASEC_E);
	assert_int_equal(p.rank[3], RIASEC_C);
	assert_true(p.tied_next[2]);
	assert_true(riasec_code_tied(&p, 2));
	assert_false(riasec_code_tied(&p, 1));
}

static void
test_all_tied(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(N, 2);
	riasec_score(types, answers, N, &p);
	for (int i = 0; i < 5; i++)
		assert_true(p.tied_next[i]);
	assert_false(p.tied_next[5]);
	for (int i = 0; i < RIASEC_COUNT; i++)
		assert_int_equal(p.rank[i], i);
	assert_true(p.differentiation == 0.0);
	assert_int_equal(p.clarity, RIASEC_CLARITY_BROAD);
}

static void
test_tie_with_different_answer_counts(void **state)
{
	struct riasec_profile p;

	(void)state;
	/* 9 answers of 4 (share 1.0) against 10 answers of 4 (share 1.0). */
	fill(N, 0);
	set_type(N, RIASEC_C, 4);
	set_type(N, RIASEC_R, 4);
	for (int i = 0; i < N; i++)
		if (types[i] == RIASEC_C) {
			answers[i] = RIASEC_ANSWER_NONE;
			break;
		}
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.rank[0], RIASEC_R);
	assert_int_equal(p.rank[1], RIASEC_C);
	assert_true(p.tied_next[0]);
}

static void
test_differentiation(void **state)
{
	struct riasec_profile p;

	(void)state;
	fill(N, 1);
	set_type(N, RIASEC_I, 4);
	riasec_score(types, answers, N, &p);
	assert_true(p.differentiation == 0.75);
	assert_int_equal(p.clarity, RIASEC_CLARITY_CLEAR);

	fill(N, 2);
	set_type(N, RIASEC_I, 3);
	riasec_score(types, answers, N, &p);
	assert_true(p.differentiation == 0.25);
	assert_int_equal(p.clarity, RIASEC_CLARITY_MODERATE);

	fill(N, 2);
	set_type(N, RIASEC_I, 4);
	set_type(N, RIASEC_R, 0);
	riasec_score(types, answers, N, &p);
	assert_true(p.differentiation == 1.0);
}

static void
test_consistency(void **state)
{
	struct riasec_profile p;

	(void)state;
	/* S and E are neighbours. */
	fill(N, 0);
	set_type(N, RIASEC_S, 4);
	set_type(N, RIASEC_E, 3);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.consistency, RIASEC_CONSISTENCY_HIGH);
	/* C and R are neighbours across the wrap. */
	fill(N, 0);
	set_type(N, RIASEC_C, 4);
	set_type(N, RIASEC_R, 3);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.consistency, RIASEC_CONSISTENCY_HIGH);
	/* R and A: one apart. */
	fill(N, 0);
	set_type(N, RIASEC_R, 4);
	set_type(N, RIASEC_A, 3);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.consistency, RIASEC_CONSISTENCY_MEDIUM);
	/* R and S: opposite. */
	fill(N, 0);
	set_type(N, RIASEC_R, 4);
	set_type(N, RIASEC_S, 3);
	riasec_score(types, answers, N, &p);
	assert_int_equal(p.consistency, RIASEC_CONSISTENCY_LOW);
}

/* Ties that leave the two strongest types open: the profile says only
 * what every pair they allow agrees on. */
static void
test_consistency_with_ties(void **state)
{
	/* Every answer @base, then up to three types set to their answer. */
	static const struct {
		int base;
		enum riasec_type type[3];
		int answer[3];
		int ntypes;
		enum riasec_consistency want;
	} cases[] = {
		/* Five types first, C just below: R-I neighbours, R-S
		 * opposite; nothing can be said. */
		{ 2, { RIASEC_C }, { 1 }, 1, RIASEC_CONSISTENCY_NONE },
		/* All six tied. */
		{ 2, { RIASEC_R }, { 2 }, 1, RIASEC_CONSISTENCY_NONE },
		/* R first, I and E second: a neighbour, or two steps away. */
		{ 0, { RIASEC_R, RIASEC_I, RIASEC_E }, { 4, 3, 3 }, 3,
		    RIASEC_CONSISTENCY_NONE },
		/* R first, I and C second: both neighbours. */
		{ 0, { RIASEC_R, RIASEC_I, RIASEC_C }, { 4, 3, 3 }, 3,
		    RIASEC_CONSISTENCY_HIGH },
		/* A and S share the first place, I third: the pair is A-S. */
		{ 0, { RIASEC_A, RIASEC_S, RIASEC_I }, { 4, 4, 3 }, 3,
		    RIASEC_CONSISTENCY_HIGH },
	};
	struct riasec_profile p;

	(void)state;
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		fill(N, cases[c].base);
		for (int k = 0; k < cases[c].ntypes; k++)
			set_type(N, cases[c].type[k], cases[c].answer[k]);
		riasec_score(types, answers, N, &p);
		assert_int_equal(p.consistency, cases[c].want);
	}
}

static void
test_letters_and_distance(void **state)
{
	enum riasec_type t;

	(void)state;
	assert_int_equal(riasec_letter(RIASEC_A), 'A');
	assert_true(riasec_from_letter('e', &t));
	assert_int_equal(t, RIASEC_E);
	assert_false(riasec_from_letter('X', &t));
	assert_int_equal(riasec_distance(RIASEC_R, RIASEC_C), 1);
	assert_int_equal(riasec_distance(RIASEC_I, RIASEC_E), 3);
	assert_int_equal(riasec_distance(RIASEC_A, RIASEC_A), 0);
	assert_int_equal(riasec_distance(RIASEC_I, RIASEC_C), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sums_and_shares_full),
		cmocka_unit_test(test_short_form_compares_with_full),
		cmocka_unit_test(test_missing_answers),
		cmocka_unit_test(test_out_of_range_answers_ignored),
		cmocka_unit_test(test_nothing_answered),
		cmocka_unit_test(test_code_order),
		cmocka_unit_test(test_tie_in_first_place),
		cmocka_unit_test(test_tie_at_the_cut),
		cmocka_unit_test(test_all_tied),
		cmocka_unit_test(test_tie_with_different_answer_counts),
		cmocka_unit_test(test_differentiation),
		cmocka_unit_test(test_consistency),
		cmocka_unit_test(test_consistency_with_ties),
		cmocka_unit_test(test_letters_and_distance),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
