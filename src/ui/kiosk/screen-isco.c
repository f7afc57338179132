/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Browse occupations by the ISCO-08 hierarchy: the 10 major groups, then
 * sub-major, minor and unit groups, then the occupations of a unit group.
 * The parameter is the group's code (none or "" for the top).
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/occupation.h"
#include "speech/utterance.h"
#include "util/fits.h"
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
	struct app *app;
	char from[16];  /* language of the row asked of screen_isco_lang */
};

/* (Re)load the rows in the current language.  Also the
 * on_language op. */
static void
screen_isco_load(struct app *app, void *state)
{
	struct screen_isco_state *s = state;
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
}

static const char *
screen_isco_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_isco_state *s = ctx;

	if ((size_t)index < s->ngroups) {
		fits_format(buf, bufsz, "%s  %s", s->groups[index].code,
		    s->groups[index].label);
		return buf;
	}
	return s->occs[index - (int)s->ngroups].label;
}

/* A row for speech: a group's name without its code (the code is a
 * drawn detail), or an occupation. */
static const char *
screen_isco_say_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_isco_state *s = ctx;

	(void)buf;
	(void)bufsz;
	if ((size_t)index < s->ngroups)
		return s->groups[index].label;
	return s->occs[index - (int)s->ngroups].label;
}

/* The language of an occupation's name shown from a fallback, else NULL. */
static const char *
screen_isco_lang(void *ctx, int index)
{
	struct screen_isco_state *s = ctx;
	char *from;

	if ((size_t)index < s->ngroups)
		return NULL;
	from = occupation_store_text_lang(s->app->occupations,
	    s->occs[index - (int)s->ngroups].id, OCCUPATION_TEXT_LABEL,
	    s->app->session.lang);
	fits_copy(s->from, sizeof s->from, from);   /* else no language */
	free(from);
	return s->from[0] != '\0' ? s->from : NULL;
}

/* "12 occupations" into @buf. */
static void
screen_isco_count(const struct screen_isco_state *s, char *buf, size_t bufsz)
{
	fits_format(buf, bufsz, ngettext("%zu occupation", "%zu occupations",
	    (unsigned long)s->noccs), s->noccs);
}

/* What an empty group says. */
static const char *const empty_text =
    N_("No occupation is listed here.");

static void
screen_isco_open(struct app *app, void *state)
{
	struct screen_isco_state *s = state;

	s->app = app;
	/* The menu opens the top without a parameter. */
	assert(app_param(app)->kind == SCREEN_PARAM_ISCO ||
	    app_param(app)->kind == SCREEN_PARAM_NONE);
	assert(strlen(app_param(app)->ref) < sizeof s->code);
	memcpy(s->code, app_param(app)->ref, strlen(app_param(app)->ref) + 1);
	screen_isco_load(app, s);
}

static void
screen_isco_close(void *state)
{
	struct screen_isco_state *s = state;

	occupation_isco_free(s->groups, s->ngroups);
	occupation_entries_free(s->occs, s->noccs);
	free(s->heading);
}

static void
screen_isco_paint(struct app *app, void *state)
{
	struct screen_isco_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8, rows;
	char count[128];

	y += draw_wrapped(y, x, width, 2, 0, s->heading,
	    app_attr(app, UI_ROLE_EMPHASIS));
	if (s->noccs > 0) {
		screen_isco_count(s, count, sizeof count);
		draw_text(y, x, width, count, app_attr(app, UI_ROLE_DIM));
	}
	y += 2;
	rows = app_body_bottom() - y;
	if (s->menu.count == 0) {
		draw_text(y, x, width, _(empty_text),
		    app_attr(app, UI_ROLE_NORMAL));
		move(y, x);
		return;
	}
	menu_paint(&s->menu, app, y, x, rows, width, screen_isco_label, s);
}

static bool
screen_isco_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_isco_state *s = state;
	int chosen;

	if (!menu_key(&s->menu, key, &chosen))
		return false;
	if (chosen < 0)
		return true;
	if ((size_t)chosen < s->ngroups) {
		app_push_with(app, SCREEN_ISCO,
		    screen_param_ref(SCREEN_PARAM_ISCO, s->groups[chosen].code));
	} else {
		app_push_with(app, SCREEN_OCCUPATION, screen_param_number(
		    SCREEN_PARAM_OCCUPATION, s->occs[chosen - (int)s->ngroups].id));
	}
	return true;
}

/* The group, how many occupations, the rows; on a move, the row. */
static void
screen_isco_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_isco_state *s = state;
	char count[128];

	(void)app;
	if (what == SCREEN_SPEAK_ALL) {
		utterance_add(out, s->heading);
		if (s->noccs > 0) {
			screen_isco_count(s, count, sizeof count);
			utterance_add(out, count);
		}
		if (s->menu.count == 0)
			utterance_add(out, _(empty_text));
	}
	menu_speak(&s->menu, what, screen_isco_say_label, screen_isco_lang, s,
	    out);
}

const struct screen_ops screen_isco_ops = {
	.title = N_("Browse occupations"),
	.help = N_("Go down from a field to its groups and then to the "
	    "occupations with the arrow keys and Enter, or by tapping. Esc goes "
	    "up again."),
	.state_size = sizeof(struct screen_isco_state),
	.open = screen_isco_open,
	.close = screen_isco_close,
	.paint = screen_isco_paint,
	.key = screen_isco_key,
	.speak = screen_isco_speak,
	.on_language = screen_isco_load,
};
