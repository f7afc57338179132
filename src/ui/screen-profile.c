/*
 * The interest profile: six bars, a hexagon marking the profile's shape,
 * the Holland code with any ties said out loud, how clear and how
 * consistent the profile is, and what the top three types enjoy.  It is a
 * document that scrolls; everything is re-rendered from the language-
 * neutral session on each paint, so a language switch redraws it in place.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "doc.h"
#include "draw.h"
#include "menu.h"
#include "scroll.h"
#include "store/catalog.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define NAME_COLS 24
#define BAR_COLS 14
#define HEX_ROWS 9
#define HEX_COLS 25

#define LINK_ROWS 4

/* Where to go from the profile. */
static const struct {
	const char *label;   /* N_() text */
	enum screen_id target;
	const char *param;
} links[LINK_ROWS] = {
	{ N_("Occupations that fit me"), SCREEN_MATCHES, NULL },
	{ N_("Assess my skills"), SCREEN_SKILLS, NULL },
	{ N_("Where to ask next"), SCREEN_SERVICE_LIST, "recommend:" },
	{ N_("Keep my results for a counselor"), SCREEN_HANDOFF, NULL },
};

struct screen_profile_state {
	int scroll;        /* first document line shown */
	int lines;         /* document length at the last paint */
	struct menu links; /* next steps, under the document */
};

static const char *
screen_profile_link(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return _(links[index].label);
}

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

/* One bar line: name, bar of characters, share. */
static void
paint_bar(struct app *app, int row, int x, const char *name,
    const struct riasec_profile *p, enum riasec_type t)
{
	char pct[64];

	draw_text(row, x, NAME_COLS - 1, name, A_NORMAL);
	if (!p->enough[t]) {
		draw_text(row, x + NAME_COLS, 30, _("not enough answers"),
		    app_attr(app, UI_ROLE_DIM));
		return;
	}
	draw_bar(row, x + NAME_COLS, BAR_COLS, p->share[t],
	    app_attr(app, UI_ROLE_BAR));
	snprintf(pct, sizeof pct, "%3d %%", (int)(p->share[t] * 100 + 0.5));
	draw_text(row, x + NAME_COLS + BAR_COLS + 1, 6, pct, A_NORMAL);
}

/* Say which types tie where it decides the code; appends to @d. */
static void
paint_ties(struct doc *d, int x, int width, const struct riasec_profile *p,
    const struct catalog_type_text *names)
{
	int i = 0;

	while (i < p->nrank - 1 && i < p->code_len) {
		int j = i;
		char *list, *msg;

		while (j < p->nrank - 1 && p->tied_next[j])
			j++;
		if (j == i) {
			i++;
			continue;
		}
		/* rank[i..j] share a score */
		if (j == i + 1) {
			msg = xasprintf(_("%s and %s are tied."),
			    names[p->rank[i]].name, names[p->rank[j]].name);
		} else {
			list = xstrdup(names[p->rank[i]].name);
			for (int k = i + 1; k <= j; k++) {
				char *next = xasprintf("%s, %s", list,
				    names[p->rank[k]].name);

				free(list);
				list = next;
			}
			msg = xasprintf(_("These types are tied: %s."), list);
			free(list);
		}
		doc_text(d, x, width, msg, A_BOLD);
		free(msg);
		i = j + 1;
	}
}

static void *
screen_profile_open(struct app *app)
{
	struct screen_profile_state *s = xcalloc(1, sizeof *s);

	(void)app;
	s->links.count = LINK_ROWS;
	s->links.numbered = true;
	return s;
}

static void
screen_profile_close(struct app *app, void *state)
{
	(void)app;
	free(state);
}

