/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Find a guidance service: starts from the visitor's question (the needs
 * of the catalog, as anelo.lu does), then offers browsing by target group,
 * by theme, the whole list, and, once there is a profile, "where to ask
 * next".  Every row leads to a service list in one key press.
 */
#include <assert.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/service.h"
#include "util/i18n.h"

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


/*
 * The needs in the current language, then the extra rows; l->kind is the
 * first extra row shown ("where to ask next" only once there is a
 * profile).
 */
static int
screen_services_load(struct app *app, struct picklist *l)
{
	struct service_topic *needs;
	size_t n = service_topics(app->catalog, SERVICE_TOPIC_NEED,
	    app->session.lang, &needs);

	l->kind = app->session.finished ? EXTRA_RECOMMEND : EXTRA_GROUPS;
	return picklist_take(l, needs, n) + EXTRA_COUNT - l->kind;
}

/* The extra row at @index, past the needs. */
static enum screen_services_extra
screen_services_extra(const struct picklist *l, int index)
{
	int e = l->kind + index - (int)l->n;

	assert(e >= l->kind && e < EXTRA_COUNT);
	return (enum screen_services_extra)e;
}

static const char *
screen_services_label(const struct picklist *l, int index)
{
	if ((size_t)index < l->n)
		return ((const struct service_topic *)l->items)[index].label;
	return _(extra_labels[screen_services_extra(l, index)]);
}

static void
screen_services_chosen(struct app *app, struct picklist *l, int index)
{
	if ((size_t)index < l->n) {
		app_push_with(app, SCREEN_SERVICE_LIST, screen_param_ref(
		    SCREEN_PARAM_LIST_NEED,
		    ((const struct service_topic *)l->items)[index].id));
		return;
	}
	switch (screen_services_extra(l, index)) {
	case EXTRA_RECOMMEND:
		app_push_with(app, SCREEN_SERVICE_LIST,
		    screen_param_ref(SCREEN_PARAM_LIST_RECOMMEND, ""));
		break;
	case EXTRA_GROUPS:
		app_push_with(app, SCREEN_SERVICE_TOPICS,
		    screen_param_ref(SCREEN_PARAM_TOPICS_GROUP, NULL));
		break;
	case EXTRA_THEMES:
		app_push_with(app, SCREEN_SERVICE_TOPICS,
		    screen_param_ref(SCREEN_PARAM_TOPICS_THEME, NULL));
		break;
	default:
		app_push_with(app, SCREEN_SERVICE_LIST,
		    screen_param_ref(SCREEN_PARAM_LIST_ALL, NULL));
		break;
	}
}

static const struct picklist_look look = {
	.question = N_("What is your question?"), .heading_rows = 1,
	.footer = N_("The staff at the desk can help you further."),
	.numbered = true,
	.load = screen_services_load, .free_items = rows_free,
	.label = screen_services_label, .chosen = screen_services_chosen,
};

const struct screen_ops screen_services_ops = {
	.title = N_("Find a guidance service"),
	.help = N_("Choose the question closest to yours, or browse the services "
	    "by who you are or by theme. Use the arrow keys and Enter, the "
	    "number keys, or tap a line."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
