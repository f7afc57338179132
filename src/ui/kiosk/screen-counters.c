/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Guidance Centre as it is: walk in without an appointment at one of
 * five thematic counters, what each one is for, who must register there,
 * what else happens there, and where these facts come from.  Scrolls with the arrow and page keys.
 */
#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/docpage.h"
#include "ui/widgets/menu.h"
#include "store/luxembourg.h"
#include "text/provenance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* Add the centre's own text @part, if the catalog has it. */
static void
screen_counters_part(struct app *app, struct doc *d, int x, int width,
    const char *part, int attr)
{
	char *text = luxembourg_centre_text(app->catalog, part,
	    app->session.lang);

	if (*text != '\0') {
		doc_text(d, x, width, text, attr);
		doc_gap(d);
	}
	free(text);
}

/* The page into @d (drawn, or spoken with d.say); there is always one. */
static const char *
screen_counters_write(struct app *app, const struct docpage *p,
    struct doc *d, int x, int width)
{
	struct service_item *counters;
	size_t n = luxembourg_counters(app->catalog, app->session.lang,
	    &counters);
	char *address = luxembourg_centre_address(app->catalog), *sources;

	(void)p;
	screen_counters_part(app, d, x, width, "intro",
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (*address != '\0') {
		doc_field(d, x, width, _("Address"), address, A_BOLD);
		doc_gap(d);
	}
	free(address);
	for (size_t i = 0; i < n; i++) {
		/* The counter's number is drawn; speech says "1 of 5". */
		char *name = d->say != NULL ? NULL :
		    xasprintf("%zu  %s", i + 1, counters[i].name);

		if (d->say != NULL)
			menu_speak_item(d->say, counters[i].name, NULL, (int)i,
			    (int)n);
		else
			doc_text(d, x, width, name, A_BOLD);
		doc_text(d, x + 3, width - 3, counters[i].line, 0);
		free(name);
	}
	if (n == 0)
		doc_text(d, x, width, _("No information yet. The staff at the "
		    "desk can tell you more."), 0);
	rows_free(counters);
	doc_gap(d);
	screen_counters_part(app, d, x, width, "register", 0);
	screen_counters_part(app, d, x, width, "also", 0);
	if ((sources = provenance_sources_line(app->catalog,
	    "counter:*", "centre:*")) != NULL)
		doc_text(d, x, width, sources, app_attr(app, UI_ROLE_DIM));
	free(sources);
	return NULL;
}

static const struct docpage_look look = { .write = screen_counters_write };

const struct screen_ops screen_counters_ops = {
	.title = N_("The Guidance Centre's counters"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back."),
	DOCPAGE_OPS(look),
};
