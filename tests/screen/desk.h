/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A counsellor's steps that several screen tests take: a writable copy of
 * the catalog to edit, the account "anna" and signing in with it, the
 * copy's revision, and a message looked for across wrapped rows.
 */
#ifndef TESTS_DESK_H
#define TESTS_DESK_H

#include <stdbool.h>

#include "vt.h"

/* How long to wait before calling the test failed; the screen is final
 * after every key (vt.h), so only a failing test waits this long. */
#define DESK_WAIT 30000

/** The path of the copy desk_copy_catalog made ("" before). */
extern char desk_catalog_copy[300];

/** Copy the catalog under test into the scratch folder (the counsellor
 *  edits it); @return its path, desk_catalog_copy. */
const char *desk_copy_catalog(void);

/** Make the counsellor account "anna" (password "correct horse
 *  battery") in the state of this run. */
void desk_add_anna(void);

/** The program with @args and @env (scenario_start), signed in as anna
 *  in @lang; the account is made first. */
struct vt *desk_signed_in_with(const char *lang, const char *const *args,
    char *const *env);

/** A counsellor program on a new catalog copy in @lang, signed in as
 *  anna. */
struct vt *desk_signed_in(const char *lang);

/** A settings file in the scratch folder holding @text; @return its
 *  path (a static buffer). */
const char *desk_settings(const char *text);

/** The catalog copy's revision (every change raises it). */
long desk_revision(struct vt *vt);

/** Whether @text is on screen, maybe wrapped over several rows (the rows
 *  are joined with spaces, as the wrap broke them at a space). */
bool desk_has_wrapped(struct vt *vt, const char *text);

#endif
