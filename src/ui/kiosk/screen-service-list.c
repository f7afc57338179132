/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list of services with, under it, why the focused one fits.  The
 * parameter says which list (SCREEN_PARAM_LIST_...): a need's, a target
 * group's or a theme's services, all of them, or where to ask next (from
 * the session and the preparation level of an occupation, if one is
 * given).  A need's
 * list also names the Guidance Centre counter to go to.  A list to choose
 * from (widgets/picklist.h) with why the focused service fits under it.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/service.h"
#include "text/counter-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The list in the current language. */
struct screen_service_list_rows {
	struct service_item *items;
	size_t n;
	char *heading;
	char *counter;          /* "At the Guidance Centre...", or NULL */
};

/* The heading: topic @topic's own label in the current language. */
static char *
screen_service_list_heading(struct app *app, const char *topic,
    enum service_topic_kind kind)
{
	struct service_topic *topics;
	size_t n = service_topics(app->catalog, kind, app->session.lang, &topics);
	char *h = NULL;

	for (size_t i = 0; i < n && h == NULL; i++)
		if (strcmp(topics[i].id, topic) == 0)
			h = xstrdup(topics[i].label);
	rows_free(topics);
	return h != NULL ? h : xstrdup("");
}

/* A topic's list: its services and its heading. */
static void
screen_service_list_topic(struct app *app, const char *topic,
    enum service_topic_kind kind, struct screen_service_list_rows *r)
{
	r->n = service_list(app->catalog, kind, topic, app->session.lang,
	    &r->items);
	r->heading = screen_service_list_heading(app, topic, kind);
}

/* (Re)load the list in the current language: on open and when the
 * language changes.  The topic is the parameter's ref. */
static int
screen_service_list_load(struct app *app, struct picklist *l)
{
	struct screen_service_list_rows *r = xcalloc(1, sizeof *r);
	const char *lang = app->session.lang, *topic = l->param.ref;

	assert(l->param.kind >= SCREEN_PARAM_LIST_NEED &&
	    l->param.kind <= SCREEN_PARAM_LIST_RECOMMEND);
	switch (l->param.kind) {
	case SCREEN_PARAM_LIST_NEED:
		screen_service_list_topic(app, topic, SERVICE_TOPIC_NEED, r);
		r->counter = counter_words_for_need(app->catalog, topic, lang);
		break;
	case SCREEN_PARAM_LIST_GROUP:
		screen_service_list_topic(app, topic, SERVICE_TOPIC_GROUP, r);
		break;
	case SCREEN_PARAM_LIST_THEME:
		screen_service_list_topic(app, topic, SERVICE_TOPIC_THEME, r);
		break;
	case SCREEN_PARAM_LIST_RECOMMEND: {
		struct service_context ctx;

		/* The topic is the level of the occupation asked about. */
		session_service_context(&app->session, topic, &ctx);
		r->n = service_recommend(app->catalog, &ctx, lang, &r->items);
		r->heading = xstrdup(_("Where to ask next"));
		break;
	}
	default:
		r->n = service_list(app->catalog, SERVICE_TOPIC_NEED, NULL, lang,
		    &r->items);
		r->heading = xstrdup(_("All services, A to Z"));
		break;
	}
	l->items = r;
	return (int)r->n;
}

static void
screen_service_list_free(void *items)
{
	struct screen_service_list_rows *r = items;

	if (r == NULL)
		return;
	rows_free(r->items);
	free(r->heading);
	free(r->counter);
	free(r);
}

/* The service of row @index. */
static const struct service_item *
screen_service_list_item(const struct picklist *l, int index)
{
	const struct screen_service_list_rows *r = l->items;

	assert(index >= 0 && (size_t)index < r->n);
	return &r->items[index];
}

static const char *
screen_service_list_label(const struct picklist *l, int index)
{
	return screen_service_list_item(l, index)->name;
}

/* Why the focused service fits. */
static const char *
screen_service_list_why(const struct picklist *l, int index)
{
	return screen_service_list_item(l, index)->line;
}

static const char *
screen_service_list_title(const struct picklist *l)
{
	return ((const struct screen_service_list_rows *)l->items)->heading;
}

/* The Guidance Centre counter to walk in at, for a need's list. */
static const char *
screen_service_list_counter(const struct picklist *l)
{
	return ((const struct screen_service_list_rows *)l->items)->counter;
}

static void
screen_service_list_chosen(struct app *app, struct picklist *l, int index)
{
	app_push_with(app, SCREEN_SERVICE, screen_param_ref(SCREEN_PARAM_SERVICE,
	    screen_service_list_item(l, index)->id));
}

/* A service is its id: the lists are sorted by name, in each language
 * its own way. */
static const char *
screen_service_list_id(const struct picklist *l, int index, char *buf,
    size_t bufsz)
{
	(void)buf;
	(void)bufsz;
	return screen_service_list_item(l, index)->id;
}

static const struct picklist_look look = {
	.heading = screen_service_list_title, .heading_rows = 2,
	.subheading = screen_service_list_counter,
	.empty = N_("No service is listed here yet. The staff at the desk can "
	    "help you further."),
	.empty_staff = N_("No service is listed here yet."),
	.below = screen_service_list_why,
	.numbered = true,
	.load = screen_service_list_load, .free_items = screen_service_list_free,
	.label = screen_service_list_label, .chosen = screen_service_list_chosen,
	.id = screen_service_list_id,
};

const struct screen_ops screen_service_list_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose a service to see what it does and how to reach it. "
	    "The line under the list says why it fits your question."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
