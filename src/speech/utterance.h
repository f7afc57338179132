/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * An utterance: what one screen means, as words to be spoken, built piece
 * by piece by the screen from the same data it draws (see screen.h, the
 * speak operation).  Each piece carries its language, so a label shown
 * from a fallback language is spoken with that language's voice.  Nothing
 * here is drawing: no box characters, markers or bars; a bar is "Realistic,
 * 75 percent", a code is spelled, a list position is "3 of 12".
 *
 * The utterance owns copies of every string added; speech_say_parts()
 * takes utterance_parts().  utterance_free() overwrites the copies (a
 * visitor's typed words may be among them).
 */
#ifndef SPEECH_UTTERANCE_H
#define SPEECH_UTTERANCE_H

#include <stddef.h>

#include "speech/speech.h"

struct utterance;

/** A new, empty utterance whose pieces are in @lang unless said otherwise. */
struct utterance *utterance_new(const char *lang);

/** Overwrite and free @u (NULL is fine). */
void utterance_free(struct utterance *u);

/** The language pieces are in unless said otherwise. */
const char *utterance_lang(const struct utterance *u);

/**
 * Add @text in the utterance's language as its own sentence (a pause
 * follows).  NULL or "" adds nothing.
 */
void utterance_add(struct utterance *u, const char *text);

/** utterance_add() in @lang (NULL: the utterance's language). */
void utterance_add_lang(struct utterance *u, const char *lang,
    const char *text);

/** utterance_add() of a printf-style text. */
void utterance_addf(struct utterance *u, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** A code spelled for a listener (speech_spell: "N Y 6 F, J R W R"). */
void utterance_add_code(struct utterance *u, const char *code);

/** How many pieces, and the pieces, valid until the next change to @u. */
const struct speech_part *utterance_parts(const struct utterance *u,
    size_t *n);

/**
 * The pieces joined by spaces, each sentence ended: for tests and for
 * the line mode.  A new string; free with free().
 */
char *utterance_text(const struct utterance *u);

#endif
