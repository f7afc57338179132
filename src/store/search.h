/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The one search box: services, the "How it works in Luxembourg" guides,
 * occupations (preferred, alternative and hidden labels) and ISCO groups,
 * in every language, through SQLite FTS5
 * with the tokenizer of store/tokenizer.h.  Whatever the visitor types is
 * safe: it is cut into words by that tokenizer, never parsed as a query.
 */
#ifndef STORE_SEARCH_H
#define STORE_SEARCH_H

#include <stddef.h>

#include "store/rows.h"

struct catalog;

#define SEARCH_MAX_WORDS 8    /* words of a query kept */
#define SEARCH_MAX_WORD 40    /* bytes of one word kept: folded, it fits
                               * the 64 bytes unicode61 folds into, which
                               * then never grows (search_forget) */

enum search_kind {
	SEARCH_SERVICE,
	SEARCH_GUIDE,
	SEARCH_OCCUPATION,
	SEARCH_ISCO,
	SEARCH_KIND_COUNT
};

struct search_hit {
	enum search_kind kind;
	char ref[48];      /* service id, guide id, occupation id, ISCO code */
	char lang[8];      /* language of the label that matched */
	char *label;       /* the label that matched, as written (owned) */
	char *preferred;   /* an occupation's preferred label (an ISCO
	                    * group's name) along the asked language's
	                    * fallback chain (else in lang) when it differs
	                    * from label, else NULL */
	char preferred_lang[8]; /* the language of preferred, else "" */
	char *detail;      /* what tells this hit from another one that would
	                    * read the same (ISCO group, code), else NULL */
};

/**
 * Search for @typed.  Hits come grouped by kind (services, guides,
 * occupations, ISCO groups), each item once, at most @per_kind per kind.  Within a
 * kind, the order is: labels in @lang before the other languages; labels
 * that start with the first word typed before labels that hold it later;
 * labels that hold every word before items whose other texts (a
 * service's description, its keywords) hold some of them; whole words
 * before prefixes ("bakker" before "bakkerij"); preferred
 * labels before alternative ones; shorter labels first.  Every match
 * takes part in that order, not only the first few.  *@out is a new array
 * (NULL when none); free with rows_free.  @return the number of hits.
 */
size_t search_run(struct catalog *cat, const char *typed, const char *lang,
    size_t per_kind, struct search_hit **out);

/** The name of @kind in English for scripts: "service", "occupation",
 * "isco" (the catalog's own word for it). */
const char *search_kind_name(enum search_kind kind);

/**
 * Overwrite what SQLite keeps of the last search: each tokenizer folds a
 * word into a buffer of its own and keeps it there.  Words reach them cut
 * to SEARCH_MAX_WORD bytes, so a search for a word that long overwrites
 * them.  For when the visitor leaves the search.
 */
void search_forget(struct catalog *cat);

#endif
