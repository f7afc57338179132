/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One-line text fields (see field.h).
 */
#include "ui/widgets/field.h"

#include <curses.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/screen.h"
#include "util/fits.h"
#include "util/xmalloc.h"

#define CTRL_U 21

/* The character the last field_key() added, for the speech echo; "" when
 * none (one program, one keyboard: one slot). */
static char field_echo[FIELD_ECHO_MAX];

bool
field_key(struct field *f, const struct ui_key *key)
{
	size_t n = strlen(f->text);

	if (key->kind == UI_KEY_CHAR || key->kind == UI_KEY_PASTE) {
		char mb[MB_LEN_MAX + 1];
		mbstate_t st = { 0 };
		size_t len = wcrtomb(mb, (wchar_t)key->ch, &st);

		if (len != (size_t)-1 && n + len <= FIELD_MAX) {
			memcpy(f->text + n, mb, len);
			f->text[n + len] = '\0';
			if (!f->masked && len < FIELD_ECHO_MAX) {
				memcpy(field_echo, mb, len);
				field_echo[len] = '\0';
			}
		}
		return true;
	}
	if (key->kind != UI_KEY_CODE)
		return false;
	if (key->code == KEY_BACKSPACE) {
		while (n > 0 && ((unsigned char)f->text[n - 1] & 0xc0) == 0x80)
			n--;
		f->text[n > 0 ? n - 1 : 0] = '\0';
		return true;
	}
	if (key->code == CTRL_U) {
		field_clear(f);
		return true;
	}
	return false;
}

bool
field_typed(char out[FIELD_ECHO_MAX])
{
	bool got = field_echo[0] != '\0';

	memcpy(out, field_echo, FIELD_ECHO_MAX);
	xwipe(field_echo, sizeof field_echo);
	return got;
}

void
field_paint(const struct field *f, int y, int x, int width)
{
	static char shown[FIELD_MAX * 3 + 1];
	const char *text = f->text;
	int cols, lead = 0;

	draw_fill(y, x, width, (int)A_UNDERLINE);
	if (f->masked) {
		shown[0] = '\0';
		for (const char *p = f->text; *p != '\0'; p++)
			if (((unsigned char)*p & 0xc0) != 0x80)
				strcat(shown, glyph(GLYPH_MASK));
		text = shown;
	}
	/* Show the end of a text longer than the field: that is where one
	 * types.  An ellipsis at the left edge says that its start is
	 * hidden, so nobody takes the end for the whole. */
	if (draw_width(text) > width - 1 &&
	    draw_width(glyph(GLYPH_ELLIPSIS)) < width - 1)
		lead = draw_text(y, x, width - 1, glyph(GLYPH_ELLIPSIS),
		    (int)A_UNDERLINE);
	while (*text != '\0' && draw_width(text) > width - 1 - lead) {
		text++;
		while (((unsigned char)*text & 0xc0) == 0x80)
			text++;
	}
	cols = draw_text(y, x + lead, width - 1 - lead, text, (int)A_UNDERLINE);
	move(y, x + lead + cols);
}

void
field_clear(struct field *f)
{
	xwipe(f->text, sizeof f->text);
}

bool
field_set(struct field *f, const char *text)
{
	field_clear(f);
	return fits_copy(f->text, sizeof f->text, text);
}
