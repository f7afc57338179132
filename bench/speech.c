/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Speech latency, in four tables:
 *
 *  1. espeak-ng rendering into memory, synchronously: from handing a
 *     sentence over until its first audio sample exists, per language of
 *     the catalog (the engine's own latency).
 *  2. espeak-ng asynchronous, as the kiosk runs it (its own thread), with
 *     the samples taken by a callback instead of a sound card: how long
 *     espeak_ng_Synthesize takes to accept the text (the kiosk waits only
 *     this) and how long until the first sample; and, for a long text,
 *     acceptance against the whole synthesis (acceptance must not grow
 *     with the text: speech never blocks the screen).
 *  3. Start-up: speech_open() of the "espeak" engine as the kiosk does it
 *     on the first F4 (loading the module, espeak-ng's data, trying the
 *     audio output), first time and again.
 *  4. Key to engine through the real program on a pseudo-terminal (the
 *     record engine): from sending a key to the speech request written,
 *     which is after the frame is drawn; F3 and Esc (a new screen: its
 *     title) and Ctrl+W (read the whole screen again).
 * The last lines add the medians: key to engine accepted = (4) + (2
 * accept); key to first sample = (4) + (2 first sample).  A sound card
 * adds its own buffer (pcaudiolib's default is about 60 ms).
 *
 *   bench-speech [RUNS]    (runs per language and per key, default 50)
 *
 * Environment: ORIENTATION_CATALOG (languages and prompts), and for tables
 * 3 and 4 ORIENTATION_SPEECH_MODULE, ORIENTATION_BIN; BENCH_SPEECH_OUTPUT
 * is the audio output table 3 opens (default "null", ALSA's discarding
 * device; "" for the default device).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <espeak-ng/espeak_ng.h>

#include "scenario.h"
#include "speech/render.h"
#include "speech/speech.h"
#include "speech/ssml.h"
#include "stats.h"
#include "store/catalog.h"

/* A long text, for acceptance against synthesis (about 40 s of speech). */
#define LONG_REPEAT 12

/* Print "| @name | median | p99 |" of @n sorted values. */
static void
row(const char *name, double *v, size_t n)
{
	qsort(v, n, sizeof *v, stats_cmp_double);
	printf("| %s | %.2f | %.2f | %zu |\n", name, stats_quantile(v, n, 0.5),
	    stats_quantile(v, n, 0.99), n);
}

/* ---- 1. synchronous rendering ---- */

static int
bench_render(struct catalog *cat, int runs)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(cat, &langs), nall = 0;
	double *all = calloc(n * (size_t)runs, sizeof *all);
	double *one = calloc((size_t)runs, sizeof *one);
	const char *why = "";

	if (speech_render_open(&why) != 0) {
		fprintf(stderr, "bench-speech: %s\n", why);
		return -1;
	}
	printf("1. espeak-ng, synchronous, text to first sample\n\n");
	printf("| language | median ms | p99 ms | sentence length s |\n");
	printf("|---|---|---|---|\n");
	for (size_t i = 0; i < n; i++) {
		struct speech_part part = { langs[i].code, langs[i].prompt };
		double seconds = 0;

		for (int r = 0; r < runs; r++) {
			struct speech_pcm pcm = { 0 };

			if (speech_render(&part, 1, 175, &pcm, &why) != 0) {
				fprintf(stderr, "bench-speech: %s: %s\n",
				    langs[i].code, why);
				return -1;
			}
			one[r] = all[nall++] = pcm.first_sample_ms;
			seconds = (double)pcm.n / pcm.rate_hz;
			speech_pcm_free(&pcm);
		}
		qsort(one, (size_t)runs, sizeof *one, stats_cmp_double);
		printf("| %s | %.2f | %.2f | %.2f |\n", langs[i].code,
		    stats_quantile(one, (size_t)runs, 0.5),
		    stats_quantile(one, (size_t)runs, 0.99), seconds);
	}
	qsort(all, nall, sizeof *all, stats_cmp_double);
	printf("| all | %.2f | %.2f | |\n\n", stats_quantile(all, nall, 0.5),
	    stats_quantile(all, nall, 0.99));
	free(all);
	free(one);
	speech_render_close();
	return 0;
}

/* ---- 2. asynchronous, as the kiosk runs it ---- */

static pthread_mutex_t async_lock = PTHREAD_MUTEX_INITIALIZER;
static double async_first, async_last;   /* ms; 0: not yet */

/* espeak-ng's callback, on its own thread. */
static int
async_collect(short *wav, int count, espeak_EVENT *events)
{
	double t = stats_now_ms();

	pthread_mutex_lock(&async_lock);
	(void)events;
	if (wav != NULL && count > 0) {
		if (async_first == 0)
			async_first = t;
		async_last = t;
	}
	pthread_mutex_unlock(&async_lock);
	return 0;
}

/* Say @part; *@accept and *@first in ms from the call; *@total to the
 * last sample.  @return 0, or -1 if espeak-ng refused. */
static int
async_say(const struct speech_part *part, double *accept, double *first,
    double *total)
{
	char *ssml = speech_ssml(part, 1);
	double t0;
	espeak_ng_STATUS rc;

	pthread_mutex_lock(&async_lock);
	async_first = async_last = 0;
	pthread_mutex_unlock(&async_lock);
	t0 = stats_now_ms();
	rc = espeak_ng_Synthesize(ssml, strlen(ssml) + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8 | espeakSSML, NULL, NULL);
	*accept = stats_now_ms() - t0;
	free(ssml);
	if (rc != ENS_OK)
		return -1;
	/* Wait for the synthesis to end (the kiosk never does). */
	if (espeak_ng_Synchronize() != ENS_OK)
		return -1;
	pthread_mutex_lock(&async_lock);
	*first = async_first - t0;
	*total = async_last - t0;
	pthread_mutex_unlock(&async_lock);
	return 0;
}

static int
bench_async(struct catalog *cat, int runs, double *accept_median,
    double *first_median)
{
	const struct catalog_language *langs;
	size_t n = catalog_languages(cat, &langs), k = 0;
	double *accept = calloc(n * (size_t)runs, sizeof *accept);
	double *first = calloc(n * (size_t)runs, sizeof *first);
	double total;
	char *text;
	size_t len;

	espeak_ng_InitializePath(NULL);
	if (espeak_ng_Initialize(NULL) != ENS_OK ||
	    espeak_ng_InitializeOutput(0, 0, NULL) != ENS_OK) {
		fprintf(stderr, "bench-speech: espeak-ng will not start\n");
		return -1;
	}
	espeak_SetSynthCallback(async_collect);
	espeak_ng_SetParameter(espeakRATE, 175, 0);
	for (size_t i = 0; i < n; i++) {
		struct speech_part part = { langs[i].code, langs[i].prompt };

		for (int r = 0; r < runs; r++, k++)
			if (async_say(&part, &accept[k], &first[k], &total) != 0)
				return -1;
	}
	printf("2. espeak-ng, asynchronous (the kiosk's mode), every language\n\n");
	printf("| step | median ms | p99 ms | runs |\n|---|---|---|---|\n");
	row("text accepted (espeak_ng_Synthesize returns)", accept, k);
	row("first sample", first, k);
	*accept_median = stats_quantile(accept, k, 0.5);
	*first_median = stats_quantile(first, k, 0.5);

	/* A long text: acceptance stays short while synthesis runs on. */
	len = strlen(langs[0].prompt) + 2;
	text = calloc(len * LONG_REPEAT + 1, 1);
	for (int r = 0; r < LONG_REPEAT; r++) {
		strcat(text, langs[0].prompt);
		strcat(text, ". ");
	}
	k = 0;
	{
		struct speech_part part = { langs[0].code, text };
		double *totals = calloc((size_t)runs, sizeof *totals);
		int long_runs = runs < 10 ? runs : 10;

		for (int r = 0; r < long_runs; r++, k++)
			if (async_say(&part, &accept[k], &first[k], &totals[k]) != 0)
				return -1;
		row("long text (12 sentences): accepted", accept, k);
		row("long text: last sample (synthesis done)", totals, k);
		free(totals);
	}
	printf("\n");
	free(text);
	free(accept);
	free(first);
	espeak_ng_Terminate();
	return 0;
}

/* ---- 3. start-up of the espeak engine ---- */

static void
bench_startup(int runs)
{
	const char *output = getenv("BENCH_SPEECH_OUTPUT");
	struct speech_settings s = { .engine = "espeak",
	    .output = output != NULL ? output : "null", .rate = 175,
	    .volume = 100 };
	double *t = calloc((size_t)runs, sizeof *t), cold = -1;
	int k = 0;

	for (int r = 0; r <= runs; r++) {
		enum orientation_status status;
		const char *why = "";
		double t0 = stats_now_ms();
		struct speech *sp = speech_open(&s, &status, &why);
		double ms = stats_now_ms() - t0;

		if (sp == NULL) {
			printf("3. start-up: the espeak engine did not start on "
			    "output \"%s\": %s\n\n", s.output, why);
			free(t);
			return;
		}
		speech_close(sp);
		if (r == 0)
			cold = ms;
		else
			t[k++] = ms;
	}
	printf("3. start-up of the espeak engine (speech_open, output \"%s\")\n\n",
	    s.output);
	printf("| step | median ms | p99 ms | runs |\n|---|---|---|---|\n");
	printf("| first open (module, libraries, voice data, output tried) | "
	    "%.2f | | 1 |\n", cold);
	row("open again (module loaded)", t, (size_t)k);
	printf("\n");
	free(t);
}

/* ---- 4. key to engine through the real program ---- */

/* Send @keys without a fence; ms until the record engine has written a
 * "say" line; then fence, so the next key starts from a quiet program. */
static double
key_to_say(struct vt *vt, const char *keys)
{
	double t0;
	const char *s;

	vt_spoken(vt);
	vt_hold(vt, true);
	t0 = stats_now_ms();
	vt_type(vt, keys);
	while (strstr(s = vt_spoken(vt), "say ") == NULL)
		vt_read(vt, 5);
	t0 = stats_now_ms() - t0;
	vt_hold(vt, false);
	vt_sync(vt);
	return t0;
}

static int
bench_keys(int runs, double *median)
{
	const char *args[] = { "--config", scenario_speech_settings(true, NULL),
	    "--lang", "en", NULL };
	struct vt *vt = scenario_start_speech(24, 80, args, NULL);
	double *screen = calloc((size_t)runs, sizeof *screen);
	double *back = calloc((size_t)runs, sizeof *back);
	double *all = calloc((size_t)runs, sizeof *all);

	if (!vt_first_frame(vt)) {
		fprintf(stderr, "bench-speech: the program did not start\n");
		return -1;
	}
	for (int r = 0; r < runs; r++) {
		screen[r] = key_to_say(vt, "\033OR");   /* F3: search */
		back[r] = key_to_say(vt, "\033");       /* Esc: back */
		/* A lone Esc waits for the Esc delay; Ctrl+W does not. */
		all[r] = key_to_say(vt, "\027");
	}
	printf("4. key to speech request, the real program on a pty (record "
	    "engine)\n\n");
	printf("| key | median ms | p99 ms | runs |\n|---|---|---|---|\n");
	row("F3: the search screen, its title said", screen, (size_t)runs);
	row("Esc: back to the menu (after the Esc key's own delay)", back,
	    (size_t)runs);
	row("Ctrl+W: the whole screen again", all, (size_t)runs);
	*median = stats_quantile(all, (size_t)runs, 0.5);
	printf("\n");
	vt_free(vt);
	free(screen);
	free(back);
	free(all);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *path = getenv("ORIENTATION_CATALOG");
	int runs = argc > 1 ? atoi(argv[1]) : 50;
	double load = stats_load_average(), accept, first, key;
	struct catalog *cat;

	if (path == NULL || runs < 1 || catalog_open(path, &cat) != ORIENTATION_OK) {
		fprintf(stderr, "usage: ORIENTATION_CATALOG=... bench-speech [RUNS]\n");
		return 2;
	}
	if (bench_render(cat, runs) != 0 ||
	    bench_async(cat, runs, &accept, &first) != 0)
		return 1;
	bench_startup(runs < 20 ? runs : 20);
	if (bench_keys(runs, &key) != 0)
		return 1;
	printf("Ctrl+W to engine accepted, sum of medians: %.2f ms; "
	    "to first sample: %.2f ms (plus the sound card's buffer)\n",
	    key + accept, key + first);
	printf("load average before: %.2f, after: %.2f; %d runs\n",
	    load, stats_load_average(), runs);
	catalog_free(cat);
	return 0;
}
