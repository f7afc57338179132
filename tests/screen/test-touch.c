/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Taps on a touch screen, as the shipped touch kiosk delivers them: cage
 * hands the touch to Xwayland, which emulates button 1 for xterm, and
 * xterm (TERM=xterm-256color, the program having turned on mouse modes
 * 1000 and 1006) writes one SGR report when the finger lands and one when
 * it lifts.  The test writes those bytes to the pty exactly as xterm
 * would, each in its own write and with no fence of the harness between
 * them (xterm sends none), rather than letting libvterm encode a click.
 *
 *   test-touch SCENARIO
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

/* Only a failing test waits this long: the screen is final after every
 * input (vt.h). */
#define WAIT 30000

/* xterm's SGR (mode 1006) report for button 1 at the 0-based @row, @col:
 * 'M' when the finger lands, 'm' when it lifts. */
static void
finger(struct vt *vt, int row, int col, char what)
{
	char report[32];

	snprintf(report, sizeof report, "\033[<0;%d;%d%c", col + 1, row + 1,
	    what);
	vt_type(vt, report);
}

/* Finger down at column @down and up at @up of @row, as two reports. */
static void
slide(struct vt *vt, int row, int down, int up)
{
	vt_hold(vt, true);
	finger(vt, row, down, 'M');
	finger(vt, row, up, 'm');
	vt_hold(vt, false);
	vt_sync(vt);
}

/* Finger down and up on one cell. */
static void
tap(struct vt *vt, int row, int col)
{
	slide(vt, row, col, col);
}

/* Start at 80x24 with @args; wait for the language @name, put its row in
 * *@row. */
static struct vt *
start_at(const char *const *args, const char *name, int *row)
{
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, name, WAIT), "language screen");
	*row = vt_find_row(vt, name);
	return vt;
}

/* A quick tap chooses a language; a tap on the footer opens the help. */
static void
quick(void)
{
	int row;
	struct vt *vt = start_at(NULL, "Deutsch", &row);

	tap(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT),
	    "a tap on Deutsch chose German");
	tap(vt, 23, 2);
	VT_CHECK(vt, vt_wait_text(vt,
	    tr("de", "Press any key to close this help."), WAIT),
	    "a tap on the footer's first key opened the help");
	vt_type(vt, "x");
	VT_CHECK(vt, vt_wait_gone(vt,
	    tr("de", "Press any key to close this help."), WAIT), "help closed");
	scenario_quit(vt, WAIT);
}

/*
 * A long press acts once, when the finger lands; lifting it later, over
 * whatever the next screen shows at that place, does nothing more.
 */
static void
held(void)
{
	const char *menu = tr("fr", "Main menu");
	int row;
	struct vt *vt = start_at(NULL, "Français", &row);

	finger(vt, row, 10, 'M');
	VT_CHECK(vt, vt_wait_text(vt, menu, WAIT),
	    "the finger landing on Français chose French");
	/* Held longer than any click interval. */
	vt_read(vt, 600);
	finger(vt, row, 10, 'm');
	VT_CHECK(vt, vt_has_text(vt, menu),
	    "lifting the finger on the menu opened nothing");
	scenario_quit(vt, WAIT);
}

/*
 * A finger that slides one cell along the line between landing and lifting
 * (a few pixels on a touch screen) still chooses the entry.
 */
static void
drift(void)
{
	int row;
	struct vt *vt = start_at(NULL, "Deutsch", &row);

	slide(vt, row, 10, 11);
	VT_CHECK(vt, vt_wait_text(vt, tr("de", "Main menu"), WAIT),
	    "a tap that drifted one cell chose German");
	scenario_quit(vt, WAIT);
}

/* In kiosk mode taps work the same and a stray tap on empty space is
 * harmless. */
