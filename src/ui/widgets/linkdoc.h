/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A page that reads like a document and leads on: the document scrolls
 * with Page Up, Page Down, Home and End above a short numbered menu of
 * links (arrows, numbers, Enter, taps), with "More below: use Page Down."
 * between them while the document goes on.  The profile and the
 * occupation pages and the counsellor's view of a walk-in's results are
 * this with their own document and links.
 *
 * Ownership: the struct is the screen's, inside its state; it holds no
 * pointer.
 */
#ifndef UI_LINKDOC_H
#define UI_LINKDOC_H

#include <stdbool.h>

#include "ui/widgets/doc.h"
#include "ui/widgets/menu.h"

struct app;
struct ui_key;
struct utterance;

/*
 * Write the page's document into @d, @width wide from column @x (drawn,
 * or spoken when d->say is set); @ctx is the screen's.  @return NULL, or
 * why there is no document (translated), shown and said in its place.
 */
typedef const char *(*linkdoc_write_fn)(struct app *app, void *ctx,
    struct doc *d, int x, int width);

struct linkdoc {
	int scroll;        /* first document line shown */
	int lines;         /* document length at the last paint */
	struct menu links; /* the ways on, under the document */
};

/** Set @p up with @nlinks numbered links (at least 1), scrolled to the
 *  top. */
void linkdoc_init(struct linkdoc *p, int nlinks);

/** The document to draw this paint's lines into: the body above the
 *  links, scrolled as @p is. */
struct doc linkdoc_doc(const struct linkdoc *p);

/**
 * Draw into *@d (made here, as linkdoc_doc makes it) the document that
 * @write writes; where there is none, draw why instead, with the cursor
 * on it.  @return whether there was a document: the caller then draws
 * the links (linkdoc_paint) or what stands in their place
 * (linkdoc_finish).
 */
bool linkdoc_draw(struct linkdoc *p, struct app *app, struct doc *d,
    int x, int width, linkdoc_write_fn write, void *ctx);

/** Say the whole document that @write writes into @out, or why there is
 *  none; @return whether there was a document. */
bool linkdoc_say(struct app *app, struct utterance *out, int x, int width,
    linkdoc_write_fn write, void *ctx);

/**
 * After the document was drawn into @d (from linkdoc_doc): keep its
 * length and say that it goes on below when it does, at column @x,
 * @width wide.  For a screen that puts something else (a text field) in
 * the links' place for a while; linkdoc_paint does this too.
 */
void linkdoc_finish(struct linkdoc *p, struct app *app, const struct doc *d,
    int x, int width);

/**
 * After the document was drawn into @d (from linkdoc_doc): keep its
 * length, say that it goes on below when it does, and draw the links
 * with @label (@ctx is passed to it) at column @x, @width wide; the
 * cursor is left on the focused link.
 */
void linkdoc_paint(struct linkdoc *p, struct app *app, const struct doc *d,
    int x, int width, menu_label_fn label, void *ctx);

/**
 * Page keys scroll the document; the others work the links.  @return
 * whether @key was used; *@chosen is the link chosen (Enter, a number, a
 * tap) or -1.
 */
bool linkdoc_key(struct linkdoc *p, const struct ui_key *key, int *chosen);

#endif
