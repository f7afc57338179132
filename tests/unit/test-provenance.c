/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Provenance lines: the short name of a source (the host of a web
 * address, else its text up to " (" or ";"), whole whatever its length,
 * so a long name is never cut inside a character.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "skip.h"
#include "text/provenance.h"

/* A source longer than the 128 bytes the names were once cut to, with
 * accents (two bytes each) around that length. */
#define LONG_SOURCE "Ministère de l'Éducation nationale, de l'Enfance et " \
	"de la Jeunesse, Service de la formation professionnelle, brochure " \
	"imprimée « Él »"

static void
test_host(void **state)
{
	static const char *const cases[][2] = {
		{ "https://www.x.lu/a/b", "www.x.lu" },
		{ "http://adem.public.lu", "adem.public.lu" },
		{ "https://guichet.lu/fr citoyens", "guichet.lu" },
		{ "luxembourg-services.md (project facts sheet)",
		    "luxembourg-services.md" },
		{ "A leaflet; seen at the desk", "A leaflet" },
		{ "", "" },
		{ LONG_SOURCE, LONG_SOURCE },
		{ LONG_SOURCE " (2024)", LONG_SOURCE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *host = provenance_host(cases[i][0]);

		assert_string_equal(host, cases[i][1]);
		free(host);
	}
}

static void
test_source_line_long(void **state)
{
	char *line;

	(void)state;
	assert_true(strlen(LONG_SOURCE) > 128);
	line = provenance_source_line(LONG_SOURCE, "2024-09");
	assert_string_equal(line, "Source: " LONG_SOURCE ", dated 2024-09.");
	free(line);
	line = provenance_source_line("https://www.x.lu/a", "n/s");
	assert_string_equal(line, "Source: www.x.lu (the source shows no date).");
	free(line);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_host),
		cmocka_unit_test(test_source_line_long),
	};

	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
