/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the walking skeleton: language screen, main menu,
 * run-time language switch, help, too-small terminal, a message read
 * whole at every size, NO_COLOR, clicks, cursor placement, command-line
 * errors, a missing SQLite library.
 *
 *   test-skeleton SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scenario.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define WAIT 30000

/* Pick French, switch to German from the menu with F2, go back, quit. */
static void
language_switch(void)
{
	struct vt *vt = scenario_start(24, 80, NULL, NULL);
	const char *menu_fr = tr("fr", "Main menu");
	const char *menu_de = tr("de", "Main menu");

	VT_CHECK(vt, strcmp(menu_fr, "Main menu") != 0, "no French catalog");
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "language screen");
	VT_CHECK(vt, vt_has_text(vt, "Français") && vt_has_text(vt, "Deutsch") &&
	    vt_has_text(vt, "Nederlands") && vt_has_text(vt, "English"),
	    "four languages in their own names");
	vt_type(vt, "2");
	VT_CHECK(vt, vt_wait_text(vt, menu_fr, WAIT), "menu in French");
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "About this kiosk")),
	    "French entries");
	vt_key(vt, VTERM_KEY_FUNCTION(2));
	VT_CHECK(vt, vt_wait_text(vt, "Wählen Sie Ihre Sprache", WAIT),
	    "F2 opens the language choice");
	vt_type(vt, "3");
	VT_CHECK(vt, vt_wait_text(vt, menu_de, WAIT), "menu redrawn in German");
	VT_CHECK(vt, vt_has_text(vt, tr("de", "About this kiosk")) &&
	    !vt_has_text(vt, tr("fr", "About this kiosk")),
	    "German entries, no French left");
	VT_CHECK(vt, vt_has_text(vt, tr("de", "Help")), "footer in German");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT),
	    "Esc goes back to the language screen");
	scenario_quit(vt, WAIT);
}

/* 60x20 shows the size message and recovers at 80x24. */
static void
too_small(void)
{
	const char *const args[] = { "--lang", "fr", NULL };
	struct vt *vt = scenario_start(20, 60, args, NULL);
	const char *msg = tr("fr", "This window is too small. Please make it "
	    "at least 80 columns wide and 24 rows high.");
	char head[40];

	/* The message wraps; look for its first words. */
	snprintf(head, sizeof head, "%.20s", msg);
	VT_CHECK(vt, strcmp(msg, "This window is too small. Please make it "
	    "at least 80 columns wide and 24 rows high.") != 0,
	    "message translated");
	VT_CHECK(vt, vt_wait_text(vt, head, WAIT), "size message in French");
	VT_CHECK(vt, !vt_has_text(vt, tr("fr", "Main menu")), "no menu");
	vt_resize(vt, 24, 80);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT),
	    "menu back at 80x24");
	VT_CHECK(vt, !vt_has_text(vt, head), "message gone");
	vt_resize(vt, 30, 100);
	VT_CHECK(vt, vt_wait_text(vt, tr("fr", "Main menu"), WAIT),
	    "larger terminal works");
	scenario_quit(vt, WAIT);
}

/* The @rows rows of the screen as one line of words: each row's blanks
 * at the start and end dropped, rows joined by one space (static). */
static const char *
screen_words(struct vt *vt, int rows)
{
	static char all[4096];

	all[0] = '\0';
	for (int r = 0; r < rows; r++) {
		const char *row = vt_row(vt, r);

		row += strspn(row, " ");
		if (*row != '\0')
			snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s",
			    all[0] != '\0' ? " " : "", row);
	}
	return all;
}

/*
 * A message is read whole at any size: in German at 80x24 on the status
 * line; at 40x13, where the window is too small for the screens, under
 * the size message on as many rows as it wraps to (more than two); and
 * where even that has no room (40x6), cut with an ellipsis, never
 * silently.  A new size is no answer: back at 80x24 it is still there,
 * until a key.
 */
