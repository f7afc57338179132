/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading the keyboard and the mouse: bytes from curses (keypad off, so
 * curses decodes no sequence itself) through the escape-sequence decoder
 * of core/keyseq.h, turned into struct ui_key with curses key codes.  A
 * lone Esc is told from a sequence by a short pause; what is not a known
 * key is dropped; pasted text arrives as UI_KEY_PASTE characters.
 */
#ifndef UI_INPUT_H
#define UI_INPUT_H

#include <stdbool.h>

#include "core/keyseq.h"

struct ui_key;

/* The reader's state; lives in struct app.  Owns nothing. */
struct input {
	struct keyseq dec;
	bool paste_mode;    /* bracketed paste was asked of the terminal */
};

/** Set the terminal up for reading (after newterm): keypad off, clicks
 *  on, bracketed paste on where the terminal has it. */
void input_init(struct input *in);

/** Give back what input_init asked of the terminal (before endwin). */
void input_end(struct input *in);

/**
 * Report the escape sequence @seq as the key code @code (a UI_KEY_CODE),
 * like curses' define_key.  @return false if it cannot be added.
 */
bool input_define(struct input *in, const char *seq, int code);

/** Whether input waits to be read (the next frame can wait for it). */
bool input_waiting(const struct input *in);

/** Wait up to @ms milliseconds for input; @return whether some waits. */
bool input_wait(const struct input *in, int ms);

/**
 * Wait up to @ms milliseconds for a key, a click or a resize.
 * @return true with @key filled, false when nothing came.
 */
bool input_read(struct input *in, struct ui_key *key, int ms);

#endif
