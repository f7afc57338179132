/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The interest questionnaire, one activity a screen.  The answers live in
 * the session (language-neutral: item ids and numbers), so switching the
 * language mid-way only reloads the texts.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/widgets/menu.h"
#include "store/catalog.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The answer scale, coded 0..4. */
static const char *const scale[RIASEC_ANSWER_MAX + 1] = {
	N_("Strongly dislike"),
	N_("Dislike"),
	N_("Not sure"),
	N_("Like"),
	N_("Strongly like"),
};

struct screen_quiz_state {
	struct menu menu;
	char *texts[SESSION_MAX_ITEMS]; /* item texts in the current language */
	int shown;                      /* item the menu focus belongs to */
	bool moved;                     /* the focus moved within the item:
	                                 * speech says the answer, not the
	                                 * item again */
	int nav_y;                      /* row of the Previous/Skip buttons */
	int prev_x0, prev_x1, skip_x0, skip_x1;
};

/* (Re)load the texts of the session's items in the current language. */
static void
screen_quiz_load(struct app *app, struct screen_quiz_state *s)
{
	struct catalog_item *items;
	size_t n = catalog_items_load(app->catalog, app->session.lang, false,
	    &items);

	for (int i = 0; i < app->session.nitems; i++) {
		free(s->texts[i]);
		s->texts[i] = NULL;
		for (size_t j = 0; j < n; j++) {
			if (items[j].id == app->session.item_id[i]) {
				s->texts[i] = xstrdup(items[j].text);
				break;
			}
		}
		if (s->texts[i] == NULL)
			s->texts[i] = xstrdup("");
	}
	catalog_items_free(items, n);
}

/* Focus the given answer of the current item, or "Not sure". */
static void
screen_quiz_focus(struct app *app, struct screen_quiz_state *s)
{
	int a = app->session.answer[app->session.current];

	s->menu.selected = a == RIASEC_ANSWER_NONE ? 2 : a;
	s->shown = app->session.current;
	s->moved = false;
}

static const char *
screen_quiz_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct app *app = ctx;
	bool given = app->session.answer[app->session.current] == index;

	fits_format(buf, bufsz, "%s%s%s", _(scale[index]), given ? "  " : "",
	    given ? glyph(GLYPH_CHECK) : "");
	return buf;
}

/* An answer for speech: its words, and whether it is the one given. */
static const char *
screen_quiz_say_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct app *app = ctx;

	if (app->session.answer[app->session.current] != index)
		return _(scale[index]);
	/* TRANSLATORS: spoken: an answer of a scale that is the one given. */
	fits_format(buf, bufsz, _("%s, your answer"), _(scale[index]));
	return buf;
}

/* The line under the question. */
static const char *
screen_quiz_hint(void)
{
	return _("There are no right or wrong answers. Esc takes you back to "
	    "the menu; your answers are kept.");
}

static void *
screen_quiz_open(struct app *app)
{
	struct screen_quiz_state *s = xcalloc(1, sizeof *s);

	s->menu.count = RIASEC_ANSWER_MAX + 1;
	s->menu.numbered = true;
	screen_quiz_load(app, s);
	screen_quiz_focus(app, s);
	return s;
}

static void
screen_quiz_close(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;

	(void)app;
	for (int i = 0; i < SESSION_MAX_ITEMS; i++)
		free(s->texts[i]);
	free(s);
}

