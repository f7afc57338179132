/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Browse services by target group or by theme (the screen's parameter is
 * SCREEN_PARAM_TOPICS_GROUP or _THEME).  Choosing a group also tells the
 * recommendations who the visitor is.
 */
#include <assert.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/service.h"
#include "util/i18n.h"

/* The groups or the themes, as the parameter says; l->kind is which. */
static int
screen_service_topics_load(struct app *app, struct picklist *l)
{
	struct service_topic *topics;
	size_t n;

	assert(l->param.kind == SCREEN_PARAM_TOPICS_GROUP ||
	    l->param.kind == SCREEN_PARAM_TOPICS_THEME);
	l->kind = l->param.kind == SCREEN_PARAM_TOPICS_THEME ?
	    SERVICE_TOPIC_THEME : SERVICE_TOPIC_GROUP;
	n = service_topics(app->catalog, (enum service_topic_kind)l->kind,
	    app->session.lang, &topics);
	return picklist_take(l, topics, n);
}

static const char *
screen_service_topics_label(const struct picklist *l, int index)
{
	return ((const struct service_topic *)l->items)[index].label;
}

/* The question above the list. */
static const char *
screen_service_topics_question(const struct picklist *l)
{
	return l->kind == SERVICE_TOPIC_THEME ? _("Which theme?") :
	    _("Who are you?");
}

static void
screen_service_topics_chosen(struct app *app, struct picklist *l, int index)
{
	const char *id = ((const struct service_topic *)l->items)[index].id;

	if (l->kind == SERVICE_TOPIC_GROUP)
		session_note_group(&app->session, id);
	app_push_with(app, SCREEN_SERVICE_LIST, screen_param_ref(
	    l->kind == SERVICE_TOPIC_THEME ? SCREEN_PARAM_LIST_THEME :
	    SCREEN_PARAM_LIST_GROUP, id));
}

static const struct picklist_look look = {
	.heading = screen_service_topics_question, .heading_rows = 1,
	.numbered = true,
	.load = screen_service_topics_load, .free_items = rows_free,
	.label = screen_service_topics_label,
	.chosen = screen_service_topics_chosen,
};

const struct screen_ops screen_service_topics_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose a line with the arrow keys and Enter, the number "
	    "keys, or by tapping it."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
