/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Administrators: the audit trail, newest first (sign-ins, failures,
 * opened codes, reports, catalog changes).
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "store/account.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define AUDIT_SHOWN 500

struct screen_audit_state {
	struct audit_entry *entries;
	int n;
	int scroll;
};

static void
screen_audit_open(struct app *app, void *state)
{
	struct screen_audit_state *s = state;

	s->n = app->admin ? audit_list(app->state, AUDIT_SHOWN, &s->entries) : 0;
	if (s->n < 0)
		s->n = 0;
}

static void
screen_audit_close(void *state)
{
	struct screen_audit_state *s = state;

	audit_list_free(s->entries, s->n);
}

/* Why there is nothing to read. */
static const char *const texts[] = {
	N_("Only administrators can read the audit trail."),
	N_("Nothing recorded yet."),
};

/* Entry @e as a line: when, who, what, detail, apart by @sep (in
 * columns when @columns).  The caller frees. */
static char *
screen_audit_line(const struct audit_entry *e, const char *sep, bool columns)
{
	char when[32];
	struct tm tm;

	gmtime_r(&e->at, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	if (columns)
		return xasprintf("%s%s%-12s %-16s %s", when, sep, e->who,
		    e->action, e->detail);
	return xasprintf("%s%s%s%s%s%s%s", when, sep, e->who, sep, e->action,
	    *e->detail ? sep : "", e->detail);
}

static void
screen_audit_paint(struct app *app, void *state)
{
	struct screen_audit_state *s = state;
	int x = 2, width = COLS - 4, rows = app_body_bottom() - APP_BODY_TOP;

	if (!app->admin) {
		draw_text(APP_BODY_TOP, x, width, _(texts[0]),
		    app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	if (s->scroll > s->n - rows)
		s->scroll = s->n - rows > 0 ? s->n - rows : 0;
	for (int r = 0; r < rows && s->scroll + r < s->n; r++) {
		char *line = screen_audit_line(&s->entries[s->scroll + r], "  ",
		    true);

		draw_text(APP_BODY_TOP + r, x, width, line, 0);
		free(line);
	}
	if (s->n == 0)
		draw_text(APP_BODY_TOP, x, width, _(texts[1]), 0);
	move(APP_BODY_TOP, x);
}

static bool
screen_audit_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_audit_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->n, app_body_bottom() - APP_BODY_TOP, key);
}

/* The entries on the screen, one sentence each (or why there are none);
 * scrolling moves no focus. */
static void
screen_audit_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_audit_state *s = state;
	int rows = app_body_bottom() - APP_BODY_TOP;

	if (what != SCREEN_SPEAK_ALL)
		return;
	if (!app->admin || s->n == 0) {
		utterance_add(out, _(texts[app->admin ? 1 : 0]));
		return;
	}
	for (int r = 0; r < rows && s->scroll + r < s->n; r++) {
		char *line = screen_audit_line(&s->entries[s->scroll + r], ", ",
		    false);

		utterance_add(out, line);
		free(line);
	}
}

const struct screen_ops screen_audit_ops = {
	.title = N_("Audit trail"),
	.help = N_("Newest first. The arrow and page keys scroll."),
	.state_size = sizeof(struct screen_audit_state),
	.open = screen_audit_open,
	.close = screen_audit_close,
	.paint = screen_audit_paint,
	.key = screen_audit_key,
	.speak = screen_audit_speak,
};
