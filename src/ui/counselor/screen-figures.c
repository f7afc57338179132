/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counselor: anonymous usage figures for the quality framework, per day or
 * per week, drawn as bars; the same figures can be saved as CSV.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/app.h"
#include "ui/counselor/export-file.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/linkdoc.h"
#include "ui/widgets/menu.h"
#include "store/catalog.h"
#include "store/figures.h"
#include "store/occupation.h"
#include "store/service.h"
#include "speech/utterance.h"
#include "util/fits.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

#define FIGURES_TOP 5
#define CHOICES 4

static const struct {
	const char *label;  /* N_() text */
	int periods;        /* how many days or weeks, the current one too */
	bool by_week;       /* whole ISO weeks, from a Monday */
} ranges[CHOICES - 1] = {
	{ N_("Last 7 days, per day"), 7, false },
	{ N_("Last 4 weeks, per week"), 4, true },
	{ N_("Last 12 weeks, per week"), 12, true },
};

struct screen_figures_state {
	struct linkdoc view;  /* first: the figures, the choices under them */
	int range;
	struct figures *f;
	char from[16], to[16];
};

/* What screen_figures_write writes. */
struct screen_figures_export {
	struct app *app;
	const struct screen_figures_state *s;
};

static const char *
screen_figures_label(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return index < CHOICES - 1 ? _(ranges[index].label) :
	    _("Save these figures as CSV");
}

/* Compute the figures of range @r. */
static void
screen_figures_load(struct app *app, struct screen_figures_state *s, int r)
{
	time_t now = time(NULL);
	struct tm tm;

	s->range = r;
	gmtime_r(&now, &tm);
	strftime(s->to, sizeof s->to, "%Y-%m-%d", &tm);
	figures_free(s->f);
	s->f = NULL;
	if (!figures_first_day(s->to, ranges[r].periods, ranges[r].by_week,
	    s->from))
		return;   /* drawn as the figures that cannot be read */
	figures_get(app->state, s->from, s->to, ranges[r].by_week, FIGURES_TOP,
	    &s->f);
}

static void
screen_figures_open(struct app *app, void *state)
{
	struct screen_figures_state *s = state;

	linkdoc_init(&s->view, CHOICES);
	screen_figures_load(app, s, 0);
}

static void
screen_figures_close(void *state)
{
	struct screen_figures_state *s = state;

	figures_free(s->f);
}

/* One list of the totals, keys turned into names by @name. */
static void
screen_figures_list(struct app *app, struct doc *d, int x, int width,
    const char *title, const struct figures_list *l,
    char *(*name)(struct app *, const char *))
{
	if (l->n == 0)
		return;
	doc_text(d, x, width, title, A_BOLD);
	for (size_t i = 0; i < l->n; i++) {
		char *label = name != NULL ? name(app, l->items[i].key) : NULL;
		const char *shown = label != NULL ? label : l->items[i].key;
		char count[FITS_DECIMAL(int)], *line;

		/* Speech says "Deutsch: 12", the screen a column of counts. */
		/* fits: sized for any int */
		snprintf(count, sizeof count, "%d", l->items[i].count);
		line = d->say != NULL ? xasprintf(_("%s: %s"), shown, count) :
		    xasprintf("%5d  %s", l->items[i].count, shown);

		doc_text(d, x + 2, width - 2, line, 0);
		free(line);
		free(label);
	}
}

/* A service's name in the current language. */
static char *
service_name(struct app *app, const char *id)
{
	struct service_detail sd;
	char *name = NULL;

	if (service_detail_load(app->catalog, id, app->session.lang, &sd) ==
	    ORIENTATION_OK) {
		name = xstrdup(sd.name);
		service_detail_free(&sd);
	}
	return name;
}

/* An occupation's label in the current language. */
static char *
occupation_name(struct app *app, const char *id)
{
	return occupation_store_label(app->occupations, atoi(id),
	    app->session.lang);
}

/* A language's own name. */
static char *
language_name(struct app *app, const char *code)
{
	const struct catalog_language *l = catalog_language_find(app->catalog,
	    code);

	return l != NULL ? xstrdup(l->native_name) : NULL;
}

/* "8 questionnaires begun, 5 finished" for period @p: two counts, each
 * with its own plural (the noun agrees with one number, the word
 * "finished" with the other); the caller frees. */
