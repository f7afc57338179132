/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The counselor's menu: results by code, catalog upkeep, figures, and
 * (for administrators) the audit trail.  A list to choose from
 * (widgets/picklist.h) under who is signed in; Esc, pressed twice, signs
 * out.
 */
#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_counselor_entry {
	const char *label;  /* N_() text */
	enum screen_id target;
	bool admin;         /* only for administrators */
};

static const struct screen_counselor_entry entries[] = {
	{ N_("Open a walk-in's results by code"), SCREEN_CODE, false },
	{ N_("Edit a service"), SCREEN_SERVICE_PICK, false },
	{ N_("Import or export the catalogue (CSV)"), SCREEN_CSV, false },
	{ N_("Usage figures"), SCREEN_FIGURES, false },
	{ N_("Audit trail"), SCREEN_AUDIT, true },
	{ N_("Search the catalogue"), SCREEN_SEARCH, false },
	{ N_("Add a service"), SCREEN_SERVICE_ADD, false },
};

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

/* The tasks this counselor may do, then signing out (rows: indexes into
 * entries, NENTRIES = sign out); who is signed in, in the current
 * language, is the line (on open and when the language changes). */
static int
screen_counselor_load(struct app *app, struct picklist *l)
{
	struct picklist_rows *r = picklist_rows_new(l);

	_Static_assert(NENTRIES + 1 <= PICKLIST_ROWS_MAX, "the rows fit");
	r->text = xasprintf(_("Signed in as %s."), app->counselor);
	for (int i = 0; i < NENTRIES; i++)
		if (!entries[i].admin || app->admin)
			picklist_rows_add(r, i);
	picklist_rows_add(r, NENTRIES);
	return r->n;
}

static const char *
screen_counselor_label(const struct picklist *l, int index)
{
	int e = picklist_row(l, index);

	return e == NENTRIES ? _("Sign out") : _(entries[e].label);
}

static void
screen_counselor_chosen(struct app *app, struct picklist *l, int index)
{
	int e = picklist_row(l, index);

	if (e == NENTRIES)
		app_wipe(app);
	else
		app_push(app, entries[e].target);
}

static const struct picklist_look look = {
	.top = 1, .heading = picklist_rows_text, .heading_rows = 1,
	.numbered = true,
	.load = screen_counselor_load, .free_items = picklist_rows_free,
	.label = screen_counselor_label, .chosen = screen_counselor_chosen,
};

/* The menu's state: the list, and whether Esc was just pressed. */
struct screen_counselor_state {
	struct picklist list;  /* first: the list kit's ops find it there */
	bool leaving;          /* Esc pressed once: a second one signs out */
};

/* Esc here would leave the signed-in menu: it signs out, but only when
 * pressed again, as Esc from a task screen lands here and a second one,
 * pressed out of habit, would sign the counsellor out unasked. */
static bool
screen_counselor_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_counselor_state *s = state;

	if (key->kind == UI_KEY_CODE && key->code == UI_KEY_ESC) {
		if (s->leaving) {
			app_wipe(app);  /* frees this state */
			return true;
		}
		s->leaving = true;
		app_message(app, N_("Press Esc again to sign out."));
		return true;
	}
	s->leaving = false;
	return picklist_key(app, state, key);
}

const struct screen_ops screen_counselor_ops = {
	.title = N_("Counsellor"),
	.help = N_("Choose a task with the arrow keys and Enter or its number. "
	    "Esc pressed twice signs you out."),
	.look = &look,
	.state_size = sizeof(struct screen_counselor_state),
	.open = picklist_open,
	.close = picklist_close,
	.paint = picklist_paint,
	.key = screen_counselor_key,
	.speak = picklist_speak,
	.on_language = picklist_reload,
};
