/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: type a walk-in's code to open their results.  Every look-up
 * is audited (a wrong code without what was typed); wrong codes count per
 * counselor, so a kiosk's wrong codes never block the desk.
 */
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/prompt.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"

/* What to do, and the field's label. */
static const char *const texts[] = {
	N_("Type the walk-in's code (8 letters and digits; the dash is "
	   "optional) and press Enter."),
	N_("Code:"),
};

/* A look-up that met damage: said, audited, never counted as wrong. */
static void
screen_code_damaged(struct app *app, time_t now)
{
	audit_add(app->state, now, app->counselor, "code unreadable", NULL);
	app_message(app, N_("Damaged results database: the results under this "
	    "code cannot be read (not counted as a wrong code). Ask an "
	    "administrator."));
}

/* Enter: open the results kept under the typed code. */
static void
screen_code_enter(struct app *app, struct prompt *p)
{
	struct field *f = &p->field[0];
	char code[HANDOFF_CODE_LEN + 1];
	struct session probe;
	const char *station;
	time_t now = time(NULL);
	enum orientation_status st;

	if (!handoff_code_normalize(f->text, code)) {
		app_message(app, N_("A code has 8 letters and digits, for example "
		    "ABCD-1234."));
		return;
	}
	station = app_code_station(app);
	/* A server that is away is said so, not taken for a wrong code. */
	if (!state_available(app->state)) {
		app_message(app, status_msgid(ORIENTATION_STATE_UNAVAILABLE));
		return;
	}
	if (state_code_throttled(app->state, station, now)) {
		if (state_damaged(app->state)) {
			screen_code_damaged(app, now);
			return;
		}
		audit_add(app->state, now, app->counselor, "code refused",
		    "throttled");
		/* The counsellor is the desk: they learn how long, and who
		 * can lift the block. */
		app_message(app, N_("Too many wrong codes under your name: codes "
		    "are refused for up to ten minutes, or until an administrator "
		    "lifts the block."));
		return;
	}
	st = state_handoff_load(app->state, code, now, &probe, NULL, NULL);
	session_wipe(&probe);
	if (st == ORIENTATION_STATE_DAMAGED) {
		screen_code_damaged(app, now);
		return;
	}
	if (st != ORIENTATION_OK && st != ORIENTATION_NOT_FOUND) {
		audit_add(app->state, now, app->counselor, "code refused", "error");
		app_message(app, status_msgid(st));
		return;
	}
	if (st != ORIENTATION_OK) {
		audit_add(app->state, now, app->counselor, "code not found", NULL);
		app_message(app, state_code_failed(app->state, station, now) ==
		    ORIENTATION_OK ? N_("No results are kept under this code. "
		    "Check it with the walk-in; the results may also have expired "
		    "or been deleted.") : N_("The results database is "
		    "busy; please try again."));
		return;
	}
	audit_add(app->state, now, app->counselor, "code opened", code);
	field_clear(f);
	app_push_with(app, SCREEN_RESULTS,
	    screen_param_ref(SCREEN_PARAM_CODE, code));
}

static const struct prompt_look look = {
	.texts = texts, .intro_rows = 3, .label_width = 10, .field_width = 20,
	.enter = screen_code_enter,
};

const struct screen_ops screen_code_ops = {
	.title = N_("Results by code"),
	.help = N_("Type the code and press Enter. Esc goes back."),
	PROMPT_OPS(look),
};
