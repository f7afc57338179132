/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * An interest profile as a picture in the current language, shared by the
 * visitor's profile screen and the counselor's view of a kept session
 * (the words come from text/profile-words.h).
 */
#ifndef UI_PROFILE_VIEW_H
#define UI_PROFILE_VIEW_H

#include "core/riasec.h"
#include "store/catalog.h"
#include "text/profile-words.h"

struct app;
struct doc;

/**
 * Add the whole profile to @d from column @x, @width wide: the code, the
 * bars beside the hexagon, ties, clarity, consistency, what the top three
 * types enjoy (the walk-in only: the catalogue speaks to them), and the
 * not-a-test reminder, worded for @reader.  With @d->say, the profile's
 * sentences (profile_words_sentences) are spoken instead.
 */
void profile_view_doc(struct app *app, struct doc *d, int x, int width,
    const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT],
    enum profile_reader reader);

#endif
