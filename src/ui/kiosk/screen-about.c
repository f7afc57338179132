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
#include "ui/widgets/docpage.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The paragraphs, each followed by an empty line, then the version. */
static const char *const paragraphs[] = {
	N_("This kiosk helps you find out which kinds of work interest you, "
	    "which occupations could fit you, and which guidance services in "
	    "Luxembourg can help you further. It is not a test: there are no "
	    "right or wrong answers."),
	N_("The Maison de l'orientation (Guidance Centre) opened in 2012 and "
	    "is organised by the law of 22 June 2017. It brings together, in "
	    "one place, public services and private bodies that help with "
	    "choosing studies, training and work. You can walk in without an "
	    "appointment. Web: maison-orientation.public.lu."),
	N_("The information about services may be out of date. The staff at "
	    "the desk will gladly help you further."),
	N_("Facts about Luxembourg (addresses, counters, trades, ADEM's "
	    "shortage list, the guides) come from public sources; each one is "
	    "listed with its address, its date and how reliable it is in the "
	    "file data/sources.csv. Where a person has not checked a fact, the "
	    "screen says where it comes from and how old the source is."),
	N_("Occupations: this service uses the ESCO classification of the "
	    "European Commission (ESCO v1.2, © European Union). Interest and "
	    "skill profiles of occupations include information from the O*NET "
	    "29.3 Database by the U.S. Department of Labor, Employment and "
	    "Training Administration (USDOL/ETA), used under the CC BY 4.0 "
	    "licence; the data were selected and reformatted. O*NET is a "
	    "trademark of USDOL/ETA. The two are linked by the O*NET Resource "
	    "Center's ESCO to O*NET-SOC 2019 crosswalk, whose licence has not "
	    "been confirmed yet."),
	N_("The questions, descriptions and texts of this kiosk were written "
	    "for it. The program is free software under the GNU General "
	    "Public License, version 3 or later."),
};

/* The text in the current language into @d (drawn, or spoken with
 * d.say, a paragraph a sentence group). */
static const char *
screen_about_write(struct app *app, const struct docpage *p, struct doc *d,
    int x, int width)
{
	int attr = app_attr(app, UI_ROLE_NORMAL);
	char *version = xasprintf("%s %s", _("Version"), VERSION);

	(void)p;
	for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++) {
		doc_text(d, x, width, _(paragraphs[i]), attr);
		doc_gap(d);
	}
	doc_text(d, x, width, version, attr);
	free(version);
	return NULL;
}

static const struct docpage_look look = { .write = screen_about_write };

const struct screen_ops screen_about_ops = {
	.title = N_("About this kiosk"),
	.help = N_("Read with the arrow keys and Page Up / Page Down."),
	DOCPAGE_OPS(look),
};
