/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The staff exit of a locked kiosk: F12 (or Ctrl+K), then the staff PIN.
 * The PIN is checked against the Argon2id hash from the settings and
 * wiped from memory at once.  Three wrong PINs lock the prompt for a
 * minute; every wrong PIN is audited (who: this kiosk's station; never
 * the PIN).
 */
#include <curses.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/prompt.h"
#include "store/account.h"
#include "util/i18n.h"
#include "util/secret.h"

#define STAFF_TRIES 3
#define STAFF_LOCK_SECONDS 60

/* What to do, and the field's label. */
static const char *const intro[] = {
	N_("Staff only: type the staff PIN and press Enter to close the kiosk. "
	   "Esc goes back."),
	N_("PIN:"),
};

/* Wrong PINs and the lock survive closing the prompt. */
static int wrong;
static time_t locked_until;

/* Enter: close the kiosk if the PIN is right; the PIN is wiped. */
static void
screen_staff_enter(struct app *app, struct prompt *p)
{
	struct field *f = &p->field[0];
	if (app->opts.staff_pin_hash == NULL) {
		app_message(app, N_("No staff PIN is set in the settings, so "
		    "the kiosk cannot be closed here."));
	} else if (time(NULL) < locked_until) {
		app_message(app, N_("Too many wrong PINs: wait a minute."));
	} else if (!secret_available()) {
		app_message(app, status_msgid(ORIENTATION_SECRET_LIBRARY));
	} else if (secret_verify(app->opts.staff_pin_hash, f->text)) {
		wrong = 0;
		app->quit = true;
	} else {
		bool lock = ++wrong >= STAFF_TRIES;

		if (lock) {
			wrong = 0;
			locked_until = time(NULL) + STAFF_LOCK_SECONDS;
		}
		audit_add(app->state, time(NULL), app->station,
		    "staff pin wrong", lock ? "prompt locked" : NULL);
		app_message(app, N_("Wrong PIN."));
	}
	field_clear(f);
}

static const struct prompt_look look = {
	.texts = intro, .intro_rows = 3, .label_width = 12, .field_width = 24,
	.masked = true, .enter = screen_staff_enter,
};

const struct screen_ops screen_staff_ops = {
	.title = N_("Staff"),
	.help = N_("For staff: type the PIN and press Enter. Esc goes back to "
	    "the kiosk."),
	PROMPT_OPS(look),
};
