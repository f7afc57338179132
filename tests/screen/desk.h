/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A counsellor's steps that several screen tests take: a writable copy of
 * the catalog to edit, the account "anna" and signing in with it, the
 * copy's revision, a message looked for across wrapped rows, a walk-in
 * who keeps their results, the way back to the menu and out, a service's
 * field changed and saved, the CSV export read back, and the counsellor's
 * words in another language.
 */
#ifndef TESTS_DESK_H
#define TESTS_DESK_H

#include <stdbool.h>

#include "core/handoff.h"
#include "store/csv-read.h"
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

/** A visitor in French keeps their results; return the code. */
void desk_visitor_keeps(char code[HANDOFF_CODE_LEN + 1]);

/** Esc, and the counsellor's menu (English) is back. */
void desk_back_to_menu(struct vt *vt);

/** On the counsellor's menu (English): Esc asks first ("Press Esc again
 *  to sign out.") and leaves the counsellor signed in; a second Esc
 *  signs out. */
void desk_esc_sign_out(struct vt *vt);

/** From a screen one Esc above the menu (English): back to the menu, two
 *  Esc sign out (desk_esc_sign_out), and the program quits with status
 *  0. */
void desk_sign_out(struct vt *vt);

/** On the service editor: set the field on the row showing @row to
 *  @value (the row then shows @shown) and save. */
void desk_edit_and_save(struct vt *vt, const char *row, const char *value,
    const char *shown);

/** From the counsellor's menu in @lang, open the import screen and export
 *  with entry @key ("1" services, "2" LMI); read the file, whose name
 *  begins with @prefix ("services-"), into *@cf. */
void desk_export_and_read(struct vt *vt, const char *lang, const char *key,
    const char *prefix, struct csv_file *cf);

/** Check that the strings the scenario expects are translated into @lang:
 *  a test in the counsellor's language must not pass on English. */
void desk_translated(struct vt *vt, const char *lang,
    const char *const *msgids);

/** A counsellor program on the catalog copy in @lang, signed in as @name
 *  (an account already there). */
struct vt *desk_signed_in_as(const char *lang, const char *name,
    const char *password);

/** The text of @msgid in @lang before its first "%". */
const char *desk_before_format(const char *lang, const char *msgid);

#endif
