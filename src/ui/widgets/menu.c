/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The list widget used by every screen that offers choices.
 */
#include "ui/widgets/menu.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "speech/utterance.h"
#include "util/i18n.h"

#define MENU_MARKER_COLS 5  /* "> 1. " */

/* Keep the focused item at or below the first visible one; paint
 * makes sure it is not below the last. */
static void
menu_scroll(struct menu *m)
{
	if (m->selected < m->top)
		m->top = m->selected;
	if (m->top < 0)
		m->top = 0;
}

/* The marker and number before item @i; in a numbered list, an item
 * after the tenth (no number key) gets blanks in the number's place, so
 * that its label starts under the labels above it. */
static void
menu_prefix(const struct menu *m, int i, char *buf, size_t size)
{
	bool focus = i == m->selected;

	/* The callers' 16 bytes hold "> ", a digit and ". ". */
	if (m->numbered && i < 10) /* fits: as said */
		snprintf(buf, size, "%s%d. ", focus ? "> " : "  ", (i + 1) % 10);
	else if (m->numbered) /* fits: as above */
		snprintf(buf, size, "%s   ", focus ? "> " : "  ");
	else
		snprintf(buf, size, "%s", focus ? "> " : "  "); /* fits: as above */
}

/* Lines item @i of @m takes at @textw columns. */
static int
menu_item_lines(const struct menu *m, int i, int textw, menu_label_fn label,
    void *ctx)
{
	char buf[512];
	int n = draw_hanging(0, 0, textw, 0, 0, m->hang,
	    label(ctx, i, buf, sizeof buf), 0);

	return n < 1 ? 1 : n > MENU_ITEM_LINES ? MENU_ITEM_LINES : n;
}

const char *
menu_msgid_label(void *ctx, int index, char *buf, size_t bufsz)
{
	const char *const *msgids = ctx;

	(void)buf;
	(void)bufsz;
	return _(msgids[index]);
}

