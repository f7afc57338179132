/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/linkdoc.h"

#include <assert.h>
#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "speech/utterance.h"
#include "util/i18n.h"

/* Rows of the document: the body less the links and the line above them. */
static int
linkdoc_rows(const struct linkdoc *p)
{
	return app_body_bottom() - APP_BODY_TOP - p->links.count - 1;
}

void
linkdoc_init(struct linkdoc *p, int nlinks)
{
	assert(nlinks > 0 && nlinks <= 9);
	*p = (struct linkdoc){ .links = { .count = nlinks, .numbered = true } };
}

struct doc
linkdoc_doc(const struct linkdoc *p)
{
	return (struct doc){ .top = APP_BODY_TOP, .rows = linkdoc_rows(p),
	    .skip = p->scroll };
}

bool
linkdoc_draw(struct linkdoc *p, struct app *app, struct doc *d, int x,
    int width, linkdoc_write_fn write, void *ctx)
{
	const char *none;

	*d = linkdoc_doc(p);
	if ((none = write(app, ctx, d, x, width)) == NULL)
		return true;
	draw_text(APP_BODY_TOP, x, width, none, app_attr(app, UI_ROLE_ERROR));
	move(APP_BODY_TOP, x);
	return false;
}

bool
linkdoc_say(struct app *app, struct utterance *out, int x, int width,
    linkdoc_write_fn write, void *ctx)
{
	struct doc d = { .say = out };
	const char *none = write(app, ctx, &d, x, width);

	if (none != NULL)
		utterance_add(out, none);
	return none == NULL;
}

void
linkdoc_finish(struct linkdoc *p, struct app *app, const struct doc *d,
    int x, int width)
{
	assert(d->say == NULL);
	p->lines = d->line;
	if (p->scroll + d->rows < p->lines)
		draw_text(d->top + d->rows, x, width, _("More below: use Page Down."),
		    app_attr(app, UI_ROLE_DIM));
}

/* The links, on the last rows of the body. */
static void
linkdoc_links(struct linkdoc *p, struct app *app, int x, int width,
    menu_label_fn label, void *ctx)
{
	menu_paint(&p->links, app, app_body_bottom() - p->links.count + 1, x,
	    p->links.count, width, label, ctx);
}

void
linkdoc_paint(struct linkdoc *p, struct app *app, const struct doc *d,
    int x, int width, menu_label_fn label, void *ctx)
{
	linkdoc_finish(p, app, d, x, width);
	linkdoc_links(p, app, x, width, label, ctx);
}

bool
linkdoc_key(struct linkdoc *p, const struct ui_key *key, int *chosen)
{
	*chosen = -1;
	if (key->kind == UI_KEY_CODE && (key->code == KEY_NPAGE ||
	    key->code == KEY_PPAGE || key->code == KEY_HOME ||
	    key->code == KEY_END))
		return scroll_key(&p->scroll, p->lines, linkdoc_rows(p), key);
	return menu_key(&p->links, key, chosen);
}

/* What a look's label is passed: its label_ctx, or the state. */
static void *
linkdoc_label_ctx(const struct linkdoc_look *look, void *state)
{
	return look->label_ctx != NULL ? look->label_ctx : state;
}

void
linkdoc_screen_paint(struct app *app, void *state)
{
	const struct linkdoc_look *look = app_look(app);
	struct linkdoc *p = state;
	int x = look->margin, width = COLS - 2 * look->margin;
	struct doc d;

	p->bare = false;
	if (linkdoc_draw(p, app, &d, x, width, look->write, state))
		linkdoc_paint(p, app, &d, x, width, look->label,
		    linkdoc_label_ctx(look, state));
	else if (look->keep_links)
		linkdoc_links(p, app, x, width, look->label,
		    linkdoc_label_ctx(look, state));
	else
		p->bare = true;
}

bool
linkdoc_screen_key(struct app *app, void *state, const struct ui_key *key)
{
	const struct linkdoc_look *look = app_look(app);
	struct linkdoc *p = state;
	int chosen;

	if (p->bare || !linkdoc_key(p, key, &chosen))
		return false;
	if (chosen >= 0)
		look->chosen(app, state, chosen);
	return true;
}

bool
linkdoc_screen_say(struct app *app, void *state, struct utterance *out)
{
	const struct linkdoc_look *look = app_look(app);

	return linkdoc_say(app, out, look->margin, COLS - 2 * look->margin,
	    look->write, state);
}

void
linkdoc_screen_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	const struct linkdoc_look *look = app_look(app);
	struct linkdoc *p = state;

	if (what == SCREEN_SPEAK_ALL && !linkdoc_screen_say(app, state, out) &&
	    !look->keep_links)
		return;
	if (p->bare)
		return;
	menu_speak(&p->links, what, look->label, NULL,
	    linkdoc_label_ctx(look, state), out);
}
