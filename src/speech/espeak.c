/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The "espeak" engine: libespeak-ng speaking through its own audio output
 * (pcaudiolib: PulseAudio where it runs, else ALSA), asynchronously, so the
 * kiosk keeps reading keys while it speaks.  Built as a module that the
 * program loads the first time speech is turned on.
 */
#include "engine.h"

#include <stdlib.h>
#include <string.h>
#include <espeak-ng/espeak_ng.h>

#include "ssml.h"
#include "util/xmalloc.h"

/* espeak-ng keeps one engine per process: this marks it as ours. */
static int espeak_users;

static void *
espeak_open(const struct speech_settings *s, const char **why)
{
	static int token;

	if (espeak_users > 0) {
		*why = "speech is already running in this process";
		return NULL;
	}
	espeak_ng_InitializePath(NULL);
	if (espeak_ng_Initialize(NULL) != ENS_OK) {
		*why = "espeak-ng's data (espeak-ng-data) cannot be read";
		return NULL;
	}
	if (espeak_ng_InitializeOutput(ENOUTPUT_MODE_SPEAK_AUDIO, 0,
	    s->output != NULL && *s->output != '\0' ? s->output : NULL) != ENS_OK) {
		*why = "espeak-ng cannot open the audio output";
		espeak_ng_Terminate();
		return NULL;
	}
	espeak_users = 1;
	return &token;
}

static void
espeak_say(void *ctx, const struct speech_part *parts, size_t n,
    bool interrupt)
{
	char *ssml = speech_ssml(parts, n);

	(void)ctx;
	if (interrupt)
		espeak_ng_Cancel();
	/* Queued in espeak-ng's own thread; returns at once. */
	espeak_ng_Synthesize(ssml, strlen(ssml) + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8 | espeakSSML, NULL, NULL);
	free(ssml);
}

static void
espeak_stop(void *ctx)
{
	(void)ctx;
	espeak_ng_Cancel();
}

static void
espeak_set_rate(void *ctx, int rate)
{
	(void)ctx;
	espeak_ng_SetParameter(espeakRATE, rate, 0);
}

static void
espeak_set_volume(void *ctx, int volume)
{
	(void)ctx;
	espeak_ng_SetParameter(espeakVOLUME, volume, 0);
}

static void
espeak_close(void *ctx)
{
	(void)ctx;
	espeak_ng_Cancel();
	espeak_ng_Terminate();
	espeak_users = 0;
}

/* Exported by name: the module loader looks this symbol up. */
extern const struct speech_engine orientation_speech_espeak;
const struct speech_engine orientation_speech_espeak = {
	.name = "espeak",
	.open = espeak_open,
	.say = espeak_say,
	.stop = espeak_stop,
	.set_rate = espeak_set_rate,
	.set_volume = espeak_set_volume,
	.close = espeak_close,
};
