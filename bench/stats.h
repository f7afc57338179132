/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Small statistics shared by the benchmark programs: sorting timings,
 * reading quantiles, and the machine's load beside the figures.
 */
#ifndef BENCH_STATS_H
#define BENCH_STATS_H

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

#endif
