/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The visitor's in-memory session.  Wiping overwrites it, so that nothing
 * of one visitor is left for the next.
 */
#include "session.h"

#include <stdio.h>
#include <string.h>

#include "util/fits.h"

void
session_wipe(struct session *s)
{
	explicit_bzero(s, sizeof *s);
	s->form = SESSION_FORM_NONE;
	for (int i = 0; i < SESSION_MAX_ITEMS; i++)
		s->answer[i] = RIASEC_ANSWER_NONE;
	for (int i = 0; i < MATCH_MAX_SKILLS; i++)
		s->skill_rating[i] = MATCH_RATING_NONE;
}

void
session_begin_quiz(struct session *s, enum session_form form, const int *ids,
    const enum riasec_type *types, int n, time_t now)
{
	int old_id[SESSION_MAX_ITEMS], old_answer[SESSION_MAX_ITEMS];
	int nold = s->nitems, kept = 0;

	if (n > SESSION_MAX_ITEMS)
		n = SESSION_MAX_ITEMS;
	if (n < 0)
		n = 0;
	if (nold < 0 || nold > SESSION_MAX_ITEMS)
		nold = 0;
	memcpy(old_id, s->item_id, sizeof old_id);
	memcpy(old_answer, s->answer, sizeof old_answer);
	s->form = form;
	s->nitems = n;
	s->current = -1;
	s->finished = false;
	for (int i = 0; i < SESSION_MAX_ITEMS; i++) {
		s->item_id[i] = i < n ? ids[i] : 0;
		s->item_type[i] = i < n ? types[i] : RIASEC_R;
		s->answer[i] = RIASEC_ANSWER_NONE;
		/* An item answered in the other form keeps its answer. */
		for (int j = 0; i < n && j < nold; j++) {
			if (old_id[j] == ids[i] &&
			    old_answer[j] != RIASEC_ANSWER_NONE) {
				s->answer[i] = old_answer[j];
				kept++;
				break;
			}
		}
		if (i < n && s->current < 0 &&
		    s->answer[i] == RIASEC_ANSWER_NONE)
			s->current = i;
	}
	if (s->current < 0)
		s->current = 0;
	if (kept == 0)
		s->started = now;
	explicit_bzero(old_answer, sizeof old_answer);
}

void
session_profile(const struct session *s, struct riasec_profile *out)
{
	riasec_score(s->item_type, s->answer, (size_t)s->nitems, out);
}

/* How many of the @n values at @v are not @none. */
static int
count_given(const int *v, int n, int none)
{
	int given = 0;

	for (int i = 0; i < n; i++)
		if (v[i] != none)
			given++;
	return given;
}

int
session_answered(const struct session *s)
{
	return count_given(s->answer, s->nitems, RIASEC_ANSWER_NONE);
}

/*
 * Add @id to the @max ids in @list (*@n of them), dropping the oldest when
 * it is full; repeats and ids that do not fit are ignored.
 */
static void
note_id(char (*list)[SESSION_ID_MAX], int *n, int max, const char *id)
{
	size_t len = strlen(id);

	if (len == 0 || len >= SESSION_ID_MAX)
		return;
	for (int i = 0; i < *n; i++)
		if (strcmp(list[i], id) == 0)
			return;
	if (*n == max) {
		memmove(list[0], list[1], sizeof list[0] * (size_t)(max - 1));
		(*n)--;
	}
	memcpy(list[(*n)++], id, len + 1);
}

void
session_note_group(struct session *s, const char *id)
{
	note_id(s->groups, &s->ngroups, SESSION_MAX_GROUPS, id);
}

void
session_begin_skills(struct session *s, const char *const *ids, int n)
{
	if (n > MATCH_MAX_SKILLS)
		n = MATCH_MAX_SKILLS;
	if (n < 0)
		n = 0;
	s->nskills = n;
	s->skill_current = 0;
	s->skills_done = false;
	for (int i = 0; i < MATCH_MAX_SKILLS; i++) {
		s->skill_rating[i] = MATCH_RATING_NONE;
		s->skill_id[i][0] = '\0';
		if (i < n)
			fits_copy(s->skill_id[i], sizeof s->skill_id[i], ids[i]);
	}
}

int
session_skills_rated(const struct session *s)
{
	return count_given(s->skill_rating, s->nskills, MATCH_RATING_NONE);
}

int *
session_series(struct session *s, enum session_series series, int **current,
    int *n)
{
	if (series == SESSION_SERIES_SKILLS) {
		*current = &s->skill_current;
		*n = s->nskills;
		return s->skill_rating;
	}
	*current = &s->current;
	*n = s->nitems;
	return s->answer;
}

void
session_match_person(const struct session *s, struct match_person *out)
{
	struct riasec_profile p;

	memset(out, 0, sizeof *out);
	if (s->finished) {
		session_profile(s, &p);
		for (int t = 0; t < RIASEC_COUNT; t++) {
			out->share[t] = p.share[t];
			out->enough[t] = p.enough[t];
		}
	}
	out->nskills = s->nskills;
	for (int i = 0; i < MATCH_MAX_SKILLS; i++)
		out->rating[i] = i < s->nskills ? s->skill_rating[i] :
		    MATCH_RATING_NONE;
}

void
session_note_occupation(struct session *s, int id)
{
	for (int i = 0; i < s->noccupations; i++)
		if (s->occupations[i] == id)
			return;
	if (s->noccupations == SESSION_MAX_SEEN) {
		memmove(&s->occupations[0], &s->occupations[1],
		    sizeof s->occupations[0] * (SESSION_MAX_SEEN - 1));
		s->noccupations--;
	}
	s->occupations[s->noccupations++] = id;
}

void
session_note_service(struct session *s, const char *id)
{
	note_id(s->services, &s->nservices, SESSION_MAX_SEEN, id);
}

bool
session_has_results(const struct session *s)
{
	return session_answered(s) > 0 || session_skills_rated(s) > 0 ||
	    s->noccupations > 0 || s->nservices > 0;
}

void
session_service_context(const struct session *s, const char *level,
    struct service_context *out)
{
	struct riasec_profile p;

	memset(out, 0, sizeof *out);
	if (level != NULL && level[0] != '\0')
		out->levels[out->nlevels++] = level;
	if (s->finished) {
		session_profile(s, &p);
		if (p.code_len > 0)
			out->riasec = riasec_letter(p.rank[0]);
	}
	for (int i = 0; i < s->ngroups && i < SESSION_MAX_GROUPS; i++)
		out->groups[out->ngroups++] = s->groups[i];
}
