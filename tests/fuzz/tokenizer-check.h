/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The promise of the search tokenizer (src/store/tokenizer.h), checked on
 * one text: it is cut into the same words as indexed text and as what a
 * visitor types, and typing it finds it once indexed, as the search box
 * words its queries (src/store/search.c: quoted terms, prefix or whole,
 * the first one at the start of the label).  Shared by the fuzz target
 * fuzz-tokenizer and the unit test over its corpus (unit-tokenizer).
 */
#ifndef TOKENIZER_CHECK_H
#define TOKENIZER_CHECK_H

#include <stddef.h>

struct tokenizer_check;

/** An in-memory index to check with; NULL on failure. */
struct tokenizer_check *tokenizer_check_open(void);

/** Free @c. */
void tokenizer_check_free(struct tokenizer_check *c);

/**
 * Check @text (a C string).  @return NULL when every promise holds, else
 * a static sentence that says which one broke.
 */
const char *tokenizer_check_text(struct tokenizer_check *c, const char *text);

#endif
