/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Occupation matching.
 *
 * Interest fit: the Pearson correlation r between the visitor's shares and
 * the occupation's O*NET scores, over the types the visitor could be scored
 * on (types without enough answers are left out of both vectors, not
 * counted as zero).  Correlation compares the shape of the two profiles,
 * not their level: a visitor who answers cautiously and one who likes
 * everything get the same fits if they rank the types alike.  Interest fit
 * = round(50 * (r + 1)), 0..100; -1 when fewer than 4 types are usable or
 * either vector is flat (r is undefined).
 *
 * Skill fit, if skills were rated: for each rated skill k whose importance
 * in the occupation is known (> 0), weight w = (importance - 1) / 4 (O*NET
 * importance 1..5 -> 0..1) and p = rating / 3; skill fit =
 * round(100 * sum(w * p) / sum(w)), or -1 if no rated skill has data.
 *
 * Fit: round(0.6 * interest + 0.4 * skill) when both exist, else the one
 * that exists; occupations with neither, or without a RIASEC profile, are
 * left out.  A flat visitor profile therefore ranks by skills alone, and a
 * flat profile with no rated skill gives no results.
 *
 * Why-lines: the (up to 2) types in the visitor's top three that are also
 * in the occupation's top three, in the visitor's order, and the (up to 2)
 * rated skills with the highest w * p > 0.  A top three is taken by score,
 * ties in hexagon order R..C, and leaves out types tied with the lowest
 * usable score: a visitor who likes only Social has no second interest to
 * name.  No why-types are given when the interest fit is -1.
 *
 * Ranking is by fit, best first; equal fits keep the input order.  As fits
 * are whole numbers 0..100, ranking is a counting sort: one pass computes
 * every fit into one array (3 bytes per occupation, the only allocation of
 * a call) and counts each value, a second pass writes the occupations of
 * the best fits straight to their places, in input order.  O(n); why-lines
 * are made only for the results.
 */
#include "match.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

#define MIN_TYPES 4          /* usable types needed for a correlation */
#define TOP_TYPES 3          /* types in a "top three" */
#define INTEREST_WEIGHT 0.6  /* share of the interest fit in the fit */
#define FLAT_EPSILON 1e-9    /* variance below this counts as flat */
#define FIT_MAX 100

/* One occupation's fits while ranking; -1 as in struct match_result. */
struct fits {
	signed char fit;       /* -1: left out */
	signed char interest;
	signed char skill;
};

/* What is computed once per visitor before scanning the occupations. */
struct person_view {
	bool usable[RIASEC_COUNT];
	int nusable;
	double dev[RIASEC_COUNT]; /* share minus mean, usable types only */
	double var;               /* sum of dev squared */
	bool interests;           /* a correlation can be computed */
	enum riasec_type top[TOP_TYPES];
	int ntop;
	int rated[MATCH_MAX_SKILLS];  /* indexes of the rated skills */
	double p[MATCH_MAX_SKILLS];   /* their rating / 3, in the same order */
	int nrated;
};

/* Round a non-negative value to the nearest integer. */
static int
round_nonneg(double x)
{
	return (int)(x + 0.5);
}

/* A rating in range, or MATCH_RATING_NONE. */
static int
rating_of(const struct match_person *person, int k)
{
	int r = person->rating[k];

	return r >= 0 && r <= MATCH_RATING_MAX ? r : MATCH_RATING_NONE;
}

/*
 * The top three of @score over @usable types: highest first, ties in
 * hexagon order, leaving out types tied with the lowest usable score.
 */
static int
top_types(const double *score, const bool *usable, enum riasec_type *top)
{
	bool taken[RIASEC_COUNT] = { false };
	double low = 0;
	bool any = false;
	int n = 0;

	for (int t = 0; t < RIASEC_COUNT; t++) {
		if (usable[t] && (!any || score[t] < low)) {
			low = score[t];
			any = true;
		}
	}
	while (n < TOP_TYPES) {
		int best = -1;

		for (int t = 0; t < RIASEC_COUNT; t++)
			if (usable[t] && !taken[t] && score[t] > low &&
			    (best < 0 || score[t] > score[best]))
				best = t;
		if (best < 0)
			break;
		taken[best] = true;
		top[n++] = (enum riasec_type)best;
	}
	return n;
}

