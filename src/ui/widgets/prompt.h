/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A screen that asks for one line: a sentence saying what to type, a
 * label and a field; Enter hands the field to the screen.  The code, PIN
 * and delete screens are this kit with their own words and Enter.
 *
 * Ownership: the app makes the state (state_size = sizeof(struct
 * prompt)), and wipes it, what was typed with it, after close; the state
 * owns nothing else, so a prompt needs no close.  The look is the
 * screen's (static, its ops' .look), never copied.
 */
#ifndef UI_PROMPT_H
#define UI_PROMPT_H

#include <stdbool.h>

#include "ui/screen.h"
#include "ui/widgets/field.h"

struct app;
struct utterance;

struct prompt_look {
	/* [0] what to type, [1] the field's label: N_() msgids. */
	const char *const *texts;
	int intro_rows;     /* rows the sentence may wrap onto, > 0 */
	int label_width;    /* columns from the label to the field, > 0 */
	int field_width;    /* columns of the field, > 0 */
	bool masked;        /* a PIN: show bullets, never echo */
	/* Enter: act on @f's text; clear @f when it is no longer needed. */
	void (*enter)(struct app *app, struct field *f);
};

struct prompt {
	const struct prompt_look *look;
	struct field field;
};

/*
 * The ops of a prompt screen whose look is the static @look, written
 * once: { .title = ..., .help = ..., PROMPT_OPS(look) }.
 */
#define PROMPT_OPS(look_) \
	.look = &(look_), .state_size = sizeof(struct prompt), \
	.open = prompt_open, .paint = prompt_paint, .key = prompt_key, \
	.speak = prompt_speak

/** Screen ops for a prompt state: open (app_look(app) is its struct
 * prompt_look), paint, key, speak.  Speech says the sentence and the
 * label, never what was typed. */
void prompt_open(struct app *app, void *state);
void prompt_paint(struct app *app, void *state);
bool prompt_key(struct app *app, void *state, const struct ui_key *key);
void prompt_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out);

#endif
