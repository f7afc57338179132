/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: choose the service to edit, A to Z.
 */
#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/service.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_service_pick_state {
	struct menu menu;
	struct service_item *items;
	size_t n;
	unsigned generation;
};

/* (Re)load the list in the current language. */
static void
screen_service_pick_load(struct app *app, struct screen_service_pick_state *s)
{
	service_items_free(s->items, s->n);
	s->n = service_list(app->catalog, SERVICE_TOPIC_NEED, NULL,
	    app->session.lang, &s->items);
	s->menu.count = (int)s->n;
	s->generation = app->lang_generation;
}

static const char *
screen_service_pick_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_service_pick_state *s = ctx;

	(void)buf;
	(void)bufsz;
	return s->items[index].name;
}

static void *
screen_service_pick_open(struct app *app)
{
	struct screen_service_pick_state *s = xcalloc(1, sizeof *s);

	screen_service_pick_load(app, s);
	return s;
}

static void
screen_service_pick_close(struct app *app, void *state)
{
	struct screen_service_pick_state *s = state;

	(void)app;
	service_items_free(s->items, s->n);
	free(s);
}

static void
screen_service_pick_paint(struct app *app, void *state)
{
	struct screen_service_pick_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;

	/* A counselor's edit shows here after the catalog is read again. */
	if (s->generation != app->lang_generation)
		screen_service_pick_load(app, s);
	draw_text(y, x, width, _("Which service?"), app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	menu_paint(&s->menu, app, y, x, app_body_bottom() - y, width,
	    screen_service_pick_label, s);
}

static bool
screen_service_pick_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_service_pick_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen >= 0) {
		app_push_with(app, SCREEN_SERVICE_EDIT, s->items[chosen].id);
		/* Names may change there: load them again on return. */
		s->generation--;
	}
	return true;
}

const struct screen_ops screen_service_pick_ops = {
	.title = N_("Edit a service"),
	.help = N_("Choose the service to edit with the arrow keys and Enter."),
	.open = screen_service_pick_open,
	.close = screen_service_pick_close,
	.paint = screen_service_pick_paint,
	.key = screen_service_pick_key,
};
