/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Find a guidance service: starts from the visitor's question (the needs
 * of the catalog, as anelo.lu does), then offers browsing by target group,
 * by theme, the whole list, and, once there is a profile, "where to ask
 * next".  Every row leads to a service list in one key press.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/service.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* Rows after the needs. */
enum screen_services_extra {
	EXTRA_RECOMMEND,
	EXTRA_GROUPS,
	EXTRA_THEMES,
	EXTRA_ALL,
	EXTRA_COUNT
};

static const char *const extra_labels[EXTRA_COUNT] = {
	[EXTRA_RECOMMEND] = N_("Where to ask next, for my profile"),
	[EXTRA_GROUPS] = N_("Browse by who you are (pupil, parent, job seeker...)"),
	[EXTRA_THEMES] = N_("Browse by theme"),
	[EXTRA_ALL] = N_("All services, A to Z"),
};

struct screen_services_state {
	struct app *app;
	struct menu menu;
	struct service_topic *needs;
	size_t nneeds;
	unsigned generation;
	int extras[EXTRA_COUNT]; /* extra rows shown, in order */
	int nextras;
};

/* (Re)load the needs in the current language and lay out the rows. */
static void
screen_services_load(struct screen_services_state *s)
{
	struct app *app = s->app;

	service_topics_free(s->needs, s->nneeds);
	s->nneeds = service_topics(app->catalog, SERVICE_TOPIC_NEED,
	    app->session.lang, &s->needs);
	s->generation = app->lang_generation;
	s->nextras = 0;
	if (app->session.finished)
		s->extras[s->nextras++] = EXTRA_RECOMMEND;
	s->extras[s->nextras++] = EXTRA_GROUPS;
	s->extras[s->nextras++] = EXTRA_THEMES;
	s->extras[s->nextras++] = EXTRA_ALL;
	s->menu.count = (int)s->nneeds + s->nextras;
}

static const char *
screen_services_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_services_state *s = ctx;

	(void)buf;
	(void)bufsz;
	if ((size_t)index < s->nneeds)
		return s->needs[index].label;
	return _(extra_labels[s->extras[index - (int)s->nneeds]]);
}

static void *
screen_services_open(struct app *app)
{
	struct screen_services_state *s = xcalloc(1, sizeof *s);

	s->app = app;
	s->menu.numbered = true;
	screen_services_load(s);
	return s;
}

static void
screen_services_close(struct app *app, void *state)
{
	struct screen_services_state *s = state;

	(void)app;
	service_topics_free(s->needs, s->nneeds);
	free(s);
}

static void
screen_services_paint(struct app *app, void *state)
{
	struct screen_services_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	int rows;

	if (s->generation != app->lang_generation)
		screen_services_load(s);
	draw_text(y, x, width, _("What is your question?"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	rows = app_body_bottom() - y - 2;
	if (rows > s->menu.count)
		rows = s->menu.count;
	menu_paint(&s->menu, app, y, x, rows, width, screen_services_label, s);
	draw_wrapped(app_body_bottom() - 1, x, width, 2, 0,
	    _("The staff at the desk can help you further."),
	    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&s->menu);
}

static bool
screen_services_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_services_state *s = state;
	char param[96];
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if ((size_t)chosen < s->nneeds) {
		snprintf(param, sizeof param, "need:%s", s->needs[chosen].id);
		app_push_with(app, SCREEN_SERVICE_LIST, param);
		return true;
	}
	switch (s->extras[chosen - (int)s->nneeds]) {
	case EXTRA_RECOMMEND:
		app_push_with(app, SCREEN_SERVICE_LIST, "recommend:");
		break;
	case EXTRA_GROUPS:
		app_push_with(app, SCREEN_SERVICE_TOPICS, "group");
		break;
	case EXTRA_THEMES:
		app_push_with(app, SCREEN_SERVICE_TOPICS, "theme");
		break;
	default:
		app_push_with(app, SCREEN_SERVICE_LIST, "all:");
		break;
	}
	return true;
}

const struct screen_ops screen_services_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose the question closest to yours, or browse the services "
	    "by who you are or by theme. Use the arrow keys and Enter, the "
	    "number keys, or tap a line."),
	.open = screen_services_open,
	.close = screen_services_close,
	.paint = screen_services_paint,
	.key = screen_services_key,
};
