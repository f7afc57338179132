/*
 * The language screen: the first screen a visitor sees, and the one F2
 * opens from anywhere.  Each language is labelled in its own language, and
 * the prompt is shown in all of them, since we do not yet know which one
 * the visitor reads.  The list comes from the catalog: adding a language
 * needs no code here.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "menu.h"
#include "store/catalog.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

static const char privacy_note[] =
    N_("Nothing you enter is kept after you leave, unless you ask for a "
       "code for a counselor.");

struct screen_language_state {
	struct menu menu;
};

/* The label of language @index: its own name. */
static const char *
screen_language_label(void *ctx, int index, char *buf, size_t bufsz)
{
	const struct catalog_language *langs;

	(void)buf;
	(void)bufsz;
	catalog_languages(((struct app *)ctx)->catalog, &langs);
	return langs[index].native_name;
}

static void *
screen_language_open(struct app *app)
{
	struct screen_language_state *s = xcalloc(1, sizeof *s);
	const struct catalog_language *langs;
	size_t n = catalog_languages(app->catalog, &langs);

	s->menu.count = (int)n;
	s->menu.numbered = true;
	/* Focus the language in use, so Enter keeps it. */
	for (size_t i = 0; i < n; i++)
		if (app->session.lang[0] != '\0' &&
		    strcmp(langs[i].code, app->session.lang) == 0)
			s->menu.selected = (int)i;
	return s;
}

static void
screen_language_close(struct app *app, void *state)
{
	(void)app;
	free(state);
}

static void
screen_language_paint(struct app *app, void *state)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	size_t n = catalog_languages(app->catalog, &langs);
	int y = APP_BODY_TOP + 1, x = 4, width = COLS - 8;

	for (size_t i = 0; i < n; i++)
		draw_text(y++, x, width, langs[i].prompt,
		    app_attr(app, UI_ROLE_EMPHASIS));
	y++;
	menu_paint(&s->menu, app, y, x, (int)n, 40, screen_language_label, app);
	y += (int)n + 1;
	if (app->depth == 1) {
		/* Nobody has chosen yet: say it in every language. */
		char *saved = xstrdup(i18n_language());

		for (size_t i = 0; i < n && y < app_body_bottom(); i++) {
			i18n_set_language(langs[i].code);
			y += draw_wrapped(y, x, width, app_body_bottom() - y, 0,
			    _(privacy_note), app_attr(app, UI_ROLE_DIM));
		}
		i18n_set_language(saved);
		free(saved);
	} else {
		draw_wrapped(y, x, width, app_body_bottom() - y, 0,
		    _(privacy_note), app_attr(app, UI_ROLE_DIM));
	}
	menu_place_cursor(&s->menu);
}

static bool
screen_language_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	catalog_languages(app->catalog, &langs);
	app_set_language(app, langs[chosen].code);
	/* From the start the menu follows; from F2 the previous screen
	 * comes back, redrawn in the new language with its state. */
	if (app->depth == 1)
		app_push(app, SCREEN_MENU);
	else
		app_pop(app);
	return true;
}

const struct screen_ops screen_language_ops = {
	.title = N_("Language"),
	.help = N_("Choose your language with the arrow keys and Enter, with "
	    "the number keys, or by tapping it."),
	.open = screen_language_open,
	.close = screen_language_close,
	.paint = screen_language_paint,
	.key = screen_language_key,
};
