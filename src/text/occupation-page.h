/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the page of one occupation shows, read from the catalog in one
 * language at once: its names (and the language each comes from when it
 * is a fallback), its ISCO-08 groups, its interest profile with the type
 * names, the Luxembourg trades that lead to it, the skills that matter
 * most, and the labour-market facts.  The occupation screen loads one on
 * open and when the language changes; painting and speaking then only
 * read it, so they never query the catalog.  No curses here.
 *
 * Ownership: occupation_page_load() fills a page whose every string and
 * array is its own (nothing borrowed from the catalog, the store or
 * @m): it stays valid after they are freed, until occupation_page_free().
 */
#ifndef TEXT_OCCUPATION_PAGE_H
#define TEXT_OCCUPATION_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/match.h"
#include "core/riasec.h"
#include "store/luxembourg.h"
#include "store/occupation.h"

struct catalog;
struct occupation_store;

#define OCCUPATION_PAGE_ALTS 8     /* other names shown */
#define OCCUPATION_PAGE_SKILLS 5   /* skills shown */

/* A name and the language it comes from. */
struct occupation_page_name {
	char *text;       /* the name(s), "" when there are none */
	char *lang;       /* the language it is in, NULL if unknown */
	char *lang_name;  /* that language's own name when it is not the
	                   * reader's (a fallback), else NULL */
};

/* A skill that matters for the occupation. */
struct occupation_page_skill {
	char *name;
	char *explanation;
};

struct occupation_page {
	int id;
	struct match_occupation match;       /* profile, level, estimated */
	struct occupation_page_name label;   /* the preferred name */
	struct occupation_page_name alts;    /* "a; b; c", text "" if none */
	struct occupation_isco *isco;        /* widest group to the unit */
	size_t nisco;
	char *unit;                          /* the unit group's code, "" if none */
	char *type_names[RIASEC_COUNT];      /* the interest types' names */
	struct luxembourg_trade *trades;     /* trades that lead to it */
	size_t ntrades;
	bool skills_known;                   /* the occupation's skills are rated */
	struct occupation_page_skill *skills; /* most important first, those
	                                       * the catalog explains */
	size_t nskills;
	bool has_shortage;                   /* on ADEM's shortage list */
	struct luxembourg_shortage shortage;
	bool has_lmi;                        /* a counselor's checked facts */
	struct occupation_lmi lmi;
};

/**
 * Load into *@out the page of occupation @id, texts in @lang, from @cat
 * and @store; @m is its matching record (profile, level), copied.
 * @return true, or false (and an empty *@out) when the occupation is no
 * longer in the catalog or @m is NULL.
 */
bool occupation_page_load(struct catalog *cat, struct occupation_store *store,
    const struct match_occupation *m, int id, const char *lang,
    struct occupation_page *out);

/** Free what @page holds and empty it; an empty page is allowed. */
void occupation_page_free(struct occupation_page *page);

/**
 * @text (taken; NULL is "") as occupation @id's @which in @lang: with the
 * language it comes from and, when that is a fallback, its own name, for
 * a page or a list to mark it ("Maurer (Deutsch)").  Free the strings with
 * occupation_page_name_free.
 */
struct occupation_page_name occupation_page_name(struct catalog *cat,
    struct occupation_store *store, int id, enum occupation_text which,
    const char *lang, char *text);

/** Free the strings of @n and empty it. */
void occupation_page_name_free(struct occupation_page_name *n);

#endif
