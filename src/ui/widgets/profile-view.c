/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Profiles in words and pictures (see profile-view.h).  The bars are
 * characters and the code letters are reversed on the hexagon, so the
 * picture reads the same without colour.
 */
#include "ui/widgets/profile-view.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "text/profile-words.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define NAME_COLS 24
#define BAR_COLS 14
#define HEX_ROWS 9
#define HEX_COLS 25
/* Columns from the names to the hexagon: the bar and its share, or the
 * words "not enough answers" (23 columns in Portuguese) and a space. */
#define HEX_GAP (NAME_COLS + BAR_COLS + 10)

/* Vertex positions of the hexagon R, I, A, S, E, C in a 9x25 box. */
static const int hex_vertex[RIASEC_COUNT][2] = {
	{ 0, 6 }, { 0, 18 }, { 4, 24 }, { 8, 18 }, { 8, 6 }, { 4, 0 },
};

/* Edges: row, column and character of each drawn segment point. */
static const struct { int r, c; const char *ch; } hex_edges[] = {
	{ 0, 8, "-" }, { 0, 10, "-" }, { 0, 12, "-" }, { 0, 14, "-" }, { 0, 16, "-" },
	{ 8, 8, "-" }, { 8, 10, "-" }, { 8, 12, "-" }, { 8, 14, "-" }, { 8, 16, "-" },
	{ 1, 5, "/" }, { 2, 3, "/" }, { 3, 2, "/" },
	{ 5, 2, "\\" }, { 6, 3, "\\" }, { 7, 5, "\\" },
	{ 1, 19, "\\" }, { 2, 21, "\\" }, { 3, 22, "\\" },
	{ 5, 22, "/" }, { 6, 21, "/" }, { 7, 19, "/" },
};

/* Draw the hexagon with the profile's points, document lines @l0.. */
static void
paint_hexagon(struct app *app, const struct doc *d, int l0, int x,
    const struct riasec_profile *p)
{
	char letter[2] = { 0 };

	for (size_t i = 0; i < sizeof hex_edges / sizeof hex_edges[0]; i++) {
		int row = doc_row(d, l0 + hex_edges[i].r);

		if (row >= 0)
			draw_text(row, x + hex_edges[i].c, 1, hex_edges[i].ch,
			    app_attr(app, UI_ROLE_DIM));
	}
	/* The profile: one point per type, from the centre towards its
	 * corner in proportion to its share. */
	for (int t = 0; t < RIASEC_COUNT; t++) {
		double s = p->enough[t] ? p->share[t] : 0;
		int r = 4 + (int)((hex_vertex[t][0] - 4) * s * 0.75 + (hex_vertex[t][0] >= 4 ? 0.5 : -0.5));
		int c = 12 + (int)((hex_vertex[t][1] - 12) * s * 0.75 + (hex_vertex[t][1] >= 12 ? 0.5 : -0.5));
		int row = doc_row(d, l0 + r);

		if (p->enough[t] && row >= 0)
			draw_text(row, x + c, 1, "*", app_attr(app, UI_ROLE_BAR) | A_BOLD);
	}
	for (int t = 0; t < RIASEC_COUNT; t++) {
		int row = doc_row(d, l0 + hex_vertex[t][0]);
		bool in_code = false;

		for (int i = 0; i < p->code_len; i++)
			in_code |= p->rank[i] == (enum riasec_type)t;
		letter[0] = riasec_letter((enum riasec_type)t);
		if (row >= 0)
			draw_text(row, x + hex_vertex[t][1], 1, letter,
			    in_code ? (int)(A_REVERSE | A_BOLD) : (int)A_BOLD);
	}
}

/* One bar line: name, bar of characters, share; "not enough answers"
 * in its place ends a column before the hexagon. */
static void
paint_bar(struct app *app, int row, int x, const char *name,
    const struct riasec_profile *p, enum riasec_type t)
{
	char pct[FITS_DECIMAL(int) + sizeof " %"];

	draw_text(row, x, NAME_COLS - 1, name, A_NORMAL);
	if (!p->enough[t]) {
		draw_text(row, x + NAME_COLS, HEX_GAP - NAME_COLS - 1,
		    _("not enough answers"), app_attr(app, UI_ROLE_DIM));
		return;
	}
	draw_bar(row, x + NAME_COLS, BAR_COLS, p->share[t],
	    app_attr(app, UI_ROLE_BAR));
	/* fits: sized for any int and " %" */
	snprintf(pct, sizeof pct, "%3d %%", (int)(p->share[t] * 100 + 0.5));
	draw_text(row, x + NAME_COLS + BAR_COLS + 1, 6, pct, A_NORMAL);
}

void
profile_view_doc(struct app *app, struct doc *d, int x, int width,
    const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader)
{
	int hex_x = x + HEX_GAP;
	char *line;
	const char *words;
	int row;

	if (d->say != NULL) {
		/* Spoken: the line mode's sentences, bars as percentages. */
		size_t n;
		char **lines = profile_words_sentences(p, names, reader, true,
		    &n);

		for (size_t i = 0; i < n; i++)
			utterance_add(d->say, lines[i]);
		xfree_strings(lines, n);
		return;
	}

	line = profile_words_code_line(p, names, reader);
	doc_text(d, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
	free(line);
	d->line++;

	/* Bars beside the hexagon. */
	for (int t = 0; t < RIASEC_COUNT; t++)
		if ((row = doc_row(d, d->line + 1 + t)) >= 0)
			paint_bar(app, row, x, names[t].name, p, (enum riasec_type)t);
	if (hex_x + HEX_COLS <= x + width + 4)
		paint_hexagon(app, d, d->line, hex_x, p);
	d->line += HEX_ROWS + 1;

	if ((line = profile_words_ties(p, names)) != NULL) {
		doc_text(d, x, width, line, A_BOLD);
		free(line);
	}
	if ((words = profile_words_short_code(p)) != NULL)
		doc_text(d, x, width, words, A_NORMAL);
	if ((words = profile_words_clarity(p, reader)) != NULL)
		doc_text(d, x, width, words, A_NORMAL);
	if ((words = profile_words_consistency(p, reader)) != NULL)
		doc_text(d, x, width, words, A_NORMAL);
	d->line++;

	for (int i = 0; i < p->code_len; i++) {
		enum riasec_type t = p->rank[i];

		line = xasprintf("%d. %s", i + 1, names[t].name);
		doc_text(d, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
		free(line);
		/* The catalogue words what a type enjoys to the walk-in. */
		if (reader == PROFILE_READER_WALKIN)
			doc_text(d, x + 3, width - 3, names[t].enjoys, A_NORMAL);
		line = xasprintf(_("For example: %s"), names[t].fields);
		doc_text(d, x + 3, width - 3, line, app_attr(app, UI_ROLE_DIM));
		free(line);
	}
	d->line++;
	doc_text(d, x, width, profile_words_reminder(reader),
	    app_attr(app, UI_ROLE_DIM));
}
