/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Speech latency: how long from handing a sentence to espeak-ng until its
 * first audio sample exists, per language of the catalog, rendering into
 * memory (the audio device adds its own buffer on a kiosk; pcaudiolib's
 * default is about 60 ms).  The sentence is the kind said after a key press:
 * a short list item.  Prints one table on stdout.
 *
 *   bench-speech [RUNS]    (runs per language, default 50)
 *
 * Environment: ORIENTATION_CATALOG (the languages and their prompts).
 */
#include <stdio.h>
#include <stdlib.h>

#include "speech/render.h"
#include "stats.h"
#include "store/catalog.h"

int
main(int argc, char **argv)
{
	const char *path = getenv("ORIENTATION_CATALOG");
	int runs = argc > 1 ? atoi(argv[1]) : 50;
	const struct catalog_language *langs;
	double *all, *one, load = stats_load_average();
	const char *why = "";
	struct catalog *cat;
	size_t n, nall = 0;

	if (path == NULL || runs < 1 || catalog_open(path, &cat) != ORIENTATION_OK) {
		fprintf(stderr, "usage: ORIENTATION_CATALOG=... bench-speech [RUNS]\n");
		return 2;
	}
	if (speech_render_open(&why) != 0) {
		fprintf(stderr, "bench-speech: %s\n", why);
		catalog_free(cat);
		return 1;
	}
	n = catalog_languages(cat, &langs);
	all = calloc(n * (size_t)runs, sizeof *all);
	one = calloc((size_t)runs, sizeof *one);
	printf("| language | first sample, median ms | p99 ms | sentence length s |\n");
	printf("|---|---|---|---|\n");
	for (size_t i = 0; i < n; i++) {
		struct speech_part part = { langs[i].code, langs[i].prompt };
		double seconds = 0;

		for (int r = 0; r < runs; r++) {
			struct speech_pcm pcm = { 0 };

			if (speech_render(&part, 1, 175, &pcm, &why) != 0) {
				fprintf(stderr, "bench-speech: %s: %s\n",
				    langs[i].code, why);
				return 1;
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
	printf("| all | %.2f | %.2f | |\n", stats_quantile(all, nall, 0.5),
	    stats_quantile(all, nall, 0.99));
	printf("load average before: %.2f, after: %.2f; %d runs per language\n",
	    load, stats_load_average(), runs);
	free(all);
	free(one);
	speech_render_close();
	catalog_free(cat);
	return 0;
}
