/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One "How it works in Luxembourg" guide (its id is the parameter): the
 * title, then each line of the guide as its own paragraph, where its facts
 * come from and how old those sources are, and a plain note that the desk
 * can help.  Scrolls with the arrow and page keys.
 */
#include <assert.h>
#include <curses.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/docpage.h"
#include "store/luxembourg.h"
#include "text/provenance.h"
#include "text/service-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The guide the page was opened on into @d (drawn, or spoken with
 * d.say), or why there is none. */
static const char *
screen_guide_write(struct app *app, const struct docpage *p, struct doc *d,
    int x, int width)
{
	struct luxembourg_guide g;
	char *save = NULL, *pattern, *sources;
	bool started = false, prev_step = false;

	assert(p->param.kind == SCREEN_PARAM_GUIDE);
	if (luxembourg_guide_load(app->catalog, p->param.ref, app->session.lang,
	    &g) != ORIENTATION_OK)
		return _("This guide is no longer in the catalogue.");
	doc_text(d, x, width, g.title, app_attr(app, UI_ROLE_EMPHASIS));
	doc_gap(d);
	for (char *line = strtok_r(g.body, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		/* Steps ("– ...") stay together; other lines are paragraphs. */
		bool step = strncmp(line, "–", strlen("–")) == 0;

		if (started && !(step && prev_step))
			doc_gap(d);
		/* A step's dash is drawing: speech says the words after it;
		 * a step's further lines go on under its words. */
		doc_item(d, x, width, step ? 2 : 0, d->say != NULL && step ?
		    line + strlen("–") : line, 0);
		prev_step = step;
		started = true;
	}
	luxembourg_guide_free(&g);
	doc_gap(d);
	pattern = xasprintf("guide:%s", p->param.ref);
	if ((sources = provenance_sources_line(app->catalog, pattern, NULL)) != NULL)
		doc_text(d, x, width, sources, app_attr(app, UI_ROLE_DIM));
	free(sources);
	free(pattern);
	doc_text(d, x, width, service_words_out_of_date(app->opts.counselor),
	    app_attr(app, UI_ROLE_DIM));
	return NULL;
}

static const struct docpage_look look = { .write = screen_guide_write };

const struct screen_ops screen_guide_ops = {
	.title = N_("How it works in Luxembourg"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back."),
	DOCPAGE_OPS(look),
};
