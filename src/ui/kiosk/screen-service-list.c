/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list of services with, under it, why the focused one fits.  The
 * parameter says which list: "need:<id>", "group:<id>", "theme:<id>",
 * "all:" or "recommend:<level>" (where to ask next, from the session and
 * the preparation level of an occupation, if one is given).  A need's
 * list also names the Guidance Centre counter to go to.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/service.h"
#include "text/counter-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_service_list_state {
	struct menu menu;
	char kind[16];          /* need, group, theme, all, recommend */
	char topic[64];
	struct service_item *items;
	size_t n;
	char *heading;
	char *counter;          /* "At the Guidance Centre...", or NULL */
	unsigned generation;
};

/* The heading: the topic's own label in the current language. */
static char *
screen_service_list_heading(struct app *app,
    struct screen_service_list_state *s, enum service_topic_kind kind)
{
	struct service_topic *topics;
	size_t n = service_topics(app->catalog, kind, app->session.lang, &topics);
	char *h = NULL;

	for (size_t i = 0; i < n && h == NULL; i++)
		if (strcmp(topics[i].id, s->topic) == 0)
			h = xstrdup(topics[i].label);
	service_topics_free(topics, n);
	return h != NULL ? h : xstrdup("");
}

/* (Re)load the list in the current language. */
static void
screen_service_list_load(struct app *app, struct screen_service_list_state *s)
{
	const char *lang = app->session.lang;

	service_items_free(s->items, s->n);
	free(s->heading);
	free(s->counter);
	s->counter = NULL;
	if (strcmp(s->kind, "need") == 0) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_NEED, s->topic, lang,
		    &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_NEED);
		s->counter = counter_words_for_need(app->catalog, s->topic, lang);
	} else if (strcmp(s->kind, "group") == 0) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_GROUP, s->topic,
		    lang, &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_GROUP);
	} else if (strcmp(s->kind, "theme") == 0) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_THEME, s->topic,
		    lang, &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_THEME);
	} else if (strcmp(s->kind, "recommend") == 0) {
		struct service_context ctx;

		/* The topic is the level of the occupation asked about. */
		session_service_context(&app->session, s->topic, &ctx);
		s->n = service_recommend(app->catalog, &ctx, lang, &s->items);
		s->heading = xstrdup(_("Where to ask next"));
	} else {
		s->n = service_list(app->catalog, SERVICE_TOPIC_NEED, NULL, lang,
		    &s->items);
		s->heading = xstrdup(_("All services, A to Z"));
	}
	s->menu.count = (int)s->n;
	s->generation = app->lang_generation;
}

static const char *
screen_service_list_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_service_list_state *s = ctx;

	(void)buf;
	(void)bufsz;
	return s->items[index].name;
}

static void *
screen_service_list_open(struct app *app)
{
	struct screen_service_list_state *s = xcalloc(1, sizeof *s);
	const char *param = app_param(app), *colon = strchr(param, ':');

	if (colon != NULL) {
		snprintf(s->kind, sizeof s->kind, "%.*s", (int)(colon - param), param);
		snprintf(s->topic, sizeof s->topic, "%s", colon + 1);
	}
	s->menu.numbered = true;
	screen_service_list_load(app, s);
	return s;
}

static void
screen_service_list_close(struct app *app, void *state)
{
	struct screen_service_list_state *s = state;

	(void)app;
	service_items_free(s->items, s->n);
	free(s->heading);
	free(s->counter);
	free(s);
}

static void
screen_service_list_paint(struct app *app, void *state)
{
	struct screen_service_list_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8, rows;

	if (s->generation != app->lang_generation)
		screen_service_list_load(app, s);
	y += draw_wrapped(y, x, width, 2, 0, s->heading,
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (s->counter != NULL)
		y += draw_wrapped(y, x, width, 2, 0, s->counter, A_BOLD);
	y++;
	if (s->n == 0) {
		draw_wrapped(y, x, width, 3, 0, _("No service is listed here yet. "
		    "The staff at the desk can help you further."),
		    app_attr(app, UI_ROLE_NORMAL));
		move(y, x);
		return;
	}
	rows = app_body_bottom() - y - 4;
	if (rows > s->menu.count)
		rows = s->menu.count;
	menu_paint(&s->menu, app, y, x, rows, width, screen_service_list_label, s);
	y += rows + 1;
	draw_wrapped(y, x + 2, width - 2, app_body_bottom() - y, 0,
	    s->items[s->menu.selected].line, app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&s->menu);
}

static bool
screen_service_list_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_service_list_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen >= 0)
		app_push_with(app, SCREEN_SERVICE, s->items[chosen].id);
	return true;
}

const struct screen_ops screen_service_list_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose a service to see what it does and how to reach it. "
	    "The line under the list says why it fits your question."),
	.open = screen_service_list_open,
	.close = screen_service_list_close,
	.paint = screen_service_list_paint,
	.key = screen_service_list_key,
};
