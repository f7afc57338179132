/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The interest questionnaire, one activity a screen.  The answers live in
 * the session (language-neutral: item ids and numbers), so switching the
 * language mid-way only reloads the texts.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/question.h"
#include "store/catalog.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The answer scale, coded 0..4. */
static const char *const scale[RIASEC_ANSWER_MAX + 1] = {
	N_("Strongly dislike"),
	N_("Dislike"),
	N_("Not sure"),
	N_("Like"),
	N_("Strongly like"),
};

struct screen_quiz_state {
	struct question q;              /* first: the page: answers, focus,
	                                 * buttons */
	char *texts[SESSION_MAX_ITEMS]; /* item texts in the current language */
};

/* (Re)load the texts of the session's items in the current language.
 * Also the on_language op. */
static void
screen_quiz_load(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;
	struct catalog_item *items;
	size_t n = catalog_items_load(app->catalog, app->session.lang, false,
	    &items);

	for (int i = 0; i < app->session.nitems; i++) {
		free(s->texts[i]);
		s->texts[i] = NULL;
		for (size_t j = 0; j < n; j++) {
			if (items[j].id == app->session.item_id[i]) {
				s->texts[i] = xstrdup(items[j].text);
				break;
			}
		}
		if (s->texts[i] == NULL)
			s->texts[i] = xstrdup("");
	}
	rows_free(items);
}

/* The question_series text of item @index: the activity. */
static const char *
screen_quiz_text(void *ctx, int index, const char **name)
{
	struct screen_quiz_state *s = ctx;

	*name = NULL;
	return s->texts[index];
}

/* After the last question: counted once, then the profile. */
static void
screen_quiz_done(struct app *app, void *state)
{
	struct session *se = &app->session;

	(void)state;
	if (!se->finished)
		app_count(app, STATE_USAGE_COMPLETED,
		    se->form == SESSION_FORM_SHORT ? "short" : "full");
	se->finished = true;
	se->finished_at = time(NULL);
	app_replace(app, SCREEN_PROFILE);
}

/* The page speaks the question, its place and the answers; on a move,
 * the answer under the cursor, or the whole next question once one is
 * answered or skipped (until the focus moves in it: the same state says
 * the same words). */
static const struct question_series series = {
	.series = SESSION_SERIES_INTERESTS,
	.rated = session_answered,
	.place = N_("Question %d of %d"),
	.ask = N_("How much would you like to do this?"),
	/* The line under the question. */
	.hint = N_("There are no right or wrong answers. Esc takes you back "
	    "to the menu; your answers are kept."),
	.answers = scale,
	.count = RIASEC_ANSWER_MAX + 1,
	.neutral = 2,          /* "Not sure" */
	.text_role = UI_ROLE_EMPHASIS,
	.text = screen_quiz_text,
	.done = screen_quiz_done,
};

static void
screen_quiz_open(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;

	screen_quiz_load(app, s);
	question_open(&s->q, app, &series);
}

static void
screen_quiz_close(void *state)
{
	struct screen_quiz_state *s = state;

	for (int i = 0; i < SESSION_MAX_ITEMS; i++)
		free(s->texts[i]);
}

const struct screen_ops screen_quiz_ops = {
	.title = N_("Discover my interests"),
	.help = N_("Answer with the number keys 1 to 5, with the arrow keys and "
	    "Enter, or by tapping an answer. Left arrow: previous question. "
	    "Right arrow: skip this question. Your answers are kept if you "
	    "change the language."),
	.state_size = sizeof(struct screen_quiz_state),
	.open = screen_quiz_open,
	.close = screen_quiz_close,
	.paint = question_paint,
	.key = question_key,
	.speak = question_speak,
	.on_language = screen_quiz_load,
};
