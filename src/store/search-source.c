/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search documents built both by catalog-build and by catalog upkeep
 * (search-source.h).
 */
#include "search-source.h"

const char *
search_source_service(void)
{
	return "SELECT 'service' AS kind, s.id AS ref, t.lang AS lang, "
	    "       t.name AS label, "
	    "       t.summary || ' ' || t.offer || ' ' || t.audience || ' ' || "
	    "       pt.name || ' ' || coalesce(p.abbrev, '') || ' ' || "
	    "       coalesce(k.keywords, '') AS body, 1 AS preferred "
	    "FROM service s "
	    "JOIN service_text t ON t.service_id = s.id "
	    "JOIN provider p ON p.id = s.provider_id "
	    "JOIN provider_text pt ON pt.provider_id = p.id AND pt.lang = t.lang "
	    "LEFT JOIN service_keyword k ON k.service_id = s.id "
	    "  AND k.lang = t.lang";
}
