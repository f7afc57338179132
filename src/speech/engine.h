/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The contract between the speech layer and an engine.  One engine = one
 * file = one struct speech_engine.  Engines get rates and volumes already
 * within range, and utterances already split into parts by language.
 */
#ifndef SPEECH_ENGINE_H
#define SPEECH_ENGINE_H

#include <stdbool.h>
#include <stddef.h>

#include "speech.h"

struct speech_engine {
	/* Name used in the settings file. */
	const char *name;
	/* Start; return the engine's state, or NULL and *why (static text). */
	void *(*open)(const struct speech_settings *s, const char **why);
	/* Say @n parts; when @interrupt, first stop what is being said.  Must
	 * return at once: the sound is made while the kiosk goes on. */
	void (*say)(void *ctx, const struct speech_part *parts, size_t n,
	    bool interrupt);
	/* Stop speaking at once. */
	void (*stop)(void *ctx);
	/* Words per minute, SPEECH_RATE_MIN..SPEECH_RATE_MAX. */
	void (*set_rate)(void *ctx, int rate);
	/* Percent, SPEECH_VOLUME_MIN..SPEECH_VOLUME_MAX. */
	void (*set_volume)(void *ctx, int volume);
	/* Stop and free the state. */
	void (*close)(void *ctx);
};

/* The test back end, built into the program. */
extern const struct speech_engine speech_record_engine;

#endif
