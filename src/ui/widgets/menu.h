/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A vertical list of choices: arrows, Page Up/Down, Home/End, number keys
 * (1..9, and 0 for the tenth), Enter and clicks.  A label too long for
 * its row wraps onto the next ones (up to MENU_ITEM_LINES).  The focused
 * item is drawn reversed with a marker (never by colour alone) and the
 * hardware cursor is left on it.  When the list scrolls, its last column
 * holds the ^ and v markers and nothing else.
 */
#ifndef UI_MENU_H
#define UI_MENU_H

#include <stdbool.h>
#include <stddef.h>

struct app;
struct ui_key;

/* Label of item @index, for drawing.  May return a pointer into @buf. */
typedef const char *(*menu_label_fn)(void *ctx, int index, char *buf,
    size_t bufsz);

#define MENU_ITEM_LINES 3   /* lines one item may take */
#define MENU_ROWS_MAX 128   /* screen rows a list keeps track of */

struct menu {
	int count;     /* items */
	int selected;  /* focused item */
	int top;       /* first visible item */
	int y, x;      /* where the list was last drawn */
	int rows, width;
	bool numbered; /* show and accept 1..9 and 0 for the tenth row */
	int row_item[MENU_ROWS_MAX]; /* item on each drawn row, -1: none */
	int cursor_row;              /* drawn row of the focused item */
};

/** Draw the list at (@y, @x), @rows high, @width wide; cursor on focus. */
void menu_paint(struct menu *m, struct app *app, int y, int x, int rows,
    int width, menu_label_fn label, void *ctx);

/**
 * Handle @key.  @return true if used; *@activated is set to the chosen
 * item on Enter, a number key or a click, else to -1.
 */
bool menu_key(struct menu *m, const struct ui_key *key, int *activated);

/** Put the cursor back on the focused row (after other drawing). */
void menu_place_cursor(const struct menu *m);

#endif