static void
screen_profile_paint(struct app *app, void *state)
{
	struct screen_profile_state *s = state;
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile p;
	struct doc d = { .top = APP_BODY_TOP,
	    .rows = app_body_bottom() - APP_BODY_TOP - LINK_ROWS - 1,
	    .skip = s->scroll };
	int x = 4, width = COLS - 8, hex_x = x + NAME_COLS + BAR_COLS + 9;
	char *line;
	int row;

	session_profile(&app->session, &p);
	catalog_type_texts_load(app->catalog, app->session.lang, names);

	/* The code. */
	if (p.code_len > 0) {
		char code[RIASEC_CODE_LEN + 1] = { 0 };
		char *list = xstrdup("");

		for (int i = 0; i < p.code_len; i++) {
			char *next = xasprintf("%s%s%s", list, i ? " · " : "",
			    names[p.rank[i]].name);

			code[i] = riasec_letter(p.rank[i]);
			free(list);
			list = next;
		}
		line = xasprintf(_("Your interest code: %s (%s)"), code, list);
		free(list);
	} else {
		line = xstrdup(_("There are not enough answers to show a profile. "
		    "You can go back to the questionnaire from the menu."));
	}
	doc_text(&d, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
	free(line);
	d.line++;

	/* Bars beside the hexagon. */
	for (int t = 0; t < RIASEC_COUNT; t++)
		if ((row = doc_row(&d, d.line + 1 + t)) >= 0)
			paint_bar(app, row, x, names[t].name, &p, (enum riasec_type)t);
	if (hex_x + HEX_COLS <= COLS)
		paint_hexagon(app, &d, d.line, hex_x, &p);
	d.line += HEX_ROWS + 1;

	paint_ties(&d, x, width, &p, names);
	if (p.code_len > 0 && p.code_len < RIASEC_CODE_LEN)
		doc_text(&d, x, width, _("Some types have too few answers, so "
		    "the code is shorter than three letters."), A_NORMAL);
	switch (p.clarity) {
	case RIASEC_CLARITY_CLEAR:
		doc_text(&d, x, width, _("Your interests are clear: some kinds of "
		    "activity attract you much more than others."), A_NORMAL);
		break;
	case RIASEC_CLARITY_MODERATE:
		doc_text(&d, x, width, _("Your interests are fairly clear: some "
		    "kinds of activity attract you more than others."), A_NORMAL);
		break;
	case RIASEC_CLARITY_BROAD:
		doc_text(&d, x, width, _("Your interests are broad: many kinds of "
		    "activity attract you about equally."), A_NORMAL);
		break;
	case RIASEC_CLARITY_NONE:
		break;
	}
	switch (p.consistency) {
	case RIASEC_CONSISTENCY_HIGH:
		doc_text(&d, x, width, _("Your two strongest types are neighbours "
		    "on the hexagon: they go well together."), A_NORMAL);
		break;
	case RIASEC_CONSISTENCY_MEDIUM:
		doc_text(&d, x, width, _("Your two strongest types are one step "
		    "apart on the hexagon."), A_NORMAL);
		break;
	case RIASEC_CONSISTENCY_LOW:
		doc_text(&d, x, width, _("Your two strongest types sit opposite "
		    "each other on the hexagon: an unusual mix that can open "
		    "varied paths."), A_NORMAL);
		break;
	case RIASEC_CONSISTENCY_NONE:
		break;
	}
	d.line++;

	for (int i = 0; i < p.code_len; i++) {
		enum riasec_type t = p.rank[i];

		line = xasprintf("%d. %s", i + 1, names[t].name);
		doc_text(&d, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
		free(line);
		doc_text(&d, x + 3, width - 3, names[t].enjoys, A_NORMAL);
		line = xasprintf(_("For example: %s"), names[t].fields);
		doc_text(&d, x + 3, width - 3, line, app_attr(app, UI_ROLE_DIM));
		free(line);
	}
	d.line++;
	doc_text(&d, x, width, _("This profile is not a test result and is not "
	    "used to select anyone. It shows what you said you enjoy, today. A "
	    "counselor at the desk can talk it through with you."),
	    app_attr(app, UI_ROLE_DIM));

	s->lines = d.line;
	if (s->scroll + d.rows < s->lines)
		draw_text(d.top + d.rows, x, width, _("More below: use Page Down."),
		    app_attr(app, UI_ROLE_DIM));
	catalog_type_texts_free(names);
	menu_paint(&s->links, app, app_body_bottom() - LINK_ROWS + 1, x,
	    LINK_ROWS, width, screen_profile_link, s);
}

static bool
screen_profile_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_profile_state *s = state;
	int chosen;

	/* Page keys scroll the profile; arrows and numbers work the links. */
	if (key->kind == UI_KEY_CODE && (key->code == KEY_NPAGE ||
	    key->code == KEY_PPAGE || key->code == KEY_HOME ||
	    key->code == KEY_END))
		return scroll_key(&s->scroll, s->lines,
		    app_body_bottom() - APP_BODY_TOP - LINK_ROWS - 1, key);
	if (!menu_key(&s->links, key, &chosen))
		return false;
	if (chosen >= 0)
		app_push_with(app, links[chosen].target, links[chosen].param);
	return true;
}

const struct screen_ops screen_profile_ops = {
	.title = N_("My interest profile"),
	.help = N_("Page Up and Page Down move through your profile. The bars "
	    "show how much you liked each kind of activity; the letters of your "
	    "code are highlighted on the hexagon. The lines at the bottom lead "
	    "on: arrow keys and Enter, the number keys, or a tap."),
	.open = screen_profile_open,
	.close = screen_profile_close,
	.paint = screen_profile_paint,
	.key = screen_profile_key,
};
