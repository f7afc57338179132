/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One service: what they do for you, for whom, how to reach them (as far
 * as confirmed), languages, where the facts come from and how old the
 * source is (or when a person checked them), and a plain note that the desk can help further.
 */
#include <assert.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/docpage.h"
#include "store/catalog.h"
#include "store/service.h"
#include "text/provenance.h"
#include "text/service-words.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

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

/* The service the page was opened on into @doc (drawn, or spoken with
 * doc.say), or why there is none. */
static const char *
screen_service_write(struct app *app, const struct docpage *p,
    struct doc *doc, int x, int width)
{
	int head = app_attr(app, UI_ROLE_EMPHASIS);
	struct service_words_field contacts[SERVICE_WORDS_CONTACTS];
	struct service_detail d;
	size_t ncontacts;
	char *langs, *line;

	if (service_detail_load(app->catalog, p->param.ref, app->session.lang,
	    &d) != ORIENTATION_OK)
		return _("This service is no longer in the catalogue.");
	ncontacts = service_words_contacts(&d, contacts);
	doc_text(doc, x, width, d.name, head);
	doc_text(doc, x, width, d.provider, app_attr(app, UI_ROLE_DIM));
	doc_gap(doc);
	doc_text(doc, x, width, d.summary, A_BOLD);
	doc_gap(doc);
	doc_text(doc, x, width, _("What they do for you"), head);
	doc_text(doc, x + 2, width - 2, d.offer, 0);
	doc_gap(doc);
	doc_text(doc, x, width, _("For whom"), head);
	doc_text(doc, x + 2, width - 2, d.audience, 0);
	doc_field(doc, x + 2, width - 2, _("Groups"), d.groups, A_BOLD);
	doc_field(doc, x + 2, width - 2, _("Themes"), d.themes, A_BOLD);
	doc_gap(doc);
	doc_text(doc, x, width, _("How to reach them"), head);
	for (size_t i = 0; i < ncontacts; i++)
		doc_field(doc, x + 2, width - 2, contacts[i].label,
		    contacts[i].value, A_BOLD);
	if (ncontacts == 0)
		doc_text(doc, x + 2, width - 2, service_words_no_contact(app->opts.counselor), 0);
	langs = screen_service_languages(app, d.languages);
	doc_field(doc, x + 2, width - 2, _("Languages"), langs, A_BOLD);
	free(langs);
	doc_gap(doc);
	line = provenance_service_line(app->catalog, d.id, d.last_checked,
	    d.source);
	doc_text(doc, x, width, line, app_attr(app, UI_ROLE_DIM));
	free(line);
	doc_text(doc, x, width, service_words_out_of_date(app->opts.counselor),
	    app_attr(app, UI_ROLE_DIM));
	service_detail_free(&d);
	return NULL;
}

static const struct docpage_look look = { .write = screen_service_write };

/* A page, and a note that the visitor saw the service. */
static void
screen_service_open(struct app *app, void *state)
{
	struct docpage *p = state;

	assert(app_param(app)->kind == SCREEN_PARAM_SERVICE);
	docpage_open(app, p);
	session_note_service(&app->session, p->param.ref);
	app_count(app, STATE_USAGE_SERVICE, p->param.ref);
}

const struct screen_ops screen_service_ops = {
	.title = N_("Service"),
	.help = N_("Read with the arrow keys and Page Up / Page Down. Esc goes "
	    "back to the list."),
	.look = &look,
	.state_size = sizeof(struct docpage),
	.open = screen_service_open,
	.paint = docpage_paint,
	.key = docpage_key,
	.speak = docpage_speak,
};
