/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The other way to speak, for the engine choice (docs/kiosk.md, Speech):
 * speech-dispatcher through libspeechd.  Measures the start-up of a
 * connection when no server runs yet (libspeechd starts one: the server,
 * then its espeak-ng output module, a process each), a connection to the
 * running server, and how long spd_say takes to have a sentence accepted
 * (the server answers with the message's id).  The first audio sample is
 * made in the output module's process and is not visible from here.
 * Built only where libspeechd-dev is installed; not part of CI.
 *
 *   bench-speechd [RUNS]
 *
 * Environment: ORIENTATION_CATALOG (the prompts).  Run it where no
 * speech-dispatcher serves this user yet, or the first row is a warm one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <libspeechd.h>
#include <libspeechd_version.h>

#include "stats.h"
#include "store/catalog.h"

/* Connect (autospawning the server if none runs); *@ms the time taken. */
static SPDConnection *
connect_timed(double *ms)
{
	char *err = NULL;
	double t0 = stats_now_ms();
	SPDConnection *c = spd_open2("orientation", "bench", NULL,
	    SPD_MODE_SINGLE, NULL, 1, &err);

	*ms = stats_now_ms() - t0;
	if (c == NULL)
		fprintf(stderr, "bench-speechd: %s\n", err != NULL ? err : "?");
	free(err);
	return c;
}

/* Print "| @name | median | p99 | n |" of @n values (sorted here). */
static void
row(const char *name, double *v, size_t n)
{
	qsort(v, n, sizeof *v, stats_cmp_double);
	printf("| %s | %.2f | %.2f | %zu |\n", name, stats_quantile(v, n, 0.5),
	    stats_quantile(v, n, 0.99), n);
}

int
main(int argc, char **argv)
{
	const char *path = getenv("ORIENTATION_CATALOG");
	int runs = argc > 1 ? atoi(argv[1]) : 50;
	double load = stats_load_average(), cold, *t, *say;
	const struct catalog_language *langs;
	struct catalog *cat;
	SPDConnection *c;
	size_t n, k = 0;

	if (path == NULL || runs < 1 || catalog_open(path, &cat) != ORIENTATION_OK) {
		fprintf(stderr, "usage: ORIENTATION_CATALOG=... bench-speechd [RUNS]\n");
		return 2;
	}
	n = catalog_languages(cat, &langs);
	t = calloc((size_t)runs, sizeof *t);
	say = calloc(n * (size_t)runs, sizeof *say);
	if ((c = connect_timed(&cold)) == NULL)
		return 1;
	spd_close(c);
	for (int r = 0; r < runs; r++) {
		if ((c = connect_timed(&t[r])) == NULL)
			return 1;
		spd_close(c);
	}
	if ((c = connect_timed(&(double){ 0 })) == NULL)
		return 1;
	for (size_t i = 0; i < n; i++) {
		spd_set_language(c, langs[i].code);
		for (int r = 0; r < runs; r++) {
			double t0 = stats_now_ms();

			/* SPD_TEXT: a new text interrupts the one before. */
			if (spd_say(c, SPD_TEXT, langs[i].prompt) < 0) {
				fprintf(stderr, "bench-speechd: not accepted\n");
				return 1;
			}
			say[k++] = stats_now_ms() - t0;
		}
	}
	spd_cancel(c);
	spd_close(c);
	printf("speech-dispatcher %d.%d.%d through libspeechd\n\n",
	    LIBSPEECHD_MAJOR_VERSION, LIBSPEECHD_MINOR_VERSION,
	    LIBSPEECHD_MICRO_VERSION);
	printf("| step | median ms | p99 ms | runs |\n|---|---|---|---|\n");
	printf("| first connection (starts the server and its module) | %.2f | | 1 |\n",
	    cold);
	row("connection to the running server", t, (size_t)runs);
	row("spd_say accepted (every language)", say, k);
	printf("load average before: %.2f, after: %.2f; %d runs\n", load,
	    stats_load_average(), runs);
	free(t);
	free(say);
	catalog_free(cat);
	return 0;
}
