/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search and the ranking timed by calling the store and the core
 * directly (see hotpath.h).
 */
#include "hotpath.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/match.h"
#include "stats.h"
#include "store/search.h"

#define SEARCH_REPEAT 5    /* timings per query */
#define RANK_RUNS 1000

/* Search: every prefix of these words, in their language. */
static const struct {
	const char *lang, *word;
} search_words[] = {
	{ "nl", "verpleegkundige" }, { "nl", "bakker" }, { "nl", "elektricien" },
	{ "nl", "loopbaanbegeleiding" }, { "nl", "leerling" },
	{ "nl", "timmerman" }, { "nl", "kok" },
	{ "fr", "électricien" }, { "fr", "apprentissage" }, { "fr", "infirmier" },
	{ "fr", "boulanger" }, { "fr", "orientation" }, { "fr", "emploi" },
	{ "fr", "comptable" }, { "fr", "mécanicien auto" },
	{ "de", "bäcker" }, { "de", "baecker" }, { "de", "krankenpfleger" },
	{ "de", "ausbildung" }, { "de", "straße" }, { "de", "beratung" },
	{ "de", "tischler" }, { "de", "friseur" },
	{ "en", "nurse" }, { "en", "baker" }, { "en", "apprenticeship" },
	{ "en", "carpenter" }, { "en", "teacher" }, { "en", "software developer" },
	{ "en", "guidance" }, { "en", "job" },
};

/* This thread's CPU time in milliseconds: what a query costs, without
 * the time other processes had the core. */
static double
thread_cpu_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Time search_run on @prefix (in @lang) SEARCH_REPEAT times: the wall
 * times appended to @ms and the thread's CPU times to @cpu (room for
 * SEARCH_REPEAT more at *@n), the worst kept in @out. */
static void
hotpath_search_prefix(struct catalog *cat, const char *lang,
    const char *prefix, double *ms, double *cpu, size_t *n,
    struct hotpath_search *out)
{
	for (int r = 0; r < SEARCH_REPEAT; r++) {
		struct search_hit *hits;
		double c0 = thread_cpu_ms(), t0 = stats_now_ms(), t;

		(void)search_run(cat, prefix, lang, 30, &hits);
		t = stats_now_ms() - t0;
		cpu[*n] = thread_cpu_ms() - c0;
		rows_free(hits);
		ms[(*n)++] = t;
		if (t > out->worst) {
			out->worst = t;
			snprintf(out->worst_query, sizeof out->worst_query,
			    "%s \"%s\"", lang, prefix);
		}
	}
}

void
hotpath_search(struct catalog *cat, struct hotpath_search *out)
{
	size_t cap = 4096, n = 0;
	double *ms = malloc(cap * sizeof *ms);
	double *cpu = malloc(cap * sizeof *cpu);

	*out = (struct hotpath_search){ .words = sizeof search_words /
	    sizeof search_words[0], .repeat = SEARCH_REPEAT };
	for (size_t w = 0; w < out->words; w++) {
		const char *word = search_words[w].word;
		size_t len = strlen(word);

		for (size_t end = 1; end <= len; end++) {
			char prefix[64];

			if (end < len && ((unsigned char)word[end] & 0xc0) == 0x80)
				continue;   /* inside a UTF-8 character */
			snprintf(prefix, sizeof prefix, "%.*s", (int)end, word);
			out->queries++;
			if (n + SEARCH_REPEAT > cap) {
				cap *= 2;
				ms = realloc(ms, cap * sizeof *ms);
				cpu = realloc(cpu, cap * sizeof *cpu);
			}
			hotpath_search_prefix(cat, search_words[w].lang, prefix, ms,
			    cpu, &n, out);
		}
	}
	qsort(ms, n, sizeof *ms, stats_cmp_double);
	out->median = stats_quantile(ms, n, 0.5);
	out->p99 = stats_quantile(ms, n, 0.99);
	qsort(cpu, n, sizeof *cpu, stats_cmp_double);
	out->cpu_median = stats_quantile(cpu, n, 0.5);
	out->cpu_p99 = stats_quantile(cpu, n, 0.99);
	free(ms);
	free(cpu);
}

double
hotpath_rank(struct catalog *cat, struct occupation_store *store, size_t *nocc)
{
	struct catalog_skill *skills;
	size_t nskills = catalog_skills_load(cat, "en", &skills);
	const char *ids[MATCH_MAX_SKILLS];
	struct match_occupation *occ;
	struct match_person person = { .share = { 0.3, 0.8, 0.5, 0.65, 0.2, 0.4 } };
	struct match_result *out;
	double us[RANK_RUNS], median;
	int count = 0;
	size_t n, got = 0;

	for (size_t i = 0; i < nskills && count < MATCH_MAX_SKILLS; i++)
		ids[count++] = skills[i].element_id;
	n = occupation_store_load_matching(store, ids, count, &occ);
	for (int i = 0; i < RIASEC_COUNT; i++)
		person.enough[i] = true;
	person.nskills = count;
	for (int i = 0; i < count; i++)
		person.rating[i] = i % 5 == 4 ? MATCH_RATING_NONE : i % 4;
	out = calloc(n, sizeof *out);
	for (int r = 0; r < RANK_RUNS; r++) {
		double t0 = stats_now_ms();

		got = match_rank(&person, occ, n, NULL, out, n);
		us[r] = (stats_now_ms() - t0) * 1e3;
	}
	qsort(us, RANK_RUNS, sizeof *us, stats_cmp_double);
	median = stats_quantile(us, RANK_RUNS, 0.5);
	fprintf(stderr, "ranked %zu of %zu occupations, %d skills rated\n", got,
	    n, count);
	*nocc = n;
	free(out);
	free(occ);
	rows_free(skills);
	return median;
}
