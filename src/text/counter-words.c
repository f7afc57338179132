/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Counter sentences: the names of the counters linked to a need, joined
 * by " / ", in a sentence whose plural follows their number.
 */
#include "counter-words.h"

#include <stdlib.h>

#include "store/luxembourg.h"
#include "util/i18n.h"
#include "util/xmalloc.h"

char *
counter_words_for_need(struct catalog *cat, const char *need_id,
    const char *lang)
{
	struct service_item *c;
	size_t n = luxembourg_need_counters(cat, need_id, lang, &c);
	char *names = xstrdup(""), *line = NULL;

	for (size_t i = 0; i < n; i++) {
		char *next = xasprintf("%s%s%s", names, i ? " / " : "", c[i].name);

		free(names);
		names = next;
	}
	if (n > 0)
		line = xasprintf(ngettext("At the Guidance Centre, walk in at the "
		    "counter: %s.", "At the Guidance Centre, walk in at one of the "
		    "counters: %s.", n), names);
	free(names);
	rows_free(c);
	return line;
}
