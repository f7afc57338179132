/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "Keep my results for a counsellor": the session is committed to the
 * state database, and only then is the code shown, large and in plain
 * text, with the date it expires.  One code per visit: keeping again
 * shows the same code and replaces what is kept under it.  Nothing that
 * names the visitor is kept.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/bigtext.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/state.h"
#include "text/handoff-words.h"
#include "speech/utterance.h"
#include "util/i18n.h"

struct screen_handoff_state {
	struct menu menu;
	char code[HANDOFF_CODE_LEN + 1];
	char shown[HANDOFF_CODE_SHOWN];     /* "ABCD-EFGH" */
	time_t expires;                     /* written in the current language */
	enum orientation_status status;
};

static const char *
screen_handoff_label(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return index == 0 ? _("Finish and clear the screen") :
	    _("Back");
}

/* Why there is no code: nothing to keep yet. */
static const char *const nothing_text =
    N_("There is nothing to keep yet: answer the questionnaire or "
    "rate your skills first.");

static void
screen_handoff_open(struct app *app, void *state)
{
	struct screen_handoff_state *s = state;

	s->menu.count = 2;
	s->menu.numbered = true;
	if (!session_has_results(&app->session)) {
		s->status = ORIENTATION_NOT_FOUND;
		return;
	}
	memcpy(s->code, app->session.handoff_code, sizeof s->code);
	s->status = state_handoff_save(app->state, &app->session, time(NULL),
	    app->opts.retention_seconds, random_bytes,
	    app->session.handoff_code, &s->expires);
	if (s->status != ORIENTATION_OK)
		return;
	/* The figures count codes: keeping again under the same code
	 * replaces what it holds and is not one more. */
	if (strcmp(s->code, app->session.handoff_code) != 0)
		app_count(app, STATE_USAGE_HANDOFF, NULL);
	memcpy(s->code, app->session.handoff_code, sizeof s->code);
	handoff_code_format(s->code, s->shown);
}

static void
screen_handoff_paint(struct app *app, void *state)
{
	struct screen_handoff_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	char *line, *day;

	if (s->status == ORIENTATION_NOT_FOUND) {
		draw_wrapped(y, x, width, 3, 0, _(nothing_text),
		    app_attr(app, UI_ROLE_NORMAL));
	} else if (s->status != ORIENTATION_OK) {
		y += draw_wrapped(y, x, width, 3, 0, status_message(s->status),
		    app_attr(app, UI_ROLE_ERROR));
		draw_wrapped(y + 1, x, width, 3, 0, handoff_words_failed(),
		    app_attr(app, UI_ROLE_NORMAL));
	} else {
		draw_text(y, x, width, handoff_words_intro(),
		    app_attr(app, UI_ROLE_NORMAL));
		bigtext_draw(y + 2, x + (width - bigtext_width(s->shown)) / 2,
		    s->shown, app_attr(app, UI_ROLE_EMPHASIS));
		y += 2 + BIGTEXT_ROWS + 1;
		day = app_date(app, s->expires);
		line = handoff_words_line(s->shown, day);
		draw_centered(y, x, width, line, A_BOLD);
		free(line);
		free(day);
		y += 2;
		y += draw_wrapped(y, x, width, 6, 0, handoff_words_notice(),
		    app_attr(app, UI_ROLE_NORMAL));
	}
	menu_paint(&s->menu, app, app_body_bottom() - 1, x, 2, width,
	    screen_handoff_label, s);
}

static bool
screen_handoff_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_handoff_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen == 0)
		app_replace(app, SCREEN_FINISH);
	else if (chosen == 1)
		app_pop(app);
	return true;
}

/* The code, spelled, when it expires and what it is for (or why there is
 * none); then the two ways on.  On a move, the way on. */
static void
screen_handoff_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_handoff_state *s = state;
	char *day, *line;

	if (what == SCREEN_SPEAK_ALL) {
		if (s->status == ORIENTATION_NOT_FOUND) {
			utterance_add(out, _(nothing_text));
		} else if (s->status != ORIENTATION_OK) {
			utterance_add(out, status_message(s->status));
			utterance_add(out, handoff_words_failed());
		} else {
			utterance_add(out, handoff_words_intro());
			utterance_add_code(out, s->shown);
			day = app_date(app, s->expires);
			line = handoff_words_valid_until(day);
			utterance_add(out, line);
			free(line);
			free(day);
			utterance_add(out, handoff_words_notice());
		}
	}
	menu_speak(&s->menu, what, screen_handoff_label, NULL, s, out);
}

const struct screen_ops screen_handoff_ops = {
	.title = N_("Keep my results for a counsellor"),
	.help = N_("Write the code down or take a photo of it. \"Finish\" clears "
	    "the screen for the next person."),
	.state_size = sizeof(struct screen_handoff_state),
	.open = screen_handoff_open,
	.paint = screen_handoff_paint,
	.key = screen_handoff_key,
	.speak = screen_handoff_speak,
};
