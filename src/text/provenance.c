/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Provenance lines.  The date a source shows is read from the catalog's
 * fact_source table (data/sources.csv); a person's check is the entry's
 * last_checked, set by a counselor's edit.
 */
#include "provenance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/convention.h"
#include "store/catalog.h"
#include "store/luxembourg.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

/* The day @iso ("2026-12-04") written the way the current language
 * writes dates (core/convention.h); anything else as it is. */
static char *
provenance_day(struct catalog *cat, const char *iso)
{
	const struct catalog_language *l =
	    catalog_language_find(cat, i18n_language());
	int year, month, day, end = 0;

	if (l == NULL || sscanf(iso, "%4d-%2d-%2d%n", &year, &month, &day,
	    &end) != 3 || iso[end] != '\0')
		return xstrdup(iso);
	return convention_date(l->date, l->months, year, month, day);
}

char *
provenance_service_line(struct catalog *cat, const char *service_id,
    const char *last_checked, const char *source)
{
	char *date, *line;

	if (*last_checked != '\0') {
		date = provenance_day(cat, last_checked);
		line = xasprintf(_("Checked on %s. Source: %s."), date, source);
		free(date);
		return line;
	}
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

char *
provenance_host(const char *source)
{
	const char *p = strstr(source, "://");
	size_t n;

	if (p != NULL) {
		p += 3;
		n = strcspn(p, "/ ;");
	} else {
		const char *paren = strstr(source, " (");

		p = source;
		n = strcspn(p, ";");
		if (paren != NULL && (size_t)(paren - p) < n)
			n = (size_t)(paren - p);
	}
	return xasprintf("%.*s", (int)n, p);
}

char *
provenance_source_line(const char *source, const char *date)
{
	char *host = provenance_host(source), *line;

	line = strcmp(date, "n/s") == 0 ?
	    xasprintf(_("Source: %s (the source shows no date)."), host) :
	    xasprintf(_("Source: %s, dated %s."), host, date);
	free(host);
	return line;
}

char *
provenance_sources_line(struct catalog *cat, const char *pattern,
    const char *also)
{
	struct luxembourg_source *v;
	char *host, *all = xstrdup(""), *line = NULL;
	size_t n = luxembourg_sources(cat, pattern, also, &v);

	for (size_t i = 0; i < n; i++) {
		const char *date = v[i].date;
		char *item, *next;

		host = provenance_host(v[i].source);
		/* Several facts from one site: name it once. */
		if (strstr(all, host) != NULL) {
			free(host);
			continue;
		}
		item = strcmp(date, "n/s") == 0 ?
		    xasprintf(_("%s (undated)"), host) :
		    xasprintf("%s (%s)", host, date);
		free(host);
		next = xasprintf("%s%s%s", all, *all ? ", " : "", item);
		free(item);
		free(all);
		all = next;
	}
	if (n > 0)
		line = xasprintf(_("Sources: %s."), all);
	free(all);
	rows_free(v);
	return line;
}