/* Prepare the visitor's side of every comparison. */
static void
person_view_init(const struct match_person *person, struct person_view *v)
{
	double mean = 0;

	*v = (struct person_view){ 0 };
	for (int t = 0; t < RIASEC_COUNT; t++) {
		v->usable[t] = person->enough[t];
		if (v->usable[t]) {
			v->nusable++;
			mean += person->share[t];
		}
	}
	if (v->nusable > 0)
		mean /= v->nusable;
	for (int t = 0; t < RIASEC_COUNT; t++) {
		if (v->usable[t]) {
			v->dev[t] = person->share[t] - mean;
			v->var += v->dev[t] * v->dev[t];
		}
	}
	v->interests = v->nusable >= MIN_TYPES && v->var > FLAT_EPSILON;
	if (v->interests)
		v->ntop = top_types(person->share, v->usable, v->top);

	for (int k = 0; k < person->nskills && k < MATCH_MAX_SKILLS; k++) {
		int rating = rating_of(person, k);

		if (rating != MATCH_RATING_NONE) {
			v->rated[v->nrated] = k;
			v->p[v->nrated++] = (double)rating / MATCH_RATING_MAX;
		}
	}
}

/* Interest fit of @occ against a prepared visitor, or -1. */
static int
interest_fit(const struct person_view *v, const struct match_occupation *occ)
{
	double mean = 0, cov = 0, var = 0, r;

	if (!v->interests)
		return -1;
	for (int t = 0; t < RIASEC_COUNT; t++)
		if (v->usable[t])
			mean += occ->riasec[t];
	mean /= v->nusable;
	for (int t = 0; t < RIASEC_COUNT; t++) {
		if (v->usable[t]) {
			double d = occ->riasec[t] - mean;

			cov += v->dev[t] * d;
			var += d * d;
		}
	}
	if (var <= FLAT_EPSILON)
		return -1;
	r = cov / sqrt(v->var * var);
	if (r > 1)
		r = 1;
	else if (r < -1)
		r = -1;
	return round_nonneg(50 * (r + 1));
}

/* Skill fit of @occ, or -1 if no rated skill has data for it. */
static int
skill_fit(const struct person_view *v, const struct match_occupation *occ)
{
	double sum_wp = 0, sum_w = 0;

	for (int j = 0; j < v->nrated; j++) {
		double importance = (double)occ->skill_centi[v->rated[j]] /
		    MATCH_SKILL_SCALE, w;

		if (importance <= 0)
			continue;
		/* O*NET's scale starts at 1: nothing below weighs less. */
		w = importance > 1 ? (importance - 1) * 0.25 : 0;
		sum_wp += w * v->p[j];
		sum_w += w;
	}
	/* Importance 1 everywhere gives no weight: nothing to judge by. */
	if (sum_w <= 0)
		return -1;
	return round_nonneg(100 * sum_wp / sum_w);
}

/* Whether @occ passes @filter. */
static bool
passes(const struct match_filter *filter, const struct match_occupation *occ)
{
	if (filter == NULL)
		return true;
	if (filter->level != MATCH_LEVEL_ANY && occ->level != filter->level)
		return false;
	if (filter->isco_major >= 0 && occ->isco_major != filter->isco_major)
		return false;
	return true;
}

/*
 * The fit of @occ, with its parts in *@interest and *@skill, or -1 if it
 * is left out (no profile, filtered, or nothing to compare).
 */
static int
fit_of(const struct person_view *v, const struct match_occupation *occ,
    const struct match_filter *filter, int *interest, int *skill)
{
	*interest = *skill = -1;
	if (!occ->has_riasec || !passes(filter, occ))
		return -1;
	*interest = interest_fit(v, occ);
	*skill = skill_fit(v, occ);
	if (*interest >= 0 && *skill >= 0)
		return round_nonneg(INTEREST_WEIGHT * *interest +
		    (1 - INTEREST_WEIGHT) * *skill);
	return *interest >= 0 ? *interest : *skill;
}

/* Fill the why-lines of @res. */
static void
explain(const struct person_view *v, const struct match_occupation *occ,
    struct match_result *res)
{
	enum riasec_type otop[TOP_TYPES];
	double oscore[RIASEC_COUNT];
	double best[MATCH_WHY_SKILLS] = { 0 };
	int notop;

