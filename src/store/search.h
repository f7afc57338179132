/*
 * The one search box: services, occupations (preferred and alternative
 * labels) and ISCO groups, in every language, through SQLite FTS5 with the
 * folding of core/fold.h.  Whatever the visitor types is safe.
 */
#ifndef STORE_SEARCH_H
#define STORE_SEARCH_H

#include <stddef.h>

struct catalog;

enum search_kind {
	SEARCH_SERVICE,
	SEARCH_OCCUPATION,
	SEARCH_ISCO,
	SEARCH_KIND_COUNT
};

struct search_hit {
	enum search_kind kind;
	char ref[48];   /* service id, occupation id, ISCO code */
	char lang[8];   /* language of the label that matched */
	char *label;    /* the label as written in the catalog */
};

/**
 * Search for @typed.  Hits come grouped by kind (services, occupations,
 * ISCO groups); within a kind, labels equal to the query first, then
 * matches in @lang, then in the other languages; each item once; at most
 * @per_kind per kind.  *@out is a new array (NULL when none); free with
 * search_hits_free.  @return the number of hits.
 */
size_t search_run(struct catalog *cat, const char *typed, const char *lang,
    size_t per_kind, struct search_hit **out);

/** Free an array from search_run. */
void search_hits_free(struct search_hit *hits, size_t n);

/**
 * Overwrite what SQLite keeps of the last search: the full-text
 * tokenizer keeps the last word it folded in a buffer of its own, which
 * a search for a word of FOLD_QUERY_MAX_TERM letters overwrites.  For
 * when the visitor leaves the search.
 */
void search_forget(struct catalog *cat);

#endif
