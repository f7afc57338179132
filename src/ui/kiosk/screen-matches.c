/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Occupations that fit me: the best 20 occupations for the visitor's
 * interest profile (and skills, if rated), each with its fit, and under the
 * list a why-line for the focused one.  Two filter rows at the top cycle
 * through the preparation levels and the ISCO major groups; the number
 * keys 1 and 2 reach them too.  A name shown from a fallback language is
 * drawn with that language's name, "Maurer (Deutsch)", and spoken in it,
 * as on the occupation's page.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/menu.h"
#include "store/catalog.h"
#include "store/occupation.h"
#include "text/occupation-page.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define MATCHES_SHOWN 20
#define FILTER_ROWS 2

/* Level names, an approximation explained in the README. */
static const char *const level_names[MATCH_LEVEL_COUNT] = {
	[MATCH_LEVEL_CCP] = N_("CCP"),
	[MATCH_LEVEL_DAP] = N_("DAP"),
	[MATCH_LEVEL_DT] = N_("DT / BTS"),
	[MATCH_LEVEL_BACHELOR] = N_("Bachelor and above"),
};

struct screen_matches_state {
	struct app *app;
	struct menu menu;
	struct match_filter filter;
	struct match_result results[MATCHES_SHOWN];
	size_t n;
	struct occupation_page_name names[MATCHES_SHOWN];
	struct occupation_isco *majors;
	size_t nmajors;
	struct catalog_type_text types[RIASEC_COUNT];
	struct catalog_skill *skills;
	size_t nskills;
};

/* Free what depends on the language. */
static void
screen_matches_drop_texts(struct screen_matches_state *s)
{
	for (size_t i = 0; i < MATCHES_SHOWN; i++) {
		occupation_page_name_free(&s->names[i]);
	}
	rows_free(s->majors);
	s->majors = NULL;
	s->nmajors = 0;
	catalog_type_texts_free(s->types);
	rows_free(s->skills);
	s->skills = NULL;
	s->nskills = 0;
}

/* Rank again and load the texts in the current language.  Also the
 * on_language op. */
static void
screen_matches_update(struct app *app, void *state)
{
	struct screen_matches_state *s = state;
	struct match_person person;
	const struct match_occupation *occ;
	size_t nocc;
	const char *lang = app->session.lang;

	screen_matches_drop_texts(s);
	occ = app_occupations(app, &nocc);
	session_match_person(&app->session, &person);
	s->n = app->session.finished || session_skills_rated(&app->session) > 0 ?
	    match_rank(&person, occ, nocc, &s->filter, s->results,
	    MATCHES_SHOWN) : 0;
	for (size_t i = 0; i < s->n; i++) {
		int id = occ[s->results[i].index].id;

		s->names[i] = occupation_page_name(app->catalog,
		    app->occupations, id, OCCUPATION_TEXT_LABEL, lang,
		    occupation_store_label(app->occupations, id, lang));
	}
	s->nmajors = occupation_store_isco_children(app->occupations, "", lang,
	    &s->majors);
	catalog_type_texts_load(app->catalog, lang, s->types);
	s->nskills = catalog_skills_load(app->catalog, lang, &s->skills);
	s->menu.count = FILTER_ROWS + (int)s->n;
}

/* Filter row @index (0: level, 1: field) in words, "Level: any". */
static const char *
screen_matches_filter(struct screen_matches_state *s, int index, char *buf,
    size_t bufsz)
{
	if (index == 0)
		fits_format(buf, bufsz, _("%s: %s"), _("Level"),
		    s->filter.level == MATCH_LEVEL_ANY ? _("any") :
		    _(level_names[s->filter.level]));
	else
		fits_format(buf, bufsz, _("%s: %s"), _("Field"),
		    s->filter.isco_major < 0 || (size_t)s->filter.isco_major >=
		    s->nmajors ? _("any") : s->majors[s->filter.isco_major].label);
	return buf;
}

/* Add filter row @f to @out as screen_matches_filter draws it; a field
 * named from a fallback language (Luxembourgish shows German group
 * names) is said in that language, after the word "Field". */
static void
screen_matches_say_filter(struct screen_matches_state *s, int f,
    struct utterance *out)
{
	char buf[512];
	int major = s->filter.isco_major;
	const char *in = f == 1 && major >= 0 && (size_t)major < s->nmajors ?
	    s->majors[major].lang : "";

	if (in[0] == '\0' || strcmp(in, s->app->session.lang) == 0) {
		utterance_add(out, screen_matches_filter(s, f, buf, sizeof buf));
		return;
	}
	utterance_add(out, _("Field"));
	utterance_add_lang(out, in, s->majors[major].label);
}

