/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screens that are one scrolling document (see docpage.h).
 */
#include "ui/widgets/docpage.h"

#include <assert.h>
#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "speech/utterance.h"

/* Columns left free on each side of the document. */
#define DOCPAGE_MARGIN 4

/* Rows of the document: the whole body. */
static int
docpage_rows(void)
{
	return app_body_bottom() - APP_BODY_TOP;
}

void
docpage_open(struct app *app, void *state)
{
	const struct docpage_look *look = app_look(app);
	struct docpage *p = state;

	assert(look != NULL && look->write != NULL && p != NULL);
	p->look = look;
	p->param = *app_param(app);
}

void
docpage_paint(struct app *app, void *state)
{
	struct docpage *p = state;
	struct doc d = { .top = APP_BODY_TOP, .rows = docpage_rows(),
	    .skip = p->scroll };
	int x = DOCPAGE_MARGIN, width = COLS - 2 * DOCPAGE_MARGIN;
	const char *none = p->look->write(app, p, &d, x, width);

	if (none != NULL)
		draw_text(APP_BODY_TOP, x, width, none,
		    app_attr(app, UI_ROLE_ERROR));
	else
		doc_finish(&d, x, width, app_attr(app, UI_ROLE_DIM), &p->lines);
	move(APP_BODY_TOP, x);
}

bool
docpage_key(struct app *app, void *state, const struct ui_key *key)
{
	struct docpage *p = state;

	(void)app;
	return scroll_key(&p->scroll, p->lines, docpage_rows(), key);
}

void
docpage_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct docpage *p = state;
	struct doc d = { .say = out };
	const char *none;

	if (what != SCREEN_SPEAK_ALL)
		return;
	none = p->look->write(app, p, &d, DOCPAGE_MARGIN,
	    COLS - 2 * DOCPAGE_MARGIN);
	if (none != NULL)
		utterance_add(out, none);
}
