/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: choose the service to edit, A to Z.
 */
#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/service.h"
#include "util/i18n.h"

static int
screen_service_pick_load(struct app *app, struct picklist *l)
{
	struct service_item *items;
	size_t n = service_list(app->catalog, SERVICE_TOPIC_NEED, NULL,
	    app->session.lang, &items);

	return picklist_take(l, items, n);
}

static const char *
screen_service_pick_label(const struct picklist *l, int index)
{
	return ((const struct service_item *)l->items)[index].name;
}

static void
screen_service_pick_chosen(struct app *app, struct picklist *l, int index)
{
	app_push_with(app, SCREEN_SERVICE_EDIT, screen_param_ref(
	    SCREEN_PARAM_SERVICE, ((struct service_item *)l->items)[index].id));
}

static const struct picklist_look look = {
	.question = N_("Which service?"), .heading_rows = 1,
	.load = screen_service_pick_load, .free_items = rows_free,
	.label = screen_service_pick_label, .chosen = screen_service_pick_chosen,
};

/* The names are loaded again when the language changes and when the
 * editor above closes (a name may have changed there). */
const struct screen_ops screen_service_pick_ops = {
	.title = N_("Edit a service"),
	.help = N_("Choose the service to edit with the arrow keys and Enter."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
	.resume = picklist_reload,
};
