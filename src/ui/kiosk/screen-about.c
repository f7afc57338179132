/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * About this kiosk: what it is, the Maison de l'orientation, where the data
 * come from and under which licences, and the version.  Scrolls with the
 * arrow and page keys.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "ui/app.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_about_state {
	int scroll;  /* first text line shown */
	int lines;   /* lines the text wrapped to at the last paint */
};

/* The whole text in the current language; the caller frees it. */
static char *
screen_about_text(void)
{
	return xasprintf("%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s %s",
	    _("This kiosk helps you find out which kinds of work interest you, "
	      "which occupations could fit you, and which guidance services in "
	      "Luxembourg can help you further. It is not a test: there are no "
	      "right or wrong answers."),
	    _("The Maison de l'orientation (Guidance Centre) opened in 2012 and "
	      "is organised by the law of 22 June 2017. It brings together, in "
	      "one place, public services and private bodies that help with "
	      "choosing studies, training and work. You can walk in without an "
	      "appointment. Web: maison-orientation.public.lu."),
	    _("The information about services may be out of date. The staff at "
	      "the desk will gladly help you further."),
	    _("Facts about Luxembourg (addresses, counters, trades, ADEM's "
	      "shortage list, the guides) come from public sources; each one is "
	      "listed with its address, its date and how reliable it is in the "
	      "file data/sources.csv. Where a person has not checked a fact, the "
	      "screen says where it comes from and how old the source is."),
	    _("Occupations: this service uses the ESCO classification of the "
	      "European Commission (ESCO v1.2, © European Union). Interest and "
	      "skill profiles of occupations include information from the O*NET "
	      "29.3 Database by the U.S. Department of Labor, Employment and "
	      "Training Administration (USDOL/ETA), used under the CC BY 4.0 "
	      "licence; the data were selected and reformatted. O*NET is a "
	      "trademark of USDOL/ETA. The two are linked by the O*NET Resource "
	      "Center's ESCO to O*NET-SOC 2019 crosswalk, whose licence has not "
	      "been confirmed yet."),
	    _("The questions, descriptions and texts of this kiosk were written "
	      "for it. The program is free software under the GNU General "
	      "Public License, version 3 or later."),
	    _("Version"), VERSION);
}

static void *
screen_about_open(struct app *app)
{
	(void)app;
	return xcalloc(1, sizeof(struct screen_about_state));
}

static void
screen_about_paint(struct app *app, void *state)
{
	struct screen_about_state *s = state;
	int y = APP_BODY_TOP, x = 4, width = COLS - 8;
	int rows = app_body_bottom() - y;
	char *text = screen_about_text();

	s->lines = draw_wrapped(y, x, width, rows, s->scroll, text,
	    app_attr(app, UI_ROLE_NORMAL));
	if (s->scroll + rows < s->lines)
		draw_text(app_body_bottom(), x, width,
		    _("More below: use the arrow keys."), app_attr(app, UI_ROLE_DIM));
	free(text);
	move(y, x);
}

static bool
screen_about_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_about_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->lines,
	    app_body_bottom() - APP_BODY_TOP, key);
}

const struct screen_ops screen_about_ops = {
	.title = N_("About this kiosk"),
	.help = N_("Read with the arrow keys and Page Up / Page Down."),
	.open = screen_about_open,
	.paint = screen_about_paint,
	.key = screen_about_key,
};
