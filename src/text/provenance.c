/*
 * Provenance lines.  The date a source shows is read from the catalog's
 * fact_source table (data/sources.csv); a person's check is the entry's
 * last_checked, set by a counselor's edit.
 */
#include "provenance.h"

#include <stdlib.h>

#include "store/luxembourg.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

char *
provenance_service_line(struct catalog *cat, const char *service_id,
    const char *last_checked, const char *source)
{
	char *date, *line;

	if (*last_checked != '\0')
		return xasprintf(_("Checked on %s. Source: %s."), last_checked,
		    source);
	date = luxembourg_source_date(cat, service_id);
	line = *date != '\0' ?
	    /* TRANSLATORS: the second %s is the date the source shows,
	     * such as 2022-09 or 2020-04-03. */
	    xasprintf(_("Source: %s; the oldest fact shown here is from a "
	        "source dated %s."), source, date) :
	    xasprintf(_("Source: %s (the source shows no date)."), source);
	free(date);
	return line;
}
