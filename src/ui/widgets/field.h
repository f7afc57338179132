/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A one-line text field: typed or pasted characters (any script),
 * Backspace, Ctrl+U to empty it; optionally masked, for PINs.
 */
#ifndef UI_FIELD_H
#define UI_FIELD_H

#include <stdbool.h>

struct ui_key;

#define FIELD_MAX 1024  /* bytes of text */

struct field {
	char text[FIELD_MAX + 1];
	bool masked;    /* show • instead of the characters */
};

/**
 * Handle @key.  @return true if it changed or used the text (characters,
 * Backspace on a non-empty field, Ctrl+U).
 */
bool field_key(struct field *f, const struct ui_key *key);

/** Draw the field at (@y, @x), @width wide, and put the cursor at its end;
 *  a longer text shows its end. */
void field_paint(const struct field *f, int y, int x, int width);

/** Empty the field and overwrite what it held. */
void field_clear(struct field *f);

#endif
