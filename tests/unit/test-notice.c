/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The start screen's privacy notice says word for word what
 * docs/privacy.md says, in every language (the codes of
 * data/languages.csv, given by meson): the notice for the default 30 days,
 * translated, must appear in the document (line breaks and indentation
 * aside).
 *
 *   test-notice docs/privacy.md CODE...
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "skip.h"

#include "text/privacy-words.h"
#include "util/i18n.h"
#include "util/settings.h"

static const char *doc_path;
static char **codes;
static int ncodes;

/* The text of @path with every run of blanks made one space, and the
 * Markdown list marks and quotes left as they are; caller frees. */
static char *
flat_text(const char *path)
{
	FILE *f = fopen(path, "r");
	char *out;
	size_t n = 0, cap = 1 << 16;
	int c, blank = 0;

	assert_non_null(f);
	out = malloc(cap);
	assert_non_null(out);
	while ((c = getc(f)) != EOF) {
		if (c == ' ' || c == '\n' || c == '\t') {
			blank = 1;
			continue;
		}
		if (n + 3 >= cap) {
			cap *= 2;
			out = realloc(out, cap);
			assert_non_null(out);
		}
		if (blank && n > 0)
			out[n++] = ' ';
		blank = 0;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	fclose(f);
	return out;
}

static void
test_notice_in_every_language(void **state)
{
	char *doc = flat_text(doc_path);
	int checked = 0;

	(void)state;
	for (int i = 0; i < ncodes; i++) {
		char *notice;

		i18n_set_language(codes[i]);
		notice = privacy_words_notice(SETTINGS_RETENTION_DAYS * 86400L);
		if (strstr(doc, notice) == NULL)
			fail_msg("docs/privacy.md lacks the %s notice: \"%s\"",
			    codes[i], notice);
		free(notice);
		checked++;
	}
	free(doc);
	assert_true(checked >= 4);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notice_in_every_language),
	};

	if (argc < 3) {
		fprintf(stderr, "usage: test-notice PRIVACY.md CODE...\n");
		return 2;
	}
	doc_path = argv[1];
	codes = argv + 2;
	ncodes = argc - 2;
	if (i18n_init(LOCALEDIR) != 0)
		return 1;
	return skip_status(cmocka_run_group_tests(tests, NULL, NULL));
}
