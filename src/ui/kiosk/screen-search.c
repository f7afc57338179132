/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search box, reachable from every screen with F3 (or /).  Results
 * follow each keystroke, grouped by kind: services, guides, occupations,
 * occupation groups; matches in another language say which.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/field.h"
#include "ui/widgets/menu.h"
#include "store/catalog.h"
#include "store/search.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define SEARCH_PER_KIND 30

static const char *const kind_headings[SEARCH_KIND_COUNT] = {
	[SEARCH_SERVICE] = N_("Guidance services"),
	[SEARCH_GUIDE] = N_("How it works in Luxembourg"),
	[SEARCH_OCCUPATION] = N_("Occupations"),
	[SEARCH_ISCO] = N_("Groups of occupations"),
};

/* The line above the box, and what an empty result says. */
static const char *const texts[] = {
	N_("Type a few letters: an occupation, a service, a subject."),
	N_("Nothing found. Try fewer letters, another word, or ask at the "
	   "desk."),
};

struct screen_search_state {
	struct app *app;    /* for close */
	struct field box;
	struct search_hit *hits;
	size_t n;
	int selected;       /* hit index */
	int top;            /* first visible list row */
	bool in_results;    /* focus on the results, not the box */
	int list_y, list_rows;
	int row_hit[128];   /* hit shown on each visible row, -1 heading */
};

/* Run the search again for the text and language of now. */
static void
screen_search_update(struct app *app, void *state)
{
	struct screen_search_state *s = state;

	rows_free(s->hits);
	s->hits = NULL;
	s->n = search_run(app->catalog, s->box.text, app->session.lang,
	    SEARCH_PER_KIND, &s->hits);
	s->selected = 0;
	s->top = 0;
}

/* The language changed: the same words find the same items, in another
 * order (the visitor's language first); the focus stays on the hit it
 * was on when the new list still has it, else on the first.  The
 * on_language op. */
static void
screen_search_on_language(struct app *app, void *state)
{
	struct screen_search_state *s = state;
	enum search_kind kind = SEARCH_SERVICE;
	char ref[sizeof s->hits[0].ref] = "";

	if (s->in_results && (size_t)s->selected < s->n) {
		kind = s->hits[s->selected].kind;
		memcpy(ref, s->hits[s->selected].ref, sizeof ref);
	}
	screen_search_update(app, s);
	for (size_t i = 0; ref[0] != '\0' && i < s->n; i++)
		if (s->hits[i].kind == kind && strcmp(s->hits[i].ref, ref) == 0)
			s->selected = (int)i;
	if (s->n == 0)
		s->in_results = false;
}

/* Rows of the result list: headings and hits; @hit_of gets -1 for a
 * heading, else the hit index.  Returns the number of rows. */
static int
screen_search_rows(const struct screen_search_state *s, int *hit_of, int max)
{
	int rows = 0;

	for (size_t i = 0; i < s->n && rows < max; i++) {
		if (i == 0 || s->hits[i].kind != s->hits[i - 1].kind)
			hit_of[rows++] = -1 - (int)s->hits[i].kind;
		if (rows < max)
			hit_of[rows++] = (int)i;
	}
	return rows;
}

static void
screen_search_open(struct app *app, void *state)
{
	struct screen_search_state *s = state;

	s->app = app;
}

static void
screen_search_close(void *state)
{
	struct screen_search_state *s = state;

	/* How often a search finds nothing tells whether the catalog lacks
	 * something; the words themselves are never kept. */
	if (s->n == 0 && strlen(s->box.text) >= 3)
		app_count(s->app, STATE_USAGE_SEARCH_EMPTY, NULL);
	rows_free(s->hits);
	search_forget(s->app->catalog);
}

/* @text, followed by the name of its language @lang in brackets when that
 * is not the visitor's.  The caller frees. */
static char *
screen_search_marked(struct app *app, const char *text, const char *lang)
{
	const struct catalog_language *l = NULL;

	if (strcmp(lang, app->session.lang) != 0)
		l = catalog_language_find(app->catalog, lang);
	return l != NULL ? xasprintf("%s (%s)", text, l->native_name) :
	    xstrdup(text);
}

/*
 * One hit as a label: the label that matched and an occupation's
 * preferred label when it differs, each with its language's name when it
 * is not the visitor's (a Luxembourgish visitor reads German names); what
 * tells it from a look-alike, in brackets.  The caller frees.
 */
static char *
screen_search_label(struct app *app, const struct search_hit *hit)
{
	char *label = screen_search_marked(app, hit->label, hit->lang);
	char *preferred = hit->preferred != NULL ?
	    screen_search_marked(app, hit->preferred, hit->preferred_lang) :
	    NULL;
	char *out = xasprintf("%s%s%s%s%s%s", label,
	    preferred != NULL ? " – " : "", preferred != NULL ? preferred : "",
	    hit->detail != NULL ? " [" : "",
	    hit->detail != NULL ? hit->detail : "",
	    hit->detail != NULL ? "]" : "");

	free(label);
	free(preferred);
	return out;
}

