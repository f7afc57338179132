/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The catalog under a running program: the occupations read for matching,
 * counselors' edits and a newer file put in place of the old one, taken up
 * between visitors (docs/catalog-publishing.md), and a catalog that became
 * unreadable.  Called by the main loop (app.c) only.
 */
#ifndef UI_APP_CATALOG_H
#define UI_APP_CATALOG_H

#include <stdbool.h>

#include "ui/app.h"

/* KiB of SQLite page cache for the catalog: enough for a screen's reads;
 * the peak memory of a visit stays near whiptail's (bench/README.md). */
#define APP_CATALOG_CACHE_KIB 128

/**
 * Take @cat and @occupations (given to app_init, or opened by
 * app_options.open_catalog) as the catalog.  @return whether its
 * languages differ from the built-in ones a first frame drawn before it
 * showed (the caller then opens the screens afresh).
 */
bool app_catalog_use(struct app *app, struct catalog *cat,
    struct occupation_store *occupations);

/**
 * Between visitors: take up a new catalog file put in place of the old
 * one, or counselors' edits of the catalog.  @return whether anything the
 * screens show may have changed (the caller opens them afresh).
 */
bool app_catalog_check(struct app *app);

/** Whether the catalog can still be read, at most once a second; marks
 *  the screen for repainting when that changes. */
void app_catalog_probe(struct app *app);

/** How long the start screen must be left alone before a new catalog
 *  file is taken up. */
long app_catalog_quiet_ms(const struct app *app);

#endif