	res->nwhy_types = 0;
	if (res->interest_fit >= 0) {
		for (int t = 0; t < RIASEC_COUNT; t++)
			oscore[t] = occ->riasec[t];
		notop = top_types(oscore, v->usable, otop);
		for (int i = 0; i < v->ntop && res->nwhy_types < 2; i++) {
			for (int j = 0; j < notop; j++) {
				if (v->top[i] != otop[j])
					continue;
				res->why_types[res->nwhy_types++] = v->top[i];
			}
		}
	}

	/* The best two of w * p, kept in order; ties keep the lower index. */
	res->nwhy_skills = 0;
	if (res->skill_fit < 0)
		return;
	for (int j = 0; j < v->nrated; j++) {
		double importance = (double)occ->skill_centi[v->rated[j]] /
		    MATCH_SKILL_SCALE;
		double wp = (importance - 1) * 0.25 * v->p[j];
		int pos = res->nwhy_skills;

		if (importance <= 0 || wp <= 0)
			continue;
		while (pos > 0 && wp > best[pos - 1])
			pos--;
		if (pos >= MATCH_WHY_SKILLS)
			continue;
		for (int i = MATCH_WHY_SKILLS - 1; i > pos; i--) {
			best[i] = best[i - 1];
			res->why_skills[i] = res->why_skills[i - 1];
		}
		best[pos] = wp;
		res->why_skills[pos] = v->rated[j];
		if (res->nwhy_skills < MATCH_WHY_SKILLS)
			res->nwhy_skills++;
	}
}

size_t
match_rank(const struct match_person *person,
    const struct match_occupation *occ, size_t n,
    const struct match_filter *filter, struct match_result *out, size_t max)
{
	struct person_view v;
	size_t count[FIT_MAX + 1] = { 0 }, next[FIT_MAX + 1], pos = 0, nout = 0;
	struct fits *fit;

	assert(person != NULL && (occ != NULL || n == 0));
	if (max == 0 || n == 0)
		return 0;
	person_view_init(person, &v);
	if (!v.interests && v.nrated == 0)
		return 0;

	/* Fits are whole numbers 0..100: count them, then place them. */
	fit = xreallocarray(NULL, n, sizeof *fit);
	for (size_t i = 0; i < n; i++) {
		int interest, skill, f = fit_of(&v, &occ[i], filter, &interest,
		    &skill);

		assert(f <= FIT_MAX);
		fit[i].fit = (signed char)f;
		fit[i].interest = (signed char)interest;
		fit[i].skill = (signed char)skill;
		if (f >= 0)
			count[f]++;
	}
	for (int f = FIT_MAX; f >= 0; f--) {
		next[f] = pos;
		pos += count[f];
	}
	/* In input order, so equal fits keep it. */
	for (size_t i = 0; i < n; i++) {
		struct match_result *res;

		if (fit[i].fit < 0 || next[fit[i].fit] >= max)
			continue;
		res = &out[next[fit[i].fit]++];
		*res = (struct match_result){
			.index = i,
			.fit = fit[i].fit,
			.interest_fit = fit[i].interest,
			.skill_fit = fit[i].skill,
		};
		explain(&v, &occ[i], res);
		nout++;
	}
	free(fit);
	return nout;
}

int
match_interest_fit(const struct match_person *person,
    const struct match_occupation *occ)
{
	struct person_view v;

	if (!occ->has_riasec)
		return -1;
	person_view_init(person, &v);
	return interest_fit(&v, occ);
}

int
match_level_from_job_zone(int zone)
{
	switch (zone) {
	case 1:
		return MATCH_LEVEL_CCP;
	case 2:
		return MATCH_LEVEL_DAP;
	case 3:
		return MATCH_LEVEL_DT;
	case 4:
	case 5:
		return MATCH_LEVEL_BACHELOR;
	default:
		return MATCH_LEVEL_ANY;
	}
}

bool
match_ratings_all_same(const struct match_person *person)
{
	int first = MATCH_RATING_NONE, nrated = 0;
	int nskills = person->nskills;

	if (nskills > MATCH_MAX_SKILLS)
		nskills = MATCH_MAX_SKILLS;
	for (int k = 0; k < nskills; k++) {
		int r = rating_of(person, k);

		if (r == MATCH_RATING_NONE)
			continue;
		if (nrated++ == 0)
			first = r;
		else if (r != first)
			return false;
	}
	return nrated >= 2;
}
