/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/picklist.h"

#include <assert.h>
#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The question above the list, translated, or NULL. */
static const char *
picklist_heading(const struct picklist *l)
{
	if (l->look->heading != NULL)
		return l->look->heading(l);
	return l->look->question != NULL ? _(l->look->question) : NULL;
}

/* Row @index's label: the one the load made, or the look's. */
static const char *
picklist_row_label(const struct picklist *l, int index)
{
	assert(index >= 0 && index < l->menu.count);
	if (l->labels != NULL) {
		assert(index < l->nlabels);
		return l->labels[index];
	}
	assert(l->look->label != NULL);
	return l->look->label(l, index);
}

/* menu_label_fn over the row's label. */
static const char *
picklist_label(void *ctx, int index, char *buf, size_t bufsz)
{
	const struct picklist *l = ctx;

	(void)buf;
	(void)bufsz;
	return picklist_row_label(l, index);
}

/* What picklist_speak hands menu_speak: the list, the app for the
 * look's lang, and room for the language it names. */
struct picklist_speech {
	struct app *app;
	const struct picklist *l;
	char lang[16];
};

/* menu_label_fn for speech: the look's said words, else the label. */
static const char *
picklist_said(void *ctx, int index, char *buf, size_t bufsz)
{
	const struct picklist_speech *sp = ctx;
	const struct picklist *l = sp->l;

	(void)buf;
	(void)bufsz;
	assert(index >= 0 && index < l->menu.count);
	return l->look->said != NULL ? l->look->said(l, index) :
	    picklist_row_label(l, index);
}

/* menu_lang_fn over the look's lang. */
static const char *
picklist_lang(void *ctx, int index)
{
	struct picklist_speech *sp = ctx;

	assert(index >= 0 && index < sp->l->menu.count);
	return sp->l->look->lang(sp->app, sp->l, index, sp->lang,
	    sizeof sp->lang);
}

void
picklist_open(struct app *app, void *state)
{
	const struct picklist_look *look = app_look(app);
	struct picklist *l = state;

	assert(look != NULL && state != NULL);
	assert((look->heading == NULL || look->question == NULL) &&
	    (look->heading != NULL || look->question != NULL) ==
	    (look->heading_rows > 0) &&
	    (look->subheading == NULL || look->heading_rows > 0) &&
	    (look->subheading != NULL || !look->subheading_dim) &&
	    (look->paras != NULL) == (look->nparas > 0) &&
	    look->top >= 0 && look->load != NULL && look->chosen != NULL);
	l->look = look;
	l->param = *app_param(app);
	l->menu.numbered = look->numbered;
	l->menu.selected = look->selected;
	picklist_reload(app, l);
}

/* Free what the load kept: the items and the labels it made. */
static void
picklist_free_items(struct picklist *l)
{
	if (l->look->free_items != NULL)
		l->look->free_items(l->items);
	l->items = NULL;
	l->n = 0;
	xfree_strings(l->labels, (size_t)l->nlabels);
	l->labels = NULL;
	l->nlabels = 0;
}

int
picklist_find(const struct picklist *l, const char *id)
{
	char buf[PICKLIST_ID_MAX];

	assert(l->look->id != NULL);
	for (int i = 0; i < l->menu.count; i++)
		if (strcmp(l->look->id(l, i, buf, sizeof buf), id) == 0)
			return i;
	return -1;
}

void
picklist_reload(struct app *app, void *state)
{
	struct picklist *l = state;
	char was[PICKLIST_ID_MAX] = "", now[PICKLIST_ID_MAX];
	bool focused = l->look->id != NULL && l->items != NULL &&
	    l->menu.selected >= 0 && l->menu.selected < l->menu.count;
	int row;

	/* An id too long to copy finds no row: the focus keeps its place. */
	if (focused)
		(void)fits_copy(was, sizeof was, l->look->id(l,
		    l->menu.selected, now, sizeof now));
	picklist_free_items(l);
	l->menu.count = l->look->load(app, l);
	assert(l->menu.count >= 0);
	if (focused && (row = picklist_find(l, was)) >= 0)
		l->menu.selected = row;
}

int
picklist_take(struct picklist *l, void *items, size_t n)
{
	assert(n <= INT_MAX);
	l->items = items;
	l->n = n;
	return (int)n;
}

void
picklist_take_labels(struct picklist *l, char **labels, int n)
{
	assert(l->labels == NULL && n >= 0);
	l->labels = labels;
	l->nlabels = n;
}

void
picklist_close(void *state)
{
	picklist_free_items(state);
}

