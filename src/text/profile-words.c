/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A profile in words (see profile-words.h).  Every sentence is a gettext
 * string, so the words follow the current language.
 */
#include "profile-words.h"

#include <stdlib.h>

#include "util/i18n.h"
#include "util/xmalloc.h"

/* The code line, by reader: to the walk-in, to a counsellor. */
static const char *const code_words[PROFILE_READER_COUNT] = {
	[PROFILE_READER_WALKIN] = N_("Your interest code: %s (%s)"),
	/* TRANSLATORS: a counsellor reads a walk-in's kept results: the
	 * code's letters, then the type names. */
	[PROFILE_READER_COUNSELOR] = N_("Interest code: %s (%s)"),
};

/* A profile without a code, by reader. */
static const char *const no_code_words[PROFILE_READER_COUNT] = {
	[PROFILE_READER_WALKIN] = N_("There are not enough answers to show a "
	    "profile. You can go back to the questionnaire from the menu."),
	[PROFILE_READER_COUNSELOR] = N_("There are not enough answers to show "
	    "a profile."),
};

/* The code line for @reader with the type names joined by @sep and the
 * code's letters joined by @letter_sep. */
static char *
profile_words_code(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader, const char *sep, const char *letter_sep)
{
	char code[2 * RIASEC_CODE_LEN + 1] = { 0 };
	char *list, *line;
	size_t k = 0;

	if (p->code_len == 0)
		return xstrdup(_(no_code_words[reader]));
	list = xstrdup("");
	for (int i = 0; i < p->code_len; i++) {
		char *next = xasprintf("%s%s%s", list, i ? sep : "",
		    names[p->rank[i]].name);

		if (i > 0 && *letter_sep != '\0')
			code[k++] = *letter_sep;
		code[k++] = riasec_letter(p->rank[i]);
		free(list);
		list = next;
	}
	line = xasprintf(_(code_words[reader]), code, list);
	free(list);
	return line;
}