static const char *
screen_matches_label(void *ctx, int index, char *buf, size_t bufsz)
{
	struct screen_matches_state *s = ctx;
	const struct match_occupation *occ;
	size_t nocc;

	if (index < FILTER_ROWS) {
		/* The filters answer to the keys 1 and 2. */
		/* fits: FILTER_ROWS keeps it one digit; the label's 512 */
		snprintf(buf, bufsz, "%d. ", index + 1);
		screen_matches_filter(s, index, buf + 3, bufsz - 3);
		return buf;
	}
	occ = app_occupations(s->app, &nocc);
	index -= FILTER_ROWS;
	fits_format(buf, bufsz, "%3d  %s%s%s%s%s", s->results[index].fit,
	    s->names[index].text,
	    s->names[index].lang_name != NULL ? " (" : "",
	    s->names[index].lang_name != NULL ? s->names[index].lang_name : "",
	    s->names[index].lang_name != NULL ? ")" : "",
	    occ[s->results[index].index].estimated ? " *" : "");
	return buf;
}

/* The why-line of result @r in the current language; caller frees. */
static char *
screen_matches_why(struct screen_matches_state *s, const struct match_result *r)
{
	char *types = NULL, *skills = NULL, *line;

	/* "and" is one English word for two uses, each with its own words
	 * after it (Luxembourgish's "an" or "a" depends on the next word). */
	if (r->nwhy_types == 1)
		types = xstrdup(s->types[r->why_types[0]].name);
	else if (r->nwhy_types == 2)
		/* TRANSLATORS: two of the six interest types' names, as the
		 * catalog gives them, "Realistic and Social". */
		types = xasprintf(pgettext("interest types", "%s and %s"),
		    s->types[r->why_types[0]].name, s->types[r->why_types[1]].name);
	if (r->nwhy_skills == 1 && r->why_skills[0] < (int)s->nskills)
		skills = xstrdup(s->skills[r->why_skills[0]].name);
	else if (r->nwhy_skills == 2 && r->why_skills[1] < (int)s->nskills)
		/* TRANSLATORS: two skills' names, "Writing and Speaking"; any
		 * skill may come second, so the words before it cannot
		 * change with it. */
		skills = xasprintf(pgettext("skills", "%s and %s"),
		    s->skills[r->why_skills[0]].name,
		    s->skills[r->why_skills[1]].name);
	if (types != NULL && skills != NULL)
		line = xasprintf(_("Why: your %s interests; your skills: %s."),
		    types, skills);
	else if (types != NULL)
		line = xasprintf(_("Why: your %s interests."), types);
	else if (skills != NULL)
		line = xasprintf(_("Why: your skills: %s."), skills);
	else
		line = xstrdup(_("Why: a broad match with your profile."));
	free(types);
	free(skills);
	return line;
}

/* The line above the list. */
static const char *
screen_matches_heading(struct app *app)
{
	bool skills = session_skills_rated(&app->session) > 0;

	/* Skills alone rank the occupations until the questionnaire is
	 * finished: the heading names only what was used. */
	if (!app->session.finished && skills)
		return _("Fit with your skills (0 to 100)");
	return skills ? _("Fit with your interests and skills (0 to 100)") :
	    _("Fit with your interests (0 to 100)");
}

/* Why the list is empty. */
static const char *
screen_matches_none(struct app *app)
{
	return !app->session.finished &&
	    session_skills_rated(&app->session) == 0 ?
	    _("Answer the interest questionnaire first (Discover my interests "
	      "in the main menu), so that occupations can be matched to you. "
	      "You can also browse all occupations.") :
	    _("No occupation matches with these filters, or your answers are "
	      "too even to tell interests apart. Change a filter, assess your "
	      "skills, or browse all occupations.");
}

/* The line under a focused filter. */
static const char *
screen_matches_filter_hint(void)
{
	return _("Press Enter to change this filter. Levels are an "
	    "approximation of Luxembourg's diplomas.");
}

/* Add occupation row @i (a result) to @out: its name (in the language it
 * is shown in), its place among the results and its fit; with @why, the
 * why-line and the estimate note the screen shows under the list. */
static void
screen_matches_say(struct screen_matches_state *s, size_t i, bool why,
    struct utterance *out)
{
	const struct match_occupation *occ;
	size_t nocc;
	char *line;

	occ = app_occupations(s->app, &nocc);
	menu_speak_item(out, s->names[i].text, s->names[i].lang, (int)i,
	    (int)s->n);
	/* TRANSLATORS: spoken: an occupation's fit, the number drawn before
	 * it in the list. */
	utterance_addf(out, _("Fit: %d of 100"), s->results[i].fit);
	if (!why)
		return;
	line = screen_matches_why(s, &s->results[i]);
	utterance_add(out, line);
	free(line);
	if (occ[s->results[i].index].estimated)
		utterance_add(out, _("Estimated from the profiles of its "
		    "occupation group."));
}

