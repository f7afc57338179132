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
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "store/account.h"
#include "store/state.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_delete_state {
	struct field code;
};

static void *
screen_delete_open(struct app *app)
{
	(void)app;
	return xcalloc(1, sizeof(struct screen_delete_state));
}

static void
screen_delete_close(struct app *app, void *state)
{
	struct screen_delete_state *s = state;

	(void)app;
	field_clear(&s->code);
	free(s);
}

static void
screen_delete_paint(struct app *app, void *state)
{
	struct screen_delete_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	y += draw_wrapped(y, x, width, 4, 0, _("Type the code you were given "
	    "and press Enter: the results kept under it are deleted at once."),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	draw_text(y, x, 10, _("Code:"), A_BOLD);
	field_paint(&s->code, y, x + 10, 20);
}

/* Try the typed code. */
static void
screen_delete_try(struct app *app, struct screen_delete_state *s)
{
	char code[HANDOFF_CODE_LEN + 1];
	const char *station = app_code_station(app);
	time_t now = time(NULL);
	bool deleted = false;
	enum orientation_status st;

	if (!handoff_code_normalize(s->code.text, code)) {
		app_message(app, N_("A code has 8 letters and digits, for example "
		    "ABCD-1234."));
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
		app_message(app, N_("The results database is busy; please try "
		    "again."));
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
	field_clear(&s->code);
	app_message(app, N_("Your results were deleted."));
}

static bool
screen_delete_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_delete_state *s = state;

	if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
		screen_delete_try(app, s);
		return true;
	}
	return field_key(&s->code, key);
}

const struct screen_ops screen_delete_ops = {
	.title = N_("Delete my results"),
	.help = N_("Type your code (letters and digits; the dash is optional) "
	    "and press Enter. Esc goes back."),
	.open = screen_delete_open,
	.close = screen_delete_close,
	.paint = screen_delete_paint,
	.key = screen_delete_key,
};
