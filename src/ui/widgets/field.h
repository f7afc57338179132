/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A one-line text field: typed or pasted characters (any script),
 * Backspace, Ctrl+U to empty it; optionally masked, for PINs.
 *
 * Speech echo: field_key() leaves the character it added in a one-slot
 * mailbox that the frame empties after every key (field_typed), so that
 * typed text is spoken as it is typed and at no other time.  A masked
 * field leaves nothing.
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
 * Backspace, Ctrl+U).  Backspace on an empty field is used too, doing
 * nothing: a held Backspace never goes back screen after screen.
 */
bool field_key(struct field *f, const struct ui_key *key);

/**
 * Take the character the last field_key() added (UTF-8, at most
 * FIELD_ECHO_MAX - 1 bytes) into @out and empty the mailbox.
 * @return false if the last key added none or went to a masked field.
 */
#define FIELD_ECHO_MAX 8
bool field_typed(char out[FIELD_ECHO_MAX]);

/** Draw the field at (@y, @x), @width wide, and put the cursor at its end;
 *  a longer text shows its end after an ellipsis (its start is hidden). */
void field_paint(const struct field *f, int y, int x, int width);

/** Empty the field and overwrite what it held. */
void field_clear(struct field *f);

/**
 * Empty the field and put @text (NULL is "") in it to be changed.
 * @return false, with the field empty, when @text is longer than
 * FIELD_MAX: a text is never cut, or saving it would lose its end.
 * The caller then says FIELD_TOO_LONG and opens no editing.
 */
bool field_set(struct field *f, const char *text);

#define FIELD_TOO_LONG N_("This text is too long to change here; nothing " \
	"was changed.")

#endif
