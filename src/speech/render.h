/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Rendering speech to memory instead of the audio output, with espeak-ng's
 * synchronous mode: for the integration test (is each language's voice
 * there and audible?) and the latency benchmark.  Not used by the kiosk.
 */
#ifndef SPEECH_RENDER_H
#define SPEECH_RENDER_H

#include <stddef.h>

#include "speech.h"

/* Sound made for one utterance. */
struct speech_pcm {
	short *samples;        /* mono, 16 bit; owned, free with speech_pcm_free() */
	size_t n, cap;
	int rate_hz;           /* samples per second */
	double first_sample_ms; /* from handing over the text to the first sample */
	double total_ms;       /* from handing over the text to the last sample */
};

/**
 * Start espeak-ng for rendering.  @return 0, or -1 with *@why (static).
 */
int speech_render_open(const char **why);

/** Whether espeak-ng has a voice for the language @lang. */
int speech_render_has_voice(const char *lang);

/**
 * Say @n parts at @rate words per minute into @pcm (which must be zeroed).
 * @return 0, or -1 with *@why (static).
 */
int speech_render(const struct speech_part *parts, size_t n, int rate,
    struct speech_pcm *pcm, const char **why);

/** Free the samples of @pcm and zero it. */
void speech_pcm_free(struct speech_pcm *pcm);

/** Stop espeak-ng. */
void speech_render_close(void);

#endif
