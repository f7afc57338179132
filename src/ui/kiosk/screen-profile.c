/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The interest profile: six bars, a hexagon marking the profile's shape,
 * the Holland code with any ties said out loud, how clear and how
 * consistent the profile is, and what the top three types enjoy.  It is a
 * document that scrolls, drawn from the language-neutral session and the
 * types' texts, loaded on open and again when the language changes.
 */
#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/linkdoc.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/profile-view.h"
#include "store/catalog.h"
#include "text/profile-words.h"
#include "util/i18n.h"

#define LINK_ROWS 4

/* Where to go from the profile. */
static const struct {
	const char *label;   /* N_() text */
	enum screen_id target;
	enum screen_param_kind param;
} links[LINK_ROWS] = {
	{ N_("Occupations that fit me"), SCREEN_MATCHES, SCREEN_PARAM_NONE },
	{ N_("Assess my skills"), SCREEN_SKILLS, SCREEN_PARAM_NONE },
	{ N_("Where to ask next"), SCREEN_SERVICE_LIST,
	    SCREEN_PARAM_LIST_RECOMMEND },
	{ N_("Keep my results for a counsellor"), SCREEN_HANDOFF,
	    SCREEN_PARAM_NONE },
};

struct screen_profile_state {
	struct linkdoc page; /* first: the profile, and next steps under it */
	struct catalog_type_text names[RIASEC_COUNT]; /* the types' texts in
	                      * the session's language, for the bars */
};

static const char *
screen_profile_link(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return _(links[index].label);
}

/* Load the types' texts in the session's language: on open and when the
 * language changes, so that paint and speak only read. */
static void
screen_profile_open(struct app *app, void *state)
{
	struct screen_profile_state *s = state;

	linkdoc_init(&s->page, LINK_ROWS);
	catalog_type_texts_load(app->catalog, app->session.lang, s->names);
}

static void
screen_profile_close(void *state)
{
	struct screen_profile_state *s = state;

	catalog_type_texts_free(s->names);
}

static void
screen_profile_on_language(struct app *app, void *state)
{
	struct screen_profile_state *s = state;

	catalog_type_texts_free(s->names);
	catalog_type_texts_load(app->catalog, app->session.lang, s->names);
}

/* linkdoc_write_fn of the profile: drawn, or said in the words of the
 * line mode (bars as "Realistic, 75 percent"). */
static const char *
screen_profile_write(struct app *app, void *ctx, struct doc *d, int x,
    int width)
{
	const struct screen_profile_state *s = ctx;
	struct riasec_profile p;

	session_profile(&app->session, &p);
	profile_view_doc(app, d, x, width, &p, s->names, PROFILE_READER_WALKIN);
	return NULL;
}

static void
screen_profile_chosen(struct app *app, void *state, int index)
{
	(void)state;
	app_push_with(app, links[index].target,
	    screen_param_ref(links[index].param, ""));
}

static const struct linkdoc_look look = {
	.margin = 4,
	.write = screen_profile_write,
	.label = screen_profile_link,
	.chosen = screen_profile_chosen,
};

const struct screen_ops screen_profile_ops = {
	.title = N_("My interest profile"),
	.help = N_("Page Up and Page Down move through your profile. The bars "
	    "show how much you liked each kind of activity; the letters of your "
	    "code are highlighted on the hexagon. The lines at the bottom lead "
	    "on: arrow keys and Enter, the number keys, or a tap."),
	LINKDOC_OPS(look),
	.state_size = sizeof(struct screen_profile_state),
	.open = screen_profile_open,
	.close = screen_profile_close,
	.on_language = screen_profile_on_language,
};
