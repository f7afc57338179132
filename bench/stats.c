/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Statistics for the benchmarks (see stats.h).
 */
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int
stats_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

double
stats_quantile(const double *v, size_t n, double q)
{
	size_t i = (size_t)(q * (double)(n - 1) + 0.5);

	return n == 0 ? -1 : v[i < n ? i : n - 1];
}

double
stats_load_average(void)
{
	double load = -1;
	FILE *f = fopen("/proc/loadavg", "r");

	if (f != NULL) {
		if (fscanf(f, "%lf", &load) != 1)
			load = -1;
		fclose(f);
	}
	return load;
}

double
stats_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

double
stats_median(const double *v, size_t n)
{
	double *copy, m;

	if (n == 0 || (copy = malloc(n * sizeof *copy)) == NULL)
		return -1;
	memcpy(copy, v, n * sizeof *copy);
	qsort(copy, n, sizeof *copy, stats_cmp_double);
	m = stats_quantile(copy, n, 0.5);
	free(copy);
	return m;
}

/* One draw: @n rounds picked at random with replacement from @a and @b
 * (the same round from both) into @da and @db; the ratio of their
 * medians. */
static double
stats_draw_ratio(const double *a, const double *b, size_t n, double *da,
    double *db, unsigned short rng[3])
{
	for (size_t i = 0; i < n; i++) {
		size_t r = (size_t)(erand48(rng) * (double)n);

		if (r >= n)
			r = n - 1;
		da[i] = a[r];
		db[i] = b[r];
	}
	qsort(da, n, sizeof *da, stats_cmp_double);
	qsort(db, n, sizeof *db, stats_cmp_double);
	return stats_quantile(da, n, 0.5) / stats_quantile(db, n, 0.5);
}

bool
stats_median_ratio_ci(const double *a, const double *b, size_t n,
    size_t resamples, double level, unsigned seed,
    struct stats_ratio_ci *out)
{
	unsigned short rng[3] = { 0x330e, (unsigned short)seed,
	    (unsigned short)(seed >> 16) };
	double *da, *db, *ratios, median_b = stats_median(b, n);
	bool ok;

	if (n == 0 || resamples == 0 || median_b <= 0)
		return false;
	da = malloc(n * sizeof *da);
	db = malloc(n * sizeof *db);
	ratios = malloc(resamples * sizeof *ratios);
	ok = da != NULL && db != NULL && ratios != NULL;
	for (size_t k = 0; ok && k < resamples; k++)
		ratios[k] = stats_draw_ratio(a, b, n, da, db, rng);
	if (ok) {
		qsort(ratios, resamples, sizeof *ratios, stats_cmp_double);
		out->ratio = stats_median(a, n) / median_b;
		out->low = stats_quantile(ratios, resamples, (1 - level) / 2);
		out->high = stats_quantile(ratios, resamples, (1 + level) / 2);
	}
	free(da);
	free(db);
	free(ratios);
	return ok;
}

enum stats_side
stats_side_of(double low, double high, double bound)
{
	if (high <= bound)
		return STATS_BELOW;
	return low > bound ? STATS_ABOVE : STATS_ACROSS;
}
