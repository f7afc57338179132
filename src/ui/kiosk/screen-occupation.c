/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One occupation: its names, where it sits in ISCO, its interest profile
 * as bars (marked when estimated from its group), how to prepare for it
 * (the Luxembourg trades that lead to it, or the job-zone approximation,
 * said to be one), the skills that matter most, labour-market facts (ADEM's
 * shortage list, a counselor's checked facts, or plainly that no Luxembourg
 * figure is available yet), and three ways on: related occupations, how to
 * get there in Luxembourg (a guide) and where to ask about it.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/scroll.h"
#include "store/catalog.h"
#include "store/luxembourg.h"
#include "store/occupation.h"
#include "text/provenance.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define ALT_SHOWN 8
#define SKILLS_SHOWN 5
#define LINK_ROWS 3

static const char *const level_names[MATCH_LEVEL_COUNT] = {
	[MATCH_LEVEL_CCP] = N_("CCP: certificate of vocational capacity"),
	[MATCH_LEVEL_DAP] = N_("DAP: vocational aptitude diploma"),
	[MATCH_LEVEL_DT] = N_("DT or BTS: technician diploma"),
	[MATCH_LEVEL_BACHELOR] = N_("Bachelor or higher"),
};

/* The level names as the recommendation rules spell them. */
static const char *const level_ids[MATCH_LEVEL_COUNT] = {
	[MATCH_LEVEL_CCP] = "ccp",
	[MATCH_LEVEL_DAP] = "dap",
	[MATCH_LEVEL_DT] = "dt",
	[MATCH_LEVEL_BACHELOR] = "bachelor",
};

struct screen_occupation_state {
	int id;
	int scroll, lines;
	struct menu links;
	char unit[8];   /* ISCO unit group, for "related" */
	int level;
	bool has_trade; /* a Luxembourg trade leads to it */
};

/* The matching record of occupation @id, or NULL. */
static const struct match_occupation *
screen_occupation_find(struct app *app, int id)
{
	size_t n;
	const struct match_occupation *occ = app_occupations(app, &n);

	for (size_t i = 0; i < n; i++)
		if (occ[i].id == id)
			return &occ[i];
	return NULL;
}

static const char *
screen_occupation_link(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	switch (index) {
	case 0:
		return _("Related occupations (same group)");
	case 1:
		return _("How to get there in Luxembourg");
	default:
		return _("Where to ask about this occupation");
	}
}

/* What the links need, loaded on open (never in paint): the unit group,
 * the preparation level and whether a Luxembourg trade leads to the
 * occupation; none of them for an occupation no longer in the catalog. */
static void
screen_occupation_ways(struct app *app, struct screen_occupation_state *s)
{
	const struct match_occupation *m = screen_occupation_find(app, s->id);
	char *label = occupation_store_label(app->occupations, s->id,
	    app->session.lang);
	struct occupation_isco *path;
	struct luxembourg_trade *t;
	size_t npath, ntrades;

	s->level = MATCH_LEVEL_ANY;
	if (label == NULL || m == NULL) {
		free(label);
		return;
	}
	free(label);
	s->level = m->level;
	npath = occupation_store_isco_path(app->occupations, s->id,
	    app->session.lang, &path);
	if (npath > 0)
		fits_copy(s->unit, sizeof s->unit, path[npath - 1].code);
	occupation_isco_free(path, npath);
	ntrades = luxembourg_trades(app->catalog, s->id, app->session.lang, &t);
	s->has_trade = ntrades > 0;
	luxembourg_trades_free(t, ntrades);
}

static void *
screen_occupation_open(struct app *app)
{
	struct screen_occupation_state *s = xcalloc(1, sizeof *s);
	char id[16];

	assert(app_param(app)->kind == SCREEN_PARAM_OCCUPATION);
	s->id = app_param(app)->number;
	session_note_occupation(&app->session, s->id);
	snprintf(id, sizeof id, "%d", s->id); /* fits: any int in 16 */
	app_count(app, STATE_USAGE_OCCUPATION, id);
	s->links.count = LINK_ROWS;
	s->links.numbered = true;
	screen_occupation_ways(app, s);
	return s;
}

