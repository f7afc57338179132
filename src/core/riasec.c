/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * RIASEC scoring.
 *
 * Each type's score is the share of the maximum over the items answered:
 * share = sum / (4 * answered).  A type with fewer than 80 % of its items
 * answered is not scored ("not enough answers") rather than scored low.
 *
 * The Holland code is the three highest scored types.  Tie rule (fixed and
 * documented in the README): equal shares are ordered by the hexagon order
 * R, I, A, S, E, C; the tie is recorded in tied_next so the screen can say
 * so.  Shares are compared exactly, by cross-multiplying the integer sums.
 */
#include "riasec.h"

#include <assert.h>

static const char letters[RIASEC_COUNT] = { 'R', 'I', 'A', 'S', 'E', 'C' };

char
riasec_letter(enum riasec_type t)
{
	assert(t < RIASEC_COUNT);
	return letters[t];
}

bool
riasec_from_letter(char c, enum riasec_type *out)
{
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	for (int i = 0; i < RIASEC_COUNT; i++) {
		if (letters[i] == c) {
			*out = (enum riasec_type)i;
			return true;
		}
	}
	return false;
}

int
riasec_distance(enum riasec_type a, enum riasec_type b)
{
	int d = (int)a - (int)b;

	if (d < 0)
		d = -d;
	return d > 3 ? RIASEC_COUNT - d : d;
}

/* Compare two scored types: <0 if a ranks before b.  Exact, no doubles. */
static int
compare_types(const struct riasec_profile *p, enum riasec_type a,
    enum riasec_type b)
{
	long lhs = (long)p->sum[a] * p->answered[b];
	long rhs = (long)p->sum[b] * p->answered[a];

	if (lhs != rhs)
		return lhs > rhs ? -1 : 1;
	return (int)a - (int)b;
}

/* Whether a and b have exactly the same share. */
static bool
same_share(const struct riasec_profile *p, enum riasec_type a,
    enum riasec_type b)
{
	return (long)p->sum[a] * p->answered[b] ==
	    (long)p->sum[b] * p->answered[a];
}

/* How well the types @a and @b go together on the hexagon. */
static enum riasec_consistency
riasec_pair_consistency(enum riasec_type a, enum riasec_type b)
{
	switch (riasec_distance(a, b)) {
	case 0:
	case 1:
		return RIASEC_CONSISTENCY_HIGH;
	case 2:
		return RIASEC_CONSISTENCY_MEDIUM;
	default:
		return RIASEC_CONSISTENCY_LOW;
	}
}

/*
 * The consistency of the two strongest types of @p (ranked, nrank >= 2).
 * A tie can leave the pair open (three types first, or two second): the
 * profile then says only what every pair the tie allows agrees on, and
 * nothing (RIASEC_CONSISTENCY_NONE) when they differ, rather than what
 * the tie-break's order happens to pick.
 */
static enum riasec_consistency
riasec_top_consistency(const struct riasec_profile *p)
{
	enum riasec_consistency c =
	    riasec_pair_consistency(p->rank[0], p->rank[1]);
	int first = 1, second;

	while (first < p->nrank && p->tied_next[first - 1])
		first++;
	if (first >= 2) {
		/* rank[0 .. first-1] share the first place: any two of them. */
		for (int i = 0; i < first; i++)
			for (int j = i + 1; j < first; j++)
				if (riasec_pair_consistency(p->rank[i],
				    p->rank[j]) != c)
					return RIASEC_CONSISTENCY_NONE;
		return c;
	}
	/* One first; rank[1 .. second-1] share the second place. */
	second = 2;
	while (second < p->nrank && p->tied_next[second - 1])
		second++;
	for (int j = 2; j < second; j++)
		if (riasec_pair_consistency(p->rank[0], p->rank[j]) != c)
			return RIASEC_CONSISTENCY_NONE;
	return c;
}

void
riasec_score(const enum riasec_type *types, const int *answers, size_t n,
    struct riasec_profile *out)
{
	*out = (struct riasec_profile){ 0 };

	for (size_t i = 0; i < n; i++) {
		enum riasec_type t = types[i];

		assert(t < RIASEC_COUNT);
		out->asked[t]++;
		if (answers[i] >= 0 && answers[i] <= RIASEC_ANSWER_MAX) {
			out->answered[t]++;
			out->sum[t] += answers[i];
		}
	}

	for (int t = 0; t < RIASEC_COUNT; t++) {
		out->enough[t] = out->asked[t] > 0 &&
		    out->answered[t] * 100 >= out->asked[t] * RIASEC_ENOUGH_PERCENT;
		if (out->answered[t] > 0)
			out->share[t] = (double)out->sum[t] /
			    (RIASEC_ANSWER_MAX * out->answered[t]);
		if (out->enough[t])
			out->rank[out->nrank++] = (enum riasec_type)t;
	}

	/* Insertion sort: six elements at most. */
	for (int i = 1; i < out->nrank; i++) {
		enum riasec_type key = out->rank[i];
		int j = i - 1;

		while (j >= 0 && compare_types(out, out->rank[j], key) > 0) {
			out->rank[j + 1] = out->rank[j];
			j--;
		}
		out->rank[j + 1] = key;
	}
	for (int i = 0; i + 1 < out->nrank; i++)
		out->tied_next[i] = same_share(out, out->rank[i], out->rank[i + 1]);

	out->code_len = out->nrank < RIASEC_CODE_LEN ? out->nrank : RIASEC_CODE_LEN;

	if (out->nrank >= 2) {
		double spread = out->share[out->rank[0]] -
		    out->share[out->rank[out->nrank - 1]];

		out->differentiation = spread;
		if (spread >= 0.5)
			out->clarity = RIASEC_CLARITY_CLEAR;
		else if (spread >= 0.25)
			out->clarity = RIASEC_CLARITY_MODERATE;
		else
			out->clarity = RIASEC_CLARITY_BROAD;

		out->consistency = riasec_top_consistency(out);
	}
}

bool
riasec_code_tied(const struct riasec_profile *p, int pos)
{
	if (pos < 0 || pos >= p->code_len)
		return false;
	return p->tied_next[pos] || (pos > 0 && p->tied_next[pos - 1]);
}
