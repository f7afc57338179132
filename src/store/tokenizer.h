/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search index's tokenizer, named "orientation": SQLite's unicode61
 * (remove_diacritics 2, so case and accents fold: "electricien" finds
 * "électricien", "backer" finds "Bäcker") with two German rules added:
 *  - ß and ẞ become "ss" in every word, indexed or typed ("strasse" and
 *    "straße" are one word);
 *  - a word written with ä, ö or ü is indexed a second time at the same
 *    place with ae, oe, ue (an FTS5 synonym), so "baecker" finds
 *    "Bäcker" as "backer" and "bäcker" do.
 * A byte that is not part of well-formed UTF-8 separates words.
 * The catalog's FTS5 table names it (data/catalog.sql), so every
 * connection that reads or writes that table registers it first:
 * catalog-build, the kiosk's catalog, a counselor's upkeep.  The search
 * box cuts what a visitor types with the very same code (tokenizer_cut),
 * so query words are exactly the words the index holds.
 */
#ifndef STORE_TOKENIZER_H
#define STORE_TOKENIZER_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#define TOKENIZER_NAME "orientation"

struct tokenizer;

/**
 * Register the tokenizer on @db (needs FTS5).  @return SQLITE_OK or an
 * SQLite error code.
 */
int tokenizer_register(sqlite3 *db);

/**
 * An instance for cutting text outside FTS5, on @db where
 * tokenizer_register succeeded.  NULL on failure.  Free with
 * tokenizer_free; @db must outlive it.
 */
struct tokenizer *tokenizer_open(sqlite3 *db);

/** Free @t (NULL is fine). */
void tokenizer_free(struct tokenizer *t);

/* Called for each word: @word (@len bytes, folded, not NUL-terminated),
 * @synonym when it is a second spelling at the same place as the word
 * before.  Return false to stop. */
typedef bool (*tokenizer_word_fn)(void *ctx, const char *word, size_t len,
    bool synonym);

/**
 * Cut @text (@len bytes) as FTS5 does: as a visitor's query when @query
 * (no synonyms), else as indexed text (with synonyms).
 * @return SQLITE_OK or an SQLite error code.
 */
int tokenizer_cut(struct tokenizer *t, const char *text, size_t len,
    bool query, tokenizer_word_fn each, void *ctx);

#endif