/* The interest bars of the occupation, with its three highest types. */
static void
screen_occupation_riasec(struct app *app, struct doc *d, int x, int width,
    const struct match_occupation *m)
{
	struct catalog_type_text names[RIASEC_COUNT];
	char score[32], *number;
	int row;

	catalog_type_texts_load(app->catalog, app->session.lang, names);
	for (int t = 0; t < RIASEC_COUNT; t++) {
		if (d->say != NULL) {
			number = app_number(app, m->riasec[t], 1);
			/* TRANSLATORS: spoken: an interest and its score out of 7
			 * (a bar on the screen), "Realistic, 4.8 out of 7". */
			utterance_addf(d->say, _("%s, %s out of 7"), names[t].name,
			    number);
			free(number);
		} else if ((row = doc_row(d, d->line)) >= 0) {
			draw_text(row, x, 24, names[t].name, A_NORMAL);
			draw_bar(row, x + 24, 14, (m->riasec[t] - 1) / 6.0,
			    app_attr(app, UI_ROLE_BAR));
			number = app_number(app, m->riasec[t], 1);
			/* TRANSLATORS: an interest score out of 7, e.g. "4.8 / 7". */
			fits_format(score, sizeof score, _("%s / 7"), number);
			free(number);
			draw_text(row, x + 40, width - 40, score, A_NORMAL);
		}
		d->line++;
	}
	catalog_type_texts_free(names);
	if (m->estimated)
		doc_text(d, x, width, _("Estimated from the profiles of its "
		    "occupation group."), app_attr(app, UI_ROLE_DIM));
}

/*
 * @text (consumed) with the name of its language added, "Maurer (Deutsch)",
 * when the occupation's @which comes from a fallback of the page's
 * language: a name is never passed off as the reader's language.
 */
static char *
screen_occupation_marked(struct app *app, char *text, int id,
    enum occupation_text which)
{
	char *from = occupation_store_text_lang(app->occupations, id, which,
	    app->session.lang);
	const struct catalog_language *l;
	char *marked;

	if (from == NULL || strcmp(from, app->session.lang) == 0 ||
	    (l = catalog_language_find(app->catalog, from)) == NULL) {
		free(from);
		return text;
	}
	marked = xasprintf("%s (%s)", text, l->native_name);
	free(from);
	free(text);
	return marked;
}

/*
 * Add @text (consumed), the occupation's @which, to @d: drawn with its
 * language's name when it comes from a fallback (screen_occupation_marked),
 * spoken in that language with its voice.  @label: a field's label, or
 * NULL for a heading in @attr.
 */
static void
screen_occupation_name(struct app *app, struct doc *d, int x, int width,
    char *text, int id, enum occupation_text which, const char *label,
    int attr)
{
	if (d->say != NULL) {
		char *from = occupation_store_text_lang(app->occupations, id,
		    which, app->session.lang);

		if (label != NULL)
			utterance_add(d->say, label);
		utterance_add_lang(d->say, from, text);
		free(from);
		free(text);
		return;
	}
	text = screen_occupation_marked(app, text, id, which);
	if (label != NULL)
		doc_field(d, x, width, label, text, attr);
	else
		doc_text(d, x, width, text, attr);
	free(text);
}

/* How to prepare: the Luxembourg trades that lead to the occupation, each
 * with its diploma, chamber, length and language tracks and where it is
 * listed; otherwise the job-zone level, said to be an approximation. */
