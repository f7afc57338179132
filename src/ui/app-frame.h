/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The frame around every screen: title bar (row 0), footer (row L-1),
 * the help box and the idle warning.  Called by the main loop only.
 */
#ifndef UI_APP_FRAME_H
#define UI_APP_FRAME_H

#include "ui/app.h"
#include "ui/keymap.h"
#include "ui/screen.h"

/** Draw the title bar: @ops's title on the left, the language on the
 * right (its name in itself). */
void app_frame_title(struct app *app, const struct screen_ops *ops);

/** Draw the footer with the keys of @mode's table that have a footer
 * label, and record where each is for clicks (app->hits). */
void app_frame_footer(struct app *app, enum keymap_mode mode);

/** Draw the help box of @ops over the screen, with @mode's keys. */
void app_frame_help(struct app *app, const struct screen_ops *ops,
    enum keymap_mode mode);

/**
 * Draw @msg in the rows @top .. @bottom - 1, ending on the last: on the
 * status line (@bottom LINES - 1), and a long one on as many rows above
 * it as it wraps to, over the body, as far as row @top.  A message that
 * needs still more ends in an ellipsis (speech says it whole).
 */
void app_frame_status(const char *msg, int attr, int top, int bottom);

/**
 * On the start screen, where nobody has chosen a language: the speech key
 * of @mode in every language of the catalog ("F4: read aloud · vorlesen ·
 * ..."). The caller frees it.
 */
char *app_frame_speech_hint(struct app *app, enum keymap_mode mode);

/** The idle warning's sentence for @left seconds (said too, by
 * app-speech.c): a visitor's answers are deleted, a signed-in counsellor
 * is signed out, and loses the changes not saved if a screen holds some
 * (app_unsaved).  The caller frees it. */
char *app_frame_idle_text(const struct app *app, long left);

/** Cover the screen with the idle warning: large, in the visitor's
 * language, @left (>= 0) seconds before the wipe. */
void app_frame_idle_warning(struct app *app, long left);

#endif
