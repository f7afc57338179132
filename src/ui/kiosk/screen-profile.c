/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The interest profile: six bars, a hexagon marking the profile's shape,
 * the Holland code with any ties said out loud, how clear and how
 * consistent the profile is, and what the top three types enjoy.  It is a
 * document that scrolls, drawn from the language-neutral session and the
 * types' texts, loaded on open and again when the language changes.
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/widgets/doc.h"
#include "ui/widgets/linkdoc.h"
#include "ui/widgets/menu.h"
#include "ui/widgets/profile-view.h"
#include "store/catalog.h"
#include "text/profile-words.h"
#include "speech/utterance.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

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
	struct linkdoc page; /* the profile, and next steps under it */
	struct catalog_type_text names[RIASEC_COUNT]; /* the types' texts in
	                      * the session's language, for the bars */
	char **said;         /* the profile in sentences, for speech */
	size_t nsaid;
};

static const char *
screen_profile_link(void *ctx, int index, char *buf, size_t bufsz)
{
	(void)ctx;
	(void)buf;
	(void)bufsz;
	return _(links[index].label);
}

/* Load the types' texts and the spoken sentences in the session's
 * language: on open and when the language changes, so that paint and
 * speak only read. */
static void
screen_profile_load(struct app *app, struct screen_profile_state *s)
{
	struct riasec_profile p;

	catalog_type_texts_load(app->catalog, app->session.lang, s->names);
	session_profile(&app->session, &p);
	s->said = profile_words_sentences(&p, s->names, PROFILE_READER_WALKIN,
	    true, &s->nsaid);
}

/* Free what screen_profile_load loaded. */
static void
screen_profile_drop(struct screen_profile_state *s)
{
	catalog_type_texts_free(s->names);
	xfree_strings(s->said, s->nsaid);
	s->said = NULL;
	s->nsaid = 0;
}

static void
screen_profile_open(struct app *app, void *state)
{
	struct screen_profile_state *s = state;

	linkdoc_init(&s->page, LINK_ROWS);
	screen_profile_load(app, s);
}

static void
screen_profile_close(void *state)
{
	struct screen_profile_state *s = state;

	screen_profile_drop(s);
}

static void
screen_profile_on_language(struct app *app, void *state)
{
	struct screen_profile_state *s = state;

	screen_profile_drop(s);
	screen_profile_load(app, s);
}

static void
screen_profile_paint(struct app *app, void *state)
{
	struct screen_profile_state *s = state;
	struct riasec_profile p;
	struct doc d = linkdoc_doc(&s->page);
	int x = 4, width = COLS - 8;

	session_profile(&app->session, &p);
	profile_view_doc(app, &d, x, width, &p, s->names, PROFILE_READER_WALKIN);
	linkdoc_paint(&s->page, app, &d, x, width, screen_profile_link, s);
}

static bool
screen_profile_key(struct app *app, void *state, const struct ui_key *key)
{
	struct screen_profile_state *s = state;
	int chosen;

	if (!linkdoc_key(&s->page, key, &chosen))
		return false;
	if (chosen >= 0)
		app_push_with(app, links[chosen].target,
		    screen_param_ref(links[chosen].param, ""));
	return true;
}

/* The profile in the words of the line mode (bars as "Realistic, 75
 * percent"), then the ways on; on a move, the way on.  Reads what open or
 * the language change loaded. */
static void
screen_profile_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out)
{
	struct screen_profile_state *s = state;

	(void)app;
	for (size_t i = 0; what == SCREEN_SPEAK_ALL && i < s->nsaid; i++)
		utterance_add(out, s->said[i]);
	menu_speak(&s->page.links, what, screen_profile_link, NULL, s, out);
}

const struct screen_ops screen_profile_ops = {
	.title = N_("My interest profile"),
	.help = N_("Page Up and Page Down move through your profile. The bars "
	    "show how much you liked each kind of activity; the letters of your "
	    "code are highlighted on the hexagon. The lines at the bottom lead "
	    "on: arrow keys and Enter, the number keys, or a tap."),
	.state_size = sizeof(struct screen_profile_state),
	.open = screen_profile_open,
	.close = screen_profile_close,
	.paint = screen_profile_paint,
	.key = screen_profile_key,
	.speak = screen_profile_speak,
	.on_language = screen_profile_on_language,
};
