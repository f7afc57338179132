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

#include "ui/screen.h"

struct app;
struct ui_key;
struct utterance;

/* Label of item @index, for drawing.  May return a pointer into @buf. */
typedef const char *(*menu_label_fn)(void *ctx, int index, char *buf,
    size_t bufsz);

/* The language of item @index's label when it is not the page's (a name
 * shown from a fallback language), else NULL. */
typedef const char *(*menu_lang_fn)(void *ctx, int index);

/* A menu_label_fn for a fixed list: @ctx is a static array of N_()
 * msgids, one an item (passed as (void *), never written); the label is
 * the msgid translated. */
const char *menu_msgid_label(void *ctx, int index, char *buf, size_t bufsz);

#define MENU_ITEM_LINES 3   /* lines one item may take */
#define MENU_ROWS_MAX 128   /* screen rows a list keeps track of */
#define MENU_SPEAK_ALL_MAX 12 /* a longer list is spoken as its size */

struct menu {
	int count;     /* items */
	int selected;  /* focused item */
	int top;       /* first visible item */
	int y, x;      /* where the list was last drawn */
	int rows, width;
	bool numbered; /* show and accept 1..9 and 0 for the tenth row */
	int hang;      /* columns a wrapped label's further lines go in (a
	                * label that starts with a figure: under its words) */
	int row_item[MENU_ROWS_MAX]; /* item on each drawn row, -1: none */
	int cursor_row;              /* drawn row of the focused item */
};

/**
 * Draw the list at (@y, @x) in at most @rows rows, @width wide; cursor on
 * focus.  @return the rows its items took (wrapped labels take more than
 * one): @rows when it scrolls, fewer when the whole list fits in less.
 */
int menu_paint(struct menu *m, struct app *app, int y, int x, int rows,
    int width, menu_label_fn label, void *ctx);

/**
 * Handle @key.  @return true if used; *@activated is set to the chosen
 * item on Enter, a number key or a click, else to -1.
 */
bool menu_key(struct menu *m, const struct ui_key *key, int *activated);

/** Put the cursor back on the focused row (after other drawing). */
void menu_place_cursor(const struct menu *m);

/**
 * Add the list to @out for speech.  SCREEN_SPEAK_ALL: every label, one
 * sentence each (a list longer than MENU_SPEAK_ALL_MAX: how many choices
 * there are), then the focused item; SCREEN_SPEAK_FOCUS: the focused item
 * and its place, "Apprenticeship, 3 of 12".  @label must give words only
 * (no marker, number or symbol); @lang may be NULL (every label in the
 * page's language).  An empty list adds nothing.
 */
void menu_speak(const struct menu *m, enum screen_speak what,
    menu_label_fn label, menu_lang_fn lang, void *ctx, struct utterance *out);

/**
 * Add "@label, 3 of 12" for item @index of @count to @out; a @label in
 * another language @lang (NULL: the page's) is its own piece, in that
 * language, before the place.
 */
void menu_speak_item(struct utterance *out, const char *label,
    const char *lang, int index, int count);

#endif