int
menu_paint(struct menu *m, struct app *app, int y, int x, int rows, int width,
    menu_label_fn label, void *ctx)
{
	char buf[512], prefix[16];
	int prefixw = m->numbered ? MENU_MARKER_COLS : 2;
	bool scrolls = m->count > rows;
	int textw, r = 0, i, used = 0;
	bool cut = false;   /* the last item drawn did not fit whole */

	m->y = y;
	m->x = x;
	m->rows = rows > MENU_ROWS_MAX ? MENU_ROWS_MAX : rows;
	rows = m->rows;
	m->width = width;
	if (m->selected >= m->count)
		m->selected = m->count - 1;
	if (m->selected < 0)
		m->selected = 0;
	menu_scroll(m);
	/* A list that fits item for item may still need more rows than it
	 * has once labels wrap. */
	for (i = 0; !scrolls && i < m->count; i++) {
		used += menu_item_lines(m, i, width - prefixw, label, ctx);
		scrolls = used > rows;
	}
	/* The last two columns belong to the scroll markers. */
	textw = width - prefixw - (scrolls ? 2 : 0);
	/* Scroll down until the focused item fits whole. */
	for (;;) {
		used = 0;
		for (i = m->top; i <= m->selected; i++)
			used += menu_item_lines(m, i, textw, label, ctx);
		if (used <= rows || m->top >= m->selected)
			break;
		m->top++;
	}
	for (int k = 0; k < MENU_ROWS_MAX; k++)
		m->row_item[k] = -1;
	m->cursor_row = 0;
	for (i = m->top; r < rows && i < m->count; i++) {
		bool focus = i == m->selected;
		int attr = app_attr(app, focus ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		int lines = menu_item_lines(m, i, textw, label, ctx), cols;

		if (lines > rows - r) {
			lines = rows - r;
			cut = true;
		}
		menu_prefix(m, i, prefix, sizeof prefix);
		cols = draw_text(y + r, x, prefixw, prefix, attr);
		if (focus) {
			m->cursor_row = r;
			/* The reversed bar covers the marker column too. */
			for (int k = 1; k < lines; k++)
				draw_fill(y + r + k, x, cols, attr);
		}
		if (focus && m->hang > 0)
			/* the reversed bar under the hanging lines' indent */
			for (int k = 1; k < lines; k++)
				draw_fill(y + r + k, x + cols, m->hang, attr);
		draw_hanging(y + r, x + cols, textw, lines, 0, m->hang,
		    label(ctx, i, buf, sizeof buf), attr);
		for (int k = 0; k < lines; k++)
			m->row_item[r + k] = i;
		r += lines;
	}
	if (m->top > 0)
		draw_text(y, x + width - 1, 1, "^", app_attr(app, UI_ROLE_DIM));
	if (i < m->count || cut)
		draw_text(y + rows - 1, x + width - 1, 1, "v",
		    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(m);
	/* A list that scrolls keeps its height, so what is under it stays. */
	return scrolls ? rows : r;
}

void
menu_place_cursor(const struct menu *m)
{
	move(m->y + m->cursor_row, m->x);
}

bool
menu_key(struct menu *m, const struct ui_key *key, int *activated)
{
	*activated = -1;
	if (m->count == 0)
		return false;
	if (key->kind == UI_KEY_CLICK) {
		int r = key->y - m->y, i;

		if (r < 0 || r >= m->rows || r >= MENU_ROWS_MAX ||
		    key->x < m->x || key->x >= m->x + m->width)
			return false;
		i = m->row_item[r];
		if (i < 0 || i >= m->count)
			return false;
		m->selected = i;
		*activated = i;
		return true;
	}
	if (key->kind == UI_KEY_CHAR) {
		/* 1..9 choose the first nine rows, 0 the tenth. */
		if (m->numbered && key->ch >= '0' && key->ch <= '9') {
			int i = key->ch == '0' ? 9 : (int)(key->ch - '1');

			if (i >= m->count)
				return false;
			m->selected = i;
			*activated = i;
			return true;
		}
		if (key->ch == ' ' || key->ch == '\r' || key->ch == '\n') {
			*activated = m->selected;
			return true;
		}
		return false;
	}
	switch (key->code) {
	case KEY_UP:
		if (m->selected > 0)
			m->selected--;
		break;
	case KEY_DOWN:
		if (m->selected + 1 < m->count)
			m->selected++;
		break;
	case KEY_PPAGE:
		m->selected -= m->rows > 1 ? m->rows - 1 : 1;
		if (m->selected < 0)
			m->selected = 0;
		break;
	case KEY_NPAGE:
		m->selected += m->rows > 1 ? m->rows - 1 : 1;
		if (m->selected >= m->count)
			m->selected = m->count - 1;
		break;
	case KEY_HOME:
		m->selected = 0;
		break;
	case KEY_END:
		m->selected = m->count - 1;
		break;
	case KEY_ENTER:
		*activated = m->selected;
		break;
	default:
		return false;
	}
	menu_scroll(m);
	return true;
}

void
menu_speak_item(struct utterance *out, const char *label, const char *lang,
    int index, int count)
{
	if (lang != NULL && strcmp(lang, utterance_lang(out)) != 0) {
		utterance_add_lang(out, lang, label);
		/* TRANSLATORS: spoken: the place of the focused item in a list,
		 * "3 of 12". */
		utterance_addf(out, _("%d of %d"), index + 1, count);
		return;
	}
	/* TRANSLATORS: spoken: the focused item of a list and its place,
	 * "Apprenticeship, 3 of 12". */
	utterance_addf(out, _("%s, %d of %d"), label, index + 1, count);
}

void
menu_speak(const struct menu *m, enum screen_speak what, menu_label_fn label,
    menu_lang_fn lang, void *ctx, struct utterance *out)
{
	char buf[512];
	int sel = m->selected;

	if (m->count <= 0)
		return;
	if (sel >= m->count)
		sel = m->count - 1;
	if (sel < 0)
		sel = 0;
	if (what == SCREEN_SPEAK_ALL && m->count <= MENU_SPEAK_ALL_MAX) {
		for (int i = 0; i < m->count; i++)
			utterance_add_lang(out, lang != NULL ? lang(ctx, i) : NULL,
			    label(ctx, i, buf, sizeof buf));
	} else if (what == SCREEN_SPEAK_ALL) {
		/* TRANSLATORS: spoken before the focused item of a long list. */
		utterance_addf(out, ngettext("%d choice", "%d choices",
		    (unsigned long)m->count), m->count);
	}
	menu_speak_item(out, label(ctx, sel, buf, sizeof buf),
	    lang != NULL ? lang(ctx, sel) : NULL, sel, m->count);
}
