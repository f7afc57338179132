/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Matching a visitor's interests (and, if rated, skills) against
 * occupations.  Pure C: no terminal, no database, no I/O.  The store loads
 * struct match_occupation arrays; the UI shows struct match_result.
 */
#ifndef CORE_MATCH_H
#define CORE_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "riasec.h"

#define MATCH_MAX_SKILLS 32   /* skills a visitor can rate */
#define MATCH_RATING_NONE (-1)
#define MATCH_RATING_MAX 3    /* 0 not yet, 1 some, 2 good, 3 very good */
#define MATCH_WHY_SKILLS 2    /* skills named in a why-line */

/* Preparation levels, an approximation of Luxembourg's qualifications
 * from O*NET job zones (documented in the README). */
enum match_level {
	MATCH_LEVEL_ANY = -1,
	MATCH_LEVEL_CCP,      /* job zone 1 */
	MATCH_LEVEL_DAP,      /* job zone 2 */
	MATCH_LEVEL_DT,       /* job zone 3: DT / BTS */
	MATCH_LEVEL_BACHELOR, /* job zones 4-5: bachelor and above */
	MATCH_LEVEL_COUNT
};

/* Skill importances are kept in hundredths: O*NET gives two decimals, so
 * this is exact and half the size of a float (every occupation is in
 * memory while matching). */
#define MATCH_SKILL_SCALE 100

struct match_occupation {
	int id;                          /* catalog row id */
	bool has_riasec;                 /* false: left out of matching */
	bool estimated;                  /* RIASEC from its ISCO unit group */
	signed char level;               /* enum match_level, or -1 unknown */
	signed char isco_major;          /* first ISCO digit 0..9 */
	float riasec[RIASEC_COUNT];      /* O*NET scale 1..7 */
	uint16_t skill_centi[MATCH_MAX_SKILLS]; /* importance 1..5 in
	                                 * hundredths; 0 = no data */
};

struct match_person {
	double share[RIASEC_COUNT];      /* 0..1, from the profile */
	bool enough[RIASEC_COUNT];       /* type could be scored */
	int nskills;                     /* skills in the rating order */
	int rating[MATCH_MAX_SKILLS];    /* 0..3 or MATCH_RATING_NONE */
};

struct match_filter {
	int level;       /* enum match_level or MATCH_LEVEL_ANY */
	int isco_major;  /* 0..9, or -1 for any */
};

struct match_result {
	size_t index;        /* into the occupations array */
	int fit;             /* 0..100 */
	int interest_fit;    /* 0..100, or -1 when interests could not be used */
	int skill_fit;       /* 0..100, or -1 when no skill was rated */
	enum riasec_type why_types[2]; /* the shared strongest interests */
	int nwhy_types;
	int why_skills[MATCH_WHY_SKILLS]; /* skill indexes that helped most */
	int nwhy_skills;
};

/**
 * Rank @n occupations for @person, best first, keeping those that pass
 * @filter (NULL: all) and have a RIASEC profile.  Writes at most @max
 * results to @out.  Equal fits keep the order of @occ (stable).
 * @return the number of results written.
 */
size_t match_rank(const struct match_person *person,
    const struct match_occupation *occ, size_t n,
    const struct match_filter *filter, struct match_result *out, size_t max);

/**
 * Interest fit 0..100 of one occupation, or -1 if either profile is flat
 * or missing (no correlation can be computed).
 */
int match_interest_fit(const struct match_person *person,
    const struct match_occupation *occ);

/** The level for O*NET job zone @zone (1..5), or MATCH_LEVEL_ANY. */
int match_level_from_job_zone(int zone);

/**
 * Whether the visitor gave every rated skill the same rating (a warning
 * the skills screen shows).  False if fewer than two skills were rated.
 */
bool match_ratings_all_same(const struct match_person *person);

#endif
