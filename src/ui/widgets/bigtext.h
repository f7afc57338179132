/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Large characters (5 rows high) for what must be read from a distance:
 * the hand-off code and the idle countdown.  Digits, the letters of
 * Crockford's base32 and "-" are drawn; anything else is left blank.
 */
#ifndef UI_BIGTEXT_H
#define UI_BIGTEXT_H

#define BIGTEXT_ROWS 5

/** Columns @text takes in large characters. */
int bigtext_width(const char *text);

/** Draw @text in large characters with its top-left at (@y, @x). */
void bigtext_draw(int y, int x, const char *text, int attr);

#endif
