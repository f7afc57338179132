/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Browse occupations by the ISCO-08 hierarchy: the 10 major groups, then
 * sub-major, minor and unit groups, then the occupations of a unit group.
 * The parameter is the group's code (none or "" for the top).  A list to
 * choose from (widgets/picklist.h): a group's row shows its code, which
 * speech leaves out; an occupation's name may come from a fallback
 * language, which speech says it in.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/picklist.h"
#include "store/occupation.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* One level, in the current language: the group's name, and the groups
 * below it or, for a unit group, its occupations and how many. */
struct screen_isco_items {
	char *heading;
	char *heading_lang;    /* the language it is in, "" for the page's */
	struct occupation_isco *groups;
	size_t ngroups;
	struct occupation_entry *occs;
	size_t noccs;
	char count[128];       /* "12 occupations", "" without occupations */
};

/* The rows' labels: a group drawn with its code before its name, an
 * occupation by its name. */
static void
screen_isco_labels(struct picklist *l, const struct screen_isco_items *it)
{
	size_t n = it->ngroups + it->noccs;
	char **labels = xcalloc(n + 1, sizeof *labels); /* never 0 */

	for (size_t i = 0; i < it->ngroups; i++)
		labels[i] = xasprintf("%s  %s", it->groups[i].code,
		    it->groups[i].label);
	for (size_t i = 0; i < it->noccs; i++)
		labels[it->ngroups + i] = xstrdup(it->occs[i].label);
	picklist_take_labels(l, labels, (int)n);
}

/* The rows under the group l->param.ref, and its name. */
static int
screen_isco_load(struct app *app, struct picklist *l)
{
	struct screen_isco_items *it = xcalloc(1, sizeof *it);
	const char *code = l->param.ref, *lang = app->session.lang;

	/* The menu opens the top without a parameter. */
	assert(l->param.kind == SCREEN_PARAM_ISCO ||
	    l->param.kind == SCREEN_PARAM_NONE);
	l->items = it;
	it->ngroups = occupation_store_isco_children(app->occupations, code,
	    lang, &it->groups);
	/* A name that wraps goes on under its words, not under the code
	 * (the codes of one level are as long as each other). */
	l->menu.hang = it->ngroups > 0 ?
	    (int)strlen(it->groups[0].code) + 2 : 0;
	if (it->ngroups == 0 && code[0] != '\0')
		it->noccs = occupation_store_in_group(app->occupations, code,
		    lang, &it->occs);
	screen_isco_labels(l, it);
	if (it->noccs > 0)
		fits_format(it->count, sizeof it->count,
		    ngettext("%zu occupation", "%zu occupations",
		    (unsigned long)it->noccs), it->noccs);
	it->heading = code[0] == '\0' ?
	    xstrdup(_("All occupations, by field")) :
	    occupation_store_isco_label(app->occupations, code, lang,
	    &it->heading_lang);
	if (it->heading == NULL)
		it->heading = xstrdup(code);
	if (it->heading_lang == NULL || strcmp(it->heading_lang, lang) == 0) {
		free(it->heading_lang);
		it->heading_lang = xstrdup("");
	}
	return (int)(it->ngroups + it->noccs);
}

static void
screen_isco_free(void *items)
{
	struct screen_isco_items *it = items;

	if (it != NULL) {
		rows_free(it->groups);
		rows_free(it->occs);
		free(it->heading);
		free(it->heading_lang);
	}
	free(it);
}

static const char *
screen_isco_heading(const struct picklist *l)
{
	return ((const struct screen_isco_items *)l->items)->heading;
}

/* The language of a group's name shown from a fallback, else NULL. */
static const char *
screen_isco_heading_lang(const struct picklist *l)
{
	const struct screen_isco_items *it = l->items;

	return it->heading_lang[0] != '\0' ? it->heading_lang : NULL;
}

/* How many occupations a unit group has; NULL above the unit groups. */
static const char *
screen_isco_count(const struct picklist *l)
{
	const struct screen_isco_items *it = l->items;

	return it->count[0] != '\0' ? it->count : NULL;
}

/* A row for speech: a group's name without its code (the code is a
 * drawn detail), or an occupation. */
static const char *
screen_isco_said(const struct picklist *l, int index)
{
	const struct screen_isco_items *it = l->items;

	if ((size_t)index < it->ngroups)
		return it->groups[index].label;
	return it->occs[index - (int)it->ngroups].label;
}

/* The language of a group's or an occupation's name shown from a
 * fallback, else NULL. */
static const char *
screen_isco_lang(struct app *app, const struct picklist *l, int index,
    char *buf, size_t bufsz)
{
	const struct screen_isco_items *it = l->items;
	char *from;

	if ((size_t)index < it->ngroups) {
		const char *in = it->groups[index].lang;

		return in[0] != '\0' && strcmp(in, app->session.lang) != 0 ?
		    in : NULL;
	}
	from = occupation_store_text_lang(app->occupations,
	    it->occs[index - (int)it->ngroups].id, OCCUPATION_TEXT_LABEL,
	    app->session.lang);
	fits_copy(buf, bufsz, from);   /* else no language */
	free(from);
	return buf[0] != '\0' ? buf : NULL;
}

/* A group opens its level, an occupation its page. */
static void
screen_isco_chosen(struct app *app, struct picklist *l, int index)
{
	const struct screen_isco_items *it = l->items;

	if ((size_t)index < it->ngroups)
		app_push_with(app, SCREEN_ISCO,
		    screen_param_ref(SCREEN_PARAM_ISCO, it->groups[index].code));
	else
		app_push_with(app, SCREEN_OCCUPATION, screen_param_number(
		    SCREEN_PARAM_OCCUPATION, it->occs[index - (int)it->ngroups].id));
}

/* A group is its code, an occupation its number: occupations are
 * sorted by name, in each language its own way. */
static const char *
screen_isco_id(const struct picklist *l, int index, char *buf, size_t bufsz)
{
	const struct screen_isco_items *it = l->items;

	if ((size_t)index < it->ngroups)
		return it->groups[index].code;
	/* fits: a number in PICKLIST_ID_MAX */
	snprintf(buf, bufsz, "%d", it->occs[index - (int)it->ngroups].id);
	return buf;
}

static const struct picklist_look look = {
	.heading = screen_isco_heading, .heading_rows = 2,
	.heading_lang = screen_isco_heading_lang,
	.subheading = screen_isco_count, .subheading_dim = true,
	.empty = N_("No occupation is listed here."),
	.load = screen_isco_load, .free_items = screen_isco_free,
	.said = screen_isco_said,
	.lang = screen_isco_lang, .chosen = screen_isco_chosen,
	.id = screen_isco_id,
};

const struct screen_ops screen_isco_ops = {
	.title = N_("Browse occupations"),
	.help = N_("Go down from a field to its groups and then to the "
	    "occupations with the arrow keys and Enter, or by tapping. Esc goes "
	    "up again."),
	PICKLIST_OPS(look),
	.on_language = picklist_reload,
};
