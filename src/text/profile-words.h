/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * An interest profile put into words in the current language: the code,
 * the ties, how clear and how consistent it is.  Shared by the screens,
 * the plain line mode and the printed report; no curses here.  The
 * sentences that speak of the person are worded for their reader: the
 * walk-in is spoken to ("Your interest code"), a counsellor reading a
 * walk-in's kept results reads of the walk-in ("Interest code").
 */
#ifndef TEXT_PROFILE_WORDS_H
#define TEXT_PROFILE_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/riasec.h"
#include "core/session.h"
#include "store/catalog.h"

/* Who reads the profile. */
enum profile_reader {
	PROFILE_READER_WALKIN,    /* the walk-in themself, spoken to as "you" */
	PROFILE_READER_COUNSELOR, /* a counsellor reading a walk-in's results */
	PROFILE_READER_COUNT
};

/** "Your interest code: SAE (Social, Artistic, Enterprising)" (for a
 *  counsellor "Interest code: ..."), or a sentence saying there are too
 *  few answers.  New string; caller frees. */
char *profile_words_code_line(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader);

/** The ties that decide the code, as sentences, or NULL if there are
 *  none.  New string; caller frees. */
char *profile_words_ties(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

/** How clear the profile is, in plain words for @reader, or NULL. */
const char *profile_words_clarity(const struct riasec_profile *p,
    enum profile_reader reader);

/** How consistent the two strongest types are, in plain words for
 *  @reader, or NULL. */
const char *profile_words_consistency(const struct riasec_profile *p,
    enum profile_reader reader);

/** Type @t's share in words, "Realistic, 75 percent" (what a bar shows),
 *  or that it has too few answers; @name is the type's name.  New string;
 *  caller frees. */
char *profile_words_share(const struct riasec_profile *p, const char *name,
    enum riasec_type t);

/** That the code is short because some types have too few answers, or
 *  NULL when it is not short. */
const char *profile_words_short_code(const struct riasec_profile *p);

/** The reminder that a profile is not a test result; the walk-in is
 *  also told that a counsellor can talk it through. */
const char *profile_words_reminder(enum profile_reader reader);

/**
 * The whole profile as sentences, in the order the screen shows it: the
 * code, each type's share, ties, a short code, clarity, consistency, the
 * top types with examples (and, for the walk-in, what they enjoy: the
 * catalogue words it to the walk-in), the reminder, worded for @reader.
 * Said by the line mode and by speech (@spoken: the code's letters apart,
 * to be spelled).
 * @return *@n new strings; free with xfree_strings().
 */
char **profile_words_sentences(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader, bool spoken, size_t *n);

/**
 * profile_words_sentences() for the walk-in of session @se, with the type
 * names of @cat in the session's language.
 * @return *@n new strings; free with xfree_strings().
 */
char **profile_words_of_session(struct catalog *cat, const struct session *se,
    bool spoken, size_t *n);

#endif
