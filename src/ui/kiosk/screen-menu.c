/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The main menu.  It lists only sections that work; each section is one
 * row of the table below, its label an N_() string translated when drawn.
 * The sections that are always there come first and keep their numbers
 * (1..9, then 0 for the tenth, "I am done"); the ones that appear later
 * (the profile, keeping results) are added below them, so no number ever
 * moves.  A list to choose from (widgets/picklist.h), the rows worked out
 * again when a screen above closes.
 */
#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "util/i18n.h"

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

/* The greeting above the sections. */
static const struct picklist_para welcome[] = {
	{ .text = N_("Welcome to the Maison de l'orientation. What would you "
	    "like to do?"), .rows = 3, .emphasis = true },
};

/* The entries shown for this session, as indexes into entries[] (on
 * open, and when a screen above closes: a finished questionnaire or
 * results to keep add theirs). */
static int
screen_menu_load(struct app *app, struct picklist *l)
{
	struct picklist_rows *r = picklist_rows_new(l);

	_Static_assert(NENTRIES <= PICKLIST_ROWS_MAX, "the rows fit");
	for (int i = 0; i < NENTRIES; i++)
		if (entries[i].when == WHEN_ALWAYS ||
		    (entries[i].when == WHEN_PROFILE && app->session.finished) ||
		    (entries[i].when == WHEN_RESULTS &&
		    session_has_results(&app->session)))
			picklist_rows_add(r, i);
	return r->n;
}

/* The entry of row @index. */
static const struct screen_menu_entry *
screen_menu_entry(const struct picklist *l, int index)
{
	return &entries[picklist_row(l, index)];
}

static const char *
screen_menu_label(const struct picklist *l, int index)
{
	return _(screen_menu_entry(l, index)->label);
}

static void
screen_menu_chosen(struct app *app, struct picklist *l, int index)
{
	app_push(app, screen_menu_entry(l, index)->target);
}

static const struct picklist_look look = {
	.top = 1, .paras = welcome, .nparas = 1,
	.numbered = true,
	.load = screen_menu_load, .free_items = picklist_rows_free,
	.label = screen_menu_label, .chosen = screen_menu_chosen,
};

const struct screen_ops screen_menu_ops = {
	.title = N_("Main menu"),
	.help = N_("Choose a section with the arrow keys and Enter, with its "
	    "number, or by tapping it."),
	PICKLIST_OPS(look),
	.resume = picklist_reload,
};
