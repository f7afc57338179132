/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The terminal under the main loop: opening it, its colours, and the
 * background of the theme.  Called by app.c only; app_attr (app.h) is
 * the screens' way to the roles' attributes.
 */
#ifndef UI_APP_TERMINAL_H
#define UI_APP_TERMINAL_H

#include <curses.h>

#include "ui/app.h"

/** Start curses on @term for @app if it is a terminal that can draw
 * screens; else a message in the user's language on stderr and -1. */
int app_terminal_open(struct app *app, const char *term);

/** The terminal modes of the screens (raw keys, no echo), and curses
 *  set to write each frame at once; after app_terminal_open. */
void app_terminal_modes(void);

/** The colour pairs, unless colours are off or the terminal has none
 * (app->color says which). */
void app_terminal_colors(struct app *app);

/** What bkgdset() takes for @app's theme. */
chtype app_terminal_background(const struct app *app);

#endif
