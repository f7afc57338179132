/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The frame around every screen, drawn by the main loop (app.c): the
 * title bar, the footer with its clickable keys, the status line, the
 * help box, and the idle warning that covers the screen before a
 * visitor's answers are wiped.
 */
#include "ui/app-frame.h"

#include <assert.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "store/catalog.h"
#include "ui/widgets/bigtext.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* Add one clickable key hint to the footer; returns the next column. */
static int
app_frame_hint(struct app *app, int x, const char *keyname, const char *label,
    int code)
{
	char *text;
	int w;

	if (x >= COLS - 2)
		return x;
	text = xasprintf(" %s %s ", keyname, label);
	w = draw_text(LINES - 1, x, COLS - x, text, app_attr(app, UI_ROLE_FOOTER) |
	    A_BOLD);
	if (app->nhits < (int)(sizeof app->hits / sizeof app->hits[0])) {
		app->hits[app->nhits].x0 = x;
		app->hits[app->nhits].x1 = x + w;
		app->hits[app->nhits].code = code;
		app->nhits++;
	}
	free(text);
	return x + w + 1;
}

void
app_frame_footer(struct app *app, enum keymap_mode mode)
{
	size_t n;
	const struct keymap_binding *t = keymap_table(mode, &n);
	bool typing = app_screen_ops(app->stack[app->depth - 1].id)->typing;
	int x = 0;

	app->nhits = 0;
	draw_fill(LINES - 1, 0, COLS, app_attr(app, UI_ROLE_FOOTER));
	for (size_t i = 0; i < n; i++) {
		char *name;

		if (t[i].footer == NULL || (t[i].cmd == KEYMAP_BACK &&
		    app->depth <= 1))
			continue;
		if ((name = keymap_key_name(&t[i], typing)) == NULL)
			continue;
		x = app_frame_hint(app, x, name, _(t[i].footer), t[i].cmd);
		free(name);
	}
}

void
app_frame_title(struct app *app, const struct screen_ops *ops)
{
	const struct catalog_language *lang =
	    app_language_find(app, app->session.lang);
	const char *langname = lang != NULL ? lang->native_name : "";
	int attr = app_attr(app, UI_ROLE_TITLE);
	int w = draw_width(langname);
	char *title;

	draw_fill(0, 0, COLS, attr);
	title = xasprintf(" %s %s %s", _("Guidance Centre"),
	    glyph(GLYPH_SEPARATOR), _(ops->title));
	if (draw_width(title) > COLS - w - 2) {
		/* The screen's own name matters more than the centre's. */
		free(title);
		title = xasprintf(" %s", _(ops->title));
	}
	draw_text(0, 0, COLS - w - 2, title, attr);
	free(title);
	draw_text(0, COLS - w - 1, w, langname, attr);
}

void
app_frame_help(struct app *app, const struct screen_ops *ops,
    enum keymap_mode mode)
{
	/* All of the screen but the title and the footer: a translation may
	 * need more rows than English, and with speech on the help names
	 * the speech keys too. */
	int width = COLS - 10, rows = LINES - 2, y0 = 1, x0 = 5, fit, lines;
	char *text, *keys, *gap;
	int attr = app_attr(app, UI_ROLE_NORMAL);

