/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/question.h"

#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"

/* The answers of a series and the one given to the item (out of range
 * for none): what its labels are made from. */
struct question_answers {
	const struct question_series *series;
	int given;
};

/* menu_label_fn of an answer as drawn: a check mark after the one
 * given. */
static const char *
question_label(void *ctx, int index, char *buf, size_t bufsz)
{
	const struct question_answers *a = ctx;
	bool given = a->given == index;

	fits_format(buf, bufsz, "%s%s%s", _(a->series->answers[index]),
	    given ? "  " : "", given ? glyph(GLYPH_CHECK) : "");
	return buf;
}

/* menu_label_fn of an answer as spoken: its words, and whether it is the
 * one given. */
static const char *
question_say(void *ctx, int index, char *buf, size_t bufsz)
{
	const struct question_answers *a = ctx;

	if (a->given != index)
		return _(a->series->answers[index]);
	/* TRANSLATORS: spoken: an answer of a scale that is the one given. */
	fits_format(buf, bufsz, _("%s, your answer"),
	    _(a->series->answers[index]));
	return buf;
}

void
question_open(struct question *q, struct app *app,
    const struct question_series *series)
{
	q->series = series;
	q->menu.numbered = true;
	question_show(q, app);
}

void
question_show(struct question *q, struct app *app)
{
	int *current, n;
	int *ratings = session_series(&app->session, q->series->series,
	    &current, &n);
	int r = ratings[*current];

	q->menu.count = q->series->count;
	q->menu.selected = r >= 0 && r < q->series->count ? r :
	    q->series->neutral;
	q->shown = *current;
	q->moved = false;
}

/*
 * The item on screen, its focus brought to it first: its place written
 * into q->place, its answers into *@a, its name (or NULL) into *@name,
 * the number of items into *@n; @return its text.  @ctx is passed to the
 * series' text.
 */
static const char *
question_item(struct question *q, struct app *app, void *ctx,
    struct question_answers *a, const char **name, int *n)
{
	int *current;
	int *ratings = session_series(&app->session, q->series->series,
	    &current, n);

	if (q->shown != *current)
		question_show(q, app);
	fits_format(q->place, sizeof q->place, _(q->series->place),
	    *current + 1, *n);
	*a = (struct question_answers){ q->series, ratings[*current] };
	return q->series->text(ctx, *current, name);
}

/* Previous and Skip on row @y, remembered for taps. */
static void
question_paint_nav(struct question *q, struct app *app, int y, int x,
    int width)
{
	char *prev = glyph_previous(), *skip = glyph_skip();

	q->nav_y = y;
	q->prev_x0 = x;
	q->prev_x1 = x + draw_text(y, x, width / 2, prev,
	    q->shown > 0 ? (int)A_BOLD : app_attr(app, UI_ROLE_DIM));
	q->skip_x0 = q->prev_x1 + 4;
	q->skip_x1 = q->skip_x0 + draw_text(y, q->skip_x0, width / 2, skip,
	    A_BOLD);
	free(prev);
	free(skip);
}

void
question_paint(struct app *app, void *state)
{
	struct question *q = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	struct question_answers a;
	const char *name;
	int n;
	const char *text = question_item(q, app, state, &a, &name, &n);

	draw_text(y, x, 30, q->place, app_attr(app, UI_ROLE_EMPHASIS));
	/* The bar beside it is the answered share; speech leaves it out, the
	 * place says enough. */
	draw_progress(y, x + 32, width - 32, q->series->rated(&app->session), n,
	    app_attr(app, UI_ROLE_BAR));
	y += 2;
	draw_text(y, x, width, _(q->series->ask), app_attr(app, UI_ROLE_NORMAL));
	y += 2;
	if (name != NULL)
		draw_text(y++, x + 2, width - 2, name,
		    app_attr(app, UI_ROLE_EMPHASIS));
	y += draw_wrapped(y, x + 2, width - 2, 2, 0, text,
	    app_attr(app, q->series->text_role));
	y++;
	menu_paint(&q->menu, app, y, x, q->menu.count, 40, question_label, &a);
	y += q->menu.count + 1;
	question_paint_nav(q, app, y, x, width);
	y += 2;
	draw_wrapped(y, x, width, app_body_bottom() - y, 0, _(q->series->hint),
	    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&q->menu);
}

/* Where @key goes from the item: -1 back, +1 on (skipped or answered),
 * 0 stay; an answer chosen is kept.  @return false if it is not a key of
 * the page. */
static bool
question_move(struct question *q, struct app *app, const struct ui_key *key,
    int *move)
{
	int chosen, *current, n;
	int *ratings = session_series(&app->session, q->series->series,
	    &current, &n);

	*move = 0;
	if (key->kind == UI_KEY_CLICK && key->y == q->nav_y) {
		if (key->x >= q->prev_x0 && key->x < q->prev_x1)
			*move = -1;
		else if (key->x >= q->skip_x0 && key->x < q->skip_x1)
			*move = 1;
		return true;
	}
	if (key->kind == UI_KEY_CODE &&
	    (key->code == KEY_LEFT || key->code == KEY_RIGHT)) {
		*move = key->code == KEY_LEFT ? -1 : 1;
		return true;
	}
	if (!menu_key(&q->menu, key, &chosen))
		return false;
	q->moved = chosen < 0;
	if (chosen >= 0) {
		ratings[*current] = chosen;
		*move = 1;
	}
	return true;
}

bool
question_key(struct app *app, void *state, const struct ui_key *key)
{
	struct question *q = state;
	int move, *current, n;

	if (!question_move(q, app, key, &move))
		return false;
	session_series(&app->session, q->series->series, &current, &n);
	if (*current + move >= n)
		q->series->done(app, state);
	else if (*current + move >= 0)
		*current += move;
	return true;
}

void
question_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct question *q = state;
	bool whole = what == SCREEN_SPEAK_ALL;
	struct question_answers a;
	const char *name;
	int n;
	const char *text = question_item(q, app, state, &a, &name, &n);

	if (whole || !q->moved) {
		utterance_add(out, q->place);
		utterance_add(out, _(q->series->ask));
		utterance_add(out, name);
		utterance_add(out, text);
		what = SCREEN_SPEAK_ALL;
	}
	menu_speak(&q->menu, what, question_say, NULL, &a, out);
	if (whole)
		utterance_add(out, _(q->series->hint));
}
