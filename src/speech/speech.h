/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Speech output for the closed kiosk: a visitor cannot attach a screen
 * reader to a public terminal, so the kiosk speaks for itself.  This layer
 * turns words into sound through an engine chosen in the settings; the
 * screens decide what is said.  Nothing said is ever written to a file: the
 * last utterance is kept in memory only (for "repeat") and wiped with the
 * visitor's session.
 *
 * Engines: "espeak" (libespeak-ng, in a module loaded on demand so a kiosk
 * without speech never maps the audio libraries) and "record" (a test back
 * end that writes what would be said to an inherited file descriptor).
 */
#ifndef SPEECH_SPEECH_H
#define SPEECH_SPEECH_H

#include <stdbool.h>
#include <stddef.h>

#include "util/status.h"

#define SPEECH_RATE_MIN 80      /* words per minute, espeak-ng's range */
#define SPEECH_RATE_MAX 450
#define SPEECH_RATE_DEFAULT 175
#define SPEECH_RATE_STEP 25
#define SPEECH_VOLUME_MIN 10    /* percent of the engine's normal volume */
#define SPEECH_VOLUME_MAX 200
#define SPEECH_VOLUME_DEFAULT 100
#define SPEECH_VOLUME_STEP 10

/* What the settings file says about speech (see util/settings.h). */
struct speech_settings {
	const char *engine;  /* "espeak" or "record"; NULL: "espeak" */
	const char *output;  /* espeak: audio device, NULL = the default one;
	                        record: a file descriptor number */
	int rate;            /* words per minute */
	int volume;          /* percent */
};

/* A stretch of text in one language (an ESCO label shown from a fallback
 * language is its own part, so it is spoken with that language's voice). */
struct speech_part {
	const char *lang;    /* a language code of the catalog, e.g. "fr" */
	const char *text;    /* UTF-8, plain text (never markup) */
};

enum speech_mode {
	SPEECH_INTERRUPT,    /* stop what is being said, then say this */
	SPEECH_QUEUE,        /* say this after what is being said */
};

struct speech;

/**
 * Start the engine named in @s.
 * @return the speech output, to be closed with speech_close(); NULL when
 * the engine cannot start (then *@status is ORIENTATION_SPEECH_UNAVAILABLE
 * and *@why, if not NULL, a static string for the log of a technician).
 */
struct speech *speech_open(const struct speech_settings *s,
    enum orientation_status *status, const char **why);

/** Say @n parts as one utterance, after or instead of what is being said. */
void speech_say_parts(struct speech *sp, enum speech_mode mode,
    const struct speech_part *parts, size_t n);

/** Say @text in @lang: speech_say_parts() with one part. */
void speech_say(struct speech *sp, enum speech_mode mode, const char *lang,
    const char *text);

/** Say the last utterance again (nothing if there was none). */
void speech_repeat(struct speech *sp);

/** Stop speaking at once. */
void speech_stop(struct speech *sp);

/**
 * Change the rate by @steps steps of SPEECH_RATE_STEP (negative: slower),
 * within the engine's range.  @return the new rate.
 */
int speech_change_rate(struct speech *sp, int steps);

/**
 * Change the volume by @steps steps of SPEECH_VOLUME_STEP, within
 * SPEECH_VOLUME_MIN..SPEECH_VOLUME_MAX.  @return the new volume.
 */
int speech_change_volume(struct speech *sp, int steps);

/** Stop, and overwrite the remembered utterance (the visitor's session ends). */
void speech_forget(struct speech *sp);

/** Back to the rate and volume of @s (within range): a new visit starts
 *  as the settings say. */
void speech_reset_levels(struct speech *sp, const struct speech_settings *s);

/** Stop the engine and free @sp (NULL is fine). */
void speech_close(struct speech *sp);

/**
 * Spell @code character by character for a listener: "NY6F-JRWR" becomes
 * "N Y 6 F, J R W R" (a pause at the dash).
 * @return a new string; free with free().
 */
char *speech_spell(const char *code);

#endif