static void
screen_occupation_preparation(struct app *app, struct doc *d, int x,
    int width, const struct screen_occupation_state *s,
    const struct match_occupation *m)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS);
	struct luxembourg_trade *t;
	size_t n = luxembourg_trades(app->catalog, s->id, app->session.lang, &t);

	if (n == 0) {
		doc_field(d, x, width, _("Preparation"), m->level >= 0 &&
		    m->level < MATCH_LEVEL_COUNT ? _(level_names[m->level]) :
		    _("not known"), head);
		if (m->level >= 0)
			doc_text(d, x + 2, width - 2, _("An approximation from O*NET "
			    "job zones; ask a counsellor which path leads there in "
			    "Luxembourg."), app_attr(app, UI_ROLE_DIM));
		return;
	}
	doc_text(d, x, width, _("Training in Luxembourg"), head);
	for (size_t i = 0; i < n; i++) {
		char years[64];
		const char *tracks = t[i].french && t[i].english ?
		    _("also taught in French and in English") : t[i].french ?
		    _("also taught in French") : t[i].english ?
		    _("also taught in English") : "";
		char *line, *src;

		fits_format(years, sizeof years, ngettext("%d year", "%d years",
		    t[i].years), t[i].years);
		/* The bullet and the dash are drawing: speech says the words. */
		line = xasprintf("%s%s%s %s, %s%s%s%s%s%s%s",
		    d->say != NULL ? "" : glyph(GLYPH_BULLET),
		    d->say != NULL ? "" : " ", t[i].diploma, t[i].name,
		    t[i].chamber, *t[i].chamber ? ", " : "", years,
		    *tracks ? ", " : "", tracks,
		    t[i].close ? (d->say != NULL ? ", " : " – ") : "",
		    t[i].close ? _("a related trade, not exactly this "
		    "occupation") : "");
		doc_text(d, x + 2, width - 2, line, 0);
		free(line);
		src = provenance_source_line(t[i].source, t[i].source_date);
		doc_text(d, x + 4, width - 4, src, app_attr(app, UI_ROLE_DIM));
		free(src);
	}
	luxembourg_trades_free(t, n);
}

/* Labour-market facts: ADEM's shortage list (the confirmed part, its year
 * and source, what it means), facts a counselor checked, or plainly that
 * there is no Luxembourg figure yet. */
static void
screen_occupation_work(struct app *app, struct doc *d, int x, int width,
    int id)
{
	int dim = app_attr(app, UI_ROLE_DIM);
	struct luxembourg_shortage sh;
	struct occupation_lmi lmi;
	bool any = false;

	if (luxembourg_shortage(app->catalog, id, app->session.lang, &sh) ==
	    ORIENTATION_OK) {
		doc_text(d, x, width, sh.title, A_BOLD);
		doc_field(d, x + 2, width - 2, "ROME", sh.codes, A_BOLD);
		if (sh.close)
			doc_text(d, x + 2, width - 2, _("The list names a related "
			    "occupation, not exactly this one."), 0);
		doc_text(d, x + 2, width - 2, sh.meaning, 0);
		doc_text(d, x + 2, width - 2, sh.confirmed, dim);
		doc_text(d, x + 2, width - 2, sh.source, dim);
		luxembourg_shortage_free(&sh);
		any = true;
	}
	if (occupation_store_lmi(app->occupations, id, &lmi) == ORIENTATION_OK) {
		if (lmi.apprenticeship >= 0)
			doc_field(d, x, width, _("Apprenticeship offered"),
			    lmi.apprenticeship ? _("yes") : _("no"), A_BOLD);
		if (lmi.shortage >= 0)
			doc_field(d, x, width, _("Workers in short supply"),
			    lmi.shortage ? _("yes") : _("no"), A_BOLD);
		doc_field(d, x, width, _("Source"), lmi.source, A_BOLD);
		doc_field(d, x, width, _("Checked on"), lmi.checked, A_BOLD);
		occupation_lmi_free(&lmi);
		any = true;
	}
	if (!any)
		doc_text(d, x, width, _("No Luxembourg figure is available yet for "
		    "this occupation. The staff at the desk can tell you more."), 0);
}

/* The occupation's name (@label, taken) and its other names. */
static void
screen_occupation_names(struct app *app, struct doc *d, int x, int width,
    struct screen_occupation_state *s, char *label)
{
	char **alts;
	size_t nalts;

