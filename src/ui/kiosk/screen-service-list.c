/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list of services with, under it, why the focused one fits.  The
 * parameter says which list (SCREEN_PARAM_LIST_...): a need's, a target
 * group's or a theme's services, all of them, or where to ask next (from
 * the session and the preparation level of an occupation, if one is
 * given).  A need's
 * list also names the Guidance Centre counter to go to.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/service.h"
#include "text/counter-words.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_service_list_state {
	struct menu menu;
	enum screen_param_kind kind; /* SCREEN_PARAM_LIST_... */
	char topic[64];
	struct service_item *items;
	size_t n;
	char *heading;
	char *counter;          /* "At the Guidance Centre...", or NULL */
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
	if (s->kind == SCREEN_PARAM_LIST_NEED) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_NEED, s->topic, lang,
		    &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_NEED);
		s->counter = counter_words_for_need(app->catalog, s->topic, lang);
	} else if (s->kind == SCREEN_PARAM_LIST_GROUP) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_GROUP, s->topic,
		    lang, &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_GROUP);
	} else if (s->kind == SCREEN_PARAM_LIST_THEME) {
		s->n = service_list(app->catalog, SERVICE_TOPIC_THEME, s->topic,
		    lang, &s->items);
		s->heading = screen_service_list_heading(app, s, SERVICE_TOPIC_THEME);
	} else if (s->kind == SCREEN_PARAM_LIST_RECOMMEND) {
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
}

static const char *
screen_service_list_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_service_list_state *s = ctx;

	(void)buf;
	(void)bufsz;
	return s->items[index].name;
}

/* What an empty list says. */
static const char *
screen_service_list_empty(void)
{
	return _("No service is listed here yet. The staff at the desk can "
	    "help you further.");
}

static void *
screen_service_list_open(struct app *app)
{
	struct screen_service_list_state *s = xcalloc(1, sizeof *s);
	const struct screen_param *p = app_param(app);

	assert(p->kind >= SCREEN_PARAM_LIST_NEED &&
	    p->kind <= SCREEN_PARAM_LIST_RECOMMEND);
	_Static_assert(sizeof s->topic == sizeof p->ref, "a topic id fits");
	s->kind = p->kind;
	memcpy(s->topic, p->ref, sizeof s->topic);
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

	y += draw_wrapped(y, x, width, 2, 0, s->heading,
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (s->counter != NULL)
		y += draw_wrapped(y, x, width, 2, 0, s->counter, A_BOLD);
	y++;
	if (s->n == 0) {
		draw_wrapped(y, x, width, 3, 0, screen_service_list_empty(),
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
		app_push_with(app, SCREEN_SERVICE,
		    screen_param_ref(SCREEN_PARAM_SERVICE, s->items[chosen].id));
	return true;
}

/* The heading, the counter to walk in at, the services; on a move, the
 * service and, as under the list, why it fits. */
static void
screen_service_list_speak(struct app *app, void *state,
    enum screen_speak what, struct utterance *out)
{
	struct screen_service_list_state *s = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL) {
		utterance_add(out, s->heading);
		utterance_add(out, s->counter);
		if (s->n == 0)
			utterance_add(out, screen_service_list_empty());
	}
	if (s->n == 0)
		return;
	menu_speak(&s->menu, what, screen_service_list_label, NULL, s, out);
	if (s->menu.selected >= 0 && (size_t)s->menu.selected < s->n)
		utterance_add(out, s->items[s->menu.selected].line);
}

static void
screen_service_list_on_language(struct app *app, void *state)
{
	screen_service_list_load(app, state);
}

const struct screen_ops screen_service_list_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose a service to see what it does and how to reach it. "
	    "The line under the list says why it fits your question."),
	.open = screen_service_list_open,
	.close = screen_service_list_close,
	.paint = screen_service_list_paint,
	.key = screen_service_list_key,
	.speak = screen_service_list_speak,
	.on_language = screen_service_list_on_language,
};