/* Lines list entry @h takes at @textw columns: a heading one, a hit as
 * many as its label wraps to (at most MENU_ITEM_LINES). */
static int
screen_search_lines(struct app *app, const struct screen_search_state *s,
    int h, int textw)
{
	char *label;
	int n;

	if (h < 0)
		return 1;
	label = screen_search_label(app, &s->hits[h]);
	n = draw_wrapped(0, 0, textw, 0, 0, label, 0);
	free(label);
	return n < 1 ? 1 : n > MENU_ITEM_LINES ? MENU_ITEM_LINES : n;
}

/* Draw entry @h (a heading or a hit) in @lines rows from @row. */
static void
screen_search_entry(struct app *app, struct screen_search_state *s, int h,
    int row, int lines, int x, int textw)
{
	bool focus = h >= 0 && s->in_results && h == s->selected;
	int attr = app_attr(app, focus ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	char *label;

	if (h < 0) {
		draw_text(row, x, textw + 2, _(kind_headings[-1 - h]),
		    app_attr(app, UI_ROLE_EMPHASIS));
		return;
	}
	for (int k = 0; k < lines; k++)
		draw_fill(row + k, x, 2, attr);
	draw_text(row, x, 2, focus ? "> " : "  ", attr);
	label = screen_search_label(app, &s->hits[h]);
	draw_wrapped(row, x + 2, textw, lines, 0, label, attr);
	free(label);
}

/* The list of results from row @y, each hit's label wrapped under itself;
 * the last two columns hold the scroll markers when it scrolls.  Sets the
 * cursor on the focused hit. */
static void
screen_search_list(struct app *app, struct screen_search_state *s, int y,
    int x, int width, int *cursor_y, int *cursor_x)
{
	int hit_of[SEARCH_PER_KIND * SEARCH_KIND_COUNT * 2];
	int nrows, sel = 0, used = 0, textw, r = 0, e;
	bool scrolls = false, cut = false;

	assert(s->list_rows <= (int)(sizeof s->row_hit / sizeof s->row_hit[0]));
	for (int k = 0; k < s->list_rows; k++)
		s->row_hit[k] = -1;
	nrows = screen_search_rows(s, hit_of, (int)(sizeof hit_of / sizeof hit_of[0]));
	if (nrows == 0)
		return;
	for (e = 0; e < nrows && !scrolls; e++) {
		used += screen_search_lines(app, s, hit_of[e], width - 2);
		scrolls = used > s->list_rows;
	}
	textw = width - 2 - (scrolls ? 2 : 0);
	for (e = 0; e < nrows; e++)
		if (hit_of[e] == s->selected)
			sel = e;
	/* Show a hit's heading with it when it is the first of its kind. */
	if (sel < s->top)
		s->top = sel > 0 && hit_of[sel - 1] < 0 ? sel - 1 : sel;
	for (;;) {
		used = 0;
		for (e = s->top; e <= sel; e++)
			used += screen_search_lines(app, s, hit_of[e], textw);
		if (used <= s->list_rows || s->top >= sel)
			break;
		s->top++;
	}
	for (e = s->top; e < nrows && r < s->list_rows; e++) {
		int lines = screen_search_lines(app, s, hit_of[e], textw);

		if (lines > s->list_rows - r) {
			lines = s->list_rows - r;
			cut = true;
		}
		screen_search_entry(app, s, hit_of[e], y + r, lines, x, textw);
		if (s->in_results && hit_of[e] == s->selected) {
			*cursor_y = y + r;
			*cursor_x = x;
		}
		for (int k = 0; k < lines; k++)
			s->row_hit[r + k] = hit_of[e];
		r += lines;
	}
	if (s->top > 0)
		draw_text(y, x + width - 1, 1, "^", app_attr(app, UI_ROLE_DIM));
	if (e < nrows || cut)
		draw_text(y + s->list_rows - 1, x + width - 1, 1, "v",
		    app_attr(app, UI_ROLE_DIM));
}

static void
screen_search_paint(struct app *app, void *state)
{
	struct screen_search_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	int cursor_y, cursor_x;

	draw_text(y, x, width, _(texts[0]), app_attr(app, UI_ROLE_NORMAL));
	y += 2;
	draw_text(y, x, 2, "> ", A_BOLD);
	field_paint(&s->box, y, x + 2, width - 2);
	getyx(stdscr, cursor_y, cursor_x);
	y += 2;

	s->list_y = y;
	s->list_rows = app_body_bottom() - y;
	if (s->list_rows > (int)(sizeof s->row_hit / sizeof s->row_hit[0]))
		s->list_rows = (int)(sizeof s->row_hit / sizeof s->row_hit[0]);
	if (s->box.text[0] != '\0' && s->n == 0) {
		draw_wrapped(y, x, width, 3, 0, _(texts[1]),
		    app_attr(app, UI_ROLE_NORMAL));
	}
	screen_search_list(app, s, y, x, width, &cursor_y, &cursor_x);
	move(cursor_y, cursor_x);
}

/* Open the selected hit. */
static void
screen_search_open_hit(struct app *app, const struct search_hit *hit)
{
	switch (hit->kind) {
	case SEARCH_SERVICE:
		app_push_with(app, SCREEN_SERVICE,
		    screen_param_ref(SCREEN_PARAM_SERVICE, hit->ref));
		break;
	case SEARCH_GUIDE:
		app_push_with(app, SCREEN_GUIDE,
		    screen_param_ref(SCREEN_PARAM_GUIDE, hit->ref));
		break;
	case SEARCH_OCCUPATION:
		app_push_with(app, SCREEN_OCCUPATION,
		    screen_param_number(SCREEN_PARAM_OCCUPATION, atoi(hit->ref)));
		break;
	case SEARCH_ISCO:
	default:
		app_push_with(app, SCREEN_ISCO,
		    screen_param_ref(SCREEN_PARAM_ISCO, hit->ref));
		break;
	}
}

static bool
screen_search_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_search_state *s = state;

	/* Backspace in an empty box does nothing: a held Backspace must not
	 * go back screen after screen.  Esc goes back. */
	if (field_key(&s->box, key)) {
		s->in_results = false;
		screen_search_update(app, s);
		return true;
	}
	if (key->kind == UI_KEY_CLICK) {
		int r = key->y - s->list_y;

		if (r >= 0 && r < s->list_rows &&
		    r < (int)(sizeof s->row_hit / sizeof s->row_hit[0]) &&
		    s->row_hit[r] >= 0 && (size_t)s->row_hit[r] < s->n) {
			s->selected = s->row_hit[r];
			screen_search_open_hit(app, &s->hits[s->selected]);
		}
		return true;
	}
	switch (key->code) {
	case KEY_DOWN:
		if (s->n == 0)
			return true;
		if (!s->in_results)
			s->in_results = true;
		else if ((size_t)s->selected + 1 < s->n)
			s->selected++;
		return true;
	case KEY_UP:
		if (s->selected > 0)
			s->selected--;
		else
			s->in_results = false;
		return true;
	case KEY_ENTER:
		if (s->n > 0)
			screen_search_open_hit(app, &s->hits[s->selected]);
		return true;
	default:
		return false;
	}
}

