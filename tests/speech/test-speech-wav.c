/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Integration test of the real speech engine: for every language of the
 * catalog (ORIENTATION_CATALOG; so a new language is tested without a code
 * change), espeak-ng says the language's own "choose your language" prompt
 * into a WAV file; the file is read back and must hold audible sound of a
 * plausible length.  Exit 77 (SKIP) when espeak-ng's data is not installed.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "speech/render.h"
#include "store/catalog.h"

#define SKIP 77

/* Write @pcm as a 16-bit mono WAV file. */
static int
write_wav(const char *path, const struct speech_pcm *pcm)
{
	uint32_t data = (uint32_t)(pcm->n * 2), rate = (uint32_t)pcm->rate_hz;
	uint32_t riff = 36 + data, fmt_len = 16, byte_rate = rate * 2;
	uint16_t format = 1, channels = 1, align = 2, bits = 16;
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return -1;
	ok = fwrite("RIFF", 1, 4, f) == 4 && fwrite(&riff, 4, 1, f) == 1 &&
	    fwrite("WAVEfmt ", 1, 8, f) == 8 && fwrite(&fmt_len, 4, 1, f) == 1 &&
	    fwrite(&format, 2, 1, f) == 1 && fwrite(&channels, 2, 1, f) == 1 &&
	    fwrite(&rate, 4, 1, f) == 1 && fwrite(&byte_rate, 4, 1, f) == 1 &&
	    fwrite(&align, 2, 1, f) == 1 && fwrite(&bits, 2, 1, f) == 1 &&
	    fwrite("data", 1, 4, f) == 4 && fwrite(&data, 4, 1, f) == 1 &&
	    fwrite(pcm->samples, 2, pcm->n, f) == pcm->n;
	return (fclose(f) == 0 && ok) ? 0 : -1;
}

/* Read the WAV file back: seconds of sound and RMS level (0..1). */
static int
read_wav(const char *path, double *seconds, double *rms)
{
	unsigned char head[44];
	uint32_t rate, data;
	double sum = 0;
	int16_t s;
	size_t n = 0;
	FILE *f = fopen(path, "rb");

	if (f == NULL || fread(head, 1, 44, f) != 44 ||
	    memcmp(head, "RIFF", 4) != 0 || memcmp(head + 8, "WAVE", 4) != 0) {
		if (f != NULL)
			fclose(f);
		return -1;
	}
	memcpy(&rate, head + 24, 4);
	memcpy(&data, head + 40, 4);
	while (fread(&s, 2, 1, f) == 1) {
		sum += (double)s * s;
		n++;
	}
	fclose(f);
	if (rate == 0 || n != data / 2 || n == 0)
		return -1;
	*seconds = (double)n / rate;
	*rms = sqrt(sum / (double)n) / 32768.0;
	return 0;
}

int
main(void)
{
	const char *catalog_path = getenv("ORIENTATION_CATALOG");
	const struct catalog_language *langs;
	char dir[] = "/tmp/orientation-speech-XXXXXX";
	const char *why = "";
	struct catalog *cat;
	size_t n;
	int failed = 0;

	if (catalog_path == NULL ||
	    catalog_open(catalog_path, &cat) != ORIENTATION_OK) {
		fprintf(stderr, "ORIENTATION_CATALOG: cannot open the catalog\n");
		return 1;
	}
	n = catalog_languages(cat, &langs);
	if (n == 0) {
		fprintf(stderr, "the catalog has no language\n");
		return 1;
	}
	if (speech_render_open(&why) != 0) {
		printf("SKIP: %s\n", why);
		catalog_free(cat);
		return SKIP;
	}
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		struct speech_part part = { langs[i].code, langs[i].prompt };
		struct speech_pcm pcm = { 0 };
		double seconds = 0, rms = 0;
		char path[128];

		snprintf(path, sizeof path, "%s/%s.wav", dir, langs[i].code);
		if (!speech_render_has_voice(langs[i].code)) {
			fprintf(stderr, "%s: espeak-ng has no voice for it\n",
			    langs[i].code);
			failed = 1;
		} else if (speech_render(&part, 1, 175, &pcm, &why) != 0 ||
		    write_wav(path, &pcm) != 0 ||
		    read_wav(path, &seconds, &rms) != 0) {
			fprintf(stderr, "%s: no WAV file (%s)\n", langs[i].code, why);
			failed = 1;
		} else {
			/* A prompt of two to four words: well under five seconds,
			 * more than a click; and not silence. */
			int ok = seconds > 0.3 && seconds < 5.0 && rms > 0.01;

			printf("%s \"%s\": %.2f s, RMS %.3f, first sample after %.1f ms: %s\n",
			    langs[i].code, langs[i].prompt, seconds, rms,
			    pcm.first_sample_ms, ok ? "ok" : "NOT PLAUSIBLE");
			failed |= !ok;
		}
		speech_pcm_free(&pcm);
		unlink(path);
	}
	rmdir(dir);
	speech_render_close();
	catalog_free(cat);
	return failed;
}
