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
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "store/account.h"
#include "util/i18n.h"
#include "util/secret.h"
#include "util/xmalloc.h"

#define STAFF_TRIES 3
#define STAFF_LOCK_SECONDS 60

struct screen_staff_state {
	struct field pin;
};

/* Wrong PINs and the lock survive closing the prompt. */
static int wrong;
static time_t locked_until;

static void *
screen_staff_open(struct app *app)
{
	struct screen_staff_state *s = xcalloc(1, sizeof *s);

	(void)app;
	s->pin.masked = true;
	return s;
}

static void
screen_staff_close(struct app *app, void *state)
{
	struct screen_staff_state *s = state;

	(void)app;
	field_clear(&s->pin);
	free(s);
}

static void
screen_staff_paint(struct app *app, void *state)
{
	struct screen_staff_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	y += draw_wrapped(y, x, width, 3, 0, _("Staff only: type the staff PIN "
	    "and press Enter to close the kiosk. Esc goes back."),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	draw_text(y, x, 12, _("PIN:"), A_BOLD);
	field_paint(&s->pin, y, x + 12, 24);
}

static bool
screen_staff_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_staff_state *s = state;

	if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
		if (app->opts.staff_pin_hash == NULL) {
			app_message(app, N_("No staff PIN is set in the settings, so "
			    "the kiosk cannot be closed here."));
		} else if (time(NULL) < locked_until) {
			app_message(app, N_("Too many wrong PINs: wait a minute."));
		} else if (secret_verify(app->opts.staff_pin_hash, s->pin.text)) {
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
		field_clear(&s->pin);
		return true;
	}
	return field_key(&s->pin, key);
}

const struct screen_ops screen_staff_ops = {
	.title = N_("Staff"),
	.help = N_("For staff: type the PIN and press Enter. Esc goes back to "
	    "the kiosk."),
	.open = screen_staff_open,
	.close = screen_staff_close,
	.paint = screen_staff_paint,
	.key = screen_staff_key,
};