static char *
screen_figures_done(const struct figures_period *p)
{
	char *begun = xasprintf(ngettext("%d questionnaire begun",
	    "%d questionnaires begun", (unsigned long)p->started), p->started);
	/* TRANSLATORS: questionnaires finished, after "%d questionnaires
	 * begun, " (the word agrees with this number). */
	char *finished = xasprintf(ngettext("%d finished", "%d finished",
	    (unsigned long)p->completed), p->completed);
	char *both = xasprintf("%s, %s", begun, finished);

	free(begun);
	free(finished);
	return both;
}

/* The columns of the table of periods: where each ends (columns from the
 * table's left) and its head, an N_() word drawn right-aligned on it
 * (the period's and the visitors' heads left-aligned where they start). */
enum { COL_PERIOD, COL_VISITORS, COL_BEGUN, COL_FINISHED, COL_RATE, COLS_N };
static const struct {
	int start, end;     /* columns from the table's left, end excluded */
	const char *head;   /* N_() */
} cols[COLS_N] = {
	/* TRANSLATORS: column heads of the usage figures; a period (a day
	 * or a week), at most 11 characters. */
	[COL_PERIOD] = { 0, 11, N_("Period") },
	/* TRANSLATORS: visitors of the period, at most 19 characters. */
	[COL_VISITORS] = { 12, 31, N_("Visitors") },
	/* TRANSLATORS: questionnaires begun, at most 10 characters. */
	[COL_BEGUN] = { 32, 42, N_("Begun") },
	/* TRANSLATORS: questionnaires finished, at most 10 characters. */
	[COL_FINISHED] = { 43, 53, N_("Finished") },
	/* TRANSLATORS: finished of begun, in %, at most 8 characters. */
	[COL_RATE] = { 54, 62, N_("Rate") },
};

/* The heads of the table of periods on row @row, from column @x, at most
 * @width wide. */
static void
screen_figures_heads(int row, int x, int width)
{
	for (int c = 0; c < COLS_N; c++) {
		const char *head = _(cols[c].head);
		int w = draw_width(head), span = cols[c].end - cols[c].start;
		int at = c <= COL_VISITORS || w >= span ? cols[c].start :
		    cols[c].end - w;

		if (at < width)
			draw_text(row, x + at, width - at < span ? width - at :
			    span, head, A_BOLD);
	}
}

/* The table of periods: visitors as a bar and a number, the
 * questionnaires begun and finished, the rate finished of begun (spoken
 * with d.say: a sentence a period, the bar left out). */
static void
screen_figures_periods(struct app *app, struct doc *d, int x, int width,
    const struct figures *f)
{
	int max = 1, row;

	/* The column heads are drawing: speech says each row in words. */
	if (d->say == NULL) {
		if ((row = doc_row(d, d->line)) >= 0)
			screen_figures_heads(row, x, width);
		d->line++;
	}
	for (size_t i = 0; i < f->nperiods; i++)
		if (f->periods[i].sessions > max)
			max = f->periods[i].sessions;
	for (size_t i = 0; i < f->nperiods; i++) {
		const struct figures_period *p = &f->periods[i];
		char *nums;

		if (d->say != NULL) {
			char *visitors = xasprintf(ngettext("%d visitor",
			    "%d visitors", (unsigned long)p->sessions), p->sessions);
			char *done = screen_figures_done(p);
			char *head = xasprintf(_("%s: %s"), p->label, visitors);

			utterance_addf(d->say, "%s, %s", head, done);
			free(head);
			free(visitors);
			free(done);
		} else if ((row = doc_row(d, d->line)) >= 0) {
			draw_text(row, x, 11, p->label, 0);
			draw_bar(row, x + 12, 14, (double)p->sessions / max,
			    app_attr(app, UI_ROLE_BAR));
			nums = xasprintf("%4d %10d %10d %6.0f %%", p->sessions,
			    p->started, p->completed, p->completion_rate * 100);
			draw_text(row, x + 27, width - 27, nums, 0);
			free(nums);
		}
		d->line++;
	}
}

