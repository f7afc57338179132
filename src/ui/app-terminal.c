/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The terminal under the main loop (app.c): curses started only on a
 * terminal that can draw screens, the colour pairs, and the attribute of
 * each role in the standard and high-contrast themes.
 */
#include "ui/app-terminal.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "ui/widgets/glyph.h"
#include "util/i18n.h"

enum {
	PAIR_TITLE = 1,
	PAIR_FOOTER,
	PAIR_ERROR,
	PAIR_BAR,
	PAIR_EMPHASIS,
	PAIR_HC,          /* high contrast: white on black */
	PAIR_HC_EMPHASIS, /* high contrast: yellow on black */
};

/* Attributes of the high-contrast theme. */
static int
app_attr_high_contrast(enum ui_role role)
{
	switch (role) {
	case UI_ROLE_TITLE:
	case UI_ROLE_FOOTER:
	case UI_ROLE_SELECTED:
		return (int)(COLOR_PAIR(PAIR_HC) | A_REVERSE | A_BOLD);
	case UI_ROLE_EMPHASIS:
	case UI_ROLE_ERROR:
		return (int)(COLOR_PAIR(PAIR_HC_EMPHASIS) | A_BOLD);
	default:
		return (int)(COLOR_PAIR(PAIR_HC) | A_BOLD);
	}
}

int
app_attr(const struct app *app, enum ui_role role)
{
	bool color = app->color && app->theme == UI_THEME_STANDARD;

	if (app->color && app->theme == UI_THEME_HIGH_CONTRAST)
		return app_attr_high_contrast(role);
	switch (role) {
	case UI_ROLE_TITLE:
		return color ? (int)(COLOR_PAIR(PAIR_TITLE) | A_BOLD) :
		    (int)(A_REVERSE | A_BOLD);
	case UI_ROLE_FOOTER:
		return color ? (int)COLOR_PAIR(PAIR_FOOTER) : (int)A_REVERSE;
	case UI_ROLE_SELECTED:
		return (int)(A_REVERSE | A_BOLD);
	case UI_ROLE_EMPHASIS:
		return color ? (int)(COLOR_PAIR(PAIR_EMPHASIS) | A_BOLD) :
		    (int)A_BOLD;
	case UI_ROLE_DIM:
		return color ? (int)A_DIM : (int)A_NORMAL;
	case UI_ROLE_ERROR:
		return color ? (int)(COLOR_PAIR(PAIR_ERROR) | A_BOLD) :
		    (int)A_BOLD;
	case UI_ROLE_BAR:
		return color ? (int)COLOR_PAIR(PAIR_BAR) : (int)A_NORMAL;
	case UI_ROLE_NORMAL:
	default:
		return (int)A_NORMAL;
	}
}

int
app_terminal_open(struct app *app, const char *term)
{
	SCREEN *scr;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "orientation: %s\n",
		    _("This program needs a terminal: run it in a terminal window."));
		return -1;
	}
	if (term == NULL || *term == '\0' || strcmp(term, "dumb") == 0) {
		fprintf(stderr, "orientation: %s\n",
		    _("The terminal type is not set or cannot draw screens (TERM). "
		      "Try TERM=xterm-256color or TERM=linux."));
		return -1;
	}
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "orientation: %s\n",
		    _("This terminal type is unknown (TERM). "
		      "Try TERM=xterm-256color or TERM=linux."));
		return -1;
	}
	set_term(scr);
	app->term = scr;
	glyph_choose(app->opts.glyphs, term);
	if (cursor_address == NULL) {
		endwin();
		delscreen(scr);
		fprintf(stderr, "orientation: %s\n",
		    _("This terminal cannot place the cursor, so screens cannot be "
		      "drawn. Try TERM=xterm-256color or TERM=linux."));
		return -1;
	}
	return 0;
}

void
app_terminal_modes(void)
{
	/* Set before anything is written: each change waits until the
	 * terminal has read what was written before it (TCSADRAIN). */
	raw();
	noecho();
	nonl();
	/* Until a program has once left curses and come back, ncurses
	 * writes out every cursor move at once (lib_mvcur.c flushes while
	 * the screen is "initial", for low-level terminfo callers), so a
	 * frame went out as one write per row.  Leaving and coming back
	 * now, before anything is drawn, makes each frame one write; the
	 * modes above come back with it. */
	endwin();
	refresh();
	curs_set(1);
}

void
app_terminal_colors(struct app *app)
{
	app->color = !app->opts.no_color && has_colors();
	if (!app->color || start_color() != OK) {
		app->color = false;
		return;
	}
	use_default_colors();
	init_pair(PAIR_TITLE, COLOR_WHITE, COLOR_BLUE);
	init_pair(PAIR_FOOTER, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_ERROR, COLOR_RED, -1);
	init_pair(PAIR_BAR, COLOR_GREEN, -1);
	init_pair(PAIR_EMPHASIS, COLOR_BLUE, -1);
	init_pair(PAIR_HC, COLOR_WHITE, COLOR_BLACK);
	init_pair(PAIR_HC_EMPHASIS, COLOR_YELLOW, COLOR_BLACK);
}

chtype
app_terminal_background(const struct app *app)
{
	return app->color && app->theme == UI_THEME_HIGH_CONTRAST ?
	    (chtype)' ' | COLOR_PAIR(PAIR_HC) : (chtype)' ';
}
