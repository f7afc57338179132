/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "How it works in Luxembourg": the Guidance Centre's counters first, then
 * every guide of the catalog (the qualification ladder, apprenticeship,
 * validation of experience, recognition of diplomas, ADEM, studies).
 */
#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/luxembourg.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_guides_state {
	struct menu menu;
	struct service_item *guides;
	size_t n;
	unsigned generation;   /* language the titles were loaded in */
};

/* (Re)load the guide titles in the current language. */
static void
screen_guides_load(struct app *app, struct screen_guides_state *s)
{
	service_items_free(s->guides, s->n);
	s->n = luxembourg_guides(app->catalog, app->session.lang, &s->guides);
	s->menu.count = 1 + (int)s->n;
	s->generation = app->lang_generation;
}

static const char *
screen_guides_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_guides_state *s = ctx;

	(void)buf;
	(void)bufsz;
	if (index == 0)
		return _("The Guidance Centre: five walk-in counters");
	return s->guides[index - 1].name;
}

static void *
screen_guides_open(struct app *app)
{
	struct screen_guides_state *s = xcalloc(1, sizeof *s);

	s->menu.numbered = true;
	screen_guides_load(app, s);
	return s;
}

static void
screen_guides_close(struct app *app, void *state)
{
	struct screen_guides_state *s = state;

	(void)app;
	service_items_free(s->guides, s->n);
	free(s);
}

static void
screen_guides_paint(struct app *app, void *state)
{
	struct screen_guides_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8, rows;

	if (s->generation != app->lang_generation)
		screen_guides_load(app, s);
	y += draw_wrapped(y, x, width, 2, 0, _("How it works in Luxembourg: "
	    "choose a subject."), app_attr(app, UI_ROLE_EMPHASIS));
	y++;
	rows = app_body_bottom() - y - 2;
	if (rows > s->menu.count)
		rows = s->menu.count;
	menu_paint(&s->menu, app, y, x, rows, width, screen_guides_label, s);
	draw_wrapped(app_body_bottom() - 1, x, width, 2, 0,
	    _("The staff at the desk can help you further."),
	    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&s->menu);
}

static bool
screen_guides_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_guides_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen == 0)
		app_push(app, SCREEN_COUNTERS);
	else if (chosen > 0 && (size_t)chosen <= s->n)
		app_push_with(app, SCREEN_GUIDE, s->guides[chosen - 1].id);
	return true;
}

const struct screen_ops screen_guides_ops = {
	.title = N_("How it works in Luxembourg"),
	.help = N_("Choose a subject with the arrow keys and Enter, its number, "
	    "or a tap."),
	.open = screen_guides_open,
	.close = screen_guides_close,
	.paint = screen_guides_paint,
	.key = screen_guides_key,
};
