/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The two hot paths of the kiosk timed in-process, without a terminal:
 * the search (search_run on every prefix of words in four languages) and
 * the ranking (match_rank over every occupation).  Part of bench/bench's
 * table; see bench/README.md.
 */
#ifndef BENCH_HOTPATH_H
#define BENCH_HOTPATH_H

#include <stddef.h>

#include "store/catalog.h"
#include "store/occupation.h"

/* What the search's timings came to; milliseconds. */
struct hotpath_search {
	double median, p99, worst;      /* wall time */
	double cpu_median, cpu_p99;     /* this thread's CPU time */
	char worst_query[96];           /* language and prefix of the worst */
	size_t queries;                 /* prefixes timed (each several times) */
	size_t words;                   /* words they are prefixes of */
	int repeat;                     /* timings per prefix */
};

/** Time search_run() on every prefix of the words, into @out. */
void hotpath_search(struct catalog *cat, struct hotpath_search *out);

/** Rank every occupation of @store many times for a fixed profile: the
 *  median in microseconds; the occupations ranked in *@nocc. */
double hotpath_rank(struct catalog *cat, struct occupation_store *store,
    size_t *nocc);

#endif
