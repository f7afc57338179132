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
	struct question q;              /* the page: answers, focus, buttons */
	char *texts[SESSION_MAX_ITEMS]; /* item texts in the current language */
	char place[256];                /* "Question 3 of 20" (screen_quiz_page) */
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

/* Focus the given answer of the current item, or "Not sure". */
static void
screen_quiz_focus(struct app *app, struct screen_quiz_state *s)
{
	int a = app->session.answer[app->session.current];

	question_focus(&s->q, app->session.current, RIASEC_ANSWER_MAX + 1,
	    a == RIASEC_ANSWER_NONE ? 2 : a);
}

static const char *
screen_quiz_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct app *app = ctx;

	return question_label(buf, bufsz, _(scale[index]),
	    app->session.answer[app->session.current] == index);
}

/* An answer for speech: its words, and whether it is the one given. */
static const char *
screen_quiz_say_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct app *app = ctx;

	if (app->session.answer[app->session.current] != index)
		return _(scale[index]);
	/* TRANSLATORS: spoken: an answer of a scale that is the one given. */
	fits_format(buf, bufsz, _("%s, your answer"), _(scale[index]));
	return buf;
}

/* The line under the question. */
static const char *const hint_text =
    N_("There are no right or wrong answers. Esc takes you back to "
    "the menu; your answers are kept.");

static void
screen_quiz_open(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;

	s->q.menu.numbered = true;
	screen_quiz_load(app, s);
	screen_quiz_focus(app, s);
}

static void
screen_quiz_close(void *state)
{
	struct screen_quiz_state *s = state;

	for (int i = 0; i < SESSION_MAX_ITEMS; i++)
		free(s->texts[i]);
}

/* The current item's page, its focus brought to it first. */
static struct question_page
screen_quiz_page(struct app *app, struct screen_quiz_state *s)
{
	struct session *se = &app->session;

	if (s->q.shown != se->current)
		screen_quiz_focus(app, s);
	fits_format(s->place, sizeof s->place, _("Question %d of %d"),
	    se->current + 1, se->nitems);
	return (struct question_page){
		.place = s->place,
		.done = session_answered(se),
		.total = se->nitems,
		.ask = _("How much would you like to do this?"),
		.text = s->texts[se->current],
		.text_attr = app_attr(app, UI_ROLE_EMPHASIS),
		.hint = _(hint_text),
		.label = screen_quiz_label,
		.say = screen_quiz_say_label,
		.ctx = app,
	};
}

static void
screen_quiz_paint(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;
	struct question_page page = screen_quiz_page(app, s);

	question_paint(&s->q, app, &page);
}

/* Go to item @i, or to the profile after the last one. */
static void
screen_quiz_go(struct app *app, int i)
{
	struct session *se = &app->session;

	if (i < 0)
		return;
	if (i >= se->nitems) {
		if (!se->finished)
			app_count(app, STATE_USAGE_COMPLETED, se->form == SESSION_FORM_SHORT ?
			    "short" : "full");
		se->finished = true;
		se->finished_at = time(NULL);
		app_replace(app, SCREEN_PROFILE);
		return;
	}
	se->current = i;
}

static bool
screen_quiz_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_quiz_state *s = state;
	struct session *se = &app->session;
	int move;

	if (!question_key(&s->q, key, &se->answer[se->current], &move))
		return false;
	if (move != 0)
		screen_quiz_go(app, se->current + move);
	return true;
}

/* The question, its place and the answers; on a move, the answer under
 * the cursor, or the whole next question once one is answered or skipped
 * (until the focus moves in it: the same state says the same words). */
static void
screen_quiz_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_quiz_state *s = state;
	struct question_page page = screen_quiz_page(app, s);

	question_speak(&s->q, what, &page, out);
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
	.paint = screen_quiz_paint,
	.key = screen_quiz_key,
	.speak = screen_quiz_speak,
	.on_language = screen_quiz_load,
};
