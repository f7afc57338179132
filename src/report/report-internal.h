/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the PDF (report-pdf.c) and the text (report-text.c) reports share:
 * the data as they read it (lists clamped, the Holland code) and the
 * sentences both print.  Defined in report.c; not for other modules.
 */
#ifndef REPORT_REPORT_INTERNAL_H
#define REPORT_REPORT_INTERNAL_H

#include <stdbool.h>

#include "report.h"

/* The name of the centre; a proper name, not translated. */
#define REPORT_CENTRE_NAME "Maison de l'orientation"

/** @share (0 .. 1) as a whole percentage, rounded as the profile screen
 * does. */
int report_percent(double share);

/** The share of type @t in @p clamped to 0 .. 1. */
double report_share(const struct riasec_profile *p, int t);

/** The Holland code of @p ("SAE") into @code, or "" if nothing could be
 * scored. */
void report_holland_code(const struct riasec_profile *p,
    char code[RIASEC_CODE_LEN + 1]);

/** Whether type @t is one of the letters of @p's code. */
bool report_in_code(const struct riasec_profile *p, int t);

/** The occupations of @d, clamped to 0 .. REPORT_MAX_OCCUPATIONS. */
int report_count_occupations(const struct report_data *d);

/** The services of @d, clamped to 0 .. REPORT_MAX_SERVICES. */
int report_count_services(const struct report_data *d);

/** "Code: X, valid until Y" or "Code: X" for @d (whose code is not
 * NULL); a new string the caller frees with g_free. */
char *report_code_line(const struct report_data *d);

/** "... and N more" for @n left out; a new string for g_free. */
char *report_more_line(int n);

/** The not-a-test note in the current language (the profile screen's);
 * static, valid until the next language switch. */
const char *report_not_a_test(void);

/** The data credits in the current language (the About screen's);
 * static, valid until the next language switch. */
const char *report_credits(void);

#endif
