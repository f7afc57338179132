/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * espeak-ng in synchronous mode: the samples come to a callback before
 * espeak_ng_Synthesize returns, so the time of the first one is the
 * engine's own latency (the audio device adds its buffer on a kiosk).
 */
#include "render.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <espeak-ng/espeak_ng.h>

#include "ssml.h"
#include "util/xmalloc.h"

static struct speech_pcm *target;   /* where the callback puts samples */
static struct timespec started;

/* Milliseconds since @t. */
static double
ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) * 1e3 +
	    (double)(now.tv_nsec - t->tv_nsec) / 1e6;
}

/* espeak-ng's synthesis callback: keep the samples. */
static int
collect(short *wav, int count, espeak_EVENT *events)
{
	(void)events;
	if (wav == NULL || count <= 0 || target == NULL)
		return 0;
	if (target->n == 0)
		target->first_sample_ms = ms_since(&started);
	while (target->n + (size_t)count > target->cap)
		target->samples = xgrow(target->samples, target->n + (size_t)count,
		    &target->cap, 8192, sizeof *target->samples);
	memcpy(target->samples + target->n, wav, (size_t)count * sizeof *wav);
	target->n += (size_t)count;
	target->total_ms = ms_since(&started);
	return 0;
}

int
speech_render_open(const char **why)
{
	espeak_ng_InitializePath(NULL);
	if (espeak_ng_Initialize(NULL) != ENS_OK) {
		*why = "espeak-ng's data (espeak-ng-data) cannot be read";
		return -1;
	}
	if (espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL) != ENS_OK) {
		*why = "espeak-ng cannot render to memory";
		espeak_ng_Terminate();
		return -1;
	}
	espeak_SetSynthCallback(collect);
	return 0;
}

int
speech_render_has_voice(const char *lang)
{
	espeak_VOICE spec = { .languages = lang };
	const espeak_VOICE **voices = espeak_ListVoices(&spec);

	/* espeak_ListVoices with a spec lists the voices for that language;
	 * the first byte of .languages is a priority, the code follows. */
	for (size_t i = 0; voices != NULL && voices[i] != NULL; i++) {
		const char *code = voices[i]->languages + 1;
		size_t len = strlen(lang);

		if (strncasecmp(code, lang, len) == 0 &&
		    (code[len] == '\0' || code[len] == '-'))
			return 1;
	}
	return 0;
}

int
speech_render(const struct speech_part *parts, size_t n, int rate,
    struct speech_pcm *pcm, const char **why)
{
	char *ssml = speech_ssml(parts, n);
	espeak_ng_STATUS rc;

	espeak_ng_SetParameter(espeakRATE, rate, 0);
	pcm->rate_hz = espeak_ng_GetSampleRate();
	target = pcm;
	clock_gettime(CLOCK_MONOTONIC, &started);
	rc = espeak_ng_Synthesize(ssml, strlen(ssml) + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8 | espeakSSML, NULL, NULL);
	if (rc == ENS_OK)
		rc = espeak_ng_Synchronize();
	target = NULL;
	free(ssml);
	if (rc != ENS_OK) {
		*why = "espeak-ng could not say the text";
		return -1;
	}
	return 0;
}

void
speech_pcm_free(struct speech_pcm *pcm)
{
	free(pcm->samples);
	memset(pcm, 0, sizeof *pcm);
}

void
speech_render_close(void)
{
	espeak_ng_Terminate();
}
