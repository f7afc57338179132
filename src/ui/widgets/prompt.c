/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ui/widgets/prompt.h"

#include <assert.h>
#include <curses.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
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
	p->look = look;
	p->field.masked = look->masked;
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
	draw_text(y, x, l->label_width, _(l->texts[1]), A_BOLD);
	field_paint(&p->field, y, x + l->label_width, l->field_width);
}

bool
prompt_key(struct app *app, void *state, const struct ui_key *key)
{
	struct prompt *p = state;

	if (key->kind == UI_KEY_CODE && key->code == KEY_ENTER) {
		p->look->enter(app, &p->field);
		return true;
	}
	return field_key(&p->field, key);
}

void
prompt_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct prompt *p = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL)
		doc_say_msgids(out, p->look->texts, 2);
}
