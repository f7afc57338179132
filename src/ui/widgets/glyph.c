/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Glyph sets (see glyph.h).  One table per set; the Linux console's uses
 * only Latin-1, which Lat15 and every other console font of Debian has.
 */
#include "ui/widgets/glyph.h"

#include <curses.h>
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
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

/* Whether @text has a character above what the set in use can draw: above
 * U+007F for ASCII, above U+00FF (a UTF-8 lead byte from 0xC4 on) for
 * Latin-1. */
static bool
glyph_needs_fit(const char *text)
{
	unsigned char limit = glyph_current == SETTINGS_GLYPHS_ASCII ? 0x80 : 0xc4;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		if (*p >= limit)
			return true;
	return false;
}

/* German and Luxembourgish readers write a missing umlaut as "e". */
static char *
glyph_umlauts(const char *text)
{
	static const char *const pairs[][2] = {
		{ "ä", "ae" }, { "ö", "oe" }, { "ü", "ue" },
		{ "Ä", "Ae" }, { "Ö", "Oe" }, { "Ü", "Ue" },
	};
	char *out = xmalloc(strlen(text) + 1), *q = out;

	for (const char *p = text; *p;) {
		size_t i;

		for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
			if (strncmp(p, pairs[i][0], 2) == 0)
				break;
		if (i < sizeof pairs / sizeof pairs[0]) {
			memcpy(q, pairs[i][1], 2);
			q += 2;
			p += 2;
		} else {
			*q++ = *p++;
		}
	}
	*q = '\0';
	return out;
}

/* Convert @text with @cd, "?" for each byte it cannot take: a new string
 * in the target's encoding.  A no-break space stays one (as its UTF-8
 * in the target: @nbsp_out), so that lines still do not break before a
 * French ":" or ";"; draw.c puts a plain space in its cell. */
static char *
glyph_iconv(iconv_t cd, const char *text, const char *nbsp_out)
{
	size_t len = strlen(text), room = 4 * len + 8;
	char *out = xmalloc(room), *q = out;
	const char *p = text;

	while (*p != '\0') {
		const char *nbsp = strstr(p, "\xc2\xa0");
		size_t left = nbsp != NULL ? (size_t)(nbsp - p) : strlen(p);
		char *in = (char *)p;

		iconv(cd, NULL, NULL, NULL, NULL);
		while (left > 0 &&
		    iconv(cd, &in, &left, &q, &room) == (size_t)-1 &&
		    errno != E2BIG) {
			*q++ = '?';  /* invalid or untranslatable: one byte */
			room--;
			in++;
			left--;
		}
		p = in;
		if (nbsp != NULL && p == nbsp) {
			size_t k = strlen(nbsp_out);

			memcpy(q, nbsp_out, k);
			q += k;
			room -= k;
			p += 2;
		}
	}
	*q = '\0';
	return out;
}

/* Latin-1 bytes to UTF-8: a new string. */
static char *
glyph_latin1_to_utf8(const char *text)
{
	char *out = xmalloc(2 * strlen(text) + 1), *q = out;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p < 0x80) {
			*q++ = (char)*p;
		} else {
			*q++ = (char)(0xc0 | (*p >> 6));
			*q++ = (char)(0x80 | (*p & 0x3f));
		}
	}
	*q = '\0';
	return out;
}

char *
glyph_fit(const char *text)
{
	static iconv_t to_ascii = (iconv_t)-1, to_latin1 = (iconv_t)-1;
	bool ascii = glyph_current == SETTINGS_GLYPHS_ASCII;
	iconv_t *cd = ascii ? &to_ascii : &to_latin1;
	char *mapped = NULL, *out;

	if (glyph_current == SETTINGS_GLYPHS_UNICODE || !glyph_needs_fit(text))
		return NULL;
	if (*cd == (iconv_t)-1)
		*cd = iconv_open(ascii ? "ASCII//TRANSLIT" : "ISO-8859-1//TRANSLIT",
		    "UTF-8");
	if (*cd == (iconv_t)-1)
		return NULL;  /* no converter: drawn as it is */
	if (ascii && (strcmp(i18n_language(), "de") == 0 ||
	    strcmp(i18n_language(), "lb") == 0))
		text = mapped = glyph_umlauts(text);
	/* ASCII has no no-break space: it stays in UTF-8 (draw.c draws a
	 * space); Latin-1 has one. */
	out = glyph_iconv(*cd, text, ascii ? "\xc2\xa0" : "\xa0");
	free(mapped);
	if (!ascii) {
		char *utf8 = glyph_latin1_to_utf8(out);

		free(out);
		out = utf8;
	}
	return out;
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
