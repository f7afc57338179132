/*
 * The list widget used by every screen that offers choices.
 */
#include "menu.h"

#include <curses.h>
#include <stdio.h>

#include "app.h"
#include "draw.h"

#define MENU_MARKER_COLS 5  /* "> 1. " */

/* Keep the focused item inside the visible rows. */
static void
menu_scroll(struct menu *m)
{
	if (m->rows <= 0)
		return;
	if (m->selected < m->top)
		m->top = m->selected;
	if (m->selected >= m->top + m->rows)
		m->top = m->selected - m->rows + 1;
	if (m->top < 0)
		m->top = 0;
}

void
menu_paint(struct menu *m, struct app *app, int y, int x, int rows, int width,
    menu_label_fn label, void *ctx)
{
	char buf[512], prefix[16];

	m->y = y;
	m->x = x;
	m->rows = rows;
	m->width = width;
	if (m->selected >= m->count)
		m->selected = m->count - 1;
	if (m->selected < 0)
		m->selected = 0;
	menu_scroll(m);
	for (int r = 0; r < rows && m->top + r < m->count; r++) {
		int i = m->top + r;
		bool focus = i == m->selected;
		int attr = app_attr(app, focus ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		int cols;

		if (m->numbered && i < 10)
			snprintf(prefix, sizeof prefix, "%s%d. ", focus ? "> " : "  ",
			    (i + 1) % 10);
		else
			snprintf(prefix, sizeof prefix, "%s", focus ? "> " : "  ");
		if (focus)
			draw_fill(y + r, x, width, attr);
		cols = draw_text(y + r, x, width, prefix, attr);
		draw_text(y + r, x + cols, width - cols,
		    label(ctx, i, buf, sizeof buf), attr);
	}
	if (m->top > 0)
		draw_text(y, x + width - 1, 1, "^", app_attr(app, UI_ROLE_DIM));
	if (m->top + rows < m->count)
		draw_text(y + rows - 1, x + width - 1, 1, "v",
		    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(m);
}

void
menu_place_cursor(const struct menu *m)
{
	move(m->y + m->selected - m->top, m->x);
}

bool
menu_key(struct menu *m, const struct ui_key *key, int *activated)
{
	*activated = -1;
	if (m->count == 0)
		return false;
	if (key->kind == UI_KEY_CLICK) {
		int i = m->top + key->y - m->y;

		if (key->y < m->y || key->y >= m->y + m->rows || i >= m->count ||
		    key->x < m->x || key->x >= m->x + m->width)
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
