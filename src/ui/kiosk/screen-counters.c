/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Guidance Centre as it is: walk in without an appointment at one of
 * five thematic counters, what each one is for, who must register there,
 * what else happens there, and where these facts come from.  Scrolls with the arrow and page keys.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "store/luxembourg.h"
#include "text/provenance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_counters_state {
	int scroll;
	int lines;
};

static void *
screen_counters_open(struct app *app)
{
	(void)app;
	return xcalloc(1, sizeof(struct screen_counters_state));
}

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

static void
screen_counters_paint(struct app *app, void *state)
{
	struct screen_counters_state *s = state;
	struct doc d = { .top = APP_BODY_TOP,
	    .rows = app_body_bottom() - APP_BODY_TOP, .skip = s->scroll };
	int x = 4, width = COLS - 8;
	struct service_item *counters;
	size_t n = luxembourg_counters(app->catalog, app->session.lang,
	    &counters);

	char *address = luxembourg_centre_address(app->catalog), *sources;

	screen_counters_part(app, &d, x, width, "intro",
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (*address != '\0') {
		doc_field(&d, x, width, _("Address"), address, A_BOLD);
		doc_gap(&d);
	}
	free(address);
	for (size_t i = 0; i < n; i++) {
		char *name = xasprintf("%zu  %s", i + 1, counters[i].name);

		doc_text(&d, x, width, name, A_BOLD);
		doc_text(&d, x + 3, width - 3, counters[i].line, 0);
		free(name);
	}
	if (n == 0)
		doc_text(&d, x, width, _("No information yet. The staff at the "
		    "desk can tell you more."), 0);
	service_items_free(counters, n);
	doc_gap(&d);
	screen_counters_part(app, &d, x, width, "register", 0);
	screen_counters_part(app, &d, x, width, "also", 0);
	if ((sources = provenance_sources_line(app->catalog,
	    "counter:*", "centre:*")) != NULL)
		doc_text(&d, x, width, sources, app_attr(app, UI_ROLE_DIM));
	free(sources);
	doc_finish(&d, x, width, app_attr(app, UI_ROLE_DIM), &s->lines);
	move(APP_BODY_TOP, x);
}

static bool
screen_counters_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_counters_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->lines, app_body_bottom() - APP_BODY_TOP,
	    key);
}

const struct screen_ops screen_counters_ops = {
	.title = N_("The Guidance Centre's counters"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back."),
	.open = screen_counters_open,
	.paint = screen_counters_paint,
	.key = screen_counters_key,
};
