/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the session: starting the full questionnaire after the
 * short one keeps the answers given; the lists of what was seen; the
 * facts the recommendations and the matching use; whether there is
 * anything to keep; where each series of ratings is kept.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "core/session.h"

/* The short form's items are the even ids of the full form's 60. */
static void
test_full_after_short_keeps_answers(void **state)
{
	static struct session s;
	int short_ids[30], full_ids[60];
	enum riasec_type short_types[30], full_types[60];

	(void)state;
	for (int i = 0; i < 60; i++) {
		full_ids[i] = 100 + i;
		full_types[i] = (enum riasec_type)(i % 6);
	}
	for (int i = 0; i < 30; i++) {
		short_ids[i] = full_ids[2 * i];
		short_types[i] = full_types[2 * i];
	}
	session_wipe(&s);
	session_begin_quiz(&s, SESSION_FORM_SHORT, short_ids, short_types, 30,
	    1000);
	for (int i = 0; i < 30; i++)
		s.answer[i] = i % 5;
	s.finished = true;
	session_begin_quiz(&s, SESSION_FORM_FULL, full_ids, full_types, 60, 2000);
	assert_int_equal(s.nitems, 60);
	assert_int_equal(session_answered(&s), 30);
	for (int i = 0; i < 30; i++) {
		assert_int_equal(s.answer[2 * i], i % 5);
		assert_int_equal(s.answer[2 * i + 1], RIASEC_ANSWER_NONE);
	}
	assert_int_equal(s.current, 1);   /* the first one not answered */
	assert_false(s.finished);
	assert_int_equal(s.started, 1000);

	/* A fresh start keeps nothing. */
	session_wipe(&s);
	session_begin_quiz(&s, SESSION_FORM_FULL, full_ids, full_types, 60, 3000);
	assert_int_equal(session_answered(&s), 0);
	assert_int_equal(s.current, 0);
	assert_int_equal(s.started, 3000);
}

/* Groups and services seen: repeats ignored, the oldest dropped. */
static void
test_note_lists(void **state)
{
	static struct session s;
	char id[8];

	(void)state;
	session_wipe(&s);
	session_note_group(&s, "youth");
	session_note_group(&s, "youth");
	session_note_group(&s, "");
	assert_int_equal(s.ngroups, 1);
	/* An id that does not fit is left out, never cut; the longest that
	 * fits is kept whole. */
	{
		char longer[SESSION_ID_MAX + 1];

		memset(longer, 'x', SESSION_ID_MAX);
		longer[SESSION_ID_MAX] = '\0';
		session_note_group(&s, longer);
		assert_int_equal(s.ngroups, 1);
		longer[SESSION_ID_MAX - 1] = '\0';
		session_note_group(&s, longer);
		assert_int_equal(s.ngroups, 2);
		assert_string_equal(s.groups[1], longer);
	}
	for (int i = 0; i < SESSION_MAX_SEEN + 2; i++) {
		snprintf(id, sizeof id, "s%d", i);
		session_note_service(&s, id);
	}
	assert_int_equal(s.nservices, SESSION_MAX_SEEN);
	assert_string_equal(s.services[0], "s2");
	assert_string_equal(s.services[SESSION_MAX_SEEN - 1], "s11");
}

/* What the recommendations see: the level, the groups, and the first
 * letter only once the questionnaire is finished. */
static void
test_service_context(void **state)
{
	static struct session s;
	struct service_context ctx;
	int ids[60];
	enum riasec_type types[60];

	(void)state;
	for (int i = 0; i < 60; i++) {
		ids[i] = i;
		types[i] = (enum riasec_type)(i % 6);
	}
	session_wipe(&s);
	session_begin_quiz(&s, SESSION_FORM_FULL, ids, types, 60, 1000);
	for (int i = 0; i < 60; i++)
		s.answer[i] = types[i] == RIASEC_S ? 4 : 0;
	session_note_group(&s, "newcomer");
	session_service_context(&s, "dap", &ctx);
	assert_int_equal(ctx.riasec, 0);
	assert_int_equal(ctx.nlevels, 1);
	assert_string_equal(ctx.levels[0], "dap");
	assert_int_equal(ctx.ngroups, 1);
	assert_string_equal(ctx.groups[0], "newcomer");

	s.finished = true;
	session_service_context(&s, NULL, &ctx);
	assert_int_equal(ctx.riasec, 'S');
	assert_int_equal(ctx.nlevels, 0);
	session_service_context(&s, "", &ctx);
	assert_int_equal(ctx.nlevels, 0);
}

