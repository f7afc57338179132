/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The language screen: the first screen a visitor sees, and the one F2
 * opens from anywhere.  Each language is labelled in its own language, and
 * the prompt is shown in all of them, since we do not yet know which one
 * the visitor reads; the privacy note is shown in the language under the
 * cursor, so it fits at 80x24 however many languages there are.  The list
 * comes from the catalog: adding a language needs no code here.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/widgets/menu.h"
#include "speech/utterance.h"
#include "store/catalog.h"
#include "text/privacy-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

static const char *const theme_names[UI_THEME_COUNT] = {
	[UI_THEME_STANDARD] = N_("Display: standard colours"),
	[UI_THEME_HIGH_CONTRAST] = N_("Display: high contrast"),
	[UI_THEME_MONOCHROME] = N_("Display: no colours"),
};

struct screen_language_state {
	struct app *app;
	struct menu menu;    /* the languages, then the display row */
	int nlangs;
};

/* The privacy note in the current language; the caller frees it. */
static char *
screen_language_privacy(const struct app *app)
{
	return privacy_words_notice(app->opts.retention_seconds);
}

/* The label of row @index: a language in its own name, or the display. */
static const char *
screen_language_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_language_state *s = ctx;
	const struct catalog_language *langs;

	(void)buf;
	(void)bufsz;
	if (index >= s->nlangs)
		return _(theme_names[s->app->theme]);
	app_languages(s->app, &langs);
	return langs[index].native_name;
}

/* Focus the language in use, so Enter keeps it: the visitor's, or before
 * one has chosen (after a wipe), the one the kiosk was started in
 * (--lang).  Also the on_language op: the first screen, under the one F2
 * opened, follows a change. */
static void
screen_language_focus(struct app *app, void *state)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);
	const char *code = app->session.lang[0] != '\0' ? app->session.lang :
	    app->opts.lang;

	for (size_t i = 0; code != NULL && i < n && (int)i < s->nlangs; i++)
		if (strcmp(langs[i].code, code) == 0)
			s->menu.selected = (int)i;
}

static void
screen_language_open(struct app *app, void *state)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);

	s->app = app;
	s->nlangs = (int)n;
	s->menu.count = (int)n + (app->color ? 1 : 0);
	s->menu.numbered = true;
	screen_language_focus(app, s);
}

/*
 * The privacy note as the screen shows it: before anyone has chosen, in
 * the language under the cursor (which moves with it), else in the
 * current one.  *@lang gets its language.  The caller frees the note.
 */
static char *
screen_language_note(struct app *app, struct screen_language_state *s,
    const char **lang)
{
	const struct catalog_language *langs;
	char *note, *saved;

	app_languages(app, &langs);
	*lang = NULL;
	if (app->depth != 1 || s->menu.selected >= s->nlangs)
		return screen_language_privacy(app);
	saved = xstrdup(i18n_language());
	i18n_set_language(langs[s->menu.selected].code);
	note = screen_language_privacy(app);
	i18n_set_language(saved);
	free(saved);
	*lang = langs[s->menu.selected].code;
	return note;
}

/* Every language's prompt, each in its own language, on one line with a
 * separator between them: drawn on as few lines as fit.  Freed by the
 * caller. */
static char *
screen_language_prompts(const struct catalog_language *langs, size_t n)
{
	char *prompts = xstrdup("");

	for (size_t i = 0; i < n; i++) {
		char *next = i == 0 ? xstrdup(langs[i].prompt) :
		    xasprintf("%s %s %s", prompts, glyph(GLYPH_SEPARATOR),
		    langs[i].prompt);

		free(prompts);
		prompts = next;
	}
	return prompts;
}

static void
screen_language_paint(struct app *app, void *state)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	const char *note_lang;
	char *note, *prompts;

	prompts = screen_language_prompts(langs, n);
	y += draw_wrapped(y, x, width, 4, 0, prompts,
	    app_attr(app, UI_ROLE_EMPHASIS));
	free(prompts);
	y++;
	menu_paint(&s->menu, app, y, x, s->menu.count, 40, screen_language_label,
	    s);
	y += s->menu.count + 1;
	note = screen_language_note(app, s, &note_lang);
	draw_wrapped(y, x, width, app_body_bottom() - y, 0, note,
	    app_attr(app, UI_ROLE_DIM));
	free(note);
	menu_place_cursor(&s->menu);
}

/* A language row is spoken in its own language. */
static const char *
screen_language_lang(void *ctx, int index)
{
	struct screen_language_state *s = ctx;
	const struct catalog_language *langs;

	if (index >= s->nlangs)
		return NULL;
	app_languages(s->app, &langs);
	return langs[index].code;
}

/* Each prompt in its own language, the languages, the privacy note in the
 * language it is shown in; on a move, the language under the cursor and,
 * before anyone has chosen, its note. */
static void
screen_language_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_language_state *s = state;
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);
	const char *note_lang;
	char *note;

	if (what == SCREEN_SPEAK_ALL)
		for (size_t i = 0; i < n; i++)
			utterance_add_lang(out, langs[i].code, langs[i].prompt);
	menu_speak(&s->menu, what, screen_language_label, screen_language_lang,
	    s, out);
	note = screen_language_note(app, s, &note_lang);
	if (what == SCREEN_SPEAK_ALL || note_lang != NULL)
		utterance_add_lang(out, note_lang, note);
	free(note);
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
	if (chosen >= s->nlangs) {
		app->theme = (enum ui_theme)((app->theme + 1) % UI_THEME_COUNT);
		return true;
	}
	app_languages(app, &langs);
	if (app->session.lang[0] == '\0')
		app_count(app, STATE_USAGE_SESSION, NULL);
	app_set_language(app, langs[chosen].code);
	app_count(app, STATE_USAGE_LANGUAGE, langs[chosen].code);
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
	    "the number keys, or by tapping it. The last line changes the "
	    "display: standard colours, high contrast, or no colours."),
	.state_size = sizeof(struct screen_language_state),
	.open = screen_language_open,
	.on_language = screen_language_focus,
	.paint = screen_language_paint,
	.key = screen_language_key,
	.speak = screen_language_speak,
};
