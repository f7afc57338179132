/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The language list of the catalog this program was built with, exactly
 * as catalog_languages (store/catalog.h) reads it from that catalog:
 * generated at build time by `catalog-build --languages-c` (src/tools).
 * The kiosk draws its first frame, the language screen, from it while
 * the catalog file is still to be opened (app_languages in app.h); once
 * the file is open its own list takes over.
 *
 * Owner: the build; the strings are the program's, never freed.
 */
#ifndef UI_BUILTIN_LANGUAGES_H
#define UI_BUILTIN_LANGUAGES_H

#include <stddef.h>

struct catalog_language;

extern const struct catalog_language builtin_languages[];
extern const size_t builtin_language_count;

#endif