/* Whether there is anything to keep: answers, skill ratings, occupations
 * or services seen, each on its own. */
static void
test_has_results(void **state)
{
	static struct session s;
	int ids[1] = { 7 };
	enum riasec_type types[1] = { RIASEC_S };
	const char *skills[1] = { "skill-1" };

	(void)state;
	session_wipe(&s);
	assert_false(session_has_results(&s));
	session_begin_quiz(&s, SESSION_FORM_SHORT, ids, types, 1, 1000);
	assert_false(session_has_results(&s));
	s.answer[0] = 3;
	assert_true(session_has_results(&s));

	session_wipe(&s);
	session_begin_skills(&s, skills, 1);
	assert_false(session_has_results(&s));
	s.skill_rating[0] = 2;
	assert_true(session_has_results(&s));

	session_wipe(&s);
	session_note_occupation(&s, 42);
	assert_true(session_has_results(&s));

	session_wipe(&s);
	session_note_service(&s, "adem");
	assert_true(session_has_results(&s));
}

/* What the matching sees: the interest shares only once the
 * questionnaire is finished, the skill ratings always. */
static void
test_match_person(void **state)
{
	static struct session s;
	struct match_person person;
	int ids[6];
	enum riasec_type types[6];
	const char *skills[2] = { "skill-1", "skill-2" };

	(void)state;
	for (int i = 0; i < 6; i++) {
		ids[i] = i;
		types[i] = (enum riasec_type)i;
	}
	session_wipe(&s);
	session_begin_quiz(&s, SESSION_FORM_SHORT, ids, types, 6, 1000);
	for (int i = 0; i < 6; i++)
		s.answer[i] = types[i] == RIASEC_S ? 4 : 0;
	session_begin_skills(&s, skills, 2);
	s.skill_rating[1] = 3;

	session_match_person(&s, &person);
	for (int t = 0; t < RIASEC_COUNT; t++) {
		assert_true(person.share[t] == 0.0);
		assert_false(person.enough[t]);
	}
	assert_int_equal(person.nskills, 2);
	assert_int_equal(person.rating[0], MATCH_RATING_NONE);
	assert_int_equal(person.rating[1], 3);

	s.finished = true;
	session_match_person(&s, &person);
	assert_true(person.share[RIASEC_S] > person.share[RIASEC_R]);
	assert_true(person.enough[RIASEC_S]);
	assert_int_equal(person.rating[1], 3);
}

/* Each series names its own ratings, item on screen and length. */
static void
test_series(void **state)
{
	static struct session s;
	const char *skills[3] = { "a", "b", "c" };
	int ids[2] = { 1, 2 }, *current, n, *ratings;
	enum riasec_type types[2] = { RIASEC_R, RIASEC_I };

	(void)state;
	session_wipe(&s);
	session_begin_quiz(&s, SESSION_FORM_SHORT, ids, types, 2, 1000);
	session_begin_skills(&s, skills, 3);
	s.current = 1;
	s.skill_current = 2;
	ratings = session_series(&s, SESSION_SERIES_INTERESTS, &current, &n);
	assert_ptr_equal(ratings, s.answer);
	assert_ptr_equal(current, &s.current);
	assert_int_equal(n, 2);
	ratings = session_series(&s, SESSION_SERIES_SKILLS, &current, &n);
	assert_ptr_equal(ratings, s.skill_rating);
	assert_ptr_equal(current, &s.skill_current);
	assert_int_equal(n, 3);
	ratings[*current] = 1;
	assert_int_equal(session_skills_rated(&s), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_after_short_keeps_answers),
		cmocka_unit_test(test_note_lists),
		cmocka_unit_test(test_service_context),
		cmocka_unit_test(test_has_results),
		cmocka_unit_test(test_match_person),
		cmocka_unit_test(test_series),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
