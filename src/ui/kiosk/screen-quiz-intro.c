/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Before the interest questionnaire: what it is, how long it takes, that it
 * is not a test, and the choice between the short and the full form (or
 * going on with answers already given): a list to choose from
 * (widgets/picklist.h) under the text.
 */
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/catalog.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

enum screen_quiz_intro_choice {
	CHOICE_CONTINUE,
	CHOICE_SHORT,
	CHOICE_FULL,
};

/* The text above the choices, paragraph by paragraph. */
static const struct picklist_para intro[] = {
	{ .text = N_("You will see short descriptions of activities. For each "
	    "one, say how much you would like doing it. Do not think about "
	    "whether you are good at it, or about money or training: only "
	    "about whether you would enjoy it."), .rows = 4 },
	{ .text = N_("This is not a test and it is not used to select anyone: "
	    "there are no right or wrong answers. You can go back, skip a "
	    "question, or change the language at any moment."), .rows = 3 },
	{ .text = N_("Which form would you like?"), .rows = 1,
	  .emphasis = true },
};

/* Whether a questionnaire was started and not finished. */
static bool
screen_quiz_intro_in_progress(const struct app *app)
{
	return app->session.form != SESSION_FORM_NONE && !app->session.finished;
}

/* The choices for the session (rows: enum screen_quiz_intro_choice), and
 * the line to continue, in the current language (on open and when the
 * language changes). */
static int
screen_quiz_intro_load(struct app *app, struct picklist *l)
{
	struct picklist_rows *r = picklist_rows_new(l);

	if (screen_quiz_intro_in_progress(app)) {
		picklist_rows_add(r, CHOICE_CONTINUE);
		r->text = xasprintf(ngettext(
		    "Continue where I left off (%d of %d question answered)",
		    "Continue where I left off (%d of %d questions answered)",
		    (unsigned long)app->session.nitems),
		    session_answered(&app->session), app->session.nitems);
	}
	picklist_rows_add(r, CHOICE_SHORT);
	picklist_rows_add(r, CHOICE_FULL);
	return r->n;
}

static const char *
screen_quiz_intro_label(const struct picklist *l, int index)
{
	switch ((enum screen_quiz_intro_choice)picklist_row(l, index)) {
	case CHOICE_CONTINUE:
		return picklist_rows_text(l);
	case CHOICE_SHORT:
		return _("Short form: 30 questions, about 5 minutes");
	case CHOICE_FULL:
	default:
		return _("Full form: 60 questions, about 10 minutes");
	}
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

static void
screen_quiz_intro_chosen(struct app *app, struct picklist *l, int index)
{
	switch ((enum screen_quiz_intro_choice)picklist_row(l, index)) {
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
}

static const struct picklist_look look = {
	.paras = intro, .nparas = sizeof intro / sizeof intro[0],
	.numbered = true,
	.load = screen_quiz_intro_load, .free_items = picklist_rows_free,
	.label = screen_quiz_intro_label, .chosen = screen_quiz_intro_chosen,
};

const struct screen_ops screen_quiz_intro_ops = {
	.title = N_("Discover my interests"),
	.help = N_("Choose the short or the full form with the arrow keys and "
	    "Enter, with its number, or by tapping it."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
