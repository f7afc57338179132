/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: type a walk-in's code to open their results.  Every look-up
 * is audited (a wrong code without what was typed); wrong codes count per
 * counselor, so a kiosk's wrong codes never block the desk.
 */
#include <curses.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_code_state {
	struct field code;
};

static void *
screen_code_open(struct app *app)
{
	(void)app;
	return xcalloc(1, sizeof(struct screen_code_state));
}

static void
screen_code_close(struct app *app, void *state)
{
	struct screen_code_state *s = state;

	(void)app;
	field_clear(&s->code);
	free(s);
}

static void
screen_code_paint(struct app *app, void *state)
{
	struct screen_code_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	y += draw_wrapped(y, x, width, 3, 0, _("Type the walk-in's code (8 "
	    "letters and digits; the dash is optional) and press Enter."),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	draw_text(y, x, 10, _("Code:"), A_BOLD);
	field_paint(&s->code, y, x + 10, 20);
}

/* A look-up that met damage: said, audited, never counted as wrong. */
static void
screen_code_damaged(struct app *app, time_t now)
{
	audit_add(app->state, now, app->counselor, "code unreadable", NULL);
	app_message(app, N_("Damaged results database: the results under this "
	    "code cannot be read (not counted as a wrong code). Ask an "
	    "administrator."));
}

static bool
screen_code_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_code_state *s = state;
	char code[HANDOFF_CODE_LEN + 1];
	struct session probe;
	const char *station;
	time_t now = time(NULL);
	enum orientation_status st;

	if (!(key->kind == UI_KEY_CODE && key->code == KEY_ENTER))
		return field_key(&s->code, key);
	if (!handoff_code_normalize(s->code.text, code)) {
		app_message(app, N_("A code has 8 letters and digits, for example "
		    "ABCD-1234."));
		return true;
	}
	station = app_code_station(app);
	if (state_code_throttled(app->state, station, now)) {
		if (state_damaged(app->state)) {
			screen_code_damaged(app, now);
			return true;
		}
		audit_add(app->state, now, app->counselor, "code refused",
		    "throttled");
		app_message(app, N_("Too many wrong codes. Please wait ten minutes "
		    "or ask at the desk."));
		return true;
	}
	st = state_handoff_load(app->state, code, now, &probe, NULL, NULL);
	session_wipe(&probe);
	if (st == ORIENTATION_STATE_DAMAGED) {
		screen_code_damaged(app, now);
		return true;
	}
	if (st != ORIENTATION_OK && st != ORIENTATION_NOT_FOUND) {
		audit_add(app->state, now, app->counselor, "code refused", "error");
		app_message(app, status_msgid(st));
		return true;
	}
	if (st != ORIENTATION_OK) {
		audit_add(app->state, now, app->counselor, "code not found", NULL);
		app_message(app, state_code_failed(app->state, station, now) ==
		    ORIENTATION_OK ? N_("No results are kept under this code. "
		    "Check it, or ask at the desk.") : N_("The results database is "
		    "busy; please try again."));
		return true;
	}
	audit_add(app->state, now, app->counselor, "code opened", code);
	field_clear(&s->code);
	app_push_with(app, SCREEN_RESULTS, code);
	return true;
}

const struct screen_ops screen_code_ops = {
	.title = N_("Results by code"),
	.help = N_("Type the code and press Enter. Esc goes back."),
	.open = screen_code_open,
	.close = screen_code_close,
	.paint = screen_code_paint,
	.key = screen_code_key,
};
