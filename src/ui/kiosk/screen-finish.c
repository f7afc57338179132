/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The end of a visit: an optional "Was this helpful?" (1 to 5, kept only
 * as an anonymous figure), then the screen is cleared for the next person.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define RATINGS 5

static const char *const labels[RATINGS + 1] = {
	N_("Not helpful"),
	N_("A little helpful"),
	N_("Fairly helpful"),
	N_("Helpful"),
	N_("Very helpful"),
	N_("I'd rather not say"),
};

/* The question and what happens to the answer. */
static const char *const intro[] = {
	N_("Was this helpful?"),
	N_("Your answer is counted without anything that could tell who you "
	   "are. Then the screen is cleared for the next person."),
};

struct screen_finish_state {
	struct menu menu;
};

static const char *
screen_finish_label(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return _(labels[index]);
}

static void *
screen_finish_open(struct app *app)
{
	struct screen_finish_state *s = xcalloc(1, sizeof *s);

	(void)app;
	s->menu.count = RATINGS + 1;
	s->menu.numbered = true;
	s->menu.selected = RATINGS;
	return s;
}

static void
screen_finish_paint(struct app *app, void *state)
{
	struct screen_finish_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	draw_text(y, x, width, _(intro[0]), app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	y += draw_wrapped(y, x, width, 3, 0, _(intro[1]),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	menu_paint(&s->menu, app, y, x, s->menu.count, width, screen_finish_label,
	    s);
}

static bool
screen_finish_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_finish_state *s = state;
	char rating[12];
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if (chosen < RATINGS) {
		snprintf(rating, sizeof rating, "%d", chosen + 1); /* fits: 1-5 */
		app_count(app, STATE_USAGE_RATING, rating);
	}
	app_wipe(app);
	return true;
}

/* The question and the answers; on a move, the answer. */
static void
screen_finish_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_finish_state *s = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL)
		doc_say_msgids(out, intro, sizeof intro / sizeof intro[0]);
	menu_speak(&s->menu, what, screen_finish_label, NULL, s, out);
}

const struct screen_ops screen_finish_ops = {
	.title = N_("Goodbye"),
	.help = N_("Choose how helpful this was, from 1 to 5, or the last line "
	    "to say nothing. The screen is then cleared."),
	.open = screen_finish_open,
	.paint = screen_finish_paint,
	.key = screen_finish_key,
	.speak = screen_finish_speak,
};