static void
message_sizes_de(void)
{
	const char *const args[] = { "--lang", "de", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	const char *msg = tr("de", "No results are kept under this code. Check "
	    "it, or ask at the desk.");
	const char *small = tr("de", "This window is too small. Please make it "
	    "at least 80 columns wide and 24 rows high.");
	int first, last;

	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT), "menu");
	vt_type(vt, "8");
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Delete my results"), WAIT),
	    "delete screen");
	vt_type(vt, "ABCD1234\r");
	VT_CHECK(vt, strstr(screen_words(vt, 24), msg) != NULL,
	    "the message whole at 80x24: %s", screen_words(vt, 24));
	vt_resize(vt, 13, 40);
	VT_CHECK(vt, strstr(screen_words(vt, 13), small) != NULL,
	    "the size message at 40x13");
	VT_CHECK(vt, strstr(screen_words(vt, 13), msg) != NULL,
	    "the message whole at 40x13: %s", screen_words(vt, 13));
	first = vt_find_row(vt, head_of(msg, 12));
	last = vt_find_row(vt, "Empfang.");
	VT_CHECK(vt, first > 0 && last - first >= 2, "on rows %d to %d", first,
	    last);
	vt_resize(vt, 6, 40);
	last = vt_find_row(vt, head_of(msg, 12));
	VT_CHECK(vt, last > 0 && last < 5 && strstr(screen_words(vt, 6),
	    "…") != NULL && strcmp(vt_row(vt, 5) + strlen(vt_row(vt, 5)) -
	    strlen("…"), "…") == 0, "cut with an ellipsis at 40x6: %s",
	    screen_words(vt, 6));
	vt_resize(vt, 24, 80);
	VT_CHECK(vt, strstr(screen_words(vt, 24), msg) != NULL,
	    "the message still there at 80x24: %s", screen_words(vt, 24));
	vt_type(vt, "x");
	VT_CHECK(vt, !vt_has_text(vt, head_of(msg, 12)), "a key clears it");
	scenario_quit(vt, WAIT);
}

/* Count cells with a non-default colour. */
static int
coloured_cells(struct vt *vt)
{
	VTermScreenCell cell;
	int n = 0;

	for (int r = 0; r < 24; r++) {
		for (int c = 0; c < 80; c++) {
			vt_cell(vt, r, c, &cell);
			if (!VTERM_COLOR_IS_DEFAULT_FG(&cell.fg) ||
			    !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg))
				n++;
		}
	}
	return n;
}

/* NO_COLOR=1 gives no colour at all; without it the bars are coloured;
 * the selection is reverse video either way. */
static void
no_color(void)
{
	char *env[] = { (char *)"NO_COLOR=1", NULL };
	struct vt *vt = scenario_start(24, 80, NULL, env);
	VTermScreenCell cell;
	int row;

	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
	VT_CHECK(vt, coloured_cells(vt) == 0, "%d coloured cells under NO_COLOR",
	    coloured_cells(vt));
	row = vt_find_row(vt, "Nederlands");
	vt_cell(vt, row, 6, &cell);
	VT_CHECK(vt, cell.attrs.reverse, "focused item in reverse video");
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	vt_wait_exit(vt, WAIT);
	vt_free(vt);

	vt = scenario_start(24, 80, NULL, NULL);
	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
	VT_CHECK(vt, coloured_cells(vt) > 0, "colours without NO_COLOR");
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	vt_wait_exit(vt, WAIT);
	vt_free(vt);

	{
		const char *const args[] = { "--no-color", NULL };

		vt = scenario_start(24, 80, args, NULL);
		VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
		VT_CHECK(vt, coloured_cells(vt) == 0, "--no-color");
		vt_key(vt, VTERM_KEY_FUNCTION(10));
		vt_wait_exit(vt, WAIT);
		vt_free(vt);
	}
}

/* A click on a language selects it; a click on the footer works too. */
static void
click(void)
{
	struct vt *vt = scenario_start(24, 80, NULL, NULL);
	int row;

	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
	row = vt_find_row(vt, "Deutsch");
	vt_click(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT),
	    "click chose German");
	/* Footer: "F1 Help" is the first hint. */
	vt_click(vt, 23, 2);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Press any key to close this help."),
	    WAIT), "footer click opened help");
	vt_type(vt, "x");
	VT_CHECK(vt, vt_wait_gone(vt, tr("de", "Press any key to close this help."),
	    WAIT), "help closed");
	scenario_quit(vt, WAIT);
}

