/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Browse services by target group or by theme (the screen's parameter is
 * "group" or "theme").  Choosing a group also tells the recommendations
 * who the visitor is.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/service.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_service_topics_state {
	struct menu menu;
	enum service_topic_kind kind;
	struct service_topic *topics;
	size_t n;
	unsigned generation;
};

/* (Re)load the topics in the current language. */
static void
screen_service_topics_load(struct app *app,
    struct screen_service_topics_state *s)
{
	service_topics_free(s->topics, s->n);
	s->n = service_topics(app->catalog, s->kind, app->session.lang,
	    &s->topics);
	s->menu.count = (int)s->n;
	s->generation = app->lang_generation;
}

static const char *
screen_service_topics_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_service_topics_state *s = ctx;

	(void)buf;
	(void)bufsz;
	return s->topics[index].label;
}

static void *
screen_service_topics_open(struct app *app)
{
	struct screen_service_topics_state *s = xcalloc(1, sizeof *s);

	s->kind = strcmp(app_param(app), "theme") == 0 ? SERVICE_TOPIC_THEME :
	    SERVICE_TOPIC_GROUP;
	s->menu.numbered = true;
	screen_service_topics_load(app, s);
	return s;
}

static void
screen_service_topics_close(struct app *app, void *state)
{
	struct screen_service_topics_state *s = state;

	(void)app;
	service_topics_free(s->topics, s->n);
	free(s);
}

static void
screen_service_topics_paint(struct app *app, void *state)
{
	struct screen_service_topics_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8, rows;

	if (s->generation != app->lang_generation)
		screen_service_topics_load(app, s);
	draw_text(y, x, width, s->kind == SERVICE_TOPIC_THEME ?
	    _("Which theme?") : _("Who are you?"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	rows = app_body_bottom() - y;
	menu_paint(&s->menu, app, y, x, rows < s->menu.count ? rows :
	    s->menu.count, width, screen_service_topics_label, s);
}

static bool
screen_service_topics_key(struct app *app, void *state,
    const struct ui_key *key)
{
	struct screen_service_topics_state *s = state;
	char param[96];
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if (s->kind == SERVICE_TOPIC_GROUP)
		session_note_group(&app->session, s->topics[chosen].id);
	snprintf(param, sizeof param, "%s:%s",
	    s->kind == SERVICE_TOPIC_THEME ? "theme" : "group",
	    s->topics[chosen].id);
	app_push_with(app, SCREEN_SERVICE_LIST, param);
	return true;
}

const struct screen_ops screen_service_topics_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose a line with the arrow keys and Enter, the number "
	    "keys, or by tapping it."),
	.open = screen_service_topics_open,
	.close = screen_service_topics_close,
	.paint = screen_service_topics_paint,
	.key = screen_service_topics_key,
};