/* Hit @h for speech: its kind, the label that matched in its own
 * language, the occupation's name in the visitor's, what tells it apart,
 * and its place among the hits. */
static void
screen_search_say_hit(struct screen_search_state *s, size_t h,
    struct utterance *out)
{
	const struct search_hit *hit = &s->hits[h];

	utterance_add(out, _(kind_headings[hit->kind]));
	menu_speak_item(out, hit->label, hit->lang, (int)h, (int)s->n);
	if (hit->preferred != NULL)
		utterance_add_lang(out, hit->preferred_lang, hit->preferred);
	utterance_add(out, hit->detail);
}

/* What to type, then how many hits there are (or that there are none)
 * and, in the results, the focused one.  The typed words are not read
 * back here: they are spoken only as they are typed. */
static void
screen_search_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_search_state *s = state;

	(void)app;
	if (what == SCREEN_SPEAK_ALL)
		utterance_add(out, _(texts[0]));
	if (s->in_results && (size_t)s->selected < s->n) {
		screen_search_say_hit(s, (size_t)s->selected, out);
		return;
	}
	if (s->box.text[0] != '\0' && s->n == 0)
		utterance_add(out, _(texts[1]));
	else if (s->n > 0)
		/* TRANSLATORS: spoken while typing in the search box. */
		utterance_addf(out, ngettext("%zu result", "%zu results",
		    (unsigned long)s->n), s->n);
}

const struct screen_ops screen_search_ops = {
	.title = N_("Search"),
	.help = N_("Type a few letters; accents do not matter. Down and Up move "
	    "through the results, Enter opens one, Backspace deletes a letter, "
	    "Ctrl+U empties the box."),
	.state_size = sizeof(struct screen_search_state),
	.open = screen_search_open,
	.close = screen_search_close,
	.paint = screen_search_paint,
	.key = screen_search_key,
	.speak = screen_search_speak,
	.on_language = screen_search_on_language,
	.typing = true,
};
