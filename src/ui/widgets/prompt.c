/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/prompt.h"

#include <assert.h>
#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "speech/utterance.h"
#include "util/i18n.h"

void
prompt_open(struct app *app, void *state)
{
	const struct prompt_look *look = app_look(app);
	struct prompt *p = state;

	assert(look != NULL && look->texts != NULL && look->enter != NULL &&
	    p != NULL);
	assert(look->intro_rows > 0 && look->label_width > 0 &&
	    look->field_width > 0);
	assert(look->nfields >= 0 && look->nfields <= PROMPT_FIELDS_MAX);
	p->look = look;
	p->nfields = look->nfields > 0 ? look->nfields : 1;
	p->field[p->nfields - 1].masked = look->masked;
}

void
prompt_paint(struct app *app, void *state)
{
	struct prompt *p = state;
	const struct prompt_look *l = p->look;
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	y += draw_wrapped(y, x, width, l->intro_rows, 0, _(l->texts[0]),
	    app_attr(app, UI_ROLE_NORMAL));
	y++;
	for (int i = 0; i < p->nfields; i++)
		draw_text(y + 2 * i, x, l->label_width, _(l->texts[1 + i]),
		    A_BOLD);
	/* Draw the focused field last: it leaves the cursor at its end. */
	for (int i = 0; i < p->nfields; i++)
		if (i != p->focus)
			field_paint(&p->field[i], y + 2 * i, x + l->label_width,
			    l->field_width);
	field_paint(&p->field[p->focus], y + 2 * p->focus, x + l->label_width,
	    l->field_width);
}

bool
prompt_key(struct app *app, void *state, const struct ui_key *key)
{
	struct prompt *p = state;

	assert(p->focus >= 0 && p->focus < p->nfields);
	if (p->nfields > 1 && key->kind == UI_KEY_CODE &&
	    (key->code == '\t' || key->code == KEY_DOWN)) {
		p->focus = (p->focus + 1) % p->nfields;
		return true;
	}
	if (p->nfields > 1 && key->kind == UI_KEY_CODE && key->code == KEY_UP) {
		p->focus = (p->focus + p->nfields - 1) % p->nfields;
		return true;
	}
	if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
		if (p->focus < p->nfields - 1)
			p->focus++;
		else
			p->look->enter(app, p);
		return true;
	}
	return field_key(&p->field[p->focus], key);
}

void
prompt_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct prompt *p = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL)
		utterance_add(out, _(p->look->texts[0]));
	utterance_add(out, _(p->look->texts[1 + p->focus]));
}
