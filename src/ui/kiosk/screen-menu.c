/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The main menu.  It lists only sections that work; each section is one
 * row of the table below, its label an N_() string translated when drawn.
 * The sections that are always there come first and keep their numbers
 * (1..9, then 0 for the tenth, "I am done"); the ones that appear later
 * (the profile, keeping results) are added below them, so no number ever
 * moves.
 */
#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* When an entry is shown. */
enum screen_menu_when {
	WHEN_ALWAYS,
	WHEN_PROFILE,  /* once the questionnaire is done */
	WHEN_RESULTS,  /* once there is anything to keep for a counselor */
};

struct screen_menu_entry {
	const char *label;   /* N_() text */
	enum screen_id target;
	enum screen_menu_when when;
};

static const struct screen_menu_entry entries[] = {
	{ .label = N_("Discover my interests"), .target = SCREEN_QUIZ_INTRO },
	{ .label = N_("Assess my skills"), .target = SCREEN_SKILLS },
	{ .label = N_("Occupations that fit me"), .target = SCREEN_MATCHES },
	{ .label = N_("Browse all occupations"), .target = SCREEN_ISCO },
	{ .label = N_("Find a guidance service"), .target = SCREEN_SERVICES },
	{ .label = N_("How it works in Luxembourg"), .target = SCREEN_GUIDES },
	{ .label = N_("Search"), .target = SCREEN_SEARCH },
	{ .label = N_("Delete my results (with my code)"), .target = SCREEN_DELETE },
	{ .label = N_("About this kiosk"), .target = SCREEN_ABOUT },
	/* The tenth, 0: ending a visit is never more than a key away. */
	{ .label = N_("I am done: clear the screen"), .target = SCREEN_FINISH },
	/* F2 and the footer do this on every screen too. */
	{ .label = N_("Change language"), .target = SCREEN_LANGUAGE },
	{ .label = N_("My interest profile"), .target = SCREEN_PROFILE,
	  .when = WHEN_PROFILE },
	{ .label = N_("Keep my results for a counsellor"), .target = SCREEN_HANDOFF,
	  .when = WHEN_RESULTS },
};

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

struct screen_menu_state {
	struct menu menu;
	int visible[NENTRIES]; /* indexes into entries[] shown now */
};

/* Work out which entries are shown for this session. */
static void
screen_menu_refresh(struct app *app, struct screen_menu_state *s)
{
	int n = 0;

	for (int i = 0; i < NENTRIES; i++)
		if (entries[i].when == WHEN_ALWAYS ||
		    (entries[i].when == WHEN_PROFILE && app->session.finished) ||
		    (entries[i].when == WHEN_RESULTS &&
		    session_has_results(&app->session)))
			s->visible[n++] = i;
	s->menu.count = n;
}

/* Label of visible row @index. */
static const char *
screen_menu_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_menu_state *s = ctx;

	(void)buf;
	(void)bufsz;
	return _(entries[s->visible[index]].label);
}

static void *
screen_menu_open(struct app *app)
{
	struct screen_menu_state *s = xcalloc(1, sizeof *s);

	s->menu.numbered = true;
	screen_menu_refresh(app, s);
	return s;
}

static void
screen_menu_paint(struct app *app, void *state)
{
	struct screen_menu_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	screen_menu_refresh(app, s);
	y += draw_wrapped(y, x, width, 3, 0,
	    _("Welcome to the Maison de l'orientation. What would you like to do?"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	y++;
	menu_paint(&s->menu, app, y, x, s->menu.count, width, screen_menu_label, s);
}

static bool
screen_menu_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_menu_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen >= 0)
		app_push(app, entries[s->visible[chosen]].target);
	return true;
}

const struct screen_ops screen_menu_ops = {
	.title = N_("Main menu"),
	.help = N_("Choose a section with the arrow keys and Enter, with its "
	    "number, or by tapping it."),
	.open = screen_menu_open,
	.paint = screen_menu_paint,
	.key = screen_menu_key,
};
