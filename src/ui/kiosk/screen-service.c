/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One service: what they do for you, for whom, how to reach them (as far
 * as confirmed), languages, where the facts come from and how old the
 * source is (or when a person checked them), and a plain note that the desk can help further.
 */
#include <assert.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/draw.h"
#include "ui/widgets/scroll.h"
#include "store/catalog.h"
#include "store/service.h"
#include "text/provenance.h"
#include "text/service-words.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

struct screen_service_state {
	char id[64];
	int scroll;
	int lines;
};

/* Language codes "de;en" as their own names "Deutsch, English". */
static char *
screen_service_languages(struct app *app, const char *codes)
{
	char *out = xstrdup(""), *copy = xstrdup(codes), *save = NULL;

	for (char *c = strtok_r(copy, ";", &save); c != NULL;
	    c = strtok_r(NULL, ";", &save)) {
		const struct catalog_language *l =
		    catalog_language_find(app->catalog, c);
		char *next = xasprintf("%s%s%s", out, *out ? ", " : "",
		    l != NULL ? l->native_name : c);

		free(out);
		out = next;
	}
	free(copy);
	return out;
}

static void *
screen_service_open(struct app *app)
{
	struct screen_service_state *s = xcalloc(1, sizeof *s);

	assert(app_param(app)->kind == SCREEN_PARAM_SERVICE);
	_Static_assert(sizeof s->id >= sizeof app_param(app)->ref,
	    "an id fits");
	/* fits: asserted above */
	snprintf(s->id, sizeof s->id, "%s", app_param(app)->ref);
	session_note_service(&app->session, s->id);
	app_count(app, STATE_USAGE_SERVICE, s->id);
	return s;
}

/* The page of service @d into @doc (drawn, or spoken with doc.say). */
static void
screen_service_doc(struct app *app, struct doc *doc,
    const struct service_detail *d, int x, int width)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS);
	struct service_words_field contacts[SERVICE_WORDS_CONTACTS];
	size_t ncontacts = service_words_contacts(d, contacts);
	char *langs, *line;

	doc_text(doc, x, width, d->name, head);
	doc_text(doc, x, width, d->provider, app_attr(app, UI_ROLE_DIM));
	doc_gap(doc);
	doc_text(doc, x, width, d->summary, A_BOLD);
	doc_gap(doc);
	doc_text(doc, x, width, _("What they do for you"), head);
	doc_text(doc, x + 2, width - 2, d->offer, 0);
	doc_gap(doc);
	doc_text(doc, x, width, _("For whom"), head);
	doc_text(doc, x + 2, width - 2, d->audience, 0);
	doc_field(doc, x + 2, width - 2, _("Groups"), d->groups, A_BOLD);
	doc_field(doc, x + 2, width - 2, _("Themes"), d->themes, A_BOLD);
	doc_gap(doc);
	doc_text(doc, x, width, _("How to reach them"), head);
	for (size_t i = 0; i < ncontacts; i++)
		doc_field(doc, x + 2, width - 2, contacts[i].label,
		    contacts[i].value, A_BOLD);
	if (ncontacts == 0)
		doc_text(doc, x + 2, width - 2, service_words_no_contact(), 0);
	langs = screen_service_languages(app, d->languages);
	doc_field(doc, x + 2, width - 2, _("Languages"), langs, A_BOLD);
	free(langs);
	doc_gap(doc);
	line = provenance_service_line(app->catalog, d->id, d->last_checked,
	    d->source);
	doc_text(doc, x, width, line, app_attr(app, UI_ROLE_DIM));
	free(line);
	doc_text(doc, x, width, service_words_out_of_date(),
	    app_attr(app, UI_ROLE_DIM));
}

/* Why the page is empty. */
static const char *
screen_service_gone(void)
{
	return _("This service is no longer in the catalogue.");
}

static void
screen_service_paint(struct app *app, void *state)
{
	struct screen_service_state *s = state;
	struct service_detail d;
	struct doc doc = { .top = APP_BODY_TOP,
	    .rows = app_body_bottom() - APP_BODY_TOP, .skip = s->scroll };
	int x = 4, width = COLS - 8;

	if (service_detail_load(app->catalog, s->id, app->session.lang, &d) !=
	    ORIENTATION_OK) {
		draw_text(APP_BODY_TOP, x, width, screen_service_gone(),
		    app_attr(app, UI_ROLE_ERROR));
		move(APP_BODY_TOP, x);
		return;
	}
	screen_service_doc(app, &doc, &d, x, width);
	doc_finish(&doc, x, width, app_attr(app, UI_ROLE_DIM), &s->lines);
	service_detail_free(&d);
	move(APP_BODY_TOP, x);
}

static bool
screen_service_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_service_state *s = state;

	(void)app;
	return scroll_key(&s->scroll, s->lines, app_body_bottom() - APP_BODY_TOP,
	    key);
}

/* The whole page, as drawn; scrolling moves no focus. */
static void
screen_service_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_service_state *s = state;
	struct service_detail d;
	struct doc doc = { .say = out };

	if (what != SCREEN_SPEAK_ALL)
		return;
	if (service_detail_load(app->catalog, s->id, app->session.lang, &d) !=
	    ORIENTATION_OK) {
		utterance_add(out, screen_service_gone());
		return;
	}
	screen_service_doc(app, &doc, &d, 4, COLS - 8);
	service_detail_free(&d);
}

const struct screen_ops screen_service_ops = {
	.title = N_("Service"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back to the list."),
	.open = screen_service_open,
	.paint = screen_service_paint,
	.key = screen_service_key,
	.speak = screen_service_speak,
};
