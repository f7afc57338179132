/*
 * Text folding for search, shared by the catalog build (index side) and
 * the search box (query side) so both fold exactly alike.
 *
 * SQLite's unicode61 tokenizer (remove_diacritics 2) already folds case and
 * accents: "electricien" finds "électricien", "backer" finds "Bäcker".  It
 * does not fold ß, and it cannot know that German writes ä as ae.  So:
 *  - ß and ẞ become "ss" on both sides;
 *  - index text holding ä, ö or ü gets a second, expanded copy appended
 *    ("Bäcker" -> "Bäcker Baecker"), so "baecker" and "backer" both match.
 * Pure C, no locale dependence: UTF-8 is decoded here.
 */
#ifndef CORE_FOLD_H
#define CORE_FOLD_H

#include <stddef.h>

#define FOLD_QUERY_MAX_TERMS 8    /* words of a query kept */
#define FOLD_QUERY_MAX_TERM 48    /* bytes of one word kept */

/**
 * Fold @text for the search index: ß -> ss, invisible format characters
 * (soft hyphen, zero-width space, BOM) dropped, runs of white space
 * collapsed, and an umlaut-expanded copy appended when it differs.
 * Invalid UTF-8 bytes are dropped.
 * @return a new string; the caller frees it.
 */
char *fold_index_text(const char *text);

/**
 * Build a safe FTS5 MATCH expression from what a visitor typed: every word
 * becomes a quoted prefix term ("word"*), AND-ed.  Quotes, operators,
 * parentheses, column filters and NEAR lose their meaning: only letters and
 * digits form words.  At most FOLD_QUERY_MAX_TERMS words of at most
 * FOLD_QUERY_MAX_TERM bytes are kept.
 * @return a new string, or NULL if the input holds no word; caller frees.
 */
char *fold_query(const char *typed);

#endif
