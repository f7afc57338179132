/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The catalog: read-only content (languages, questionnaire items, type
 * descriptions, ...) with texts per language.  Every text lookup walks the
 * language's chain (the language, then the fallbacks its row in
 * data/languages.csv names) and takes the first row it finds; the catalog
 * checks make sure every language finds one.
 */
#ifndef STORE_CATALOG_H
#define STORE_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "core/riasec.h"
#include "core/session.h"
#include "store/rows.h"
#include "util/status.h"

/* The schema this program reads; data/catalog.sql sets the same number. */
#define CATALOG_SCHEMA_VERSION 2

struct catalog;

struct catalog_language {
	char *code;        /* "nl", "fr", ... */
	char *native_name; /* "Nederlands", labelled in its own language */
	char *prompt;      /* "Kies uw taal", in its own language */
	char *plural;      /* gettext Plural-Forms of its po file */
	char *chain;       /* "lb:de:fr": itself, then its fallbacks */
	char *date;        /* "%d de %B de %Y": see core/convention.h */
	char *months;      /* twelve month names, space-separated */
	char *decimal;     /* "," or "." */
};

struct catalog_item {
	int id;                /* stable catalog id */
	enum riasec_type type;
	bool short_form;       /* part of the 30-item short form */
	char *text;            /* in the requested language (or English) */
};

struct catalog_skill {
	char *element_id;  /* O*NET element id, e.g. "2.A.1.a" */
	char *name;        /* short plain name */
	char *explanation; /* one line */
};

struct catalog_type_text {
	char *name;   /* established name of the type, e.g. "Sociaal" */
	char *enjoys; /* one sentence on what such people enjoy */
	char *fields; /* example fields of work */
};

/**
 * Open the catalog at @path read-only and check its schema version.  A
 * save that died half-way (a hot journal) is rolled back first where the
 * file is writable.
 * @return ORIENTATION_OK and *@out, or CATALOG_OPEN (missing/unreadable),
 * CATALOG_NOT_DB (not SQLite, damaged or empty), CATALOG_VERSION or
 * CATALOG_UNFINISHED (a hot journal this process cannot roll back).
 */
enum orientation_status catalog_open(const char *path, struct catalog **out);

/**
 * The catalog's revision, bumped by every counselor edit (meta.revision),
 * or -1 if it cannot be read.  Rolls back a save that died half-way since
 * the catalog was opened, where the file is writable.
 */
long catalog_revision(struct catalog *cat);

/**
 * Whether another file is at @cat's path now than the one opened (a new
 * catalog renamed over it, docs/catalog-publishing.md).  @cat goes on
 * reading the file it opened.  false when nothing is at the path.
 */
bool catalog_replaced(const struct catalog *cat);

/**
 * Give @cat's connection a page cache of @kib KiB from now on, also after
 * a reload (0: SQLite's default of 2000).  The kiosk keeps it small: the
 * file stays in the system's cache, and its own memory is what counts.
 */
void catalog_set_cache_kib(struct catalog *cat, int kib);

/**
 * Read again what the catalog keeps in memory (the languages), after a
 * counselor changed the file.  Pointers from catalog_languages become
 * invalid, unless it fails: the old list then stays.
 */
enum orientation_status catalog_reload(struct catalog *cat);

/** Close @cat and free everything it owns.  NULL is allowed. */
void catalog_free(struct catalog *cat);

/**
 * The UI languages in display order.  The array and strings are owned by
 * @cat and valid until catalog_free.
 */
size_t catalog_languages(const struct catalog *cat,
    const struct catalog_language **out);

/** The language with @code, or NULL.  Owned by @cat. */
const struct catalog_language *catalog_language_find(const struct catalog *cat,
    const char *code);

/** The language with @code among the @n of @langs (a catalog's, or the
 *  list built into the program), or NULL; a pointer into @langs. */
const struct catalog_language *catalog_language_in(
    const struct catalog_language *langs, size_t n, const char *code);

/**
 * Load the questionnaire items in asking order, texts in @lang; only the
 * short-form items if @short_form.  *@out is a new array (NULL when
 * empty): free it with rows_free.  @return the number of items.
 */
size_t catalog_items_load(struct catalog *cat, const char *lang,
    bool short_form, struct catalog_item **out);

/**
 * Start the questionnaire in @form for @s (session_begin_quiz with the
 * form's items, loaded in the session's language, at most
 * SESSION_MAX_ITEMS).  When @items is not NULL, *@items and *@nitems are
 * the loaded items, for their texts: free with rows_free.
 * @return the number of questions started; 0 when the catalogue has none,
 * and then @s is left as it was.
 */
int catalog_quiz_begin(struct catalog *cat, struct session *s,
    enum session_form form, time_t now, struct catalog_item **items,
    size_t *nitems);

/**
 * The skills of the self-assessment in asking order, texts in @lang.
 * *@out is a new array (NULL when empty): free it with rows_free.
 * @return the number of skills.
 */
size_t catalog_skills_load(struct catalog *cat, const char *lang,
    struct catalog_skill **out);

/**
 * The texts of the six types in @lang, indexed by enum riasec_type.
 * @return ORIENTATION_OK, or NOT_FOUND if a type is missing.  Free with
 * catalog_type_texts_free.
 */
enum orientation_status catalog_type_texts_load(struct catalog *cat,
    const char *lang, struct catalog_type_text out[RIASEC_COUNT]);

/** Free the strings of catalog_type_texts_load. */
void catalog_type_texts_free(struct catalog_type_text texts[RIASEC_COUNT]);

#endif
