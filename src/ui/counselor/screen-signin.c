/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor sign-in: name and password.  Five wrong passwords lock an
 * account for five minutes (store/account.c); the password is wiped from
 * memory as soon as it has been checked.  An unknown name, a wrong
 * password and a locked account get the same answer, so the screen never
 * tells which names exist.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/field.h"
#include "store/account.h"
#include "speech/utterance.h"
#include "util/i18n.h"

/* What to do, and the fields' labels. */
static const char *const texts[] = {
	N_("Counsellors: sign in with your name and password. Tab or the arrow "
	   "keys move between the fields."),
	N_("Name:"),
	N_("Password:"),
};

struct screen_signin_state {
	struct field name;
	struct field password;
	bool on_password;   /* which field has the focus */
};

static void
screen_signin_open(struct app *app, void *state)
{
	struct screen_signin_state *s = state;

	(void)app;
	s->password.masked = true;
}

static void
screen_signin_paint(struct app *app, void *state)
{
	struct screen_signin_state *s = state;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8, label = 20;

	y += draw_wrapped(y, x, width, 3, 0, _(texts[0]),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	draw_text(y, x, label, _(texts[1]), A_BOLD);
	draw_text(y + 2, x, label, _(texts[2]), A_BOLD);
	/* Draw the focused field last: it leaves the cursor at its end. */
	if (s->on_password) {
		field_paint(&s->name, y, x + label, 34);
		field_paint(&s->password, y + 2, x + label, 34);
	} else {
		field_paint(&s->password, y + 2, x + label, 34);
		field_paint(&s->name, y, x + label, 34);
	}
}

/* Check the name and password. */
static void
screen_signin_try(struct app *app, struct screen_signin_state *s)
{
	enum orientation_status r = account_signin(app->state, s->name.text,
	    s->password.text, time(NULL));

	field_clear(&s->password);
	if (r == ORIENTATION_ACCOUNT_LOCKED)
		r = ORIENTATION_ACCOUNT_WRONG;
	if (r != ORIENTATION_OK) {
		app_message(app, status_message(r));
		s->on_password = r == ORIENTATION_ACCOUNT_WRONG;
		return;
	}
	/* A name that signed in is valid: at most ACCOUNT_NAME_MAX bytes. */
	assert(account_name_valid(s->name.text));
	_Static_assert(sizeof app->counselor > ACCOUNT_NAME_MAX, "a name fits");
	/* fits: asserted above */
	snprintf(app->counselor, sizeof app->counselor, "%.*s",
	    (int)sizeof app->counselor - 1, s->name.text);
	app->admin = account_is_admin(app->state, app->counselor);
	field_clear(&s->name);
	s->on_password = false;
	app_push(app, SCREEN_COUNSELOR);
}

static bool
screen_signin_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_signin_state *s = state;

	if (key->kind == UI_KEY_CODE && (key->code == '\t' ||
	    key->code == KEY_DOWN || key->code == KEY_UP)) {
		s->on_password = !s->on_password;
		return true;
	}
	if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
		if (!s->on_password)
			s->on_password = true;
		else
			screen_signin_try(app, s);
		return true;
	}
	return field_key(s->on_password ? &s->password : &s->name, key);
}

/* What to do; then, and on a move, the field with the focus (its label:
 * what is typed is said only as it is typed, a password never). */
static void
screen_signin_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_signin_state *s = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL)
		utterance_add(out, _(texts[0]));
	utterance_add(out, _(texts[s->on_password ? 2 : 1]));
}

const struct screen_ops screen_signin_ops = {
	.title = N_("Counsellor sign-in"),
	.help = N_("Type your name, press Enter, type your password and press "
	    "Enter. After five wrong passwords the account is locked for five "
	    "minutes."),
	.state_size = sizeof(struct screen_signin_state),
	.open = screen_signin_open,
	.paint = screen_signin_paint,
	.key = screen_signin_key,
	.speak = screen_signin_speak,
};
