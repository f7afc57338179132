/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/question.h"

#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "speech/utterance.h"
#include "util/fits.h"

void
question_focus(struct question *q, int item, int count, int selected)
{
	q->menu.count = count;
	q->menu.selected = selected;
	q->shown = item;
	q->moved = false;
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
question_paint(struct question *q, struct app *app,
    const struct question_page *page)
{
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;

	draw_text(y, x, 30, page->place, app_attr(app, UI_ROLE_EMPHASIS));
	/* The bar beside it is the answered share; speech leaves it out, the
	 * place says enough. */
	draw_progress(y, x + 32, width - 32, page->done, page->total,
	    app_attr(app, UI_ROLE_BAR));
	y += 2;
	draw_text(y, x, width, page->ask, app_attr(app, UI_ROLE_NORMAL));
	y += 2;
	if (page->name != NULL)
		draw_text(y++, x + 2, width - 2, page->name,
		    app_attr(app, UI_ROLE_EMPHASIS));
	y += draw_wrapped(y, x + 2, width - 2, 2, 0, page->text,
	    page->text_attr);
	y++;
	menu_paint(&q->menu, app, y, x, q->menu.count, 40, page->label,
	    page->ctx);
	y += q->menu.count + 1;
	question_paint_nav(q, app, y, x, width);
	y += 2;
	draw_wrapped(y, x, width, app_body_bottom() - y, 0, page->hint,
	    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&q->menu);
}

bool
question_key(struct question *q, const struct ui_key *key, int *answer,
    int *move)
{
	int chosen;

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
		*answer = chosen;
		*move = 1;
	}
	return true;
}

void
question_speak(struct question *q, enum screen_speak what,
    const struct question_page *page, struct utterance *out)
{
	bool whole = what == SCREEN_SPEAK_ALL;

	if (whole || !q->moved) {
		utterance_add(out, page->place);
		utterance_add(out, page->ask);
		utterance_add(out, page->name);
		utterance_add(out, page->text);
		what = SCREEN_SPEAK_ALL;
	}
	menu_speak(&q->menu, what, page->say, NULL, page->ctx, out);
	if (whole)
		utterance_add(out, page->hint);
}

const char *
question_label(char *buf, size_t bufsz, const char *text, bool given)
{
	fits_format(buf, bufsz, "%s%s%s", text, given ? "  " : "",
	    given ? glyph(GLYPH_CHECK) : "");
	return buf;
}
