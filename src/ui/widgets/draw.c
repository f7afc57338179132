/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Width-aware drawing.  Text is converted to wide characters (the locale is
 * C.UTF-8, see util/i18n.c) so that curses counts columns, not bytes, and
 * to what the terminal's glyph set can draw (glyph.h).
 */
#include "ui/widgets/draw.h"

#include <curses.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "ui/widgets/glyph.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* Convert UTF-8 to a new wide string of what the glyph set can draw
 * (glyph_fit); invalid bytes become U+FFFD, control characters other than
 * the newline (utf8_is_control) a space. */
static wchar_t *
to_wide(const char *text, size_t *len)
{
	char *fit = glyph_fit(text);
	const char *p = fit != NULL ? fit : text;
	size_t n = strlen(p), i = 0;
	wchar_t *w = xcalloc(n + 1, sizeof *w);
	mbstate_t st = { 0 };

	while (n > 0) {
		size_t r = mbrtowc(&w[i], p, n, &st);

		if (r == (size_t)-1 || r == (size_t)-2) {
			w[i] = 0xfffd;
			r = 1;
			memset(&st, 0, sizeof st);
		} else if (r == 0) {
			break;
		}
		if (w[i] != '\n' && utf8_is_control((uint32_t)w[i]))
			w[i] = ' ';
		i++;
		p += r;
		n -= r;
	}
	w[i] = 0;
	*len = i;
	free(fit);
	return w;
}

/* Width of one wide character; unprintable ones count as one. */
static int
char_width(wchar_t c)
{
	int w = wcwidth(c);

	return w < 0 ? 1 : w;
}

int
draw_width(const char *text)
{
	size_t n;
	wchar_t *w = to_wide(text, &n);
	int cols = 0;

	for (size_t i = 0; i < n; i++)
		cols += char_width(w[i]);
	free(w);
	return cols;
}

/* Draw @n wide chars from @w in @width columns; text that does not fit
 * ends in "…", so nobody takes a cut word for the whole. */
static int
put_wide(int y, int x, int width, wchar_t *w, size_t n, int attr)
{
	const char *ellipsis = glyph(GLYPH_ELLIPSIS);
	int cols = 0, ell = draw_width(ellipsis);
	size_t count = 0;
	bool cut;

	while (count < n && cols + char_width(w[count]) <= width)
		cols += char_width(w[count++]);
	cut = count < n;
	if (cut)
		while (count > 0 && cols + ell > width)
			cols -= char_width(w[--count]);
	attrset(attr);
	if (glyph_set() == SETTINGS_GLYPHS_ASCII) {
		/* the no-break spaces glyph_fit kept, as plain spaces */
		for (size_t i = 0; i < count; i++)
			if (w[i] == 0xa0)
				w[i] = ' ';
	}
	mvaddnwstr(y, x, w, (int)count);
	if (cut && cols + ell <= width) {
		mvaddstr(y, x + cols, ellipsis);
		cols += ell;
	}
	attrset(A_NORMAL);
	return cols;
}

int
draw_text(int y, int x, int width, const char *text, int attr)
{
	size_t n;
	wchar_t *w;
	int cols;

	if (width <= 0)
		return 0;
	w = to_wide(text, &n);
	cols = put_wide(y, x, width, w, n, attr);
	free(w);
	return cols;
}

void
draw_centered(int y, int x, int width, const char *text, int attr)
{
	int w = draw_width(text);

	draw_text(y, x + (w < width ? (width - w) / 2 : 0), width, text, attr);
}

/* Whether the space at @i of the @n wide chars of @w may end a row: not
 * before a mark that French sets off with a space (";", ":", "!", "?",
 * "»"), nor after "«", which would start or end a row alone. */
static bool
may_break(const wchar_t *w, size_t n, size_t i)
{
	if (i + 1 < n && wcschr(L";:!?\u00bb", w[i + 1]) != NULL)
		return false;
	return i == 0 || w[i - 1] != 0xab;
}

/* draw_hanging(); with @mark_cut, a text that needs more than @rows
 * rows from @skip on has its last row drawn with all the rest of it,
 * cut with an ellipsis by put_wide. */
static int
draw_lines(int y, int x, int width, int rows, int skip, int hang,
    const char *text, int attr, bool mark_cut)
{
	size_t n, i = 0, last = 0;
	wchar_t *w = to_wide(text, &n);
	int line = 0;

	if (hang < 0 || hang >= width)
		hang = 0;
	while (i < n) {
		size_t start = i, brk = 0;
		int cols = 0, in = line > 0 ? hang : 0;
		bool found = false;

		/* Take characters while they fit; remember the last space. */
		while (i < n && w[i] != '\n') {
			int cw = char_width(w[i]);

			if (cols + cw > width - in)
				break;
			if (w[i] == ' ' && may_break(w, n, i)) {
				brk = i;
				found = true;
			}
			cols += cw;
			i++;
		}
		if (i < n && w[i] != '\n' && found && brk > start)
			i = brk;
		if (line - skip == rows - 1)
			last = start;
		if (line >= skip && line - skip < rows)
			put_wide(y + line - skip, x + in, width - in, w + start,
			    i - start, attr);
		line++;
		/* Skip the break character(s). */
		if (i < n && (w[i] == ' ' || w[i] == '\n')) {
			bool newline = w[i] == '\n';

			i++;
			while (!newline && i < n && w[i] == ' ')
				i++;
		} else if (i == start) {
			i++; /* a character wider than the line: drop it */
		}
	}
	if (mark_cut && rows > 0 && line - skip > rows) {
		int in = skip + rows - 1 > 0 ? hang : 0;

		/* The rest on one row: newlines are spaces there. */
		for (size_t k = last; k < n; k++)
			if (w[k] == '\n')
				w[k] = ' ';
		put_wide(y + rows - 1, x + in, width - in, w + last, n - last,
		    attr);
	}
	free(w);
	return line;
}

int
draw_wrapped(int y, int x, int width, int rows, int skip, const char *text,
    int attr)
{
	return draw_hanging(y, x, width, rows, skip, 0, text, attr);
}

int
draw_hanging(int y, int x, int width, int rows, int skip, int hang,
    const char *text, int attr)
{
	return draw_lines(y, x, width, rows, skip, hang, text, attr, false);
}

int
draw_wrapped_cut(int y, int x, int width, int rows, const char *text,
    int attr)
{
	return draw_lines(y, x, width, rows, 0, 0, text, attr, true);
}

void
draw_fill(int y, int x, int width, int attr)
{
	mvhline(y, x, (chtype)' ' | (chtype)attr, width);
}

void
draw_progress(int y, int x, int width, int done, int total, int attr)
{
	int filled = total > 0 ? done * (width - 2) / total : 0;

	mvaddch(y, x, '[');
	for (int i = 0; i < width - 2; i++)
		mvaddch(y, x + 1 + i, i < filled ? (chtype)'#' | (chtype)attr :
		    (chtype)'.');
	mvaddch(y, x + width - 1, ']');
}

void
draw_bar(int y, int x, int width, double fraction, int attr)
{
	int filled = (int)(fraction * width + 0.5);

	for (int i = 0; i < width; i++) {
		if (i < filled)
			glyph_block(y, x + i, attr);
		else
			draw_text(y, x + i, 1, glyph(GLYPH_EMPTY), A_NORMAL);
	}
}
