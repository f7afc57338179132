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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "store/luxembourg.h"
#include "text/provenance.h"
#include "text/service-words.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_guide_state {
	char id[64];
	int scroll;
	int lines;
};

static void *
screen_guide_open(struct app *app)
{
	struct screen_guide_state *s = xcalloc(1, sizeof *s);

	assert(app_param(app)->kind == SCREEN_PARAM_GUIDE);
	_Static_assert(sizeof s->id >= sizeof app_param(app)->ref,
	    "an id fits");
	/* fits: asserted above */
	snprintf(s->id, sizeof s->id, "%s", app_param(app)->ref);
	return s;
}

/* Guide @g into @d (drawn, or spoken with d.say); @id is its id. */
static void
screen_guide_doc(struct app *app, struct doc *d, struct luxembourg_guide *g,
    const char *id, int x, int width)
{
	char *save = NULL, *pattern, *sources;
	bool started = false, prev_step = false;

	doc_text(d, x, width, g->title, app_attr(app, UI_ROLE_EMPHASIS));
	doc_gap(d);
	for (char *line = strtok_r(g->body, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		/* Steps ("– ...") stay together; other lines are paragraphs. */
		bool step = strncmp(line, "–", strlen("–")) == 0;

		if (started && !(step && prev_step))
			doc_gap(d);
		/* A step's dash is drawing: speech says the words after it. */
		doc_text(d, x, width, d->say != NULL && step ?
		    line + strlen("–") : line, 0);
		prev_step = step;
		started = true;
	}
	doc_gap(d);
	pattern = xasprintf("guide:%s", id);
	if ((sources = provenance_sources_line(app->catalog, pattern, NULL)) != NULL)
		doc_text(d, x, width, sources, app_attr(app, UI_ROLE_DIM));
	free(sources);
	free(pattern);
	doc_text(d, x, width, service_words_out_of_date(),
	    app_attr(app, UI_ROLE_DIM));
}

/* Why the page is empty. */
static const char *
screen_guide_gone(void)
{
	return _("This guide is no longer in the catalogue.");
}

static void
screen_guide_paint(struct app *app, void *state)
{
	struct screen_guide_state *s = state;
	struct doc d = { .top = APP_BODY_TOP,
	    .rows = app_body_bottom() - APP_BODY_TOP, .skip = s->scroll };
	int x = 4, width = COLS - 8;
	struct luxembourg_guide g;

	if (luxembourg_guide_load(app->catalog, s->id, app->session.lang, &g) !=
	    ORIENTATION_OK) {
		draw_text(APP_BODY_TOP, x, width, screen_guide_gone(),
		    app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	screen_guide_doc(app, &d, &g, s->id, x, width);
	luxembourg_guide_free(&g);
	doc_finish(&d, x, width, app_attr(app, UI_ROLE_DIM), &s->lines);
	move(APP_BODY_TOP, x);
}

static bool
screen_guide_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_guide_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->lines, app_body_bottom() - APP_BODY_TOP,
	    key);
}

/* The whole guide, as drawn; scrolling moves no focus. */
static void
screen_guide_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_guide_state *s = state;
	struct doc d = { .say = out };
	struct luxembourg_guide g;

	if (what != SCREEN_SPEAK_ALL)
		return;
	if (luxembourg_guide_load(app->catalog, s->id, app->session.lang, &g) !=
	    ORIENTATION_OK) {
		utterance_add(out, screen_guide_gone());
		return;
	}
	screen_guide_doc(app, &d, &g, s->id, 4, COLS - 8);
	luxembourg_guide_free(&g);
}

const struct screen_ops screen_guide_ops = {
	.title = N_("How it works in Luxembourg"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back."),
	.open = screen_guide_open,
	.paint = screen_guide_paint,
	.key = screen_guide_key,
	.speak = screen_guide_speak,
};
