/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "Delete my results": the visitor types their code and the kept session
 * is deleted at once, with its reports.  Wrong codes are counted per
 * kiosk in the state database and look-ups are refused for a while after
 * too many, so codes cannot be tried one after another; a refused code is
 * audited without the code.  What was typed is overwritten on leaving.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/prompt.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* What to do, and the field's label. */
static const char *const intro[] = {
	N_("Type the code you were given and press Enter: the results kept "
	   "under it are deleted at once."),
	N_("Code:"),
};

/* Enter: try the typed code. */
static void
screen_delete_enter(struct app *app, struct prompt *p)
{
	struct field *f = &p->field[0];
	char code[HANDOFF_CODE_LEN + 1];
	const char *station = app_code_station(app);
	time_t now = time(NULL);
	bool deleted = false;
	enum orientation_status st;

	if (!handoff_code_normalize(f->text, code)) {
		app_message(app, N_("A code has 8 letters and digits, for example "
		    "ABCD-1234."));
		return;
	}
	/* A server that is away is said so, not taken for a wrong code. */
	if (!state_available(app->state)) {
		app_message(app, status_msgid(ORIENTATION_STATE_UNAVAILABLE));
		xwipe(code, sizeof code);
		return;
	}
	if (state_code_throttled(app->state, station, now) &&
	    !state_damaged(app->state)) {
		audit_add(app->state, now, station, "code refused", "throttled");
		app_message(app, N_("Too many wrong codes. Please wait ten minutes "
		    "or ask at the desk."));
		xwipe(code, sizeof code);
		return;
	}
	st = state_handoff_delete(app->state, code, &deleted);
	if (st == ORIENTATION_STATE_DAMAGED) {
		/* Damage is never a wrong code: not counted, but audited. */
		audit_add(app->state, now, station, "code refused", "damaged");
		app_message(app, N_("Results cannot be deleted here now. Please ask "
		    "at the desk."));
		xwipe(code, sizeof code);
		return;
	}
	if (st != ORIENTATION_OK) {
		/* Busy, or the server away: what the store said. */
		app_message(app, status_msgid(st));
		xwipe(code, sizeof code);
		return;
	}
	if (!deleted) {
		audit_add(app->state, now, station, "code refused", "not found");
		/* A wrong code that could not be counted is answered as a busy
		 * database, so the count cannot be dodged. */
		app_message(app, state_code_failed(app->state, station, now) ==
		    ORIENTATION_OK ? N_("No results are kept under this code. "
		    "Check it, or ask at the desk.") : N_("The results database is "
		    "busy; please try again."));
		xwipe(code, sizeof code);
		return;
	}
	/* Deleted at the visitor's request: a later "Keep" gets a new code. */
	if (strcmp(code, app->session.handoff_code) == 0)
		xwipe(app->session.handoff_code, sizeof app->session.handoff_code);
	xwipe(code, sizeof code);
	field_clear(f);
	app_message(app, N_("Your results were deleted."));
}

static const struct prompt_look look = {
	.texts = intro, .intro_rows = 4, .label_width = 10, .field_width = 20,
	.enter = screen_delete_enter,
};

const struct screen_ops screen_delete_ops = {
	.title = N_("Delete my results"),
	.help = N_("Type your code (letters and digits; the dash is optional) "
	    "and press Enter. Esc goes back."),
	PROMPT_OPS(look),
};
