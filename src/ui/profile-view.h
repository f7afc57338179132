/*
 * An interest profile put into words and pictures, in the current
 * language: shared by the visitor's profile screen, the counselor's view
 * of a kept session and the printed report.
 */
#ifndef UI_PROFILE_VIEW_H
#define UI_PROFILE_VIEW_H

#include "core/riasec.h"
#include "store/catalog.h"

struct app;
struct doc;

/** "Your interest code: SAE (Social · Artistic · Enterprising)", or a
 *  sentence saying there are too few answers.  New string; caller frees. */
char *profile_view_code_line(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

/** The ties that decide the code, as sentences, or NULL if there are
 *  none.  New string; caller frees. */
char *profile_view_ties(const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

/** How clear the profile is, in plain words, or NULL. */
const char *profile_view_clarity(const struct riasec_profile *p);

/** How consistent the two strongest types are, in plain words, or NULL. */
const char *profile_view_consistency(const struct riasec_profile *p);

/**
 * Add the whole profile to @d from column @x, @width wide: the code, the
 * bars beside the hexagon, ties, clarity, consistency, what the top three
 * types enjoy, and the not-a-test reminder.
 */
void profile_view_doc(struct app *app, struct doc *d, int x, int width,
    const struct riasec_profile *p,
    const struct catalog_type_text names[RIASEC_COUNT]);

#endif
