/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * An interest profile put into words in the current language: the code,
 * the ties, how clear and how consistent it is.  Shared by the screens,
 * the plain line mode and the printed report; no curses here.
 */
#ifndef TEXT_PROFILE_WORDS_H
#define TEXT_PROFILE_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/riasec.h"
#include "core/session.h"
#include "store/catalog.h"

/** "Your interest code: SAE (Social, Artistic, Enterprising)", or a
 *  sentence saying there are too few answers.  New string; caller frees. */
char *profile_words_code_line(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

/** The ties that decide the code, as sentences, or NULL if there are
 *  none.  New string; caller frees. */
char *profile_words_ties(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

/** How clear the profile is, in plain words, or NULL. */
const char *profile_words_clarity(const struct riasec_profile *p);

/** How consistent the two strongest types are, in plain words, or NULL. */
const char *profile_words_consistency(const struct riasec_profile *p);

/** Type @t's share in words, "Realistic, 75 percent" (what a bar shows),
 *  or that it has too few answers; @name is the type's name.  New string;
 *  caller frees. */
char *profile_words_share(const struct riasec_profile *p, const char *name,
    enum riasec_type t);

/** That the code is short because some types have too few answers, or
 *  NULL when it is not short. */
const char *profile_words_short_code(const struct riasec_profile *p);

/** The reminder that a profile is not a test result. */
const char *profile_words_reminder(void);

/**
 * The whole profile as sentences, in the order the screen shows it: the
 * code, each type's share, ties, a short code, clarity, consistency, what
 * the top types enjoy with examples, the reminder.  Said by the line mode
 * and by speech (@spoken: the code's letters apart, to be spelled).
 * @return *@n new strings; free with xfree_strings().
 */
char **profile_words_sentences(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT], bool spoken,
    size_t *n);

/**
 * profile_words_sentences() for the profile of session @se, with the type
 * names of @cat in the session's language.
 * @return *@n new strings; free with xfree_strings().
 */
char **profile_words_of_session(struct catalog *cat, const struct session *se,
    bool spoken, size_t *n);

#endif
