/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Occupations in the catalog: ESCO occupations with their ISCO-08 groups,
 * interest and skill profiles for matching, and texts per language.  The
 * store uses the catalog's read-only connection.  Every
 * text look-up falls back to English when the requested language lacks a
 * row, as the catalog does.
 *
 * Ownership: every array or string returned through an out-parameter is
 * new and belongs to the caller, who frees it with the function named at
 * the look-up (rows_free for an array of rows, plain free() where it says
 * so); it stays valid
 * after the store is freed.  Empty results set *out to NULL and return 0.
 */
#ifndef STORE_OCCUPATION_H
#define STORE_OCCUPATION_H

#include <stddef.h>

#include "core/match.h"
#include "store/rows.h"
#include "util/status.h"

struct catalog;
struct occupation_store;

/* Where an occupation's interest or skill profile comes from. */
enum occupation_source {
	OCCUPATION_SOURCE_NONE,  /* no data; not matched on it */
	OCCUPATION_SOURCE_OWN,   /* its own linked O*NET occupations */
	OCCUPATION_SOURCE_ISCO,  /* estimated from its ISCO unit group */
};

struct occupation_entry {
	int id;       /* catalog id */
	char *label;  /* preferred label in the requested language */
};

struct occupation_isco {
	char *code;   /* ISCO-08 code, text with leading zeros: "0110" */
	char *label;  /* group title in the requested language */
	char *lang;   /* the language it is written in: the requested one or
	               * one of its fallbacks ("" when there is none) */
};

struct occupation_skill {
	char *element_id;   /* O*NET element id, as in the catalog's skills */
	double importance;  /* O*NET importance 1..5 */
};

/* Labour-market facts for Luxembourg; only checked, sourced rows exist. */
struct occupation_lmi {
	int apprenticeship; /* 1 offered, 0 not, -1 unknown */
	int shortage;       /* 1 shortage occupation, 0 not, -1 unknown */
	char *source;       /* who says so */
	char *checked;      /* when it was checked, YYYY-MM-DD */
};

/**
 * The occupations of the open catalog @cat, sharing its connection (the
 * catalog has checked the file and its version).  @return ORIENTATION_OK
 * and *@out (free with occupation_store_free before catalog_free), or
 * CATALOG_NOT_DB if the occupation tables are missing; *@out is then NULL.
 */
enum orientation_status occupation_store_open(struct catalog *cat,
    struct occupation_store **out);

/** Free @store (not the catalog's connection).  NULL is allowed. */
void occupation_store_free(struct occupation_store *store);

/** @return the number of occupations in the catalog. */
size_t occupation_store_count(struct occupation_store *store);

/**
 * Every occupation, in catalog id order, ready for match_rank.  skill[k]
 * is the importance of @skill_ids[k] (0 when there is no data), for the
 * first @nskills ids (at most MATCH_MAX_SKILLS; more are ignored).
 * *@out is a new array; free it with free().
 * @return the number of occupations.
 */
size_t occupation_store_load_matching(struct occupation_store *store,
    const char *const *skill_ids, int nskills, struct match_occupation **out);

/**
 * The preferred label of occupation @id in @lang.
 * @return a new string (free with free()), or NULL if there is no such id.
 */
char *occupation_store_label(struct occupation_store *store, int id,
    const char *lang);

/** Which texts of an occupation occupation_store_text_lang asks about. */
enum occupation_text {
	OCCUPATION_TEXT_LABEL,   /* the preferred label */
	OCCUPATION_TEXT_ALT,     /* the displayable alternative labels */
};

/**
 * The language that occupation @id's @which comes from for a reader of
 * @lang: @lang itself, one of its fallbacks, or NULL if none has it.  A
 * screen marks names that are not in the reader's language.
 * @return a new string (free with free()), or NULL.
 */
char *occupation_store_text_lang(struct occupation_store *store, int id,
    enum occupation_text which, const char *lang);

/**
 * The title of ISCO group @code in @lang; *@in (when @in is not NULL)
 * gets the language it is written in, "" when there is none (free both
 * with free()).
 * @return a new string, or NULL (and *@in NULL) if there is no such code.
 */
char *occupation_store_isco_label(struct occupation_store *store,
    const char *code, const char *lang, char **in);

/** Where the interest profile (and level) of occupation @id comes from. */
enum occupation_source occupation_store_riasec_source(
    struct occupation_store *store, int id);

/** Where the skill importances of occupation @id come from. */
enum occupation_source occupation_store_skill_source(
    struct occupation_store *store, int id);

/**
 * The ISCO groups of occupation @id from the major group down to its unit
 * group, titles in @lang.  Free with rows_free.
 * @return the number of groups: 4, or 0 if there is no such id.
 */
size_t occupation_store_isco_path(struct occupation_store *store, int id,
    const char *lang, struct occupation_isco **out);

/**
 * The groups one level below ISCO group @code ("" = the 10 major groups),
 * by code, titles in @lang.  Free with rows_free.
 * @return the number of groups; 0 for a unit group or an unknown code.
 */
size_t occupation_store_isco_children(struct occupation_store *store,
    const char *code, const char *lang, struct occupation_isco **out);

/**
 * The displayable alternative labels of occupation @id in the first
 * language along @lang's chain that has any (none outside the chain);
 * sorted, without the preferred label.
 * Hidden labels (search terms, misspellings) are never returned.
 * *@out is a new array of new strings: free with rows_free.
 * @return the number of labels.
 */
size_t occupation_store_alt_labels(struct occupation_store *store, int id,
    const char *lang, char ***out);

/**
 * The other occupations of the ISCO unit group of occupation @id, sorted
 * by label in @lang (accents and case folded).  Free with
 * rows_free.  @return the number of entries.
 */
size_t occupation_store_related(struct occupation_store *store, int id,
    const char *lang, struct occupation_entry **out);

/**
 * The occupations in ISCO group @code and the groups below it (a unit
 * group gives its own occupations), sorted by label in @lang.  Free with
 * rows_free.  @return the number of entries.
 */
size_t occupation_store_in_group(struct occupation_store *store,
    const char *code, const char *lang, struct occupation_entry **out);

/**
 * The (at most @max) most important of the rated skills for occupation
 * @id, most important first; ties in the skills' display order.  Free with
 * rows_free.  @return the number of skills.
 */
size_t occupation_store_top_skills(struct occupation_store *store, int id,
    size_t max, struct occupation_skill **out);

/**
 * The labour-market facts of occupation @id.  Fills *@out (free its
 * strings with occupation_lmi_free) and returns ORIENTATION_OK, or returns
 * NOT_FOUND and leaves *@out empty when nothing is known yet.
 */
enum orientation_status occupation_store_lmi(struct occupation_store *store,
    int id, struct occupation_lmi *out);

/** Free the strings of @lmi and empty it. */
void occupation_lmi_free(struct occupation_lmi *lmi);

#endif