/* The text instead of an empty list, in the words for who reads it. */
static const char *
picklist_empty(const struct app *app, const struct picklist_look *look)
{
	return _(app->opts.counselor && look->empty_staff != NULL ?
	    look->empty_staff : look->empty);
}

void
picklist_paint(struct app *app, void *state)
{
	struct picklist *l = state;
	const struct picklist_look *look = l->look;
	int y = APP_BODY_TOP + look->top, x = 4, width = COLS - 8, rows;

	if (look->heading_rows > 0) {
		const char *sub = look->subheading != NULL ?
		    look->subheading(l) : NULL;
		int sub_attr = look->subheading_dim ?
		    app_attr(app, UI_ROLE_DIM) : (int)A_BOLD;

		y += draw_wrapped(y, x, width, look->heading_rows, 0,
		    picklist_heading(l), app_attr(app, UI_ROLE_EMPHASIS));
		if (sub != NULL)
			y += draw_wrapped(y, x, width, 2, 0, sub, sub_attr);
		y++;
	}
	for (size_t i = 0; i < look->nparas; i++) {
		y += draw_wrapped(y, x, width, look->paras[i].rows, 0,
		    _(look->paras[i].text), app_attr(app, look->paras[i].emphasis ?
		    UI_ROLE_EMPHASIS : UI_ROLE_NORMAL));
		y++;
	}
	if (look->footer != NULL)
		draw_wrapped(app_body_bottom() - 1, x, width, 2, 0,
		    _(look->footer), app_attr(app, UI_ROLE_DIM));
	if (l->menu.count == 0 && look->empty != NULL) {
		draw_wrapped(y, x, width, 3, 0, picklist_empty(app, look),
		    app_attr(app, UI_ROLE_NORMAL));
		move(y, x);
		return;
	}
	rows = menu_paint(&l->menu, app, y, x, app_body_bottom() - y -
	    (look->footer != NULL ? 2 : 0) - (look->below != NULL ? 4 : 0),
	    width, picklist_label, l);
	/* menu_paint keeps the focus on a row. */
	if (look->below != NULL && l->menu.count > 0) {
		y += rows + 1;
		draw_wrapped(y, x + 2, width - 2, app_body_bottom() - y, 0,
		    look->below(l, l->menu.selected), app_attr(app, UI_ROLE_DIM));
	}
	menu_place_cursor(&l->menu);
}

bool
picklist_key(struct app *app, void *state, const struct ui_key *key)
{
	struct picklist *l = state;
	int chosen;

	if (!menu_key(&l->menu, key, &chosen))
		return false;
	if (chosen >= 0) {
		assert(chosen < l->menu.count);
		l->look->chosen(app, l, chosen);
	}
	return true;
}

void
picklist_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct picklist *l = state;
	const struct picklist_look *look = l->look;
	bool all = what == SCREEN_SPEAK_ALL;
	struct picklist_speech sp = { .app = app, .l = l };

	if (all && look->heading_rows > 0) {
		utterance_add_lang(out, look->heading_lang != NULL ?
		    look->heading_lang(l) : NULL, picklist_heading(l));
		if (look->subheading != NULL)
			utterance_add(out, look->subheading(l));
	}
	for (size_t i = 0; all && i < look->nparas; i++)
		utterance_add(out, _(look->paras[i].text));
	if (l->menu.count == 0 && look->empty != NULL) {
		if (all)
			utterance_add(out, picklist_empty(app, look));
	} else {
		menu_speak(&l->menu, what, picklist_said,
		    look->lang != NULL ? picklist_lang : NULL, &sp, out);
		if (look->below != NULL && l->menu.selected >= 0 &&
		    l->menu.selected < l->menu.count)
			utterance_add(out, look->below(l, l->menu.selected));
	}
	if (all && look->footer != NULL)
		utterance_add(out, _(look->footer));
}

struct picklist_rows *
picklist_rows_new(struct picklist *l)
{
	struct picklist_rows *r = xcalloc(1, sizeof *r);

	l->items = r;
	return r;
}

void
picklist_rows_add(struct picklist_rows *r, int row)
{
	assert(r->n >= 0 && r->n < PICKLIST_ROWS_MAX);
	r->row[r->n++] = row;
}

void
picklist_rows_free(void *items)
{
	struct picklist_rows *r = items;

	if (r != NULL)
		free(r->text);
	free(r);
}

int
picklist_row(const struct picklist *l, int index)
{
	const struct picklist_rows *r = l->items;

	assert(r != NULL && index >= 0 && index < r->n);
	return r->row[index];
}

const char *
picklist_rows_text(const struct picklist *l)
{
	return ((const struct picklist_rows *)l->items)->text;
}
