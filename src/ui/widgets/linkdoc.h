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

#include "ui/screen.h"
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
	bool bare;         /* at the last paint there was no document, and
	                    * so no links (linkdoc_screen_paint) */
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

/*
 * A screen that is a linkdoc (the profile, an occupation, the usage
 * figures, a walk-in's results) says in its look what it writes, what
 * its links are and what choosing one does; the ops below draw, say and
 * handle keys for it.  Its state begins with its struct linkdoc (the
 * ops find it there), which its open sets up with linkdoc_init.
 */
struct linkdoc_look {
	int margin;             /* columns left free on each side */
	linkdoc_write_fn write; /* the document; its ctx is the state */
	menu_label_fn label;    /* a link's label */
	void *label_ctx;        /* passed to label; NULL: the state */
	bool keep_links;        /* the links stay where there is no
	                         * document (else only why is shown) */
	/* Link @index (>= 0) was chosen. */
	void (*chosen)(struct app *app, void *state, int index);
};

/*
 * The ops of a linkdoc screen whose look is the static @look:
 * { .title = ..., LINKDOC_OPS(look), .state_size = ..., .open = ... }.
 * A screen that puts something else in the links' place for a while
 * names its own ops, which call these the rest of the time.
 */
#define LINKDOC_OPS(look_) \
	.look = &(look_), .paint = linkdoc_screen_paint, \
	.key = linkdoc_screen_key, .speak = linkdoc_screen_speak

/** Screen ops for a state that begins with a struct linkdoc; the look
 *  is app_look(app), a struct linkdoc_look.  Paint: the document, or
 *  why there is none, and the links under it. */
void linkdoc_screen_paint(struct app *app, void *state);
/* Page keys scroll; a link chosen goes to look->chosen.  Where the
 * links are not shown (no document, and not keep_links), no key is
 * used. */
bool linkdoc_screen_key(struct app *app, void *state,
    const struct ui_key *key);
/* The document (or why there is none) and the links; on a move, the
 * focused link.  Links not shown are not said. */
void linkdoc_screen_speak(struct app *app, void *state,
    enum screen_speak what, struct utterance *out);
/** Say the screen's document into @out, or why there is none (for a
 *  screen's own speak while something stands in the links' place);
 *  @return whether there was a document. */
bool linkdoc_screen_say(struct app *app, void *state,
    struct utterance *out);

#endif