/* The totals in words, and the mean rating when there is one. */
static void
screen_figures_totals(struct app *app, struct doc *d, int x, int width,
    const struct figures_period *t)
{
	char *visitors = xasprintf(ngettext("%d visitor", "%d visitors",
	    (unsigned long)t->sessions), t->sessions);
	char *done = screen_figures_done(t);
	char *codes = xasprintf(ngettext("%d code kept", "%d codes kept",
	    (unsigned long)t->handoffs), t->handoffs);
	char *line;

	/* TRANSLATORS: the three parts are "%d visitors",
	 * "%d questionnaires begun, %d finished", "%d codes kept". */
	line = xasprintf(_("In all: %s, %s, %s."), visitors, done, codes);
	doc_text(d, x, width, line, 0);
	free(line);
	free(visitors);
	free(done);
	free(codes);
	if (t->nratings > 0) {
		char *mean = app_number(app, t->mean_rating, 1);

		/* TRANSLATORS: %s is a mean such as "4.2" (written
		 * with the language's decimal separator). */
		line = xasprintf(ngettext("Was it helpful: %s of 5 on average "
		    "(%d answer).", "Was it helpful: %s of 5 on average (%d "
		    "answers).", (unsigned long)t->nratings),
		    mean, t->nratings);
		doc_text(d, x, width, line, 0);
		free(line);
		free(mean);
	}
}

/* linkdoc_write_fn of the figures of the range shown, or why there are
 * none. */
static const char *
screen_figures_doc(struct app *app, void *ctx, struct doc *d, int x,
    int width)
{
	const struct screen_figures_state *s = ctx;
	char *line;

	if (s->f == NULL)
		return status_message(ORIENTATION_DB_ERROR);
	line = xasprintf(_("From %s to %s"), s->from, s->to);
	doc_text(d, x, width, line, app_attr(app, UI_ROLE_EMPHASIS));
	free(line);
	screen_figures_periods(app, d, x, width, s->f);
	doc_gap(d);
	screen_figures_totals(app, d, x, width, &s->f->total);
	screen_figures_list(app, d, x, width, _("Languages"),
	    &s->f->total.languages, language_name);
	screen_figures_list(app, d, x, width, _("Services opened most"),
	    &s->f->total.services, service_name);
	screen_figures_list(app, d, x, width, _("Occupations opened most"),
	    &s->f->total.occupations, occupation_name);
	if (s->f->total.searches_empty > 0) {
		line = xasprintf(ngettext("%d search found nothing (the words are "
		    "never kept).", "%d searches found nothing (the words are "
		    "never kept).", (unsigned long)s->f->total.searches_empty),
		    s->f->total.searches_empty);
		doc_text(d, x, width, line, 0);
		free(line);
	}
	return NULL;
}

/* export_file_writer of the figures of the range shown. */
static enum orientation_status
screen_figures_write(FILE *out, void *ctx)
{
	const struct screen_figures_export *e = ctx;

	return figures_csv(e->app->state, e->s->from, e->s->to,
	    ranges[e->s->range].by_week, out);
}

/* Write the figures of the range shown as CSV beside the reports. */
static void
screen_figures_export(struct app *app, struct screen_figures_state *s)
{
	struct screen_figures_export e = { .app = app, .s = s };
	char *path = xasprintf("%s/figures-%s-%s.csv", app->opts.output_dir,
	    s->from, s->to);

	export_file_save(app, path, screen_figures_write, &e);
	free(path);
}

/* Choice @chosen: a range (shown from its top), or the CSV file. */
static void
screen_figures_chosen(struct app *app, void *state, int chosen)
{
	struct screen_figures_state *s = state;

	if (chosen < CHOICES - 1) {
		s->view.scroll = 0;
		screen_figures_load(app, s, chosen);
	} else {
		screen_figures_export(app, s);
	}
}

/* The figures of the range shown, then the choices, which stay when the
 * figures cannot be read. */
static const struct linkdoc_look look = {
	.margin = 2,
	.write = screen_figures_doc,
	.label = screen_figures_label,
	.keep_links = true,
	.chosen = screen_figures_chosen,
};

const struct screen_ops screen_figures_ops = {
	.title = N_("Usage figures"),
	.help = N_("Choose a period with the lines at the bottom; Page Up and "
	    "Page Down scroll. Nothing here can be tied to a visitor."),
	LINKDOC_OPS(look),
	.state_size = sizeof(struct screen_figures_state),
	.open = screen_figures_open,
	.close = screen_figures_close,
};
