/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the two forms of a report share: the status messages, the data as
 * both read it (lists clamped to what the struct holds, the Holland code)
 * and the sentences both print; and the module's table of functions.  The
 * PDF is drawn in report-pdf.c, the text written in report-text.c, and
 * report-print.c hands a file to the printer.
 */
#include "config.h"

#include "report.h"
#include "report-internal.h"

#include <assert.h>
#include <math.h>

#include <glib.h>

#include "util/i18n.h"

static const char *const status_messages[] = {
	[REPORT_OK] = N_("OK"),
	[REPORT_WRITE_FAILED] = N_("The report could not be written."),
	[REPORT_NO_PRINTER] = N_("No printer is set up on this computer."),
	[REPORT_PRINT_FAILED] = N_("The report could not be sent to the printer."),
};

const char *
report_status_message(enum report_status status)
{
	if ((unsigned)status >= sizeof status_messages / sizeof status_messages[0])
		status = REPORT_WRITE_FAILED;
	return _(status_messages[status]);
}

int
report_percent(double share)
{
	return (int)(share * 100 + 0.5);
}

double
report_share(const struct riasec_profile *p, int t)
{
	assert(t >= 0 && t < RIASEC_COUNT);
	return fmin(fmax(p->share[t], 0), 1);
}

void
report_holland_code(const struct riasec_profile *p,
    char code[RIASEC_CODE_LEN + 1])
{
	int n = p->code_len < RIASEC_CODE_LEN ? p->code_len : RIASEC_CODE_LEN;

	for (int i = 0; i < n; i++)
		code[i] = riasec_letter(p->rank[i]);
	code[n < 0 ? 0 : n] = '\0';
}

bool
report_in_code(const struct riasec_profile *p, int t)
{
	for (int i = 0; i < p->code_len && i < RIASEC_CODE_LEN; i++)
		if ((int)p->rank[i] == t)
			return true;
	return false;
}

int
report_count_occupations(const struct report_data *d)
{
	return d->noccupations < 0 ? 0 : d->noccupations > REPORT_MAX_OCCUPATIONS ?
	    REPORT_MAX_OCCUPATIONS : d->noccupations;
}

int
report_count_services(const struct report_data *d)
{
	return d->nservices < 0 ? 0 : d->nservices > REPORT_MAX_SERVICES ?
	    REPORT_MAX_SERVICES : d->nservices;
}

char *
report_code_line(const struct report_data *d)
{
	if (d->expires != NULL)
		return g_strdup_printf(_("Code: %s, valid until %s"), d->code,
		    d->expires);
	/* TRANSLATORS: the code a visitor shows a counselor to get their
	 * results back. */
	return g_strdup_printf(_("Code: %s"), d->code);
}

char *
report_more_line(int n)
{
	/* TRANSLATORS: ends a list cut short to fit on one page. */
	return g_strdup_printf(ngettext("… and %d more", "… and %d more", n), n);
}

const char *
report_not_a_test(void)
{
	return _("This profile is not a test result and is not used to select "
	    "anyone. It shows what you said you enjoy, today. A counsellor at "
	    "the desk can talk it through with you.");
}

const char *
report_credits(void)
{
	return _("Occupations: this service uses the ESCO classification of the "
	    "European Commission (ESCO v1.2, © European Union). Interest and "
	    "skill profiles of occupations include information from the O*NET "
	    "29.3 Database by the U.S. Department of Labor, Employment and "
	    "Training Administration (USDOL/ETA), used under the CC BY 4.0 "
	    "licence; the data were selected and reformatted. O*NET is a "
	    "trademark of USDOL/ETA.");
}

const struct report_api orientation_report_api = {
	.pdf = report_pdf,
	.text = report_text,
	.print = report_print,
	.status_message = report_status_message,
};
