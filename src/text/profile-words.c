/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A profile in words (see profile-words.h).  Every sentence is a gettext
 * string, so the words follow the current language.
 */
#include "profile-words.h"

#include <stdlib.h>

#include "util/i18n.h"
#include "util/xmalloc.h"

char *
profile_words_code_line(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT])
{
	char code[RIASEC_CODE_LEN + 1] = { 0 };
	char *list, *line;

	if (p->code_len == 0)
		return xstrdup(_("There are not enough answers to show a profile. "
		    "You can go back to the questionnaire from the menu."));
	list = xstrdup("");
	for (int i = 0; i < p->code_len; i++) {
		char *next = xasprintf("%s%s%s", list, i ? ", " : "",
		    names[p->rank[i]].name);

		code[i] = riasec_letter(p->rank[i]);
		free(list);
		list = next;
	}
	line = xasprintf(_("Your interest code: %s (%s)"), code, list);
	free(list);
	return line;
}

char *
profile_words_ties(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT])
{
	char *all = NULL;
	int i = 0;

	while (i < p->nrank - 1 && i < p->code_len) {
		int j = i;
		char *msg, *list, *next;

		while (j < p->nrank - 1 && p->tied_next[j])
			j++;
		if (j == i) {
			i++;
			continue;
		}
		/* rank[i..j] share a score */
		if (j == i + 1) {
			msg = xasprintf(_("%s and %s are tied."),
			    names[p->rank[i]].name, names[p->rank[j]].name);
		} else {
			list = xstrdup(names[p->rank[i]].name);
			for (int k = i + 1; k <= j; k++) {
				next = xasprintf("%s, %s", list, names[p->rank[k]].name);
				free(list);
				list = next;
			}
			msg = xasprintf(_("These types are tied: %s."), list);
			free(list);
		}
		next = all == NULL ? msg : xasprintf("%s %s", all, msg);
		if (next != msg)
			free(msg);
		free(all);
		all = next;
		i = j + 1;
	}
	return all;
}

const char *
profile_words_clarity(const struct riasec_profile *p)
{
	switch (p->clarity) {
	case RIASEC_CLARITY_CLEAR:
		return _("Your interests are clear: some kinds of activity attract "
		    "you much more than others.");
	case RIASEC_CLARITY_MODERATE:
		return _("Your interests are fairly clear: some kinds of activity "
		    "attract you more than others.");
	case RIASEC_CLARITY_BROAD:
		return _("Your interests are broad: many kinds of activity attract "
		    "you about equally.");
	default:
		return NULL;
	}
}

const char *
profile_words_consistency(const struct riasec_profile *p)
{
	switch (p->consistency) {
	case RIASEC_CONSISTENCY_HIGH:
		return _("Your two strongest types are neighbours on the hexagon: "
		    "they go well together.");
	case RIASEC_CONSISTENCY_MEDIUM:
		return _("Your two strongest types are one step apart on the "
		    "hexagon.");
	case RIASEC_CONSISTENCY_LOW:
		return _("Your two strongest types sit opposite each other on the "
		    "hexagon: an unusual mix that can open varied paths.");
	default:
		return NULL;
	}
}
