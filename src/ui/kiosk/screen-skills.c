/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The skills self-assessment: one skill a screen, rated on four levels
 * (not yet, some, good, very good) with the same keys and taps as the
 * questionnaire.  At the end a summary warns, as good skills matchers do,
 * when every rating is the same, and leads on to the occupations.
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/question.h"
#include "store/catalog.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"

static const char *const levels[MATCH_RATING_MAX + 1] = {
	N_("Not yet"),
	N_("Some"),
	N_("Good"),
	N_("Very good"),
};

/* Choices on the summary page. */
enum screen_skills_next {
	NEXT_MATCHES,
	NEXT_REVIEW,
	NEXT_MENU,
	NEXT_COUNT
};

static const char *const next_labels[NEXT_COUNT] = {
	[NEXT_MATCHES] = N_("Occupations that fit me"),
	[NEXT_REVIEW] = N_("Look at my ratings again"),
	[NEXT_MENU] = N_("Back to the main menu"),
};

struct screen_skills_state {
	struct question q;      /* first: the scale, or the summary choices
	                           (its menu); q.moved also for the summary */
	struct app *app;
	struct catalog_skill *skills;
	size_t n;
	bool summary;           /* showing the end page */
};

/* (Re)load the skill texts in the current language.  Also the
 * on_language op. */
static void
screen_skills_load(struct app *app, void *state)
{
	struct screen_skills_state *s = state;

	rows_free(s->skills);
	s->n = catalog_skills_load(app->catalog, app->session.lang,
	    &s->skills);
}

/* The text of skill @i of the session in the current language. */
static const struct catalog_skill *
screen_skills_text(struct screen_skills_state *s, int i)
{
	const char *id = s->app->session.skill_id[i];

	for (size_t k = 0; k < s->n; k++)
		if (strcmp(s->skills[k].element_id, id) == 0)
			return &s->skills[k];
	return NULL;
}

/* The question_series text of skill @index: its explanation, its name
 * above. */
static const char *
screen_skills_item(void *ctx, int index, const char **name)
{
	const struct catalog_skill *sk = screen_skills_text(ctx, index);

	*name = sk != NULL ? sk->name : "";
	return sk != NULL ? sk->explanation : "";
}

/* After the last skill: the summary, its first way on focused. */
static void
screen_skills_done(struct app *app, void *state)
{
	struct screen_skills_state *s = state;

	app->session.skills_done = true;
	s->summary = true;
	s->q.moved = false;
	s->q.menu.selected = NEXT_MATCHES;
}

static const struct question_series series = {
	.series = SESSION_SERIES_SKILLS,
	.rated = session_skills_rated,
	.place = N_("Skill %d of %d"),
	.ask = N_("How good are you at this today?"),
	/* The line under the levels. */
	.hint = N_("Think of school, work, hobbies and everyday life. Nobody "
	    "checks: be honest with yourself."),
	.answers = levels,
	.count = MATCH_RATING_MAX + 1,
	.neutral = 1,          /* "Some" */
	.text_role = UI_ROLE_NORMAL,
	.text = screen_skills_item,
	.done = screen_skills_done,
};

static void
screen_skills_open(struct app *app, void *state)
{
	struct screen_skills_state *s = state;

	s->app = app;
	screen_skills_load(app, s);
	if (app->session.nskills == 0) {
		const char *ids[MATCH_MAX_SKILLS];
		int n = 0;

		for (size_t i = 0; i < s->n && n < MATCH_MAX_SKILLS; i++)
			ids[n++] = s->skills[i].element_id;
		session_begin_skills(&app->session, ids, n);
	}
	question_open(&s->q, app, &series);
}

static void
screen_skills_close(void *state)
{
	struct screen_skills_state *s = state;

	rows_free(s->skills);
}

/* "You rated 12 skills of 20." into @buf. */
static void
screen_skills_rated(struct app *app, char *buf, size_t bufsz)
{
	int rated = session_skills_rated(&app->session);

	fits_format(buf, bufsz, ngettext("You rated %d skill of %d.",
	    "You rated %d skills of %d.", (unsigned long)rated), rated,
	    app->session.nskills);
}

