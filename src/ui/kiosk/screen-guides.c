/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "How it works in Luxembourg": the Guidance Centre's counters first, then
 * every guide of the catalog (the qualification ladder, apprenticeship,
 * validation of experience, recognition of diplomas, ADEM, studies).
 */
#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/luxembourg.h"
#include "util/i18n.h"

static int
screen_guides_load(struct app *app, struct picklist *l)
{
	struct service_item *guides;
	size_t n = luxembourg_guides(app->catalog, app->session.lang, &guides);

	return picklist_take(l, guides, n) + 1;
}

/* The counters first, then the guides. */
static const char *
screen_guides_label(const struct picklist *l, int index)
{
	if (index == 0)
		return _("The Guidance Centre: five walk-in counters");
	return ((const struct service_item *)l->items)[index - 1].name;
}

static void
screen_guides_chosen(struct app *app, struct picklist *l, int index)
{
	if (index == 0)
		app_push(app, SCREEN_COUNTERS);
	else
		app_push_with(app, SCREEN_GUIDE, screen_param_ref(SCREEN_PARAM_GUIDE,
		    ((struct service_item *)l->items)[index - 1].id));
}

static const struct picklist_look look = {
	.question = N_("How it works in Luxembourg: choose a subject."),
	.heading_rows = 2,
	.footer = N_("The staff at the desk can help you further."),
	.numbered = true,
	.load = screen_guides_load, .free_items = rows_free,
	.label = screen_guides_label, .chosen = screen_guides_chosen,
};

const struct screen_ops screen_guides_ops = {
	.title = N_("How it works in Luxembourg"),
	.help = N_("Choose a subject with the arrow keys and Enter, its number, "
	    "or a tap."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
