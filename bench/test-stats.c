/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the benchmarks' statistics (bench/stats.h): the median
 * and the bootstrap confidence interval of a ratio of medians over paired
 * rounds, which decides whether the start-up target is met.  The data are
 * made here by a fixed generator, so every figure is the same on each run.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "stats.h"

#define ROUNDS 200
#define RESAMPLES 2000    /* bench draws 10,000: fewer keep it quick */
#define SEED 17

/* A start-up time in ms: 5 ms and a positive, skewed noise, from a
 * generator of the test's own so that the data never change. */
static double
noisy_ms(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return 5.0 + 3.0 * pow((double)(*state >> 8) / (double)(1u << 24), 3);
}

/* @n times from the generator seeded with @seed, each times @scale. */
static void
fill(double *v, size_t n, uint32_t seed, double scale)
{
	for (size_t i = 0; i < n; i++)
		v[i] = scale * noisy_ms(&seed);
}

static void
test_median_reads_like_the_table(void **state)
{
	const double odd[] = { 9, 1, 5 }, even[] = { 4, 1, 3, 2 };

	(void)state;
	assert_true(stats_median(odd, 3) == 5);
	/* The upper middle value, as stats_quantile(0.5) has always read it
	 * for the table's median column. */
	assert_true(stats_median(even, 4) == 3);
	assert_true(odd[0] == 9 && even[0] == 4);   /* left in its order */
	assert_true(stats_median(odd, 0) == -1);
}

/* The 95 % interval of ROUNDS paired rounds: the kiosk's times from
 * generator seed @seed_a, times @scale, the yardstick's from @seed_b. */
static struct stats_ratio_ci
interval_of(uint32_t seed_a, double scale, uint32_t seed_b)
{
	double a[ROUNDS], b[ROUNDS];
	struct stats_ratio_ci ci;

	fill(a, ROUNDS, seed_a, scale);
	fill(b, ROUNDS, seed_b, 1.0);
	assert_true(stats_median_ratio_ci(a, b, ROUNDS, RESAMPLES, 0.95, SEED,
	    &ci));
	return ci;
}

/* The same program against itself: every round's pair is equal, so every
 * draw of whole rounds gives 1, however spread the times.  A bootstrap
 * that drew the two programs' rounds apart would give a wide interval. */
static void
test_rounds_are_drawn_whole(void **state)
{
	struct stats_ratio_ci ci = interval_of(1, 1.0, 1);

	(void)state;
	assert_true(ci.ratio == 1 && ci.low == 1 && ci.high == 1);
	/* One program 10 % slower in every round: exactly 1.1 throughout. */
	ci = interval_of(1, 1.1, 1);
	assert_float_equal(ci.ratio, 1.1, 1e-12);
	assert_float_equal(ci.low, 1.1, 1e-12);
	assert_float_equal(ci.high, 1.1, 1e-12);
}

/* Two rounds, a = {1, 3}, b = {1, 1}: a draw holds round 0 twice with
 * probability 1/4 (median 1), else its median is 3 (the upper middle).
 * So the 2.5 % quantile is 1, the 97.5 % quantile 3, and about a quarter
 * of the draws give 1: enough draws of the right kind. */
static void
test_two_rounds_by_hand(void **state)
{
	const double a[] = { 1, 3 }, b[] = { 1, 1 };
	struct stats_ratio_ci ci;

	(void)state;
	assert_true(stats_median_ratio_ci(a, b, 2, RESAMPLES, 0.95, SEED, &ci));
	assert_true(ci.ratio == 3 && ci.low == 1 && ci.high == 3);
	/* At the 40 % level the interval runs from the 30 % to the 70 %
	 * quantile: 3 at both ends, since only a quarter of the draws give 1. */
	assert_true(stats_median_ratio_ci(a, b, 2, RESAMPLES, 0.4, SEED, &ci));
	assert_true(ci.low == 3 && ci.high == 3);
	/* At 60 % the lower end is the 20 % quantile: 1, since about 25 % of
	 * the draws are 1; it would be 3 if the draws did not pick both
	 * rounds equally. */
	assert_true(stats_median_ratio_ci(a, b, 2, RESAMPLES, 0.6, SEED, &ci));
	assert_true(ci.low == 1 && ci.high == 3);
}

/* Independent noise of the same kind: the interval holds the point
 * estimate and 1; a clear difference puts it wholly on one side. */
static void
test_interval_tells_level_from_different(void **state)
{
	struct stats_ratio_ci ci = interval_of(1, 1.0, 2);

	(void)state;
	assert_true(ci.low <= ci.ratio && ci.ratio <= ci.high);
	assert_true(ci.low < ci.high);
	assert_int_equal(stats_side_of(ci.low, ci.high, 1.0), STATS_ACROSS);
	ci = interval_of(1, 0.8, 2);
	assert_int_equal(stats_side_of(ci.low, ci.high, 1.0), STATS_BELOW);
	ci = interval_of(1, 1.25, 2);
	assert_int_equal(stats_side_of(ci.low, ci.high, 1.0), STATS_ABOVE);
}

/* The same samples and seed give the same interval; another seed gives
 * other draws (and so, on noisy data, another interval). */
static void
test_seed_makes_it_reproducible(void **state)
{
	double a[ROUNDS], b[ROUNDS];
	struct stats_ratio_ci one, two, other;

	(void)state;
	fill(a, ROUNDS, 3, 1.0);
	fill(b, ROUNDS, 4, 1.0);
	assert_true(stats_median_ratio_ci(a, b, ROUNDS, 2000, 0.95, SEED, &one));
	assert_true(stats_median_ratio_ci(a, b, ROUNDS, 2000, 0.95, SEED, &two));
	assert_true(one.low == two.low && one.high == two.high);
	assert_true(stats_median_ratio_ci(a, b, ROUNDS, 2000, 0.95, SEED + 1,
	    &other));
	assert_true(other.ratio == one.ratio);
	assert_true(other.low != one.low || other.high != one.high);
}

static void
test_nothing_to_compare(void **state)
{
	const double a[] = { 1, 2 }, zero[] = { 0, 0 };
	struct stats_ratio_ci ci = { -1, -1, -1 };

	(void)state;
	assert_false(stats_median_ratio_ci(a, a, 0, RESAMPLES, 0.95, SEED, &ci));
	assert_false(stats_median_ratio_ci(a, a, 2, 0, 0.95, SEED, &ci));
	assert_false(stats_median_ratio_ci(a, zero, 2, RESAMPLES, 0.95, SEED,
	    &ci));
	assert_true(ci.ratio == -1);
}

static void
test_side_of_a_bound(void **state)
{
	(void)state;
	assert_int_equal(stats_side_of(0.90, 0.99, 1.0), STATS_BELOW);
	assert_int_equal(stats_side_of(0.90, 1.00, 1.0), STATS_BELOW);
	assert_int_equal(stats_side_of(0.99, 1.01, 1.0), STATS_ACROSS);
	assert_int_equal(stats_side_of(1.00, 1.10, 1.0), STATS_ACROSS);
	assert_int_equal(stats_side_of(1.01, 1.10, 1.0), STATS_ABOVE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_median_reads_like_the_table),
		cmocka_unit_test(test_rounds_are_drawn_whole),
		cmocka_unit_test(test_two_rounds_by_hand),
		cmocka_unit_test(test_interval_tells_level_from_different),
		cmocka_unit_test(test_seed_makes_it_reproducible),
		cmocka_unit_test(test_nothing_to_compare),
		cmocka_unit_test(test_side_of_a_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
