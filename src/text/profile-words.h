/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * An interest profile put into words in the current language: the code,
 * the ties, how clear and how consistent it is.  Shared by the screens,
 * the plain line mode and the printed report; no curses here.
 */
#ifndef TEXT_PROFILE_WORDS_H
#define TEXT_PROFILE_WORDS_H

#include "core/riasec.h"
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

#endif
