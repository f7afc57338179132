/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The "espeak" engine: libespeak-ng speaking through its own audio output
 * (pcaudiolib: PulseAudio where it runs, else ALSA), asynchronously, so the
 * kiosk keeps reading keys while it speaks.  Built as a module that the
 * program loads the first time speech is turned on.
 *
 * The audio libraries report errors on stderr, which is the kiosk's
 * screen: ALSA's reports are silenced, the output is tried once when the
 * engine starts, so that a kiosk without a sound device says so in its
 * message line instead of failing at every sentence, and stderr goes to
 * /dev/null while the engine runs: espeak-ng's own thread prints
 * "error: ..." when a write to the audio device fails (a sentence cut
 * short by the next key can do it), and that landed in the middle of the
 * screen.  The program's own messages are held until the screens end
 * (main.c), after this engine has closed.
 */
#include "engine.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <espeak-ng/espeak_ng.h>
#include <pcaudiolib/audio.h>

#include "ssml.h"
#include "util/xmalloc.h"

/* espeak-ng keeps one engine per process: this marks it as ours. */
static int espeak_users;

/* espeak-ng's voices are made at this rate; the output is tried with it
 * before espeak-ng starts (espeak_ng_Terminate after a failed start can
 * hang in 1.51, so a kiosk without sound never starts espeak-ng). */
#define ESPEAK_RATE_HZ 22050

/* ALSA's error reports (snd_lib_error_handler_t): dropped. */
static void
espeak_alsa_quiet(const char *file, int line, const char *function, int err,
    const char *fmt, ...)
{
	(void)file;
	(void)line;
	(void)function;
	(void)err;
	(void)fmt;
}

/* Silence ALSA if pcaudiolib brought it in (it links libasound). */
static void
espeak_quiet_alsa(void)
{
	int (*set_handler)(void (*)(const char *, int, const char *, int,
	    const char *, ...));
	/* Already loaded with this module (RTLD_LOCAL: not in the global
	 * scope), so asked for by name. */
	void *alsa = dlopen("libasound.so.2", RTLD_LAZY | RTLD_NOLOAD);

	if (alsa == NULL)
		return;
	*(void **)&set_handler = dlsym(alsa, "snd_lib_error_set_handler");
	if (set_handler != NULL)
		set_handler(espeak_alsa_quiet);
	dlclose(alsa);
}

/* The stderr of before espeak_mute_stderr, to give back; -1 when none is
 * kept. */
static int espeak_stderr = -1;

/* Send stderr to /dev/null, keeping the one it was (see the top). */
static void
espeak_mute_stderr(void)
{
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (null < 0)
		return;
	fflush(stderr);
	espeak_stderr = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
	if (espeak_stderr >= 0 && dup2(null, STDERR_FILENO) < 0) {
		close(espeak_stderr);
		espeak_stderr = -1;
	}
	close(null);
}

/* Give back the stderr espeak_mute_stderr kept. */
static void
espeak_restore_stderr(void)
{
	if (espeak_stderr < 0)
		return;
	fflush(stderr);
	dup2(espeak_stderr, STDERR_FILENO);
	close(espeak_stderr);
	espeak_stderr = -1;
}

/* Whether the audio output @device (NULL: the default) can be opened. */
static bool
espeak_output_works(const char *device)
{
	struct audio_object *out = create_audio_device_object(device,
	    "orientation", "speech");
	bool ok;

	if (out == NULL)
		return false;
	ok = audio_object_open(out, AUDIO_OBJECT_FORMAT_S16LE,
	    ESPEAK_RATE_HZ, 1) == 0;
	if (ok)
		audio_object_close(out);
	audio_object_destroy(out);
	return ok;
}

static void *
espeak_open(const struct speech_settings *s, const char **why)
{
	static int token;
	const char *device = s->output != NULL && *s->output != '\0' ?
	    s->output : NULL;

	if (espeak_users > 0) {
		*why = "speech is already running in this process";
		return NULL;
	}
	espeak_quiet_alsa();
	espeak_mute_stderr();
	if (!espeak_output_works(device)) {
		espeak_restore_stderr();
		*why = "espeak-ng cannot open the audio output";
		return NULL;
	}
	espeak_ng_InitializePath(NULL);
	if (espeak_ng_Initialize(NULL) != ENS_OK) {
		espeak_restore_stderr();
		*why = "espeak-ng's data (espeak-ng-data) cannot be read";
		return NULL;
	}
	if (espeak_ng_InitializeOutput(ENOUTPUT_MODE_SPEAK_AUDIO, 0, device) !=
	    ENS_OK) {
		espeak_ng_Terminate();
		espeak_restore_stderr();
		*why = "espeak-ng cannot open the audio output";
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
	xfree_wiped(ssml);
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
	espeak_restore_stderr();
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
