/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Browse occupations by the ISCO-08 hierarchy: the 10 major groups, then
 * sub-major, minor and unit groups, then the occupations of a unit group.
 * The parameter is the group's code ("" for the top).
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/occupation.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_isco_state {
	struct menu menu;
	char code[8];
	char *heading;
	struct occupation_isco *groups;   /* children, if any */
	size_t ngroups;
	struct occupation_entry *occs;    /* occupations of a unit group */
	size_t noccs;
	unsigned generation;
};

/* (Re)load the rows in the current language. */
static void
screen_isco_load(struct app *app, struct screen_isco_state *s)
{
	const char *lang = app->session.lang;

	occupation_isco_free(s->groups, s->ngroups);
	occupation_entries_free(s->occs, s->noccs);
	free(s->heading);
	s->groups = NULL;
	s->occs = NULL;
	s->noccs = 0;
	s->ngroups = occupation_store_isco_children(app->occupations, s->code,
	    lang, &s->groups);
	if (s->ngroups == 0 && s->code[0] != '\0')
		s->noccs = occupation_store_in_group(app->occupations, s->code,
		    lang, &s->occs);
	s->heading = s->code[0] == '\0' ?
	    xstrdup(_("All occupations, by field")) :
	    occupation_store_isco_label(app->occupations, s->code, lang);
	if (s->heading == NULL)
		s->heading = xstrdup(s->code);
	s->menu.count = (int)(s->ngroups + s->noccs);
	s->generation = app->lang_generation;
}

static const char *
screen_isco_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_isco_state *s = ctx;

	if ((size_t)index < s->ngroups) {
		snprintf(buf, bufsz, "%s  %s", s->groups[index].code,
		    s->groups[index].label);
		return buf;
	}
	return s->occs[index - (int)s->ngroups].label;
}

static void *
screen_isco_open(struct app *app)
{
	struct screen_isco_state *s = xcalloc(1, sizeof *s);

	snprintf(s->code, sizeof s->code, "%s", app_param(app));
	screen_isco_load(app, s);
	return s;
}

static void
screen_isco_close(struct app *app, void *state)
{
	struct screen_isco_state *s = state;

	(void)app;
	occupation_isco_free(s->groups, s->ngroups);
	occupation_entries_free(s->occs, s->noccs);
	free(s->heading);
	free(s);
}

static void
screen_isco_paint(struct app *app, void *state)
{
	struct screen_isco_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8, rows;
	char count[128];

	if (s->generation != app->lang_generation)
		screen_isco_load(app, s);
	y += draw_wrapped(y, x, width, 2, 0, s->heading,
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (s->noccs > 0) {
		snprintf(count, sizeof count, ngettext("%zu occupation",
		    "%zu occupations", (unsigned long)s->noccs), s->noccs);
		draw_text(y, x, width, count, app_attr(app, UI_ROLE_DIM));
	}
	y += 2;
	rows = app_body_bottom() - y;
	if (s->menu.count == 0) {
		draw_text(y, x, width, _("No occupation is listed here."),
		    app_attr(app, UI_ROLE_NORMAL));
		move(y, x);
		return;
	}
	menu_paint(&s->menu, app, y, x, rows < s->menu.count ? rows :
	    s->menu.count, width, screen_isco_label, s);
}

static bool
screen_isco_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_isco_state *s = state;
	char param[32];
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if ((size_t)chosen < s->ngroups) {
		app_push_with(app, SCREEN_ISCO, s->groups[chosen].code);
	} else {
		snprintf(param, sizeof param, "%d",
		    s->occs[chosen - (int)s->ngroups].id);
		app_push_with(app, SCREEN_OCCUPATION, param);
	}
	return true;
}

const struct screen_ops screen_isco_ops = {
	.title = N_("Browse occupations"),
	.help = N_("Go down from a field to its groups and then to the "
	    "occupations with the arrow keys and Enter, or by tapping. Esc goes "
	    "up again."),
	.open = screen_isco_open,
	.close = screen_isco_close,
	.paint = screen_isco_paint,
	.key = screen_isco_key,
};
