/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The symbols the screens draw, in a set the terminal's font has:
 * Unicode for terminal emulators; the Linux console, whose default Debian
 * font (Lat15) has Latin-1 and box lines but no check mark, arrows,
 * ellipsis or full block; plain ASCII for vt100 and its kin.  Chosen from
 * TERM, or by `glyphs =` under [display] in the settings.
 */
#ifndef UI_GLYPH_H
#define UI_GLYPH_H

#include "util/settings.h"

enum glyph {
	GLYPH_CHECK,     /* the answer given */
	GLYPH_ELLIPSIS,  /* text cut short */
	GLYPH_LEFT,      /* "previous" */
	GLYPH_RIGHT,     /* "next", "skip" */
	GLYPH_BULLET,    /* list item */
	GLYPH_MASK,      /* one hidden character of a PIN or password */
	GLYPH_SEPARATOR, /* between parts of a title or a line */
	GLYPH_TIMES,     /* 80×24 */
	GLYPH_EMPTY,     /* the empty part of a bar */
	GLYPH_COUNT
};

/**
 * Use the set @choice, or with SETTINGS_GLYPHS_AUTO the one for the
 * terminal type @term (may be NULL).
 */
void glyph_choose(enum settings_glyphs choice, const char *term);

/** The set in use. */
enum settings_glyphs glyph_set(void);

/** Symbol @g of the set in use: a static UTF-8 string. */
const char *glyph(enum glyph g);

/**
 * @text as the set in use can draw it, so that words from the catalog and
 * the translations reach every terminal: under the Linux console's set,
 * characters outside Latin-1 are transliterated ("…" becomes "...", "„" a
 * plain quote); under ASCII everything outside ASCII is ("é" becomes "e";
 * in German and Luxembourgish "ä" becomes "ae").  Invalid UTF-8 and what
 * has no transliteration become "?".
 * @return NULL when @text can be drawn as it is (always under Unicode),
 * else a new string; free with free().
 */
char *glyph_fit(const char *text);

/** "← Previous" in the current language and glyph set; caller frees. */
char *glyph_previous(void);

/** "Skip →" in the current language and glyph set; caller frees. */
char *glyph_skip(void);

/** Fill the cell at (@y, @x) as a block of a large letter or a bar:
 *  a full block, or a reverse-video blank where the font has none. */
void glyph_block(int y, int x, int attr);

#endif
