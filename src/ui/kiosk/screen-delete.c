/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "Delete my results": the visitor types their code and the kept session
 * is deleted at once, with its reports.  Wrong codes are counted per
 * kiosk in the state database and look-ups are refused for a while after
 * too many, so codes cannot be tried one after another; a refused code is
 * audited without the code (text/code-delete.h, shared with the plain
 * line mode).  What was typed is overwritten on leaving.
 */
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/prompt.h"
#include "text/code-delete.h"
#include "util/i18n.h"

/* What to do, and the field's label. */
static const char *const intro[] = {
	N_("Type the code you were given and press Enter: the results kept "
	   "under it are deleted at once."),
	N_("Code:"),
};

/* Enter: try the typed code (code_delete); the field empties once the
 * results are gone. */
static void
screen_delete_enter(struct app *app, struct prompt *p)
{
	bool deleted;

	app_message(app, code_delete(app->state, app_code_station(app),
	    p->field[0].text, time(NULL), &app->session, &deleted));
	if (deleted)
		field_clear(&p->field[0]);
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