char *
profile_words_code_line(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader)
{
	return profile_words_code(p, names, reader, ", ", "");
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

/* What a profile's clarity says, by reader and enum riasec_clarity. */
static const char *const clarity_words[PROFILE_READER_COUNT][RIASEC_CLARITY_CLEAR + 1] = {
	[PROFILE_READER_WALKIN] = {
		[RIASEC_CLARITY_CLEAR] = N_("Your interests are clear: some "
		    "kinds of activity attract you much more than others."),
		[RIASEC_CLARITY_MODERATE] = N_("Your interests are fairly clear: "
		    "some kinds of activity attract you more than others."),
		[RIASEC_CLARITY_BROAD] = N_("Your interests are broad: many kinds "
		    "of activity attract you about equally."),
	},
	[PROFILE_READER_COUNSELOR] = {
		[RIASEC_CLARITY_CLEAR] = N_("The walk-in's interests are clear: "
		    "some kinds of activity attract them much more than others."),
		[RIASEC_CLARITY_MODERATE] = N_("The walk-in's interests are "
		    "fairly clear: some kinds of activity attract them more than "
		    "others."),
		[RIASEC_CLARITY_BROAD] = N_("The walk-in's interests are broad: "
		    "many kinds of activity attract them about equally."),
	},
};

/* What a profile's consistency says, by reader and enum
 * riasec_consistency. */
static const char *const consistency_words[PROFILE_READER_COUNT]
    [RIASEC_CONSISTENCY_LOW + 1] = {
	[PROFILE_READER_WALKIN] = {
		[RIASEC_CONSISTENCY_HIGH] = N_("Your two strongest types are "
		    "neighbours on the hexagon: they go well together."),
		[RIASEC_CONSISTENCY_MEDIUM] = N_("Your two strongest types are one "
		    "step apart on the hexagon."),
		[RIASEC_CONSISTENCY_LOW] = N_("Your two strongest types sit "
		    "opposite each other on the hexagon: an unusual mix that can "
		    "open varied paths."),
	},
	[PROFILE_READER_COUNSELOR] = {
		[RIASEC_CONSISTENCY_HIGH] = N_("The walk-in's two strongest types "
		    "are neighbours on the hexagon: they go well together."),
		[RIASEC_CONSISTENCY_MEDIUM] = N_("The walk-in's two strongest "
		    "types are one step apart on the hexagon."),
		[RIASEC_CONSISTENCY_LOW] = N_("The walk-in's two strongest types "
		    "sit opposite each other on the hexagon: an unusual mix that "
		    "can open varied paths."),
	},
};

/* Entry @which of the @n @words, translated; NULL where there is none. */
static const char *
profile_words_pick(const char *const *words, size_t n, int which)
{
	if (which < 0 || (size_t)which >= n || words[which] == NULL)
		return NULL;
	return _(words[which]);
}

const char *
profile_words_clarity(const struct riasec_profile *p,
    enum profile_reader reader)
{
	return profile_words_pick(clarity_words[reader],
	    sizeof clarity_words[reader] / sizeof clarity_words[reader][0],
	    (int)p->clarity);
}

const char *
profile_words_consistency(const struct riasec_profile *p,
    enum profile_reader reader)
{
	return profile_words_pick(consistency_words[reader],
	    sizeof consistency_words[reader] /
	    sizeof consistency_words[reader][0], (int)p->consistency);
}

char *
profile_words_share(const struct riasec_profile *p, const char *name,
    enum riasec_type t)
{
	if (!p->enough[t])
		return xasprintf(_("%s: %s"), name, _("not enough answers"));
	/* TRANSLATORS: an interest type and its share of the profile, said
	 * in words (spoken, and in the line mode): "Realistic, 75 percent". */
	return xasprintf(_("%s, %d percent"), name,
	    (int)(p->share[t] * 100 + 0.5));
}

const char *
profile_words_short_code(const struct riasec_profile *p)
{
	if (p->code_len > 0 && p->code_len < RIASEC_CODE_LEN)
		return _("Some types have too few answers, so the code is shorter "
		    "than three letters.");
	return NULL;
}

/* The not-a-test reminder, by reader: a counsellor is not sent to the
 * desk. */
static const char *const reminder_words[PROFILE_READER_COUNT] = {
	[PROFILE_READER_WALKIN] = N_("This profile is not a test result and "
	    "is not used to select anyone. It shows what you said you enjoy, "
	    "today. A counsellor at the desk can talk it through with you."),
	[PROFILE_READER_COUNSELOR] = N_("This profile is not a test result and "
	    "is not used to select anyone. It shows what the walk-in said they "
	    "enjoyed on the day they answered."),
};

const char *
profile_words_reminder(enum profile_reader reader)
{
	return _(reminder_words[reader]);
}

/* Append @text (taken) to the @n sentences of *@v, growing it. */
static void
profile_words_push(char ***v, size_t *n, size_t *cap, char *text)
{
	if (text == NULL)
		return;
	*v = xgrow(*v, *n, cap, 16, sizeof **v);
	(*v)[(*n)++] = text;
}

char **
profile_words_sentences(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader, bool spoken, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	const char *words;

	*n = 0;
	profile_words_push(&v, n, &cap, profile_words_code(p, names, reader,
	    ", ", spoken ? " " : ""));
	for (int t = 0; t < RIASEC_COUNT; t++)
		profile_words_push(&v, n, &cap, profile_words_share(p,
		    names[t].name, (enum riasec_type)t));
	profile_words_push(&v, n, &cap, profile_words_ties(p, names));
	if ((words = profile_words_short_code(p)) != NULL)
		profile_words_push(&v, n, &cap, xstrdup(words));
	if ((words = profile_words_clarity(p, reader)) != NULL)
		profile_words_push(&v, n, &cap, xstrdup(words));
	if ((words = profile_words_consistency(p, reader)) != NULL)
		profile_words_push(&v, n, &cap, xstrdup(words));
	for (int i = 0; i < p->code_len; i++) {
		enum riasec_type t = p->rank[i];
		char *head = reader == PROFILE_READER_WALKIN ?
		    xasprintf(_("%s: %s"), names[t].name, names[t].enjoys) :
		    xstrdup(names[t].name);

		profile_words_push(&v, n, &cap, xasprintf("%d. %s", i + 1, head));
		free(head);
		profile_words_push(&v, n, &cap, xasprintf(_("For example: %s"),
		    names[t].fields));
	}
	profile_words_push(&v, n, &cap, xstrdup(profile_words_reminder(reader)));
	return v;
}

char **
profile_words_of_session(struct catalog *cat, const struct session *se,
    bool spoken, size_t *n)
{
	struct catalog_type_text names[RIASEC_COUNT];
	struct riasec_profile p;
	char **lines;

	session_profile(se, &p);
	catalog_type_texts_load(cat, se->lang, names);
	lines = profile_words_sentences(&p, names, PROFILE_READER_WALKIN,
	    spoken, n);
	catalog_type_texts_free(names);
	return lines;
}