static void
screen_quiz_paint(struct app *app, void *state)
{
	struct screen_quiz_state *s = state;
	struct session *se = &app->session;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	char buf[256];
	char *prev = glyph_previous(), *skip = glyph_skip();

	if (s->shown != se->current)
		screen_quiz_focus(app, s);

	fits_format(buf, sizeof buf, _("Question %d of %d"), se->current + 1,
	    se->nitems);
	draw_text(y, x, 30, buf, app_attr(app, UI_ROLE_EMPHASIS));
	/* The bar beside it is the answered share; speech leaves it out, the
	 * place says enough. */
	draw_progress(y, x + 32, width - 32, session_answered(se), se->nitems,
	    app_attr(app, UI_ROLE_BAR));
	y += 2;
	draw_text(y, x, width, _("How much would you like to do this?"),
	    app_attr(app, UI_ROLE_NORMAL));
	y += 2;
	y += draw_wrapped(y, x + 2, width - 2, 2, 0, s->texts[se->current],
	    app_attr(app, UI_ROLE_EMPHASIS));
	y++;
	menu_paint(&s->menu, app, y, x, s->menu.count, 40, screen_quiz_label, app);
	y += s->menu.count + 1;

	s->nav_y = y;
	s->prev_x0 = x;
	s->prev_x1 = x + draw_text(y, x, width / 2, prev,
	    se->current > 0 ? (int)A_BOLD : app_attr(app, UI_ROLE_DIM));
	s->skip_x0 = s->prev_x1 + 4;
	s->skip_x1 = s->skip_x0 + draw_text(y, s->skip_x0, width / 2, skip, A_BOLD);
	free(prev);
	free(skip);
	y += 2;
	draw_wrapped(y, x, width, app_body_bottom() - y, 0, screen_quiz_hint(),
	    app_attr(app, UI_ROLE_DIM));
	menu_place_cursor(&s->menu);
}

/* Go to item @i, or to the profile after the last one. */
static void
screen_quiz_go(struct app *app, int i)
{
	struct session *se = &app->session;

	if (i < 0)
		return;
	if (i >= se->nitems) {
		if (!se->finished)
			app_count(app, STATE_USAGE_COMPLETED, se->form == SESSION_FORM_SHORT ?
			    "short" : "full");
		se->finished = true;
		se->finished_at = time(NULL);
		app_replace(app, SCREEN_PROFILE);
		return;
	}
	se->current = i;
}

static bool
screen_quiz_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_quiz_state *s = state;
	struct session *se = &app->session;
	int chosen;

	if (key->kind == UI_KEY_CLICK && key->y == s->nav_y) {
		if (key->x >= s->prev_x0 && key->x < s->prev_x1)
			screen_quiz_go(app, se->current - 1);
		else if (key->x >= s->skip_x0 && key->x < s->skip_x1)
			screen_quiz_go(app, se->current + 1);
		return true;
	}
	if (key->kind == UI_KEY_CODE && key->code == KEY_LEFT) {
		screen_quiz_go(app, se->current - 1);
		return true;
	}
	if (key->kind == UI_KEY_CODE && key->code == KEY_RIGHT) {
		screen_quiz_go(app, se->current + 1);
		return true;
	}
	if (!menu_key(&s->menu, key, &chosen))
		return false;
	s->moved = chosen < 0;
	if (chosen >= 0) {
		se->answer[se->current] = chosen;
		screen_quiz_go(app, se->current + 1);
	}
	return true;
}

/* The question, its place and the answers; on a move, the answer under
 * the cursor, or the whole next question once one is answered or skipped
 * (until the focus moves in it: the same state says the same words). */
static void
screen_quiz_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_quiz_state *s = state;
	struct session *se = &app->session;
	bool hint = what == SCREEN_SPEAK_ALL;

	if (s->shown != se->current)
		screen_quiz_focus(app, s);
	if (what == SCREEN_SPEAK_ALL || !s->moved) {
		utterance_addf(out, _("Question %d of %d"), se->current + 1,
		    se->nitems);
		utterance_add(out, _("How much would you like to do this?"));
		utterance_add(out, s->texts[se->current]);
		what = SCREEN_SPEAK_ALL;
	}
	menu_speak(&s->menu, what, screen_quiz_say_label, NULL, app, out);
	if (hint)
		utterance_add(out, screen_quiz_hint());
}

static void
screen_quiz_on_language(struct app *app, void *state)
{
	screen_quiz_load(app, state);
}

const struct screen_ops screen_quiz_ops = {
	.title = N_("Discover my interests"),
	.help = N_("Answer with the number keys 1 to 5, with the arrow keys and "
	    "Enter, or by tapping an answer. Left arrow: previous question. "
	    "Right arrow: skip this question. Your answers are kept if you "
	    "change the language."),
	.open = screen_quiz_open,
	.close = screen_quiz_close,
	.paint = screen_quiz_paint,
	.key = screen_quiz_key,
	.speak = screen_quiz_speak,
	.on_language = screen_quiz_on_language,
};