	for (int y = y0; y < y0 + rows; y++)
		draw_fill(y, x0, width, attr);
	attrset(A_BOLD);
	mvhline(y0, x0, ACS_HLINE, width);
	mvhline(y0 + rows - 1, x0, ACS_HLINE, width);
	mvvline(y0, x0, ACS_VLINE, rows);
	mvvline(y0, x0 + width - 1, ACS_VLINE, rows);
	mvaddch(y0, x0, ACS_ULCORNER);
	mvaddch(y0, x0 + width - 1, ACS_URCORNER);
	mvaddch(y0 + rows - 1, x0, ACS_LLCORNER);
	mvaddch(y0 + rows - 1, x0 + width - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
	draw_text(y0 + 1, x0 + 2, width - 4, _("Help"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	keys = keymap_help(mode, app->speech.on, ops->typing);
	text = xasprintf("%s\n\n%s\n%s", _(ops->help), keys,
	    _("You can also click or tap the keys in the bottom line."));
	free(keys);
	/* With speech on, the keys take four more lines: a long help (in
	 * German or French, at 80x24) then takes the empty row above its
	 * last line, then the one under its first paragraph, rather than
	 * losing the end of its text. */
	lines = draw_wrapped(0, 0, width - 4, 0, 0, text, attr);
	fit = rows - 6;
	if (lines > fit)
		fit++;
	if (lines > fit && (gap = strstr(text, "\n\n")) != NULL)
		memmove(gap, gap + 1, strlen(gap));
	draw_wrapped(y0 + 3, x0 + 2, width - 4, fit, 0, text, attr);
	free(text);
	draw_text(y0 + rows - 2, x0 + 2, width - 4,
	    _("Press any key to close this help."), app_attr(app, UI_ROLE_DIM));
	move(y0 + rows - 2, x0 + 2);
}

void
app_frame_status(const char *msg, int attr, int top, int bottom)
{
	int lines = draw_wrapped(0, 0, COLS - 2, 0, 0, msg, 0);
	int rows = lines < bottom - top ? lines : bottom - top;

	if (rows < 1)
		return;
	for (int y = bottom - rows; y < bottom; y++)
		draw_fill(y, 0, COLS, 0);
	draw_wrapped_cut(bottom - rows, 1, COLS - 2, rows, msg, attr);
}

char *
app_frame_speech_hint(struct app *app, enum keymap_mode mode)
{
	const struct keymap_binding *b = keymap_binding(mode, KEYMAP_SPEECH);
	const struct catalog_language *langs;
	size_t n = app_languages(app, &langs);
	char *name = b != NULL ? keymap_key_name(b, false) : NULL;
	char *saved = xstrdup(i18n_language()), *text;
	bool first = true;

	if (name == NULL) {
		free(saved);
		return xstrdup("");
	}
	text = xasprintf("%s:", name);
	for (size_t i = 0; i < n; i++) {
		char *more;
		const char *label;

		i18n_set_language(langs[i].code);
		/* TRANSLATORS: on the start screen after the speech key, in
		 * every language: "F4: read aloud"; short, lower case */
		label = _("read aloud");
		if (strstr(text, label) != NULL)
			continue;
		more = xasprintf("%s%s%s %s", text, first ? "" : " ",
		    first ? "" : glyph(GLYPH_SEPARATOR), label);
		first = false;
		free(text);
		text = more;
	}
	i18n_set_language(saved);
	free(saved);
	free(name);
	return text;
}

char *
app_frame_idle_text(const struct app *app, long left)
{
	if (left < 0)
		left = 0;
	/* Changes kept past the sign-out would be the next person's to
	 * save: they go, and the counsellor is told in time. */
	if (app->counselor[0] != '\0' && app_unsaved(app))
		return xasprintf(ngettext("Press any key or tap the screen to "
		    "continue. Otherwise you will be signed out in %ld second "
		    "and the changes not saved will be lost.",
		    "Press any key or tap the screen to continue. Otherwise you "
		    "will be signed out in %ld seconds and the changes not saved "
		    "will be lost.", (unsigned long)left), left);
	if (app->counselor[0] != '\0')
		return xasprintf(ngettext("Press any key or tap the screen to "
		    "continue. Otherwise you will be signed out in %ld second.",
		    "Press any key or tap the screen to continue. Otherwise you "
		    "will be signed out in %ld seconds.", (unsigned long)left),
		    left);
	return xasprintf(ngettext("Press any key or tap the screen to continue. "
	    "Otherwise your answers will be deleted in %ld second.",
	    "Press any key or tap the screen to continue. "
	    "Otherwise your answers will be deleted in %ld seconds.",
	    (unsigned long)left), left);
}

/* The rows and columns of the warning with its large figure: the title,
 * the figure (BIGTEXT_ROWS) and four lines of words, with gaps. */
#define IDLE_WARNING_ROWS 13
#define IDLE_WARNING_COLS 40

void
app_frame_idle_warning(struct app *app, long left)
{
	char *count;
	int y = LINES / 2 - 6, attr = app_attr(app, UI_ROLE_EMPHASIS);

	assert(left >= 0);
	erase();
	if (LINES < IDLE_WARNING_ROWS || COLS < IDLE_WARNING_COLS) {
		/* A window too small for the large figure (the warning shows
		 * whatever the size): the words alone, from the top, the
		 * seconds in them. */
		y = draw_wrapped(0, 0, COLS, LINES, 0, _("Are you still there?"),
		    attr | A_BOLD);
		count = app_frame_idle_text(app, left);
		draw_wrapped(y, 0, COLS, LINES - y, 0, count, A_BOLD);
		free(count);
		move(0, 0);
		refresh();
		return;
	}
	draw_centered(y, 0, COLS, _("Are you still there?"), attr | A_BOLD);
	count = xasprintf("%ld", left);
	bigtext_draw(y + 2, COLS / 2 - bigtext_width(count) / 2, count,
	    app_attr(app, UI_ROLE_NORMAL));
	free(count);
	count = app_frame_idle_text(app, left);
	draw_wrapped(y + 9, 6, COLS - 12, 4, 0, count, A_BOLD);
	free(count);
	move(y, COLS / 2);
	refresh();
}
