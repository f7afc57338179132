/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * For the store and catalog-build only: the search documents that are
 * built in two places, defined once.  catalog-build indexes the rows of
 * every item when it makes the catalog; a counselor's edit rebuilds the
 * rows of one service (upkeep-service.c) from the same definition.  The
 * documents that only the build makes stay in data/ as views
 * search_source_* (data/catalog.sql says how they are read).
 */
#ifndef STORE_SEARCH_SOURCE_H
#define STORE_SEARCH_SOURCE_H

/**
 * The search documents of services as one SELECT with the columns kind
 * ('service'), ref (the service id), lang, label (its name), body and
 * preferred (1): one row per service and language that has texts.  A
 * service is found by its name, its provider's name and abbreviation,
 * what it offers and its keywords.  Static; usable as a subquery.
 */
const char *search_source_service(void);

#endif