/* The hardware cursor follows the focused item. */
static void
cursor(void)
{
	struct vt *vt = scenario_start(24, 80, NULL, NULL);
	int r, c, row;

	VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "start");
	vt_cursor(vt, &r, &c);
	row = vt_find_row(vt, "Nederlands");
	VT_CHECK(vt, r == row, "cursor on row %d, focus on row %d", r, row);
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_DOWN);
	VT_CHECK(vt, vt_wait_text(vt, "> 3. Deutsch", WAIT), "focus moved");
	vt_cursor(vt, &r, &c);
	row = vt_find_row(vt, "Deutsch");
	VT_CHECK(vt, r == row, "cursor on row %d, focus on row %d", r, row);
	vt_key(vt, VTERM_KEY_ENTER);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT), "Enter chose");
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	vt_wait_exit(vt, WAIT);
	vt_free(vt);
}

/* F1 shows the keys of the current screen in the current language. */
static void
help(void)
{
	const char *const args[] = { "--lang", "nl", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);
	const char *close_nl = tr("nl", "Press any key to close this help.");

	VT_CHECK(vt, vt_wait_text(vt, tr("nl", "Main menu"), WAIT), "menu");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	VT_CHECK(vt, vt_wait_text(vt, close_nl, WAIT), "help in Dutch");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_gone(vt, close_nl, WAIT), "closed");
	VT_CHECK(vt, vt_has_text(vt, tr("nl", "Main menu")), "still on the menu");
	vt_type(vt, "?");
	VT_CHECK(vt, vt_wait_text(vt, close_nl, WAIT), "? opens help too");
	vt_type(vt, " ");
	scenario_quit(vt, WAIT);
}

/* The About screen names its data sources. */
static void
about(void)
{
	const char *const args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, "Main menu", WAIT), "menu");
	vt_click(vt, vt_find_row(vt, "About this kiosk"), 10);
	VT_CHECK(vt, vt_wait_text(vt, "Guidance Centre · About this kiosk", WAIT),
	    "about");
	vt_key(vt, VTERM_KEY_END);
	VT_CHECK(vt, vt_wait_text(vt, "Version", WAIT), "version at the end");
	VT_CHECK(vt, vt_has_text(vt, "ESCO") && vt_has_text(vt, "O*NET"),
	    "data sources credited");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, "Discover my interests", WAIT), "back");
	vt_key(vt, VTERM_KEY_FUNCTION(10));
	vt_wait_exit(vt, WAIT);
	vt_free(vt);
}

/* The terminal types a kiosk meets: each draws the language screen and
 * the menu, and ^C leaves (the program is not locked here). */
static void
terminals(void)
{
	static const char *const terms[] = {
		"TERM=xterm-256color", "TERM=linux", "TERM=screen", "TERM=vt100",
	};

	for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++) {
		/* For TERM=linux ncurses loads libgpm for the mouse and unloads
		 * it again, and LeakSanitizer then reports gpm's 10 bytes from an
		 * unknown module, which no suppression can name.  Leak checks of
		 * our own code run in every other scenario. */
		char *env[] = { (char *)terms[i], i == 1 ?
		    (char *)"ASAN_OPTIONS=detect_leaks=0" : NULL, NULL };
		struct vt *vt = scenario_start(24, 80, NULL, env);

		VT_CHECK(vt, vt_wait_text(vt, "Kies uw taal", WAIT), "%s: start",
		    terms[i]);
		/* A vt100 draws ASCII only: accents and umlauts spelt out. */
		bool ascii = i == 3;

		VT_CHECK(vt, vt_has_text(vt, "Nederlands") &&
		    vt_has_text(vt, ascii ? "Francais" : "Français"),
		    "%s: languages", terms[i]);
		vt_type(vt, "3");
		VT_CHECK(vt, vt_wait_text(vt, ascii ? "Hauptmenue" :
		    tr("de", "Main menu"), WAIT), "%s: German menu", terms[i]);
		vt_type(vt, "\x03");
		VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "%s: ^C quits", terms[i]);
		vt_free(vt);
	}
}

