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
#include <search.h>
#include <stdio.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/glyph.h"
#include "ui/widgets/linkdoc.h"
#include "ui/widgets/menu.h"
#include "store/luxembourg.h"
#include "text/occupation-page.h"
#include "text/provenance.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

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
	struct linkdoc view;         /* first: the page and its links */
	int id;
	bool found;                  /* false: no longer in the catalog */
	struct occupation_page page; /* what the page shows, in the
	                              * session's language */
};

/* lfind's comparison: 0 when the record @elem is occupation @key's. */
static int
screen_occupation_other(const void *key, const void *elem)
{
	return *(const int *)key != ((const struct match_occupation *)elem)->id;
}

/* The matching record of occupation @id, or NULL. */
static const struct match_occupation *
screen_occupation_find(struct app *app, int id)
{
	size_t n;
	const struct match_occupation *occ = app_occupations(app, &n);

	return lfind(&id, occ, &n, sizeof *occ, screen_occupation_other);
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

/* Load everything the page shows, in the session's language: on open
 * and when the language changes, never in paint. */
static void
screen_occupation_load(struct app *app, struct screen_occupation_state *s)
{
	occupation_page_free(&s->page);
	s->found = occupation_page_load(app->catalog, app->occupations,
	    screen_occupation_find(app, s->id), s->id, app->session.lang,
	    &s->page);
}

static void
screen_occupation_open(struct app *app, void *state)
{
	struct screen_occupation_state *s = state;
	char id[16];

	assert(app_param(app)->kind == SCREEN_PARAM_OCCUPATION);
	s->id = app_param(app)->number;
	session_note_occupation(&app->session, s->id);
	snprintf(id, sizeof id, "%d", s->id); /* fits: any int in 16 */
	app_count(app, STATE_USAGE_OCCUPATION, id);
	linkdoc_init(&s->view, LINK_ROWS);
	screen_occupation_load(app, s);
}

static void
screen_occupation_close(void *state)
{
	struct screen_occupation_state *s = state;

	occupation_page_free(&s->page);
}

static void
screen_occupation_on_language(struct app *app, void *state)
{
	screen_occupation_load(app, state);
}

/* The interest bars of the occupation, with its three highest types. */
static void
screen_occupation_riasec(struct app *app, struct doc *d, int x, int width,
    const struct occupation_page *p)
{
	const struct match_occupation *m = &p->match;
	char score[32], *number;
	int row;

	for (int t = 0; t < RIASEC_COUNT; t++) {
		if (d->say != NULL) {
			number = app_number(app, m->riasec[t], 1);
			/* TRANSLATORS: spoken: an interest and its score out of 7
			 * (a bar on the screen), "Realistic, 4.8 out of 7". */
			utterance_addf(d->say, _("%s, %s out of 7"), p->type_names[t],
			    number);
			free(number);
		} else if ((row = doc_row(d, d->line)) >= 0) {
			draw_text(row, x, 24, p->type_names[t], A_NORMAL);
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
	if (m->estimated)
		doc_text(d, x, width, _("Estimated from the profiles of its "
		    "occupation group."), app_attr(app, UI_ROLE_DIM));
}

/*
 * Add the occupation's name @n to @d: drawn with its language's name when
 * it comes from a fallback of the page's language, "Maurer (Deutsch)" (a
 * name is never passed off as the reader's language), spoken in that
 * language with its voice.  @label: a field's label, or NULL for a
 * heading in @attr.
 */
static void
screen_occupation_name(struct doc *d, int x, int width,
    const struct occupation_page_name *n, const char *label, int attr)
{
	char *marked;

	if (d->say != NULL) {
		if (label != NULL)
			utterance_add(d->say, label);
		utterance_add_lang(d->say, n->lang, n->text);
		return;
	}
	marked = n->lang_name != NULL ?
	    xasprintf("%s (%s)", n->text, n->lang_name) : xstrdup(n->text);
	if (label != NULL)
		doc_field(d, x, width, label, marked, attr);
	else
		doc_text(d, x, width, marked, attr);
	free(marked);
}

/* How to prepare: the Luxembourg trades that lead to the occupation, each
 * with its diploma, chamber, length and language tracks and where it is
 * listed; otherwise the job-zone level, said to be an approximation. */
static void
screen_occupation_preparation(struct app *app, struct doc *d, int x,
    int width, const struct occupation_page *p)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS), level = p->match.level;
	const struct luxembourg_trade *t = p->trades;

	if (p->ntrades == 0) {
		doc_field(d, x, width, _("Preparation"), level >= 0 &&
		    level < MATCH_LEVEL_COUNT ? _(level_names[level]) :
		    _("not known"), head);
		if (level >= 0)
			doc_text(d, x + 2, width - 2, _("An approximation from O*NET "
			    "job zones; ask a counsellor which path leads there in "
			    "Luxembourg."), app_attr(app, UI_ROLE_DIM));
		return;
	}
	doc_text(d, x, width, _("Training in Luxembourg"), head);
	for (size_t i = 0; i < p->ntrades; i++) {
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
		doc_item(d, x + 2, width - 2, 2, line, 0);
		free(line);
		src = provenance_source_line(t[i].source, t[i].source_date);
		doc_text(d, x + 4, width - 4, src, app_attr(app, UI_ROLE_DIM));
		free(src);
	}
}

/* Labour-market facts: ADEM's shortage list (the confirmed part, its year
 * and source, what it means), facts a counselor checked, or plainly that
 * there is no Luxembourg figure yet. */
static void
screen_occupation_work(struct app *app, struct doc *d, int x, int width,
    const struct occupation_page *p)
{
	int dim = app_attr(app, UI_ROLE_DIM);
	const struct luxembourg_shortage *sh = &p->shortage;
	const struct occupation_lmi *lmi = &p->lmi;

	if (p->has_shortage) {
		doc_text(d, x, width, sh->title, A_BOLD);
		doc_field(d, x + 2, width - 2, "ROME", sh->codes, A_BOLD);
		if (sh->close)
			doc_text(d, x + 2, width - 2, _("The list names a related "
			    "occupation, not exactly this one."), 0);
		doc_text(d, x + 2, width - 2, sh->meaning, 0);
		doc_text(d, x + 2, width - 2, sh->confirmed, dim);
		doc_text(d, x + 2, width - 2, sh->source, dim);
	}
	if (p->has_lmi) {
		if (lmi->apprenticeship >= 0)
			doc_field(d, x, width, _("Apprenticeship offered"),
			    lmi->apprenticeship ? _("yes") : _("no"), A_BOLD);
		if (lmi->shortage >= 0)
			doc_field(d, x, width, _("Workers in short supply"),
			    lmi->shortage ? _("yes") : _("no"), A_BOLD);
		doc_field(d, x, width, _("Source"), lmi->source, A_BOLD);
		doc_field(d, x, width, _("Checked on"), lmi->checked, A_BOLD);
	}
	if (!p->has_shortage && !p->has_lmi)
		doc_text(d, x, width, _("No Luxembourg figure is available yet for "
		    "this occupation. The staff at the desk can tell you more."), 0);
}

/* The ISCO-08 groups from the widest to the unit. */
static void
screen_occupation_group(struct app *app, struct doc *d, int x, int width,
    const struct occupation_page *p)
{
	doc_text(d, x, width, _("Occupation group (ISCO-08)"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	for (size_t i = 0; i < p->nisco; i++) {
		/* The group's code is drawn; speech says its name, in the
		 * language it is written in (lb's come from its chain). */
		const char *in = p->isco[i].lang;
		char *line;

		if (d->say != NULL) {
			utterance_add_lang(d->say, in[0] != '\0' &&
			    strcmp(in, app->session.lang) != 0 ? in : NULL,
			    p->isco[i].label);
			continue;
		}
		line = xasprintf("%s %s", p->isco[i].code, p->isco[i].label);
		doc_text(d, x + 2 + 2 * (int)i, width - 2 - 2 * (int)i, line, 0);
		free(line);
	}
}

/* The skills that matter most, with what each means; nothing when none
 * is known. */
static void
screen_occupation_skills(struct app *app, struct doc *d, int x, int width,
    const struct occupation_page *p)
{
	if (!p->skills_known)
		return;
	doc_text(d, x, width, _("Skills that matter most"),
	    app_attr(app, UI_ROLE_EMPHASIS));
	for (size_t i = 0; i < p->nskills; i++) {
		const struct occupation_page_skill *k = &p->skills[i];
		/* TRANSLATORS: a list item: the bullet, a label, then its
		 * value; French puts a space before the colon. */
		char *line = d->say != NULL ?
		    xasprintf(_("%s: %s"), k->name, k->explanation) :
		    xasprintf(_("%s %s: %s"), glyph(GLYPH_BULLET), k->name,
		    k->explanation);

		/* Its further lines go on under the words, not the bullet. */
		doc_item(d, x + 2, width - 2, 2, line, 0);
		free(line);
	}
	doc_gap(d);
}

/* The page @p into @d (drawn, or spoken with d.say). */
static void
screen_occupation_doc(struct app *app, const struct occupation_page *p,
    struct doc *d, int x, int width)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS);

	screen_occupation_name(d, x, width, &p->label, NULL, head);
	if (p->alts.text[0] != '\0')
		screen_occupation_name(d, x, width, &p->alts, _("Also called"),
		    A_BOLD);
	doc_gap(d);
	screen_occupation_group(app, d, x, width, p);
	doc_gap(d);

	doc_text(d, x, width, _("Interests this occupation suits"), head);
	if (p->match.has_riasec)
		screen_occupation_riasec(app, d, x + 2, width - 2, p);
	else
		doc_text(d, x + 2, width - 2, _("No interest profile is known for "
		    "this occupation, so it is not matched; you can still read "
		    "about it here."), 0);
	doc_gap(d);

	screen_occupation_preparation(app, d, x, width, p);
	doc_gap(d);

	screen_occupation_skills(app, d, x, width, p);

	doc_text(d, x, width, _("Work in Luxembourg"), head);
	screen_occupation_work(app, d, x + 2, width - 2, p);
}

/* linkdoc_write_fn of what open or the language change loaded: no
 * query here. */
static const char *
screen_occupation_write(struct app *app, void *ctx, struct doc *d, int x,
    int width)
{
	const struct screen_occupation_state *s = ctx;

	if (!s->found)
		return _("This occupation is no longer in the catalogue.");
	screen_occupation_doc(app, &s->page, d, x, width);
	return NULL;
}

/* The level's id as the recommendation rules spell it, "" if unknown. */
static const char *
screen_occupation_level_id(const struct screen_occupation_state *s)
{
	int level = s->found ? s->page.match.level : MATCH_LEVEL_ANY;

	return level >= 0 && level < MATCH_LEVEL_COUNT ? level_ids[level] : "";
}

/* Link @chosen: the related occupations, a guide, the services. */
static void
screen_occupation_chosen(struct app *app, void *state, int chosen)
{
	struct screen_occupation_state *s = state;

	if (chosen == 0 && s->found && s->page.unit[0] != '\0') {
		app_push_with(app, SCREEN_ISCO,
		    screen_param_ref(SCREEN_PARAM_ISCO, s->page.unit));
	} else if (chosen == 1) {
		char *guide = luxembourg_guide_for(app->catalog,
		    screen_occupation_level_id(s), s->found && s->page.ntrades > 0);

		app_push_with(app, SCREEN_GUIDE,
		    screen_param_ref(SCREEN_PARAM_GUIDE, guide));
		free(guide);
	} else if (chosen == 2) {
		app_push_with(app, SCREEN_SERVICE_LIST,
		    screen_param_ref(SCREEN_PARAM_LIST_RECOMMEND,
		    screen_occupation_level_id(s)));
	}
}

/* The page, or why there is none, then the ways on (not shown nor said
 * without the page). */
static const struct linkdoc_look look = {
	.margin = 4,
	.write = screen_occupation_write,
	.label = screen_occupation_link,
	.chosen = screen_occupation_chosen,
};

const struct screen_ops screen_occupation_ops = {
	.title = N_("Occupation"),
	.help = N_("Page Up and Page Down move through the text. The lines at "
	    "the bottom lead on: choose them with the arrow keys and Enter, "
	    "the number keys, or a tap."),
	LINKDOC_OPS(look),
	.state_size = sizeof(struct screen_occupation_state),
	.open = screen_occupation_open,
	.close = screen_occupation_close,
	.on_language = screen_occupation_on_language,
};
