/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Glyph sets (see glyph.h).  One table per set; the Linux console's uses
 * only Latin-1, which Lat15 and every other console font of Debian has.
 */
#include "ui/widgets/glyph.h"

#include <curses.h>
#include <string.h>

#include "util/i18n.h"
#include "util/xmalloc.h"

static const char *const glyph_unicode[GLYPH_COUNT] = {
	[GLYPH_CHECK] = "✓", [GLYPH_ELLIPSIS] = "…", [GLYPH_LEFT] = "←",
	[GLYPH_RIGHT] = "→", [GLYPH_BULLET] = "•", [GLYPH_MASK] = "•",
	[GLYPH_SEPARATOR] = "·", [GLYPH_TIMES] = "×", [GLYPH_EMPTY] = "·",
};

static const char *const glyph_linux[GLYPH_COUNT] = {
	[GLYPH_CHECK] = "*", [GLYPH_ELLIPSIS] = "...", [GLYPH_LEFT] = "«",
	[GLYPH_RIGHT] = "»", [GLYPH_BULLET] = "·", [GLYPH_MASK] = "*",
	[GLYPH_SEPARATOR] = "·", [GLYPH_TIMES] = "×", [GLYPH_EMPTY] = "·",
};

static const char *const glyph_ascii[GLYPH_COUNT] = {
	[GLYPH_CHECK] = "*", [GLYPH_ELLIPSIS] = "...", [GLYPH_LEFT] = "<",
	[GLYPH_RIGHT] = ">", [GLYPH_BULLET] = "-", [GLYPH_MASK] = "*",
	[GLYPH_SEPARATOR] = "-", [GLYPH_TIMES] = "x", [GLYPH_EMPTY] = ".",
};

static enum settings_glyphs glyph_current = SETTINGS_GLYPHS_UNICODE;

void
glyph_choose(enum settings_glyphs choice, const char *term)
{
	if (choice != SETTINGS_GLYPHS_AUTO)
		glyph_current = choice;
	else if (term != NULL && strncmp(term, "linux", 5) == 0)
		glyph_current = SETTINGS_GLYPHS_LINUX;
	else if (term != NULL && (strncmp(term, "vt", 2) == 0 ||
	    strcmp(term, "ansi") == 0))
		glyph_current = SETTINGS_GLYPHS_ASCII;
	else
		glyph_current = SETTINGS_GLYPHS_UNICODE;
}

enum settings_glyphs
glyph_set(void)
{
	return glyph_current;
}

const char *
glyph(enum glyph g)
{
	switch (glyph_current) {
	case SETTINGS_GLYPHS_LINUX:
		return glyph_linux[g];
	case SETTINGS_GLYPHS_ASCII:
		return glyph_ascii[g];
	default:
		return glyph_unicode[g];
	}
}

char *
glyph_previous(void)
{
	/* TRANSLATORS: goes back to the previous question */
	return xasprintf("%s %s", glyph(GLYPH_LEFT), _("Previous"));
}

char *
glyph_skip(void)
{
	/* TRANSLATORS: leaves the question unanswered and goes on */
	return xasprintf("%s %s", _("Skip"), glyph(GLYPH_RIGHT));
}

void
glyph_block(int y, int x, int attr)
{
	attrset(attr);
	if (glyph_current == SETTINGS_GLYPHS_UNICODE) {
		mvaddstr(y, x, "█");
	} else {
		attron(A_REVERSE);
		mvaddch(y, x, ' ');
	}
	attrset(A_NORMAL);
}
