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
#include "util/i18n.h"
#include "util/xmalloc.h"

#define AUDIT_SHOWN 500

struct screen_audit_state {
	struct audit_entry *entries;
	int n;
	int scroll;
};

static void *
screen_audit_open(struct app *app)
{
	struct screen_audit_state *s = xcalloc(1, sizeof *s);

	s->n = app->admin ? audit_list(app->state, AUDIT_SHOWN, &s->entries) : 0;
	if (s->n < 0)
		s->n = 0;
	return s;
}

static void
screen_audit_close(struct app *app, void *state)
{
	struct screen_audit_state *s = state;

	(void)app;
	audit_list_free(s->entries, s->n);
	free(s);
}

static void
screen_audit_paint(struct app *app, void *state)
{
	struct screen_audit_state *s = state;
	int x = 2, width = COLS - 4, rows = app_body_bottom() - APP_BODY_TOP;

	if (!app->admin) {
		draw_text(APP_BODY_TOP, x, width, _("Only administrators can read "
		    "the audit trail."), app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	if (s->scroll > s->n - rows)
		s->scroll = s->n - rows > 0 ? s->n - rows : 0;
	for (int r = 0; r < rows && s->scroll + r < s->n; r++) {
		const struct audit_entry *e = &s->entries[s->scroll + r];
		char when[32], *line;
		struct tm tm;

		gmtime_r(&e->at, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		line = xasprintf("%s  %-12s %-16s %s", when, e->who, e->action,
		    e->detail);
		draw_text(APP_BODY_TOP + r, x, width, line, 0);
		free(line);
	}
	if (s->n == 0)
		draw_text(APP_BODY_TOP, x, width, _("Nothing recorded yet."), 0);
	move(APP_BODY_TOP, x);
}

static bool
screen_audit_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_audit_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->n, app_body_bottom() - APP_BODY_TOP, key);
}

const struct screen_ops screen_audit_ops = {
	.title = N_("Audit trail"),
	.help = N_("Newest first. The arrow and page keys scroll."),
	.open = screen_audit_open,
	.close = screen_audit_close,
	.paint = screen_audit_paint,
	.key = screen_audit_key,
};
