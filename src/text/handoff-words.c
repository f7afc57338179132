/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The hand-off code in words (see handoff-words.h). */
#include "handoff-words.h"

#include "util/i18n.h"
#include "util/xmalloc.h"

const char *
handoff_words_intro(void)
{
	return _("Your code for the counsellor:");
}

char *
handoff_words_line(const char *shown, const char *day)
{
	return xasprintf(_("Code: %s, valid until %s"), shown, day);
}

char *
handoff_words_valid_until(const char *day)
{
	/* TRANSLATORS: spoken after the hand-off code is spelled out. */
	return xasprintf(_("Valid until %s."), day);
}

const char *
handoff_words_notice(void)
{
	/* TRANSLATORS: what a code keeps, as docs/privacy.md lists it (the
	 * handoff tables): the language is kept to show the results in it. */
	return _("Show this code at the desk. Only your answers, scores, "
	    "skills, what you looked at and your language are kept, with no "
	    "name. To delete them sooner, choose \"Delete my results\" in the "
	    "main menu and type the code.");
}

const char *
handoff_words_failed(void)
{
	return _("Your results could not be kept. Please ask at the desk.");
}