static void
kiosk(void)
{
	const char *const args[] = { "--kiosk", NULL };
	int row;
	struct vt *vt = start_at(args, "English", &row);
	char before[24][512];

	for (int r = 0; r < 24; r++)
		snprintf(before[r], sizeof before[r], "%s", vt_row(vt, r));
	tap(vt, 0, 79);
	tap(vt, 21, 40);
	for (int r = 0; r < 24; r++)
		VT_CHECK(vt, strcmp(vt_row(vt, r), before[r]) == 0,
		    "taps on empty space leave the screen as it was: row %d was "
		    "\"%s\"", r, before[r]);
	row = vt_find_row(vt, "English");
	tap(vt, row, 12);
	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Discover my interests"), WAIT),
	    "a tap on English opened the menu in kiosk mode");
	row = vt_find_row(vt, tr("en", "Discover my interests"));
	tap(vt, row, 10);
	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Which form would you like?"),
	    WAIT), "a tap on a menu entry opened it");
	vt_free(vt);
}

/* The screen column where @text starts on @row (characters, not bytes:
 * the arrows beside Previous and Skip are three bytes each), or -1. */
static int
text_col(struct vt *vt, int row, const char *text)
{
	const char *line = vt_row(vt, row), *at = strstr(line, text);
	int col = 0;

	if (at == NULL)
		return -1;
	for (const char *p = line; p < at; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			col++;
	return col;
}

/* Tap the middle of @text where it stands on the screen. */
static void
tap_text(struct vt *vt, const char *text)
{
	int row = vt_find_row(vt, text);

	VT_CHECK(vt, row >= 0, "\"%s\" on the screen", text);
	tap(vt, row, text_col(vt, row, text) + 2);
}

/* The question page's Previous and Skip, tapped: Skip moves on without an
 * answer, Previous goes back, and Previous on the first question stays
 * there; the same on the skills self-assessment, which shares the page. */
static void
question_nav(void)
{
	const char *const args[] = { "--lang", "en", NULL };
	struct vt *vt = scenario_start(24, 80, args, NULL);

	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Discover my interests"), WAIT),
	    "main menu");
	tap_text(vt, tr("en", "Discover my interests"));
	VT_CHECK(vt, vt_wait_text(vt, "Short form", WAIT), "form choice");
	tap_text(vt, "Short form");
	VT_CHECK(vt, vt_wait_text(vt, "Question 1 of 30", WAIT), "question 1");
	tap_text(vt, "Previous");
	VT_CHECK(vt, vt_has_text(vt, "Question 1 of 30"),
	    "Previous on the first question stays there");
	tap_text(vt, "Skip");
	VT_CHECK(vt, vt_has_text(vt, "Question 2 of 30"), "Skip moved on");
	tap_text(vt, "Skip");
	VT_CHECK(vt, vt_has_text(vt, "Question 3 of 30"), "Skip again");
	tap_text(vt, "Previous");
	VT_CHECK(vt, vt_has_text(vt, "Question 2 of 30"), "Previous went back");
	tap_text(vt, "Strongly like");
	VT_CHECK(vt, vt_has_text(vt, "Question 3 of 30"),
	    "a tapped answer moves on");
	vt_key(vt, VTERM_KEY_ESCAPE);
	VT_CHECK(vt, vt_wait_text(vt, tr("en", "Assess my skills"), WAIT),
	    "back at the menu");
	tap_text(vt, tr("en", "Assess my skills"));
	VT_CHECK(vt, vt_wait_text(vt, "Skill 1 of", WAIT), "skill 1");
	tap_text(vt, "Skip");
	VT_CHECK(vt, vt_has_text(vt, "Skill 2 of"), "Skip on a skill");
	tap_text(vt, "Previous");
	VT_CHECK(vt, vt_has_text(vt, "Skill 1 of"), "Previous on a skill");
	scenario_quit(vt, WAIT);
}

int
main(int argc, char **argv)
{
	static const struct scenario scenarios[] = {
		{ "quick", quick },
		{ "held", held },
		{ "drift", drift },
		{ "kiosk", kiosk },
		{ "question-nav", question_nav },
	};

	return scenario_main(argc, argv, scenarios,
	    sizeof scenarios / sizeof scenarios[0]);
}
