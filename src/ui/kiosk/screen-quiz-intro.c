/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Before the interest questionnaire: what it is, how long it takes, that it
 * is not a test, and the choice between the short and the full form (or
 * going on with answers already given).
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/catalog.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

enum screen_quiz_intro_choice {
	CHOICE_CONTINUE,
	CHOICE_SHORT,
	CHOICE_FULL,
};

/* The text above the choices, paragraph by paragraph. */
static const char *const intro[] = {
	N_("You will see short descriptions of activities. For each one, say "
	   "how much you would like doing it. Do not think about whether you "
	   "are good at it, or about money or training: only about whether "
	   "you would enjoy it."),
	N_("This is not a test and it is not used to select anyone: there are "
	   "no right or wrong answers. You can go back, skip a question, or "
	   "change the language at any moment."),
	N_("Which form would you like?"),
};

struct screen_quiz_intro_state {
	struct app *app;
	struct menu menu;
	enum screen_quiz_intro_choice choices[3];
};

/* Whether a questionnaire was started and not finished. */
static bool
screen_quiz_intro_in_progress(const struct app *app)
{
	return app->session.form != SESSION_FORM_NONE && !app->session.finished;
}

/* Fill the choices for the session as it is now. */
static void
screen_quiz_intro_refresh(struct app *app, struct screen_quiz_intro_state *s)
{
	int n = 0;

	if (screen_quiz_intro_in_progress(app))
		s->choices[n++] = CHOICE_CONTINUE;
	s->choices[n++] = CHOICE_SHORT;
	s->choices[n++] = CHOICE_FULL;
	s->menu.count = n;
}

static const char *
screen_quiz_intro_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_quiz_intro_state *s = ctx;
	struct app *app = s->app;
	int answered = session_answered(&app->session);

	switch (s->choices[index]) {
	case CHOICE_CONTINUE:
		fits_format(buf, bufsz, ngettext(
		    "Continue where I left off (%d of %d question answered)",
		    "Continue where I left off (%d of %d questions answered)",
		    (unsigned long)app->session.nitems),
		    answered, app->session.nitems);
		return buf;
	case CHOICE_SHORT:
		return _("Short form: 30 questions, about 5 minutes");
	case CHOICE_FULL:
	default:
		return _("Full form: 60 questions, about 10 minutes");
	}
}

static void *
screen_quiz_intro_open(struct app *app)
{
	struct screen_quiz_intro_state *s = xcalloc(1, sizeof *s);

	s->app = app;
	s->menu.numbered = true;
	screen_quiz_intro_refresh(app, s);
	return s;
}

static void
screen_quiz_intro_paint(struct app *app, void *state)
{
	struct screen_quiz_intro_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;

	screen_quiz_intro_refresh(app, s);
	y += draw_wrapped(y, x, width, 4, 0, _(intro[0]),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	y += draw_wrapped(y, x, width, 3, 0, _(intro[1]),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	draw_text(y++, x, width, _(intro[2]), app_attr(app, UI_ROLE_EMPHASIS));
	y++;
	menu_paint(&s->menu, app, y, x, s->menu.count, width,
	    screen_quiz_intro_label, s);
}

/* Load the items of @form and start the questionnaire. */
static void
screen_quiz_intro_start(struct app *app, enum session_form form)
{
	if (catalog_quiz_begin(app->catalog, &app->session, form, time(NULL),
	    NULL, NULL) == 0) {
		app_message(app, N_("The questionnaire is missing from the catalogue."));
		return;
	}
	app_count(app, STATE_USAGE_FORM, form == SESSION_FORM_SHORT ? "short" : "full");
	app_replace(app, SCREEN_QUIZ);
}

static bool
screen_quiz_intro_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_quiz_intro_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	switch (s->choices[chosen]) {
	case CHOICE_CONTINUE:
		app_replace(app, SCREEN_QUIZ);
		break;
	case CHOICE_SHORT:
		screen_quiz_intro_start(app, SESSION_FORM_SHORT);
		break;
	case CHOICE_FULL:
		screen_quiz_intro_start(app, SESSION_FORM_FULL);
		break;
	}
	return true;
}

/* The introduction and the forms; on a move, the form. */
static void
screen_quiz_intro_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_quiz_intro_state *s = state;

	screen_quiz_intro_refresh(app, s);
	if (what == SCREEN_SPEAK_ALL)
		doc_say_msgids(out, intro, sizeof intro / sizeof intro[0]);
	menu_speak(&s->menu, what, screen_quiz_intro_label, NULL, s, out);
}

const struct screen_ops screen_quiz_intro_ops = {
	.title = N_("Discover my interests"),
	.help = N_("Choose the short or the full form with the arrow keys and "
	    "Enter, with its number, or by tapping it."),
	.open = screen_quiz_intro_open,
	.paint = screen_quiz_intro_paint,
	.key = screen_quiz_intro_key,
	.speak = screen_quiz_intro_speak,
};
