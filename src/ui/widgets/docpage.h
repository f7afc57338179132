/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A screen that is one scrolling document and nothing else: a service,
 * a guide, the centre's counters, about this kiosk.  The screen writes
 * its document (doc.h); the kit draws it in the body, 4 columns in from
 * each side, says "More below: use the arrow keys." while it goes on,
 * scrolls it with the arrow, page, Home and End keys, and speaks it
 * whole (scrolling moves no focus).  Where the screen has no document
 * (its service left the catalogue), the kit shows and says why instead.
 *
 * Ownership: the app makes the state (state_size = sizeof(struct
 * docpage)); it holds no pointer to free, so the screen needs no close.
 * The look (its write function) is the screen's (static, its ops' .look).
 */
#ifndef UI_DOCPAGE_H
#define UI_DOCPAGE_H

#include <stdbool.h>

#include "ui/screen.h"
#include "ui/widgets/doc.h"

struct app;
struct utterance;
struct docpage;

/*
 * Write the document of page @p into @d, @width wide from column @x
 * (drawn, or spoken when d->say is set).  @return NULL, or why there is
 * no document (translated), shown and said in its place.
 */
typedef const char *(*docpage_write_fn)(struct app *app,
    const struct docpage *p, struct doc *d, int x, int width);

/* What a page is: the screen's ops' .look. */
struct docpage_look {
	docpage_write_fn write;
};

struct docpage {
	const struct docpage_look *look;
	int scroll;                /* first document line shown */
	int lines;                 /* document length at the last paint */
	struct screen_param param; /* what the screen was opened on */
};

/*
 * The ops of a page screen whose look is the static @look, written once:
 * { .title = ..., .help = ..., DOCPAGE_OPS(look) }.  A screen with an
 * open of its own names the functions itself.
 */
#define DOCPAGE_OPS(look_) \
	.look = &(look_), .state_size = sizeof(struct docpage), \
	.open = docpage_open, .paint = docpage_paint, .key = docpage_key, \
	.speak = docpage_speak

/** Screen ops for a page state.  Open: app_look(app) is its struct
 * docpage_look; the state takes the screen's parameter (app_param),
 * scrolled to the top. */
void docpage_open(struct app *app, void *state);
void docpage_paint(struct app *app, void *state);
bool docpage_key(struct app *app, void *state, const struct ui_key *key);
void docpage_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out);

#endif
