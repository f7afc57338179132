/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A screen that asks for a line or two: a sentence saying what to type,
 * then a label and a field for each, one under the other; Enter on a
 * field moves to the next, on the last hands them to the screen.  The
 * code, PIN and delete screens (one field) and the sign-in (name and
 * password) are this kit with their own words and Enter.
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

#define PROMPT_FIELDS_MAX 2

struct prompt;

struct prompt_look {
	/* [0] what to type, [1 .. nfields] the fields' labels: N_()
	 * msgids. */
	const char *const *texts;
	int nfields;        /* 1 .. PROMPT_FIELDS_MAX; 0 is 1 */
	int intro_rows;     /* rows the sentence may wrap onto, > 0 */
	int label_width;    /* columns from a label to its field, > 0 */
	int field_width;    /* columns of a field, > 0 */
	bool masked;        /* the last field is a PIN or a password: show
	                     * bullets, never echo */
	/* Enter on the last field: act on p->field[0 ..]'s text; clear
	 * what is no longer needed; set p->focus to the field to type in
	 * next (it stays on the last). */
	void (*enter)(struct app *app, struct prompt *p);
};

struct prompt {
	const struct prompt_look *look;
	struct field field[PROMPT_FIELDS_MAX];
	int nfields;
	int focus;          /* the field typed into, 0 .. nfields - 1 */
};

/*
 * The ops of a prompt screen whose look is the static @look, written
 * once: { .title = ..., .help = ..., PROMPT_OPS(look) }.
 */
#define PROMPT_OPS(look_) \
	.look = &(look_), .state_size = sizeof(struct prompt), \
	.open = prompt_open, .paint = prompt_paint, .key = prompt_key, \
	.speak = prompt_speak, .typing = true

/** Screen ops for a prompt state: open (app_look(app) is its struct
 * prompt_look), paint, key (Tab, Down and Up move between fields),
 * speak.  Speech says the sentence, then the focused field's label,
 * never what was typed. */
void prompt_open(struct app *app, void *state);
void prompt_paint(struct app *app, void *state);
bool prompt_key(struct app *app, void *state, const struct ui_key *key);
void prompt_speak(struct app *app, void *state, enum screen_speak what,
    struct utterance *out);

#endif
