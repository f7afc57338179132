/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Holland's RIASEC interest model: scoring of the questionnaire.
 * Pure C: no terminal, no database, no I/O.
 */
#ifndef CORE_RIASEC_H
#define CORE_RIASEC_H

#include <stdbool.h>
#include <stddef.h>

enum riasec_type {
	RIASEC_R, RIASEC_I, RIASEC_A, RIASEC_S, RIASEC_E, RIASEC_C,
	RIASEC_COUNT
};

#define RIASEC_ANSWER_NONE (-1)  /* item skipped or not reached */
#define RIASEC_ANSWER_MAX 4      /* 0 strongly dislike .. 4 strongly like */
#define RIASEC_CODE_LEN 3        /* letters in a Holland code */
#define RIASEC_ENOUGH_PERCENT 80 /* answered share needed to score a type */

enum riasec_clarity {
	RIASEC_CLARITY_NONE,     /* fewer than two types could be scored */
	RIASEC_CLARITY_BROAD,    /* spread below 0.25 */
	RIASEC_CLARITY_MODERATE, /* spread 0.25 .. 0.5 */
	RIASEC_CLARITY_CLEAR,    /* spread 0.5 or more */
};

enum riasec_consistency {
	RIASEC_CONSISTENCY_NONE,   /* no second type, or ties leave the
	                            * top two open and their pairs differ */
	RIASEC_CONSISTENCY_HIGH,   /* top two are neighbours on the hexagon */
	RIASEC_CONSISTENCY_MEDIUM, /* one type apart */
	RIASEC_CONSISTENCY_LOW,    /* opposite corners */
};

struct riasec_profile {
	int sum[RIASEC_COUNT];        /* sum of answers, 0 .. 4 * asked */
	int answered[RIASEC_COUNT];   /* items answered */
	int asked[RIASEC_COUNT];      /* items in the form */
	double share[RIASEC_COUNT];   /* sum / (4 * answered), 0 .. 1 */
	bool enough[RIASEC_COUNT];    /* >= 80 % of items answered */
	/* Scored types, highest share first; ties in hexagon order R..C. */
	enum riasec_type rank[RIASEC_COUNT];
	int nrank;                    /* how many types were scored */
	bool tied_next[RIASEC_COUNT]; /* rank[i] has the same share as rank[i+1] */
	int code_len;                 /* letters in the code: min(3, nrank) */
	double differentiation;       /* highest minus lowest scored share */
	enum riasec_clarity clarity;
	enum riasec_consistency consistency;
};

/**
 * Score a questionnaire.  @types[i] is the type of item i and @answers[i]
 * its answer (0..4 or RIASEC_ANSWER_NONE), for @n items.  Out-of-range
 * answers count as not answered.  Fills @out completely.
 */
void riasec_score(const enum riasec_type *types, const int *answers, size_t n,
    struct riasec_profile *out);

/**
 * Steps between two types on Holland's hexagon R-I-A-S-E-C: 0..3.
 */
int riasec_distance(enum riasec_type a, enum riasec_type b);

/** The letter of @t: 'R', 'I', ... */
char riasec_letter(enum riasec_type t);

/**
 * The type of letter @c (either case).
 * @return true and sets *@out, or false if @c is not one of RIASEC.
 */
bool riasec_from_letter(char c, enum riasec_type *out);

/**
 * Whether rank position @pos (< code_len) is part of a tie that decides
 * the code, i.e. its type shares its score with a neighbour in rank order.
 */
bool riasec_code_tied(const struct riasec_profile *p, int pos);

#endif
