/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The order of labels in lists (services A to Z, occupations, ISCO
 * groups): case and the accents of Latin letters folded, so "Antennes"
 * sorts before "ASTI" and "électricien" among the e's.  The catalog
 * registers it with SQLite as the collation "label".
 */
#ifndef CORE_COLLATE_H
#define CORE_COLLATE_H

#include <stddef.h>

/**
 * Compare the UTF-8 labels @a (@alen bytes) and @b (@blen bytes), folded;
 * labels equal when folded are ordered by their bytes, so the order is
 * total.  @return <0, 0 or >0, as memcmp.
 */
int collate_labels(const char *a, size_t alen, const char *b, size_t blen);

#endif
