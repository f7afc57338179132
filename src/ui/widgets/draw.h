/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Drawing helpers that know about display width: accented letters take one
 * column, CJK two, combining marks none.  All text is UTF-8; positions are
 * screen rows and columns of stdscr.
 */
#ifndef UI_DRAW_H
#define UI_DRAW_H

/** Display columns @text takes. */
int draw_width(const char *text);

/**
 * Draw @text at (@y, @x), clipped to @width columns, with @attr.
 * @return the columns drawn.
 */
int draw_text(int y, int x, int width, const char *text, int attr);

/** Draw @text centred in @width columns starting at @x. */
void draw_centered(int y, int x, int width, const char *text, int attr);

/**
 * Word-wrap @text (paragraphs split at '\n') to @width columns and draw
 * lines @skip .. @skip + @rows - 1 of it from row @y.
 * @return the total number of lines the text wraps to.
 */
int draw_wrapped(int y, int x, int width, int rows, int skip,
    const char *text, int attr);

/**
 * draw_wrapped() of the whole text in at most @rows rows from row @y:
 * when it needs more, the last row holds the rest of it, cut with an
 * ellipsis, so that nobody takes the rows shown for the whole.
 * @return the total number of lines the text wraps to.
 */
int draw_wrapped_cut(int y, int x, int width, int rows, const char *text,
    int attr);

/**
 * draw_wrapped() with a hanging indent: every line after the first is
 * @hang columns further in and as much narrower (a list item's label
 * goes on under itself, not under the number before it).
 */
int draw_hanging(int y, int x, int width, int rows, int skip, int hang,
    const char *text, int attr);

/** Draw "[####......]" for @done of @total in @width columns; the
 *  filled part in @attr. */
void draw_progress(int y, int x, int width, int done, int total, int attr);

/** Draw a bar of @width cells, @fraction (0..1) of them filled with █ in
 *  @attr and the rest dotted: readable without colour. */
void draw_bar(int y, int x, int width, double fraction, int attr);

/** Paint @width blanks at (@y, @x) with @attr. */
void draw_fill(int y, int x, int width, int attr);

#endif