/* The warning when every rating is the same. */
static const char *
screen_skills_same(void)
{
	return _("You gave every skill the same rating. Most people are "
	    "stronger in some things than in others: you may want to look at "
	    "your ratings again, so that the occupations can be matched to "
	    "your strengths.");
}

/* What the ratings are used for. */
static const char *
screen_skills_use(void)
{
	/* TRANSLATORS: as the start screen says, only a code keeps the
	 * answers (and the ratings) after the visit. */
	return _("Your ratings are used, together with your interests, to "
	    "suggest occupations. They are not checked, and they are kept "
	    "after you leave only if you keep your results under a code for a "
	    "counsellor.");
}

/* The end page: how many rated, the same-rating warning, what next. */
static void
screen_skills_paint_summary(struct app *app, struct screen_skills_state *s)
{
	struct match_person person;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	char buf[256];

	screen_skills_rated(app, buf, sizeof buf);
	draw_text(y, x, width, buf, app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	session_match_person(&app->session, &person);
	if (match_ratings_all_same(&person)) {
		y += draw_wrapped(y, x, width, 4, 0, screen_skills_same(),
		    app_attr(app, UI_ROLE_ERROR));
		y++;
	}
	y += draw_wrapped(y, x, width, 4, 0, screen_skills_use(),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	s->q.menu.count = NEXT_COUNT;
	menu_paint(&s->q.menu, app, y, x, NEXT_COUNT, width, menu_msgid_label,
	    (void *)next_labels);
}

static void
screen_skills_paint(struct app *app, void *state)
{
	struct screen_skills_state *s = state;

	if (s->summary)
		screen_skills_paint_summary(app, s);
	else
		question_paint(app, state);
}

/* A choice on the end page. */
static bool
screen_skills_key_summary(struct app *app, struct screen_skills_state *s,
    const struct ui_key *key)
{
	int chosen;

	if (!menu_key(&s->q.menu, key, &chosen))
		return false;
	s->q.moved = chosen < 0;
	if (chosen == NEXT_MATCHES) {
		app_replace(app, SCREEN_MATCHES);
	} else if (chosen == NEXT_REVIEW) {
		s->summary = false;
		app->session.skill_current = 0;
		question_show(&s->q, app);
	} else if (chosen == NEXT_MENU) {
		app_home(app);
	}
	return true;
}

static bool
screen_skills_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_skills_state *s = state;

	return s->summary ? screen_skills_key_summary(app, s, key) :
	    question_key(app, state, key);
}

/* The end page: how many rated, the same-rating warning, the choices;
 * on a move, the choice under the cursor. */
static void
screen_skills_speak_summary(struct app *app, struct screen_skills_state *s,
    enum screen_speak what, struct utterance *out)
{
	char buf[256];

	s->q.menu.count = NEXT_COUNT;
	if (what == SCREEN_SPEAK_ALL || !s->q.moved) {
		struct match_person person;

		screen_skills_rated(app, buf, sizeof buf);
		utterance_add(out, buf);
		session_match_person(&app->session, &person);
		if (match_ratings_all_same(&person))
			utterance_add(out, screen_skills_same());
		utterance_add(out, screen_skills_use());
		what = SCREEN_SPEAK_ALL;
	}
	menu_speak(&s->q.menu, what, menu_msgid_label, NULL, (void *)next_labels,
	    out);
}

/* The skill, its place and the levels (or the end page); on a move, the
 * level under the cursor, or the whole next skill once one is rated
 * (until the focus moves in it: the same state says the same words). */
static void
screen_skills_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_skills_state *s = state;

	if (s->summary)
		screen_skills_speak_summary(app, s, what, out);
	else
		question_speak(app, state, what, out);
}

const struct screen_ops screen_skills_ops = {
	.title = N_("Assess my skills"),
	.help = N_("Rate each skill with the number keys 1 to 4, with the arrow "
	    "keys and Enter, or by tapping. Left arrow: previous skill. Right "
	    "arrow: skip."),
	.state_size = sizeof(struct screen_skills_state),
	.open = screen_skills_open,
	.close = screen_skills_close,
	.paint = screen_skills_paint,
	.key = screen_skills_key,
	.speak = screen_skills_speak,
	.on_language = screen_skills_load,
};
