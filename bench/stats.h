/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Small statistics shared by the benchmark programs: sorting timings,
 * reading quantiles, the machine's load beside the figures, and a
 * bootstrap confidence interval for comparing two programs measured in
 * turn.
 */
#ifndef BENCH_STATS_H
#define BENCH_STATS_H

#include <stdbool.h>
#include <stddef.h>

/** Compare doubles for qsort (ascending). */
int stats_cmp_double(const void *a, const void *b);

/** The @q quantile (0..1) of @n sorted values; -1 when @n is 0. */
double stats_quantile(const double *v, size_t n, double q);

/**
 * The 1-minute load average, or -1: the figures mean little on a busy
 * machine, so every table says how busy it was.
 */
double stats_load_average(void);

/** Milliseconds from a monotonic clock. */
double stats_now_ms(void);

/** The median of @n values in any order, as stats_quantile(0.5) reads it
 *  (the upper middle value when @n is even); -1 when @n is 0.  @v is left
 *  as it was. */
double stats_median(const double *v, size_t n);

/** A ratio of medians and its confidence interval (@low <= @high). */
struct stats_ratio_ci {
	double ratio, low, high;
};

/**
 * The ratio of the medians of @a and @b, measured in @n paired rounds
 * (@a[i] and @b[i] in the same round), with a percentile bootstrap
 * confidence interval at @level (0.95 for 95 %): @resamples times, @n
 * rounds are drawn with replacement, whole (both values of a round
 * together), and the ratio of the two medians of the draw is kept; the
 * interval runs from the (1 - @level) / 2 to the (1 + @level) / 2
 * quantile of those ratios.  The draws come from erand48(3), whose
 * generator POSIX fixes, seeded from @seed: the same samples and seed
 * give the same interval on every machine.  false (and @out untouched)
 * when @n or @resamples is 0 or a median of @b is not positive.
 */
bool stats_median_ratio_ci(const double *a, const double *b, size_t n,
    size_t resamples, double level, unsigned seed,
    struct stats_ratio_ci *out);

/** Where an interval lies against a bound. */
enum stats_side {
	STATS_BELOW,   /* all of it <= the bound */
	STATS_ACROSS,  /* the bound is inside: the two are level */
	STATS_ABOVE,   /* all of it > the bound */
};

/** Where [@low, @high] lies against @bound. */
enum stats_side stats_side_of(double low, double high, double bound);

#endif
