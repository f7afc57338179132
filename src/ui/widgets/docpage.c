/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screens that are one scrolling document (see docpage.h).
 */
#include "ui/widgets/docpage.h"

#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "speech/utterance.h"
#include "util/xmalloc.h"

/* Columns left free on each side of the document. */
#define DOCPAGE_MARGIN 4

/* Rows of the document: the whole body. */
static int
docpage_rows(void)
{
	return app_body_bottom() - APP_BODY_TOP;
}

struct docpage *
docpage_new(struct app *app, docpage_write_fn write)
{
	struct docpage *p = xcalloc(1, sizeof *p);

	p->write = write;
	p->param = *app_param(app);
	return p;
}

void
docpage_paint(struct app *app, void *state)
{
	struct docpage *p = state;
	struct doc d = { .top = APP_BODY_TOP, .rows = docpage_rows(),
	    .skip = p->scroll };
	int x = DOCPAGE_MARGIN, width = COLS - 2 * DOCPAGE_MARGIN;
	const char *none = p->write(app, p, &d, x, width);

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
	none = p->write(app, p, &d, DOCPAGE_MARGIN, COLS - 2 * DOCPAGE_MARGIN);
	if (none != NULL)
		utterance_add(out, none);
}