/* Run the program with @args and @env on a @cols-wide terminal; check
 * that it exits with @code and, if @text is not NULL, shows @text
 * (@what names the case). */
static void
exits_saying(int cols, const char *const *args, char *const *env, int code,
    const char *text, const char *what)
{
	struct vt *vt = scenario_start(24, cols, args, env);
	int status = vt_wait_exit(vt, WAIT);

	VT_CHECK(vt, status == code, "%s: exits %d, not %d", what, code,
	    status);
	VT_CHECK(vt, text == NULL || vt_has_text(vt, text), "%s: says why",
	    what);
	vt_free(vt);
}

/* Command-line errors: one line, non-zero exit, nothing overwritten. */
static void
cli(void)
{
	const char *const bad_lang[] = { "--lang", "xx", NULL };
	const char *const bad_opt[] = { "--frobnicate", NULL };
	const char *const help_args[] = { "--help", NULL };
	char *env_fr[] = { (char *)"LANGUAGE=fr", NULL };
	const char *state = scenario_state();
	struct vt *vt;
	FILE *f;
	char buf[64] = { 0 };

	exits_saying(80, bad_lang, NULL, 2, "this language is not available",
	    "bad --lang");
	exits_saying(80, bad_opt, NULL, 2, NULL, "bad option");

	/* --help lists every language: a tall terminal keeps its first line. */
	vt = scenario_start(40, 80, help_args, env_fr);
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 0, "--help exits 0");
	VT_CHECK(vt, vt_has_text(vt, tr("fr", "Usage: orientation [OPTION]...")),
	    "--help in French");
	vt_free(vt);

	/* A state file that is not a database is reported and kept. */
	f = fopen(state, "w");
	fputs("not a database, keep me\n", f);
	fclose(f);
	vt = scenario_start(24, 80, NULL, NULL);
	VT_CHECK(vt, vt_wait_exit(vt, WAIT) == 3, "bad state exits 3");
	VT_CHECK(vt, vt_has_text(vt, "state.db"), "names the file");
	f = fopen(state, "r");
	VT_CHECK(vt, f != NULL && fgets(buf, sizeof buf, f) != NULL &&
	    strcmp(buf, "not a database, keep me\n") == 0, "file untouched");
	fclose(f);
	vt_free(vt);
	remove(state);
}

/*
 * Without SQLite (a library file that does not exist): the catalogue,
 * opened right after the first frame (which needs none), cannot be, and
 * the program says why (in the language asked for, when one is) and exits 3
 * without crashing; so does the command line.  A wide terminal keeps each
 * message on one row.
 */
static void
no_sqlite(void)
{
	char *no_lib[] = {
		(char *)"ORIENTATION_SQLITE_LIBRARY=/nonexistent/libsqlite3.so.0",
		NULL };
	const char *const french[] = { "--lang", "fr", NULL };
	const char *const version[] = { "--version", NULL };
	const char *const search[] = { "--lang", "de", "search", "Bäcker",
		NULL };
	const char *msg = "The database library SQLite (libsqlite3.so.0) "
	    "cannot be loaded: install the package libsqlite3-0.";

	VT_CHECK(NULL, strcmp(tr("fr", msg), msg) != 0 &&
	    strcmp(tr("de", msg), msg) != 0, "message not translated");
	exits_saying(250, NULL, no_lib, 3, msg, "language screen");
	exits_saying(250, french, no_lib, 3, tr("fr", msg), "--lang fr");
	exits_saying(250, version, no_lib, 0, NULL, "--version");
	exits_saying(250, search, no_lib, 3, tr("de", msg), "search --lang de");
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "language-switch", language_switch },
		{ "too-small", too_small },
		{ "message-sizes-de", message_sizes_de },
		{ "no-color", no_color },
		{ "click", click },
		{ "cursor", cursor },
		{ "help", help },
		{ "about", about },
		{ "cli", cli },
		{ "terminals", terminals },
		{ "no-sqlite", no_sqlite },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
