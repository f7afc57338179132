/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor sign-in: name and password.  Five wrong passwords lock an
 * account for five minutes (store/account.c); the password is wiped from
 * memory as soon as it has been checked.  An unknown name, a wrong
 * password and a locked account get the same answer, so the screen never
 * tells which names exist.  Names are lower case, so a name typed with
 * capitals is taken in lower case.  A prompt with two fields
 * (widgets/prompt.h).
 */
#include <assert.h>
#include <stdio.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/prompt.h"
#include "store/account.h"
#include "util/i18n.h"

/* What to do, and the fields' labels. */
static const char *const texts[] = {
	N_("Counsellors: sign in with your name and password. Tab or the arrow "
	   "keys move between the fields."),
	N_("Name:"),
	N_("Password:"),
};

/* Enter on the password: check the name and password. */
static void
screen_signin_enter(struct app *app, struct prompt *p)
{
	struct field *name = &p->field[0], *password = &p->field[1];
	enum orientation_status r;

	/* Names are lower case (account_name_valid): "Anna" typed with a
	 * capital, as a name is written, is anna. */
	for (char *c = name->text; *c != '\0'; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	r = account_signin(app->state, name->text, password->text, time(NULL));

	field_clear(password);
	if (r == ORIENTATION_ACCOUNT_LOCKED)
		r = ORIENTATION_ACCOUNT_WRONG;
	if (r != ORIENTATION_OK) {
		app_message(app, status_message(r));
		p->focus = r == ORIENTATION_ACCOUNT_WRONG ? 1 : 0;
		return;
	}
	/* A name that signed in is valid: at most ACCOUNT_NAME_MAX bytes. */
	assert(account_name_valid(name->text));
	_Static_assert(sizeof app->counselor > ACCOUNT_NAME_MAX, "a name fits");
	/* fits: asserted above */
	snprintf(app->counselor, sizeof app->counselor, "%.*s",
	    (int)sizeof app->counselor - 1, name->text);
	app->admin = account_is_admin(app->state, app->counselor);
	field_clear(name);
	p->focus = 0;
	app_push(app, SCREEN_COUNSELOR);
}

static const struct prompt_look look = {
	.texts = texts, .nfields = 2, .intro_rows = 3, .label_width = 20,
	.field_width = 34, .masked = true, .enter = screen_signin_enter,
};

const struct screen_ops screen_signin_ops = {
	.title = N_("Counsellor sign-in"),
	.help = N_("Type your name, press Enter, type your password and press "
	    "Enter. After five wrong passwords the account is locked for five "
	    "minutes."),
	PROMPT_OPS(look),
};
