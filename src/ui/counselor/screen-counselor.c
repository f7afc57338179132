/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The counselor's menu: results by code, catalog upkeep, figures, and
 * (for administrators) the audit trail.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "speech/utterance.h"
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
};

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

struct screen_counselor_state {
	struct menu menu;
	int visible[NENTRIES + 1];  /* indexes into entries; NENTRIES = sign out */
};

static const char *
screen_counselor_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_counselor_state *s = ctx;

	(void)buf;
	(void)bufsz;
	if (s->visible[index] == NENTRIES)
		return _("Sign out");
	return _(entries[s->visible[index]].label);
}

/* Who is signed in; the caller frees. */
static char *
screen_counselor_who(struct app *app)
{
	return xasprintf(_("Signed in as %s."), app->counselor);
}

static void *
screen_counselor_open(struct app *app)
{
	struct screen_counselor_state *s = xcalloc(1, sizeof *s);
	int n = 0;

	for (int i = 0; i < NENTRIES; i++)
		if (!entries[i].admin || app->admin)
			s->visible[n++] = i;
	s->visible[n++] = NENTRIES;
	s->menu.count = n;
	s->menu.numbered = true;
	return s;
}

static void
screen_counselor_paint(struct app *app, void *state)
{
	struct screen_counselor_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;
	char *line = screen_counselor_who(app);

	draw_text(y, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
	free(line);
	y += 2;
	menu_paint(&s->menu, app, y, x, s->menu.count, width,
	    screen_counselor_label, s);
}

static bool
screen_counselor_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_counselor_state *s = state;
	int chosen;

	if (key->kind == UI_KEY_CODE && key->code == 27) {
		/* Esc here would leave the signed-in menu: sign out instead. */
		app_wipe(app);
		return true;
	}
	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if (s->visible[chosen] == NENTRIES)
		app_wipe(app);
	else
		app_push(app, entries[s->visible[chosen]].target);
	return true;
}

/* Who is signed in and the tasks; on a move, the task. */
static void
screen_counselor_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_counselor_state *s = state;
	char *who;

	if (what == SCREEN_SPEAK_ALL) {
		who = screen_counselor_who(app);
		utterance_add(out, who);
		free(who);
	}
	menu_speak(&s->menu, what, screen_counselor_label, NULL, s, out);
}

const struct screen_ops screen_counselor_ops = {
	.title = N_("Counsellor"),
	.help = N_("Choose a task with the arrow keys and Enter or its number. "
	    "Esc signs you out."),
	.open = screen_counselor_open,
	.paint = screen_counselor_paint,
	.key = screen_counselor_key,
	.speak = screen_counselor_speak,
};