	screen_occupation_name(app, d, x, width, label, s->id,
	    OCCUPATION_TEXT_LABEL, NULL, app_attr(app, UI_ROLE_EMPHASIS));
	nalts = occupation_store_alt_labels(app->occupations, s->id,
	    app->session.lang, &alts);
	if (nalts > 0) {
		char *list = xstrdup("");

		for (size_t i = 0; i < nalts && i < ALT_SHOWN; i++) {
			char *next = xasprintf("%s%s%s", list, i ? "; " : "", alts[i]);

			free(list);
			list = next;
		}
		screen_occupation_name(app, d, x, width, list, s->id,
		    OCCUPATION_TEXT_ALT, _("Also called"), A_BOLD);
	}
	xfree_strings(alts, nalts);
}

/* The ISCO-08 groups from the widest to the unit. */
static void
screen_occupation_group(struct app *app, struct doc *d, int x, int width,
    const struct screen_occupation_state *s)
{
	struct occupation_isco *path;
	size_t npath = occupation_store_isco_path(app->occupations, s->id,
	    app->session.lang, &path);

	doc_text(d, x, width, _("Occupation group (ISCO-08)"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	for (size_t i = 0; i < npath; i++) {
		/* The group's code is drawn; speech says its name. */
		char *line = xasprintf("%s %s", path[i].code, path[i].label);

		doc_text(d, x + 2 + 2 * (int)i, width - 2 - 2 * (int)i,
		    d->say != NULL ? path[i].label : line, 0);
		free(line);
	}
	occupation_isco_free(path, npath);
}

/* The skills that matter most for occupation @id, with what each means;
 * nothing when none is known. */
static void
screen_occupation_skills(struct app *app, struct doc *d, int x, int width,
    int id)
{
	struct occupation_skill *top;
	struct catalog_skill *skills;
	size_t nskills, ntop = occupation_store_top_skills(app->occupations, id,
	    SKILLS_SHOWN, &top);

	if (ntop == 0) {
		occupation_skills_free(top, ntop);
		return;
	}
	nskills = catalog_skills_load(app->catalog, app->session.lang, &skills);
	doc_text(d, x, width, _("Skills that matter most"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	for (size_t i = 0; i < ntop; i++)
		for (size_t k = 0; k < nskills; k++)
			if (strcmp(skills[k].element_id, top[i].element_id) == 0) {
				/* TRANSLATORS: a list item: the bullet, a label,
				 * then its value; French puts a space before the
				 * colon. */
				char *line = d->say != NULL ?
				    xasprintf(_("%s: %s"), skills[k].name,
				    skills[k].explanation) :
				    xasprintf(_("%s %s: %s"),
				    glyph(GLYPH_BULLET), skills[k].name,
				    skills[k].explanation);

				doc_text(d, x + 2, width - 2, line, 0);
				free(line);
			}
	catalog_skills_free(skills, nskills);
	doc_gap(d);
	occupation_skills_free(top, ntop);
}

/* The page of occupation @m into @d (drawn, or spoken with d.say);
 * @label is taken. */
static void
screen_occupation_doc(struct app *app, struct screen_occupation_state *s,
    struct doc *d, const struct match_occupation *m, char *label, int x,
    int width)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS);

	screen_occupation_names(app, d, x, width, s, label);
	doc_gap(d);
	screen_occupation_group(app, d, x, width, s);
	doc_gap(d);

	doc_text(d, x, width, _("Interests this occupation suits"), head);
	if (m->has_riasec)
		screen_occupation_riasec(app, d, x + 2, width - 2, m);
	else
		doc_text(d, x + 2, width - 2, _("No interest profile is known for "
		    "this occupation, so it is not matched; you can still read "
		    "about it here."), 0);
	doc_gap(d);

	screen_occupation_preparation(app, d, x, width, s, m);
	doc_gap(d);

	screen_occupation_skills(app, d, x, width, s->id);

	doc_text(d, x, width, _("Work in Luxembourg"), head);
	screen_occupation_work(app, d, x + 2, width - 2, s->id);
}

/* Why the page is empty. */
static const char *
screen_occupation_gone(void)
{
	return _("This occupation is no longer in the catalogue.");
}

static void
screen_occupation_paint(struct app *app, void *state)
{
	struct screen_occupation_state *s = state;
	const struct match_occupation *m = screen_occupation_find(app, s->id);
	struct doc d = { .top = APP_BODY_TOP,
	    .rows = app_body_bottom() - APP_BODY_TOP - LINK_ROWS - 1,
	    .skip = s->scroll };
	int x = 4, width = COLS - 8;
	char *label = occupation_store_label(app->occupations, s->id,
	    app->session.lang);

	if (label == NULL || m == NULL) {
		free(label);
		draw_text(APP_BODY_TOP, x, width, screen_occupation_gone(),
		    app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	screen_occupation_doc(app, s, &d, m, label, x, width);
	s->lines = d.line;
	if (s->scroll + d.rows < s->lines)
		draw_text(d.top + d.rows, x, width, _("More below: use Page Down."),
		    app_attr(app, UI_ROLE_DIM));
	menu_paint(&s->links, app, app_body_bottom() - LINK_ROWS + 1, x,
	    LINK_ROWS, width, screen_occupation_link, s);
}

static bool
screen_occupation_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_occupation_state *s = state;
	int rows = app_body_bottom() - APP_BODY_TOP - LINK_ROWS - 1;
	int chosen;

	/* Page keys scroll the text; arrows and numbers work the links. */
	if (key->kind == UI_KEY_CODE && (key->code == KEY_NPAGE ||
	    key->code == KEY_PPAGE || key->code == KEY_HOME ||
	    key->code == KEY_END))
		return scroll_key(&s->scroll, s->lines, rows, key);
	if (!menu_key(&s->links, key, &chosen))
		return false;
	if (chosen == 0 && s->unit[0] != '\0') {
		app_push_with(app, SCREEN_ISCO,
		    screen_param_ref(SCREEN_PARAM_ISCO, s->unit));
	} else if (chosen == 1) {
		char *guide = luxembourg_guide_for(app->catalog,
		    s->level >= 0 && s->level < MATCH_LEVEL_COUNT ?
		    level_ids[s->level] : "", s->has_trade);

		app_push_with(app, SCREEN_GUIDE,
		    screen_param_ref(SCREEN_PARAM_GUIDE, guide));
		free(guide);
	} else if (chosen == 2) {
		app_push_with(app, SCREEN_SERVICE_LIST,
		    screen_param_ref(SCREEN_PARAM_LIST_RECOMMEND,
		    s->level >= 0 && s->level < MATCH_LEVEL_COUNT ?
		    level_ids[s->level] : ""));
	}
	return true;
}

/* The whole page, as drawn, then the ways on; on a move, the way on. */
static void
screen_occupation_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_occupation_state *s = state;
	const struct match_occupation *m = screen_occupation_find(app, s->id);
	struct doc d = { .say = out };
	char *label;

	if (what == SCREEN_SPEAK_ALL) {
		label = occupation_store_label(app->occupations, s->id,
		    app->session.lang);
		if (label == NULL || m == NULL) {
			free(label);
			utterance_add(out, screen_occupation_gone());
			return;
		}
		screen_occupation_doc(app, s, &d, m, label, 4, COLS - 8);
	}
	menu_speak(&s->links, what, screen_occupation_link, NULL, s, out);
}

const struct screen_ops screen_occupation_ops = {
	.title = N_("Occupation"),
	.help = N_("Page Up and Page Down move through the text. The lines at "
	    "the bottom lead on: choose them with the arrow keys and Enter, "
	    "the number keys, or a tap."),
	.open = screen_occupation_open,
	.paint = screen_occupation_paint,
	.key = screen_occupation_key,
	.speak = screen_occupation_speak,
};