static void
screen_matches_open(struct app *app, void *state)
{
	struct screen_matches_state *s = state;

	s->app = app;
	s->filter.level = MATCH_LEVEL_ANY;
	s->filter.isco_major = -1;
	s->menu.selected = FILTER_ROWS;
	/* A long name goes on under itself, not under its fit ("%3d  "). */
	s->menu.hang = 5;
	screen_matches_update(app, s);
}

static void
screen_matches_close(void *state)
{
	struct screen_matches_state *s = state;

	screen_matches_drop_texts(s);
}

static void
screen_matches_paint(struct app *app, void *state)
{
	struct screen_matches_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	const struct match_occupation *occ;
	size_t nocc;

	occ = app_occupations(app, &nocc);
	draw_text(y, x, width, screen_matches_heading(app),
	    app_attr(app, UI_ROLE_EMPHASIS));
	y += 2;
	y += menu_paint(&s->menu, app, y, x, app_body_bottom() - y - 4, width,
	    screen_matches_label, s) + 1;
	if (s->n == 0) {
		draw_wrapped(y, x, width, app_body_bottom() - y, 0,
		    screen_matches_none(app), app_attr(app, UI_ROLE_NORMAL));
	} else if (s->menu.selected >= FILTER_ROWS) {
		const struct match_result *r = &s->results[s->menu.selected -
		    FILTER_ROWS];
		char *why = screen_matches_why(s, r);

		y += draw_wrapped(y, x, width, 2, 0, why,
		    app_attr(app, UI_ROLE_NORMAL));
		free(why);
		if (occ[r->index].estimated)
			draw_wrapped(y, x, width, app_body_bottom() - y, 0,
			    _("* Interest profile estimated from its occupation "
			      "group."), app_attr(app, UI_ROLE_DIM));
	} else {
		draw_wrapped(y, x, width, app_body_bottom() - y, 0,
		    screen_matches_filter_hint(), app_attr(app, UI_ROLE_DIM));
	}
	menu_place_cursor(&s->menu);
}

static bool
screen_matches_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_matches_state *s = state;
	const struct match_occupation *occ;
	size_t nocc;
	int chosen;

	if (key->kind == UI_KEY_CHAR && (key->ch == '1' || key->ch == '2')) {
		chosen = (int)(key->ch - '1');
		s->menu.selected = chosen;
	} else if (!menu_key(&s->menu, key, &chosen)) {
		return false;
	}
	if (chosen == 0) {
		s->filter.level = s->filter.level + 1 >= MATCH_LEVEL_COUNT ?
		    MATCH_LEVEL_ANY : s->filter.level + 1;
		screen_matches_update(app, s);
	} else if (chosen == 1) {
		s->filter.isco_major = s->filter.isco_major + 1 >=
		    (int)s->nmajors ? -1 : s->filter.isco_major + 1;
		screen_matches_update(app, s);
	} else if (chosen >= FILTER_ROWS) {
		occ = app_occupations(app, &nocc);
		app_push_with(app, SCREEN_OCCUPATION, screen_param_number(
		    SCREEN_PARAM_OCCUPATION,
		    occ[s->results[chosen - FILTER_ROWS].index].id));
	}
	return true;
}

/* The heading, the filters, the results (or why there are none); on a
 * move, the filter or the result with its fit and why. */
static void
screen_matches_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_matches_state *s = state;
	int sel = s->menu.selected;

	if (what == SCREEN_SPEAK_ALL) {
		utterance_add(out, screen_matches_heading(app));
		for (int f = 0; f < FILTER_ROWS; f++)
			screen_matches_say_filter(s, f, out);
		if (s->n == 0)
			utterance_add(out, screen_matches_none(app));
		else if (s->n > MENU_SPEAK_ALL_MAX)
			utterance_addf(out, ngettext("%zu occupation",
			    "%zu occupations", (unsigned long)s->n), s->n);
		else
			for (size_t i = 0; i < s->n; i++)
				if ((int)i + FILTER_ROWS != sel)
					screen_matches_say(s, i, false, out);
	}
	if (sel < FILTER_ROWS) {
		screen_matches_say_filter(s, sel, out);
		utterance_add(out, screen_matches_filter_hint());
	} else if ((size_t)(sel - FILTER_ROWS) < s->n) {
		screen_matches_say(s, (size_t)(sel - FILTER_ROWS), true, out);
	}
}

const struct screen_ops screen_matches_ops = {
	.title = N_("Occupations that fit me"),
	.help = N_("The number before each occupation is its fit with your "
	    "answers, from 0 to 100. Enter opens an occupation. The first two "
	    "lines are filters: press 1 or 2, or Enter on them, to choose a "
	    "level or a field."),
	.state_size = sizeof(struct screen_matches_state),
	.open = screen_matches_open,
	.close = screen_matches_close,
	.paint = screen_matches_paint,
	.key = screen_matches_key,
	.speak = screen_matches_speak,
	.on_language = screen_matches_update,
};
