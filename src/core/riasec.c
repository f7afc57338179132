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

		switch (riasec_distance(out->rank[0], out->rank[1])) {
		case 0:
		case 1:
			out->consistency = RIASEC_CONSISTENCY_HIGH;
			break;
		case 2:
			out->consistency = RIASEC_CONSISTENCY_MEDIUM;
			break;
		default:
			out->consistency = RIASEC_CONSISTENCY_LOW;
			break;
		}
	}
}

bool
riasec_code_tied(const struct riasec_profile *p, int pos)
{
	if (pos < 0 || pos >= p->code_len)
		return false;
	return p->tied_next[pos] || (pos > 0 && p->tied_next[pos - 1]);
}
